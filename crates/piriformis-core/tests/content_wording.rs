//! Patient-facing wording: red-flag questions nobody misreads, and anatomy
//! terms glossed wherever a patient reads them.

use piriformis_core::triage::Pathway;
use piriformis_core::*;
use serde_json::Value;

fn q(f: RedFlag) -> &'static str {
    f.record().question
}

fn help(f: RedFlag) -> &'static str {
    f.record().help
}

#[test]
fn a_long_standing_unchanged_symptom_is_not_read_as_new() {
    // Both legs: sciatica, or numbness or weakness that is severe or getting worse.
    let both = q(RedFlag::BothLegs);
    assert!(both.contains("sciatica-type pain in both legs"));
    assert!(both.contains("severe or getting worse"));
    assert!(
        !both.contains("tingling"),
        "mild two-sided tingling alone is not the flag"
    );
    assert!(help(RedFlag::BothLegs).contains("for a long time without change"));
    assert!(help(RedFlag::BothLegs).contains("does not count"));
    // Bladder, bowel and sexual function: new since this pain began, in the question itself.
    for f in [RedFlag::BladderOrBowelControl, RedFlag::SexualDysfunction] {
        assert!(q(f).starts_with("Since this pain began"), "{f}");
        assert!(q(f).contains(" new "), "{f}");
    }
    assert!(help(RedFlag::BladderOrBowelControl).contains("constipation does not count"));
    assert!(!help(RedFlag::BladderOrBowelControl).contains("not being able to go"));
    // Every cauda equina question (but the saddle area, asked as a sensation
    // now, and its onset follow-up) says new, severe or getting worse.
    for &f in RedFlag::ALL {
        let r = f.record();
        if r.pathway != Pathway::CaudaEquina
            || f == RedFlag::SaddleNumbness
            || f.follow_up_of().is_some()
        {
            continue;
        }
        let text = r.question;
        assert!(
            text.contains("new") || text.contains("severe") || text.contains("getting worse"),
            "{f}: {text}"
        );
    }
}

#[test]
fn red_flag_questions_say_it_plainly() {
    // Saddle area in words used everywhere, with the toilet-paper cue.
    assert!(q(RedFlag::SaddleNumbness).contains("anus"));
    assert!(help(RedFlag::SaddleNumbness).contains("toilet paper"));
    // Foot drop: no double negative; hold on when testing.
    assert!(!q(RedFlag::FootDrop).contains("not"));
    assert!(help(RedFlag::FootDrop).contains("hold on to"));
    // Night pain: worse at night, or no position eases it lying still; sitting
    // is not rest, and waking only on turning over does not count.
    let rest = q(RedFlag::PainNotEasedByRest);
    assert!(rest.contains("worse at night"));
    assert!(rest.contains("every position when you lie still"));
    assert!(help(RedFlag::PainNotEasedByRest).contains("Sitting is not rest"));
    assert!(help(RedFlag::PainNotEasedByRest).contains("turn over"));
    // The saddle area: not the buttock cheek where the usual pain is.
    assert!(help(RedFlag::SaddleNumbness).contains("not the buttock cheek"));
    assert!(q(RedFlag::SaddleNumbness).contains("inner thighs"));
    // Bladder: not feeling the urine pass counts.
    assert!(help(RedFlag::BladderOrBowelControl).contains("feel the urine passing"));
    // Which cancers count.
    assert!(help(RedFlag::HistoryOfCancer).contains("non-melanoma skin cancer"));
    // Age: the first episode, not "a new kind of pain".
    assert!(q(RedFlag::NewPainUnder20OrOver50).contains("first episode of back or buttock pain"));
    // Unsteady walking: not only at a stab of pain. The toe and heel check
    // belongs to weakness, with concrete examples.
    let walk = help(RedFlag::UnsteadyWalking);
    for cue in ["knee", "stab of pain", "does not count"] {
        assert!(walk.contains(cue), "{cue}");
    }
    let weak = piriformis_core::triage::NerveSign::Weakness.help();
    for cue in ["toes", "heels", "hold on", "stairs"] {
        assert!(weak.contains(cue), "{cue}");
    }
    // Temperatures in both scales.
    assert!(help(RedFlag::Fever).contains("38 °C (100.4 °F)"));
    // Steroid names used in more than one country.
    let steroids = help(RedFlag::OsteoporosisOrSteroids);
    for name in ["prednisolone", "prednisone", "dexamethasone"] {
        assert!(steroids.contains(name), "{name}");
    }
    // No question asks with a double negative.
    for &f in RedFlag::ALL {
        for bad in ["can you not", "do you not", "are you not", "not un"] {
            assert!(!q(f).to_lowercase().contains(bad), "{f}: {bad}");
        }
    }
}

/// Each anatomy term a patient may read, and the words its gloss uses.
const GLOSSES: &[(&str, &str)] = &[
    ("trochanter", "bony bump"),
    ("sacroiliac", "meets the pelvis"),
    ("foramen", "opening"),
    ("foramina", "opening"),
    ("dry needling", "thin needle"),
    ("myofascial", "muscle and its"),
];

/// An id such as `sacroiliac_region` is not text a patient reads.
fn is_id(s: &str) -> bool {
    s.chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// Checks every string under `v`. A name or title may rely on a gloss in a
/// sibling string of the same record (its description or note).
fn check(v: &Value, path: &str, bad: &mut Vec<String>) {
    match v {
        Value::Object(map) => {
            let texts: Vec<String> = map
                .values()
                .filter_map(|x| x.as_str())
                .map(str::to_lowercase)
                .collect();
            for (k, x) in map {
                // The reference list (exported by the document as `citations`)
                // quotes titles and is written for clinicians.
                if k == "citations" {
                    continue;
                }
                let here = format!("{path}.{k}");
                if let Some(s) = x.as_str() {
                    let lower = s.to_lowercase();
                    for (term, gloss) in GLOSSES {
                        if !is_id(s) && lower.contains(term) && !lower.contains(gloss) {
                            let sibling = (k == "name" || k == "title")
                                && texts.iter().any(|t| t.contains(gloss));
                            if !sibling {
                                bad.push(format!("{here}: \"{term}\" without its gloss: {s}"));
                            }
                        }
                    }
                } else {
                    check(x, &here, bad);
                }
            }
        }
        Value::Array(items) => {
            for (i, x) in items.iter().enumerate() {
                check(x, &format!("{path}[{i}]"), bad);
            }
        }
        Value::String(s) => {
            let lower = s.to_lowercase();
            for (term, gloss) in GLOSSES {
                if !is_id(s) && lower.contains(term) && !lower.contains(gloss) {
                    bad.push(format!("{path}: \"{term}\" without its gloss: {s}"));
                }
            }
        }
        _ => {}
    }
}

#[test]
fn no_patient_facing_text_has_an_unglossed_anatomy_term() {
    let kb: Value = serde_json::from_str(&KnowledgeBase::get().to_json()).unwrap();
    let mut bad = Vec::new();
    check(&kb, "kb", &mut bad);
    assert!(bad.is_empty(), "unglossed terms:\n{}", bad.join("\n"));
    // The check does find a bare term.
    let mut found = Vec::new();
    check(
        &serde_json::json!({"note": "Press near the greater trochanter."}),
        "t",
        &mut found,
    );
    assert_eq!(found.len(), 1);
}
