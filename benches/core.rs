//! Criterion benchmarks: triage (typical and worst case, full result and the
//! allocation-free summary side by side), one interview step
//! and a full interview, routine generation, and a 365-day log analysis.
//! Run with `cargo bench --bench core`.

use std::hint::black_box;

use chrono::{Duration, NaiveDate};
use criterion::{Criterion, criterion_group, criterion_main};
use piriformis::interview::{AnswerKind, AnswerValue, Answers, Step, next_step};
use piriformis::progress::{LogEntry, ProgressConfig, analyze};
use piriformis::routine::{RoutineRequest, build_routine};
use piriformis::*;

fn typical() -> Assessment {
    Assessment::from_json(include_str!("../examples/data/assessment.json")).unwrap()
}

fn worst() -> Assessment {
    let mut a = typical();
    for f in RedFlag::ALL {
        a.red_flags.insert(*f, Answer::Present);
    }
    a.nerve = NerveSymptoms {
        numbness: NerveStatus::Worsening,
        tingling: NerveStatus::Worsening,
        weakness: NerveStatus::Worsening,
        legs: Legs::Both,
    };
    a.after_fall_or_accident = Answer::Present;
    a.keeps_coming_back = Answer::Present;
    a.pain_now = Some(9);
    a.self_care_weeks = Some(8);
    a.self_care_helped = Answer::Absent;
    a.worse_with = Aggravator::ALL.to_vec();
    a.tender_areas = TenderArea::ALL.to_vec();
    a
}

fn full_interview() -> Answers {
    let mut answers = Answers::new();
    while let Ok(Step::Ask { question, .. }) = next_step(&answers) {
        let v = match question.kind {
            AnswerKind::YesNo => AnswerValue::Choice("no".into()),
            AnswerKind::OneOf => AnswerValue::Choice(question.choices[0].id.clone()),
            AnswerKind::SeveralOf => AnswerValue::Choices(vec![question.choices[0].id.clone()]),
            _ => AnswerValue::Number(3.0),
        };
        answers.insert(question.id, v);
    }
    answers
}

fn benches(c: &mut Criterion) {
    let (t, w) = (typical(), worst());
    c.bench_function("triage/typical", |b| {
        b.iter(|| triage(black_box(&t)).unwrap())
    });
    // The same answers as an interview at 44 gives them: the strenuous-lift
    // question (asked at 50 or over, or with fragile bones) left unanswered.
    let mut not_asked = t.clone();
    not_asked.red_flags.remove(&RedFlag::StrenuousLift);
    c.bench_function("triage/typical_lift_not_asked", |b| {
        b.iter(|| triage(black_box(&not_asked)).unwrap())
    });
    c.bench_function("triage/summary_typical", |b| {
        b.iter(|| piriformis::triage::summary(black_box(&t)).unwrap())
    });
    c.bench_function("triage/summary_worst_case", |b| {
        b.iter(|| piriformis::triage::summary(black_box(&w)).unwrap())
    });
    // Nothing answered: every red flag is open, so each one's "what if yes" is evaluated.
    let empty = Assessment::default();
    c.bench_function("triage/all_unanswered", |b| {
        b.iter(|| triage(black_box(&empty)).unwrap())
    });
    c.bench_function("triage/all_unanswered_clinician_policy", |b| {
        b.iter(|| {
            piriformis::triage::triage_with(
                black_box(&empty),
                piriformis::triage::TriagePolicy::ClinicianReferral,
            )
            .unwrap()
        })
    });
    c.bench_function("triage/worst_case", |b| {
        b.iter(|| triage(black_box(&w)).unwrap())
    });

    let empty = Answers::new();
    c.bench_function("interview/next_step_first", |b| {
        b.iter(|| next_step(black_box(&empty)).unwrap())
    });
    let done = full_interview();
    c.bench_function("interview/next_step_last", |b| {
        b.iter(|| next_step(black_box(&done)).unwrap())
    });
    c.bench_function("interview/full", |b| b.iter(full_interview));

    let req = RoutineRequest {
        side: Side::Both,
        phase: Phase::ChronicTightness,
        equipment: Equipment::ALL.to_vec(),
        minutes: 30,
        nerve_symptoms: false,
        trend: None,
        triage: None,
    };
    c.bench_function("routine/build", |b| {
        b.iter(|| build_routine(black_box(&req)).unwrap())
    });

    let start = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
    let log: Vec<LogEntry> = (0..365)
        .map(|i| LogEntry {
            date: start + Duration::days(i),
            pain: ((i * 7) % 11) as u8,
            nerve_symptoms: i % 5 == 0,
            routine_done: i % 3 != 0,
        })
        .collect();
    let today = start + Duration::days(365);
    let cfg = ProgressConfig::default();
    c.bench_function("progress/analyze_365_days", |b| {
        b.iter(|| analyze(black_box(&log), today, &cfg).unwrap())
    });
}

criterion_group! {
    name = core;
    config = Criterion::default().sample_size(30).measurement_time(std::time::Duration::from_secs(2)).warm_up_time(std::time::Duration::from_millis(500));
    targets = benches
}
criterion_main!(core);
