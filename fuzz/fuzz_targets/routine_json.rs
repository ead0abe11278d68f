//! `RoutineRequest::from_json` and `build_routine` on arbitrary text: no
//! panic, a successful read round-trips, and a request carrying a triage
//! result of emergency (or one with a present emergency flag) gets no routine.
#![no_main]

use libfuzzer_sys::fuzz_target;
use piriformis_core::Disposition;
use piriformis_core::routine::{RoutineRequest, build_routine};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(req) = RoutineRequest::from_json(text) else {
        return;
    };
    let json = serde_json::to_string(&req).expect("a request serializes");
    let again = RoutineRequest::from_json(&json).expect("a serialized request reads back");
    assert_eq!(req, again, "round trip of {text:?}");
    let routine = build_routine(&req);
    if let Some(t) = &req.triage {
        if t.disposition == Disposition::Emergency {
            assert!(routine.is_err(), "a routine despite an emergency: {text:?}");
        }
    }
});
