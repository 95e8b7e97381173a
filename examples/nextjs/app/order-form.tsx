"use client";
// The order form: fpgo/validate checks the payload the edge route will send, on every keystroke,
// with the rules FPGO applies (its messages, at their fields). Only touched fields show errors until
// the user presses Send. The token never reaches the browser: sending is the edge route's job.
import { useEffect, useState, type FormEvent } from "react";
import { computeTotals, init, validate } from "fpgo/validate";

const ENDPOINT = "orders.sendPaymentLink";

const FIELDS: [path: string, label: string, type: string][] = [
  ["customerDetails.firstName", "First name", "text"],
  ["customerDetails.name", "Last name", "text"],
  ["customerDetails.email", "Email", "email"],
  ["customerDetails.msisdn", "Mobile number (+47)", "tel"],
  ["customerDetails.address.street", "Street", "text"],
  ["customerDetails.address.zip", "Postcode", "text"],
  ["customerDetails.address.city", "City", "text"],
  ["customerDetails.address.country", "Country (ISO code)", "text"],
  ["products.0.name", "Product", "text"],
  ["products.0.quantity", "Quantity", "text"],
  ["products.0.rate", "Price per unit, VAT included (NOK)", "text"],
];

type Values = Record<string, string>;
// validate() gives { rule, message } per failed rule; FPGO's 422 answer gives the messages.
type Errors = Record<string, ({ message: string } | string)[]>;
const messageOf = (issue: { message: string } | string | undefined) => (typeof issue === "string" ? issue : issue?.message ?? "");

/** The Send Payment Link body for what is typed: empty fields are left out, as FPGO treats them. */
function orderBody(values: Values): Record<string, unknown> {
  const given = (path: string) => (values[path]?.trim() ? values[path].trim() : undefined);
  const line = {
    name: given("products.0.name"),
    quantity: given("products.0.quantity"),
    rate: given("products.0.rate"),
    tax: values["products.0.tax"],
    discount: "0",
  };
  let products: unknown[] = [line];
  let orderSummary: unknown = {};
  try {
    // Exact amounts and totals; while a number is missing or mistyped, validation reports it.
    const totals = computeTotals([line]);
    products = totals.lines;
    orderSummary = totals.orderSummary;
  } catch {}
  return {
    products,
    orderSummary,
    sendOrderBy: { sms: true, email: true },
    orderDate: String(Math.floor(Date.now() / 1000)),
    customerDetails: {
      type: "private",
      firstName: given("customerDetails.firstName"),
      name: given("customerDetails.name"),
      email: given("customerDetails.email"),
      countryCode: "+47",
      msisdn: given("customerDetails.msisdn"),
      preferredLanguage: "en",
      address: {
        street: given("customerDetails.address.street"),
        zip: given("customerDetails.address.zip"),
        city: given("customerDetails.address.city"),
        country: given("customerDetails.address.country"),
      },
    },
    invoiceAsPaymentOption: false,
  };
}

export function OrderForm() {
  const [ready, setReady] = useState(false);
  const [values, setValues] = useState<Values>({ "customerDetails.address.country": "NO", "products.0.quantity": "1", "products.0.tax": "25" });
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [showAll, setShowAll] = useState(false);
  const [serverErrors, setServerErrors] = useState<Errors>({});
  const [sent, setSent] = useState<string | null>(null);
  const [failure, setFailure] = useState("");

  // Loads the .wasm once in the browser; validate() before this throws `not_initialized`.
  useEffect(() => {
    init().then(() => setReady(true), (err: unknown) => setFailure(String(err)));
  }, []);

  const report = ready ? validate(ENDPOINT, orderBody(values), { lang: "en" }) : null;
  const errors: Errors = { ...((report?.errors ?? {}) as Errors), ...serverErrors };
  const errorAt = (path: string) => (showAll || touched.has(path) ? messageOf(errors[path]?.[0]) : "");

  function edit(path: string, value: string) {
    setValues((v) => ({ ...v, [path]: value }));
    setTouched((t) => new Set(t).add(path));
    setServerErrors(({ [path]: _, ...rest }) => rest);
  }

  async function send(e: FormEvent) {
    e.preventDefault();
    setShowAll(true);
    if (!report?.valid) return;
    const res = await fetch("/orders", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(orderBody(values)) });
    const answer = await res.json();
    if (res.status === 201) setSent(answer.orderUuid);
    else if (res.status === 422 && answer.errors) setServerErrors(answer.errors);
    else setFailure(`FPGO did not take the order (${answer.code ?? res.status})`);
  }

  if (sent) {
    return (
      <p id="sent">
        Payment link sent for order <code id="order-uuid">{sent}</code>. FPGO texts and emails it to the customer; when they pay,
        FPGO calls <code>/fpgo/callback</code>.
      </p>
    );
  }
  return (
    <form onSubmit={send} data-ready={ready} noValidate>
      {FIELDS.map(([path, label, type]) => (
        <label key={path}>
          {label}
          <input name={path} type={type} value={values[path] ?? ""} aria-invalid={errorAt(path) !== ""} onChange={(e) => edit(path, e.target.value)} />
          <span className="error" data-for={path}>{errorAt(path)}</span>
        </label>
      ))}
      <label>
        VAT
        <select name="products.0.tax" value={values["products.0.tax"]} onChange={(e) => edit("products.0.tax", e.target.value)}>
          {["25", "15", "12", "0"].map((rate) => <option key={rate} value={rate}>{rate} %</option>)}
        </select>
      </label>
      <button id="send" type="submit" disabled={!ready}>Send payment link</button>
      <p className="error" id="send-error">{failure}</p>
    </form>
  );
}
