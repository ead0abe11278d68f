//! Triage: from an [`Assessment`] to a [`TriageResult`] with a disposition,
//! the rules that fired, the likely source of the pain, cautions, and the
//! red-flag questions left unanswered.
//!
//! Rules are data ([`RULES`]); the disposition is the maximum over the rules
//! that fire, so adding a finding can never lower it. Unknown answers to red
//! flags are never taken as "no": they are listed, they make the result
//! provisional, and they rule out a plain self-care answer.

//!
//! The parts, bottom up: [`assessment`] (the input and its checks),
//! [`rules`] (the cited tier table), [`rule_set`] (evaluating it, with no
//! allocation), [`likely_source`](mod@likely_source) (piriformis or spine) and [`report`]
//! (the result with its reasons, cautions and texts).

pub use crate::vocab::terms::{Answer, Disposition, Pathway, Side, TriagePolicy};

pub mod assessment;
pub mod likely_source;
pub mod report;
pub mod rule_set;
pub mod rules;

pub use assessment::*;
pub use likely_source::*;
pub use report::*;
pub use rule_set::*;
pub use rules::*;
