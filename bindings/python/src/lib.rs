//! Python bindings for piriformis. Thin by design: every call crosses as JSON
//! text into the core and comes back as JSON text; the Python package turns
//! that into enums and result objects. Core errors become `PiriformisError`
//! subclasses carrying the field and the allowed values.
#![forbid(unsafe_code)]

use chrono::NaiveDate;
use piriformis_core as core;
use piriformis_core::Vocabulary;
use pyo3::create_exception;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString};

mod fhir;
mod table;

create_exception!(
    _piriformis,
    PiriformisError,
    PyValueError,
    "Base class of every piriformis error."
);
create_exception!(
    _piriformis,
    InvalidInputError,
    PiriformisError,
    "A value is out of range, not in its vocabulary, or malformed."
);
create_exception!(
    _piriformis,
    ContradictionError,
    PiriformisError,
    "Two answers contradict each other."
);
create_exception!(
    _piriformis,
    CareNeededFirstError,
    PiriformisError,
    "Triage says urgent or emergency care comes before self-care."
);

/// Maps a core error onto the Python exception hierarchy, with `.field`,
/// `.allowed` and `.kind` attributes set where known.
fn to_py(py: Python<'_>, e: core::Error) -> PyErr {
    let message = e.to_string();
    let err = match e.inner() {
        core::Error::Contradiction { .. } => ContradictionError::new_err(message),
        core::Error::CareNeededFirst { .. } => CareNeededFirstError::new_err(message),
        _ => InvalidInputError::new_err(message),
    };
    let value = err.value(py);
    let allowed = match e.inner() {
        core::Error::UnknownValue { allowed, .. } | core::Error::OutOfRange { allowed, .. } => {
            Some(allowed.clone())
        }
        _ => None,
    };
    // Setting attributes on a fresh exception instance cannot fail in practice;
    // if it did, the exception still carries the full message.
    let _ = value.setattr("field", e.field());
    let _ = value.setattr("allowed", allowed);
    // Red flags answered "present" in the same input: the disposition they need.
    let _ = value.setattr("at_least", e.at_least().map(|d| d.id()));
    let _ = value.setattr("detail", serde_json::to_string(&e).unwrap_or_default());
    err
}

fn json<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v).unwrap_or_default()
}

/// The whole knowledge base as a JSON document.
#[pyfunction]
fn knowledge_json() -> String {
    core::KnowledgeBase::get().to_json()
}

/// Reads a triage policy id (`self_check`, `clinician_referral`).
pub(crate) fn policy(py: Python<'_>, id: &str) -> PyResult<core::triage::TriagePolicy> {
    core::triage::TriagePolicy::parse_field("policy", id).map_err(|e| to_py(py, e))
}

/// Triage one assessment under a policy (JSON in, JSON out).
#[pyfunction]
#[pyo3(signature = (assessment, policy="self_check"))]
fn triage_json(py: Python<'_>, assessment: &str, policy: &str) -> PyResult<String> {
    let policy = self::policy(py, policy)?;
    core::Assessment::from_json(assessment)
        .and_then(|a| core::triage::triage_with(&a, policy))
        .map(|r| json(&r))
        .map_err(|e| to_py(py, e))
}

/// The disposition that red flags reported present give at least, whatever
/// else is wrong with the input (None when that is self-care).
#[pyfunction]
#[pyo3(signature = (present, policy="self_check"))]
fn red_flag_floor(
    py: Python<'_>,
    present: Vec<String>,
    policy: &str,
) -> PyResult<Option<&'static str>> {
    let policy = self::policy(py, policy)?;
    let flags = present
        .iter()
        .enumerate()
        .map(|(i, id)| core::RedFlag::parse_field(&format!("present[{i}]"), id))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| to_py(py, e))?;
    Ok(core::triage::floor(flags, policy).map(|d| d.id()))
}

/// Reads a vocabulary id from a Python str (or str-based enum member).
fn vocab<T: Vocabulary>(field: &str, v: &Bound<'_, PyAny>) -> Result<T, core::Error> {
    let s = v.cast::<PyString>().map_err(|_| core::Error::Invalid {
        field: field.into(),
        message: format!("expected a string; allowed: {}", T::ids().join(", ")),
    })?;
    let text = s.to_cow().map_err(|_| core::Error::Invalid {
        field: field.into(),
        message: "not valid text".into(),
    })?;
    T::parse_field(field, &text)
}

/// Triage many assessments without holding the GIL. Returns one JSON result
/// per input: either the result, or `{"error": {...}}` for bad input.
#[pyfunction]
#[pyo3(signature = (assessments, policy="self_check"))]
fn triage_many_json(
    py: Python<'_>,
    assessments: Vec<String>,
    policy: &str,
) -> PyResult<Vec<String>> {
    let policy = self::policy(py, policy)?;
    Ok(py.detach(move || {
        assessments
            .iter()
            .map(|a| {
                match core::Assessment::from_json(a)
                    .and_then(|a| core::triage::triage_with(&a, policy))
                {
                    Ok(r) => json(&r),
                    Err(e) => format!(
                        "{{\"error\":{},\"message\":{}}}",
                        json(&e),
                        json(&e.to_string())
                    ),
                }
            })
            .collect()
    }))
}

/// The next interview step from the answers so far, under a policy (JSON in, JSON out).
#[pyfunction]
#[pyo3(signature = (answers, policy="self_check"))]
fn next_step_json(py: Python<'_>, answers: &str, policy: &str) -> PyResult<String> {
    let policy = self::policy(py, policy)?;
    core::interview::answers_from_json(answers)
        .and_then(|a| core::interview::next_step_with(&a, policy))
        .map(|s| json(&s))
        .map_err(|e| to_py(py, e))
}

/// The question catalogue as JSON.
#[pyfunction]
fn catalogue_json() -> String {
    json(&core::interview::catalogue())
}

/// Today's routine for a request (JSON in, JSON out).
#[pyfunction]
fn routine_json(py: Python<'_>, request: &str) -> PyResult<String> {
    core::routine::RoutineRequest::from_json(request)
        .and_then(|r| core::routine::build_routine(&r))
        .map(|r| json(&r))
        .map_err(|e| to_py(py, e))
}

/// The self-check's plan for today (JSON in, JSON out): the assessment's
/// triage under a policy, the routine request the core chooses from it with a
/// reason per choice, and the routine when self-care fits (else `null`).
#[pyfunction]
#[pyo3(signature = (assessment, options="{}", policy="self_check"))]
fn todays_plan_json(
    py: Python<'_>,
    assessment: &str,
    options: &str,
    policy: &str,
) -> PyResult<String> {
    let policy = self::policy(py, policy)?;
    let plan = || -> core::Result<String> {
        let a = core::Assessment::from_json(assessment)?;
        let triage = core::triage::triage_with(&a, policy)?;
        let options = core::routine::PlanOptions::from_json(options)?;
        let plan = core::routine::todays_request(&a, &triage, &options)?;
        let routine = match plan.allows_self_care() {
            true => Some(plan.build_routine()?),
            false => None,
        };
        Ok(serde_json::json!({"triage": triage, "plan": plan, "routine": routine}).to_string())
    };
    plan().map_err(|e| to_py(py, e))
}

/// Reads a pain log (a JSON list of entries) and `today` (YYYY-MM-DD).
fn log_and_today(
    log: &str,
    today: &str,
) -> Result<(Vec<core::progress::LogEntry>, NaiveDate), core::Error> {
    let date = today
        .parse::<NaiveDate>()
        .map_err(|_| core::Error::Invalid {
            field: "today".into(),
            message: format!("'{today}' is not a date; allowed: YYYY-MM-DD"),
        })?;
    Ok((core::progress::log_from_json(log)?, date))
}

/// Analyse a pain log (a JSON list of entries) as of `today` (YYYY-MM-DD).
#[pyfunction]
#[pyo3(signature = (log, today, config=None))]
fn progress_json(py: Python<'_>, log: &str, today: &str, config: Option<&str>) -> PyResult<String> {
    let (log, today) = log_and_today(log, today).map_err(|e| to_py(py, e))?;
    let config: core::progress::ProgressConfig = match config {
        Some(c) => core::input::from_json(c).map_err(|e| to_py(py, e))?,
        None => Default::default(),
    };
    core::progress::analyze(&log, today, &config)
        .map(|r| json(&r))
        .map_err(|e| to_py(py, e))
}

/// The body map as SVG text; `options` is JSON with side, highlight, pain_regions.
#[pyfunction]
fn body_map_svg(py: Python<'_>, options: &str) -> PyResult<String> {
    let o: core::picture::BodyMapOptions =
        core::input::from_json(options).map_err(|e| to_py(py, e))?;
    Ok(core::picture::body_map_svg(&o))
}

/// The progress chart of a pain log (JSON list) as SVG text.
#[pyfunction]
fn progress_chart_svg(py: Python<'_>, log: &str, today: &str) -> PyResult<String> {
    let (log, today) = log_and_today(log, today).map_err(|e| to_py(py, e))?;
    core::picture::progress_chart_svg(&log, today, &Default::default()).map_err(|e| to_py(py, e))
}

/// Which trigger points could explain pain in these regions (JSON list of ids).
#[pyfunction]
fn lookup_json(py: Python<'_>, regions: &str, side: &str) -> PyResult<String> {
    let regions: Vec<core::BodyRegion> =
        core::input::from_json(regions).map_err(|e| to_py(py, e))?;
    let side = core::Side::parse_field("side", side).map_err(|e| to_py(py, e))?;
    Ok(json(&core::lookup::lookup(&regions, side)))
}

/// Every vocabulary's ids by name, from the core's one list
/// (`piriformis_core::document::vocabularies()`), in its order.
#[pyfunction]
fn vocabularies(py: Python<'_>) -> PyResult<Bound<'_, PyDict>> {
    let d = PyDict::new(py);
    for v in core::document::vocabularies() {
        let ids: Vec<&str> = v.values.iter().map(|value| value.id).collect();
        d.set_item(v.name, ids)?;
    }
    Ok(d)
}

/// Every vocabulary's doc and the doc of each of its ids, by name:
/// `{name: {"doc": str, "values": {id: doc}}}`, in the core's order.
#[pyfunction]
fn vocabulary_docs(py: Python<'_>) -> PyResult<Bound<'_, PyDict>> {
    let d = PyDict::new(py);
    for v in core::document::vocabularies() {
        let values = PyDict::new(py);
        for value in &v.values {
            values.set_item(value.id, value.doc)?;
        }
        let entry = PyDict::new(py);
        entry.set_item("doc", v.doc)?;
        entry.set_item("values", values)?;
        d.set_item(v.name, entry)?;
    }
    Ok(d)
}

/// Every numeric range the inputs allow, by name: `min`, `max` and
/// `allowed`, the text errors give in their `allowed` attribute.
#[pyfunction]
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
fn _piriformis(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("PiriformisError", py.get_type::<PiriformisError>())?;
    m.add("InvalidInputError", py.get_type::<InvalidInputError>())?;
    m.add("ContradictionError", py.get_type::<ContradictionError>())?;
    m.add(
        "CareNeededFirstError",
        py.get_type::<CareNeededFirstError>(),
    )?;
    m.add("NOTICE", core::NOTICE)?;
    m.add_function(wrap_pyfunction!(knowledge_json, m)?)?;
    m.add_function(wrap_pyfunction!(triage_json, m)?)?;
    m.add_function(wrap_pyfunction!(red_flag_floor, m)?)?;
    m.add_function(wrap_pyfunction!(triage_many_json, m)?)?;
    m.add_function(wrap_pyfunction!(table::triage_rows, m)?)?;
    m.add_function(wrap_pyfunction!(table::triage_columns, m)?)?;
    m.add_function(wrap_pyfunction!(table::triage_columns_compact, m)?)?;
    m.add_function(wrap_pyfunction!(table::table_columns, m)?)?;
    m.add_function(wrap_pyfunction!(next_step_json, m)?)?;
    m.add_function(wrap_pyfunction!(catalogue_json, m)?)?;
    m.add_function(wrap_pyfunction!(routine_json, m)?)?;
    m.add_function(wrap_pyfunction!(todays_plan_json, m)?)?;
    m.add_function(wrap_pyfunction!(progress_json, m)?)?;
    m.add_function(wrap_pyfunction!(vocabularies, m)?)?;
    m.add_function(wrap_pyfunction!(vocabulary_docs, m)?)?;
    m.add_function(wrap_pyfunction!(ranges, m)?)?;
    m.add_function(wrap_pyfunction!(body_map_svg, m)?)?;
    m.add_function(wrap_pyfunction!(progress_chart_svg, m)?)?;
    m.add_function(wrap_pyfunction!(lookup_json, m)?)?;
    fhir::register(m)?;
    Ok(())
}
