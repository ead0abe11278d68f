//! The FHIR QuestionnaireResponse readers (`piriformis_fhir::answers_from_response_json`,
//! `next_question_json`, the value readers) on arbitrary text: no panic, and a
//! red-flag question answered "yes" anywhere readable in the text is never
//! weakened: the read succeeds with answers whose triage is at or above that
//! flag's tier, or the error carries at least that tier (`at_least`).
//!
//! What counts as a readable "yes" is decided here by a walk of the text
//! parsed as a `serde_json::Value`, written apart from the crate's salvage:
//! any object whose `linkId` names a red-flag question and one of whose
//! `answer`s has a `valueCoding` with the code `yes` or `valueBoolean` true.
#![no_main]

#[allow(dead_code)] // the test uses all of it; this target only the floor
#[path = "../../crates/piriformis-fhir/tests/support/oracle.rs"]
mod oracle;

use libfuzzer_sys::fuzz_target;
use piriformis_core::Disposition;
use piriformis_core::triage::{TriagePolicy, triage_with};
use piriformis_fhir::{
    answers_from_response_json, answers_from_response_value, assessment_from_response,
    next_question_json, next_question_value, response_from_json,
};
use serde_json::Value;

fn at_least_want(what: &str, got: Option<Disposition>, want: Option<Disposition>, text: &str) {
    if let Some(want) = want {
        assert!(
            got.is_some_and(|d| d >= want),
            "{what}: floor {got:?}, want at least {want:?}, for {text:?}"
        );
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let policy = TriagePolicy::SelfCheck;
    let value: Option<Value> = serde_json::from_str(text).ok();
    let want = value.as_ref().and_then(|v| oracle::wanted_floor(v, policy));
    // Every reader: no panic; an error keeps the floor.
    if let Err(e) = answers_from_response_json(text) {
        at_least_want("answers", e.at_least(), want, text);
    }
    if let Err(e) = next_question_json(text, policy) {
        at_least_want("next question", e.at_least(), want, text);
    }
    if let Some(v) = &value {
        if let Err(e) = answers_from_response_value(v) {
            at_least_want("answers (value)", e.at_least(), want, text);
        }
        if let Err(e) = next_question_value(v, policy) {
            at_least_want("next question (value)", e.at_least(), want, text);
        }
    }
    // A successful read triages at or above the tier.
    match response_from_json(text) {
        Err(e) => at_least_want("response", e.at_least(), want, text),
        Ok(qr) => match assessment_from_response(&qr) {
            Err(e) => at_least_want("assessment", e.at_least(), want, text),
            Ok(a) => match triage_with(&a, policy) {
                Err(e) => at_least_want("triage", e.at_least(), want, text),
                Ok(t) => {
                    if let Some(want) = want {
                        assert!(t.disposition >= want, "{:?} for {text:?}", t.disposition);
                    }
                }
            },
        },
    }
});
