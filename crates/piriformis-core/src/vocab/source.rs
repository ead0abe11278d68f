//! Provenance: every record names where its facts come from.
//!
//! A [`Source`] is either a section of the self-care guide the project is
//! built from ([`GuideSection`]) or a cited clinical reference ([`Citation`]).

use crate::vocab::vocabulary;
use serde::{Deserialize, Serialize};

vocabulary! {
    /// A section of the self-care guide on piriformis trigger points.
    pub enum GuideSection {
        /// Muscle anatomy: origin, insertion, the sciatic nerve nearby.
        Anatomy,
        /// What the muscle does in movement and stability.
        Function,
        /// What trigger points are: active and latent.
        TriggerPoints,
        /// Overuse, injury, posture and imbalance as causes.
        Causes,
        /// Local, radiating and nerve symptoms.
        Symptoms,
        /// The table comparing piriformis-related pain with spinal sciatica.
        SciaticaComparison,
        /// The medial, central and lateral trigger-point zones.
        Locations,
        /// Where the pain is referred to.
        ReferredPain,
        /// Finding the sore spots yourself.
        SelfAssessment,
        /// Pressure release by hand or tool.
        ManualTherapy,
        /// Foam roller and ball release.
        FoamRollingAndBall,
        /// The heat and cold table.
        HeatAndCold,
        /// The two piriformis stretches.
        Stretches,
        /// Hip circles and pelvic tilts.
        Mobility,
        /// Glute and hip strengthening.
        Strengthening,
        /// Posture, core and movement habits.
        Posture,
        /// The warning signs that call for medical care.
        WarningSigns,
        /// What a clinician does and what treatment may include.
        ProfessionalCare,
        /// Common myths and the facts.
        Misconceptions,
        /// Tools for self-treatment.
        Tools,
        /// Books, providers and further reading.
        Resources,
        /// The general-information, not-medical-advice notice.
        Disclaimer,
    }
}

impl GuideSection {
    /// Short human title of the section.
    pub const fn title(self) -> &'static str {
        match self {
            Self::Anatomy => "Piriformis anatomy",
            Self::Function => "Function in movement and stability",
            Self::TriggerPoints => "Trigger points",
            Self::Causes => "Common causes",
            Self::Symptoms => "Symptoms and signs",
            Self::SciaticaComparison => "How it differs from sciatica",
            Self::Locations => "Trigger-point zones",
            Self::ReferredPain => "Referred pain patterns",
            Self::SelfAssessment => "Self-assessment and palpation",
            Self::ManualTherapy => "Manual therapy and self-massage",
            Self::FoamRollingAndBall => "Foam roller and ball release",
            Self::HeatAndCold => "Heat and cold",
            Self::Stretches => "Piriformis stretches",
            Self::Mobility => "Mobility drills",
            Self::Strengthening => "Strengthening glutes and hips",
            Self::Posture => "Posture and movement habits",
            Self::WarningSigns => "Warning signs",
            Self::ProfessionalCare => "Professional care",
            Self::Misconceptions => "Misconceptions",
            Self::Tools => "Tools for self-treatment",
            Self::Resources => "Where to learn more",
            Self::Disclaimer => "Not medical advice",
        }
    }
}

vocabulary! {
    /// A cited clinical reference beyond the guide.
    pub enum Citation {
        /// NICE guideline NG59, low back pain and sciatica.
        NiceNg59,
        /// NICE Clinical Knowledge Summary on sciatica: interpreting red flags.
        CksSciatica,
        /// NHS 111 Wales: sciatica and cauda equina advice.
        Nhs111Wales,
        /// BMJ Best Practice: cauda equina syndrome.
        BmjBestPracticeCes,
        /// Community red flags for low back and radicular pain (2023), with NHS Lothian.
        CommunityRedFlags2023,
        /// Gloucestershire NHS red flags for cancer, infection and fracture.
        GloucestershireRedFlags,
        /// AHCPR red-flag table for low back problems.
        AhcprRedFlags,
        /// Fishman et al. 2002: the FAIR test.
        Fishman2002,
        /// Martin et al. 2014: clinical tests for deep gluteal nerve entrapment.
        Martin2014,
        /// Hopayian et al. 2010 and 2017: systematic reviews of piriformis syndrome.
        Hopayian2010,
        /// Beatty 1994: the Beatty manoeuvre.
        Beatty1994,
        /// Smoll 2010: sciatic nerve variations, meta-analysis.
        Smoll2010,
        /// Poutoglidou et al. 2020: sciatic nerve variants, meta-analysis.
        Poutoglidou2020,
        /// Tomaszewski et al. 2016: sciatic nerve variants, meta-analysis.
        Tomaszewski2016,
        /// Beaton and Anson 1937: six types of sciatic nerve course.
        BeatonAnson1937,
        /// Travell and Simons: the Trigger Point Manual.
        TravellSimons,
        /// Bandy, Irion and Briggler 1997: stretch duration and frequency.
        Bandy1997,
        /// Reid 2014 and Johnson 2014: keeping flexibility gains; split holds.
        Reid2014,
        /// 2022 meta-analysis of ischemic compression.
        Compression2022,
        /// 2019 trial of 30 s against 90 s compression.
        Compression2019,
        /// Gemmell 2008: compression hold and release.
        Gemmell2008,
        /// Bleakley 2004 and 2006: cryotherapy reviews and trial.
        Bleakley2004,
        /// Freiwald 2021: continuous low-level heat for low back pain.
        Freiwald2021,
        /// Farrar et al. 2001: a clinically important change on the 0-10 pain scale.
        Farrar2001,
        /// ICD-10-CM G57.0x: lesion of the sciatic nerve.
        Icd10Cm,
        /// LOINC 72514-3: pain severity on a 0-10 numeric rating scale.
        Loinc72514,
        /// Infermedica triage levels and NHS Pathways dispositions.
        TriageSchemes,
        /// NHS website, Sciatica: its 999 / A&E and see-a-GP lists (patient-facing).
        NhsSciatica,
        /// NHS website, Back pain: its 999 / A&E, urgent GP or 111, and see-a-GP lists (patient-facing).
        NhsBackPain,
        /// NHS inform (Scotland), Back problems: its phone-111 list (patient-facing).
        NhsInformBackProblems,
        /// NICE NG234 (2023): spinal metastases and metastatic spinal cord compression in people with cancer.
        NiceNg234,
        /// GIRFT / NHS England national suspected cauda equina syndrome pathway (2023).
        GirftCes2023,
    }
}

impl Citation {
    /// The full reference, as one line.
    pub const fn reference(self) -> &'static str {
        match self {
            Self::NiceNg59 => {
                "NICE NG59: Low back pain and sciatica in over 16s (2016, updated 2020); BMJ 2017;356:i6748"
            }
            Self::CksSciatica => {
                "NICE CKS: Sciatica (lumbar radiculopathy), interpreting red flags"
            }
            Self::Nhs111Wales => "NHS 111 Wales: Sciatica; cauda equina syndrome",
            Self::BmjBestPracticeCes => "BMJ Best Practice: Cauda equina syndrome",
            Self::CommunityRedFlags2023 => {
                "Community Red Flags for LBP/Radicular Pain (Sept 2023); NHS Lothian"
            }
            Self::GloucestershireRedFlags => "Gloucestershire NHS g-care: red flags in back pain",
            Self::AhcprRedFlags => {
                "AHCPR clinical practice guideline: acute low back problems, red-flag table (NCBI NBK52120)"
            }
            Self::Fishman2002 => {
                "Fishman LM et al. Piriformis syndrome: diagnosis, treatment, and outcome. Arch Phys Med Rehabil 2002;83:295"
            }
            Self::Martin2014 => {
                "Martin HD et al. The validity of clinical tests for deep gluteal syndrome. KSSTA 2014;22:882"
            }
            Self::Hopayian2010 => {
                "Hopayian K et al. The clinical features of the piriformis syndrome: a systematic review. Eur Spine J 2010; update 2017"
            }
            Self::Beatty1994 => {
                "Beatty RA. The piriformis muscle syndrome: a simple diagnostic maneuver. Neurosurgery 1994"
            }
            Self::Smoll2010 => {
                "Smoll NR. Variations of the piriformis and sciatic nerve. Clin Anat 2010"
            }
            Self::Poutoglidou2020 => {
                "Poutoglidou F et al. Sciatic nerve variants: systematic review. Cureus 2020"
            }
            Self::Tomaszewski2016 => {
                "Tomaszewski KA et al. Variations of the sciatic nerve: a meta-analysis. J Orthop Res 2016"
            }
            Self::BeatonAnson1937 => {
                "Beaton LE, Anson BJ. The relation of the sciatic nerve and its subdivisions to the piriformis muscle. Anat Rec 1937"
            }
            Self::TravellSimons => {
                "Travell JG, Simons DG. Myofascial Pain and Dysfunction: The Trigger Point Manual, Vol 2"
            }
            Self::Bandy1997 => {
                "Bandy WD, Irion JM, Briggler M. The effect of time and frequency of static stretching. Phys Ther 1997;77:1090"
            }
            Self::Reid2014 => {
                "Reid 2014 (keeping flexibility gains); Johnson 2014 (3x30 s equals 9x10 s)"
            }
            Self::Compression2022 => {
                "Meta-analysis of ischemic compression for trigger points, 2022 (PMC9434898)"
            }
            Self::Compression2019 => {
                "Randomised trial of 30 s against 90 s ischemic compression, 2019 (n=39)"
            }
            Self::Gemmell2008 => "Gemmell H et al. Ischaemic compression of trigger points, 2008",
            Self::Bleakley2004 => {
                "Bleakley C et al. Cryotherapy for soft-tissue injury: systematic review 2004; trial 2006"
            }
            Self::Freiwald2021 => {
                "Freiwald J et al. Continuous low-level heat wrap therapy for low back pain, 2021"
            }
            Self::Farrar2001 => {
                "Farrar JT et al. Clinical importance of changes in chronic pain intensity on an 11-point numerical rating scale. Pain 2001;94:149"
            }
            Self::Icd10Cm => {
                "ICD-10-CM G57.00-G57.03, lesion of sciatic nerve (piriformis syndrome as approximate synonym)"
            }
            Self::Loinc72514 => "LOINC 72514-3: Pain severity 0-10 verbal numeric rating",
            Self::TriageSchemes => "Infermedica triage levels; NHS Pathways dispositions",
            Self::NhsSciatica => {
                "NHS website: Sciatica (nhs.uk/conditions/sciatica), when to get help"
            }
            Self::NhsBackPain => {
                "NHS website: Back pain (nhs.uk/conditions/back-pain), when to get help"
            }
            Self::NhsInformBackProblems => {
                "NHS inform (Scotland): Back problems, when to get professional advice"
            }
            Self::NiceNg234 => {
                "NICE NG234: Spinal metastases and metastatic spinal cord compression (2023, replaced CG75), recognition and referral"
            }
            Self::GirftCes2023 => {
                "GIRFT / NHS England: National suspected cauda equina syndrome pathway (2023)"
            }
        }
    }
}

/// Where a fact comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// A section of the guide.
    Guide(GuideSection),
    /// A cited clinical reference.
    Cited(Citation),
    /// A choice this project made where no source gives a number; the record explains it.
    ProjectDefault,
}

impl Source {
    /// One-line description of the source, for display.
    pub const fn describe(self) -> &'static str {
        match self {
            Self::Guide(section) => section.title(),
            Self::Cited(citation) => citation.reference(),
            Self::ProjectDefault => "Project default where no source gives a number",
        }
    }
}
