//! Callback verification (issue 2, in progress).
