//! `interview::answers_from_json_lenient` on arbitrary text: no panic, and a
//! red-flag question answered "yes" where a standard JSON parser can see it
//! (at the top level, or under `answers`) is never lost: the answers restored
//! triage at or above that flag's tier, or the error's `at_least` is.
//!
//! The oracle is serde_json's own `Value`, walked here: it shares no code
//! with the library's salvage scan.
#![no_main]

use libfuzzer_sys::fuzz_target;
use piriformis_core::interview::{Fills, QuestionId, answers_from_json_lenient, assessment_from};
use piriformis_core::triage::triage;
use piriformis_core::{Disposition, RedFlag, Vocabulary};
use serde_json::Value;

/// The highest own tier of a red flag answered "yes" in the document.
fn planted(text: &str) -> Disposition {
    let Ok(Value::Object(top)) = serde_json::from_str::<Value>(text) else {
        return Disposition::SelfCare;
    };
    let inner = top.get("answers").and_then(Value::as_object);
    let answers = || top.iter().chain(inner.into_iter().flatten());
    let flag = |k: &str| match QuestionId::from_id(k)?.question().fills {
        Fills::RedFlag(f) => Some(f),
        _ => None,
    };
    // A follow-up answered at all (when a cauda equina sign began, say "no":
    // long-standing and checked) may lower what its parents give alone.
    let lowered: Vec<RedFlag> = answers()
        .filter_map(|(k, _)| flag(k))
        .flat_map(|f| f.parents().iter().copied())
        .collect();
    answers()
        .filter(|(_, v)| v.as_str() == Some("yes"))
        .filter_map(|(k, _)| flag(k))
        .filter(|f| f.parents().is_empty() && !lowered.contains(f))
        .map(|f| f.tier())
        .max()
        .unwrap_or(Disposition::SelfCare)
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let tier = planted(text);
    let outcome = answers_from_json_lenient(text)
        .and_then(|r| assessment_from(&r.answers))
        .and_then(|a| triage(&a));
    match outcome {
        Ok(r) => assert!(
            r.disposition >= tier,
            "{text:?}: {} < {tier}",
            r.disposition
        ),
        Err(e) => assert!(
            tier == Disposition::SelfCare || e.at_least().is_some_and(|d| d >= tier),
            "{text:?}: {e} lost a yes of tier {tier}"
        ),
    }
});
