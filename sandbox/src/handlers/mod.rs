//! What each endpoint does: one module per chapter of the documents (the same areas as
//! `fpgo::endpoints`), each with a table from endpoint id to handler. A request is dispatched by
//! the id of the endpoint the router matched in the shared endpoint table, so an endpoint without a
//! handler is a test failure (`every_endpoint_has_a_handler`), never a silent `200 OK`.
//!
//! Handlers see the store already locked and a validated request ([`Ctx`]); they return the reply
//! and the uuids whose callback should be sent ([`Outcome`]). They never call out themselves.

mod checkout;
mod company;
mod credit;
mod customers;
mod orders;
mod paging;
mod refunds;
mod reservations;
mod shared;
mod subscriptions;
mod terminal;

use crate::envelope::Reply;
use crate::routing::PathParams;
use crate::state::Store;
use serde_json::Value;
use std::collections::BTreeMap;

/// Everything a handler may read or change.
pub struct Ctx<'a> {
    pub store: &'a mut Store,
    /// `http://ADDR` of the sandbox (checkout URLs, paging links).
    pub base_url: &'a str,
    /// Items per page of the list endpoints.
    pub per_page: u64,
    /// The request's path as received (paging links point back at it).
    pub path: &'a str,
    pub params: &'a PathParams,
    pub query: &'a BTreeMap<String, String>,
    /// Laravel's input: the JSON body plus query parameters (always an object).
    pub payload: &'a Value,
}

/// A handler's answer: the reply, and the orders whose status changed so that their callback goes
/// out once the store is unlocked.
pub struct Outcome {
    pub reply: Reply,
    pub notify: Vec<String>,
}

impl Outcome {
    /// A reply that also sends the callback of `uuid`.
    pub fn notifying(reply: Reply, uuid: &str) -> Outcome {
        Outcome {
            reply,
            notify: vec![uuid.to_string()],
        }
    }
}

impl From<Reply> for Outcome {
    fn from(reply: Reply) -> Outcome {
        Outcome {
            reply,
            notify: Vec::new(),
        }
    }
}

/// An endpoint's behaviour.
pub type Handler = fn(&mut Ctx) -> Outcome;

/// One area's handlers by endpoint id.
pub type Table = &'static [(&'static str, Handler)];

/// Every area's table, in the documents' order.
const AREAS: &[Table] = &[
    orders::HANDLERS,
    checkout::HANDLERS,
    reservations::HANDLERS,
    subscriptions::HANDLERS,
    customers::HANDLERS,
    refunds::HANDLERS,
    terminal::HANDLERS,
    credit::HANDLERS,
    company::HANDLERS,
];

/// The handler of an endpoint id, if there is one.
pub fn handler(endpoint_id: &str) -> Option<Handler> {
    AREAS
        .iter()
        .flat_map(|table| table.iter())
        .find(|(id, _)| *id == endpoint_id)
        .map(|(_, handler)| *handler)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_endpoint_has_a_handler() {
        let ids: Vec<&str> = fpgo::endpoints::all().map(|e| e.id).collect();
        assert_eq!(ids.len(), 52, "the documents have 52 endpoints");
        let missing: Vec<&&str> = ids.iter().filter(|id| handler(id).is_none()).collect();
        assert!(
            missing.is_empty(),
            "endpoints without a handler: {missing:?}"
        );
    }

    #[test]
    fn every_handler_is_for_an_endpoint_of_its_area_once() {
        let mut seen = HashSet::new();
        for table in AREAS {
            let area = table
                .first()
                .map(|(id, _)| id.split('.').next().unwrap_or(""));
            for (id, _) in table.iter() {
                let endpoint = fpgo::endpoints::find(id);
                assert!(
                    endpoint.is_some(),
                    "a handler for `{id}`, which the table does not have"
                );
                assert_eq!(
                    endpoint.map(|e| e.area()),
                    area,
                    "`{id}` is filed in another area's module"
                );
                assert!(seen.insert(*id), "`{id}` has two handlers");
            }
        }
    }
}
