//! Today's plan: from an assessment and its triage to today's
//! [`RoutineRequest`], with the reason for every choice.
//!
//! Every app needs the same step after a self-check: which side, which phase,
//! whether to treat it as nerve symptoms, how long, with what. The choices are
//! the rows of [`PLAN_RULES`]; for each [`PlanChoice`] the first row whose
//! condition holds picks the value, and the plan keeps that row as the reason.
//! When the triage does not allow self-care, the plan says so and holds no
//! request.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::{Routine, RoutineRequest, build_routine, care_first_why, checked_disposition};
use crate::error::{Error, Result};
use crate::exercise::{Equipment, Phase};
use crate::progress::{CONFIG_SOURCES, Trend};
use crate::source::{Citation, GuideSection, Source};
use crate::triage::{
    Assessment, Disposition, NerveSign, NerveStatus, SEVERE_PAIN, Side, TriageResult,
};
use crate::vocab::{Vocabulary, ranges, vocabulary};

/// Minutes for today's routine when the caller gives none.
pub const DEFAULT_MINUTES: u16 = 15;

vocabulary! {
    /// A choice today's plan makes.
    pub enum PlanChoice {
        /// Whether a self-care routine fits today at all.
        SelfCare,
        /// The side to work on.
        Side,
        /// New flare or ongoing tightness.
        Phase,
        /// Whether to treat it as nerve symptoms (gentle doses, no heat).
        NerveSymptoms,
        /// Minutes for the routine.
        Minutes,
        /// Equipment at hand.
        Equipment,
        /// The pain trend that sets how hard the doses are.
        Trend,
    }
}

vocabulary! {
    /// A row of [`PLAN_RULES`].
    pub enum PlanRuleId {
        /// The triage allows self-care.
        SelfCareFits,
        /// The triage asks for care first: no routine today.
        CareFirst,
        /// The side the person gave.
        SideGiven,
        /// No side given: both sides.
        BothSides,
        /// Severe pain now: treat it as a new flare.
        SeverePain,
        /// No pain score: treat it as ongoing tightness.
        PainNotGiven,
        /// Pain below the severe band: ongoing tightness.
        PainBelowSevere,
        /// Numbness, tingling or weakness is there.
        NerveSignPresent,
        /// Numbness or tingling is not known: treated as there.
        NerveSignUnknown,
        /// No numbness or tingling, and no weakness reported.
        NoNerveSigns,
        /// The minutes the caller gave.
        MinutesGiven,
        /// No minutes given: the default.
        DefaultMinutes,
        /// The equipment the caller gave.
        EquipmentGiven,
        /// No equipment given: hands, floor and a wall or chair.
        NoEquipment,
        /// The trend the caller gave, from the pain log.
        TrendGiven,
        /// No trend given.
        NoTrend,
    }
}

/// When a row of [`PLAN_RULES`] applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PlanWhen {
    /// Always: the last row of each choice.
    Always,
    /// The triage's disposition allows self-care.
    SelfCareAllowed,
    /// The assessment names a side.
    SideGiven,
    /// Pain now is at least this score.
    PainAtLeast(u8),
    /// The assessment has no pain score.
    PainNotGiven,
    /// Numbness, tingling or weakness is there (stable or getting worse).
    AnyNerveSign,
    /// One of these nerve signs is not known.
    Unknown(&'static [NerveSign]),
    /// The options give minutes.
    MinutesGiven,
    /// The options give equipment.
    EquipmentGiven,
    /// The options give a trend.
    TrendGiven,
}

/// What a row of [`PLAN_RULES`] picks. Each variant belongs to one
/// [`PlanChoice`]; `Given…` takes the caller's own value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PlanPick {
    /// A routine today, or not.
    SelfCare(bool),
    /// The side in the assessment.
    GivenSide,
    /// This side.
    Side(Side),
    /// This phase.
    Phase(Phase),
    /// Treat it as nerve symptoms, or not.
    NerveSymptoms(bool),
    /// The minutes in the options.
    GivenMinutes,
    /// This many minutes.
    Minutes(u16),
    /// The equipment in the options.
    GivenEquipment,
    /// No equipment.
    NoEquipment,
    /// The trend in the options.
    GivenTrend,
    /// No trend.
    NoTrend,
}

impl PlanPick {
    /// The choice this pick makes.
    pub const fn choice(self) -> PlanChoice {
        match self {
            Self::SelfCare(_) => PlanChoice::SelfCare,
            Self::GivenSide | Self::Side(_) => PlanChoice::Side,
            Self::Phase(_) => PlanChoice::Phase,
            Self::NerveSymptoms(_) => PlanChoice::NerveSymptoms,
            Self::GivenMinutes | Self::Minutes(_) => PlanChoice::Minutes,
            Self::GivenEquipment | Self::NoEquipment => PlanChoice::Equipment,
            Self::GivenTrend | Self::NoTrend => PlanChoice::Trend,
        }
    }
}

/// One rule of today's plan: when it applies, what it picks, why, and where
/// that comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PlanRule {
    /// Its id.
    pub id: PlanRuleId,
    /// When it applies.
    pub when: PlanWhen,
    /// What it picks (and so which choice it makes).
    pub pick: PlanPick,
    /// Why, in plain words.
    pub why: &'static str,
    /// Where it comes from; empty when the value is simply the person's own.
    pub sources: &'static [Source],
}

impl PlanRule {
    /// The choice this row makes.
    pub const fn choice(&self) -> PlanChoice {
        self.pick.choice()
    }
}

const PROJECT: &[Source] = &[Source::ProjectDefault];
const PAIN_SCALE: &[Source] = &[Source::Cited(Citation::Loinc72514), Source::ProjectDefault];
const WARNING_SIGNS: &[Source] = &[Source::Guide(GuideSection::WarningSigns)];
const OWN: &[Source] = &[];

/// The rules of today's plan, grouped by choice in [`PlanChoice`] order. For
/// each choice the first row whose `when` holds wins; the last row of each
/// choice is [`PlanWhen::Always`].
pub const PLAN_RULES: &[PlanRule] = &[
    PlanRule {
        id: PlanRuleId::SelfCareFits,
        when: PlanWhen::SelfCareAllowed,
        pick: PlanPick::SelfCare(true),
        why: "Your answers allow self-care at home.",
        sources: WARNING_SIGNS,
    },
    PlanRule {
        id: PlanRuleId::CareFirst,
        when: PlanWhen::Always,
        pick: PlanPick::SelfCare(false),
        why: "Your answers need care first, so there is no routine today.",
        sources: WARNING_SIGNS,
    },
    PlanRule {
        id: PlanRuleId::SideGiven,
        when: PlanWhen::SideGiven,
        pick: PlanPick::GivenSide,
        why: "The side you gave.",
        sources: OWN,
    },
    PlanRule {
        id: PlanRuleId::BothSides,
        when: PlanWhen::Always,
        pick: PlanPick::Side(Side::Both),
        why: "No side given, so both sides.",
        sources: PROJECT,
    },
    PlanRule {
        id: PlanRuleId::SeverePain,
        when: PlanWhen::PainAtLeast(SEVERE_PAIN),
        pick: PlanPick::Phase(Phase::NewFlare),
        why: "Your pain is severe (7 or more), so treat it as a new flare: cold, not heat, and gentle doses.",
        sources: PAIN_SCALE,
    },
    PlanRule {
        id: PlanRuleId::PainNotGiven,
        when: PlanWhen::PainNotGiven,
        pick: PlanPick::Phase(Phase::ChronicTightness),
        why: "No pain score given, so treat it as ongoing tightness.",
        sources: PROJECT,
    },
    PlanRule {
        id: PlanRuleId::PainBelowSevere,
        when: PlanWhen::Always,
        pick: PlanPick::Phase(Phase::ChronicTightness),
        why: "Your pain is below the severe range, so treat it as ongoing tightness.",
        sources: PAIN_SCALE,
    },
    PlanRule {
        id: PlanRuleId::NerveSignPresent,
        when: PlanWhen::AnyNerveSign,
        pick: PlanPick::NerveSymptoms(true),
        why: "You have numbness, tingling or weakness: gentle doses and no heat.",
        sources: &[Source::Guide(GuideSection::Symptoms)],
    },
    PlanRule {
        id: PlanRuleId::NerveSignUnknown,
        when: PlanWhen::Unknown(&[NerveSign::Numbness, NerveSign::Tingling]),
        pick: PlanPick::NerveSymptoms(true),
        why: "Numbness or tingling was not answered, so to be safe it counts as there.",
        sources: PROJECT,
    },
    PlanRule {
        id: PlanRuleId::NoNerveSigns,
        when: PlanWhen::Always,
        pick: PlanPick::NerveSymptoms(false),
        why: "No numbness or tingling, and no weakness reported.",
        sources: OWN,
    },
    PlanRule {
        id: PlanRuleId::MinutesGiven,
        when: PlanWhen::MinutesGiven,
        pick: PlanPick::GivenMinutes,
        why: "The time you have.",
        sources: OWN,
    },
    PlanRule {
        id: PlanRuleId::DefaultMinutes,
        when: PlanWhen::Always,
        pick: PlanPick::Minutes(DEFAULT_MINUTES),
        why: "No time given, so 15 minutes.",
        sources: PROJECT,
    },
    PlanRule {
        id: PlanRuleId::EquipmentGiven,
        when: PlanWhen::EquipmentGiven,
        pick: PlanPick::GivenEquipment,
        why: "The equipment you have.",
        sources: OWN,
    },
    PlanRule {
        id: PlanRuleId::NoEquipment,
        when: PlanWhen::Always,
        pick: PlanPick::NoEquipment,
        why: "No equipment given: only your hands, the floor and a wall or chair.",
        sources: PROJECT,
    },
    PlanRule {
        id: PlanRuleId::TrendGiven,
        when: PlanWhen::TrendGiven,
        pick: PlanPick::GivenTrend,
        why: "Your pain log's trend sets how hard the doses are.",
        sources: CONFIG_SOURCES,
    },
    PlanRule {
        id: PlanRuleId::NoTrend,
        when: PlanWhen::Always,
        pick: PlanPick::NoTrend,
        why: "No pain log trend, so the doses follow the phase and nerve symptoms.",
        sources: PROJECT,
    },
];

/// What the caller adds to the assessment: time, equipment and the pain
/// trend. Every field may be left out.
///
/// ```
/// use piriformis_core::routine::PlanOptions;
/// use piriformis_core::Equipment;
/// let options = PlanOptions::default().minutes(20).equipment([Equipment::Ball]);
/// assert_eq!(options.minutes, Some(20));
/// let same = PlanOptions::from_json(r#"{"minutes": 20, "equipment": ["ball"]}"#)?;
/// assert_eq!(options, same);
/// # Ok::<(), piriformis_core::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PlanOptions {
    /// Minutes available today, 1-120; none means [`DEFAULT_MINUTES`].
    pub minutes: Option<u16>,
    /// Equipment at hand; empty means none (hands, floor and a wall or chair
    /// are assumed).
    pub equipment: Vec<Equipment>,
    /// The trend from the pain log ([`crate::progress::analyze`]), if known.
    pub trend: Option<Trend>,
}

impl PlanOptions {
    /// The same options with these minutes.
    pub fn minutes(mut self, minutes: u16) -> Self {
        self.minutes = Some(minutes);
        self
    }

    /// The same options with this equipment.
    pub fn equipment(mut self, equipment: impl IntoIterator<Item = Equipment>) -> Self {
        self.equipment = equipment.into_iter().collect();
        self
    }

    /// The same options with this trend.
    pub fn trend(mut self, trend: Trend) -> Self {
        self.trend = Some(trend);
        self
    }

    /// Reads options from JSON, with errors that name the field.
    pub fn from_json(json: &str) -> Result<Self> {
        crate::input::from_json(json)
    }
}

/// The value a plan chose for one [`PlanChoice`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "choice", content = "value", rename_all = "snake_case")]
pub enum Chosen {
    /// A routine today, or not.
    SelfCare(bool),
    /// The side.
    Side(Side),
    /// The phase.
    Phase(Phase),
    /// Treated as nerve symptoms, or not.
    NerveSymptoms(bool),
    /// Minutes.
    Minutes(u16),
    /// Equipment at hand.
    Equipment(Vec<Equipment>),
    /// The pain trend, if any.
    Trend(Option<Trend>),
}

impl Chosen {
    /// The choice this value is for.
    pub const fn choice(&self) -> PlanChoice {
        match self {
            Self::SelfCare(_) => PlanChoice::SelfCare,
            Self::Side(_) => PlanChoice::Side,
            Self::Phase(_) => PlanChoice::Phase,
            Self::NerveSymptoms(_) => PlanChoice::NerveSymptoms,
            Self::Minutes(_) => PlanChoice::Minutes,
            Self::Equipment(_) => PlanChoice::Equipment,
            Self::Trend(_) => PlanChoice::Trend,
        }
    }
}

impl std::fmt::Display for Chosen {
    /// The value in a few words: `both`, `new_flare`, `yes`, `15 min`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let yes_no = |b: bool| if b { "yes" } else { "no" };
        match self {
            Self::SelfCare(b) | Self::NerveSymptoms(b) => f.write_str(yes_no(*b)),
            Self::Side(s) => f.write_str(s.id()),
            Self::Phase(p) => f.write_str(p.id()),
            Self::Minutes(m) => write!(f, "{m} min"),
            Self::Equipment(e) if e.is_empty() => f.write_str("none"),
            Self::Equipment(e) => {
                let ids: Vec<&str> = e.iter().map(|x| x.id()).collect();
                f.write_str(&ids.join(", "))
            }
            Self::Trend(t) => f.write_str(t.map_or("none", |t| t.id())),
        }
    }
}

/// Why a plan made one choice: the row of [`PLAN_RULES`] that decided it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, get_all, module = "piriformis")
)]
pub struct PlanReason {
    /// The row that decided it.
    pub rule: PlanRuleId,
    /// The choice and the value chosen (`"choice"` and `"value"` in JSON).
    #[serde(flatten)]
    pub chosen: Chosen,
    /// Why, in plain words.
    pub why: Cow<'static, str>,
    /// Where it comes from; empty when the value is simply the person's own.
    pub sources: Cow<'static, [Source]>,
}

impl PlanReason {
    /// The choice this reason is for.
    pub const fn choice(&self) -> PlanChoice {
        self.chosen.choice()
    }
}

/// Today's plan: a routine request with its reasons, or care first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum TodaysPlan<'a> {
    /// Self-care fits: today's routine request. Its `triage` is the triage
    /// passed in, so every safety gate of it applies to the routine.
    SelfCare {
        /// What to build today's routine from (boxed: it holds the triage).
        request: Box<RoutineRequest<'a>>,
        /// One reason per choice, in [`PlanChoice`] order.
        reasons: Vec<PlanReason>,
    },
    /// The triage asks for care first: no routine today.
    CareFirst {
        /// The disposition that holds the routine back.
        disposition: Disposition,
        /// The triage's reasons for it, joined.
        why: String,
        /// The reason for this outcome.
        reasons: Vec<PlanReason>,
    },
}

impl<'a> TodaysPlan<'a> {
    /// The same plan owning its triage, to keep after the triage it was
    /// made from is gone.
    pub fn into_owned(self) -> TodaysPlan<'static> {
        match self {
            Self::SelfCare { request, reasons } => TodaysPlan::SelfCare {
                request: Box::new(request.into_owned()),
                reasons,
            },
            Self::CareFirst {
                disposition,
                why,
                reasons,
            } => TodaysPlan::CareFirst {
                disposition,
                why,
                reasons,
            },
        }
    }

    /// Whether a self-care routine fits today.
    pub const fn allows_self_care(&self) -> bool {
        matches!(self, Self::SelfCare { .. })
    }

    /// The routine request, when self-care fits.
    pub const fn request(&self) -> Option<&RoutineRequest<'a>> {
        match self {
            Self::SelfCare { request, .. } => Some(request),
            Self::CareFirst { .. } => None,
        }
    }

    /// The reason for each choice made, in [`PlanChoice`] order.
    pub fn reasons(&self) -> &[PlanReason] {
        match self {
            Self::SelfCare { reasons, .. } | Self::CareFirst { reasons, .. } => reasons,
        }
    }

    /// The reason for one choice, if the plan made it.
    pub fn reason(&self, choice: PlanChoice) -> Option<&PlanReason> {
        self.reasons().iter().find(|r| r.choice() == choice)
    }

    /// Builds today's routine from the plan ([`build_routine`]). When the
    /// triage asks for care first, the error is [`Error::CareNeededFirst`].
    pub fn build_routine(&self) -> Result<Routine> {
        match self {
            Self::SelfCare { request, .. } => build_routine(request),
            Self::CareFirst {
                disposition, why, ..
            } => Err(Error::CareNeededFirst {
                disposition: *disposition,
                why: why.clone(),
            }),
        }
    }
}

impl std::fmt::Display for TodaysPlan<'_> {
    /// One line per choice: the choice, the value and why.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Chosen for today:")?;
        for r in self.reasons() {
            write!(f, "\n  - {}: {}. {}", r.choice().id(), r.chosen, r.why)?;
        }
        Ok(())
    }
}

impl PlanWhen {
    /// Whether the condition holds for an assessment, its triage and the options.
    pub fn holds(self, a: &Assessment, triage: &TriageResult, options: &PlanOptions) -> bool {
        match self {
            Self::Always => true,
            Self::SelfCareAllowed => checked_disposition(triage).allows_self_care(),
            Self::SideGiven => a.side.is_some(),
            Self::PainAtLeast(score) => a.pain_now.is_some_and(|p| p >= score),
            Self::PainNotGiven => a.pain_now.is_none(),
            Self::AnyNerveSign => a.nerve.any_present(),
            Self::Unknown(signs) => signs
                .iter()
                .any(|&s| a.nerve.status(s) == NerveStatus::Unknown),
            Self::MinutesGiven => options.minutes.is_some(),
            Self::EquipmentGiven => !options.equipment.is_empty(),
            Self::TrendGiven => options.trend.is_some(),
        }
    }
}

impl PlanPick {
    /// The value picked, taking `Given…` values from the assessment and options.
    fn value(self, a: &Assessment, options: &PlanOptions) -> Chosen {
        match self {
            Self::SelfCare(b) => Chosen::SelfCare(b),
            Self::GivenSide => Chosen::Side(a.side.unwrap_or(Side::Both)),
            Self::Side(s) => Chosen::Side(s),
            Self::Phase(p) => Chosen::Phase(p),
            Self::NerveSymptoms(b) => Chosen::NerveSymptoms(b),
            Self::GivenMinutes => Chosen::Minutes(options.minutes.unwrap_or(DEFAULT_MINUTES)),
            Self::Minutes(m) => Chosen::Minutes(m),
            Self::GivenEquipment => Chosen::Equipment(options.equipment.clone()),
            Self::NoEquipment => Chosen::Equipment(Vec::new()),
            Self::GivenTrend => Chosen::Trend(options.trend),
            Self::NoTrend => Chosen::Trend(None),
        }
    }
}

/// The first row of [`PLAN_RULES`] for `choice` whose condition holds, as a reason.
fn decide(
    choice: PlanChoice,
    a: &Assessment,
    triage: &TriageResult,
    options: &PlanOptions,
) -> Option<PlanReason> {
    PLAN_RULES
        .iter()
        .find(|r| r.choice() == choice && r.when.holds(a, triage, options))
        .map(|r| PlanReason {
            rule: r.id,
            chosen: r.pick.value(a, options),
            why: Cow::Borrowed(r.why),
            sources: Cow::Borrowed(r.sources),
        })
}

/// Today's plan from an assessment, its triage and the caller's options: the
/// [`RoutineRequest`] for [`build_routine`] with one reason per choice, or
/// [`TodaysPlan::CareFirst`] when the triage does not allow self-care.
///
/// The choices are the rows of [`PLAN_RULES`]: pain of [`SEVERE_PAIN`] or more
/// means a new flare; no side means both; any nerve sign, or numbness or
/// tingling not known, means nerve symptoms; minutes default to
/// [`DEFAULT_MINUTES`], equipment to none. The triage goes into the request,
/// so its safety gates ([`super::GATES`]) apply to the routine. Pass the
/// triage of this same assessment; the request borrows it (no copy), and
/// [`TodaysPlan::into_owned`] keeps a plan beyond it.
///
/// Fails only when `options.minutes` is outside 1-120.
///
/// ```
/// use piriformis_core::routine::{todays_request, Chosen, PlanChoice, PlanOptions};
/// use piriformis_core::{triage, Answer, Assessment, NerveSymptoms, Phase, RedFlag, Side, Vocabulary};
/// let mut a = Assessment { pain_now: Some(8), nerve: NerveSymptoms::NONE, ..Assessment::default() };
/// for &flag in RedFlag::ALL {
///     a.red_flags.insert(flag, Answer::Absent); // every warning sign answered "no"
/// }
/// let t = triage(&a)?;
/// let plan = todays_request(&a, &t, &PlanOptions::default())?;
/// let request = plan.request().unwrap();
/// assert_eq!((request.phase, request.side, request.minutes), (Phase::NewFlare, Side::Both, 15));
/// let why = plan.reason(PlanChoice::Phase).unwrap();
/// assert_eq!(why.chosen, Chosen::Phase(Phase::NewFlare));
/// println!("{}", why.why);
/// let routine = plan.build_routine()?;
/// assert!(routine.total_seconds <= 15 * 60);
/// # Ok::<(), piriformis_core::Error>(())
/// ```
pub fn todays_request<'a>(
    assessment: &Assessment,
    triage: &'a TriageResult,
    options: &PlanOptions,
) -> Result<TodaysPlan<'a>> {
    if let Some(m) = options.minutes {
        ranges::ROUTINE_MINUTES.check("minutes", m)?;
    }
    let reason = |choice| decide(choice, assessment, triage, options);
    let gate = reason(PlanChoice::SelfCare);
    if !matches!(
        gate,
        Some(PlanReason {
            chosen: Chosen::SelfCare(true),
            ..
        })
    ) {
        let disposition = checked_disposition(triage);
        return Ok(TodaysPlan::CareFirst {
            disposition,
            why: care_first_why(triage, disposition),
            reasons: gate.into_iter().collect(),
        });
    }
    // Each choice's last row always holds (a test checks), so every choice
    // gets a reason; the fallbacks below are the gentle ones.
    let mut request = RoutineRequest {
        side: Side::Both,
        phase: Phase::NewFlare,
        equipment: Vec::new(),
        minutes: DEFAULT_MINUTES,
        nerve_symptoms: true,
        trend: None,
        triage: Some(Cow::Borrowed(triage)),
    };
    let mut reasons: Vec<PlanReason> = gate.into_iter().collect();
    for &choice in PlanChoice::ALL {
        if choice == PlanChoice::SelfCare {
            continue;
        }
        let Some(r) = reason(choice) else { continue };
        match &r.chosen {
            Chosen::SelfCare(_) => {}
            Chosen::Side(s) => request.side = *s,
            Chosen::Phase(p) => request.phase = *p,
            Chosen::NerveSymptoms(n) => request.nerve_symptoms = *n,
            Chosen::Minutes(m) => request.minutes = *m,
            Chosen::Equipment(e) => request.equipment.clone_from(e),
            Chosen::Trend(t) => request.trend = *t,
        }
        reasons.push(r);
    }
    Ok(TodaysPlan::SelfCare {
        request: Box::new(request),
        reasons,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::triage::{NerveSymptoms, triage};

    #[test]
    fn every_choice_has_rows_in_order_ending_with_always() {
        let mut seen = Vec::new();
        for r in PLAN_RULES {
            if seen.last() != Some(&r.choice()) {
                assert!(!seen.contains(&r.choice()), "{:?} is split", r.choice());
                seen.push(r.choice());
            }
        }
        assert_eq!(seen, PlanChoice::ALL, "rows follow PlanChoice order");
        for c in PlanChoice::ALL {
            let last = PLAN_RULES.iter().rfind(|r| r.choice() == *c).unwrap();
            assert_eq!(last.when, PlanWhen::Always, "{c:?}");
            let always = PLAN_RULES
                .iter()
                .filter(|r| r.choice() == *c && r.when == PlanWhen::Always)
                .count();
            assert_eq!(always, 1, "{c:?}: rows after an Always row never apply");
        }
    }

    #[test]
    fn every_rule_is_one_row_with_words_and_sources() {
        for id in PlanRuleId::ALL {
            let rows: Vec<_> = PLAN_RULES.iter().filter(|r| r.id == *id).collect();
            assert_eq!(rows.len(), 1, "{id:?}");
            let r = rows[0];
            assert!(!r.why.is_empty() && r.why.len() < 120, "{id:?}");
            let own = matches!(
                r.pick,
                PlanPick::GivenSide
                    | PlanPick::GivenMinutes
                    | PlanPick::GivenEquipment
                    | PlanPick::NerveSymptoms(false)
            );
            assert!(own || !r.sources.is_empty(), "{id:?} needs a source");
        }
    }

    #[test]
    fn texts_match_the_constants() {
        let row = |id| PLAN_RULES.iter().find(|r| r.id == id).unwrap();
        assert!(
            row(PlanRuleId::SeverePain)
                .why
                .contains(&format!("{SEVERE_PAIN} or more"))
        );
        assert_eq!(
            row(PlanRuleId::SeverePain).when,
            PlanWhen::PainAtLeast(SEVERE_PAIN)
        );
        assert!(
            row(PlanRuleId::DefaultMinutes)
                .why
                .contains(&format!("{DEFAULT_MINUTES} minutes"))
        );
        assert!(ranges::ROUTINE_MINUTES.contains(DEFAULT_MINUTES.into()));
    }

    fn plan(a: &Assessment, options: &PlanOptions) -> TodaysPlan<'static> {
        todays_request(a, &triage(a).unwrap(), options)
            .unwrap()
            .into_owned()
    }

    /// Every warning sign answered "no", no nerve signs.
    fn calm() -> Assessment {
        let mut a = Assessment {
            nerve: NerveSymptoms::NONE,
            ..Assessment::default()
        };
        for &f in crate::red_flag::RedFlag::ALL {
            a.red_flags.insert(f, crate::triage::Answer::Absent);
        }
        a
    }

    #[test]
    fn defaults_and_given_values() {
        let a = calm();
        let p = plan(&a, &PlanOptions::default());
        let req = p.request().unwrap();
        assert_eq!(req.side, Side::Both);
        assert_eq!(req.phase, Phase::ChronicTightness);
        assert_eq!(req.minutes, DEFAULT_MINUTES);
        assert!(req.equipment.is_empty() && req.trend.is_none() && !req.nerve_symptoms);
        assert_eq!(req.triage.as_deref(), Some(&triage(&a).unwrap()));
        let ids: Vec<PlanRuleId> = p.reasons().iter().map(|r| r.rule).collect();
        assert_eq!(
            ids,
            [
                PlanRuleId::SelfCareFits,
                PlanRuleId::BothSides,
                PlanRuleId::PainNotGiven,
                PlanRuleId::NoNerveSigns,
                PlanRuleId::DefaultMinutes,
                PlanRuleId::NoEquipment,
                PlanRuleId::NoTrend,
            ]
        );

        let mut a = calm();
        a.side = Some(Side::Left);
        a.pain_now = Some(SEVERE_PAIN - 1);
        let options = PlanOptions::default()
            .minutes(30)
            .equipment([Equipment::Ball])
            .trend(Trend::Improving);
        let p = plan(&a, &options);
        let req = p.request().unwrap();
        assert_eq!(
            (req.side, req.phase, req.minutes),
            (Side::Left, Phase::ChronicTightness, 30)
        );
        assert_eq!(req.equipment, [Equipment::Ball]);
        assert_eq!(req.trend, Some(Trend::Improving));
        assert_eq!(
            p.reason(PlanChoice::Phase).unwrap().rule,
            PlanRuleId::PainBelowSevere
        );
        a.pain_now = Some(SEVERE_PAIN);
        assert_eq!(plan(&a, &options).request().unwrap().phase, Phase::NewFlare);
    }

    #[test]
    fn unknown_numbness_or_tingling_counts_as_nerve_symptoms() {
        for (numbness, tingling, weakness, expected) in [
            (
                NerveStatus::Unknown,
                NerveStatus::Absent,
                NerveStatus::Absent,
                true,
            ),
            (
                NerveStatus::Absent,
                NerveStatus::Unknown,
                NerveStatus::Absent,
                true,
            ),
            (
                NerveStatus::Absent,
                NerveStatus::Absent,
                NerveStatus::Unknown,
                false,
            ),
            (
                NerveStatus::Absent,
                NerveStatus::Absent,
                NerveStatus::Stable,
                true,
            ),
            (
                NerveStatus::Absent,
                NerveStatus::Absent,
                NerveStatus::Absent,
                false,
            ),
        ] {
            let mut a = calm();
            a.nerve = NerveSymptoms {
                numbness,
                tingling,
                weakness,
                ..NerveSymptoms::NONE
            };
            if a.nerve.any_present() {
                a.nerve.legs = crate::triage::Legs::One;
            }
            let t = triage(&a).unwrap();
            let p = todays_request(&a, &t, &PlanOptions::default()).unwrap();
            let req = p.request().expect("these answers allow self-care");
            assert_eq!(req.nerve_symptoms, expected, "{:?}", a.nerve);
        }
    }

    #[test]
    fn care_first_has_no_request_and_a_typed_error() {
        let a = Assessment::from_json(r#"{"red_flags": {"saddle_numbness": "present"}}"#).unwrap();
        let p = plan(&a, &PlanOptions::default());
        assert!(!p.allows_self_care() && p.request().is_none());
        assert_eq!(p.reasons().len(), 1);
        assert_eq!(p.reasons()[0].rule, PlanRuleId::CareFirst);
        assert_eq!(p.reasons()[0].chosen, Chosen::SelfCare(false));
        assert!(matches!(
            p.build_routine(),
            Err(Error::CareNeededFirst {
                disposition: Disposition::Emergency,
                ..
            })
        ));
    }

    #[test]
    fn bad_minutes_are_typed_errors() {
        let a = calm();
        let t = triage(&a).unwrap();
        for m in [0, 121] {
            let e = todays_request(&a, &t, &PlanOptions::default().minutes(m)).unwrap_err();
            assert_eq!(e.field(), Some("minutes"), "{e}");
        }
        assert!(PlanOptions::from_json(r#"{"minuts": 5}"#).is_err());
    }

    #[test]
    fn plans_round_trip_through_json() {
        let mut a = calm();
        a.pain_now = Some(9);
        let p = plan(&a, &PlanOptions::default().equipment([Equipment::Ball]));
        let json = serde_json::to_value(&p).unwrap();
        assert_eq!(json["outcome"], "self_care");
        assert_eq!(json["reasons"][2]["choice"], "phase");
        assert_eq!(json["reasons"][2]["value"], "new_flare");
        assert_eq!(json["reasons"][2]["rule"], "severe_pain");
        let back: TodaysPlan = serde_json::from_value(json).unwrap();
        assert_eq!(back, p);
        assert!(p.to_string().contains("phase: new_flare."), "{p}");
    }
}
