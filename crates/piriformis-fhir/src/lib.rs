//! HL7 FHIR R4 export for piriformis, as hand-written serde structs: the
//! interview as a `Questionnaire` and `QuestionnaireResponse` (both ways),
//! the SDC adaptive next question, pain scores as `Observation`s, a triage
//! result as a `GuidanceResponse`, a routine as a `CarePlan`, and `CodeSystem`s generated from the
//! core's vocabularies with a `ConceptMap` to a five-level triage scale.
//!
//! ```
//! use piriformis_core::{triage, Assessment};
//! let a = Assessment::default();
//! let g = piriformis_fhir::guidance_response(&triage(&a).unwrap(), None);
//! // Nothing answered: the emergency questions are still needed.
//! assert_eq!(g.status, "data-required");
//! let json = serde_json::to_value(&g).unwrap();
//! assert_eq!(json["resourceType"], "GuidanceResponse");
//! ```

pub mod careplan;
pub mod codes;
pub mod guidance;
pub mod model;
pub mod observation;
pub mod questionnaire;
pub mod salvage;
pub mod terminology;

pub use careplan::care_plan_bundle;
pub use codes::{KnownCode, known_codes, loinc_check_ok, verhoeff_ok};
pub use guidance::{assessment_bundle, guidance_response};
pub use observation::{pain_bundle, pain_observation};
pub use questionnaire::{
    Questionnaire, QuestionnaireResponse, answers_from_response, answers_from_response_json,
    answers_from_response_value, assessment_from_response, next_question, next_question_json,
    next_question_value, questionnaire, response_from_answers, response_from_json,
    response_from_value,
};
pub use terminology::{code_systems, triage_scale_map};

/// The base of every canonical URL this crate writes. The core has no URL of
/// its own, so it is defined here.
pub const CANONICAL_BASE: &str = "https://w3id.org/piriformis/fhir";

/// The canonical URL of a resource of ours: `<base>/<type>/<id>`, with the
/// id's underscores as hyphens (FHIR ids allow no underscore).
pub fn canonical(resource_type: &str, id: &str) -> String {
    format!("{CANONICAL_BASE}/{resource_type}/{}", fhir_id(id))
}

/// A snake_case id as a FHIR id (hyphens for underscores).
pub fn fhir_id(id: &str) -> String {
    id.replace('_', "-")
}

/// What can go wrong reading FHIR input. The response readers give only
/// `Core` errors (typed, naming the field at fault, with the floor of the
/// warning signs answered "yes": [`Error::at_least`]).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The answers or assessment failed the core's checks.
    #[error(transparent)]
    Core(#[from] piriformis_core::Error),
    /// The FHIR input does not fit the interview.
    #[error("not a valid response: {0}")]
    Invalid(String),
    /// The JSON could not be read.
    #[error("bad JSON: {0}")]
    Json(#[from] serde_json::Error),
}

impl Error {
    /// The disposition that the red flags answered "yes" in the same input
    /// need at least, when there are any ([`piriformis_core::Error::at_least`]).
    pub fn at_least(&self) -> Option<piriformis_core::Disposition> {
        match self {
            Self::Core(e) => e.at_least(),
            _ => None,
        }
    }

    /// Those red flags, in vocabulary order; empty when there are none.
    pub fn present(&self) -> &[piriformis_core::RedFlag] {
        match self {
            Self::Core(piriformis_core::Error::WithWarningSigns { present, .. }) => present,
            _ => &[],
        }
    }
}
