//! article
