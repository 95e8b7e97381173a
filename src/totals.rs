//! Placeholder: filled in by its issue (see the issues tracker).
