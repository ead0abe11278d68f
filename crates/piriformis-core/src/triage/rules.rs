//! The tier table: every rule, when it fires, and what each source says about it.

use serde::{Deserialize, Serialize};

use crate::red_flag::{RedFlag, RedFlagRecord};
use crate::source::{Citation::*, GuideSection::*, Source};
use crate::symptom::{Aggravator, TenderArea};
use crate::trigger_point::BodyRegion;
use crate::vocab::terms::{Answer, Disposition, Disposition as D, Pathway, TriagePolicy};
use crate::vocab::{Vocabulary, vocabulary};

use super::assessment::{
    Assessment, FlagAnswers, NO_IMPROVEMENT_WEEKS, NerveSign, NerveStatus, NerveSymptoms,
    SEVERE_PAIN,
};
#[cfg(doc)]
use super::report::TriageResult;
use super::rule_set::{findings, open_questions};

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
        /// Sexual dysfunction together with another cauda equina sign.
        SexualWithCaudaEquinaSign,
        /// A cauda equina sign that is new or worse within 2 weeks (or not known to be long-standing, unchanged and checked).
        CaudaEquinaRecent,
        /// The pain began after a serious accident.
        SeriousAccident,
        /// Cancer with radicular pain (below the knee, or with numbness or tingling), weakness, trouble walking or cauda equina signs.
        CancerWithNerveSigns,
        /// Fever during or soon after chemotherapy.
        FeverWithChemotherapy,
        /// Fever with a new or worsening nerve deficit.
        FeverWithNerveDeficit,
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
        /// Cancer with pain that suggests the spine: at night, on straining, a tender spine, getting worse or severe.
        CancerWithSpinalPain,
        /// A fall or accident with osteoporosis, long-term steroids, or age 50 or over.
        FallWithFragileBones,
        /// Fever.
        Fever,
        /// Unexplained weight loss.
        WeightLoss,
        /// Pain worse at night, or not eased by any position.
        PainNotEasedByRest,
        /// A lump or swelling in the back, or a change in its shape.
        LumpOrSwelling,
        /// Night sweats.
        NightSweats,
        /// Past cancer.
        HistoryOfCancer,
        /// Weakened immune system.
        Immunosuppression,
        /// Injecting drugs.
        InjectingDrugUse,
        /// A recent infection, or a wound or procedure on the back.
        RecentInfection,
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
    /// Radicular pain: pain below the knee (calf or foot), or numbness or
    /// tingling in the leg. An ache in the back of the thigh alone is not: it
    /// is the piriformis muscle's own referral zone.
    Radicular,
    /// The age given is at least this many years.
    AgeAtLeast(u8),
    /// No age was given.
    AgeUnknown,
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
    /// A red-flag or nerve question is open (unanswered or "not sure") whose
    /// "yes" would raise the result to this tier (see
    /// [`TriageResult::unanswered`] and [`TriageResult::unanswered_nerve`]).
    RedFlagUnanswered(Disposition),
    /// All of these.
    All(&'static [Condition]),
    /// Any of these.
    Any(&'static [Condition]),
}

/// One bit per tier ([`Disposition`] as bit index): the tiers that open
/// red-flag questions could raise the result to.
pub(crate) type OpenTiers = u8;

/// The pain regions below the knee, which count as radicular pain for [`Condition::Radicular`].
const BELOW_KNEE: [BodyRegion; 2] = [BodyRegion::Calf, BodyRegion::Foot];

impl Condition {
    /// Whether the condition holds for the assessment under the default policy.
    pub fn holds(&self, a: &Assessment) -> bool {
        let flags = a.flag_answers();
        let open = open_questions(
            a,
            &flags,
            TriagePolicy::SelfCheck,
            findings(a, &flags, TriagePolicy::SelfCheck),
        );
        self.holds_with(a, &flags, open.raise)
    }

    /// [`Condition::holds`], with the red-flag answers looked up once.
    pub(crate) fn holds_with(&self, a: &Assessment, flags: &FlagAnswers, open: OpenTiers) -> bool {
        self.holds_in(a, &a.nerve, flags, open)
    }

    /// [`Condition::holds_with`], reading the nerve symptoms from `nerve`
    /// instead of the assessment's (what an open nerve question could give).
    pub(crate) fn holds_in(
        &self,
        a: &Assessment,
        nerve: &NerveSymptoms,
        flags: &FlagAnswers,
        open: OpenTiers,
    ) -> bool {
        match *self {
            Self::Flag(f) => flags.is_yes(f as usize),
            Self::NotAbsent(f) => !flags.is_no(f as usize),
            Self::Worsening(s) => nerve.status(s) == NerveStatus::Worsening,
            Self::NervePresent(s) => {
                matches!(
                    nerve.status(s),
                    NerveStatus::Stable | NerveStatus::Worsening
                )
            }
            Self::Radicular => {
                [NerveSign::Numbness, NerveSign::Tingling].iter().any(|&s| {
                    matches!(
                        nerve.status(s),
                        NerveStatus::Stable | NerveStatus::Worsening
                    )
                }) || a.pain_regions.iter().any(|r| BELOW_KNEE.contains(r))
            }
            Self::AgeAtLeast(years) => a.age.is_some_and(|y| y >= years),
            Self::AgeUnknown => a.age.is_none(),
            Self::WorseWith(w) => a.worse_with.contains(&w),
            Self::Tender(t) => a.tender_areas.contains(&t),
            Self::AfterFall => a.after_fall_or_accident == Answer::Present,
            Self::PainAtLeast(n) => a.pain_now.is_some_and(|p| p >= n),
            Self::NoImprovementAfterWeeks(n) => {
                a.self_care_weeks.is_some_and(|w| w >= n) && a.self_care_helped != Answer::Present
            }
            Self::Recurring => a.keeps_coming_back == Answer::Present,
            Self::RedFlagUnanswered(tier) => open >> tier as u8 & 1 == 1,
            Self::All(cs) => cs.iter().all(|c| c.holds_in(a, nerve, flags, open)),
            Self::Any(cs) => cs.iter().any(|c| c.holds_in(a, nerve, flags, open)),
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

impl Condition {
    /// Red flags at least one of which must be present or unknown (not
    /// answered "absent") for the condition to hold, one bit per `RedFlag as
    /// usize`; 0 when no such set constrains it. A cheap test that skips the
    /// rules about warning signs answered "no".
    const fn flags_one_not_absent(&self) -> u32 {
        match *self {
            Self::Flag(f) | Self::NotAbsent(f) => 1 << f as u32,
            // Each child that constrains is enough; the first one is used.
            Self::All(cs) => {
                let mut i = 0;
                while i < cs.len() {
                    let m = cs[i].flags_one_not_absent();
                    if m != 0 {
                        return m;
                    }
                    i += 1;
                }
                0
            }
            // Every child must constrain, or nothing does.
            Self::Any(cs) => {
                let (mut bits, mut i) = (0, 0);
                while i < cs.len() {
                    let m = cs[i].flags_one_not_absent();
                    if m == 0 {
                        return 0;
                    }
                    bits |= m;
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
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, get_all, module = "piriformis")
)]
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
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, get_all, module = "piriformis", name = "TriageRule")
)]
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

/// The tier this flag gives on its own: the highest tier of the finding rules
/// that hold when it is the only "yes", every other main question is "no"
/// and follow-ups (such as when a cauda equina sign began) are not known, as
/// [`crate::triage::floor`] reads it; self-care when none holds. Used by
/// [`RedFlag::tier`].
pub const fn own_rule_tier(flag: RedFlag, policy: TriagePolicy) -> Disposition {
    let mut top = Disposition::SelfCare;
    let mut i = 0;
    while i < RULES.len() {
        if !matches!(RULES[i].pathway, Pathway::Unanswered) && RULES[i].when.holds_alone(flag) {
            top = max_tier(top, RULES[i].tier(policy));
        }
        i += 1;
    }
    top
}

impl Condition {
    /// Whether the condition holds when `flag` is the only red flag answered
    /// "yes", the other main red-flag questions are "no", follow-up questions
    /// are not known, and nothing else is known (no age, no nerve sign).
    const fn holds_alone(&self, flag: RedFlag) -> bool {
        match *self {
            Self::Flag(f) => f as usize == flag as usize,
            Self::NotAbsent(f) => f as usize == flag as usize || !f.parents().is_empty(),
            Self::AgeUnknown => true,
            Self::All(cs) => {
                let mut i = 0;
                while i < cs.len() {
                    if !cs[i].holds_alone(flag) {
                        return false;
                    }
                    i += 1;
                }
                true
            }
            Self::Any(cs) => {
                let mut i = 0;
                while i < cs.len() {
                    if cs[i].holds_alone(flag) {
                        return true;
                    }
                    i += 1;
                }
                false
            }
            _ => false,
        }
    }
}

use Audience::{
    Clinician as CLIN, PatientGeneral as GEN, PatientSpecific as SPEC, Project as PROJ,
};
use Condition as C;

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
const CG151: Source = Source::Cited(NiceCg151);
const LOTHIAN: Source = Source::Cited(NhsLothianRedFlags);
const SPINE_INFECTION: Source = Source::Cited(BnssgSpinalPathway);
const VERHAGEN: Source = Source::Cited(Verhagen2016);

/// The age from which a minor fall counts as a fracture risk: AHCPR's "older
/// patient" has no number; the Canadian and Australian guidelines use 50
/// (Verhagen et al. 2016).
pub const FRACTURE_AGE: u8 = 50;

/// The cauda equina signs that the 2-week onset question qualifies (the
/// parents of [`RedFlag::CaudaEquinaSignsRecent`], checked by a test).
pub const CES_SIGNS: &[Condition] = &[
    C::Flag(F::BladderOrBowelControl),
    C::Flag(F::SaddleNumbness),
    C::Flag(F::BothLegs),
];

/// The version of the rule table ([`RULES`], [`NO_WARNING_SIGNS`] and the
/// tiers they give): bumped whenever a rule, a condition or a tier changes,
/// and carried by every [`crate::TriageResult`]. A test fingerprints the
/// table, so a change without a new version fails.
pub const RULES_VERSION: u16 = 3;

/// Every triage rule with its cited tier rows: the tier table. The
/// disposition is the highest tier any fired rule has under the policy.
/// [`RuleId::NoWarningSigns`] fires only when no other does. The rules are in
/// [`RuleId`] order (checked at compile time), so an id finds its rule by index;
/// results list fired rules highest tier first.
pub const RULES: &[Rule] = &[
    Rule {
        id: RuleId::BladderOrBowel,
        pathway: Pathway::CaudaEquina,
        when: C::Flag(F::BladderOrBowelControl),
        says: &[
            says(NHS_INFORM, GEN, D::Urgent),
            says(GIRFT, CLIN, D::Urgent),
            says(SHEET, CLIN, D::Urgent),
        ],
        text: "Trouble with bladder or bowel control can mean the nerves at the base of the spine are squeezed (cauda equina syndrome). Even when it is long-standing, unchanged and already checked, get seen today.",
    },
    Rule {
        id: RuleId::SaddleNumbness,
        pathway: Pathway::CaudaEquina,
        when: C::Flag(F::SaddleNumbness),
        says: &[
            says(NHS_INFORM, GEN, D::Urgent),
            says(GIRFT, CLIN, D::Urgent),
            says(SHEET, CLIN, D::Urgent),
        ],
        text: "Numbness between the legs is a sign of cauda equina syndrome. Even when it is long-standing, unchanged and already checked, get seen today.",
    },
    Rule {
        id: RuleId::BothLegs,
        pathway: Pathway::CaudaEquina,
        when: C::Flag(F::BothLegs),
        says: &[says(GIRFT, CLIN, D::Urgent)],
        text: "Sciatica in both legs, or numbness or weakness in both legs, can mean the nerves at the base of the spine are squeezed. Even when it is long-standing, unchanged and already checked, get seen today.",
    },
    Rule {
        id: RuleId::SexualDysfunction,
        pathway: Pathway::CaudaEquina,
        when: C::Flag(F::SexualDysfunction),
        says: &[
            says(NHS_INFORM, GEN, D::Urgent),
            says(GIRFT, CLIN, D::Urgent),
            says(SHEET, CLIN, D::Urgent),
        ],
        text: "New sexual problems with back or buttock pain can be a sign of cauda equina syndrome; on their own they rarely are, so get seen today.",
    },
    Rule {
        id: RuleId::SexualWithCaudaEquinaSign,
        pathway: Pathway::CaudaEquina,
        when: C::All(&[C::Flag(F::SexualDysfunction), C::Any(CES_SIGNS)]),
        says: &[
            says(NHS_WALES, SPEC, D::Emergency),
            says(BMJ, CLIN, D::Emergency),
        ],
        text: "New sexual problems together with another sign of squeezed nerves at the base of the spine need emergency care now.",
    },
    Rule {
        id: RuleId::CaudaEquinaRecent,
        pathway: Pathway::CaudaEquina,
        when: C::All(&[C::Any(CES_SIGNS), C::NotAbsent(F::CaudaEquinaSignsRecent)]),
        says: &[
            says(NHS_SCIATICA, SPEC, D::Emergency),
            says(NHS_WALES, SPEC, D::Emergency),
            says(NHS_BACK, GEN, D::Emergency),
            says(GUIDE, PROJ, D::Emergency),
            says(GIRFT, CLIN, D::Emergency),
            says(BMJ, CLIN, D::Emergency),
            says(CKS, CLIN, D::Emergency),
        ],
        text: "A sign of squeezed nerves at the base of the spine (cauda equina syndrome) that is new or worse within 2 weeks, or not known to be long-standing and already checked, needs emergency care now.",
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
                C::Radicular,
                C::NervePresent(NerveSign::Weakness),
                C::Flag(F::UnsteadyWalking),
                C::Flag(F::FootDrop),
                C::Flag(F::BladderOrBowelControl),
                C::Flag(F::SaddleNumbness),
                C::Flag(F::BothLegs),
            ]),
        ]),
        says: &[says(NG234, CLIN, D::Emergency)],
        text: "With cancer now or in the past, pain shooting below the knee, numbness or tingling in a leg, weakness or trouble walking can mean pressure on the spinal cord or nerves: an oncological emergency.",
    },
    Rule {
        id: RuleId::FeverWithChemotherapy,
        pathway: Pathway::Infection,
        when: C::All(&[C::Flag(F::Fever), C::Flag(F::RecentChemotherapy)]),
        says: &[says(CG151, CLIN, D::Emergency)],
        text: "A fever during or soon after chemotherapy can mean a serious infection (neutropenic sepsis). Call your chemotherapy 24-hour line now; if you cannot reach it, call 999.",
    },
    Rule {
        id: RuleId::FeverWithNerveDeficit,
        pathway: Pathway::Infection,
        when: C::All(&[
            C::Flag(F::Fever),
            C::Any(&[
                C::Worsening(NerveSign::Weakness),
                C::Worsening(NerveSign::Numbness),
                C::Flag(F::FootDrop),
                C::Flag(F::UnsteadyWalking),
            ]),
        ]),
        says: &[says(SPINE_INFECTION, CLIN, D::Emergency)],
        text: "A fever with new or worsening weakness, numbness or trouble walking can mean an infection pressing on the nerves in the spine (an abscess): emergency care now.",
    },
    Rule {
        id: RuleId::FootDrop,
        pathway: Pathway::NerveDeficit,
        when: C::Flag(F::FootDrop),
        says: &[
            says(SHEET, CLIN, D::Urgent),
            says(LOTHIAN, CLIN, D::Urgent),
            says(AHCPR, PROJ, D::Urgent),
        ],
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
            says(GLOS, PROJ, D::Urgent),
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
            says(GLOS, PROJ, D::Urgent),
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
                C::Flag(F::SevereOrConstantPain),
                C::WorseWith(Aggravator::Coughing),
                C::WorseWith(Aggravator::Sneezing),
                C::Tender(TenderArea::Spine),
            ]),
        ]),
        says: &[
            says(NG234, CLIN, D::Urgent),
            says(CKS, CLIN, D::SeeClinicianSoon),
        ],
        text: "With cancer now or in the past, pain that is worse at night, pain on coughing or straining, a tender spine, or pain that keeps getting worse or is severe can mean cancer in the spine: get checked within 24 hours.",
    },
    Rule {
        id: RuleId::FallWithFragileBones,
        pathway: Pathway::Fracture,
        when: C::All(&[
            C::Any(&[
                C::AfterFall,
                C::Flag(F::SeriousAccident),
                C::Flag(F::StrenuousLift),
            ]),
            C::Any(&[
                C::Flag(F::OsteoporosisOrSteroids),
                C::AgeAtLeast(FRACTURE_AGE),
                // Answers saved before the age question: the age flag may mean over 50.
                C::All(&[C::Flag(F::NewPainUnder20OrOver50), C::AgeUnknown]),
            ]),
        ]),
        says: &[
            says(GLOS, PROJ, D::Urgent),
            says(AHCPR, PROJ, D::Urgent),
            says(VERHAGEN, PROJ, D::Urgent),
        ],
        text: "Even a minor fall or a strenuous lift can break a bone when bones are thin: osteoporosis, long-term steroids, or age 50 or over.",
    },
    Rule {
        id: RuleId::Fever,
        pathway: Pathway::Infection,
        when: C::Flag(F::Fever),
        says: &[
            says(NHS_BACK, GEN, D::Urgent),
            says(GUIDE, PROJ, D::SeeClinician),
            says(SHEET, CLIN, D::SeeClinicianSoon),
            says(GLOS, PROJ, D::SeeClinicianSoon),
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
            says(GLOS, PROJ, D::SeeClinicianSoon),
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
            says(GLOS, PROJ, D::SeeClinicianSoon),
            says(AHCPR, PROJ, D::SeeClinicianSoon),
        ],
        text: "Pain that is worse at night, or that no position eases, is not typical of a muscle problem.",
    },
    Rule {
        id: RuleId::LumpOrSwelling,
        pathway: Pathway::Cancer,
        when: C::Flag(F::LumpOrSwelling),
        says: &[
            says(NHS_BACK, GEN, D::Urgent),
            says(Source::ProjectDefault, PROJ, D::SeeClinicianSoon),
        ],
        text: "A new lump or swelling in the back, or a change in its shape, needs checking: ask for an urgent appointment or call 111.",
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
            says(GLOS, PROJ, D::SeeClinicianSoon),
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
        id: RuleId::InjectingDrugUse,
        pathway: Pathway::Infection,
        when: C::Flag(F::InjectingDrugUse),
        says: &[
            says(SHEET, CLIN, D::SeeClinicianSoon),
            says(GLOS, PROJ, D::SeeClinicianSoon),
        ],
        text: "Injecting drugs raises the risk of an infection in the spine; with new back or buttock pain, get checked soon.",
    },
    Rule {
        id: RuleId::RecentInfection,
        pathway: Pathway::Infection,
        when: C::Flag(F::RecentInfection),
        says: &[
            says(GLOS, PROJ, D::SeeClinicianSoon),
            says(AHCPR, PROJ, D::SeeClinicianSoon),
        ],
        text: "A recent infection, or a wound or procedure on the back, raises the risk of an infection in the spine; get checked soon.",
    },
    Rule {
        id: RuleId::OsteoporosisOrSteroids,
        pathway: Pathway::Fracture,
        when: C::Flag(F::OsteoporosisOrSteroids),
        says: &[
            says(SHEET, CLIN, D::SeeClinicianSoon),
            says(GLOS, PROJ, D::SeeClinicianSoon),
        ],
        text: "Osteoporosis or long-term steroids raise the risk of a fracture.",
    },
    Rule {
        id: RuleId::NewPainAge,
        pathway: Pathway::Cancer,
        when: C::Flag(F::NewPainUnder20OrOver50),
        says: &[
            says(GLOS, PROJ, D::SeeClinicianSoon),
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
            says(AHCPR, PROJ, D::SeeClinicianSoon),
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
            says(Source::ProjectDefault, PROJ, D::SeeClinician),
        ],
        text: "We count pain of 7 or more out of 10 as severe; a clinician can give a clear diagnosis and plan.",
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
    assert!(RuleId::ALL.len() == RULES.len() + 1);
};

impl RuleId {
    /// The rule with this id.
    pub const fn rule(self) -> &'static Rule {
        // RULES holds every id but the last in RuleId order, and the last is
        // NoWarningSigns (both checked at compile time below).
        match self {
            RuleId::NoWarningSigns => &NO_WARNING_SIGNS,
            other => &RULES[other as usize],
        }
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

/// Each rule's tier under each policy (`[policy][rule]`), read from the rows once, at compile time.
pub(crate) const TIERS: [[Disposition; RULES.len()]; TriagePolicy::ALL.len()] = {
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

/// A table with one entry per rule of [`RULES`], computed at compile time by
/// a `const fn` of the rule's condition.
macro_rules! per_rule {
    ($default:expr, $f:ident) => {{
        let mut out = [$default; RULES.len()];
        let mut i = 0;
        while i < RULES.len() {
            out[i] = RULES[i].when.$f();
            i += 1;
        }
        out
    }};
}

/// Whether each rule reads the nerve symptoms, at compile time.
pub(crate) const READS_NERVE: [bool; RULES.len()] = per_rule!(false, reads_nerve);

impl Condition {
    /// Whether the condition reads the nerve symptoms.
    const fn reads_nerve(&self) -> bool {
        match *self {
            Self::Worsening(_) | Self::NervePresent(_) | Self::Radicular => true,
            Self::All(cs) | Self::Any(cs) => {
                let mut i = 0;
                while i < cs.len() {
                    if cs[i].reads_nerve() {
                        return true;
                    }
                    i += 1;
                }
                false
            }
            _ => false,
        }
    }
}

/// The red flags each rule reads, at compile time.
pub(crate) const READS: [u32; RULES.len()] = per_rule!(0, flags_read);

/// The red flags each rule needs present ([`Condition::flags_required`]).
pub(crate) const REQUIRED: [u32; RULES.len()] = per_rule!(0, flags_required);

/// For each rule, red flags one of which must not be "absent" for it to hold
/// ([`Condition::flags_one_not_absent`]; 0: no such set).
pub(crate) const ONE_NOT_ABSENT: [u32; RULES.len()] = per_rule!(0, flags_one_not_absent);

/// Whether each rule holds exactly when its required flags are present (a
/// flag, or all of some flags): then [`REQUIRED`] alone decides it.
pub(crate) const DECIDED_BY_FLAGS: [bool; RULES.len()] = per_rule!(false, only_flags);

impl Condition {
    /// A flag, or all of some flags (nested the same way).
    const fn only_flags(&self) -> bool {
        match *self {
            Self::Flag(_) => true,
            Self::All(cs) => {
                let mut i = 0;
                while i < cs.len() {
                    if !cs[i].only_flags() {
                        return false;
                    }
                    i += 1;
                }
                true
            }
            _ => false,
        }
    }
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

impl RedFlag {
    /// How urgent care is when this flag is present on its own, under the
    /// default [`TriagePolicy::SelfCheck`]: the tier of its own rule in
    /// [`crate::triage::RULES`]. A follow-up flag that only matters together
    /// with its parent question (such as [`RedFlag::CaudaEquinaSignsRecent`])
    /// gives its parent's tier.
    pub const fn tier(self) -> Disposition {
        self.tier_under(TriagePolicy::SelfCheck)
    }

    /// [`RedFlag::tier`] under a policy.
    pub const fn tier_under(self, policy: TriagePolicy) -> Disposition {
        let own = match self.follow_up_of() {
            Some(parent) => parent,
            None => self,
        };
        crate::triage::own_rule_tier(own, policy)
    }
}

// A red flag's record carries its tiers, which the rule table decides.
impl Serialize for RedFlagRecord {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("RedFlagRecord", 12)?;
        st.serialize_field("id", &self.id)?;
        st.serialize_field("tier", &self.id.tier())?;
        st.serialize_field(
            "clinician_tier",
            &self.id.tier_under(TriagePolicy::ClinicianReferral),
        )?;
        st.serialize_field("follow_up_of", &self.id.follow_up_of())?;
        st.serialize_field("pathway", &self.pathway)?;
        st.serialize_field("lean", &self.lean)?;
        st.serialize_field("question", self.question)?;
        st.serialize_field("help", self.help)?;
        st.serialize_field("why", self.why)?;
        st.serialize_field("sources", self.sources)?;
        st.serialize_field("check_again", &self.check_again)?;
        st.serialize_field("does_not_apply", &self.does_not_apply)?;
        st.end()
    }
}
