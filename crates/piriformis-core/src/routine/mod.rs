//! Routines: today's plan in the guide's order (prepare, find the spots,
//! release, stretch, mobility, strengthen, plus habits), with typed dosage,
//! time estimates, stop-if cues and a weekly plan with progression.
//!
//! Gates: no routine when triage says urgent or emergency; cold, not heat, in
//! a new flare; nothing that needs equipment the user lacks; never over the
//! time budget (the essentials first); gentle doses and explicit ease-off
//! cues with nerve symptoms or a flare. What a triage holds back (heat on
//! numb skin; pressure, massage tools and heat while an infection, fracture or
//! cancer pathway fired or a serious question is open) is the [`GATES`] table.
//!
//! After a self-check, [`todays_request`] ([`plan`]) turns the assessment and
//! its triage into today's request, with the reason for each choice.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::care::NOTICE;
use crate::error::{Error, Result};
use crate::exercise::{Equipment, Exercise, Habit, NerveAdvice, Phase, Stage, StopCue};
use crate::progress::Trend;
use crate::source::{Citation, GuideSection, Source};
use crate::triage::{Caution, Disposition, Pathway, Side, TriageResult};
use crate::units::{Dosage, Laterality, Span};
use crate::vocab::{Vocabulary, vocabulary};

pub mod plan;

pub use plan::*;

vocabulary! {
    /// How hard today's doses are, within the guide's ranges.
    pub enum Level {
        /// The low end of every range: new flares, nerve symptoms, getting worse.
        Gentle,
        /// The middle of every range.
        Standard,
        /// The high end of every range: for steady improvement.
        Progressed,
    }
}

vocabulary! {
    /// Why an exercise is not in today's routine.
    pub enum SkipReason {
        /// It needs equipment you don't have.
        NeedsEquipment,
        /// It does not suit this phase (heat or strength work in a new flare).
        NotForPhase,
        /// It did not fit in the time available.
        OverTimeBudget,
        /// Another technique of the same kind was chosen.
        AnotherChosen,
        /// Held back for safety by a gate (see the routine's `gates`).
        HeldBack,
    }
}

vocabulary! {
    /// A safety gate: a row of [`GATES`].
    pub enum GateId {
        /// Nerve symptoms: no heat, the skin may not feel a burn.
        NoHeatWithNerveSymptoms,
        /// The triage found numb skin: no heat.
        NoHeatOnNumbSkin,
        /// A possible infection: no heat or pressure until checked.
        InfectionPathway,
        /// A possible fracture: no pressure or heat until checked.
        FracturePathway,
        /// Possible cancer in the spine: no pressure or heat until checked.
        CancerPathway,
        /// A warning-sign question that could need care within 2 weeks is open.
        OpenWarningSigns,
        /// Nerve symptoms: no foam roller, which presses with the body's whole
        /// weight near the sciatic nerve; the hand or a ball against a wall can
        /// keep the pressure light.
        NoRollerWithNerveSymptoms,
    }
}

vocabulary! {
    /// What a gate holds back.
    pub enum Held {
        /// Heat.
        Heat,
        /// Pressure on the muscle: finding the spots, and every release
        /// technique with the hand, a ball, a foam roller or a massage stick.
        Pressure,
        /// The foam roller only.
        Roller,
    }
}

/// When a gate applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GateWhen {
    /// The request reports nerve symptoms.
    NerveSymptoms,
    /// The triage passed in carries this caution.
    TriageCaution(Caution),
    /// A rule of this pathway fired in the triage passed in.
    Pathway(Pathway),
    /// The triage passed in has an open red-flag question whose own tier is at least this.
    OpenQuestionAtLeast(Disposition),
}

/// A safety gate: when it applies, what it holds back, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Gate {
    /// Its id.
    pub id: GateId,
    /// When it applies.
    pub when: GateWhen,
    /// What it holds back.
    pub holds: &'static [Held],
    /// Why, in plain words.
    pub text: &'static str,
    /// Where it comes from.
    pub sources: &'static [Source],
}

const HEAT_SOURCES: &[Source] = &[
    Source::Guide(GuideSection::HeatAndCold),
    Source::Cited(Citation::Nhs111Wales),
];
const LIGHT_PRESSURE: &[Source] = &[
    Source::Guide(GuideSection::ManualTherapy),
    Source::ProjectDefault,
];
const UNTIL_CHECKED: &[Source] = &[
    Source::Guide(GuideSection::WarningSigns),
    Source::ProjectDefault,
];

/// The safety gates, as data.
pub const GATES: &[Gate] = &[
    Gate {
        id: GateId::NoHeatWithNerveSymptoms,
        when: GateWhen::NerveSymptoms,
        holds: &[Held::Heat],
        text: "No heat today: with numbness or tingling the skin may not feel a burn. Use the other steps.",
        sources: HEAT_SOURCES,
    },
    Gate {
        id: GateId::NoHeatOnNumbSkin,
        when: GateWhen::TriageCaution(Caution::NoHeatOnNumbSkin),
        holds: &[Held::Heat],
        text: "No heat today: do not put heat on skin that is numb.",
        sources: HEAT_SOURCES,
    },
    Gate {
        id: GateId::InfectionPathway,
        when: GateWhen::Pathway(Pathway::Infection),
        holds: &[Held::Heat, Held::Pressure],
        text: "No heat, pressure or massage tools until a clinician has ruled out an infection.",
        sources: UNTIL_CHECKED,
    },
    Gate {
        id: GateId::FracturePathway,
        when: GateWhen::Pathway(Pathway::Fracture),
        holds: &[Held::Heat, Held::Pressure],
        text: "No pressure, massage tools or heat until a clinician has ruled out a broken bone.",
        sources: UNTIL_CHECKED,
    },
    Gate {
        id: GateId::CancerPathway,
        when: GateWhen::Pathway(Pathway::Cancer),
        holds: &[Held::Heat, Held::Pressure],
        text: "No pressure, massage tools or heat until a clinician has checked the spine.",
        sources: UNTIL_CHECKED,
    },
    Gate {
        id: GateId::OpenWarningSigns,
        when: GateWhen::OpenQuestionAtLeast(Disposition::SeeClinicianSoon),
        holds: &[Held::Heat, Held::Pressure],
        text: "Some warning-sign questions are unanswered: no pressure, massage tools or heat until they are answered or a clinician has checked.",
        sources: UNTIL_CHECKED,
    },
    Gate {
        id: GateId::NoRollerWithNerveSymptoms,
        when: GateWhen::NerveSymptoms,
        holds: &[Held::Roller],
        text: "No foam roller today: with nerve symptoms, press lightly with your hand or a ball against a wall instead.",
        sources: LIGHT_PRESSURE,
    },
];

impl Gate {
    /// Whether the gate applies to a request.
    pub fn applies(&self, req: &RoutineRequest<'_>) -> bool {
        let triage = req.triage.as_ref();
        match self.when {
            GateWhen::NerveSymptoms => req.nerve_symptoms,
            GateWhen::TriageCaution(c) => {
                triage.is_some_and(|t| t.cautions.iter().any(|n| n.id == c))
            }
            GateWhen::Pathway(p) => triage.is_some_and(|t| t.fired.iter().any(|f| f.pathway == p)),
            GateWhen::OpenQuestionAtLeast(d) => {
                triage.is_some_and(|t| t.unanswered.iter().any(|f| f.tier_under(t.policy) >= d))
            }
        }
    }
}

impl Held {
    /// Whether this holds back the exercise.
    pub fn covers(self, e: Exercise) -> bool {
        match self {
            Self::Heat => e == Exercise::Heat,
            Self::Pressure => matches!(e.record().stage, Stage::Locate | Stage::Release),
            Self::Roller => e == Exercise::FoamRollerRelease,
        }
    }
}

/// A gate that applied to a routine.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, get_all, module = "piriformis")
)]
pub struct GateNote {
    /// Its id.
    pub id: GateId,
    /// Why, in plain words.
    pub text: Cow<'static, str>,
}

/// What the routine is built for. The triage is borrowed when the caller
/// has it ([`std::borrow::Cow::Borrowed`]), so a request never copies it;
/// one read from JSON owns its own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoutineRequest<'a> {
    /// The sore side.
    pub side: Side,
    /// New flare or ongoing tightness.
    pub phase: Phase,
    /// Equipment at hand; hands, floor and a wall or chair are assumed.
    #[serde(default)]
    pub equipment: Vec<Equipment>,
    /// Minutes available today, 1-120.
    pub minutes: u16,
    /// Numbness, tingling or weakness in the leg.
    #[serde(default)]
    pub nerve_symptoms: bool,
    /// The trend from the pain log, if known.
    #[serde(default)]
    pub trend: Option<Trend>,
    /// The latest triage, if any: urgent or emergency blocks the routine.
    #[serde(default)]
    pub triage: Option<Cow<'a, TriageResult>>,
}

/// One step of the routine.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, get_all, module = "piriformis")
)]
pub struct RoutineStep {
    /// 1-based position.
    pub order: u8,
    /// The exercise.
    pub exercise: Exercise,
    /// Its name.
    pub name: Cow<'static, str>,
    /// Its stage.
    pub stage: Stage,
    /// Today's dose: one point inside the exercise's range.
    pub dosage: Dosage,
    /// The side(s) to do it on.
    pub sides: Vec<Side>,
    /// Estimated time, seconds.
    pub seconds: u32,
    /// How to do it.
    pub how_to: Vec<Cow<'static, str>>,
    /// When to stop or ease off.
    pub stop_if: Vec<StopCue>,
    /// What it should feel like.
    pub feel: Cow<'static, str>,
    /// How to adapt it with nerve symptoms, when that applies.
    pub nerve_note: Option<Cow<'static, str>>,
}

/// An exercise left out, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, get_all, module = "piriformis")
)]
pub struct Skipped {
    /// The exercise.
    pub exercise: Exercise,
    /// Why.
    pub reason: SkipReason,
}

/// The next step up for an exercise.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, get_all, module = "piriformis")
)]
pub struct Progression {
    /// The exercise.
    pub exercise: Exercise,
    /// Today's dose.
    pub now: Dosage,
    /// The dose to move to when today's feels easy for a week.
    pub next: Dosage,
    /// How else to progress it.
    pub how: Cow<'static, str>,
}

/// What to do across the week.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, get_all, module = "piriformis")
)]
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
    pub in_a_flare: Cow<'static, str>,
}

/// Today's routine.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, get_all, module = "piriformis")
)]
pub struct Routine {
    /// The dose level chosen, and why.
    pub level: Level,
    /// Why this level.
    pub level_reason: Cow<'static, str>,
    /// The steps, in order.
    pub steps: Vec<RoutineStep>,
    /// Total estimated time, seconds; never over the budget.
    pub total_seconds: u32,
    /// The budget, seconds.
    pub budget_seconds: u32,
    /// What was left out and why.
    pub skipped: Vec<Skipped>,
    /// The safety gates that held something back today.
    pub gates: Vec<GateNote>,
    /// Everyday habits.
    pub habits: Vec<Habit>,
    /// The week ahead.
    pub weekly_plan: WeeklyPlan,
    /// General cautions.
    pub cautions: Vec<Cow<'static, str>>,
    /// The not-medical-advice notice.
    pub notice: Cow<'static, str>,
}

/// The largest time budget accepted, minutes.
pub const MAX_MINUTES: u16 = 120;
/// How many tender spots a release step assumes per side.
pub const RELEASE_POINTS: u32 = 2;
/// Seconds of rest between holds.
const REST_BETWEEN_HOLDS: u32 = 5;
/// Seconds per repetition of a movement.
const SECONDS_PER_REP: u32 = 3;
/// Seconds of rest between sets.
const REST_BETWEEN_SETS: u32 = 30;

/// Candidates in order of importance: when time is short, the first ones win.
const PRIORITY: &[Exercise] = &[
    Exercise::FigureFourStretch,
    Exercise::BallRelease,
    Exercise::FoamRollerRelease,
    Exercise::MassageStickRelease,
    Exercise::HandPressure,
    Exercise::Cold,
    Exercise::PelvicTilts,
    Exercise::GluteBridge,
    Exercise::Clamshell,
    Exercise::FindTheSpots,
    Exercise::HipCircles,
    Exercise::Heat,
    Exercise::LateralBandWalk,
    Exercise::Plank,
    Exercise::SidePlank,
    Exercise::SeatedStretch,
];

fn at_level<U: Copy + Ord + From<u16> + Into<u16>>(span: Span<U>, level: Level) -> Span<U> {
    let (lo, hi) = (span.min.into(), span.max.into());
    let v = match level {
        Level::Gentle => lo,
        Level::Standard => lo + (hi - lo) / 2,
        Level::Progressed => hi,
    };
    Span::new(U::from(v), U::from(v))
}

/// The exercise's dose at a level: one point inside its range.
pub fn dose(exercise: Exercise, level: Level) -> Dosage {
    let d = exercise.record().dosage;
    Dosage {
        hold: d.hold.map(|s| at_level(s, level)),
        duration: d.duration.map(|s| at_level(s, level)),
        reps: d.reps.map(|s| at_level(s, level)),
        sets: d.sets.map(|s| at_level(s, level)),
        ..d
    }
}

fn sides_for(laterality: Laterality, side: Side) -> Vec<Side> {
    match (laterality, side) {
        (Laterality::Whole, _) => vec![],
        // Per side: the sore side first, then the other.
        (Laterality::PerSide | Laterality::PerSideEachDirection, Side::Right) => {
            vec![Side::Right, Side::Left]
        }
        (Laterality::SoreSide, Side::Both)
        | (Laterality::PerSide | Laterality::PerSideEachDirection, _) => {
            vec![Side::Left, Side::Right]
        }
        (Laterality::SoreSide, s) => vec![s],
    }
}

/// Estimated seconds for one exercise at a dose.
pub fn estimate_seconds(exercise: Exercise, dosage: &Dosage, side: Side) -> u32 {
    let r = exercise.record();
    let sides = sides_for(dosage.laterality, side).len().max(1) as u32;
    let directions = if dosage.laterality == Laterality::PerSideEachDirection {
        2
    } else {
        1
    };
    let reps = dosage.reps.map_or(1, |s| u32::from(s.max.0));
    let sets = dosage.sets.map_or(1, |s| u32::from(s.max.0));
    let body = if let Some(d) = dosage.duration {
        // Heat or cold covers both sides at once.
        return u32::from(r.setup_seconds) + u32::from(d.max.0) * 60;
    } else if let Some(h) = dosage.hold {
        let points = if r.stage == Stage::Release {
            RELEASE_POINTS
        } else {
            1
        };
        points * reps * sets * (u32::from(h.max.0) + REST_BETWEEN_HOLDS)
    } else {
        sets * reps * SECONDS_PER_REP + (sets - 1) * REST_BETWEEN_SETS
    };
    u32::from(r.setup_seconds) + sides * directions * body
}

fn level_for(req: &RoutineRequest<'_>) -> (Level, &'static str) {
    if req.nerve_symptoms {
        (
            Level::Gentle,
            "Nerve symptoms: the gentle end of every range.",
        )
    } else if req.phase == Phase::NewFlare {
        (Level::Gentle, "A new flare: the gentle end of every range.")
    } else {
        match req.trend {
            Some(Trend::Worsening) => (
                Level::Gentle,
                "Pain is getting worse: stepped back to the gentle end.",
            ),
            Some(Trend::Improving) => (
                Level::Progressed,
                "Pain is improving: stepped up to the top of each range.",
            ),
            _ => (Level::Standard, "The middle of each range."),
        }
    }
}

/// Builds today's routine.
///
/// ```
/// use piriformis_core::routine::{build_routine, RoutineRequest};
/// use piriformis_core::{Phase, Side, Equipment};
/// let req = RoutineRequest { side: Side::Right, phase: Phase::ChronicTightness,
///     equipment: vec![Equipment::Ball], minutes: 15, nerve_symptoms: false, trend: None, triage: None };
/// let r = build_routine(&req).unwrap();
/// assert!(r.total_seconds <= 15 * 60);
/// ```
pub fn build_routine(req: &RoutineRequest<'_>) -> Result<Routine> {
    if let Some(t) = &req.triage {
        let disposition = checked_disposition(t);
        if !disposition.allows_self_care() {
            return Err(Error::CareNeededFirst {
                disposition,
                why: care_first_why(t, disposition),
            });
        }
    }
    if req.minutes == 0 || req.minutes > MAX_MINUTES {
        return Err(Error::out_of_range(
            "minutes",
            req.minutes,
            "whole numbers 1-120",
        ));
    }
    let budget = u32::from(req.minutes) * 60;
    let (level, level_reason) = level_for(req);
    let gentle = req.nerve_symptoms || level == Level::Gentle;
    let gates: Vec<&Gate> = GATES.iter().filter(|g| g.applies(req)).collect();
    let held = |e: Exercise| gates.iter().any(|g| g.holds.iter().any(|h| h.covers(e)));

    let mut chosen: Vec<(Exercise, Dosage, u32)> = Vec::new();
    let mut skipped = Vec::new();
    let mut used = 0u32;
    let mut release_chosen = false;
    for &e in PRIORITY {
        let r = e.record();
        if held(e) {
            skipped.push(Skipped {
                exercise: e,
                reason: SkipReason::HeldBack,
            });
            continue;
        }
        if let Some(eq) = r.equipment {
            if !req.equipment.contains(&eq) {
                skipped.push(Skipped {
                    exercise: e,
                    reason: SkipReason::NeedsEquipment,
                });
                continue;
            }
        }
        if !r.fits.contains(&req.phase) {
            skipped.push(Skipped {
                exercise: e,
                reason: SkipReason::NotForPhase,
            });
            continue;
        }
        if (r.stage == Stage::Release && release_chosen) || e == Exercise::SeatedStretch {
            skipped.push(Skipped {
                exercise: e,
                reason: SkipReason::AnotherChosen,
            });
            continue;
        }
        let d = dose(e, level);
        let secs = estimate_seconds(e, &d, req.side);
        if used + secs > budget {
            skipped.push(Skipped {
                exercise: e,
                reason: SkipReason::OverTimeBudget,
            });
            continue;
        }
        used += secs;
        release_chosen |= r.stage == Stage::Release;
        chosen.push((e, d, secs));
    }
    // The guide's sequence: prepare, locate, release, stretch, mobility, strengthen.
    crate::vocab::sort_by_key(&mut chosen, |(e, _, _)| (e.record().stage, *e as usize));

    let steps: Vec<RoutineStep> = chosen
        .iter()
        .enumerate()
        .map(|(i, &(e, d, secs))| {
            let r = e.record();
            let mut stop_if = r.stop_if.to_vec();
            if gentle && !stop_if.contains(&StopCue::NumbnessOrTinglingIncreases) {
                stop_if.push(StopCue::NumbnessOrTinglingIncreases);
            }
            RoutineStep {
                order: (i + 1) as u8,
                exercise: e,
                name: Cow::Borrowed(r.name),
                stage: r.stage,
                dosage: d,
                sides: sides_for(d.laterality, req.side),
                seconds: secs,
                how_to: r.steps.iter().map(|s| Cow::Borrowed(*s)).collect(),
                stop_if,
                feel: Cow::Borrowed(r.feel),
                nerve_note: match (req.nerve_symptoms, r.with_nerve_symptoms) {
                    (true, NerveAdvice::Gentle(t)) => Some(Cow::Borrowed(t)),
                    _ => None,
                },
            }
        })
        .collect();

    let mut cautions: Vec<Cow<'static, str>> = vec![Cow::Borrowed(
        "Aim for a tolerable \"good hurt\", never sharp pain. Stop and seek care if warning signs appear.",
    )];
    if req.nerve_symptoms {
        cautions.push(Cow::Borrowed(
            crate::triage::Caution::NerveSymptomsGentle.text(),
        ));
    }
    if req.phase == Phase::NewFlare {
        cautions.push(Cow::Borrowed(
            "In a new flare use cold, not heat, and keep everything gentle.",
        ));
    }
    // A routine given a triage keeps every caution of it.
    for c in req.triage.iter().flat_map(|t| &t.cautions) {
        if !cautions.iter().any(|x| x == &c.text) {
            cautions.push(c.text.clone());
        }
    }

    Ok(Routine {
        level,
        level_reason: Cow::Borrowed(level_reason),
        total_seconds: used,
        budget_seconds: budget,
        steps,
        skipped,
        gates: gates
            .iter()
            .map(|g| GateNote {
                id: g.id,
                text: Cow::Borrowed(g.text),
            })
            .collect(),
        habits: Habit::ALL.to_vec(),
        weekly_plan: weekly_plan(req, level, &held),
        cautions,
        notice: Cow::Borrowed(NOTICE),
    })
}

/// The disposition a triage passed in really holds, re-checked rather than
/// trusted: the highest of its stated disposition, each fired rule's stated
/// tier, and each fired rule's tier in the rule table under the triage's
/// policy. A result edited or built by hand (an emergency rule listed under a
/// self-care disposition) so still blocks the routine.
pub(crate) fn checked_disposition(t: &TriageResult) -> Disposition {
    t.fired
        .iter()
        .flat_map(|f| [f.disposition, f.id.tier(t.policy)])
        .fold(t.disposition, Disposition::max)
}

/// The texts of the fired rules that set a disposition, joined: why it
/// needs care first.
pub(crate) fn care_first_why(t: &TriageResult, disposition: Disposition) -> String {
    let why: Vec<&str> = t
        .fired
        .iter()
        .filter(|f| f.disposition.max(f.id.tier(t.policy)) == disposition)
        .map(|f| f.text.as_ref())
        .collect();
    why.join(" ")
}

fn weekly_plan(
    req: &RoutineRequest<'_>,
    level: Level,
    held: &dyn Fn(Exercise) -> bool,
) -> WeeklyPlan {
    let usable = |e: &Exercise| {
        let r = e.record();
        r.fits.contains(&req.phase)
            && r.equipment.is_none_or(|eq| req.equipment.contains(&eq))
            && !held(*e)
    };
    let pick = |stage_filter: &dyn Fn(Stage) -> bool, daily: bool| -> Vec<Exercise> {
        Exercise::ALL
            .iter()
            .copied()
            .filter(|e| usable(e) && stage_filter(e.record().stage))
            .filter(|e| {
                matches!(e.record().dosage.frequency, crate::units::Frequency::Daily) == daily
            })
            .collect()
    };
    let next_level = match level {
        Level::Gentle => Level::Standard,
        _ => Level::Progressed,
    };
    let daily = pick(&|s| s != Stage::Prepare && s != Stage::Locate, true);
    let three = pick(&|s| s == Stage::Strengthen, false);
    let progression = daily
        .iter()
        .chain(three.iter())
        .filter(|e| dose(**e, level) != dose(**e, next_level))
        .map(|&e| Progression {
            exercise: e,
            now: dose(e, level),
            next: dose(e, next_level),
            how: Cow::Borrowed(e.record().progression),
        })
        .collect();
    WeeklyPlan {
        daily,
        three_days_a_week: three,
        as_needed: pick(&|s| s == Stage::Prepare, false),
        progression,
        in_a_flare: Cow::Borrowed(
            "In a flare, step back: cold instead of heat, the gentle end of every dose, light pressure, no strength work until it settles. If it does not settle within a few days, see a clinician.",
        ),
    }
}

impl RoutineRequest<'_> {
    /// The same request owning its triage.
    pub fn into_owned(self) -> RoutineRequest<'static> {
        let RoutineRequest {
            side,
            phase,
            equipment,
            minutes,
            nerve_symptoms,
            trend,
            triage,
        } = self;
        RoutineRequest {
            side,
            phase,
            equipment,
            minutes,
            nerve_symptoms,
            trend,
            triage: triage.map(|t| Cow::Owned(t.into_owned())),
        }
    }
}

impl RoutineRequest<'static> {
    /// Reads a request from JSON, with errors that name the field.
    pub fn from_json(json: &str) -> Result<Self> {
        crate::input::from_json(json)
    }
}

impl std::fmt::Display for Routine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(
            f,
            "Today's routine: about {} min of {} ({}). {}",
            self.total_seconds.div_ceil(60),
            self.budget_seconds / 60,
            self.level.id(),
            self.level_reason
        )?;
        for s in &self.steps {
            let sides: Vec<&str> = s.sides.iter().map(|x| x.id()).collect();
            let on = if sides.is_empty() {
                String::new()
            } else {
                format!(" [{}]", sides.join(" then "))
            };
            writeln!(
                f,
                "\n{}. {} - {}{} (~{} min)",
                s.order,
                s.name,
                s.dosage,
                on,
                s.seconds.div_ceil(60)
            )?;
            for (i, h) in s.how_to.iter().enumerate() {
                writeln!(f, "   {}) {}", i + 1, h)?;
            }
            writeln!(f, "   Feel: {}", s.feel)?;
            if let Some(n) = &s.nerve_note {
                writeln!(f, "   With nerve symptoms: {n}")?;
            }
            for c in &s.stop_if {
                writeln!(f, "   ! {}", c.text())?;
            }
        }
        writeln!(f, "\nEvery day, also:")?;
        for h in &self.habits {
            writeln!(f, "  - {}", h.record().advice)?;
        }
        for g in &self.gates {
            writeln!(f, "\nHeld back: {}", g.text)?;
        }
        for c in &self.cautions {
            writeln!(f, "\n{c}")?;
        }
        write!(f, "\n{}", self.notice)
    }
}
