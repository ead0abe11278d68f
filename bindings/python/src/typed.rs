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

use chrono::{Datelike, NaiveDate};
use piriformis_core as core;
use piriformis_core::Vocabulary;
use pyo3::IntoPyObjectExt;
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBool, PyDate, PyDict, PyList, PyString};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::read::de;

/// A Rust value as a Python value.
pub(crate) trait ToPy {
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
    ($($t:ty),* $(,)?) => {$(
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
vocab_to_py!(
    core::Disposition,
    core::RedFlag,
    core::Side,
    core::BodyRegion,
    core::triage::TriagePolicy,
    core::triage::RuleId,
    core::triage::Caution,
    core::triage::LikelySource,
    core::triage::Pathway,
    core::routine::Level,
    core::routine::SkipReason,
    core::routine::GateId,
    core::Exercise,
    core::Stage,
    core::StopCue,
    core::Habit,
    core::progress::Trend,
    core::interview::QuestionId,
    core::interview::AnswerKind,
    core::TriggerPoint,
    core::Muscle,
    core::Mimic,
    core::routine::PlanRuleId,
);

/// Tagged unions and small shapes without a class of their own are given as
/// their JSON shape (a dict or a str).
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
    core::Source,
    core::triage::Evidence,
    core::Assessment,
    core::units::Laterality,
    core::units::Frequency,
    core::units::Span<core::Seconds>,
    core::units::Span<core::Minutes>,
    core::units::Span<core::Count>,
    core::progress::Finding,
    core::routine::PlanReason,
    core::interview::Answers,
    core::interview::DroppedAnswer,
    core::routine::TodaysPlan<'static>,
);

/// A JSON value as plain Python data.
pub(crate) fn value_to_py<'py>(py: Python<'py>, v: &Value) -> PyResult<Bound<'py, PyAny>> {
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
pub(crate) fn to_plain<'py, T: Serialize>(py: Python<'py>, v: &T) -> PyResult<Bound<'py, PyAny>> {
    let value = serde_json::to_value(v).map_err(|e| PyTypeError::new_err(e.to_string()))?;
    value_to_py(py, &value)
}

/// `from_dict` for records only the library makes (version stamps,
/// restored answers): the core has no reader for them.
pub(crate) fn no_de<T>(_py: Python<'_>, _data: &Bound<'_, PyAny>) -> PyResult<T> {
    Err(PyTypeError::new_err(
        "this record is made by the library and is not read back from a dict",
    ))
}

/// Stable hash of a value's JSON shape.
pub(crate) fn hash_of<T: Serialize>(v: &T) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    serde_json::to_string(v).unwrap_or_default().hash(&mut h);
    h.finish()
}

/// `Name(field=repr, ...)`, each repr cut to a readable length.
pub(crate) fn repr_of(name: &str, fields: &[(&str, Bound<'_, PyAny>)]) -> PyResult<String> {
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
pub(crate) fn html_of(text: &str) -> String {
    let escaped = text
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    format!("<pre style=\"white-space: pre-wrap\">{escaped}</pre>")
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
        pub struct $py(pub(crate) $ty);

        impl ToPy for $ty {
            fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                Ok(Bound::new(py, $py(self.clone()))?.into_any())
            }
        }

        #[pymethods]
        impl $py {
            $(
                $(#[$fdoc])*
                #[getter]
                fn $field<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                    ToPy::to_py(&self.0.$field, py)
                }
            )*

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

            /// Builds the record back from `to_dict()` output (or any dict of that shape).
            #[staticmethod]
            fn from_dict(py: Python<'_>, data: &Bound<'_, PyAny>) -> PyResult<Self> {
                $de::<$ty>(py, data).map($py)
            }

            /// Builds the record back from `to_json()` output.
            #[staticmethod]
            fn from_json(py: Python<'_>, text: &Bound<'_, PyString>) -> PyResult<Self> {
                $de::<$ty>(py, text.as_any()).map($py)
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
                repr_of($name, &[$( (stringify!($field), ToPy::to_py(&self.0.$field, py)?) ),*])
            }

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
        /// True when open red-flag questions could still raise the result.
        provisional,
        /// Every rule that fired, highest disposition first.
        fired,
        /// Where the pain most likely comes from.
        likely_source,
        /// Cautions to show.
        cautions,
        /// Red-flag questions still open whose "yes" would raise the result.
        unanswered,
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
        /// Where its tier comes from (each a dict: guide section or citation).
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
        /// Features that point to the piriformis (each a dict).
        piriformis,
        /// Features that point to the spine (each a dict).
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
}

/// An interview step as its class: `Ask` or `Done`.
pub(crate) fn step_to_py(
    py: Python<'_>,
    step: core::interview::Step,
) -> PyResult<Bound<'_, PyAny>> {
    use core::interview::Step;
    match step {
        Step::Ask { question, progress } => AskStep { question, progress }.to_py(py),
        Step::Done {
            assessment,
            triage,
            stopped_early,
            progress,
        } => DoneStep {
            assessment,
            triage,
            stopped_early,
            progress,
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
        /// The assessment built from the answers (its JSON shape).
        assessment,
        /// Its triage.
        triage,
        /// True when an emergency answer ended the interview early.
        stopped_early,
        /// How far the interview went.
        progress,
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
    /// A dose: hold, duration, repetitions and sets (each a `{min, max}` dict
    /// or None), laterality and frequency.
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
        /// How often (a dict with `every`).
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
        /// Findings that feed back into triage (each a dict).
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

/// The self-check's plan for today: the triage, the plan (a routine request
/// with a reason per choice, or care first) and the routine when self-care fits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanResult {
    pub(crate) triage: core::triage::TriageResult,
    pub(crate) plan: core::routine::TodaysPlan<'static>,
    pub(crate) routine: Option<core::routine::Routine>,
}

record! {
    /// The self-check's plan for today: its triage, the plan chosen from it
    /// with a reason per choice, and the routine when self-care fits.
    TodaysPlan("TodaysPlan") wraps PlanResult, from_dict: de;
    {
        /// The triage the plan was made from.
        triage,
        /// The plan: outcome, request and reasons (a dict).
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

        /// One reason per choice: which rule chose what, why, and its sources (dicts).
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
        /// Answers left out, each with the question, the reason and whether it was a yes (dicts).
        dropped,
        /// The catalogue version they were saved under, if known.
        saved_version,
    }
}

/// Every result class, for the module.
pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
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
    Ok(())
}
