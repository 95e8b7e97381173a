// Reads the order form into the Send Payment Link payload (000:7-306). Empty inputs are left out, as
// Laravel treats an empty string like a missing value; numbers stay the strings the user typed, so
// the rules judge exactly what was typed.
export function readOrder(form, lang) {
  const order = {};
  for (const el of form.querySelectorAll("[data-path]")) {
    const path = el.dataset.path;
    if (el.closest(".corporate-only") && !form.classList.contains("is-corporate")) continue;
    if (el.type === "checkbox") {
      set(order, path, el.checked);
      continue;
    }
    const value = el.value.trim();
    if (value !== "") set(order, path, value);
  }
  if (!Array.isArray(order.products)) order.products = [];
  // A removed line leaves no hole; a line with nothing typed still counts (its errors show).
  order.products = Array.from({ length: form.querySelectorAll("#lines tr").length }, (_, i) => order.products[i] ?? {});
  order.customerDetails = { ...(order.customerDetails ?? {}), preferredLanguage: lang };
  return order;
}

export function pathsOfForm(form) {
  return [...form.querySelectorAll("[data-path]")].map((el) => el.dataset.path);
}

// set(o, "products.0.rate", v): creates arrays for numeric segments, objects otherwise.
function set(target, path, value) {
  const keys = path.split(".");
  let node = target;
  keys.forEach((key, i) => {
    if (i === keys.length - 1) {
      node[key] = value;
      return;
    }
    if (node[key] == null) node[key] = /^\d+$/.test(keys[i + 1]) ? [] : {};
    node = node[key];
  });
}
