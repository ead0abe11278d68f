//! Red flags: findings that mean self-care is not enough, each with the
//! question that asks for it and the pathway it belongs to. How urgent each
//! one is lives in one place, the cited rule table ([`crate::triage::RULES`]);
//! [`RedFlag::tier`] reads it from there.

use crate::source::{Citation::*, GuideSection::*, Source};
use crate::symptom::Lean;
use crate::vocab::terms::Pathway;
pub use crate::vocab::terms::RedFlag;

/// One red flag: the question, why it matters, and its pathway. Serialized
/// with its tier under each policy (read from the rule table, in
/// [`crate::triage::rules`]).
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
