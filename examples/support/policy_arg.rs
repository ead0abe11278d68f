//! Shared by the triage and self-check examples: the `--policy` option.

use piriformis::Vocabulary;
use piriformis::triage::TriagePolicy;

/// The policy named after `--policy` (default `self_check`), and the index of
/// its value in `args`; prints the error and `usage` and exits with 2 when the
/// value is missing or unknown.
pub fn policy_arg(args: &[String], usage: &str) -> (TriagePolicy, Option<usize>) {
    let Some(i) = args.iter().position(|a| a == "--policy") else {
        return (TriagePolicy::SelfCheck, None);
    };
    match args
        .get(i + 1)
        .map(|p| TriagePolicy::parse_field("--policy", p))
    {
        Some(Ok(p)) => (p, Some(i + 1)),
        Some(Err(e)) => {
            eprintln!("error: {e}\n{usage}");
            std::process::exit(2);
        }
        None => {
            eprintln!("{usage}");
            std::process::exit(2);
        }
    }
}
