//! Bad FHIR input never weakens a safety answer: a red-flag question
//! answered "yes" anywhere readable in a QuestionnaireResponse is either read
//! (and the triage is at or above that flag's tier) or the error carries at
//! least that tier as its floor. Nested items are read; the reader has the
//! JSON reader's limits and checks `resourceType`.

#[path = "support/oracle.rs"]
mod oracle;
use piriformis_core::input::{MAX_DEPTH, MAX_DOCUMENT_BYTES, MAX_LIST_ITEMS, MAX_STRING_CHARS};
use piriformis_core::interview::{AnswerValue, CATALOGUE, Fills, Question, QuestionId};
use piriformis_core::triage::{TriagePolicy, triage_with};
use piriformis_core::{Disposition, RedFlag, Vocabulary};
use piriformis_fhir::questionnaire::answer_system;
use piriformis_fhir::{
    Error, QuestionnaireResponse, answers_from_response, answers_from_response_json,
    answers_from_response_value, assessment_from_response, next_question, next_question_json,
    next_question_value, response_from_json,
};
use proptest::prelude::*;
use serde_json::{Value, json};

const YES_SYSTEM: &str = "https://w3id.org/piriformis/fhir/CodeSystem/answer-yes-no";

fn q(id: QuestionId) -> &'static Question {
    id.question()
}

fn coding(id: QuestionId, code: &str) -> Value {
    json!({"valueCoding": {"system": answer_system(q(id)), "code": code}})
}

fn item(id: &str, answers: Vec<Value>) -> Value {
    json!({"linkId": id, "answer": answers})
}

fn response(items: Vec<Value>) -> Value {
    json!({
        "resourceType": "QuestionnaireResponse",
        "questionnaire": "https://w3id.org/piriformis/fhir/Questionnaire/interview-self-check|1",
        "status": "in-progress",
        "item": items,
    })
}

fn saddle_yes() -> Value {
    item(
        "saddle_numbness",
        vec![coding(QuestionId::SaddleNumbness, "yes")],
    )
}

/// Every FHIR response reader on the same response: text, value and typed
/// (when the typed response holds all of it), answers and the next question.
fn every_reader(v: &Value) -> Vec<(&'static str, Result<(), Error>)> {
    let text = v.to_string();
    let policy = TriagePolicy::SelfCheck;
    let mut out = vec![
        ("answers json", answers_from_response_json(&text).map(drop)),
        ("answers value", answers_from_response_value(v).map(drop)),
        ("next json", next_question_json(&text, policy).map(drop)),
        ("next value", next_question_value(v, policy).map(drop)),
    ];
    // The typed readers, on responses a typed value can hold whole.
    let typed = serde_json::from_value::<QuestionnaireResponse>(v.clone())
        .ok()
        .filter(|qr| serde_json::to_value(qr).ok() == Some(without_empty_lists(v)));
    if let Some(qr) = typed {
        out.push(("answers typed", answers_from_response(&qr).map(drop)));
        out.push(("next typed", next_question(&qr, policy).map(drop)));
        out.push(("assessment typed", assessment_from_response(&qr).map(drop)));
    }
    out
}

/// The value without empty lists, as a typed response writes it.
fn without_empty_lists(v: &Value) -> Value {
    match v {
        Value::Object(m) => Value::Object(
            m.iter()
                .filter(|(_, v)| v.as_array().is_none_or(|a| !a.is_empty()))
                .map(|(k, v)| (k.clone(), without_empty_lists(v)))
                .collect(),
        ),
        Value::Array(a) => Value::Array(a.iter().map(without_empty_lists).collect()),
        v => v.clone(),
    }
}

/// Every reader fails, each with the floor `want`.
fn fails_with_floor(v: &Value, want: Disposition) {
    for (name, r) in every_reader(v) {
        match r {
            Err(e) => assert_eq!(e.at_least(), Some(want), "{name}: {e}"),
            Ok(()) => panic!("{name} read {v}"),
        }
    }
}

#[test]
fn row_1_every_error_keeps_the_floor_of_a_yes() {
    let emergency = Disposition::Emergency;
    let cases = [
        // An unknown linkId.
        response(vec![saddle_yes(), item("no_such_question", vec![])]),
        // A repeated linkId (the second says "no").
        response(vec![
            saddle_yes(),
            item(
                "saddle_numbness",
                vec![coding(QuestionId::SaddleNumbness, "no")],
            ),
        ]),
        // A valueBoolean where a coding is expected, the yes itself.
        response(vec![item(
            "saddle_numbness",
            vec![json!({"valueBoolean": true})],
        )]),
        // A valueBoolean on another question.
        response(vec![
            saddle_yes(),
            item("fever", vec![json!({"valueBoolean": false})]),
        ]),
        // A wrong code system, on the yes itself and on another answer.
        response(vec![item(
            "saddle_numbness",
            vec![json!({"valueCoding": {"system": "http://example.org/yes-no", "code": "yes"}})],
        )]),
        response(vec![
            saddle_yes(),
            item(
                "fever",
                vec![json!({"valueCoding": {"system": "http://example.org", "code": "no"}})],
            ),
        ]),
        // Pain 11 beside the yes.
        response(vec![
            saddle_yes(),
            item("pain_now", vec![json!({"valueInteger": 11})]),
        ]),
        // Two pain scores.
        response(vec![
            saddle_yes(),
            item(
                "pain_now",
                vec![json!({"valueInteger": 3}), json!({"valueInteger": 4})],
            ),
        ]),
        // An unknown code.
        response(vec![
            saddle_yes(),
            item("side", vec![coding(QuestionId::Side, "up")]),
        ]),
    ];
    for case in &cases {
        fails_with_floor(case, emergency);
    }
    // The typed readers ran too where a typed response holds the case.
    assert_eq!(every_reader(&cases[0]).len(), 7);
    assert_eq!(every_reader(&cases[6]).len(), 7);
    // The error is typed and names the field.
    let e = answers_from_response_json(&cases[0].to_string()).unwrap_err();
    let Error::Core(core) = &e else { panic!("{e}") };
    assert_eq!(core.field(), Some("item[1].linkId"));
    assert!(matches!(
        core.inner(),
        piriformis_core::Error::UnknownValue { .. }
    ));
    assert_eq!(e.present(), [RedFlag::SaddleNumbness]);
}

#[test]
fn row_1_the_floor_survives_text_that_is_not_json() {
    let text = response(vec![
        saddle_yes(),
        item("pain_now", vec![json!({"valueInteger": 11})]),
    ])
    .to_string();
    let policy = TriagePolicy::SelfCheck;
    // Cut short, a repeated key, trailing text.
    let cut = &text[..text.find("pain_now").unwrap()];
    let repeated = text.replacen(
        r#""linkId":"saddle_numbness""#,
        r#""linkId":"saddle_numbness","answer":[],"linkId":"saddle_numbness""#,
        1,
    );
    let trailing = format!("{text} {{}}");
    for t in [cut, &repeated, &trailing] {
        let e = answers_from_response_json(t).unwrap_err();
        assert_eq!(e.at_least(), Some(Disposition::Emergency), "{t}: {e}");
        let e = next_question_json(t, policy).unwrap_err();
        assert_eq!(e.at_least(), Some(Disposition::Emergency), "{t}: {e}");
    }
}

#[test]
fn row_1_a_yes_the_reader_does_not_read_is_an_error_with_its_floor() {
    // In a contained resource, or an extension: the items read are fine.
    let mut v = response(vec![item("fever", vec![coding(QuestionId::Fever, "no")])]);
    v["contained"] = json!([response(vec![saddle_yes()])]);
    fails_with_floor(&v, Disposition::Emergency);
    let mut v = response(vec![]);
    v["extension"] = json!([{"url": "x", "valueString": "x", "item": [saddle_yes()]}]);
    fails_with_floor(&v, Disposition::Emergency);
}

#[test]
fn row_1_a_good_response_still_reads() {
    let v = response(vec![
        saddle_yes(),
        item("pain_now", vec![json!({"valueInteger": 6})]),
    ]);
    let answers = answers_from_response_json(&v.to_string()).unwrap();
    assert_eq!(
        answers.get(&QuestionId::SaddleNumbness),
        Some(&AnswerValue::Choice("yes".into()))
    );
    assert_eq!(answers_from_response_value(&v).unwrap(), answers);
}

#[test]
fn row_6_nested_items_are_read() {
    let in_group = response(vec![
        json!({"linkId": "warning-signs", "item": [saddle_yes()]}),
    ]);
    let under_answer = response(vec![json!({
        "linkId": "fever",
        "answer": [{"valueCoding": {"system": answer_system(q(QuestionId::Fever)), "code": "no"}, "item": [saddle_yes()]}],
    })]);
    for v in [in_group, under_answer] {
        let answers = answers_from_response_json(&v.to_string()).unwrap();
        assert_eq!(
            answers.get(&QuestionId::SaddleNumbness),
            Some(&AnswerValue::Choice("yes".into())),
            "{v}"
        );
        // The question is not asked again; the triage is an emergency.
        let next = next_question_json(&v.to_string(), TriagePolicy::SelfCheck).unwrap();
        assert!(
            !next
                .item
                .iter()
                .any(|i| i.link_id == "saddle_numbness" && i.answer.is_empty()),
            "{v}"
        );
        let qr = response_from_json(&v.to_string()).unwrap();
        let a = assessment_from_response(&qr).unwrap();
        let t = triage_with(&a, TriagePolicy::SelfCheck).unwrap();
        assert_eq!(t.disposition, Disposition::Emergency);
    }
}

#[test]
fn row_6_resource_type_is_checked() {
    let mut v = response(vec![saddle_yes()]);
    v["resourceType"] = json!("Patient");
    fails_with_floor(&v, Disposition::Emergency);
    let e = answers_from_response_value(&v).unwrap_err();
    let Error::Core(core) = &e else { panic!("{e}") };
    assert_eq!(core.field(), Some("resourceType"));
    assert_eq!(core.allowed_values(), ["QuestionnaireResponse"]);
    // Missing, it is named too.
    v.as_object_mut().unwrap().remove("resourceType");
    let e = answers_from_response_json(&v.to_string()).unwrap_err();
    assert_eq!(e.at_least(), Some(Disposition::Emergency));
    assert!(e.to_string().contains("resourceType"), "{e}");
}

fn too_large(e: &Error) -> bool {
    matches!(e, Error::Core(c) if matches!(c.inner(), piriformis_core::Error::TooLarge { .. }))
}

#[test]
fn row_6_the_json_readers_limits_hold() {
    let long = "x".repeat(MAX_STRING_CHARS + 1);
    let many: Vec<Value> = (0..=MAX_LIST_ITEMS)
        .map(|_| json!({"linkId": "side"}))
        .collect();
    // Nested groups deeper than the limit, the yes at the top.
    let mut deep = json!({"linkId": "g"});
    for _ in 0..MAX_DEPTH {
        deep = json!({"linkId": "g", "item": [deep]});
    }
    let cases = [
        response(vec![saddle_yes(), item(&long, vec![])]),
        response([vec![saddle_yes()], many].concat()),
        response(vec![saddle_yes(), deep]),
    ];
    for v in &cases {
        fails_with_floor(v, Disposition::Emergency);
        for (name, r) in every_reader(v) {
            assert!(too_large(&r.unwrap_err()), "{name}");
        }
    }
    // The typed reader has the same limits on items built in Rust: many
    // items spread over lists each within the list limit.
    let spread: Vec<Value> = (0..=MAX_LIST_ITEMS / 2)
        .map(|_| json!({"linkId": "g", "item": [{"linkId": "side"}, {"linkId": "side"}]}))
        .collect();
    let qr = serde_json::from_value(response([vec![saddle_yes()], spread].concat())).unwrap();
    let e = answers_from_response(&qr).unwrap_err();
    assert!(too_large(&e), "{e}");
    assert_eq!(e.at_least(), Some(Disposition::Emergency));
    // A document over the size limit keeps the floor of a yes in its first part.
    let pad = "x".repeat(MAX_STRING_CHARS - 1);
    let filler: Vec<Value> = (0..MAX_DOCUMENT_BYTES / MAX_STRING_CHARS + 1)
        .map(|_| json!({"linkId": "g", "text": pad}))
        .collect();
    let text = response([vec![saddle_yes()], filler].concat()).to_string();
    assert!(text.len() > MAX_DOCUMENT_BYTES);
    let e = answers_from_response_json(&text).unwrap_err();
    assert!(too_large(&e), "{e}");
    assert_eq!(e.at_least(), Some(Disposition::Emergency));
}

// ---- the invariant over generated responses ----

/// The invariant on one document; panics when it does not hold.
fn invariant(v: &Value) {
    let Some(want) = oracle::wanted_floor(v, TriagePolicy::SelfCheck) else {
        // No readable yes: only no panic.
        let _ = every_reader(v);
        return;
    };
    let text = v.to_string();
    let ok_or_floor = |name: &str, e: Error| {
        assert!(
            e.at_least().is_some_and(|d| d >= want),
            "{name}: {e} (want at least {want:?}) for {text}"
        );
    };
    // Read: the triage of what was read is at or above the tier.
    match response_from_json(&text) {
        Ok(qr) => match assessment_from_response(&qr) {
            Ok(a) => match triage_with(&a, TriagePolicy::SelfCheck) {
                Ok(t) => assert!(t.disposition >= want, "{:?} for {text}", t.disposition),
                Err(e) => ok_or_floor("triage", e.into()),
            },
            Err(e) => ok_or_floor("assessment", e),
        },
        Err(e) => ok_or_floor("response", e),
    }
    for (name, r) in every_reader(v) {
        if let Err(e) = r {
            ok_or_floor(name, e);
        }
    }
}

/// One answer value of a generated item.
#[derive(Debug, Clone)]
enum Gen {
    /// One of the question's own choices (by index), from its system.
    Choice(usize),
    Integer(i64),
    Boolean(bool),
    /// A code from another system.
    Foreign(&'static str),
    Text(&'static str),
}

fn gen_answer() -> impl Strategy<Value = Gen> {
    prop_oneof![
        6 => (0usize..8).prop_map(Gen::Choice),
        3 => (-2i64..14).prop_map(Gen::Integer),
        1 => any::<bool>().prop_map(Gen::Boolean),
        1 => prop::sample::select(vec!["yes", "no"]).prop_map(Gen::Foreign),
        1 => prop::sample::select(vec!["yes", "no", ""]).prop_map(Gen::Text),
    ]
}

fn answer_json(question: Option<&Question>, a: &Gen) -> Value {
    match (a, question) {
        (Gen::Choice(i), Some(q)) => {
            let choices = q.choices();
            if choices.is_empty() {
                json!({"valueInteger": *i as i64})
            } else {
                json!({"valueCoding": {"system": answer_system(q), "code": choices[i % choices.len()].id}})
            }
        }
        (Gen::Choice(_), None) => json!({"valueCoding": {"system": YES_SYSTEM, "code": "no"}}),
        (Gen::Integer(n), _) => json!({"valueInteger": n}),
        (Gen::Boolean(b), _) => json!({"valueBoolean": b}),
        (Gen::Foreign(c), _) => {
            json!({"valueCoding": {"system": "http://example.org/x", "code": c}})
        }
        (Gen::Text(s), _) => json!({"valueString": s}),
    }
}

/// An item: a catalogue question (or a group or unknown id) with answers.
fn gen_item() -> impl Strategy<Value = Value> {
    let n = CATALOGUE.len();
    (0..n + 2, prop::collection::vec(gen_answer(), 0..3)).prop_map(move |(i, answers)| {
        let (id, question) = match i {
            i if i < n => (CATALOGUE[i].id.id(), Some(&CATALOGUE[i])),
            i if i == n => ("group", None),
            _ => ("no_such_question", None),
        };
        let answers: Vec<Value> = answers.iter().map(|a| answer_json(question, a)).collect();
        json!({"linkId": id, "answer": answers})
    })
}

/// Items, some nested under a group item or under an answer.
fn gen_items() -> impl Strategy<Value = Vec<Value>> {
    let tree = gen_item().prop_recursive(3, 16, 3, |inner| {
        (
            gen_item(),
            prop::collection::vec(inner, 1..3),
            any::<bool>(),
        )
            .prop_map(|(mut item, kids, under_answer)| {
                let has_answer = item["answer"].as_array().is_some_and(|a| !a.is_empty());
                if under_answer && has_answer {
                    item["answer"][0]["item"] = Value::Array(kids);
                } else {
                    item["answer"] = json!([]);
                    item["item"] = Value::Array(kids);
                }
                item
            })
    });
    prop::collection::vec(tree, 0..6)
}

/// How a red-flag "yes" is written.
#[derive(Debug, Clone, Copy)]
enum YesForm {
    Valid,
    Boolean,
    ForeignSystem,
}

/// Where it is put.
#[derive(Debug, Clone, Copy)]
enum Place {
    /// At this index of the top-level items.
    Top(usize),
    /// In the nested items of the top-level item at this index (a new group
    /// when there is none).
    Nested(usize),
    /// Under the first answer of the top-level item at this index.
    UnderAnswer(usize),
    /// Twice: at the top, and again (its copy) at the end.
    Duplicate(usize),
}

fn red_flag_questions() -> Vec<&'static Question> {
    CATALOGUE
        .iter()
        .filter(|q| matches!(q.fills, Fills::RedFlag(_)))
        .collect()
}

fn gen_yes() -> impl Strategy<Value = (&'static Question, YesForm, Place)> {
    (
        prop::sample::select(red_flag_questions()),
        prop_oneof![
            6 => Just(YesForm::Valid),
            1 => Just(YesForm::Boolean),
            1 => Just(YesForm::ForeignSystem),
        ],
        prop_oneof![
            (0usize..8).prop_map(Place::Top),
            (0usize..8).prop_map(Place::Nested),
            (0usize..8).prop_map(Place::UnderAnswer),
            (0usize..8).prop_map(Place::Duplicate),
        ],
    )
}

fn place_yes(items: &mut Vec<Value>, (q, form, place): &(&'static Question, YesForm, Place)) {
    let answer = match form {
        YesForm::Valid => {
            json!({"valueCoding": {"system": answer_system(q), "code": "yes", "display": "Yes"}})
        }
        YesForm::Boolean => json!({"valueBoolean": true}),
        YesForm::ForeignSystem => {
            json!({"valueCoding": {"system": "http://loinc.org", "code": "yes"}})
        }
    };
    let yes = item(q.id.id(), vec![answer]);
    let at = |i: usize, items: &Vec<Value>| i % (items.len() + 1);
    match *place {
        Place::Top(i) => {
            let i = at(i, items);
            items.insert(i, yes);
        }
        Place::Nested(i) if !items.is_empty() => {
            let i = i % items.len();
            let parent = &mut items[i];
            match parent.get_mut("item").and_then(Value::as_array_mut) {
                Some(kids) => kids.push(yes),
                None => items.insert(i, json!({"linkId": "group", "item": [yes]})),
            }
        }
        Place::UnderAnswer(i) if !items.is_empty() => {
            let i = i % items.len();
            match items[i]["answer"]
                .as_array_mut()
                .and_then(|a| a.first_mut())
            {
                Some(a) => a["item"] = json!([yes]),
                None => items.push(yes),
            }
        }
        Place::Duplicate(i) => {
            let i = at(i, items);
            items.insert(i, yes.clone());
            items.push(yes);
        }
        _ => items.push(yes),
    }
}

fn gen_response() -> impl Strategy<Value = Value> {
    (
        gen_items(),
        prop::collection::vec(gen_yes(), 1..4),
        prop_oneof![12 => Just("QuestionnaireResponse"), 1 => Just("Patient")],
    )
        .prop_map(|(mut items, yeses, resource_type)| {
            for y in &yeses {
                place_yes(&mut items, y);
            }
            let mut v = response(items);
            v["resourceType"] = json!(resource_type);
            v
        })
}

/// Generated responses checked; the count is in the report of the change.
const CASES: u32 = 4000;

proptest! {
    #![proptest_config(ProptestConfig { cases: CASES, ..ProptestConfig::default() })]

    #[test]
    fn a_readable_yes_is_never_weakened(v in gen_response()) {
        prop_assert!(!oracle::oracle(&v).is_empty());
        invariant(&v);
    }

    /// Good responses with one yes each: read, never refused.
    #[test]
    fn a_good_response_with_a_yes_reads(
        yes in prop::sample::select(red_flag_questions()),
        nested in any::<bool>(),
    ) {
        let mut items = vec![item(yes.id.id(), vec![coding(yes.id, "yes")])];
        if nested {
            items = vec![json!({"linkId": "group", "item": items})];
        }
        let v = response(items);
        prop_assert!(answers_from_response_value(&v).is_ok());
        invariant(&v);
    }
}

#[test]
fn a_yes_after_a_syntax_error_keeps_the_floor() {
    let text = r#"{"resourceType": "QuestionnaireResponse", "status": "completed", "x": NaN,
        "item": [{"linkId": "saddle_numbness", "answer": [{"valueCoding": {"code": "yes"}}]}]}"#;
    let e = answers_from_response_json(text).unwrap_err();
    assert_eq!(e.at_least(), Some(Disposition::Emergency), "{e}");
    let e = next_question_json(text, TriagePolicy::SelfCheck).unwrap_err();
    assert_eq!(e.at_least(), Some(Disposition::Emergency), "{e}");
}
