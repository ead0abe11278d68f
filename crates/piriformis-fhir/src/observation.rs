//! Pain scores as FHIR `Observation`s (LOINC 72514-3) and the pain log as a
//! `Bundle` of them.

use piriformis_core::NaiveDate;
use piriformis_core::progress::LogEntry;
use serde_json::{Value, json};

use crate::codes::{LOINC, LOINC_PAIN};
use crate::model::{Bundle, Coding};

/// One pain score (0-10) on a day as an `Observation`: category `survey`,
/// `valueInteger`, `effectiveDateTime`. `subject` and `derived_from` (the
/// questionnaire response it came from) are references supplied by the caller.
pub fn pain_observation(
    pain: u8,
    date: NaiveDate,
    subject: Option<&str>,
    derived_from: Option<&str>,
) -> Value {
    let mut o = json!({
        "resourceType": "Observation",
        "id": format!("pain-{date}"),
        "status": "final",
        "category": [{"coding": [Coding::new(
            "http://terminology.hl7.org/CodeSystem/observation-category", "survey", "Survey")]}],
        "code": {"coding": [Coding::new(LOINC, LOINC_PAIN.0, LOINC_PAIN.1)]},
        "effectiveDateTime": date.to_string(),
        "valueInteger": pain,
    });
    if let Some(s) = subject {
        o["subject"] = json!({"reference": s});
    }
    if let Some(d) = derived_from {
        o["derivedFrom"] = json!([{"reference": d}]);
    }
    o
}

/// The pain log as a `Bundle` (collection) of pain observations, one per day.
pub fn pain_bundle(log: &[LogEntry], subject: Option<&str>) -> Bundle {
    Bundle::collection(
        log.iter()
            .map(|e| pain_observation(e.pain, e.date, subject, None))
            .collect(),
    )
}
