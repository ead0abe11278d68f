//! The FHIR round trip: every conformance vector, as a QuestionnaireResponse
//! read back into answers, triages exactly as the vector expects; random
//! answer sets survive the round trip; the adaptive next question walks the
//! interview as the core does.

use std::collections::BTreeSet;

use piriformis_core::interview::{
    AnswerKind, AnswerValue, Answers, CATALOGUE, QuestionView, Reply, Step, next_step_with,
};
use piriformis_core::triage::{TriagePolicy, triage_with};
use piriformis_core::{Assessment, Vocabulary};
use piriformis_fhir::guidance::answers_for;
use piriformis_fhir::{
    QuestionnaireResponse, answers_from_response, assessment_from_response, next_question,
    response_from_answers,
};
use proptest::prelude::*;
use serde_json::Value;

fn via_fhir(answers: &Answers, policy: TriagePolicy) -> Answers {
    let qr = response_from_answers(answers, policy).unwrap();
    let text = serde_json::to_string(&qr).unwrap();
    let back: QuestionnaireResponse = serde_json::from_str(&text).unwrap();
    answers_from_response(&back).unwrap()
}

fn strs(v: &Value) -> Vec<&str> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap())
        .collect()
}

#[test]
fn every_vector_triages_the_same_through_a_questionnaire_response() {
    let doc: Value =
        serde_json::from_str(include_str!("../../../tests/vectors/triage.json")).unwrap();
    let mut checked = 0;
    let mut failures = Vec::new();
    for case in doc["cases"].as_array().unwrap() {
        let Some(e) = case.get("expect") else {
            continue; // an input error: there is no result to compare
        };
        let name = case["name"].as_str().unwrap();
        let policy = case["policy"]
            .as_str()
            .map_or(TriagePolicy::SelfCheck, |p| {
                TriagePolicy::from_id(p).unwrap()
            });
        let a = Assessment::from_json(&case["input"].to_string()).unwrap();
        // The questions cannot say "no leg is involved" while a nerve sign is
        // "not sure" (the legs are read from the signs): such a case is the
        // JSON assessment's only.
        let unknown_sign = [a.nerve.numbness, a.nerve.tingling, a.nerve.weakness]
            .contains(&piriformis_core::NerveStatus::Unknown);
        if a.nerve.legs == piriformis_core::Legs::Neither && unknown_sign {
            continue;
        }
        let qr = response_from_answers(&answers_for(&a), policy).unwrap();
        let back: QuestionnaireResponse =
            serde_json::from_str(&serde_json::to_string(&qr).unwrap()).unwrap();
        let read = assessment_from_response(&back).map_err(|e| e.to_string());
        let r = match read.and_then(|b| triage_with(&b, policy).map_err(|e| e.to_string())) {
            Ok(r) => r,
            Err(err) => {
                failures.push(format!("{name}: {err}"));
                continue;
            }
        };
        let mut problems = Vec::new();
        if r.disposition.id() != e["disposition"] {
            problems.push(format!("disposition {}", r.disposition));
        }
        let fired: BTreeSet<&str> = r.fired.iter().map(|f| f.id.id()).collect();
        if fired != strs(&e["fired"]).into_iter().collect() {
            problems.push(format!("fired {fired:?}"));
        }
        if e["provisional"] != r.provisional {
            problems.push(format!("provisional {}", r.provisional));
        }
        if let Some(s) = e.get("likely_source") {
            if r.likely_source.verdict.id() != s {
                problems.push(format!("likely_source {}", r.likely_source.verdict));
            }
        }
        if let Some(cs) = e.get("cautions_include") {
            for c in strs(cs) {
                if !r.cautions.iter().any(|n| n.id.id() == c) {
                    problems.push(format!("missing caution {c}"));
                }
            }
        }
        if let Some(u) = e.get("unanswered") {
            let got: Vec<&str> = r.unanswered.iter().map(|f| f.id()).collect();
            if got != strs(u) {
                problems.push(format!("unanswered {got:?}"));
            }
        }
        if !problems.is_empty() {
            failures.push(format!("{name}: {}", problems.join("; ")));
        }
        checked += 1;
    }
    assert!(checked >= 100, "only {checked} vectors with a result");
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Any valid answer to each question, or none.
fn answers() -> impl Strategy<Value = Answers> {
    let per_question: Vec<_> = CATALOGUE
        .iter()
        .map(|q| {
            let choices: Vec<String> = q.choices().into_iter().map(|c| c.id).collect();
            let n = choices.len();
            let value: BoxedStrategy<AnswerValue> = match q.kind {
                AnswerKind::Scale0To10 => (0u8..=10)
                    .prop_map(|x| AnswerValue::Number(x.into()))
                    .boxed(),
                AnswerKind::Weeks => (0u16..=520)
                    .prop_map(|x| AnswerValue::Number(x.into()))
                    .boxed(),
                AnswerKind::Years => (0u8..=120)
                    .prop_map(|x| AnswerValue::Number(x.into()))
                    .boxed(),
                AnswerKind::SeveralOf => proptest::sample::subsequence(choices, 1..=n)
                    .prop_map(AnswerValue::Choices)
                    .boxed(),
                _ => proptest::sample::select(choices)
                    .prop_map(AnswerValue::Choice)
                    .boxed(),
            };
            proptest::option::of(value).prop_map(move |v| (q.id, v))
        })
        .collect();
    per_question.prop_map(|pairs| {
        pairs
            .into_iter()
            .filter_map(|(id, v)| v.map(|v| (id, v)))
            .collect()
    })
}

proptest! {
    #[test]
    fn answers_survive_the_round_trip(a in answers()) {
        // The core keeps each list in its vocabulary's order.
        let normal: Answers = a
            .iter()
            .map(|(&q, v)| (q, Reply::read(q, v).unwrap().to_value()))
            .collect();
        prop_assert_eq!(via_fhir(&a, TriagePolicy::SelfCheck), normal);
    }
}

#[test]
fn none_of_a_several_of_question_survives_before_later_answers() {
    let mut a = Answers::new();
    let several = CATALOGUE
        .iter()
        .find(|q| q.kind == AnswerKind::SeveralOf)
        .unwrap();
    let later = CATALOGUE
        .iter()
        .rev()
        .find(|q| q.kind == AnswerKind::YesNo)
        .unwrap();
    a.insert(several.id, AnswerValue::Choices(vec![]));
    a.insert(later.id, AnswerValue::Choice("no".into()));
    assert_eq!(via_fhir(&a, TriagePolicy::SelfCheck), a);
}

#[test]
fn a_bad_code_or_unknown_question_is_refused() {
    let mut a = Answers::new();
    a.insert(CATALOGUE[0].id, AnswerValue::Choice("yes".into()));
    let qr = response_from_answers(&a, TriagePolicy::SelfCheck).unwrap();
    let mut bad = qr.clone();
    bad.item[0].link_id = "no_such_question".into();
    assert!(answers_from_response(&bad).is_err());
    let mut bad = qr.clone();
    bad.item[0].answer[0].value_coding.as_mut().unwrap().code = Some("maybe".into());
    assert!(answers_from_response(&bad).is_err());
    let mut bad = qr;
    bad.item[0].answer[0].value_coding.as_mut().unwrap().system = Some("http://example.org".into());
    assert!(answers_from_response(&bad).is_err());
}

/// Walks the interview with `pick` answering, both through FHIR and the core.
fn walk(policy: TriagePolicy, pick: impl Fn(&QuestionView) -> AnswerValue) {
    let mut qr = response_from_answers(&Answers::new(), policy).unwrap();
    let mut answers = Answers::new();
    for _ in 0..=CATALOGUE.len() * 2 {
        let next = next_question(&qr, policy).unwrap();
        match next_step_with(&answers, policy).unwrap() {
            // A form cannot ask again ("still not sure" is not among its
            // answers): the FHIR interview ends there.
            Step::Ask { question, .. } if question.again => {
                assert_eq!(next.status, "completed");
                return;
            }
            Step::Ask { question, .. } => {
                assert_eq!(next.status, "in-progress");
                let last = next.item.last().unwrap();
                assert_eq!(last.link_id, question.id.id());
                assert!(last.answer.is_empty());
                answers.insert(question.id, pick(&question));
                qr = response_from_answers(&answers, policy).unwrap();
            }
            Step::Done { .. } => {
                assert_eq!(next.status, "completed");
                assert_eq!(answers_from_response(&next).unwrap(), answers);
                return;
            }
        }
    }
    panic!("the interview did not end");
}

#[test]
fn next_question_follows_the_core_interview() {
    for policy in TriagePolicy::ALL.iter().copied() {
        // First choice everywhere ("yes": stops early), last choice ("not sure"), numbers at 1.
        for first in [true, false] {
            walk(policy, |q| match q.kind {
                AnswerKind::Scale0To10 | AnswerKind::Weeks | AnswerKind::Years => {
                    AnswerValue::Number(1.0)
                }
                AnswerKind::SeveralOf => AnswerValue::Choices(vec![q.choices[0].id.clone()]),
                _ => {
                    let c = &q.choices;
                    AnswerValue::Choice(if first {
                        c[0].id.clone()
                    } else {
                        c[c.len() - 1].id.clone()
                    })
                }
            });
        }
    }
}
