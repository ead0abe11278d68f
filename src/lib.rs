//! # piriformis
//!
//! Typed knowledge and pure, explainable logic for piriformis trigger-point
//! self-care: the knowledge base, triage, an interview, daily routines and
//! progress over a pain log. This crate re-exports
//! [`piriformis_core`]; depend on it from apps.
//!
//! ```
//! use piriformis::{triage, Assessment, Disposition};
//! let a = Assessment::from_json(r#"{"pain_now": 4, "worse_with": ["hard_surface"]}"#).unwrap();
//! let result = triage(&a).unwrap();
//! // Red-flag questions are unanswered, so the answer is never plain self-care.
//! assert!(result.provisional);
//! assert!(result.disposition >= Disposition::SeeClinician);
//! ```
//!
//! This is general information, not medical advice.
#![forbid(unsafe_code)]

pub use piriformis_core::*;

#[cfg(feature = "png")]
pub mod png;

/// The README's Rust example, compiled and run as a doctest.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
