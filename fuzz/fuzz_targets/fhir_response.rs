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

use libfuzzer_sys::fuzz_target;
use piriformis_core::interview::{Fills, QuestionId};
use piriformis_core::triage::{TriagePolicy, floor, triage_with};
use piriformis_core::{Disposition, RedFlag, Vocabulary};
use piriformis_fhir::{
    answers_from_response_json, answers_from_response_value, assessment_from_response,
    next_question_json, next_question_value, response_from_json,
};
use serde_json::{Value, json};

/// The red flags answered "yes" in the document, by the oracle's own walk.
fn oracle(v: &Value) -> Vec<RedFlag> {
    let mut out = Vec::new();
    let mut stack = vec![v];
    while let Some(v) = stack.pop() {
        match v {
            Value::Array(items) => stack.extend(items),
            Value::Object(m) => {
                stack.extend(m.values());
                let flag = m
                    .get("linkId")
                    .and_then(Value::as_str)
                    .and_then(QuestionId::from_id)
                    .and_then(|id| match id.question().fills {
                        Fills::RedFlag(f) => Some(f),
                        _ => None,
                    });
                let yes = m.get("answer").and_then(Value::as_array).is_some_and(|a| {
                    a.iter().any(|a| {
                        a.pointer("/valueCoding/code") == Some(&json!("yes"))
                            || a.get("valueBoolean") == Some(&json!(true))
                    })
                });
                if let (Some(f), true) = (flag, yes) {
                    out.push(f);
                }
            }
            _ => {}
        }
    }
    out
}

/// The red flags whose follow-up (when a cauda equina sign began) the
/// document answers with anything but "yes": a "no" there (long-standing and
/// checked) lowers what the flag gives alone, so the flag sets no floor here.
fn lowered_by_a_follow_up(v: &Value) -> Vec<RedFlag> {
    let mut out = Vec::new();
    let mut stack = vec![v];
    while let Some(v) = stack.pop() {
        match v {
            Value::Array(items) => stack.extend(items),
            Value::Object(m) => {
                stack.extend(m.values());
                let follow_up = m
                    .get("linkId")
                    .and_then(Value::as_str)
                    .and_then(QuestionId::from_id)
                    .and_then(|id| match id.question().fills {
                        Fills::RedFlag(f) if !f.parents().is_empty() => Some(f),
                        _ => None,
                    });
                if let Some(f) = follow_up {
                    out.extend_from_slice(f.parents());
                }
            }
            _ => {}
        }
    }
    out
}

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
    let want = value.as_ref().and_then(|v| {
        let lowered = lowered_by_a_follow_up(v);
        oracle(v)
            .into_iter()
            .filter(|f| !lowered.contains(f))
            .filter_map(|f| floor([f], policy))
            .max()
    });
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
