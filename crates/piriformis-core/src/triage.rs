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
        /// Foot drop.
        FootDrop,
        /// Unsteady walking.
        UnsteadyWalking,
        /// Weakness getting worse.
        WorseningWeakness,
        /// Fever with a weakened immune system.
        FeverImmunosuppressed,
        /// Fever with weight loss or night sweats.
        FeverWithWeightLossOrSweats,
        /// Past cancer with weight loss or pain not eased by rest.
        CancerWithWarningSigns,
        /// A fall or accident with osteoporosis or long-term steroids.
        FallWithFragileBones,
        /// Fever.
        Fever,
        /// Unexplained weight loss.
        WeightLoss,
        /// Night sweats.
        NightSweats,
        /// Pain not eased by rest.
        PainNotEasedByRest,
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
        /// Severe or constant pain.
        SevereOrConstantPain,
        /// Severe pain on the 0-10 scale now.
        SeverePainScore,
        /// Weakness, even if stable.
        StableWeakness,
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
    pub fn from_json(json: &str) -> Result<Self> {
        let a: Self = crate::input::from_json(json)?;
        a.validate()?;
        Ok(a)
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

/// A condition over an assessment, as data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Condition {
    /// The red flag is present.
    Flag(RedFlag),
    /// The nerve sign is getting worse.
    Worsening(NerveSign),
    /// The nerve sign is present, stable or worsening.
    NervePresent(NerveSign),
    /// It began after a fall or accident.
    AfterFall,
    /// Pain now is at least this score.
    PainAtLeast(u8),
    /// At least this many weeks of self-care, and it did not clearly help.
    NoImprovementAfterWeeks(u16),
    /// It keeps coming back.
    Recurring,
    /// Some red flag of this tier is unanswered.
    RedFlagUnanswered(Disposition),
    /// All of these.
    All(&'static [Condition]),
    /// Any of these.
    Any(&'static [Condition]),
}

/// Every red flag's answer as triage reads it, indexed by `RedFlag as usize`.
type FlagAnswers = [Answer; RedFlag::ALL.len()];

impl Condition {
    /// Whether the condition holds for the assessment.
    pub fn holds(&self, a: &Assessment) -> bool {
        self.holds_with(a, &a.flag_answers())
    }

    /// [`Condition::holds`], with the red-flag answers looked up once.
    fn holds_with(&self, a: &Assessment, flags: &FlagAnswers) -> bool {
        match *self {
            Self::Flag(f) => flags[f as usize] == Answer::Present,
            Self::Worsening(s) => a.nerve.status(s) == NerveStatus::Worsening,
            Self::NervePresent(s) => matches!(
                a.nerve.status(s),
                NerveStatus::Stable | NerveStatus::Worsening
            ),
            Self::AfterFall => a.after_fall_or_accident == Answer::Present,
            Self::PainAtLeast(n) => a.pain_now.is_some_and(|p| p >= n),
            Self::NoImprovementAfterWeeks(n) => {
                a.self_care_weeks.is_some_and(|w| w >= n) && a.self_care_helped != Answer::Present
            }
            Self::Recurring => a.keeps_coming_back == Answer::Present,
            Self::RedFlagUnanswered(tier) => RedFlag::ALL
                .iter()
                .any(|&f| f.tier() == tier && flags[f as usize] == Answer::Unknown),
            Self::All(cs) => cs.iter().all(|c| c.holds_with(a, flags)),
            Self::Any(cs) => cs.iter().any(|c| c.holds_with(a, flags)),
        }
    }
}

/// A triage rule: when it fires, what it means, and where it comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Rule {
    /// Its id.
    pub id: RuleId,
    /// The disposition it sets at least.
    pub disposition: Disposition,
    /// When it fires.
    pub when: Condition,
    /// Why, in plain words.
    pub text: &'static str,
    /// Where the rule comes from.
    pub sources: &'static [Source],
}

use Condition as C;
use Disposition as D;
use RedFlag as F;

const CES: &[Source] = &[
    Source::Cited(Nhs111Wales),
    Source::Cited(BmjBestPracticeCes),
    Source::Cited(CksSciatica),
];
const PRIORITY: &[Source] = &[
    Source::Guide(WarningSigns),
    Source::Cited(CommunityRedFlags2023),
    Source::Cited(GloucestershireRedFlags),
];

/// Every triage rule, in order of the disposition they set, highest first.
/// [`RuleId::NoWarningSigns`] fires only when no other rule does.
pub const RULES: &[Rule] = &[
    Rule {
        id: RuleId::BladderOrBowel,
        disposition: D::Emergency,
        when: C::Flag(F::BladderOrBowelControl),
        text: "New loss of bladder or bowel control can mean the nerves at the base of the spine are squeezed (cauda equina syndrome).",
        sources: &[
            Source::Guide(WarningSigns),
            Source::Cited(Nhs111Wales),
            Source::Cited(BmjBestPracticeCes),
        ],
    },
    Rule {
        id: RuleId::SaddleNumbness,
        disposition: D::Emergency,
        when: C::Flag(F::SaddleNumbness),
        text: "Numbness between the legs is a sign of cauda equina syndrome.",
        sources: CES,
    },
    Rule {
        id: RuleId::BothLegs,
        disposition: D::Emergency,
        when: C::Flag(F::BothLegs),
        text: "Symptoms in both legs can mean the nerves at the base of the spine are squeezed.",
        sources: CES,
    },
    Rule {
        id: RuleId::SexualDysfunction,
        disposition: D::Emergency,
        when: C::Flag(F::SexualDysfunction),
        text: "New sexual problems with back or buttock pain are a sign of cauda equina syndrome.",
        sources: CES,
    },
    Rule {
        id: RuleId::FootDrop,
        disposition: D::Urgent,
        when: C::Flag(F::FootDrop),
        text: "Foot drop means a nerve is not working properly.",
        sources: &[
            Source::Cited(CommunityRedFlags2023),
            Source::Cited(AhcprRedFlags),
        ],
    },
    Rule {
        id: RuleId::UnsteadyWalking,
        disposition: D::Urgent,
        when: C::Flag(F::UnsteadyWalking),
        text: "Unsteady walking can mean pressure on the spinal cord or several nerve roots.",
        sources: &[Source::Cited(CommunityRedFlags2023)],
    },
    Rule {
        id: RuleId::WorseningWeakness,
        disposition: D::Urgent,
        when: C::Worsening(NerveSign::Weakness),
        text: "Weakness that is getting worse can signal growing pressure on a nerve.",
        sources: &[
            Source::Guide(WarningSigns),
            Source::Cited(CommunityRedFlags2023),
        ],
    },
    Rule {
        id: RuleId::FeverImmunosuppressed,
        disposition: D::Urgent,
        when: C::All(&[C::Flag(F::Fever), C::Flag(F::Immunosuppression)]),
        text: "Fever with a weakened immune system raises the chance of a spinal infection.",
        sources: &[
            Source::Cited(CommunityRedFlags2023),
            Source::Cited(GloucestershireRedFlags),
        ],
    },
    Rule {
        id: RuleId::FeverWithWeightLossOrSweats,
        disposition: D::Urgent,
        when: C::All(&[
            C::Flag(F::Fever),
            C::Any(&[C::Flag(F::UnexplainedWeightLoss), C::Flag(F::NightSweats)]),
        ]),
        text: "Fever together with weight loss or night sweats needs checking soon for infection or other serious illness.",
        sources: &[
            Source::Guide(WarningSigns),
            Source::Cited(GloucestershireRedFlags),
            Source::Cited(TriageSchemes),
        ],
    },
    Rule {
        id: RuleId::CancerWithWarningSigns,
        disposition: D::Urgent,
        when: C::All(&[
            C::Flag(F::HistoryOfCancer),
            C::Any(&[
                C::Flag(F::UnexplainedWeightLoss),
                C::Flag(F::PainNotEasedByRest),
            ]),
        ]),
        text: "Past cancer with weight loss or pain that rest does not ease needs checking within days; we say today to be safe.",
        sources: &[
            Source::Cited(CksSciatica),
            Source::Cited(GloucestershireRedFlags),
        ],
    },
    Rule {
        id: RuleId::FallWithFragileBones,
        disposition: D::Urgent,
        when: C::All(&[C::AfterFall, C::Flag(F::OsteoporosisOrSteroids)]),
        text: "A fall with osteoporosis or long-term steroids can cause a fracture.",
        sources: &[
            Source::Cited(GloucestershireRedFlags),
            Source::Cited(AhcprRedFlags),
        ],
    },
    Rule {
        id: RuleId::Fever,
        disposition: D::SeeClinicianSoon,
        when: C::Flag(F::Fever),
        text: "Fever with back or buttock pain can point to an infection.",
        sources: PRIORITY,
    },
    Rule {
        id: RuleId::WeightLoss,
        disposition: D::SeeClinicianSoon,
        when: C::Flag(F::UnexplainedWeightLoss),
        text: "Unexplained weight loss needs a clinician to look for a cause.",
        sources: PRIORITY,
    },
    Rule {
        id: RuleId::NightSweats,
        disposition: D::SeeClinicianSoon,
        when: C::Flag(F::NightSweats),
        text: "Night sweats with pain need checking.",
        sources: &[Source::Guide(WarningSigns)],
    },
    Rule {
        id: RuleId::PainNotEasedByRest,
        disposition: D::SeeClinicianSoon,
        when: C::Flag(F::PainNotEasedByRest),
        text: "Pain that rest does not ease is not typical of a muscle problem.",
        sources: &[
            Source::Guide(WarningSigns),
            Source::Cited(GloucestershireRedFlags),
            Source::Cited(AhcprRedFlags),
        ],
    },
    Rule {
        id: RuleId::HistoryOfCancer,
        disposition: D::SeeClinicianSoon,
        when: C::Flag(F::HistoryOfCancer),
        text: "New back or buttock pain after cancer needs checking.",
        sources: &[
            Source::Cited(CommunityRedFlags2023),
            Source::Cited(GloucestershireRedFlags),
        ],
    },
    Rule {
        id: RuleId::Immunosuppression,
        disposition: D::SeeClinicianSoon,
        when: C::Flag(F::Immunosuppression),
        text: "A weakened immune system raises the risk of infection.",
        sources: &[Source::Cited(CommunityRedFlags2023)],
    },
    Rule {
        id: RuleId::OsteoporosisOrSteroids,
        disposition: D::SeeClinicianSoon,
        when: C::Flag(F::OsteoporosisOrSteroids),
        text: "Osteoporosis or long-term steroids raise the risk of a fracture.",
        sources: &[
            Source::Cited(CommunityRedFlags2023),
            Source::Cited(GloucestershireRedFlags),
        ],
    },
    Rule {
        id: RuleId::NewPainAge,
        disposition: D::SeeClinicianSoon,
        when: C::Flag(F::NewPainUnder20OrOver50),
        text: "New pain under 20 or over 50 is a risk marker a clinician should check.",
        sources: &[Source::Cited(GloucestershireRedFlags)],
    },
    Rule {
        id: RuleId::WorseningNumbnessOrTingling,
        disposition: D::SeeClinicianSoon,
        when: C::Any(&[
            C::Worsening(NerveSign::Numbness),
            C::Worsening(NerveSign::Tingling),
        ]),
        text: "Numbness or tingling that is getting worse can signal growing pressure on the nerve.",
        sources: &[Source::Guide(WarningSigns)],
    },
    Rule {
        id: RuleId::AfterFallOrAccident,
        disposition: D::SeeClinicianSoon,
        when: C::AfterFall,
        text: "Pain that began after a fall or accident should be checked to rule out other injuries.",
        sources: &[Source::Guide(WarningSigns), Source::Cited(AhcprRedFlags)],
    },
    Rule {
        id: RuleId::SevereOrConstantPain,
        disposition: D::SeeClinician,
        when: C::Flag(F::SevereOrConstantPain),
        text: "Severe or constant pain that stops daily tasks or sleep should be assessed.",
        sources: &[Source::Guide(WarningSigns)],
    },
    Rule {
        id: RuleId::SeverePainScore,
        disposition: D::SeeClinician,
        when: C::PainAtLeast(SEVERE_PAIN),
        text: "Pain of 7 or more out of 10 is severe; a clinician can give a clear diagnosis and plan.",
        sources: &[Source::Guide(SciaticaComparison), Source::Cited(Loinc72514)],
    },
    Rule {
        id: RuleId::StableWeakness,
        disposition: D::SeeClinician,
        when: C::NervePresent(NerveSign::Weakness),
        text: "Leg weakness, even when not getting worse, should be examined.",
        sources: &[
            Source::Guide(Symptoms),
            Source::Cited(CommunityRedFlags2023),
        ],
    },
    Rule {
        id: RuleId::NoImprovement,
        disposition: D::SeeClinician,
        when: C::NoImprovementAfterWeeks(NO_IMPROVEMENT_WEEKS),
        text: "No clear improvement after a few weeks of self-care: time for a clinician to look.",
        sources: &[Source::Guide(WarningSigns), Source::Cited(Nhs111Wales)],
    },
    Rule {
        id: RuleId::KeepsComingBack,
        disposition: D::SeeClinician,
        when: C::Recurring,
        text: "Pain that keeps coming back needs a clear diagnosis.",
        sources: &[Source::Guide(WarningSigns)],
    },
    Rule {
        id: RuleId::EmergencySignsUnanswered,
        disposition: D::Urgent,
        when: C::RedFlagUnanswered(D::Emergency),
        text: "A question about a sign that needs emergency care is unanswered or 'not sure', so it is not ruled out. Answer it, or get checked today.",
        sources: &[
            Source::Cited(CksSciatica),
            Source::Cited(BmjBestPracticeCes),
        ],
    },
    Rule {
        id: RuleId::UrgentSignsUnanswered,
        disposition: D::SeeClinicianSoon,
        when: C::RedFlagUnanswered(D::Urgent),
        text: "A question about a sign that needs same-day care is unanswered or 'not sure'. Answer it, or have a clinician check soon.",
        sources: &[
            Source::Cited(CksSciatica),
            Source::Cited(CommunityRedFlags2023),
        ],
    },
    Rule {
        id: RuleId::RedFlagsUnanswered,
        disposition: D::SeeClinician,
        when: C::Any(&[
            C::RedFlagUnanswered(D::SeeClinicianSoon),
            C::RedFlagUnanswered(D::SeeClinician),
        ]),
        text: "Some warning-sign questions are unanswered, so serious causes are not ruled out. Answer them, or have a clinician check.",
        sources: &[Source::Cited(CksSciatica)],
    },
];

/// The rule that fires when nothing else does.
pub const NO_WARNING_SIGNS: Rule = Rule {
    id: RuleId::NoWarningSigns,
    disposition: D::SelfCare,
    when: C::All(&[]),
    text: "No warning signs were found, so careful self-care fits.",
    sources: &[Source::Guide(WarningSigns), Source::Cited(NiceNg59)],
};

impl RuleId {
    /// The rule with this id.
    pub fn rule(self) -> &'static Rule {
        RULES
            .iter()
            .find(|r| r.id == self)
            .unwrap_or(&NO_WARNING_SIGNS)
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FiredRule {
    /// The rule's id.
    pub id: RuleId,
    /// The disposition it sets at least.
    pub disposition: Disposition,
    /// Why, in plain words.
    pub text: Cow<'static, str>,
    /// Where it comes from.
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
    /// How soon to get care: the maximum over the fired rules.
    pub disposition: Disposition,
    /// What to do, in plain words.
    pub action: Cow<'static, str>,
    /// True when red-flag questions are unanswered, so the result may change.
    pub provisional: bool,
    /// Every rule that fired, highest disposition first.
    pub fired: Vec<FiredRule>,
    /// Where the pain most likely comes from.
    pub likely_source: SourceAssessment,
    /// Cautions to show.
    pub cautions: Vec<CautionNote>,
    /// Red flags not yet answered.
    pub unanswered: Vec<RedFlag>,
    /// The not-medical-advice notice.
    pub notice: Cow<'static, str>,
}

/// Triage an assessment.
///
/// ```
/// use piriformis_core::{triage, Assessment, Disposition, RedFlag, Answer};
/// let mut a = Assessment::default();
/// a.red_flags.insert(RedFlag::SaddleNumbness, Answer::Present);
/// let r = triage(&a).unwrap();
/// assert_eq!(r.disposition, Disposition::Emergency);
/// ```
pub fn triage(a: &Assessment) -> Result<TriageResult> {
    a.validate()?;
    let flags = a.flag_answers();
    let set = fired_rules(a, &flags);
    let fired: Vec<FiredRule> = set.rules().map(fire).collect();
    let disposition = set.disposition();
    let unanswered: Vec<RedFlag> = RedFlag::ALL
        .iter()
        .copied()
        .filter(|&f| flags[f as usize] == Answer::Unknown)
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

/// The rules that fire for an assessment; [`RuleId::NoWarningSigns`] when no
/// other does. The one place rules are evaluated, for [`triage`] and [`summary`].
fn fired_rules(a: &Assessment, flags: &FlagAnswers) -> RuleSet {
    let mut set = RuleSet::default();
    for r in RULES.iter().filter(|r| r.when.holds_with(a, flags)) {
        set.insert(r.id);
    }
    if set.is_empty() {
        set.insert(RuleId::NoWarningSigns);
    }
    set
}

/// Every rule, [`NO_WARNING_SIGNS`] included, highest disposition first and
/// in [`RULES`] order within a disposition; sorted once.
fn by_disposition() -> &'static [&'static Rule] {
    static ORDER: std::sync::OnceLock<Vec<&'static Rule>> = std::sync::OnceLock::new();
    ORDER.get_or_init(|| {
        let mut all: Vec<&'static Rule> = RULES
            .iter()
            .chain(std::iter::once(&NO_WARNING_SIGNS))
            .collect();
        all.sort_by_key(|r| std::cmp::Reverse(r.disposition));
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

    /// The rules in the order [`TriageResult::fired`] lists them: highest
    /// disposition first, then the order of [`RULES`].
    pub fn rules(self) -> impl Iterator<Item = &'static Rule> {
        by_disposition()
            .iter()
            .copied()
            .filter(move |r| self.contains(r.id))
    }

    /// The ids, in the order of [`RuleSet::rules`].
    pub fn ids(self) -> impl Iterator<Item = RuleId> {
        self.rules().map(|r| r.id)
    }

    /// The highest disposition any rule in the set gives (self-care when empty).
    pub fn disposition(self) -> Disposition {
        self.rules().next().map_or(D::SelfCare, |r| r.disposition)
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
    /// How many red-flag questions are unanswered ([`TriageResult::unanswered`]).
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
    a.validate()?;
    let flags = a.flag_answers();
    let fired = fired_rules(a, &flags);
    let unanswered = flags.iter().filter(|&&f| f == Answer::Unknown).count();
    let (p, s) = source_counts(a);
    Ok(TriageSummary {
        disposition: fired.disposition(),
        provisional: unanswered > 0,
        fired,
        unanswered,
        likely_source: LikelySource::from_counts(p, s),
    })
}

/// How many distinct reported features point to the piriformis and to the
/// spine, counted with bit sets (one bit per aggravator, one per tender area).
fn source_counts(a: &Assessment) -> (usize, usize) {
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
        mark(t.lean(), 32 + t as u32);
    }
    (p.count_ones() as usize, s.count_ones() as usize)
}

const _: () = assert!(Aggravator::ALL.len() <= 32 && TenderArea::ALL.len() <= 32);

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

fn fire(r: &Rule) -> FiredRule {
    FiredRule {
        id: r.id,
        disposition: r.disposition,
        text: Cow::Borrowed(r.text),
        sources: Cow::Borrowed(r.sources),
    }
}

/// Weighs the comparison-table features: piriformis-related, spinal, mixed or unclear.
pub fn likely_source(a: &Assessment) -> SourceAssessment {
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
    /// A plain-text report: the action, the reasons, the likely source,
    /// cautions, unanswered questions and the notice.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(f, "{}", self.action)?;
        if self.provisional {
            writeln!(
                f,
                "(Provisional: {} warning-sign question(s) unanswered.)",
                self.unanswered.len()
            )?;
        }
        writeln!(f, "\nWhy:")?;
        for r in &self.fired {
            writeln!(f, "  - [{}] {}", r.disposition.label(), r.text)?;
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
