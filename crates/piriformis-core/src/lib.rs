//! # piriformis-core
//!
//! Typed knowledge about piriformis trigger points and pure functions over it:
//! [`triage()`], the interview ([`interview::next_step`]), routines
//! ([`routine::build_routine`]) and progress ([`progress::analyze`]).
//!
//! Everything is static data or a pure function: no I/O, no global state,
//! nothing parsed at start-up. Every record names its [`Source`].
//!
//! This is general information, not medical advice.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

// The Kotlin/Swift enums of every vocabulary live here, in their own UniFFI
// namespace (`piriformis_core`); bindings/uniffi exports the functions.
#[cfg(feature = "uniffi")]
uniffi::setup_scaffolding!();

// Texts the core usually borrows from its tables (`Cow<'static, str>`) cross
// to Kotlin and Swift as plain strings, so records holding them derive UniFFI
// as they are.
#[cfg(feature = "uniffi")]
type BorrowedText = std::borrow::Cow<'static, str>;
#[cfg(feature = "uniffi")]
uniffi::custom_type!(BorrowedText, String, {
    remote,
    lower: |text| text.into_owned(),
    try_lift: |text| Ok(std::borrow::Cow::Owned(text)),
});

// The layers, bottom up (the table in tests/layers.rs; a module imports only
// from its own layer and those below it).
pub mod vocab;

pub mod input;

pub mod knowledge;

pub mod triage;

pub mod cell;
pub mod lookup;
pub mod progress;

pub mod interview;
pub mod routine;

pub mod document;
pub mod html;
pub mod picture;

#[cfg(feature = "python")]
pub mod python;

pub use knowledge::{anatomy, care, cause, exercise, red_flag, symptom, trigger_point};
pub use vocab::{error, source, units};

/// The calendar date type of the API (pain logs, progress), re-exported so
/// that callers need no direct dependency on chrono (and its version).
pub use chrono::NaiveDate;

pub use anatomy::{Landmark, Muscle, NerveCourse, NerveVariant};
pub use care::NOTICE;
pub use cause::{Cause, CauseCategory};
pub use document::KnowledgeBase;
pub use error::{Error, Result};
pub use exercise::{Equipment, Exercise, Habit, Phase, Position, Stage, StopCue};
pub use red_flag::RedFlag;
pub use source::{Citation, GuideSection, Source};
pub use symptom::{Aggravator, Mimic, Symptom, TenderArea};
pub use triage::{
    Answer, Assessment, Disposition, Legs, LikelySource, NerveStatus, NerveSymptoms, Side,
    TriageResult, triage,
};
pub use trigger_point::{BodyRegion, PainQuality, ReferralKind, TriggerPoint, TriggerPointKind};
pub use units::{Count, Dosage, Minutes, Seconds};
pub use vocab::Vocabulary;
