// A minimal assertEquals (jsr:@std/assert cannot be fetched here: only the npm registry is reachable).
export function assertEquals<T>(actual: T, expected: T, msg?: string): void {
  const a = JSON.stringify(actual), e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${msg ?? "assertEquals"}: expected ${e}, got ${a}`);
}
