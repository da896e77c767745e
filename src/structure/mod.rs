//! Sentence structure: the stage between extraction and matching that reads how a sentence is
//! built, so that matching can ask which values a cue's clause owns.
//!
//! In: an article's text and its mentions. Out: sentences ([`sentence`]), whom each credits
//! ([`source`]), what role each figure plays ([`role`]), and the periods it writes ([`period`]). Nothing here
//! sees a claim: the rules are grammar of Indonesian and English, the same for every canon.

pub mod clause;
pub mod period;
pub mod role;
pub mod sentence;
pub mod source;
pub mod words;
