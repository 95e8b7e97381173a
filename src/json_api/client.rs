//! The JSON-text API of client (see the module docs of `json_api`).
