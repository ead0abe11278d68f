//! Triage: from an [`Assessment`] to a [`TriageResult`] with a disposition,
//! the rules that fired, the likely source of the pain, cautions, and the
//! red-flag questions left unanswered.
//!
//! Rules are data ([`RULES`]); the disposition is the maximum over the rules
//! that fire, so adding a finding can never lower it. Unknown answers to red
//! flags are never taken as "no": they are listed, they make the result
//! provisional, and they rule out a plain self-care answer.

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::care::NOTICE;
use crate::error::{Error, Result};
use crate::red_flag::RedFlag;
use crate::source::{Citation::*, GuideSection::*, Source};
use crate::symptom::{Aggravator, Lean, TenderArea};
use crate::trigger_point::{BodyRegion, PainQuality};
use crate::vocab::{Vocabulary, vocabulary};

vocabulary! {
    /// How soon to get care, lowest first. Ordered: `SelfCare < ... < Emergency`.
    pub enum Disposition {
        /// Self-care at home fits.
        SelfCare,
        /// Book an appointment with a clinician; self-care can go on meanwhile.
        SeeClinician,
        /// See a clinician within about two weeks.
        SeeClinicianSoon,
        /// Get seen the same day.
        Urgent,
        /// Emergency care now.
        Emergency,
    }
}

vocabulary! {
    /// Which side hurts.
    pub enum Side {
        /// Left side.
        Left,
        /// Right side.
        Right,
        /// Both sides.
        Both,
    }
}

vocabulary! {
    /// An answer to a yes/no finding. Unknown is a real answer, never a "no".
    pub enum Answer {
        /// Yes, it is there.
        Present,
        /// No, it is not.
        Absent,
        /// Not asked, or "not sure".
        Unknown,
    }
}

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

vocabulary! {
    /// Where the pain most likely comes from, by the guide's comparison table.
    pub enum LikelySource {
        /// The features point to the piriformis.
        Piriformis,
        /// The features point to the spine.
        Spinal,
        /// Features point both ways.
        Mixed,
        /// Not enough features to say.
        Unclear,
    }
}

vocabulary! {
    /// The id of a triage rule.
    pub enum RuleId {
        /// Bladder or bowel control lost.
        BladderOrBowel,
        /// Saddle numbness.
        SaddleNumbness,
        /// Symptoms in both legs.
        BothLegs,
        /// Sexual dysfunction.
        SexualDysfunction,
        /// A cauda equina sign that began or got worse within 2 weeks (or whose onset is not known).
        CaudaEquinaRecent,
        /// The pain began after a serious accident.
        SeriousAccident,
        /// Past cancer with leg pain, weakness, numbness or trouble walking.
        CancerWithNerveSigns,
        /// Foot drop.
        FootDrop,
        /// Unsteady walking.
        UnsteadyWalking,
        /// Weakness getting worse.
        WorseningWeakness,
        /// Fever with a weakened immune system, injecting drugs or a recent infection.
        FeverWithInfectionRisk,
        /// Fever with weight loss or night sweats.
        FeverWithWeightLossOrSweats,
        /// Past cancer with pain that suggests the spine: at night, on straining, tender spine, getting worse.
        CancerWithSpinalPain,
        /// A fall or accident with osteoporosis, long-term steroids, or new pain under 20 or over 50.
        FallWithFragileBones,
        /// Fever.
        Fever,
        /// Unexplained weight loss.
        WeightLoss,
        /// Pain not eased by rest, or worse at night.
        PainNotEasedByRest,
        /// Night sweats.
        NightSweats,
        /// Past cancer.
        HistoryOfCancer,
        /// Weakened immune system.
        Immunosuppression,
        /// Osteoporosis or long-term steroids.
        OsteoporosisOrSteroids,
        /// New pain under 20 or over 50.
        NewPainAge,
        /// Numbness or tingling getting worse.
        WorseningNumbnessOrTingling,
        /// Started after a fall or accident.
        AfterFallOrAccident,
        /// Weakness, even if stable.
        StableWeakness,
        /// Severe or constant pain.
        SevereOrConstantPain,
        /// Severe pain on the 0-10 scale now.
        SeverePainScore,
        /// Pain getting steadily worse.
        PainGettingWorse,
        /// No improvement after weeks of self-care.
        NoImprovement,
        /// Keeps coming back.
        KeepsComingBack,
        /// A sign that needs emergency care was not answered.
        EmergencySignsUnanswered,
        /// A sign that needs same-day care was not answered.
        UrgentSignsUnanswered,
        /// Other red-flag questions not answered.
        RedFlagsUnanswered,
        /// No warning sign found.
        NoWarningSigns,
    }
}

vocabulary! {
    /// Which guidance sets the tiers. Both are tables of cited rows
    /// ([`Rule::says`]); the self-check is never less urgent than the referral policy.
    pub enum TriagePolicy {
        /// The default, for a person nobody has examined: each finding gets the
        /// tier that guidance written for patients gives this presentation
        /// (sciatica pages, the cauda equina pathway and NICE for people with
        /// cancer first, then back-pain pages), the more urgent where equally
        /// specific sources disagree, and never below the clinician tier.
        SelfCheck,
        /// Opt-in, for apps used by clinicians who have examined the person:
        /// the clinician-facing referral timelines.
        ClinicianReferral,
    }
}

vocabulary! {
    /// Who a source is written for, and how closely it fits this presentation.
    pub enum Audience {
        /// Written for patients about this presentation: sciatica pages, the
        /// national cauda equina pathway, NICE for people with cancer.
        PatientSpecific,
        /// Written for patients about back pain in general.
        PatientGeneral,
        /// Written for clinicians who have examined the person (referral timelines).
        Clinician,
        /// The guide, or a project choice where no source gives a tier.
        Project,
    }
}

vocabulary! {
    /// The serious cause (or the kind of reason) a rule stands for.
    pub enum Pathway {
        /// Squeezed nerves at the base of the spine (cauda equina syndrome).
        CaudaEquina,
        /// Cancer that has spread to the spine.
        Cancer,
        /// An infection in the spine.
        Infection,
        /// A broken bone.
        Fracture,
        /// A nerve that is losing function.
        NerveDeficit,
        /// Pain and its course: severe, worsening, not improving.
        Mechanical,
        /// Warning-sign questions left unanswered.
        Unanswered,
    }
}

vocabulary! {
    /// A caution shown alongside the disposition.
    pub enum Caution {
        /// Nerve symptoms: gentle work only.
        NerveSymptomsGentle,
        /// Numb skin: no heat.
        NoHeatOnNumbSkin,
        /// Strong pain now: start gently.
        StartGently,
        /// Unanswered red flags: what to do if any is yes.
        AnswerRedFlags,
        /// When to get help.
        SafetyNet,
    }
}

/// Numbness, tingling and weakness, and how many legs are involved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
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

// The vocabulary macro does not derive Default, so it is written out.
#[allow(clippy::derivable_impls)]
impl Default for Answer {
    fn default() -> Self {
        Self::Unknown
    }
}

/// What a person reports: the input to [`triage`].
///
/// Every field is optional in JSON; a missing answer is unknown, never "no".
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
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
    pub red_flags: BTreeMap<RedFlag, Answer>,
    /// Whether it began after a fall, accident or blow.
    pub after_fall_or_accident: Answer,
    /// Weeks of self-care tried so far.
    pub self_care_weeks: Option<u16>,
    /// Whether the self-care helped.
    pub self_care_helped: Answer,
    /// Whether the pain keeps coming back.
    pub keeps_coming_back: Answer,
}

/// The longest self-care history accepted, in weeks (ten years).
pub const MAX_SELF_CARE_WEEKS: u16 = 520;

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
    fn flag_answers(&self) -> FlagAnswers {
        let mut out = [Answer::Unknown; RedFlag::ALL.len()];
        for (&f, &answer) in &self.red_flags {
            out[f as usize] = answer;
        }
        let both = RedFlag::BothLegs as usize;
        if out[both] == Answer::Unknown {
            out[both] = self.red_flag(RedFlag::BothLegs);
        }
        out
    }

    /// The answer to a red flag, combining `red_flags` with `nerve.legs` for
    /// [`RedFlag::BothLegs`].
    pub fn red_flag(&self, flag: RedFlag) -> Answer {
        let given = self
            .red_flags
            .get(&flag)
            .copied()
            .unwrap_or(Answer::Unknown);
        if flag == RedFlag::BothLegs && given == Answer::Unknown {
            return match self.nerve.legs {
                Legs::Both => Answer::Present,
                Legs::One | Legs::Neither => Answer::Absent,
                Legs::Unknown => Answer::Unknown,
            };
        }
        given
    }

    /// Checks ranges and contradictions.
    pub fn validate(&self) -> Result<()> {
        if let Some(p) = self.pain_now {
            if p > 10 {
                return Err(Error::out_of_range("pain_now", p, "whole numbers 0-10"));
            }
        }
        if let Some(w) = self.self_care_weeks {
            if w > MAX_SELF_CARE_WEEKS {
                return Err(Error::out_of_range("self_care_weeks", w, "0-520"));
            }
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
        let both = self
            .red_flags
            .get(&RedFlag::BothLegs)
            .copied()
            .unwrap_or(Answer::Unknown);
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
fn salvage_flags(json: &str) -> Vec<RedFlag> {
    crate::input::salvage_strings(json)
        .into_iter()
        .filter_map(|(path, value)| match (path.as_str(), value.as_str()) {
            ("nerve.legs", "both") => Some(RedFlag::BothLegs),
            (p, "present") => p.strip_prefix("red_flags.").and_then(RedFlag::from_id),
            _ => None,
        })
        .collect()
}

/// A condition over an assessment, as data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Condition {
    /// The red flag is present.
    Flag(RedFlag),
    /// The red flag is present or not known: only a clear "no" rules it out.
    NotAbsent(RedFlag),
    /// The nerve sign is getting worse.
    Worsening(NerveSign),
    /// The nerve sign is present, stable or worsening.
    NervePresent(NerveSign),
    /// Pain, numbness, tingling or weakness runs down a leg (radicular pain):
    /// one or both legs, a nerve sign, or pain in the back of the thigh, calf or foot.
    LegSymptoms,
    /// This makes the pain worse.
    WorseWith(Aggravator),
    /// It is tender here.
    Tender(TenderArea),
    /// It began after a fall or accident.
    AfterFall,
    /// Pain now is at least this score.
    PainAtLeast(u8),
    /// At least this many weeks of self-care, and it did not clearly help.
    NoImprovementAfterWeeks(u16),
    /// It keeps coming back.
    Recurring,
    /// A red-flag question is open (unanswered or "not sure") whose "yes"
    /// would raise the result to this tier (see [`TriageResult::unanswered`]).
    RedFlagUnanswered(Disposition),
    /// All of these.
    All(&'static [Condition]),
    /// Any of these.
    Any(&'static [Condition]),
}

/// Every red flag's answer as triage reads it, indexed by `RedFlag as usize`.
type FlagAnswers = [Answer; RedFlag::ALL.len()];

/// One bit per tier ([`Disposition`] as bit index): the tiers that open
/// red-flag questions could raise the result to.
type OpenTiers = u8;

/// The pain regions that count as leg pain for [`Condition::LegSymptoms`].
const LEG_REGIONS: [BodyRegion; 3] = [BodyRegion::BackOfThigh, BodyRegion::Calf, BodyRegion::Foot];

impl Condition {
    /// Whether the condition holds for the assessment under the default policy.
    pub fn holds(&self, a: &Assessment) -> bool {
        let flags = a.flag_answers();
        let open = open_flags(
            a,
            &flags,
            TriagePolicy::SelfCheck,
            findings(a, &flags, TriagePolicy::SelfCheck).1,
        );
        self.holds_with(a, &flags, open.1)
    }

    /// [`Condition::holds`], with the red-flag answers looked up once.
    fn holds_with(&self, a: &Assessment, flags: &FlagAnswers, open: OpenTiers) -> bool {
        match *self {
            Self::Flag(f) => flags[f as usize] == Answer::Present,
            Self::NotAbsent(f) => flags[f as usize] != Answer::Absent,
            Self::Worsening(s) => a.nerve.status(s) == NerveStatus::Worsening,
            Self::NervePresent(s) => matches!(
                a.nerve.status(s),
                NerveStatus::Stable | NerveStatus::Worsening
            ),
            Self::LegSymptoms => {
                matches!(a.nerve.legs, Legs::One | Legs::Both)
                    || a.nerve.any_present()
                    || a.pain_regions.iter().any(|r| LEG_REGIONS.contains(r))
            }
            Self::WorseWith(w) => a.worse_with.contains(&w),
            Self::Tender(t) => a.tender_areas.contains(&t),
            Self::AfterFall => a.after_fall_or_accident == Answer::Present,
            Self::PainAtLeast(n) => a.pain_now.is_some_and(|p| p >= n),
            Self::NoImprovementAfterWeeks(n) => {
                a.self_care_weeks.is_some_and(|w| w >= n) && a.self_care_helped != Answer::Present
            }
            Self::Recurring => a.keeps_coming_back == Answer::Present,
            Self::RedFlagUnanswered(tier) => open >> tier as u8 & 1 == 1,
            Self::All(cs) => cs.iter().all(|c| c.holds_with(a, flags, open)),
            Self::Any(cs) => cs.iter().any(|c| c.holds_with(a, flags, open)),
        }
    }

    /// The red flags that must be present for this condition to hold, one
    /// bit per `RedFlag as usize`: a cheap test that skips most rules.
    const fn flags_required(&self) -> u32 {
        match *self {
            Self::Flag(f) => 1 << f as u32,
            Self::All(cs) => {
                let (mut bits, mut i) = (0, 0);
                while i < cs.len() {
                    bits |= cs[i].flags_required();
                    i += 1;
                }
                bits
            }
            Self::Any(cs) if !cs.is_empty() => {
                let (mut bits, mut i) = (u32::MAX, 0);
                while i < cs.len() {
                    bits &= cs[i].flags_required();
                    i += 1;
                }
                bits
            }
            _ => 0,
        }
    }

    /// The red flags this condition reads, one bit per `RedFlag as usize`.
    const fn flags_read(&self) -> u32 {
        match *self {
            Self::Flag(f) | Self::NotAbsent(f) => 1 << f as u32,
            Self::All(cs) | Self::Any(cs) => {
                let (mut bits, mut i) = (0, 0);
                while i < cs.len() {
                    bits |= cs[i].flags_read();
                    i += 1;
                }
                bits
            }
            _ => 0,
        }
    }
}

const _: () = assert!(RedFlag::ALL.len() <= 32, "flag sets are u32 bit sets");

/// What one source says about a finding: the tier it gives and who it is written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Says {
    /// The source.
    pub source: Source,
    /// Who it is written for.
    pub audience: Audience,
    /// The tier it gives the finding, mapped onto ours.
    pub tier: Disposition,
}

const fn says(source: Source, audience: Audience, tier: Disposition) -> Says {
    Says {
        source,
        audience,
        tier,
    }
}

/// A triage rule: when it fires, what each source says about it, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    /// Its id.
    pub id: RuleId,
    /// The serious cause it stands for.
    pub pathway: Pathway,
    /// When it fires.
    pub when: Condition,
    /// The tier each source gives this finding: the rows [`Rule::tier`] reads.
    pub says: &'static [Says],
    /// Why, in plain words.
    pub text: &'static str,
}

const fn max_tier(a: Disposition, b: Disposition) -> Disposition {
    if b as u8 > a as u8 { b } else { a }
}

/// The highest tier the rows of this audience give, if any row has it.
const fn highest(says: &[Says], audience: Audience) -> Option<Disposition> {
    let (mut out, mut i) = (None, 0);
    while i < says.len() {
        if says[i].audience as u8 == audience as u8 {
            out = Some(match out {
                Some(d) => max_tier(d, says[i].tier),
                None => says[i].tier,
            });
        }
        i += 1;
    }
    out
}

impl Rule {
    /// The tier this rule sets under a policy, read from its rows:
    /// - [`TriagePolicy::ClinicianReferral`]: the highest clinician row, or
    ///   the project's row where no clinician source gives a tier;
    /// - [`TriagePolicy::SelfCheck`]: the highest row of the most specific
    ///   patient-facing audience present (this presentation before back pain
    ///   in general), and never below the clinician tier.
    pub const fn tier(&self, policy: TriagePolicy) -> Disposition {
        let clinician = match highest(self.says, Audience::Clinician) {
            Some(d) => d,
            None => match highest(self.says, Audience::Project) {
                Some(d) => d,
                None => Disposition::SelfCare,
            },
        };
        match policy {
            TriagePolicy::ClinicianReferral => clinician,
            TriagePolicy::SelfCheck => {
                let patient = match highest(self.says, Audience::PatientSpecific) {
                    Some(d) => Some(d),
                    None => highest(self.says, Audience::PatientGeneral),
                };
                match patient {
                    Some(p) => max_tier(p, clinician),
                    None => clinician,
                }
            }
        }
    }

    /// Every source this rule cites, in row order, each once.
    pub fn sources(&self) -> Vec<Source> {
        let mut out: Vec<Source> = Vec::with_capacity(self.says.len());
        for s in self.says {
            if !out.contains(&s.source) {
                out.push(s.source);
            }
        }
        out
    }
}

impl Serialize for Rule {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Rule", 7)?;
        st.serialize_field("id", &self.id)?;
        st.serialize_field("pathway", &self.pathway)?;
        st.serialize_field("self_check", &self.tier(TriagePolicy::SelfCheck))?;
        st.serialize_field(
            "clinician_referral",
            &self.tier(TriagePolicy::ClinicianReferral),
        )?;
        st.serialize_field("when", &self.when)?;
        st.serialize_field("says", self.says)?;
        st.serialize_field("text", self.text)?;
        st.end()
    }
}

/// The tier of the rule that fires on this flag alone (`Condition::Flag`),
/// self-care when there is none. Used by [`RedFlag::tier`].
pub const fn own_rule_tier(flag: RedFlag, policy: TriagePolicy) -> Disposition {
    let mut i = 0;
    while i < RULES.len() {
        if let Condition::Flag(f) = RULES[i].when {
            if f as usize == flag as usize {
                return RULES[i].tier(policy);
            }
        }
        i += 1;
    }
    Disposition::SelfCare
}

use Audience::{
    Clinician as CLIN, PatientGeneral as GEN, PatientSpecific as SPEC, Project as PROJ,
};
use Condition as C;
use Disposition as D;
use RedFlag as F;

const NHS_SCIATICA: Source = Source::Cited(NhsSciatica);
const NHS_WALES: Source = Source::Cited(Nhs111Wales);
const NHS_BACK: Source = Source::Cited(NhsBackPain);
const NHS_INFORM: Source = Source::Cited(NhsInformBackProblems);
const NG234: Source = Source::Cited(NiceNg234);
const GIRFT: Source = Source::Cited(GirftCes2023);
const BMJ: Source = Source::Cited(BmjBestPracticeCes);
const CKS: Source = Source::Cited(CksSciatica);
const SHEET: Source = Source::Cited(CommunityRedFlags2023);
const GLOS: Source = Source::Cited(GloucestershireRedFlags);
const AHCPR: Source = Source::Cited(AhcprRedFlags);
const GUIDE: Source = Source::Guide(WarningSigns);

/// The cauda equina signs that the 2-week onset question qualifies.
const CES_SIGNS: &[Condition] = &[
    C::Flag(F::BladderOrBowelControl),
    C::Flag(F::SaddleNumbness),
    C::Flag(F::SexualDysfunction),
];

/// Every triage rule with its cited tier rows: the tier table. The
/// disposition is the highest tier any fired rule has under the policy.
/// [`RuleId::NoWarningSigns`] fires only when no other does.
pub const RULES: &[Rule] = &[
    Rule {
        id: RuleId::BladderOrBowel,
        pathway: Pathway::CaudaEquina,
        when: C::Flag(F::BladderOrBowelControl),
        says: &[
            says(NHS_SCIATICA, SPEC, D::Emergency),
            says(NHS_WALES, SPEC, D::Emergency),
            says(NHS_BACK, GEN, D::Emergency),
            says(NHS_INFORM, GEN, D::Urgent),
            says(GUIDE, PROJ, D::Emergency),
            says(GIRFT, CLIN, D::Urgent),
            says(SHEET, CLIN, D::Urgent),
        ],
        text: "New trouble with bladder or bowel control can mean the nerves at the base of the spine are squeezed (cauda equina syndrome).",
    },
    Rule {
        id: RuleId::SaddleNumbness,
        pathway: Pathway::CaudaEquina,
        when: C::Flag(F::SaddleNumbness),
        says: &[
            says(NHS_SCIATICA, SPEC, D::Emergency),
            says(NHS_WALES, SPEC, D::Emergency),
            says(NHS_BACK, GEN, D::Emergency),
            says(NHS_INFORM, GEN, D::Urgent),
            says(GIRFT, CLIN, D::Urgent),
            says(SHEET, CLIN, D::Urgent),
        ],
        text: "Numbness between the legs is a sign of cauda equina syndrome.",
    },
    Rule {
        id: RuleId::BothLegs,
        pathway: Pathway::CaudaEquina,
        when: C::Flag(F::BothLegs),
        says: &[
            says(NHS_SCIATICA, SPEC, D::Emergency),
            says(NHS_WALES, SPEC, D::Emergency),
            says(NHS_BACK, GEN, D::Emergency),
            says(GIRFT, CLIN, D::Emergency),
            says(BMJ, CLIN, D::Emergency),
        ],
        text: "Sciatica in both legs, or numbness or weakness in both legs, can mean the nerves at the base of the spine are squeezed.",
    },
    Rule {
        id: RuleId::SexualDysfunction,
        pathway: Pathway::CaudaEquina,
        when: C::Flag(F::SexualDysfunction),
        says: &[
            says(NHS_WALES, SPEC, D::Emergency),
            says(NHS_INFORM, GEN, D::Urgent),
            says(GIRFT, CLIN, D::Urgent),
            says(SHEET, CLIN, D::Urgent),
        ],
        text: "New sexual problems with back or buttock pain can be a sign of cauda equina syndrome.",
    },
    Rule {
        id: RuleId::CaudaEquinaRecent,
        pathway: Pathway::CaudaEquina,
        when: C::All(&[C::Any(CES_SIGNS), C::NotAbsent(F::CaudaEquinaSignsRecent)]),
        says: &[
            says(GIRFT, SPEC, D::Emergency),
            says(GIRFT, CLIN, D::Emergency),
            says(BMJ, CLIN, D::Emergency),
            says(CKS, CLIN, D::Emergency),
        ],
        text: "A cauda equina sign that is new or worse within 2 weeks (or whose start is not known) needs an emergency scan within hours.",
    },
    Rule {
        id: RuleId::SeriousAccident,
        pathway: Pathway::Fracture,
        when: C::Flag(F::SeriousAccident),
        says: &[
            says(NHS_BACK, GEN, D::Emergency),
            says(NHS_INFORM, GEN, D::Urgent),
            says(Source::ProjectDefault, PROJ, D::Emergency),
        ],
        text: "Pain after a serious accident can mean a broken bone in the spine or pelvis.",
    },
    Rule {
        id: RuleId::CancerWithNerveSigns,
        pathway: Pathway::Cancer,
        when: C::All(&[
            C::Flag(F::HistoryOfCancer),
            C::Any(&[
                C::LegSymptoms,
                C::Flag(F::UnsteadyWalking),
                C::Flag(F::FootDrop),
                C::Flag(F::BladderOrBowelControl),
                C::Flag(F::SaddleNumbness),
            ]),
        ]),
        says: &[
            says(NG234, SPEC, D::Emergency),
            says(NG234, CLIN, D::Emergency),
        ],
        text: "After cancer, pain or numbness running down a leg, weakness or trouble walking can mean pressure on the spinal cord or nerves: an oncological emergency.",
    },
    Rule {
        id: RuleId::FootDrop,
        pathway: Pathway::NerveDeficit,
        when: C::Flag(F::FootDrop),
        says: &[says(SHEET, CLIN, D::Urgent), says(AHCPR, CLIN, D::Urgent)],
        text: "Foot drop means a nerve is not working properly.",
    },
    Rule {
        id: RuleId::UnsteadyWalking,
        pathway: Pathway::NerveDeficit,
        when: C::Flag(F::UnsteadyWalking),
        says: &[says(SHEET, CLIN, D::Urgent)],
        text: "Unsteady walking can mean pressure on the spinal cord or several nerve roots.",
    },
    Rule {
        id: RuleId::WorseningWeakness,
        pathway: Pathway::NerveDeficit,
        when: C::Worsening(NerveSign::Weakness),
        says: &[
            says(GUIDE, PROJ, D::SeeClinician),
            says(SHEET, CLIN, D::Urgent),
        ],
        text: "Weakness that is getting worse can signal growing pressure on a nerve.",
    },
    Rule {
        id: RuleId::FeverWithInfectionRisk,
        pathway: Pathway::Infection,
        when: C::All(&[
            C::Flag(F::Fever),
            C::Any(&[
                C::Flag(F::Immunosuppression),
                C::Flag(F::InjectingDrugUse),
                C::Flag(F::RecentInfection),
            ]),
        ]),
        says: &[
            says(NHS_BACK, GEN, D::Urgent),
            says(SHEET, CLIN, D::Urgent),
            says(GLOS, CLIN, D::Urgent),
        ],
        text: "Fever with a weakened immune system, injecting drugs or a recent infection raises the chance of an infection in the spine.",
    },
    Rule {
        id: RuleId::FeverWithWeightLossOrSweats,
        pathway: Pathway::Infection,
        when: C::All(&[
            C::Flag(F::Fever),
            C::Any(&[C::Flag(F::UnexplainedWeightLoss), C::Flag(F::NightSweats)]),
        ]),
        says: &[
            says(NHS_BACK, GEN, D::Urgent),
            says(GLOS, CLIN, D::Urgent),
            says(GUIDE, PROJ, D::SeeClinician),
        ],
        text: "Fever together with weight loss or night sweats needs checking for infection or other serious illness.",
    },
    Rule {
        id: RuleId::CancerWithSpinalPain,
        pathway: Pathway::Cancer,
        when: C::All(&[
            C::Flag(F::HistoryOfCancer),
            C::Any(&[
                C::Flag(F::PainNotEasedByRest),
                C::Flag(F::PainGettingWorse),
                C::Flag(F::UnexplainedWeightLoss),
                C::Flag(F::SevereOrConstantPain),
                C::WorseWith(Aggravator::Coughing),
                C::WorseWith(Aggravator::Sneezing),
                C::Tender(TenderArea::Spine),
            ]),
        ]),
        says: &[
            says(NG234, SPEC, D::Urgent),
            says(NG234, CLIN, D::Urgent),
            says(CKS, CLIN, D::Urgent),
        ],
        text: "After cancer, pain at night, on coughing or straining, a tender spine, or pain that keeps getting worse can mean cancer in the spine: get checked within 24 hours.",
    },
    Rule {
        id: RuleId::FallWithFragileBones,
        pathway: Pathway::Fracture,
        when: C::All(&[
            C::Any(&[C::AfterFall, C::Flag(F::SeriousAccident)]),
            C::Any(&[
                C::Flag(F::OsteoporosisOrSteroids),
                C::Flag(F::NewPainUnder20OrOver50),
            ]),
        ]),
        says: &[says(GLOS, CLIN, D::Urgent), says(AHCPR, CLIN, D::Urgent)],
        text: "Even a minor fall can break a bone when bones are thin (osteoporosis, long-term steroids, older age).",
    },
    Rule {
        id: RuleId::Fever,
        pathway: Pathway::Infection,
        when: C::Flag(F::Fever),
        says: &[
            says(NHS_BACK, GEN, D::Urgent),
            says(GUIDE, PROJ, D::SeeClinician),
            says(SHEET, CLIN, D::SeeClinicianSoon),
            says(GLOS, CLIN, D::SeeClinicianSoon),
        ],
        text: "Fever with back or buttock pain can point to an infection.",
    },
    Rule {
        id: RuleId::WeightLoss,
        pathway: Pathway::Cancer,
        when: C::Flag(F::UnexplainedWeightLoss),
        says: &[
            says(NHS_BACK, GEN, D::Urgent),
            says(GUIDE, PROJ, D::SeeClinician),
            says(SHEET, CLIN, D::SeeClinicianSoon),
            says(GLOS, CLIN, D::SeeClinicianSoon),
        ],
        text: "Weight loss you cannot explain needs a clinician to look for a cause.",
    },
    Rule {
        id: RuleId::PainNotEasedByRest,
        pathway: Pathway::Cancer,
        when: C::Flag(F::PainNotEasedByRest),
        says: &[
            says(NHS_BACK, GEN, D::Urgent),
            says(GUIDE, PROJ, D::SeeClinician),
            says(GLOS, CLIN, D::SeeClinicianSoon),
            says(AHCPR, CLIN, D::SeeClinicianSoon),
        ],
        text: "Pain that rest does not ease, or that is worse at night, is not typical of a muscle problem.",
    },
    Rule {
        id: RuleId::NightSweats,
        pathway: Pathway::Infection,
        when: C::Flag(F::NightSweats),
        says: &[says(GUIDE, PROJ, D::SeeClinicianSoon)],
        text: "Night sweats with pain need checking.",
    },
    Rule {
        id: RuleId::HistoryOfCancer,
        pathway: Pathway::Cancer,
        when: C::Flag(F::HistoryOfCancer),
        says: &[
            says(SHEET, CLIN, D::SeeClinicianSoon),
            says(GLOS, CLIN, D::SeeClinicianSoon),
        ],
        text: "New back or buttock pain after cancer needs checking.",
    },
    Rule {
        id: RuleId::Immunosuppression,
        pathway: Pathway::Infection,
        when: C::Flag(F::Immunosuppression),
        says: &[says(SHEET, CLIN, D::SeeClinicianSoon)],
        text: "A weakened immune system raises the risk of infection.",
    },
    Rule {
        id: RuleId::OsteoporosisOrSteroids,
        pathway: Pathway::Fracture,
        when: C::Flag(F::OsteoporosisOrSteroids),
        says: &[
            says(SHEET, CLIN, D::SeeClinicianSoon),
            says(GLOS, CLIN, D::SeeClinicianSoon),
        ],
        text: "Osteoporosis or long-term steroids raise the risk of a fracture.",
    },
    Rule {
        id: RuleId::NewPainAge,
        pathway: Pathway::Cancer,
        when: C::Flag(F::NewPainUnder20OrOver50),
        says: &[
            says(GLOS, CLIN, D::SeeClinicianSoon),
            says(SHEET, CLIN, D::SeeClinicianSoon),
        ],
        text: "New pain under 20 or over 50 is a risk marker a clinician should check.",
    },
    Rule {
        id: RuleId::WorseningNumbnessOrTingling,
        pathway: Pathway::NerveDeficit,
        when: C::Any(&[
            C::Worsening(NerveSign::Numbness),
            C::Worsening(NerveSign::Tingling),
        ]),
        says: &[says(GUIDE, PROJ, D::SeeClinicianSoon)],
        text: "Numbness or tingling that is getting worse can signal growing pressure on the nerve.",
    },
    Rule {
        id: RuleId::AfterFallOrAccident,
        pathway: Pathway::Fracture,
        when: C::AfterFall,
        says: &[
            says(GUIDE, PROJ, D::SeeClinicianSoon),
            says(AHCPR, CLIN, D::SeeClinicianSoon),
        ],
        text: "Pain that began after a fall or accident should be checked to rule out other injuries.",
    },
    Rule {
        id: RuleId::StableWeakness,
        pathway: Pathway::NerveDeficit,
        when: C::NervePresent(NerveSign::Weakness),
        says: &[
            says(Source::Guide(Symptoms), PROJ, D::SeeClinician),
            says(SHEET, CLIN, D::SeeClinicianSoon),
        ],
        text: "Leg weakness, even when not getting worse, should be examined within about 2 weeks.",
    },
    Rule {
        id: RuleId::SevereOrConstantPain,
        pathway: Pathway::Mechanical,
        when: C::Flag(F::SevereOrConstantPain),
        says: &[
            says(NHS_SCIATICA, SPEC, D::SeeClinician),
            says(NHS_BACK, GEN, D::SeeClinician),
            says(GUIDE, PROJ, D::SeeClinician),
        ],
        text: "Severe or constant pain that stops daily tasks or sleep should be assessed.",
    },
    Rule {
        id: RuleId::SeverePainScore,
        pathway: Pathway::Mechanical,
        when: C::PainAtLeast(SEVERE_PAIN),
        says: &[
            says(NHS_BACK, GEN, D::SeeClinician),
            says(Source::Guide(SciaticaComparison), PROJ, D::SeeClinician),
            says(Source::Cited(Loinc72514), PROJ, D::SeeClinician),
        ],
        text: "Pain of 7 or more out of 10 is severe; a clinician can give a clear diagnosis and plan.",
    },
    Rule {
        id: RuleId::PainGettingWorse,
        pathway: Pathway::Mechanical,
        when: C::Flag(F::PainGettingWorse),
        says: &[
            says(NHS_SCIATICA, SPEC, D::SeeClinician),
            says(NHS_BACK, GEN, D::SeeClinician),
            says(GUIDE, PROJ, D::SeeClinician),
        ],
        text: "Pain that keeps getting worse should be looked at by a clinician.",
    },
    Rule {
        id: RuleId::NoImprovement,
        pathway: Pathway::Mechanical,
        when: C::NoImprovementAfterWeeks(NO_IMPROVEMENT_WEEKS),
        says: &[
            says(NHS_SCIATICA, SPEC, D::SeeClinician),
            says(NHS_WALES, SPEC, D::SeeClinician),
            says(GUIDE, PROJ, D::SeeClinician),
        ],
        text: "No clear improvement after a few weeks of self-care: time for a clinician to look.",
    },
    Rule {
        id: RuleId::KeepsComingBack,
        pathway: Pathway::Mechanical,
        when: C::Recurring,
        says: &[says(GUIDE, PROJ, D::SeeClinician)],
        text: "Pain that keeps coming back needs a clear diagnosis.",
    },
    Rule {
        id: RuleId::EmergencySignsUnanswered,
        pathway: Pathway::Unanswered,
        when: C::RedFlagUnanswered(D::Emergency),
        says: &[says(Source::ProjectDefault, PROJ, D::Urgent)],
        text: "A question about a sign that needs emergency care is unanswered or 'not sure', so it is not ruled out. Answer it, or get checked today.",
    },
    Rule {
        id: RuleId::UrgentSignsUnanswered,
        pathway: Pathway::Unanswered,
        when: C::RedFlagUnanswered(D::Urgent),
        says: &[says(Source::ProjectDefault, PROJ, D::SeeClinicianSoon)],
        text: "A question about a sign that needs same-day care is unanswered or 'not sure'. Answer it, or have a clinician check soon.",
    },
    Rule {
        id: RuleId::RedFlagsUnanswered,
        pathway: Pathway::Unanswered,
        when: C::Any(&[
            C::RedFlagUnanswered(D::SeeClinicianSoon),
            C::RedFlagUnanswered(D::SeeClinician),
        ]),
        says: &[says(Source::ProjectDefault, PROJ, D::SeeClinician)],
        text: "Some warning-sign questions are unanswered, so serious causes are not ruled out. Answer them, or have a clinician check.",
    },
];

/// The rule that fires when nothing else does.
pub const NO_WARNING_SIGNS: Rule = Rule {
    id: RuleId::NoWarningSigns,
    pathway: Pathway::Mechanical,
    when: C::All(&[]),
    says: &[
        says(GUIDE, PROJ, D::SelfCare),
        says(Source::Cited(NiceNg59), CLIN, D::SelfCare),
    ],
    text: "No warning signs were found, so careful self-care fits.",
};

// RULES lists the rules in RuleId order, so a rule is found by index.
const _: () = {
    let mut i = 0;
    while i < RULES.len() {
        assert!(
            RULES[i].id as usize == i,
            "RULES must follow the RuleId order"
        );
        i += 1;
    }
    assert!(NO_WARNING_SIGNS.id as usize == RULES.len());
};

impl RuleId {
    /// The rule with this id.
    pub fn rule(self) -> &'static Rule {
        RULES.get(self as usize).unwrap_or(&NO_WARNING_SIGNS)
    }

    /// The sources of this rule ([`Rule::sources`]), built once and borrowed.
    pub fn sources(self) -> &'static [Source] {
        use std::sync::OnceLock;
        static CACHE: OnceLock<Vec<Vec<Source>>> = OnceLock::new();
        let cache =
            CACHE.get_or_init(|| RuleId::ALL.iter().map(|id| id.rule().sources()).collect());
        cache.get(self as usize).map_or(&[], Vec::as_slice)
    }

    /// The tier of this rule under a policy, from a table computed at compile time.
    pub fn tier(self, policy: TriagePolicy) -> Disposition {
        TIERS[policy as usize]
            .get(self as usize)
            .copied()
            .unwrap_or_else(|| self.rule().tier(policy))
    }
}

impl Disposition {
    /// What to do, in plain words.
    pub const fn action(self) -> &'static str {
        match self {
            Self::Emergency => {
                "Emergency: call an ambulance or go to the emergency department now."
            }
            Self::Urgent => "Get seen today: contact a doctor or urgent care service the same day.",
            Self::SeeClinicianSoon => {
                "See a clinician within about 2 weeks; sooner if it gets worse."
            }
            Self::SeeClinician => {
                "Book an appointment with a clinician, such as a GP or physical therapist. Gentle self-care can go on meanwhile."
            }
            Self::SelfCare => "Self-care at home fits. Keep an eye out for the warning signs.",
        }
    }

    /// A short label for display.
    pub const fn label(self) -> &'static str {
        match self {
            Self::Emergency => "Emergency",
            Self::Urgent => "Urgent",
            Self::SeeClinicianSoon => "See a clinician soon",
            Self::SeeClinician => "See a clinician",
            Self::SelfCare => "Self-care",
        }
    }

    /// The time frame, in a few words.
    pub const fn timeframe(self) -> &'static str {
        match self {
            Self::Emergency => "now",
            Self::Urgent => "today",
            Self::SeeClinicianSoon => "within 2 weeks",
            Self::SeeClinician => "book soon",
            Self::SelfCare => "at home",
        }
    }

    /// Whether a self-care routine may be offered at this level.
    pub const fn allows_self_care(self) -> bool {
        matches!(
            self,
            Self::SelfCare | Self::SeeClinician | Self::SeeClinicianSoon
        )
    }
}

impl LikelySource {
    /// A short label for display.
    pub const fn label(self) -> &'static str {
        match self {
            Self::Piriformis => "piriformis-related",
            Self::Spinal => "spinal (sciatica from the back)",
            Self::Mixed => "mixed",
            Self::Unclear => "unclear",
        }
    }
}

impl Caution {
    /// The caution as shown to the user.
    pub const fn text(self) -> &'static str {
        match self {
            Self::NerveSymptomsGentle => {
                "You have nerve symptoms: use gentle pressure and mild stretches only, and ease off at once if numbness or tingling grows."
            }
            Self::NoHeatOnNumbSkin => {
                "Do not put heat on skin that is numb: you may not feel a burn."
            }
            Self::StartGently => {
                "Your pain is strong right now: start at the gentle end of each exercise."
            }
            Self::AnswerRedFlags => {
                "Some warning-sign questions are unanswered. If any of them is a yes, follow the advice for it: some need emergency care."
            }
            Self::SafetyNet => {
                "Get help at once if you lose bladder or bowel control, feel numb between the legs, or get symptoms in both legs. See a clinician if it gets worse or is not better within a few weeks; sciatica usually settles in 4-6 weeks."
            }
        }
    }
}

/// A rule that fired, with its reason and sources.
/// A rule that fired, with its reason and sources.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FiredRule {
    /// The rule's id.
    pub id: RuleId,
    /// The serious cause it stands for.
    pub pathway: Pathway,
    /// The disposition it sets at least, under the policy used.
    pub disposition: Disposition,
    /// Why, in plain words.
    pub text: Cow<'static, str>,
    /// Where its tier comes from.
    pub sources: Cow<'static, [Source]>,
}

/// A feature of the comparison table that was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Evidence {
    /// Something that makes it worse.
    WorseWith(Aggravator),
    /// Where it is tender.
    Tender(TenderArea),
    /// A red flag that points to the spine (cauda equina signs, both legs).
    Sign(RedFlag),
}

/// The likely source, with the features that support each side.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceAssessment {
    /// The verdict.
    pub verdict: LikelySource,
    /// Features that point to the piriformis.
    pub piriformis: Vec<Evidence>,
    /// Features that point to the spine.
    pub spinal: Vec<Evidence>,
    /// Why, in plain words, with the counts.
    pub explanation: String,
}

/// A caution with its text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CautionNote {
    /// Its id.
    pub id: Caution,
    /// The text.
    pub text: Cow<'static, str>,
}

/// The result of [`triage`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TriageResult {
    /// The policy whose tiers were used.
    pub policy: TriagePolicy,
    /// How soon to get care: the maximum over the fired rules.
    pub disposition: Disposition,
    /// What to do, in plain words.
    pub action: Cow<'static, str>,
    /// True when open red-flag questions could still raise the result.
    pub provisional: bool,
    /// Every rule that fired, highest disposition first.
    pub fired: Vec<FiredRule>,
    /// Where the pain most likely comes from.
    pub likely_source: SourceAssessment,
    /// Cautions to show.
    pub cautions: Vec<CautionNote>,
    /// Red-flag questions unanswered (or "not sure") whose "yes" would raise
    /// the result: the questions to put in front of the person.
    pub unanswered: Vec<RedFlag>,
    /// The not-medical-advice notice.
    pub notice: Cow<'static, str>,
}

impl TriageResult {
    /// The pathways of the rules that fired, each once, highest rule first.
    pub fn pathways(&self) -> Vec<Pathway> {
        let mut out = Vec::new();
        for f in &self.fired {
            if !out.contains(&f.pathway) {
                out.push(f.pathway);
            }
        }
        out
    }
}

/// Triage an assessment under the default [`TriagePolicy::SelfCheck`].
///
/// ```
/// use piriformis_core::{triage, Assessment, Disposition, RedFlag, Answer};
/// let mut a = Assessment::default();
/// a.red_flags.insert(RedFlag::SaddleNumbness, Answer::Present);
/// let r = triage(&a).unwrap();
/// assert_eq!(r.disposition, Disposition::Emergency);
/// ```
pub fn triage(a: &Assessment) -> Result<TriageResult> {
    triage_with(a, TriagePolicy::SelfCheck)
}

/// Triage an assessment under a policy.
///
/// ```
/// use piriformis_core::{Assessment, Disposition};
/// use piriformis_core::triage::{triage_with, TriagePolicy};
/// let a = Assessment::from_json(r#"{"red_flags": {"fever": "present"}}"#)?;
/// assert_eq!(triage_with(&a, TriagePolicy::SelfCheck)?.disposition, Disposition::Urgent);
/// assert!(triage_with(&a, TriagePolicy::ClinicianReferral)?.disposition <= Disposition::Urgent);
/// # Ok::<(), piriformis_core::Error>(())
/// ```
pub fn triage_with(a: &Assessment, policy: TriagePolicy) -> Result<TriageResult> {
    a.validate()
        .map_err(|e| e.with_warning_signs(a.present_flags()))?;
    let flags = a.flag_answers();
    let (set, open) = fired_rules(a, &flags, policy);
    let fired: Vec<FiredRule> = set.rules_under(policy).map(|r| fire(r, policy)).collect();
    let disposition = set.disposition_under(policy);
    let unanswered: Vec<RedFlag> = RedFlag::ALL
        .iter()
        .copied()
        .filter(|&f| open >> f as u32 & 1 == 1)
        .collect();

    let mut cautions = Vec::new();
    let mut caution = |c: Caution| {
        cautions.push(CautionNote {
            id: c,
            text: Cow::Borrowed(c.text()),
        })
    };
    if disposition.allows_self_care() {
        if a.nerve.any_present() {
            caution(Caution::NerveSymptomsGentle);
        }
        if matches!(
            a.nerve.numbness,
            NerveStatus::Stable | NerveStatus::Worsening
        ) {
            caution(Caution::NoHeatOnNumbSkin);
        }
        if a.pain_now.is_some_and(|p| p >= SEVERE_PAIN) {
            caution(Caution::StartGently);
        }
    }
    if !unanswered.is_empty() && disposition != D::Emergency {
        caution(Caution::AnswerRedFlags);
    }
    if disposition != D::Emergency {
        caution(Caution::SafetyNet);
    }

    Ok(TriageResult {
        policy,
        disposition,
        action: Cow::Borrowed(disposition.action()),
        provisional: !unanswered.is_empty(),
        fired,
        likely_source: likely_source(a),
        cautions,
        unanswered,
        notice: Cow::Borrowed(NOTICE),
    })
}

/// Each rule's tier under each policy (`[policy][rule]`), read from the rows once, at compile time.
const TIERS: [[Disposition; RULES.len()]; TriagePolicy::ALL.len()] = {
    let mut out = [[Disposition::SelfCare; RULES.len()]; TriagePolicy::ALL.len()];
    let mut i = 0;
    while i < RULES.len() {
        out[TriagePolicy::SelfCheck as usize][i] = RULES[i].tier(TriagePolicy::SelfCheck);
        out[TriagePolicy::ClinicianReferral as usize][i] =
            RULES[i].tier(TriagePolicy::ClinicianReferral);
        i += 1;
    }
    out
};

/// The red flags each rule reads, at compile time.
const READS: [u32; RULES.len()] = {
    let mut out = [0; RULES.len()];
    let mut i = 0;
    while i < RULES.len() {
        out[i] = RULES[i].when.flags_read();
        i += 1;
    }
    out
};

/// The red flags each rule needs present ([`Condition::flags_required`]).
const REQUIRED: [u32; RULES.len()] = {
    let mut out = [0; RULES.len()];
    let mut i = 0;
    while i < RULES.len() {
        out[i] = RULES[i].when.flags_required();
        i += 1;
    }
    out
};

/// The red flags answered "present", one bit per `RedFlag as usize`.
fn present(flags: &FlagAnswers) -> u32 {
    flags
        .iter()
        .enumerate()
        .filter(|(_, a)| **a == Answer::Present)
        .fold(0, |bits, (f, _)| bits | 1 << f)
}

/// Whether a rule is a finding (not about unanswered questions).
fn is_finding(r: &Rule) -> bool {
    r.pathway != Pathway::Unanswered
}

/// The finding rules that hold, and the highest tier among them.
fn findings(a: &Assessment, flags: &FlagAnswers, policy: TriagePolicy) -> (RuleSet, Disposition) {
    let tiers = &TIERS[policy as usize];
    let yes = present(flags);
    let mut set = RuleSet::default();
    let mut top = D::SelfCare;
    for (i, r) in RULES.iter().enumerate() {
        if REQUIRED[i] & !yes == 0 && is_finding(r) && r.when.holds_with(a, flags, 0) {
            set.insert(r.id);
            top = top.max(tiers[i]);
        }
    }
    (set, top)
}

/// For each red flag, the finding rules that read it (indices into
/// [`RULES`]), highest tier under the policy first; built once per policy.
fn readers(policy: TriagePolicy) -> &'static [Vec<u8>] {
    use std::sync::OnceLock;
    static READERS: [OnceLock<Vec<Vec<u8>>>; TriagePolicy::ALL.len()] =
        [OnceLock::new(), OnceLock::new()];
    READERS[policy as usize].get_or_init(|| {
        let tiers = &TIERS[policy as usize];
        (0..RedFlag::ALL.len())
            .map(|f| {
                let mut rules: Vec<u8> = (0..RULES.len())
                    .filter(|&i| READS[i] >> f & 1 == 1 && is_finding(&RULES[i]))
                    .map(|i| i as u8)
                    .collect();
                rules.sort_by_key(|&i| std::cmp::Reverse(tiers[usize::from(i)]));
                rules
            })
            .collect()
    })
}

const _: () = assert!(RULES.len() <= u8::MAX as usize);

/// The open red-flag questions: unanswered ones whose "yes" would raise the
/// result above `top`, as a flag bit set, and the tiers they would raise it to.
fn open_flags(
    a: &Assessment,
    flags: &FlagAnswers,
    policy: TriagePolicy,
    top: Disposition,
) -> (u32, OpenTiers) {
    let tiers = &TIERS[policy as usize];
    let readers = readers(policy);
    let yes = present(flags);
    let (mut open, mut raise) = (0u32, 0u8);
    for (f, &answer) in flags.iter().enumerate() {
        if answer != Answer::Unknown {
            continue;
        }
        let mut what_if = *flags;
        what_if[f] = Answer::Present;
        // Highest tier first: the first rule that would fire is the best one.
        for &i in &readers[f] {
            let tier = tiers[usize::from(i)];
            if tier <= top {
                break;
            }
            let needs = REQUIRED[usize::from(i)] & !(yes | 1 << f);
            if needs == 0 && RULES[usize::from(i)].when.holds_with(a, &what_if, 0) {
                open |= 1 << f;
                raise |= 1 << tier as u8;
                break;
            }
        }
    }
    (open, raise)
}

/// The rules that fire for an assessment under a policy ([`RuleId::NoWarningSigns`]
/// when no other does) and the open red flags. The one place rules are
/// evaluated, for [`triage`] and [`summary`].
fn fired_rules(a: &Assessment, flags: &FlagAnswers, policy: TriagePolicy) -> (RuleSet, u32) {
    let (mut set, top) = findings(a, flags, policy);
    let (open, raise) = open_flags(a, flags, policy, top);
    for r in RULES.iter().filter(|r| !is_finding(r)) {
        if r.when.holds_with(a, flags, raise) {
            set.insert(r.id);
        }
    }
    if set.is_empty() {
        set.insert(RuleId::NoWarningSigns);
    }
    (set, open)
}

/// The tier table as Markdown: one row per rule, with the tier each source
/// gives it (grouped by audience) and the tier each policy uses. The same
/// rows [`Rule::tier`] reads; `docs/triage-tier-table.md` is this text.
pub fn tier_table_markdown() -> String {
    use std::fmt::Write;
    let name = |s: Source| match s {
        Source::Guide(g) => format!("guide {}", g.id()),
        Source::Cited(c) => c.id().to_string(),
        Source::ProjectDefault => "project default".to_string(),
    };
    let cell = |r: &Rule, who: Audience| {
        let rows: Vec<String> = r
            .says
            .iter()
            .filter(|s| s.audience == who)
            .map(|s| format!("{}: {}", name(s.source), s.tier))
            .collect();
        if rows.is_empty() {
            "-".to_string()
        } else {
            rows.join("; ")
        }
    };
    let mut out = String::from(
        "| Rule | Pathway | Patient, this presentation | Patient, back pain | Clinician | Guide or project | Self-check | Clinician referral |\n|---|---|---|---|---|---|---|---|\n",
    );
    for r in RULES.iter().chain(std::iter::once(&NO_WARNING_SIGNS)) {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | **{}** | **{}** |",
            r.id,
            r.pathway,
            cell(r, Audience::PatientSpecific),
            cell(r, Audience::PatientGeneral),
            cell(r, Audience::Clinician),
            cell(r, Audience::Project),
            r.tier(TriagePolicy::SelfCheck),
            r.tier(TriagePolicy::ClinicianReferral),
        );
    }
    out
}

/// The disposition that red flags reported present give at least, whatever
/// else is wrong with the input: the finding rules that hold when these flags
/// are present and nothing else is known. `None` when that is self-care (no
/// flag present, or only follow-ups). Errors carry it
/// so that bad input never hides an emergency.
///
/// ```
/// use piriformis_core::{Disposition, RedFlag};
/// use piriformis_core::triage::{floor, TriagePolicy};
/// assert_eq!(floor([RedFlag::SaddleNumbness], TriagePolicy::SelfCheck), Some(Disposition::Emergency));
/// assert_eq!(floor([], TriagePolicy::SelfCheck), None);
/// ```
pub fn floor(
    present: impl IntoIterator<Item = RedFlag>,
    policy: TriagePolicy,
) -> Option<Disposition> {
    let mut a = Assessment::default();
    for f in present {
        a.red_flags.insert(f, Answer::Present);
    }
    let (_, top) = findings(&a, &a.flag_answers(), policy);
    (top > D::SelfCare).then_some(top)
}

/// Every rule, [`NO_WARNING_SIGNS`] included, highest tier under the policy
/// first and in [`RULES`] order within a tier; sorted once per policy.
fn by_disposition(policy: TriagePolicy) -> &'static [&'static Rule] {
    use std::sync::OnceLock;
    static ORDER: [OnceLock<Vec<&'static Rule>>; TriagePolicy::ALL.len()] =
        [OnceLock::new(), OnceLock::new()];
    ORDER[policy as usize].get_or_init(|| {
        let mut all: Vec<&'static Rule> = RULES
            .iter()
            .chain(std::iter::once(&NO_WARNING_SIGNS))
            .collect();
        all.sort_by_key(|r| std::cmp::Reverse(r.id.tier(policy)));
        all
    })
}

/// A set of triage rules, one bit per [`RuleId`], without allocation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct RuleSet(u64);

const _: () = assert!(RuleId::ALL.len() <= 64, "RuleSet holds at most 64 rules");

impl RuleSet {
    /// Adds a rule.
    pub fn insert(&mut self, id: RuleId) {
        self.0 |= 1 << id as u32;
    }

    /// Whether the rule is in the set.
    pub fn contains(self, id: RuleId) -> bool {
        self.0 >> id as u32 & 1 == 1
    }

    /// How many rules are in the set.
    pub fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    /// Whether the set is empty.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The set as bits: bit `i` stands for `RuleId::ALL[i]`. Equal sets have
    /// equal bits, so this works as a compact key.
    pub fn bits(self) -> u64 {
        self.0
    }

    /// The rules in the order [`TriageResult::fired`] lists them under the
    /// default policy: highest disposition first, then the order of [`RULES`].
    pub fn rules(self) -> impl Iterator<Item = &'static Rule> {
        self.rules_under(TriagePolicy::SelfCheck)
    }

    /// [`RuleSet::rules`] under a policy.
    pub fn rules_under(self, policy: TriagePolicy) -> impl Iterator<Item = &'static Rule> {
        by_disposition(policy)
            .iter()
            .copied()
            .filter(move |r| self.contains(r.id))
    }

    /// The ids, in the order of [`RuleSet::rules`].
    pub fn ids(self) -> impl Iterator<Item = RuleId> {
        self.rules().map(|r| r.id)
    }

    /// The highest disposition any rule in the set gives under the default
    /// policy (self-care when empty).
    pub fn disposition(self) -> Disposition {
        self.disposition_under(TriagePolicy::SelfCheck)
    }

    /// [`RuleSet::disposition`] under a policy.
    pub fn disposition_under(self, policy: TriagePolicy) -> Disposition {
        self.rules_under(policy)
            .next()
            .map_or(D::SelfCare, |r| r.id.tier(policy))
    }
}

/// What [`triage`] decides, without the texts, sources and cautions: the
/// fields a batch keeps per row. Computed by the same rules, with no allocation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TriageSummary {
    /// As [`TriageResult::disposition`].
    pub disposition: Disposition,
    /// As [`TriageResult::provisional`].
    pub provisional: bool,
    /// The ids of [`TriageResult::fired`].
    pub fired: RuleSet,
    /// How many red-flag questions are open ([`TriageResult::unanswered`]).
    pub unanswered: usize,
    /// As [`SourceAssessment::verdict`].
    pub likely_source: LikelySource,
}

/// The essentials of [`triage`] for batch use: the same checks and rules,
/// nothing allocated.
///
/// ```
/// use piriformis_core::{triage, Assessment};
/// use piriformis_core::triage::summary;
///
/// let a = Assessment::from_json(r#"{"red_flags": {"foot_drop": "present"}}"#)?;
/// let (s, full) = (summary(&a)?, triage(&a)?);
/// assert_eq!(s.disposition, full.disposition);
/// assert!(s.fired.ids().eq(full.fired.iter().map(|f| f.id)));
/// # Ok::<(), piriformis_core::Error>(())
/// ```
pub fn summary(a: &Assessment) -> Result<TriageSummary> {
    summary_with(a, TriagePolicy::SelfCheck)
}

/// [`summary`] under a policy.
pub fn summary_with(a: &Assessment, policy: TriagePolicy) -> Result<TriageSummary> {
    a.validate()
        .map_err(|e| e.with_warning_signs(a.present_flags()))?;
    let flags = a.flag_answers();
    let (fired, open) = fired_rules(a, &flags, policy);
    let (p, s) = source_counts(a, &flags);
    Ok(TriageSummary {
        disposition: fired.disposition_under(policy),
        provisional: open != 0,
        fired,
        unanswered: open.count_ones() as usize,
        likely_source: LikelySource::from_counts(p, s),
    })
}

/// How many distinct reported features point to the piriformis and to the
/// spine, counted with bit sets (one bit per aggravator, one per tender area,
/// one per red flag).
fn source_counts(a: &Assessment, flags: &FlagAnswers) -> (usize, usize) {
    let (mut p, mut s) = (0u64, 0u64);
    let mut mark = |lean: Lean, bit: u32| match lean {
        Lean::Piriformis => p |= 1 << bit,
        Lean::Spinal => s |= 1 << bit,
        Lean::Either => {}
    };
    for &w in &a.worse_with {
        mark(w.record().lean, w as u32);
    }
    for &t in &a.tender_areas {
        mark(t.lean(), 16 + t as u32);
    }
    for &f in RedFlag::ALL {
        if flags[f as usize] == Answer::Present {
            mark(f.record().lean, 32 + f as u32);
        }
    }
    (p.count_ones() as usize, s.count_ones() as usize)
}

const _: () = assert!(Aggravator::ALL.len() <= 16 && TenderArea::ALL.len() <= 16);

impl LikelySource {
    /// The verdict from the number of features pointing each way.
    pub fn from_counts(piriformis: usize, spinal: usize) -> Self {
        match (piriformis, spinal) {
            (0, 0) => Self::Unclear,
            (_, 0) => Self::Piriformis,
            (0, _) => Self::Spinal,
            _ => Self::Mixed,
        }
    }
}

fn fire(r: &Rule, policy: TriagePolicy) -> FiredRule {
    FiredRule {
        id: r.id,
        pathway: r.pathway,
        disposition: r.id.tier(policy),
        text: Cow::Borrowed(r.text),
        sources: Cow::Borrowed(r.id.sources()),
    }
}

/// Weighs the comparison-table features, and the red flags that point to the
/// spine: piriformis-related, spinal, mixed or unclear.
pub fn likely_source(a: &Assessment) -> SourceAssessment {
    let flags = a.flag_answers();
    let mut piriformis = Vec::new();
    let mut spinal = Vec::new();
    let mut push = |lean: Lean, e: Evidence| match lean {
        Lean::Piriformis => piriformis.push(e),
        Lean::Spinal => spinal.push(e),
        Lean::Either => {}
    };
    for &w in &a.worse_with {
        push(w.record().lean, Evidence::WorseWith(w));
    }
    for &t in &a.tender_areas {
        push(t.lean(), Evidence::Tender(t));
    }
    for &f in RedFlag::ALL {
        if flags[f as usize] == Answer::Present {
            push(f.record().lean, Evidence::Sign(f));
        }
    }
    piriformis.sort();
    piriformis.dedup();
    spinal.sort();
    spinal.dedup();
    let (p, s) = (piriformis.len(), spinal.len());
    let verdict = LikelySource::from_counts(p, s);
    let explanation = match verdict {
        LikelySource::Unclear => {
            "None of the features that tell piriformis pain from spinal sciatica were reported."
                .to_string()
        }
        LikelySource::Piriformis => {
            format!("{p} feature(s) point to the piriformis and none to the spine.")
        }
        LikelySource::Spinal => format!(
            "{s} feature(s) point to the spine and none to the piriformis; a clinician should check the back."
        ),
        LikelySource::Mixed => format!(
            "{p} feature(s) point to the piriformis and {s} to the spine; both may play a part."
        ),
    };
    SourceAssessment {
        verdict,
        piriformis,
        spinal,
        explanation,
    }
}

impl std::fmt::Display for TriageResult {
    /// A plain-text report: the action, the reasons with their sources, the
    /// likely source, cautions, unanswered questions and the notice.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(f, "{}", self.action)?;
        if self.provisional {
            writeln!(
                f,
                "(Provisional: {} warning-sign question(s) could still change this.)",
                self.unanswered.len()
            )?;
        }
        writeln!(f, "\nWhy:")?;
        for r in &self.fired {
            writeln!(f, "  - [{}] {}", r.disposition.label(), r.text)?;
            let sources: Vec<&str> = r.sources.iter().map(|s| s.describe()).collect();
            writeln!(f, "    Sources: {}", sources.join("; "))?;
        }
        writeln!(
            f,
            "\nLikely source: {}. {}",
            self.likely_source.verdict.label(),
            self.likely_source.explanation
        )?;
        if !self.cautions.is_empty() {
            writeln!(f, "\nTake care:")?;
            for c in &self.cautions {
                writeln!(f, "  - {}", c.text)?;
            }
        }
        if !self.unanswered.is_empty() {
            writeln!(f, "\nStill to answer:")?;
            for r in &self.unanswered {
                writeln!(f, "  - {}", r.record().question)?;
            }
        }
        write!(f, "\n{}", self.notice)
    }
}
