//! # piriformis-core
//!
//! Typed knowledge about piriformis trigger points and pure functions over it:
//! [`triage`], the interview ([`interview::next_step`]), routines
//! ([`routine::build_routine`]) and progress ([`progress::analyze`]).
//!
//! Everything is static data or a pure function: no I/O, no global state,
//! nothing parsed at start-up. Every record names its [`Source`].
//!
//! This is general information, not medical advice.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod vocab;

pub mod anatomy;
pub mod care;
pub mod cause;
pub mod cell;
pub mod error;
pub mod exercise;
pub mod input;
pub mod interview;
pub mod knowledge;
pub mod lookup;
pub mod picture;
pub mod progress;
pub mod red_flag;
pub mod routine;
pub mod source;
pub mod symptom;
pub mod triage;
pub mod trigger_point;
pub mod units;

pub use anatomy::{Landmark, Muscle, NerveCourse, NerveVariant};
pub use care::NOTICE;
pub use cause::{Cause, CauseCategory};
pub use error::{Error, Result};
pub use exercise::{Equipment, Exercise, Habit, Phase, Position, Stage, StopCue};
pub use knowledge::KnowledgeBase;
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
