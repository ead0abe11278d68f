//! Print an assessment as a FHIR R4 Bundle: its QuestionnaireResponse, the
//! pain score as an Observation and the triage as a GuidanceResponse.
//!
//! ```text
//! cargo run -q --example fhir -- FILE.json [--policy clinician_referral] [--subject Patient/123] [--date 2026-01-31]
//! ```
//! Every resource for every conformance vector, for the validators, is
//! written by the `export_all` example of `piriformis-fhir`.
//! Bad input prints the error and exits with 2.

use piriformis::{Assessment, NaiveDate};

#[path = "support/policy_arg.rs"]
mod policy_arg;
use policy_arg::policy_arg;
#[path = "support/out.rs"]
mod out;

const USAGE: &str = "usage: fhir FILE.json [--policy self_check|clinician_referral] [--subject REF] [--date YYYY-MM-DD]";

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
    out::emit(&serde_json::to_string_pretty(&bundle).unwrap_or_default());
}
