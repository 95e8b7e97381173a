// What both peer schemas share (bench/peers/payment-link-{zod,valibot}.mjs).
// Laravel's `numeric` (PHP 8 is_numeric), `boolean`, `date_format:U`, `digits:11`, `url` (simplified).
export const NUMERIC = /^[ \t\n\r\v\f]*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?[ \t\n\r\v\f]*$/;
export const TAX = [0, 12, 15, 25];
