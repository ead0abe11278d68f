//! Results as small HTML fragments, for notebooks and app web views: the
//! triage result, the routine and the progress report. Made by the core so
//! that no binding renders them again; the text is the same as the plain
//! reports (`Display`), with the reasons' sources linked where a stable
//! address is known. Every piece of text is escaped; styles are inline, so a
//! fragment needs no stylesheet. The same input gives the same bytes.

use std::fmt::Write;

use crate::progress::ProgressReport;
use crate::routine::Routine;
use crate::triage::{Disposition, TriageResult};
use crate::vocab::Vocabulary;
use crate::vocab::source::Source;

/// How each disposition is shown: a background and a text colour, chosen so
/// that the text keeps a contrast ratio of at least 4.5:1 (WCAG AA).
pub const DISPOSITION_COLOURS: &[(Disposition, &str, &str)] = &[
    (Disposition::SelfCare, "#e6f4ea", "#1e4620"),
    (Disposition::SeeClinician, "#e8f0fe", "#174ea6"),
    (Disposition::SeeClinicianSoon, "#fef7e0", "#7a4a00"),
    (Disposition::Urgent, "#fde7d9", "#8a2c00"),
    (Disposition::Emergency, "#b3261e", "#ffffff"),
];

/// A value that has an HTML rendering made by the core.
pub trait ToHtml {
    /// The HTML fragment (a `<div>`), escaped and self-contained.
    fn to_html(&self) -> String;
}

/// Escapes text for HTML element content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

fn colours(d: Disposition) -> (&'static str, &'static str) {
    DISPOSITION_COLOURS
        .iter()
        .find(|(x, _, _)| *x == d)
        .map_or(("#ffffff", "#000000"), |(_, bg, fg)| (bg, fg))
}

/// A source as text, linked when its reference has an address.
fn source(s: Source) -> String {
    let text = escape(s.describe());
    match s {
        Source::Cited(c) => match c.reference().url {
            Some(url) => format!("<a href=\"{}\">{text}</a>", escape(url)),
            None => text,
        },
        _ => text,
    }
}

/// A titled list, left out when empty.
fn list(out: &mut String, title: &str, items: impl IntoIterator<Item = String>) {
    let items: Vec<String> = items.into_iter().collect();
    if items.is_empty() {
        return;
    }
    let _ = write!(out, "<p><strong>{}</strong></p><ul>", escape(title));
    for i in items {
        let _ = write!(out, "<li>{i}</li>");
    }
    out.push_str("</ul>");
}

fn notice(out: &mut String, text: &str) {
    let _ = write!(
        out,
        "<p style=\"font-size:smaller;color:#555\">{}</p></div>",
        escape(text)
    );
}

impl ToHtml for TriageResult {
    /// The disposition as a coloured banner, then the reasons with their
    /// sources, the likely source, cautions, open questions and the notice.
    fn to_html(&self) -> String {
        let (bg, fg) = colours(self.disposition);
        let mut out = String::from("<div class=\"piriformis-triage\">");
        let _ = write!(
            out,
            "<p style=\"background:{bg};color:{fg};padding:0.5em;border-radius:4px\"><strong>{}</strong> ({}): {}</p>",
            escape(self.disposition.label()),
            escape(self.disposition.timeframe()),
            escape(&self.action)
        );
        if self.provisional {
            let _ = write!(
                out,
                "<p><em>Provisional: {} warning-sign question(s) could still change this.</em></p>",
                self.unanswered.len()
            );
        }
        list(
            &mut out,
            "Why",
            self.fired.iter().map(|r| {
                let sources: Vec<String> = r.sources.iter().map(|s| source(*s)).collect();
                format!(
                    "[{}] {} <br><small>Sources: {}</small>",
                    escape(r.disposition.label()),
                    escape(&r.text),
                    sources.join("; ")
                )
            }),
        );
        let _ = write!(
            out,
            "<p><strong>Likely source:</strong> {}. {}</p>",
            escape(self.likely_source.verdict.label()),
            escape(&self.likely_source.explanation)
        );
        list(
            &mut out,
            "Take care",
            self.cautions.iter().map(|c| escape(&c.text)),
        );
        list(
            &mut out,
            "Still to answer",
            self.unanswered.iter().map(|f| escape(f.record().question)),
        );
        notice(&mut out, &self.notice);
        out
    }
}

impl ToHtml for Routine {
    /// The plan's length and level, each step with its dose, sides, how-to,
    /// what it should feel like and when to stop, then habits, held-back
    /// exercises, cautions and the notice.
    fn to_html(&self) -> String {
        let mut out = String::from("<div class=\"piriformis-routine\">");
        let _ = write!(
            out,
            "<p><strong>Today's routine:</strong> about {} min of {} ({}). {}</p><ol>",
            self.total_seconds.div_ceil(60),
            self.budget_seconds / 60,
            escape(self.level.id()),
            escape(&self.level_reason)
        );
        for s in &self.steps {
            let sides: Vec<&str> = s.sides.iter().map(|x| x.id()).collect();
            let _ = write!(
                out,
                "<li><strong>{}</strong>: {}",
                escape(&s.name),
                escape(&s.dosage.to_string())
            );
            if !sides.is_empty() {
                let _ = write!(out, " [{}]", escape(&sides.join(" then ")));
            }
            let _ = write!(out, " (~{} min)<ol>", s.seconds.div_ceil(60));
            for h in &s.how_to {
                let _ = write!(out, "<li>{}</li>", escape(h));
            }
            let _ = write!(out, "</ol><p>Feel: {}</p>", escape(&s.feel));
            if let Some(n) = &s.nerve_note {
                let _ = write!(out, "<p>With nerve symptoms: {}</p>", escape(n));
            }
            for c in &s.stop_if {
                let _ = write!(out, "<p><strong>Stop if:</strong> {}</p>", escape(c.text()));
            }
            out.push_str("</li>");
        }
        out.push_str("</ol>");
        list(
            &mut out,
            "Every day, also",
            self.habits.iter().map(|h| escape(h.record().advice)),
        );
        list(
            &mut out,
            "Held back",
            self.gates.iter().map(|g| escape(&g.text)),
        );
        list(
            &mut out,
            "Take care",
            self.cautions.iter().map(|c| escape(c)),
        );
        notice(&mut out, &self.notice);
        out
    }
}

impl ToHtml for ProgressReport {
    /// The trend, the means, the flares and the summary.
    fn to_html(&self) -> String {
        let mut out = String::from("<div class=\"piriformis-progress\">");
        let _ = write!(
            out,
            "<p><strong>Trend:</strong> {} over {} entries",
            escape(self.trend.id()),
            self.entries
        );
        if let (Some(first), Some(last)) = (self.first_date, self.last_date) {
            let _ = write!(out, " ({first} to {last})");
        }
        out.push_str("</p>");
        if let (Some(recent), Some(earlier)) = (self.recent_mean, self.earlier_mean) {
            let _ = write!(
                out,
                "<p>Mean pain: {earlier:.1} earlier, {recent:.1} recently.</p>"
            );
        }
        list(
            &mut out,
            "Flares",
            self.flares
                .iter()
                .map(|f| format!("{} to {}, peak {}", f.start, f.end, f.peak)),
        );
        let _ = write!(out, "<p>{}</p></div>", escape(&self.summary));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::triage::{Answer, Assessment, triage};
    use crate::vocab::terms::RedFlag;

    #[test]
    fn every_disposition_has_colours_once() {
        for d in Disposition::ALL {
            let n = DISPOSITION_COLOURS
                .iter()
                .filter(|(x, _, _)| x == d)
                .count();
            assert_eq!(n, 1, "{d:?}");
        }
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(
            escape("<a href=\"x\">&'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
    }

    #[test]
    fn routine_and_progress_html_carry_their_reports() {
        use crate::knowledge::exercise::Phase;
        use crate::progress::{LogEntry, ProgressConfig, analyze};
        use crate::routine::{RoutineRequest, build_routine};
        use crate::triage::Side;
        let r = build_routine(&RoutineRequest {
            side: Side::Left,
            phase: Phase::ChronicTightness,
            equipment: vec![],
            minutes: 15,
            nerve_symptoms: true,
            trend: None,
            triage: None,
        })
        .unwrap();
        assert!(!r.steps.is_empty());
        let html = r.to_html();
        for s in &r.steps {
            assert!(html.contains(&escape(&s.name)), "{:?}", s.exercise);
        }
        assert!(html.contains(&escape(&r.notice)));
        let day = |d: u32, pain: u8| LogEntry {
            date: chrono::NaiveDate::from_ymd_opt(2026, 1, d).unwrap(),
            pain,
            nerve_symptoms: false,
            routine_done: true,
        };
        let log: Vec<LogEntry> = (1..=14).map(|d| day(d, 8 - (d / 2) as u8)).collect();
        let p = analyze(&log, log[13].date, &ProgressConfig::default()).unwrap();
        let html = p.to_html();
        assert!(html.contains(p.trend.id()));
        assert!(html.contains(&escape(&p.summary)));
    }

    #[test]
    fn triage_html_carries_the_report() {
        let mut a = Assessment::default();
        a.red_flags.insert(RedFlag::SaddleNumbness, Answer::Present);
        let r = triage(&a).unwrap();
        let html = r.to_html();
        assert!(html.starts_with("<div") && html.ends_with("</div>"));
        assert!(html.contains(&escape(r.disposition.label())));
        assert!(html.contains(colours(Disposition::Emergency).0));
        for rule in &r.fired {
            assert!(html.contains(&escape(&rule.text)), "{:?}", rule.id);
        }
        assert!(html.contains(&escape(&r.notice)));
        // Tags balance: every opened div, ul and ol is closed.
        for tag in ["div", "ul", "ol", "p", "li"] {
            let open = html.matches(&format!("<{tag}>")).count()
                + html.matches(&format!("<{tag} ")).count();
            let close = html.matches(&format!("</{tag}>")).count();
            assert_eq!(open, close, "{tag}");
        }
    }
}
