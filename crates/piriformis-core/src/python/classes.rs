//! The classes Python sees. The records and results are the core's own
//! types, made pyo3 classes where they are defined
//! (`#[cfg_attr(feature = "python", pyo3::pyclass(frozen, get_all, ...))]`):
//! their attributes are their fields, with the fields' docs. This module
//! gives each class the methods every class has (`to_dict()` / `to_json()`
//! in the core's JSON shape, `from_dict()` / `from_json()`, equality,
//! hashing, pickling and a `repr`), the few methods some add (`rule_ids`,
//! `__str__`, `_repr_html_`, ...), and the adapters pyo3 cannot derive: one
//! class per variant of a tagged union (`Guide`, `Cited`, ...), the rule
//! conditions, the interview steps, a dose's `Span` (generic in the core)
//! and `RoutineRequest` (it borrows a triage in the core).

use std::hash::{Hash, Hasher};

use crate as core;
use crate::vocab::Vocabulary;
use pyo3::IntoPyObjectExt;
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBool, PyDict, PyList, PyString};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::python::read::de;
#[cfg(feature = "inspect")]
use pyo3::inspect::PyStaticExpr;
#[cfg(feature = "inspect")]
use pyo3::type_hint_union;
#[cfg(feature = "inspect")]
use pyo3::type_object::PyTypeInfo;

/// A class and the core value it stands for: the value itself for the
/// core's own classes, the wrapped value for an adapter.
pub trait Class: Sized {
    /// The core value, in the core's JSON shape.
    type Value: Serialize + PartialEq;
    /// The value.
    fn value(&self) -> &Self::Value;
    /// The class of a value.
    fn from_value(v: Self::Value) -> Self;
}

/// `Assessment.from_dict` / `from_json`: by the core's checked reader of an
/// assessment document, so a red flag answered "present" keeps its floor
/// in the error, whatever else is wrong.
pub fn assessment(py: Python<'_>, obj: &Bound<'_, PyAny>) -> PyResult<core::Assessment> {
    let read = || -> Result<core::Assessment, core::Error> {
        if let Ok(a) = obj.cast::<core::Assessment>() {
            return Ok(a.get().clone());
        }
        let text = match obj.cast::<PyString>() {
            Ok(s) => s
                .to_cow()
                .map(|t| t.into_owned())
                .map_err(|_| core::Error::Json {
                    message: "not valid text".into(),
                })?,
            // A value no JSON has (NaN, an object of another kind) keeps
            // the floor of the red flags answered "present" beside it.
            Err(_) => match crate::python::read::py_to_value("", obj) {
                Ok(value) => value.to_string(),
                Err(e) => {
                    let texts = crate::python::read::text_values(obj).to_string();
                    let present = core::triage::assessment::salvage_flags(&texts);
                    return Err(e.with_warning_signs(present));
                }
            },
        };
        core::Assessment::from_json(&text)
    };
    read().map_err(|e| crate::python::errors::to_py(py, e))
}

/// Any serializable value as plain Python data (its JSON shape).
pub fn to_plain<'py, T: Serialize + ?Sized>(py: Python<'py>, v: &T) -> PyResult<Bound<'py, PyAny>> {
    let value = serde_json::to_value(v).map_err(|e| PyTypeError::new_err(e.to_string()))?;
    value_to_py(py, &value)
}

/// `Name(field=repr, ...)` over the attributes given, each repr cut to a
/// readable length; with none given, over the value's JSON keys that are
/// attributes of the class (its fields, in order).
pub fn repr_of<T: Serialize>(
    obj: &Bound<'_, PyAny>,
    name: &str,
    value: &T,
    fields: &[&str],
) -> PyResult<String> {
    let keys: Vec<String> = if fields.is_empty() {
        core::input::object_keys(&serde_json::to_string(value).unwrap_or_default())
    } else {
        fields.iter().map(|f| (*f).to_owned()).collect()
    };
    let mut parts = Vec::new();
    for k in keys {
        let Ok(v) = obj.getattr(k.as_str()) else {
            continue;
        };
        let r = v.repr()?.to_string();
        let r = match r.char_indices().nth(60) {
            Some((i, _)) => format!("{}...", &r[..i]),
            None => r,
        };
        parts.push(format!("{k}={r}"));
    }
    Ok(format!("{name}({})", parts.join(", ")))
}

/// The methods every class has: dicts, JSON, reading back, equality,
/// hashing, pickling (through `from_json`) and a `repr`, then the class's
/// own. `$de` (and `$dj`, for JSON text) reads the value back.
macro_rules! class_methods {
    (
        $cls:ty, $name:literal, from_dict: $de:expr, from_json: $dj:expr;
        repr [ $( $rf:expr ),* ];
        $($extra:tt)*
    ) => {
        #[pymethods]
        impl $cls {
            /// Plain Python data in the core's JSON shape (ids as str, dates as YYYY-MM-DD).
            #[pyo3(name = "to_dict")]
            fn py_to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                to_plain(py, Class::value(self))
            }

            /// JSON text in the core's shape.
            #[pyo3(name = "to_json", signature = (indent=None))]
            fn py_to_json(&self, indent: Option<usize>) -> PyResult<String> {
                let text = match indent {
                    None => serde_json::to_string(Class::value(self)),
                    Some(_) => serde_json::to_string_pretty(Class::value(self)),
                };
                text.map_err(|e| PyTypeError::new_err(e.to_string()))
            }

            /// Builds the value back from `to_dict()` output (or any dict of that shape).
            #[staticmethod]
            #[pyo3(name = "from_dict")]
            fn py_from_dict(py: Python<'_>, data: &Bound<'_, PyAny>) -> PyResult<Self> {
                ($de)(py, data).map(<Self as Class>::from_value)
            }

            /// Builds the value back from `to_json()` output.
            #[staticmethod]
            #[pyo3(name = "from_json")]
            fn py_from_json(py: Python<'_>, text: &Bound<'_, PyString>) -> PyResult<Self> {
                ($dj)(py, text.as_any()).map(<Self as Class>::from_value)
            }

            fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
                other
                    .cast::<Self>()
                    .is_ok_and(|o| Class::value(o.get()) == Class::value(self))
            }

            fn __hash__(&self) -> u64 {
                hash_of(Class::value(self))
            }

            fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, (String,))> {
                let text = serde_json::to_string(Class::value(slf.get()))
                    .map_err(|e| PyTypeError::new_err(e.to_string()))?;
                Ok((slf.get_type().getattr("from_json")?, (text,)))
            }

            fn __repr__(slf: &Bound<'_, Self>) -> PyResult<String> {
                repr_of(slf.as_any(), $name, Class::value(slf.get()), &[$($rf),*])
            }

            $($extra)*
        }
    };
}

/// A core type that is its own class: `Class` over itself, its conversion
/// from a reference (for lists and borrowed records), and the common methods.
macro_rules! class {
    ($ty:ty, $name:literal, from_dict: $de:expr; $($extra:tt)*) => {
        impl Class for $ty {
            type Value = Self;
            fn value(&self) -> &Self {
                self
            }
            fn from_value(v: Self) -> Self {
                v
            }
        }

        impl<'py> IntoPyObject<'py> for &$ty {
            type Target = PyAny;
            type Output = Bound<'py, PyAny>;
            type Error = PyErr;

            #[cfg(feature = "inspect")]
            const OUTPUT_TYPE: PyStaticExpr = <$ty as PyTypeInfo>::TYPE_HINT;

            fn into_pyobject(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                Ok(Bound::new(py, self.clone())?.into_any())
            }
        }

        class_methods! {
            $ty, $name, from_dict: $de, from_json: $de;
            repr [];
            $($extra)*
        }
    };
}

/// An adapter class over a core value it wraps (`.0`): `Class` over the
/// value, its conversion to the class, and the common methods with a
/// `repr` over the attributes listed.
macro_rules! wrapper {
    (
        $cls:ident wraps $ty:ty, $name:literal, from_dict: $de:expr, from_json: $dj:expr;
        repr [ $( $rf:expr ),* ];
        $($extra:tt)*
    ) => {
        impl Class for $cls {
            type Value = $ty;
            fn value(&self) -> &$ty {
                &self.0
            }
            fn from_value(v: $ty) -> Self {
                $cls(v)
            }
        }

        class_methods! {
            $cls, $name, from_dict: $de, from_json: $dj;
            repr [ $($rf),* ];
            $($extra)*
        }
    };
}

/// A JSON value as plain Python data.
pub fn value_to_py<'py>(py: Python<'py>, v: &Value) -> PyResult<Bound<'py, PyAny>> {
    Ok(match v {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => PyBool::new(py, *b).to_owned().into_any(),
        Value::Number(n) => match (n.as_i64(), n.as_u64()) {
            (Some(i), _) => i.into_bound_py_any(py)?,
            (_, Some(u)) => u.into_bound_py_any(py)?,
            _ => n.as_f64().unwrap_or(f64::NAN).into_bound_py_any(py)?,
        },
        Value::String(s) => PyString::new(py, s).into_any(),
        Value::Array(items) => {
            let items = items
                .iter()
                .map(|x| value_to_py(py, x))
                .collect::<PyResult<Vec<_>>>()?;
            PyList::new(py, items)?.into_any()
        }
        Value::Object(map) => {
            let d = PyDict::new(py);
            for (k, x) in map {
                d.set_item(k, value_to_py(py, x)?)?;
            }
            d.into_any()
        }
    })
}

/// A union's `to_dict()` output as JSON text: a variant without data is a
/// str (`"project_default"`), which `from_dict` takes as that value, not as
/// JSON text; anything else is JSON text already or a dict.
fn as_text<'py>(data: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    match data.cast::<PyString>() {
        Ok(s) => {
            let text = serde_json::to_string(&*s.to_cow()?)
                .map_err(|e| PyTypeError::new_err(e.to_string()))?;
            Ok(PyString::new(data.py(), &text).into_any())
        }
        Err(_) => Ok(data.clone()),
    }
}

/// `from_dict` for records only the library makes (version stamps,
/// restored answers): the core has no reader for them.
pub fn no_de<T>(_py: Python<'_>, _data: &Bound<'_, PyAny>) -> PyResult<T> {
    Err(PyTypeError::new_err(
        "this record is made by the library and is not read back from a dict",
    ))
}

/// Stable hash of a value's JSON shape.
pub fn hash_of<T: Serialize>(v: &T) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    serde_json::to_string(v).unwrap_or_default().hash(&mut h);
    h.finish()
}

/// The core's text report as a `<pre>` block for Jupyter.
pub fn html_of(text: &str) -> String {
    let escaped = core::html::escape(text);
    format!("<pre style=\"white-space: pre-wrap\">{escaped}</pre>")
}

// The knowledge records: classes over the core's static records. The
// library makes them and the core has no reader for them, so `from_dict`
// finds the record of the knowledge base with that data (`known`), which is
// also how they unpickle: a record pickles as its JSON and comes back as the
// same static record, or fails clearly when the knowledge changed.

/// Every value of a knowledge record type in the knowledge base, to find
/// one again by its data.
pub trait Known: Serialize + Sized + 'static {
    /// Every record of this type, in the knowledge base's order.
    fn all(kb: &'static core::KnowledgeBase) -> Vec<Self>;
}

macro_rules! known {
    ($( $ty:ty => |$kb:ident| $all:expr ),* $(,)?) => {$(
        impl Known for $ty {
            fn all($kb: &'static core::KnowledgeBase) -> Vec<Self> {
                $all
            }
        }
    )*};
}

/// Copies of borrowed static records.
fn copied<T: Copy + 'static>(records: &[&'static T]) -> Vec<T> {
    records.iter().map(|r| **r).collect()
}

/// Every condition of the rule table, nested ones included.
fn conditions(out: &mut Vec<core::triage::Condition>, c: core::triage::Condition) {
    out.push(c);
    if let core::triage::Condition::All(cs) | core::triage::Condition::Any(cs) = c {
        for &inner in cs {
            conditions(out, inner);
        }
    }
}

known! {
    core::anatomy::MuscleRecord => |kb| copied(&kb.muscles),
    core::anatomy::MuscleAction => |kb| kb.muscles.iter().flat_map(|m| m.actions.iter().copied()).collect(),
    core::anatomy::LandmarkRecord => |kb| copied(&kb.landmarks),
    core::anatomy::SciaticNerveFacts => |kb| vec![*kb.sciatic_nerve],
    core::anatomy::Prevalence => |kb| kb
        .sciatic_nerve
        .prevalence
        .iter()
        .chain(kb.nerve_variants.iter().flat_map(|v| v.prevalence))
        .copied()
        .collect(),
    core::anatomy::NerveVariantRecord => |kb| copied(&kb.nerve_variants),
    core::trigger_point::TriggerPointFacts => |kb| vec![*kb.trigger_point_facts],
    core::trigger_point::TriggerPointKindRecord => |kb| copied(&kb.trigger_point_kinds),
    core::trigger_point::TriggerPointRecord => |kb| copied(&kb.trigger_points),
    core::trigger_point::Referral => |kb| kb
        .referral
        .iter()
        .chain(kb.trigger_points.iter().flat_map(|t| t.referral))
        .copied()
        .collect(),
    core::cause::CauseRecord => |kb| copied(&kb.causes),
    core::symptom::SymptomRecord => |kb| copied(&kb.symptoms),
    core::symptom::AggravatorRecord => |kb| copied(&kb.aggravators),
    core::symptom::ComparisonRow => |kb| copied(&kb.comparison),
    core::symptom::MimicRecord => |kb| copied(&kb.mimics),
    core::red_flag::RedFlagRecord => |kb| copied(&kb.red_flags),
    core::triage::Rule => |kb| copied(&kb.triage_rules),
    core::triage::Condition => |kb| {
        let mut out = Vec::new();
        for r in &kb.triage_rules {
            conditions(&mut out, r.when);
        }
        out
    },
    core::triage::CautionRule => |kb| kb.cautions.to_vec(),
    core::triage::CautionWhen => |kb| kb.cautions.iter().flat_map(|c| c.when.iter().copied()).collect(),
    core::exercise::ExerciseRecord => |kb| copied(&kb.exercises),
    core::exercise::NerveAdvice => |kb| kb.exercises.iter().map(|e| e.with_nerve_symptoms).collect(),
    core::exercise::HabitRecord => |kb| copied(&kb.habits),
    core::exercise::EquipmentRecord => |kb| copied(&kb.equipment),
    core::care::ProviderRecord => |kb| copied(&kb.providers),
    core::care::ExamStepRecord => |kb| copied(&kb.exam),
    core::care::ClinicalTestRecord => |kb| copied(&kb.clinical_tests),
    core::care::TestAccuracy => |kb| kb.clinical_tests.iter().filter_map(|t| t.accuracy).collect(),
    core::care::TreatmentRecord => |kb| copied(&kb.treatments),
    core::care::MisconceptionRecord => |kb| copied(&kb.misconceptions),
    core::care::ResourceRecord => |kb| copied(&kb.resources),
    core::care::Code => |kb| kb.codes.to_vec(),
    core::vocab::VocabularyInfo => |kb| kb.vocabularies.to_vec(),
    core::vocab::ValueInfo => |kb| kb.vocabularies.iter().flat_map(|v| v.values.iter().cloned()).collect(),
    core::vocab::ranges::Range => |kb| kb.ranges.to_vec(),
    core::source::Reference => |kb| copied(&kb.citations),
}

/// A JSON value with every null-valued key left out (the Python reader
/// leaves out keys whose value is None).
fn without_nulls(v: Value) -> Value {
    match v {
        Value::Object(map) => Value::Object(
            map.into_iter()
                .filter(|(_, x)| !x.is_null())
                .map(|(k, x)| (k, without_nulls(x)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.into_iter().map(without_nulls).collect()),
        other => other,
    }
}

/// `from_dict` for knowledge records: the record of the knowledge base whose
/// data equals `data` (a dict, or JSON text).
pub fn known<T: Known>(py: Python<'_>, data: &Bound<'_, PyAny>) -> PyResult<T> {
    let want = match data.cast::<PyString>() {
        Ok(text) => serde_json::from_str::<Value>(&text.to_cow()?).map_err(|e| {
            crate::python::errors::InvalidInputError::new_err(format!("not valid JSON: {e}"))
        })?,
        Err(_) => crate::python::read::py_to_value("", data)
            .map_err(|e| crate::python::errors::to_py(py, e))?,
    };
    let want = without_nulls(want);
    T::all(core::KnowledgeBase::get())
        .into_iter()
        .find(|r| serde_json::to_value(r).is_ok_and(|v| without_nulls(v) == want))
        .ok_or_else(|| {
            crate::python::errors::InvalidInputError::new_err(
                "no record of this library's knowledge base has this data",
            )
        })
}

/// The variant id of a serde enum value: its text, or its one key.
fn tag_of<T: Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(Value::String(s)) => s,
        Ok(Value::Object(map)) => map.keys().next().cloned().unwrap_or_default(),
        _ => String::new(),
    }
}

// The core's own classes: results and inputs.

class! {
    core::triage::TriageResult, "TriageResult", from_dict: de;

    /// The ids of the fired rules, highest disposition first.
    #[getter]
    fn rule_ids(&self) -> Vec<core::triage::RuleId> {
        self.fired.iter().map(|f| f.id).collect()
    }

    /// The serious causes behind the fired rules, each once.
    #[getter(pathways)]
    fn pathway_list(&self) -> Vec<core::triage::Pathway> {
        self.pathways()
    }

    fn __str__(&self) -> String {
        self.to_string()
    }

    /// The core's HTML report, for Jupyter.
    fn _repr_html_(&self) -> String {
        core::html::ToHtml::to_html(self)
    }
}

class! { core::triage::FiredRule, "FiredRule", from_dict: de; }
class! { core::triage::CautionNote, "CautionNote", from_dict: de; }
class! { core::triage::SourceAssessment, "SourceAssessment", from_dict: de; }
class! { core::interview::QuestionView, "Question", from_dict: de; }
class! { core::interview::Choice, "Choice", from_dict: de; }
class! { core::interview::Progress, "Progress", from_dict: de; }

class! {
    core::routine::Routine, "Routine", from_dict: de;

    fn __str__(&self) -> String {
        self.to_string()
    }

    /// The core's HTML report, for Jupyter.
    fn _repr_html_(&self) -> String {
        core::html::ToHtml::to_html(self)
    }
}

class! { core::routine::RoutineStep, "RoutineStep", from_dict: de; }

class! {
    core::Dosage, "Dosage", from_dict: de;

    fn __str__(&self) -> String {
        self.to_string()
    }

    /// The core's report, for Jupyter.
    fn _repr_html_(&self) -> String {
        html_of(&self.to_string())
    }
}

class! { core::routine::Skipped, "Skipped", from_dict: de; }
class! { core::routine::GateNote, "GateNote", from_dict: de; }
class! { core::routine::WeeklyPlan, "WeeklyPlan", from_dict: de; }
class! { core::routine::Progression, "Progression", from_dict: de; }

class! {
    core::progress::ProgressReport, "ProgressReport", from_dict: de;

    fn __str__(&self) -> String {
        self.summary.clone()
    }

    /// The core's HTML report, for Jupyter.
    fn _repr_html_(&self) -> String {
        core::html::ToHtml::to_html(self)
    }
}

class! { core::progress::Flare, "Flare", from_dict: de; }
class! { core::lookup::Lookup, "Lookup", from_dict: de; }
class! { core::lookup::Candidate, "Candidate", from_dict: de; }
class! { core::lookup::Unexplained, "Unexplained", from_dict: de; }
class! { core::Assessment, "Assessment", from_dict: assessment; }
class! { core::NerveSymptoms, "NerveSymptoms", from_dict: de; }

class! {
    core::routine::PlanReason, "PlanReason", from_dict: de;

    /// The choice this reason is for.
    #[getter(choice)]
    fn choice_of(&self) -> core::routine::PlanChoice {
        core::routine::PlanReason::choice(self)
    }

    /// The value chosen: a bool (`self_care`, `nerve_symptoms`), a `Side`,
    /// a `Phase`, the minutes, a list of `Equipment`, or a `Trend` or None.
    #[getter]
    fn value(&self) -> core::routine::Chosen {
        self.chosen.clone()
    }

    fn __str__(&self) -> String {
        format!("{}: {} ({})", core::routine::PlanReason::choice(self).id(), self.chosen, self.why)
    }
}

class! { core::interview::DroppedAnswer, "DroppedAnswer", from_dict: no_de; }
class! { core::document::LibraryInfo, "LibraryInfo", from_dict: no_de; }

class! { core::interview::RestoredAnswers, "RestoredAnswers", from_dict: no_de; }

class! { core::progress::ProgressConfig, "ProgressConfig", from_dict: de; }
class! { core::triage::Says, "Says", from_dict: de; }

// The knowledge records: the library makes them and the core has no reader
// for them, so `from_dict` finds the record of the knowledge base with that
// data (`known`), which is also how they unpickle.

class! { core::anatomy::MuscleRecord, "MuscleRecord", from_dict: known; }
class! { core::anatomy::MuscleAction, "MuscleAction", from_dict: known; }
class! { core::anatomy::LandmarkRecord, "LandmarkRecord", from_dict: known; }
class! { core::anatomy::SciaticNerveFacts, "SciaticNerveFacts", from_dict: known; }
class! { core::anatomy::Prevalence, "Prevalence", from_dict: known; }
class! { core::anatomy::NerveVariantRecord, "NerveVariantRecord", from_dict: known; }
class! { core::trigger_point::TriggerPointFacts, "TriggerPointFacts", from_dict: known; }
class! { core::trigger_point::TriggerPointKindRecord, "TriggerPointKindRecord", from_dict: known; }
class! { core::trigger_point::TriggerPointRecord, "TriggerPointRecord", from_dict: known; }
class! { core::trigger_point::Referral, "Referral", from_dict: known; }
class! { core::cause::CauseRecord, "CauseRecord", from_dict: known; }
class! { core::symptom::SymptomRecord, "SymptomRecord", from_dict: known; }
class! { core::symptom::AggravatorRecord, "AggravatorRecord", from_dict: known; }
class! { core::symptom::ComparisonRow, "ComparisonRow", from_dict: known; }
class! { core::symptom::MimicRecord, "MimicRecord", from_dict: known; }

class! {
    core::red_flag::RedFlagRecord, "RedFlagRecord", from_dict: known;

    /// The disposition a "yes" leads to at least, under the self-check policy.
    #[getter]
    fn tier(&self) -> core::Disposition {
        self.id.tier()
    }

    /// The disposition a "yes" leads to at least, under the clinician-referral policy.
    #[getter]
    fn clinician_tier(&self) -> core::Disposition {
        self.id
            .tier_under(core::triage::TriagePolicy::ClinicianReferral)
    }

    /// The questions this one follows up (asked only after a "yes" to one of them).
    #[getter]
    fn follow_up_of(&self) -> Option<core::RedFlag> {
        self.id.follow_up_of()
    }
}

class! {
    core::triage::Rule, "TriageRule", from_dict: known;

    /// Its tier under the self-check policy.
    #[getter]
    fn self_check(&self) -> core::Disposition {
        self.tier(core::triage::TriagePolicy::SelfCheck)
    }

    /// Its tier under the clinician-referral policy.
    #[getter]
    fn clinician_referral(&self) -> core::Disposition {
        self.tier(core::triage::TriagePolicy::ClinicianReferral)
    }
}

class! { core::triage::CautionRule, "CautionRule", from_dict: known; }
class! { core::exercise::ExerciseRecord, "ExerciseRecord", from_dict: known; }
class! { core::exercise::HabitRecord, "HabitRecord", from_dict: known; }
class! { core::exercise::EquipmentRecord, "EquipmentRecord", from_dict: known; }
class! { core::care::ProviderRecord, "ProviderRecord", from_dict: known; }
class! { core::care::ExamStepRecord, "ExamStepRecord", from_dict: known; }
class! { core::care::ClinicalTestRecord, "ClinicalTestRecord", from_dict: known; }
class! { core::care::TestAccuracy, "TestAccuracy", from_dict: known; }
class! { core::care::TreatmentRecord, "TreatmentRecord", from_dict: known; }
class! { core::care::MisconceptionRecord, "MisconceptionRecord", from_dict: known; }
class! { core::care::ResourceRecord, "ResourceRecord", from_dict: known; }
class! { core::care::Code, "Code", from_dict: known; }
class! { core::source::Reference, "Reference", from_dict: known; }
class! { core::vocab::VocabularyInfo, "VocabularyInfo", from_dict: known; }
class! { core::vocab::ValueInfo, "ValueInfo", from_dict: known; }

class! {
    core::vocab::ranges::Range, "Range", from_dict: known;

    /// What the range allows, as errors say it (their `allowed` attribute).
    #[getter(allowed)]
    fn allowed_text(&self) -> String {
        core::vocab::ranges::Range::allowed(*self)
    }

    fn __contains__(&self, value: &Bound<'_, PyAny>) -> bool {
        !value.is_instance_of::<PyBool>()
            && value.is_instance_of::<pyo3::types::PyInt>()
            && value.extract::<u64>().is_ok_and(|v| self.contains(v))
    }
}

// Adapters: shapes the core has as enum variants, generics or borrows.

/// The interview step "ask this question" (the core's `Step::Ask`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "step", rename = "ask")]
#[pyclass(frozen, get_all, module = "piriformis", name = "Ask")]
pub struct AskStep {
    /// The question to put.
    pub question: core::interview::QuestionView,
    /// How far the interview is.
    pub progress: core::interview::Progress,
}

/// The interview is over: the assessment built from the answers and its
/// triage (the core's `Step::Done`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "step", rename = "done")]
#[pyclass(frozen, get_all, module = "piriformis", name = "Done")]
pub struct DoneStep {
    /// The assessment built from the answers (`triage` takes it as it is).
    pub assessment: core::Assessment,
    /// Its triage.
    pub triage: core::triage::TriageResult,
    /// True when it ended before every question was asked: an emergency,
    /// or an urgent result that no answer left could raise.
    pub stopped_early: bool,
    /// How far the interview went.
    pub progress: core::interview::Progress,
    /// The questions not asked because no answer could make it more urgent.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub not_asked: Vec<core::interview::QuestionId>,
}

/// An interview step as its class: `Ask` or `Done`.
pub fn step_to_py(py: Python<'_>, step: core::interview::Step) -> PyResult<Bound<'_, PyAny>> {
    use core::interview::Step;
    match step {
        Step::Ask { question, progress } => AskStep { question, progress }.into_bound_py_any(py),
        Step::Done {
            assessment,
            triage,
            stopped_early,
            progress,
            not_asked,
        } => DoneStep {
            assessment,
            triage: *triage,
            stopped_early,
            progress,
            not_asked,
        }
        .into_bound_py_any(py),
    }
}

class! {
    AskStep, "Ask", from_dict: de;

    /// False: the interview goes on.
    #[getter]
    fn done(&self) -> bool {
        false
    }
}

class! {
    DoneStep, "Done", from_dict: de;

    /// True: the interview is over.
    #[getter]
    fn done(&self) -> bool {
        true
    }
}

/// The self-check's plan for today: its triage, the plan chosen from it
/// with a reason per choice, and the routine when self-care fits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[pyclass(frozen, get_all, module = "piriformis", name = "TodaysPlan")]
pub struct PlanResult {
    /// The triage the plan was made from.
    pub triage: core::triage::TriageResult,
    /// The plan: a `SelfCarePlan` (the routine request and its reasons) or a `CareFirstPlan`.
    pub plan: core::routine::TodaysPlan<'static>,
    /// Today's routine, or None when care comes first.
    pub routine: Option<core::routine::Routine>,
}

class! {
    PlanResult, "TodaysPlan", from_dict: de;

    /// Whether self-care fits today (otherwise see a clinician first).
    #[getter]
    fn allows_self_care(&self) -> bool {
        self.plan.allows_self_care()
    }

    /// One `PlanReason` per choice: which rule chose what, why, and its sources.
    #[getter]
    fn reasons(&self) -> Vec<core::routine::PlanReason> {
        use core::routine::TodaysPlan as P;
        match &self.plan {
            P::SelfCare { reasons, .. } | P::CareFirst { reasons, .. } => reasons.clone(),
        }
    }

    fn __str__(&self) -> String {
        self.plan.to_string()
    }

    /// The core's report, for Jupyter.
    fn _repr_html_(&self) -> String {
        html_of(&self.plan.to_string())
    }
}

/// A closed range of a dose: from `min` (starting out, or in a flare) to
/// `max` (reached by progression); the unit is the attribute's (`hold` in
/// seconds, `duration` in minutes). `span["min"]` reads like the old dict.
/// An adapter: the core's `Span<U>` is generic over its unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[pyclass(frozen, get_all, module = "piriformis", name = "Span")]
pub struct SpanValue {
    /// The low end.
    pub min: u16,
    /// The high end.
    pub max: u16,
}

class! {
    SpanValue, "Span", from_dict: de;

    fn __getitem__(&self, key: &str) -> PyResult<u16> {
        match key {
            "min" => Ok(self.min),
            "max" => Ok(self.max),
            _ => Err(pyo3::exceptions::PyKeyError::new_err(key.to_owned())),
        }
    }
}

impl<'py, U: Copy + Into<u16>> IntoPyObject<'py> for &core::units::Span<U> {
    type Target = PyAny;
    type Output = Bound<'py, PyAny>;
    type Error = PyErr;

    #[cfg(feature = "inspect")]
    const OUTPUT_TYPE: PyStaticExpr = <SpanValue as PyTypeInfo>::TYPE_HINT;

    fn into_pyobject(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        SpanValue {
            min: self.min.into(),
            max: self.max.into(),
        }
        .into_bound_py_any(py)
    }
}

impl<'py, U: Copy + Into<u16>> IntoPyObject<'py> for core::units::Span<U> {
    type Target = PyAny;
    type Output = Bound<'py, PyAny>;
    type Error = PyErr;

    #[cfg(feature = "inspect")]
    const OUTPUT_TYPE: PyStaticExpr = <SpanValue as PyTypeInfo>::TYPE_HINT;

    fn into_pyobject(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        (&self).into_pyobject(py)
    }
}

/// What today's routine is built from: side, phase, minutes, equipment,
/// nerve symptoms, trend and the triage. `routine` takes it as it is. An
/// adapter: the core's `RoutineRequest` borrows the triage it is gated by.
#[pyclass(frozen, module = "piriformis", name = "RoutineRequest")]
pub struct RoutineRequest(pub core::routine::RoutineRequest<'static>);

wrapper! {
    RoutineRequest wraps core::routine::RoutineRequest<'static>, "RoutineRequest",
    from_dict: de, from_json: de;
    repr [];

    /// The sore side.
    #[getter]
    fn side(&self) -> core::Side {
        self.0.side
    }

    /// New flare or ongoing tightness.
    #[getter]
    fn phase(&self) -> core::Phase {
        self.0.phase
    }

    /// Equipment at hand.
    #[getter]
    fn equipment(&self) -> Vec<core::Equipment> {
        self.0.equipment.clone()
    }

    /// Minutes available today.
    #[getter]
    fn minutes(&self) -> u16 {
        self.0.minutes
    }

    /// Whether to treat it as nerve symptoms.
    #[getter]
    fn nerve_symptoms(&self) -> bool {
        self.0.nerve_symptoms
    }

    /// The trend from the pain log, if known.
    #[getter]
    fn trend(&self) -> Option<core::progress::Trend> {
        self.0.trend
    }

    /// The triage the routine is gated by, if any.
    #[getter]
    fn triage(&self) -> Option<core::triage::TriageResult> {
        self.0.triage.as_deref().cloned()
    }
}

impl<'py> IntoPyObject<'py> for &core::routine::RoutineRequest<'static> {
    type Target = PyAny;
    type Output = Bound<'py, PyAny>;
    type Error = PyErr;

    #[cfg(feature = "inspect")]
    const OUTPUT_TYPE: PyStaticExpr = <RoutineRequest as PyTypeInfo>::TYPE_HINT;

    fn into_pyobject(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        RoutineRequest(self.clone()).into_bound_py_any(py)
    }
}

by_value!(core::routine::RoutineRequest<'static>);

// Tagged unions: one frozen class per variant, each with a `kind` (the
// variant's JSON tag) and the variant's own fields, and a `Union` alias in
// the package (`Source = Union[Guide, Cited, ProjectDefault]`), as for
// `Step = Union[Ask, Done]`. Chosen over a pyo3 complex enum: a complex
// enum's fields must be Python objects, so the class could not hold the
// core's value (equality, hashing and `to_dict` would be rebuilt by hand),
// and its nested variant classes would read differently from the rest of
// the package. Each class wraps the core enum value, so `to_dict()` is the
// core's serde shape exactly (a dict, or a str for a variant with no data).

/// One class per variant of a core tagged union, with `kind`, the variant's
/// fields and the common methods. `from_dict` reads the union and checks
/// that the variant is the class's own.
macro_rules! variants {
    (
        $ty:ty;
        $(
            $(#[$doc:meta])*
            $py:ident($name:literal, $kind:literal) = $pat:pat,
            { $( $(#[$fdoc:meta])* $field:ident -> $fty:ty: $bind:pat => $val:expr ),* $(,)? }
        )*
    ) => {
        impl<'py> IntoPyObject<'py> for &$ty {
            type Target = PyAny;
            type Output = Bound<'py, PyAny>;
            type Error = PyErr;

            #[cfg(feature = "inspect")]
            const OUTPUT_TYPE: PyStaticExpr = type_hint_union!($(<$py as PyTypeInfo>::TYPE_HINT),*);

            #[allow(clippy::clone_on_copy)]
            fn into_pyobject(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                match self {
                    $( $pat => Ok(Bound::new(py, $py(self.clone()))?.into_any()), )*
                }
            }
        }

        by_value!($ty);

        $(
            $(#[$doc])*
            #[pyclass(frozen, module = "piriformis", name = $name)]
            pub struct $py(pub $ty);

            impl $py {
                /// Reads the union from JSON text, and checks the variant is this class's.
                fn variant(py: Python<'_>, text: &Bound<'_, PyAny>) -> PyResult<$ty> {
                    let v: $ty = de(py, text)?;
                    if matches!(v, $pat) {
                        Ok(v)
                    } else {
                        let found = to_plain(py, &v)?.repr()?.to_string();
                        Err(crate::python::errors::InvalidInputError::new_err(format!(
                            "{}: not a {} ({})",
                            $name,
                            $kind,
                            core::cell::cut(&found, core::cell::MAX_ECHO)
                        )))
                    }
                }
            }

            wrapper! {
                $py wraps $ty, $name,
                from_dict: |py: Python<'_>, data: &Bound<'_, PyAny>| -> PyResult<$ty> {
                    $py::variant(py, &as_text(data)?)
                },
                from_json: $py::variant;
                repr [ $(stringify!($field)),* ];

                /// Which variant this is: its tag in the JSON.
                #[getter]
                fn kind(&self) -> &'static str {
                    $kind
                }

                $(
                    $(#[$fdoc])*
                    #[getter]
                    fn $field(&self) -> PyResult<$fty> {
                        #[allow(unreachable_patterns, clippy::clone_on_copy)]
                        match &self.0 {
                            $bind => Ok($val.clone()),
                            _ => Err(PyTypeError::new_err(concat!("not a ", $kind))),
                        }
                    }
                )*
            }
        )*
    };
}
variants! {
    core::Source;
    /// A fact's source: a section of the guide.
    Guide("Guide", "guide") = core::Source::Guide(_),
    {
        /// The guide section.
        section -> core::GuideSection: core::Source::Guide(s) => s,
    }
    /// A fact's source: a cited clinical reference.
    Cited("Cited", "cited") = core::Source::Cited(_),
    {
        /// The citation (its full reference is in `knowledge().citations`).
        citation -> core::Citation: core::Source::Cited(c) => c,
    }
    /// A fact's source: a choice this project made where no source gives a number.
    ProjectDefault("ProjectDefault", "project_default") = core::Source::ProjectDefault,
    {}
}

variants! {
    core::triage::Evidence;
    /// A feature found: this makes the pain worse.
    WorseWith("WorseWith", "worse_with") = core::triage::Evidence::WorseWith(_),
    {
        /// What makes it worse.
        aggravator -> core::Aggravator: core::triage::Evidence::WorseWith(a) => a,
    }
    /// A feature found: it is tender here.
    Tender("Tender", "tender") = core::triage::Evidence::Tender(_),
    {
        /// Where it is tender.
        area -> core::TenderArea: core::triage::Evidence::Tender(t) => t,
    }
    /// A feature found: a red flag that points to the spine.
    Sign("Sign", "sign") = core::triage::Evidence::Sign(_),
    {
        /// The red flag.
        red_flag -> core::RedFlag: core::triage::Evidence::Sign(f) => f,
    }
}

variants! {
    core::progress::Finding;
    /// A finding of the pain log: self-care for some weeks without improving.
    NoImprovement("NoImprovement", "no_improvement") = core::progress::Finding::NoImprovement { .. },
    {
        /// Weeks of self-care logged.
        weeks -> u16: core::progress::Finding::NoImprovement { weeks } => weeks,
    }
    /// A finding of the pain log: flares keep coming back.
    KeepsComingBack("KeepsComingBack", "keeps_coming_back") = core::progress::Finding::KeepsComingBack { .. },
    {
        /// Flares counted in the recurrence window.
        flares -> u16: core::progress::Finding::KeepsComingBack { flares } => flares,
    }
}

variants! {
    core::units::Frequency;
    /// How often: every day.
    Daily("Daily", "daily") = core::units::Frequency::Daily,
    {}
    /// How often: some days a week.
    DaysPerWeek("DaysPerWeek", "days_per_week") = core::units::Frequency::DaysPerWeek { .. },
    {
        /// How many days a week.
        days -> u8: core::units::Frequency::DaysPerWeek { days } => days,
    }
    /// How often: whenever it is needed.
    AsNeeded("AsNeeded", "as_needed") = core::units::Frequency::AsNeeded,
    {}
    /// How often: all through the day, as a habit.
    Throughout("Throughout", "throughout") = core::units::Frequency::Throughout,
    {}
}

variants! {
    core::routine::TodaysPlan<'static>;
    /// Today's plan when self-care fits: the routine request and one reason per choice.
    SelfCarePlan("SelfCarePlan", "self_care") = core::routine::TodaysPlan::SelfCare { .. },
    {
        /// What today's routine is built from.
        request -> core::routine::RoutineRequest<'static>: core::routine::TodaysPlan::SelfCare { request, .. } => request.as_ref(),
        /// One reason per choice, in `PlanChoice` order.
        reasons -> Vec<core::routine::PlanReason>: core::routine::TodaysPlan::SelfCare { reasons, .. } => reasons,
    }
    /// Today's plan when the triage asks for care first: no routine today.
    CareFirstPlan("CareFirstPlan", "care_first") = core::routine::TodaysPlan::CareFirst { .. },
    {
        /// The disposition that holds the routine back.
        disposition -> core::Disposition: core::routine::TodaysPlan::CareFirst { disposition, .. } => disposition,
        /// The triage's reasons for it, joined.
        why -> String: core::routine::TodaysPlan::CareFirst { why, .. } => why,
        /// The reason for this outcome.
        reasons -> Vec<core::routine::PlanReason>: core::routine::TodaysPlan::CareFirst { reasons, .. } => reasons,
    }
}

/// A class over a core enum of the rule tables: `kind` (its JSON tag) and
/// the getters given, with the common methods. `from_dict` finds the
/// record of the knowledge base with that data.
macro_rules! tagged {
    (
        $(#[$doc:meta])*
        $py:ident($name:literal) wraps $ty:ty;
        repr [ $( $rf:expr ),* ];
        $($extra:tt)*
    ) => {
        $(#[$doc])*
        #[pyclass(frozen, module = "piriformis", name = $name)]
        pub struct $py(pub $ty);

        impl<'py> IntoPyObject<'py> for &$ty {
            type Target = PyAny;
            type Output = Bound<'py, PyAny>;
            type Error = PyErr;

            #[cfg(feature = "inspect")]
            const OUTPUT_TYPE: PyStaticExpr = <$py as PyTypeInfo>::TYPE_HINT;

            fn into_pyobject(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                Ok(Bound::new(py, $py(*self))?.into_any())
            }
        }

        by_value!($ty);

        wrapper! {
            $py wraps $ty, $name,
            from_dict: |py: Python<'_>, data: &Bound<'_, PyAny>| -> PyResult<$ty> {
                known(py, &as_text(data)?)
            },
            from_json: known::<$ty>;
            repr [ $($rf),* ];
            $($extra)*
        }
    };
}

tagged! {
    /// When a triage rule fires: `kind` says which test, `value` what it
    /// tests (a red flag, nerve sign, aggravator, tender area, score, weeks,
    /// disposition, or a list of conditions for `all`/`any`; None when the
    /// test takes nothing).
    Condition("Condition") wraps core::triage::Condition;
    repr ["kind", "value"];

    /// Which test: the condition's JSON tag.
    #[getter]
    fn kind(&self) -> String {
        tag_of(&self.0)
    }

    /// What it tests, typed (None for a test that takes nothing).
    #[getter]
    fn value<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        use core::triage::Condition as C;
        match self.0 {
            C::Flag(f) | C::NotAbsent(f) => f.into_bound_py_any(py),
            C::Worsening(s) | C::NervePresent(s) => s.into_bound_py_any(py),
            C::WorseWith(a) => a.into_bound_py_any(py),
            C::Tender(t) => t.into_bound_py_any(py),
            C::PainAtLeast(n) | C::AgeAtLeast(n) => n.into_bound_py_any(py),
            C::NoImprovementAfterWeeks(w) => w.into_bound_py_any(py),
            C::RedFlagUnanswered(d) => d.into_bound_py_any(py),
            C::All(cs) | C::Any(cs) => cs.into_bound_py_any(py),
            C::Radicular | C::AgeUnknown | C::AfterFall | C::Recurring => {
                Ok(py.None().into_bound(py))
            }
        }
    }
}

tagged! {
    /// When a caution is shown: `kind` says which test, `value` what it
    /// tests (a disposition, nerve sign or score; None when it takes nothing).
    CautionWhen("CautionWhen") wraps core::triage::CautionWhen;
    repr ["kind", "value"];

    /// Which test: its JSON tag.
    #[getter]
    fn kind(&self) -> String {
        tag_of(&self.0)
    }

    /// What it tests, typed (None for a test that takes nothing).
    #[getter]
    fn value<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        use core::triage::CautionWhen as W;
        match self.0 {
            W::Below(d) => d.into_bound_py_any(py),
            W::NervePresent(s) => s.into_bound_py_any(py),
            W::PainAtLeast(n) => n.into_bound_py_any(py),
            W::SelfCareAllowed | W::AnyNerveSign | W::OpenQuestions => {
                Ok(py.None().into_bound(py))
            }
        }
    }
}

tagged! {
    /// What to do with an exercise when there are nerve symptoms: `kind` is
    /// `as_usual` or `gentle`, and `how` says how when gentle.
    NerveAdvice("NerveAdvice") wraps core::exercise::NerveAdvice;
    repr ["kind", "how"];

    /// `as_usual` or `gentle` (the JSON's `advice`).
    #[getter]
    fn kind(&self) -> &'static str {
        match self.0 {
            core::exercise::NerveAdvice::AsUsual => "as_usual",
            core::exercise::NerveAdvice::Gentle(_) => "gentle",
        }
    }

    /// How to do it gently, or None.
    #[getter]
    fn how(&self) -> Option<&'static str> {
        match self.0 {
            core::exercise::NerveAdvice::Gentle(how) => Some(how),
            core::exercise::NerveAdvice::AsUsual => None,
        }
    }
}

/// The whole knowledge base (the core's `KnowledgeBase`, every record
/// typed), made once: get it with `knowledge()`.
#[pymethods]
impl core::KnowledgeBase {
    /// The knowledge base (the same object as `knowledge()`).
    #[staticmethod]
    #[pyo3(name = "get")]
    fn py_get(py: Python<'_>) -> PyResult<Py<core::KnowledgeBase>> {
        knowledge(py)
    }

    /// Plain Python data in the core's JSON shape (as `knowledge_json()`).
    #[pyo3(name = "to_dict")]
    fn py_to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_plain(py, self)
    }

    /// JSON text in the core's shape.
    #[pyo3(name = "to_json", signature = (indent=None))]
    fn py_to_json(&self, indent: Option<usize>) -> PyResult<String> {
        let text = match indent {
            None => serde_json::to_string(self),
            Some(_) => serde_json::to_string_pretty(self),
        };
        text.map_err(|e| PyTypeError::new_err(e.to_string()))
    }

    fn __eq__(slf: &Bound<'_, Self>, other: &Bound<'_, PyAny>) -> bool {
        slf.is(other)
    }

    fn __hash__(&self) -> u64 {
        hash_of(&self.schema_version)
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, ())> {
        Ok((slf.get_type().getattr("get")?, ()))
    }

    fn __repr__(&self) -> String {
        format!(
            "KnowledgeBase(schema_version={:?}, muscles={}, red_flags={}, exercises={}, citations={}, ...)",
            self.schema_version,
            self.muscles.len(),
            self.red_flags.len(),
            self.exercises.len(),
            self.citations.len(),
        )
    }
}

/// The whole knowledge base as typed records (made once, then the same object).
#[pyfunction]
pub fn knowledge(py: Python<'_>) -> PyResult<Py<core::KnowledgeBase>> {
    static KB: PyOnceLock<Py<core::KnowledgeBase>> = PyOnceLock::new();
    KB.get_or_try_init(py, || Py::new(py, core::KnowledgeBase::get().clone()))
        .map(|kb| kb.clone_ref(py))
}
