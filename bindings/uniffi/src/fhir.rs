//! FHIR R4 export for Kotlin and Swift (crate `piriformis-fhir`), behind the
//! cargo feature `fhir`: JSON text in, FHIR JSON text out, so the apps hand
//! it to whichever FHIR client they use. Off by default: measured on x86_64
//! Linux, mobile profile, shipping link, stripped, it adds 127,856 bytes
//! (1,021,920 without, 1,149,776 with), past the 1 MiB budget.
//!
//! Errors are the usual [`PiriformisError`]: the core's own errors keep their
//! variant; FHIR input that does not fit is `InvalidInput` naming the field
//! at fault (or the argument, for the whole input). Every error keeps
//! `at_least`, the floor of the red flags answered "yes" anywhere in the input.

use piriformis_core as core;
use piriformis_fhir as fhir;

use crate::{PiriformisError, Result};
use core::triage::TriagePolicy;

/// A FHIR error as the bindings' error. The floor of the red flags answered
/// "yes" in the input (`at_least`) is carried through, never dropped; an
/// error about the whole input names the argument (`field`).
fn fhir_err(field: &str, e: fhir::Error) -> PiriformisError {
    let at_least = e.at_least();
    let mut out = match e {
        fhir::Error::Core(e) => e.into(),
        other => invalid(field, other.to_string()),
    };
    if let PiriformisError::InvalidInput {
        field: f,
        at_least: a,
        ..
    } = &mut out
    {
        f.get_or_insert_with(|| field.to_string());
        *a = a.or(at_least);
    }
    out
}

fn invalid(field: &str, reason: String) -> PiriformisError {
    PiriformisError::InvalidInput {
        field: Some(field.to_string()),
        allowed: Vec::new(),
        question: None,
        reason,
        at_least: None,
    }
}

fn text<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v).unwrap_or_default()
}

/// The interview catalogue as a FHIR Questionnaire (JSON).
#[uniffi::export(default(policy = None))]
pub fn fhir_questionnaire(policy: Option<TriagePolicy>) -> String {
    text(&fhir::questionnaire(
        policy.unwrap_or(TriagePolicy::SelfCheck),
    ))
}

/// Interview answers (a JSON object of question id to answer) as a FHIR
/// QuestionnaireResponse (JSON).
#[uniffi::export(default(policy = None))]
pub fn fhir_response(answers_json: String, policy: Option<TriagePolicy>) -> Result<String> {
    let answers = core::interview::answers_from_json(&answers_json)?;
    let policy = policy.unwrap_or(TriagePolicy::SelfCheck);
    let qr = fhir::response_from_answers(&answers, policy).map_err(|e| fhir_err("answers", e))?;
    Ok(text(&qr))
}

/// The interview answers in a FHIR QuestionnaireResponse, as a JSON object
/// of question id to answer.
#[uniffi::export]
pub fn fhir_answers(response_json: String) -> Result<String> {
    let answers =
        fhir::answers_from_response_json(&response_json).map_err(|e| fhir_err("response", e))?;
    Ok(text(&answers))
}

/// SDC adaptive next question: the response with the next question added,
/// or with status "completed" when the interview is over (JSON).
#[uniffi::export(default(policy = None))]
pub fn fhir_next_question(response_json: String, policy: Option<TriagePolicy>) -> Result<String> {
    let policy = policy.unwrap_or(TriagePolicy::SelfCheck);
    let next =
        fhir::next_question_json(&response_json, policy).map_err(|e| fhir_err("response", e))?;
    Ok(text(&next))
}

/// The triage of an assessment (JSON) as a FHIR GuidanceResponse (JSON);
/// `subject` is a reference such as "Patient/123".
#[uniffi::export(default(policy = None, subject = None))]
pub fn fhir_guidance(
    assessment_json: String,
    policy: Option<TriagePolicy>,
    subject: Option<String>,
) -> Result<String> {
    let a = core::Assessment::from_json(&assessment_json)?;
    let result = core::triage::triage_with(&a, policy.unwrap_or(TriagePolicy::SelfCheck))?;
    Ok(text(&fhir::guidance_response(&result, subject.as_deref())))
}

/// An assessment (JSON) as a FHIR Bundle (JSON): its QuestionnaireResponse,
/// the pain Observation (when pain is given) and the GuidanceResponse.
#[uniffi::export(default(policy = None, subject = None))]
pub fn fhir_assessment_bundle(
    assessment_json: String,
    day: String,
    policy: Option<TriagePolicy>,
    subject: Option<String>,
) -> Result<String> {
    let a = core::Assessment::from_json(&assessment_json)?;
    let day = core::progress::parse_date("day", &day)?;
    let policy = policy.unwrap_or(TriagePolicy::SelfCheck);
    let bundle = fhir::assessment_bundle(&a, policy, day, subject.as_deref())
        .map_err(|e| fhir_err("assessment", e))?;
    Ok(text(&bundle))
}

/// A pain log (a JSON list of entries) as a FHIR Bundle of Observations (JSON).
#[uniffi::export(default(subject = None))]
pub fn fhir_pain_bundle(log_json: String, subject: Option<String>) -> Result<String> {
    let log = core::progress::log_from_json(&log_json)?;
    Ok(text(&fhir::pain_bundle(&log, subject.as_deref())))
}

/// A routine request (JSON) as a FHIR Bundle (JSON): the CarePlan, then one
/// ActivityDefinition per exercise. `subject` is a reference such as
/// "Patient/123" (a CarePlan requires one).
#[uniffi::export]
pub fn fhir_care_plan(request_json: String, subject: String) -> Result<String> {
    let request = core::routine::RoutineRequest::from_json(&request_json)?;
    let routine = core::routine::build_routine(&request)?;
    Ok(text(&fhir::care_plan_bundle(&routine, &subject)))
}

/// Every CodeSystem the FHIR resources use, as a JSON list.
#[uniffi::export]
pub fn fhir_code_systems() -> String {
    text(&fhir::code_systems())
}

/// The ConceptMap from our dispositions to the five-level triage scale (JSON).
#[uniffi::export]
pub fn fhir_concept_map() -> String {
    text(&fhir::triage_scale_map())
}

#[cfg(test)]
mod tests {
    use super::*;
    use piriformis_core::Disposition;

    #[test]
    fn answers_survive_a_response() {
        let answers = r#"{"fever":"no","pain_now":6}"#;
        let qr = fhir_response(answers.into(), None).unwrap();
        let back = fhir_answers(qr).unwrap();
        let read = |json: &str| core::interview::answers_from_json(json).unwrap();
        assert_eq!(read(&back), read(answers));
    }

    #[test]
    fn bad_input_names_the_argument() {
        match fhir_answers("[]".into()) {
            Err(PiriformisError::InvalidInput { field, .. }) => {
                assert_eq!(field.as_deref(), Some("response"))
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            fhir_assessment_bundle("{}".into(), "soon".into(), None, None),
            Err(PiriformisError::InvalidInput { .. })
        ));
    }

    /// Every FHIR entry point that reads a response keeps the floor of a
    /// red-flag "yes" whatever else is wrong (the cases of the Kotlin and
    /// Swift suites).
    #[test]
    fn bad_responses_keep_the_floor() {
        let yes = r#"{"linkId":"saddle_numbness","answer":[{"valueCoding":{"system":"https://w3id.org/piriformis/fhir/CodeSystem/answer-yes-no","code":"yes"}}]}"#;
        let qr = |items: &str| {
            format!(
                r#"{{"resourceType":"QuestionnaireResponse","questionnaire":"q","status":"in-progress","item":[{items}]}}"#
            )
        };
        let cases = [
            qr(&format!(r#"{yes},{{"linkId":"no_such_question"}}"#)),
            qr(&format!(r#"{yes},{yes}"#)),
            qr(r#"{"linkId":"saddle_numbness","answer":[{"valueBoolean":true}]}"#),
            qr(
                r#"{"linkId":"saddle_numbness","answer":[{"valueCoding":{"system":"http://example.org","code":"yes"}}]}"#,
            ),
            qr(&format!(
                r#"{yes},{{"linkId":"pain_now","answer":[{{"valueInteger":11}}]}}"#
            )),
            qr(yes).replace("QuestionnaireResponse", "Patient"),
        ];
        for case in cases {
            for r in [
                fhir_answers(case.clone()),
                fhir_next_question(case.clone(), None),
            ] {
                match r {
                    Err(PiriformisError::InvalidInput {
                        at_least, field, ..
                    }) => {
                        assert_eq!(at_least, Some(Disposition::Emergency), "{case}");
                        assert!(field.is_some(), "{case}");
                    }
                    other => panic!("{case}: {other:?}"),
                }
            }
        }
        // A yes in a nested item is read, not asked again.
        let nested = qr(&format!(r#"{{"linkId":"warning_signs","item":[{yes}]}}"#));
        assert!(
            fhir_answers(nested.clone())
                .unwrap()
                .contains(r#""saddle_numbness":"yes""#)
        );
        let next: serde_json::Value =
            serde_json::from_str(&fhir_next_question(nested, None).unwrap()).unwrap();
        let items = next["item"].as_array().unwrap();
        assert!(
            items.iter().all(|i| i["linkId"] != "saddle_numbness"
                || i["answer"][0]["valueCoding"]["code"] == "yes")
        );
        // A bad answer set keeps its floor on the way out too.
        match fhir_response(r#"{"saddle_numbness":"yes","pain_now":11}"#.into(), None) {
            Err(PiriformisError::InvalidInput { at_least, .. }) => {
                assert_eq!(at_least, Some(Disposition::Emergency))
            }
            other => panic!("{other:?}"),
        }
    }

    /// The same facts the Kotlin and Swift suites check, on the same JSON text.
    #[test]
    fn what_the_app_suites_check() {
        let q = fhir_questionnaire(None);
        assert!(q.contains(r#""resourceType":"Questionnaire""#));
        assert!(q.contains(r#""linkId":"bladder_or_bowel_control""#));
        let qr = fhir_response(r#"{"fever":"no","pain_now":6}"#.into(), None).unwrap();
        assert!(qr.contains(r#""resourceType":"QuestionnaireResponse""#));
        assert!(qr.contains(r#""valueInteger":6"#));
        assert!(fhir_answers(qr).unwrap().contains(r#""fever":"no""#));
        let first = fhir_next_question(fhir_response("{}".into(), None).unwrap(), None).unwrap();
        assert!(first.contains(r#""linkId":"bladder_or_bowel_control""#));
        assert!(first.contains(r#""status":"in-progress""#));
        let emergency = r#"{"red_flags":{"saddle_numbness":"present"},"pain_now":5}"#;
        let bundle = fhir_assessment_bundle(
            emergency.into(),
            "2026-01-15".into(),
            None,
            Some("Patient/p1".into()),
        )
        .unwrap();
        assert!(bundle.contains(r#""resourceType":"Bundle""#));
        assert!(bundle.contains(r#""72514-3""#));
        assert!(bundle.contains(r#""priority":"stat""#));
        let g = fhir_guidance(emergency.into(), None, None).unwrap();
        assert!(g.contains(r#""priority":"stat""#));
        let pain = fhir_pain_bundle(r#"[{"date":"2026-01-01","pain":7}]"#.into(), None).unwrap();
        assert!(pain.contains(r#""valueInteger":7"#));
        let plan = fhir_care_plan(
            r#"{"side":"left","phase":"new_flare","minutes":15}"#.into(),
            "Patient/p1".into(),
        )
        .unwrap();
        assert!(plan.contains(r#""resourceType":"CarePlan""#));
        assert!(plan.contains(r#""229065009""#));
        assert!(fhir_code_systems().contains(r#""resourceType":"CodeSystem""#));
        assert!(fhir_concept_map().contains(r#""resourceType":"ConceptMap""#));
    }
}
