//! Placeholder: filled in by its issue (see the issues tracker).

/// Warnings for checks the server does not document (line amounts, order summary): replaced by the
/// money/totals work.
pub fn payload_warnings(
    _endpoint_id: &str,
    _payload: &serde_json::Value,
    _lang: crate::validate::Lang,
) -> Vec<(String, crate::validate::Issue)> {
    Vec::new()
}
