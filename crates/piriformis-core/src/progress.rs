//! Progress over a pain log: the trend with the numbers behind it, flares,
//! and the findings "no improvement after N weeks" and "keeps coming back"
//! that feed triage.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::input::MAX_LOG_ENTRIES;
use crate::source::{Citation, GuideSection, Source};
use crate::triage::{Answer, Assessment};
use crate::vocab::{ranges, vocabulary};

vocabulary! {
    /// The direction of pain over time.
    pub enum Trend {
        /// Pain fell by at least the configured change.
        Improving,
        /// Within the configured change.
        Stable,
        /// Pain rose by at least the configured change.
        Worsening,
        /// Too few entries to say.
        NotEnoughData,
    }
}

/// How dates are written, as error messages say it: ISO 8601 calendar days.
pub const DATE_FORMAT: &str = "dates as YYYY-MM-DD";

/// Reads a calendar day written `YYYY-MM-DD`: the one date reader of every
/// binding (today, a log day, a FHIR day). An error names `field`, echoes
/// the text and gives [`DATE_FORMAT`].
///
/// ```
/// use piriformis_core::progress::parse_date;
/// assert_eq!(parse_date("today", "2026-02-28").unwrap().to_string(), "2026-02-28");
/// let e = parse_date("today", "2026-02-30").unwrap_err();
/// assert_eq!(e.field(), Some("today"));
/// assert!(e.to_string().contains("'2026-02-30'") && e.to_string().contains("YYYY-MM-DD"));
/// ```
pub fn parse_date(field: &str, text: &str) -> Result<NaiveDate> {
    text.parse::<NaiveDate>().map_err(|_| Error::UnknownValue {
        field: field.to_string(),
        value: text.to_string(),
        allowed: DATE_FORMAT.to_string(),
    })
}

/// One day of the pain log.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LogEntry {
    /// The day.
    pub date: NaiveDate,
    /// Pain that day, 0-10 (LOINC 72514-3).
    pub pain: u8,
    /// Whether there were nerve symptoms that day.
    #[serde(default)]
    pub nerve_symptoms: bool,
    /// Whether the routine was done that day.
    #[serde(default)]
    pub routine_done: bool,
}

/// Thresholds for the analysis. Every default is documented with its source.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, get_all, module = "piriformis")
)]
pub struct ProgressConfig {
    /// Days in each of the two windows compared for the trend. Default 7.
    pub window_days: u16,
    /// The change in mean pain that counts, in 0-10 points. Default 2.0, the
    /// clinically important change on the 0-10 scale (Farrar 2001).
    pub min_change: f64,
    /// Points above the baseline that make a flare day. Default 2.
    pub flare_rise: u8,
    /// Consecutive flare days that make a flare. Default 3 (a common tracker rule).
    pub flare_days: u16,
    /// Days before a day whose median pain is its baseline. Default 14.
    pub baseline_days: u16,
    /// Weeks of self-care without improvement before seeing a clinician.
    /// Default 3: the guide's "a few weeks" (sciatica usually settles in 4-6).
    pub no_improvement_weeks: u16,
    /// Flares within `recurrence_window_days` that count as "keeps coming back". Default 2.
    pub recurrence_flares: u16,
    /// The window for recurrence, days. Default 56 (8 weeks).
    pub recurrence_window_days: u16,
}

impl Default for ProgressConfig {
    fn default() -> Self {
        Self {
            window_days: 7,
            min_change: 2.0,
            flare_rise: 2,
            flare_days: 3,
            baseline_days: 14,
            no_improvement_weeks: crate::triage::NO_IMPROVEMENT_WEEKS,
            recurrence_flares: 2,
            recurrence_window_days: 56,
        }
    }
}

impl ProgressConfig {
    /// The whole-number fields with their allowed ranges (inclusive): what
    /// [`ProgressConfig::validate`] checks, in field order.
    pub const RANGES: &'static [(&'static str, u16, u16)] = &[
        ("window_days", 1, 365),
        ("flare_rise", 1, 10),
        ("flare_days", 1, 365),
        // A baseline is the median of at least 3 entries in this many days.
        ("baseline_days", 3, 365),
        (
            "no_improvement_weeks",
            1,
            crate::triage::MAX_SELF_CARE_WEEKS,
        ),
        ("recurrence_flares", 1, 52),
        ("recurrence_window_days", 1, 3650),
    ];

    /// The allowed range of `min_change`, in 0-10 points: above the low end,
    /// up to the high end.
    pub const MIN_CHANGE_RANGE: (f64, f64) = (0.0, 10.0);

    /// Checks every field against its allowed range. The first field out of
    /// range gives [`Error::OutOfRange`] naming it (`config.window_days`, ...), the
    /// value and the range; NaN and infinite `min_change` are out of range.
    ///
    /// ```
    /// use piriformis_core::progress::ProgressConfig;
    /// assert!(ProgressConfig::default().validate().is_ok());
    /// let e = ProgressConfig { window_days: 0, ..Default::default() }.validate().unwrap_err();
    /// assert_eq!(e.field(), Some("config.window_days"));
    /// assert!(e.to_string().contains("1-365"));
    /// ```
    pub fn validate(&self) -> Result<()> {
        let values = [
            self.window_days,
            u16::from(self.flare_rise),
            self.flare_days,
            self.baseline_days,
            self.no_improvement_weeks,
            self.recurrence_flares,
            self.recurrence_window_days,
        ];
        for (&(field, lo, hi), value) in Self::RANGES.iter().zip(values) {
            if !(lo..=hi).contains(&value) {
                return Err(Error::out_of_range(
                    &format!("config.{field}"),
                    value,
                    &format!("whole numbers {lo}-{hi}"),
                ));
            }
        }
        let (lo, hi) = Self::MIN_CHANGE_RANGE;
        if !(self.min_change.is_finite() && self.min_change > lo && self.min_change <= hi) {
            return Err(Error::out_of_range(
                "config.min_change",
                self.min_change,
                &format!("a number above {lo} and at most {hi}"),
            ));
        }
        Ok(())
    }
}

/// Where the defaults come from.
pub const CONFIG_SOURCES: &[Source] = &[
    Source::Cited(Citation::Farrar2001),
    Source::Guide(GuideSection::WarningSigns),
    Source::Cited(Citation::Nhs111Wales),
    Source::ProjectDefault,
];

/// A run of flare days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, get_all, module = "piriformis")
)]
pub struct Flare {
    /// First day.
    pub start: NaiveDate,
    /// Last day.
    pub end: NaiveDate,
    /// Highest pain in it.
    pub peak: u8,
}

/// A finding that feeds triage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "finding")]
pub enum Finding {
    /// Self-care for this many weeks without the trend improving.
    NoImprovement {
        /// Weeks of self-care logged.
        weeks: u16,
    },
    /// This many flares within the recurrence window.
    KeepsComingBack {
        /// Flares counted.
        flares: u16,
    },
}

/// The analysis of a pain log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, get_all, module = "piriformis")
)]
pub struct ProgressReport {
    /// Entries analysed.
    pub entries: u32,
    /// First day logged.
    pub first_date: Option<NaiveDate>,
    /// Last day logged.
    pub last_date: Option<NaiveDate>,
    /// The trend.
    pub trend: Trend,
    /// Mean pain over the latest window.
    pub recent_mean: Option<f64>,
    /// Mean pain over the window before it.
    pub earlier_mean: Option<f64>,
    /// `recent_mean - earlier_mean`.
    pub change: Option<f64>,
    /// Flares found, oldest first.
    pub flares: Vec<Flare>,
    /// Whether the latest day is part of a flare.
    pub in_flare_now: bool,
    /// Weeks from the first day the routine was done to the last entry.
    pub self_care_weeks: u16,
    /// Share of logged days with the routine done, percent.
    pub routine_days_percent: u8,
    /// Findings that feed triage.
    pub findings: Vec<Finding>,
    /// The numbers in words.
    pub summary: String,
}

impl ProgressReport {
    /// Copies the findings into an assessment for triage.
    pub fn apply_to(&self, a: &mut Assessment) {
        a.self_care_weeks = Some(self.self_care_weeks.min(crate::triage::MAX_SELF_CARE_WEEKS));
        a.self_care_helped = match self.trend {
            Trend::Improving => Answer::Present,
            Trend::Stable | Trend::Worsening => Answer::Absent,
            Trend::NotEnoughData => Answer::Unknown,
        };
        if self.self_care_weeks == 0 {
            a.self_care_helped = Answer::Unknown;
        }
        if self
            .findings
            .iter()
            .any(|f| matches!(f, Finding::KeepsComingBack { .. }))
        {
            a.keeps_coming_back = Answer::Present;
        }
    }
}

fn mean(xs: &[u8]) -> Option<f64> {
    (!xs.is_empty()).then(|| xs.iter().map(|&x| f64::from(x)).sum::<f64>() / xs.len() as f64)
}

/// For each entry of a date-sorted log: is it a flare day? That is, pain at
/// least `flare_rise` above the median of the entries in the previous
/// `baseline_days` days (at least 3 of them). One pass with a sliding window
/// of counts per pain score (0-10), so a year of entries stays cheap.
fn flare_days(log: &[LogEntry], config: &ProgressConfig) -> Vec<bool> {
    let mut counts = [0u32; 11];
    let mut in_window = 0u32;
    let mut start = 0;
    log.iter()
        .enumerate()
        .map(|(i, e)| {
            while start < i
                && (e.date - log[start].date).num_days() > i64::from(config.baseline_days)
            {
                counts[usize::from(log[start].pain)] -= 1;
                in_window -= 1;
                start += 1;
            }
            let flare = in_window >= 3 && {
                // The upper median: the element at index len/2 in sorted order.
                let target = in_window / 2;
                let mut seen = 0;
                let median = (0u8..=10)
                    .find(|&p| {
                        seen += counts[usize::from(p)];
                        seen > target
                    })
                    .unwrap_or(10);
                e.pain >= median.saturating_add(config.flare_rise)
            };
            counts[usize::from(e.pain)] += 1;
            in_window += 1;
            flare
        })
        .collect()
}

/// Reads a pain log (a JSON list of entries) strictly, within the limits of
/// [`crate::input`] (at most [`MAX_LOG_ENTRIES`] entries). Errors name the
/// entry: `log[3].pain`.
///
/// ```
/// use piriformis_core::progress::log_from_json;
/// let log = log_from_json(r#"[{"date": "2026-01-01", "pain": 6}]"#).unwrap();
/// assert_eq!(log[0].pain, 6);
/// let err = log_from_json(r#"[{"date": "2026-01-01", "pain": 6, "pain": 0}]"#).unwrap_err();
/// assert_eq!(err.field(), Some("log[0].pain"));
/// ```
pub fn log_from_json(json: &str) -> Result<Vec<LogEntry>> {
    crate::input::from_json(json).map_err(in_log_error)
}

/// Reads a pain log held as a JSON value (a list of entries) by the rules of
/// [`log_from_json`], with the same limits and the same field names in errors.
///
/// ```
/// use piriformis_core::progress::log_from_value;
/// let v = serde_json::json!([{"date": "2026-01-01", "pain": "high"}]);
/// assert_eq!(log_from_value(&v).unwrap_err().field(), Some("log[0].pain"));
/// ```
pub fn log_from_value(value: &serde_json::Value) -> Result<Vec<LogEntry>> {
    crate::input::from_value(value).map_err(in_log_error)
}

/// An error of the log reader, its field named inside the log (`log[3].pain`).
fn in_log_error(e: Error) -> Error {
    match e {
        Error::Invalid { field, message } => Error::Invalid {
            field: in_log(&field),
            message,
        },
        Error::OutOfRange {
            field,
            value,
            allowed,
        } => Error::OutOfRange {
            field: in_log(&field),
            value,
            allowed,
        },
        Error::Missing { field, expected } => Error::Missing {
            field: in_log(&field),
            expected,
        },
        Error::TooLarge {
            field,
            found,
            allowed,
        } => Error::TooLarge {
            field: in_log(&field),
            found,
            allowed,
        },
        other => other,
    }
}

/// The path of a field inside the log, as [`validate_log`] names it.
fn in_log(field: &str) -> String {
    format!("log{field}")
}

/// Checks a log: at most [`MAX_LOG_ENTRIES`] entries, pain 0-10, no future
/// dates, no duplicates. Returns it sorted.
pub fn validate_log(log: &[LogEntry], today: NaiveDate) -> Result<Vec<LogEntry>> {
    if log.len() > MAX_LOG_ENTRIES {
        return Err(Error::TooLarge {
            field: "log".into(),
            found: format!("{} entries", log.len()),
            allowed: format!("at most {MAX_LOG_ENTRIES} entries"),
        });
    }
    for (i, e) in log.iter().enumerate() {
        ranges::PAIN.check(&format!("log[{i}].pain"), e.pain)?;
        if e.date > today {
            return Err(Error::out_of_range(
                &format!("log[{i}].date"),
                e.date,
                &format!("dates up to today ({today})"),
            ));
        }
    }
    let mut sorted = log.to_vec();
    crate::vocab::sort_by_key(&mut sorted, |e| e.date);
    if let Some(w) = sorted.windows(2).find(|w| w[0].date == w[1].date) {
        let i = log.iter().rposition(|e| e.date == w[1].date).unwrap_or(0);
        return Err(Error::contradiction(
            &format!("log[{i}].date"),
            "an earlier entry",
            &format!("{} is logged twice", w[1].date),
        ));
    }
    Ok(sorted)
}

/// Analyses a pain log as of `today`.
///
/// ```
/// use chrono::NaiveDate;
/// use piriformis_core::progress::{analyze, LogEntry, ProgressConfig, Trend};
/// let d = |n| NaiveDate::from_ymd_opt(2026, 1, n).unwrap();
/// let log: Vec<LogEntry> = (1..=14).map(|n| LogEntry { date: d(n), pain: if n <= 7 { 7 } else { 3 }, nerve_symptoms: false, routine_done: true }).collect();
/// let r = analyze(&log, d(14), &ProgressConfig::default()).unwrap();
/// assert_eq!(r.trend, Trend::Improving);
/// ```
pub fn analyze(
    log: &[LogEntry],
    today: NaiveDate,
    config: &ProgressConfig,
) -> Result<ProgressReport> {
    config.validate()?;
    let log = validate_log(log, today)?;
    let (Some(first), Some(last)) = (log.first(), log.last()) else {
        return Ok(ProgressReport {
            entries: 0,
            first_date: None,
            last_date: None,
            trend: Trend::NotEnoughData,
            recent_mean: None,
            earlier_mean: None,
            change: None,
            flares: vec![],
            in_flare_now: false,
            self_care_weeks: 0,
            routine_days_percent: 0,
            findings: vec![],
            summary: "No entries yet.".to_string(),
        });
    };
    let end = last.date;
    let w = i64::from(config.window_days);
    let age = |e: &LogEntry| (end - e.date).num_days();
    let recent: Vec<u8> = log.iter().filter(|e| age(e) < w).map(|e| e.pain).collect();
    let earlier: Vec<u8> = log
        .iter()
        .filter(|e| age(e) >= w && age(e) < 2 * w)
        .map(|e| e.pain)
        .collect();
    let (recent_mean, earlier_mean) = (mean(&recent), mean(&earlier));
    let change = match (recent_mean, earlier_mean) {
        (Some(r), Some(e)) if recent.len() >= 2 && earlier.len() >= 2 => Some(r - e),
        _ => None,
    };
    let trend = match change {
        None => Trend::NotEnoughData,
        Some(c) if c <= -config.min_change => Trend::Improving,
        Some(c) if c >= config.min_change => Trend::Worsening,
        Some(_) => Trend::Stable,
    };

    // Flare days: pain at least `flare_rise` above the median of the
    // preceding `baseline_days` days (at least 3 entries).
    let flare_day = flare_days(&log, config);
    let mut flares = Vec::new();
    let mut i = 0;
    while i < log.len() {
        if !flare_day[i] {
            i += 1;
            continue;
        }
        let mut j = i;
        while j + 1 < log.len()
            && flare_day[j + 1]
            && (log[j + 1].date - log[j].date).num_days() == 1
        {
            j += 1;
        }
        let days = (log[j].date - log[i].date).num_days() + 1;
        if days >= i64::from(config.flare_days) {
            let peak = log[i..=j].iter().map(|e| e.pain).max().unwrap_or(0);
            flares.push(Flare {
                start: log[i].date,
                end: log[j].date,
                peak,
            });
        }
        i = j + 1;
    }
    let in_flare_now = flares.last().is_some_and(|f| f.end == end);

    let self_care_weeks = log.iter().find(|e| e.routine_done).map_or(0, |e| {
        ((end - e.date).num_days() / 7).clamp(0, i64::from(u16::MAX)) as u16
    });
    let done = log.iter().filter(|e| e.routine_done).count();
    let routine_days_percent = (done * 100 / log.len()) as u8;

    let mut findings = Vec::new();
    if self_care_weeks >= config.no_improvement_weeks
        && matches!(trend, Trend::Stable | Trend::Worsening)
    {
        findings.push(Finding::NoImprovement {
            weeks: self_care_weeks,
        });
    }
    let recent_flares = flares
        .iter()
        .filter(|f| (end - f.start).num_days() < i64::from(config.recurrence_window_days))
        .count() as u16;
    if recent_flares >= config.recurrence_flares {
        findings.push(Finding::KeepsComingBack {
            flares: recent_flares,
        });
    }
    let summary = match (recent_mean, earlier_mean, change) {
        (Some(r), Some(e), Some(c)) => format!(
            "Mean pain {r:.1} over the last {w} days against {e:.1} the {w} days before ({c:+.1}); {} flare(s); routine done on {routine_days_percent}% of {} logged days.",
            flares.len(),
            log.len()
        ),
        _ => format!(
            "{} entries from {} to {}: not enough in each {w}-day window for a trend.",
            log.len(),
            first.date,
            end
        ),
    };
    Ok(ProgressReport {
        entries: log.len() as u32,
        first_date: Some(first.date),
        last_date: Some(end),
        trend,
        recent_mean,
        earlier_mean,
        change,
        flares,
        in_flare_now,
        self_care_weeks,
        routine_days_percent,
        findings,
        summary,
    })
}
