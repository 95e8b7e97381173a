// What the README samples take for granted, typed as a user's program would have it. Kept small:
// every name here is a free variable of some sample (tests/types/readme-samples.mjs).

/** A Worker's / server's environment. */
declare const env: {
  FPGO_TOKEN: string;
  FPGO_CALLBACK_SECRET: string;
  FPGO_SECRET: string;
  FPGO_SECRET_PREVIOUS: string;
};
/** The incoming callback request. */
declare const request: Request;
/** A checkout form's state as a user keeps it: every value as the inputs give it (strings). */
declare const form: {
  products: Array<{ name: string; quantity: string; rate: string; tax: string }>;
  customerDetails: { name: string; email: string; type: string };
};
/** A body made by the payment-link builder, as the samples send it. */
declare const body: ReturnType<typeof import("fpgo").ordersSendPaymentLink>["payload"];
declare const order: typeof body;
declare const payload: typeof body;
/** The payment-link builder's input. */
declare const input: Parameters<typeof import("fpgo").ordersSendPaymentLink>[0];
/** A capture built by its builder, and the reservation it captures. */
declare const capture: ReturnType<typeof import("fpgo").reservationsCapture>["payload"];
declare const reservationUuid: string;
