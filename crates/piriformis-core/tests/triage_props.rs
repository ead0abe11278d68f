//! Property tests for triage: monotone, emergency-dominant, deterministic,
//! conservative with unknowns, and JSON round-tripping.

use piriformis_core::triage::{RuleId, TriagePolicy, TriageResult, triage_with};
use piriformis_core::*;
use proptest::prelude::*;
use proptest::sample::select;

fn answer() -> impl Strategy<Value = Answer> {
    select(Answer::ALL.to_vec())
}

fn status() -> impl Strategy<Value = NerveStatus> {
    select(NerveStatus::ALL.to_vec())
}

prop_compose! {
    fn assessment()(
        side in proptest::option::of(select(Side::ALL.to_vec())),
        pain in proptest::option::of(0u8..=10),
        regions in proptest::sample::subsequence(BodyRegion::ALL.to_vec(), 0..4),
        worse in proptest::sample::subsequence(Aggravator::ALL.to_vec(), 0..5),
        tender in proptest::sample::subsequence(TenderArea::ALL.to_vec(), 0..2),
        nerve in (status(), status(), status(), select(Legs::ALL.to_vec())),
        flags in proptest::collection::vec(answer(), RedFlag::ALL.len()),
        fall in answer(),
        weeks in proptest::option::of(0u16..20),
        helped in answer(),
        recurring in answer(),
    ) -> Assessment {
        let mut a = Assessment {
            side,
            pain_now: pain,
            pain_regions: regions,
            worse_with: worse,
            tender_areas: tender,
            nerve: NerveSymptoms { numbness: nerve.0, tingling: nerve.1, weakness: nerve.2, legs: nerve.3 },
            after_fall_or_accident: fall,
            self_care_weeks: weeks,
            self_care_helped: helped,
            keeps_coming_back: recurring,
            ..Assessment::default()
        };
        for (f, ans) in RedFlag::ALL.iter().zip(flags) {
            if ans != Answer::Unknown || f.id().len() % 2 == 0 {
                a.red_flags.insert(*f, ans);
            }
        }
        repair(&mut a);
        a
    }
}

/// Makes a random assessment consistent instead of discarding it.
fn repair(a: &mut Assessment) {
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
    match a.nerve.legs {
        Legs::Both => {
            a.red_flags.insert(RedFlag::BothLegs, Answer::Present);
        }
        Legs::One | Legs::Neither => {
            if a.red_flags.get(&RedFlag::BothLegs) == Some(&Answer::Present) {
                a.nerve.legs = Legs::Both;
            }
        }
        Legs::Unknown => {}
        other => panic!("a value of Legs this test does not know: {other:?}"),
    }
    if a.pain_now == Some(0) && a.red_flag(RedFlag::SevereOrConstantPain) == Answer::Present {
        a.pain_now = Some(1);
    }
}

#[derive(Debug, Clone)]
enum Finding {
    Flag(RedFlag),
    Worse(usize),
    Stable(usize),
    Region(BodyRegion),
    Aggravated(Aggravator),
    Tender(TenderArea),
    Fall,
    Recurring,
    MorePain(u8),
    MoreWeeks(u16),
}

fn finding() -> impl Strategy<Value = Finding> {
    prop_oneof![
        select(RedFlag::ALL.to_vec()).prop_map(Finding::Flag),
        (0usize..3).prop_map(Finding::Worse),
        (0usize..3).prop_map(Finding::Stable),
        select(BodyRegion::ALL.to_vec()).prop_map(Finding::Region),
        select(Aggravator::ALL.to_vec()).prop_map(Finding::Aggravated),
        select(TenderArea::ALL.to_vec()).prop_map(Finding::Tender),
        Just(Finding::Fall),
        Just(Finding::Recurring),
        (1u8..=10).prop_map(Finding::MorePain),
        (1u16..=10).prop_map(Finding::MoreWeeks),
    ]
}

fn add(a: &Assessment, f: &Finding) -> Assessment {
    let mut b = a.clone();
    match *f {
        Finding::Flag(flag) => {
            b.red_flags.insert(flag, Answer::Present);
            if flag == RedFlag::BothLegs {
                b.nerve.legs = Legs::Both;
            }
        }
        Finding::Worse(i) => {
            let s = [
                &mut b.nerve.numbness,
                &mut b.nerve.tingling,
                &mut b.nerve.weakness,
            ];
            *s.into_iter().nth(i).unwrap() = NerveStatus::Worsening;
        }
        Finding::Stable(i) => {
            let s = [
                &mut b.nerve.numbness,
                &mut b.nerve.tingling,
                &mut b.nerve.weakness,
            ];
            let slot = s.into_iter().nth(i).unwrap();
            // From "no". From "not sure", a stable answer settles an open
            // question (its worst case was counted), as a "no" to a red flag does.
            if *slot == NerveStatus::Absent {
                *slot = NerveStatus::Stable;
            }
        }
        Finding::Region(r) => b.pain_regions.push(r),
        Finding::Aggravated(w) => b.worse_with.push(w),
        Finding::Tender(t) => b.tender_areas.push(t),
        Finding::Fall => b.after_fall_or_accident = Answer::Present,
        Finding::Recurring => b.keeps_coming_back = Answer::Present,
        Finding::MorePain(d) => {
            b.pain_now = Some(b.pain_now.unwrap_or(0).saturating_add(d).min(10))
        }
        Finding::MoreWeeks(d) => b.self_care_weeks = Some(b.self_care_weeks.unwrap_or(0) + d),
    }
    repair(&mut b);
    b
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn generated_assessments_are_valid(a in assessment()) {
        prop_assert!(a.validate().is_ok(), "{:?}", a.validate());
    }

    #[test]
    fn adding_a_finding_never_lowers_the_disposition(a in assessment(), f in finding(), p in select(TriagePolicy::ALL.to_vec())) {
        let before = triage_with(&a, p).unwrap().disposition;
        let b = add(&a, &f);
        let after = triage_with(&b, p).unwrap().disposition;
        prop_assert!(after >= before, "{p}: {before} -> {after} after {f:?}");
    }

    #[test]
    fn self_check_is_never_less_urgent_than_clinician_referral(a in assessment(), f in proptest::collection::vec(finding(), 0..4)) {
        let mut a = a;
        for x in &f {
            a = add(&a, x);
        }
        let sc = triage_with(&a, TriagePolicy::SelfCheck).unwrap();
        let cr = triage_with(&a, TriagePolicy::ClinicianReferral).unwrap();
        prop_assert!(sc.disposition >= cr.disposition, "{} < {}", sc.disposition, cr.disposition);
        // The same rules fire; only their tiers differ.
        let ids = |r: &TriageResult| r.fired.iter().map(|x| x.id).filter(|id| !matches!(id, RuleId::EmergencySignsUnanswered | RuleId::UrgentSignsUnanswered | RuleId::RedFlagsUnanswered | RuleId::NoWarningSigns)).collect::<std::collections::BTreeSet<_>>();
        prop_assert_eq!(ids(&sc), ids(&cr));
        for (x, y) in sc.fired.iter().zip(&cr.fired) {
            if x.id == y.id {
                prop_assert!(x.disposition >= y.disposition, "{}", x.id);
            }
        }
    }

    #[test]
    fn every_rule_tier_is_read_from_its_rows(i in 0usize..piriformis_core::triage::RULES.len()) {
        let r = &piriformis_core::triage::RULES[i];
        prop_assert!(r.tier(TriagePolicy::SelfCheck) >= r.tier(TriagePolicy::ClinicianReferral), "{}", r.id);
        prop_assert!(!r.says.is_empty());
        // The self-check tier is one some row gives: nothing is invented.
        prop_assert!(r.says.iter().any(|s| s.tier == r.tier(TriagePolicy::SelfCheck)), "{}", r.id);
    }

    #[test]
    fn any_emergency_finding_gives_emergency(a in assessment(), i in 0usize..4) {
        let emergencies: Vec<RedFlag> = RedFlag::ALL.iter().copied().filter(|f| f.follow_up_of().is_none() && f.tier() == Disposition::Emergency).collect();
        // Bladder or bowel, saddle, both legs (their onset not known), a serious accident.
        prop_assert_eq!(emergencies.len(), 4);
        let mut b = add(&a, &Finding::Flag(emergencies[i]));
        // When a cauda equina sign began is not known: it counts as new.
        b.red_flags.remove(&RedFlag::CaudaEquinaSignsRecent);
        let r = triage(&b).unwrap();
        prop_assert_eq!(r.disposition, Disposition::Emergency);
        prop_assert!(r.fired.iter().any(|f| f.disposition == Disposition::Emergency));
    }

    #[test]
    fn triage_is_deterministic_and_explained(a in assessment()) {
        let r1 = triage(&a).unwrap();
        let r2 = triage(&a.clone()).unwrap();
        prop_assert_eq!(&r1, &r2);
        prop_assert!(!r1.fired.is_empty());
        prop_assert_eq!(r1.fired.iter().map(|f| f.disposition).max().unwrap(), r1.disposition);
        prop_assert!(r1.fired.iter().all(|f| !f.sources.is_empty() && !f.text.is_empty()));
        prop_assert!(r1.notice.contains("not medical advice"));
    }

    #[test]
    fn unanswered_red_flags_never_give_plain_self_care(a in assessment()) {
        let r = triage(&a).unwrap();
        if !r.unanswered.is_empty() {
            prop_assert!(r.provisional);
            prop_assert!(r.disposition > Disposition::SelfCare);
        }
        for f in &r.unanswered {
            prop_assert_eq!(a.red_flag(*f), Answer::Unknown);
        }
    }

    #[test]
    fn json_round_trips(a in assessment()) {
        let json = serde_json::to_string(&a).unwrap();
        let back = Assessment::from_json(&json).unwrap();
        prop_assert_eq!(&back, &a);
        let r = triage(&a).unwrap();
        let rj = serde_json::to_string(&r).unwrap();
        let rback: TriageResult = serde_json::from_str(&rj).unwrap();
        prop_assert_eq!(rback, r);
    }

    #[test]
    fn summary_agrees_with_triage(a in assessment(), extra_worse in proptest::sample::subsequence(Aggravator::ALL.to_vec(), 0..4), p in select(TriagePolicy::ALL.to_vec())) {
        // Repeated features count once in both.
        let mut a = a;
        a.worse_with.extend(extra_worse);
        let (s, r) = (piriformis_core::triage::summary_with(&a, p).unwrap(), triage_with(&a, p).unwrap());
        prop_assert_eq!(s.disposition, r.disposition);
        prop_assert_eq!(s.provisional, r.provisional);
        prop_assert!(s.fired.rules_under(p).map(|x| x.id).eq(r.fired.iter().map(|f| f.id)));
        prop_assert_eq!(s.fired.len(), r.fired.len());
        prop_assert_eq!(s.unanswered, r.unanswered.len());
        prop_assert_eq!(s.likely_source, r.likely_source.verdict);
    }

    #[test]
    fn summary_rejects_what_triage_rejects(p in 11u8..=255, weeks in 521u16..) {
        let a = Assessment { pain_now: Some(p), ..Assessment::default() };
        prop_assert_eq!(piriformis_core::triage::summary(&a).unwrap_err(), triage(&a).unwrap_err());
        let b = Assessment { self_care_weeks: Some(weeks), ..Assessment::default() };
        prop_assert_eq!(piriformis_core::triage::summary(&b).unwrap_err(), triage(&b).unwrap_err());
    }

    #[test]
    fn out_of_range_pain_is_a_typed_error(p in 11u8..=255) {
        let a = Assessment { pain_now: Some(p), ..Assessment::default() };
        let err = triage(&a).unwrap_err();
        prop_assert_eq!(err.field(), Some("pain_now"));
    }

    #[test]
    fn arbitrary_json_never_panics(s in "\\PC{0,200}") {
        let _ = Assessment::from_json(&s);
    }
}
