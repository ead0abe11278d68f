//! One invariant on every Rust text entry point (issue 29): for any input in
//! which a red flag is answered "present" (or "yes") where a reader can see
//! it, the outcome is a result at or above that flag's own tier under the
//! policy asked for, or an error whose `at_least` is at least that tier.
//!
//! The oracle is the test's own: it plants the flag in a generated document,
//! then breaks the document in the ways real callers do (NaN, a byte-order
//! mark, comments, trailing commas, a repeated key, a lone surrogate, a bad
//! value, a contradiction, text after the end, a cut-off end after the flag,
//! hundreds of keys, a document over the size limit). It never asks the
//! salvage code which flags it found.

use piriformis_core::input::MAX_DOCUMENT_BYTES;
use piriformis_core::interview::{
    AnswerValue, Answers, QuestionId, answers_from_json, answers_from_json_lenient, assessment_from,
};
use piriformis_core::routine::{RoutineRequest, build_routine};
use piriformis_core::triage::{FiredRule, NerveSign, RuleId, TriagePolicy, floor, triage_with};
use piriformis_core::*;
use proptest::prelude::*;
use proptest::sample::select;
use serde_json::{Map, Value, json};

/// The red flags that have a rule of their own (follow-ups only qualify others).
fn plantable() -> Vec<RedFlag> {
    RedFlag::ALL
        .iter()
        .copied()
        .filter(|f| f.parents().is_empty())
        .collect()
}

/// How a document is broken. Every kind leaves the planted answer readable.
#[derive(Debug, Clone, Copy)]
enum Break {
    None,
    NanBefore,
    Bom,
    CommentBefore,
    TrailingComma,
    RepeatedKey,
    LoneSurrogate,
    BadValue,
    TrailingText,
    CutAfter,
    ManyKeys,
    OverSize,
}

fn breaks() -> impl Strategy<Value = Break> {
    prop_oneof![
        3 => Just(Break::None),
        2 => Just(Break::NanBefore),
        2 => Just(Break::Bom),
        2 => Just(Break::CommentBefore),
        2 => Just(Break::TrailingComma),
        2 => Just(Break::RepeatedKey),
        2 => Just(Break::LoneSurrogate),
        2 => Just(Break::BadValue),
        2 => Just(Break::TrailingText),
        2 => Just(Break::CutAfter),
        1 => Just(Break::ManyKeys),
        1 => Just(Break::OverSize),
    ]
}

/// Renders `doc` (an object holding `inner`, the object the planted
/// `"key": "value"` pair goes into, or the top level when `inner` is None)
/// as text broken by `how`. The planted pair is written last in its object.
fn render(
    doc: &Map<String, Value>,
    inner: Option<&str>,
    key: &str,
    value: &str,
    how: Break,
) -> String {
    let members = |m: &Map<String, Value>| -> Vec<String> {
        m.iter()
            .map(|(k, v)| format!("{}: {}", Value::from(k.as_str()), v))
            .collect()
    };
    let planted = format!("\"{key}\": \"{value}\"");
    let mut extra_inner: Vec<String> = Vec::new();
    let mut extra_top: Vec<String> = Vec::new();
    match how {
        Break::NanBefore => extra_top.push("\"pain_now\": NaN".into()),
        Break::LoneSurrogate => extra_top.push("\"side\": \"\\ud800\"".into()),
        Break::BadValue => extra_top.push("\"pain_now\": 11".into()),
        Break::RepeatedKey => extra_inner.push(format!("\"{key}\": \"absent\"")),
        Break::ManyKeys => extra_inner.extend((0..300).map(|i| format!("\"x{i}\": \"absent\""))),
        Break::OverSize => {
            extra_top.push(format!("\"note\": \"{}\"", "n".repeat(MAX_DOCUMENT_BYTES)))
        }
        _ => {}
    }
    let comment = if matches!(how, Break::CommentBefore) {
        "/* saved by hand */ "
    } else {
        ""
    };
    let trailing = if matches!(how, Break::TrailingComma) {
        ","
    } else {
        ""
    };
    let text = match inner {
        Some(name) => {
            let inner_members = doc
                .get(name)
                .and_then(Value::as_object)
                .map(members)
                .unwrap_or_default();
            let mut top: Vec<String> = extra_top;
            top.extend(
                members(doc)
                    .into_iter()
                    .filter(|m| !m.starts_with(&format!("\"{name}\""))),
            );
            let mut i = extra_inner;
            i.extend(inner_members);
            i.push(planted.clone());
            top.push(format!(
                "\"{name}\": {{{comment}{}{trailing}}}",
                i.join(", ")
            ));
            format!("{{{}}}", top.join(", "))
        }
        None => {
            let mut top: Vec<String> = extra_top;
            top.extend(members(doc));
            top.extend(extra_inner);
            top.push(planted.clone());
            format!("{{{comment}{}{trailing}}}", top.join(", "))
        }
    };
    match how {
        Break::Bom => format!("\u{feff}{text}"),
        Break::TrailingText => format!("{text} {{\"{key}\": \"absent\"}}"),
        Break::CutAfter => {
            let end = text.rfind(&planted).unwrap() + planted.len();
            text[..end].to_string()
        }
        _ => text,
    }
}

/// The outcome holds the floor of `flag` under `policy`: a result at or
/// above its tier, or an error whose `at_least` is.
fn holds_floor<T>(
    outcome: Result<T>,
    tier: Disposition,
    disposition: impl Fn(T) -> Result<Disposition>,
) -> std::result::Result<(), String> {
    match outcome.and_then(disposition) {
        Ok(d) if d >= tier => Ok(()),
        Ok(d) => Err(format!("result {d} below {tier}")),
        Err(e) if e.at_least().is_some_and(|d| d >= tier) => Ok(()),
        // A flag that gives nothing alone (a strenuous lift, before age is
        // known) has no floor to keep.
        Err(_) if tier == Disposition::SelfCare => Ok(()),
        Err(e) => Err(format!("error without a floor of {tier}: {e}")),
    }
}

prop_compose! {
    /// A plausible assessment document without red flags: some fields, some
    /// main red flags answered "absent" (a follow-up's "no" would lower the
    /// tier its parent gives alone, which is what the floor assumes unknown).
    fn assessment_doc()(
        pain in proptest::option::of(0u8..=10),
        side in proptest::option::of(select(Side::ALL.to_vec())),
        regions in proptest::sample::subsequence(BodyRegion::ALL.to_vec(), 0..3),
        absent in proptest::sample::subsequence(plantable(), 0..plantable().len()),
        legs in select(Legs::ALL.to_vec()),
    ) -> Map<String, Value> {
        let mut doc = Map::new();
        if let Some(p) = pain { doc.insert("pain_now".into(), json!(p)); }
        if let Some(s) = side { doc.insert("side".into(), json!(s.id())); }
        doc.insert("pain_regions".into(), json!(regions.iter().map(|r| r.id()).collect::<Vec<_>>()));
        doc.insert("nerve".into(), json!({"legs": legs.id()}));
        let flags: Map<String, Value> = absent.iter().map(|f| (f.id().to_string(), json!("absent"))).collect();
        doc.insert("red_flags".into(), Value::Object(flags));
        doc
    }
}

prop_compose! {
    /// A plausible document of interview answers without a "yes".
    fn answers_doc()(
        pain in proptest::option::of(0u8..=10),
        no in proptest::sample::subsequence(plantable(), 0..plantable().len()),
        saved in any::<bool>(),
    ) -> (Map<String, Value>, bool) {
        let mut doc = Map::new();
        if let Some(p) = pain { doc.insert("pain_now".into(), json!(p)); }
        for f in no { doc.insert(f.id().to_string(), json!("no")); }
        (doc, saved)
    }
}

fn policy() -> impl Strategy<Value = TriagePolicy> {
    select(TriagePolicy::ALL.to_vec())
}

/// Renders answers, bare or saved (`{"catalogue_version": 1, "answers": {...}}`).
fn answers_text(doc: &Map<String, Value>, saved: bool, flag: RedFlag, how: Break) -> String {
    if saved {
        let mut top = Map::new();
        top.insert("catalogue_version".into(), json!(1));
        top.insert("answers".into(), Value::Object(doc.clone()));
        render(&top, Some("answers"), flag.id(), "yes", how)
    } else {
        render(doc, None, flag.id(), "yes", how)
    }
}

fn answers_disposition(policy: TriagePolicy) -> impl Fn(Answers) -> Result<Disposition> {
    move |answers| Ok(triage_with(&assessment_from(&answers)?, policy)?.disposition)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// `Assessment::from_json`, then triage under either policy.
    #[test]
    fn assessment_text_keeps_the_floor(
        doc in assessment_doc(), flag in select(plantable()), how in breaks(), policy in policy(),
    ) {
        let text = render(&doc, Some("red_flags"), flag.id(), "present", how);
        let tier = flag.tier_under(policy);
        let outcome = Assessment::from_json(&text);
        let r = holds_floor(outcome, tier, |a| Ok(triage_with(&a, policy)?.disposition));
        prop_assert!(r.is_ok(), "{flag} {how:?}: {:?}\n{}", r, &text[..text.len().min(400)]);
    }

    /// `answers_from_json`, strict, bare or saved.
    #[test]
    fn answers_text_keeps_the_floor(
        (doc, saved) in answers_doc(), flag in select(plantable()), how in breaks(), policy in policy(),
    ) {
        let text = answers_text(&doc, saved, flag, how);
        let r = holds_floor(answers_from_json(&text), flag.tier_under(policy), answers_disposition(policy));
        prop_assert!(r.is_ok(), "{flag} {how:?}: {:?}\n{}", r, &text[..text.len().min(400)]);
    }

    /// `answers_from_json_lenient`: a save it cannot read keeps the floor like
    /// the strict reader; one it reads keeps the planted "yes".
    #[test]
    fn saved_answers_keep_the_floor(
        (doc, saved) in answers_doc(), flag in select(plantable()), how in breaks(), policy in policy(),
    ) {
        let text = answers_text(&doc, saved, flag, how);
        let r = holds_floor(
            answers_from_json_lenient(&text).map(|r| r.answers),
            flag.tier_under(policy),
            answers_disposition(policy),
        );
        prop_assert!(r.is_ok(), "{flag} {how:?}: {:?}\n{}", r, &text[..text.len().min(400)]);
    }

    /// The floor of a policy is what triage gives under that policy when the
    /// flags are present and every other flag is "no", and never more than
    /// triage gives for any assessment holding those flags.
    #[test]
    fn the_floor_of_a_policy_is_that_policys(
        present in proptest::sample::subsequence(plantable(), 0..4),
        policy in policy(),
        doc in assessment_doc(),
    ) {
        let mut a = Assessment { nerve: NerveSymptoms::NONE, ..Assessment::default() };
        // Every main question "no"; a follow-up not answered.
        for &f in RedFlag::ALL.iter().filter(|f| f.parents().is_empty()) {
            a.red_flags.insert(f, Answer::Absent);
        }
        for &f in &present {
            a.red_flags.insert(f, Answer::Present);
        }
        if present.contains(&RedFlag::BothLegs) {
            a.nerve.legs = Legs::Both;
        }
        let d = triage_with(&a, policy).unwrap().disposition;
        prop_assert_eq!(floor(present.iter().copied(), policy), (d > Disposition::SelfCare).then_some(d));
        // Any valid assessment with these flags present gets at least the floor.
        let text = serde_json::to_string(&Value::Object(doc)).unwrap();
        if let Ok(mut b) = Assessment::from_json(&text) {
            for &f in &present {
                b.red_flags.insert(f, Answer::Present);
            }
            if let Ok(r) = triage_with(&b, policy) {
                let at_least = floor(b.present_flags(), policy).unwrap_or(Disposition::SelfCare);
                prop_assert!(r.disposition >= at_least, "{} < {}", r.disposition, at_least);
            }
        }
    }
}

#[test]
fn a_document_over_the_limit_keeps_the_floor_of_its_first_4_mib() {
    let pad = "n".repeat(3 * MAX_DOCUMENT_BYTES);
    let text = format!(r#"{{"note": "{pad}", "red_flags": {{"saddle_numbness": "present"}}}}"#);
    let e = Assessment::from_json(&text).unwrap_err();
    assert_eq!(e.at_least(), Some(Disposition::Emergency), "{e}");
    let answers = format!(r#"{{"note": "{pad}", "saddle_numbness": "yes"}}"#);
    assert_eq!(
        answers_from_json(&answers).unwrap_err().at_least(),
        Some(Disposition::Emergency)
    );
    assert_eq!(
        answers_from_json_lenient(&answers).unwrap_err().at_least(),
        Some(Disposition::Emergency)
    );
}

#[test]
fn lenient_saves_keep_the_floor_like_strict_ones() {
    for text in [
        r#"{"catalogue_version": 1, "answers": {"saddle_numbness": "yes", "pain_now": 4"#,
        r#"{"catalogue_version": 1, "answers": {"saddle_numbness": "yes", "saddle_numbness": "no"}}"#,
        r#"{"catalogue_version": 1, "answers": {"pain_now": NaN, "saddle_numbness": "yes"}}"#,
        r#"{"catalogue_version": 1, "answers": {"saddle_numbness": "yes"}} and more"#,
    ] {
        let strict = answers_from_json(text).unwrap_err();
        let lenient = answers_from_json_lenient(text).unwrap_err();
        assert_eq!(strict.at_least(), Some(Disposition::Emergency), "{text}");
        assert_eq!(lenient.at_least(), strict.at_least(), "{text}");
    }
}

#[test]
fn an_explicit_unknown_to_both_legs_stays_open() {
    let a = Assessment::from_json(
        r#"{"nerve": {"legs": "one", "numbness": "absent", "tingling": "absent", "weakness": "absent"},
            "red_flags": {"both_legs": "unknown"}}"#,
    )
    .unwrap();
    assert_eq!(a.red_flag(RedFlag::BothLegs), Answer::Unknown);
    let r = triage(&a).unwrap();
    assert!(
        r.provisional && r.unanswered.contains(&RedFlag::BothLegs),
        "{r}"
    );
    assert!(r.disposition >= Disposition::Urgent);
}

#[test]
fn not_sure_about_a_nerve_sign_is_open_never_no() {
    let mut a = Assessment::from_json(
        r#"{"nerve": {"legs": "one", "numbness": "absent", "tingling": "absent", "weakness": "unknown"}}"#,
    )
    .unwrap();
    for &f in RedFlag::ALL {
        a.red_flags.insert(f, Answer::Absent);
    }
    let r = triage(&a).unwrap();
    assert!(r.provisional, "{r}");
    assert_eq!(r.unanswered_nerve, [NerveSign::Weakness]);
    assert!(r.disposition >= Disposition::SeeClinician, "{r}");
    assert!(r.to_string().contains(NerveSign::Weakness.question()));
    // Answered "no", it is closed.
    a.nerve.weakness = NerveStatus::Absent;
    let r = triage(&a).unwrap();
    assert!(!r.provisional && r.unanswered_nerve.is_empty(), "{r}");
    assert_eq!(r.disposition, Disposition::SelfCare);
}

#[test]
fn a_routine_re_checks_the_triage_it_is_given() {
    let mut a = Assessment::default();
    for &f in RedFlag::ALL {
        a.red_flags.insert(f, Answer::Absent);
    }
    a.nerve = NerveSymptoms::NONE;
    let mut t = triage(&a).unwrap();
    assert_eq!(t.disposition, Disposition::SelfCare);
    // An emergency rule put in front of a self-care result.
    let rule = RuleId::CaudaEquinaRecent.rule();
    t.fired.insert(
        0,
        FiredRule {
            id: rule.id,
            pathway: rule.pathway,
            disposition: Disposition::SelfCare,
            text: rule.text.into(),
            sources: Vec::new().into(),
        },
    );
    let req = RoutineRequest {
        side: Side::Right,
        phase: Phase::ChronicTightness,
        equipment: vec![],
        minutes: 15,
        nerve_symptoms: false,
        trend: None,
        triage: Some(std::borrow::Cow::Owned(t.clone())),
    };
    match build_routine(&req) {
        Err(Error::CareNeededFirst { disposition, why }) => {
            assert_eq!(disposition, Disposition::Emergency);
            assert!(why.contains(rule.text), "{why}");
        }
        other => panic!("a forged triage gave {other:?}"),
    }
    // The same through JSON, as an app would store it.
    let json = serde_json::to_string(&json!({
        "side": "right", "phase": "chronic_tightness", "minutes": 15, "triage": t,
    }))
    .unwrap();
    let req = RoutineRequest::from_json(&json).unwrap();
    assert!(matches!(
        build_routine(&req),
        Err(Error::CareNeededFirst {
            disposition: Disposition::Emergency,
            ..
        })
    ));
    // The plan built from it is care first too.
    let plan = piriformis_core::routine::todays_request(
        &a,
        &t,
        &piriformis_core::routine::PlanOptions::default(),
    )
    .unwrap();
    assert!(!plan.allows_self_care());
}

#[test]
fn a_follow_up_yes_against_its_parents_no_is_a_contradiction() {
    let e = Assessment::from_json(
        r#"{"red_flags": {"immunosuppression": "absent", "recent_chemotherapy": "present", "saddle_numbness": "present"}}"#,
    )
    .unwrap_err();
    assert!(matches!(e.inner(), Error::Contradiction { .. }), "{e:?}");
    assert_eq!(e.field(), Some("red_flags.recent_chemotherapy"));
    assert!(e.to_string().contains("red_flags.immunosuppression"));
    // The floor of the other "yes" stays.
    assert_eq!(e.at_least(), Some(Disposition::Emergency));
    // Through the interview too.
    let mut answers = Answers::new();
    answers.insert(
        QuestionId::Immunosuppression,
        AnswerValue::Choice("no".into()),
    );
    answers.insert(
        QuestionId::RecentChemotherapy,
        AnswerValue::Choice("yes".into()),
    );
    answers.insert(
        QuestionId::SaddleNumbness,
        AnswerValue::Choice("yes".into()),
    );
    let e = piriformis_core::interview::next_step(&answers).unwrap_err();
    assert!(matches!(e.inner(), Error::Contradiction { .. }), "{e:?}");
    assert_eq!(e.at_least(), Some(Disposition::Emergency));
}

#[test]
fn broken_text_of_every_kind_keeps_the_floor() {
    for text in [
        // A document wrapped in a list.
        r#"[{"red_flags": {"saddle_numbness": "present"}}]"#,
        // Curly quotes, as a phone or a word processor writes them.
        "{\u{201c}red_flags\u{201d}: {\u{201c}saddle_numbness\u{201d}: \u{201c}present\u{201d}}}",
        // No quotes at all.
        "{red_flags: {saddle_numbness: present}}",
        // A stray backslash at the end of a string, on the line before.
        "{\"notes\": \"C:\\\",\n \"red_flags\": {\"saddle_numbness\": \"present\"}}",
    ] {
        let e = Assessment::from_json(text).unwrap_err();
        assert_eq!(e.at_least(), Some(Disposition::Emergency), "{text}: {e}");
    }
    // Answers likewise.
    let e =
        answers_from_json("[{\u{201c}saddle_numbness\u{201d}: \u{201c}yes\u{201d}}]").unwrap_err();
    assert_eq!(e.at_least(), Some(Disposition::Emergency), "{e}");
}
