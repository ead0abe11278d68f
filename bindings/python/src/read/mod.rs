//! Reading Python inputs for the batch paths and the single-dict reader:
//! the value walker, limits and fatal-exception handling are the core's
//! (`piriformis_core::python::read`); the cell and dict readers here build
//! rows on them.

use piriformis_core as core;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString};

pub(crate) use piriformis_core::python::read::*;

pub(crate) mod cells;
pub(crate) mod dict;

/// Reads an assessment: a dict (read like `triage_many`'s rows), an
/// `Assessment`, other mappings, JSON text, or a typed value with `to_dict()`.
pub(crate) fn assessment(obj: &Bound<'_, PyAny>) -> Result<core::Assessment, core::Error> {
    if let Ok(d) = obj.cast::<PyDict>() {
        return crate::read::dict::read_assessment(d);
    }
    if let Ok(a) = obj.cast::<core::Assessment>() {
        return Ok(a.get().clone());
    }
    if let Ok(s) = obj.cast::<PyString>() {
        let text = s.to_cow().map_err(|_| core::Error::Json {
            message: "not valid text".into(),
        })?;
        return core::Assessment::from_json(&text);
    }
    // Any other mapping (`MappingProxyType`, `UserDict`, ...) is read as a
    // dict is: each value by the cell rule, so a bad value keeps the floor
    // of the red flags answered "present" beside it.
    if crate::read::is_mapping(obj).map_err(|e| crate::read::raised("input", &e))? {
        let mut pairs = Vec::new();
        let listed = crate::read::mapping_items(&"", obj, &mut pairs);
        let d = PyDict::new(obj.py());
        for (k, v) in pairs {
            d.set_item(k, v)
                .map_err(|e| crate::read::raised("input", &e))?;
        }
        let read = crate::read::dict::read_assessment(&d);
        return match (listed, read) {
            (Ok(()), read) => read,
            (Err(e), Ok(a)) => Err(e.with_warning_signs(a.present_flags())),
            (Err(e), Err(core::Error::WithWarningSigns { present, .. })) => {
                Err(e.with_warning_signs(present))
            }
            (Err(e), Err(_)) => Err(e),
        };
    }
    match crate::read::py_to_value("", obj)? {
        serde_json::Value::Object(map) => {
            let d = PyDict::new(obj.py());
            for (k, v) in &map {
                let v = crate::typed::value_to_py(obj.py(), v)
                    .map_err(|e| crate::read::raised(k, &e))?;
                d.set_item(k, v).map_err(|e| crate::read::raised(k, &e))?;
            }
            crate::read::dict::read_assessment(&d)
        }
        _ => Err(core::Error::Json {
            message: "expected an object (a dict of answers)".into(),
        }),
    }
}
