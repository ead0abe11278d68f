//! Prints today's routine.
//!
//! ```text
//! cargo run -q --example routine -- [--side left|right|both] [--phase new_flare|chronic_tightness]
//!     [--minutes N] [--equipment foam_roller,ball,...] [--nerve] [--trend improving|stable|worsening] [--json]
//! ```
//! An unknown flag, a flag without its value or a stray word prints the usage
//! and exits with 2.

use std::io::Write;

use piriformis::progress::Trend;
use piriformis::routine::{RoutineRequest, build_routine};
use piriformis::{Equipment, Phase, Side, Vocabulary};

/// The command line, as the usage line shows it.
const USAGE: &str = "usage: routine [--side left|right|both] [--phase new_flare|chronic_tightness] [--minutes N] [--equipment foam_roller,ball,...] [--nerve] [--trend improving|stable|worsening] [--json]";

/// Flags that take a value.
const VALUE_FLAGS: &[&str] = &["--side", "--phase", "--minutes", "--equipment", "--trend"];
/// Flags that stand alone.
const SWITCHES: &[&str] = &["--nerve", "--json", "--help"];

/// Checks the arguments: every flag known, every value flag given a value,
/// no flag twice, no stray words. The message names the argument at fault.
fn check_args(args: &[String]) -> Result<(), String> {
    let mut seen: Vec<&str> = Vec::new();
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_str();
        if seen.contains(&a) {
            return Err(format!("{a} is given twice"));
        }
        if VALUE_FLAGS.contains(&a) {
            match args.get(i + 1) {
                Some(v) if !v.starts_with("--") => i += 2,
                _ => return Err(format!("{a} needs a value")),
            }
        } else if SWITCHES.contains(&a) {
            i += 1;
        } else if a.starts_with('-') {
            return Err(format!("unknown flag {a}"));
        } else {
            return Err(format!("unexpected argument {a}"));
        }
        seen.push(a);
    }
    Ok(())
}

fn run(args: &[String]) -> piriformis::Result<()> {
    let value = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
            .map(String::as_str)
    };
    let minutes = match value("--minutes") {
        Some(m) => m
            .parse::<u16>()
            .map_err(|_| piriformis::Error::OutOfRange {
                field: "minutes".into(),
                value: m.into(),
                allowed: piriformis::vocab::ranges::ROUTINE_MINUTES.allowed(),
            })?,
        None => 20,
    };
    let equipment = value("--equipment")
        .map(|list| {
            list.split(',')
                .filter(|s| !s.is_empty())
                .map(|s| Equipment::parse_field("equipment", s))
                .collect::<Result<Vec<_>, _>>()
        })
        .transpose()?
        .unwrap_or_default();
    let req = RoutineRequest {
        side: Side::parse_field("side", value("--side").unwrap_or("right"))?,
        phase: Phase::parse_field("phase", value("--phase").unwrap_or("chronic_tightness"))?,
        equipment,
        minutes,
        nerve_symptoms: args.iter().any(|a| a == "--nerve"),
        trend: value("--trend")
            .map(|t| Trend::parse_field("trend", t))
            .transpose()?,
        triage: None,
    };
    let routine = build_routine(&req)?;
    let text = if args.iter().any(|a| a == "--json") {
        serde_json::to_string_pretty(&routine).unwrap_or_default()
    } else {
        routine.to_string()
    };
    // Without println!, so that a closed pipe (`| head`) ends quietly.
    if let Err(e) = writeln!(std::io::stdout().lock(), "{text}") {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    }
    Ok(())
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let Err(message) = check_args(&args) {
        eprintln!("error: {message}\n{USAGE}");
        std::process::exit(2);
    }
    if args.iter().any(|a| a == "--help") {
        println!("{USAGE}");
        return;
    }
    if let Err(e) = run(&args) {
        eprintln!("error: {e}");
        std::process::exit(2);
    }
}

#[cfg(test)]
mod tests {
    use super::check_args;

    fn check(args: &[&str]) -> Result<(), String> {
        check_args(&args.iter().map(|a| a.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn known_flags_pass() {
        assert_eq!(check(&[]), Ok(()));
        assert_eq!(
            check(&[
                "--side",
                "left",
                "--minutes",
                "15",
                "--equipment",
                "ball",
                "--nerve",
                "--json"
            ]),
            Ok(())
        );
    }

    #[test]
    fn unknown_or_incomplete_flags_fail() {
        assert_eq!(
            check(&["--minuts", "15"]),
            Err("unknown flag --minuts".into())
        );
        assert_eq!(check(&["-m"]), Err("unknown flag -m".into()));
        assert_eq!(check(&["15"]), Err("unexpected argument 15".into()));
        assert_eq!(check(&["--minutes"]), Err("--minutes needs a value".into()));
        assert_eq!(
            check(&["--side", "--json"]),
            Err("--side needs a value".into())
        );
        assert_eq!(
            check(&["--side", "left", "--side", "right"]),
            Err("--side is given twice".into())
        );
    }
}
