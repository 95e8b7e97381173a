//! The JSON-text API of callbacks (see the module docs of `json_api`).
