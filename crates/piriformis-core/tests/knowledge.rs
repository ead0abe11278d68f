//! The knowledge base covers every fact of the guide, every id resolves, and
//! every vocabulary round-trips through serde.

use piriformis_core::anatomy::{NerveCourse, SCIATIC_NERVE};
use piriformis_core::care::{
    CODES, ClinicalTest, DEFINING_FEATURES, Misconception, Provider, Resource, Treatment,
};
use piriformis_core::exercise::{Equipment, Exercise, Habit, Stage};
use piriformis_core::symptom::{Aggravator, ComparisonFeature, Lean, Mimic, Symptom};
use piriformis_core::trigger_point::{PIRIFORMIS_REFERRAL, TRIGGER_POINT_FACTS};
use piriformis_core::units::Laterality;
use piriformis_core::units::{Count, Frequency, Minutes, Seconds, Span};
use piriformis_core::*;
use serde_json::Value;

fn kb_json() -> Value {
    serde_json::from_str(&KnowledgeBase::get().to_json()).expect("valid JSON")
}

fn roundtrip<
    T: Vocabulary + serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
>() {
    let mut seen = std::collections::HashSet::new();
    for &v in T::ALL {
        let json = serde_json::to_string(&v).unwrap();
        assert_eq!(json, format!("\"{}\"", v.id()), "{} wire name", T::NAME);
        let back: T = serde_json::from_str(&json).unwrap();
        assert_eq!(back, v);
        assert_eq!(T::parse_field("f", v.id()).unwrap(), v);
        assert!(seen.insert(v.id()), "duplicate id {}", v.id());
        assert!(
            v.id()
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        );
    }
    let err = T::parse_field("field_x", "no_such_id").unwrap_err();
    assert_eq!(err.field(), Some("field_x"));
    assert!(err.to_string().contains(T::ALL[0].id()));
}

macro_rules! each_record {
    ($($t:ty),*) => {$(
        roundtrip::<$t>();
        for &v in <$t as Vocabulary>::ALL {
            assert_eq!(v.record().id, v, "{} record id", <$t as Vocabulary>::NAME);
            assert!(!v.record().sources.is_empty(), "{v:?} has no source");
        }
    )*};
}

#[test]
fn every_variant_has_exactly_one_record_with_sources() {
    each_record!(
        Muscle,
        Landmark,
        NerveVariant,
        TriggerPoint,
        TriggerPointKind,
        Cause,
        Symptom,
        Aggravator,
        ComparisonFeature,
        Mimic,
        RedFlag,
        Exercise,
        Habit,
        Equipment,
        Provider,
        piriformis_core::care::ExamStep,
        ClinicalTest,
        Treatment,
        Misconception,
        Resource
    );
    roundtrip::<GuideSection>();
    roundtrip::<Citation>();
    roundtrip::<Disposition>();
    roundtrip::<BodyRegion>();
    roundtrip::<PainQuality>();
    roundtrip::<Stage>();
    roundtrip::<Phase>();
    roundtrip::<StopCue>();
    roundtrip::<Side>();
    roundtrip::<Answer>();
    roundtrip::<triage::RuleId>();
}

#[test]
fn every_guide_section_and_citation_is_used() {
    let text = KnowledgeBase::get().to_json();
    for s in GuideSection::ALL {
        assert!(
            text.contains(&format!("\"guide\":\"{}\"", s.id())),
            "guide section {s} never cited"
        );
    }
    for c in Citation::ALL {
        assert!(
            text.contains(&format!("\"cited\":\"{}\"", c.id())),
            "citation {c} never used"
        );
    }
}

#[test]
fn every_referenced_id_resolves_and_is_consistent() {
    // Every trigger point's referral regions belong to the muscle's whole pattern.
    for &tp in TriggerPoint::ALL {
        for r in tp.record().referral {
            assert!(
                PIRIFORMIS_REFERRAL
                    .iter()
                    .any(|p| p.region == r.region && p.kind == r.kind),
                "{tp}: {} not in the whole pattern",
                r.region
            );
        }
        assert!(tp.record().landmarks.iter().all(|l| l.record().id == *l));
    }
    // Essential zones come before spillover ones.
    let kinds: Vec<_> = PIRIFORMIS_REFERRAL.iter().map(|r| r.kind).collect();
    let mut sorted = kinds.clone();
    sorted.sort();
    assert_eq!(kinds, sorted);
    // Every muscle has at least one exercise working on it.
    for &m in Muscle::ALL {
        if m == Muscle::HipFlexors {
            continue; // the guide names tight hip flexors as a cause only
        }
        assert!(
            Exercise::ALL
                .iter()
                .any(|e| e.record().targets.contains(&m)),
            "no exercise for {m}"
        );
    }
    // Every piece of equipment is used by some exercise.
    for &eq in Equipment::ALL {
        assert!(
            Exercise::ALL
                .iter()
                .any(|e| e.record().equipment == Some(eq)),
            "{eq} unused"
        );
    }
    // Every exercise has steps, stop-if cues and a phase.
    for &e in Exercise::ALL {
        let r = e.record();
        assert!(
            !r.steps.is_empty() && !r.stop_if.is_empty() && !r.fits.is_empty(),
            "{e}"
        );
    }
    // Every red flag fires at least one triage rule on its own.
    for &f in RedFlag::ALL {
        let mut a = Assessment::default();
        a.red_flags.insert(f, Answer::Present);
        if let Some(parent) = f.follow_up_of() {
            a.red_flags.insert(parent, Answer::Present);
        }
        if f == RedFlag::BothLegs {
            a.nerve.legs = Legs::Both;
        }
        let r = triage(&a).unwrap();
        assert!(r.disposition >= f.tier(), "{f}");
        assert!(r.disposition >= Disposition::SeeClinician);
    }
}

#[test]
fn knowledge_json_round_trips_as_a_document() {
    let v = kb_json();
    let again: Value = serde_json::from_str(&serde_json::to_string(&v).unwrap()).unwrap();
    assert_eq!(v, again);
    assert_eq!(
        v["exercises"].as_array().unwrap().len(),
        Exercise::ALL.len()
    );
    assert_eq!(v["red_flags"].as_array().unwrap().len(), RedFlag::ALL.len());
}

#[test]
fn units_round_trip() {
    let d = Exercise::FigureFourStretch.record().dosage;
    let back: Dosage = serde_json::from_str(&serde_json::to_string(&d).unwrap()).unwrap();
    assert_eq!(back, d);
    for f in [
        Frequency::Daily,
        Frequency::DaysPerWeek { days: 3 },
        Frequency::AsNeeded,
        Frequency::Throughout,
    ] {
        let back: Frequency = serde_json::from_str(&serde_json::to_string(&f).unwrap()).unwrap();
        assert_eq!(back, f);
    }
}

// ---- one test per guide section ----

#[test]
fn anatomy() {
    let p = Muscle::Piriformis.record();
    assert!(p.summary.contains("pear-shaped") && p.summary.contains("deep"));
    assert!(p.origin.unwrap().contains("sacrum"));
    assert!(p.insertion.unwrap().contains("greater trochanter"));
    assert!(SCIATIC_NERVE.description.contains("longest nerve"));
    // below / through / over, with cited prevalence
    let courses: Vec<NerveCourse> = NerveVariant::ALL
        .iter()
        .flat_map(|v| v.record().courses.iter().copied())
        .collect();
    for c in NerveCourse::ALL {
        assert!(courses.contains(c));
    }
    let a = NerveVariant::TypeA.record();
    assert!(a.prevalence.iter().any(|p| p.percent.0 == 852));
    assert!(a.prevalence.iter().any(|p| p.percent.0 == 900));
    assert!(
        NerveVariant::TypeB
            .record()
            .prevalence
            .iter()
            .any(|p| p.percent.0 == 98)
    );
    assert!(SCIATIC_NERVE.prevalence.iter().any(|p| p.percent.0 == 169));
    assert!(SCIATIC_NERVE.prevalence.iter().any(|p| p.percent.0 == 831));
    assert!(SCIATIC_NERVE.prevalence.iter().any(|p| p.percent.0 == 310));
    assert_eq!(Landmark::Sacrum.record().name, "Sacrum");
    assert!(
        Landmark::GreaterTrochanter
            .record()
            .description
            .contains("outside of the upper thigh")
    );
}

#[test]
fn function() {
    use piriformis_core::anatomy::HipPosition;
    let actions = Muscle::Piriformis.record().actions;
    let by = |p: HipPosition| actions.iter().find(|a| a.position == p).unwrap().action;
    assert!(by(HipPosition::Extended).contains("outward"));
    assert!(by(HipPosition::Flexed90).contains("out to the side"));
    assert!(by(HipPosition::FootStrike).contains("inward"));
    assert!(by(HipPosition::Any).contains("socket"));
    for m in [
        Muscle::GluteusMaximus,
        Muscle::GluteusMedius,
        Muscle::HipFlexors,
        Muscle::Core,
    ] {
        assert!(!m.record().role.is_empty());
    }
}

#[test]
fn trigger_points() {
    assert!(TriggerPointKind::Active.record().hurts_at_rest);
    assert!(!TriggerPointKind::Latent.record().hurts_at_rest);
    assert!(
        TriggerPointKind::Latent
            .record()
            .description
            .contains("pressed or stretched")
    );
    assert_eq!(TRIGGER_POINT_FACTS.also_called, "muscle knot");
    for q in [
        PainQuality::Sharp,
        PainQuality::Dull,
        PainQuality::Burning,
        PainQuality::Aching,
    ] {
        assert!(TRIGGER_POINT_FACTS.qualities.contains(&q));
    }
    assert_eq!(TRIGGER_POINT_FACTS.symptom_sources.len(), 3);
}

#[test]
fn causes() {
    use piriformis_core::cause::CauseCategory;
    for cat in CauseCategory::ALL {
        assert!(Cause::ALL.iter().any(|c| c.record().category == *cat));
    }
    let rot = Cause::RepeatedHipRotation.record();
    for who in ["runners", "cyclists", "dancers"] {
        assert!(rot.examples.contains(&who));
    }
    for c in [
        Cause::Fall,
        Cause::CarAccident,
        Cause::BlowToHip,
        Cause::SuddenSlip,
        Cause::WalletInBackPocket,
        Cause::CrossingLegs,
        Cause::WeakGlutes,
        Cause::TightHipFlexors,
        Cause::HardOrUnevenSeat,
        Cause::Slouching,
    ] {
        assert!(!c.record().how.is_empty());
    }
}

#[test]
fn symptoms() {
    let ache = Symptom::DeepButtockAche.record();
    for a in [
        Aggravator::ProlongedSitting,
        Aggravator::HardSurface,
        Aggravator::ClimbingStairs,
        Aggravator::Running,
    ] {
        assert!(ache.worse_with.contains(&a));
    }
    for s in [Symptom::Numbness, Symptom::Tingling, Symptom::LegWeakness] {
        assert!(s.record().nerve_sign);
    }
}

#[test]
fn sciatica_comparison() {
    let worse = ComparisonFeature::WorseWith.record();
    assert_eq!(worse.piriformis_aggravators.len(), 4);
    assert!(worse.spinal_aggravators.contains(&Aggravator::Coughing));
    assert!(worse.spinal_aggravators.contains(&Aggravator::Sneezing));
    for a in worse.piriformis_aggravators {
        assert_eq!(a.record().lean, Lean::Piriformis);
    }
    for a in worse.spinal_aggravators {
        assert_eq!(a.record().lean, Lean::Spinal);
    }
    assert!(
        ComparisonFeature::MainTrigger
            .record()
            .spinal
            .contains("stenosis")
    );
    assert!(
        ComparisonFeature::TenderArea
            .record()
            .piriformis
            .contains("buttock")
    );
}

#[test]
fn locations_and_referred_pain() {
    assert!(TriggerPoint::Medial.record().how_to_find.contains("inch"));
    assert!(TriggerPoint::Central.record().note.contains("referred"));
    assert!(
        TriggerPoint::Lateral
            .record()
            .note
            .contains("farther down the leg")
    );
    let essential: Vec<_> = PIRIFORMIS_REFERRAL
        .iter()
        .filter(|r| r.kind == ReferralKind::Essential)
        .map(|r| r.region)
        .collect();
    assert_eq!(
        essential,
        vec![
            BodyRegion::SacroiliacRegion,
            BodyRegion::Buttock,
            BodyRegion::BackOfHip
        ]
    );
    for r in [BodyRegion::BackOfThigh, BodyRegion::Calf, BodyRegion::Foot] {
        assert!(
            PIRIFORMIS_REFERRAL
                .iter()
                .any(|p| p.region == r && p.kind == ReferralKind::Spillover)
        );
    }
}

fn hold(e: Exercise) -> Span<Seconds> {
    e.record().dosage.hold.unwrap()
}

#[test]
fn self_assessment_and_release() {
    let find = Exercise::FindTheSpots.record();
    assert!(find.steps.iter().any(|s| s.contains("figure-four")));
    assert!(find.stop_if.contains(&StopCue::NumbnessOrTinglingIncreases));
    for e in [
        Exercise::HandPressure,
        Exercise::FoamRollerRelease,
        Exercise::BallRelease,
        Exercise::MassageStickRelease,
    ] {
        assert_eq!(
            hold(e),
            Span::new(Seconds(30), Seconds(90)),
            "{e}: compression 30-90 s"
        );
        assert_eq!(e.record().stage, Stage::Release);
        assert!(e.record().feel.contains("good hurt"));
    }
    assert_eq!(
        Exercise::FoamRollerRelease.record().equipment,
        Some(Equipment::FoamRoller)
    );
    assert_eq!(
        Exercise::BallRelease.record().equipment,
        Some(Equipment::Ball)
    );
}

#[test]
fn heat_and_cold() {
    let heat = Exercise::Heat.record();
    assert_eq!(
        heat.dosage.duration,
        Some(Span::new(Minutes(15), Minutes(20)))
    );
    assert_eq!(heat.fits, &[Phase::ChronicTightness]);
    let cold = Exercise::Cold.record();
    assert_eq!(
        cold.dosage.duration,
        Some(Span::new(Minutes(10), Minutes(15)))
    );
    assert_eq!(cold.fits, &[Phase::NewFlare]);
}

#[test]
fn stretches() {
    for e in [Exercise::FigureFourStretch, Exercise::SeatedStretch] {
        let d = e.record().dosage;
        assert_eq!(d.hold, Some(Span::new(Seconds(20), Seconds(30))));
        assert_eq!(d.reps, Some(Span::new(Count(2), Count(3))));
        assert_eq!(d.laterality, Laterality::PerSide);
        assert_eq!(d.frequency, Frequency::Daily);
    }
}

#[test]
fn mobility() {
    let c = Exercise::HipCircles.record().dosage;
    assert_eq!(c.reps, Some(Span::new(Count(10), Count(15))));
    assert_eq!(c.laterality, Laterality::PerSideEachDirection);
    assert_eq!(
        Exercise::PelvicTilts.record().dosage.reps,
        Some(Span::new(Count(10), Count(15)))
    );
}

#[test]
fn strengthening_and_posture() {
    assert!(
        Exercise::GluteBridge
            .record()
            .targets
            .contains(&Muscle::GluteusMaximus)
    );
    assert!(
        Exercise::Clamshell
            .record()
            .steps
            .iter()
            .any(|s| s.contains("45 degrees"))
    );
    assert_eq!(
        Exercise::LateralBandWalk.record().equipment,
        Some(Equipment::ResistanceBand)
    );
    assert!(Exercise::Plank.record().targets.contains(&Muscle::Core));
    assert!(Exercise::SidePlank.record().targets.contains(&Muscle::Core));
    assert_eq!(Habit::ALL.len(), 5);
}

#[test]
fn warning_signs() {
    assert_eq!(
        RedFlag::BladderOrBowelControl.tier(),
        Disposition::Emergency
    );
    assert_eq!(RedFlag::SaddleNumbness.tier(), Disposition::Emergency);
    assert_eq!(RedFlag::BothLegs.tier(), Disposition::Emergency);
    for f in [
        RedFlag::Fever,
        RedFlag::UnexplainedWeightLoss,
        RedFlag::NightSweats,
        RedFlag::PainNotEasedByRest,
    ] {
        assert!(f.tier() >= Disposition::SeeClinicianSoon);
    }
    assert!(Mimic::ALL.contains(&Mimic::HipBursitis) && Mimic::ALL.contains(&Mimic::LumbarDisc));
}

#[test]
fn professional_care() {
    let fair = ClinicalTest::Fair.record();
    let acc = fair.accuracy.unwrap();
    assert_eq!(
        (acc.sensitivity_permille, acc.specificity_permille),
        (Some(881), Some(832))
    );
    assert!(fair.how.contains("Flexion, Adduction, Internal Rotation"));
    assert_eq!(Provider::ALL.len(), 6);
    assert!(
        Treatment::Injection
            .record()
            .description
            .contains("corticosteroid")
    );
    assert!(
        piriformis_core::care::ExamStep::RuleOutOtherCauses
            .record()
            .description
            .contains("MRI")
    );
    assert!(CODES.iter().any(|c| c.code == "G57.03"));
    assert_eq!(DEFINING_FEATURES.len(), 4);
}

#[test]
fn misconceptions_tools_resources_notice() {
    assert_eq!(Misconception::ALL.len(), 4);
    assert!(
        Equipment::FoamRoller
            .record()
            .advice
            .contains("Medium density")
    );
    assert!(Equipment::Ball.record().advice.contains("firmer"));
    assert!(
        Resource::TravellSimonsManual
            .record()
            .title
            .contains("Travell")
    );
    assert!(Resource::DaviesWorkbook.record().title.contains("Davies"));
    assert!(NOTICE.contains("not medical advice"));
}

#[test]
fn the_docs_tier_table_is_the_code_s_table() {
    let docs = include_str!("../../../docs/triage-tier-table.md");
    assert_eq!(
        docs,
        piriformis_core::triage::tier_table_markdown(),
        "docs/triage-tier-table.md is stale: cargo run -q --example knowledge -- --tiers > docs/triage-tier-table.md"
    );
}

#[test]
fn the_docs_plain_cases_page_is_the_code_s_table() {
    let docs = include_str!("../../../docs/plain-cases.md");
    let table = piriformis_core::document::plain_cases_markdown();
    assert!(
        docs.ends_with(&table),
        "docs/plain-cases.md is stale: its table is cargo run -q --example knowledge -- --plain-cases"
    );
    // Ordinary answers stay ordinary: no plain case without a cauda equina
    // sign, a serious accident or radicular pain after cancer is an emergency.
    for c in piriformis_core::document::plain_cases() {
        let r = piriformis_core::triage(&c.assessment).unwrap();
        if r.disposition == Disposition::Emergency {
            assert!(
                r.fired.iter().any(|f| matches!(
                    f.pathway,
                    piriformis_core::triage::Pathway::CaudaEquina
                        | piriformis_core::triage::Pathway::Cancer
                ) && f.disposition == Disposition::Emergency),
                "{} + {}: {r}",
                c.presentation,
                c.extra
            );
        }
    }
}
