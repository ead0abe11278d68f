//! The dict reader: one assessment dict (`pf.triage`) or the rows of
//! `triage_many`, read as strictly as the JSON path, with a lean pass for
//! plain dicts and a cached reader that maps key and value objects once.

use piriformis_core as core;
use piriformis_core::Vocabulary;
use piriformis_core::triage::{Field, FieldValue};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString};

use super::cells::*;
use crate::read::vocab;
use crate::read::{raised, soft};

/// Which object a dict key belongs to.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scope {
    Top,
    Nerve,
    RedFlags,
}

/// Reads cells into rows for both batch paths: table columns (each column a
/// field) and dicts (the `triage_many` shape, read as strictly as the JSON
/// path). Caches which field each key object names and, per field, which
/// value each cell object means.
pub(crate) struct Reader<'py> {
    /// Key object address -> field, one map per scope.
    pub(crate) keys: [HashMap<usize, usize, BuildAddressHasher>; 3],
    pub(crate) keep: Vec<Bound<'py, PyAny>>,
    /// One per distinct field seen: its full name and how to read it.
    pub(crate) fields: Vec<(String, Slot<'py>)>,
    /// The place in `fields` of each key-table entry seen.
    pub(crate) by_entry: HashMap<Entry, usize>,
}

impl<'py> Reader<'py> {
    pub(crate) const CAPACITY: usize = 4096;

    pub(crate) fn new() -> Self {
        Reader {
            keys: std::array::from_fn(|_| HashMap::with_hasher(BuildAddressHasher)),
            keep: Vec::new(),
            fields: Vec::new(),
            by_entry: HashMap::default(),
        }
    }

    /// The field with this full name, added on first use; `None` if there is
    /// no such field.
    pub(crate) fn field(&mut self, full: &str) -> Option<usize> {
        if let Some(i) = self.fields.iter().position(|(n, _)| n == full) {
            return Some(i);
        }
        self.fields.push((full.to_string(), slot(full)?));
        Some(self.fields.len() - 1)
    }

    /// The field a dict key names, or the error the JSON path gives for it.
    pub(crate) fn key(
        &mut self,
        scope: Scope,
        key: &Bound<'py, PyAny>,
    ) -> Result<usize, core::Error> {
        // A str key of the core's field list: found by its hash, nothing
        // remembered (rows parsed one by one bring new key objects each).
        if let Ok(keys) = keys(key.py()) {
            if let Some(entry) = keys.of(scope).get(key) {
                if let Some(&i) = self.by_entry.get(&entry) {
                    return Ok(i);
                }
                let name = match entry {
                    Entry::Field(f) => f.path().into_owned(),
                    Entry::Nerve => "nerve".into(),
                    Entry::RedFlags => "red_flags".into(),
                };
                if let Some(i) = self.field(&name) {
                    self.by_entry.insert(entry, i);
                    return Ok(i);
                }
            }
        }
        let address = key.as_ptr() as usize;
        if let Some(&i) = self.keys[scope as usize].get(&address) {
            return Ok(i);
        }
        let name = key.cast::<PyString>().ok().and_then(|k| k.to_str().ok());
        let i = match (scope, name) {
            (Scope::Top, Some(n)) => (!n.contains('.'))
                .then(|| self.field(n))
                .flatten()
                .ok_or_else(|| core::Error::Invalid {
                    field: n.to_string(),
                    message: format!("unknown field `{n}`"),
                })?,
            (Scope::Top, None) => {
                return Err(core::Error::Json {
                    message: "field names must be strings".into(),
                });
            }
            (Scope::Nerve, Some(n)) => {
                self.field(&format!("nerve.{n}"))
                    .ok_or_else(|| core::Error::Invalid {
                        field: format!("nerve.{n}"),
                        message: format!(
                            "unknown field `{n}`, expected one of `numbness`, `tingling`, `weakness`, `legs`"
                        ),
                    })?
            }
            (Scope::Nerve, None) => {
                return Err(core::Error::Invalid {
                    field: "nerve".into(),
                    message: "field names must be strings".into(),
                });
            }
            (Scope::RedFlags, name) => {
                // The unknown key names itself, as in JSON: `red_flags.headache`.
                let field = name.map_or_else(|| "red_flags".to_string(), |n| format!("red_flags.{n}"));
                let flag: core::RedFlag = vocab(&field, key)?;
                // Every red flag has its field; the error only keeps this total.
                self.field(&format!("red_flags.{}", flag.id()))
                    .ok_or_else(|| core::Error::Invalid {
                        field: "red_flags".into(),
                        message: format!("no field for {}", flag.id()),
                    })?
            }
        };
        if self.keep.len() < Self::CAPACITY {
            self.keys[scope as usize].insert(address, i);
            self.keep.push(key.clone());
        }
        Ok(i)
    }

    /// Puts one (non-None) value of field `i` into its row; an object's keys
    /// are fields of their own.
    pub(crate) fn put(
        &mut self,
        mode: Mode,
        i: usize,
        value: &Bound<'py, PyAny>,
        row: &mut Row,
    ) -> Result<(), core::Error> {
        let scope = match &mut self.fields[i] {
            (name, Slot::Value(kind)) => return kind.fill(mode, name, value, row),
            (_, Slot::Nested(scope)) => *scope,
        };
        if mode == Mode::Table && na(value) {
            return Ok(());
        }
        // A dict, or any other mapping (`MappingProxyType`, `UserDict`, ...).
        let name = &self.fields[i].0;
        let is_mapping = value.is_instance_of::<PyDict>()
            || crate::read::is_mapping(value).map_err(|e| raised(name, &e))?;
        if !is_mapping {
            return Err(core::Error::Invalid {
                field: name.clone(),
                message: "expected an object".into(),
            });
        }
        let mut pairs = Vec::new();
        // Its pairs read before an error still count (their red flags keep
        // the floor); the error is the first.
        let mut first = crate::read::mapping_items(name, value, &mut pairs);
        for (k, v) in pairs {
            let put = self.key(scope, &k).and_then(|j| {
                if v.is_none() {
                    Ok(())
                } else {
                    self.put(mode, j, &v, row)
                }
            });
            if first.is_ok() {
                first = put;
            }
        }
        first
    }

    /// One assessment given as a dict.
    pub(crate) fn read(&mut self, d: &Bound<'py, PyDict>) -> Row {
        let mut row = Row::new();
        let mut pairs = Vec::new();
        // More keys than an object may have: the error, and the keys up to
        // the limit still read.
        if let Err(e) = crate::read::mapping_items(&"", d.as_any(), &mut pairs) {
            row.error = Some(Box::new(e));
        }
        for (k, v) in pairs {
            let put = self.key(Scope::Top, &k).and_then(|i| {
                if v.is_none() {
                    Ok(())
                } else {
                    self.put(Mode::Dict, i, &v, &mut row)
                }
            });
            if let Err(e) = put {
                // The first error counts; the rest is still read, so that
                // valid red flags keep their floor.
                row.error.get_or_insert_with(|| Box::new(e));
            }
        }
        row
    }
}

/// One assessment given as a dict, read as `triage_many` reads its rows
/// (as strictly as JSON; None is "not answered"). A bad value's error keeps
/// the floor of the red flags answered "present" in the same dict.
///
/// A single dict gains nothing from the batch reader's caches, so it is read
/// by the lean pass (keys found in the core's field list, values read by the
/// same cell rule, a bad value's error kept and the rest still read; only
/// key objects are remembered, see below); a dict it cannot take (a key
/// outside the field list, a `nerve` that is not a dict) is read again by
/// the batch reader, whose error is the one given.
pub(crate) fn read_assessment(d: &Bound<'_, PyDict>) -> Result<core::Assessment, core::Error> {
    // The key objects of one call are remembered for the next: a loop over
    // rows from one JSON document or `DataFrame.to_dict("records")` passes
    // the same key objects each time, then known by address (the memory
    // holds them, so no address is reused). A call made while another reads
    // (from a key's own Python code) goes without.
    static SEEN: std::sync::Mutex<Option<SeenKeys>> = std::sync::Mutex::new(None);
    let mut guard = match SEEN.try_lock() {
        Ok(g) => Some(g),
        Err(std::sync::TryLockError::Poisoned(p)) => Some(p.into_inner()),
        Err(std::sync::TryLockError::WouldBlock) => None,
    };
    let seen = guard.as_deref_mut().and_then(|s| {
        if s.is_none() {
            *s = Some(SeenKeys::new());
        }
        s.as_mut()
    });
    let lean = lean_read(d, seen);
    drop(guard);
    let row = match lean {
        Some(row) => row,
        None => Reader::new().read(d),
    };
    let a = row.a;
    match row.error {
        Some(e) => Err((*e).with_warning_signs(a.present_flags())),
        None => Ok(a),
    }
}

/// What a key of an assessment dict names: a field, or one of the two
/// objects whose keys are fields of their own.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Entry {
    Field(Field),
    Nerve,
    RedFlags,
}

/// The keys of one scope (top level, `nerve`, `red_flags`) by Python's own
/// hash of each key, from the core's field list. A dict's str keys carry
/// their hash, so finding a key costs one probe and one comparison of bytes:
/// no Python call, no Python object made.
pub(crate) struct KeyTable {
    /// Open addressing; the length is a power of two.
    pub(crate) slots: Vec<Option<KeySlot>>,
}

/// A key of a [`KeyTable`]: Python's hash of it, its text, the interned str
/// (dict literals in Python code use the same object, so most lookups end
/// at a pointer comparison) and what it names.
pub(crate) struct KeySlot {
    pub(crate) hash: isize,
    pub(crate) key: &'static str,
    pub(crate) interned: Py<PyString>,
    pub(crate) entry: Entry,
}

impl KeyTable {
    pub(crate) fn new(py: Python<'_>, keys: &[(&'static str, Entry)]) -> PyResult<Self> {
        let size = (keys.len() * 4).next_power_of_two();
        let mut slots: Vec<Option<KeySlot>> = (0..size).map(|_| None).collect();
        for &(key, entry) in keys {
            let interned = PyString::intern(py, key);
            let hash = interned.hash()?;
            let mut i = hash as usize & (size - 1);
            while slots[i].is_some() {
                i = (i + 1) & (size - 1);
            }
            slots[i] = Some(KeySlot {
                hash,
                key,
                interned: interned.unbind(),
                entry,
            });
        }
        Ok(KeyTable { slots })
    }

    /// The entry a key names, or `None` (not a str, not a field, or a str
    /// subclass whose hash differs: the full reader then reads the dict).
    pub(crate) fn get(&self, key: &Bound<'_, PyAny>) -> Option<Entry> {
        let text = key.cast::<PyString>().ok()?;
        let hash = soft(key.py(), key.hash())?;
        let mask = self.slots.len() - 1;
        let mut i = hash as usize & mask;
        loop {
            match &self.slots[i] {
                None => return None,
                Some(slot) if slot.hash == hash => {
                    if slot.interned.as_ptr() == key.as_ptr() || text.to_str().ok()? == slot.key {
                        return Some(slot.entry);
                    }
                    return None;
                }
                Some(_) => i = (i + 1) & mask,
            }
        }
    }
}

/// The key objects met most recently, by address, with their scope and
/// entry: rows from `DataFrame.to_dict("records")` or one JSON document (and
/// single calls over such rows) share their key objects, which then cost one
/// comparison each, not a hash, a probe and a comparison of text. Each
/// object kept is held, so its address is not reused while it is kept; only
/// exact str keys are kept (a subclass, and all it refers to, is not kept
/// alive by the memory).
pub(crate) struct SeenKeys {
    pub(crate) recent: Vec<Option<(Py<PyAny>, Scope, Entry)>>,
}

impl SeenKeys {
    /// Places: a power of two, many times the keys of an assessment, so that
    /// the keys of one document rarely push each other out.
    pub(crate) const RECENT: usize = 512;

    pub(crate) fn new() -> Self {
        SeenKeys {
            recent: (0..Self::RECENT).map(|_| None).collect(),
        }
    }

    /// Where a key object is kept.
    pub(crate) fn place(key: &Bound<'_, PyAny>) -> usize {
        (key.as_ptr() as usize >> 4) & (Self::RECENT - 1)
    }
}

/// The entry a key of `scope` names: by address when the memory holds this
/// very object, else from the key table (and then kept).
pub(crate) fn find_key(
    keys: &Keys,
    scope: Scope,
    key: &Bound<'_, PyAny>,
    seen: &mut Option<&mut SeenKeys>,
) -> Option<Entry> {
    if let Some(s) = seen.as_deref() {
        if let Some(Some((known, at, entry))) = s.recent.get(SeenKeys::place(key)) {
            if known.as_ptr() == key.as_ptr() && *at == scope {
                return Some(*entry);
            }
        }
    }
    let entry = keys.of(scope).get(key)?;
    if let Some(s) = seen.as_deref_mut() {
        if key.is_exact_instance_of::<PyString>() {
            s.recent[SeenKeys::place(key)] = Some((key.clone().unbind(), scope, entry));
        }
    }
    Some(entry)
}

/// The key tables of the three scopes of an assessment dict, indexed by [`Scope`].
pub(crate) struct Keys([KeyTable; 3]);

impl Keys {
    pub(crate) fn of(&self, scope: Scope) -> &KeyTable {
        &self.0[scope as usize]
    }
}

pub(crate) fn keys(py: Python<'_>) -> PyResult<&'static Keys> {
    static KEYS: pyo3::sync::PyOnceLock<Keys> = pyo3::sync::PyOnceLock::new();
    KEYS.get_or_try_init(py, || {
        let (mut top, mut nerve, mut red_flags) = (Vec::new(), Vec::new(), Vec::new());
        top.push(("nerve", Entry::Nerve));
        top.push(("red_flags", Entry::RedFlags));
        for f in Field::all() {
            let path: &'static str = match f.path() {
                std::borrow::Cow::Borrowed(p) => p,
                // Red-flag paths are made on the fly; the id is static.
                std::borrow::Cow::Owned(_) => match f {
                    Field::RedFlag(flag) => {
                        red_flags.push((flag.id(), Entry::Field(f)));
                        continue;
                    }
                    _ => continue,
                },
            };
            match path.split_once('.') {
                Some(("nerve", key)) => nerve.push((key, Entry::Field(f))),
                Some(("red_flags", key)) => red_flags.push((key, Entry::Field(f))),
                _ => top.push((path, Entry::Field(f))),
            }
        }
        // In the order of `Scope`.
        Ok(Keys([
            KeyTable::new(py, &top)?,
            KeyTable::new(py, &nerve)?,
            KeyTable::new(py, &red_flags)?,
        ]))
    })
}

/// Reads a dict without caches, bad values included (the first one's error
/// is the row's); `None` at a key it cannot take (not a field of the core's
/// list, or not a str) or a `nerve` or `red_flags` that is not a dict: the
/// batch reader then reads the dict and names the error.
pub(crate) fn lean_read(d: &Bound<'_, PyDict>, mut seen: Option<&mut SeenKeys>) -> Option<Row> {
    let keys = keys(d.py()).ok()?;
    let mut row = Row::new();
    // Keys first: an unknown key is an error even when its value is None.
    for (k, v) in d.iter() {
        let scope = match find_key(keys, Scope::Top, &k, &mut seen)? {
            _ if v.is_none() => continue,
            Entry::Field(field) => {
                lean_put(field, &v, &mut row);
                continue;
            }
            Entry::Nerve => Scope::Nerve,
            Entry::RedFlags => Scope::RedFlags,
        };
        for (k, v) in v.cast::<PyDict>().ok()?.iter() {
            match find_key(keys, scope, &k, &mut seen)? {
                _ if v.is_none() => {}
                Entry::Field(field) => lean_put(field, &v, &mut row),
                Entry::Nerve | Entry::RedFlags => return None,
            }
        }
    }
    Some(row)
}

/// Puts one (non-None) value into the row. A bad value's error, named as
/// the batch reader names it, is the row's error if it is the first; the
/// rest of the dict is still read, so valid red flags keep their floor.
pub(crate) fn lean_put(field: Field, v: &Bound<'_, PyAny>, row: &mut Row) {
    // The common case, an id given as a str, straight to its vocabulary.
    if let Some(value) = v
        .cast::<PyString>()
        .ok()
        .and_then(|text| text.to_str().ok())
        .and_then(|id| FieldValue::from_id(field, id))
    {
        value.apply_to(&mut row.a);
        return;
    }
    // Read once, with the field's name for the error (a value's own Python
    // code runs at most once).
    let mut kind = Kind::new(field);
    kind.cache.forget();
    if let Err(e) = kind.fill(Mode::Dict, &field.path(), v, row) {
        row.error.get_or_insert_with(|| Box::new(e));
    }
}

/// A str item's text, copied, when the core's JSON reader may read it off
/// the GIL: valid text within the document limit (a longer one is refused at
/// once, under the GIL, by `triage`'s reader).
pub(crate) fn json_text(item: &Bound<'_, PyAny>) -> Option<Box<str>> {
    let s = item.cast::<PyString>().ok()?;
    let text = s.to_str().ok()?;
    (text.len() <= core::input::MAX_DOCUMENT_BYTES).then(|| text.into())
}
