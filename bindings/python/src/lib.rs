//! Python bindings for piriformis. Thin by design: inputs are read from
//! Python objects (dicts, lists, str, enum members) straight into the core's
//! types, and results are typed classes over the core's values (`typed`),
//! whose attributes are enums, dates, lists and ints. JSON text is still
//! accepted where the Python API took it before. Core errors become
//! `PiriformisError` subclasses carrying the field and the allowed values.
#![forbid(unsafe_code)]

use chrono::NaiveDate;
use piriformis_core as core;
use piriformis_core::Vocabulary;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};

mod batch;
mod fhir;

pub(crate) use piriformis_core::python::classes as typed;
pub(crate) use piriformis_core::python::errors::{Out, to_py};
mod read;
pub(crate) use read::{assessment, vocab};

/// The whole knowledge base as a JSON document.
#[pyfunction]
fn knowledge_json() -> String {
    core::KnowledgeBase::get().to_json()
}

/// Reads a triage policy id (`self_check`, `clinician_referral`).
pub(crate) fn policy(py: Python<'_>, id: &str) -> PyResult<core::triage::TriagePolicy> {
    core::triage::TriagePolicy::parse_field("policy", id).out(py)
}

/// The disposition that red flags reported present give at least, whatever
/// else is wrong with the input; None when that is self-care. Failed batch
/// rows keep it, so bad input elsewhere never hides an emergency.
#[pyfunction]
#[pyo3(signature = (present: "Iterable[str]", policy="self_check"))]
fn red_flag_floor(
    py: Python<'_>,
    present: &Bound<'_, PyAny>,
    policy: &str,
) -> PyResult<Option<core::Disposition>> {
    let policy = self::policy(py, policy)?;
    let mut flags = Vec::new();
    for (i, id) in present
        .try_iter()
        .map_err(|e| to_py(py, read::raised("present", &e)))?
        .enumerate()
    {
        let id = id.map_err(|e| to_py(py, read::raised("present", &e)))?;
        flags.push(vocab(&format!("present[{i}]"), &id).out(py)?);
    }
    Ok(core::triage::floor(flags, policy))
}

/// Triage one assessment under a policy (`self_check` or `clinician_referral`).
#[pyfunction]
#[pyo3(signature = (assessment: "str | Mapping[str, Any] | Assessment", policy="self_check"))]
fn triage<'py>(
    py: Python<'py>,
    assessment: &Bound<'py, PyAny>,
    policy: &str,
) -> PyResult<core::TriageResult> {
    let policy = self::policy(py, policy)?;
    self::assessment(assessment)
        .and_then(|a| core::triage::triage_with(&a, policy))
        .out(py)
}

/// The next interview step (`Ask` or `Done`) from the answers so far
/// (`{question_id: answer}` or JSON text), under a policy.
#[pyfunction]
#[pyo3(signature = (answers: "str | Mapping[str, Any]", policy="self_check") -> "Ask | Done")]
fn next_step<'py>(
    py: Python<'py>,
    answers: &Bound<'py, PyAny>,
    policy: &str,
) -> PyResult<Bound<'py, PyAny>> {
    let policy = self::policy(py, policy)?;
    let answers = self::answers(answers).out(py)?;
    let step = core::interview::next_step_with(&answers, policy).out(py)?;
    typed::step_to_py(py, step)
}

/// Every interview question, in the order asked.
#[pyfunction]
fn catalogue() -> Vec<core::interview::QuestionView> {
    core::interview::catalogue()
}

/// Reads a routine request: a `RoutineRequest`, a dict or JSON text.
pub(crate) fn routine_request(
    obj: &Bound<'_, PyAny>,
) -> Result<core::routine::RoutineRequest<'static>, core::Error> {
    match obj.cast::<typed::RoutineRequest>() {
        Ok(r) => Ok(r.get().0.clone()),
        Err(_) => read::read(obj),
    }
}

/// Today's routine. Pass a `RoutineRequest` (``todays_plan(...).plan.request``),
/// a request dict (or JSON text) or keyword fields: side, phase, minutes (in
/// ``RANGES["minutes"]``), equipment=[...], nerve_symptoms, trend, triage (a
/// `TriageResult`). Keyword fields replace the request's.
#[pyfunction]
#[pyo3(signature = (request: "str | Mapping[str, Any] | RoutineRequest | None" = None, **fields: "Any"))]
fn routine(
    py: Python<'_>,
    request: Option<&Bound<'_, PyAny>>,
    fields: Option<&Bound<'_, PyDict>>,
) -> PyResult<core::routine::Routine> {
    let request = match (request, fields.filter(|f| !f.is_empty())) {
        (Some(r), None) => routine_request(r),
        (r, fields) => merged_request(r, fields),
    };
    request
        .and_then(|r| core::routine::build_routine(&r))
        .out(py)
}

/// A routine request from a request (or none) with keyword fields over it.
fn merged_request(
    request: Option<&Bound<'_, PyAny>>,
    fields: Option<&Bound<'_, PyDict>>,
) -> Result<core::routine::RoutineRequest<'static>, core::Error> {
    let mut value = match request {
        None => serde_json::Value::Object(serde_json::Map::new()),
        Some(r) => match r.cast::<PyString>() {
            Ok(text) => core::input::from_json(&text.to_string())?,
            Err(_) => read::py_to_value("request", r)?,
        },
    };
    if let (serde_json::Value::Object(map), Some(fields)) = (&mut value, fields) {
        if let serde_json::Value::Object(more) = read::py_to_value("", fields.as_any())? {
            map.extend(more);
        }
    }
    core::input::from_value(&value)
}

/// What the self-check offers today for an assessment: its triage, the
/// routine request the library chooses (side, phase, nerve care, minutes in
/// ``RANGES["minutes"]``, equipment) with a reason for each choice, and the
/// routine itself when self-care fits. The same choice in every language.
#[pyfunction]
#[pyo3(signature = (assessment: "str | Mapping[str, Any] | Assessment", *, minutes: "int | None" = None, equipment: "Iterable[str] | None" = None, trend: "str | None" = None, policy="self_check"))]
fn todays_plan(
    py: Python<'_>,
    assessment: &Bound<'_, PyAny>,
    minutes: Option<&Bound<'_, PyAny>>,
    equipment: Option<&Bound<'_, PyAny>>,
    trend: Option<&Bound<'_, PyAny>>,
    policy: &str,
) -> PyResult<typed::PlanResult> {
    let policy = self::policy(py, policy)?;
    let options = PyDict::new(py);
    let equipment = match equipment {
        Some(e) => PyList::new(py, e.try_iter()?.collect::<PyResult<Vec<_>>>()?)?,
        None => PyList::empty(py),
    };
    options.set_item("equipment", equipment)?;
    options.set_item("minutes", minutes)?;
    options.set_item("trend", trend)?;
    let plan = || -> core::Result<typed::PlanResult> {
        let a = self::assessment(assessment)?;
        let triage = core::triage::triage_with(&a, policy)?;
        let options: core::routine::PlanOptions = read::read(options.as_any())?;
        let plan = core::routine::todays_request(&a, &triage, &options)?;
        let routine = match plan.allows_self_care() {
            true => Some(plan.build_routine()?),
            false => None,
        };
        let plan = plan.into_owned();
        Ok(typed::PlanResult {
            triage,
            plan,
            routine,
        })
    };
    plan().out(py)
}

/// Reads `today`: a `datetime.date` or YYYY-MM-DD text.
fn today(obj: &Bound<'_, PyAny>) -> Result<NaiveDate, core::Error> {
    let text = match obj.cast::<PyString>() {
        Ok(s) => s.to_string(),
        Err(_) => read::soft(obj.py(), obj.str().map(|s| s.to_string())).unwrap_or_default(),
    };
    core::progress::parse_date("today", &text)
}

/// Reads a pain log: a list of entries (dicts, dates as `datetime.date` or
/// text) or JSON text.
pub(crate) fn log(obj: &Bound<'_, PyAny>) -> Result<Vec<core::progress::LogEntry>, core::Error> {
    match obj.cast::<PyString>() {
        Ok(text) => core::progress::log_from_json(&text.to_string()),
        Err(_) => {
            // At most the core's number of log entries: an endless
            // iterable is an error, not a hang.
            let mut items = Vec::new();
            for (i, item) in obj
                .try_iter()
                .map_err(|e| read::raised("log", &e))?
                .enumerate()
            {
                read::Limits::item(&"log", 0, i)?;
                items.push(item.map_err(|e| read::raised("log", &e))?);
            }
            if let Some(entries) = read::lean_log(&items) {
                return Ok(entries);
            }
            let list = PyList::new(obj.py(), items).map_err(|e| read::raised("log", &e))?;
            core::progress::log_from_value(&read::py_to_value("log", list.as_any())?)
        }
    }
}

/// Analyse a pain log as of `today`, with an optional config dict.
#[pyfunction]
#[pyo3(signature = (log: "str | Sequence[Mapping[str, Any]]", today: "str | date", config: "str | Mapping[str, Any] | ProgressConfig | None" = None))]
fn progress<'py>(
    py: Python<'py>,
    log: &Bound<'py, PyAny>,
    today: &Bound<'py, PyAny>,
    config: Option<&Bound<'py, PyAny>>,
) -> PyResult<core::progress::ProgressReport> {
    let run = || -> core::Result<core::progress::ProgressReport> {
        let log = self::log(log)?;
        let today = self::today(today)?;
        let config: core::progress::ProgressConfig = match config {
            Some(c) if !c.is_none() => read::read(c)?,
            _ => Default::default(),
        };
        core::progress::analyze(&log, today, &config)
    };
    run().out(py)
}

/// The body map as SVG text; `options` is a dict with side, highlight, pain_regions.
#[pyfunction]
#[pyo3(signature = (options: "str | Mapping[str, Any]") -> "str")]
fn body_map_svg(py: Python<'_>, options: &Bound<'_, PyAny>) -> PyResult<String> {
    let o: core::picture::BodyMapOptions = read::read(options).out(py)?;
    Ok(core::picture::body_map_svg(&o))
}

/// The progress chart of a pain log as SVG text.
#[pyfunction]
#[pyo3(signature = (log: "str | Sequence[Mapping[str, Any]]", today: "str | date") -> "str")]
fn progress_chart_svg(
    py: Python<'_>,
    log: &Bound<'_, PyAny>,
    today: &Bound<'_, PyAny>,
) -> PyResult<String> {
    let run = || -> core::Result<String> {
        core::picture::progress_chart_svg(
            &self::log(log)?,
            self::today(today)?,
            &Default::default(),
        )
    };
    run().out(py)
}

/// Which trigger points could explain pain in these regions, best first.
#[pyfunction]
#[pyo3(signature = (regions: "str | Sequence[str]", side="right"))]
fn lookup<'py>(
    py: Python<'py>,
    regions: &Bound<'py, PyAny>,
    side: &str,
) -> PyResult<core::lookup::Lookup> {
    let run = || -> core::Result<core::lookup::Lookup> {
        let regions: Vec<core::BodyRegion> = match regions.cast::<PyString>() {
            Ok(text) => core::input::from_json(&text.to_string())?,
            Err(_) => regions
                .try_iter()
                .map_err(|e| read::raised("regions", &e))?
                .enumerate()
                .map(|(i, r)| {
                    let r = r.map_err(|e| read::raised("regions", &e))?;
                    vocab(&format!("regions[{i}]"), &r)
                })
                .collect::<Result<Vec<_>, _>>()?,
        };
        let side = core::Side::parse_field("side", side)?;
        Ok(core::lookup::lookup(&regions, side))
    };
    run().out(py)
}

/// The versions to store next to saved results or answers.
#[pyfunction]
fn library_info() -> core::document::LibraryInfo {
    core::document::library_info()
}

/// Reads answers given as a dict (or JSON text) by the interview's rule.
pub(crate) fn answers(obj: &Bound<'_, PyAny>) -> Result<core::interview::Answers, core::Error> {
    match obj.cast::<PyString>() {
        Ok(text) => core::interview::answers_from_json(&text.to_string()),
        Err(_) => match read::py_to_value("", obj) {
            Ok(v) => core::interview::answers_from_value(&v),
            // A value that is not JSON (NaN, an odd object): the answers
            // given as text still keep the floor of a "yes" to a red flag.
            Err(e) => {
                Err(e.with_warning_signs(core::interview::yes_flags_in(&read::text_values(obj))))
            }
        },
    }
}

/// The answers as JSON text to save, stamped with the catalogue version.
#[pyfunction]
#[pyo3(signature = (answers: "str | Mapping[str, Any]") -> "str")]
fn answers_to_json(py: Python<'_>, answers: &Bound<'_, PyAny>) -> PyResult<String> {
    self::answers(answers)
        .map(|a| core::interview::answers_to_json(&a))
        .out(py)
}

/// Saved answers read back strictly: `{question_id: answer}`, or an error
/// naming the first answer that no longer fits.
#[pyfunction]
fn answers_from_json(py: Python<'_>, text: &str) -> PyResult<core::interview::Answers> {
    core::interview::answers_from_json(text).out(py)
}

/// Saved answers read back leniently: what still fits, and what was dropped and why.
#[pyfunction]
fn answers_from_json_lenient(
    py: Python<'_>,
    text: &str,
) -> PyResult<core::interview::RestoredAnswers> {
    core::interview::answers_from_json_lenient(text).out(py)
}

/// Every vocabulary's ids by name, from the core's one list
/// (`piriformis_core::document::vocabularies()`), in its order.
#[pyfunction]
#[pyo3(signature = () -> "dict[str, list[str]]")]
fn vocabularies(py: Python<'_>) -> PyResult<Bound<'_, PyDict>> {
    let d = PyDict::new(py);
    for v in core::document::vocabularies() {
        let ids: Vec<&str> = v.values.iter().map(|value| value.id.as_str()).collect();
        d.set_item(&v.name, ids)?;
    }
    Ok(d)
}

/// Every vocabulary's doc and the doc of each of its ids, by name:
/// `{name: {"doc": str, "values": {id: doc}}}`, in the core's order.
#[pyfunction]
#[pyo3(signature = () -> "dict[str, dict[str, Any]]")]
fn vocabulary_docs(py: Python<'_>) -> PyResult<Bound<'_, PyDict>> {
    let d = PyDict::new(py);
    for v in core::document::vocabularies() {
        let values = PyDict::new(py);
        for value in &v.values {
            values.set_item(&value.id, &value.doc)?;
        }
        let entry = PyDict::new(py);
        entry.set_item("doc", &v.doc)?;
        entry.set_item("values", values)?;
        d.set_item(&v.name, entry)?;
    }
    Ok(d)
}

/// Every numeric range the inputs allow, by name: `min`, `max` and
/// `allowed`, the text errors give in their `allowed` attribute.
#[pyfunction]
#[pyo3(signature = () -> "dict[str, dict[str, Any]]")]
fn ranges(py: Python<'_>) -> PyResult<Bound<'_, PyDict>> {
    let d = PyDict::new(py);
    for r in core::vocab::ranges::ALL {
        let entry = PyDict::new(py);
        entry.set_item("min", r.min)?;
        entry.set_item("max", r.max)?;
        entry.set_item("allowed", r.allowed())?;
        d.set_item(r.name, entry)?;
    }
    Ok(d)
}

/// The native part of the `piriformis` Python package.
#[pymodule]
mod _piriformis {
    use pyo3::prelude::*;

    #[pymodule_export]
    use super::batch::{table_columns, triage_columns, triage_columns_compact, triage_rows};
    #[pymodule_export]
    use super::fhir::{
        fhir_answers, fhir_assessment_bundle, fhir_care_plan, fhir_code_systems, fhir_concept_map,
        fhir_guidance, fhir_next_question, fhir_pain_bundle, fhir_questionnaire, fhir_response,
    };
    #[pymodule_export]
    use super::{
        answers_from_json, answers_from_json_lenient, answers_to_json, body_map_svg, catalogue,
        knowledge_json, library_info, lookup, next_step, progress, progress_chart_svg, ranges,
        red_flag_floor, routine, todays_plan, triage, vocabularies, vocabulary_docs,
    };
    #[pymodule_export]
    use piriformis_core::python::classes::{
        AsNeeded, AskStep, CareFirstPlan, CautionWhen, Cited, Condition, Daily, DaysPerWeek,
        DoneStep, Guide, KeepsComingBack, NerveAdvice, NoImprovement, PlanResult, ProjectDefault,
        RoutineRequest, SelfCarePlan, Sign, SpanValue, Tender, Throughout, WorseWith, knowledge,
    };
    #[pymodule_export]
    use piriformis_core::python::errors::{
        CareNeededFirstError, ContradictionError, InvalidInputError, PiriformisError,
    };
    #[pymodule_export]
    use piriformis_core::{
        Assessment, Dosage, KnowledgeBase, NerveSymptoms,
        anatomy::{
            LandmarkRecord, MuscleAction, MuscleRecord, NerveVariantRecord, Prevalence,
            SciaticNerveFacts,
        },
        care::{
            ClinicalTestRecord, Code, ExamStepRecord, MisconceptionRecord, ProviderRecord,
            ResourceRecord, TestAccuracy, TreatmentRecord,
        },
        cause::CauseRecord,
        document::LibraryInfo,
        exercise::{EquipmentRecord, ExerciseRecord, HabitRecord},
        interview::{Choice, DroppedAnswer, Progress, QuestionView, RestoredAnswers},
        lookup::{Candidate, Lookup, Unexplained},
        progress::{Flare, ProgressConfig, ProgressReport},
        red_flag::RedFlagRecord,
        routine::{GateNote, PlanReason, Progression, Routine, RoutineStep, Skipped, WeeklyPlan},
        source::Reference,
        symptom::{AggravatorRecord, ComparisonRow, MimicRecord, SymptomRecord},
        triage::{CautionNote, CautionRule, FiredRule, Rule, Says, SourceAssessment, TriageResult},
        trigger_point::{Referral, TriggerPointFacts, TriggerPointKindRecord, TriggerPointRecord},
        vocab::{ValueInfo, VocabularyInfo, ranges::Range},
    };

    /// The not-medical-advice notice.
    #[pymodule_export]
    const NOTICE: &str = piriformis_core::NOTICE;

    /// The version of the triage rule table.
    #[pymodule_export]
    const RULES_VERSION: u16 = piriformis_core::triage::RULES_VERSION;

    /// The version of the question catalogue.
    #[pymodule_export]
    const CATALOGUE_VERSION: u16 = piriformis_core::interview::CATALOGUE_VERSION;

    /// Every error has `field`, `allowed`, `at_least` and `detail`, None
    /// where not set: errors raised by Python code (the package's own, or a
    /// caller's) have them as the native ones do.
    #[pymodule_init]
    fn init(py: Python<'_>) -> PyResult<()> {
        let base = py.get_type::<PiriformisError>();
        for name in ["field", "allowed", "at_least", "detail"] {
            base.setattr(name, py.None())?;
        }
        Ok(())
    }
}
