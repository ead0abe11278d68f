//! Writes every FHIR resource this crate exports, for every triage
//! conformance vector, as one JSON file each into a folder: what
//! `scripts/test-fhir.sh` hands to the three independent validators.
//!
//! Per vector: the assessment Bundle and each resource in it. Once: the
//! Questionnaire for each policy, every CodeSystem, the ConceptMap, a pain
//! log Bundle and a CarePlan Bundle per routine phase (with and without nerve
//! symptoms). Per vector also the adaptive next-question response. Resources are also written one by one out of each Bundle, so
//! a validator that does not descend into Bundle entries still sees them.
//!
//! Usage: `cargo run -p piriformis-fhir --example export_all -- OUTDIR`

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use piriformis_core::progress::LogEntry;
use piriformis_core::triage::TriagePolicy;
use piriformis_core::{Assessment, Vocabulary};
use serde_json::Value;

const VECTORS: &str = include_str!("../../../tests/vectors/triage.json");

fn write(dir: &Path, name: &str, value: &Value) -> std::io::Result<()> {
    let text = serde_json::to_string_pretty(value).map_err(std::io::Error::other)?;
    std::fs::write(dir.join(format!("{name}.json")), text)
}

/// Writes a Bundle and each of its entries' resources.
fn write_bundle(dir: &Path, name: &str, bundle: &Value) -> std::io::Result<usize> {
    write(dir, name, bundle)?;
    let mut n = 1;
    let entries = bundle["entry"].as_array().cloned().unwrap_or_default();
    for (i, e) in entries.iter().enumerate() {
        let kind = e["resource"]["resourceType"].as_str().unwrap_or("Resource");
        write(dir, &format!("{name}-{i}-{kind}"), &e["resource"])?;
        n += 1;
    }
    Ok(n)
}

fn run(dir: &Path) -> Result<usize, Box<dyn std::error::Error>> {
    std::fs::create_dir_all(dir)?;
    let date = NaiveDate::from_ymd_opt(2026, 1, 15).ok_or("date")?;
    let subject = Some("Patient/example");
    let mut n = 0;
    for &policy in TriagePolicy::ALL {
        let q = serde_json::to_value(piriformis_fhir::questionnaire(policy))?;
        write(dir, &format!("questionnaire-{}", policy.id()), &q)?;
        n += 1;
    }
    for (i, cs) in piriformis_fhir::code_systems().iter().enumerate() {
        write(dir, &format!("codesystem-{i}"), cs)?;
        n += 1;
    }
    write(dir, "conceptmap", &piriformis_fhir::triage_scale_map())?;
    write(
        dir,
        "codesystem-five-level",
        &piriformis_fhir::terminology::five_level_code_system(),
    )?;
    n += 2;
    for &phase in piriformis_core::Phase::ALL {
        for nerve_symptoms in [false, true] {
            let req = piriformis_core::routine::RoutineRequest {
                side: piriformis_core::Side::Left,
                phase,
                equipment: piriformis_core::Equipment::ALL.to_vec(),
                minutes: 30,
                nerve_symptoms,
                trend: None,
                triage: None,
            };
            let routine = piriformis_core::routine::build_routine(&req)?;
            let plan = piriformis_fhir::care_plan_bundle(&routine, "Patient/example");
            let name = format!("careplan-{}-{nerve_symptoms}", phase.id());
            n += write_bundle(dir, &name, &serde_json::to_value(plan)?)?;
        }
    }
    let log: Vec<LogEntry> = (1..=5)
        .map(|d| LogEntry {
            date: NaiveDate::from_ymd_opt(2026, 1, d).unwrap_or(date),
            pain: (8 - d) as u8,
            nerve_symptoms: false,
            routine_done: d % 2 == 0,
        })
        .collect();
    let pain = serde_json::to_value(piriformis_fhir::pain_bundle(&log, subject))?;
    n += write_bundle(dir, "pain-log", &pain)?;

    let doc: Value = serde_json::from_str(VECTORS)?;
    let cases = doc["cases"].as_array().ok_or("no cases")?;
    for (i, case) in cases.iter().enumerate() {
        let Some(input) = case.get("input").filter(|_| case.get("expect").is_some()) else {
            continue;
        };
        let policy = case["policy"]
            .as_str()
            .and_then(TriagePolicy::from_id)
            .unwrap_or(TriagePolicy::SelfCheck);
        let a: Assessment = serde_json::from_value(input.clone())?;
        let bundle = piriformis_fhir::assessment_bundle(&a, policy, date, subject)?;
        let answers = piriformis_fhir::guidance::answers_for(&a);
        let qr = piriformis_fhir::response_from_answers(&answers, policy)?;
        let next = piriformis_fhir::next_question(&qr, policy)?;
        write(
            dir,
            &format!("vector-{i:03}-next"),
            &serde_json::to_value(next)?,
        )?;
        n += 1;
        n += write_bundle(
            dir,
            &format!("vector-{i:03}"),
            &serde_json::to_value(bundle)?,
        )?;
    }
    Ok(n)
}

fn main() {
    let Some(dir) = std::env::args().nth(1).map(PathBuf::from) else {
        eprintln!("usage: export_all OUTDIR");
        std::process::exit(2);
    };
    match run(&dir) {
        Ok(n) => println!("wrote {n} resources to {}", dir.display()),
        Err(e) => {
            eprintln!("export failed: {e}");
            std::process::exit(1);
        }
    }
}
