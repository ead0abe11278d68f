//! Kotlin and Swift bindings for piriformis, generated with UniFFI.
//!
//! Thin by design. The vocabularies are not restated here: the core derives
//! `uniffi::Enum` for every one of them behind its `uniffi` feature (one line
//! in its `vocabulary!` macro, docs included), in its own UniFFI namespace
//! `piriformis_core`. This crate holds the functions, the records that mirror
//! the core's results field for field (each conversion destructures the core
//! struct without `..`, so a field added there does not compile until it
//! reaches Kotlin and Swift), the date type, and
//! [`PiriformisError`], whose message is the same text as in Rust. Id lists
//! and ranges come from the core's one definition
//! ([`core::document::vocabularies`], [`core::vocab::ranges`]).
//!
//! This is general information, not medical advice.
#![forbid(unsafe_code)]

use std::borrow::Cow;
use std::collections::HashMap;

use chrono::NaiveDate;
use piriformis_core as core;
use piriformis_core::vocab::ranges::{self, Range};

uniffi::setup_scaffolding!("piriformis");

use core::RedFlag;
use core::anatomy::Muscle;
use core::exercise::{Equipment, Exercise, Habit, Phase, Stage, StopCue};
use core::interview::{AnswerKind, AnswerValue, QuestionId};
use core::progress::{Finding, Trend};
use core::routine::{GateId, Level, SkipReason};
use core::source::{Citation, GuideSection, Source};
use core::symptom::{Aggravator, Mimic, TenderArea};
use core::triage::{
    Answer, Caution, Disposition, Evidence, Legs, LikelySource, NerveStatus, Pathway, RuleId, Side,
    TriagePolicy,
};
use core::trigger_point::{BodyRegion, PainQuality, TriggerPoint};
use core::units::{Frequency, Laterality};

// ---- the few core enums that carry data ----
//
// These are not vocabularies, so the `vocabulary!` macro does not derive them;
// `#[uniffi::remote]` restates their shape and the compiler checks it against
// the core's definition (a missing or renamed variant does not compile).

/// An answer: a number, one choice id, or several choice ids.
#[uniffi::remote(Enum)]
pub enum AnswerValue {
    Number(f64),
    Choice(String),
    Choices(Vec<String>),
}

/// A feature of the piriformis-vs-spine comparison table that was reported.
#[uniffi::remote(Enum)]
pub enum Evidence {
    /// Something that makes it worse.
    WorseWith(Aggravator),
    /// Where it is tender.
    Tender(TenderArea),
    /// A red flag that points to the spine (cauda equina signs, both legs).
    Sign(RedFlag),
}

/// Where a fact comes from.
#[uniffi::remote(Enum)]
pub enum Source {
    /// A section of the guide.
    Guide(GuideSection),
    /// A cited clinical reference.
    Cited(Citation),
    /// A choice this project made where no source gives a number.
    ProjectDefault,
}

/// A finding of the pain log that feeds triage.
#[uniffi::remote(Enum)]
pub enum Finding {
    /// Self-care for this many weeks without the trend improving.
    NoImprovement {
        /// Weeks of self-care logged.
        weeks: u16,
    },
    /// This many flares within the recurrence window.
    KeepsComingBack {
        /// Flares counted.
        flares: u16,
    },
}

/// Which side(s) a dose applies to.
#[uniffi::remote(Enum)]
pub enum Laterality {
    /// Done on each side in turn; the dose is per side.
    PerSide,
    /// Done on each leg and in each direction.
    PerSideEachDirection,
    /// Done once for the whole body.
    Whole,
    /// Done on the sore side; both sides if both hurt.
    SoreSide,
}

/// How often something is done.
#[uniffi::remote(Enum)]
pub enum Frequency {
    /// Every day.
    Daily,
    /// A number of days per week.
    DaysPerWeek {
        /// How many days.
        days: u8,
    },
    /// Whenever it is needed.
    AsNeeded,
    /// All through the day, as a habit.
    Throughout,
}

// ---- dates ----

/// A calendar day. It crosses as text, `YYYY-MM-DD` (ISO 8601); text that is
/// not a real day is rejected while crossing, as
/// [`PiriformisError::InvalidInput`] naming the field `date`.
pub type CalendarDate = NaiveDate;

/// What a [`CalendarDate`] allows, as error messages say it.
pub const DATE_FORMAT: &str = "dates as YYYY-MM-DD";

uniffi::custom_type!(CalendarDate, String, {
    remote,
    try_lift: |text| Ok(parse_date(&text)?),
    lower: |day| day.to_string(),
});

/// The day `text` names; UniFFI hands this error to the caller as it is,
/// since every function taking a date returns `Result<_, PiriformisError>`.
fn parse_date(text: &str) -> Result<NaiveDate> {
    text.parse::<NaiveDate>().map_err(|_| {
        core::Error::OutOfRange {
            field: "date".into(),
            value: format!("'{text}'"),
            allowed: DATE_FORMAT.into(),
        }
        .into()
    })
}

// ---- errors ----

/// Every error, with the same message as the Rust core.
#[derive(Debug, thiserror::Error, uniffi::Error)]
pub enum PiriformisError {
    /// A value is out of range, not in its vocabulary, missing or malformed.
    #[error("{reason}")]
    InvalidInput {
        /// The field at fault, when known (such as `pain_now` or `nerve.legs`).
        field: Option<String>,
        /// The allowed values or range, when known.
        allowed: Option<String>,
        /// The full message, word for word as in Rust.
        reason: String,
        /// When red flags were answered "present" in the same input, the
        /// disposition they need at least: show it even though the input failed.
        at_least: Option<Disposition>,
    },
    /// Two answers contradict each other.
    #[error("{reason}")]
    Contradiction {
        /// The first field.
        field: String,
        /// The field it contradicts.
        other: String,
        /// The full message, word for word as in Rust.
        reason: String,
        /// When red flags were answered "present" in the same input, the
        /// disposition they need at least.
        at_least: Option<Disposition>,
    },
    /// Triage says urgent or emergency care comes before self-care.
    #[error("{reason}")]
    CareNeededFirst {
        /// The disposition that blocks self-care.
        disposition: Disposition,
        /// The full message, word for word as in Rust.
        reason: String,
    },
}

impl From<core::Error> for PiriformisError {
    fn from(e: core::Error) -> Self {
        let message = e.to_string();
        let at_least = e.at_least();
        match e.inner().clone() {
            core::Error::Contradiction { field, other, .. } => Self::Contradiction {
                field,
                other,
                reason: message,
                at_least,
            },
            core::Error::CareNeededFirst { disposition, .. } => Self::CareNeededFirst {
                disposition,
                reason: message,
            },
            core::Error::UnknownValue { field, allowed, .. }
            | core::Error::OutOfRange { field, allowed, .. } => Self::InvalidInput {
                field: Some(field),
                allowed: Some(allowed),
                reason: message,
                at_least,
            },
            other => Self::InvalidInput {
                field: other.field().map(str::to_string),
                allowed: None,
                reason: message,
                at_least,
            },
        }
    }
}

type Result<T> = std::result::Result<T, PiriformisError>;

/// A whole number from Kotlin or Swift (always signed there) inside `range`,
/// or the core's out-of-range error naming `field` and the range.
fn number<T: TryFrom<u16>>(range: Range, field: &str, value: i32) -> core::Result<T> {
    let out_of_range = || core::Error::OutOfRange {
        field: field.into(),
        value: value.to_string(),
        allowed: range.allowed(),
    };
    let n = u64::try_from(value).map_err(|_| out_of_range())?;
    T::try_from(range.check(field, n)?).map_err(|_| out_of_range())
}

// ---- the core's one list of vocabularies, and its ranges ----

/// One value of a vocabulary.
#[derive(Debug, Clone, uniffi::Record)]
pub struct ValueInfo {
    /// The stable snake_case id, as in JSON.
    pub id: String,
    /// What it means.
    pub doc: String,
}

/// One vocabulary: its name, what it is, and every value in declaration
/// order (the order of the Kotlin and Swift enum cases).
#[derive(Debug, Clone, uniffi::Record)]
pub struct VocabularyInfo {
    /// Its name, as the Kotlin and Swift enum (`Disposition`).
    pub name: String,
    /// What it is.
    pub doc: String,
    /// Every value, in order.
    pub values: Vec<ValueInfo>,
}

impl From<&core::vocab::VocabularyInfo> for VocabularyInfo {
    fn from(v: &core::vocab::VocabularyInfo) -> Self {
        Self {
            name: v.name.into(),
            doc: v.doc.into(),
            values: v
                .values
                .iter()
                .map(|x| ValueInfo {
                    id: x.id.into(),
                    doc: x.doc.into(),
                })
                .collect(),
        }
    }
}

/// Every vocabulary of the core, from its one list.
#[uniffi::export]
pub fn vocabularies() -> Vec<VocabularyInfo> {
    core::document::vocabularies()
        .iter()
        .map(Into::into)
        .collect()
}

/// Every id of a vocabulary, by its name (e.g. "RedFlag"), as in JSON and in
/// the order of the enum's cases.
#[uniffi::export]
pub fn vocabulary_ids(name: String) -> Result<Vec<String>> {
    match core::document::vocabulary(&name) {
        Some(v) => Ok(v.values.iter().map(|x| x.id.to_string()).collect()),
        None => Err(core::Error::UnknownValue {
            field: "name".into(),
            value: name,
            allowed: core::document::vocabularies()
                .iter()
                .map(|v| v.name)
                .collect::<Vec<_>>()
                .join(", "),
        }
        .into()),
    }
}

/// A closed range of whole numbers that an input field allows.
#[derive(Debug, Clone, uniffi::Record)]
pub struct NumberRange {
    /// What the number is (`pain`, `self_care_weeks`, `minutes`).
    pub name: String,
    /// The smallest value allowed.
    pub min: u16,
    /// The largest value allowed.
    pub max: u16,
    /// What it allows, as error messages say it ("whole numbers 0-10").
    pub allowed: String,
}

/// Every numeric range the inputs allow, from the core's one definition.
#[uniffi::export]
pub fn ranges() -> Vec<NumberRange> {
    ranges::ALL
        .iter()
        .map(|r| NumberRange {
            name: r.name.into(),
            min: r.min,
            max: r.max,
            allowed: r.allowed(),
        })
        .collect()
}

// ---- triage ----

/// Numbness, tingling, weakness and how many legs.
#[derive(Debug, Clone, uniffi::Record)]
pub struct NerveSymptoms {
    /// Numbness.
    pub numbness: NerveStatus,
    /// Tingling.
    pub tingling: NerveStatus,
    /// Weakness.
    pub weakness: NerveStatus,
    /// How many legs.
    pub legs: Legs,
}

/// What a person reports: the input to [`triage`]. Missing answers are unknown.
#[derive(Debug, Clone, uniffi::Record)]
pub struct Assessment {
    /// Which side hurts.
    #[uniffi(default = None)]
    pub side: Option<Side>,
    /// Pain now, in the range `pain` of [`ranges`].
    #[uniffi(default = None)]
    pub pain_now: Option<i32>,
    /// Where it hurts.
    #[uniffi(default = [])]
    pub pain_regions: Vec<BodyRegion>,
    /// How it feels.
    #[uniffi(default = [])]
    pub pain_qualities: Vec<PainQuality>,
    /// What makes it worse.
    #[uniffi(default = [])]
    pub worse_with: Vec<Aggravator>,
    /// Where it is tender.
    #[uniffi(default = [])]
    pub tender_areas: Vec<TenderArea>,
    /// Nerve symptoms; `None` means not asked.
    #[uniffi(default = None)]
    pub nerve: Option<NerveSymptoms>,
    /// Red-flag answers; a missing flag is unknown.
    pub red_flags: HashMap<RedFlag, Answer>,
    /// Began after a fall or accident.
    pub after_fall_or_accident: Answer,
    /// Weeks of self-care so far, in the range `self_care_weeks` of [`ranges`].
    #[uniffi(default = None)]
    pub self_care_weeks: Option<i32>,
    /// Whether self-care helped.
    pub self_care_helped: Answer,
    /// Whether it keeps coming back.
    pub keeps_coming_back: Answer,
}

impl TryFrom<Assessment> for core::Assessment {
    type Error = PiriformisError;
    fn try_from(a: Assessment) -> Result<Self> {
        let n = a.nerve.unwrap_or(NerveSymptoms {
            numbness: NerveStatus::Unknown,
            tingling: NerveStatus::Unknown,
            weakness: NerveStatus::Unknown,
            legs: Legs::Unknown,
        });
        let mut out = core::Assessment {
            side: a.side,
            pain_now: None,
            pain_regions: a.pain_regions,
            pain_qualities: a.pain_qualities,
            worse_with: a.worse_with,
            tender_areas: a.tender_areas,
            nerve: core::NerveSymptoms {
                numbness: n.numbness,
                tingling: n.tingling,
                weakness: n.weakness,
                legs: n.legs,
            },
            red_flags: a.red_flags.into_iter().collect(),
            after_fall_or_accident: a.after_fall_or_accident,
            self_care_weeks: None,
            self_care_helped: a.self_care_helped,
            keeps_coming_back: a.keeps_coming_back,
        };
        // A number that does not fit still reports the red flags answered
        // "present" in the same input, as the core's own checks do.
        let numbers = (|| -> core::Result<(Option<u8>, Option<u16>)> {
            Ok((
                a.pain_now
                    .map(|p| number(ranges::PAIN, "pain_now", p))
                    .transpose()?,
                a.self_care_weeks
                    .map(|w| number(ranges::SELF_CARE_WEEKS, "self_care_weeks", w))
                    .transpose()?,
            ))
        })();
        let (pain_now, self_care_weeks) =
            numbers.map_err(|e| e.with_warning_signs(out.present_flags()))?;
        out.pain_now = pain_now;
        out.self_care_weeks = self_care_weeks;
        Ok(out)
    }
}

impl From<core::Assessment> for Assessment {
    fn from(a: core::Assessment) -> Self {
        let core::Assessment {
            side,
            pain_now,
            pain_regions,
            pain_qualities,
            worse_with,
            tender_areas,
            nerve:
                core::NerveSymptoms {
                    numbness,
                    tingling,
                    weakness,
                    legs,
                },
            red_flags,
            after_fall_or_accident,
            self_care_weeks,
            self_care_helped,
            keeps_coming_back,
        } = a;
        Self {
            side,
            pain_now: pain_now.map(i32::from),
            pain_regions,
            pain_qualities,
            worse_with,
            tender_areas,
            nerve: Some(NerveSymptoms {
                numbness,
                tingling,
                weakness,
                legs,
            }),
            red_flags: red_flags.into_iter().collect(),
            after_fall_or_accident,
            self_care_weeks: self_care_weeks.map(i32::from),
            self_care_helped,
            keeps_coming_back,
        }
    }
}

/// A rule that fired.
#[derive(Debug, Clone, uniffi::Record)]
pub struct FiredRule {
    /// Its id.
    pub id: RuleId,
    /// The serious cause it stands for.
    pub pathway: Pathway,
    /// The disposition it sets at least.
    pub disposition: Disposition,
    /// Why, in plain words.
    pub text: String,
    /// Where it comes from.
    pub sources: Vec<Source>,
    /// The same sources, one line of text each.
    pub source_texts: Vec<String>,
}

/// A caution and its text.
#[derive(Debug, Clone, uniffi::Record)]
pub struct CautionNote {
    /// Its id.
    pub id: Caution,
    /// The text.
    pub text: String,
}

/// The likely source of the pain, with the features behind it.
#[derive(Debug, Clone, uniffi::Record)]
pub struct SourceAssessment {
    /// The verdict.
    pub verdict: LikelySource,
    /// Reported features that point to the piriformis.
    pub piriformis: Vec<Evidence>,
    /// Reported features that point to the spine.
    pub spinal: Vec<Evidence>,
    /// Why, in plain words, with the counts.
    pub explanation: String,
}

/// The result of [`triage`].
#[derive(Debug, Clone, uniffi::Record)]
pub struct Triage {
    /// The policy whose tiers were used.
    pub policy: TriagePolicy,
    /// How soon to get care.
    pub disposition: Disposition,
    /// What to do, in plain words.
    pub action: String,
    /// True when red-flag questions are unanswered.
    pub provisional: bool,
    /// Every rule that fired, highest first.
    pub fired: Vec<FiredRule>,
    /// Where the pain most likely comes from, and the evidence each way.
    pub likely_source: SourceAssessment,
    /// Cautions to show.
    pub cautions: Vec<CautionNote>,
    /// Red flags not yet answered.
    pub unanswered: Vec<RedFlag>,
    /// The not-medical-advice notice.
    pub notice: String,
}

impl From<core::triage::FiredRule> for FiredRule {
    fn from(f: core::triage::FiredRule) -> Self {
        let core::triage::FiredRule {
            id,
            pathway,
            disposition,
            text,
            sources,
        } = f;
        Self {
            id,
            pathway,
            disposition,
            text: text.into_owned(),
            source_texts: sources.iter().map(|s| s.describe().to_string()).collect(),
            sources: sources.into_owned(),
        }
    }
}

impl From<core::triage::SourceAssessment> for SourceAssessment {
    fn from(s: core::triage::SourceAssessment) -> Self {
        let core::triage::SourceAssessment {
            verdict,
            piriformis,
            spinal,
            explanation,
        } = s;
        Self {
            verdict,
            piriformis,
            spinal,
            explanation,
        }
    }
}

impl From<core::TriageResult> for Triage {
    fn from(r: core::TriageResult) -> Self {
        let core::TriageResult {
            policy,
            disposition,
            action,
            provisional,
            fired,
            likely_source,
            cautions,
            unanswered,
            notice,
        } = r;
        Self {
            policy,
            disposition,
            action: action.into_owned(),
            provisional,
            fired: fired.into_iter().map(Into::into).collect(),
            likely_source: likely_source.into(),
            cautions: cautions
                .into_iter()
                .map(|core::triage::CautionNote { id, text }| CautionNote {
                    id,
                    text: text.into_owned(),
                })
                .collect(),
            unanswered,
            notice: notice.into_owned(),
        }
    }
}

impl From<Triage> for core::TriageResult {
    fn from(t: Triage) -> Self {
        Self {
            policy: t.policy,
            disposition: t.disposition,
            action: t.action.into(),
            provisional: t.provisional,
            fired: t
                .fired
                .into_iter()
                .map(|f| core::triage::FiredRule {
                    id: f.id,
                    pathway: f.pathway,
                    disposition: f.disposition,
                    text: f.text.into(),
                    sources: Cow::Owned(f.sources),
                })
                .collect(),
            likely_source: core::triage::SourceAssessment {
                verdict: t.likely_source.verdict,
                piriformis: t.likely_source.piriformis,
                spinal: t.likely_source.spinal,
                explanation: t.likely_source.explanation,
            },
            cautions: t
                .cautions
                .into_iter()
                .map(|c| core::triage::CautionNote {
                    id: c.id,
                    text: c.text.into(),
                })
                .collect(),
            unanswered: t.unanswered,
            notice: t.notice.into(),
        }
    }
}

/// Triage a typed assessment under the default, patient-facing policy.
#[uniffi::export]
pub fn triage(assessment: Assessment) -> Result<Triage> {
    triage_with_policy(assessment, TriagePolicy::SelfCheck)
}

/// Triage a typed assessment under a policy.
#[uniffi::export]
pub fn triage_with_policy(assessment: Assessment, policy: TriagePolicy) -> Result<Triage> {
    let a = core::Assessment::try_from(assessment)?;
    Ok(core::triage::triage_with(&a, policy)?.into())
}

/// Triage an assessment given as JSON (the same document the other languages use).
#[uniffi::export]
pub fn triage_from_json(json: String) -> Result<Triage> {
    triage_from_json_with_policy(json, TriagePolicy::SelfCheck)
}

/// Triage an assessment given as JSON under a policy.
#[uniffi::export]
pub fn triage_from_json_with_policy(json: String, policy: TriagePolicy) -> Result<Triage> {
    let a = core::Assessment::from_json(&json)?;
    Ok(core::triage::triage_with(&a, policy)?.into())
}

/// The whole knowledge base as one JSON document, for rendering content.
#[uniffi::export]
pub fn knowledge_json() -> String {
    core::KnowledgeBase::get().to_json()
}

/// The not-medical-advice notice.
#[uniffi::export]
pub fn notice() -> String {
    core::NOTICE.to_string()
}

// ---- the interview ----

/// One choice of a question.
#[derive(Debug, Clone, uniffi::Record)]
pub struct Choice {
    /// The id to send back.
    pub id: String,
    /// The label to show.
    pub label: String,
}

/// A question ready to show.
#[derive(Debug, Clone, uniffi::Record)]
pub struct Question {
    /// Its id.
    pub id: QuestionId,
    /// The prompt.
    pub prompt: String,
    /// Help text.
    pub help: String,
    /// The kind of answer.
    pub kind: AnswerKind,
    /// The choices, for yes/no and choice questions.
    pub choices: Vec<Choice>,
    /// How urgent a "yes" can be.
    pub tier: Disposition,
}

impl From<core::interview::QuestionView> for Question {
    fn from(q: core::interview::QuestionView) -> Self {
        let core::interview::QuestionView {
            id,
            prompt,
            help,
            kind,
            choices,
            tier,
        } = q;
        Self {
            id,
            prompt,
            help,
            kind,
            choices: choices
                .into_iter()
                .map(|core::interview::Choice { id, label }| Choice { id, label })
                .collect(),
            tier,
        }
    }
}

/// One step of the interview: a question to ask, or the end with its triage.
#[derive(Debug, Clone, uniffi::Record)]
pub struct InterviewStep {
    /// The question to ask next; `None` when done.
    pub question: Option<Question>,
    /// The triage when done; `None` while asking.
    pub triage: Option<Triage>,
    /// The assessment built from the answers when done; `None` while asking.
    pub assessment: Option<Assessment>,
    /// True when an emergency answer ended the interview early.
    pub stopped_early: bool,
    /// Questions answered so far.
    pub asked: u32,
    /// An upper bound on the questions still to come.
    pub remaining_at_most: u32,
}

/// The next interview step from the answers so far (stateless: send all answers each time).
#[uniffi::export]
pub fn next_step(answers: HashMap<QuestionId, AnswerValue>) -> Result<InterviewStep> {
    next_step_with_policy(answers, TriagePolicy::SelfCheck)
}

/// The next interview step under a policy (which questions are asked, and the tiers).
#[uniffi::export]
pub fn next_step_with_policy(
    answers: HashMap<QuestionId, AnswerValue>,
    policy: TriagePolicy,
) -> Result<InterviewStep> {
    use core::interview::{Progress, Step};
    let answers: core::interview::Answers = answers.into_iter().collect();
    Ok(match core::interview::next_step_with(&answers, policy)? {
        Step::Ask {
            question,
            progress:
                Progress {
                    asked,
                    remaining_at_most,
                },
        } => InterviewStep {
            question: Some(question.into()),
            triage: None,
            assessment: None,
            stopped_early: false,
            asked: u32::from(asked),
            remaining_at_most: u32::from(remaining_at_most),
        },
        Step::Done {
            assessment,
            triage,
            stopped_early,
            progress:
                Progress {
                    asked,
                    remaining_at_most,
                },
        } => InterviewStep {
            question: None,
            triage: Some((*triage).into()),
            assessment: Some(assessment.into()),
            stopped_early,
            asked: u32::from(asked),
            remaining_at_most: u32::from(remaining_at_most),
        },
    })
}

/// Every interview question, in the order asked.
#[uniffi::export]
pub fn catalogue() -> Vec<Question> {
    core::interview::catalogue()
        .into_iter()
        .map(Into::into)
        .collect()
}

// ---- routines ----

/// What a routine is built for.
#[derive(Debug, Clone, uniffi::Record)]
pub struct RoutineRequest {
    /// The sore side.
    pub side: Side,
    /// New flare or ongoing tightness.
    pub phase: Phase,
    /// Equipment at hand.
    #[uniffi(default = [])]
    pub equipment: Vec<Equipment>,
    /// Minutes available today, in the range `minutes` of [`ranges`].
    pub minutes: i32,
    /// Numbness, tingling or weakness in the leg.
    #[uniffi(default = false)]
    pub nerve_symptoms: bool,
    /// The trend from the pain log, if known.
    #[uniffi(default = None)]
    pub trend: Option<Trend>,
    /// The latest triage, if any: urgent or emergency blocks the routine.
    #[uniffi(default = None)]
    pub triage: Option<Triage>,
}

/// A closed range `min..=max` of one unit (seconds, minutes or a count);
/// `min == max` for a single value, as in today's dose.
#[derive(Debug, Clone, uniffi::Record)]
pub struct DoseRange {
    /// The low end.
    pub min: u32,
    /// The high end.
    pub max: u32,
}

/// A typed dose: every part that applies, with its unit in its name.
#[derive(Debug, Clone, uniffi::Record)]
pub struct Dosage {
    /// The dose in words, e.g. "hold 25 s, 2 times, per side, daily".
    pub text: String,
    /// Seconds per hold, if held.
    pub hold_seconds: Option<DoseRange>,
    /// Minutes of application (heat, cold), if timed.
    pub minutes: Option<DoseRange>,
    /// Repetitions or holds per set.
    pub reps: Option<DoseRange>,
    /// Sets.
    pub sets: Option<DoseRange>,
    /// Which side(s) it applies to.
    pub laterality: Laterality,
    /// How often.
    pub frequency: Frequency,
}

fn dose_range<U: Copy + Into<u16>>(s: core::units::Span<U>) -> DoseRange {
    DoseRange {
        min: u32::from(s.min.into()),
        max: u32::from(s.max.into()),
    }
}

impl From<core::Dosage> for Dosage {
    fn from(d: core::Dosage) -> Self {
        let text = d.to_string();
        let core::Dosage {
            hold,
            duration,
            reps,
            sets,
            laterality,
            frequency,
        } = d;
        Self {
            text,
            hold_seconds: hold.map(dose_range),
            minutes: duration.map(dose_range),
            reps: reps.map(dose_range),
            sets: sets.map(dose_range),
            laterality,
            frequency,
        }
    }
}

/// One step of a routine.
#[derive(Debug, Clone, uniffi::Record)]
pub struct RoutineStep {
    /// 1-based position.
    pub order: u32,
    /// The exercise.
    pub exercise: Exercise,
    /// Its name.
    pub name: String,
    /// Its stage.
    pub stage: Stage,
    /// Today's dose.
    pub dosage: Dosage,
    /// The side(s) to do it on; empty for whole-body moves.
    pub sides: Vec<Side>,
    /// Estimated seconds.
    pub seconds: u32,
    /// How to do it.
    pub how_to: Vec<String>,
    /// When to stop or ease off.
    pub stop_if: Vec<StopCue>,
    /// The stop-if cues as text.
    pub stop_if_text: Vec<String>,
    /// What it should feel like.
    pub feel: String,
    /// How to adapt it with nerve symptoms.
    pub nerve_note: Option<String>,
}

/// An exercise left out, and why.
#[derive(Debug, Clone, uniffi::Record)]
pub struct Skipped {
    /// The exercise.
    pub exercise: Exercise,
    /// Why.
    pub reason: SkipReason,
}

/// A safety gate that applied, and why.
#[derive(Debug, Clone, uniffi::Record)]
pub struct GateNote {
    /// Its id.
    pub id: GateId,
    /// Why, in plain words.
    pub text: String,
}

/// An everyday habit and its advice.
#[derive(Debug, Clone, uniffi::Record)]
pub struct HabitNote {
    /// Its id.
    pub id: Habit,
    /// What to do.
    pub advice: String,
}

/// The next step up for an exercise.
#[derive(Debug, Clone, uniffi::Record)]
pub struct Progression {
    /// The exercise.
    pub exercise: Exercise,
    /// Today's dose.
    pub now: Dosage,
    /// The dose to move to when today's feels easy for a week.
    pub next: Dosage,
    /// How else to progress it.
    pub how: String,
}

/// What to do across the week.
#[derive(Debug, Clone, uniffi::Record)]
pub struct WeeklyPlan {
    /// Every day.
    pub daily: Vec<Exercise>,
    /// Three days a week, with a rest day between.
    pub three_days_a_week: Vec<Exercise>,
    /// When needed (heat or cold).
    pub as_needed: Vec<Exercise>,
    /// How to step up as you improve.
    pub progression: Vec<Progression>,
    /// What to do in a flare.
    pub in_a_flare: String,
}

/// Today's routine.
#[derive(Debug, Clone, uniffi::Record)]
pub struct Routine {
    /// The dose level.
    pub level: Level,
    /// Why this level.
    pub level_reason: String,
    /// The steps, in order.
    pub steps: Vec<RoutineStep>,
    /// Total estimated seconds; never over the budget.
    pub total_seconds: u32,
    /// The budget in seconds.
    pub budget_seconds: u32,
    /// What was left out and why.
    pub skipped: Vec<Skipped>,
    /// The safety gates that held something back today.
    pub gates: Vec<GateNote>,
    /// Everyday habits.
    pub habits: Vec<HabitNote>,
    /// The week ahead, with the progression.
    pub weekly_plan: WeeklyPlan,
    /// General cautions.
    pub cautions: Vec<String>,
    /// The not-medical-advice notice.
    pub notice: String,
}

impl From<core::routine::RoutineStep> for RoutineStep {
    fn from(s: core::routine::RoutineStep) -> Self {
        let core::routine::RoutineStep {
            order,
            exercise,
            name,
            stage,
            dosage,
            sides,
            seconds,
            how_to,
            stop_if,
            feel,
            nerve_note,
        } = s;
        Self {
            order: u32::from(order),
            exercise,
            name: name.into_owned(),
            stage,
            dosage: dosage.into(),
            sides,
            seconds,
            how_to: how_to.into_iter().map(Cow::into_owned).collect(),
            stop_if_text: stop_if.iter().map(|c| c.text().to_string()).collect(),
            stop_if,
            feel: feel.into_owned(),
            nerve_note: nerve_note.map(Cow::into_owned),
        }
    }
}

impl From<core::routine::WeeklyPlan> for WeeklyPlan {
    fn from(p: core::routine::WeeklyPlan) -> Self {
        let core::routine::WeeklyPlan {
            daily,
            three_days_a_week,
            as_needed,
            progression,
            in_a_flare,
        } = p;
        Self {
            daily,
            three_days_a_week,
            as_needed,
            progression: progression
                .into_iter()
                .map(
                    |core::routine::Progression {
                         exercise,
                         now,
                         next,
                         how,
                     }| Progression {
                        exercise,
                        now: now.into(),
                        next: next.into(),
                        how: how.into_owned(),
                    },
                )
                .collect(),
            in_a_flare: in_a_flare.into_owned(),
        }
    }
}

impl From<core::routine::Routine> for Routine {
    fn from(r: core::routine::Routine) -> Self {
        let core::routine::Routine {
            level,
            level_reason,
            steps,
            total_seconds,
            budget_seconds,
            skipped,
            gates,
            habits,
            weekly_plan,
            cautions,
            notice,
        } = r;
        Self {
            level,
            level_reason: level_reason.into_owned(),
            steps: steps.into_iter().map(Into::into).collect(),
            total_seconds,
            budget_seconds,
            skipped: skipped
                .into_iter()
                .map(|core::routine::Skipped { exercise, reason }| Skipped { exercise, reason })
                .collect(),
            gates: gates
                .into_iter()
                .map(|core::routine::GateNote { id, text }| GateNote {
                    id,
                    text: text.into_owned(),
                })
                .collect(),
            habits: habits
                .into_iter()
                .map(|h| HabitNote {
                    id: h,
                    advice: h.record().advice.to_string(),
                })
                .collect(),
            weekly_plan: weekly_plan.into(),
            cautions: cautions.into_iter().map(Cow::into_owned).collect(),
            notice: notice.into_owned(),
        }
    }
}

/// Builds today's routine.
#[uniffi::export]
pub fn build_routine(request: RoutineRequest) -> Result<Routine> {
    let req = core::routine::RoutineRequest {
        side: request.side,
        phase: request.phase,
        equipment: request.equipment,
        minutes: number(ranges::ROUTINE_MINUTES, "minutes", request.minutes)?,
        nerve_symptoms: request.nerve_symptoms,
        trend: request.trend,
        triage: request.triage.map(Into::into),
    };
    Ok(core::routine::build_routine(&req)?.into())
}

// ---- the self-check's plan for today ----

/// The value a plan chose for one choice (the core's `routine::Chosen`).
#[derive(Debug, Clone, uniffi::Enum)]
pub enum ChosenValue {
    /// A routine today, or care first.
    SelfCare { value: bool },
    /// The side.
    Side { value: Side },
    /// The phase.
    Phase { value: Phase },
    /// Treated as nerve symptoms, or not.
    NerveSymptoms { value: bool },
    /// Minutes.
    Minutes { value: i32 },
    /// Equipment at hand.
    Equipment { value: Vec<Equipment> },
    /// The pain trend, if any.
    Trend { value: Option<Trend> },
}

impl From<core::routine::Chosen> for ChosenValue {
    fn from(c: core::routine::Chosen) -> Self {
        use core::routine::Chosen as C;
        match c {
            C::SelfCare(value) => Self::SelfCare { value },
            C::Side(value) => Self::Side { value },
            C::Phase(value) => Self::Phase { value },
            C::NerveSymptoms(value) => Self::NerveSymptoms { value },
            C::Minutes(m) => Self::Minutes {
                value: i32::from(m),
            },
            C::Equipment(value) => Self::Equipment { value },
            C::Trend(value) => Self::Trend { value },
        }
    }
}

/// Why the plan made one choice: the row of the core's plan table that decided it.
#[derive(Debug, Clone, uniffi::Record)]
pub struct PlanReason {
    /// The row that decided it.
    pub rule: core::routine::PlanRuleId,
    /// Which choice.
    pub choice: core::routine::PlanChoice,
    /// The value chosen.
    pub value: ChosenValue,
    /// The value in a few words (`both`, `new_flare`, `15 min`).
    pub value_text: String,
    /// Why, in plain words.
    pub why: String,
    /// Where it comes from; empty when the value is the person's own.
    pub sources: Vec<Source>,
}

/// The self-check's plan for today: the triage, the routine request the core
/// chose from it with a reason per choice, and the routine when self-care fits.
#[derive(Debug, Clone, uniffi::Record)]
pub struct TodaysPlan {
    /// The triage the plan was made from.
    pub triage: Triage,
    /// Whether self-care fits today; otherwise care comes first.
    pub allows_self_care: bool,
    /// The routine request chosen, when self-care fits.
    pub request: Option<RoutineRequest>,
    /// One reason per choice.
    pub reasons: Vec<PlanReason>,
    /// Today's routine, when self-care fits.
    pub routine: Option<Routine>,
    /// When care comes first: why, in plain words.
    pub care_first: Option<String>,
}

/// What the self-check offers today for an assessment under a policy: its
/// triage, the routine request the core chooses (side, phase, nerve care,
/// minutes, equipment, trend) with a reason for each choice, and the routine
/// when self-care fits. `minutes` is in the range `minutes` of [`ranges`]
/// (the core's default when absent).
#[uniffi::export(default(minutes = None, equipment = [], trend = None, policy = None))]
pub fn todays_plan(
    assessment: Assessment,
    minutes: Option<i32>,
    equipment: Vec<Equipment>,
    trend: Option<Trend>,
    policy: Option<TriagePolicy>,
) -> Result<TodaysPlan> {
    let a = core::Assessment::try_from(assessment)?;
    let policy = policy.unwrap_or(TriagePolicy::SelfCheck);
    let triage = core::triage::triage_with(&a, policy)?;
    let options = core::routine::PlanOptions {
        minutes: minutes
            .map(|m| number(ranges::ROUTINE_MINUTES, "minutes", m))
            .transpose()?,
        equipment,
        trend,
    };
    let plan = core::routine::todays_request(&a, &triage, &options)?;
    let routine = match plan.allows_self_care() {
        true => Some(plan.build_routine()?.into()),
        false => None,
    };
    let request = plan.request().map(|r| RoutineRequest {
        side: r.side,
        phase: r.phase,
        equipment: r.equipment.clone(),
        minutes: i32::from(r.minutes),
        nerve_symptoms: r.nerve_symptoms,
        trend: r.trend,
        triage: r.triage.clone().map(Into::into),
    });
    let care_first = match &plan {
        core::routine::TodaysPlan::CareFirst { why, .. } => Some(why.clone()),
        core::routine::TodaysPlan::SelfCare { .. } => None,
    };
    let reasons = plan
        .reasons()
        .iter()
        .map(|r| PlanReason {
            rule: r.rule,
            choice: r.chosen.choice(),
            value_text: r.chosen.to_string(),
            value: r.chosen.clone().into(),
            why: r.why.to_string(),
            sources: r.sources.to_vec(),
        })
        .collect();
    Ok(TodaysPlan {
        triage: triage.into(),
        allows_self_care: plan.allows_self_care(),
        request,
        reasons,
        routine,
        care_first,
    })
}

// ---- progress ----

/// One day of the pain log.
#[derive(Debug, Clone, uniffi::Record)]
pub struct LogEntry {
    /// The day.
    pub date: CalendarDate,
    /// Pain that day, in the range `pain` of [`ranges`].
    pub pain: i32,
    /// Nerve symptoms that day.
    #[uniffi(default = false)]
    pub nerve_symptoms: bool,
    /// Whether the routine was done.
    #[uniffi(default = false)]
    pub routine_done: bool,
}

/// A run of flare days.
#[derive(Debug, Clone, uniffi::Record)]
pub struct Flare {
    /// First day.
    pub start: CalendarDate,
    /// Last day.
    pub end: CalendarDate,
    /// Highest pain.
    pub peak: u32,
}

/// The analysis of a pain log.
#[derive(Debug, Clone, uniffi::Record)]
pub struct ProgressReport {
    /// Entries analysed.
    pub entries: u32,
    /// First day logged.
    pub first_date: Option<CalendarDate>,
    /// Last day logged.
    pub last_date: Option<CalendarDate>,
    /// The trend.
    pub trend: Trend,
    /// Mean pain over the latest window.
    pub recent_mean: Option<f64>,
    /// Mean pain over the window before.
    pub earlier_mean: Option<f64>,
    /// Their difference.
    pub change: Option<f64>,
    /// Flares, oldest first.
    pub flares: Vec<Flare>,
    /// Whether the latest day is in a flare.
    pub in_flare_now: bool,
    /// Weeks from the first day the routine was done to the last entry.
    pub self_care_weeks: u32,
    /// Share of days with the routine done, percent.
    pub routine_days_percent: u32,
    /// Findings that feed triage ("no improvement", "keeps coming back"), with their numbers.
    pub findings: Vec<Finding>,
    /// The numbers in words.
    pub summary: String,
}

impl From<core::progress::ProgressReport> for ProgressReport {
    fn from(r: core::progress::ProgressReport) -> Self {
        let core::progress::ProgressReport {
            entries,
            first_date,
            last_date,
            trend,
            recent_mean,
            earlier_mean,
            change,
            flares,
            in_flare_now,
            self_care_weeks,
            routine_days_percent,
            findings,
            summary,
        } = r;
        Self {
            entries,
            first_date,
            last_date,
            trend,
            recent_mean,
            earlier_mean,
            change,
            flares: flares
                .into_iter()
                .map(|core::progress::Flare { start, end, peak }| Flare {
                    start,
                    end,
                    peak: u32::from(peak),
                })
                .collect(),
            in_flare_now,
            self_care_weeks: u32::from(self_care_weeks),
            routine_days_percent: u32::from(routine_days_percent),
            findings,
            summary,
        }
    }
}

fn core_log(log: Vec<LogEntry>) -> Result<Vec<core::progress::LogEntry>> {
    log.into_iter()
        .enumerate()
        .map(|(i, e)| {
            Ok(core::progress::LogEntry {
                date: e.date,
                pain: number(ranges::PAIN, &format!("log[{i}].pain"), e.pain)?,
                nerve_symptoms: e.nerve_symptoms,
                routine_done: e.routine_done,
            })
        })
        .collect()
}

/// Analyses a pain log as of `today`, with the default thresholds.
#[uniffi::export]
pub fn analyze_progress(log: Vec<LogEntry>, today: CalendarDate) -> Result<ProgressReport> {
    let config = core::progress::ProgressConfig::default();
    Ok(core::progress::analyze(&core_log(log)?, today, &config)?.into())
}

// ---- pictures and lookup ----

/// The body map (back view) of trigger points and referred pain, as SVG text.
/// `side` defaults to right; `highlight` shows one trigger point's referral;
/// `pain_regions` are outlined on top.
#[uniffi::export]
pub fn body_map_svg(
    side: Option<Side>,
    highlight: Option<TriggerPoint>,
    pain_regions: Vec<BodyRegion>,
) -> String {
    core::picture::body_map_svg(&core::picture::BodyMapOptions {
        side,
        highlight,
        pain_regions,
    })
}

/// The chart of a pain log as SVG text: pain over time, routine days, flares.
#[uniffi::export]
pub fn progress_chart_svg(log: Vec<LogEntry>, today: CalendarDate) -> Result<String> {
    let config = core::progress::ProgressConfig::default();
    Ok(core::picture::progress_chart_svg(
        &core_log(log)?,
        today,
        &config,
    )?)
}

/// A trigger point that may explain pain in the given regions.
#[derive(Debug, Clone, uniffi::Record)]
pub struct PainCandidate {
    /// The trigger point.
    pub trigger_point: TriggerPoint,
    /// Its muscle.
    pub muscle: Muscle,
    /// The side(s) to check.
    pub sides: Vec<Side>,
    /// Painful regions in its essential zone.
    pub essential: Vec<BodyRegion>,
    /// Painful regions in its spillover zone.
    pub spillover: Vec<BodyRegion>,
    /// Why it is listed, and how to find it.
    pub explanation: String,
}

/// A painful region no piriformis trigger point refers to, with the
/// look-alike conditions felt there.
#[derive(Debug, Clone, uniffi::Record)]
pub struct Unexplained {
    /// The region.
    pub region: BodyRegion,
    /// Look-alike conditions to consider for it.
    pub consider: Vec<Mimic>,
    /// Their names, in the same order.
    pub consider_names: Vec<String>,
}

/// The result of [`pain_lookup`].
#[derive(Debug, Clone, uniffi::Record)]
pub struct PainLookup {
    /// Candidates, best first.
    pub candidates: Vec<PainCandidate>,
    /// Regions no candidate covers, each with its look-alikes.
    pub unexplained: Vec<Unexplained>,
}

/// Which trigger points could explain pain in these regions, essential zones first.
#[uniffi::export]
pub fn pain_lookup(regions: Vec<BodyRegion>, side: Side) -> PainLookup {
    let core::lookup::Lookup {
        candidates,
        unexplained,
    } = core::lookup::lookup(&regions, side);
    PainLookup {
        candidates: candidates
            .into_iter()
            .map(
                |core::lookup::Candidate {
                     trigger_point,
                     muscle,
                     sides,
                     essential,
                     spillover,
                     explanation,
                 }| PainCandidate {
                    trigger_point,
                    muscle,
                    sides,
                    essential,
                    spillover,
                    explanation,
                },
            )
            .collect(),
        unexplained: unexplained
            .into_iter()
            .map(
                |core::lookup::Unexplained { region, consider }| Unexplained {
                    region,
                    consider_names: consider
                        .iter()
                        .map(|m| m.record().name.to_string())
                        .collect(),
                    consider,
                },
            )
            .collect(),
    }
}

/// Checks that nothing here restates what the core defines.
#[cfg(test)]
mod tests {
    use super::*;
    use piriformis_core::Vocabulary;

    #[test]
    fn vocabularies_come_from_the_core_list() {
        let all = vocabularies();
        assert_eq!(all.len(), core::document::vocabularies().len());
        assert_eq!(
            vocabulary_ids("Disposition".into()).unwrap(),
            Disposition::ids()
        );
        for v in &all {
            assert!(!v.values.is_empty(), "{}", v.name);
            assert_eq!(
                vocabulary_ids(v.name.clone()).unwrap().len(),
                v.values.len()
            );
        }
        let err = vocabulary_ids("Nope".into()).unwrap_err();
        assert!(
            matches!(&err, PiriformisError::InvalidInput { field: Some(f), allowed: Some(a), .. }
                if f == "name" && a.contains("RedFlag"))
        );
    }

    #[test]
    fn ranges_come_from_the_core() {
        let r = ranges();
        assert_eq!(r.len(), ranges::ALL.len());
        assert_eq!(r[0].allowed, ranges::PAIN.allowed());
        let err = number::<u8>(ranges::PAIN, "pain_now", -1).unwrap_err();
        assert_eq!(err.field(), Some("pain_now"));
        assert!(err.to_string().contains(&ranges::PAIN.allowed()));
        let err = number::<u16>(ranges::ROUTINE_MINUTES, "minutes", 0).unwrap_err();
        assert!(err.to_string().contains(&ranges::ROUTINE_MINUTES.allowed()));
    }

    #[test]
    fn bad_numbers_keep_the_warning_signs() {
        let mut red_flags = HashMap::new();
        red_flags.insert(RedFlag::SaddleNumbness, Answer::Present);
        let a = Assessment {
            side: None,
            pain_now: Some(-3),
            pain_regions: vec![],
            pain_qualities: vec![],
            worse_with: vec![],
            tender_areas: vec![],
            nerve: None,
            red_flags,
            after_fall_or_accident: Answer::Unknown,
            self_care_weeks: None,
            self_care_helped: Answer::Unknown,
            keeps_coming_back: Answer::Unknown,
        };
        match triage(a).unwrap_err() {
            PiriformisError::InvalidInput {
                field, at_least, ..
            } => {
                assert_eq!(field.as_deref(), Some("pain_now"));
                assert_eq!(at_least, Some(Disposition::Emergency));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn dates_are_checked_once() {
        assert!(parse_date("2026-02-28").is_ok());
        match parse_date("2026-02-30").unwrap_err() {
            PiriformisError::InvalidInput { field, allowed, .. } => {
                assert_eq!(field.as_deref(), Some("date"));
                assert_eq!(allowed.as_deref(), Some(DATE_FORMAT));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn triage_round_trips_with_its_evidence() {
        let t: Triage = core::triage::triage_with(
            &core::Assessment::from_json(
                r#"{"worse_with": ["hard_surface", "coughing"], "tender_areas": ["deep_buttock"]}"#,
            )
            .unwrap(),
            TriagePolicy::SelfCheck,
        )
        .unwrap()
        .into();
        assert!(!t.likely_source.piriformis.is_empty());
        assert!(!t.likely_source.spinal.is_empty());
        let back: core::TriageResult = t.clone().into();
        assert_eq!(back.likely_source.piriformis, t.likely_source.piriformis);
        assert!(back.fired.iter().all(|f| !f.sources.is_empty()));
    }
}
