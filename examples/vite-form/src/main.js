// Validates the form with fpgo as the user types. The browser only validates: sending the update
// (with the merchant's token) is your server's job.
import { init, validate } from "fpgo";

await init(); // loads fpgo's .wasm, which Vite emits as an asset

const form = document.querySelector("#customer");
const lang = document.querySelector("#lang");
const touched = new Set();

function payload() {
  const body = { preferredLanguage: lang.value, addresses: {} };
  for (const input of form.querySelectorAll("input")) {
    const value = input.value.trim();
    if (value === "") continue;
    const keys = input.name.split(".");
    let node = body;
    for (const key of keys.slice(0, -1)) node = node[key] ??= {};
    node[keys.at(-1)] = value;
  }
  return body;
}

function check() {
  const report = validate("customers.updatePrivate", payload(), { lang: lang.value });
  for (const slot of form.querySelectorAll(".error")) {
    const field = slot.dataset.for;
    const message = touched.has(field) ? report.errors[field]?.[0]?.message ?? "" : "";
    slot.textContent = message;
    form.querySelector(`[name="${field}"]`).setAttribute("aria-invalid", String(message !== ""));
  }
  form.querySelector("#save").disabled = !report.valid;
  return report;
}

form.addEventListener("input", (e) => {
  touched.add(e.target.name);
  check();
});
lang.addEventListener("change", check);
form.addEventListener("submit", (e) => {
  e.preventDefault();
  if (!check().valid) return;
  const out = document.querySelector("#payload");
  out.hidden = false;
  out.textContent = JSON.stringify(payload(), null, 2); // POST this to your server
});
check();
document.body.dataset.ready = "true";
