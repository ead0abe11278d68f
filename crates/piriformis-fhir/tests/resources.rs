//! The shape of each exported resource, checked against the core's data.

use piriformis_core::interview::{CATALOGUE, EnableWhen};
use piriformis_core::routine::{RoutineRequest, build_routine};
use piriformis_core::triage::{RULES_VERSION, TriagePolicy, triage, triage_with};
use piriformis_core::{Answer, Assessment, Disposition, Equipment, Phase, RedFlag, Side};
use piriformis_core::{NaiveDate, Vocabulary};
use piriformis_fhir::codes::{PRIORITY, SNOMED_EXERCISE_THERAPY};
use piriformis_fhir::{
    care_plan_bundle, guidance_response, pain_observation, questionnaire, verhoeff_ok,
};
use serde_json::Value;

fn all_absent() -> Assessment {
    let mut a = Assessment {
        nerve: piriformis_core::NerveSymptoms::NONE,
        ..Assessment::default()
    };
    for f in RedFlag::ALL {
        a.red_flags.insert(*f, Answer::Absent);
    }
    a
}

#[test]
fn guidance_asks_for_unanswered_emergency_questions_and_maps_priority() {
    let open = triage(&Assessment::default()).unwrap();
    let g = serde_json::to_value(guidance_response(&open, Some("Patient/1"))).unwrap();
    assert_eq!(g["status"], "data-required");
    // Every open question, red flags then nerve signs: any could change it.
    let wanted: Vec<String> = open
        .unanswered
        .iter()
        .map(|f| f.id())
        .chain(open.unanswered_nerve.iter().map(|s| s.id()))
        .map(|id| format!("item.where(linkId='{id}').answer"))
        .collect();
    let listed: Vec<&str> = g["dataRequirement"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["mustSupport"][0].as_str().unwrap())
        .collect();
    assert!(!wanted.is_empty());
    assert_eq!(listed, wanted);

    let done = triage(&all_absent()).unwrap();
    let g = serde_json::to_value(guidance_response(&done, None)).unwrap();
    assert_eq!(g["status"], "success");
    assert!(g.get("dataRequirement").is_none());
    assert!(
        g["moduleCanonical"]
            .as_str()
            .unwrap()
            .ends_with(&format!("|{RULES_VERSION}"))
    );
    let fired: Vec<&str> = done.fired.iter().map(|f| f.id.id()).collect();
    let reasons: Vec<&str> = g["reasonCode"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["coding"][0]["code"].as_str().unwrap())
        .collect();
    assert_eq!(reasons, fired);
}

#[test]
fn every_disposition_reaches_its_service_request_priority() {
    let mut seen = Vec::new();
    let mut cases = vec![Assessment::default(), all_absent()];
    // Each flag alone (a follow-up with the flags it follows not sure).
    for f in RedFlag::ALL {
        let mut a = all_absent();
        a.red_flags.insert(*f, Answer::Present);
        for p in f.parents() {
            a.red_flags.insert(*p, Answer::Unknown);
        }
        if *f == RedFlag::BothLegs {
            a.nerve.legs = piriformis_core::Legs::Both;
        }
        cases.push(a);
    }
    for a in &cases {
        for &p in TriagePolicy::ALL {
            let r = triage_with(a, p).unwrap();
            let g = serde_json::to_value(guidance_response(&r, None)).unwrap();
            let sr = g["contained"]
                .as_array()
                .unwrap()
                .iter()
                .find(|c| c["resourceType"] == "ServiceRequest")
                .unwrap();
            let row = PRIORITY.iter().find(|row| row.0 == r.disposition).unwrap();
            assert_eq!(sr["priority"], row.1);
            assert_eq!(sr["code"]["coding"][0]["code"], r.disposition.id());
            seen.push(r.disposition);
        }
    }
    assert!(seen.contains(&Disposition::Emergency) && seen.contains(&Disposition::SelfCare));
}

#[test]
fn questionnaire_follows_the_catalogue() {
    for &policy in TriagePolicy::ALL {
        let q = serde_json::to_value(questionnaire(policy)).unwrap();
        let items = q["item"].as_array().unwrap();
        let asked: Vec<_> = CATALOGUE.iter().filter(|c| c.asked_under(policy)).collect();
        assert_eq!(items.len(), asked.len());
        for (item, c) in items.iter().zip(asked) {
            assert_eq!(item["linkId"], c.id.id());
            let conditions = item["enableWhen"].as_array().map_or(0, Vec::len);
            let expected = match c.enable_when {
                EnableWhen::Always => 0,
                EnableWhen::NumberAtLeast { .. } => 1,
                EnableWhen::AnyYes { questions } => questions.len(),
                EnableWhen::AnyYesOrAtLeast { questions, .. } => questions.len() + 1,
            };
            assert_eq!(conditions, expected, "{}", c.id.id());
            assert_eq!(item.get("enableBehavior").is_some(), conditions > 1);
            let codes: Vec<&str> = item["answerOption"]
                .as_array()
                .map(|o| {
                    o.iter()
                        .map(|x| x["valueCoding"]["code"].as_str().unwrap())
                        .collect()
                })
                .unwrap_or_default();
            let choices: Vec<String> = c.choices().into_iter().map(|x| x.id).collect();
            assert_eq!(codes, choices);
        }
    }
}

#[test]
fn pain_observation_carries_loinc_value_date_and_source() {
    let day = NaiveDate::from_ymd_opt(2026, 3, 4).unwrap();
    let o = pain_observation(6, day, Some("Patient/9"), Some("QuestionnaireResponse/a"));
    let o = serde_json::to_value(o).unwrap();
    assert_eq!(o["code"]["coding"][0]["code"], "72514-3");
    assert_eq!(o["category"][0]["coding"][0]["code"], "survey");
    assert_eq!(o["valueInteger"], 6);
    assert_eq!(o["effectiveDateTime"], "2026-03-04");
    assert_eq!(o["subject"]["reference"], "Patient/9");
    assert_eq!(o["derivedFrom"][0]["reference"], "QuestionnaireResponse/a");
    let bare = serde_json::to_value(pain_observation(1, day, None, None)).unwrap();
    assert!(bare.get("derivedFrom").is_none() && bare.get("subject").is_none());
}

#[test]
fn care_plan_has_one_activity_definition_per_exercise() {
    assert!(verhoeff_ok(SNOMED_EXERCISE_THERAPY.0));
    for &phase in Phase::ALL {
        let req = RoutineRequest {
            side: Side::Right,
            phase,
            equipment: Equipment::ALL.to_vec(),
            minutes: 30,
            nerve_symptoms: false,
            trend: None,
            triage: None,
        };
        let routine = build_routine(&req).unwrap();
        let b = serde_json::to_value(care_plan_bundle(&routine, "Patient/1")).unwrap();
        let resources: Vec<&Value> = b["entry"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| &e["resource"])
            .collect();
        assert_eq!(resources[0]["resourceType"], "CarePlan");
        let activities = resources[0]["activity"].as_array().unwrap();
        assert_eq!(activities.len(), routine.steps.len());
        assert_eq!(resources.len(), routine.steps.len() + 1);
        for ((act, ad), step) in activities.iter().zip(&resources[1..]).zip(&routine.steps) {
            let d = &act["detail"];
            assert_eq!(d["instantiatesCanonical"][0], ad["url"]);
            assert_eq!(ad["code"]["coding"][0]["code"], SNOMED_EXERCISE_THERAPY.0);
            let both = step.dosage.sets.is_some() && step.dosage.reps.is_some();
            assert_eq!(d.get("extension").is_some(), both, "{}", step.name);
        }
    }
}

#[test]
fn the_likely_source_carries_no_diagnosis_code() {
    // A self-check estimate must not read as a coded diagnosis: the
    // output parameter holds our own code only, for every verdict.
    let mut a = all_absent();
    a.pain_now = Some(5);
    for worse in [
        vec![],
        vec![
            piriformis_core::symptom::Aggravator::ProlongedSitting,
            piriformis_core::symptom::Aggravator::HardSurface,
        ],
    ] {
        a.worse_with = worse;
        let g = serde_json::to_value(guidance_response(&triage(&a).unwrap(), None)).unwrap();
        let params = g["contained"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["resourceType"] == "Parameters")
            .unwrap();
        let source = params["parameter"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["name"] == "likely_source")
            .unwrap();
        assert!(source.get("valueCodeableConcept").is_none(), "{source}");
        let system = source["valueCoding"]["system"].as_str().unwrap();
        assert!(
            !system.contains("icd-10") && !system.contains("snomed"),
            "{system}"
        );
    }
}

#[test]
fn guidance_asks_for_a_question_that_would_make_it_an_emergency_whatever_its_own_tier() {
    // Foot drop with the fever question open: fever's own tier is urgent, but
    // with foot drop it would be an emergency (a spinal abscess).
    let mut a = all_absent();
    a.red_flags.insert(RedFlag::FootDrop, Answer::Present);
    a.red_flags.insert(RedFlag::Fever, Answer::Unknown);
    let r = triage(&a).unwrap();
    assert_eq!(r.unanswered, [RedFlag::Fever]);
    let g = serde_json::to_value(guidance_response(&r, None)).unwrap();
    assert_eq!(g["status"], "data-required");
    assert_eq!(
        g["dataRequirement"][0]["mustSupport"][0],
        "item.where(linkId='fever').answer"
    );
    // An open question that could only add a lower tier asks for nothing.
    a.red_flags.insert(RedFlag::Fever, Answer::Absent);
    a.red_flags.insert(RedFlag::NightSweats, Answer::Unknown);
    let g = serde_json::to_value(guidance_response(&triage(&a).unwrap(), None)).unwrap();
    assert_eq!(g["status"], "success");
}
