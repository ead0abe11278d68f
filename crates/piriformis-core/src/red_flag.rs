//! Red flags: findings that mean self-care is not enough, each with the
//! question that asks for it and the pathway it belongs to. How urgent each
//! one is lives in one place, the cited rule table ([`crate::triage::RULES`]);
//! [`RedFlag::tier`] reads it from there.

use serde::Serialize;

use crate::source::{Citation::*, GuideSection::*, Source};
use crate::symptom::Lean;
use crate::triage::{Disposition, Pathway, TriagePolicy};
use crate::vocab::vocabulary;

vocabulary! {
    /// A red-flag finding. Each is answered present, absent or unknown.
    pub enum RedFlag {
        /// New loss of bladder or bowel control, or new trouble passing urine.
        BladderOrBowelControl,
        /// Numbness or tingling in the saddle area: between the legs, genitals or back passage.
        SaddleNumbness,
        /// Sciatica-type pain, numbness or weakness in both legs.
        BothLegs,
        /// New sexual problems such as loss of sensation or function.
        SexualDysfunction,
        /// Foot drop: the front of the foot slaps or cannot be lifted.
        FootDrop,
        /// Unsteady walking or legs giving way.
        UnsteadyWalking,
        /// Fever or shivering fits (rigors).
        Fever,
        /// Weight loss with no clear reason.
        UnexplainedWeightLoss,
        /// Night sweats.
        NightSweats,
        /// Pain that does not ease with rest, or is worse at night.
        PainNotEasedByRest,
        /// Any past cancer.
        HistoryOfCancer,
        /// A weakened immune system: HIV, chemotherapy, injecting drugs, or immune-suppressing drugs.
        Immunosuppression,
        /// Osteoporosis or long-term steroid tablets.
        OsteoporosisOrSteroids,
        /// This back or buttock pain is new and you are under 20 or over 50.
        NewPainUnder20OrOver50,
        /// Severe or constant pain that stops daily tasks or sleep.
        SevereOrConstantPain,
        /// The pain began after a serious accident: a car crash, a fall from a height, a hard blow to the back.
        SeriousAccident,
        /// The pain is getting steadily worse over days or weeks.
        PainGettingWorse,
        /// Follow-up of the cauda equina signs: they began or got worse within the last 2 weeks.
        CaudaEquinaSignsRecent,
        /// Follow-up of fever: injecting drugs.
        InjectingDrugUse,
        /// Follow-up of fever: a recent infection, such as a urine infection, or a wound or procedure on the back.
        RecentInfection,
    }
}

/// One red flag: the question, why it matters, and its pathway. Serialized
/// with its tier under each policy (read from the rule table).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RedFlagRecord {
    /// Its id.
    pub id: RedFlag,
    /// The serious cause it may point to.
    pub pathway: Pathway,
    /// Whether, when present, it points to the spine in the piriformis-vs-spinal comparison.
    pub lean: Lean,
    /// The yes/no question, asked directly.
    pub question: &'static str,
    /// Help text shown on request.
    pub help: &'static str,
    /// What it may point to, in plain words.
    pub why: &'static str,
    /// Where the facts come from (the tiers cite theirs in [`crate::triage::RULES`]).
    pub sources: &'static [Source],
}

impl Serialize for RedFlagRecord {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("RedFlagRecord", 10)?;
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
        st.end()
    }
}

const CES: &[Source] = &[
    Source::Guide(WarningSigns),
    Source::Cited(Nhs111Wales),
    Source::Cited(BmjBestPracticeCes),
    Source::Cited(CksSciatica),
];
const CES_NOT_IN_GUIDE: &[Source] = &[
    Source::Cited(Nhs111Wales),
    Source::Cited(BmjBestPracticeCes),
    Source::Cited(CksSciatica),
];

impl RedFlag {
    /// The record for this red flag.
    pub const fn record(self) -> &'static RedFlagRecord {
        match self {
            Self::BladderOrBowelControl => &RedFlagRecord {
                id: Self::BladderOrBowelControl,
                pathway: Pathway::CaudaEquina,
                lean: Lean::Spinal,
                question: "Have you lost control of your bladder or bowels, or had new trouble starting to pee?",
                help: "Include leaking, not feeling when you need to go, or not being able to go. Answer yes if it is new since this pain began.",
                why: "Can mean the nerves at the base of the spine are being squeezed (cauda equina syndrome). This needs emergency care now.",
                sources: CES,
            },
            Self::SaddleNumbness => &RedFlagRecord {
                id: Self::SaddleNumbness,
                pathway: Pathway::CaudaEquina,
                lean: Lean::Spinal,
                question: "Is there numbness or tingling between your legs, around your genitals or back passage?",
                help: "The area that would touch a saddle. People rarely mention it unless asked, so please check.",
                why: "A sign of cauda equina syndrome. This needs emergency care now.",
                sources: CES_NOT_IN_GUIDE,
            },
            Self::BothLegs => &RedFlagRecord {
                id: Self::BothLegs,
                pathway: Pathway::CaudaEquina,
                lean: Lean::Spinal,
                question: "Do you have pain, numbness, tingling or weakness in both legs?",
                help: "Answer yes if it started in one leg and has spread to the other.",
                why: "Sciatica on both sides can mean the nerves at the base of the spine are being squeezed. This needs emergency care now.",
                sources: CES_NOT_IN_GUIDE,
            },
            Self::SexualDysfunction => &RedFlagRecord {
                id: Self::SexualDysfunction,
                pathway: Pathway::CaudaEquina,
                lean: Lean::Spinal,
                question: "Have you had new problems with sexual function or feeling?",
                help: "For example new loss of sensation, or erection or ejaculation problems since the pain began.",
                why: "A sign of cauda equina syndrome. This needs emergency care now.",
                sources: CES_NOT_IN_GUIDE,
            },
            Self::FootDrop => &RedFlagRecord {
                id: Self::FootDrop,
                pathway: Pathway::NerveDeficit,
                lean: Lean::Either,
                question: "Does your foot slap down, or can you not lift the front of your foot?",
                help: "Try walking on your heels. Answer yes if one foot catches or drags.",
                why: "Foot drop means a nerve is not working properly. Get seen today.",
                sources: &[
                    Source::Cited(CommunityRedFlags2023),
                    Source::Cited(AhcprRedFlags),
                ],
            },
            Self::UnsteadyWalking => &RedFlagRecord {
                id: Self::UnsteadyWalking,
                pathway: Pathway::NerveDeficit,
                lean: Lean::Either,
                question: "Is your walking unsteady, or do your legs give way?",
                help: "Answer yes for new clumsiness, stumbling or weakness in more than one muscle group.",
                why: "Can mean pressure on the spinal cord or several nerve roots. Get seen today.",
                sources: &[Source::Cited(CommunityRedFlags2023)],
            },
            Self::Fever => &RedFlagRecord {
                id: Self::Fever,
                pathway: Pathway::Infection,
                lean: Lean::Either,
                question: "Do you have a fever or shivering fits?",
                help: "A temperature of 38 C or more, or feeling hot and shivery.",
                why: "With back or buttock pain, fever can point to an infection that needs checking.",
                sources: &[
                    Source::Guide(WarningSigns),
                    Source::Cited(GloucestershireRedFlags),
                ],
            },
            Self::UnexplainedWeightLoss => &RedFlagRecord {
                id: Self::UnexplainedWeightLoss,
                pathway: Pathway::Cancer,
                lean: Lean::Either,
                question: "Have you lost weight without trying?",
                help: "Weight loss you cannot explain by diet or exercise.",
                why: "Unexplained weight loss needs a clinician to look for a cause.",
                sources: &[
                    Source::Guide(WarningSigns),
                    Source::Cited(CommunityRedFlags2023),
                    Source::Cited(GloucestershireRedFlags),
                ],
            },
            Self::NightSweats => &RedFlagRecord {
                id: Self::NightSweats,
                pathway: Pathway::Infection,
                lean: Lean::Either,
                question: "Do you have night sweats?",
                help: "Waking drenched in sweat, not from a warm room.",
                why: "Night sweats with pain need checking for infection or other illness.",
                sources: &[Source::Guide(WarningSigns)],
            },
            Self::PainNotEasedByRest => &RedFlagRecord {
                id: Self::PainNotEasedByRest,
                pathway: Pathway::Cancer,
                lean: Lean::Either,
                question: "Does the pain stay the same even when you rest, or get worse at night?",
                help: "Muscle pain usually eases when you lie still. Answer yes if it does not.",
                why: "Pain that rest does not ease is a warning sign that needs checking.",
                sources: &[
                    Source::Guide(WarningSigns),
                    Source::Cited(GloucestershireRedFlags),
                    Source::Cited(AhcprRedFlags),
                ],
            },
            Self::HistoryOfCancer => &RedFlagRecord {
                id: Self::HistoryOfCancer,
                pathway: Pathway::Cancer,
                lean: Lean::Either,
                question: "Have you ever had cancer?",
                help: "Any cancer, even if treated long ago.",
                why: "New back or buttock pain after cancer needs checking.",
                sources: &[
                    Source::Cited(CommunityRedFlags2023),
                    Source::Cited(GloucestershireRedFlags),
                    Source::Cited(CksSciatica),
                ],
            },
            Self::Immunosuppression => &RedFlagRecord {
                id: Self::Immunosuppression,
                pathway: Pathway::Infection,
                lean: Lean::Either,
                question: "Is your immune system weakened?",
                help: "For example HIV, chemotherapy, or drugs that suppress the immune system.",
                why: "Raises the risk of a spinal infection.",
                sources: &[
                    Source::Cited(CommunityRedFlags2023),
                    Source::Cited(GloucestershireRedFlags),
                ],
            },
            Self::OsteoporosisOrSteroids => &RedFlagRecord {
                id: Self::OsteoporosisOrSteroids,
                pathway: Pathway::Fracture,
                lean: Lean::Either,
                question: "Do you have osteoporosis, or have you taken steroid tablets for a long time?",
                help: "Thin bones, or months of steroid tablets such as prednisolone.",
                why: "Raises the risk of a fracture, even after a small fall.",
                sources: &[
                    Source::Cited(CommunityRedFlags2023),
                    Source::Cited(GloucestershireRedFlags),
                ],
            },
            Self::NewPainUnder20OrOver50 => &RedFlagRecord {
                id: Self::NewPainUnder20OrOver50,
                pathway: Pathway::Cancer,
                lean: Lean::Either,
                question: "Is this a new kind of pain, and are you under 20 or over 50?",
                help: "Answer yes only if both are true.",
                why: "New back pain at these ages is a risk marker that a clinician should check.",
                sources: &[
                    Source::Cited(GloucestershireRedFlags),
                    Source::Cited(CommunityRedFlags2023),
                ],
            },
            Self::SevereOrConstantPain => &RedFlagRecord {
                id: Self::SevereOrConstantPain,
                pathway: Pathway::Mechanical,
                lean: Lean::Either,
                question: "Is the pain severe or constant, so that it stops you doing daily tasks or sleeping?",
                help: "Think of the last few days.",
                why: "Pain this strong should be assessed by a clinician.",
                sources: &[Source::Guide(WarningSigns)],
            },
            Self::SeriousAccident => &RedFlagRecord {
                id: Self::SeriousAccident,
                pathway: Pathway::Fracture,
                lean: Lean::Either,
                question: "Did the pain start after a serious accident, such as a car crash, a fall from a height or a hard blow to the back?",
                help: "A trip or a slip on level ground is asked about later.",
                why: "A serious accident can break a bone in the spine or pelvis. Go to the emergency department now.",
                sources: &[
                    Source::Cited(NhsBackPain),
                    Source::Cited(NhsInformBackProblems),
                    Source::Cited(AhcprRedFlags),
                ],
            },
            Self::PainGettingWorse => &RedFlagRecord {
                id: Self::PainGettingWorse,
                pathway: Pathway::Mechanical,
                lean: Lean::Either,
                question: "Is the pain getting steadily worse over days or weeks?",
                help: "Answer no if it comes and goes but is not worse overall.",
                why: "Pain that keeps getting worse should be checked. After cancer it needs checking within a day.",
                sources: &[
                    Source::Cited(NhsSciatica),
                    Source::Cited(NhsBackPain),
                    Source::Cited(NiceNg234),
                ],
            },
            Self::CaudaEquinaSignsRecent => &RedFlagRecord {
                id: Self::CaudaEquinaSignsRecent,
                pathway: Pathway::CaudaEquina,
                lean: Lean::Either,
                question: "Did that start, or get worse, in the last 2 weeks?",
                help: "Answer yes if you are not sure when it started.",
                why: "New or worsening signs of squeezed nerves at the base of the spine need a scan within hours.",
                sources: &[
                    Source::Cited(GirftCes2023),
                    Source::Cited(BmjBestPracticeCes),
                ],
            },
            Self::InjectingDrugUse => &RedFlagRecord {
                id: Self::InjectingDrugUse,
                pathway: Pathway::Infection,
                lean: Lean::Either,
                question: "Do you inject drugs, or have you in the last year?",
                help: "Asked only to judge the risk of an infection.",
                why: "With a fever, injecting drugs raises the chance of an infection in the spine.",
                sources: &[
                    Source::Cited(GloucestershireRedFlags),
                    Source::Cited(AhcprRedFlags),
                ],
            },
            Self::RecentInfection => &RedFlagRecord {
                id: Self::RecentInfection,
                pathway: Pathway::Infection,
                lean: Lean::Either,
                question: "Have you recently had an infection, such as a urine infection, or a wound, injection or operation on your back?",
                help: "Think of the last few weeks.",
                why: "With a fever, a recent infection raises the chance of an infection in the spine.",
                sources: &[
                    Source::Cited(GloucestershireRedFlags),
                    Source::Cited(AhcprRedFlags),
                ],
            },
        }
    }

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

    /// For a follow-up flag, which matters only together with an earlier
    /// "yes" and has no rule of its own, the flag it follows (for the cauda
    /// equina onset, the first of the signs it qualifies).
    pub const fn follow_up_of(self) -> Option<RedFlag> {
        match self {
            Self::CaudaEquinaSignsRecent => Some(Self::SaddleNumbness),
            Self::InjectingDrugUse | Self::RecentInfection => Some(Self::Fever),
            _ => None,
        }
    }
}
