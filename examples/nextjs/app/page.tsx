import { OrderForm } from "./order-form";

// A server component: the form is a client component, so its validation runs in the browser.
export default function Home() {
  return (
    <main>
      <h1>Send a payment link</h1>
      <p>The form checks every field with the rules FPGO applies, as you type (fpgo/validate, in your browser).
        Sending goes through the edge route <code>/orders</code> (fpgo/client); FPGO's callback comes back to the
        edge route <code>/fpgo/callback</code> (fpgo/callbacks).</p>
      <OrderForm />
    </main>
  );
}
