//! The JSON-text API of builders (see the module docs of `json_api`).
