//! Professional care, clinical tests, myths and facts, further resources, and
//! the not-medical-advice notice.

use serde::Serialize;

use crate::source::{Citation::*, GuideSection::*, Source};
use crate::vocab::vocabulary;

vocabulary! {
    /// A kind of professional who can help.
    pub enum Provider {
        /// Physical therapist (physiotherapist).
        PhysicalTherapist,
        /// Chiropractor.
        Chiropractor,
        /// Manual therapist.
        ManualTherapist,
        /// Primary care provider (GP).
        PrimaryCare,
        /// Neuromuscular or massage therapist trained in trigger-point work.
        NeuromuscularTherapist,
        /// Movement specialist.
        MovementSpecialist,
    }
}

vocabulary! {
    /// A part of a clinical assessment.
    pub enum ExamStep {
        /// Taking the history.
        History,
        /// Feeling the piriformis and the area around it.
        Palpation,
        /// Checking movement, strength and reflexes.
        MotionStrengthReflexes,
        /// Special tests such as FAIR.
        SpecialTests,
        /// Ruling out other causes, with imaging if needed.
        RuleOutOtherCauses,
    }
}

vocabulary! {
    /// A named clinical test for piriformis-related nerve trouble.
    pub enum ClinicalTest {
        /// Flexion, adduction and internal rotation of the hip.
        Fair,
        /// Active piriformis test.
        ActivePiriformis,
        /// Seated piriformis stretch test.
        SeatedPiriformisStretch,
        /// Straight leg raise.
        StraightLegRaise,
        /// Freiberg: forced internal rotation of the straight thigh.
        Freiberg,
        /// Pace: resisted abduction and external rotation, seated.
        Pace,
        /// Beatty: lifting the bent knee while lying on the good side.
        Beatty,
    }
}

vocabulary! {
    /// A treatment a clinician may offer.
    pub enum Treatment {
        /// Hands-on treatment: deep massage, myofascial release (work on the muscle and its thin wrapping tissue), steady pressure, or dry needling (a thin needle put into the tight spot).
        ManualTherapy,
        /// A tailored plan of stretches and strength work.
        ExercisePlan,
        /// Ergonomics, posture fixes and activity changes.
        LifestyleChanges,
        /// Over-the-counter or prescribed pain relief, anti-inflammatories, muscle relaxants.
        Medication,
        /// A corticosteroid injection into the piriformis in stubborn cases.
        Injection,
    }
}

vocabulary! {
    /// A common myth about piriformis pain.
    pub enum Misconception {
        /// "It's always sciatica."
        AlwaysSciatica,
        /// "It's just butt pain, so it's minor."
        JustButtPain,
        /// "Stretching alone will fix it."
        StretchingAlone,
        /// "All pain means damage."
        AllPainIsDamage,
    }
}

vocabulary! {
    /// A place to learn more.
    pub enum Resource {
        /// Physical therapists and chiropractors.
        TherapistsAndChiropractors,
        /// Neuromuscular and massage therapists.
        MassageTherapists,
        /// Travell and Simons, the Trigger Point Manual.
        TravellSimonsManual,
        /// Clair and Amber Davies, The Trigger Point Therapy Workbook.
        DaviesWorkbook,
        /// Trusted health websites.
        TrustedWebsites,
    }
}

/// A kind of provider.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, get_all, module = "piriformis")
)]
pub struct ProviderRecord {
    /// Its id.
    pub id: Provider,
    /// Plain name.
    pub name: &'static str,
    /// What they do for this problem.
    pub role: &'static str,
    /// Where the facts come from.
    pub sources: &'static [Source],
}

/// A part of the assessment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, get_all, module = "piriformis")
)]
pub struct ExamStepRecord {
    /// Its id.
    pub id: ExamStep,
    /// What happens.
    pub description: &'static str,
    /// Where the facts come from.
    pub sources: &'static [Source],
}

/// Accuracy figures for a test, with its study. Numbers are per thousand so
/// 0.881 is `881`; `None` where no figure was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, get_all, module = "piriformis")
)]
pub struct TestAccuracy {
    /// Sensitivity, per thousand.
    pub sensitivity_permille: Option<u16>,
    /// Specificity, per thousand.
    pub specificity_permille: Option<u16>,
    /// The study: size and reference standard.
    pub study: &'static str,
    /// Where it comes from.
    pub source: Source,
}

/// A clinical test.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, get_all, module = "piriformis")
)]
pub struct ClinicalTestRecord {
    /// Its id.
    pub id: ClinicalTest,
    /// Plain name.
    pub name: &'static str,
    /// How it is done and what counts as positive.
    pub how: &'static str,
    /// Accuracy, where a study reports it.
    pub accuracy: Option<TestAccuracy>,
    /// Where the facts come from.
    pub sources: &'static [Source],
}

/// A treatment option.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, get_all, module = "piriformis")
)]
pub struct TreatmentRecord {
    /// Its id.
    pub id: Treatment,
    /// What it involves.
    pub description: &'static str,
    /// Who gives it.
    pub given_by: &'static str,
    /// Where the facts come from.
    pub sources: &'static [Source],
}

/// A myth and the fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, get_all, module = "piriformis")
)]
pub struct MisconceptionRecord {
    /// Its id.
    pub id: Misconception,
    /// The myth, in short.
    pub myth: &'static str,
    /// The fact.
    pub fact: &'static str,
    /// Where the facts come from.
    pub sources: &'static [Source],
}

/// A resource.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, get_all, module = "piriformis")
)]
pub struct ResourceRecord {
    /// Its id.
    pub id: Resource,
    /// Title or name.
    pub title: &'static str,
    /// Why it is useful.
    pub note: &'static str,
    /// Where the facts come from.
    pub sources: &'static [Source],
}

/// A diagnosis code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, get_all, module = "piriformis")
)]
pub struct Code {
    /// The code system.
    pub system: &'static str,
    /// The code.
    pub code: &'static str,
    /// What it means.
    pub meaning: &'static str,
    /// Where it comes from.
    pub source: Source,
}

impl Provider {
    /// The record for this provider.
    pub const fn record(self) -> &'static ProviderRecord {
        const CARE: &[Source] = &[Source::Guide(ProfessionalCare), Source::Guide(Resources)];
        match self {
            Self::PhysicalTherapist => &ProviderRecord {
                id: Self::PhysicalTherapist,
                name: "Physical therapist",
                role: "Diagnoses and treats muscle and joint problems, and builds an exercise plan.",
                sources: CARE,
            },
            Self::Chiropractor => &ProviderRecord {
                id: Self::Chiropractor,
                name: "Chiropractor",
                role: "Diagnoses and treats muscle and joint problems.",
                sources: CARE,
            },
            Self::ManualTherapist => &ProviderRecord {
                id: Self::ManualTherapist,
                name: "Manual therapist",
                role: "Hands-on treatment such as myofascial release (work on the muscle and its thin wrapping tissue).",
                sources: &[Source::Guide(ProfessionalCare)],
            },
            Self::PrimaryCare => &ProviderRecord {
                id: Self::PrimaryCare,
                name: "Primary care provider",
                role: "First assessment, medication, and referral if needed.",
                sources: &[Source::Guide(ProfessionalCare)],
            },
            Self::NeuromuscularTherapist => &ProviderRecord {
                id: Self::NeuromuscularTherapist,
                name: "Neuromuscular or massage therapist",
                role: "Trained in hands-on work on trigger points, the muscle and its thin wrapping tissue (myofascial work) to release tight spots.",
                sources: &[Source::Guide(Resources)],
            },
            Self::MovementSpecialist => &ProviderRecord {
                id: Self::MovementSpecialist,
                name: "Movement specialist",
                role: "Spots and corrects movement habits that strain the hip.",
                sources: &[Source::Guide(Posture)],
            },
        }
    }
}

impl ExamStep {
    /// The record for this exam step.
    pub const fn record(self) -> &'static ExamStepRecord {
        const CARE: &[Source] = &[Source::Guide(ProfessionalCare)];
        match self {
            Self::History => &ExamStepRecord {
                id: Self::History,
                description: "Asks about your symptoms, what sets them off, your activities, past injuries and health.",
                sources: CARE,
            },
            Self::Palpation => &ExamStepRecord {
                id: Self::Palpation,
                description: "Feels the piriformis and the area around it for tender spots.",
                sources: CARE,
            },
            Self::MotionStrengthReflexes => &ExamStepRecord {
                id: Self::MotionStrengthReflexes,
                description: "Checks how the hip moves, muscle strength and reflexes.",
                sources: CARE,
            },
            Self::SpecialTests => &ExamStepRecord {
                id: Self::SpecialTests,
                description: "Uses tests such as FAIR that put the piriformis under tension.",
                sources: &[
                    Source::Guide(ProfessionalCare),
                    Source::Cited(Fishman2002),
                    Source::Cited(Martin2014),
                ],
            },
            Self::RuleOutOtherCauses => &ExamStepRecord {
                id: Self::RuleOutOtherCauses,
                description: "Considers the low spine and true sciatica. Most back pain needs no scan; when one is needed, an X-ray or MRI can rule out other problems, but it cannot show trigger points.",
                sources: &[Source::Guide(ProfessionalCare), Source::Cited(NiceNg59)],
            },
        }
    }
}

impl ClinicalTest {
    /// The record for this test.
    pub const fn record(self) -> &'static ClinicalTestRecord {
        const MARTIN: &str = "33 patients, 23 with nerve entrapment confirmed at endoscopy";
        match self {
            Self::Fair => &ClinicalTestRecord {
                id: Self::Fair,
                name: "FAIR test",
                how: "The hip is bent, drawn across the body and turned inward (Flexion, Adduction, Internal Rotation). In the study, positive meant the H-reflex was delayed by 3 or more standard deviations: an electrical test, not just pain. 79% (514 of 655) of positive patients improved by half or more with injection plus physical therapy.",
                accuracy: Some(TestAccuracy {
                    sensitivity_permille: Some(881),
                    specificity_permille: Some(832),
                    study: "918 patients, 1,014 legs",
                    source: Source::Cited(Fishman2002),
                }),
                sources: &[Source::Guide(ProfessionalCare), Source::Cited(Fishman2002)],
            },
            Self::ActivePiriformis => &ClinicalTestRecord {
                id: Self::ActivePiriformis,
                name: "Active piriformis test",
                how: "Lying on the good side, the patient pushes the heel down and lifts the knee against resistance; positive if it brings on the buttock pain.",
                accuracy: Some(TestAccuracy {
                    sensitivity_permille: Some(780),
                    specificity_permille: Some(800),
                    study: MARTIN,
                    source: Source::Cited(Martin2014),
                }),
                sources: &[Source::Cited(Martin2014)],
            },
            Self::SeatedPiriformisStretch => &ClinicalTestRecord {
                id: Self::SeatedPiriformisStretch,
                name: "Seated piriformis stretch test",
                how: "Seated, the straight leg is drawn across the body and turned inward; positive if it brings on the buttock pain.",
                accuracy: Some(TestAccuracy {
                    sensitivity_permille: Some(520),
                    specificity_permille: Some(900),
                    study: MARTIN,
                    source: Source::Cited(Martin2014),
                }),
                sources: &[Source::Cited(Martin2014)],
            },
            Self::StraightLegRaise => &ClinicalTestRecord {
                id: Self::StraightLegRaise,
                name: "Straight leg raise",
                how: "Lying on the back, the straight leg is lifted; positive if it brings on leg pain.",
                accuracy: Some(TestAccuracy {
                    sensitivity_permille: Some(150),
                    specificity_permille: Some(950),
                    study: MARTIN,
                    source: Source::Cited(Martin2014),
                }),
                sources: &[Source::Cited(Martin2014)],
            },
            Self::Freiberg => &ClinicalTestRecord {
                id: Self::Freiberg,
                name: "Freiberg test",
                how: "Pain when the straight thigh is forcibly turned inward. No accuracy figures were found.",
                accuracy: None,
                sources: &[Source::Cited(Hopayian2010), Source::Cited(Hopayian2017)],
            },
            Self::Pace => &ClinicalTestRecord {
                id: Self::Pace,
                name: "Pace test",
                how: "Pain or weakness when pushing the knees apart and turning the thighs out against resistance while seated. No accuracy figures were found.",
                accuracy: None,
                sources: &[Source::Cited(Hopayian2010), Source::Cited(Hopayian2017)],
            },
            Self::Beatty => &ClinicalTestRecord {
                id: Self::Beatty,
                name: "Beatty test",
                how: "Lying on the good side, the bent knee is lifted. Deep buttock pain appeared in 3 piriformis patients, in none of 100 with disc herniation, and as outer-hip pain in 27 hip patients. No accuracy figures were found.",
                accuracy: None,
                sources: &[Source::Cited(Beatty1994)],
            },
        }
    }
}

impl Treatment {
    /// The record for this treatment.
    pub const fn record(self) -> &'static TreatmentRecord {
        const CARE: &[Source] = &[Source::Guide(ProfessionalCare)];
        match self {
            Self::ManualTherapy => &TreatmentRecord {
                id: Self::ManualTherapy,
                description: "Hands-on treatment: deep massage, myofascial release (work on the muscle and its thin wrapping tissue), steady pressure on trigger points, or dry needling (a thin needle put into the tight spot, with no medicine). NICE's back pain guideline advises hands-on treatment only as part of a plan that includes exercise, and does not endorse dry needling.",
                given_by: "a trained provider",
                sources: &[Source::Guide(ProfessionalCare), Source::Cited(NiceNg59)],
            },
            Self::ExercisePlan => &TreatmentRecord {
                id: Self::ExercisePlan,
                description: "A tailored set of stretches and strength work for the piriformis and nearby muscles. Exercise is the core treatment for low back pain and sciatica.",
                given_by: "a physical therapist",
                sources: &[Source::Guide(ProfessionalCare), Source::Cited(NiceNg59)],
            },
            Self::LifestyleChanges => &TreatmentRecord {
                id: Self::LifestyleChanges,
                description: "Ergonomic tips, posture fixes and activity changes to prevent flare-ups.",
                given_by: "any clinician",
                sources: CARE,
            },
            Self::Medication => &TreatmentRecord {
                id: Self::Medication,
                description: "Over-the-counter pain relief or anti-inflammatories; sometimes prescription drugs or muscle relaxants.",
                given_by: "a doctor or pharmacist",
                sources: CARE,
            },
            Self::Injection => &TreatmentRecord {
                id: Self::Injection,
                description: "In some stubborn cases, a corticosteroid injection into the piriformis.",
                given_by: "a doctor",
                sources: &[Source::Guide(ProfessionalCare), Source::Cited(Fishman2002)],
            },
        }
    }
}

impl Misconception {
    /// The record for this myth.
    pub const fn record(self) -> &'static MisconceptionRecord {
        const MYTHS: &[Source] = &[Source::Guide(Misconceptions)];
        match self {
            Self::AlwaysSciatica => &MisconceptionRecord {
                id: Self::AlwaysSciatica,
                myth: "It's always sciatica.",
                fact: "Piriformis trigger points can feel like sciatica, but true sciatica starts in the spine. Piriformis pain comes from the muscle pressing on the nerve outside the spine.",
                sources: MYTHS,
            },
            Self::JustButtPain => &MisconceptionRecord {
                id: Self::JustButtPain,
                myth: "It's just a sore bottom, so it's minor.",
                fact: "Even pain that stays in the buttock can limit walking, sitting and sleep, and can keep going when the muscle stays irritated.",
                sources: MYTHS,
            },
            Self::StretchingAlone => &MisconceptionRecord {
                id: Self::StretchingAlone,
                myth: "Stretching alone will fix it.",
                fact: "Stretching helps, but many people need trigger-point release first, then stretching, plus glute and hip strength work.",
                sources: MYTHS,
            },
            Self::AllPainIsDamage => &MisconceptionRecord {
                id: Self::AllPainIsDamage,
                myth: "All pain means damage.",
                fact: "Avoid sharp pain, but mild discomfort during release or a deep stretch can be a \"good hurt\" that eases tension.",
                sources: MYTHS,
            },
        }
    }
}

impl Resource {
    /// The record for this resource.
    pub const fn record(self) -> &'static ResourceRecord {
        const RES: &[Source] = &[Source::Guide(Resources)];
        match self {
            Self::TherapistsAndChiropractors => &ResourceRecord {
                id: Self::TherapistsAndChiropractors,
                title: "Physical therapists and chiropractors",
                note: "Experts in muscle and joint problems who can diagnose, treat and guide exercise.",
                sources: RES,
            },
            Self::MassageTherapists => &ResourceRecord {
                id: Self::MassageTherapists,
                title: "Neuromuscular and massage therapists",
                note: "Trained in hands-on work on trigger points, the muscle and its thin wrapping tissue (myofascial work).",
                sources: RES,
            },
            Self::TravellSimonsManual => &ResourceRecord {
                id: Self::TravellSimonsManual,
                title: "Myofascial Pain and Dysfunction: The Trigger Point Manual (Janet G. Travell, David G. Simons)",
                note: "The standard clinical reference on trigger points, written for clinicians. Myofascial means to do with the muscle and its thin wrapping tissue.",
                sources: &[Source::Guide(Resources), Source::Cited(TravellSimons)],
            },
            Self::DaviesWorkbook => &ResourceRecord {
                id: Self::DaviesWorkbook,
                title: "The Trigger Point Therapy Workbook (Clair Davies, Amber Davies)",
                note: "A self-treatment workbook with a symptom index.",
                sources: RES,
            },
            Self::TrustedWebsites => &ResourceRecord {
                id: Self::TrustedWebsites,
                title: "Trusted health websites (for example Healthline, Niel Asher Education)",
                note: "Articles and videos on stretches and exercises. Compare sources and prefer those written by medical professionals.",
                sources: RES,
            },
        }
    }
}

/// The not-medical-advice notice shown with every result.
pub const NOTICE: &str = "This is general information, not medical advice. See a qualified health professional for a diagnosis and care that fit you, especially if symptoms are strong, last a long time, or get worse.";

/// Advice repeated where it helps: a clear diagnosis treats the real cause.
pub const DIAGNOSIS_ADVICE: &str = "Piriformis pain can look like a lumbar disc problem, hip bursitis and other conditions. If pain is severe or does not improve, see a health professional for a clear diagnosis and plan.";

/// Diagnosis codes related to piriformis syndrome.
pub const CODES: &[Code] = &[
    Code {
        system: "ICD-10-CM",
        code: "G57.00",
        meaning: "Lesion of sciatic nerve, unspecified lower limb",
        source: Source::Cited(Icd10Cm),
    },
    Code {
        system: "ICD-10-CM",
        code: "G57.01",
        meaning: "Lesion of sciatic nerve, right lower limb",
        source: Source::Cited(Icd10Cm),
    },
    Code {
        system: "ICD-10-CM",
        code: "G57.02",
        meaning: "Lesion of sciatic nerve, left lower limb",
        source: Source::Cited(Icd10Cm),
    },
    Code {
        system: "ICD-10-CM",
        code: "G57.03",
        meaning: "Lesion of sciatic nerve, bilateral lower limbs",
        source: Source::Cited(Icd10Cm),
    },
    Code {
        system: "ICD-9-CM",
        code: "355.0",
        meaning: "Lesion of sciatic nerve (older code)",
        source: Source::Cited(Icd10Cm),
    },
    Code {
        system: "LOINC",
        code: "72514-3",
        meaning: "Pain severity 0-10 verbal numeric rating",
        source: Source::Cited(Loinc72514),
    },
];

/// The four defining features of piriformis syndrome in systematic reviews.
pub const DEFINING_FEATURES: &[&str] = &[
    "buttock pain",
    "tenderness near the greater sciatic notch",
    "pain worse when sitting",
    "pain when the piriformis is put under tension",
];
