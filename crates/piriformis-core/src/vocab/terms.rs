//! Vocabularies shared by several layers: how urgent ([`Disposition`]), which
//! side, an answer, the triage policy, the pathway and the red-flag ids.
//! Their records and rules live higher up (the red-flag questions in
//! [`crate::red_flag`], the tiers in [`crate::triage::RULES`]).

use crate::vocab::vocabulary;

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
    /// Which guidance sets the tiers. Both are tables of cited rows
    /// (`Rule::says` in the triage rules); the self-check is never less urgent than the referral policy.
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

// The vocabulary macro does not derive Default, so it is written out.
#[allow(clippy::derivable_impls)]
impl Default for Answer {
    fn default() -> Self {
        Self::Unknown
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

vocabulary! {
    /// A red-flag finding. Each is answered present, absent or unknown.
    pub enum RedFlag {
        /// New bladder or bowel problems since this pain began: leaking, not feeling the need to go, or being unable to pee.
        BladderOrBowelControl,
        /// New numbness or tingling around the back passage (anus), the genitals or the inner thighs.
        SaddleNumbness,
        /// Since this pain began: sciatica-type pain in both legs, or numbness or weakness in both legs.
        BothLegs,
        /// New sexual problems such as loss of sensation or function.
        SexualDysfunction,
        /// Foot drop: the front of the foot slaps or cannot be lifted.
        FootDrop,
        /// Walking newly unsteady, or a leg giving way, not only at a stab of pain.
        UnsteadyWalking,
        /// Fever or shivering fits (rigors).
        Fever,
        /// Weight loss with no clear reason.
        UnexplainedWeightLoss,
        /// Night sweats.
        NightSweats,
        /// Pain worse at night, or the same in every position when lying still (not only waking on turning over).
        PainNotEasedByRest,
        /// Cancer now, under follow-up, or in the past (not non-melanoma skin cancer or pre-cancer cells).
        HistoryOfCancer,
        /// A weakened immune system: HIV, chemotherapy, injecting drugs, or immune-suppressing drugs.
        Immunosuppression,
        /// Osteoporosis (thin, fragile bones) or steroid tablets taken for months.
        OsteoporosisOrSteroids,
        /// A first episode of back or buttock pain, under 20 or over 50.
        NewPainUnder20OrOver50,
        /// Severe or constant pain that stops daily tasks or sleep.
        SevereOrConstantPain,
        /// The pain began after a serious accident: a car crash, a fall from a height, a hard blow to the back.
        SeriousAccident,
        /// The pain is getting steadily worse over days or weeks.
        PainGettingWorse,
        /// Follow-up of the cauda equina signs: new or worse within the last 2 weeks, or not known to be long-standing, unchanged and checked.
        CaudaEquinaSignsRecent,
        /// Injecting drugs, now or in the last year.
        InjectingDrugUse,
        /// A recent infection, such as a urine infection, or a wound, injection or operation on the back.
        RecentInfection,
        /// A lump or swelling in the back, or a change in its shape.
        LumpOrSwelling,
        /// Follow-up of a weakened immune system: chemotherapy or other cancer drugs in the last 6 weeks.
        RecentChemotherapy,
        /// The pain began after a heavy lift or a hard strain: a fracture risk at 50 or over, or with fragile bones.
        StrenuousLift,
    }
}
