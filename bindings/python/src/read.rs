//! Reading Python inputs: dicts, mappings, lists, str, numbers, dates and
//! typed results are walked as Python objects into the core's readers, whose
//! errors name the field at fault.

use piriformis_core as core;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDate, PyDict, PyFloat, PyInt, PyList, PyMapping, PyString, PyTuple};
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::to_py;

/// Reads Python data as a JSON value: dicts and other mappings, lists and
/// tuples, str (enum members included), bool, int, float, `datetime.date`
/// (as YYYY-MM-DD), None. A key whose value is None is left out: "not
/// answered", as everywhere. NaN is an error naming the field.
pub(crate) fn py_to_value(path: &str, obj: &Bound<'_, PyAny>) -> Result<Value, core::Error> {
    let invalid = |message: String| core::Error::Invalid {
        field: if path.is_empty() {
            "input".into()
        } else {
            path.into()
        },
        message,
    };
    if obj.is_none() {
        return Ok(Value::Null);
    }
    if let Ok(s) = obj.cast::<PyString>() {
        return s
            .to_str()
            .map(|s| Value::String(s.to_owned()))
            .map_err(|_| invalid("not valid text".into()));
    }
    if let Ok(b) = obj.cast::<PyBool>() {
        return Ok(Value::Bool(b.is_true()));
    }
    if obj.is_instance_of::<PyInt>() || has_index(obj) {
        if let Ok(n) = obj.extract::<i64>() {
            return Ok(Value::from(n));
        }
        let text = obj.str().map(|s| s.to_string()).unwrap_or_default();
        return Ok(Value::String(text));
    }
    if let Ok(f) = obj.cast::<PyFloat>() {
        let f = f.value();
        return serde_json::Number::from_f64(f).map(Value::Number).ok_or_else(|| {
            invalid("NaN (a missing-value marker) is not an answer; leave the key out or give None for not answered".into())
        });
    }
    if let Ok(d) = obj.cast::<PyDate>() {
        let text = d.str().map(|s| s.to_string()).unwrap_or_default();
        return Ok(Value::String(text));
    }
    if let Ok(d) = obj.cast::<PyDict>() {
        return dict_items(path, d.iter());
    }
    if obj.is_instance_of::<PyList>() || obj.is_instance_of::<PyTuple>() {
        let mut items = Vec::new();
        for (i, item) in obj
            .try_iter()
            .map_err(|e| crate::table::raised(path, &e))?
            .enumerate()
        {
            let item = item.map_err(|e| crate::table::raised(path, &e))?;
            items.push(py_to_value(&format!("{path}[{i}]"), &item)?);
        }
        return Ok(Value::Array(items));
    }
    if let Ok(m) = obj.cast::<PyMapping>() {
        let items = m.items().map_err(|e| crate::table::raised(path, &e))?;
        let mut pairs = Vec::new();
        for pair in items.iter() {
            let (k, v): (Bound<'_, PyAny>, Bound<'_, PyAny>) = pair
                .extract()
                .map_err(|e: PyErr| crate::table::raised(path, &e))?;
            pairs.push((k, v));
        }
        return dict_items(path, pairs.into_iter());
    }
    // A typed result inside a dict (a routine request's `triage`): its dict.
    if let Ok(d) = obj.call_method0("to_dict") {
        return py_to_value(path, &d);
    }
    let kind = obj
        .get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_default();
    if kind == "NAType" || kind == "NaTType" {
        return Err(invalid("NA (a missing-value marker) is not an answer; leave the key out or give None for not answered".into()));
    }
    if kind.starts_with("float") {
        if let Ok(f) = obj.extract::<f64>() {
            let py_float = PyFloat::new(obj.py(), f);
            return py_to_value(path, py_float.as_any());
        }
    }
    if kind == "bool" || kind == "bool_" {
        if let Ok(b) = obj.is_truthy() {
            return Ok(Value::Bool(b));
        }
    }
    Err(invalid(format!(
        "a {kind} is not a JSON value; give a dict, list, str, int, float, bool or None"
    )))
}

/// Whether an object is a whole number by Python's `__index__` (numpy integers).
fn has_index(obj: &Bound<'_, PyAny>) -> bool {
    !obj.is_instance_of::<PyFloat>() && obj.hasattr("__index__").unwrap_or(false)
}

fn dict_items<'py>(
    path: &str,
    items: impl Iterator<Item = (Bound<'py, PyAny>, Bound<'py, PyAny>)>,
) -> Result<Value, core::Error> {
    let mut map = serde_json::Map::new();
    for (k, v) in items {
        let Ok(key) = k.cast::<PyString>() else {
            return Err(core::Error::Json {
                message: format!(
                    "{}field names must be strings",
                    if path.is_empty() {
                        String::new()
                    } else {
                        format!("{path}: ")
                    }
                ),
            });
        };
        let key = key.to_string();
        if v.is_none() {
            continue;
        }
        let sub = if path.is_empty() {
            key.clone()
        } else {
            format!("{path}.{key}")
        };
        map.insert(key, py_to_value(&sub, &v)?);
    }
    Ok(Value::Object(map))
}

/// Reads a dict, other mapping, JSON text, or typed result as the core type `T`,
/// by the core's reader (its error messages name the field).
pub(crate) fn read<T: DeserializeOwned>(obj: &Bound<'_, PyAny>) -> Result<T, core::Error> {
    if let Ok(s) = obj.cast::<PyString>() {
        let text = s.to_cow().map_err(|_| core::Error::Json {
            message: "not valid text".into(),
        })?;
        return core::input::from_json(&text);
    }
    let value = py_to_value("", obj)?;
    // The value is read by the core's JSON reader, inside Rust, for its
    // field-naming errors; no text crosses to Python.
    core::input::from_json(&value.to_string())
}

/// `from_dict` for classes the core can read back.
pub(crate) fn de<T: DeserializeOwned>(py: Python<'_>, data: &Bound<'_, PyAny>) -> PyResult<T> {
    read(data).map_err(|e| to_py(py, e))
}
