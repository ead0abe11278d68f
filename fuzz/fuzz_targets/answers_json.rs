//! `interview::answers_from_json` and `next_step` on arbitrary text: no panic,
//! a successful read round-trips, and a finished interview whose assessment
//! has a present emergency red flag ends in an emergency.
#![no_main]

use libfuzzer_sys::fuzz_target;
use piriformis_core::interview::{AnswerValue, Fills, Step, answers_from_json, next_step};
use piriformis_core::{Answer, Disposition, RedFlag, Vocabulary};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(answers) = answers_from_json(text) else {
        return;
    };
    let json = serde_json::to_string(&answers).expect("answers serialize");
    let again = answers_from_json(&json).expect("serialized answers read back");
    assert_eq!(answers, again, "round trip of {text:?}");
    let step = next_step(&answers);
    if let Err(e) = &step {
        // A "yes" to an emergency question is never lost to another bad answer.
        let emergency = answers.iter().any(|(q, v)| {
            matches!(v, AnswerValue::Choice(c) if c == "yes")
                && matches!(q.question().fills, Fills::RedFlag(f) if f.follow_up_of().is_none() && f.tier() == Disposition::Emergency)
        });
        if emergency {
            assert_eq!(e.at_least(), Some(Disposition::Emergency), "{text:?}: {e}");
        }
    }
    if let Ok(Step::Done {
        assessment, triage, ..
    }) = step
    {
        for &flag in RedFlag::ALL {
            // Its tier assumes its follow-ups (when a cauda equina sign began)
            // not answered "no": a long-standing, checked sign is urgent.
            let follow_ups_open = RedFlag::ALL
                .iter()
                .filter(|c| c.parents().contains(&flag))
                .all(|c| assessment.red_flag(*c) != Answer::Absent);
            if flag.follow_up_of().is_none()
                && flag.tier() == Disposition::Emergency
                && assessment.red_flag(flag) == Answer::Present
                && follow_ups_open
            {
                assert_eq!(
                    triage.disposition,
                    Disposition::Emergency,
                    "{flag:?} is present in {text:?}"
                );
            }
        }
    }
});
