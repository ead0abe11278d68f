//! Kotlin and Swift bindings for piriformis, generated with UniFFI.
//!
//! Thin by design: the vocabularies are the core's own enums, restated with
//! `#[uniffi::remote]` (the compiler checks the two agree); results are
//! mirror records filled from the core's types; every function validates in
//! the core and maps its typed error onto [`PiriformisError`], whose message
//! is the same text as in Rust.
//!
//! This is general information, not medical advice.
#![forbid(unsafe_code)]

use std::collections::HashMap;

use chrono::NaiveDate;
use piriformis_core as core;
use piriformis_core::Vocabulary;

uniffi::setup_scaffolding!("piriformis");

use core::RedFlag;
use core::exercise::{Equipment, Exercise, Phase, Stage, StopCue};
use core::interview::{AnswerKind, AnswerValue, QuestionId};
use core::progress::Trend;
use core::routine::{GateId, Level, SkipReason};
use core::symptom::{Aggravator, TenderArea};
use core::triage::{
    Answer, Caution, Disposition, Legs, LikelySource, NerveStatus, Pathway, RuleId, Side,
    TriagePolicy,
};
use core::trigger_point::{BodyRegion, PainQuality, TriggerPoint};

/// How soon to get care, lowest first.
#[uniffi::remote(Enum)]
pub enum Disposition {
    SelfCare,
    SeeClinician,
    SeeClinicianSoon,
    Urgent,
    Emergency,
}

/// Which guidance sets the tiers: the patient-facing self-check (default) or clinician referral timelines.
#[uniffi::remote(Enum)]
pub enum TriagePolicy {
    SelfCheck,
    ClinicianReferral,
}

/// The serious cause a triage rule stands for.
#[uniffi::remote(Enum)]
pub enum Pathway {
    CaudaEquina,
    Cancer,
    Infection,
    Fracture,
    NerveDeficit,
    Mechanical,
    Unanswered,
}

/// Which side hurts.
#[uniffi::remote(Enum)]
pub enum Side {
    Left,
    Right,
    Both,
}

/// An answer to a yes/no finding; unknown is never taken as "no".
#[uniffi::remote(Enum)]
pub enum Answer {
    Present,
    Absent,
    Unknown,
}

/// The state of a nerve symptom.
#[uniffi::remote(Enum)]
pub enum NerveStatus {
    Absent,
    Stable,
    Worsening,
    Unknown,
}

/// How many legs have pain or nerve symptoms running down them.
#[uniffi::remote(Enum)]
pub enum Legs {
    Neither,
    One,
    Both,
    Unknown,
}

/// Where the pain most likely comes from.
#[uniffi::remote(Enum)]
pub enum LikelySource {
    Piriformis,
    Spinal,
    Mixed,
    Unclear,
}

/// A red-flag finding.
#[uniffi::remote(Enum)]
pub enum RedFlag {
    BladderOrBowelControl,
    SaddleNumbness,
    BothLegs,
    SexualDysfunction,
    FootDrop,
    UnsteadyWalking,
    Fever,
    UnexplainedWeightLoss,
    NightSweats,
    PainNotEasedByRest,
    HistoryOfCancer,
    Immunosuppression,
    OsteoporosisOrSteroids,
    NewPainUnder20OrOver50,
    SevereOrConstantPain,
    SeriousAccident,
    PainGettingWorse,
    CaudaEquinaSignsRecent,
    InjectingDrugUse,
    RecentInfection,
}

/// The id of a triage rule.
#[uniffi::remote(Enum)]
pub enum RuleId {
    BladderOrBowel,
    SaddleNumbness,
    BothLegs,
    SexualDysfunction,
    CaudaEquinaRecent,
    SeriousAccident,
    CancerWithNerveSigns,
    FootDrop,
    UnsteadyWalking,
    WorseningWeakness,
    FeverWithInfectionRisk,
    FeverWithWeightLossOrSweats,
    CancerWithSpinalPain,
    FallWithFragileBones,
    Fever,
    WeightLoss,
    PainNotEasedByRest,
    NightSweats,
    HistoryOfCancer,
    Immunosuppression,
    OsteoporosisOrSteroids,
    NewPainAge,
    WorseningNumbnessOrTingling,
    AfterFallOrAccident,
    StableWeakness,
    SevereOrConstantPain,
    SeverePainScore,
    PainGettingWorse,
    NoImprovement,
    KeepsComingBack,
    EmergencySignsUnanswered,
    UrgentSignsUnanswered,
    RedFlagsUnanswered,
    NoWarningSigns,
}

/// A caution shown with the disposition.
#[uniffi::remote(Enum)]
pub enum Caution {
    NerveSymptomsGentle,
    NoHeatOnNumbSkin,
    StartGently,
    AnswerRedFlags,
    SafetyNet,
}

/// A body region where pain can be felt.
#[uniffi::remote(Enum)]
pub enum BodyRegion {
    LowerBack,
    SacroiliacRegion,
    Buttock,
    BackOfHip,
    OuterHip,
    BackOfThigh,
    Calf,
    Foot,
}

/// The three piriformis trigger-point zones.
#[uniffi::remote(Enum)]
pub enum TriggerPoint {
    Medial,
    Central,
    Lateral,
}

/// How the pain feels.
#[uniffi::remote(Enum)]
pub enum PainQuality {
    Aching,
    Dull,
    Sharp,
    Burning,
    Jolt,
    Tight,
}

/// Something that makes the pain worse.
#[uniffi::remote(Enum)]
pub enum Aggravator {
    ProlongedSitting,
    HardSurface,
    PressureOnButtock,
    CrossingLegs,
    HipInternalRotation,
    ClimbingStairs,
    Running,
    Twisting,
    BendingAtHip,
    Coughing,
    Sneezing,
    SpineBendingOrTwisting,
}

/// Where a tender spot is felt when pressed.
#[uniffi::remote(Enum)]
pub enum TenderArea {
    DeepButtock,
    Spine,
}

/// New flare or ongoing tightness.
#[uniffi::remote(Enum)]
pub enum Phase {
    NewFlare,
    ChronicTightness,
}

/// Equipment beyond hands, floor and a wall or chair.
#[uniffi::remote(Enum)]
pub enum Equipment {
    FoamRoller,
    Ball,
    MassageStick,
    ResistanceBand,
    HeatPack,
    ColdPack,
}

/// A self-treatment technique or exercise.
#[uniffi::remote(Enum)]
pub enum Exercise {
    Heat,
    Cold,
    FindTheSpots,
    HandPressure,
    FoamRollerRelease,
    BallRelease,
    MassageStickRelease,
    FigureFourStretch,
    SeatedStretch,
    HipCircles,
    PelvicTilts,
    GluteBridge,
    Clamshell,
    LateralBandWalk,
    Plank,
    SidePlank,
}

/// The stage of a session, in the guide's order.
#[uniffi::remote(Enum)]
pub enum Stage {
    Prepare,
    Locate,
    Release,
    Stretch,
    Mobility,
    Strengthen,
}

/// A reason to stop or ease off.
#[uniffi::remote(Enum)]
pub enum StopCue {
    SharpPain,
    StrongLegPain,
    NumbnessOrTinglingIncreases,
    NerveLikePain,
    SkinTooHotColdOrNumb,
    LosingForm,
}

/// How hard today's doses are.
#[uniffi::remote(Enum)]
pub enum Level {
    Gentle,
    Standard,
    Progressed,
}

/// Why an exercise is left out.
#[uniffi::remote(Enum)]
pub enum SkipReason {
    NeedsEquipment,
    NotForPhase,
    OverTimeBudget,
    AnotherChosen,
    HeldBack,
}

/// A safety gate that holds part of a routine back.
#[uniffi::remote(Enum)]
pub enum GateId {
    NoHeatWithNerveSymptoms,
    NoHeatOnNumbSkin,
    InfectionPathway,
    FracturePathway,
    CancerPathway,
    OpenWarningSigns,
    NoRollerWithNerveSymptoms,
}

/// A safety gate that applied, and why.
#[derive(Debug, Clone, uniffi::Record)]
pub struct GateNote {
    /// Its id.
    pub id: GateId,
    /// Why, in plain words.
    pub text: String,
}

/// The direction of pain over time.
#[uniffi::remote(Enum)]
pub enum Trend {
    Improving,
    Stable,
    Worsening,
    NotEnoughData,
}

/// An interview question id.
#[uniffi::remote(Enum)]
pub enum QuestionId {
    BladderOrBowelControl,
    SaddleNumbness,
    BothLegs,
    SexualDysfunction,
    CaudaEquinaSignsRecent,
    SeriousAccident,
    FootDrop,
    UnsteadyWalking,
    Weakness,
    Fever,
    InjectingDrugUse,
    RecentInfection,
    UnexplainedWeightLoss,
    PainNotEasedByRest,
    HistoryOfCancer,
    NightSweats,
    Immunosuppression,
    OsteoporosisOrSteroids,
    NewPainUnder20OrOver50,
    AfterFallOrAccident,
    Numbness,
    Tingling,
    SevereOrConstantPain,
    PainGettingWorse,
    Side,
    PainNow,
    PainRegions,
    PainQualities,
    WorseWith,
    TenderAreas,
    SelfCareWeeks,
    SelfCareHelped,
    KeepsComingBack,
}

/// The kind of answer a question takes.
#[uniffi::remote(Enum)]
pub enum AnswerKind {
    YesNo,
    OneOf,
    SeveralOf,
    Scale0To10,
    Weeks,
}

/// An answer: a number, one choice id, or several choice ids.
#[uniffi::remote(Enum)]
pub enum AnswerValue {
    Number(f64),
    Choice(String),
    Choices(Vec<String>),
}

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

fn invalid(field: &str, allowed: &str, value: impl std::fmt::Display) -> PiriformisError {
    core::Error::OutOfRange {
        field: field.into(),
        value: value.to_string(),
        allowed: allowed.into(),
    }
    .into()
}

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
    /// Pain now, 0-10.
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
    /// Weeks of self-care so far.
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
        let pain_now = match a.pain_now {
            Some(p) => {
                Some(u8::try_from(p).map_err(|_| invalid("pain_now", "whole numbers 0-10", p))?)
            }
            None => None,
        };
        let self_care_weeks = match a.self_care_weeks {
            Some(w) => Some(u16::try_from(w).map_err(|_| invalid("self_care_weeks", "0-520", w))?),
            None => None,
        };
        let n = a.nerve.unwrap_or(NerveSymptoms {
            numbness: NerveStatus::Unknown,
            tingling: NerveStatus::Unknown,
            weakness: NerveStatus::Unknown,
            legs: Legs::Unknown,
        });
        Ok(core::Assessment {
            side: a.side,
            pain_now,
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
            self_care_weeks,
            self_care_helped: a.self_care_helped,
            keeps_coming_back: a.keeps_coming_back,
        })
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
    /// Where it comes from, one line per source.
    pub sources: Vec<String>,
}

/// A caution and its text.
#[derive(Debug, Clone, uniffi::Record)]
pub struct CautionNote {
    /// Its id.
    pub id: Caution,
    /// The text.
    pub text: String,
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
    /// Where the pain most likely comes from.
    pub likely_source: LikelySource,
    /// Why, with the counts.
    pub source_explanation: String,
    /// How many features point to the piriformis.
    pub piriformis_features: u32,
    /// How many features point to the spine.
    pub spinal_features: u32,
    /// Cautions to show.
    pub cautions: Vec<CautionNote>,
    /// Red flags not yet answered.
    pub unanswered: Vec<RedFlag>,
    /// The not-medical-advice notice.
    pub notice: String,
}

impl From<core::TriageResult> for Triage {
    fn from(r: core::TriageResult) -> Self {
        Self {
            policy: r.policy,
            disposition: r.disposition,
            action: r.action.into_owned(),
            provisional: r.provisional,
            fired: r
                .fired
                .into_iter()
                .map(|f| FiredRule {
                    id: f.id,
                    pathway: f.pathway,
                    disposition: f.disposition,
                    text: f.text.into_owned(),
                    sources: f.sources.iter().map(|s| s.describe().to_string()).collect(),
                })
                .collect(),
            likely_source: r.likely_source.verdict,
            source_explanation: r.likely_source.explanation,
            piriformis_features: r.likely_source.piriformis.len() as u32,
            spinal_features: r.likely_source.spinal.len() as u32,
            cautions: r
                .cautions
                .into_iter()
                .map(|c| CautionNote {
                    id: c.id,
                    text: c.text.into_owned(),
                })
                .collect(),
            unanswered: r.unanswered,
            notice: r.notice.into_owned(),
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
        Self {
            id: q.id,
            prompt: q.prompt,
            help: q.help,
            kind: q.kind,
            choices: q
                .choices
                .into_iter()
                .map(|c| Choice {
                    id: c.id,
                    label: c.label,
                })
                .collect(),
            tier: q.tier,
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
    let answers: core::interview::Answers = answers.into_iter().collect();
    Ok(match core::interview::next_step_with(&answers, policy)? {
        core::interview::Step::Ask { question, progress } => InterviewStep {
            question: Some(question.into()),
            triage: None,
            stopped_early: false,
            asked: u32::from(progress.asked),
            remaining_at_most: u32::from(progress.remaining_at_most),
        },
        core::interview::Step::Done {
            triage,
            stopped_early,
            progress,
            ..
        } => InterviewStep {
            question: None,
            triage: Some((*triage).into()),
            stopped_early,
            asked: u32::from(progress.asked),
            remaining_at_most: 0,
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
    /// Minutes available today, 1-120.
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
    /// Today's dose in words, e.g. "hold 25 s, 2 times, per side, daily".
    pub dose: String,
    /// Seconds per hold, if held.
    pub hold_seconds: Option<u32>,
    /// Minutes of application (heat, cold), if timed.
    pub minutes: Option<u32>,
    /// Repetitions or holds per set.
    pub reps: Option<u32>,
    /// Sets.
    pub sets: Option<u32>,
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
    /// Everyday habits, as advice.
    pub habits: Vec<String>,
    /// Done every day.
    pub daily: Vec<Exercise>,
    /// Done three days a week.
    pub three_days_a_week: Vec<Exercise>,
    /// What to do in a flare.
    pub in_a_flare: String,
    /// General cautions.
    pub cautions: Vec<String>,
    /// The not-medical-advice notice.
    pub notice: String,
}

fn core_triage(t: Triage) -> core::TriageResult {
    core::TriageResult {
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
                sources: f.id.sources().into(),
            })
            .collect(),
        likely_source: core::triage::SourceAssessment {
            verdict: t.likely_source,
            piriformis: vec![],
            spinal: vec![],
            explanation: t.source_explanation,
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

/// Builds today's routine.
#[uniffi::export]
pub fn build_routine(request: RoutineRequest) -> Result<Routine> {
    let minutes = u16::try_from(request.minutes)
        .map_err(|_| invalid("minutes", "whole numbers 1-120", request.minutes))?;
    let req = core::routine::RoutineRequest {
        side: request.side,
        phase: request.phase,
        equipment: request.equipment,
        minutes,
        nerve_symptoms: request.nerve_symptoms,
        trend: request.trend,
        triage: request.triage.map(core_triage),
    };
    let r = core::routine::build_routine(&req)?;
    let n = |x: Option<core::units::Span<core::units::Count>>| x.map(|s| u32::from(s.min.0));
    Ok(Routine {
        level: r.level,
        level_reason: r.level_reason.into_owned(),
        steps: r
            .steps
            .into_iter()
            .map(|s| RoutineStep {
                order: u32::from(s.order),
                exercise: s.exercise,
                name: s.name.into_owned(),
                stage: s.stage,
                dose: s.dosage.to_string(),
                hold_seconds: s.dosage.hold.map(|h| u32::from(h.min.0)),
                minutes: s.dosage.duration.map(|d| u32::from(d.min.0)),
                reps: n(s.dosage.reps),
                sets: n(s.dosage.sets),
                sides: s.sides,
                seconds: s.seconds,
                how_to: s.how_to.into_iter().map(|h| h.into_owned()).collect(),
                stop_if_text: s.stop_if.iter().map(|c| c.text().to_string()).collect(),
                stop_if: s.stop_if,
                feel: s.feel.into_owned(),
                nerve_note: s.nerve_note.map(|n| n.into_owned()),
            })
            .collect(),
        total_seconds: r.total_seconds,
        budget_seconds: r.budget_seconds,
        skipped: r
            .skipped
            .into_iter()
            .map(|s| Skipped {
                exercise: s.exercise,
                reason: s.reason,
            })
            .collect(),
        gates: r
            .gates
            .into_iter()
            .map(|g| GateNote {
                id: g.id,
                text: g.text.into_owned(),
            })
            .collect(),
        habits: r
            .habits
            .iter()
            .map(|h| h.record().advice.to_string())
            .collect(),
        daily: r.weekly_plan.daily,
        three_days_a_week: r.weekly_plan.three_days_a_week,
        in_a_flare: r.weekly_plan.in_a_flare.into_owned(),
        cautions: r.cautions.into_iter().map(|c| c.into_owned()).collect(),
        notice: r.notice.into_owned(),
    })
}

/// One day of the pain log.
#[derive(Debug, Clone, uniffi::Record)]
pub struct LogEntry {
    /// The day, as YYYY-MM-DD.
    pub date: String,
    /// Pain that day, 0-10.
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
    /// First day, YYYY-MM-DD.
    pub start: String,
    /// Last day, YYYY-MM-DD.
    pub end: String,
    /// Highest pain.
    pub peak: u32,
}

/// The analysis of a pain log.
#[derive(Debug, Clone, uniffi::Record)]
pub struct ProgressReport {
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
    /// Weeks of self-care logged.
    pub self_care_weeks: u32,
    /// Share of days with the routine done, percent.
    pub routine_days_percent: u32,
    /// No improvement after the configured weeks of self-care.
    pub no_improvement: bool,
    /// Keeps coming back.
    pub keeps_coming_back: bool,
    /// The numbers in words.
    pub summary: String,
}

fn date(field: &str, s: &str) -> Result<NaiveDate> {
    s.parse::<NaiveDate>()
        .map_err(|_| invalid(field, "dates as YYYY-MM-DD", format!("'{s}'")))
}

fn core_log(log: &[LogEntry], today: &str) -> Result<(Vec<core::progress::LogEntry>, NaiveDate)> {
    let today = date("today", today)?;
    let entries = log
        .iter()
        .enumerate()
        .map(|(i, e)| {
            Ok(core::progress::LogEntry {
                date: date(&format!("log[{i}].date"), &e.date)?,
                pain: u8::try_from(e.pain).map_err(|_| {
                    invalid(&format!("log[{i}].pain"), "whole numbers 0-10", e.pain)
                })?,
                nerve_symptoms: e.nerve_symptoms,
                routine_done: e.routine_done,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    Ok((entries, today))
}

/// Analyses a pain log as of `today` (YYYY-MM-DD), with the default thresholds.
#[uniffi::export]
pub fn analyze_progress(log: Vec<LogEntry>, today: String) -> Result<ProgressReport> {
    let (entries, today) = core_log(&log, &today)?;
    let r = core::progress::analyze(&entries, today, &core::progress::ProgressConfig::default())?;
    use core::progress::Finding;
    Ok(ProgressReport {
        trend: r.trend,
        recent_mean: r.recent_mean,
        earlier_mean: r.earlier_mean,
        change: r.change,
        flares: r
            .flares
            .iter()
            .map(|f| Flare {
                start: f.start.to_string(),
                end: f.end.to_string(),
                peak: u32::from(f.peak),
            })
            .collect(),
        in_flare_now: r.in_flare_now,
        self_care_weeks: u32::from(r.self_care_weeks),
        routine_days_percent: u32::from(r.routine_days_percent),
        no_improvement: r
            .findings
            .iter()
            .any(|f| matches!(f, Finding::NoImprovement { .. })),
        keeps_coming_back: r
            .findings
            .iter()
            .any(|f| matches!(f, Finding::KeepsComingBack { .. })),
        summary: r.summary,
    })
}

/// Every id of a vocabulary, by its name (e.g. "RedFlag"), as in JSON.
#[uniffi::export]
pub fn vocabulary_ids(name: String) -> Result<Vec<String>> {
    fn ids<T: Vocabulary>() -> Vec<String> {
        T::ids().into_iter().map(str::to_string).collect()
    }
    Ok(match name.as_str() {
        "Disposition" => ids::<Disposition>(),
        "RedFlag" => ids::<RedFlag>(),
        "RuleId" => ids::<RuleId>(),
        "Exercise" => ids::<Exercise>(),
        "Equipment" => ids::<Equipment>(),
        "QuestionId" => ids::<QuestionId>(),
        "TriagePolicy" => ids::<TriagePolicy>(),
        "Pathway" => ids::<Pathway>(),
        _ => {
            return Err(core::Error::UnknownValue {
                field: "name".into(),
                value: name,
                allowed: "Disposition, RedFlag, RuleId, Exercise, Equipment, QuestionId, TriagePolicy, Pathway"
                    .into(),
            }
            .into());
        }
    })
}

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
pub fn progress_chart_svg(log: Vec<LogEntry>, today: String) -> Result<String> {
    let (entries, today) = core_log(&log, &today)?;
    Ok(core::picture::progress_chart_svg(
        &entries,
        today,
        &core::progress::ProgressConfig::default(),
    )?)
}

/// A trigger point that may explain pain in the given regions.
#[derive(Debug, Clone, uniffi::Record)]
pub struct PainCandidate {
    /// The trigger point.
    pub trigger_point: TriggerPoint,
    /// Painful regions in its essential zone.
    pub essential: Vec<BodyRegion>,
    /// Painful regions in its spillover zone.
    pub spillover: Vec<BodyRegion>,
    /// Why it is listed, and how to find it.
    pub explanation: String,
}

/// The result of [`pain_lookup`].
#[derive(Debug, Clone, uniffi::Record)]
pub struct PainLookup {
    /// Candidates, best first.
    pub candidates: Vec<PainCandidate>,
    /// Regions no piriformis trigger point refers to.
    pub unexplained: Vec<BodyRegion>,
    /// For each unexplained region, the look-alike conditions to consider (names).
    pub consider: Vec<String>,
}

/// Which trigger points could explain pain in these regions, essential zones first.
#[uniffi::export]
pub fn pain_lookup(regions: Vec<BodyRegion>, side: Side) -> PainLookup {
    let r = core::lookup::lookup(&regions, side);
    PainLookup {
        candidates: r
            .candidates
            .into_iter()
            .map(|c| PainCandidate {
                trigger_point: c.trigger_point,
                essential: c.essential,
                spillover: c.spillover,
                explanation: c.explanation,
            })
            .collect(),
        unexplained: r.unexplained.iter().map(|u| u.region).collect(),
        consider: r
            .unexplained
            .iter()
            .flat_map(|u| u.consider.iter().map(|m| m.record().name.to_string()))
            .collect(),
    }
}
