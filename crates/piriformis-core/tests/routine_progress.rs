//! Routines stay within budget, gates and the guide's dose ranges; progress
//! finds trends, flares and the findings that feed triage.

use chrono::{Duration, NaiveDate};
use piriformis_core::progress::{
    Finding, LogEntry, ProgressConfig, ProgressReport, Trend, analyze,
};
use piriformis_core::routine::{GATES, GateId, Routine, RoutineRequest, SkipReason, build_routine};
use piriformis_core::triage::{TriagePolicy, triage_with};
use piriformis_core::*;
use proptest::prelude::*;
use proptest::sample::{select, subsequence};

fn request() -> impl Strategy<Value = RoutineRequest<'static>> {
    (
        select(Side::ALL.to_vec()),
        select(Phase::ALL.to_vec()),
        subsequence(Equipment::ALL.to_vec(), 0..=Equipment::ALL.len()),
        3u16..=120,
        any::<bool>(),
        proptest::option::of(select(Trend::ALL.to_vec())),
    )
        .prop_map(
            |(side, phase, equipment, minutes, nerve_symptoms, trend)| RoutineRequest {
                side,
                phase,
                equipment,
                minutes,
                nerve_symptoms,
                trend,
                triage: None,
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn routines_hold_budget_gates_and_ranges(req in request()) {
        let r = build_routine(&req).unwrap();
        prop_assert!(r.total_seconds <= u32::from(req.minutes) * 60);
        prop_assert_eq!(r.total_seconds, r.steps.iter().map(|s| s.seconds).sum::<u32>());
        prop_assert!(!r.steps.is_empty(), "something always fits in 3+ minutes");
        let mut last_stage = Stage::Prepare;
        for s in &r.steps {
            let rec = s.exercise.record();
            prop_assert!(rec.dosage.admits(&s.dosage), "{} dose {:?} outside {:?}", s.exercise, s.dosage, rec.dosage);
            prop_assert!(!s.stop_if.is_empty());
            prop_assert!(s.stage >= last_stage, "guide order");
            last_stage = s.stage;
            if let Some(eq) = rec.equipment {
                prop_assert!(req.equipment.contains(&eq), "needs {eq}");
            }
            prop_assert!(rec.fits.contains(&req.phase));
            if req.nerve_symptoms {
                prop_assert!(s.stop_if.contains(&StopCue::NumbnessOrTinglingIncreases));
                prop_assert_eq!(r.level, piriformis_core::routine::Level::Gentle);
                prop_assert!(s.exercise != Exercise::Heat, "no heat with nerve symptoms");
            }
            for g in GATES.iter().filter(|g| g.applies(&req)) {
                prop_assert!(!g.holds.iter().any(|h| h.covers(s.exercise)), "{} held by {}", s.exercise, g.id);
            }
        }
        if req.phase == Phase::NewFlare {
            prop_assert!(r.steps.iter().all(|s| s.exercise != Exercise::Heat && s.stage != Stage::Strengthen));
        }
        prop_assert!(r.steps.iter().filter(|s| s.stage == Stage::Release).count() <= 1);
        prop_assert_eq!(build_routine(&req).unwrap(), r.clone());
        let back: Routine = serde_json::from_str(&serde_json::to_string(&r).unwrap()).unwrap();
        prop_assert_eq!(back, r);
    }

    #[test]
    fn urgent_or_emergency_triage_blocks_routines(req in request(), flag in select(vec![RedFlag::SaddleNumbness, RedFlag::FootDrop, RedFlag::BladderOrBowelControl])) {
        let mut a = Assessment::default();
        a.red_flags.insert(flag, Answer::Present);
        let t = triage(&a).unwrap();
        let req = RoutineRequest { triage: Some(std::borrow::Cow::Borrowed(&t)), ..req };
        match build_routine(&req) {
            Err(Error::CareNeededFirst { disposition, why }) => {
                prop_assert_eq!(disposition, t.disposition);
                prop_assert!(!why.is_empty());
            }
            other => prop_assert!(false, "expected a block, got {other:?}"),
        }
    }

    #[test]
    fn analysis_never_panics_and_is_deterministic(pains in proptest::collection::vec(0u8..=10, 0..120), gaps in proptest::collection::vec(1i64..4, 120)) {
        let start = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        let mut d = start;
        let log: Vec<LogEntry> = pains.iter().zip(&gaps).map(|(&p, &g)| { d += Duration::days(g); LogEntry { date: d, pain: p, nerve_symptoms: false, routine_done: p % 2 == 0 } }).collect();
        let today = d + Duration::days(1);
        let r = analyze(&log, today, &ProgressConfig::default()).unwrap();
        prop_assert_eq!(&analyze(&log, today, &ProgressConfig::default()).unwrap(), &r);
        prop_assert_eq!(r.entries as usize, log.len());
        for f in &r.flares {
            prop_assert!(f.end >= f.start && (f.end - f.start).num_days() >= 2);
        }
        let back: ProgressReport = serde_json::from_str(&serde_json::to_string(&r).unwrap()).unwrap();
        prop_assert_eq!(back.trend, r.trend);
    }
}

/// The flare rule written the slow, obvious way, to check the one-pass version.
fn reference_flares(log: &[LogEntry], cfg: &ProgressConfig) -> Vec<(NaiveDate, NaiveDate, u8)> {
    let day: Vec<bool> = log
        .iter()
        .map(|e| {
            let mut before: Vec<u8> = log
                .iter()
                .filter(|p| {
                    p.date < e.date && (e.date - p.date).num_days() <= i64::from(cfg.baseline_days)
                })
                .map(|p| p.pain)
                .collect();
            before.sort_unstable();
            before.len() >= 3 && e.pain >= before[before.len() / 2].saturating_add(cfg.flare_rise)
        })
        .collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < log.len() {
        if !day[i] {
            i += 1;
            continue;
        }
        let mut j = i;
        while j + 1 < log.len() && day[j + 1] && (log[j + 1].date - log[j].date).num_days() == 1 {
            j += 1;
        }
        if (log[j].date - log[i].date).num_days() + 1 >= i64::from(cfg.flare_days) {
            out.push((
                log[i].date,
                log[j].date,
                log[i..=j].iter().map(|e| e.pain).max().unwrap(),
            ));
        }
        i = j + 1;
    }
    out
}

proptest! {
    #[test]
    fn flares_match_the_obvious_rule(pains in proptest::collection::vec(0u8..=10, 0..150), gaps in proptest::collection::vec(1i64..3, 150), rise in 1u8..4, days in 1u16..5, base in 3u16..20) {
        let start = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        let mut d = start;
        let log: Vec<LogEntry> = pains.iter().zip(&gaps).map(|(&p, &g)| { d += Duration::days(g); LogEntry { date: d, pain: p, nerve_symptoms: false, routine_done: true } }).collect();
        let cfg = ProgressConfig { flare_rise: rise, flare_days: days, baseline_days: base, ..ProgressConfig::default() };
        let got: Vec<_> = analyze(&log, d, &cfg).unwrap().flares.iter().map(|f| (f.start, f.end, f.peak)).collect();
        prop_assert_eq!(got, reference_flares(&log, &cfg));
    }
}

fn req(minutes: u16) -> RoutineRequest<'static> {
    RoutineRequest {
        side: Side::Left,
        phase: Phase::ChronicTightness,
        equipment: vec![],
        minutes,
        nerve_symptoms: false,
        trend: None,
        triage: None,
    }
}

#[test]
fn bad_minutes_are_typed_errors() {
    for m in [0, 121, 9999] {
        let e = build_routine(&req(m)).unwrap_err();
        assert_eq!(e.field(), Some("minutes"), "{e}");
        assert!(e.to_string().contains("1-120"));
    }
    let e =
        RoutineRequest::from_json(r#"{"side":"left","phase":"flare","minutes":10}"#).unwrap_err();
    assert_eq!(e.field(), Some("phase"));
    assert!(e.to_string().contains("new_flare"));
}

#[test]
fn short_time_keeps_the_essentials() {
    let r = build_routine(&req(3)).unwrap();
    assert_eq!(r.steps[0].exercise, Exercise::FigureFourStretch);
    assert!(
        r.skipped
            .iter()
            .any(|s| s.reason == SkipReason::OverTimeBudget)
    );
}

/// Every red flag answered "no", except `present` (yes) and `open` (not answered).
fn assessment(present: &[RedFlag], open: &[RedFlag]) -> Assessment {
    let mut a = Assessment {
        nerve: NerveSymptoms::NONE,
        ..Assessment::default()
    };
    for &f in RedFlag::ALL {
        a.red_flags.insert(f, Answer::Absent);
    }
    for f in present {
        a.red_flags.insert(*f, Answer::Present);
    }
    for f in open {
        a.red_flags.remove(f);
    }
    a
}

/// A routine request with everything at hand and the triage of `a`.
fn gated(a: &Assessment, policy: TriagePolicy, nerve_symptoms: bool) -> Routine {
    let t = triage_with(a, policy).unwrap();
    let mut q = req(60);
    q.equipment = Equipment::ALL.to_vec();
    q.nerve_symptoms = nerve_symptoms;
    q.triage = Some(std::borrow::Cow::Owned(t));
    build_routine(&q).unwrap()
}

fn held(r: &Routine, e: Exercise) -> bool {
    r.skipped
        .iter()
        .any(|s| s.exercise == e && s.reason == SkipReason::HeldBack)
        && r.steps.iter().all(|s| s.exercise != e)
}

#[test]
fn nerve_symptoms_hold_heat_back() {
    let mut q = req(60);
    q.equipment = vec![Equipment::HeatPack, Equipment::Ball];
    q.nerve_symptoms = true;
    let r = build_routine(&q).unwrap();
    assert!(held(&r, Exercise::Heat));
    assert!(
        r.gates
            .iter()
            .any(|g| g.id == GateId::NoHeatWithNerveSymptoms)
    );
    assert!(r.to_string().contains("Held back: No heat today"));
}

#[test]
fn a_triage_with_numb_skin_holds_heat_back_and_keeps_its_cautions() {
    let mut a = assessment(&[], &[]);
    a.nerve.numbness = NerveStatus::Stable;
    a.nerve.legs = Legs::One;
    // nerve_symptoms left false on purpose: the triage alone must hold heat back.
    let r = gated(&a, TriagePolicy::SelfCheck, false);
    assert!(held(&r, Exercise::Heat));
    assert!(!held(&r, Exercise::BallRelease));
    assert!(r.gates.iter().any(|g| g.id == GateId::NoHeatOnNumbSkin));
    for c in [
        "Do not put heat on skin that is numb",
        "use gentle pressure",
    ] {
        assert!(
            r.cautions.iter().any(|x| x.contains(c)),
            "caution kept: {c}"
        );
    }
}

#[test]
fn serious_pathways_hold_pressure_and_heat_back() {
    for (flag, gate, policy) in [
        (
            RedFlag::Fever,
            GateId::InfectionPathway,
            TriagePolicy::ClinicianReferral,
        ),
        (
            RedFlag::HistoryOfCancer,
            GateId::CancerPathway,
            TriagePolicy::SelfCheck,
        ),
        (
            RedFlag::OsteoporosisOrSteroids,
            GateId::FracturePathway,
            TriagePolicy::SelfCheck,
        ),
    ] {
        let r = gated(&assessment(&[flag], &[]), policy, false);
        assert!(
            r.gates.iter().any(|g| g.id == gate),
            "{flag}: {:?}",
            r.gates
        );
        for e in [
            Exercise::Heat,
            Exercise::BallRelease,
            Exercise::FoamRollerRelease,
            Exercise::MassageStickRelease,
            Exercise::HandPressure,
            Exercise::FindTheSpots,
        ] {
            assert!(held(&r, e), "{flag}: {e} held back");
        }
        assert!(
            r.steps
                .iter()
                .any(|s| s.exercise == Exercise::FigureFourStretch),
            "stretches stay"
        );
    }
}

#[test]
fn an_open_serious_question_holds_pressure_back() {
    // Past cancer not answered: pressure and heat wait until it is.
    let r = gated(
        &assessment(&[], &[RedFlag::HistoryOfCancer]),
        TriagePolicy::SelfCheck,
        false,
    );
    assert!(
        r.gates.iter().any(|g| g.id == GateId::OpenWarningSigns),
        "{:?}",
        r.gates
    );
    assert!(held(&r, Exercise::BallRelease) && held(&r, Exercise::Heat));
    // A question that needs only a routine appointment does not hold anything back.
    let r = gated(
        &assessment(&[], &[RedFlag::PainGettingWorse]),
        TriagePolicy::SelfCheck,
        false,
    );
    assert!(r.gates.is_empty(), "{:?}", r.gates);
    // All answered: nothing is held back.
    let r = gated(&assessment(&[], &[]), TriagePolicy::SelfCheck, false);
    assert!(r.gates.is_empty(), "{:?}", r.gates);
    assert!(r.steps.iter().any(|s| s.stage == Stage::Release));
}

#[test]
fn flare_uses_cold_not_heat() {
    let mut q = req(30);
    q.phase = Phase::NewFlare;
    q.equipment = vec![Equipment::HeatPack, Equipment::ColdPack];
    let r = build_routine(&q).unwrap();
    assert!(r.steps.iter().any(|s| s.exercise == Exercise::Cold));
    assert!(
        r.skipped
            .iter()
            .any(|s| s.exercise == Exercise::Heat && s.reason == SkipReason::NotForPhase)
    );
    assert!(!r.weekly_plan.in_a_flare.is_empty());
}

#[test]
fn improvement_progresses_and_worsening_regresses() {
    let mut q = req(60);
    q.trend = Some(Trend::Improving);
    let up = build_routine(&q).unwrap();
    q.trend = Some(Trend::Worsening);
    let down = build_routine(&q).unwrap();
    let hold = |r: &Routine| {
        r.steps
            .iter()
            .find(|s| s.exercise == Exercise::FigureFourStretch)
            .unwrap()
            .dosage
            .hold
            .unwrap()
            .min
            .0
    };
    assert_eq!(hold(&up), 30);
    assert_eq!(hold(&down), 20);
    assert!(down.weekly_plan.progression.iter().all(|p| p.next != p.now));
}

fn day(n: i64) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 1).unwrap() + Duration::days(n)
}

fn log(pains: &[u8]) -> Vec<LogEntry> {
    pains
        .iter()
        .enumerate()
        .map(|(i, &p)| LogEntry {
            date: day(i as i64),
            pain: p,
            nerve_symptoms: false,
            routine_done: true,
        })
        .collect()
}

#[test]
fn trends_with_numbers() {
    let cfg = ProgressConfig::default();
    let r = analyze(
        &log(&[7, 7, 7, 7, 7, 7, 7, 4, 4, 4, 4, 4, 4, 4]),
        day(14),
        &cfg,
    )
    .unwrap();
    assert_eq!(r.trend, Trend::Improving);
    assert_eq!(r.change, Some(-3.0));
    let r = analyze(&log(&[4; 14]), day(14), &cfg).unwrap();
    assert_eq!(r.trend, Trend::Stable);
    let r = analyze(
        &log(&[2, 2, 2, 2, 2, 2, 2, 5, 5, 5, 5, 5, 5, 5]),
        day(14),
        &cfg,
    )
    .unwrap();
    assert_eq!(r.trend, Trend::Worsening);
    let r = analyze(&log(&[5, 5]), day(2), &cfg).unwrap();
    assert_eq!(r.trend, Trend::NotEnoughData);
    let r = analyze(&[], day(0), &cfg).unwrap();
    assert_eq!(r.entries, 0);
}

#[test]
fn flares_and_findings_feed_triage() {
    let cfg = ProgressConfig::default();
    // 4 quiet weeks with two 3-day flares: keeps coming back, and no improvement.
    let mut pains = vec![3u8; 28];
    for i in [8, 9, 10, 20, 21, 22] {
        pains[i] = 7;
    }
    let r = analyze(&log(&pains), day(28), &cfg).unwrap();
    assert_eq!(r.flares.len(), 2, "{r:?}");
    assert_eq!(r.flares[0].peak, 7);
    assert!(r.findings.contains(&Finding::KeepsComingBack { flares: 2 }));
    assert!(
        r.findings
            .iter()
            .any(|f| matches!(f, Finding::NoImprovement { weeks: 3.. }))
    );
    let mut a = Assessment::default();
    r.apply_to(&mut a);
    assert_eq!(a.keeps_coming_back, Answer::Present);
    let t = triage(&a).unwrap();
    assert!(
        t.fired
            .iter()
            .any(|f| f.id == triage::RuleId::KeepsComingBack)
    );
    assert!(
        t.fired
            .iter()
            .any(|f| f.id == triage::RuleId::NoImprovement)
    );
    // A flare at the end is reported as now.
    let mut pains = vec![3u8; 14];
    pains.extend([8, 8, 8]);
    let r = analyze(&log(&pains), day(17), &cfg).unwrap();
    assert!(r.in_flare_now);
}

#[test]
fn bad_logs_are_typed_errors() {
    let cfg = ProgressConfig::default();
    let mut l = log(&[3, 4]);
    l[1].pain = 11;
    assert_eq!(
        analyze(&l, day(5), &cfg).unwrap_err().field(),
        Some("log[1].pain")
    );
    let l = log(&[3, 4, 5]);
    let e = analyze(&l, day(1), &cfg).unwrap_err();
    assert_eq!(e.field(), Some("log[2].date"), "future date: {e}");
    let mut l = log(&[3, 4]);
    l[1].date = l[0].date;
    let e = analyze(&l, day(5), &cfg).unwrap_err();
    assert!(e.to_string().contains("logged twice"), "{e}");
    let bad = ProgressConfig {
        min_change: f64::NAN,
        ..cfg
    };
    assert_eq!(
        analyze(&log(&[1]), day(1), &bad).unwrap_err().field(),
        Some("config.min_change")
    );
}

#[test]
fn progress_config_extremes_are_typed_errors() {
    let ok = ProgressConfig::default();
    let cases: Vec<(ProgressConfig, &str, &str)> = vec![
        (
            ProgressConfig {
                window_days: 0,
                ..ok
            },
            "config.window_days",
            "1-365",
        ),
        (
            ProgressConfig {
                window_days: 366,
                ..ok
            },
            "config.window_days",
            "1-365",
        ),
        (
            ProgressConfig {
                flare_rise: 0,
                ..ok
            },
            "config.flare_rise",
            "1-10",
        ),
        (
            ProgressConfig {
                flare_rise: 11,
                ..ok
            },
            "config.flare_rise",
            "1-10",
        ),
        (
            ProgressConfig {
                flare_days: 0,
                ..ok
            },
            "config.flare_days",
            "1-365",
        ),
        (
            ProgressConfig {
                baseline_days: 2,
                ..ok
            },
            "config.baseline_days",
            "3-365",
        ),
        (
            ProgressConfig {
                no_improvement_weeks: 0,
                ..ok
            },
            "config.no_improvement_weeks",
            "1-520",
        ),
        (
            ProgressConfig {
                no_improvement_weeks: 521,
                ..ok
            },
            "config.no_improvement_weeks",
            "1-520",
        ),
        (
            ProgressConfig {
                recurrence_flares: 0,
                ..ok
            },
            "config.recurrence_flares",
            "1-52",
        ),
        (
            ProgressConfig {
                recurrence_window_days: 0,
                ..ok
            },
            "config.recurrence_window_days",
            "1-3650",
        ),
        (
            ProgressConfig {
                min_change: 0.0,
                ..ok
            },
            "config.min_change",
            "above 0",
        ),
        (
            ProgressConfig {
                min_change: 10.5,
                ..ok
            },
            "config.min_change",
            "at most 10",
        ),
        (
            ProgressConfig {
                min_change: f64::INFINITY,
                ..ok
            },
            "config.min_change",
            "above 0",
        ),
    ];
    for (cfg, field, allowed) in cases {
        let e = analyze(&log(&[3, 4]), day(5), &cfg).unwrap_err();
        assert!(matches!(e, Error::OutOfRange { .. }), "{e:?}");
        assert_eq!(e.field(), Some(field), "{e}");
        assert!(e.to_string().contains(allowed), "{e}");
    }
    // The ends of every range are accepted.
    for &(field, lo, hi) in ProgressConfig::RANGES {
        for v in [lo, hi] {
            let mut cfg = ok;
            match field {
                "window_days" => cfg.window_days = v,
                "flare_rise" => cfg.flare_rise = v as u8,
                "flare_days" => cfg.flare_days = v,
                "baseline_days" => cfg.baseline_days = v,
                "no_improvement_weeks" => cfg.no_improvement_weeks = v,
                "recurrence_flares" => cfg.recurrence_flares = v,
                "recurrence_window_days" => cfg.recurrence_window_days = v,
                other => panic!("untested field {other}"),
            }
            assert!(cfg.validate().is_ok(), "{field}={v}");
        }
    }
    assert!(
        ProgressConfig {
            min_change: 10.0,
            ..ok
        }
        .validate()
        .is_ok()
    );
}
