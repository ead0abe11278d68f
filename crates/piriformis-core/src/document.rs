//! The whole knowledge base as one serializable document, for export to apps.

use serde::Serialize;

use crate::anatomy::{
    Landmark, LandmarkRecord, Muscle, MuscleRecord, NerveVariant, NerveVariantRecord,
    SCIATIC_NERVE, SciaticNerveFacts,
};
use crate::care::{
    CODES, ClinicalTest, ClinicalTestRecord, Code, DEFINING_FEATURES, DIAGNOSIS_ADVICE, ExamStep,
    ExamStepRecord, Misconception, MisconceptionRecord, NOTICE, Provider, ProviderRecord, Resource,
    ResourceRecord, Treatment, TreatmentRecord,
};
use crate::cause::{Cause, CauseRecord};
use crate::exercise::{Equipment, EquipmentRecord, Exercise, ExerciseRecord, Habit, HabitRecord};
use crate::red_flag::{RedFlag, RedFlagRecord};
use crate::source::{Citation, GuideSection, Reference, Source};
use crate::symptom::{
    Aggravator, AggravatorRecord, ComparisonFeature, ComparisonRow, Mimic, MimicRecord, Symptom,
    SymptomRecord,
};
use crate::triage::{CAUTIONS, CautionRule, NO_WARNING_SIGNS, RULES, Rule};
use crate::trigger_point::{
    PIRIFORMIS_REFERRAL, Referral, TRIGGER_POINT_FACTS, TriggerPoint, TriggerPointFacts,
    TriggerPointKind, TriggerPointKindRecord, TriggerPointRecord,
};
use std::sync::OnceLock;

use crate::vocab::ranges::{self, Range};
use crate::vocab::{Vocabulary, VocabularyInfo};

/// The schema version of the exported document; bumped on breaking changes.
pub const SCHEMA_VERSION: &str = "1.1.0";

/// Every record of the knowledge base, borrowed from the static tables.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, get_all, module = "piriformis")
)]
pub struct KnowledgeBase {
    /// Schema version of this document.
    pub schema_version: &'static str,
    /// Muscles.
    pub muscles: Vec<&'static MuscleRecord>,
    /// Landmarks.
    pub landmarks: Vec<&'static LandmarkRecord>,
    /// The sciatic nerve.
    pub sciatic_nerve: &'static SciaticNerveFacts,
    /// The six nerve variants.
    pub nerve_variants: Vec<&'static NerveVariantRecord>,
    /// General trigger-point facts.
    pub trigger_point_facts: &'static TriggerPointFacts,
    /// Active and latent.
    pub trigger_point_kinds: Vec<&'static TriggerPointKindRecord>,
    /// The three zones.
    pub trigger_points: Vec<&'static TriggerPointRecord>,
    /// The whole referral pattern.
    pub referral: &'static [Referral],
    /// Causes.
    pub causes: Vec<&'static CauseRecord>,
    /// Symptoms.
    pub symptoms: Vec<&'static SymptomRecord>,
    /// Aggravators.
    pub aggravators: Vec<&'static AggravatorRecord>,
    /// The piriformis-vs-spinal comparison.
    pub comparison: Vec<&'static ComparisonRow>,
    /// Look-alike conditions.
    pub mimics: Vec<&'static MimicRecord>,
    /// Red flags with tiers.
    pub red_flags: Vec<&'static RedFlagRecord>,
    /// Triage rules: the tier table, each rule with the tier every source
    /// gives it and the tier each policy uses.
    pub triage_rules: Vec<&'static Rule>,
    /// The cautions a triage shows, each with when it applies and its sources.
    pub cautions: &'static [CautionRule],
    /// Where the five-level disposition scale comes from.
    pub disposition_sources: &'static [Source],
    /// Exercises and techniques.
    pub exercises: Vec<&'static ExerciseRecord>,
    /// Everyday habits.
    pub habits: Vec<&'static HabitRecord>,
    /// Tools.
    pub equipment: Vec<&'static EquipmentRecord>,
    /// Providers.
    pub providers: Vec<&'static ProviderRecord>,
    /// What an exam includes.
    pub exam: Vec<&'static ExamStepRecord>,
    /// Clinical tests.
    pub clinical_tests: Vec<&'static ClinicalTestRecord>,
    /// Treatment options.
    pub treatments: Vec<&'static TreatmentRecord>,
    /// Myths and facts.
    pub misconceptions: Vec<&'static MisconceptionRecord>,
    /// Further resources.
    pub resources: Vec<&'static ResourceRecord>,
    /// Diagnosis and observation codes.
    pub codes: &'static [Code],
    /// The four defining features from systematic reviews.
    pub defining_features: &'static [&'static str],
    /// Advice on getting a clear diagnosis.
    pub diagnosis_advice: &'static str,
    /// The not-medical-advice notice.
    pub notice: &'static str,
    /// Where the notice comes from.
    pub notice_sources: &'static [Source],
    /// The default thresholds of the progress analysis.
    pub progress_defaults: crate::progress::ProgressConfig,
    /// Where those defaults come from.
    pub progress_sources: &'static [Source],
    /// Every vocabulary: name, doc, and each id with its doc.
    pub vocabularies: &'static [VocabularyInfo],
    /// The numeric ranges the inputs allow.
    pub ranges: &'static [Range],
    /// Every cited reference, in [`Citation`] order: what each cited id means.
    pub citations: Vec<&'static Reference>,
}

fn all<T: Vocabulary, R: 'static>(record: fn(T) -> &'static R) -> Vec<&'static R> {
    T::ALL.iter().map(|&v| record(v)).collect()
}

impl KnowledgeBase {
    /// Every record, gathered once (references to static data) and shared.
    pub fn get() -> &'static Self {
        static KB: OnceLock<KnowledgeBase> = OnceLock::new();
        KB.get_or_init(Self::gather)
    }

    fn gather() -> Self {
        let mut rules: Vec<&'static Rule> = RULES.iter().collect();
        rules.push(&NO_WARNING_SIGNS);
        Self {
            schema_version: SCHEMA_VERSION,
            muscles: all(Muscle::record),
            landmarks: all(Landmark::record),
            sciatic_nerve: &SCIATIC_NERVE,
            nerve_variants: all(NerveVariant::record),
            trigger_point_facts: &TRIGGER_POINT_FACTS,
            trigger_point_kinds: all(TriggerPointKind::record),
            trigger_points: all(TriggerPoint::record),
            referral: PIRIFORMIS_REFERRAL,
            causes: all(Cause::record),
            symptoms: all(Symptom::record),
            aggravators: all(Aggravator::record),
            comparison: all(ComparisonFeature::record),
            mimics: all(Mimic::record),
            red_flags: all(RedFlag::record),
            triage_rules: rules,
            cautions: CAUTIONS,
            disposition_sources: &[
                Source::Cited(crate::source::Citation::TriageSchemes),
                Source::Cited(crate::source::Citation::NhsBackPain),
            ],
            exercises: all(Exercise::record),
            habits: all(Habit::record),
            equipment: all(Equipment::record),
            providers: all(Provider::record),
            exam: all(ExamStep::record),
            clinical_tests: all(ClinicalTest::record),
            treatments: all(Treatment::record),
            misconceptions: all(Misconception::record),
            resources: all(Resource::record),
            codes: CODES,
            defining_features: DEFINING_FEATURES,
            diagnosis_advice: DIAGNOSIS_ADVICE,
            notice: NOTICE,
            notice_sources: &[Source::Guide(GuideSection::Disclaimer)],
            progress_defaults: crate::progress::ProgressConfig::default(),
            progress_sources: crate::progress::CONFIG_SOURCES,
            vocabularies: vocabularies(),
            ranges: ranges::ALL,
            citations: Citation::ALL.iter().map(|c| c.reference()).collect(),
        }
    }

    /// The whole knowledge base as compact JSON (for people, pretty-print it:
    /// `serde_json::to_string_pretty(&KnowledgeBase::get())`).
    pub fn to_json(&self) -> String {
        // Serializing static records of plain data cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// Calls `$m!` with every vocabulary type of the core, in the order of
/// [`crate::document::vocabularies`]: the one list that the knowledge
/// document and the bindings derive theirs from.
///
/// ```
/// macro_rules! count { ($($t:path),*) => { [$(<$t as piriformis_core::Vocabulary>::NAME),*].len() }; }
/// assert_eq!(piriformis_core::for_each_vocabulary!(count), piriformis_core::document::vocabularies().len());
/// ```
#[macro_export]
macro_rules! for_each_vocabulary {
    ($m:ident) => {
        $m! {
            $crate::vocab::terms::Answer,
            $crate::vocab::terms::Disposition,
            $crate::vocab::terms::Pathway,
            $crate::vocab::terms::RedFlag,
            $crate::vocab::terms::Side,
            $crate::vocab::terms::TriagePolicy,
            $crate::vocab::source::Citation,
            $crate::vocab::source::GuideSection,
            $crate::anatomy::HipPosition,
            $crate::anatomy::Landmark,
            $crate::anatomy::Muscle,
            $crate::anatomy::NerveCourse,
            $crate::anatomy::NerveVariant,
            $crate::trigger_point::BodyRegion,
            $crate::trigger_point::PainQuality,
            $crate::trigger_point::ReferralKind,
            $crate::trigger_point::TriggerPoint,
            $crate::trigger_point::TriggerPointKind,
            $crate::cause::Cause,
            $crate::cause::CauseCategory,
            $crate::symptom::Aggravator,
            $crate::symptom::ComparisonFeature,
            $crate::symptom::Lean,
            $crate::symptom::Mimic,
            $crate::symptom::Symptom,
            $crate::symptom::TenderArea,
            $crate::exercise::Equipment,
            $crate::exercise::Exercise,
            $crate::exercise::Habit,
            $crate::exercise::Phase,
            $crate::exercise::Position,
            $crate::exercise::Stage,
            $crate::exercise::StopCue,
            $crate::care::ClinicalTest,
            $crate::care::ExamStep,
            $crate::care::Misconception,
            $crate::care::Provider,
            $crate::care::Resource,
            $crate::care::Treatment,
            $crate::triage::Legs,
            $crate::triage::NerveSign,
            $crate::triage::NerveStatus,
            $crate::triage::Audience,
            $crate::triage::RuleId,
            $crate::triage::LikelySource,
            $crate::triage::Caution,
            $crate::progress::Trend,
            $crate::interview::AnswerKind,
            $crate::interview::QuestionId,
            $crate::interview::YesNo,
            $crate::interview::ReplyKind,
            $crate::routine::GateId,
            $crate::routine::Held,
            $crate::routine::Level,
            $crate::routine::SkipReason,
            $crate::routine::PlanChoice,
            $crate::routine::PlanRuleId
        }
    };
}

/// Every vocabulary of the crate as data, bottom layer first: the one list
/// the bindings generate their enums and id lists from. A test checks that
/// every `vocabulary!` in the source is here.
pub fn vocabularies() -> &'static [VocabularyInfo] {
    static ALL: OnceLock<Vec<VocabularyInfo>> = OnceLock::new();
    macro_rules! describe {
        ($($t:path),* $(,)?) => { vec![$(<$t as Vocabulary>::describe()),*] };
    }
    ALL.get_or_init(|| for_each_vocabulary!(describe))
}

/// The versions an app stores next to what it saves, to tell whether a
/// result or saved answers still fit after a library update.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, get_all, module = "piriformis")
)]
pub struct LibraryInfo {
    /// The library's version (the crate version).
    pub library: &'static str,
    /// The rule table's version ([`crate::triage::RULES_VERSION`]), also in
    /// every triage result.
    pub rules: u16,
    /// The question catalogue's version ([`crate::interview::CATALOGUE_VERSION`]),
    /// also in saved answers.
    pub catalogue: u16,
    /// The knowledge document's schema version ([`SCHEMA_VERSION`]).
    pub knowledge_schema: &'static str,
}

/// The library's versions.
///
/// ```
/// let v = piriformis_core::document::library_info();
/// assert_eq!(v.rules, piriformis_core::triage::RULES_VERSION);
/// ```
pub fn library_info() -> LibraryInfo {
    LibraryInfo {
        library: env!("CARGO_PKG_VERSION"),
        rules: crate::triage::RULES_VERSION,
        catalogue: crate::interview::CATALOGUE_VERSION,
        knowledge_schema: SCHEMA_VERSION,
    }
}

/// One vocabulary by its name (`"Disposition"`), if there is one.
///
/// ```
/// let d = piriformis_core::document::vocabulary("Side").unwrap();
/// assert_eq!(d.values.iter().map(|v| v.id.as_str()).collect::<Vec<_>>(), ["left", "right", "both"]);
/// ```
pub fn vocabulary(name: &str) -> Option<&'static VocabularyInfo> {
    vocabularies().iter().find(|v| v.name == name)
}

// ---- what a plain case gets ----

use crate::triage::{Answer, Assessment, Legs, NerveStatus, NerveSymptoms, RedFlagAnswers, Side};

/// A common presentation with one common extra answer, for the table of
/// what plain cases get ([`plain_cases_markdown`], `docs/plain-cases.md`):
/// the check that ordinary answers stay ordinary and only real warning signs
/// escalate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlainCase {
    /// The presentation, in a few words.
    pub presentation: &'static str,
    /// The extra answer, in a few words ("-" for none).
    pub extra: &'static str,
    /// The assessment.
    pub assessment: Assessment,
}

/// Every main red-flag question answered "no"; follow-ups not asked.
fn all_clear() -> RedFlagAnswers {
    RedFlag::ALL
        .iter()
        .filter(|f| f.parents().is_empty())
        .map(|&f| (f, Answer::Absent))
        .collect()
}

/// The piriformis pattern of the guide's comparison: buttock and back-of-thigh
/// ache, worse sitting and crossing the legs, tender deep in the buttock, no
/// nerve signs, every warning-sign question "no".
fn piriformis_pattern() -> Assessment {
    use crate::symptom::{Aggravator as W, TenderArea};
    use crate::trigger_point::BodyRegion as B;
    Assessment {
        side: Some(Side::Right),
        pain_now: Some(4),
        pain_regions: vec![B::Buttock, B::BackOfThigh],
        worse_with: vec![W::ProlongedSitting, W::CrossingLegs],
        tender_areas: vec![TenderArea::DeepButtock],
        nerve: NerveSymptoms::NONE,
        red_flags: all_clear(),
        after_fall_or_accident: Answer::Absent,
        keeps_coming_back: Answer::Absent,
        age: Some(45),
        ..Assessment::default()
    }
}

/// Simple sciatica: pain from the buttock to the calf with stable tingling in
/// one leg, worse on coughing, every warning-sign question "no".
fn simple_sciatica() -> Assessment {
    use crate::symptom::Aggravator as W;
    use crate::trigger_point::BodyRegion as B;
    Assessment {
        side: Some(Side::Left),
        pain_now: Some(5),
        pain_regions: vec![B::LowerBack, B::Buttock, B::BackOfThigh, B::Calf],
        worse_with: vec![W::Coughing, W::BendingAtHip],
        nerve: NerveSymptoms {
            tingling: NerveStatus::Stable,
            legs: Legs::One,
            ..NerveSymptoms::NONE
        },
        red_flags: all_clear(),
        after_fall_or_accident: Answer::Absent,
        keeps_coming_back: Answer::Absent,
        age: Some(45),
        ..Assessment::default()
    }
}

/// The common presentations, each alone and with one common extra answer.
pub fn plain_cases() -> Vec<PlainCase> {
    use Answer::{Absent, Present};
    type Extra = (&'static str, fn(&mut Assessment));
    let extras: [Extra; 13] = [
        ("-", |_| {}),
        ("pain 8 out of 10", |a| a.pain_now = Some(8)),
        ("age 72", |a| a.age = Some(72)),
        ("a minor fall at age 72", |a| {
            a.age = Some(72);
            a.after_fall_or_accident = Present;
        }),
        ("cancer treated years ago", |a| {
            a.red_flags.insert(RedFlag::HistoryOfCancer, Present);
        }),
        ("not sure whether the leg is weak", |a| {
            a.nerve.legs = Legs::One;
            a.nerve.weakness = NerveStatus::Unknown;
        }),
        ("a fever", |a| {
            a.red_flags.insert(RedFlag::Fever, Present);
            a.red_flags.insert(RedFlag::RecentChemotherapy, Absent);
        }),
        ("injecting drugs, no fever", |a| {
            a.red_flags.insert(RedFlag::InjectingDrugUse, Present);
        }),
        ("a back injection last month, no fever", |a| {
            a.red_flags.insert(RedFlag::RecentInfection, Present);
        }),
        ("a sexual change, nothing else", |a| {
            a.red_flags.insert(RedFlag::SexualDysfunction, Present);
        }),
        ("saddle numbness for years, unchanged, checked", |a| {
            a.red_flags.insert(RedFlag::SaddleNumbness, Present);
            a.red_flags.insert(RedFlag::CaudaEquinaSignsRecent, Absent);
        }),
        ("new saddle numbness", |a| {
            a.red_flags.insert(RedFlag::SaddleNumbness, Present);
            a.red_flags.insert(RedFlag::CaudaEquinaSignsRecent, Present);
        }),
        ("keeps coming back", |a| a.keeps_coming_back = Present),
    ];
    type Base = (&'static str, fn() -> Assessment);
    let bases: [Base; 2] = [
        ("piriformis pattern", piriformis_pattern),
        ("simple sciatica", simple_sciatica),
    ];
    let mut out = Vec::new();
    for (presentation, base) in bases {
        for (extra, apply) in extras {
            let mut assessment = base();
            apply(&mut assessment);
            out.push(PlainCase {
                presentation,
                extra,
                assessment,
            });
        }
    }
    out
}

/// [`plain_cases`] as a Markdown table: each case's result under both
/// policies, whether it is provisional, and the rules that set it.
/// `docs/plain-cases.md` is this text (a test keeps the two in sync).
pub fn plain_cases_markdown() -> String {
    use crate::triage::{TriagePolicy, triage_with};
    use std::fmt::Write;
    let mut out = String::from(
        "| Presentation | Extra answer | Self-check | Clinician referral | Provisional | Why (self-check) |\n|---|---|---|---|---|---|\n",
    );
    for c in plain_cases() {
        let result = |p| triage_with(&c.assessment, p);
        match (
            result(TriagePolicy::SelfCheck),
            result(TriagePolicy::ClinicianReferral),
        ) {
            (Ok(sc), Ok(cr)) => {
                let why: Vec<&str> = sc
                    .fired
                    .iter()
                    .filter(|f| f.disposition == sc.disposition)
                    .map(|f| f.id.id())
                    .collect();
                let _ = writeln!(
                    out,
                    "| {} | {} | **{}** | {} | {} | {} |",
                    c.presentation,
                    c.extra,
                    sc.disposition,
                    cr.disposition,
                    if sc.provisional { "yes" } else { "no" },
                    why.join(", ")
                );
            }
            (Err(e), _) | (_, Err(e)) => {
                let _ = writeln!(
                    out,
                    "| {} | {} | error: {e} | | | |",
                    c.presentation, c.extra
                );
            }
        }
    }
    out
}
