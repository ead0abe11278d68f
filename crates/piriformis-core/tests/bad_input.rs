//! Bad input never weakens a safety answer (issue 13): repeated keys, trailing
//! input, arrays where objects are expected, field paths in every error,
//! short messages, and the input limits. Runs `tests/vectors/bad_json.json`,
//! the vectors every binding runs too.

use chrono::NaiveDate;
use piriformis_core::error::{Error, MAX_ECHO_CHARS, echo};
use piriformis_core::input::{
    MAX_DEPTH, MAX_DOCUMENT_BYTES, MAX_LIST_ITEMS, MAX_LOG_ENTRIES, MAX_STRING_CHARS, from_json,
};
use piriformis_core::interview::{answers_from_json, next_step};
use piriformis_core::progress::{LogEntry, ProgressConfig, analyze, log_from_json, validate_log};
use piriformis_core::routine::RoutineRequest;
use piriformis_core::{Assessment, Disposition, RedFlag, Vocabulary, triage};
use serde_json::Value;

/// Reads `text` through the entry point a vector names.
fn read(entry: &str, text: &str) -> Result<(), Error> {
    match entry {
        "assessment" => Assessment::from_json(text)
            .and_then(|a| triage(&a))
            .map(drop),
        "answers" => answers_from_json(text).map(drop),
        "routine" => RoutineRequest::from_json(text).map(drop),
        "log" => log_from_json(text).map(drop),
        other => panic!("unknown entry {other}"),
    }
}

#[test]
fn bad_json_vectors() {
    let doc: Value =
        serde_json::from_str(include_str!("../../../tests/vectors/bad_json.json")).unwrap();
    let cases = doc["cases"].as_array().unwrap();
    assert!(cases.len() >= 40);
    let mut failures = Vec::new();
    for case in cases {
        let name = case["name"].as_str().unwrap();
        let want = &case["expect_error"];
        let err = match read(
            case["entry"].as_str().unwrap(),
            case["text"].as_str().unwrap(),
        ) {
            Ok(()) => {
                failures.push(format!("{name}: accepted"));
                continue;
            }
            Err(e) => e,
        };
        let message = err.to_string();
        if err.field() != want["field"].as_str() {
            failures.push(format!(
                "{name}: field {:?}, want {:?} ({message})",
                err.field(),
                want["field"]
            ));
        }
        let text = want["message_contains"].as_str().unwrap();
        if !message.contains(text) {
            failures.push(format!("{name}: '{message}' lacks '{text}'"));
        }
        if let Some(at_least) = want.get("at_least") {
            if err.at_least().map(|d| d.id()) != at_least.as_str() {
                failures.push(format!("{name}: at_least {:?} ({message})", err.at_least()));
            }
        }
        if let Some(max) = want.get("message_max_chars").and_then(Value::as_u64) {
            let n = message.chars().count() as u64;
            if n > max {
                failures.push(format!("{name}: message of {n} characters"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every main red flag answered "absent" (follow-ups left unanswered), as JSON members.
fn all_absent_but(flag: RedFlag) -> String {
    RedFlag::ALL
        .iter()
        .filter(|f| **f != flag && f.parents().is_empty())
        .map(|f| format!("\"{}\": \"absent\"", f.id()))
        .collect::<Vec<_>>()
        .join(", ")
}

#[test]
fn a_repeated_red_flag_is_an_error_whatever_the_order_for_every_flag() {
    for &flag in RedFlag::ALL {
        let id = flag.id();
        let rest = all_absent_but(flag);
        for (first, second) in [("present", "absent"), ("absent", "present")] {
            let text =
                format!(r#"{{"red_flags": {{"{id}": "{first}", {rest}, "{id}": "{second}"}}}}"#);
            let err = Assessment::from_json(&text).unwrap_err();
            assert_eq!(
                err.field(),
                Some(format!("red_flags.{id}").as_str()),
                "{err}"
            );
            assert!(err.to_string().contains("repeated key"), "{err}");
        }
    }
    // Without the repetition the same flag is an emergency, as it should be.
    let text = format!(
        r#"{{"red_flags": {{"saddle_numbness": "present", {}}}}}"#,
        all_absent_but(RedFlag::SaddleNumbness)
    );
    let r = triage(&Assessment::from_json(&text).unwrap()).unwrap();
    assert_eq!(r.disposition, Disposition::Emergency);
}

#[test]
fn a_repeated_answer_never_skips_an_emergency_question() {
    let err = answers_from_json(r#"{"saddle_numbness": "yes", "saddle_numbness": "no"}"#)
        .and_then(|a| next_step(&a))
        .unwrap_err();
    assert_eq!(err.field(), Some("saddle_numbness"));
}

#[test]
fn repeated_keys_at_any_depth() {
    for (text, field) in [
        (r#"{"a": 1, "a": 2}"#, "a"),
        (r#"{"a": {"b": {"c": 1, "c": 1}}}"#, "a.b.c"),
        (r#"[{"x": 1}, {"x": 1, "x": 1}]"#, "[1].x"),
        (r#"{"l": [[{"k": [], "k": []}]]}"#, "l[0][0].k"),
    ] {
        let err = from_json::<Value>(text).unwrap_err();
        assert_eq!(err.field(), Some(field), "{text}: {err}");
        assert!(err.to_string().contains("repeated key"), "{err}");
    }
    // The same key in sibling objects is fine.
    from_json::<Value>(r#"[{"x": 1}, {"x": 2}, {"y": {"x": 3}}]"#).unwrap();
}

#[test]
fn trailing_input_is_an_error_in_every_entry_point() {
    for (entry, text) in [
        (
            "assessment",
            r#"{} {"red_flags": {"saddle_numbness": "present"}}"#,
        ),
        ("answers", r#"{} {"saddle_numbness": "yes"}"#),
        (
            "routine",
            r#"{"side": "left", "phase": "new_flare", "minutes": 5} 1"#,
        ),
        ("log", r#"[] []"#),
    ] {
        let err = read(entry, text).unwrap_err();
        assert!(err.to_string().contains("trailing input"), "{entry}: {err}");
    }
    // Whitespace after the document is not input.
    Assessment::from_json("{}\n\t  \r\n").unwrap();
}

#[test]
fn arrays_are_not_objects() {
    for text in [
        "[]",
        r#"["left", 7]"#,
        r#"{"nerve": []}"#,
        r#"{"red_flags": []}"#,
    ] {
        let err = Assessment::from_json(text).unwrap_err();
        assert!(
            err.to_string().contains("expected an object"),
            "{text}: {err}"
        );
    }
    let err = RoutineRequest::from_json(r#"["left", "new_flare", [], 5]"#).unwrap_err();
    assert!(err.to_string().contains("expected an object"), "{err}");
    let err = log_from_json(r#"[["2026-01-01", 3, false, false]]"#).unwrap_err();
    assert_eq!(err.field(), Some("log[0]"));
    assert!(err.to_string().contains("expected an object"), "{err}");
}

#[test]
fn errors_never_name_the_field_question_mark() {
    for text in [
        r#"{"red_flags": {"x": "present"}}"#,
        r#"{"red_flags": {"fever": "x"}}"#,
        r#"{"red_flags": {"fever": 3}}"#,
        r#"{"nerve": {"x": 1}}"#,
        r#"{"pain_regions": ["calf", 1]}"#,
        r#"{"worse_with": [null]}"#,
    ] {
        let err = Assessment::from_json(text).unwrap_err();
        let field = err.field().unwrap_or_default();
        assert!(!field.is_empty() && !field.contains('?'), "{text}: {err}");
    }
    let err = answers_from_json(r#"{"pain_now": {"x": 1}}"#).unwrap_err();
    assert_eq!(err.field(), Some("pain_now"), "{err}");
}

#[test]
fn echoed_values_are_cut_on_a_character_boundary() {
    let long = "ü".repeat(1000);
    let cut = echo(&long);
    assert_eq!(cut.chars().count(), MAX_ECHO_CHARS + 1);
    assert!(cut.ends_with('…'));
    assert_eq!(echo("short"), "short");
    let exact = "a".repeat(MAX_ECHO_CHARS);
    assert_eq!(echo(&exact), exact.as_str());

    let huge = "v".repeat(100_000);
    let errors = [
        Error::UnknownValue {
            field: huge.clone(),
            value: huge.clone(),
            allowed: "left, right".into(),
        },
        Error::OutOfRange {
            field: "pain_now".into(),
            value: huge.clone(),
            allowed: "whole numbers 0-10".into(),
        },
        Error::Contradiction {
            field: "a".into(),
            other: huge.clone(),
            why: format!("`{huge}` and {huge}"),
        },
        Error::Invalid {
            field: "side".into(),
            message: format!("unknown variant `{huge}`, expected one of `left`"),
        },
        Error::Json {
            message: format!("invalid type: string \"{huge}\", expected u8"),
        },
        Error::Missing {
            field: huge.clone(),
            expected: huge.clone(),
        },
        Error::TooLarge {
            field: huge.clone(),
            found: "x".into(),
            allowed: "y".into(),
        },
    ];
    for e in errors {
        let text = e.to_string();
        assert!(text.chars().count() < 2200, "{} characters", text.len());
    }
    // Through the parser: the 1000-character value appears cut.
    let err = Assessment::from_json(&format!(r#"{{"side": "{}"}}"#, "é".repeat(1000))).unwrap_err();
    assert!(err.to_string().chars().count() < 300, "{err}");
    assert!(err.to_string().contains('…'), "{err}");
}

/// `n` nested arrays.
fn nested(n: usize) -> String {
    format!("{}{}", "[".repeat(n), "]".repeat(n))
}

#[test]
fn nesting_limit() {
    from_json::<Value>(&nested(MAX_DEPTH)).unwrap();
    let err = from_json::<Value>(&nested(MAX_DEPTH + 1)).unwrap_err();
    assert!(matches!(err, Error::TooLarge { .. }), "{err}");
    // Far deeper than serde_json's own limit: still our typed error.
    let err = from_json::<Value>(&nested(100_000)).unwrap_err();
    assert!(matches!(err, Error::TooLarge { .. }), "{err}");
}

#[test]
fn string_limit_counts_characters() {
    let ok = format!("\"{}\"", "é".repeat(MAX_STRING_CHARS));
    from_json::<Value>(&ok).unwrap();
    let over = format!("\"{}\"", "e".repeat(MAX_STRING_CHARS + 1));
    let err = from_json::<Value>(&over).unwrap_err();
    assert!(matches!(err, Error::TooLarge { .. }), "{err}");
    // Keys too.
    let key = format!("{{\"{}\": 1}}", "k".repeat(MAX_STRING_CHARS + 1));
    assert!(matches!(
        from_json::<Value>(&key).unwrap_err(),
        Error::TooLarge { .. }
    ));
}

#[test]
fn list_and_object_limits() {
    let list = |n: usize| vec!["\"calf\""; n].join(",");
    let ok = format!(r#"{{"pain_regions": [{}]}}"#, list(MAX_LIST_ITEMS));
    Assessment::from_json(&ok).unwrap();
    let over = format!(r#"{{"pain_regions": [{}]}}"#, list(MAX_LIST_ITEMS + 1));
    let err = Assessment::from_json(&over).unwrap_err();
    assert_eq!(err.field(), Some("pain_regions"));
    assert!(matches!(err, Error::TooLarge { .. }), "{err}");

    let object = |n: usize| {
        let keys: Vec<String> = (0..n).map(|i| format!("\"k{i}\": 0")).collect();
        format!("{{\"o\": {{{}}}}}", keys.join(","))
    };
    from_json::<Value>(&object(MAX_LIST_ITEMS)).unwrap();
    let err = from_json::<Value>(&object(MAX_LIST_ITEMS + 1)).unwrap_err();
    assert_eq!(err.field(), Some("o"), "{err}");
}

fn day(n: u64) -> NaiveDate {
    NaiveDate::from_ymd_opt(2000, 1, 1).unwrap() + chrono::Days::new(n)
}

#[test]
fn log_limit() {
    let entries = |n: usize| -> String {
        let items: Vec<String> = (0..n)
            .map(|i| format!(r#"{{"date":"{}","pain":3}}"#, day(i as u64)))
            .collect();
        format!("[{}]", items.join(","))
    };
    let log = log_from_json(&entries(MAX_LOG_ENTRIES)).unwrap();
    assert_eq!(log.len(), MAX_LOG_ENTRIES);
    analyze(
        &log,
        day(MAX_LOG_ENTRIES as u64),
        &ProgressConfig::default(),
    )
    .unwrap();
    let err = log_from_json(&entries(MAX_LOG_ENTRIES + 1)).unwrap_err();
    assert_eq!(err.field(), Some("log"), "{err}");
    assert!(matches!(err, Error::TooLarge { .. }), "{err}");
    // The typed API (bindings) has the same limit.
    let long: Vec<LogEntry> = (0..=MAX_LOG_ENTRIES as u64)
        .map(|i| LogEntry {
            date: day(i),
            pain: 3,
            nerve_symptoms: false,
            routine_done: false,
        })
        .collect();
    let err = validate_log(&long, day(99_999)).unwrap_err();
    assert_eq!(err.field(), Some("log"));
}

#[test]
fn document_size_limit() {
    // Padding is whitespace, so only the size is wrong.
    let mut text = String::from("{}");
    text.push_str(&" ".repeat(MAX_DOCUMENT_BYTES - text.len()));
    Assessment::from_json(&text).unwrap();
    text.push(' ');
    let err = Assessment::from_json(&text).unwrap_err();
    assert!(matches!(err, Error::TooLarge { .. }), "{err}");
    assert_eq!(err.field(), None);
    assert!(err.to_string().starts_with("document: too large"), "{err}");
}

#[test]
fn valid_documents_still_read_and_round_trip() {
    let doc: Value =
        serde_json::from_str(include_str!("../../../tests/vectors/triage.json")).unwrap();
    for case in doc["cases"].as_array().unwrap() {
        let text = serde_json::to_string(&case["input"]).unwrap();
        let Ok(a) = Assessment::from_json(&text) else {
            continue;
        };
        let again = Assessment::from_json(&serde_json::to_string(&a).unwrap()).unwrap();
        assert_eq!(a, again);
    }
    let r: RoutineRequest = RoutineRequest::from_json(
        r#"{"side": "left", "phase": "new_flare", "minutes": 10, "trend": "stable"}"#,
    )
    .unwrap();
    assert_eq!(
        RoutineRequest::from_json(&serde_json::to_string(&r).unwrap()).unwrap(),
        r
    );
}

#[test]
fn a_routine_request_carries_a_whole_triage_result() {
    let a = Assessment::from_json(r#"{"red_flags": {"fever": "absent"}}"#).unwrap();
    let t = triage(&a).unwrap();
    let text = format!(
        r#"{{"side": "left", "phase": "new_flare", "minutes": 10, "triage": {}}}"#,
        serde_json::to_string(&t).unwrap()
    );
    let r = RoutineRequest::from_json(&text).unwrap();
    assert_eq!(r.triage.as_deref(), Some(&t));
}

/// Found by the answers_json fuzz target: a number whose shortest form read
/// back differently when serde_json parsed floats approximately.
#[test]
fn numbers_round_trip_exactly() {
    let text = r#"{"pain_now": 1111111111111111111111111111105555555555555, "severe_or_constant_pain": "yes"}"#;
    let answers = piriformis_core::interview::answers_from_json(text).unwrap();
    let again =
        piriformis_core::interview::answers_from_json(&serde_json::to_string(&answers).unwrap())
            .unwrap();
    assert_eq!(answers, again);
}
