//! Pain scores as FHIR `Observation`s (LOINC 72514-3) and the pain log as a
//! `Bundle` of them.

use piriformis_core::NaiveDate;
use piriformis_core::progress::LogEntry;
use serde::{Deserialize, Serialize};

use crate::codes::{LOINC, LOINC_PAIN};
use crate::model::{Bundle, CodeableConcept, Coding, Reference};

fn none<T>(v: &Option<T>) -> bool {
    v.is_none()
}

/// A FHIR R4 `Observation` of a pain score.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Observation {
    /// Always `Observation`.
    pub resource_type: String,
    /// Its id (`pain-<date>`).
    pub id: String,
    /// `final`.
    pub status: String,
    /// `survey`.
    pub category: Vec<CodeableConcept>,
    /// LOINC 72514-3.
    pub code: CodeableConcept,
    /// The person, as the caller refers to them.
    #[serde(default, skip_serializing_if = "none")]
    pub subject: Option<Reference>,
    /// The day.
    pub effective_date_time: String,
    /// The score, 0-10.
    pub value_integer: u8,
    /// The questionnaire response it came from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub derived_from: Vec<Reference>,
}

/// One pain score (0-10) on a day as an `Observation`: category `survey`,
/// `valueInteger`, `effectiveDateTime`. `subject` and `derived_from` (the
/// questionnaire response it came from) are references supplied by the caller.
pub fn pain_observation(
    pain: u8,
    date: NaiveDate,
    subject: Option<&str>,
    derived_from: Option<&str>,
) -> Observation {
    Observation {
        resource_type: "Observation".into(),
        id: format!("pain-{date}"),
        status: "final".into(),
        category: vec![CodeableConcept::of(Coding::new(
            "http://terminology.hl7.org/CodeSystem/observation-category",
            "survey",
            "Survey",
        ))],
        code: CodeableConcept::of(Coding::new(LOINC, LOINC_PAIN.0, LOINC_PAIN.1)),
        subject: subject.map(Reference::to),
        effective_date_time: date.to_string(),
        value_integer: pain,
        derived_from: derived_from.map(Reference::to).into_iter().collect(),
    }
}

/// The pain log as a `Bundle` (collection) of pain observations, one per day.
pub fn pain_bundle(log: &[LogEntry], subject: Option<&str>) -> Bundle {
    Bundle::collection(
        log.iter()
            .map(|e| serde_json::to_value(pain_observation(e.pain, e.date, subject, None)))
            .collect::<Result<_, _>>()
            .unwrap_or_default(),
    )
}
