//! Writes the body map as `body_map.svg` and `body_map.png`, and with
//! `--lookup` prints which trigger points could explain the given regions.
//!
//! ```text
//! cargo run --example body_map -- [--side left|right|both] [--highlight medial|central|lateral]
//!     [--pain buttock,calf,...] [--out DIR] [--lookup]
//! ```

use piriformis::lookup::lookup;
use piriformis::picture::{BodyMapOptions, body_map_svg};
use piriformis::{BodyRegion, Side, TriggerPoint, Vocabulary};

use piriformis::png;

fn run() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
            .map(String::as_str)
    };
    let side = value("--side")
        .map(|s| Side::parse_field("side", s))
        .transpose()
        .map_err(|e| e.to_string())?;
    let highlight = value("--highlight")
        .map(|s| TriggerPoint::parse_field("highlight", s))
        .transpose()
        .map_err(|e| e.to_string())?;
    let pain_regions = value("--pain")
        .map(|l| {
            l.split(',')
                .filter(|s| !s.is_empty())
                .map(|s| BodyRegion::parse_field("pain", s))
                .collect::<Result<Vec<_>, _>>()
        })
        .transpose()
        .map_err(|e| e.to_string())?
        .unwrap_or_default();
    if args.iter().any(|a| a == "--lookup") {
        let r = lookup(&pain_regions, side.unwrap_or(Side::Right));
        for c in &r.candidates {
            println!("- {}", c.explanation);
        }
        for u in &r.unexplained {
            let consider: Vec<&str> = u.consider.iter().map(|m| m.record().name).collect();
            println!(
                "- {}: no piriformis trigger point refers here; consider {}",
                u.region,
                consider.join(", ")
            );
        }
    }
    let options = BodyMapOptions {
        side,
        highlight,
        pain_regions,
    };
    let svg = body_map_svg(&options);
    let dir = std::path::PathBuf::from(value("--out").unwrap_or("."));
    std::fs::write(dir.join("body_map.svg"), &svg).map_err(|e| e.to_string())?;
    std::fs::write(dir.join("body_map.png"), png::render_png(&svg)?).map_err(|e| e.to_string())?;
    println!(
        "wrote {} and {}",
        dir.join("body_map.svg").display(),
        dir.join("body_map.png").display()
    );
    Ok(())
}

fn main() {
    if let Err(e) = run() {
        eprintln!("error: {e}");
        std::process::exit(2);
    }
}
