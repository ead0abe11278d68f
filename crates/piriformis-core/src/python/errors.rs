//! Errors as Python sees them: the exception classes, and the one mapping
//! from the core's error (its `kind()`, field, allowed values and floor) onto
//! them.

use crate as core;
use crate::vocab::Vocabulary;
use pyo3::create_exception;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

use crate::python::read;

create_exception!(
    _piriformis,
    PiriformisError,
    PyValueError,
    "Base class of every piriformis error: `field`, `allowed`, `at_least` (the disposition the red flags answered \"present\" in the input need at least) and `detail` (the error as JSON) are None where not known."
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
///
/// A `KeyboardInterrupt`, `SystemExit` or `GeneratorExit` raised by the
/// input's own Python code while it was read is raised instead
/// (`read::take_fatal`).
pub fn to_py(py: Python<'_>, e: core::Error) -> PyErr {
    if let Some(fatal) = read::take_fatal() {
        return fatal;
    }
    let message = e.to_string();
    let err = match e.kind() {
        core::error::ErrorKind::Contradiction => ContradictionError::new_err(message),
        core::error::ErrorKind::CareNeededFirst => CareNeededFirstError::new_err(message),
        _ => InvalidInputError::new_err(message),
    };
    let value = err.value(py);
    let allowed = e.allowed();
    // Setting attributes on a fresh exception instance cannot fail in practice;
    // if it did, the exception still carries the full message.
    let _ = value.setattr("field", e.field());
    let _ = value.setattr("allowed", allowed);
    // Red flags answered "present" in the same input: the disposition they need.
    let _ = value.setattr("at_least", e.at_least().map(|d| d.id()));
    let _ = value.setattr("detail", serde_json::to_string(&e).unwrap_or_default());
    err
}

/// A result of reading input, as Python sees it: the core's error as a
/// `PiriformisError`, and a `KeyboardInterrupt`, `SystemExit` or
/// `GeneratorExit` the input's Python code raised on the way (and a reader
/// passed over) raised whatever the result.
pub trait Out<T> {
    /// The value, or the error as Python raises it.
    fn out(self, py: Python<'_>) -> PyResult<T>;
}

impl<T> Out<T> for core::Result<T> {
    fn out(self, py: Python<'_>) -> PyResult<T> {
        if let Some(fatal) = read::take_fatal() {
            return Err(fatal);
        }
        self.map_err(|e| to_py(py, e))
    }
}
