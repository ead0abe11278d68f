//! What a response still says when it cannot be read: every red-flag
//! question answered "yes" anywhere in it, found without the typed reader so
//! that nothing wrong with the response (an unknown or repeated `linkId`, a
//! `valueBoolean` where a coding belongs, a foreign code system, a bad
//! number, a nested item, a syntax error half-way) can hide it.
//!
//! The walk looks at every object at any depth (items, nested `item`s,
//! `answer.item`s, `contained` resources, extensions, unknown members) and
//! every copy of a repeated key. An object whose `linkId` names a red-flag
//! question and whose `answer` says yes reports that red flag. An answer says
//! yes when its `valueCoding` has the code `yes` (any system, any case), its
//! `valueBoolean` is `true` or its `valueString` is `yes`.
//!
//! The readers use these flags twice: a failed read reports them as the
//! error's floor ([`piriformis_core::Error::WithWarningSigns`]), and a
//! successful read must have read each of them as "yes", or it fails.

use std::cell::{Cell, RefCell};
use std::fmt;

use piriformis_core::RedFlag;
use piriformis_core::input::MAX_DOCUMENT_BYTES;
use piriformis_core::interview::{Fills, QuestionId};
use piriformis_core::vocab::Vocabulary;
use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};

use crate::questionnaire::QuestionnaireResponse;

/// The deepest nesting the walk enters: as deep as `serde_json` reads text.
/// Deeper values are skipped (and such a document is refused by the reader).
pub const MAX_SALVAGE_DEPTH: usize = 128;

/// The red flags answered "yes" in a response given as JSON text, read
/// leniently: every copy of a repeated key, every document of a stream, what
/// comes before a syntax error, and (by the core's tolerant scan,
/// [`piriformis_core::input::salvage_members`]) what comes after it. Of a document over
/// [`MAX_DOCUMENT_BYTES`], its first [`MAX_DOCUMENT_BYTES`] bytes are read.
///
/// ```
/// use piriformis_core::RedFlag;
/// use piriformis_fhir::salvage::yes_flags_in_text;
/// let text = r#"{"item": [{"linkId": "g", "item": [
///     {"linkId": "saddle_numbness", "answer": [{"valueCoding": {"code": "yes"}}]},
///     {"linkId": "pain_now", "answer": [{"valueInteger": 11}]}]}"#; // cut short
/// assert_eq!(yes_flags_in_text(text), vec![RedFlag::SaddleNumbness]);
/// ```
pub fn yes_flags_in_text(json: &str) -> Vec<RedFlag> {
    let mut cut = json.len().min(MAX_DOCUMENT_BYTES);
    while !json.is_char_boundary(cut) {
        cut -= 1;
    }
    let out = RefCell::new(Vec::new());
    let mut de = serde_json::Deserializer::from_str(&json[..cut]);
    // Each round reads one document of a stream; the first error ends it.
    while (Walk {
        out: &out,
        depth: 0,
        says_yes: None,
    })
    .deserialize(&mut de)
    .is_ok()
    {}
    let mut out = out.into_inner();
    if serde_json::from_str::<IgnoredAny>(&json[..cut]).is_ok() {
        return out;
    }
    // Past a syntax error (a NaN, a comment, a trailing comma) the walk
    // stops; the core's bounded tolerant scan reads on. A "yes" counts for
    // the last red-flag `linkId` before it (a non-flag `linkId` ends that):
    // it may count a "yes" too many, never one too few.
    let mut current: Option<RedFlag> = None;
    piriformis_core::input::salvage_members(json, |key, value| match key {
        "linkId" => current = flag_of(value),
        "code" | "valueString" if is_yes(value) => {
            if let Some(f) = current.filter(|f| !out.contains(f)) {
                out.push(f);
            }
        }
        "valueBoolean" if value == "true" => {
            if let Some(f) = current.filter(|f| !out.contains(f)) {
                out.push(f);
            }
        }
        _ => {}
    });
    out
}

/// The red flags answered "yes" in a response given as a JSON value (what a
/// binding makes of a dict).
pub fn yes_flags_in_value(value: &serde_json::Value) -> Vec<RedFlag> {
    let out = RefCell::new(Vec::new());
    let _ = Walk {
        out: &out,
        depth: 0,
        says_yes: None,
    }
    .deserialize(value);
    out.into_inner()
}

/// The red flags answered "yes" in a typed response: its JSON, walked.
pub fn yes_flags_in_response(qr: &QuestionnaireResponse) -> Vec<RedFlag> {
    serde_json::to_value(qr)
        .map(|v| yes_flags_in_value(&v))
        .unwrap_or_default()
}

/// The red flag a question id names, if it asks about one.
fn flag_of(link_id: &str) -> Option<RedFlag> {
    match QuestionId::from_id(link_id.trim())?.question().fills {
        Fills::RedFlag(f) => Some(f),
        _ => None,
    }
}

fn is_yes(text: &str) -> bool {
    text.trim().eq_ignore_ascii_case("yes")
}

/// One object being walked: reports its red flags when it is dropped, so
/// that an object cut short by a syntax error still reports what it had.
struct Object<'o, 'c> {
    out: &'o RefCell<Vec<RedFlag>>,
    flags: Vec<RedFlag>,
    answered_yes: &'c Cell<bool>,
}

impl Drop for Object<'_, '_> {
    fn drop(&mut self) {
        if self.answered_yes.get() {
            let mut out = self.out.borrow_mut();
            for f in self.flags.drain(..) {
                if !out.contains(&f) {
                    out.push(f);
                }
            }
        }
    }
}

/// The walk over one value. What says yes is told at once (`says_yes`), not
/// on the way back, so that a value cut short still tells it.
struct Walk<'o, 'c> {
    out: &'o RefCell<Vec<RedFlag>>,
    depth: usize,
    /// Set when this value says yes: the text `yes`, `true`, an answer or a
    /// coding whose value says yes, or a list with such an item.
    says_yes: Option<&'c Cell<bool>>,
}

impl<'de> DeserializeSeed<'de> for Walk<'_, '_> {
    /// The red-flag question this value names, when it is a text naming one.
    type Value = Option<RedFlag>;

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Option<RedFlag>, D::Error> {
        if self.depth >= MAX_SALVAGE_DEPTH {
            <IgnoredAny as de::Deserialize>::deserialize(d)?;
            return Ok(None);
        }
        d.deserialize_any(self)
    }
}

impl<'o> Walk<'o, '_> {
    fn child<'c>(&self, says_yes: Option<&'c Cell<bool>>) -> Walk<'o, 'c> {
        Walk {
            out: self.out,
            depth: self.depth + 1,
            says_yes,
        }
    }

    fn yes(&self) {
        if let Some(c) = self.says_yes {
            c.set(true);
        }
    }
}

impl<'de> Visitor<'de> for Walk<'_, '_> {
    type Value = Option<RedFlag>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Option<RedFlag>, E> {
        if is_yes(v) {
            self.yes();
        }
        Ok(flag_of(v))
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Option<RedFlag>, E> {
        if v {
            self.yes();
        }
        Ok(None)
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Option<RedFlag>, E> {
        Ok(None)
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Option<RedFlag>, E> {
        Ok(None)
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Option<RedFlag>, E> {
        Ok(None)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Option<RedFlag>, E> {
        Ok(None)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Option<RedFlag>, A::Error> {
        while seq.next_element_seed(self.child(self.says_yes))?.is_some() {}
        Ok(None)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Option<RedFlag>, A::Error> {
        let answered_yes = Cell::new(false);
        let mut object = Object {
            out: self.out,
            flags: Vec::new(),
            answered_yes: &answered_yes,
        };
        while let Some(key) = map.next_key::<String>()? {
            let says_yes = match key.as_str() {
                "answer" => Some(&answered_yes),
                // An answer's value, or a coding's code: this object says yes.
                "valueCoding" | "valueBoolean" | "valueString" | "code" => self.says_yes,
                _ => None,
            };
            let named = map.next_value_seed(self.child(says_yes))?;
            if key == "linkId" {
                object.flags.extend(named);
            }
        }
        Ok(None)
    }
}
