//! What a person reports ([`Assessment`]), read from JSON and checked.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

#[cfg(doc)]
use super::report::triage;
use crate::error::{Error, Result};
use crate::red_flag::RedFlag;
use crate::symptom::{Aggravator, TenderArea};
use crate::trigger_point::{BodyRegion, PainQuality};
use crate::vocab::terms::{Answer, Side};
use crate::vocab::{Vocabulary, ranges, vocabulary};

vocabulary! {
    /// The state of a nerve symptom.
    pub enum NerveStatus {
        /// Not there.
        Absent,
        /// There, but not getting worse.
        Stable,
        /// There and getting worse.
        Worsening,
        /// Not asked, or "not sure".
        Unknown,
    }
}

vocabulary! {
    /// How many legs have pain or nerve symptoms running down them.
    pub enum Legs {
        /// Neither leg.
        Neither,
        /// One leg.
        One,
        /// Both legs.
        Both,
        /// Not asked, or "not sure".
        Unknown,
    }
}

vocabulary! {
    /// A nerve symptom.
    pub enum NerveSign {
        /// Numbness.
        Numbness,
        /// Tingling, pins and needles.
        Tingling,
        /// Weakness.
        Weakness,
    }
}

impl NerveSign {
    /// The question that asks about this sign (the interview asks it, and a
    /// result lists it while it is open).
    pub const fn question(self) -> &'static str {
        match self {
            Self::Numbness => "Is any part of your leg or foot numb?",
            Self::Tingling => "Do you have tingling or pins and needles in your leg or foot?",
            Self::Weakness => "Is your leg weak?",
        }
    }

    /// Help for that question: what counts, with a check to try.
    pub const fn help(self) -> &'static str {
        match self {
            Self::Numbness => {
                "Answer for the leg or foot: skin that feels dead, thick or different when you touch it. Choose \"getting worse\" if it is spreading or stronger than last week."
            }
            Self::Tingling => {
                "Answer for the leg or foot: pins and needles, buzzing or burning. Choose \"getting worse\" if it is spreading or stronger than last week."
            }
            Self::Weakness => {
                "For example: on one side you cannot rise up on your toes or walk on your heels (hold on to something steady to try), the foot scuffs or catches, or stairs are harder with one leg. Choose \"getting worse\" if it is weaker than last week."
            }
        }
    }
}

/// Numbness, tingling and weakness, and how many legs are involved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, get_all, module = "piriformis")
)]
pub struct NerveSymptoms {
    /// Numbness.
    pub numbness: NerveStatus,
    /// Tingling or pins and needles.
    pub tingling: NerveStatus,
    /// Weakness.
    pub weakness: NerveStatus,
    /// How many legs have pain or nerve symptoms running down them.
    pub legs: Legs,
}

impl Default for NerveSymptoms {
    fn default() -> Self {
        Self {
            numbness: NerveStatus::Unknown,
            tingling: NerveStatus::Unknown,
            weakness: NerveStatus::Unknown,
            legs: Legs::Unknown,
        }
    }
}

impl NerveSymptoms {
    /// None of the three, in neither leg.
    pub const NONE: Self = Self {
        numbness: NerveStatus::Absent,
        tingling: NerveStatus::Absent,
        weakness: NerveStatus::Absent,
        legs: Legs::Neither,
    };

    /// The status of one sign.
    pub const fn status(&self, sign: NerveSign) -> NerveStatus {
        match sign {
            NerveSign::Numbness => self.numbness,
            NerveSign::Tingling => self.tingling,
            NerveSign::Weakness => self.weakness,
        }
    }

    /// Whether any sign is present (stable or worsening).
    pub fn any_present(&self) -> bool {
        NerveSign::ALL
            .iter()
            .any(|&s| matches!(self.status(s), NerveStatus::Stable | NerveStatus::Worsening))
    }
}

/// What a person reports: the input to [`triage`].
///
/// Every field is optional in JSON; a missing answer is unknown, never "no".
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, get_all, module = "piriformis")
)]
pub struct Assessment {
    /// Which side hurts.
    pub side: Option<Side>,
    /// Pain now on the 0-10 numeric rating scale (LOINC 72514-3).
    pub pain_now: Option<u8>,
    /// Where it hurts.
    pub pain_regions: Vec<BodyRegion>,
    /// How it feels.
    pub pain_qualities: Vec<PainQuality>,
    /// What makes it worse.
    pub worse_with: Vec<Aggravator>,
    /// Where it is tender when pressed.
    pub tender_areas: Vec<TenderArea>,
    /// Numbness, tingling, weakness and how many legs.
    pub nerve: NerveSymptoms,
    /// Answers to red-flag questions; a missing flag is unknown.
    pub red_flags: RedFlagAnswers,
    /// Whether it began after a fall, accident or blow.
    pub after_fall_or_accident: Answer,
    /// Weeks of self-care tried so far.
    pub self_care_weeks: Option<u16>,
    /// Whether the self-care helped.
    pub self_care_helped: Answer,
    /// Whether the pain keeps coming back.
    pub keeps_coming_back: Answer,
    /// Age in whole years ([`ranges::AGE`]), if given.
    pub age: Option<u8>,
}

/// The longest self-care history accepted, in weeks (ten years):
/// [`ranges::SELF_CARE_WEEKS`]`.max`.
pub const MAX_SELF_CARE_WEEKS: u16 = ranges::SELF_CARE_WEEKS.max;

/// Weeks of self-care without improvement before a clinician should look:
/// the guide's "a few weeks", taken as 3.
pub const NO_IMPROVEMENT_WEEKS: u16 = 3;

/// The 0-10 score from which pain counts as severe (the usual 7-10 band).
pub const SEVERE_PAIN: u8 = 7;

impl Assessment {
    /// Reads an assessment from JSON, with errors that name the field.
    ///
    /// ```
    /// use piriformis_core::Assessment;
    /// let err = Assessment::from_json(r#"{"pain_now": 11}"#).unwrap_err();
    /// assert_eq!(err.field(), Some("pain_now"));
    /// ```
    ///
    /// A red flag answered "present" is never lost to bad input elsewhere in
    /// the document: the error then carries the disposition it needs
    /// ([`Error::WithWarningSigns`]).
    pub fn from_json(json: &str) -> Result<Self> {
        let parsed: Result<Self> = crate::input::from_json(json);
        match parsed {
            Ok(a) => {
                a.validate()
                    .map_err(|e| e.with_warning_signs(a.present_flags()))?;
                Ok(a)
            }
            Err(e) => Err(e.with_warning_signs(salvage_flags(json))),
        }
    }

    /// The red flags answered "present" (with both legs read from
    /// `nerve.legs` too), whatever else is wrong with the assessment.
    pub fn present_flags(&self) -> Vec<RedFlag> {
        let mut out: Vec<RedFlag> = self
            .red_flags
            .iter()
            .filter(|(_, a)| **a == Answer::Present)
            .map(|(f, _)| *f)
            .collect();
        if self.nerve.legs == Legs::Both {
            out.push(RedFlag::BothLegs);
        }
        out
    }

    /// Every red flag's answer as [`Assessment::red_flag`] gives it, indexed
    /// by `RedFlag as usize`: one pass over the map instead of a lookup per rule.
    pub(crate) fn flag_answers(&self) -> FlagAnswers {
        let mut out = FlagAnswers::default();
        for (f, a) in self.red_flags.0.iter().enumerate() {
            out.yes |= u32::from(*a == Some(Answer::Present)) << f;
            out.no |= u32::from(*a == Some(Answer::Absent)) << f;
        }
        out.set(RedFlag::BothLegs as usize, self.red_flag(RedFlag::BothLegs));
        out
    }

    /// The answer to a red flag, combining `red_flags` with `nerve.legs` for
    /// [`RedFlag::BothLegs`] when `red_flags` leaves it out. An explicit
    /// "unknown" stays unknown: "not sure" is never read as "no".
    pub fn red_flag(&self, flag: RedFlag) -> Answer {
        let given = self.red_flags.get(&flag).copied();
        if flag == RedFlag::BothLegs {
            // "Both legs" in `nerve.legs` counts even beside a "not sure";
            // "one" or "neither" answers only a question left out.
            return match (given, self.nerve.legs) {
                (None | Some(Answer::Unknown), Legs::Both) => Answer::Present,
                (None, Legs::One | Legs::Neither) => Answer::Absent,
                (None, Legs::Unknown) => Answer::Unknown,
                (Some(a), _) => a,
            };
        }
        given.unwrap_or(Answer::Unknown)
    }

    /// Checks ranges and contradictions.
    pub fn validate(&self) -> Result<()> {
        if let Some(p) = self.pain_now {
            ranges::PAIN.check("pain_now", p)?;
        }
        if let Some(y) = self.age {
            ranges::AGE.check("age", y)?;
        }
        if let Some(w) = self.self_care_weeks {
            ranges::SELF_CARE_WEEKS.check("self_care_weeks", w)?;
            if w == 0 && self.self_care_helped != Answer::Unknown {
                return Err(Error::contradiction(
                    "self_care_helped",
                    "self_care_weeks",
                    "whether self-care helped cannot be known after 0 weeks of it",
                ));
            }
        }
        if self.nerve.legs == Legs::Neither {
            for sign in NerveSign::ALL {
                if matches!(
                    self.nerve.status(*sign),
                    NerveStatus::Stable | NerveStatus::Worsening
                ) {
                    return Err(Error::contradiction(
                        &format!("nerve.{}", sign.id()),
                        "nerve.legs",
                        "a nerve symptom is reported but no leg is affected",
                    ));
                }
            }
        }
        let both = self.red_flags.answer(RedFlag::BothLegs);
        match (both, self.nerve.legs) {
            (Answer::Present, Legs::One | Legs::Neither) | (Answer::Absent, Legs::Both) => {
                return Err(Error::contradiction(
                    "red_flags.both_legs",
                    "nerve.legs",
                    "the two answers about both legs disagree",
                ));
            }
            _ => {}
        }
        // A follow-up answered "yes" although every question that asks it
        // was answered "no": one of the two answers is wrong.
        for &flag in RedFlag::ALL {
            let parents = flag.parents();
            if !parents.is_empty()
                && self.red_flag(flag) == Answer::Present
                && parents.iter().all(|&p| self.red_flag(p) == Answer::Absent)
            {
                return Err(Error::contradiction(
                    &format!("red_flags.{}", flag.id()),
                    &format!("red_flags.{}", parents[0].id()),
                    "a follow-up question was answered yes, but the question it follows was answered no",
                ));
            }
        }
        if self.pain_now == Some(0)
            && self.red_flag(RedFlag::SevereOrConstantPain) == Answer::Present
        {
            return Err(Error::contradiction(
                "red_flags.severe_or_constant_pain",
                "pain_now",
                "constant severe pain was reported with pain 0 now",
            ));
        }
        Ok(())
    }
}

/// The red flags a failed assessment document still reports present:
/// `red_flags.<id>: "present"` anywhere in it, and `nerve.legs: "both"`.
pub(crate) fn salvage_flags(json: &str) -> Vec<RedFlag> {
    let mut out = Vec::new();
    crate::input::salvage_each(json, |path, value| {
        let flag = match (path, value) {
            ("nerve.legs", "both") => Some(RedFlag::BothLegs),
            (p, "present") => p.strip_prefix("red_flags.").and_then(RedFlag::from_id),
            _ => None,
        };
        if let Some(f) = flag.filter(|f| !out.contains(f)) {
            out.push(f);
        }
    });
    out
}

/// Every red flag's answer as triage reads it: two bit sets, one bit per
/// `RedFlag as usize` ("yes" and "no"; neither bit is unknown). Copying one
/// for a what-if costs 8 bytes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct FlagAnswers {
    /// The flags answered "present".
    pub yes: u32,
    /// The flags answered "absent".
    pub no: u32,
}

impl FlagAnswers {
    /// Every flag's bit.
    const ALL: u32 = if RedFlag::ALL.len() == 32 {
        u32::MAX
    } else {
        (1 << RedFlag::ALL.len()) - 1
    };

    /// The flags neither "present" nor "absent".
    pub(crate) fn unknown(self) -> u32 {
        Self::ALL & !(self.yes | self.no)
    }

    /// Whether flag `f` is answered "present".
    pub(crate) fn is_yes(self, f: usize) -> bool {
        self.yes >> f & 1 == 1
    }

    /// Whether flag `f` is answered "absent".
    pub(crate) fn is_no(self, f: usize) -> bool {
        self.no >> f & 1 == 1
    }

    /// Sets flag `f`'s answer.
    pub(crate) fn set(&mut self, f: usize, answer: Answer) {
        let bit = 1 << f;
        self.yes &= !bit;
        self.no &= !bit;
        match answer {
            Answer::Present => self.yes |= bit,
            Answer::Absent => self.no |= bit,
            Answer::Unknown => {}
        }
    }
}

/// One field of an [`Assessment`]: the one schema of its fields. The
/// interview ([`crate::interview::Question::fills`]), the table and dict
/// reader ([`crate::cell`]), error paths and the bindings all name fields
/// through it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case", tag = "field", content = "id")]
pub enum Field {
    /// `side`.
    Side,
    /// `pain_now`.
    PainNow,
    /// `pain_regions`.
    PainRegions,
    /// `pain_qualities`.
    PainQualities,
    /// `worse_with`.
    WorseWith,
    /// `tender_areas`.
    TenderAreas,
    /// `nerve.<sign>`: numbness, tingling or weakness.
    Nerve(NerveSign),
    /// `nerve.legs`.
    Legs,
    /// `after_fall_or_accident`.
    AfterFall,
    /// `self_care_weeks`.
    SelfCareWeeks,
    /// `self_care_helped`.
    SelfCareHelped,
    /// `keeps_coming_back`.
    KeepsComingBack,
    /// `age`.
    Age,
    /// `red_flags.<id>`.
    RedFlag(RedFlag),
}

/// The fields that are not red flags, with their paths, in table order.
const NAMED_FIELDS: &[(&str, Field)] = &[
    ("side", Field::Side),
    ("pain_now", Field::PainNow),
    ("pain_regions", Field::PainRegions),
    ("pain_qualities", Field::PainQualities),
    ("worse_with", Field::WorseWith),
    ("tender_areas", Field::TenderAreas),
    ("nerve.numbness", Field::Nerve(NerveSign::Numbness)),
    ("nerve.tingling", Field::Nerve(NerveSign::Tingling)),
    ("nerve.weakness", Field::Nerve(NerveSign::Weakness)),
    ("nerve.legs", Field::Legs),
    ("after_fall_or_accident", Field::AfterFall),
    ("self_care_weeks", Field::SelfCareWeeks),
    ("self_care_helped", Field::SelfCareHelped),
    ("keeps_coming_back", Field::KeepsComingBack),
    ("age", Field::Age),
];

/// What a field holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum FieldKind {
    /// One id of a vocabulary.
    OneOf {
        /// The vocabulary's name.
        vocabulary: &'static str,
    },
    /// A list of ids of a vocabulary.
    SeveralOf {
        /// The vocabulary's name.
        vocabulary: &'static str,
    },
    /// A whole number in a range.
    Number {
        /// The range.
        range: ranges::Range,
    },
}

impl Field {
    /// Every field, red flags last (the order of a survey table's columns).
    pub fn all() -> impl Iterator<Item = Field> {
        NAMED_FIELDS
            .iter()
            .map(|&(_, f)| f)
            .chain(RedFlag::ALL.iter().map(|&f| Field::RedFlag(f)))
    }

    /// The field's path, as JSON nests it and errors name it (`side`,
    /// `nerve.legs`, `red_flags.fever`).
    ///
    /// ```
    /// use piriformis_core::triage::Field;
    /// use piriformis_core::RedFlag;
    /// assert_eq!(Field::RedFlag(RedFlag::Fever).path(), "red_flags.fever");
    /// assert_eq!(Field::from_path("nerve.legs"), Some(Field::Legs));
    /// assert_eq!(Field::from_path("fever"), None);
    /// ```
    pub fn path(self) -> Cow<'static, str> {
        match self {
            Field::RedFlag(f) => Cow::Owned(format!("red_flags.{}", f.id())),
            other => NAMED_FIELDS
                .iter()
                .find(|(_, f)| *f == other)
                .map_or(Cow::Borrowed(""), |(p, _)| Cow::Borrowed(*p)),
        }
    }

    /// The field at this path, if there is one.
    pub fn from_path(path: &str) -> Option<Field> {
        if let Some(&(_, f)) = NAMED_FIELDS.iter().find(|(p, _)| *p == path) {
            return Some(f);
        }
        path.strip_prefix("red_flags.")
            .and_then(RedFlag::from_id)
            .map(Field::RedFlag)
    }

    /// What the field holds: which vocabulary, or which range.
    pub fn kind(self) -> FieldKind {
        let one = |vocabulary| FieldKind::OneOf { vocabulary };
        let several = |vocabulary| FieldKind::SeveralOf { vocabulary };
        match self {
            Field::Side => one(Side::NAME),
            Field::PainNow => FieldKind::Number {
                range: ranges::PAIN,
            },
            Field::SelfCareWeeks => FieldKind::Number {
                range: ranges::SELF_CARE_WEEKS,
            },
            Field::Age => FieldKind::Number { range: ranges::AGE },
            Field::PainRegions => several(BodyRegion::NAME),
            Field::PainQualities => several(PainQuality::NAME),
            Field::WorseWith => several(Aggravator::NAME),
            Field::TenderAreas => several(TenderArea::NAME),
            Field::Nerve(_) => one(NerveStatus::NAME),
            Field::Legs => one(Legs::NAME),
            Field::AfterFall
            | Field::SelfCareHelped
            | Field::KeepsComingBack
            | Field::RedFlag(_) => one(Answer::NAME),
        }
    }

    /// The ids the field allows, or the range as text (`whole numbers 0-10`).
    pub fn allowed(self) -> String {
        fn ids<T: Vocabulary>() -> String {
            T::ids().join(", ")
        }
        match self {
            Field::Side => ids::<Side>(),
            Field::PainRegions => ids::<BodyRegion>(),
            Field::PainQualities => ids::<PainQuality>(),
            Field::WorseWith => ids::<Aggravator>(),
            Field::TenderAreas => ids::<TenderArea>(),
            Field::Nerve(_) => ids::<NerveStatus>(),
            Field::Legs => ids::<Legs>(),
            Field::PainNow | Field::SelfCareWeeks | Field::Age => match self.kind() {
                FieldKind::Number { range } => range.allowed(),
                _ => String::new(),
            },
            Field::AfterFall
            | Field::SelfCareHelped
            | Field::KeepsComingBack
            | Field::RedFlag(_) => ids::<Answer>(),
        }
    }
}

/// A value for one [`Field`], typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldValue {
    /// `side`.
    Side(Side),
    /// `pain_now`, as given ([`Assessment::validate`] checks the range).
    PainNow(u8),
    /// `self_care_weeks`, as given.
    SelfCareWeeks(u16),
    /// `age`, as given.
    Age(u8),
    /// `pain_regions`.
    PainRegions(Vec<BodyRegion>),
    /// `pain_qualities`.
    PainQualities(Vec<PainQuality>),
    /// `worse_with`.
    WorseWith(Vec<Aggravator>),
    /// `tender_areas`.
    TenderAreas(Vec<TenderArea>),
    /// `nerve.<sign>`.
    Nerve(NerveSign, NerveStatus),
    /// `nerve.legs`.
    Legs(Legs),
    /// `after_fall_or_accident`.
    AfterFall(Answer),
    /// `self_care_helped`.
    SelfCareHelped(Answer),
    /// `keeps_coming_back`.
    KeepsComingBack(Answer),
    /// One red flag's answer.
    RedFlag(RedFlag, Answer),
}

impl FieldValue {
    /// The value for a yes/no field (`after_fall_or_accident`,
    /// `self_care_helped`, `keeps_coming_back`, `red_flags.<id>`); `None` for
    /// a field that does not hold an [`Answer`].
    pub fn answer(field: Field, answer: Answer) -> Option<Self> {
        match field {
            Field::AfterFall => Some(Self::AfterFall(answer)),
            Field::SelfCareHelped => Some(Self::SelfCareHelped(answer)),
            Field::KeepsComingBack => Some(Self::KeepsComingBack(answer)),
            Field::RedFlag(f) => Some(Self::RedFlag(f, answer)),
            _ => None,
        }
    }

    /// The value an id stands for in a one-of field (a red flag's answer,
    /// `side`, a nerve sign's state, `nerve.legs`, the other yes/no fields);
    /// `None` when the field takes something else or the id is not one of
    /// its values (a reader then reads the cell by the full rule, which names
    /// the error). The one mapping from an id to its field's value.
    ///
    /// ```
    /// use piriformis_core::triage::{Field, FieldValue};
    /// use piriformis_core::{Answer, RedFlag};
    /// let v = FieldValue::from_id(Field::RedFlag(RedFlag::Fever), "present");
    /// assert_eq!(v, Some(FieldValue::RedFlag(RedFlag::Fever, Answer::Present)));
    /// assert_eq!(FieldValue::from_id(Field::PainNow, "5"), None);
    /// ```
    pub fn from_id(field: Field, id: &str) -> Option<Self> {
        match field {
            Field::RedFlag(_)
            | Field::AfterFall
            | Field::SelfCareHelped
            | Field::KeepsComingBack => Self::answer(field, Answer::from_id(id)?),
            Field::Side => Some(Self::Side(Side::from_id(id)?)),
            Field::Nerve(sign) => Some(Self::Nerve(sign, NerveStatus::from_id(id)?)),
            Field::Legs => Some(Self::Legs(Legs::from_id(id)?)),
            _ => None,
        }
    }

    /// The value for a number field (`pain_now`, `self_care_weeks`, `age`)
    /// from a number already checked against the field's range; `None` for a
    /// field that does not hold a number. The one mapping from a number to its field.
    pub fn number(field: Field, n: u16) -> Option<Self> {
        // In range by the caller's check, so the narrowing is exact.
        let small = || u8::try_from(n).unwrap_or(u8::MAX);
        match field {
            Field::PainNow => Some(Self::PainNow(small())),
            Field::SelfCareWeeks => Some(Self::SelfCareWeeks(n)),
            Field::Age => Some(Self::Age(small())),
            _ => None,
        }
    }

    /// The field this value is for.
    pub fn field(&self) -> Field {
        match self {
            Self::Side(_) => Field::Side,
            Self::PainNow(_) => Field::PainNow,
            Self::SelfCareWeeks(_) => Field::SelfCareWeeks,
            Self::Age(_) => Field::Age,
            Self::PainRegions(_) => Field::PainRegions,
            Self::PainQualities(_) => Field::PainQualities,
            Self::WorseWith(_) => Field::WorseWith,
            Self::TenderAreas(_) => Field::TenderAreas,
            Self::Nerve(s, _) => Field::Nerve(*s),
            Self::Legs(_) => Field::Legs,
            Self::AfterFall(_) => Field::AfterFall,
            Self::SelfCareHelped(_) => Field::SelfCareHelped,
            Self::KeepsComingBack(_) => Field::KeepsComingBack,
            Self::RedFlag(f, _) => Field::RedFlag(*f),
        }
    }

    /// Puts the value into its field of the assessment: the one setter.
    pub fn apply_to(self, a: &mut Assessment) {
        match self {
            Self::Side(v) => a.side = Some(v),
            Self::PainNow(v) => a.pain_now = Some(v),
            Self::SelfCareWeeks(v) => a.self_care_weeks = Some(v),
            Self::Age(v) => a.age = Some(v),
            Self::PainRegions(v) => a.pain_regions = v,
            Self::PainQualities(v) => a.pain_qualities = v,
            Self::WorseWith(v) => a.worse_with = v,
            Self::TenderAreas(v) => a.tender_areas = v,
            Self::Nerve(NerveSign::Numbness, v) => a.nerve.numbness = v,
            Self::Nerve(NerveSign::Tingling, v) => a.nerve.tingling = v,
            Self::Nerve(NerveSign::Weakness, v) => a.nerve.weakness = v,
            Self::Legs(v) => a.nerve.legs = v,
            Self::AfterFall(v) => a.after_fall_or_accident = v,
            Self::SelfCareHelped(v) => a.self_care_helped = v,
            Self::KeepsComingBack(v) => a.keeps_coming_back = v,
            Self::RedFlag(f, v) => {
                a.red_flags.insert(f, v);
            }
        }
    }
}

/// The answers to the red-flag questions: a map from [`RedFlag`] to
/// [`Answer`] with one slot per flag, in the flags' order. A flag not in the
/// map is unknown, as in a JSON object without its key. It reads and writes
/// as a JSON object (`{"fever": "absent"}`) and works like a small ordered
/// map (`insert`, `get`, `iter`, `collect`), without allocating.
///
/// ```
/// use piriformis_core::{Answer, RedFlag, Vocabulary, triage::RedFlagAnswers};
/// let mut flags = RedFlagAnswers::from([(RedFlag::Fever, Answer::Absent)]);
/// flags.insert(RedFlag::SaddleNumbness, Answer::Present);
/// assert_eq!(flags.get(&RedFlag::Fever), Some(&Answer::Absent));
/// assert_eq!(flags.answer(RedFlag::FootDrop), Answer::Unknown);
/// let ids: Vec<&str> = flags.iter().map(|(f, _)| f.id()).collect();
/// assert_eq!(ids, ["saddle_numbness", "fever"]); // the flags' order
/// assert_eq!(serde_json::to_string(&flags)?, r#"{"saddle_numbness":"present","fever":"absent"}"#);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct RedFlagAnswers([Option<Answer>; RedFlag::ALL.len()]);

impl RedFlagAnswers {
    /// No answers: every flag unknown.
    pub const fn new() -> Self {
        Self([None; RedFlag::ALL.len()])
    }

    /// Sets a flag's answer; gives back the answer it replaced, if any.
    pub fn insert(&mut self, flag: RedFlag, answer: Answer) -> Option<Answer> {
        self.0[flag as usize].replace(answer)
    }

    /// The answer given for a flag, if one was.
    pub fn get(&self, flag: &RedFlag) -> Option<&Answer> {
        self.0[*flag as usize].as_ref()
    }

    /// The answer for a flag, [`Answer::Unknown`] when none was given (this
    /// map alone: [`Assessment::red_flag`] also reads `nerve.legs`).
    pub fn answer(&self, flag: RedFlag) -> Answer {
        self.0[flag as usize].unwrap_or(Answer::Unknown)
    }

    /// Takes a flag's answer out; gives it back, if there was one.
    pub fn remove(&mut self, flag: &RedFlag) -> Option<Answer> {
        self.0[*flag as usize].take()
    }

    /// Whether a flag has an answer.
    pub fn contains_key(&self, flag: &RedFlag) -> bool {
        self.0[*flag as usize].is_some()
    }

    /// How many flags have an answer.
    pub fn len(&self) -> usize {
        self.0.iter().filter(|a| a.is_some()).count()
    }

    /// Whether no flag has an answer.
    pub fn is_empty(&self) -> bool {
        self.0.iter().all(Option::is_none)
    }

    /// Removes every answer.
    pub fn clear(&mut self) {
        *self = Self::new();
    }

    /// The answered flags with their answers, in the flags' order.
    pub fn iter(&self) -> RedFlagIter<'_> {
        self.into_iter()
    }

    /// The answered flags, in order.
    pub fn keys(&self) -> impl Iterator<Item = &RedFlag> + '_ {
        self.iter().map(|(f, _)| f)
    }

    /// The answers, in the flags' order.
    pub fn values(&self) -> impl Iterator<Item = &Answer> + '_ {
        self.iter().map(|(_, a)| a)
    }
}

impl std::fmt::Debug for RedFlagAnswers {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl FromIterator<(RedFlag, Answer)> for RedFlagAnswers {
    fn from_iter<I: IntoIterator<Item = (RedFlag, Answer)>>(iter: I) -> Self {
        let mut out = Self::new();
        out.extend(iter);
        out
    }
}

impl Extend<(RedFlag, Answer)> for RedFlagAnswers {
    fn extend<I: IntoIterator<Item = (RedFlag, Answer)>>(&mut self, iter: I) {
        for (flag, answer) in iter {
            self.insert(flag, answer);
        }
    }
}

impl<const N: usize> From<[(RedFlag, Answer); N]> for RedFlagAnswers {
    fn from(pairs: [(RedFlag, Answer); N]) -> Self {
        pairs.into_iter().collect()
    }
}

impl From<[Option<Answer>; RedFlag::ALL.len()]> for RedFlagAnswers {
    /// One slot per flag, indexed by `RedFlag as usize` (the order of `RedFlag::ALL`).
    fn from(slots: [Option<Answer>; RedFlag::ALL.len()]) -> Self {
        Self(slots)
    }
}

impl<'a> IntoIterator for &'a RedFlagAnswers {
    type Item = (&'a RedFlag, &'a Answer);
    type IntoIter = RedFlagIter<'a>;

    fn into_iter(self) -> RedFlagIter<'a> {
        RedFlagIter {
            flags: RedFlag::ALL.iter(),
            answers: self.0.iter(),
        }
    }
}

/// The answered flags of a [`RedFlagAnswers`] with their answers, in order.
#[derive(Debug, Clone)]
pub struct RedFlagIter<'a> {
    flags: std::slice::Iter<'static, RedFlag>,
    answers: std::slice::Iter<'a, Option<Answer>>,
}

impl<'a> Iterator for RedFlagIter<'a> {
    type Item = (&'a RedFlag, &'a Answer);

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let flag = self.flags.next()?;
            if let Some(answer) = self.answers.next()? {
                return Some((flag, answer));
            }
        }
    }
}

impl IntoIterator for RedFlagAnswers {
    type Item = (RedFlag, Answer);
    type IntoIter = RedFlagIntoIter;

    fn into_iter(self) -> RedFlagIntoIter {
        RedFlagIntoIter {
            slots: self.0,
            next: 0,
        }
    }
}

/// The answered flags of a [`RedFlagAnswers`] with their answers, by value, in order.
#[derive(Debug, Clone)]
pub struct RedFlagIntoIter {
    slots: [Option<Answer>; RedFlag::ALL.len()],
    next: usize,
}

impl Iterator for RedFlagIntoIter {
    type Item = (RedFlag, Answer);

    fn next(&mut self) -> Option<(RedFlag, Answer)> {
        while let Some(slot) = self.slots.get(self.next) {
            let flag = RedFlag::ALL.get(self.next).copied();
            self.next += 1;
            if let (Some(flag), Some(answer)) = (flag, *slot) {
                return Some((flag, answer));
            }
        }
        None
    }
}

impl Serialize for RedFlagAnswers {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_map(self.iter())
    }
}

impl<'de> Deserialize<'de> for RedFlagAnswers {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct Answers;
        impl<'de> serde::de::Visitor<'de> for Answers {
            type Value = RedFlagAnswers;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("an object of red-flag answers")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> std::result::Result<RedFlagAnswers, A::Error> {
                let mut out = RedFlagAnswers::new();
                while let Some((flag, answer)) = map.next_entry::<RedFlag, Answer>()? {
                    out.insert(flag, answer);
                }
                Ok(out)
            }
        }
        d.deserialize_map(Answers)
    }
}
