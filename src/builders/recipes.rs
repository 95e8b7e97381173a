//! What `build()` does per endpoint: the endpoint's recipe, kept in its spec next to its rules
//! ([`crate::endpoints::Endpoint::body`], types in [`crate::endpoints`]).

use super::BuildError;
use crate::endpoints::{self, Endpoint};

pub use crate::endpoints::{DateRule, DefaultValue, Lines, Recipe};

/// The recipe of an endpoint that takes a body.
pub fn find(id: &str) -> Result<&'static Recipe, BuildError> {
    let endpoint =
        endpoints::find(id).ok_or_else(|| BuildError::UnknownEndpoint { id: id.into() })?;
    endpoint
        .body
        .as_ref()
        .ok_or_else(|| BuildError::NoBody { id: id.into() })
}

/// Every endpoint with a request body and its recipe, in the documents' order.
pub fn all() -> impl Iterator<Item = (&'static Endpoint, &'static Recipe)> {
    endpoints::all().filter_map(|e| Some((e, e.body.as_ref()?)))
}
