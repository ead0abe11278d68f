//! Safe steps: one rule for cold, checks for heat, where the sciatic nerve
//! runs in every step that presses on the buttock, light pressure with nerve
//! symptoms and after cold, stretch steps written for the sore side, and long
//! sitting that does not count as piriformis evidence on its own.

use piriformis_core::exercise::NerveAdvice;
use piriformis_core::symptom::Lean;
use piriformis_core::units::{Laterality, Minutes, Span};
use piriformis_core::*;

fn steps(e: Exercise) -> String {
    e.record().steps.join(" ")
}

fn nerve_advice(e: Exercise) -> &'static str {
    match e.record().with_nerve_symptoms {
        NerveAdvice::Gentle(t) => t,
        NerveAdvice::AsUsual => panic!("{e} has no nerve advice"),
    }
}

#[test]
fn cold_has_one_rule_off_when_numb_or_at_15_minutes_never_on_numb_skin() {
    let cold = Exercise::Cold.record();
    assert_eq!(
        cold.dosage.duration,
        Some(Span::new(Minutes(10), Minutes(15)))
    );
    let text = steps(Exercise::Cold);
    assert!(text.contains("already feels numb, do not use cold"));
    assert!(text.contains("as soon as the skin feels numb, or at 15 minutes"));
    assert!(text.contains("wait until the skin feels normal again"));
    assert!(text.contains("light massage only"));
    // What it should feel like does not tell you to keep it on once numb.
    assert!(!cold.feel.contains("then numb"));
    assert!(cold.feel.contains("take it off"));
    let cue = StopCue::SkinTooHotColdOrNumb.text();
    assert!(cue.contains("Never put heat or cold on skin that is already numb"));
    assert!(cold.stop_if.contains(&StopCue::SkinTooHotColdOrNumb));
    assert!(nerve_advice(Exercise::Cold).contains("Skip cold"));
}

#[test]
fn heat_checks_the_skin_first_never_under_you_and_every_5_minutes() {
    let heat = Exercise::Heat.record();
    assert!(heat.steps[0].contains("touch the skin") && heat.steps[0].contains("numb"));
    let text = steps(Exercise::Heat);
    assert!(text.contains("Never lie or sit on the pack"));
    assert!(text.contains("every 5 minutes"));
    assert!(heat.stop_if.contains(&StopCue::SkinTooHotColdOrNumb));
    assert!(nerve_advice(Exercise::Heat).contains("numb"));
}

fn presses_on_the_buttock(e: Exercise) -> bool {
    e == Exercise::FindTheSpots || e.record().stage == Stage::Release
}

#[test]
fn every_step_that_presses_says_where_the_sciatic_nerve_runs() {
    for &e in Exercise::ALL.iter().filter(|e| presses_on_the_buttock(**e)) {
        let text = steps(e);
        assert!(text.contains("the sciatic nerve leaves the pelvis"), "{e}");
        assert!(text.contains("sit bone"), "{e}");
        assert!(text.contains("bony bump on the outside of the hip"), "{e}");
    }
    // The central point sits over the nerve's exit, and says so.
    assert!(
        TriggerPoint::Central
            .record()
            .how_to_find
            .contains("sciatic nerve leaves the pelvis")
    );
}

#[test]
fn with_nerve_symptoms_pressure_is_light_by_hand_or_a_ball_on_a_wall() {
    for &e in Exercise::ALL.iter().filter(|e| presses_on_the_buttock(**e)) {
        let advice = nerve_advice(e);
        assert!(
            advice.contains("Light pressure only") || advice.contains("light pressure only"),
            "{e}"
        );
        if e != Exercise::MassageStickRelease {
            assert!(
                advice.contains("hand") && advice.contains("wall"),
                "{e}: {advice}"
            );
        }
    }
    // Lying on a roller cannot give light pressure.
    assert!(nerve_advice(Exercise::FoamRollerRelease).starts_with("Skip the roller"));
}

#[test]
fn after_cold_or_in_a_flare_pressure_is_light_once_feeling_is_back() {
    for &e in Exercise::ALL
        .iter()
        .filter(|e| e.record().stage == Stage::Release)
    {
        let r = e.record();
        if r.fits.contains(&Phase::NewFlare) {
            let text = steps(e);
            assert!(text.contains("just after cold"), "{e}");
            assert!(text.contains("skin feels normal again"), "{e}");
            assert!(text.contains("light pressure only"), "{e}");
            assert!(r.feel.contains("light pressure only"), "{e}");
        }
    }
}

#[test]
fn no_step_names_a_side_and_stretches_start_on_the_sore_side() {
    for &e in Exercise::ALL {
        for s in e.record().steps {
            let words: Vec<String> = s
                .split(|c: char| !c.is_alphabetic())
                .map(str::to_lowercase)
                .collect();
            assert!(
                !words.iter().any(|w| w == "left" || w == "right"),
                "{e}: {s}"
            );
        }
    }
    for e in [Exercise::FigureFourStretch, Exercise::SeatedStretch] {
        let r = e.record();
        assert_eq!(r.dosage.laterality, Laterality::PerSide);
        assert!(r.steps[1].starts_with("Start with your sore side"), "{e}");
        assert!(steps(e).contains("other leg crossed"), "{e}");
    }
}

#[test]
fn long_sitting_alone_is_not_piriformis_evidence() {
    let sitting = symptom::Aggravator::ProlongedSitting.record();
    assert_eq!(sitting.lean, Lean::Either);
    assert!(sitting.note.unwrap().contains("does not tell them apart"));
    let mut a = Assessment::default();
    for f in RedFlag::ALL {
        a.red_flags.insert(*f, Answer::Absent);
    }
    a.nerve.legs = Legs::Neither;
    a.worse_with = vec![symptom::Aggravator::ProlongedSitting];
    let r = triage(&a).unwrap();
    assert_eq!(r.likely_source.verdict, LikelySource::Unclear);
    // A feature from the guide's comparison still counts.
    a.worse_with.push(symptom::Aggravator::HardSurface);
    let r = triage(&a).unwrap();
    assert_eq!(r.likely_source.verdict, LikelySource::Piriformis);
    assert!(
        symptom::Mimic::SpinalSciatica
            .record()
            .how_it_differs
            .contains("Long sitting can make either one worse")
    );
}
