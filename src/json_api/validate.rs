//! The JSON-text API of validate (see the module docs of `json_api`).
