//! Prints today's routine.
//!
//! ```text
//! cargo run -q --example routine -- [--side left|right|both] [--phase new_flare|chronic_tightness]
//!     [--minutes N] [--equipment foam_roller,ball,...] [--nerve] [--trend improving|stable|worsening] [--json]
//! ```

use piriformis::progress::Trend;
use piriformis::routine::{RoutineRequest, build_routine};
use piriformis::{Equipment, Phase, Side, Vocabulary};

fn run() -> piriformis::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
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
                allowed: "whole numbers 1-120".into(),
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
    if args.iter().any(|a| a == "--json") {
        println!(
            "{}",
            serde_json::to_string_pretty(&routine).unwrap_or_default()
        );
    } else {
        println!("{routine}");
    }
    Ok(())
}

fn main() {
    if let Err(e) = run() {
        eprintln!("error: {e}");
        std::process::exit(2);
    }
}
