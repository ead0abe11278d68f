//! Reading Python values into the core's input: dicts, mappings, lists,
//! str, numbers, dates and typed results are walked as Python objects, within
//! the core's limits, into the core's readers, whose errors name the field
//! at fault. The batch readers of bindings/python build on these.

use crate as core;
use pyo3::prelude::*;
use pyo3::types::{
    PyBool, PyDate, PyDateAccess, PyDict, PyFloat, PyInt, PyList, PyMapping, PyString, PyTuple,
};
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::python::errors::Out;
use crate::vocab::Vocabulary;

/// Reads a vocabulary id from a Python str (or str-based enum member).
pub fn vocab<T: Vocabulary>(field: &str, v: &Bound<'_, PyAny>) -> Result<T, core::Error> {
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

/// Where a value sits in the input, rendered only when an error names it
/// (`log[3].date`, `red_flags.fever`): walking a valid input formats nothing.
#[derive(Clone, Copy)]
pub enum Path<'p> {
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

/// The limits of the core's JSON reader ([`core::input`]), applied while a
/// Python value is walked, before anything big is built: depth is counted on
/// the way down (so no walk nests deeper than [`core::input::MAX_DEPTH`] and
/// no deeply nested value can exhaust the stack, whatever the thread's stack
/// size), lists and objects are cut at [`core::input::MAX_LIST_ITEMS`] items
/// or keys (a top-level list, a pain log, at [`core::input::MAX_LOG_ENTRIES`]),
/// strings at [`core::input::MAX_STRING_CHARS`], and every value met is
/// charged what it would take as JSON text against
/// [`core::input::MAX_DOCUMENT_BYTES`]: a value met again through a shared
/// reference is charged again, so values that share references (a list
/// holding the same big list many times) cannot blow up either.
pub struct Limits {
    /// Bytes of JSON text left.
    left: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self::new()
    }
}

impl Limits {
    /// The whole budget of one input.
    pub fn new() -> Self {
        Limits {
            left: core::input::MAX_DOCUMENT_BYTES,
        }
    }

    /// The error for a value too large, at `field`.
    fn too_large(field: &dyn std::fmt::Display, found: String, allowed: String) -> core::Error {
        core::Error::TooLarge {
            field: field.to_string(),
            found,
            allowed,
        }
    }

    /// Charges a value's size as JSON text (at least its separator).
    pub fn spend(
        &mut self,
        field: &dyn std::fmt::Display,
        bytes: usize,
    ) -> Result<(), core::Error> {
        match self.left.checked_sub(bytes.saturating_add(1)) {
            Some(left) => {
                self.left = left;
                Ok(())
            }
            None => {
                self.left = 0;
                let max = core::input::MAX_DOCUMENT_BYTES;
                Err(Self::too_large(
                    field,
                    format!("more than {max} bytes as JSON text"),
                    format!("at most {max} bytes"),
                ))
            }
        }
    }

    /// Entering a list or an object `depth` levels down (0 for the input
    /// itself): an error past the core's depth; charges its brackets.
    pub fn enter(
        &mut self,
        field: &dyn std::fmt::Display,
        depth: usize,
    ) -> Result<(), core::Error> {
        let max = core::input::MAX_DEPTH;
        if depth >= max {
            return Err(Self::too_large(
                field,
                format!("nested more than {max} levels deep"),
                format!("at most {max} levels of nested objects and arrays"),
            ));
        }
        self.spend(field, 2)
    }

    /// Item `i` of a list `depth` levels down: an error once there are more
    /// than the core allows.
    pub fn item(field: &dyn std::fmt::Display, depth: usize, i: usize) -> Result<(), core::Error> {
        let (limit, what) = match depth {
            0 => (core::input::MAX_LOG_ENTRIES, "items in a top-level list"),
            _ => (core::input::MAX_LIST_ITEMS, "items in a list"),
        };
        if i >= limit {
            return Err(Self::too_large(
                field,
                format!("more than {limit} items"),
                format!("at most {limit} {what}"),
            ));
        }
        Ok(())
    }

    /// Key `i` of an object: an error once there are more than the core allows.
    pub fn key(field: &dyn std::fmt::Display, i: usize) -> Result<(), core::Error> {
        let limit = core::input::MAX_LIST_ITEMS;
        if i >= limit {
            return Err(Self::too_large(
                field,
                format!("more than {limit} keys"),
                format!("at most {limit} keys in an object"),
            ));
        }
        Ok(())
    }

    /// A str: an error past the core's length, before it is copied; else
    /// charged its length.
    pub fn text(
        &mut self,
        field: &dyn std::fmt::Display,
        s: &Bound<'_, PyString>,
    ) -> Result<(), core::Error> {
        // Its length by its text, not by `len()` (a subclass's `__len__`
        // is Python code); text that is not valid is refused by the reader.
        let Ok(text) = s.to_str() else {
            return self.spend(field, 2);
        };
        let max = core::input::MAX_STRING_CHARS;
        // A character is at most 4 bytes: most strings need no count.
        if text.len() > max {
            let n = text.chars().count();
            if n > max {
                return Err(Self::too_large(
                    field,
                    format!("a string of {n} characters"),
                    format!("at most {max} characters"),
                ));
            }
        }
        self.spend(field, text.len() + 2)
    }
}

/// Exceptions that must reach the caller, never become an input error:
/// `KeyboardInterrupt`, `SystemExit`, `GeneratorExit` (any `BaseException`
/// that is not an `Exception`), raised by Python code an input runs while it
/// is read (`__iter__`, `__len__`, `__getitem__`, `keys`, `__index__`, ...).
/// Readers that turn an exception into a field's error, or pass over it, note
/// it here; every entry point then raises the first one noted
/// ([`take_fatal`]), whatever the reading gave.
mod fatal {
    use pyo3::prelude::*;
    use std::cell::RefCell;

    thread_local! {
        static PENDING: RefCell<Option<PyErr>> = const { RefCell::new(None) };
    }

    /// Notes `e` if it must reach the caller (the first one noted stays).
    pub fn note(py: Python<'_>, e: &PyErr) {
        if !e.is_instance_of::<pyo3::exceptions::PyException>(py) {
            let e = e.clone_ref(py);
            PENDING.with(|p| {
                p.borrow_mut().get_or_insert(e);
            });
        }
    }

    /// The exception noted on this thread since the last call, if any.
    pub fn take() -> Option<PyErr> {
        PENDING.with(|p| p.borrow_mut().take())
    }
}

/// Notes an exception that must reach the caller (see [`take_fatal`]).
pub fn note(py: Python<'_>, e: &PyErr) {
    fatal::note(py, e);
}

/// A Python call's result with its exception passed over (`None`), unless
/// that exception must reach the caller: then it is noted for the entry
/// point to raise.
pub fn soft<T>(py: Python<'_>, r: PyResult<T>) -> Option<T> {
    r.map_err(|e| note(py, &e)).ok()
}

/// The `KeyboardInterrupt`, `SystemExit` or `GeneratorExit` raised by input
/// code while it was read on this thread, if any: every entry point raises it
/// instead of its result or error.
pub fn take_fatal() -> Option<PyErr> {
    fatal::take()
}

/// The error for an exception raised while a cell was read.
/// A `KeyboardInterrupt`, `SystemExit` or `GeneratorExit` is noted for the
/// entry point to raise (`read::take_fatal`): never only a row's error.
pub fn raised(field: &str, e: &PyErr) -> core::Error {
    Python::attach(|py| note(py, e));
    core::Error::Invalid {
        field: field.into(),
        message: format!(
            "reading the cell raised {}",
            core::cell::cut(&e.to_string(), core::cell::MAX_ECHO)
        ),
    }
}

/// Whether `obj` is a `collections.abc.Mapping` other than a dict; an
/// exception from the check (a class's `__instancecheck__`) is passed on.
pub fn is_mapping(obj: &Bound<'_, PyAny>) -> PyResult<bool> {
    use pyo3::type_object::PyTypeInfo;
    if obj.is_instance_of::<PyDict>() {
        return Ok(false);
    }
    obj.is_instance(PyMapping::type_object(obj.py()).as_any())
}

/// Puts the (key, value) pairs of a mapping (a dict, or any other
/// `collections.abc.Mapping` by its `items()`) into `pairs`, at most the
/// core's number of keys: past that, or when its Python code raises, this
/// field's error, with the pairs read so far kept (for the red-flag floor).
pub fn mapping_items<'py>(
    field: &dyn std::fmt::Display,
    obj: &Bound<'py, PyAny>,
    pairs: &mut Vec<(Bound<'py, PyAny>, Bound<'py, PyAny>)>,
) -> Result<(), core::Error> {
    if let Ok(d) = obj.cast::<PyDict>() {
        for (i, (k, v)) in d.iter().enumerate() {
            Limits::key(field, i)?;
            pairs.push((k, v));
        }
        return Ok(());
    }
    let raised = |e: PyErr| raised(&field.to_string(), &e);
    let items = obj.call_method0("items").map_err(raised)?;
    for (i, pair) in items.try_iter().map_err(raised)?.enumerate() {
        Limits::key(field, i)?;
        let (k, v): (Bound<'py, PyAny>, Bound<'py, PyAny>) =
            pair.and_then(|p| p.extract()).map_err(raised)?;
        pairs.push((k, v));
    }
    Ok(())
}

/// Reads Python data as a JSON value: dicts and other mappings, lists and
/// tuples, str (enum members included), bool, int, float, `datetime.date`
/// (as YYYY-MM-DD), None. A key whose value is None is left out: "not
/// answered", as everywhere. NaN is an error naming the field. `path` names
/// the argument in errors (`""` for the input itself). The walk keeps the
/// core's limits as it goes ([`Limits`]).
pub fn py_to_value(path: &str, obj: &Bound<'_, PyAny>) -> Result<Value, core::Error> {
    to_value(Path::Root(path), obj, 0, &mut Limits::new())
}

fn to_value(
    path: Path<'_>,
    obj: &Bound<'_, PyAny>,
    depth: usize,
    limits: &mut Limits,
) -> Result<Value, core::Error> {
    let py = obj.py();
    let invalid = |message: String| core::Error::Invalid {
        field: path.name(),
        message,
    };
    // The usual shapes first, by exact type checks that cannot raise.
    if obj.is_none() {
        limits.spend(&path, 4)?;
        return Ok(Value::Null);
    }
    if let Ok(s) = obj.cast::<PyString>() {
        limits.text(&path, s)?;
        return s
            .to_str()
            .map(|s| Value::String(s.to_owned()))
            .map_err(|_| invalid("not valid text".into()));
    }
    if let Ok(d) = obj.cast::<PyDict>() {
        limits.enter(&path, depth)?;
        let mut pairs = Vec::new();
        mapping_items(&path, d.as_any(), &mut pairs)?;
        return dict_items(path, pairs, depth, limits);
    }
    if let Ok(b) = obj.cast::<PyBool>() {
        limits.spend(&path, 5)?;
        return Ok(Value::Bool(b.is_true()));
    }
    if obj.is_instance_of::<PyInt>() {
        limits.spend(&path, 1)?;
        return Ok(int_value(obj));
    }
    if obj.is_instance_of::<PyList>() || obj.is_instance_of::<PyTuple>() {
        limits.enter(&path, depth)?;
        let mut items = Vec::new();
        for (i, item) in obj
            .try_iter()
            .map_err(|e| raised(&path.to_string(), &e))?
            .enumerate()
        {
            Limits::item(&path, depth, i)?;
            let item = item.map_err(|e| raised(&path.to_string(), &e))?;
            items.push(to_value(Path::Index(&path, i), &item, depth + 1, limits)?);
        }
        return Ok(Value::Array(items));
    }
    if let Ok(f) = obj.cast::<PyFloat>() {
        limits.spend(&path, 1)?;
        let f = f.value();
        return serde_json::Number::from_f64(f).map(Value::Number).ok_or_else(|| {
            invalid("NaN (a missing-value marker) is not an answer; leave the key out or give None for not answered".into())
        });
    }
    if let Ok(d) = obj.cast::<PyDate>() {
        let text = soft(py, d.str().map(|s| s.to_string())).unwrap_or_default();
        limits.spend(&path, text.len() + 2)?;
        return Ok(Value::String(text));
    }
    // Whole numbers by Python's `__index__` (numpy integers).
    if soft(py, obj.hasattr("__index__")).unwrap_or(false) {
        limits.spend(&path, 1)?;
        return Ok(int_value(obj));
    }
    if is_mapping(obj).map_err(|e| raised(&path.to_string(), &e))? {
        limits.enter(&path, depth)?;
        let mut pairs = Vec::new();
        mapping_items(&path, obj, &mut pairs)?;
        return dict_items(path, pairs, depth, limits);
    }
    // A typed result inside a dict (a routine request's `triage`): its dict.
    if let Some(d) = soft(py, obj.call_method0("to_dict")) {
        return to_value(path, &d, depth, limits);
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
        if let Some(f) = soft(py, obj.extract::<f64>()) {
            let py_float = PyFloat::new(obj.py(), f);
            return to_value(path, py_float.as_any(), depth, limits);
        }
    }
    if kind == "bool" || kind == "bool_" {
        if let Some(b) = soft(py, obj.is_truthy()) {
            limits.spend(&path, 5)?;
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
    let py = obj.py();
    match obj.extract::<i64>() {
        Ok(n) => Value::from(n),
        Err(e) => {
            note(py, &e);
            Value::String(soft(py, obj.str().map(|s| s.to_string())).unwrap_or_default())
        }
    }
}

fn dict_items<'py>(
    path: Path<'_>,
    items: Vec<(Bound<'py, PyAny>, Bound<'py, PyAny>)>,
    depth: usize,
    limits: &mut Limits,
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
        limits.text(&path, key)?;
        if v.is_none() {
            continue;
        }
        let key = key.to_cow().map_err(|_| core::Error::Invalid {
            field: path.name(),
            message: "a field name is not valid text".into(),
        })?;
        let value = to_value(Path::Key(&path, &key), &v, depth + 1, limits)?;
        map.insert(key.into_owned(), value);
    }
    Ok(Value::Object(map))
}

/// Reads a dict, other mapping, JSON text, or typed result as the core type `T`,
/// by the core's reader (its error messages name the field).
pub fn read<T: DeserializeOwned>(obj: &Bound<'_, PyAny>) -> Result<T, core::Error> {
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
pub fn de<T: DeserializeOwned>(py: Python<'_>, data: &Bound<'_, PyAny>) -> PyResult<T> {
    read(data).out(py)
}

/// A pain log read straight into entries when every item is a plain dict of
/// the usual shape: `date` as YYYY-MM-DD text or a `datetime.date`, `pain` a
/// whole number in [`core::vocab::ranges::PAIN`], `nerve_symptoms` and
/// `routine_done` bools. `None` at anything else (another key, None, a
/// subclass, a value out of range, too many items): the core's value reader
/// then reads the whole log, and names the field at fault. What this reads,
/// that reader reads the same.
pub fn lean_log(items: &[Bound<'_, PyAny>]) -> Option<Vec<core::progress::LogEntry>> {
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

/// The str values of a mapping (a dict or any other `Mapping`), at its keys
/// and one level down, as a JSON object: what survives of a mapping that is
/// not JSON as a whole, for the red-flag floor of its error. At most the
/// core's number of keys in each; an exception while reading gives what was
/// read so far (one that must reach the caller is noted).
pub fn text_values(obj: &Bound<'_, PyAny>) -> Value {
    fn texts(m: &Bound<'_, PyAny>, depth: usize) -> Option<serde_json::Map<String, Value>> {
        let py = m.py();
        if !m.is_instance_of::<PyDict>() && !soft(py, is_mapping(m))? {
            return None;
        }
        let text = |o: &Bound<'_, PyAny>| {
            o.cast::<PyString>()
                .ok()
                .and_then(|s| s.to_str().ok())
                .filter(|s| s.chars().count() <= core::input::MAX_STRING_CHARS)
                .map(str::to_owned)
        };
        let mut out = serde_json::Map::new();
        let pairs: Vec<(Bound<'_, PyAny>, Bound<'_, PyAny>)> = match m.cast::<PyDict>() {
            Ok(d) => d.iter().take(core::input::MAX_LIST_ITEMS).collect(),
            Err(_) => {
                let Some(items) = soft(py, m.call_method0("items").and_then(|i| i.try_iter()))
                else {
                    return Some(out);
                };
                items
                    .take(core::input::MAX_LIST_ITEMS)
                    .map_while(|pair| soft(py, pair.and_then(|p| p.extract())))
                    .collect()
            }
        };
        for (k, v) in pairs {
            let Some(key) = text(&k) else {
                continue;
            };
            if let Some(s) = text(&v) {
                out.insert(key, Value::String(s));
            } else if depth == 0 {
                if let Some(inner) = texts(&v, 1) {
                    out.insert(key, Value::Object(inner));
                }
            }
        }
        Some(out)
    }
    texts(obj, 0).map_or(Value::Null, Value::Object)
}
