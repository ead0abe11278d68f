//! `input::from_value` reads a value in memory by the rules `input::from_json`
//! applies to text: same results, same errors with the same field names, same
//! limits. Checked on every triage vector and every bad-JSON vector whose
//! text parses to a value (a repeated key or trailing text cannot survive that
//! parse, so those stay text-only cases).

use piriformis_core::error::Error;
use piriformis_core::input::{MAX_DEPTH, MAX_LIST_ITEMS, MAX_STRING_CHARS, from_json, from_value};
use piriformis_core::interview::{answers_from_json, answers_from_value};
use piriformis_core::progress::{LogEntry, log_from_json, log_from_value};
use piriformis_core::routine::RoutineRequest;
use piriformis_core::{Assessment, interview::Answers};
use serde_json::{Value, json};

/// Both readers' outcome for one text, as comparable JSON (the value or the error).
fn both<T: serde::de::DeserializeOwned + serde::Serialize>(
    text: &str,
    value: &Value,
) -> (Value, Value) {
    fn shape<T: serde::Serialize>(r: Result<T, Error>) -> Value {
        match r {
            Ok(v) => json!({ "ok": serde_json::to_value(v).unwrap() }),
            Err(e) => json!({ "error": serde_json::to_value(&e).unwrap(), "field": e.field() }),
        }
    }
    (shape(from_json::<T>(text)), shape(from_value::<T>(value)))
}

/// Both answer readers' outcome (answers, or the error with its field and
/// the floor of the red flags answered "yes").
fn answers_both(text: &str, value: &Value) -> (Value, Value) {
    fn shape(r: Result<Answers, Error>) -> Value {
        match r {
            Ok(v) => json!({ "ok": serde_json::to_value(v).unwrap() }),
            Err(e) => json!({
                "error": e.to_string(),
                "field": e.field(),
                "at_least": e.at_least().map(|d| d as u8),
            }),
        }
    }
    (
        shape(answers_from_json(text)),
        shape(answers_from_value(value)),
    )
}

#[test]
fn answers_read_the_same_from_a_value() {
    let docs = [
        json!({"fever": "no", "pain_now": 4, "pain_regions": ["calf"]}),
        json!({"catalogue_version": 1, "answers": {"fever": "no", "side": "left"}}),
        json!({"catalogue_version": 1, "answers": {"saddle_numbness": "yes", "pain_now": 99}}),
        json!({"saddle_numbness": "yes", "fever": "yes", "no_such_question": "no"}),
        json!({"catalogue_version": 1, "answers": {"fever": "yes"}, "extra": 1}),
        json!({"catalogue_version": "one", "answers": {}}),
        json!({"bladder_or_bowel_control": "yes", "pain_now": "high"}),
        // Paths as the text salvage reads them: a literal dotted key counts,
        // a "yes" under any object but `answers` does not.
        json!({"answers.fever": "yes", "no_such_question": "no"}),
        json!({"meta": {"fever": "yes"}, "no_such_question": "no"}),
        json!({"fever": "yes", "pain_now": {"score": 4}}),
        json!({"catalogue_version": 1, "answers": {"saddle_numbness": "yes", "fever": "yes", "x": 1}}),
        json!([1, 2]),
        json!("fever"),
    ];
    for doc in &docs {
        let (a, b) = answers_both(&doc.to_string(), doc);
        assert_eq!(a, b, "{doc}");
    }
    // The cases cover answers read, and failures that keep a yes's floor.
    assert!(docs.iter().any(|d| answers_from_value(d).is_ok()));
    assert!(
        docs.iter()
            .any(|d| answers_from_value(d).is_err_and(|e| e.at_least().is_some()))
    );
}

#[test]
fn triage_vectors_read_the_same_from_a_value() {
    let doc: Value =
        serde_json::from_str(include_str!("../../../tests/vectors/triage.json")).unwrap();
    let mut checked = 0;
    for case in doc["cases"].as_array().unwrap() {
        let input = &case["input"];
        let text = input.to_string();
        let (a, b) = both::<Assessment>(&text, input);
        assert_eq!(a, b, "{}", case["name"]);
        checked += 1;
    }
    assert!(checked >= 150, "only {checked} vectors");
}

#[test]
fn bad_json_vectors_read_the_same_from_a_value() {
    let doc: Value =
        serde_json::from_str(include_str!("../../../tests/vectors/bad_json.json")).unwrap();
    let mut checked = 0;
    for case in doc["cases"].as_array().unwrap() {
        let text = case["text"].as_str().unwrap();
        // Repeated keys and trailing text do not survive a parse to a value.
        let Ok(value) = serde_json::from_str::<Value>(text) else {
            continue;
        };
        if from_json::<Value>(text).is_err_and(|e| e.to_string().contains("repeated")) {
            continue;
        }
        let (a, b) = match case["entry"].as_str().unwrap() {
            "assessment" => both::<Assessment>(text, &value),
            "answers" => answers_both(text, &value),
            "routine" => both::<RoutineRequest>(text, &value),
            "log" => (
                json!(
                    log_from_json(text)
                        .map_err(|e| e.field().map(str::to_owned))
                        .ok()
                ),
                json!(
                    log_from_value(&value)
                        .map_err(|e| e.field().map(str::to_owned))
                        .ok()
                ),
            ),
            other => panic!("unknown entry {other}"),
        };
        assert_eq!(a, b, "{}", case["name"]);
        checked += 1;
    }
    assert!(checked >= 20, "only {checked} vectors");
}

#[test]
fn limits_hold_for_values() {
    let deep = (0..=MAX_DEPTH).fold(json!(1), |v, _| json!([v]));
    let err = from_value::<Value>(&deep).unwrap_err();
    assert!(err.to_string().contains("levels"), "{err}");

    let long = json!({ "side": "x".repeat(MAX_STRING_CHARS + 1) });
    let err = from_value::<Assessment>(&long).unwrap_err();
    assert_eq!(err.field(), Some("side"));

    let many = json!({ "pain_regions": vec!["calf"; MAX_LIST_ITEMS + 1] });
    let err = from_value::<Assessment>(&many).unwrap_err();
    assert_eq!(err.field(), Some("pain_regions"));

    // A struct given as an array is refused, as from text.
    let err = from_value::<Assessment>(&json!(["right", 4])).unwrap_err();
    assert!(from_json::<Assessment>(r#"["right", 4]"#).is_err());
    assert_eq!(err.field(), None);

    let err = log_from_value(&json!([{ "date": "2026-13-01", "pain": 3 }])).unwrap_err();
    assert_eq!(err.field(), Some("log[0].date"));
    let ok: Vec<LogEntry> = log_from_value(&json!([{ "date": "2026-01-01", "pain": 3 }])).unwrap();
    assert_eq!(ok.len(), 1);
    let _: Answers = from_value(&json!({})).unwrap();
}
