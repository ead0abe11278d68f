//! Answers: as ids ([`AnswerValue`]) and typed ([`Reply`]), each checked
//! against its question, and the assessment they build.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::red_flag::RedFlag;
use crate::symptom::{Aggravator, TenderArea};
use crate::triage::{Answer, Assessment, Field, FieldValue, Legs, NerveSign, NerveStatus, Side};
use crate::trigger_point::{BodyRegion, PainQuality};
use crate::vocab::Vocabulary;
use crate::vocab::ranges::{self, Range};

use super::catalogue::{CATALOGUE, EnableWhen, Fills, Question, QuestionId, ReplyKind, YesNo};

/// An answer as sent by a caller: a number, one id, or a list of ids.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum AnswerValue {
    /// A number (scale or weeks).
    Number(f64),
    /// One id ("yes", "left", "worsening", ...).
    Choice(String),
    /// Several ids.
    Choices(Vec<String>),
}

/// The answers so far, by question.
pub type Answers = BTreeMap<QuestionId, AnswerValue>;

/// A typed answer, in the vocabulary of the question it answers: what apps
/// send instead of ids. It reads into the same checks as an [`AnswerValue`]
/// ([`Reply::to_value`], [`Reply::read`]), so a reply of the wrong case for
/// its question fails with an error naming the question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case", tag = "kind", content = "value")]
#[non_exhaustive]
pub enum Reply {
    /// Yes, no or not sure: red flags and the other yes/no questions.
    YesNo {
        /// The answer.
        value: YesNo,
    },
    /// Numbness, tingling or weakness: absent, stable, worsening, or
    /// [`NerveStatus::Unknown`] for "not sure".
    Nerve {
        /// The answer.
        value: NerveStatus,
    },
    /// Which side hurts.
    Side {
        /// The answer.
        value: Side,
    },
    /// Where it hurts (empty: nowhere of these).
    PainRegions {
        /// The answer.
        value: Vec<BodyRegion>,
    },
    /// How it feels.
    PainQualities {
        /// The answer.
        value: Vec<PainQuality>,
    },
    /// What makes it worse.
    WorseWith {
        /// The answer.
        value: Vec<Aggravator>,
    },
    /// Where it is tender.
    TenderAreas {
        /// The answer.
        value: Vec<TenderArea>,
    },
    /// A whole number (pain 0-10, weeks of self-care).
    Number {
        /// The answer.
        value: i32,
    },
}

/// Typed answers so far, by question.
pub type Replies = BTreeMap<QuestionId, Reply>;

fn ids<T: Vocabulary>(v: &[T]) -> AnswerValue {
    AnswerValue::Choices(v.iter().map(|x| x.id().to_string()).collect())
}

impl Reply {
    /// Which case this is.
    pub fn kind(&self) -> ReplyKind {
        match self {
            Self::YesNo { .. } => ReplyKind::YesNo,
            Self::Nerve { .. } => ReplyKind::Nerve,
            Self::Side { .. } => ReplyKind::Side,
            Self::PainRegions { .. } => ReplyKind::PainRegions,
            Self::PainQualities { .. } => ReplyKind::PainQualities,
            Self::WorseWith { .. } => ReplyKind::WorseWith,
            Self::TenderAreas { .. } => ReplyKind::TenderAreas,
            Self::Number { .. } => ReplyKind::Number,
        }
    }

    /// The same answer as ids, as JSON and the untyped API carry it.
    ///
    /// ```
    /// use piriformis_core::interview::{AnswerValue, Reply, YesNo};
    /// let r = Reply::YesNo { value: YesNo::NotSure };
    /// assert_eq!(r.to_value(), AnswerValue::Choice("not_sure".into()));
    /// ```
    pub fn to_value(&self) -> AnswerValue {
        match self {
            Self::YesNo { value } => AnswerValue::Choice(value.id().to_string()),
            Self::Nerve { value } => AnswerValue::Choice(
                match value {
                    NerveStatus::Unknown => YesNo::NotSure.id(),
                    other => other.id(),
                }
                .to_string(),
            ),
            Self::Side { value } => AnswerValue::Choice(value.id().to_string()),
            Self::PainRegions { value } => ids(value),
            Self::PainQualities { value } => ids(value),
            Self::WorseWith { value } => ids(value),
            Self::TenderAreas { value } => ids(value),
            Self::Number { value } => AnswerValue::Number(f64::from(*value)),
        }
    }

    /// The typed reply an answer stands for, checked against its question
    /// (its choices or range); errors name `answers.<question id>`.
    pub fn read(question: QuestionId, value: &AnswerValue) -> Result<Reply> {
        let q = question.question();
        Ok(match q.reply_kind() {
            ReplyKind::YesNo => Reply::YesNo {
                value: YesNo::parse_field(&field(q.id), choice(q, value)?)?,
            },
            ReplyKind::Nerve => Reply::Nerve {
                value: match choice(q, value)? {
                    "absent" => NerveStatus::Absent,
                    "stable" => NerveStatus::Stable,
                    "worsening" => NerveStatus::Worsening,
                    _ => NerveStatus::Unknown,
                },
            },
            ReplyKind::Side => Reply::Side {
                value: Side::parse_field(&field(q.id), choice(q, value)?)?,
            },
            ReplyKind::PainRegions => Reply::PainRegions {
                value: list(q, value)?,
            },
            ReplyKind::PainQualities => Reply::PainQualities {
                value: list(q, value)?,
            },
            ReplyKind::WorseWith => Reply::WorseWith {
                value: list(q, value)?,
            },
            ReplyKind::TenderAreas => Reply::TenderAreas {
                value: list(q, value)?,
            },
            ReplyKind::Number => {
                let range = match q.fills.kind() {
                    crate::triage::FieldKind::Number { range } => range,
                    _ => ranges::PAIN,
                };
                Reply::Number {
                    value: i32::from(number(q, value, range)?),
                }
            }
        })
    }

    /// The assessment field value this reply sets for a question that fills
    /// `field`; `None` when "not sure" leaves the field unknown.
    fn field_value(self, field: Field) -> Option<FieldValue> {
        Some(match (self, field) {
            (Self::YesNo { value }, f) => FieldValue::answer(f, value.answer())?,
            (Self::Nerve { value }, Field::Nerve(sign)) => FieldValue::Nerve(sign, value),
            (Self::Side { value }, _) => FieldValue::Side(value),
            (Self::PainRegions { value }, _) => FieldValue::PainRegions(value),
            (Self::PainQualities { value }, _) => FieldValue::PainQualities(value),
            (Self::WorseWith { value }, _) => FieldValue::WorseWith(value),
            (Self::TenderAreas { value }, _) => FieldValue::TenderAreas(value),
            // In range by `read`, so the conversion is exact.
            (Self::Number { value }, f) => FieldValue::number(f, u16::try_from(value).ok()?)?,
            (Self::Nerve { .. }, _) => return None,
        })
    }
}

/// Typed replies as the answers [`next_step`](super::next_step) reads.
pub fn answers_of(replies: &Replies) -> Answers {
    replies.iter().map(|(&q, r)| (q, r.to_value())).collect()
}

fn field(q: QuestionId) -> String {
    format!("answers.{}", q.id())
}

fn choice<'a>(q: &Question, v: &'a AnswerValue) -> Result<&'a str> {
    let allowed = || {
        q.choices()
            .iter()
            .map(|c| c.id.clone())
            .collect::<Vec<_>>()
            .join(", ")
    };
    match v {
        AnswerValue::Choice(s) if q.accepts(s) => Ok(s),
        AnswerValue::Choice(s) => Err(Error::UnknownValue {
            field: field(q.id),
            value: s.clone(),
            allowed: allowed(),
        }),
        _ => Err(Error::Invalid {
            field: field(q.id),
            message: format!("expected one of: {}", allowed()),
        }),
    }
}

fn list<T: Vocabulary>(q: &Question, v: &AnswerValue) -> Result<Vec<T>> {
    match v {
        AnswerValue::Choices(items) => {
            let mut out: Vec<T> = items
                .iter()
                .map(|s| T::parse_field(&field(q.id), s))
                .collect::<Result<_>>()?;
            crate::vocab::sort_by_key(&mut out, |t| t.id());
            out.dedup_by_key(|t| t.id());
            Ok(out)
        }
        _ => Err(Error::Invalid {
            field: field(q.id),
            message: format!("expected a list of: {}", T::ids().join(", ")),
        }),
    }
}

fn number(q: &Question, v: &AnswerValue, range: Range) -> Result<u16> {
    let allowed = range.allowed();
    match v {
        AnswerValue::Number(n)
            if n.fract() == 0.0 && (f64::from(range.min)..=f64::from(range.max)).contains(n) =>
        {
            // Whole and within the range, so the conversion is exact.
            Ok(*n as u16)
        }
        AnswerValue::Number(n) => Err(Error::out_of_range(&field(q.id), n, &allowed)),
        _ => Err(Error::Invalid {
            field: field(q.id),
            message: format!("expected a number; allowed: {allowed}"),
        }),
    }
}

/// Builds the assessment from the answers, checking each against its question.
/// An answer to a question that is not enabled (its enable-when is false) is
/// still checked, then left out. A contradiction names the two questions. An
/// error keeps the floor of every red flag answered "yes"
/// ([`Error::WithWarningSigns`]).
pub fn assessment_from(answers: &Answers) -> Result<Assessment> {
    read_assessment(answers).map_err(|e| e.with_warning_signs(yes_flags(answers)))
}

fn read_assessment(answers: &Answers) -> Result<Assessment> {
    let mut scratch = Assessment::default();
    let mut a = Assessment::default();
    for (&id, value) in answers {
        let q = id.question();
        if let Some(parent) = follow_up_answered_against(q, value, answers) {
            return Err(Error::contradiction(
                &field(id),
                &field(parent),
                "a follow-up question was answered yes, but the question it follows was answered no",
            ));
        }
        let target = if q.enabled(answers) {
            &mut a
        } else {
            &mut scratch
        };
        fill(target, q, value)?;
    }
    a.nerve.legs = derive_legs(&a);
    a.validate().map_err(|e| in_question_terms(e, answers))?;
    Ok(a)
}

/// For a follow-up answered "yes" although every question it follows was
/// answered "no", the first of those: the two answers contradict each other
/// (the follow-up is never asked then, so its "yes" cannot be right as it stands).
fn follow_up_answered_against(
    q: &Question,
    value: &AnswerValue,
    answers: &Answers,
) -> Option<QuestionId> {
    let EnableWhen::AnyYes { questions } = q.enable_when else {
        return None;
    };
    let is =
        |v: Option<&AnswerValue>, id: &str| matches!(v, Some(AnswerValue::Choice(c)) if c == id);
    (is(Some(value), "yes") && questions.iter().all(|p| is(answers.get(p), "no")))
        .then(|| questions.first().copied())
        .flatten()
}

/// Fills the assessment field a question fills from its answer, read through
/// [`Reply::read`]: the one mapping from an answer to its field.
fn fill(a: &mut Assessment, q: &Question, value: &AnswerValue) -> Result<()> {
    if let Some(v) = Reply::read(q.id, value)?.field_value(q.fills) {
        v.apply_to(a);
    }
    Ok(())
}

/// The answered question that fills this assessment field, if any.
fn question_for(path: &str, answers: &Answers) -> Option<QuestionId> {
    CATALOGUE
        .iter()
        .filter(|q| answers.contains_key(&q.id))
        .find(|q| q.fills.path() == path)
        .map(|q| q.id)
}

/// Restates an assessment error in terms of the questions: `answers.<id>`.
/// For a contradiction, `field` is the later question in the catalogue (the
/// one to ask again) and `other` the earlier one.
pub(super) fn in_question_terms(e: Error, answers: &Answers) -> Error {
    let name = |path: &str| question_for(path, answers);
    match e {
        Error::WithWarningSigns {
            error,
            at_least,
            present,
        } => Error::WithWarningSigns {
            error: Box::new(in_question_terms(*error, answers)),
            at_least,
            present,
        },
        Error::Contradiction { field, other, why } => match (name(&field), name(&other)) {
            (Some(a), Some(b)) => {
                let (later, earlier) = if a > b { (a, b) } else { (b, a) };
                Error::Contradiction {
                    field: self::field(later),
                    other: self::field(earlier),
                    why,
                }
            }
            _ => Error::Contradiction { field, other, why },
        },
        other => other,
    }
}

fn derive_legs(a: &Assessment) -> Legs {
    let leg_regions = [BodyRegion::BackOfThigh, BodyRegion::Calf, BodyRegion::Foot];
    let all_absent = NerveSign::ALL
        .iter()
        .all(|&s| a.nerve.status(s) == NerveStatus::Absent);
    match a.red_flags.get(&RedFlag::BothLegs) {
        Some(Answer::Present) => Legs::Both,
        Some(Answer::Absent)
            if a.nerve.any_present() || a.pain_regions.iter().any(|r| leg_regions.contains(r)) =>
        {
            Legs::One
        }
        Some(Answer::Absent) if all_absent => Legs::Neither,
        _ => Legs::Unknown,
    }
}

/// The red flag a question asks about, if it asks about one.
pub(super) fn red_flag_of(q: QuestionId) -> Option<RedFlag> {
    match q.question().fills {
        Fills::RedFlag(f) => Some(f),
        _ => None,
    }
}

/// The red flags whose questions were answered "yes", whatever else is
/// wrong with the answers: the floor an error about them keeps.
pub fn yes_flags(answers: &Answers) -> Vec<RedFlag> {
    answers
        .iter()
        .filter(|(_, v)| matches!(v, AnswerValue::Choice(c) if c == "yes"))
        .filter_map(|(q, _)| red_flag_of(*q))
        .collect()
}

/// The question an error's field names (`answers.<id>`), if it names one.
///
/// ```
/// use piriformis_core::interview::{question_at, QuestionId};
/// assert_eq!(question_at("answers.pain_now"), Some(QuestionId::PainNow));
/// assert_eq!(question_at("pain_now"), None);
/// ```
pub fn question_at(field: &str) -> Option<QuestionId> {
    field
        .strip_prefix("answers.")
        .and_then(|rest| QuestionId::from_id(rest.split(['.', '[']).next().unwrap_or(rest)))
}

/// The questions an error is about: for a contradiction the question to ask
/// again, then the one it contradicts; otherwise the question at fault, if any.
pub fn questions_of(error: &Error) -> Vec<QuestionId> {
    match error.inner() {
        Error::Contradiction { field, other, .. } => [field, other]
            .iter()
            .filter_map(|f| question_at(f))
            .collect(),
        e => e.field().and_then(question_at).into_iter().collect(),
    }
}
