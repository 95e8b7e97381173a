// The callback inspector: verifies a pasted callback URL against a pasted secret, in the browser, and
// says why a rejected one was rejected (the verifier's stable code and message).
const $ = (sel) => document.querySelector(sel);

const HINTS = {
  missing_checksum: "FPGO signs every order callback; an unsigned one did not come from FPGO (or lost its query on the way).",
  malformed_checksum: "The checksum must be 64 lower-case hex characters (SHA-256).",
  checksum_mismatch: "The parameters, or the secret, differ from what was signed: the URL was changed, or this is not the secret FPGO holds for you.",
  stale: "The timestamp is older than the tolerance: a replayed or long-delayed callback.",
  from_future: "The timestamp is ahead of this clock by more than the tolerance.",
  malformed_query: "The query cannot be decoded.",
  missing_secret: "Enter the checksum secret from your FPGO settings.",
  malformed_callback: "The parameters are not a complete order callback in FPGO's documented forms (orderUuid, status, createdAt, paymentMethod, amount, timestamp).",
  invalid_argument: "The tolerance must be a whole number of seconds.",
};

export function setupInspector(fpgo) {
  const inputs = ["#inspect-url", "#inspect-secret", "#inspect-tolerance"].map((s) => $(s));
  for (const el of inputs) el.addEventListener("input", () => inspect(fpgo));
  $("#inspector").addEventListener("submit", (e) => e.preventDefault());
  $("#inspect-example").addEventListener("click", () => {
    const secret = $("#inspect-secret").value || "demo-secret";
    $("#inspect-secret").value = secret;
    // A complete order callback (every field FPGO sends; fpgo refuses any other, decision C10).
    const now = Math.floor(Date.now() / 1000);
    const query = fpgo.signCallback(
      [["orderUuid", "ODR1000001"], ["status", "PAID"], ["createdAt", now - 60], ["paymentMethod", "visa"], ["amount", "1250.00"], ["timestamp", now]],
      secret,
    );
    $("#inspect-url").value = `${location.origin}/fpgo/callback?${query}`;
    inspect(fpgo);
  });
}

function inspect(fpgo) {
  const out = $("#inspect-result");
  const url = $("#inspect-url").value.trim();
  if (!url) {
    out.replaceChildren();
    out.className = "verdict";
    return;
  }
  const tolerance = Number($("#inspect-tolerance").value.trim() || "300");
  const result = fpgo.verifyCallback(url, $("#inspect-secret").value, { toleranceSeconds: tolerance });
  const title = document.createElement("p");
  title.className = "verdict-title";
  if (result.valid) {
    out.className = "verdict ok";
    title.textContent = "✓ Verified";
    const dl = document.createElement("dl");
    for (const [k, v] of Object.entries(result.params)) {
      if (k === "raw") continue;
      const dt = document.createElement("dt");
      dt.textContent = k;
      const dd = document.createElement("dd");
      dd.textContent = String(v);
      dl.append(dt, dd);
    }
    out.replaceChildren(title, dl);
  } else {
    out.className = "verdict bad";
    title.textContent = `✗ Rejected: ${result.error.code}`;
    title.dataset.code = result.error.code;
    const msg = document.createElement("p");
    msg.textContent = result.error.message;
    const hint = document.createElement("p");
    hint.className = "muted small";
    hint.textContent = HINTS[result.error.code] ?? "";
    out.replaceChildren(title, msg, hint);
  }
}
