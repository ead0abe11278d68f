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
use core::interview::{AnswerKind, QuestionId, Reply, ReplyKind};
use core::progress::Trend;
use core::routine::Level;
use core::source::{Citation, Source};
use core::symptom::{Aggravator, Mimic, TenderArea};
use core::triage::{
    Answer, Disposition, Legs, NerveSign, NerveStatus, Pathway, RuleId, Side, TriagePolicy,
};
use core::trigger_point::{BodyRegion, PainQuality, TriggerPoint};
use core::units::Laterality;

// ---- the core enums that carry data with signed numbers ----
//
// The core's own data-carrying enums (`Evidence`, `Source`, `Laterality`)
// derive UniFFI behind its feature; these two carry the core's unsigned
// numbers as the signed ones Kotlin and Swift use.

/// A finding of the pain log that feeds triage (the core's `Finding`, with
/// signed numbers as Kotlin and Swift use them).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum Finding {
    /// Self-care for this many weeks without the trend improving.
    NoImprovement {
        /// Weeks of self-care logged.
        weeks: i32,
    },
    /// This many flares within the recurrence window.
    KeepsComingBack {
        /// Flares counted.
        flares: i32,
    },
}

impl From<core::progress::Finding> for Finding {
    fn from(f: core::progress::Finding) -> Self {
        match f {
            core::progress::Finding::NoImprovement { weeks } => Self::NoImprovement {
                weeks: i32::from(weeks),
            },
            core::progress::Finding::KeepsComingBack { flares } => Self::KeepsComingBack {
                flares: i32::from(flares),
            },
        }
    }
}

/// How often something is done (the core's `Frequency`, with a signed
/// number as Kotlin and Swift use them).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum Frequency {
    /// Every day.
    Daily,
    /// A number of days per week.
    DaysPerWeek {
        /// How many days.
        days: i32,
    },
    /// Whenever it is needed.
    AsNeeded,
    /// All through the day, as a habit.
    Throughout,
}

impl From<core::units::Frequency> for Frequency {
    fn from(f: core::units::Frequency) -> Self {
        use core::units::Frequency as F;
        match f {
            F::Daily => Self::Daily,
            F::DaysPerWeek { days } => Self::DaysPerWeek {
                days: i32::from(days),
            },
            F::AsNeeded => Self::AsNeeded,
            F::Throughout => Self::Throughout,
        }
    }
}

/// A count or size as Kotlin's and Swift's `Int`: every number crossing
/// out of the library is signed, like the numbers going in. The values are
/// small (seconds of a routine, entries of a log); one that could not fit
/// would be shown as the largest `Int` rather than wrap.
fn int<T: TryInto<i32>>(n: T) -> i32 {
    n.try_into().unwrap_or(i32::MAX)
}

// ---- dates ----

/// A calendar day. It crosses as text, `YYYY-MM-DD` (ISO 8601); text that is
/// not a real day is rejected while crossing, as
/// [`PiriformisError::InvalidInput`] naming the field `date`.
pub type CalendarDate = NaiveDate;

/// What a [`CalendarDate`] allows, as error messages say it (the core's).
pub const DATE_FORMAT: &str = core::progress::DATE_FORMAT;

uniffi::custom_type!(CalendarDate, String, {
    remote,
    try_lift: |text| Ok(parse_date(&text)?),
    lower: |day| day.to_string(),
});

/// The day `text` names; UniFFI hands this error to the caller as it is,
/// since every function taking a date returns `Result<_, PiriformisError>`.
fn parse_date(text: &str) -> Result<NaiveDate> {
    Ok(core::progress::parse_date("date", text)?)
}

#[cfg(feature = "fhir")]
mod fhir;

// ---- errors ----

/// Every error. Its text (Kotlin `toString()`, Swift `description` and
/// `localizedDescription`) is the core's message, word for word; the fields
/// give the same facts for code: the field at fault, the allowed values as a
/// list and, in the interview, the question to ask again.
#[derive(Debug, thiserror::Error, uniffi::Error)]
#[uniffi::export(Display)]
pub enum PiriformisError {
    /// A value is out of range, not in its vocabulary, missing or malformed.
    #[error("{reason}")]
    InvalidInput {
        /// The field at fault, when known (such as `pain_now`, `nerve.legs`
        /// or, in the interview, `answers.pain_now`).
        field: Option<String>,
        /// The allowed values: each id of a vocabulary, or the one range text
        /// (`whole numbers 0-10`); empty when not known.
        allowed: Vec<String>,
        /// In the interview: the question whose answer is at fault.
        question: Option<QuestionId>,
        /// The full message, word for word as in Rust.
        reason: String,
        /// When red flags were answered "present" in the same input, the
        /// disposition they need at least: show it even though the input failed.
        at_least: Option<Disposition>,
    },
    /// Two answers contradict each other.
    #[error("{reason}")]
    Contradiction {
        /// The field to answer again.
        field: String,
        /// The field it contradicts.
        other: String,
        /// In the interview: the question to ask again, then the one it
        /// contradicts (empty outside the interview).
        questions: Vec<QuestionId>,
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
        let reason = e.to_string();
        let at_least = e.at_least();
        let questions = core::interview::questions_of(&e);
        let allowed = e.allowed_values().into_iter().map(str::to_string).collect();
        match e.inner() {
            core::Error::Contradiction { field, other, .. } => Self::Contradiction {
                field: field.clone(),
                other: other.clone(),
                questions,
                reason,
                at_least,
            },
            core::Error::CareNeededFirst { disposition, .. } => Self::CareNeededFirst {
                disposition: *disposition,
                reason,
            },
            inner => Self::InvalidInput {
                field: inner.field().map(str::to_string),
                allowed,
                question: questions.first().copied(),
                reason,
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

/// Every vocabulary of the core, from its one list.
#[uniffi::export]
pub fn vocabularies() -> Vec<core::vocab::VocabularyInfo> {
    core::document::vocabularies().to_vec()
}

/// Every id of a vocabulary, by its name (e.g. "RedFlag"), as in JSON and in
/// the order of the enum's cases.
#[uniffi::export]
pub fn vocabulary_ids(name: String) -> Result<Vec<String>> {
    match core::document::vocabulary(&name) {
        Some(v) => Ok(v.values.iter().map(|x| x.id.clone()).collect()),
        None => Err(core::Error::UnknownValue {
            field: "name".into(),
            value: name,
            allowed: core::document::vocabularies()
                .iter()
                .map(|v| v.name.as_str())
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
    pub min: i32,
    /// The largest value allowed.
    pub max: i32,
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
            min: i32::from(r.min),
            max: i32::from(r.max),
            allowed: r.allowed(),
        })
        .collect()
}

// ---- triage ----

/// Numbness, tingling, weakness and how many legs; each `None` (the
/// default) is unknown.
#[derive(Debug, Clone, Default, uniffi::Record)]
pub struct NerveSymptoms {
    /// Numbness.
    #[uniffi(default = None)]
    pub numbness: Option<NerveStatus>,
    /// Tingling.
    #[uniffi(default = None)]
    pub tingling: Option<NerveStatus>,
    /// Weakness.
    #[uniffi(default = None)]
    pub weakness: Option<NerveStatus>,
    /// How many legs.
    #[uniffi(default = None)]
    pub legs: Option<Legs>,
}

/// What a person reports: the input to [`triage`]. Every field has a default
/// that means unknown (`None`, an empty list or map), never "no", so an
/// assessment is built from whatever is known:
/// `Assessment(painNow = 4)` in Kotlin, `Assessment(painNow: 4)` in Swift.
#[derive(Debug, Clone, Default, uniffi::Record)]
pub struct Assessment {
    /// Which side hurts.
    #[uniffi(default = None)]
    pub side: Option<Side>,
    /// Pain now, in the range `pain` of [`ranges()`].
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
    #[uniffi(default)]
    pub red_flags: HashMap<RedFlag, Answer>,
    /// Began after a fall or accident; `None` is unknown.
    #[uniffi(default = None)]
    pub after_fall_or_accident: Option<Answer>,
    /// Weeks of self-care so far, in the range `self_care_weeks` of [`ranges()`].
    #[uniffi(default = None)]
    pub self_care_weeks: Option<i32>,
    /// Whether self-care helped; `None` is unknown.
    #[uniffi(default = None)]
    pub self_care_helped: Option<Answer>,
    /// Whether it keeps coming back; `None` is unknown.
    #[uniffi(default = None)]
    pub keeps_coming_back: Option<Answer>,
    /// Age in whole years, in the range `age` of [`ranges()`]; `None` is not given.
    #[uniffi(default = None)]
    pub age: Option<i32>,
}

impl TryFrom<Assessment> for core::Assessment {
    type Error = PiriformisError;
    fn try_from(a: Assessment) -> Result<Self> {
        let Assessment {
            side,
            pain_now,
            pain_regions,
            pain_qualities,
            worse_with,
            tender_areas,
            nerve,
            red_flags,
            after_fall_or_accident,
            self_care_weeks,
            self_care_helped,
            keeps_coming_back,
            age,
        } = a;
        let n = nerve.unwrap_or_default();
        let unknown = core::NerveSymptoms::default();
        let mut out = core::Assessment {
            side,
            pain_now: None,
            pain_regions,
            pain_qualities,
            worse_with,
            tender_areas,
            nerve: core::NerveSymptoms {
                numbness: n.numbness.unwrap_or(unknown.numbness),
                tingling: n.tingling.unwrap_or(unknown.tingling),
                weakness: n.weakness.unwrap_or(unknown.weakness),
                legs: n.legs.unwrap_or(unknown.legs),
            },
            red_flags: red_flags.into_iter().collect(),
            after_fall_or_accident: after_fall_or_accident.unwrap_or_default(),
            self_care_weeks: None,
            self_care_helped: self_care_helped.unwrap_or_default(),
            keeps_coming_back: keeps_coming_back.unwrap_or_default(),
            age: None,
        };
        // A number that does not fit still reports the red flags answered
        // "present" in the same input, as the core's own checks do.
        let numbers = (|| -> core::Result<(Option<u8>, Option<u16>, Option<u8>)> {
            Ok((
                pain_now
                    .map(|p| number(ranges::PAIN, "pain_now", p))
                    .transpose()?,
                self_care_weeks
                    .map(|w| number(ranges::SELF_CARE_WEEKS, "self_care_weeks", w))
                    .transpose()?,
                age.map(|y| number(ranges::AGE, "age", y)).transpose()?,
            ))
        })();
        let (pain_now, self_care_weeks, age) =
            numbers.map_err(|e| e.with_warning_signs(out.present_flags()))?;
        out.pain_now = pain_now;
        out.self_care_weeks = self_care_weeks;
        out.age = age;
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
            age,
        } = a;
        Self {
            side,
            pain_now: pain_now.map(i32::from),
            pain_regions,
            pain_qualities,
            worse_with,
            tender_areas,
            nerve: Some(NerveSymptoms {
                numbness: Some(numbness),
                tingling: Some(tingling),
                weakness: Some(weakness),
                legs: Some(legs),
            }),
            red_flags: red_flags.into_iter().collect(),
            after_fall_or_accident: Some(after_fall_or_accident),
            self_care_weeks: self_care_weeks.map(i32::from),
            self_care_helped: Some(self_care_helped),
            keeps_coming_back: Some(keeps_coming_back),
            age: age.map(i32::from),
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

/// The result of [`triage`].
#[derive(Debug, Clone, uniffi::Record)]
pub struct Triage {
    /// The policy whose tiers were used.
    pub policy: TriagePolicy,
    /// How soon to get care.
    pub disposition: Disposition,
    /// What to do, in plain words.
    pub action: String,
    /// True when open questions (red flags or nerve signs) could still raise the result.
    pub provisional: bool,
    /// Every rule that fired, highest first.
    pub fired: Vec<FiredRule>,
    /// Where the pain most likely comes from, and the evidence each way.
    pub likely_source: core::triage::SourceAssessment,
    /// Cautions to show.
    pub cautions: Vec<core::triage::CautionNote>,
    /// Red flags not yet answered.
    pub unanswered: Vec<RedFlag>,
    /// Nerve questions unanswered or "not sure" whose worst answer would raise the result.
    pub unanswered_nerve: Vec<NerveSign>,
    /// The not-medical-advice notice.
    pub notice: String,
    /// The version of the rule table that gave it (see [`library_info`]).
    pub rules_version: i32,
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
            unanswered_nerve,
            notice,
            rules_version,
        } = r;
        Self {
            policy,
            disposition,
            action: action.into_owned(),
            provisional,
            fired: fired.into_iter().map(Into::into).collect(),
            likely_source,
            cautions,
            unanswered,
            unanswered_nerve,
            notice: notice.into_owned(),
            rules_version: i32::from(rules_version),
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
            likely_source: t.likely_source,
            cautions: t.cautions,
            unanswered: t.unanswered,
            unanswered_nerve: t.unanswered_nerve,
            notice: t.notice.into(),
            // A version that does not fit is no version the core wrote.
            rules_version: u16::try_from(t.rules_version).unwrap_or(0),
        }
    }
}

/// Triage a typed assessment under a policy (default: the patient-facing
/// self-check).
#[uniffi::export(default(policy = None))]
pub fn triage(assessment: Assessment, policy: Option<TriagePolicy>) -> Result<Triage> {
    let a = core::Assessment::try_from(assessment)?;
    Ok(core::triage::triage_with(&a, policy.unwrap_or(TriagePolicy::SelfCheck))?.into())
}

/// Triage an assessment given as JSON (the same document the other languages
/// use) under a policy (default: the self-check).
#[uniffi::export(default(policy = None))]
pub fn triage_from_json(json: String, policy: Option<TriagePolicy>) -> Result<Triage> {
    let a = core::Assessment::from_json(&json)?;
    Ok(core::triage::triage_with(&a, policy.unwrap_or(TriagePolicy::SelfCheck))?.into())
}

/// The library's versions, to store next to saved answers and results.
#[derive(Debug, Clone, uniffi::Record)]
pub struct LibraryInfo {
    /// The library's version.
    pub library: String,
    /// The rule table's version; every [`Triage`] carries it too.
    pub rules: i32,
    /// The question catalogue's version; saved answers carry it too.
    pub catalogue: i32,
    /// The schema version of [`knowledge_json`].
    pub knowledge_schema: String,
}

/// The library's versions (library, rules, question catalogue, knowledge schema).
#[uniffi::export]
pub fn library_info() -> LibraryInfo {
    let core::document::LibraryInfo {
        library,
        rules,
        catalogue,
        knowledge_schema,
    } = core::document::library_info();
    LibraryInfo {
        library: library.into(),
        rules: i32::from(rules),
        catalogue: i32::from(catalogue),
        knowledge_schema: knowledge_schema.into(),
    }
}

/// The whole knowledge base as one JSON document, for rendering content.
#[uniffi::export]
pub fn knowledge_json() -> String {
    core::KnowledgeBase::get().to_json()
}

// ---- typed knowledge, next to the JSON export ----

fn texts(sources: &[Source]) -> Vec<String> {
    sources.iter().map(|s| s.describe().to_string()).collect()
}

/// An exercise or technique: everything the guide says about it, typed.
#[derive(Debug, Clone, uniffi::Record)]
pub struct ExerciseInfo {
    /// Its id.
    pub id: Exercise,
    /// Plain name.
    pub name: String,
    /// What it does, in one line.
    pub purpose: String,
    /// Its stage in a session.
    pub stage: Stage,
    /// The equipment it needs beyond hands, floor and a wall or chair.
    pub equipment: Option<Equipment>,
    /// The starting position.
    pub position: core::exercise::Position,
    /// Step-by-step how-to.
    pub steps: Vec<String>,
    /// The dose as a range: the low end in a flare or at first.
    pub dosage: Dosage,
    /// Where the dose comes from.
    pub dosage_basis: String,
    /// What it should feel like.
    pub feel: String,
    /// When to stop or ease off.
    pub stop_if: Vec<StopCue>,
    /// The same cues as text.
    pub stop_if_text: Vec<String>,
    /// Which phases it suits.
    pub fits: Vec<Phase>,
    /// How to adapt it with nerve symptoms; `None` when no change is needed.
    pub with_nerve_symptoms: Option<String>,
    /// Seconds to get into position.
    pub setup_seconds: i32,
    /// The muscles it works on.
    pub targets: Vec<Muscle>,
    /// How to progress it.
    pub progression: String,
    /// Where the facts come from.
    pub sources: Vec<Source>,
    /// The same sources, one line each.
    pub source_texts: Vec<String>,
}

/// Everything the guide says about one exercise or technique.
#[uniffi::export]
pub fn exercise_info(exercise: Exercise) -> ExerciseInfo {
    let &core::exercise::ExerciseRecord {
        id,
        name,
        purpose,
        stage,
        equipment,
        position,
        steps,
        dosage,
        dosage_basis,
        feel,
        stop_if,
        fits,
        with_nerve_symptoms,
        setup_seconds,
        targets,
        progression,
        sources,
    } = exercise.record();
    ExerciseInfo {
        id,
        name: name.into(),
        purpose: purpose.into(),
        stage,
        equipment,
        position,
        steps: steps.iter().map(|s| s.to_string()).collect(),
        dosage: dosage.into(),
        dosage_basis: dosage_basis.into(),
        feel: feel.into(),
        stop_if: stop_if.to_vec(),
        stop_if_text: stop_if.iter().map(|c| c.text().to_string()).collect(),
        fits: fits.to_vec(),
        with_nerve_symptoms: match with_nerve_symptoms {
            core::exercise::NerveAdvice::AsUsual => None,
            core::exercise::NerveAdvice::Gentle(how) => Some(how.into()),
        },
        setup_seconds: i32::from(setup_seconds),
        targets: targets.to_vec(),
        progression: progression.into(),
        sources: sources.to_vec(),
        source_texts: texts(sources),
    }
}

/// A red flag: its question, what it may point to, how urgent a "yes" is.
#[derive(Debug, Clone, uniffi::Record)]
pub struct RedFlagInfo {
    /// Its id.
    pub id: RedFlag,
    /// The serious cause it may point to.
    pub pathway: Pathway,
    /// Whether, present, it points to the spine.
    pub lean: core::symptom::Lean,
    /// The yes/no question.
    pub question: String,
    /// Help text.
    pub help: String,
    /// What it may point to, in plain words.
    pub why: String,
    /// How urgent a "yes" is under the default self-check policy.
    pub tier: Disposition,
    /// Where the facts come from.
    pub sources: Vec<Source>,
    /// The same sources, one line each.
    pub source_texts: Vec<String>,
    /// The check to do now when the question is asked again after "not sure".
    pub check_again: Option<String>,
    /// The label of the "does not apply" answer, where offered.
    pub does_not_apply: Option<String>,
}

/// Everything the guide says about one red flag.
#[uniffi::export]
pub fn red_flag_info(flag: RedFlag) -> RedFlagInfo {
    let &core::red_flag::RedFlagRecord {
        id,
        pathway,
        lean,
        question,
        help,
        why,
        sources,
        check_again,
        does_not_apply,
    } = flag.record();
    RedFlagInfo {
        id,
        pathway,
        lean,
        question: question.into(),
        help: help.into(),
        why: why.into(),
        tier: flag.tier(),
        sources: sources.to_vec(),
        source_texts: texts(sources),
        check_again: check_again.map(Into::into),
        does_not_apply: does_not_apply.map(Into::into),
    }
}

/// A cited reference.
#[derive(Debug, Clone, uniffi::Record)]
pub struct CitationInfo {
    /// Its id.
    pub id: Citation,
    /// The authors or the organisation.
    pub authors: String,
    /// The title.
    pub title: String,
    /// The year (for an undated web page, the year it was read).
    pub year: i32,
    /// Where it appeared.
    pub venue: String,
    /// What kind of work it is.
    pub kind: core::source::ReferenceKind,
    /// True for a page revised in place without a date of its own.
    pub undated: bool,
    /// Its DOI, where it has one.
    pub doi: Option<String>,
    /// Where to read it.
    pub url: Option<String>,
    /// What this project takes from it.
    pub supports: String,
    /// The whole reference as one line.
    pub line: String,
}

/// The full reference behind a citation.
#[uniffi::export]
pub fn citation_info(citation: Citation) -> CitationInfo {
    let &core::source::Reference {
        id,
        authors,
        title,
        year,
        venue,
        kind,
        undated,
        doi,
        url,
        supports,
        line,
    } = citation.reference();
    CitationInfo {
        id,
        authors: authors.into(),
        title: title.into(),
        year: i32::from(year),
        venue: venue.into(),
        kind,
        undated,
        doi: doi.map(Into::into),
        url: url.map(Into::into),
        supports: supports.into(),
        line: line.into(),
    }
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
    /// Its id, as in JSON.
    pub id: String,
    /// The label to show.
    pub label: String,
    /// The typed reply that picks this choice alone (for several-of
    /// questions, a list of this one choice).
    pub reply: Reply,
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
    /// Which case of [`Reply`] answers it.
    pub reply_kind: ReplyKind,
    /// The choices, for yes/no and choice questions.
    pub choices: Vec<Choice>,
    /// How urgent a "yes" can be.
    pub tier: Disposition,
    /// True when asked a second time after "not sure": the help is a check
    /// to do now, and "still not sure" replaces "not sure".
    pub again: bool,
}

impl From<core::interview::QuestionView> for Question {
    fn from(q: core::interview::QuestionView) -> Self {
        use core::interview::AnswerValue;
        let core::interview::QuestionView {
            id,
            prompt,
            help,
            kind,
            choices,
            tier,
            again,
        } = q;
        Self {
            id,
            prompt,
            help,
            kind,
            reply_kind: id.question().reply_kind(),
            choices: choices
                .into_iter()
                .filter_map(|core::interview::Choice { id: choice, label }| {
                    let value = match kind {
                        AnswerKind::SeveralOf => AnswerValue::Choices(vec![choice.clone()]),
                        _ => AnswerValue::Choice(choice.clone()),
                    };
                    // Every choice reads back (a core test checks it), so
                    // nothing is left out here.
                    let reply = Reply::read(id, &value).ok()?;
                    Some(Choice {
                        id: choice,
                        label,
                        reply,
                    })
                })
                .collect(),
            tier,
            again,
        }
    }
}

/// How far along the interview is (named apart from Foundation's `Progress`).
#[derive(Debug, Clone, uniffi::Record)]
pub struct InterviewProgress {
    /// Questions answered so far.
    pub asked: i32,
    /// An upper bound on the questions still to come.
    pub remaining_at_most: i32,
}

impl From<core::interview::Progress> for InterviewProgress {
    fn from(p: core::interview::Progress) -> Self {
        let core::interview::Progress {
            asked,
            remaining_at_most,
        } = p;
        Self {
            asked: i32::from(asked),
            remaining_at_most: i32::from(remaining_at_most),
        }
    }
}

/// One step of the interview: a question to ask, or the end with the
/// assessment the answers built and its triage. A Kotlin sealed class, a
/// Swift enum.
#[derive(Debug, Clone, uniffi::Enum)]
// Built once per step and handed straight to UniFFI, which serializes it;
// a `Box` would not change the bytes that cross, only add an allocation.
#[allow(clippy::large_enum_variant)]
pub enum InterviewStep {
    /// Ask this question next.
    Ask {
        /// The question.
        question: Question,
        /// How far along the interview is.
        progress: InterviewProgress,
    },
    /// The interview is over.
    Done {
        /// The assessment built from the answers.
        assessment: Assessment,
        /// Its triage.
        triage: Triage,
        /// True when it ended before every question was asked: an emergency,
        /// or an urgent result that no answer left could raise.
        stopped_early: bool,
        /// Progress at the end.
        progress: InterviewProgress,
        /// The questions not asked because no answer could make it more urgent.
        not_asked: Vec<QuestionId>,
    },
}

fn replies(answers: HashMap<QuestionId, Reply>) -> core::interview::Replies {
    answers.into_iter().collect()
}

/// The next interview step from the typed answers so far, under a policy
/// (default: the self-check). Stateless: send all answers each time. Each
/// call checks every answer, so a contradiction is reported at its second
/// answer, naming both questions ([`PiriformisError::Contradiction`]).
#[uniffi::export(default(policy = None))]
pub fn next_step(
    answers: HashMap<QuestionId, Reply>,
    policy: Option<TriagePolicy>,
) -> Result<InterviewStep> {
    use core::interview::Step;
    let policy = policy.unwrap_or(TriagePolicy::SelfCheck);
    Ok(
        match core::interview::next_step_replies(&replies(answers), policy)? {
            Step::Ask { question, progress } => InterviewStep::Ask {
                question: question.into(),
                progress: progress.into(),
            },
            Step::Done {
                assessment,
                triage,
                stopped_early,
                progress,
                not_asked,
            } => InterviewStep::Done {
                assessment: assessment.into(),
                triage: (*triage).into(),
                stopped_early,
                progress: progress.into(),
                not_asked,
            },
        },
    )
}

/// Every interview question, in the order asked.
#[uniffi::export]
pub fn catalogue() -> Vec<Question> {
    core::interview::catalogue()
        .into_iter()
        .map(Into::into)
        .collect()
}

/// Typed answers as JSON to store on the device, with the catalogue version
/// they were given under (`{"catalogue_version": 1, "answers": {...}}`).
#[uniffi::export]
pub fn answers_to_json(answers: HashMap<QuestionId, Reply>) -> String {
    core::interview::answers_to_json(&core::interview::answers_of(&replies(answers)))
}

/// Answers restored from JSON.
#[derive(Debug, Clone, uniffi::Record)]
pub struct RestoredAnswers {
    /// The answers that still fit, typed.
    pub answers: HashMap<QuestionId, Reply>,
    /// The answers left out (lenient mode only; strict mode fails instead).
    pub dropped: Vec<core::interview::DroppedAnswer>,
    /// The catalogue version they were saved under, when saved by [`answers_to_json`].
    pub saved_version: Option<i32>,
}

fn typed(answers: core::interview::Answers) -> Result<HashMap<QuestionId, Reply>> {
    answers
        .iter()
        .map(|(&q, v)| Ok((q, Reply::read(q, v)?)))
        .collect()
}

/// Restores answers saved by [`answers_to_json`] (or a bare JSON object of
/// answers). Strict by default: an answer the current catalogue does not
/// accept fails, naming it. `lenient = true` is for answers saved before a
/// library update: such answers are left out and listed in `dropped`, and
/// their questions are asked again (unknown, never "no").
#[uniffi::export(default(lenient = false))]
pub fn answers_from_json(json: String, lenient: bool) -> Result<RestoredAnswers> {
    if !lenient {
        let answers = core::interview::answers_from_json(&json)?;
        let saved = core::interview::answers_from_json_lenient(&json)?.saved_version;
        return Ok(RestoredAnswers {
            answers: typed(answers)?,
            dropped: Vec::new(),
            saved_version: saved.map(i32::from),
        });
    }
    let core::interview::RestoredAnswers {
        answers,
        dropped,
        saved_version,
    } = core::interview::answers_from_json_lenient(&json)?;
    Ok(RestoredAnswers {
        answers: typed(answers)?,
        dropped,
        saved_version: saved_version.map(i32::from),
    })
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
    /// Minutes available today, in the range `minutes` of [`ranges()`].
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
    pub min: i32,
    /// The high end.
    pub max: i32,
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
        min: i32::from(s.min.into()),
        max: i32::from(s.max.into()),
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
            frequency: frequency.into(),
        }
    }
}

/// One step of a routine.
#[derive(Debug, Clone, uniffi::Record)]
pub struct RoutineStep {
    /// 1-based position.
    pub order: i32,
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
    pub seconds: i32,
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
    pub total_seconds: i32,
    /// The budget in seconds.
    pub budget_seconds: i32,
    /// What was left out and why.
    pub skipped: Vec<core::routine::Skipped>,
    /// The safety gates that held something back today.
    pub gates: Vec<core::routine::GateNote>,
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
            order: i32::from(order),
            exercise,
            name: name.into_owned(),
            stage,
            dosage: dosage.into(),
            sides,
            seconds: int(seconds),
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
            total_seconds: int(total_seconds),
            budget_seconds: int(budget_seconds),
            skipped,
            gates,
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
        triage: request.triage.map(|t| Cow::Owned(t.into())),
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
/// when self-care fits. `minutes` is in the range `minutes` of [`ranges()`]
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
        triage: r.triage.as_deref().cloned().map(Into::into),
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
    let allows_self_care = plan.allows_self_care();
    // The plan borrowed the triage; it is done with it now.
    drop(plan);
    Ok(TodaysPlan {
        triage: triage.into(),
        allows_self_care,
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
    /// Pain that day, in the range `pain` of [`ranges()`].
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
    pub peak: i32,
}

/// The analysis of a pain log.
#[derive(Debug, Clone, uniffi::Record)]
pub struct ProgressReport {
    /// Entries analysed.
    pub entries: i32,
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
    pub self_care_weeks: i32,
    /// Share of days with the routine done, percent.
    pub routine_days_percent: i32,
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
            entries: int(entries),
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
                    peak: i32::from(peak),
                })
                .collect(),
            in_flare_now,
            self_care_weeks: i32::from(self_care_weeks),
            routine_days_percent: i32::from(routine_days_percent),
            findings: findings.into_iter().map(Into::into).collect(),
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

/// The body map (back view) of trigger points and referred pain, as data.
/// `side` defaults to right; `highlight` shows one trigger point's referral;
/// `pain_regions` are outlined on top. `zone_colour` and `pain_colour`
/// (`#rgb` or `#rrggbb`) and `labels` (by region, e.g. translations) style it.
#[uniffi::export(default(side = None, highlight = None, pain_regions = [], zone_colour = None, pain_colour = None, labels = None))]
pub fn body_map(
    side: Option<Side>,
    highlight: Option<TriggerPoint>,
    pain_regions: Vec<BodyRegion>,
    zone_colour: Option<String>,
    pain_colour: Option<String>,
    labels: Option<HashMap<BodyRegion, String>>,
) -> Result<core::picture::BodyMap> {
    let options = core::picture::BodyMapOptions {
        side,
        highlight,
        pain_regions,
    };
    // One label per region (a map), so their order does not matter.
    let labels: Vec<(BodyRegion, String)> = labels.unwrap_or_default().into_iter().collect();
    let style = core::picture::BodyMapStyle {
        zone_colour,
        pain_colour,
        labels,
    };
    Ok(core::picture::body_map(&options, &style)?)
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
    pub candidates: Vec<core::lookup::Candidate>,
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
        candidates,
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
    #[test]
    fn every_choice_crosses_with_its_typed_reply() {
        for q in catalogue() {
            let core_q = q.id.question();
            assert_eq!(q.choices.len(), core_q.choices().len(), "{:?}", q.id);
            assert!(q.choices.iter().all(|c| c.reply.kind() == q.reply_kind));
        }
    }

    #[test]
    fn the_interview_runs_on_typed_replies_and_errors_name_questions() {
        let mut answers = HashMap::new();
        answers.insert(
            QuestionId::SevereOrConstantPain,
            Reply::YesNo {
                value: core::interview::YesNo::Yes,
            },
        );
        assert!(matches!(
            next_step(answers.clone(), None).unwrap(),
            InterviewStep::Ask { .. }
        ));
        answers.insert(QuestionId::PainNow, Reply::Number { value: 0 });
        match next_step(answers.clone(), None).unwrap_err() {
            PiriformisError::Contradiction { questions, .. } => assert_eq!(
                questions,
                [QuestionId::PainNow, QuestionId::SevereOrConstantPain]
            ),
            other => panic!("{other:?}"),
        }
        answers.insert(QuestionId::PainNow, Reply::Number { value: 11 });
        match next_step(answers, None).unwrap_err() {
            PiriformisError::InvalidInput {
                question, allowed, ..
            } => {
                assert_eq!(question, Some(QuestionId::PainNow));
                assert_eq!(allowed, [ranges::PAIN.allowed()]);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn answers_survive_a_save_and_a_catalogue_change() {
        let mut answers = HashMap::new();
        answers.insert(QuestionId::Side, Reply::Side { value: Side::Left });
        answers.insert(QuestionId::PainNow, Reply::Number { value: 3 });
        let json = answers_to_json(answers.clone());
        let back = answers_from_json(json.clone(), false).unwrap();
        assert_eq!(back.answers, answers);
        assert_eq!(
            back.saved_version,
            Some(i32::from(core::interview::CATALOGUE_VERSION))
        );
        let old = json.replace("\"side\"", "\"retired_question\"");
        assert!(answers_from_json(old.clone(), false).is_err());
        let lenient = answers_from_json(old, true).unwrap();
        assert_eq!(lenient.answers.len(), 1);
        assert_eq!(lenient.dropped[0].question, "retired_question");
    }

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
            matches!(&err, PiriformisError::InvalidInput { field: Some(f), allowed: a, .. }
                if f == "name" && a.iter().any(|n| n == "RedFlag"))
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
            pain_now: Some(-3),
            red_flags,
            ..Assessment::default()
        };
        match triage(a, None).unwrap_err() {
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
                assert_eq!(allowed, [DATE_FORMAT]);
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
        assert_eq!(t.rules_version, i32::from(core::triage::RULES_VERSION));
        let back: core::TriageResult = t.clone().into();
        assert_eq!(back.rules_version, core::triage::RULES_VERSION);
        assert_eq!(back.likely_source.piriformis, t.likely_source.piriformis);
        assert!(back.fired.iter().all(|f| !f.sources.is_empty()));
    }
}
