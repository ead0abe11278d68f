//! Reading Python inputs: dicts, mappings, lists, str, numbers, dates and
//! typed results are walked as Python objects into the core's readers, whose
//! errors name the field at fault.

use piriformis_core as core;
use pyo3::prelude::*;
use pyo3::types::{
    PyBool, PyDate, PyDateAccess, PyDict, PyFloat, PyInt, PyList, PyMapping, PyString, PyTuple,
};
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::to_py;

/// Where a value sits in the input, rendered only when an error names it
/// (`log[3].date`, `red_flags.fever`): walking a valid input formats nothing.
#[derive(Clone, Copy)]
pub(crate) enum Path<'p> {
    /// The input itself, or a named argument.
    Root(&'p str),
    /// A key of an object.
    Key(&'p Path<'p>, &'p str),
    /// An item of a list.
    Index(&'p Path<'p>, usize),
}

impl std::fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Root(name) => f.write_str(name),
            Self::Key(Self::Root(""), key) => f.write_str(key),
            Self::Key(parent, key) => write!(f, "{parent}.{key}"),
            Self::Index(parent, i) => write!(f, "{parent}[{i}]"),
        }
    }
}

impl Path<'_> {
    fn name(&self) -> String {
        match self.to_string() {
            s if s.is_empty() => "input".into(),
            s => s,
        }
    }
}

/// Reads Python data as a JSON value: dicts and other mappings, lists and
/// tuples, str (enum members included), bool, int, float, `datetime.date`
/// (as YYYY-MM-DD), None. A key whose value is None is left out: "not
/// answered", as everywhere. NaN is an error naming the field. `path` names
/// the argument in errors (`""` for the input itself).
pub(crate) fn py_to_value(path: &str, obj: &Bound<'_, PyAny>) -> Result<Value, core::Error> {
    to_value(Path::Root(path), obj)
}

fn to_value(path: Path<'_>, obj: &Bound<'_, PyAny>) -> Result<Value, core::Error> {
    let invalid = |message: String| core::Error::Invalid {
        field: path.name(),
        message,
    };
    // The usual shapes first, by exact type checks that cannot raise.
    if obj.is_none() {
        return Ok(Value::Null);
    }
    if let Ok(s) = obj.cast::<PyString>() {
        return s
            .to_str()
            .map(|s| Value::String(s.to_owned()))
            .map_err(|_| invalid("not valid text".into()));
    }
    if let Ok(d) = obj.cast::<PyDict>() {
        return dict_items(path, d.iter());
    }
    if let Ok(b) = obj.cast::<PyBool>() {
        return Ok(Value::Bool(b.is_true()));
    }
    if obj.is_instance_of::<PyInt>() {
        return Ok(int_value(obj));
    }
    if obj.is_instance_of::<PyList>() || obj.is_instance_of::<PyTuple>() {
        let mut items = Vec::new();
        for (i, item) in obj
            .try_iter()
            .map_err(|e| crate::table::raised(&path.to_string(), &e))?
            .enumerate()
        {
            let item = item.map_err(|e| crate::table::raised(&path.to_string(), &e))?;
            items.push(to_value(Path::Index(&path, i), &item)?);
        }
        return Ok(Value::Array(items));
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
    // Whole numbers by Python's `__index__` (numpy integers).
    if obj.hasattr("__index__").unwrap_or(false) {
        return Ok(int_value(obj));
    }
    if let Ok(m) = obj.cast::<PyMapping>() {
        let raised = |e: &PyErr| crate::table::raised(&path.to_string(), e);
        let items = m.items().map_err(|e| raised(&e))?;
        let mut pairs = Vec::new();
        for pair in items.iter() {
            let (k, v): (Bound<'_, PyAny>, Bound<'_, PyAny>) =
                pair.extract().map_err(|e: PyErr| raised(&e))?;
            pairs.push((k, v));
        }
        return dict_items(path, pairs.into_iter());
    }
    // A typed result inside a dict (a routine request's `triage`): its dict.
    if let Ok(d) = obj.call_method0("to_dict") {
        return to_value(path, &d);
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
            return to_value(path, py_float.as_any());
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

/// A whole number as a JSON number; one beyond 64 bits as its digits (out of
/// every range, which the core's reader then says).
fn int_value(obj: &Bound<'_, PyAny>) -> Value {
    match obj.extract::<i64>() {
        Ok(n) => Value::from(n),
        Err(_) => Value::String(obj.str().map(|s| s.to_string()).unwrap_or_default()),
    }
}

fn dict_items<'py>(
    path: Path<'_>,
    items: impl Iterator<Item = (Bound<'py, PyAny>, Bound<'py, PyAny>)>,
) -> Result<Value, core::Error> {
    let mut map = serde_json::Map::new();
    for (k, v) in items {
        let Ok(key) = k.cast::<PyString>() else {
            let at = path.to_string();
            return Err(core::Error::Json {
                message: format!(
                    "{}field names must be strings",
                    if at.is_empty() {
                        String::new()
                    } else {
                        format!("{at}: ")
                    }
                ),
            });
        };
        if v.is_none() {
            continue;
        }
        let key = key.to_cow().map_err(|_| core::Error::Invalid {
            field: path.name(),
            message: "a field name is not valid text".into(),
        })?;
        let value = to_value(Path::Key(&path, &key), &v)?;
        map.insert(key.into_owned(), value);
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
    // The value is read by the core's value reader: the same limits and
    // field-naming errors as for text, and no text written or parsed.
    core::input::from_value(&py_to_value("", obj)?)
}

/// `from_dict` for classes the core can read back.
pub(crate) fn de<T: DeserializeOwned>(py: Python<'_>, data: &Bound<'_, PyAny>) -> PyResult<T> {
    read(data).map_err(|e| to_py(py, e))
}

/// A pain log read straight into entries when every item is a plain dict of
/// the usual shape: `date` as YYYY-MM-DD text or a `datetime.date`, `pain` a
/// whole number in [`core::ranges::PAIN`], `nerve_symptoms` and
/// `routine_done` bools. `None` at anything else (another key, None, a
/// subclass, a value out of range, too many items): the core's value reader
/// then reads the whole log, and names the field at fault. What this reads,
/// that reader reads the same.
pub(crate) fn lean_log(items: &[Bound<'_, PyAny>]) -> Option<Vec<core::progress::LogEntry>> {
    if items.len() > core::input::MAX_LOG_ENTRIES {
        return None;
    }
    items.iter().map(lean_entry).collect()
}

fn lean_entry(item: &Bound<'_, PyAny>) -> Option<core::progress::LogEntry> {
    let d = item.cast_exact::<PyDict>().ok()?;
    let (mut date, mut pain) = (None, None);
    let (mut nerve_symptoms, mut routine_done) = (false, false);
    for (k, v) in d.iter() {
        let flag = || v.cast_exact::<PyBool>().ok().map(|b| b.is_true());
        match k.cast_exact::<PyString>().ok()?.to_str().ok()? {
            "date" => date = Some(lean_date(&v)?),
            "pain" => {
                let p: u8 = v.cast_exact::<PyInt>().ok()?.extract().ok()?;
                let range = core::vocab::ranges::PAIN;
                pain = Some(p).filter(|p| (range.min..=range.max).contains(&u16::from(*p)));
            }
            "nerve_symptoms" => nerve_symptoms = flag()?,
            "routine_done" => routine_done = flag()?,
            _ => return None,
        }
    }
    Some(core::progress::LogEntry {
        date: date?,
        pain: pain?,
        nerve_symptoms,
        routine_done,
    })
}

/// A date as the log's reader takes it: YYYY-MM-DD text, or a `datetime.date`
/// (not a `datetime.datetime`, which the reader refuses).
fn lean_date(v: &Bound<'_, PyAny>) -> Option<chrono::NaiveDate> {
    if let Ok(s) = v.cast_exact::<PyString>() {
        // Only the exact YYYY-MM-DD shape; any other text (padded, long,
        // unpadded digits) is left to the core's reader.
        return iso_date(s.to_str().ok()?);
    }
    let d = v.cast_exact::<PyDate>().ok()?;
    chrono::NaiveDate::from_ymd_opt(d.get_year(), d.get_month().into(), d.get_day().into())
}

/// `YYYY-MM-DD` exactly, digits only, read without chrono's general parser
/// (which reads such text to the same date); `None` for any other shape.
fn iso_date(text: &str) -> Option<chrono::NaiveDate> {
    let b = text.as_bytes();
    let shape = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shape {
        return None;
    }
    let num = |r: std::ops::Range<usize>| text[r].parse::<u32>().ok();
    let year = i32::try_from(num(0..4)?).ok()?;
    chrono::NaiveDate::from_ymd_opt(year, num(5..7)?, num(8..10)?)
}

/// The str values of a dict, at its keys and one level down, as a JSON
/// object: what survives of a dict that is not JSON as a whole, for the
/// red-flag floor of its error.
pub(crate) fn text_values(obj: &Bound<'_, PyAny>) -> Value {
    fn texts(d: &Bound<'_, PyDict>, depth: usize) -> serde_json::Map<String, Value> {
        let mut out = serde_json::Map::new();
        for (k, v) in d.iter() {
            let text = |o: &Bound<'_, PyAny>| {
                o.cast::<PyString>()
                    .ok()
                    .and_then(|s| s.to_str().ok().map(str::to_owned))
            };
            let Some(key) = text(&k) else {
                continue;
            };
            if let Some(s) = text(&v) {
                out.insert(key, Value::String(s));
            } else if let (Ok(inner), 0) = (v.cast::<PyDict>(), depth) {
                out.insert(key, Value::Object(texts(inner, 1)));
            }
        }
        out
    }
    match obj.cast::<PyDict>() {
        Ok(d) => Value::Object(texts(d, 0)),
        Err(_) => Value::Null,
    }
}
