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
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, get_all, module = "piriformis")
)]
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
    /// A concrete check the person can do now, shown when the interview asks
    /// the question once more after a "not sure" whose "yes" would mean
    /// emergency care ([`crate::interview::QuestionView::again`]); `None` for
    /// questions not asked again.
    pub check_again: Option<&'static str>,
    /// The label of an extra answer for people the question does not fit,
    /// read as "not found" because other questions check the same thing
    /// ([`crate::interview::YesNo::DoesNotApply`]); `None` when not offered.
    pub does_not_apply: Option<&'static str>,
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
                help: "Count it only if it is new since this pain began. For example: urine or stool leaks out, you cannot feel that your bladder or bowel is full, you cannot feel the urine passing, your pee is hard to start, or you cannot pee at all. Ordinary constipation does not count.",
                why: "Can mean the nerves at the base of the spine are being squeezed (cauda equina syndrome). If it is new or getting worse, this needs emergency care now.",
                sources: CES,
                check_again: Some(
                    "Check now: go to the toilet and try to pee. Does it start as usual, and can you feel the urine pass? Answer yes if it is hard to start, you cannot feel it, or it leaks without your noticing, and this is new since the pain began.",
                ),
                does_not_apply: None,
            },
            Self::SaddleNumbness => &RedFlagRecord {
                id: Self::SaddleNumbness,
                pathway: Pathway::CaudaEquina,
                lean: Lean::Spinal,
                question: "Since this pain began, is there new numbness or tingling around your back passage (anus), your genitals or your inner thighs?",
                help: "This is the skin you would sit on in a bike saddle, not the buttock cheek where your usual pain is. You may notice it when you wipe with toilet paper: the skin feels numb or different. People rarely mention this unless asked, so please check.",
                why: "A sign of cauda equina syndrome. If it is new or getting worse, this needs emergency care now.",
                sources: CES_NOT_IN_GUIDE,
                check_again: Some(
                    "Check now with the wiping test: after the toilet, wipe with toilet paper and notice how the skin around your back passage and genitals feels. Answer yes if it feels numb, dull or different from usual, or different on one side.",
                ),
                does_not_apply: None,
            },
            Self::BothLegs => &RedFlagRecord {
                id: Self::BothLegs,
                pathway: Pathway::CaudaEquina,
                lean: Lean::Spinal,
                question: "Since this pain began, have you had sciatica-type pain in both legs, or numbness or weakness in both legs that is severe or getting worse?",
                help: "Answer yes if pain that was in one leg has spread to the other. Mild tingling or numbness in both feet that you have had for a long time without change (for example from diabetes) does not count here; mention it to your doctor.",
                why: "Sciatica on both sides can mean the nerves at the base of the spine are being squeezed. If it is new or getting worse, this needs emergency care now.",
                sources: CES_NOT_IN_GUIDE,
                check_again: Some(
                    "Check now: sit down and stroke both legs and feet with your fingers, comparing the feeling side by side. Then, holding on to something, rise onto your toes and then your heels. Answer yes if pain, numbness or weakness is in both legs.",
                ),
                does_not_apply: None,
            },
            Self::SexualDysfunction => &RedFlagRecord {
                id: Self::SexualDysfunction,
                pathway: Pathway::CaudaEquina,
                lean: Lean::Spinal,
                question: "Since this pain began, have you had new problems with sexual function or feeling?",
                help: "For example new loss of feeling in the genitals, or new erection or ejaculation problems. If you have not been sexually active since the pain began, choose that answer: the questions about the bladder and the saddle area check the same nerves.",
                why: "Can be a sign of cauda equina syndrome. On its own, get seen today; with another of these signs, it is an emergency.",
                sources: CES_NOT_IN_GUIDE,
                check_again: None,
                does_not_apply: Some("Not sexually active since the pain began"),
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
                check_again: None,
                does_not_apply: None,
            },
            Self::UnsteadyWalking => &RedFlagRecord {
                id: Self::UnsteadyWalking,
                pathway: Pathway::NerveDeficit,
                lean: Lean::Either,
                question: "Is your walking newly unsteady, or does a leg give way, even when the pain is not flaring?",
                help: "For example: you stumble or trip more than usual, you need to hold on to walk, or a knee buckles without a stab of pain. A leg that gives way only at a sudden stab of pain does not count here.",
                why: "Can mean pressure on the spinal cord or several nerve roots. Get seen today.",
                sources: &[Source::Cited(CommunityRedFlags2023)],
                check_again: None,
                does_not_apply: None,
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
                check_again: Some(
                    "Check now: take your temperature if you have a thermometer. Answer yes if it is 38 °C (100.4 °F) or more, or you feel hot and shivery. After cancer drugs in the last 6 weeks, 37.5 °C (99.5 °F) or more counts.",
                ),
                does_not_apply: None,
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
                check_again: None,
                does_not_apply: None,
            },
            Self::NightSweats => &RedFlagRecord {
                id: Self::NightSweats,
                pathway: Pathway::Infection,
                lean: Lean::Either,
                question: "Do you have night sweats?",
                help: "Waking drenched in sweat, not from a warm room.",
                why: "Night sweats with pain need checking for infection or other illness.",
                sources: &[Source::Guide(WarningSigns)],
                check_again: None,
                does_not_apply: None,
            },
            Self::PainNotEasedByRest => &RedFlagRecord {
                id: Self::PainNotEasedByRest,
                pathway: Pathway::Cancer,
                lean: Lean::Either,
                question: "Is the pain worse at night, or just as bad in every position when you lie still?",
                help: "Sitting is not rest here: sitting often makes piriformis pain worse. Waking only when you turn over, then settling again, does not count.",
                why: "Pain that is worse at night, or that no position eases, is a warning sign that needs checking.",
                sources: &[
                    Source::Guide(WarningSigns),
                    Source::Cited(GloucestershireRedFlags),
                    Source::Cited(AhcprRedFlags),
                ],
                check_again: None,
                does_not_apply: None,
            },
            Self::HistoryOfCancer => &RedFlagRecord {
                id: Self::HistoryOfCancer,
                pathway: Pathway::Cancer,
                lean: Lean::Either,
                question: "Do you have cancer now, or have you had cancer in the past?",
                help: "Count any cancer you have now, are being followed up for, or had in the past, even long ago. Do not count non-melanoma skin cancer (basal cell or squamous cell) or cells found before they became cancer (pre-cancer).",
                why: "New back or buttock pain after cancer needs checking.",
                sources: &[
                    Source::Cited(CommunityRedFlags2023),
                    Source::Cited(GloucestershireRedFlags),
                    Source::Cited(CksSciatica),
                ],
                check_again: Some(
                    "Answer yes if a doctor has ever told you that you had cancer, even if it was treated long ago. Non-melanoma skin cancer and pre-cancer cells do not count. If you can, check your records or ask someone who knows.",
                ),
                does_not_apply: None,
            },
            Self::Immunosuppression => &RedFlagRecord {
                id: Self::Immunosuppression,
                pathway: Pathway::Infection,
                lean: Lean::Either,
                question: "Is your immune system weakened?",
                help: "For example HIV, chemotherapy or other cancer drugs, drugs taken after a transplant, or long-term steroid tablets such as prednisolone or prednisone.",
                why: "Raises the risk of a spinal infection.",
                sources: &[
                    Source::Cited(CommunityRedFlags2023),
                    Source::Cited(GloucestershireRedFlags),
                ],
                check_again: None,
                does_not_apply: None,
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
                check_again: None,
                does_not_apply: None,
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
                check_again: None,
                does_not_apply: None,
            },
            Self::SevereOrConstantPain => &RedFlagRecord {
                id: Self::SevereOrConstantPain,
                pathway: Pathway::Mechanical,
                lean: Lean::Either,
                question: "Is the pain severe or constant, so that it stops you doing daily tasks or sleeping?",
                help: "Think of the last few days.",
                why: "Pain this strong should be assessed by a clinician.",
                sources: &[Source::Guide(WarningSigns)],
                check_again: None,
                does_not_apply: None,
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
                check_again: Some(
                    "Think back to when the pain began. Answer yes if it followed a car crash, a fall from higher than standing height, or a hard blow to the back.",
                ),
                does_not_apply: None,
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
                check_again: None,
                does_not_apply: None,
            },
            Self::CaudaEquinaSignsRecent => &RedFlagRecord {
                id: Self::CaudaEquinaSignsRecent,
                pathway: Pathway::CaudaEquina,
                lean: Lean::Either,
                question: "Is that new, or has it got worse, in the last 2 weeks?",
                help: "Answer no only if it has been there for more than 2 weeks without changing and a doctor has already checked it. If you are not sure, answer yes.",
                why: "New or worsening signs of squeezed nerves at the base of the spine need a scan within hours.",
                sources: &[
                    Source::Cited(GirftCes2023),
                    Source::Cited(BmjBestPracticeCes),
                ],
                check_again: None,
                does_not_apply: None,
            },
            Self::InjectingDrugUse => &RedFlagRecord {
                id: Self::InjectingDrugUse,
                pathway: Pathway::Infection,
                lean: Lean::Either,
                question: "Do you inject drugs, or have you in the last year?",
                help: "Asked only to judge the risk of an infection in the spine.",
                why: "Injecting drugs raises the chance of an infection in the spine: get checked soon, and today if you have a fever.",
                sources: &[
                    Source::Cited(GloucestershireRedFlags),
                    Source::Cited(AhcprRedFlags),
                ],
                check_again: None,
                does_not_apply: None,
            },
            Self::RecentInfection => &RedFlagRecord {
                id: Self::RecentInfection,
                pathway: Pathway::Infection,
                lean: Lean::Either,
                question: "In the last few weeks, have you had an infection (such as a urine infection), or a wound, injection or operation on your back?",
                help: "Think of the last 6 weeks. An injection into the back counts, for example for pain relief.",
                why: "A recent infection, or a wound or procedure on the back, raises the chance of an infection in the spine: get checked soon, and today if you have a fever.",
                sources: &[
                    Source::Cited(GloucestershireRedFlags),
                    Source::Cited(AhcprRedFlags),
                ],
                check_again: None,
                does_not_apply: None,
            },
            Self::LumpOrSwelling => &RedFlagRecord {
                id: Self::LumpOrSwelling,
                pathway: Pathway::Cancer,
                lean: Lean::Spinal,
                question: "Is there a new lump or swelling on your back, or has the shape of your back changed?",
                help: "Something you can see or feel that was not there before.",
                why: "A new lump, swelling or change of shape in the back needs checking: ask for an urgent appointment or call 111.",
                sources: &[Source::Cited(NhsBackPain)],
                check_again: None,
                does_not_apply: None,
            },
            Self::RecentChemotherapy => &RedFlagRecord {
                id: Self::RecentChemotherapy,
                pathway: Pathway::Infection,
                lean: Lean::Either,
                question: "Have you had chemotherapy or other cancer drugs in the last 6 weeks?",
                help: "After these drugs, a temperature of 37.5 °C (99.5 °F) or more can be serious: call your chemotherapy 24-hour line straight away.",
                why: "During or soon after chemotherapy, a fever can mean a serious infection (neutropenic sepsis).",
                sources: &[Source::Cited(NiceCg151)],
                check_again: Some(
                    "Check the card, diary or letters from your cancer team, or call your chemotherapy 24-hour line and ask. Answer yes if you have had chemotherapy or other cancer drugs in the last 6 weeks.",
                ),
                does_not_apply: None,
            },
            Self::StrenuousLift => &RedFlagRecord {
                id: Self::StrenuousLift,
                pathway: Pathway::Fracture,
                lean: Lean::Either,
                question: "Did the pain start after lifting something heavy or a hard strain?",
                help: "For example moving furniture, lifting a heavy bag or a hard push. Asked because at 50 or over, or with thin bones, even this can crack a bone in the spine.",
                why: "At 50 or over, or with osteoporosis or long-term steroids, a strenuous lift can break a bone in the spine: get seen today.",
                sources: &[Source::Cited(AhcprRedFlags), Source::Cited(Verhagen2016)],
                check_again: None,
                does_not_apply: None,
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
                Self::BothLegs,
            ],
            Self::RecentChemotherapy => &[Self::Immunosuppression],
            _ => &[],
        }
    }
}
