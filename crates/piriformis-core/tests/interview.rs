//! Interview: order, early stop, termination, follow-ups and checks.

use piriformis_core::interview::{
    AnswerKind, AnswerValue, Answers, CATALOGUE, EnableWhen, Fills, QuestionId, QuestionView, Step,
    catalogue, next_step, next_step_with, questions_of,
};
use piriformis_core::{Answer, Disposition, Error, RedFlag, Vocabulary};
use proptest::prelude::*;

#[test]
fn catalogue_lists_every_question_once_in_order() {
    assert_eq!(CATALOGUE.len(), QuestionId::ALL.len());
    for (i, q) in CATALOGUE.iter().enumerate() {
        assert_eq!(q.id as usize, i);
        assert_eq!(q.id.question().id, q.id);
    }
    // A red-flag question has the red flag's own id and tier.
    for q in CATALOGUE {
        if let piriformis_core::interview::Fills::RedFlag(f) = q.fills {
            assert_eq!(q.id.id(), f.id());
            assert_eq!(q.tier, f.tier());
        }
    }
    // Tiers never rise along the catalogue's emergency and urgent prefix.
    let first_non_emergency = CATALOGUE
        .iter()
        .position(|q| q.tier != Disposition::Emergency)
        .unwrap();
    assert!(
        CATALOGUE[first_non_emergency..]
            .iter()
            .all(|q| q.tier != Disposition::Emergency)
    );
    let json = serde_json::to_string(&catalogue()).unwrap();
    let back: Vec<QuestionView> = serde_json::from_str(&json).unwrap();
    assert_eq!(back.len(), CATALOGUE.len());
}

fn answer_for(q: &QuestionView, pick: usize) -> AnswerValue {
    match q.kind {
        AnswerKind::YesNo | AnswerKind::OneOf => {
            AnswerValue::Choice(q.choices[pick % q.choices.len()].id.clone())
        }
        AnswerKind::SeveralOf => AnswerValue::Choices(
            q.choices
                .iter()
                .enumerate()
                .filter(|(i, _)| (pick >> i) & 1 == 1)
                .map(|(_, c)| c.id.clone())
                .collect(),
        ),
        AnswerKind::Scale0To10 => AnswerValue::Number((pick % 11) as f64),
        AnswerKind::Weeks => AnswerValue::Number((pick % 9) as f64),
        AnswerKind::Years => AnswerValue::Number((15 + pick % 70) as f64),
        other => unreachable!("an answer kind this test does not know: {other:?}"),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn every_path_is_safe_and_finite(picks in proptest::collection::vec(any::<usize>(), CATALOGUE.len() * 2)) {
        let mut answers = Answers::new();
        let mut asked_tiers = Vec::new();
        let mut asked_again = false;
        let mut picks = picks.into_iter();
        for _ in 0..=CATALOGUE.len() * 2 {
            match next_step(&answers) {
                Ok(Step::Ask { question, progress }) => {
                    // A question comes again only after "not sure", once.
                    prop_assert!(
                        !answers.contains_key(&question.id)
                            || (question.again && answers[&question.id] == AnswerValue::Choice("not_sure".into())),
                        "{:?} asked twice", question.id
                    );
                    prop_assert!(progress.remaining_at_most >= 1);
                    let may_come_again = CATALOGUE.iter().filter(|q| q.check_again().is_some()).count();
                    prop_assert!(usize::from(progress.asked + progress.remaining_at_most) <= CATALOGUE.len() + may_come_again);
                    // Questions asked again, and their follow-ups, come at the end.
                    asked_again |= question.again;
                    if !asked_again {
                        asked_tiers.push(question.tier);
                    }
                    let a = answer_for(&question, picks.next().unwrap_or(1));
                    // Once a question has been asked again the interview is at its
                    // end (a follow-up of that answer may still come): nothing is
                    // left to stop early from, so the check below is for first asks.
                    let emergency_yes = !asked_again && question.tier == Disposition::Emergency && a == AnswerValue::Choice("yes".into());
                    answers.insert(question.id, a);
                    if emergency_yes {
                        // Only the follow-up of that answer (when a cauda
                        // equina sign began) may come first; "not sure" keeps
                        // it an emergency, then the interview ends.
                        for _ in 0..2 {
                            match next_step(&answers).unwrap() {
                                Step::Done { triage, stopped_early, .. } => {
                                    prop_assert!(stopped_early);
                                    prop_assert_eq!(triage.disposition, Disposition::Emergency);
                                    break;
                                }
                                Step::Ask { question, .. } => {
                                    prop_assert_eq!(question.id, QuestionId::CaudaEquinaSignsRecent);
                                    answers.insert(question.id, AnswerValue::Choice("not_sure".into()));
                                }
                            }
                        }
                        let done = matches!(next_step(&answers).unwrap(), Step::Done { .. });
                        prop_assert!(done, "the interview goes on after an emergency");
                        break;
                    }
                }
                Ok(Step::Done { triage, stopped_early, not_asked, .. }) => {
                    // It ends early only when urgent or more and no answer
                    // left could raise it; it says what it did not ask.
                    if stopped_early {
                        prop_assert!(triage.disposition >= Disposition::Urgent, "{}", triage.disposition);
                        prop_assert!(!not_asked.is_empty());
                    } else {
                        prop_assert!(not_asked.is_empty());
                    }
                    break;
                }
                Err(e) if matches!(e.inner(), Error::Contradiction { .. }) => {
                    // Contradicting answers are reported, never a panic: change the last one.
                    answers.remove(&QuestionId::PainNow);
                    answers.insert(QuestionId::PainNow, AnswerValue::Number(5.0));
                }
                Err(e) => prop_assert!(false, "unexpected error {e}"),
            }
        }
        prop_assert!(asked_tiers.len() <= CATALOGUE.len());
        // Emergency questions come before all others (asked again at the end aside).
        if let Some(first_other) = asked_tiers.iter().position(|t| *t != Disposition::Emergency) {
            prop_assert!(asked_tiers[first_other..].iter().all(|t| *t != Disposition::Emergency));
        }
    }
}

#[test]
fn not_sure_is_allowed_and_shows_as_unanswered() {
    let mut answers = Answers::new();
    loop {
        match next_step(&answers).unwrap() {
            Step::Ask { question, .. } => {
                let v = match question.kind {
                    AnswerKind::YesNo => AnswerValue::Choice(
                        if question.id == QuestionId::Fever {
                            "not_sure"
                        } else {
                            "no"
                        }
                        .into(),
                    ),
                    AnswerKind::OneOf => AnswerValue::Choice(question.choices[0].id.clone()),
                    AnswerKind::SeveralOf => AnswerValue::Choices(vec![]),
                    _ => AnswerValue::Number(3.0),
                };
                answers.insert(question.id, v);
            }
            Step::Done { triage, .. } => {
                assert_eq!(triage.unanswered, vec![piriformis_core::RedFlag::Fever]);
                assert!(triage.provisional);
                assert!(triage.disposition >= Disposition::SeeClinician);
                break;
            }
        }
    }
}

#[test]
fn bad_answers_are_typed_errors() {
    let mut a = Answers::new();
    a.insert(QuestionId::PainNow, AnswerValue::Number(11.0));
    let e = next_step(&a).unwrap_err();
    assert_eq!(e.field(), Some("answers.pain_now"));
    let mut a = Answers::new();
    a.insert(QuestionId::Side, AnswerValue::Choice("up".into()));
    let e = next_step(&a).unwrap_err();
    assert!(e.to_string().contains("left, right, both"), "{e}");
    let e = piriformis_core::interview::answers_from_json(r#"{"no_such_question": "yes"}"#)
        .unwrap_err();
    assert!(e.to_string().contains("no_such_question"), "{e}");
}

#[test]
fn skipped_when_irrelevant() {
    let mut a = Answers::new();
    for q in CATALOGUE
        .iter()
        .take_while(|q| q.id != QuestionId::SelfCareWeeks)
    {
        let v = answer_for(&q.view(), 1);
        let v = if q.kind == AnswerKind::YesNo {
            AnswerValue::Choice("no".into())
        } else {
            v
        };
        a.insert(q.id, v);
    }
    a.insert(QuestionId::SelfCareWeeks, AnswerValue::Number(0.0));
    match next_step(&a).unwrap() {
        Step::Ask { question, .. } => assert_eq!(
            question.id,
            QuestionId::KeepsComingBack,
            "self_care_helped is skipped after 0 weeks"
        ),
        Step::Done { .. } => panic!("keeps_coming_back still to ask"),
    }
}

#[test]
fn a_contradiction_is_reported_when_its_second_answer_is_given() {
    // "Severe or constant pain: yes", then pain 0 before the end of the interview.
    let mut answers = Answers::new();
    answers.insert(
        QuestionId::SevereOrConstantPain,
        AnswerValue::Choice("yes".into()),
    );
    answers.insert(QuestionId::PainNow, AnswerValue::Number(0.0));
    let e = next_step(&answers).unwrap_err();
    match e.inner() {
        Error::Contradiction { field, other, .. } => {
            // The later question is the one to ask again; both are named as questions.
            assert_eq!(field, "answers.pain_now");
            assert_eq!(other, "answers.severe_or_constant_pain");
        }
        other => panic!("expected a contradiction, got {other:?}"),
    }
    // The "yes" to severe or constant pain is not lost: it still needs a clinician.
    assert_eq!(e.at_least(), Some(Disposition::SeeClinician));
    // Taking the last answer back lets the interview go on.
    answers.remove(&QuestionId::PainNow);
    assert!(matches!(next_step(&answers), Ok(Step::Ask { .. })));
}

#[test]
fn answers_to_disabled_questions_are_still_checked() {
    // Self-care helped is asked only after 1+ weeks of self-care; with 0 weeks
    // its answer is ignored, but a bad value is still an error.
    let mut answers = Answers::new();
    answers.insert(QuestionId::SelfCareWeeks, AnswerValue::Number(0.0));
    answers.insert(
        QuestionId::SelfCareHelped,
        AnswerValue::Choice("maybe".into()),
    );
    let e = next_step(&answers).unwrap_err();
    assert_eq!(e.field(), Some("answers.self_care_helped"), "{e}");
    answers.insert(
        QuestionId::SelfCareHelped,
        AnswerValue::Choice("yes".into()),
    );
    let a = piriformis_core::interview::assessment_from(&answers).unwrap();
    assert_eq!(
        a.self_care_helped,
        Answer::Unknown,
        "ignored while disabled"
    );
    // A follow-up of a weakened immune system is ignored while that is
    // unanswered or "not sure".
    let mut answers = Answers::new();
    answers.insert(
        QuestionId::RecentChemotherapy,
        AnswerValue::Choice("yes".into()),
    );
    let a = piriformis_core::interview::assessment_from(&answers).unwrap();
    assert_eq!(a.red_flag(RedFlag::RecentChemotherapy), Answer::Unknown);
    answers.insert(
        QuestionId::Immunosuppression,
        AnswerValue::Choice("not_sure".into()),
    );
    let a = piriformis_core::interview::assessment_from(&answers).unwrap();
    assert_eq!(a.red_flag(RedFlag::RecentChemotherapy), Answer::Unknown);
    // A "yes" to it while that is "no" contradicts: both questions named.
    answers.insert(
        QuestionId::Immunosuppression,
        AnswerValue::Choice("no".into()),
    );
    let e = next_step(&answers).unwrap_err();
    assert!(matches!(e.inner(), Error::Contradiction { .. }), "{e:?}");
    assert_eq!(
        questions_of(&e),
        [
            QuestionId::RecentChemotherapy,
            QuestionId::Immunosuppression
        ]
    );
    // The cauda equina onset "yes" while every sign it follows is "no".
    let mut answers = Answers::new();
    for q in [
        QuestionId::BladderOrBowelControl,
        QuestionId::SaddleNumbness,
        QuestionId::BothLegs,
    ] {
        answers.insert(q, AnswerValue::Choice("no".into()));
    }
    answers.insert(
        QuestionId::CaudaEquinaSignsRecent,
        AnswerValue::Choice("yes".into()),
    );
    let e = next_step(&answers).unwrap_err();
    assert_eq!(
        questions_of(&e),
        [
            QuestionId::CaudaEquinaSignsRecent,
            QuestionId::BladderOrBowelControl
        ]
    );
    // One sign "yes": no contradiction, the follow-up counts.
    answers.insert(
        QuestionId::SaddleNumbness,
        AnswerValue::Choice("yes".into()),
    );
    assert!(next_step(&answers).is_ok());
}

#[test]
fn each_follow_up_asks_after_the_flags_it_follows() {
    for q in piriformis_core::interview::CATALOGUE {
        let (EnableWhen::AnyYes { questions }, Fills::RedFlag(flag)) = (q.enable_when, q.fills)
        else {
            continue;
        };
        let parents: Vec<RedFlag> = questions
            .iter()
            .map(|p| match p.question().fills {
                Fills::RedFlag(f) => f,
                other => panic!("{:?} follows {other:?}, not a red flag", q.id),
            })
            .collect();
        assert_eq!(parents, flag.parents(), "{:?}", q.id);
    }
    for &f in RedFlag::ALL {
        let asked_as_follow_up = piriformis_core::interview::CATALOGUE.iter().any(|q| {
            q.fills == Fills::RedFlag(f) && matches!(q.enable_when, EnableWhen::AnyYes { .. })
        });
        assert_eq!(asked_as_follow_up, !f.parents().is_empty(), "{f:?}");
    }
}

#[test]
fn follow_ups_appear_only_when_relevant() {
    let mut answers = Answers::new();
    let mut asked = Vec::new();
    // Answer "no" to everything: no follow-up is ever asked.
    loop {
        match next_step(&answers).unwrap() {
            Step::Ask { question, .. } => {
                asked.push(question.id);
                let v = match question.kind {
                    AnswerKind::YesNo => AnswerValue::Choice("no".into()),
                    AnswerKind::OneOf => AnswerValue::Choice(question.choices[0].id.clone()),
                    AnswerKind::SeveralOf => AnswerValue::Choices(vec![]),
                    _ => AnswerValue::Number(0.0),
                };
                answers.insert(question.id, v);
            }
            Step::Done { triage, .. } => {
                assert_eq!(triage.disposition, Disposition::SelfCare, "{triage}");
                break;
            }
        }
    }
    for q in [
        QuestionId::CaudaEquinaSignsRecent,
        QuestionId::RecentChemotherapy,
    ] {
        assert!(!asked.contains(&q), "{q} asked without its parent");
    }
    // Injecting drugs and a recent infection are asked of everyone.
    for q in [QuestionId::InjectingDrugUse, QuestionId::RecentInfection] {
        assert!(asked.contains(&q), "{q} not asked");
    }
    // A weakened immune system "yes" brings the chemotherapy question next.
    let mut answers = Answers::new();
    let at = asked
        .iter()
        .position(|q| *q == QuestionId::Immunosuppression)
        .unwrap();
    for q in &asked[..at] {
        let v = match q.question().kind {
            AnswerKind::YesNo => AnswerValue::Choice("no".into()),
            _ => AnswerValue::Choice("absent".into()),
        };
        answers.insert(*q, v);
    }
    answers.insert(
        QuestionId::Immunosuppression,
        AnswerValue::Choice("yes".into()),
    );
    let step = next_step(&answers).unwrap();
    let Step::Ask { question, .. } = step else {
        panic!("{step:?}")
    };
    assert_eq!(question.id, QuestionId::RecentChemotherapy);
    // A cauda equina "yes" asks when it began next, under either policy; a
    // long-standing, checked sign is urgent and the interview goes on.
    for policy in piriformis_core::triage::TriagePolicy::ALL {
        let mut answers = Answers::new();
        answers.insert(
            QuestionId::SaddleNumbness,
            AnswerValue::Choice("yes".into()),
        );
        let Step::Ask { question, .. } = next_step_with(&answers, *policy).unwrap() else {
            panic!()
        };
        assert_eq!(question.id, QuestionId::CaudaEquinaSignsRecent);
        answers.insert(question.id, AnswerValue::Choice("yes".into()));
        assert!(matches!(
            next_step_with(&answers, *policy).unwrap(),
            Step::Done {
                stopped_early: true,
                ..
            }
        ));
        answers.insert(question.id, AnswerValue::Choice("no".into()));
        assert!(matches!(
            next_step_with(&answers, *policy).unwrap(),
            Step::Ask { .. }
        ));
    }
}

/// "No", the first choice, none, age 30, or 0: an answer with no warning sign.
fn plain_answer(question: &QuestionView) -> AnswerValue {
    match question.kind {
        AnswerKind::YesNo => AnswerValue::Choice("no".into()),
        AnswerKind::OneOf => AnswerValue::Choice(question.choices[0].id.clone()),
        AnswerKind::SeveralOf => AnswerValue::Choices(vec![]),
        AnswerKind::Years => AnswerValue::Number(30.0),
        _ => AnswerValue::Number(0.0),
    }
}

#[test]
fn an_urgent_result_that_nothing_left_can_raise_ends_the_interview() {
    // A fever story: once fever is "yes", the questions that could still make
    // it an emergency are asked (nerve loss, a weakened immune system and
    // chemotherapy); the rest are not.
    let mut answers = Answers::new();
    let mut asked = Vec::new();
    let done = loop {
        match next_step(&answers).unwrap() {
            Step::Ask { question, .. } => {
                asked.push(question.id);
                let v = match question.id {
                    QuestionId::Fever => AnswerValue::Choice("yes".into()),
                    _ => plain_answer(&question),
                };
                answers.insert(question.id, v);
            }
            Step::Done {
                triage,
                stopped_early,
                not_asked,
                ..
            } => break (triage, stopped_early, not_asked),
        }
    };
    let (triage, stopped_early, not_asked) = done;
    assert_eq!(triage.disposition, Disposition::Urgent, "{triage}");
    assert!(stopped_early && !not_asked.is_empty(), "{not_asked:?}");
    for q in [
        QuestionId::FootDrop,
        QuestionId::UnsteadyWalking,
        QuestionId::Weakness,
        QuestionId::Immunosuppression,
        QuestionId::Numbness,
        QuestionId::HistoryOfCancer,
    ] {
        assert!(asked.contains(&q), "{q} not asked: {asked:?}");
    }
    // Nothing it left out could have raised it.
    for q in &not_asked {
        assert!(!asked.contains(q));
    }
    assert!(
        not_asked.contains(&QuestionId::PainRegions),
        "{not_asked:?}"
    );
    // Past cancer and a tingling leg are each harmless beside a fever, an
    // emergency together: with cancer "yes", tingling is still asked.
    let mut answers = Answers::new();
    let mut asked = Vec::new();
    while let Step::Ask { question, .. } = next_step(&answers).unwrap() {
        asked.push(question.id);
        let v = match question.id {
            QuestionId::Fever | QuestionId::HistoryOfCancer => AnswerValue::Choice("yes".into()),
            _ => plain_answer(&question),
        };
        answers.insert(question.id, v);
    }
    assert!(asked.contains(&QuestionId::Tingling), "{asked:?}");
    // A plain story asks everything.
    let mut answers = Answers::new();
    loop {
        match next_step(&answers).unwrap() {
            Step::Ask { question, .. } => {
                answers.insert(question.id, plain_answer(&question));
            }
            Step::Done {
                stopped_early,
                not_asked,
                ..
            } => {
                assert!(!stopped_early && not_asked.is_empty());
                break;
            }
        }
    }
}

/// Walks the interview under the self-check, answering with `pick` (given
/// the question as shown), and returns the questions shown and the last step.
fn walk_with(pick: impl Fn(&QuestionView) -> AnswerValue) -> (Vec<QuestionView>, Step) {
    let mut answers = Answers::new();
    let mut shown = Vec::new();
    for _ in 0..CATALOGUE.len() * 2 {
        match next_step(&answers).unwrap() {
            Step::Ask { question, .. } => {
                answers.insert(question.id, pick(&question));
                shown.push(question);
            }
            done => return (shown, done),
        }
    }
    panic!("the interview did not end");
}

/// A plain answer: "no", no nerve signs, the first side, pain 3, age 40,
/// nothing ticked.
fn plain(q: &QuestionView) -> AnswerValue {
    match q.kind {
        AnswerKind::YesNo => AnswerValue::Choice("no".into()),
        AnswerKind::OneOf => AnswerValue::Choice(
            if q.choices.iter().any(|c| c.id == "absent") {
                "absent"
            } else {
                &q.choices[0].id
            }
            .into(),
        ),
        AnswerKind::SeveralOf => AnswerValue::Choices(Vec::new()),
        AnswerKind::Years => AnswerValue::Number(40.0),
        _ => AnswerValue::Number(3.0),
    }
}

fn disposition_of(step: &Step) -> Disposition {
    match step {
        Step::Done { triage, .. } => triage.disposition,
        Step::Ask { .. } => unreachable!(),
    }
}

#[test]
fn not_sure_about_an_emergency_sign_is_asked_once_more_with_a_check() {
    let not_sure_then = |again: &'static str| {
        walk_with(move |q| match (q.id, q.again) {
            (QuestionId::BladderOrBowelControl, false) => AnswerValue::Choice("not_sure".into()),
            (QuestionId::BladderOrBowelControl, true) => AnswerValue::Choice(again.into()),
            (QuestionId::CaudaEquinaSignsRecent, _) => AnswerValue::Choice("yes".into()),
            _ => plain(q),
        })
    };
    let (shown, done) = not_sure_then("still_not_sure");
    let bladder: Vec<&QuestionView> = shown
        .iter()
        .filter(|q| q.id == QuestionId::BladderOrBowelControl)
        .collect();
    assert_eq!(bladder.len(), 2, "asked once, then once more");
    let first = bladder[0];
    let again = bladder[1];
    assert!(!first.again && again.again);
    // Asked again last, with the check to do now and "still not sure".
    assert_eq!(shown.last().unwrap().id, QuestionId::BladderOrBowelControl);
    assert_eq!(
        again.help,
        RedFlag::BladderOrBowelControl.record().check_again.unwrap()
    );
    assert!(again.help.contains("pee"));
    let ids: Vec<&str> = again.choices.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["yes", "no", "still_not_sure"]);
    // Still not sure: urgent, provisional, the question listed as open.
    let Step::Done { triage, .. } = &done else {
        unreachable!()
    };
    assert_eq!(triage.disposition, Disposition::Urgent);
    assert!(triage.provisional);
    assert!(triage.unanswered.contains(&RedFlag::BladderOrBowelControl));
    // A "no" once checked gives the plain result; a "yes" an emergency.
    assert!(disposition_of(&not_sure_then("no").1) < Disposition::Urgent);
    assert_eq!(
        disposition_of(&not_sure_then("yes").1),
        Disposition::Emergency
    );
}

#[test]
fn the_saddle_check_is_the_wiping_test_and_only_emergency_signs_come_again() {
    let (shown, _) = walk_with(|q| match q.id {
        QuestionId::SaddleNumbness | QuestionId::NightSweats | QuestionId::FootDrop if !q.again => {
            AnswerValue::Choice("not_sure".into())
        }
        QuestionId::SaddleNumbness => AnswerValue::Choice("no".into()),
        _ => plain(q),
    });
    let again: Vec<&QuestionView> = shown.iter().filter(|q| q.again).collect();
    assert_eq!(
        again.len(),
        1,
        "{:?}",
        again.iter().map(|q| q.id).collect::<Vec<_>>()
    );
    assert_eq!(again[0].id, QuestionId::SaddleNumbness);
    assert!(again[0].help.contains("wipe"));
}

#[test]
fn not_sexually_active_is_its_own_answer_and_not_an_open_question() {
    let (shown, done) = walk_with(|q| match q.id {
        QuestionId::SexualDysfunction => AnswerValue::Choice("does_not_apply".into()),
        _ => plain(q),
    });
    let q = shown
        .iter()
        .find(|q| q.id == QuestionId::SexualDysfunction)
        .unwrap();
    let ids: Vec<&str> = q.choices.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["yes", "no", "does_not_apply", "not_sure"]);
    assert_eq!(
        q.choices[2].label,
        "Not sexually active since the pain began"
    );
    let Step::Done {
        assessment, triage, ..
    } = &done
    else {
        unreachable!()
    };
    assert_eq!(
        assessment.red_flags.get(&RedFlag::SexualDysfunction),
        Some(&Answer::Absent)
    );
    assert!(!triage.provisional);
    assert_eq!(triage.disposition, disposition_of(&walk_with(plain).1));
    // Only that question offers it.
    let mut answers = Answers::new();
    answers.insert(
        QuestionId::Fever,
        AnswerValue::Choice("does_not_apply".into()),
    );
    assert!(next_step(&answers).is_err());
    answers.insert(
        QuestionId::Fever,
        AnswerValue::Choice("still_not_sure".into()),
    );
    assert!(
        next_step(&answers).is_ok(),
        "fever has a check, so it takes still_not_sure"
    );
    answers.clear();
    answers.insert(
        QuestionId::NightSweats,
        AnswerValue::Choice("still_not_sure".into()),
    );
    assert!(
        next_step(&answers).is_err(),
        "night sweats is never asked again"
    );
}

#[test]
fn a_strenuous_lift_is_asked_at_50_or_over_and_counts_there() {
    let lift = |age: f64| {
        walk_with(move |q| match q.id {
            QuestionId::Age => AnswerValue::Number(age),
            QuestionId::StrenuousLift => AnswerValue::Choice("yes".into()),
            _ => plain(q),
        })
    };
    let (shown, done) = lift(64.0);
    assert!(shown.iter().any(|q| q.id == QuestionId::StrenuousLift));
    assert_eq!(disposition_of(&done), Disposition::Urgent);
    let (shown, done) = lift(34.0);
    assert!(!shown.iter().any(|q| q.id == QuestionId::StrenuousLift));
    assert_eq!(disposition_of(&done), disposition_of(&walk_with(plain).1));
    // Fragile bones at any age ask it too.
    let (shown, done) = walk_with(|q| match q.id {
        QuestionId::OsteoporosisOrSteroids | QuestionId::StrenuousLift => {
            AnswerValue::Choice("yes".into())
        }
        _ => plain(q),
    });
    assert!(shown.iter().any(|q| q.id == QuestionId::StrenuousLift));
    assert_eq!(disposition_of(&done), Disposition::Urgent);
}
