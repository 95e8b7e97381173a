// Type-level tests of validate() and endpoints() (ESM declarations): must compile under `strict`;
// the expect-error lines must be errors.
import { validate, endpoints } from "fpgo";
import type { ValidationResult, ValidationIssue, EndpointInfo, ValidateOptions, FpgoValidateError } from "fpgo";

const options: ValidateOptions = { lang: "no", taxRates: [0, "12", 25] };
const r: ValidationResult = validate("orders.sendPaymentLink", { products: [] }, options);
validate("orders.sendPaymentLink", {});
const valid: boolean = r.valid;
const issues: ValidationIssue[] | undefined = r.errors["products.1.tax"];
const rule: string | undefined = issues?.[0]?.rule;
const warning: string | undefined = r.warnings["orderSummary.grandTotal"]?.[0]?.message;
const serverOnly: string[] | undefined = r.serverOnly["fpgoUuid"];
const list: EndpointInfo[] = endpoints();
const method: "GET" | "POST" | "PUT" | "DELETE" | undefined = list[0]?.method;
const bodyRule: string | undefined = list[0]?.rules["products.*.tax"];
const code: FpgoValidateError["code"] = "unknown_endpoint";
void valid, rule, warning, serverOnly, method, bodyRule, code;

// @ts-expect-error: languages are the API's preferredLanguage values
validate("orders.sendPaymentLink", {}, { lang: "fr" });
// @ts-expect-error: tax rates are numbers or numeric strings
validate("orders.sendPaymentLink", {}, { taxRates: [true] });
// @ts-expect-error: the endpoint id is a string
validate(42, {});
