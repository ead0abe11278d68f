//! Triage an assessment from a JSON file.
//!
//! ```text
//! cargo run -q --example triage -- FILE.json [--json] [--policy clinician_referral]
//! ```
//! Without `--json` it prints a readable report with each reason's sources;
//! with it, the result as JSON. `--policy` picks the tier table (default
//! `self_check`, for a person nobody has examined).
//! Bad input prints the typed error (naming the field) and exits with 2.

use std::io::Write;

use piriformis::Assessment;
use piriformis::triage::triage_with;

#[path = "support/policy_arg.rs"]
mod policy_arg;
use policy_arg::policy_arg;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let json = args.iter().any(|a| a == "--json");
    let usage = "usage: triage FILE.json [--json] [--policy self_check|clinician_referral]";
    let (policy, policy_value) = policy_arg(&args, usage);
    let path = args
        .iter()
        .enumerate()
        .find(|(i, a)| !a.starts_with("--") && Some(*i) != policy_value)
        .map(|(_, a)| a);
    let Some(path) = path else {
        eprintln!("{usage}");
        std::process::exit(2);
    };
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("cannot read {path}: {e}");
            std::process::exit(2);
        }
    };
    match Assessment::from_json(&text).and_then(|a| triage_with(&a, policy)) {
        Ok(r) if json => print_quietly(
            &mut std::io::stdout(),
            &serde_json::to_string_pretty(&r).unwrap_or_default(),
        ),
        Ok(r) => print_quietly(&mut std::io::stdout(), &r.to_string()),
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(2);
        }
    }
}

/// Writes `text` and a newline. Without println!, so that a closed pipe
/// (`| head`) ends the program quietly instead of panicking; any other write
/// error is reported and exits with 1.
fn print_quietly(out: &mut impl Write, text: &str) {
    if let Err(e) = writeln!(out, "{text}").and_then(|()| out.flush()) {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    }
}

#[cfg(test)]
mod tests {
    /// A pipe whose reader has gone away (`| head` after one line).
    struct ClosedPipe;

    impl std::io::Write for ClosedPipe {
        fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
            Err(std::io::ErrorKind::BrokenPipe.into())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_closed_pipe_ends_quietly() {
        super::print_quietly(&mut ClosedPipe, "urgent");
    }
}
