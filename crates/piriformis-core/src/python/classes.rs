//! Typed result classes: each wraps the core's own value and hands out real
//! Python values on attribute access (vocabulary enums from `piriformis._enums`,
//! `datetime.date`, lists, ints, nested result classes). No JSON text crosses
//! the boundary: inputs are walked as Python objects, results stay Rust values
//! until an attribute is read.
//!
//! Every class has `to_dict()` / `to_json()` (the core's JSON shape),
//! `from_dict()` / `from_json()`, equality, hashing, pickling and a `repr`;
//! the classes with a text report in the core (`Display`) also have `__str__`
//! and `_repr_html_`, both the core's report.

use std::borrow::Cow;
use std::hash::{Hash, Hasher};

use crate as core;
use crate::vocab::Vocabulary;
use chrono::{Datelike, NaiveDate};
use pyo3::IntoPyObjectExt;
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBool, PyDate, PyDict, PyList, PyString};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::python::read::de;

/// A Rust value as a Python value.
pub trait ToPy {
    /// The Python value.
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>>;
}

macro_rules! plain_to_py {
    ($($t:ty),*) => {$(
        impl ToPy for $t {
            fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                self.clone().into_bound_py_any(py)
            }
        }
    )*};
}
plain_to_py!(bool, u8, u16, u32, u64, i64, f64, String);

impl ToPy for Cow<'static, str> {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(PyString::new(py, self).into_any())
    }
}

impl ToPy for &'static str {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(PyString::new(py, self).into_any())
    }
}

impl<T: ToPy> ToPy for Option<T> {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        match self {
            Some(v) => v.to_py(py),
            None => Ok(py.None().into_bound(py)),
        }
    }
}

impl<T: ToPy> ToPy for [T] {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let items = self
            .iter()
            .map(|v| v.to_py(py))
            .collect::<PyResult<Vec<_>>>()?;
        Ok(PyList::new(py, items)?.into_any())
    }
}

impl<T: ToPy> ToPy for Vec<T> {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.as_slice().to_py(py)
    }
}

impl<T: ToPy + Clone> ToPy for Cow<'static, [T]> {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.as_ref().to_py(py)
    }
}

impl<T: ToPy> ToPy for &'static [T] {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        (**self).to_py(py)
    }
}

impl ToPy for core::anatomy::Percent {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.to_py(py)
    }
}

impl<T: ToPy> ToPy for Box<T> {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.as_ref().to_py(py)
    }
}

impl ToPy for NaiveDate {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        // Chrono's months and days always fit a byte.
        let month = u8::try_from(self.month()).unwrap_or(1);
        let day = u8::try_from(self.day()).unwrap_or(1);
        Ok(PyDate::new(py, self.year(), month, day)?.into_any())
    }
}

/// The `piriformis._enums` class of a vocabulary.
fn enum_class<'py>(py: Python<'py>, name: &str) -> PyResult<Bound<'py, PyAny>> {
    py.import("piriformis._enums")?.getattr(name)
}

/// Vocabularies become members of their generated enum (one definition: the
/// core's list, written out by `scripts/gen_py_enums.py`). Members are looked
/// up once per vocabulary and kept in core order.
macro_rules! vocab_to_py {
    ($($t:path),* $(,)?) => {$(
        impl ToPy for $t {
            fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                static MEMBERS: PyOnceLock<Vec<Py<PyAny>>> = PyOnceLock::new();
                let members = MEMBERS.get_or_try_init(py, || -> PyResult<_> {
                    let class = enum_class(py, <$t as Vocabulary>::NAME)?;
                    <$t as Vocabulary>::ALL
                        .iter()
                        .map(|v| class.call1((v.id(),)).map(Bound::unbind))
                        .collect()
                })?;
                let i = <$t as Vocabulary>::ALL
                    .iter()
                    .position(|v| v == self)
                    .unwrap_or_default();
                match members.get(i) {
                    Some(m) => Ok(m.bind(py).clone()),
                    None => Err(PyTypeError::new_err(format!("no member for {}", self.id()))),
                }
            }
        }
    )*};
}
// Every vocabulary of the core, from its one list.
core::for_each_vocabulary!(vocab_to_py);

/// Shapes without a class of their own are given as their JSON shape (a
/// dict or a str): answers by question id (the mapping `next_step` takes),
/// and two plain ids that are not vocabularies (laterality and the kind of a
/// reference), typed as aliases in the stubs.
macro_rules! serde_to_py {
    ($($t:ty),* $(,)?) => {$(
        impl ToPy for $t {
            fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                to_plain(py, self)
            }
        }
    )*};
}
serde_to_py!(
    core::units::Laterality,
    core::source::ReferenceKind,
    core::interview::Answers,
);

impl ToPy for core::triage::RedFlagAnswers {
    /// `{RedFlag: Answer}` for the flags answered, in the core's order.
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let d = PyDict::new(py);
        for (flag, answer) in self.iter() {
            d.set_item(flag.to_py(py)?, answer.to_py(py)?)?;
        }
        Ok(d.into_any())
    }
}

impl ToPy for Cow<'static, core::triage::TriageResult> {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.as_ref().to_py(py)
    }
}

impl ToPy for core::routine::Chosen {
    /// The value alone: a bool, a `Side`, `Phase` or `Trend` (or None), the
    /// minutes, or a list of `Equipment`.
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        use core::routine::Chosen as C;
        match self {
            C::SelfCare(b) | C::NerveSymptoms(b) => b.to_py(py),
            C::Side(s) => s.to_py(py),
            C::Phase(p) => p.to_py(py),
            C::Minutes(m) => m.to_py(py),
            C::Equipment(e) => e.to_py(py),
            C::Trend(t) => t.to_py(py),
        }
    }
}

/// A core type read from Python by its own checked reader (the one the
/// functions taking it use), rather than by serde alone.
pub trait Checked: Sized {
    /// Reads the value, with errors that name the field.
    fn read(obj: &Bound<'_, PyAny>) -> Result<Self, core::Error>;
}

impl Checked for core::Assessment {
    /// By the core's checked reader of an assessment document: a red flag
    /// answered "present" keeps its floor in the error, whatever else is wrong.
    fn read(obj: &Bound<'_, PyAny>) -> Result<Self, core::Error> {
        if let Ok(a) = obj.cast::<Assessment>() {
            return Ok(a.get().0.clone());
        }
        let text = match obj.cast::<PyString>() {
            Ok(s) => s
                .to_cow()
                .map(|t| t.into_owned())
                .map_err(|_| core::Error::Json {
                    message: "not valid text".into(),
                })?,
            Err(_) => crate::python::read::py_to_value("", obj)?.to_string(),
        };
        core::Assessment::from_json(&text)
    }
}

/// `from_dict` by the type's checked reader.
pub fn checked<T: Checked>(py: Python<'_>, data: &Bound<'_, PyAny>) -> PyResult<T> {
    T::read(data).map_err(|e| crate::python::errors::to_py(py, e))
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

/// Any serializable value as plain Python data (its JSON shape).
pub fn to_plain<'py, T: Serialize>(py: Python<'py>, v: &T) -> PyResult<Bound<'py, PyAny>> {
    let value = serde_json::to_value(v).map_err(|e| PyTypeError::new_err(e.to_string()))?;
    value_to_py(py, &value)
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

/// `Name(field=repr, ...)`, each repr cut to a readable length.
pub fn repr_of(name: &str, fields: &[(&str, Bound<'_, PyAny>)]) -> PyResult<String> {
    let mut parts = Vec::new();
    for (k, v) in fields {
        let r = v.repr()?.to_string();
        let r = match r.char_indices().nth(60) {
            Some((i, _)) => format!("{}...", &r[..i]),
            None => r,
        };
        parts.push(format!("{k}={r}"));
    }
    Ok(format!("{name}({})", parts.join(", ")))
}

/// The core's text report as a `<pre>` block for Jupyter.
pub fn html_of(text: &str) -> String {
    let escaped = core::html::escape(text);
    format!("<pre style=\"white-space: pre-wrap\">{escaped}</pre>")
}

/// The common methods of every class: dicts, JSON, reading back, equality,
/// hashing, pickling (through `from_json`) and a `repr` over some getters.
/// `$de` reads the wrapped value back from a dict or JSON text.
macro_rules! class_methods {
    (
        $py:ident($name:literal) wraps $ty:ty, from_dict: $de:expr;
        repr [ $( $rf:ident ),* ];
        $($extra:tt)*
    ) => {
        class_methods! {
            $py($name) wraps $ty, from_dict: $de, from_json: $de;
            repr [ $($rf),* ];
            $($extra)*
        }
    };
    (
        $py:ident($name:literal) wraps $ty:ty, from_dict: $de:expr, from_json: $dj:expr;
        repr [ $( $rf:ident ),* ];
        $($extra:tt)*
    ) => {
        #[pymethods]
        impl $py {
            /// Plain Python data in the core's JSON shape (ids as str, dates as YYYY-MM-DD).
            fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                to_plain(py, &self.0)
            }

            /// JSON text in the core's shape.
            #[pyo3(signature = (indent=None))]
            fn to_json(&self, indent: Option<usize>) -> PyResult<String> {
                let text = match indent {
                    None => serde_json::to_string(&self.0),
                    Some(_) => serde_json::to_string_pretty(&self.0),
                };
                text.map_err(|e| PyTypeError::new_err(e.to_string()))
            }

            /// Builds the value back from `to_dict()` output (or any dict of that shape).
            #[staticmethod]
            fn from_dict(py: Python<'_>, data: &Bound<'_, PyAny>) -> PyResult<Self> {
                ($de)(py, data).map($py)
            }

            /// Builds the value back from `to_json()` output.
            #[staticmethod]
            fn from_json(py: Python<'_>, text: &Bound<'_, PyString>) -> PyResult<Self> {
                ($dj)(py, text.as_any()).map($py)
            }

            fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
                other.cast::<Self>().is_ok_and(|o| o.get().0 == self.0)
            }

            fn __hash__(&self) -> u64 {
                hash_of(&self.0)
            }

            fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, (String,))> {
                let text = serde_json::to_string(&slf.get().0)
                    .map_err(|e| PyTypeError::new_err(e.to_string()))?;
                Ok((slf.get_type().getattr("from_json")?, (text,)))
            }

            fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
                let _ = py;
                repr_of($name, &[$( (stringify!($rf), self.$rf(py)?) ),*])
            }

            $($extra)*
        }
    };
}

/// A result class over a core type: getters for its fields, and the common
/// methods (dicts, JSON, equality, hashing, pickling, repr).
macro_rules! record {
    (
        $(#[$doc:meta])*
        $py:ident($name:literal) wraps $ty:ty, from_dict: $de:ident;
        { $( $(#[$fdoc:meta])* $field:ident ),* $(,)? }
        $( extra { $($extra:tt)* } )?
    ) => {
        $(#[$doc])*
        #[pyclass(frozen, module = "piriformis", name = $name)]
        pub struct $py(pub $ty);

        impl ToPy for $ty {
            fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                Ok(Bound::new(py, $py(self.clone()))?.into_any())
            }
        }

        impl ToPy for &'static $ty {
            fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                (**self).to_py(py)
            }
        }

        class_methods! {
            $py($name) wraps $ty, from_dict: $de::<$ty>;
            repr [ $($field),* ];
            $(
                $(#[$fdoc])*
                #[getter]
                fn $field<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                    ToPy::to_py(&self.0.$field, py)
                }
            )*
            $($($extra)*)?
        }
    };
}

record! {
    /// The result of `triage`: how soon to get care, why, the likely source
    /// and the cautions.
    TriageResult("TriageResult") wraps core::triage::TriageResult, from_dict: de;
    {
        /// The policy whose tiers were used.
        policy,
        /// How soon to get care: the highest tier among the fired rules.
        disposition,
        /// What to do, in plain words.
        action,
        /// True when open questions (red flags or nerve signs) could still raise the result.
        provisional,
        /// Every rule that fired, highest disposition first.
        fired,
        /// Where the pain most likely comes from.
        likely_source,
        /// Cautions to show.
        cautions,
        /// Red-flag questions still open whose "yes" would raise the result.
        unanswered,
        /// Nerve questions unanswered or "not sure" whose worst answer would raise the result.
        unanswered_nerve,
        /// The not-medical-advice notice.
        notice,
        /// The version of the rule table that gave this result.
        rules_version,
    }
    extra {
        /// The ids of the fired rules, highest disposition first.
        #[getter]
        fn rule_ids<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
            self.0.fired.iter().map(|f| f.id).collect::<Vec<_>>().to_py(py)
        }

        /// The serious causes behind the fired rules, each once.
        #[getter]
        fn pathways<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
            self.0.pathways().to_py(py)
        }

        fn __str__(&self) -> String {
            self.0.to_string()
        }

        /// The core's HTML report, for Jupyter.
        fn _repr_html_(&self) -> String {
            core::html::ToHtml::to_html(&self.0)
        }
    }
}

record! {
    /// A rule that fired, with its reason and sources.
    FiredRule("FiredRule") wraps core::triage::FiredRule, from_dict: de;
    {
        /// The rule's id.
        id,
        /// The serious cause it stands for.
        pathway,
        /// The disposition it sets at least, under the policy used.
        disposition,
        /// Why, in plain words.
        text,
        /// Where its tier comes from (each a `Guide`, `Cited` or `ProjectDefault`).
        sources,
    }
}

record! {
    /// A caution to show, with its text.
    CautionNote("CautionNote") wraps core::triage::CautionNote, from_dict: de;
    {
        /// Its id.
        id,
        /// The text.
        text,
    }
}

record! {
    /// The likely source of the pain, with the features for each side.
    SourceAssessment("SourceAssessment") wraps core::triage::SourceAssessment, from_dict: de;
    {
        /// Piriformis, spinal, mixed or unclear.
        verdict,
        /// Features that point to the piriformis (each a `WorseWith`, `Tender` or `Sign`).
        piriformis,
        /// Features that point to the spine (each a `WorseWith`, `Tender` or `Sign`).
        spinal,
        /// Why, in plain words, with the counts.
        explanation,
    }
}

/// The interview step "ask this question" (the core's `Step::Ask`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "step", rename = "ask")]
pub struct AskStep {
    question: core::interview::QuestionView,
    progress: core::interview::Progress,
}

/// The interview step "done" (the core's `Step::Done`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "step", rename = "done")]
pub struct DoneStep {
    assessment: core::Assessment,
    triage: Box<core::triage::TriageResult>,
    stopped_early: bool,
    progress: core::interview::Progress,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    not_asked: Vec<core::interview::QuestionId>,
}

/// An interview step as its class: `Ask` or `Done`.
pub fn step_to_py(py: Python<'_>, step: core::interview::Step) -> PyResult<Bound<'_, PyAny>> {
    use core::interview::Step;
    match step {
        Step::Ask { question, progress } => AskStep { question, progress }.to_py(py),
        Step::Done {
            assessment,
            triage,
            stopped_early,
            progress,
            not_asked,
        } => DoneStep {
            assessment,
            triage,
            stopped_early,
            progress,
            not_asked,
        }
        .to_py(py),
    }
}

record! {
    /// The next interview step: ask this question.
    Ask("Ask") wraps AskStep, from_dict: de;
    {
        /// The question to put.
        question,
        /// How far the interview is.
        progress,
    }
    extra {
        /// False: the interview goes on.
        #[getter]
        fn done(&self) -> bool {
            false
        }
    }
}

record! {
    /// The interview is over: the assessment built from the answers and its triage.
    Done("Done") wraps DoneStep, from_dict: de;
    {
        /// The assessment built from the answers (`triage` takes it as it is).
        assessment,
        /// Its triage.
        triage,
        /// True when it ended before every question was asked: an emergency,
        /// or an urgent result that no answer left could raise.
        stopped_early,
        /// How far the interview went.
        progress,
        /// The questions not asked because no answer could make it more urgent.
        not_asked,
    }
    extra {
        /// True: the interview is over.
        #[getter]
        fn done(&self) -> bool {
            true
        }
    }
}

record! {
    /// A question ready to show: its prompt, help, kind and choices.
    Question("Question") wraps core::interview::QuestionView, from_dict: de;
    {
        /// Its id, the key of its answer.
        id,
        /// The question.
        prompt,
        /// A line of help.
        help,
        /// What kind of answer it takes.
        kind,
        /// The choices of a one-of or several-of question.
        choices,
        /// The disposition a "yes" leads to at least.
        tier,
        /// True when asked a second time after "not sure": the help is a check to do now.
        again,
    }
}

record! {
    /// One choice of a one-of or several-of question.
    Choice("Choice") wraps core::interview::Choice, from_dict: de;
    {
        /// The id to send back.
        id,
        /// The label to show.
        label,
    }
}

record! {
    /// How far the interview is.
    Progress("Progress") wraps core::interview::Progress, from_dict: de;
    {
        /// Questions asked so far.
        asked,
        /// Questions left at most.
        remaining_at_most,
    }
}

record! {
    /// Today's routine: ordered steps with dosage, time and stop-if cues.
    Routine("Routine") wraps core::routine::Routine, from_dict: de;
    {
        /// Gentle, standard or progressed.
        level,
        /// Why that level.
        level_reason,
        /// The exercises, in order.
        steps,
        /// Time the steps take, in seconds.
        total_seconds,
        /// The time asked for, in seconds.
        budget_seconds,
        /// Exercises left out, with the reason.
        skipped,
        /// Safety gates that held something back.
        gates,
        /// Habits for the day.
        habits,
        /// The week around today's routine.
        weekly_plan,
        /// Cautions, in plain words.
        cautions,
        /// The not-medical-advice notice.
        notice,
    }
    extra {
        fn __str__(&self) -> String {
            self.0.to_string()
        }

        /// The core's HTML report, for Jupyter.
        fn _repr_html_(&self) -> String {
            core::html::ToHtml::to_html(&self.0)
        }
    }
}

record! {
    /// One exercise of a routine.
    RoutineStep("RoutineStep") wraps core::routine::RoutineStep, from_dict: de;
    {
        /// Its place in the routine, from 1.
        order,
        /// The exercise.
        exercise,
        /// Its name.
        name,
        /// Its stage.
        stage,
        /// How much, how long, which side, how often.
        dosage,
        /// The sides to do.
        sides,
        /// Time it takes, in seconds.
        seconds,
        /// How to do it, step by step.
        how_to,
        /// Stop if any of these happens.
        stop_if,
        /// What it should feel like.
        feel,
        /// A note for nerve symptoms, if any.
        nerve_note,
    }
}

record! {
    /// A dose: hold, duration, repetitions and sets (each a `Span` or None),
    /// laterality and frequency.
    Dosage("Dosage") wraps core::Dosage, from_dict: de;
    {
        /// Hold, in seconds.
        hold,
        /// Duration, in minutes.
        duration,
        /// Repetitions.
        reps,
        /// Sets.
        sets,
        /// Which side(s).
        laterality,
        /// How often: `Daily`, `DaysPerWeek`, `AsNeeded` or `Throughout`.
        frequency,
    }
    extra {
        fn __str__(&self) -> String {
            self.0.to_string()
        }

        /// The core's report, for Jupyter.
        fn _repr_html_(&self) -> String {
            html_of(&self.0.to_string())
        }
    }
}

record! {
    /// An exercise left out of the routine, and why.
    Skipped("Skipped") wraps core::routine::Skipped, from_dict: de;
    {
        /// The exercise.
        exercise,
        /// Why it was left out.
        reason,
    }
}

record! {
    /// A safety gate that held something back.
    GateNote("GateNote") wraps core::routine::GateNote, from_dict: de;
    {
        /// Its id.
        id,
        /// The text.
        text,
    }
}

record! {
    /// The week around today's routine.
    WeeklyPlan("WeeklyPlan") wraps core::routine::WeeklyPlan, from_dict: de;
    {
        /// Exercises for every day.
        daily,
        /// Exercises for three days a week.
        three_days_a_week,
        /// Exercises for when needed.
        as_needed,
        /// How to progress each exercise.
        progression,
        /// What to do in a flare.
        in_a_flare,
    }
}

record! {
    /// How to progress one exercise.
    Progression("Progression") wraps core::routine::Progression, from_dict: de;
    {
        /// The exercise.
        exercise,
        /// The dose now.
        now,
        /// The next dose.
        next,
        /// How to get there.
        how,
    }
}

record! {
    /// The analysis of a pain log: trend with its numbers, flares, findings.
    ProgressReport("ProgressReport") wraps core::progress::ProgressReport, from_dict: de;
    {
        /// Entries read.
        entries,
        /// The first date logged.
        first_date,
        /// The last date logged.
        last_date,
        /// Improving, stable, worsening, or not enough data.
        trend,
        /// Mean pain of the recent window.
        recent_mean,
        /// Mean pain of the window before.
        earlier_mean,
        /// Recent mean minus earlier mean.
        change,
        /// Flares found.
        flares,
        /// Whether a flare is going on now.
        in_flare_now,
        /// Weeks of self-care logged.
        self_care_weeks,
        /// Share of days with the routine done, in percent.
        routine_days_percent,
        /// Findings that feed back into triage (each a `NoImprovement` or `KeepsComingBack`).
        findings,
        /// The report in plain words.
        summary,
    }
    extra {
        fn __str__(&self) -> String {
            self.0.summary.clone()
        }

        /// The core's HTML report, for Jupyter.
        fn _repr_html_(&self) -> String {
            core::html::ToHtml::to_html(&self.0)
        }
    }
}

record! {
    /// A flare: a run of days with pain well above the baseline.
    Flare("Flare") wraps core::progress::Flare, from_dict: de;
    {
        /// First day.
        start,
        /// Last day.
        end,
        /// Highest pain.
        peak,
    }
}

record! {
    /// Which trigger points could explain pain in some regions, best first.
    Lookup("Lookup") wraps core::lookup::Lookup, from_dict: de;
    {
        /// Trigger points that could explain the pain, best first.
        candidates,
        /// Regions no trigger point explains, with what to consider.
        unexplained,
    }
}

record! {
    /// A trigger point that could explain the pain.
    Candidate("Candidate") wraps core::lookup::Candidate, from_dict: de;
    {
        /// The trigger point.
        trigger_point,
        /// Its muscle.
        muscle,
        /// The sides.
        sides,
        /// Regions in its essential pain zone.
        essential,
        /// Regions in its spillover zone.
        spillover,
        /// Why, in plain words.
        explanation,
    }
}

record! {
    /// A region no trigger point explains, with what to consider.
    Unexplained("Unexplained") wraps core::lookup::Unexplained, from_dict: de;
    {
        /// The region.
        region,
        /// Conditions to consider.
        consider,
    }
}

record! {
    /// What the person reported: the input of `triage`, as a class. Every
    /// function that takes an assessment dict takes this too.
    Assessment("Assessment") wraps core::Assessment, from_dict: checked;
    {
        /// Which side hurts, or None if not answered.
        side,
        /// Pain now, 0-10, or None.
        pain_now,
        /// Where it hurts.
        pain_regions,
        /// How it feels.
        pain_qualities,
        /// What makes it worse.
        worse_with,
        /// Where it is tender when pressed.
        tender_areas,
        /// Numbness, tingling, weakness and how many legs.
        nerve,
        /// The red-flag answers given, `{RedFlag: Answer}`; a flag left out is unknown.
        red_flags,
        /// Whether it began after a fall, accident or blow.
        after_fall_or_accident,
        /// Weeks of self-care tried so far, or None.
        self_care_weeks,
        /// Whether the self-care helped.
        self_care_helped,
        /// Whether the pain keeps coming back.
        keeps_coming_back,
        /// Age in whole years, or None.
        age,
    }
}

record! {
    /// Nerve symptoms in the leg: numbness, tingling, weakness, and how many legs.
    NerveSymptoms("NerveSymptoms") wraps core::NerveSymptoms, from_dict: de;
    {
        /// Numbness.
        numbness,
        /// Tingling or pins and needles.
        tingling,
        /// Weakness.
        weakness,
        /// How many legs have pain or nerve symptoms running down them.
        legs,
    }
}

record! {
    /// What today's routine is built from: side, phase, minutes, equipment,
    /// nerve symptoms, trend and the triage. `routine` takes it as it is.
    RoutineRequest("RoutineRequest") wraps core::routine::RoutineRequest<'static>, from_dict: de;
    {
        /// The sore side.
        side,
        /// New flare or ongoing tightness.
        phase,
        /// Equipment at hand.
        equipment,
        /// Minutes available today.
        minutes,
        /// Whether to treat it as nerve symptoms.
        nerve_symptoms,
        /// The trend from the pain log, if known.
        trend,
        /// The triage the routine is gated by, if any.
        triage,
    }
}

record! {
    /// Why the plan made one choice: the plan rule that decided it, the
    /// value chosen, why, and the sources.
    PlanReason("PlanReason") wraps core::routine::PlanReason, from_dict: de;
    {
        /// The plan rule that decided it.
        rule,
        /// Why, in plain words.
        why,
        /// Where it comes from (each a `Guide`, `Cited` or `ProjectDefault`); empty for the person's own value.
        sources,
    }
    extra {
        /// The choice this reason is for.
        #[getter]
        fn choice<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
            self.0.choice().to_py(py)
        }

        /// The value chosen: a bool (`self_care`, `nerve_symptoms`), a `Side`,
        /// a `Phase`, the minutes, a list of `Equipment`, or a `Trend` or None.
        #[getter]
        fn value<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
            self.0.chosen.to_py(py)
        }

        fn __str__(&self) -> String {
            format!("{}: {} ({})", self.0.choice().id(), self.0.chosen, self.0.why)
        }
    }
}

record! {
    /// A saved answer left out when answers were restored, and why.
    DroppedAnswer("DroppedAnswer") wraps core::interview::DroppedAnswer, from_dict: no_de;
    {
        /// The question id as saved (it may no longer exist).
        question,
        /// Why it was left out, in plain words.
        reason,
        /// True when the saved answer was "yes": ask it again first.
        was_yes,
    }
}

/// The self-check's plan for today: the triage, the plan (a routine request
/// with a reason per choice, or care first) and the routine when self-care fits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanResult {
    /// The triage the plan was made from.
    pub triage: core::triage::TriageResult,
    /// The plan chosen from it.
    pub plan: core::routine::TodaysPlan<'static>,
    /// Today's routine, or None when care comes first.
    pub routine: Option<core::routine::Routine>,
}

record! {
    /// The self-check's plan for today: its triage, the plan chosen from it
    /// with a reason per choice, and the routine when self-care fits.
    TodaysPlan("TodaysPlan") wraps PlanResult, from_dict: de;
    {
        /// The triage the plan was made from.
        triage,
        /// The plan: a `SelfCarePlan` (the routine request and its reasons) or a `CareFirstPlan`.
        plan,
        /// Today's routine, or None when care comes first.
        routine,
    }
    extra {
        /// Whether self-care fits today (otherwise see a clinician first).
        #[getter]
        fn allows_self_care(&self) -> bool {
            self.0.plan.allows_self_care()
        }

        /// One `PlanReason` per choice: which rule chose what, why, and its sources.
        #[getter]
        fn reasons<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
            use core::routine::TodaysPlan as P;
            match &self.0.plan {
                P::SelfCare { reasons, .. } | P::CareFirst { reasons, .. } => reasons.to_py(py),
            }
        }

        fn __str__(&self) -> String {
            self.0.plan.to_string()
        }

        /// The core's report, for Jupyter.
        fn _repr_html_(&self) -> String {
            html_of(&self.0.plan.to_string())
        }
    }
}

record! {
    /// The versions to store next to saved results or answers, to tell
    /// whether they still fit after a library update.
    LibraryInfo("LibraryInfo") wraps core::document::LibraryInfo, from_dict: no_de;
    {
        /// The library's version.
        library,
        /// The version of the triage rule table (`RULES_VERSION`).
        rules,
        /// The version of the question catalogue (`CATALOGUE_VERSION`).
        catalogue,
        /// The version of the knowledge document's schema.
        knowledge_schema,
    }
}

record! {
    /// Saved answers read back leniently: the answers that still fit, and
    /// those dropped with the reason.
    RestoredAnswers("RestoredAnswers") wraps core::interview::RestoredAnswers, from_dict: no_de;
    {
        /// The answers that still fit, by question id.
        answers,
        /// Answers left out (`DroppedAnswer`: the question, the reason, whether it was a yes).
        dropped,
        /// The catalogue version they were saved under, if known.
        saved_version,
    }
}

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
            { $( $(#[$fdoc:meta])* $field:ident: $bind:pat => $val:expr ),* $(,)? }
        )*
    ) => {
        impl ToPy for $ty {
            #[allow(clippy::clone_on_copy)]
            fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                match self {
                    $( $pat => Ok(Bound::new(py, $py(self.clone()))?.into_any()), )*
                }
            }
        }

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

            class_methods! {
                $py($name) wraps $ty,
                from_dict: |py: Python<'_>, data: &Bound<'_, PyAny>| -> PyResult<$ty> {
                    $py::variant(py, &as_text(data)?)
                },
                from_json: $py::variant;
                repr [ $($field),* ];

                /// Which variant this is: its tag in the JSON.
                #[getter]
                fn kind<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                    Ok(PyString::new(py, $kind).into_any())
                }

                $(
                    $(#[$fdoc])*
                    #[getter]
                    fn $field<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                        #[allow(unreachable_patterns)]
                        match &self.0 {
                            $bind => ToPy::to_py($val, py),
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
        section: core::Source::Guide(s) => s,
    }
    /// A fact's source: a cited clinical reference.
    Cited("Cited", "cited") = core::Source::Cited(_),
    {
        /// The citation (its full reference is in `knowledge().citations`).
        citation: core::Source::Cited(c) => c,
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
        aggravator: core::triage::Evidence::WorseWith(a) => a,
    }
    /// A feature found: it is tender here.
    Tender("Tender", "tender") = core::triage::Evidence::Tender(_),
    {
        /// Where it is tender.
        area: core::triage::Evidence::Tender(t) => t,
    }
    /// A feature found: a red flag that points to the spine.
    Sign("Sign", "sign") = core::triage::Evidence::Sign(_),
    {
        /// The red flag.
        red_flag: core::triage::Evidence::Sign(f) => f,
    }
}

variants! {
    core::progress::Finding;
    /// A finding of the pain log: self-care for some weeks without improving.
    NoImprovement("NoImprovement", "no_improvement") = core::progress::Finding::NoImprovement { .. },
    {
        /// Weeks of self-care logged.
        weeks: core::progress::Finding::NoImprovement { weeks } => weeks,
    }
    /// A finding of the pain log: flares keep coming back.
    KeepsComingBack("KeepsComingBack", "keeps_coming_back") = core::progress::Finding::KeepsComingBack { .. },
    {
        /// Flares counted in the recurrence window.
        flares: core::progress::Finding::KeepsComingBack { flares } => flares,
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
        days: core::units::Frequency::DaysPerWeek { days } => days,
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
        request: core::routine::TodaysPlan::SelfCare { request, .. } => request,
        /// One reason per choice, in `PlanChoice` order.
        reasons: core::routine::TodaysPlan::SelfCare { reasons, .. } => reasons,
    }
    /// Today's plan when the triage asks for care first: no routine today.
    CareFirstPlan("CareFirstPlan", "care_first") = core::routine::TodaysPlan::CareFirst { .. },
    {
        /// The disposition that holds the routine back.
        disposition: core::routine::TodaysPlan::CareFirst { disposition, .. } => disposition,
        /// The triage's reasons for it, joined.
        why: core::routine::TodaysPlan::CareFirst { why, .. } => why,
        /// The reason for this outcome.
        reasons: core::routine::TodaysPlan::CareFirst { reasons, .. } => reasons,
    }
}

/// A closed range `min..=max` of seconds, minutes or a count (the unit is
/// the attribute's: `hold` in seconds, `duration` in minutes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SpanValue {
    min: u16,
    max: u16,
}

impl<U: Copy + Into<u16>> ToPy for core::units::Span<U> {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        SpanValue {
            min: self.min.into(),
            max: self.max.into(),
        }
        .to_py(py)
    }
}

record! {
    /// A closed range of a dose: from `min` (starting out, or in a flare) to
    /// `max` (reached by progression). `span["min"]` reads like the old dict.
    Span("Span") wraps SpanValue, from_dict: de;
    {
        /// The low end.
        min,
        /// The high end.
        max,
    }
    extra {
        fn __getitem__(&self, key: &str) -> PyResult<u16> {
            match key {
                "min" => Ok(self.0.min),
                "max" => Ok(self.0.max),
                _ => Err(pyo3::exceptions::PyKeyError::new_err(key.to_owned())),
            }
        }
    }
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

record! {
    /// A muscle of the hip: where it attaches, what it does, its role.
    MuscleRecord("MuscleRecord") wraps core::anatomy::MuscleRecord, from_dict: known;
    {
        /// Its id.
        id,
        /// Its name.
        name,
        /// What it is, in a sentence or two.
        summary,
        /// Where it starts, if given.
        origin,
        /// Where it attaches, if given.
        insertion,
        /// What it does, by hip position.
        actions,
        /// Its role for piriformis pain.
        role,
        /// Where the facts come from.
        sources,
    }
}

record! {
    /// What a muscle does in one hip position.
    MuscleAction("MuscleAction") wraps core::anatomy::MuscleAction, from_dict: known;
    {
        /// The hip position.
        position,
        /// What the muscle does then.
        action,
    }
}

record! {
    /// A bony landmark used to find the trigger points.
    LandmarkRecord("LandmarkRecord") wraps core::anatomy::LandmarkRecord, from_dict: known;
    {
        /// Its id.
        id,
        /// Its name.
        name,
        /// What and where it is.
        description,
        /// Where the facts come from.
        sources,
    }
}

record! {
    /// How the sciatic nerve runs past the piriformis, and how often each way.
    SciaticNerveFacts("SciaticNerveFacts") wraps core::anatomy::SciaticNerveFacts, from_dict: known;
    {
        /// The nerve and its course.
        description,
        /// How common each course is.
        prevalence,
        /// A note on what this means.
        note,
        /// Where the facts come from.
        sources,
    }
}

record! {
    /// How common something is, with its source.
    Prevalence("Prevalence") wraps core::anatomy::Prevalence, from_dict: known;
    {
        /// What is counted.
        what,
        /// How common, in tenths of a percent (`123` is 12.3%).
        percent,
        /// Where the number comes from.
        source,
    }
}

record! {
    /// A variant of the sciatic nerve's course past the piriformis.
    NerveVariantRecord("NerveVariantRecord") wraps core::anatomy::NerveVariantRecord, from_dict: known;
    {
        /// Its id.
        id,
        /// What the variant is.
        description,
        /// True when the nerve passes as one trunk.
        undivided,
        /// The course of each part of the nerve.
        courses,
        /// How common it is.
        prevalence,
        /// Where the facts come from.
        sources,
    }
}

record! {
    /// General facts about trigger points.
    TriggerPointFacts("TriggerPointFacts") wraps core::trigger_point::TriggerPointFacts, from_dict: known;
    {
        /// What a trigger point is.
        definition,
        /// Other names for it.
        also_called,
        /// What causes them.
        causes,
        /// What they feel like.
        feel,
        /// What they do in the piriformis.
        in_piriformis,
        /// Where the symptoms can come from.
        symptom_sources,
        /// The kinds of pain they give.
        qualities,
        /// Where the facts come from.
        sources,
    }
}

record! {
    /// A kind of trigger point: active or latent.
    TriggerPointKindRecord("TriggerPointKindRecord") wraps core::trigger_point::TriggerPointKindRecord, from_dict: known;
    {
        /// Its id.
        id,
        /// What it is.
        description,
        /// True when it hurts at rest.
        hurts_at_rest,
        /// Where the facts come from.
        sources,
    }
}

record! {
    /// A piriformis trigger point: where it is, how to find it, where it refers pain.
    TriggerPointRecord("TriggerPointRecord") wraps core::trigger_point::TriggerPointRecord, from_dict: known;
    {
        /// Its id.
        id,
        /// The muscle it is in.
        muscle,
        /// Its name.
        name,
        /// How to find it.
        how_to_find,
        /// The landmarks used to find it.
        landmarks,
        /// Where it lies along the muscle, in percent from the sacrum.
        position_percent,
        /// Where it refers pain.
        referral,
        /// A note.
        note,
        /// Where the facts come from.
        sources,
    }
}

record! {
    /// A body region pain is referred to, essential or spillover, with its source.
    Referral("Referral") wraps core::trigger_point::Referral, from_dict: known;
    {
        /// The region.
        region,
        /// Essential or spillover.
        kind,
        /// Where the fact comes from.
        source,
    }
}

record! {
    /// A cause of piriformis trouble.
    CauseRecord("CauseRecord") wraps core::cause::CauseRecord, from_dict: known;
    {
        /// Its id.
        id,
        /// Overuse, injury, posture or imbalance.
        category,
        /// Its name.
        name,
        /// How it leads to trouble.
        how,
        /// Examples.
        examples,
        /// Where the facts come from.
        sources,
    }
}

record! {
    /// A symptom, with what makes it worse.
    SymptomRecord("SymptomRecord") wraps core::symptom::SymptomRecord, from_dict: known;
    {
        /// Its id.
        id,
        /// What it is.
        description,
        /// True when it is a sign of nerve irritation.
        nerve_sign,
        /// What makes it worse.
        worse_with,
        /// Where the facts come from.
        sources,
    }
}

record! {
    /// Something that makes the pain worse, and which way it leans.
    AggravatorRecord("AggravatorRecord") wraps core::symptom::AggravatorRecord, from_dict: known;
    {
        /// Its id.
        id,
        /// What it is.
        description,
        /// Whether it points to the piriformis, the spine, or either.
        lean,
        /// A note, if any.
        note,
        /// Where the facts come from.
        sources,
    }
}

record! {
    /// One row of the piriformis-vs-spinal comparison.
    ComparisonRow("ComparisonRow") wraps core::symptom::ComparisonRow, from_dict: known;
    {
        /// The feature compared.
        id,
        /// How it is with piriformis trouble.
        piriformis,
        /// How it is with spinal sciatica.
        spinal,
        /// What makes piriformis pain worse here.
        piriformis_aggravators,
        /// What makes spinal pain worse here.
        spinal_aggravators,
        /// Where the facts come from.
        sources,
    }
}

record! {
    /// A condition that can look like piriformis trouble.
    MimicRecord("MimicRecord") wraps core::symptom::MimicRecord, from_dict: known;
    {
        /// Its id.
        id,
        /// Its name.
        name,
        /// How it differs.
        how_it_differs,
        /// Where the facts come from.
        sources,
    }
}

record! {
    /// A red flag: its question, why it matters, and its tier under each policy.
    RedFlagRecord("RedFlagRecord") wraps core::red_flag::RedFlagRecord, from_dict: known;
    {
        /// Its id.
        id,
        /// The serious cause it may point to.
        pathway,
        /// Whether it points to the spine in the comparison.
        lean,
        /// The yes/no question.
        question,
        /// Help text for the question.
        help,
        /// What it may point to.
        why,
        /// Where the facts come from.
        sources,
        /// The check to do now when the question is asked again after "not sure" (or None).
        check_again,
        /// The label of the "does not apply" answer, where offered (or None).
        does_not_apply,
    }
    extra {
        /// How urgent care is when it is present on its own (self-check policy).
        #[getter]
        fn tier<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
            self.0.id.tier().to_py(py)
        }

        /// The same under the clinician-referral policy.
        #[getter]
        fn clinician_tier<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
            self.0
                .id
                .tier_under(core::triage::TriagePolicy::ClinicianReferral)
                .to_py(py)
        }

        /// The question this one follows up, if any.
        #[getter]
        fn follow_up_of<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
            self.0.id.follow_up_of().to_py(py)
        }
    }
}

record! {
    /// A triage rule: when it fires, what each source says, and its tier under each policy.
    TriageRule("TriageRule") wraps core::triage::Rule, from_dict: known;
    {
        /// Its id.
        id,
        /// The serious cause it stands for.
        pathway,
        /// When it fires.
        when,
        /// The tier each source gives it.
        says,
        /// Why, in plain words.
        text,
    }
    extra {
        /// The tier it sets under the self-check policy.
        #[getter]
        fn self_check<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
            self.0.tier(core::triage::TriagePolicy::SelfCheck).to_py(py)
        }

        /// The tier it sets under the clinician-referral policy.
        #[getter]
        fn clinician_referral<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
            self.0
                .tier(core::triage::TriagePolicy::ClinicianReferral)
                .to_py(py)
        }
    }
}

record! {
    /// What one source says about a rule's finding: the tier and who it is written for.
    Says("Says") wraps core::triage::Says, from_dict: de;
    {
        /// The source.
        source,
        /// Who it is written for.
        audience,
        /// The tier it gives.
        tier,
    }
}

record! {
    /// A caution a triage shows, when it applies, and its sources.
    CautionRule("CautionRule") wraps core::triage::CautionRule, from_dict: known;
    {
        /// Its id.
        id,
        /// Shown when all of these hold.
        when,
        /// The text shown.
        text,
        /// Where it comes from.
        sources,
    }
}

record! {
    /// An exercise or technique: how to do it, the dose, when to stop.
    ExerciseRecord("ExerciseRecord") wraps core::exercise::ExerciseRecord, from_dict: known;
    {
        /// Its id.
        id,
        /// Its name.
        name,
        /// What it is for.
        purpose,
        /// Its stage in a routine.
        stage,
        /// The tool it needs, if any.
        equipment,
        /// The body position.
        position,
        /// How to do it, step by step.
        steps,
        /// The dose.
        dosage,
        /// Where the dose comes from.
        dosage_basis,
        /// What it should feel like.
        feel,
        /// Stop if any of these happens.
        stop_if,
        /// The phases it fits.
        fits,
        /// What to do with nerve symptoms.
        with_nerve_symptoms,
        /// Seconds to get set up.
        setup_seconds,
        /// The muscles it works on.
        targets,
        /// How to progress it.
        progression,
        /// Where the facts come from.
        sources,
    }
}

record! {
    /// An everyday habit that helps.
    HabitRecord("HabitRecord") wraps core::exercise::HabitRecord, from_dict: known;
    {
        /// Its id.
        id,
        /// What to do.
        advice,
        /// Why it helps.
        why,
        /// Where the facts come from.
        sources,
    }
}

record! {
    /// A tool for self-care, with advice on its use.
    EquipmentRecord("EquipmentRecord") wraps core::exercise::EquipmentRecord, from_dict: known;
    {
        /// Its id.
        id,
        /// Its name.
        name,
        /// How to use it.
        advice,
        /// Where the facts come from.
        sources,
    }
}

record! {
    /// A kind of provider who can help.
    ProviderRecord("ProviderRecord") wraps core::care::ProviderRecord, from_dict: known;
    {
        /// Its id.
        id,
        /// Its name.
        name,
        /// What they do.
        role,
        /// Where the facts come from.
        sources,
    }
}

record! {
    /// A step of a clinical exam.
    ExamStepRecord("ExamStepRecord") wraps core::care::ExamStepRecord, from_dict: known;
    {
        /// Its id.
        id,
        /// What it involves.
        description,
        /// Where the facts come from.
        sources,
    }
}

record! {
    /// A clinical test, how it is done, and how accurate it is.
    ClinicalTestRecord("ClinicalTestRecord") wraps core::care::ClinicalTestRecord, from_dict: known;
    {
        /// Its id.
        id,
        /// Its name.
        name,
        /// How it is done.
        how,
        /// How accurate it is, where a study measured it.
        accuracy,
        /// Where the facts come from.
        sources,
    }
}

record! {
    /// How accurate a clinical test is, from one study.
    TestAccuracy("TestAccuracy") wraps core::care::TestAccuracy, from_dict: known;
    {
        /// Sensitivity in tenths of a percent, if measured.
        sensitivity_permille,
        /// Specificity in tenths of a percent, if measured.
        specificity_permille,
        /// The study.
        study,
        /// Where the numbers come from.
        source,
    }
}

record! {
    /// A treatment option.
    TreatmentRecord("TreatmentRecord") wraps core::care::TreatmentRecord, from_dict: known;
    {
        /// Its id.
        id,
        /// What it is.
        description,
        /// Who gives it.
        given_by,
        /// Where the facts come from.
        sources,
    }
}

record! {
    /// A myth and the fact.
    MisconceptionRecord("MisconceptionRecord") wraps core::care::MisconceptionRecord, from_dict: known;
    {
        /// Its id.
        id,
        /// The myth.
        myth,
        /// The fact.
        fact,
        /// Where the facts come from.
        sources,
    }
}

record! {
    /// A further resource.
    ResourceRecord("ResourceRecord") wraps core::care::ResourceRecord, from_dict: known;
    {
        /// Its id.
        id,
        /// Its title.
        title,
        /// A note on it.
        note,
        /// Where the facts come from.
        sources,
    }
}

record! {
    /// A diagnosis or observation code.
    Code("Code") wraps core::care::Code, from_dict: known;
    {
        /// The code system.
        system,
        /// The code.
        code,
        /// What it means.
        meaning,
        /// Where it comes from.
        source,
    }
}

record! {
    /// A cited reference: who wrote what, when and where, and what it supports.
    Reference("Reference") wraps core::source::Reference, from_dict: known;
    {
        /// The citation id.
        id,
        /// The authors or organisation.
        authors,
        /// The title.
        title,
        /// The year (for an undated page, the year it was read).
        year,
        /// Where it appeared.
        venue,
        /// What kind of work it is.
        kind,
        /// True for an undated page revised in place.
        undated,
        /// Its DOI, if any.
        doi,
        /// Where to read it, if known.
        url,
        /// What this project takes from it.
        supports,
        /// The whole reference as one line.
        line,
    }
}

record! {
    /// The thresholds of the progress analysis.
    ProgressConfig("ProgressConfig") wraps core::progress::ProgressConfig, from_dict: de;
    {
        /// Days in each of the two windows compared.
        window_days,
        /// The change in mean pain that counts.
        min_change,
        /// Points above the baseline that make a flare day.
        flare_rise,
        /// Flare days in a row that make a flare.
        flare_days,
        /// Days before a day whose median pain is its baseline.
        baseline_days,
        /// Weeks of self-care without improvement before seeing a clinician.
        no_improvement_weeks,
        /// Flares in the window that count as "keeps coming back".
        recurrence_flares,
        /// The recurrence window, in days.
        recurrence_window_days,
    }
}

record! {
    /// A vocabulary: its name, what it is, and its values.
    VocabularyInfo("VocabularyInfo") wraps core::vocab::VocabularyInfo, from_dict: known;
    {
        /// Its name, as the enum's.
        name,
        /// What it is.
        doc,
        /// Every value, in order.
        values,
    }
}

record! {
    /// One value of a vocabulary.
    ValueInfo("ValueInfo") wraps core::vocab::ValueInfo, from_dict: known;
    {
        /// Its id.
        id,
        /// What it means.
        doc,
    }
}

record! {
    /// A closed range of whole numbers that an input allows. `value in r`
    /// says whether a whole number is inside.
    Range("Range") wraps core::vocab::ranges::Range, from_dict: known;
    {
        /// What the number is.
        name,
        /// The smallest value allowed.
        min,
        /// The largest value allowed.
        max,
    }
    extra {
        /// What the range allows, as errors say it (their `allowed` attribute).
        #[getter]
        fn allowed(&self) -> String {
            self.0.allowed()
        }

        fn __contains__(&self, value: &Bound<'_, PyAny>) -> bool {
            !value.is_instance_of::<PyBool>()
                && value.is_instance_of::<pyo3::types::PyInt>()
                && value
                    .extract::<u64>()
                    .is_ok_and(|v| self.0.contains(v))
        }
    }
}

/// The variant id of a serde enum value: its text, or its one key.
fn tag_of<T: Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(Value::String(s)) => s,
        Ok(Value::Object(map)) => map.keys().next().cloned().unwrap_or_default(),
        _ => String::new(),
    }
}

/// A class over a core enum of the rule tables: `kind` (its JSON tag) and
/// the getters given, with the common methods.
macro_rules! tagged {
    (
        $(#[$doc:meta])*
        $py:ident($name:literal) wraps $ty:ty;
        repr [ $( $rf:ident ),* ];
        $($extra:tt)*
    ) => {
        $(#[$doc])*
        #[pyclass(frozen, module = "piriformis", name = $name)]
        pub struct $py(pub $ty);

        impl ToPy for $ty {
            fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                Ok(Bound::new(py, $py(*self))?.into_any())
            }
        }

        class_methods! {
            $py($name) wraps $ty,
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
    repr [kind, value];

    /// Which test: the condition's JSON tag.
    #[getter]
    fn kind<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(PyString::new(py, &tag_of(&self.0)).into_any())
    }

    /// What it tests, typed (None for a test that takes nothing).
    #[getter]
    fn value<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        use core::triage::Condition as C;
        match self.0 {
            C::Flag(f) | C::NotAbsent(f) => f.to_py(py),
            C::Worsening(s) | C::NervePresent(s) => s.to_py(py),
            C::WorseWith(a) => a.to_py(py),
            C::Tender(t) => t.to_py(py),
            C::PainAtLeast(n) | C::AgeAtLeast(n) => n.to_py(py),
            C::NoImprovementAfterWeeks(w) => w.to_py(py),
            C::RedFlagUnanswered(d) => d.to_py(py),
            C::All(cs) | C::Any(cs) => cs.to_py(py),
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
    repr [kind, value];

    /// Which test: its JSON tag.
    #[getter]
    fn kind<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(PyString::new(py, &tag_of(&self.0)).into_any())
    }

    /// What it tests, typed (None for a test that takes nothing).
    #[getter]
    fn value<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        use core::triage::CautionWhen as W;
        match self.0 {
            W::Below(d) => d.to_py(py),
            W::NervePresent(s) => s.to_py(py),
            W::PainAtLeast(n) => n.to_py(py),
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
    repr [kind, how];

    /// `as_usual` or `gentle` (the JSON's `advice`).
    #[getter]
    fn kind<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let kind = match self.0 {
            core::exercise::NerveAdvice::AsUsual => "as_usual",
            core::exercise::NerveAdvice::Gentle(_) => "gentle",
        };
        Ok(PyString::new(py, kind).into_any())
    }

    /// How to do it gently, or None.
    #[getter]
    fn how<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        match self.0 {
            core::exercise::NerveAdvice::Gentle(how) => how.to_py(py),
            core::exercise::NerveAdvice::AsUsual => Ok(py.None().into_bound(py)),
        }
    }
}

/// Getters of the knowledge base, one per field of the core's document.
macro_rules! knowledge_base {
    ($kb:ident; $( $(#[$fdoc:meta])* $field:ident ),* $(,)?) => {
        #[pymethods]
        impl $kb {
            $(
                $(#[$fdoc])*
                #[getter]
                fn $field<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                    ToPy::to_py(&self.0.$field, py)
                }
            )*

            /// The knowledge base (the same object as `knowledge()`).
            #[staticmethod]
            fn get(py: Python<'_>) -> PyResult<Py<$kb>> {
                knowledge(py)
            }

            /// Plain Python data in the core's JSON shape (as `knowledge_json()`).
            fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                to_plain(py, self.0)
            }

            /// JSON text in the core's shape.
            #[pyo3(signature = (indent=None))]
            fn to_json(&self, indent: Option<usize>) -> PyResult<String> {
                let text = match indent {
                    None => serde_json::to_string(self.0),
                    Some(_) => serde_json::to_string_pretty(self.0),
                };
                text.map_err(|e| PyTypeError::new_err(e.to_string()))
            }

            fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
                other.cast::<Self>().is_ok_and(|o| std::ptr::eq(o.get().0, self.0))
            }

            fn __hash__(&self) -> u64 {
                hash_of(&self.0.schema_version)
            }

            fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, ())> {
                Ok((slf.get_type().getattr("get")?, ()))
            }

            fn __repr__(&self) -> String {
                format!(
                    "KnowledgeBase(schema_version={:?}, muscles={}, red_flags={}, exercises={}, citations={}, ...)",
                    self.0.schema_version,
                    self.0.muscles.len(),
                    self.0.red_flags.len(),
                    self.0.exercises.len(),
                    self.0.citations.len(),
                )
            }
        }
    };
}

/// The whole knowledge base: every record, typed. Made once; get it with
/// `knowledge()`.
#[pyclass(frozen, module = "piriformis", name = "KnowledgeBase")]
pub struct KnowledgeBase(&'static core::KnowledgeBase);

knowledge_base! {
    KnowledgeBase;
    /// The schema version of the knowledge document.
    schema_version,
    /// Muscles.
    muscles,
    /// Landmarks.
    landmarks,
    /// The sciatic nerve.
    sciatic_nerve,
    /// The nerve variants.
    nerve_variants,
    /// General trigger-point facts.
    trigger_point_facts,
    /// Active and latent.
    trigger_point_kinds,
    /// The trigger points.
    trigger_points,
    /// The whole referral pattern.
    referral,
    /// Causes.
    causes,
    /// Symptoms.
    symptoms,
    /// What makes the pain worse.
    aggravators,
    /// The piriformis-vs-spinal comparison.
    comparison,
    /// Look-alike conditions.
    mimics,
    /// Red flags with their tiers.
    red_flags,
    /// The triage rules: each with what each source says and its tier under each policy.
    triage_rules,
    /// The cautions a triage shows, with when and why.
    cautions,
    /// Where the five-level disposition scale comes from.
    disposition_sources,
    /// Exercises and techniques.
    exercises,
    /// Everyday habits.
    habits,
    /// Tools.
    equipment,
    /// Providers.
    providers,
    /// What an exam includes.
    exam,
    /// Clinical tests.
    clinical_tests,
    /// Treatment options.
    treatments,
    /// Myths and facts.
    misconceptions,
    /// Further resources.
    resources,
    /// Diagnosis and observation codes.
    codes,
    /// The four defining features.
    defining_features,
    /// Advice on getting a clear diagnosis.
    diagnosis_advice,
    /// The not-medical-advice notice.
    notice,
    /// Where the notice comes from.
    notice_sources,
    /// The default thresholds of the progress analysis.
    progress_defaults,
    /// Where those defaults come from.
    progress_sources,
    /// Every vocabulary, with its values and docs.
    vocabularies,
    /// The numeric ranges the inputs allow.
    ranges,
    /// Every cited reference, in citation order.
    citations,
}

/// The whole knowledge base as typed records (made once, then the same object).
#[pyfunction]
fn knowledge(py: Python<'_>) -> PyResult<Py<KnowledgeBase>> {
    static KB: PyOnceLock<Py<KnowledgeBase>> = PyOnceLock::new();
    KB.get_or_try_init(py, || {
        Py::new(py, KnowledgeBase(core::KnowledgeBase::get()))
    })
    .map(|kb| kb.clone_ref(py))
}

/// Every result class, for the module.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<TriageResult>()?;
    m.add_class::<FiredRule>()?;
    m.add_class::<CautionNote>()?;
    m.add_class::<SourceAssessment>()?;
    m.add_class::<Ask>()?;
    m.add_class::<Done>()?;
    m.add_class::<Question>()?;
    m.add_class::<Choice>()?;
    m.add_class::<Progress>()?;
    m.add_class::<Routine>()?;
    m.add_class::<RoutineStep>()?;
    m.add_class::<Dosage>()?;
    m.add_class::<Skipped>()?;
    m.add_class::<GateNote>()?;
    m.add_class::<WeeklyPlan>()?;
    m.add_class::<Progression>()?;
    m.add_class::<ProgressReport>()?;
    m.add_class::<Flare>()?;
    m.add_class::<Lookup>()?;
    m.add_class::<Candidate>()?;
    m.add_class::<Unexplained>()?;
    m.add_class::<TodaysPlan>()?;
    m.add_class::<LibraryInfo>()?;
    m.add_class::<RestoredAnswers>()?;
    m.add_class::<Assessment>()?;
    m.add_class::<NerveSymptoms>()?;
    m.add_class::<RoutineRequest>()?;
    m.add_class::<PlanReason>()?;
    m.add_class::<DroppedAnswer>()?;
    m.add_class::<SelfCarePlan>()?;
    m.add_class::<CareFirstPlan>()?;
    m.add_class::<Guide>()?;
    m.add_class::<Cited>()?;
    m.add_class::<ProjectDefault>()?;
    m.add_class::<WorseWith>()?;
    m.add_class::<Tender>()?;
    m.add_class::<Sign>()?;
    m.add_class::<NoImprovement>()?;
    m.add_class::<KeepsComingBack>()?;
    m.add_class::<Daily>()?;
    m.add_class::<DaysPerWeek>()?;
    m.add_class::<AsNeeded>()?;
    m.add_class::<Throughout>()?;
    m.add_class::<Span>()?;
    m.add_class::<MuscleRecord>()?;
    m.add_class::<MuscleAction>()?;
    m.add_class::<LandmarkRecord>()?;
    m.add_class::<SciaticNerveFacts>()?;
    m.add_class::<Prevalence>()?;
    m.add_class::<NerveVariantRecord>()?;
    m.add_class::<TriggerPointFacts>()?;
    m.add_class::<TriggerPointKindRecord>()?;
    m.add_class::<TriggerPointRecord>()?;
    m.add_class::<Referral>()?;
    m.add_class::<CauseRecord>()?;
    m.add_class::<SymptomRecord>()?;
    m.add_class::<AggravatorRecord>()?;
    m.add_class::<ComparisonRow>()?;
    m.add_class::<MimicRecord>()?;
    m.add_class::<RedFlagRecord>()?;
    m.add_class::<TriageRule>()?;
    m.add_class::<Says>()?;
    m.add_class::<CautionRule>()?;
    m.add_class::<ExerciseRecord>()?;
    m.add_class::<HabitRecord>()?;
    m.add_class::<EquipmentRecord>()?;
    m.add_class::<ProviderRecord>()?;
    m.add_class::<ExamStepRecord>()?;
    m.add_class::<ClinicalTestRecord>()?;
    m.add_class::<TestAccuracy>()?;
    m.add_class::<TreatmentRecord>()?;
    m.add_class::<MisconceptionRecord>()?;
    m.add_class::<ResourceRecord>()?;
    m.add_class::<Code>()?;
    m.add_class::<Reference>()?;
    m.add_class::<ProgressConfig>()?;
    m.add_class::<VocabularyInfo>()?;
    m.add_class::<ValueInfo>()?;
    m.add_class::<Range>()?;
    m.add_class::<Condition>()?;
    m.add_class::<CautionWhen>()?;
    m.add_class::<NerveAdvice>()?;
    m.add_class::<KnowledgeBase>()?;
    m.add_function(wrap_pyfunction!(knowledge, m)?)?;
    Ok(())
}
