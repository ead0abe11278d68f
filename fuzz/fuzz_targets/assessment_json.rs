//! `Assessment::from_json` and `triage` on arbitrary text: no panic, a
//! successful read round-trips, and a present emergency red flag always gives
//! an emergency.
#![no_main]

use libfuzzer_sys::fuzz_target;
use piriformis_core::{Answer, Assessment, Disposition, RedFlag, Vocabulary, triage};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let a = match Assessment::from_json(text) {
        Ok(a) => a,
        Err(e) => {
            // Bad input never hides an emergency flag answered "present".
            let emergency = piriformis_core::input::salvage_strings(text)
                .iter()
                .filter(|(_, v)| v == "present")
                .filter_map(|(p, _)| p.strip_prefix("red_flags.").and_then(RedFlag::from_id))
                .any(|f| f.follow_up_of().is_none() && f.tier() == Disposition::Emergency);
            if emergency {
                assert_eq!(e.at_least(), Some(Disposition::Emergency), "{text:?}: {e}");
            }
            return;
        }
    };
    let json = serde_json::to_string(&a).expect("an assessment serializes");
    let again = Assessment::from_json(&json).expect("a serialized assessment reads back");
    assert_eq!(a, again, "round trip of {text:?}");
    if let Ok(r) = triage(&a) {
        for &flag in RedFlag::ALL {
            // Its tier assumes its follow-ups (when a cauda equina sign began)
            // not answered "no": a long-standing, checked sign is urgent.
            let follow_ups_open = RedFlag::ALL
                .iter()
                .filter(|c| c.parents().contains(&flag))
                .all(|c| a.red_flag(*c) != Answer::Absent);
            if flag.follow_up_of().is_none()
                && flag.tier() == Disposition::Emergency
                && a.red_flag(flag) == Answer::Present
                && follow_ups_open
            {
                assert_eq!(
                    r.disposition,
                    Disposition::Emergency,
                    "{flag:?} is present in {text:?}"
                );
            }
        }
    }
});
