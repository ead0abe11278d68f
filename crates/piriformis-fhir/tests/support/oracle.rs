//! The safety oracle for FHIR QuestionnaireResponses, written apart from the
//! crate's salvage code: shared by `tests/bad_input.rs` and the
//! `fhir_response` fuzz target (which includes this file by path).

use piriformis_core::interview::{Fills, QuestionId};
use piriformis_core::triage::{TriagePolicy, floor};
use piriformis_core::{Disposition, RedFlag, Vocabulary};
use serde_json::{Value, json};

/// Every object at any depth whose `linkId` names a red-flag question, with
/// whether one of its `answer`s is "yes" (a `valueCoding` with the code
/// `yes`, any system, or `valueBoolean` true).
fn answered(v: &Value) -> Vec<(RedFlag, bool)> {
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
                if let Some(f) = flag {
                    out.push((f, yes));
                }
            }
            _ => {}
        }
    }
    out
}

/// The red flags answered "yes" in a document.
pub fn oracle(v: &Value) -> Vec<RedFlag> {
    answered(v)
        .into_iter()
        .filter_map(|(f, yes)| yes.then_some(f))
        .collect()
}

/// The floor the document's "yes" answers need under a policy: the highest
/// of their own floors. A flag whose follow-up (when a cauda equina sign
/// began) the document answers at all sets none here: a "no" there
/// (long-standing and checked) lowers what the flag gives alone.
pub fn wanted_floor(v: &Value, policy: TriagePolicy) -> Option<Disposition> {
    let all = answered(v);
    let lowered: Vec<RedFlag> = all
        .iter()
        .flat_map(|(f, _)| f.parents().iter().copied())
        .collect();
    all.into_iter()
        .filter(|(f, yes)| *yes && !lowered.contains(f))
        .filter_map(|(f, _)| floor([f], policy))
        .max()
}
