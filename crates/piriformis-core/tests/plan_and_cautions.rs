//! Today's plan (`routine::todays_request`) and the caution table
//! (`triage::CAUTIONS`) over random assessments: the plan never asks for
//! self-care work the triage holds back, unknown numbness or tingling counts
//! as nerve symptoms, and the table shows exactly the cautions the former
//! `if` statements showed, in the same order.

use piriformis_core::exercise::Stage;
use piriformis_core::routine::{
    GATES, PlanChoice, PlanOptions, PlanRuleId, Routine, TodaysPlan, todays_request,
};
use piriformis_core::triage::{
    CAUTIONS, Caution, Disposition, Pathway, SEVERE_PAIN, TriagePolicy, TriageResult, triage_with,
};
use piriformis_core::*;
use proptest::prelude::*;
use proptest::sample::{select, subsequence};

fn answer() -> impl Strategy<Value = Answer> {
    // Mostly "no", so that self-care outcomes are common.
    prop_oneof![
        30 => Just(Answer::Absent),
        1 => Just(Answer::Unknown),
        1 => Just(Answer::Present),
    ]
}

prop_compose! {
    fn assessment()(
        side in proptest::option::of(select(Side::ALL.to_vec())),
        pain in proptest::option::of(0u8..=10),
        regions in subsequence(BodyRegion::ALL.to_vec(), 0..3),
        nerve in (
            select(NerveStatus::ALL.to_vec()),
            select(NerveStatus::ALL.to_vec()),
            select(NerveStatus::ALL.to_vec()),
            select(Legs::ALL.to_vec()),
        ),
        all_clear in any::<bool>(),
        flags in proptest::collection::vec(answer(), RedFlag::ALL.len()),
        fall in answer(),
        weeks in proptest::option::of(0u16..10),
        helped in answer(),
    ) -> Assessment {
        let mut a = Assessment {
            side,
            pain_now: pain,
            pain_regions: regions,
            nerve: NerveSymptoms { numbness: nerve.0, tingling: nerve.1, weakness: nerve.2, legs: nerve.3 },
            after_fall_or_accident: fall,
            self_care_weeks: weeks,
            self_care_helped: helped,
            keeps_coming_back: Answer::Absent,
            ..Assessment::default()
        };
        for (f, ans) in RedFlag::ALL.iter().zip(flags) {
            a.red_flags.insert(*f, if all_clear { Answer::Absent } else { ans });
        }
        make_consistent(&mut a);
        a
    }
}

/// Turns a random assessment into one that passes validation.
fn make_consistent(a: &mut Assessment) {
    // A follow-up "yes" needs a question it follows not answered "no".
    for &f in RedFlag::ALL {
        let parents = f.parents();
        if a.red_flag(f) == Answer::Present
            && !parents.is_empty()
            && parents.iter().all(|&p| a.red_flag(p) == Answer::Absent)
        {
            a.red_flags.insert(parents[0], Answer::Unknown);
        }
    }
    if a.self_care_weeks == Some(0) {
        a.self_care_helped = Answer::Unknown;
    }
    if a.nerve.any_present() && a.nerve.legs == Legs::Neither {
        a.nerve.legs = Legs::One;
    }
    match (a.red_flag(RedFlag::BothLegs), a.nerve.legs) {
        (_, Legs::Both) => {
            a.red_flags.insert(RedFlag::BothLegs, Answer::Present);
        }
        (Answer::Present, _) => a.nerve.legs = Legs::Both,
        _ => {}
    }
    if a.pain_now == Some(0) && a.red_flag(RedFlag::SevereOrConstantPain) == Answer::Present {
        a.pain_now = Some(1);
    }
}

fn options() -> impl Strategy<Value = PlanOptions> {
    (
        proptest::option::of(1u16..=120),
        subsequence(Equipment::ALL.to_vec(), 0..=Equipment::ALL.len()),
        proptest::option::of(select(piriformis_core::progress::Trend::ALL.to_vec())),
    )
        .prop_map(|(minutes, equipment, trend)| PlanOptions {
            minutes,
            equipment,
            trend,
        })
}

fn policy() -> impl Strategy<Value = TriagePolicy> {
    select(TriagePolicy::ALL.to_vec())
}

/// Every exercise the routine asks for, today or across the week.
fn everything_in(r: &Routine) -> Vec<Exercise> {
    let w = &r.weekly_plan;
    r.steps
        .iter()
        .map(|s| s.exercise)
        .chain(w.daily.iter().copied())
        .chain(w.three_days_a_week.iter().copied())
        .chain(w.as_needed.iter().copied())
        .collect()
}

/// What the triage alone forbids, spelled out here without the GATES table:
/// (no heat, no pressure on the muscle).
fn forbidden_by(t: &TriageResult) -> (bool, bool) {
    let serious = t.fired.iter().any(|f| {
        matches!(
            f.pathway,
            Pathway::Infection | Pathway::Fracture | Pathway::Cancer
        )
    }) || t
        .unanswered
        .iter()
        .any(|f| f.tier_under(t.policy) >= Disposition::SeeClinicianSoon);
    let numb = t.cautions.iter().any(|c| c.id == Caution::NoHeatOnNumbSkin);
    (serious || numb, serious)
}

/// The cautions as `triage_with` chose them before the table: one `if` each.
fn cautions_by_ifs(a: &Assessment, t: &TriageResult) -> Vec<Caution> {
    let mut out = Vec::new();
    let d = t.disposition;
    if d.allows_self_care() {
        if a.nerve.any_present() {
            out.push(Caution::NerveSymptomsGentle);
        }
        if matches!(
            a.nerve.numbness,
            NerveStatus::Stable | NerveStatus::Worsening
        ) {
            out.push(Caution::NoHeatOnNumbSkin);
        }
        if a.pain_now.is_some_and(|p| p >= SEVERE_PAIN) {
            out.push(Caution::StartGently);
        }
    }
    if (!t.unanswered.is_empty() || !t.unanswered_nerve.is_empty()) && d != Disposition::Emergency {
        out.push(Caution::AnswerRedFlags);
    }
    if d != Disposition::Emergency {
        out.push(Caution::SafetyNet);
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn the_plan_never_asks_for_what_the_triage_holds_back(
        a in assessment(), opts in options(), policy in policy(),
    ) {
        let t = triage_with(&a, policy).unwrap();
        let plan = todays_request(&a, &t, &opts).unwrap();
        prop_assert_eq!(plan.allows_self_care(), t.disposition.allows_self_care());
        let TodaysPlan::SelfCare { request, reasons } = &plan else {
            prop_assert!(plan.request().is_none());
            let is_care_first = matches!(
                plan.build_routine(),
                Err(Error::CareNeededFirst { disposition, .. }) if disposition == t.disposition
            );
            prop_assert!(is_care_first);
            prop_assert_eq!(plan.reasons()[0].rule, PlanRuleId::CareFirst);
            return Ok(());
        };
        // One reason per choice, in order, each matching the request.
        let choices: Vec<PlanChoice> = reasons.iter().map(|r| r.choice()).collect();
        prop_assert_eq!(&choices[..], PlanChoice::ALL);
        prop_assert_eq!(request.triage.as_deref(), Some(&t));
        prop_assert_eq!(request.side, a.side.unwrap_or(Side::Both));
        prop_assert_eq!(request.minutes, opts.minutes.unwrap_or(15));
        prop_assert_eq!(&request.equipment, &opts.equipment);
        prop_assert_eq!(request.trend, opts.trend);
        let severe = a.pain_now.is_some_and(|p| p >= SEVERE_PAIN);
        prop_assert_eq!(request.phase == Phase::NewFlare, severe);

        let routine = plan.build_routine().unwrap();
        let (no_heat, no_pressure) = forbidden_by(&t);
        for e in everything_in(&routine) {
            let stage = e.record().stage;
            prop_assert!(!(no_heat || request.nerve_symptoms) || e != Exercise::Heat, "{:?}", e);
            prop_assert!(
                !no_pressure || !matches!(stage, Stage::Locate | Stage::Release),
                "{:?} under {:?}", e, t.pathways()
            );
            for g in GATES.iter().filter(|g| g.applies(request)) {
                prop_assert!(!g.holds.iter().any(|h| h.covers(e)), "{:?} held by {:?}", e, g.id);
            }
        }
        prop_assert!(routine.total_seconds <= u32::from(request.minutes) * 60);
    }

    #[test]
    fn unknown_numbness_or_tingling_counts_as_nerve_symptoms(
        a in assessment(), opts in options(), policy in policy(),
    ) {
        let t = triage_with(&a, policy).unwrap();
        let plan = todays_request(&a, &t, &opts).unwrap();
        if let Some(request) = plan.request() {
            let unknown = [a.nerve.numbness, a.nerve.tingling].contains(&NerveStatus::Unknown);
            prop_assert_eq!(request.nerve_symptoms, unknown || a.nerve.any_present());
            if unknown && !a.nerve.any_present() {
                let rule = plan.reason(PlanChoice::NerveSymptoms).unwrap().rule;
                prop_assert_eq!(rule, PlanRuleId::NerveSignUnknown);
            }
        }
    }

    #[test]
    fn the_caution_table_shows_what_the_ifs_showed(a in assessment(), policy in policy()) {
        let t = triage_with(&a, policy).unwrap();
        let shown: Vec<Caution> = t.cautions.iter().map(|c| c.id).collect();
        prop_assert_eq!(shown, cautions_by_ifs(&a, &t));
        for c in &t.cautions {
            prop_assert_eq!(c.text.as_ref(), c.id.text());
        }
    }
}

#[test]
fn every_caution_is_one_row_with_its_text_and_sources() {
    for c in Caution::ALL {
        let rows: Vec<_> = CAUTIONS.iter().filter(|r| r.id == *c).collect();
        assert_eq!(rows.len(), 1, "{c:?}");
        assert_eq!(rows[0].text, c.text());
        assert!(
            !rows[0].sources.is_empty() && !rows[0].when.is_empty(),
            "{c:?}"
        );
    }
}

#[test]
fn the_knowledge_document_lists_the_cautions() {
    let kb = KnowledgeBase::get();
    assert_eq!(kb.cautions, CAUTIONS);
    let json: serde_json::Value = serde_json::from_str(&kb.to_json()).unwrap();
    let rows = json["cautions"].as_array().unwrap();
    assert_eq!(rows.len(), Caution::ALL.len());
    assert_eq!(rows[2]["id"], "start_gently");
    assert_eq!(
        rows[2]["when"][1]["pain_at_least"],
        u64::from(SEVERE_PAIN),
        "{}",
        rows[2]
    );
}

#[test]
fn the_self_check_defaults() {
    // A calm assessment: both sides, ongoing tightness, 15 minutes, no
    // equipment, not treated as nerve symptoms.
    let mut a = Assessment {
        nerve: NerveSymptoms::NONE,
        ..Assessment::default()
    };
    for &f in RedFlag::ALL {
        a.red_flags.insert(f, Answer::Absent);
    }
    let t = triage(&a).unwrap();
    let plan = todays_request(&a, &t, &PlanOptions::default()).unwrap();
    let r = plan.request().unwrap();
    assert_eq!(
        (r.side, r.phase, r.minutes, r.nerve_symptoms),
        (Side::Both, Phase::ChronicTightness, 15, false)
    );
    assert!(r.equipment.is_empty());
    // Numbness not answered: nerve symptoms, so no heat.
    let mut b = a.clone();
    b.nerve.numbness = NerveStatus::Unknown;
    let t = triage(&b).unwrap();
    let plan = todays_request(&b, &t, &PlanOptions::default()).unwrap();
    assert!(plan.request().unwrap().nerve_symptoms);
    let routine = plan.build_routine().unwrap();
    assert!(!everything_in(&routine).contains(&Exercise::Heat));
}

#[test]
fn the_random_assessments_often_reach_a_routine() {
    // Guards the properties above against passing on care-first cases only.
    use proptest::strategy::ValueTree;
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let strategy = assessment();
    let (mut routines, mut unknown_nerve, n) = (0, 0, 400);
    for _ in 0..n {
        let a = strategy.new_tree(&mut runner).unwrap().current();
        let t = triage(&a).unwrap();
        if t.disposition.allows_self_care() {
            routines += 1;
            if !a.nerve.any_present()
                && [a.nerve.numbness, a.nerve.tingling].contains(&NerveStatus::Unknown)
            {
                unknown_nerve += 1;
            }
        }
    }
    assert!(routines * 4 >= n, "{routines} of {n}");
    assert!(unknown_nerve * 20 >= n, "{unknown_nerve} of {n}");
}
