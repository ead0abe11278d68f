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
        /// Red flag: sexual dysfunction.
        SexualDysfunction,
        /// Follow-up of a cauda equina "yes": did it start or get worse within 2 weeks.
        CaudaEquinaSignsRecent,
        /// Red flag: a serious accident.
        SeriousAccident,
        /// Red flag: foot drop.
        FootDrop,
        /// Red flag: unsteady walking.
        UnsteadyWalking,
        /// Leg weakness and whether it is getting worse.
        Weakness,
        /// Red flag: fever.
        Fever,
        /// Follow-up of fever: injecting drugs.
        InjectingDrugUse,
        /// Follow-up of fever: a recent infection.
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
        /// Red flag: osteoporosis or steroids.
        OsteoporosisOrSteroids,
        /// Red flag: new pain under 20 or over 50.
        NewPainUnder20OrOver50,
        /// Did it start after a fall or accident.
        AfterFallOrAccident,
        /// Numbness and whether it is getting worse.
        Numbness,
        /// Tingling and whether it is getting worse.
        Tingling,
        /// Red flag: severe or constant pain.
        SevereOrConstantPain,
        /// Red flag: pain getting steadily worse.
        PainGettingWorse,
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
    }
}

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

/// How far along the interview is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    /// Questions answered so far.
    pub asked: u16,
    /// An upper bound on the questions still to come.
    pub remaining_at_most: u16,
}

/// What to do next.
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
        /// True when an emergency answer ended it early.
        stopped_early: bool,
        /// Progress at the end.
        progress: Progress,
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

const fn nerve(
    id: QuestionId,
    sign: NerveSign,
    prompt: &'static str,
    tier: Disposition,
) -> Question {
    Question {
        id,
        prompt,
        help: "Answer for the leg or foot. Choose \"getting worse\" if it is spreading or stronger than last week.",
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
    yes_no(Q::SexualDysfunction, RedFlag::SexualDysfunction),
    follow_up(
        Q::CaudaEquinaSignsRecent,
        RedFlag::CaudaEquinaSignsRecent,
        &[
            Q::BladderOrBowelControl,
            Q::SaddleNumbness,
            Q::SexualDysfunction,
        ],
        Some(TriagePolicy::ClinicianReferral),
    ),
    yes_no(Q::SeriousAccident, RedFlag::SeriousAccident),
    yes_no(Q::FootDrop, RedFlag::FootDrop),
    yes_no(Q::UnsteadyWalking, RedFlag::UnsteadyWalking),
    nerve(
        Q::Weakness,
        NerveSign::Weakness,
        "Is your leg weak?",
        D::Urgent,
    ),
    yes_no(Q::Fever, RedFlag::Fever),
    follow_up(
        Q::InjectingDrugUse,
        RedFlag::InjectingDrugUse,
        &[Q::Fever],
        None,
    ),
    follow_up(
        Q::RecentInfection,
        RedFlag::RecentInfection,
        &[Q::Fever],
        None,
    ),
    yes_no(Q::UnexplainedWeightLoss, RedFlag::UnexplainedWeightLoss),
    yes_no(Q::PainNotEasedByRest, RedFlag::PainNotEasedByRest),
    yes_no(Q::HistoryOfCancer, RedFlag::HistoryOfCancer),
    yes_no(Q::NightSweats, RedFlag::NightSweats),
    yes_no(Q::Immunosuppression, RedFlag::Immunosuppression),
    yes_no(Q::OsteoporosisOrSteroids, RedFlag::OsteoporosisOrSteroids),
    yes_no(Q::NewPainUnder20OrOver50, RedFlag::NewPainUnder20OrOver50),
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
    nerve(
        Q::Numbness,
        NerveSign::Numbness,
        "Is any part of your leg or foot numb?",
        D::SeeClinicianSoon,
    ),
    nerve(
        Q::Tingling,
        NerveSign::Tingling,
        "Do you have tingling or pins and needles in your leg or foot?",
        D::SeeClinicianSoon,
    ),
    yes_no(Q::SevereOrConstantPain, RedFlag::SevereOrConstantPain),
    yes_no(Q::PainGettingWorse, RedFlag::PainGettingWorse),
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

const YES_NO: [(&str, &str); 3] = [("yes", "Yes"), ("no", "No"), ("not_sure", "Not sure")];
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
            (AnswerKind::YesNo, _) => pairs(&YES_NO),
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
            (AnswerKind::YesNo, _) => YES_NO.iter().any(|(i, _)| *i == id),
            (_, Fills::Nerve(_)) => NERVE.iter().any(|(i, _)| *i == id),
            (_, Fills::Side) => Side::ALL.iter().any(|v| v.id() == id),
            _ => self.choices().iter().any(|c| c.id == id),
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
        }
    }

    /// Whether its enable-when condition holds for the answers so far.
    pub fn enabled(&self, answers: &Answers) -> bool {
        match self.enable_when {
            EnableWhen::Always => true,
            EnableWhen::NumberAtLeast { question, value } => {
                matches!(answers.get(&question), Some(AnswerValue::Number(n)) if *n >= f64::from(value))
            }
            EnableWhen::AnyYes { questions } => questions
                .iter()
                .any(|q| matches!(answers.get(q), Some(AnswerValue::Choice(c)) if c == "yes")),
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
        }
    }
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

fn yes_no_answer(s: &str) -> Answer {
    match s {
        "yes" => Answer::Present,
        "no" => Answer::Absent,
        _ => Answer::Unknown,
    }
}

/// Builds the assessment from the answers, checking each against its question.
/// An answer to a question that is not enabled (its enable-when is false) is
/// still checked, then left out. A contradiction names the two questions.
pub fn assessment_from(answers: &Answers) -> Result<Assessment> {
    let mut scratch = Assessment::default();
    let mut a = Assessment::default();
    for (&id, value) in answers {
        let q = id.question();
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

/// Fills the assessment field a question fills from its answer.
fn fill(a: &mut Assessment, q: &Question, value: &AnswerValue) -> Result<()> {
    let value = match q.fills {
        Field::Nerve(sign) => FieldValue::Nerve(
            sign,
            match choice(q, value)? {
                "absent" => NerveStatus::Absent,
                "stable" => NerveStatus::Stable,
                "worsening" => NerveStatus::Worsening,
                _ => NerveStatus::Unknown,
            },
        ),
        Field::Legs => FieldValue::Legs(Legs::parse_field(&field(q.id), choice(q, value)?)?),
        Field::Side => FieldValue::Side(Side::parse_field(&field(q.id), choice(q, value)?)?),
        // Within 0-10 by the range just checked.
        Field::PainNow => FieldValue::PainNow(number(q, value, ranges::PAIN)? as u8),
        Field::PainRegions => FieldValue::PainRegions(list(q, value)?),
        Field::PainQualities => FieldValue::PainQualities(list(q, value)?),
        Field::WorseWith => FieldValue::WorseWith(list(q, value)?),
        Field::TenderAreas => FieldValue::TenderAreas(list(q, value)?),
        Field::SelfCareWeeks => {
            FieldValue::SelfCareWeeks(number(q, value, ranges::SELF_CARE_WEEKS)?)
        }
        Field::AfterFall | Field::SelfCareHelped | Field::KeepsComingBack | Field::RedFlag(_) => {
            match FieldValue::answer(q.fills, yes_no_answer(choice(q, value)?)) {
                Some(v) => v,
                None => return Ok(()),
            }
        }
    };
    value.apply_to(a);
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
    let assessment =
        assessment_from(answers).map_err(|e| e.with_warning_signs(yes_flags(answers)))?;
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
    let remaining = CATALOGUE
        .iter()
        .filter(|q| pending(q) && q.could_be_enabled(answers))
        .count() as u16;
    // After an emergency, only the follow-ups of answers given are still asked.
    let next = CATALOGUE.iter().filter(pending).find(|q| {
        q.enabled(answers) && (!emergency || matches!(q.enable_when, EnableWhen::AnyYes { .. }))
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
    Ok(Step::Done {
        assessment,
        triage: Box::new(result),
        stopped_early: emergency && remaining > 0,
        progress: Progress {
            asked,
            remaining_at_most: 0,
        },
    })
}

/// The red flag a question asks about, if it asks about one.
fn red_flag_of(q: QuestionId) -> Option<RedFlag> {
    match q.question().fills {
        Fills::RedFlag(f) => Some(f),
        _ => None,
    }
}

/// The red flags whose questions were answered "yes", whatever else is wrong.
fn yes_flags(answers: &Answers) -> Vec<RedFlag> {
    answers
        .iter()
        .filter(|(_, v)| matches!(v, AnswerValue::Choice(c) if c == "yes"))
        .filter_map(|(q, _)| red_flag_of(*q))
        .collect()
}

/// Reads answers from JSON (an object of question id to answer). A red flag
/// answered "yes" in a document that fails is still reported in the error
/// ([`Error::WithWarningSigns`]).
pub fn answers_from_json(json: &str) -> Result<Answers> {
    crate::input::from_json(json).map_err(|e: Error| {
        let yes = crate::input::salvage_strings(json)
            .into_iter()
            .filter(|(_, v)| v == "yes")
            .filter_map(|(q, _)| red_flag_of(QuestionId::from_id(&q)?))
            .collect();
        e.with_warning_signs(yes)
    })
}

/// The whole catalogue, ready to show, for apps that render it themselves.
pub fn catalogue() -> Vec<QuestionView> {
    CATALOGUE.iter().map(Question::view).collect()
}
