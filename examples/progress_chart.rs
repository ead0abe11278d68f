//! Writes the progress chart of a pain log as `progress_chart.svg` and `.png`.
//!
//! ```text
//! cargo run --example progress_chart -- [LOG.json] [--today YYYY-MM-DD] [--out DIR]
//! ```
//! Without a log file it charts a made-up 8-week log with two flares.

use chrono::{Duration, NaiveDate};
use piriformis::picture::progress_chart_svg;
use piriformis::progress::{LogEntry, ProgressConfig};

use piriformis::png;

fn demo_log() -> Vec<LogEntry> {
    let start = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap_or_default();
    (0..56)
        .map(|i: i64| {
            let base = 7 - (i / 10) as u8;
            let flare = matches!(i, 20..=22 | 40..=42);
            LogEntry {
                date: start + Duration::days(i),
                pain: if flare { base + 3 } else { base }.min(10),
                nerve_symptoms: false,
                routine_done: i % 3 != 0,
            }
        })
        .collect()
}

fn run() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
            .map(String::as_str)
    };
    let log: Vec<LogEntry> = match args.first().filter(|a| !a.starts_with("--")) {
        Some(path) => piriformis::progress::log_from_json(
            &std::fs::read_to_string(path).map_err(|e| e.to_string())?,
        )
        .map_err(|e| e.to_string())?,
        None => demo_log(),
    };
    let today = match value("--today") {
        Some(t) => NaiveDate::parse_from_str(t, "%Y-%m-%d")
            .map_err(|_| format!("--today: '{t}' is not YYYY-MM-DD"))?,
        None => log.iter().map(|e| e.date).max().unwrap_or_default(),
    };
    let svg =
        progress_chart_svg(&log, today, &ProgressConfig::default()).map_err(|e| e.to_string())?;
    let dir = std::path::PathBuf::from(value("--out").unwrap_or("."));
    std::fs::write(dir.join("progress_chart.svg"), &svg).map_err(|e| e.to_string())?;
    std::fs::write(dir.join("progress_chart.png"), png::render_png(&svg)?)
        .map_err(|e| e.to_string())?;
    println!("wrote {}", dir.join("progress_chart.svg").display());
    Ok(())
}

fn main() {
    if let Err(e) = run() {
        eprintln!("error: {e}");
        std::process::exit(2);
    }
}
