//! `progress::log_from_json` and `analyze` on arbitrary text: no panic and a
//! successful read round-trips. The first byte picks how many days after the
//! last entry "today" is, so that both fresh and old logs are analysed.
#![no_main]

use chrono::{Days, NaiveDate};
use libfuzzer_sys::fuzz_target;
use piriformis_core::progress::{ProgressConfig, analyze, log_from_json};

fuzz_target!(|data: &[u8]| {
    let Some((&offset, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let Ok(log) = log_from_json(text) else {
        return;
    };
    let json = serde_json::to_string(&log).expect("a log serializes");
    let again = log_from_json(&json).expect("a serialized log reads back");
    assert_eq!(log, again, "round trip of {text:?}");
    let last = log
        .iter()
        .map(|e| e.date)
        .max()
        .or(NaiveDate::from_ymd_opt(2026, 1, 1));
    let Some(today) = last.and_then(|d| d.checked_add_days(Days::new(u64::from(offset)))) else {
        return;
    };
    if let Ok(report) = analyze(&log, today, &ProgressConfig::default()) {
        let json = serde_json::to_string(&report).expect("a report serializes");
        assert!(!json.is_empty());
    }
});
