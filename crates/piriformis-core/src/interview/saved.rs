//! Saving and restoring answers as JSON, and finding the red flags
//! answered "yes" in text or values that do not read.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::red_flag::RedFlag;
use crate::vocab::Vocabulary;

use super::catalogue::{CATALOGUE_VERSION, QuestionId};
use super::reply::{AnswerValue, Answers, Reply, red_flag_of};

/// Reads answers from JSON: an object of question id to answer, or answers
/// saved by [`answers_to_json`]. Strict: an unknown question fails (see
/// [`answers_from_json_lenient`] for answers saved under an older catalogue).
/// A red flag answered "yes" in a document that fails is still reported in
/// the error ([`Error::WithWarningSigns`]).
pub fn answers_from_json(json: &str) -> Result<Answers> {
    read_saved(json)
        .map(|(_, a)| a)
        .map_err(|e: Error| e.with_warning_signs(yes_flags_in_text(json)))
}

/// The red flags answered "yes" in a text of answers, however broken
/// ([`crate::input::salvage_each`]): a "yes" at a key of the document or one
/// level down whose path (`fever`, `answers.fever`) names a red-flag
/// question once an `answers.` in front is taken off.
fn yes_flags_in_text(json: &str) -> Vec<RedFlag> {
    let mut yes = Vec::new();
    crate::input::salvage_each(json, |path, value| {
        let id = path.strip_prefix("answers.").unwrap_or(path);
        let flag = QuestionId::from_id(id).and_then(red_flag_of);
        if let Some(f) = flag.filter(|f| value == "yes" && !yes.contains(f)) {
            yes.push(f);
        }
    });
    yes
}

/// [`answers_from_json`] for a JSON value already in memory (what a binding
/// makes of a dict): the same reading, limits and errors, with no text
/// written or parsed. A failing document's error keeps the red flags
/// answered "yes" ([`yes_flags_in`]): those the text reader keeps, and
/// never fewer.
///
/// ```
/// use piriformis_core::interview::*;
/// let v = serde_json::json!({"fever": "yes", "no_such_question": "no"});
/// let err = answers_from_value(&v).unwrap_err();
/// assert_eq!(err, answers_from_json(&v.to_string()).unwrap_err());
/// assert!(err.at_least().is_some());
/// ```
pub fn answers_from_value(value: &serde_json::Value) -> Result<Answers> {
    let read = match value {
        serde_json::Value::Object(m) if m.contains_key("catalogue_version") => {
            crate::input::from_value::<SavedAnswers<Answers>>(value).map(|s| s.answers)
        }
        _ => crate::input::from_value(value),
    };
    read.map_err(|e| e.with_warning_signs(yes_flags_in(value)))
}

/// The red flags answered "yes" in a document of answers, whatever else is
/// wrong with it, found as the text reader finds them: a "yes" at a key of
/// the document or one level down, whose path (`fever`, `answers.fever`)
/// names a red-flag question once an `answers.` in front is taken off.
///
/// ```
/// use piriformis_core::{RedFlag, interview::yes_flags_in};
/// let v = serde_json::json!({"answers": {"fever": "yes", "pain_now": "x"}, "meta": {"saddle_numbness": "yes"}});
/// assert_eq!(yes_flags_in(&v), vec![RedFlag::Fever]);
/// ```
pub fn yes_flags_in(value: &serde_json::Value) -> Vec<RedFlag> {
    use serde_json::Value;
    let named = |path: &str| {
        QuestionId::from_id(path.strip_prefix("answers.").unwrap_or(path)).and_then(red_flag_of)
    };
    let mut yes = Vec::new();
    let Value::Object(top) = value else {
        return yes;
    };
    for (k, v) in top {
        match v {
            Value::String(s) if s == "yes" => yes.extend(named(k)),
            Value::Object(inner) => {
                for (j, v) in inner {
                    if v.as_str() == Some("yes") {
                        yes.extend(named(&format!("{k}.{j}")));
                    }
                }
            }
            _ => {}
        }
    }
    yes
}
// ---- saving and restoring answers ----

/// Saved answers as [`answers_to_json`] writes them: the catalogue version
/// they were given under and the answers by question id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SavedAnswers<A> {
    catalogue_version: u16,
    answers: A,
}

/// Answers as JSON to store on the device: `{"catalogue_version": N,
/// "answers": {...}}`, read back by [`answers_from_json`] (or
/// [`answers_from_json_lenient`] after a library update).
///
/// ```
/// use piriformis_core::interview::*;
/// let mut a = Answers::new();
/// a.insert(QuestionId::Side, Reply::Side { value: piriformis_core::Side::Left }.to_value());
/// let json = answers_to_json(&a);
/// assert_eq!(answers_from_json(&json).unwrap(), a);
/// ```
pub fn answers_to_json(answers: &Answers) -> String {
    serde_json::to_string(&SavedAnswers {
        catalogue_version: CATALOGUE_VERSION,
        answers,
    })
    .unwrap_or_default()
}

/// An answer [`answers_from_json_lenient`] left out, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, get_all, module = "piriformis")
)]
pub struct DroppedAnswer {
    /// The question id as saved (it may no longer exist).
    pub question: String,
    /// Why it was left out, in plain words; the question is asked again.
    pub reason: String,
    /// True when the saved answer was "yes": a warning sign the person
    /// reported, to be asked again first.
    pub was_yes: bool,
}

/// Answers restored leniently: those the current catalogue still accepts,
/// and the ones it does not.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, get_all, module = "piriformis")
)]
pub struct RestoredAnswers {
    /// The answers that still fit, checked against their questions (the
    /// mapping `next_step` takes).
    pub answers: Answers,
    /// The answers left out (a question that no longer exists, or a value it
    /// no longer accepts).
    pub dropped: Vec<DroppedAnswer>,
    /// The catalogue version the answers were saved under (`None` for a bare
    /// object of answers).
    pub saved_version: Option<u16>,
}

/// Whether a document is saved answers (`catalogue_version` at the top)
/// rather than a bare object of answers. Only a document within the input
/// limits is looked at; any other is left to [`crate::input`] to reject.
fn is_saved(json: &str) -> bool {
    json.len() <= crate::input::MAX_DOCUMENT_BYTES
        && matches!(
            serde_json::from_str::<serde_json::Value>(json),
            Ok(serde_json::Value::Object(m)) if m.contains_key("catalogue_version")
        )
}

/// Reads saved answers (or a bare object of answers) into `A`.
fn read_saved<A: serde::de::DeserializeOwned>(json: &str) -> Result<(Option<u16>, A)> {
    if is_saved(json) {
        let s: SavedAnswers<A> = crate::input::from_json(json)?;
        Ok((Some(s.catalogue_version), s.answers))
    } else {
        Ok((None, crate::input::from_json(json)?))
    }
}

/// Reads saved answers leniently, for answers stored under an older
/// catalogue: an answer to a question the catalogue no longer has, or with a
/// value its question no longer accepts, is left out and reported in
/// `dropped` (its question is then asked again: unknown, never "no"). Only a
/// document that is not answers at all fails.
///
/// ```
/// use piriformis_core::interview::*;
/// let r = answers_from_json_lenient(
///     r#"{"catalogue_version": 0, "answers": {"fever": "no", "old_question": "yes"}}"#,
/// ).unwrap();
/// assert_eq!(r.answers.len(), 1);
/// assert_eq!(r.dropped[0].question, "old_question");
/// assert!(r.dropped[0].was_yes);
/// ```
pub fn answers_from_json_lenient(json: &str) -> Result<RestoredAnswers> {
    let (saved_version, tree): (_, BTreeMap<String, AnswerValue>) =
        read_saved(json).map_err(|e: Error| e.with_warning_signs(yes_flags_in_text(json)))?;
    let mut out = RestoredAnswers {
        answers: Answers::new(),
        dropped: Vec::new(),
        saved_version,
    };
    for (key, value) in tree {
        let was_yes = matches!(&value, AnswerValue::Choice(c) if c == "yes");
        let read = QuestionId::parse_field("answers", &key)
            .map_err(|_| {
                format!(
                    "the question '{}' is no longer asked",
                    crate::error::echo(&key)
                )
            })
            .and_then(|q| Reply::read(q, &value).map(|_| q).map_err(|e| e.to_string()));
        match read {
            Ok(q) => {
                out.answers.insert(q, value);
            }
            Err(reason) => out.dropped.push(DroppedAnswer {
                question: crate::error::echo(&key).into_owned(),
                reason,
                was_yes,
            }),
        }
    }
    Ok(out)
}
