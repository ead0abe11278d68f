//! FHIR R4 export for Python (crate `piriformis-fhir`): inputs as Python data
//! (dicts, lists) or JSON text, and plain dicts (or a list of dicts) out,
//! ready for `json.dumps` or any FHIR client; no JSON text crosses on the way
//! out. A core error raises the usual `PiriformisError` subclass; malformed
//! FHIR input raises `InvalidInputError` naming the field at fault (or the
//! argument, for the whole input) in `.field`. Every error keeps `.at_least`,
//! the floor of the red flags answered "yes" anywhere in the input.

use chrono::NaiveDate;
use piriformis_core as core;
use piriformis_fhir as fhir;
use pyo3::prelude::*;

use crate::read::py_to_value;
use crate::typed::to_plain;
use crate::{Out, policy, to_py};

/// A FHIR error as a Python exception: the core's errors keep their class
/// and their floor (`at_least`, the red flags answered "yes" anywhere in the
/// input); an error about the whole input names the argument in `field`.
fn fhir_err(py: Python<'_>, field: &str, e: fhir::Error) -> PyErr {
    let e = match e {
        fhir::Error::Core(e) => e,
        other => core::Error::Invalid {
            field: field.into(),
            message: other.to_string(),
        },
    };
    if e.field().is_some() {
        return to_py(py, e);
    }
    // The whole input: named, the floor kept.
    let (inner, present) = match e {
        core::Error::WithWarningSigns { error, present, .. } => (*error, present),
        e => (e, Vec::new()),
    };
    let named = match inner {
        core::Error::TooLarge { found, allowed, .. } => core::Error::TooLarge {
            field: field.into(),
            found,
            allowed,
        },
        inner => core::Error::Invalid {
            field: field.into(),
            message: inner.to_string(),
        },
    };
    to_py(py, named.with_warning_signs(present))
}

/// Reads a QuestionnaireResponse given as JSON text or a dict, by the FHIR
/// crate's readers (the JSON reader's limits, errors naming the field, the
/// floor of every red flag answered "yes"); `then` takes the text or value.
fn read_response<T>(
    py: Python<'_>,
    obj: &Bound<'_, PyAny>,
    text: impl FnOnce(&str) -> Result<T, fhir::Error>,
    value: impl FnOnce(&serde_json::Value) -> Result<T, fhir::Error>,
) -> PyResult<T> {
    const FIELD: &str = "response";
    if let Ok(s) = obj.extract::<String>() {
        return text(&s).map_err(|e| fhir_err(py, FIELD, e));
    }
    match py_to_value(FIELD, obj) {
        Ok(v) => value(&v).map_err(|e| fhir_err(py, FIELD, e)),
        // Not JSON as a whole (NaN, an odd object): what is JSON in it
        // still gives the floor of a "yes" to a red flag.
        Err(e) => {
            let yes = fhir::salvage::yes_flags_in_value(&json_parts(obj, 0));
            Err(to_py(py, e.with_warning_signs(yes)))
        }
    }
}

/// The parts of Python data that are JSON (dicts with str keys, lists and
/// tuples, str, bool, int), the rest as null: for the salvage only.
fn json_parts(obj: &Bound<'_, PyAny>, depth: usize) -> serde_json::Value {
    use pyo3::types::{PyBool, PyDict, PyInt, PyList, PyString, PyTuple};
    use serde_json::Value;
    if depth >= fhir::salvage::MAX_SALVAGE_DEPTH {
        return Value::Null;
    }
    if let Ok(s) = obj.cast::<PyString>() {
        return s.to_str().map_or(Value::Null, |s| Value::String(s.into()));
    }
    if let Ok(b) = obj.cast::<PyBool>() {
        return Value::Bool(b.is_true());
    }
    if obj.is_instance_of::<PyInt>() {
        return obj.extract::<i64>().map_or(Value::Null, Value::from);
    }
    if let Ok(d) = obj.cast::<PyDict>() {
        return Value::Object(
            d.iter()
                .filter_map(|(k, v)| {
                    let k = k.cast::<PyString>().ok()?.to_str().ok()?.to_owned();
                    Some((k, json_parts(&v, depth + 1)))
                })
                .collect(),
        );
    }
    if obj.is_instance_of::<PyList>() || obj.is_instance_of::<PyTuple>() {
        if let Ok(items) = obj.try_iter() {
            return Value::Array(
                items
                    .map_while(Result::ok)
                    .map(|item| json_parts(&item, depth + 1))
                    .collect(),
            );
        }
    }
    Value::Null
}

fn date(py: Python<'_>, day: &str) -> PyResult<NaiveDate> {
    core::progress::parse_date("day", day).out(py)
}

/// The interview catalogue as a FHIR Questionnaire, for a policy.
#[pyfunction]
#[pyo3(signature = (policy="self_check") -> "dict[str, Any]")]
pub(crate) fn fhir_questionnaire<'py>(
    py: Python<'py>,
    policy: &str,
) -> PyResult<Bound<'py, PyAny>> {
    let policy = self::policy(py, policy)?;
    to_plain(py, &fhir::questionnaire(policy))
}

/// Interview answers (a JSON object of question id to answer) as a FHIR
/// QuestionnaireResponse.
#[pyfunction]
#[pyo3(signature = (answers: "str | Mapping[str, Any]", policy="self_check") -> "dict[str, Any]")]
pub(crate) fn fhir_response<'py>(
    py: Python<'py>,
    answers: &Bound<'py, PyAny>,
    policy: &str,
) -> PyResult<Bound<'py, PyAny>> {
    let policy = self::policy(py, policy)?;
    let answers = crate::answers(answers).map_err(|e| to_py(py, e))?;
    let qr =
        fhir::response_from_answers(&answers, policy).map_err(|e| fhir_err(py, "answers", e))?;
    to_plain(py, &qr)
}

/// The interview answers in a FHIR QuestionnaireResponse (JSON text), as a
/// dict of question id to answer: what `next_step_json` takes.
#[pyfunction]
#[pyo3(signature = (response: "str | Mapping[str, Any]") -> "dict[str, Any]")]
pub(crate) fn fhir_answers<'py>(
    py: Python<'py>,
    response: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    let answers = read_response(
        py,
        response,
        fhir::answers_from_response_json,
        fhir::answers_from_response_value,
    )?;
    to_plain(py, &answers)
}

/// SDC adaptive next question: the response (JSON text) with the next
/// question added, or with status "completed" when the interview is over.
#[pyfunction]
#[pyo3(signature = (response: "str | Mapping[str, Any]", policy="self_check") -> "dict[str, Any]")]
pub(crate) fn fhir_next_question<'py>(
    py: Python<'py>,
    response: &Bound<'py, PyAny>,
    policy: &str,
) -> PyResult<Bound<'py, PyAny>> {
    let policy = self::policy(py, policy)?;
    let next = read_response(
        py,
        response,
        |t| fhir::next_question_json(t, policy),
        |v| fhir::next_question_value(v, policy),
    )?;
    to_plain(py, &next)
}

/// The triage of an assessment (JSON text) as a FHIR GuidanceResponse;
/// `subject` is a reference such as "Patient/123".
#[pyfunction]
#[pyo3(signature = (assessment: "str | Mapping[str, Any] | Assessment", policy="self_check", subject: "str | None" = None) -> "dict[str, Any]")]
pub(crate) fn fhir_guidance<'py>(
    py: Python<'py>,
    assessment: &Bound<'py, PyAny>,
    policy: &str,
    subject: Option<&str>,
) -> PyResult<Bound<'py, PyAny>> {
    let policy = self::policy(py, policy)?;
    let result = crate::assessment(assessment)
        .and_then(|a| core::triage::triage_with(&a, policy))
        .map_err(|e| to_py(py, e))?;
    to_plain(py, &fhir::guidance_response(&result, subject))
}

/// An assessment (JSON text) as a FHIR Bundle: its QuestionnaireResponse,
/// the pain Observation (when pain is given) and the GuidanceResponse.
#[pyfunction]
#[pyo3(signature = (assessment: "str | Mapping[str, Any] | Assessment", day: "str", policy="self_check", subject: "str | None" = None) -> "dict[str, Any]")]
pub(crate) fn fhir_assessment_bundle<'py>(
    py: Python<'py>,
    assessment: &Bound<'py, PyAny>,
    day: &str,
    policy: &str,
    subject: Option<&str>,
) -> PyResult<Bound<'py, PyAny>> {
    let policy = self::policy(py, policy)?;
    let a = crate::assessment(assessment)
        .and_then(|a| {
            a.validate()
                .map_err(|e| e.with_warning_signs(a.present_flags()))?;
            Ok(a)
        })
        .map_err(|e| to_py(py, e))?;
    let bundle = fhir::assessment_bundle(&a, policy, date(py, day)?, subject)
        .map_err(|e| fhir_err(py, "assessment", e))?;
    to_plain(py, &bundle)
}

/// A pain log (a JSON list of entries) as a FHIR Bundle of Observations.
#[pyfunction]
#[pyo3(signature = (log: "str | Sequence[Mapping[str, Any]]", subject: "str | None" = None) -> "dict[str, Any]")]
pub(crate) fn fhir_pain_bundle<'py>(
    py: Python<'py>,
    log: &Bound<'py, PyAny>,
    subject: Option<&str>,
) -> PyResult<Bound<'py, PyAny>> {
    let log = crate::log(log).map_err(|e| to_py(py, e))?;
    to_plain(py, &fhir::pain_bundle(&log, subject))
}

/// A routine request (JSON text, as `routine_json` takes) as a FHIR Bundle:
/// the CarePlan, then one ActivityDefinition per exercise. `subject` is a
/// reference such as "Patient/123" (a CarePlan requires one).
#[pyfunction]
#[pyo3(signature = (request: "str | Mapping[str, Any] | RoutineRequest", subject: "str") -> "dict[str, Any]")]
pub(crate) fn fhir_care_plan<'py>(
    py: Python<'py>,
    request: &Bound<'py, PyAny>,
    subject: &str,
) -> PyResult<Bound<'py, PyAny>> {
    let routine = crate::routine_request(request)
        .and_then(|r| core::routine::build_routine(&r))
        .map_err(|e| to_py(py, e))?;
    to_plain(py, &fhir::care_plan_bundle(&routine, subject))
}

/// Every CodeSystem the FHIR resources use, generated from the core's vocabularies.
#[pyfunction]
#[pyo3(signature = () -> "list[dict[str, Any]]")]
pub(crate) fn fhir_code_systems(py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
    to_plain(py, &fhir::code_systems())
}

/// The ConceptMap from our dispositions to the five-level triage scale.
#[pyfunction]
#[pyo3(signature = () -> "dict[str, Any]")]
pub(crate) fn fhir_concept_map(py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
    to_plain(py, &fhir::triage_scale_map())
}
