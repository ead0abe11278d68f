//! Red flags: findings that mean self-care is not enough, each with the
//! urgency tier the cited sources give it and the question that asks for it.

use serde::Serialize;

use crate::source::{Citation::*, GuideSection::*, Source};
use crate::triage::Disposition;
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
    }
}

/// One red flag: its tier, the question, and why it matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct RedFlagRecord {
    /// Its id.
    pub id: RedFlag,
    /// How urgent care is when this is present on its own.
    pub tier: Disposition,
    /// The yes/no question, asked directly.
    pub question: &'static str,
    /// Help text shown on request.
    pub help: &'static str,
    /// What it may point to, in plain words.
    pub why: &'static str,
    /// Where the tier and facts come from.
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
        use Disposition as D;
        match self {
            Self::BladderOrBowelControl => &RedFlagRecord {
                id: Self::BladderOrBowelControl,
                tier: D::Emergency,
                question: "Have you lost control of your bladder or bowels, or had new trouble starting to pee?",
                help: "Include leaking, not feeling when you need to go, or not being able to go. Answer yes if it is new since this pain began.",
                why: "Can mean the nerves at the base of the spine are being squeezed (cauda equina syndrome). This needs emergency care now.",
                sources: CES,
            },
            Self::SaddleNumbness => &RedFlagRecord {
                id: Self::SaddleNumbness,
                tier: D::Emergency,
                question: "Is there numbness or tingling between your legs, around your genitals or back passage?",
                help: "The area that would touch a saddle. People rarely mention it unless asked, so please check.",
                why: "A sign of cauda equina syndrome. This needs emergency care now.",
                sources: CES_NOT_IN_GUIDE,
            },
            Self::BothLegs => &RedFlagRecord {
                id: Self::BothLegs,
                tier: D::Emergency,
                question: "Do you have pain, numbness, tingling or weakness in both legs?",
                help: "Answer yes if it started in one leg and has spread to the other.",
                why: "Sciatica on both sides can mean the nerves at the base of the spine are being squeezed. This needs emergency care now.",
                sources: CES_NOT_IN_GUIDE,
            },
            Self::SexualDysfunction => &RedFlagRecord {
                id: Self::SexualDysfunction,
                tier: D::Emergency,
                question: "Have you had new problems with sexual function or feeling?",
                help: "For example new loss of sensation, or erection or ejaculation problems since the pain began.",
                why: "A sign of cauda equina syndrome. This needs emergency care now.",
                sources: CES_NOT_IN_GUIDE,
            },
            Self::FootDrop => &RedFlagRecord {
                id: Self::FootDrop,
                tier: D::Urgent,
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
                tier: D::Urgent,
                question: "Is your walking unsteady, or do your legs give way?",
                help: "Answer yes for new clumsiness, stumbling or weakness in more than one muscle group.",
                why: "Can mean pressure on the spinal cord or several nerve roots. Get seen today.",
                sources: &[Source::Cited(CommunityRedFlags2023)],
            },
            Self::Fever => &RedFlagRecord {
                id: Self::Fever,
                tier: D::SeeClinicianSoon,
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
                tier: D::SeeClinicianSoon,
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
                tier: D::SeeClinicianSoon,
                question: "Do you have night sweats?",
                help: "Waking drenched in sweat, not from a warm room.",
                why: "Night sweats with pain need checking for infection or other illness.",
                sources: &[Source::Guide(WarningSigns)],
            },
            Self::PainNotEasedByRest => &RedFlagRecord {
                id: Self::PainNotEasedByRest,
                tier: D::SeeClinicianSoon,
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
                tier: D::SeeClinicianSoon,
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
                tier: D::SeeClinicianSoon,
                question: "Is your immune system weakened?",
                help: "For example HIV, chemotherapy, injecting drugs, or drugs that suppress the immune system.",
                why: "Raises the risk of a spinal infection.",
                sources: &[
                    Source::Cited(CommunityRedFlags2023),
                    Source::Cited(GloucestershireRedFlags),
                ],
            },
            Self::OsteoporosisOrSteroids => &RedFlagRecord {
                id: Self::OsteoporosisOrSteroids,
                tier: D::SeeClinicianSoon,
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
                tier: D::SeeClinicianSoon,
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
                tier: D::SeeClinician,
                question: "Is the pain severe or constant, so that it stops you doing daily tasks or sleeping?",
                help: "Think of the last few days.",
                why: "Pain this strong should be assessed by a clinician.",
                sources: &[Source::Guide(WarningSigns)],
            },
        }
    }

    /// The tier this red flag has on its own.
    pub const fn tier(self) -> Disposition {
        self.record().tier
    }
}
