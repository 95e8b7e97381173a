//! What an endpoint answers, as its spec keeps it ([`super::Endpoint::response`]): the TypeScript
//! type of the envelope's `data` (the item type for a paged list), the seed lines of the example it
//! is read from, what a reader should know, and whether the answer is a page of a list. The generated `FpgoResponses` map reads it
//! (`src/typescript/responses.rs`).
//!
//! No WebAssembly call prints its texts, so they are not there (see [`super::cite`]): three empty
//! `&str`s per endpoint were still 24 bytes of the module's data each.

/// One endpoint's answer, typed from the documents' response example.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Response {
    /// A paged list: the answer carries `metaData` and `links` beside `data`, and pages with
    /// `?page=N` (the client reads it, in WebAssembly too).
    pub paged: bool,
    /// The TypeScript type of `data` (of one item for a paged list); not in WebAssembly.
    #[cfg(not(target_arch = "wasm32"))]
    pub data: &'static str,
    /// Seed lines of the example it is read from; not in WebAssembly.
    #[cfg(not(target_arch = "wasm32"))]
    pub source: &'static str,
    /// What the reader should know (empty when nothing); not in WebAssembly.
    #[cfg(not(target_arch = "wasm32"))]
    pub note: &'static str,
    /// Set when the answer is a status beside `data` (which is `null`), not inside it: the client
    /// reads it from the envelope (decision C-12). Kept in WebAssembly: the client reads it there.
    pub status_in_envelope: Option<StatusInEnvelope>,
}

/// An answer whose status is in the envelope: Payment Status Check answers `{..., "order_status":
/// "PAID", "message": "orderPaymentConfirmed", "data": null}` (`000:7711-7753`), Refund Status
/// Check `{..., "refund_status": "REFUNDED", ...}` (`000:7963-7983`). The client returns
/// `{orderStatus|refundStatus, message}` plus the fields of `data` when the server sends an object
/// there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StatusInEnvelope {
    /// The envelope's key (`order_status`).
    pub envelope_key: &'static str,
    /// The key the client returns it under (`orderStatus`).
    pub key: &'static str,
}

/// The note of an answer whose example is `data: null`.
const NO_DATA: &str = "The documents' example answers `data: null`.";

impl Response {
    /// `data` typed `data` (TypeScript), read from the example at `source`.
    pub const fn data(data: &'static str, source: &'static str) -> Response {
        // Unused in WebAssembly (no texts there).
        let _ = (data, source);
        Response {
            paged: false,
            #[cfg(not(target_arch = "wasm32"))]
            data,
            #[cfg(not(target_arch = "wasm32"))]
            source,
            #[cfg(not(target_arch = "wasm32"))]
            note: "",
            status_in_envelope: None,
        }
    }

    /// A paged list of `item`s (TypeScript), read from the example at `source`.
    pub const fn page(item: &'static str, source: &'static str) -> Response {
        Response {
            paged: true,
            ..Response::data(item, source)
        }
    }

    /// The documents' example answers `data: null` (at `source`).
    pub const fn null(source: &'static str) -> Response {
        Response::data("null", source).note(NO_DATA)
    }

    /// A status the client reads from the envelope's `envelope_key` and returns as `key` beside the
    /// envelope's `message` (the TypeScript type `data` names both).
    pub const fn status_in_envelope(
        envelope_key: &'static str,
        key: &'static str,
        data: &'static str,
        source: &'static str,
    ) -> Response {
        Response {
            status_in_envelope: Some(StatusInEnvelope { envelope_key, key }),
            ..Response::data(data, source)
        }
    }

    /// The same answer with a note for the reader.
    pub const fn note(self, note: &'static str) -> Response {
        // Unused in WebAssembly (no texts there).
        let _ = note;
        Response {
            #[cfg(not(target_arch = "wasm32"))]
            note,
            ..self
        }
    }
}
