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
    /// A cited reference beyond the guide; [`Citation::reference`] gives its
    /// authors, title, year and venue.
    pub enum Citation {
        /// NICE guideline NG59, low back pain and sciatica.
        NiceNg59,
        /// NICE Clinical Knowledge Summary on sciatica: interpreting red flags.
        CksSciatica,
        /// NHS 111 Wales: sciatica, with its 999 / A&E and self-care advice.
        Nhs111Wales,
        /// BMJ Best Practice: cauda equina syndrome.
        BmjBestPracticeCes,
        /// Community red flags for low back and radicular pain, a clinician referral sheet (2023).
        CommunityRedFlags2023,
        /// Gloucestershire NHS (G-care): red flags for spinal conditions.
        GloucestershireRedFlags,
        /// AHCPR guideline 14 (Bigos et al. 1994): acute low back problems, with its red-flag table.
        AhcprRedFlags,
        /// Fishman et al. 2002: the FAIR test.
        Fishman2002,
        /// Martin et al. 2014: accuracy of three examination tests for sciatic nerve entrapment.
        Martin2014,
        /// Hopayian et al. 2010: systematic review of the clinical features of piriformis syndrome.
        Hopayian2010,
        /// Hopayian and Danielyan 2017: the updated review, four defining features.
        Hopayian2017,
        /// Beatty 1994: the Beatty manoeuvre.
        Beatty1994,
        /// Smoll 2010: sciatic nerve variations, meta-analysis.
        Smoll2010,
        /// Poutoglidou et al. 2020: sciatic nerve variants, meta-analysis.
        Poutoglidou2020,
        /// Tomaszewski et al. 2016: surgical anatomy of the sciatic nerve, meta-analysis.
        Tomaszewski2016,
        /// Beaton and Anson 1937: six types of sciatic nerve course.
        BeatonAnson1937,
        /// Travell and Simons: the Trigger Point Manual, volume 2.
        TravellSimons,
        /// Bandy, Irion and Briggler 1997: stretch duration and frequency.
        Bandy1997,
        /// Reid and Kim 2014: how often to stretch to keep flexibility gains.
        Reid2014,
        /// Lu et al. 2022: meta-analysis of ischemic compression.
        Compression2022,
        /// 2019 trial of 30 s against 90 s trigger-point compression.
        Compression2019,
        /// Gemmell et al. 2008: compression hold and release.
        Gemmell2008,
        /// Bleakley et al. 2004: systematic review of ice for soft-tissue injury.
        Bleakley2004,
        /// Bleakley et al. 2006: trial of two icing protocols.
        Bleakley2006,
        /// Freiwald et al. 2021: superficial heat for low back pain, narrative review.
        Freiwald2021,
        /// Farrar et al. 2001: a clinically important change on the 0-10 pain scale.
        Farrar2001,
        /// ICD-10-CM G57.0x: lesion of the sciatic nerve.
        Icd10Cm,
        /// LOINC 72514-3: pain severity on a 0-10 numeric rating scale.
        Loinc72514,
        /// Infermedica's five triage levels.
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
        /// NICE CG151 (2012): neutropenic sepsis, with the acute oncology advice on fever during chemotherapy.
        NiceCg151,
        /// NHS Lothian lumbar spine red flags (RightDecisions): acute foot drop and deteriorating motor loss.
        NhsLothianRedFlags,
        /// BNSSG REMEDY back pain / spinal pathway: suspected spinal infection with progressing nerve loss goes to A&E.
        BnssgSpinalPathway,
        /// Verhagen et al. 2016: red flags in international low back pain guidelines (minor trauma over 50 for fracture).
        Verhagen2016,
    }
}

/// What kind of work a reference is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, strum::VariantNames)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
pub enum ReferenceKind {
    /// A peer-reviewed study or review in a journal.
    JournalArticle,
    /// A book.
    Book,
    /// A clinical guideline, pathway or referral sheet.
    Guideline,
    /// A page on a health website, revised in place.
    WebPage,
    /// A code system entry or technical documentation.
    Standard,
}

/// The full reference behind a [`Citation`]: who wrote it, what, when and
/// where, and what this project takes from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, get_all, module = "piriformis")
)]
pub struct Reference {
    /// The citation id.
    pub id: Citation,
    /// The authors (surname and initials) or the organisation.
    pub authors: &'static str,
    /// The title of the work.
    pub title: &'static str,
    /// The year of publication; for an undated web page, the year the cited
    /// version was read (see `undated`).
    pub year: u16,
    /// Where it appeared: journal with volume and pages, publisher, or website.
    pub venue: &'static str,
    /// What kind of work it is.
    pub kind: ReferenceKind,
    /// True for a page revised in place that carries no date of its own.
    pub undated: bool,
    /// Its DOI, where it has one.
    pub doi: Option<&'static str>,
    /// Where to read it, where a stable address is known.
    pub url: Option<&'static str>,
    /// What this project takes from it, and what it does not say.
    pub supports: &'static str,
    /// The whole reference as one line, for display.
    pub line: &'static str,
}

/// Builds a [`Reference`] and its one-line form from the same literals.
macro_rules! reference {
    (@build $id:ident, $authors:literal, $title:literal, $year:literal, $venue:literal,
     $kind:ident, $undated:literal, $doi:expr, $url:expr, $supports:literal, $line:expr) => {
        &Reference {
            id: Citation::$id,
            authors: $authors,
            title: $title,
            year: $year,
            venue: $venue,
            kind: ReferenceKind::$kind,
            undated: $undated,
            doi: $doi,
            url: $url,
            supports: $supports,
            line: $line,
        }
    };
    ($id:ident { authors: $authors:literal, title: $title:literal, year: $year:literal,
      venue: $venue:literal, kind: $kind:ident, doi: $doi:expr, url: $url:expr,
      supports: $supports:literal $(,)? }) => {
        reference!(@build $id, $authors, $title, $year, $venue, $kind, false, $doi, $url,
            $supports, concat!($authors, " (", $year, "). ", $title, ". ", $venue, "."))
    };
    ($id:ident { authors: $authors:literal, title: $title:literal, read: $year:literal,
      venue: $venue:literal, kind: $kind:ident, doi: $doi:expr, url: $url:expr,
      supports: $supports:literal $(,)? }) => {
        reference!(@build $id, $authors, $title, $year, $venue, $kind, true, $doi, $url,
            $supports, concat!($authors, " (undated; read ", $year, "). ", $title, ". ", $venue, "."))
    };
}

impl Citation {
    /// The full reference: authors, title, year, venue, and what this
    /// project takes from it.
    pub const fn reference(self) -> &'static Reference {
        match self {
            Self::NiceNg59 => reference!(NiceNg59 {
                authors: "National Institute for Health and Care Excellence (NICE)",
                title: "Low back pain and sciatica in over 16s: assessment and management (NICE guideline NG59)",
                year: 2016,
                venue: "NICE, London; last updated December 2020",
                kind: Guideline,
                doi: None,
                url: Some("https://www.nice.org.uk/guidance/ng59"),
                supports: "Exercise is the core treatment. Manual (hands-on) therapy is advised only as part of a package that includes exercise; the guideline does not endorse dry needling. No routine imaging outside specialist care. Cited for the treatment options, the exam and the clinician tier of the no-warning-signs rule.",
            }),
            Self::CksSciatica => reference!(CksSciatica {
                authors: "NICE Clinical Knowledge Summaries (CKS)",
                title: "Sciatica (lumbar radiculopathy): interpreting red flags",
                read: 2026,
                venue: "CKS archive (cks.nhs.uk), no longer maintained",
                kind: Guideline,
                doi: None,
                url: Some(
                    "http://www.cks.nhs.uk/sciatica_lumbar_radiculopathy/management/scenario_diagnosis/assessing_for_serious_risks_red_flags/interpreting_red_flags"
                ),
                supports: "Red flags raise the chance of a serious cause; how fast to act is a clinical judgement, and serious is not always an emergency. Cauda equina syndrome usually means immediate admission. Ask directly about numbness between the legs: people rarely mention it.",
            }),
            Self::Nhs111Wales => reference!(Nhs111Wales {
                authors: "NHS 111 Wales",
                title: "Sciatica",
                read: 2026,
                venue: "NHS 111 Wales website, health A-Z",
                kind: WebPage,
                doi: None,
                url: Some("https://111.wales.nhs.uk/encyclopaedia/s/article/sciatica/"),
                supports: "Go to A&E or call 999 for sciatica on both sides, weakness or numbness in both legs that is severe or getting worse, numbness around the genitals or back passage, or new bladder or bowel problems. Sciatica usually settles in 4 to 6 weeks. Heat packs help; no hot water bottle on numb skin.",
            }),
            Self::BmjBestPracticeCes => reference!(BmjBestPracticeCes {
                authors: "BMJ Best Practice",
                title: "Cauda equina syndrome",
                read: 2026,
                venue: "BMJ Best Practice (BMJ Publishing Group), topic 3000164",
                kind: Guideline,
                doi: None,
                url: Some("https://bestpractice.bmj.com/topics/en-gb/3000164"),
                supports: "Suspect it when the signs began or got worse within the last 14 days; the person should be seen within hours, with an MRI within 4 hours of the request. A bladder scan showing 200 mL or more left after passing urine supports it; a lower value does not rule it out.",
            }),
            Self::CommunityRedFlags2023 => reference!(CommunityRedFlags2023 {
                authors: "Authors not named on the sheet (copy held by NHS Lothian)",
                title: "Community Red Flags for Lower Back Pain / Radicular Pain",
                year: 2023,
                venue: "Clinician referral sheet, September 2023",
                kind: Guideline,
                doi: None,
                url: None,
                supports: "Clinician-facing referral timelines: emergency or same day (worsening cord signs such as gait disturbance or weakness at several levels, suspected cauda equina syndrome, suspected spinal infection) and priority within 2 weeks (major motor loss, past cancer with new spinal pain, unexplained weight loss, possible immunosuppression, prolonged steroid use, known osteoporosis with new severe pain, first episode of back pain under 15 or over 60). These are the clinician-referral tiers, not advice for an unexamined person.",
            }),
            Self::GloucestershireRedFlags => reference!(GloucestershireRedFlags {
                authors: "NHS Gloucestershire, G-care clinical pathways",
                title: "Low back pain: red flags for spinal conditions",
                read: 2026,
                venue: "G-care referral guidance website (g-care.glos.nhs.uk)",
                kind: Guideline,
                doi: None,
                url: Some("https://g-care.glos.nhs.uk/pathway/73/resource/3"),
                supports: "Cancer: new pain over 50 (over 55 in some guidelines) or under 20, past cancer, no better after a month, night pain, weight loss. Infection: fever or rigors, immunosuppression, injecting drugs, recent bacterial infection, penetrating wound. Fracture: major trauma, or minor trauma with osteoporosis or steroids; severe central pain eased by lying down.",
            }),
            Self::AhcprRedFlags => reference!(AhcprRedFlags {
                authors: "Bigos S, Bowyer O, Braen G, et al.",
                title: "Acute Low Back Problems in Adults. Clinical Practice Guideline No. 14",
                year: 1994,
                venue: "Agency for Health Care Policy and Research (AHCPR), Rockville MD; AHCPR Publication No. 95-0642",
                kind: Guideline,
                doi: None,
                url: None,
                supports: "The red-flag table for fracture, cancer and infection: a fracture risk after major trauma, or after minor trauma or even strenuous lifting in an older or possibly osteoporotic patient; it adds pain worse lying flat, and foot drop or thigh-muscle (quadriceps) weakness.",
            }),
            Self::Fishman2002 => reference!(Fishman2002 {
                authors: "Fishman LM, Dombi GW, Michaelsen C, Ringel S, Rozbruch J, Rosner B, Weber C",
                title: "Piriformis syndrome: diagnosis, treatment, and outcome - a 10-year study",
                year: 2002,
                venue: "Arch Phys Med Rehabil 83(3):295-301",
                kind: JournalArticle,
                doi: Some("10.1053/apmr.2002.30622"),
                url: None,
                supports: "The FAIR test in 918 patients (1,014 legs): positive meant the H-reflex was delayed by 3 or more standard deviations (an electrodiagnostic result); sensitivity 0.881, specificity 0.832. 79% (514 of 655) of positive patients improved by half or more with injection and physical therapy.",
            }),
            Self::Martin2014 => reference!(Martin2014 {
                authors: "Martin HD, Kivlan BR, Palmer IJ, Martin RL",
                title: "Diagnostic accuracy of clinical tests for sciatic nerve entrapment in the gluteal region",
                year: 2014,
                venue: "Knee Surg Sports Traumatol Arthrosc 22(4):882-888",
                kind: JournalArticle,
                doi: None,
                url: None,
                supports: "A diagnostic-accuracy study of three examination tests (straight leg raise, active piriformis, seated piriformis stretch) in 33 patients, 23 with entrapment confirmed at endoscopy. It is a study of tests, not of exercise: it is not a source for the seated stretch exercise.",
            }),
            Self::Hopayian2010 => reference!(Hopayian2010 {
                authors: "Hopayian K, Song F, Riera R, Sambandan S",
                title: "The clinical features of the piriformis syndrome: a systematic review",
                year: 2010,
                venue: "Eur Spine J 19(12):2095-2109",
                kind: JournalArticle,
                doi: Some("10.1007/s00586-010-1504-9"),
                url: None,
                supports: "55 studies. The commonest features: buttock pain, tenderness near the greater sciatic notch, pain worse on sitting, and pain on manoeuvres that tension the piriformis. It did not compare these features with sciatica from a disc or a narrowed spine, and the accuracy of the examination tests is not established.",
            }),
            Self::Hopayian2017 => reference!(Hopayian2017 {
                authors: "Hopayian K, Danielyan A",
                title: "Four symptoms define the piriformis syndrome: an updated systematic review of its clinical features",
                year: 2018,
                venue: "Eur J Orthop Surg Traumatol 28(2):155-164 (online August 2017)",
                kind: JournalArticle,
                doi: Some("10.1007/s00590-017-2031-8"),
                url: None,
                supports: "The update of the 2010 review: buttock pain, pain worse on sitting, tenderness near the greater sciatic notch and pain on manoeuvres that tension the muscle define the syndrome. The accuracy of the examination tests is still not established.",
            }),
            Self::Beatty1994 => reference!(Beatty1994 {
                authors: "Beatty RA",
                title: "The piriformis muscle syndrome: a simple diagnostic maneuver",
                year: 1994,
                venue: "Neurosurgery 34(3):512-514",
                kind: JournalArticle,
                doi: None,
                url: None,
                supports: "The Beatty manoeuvre: deep buttock pain in 3 patients with piriformis syndrome, not in 100 with surgically confirmed disc herniation; pain over the outer hip in 27 patients with hip disease. No sensitivity or specificity.",
            }),
            Self::Smoll2010 => reference!(Smoll2010 {
                authors: "Smoll NR",
                title: "Variations of the piriformis and sciatic nerve with clinical consequence: a review",
                year: 2010,
                venue: "Clin Anat 23(1):8-17",
                kind: JournalArticle,
                doi: Some("10.1002/ca.20893"),
                url: None,
                supports: "18 studies, 6,062 cadavers: a variant course in 16.9% (95% CI 16.0-17.9); 16.2% in surgical series of piriformis syndrome, not different (p=0.824), so the variant may not be what causes the syndrome.",
            }),
            Self::Poutoglidou2020 => reference!(Poutoglidou2020 {
                authors: "Poutoglidou F, Piagkou M, Totlis T, Tzika M, Natsis K",
                title: "Sciatic nerve variants and the piriformis muscle: a systematic review and meta-analysis",
                year: 2020,
                venue: "Cureus 12(11):e11531",
                kind: JournalArticle,
                doi: Some("10.7759/cureus.11531"),
                url: None,
                supports: "44 cadaver studies: the usual course (type A, one nerve below the muscle) in 90%; in more than 10% the nerve or part of it runs through or above the muscle. In East Asian people 31% have a variant course, counting every variant type.",
            }),
            Self::Tomaszewski2016 => reference!(Tomaszewski2016 {
                authors: "Tomaszewski KA, Graves MJ, Henry BM, et al.",
                title: "Surgical anatomy of the sciatic nerve: a meta-analysis",
                year: 2016,
                venue: "J Orthop Res 34(10):1820-1827",
                kind: JournalArticle,
                doi: Some("10.1002/jor.23186"),
                url: None,
                supports: "45 studies, 7,068 limbs: type A (one nerve leaving the pelvis below the muscle) 85.2%, type B (divided, one part through the muscle) 9.8%.",
            }),
            Self::BeatonAnson1937 => reference!(BeatonAnson1937 {
                authors: "Beaton LE, Anson BJ",
                title: "The relation of the sciatic nerve and of its subdivisions to the piriformis muscle",
                year: 1937,
                venue: "Anat Rec 70(1):1-5",
                kind: JournalArticle,
                doi: None,
                url: None,
                supports: "The six types of sciatic nerve course past the piriformis. Its original percentages are not used.",
            }),
            Self::TravellSimons => reference!(TravellSimons {
                authors: "Travell JG, Simons DG",
                title: "Myofascial Pain and Dysfunction: The Trigger Point Manual. Volume 2: The Lower Extremities",
                year: 1992,
                venue: "Williams & Wilkins, Baltimore",
                kind: Book,
                doi: None,
                url: None,
                supports: "One referral pattern for the whole piriformis: the sacroiliac region, the buttock and the back of the hip joint, with spillover to the upper two-thirds of the back of the thigh; and three sources of symptoms (the trigger points, the nerve squeezed at the greater sciatic foramen, sacroiliac joint dysfunction). It describes no central point: the differences between the three points, and spread to the calf and foot, come from the guide.",
            }),
            Self::Bandy1997 => reference!(Bandy1997 {
                authors: "Bandy WD, Irion JM, Briggler M",
                title: "The effect of time and frequency of static stretching on flexibility of the hamstring muscles",
                year: 1997,
                venue: "Phys Ther 77(10):1090-1096",
                kind: JournalArticle,
                doi: Some("10.1093/ptj/77.10.1090"),
                url: None,
                supports: "93 people, 6 weeks: a 30 s hold was enough; 60 s, or stretching three times a day, added nothing. A hamstring study, applied to the piriformis stretches by analogy.",
            }),
            Self::Reid2014 => reference!(Reid2014 {
                authors: "Reid DA, Kim J",
                title: "The frequency of hamstring stretches required to maintain knee extension range of motion following an initial six-week stretching programme",
                year: 2014,
                venue: "New Zealand Journal of Physiotherapy",
                kind: JournalArticle,
                doi: None,
                url: Some("https://nzjp.org.nz/nzjp/article/view/73"),
                supports: "63 men: after six weeks of stretching, going on 3 days a week kept the gain and 1 day a week did not. Applied to the piriformis stretches by analogy.",
            }),
            Self::Compression2022 => reference!(Compression2022 {
                authors: "Lu W, Li J, Tian Y, Lu X",
                title: "Effect of ischemic compression on myofascial pain syndrome: a systematic review and meta-analysis",
                year: 2022,
                venue: "Chiropr Man Therap 30(1):34",
                kind: JournalArticle,
                doi: Some("10.1186/s12998-022-00441-5"),
                url: Some("https://pmc.ncbi.nlm.nih.gov/articles/PMC9434898"),
                supports: "Against inactive controls, steady pressure raised the pressure-pain threshold (how hard a spot can be pressed before it hurts; 11 studies, 427 people, SMD 0.67) but did not lower self-reported pain (7 studies, 251 people, SMD -0.22, not significant).",
            }),
            Self::Compression2019 => reference!(Compression2019 {
                authors: "Authors not found in the sources searched",
                title: "Comparison of the immediate effects of various durations of trigger point compression technique on latent trigger points of the upper trapezius muscle",
                year: 2019,
                venue: "Journal of Clinical Physiotherapy Research 4(2):e8",
                kind: JournalArticle,
                doi: None,
                url: Some("https://journals.sbmu.ac.ir/physiotherapy/issue/view/1917"),
                supports: "39 women with latent trigger points in the upper trapezius: a 90 s hold lowered pain and raised the pressure-pain threshold more than a 30 s hold. One session, in the neck and shoulder, not the buttock.",
            }),
            Self::Gemmell2008 => reference!(Gemmell2008 {
                authors: "Gemmell H, Miller P, Nordstrom H",
                title: "Immediate effect of ischaemic compression and trigger point pressure release on neck pain and upper trapezius trigger points: a randomised controlled trial",
                year: 2008,
                venue: "Clinical Chiropractic 11(1):30-36",
                kind: JournalArticle,
                doi: None,
                url: None,
                supports: "45 people with neck pain: pressure held 30 s to 1 min and let go when the spot eased. One session; the shoulder muscle, not the buttock.",
            }),
            Self::Bleakley2004 => reference!(Bleakley2004 {
                authors: "Bleakley C, McDonough S, MacAuley D",
                title: "The use of ice in the treatment of acute soft-tissue injury: a systematic review of randomized controlled trials",
                year: 2004,
                venue: "Am J Sports Med 32(1):251-261",
                kind: JournalArticle,
                doi: Some("10.1177/0363546503260757"),
                url: None,
                supports: "22 trials: no evidence of a best way to apply ice, or a best duration.",
            }),
            Self::Bleakley2006 => reference!(Bleakley2006 {
                authors: "Bleakley CM, McDonough SM, MacAuley DC",
                title: "Cryotherapy for acute ankle sprains: a randomised controlled study of two different icing protocols",
                year: 2006,
                venue: "Br J Sports Med 40(8):700-705",
                kind: JournalArticle,
                doi: Some("10.1136/bjsm.2006.025932"),
                url: None,
                supports: "89 people with ankle sprains: short repeated icing gave less pain on activity in the first week than one 20-minute block.",
            }),
            Self::Freiwald2021 => reference!(Freiwald2021 {
                authors: "Freiwald J, Magni A, Fanlo-Mazas P, Paulino E, Sequeira de Medeiros L, Moretti B, Schleip R, Solarino G",
                title: "A role for superficial heat therapy in the management of non-specific, mild-to-moderate low back pain in current clinical practice: a narrative review",
                year: 2021,
                venue: "Life (Basel) 11(8):780",
                kind: JournalArticle,
                doi: Some("10.3390/life11080780"),
                url: None,
                supports: "A narrative review: continuous low-level heat wraps (about 40 °C / 104 °F) help non-specific low back pain. It sets no duration for a heat pack.",
            }),
            Self::Farrar2001 => reference!(Farrar2001 {
                authors: "Farrar JT, Young JP Jr, LaMoreaux L, Werth JL, Poole RM",
                title: "Clinical importance of changes in chronic pain intensity measured on an 11-point numerical pain rating scale",
                year: 2001,
                venue: "Pain 94(2):149-158",
                kind: JournalArticle,
                doi: Some("10.1016/s0304-3959(01)00349-9"),
                url: None,
                supports: "2,724 people in 10 trials: a fall of about 2 points, or about 30%, on the 0-10 scale is a clinically important change.",
            }),
            Self::Icd10Cm => reference!(Icd10Cm {
                authors: "Centers for Medicare & Medicaid Services; National Center for Health Statistics",
                title: "ICD-10-CM Tabular List: G57.0 Lesion of sciatic nerve",
                read: 2026,
                venue: "ICD-10-CM code set (US), read via ICD10Data",
                kind: Standard,
                doi: None,
                url: None,
                supports: "G57.00-G57.03 (unspecified, right, left, both legs); piriformis syndrome is listed as an approximate synonym; excludes M54.3- and M51.1-; the older ICD-9 code is 355.0.",
            }),
            Self::Loinc72514 => reference!(Loinc72514 {
                authors: "Regenstrief Institute",
                title: "LOINC 72514-3: Pain severity - 0-10 verbal numeric rating [Score] - Reported",
                read: 2026,
                venue: "LOINC (loinc.org)",
                kind: Standard,
                doi: None,
                url: Some("https://loinc.org/72514-3"),
                supports: "The code for a reported 0-10 pain score (0 no pain, 10 worst imaginable). It does not say which scores are severe: treating 7 or more as severe is a project default.",
            }),
            Self::TriageSchemes => reference!(TriageSchemes {
                authors: "Infermedica",
                title: "Triage (Infermedica API documentation)",
                read: 2026,
                venue: "Infermedica developer portal",
                kind: Standard,
                doi: None,
                url: Some("https://developer.infermedica.com/documentation/api-triage/triage/"),
                supports: "Five triage levels, from self-care to calling an ambulance, set by how serious the likely conditions and any alarming findings are. The five-level disposition scale follows the same idea.",
            }),
            Self::NhsSciatica => reference!(NhsSciatica {
                authors: "NHS (England)",
                title: "Sciatica",
                read: 2026,
                venue: "NHS website (nhs.uk), health A to Z",
                kind: WebPage,
                doi: None,
                url: Some("https://www.nhs.uk/conditions/sciatica/"),
                supports: "Patient-facing: when to go to A&E or call 999, and when to see a GP (not better after a few weeks of home treatment, getting worse, stopping normal activities).",
            }),
            Self::NhsBackPain => reference!(NhsBackPain {
                authors: "NHS (England)",
                title: "Back pain",
                read: 2026,
                venue: "NHS website (nhs.uk), health A to Z",
                kind: WebPage,
                doi: None,
                url: Some("https://www.nhs.uk/conditions/back-pain/"),
                supports: "Patient-facing lists for back pain: call 999 or go to A&E, ask for an urgent GP appointment or call 111, and see a GP.",
            }),
            Self::NhsInformBackProblems => reference!(NhsInformBackProblems {
                authors: "NHS inform (NHS 24, Scotland)",
                title: "Back problems",
                read: 2026,
                venue: "NHS inform website (nhsinform.scot)",
                kind: WebPage,
                doi: None,
                url: None,
                supports: "Patient-facing: contact a GP at once or phone 111 for the cauda equina signs, less urgent than the other NHS pages; this project uses the more urgent advice.",
            }),
            Self::NiceNg234 => reference!(NiceNg234 {
                authors: "National Institute for Health and Care Excellence (NICE)",
                title: "Spinal metastases and metastatic spinal cord compression (NICE guideline NG234)",
                year: 2023,
                venue: "NICE, London; replaced CG75",
                kind: Guideline,
                doi: None,
                url: Some("https://www.nice.org.uk/guidance/ng234"),
                supports: "In people with cancer, spinal pain that suggests spread to the spine needs contact with the cord-compression (MSCC) team within 24 hours, and at once with nerve symptoms or signs. These times are from CG75 as summarised in 2020; check NG234's recognition and referral wording.",
            }),
            Self::GirftCes2023 => reference!(GirftCes2023 {
                authors: "Getting It Right First Time (GIRFT), NHS England",
                title: "National suspected cauda equina syndrome (CES) pathway",
                year: 2023,
                venue: "NHS England GIRFT programme",
                kind: Guideline,
                doi: None,
                url: None,
                supports: "Emergency or urgent referral for suspected cauda equina syndrome, by whether the signs are recent or getting worse; an MRI within 4 hours of the request in the emergency route.",
            }),
            Self::NiceCg151 => reference!(NiceCg151 {
                authors: "National Institute for Health and Care Excellence (NICE)",
                title: "Neutropenic sepsis: prevention and management in people with cancer (NICE guideline CG151)",
                year: 2012,
                venue: "NICE, London",
                kind: Guideline,
                doi: None,
                url: Some("https://www.nice.org.uk/guidance/cg151"),
                supports: "Suspected neutropenic sepsis (a fever during or after chemotherapy) is an acute emergency, and people having chemotherapy are told how to use a 24-hour specialist line. Acute oncology services' patient pages set the call at a temperature of 37.5 °C or more within 6 weeks of treatment.",
            }),
            Self::NhsLothianRedFlags => reference!(NhsLothianRedFlags {
                authors: "NHS Lothian",
                title: "Primary care clinician within NHS Lothian: lumbar spine red flags",
                year: 2025,
                venue: "NHS Lothian RightDecisions and RefHelp, for primary care clinicians",
                kind: Guideline,
                doi: None,
                url: Some(
                    "https://rightdecisions.scot.nhs.uk/msk-pathways/spine-pathways/lumbar-spine-pathways/sub-pages-hidden/primary-care-clinician-within-nhs-lothian-lumbar-spine-red-flags"
                ),
                supports: "Acute foot drop, and nerve-root loss that is getting worse with muscle power of grade 3 or less: phone the on-call neurosurgical registrar; people under follow-up for a past cancer with new nerve-root pain go on the cord-compression pathway.",
            }),
            Self::BnssgSpinalPathway => reference!(BnssgSpinalPathway {
                authors: "NHS Bristol, North Somerset and South Gloucestershire ICB",
                title: "REMEDY: back pain / spinal pathway",
                year: 2020,
                venue: "BNSSG REMEDY, for GPs and clinicians",
                kind: Guideline,
                doi: None,
                url: Some(
                    "https://remedy.bnssg.icb.nhs.uk/adults/orthopaedics/back-pain-spinal-pathway"
                ),
                supports: "Suspected spinal infection: an MRI and blood tests; send the person to A&E if nerve loss is progressing or they are unwell in themselves.",
            }),
            Self::Verhagen2016 => reference!(Verhagen2016 {
                authors: "Verhagen AP, Downie A, Popal N, Maher C, Koes BW",
                title: "Red flags presented in current low back pain guidelines: a review",
                year: 2016,
                venue: "European Spine Journal 25:2788-2802",
                kind: JournalArticle,
                doi: Some("10.1007/s00586-016-4684-0"),
                url: None,
                supports: "Across national guidelines, minor trauma counts as a fracture red flag from age 50 (the Canadian and Australian guidelines); the project applies the same age to a strenuous lift.",
            }),
        }
    }
}

/// Every reference as Markdown, one section per citation id, in declaration
/// order; `docs/references.md` is this text.
pub fn references_markdown() -> String {
    use crate::vocab::Vocabulary;
    use std::fmt::Write;
    let mut out = String::from(
        "# References\n\n<!-- Generated from Citation::reference (crates/piriformis-core/src/vocab/source.rs); do not edit.\n     Regenerate: cargo run -q --example knowledge -- --references > docs/references.md -->\n\nEvery record in the knowledge base names its sources: a section of the self-care guide (`guide`), one of the references below (`cited`, by id), or `project_default` where no source gives the number and the record says why.\n",
    );
    for &c in Citation::ALL {
        let r = c.reference();
        let when = if r.undated {
            format!("undated; read {}", r.year)
        } else {
            r.year.to_string()
        };
        let _ = writeln!(
            out,
            "\n## `{}`\n\n{} ({when}). *{}*. {}.",
            c.id(),
            r.authors,
            r.title,
            r.venue
        );
        let mut links = Vec::new();
        if let Some(doi) = r.doi {
            links.push(format!("doi: [{doi}](https://doi.org/{doi})"));
        }
        if let Some(url) = r.url {
            links.push(format!("<{url}>"));
        }
        if !links.is_empty() {
            let _ = writeln!(out, "\n{}", links.join(" · "));
        }
        let _ = writeln!(out, "\nUsed for: {}", r.supports);
    }
    out
}

/// Where a fact comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
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
            Self::Cited(citation) => citation.reference().line,
            Self::ProjectDefault => "Project default where no source gives a number",
        }
    }
}
