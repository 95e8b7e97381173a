//! Endpoint table for this chapter of the documents (to be transcribed; see the issues tracker).

use super::Endpoint;

pub const ENDPOINTS: &[Endpoint] = &[];
