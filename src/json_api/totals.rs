//! The JSON-text API of totals (see the module docs of `json_api`).
