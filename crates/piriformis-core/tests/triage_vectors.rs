//! Runs the shared triage conformance vectors in `tests/vectors/triage.json`.

use std::collections::BTreeSet;

use piriformis_core::triage::{TriagePolicy, triage_with};
use piriformis_core::{Assessment, Vocabulary};
use serde_json::Value;

#[test]
fn triage_vectors() {
    let doc: Value =
        serde_json::from_str(include_str!("../../../tests/vectors/triage.json")).unwrap();
    let cases = doc["cases"].as_array().unwrap();
    assert!(cases.len() >= 150, "at least 150 cases");
    let mut failures = Vec::new();
    for case in cases {
        let name = case["name"].as_str().unwrap();
        assert!(
            case["source"].as_str().is_some_and(|s| !s.is_empty()),
            "{name}: every case cites its source"
        );
        let policy = case["policy"]
            .as_str()
            .map_or(TriagePolicy::SelfCheck, |p| {
                TriagePolicy::from_id(p).unwrap()
            });
        let input = serde_json::to_string(&case["input"]).unwrap();
        let got = Assessment::from_json(&input).and_then(|a| triage_with(&a, policy));
        match (got, case.get("expect"), case.get("expect_error")) {
            (Ok(r), Some(e), None) => {
                let want = |k: &str| e.get(k);
                let mut problems = Vec::new();
                if r.disposition.id() != want("disposition").unwrap().as_str().unwrap() {
                    problems.push(format!("disposition {}", r.disposition));
                }
                let fired: BTreeSet<&str> = r.fired.iter().map(|f| f.id.id()).collect();
                let want_fired: BTreeSet<&str> = want("fired")
                    .unwrap()
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|v| v.as_str().unwrap())
                    .collect();
                if fired != want_fired {
                    problems.push(format!("fired {fired:?}"));
                }
                if r.provisional != want("provisional").unwrap().as_bool().unwrap() {
                    problems.push(format!("provisional {}", r.provisional));
                }
                if let Some(s) = want("likely_source") {
                    if r.likely_source.verdict.id() != s.as_str().unwrap() {
                        problems.push(format!("likely_source {}", r.likely_source.verdict));
                    }
                }
                if let Some(cs) = want("cautions_include") {
                    for c in cs.as_array().unwrap() {
                        if !r.cautions.iter().any(|n| n.id.id() == c.as_str().unwrap()) {
                            problems.push(format!("missing caution {c}"));
                        }
                    }
                }
                let open = [
                    ("unanswered", r.unanswered.iter().map(|f| f.id()).collect()),
                    (
                        "unanswered_nerve",
                        r.unanswered_nerve
                            .iter()
                            .map(|s| s.id())
                            .collect::<Vec<_>>(),
                    ),
                ];
                for (key, got) in open {
                    let Some(u) = want(key) else { continue };
                    let want: Vec<&str> = u
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|v| v.as_str().unwrap())
                        .collect();
                    if got != want {
                        problems.push(format!("{key} {got:?}"));
                    }
                }
                if !problems.is_empty() {
                    failures.push(format!("{name}: {}", problems.join("; ")));
                }
            }
            (Err(err), None, Some(e)) => {
                let field = e["field"].as_str();
                if err.field() != field {
                    failures.push(format!(
                        "{name}: error field {:?}, want {field:?} ({err})",
                        err.field()
                    ));
                }
                if let Some(text) = e["message_contains"].as_str() {
                    if !err.to_string().contains(text) {
                        failures.push(format!("{name}: message '{err}' lacks '{text}'"));
                    }
                }
                let at_least = err.at_least().map(|d| d.id());
                if e.get("at_least").is_some() && at_least != e["at_least"].as_str() {
                    failures.push(format!("{name}: at_least {at_least:?} ({err})"));
                }
            }
            (Ok(r), _, _) => {
                failures.push(format!("{name}: expected an error, got {}", r.disposition))
            }
            (Err(err), _, _) => failures.push(format!("{name}: unexpected error {err}")),
        }
    }
    assert!(
        failures.is_empty(),
        "{} failing case(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
}
