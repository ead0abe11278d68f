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
    let Ok(a) = Assessment::from_json(text) else {
        return;
    };
    let json = serde_json::to_string(&a).expect("an assessment serializes");
    let again = Assessment::from_json(&json).expect("a serialized assessment reads back");
    assert_eq!(a, again, "round trip of {text:?}");
    if let Ok(r) = triage(&a) {
        for &flag in RedFlag::ALL {
            if flag.record().tier == Disposition::Emergency && a.red_flag(flag) == Answer::Present {
                assert_eq!(
                    r.disposition,
                    Disposition::Emergency,
                    "{flag:?} is present in {text:?}"
                );
            }
        }
    }
});
