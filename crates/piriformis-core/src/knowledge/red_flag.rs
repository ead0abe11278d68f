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
                question: "Since this pain began, have you had new bladder or bowel problems: leaking, not feeling when you need to go, or being unable to pee?",
                help: "Count it only if it is new since this pain began. For example: urine or stool leaks out, you cannot feel that your bladder or bowel is full, your pee is hard to start, or you cannot pee at all. Ordinary constipation does not count.",
                why: "Can mean the nerves at the base of the spine are being squeezed (cauda equina syndrome). This needs emergency care now.",
                sources: CES,
            },
            Self::SaddleNumbness => &RedFlagRecord {
                id: Self::SaddleNumbness,
                pathway: Pathway::CaudaEquina,
                lean: Lean::Spinal,
                question: "Is there numbness or tingling in the area you would sit on a bike saddle: between your legs, around your genitals or around your anus (bottom)?",
                help: "You may notice it when you wipe with toilet paper: the skin feels numb or different. People rarely mention this unless asked, so please check.",
                why: "A sign of cauda equina syndrome. This needs emergency care now.",
                sources: CES_NOT_IN_GUIDE,
            },
            Self::BothLegs => &RedFlagRecord {
                id: Self::BothLegs,
                pathway: Pathway::CaudaEquina,
                lean: Lean::Spinal,
                question: "Do you have sciatica-type pain in both legs, or numbness or weakness in both legs that is severe or getting worse?",
                help: "Answer yes if pain that was in one leg has spread to the other. Mild tingling or numbness in both feet that you have had for a long time without change (for example from diabetes) does not count here; mention it to your doctor.",
                why: "Sciatica on both sides can mean the nerves at the base of the spine are being squeezed. This needs emergency care now.",
                sources: CES_NOT_IN_GUIDE,
            },
            Self::SexualDysfunction => &RedFlagRecord {
                id: Self::SexualDysfunction,
                pathway: Pathway::CaudaEquina,
                lean: Lean::Spinal,
                question: "Since this pain began, have you had new problems with sexual function or feeling?",
                help: "For example new loss of feeling in the genitals, or new erection or ejaculation problems.",
                why: "A sign of cauda equina syndrome. This needs emergency care now.",
                sources: CES_NOT_IN_GUIDE,
            },
            Self::FootDrop => &RedFlagRecord {
                id: Self::FootDrop,
                pathway: Pathway::NerveDeficit,
                lean: Lean::Either,
                question: "Is it hard to lift the front of one foot, so that it slaps down, catches or drags when you walk?",
                help: "To check, hold on to a wall or a sturdy chair, then take a few steps on your heels with your toes lifted. Answer yes if the front of one foot will not stay up.",
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
                question: "Is your walking newly unsteady, or does a leg give way?",
                help: "For example: a knee suddenly buckles, you trip or stumble more than usual, or you cannot rise up on your toes or stand on your heels. Hold on to something steady if you try this.",
                why: "Can mean pressure on the spinal cord or several nerve roots. Get seen today.",
                sources: &[Source::Cited(CommunityRedFlags2023)],
            },
            Self::Fever => &RedFlagRecord {
                id: Self::Fever,
                pathway: Pathway::Infection,
                lean: Lean::Either,
                question: "Do you have a fever or shivering fits?",
                help: "A temperature of 38 °C (100.4 °F) or higher, or feeling hot and shivery.",
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
                question: "Is the pain there in every position, including lying down, or does it wake you at night?",
                help: "Sitting is not rest here: sitting often makes piriformis pain worse. Answer yes if no position eases the pain, lying down included, or if it wakes you from sleep.",
                why: "Pain that no position eases, or that wakes you at night, is a warning sign that needs checking.",
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
                help: "For example HIV, chemotherapy, drugs taken after a transplant, or long-term steroid tablets such as prednisolone or prednisone.",
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
                question: "Do you have osteoporosis (thin, fragile bones), or have you taken steroid tablets for months?",
                help: "Steroid tablets include prednisolone, prednisone, methylprednisolone and dexamethasone.",
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
                question: "Is this your first episode of back or buttock pain, and are you under 20 or over 50?",
                help: "Answer yes only if both are true.",
                why: "A first episode of back pain at these ages is a risk marker that a clinician should check.",
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
        match self.parents() {
            [] => None,
            [first, ..] => Some(*first),
        }
    }

    /// For a follow-up flag, every flag whose "yes" asks it (the interview's
    /// enable-when, checked against the catalogue by a test); empty for the
    /// others. A follow-up answered "yes" while each of these is answered
    /// "no" is a contradiction ([`crate::Assessment::validate`]).
    pub const fn parents(self) -> &'static [RedFlag] {
        match self {
            Self::CaudaEquinaSignsRecent => &[
                Self::BladderOrBowelControl,
                Self::SaddleNumbness,
                Self::SexualDysfunction,
            ],
            Self::InjectingDrugUse | Self::RecentInfection => &[Self::Fever],
            _ => &[],
        }
    }
}
