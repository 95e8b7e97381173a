// The demo page: live validation and totals with the fpgo package (in WebAssembly, in this browser),
// sending through the edge worker, the order's status from verified callbacks, and the inspector.
import * as fpgo from "/pkg/index.browser.js";
import { readOrder, pathsOfForm } from "./form.js";
import { setupInspector } from "./inspector.js";

export const ENDPOINT = "orders.sendPaymentLink";
const $ = (sel) => document.querySelector(sel);
const form = $("#order");
const touched = new Set(); // fields the user has typed in or left: only they show errors while typing
let showAll = false; // after a Send attempt every error shows
let serverErrors = {}; // errors the worker (or FPGO) returned, until the field changes
let currentOrder = null;

await fpgo.init();
const missing = ["validate", "computeTotals"].filter((name) => typeof fpgo[name] !== "function");
if (missing.length) banner(`This build of fpgo lacks ${missing.join(" and ")}: live ${missing.includes("validate") ? "validation" : "totals"} are off.`);

for (const el of form.querySelectorAll("[data-path]")) addErrorSlot(el, el.dataset.path);
addLine({ name: "", quantity: "1", rate: "", tax: "25" });

form.addEventListener("input", (e) => onEdit(e.target));
form.addEventListener("change", (e) => onEdit(e.target));
form.addEventListener("focusout", (e) => {
  const path = pathOf(e.target);
  if (path) { touched.add(path); refresh(); }
});
$("#lang").addEventListener("change", () => refresh());
$("#add-line").addEventListener("click", () => { addLine({ quantity: "1", tax: "25" }); refresh(); });
$("#send").addEventListener("click", send);
setupInspector(fpgo);
pollCallbacks();
refresh();
document.body.dataset.ready = "true";

function onEdit(target) {
  const path = pathOf(target);
  if (!path) return;
  touched.add(path);
  delete serverErrors[path];
  refresh();
}

// Recomputes totals and validation from the form, and renders both.
function refresh() {
  const lang = $("#lang").value;
  document.documentElement.lang = lang;
  form.classList.toggle("is-corporate", form.querySelector('[data-path="customerDetails.type"]').value === "corporate");
  const order = readOrder(form, lang);
  const totals = renderTotals(order.products);
  if (totals) {
    order.products = totals.lines;
    order.orderSummary = totals.orderSummary;
  }
  // The worker fills the date and the callback URL; validate the same shape it will send.
  order.orderDate = String(Math.floor(Date.now() / 1000));
  order.callback = { callbackUrl: `${location.origin}/fpgo/callback` };
  let errors = {};
  if (typeof fpgo.validate === "function") {
    const report = fpgo.validate(ENDPOINT, order, { lang });
    errors = report.valid ? {} : report.errors;
    const n = Object.keys(errors).length;
    $("#validity").textContent = n === 0 ? "✓ Ready to send: the order passes every rule of Send Payment Link." : `${n} field${n === 1 ? "" : "s"} to fix.`;
    $("#validity").className = n === 0 ? "small ok" : "small muted";
  } else {
    $("#validity").textContent = "validate() is not in this build: the worker and FPGO will check the order.";
  }
  renderErrors({ ...errors, ...serverErrors });
  return errors;
}

function renderTotals(lines) {
  const out = (id, v) => ($(id).textContent = v == null ? "–" : `${v} NOK`);
  $("#totals-warnings").replaceChildren();
  $("#totals-error").textContent = "";
  const rows = [...document.querySelectorAll("#lines tr")];
  if (typeof fpgo.computeTotals !== "function") return null;
  let totals;
  try {
    totals = fpgo.computeTotals(lines);
    if (totals?.error) throw totals.error;
  } catch (err) {
    for (const id of ["#sub-total", "#total-discount", "#total-tax", "#grand-total"]) out(id, null);
    rows.forEach((r) => (r.querySelector(".amount").textContent = "–"));
    // While the user is still typing a line, a missing number is expected, not an error.
    if (lines.length && err?.code !== "missing_field") $("#totals-error").textContent = err?.message ?? String(err);
    return null;
  }
  rows.forEach((r, i) => (r.querySelector(".amount").textContent = totals.lines[i]?.amount ?? "–"));
  const s = totals.orderSummary;
  out("#sub-total", s.subTotal);
  out("#total-discount", s.totalDiscount);
  out("#total-tax", s.totalTax);
  out("#grand-total", s.grandTotal);
  for (const w of totals.warnings ?? []) {
    const li = document.createElement("li");
    li.textContent = w.message;
    $("#totals-warnings").append(li);
  }
  return totals;
}

// Shows each field's first message at the field; line fields (`products.1.rate`) at their row.
function renderErrors(errors) {
  for (const slot of document.querySelectorAll(".error[data-for]")) {
    const path = slot.dataset.for;
    const visible = showAll || touched.has(path) || path in serverErrors;
    const msgs = visible ? errors[path] ?? [] : [];
    slot.textContent = msgs.length ? messageOf(msgs[0]) : "";
    const input = slot.parentElement.querySelector("input, select, textarea");
    if (input && input !== slot) input.setAttribute("aria-invalid", msgs.length ? "true" : "false");
  }
  // Errors at fields the form has no input for (e.g. computed ones) go to the Send box after a Send.
  const known = new Set([...document.querySelectorAll(".error[data-for]")].map((s) => s.dataset.for));
  const other = Object.entries(errors).filter(([p]) => !known.has(p));
  $("#send-error").textContent = showAll && other.length ? other.map(([p, m]) => `${p}: ${messageOf(m[0])}`).join(" · ") : "";
}

const messageOf = (m) => (typeof m === "string" ? m : m.message);

async function send() {
  showAll = true;
  const errors = refresh();
  if (Object.keys(errors).length) {
    document.querySelector('[aria-invalid="true"]')?.focus();
    return;
  }
  const button = $("#send");
  button.disabled = true;
  button.textContent = "Sending…";
  $("#send-error").textContent = "";
  try {
    const lang = $("#lang").value;
    const res = await fetch("/api/orders", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ order: readOrder(form, lang), lang }),
    });
    const body = await res.json();
    if (!res.ok) {
      serverErrors = body.errors ?? {};
      refresh();
      $("#send-error").textContent = `${body.message}${body.code ? ` (${body.code})` : ""}`;
      return;
    }
    currentOrder = body;
    $("#result").hidden = false;
    $("#order-uuid").textContent = body.orderUuid;
    $("#checkout-link").href = body.checkoutUrl;
    setStatus(body.status);
    pollOrder(body.orderUuid);
  } catch (err) {
    $("#send-error").textContent = `The worker could not be reached: ${err.message}`;
  } finally {
    button.disabled = false;
    button.textContent = "Send";
  }
}

function setStatus(status) {
  const badge = $("#order-status");
  badge.textContent = status;
  badge.dataset.status = status;
}

// The page asks the worker, which only knows what verified callbacks said.
async function pollOrder(uuid) {
  while (currentOrder?.orderUuid === uuid) {
    try {
      const res = await fetch(`/api/orders/${encodeURIComponent(uuid)}`);
      if (res.ok) {
        const order = await res.json();
        setStatus(order.status);
        $("#history").replaceChildren(...order.history.map((h) => {
          const li = document.createElement("li");
          li.textContent = `${h.status}${h.paymentMethod ? ` (${h.paymentMethod})` : ""}${h.timestamp ? ` at ${new Date(h.timestamp * 1000).toLocaleTimeString()}` : ""}`;
          return li;
        }));
        if (!["SENT", "PENDING", "PROCESSING"].includes(order.status)) return;
      }
    } catch { /* the worker restarts: keep polling */ }
    await new Promise((r) => setTimeout(r, 1000));
  }
}

async function pollCallbacks() {
  for (;;) {
    try {
      const res = await fetch("/api/callbacks");
      if (res.ok) {
        const list = await res.json();
        $("#callbacks").replaceChildren(...list.map((c) => {
          const tr = document.createElement("tr");
          const cells = [new Date(c.receivedAt).toLocaleTimeString(), c.valid ? "✓ verified" : `✗ ${c.code}`, c.orderUuid ?? "", c.status ?? "", c.amount ?? ""];
          for (const text of cells) {
            const td = document.createElement("td");
            td.textContent = text;
            tr.append(td);
          }
          tr.className = c.valid ? "ok" : "bad";
          return tr;
        }));
      }
    } catch { /* keep polling */ }
    await new Promise((r) => setTimeout(r, 2000));
  }
}

function addLine(values) {
  const row = $("#line-template").content.firstElementChild.cloneNode(true);
  for (const [k, v] of Object.entries(values)) {
    const el = row.querySelector(`[data-field="${k}"]`);
    if (el && v != null) el.value = v;
  }
  row.querySelector(".remove").addEventListener("click", () => {
    row.remove();
    renumberLines();
    refresh();
  });
  $("#lines").append(row);
  renumberLines();
}

// Line inputs carry their payload path (`products.0.rate`), renumbered when a line goes.
function renumberLines() {
  [...document.querySelectorAll("#lines tr")].forEach((row, i) => {
    for (const el of row.querySelectorAll("[data-field]")) el.dataset.path = `products.${i}.${el.dataset.field}`;
    for (const slot of row.querySelectorAll("[data-for-field]")) {
      slot.dataset.for = `products.${i}.${slot.dataset.forField}`;
      slot.id = `error-${slot.dataset.for}`;
      row.querySelector(`[data-field="${slot.dataset.forField}"]`)?.setAttribute("aria-describedby", slot.id);
    }
  });
}

function addErrorSlot(el, path) {
  const slot = document.createElement("p");
  slot.className = "error";
  slot.dataset.for = path;
  slot.id = `error-${path}`;
  el.setAttribute("aria-describedby", slot.id); // screen readers read the message with the field
  el.closest("label")?.append(slot);
}

function pathOf(el) {
  return el?.dataset?.path ?? null;
}

function banner(text) {
  $("#banner").hidden = false;
  $("#banner").textContent = text;
}

// For tests and the curious: the package as loaded on this page.
window.fpgo = fpgo;
window.fpgoPaths = () => pathsOfForm(form);
