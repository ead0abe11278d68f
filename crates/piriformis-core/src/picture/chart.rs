//! The progress chart: a pain log as an SVG line chart.

use std::fmt::Write;

use chrono::NaiveDate;

use crate::error::Result;
use crate::html::escape as esc;
use crate::progress::{LogEntry, ProgressConfig, analyze};
use crate::vocab::Vocabulary;

/// Draws a pain log as an SVG line chart: pain over time, routine days, and
/// flares (as found by [`analyze`] with `config`) shaded.
///
/// ```
/// use chrono::NaiveDate;
/// use piriformis_core::picture::progress_chart_svg;
/// use piriformis_core::progress::{LogEntry, ProgressConfig};
/// let d = |n| NaiveDate::from_ymd_opt(2026, 1, n).unwrap();
/// let log: Vec<LogEntry> = (1..=10).map(|n| LogEntry { date: d(n), pain: 5, nerve_symptoms: false, routine_done: n % 2 == 0 }).collect();
/// let svg = progress_chart_svg(&log, d(10), &ProgressConfig::default()).unwrap();
/// assert!(svg.contains("<polyline"));
/// ```
pub fn progress_chart_svg(
    log: &[LogEntry],
    today: NaiveDate,
    config: &ProgressConfig,
) -> Result<String> {
    let report = analyze(log, today, config)?;
    let entries = crate::progress::validate_log(log, today)?;
    let (w, h) = (640.0, 320.0);
    let (left, right, top, bottom) = (48.0, 16.0, 40.0, 56.0);
    let (pw, ph) = (w - left - right, h - top - bottom);
    let first = entries.first().map(|e| e.date).unwrap_or(today);
    let last = entries.last().map(|e| e.date).unwrap_or(today);
    let span = (last - first).num_days().max(1) as f64;
    let x = |d: NaiveDate| left + pw * ((d - first).num_days() as f64) / span;
    let y = |p: f64| top + ph * (1.0 - p / 10.0);
    let title = format!("Pain over time, {first} to {last}");
    let desc = format!(
        "Line chart of pain from 0 to 10 across {} logged days. Trend: {}. {} Flares are shaded; green marks below the axis are days the routine was done.",
        entries.len(),
        report.trend.id().replace('_', " "),
        report.summary
    );
    let mut s = String::with_capacity(4_000 + entries.len() * 80);
    let _ = write!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="img" aria-labelledby="pc-title pc-desc" font-family="DejaVu Sans, Arial, sans-serif">"#
    );
    let _ = write!(
        s,
        r#"<title id="pc-title">{}</title><desc id="pc-desc">{}</desc>"#,
        esc(&title),
        esc(&desc)
    );
    s.push_str(r##"<rect width="100%" height="100%" fill="#ffffff"/>"##);
    let _ = write!(
        s,
        r##"<text x="{:.1}" y="22" text-anchor="middle" font-size="14" font-weight="bold" fill="#222">{}</text>"##,
        w / 2.0,
        esc(&title)
    );
    for f in &report.flares {
        let (x0, x1) = (x(f.start) - 4.0, x(f.end) + 4.0);
        let _ = write!(
            s,
            r##"<rect class="flare" x="{x0:.1}" y="{top:.1}" width="{:.1}" height="{ph:.1}" fill="#c0392b" fill-opacity="0.15"/>"##,
            x1 - x0
        );
    }
    for p in (0..=10).step_by(2) {
        let yy = y(f64::from(p));
        let _ = write!(
            s,
            r##"<line x1="{left:.1}" y1="{yy:.1}" x2="{:.1}" y2="{yy:.1}" stroke="#ddd"/><text x="{:.1}" y="{:.1}" text-anchor="end" font-size="11" fill="#444">{p}</text>"##,
            left + pw,
            left - 6.0,
            yy + 4.0
        );
    }
    let _ = write!(
        s,
        r##"<text x="14" y="{:.1}" font-size="11" fill="#444" transform="rotate(-90 14 {:.1})" text-anchor="middle">pain (0-10)</text>"##,
        top + ph / 2.0,
        top + ph / 2.0
    );
    let _ = write!(
        s,
        r##"<text x="{left:.1}" y="{:.1}" font-size="11" fill="#444">{first}</text><text x="{:.1}" y="{:.1}" font-size="11" fill="#444" text-anchor="end">{last}</text>"##,
        h - 12.0,
        left + pw,
        h - 12.0
    );
    if !entries.is_empty() {
        let points: Vec<String> = entries
            .iter()
            .map(|e| format!("{:.1},{:.1}", x(e.date), y(f64::from(e.pain))))
            .collect();
        let _ = write!(
            s,
            r##"<polyline class="pain" points="{}" fill="none" stroke="#1f4e9c" stroke-width="2"/>"##,
            points.join(" ")
        );
        for e in &entries {
            let _ = write!(
                s,
                r##"<circle cx="{:.1}" cy="{:.1}" r="2.5" fill="#1f4e9c"/>"##,
                x(e.date),
                y(f64::from(e.pain))
            );
            if e.routine_done {
                let _ = write!(
                    s,
                    r##"<rect class="routine" x="{:.1}" y="{:.1}" width="4" height="6" fill="#2e8b57"/>"##,
                    x(e.date) - 2.0,
                    top + ph + 4.0
                );
            }
        }
    }
    let _ = write!(
        s,
        r##"<line x1="{left:.1}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="#444"/>"##,
        top + ph,
        left + pw,
        top + ph
    );
    s.push_str("</svg>");
    Ok(s)
}
