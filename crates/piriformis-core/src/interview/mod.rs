//! The interview: a question catalogue as data and a stateless
//! [`next_step`] that, from the answers so far, returns the next question or
//! the finished assessment with its triage.
//!
//! Emergency questions come first, then urgent ones, then the rest.
//! Follow-up questions appear only when their parent answer makes them
//! relevant (FHIR-style enable-when). The interview stops as soon as the
//! answers so far give an emergency (after any follow-up of that answer).
//! "Not sure" is a valid answer everywhere; it never counts as "no".

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::red_flag::RedFlag;
use crate::symptom::{Aggravator, TenderArea};
use crate::triage::{
    Answer, Assessment, Disposition, Field, FieldValue, Legs, NerveSign, NerveStatus, Pathway,
    Side, TriagePolicy, TriageResult, triage_with,
};
use crate::trigger_point::{BodyRegion, PainQuality};
use crate::vocab::ranges::{self, Range};
use crate::vocab::{Vocabulary, vocabulary};

vocabulary! {
    /// A question in the catalogue, in the order it is asked.
    pub enum QuestionId {
        /// Red flag: bladder or bowel control.
        BladderOrBowelControl,
        /// Red flag: saddle numbness.
        SaddleNumbness,
        /// Red flag: both legs.
        BothLegs,
        /// Follow-up of a cauda equina "yes": is it new or worse within 2 weeks.
        CaudaEquinaSignsRecent,
        /// Red flag: a serious accident.
        SeriousAccident,
        /// Red flag: sexual dysfunction (alone same-day; an emergency with another cauda equina sign).
        SexualDysfunction,
        /// Red flag: foot drop.
        FootDrop,
        /// Red flag: unsteady walking.
        UnsteadyWalking,
        /// Leg weakness and whether it is getting worse.
        Weakness,
        /// Red flag: fever.
        Fever,
        /// Red flag: injecting drugs.
        InjectingDrugUse,
        /// Red flag: a recent infection, or a wound or procedure on the back.
        RecentInfection,
        /// Red flag: weight loss.
        UnexplainedWeightLoss,
        /// Red flag: pain not eased by rest.
        PainNotEasedByRest,
        /// Red flag: past cancer.
        HistoryOfCancer,
        /// Red flag: night sweats.
        NightSweats,
        /// Red flag: weakened immune system.
        Immunosuppression,
        /// Follow-up of a weakened immune system: chemotherapy in the last 6 weeks.
        RecentChemotherapy,
        /// Red flag: osteoporosis or steroids.
        OsteoporosisOrSteroids,
        /// Red flag: new pain under 20 or over 50.
        NewPainUnder20OrOver50,
        /// Age in years.
        Age,
        /// Did it start after a fall or accident.
        AfterFallOrAccident,
        /// Red flag: did it start after a strenuous lift (asked at 50 or over, or with fragile bones).
        StrenuousLift,
        /// Numbness and whether it is getting worse.
        Numbness,
        /// Tingling and whether it is getting worse.
        Tingling,
        /// Red flag: severe or constant pain.
        SevereOrConstantPain,
        /// Red flag: pain getting steadily worse.
        PainGettingWorse,
        /// Red flag: a lump, swelling or change of shape in the back.
        LumpOrSwelling,
        /// Which side hurts.
        Side,
        /// Pain now, 0-10.
        PainNow,
        /// Where it hurts.
        PainRegions,
        /// How it feels.
        PainQualities,
        /// What makes it worse.
        WorseWith,
        /// Where it is tender.
        TenderAreas,
        /// Weeks of self-care so far.
        SelfCareWeeks,
        /// Did self-care help.
        SelfCareHelped,
        /// Does it keep coming back.
        KeepsComingBack,
    }
}

vocabulary! {
    /// The kind of answer a question takes.
    pub enum AnswerKind {
        /// "yes", "no" or "not_sure".
        YesNo,
        /// Exactly one of the choices.
        OneOf,
        /// Any number of the choices (an empty list means none).
        SeveralOf,
        /// A whole number from 0 to 10.
        Scale0To10,
        /// A whole number of weeks, 0 to 520.
        Weeks,
        /// A whole number of years, 0 to 120.
        Years,
    }
}

vocabulary! {
    /// A yes/no answer. "Not sure" is a real answer and never counts as "no".
    pub enum YesNo {
        /// Yes.
        Yes,
        /// No.
        No,
        /// Not sure.
        NotSure,
        /// Still not sure, after the question was asked again with a check to
        /// do ([`QuestionView::again`]): unknown, like "not sure", and not
        /// asked a third time.
        StillNotSure,
        /// The question does not fit this person (for sexual function: not
        /// sexually active since the pain began). Offered only where the
        /// red flag's record names it ([`crate::red_flag::RedFlagRecord::does_not_apply`]),
        /// and read as "not found" there because other questions check the
        /// same nerves; kept apart from "no" so the answers say what was meant.
        DoesNotApply,
    }
}

impl YesNo {
    /// The finding this answer gives: yes is present, no (or "does not
    /// apply") is absent, and "not sure" stays unknown (never "no"). The one
    /// such mapping.
    pub const fn answer(self) -> Answer {
        match self {
            Self::Yes => Answer::Present,
            Self::No | Self::DoesNotApply => Answer::Absent,
            Self::NotSure | Self::StillNotSure => Answer::Unknown,
        }
    }
}

vocabulary! {
    /// Which kind of typed reply a question takes.
    pub enum ReplyKind {
        /// The reply is a yes, no or not sure.
        YesNo,
        /// The reply is a nerve symptom's state.
        Nerve,
        /// The reply is a side.
        Side,
        /// The reply is where it hurts.
        PainRegions,
        /// The reply is how it feels.
        PainQualities,
        /// The reply is what makes it worse.
        WorseWith,
        /// The reply is where it is tender.
        TenderAreas,
        /// The reply is a whole number.
        Number,
    }
}

/// The version of the question catalogue: bumped whenever a question id is
/// added, removed or renamed, or the answers a question accepts change, so an
/// app can tell whether answers it saved still fit ([`answers_from_json_lenient`]).
/// A test fingerprints the catalogue, so a change without a new version fails.
pub const CATALOGUE_VERSION: u16 = 3;

/// Which assessment field a question fills: the core's one field schema.
pub type Fills = Field;

/// When a question applies, like FHIR Questionnaire `enableWhen`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "when")]
pub enum EnableWhen {
    /// Always asked.
    Always,
    /// Asked when an earlier numeric answer is at least `value`.
    NumberAtLeast {
        /// The earlier question.
        question: QuestionId,
        /// The threshold.
        value: u16,
    },
    /// A follow-up: asked when any of these earlier yes/no questions was answered "yes".
    AnyYes {
        /// The earlier questions.
        questions: &'static [QuestionId],
    },
    /// Asked when any of these earlier yes/no questions was answered "yes",
    /// or the earlier numeric answer is at least `value` (FHIR
    /// `enableBehavior: any`). Not a follow-up: the answer stands alone.
    AnyYesOrAtLeast {
        /// The earlier yes/no questions.
        questions: &'static [QuestionId],
        /// The earlier numeric question.
        question: QuestionId,
        /// The threshold.
        value: u16,
    },
}

/// A question of the catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Question {
    /// Its id.
    pub id: QuestionId,
    /// The prompt.
    pub prompt: &'static str,
    /// Help text shown on request.
    pub help: &'static str,
    /// The kind of answer.
    pub kind: AnswerKind,
    /// The assessment field it fills.
    pub fills: Fills,
    /// How urgent a "yes" can be: emergency questions are asked first.
    pub tier: Disposition,
    /// When it applies.
    pub enable_when: EnableWhen,
    /// Asked only under this policy, when set (its answer is read under any policy).
    pub only_under: Option<TriagePolicy>,
}

/// One choice of a one-of or several-of question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    /// The id to send back.
    pub id: String,
    /// The label to show.
    pub label: String,
}

/// A question ready to show: the record plus its choices.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionView {
    /// Its id.
    pub id: QuestionId,
    /// The prompt.
    pub prompt: String,
    /// Help text.
    pub help: String,
    /// The kind of answer.
    pub kind: AnswerKind,
    /// The choices, for yes/no, one-of and several-of questions.
    pub choices: Vec<Choice>,
    /// How urgent a "yes" can be.
    pub tier: Disposition,
    /// True when the question is asked a second time after "not sure": the
    /// help is then a check to do now, and "still not sure" replaces "not
    /// sure" among the choices. JSON written before this field reads as false.
    #[serde(default)]
    pub again: bool,
}

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

/// Typed replies as the answers [`next_step`] reads.
pub fn answers_of(replies: &Replies) -> Answers {
    replies.iter().map(|(&q, r)| (q, r.to_value())).collect()
}

/// How far along the interview is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    /// Questions answered so far.
    pub asked: u16,
    /// An upper bound on the questions still to come.
    pub remaining_at_most: u16,
}

/// What to do next: ask, or done. Deliberately exhaustive (not
/// `#[non_exhaustive]`): an interview screen handles exactly these two.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "step")]
pub enum Step {
    /// Ask this question.
    Ask {
        /// The question.
        question: QuestionView,
        /// Progress so far.
        progress: Progress,
    },
    /// The interview is over.
    Done {
        /// The assessment built from the answers.
        assessment: Assessment,
        /// Its triage.
        triage: Box<TriageResult>,
        /// True when it ended before every question was asked: an
        /// emergency, or an urgent result that no answer left could raise.
        stopped_early: bool,
        /// Progress at the end.
        progress: Progress,
        /// The questions not asked because no answer to them could make the
        /// result more urgent (empty unless `stopped_early`); JSON leaves the
        /// field out when empty.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        not_asked: Vec<QuestionId>,
    },
}

use Disposition as D;
use QuestionId as Q;

const fn yes_no(id: QuestionId, flag: RedFlag) -> Question {
    let r = flag.record();
    Question {
        id,
        prompt: r.question,
        help: r.help,
        kind: AnswerKind::YesNo,
        fills: Fills::RedFlag(flag),
        tier: flag.tier(),
        enable_when: EnableWhen::Always,
        only_under: None,
    }
}

/// A yes/no follow-up, asked when any of `parents` is answered "yes".
const fn follow_up(
    id: QuestionId,
    flag: RedFlag,
    parents: &'static [QuestionId],
    only_under: Option<TriagePolicy>,
) -> Question {
    Question {
        enable_when: EnableWhen::AnyYes { questions: parents },
        only_under,
        ..yes_no(id, flag)
    }
}

const fn nerve(id: QuestionId, sign: NerveSign, tier: Disposition) -> Question {
    Question {
        id,
        prompt: sign.question(),
        help: sign.help(),
        kind: AnswerKind::OneOf,
        fills: Fills::Nerve(sign),
        tier,
        enable_when: EnableWhen::Always,
        only_under: None,
    }
}

/// The question catalogue, in the order questions are asked.
pub const CATALOGUE: &[Question] = &[
    yes_no(Q::BladderOrBowelControl, RedFlag::BladderOrBowelControl),
    yes_no(Q::SaddleNumbness, RedFlag::SaddleNumbness),
    yes_no(Q::BothLegs, RedFlag::BothLegs),
    follow_up(
        Q::CaudaEquinaSignsRecent,
        RedFlag::CaudaEquinaSignsRecent,
        &[Q::BladderOrBowelControl, Q::SaddleNumbness, Q::BothLegs],
        None,
    ),
    yes_no(Q::SeriousAccident, RedFlag::SeriousAccident),
    yes_no(Q::SexualDysfunction, RedFlag::SexualDysfunction),
    yes_no(Q::FootDrop, RedFlag::FootDrop),
    yes_no(Q::UnsteadyWalking, RedFlag::UnsteadyWalking),
    nerve(Q::Weakness, NerveSign::Weakness, D::Urgent),
    yes_no(Q::Fever, RedFlag::Fever),
    yes_no(Q::InjectingDrugUse, RedFlag::InjectingDrugUse),
    yes_no(Q::RecentInfection, RedFlag::RecentInfection),
    yes_no(Q::UnexplainedWeightLoss, RedFlag::UnexplainedWeightLoss),
    yes_no(Q::PainNotEasedByRest, RedFlag::PainNotEasedByRest),
    yes_no(Q::HistoryOfCancer, RedFlag::HistoryOfCancer),
    yes_no(Q::NightSweats, RedFlag::NightSweats),
    yes_no(Q::Immunosuppression, RedFlag::Immunosuppression),
    follow_up(
        Q::RecentChemotherapy,
        RedFlag::RecentChemotherapy,
        &[Q::Immunosuppression],
        None,
    ),
    yes_no(Q::OsteoporosisOrSteroids, RedFlag::OsteoporosisOrSteroids),
    yes_no(Q::NewPainUnder20OrOver50, RedFlag::NewPainUnder20OrOver50),
    Question {
        id: Q::Age,
        prompt: "How old are you, in whole years?",
        help: "Age changes what a fall or a first episode of pain may mean.",
        kind: AnswerKind::Years,
        fills: Fills::Age,
        tier: D::SeeClinicianSoon,
        enable_when: EnableWhen::Always,
        only_under: None,
    },
    Question {
        id: Q::AfterFallOrAccident,
        prompt: "Did the pain start after a fall, a car accident or a blow to the hip?",
        help: "Answer yes even if the fall seemed minor.",
        kind: AnswerKind::YesNo,
        fills: Fills::AfterFall,
        tier: D::SeeClinicianSoon,
        enable_when: EnableWhen::Always,
        only_under: None,
    },
    // Only where it can matter: fragile bones, or 50 or over
    // (`FallWithFragileBones`, [`crate::triage::FRACTURE_AGE`]).
    Question {
        enable_when: EnableWhen::AnyYesOrAtLeast {
            questions: &[Q::OsteoporosisOrSteroids, Q::NewPainUnder20OrOver50],
            question: Q::Age,
            value: crate::triage::FRACTURE_AGE as u16,
        },
        ..yes_no(Q::StrenuousLift, RedFlag::StrenuousLift)
    },
    nerve(Q::Numbness, NerveSign::Numbness, D::SeeClinicianSoon),
    nerve(Q::Tingling, NerveSign::Tingling, D::SeeClinicianSoon),
    yes_no(Q::SevereOrConstantPain, RedFlag::SevereOrConstantPain),
    yes_no(Q::PainGettingWorse, RedFlag::PainGettingWorse),
    yes_no(Q::LumpOrSwelling, RedFlag::LumpOrSwelling),
    Question {
        id: Q::Side,
        prompt: "Which side hurts?",
        help: "Choose both if both buttocks hurt.",
        kind: AnswerKind::OneOf,
        fills: Fills::Side,
        tier: D::SelfCare,
        enable_when: EnableWhen::Always,
        only_under: None,
    },
    Question {
        id: Q::PainNow,
        prompt: "How bad is the pain right now, from 0 (none) to 10 (worst imaginable)?",
        help: "A whole number from 0 to 10.",
        kind: AnswerKind::Scale0To10,
        fills: Fills::PainNow,
        tier: D::SeeClinician,
        enable_when: EnableWhen::Always,
        only_under: None,
    },
    Question {
        id: Q::PainRegions,
        prompt: "Where do you feel it?",
        help: "Pick all that apply, or none.",
        kind: AnswerKind::SeveralOf,
        fills: Fills::PainRegions,
        tier: D::SelfCare,
        enable_when: EnableWhen::Always,
        only_under: None,
    },
    Question {
        id: Q::PainQualities,
        prompt: "How does it feel?",
        help: "Pick all that apply, or none.",
        kind: AnswerKind::SeveralOf,
        fills: Fills::PainQualities,
        tier: D::SelfCare,
        enable_when: EnableWhen::Always,
        only_under: None,
    },
    Question {
        id: Q::WorseWith,
        prompt: "What makes it worse?",
        help: "Pick all that apply, or none. This helps tell piriformis pain from sciatica that starts in the spine.",
        kind: AnswerKind::SeveralOf,
        fills: Fills::WorseWith,
        tier: D::SelfCare,
        enable_when: EnableWhen::Always,
        only_under: None,
    },
    Question {
        id: Q::TenderAreas,
        prompt: "Where is it tender when you press?",
        help: "Press deep in the buttock, and along the spine. Pick all that apply, or none.",
        kind: AnswerKind::SeveralOf,
        fills: Fills::TenderAreas,
        tier: D::SelfCare,
        enable_when: EnableWhen::Always,
        only_under: None,
    },
    Question {
        id: Q::SelfCareWeeks,
        prompt: "For how many weeks have you tried self-care (stretching, release, heat or cold)?",
        help: "A whole number of weeks; 0 if you are just starting.",
        kind: AnswerKind::Weeks,
        fills: Fills::SelfCareWeeks,
        tier: D::SeeClinician,
        enable_when: EnableWhen::Always,
        only_under: None,
    },
    Question {
        id: Q::SelfCareHelped,
        prompt: "Has the self-care clearly helped?",
        help: "Answer no if it is about the same or worse.",
        kind: AnswerKind::YesNo,
        fills: Fills::SelfCareHelped,
        tier: D::SeeClinician,
        enable_when: EnableWhen::NumberAtLeast {
            question: Q::SelfCareWeeks,
            value: 1,
        },
        only_under: None,
    },
    Question {
        id: Q::KeepsComingBack,
        prompt: "Does the pain keep coming back soon after it eases?",
        help: "Answer yes if it has returned quickly more than once.",
        kind: AnswerKind::YesNo,
        fills: Fills::KeepsComingBack,
        tier: D::SeeClinician,
        enable_when: EnableWhen::Always,
        only_under: None,
    },
];

impl QuestionId {
    /// The question with this id.
    pub fn question(self) -> &'static Question {
        // The catalogue lists every id once, in declaration order.
        &CATALOGUE[self as usize]
    }
}

fn label_of(id: &str) -> String {
    let s = id.replace('_', " ");
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

fn choices_of<T: Vocabulary>(label: fn(T) -> String) -> Vec<Choice> {
    T::ALL
        .iter()
        .map(|&v| Choice {
            id: v.id().to_string(),
            label: label(v),
        })
        .collect()
}

/// The yes/no choices offered the first time: ids of [`YesNo`], in order (a
/// test checks it). "Does not apply" goes before "not sure" where offered,
/// and "still not sure" replaces "not sure" when asked again.
const YES_NO: [(&str, &str); 3] = [("yes", "Yes"), ("no", "No"), ("not_sure", "Not sure")];
const STILL_NOT_SURE: (&str, &str) = ("still_not_sure", "Still not sure");
const NERVE: [(&str, &str); 4] = [
    ("absent", "No"),
    ("stable", "Yes, but not getting worse"),
    ("worsening", "Yes, and getting worse"),
    ("not_sure", "Not sure"),
];

impl Question {
    /// The choices a caller may send back, for yes/no and choice questions.
    pub fn choices(&self) -> Vec<Choice> {
        let pairs = |p: &[(&str, &str)]| {
            p.iter()
                .map(|(i, l)| Choice {
                    id: i.to_string(),
                    label: l.to_string(),
                })
                .collect()
        };
        match (self.kind, self.fills) {
            (AnswerKind::YesNo, _) => {
                let mut out: Vec<Choice> = pairs(&YES_NO[..2]);
                if let Some(label) = self.does_not_apply() {
                    out.push(Choice {
                        id: YesNo::DoesNotApply.id().to_string(),
                        label: label.to_string(),
                    });
                }
                out.extend(pairs(&YES_NO[2..]));
                out
            }
            (_, Fills::Nerve(_)) => pairs(&NERVE),
            (_, Fills::Side) => choices_of::<Side>(|v| label_of(v.id())),
            (_, Fills::PainRegions) => choices_of::<BodyRegion>(|v| label_of(v.id())),
            (_, Fills::PainQualities) => choices_of::<PainQuality>(|v| label_of(v.id())),
            (_, Fills::WorseWith) => {
                choices_of::<Aggravator>(|v| v.record().description.to_string())
            }
            (_, Fills::TenderAreas) => choices_of::<TenderArea>(|v| match v {
                TenderArea::DeepButtock => "Deep in the buttock".to_string(),
                TenderArea::Spine => "Over the spine".to_string(),
            }),
            _ => Vec::new(),
        }
    }

    /// Whether `id` is one of this question's choices (no allocation).
    fn accepts(&self, id: &str) -> bool {
        match (self.kind, self.fills) {
            (AnswerKind::YesNo, _) => {
                YES_NO.iter().any(|(i, _)| *i == id)
                    || (id == STILL_NOT_SURE.0 && self.check_again().is_some())
                    || (id == YesNo::DoesNotApply.id() && self.does_not_apply().is_some())
            }
            (_, Fills::Nerve(_)) => NERVE.iter().any(|(i, _)| *i == id),
            (_, Fills::Side) => Side::ALL.iter().any(|v| v.id() == id),
            _ => self.choices().iter().any(|c| c.id == id),
        }
    }

    /// Which case of [`Reply`] answers it.
    pub fn reply_kind(&self) -> ReplyKind {
        match (self.kind, self.fills) {
            (AnswerKind::YesNo, _) => ReplyKind::YesNo,
            (_, Fills::Nerve(_)) => ReplyKind::Nerve,
            (_, Fills::Side) => ReplyKind::Side,
            (_, Fills::PainRegions) => ReplyKind::PainRegions,
            (_, Fills::PainQualities) => ReplyKind::PainQualities,
            (_, Fills::WorseWith) => ReplyKind::WorseWith,
            (_, Fills::TenderAreas) => ReplyKind::TenderAreas,
            _ => ReplyKind::Number,
        }
    }

    /// The question ready to show.
    pub fn view(&self) -> QuestionView {
        QuestionView {
            id: self.id,
            prompt: self.prompt.to_string(),
            help: self.help.to_string(),
            kind: self.kind,
            choices: self.choices(),
            tier: self.tier,
            again: false,
        }
    }

    /// The question as asked a second time after "not sure" (the interview
    /// does this once, for a question whose "yes" would mean emergency
    /// care): the help is the check to do now, and "still not sure" takes
    /// the place of "not sure". `None` for questions without such a check.
    pub fn view_again(&self) -> Option<QuestionView> {
        let check = self.check_again()?;
        let mut choices = self.choices();
        for c in &mut choices {
            if c.id == YesNo::NotSure.id() {
                c.id = STILL_NOT_SURE.0.to_string();
                c.label = STILL_NOT_SURE.1.to_string();
            }
        }
        Some(QuestionView {
            help: check.to_string(),
            choices,
            again: true,
            ..self.view()
        })
    }

    /// The check to do now when the question is asked again, from its red
    /// flag's record ([`crate::red_flag::RedFlagRecord::check_again`]).
    pub fn check_again(&self) -> Option<&'static str> {
        match (self.kind, self.fills) {
            (AnswerKind::YesNo, Fills::RedFlag(f)) => f.record().check_again,
            _ => None,
        }
    }

    /// The label of the "does not apply" answer, where offered
    /// ([`crate::red_flag::RedFlagRecord::does_not_apply`]).
    pub fn does_not_apply(&self) -> Option<&'static str> {
        match (self.kind, self.fills) {
            (AnswerKind::YesNo, Fills::RedFlag(f)) => f.record().does_not_apply,
            _ => None,
        }
    }

    /// Whether its enable-when condition holds for the answers so far.
    pub fn enabled(&self, answers: &Answers) -> bool {
        match self.enable_when {
            EnableWhen::Always => true,
            EnableWhen::NumberAtLeast { question, value } => {
                matches!(answers.get(&question), Some(AnswerValue::Number(n)) if *n >= f64::from(value))
            }
            EnableWhen::AnyYes { questions } => yes_to_any(questions, answers),
            EnableWhen::AnyYesOrAtLeast {
                questions,
                question,
                value,
            } => {
                yes_to_any(questions, answers)
                    || matches!(answers.get(&question), Some(AnswerValue::Number(n)) if *n >= f64::from(value))
            }
        }
    }

    /// Whether it is asked under a policy.
    pub fn asked_under(&self, policy: TriagePolicy) -> bool {
        self.only_under.is_none_or(|p| p == policy)
    }

    /// Whether it may still be asked, given the answers so far.
    fn could_be_enabled(&self, answers: &Answers) -> bool {
        match self.enable_when {
            EnableWhen::Always => true,
            EnableWhen::NumberAtLeast { question, .. } => {
                !answers.contains_key(&question) || self.enabled(answers)
            }
            EnableWhen::AnyYes { questions } => {
                questions.iter().any(|q| !answers.contains_key(q)) || self.enabled(answers)
            }
            EnableWhen::AnyYesOrAtLeast {
                questions,
                question,
                ..
            } => {
                questions.iter().any(|q| !answers.contains_key(q))
                    || !answers.contains_key(&question)
                    || self.enabled(answers)
            }
        }
    }
}

fn yes_to_any(questions: &[QuestionId], answers: &Answers) -> bool {
    questions
        .iter()
        .any(|q| matches!(answers.get(q), Some(AnswerValue::Choice(c)) if c == "yes"))
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
fn in_question_terms(e: Error, answers: &Answers) -> Error {
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

/// The next step of the interview under the default policy, from the answers so far.
///
/// ```
/// use piriformis_core::interview::{next_step, Answers, AnswerValue, QuestionId, Step};
/// let mut answers = Answers::new();
/// let Step::Ask { question, .. } = next_step(&answers).unwrap() else { panic!() };
/// assert_eq!(question.id, QuestionId::BladderOrBowelControl);
/// answers.insert(question.id, AnswerValue::Choice("yes".into()));
/// // Its follow-up comes next: is it new or worse in the last 2 weeks?
/// let Step::Ask { question, .. } = next_step(&answers).unwrap() else { panic!() };
/// assert_eq!(question.id, QuestionId::CaudaEquinaSignsRecent);
/// answers.insert(question.id, AnswerValue::Choice("not_sure".into()));
/// let Step::Done { triage, stopped_early, .. } = next_step(&answers).unwrap() else { panic!() };
/// assert!(stopped_early);
/// assert_eq!(triage.disposition, piriformis_core::Disposition::Emergency);
/// ```
pub fn next_step(answers: &Answers) -> Result<Step> {
    next_step_with(answers, TriagePolicy::SelfCheck)
}

/// The next step of the interview under a policy: which questions are asked
/// ([`Question::asked_under`]) and when an emergency ends it follow the policy.
///
/// Each call builds the assessment and triages it, so a contradiction is
/// reported as soon as its second answer is given, and the interview stops at
/// the first answer that makes it an emergency, once that answer's own
/// follow-up questions are answered.
pub fn next_step_with(answers: &Answers, policy: TriagePolicy) -> Result<Step> {
    let assessment = assessment_from(answers)?;
    let result = triage_with(&assessment, policy).map_err(|e| in_question_terms(e, answers))?;
    let asked = CATALOGUE
        .iter()
        .filter(|q| answers.contains_key(&q.id) && q.enabled(answers))
        .count() as u16;
    let emergency = result
        .fired
        .iter()
        .any(|f| f.disposition == D::Emergency && f.pathway != Pathway::Unanswered);
    let pending = |q: &&Question| !answers.contains_key(&q.id) && q.asked_under(policy);
    let again = |q: &&Question| may_ask_again(q, answers, policy);
    let remaining = CATALOGUE
        .iter()
        .filter(|q| (pending(q) && q.could_be_enabled(answers)) || again(q))
        .count() as u16;
    // Settled: urgent or more, and no answer to a question left could raise it.
    // Urgent from what was found, not only from open questions: answering
    // those can lower it, so they are asked.
    let found = result
        .fired
        .iter()
        .filter(|f| f.pathway != Pathway::Unanswered)
        .map(|f| f.disposition)
        .max()
        .unwrap_or(D::SelfCare);
    let settled = emergency
        || (found >= D::Urgent
            && !could_rise(answers, policy, result.disposition, |q| {
                pending(&q) && q.could_be_enabled(answers)
            }));
    // Once settled, only the follow-ups of answers given are still asked:
    // they can lower it (a cauda equina sign long-standing and checked).
    let next = CATALOGUE.iter().filter(pending).find(|q| {
        q.enabled(answers) && (!settled || matches!(q.enable_when, EnableWhen::AnyYes { .. }))
    });
    if let Some(q) = next {
        return Ok(Step::Ask {
            question: q.view(),
            progress: Progress {
                asked,
                remaining_at_most: remaining,
            },
        });
    }
    // Before concluding, each "not sure" whose "yes" would make it an
    // emergency is asked once more, with a check to do now.
    if !emergency {
        let mut left = CATALOGUE.iter().filter(again);
        if let Some(view) = left
            .find(|q| yes_would_be_emergency(q.id, answers, policy))
            .and_then(|q| q.view_again())
        {
            return Ok(Step::Ask {
                question: view,
                progress: Progress {
                    asked,
                    remaining_at_most: 1 + left.count() as u16,
                },
            });
        }
    }
    let not_asked: Vec<QuestionId> = CATALOGUE
        .iter()
        .filter(|q| pending(q) && q.could_be_enabled(answers))
        .map(|q| q.id)
        .collect();
    Ok(Step::Done {
        assessment,
        triage: Box::new(result),
        stopped_early: settled && !not_asked.is_empty(),
        progress: Progress {
            asked,
            remaining_at_most: 0,
        },
        not_asked: if settled { not_asked } else { Vec::new() },
    })
}

/// Whether a question answered "not sure" may be asked once more: it has a
/// check to do now, it applies, and it has not been asked again yet.
fn may_ask_again(q: &Question, answers: &Answers, policy: TriagePolicy) -> bool {
    q.check_again().is_some()
        && q.asked_under(policy)
        && q.enabled(answers)
        && matches!(answers.get(&q.id), Some(AnswerValue::Choice(c)) if c == YesNo::NotSure.id())
}

/// Whether answering `q` "yes", all else as it is, gives an emergency (a
/// what-if that does not read counts as yes).
fn yes_would_be_emergency(q: QuestionId, answers: &Answers, policy: TriagePolicy) -> bool {
    let mut what_if = answers.clone();
    what_if.insert(q, AnswerValue::Choice(YesNo::Yes.id().into()));
    assessment_from(&what_if)
        .and_then(|a| triage_with(&a, policy))
        .map_or(true, |r| r.disposition == D::Emergency)
}

/// Whether the questions still to ask (`left`), answered together at their
/// worst ("yes", getting worse, every place, the top of a range, follow-ups
/// "yes"), would make the triage more urgent than `now`. Together, not one at
/// a time: past cancer and a tingling leg are each harmless alone beside a
/// fever, an emergency together. Triage never falls when a finding is added,
/// so no mix of real answers can go higher. A what-if that does not read
/// (a contradiction with an answer given) counts as "could".
fn could_rise(
    answers: &Answers,
    policy: TriagePolicy,
    now: Disposition,
    left: impl Fn(&'static Question) -> bool,
) -> bool {
    let mut what_if = answers.clone();
    for q in CATALOGUE.iter().filter(|q| left(q)) {
        let worst = match (q.kind, q.fills) {
            (AnswerKind::YesNo, _) => Some(AnswerValue::Choice("yes".into())),
            (_, Fills::Nerve(_)) => Some(AnswerValue::Choice(NerveStatus::Worsening.id().into())),
            (AnswerKind::SeveralOf, _) => Some(AnswerValue::Choices(
                q.choices().into_iter().map(|c| c.id).collect(),
            )),
            (AnswerKind::OneOf, _) => q
                .choices()
                .into_iter()
                .next()
                .map(|c| AnswerValue::Choice(c.id)),
            _ => match q.fills.kind() {
                crate::triage::FieldKind::Number { range } => {
                    Some(AnswerValue::Number(f64::from(range.max)))
                }
                _ => None,
            },
        };
        if let Some(v) = worst {
            what_if.insert(q.id, v);
        }
    }
    assessment_from(&what_if)
        .and_then(|a| triage_with(&a, policy))
        .map_or(true, |r| r.disposition > now)
}

/// The red flag a question asks about, if it asks about one.
fn red_flag_of(q: QuestionId) -> Option<RedFlag> {
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

/// The whole catalogue, ready to show, for apps that render it themselves.
pub fn catalogue() -> Vec<QuestionView> {
    CATALOGUE.iter().map(Question::view).collect()
}

/// The next step from typed replies under a policy: [`next_step_with`] on
/// their ids ([`answers_of`]).
pub fn next_step_replies(replies: &Replies, policy: TriagePolicy) -> Result<Step> {
    next_step_with(&answers_of(replies), policy)
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
pub struct RestoredAnswers {
    /// The answers that still fit, checked against their questions.
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

#[cfg(test)]
mod reply_tests {
    use super::*;

    #[test]
    fn the_yes_no_choices_are_the_yes_no_vocabulary() {
        assert_eq!(
            YES_NO.iter().map(|(i, _)| *i).collect::<Vec<_>>(),
            YesNo::ids()[..3]
        );
        // Every yes/no choice offered, first time or again, is a YesNo id, and
        // every YesNo id is offered by some question.
        let offered: std::collections::BTreeSet<String> = CATALOGUE
            .iter()
            .filter(|q| q.kind == AnswerKind::YesNo)
            .flat_map(|q| {
                q.choices()
                    .into_iter()
                    .chain(q.view_again().into_iter().flat_map(|v| v.choices))
            })
            .map(|c| c.id)
            .collect();
        let vocabulary: std::collections::BTreeSet<String> =
            YesNo::ids().iter().map(|s| s.to_string()).collect();
        assert_eq!(offered, vocabulary);
        for q in CATALOGUE.iter().filter(|q| q.kind == AnswerKind::YesNo) {
            for c in q
                .choices()
                .into_iter()
                .chain(q.view_again().into_iter().flat_map(|v| v.choices))
            {
                assert!(
                    q.accepts(&c.id),
                    "{:?} offers {} but does not accept it",
                    q.id,
                    c.id
                );
            }
        }
    }

    #[test]
    fn every_choice_of_every_question_reads_back_as_its_reply() {
        for q in CATALOGUE {
            for c in q.choices() {
                let v = match q.kind {
                    AnswerKind::SeveralOf => AnswerValue::Choices(vec![c.id.clone()]),
                    _ => AnswerValue::Choice(c.id.clone()),
                };
                let r = Reply::read(q.id, &v).unwrap();
                assert_eq!(r.kind(), q.reply_kind(), "{:?}", q.id);
                assert_eq!(r.to_value(), v, "{:?}", q.id);
            }
        }
    }

    #[test]
    fn a_reply_of_the_wrong_case_names_its_question() {
        let e = Reply::read(
            QuestionId::PainNow,
            &Reply::Side { value: Side::Left }.to_value(),
        )
        .unwrap_err();
        assert_eq!(questions_of(&e), [QuestionId::PainNow]);
        let e =
            Reply::read(QuestionId::PainNow, &Reply::Number { value: 11 }.to_value()).unwrap_err();
        assert_eq!(e.field(), Some("answers.pain_now"));
    }

    #[test]
    fn a_contradiction_names_both_questions_at_its_second_answer() {
        let mut r = Replies::new();
        r.insert(
            QuestionId::SevereOrConstantPain,
            Reply::YesNo { value: YesNo::Yes },
        );
        assert!(next_step_replies(&r, TriagePolicy::SelfCheck).is_ok());
        r.insert(QuestionId::PainNow, Reply::Number { value: 0 });
        let e = next_step_replies(&r, TriagePolicy::SelfCheck).unwrap_err();
        assert!(matches!(e.inner(), Error::Contradiction { .. }), "{e:?}");
        assert_eq!(
            questions_of(&e),
            [QuestionId::PainNow, QuestionId::SevereOrConstantPain]
        );
    }

    #[test]
    fn saved_answers_round_trip_and_old_ones_are_reported() {
        let mut a = Answers::new();
        a.insert(QuestionId::Fever, AnswerValue::Choice("yes".into()));
        a.insert(QuestionId::PainNow, AnswerValue::Number(4.0));
        let json = answers_to_json(&a);
        assert!(json.contains(&format!("\"catalogue_version\":{CATALOGUE_VERSION}")));
        assert_eq!(answers_from_json(&json).unwrap(), a);
        let r = answers_from_json_lenient(&json).unwrap();
        assert_eq!(
            (r.answers, r.dropped.len(), r.saved_version),
            (a, 0, Some(CATALOGUE_VERSION))
        );
        // A question that is gone and a value no longer accepted.
        let old = r#"{"catalogue_version": 0, "answers": {"gone": "yes", "side": "middle", "fever": "no"}}"#;
        let r = answers_from_json_lenient(old).unwrap();
        assert_eq!(r.answers.len(), 1);
        assert_eq!(
            r.dropped
                .iter()
                .map(|d| (d.question.as_str(), d.was_yes))
                .collect::<Vec<_>>(),
            [("gone", true), ("side", false)]
        );
        assert!(
            r.dropped[1].reason.contains("left, right, both"),
            "{}",
            r.dropped[1].reason
        );
        // Strictly, the unknown question fails and names itself.
        let e = answers_from_json(old).unwrap_err();
        assert!(e.to_string().contains("gone"), "{e}");
        // Not answers at all: an error, in both modes.
        assert!(answers_from_json_lenient("[1]").is_err());
    }
}
