//! Print an assessment as a FHIR R4 Bundle: its QuestionnaireResponse, the
//! pain score as an Observation and the triage as a GuidanceResponse.
//!
//! ```text
//! cargo run -q --example fhir -- FILE.json [--policy clinician_referral] [--subject Patient/123] [--date 2026-01-31]
//! cargo run -q --example fhir -- --export-vectors OUTDIR
//! ```
//! `--export-vectors` writes every resource for every conformance vector in
//! `tests/vectors/triage.json` to OUTDIR, one JSON file each, for the
//! validators run by `scripts/test-fhir.sh`.
//! Bad input prints the error and exits with 2.

use std::path::Path;

use piriformis::triage::TriagePolicy;
use piriformis::{Assessment, NaiveDate, Vocabulary};
use piriformis_fhir::guidance::answers_for;
use piriformis_fhir::terminology::five_level_code_system;

#[path = "support/policy_arg.rs"]
mod policy_arg;
use policy_arg::policy_arg;

const USAGE: &str = "usage: fhir FILE.json [--policy self_check|clinician_referral] [--subject REF] [--date YYYY-MM-DD]\n       fhir --export-vectors OUTDIR";

fn fail(message: impl std::fmt::Display) -> ! {
    eprintln!("error: {message}");
    std::process::exit(2);
}

/// Today (UTC), from the system clock.
fn today() -> NaiveDate {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    // 719,163 days from 0001-01-01 to 1970-01-01.
    NaiveDate::from_num_days_from_ce_opt((secs / 86_400) as i32 + 719_163).unwrap_or(NaiveDate::MIN)
}

/// The value after `flag`, if given.
fn option<'a>(args: &'a [String], flag: &str) -> Option<&'a String> {
    let i = args.iter().position(|a| a == flag)?;
    Some(args.get(i + 1).unwrap_or_else(|| fail(USAGE)))
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let Some(dir) = option(&args, "--export-vectors") {
        let n = export_vectors(Path::new(dir)).unwrap_or_else(|e| fail(e));
        println!("wrote {n} resources to {dir}");
        return;
    }
    let (policy, _) = policy_arg(&args, USAGE);
    let subject = option(&args, "--subject").map(String::as_str);
    let date = option(&args, "--date").map_or_else(today, |d| {
        d.parse()
            .unwrap_or_else(|e| fail(format!("--date {d}: {e}")))
    });
    let values: Vec<&String> = ["--policy", "--subject", "--date"]
        .iter()
        .filter_map(|f| option(&args, f))
        .collect();
    let Some(path) = args
        .iter()
        .find(|a| !a.starts_with("--") && !values.iter().any(|v| std::ptr::eq(*v, *a)))
    else {
        fail(USAGE)
    };
    let text =
        std::fs::read_to_string(path).unwrap_or_else(|e| fail(format!("cannot read {path}: {e}")));
    let a = Assessment::from_json(&text).unwrap_or_else(|e| fail(e));
    let bundle =
        piriformis_fhir::assessment_bundle(&a, policy, date, subject).unwrap_or_else(|e| fail(e));
    println!(
        "{}",
        serde_json::to_string_pretty(&bundle).unwrap_or_default()
    );
}

fn write(dir: &Path, name: &str, value: &impl serde::Serialize) -> Result<(), String> {
    let text = serde_json::to_string_pretty(value).map_err(|e| e.to_string())?;
    std::fs::write(dir.join(format!("{name}.json")), text).map_err(|e| e.to_string())
}

/// Writes every resource for every vector with a result; returns the count.
fn export_vectors(dir: &Path) -> Result<usize, String> {
    std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    let doc: serde_json::Value = serde_json::from_str(include_str!("../tests/vectors/triage.json"))
        .map_err(|e| e.to_string())?;
    let date = NaiveDate::from_ymd_opt(2026, 1, 31).unwrap_or(NaiveDate::MIN);
    let mut n = 0;
    let mut put = |name: String, v: &serde_json::Value| {
        n += 1;
        write(dir, &name, v)
    };
    for policy in TriagePolicy::ALL {
        put(
            format!("questionnaire-{}", policy.id()),
            &to_value(&piriformis_fhir::questionnaire(*policy)),
        )?;
    }
    for (i, cs) in piriformis_fhir::code_systems().iter().enumerate() {
        put(format!("codesystem-{i}"), cs)?;
    }
    put("codesystem-five-level".into(), &five_level_code_system())?;
    put("conceptmap".into(), &piriformis_fhir::triage_scale_map())?;
    for phase in piriformis::Phase::ALL {
        for nerve_symptoms in [false, true] {
            let req = piriformis::routine::RoutineRequest {
                side: piriformis::Side::Left,
                phase: *phase,
                equipment: piriformis::Equipment::ALL.to_vec(),
                minutes: 30,
                nerve_symptoms,
                trend: None,
                triage: None,
            };
            let routine = piriformis::routine::build_routine(&req).map_err(|e| e.to_string())?;
            let bundle = piriformis_fhir::care_plan_bundle(&routine, "Patient/example");
            for (j, entry) in bundle.entry.iter().enumerate() {
                put(
                    format!("routine-{}-{nerve_symptoms}-{j:02}", phase.id()),
                    &entry.resource,
                )?;
            }
            put(
                format!("routine-{}-{nerve_symptoms}-bundle", phase.id()),
                &to_value(&bundle),
            )?;
        }
    }
    let cases = doc["cases"].as_array().cloned().unwrap_or_default();
    for (i, case) in cases.iter().enumerate() {
        if case.get("expect").is_none() {
            continue;
        }
        let policy = case["policy"]
            .as_str()
            .and_then(TriagePolicy::from_id)
            .unwrap_or(TriagePolicy::SelfCheck);
        let a = Assessment::from_json(&case["input"].to_string()).map_err(|e| e.to_string())?;
        let bundle = piriformis_fhir::assessment_bundle(&a, policy, date, Some("Patient/example"))
            .map_err(|e| e.to_string())?;
        for entry in &bundle.entry {
            let kind = entry.resource["resourceType"]
                .as_str()
                .unwrap_or("resource")
                .to_lowercase();
            put(format!("vector-{i:03}-{kind}"), &entry.resource)?;
        }
        put(format!("vector-{i:03}-bundle"), &to_value(&bundle))?;
        let qr = piriformis_fhir::response_from_answers(&answers_for(&a), policy)
            .map_err(|e| e.to_string())?;
        let next = piriformis_fhir::next_question(&qr, policy).map_err(|e| e.to_string())?;
        put(format!("vector-{i:03}-next-question"), &to_value(&next))?;
        if let Some(p) = a.pain_now {
            let log: Vec<piriformis::progress::LogEntry> = (0..3u64)
                .filter_map(|d| date.checked_sub_days(chrono::Days::new(d)))
                .map(|day| piriformis::progress::LogEntry {
                    date: day,
                    pain: p,
                    nerve_symptoms: false,
                    routine_done: true,
                })
                .collect();
            put(
                format!("vector-{i:03}-pain-log"),
                &to_value(&piriformis_fhir::pain_bundle(&log, Some("Patient/example"))),
            )?;
        }
    }
    Ok(n)
}

fn to_value(v: &impl serde::Serialize) -> serde_json::Value {
    serde_json::to_value(v).unwrap_or_default()
}
