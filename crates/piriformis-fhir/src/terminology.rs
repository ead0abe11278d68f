//! `CodeSystem`s generated from the core's vocabularies, and a `ConceptMap`
//! from our dispositions to a five-level triage scale.

use piriformis_core::document::{SCHEMA_VERSION, vocabularies};
use piriformis_core::interview::{CATALOGUE, Question};
use piriformis_core::vocab::{Vocabulary, VocabularyInfo};
use piriformis_core::{Disposition, RedFlag};
use piriformis_core::{exercise::Exercise, triage::RuleId};
use serde_json::{Value, json};

use crate::canonical;
use crate::questionnaire::answer_system;

/// The canonical URL of the code system for a core vocabulary.
pub fn system_of<T: Vocabulary>() -> String {
    system_named(T::NAME)
}

fn system_named(name: &str) -> String {
    canonical("CodeSystem", &kebab(name))
}

/// `RedFlag` → `red-flag`.
fn kebab(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            out.push('-');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

fn code_system(url: String, name: &str, title: &str, concepts: Vec<Value>) -> Value {
    let id = url.rsplit('/').next().unwrap_or_default().to_string();
    json!({
        "resourceType": "CodeSystem",
        "id": id,
        "url": url,
        "version": SCHEMA_VERSION,
        "name": name,
        "title": title,
        "status": "active",
        "caseSensitive": true,
        "content": "complete",
        "count": concepts.len(),
        "concept": concepts,
    })
}

fn from_vocabulary(v: &VocabularyInfo) -> Value {
    let concepts = v
        .values
        .iter()
        .map(|x| json!({"code": x.id, "display": x.doc, "definition": x.doc}))
        .collect();
    code_system(system_named(&v.name), &v.name, &v.doc, concepts)
}

/// The code system of one kind of interview answer (`answer-yes_no`, ...):
/// every choice any question of that kind offers, asked the first time or
/// again ("does not apply", "still not sure"), each once, in first-seen order.
fn answer_code_system(q: &Question) -> Value {
    let url = answer_system(q);
    let mut codes: Vec<(String, String)> = Vec::new();
    for other in CATALOGUE.iter().filter(|o| answer_system(o) == url) {
        let again = other.view_again().map(|v| v.choices).unwrap_or_default();
        for c in other.choices().into_iter().chain(again) {
            if !codes.iter().any(|(id, _)| *id == c.id) {
                codes.push((c.id, c.label));
            }
        }
    }
    let concepts = codes
        .into_iter()
        .map(|(code, label)| json!({"code": code, "display": label}))
        .collect();
    let name = format!("Answer{:?}", q.reply_kind());
    code_system(url, &name, "Interview answers", concepts)
}

/// Every code system this crate's resources use: our dispositions, red
/// flags, rules, exercises, likely sources, pathways and the interview's
/// answer codes, each generated from the core.
pub fn code_systems() -> Vec<Value> {
    let wanted = [
        Disposition::NAME,
        RedFlag::NAME,
        RuleId::NAME,
        Exercise::NAME,
        piriformis_core::LikelySource::NAME,
    ];
    let mut out: Vec<Value> = vocabularies()
        .iter()
        .filter(|v| wanted.contains(&v.name.as_str()))
        .map(from_vocabulary)
        .collect();
    let mut seen = Vec::new();
    for q in CATALOGUE {
        let url = answer_system(q);
        if !q.choices().is_empty() && !seen.contains(&url) {
            seen.push(url);
            out.push(answer_code_system(q));
        }
    }
    out
}

/// The five levels of the triage scale in common use by symptom checkers
/// (Infermedica's triage levels), least urgent first.
pub const FIVE_LEVELS: &[&str] = &[
    "self_care",
    "consultation",
    "consultation_24",
    "emergency",
    "emergency_ambulance",
];

/// Where the five levels are defined.
pub const TRIAGE_SCALE_SOURCE: &str =
    "Infermedica triage levels: https://developer.infermedica.com/documentation/api-triage/triage/";

/// Our dispositions on the five-level scale: (ours, level, FHIR R4
/// `ConceptMapEquivalence` read from the target's side, why). Defined by
/// [`TRIAGE_SCALE_SOURCE`].
pub const TRIAGE_SCALE: &[(Disposition, &str, &str, &str)] = &[
    (
        Disposition::SelfCare,
        "self_care",
        "equivalent",
        "Both: care at home.",
    ),
    (
        Disposition::SeeClinician,
        "consultation",
        "equivalent",
        "Both: book an ordinary visit.",
    ),
    (
        Disposition::SeeClinicianSoon,
        "consultation",
        "wider",
        "The level has no time limit; ours says within about two weeks.",
    ),
    (
        Disposition::Urgent,
        "consultation_24",
        "equivalent",
        "Both: be seen within a day.",
    ),
    (
        Disposition::Emergency,
        "emergency",
        "equivalent",
        "Both: emergency care now; an ambulance is not implied.",
    ),
];

/// The canonical URL of the five-level scale's code system.
pub fn five_level_system() -> String {
    canonical("CodeSystem", "five-level-triage")
}

/// The five-level scale as a `CodeSystem`.
pub fn five_level_code_system() -> Value {
    let concepts = FIVE_LEVELS
        .iter()
        .map(|c| json!({"code": c, "display": c.replace('_', " ")}))
        .collect();
    code_system(
        five_level_system(),
        "FiveLevelTriage",
        "Five-level triage scale",
        concepts,
    )
}

/// Our dispositions mapped to the five-level scale, as a `ConceptMap`.
pub fn triage_scale_map() -> Value {
    let elements: Vec<Value> = TRIAGE_SCALE
        .iter()
        .map(|(d, level, eq, why)| {
            json!({
                "code": d.id(),
                "target": [{"code": level, "equivalence": eq, "comment": why}],
            })
        })
        .collect();
    json!({
        "resourceType": "ConceptMap",
        "id": "disposition-to-five-level-triage",
        "url": canonical("ConceptMap", "disposition-to-five-level-triage"),
        "version": SCHEMA_VERSION,
        "name": "DispositionToFiveLevelTriage",
        "status": "active",
        "description": format!("Our dispositions on a common five-level triage scale. Source: {TRIAGE_SCALE_SOURCE}."),
        "sourceUri": system_of::<Disposition>(),
        "targetUri": five_level_system(),
        "group": [{
            "source": system_of::<Disposition>(),
            "target": five_level_system(),
            "element": elements,
        }],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_disposition_maps_once_to_a_known_level() {
        for d in Disposition::ALL {
            let rows: Vec<_> = TRIAGE_SCALE.iter().filter(|r| r.0 == *d).collect();
            assert_eq!(rows.len(), 1, "{d:?}");
            assert!(FIVE_LEVELS.contains(&rows[0].1));
        }
    }

    #[test]
    fn code_systems_list_every_core_id() {
        let cs = code_systems();
        let find = |url: String| {
            cs.iter()
                .find(|c| c["url"] == url.as_str())
                .cloned()
                .unwrap()
        };
        let rf = find(system_of::<RedFlag>());
        assert_eq!(rf["concept"].as_array().unwrap().len(), RedFlag::ALL.len());
        let rules = find(system_of::<RuleId>());
        assert_eq!(rules["count"], RuleId::ALL.len());
        assert!(
            find(system_of::<Exercise>())["concept"]
                .as_array()
                .unwrap()
                .len()
                > 3
        );
    }
}
