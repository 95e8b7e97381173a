// A peer of `bench/callbacks.mjs` and `bench/startup.mjs`: callback verification in plain JS on
// node:crypto, as a merchant would write it in ten lines. It does the same work as fpgo's, or less:
// it parses the query with URLSearchParams (simpler than PHP's $_GET rules, which favours it),
// concatenates the values but the checksum, hashes them with the secret, compares in constant time
// and checks the timestamp. (It checks no shape: fpgo also does that.)
import { createHash, timingSafeEqual } from "node:crypto";

/** The values to hash (in order), the checksum and the timestamp of a callback URL. */
export function peerValues(u) {
  const params = new URL(u).searchParams;
  let values = "", checksum = null, timestamp = null;
  for (const [k, v] of params) {
    if (k === "checksum") checksum = v; else values += v;
    if (k === "timestamp") timestamp = Number(v);
  }
  return { values, checksum, timestamp };
}

/** Whether `u` carries a valid checksum for `secret` and a timestamp within 300 s of `now`. */
export function nodeCryptoVerify(u, secret, now) {
  const { values, checksum, timestamp } = peerValues(u);
  if (!checksum || checksum.length !== 64) return false;
  const expected = createHash("sha256").update(values + secret).digest("hex");
  return timingSafeEqual(Buffer.from(expected), Buffer.from(checksum)) && Math.abs(now - timestamp) <= 300;
}
