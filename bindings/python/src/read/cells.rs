//! Cells into rows: a Python object read as the core's cell rule sees it
//! (`piriformis_core::cell`), within the core's limits, each distinct object
//! matched against its vocabulary once per field; the row a batch triages.

/// Maps keyed by small numbers (rule-set bits, field entries): Fx hashing,
/// not SipHash, which showed up at 10% of a batch of invalid rows.
pub(crate) type HashMap<K, V, S = rustc_hash::FxBuildHasher> = std::collections::HashMap<K, V, S>;

use piriformis_core as core;
use piriformis_core::Vocabulary;
use piriformis_core::cell::CellValue;
use piriformis_core::triage::{Field, FieldKind, FieldValue};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyList, PyString, PyTuple};

use super::dict::Scope;
use crate::read::{Limits, raised, soft};

/// Where cells come from, which decides what counts as missing and how
/// loosely numbers and lists are read: the core's rule
/// (`piriformis_core::cell`), which every cell goes through.
pub(crate) type Mode = core::cell::Origin;

/// A Python object as the core's cell rule sees it. Python code a cell
/// runs while being read (`__index__`, `__float__`, `__iter__`, `__str__`)
/// may raise: the exception becomes this cell's error, naming the field and
/// the exception (cut to about 80 characters), instead of being lost.
///
/// The walk keeps the core's limits ([`Limits`]): a list nested deeper than
/// the JSON reader allows, longer than it allows, or too large as a whole
/// (shared references counted each time) is this cell's error, found on the
/// way down, before anything big is built.
pub(crate) fn to_cell<'a>(
    field: &str,
    cell: &'a Bound<'_, PyAny>,
) -> Result<CellValue<'a>, core::Error> {
    walk_cell(field, cell, depth_of(field), &mut Limits::new())
}

/// How deep a field's cell sits in an assessment document: `pain_now` one
/// level down, `red_flags.fever` two.
pub(crate) fn depth_of(field: &str) -> usize {
    1 + field.bytes().filter(|&b| b == b'.').count()
}

/// An int cell (Python or numpy): ints beyond 64 bits are out of every
/// range, and their digits say so.
fn int_cell<'a>(field: &str, cell: &Bound<'_, PyAny>) -> Result<CellValue<'a>, core::Error> {
    Ok(match cell.extract::<i64>() {
        Ok(n) => CellValue::Int(n),
        Err(_) => CellValue::Text(
            cell.str()
                .map_err(|e| raised(field, &e))?
                .to_string()
                .into(),
        ),
    })
}

pub(crate) fn walk_cell<'a>(
    field: &str,
    cell: &'a Bound<'_, PyAny>,
    depth: usize,
    limits: &mut Limits,
) -> Result<CellValue<'a>, core::Error> {
    if cell.is_none() {
        return Ok(CellValue::None);
    }
    if let Ok(s) = cell.cast::<PyString>() {
        limits.text(&field, s)?;
        return s
            .to_cow()
            .map(CellValue::Text)
            .map_err(|_| core::Error::Invalid {
                field: field.into(),
                message: "not valid text".into(),
            });
    }
    if let Ok(b) = cell.cast::<PyBool>() {
        return Ok(CellValue::Bool(b.is_true()));
    }
    if let Ok(f) = cell.cast::<PyFloat>() {
        return Ok(CellValue::Float(f.value()));
    }
    if cell.is_instance_of::<PyInt>() {
        return int_cell(field, cell);
    }
    if cell.is_instance_of::<PyList>() || cell.is_instance_of::<PyTuple>() {
        limits.enter(&field, depth)?;
        let mut items = Vec::new();
        for (i, item) in cell.try_iter().map_err(|e| raised(field, &e))?.enumerate() {
            Limits::item(&field, depth, i)?;
            let item = item.map_err(|e| raised(field, &e))?;
            let item = walk_cell(&format!("{field}[{i}]"), &item, depth + 1, limits)?;
            items.push(owned(&item));
        }
        return Ok(CellValue::List(items));
    }
    limits.spend(&field, 1)?;
    let ty = cell.get_type();
    let name = ty.name().map(|n| n.to_string()).unwrap_or_default();
    if name == "NAType" || name == "NaTType" {
        return Ok(CellValue::Float(f64::NAN));
    }
    if ty
        .module()
        .is_ok_and(|m| m.to_str().is_ok_and(|m| m == "numpy"))
    {
        if name == "bool" || name == "bool_" {
            return cell
                .is_truthy()
                .map(CellValue::Bool)
                .map_err(|e| raised(field, &e));
        }
        if name.starts_with("int") || name.starts_with("uint") {
            return int_cell(field, cell);
        }
        if name.starts_with("float")
            || matches!(name.as_str(), "half" | "single" | "double" | "longdouble")
        {
            return cell
                .extract::<f64>()
                .map(CellValue::Float)
                .map_err(|e| raised(field, &e));
        }
    }
    // A container's text is made by Python's repr, which recurses: its
    // shape is checked first, so a deep or huge one is an error here.
    shape(field, cell, depth, limits)?;
    let text = cell.str().map_err(|e| raised(field, &e))?;
    let text = text.to_cow().map_err(|e| raised(field, &e))?;
    Ok(CellValue::Other(
        format!(
            "{} (a {name})",
            core::cell::cut(&text, core::cell::MAX_ECHO)
        )
        .into(),
    ))
}

/// Checks the shape of a dict, set or frozenset (and the lists, tuples and
/// dicts in it) by the core's limits, as [`walk_cell`] does for lists;
/// anything else passes.
pub(crate) fn shape(
    field: &str,
    obj: &Bound<'_, PyAny>,
    depth: usize,
    limits: &mut Limits,
) -> Result<(), core::Error> {
    use pyo3::types::{PyFrozenSet, PySet};
    let items: Vec<Bound<'_, PyAny>> = if let Ok(d) = obj.cast::<PyDict>() {
        limits.enter(&field, depth)?;
        let mut items = Vec::new();
        for (i, (k, v)) in d.iter().enumerate() {
            Limits::key(&field, i)?;
            items.push(k);
            items.push(v);
        }
        items
    } else if obj.is_instance_of::<PyList>()
        || obj.is_instance_of::<PyTuple>()
        || obj.is_instance_of::<PySet>()
        || obj.is_instance_of::<PyFrozenSet>()
    {
        limits.enter(&field, depth)?;
        let mut items = Vec::new();
        for (i, item) in obj.try_iter().map_err(|e| raised(field, &e))?.enumerate() {
            Limits::item(&field, depth, i)?;
            items.push(item.map_err(|e| raised(field, &e))?);
        }
        items
    } else {
        return match obj.cast::<PyString>() {
            Ok(s) => limits.text(&field, s),
            Err(_) => limits.spend(&field, 1),
        };
    };
    for item in &items {
        shape(field, item, depth + 1, limits)?;
    }
    Ok(())
}

/// A cell value that no longer borrows from its Python object.
pub(crate) fn owned(v: &CellValue<'_>) -> CellValue<'static> {
    match v {
        CellValue::None => CellValue::None,
        CellValue::Bool(b) => CellValue::Bool(*b),
        CellValue::Int(n) => CellValue::Int(*n),
        CellValue::Float(f) => CellValue::Float(*f),
        CellValue::Text(t) => CellValue::Text(t.to_string().into()),
        CellValue::List(items) => CellValue::List(items.iter().map(owned).collect()),
        CellValue::Other(t) => CellValue::Other(t.to_string().into()),
    }
}

/// Remembers which vocabulary value each Python object in a column stands for,
/// so repeated cells (interned strings, enum members, categories, rows that
/// share objects) cost one hash lookup on the object's address. Entries hold a
/// reference, so no address is reused while cached.
pub(crate) struct Seen<'py, T> {
    pub(crate) by_address: HashMap<usize, T, BuildAddressHasher>,
    pub(crate) keep: Vec<Bound<'py, PyAny>>,
    /// Lookups answered from the cache.
    pub(crate) hits: u32,
    /// Misses since the cache filled up.
    pub(crate) full_misses: u32,
    /// Set when the cache is full and rarely hits (every cell its own
    /// object): lookups are skipped from then on.
    pub(crate) bypass: bool,
}

/// Addresses are already well spread; drop the alignment bits and use them.
#[derive(Default, Clone, Copy)]
pub(crate) struct BuildAddressHasher;

/// See [`BuildAddressHasher`].
#[derive(Default)]
pub(crate) struct AddressHasher(u64);

impl std::hash::BuildHasher for BuildAddressHasher {
    type Hasher = AddressHasher;
    fn build_hasher(&self) -> AddressHasher {
        AddressHasher(0)
    }
}

impl std::hash::Hasher for AddressHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8 | u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }
    fn write_usize(&mut self, n: usize) {
        self.0 = ((n as u64) >> 4).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

impl<'py, T: Vocabulary> Seen<'py, T> {
    /// Distinct objects remembered per column, at most.
    pub(crate) const CAPACITY: usize = 4096;

    pub(crate) fn new() -> Self {
        Seen {
            by_address: HashMap::with_hasher(BuildAddressHasher),
            keep: Vec::new(),
            hits: 0,
            full_misses: 0,
            bypass: false,
        }
    }

    /// The value cached for this very object, if any.
    pub(crate) fn cached(&mut self, cell: &Bound<'py, PyAny>) -> Option<T> {
        if self.bypass {
            return None;
        }
        let t = self.by_address.get(&(cell.as_ptr() as usize)).copied();
        if t.is_some() {
            self.hits = self.hits.saturating_add(1);
        }
        t
    }

    /// Reads a cell the cache did not know, and remembers it while there is
    /// room. `None` for a missing value (never cached).
    pub(crate) fn parse(
        &mut self,
        mode: Mode,
        field: &str,
        cell: &Bound<'py, PyAny>,
    ) -> Result<Option<T>, core::Error> {
        let Some(t) = core::cell::vocab_value::<T>(field, &to_cell(field, cell)?, mode)? else {
            return Ok(None);
        };
        self.remember(cell, t);
        Ok(Some(t))
    }

    /// Remembers the value of a cell object while there is room.
    pub(crate) fn remember(&mut self, cell: &Bound<'py, PyAny>, t: T) {
        if self.bypass {
            return;
        }
        if self.keep.len() < Self::CAPACITY {
            self.by_address.insert(cell.as_ptr() as usize, t);
            self.keep.push(cell.clone());
        } else if !self.bypass {
            self.full_misses += 1;
            if self.full_misses >= 1024 && self.hits < self.full_misses / 4 {
                self.bypass = true;
            }
        }
    }

    /// The cell's value, or `None` for a missing value.
    pub(crate) fn get(
        &mut self,
        mode: Mode,
        field: &str,
        cell: &Bound<'py, PyAny>,
    ) -> Result<Option<T>, core::Error> {
        // An id given as a str: the one-of vocabularies have a handful of
        // ids, so matching the text costs less than the cache's lookup,
        // and a cell that is its own object (JSON read row by row) is not
        // remembered for nothing.
        if let Ok(text) = cell.cast_exact::<PyString>() {
            if let Some(t) = text.to_str().ok().and_then(T::from_id) {
                return Ok(Some(t));
            }
        }
        if let Some(t) = self.cached(cell) {
            return Ok(Some(t));
        }
        self.parse(mode, field, cell)
    }

    /// Item `i` of a list cell (None and NaN are not values there). The
    /// item's field name (`field[i]`) is only built for an error.
    /// `depth` is the item's depth, `limits` those of the whole cell.
    pub(crate) fn item(
        &mut self,
        field: &str,
        i: usize,
        cell: &Bound<'py, PyAny>,
        depth: usize,
        limits: &mut Limits,
    ) -> Result<T, core::Error> {
        if let Some(t) = self.cached(cell) {
            limits.spend(&field, 1)?;
            return Ok(t);
        }
        let t = core::cell::list_item::<T>(field, i, &walk_cell(field, cell, depth, limits)?)?;
        self.remember(cell, t);
        Ok(t)
    }

    /// A list cell: a list or tuple of ids, or (in a table) one string of
    /// comma-separated ids or another iterable. `None` for a missing value.
    pub(crate) fn list(
        &mut self,
        mode: Mode,
        field: &str,
        cell: &Bound<'py, PyAny>,
    ) -> Result<Option<Vec<T>>, core::Error> {
        let is_sequence = cell.is_instance_of::<PyList>() || cell.is_instance_of::<PyTuple>();
        // Strings and floats (NaN gaps), the usual non-list cells, are ruled
        // out by type before the slower attribute lookup.
        let other_iterable = mode == Mode::Table
            && !is_sequence
            && !cell.is_instance_of::<PyString>()
            && !cell.is_instance_of::<PyFloat>()
            && !cell.is_none()
            && !cell.is_instance_of::<PyDict>()
            && soft(cell.py(), cell.get_type().hasattr("__iter__")).unwrap_or(false);
        if !(is_sequence || other_iterable) {
            return core::cell::list_value::<T>(field, &to_cell(field, cell)?, mode);
        }
        // The core's limits, as for a list in JSON: an endless iterable or
        // a huge list is an error after the most items a list may have.
        let (depth, mut limits) = (depth_of(field), Limits::new());
        limits.enter(&field, depth)?;
        let items = cell.try_iter().map_err(|e| raised(field, &e))?;
        let mut out = Vec::new();
        for (i, item) in items.enumerate() {
            Limits::item(&field, depth, i)?;
            let item = item.map_err(|e| raised(field, &e))?;
            out.push(self.item(field, i, &item, depth + 1, &mut limits)?);
        }
        Ok(Some(out))
    }
}

/// The per-column cache of which vocabulary value each Python object stands
/// for, by what the column's field holds.
pub(crate) enum Cache<'py> {
    Side(Seen<'py, core::Side>),
    Number,
    PainRegions(Seen<'py, core::BodyRegion>),
    PainQualities(Seen<'py, core::PainQuality>),
    WorseWith(Seen<'py, core::Aggravator>),
    TenderAreas(Seen<'py, core::TenderArea>),
    Nerve(Seen<'py, core::NerveStatus>),
    Legs(Seen<'py, core::Legs>),
    Answer(Seen<'py, core::Answer>),
}

impl Cache<'_> {
    /// Reads every cell afresh and remembers none (for one dict, where
    /// nothing repeats).
    pub(crate) fn forget(&mut self) {
        match self {
            Cache::Number => {}
            Cache::Side(s) => s.bypass = true,
            Cache::PainRegions(s) => s.bypass = true,
            Cache::PainQualities(s) => s.bypass = true,
            Cache::WorseWith(s) => s.bypass = true,
            Cache::TenderAreas(s) => s.bypass = true,
            Cache::Nerve(s) => s.bypass = true,
            Cache::Legs(s) => s.bypass = true,
            Cache::Answer(s) => s.bypass = true,
        }
    }
}

/// A column: the core's assessment field it fills, with the column's own cache.
pub(crate) struct Kind<'py> {
    pub(crate) field: Field,
    pub(crate) cache: Cache<'py>,
}

impl Kind<'_> {
    pub(crate) fn new(field: Field) -> Self {
        let cache = match field {
            Field::Side => Cache::Side(Seen::new()),
            Field::PainNow | Field::SelfCareWeeks | Field::Age => Cache::Number,
            Field::PainRegions => Cache::PainRegions(Seen::new()),
            Field::PainQualities => Cache::PainQualities(Seen::new()),
            Field::WorseWith => Cache::WorseWith(Seen::new()),
            Field::TenderAreas => Cache::TenderAreas(Seen::new()),
            Field::Nerve(_) => Cache::Nerve(Seen::new()),
            Field::Legs => Cache::Legs(Seen::new()),
            Field::AfterFall
            | Field::SelfCareHelped
            | Field::KeepsComingBack
            | Field::RedFlag(_) => Cache::Answer(Seen::new()),
        };
        Kind { field, cache }
    }
}

/// A field of an assessment: a value, or an object (`nerve`, `red_flags`)
/// whose keys are fields of their own.
pub(crate) enum Slot<'py> {
    Value(Kind<'py>),
    Nested(Scope),
}

/// The field with this full name (`side`, `nerve.legs`, `red_flags.fever`,
/// `nerve`, ...), or `None` if there is no such field.
pub(crate) fn slot<'py>(name: &str) -> Option<Slot<'py>> {
    match name {
        "nerve" => Some(Slot::Nested(Scope::Nerve)),
        "red_flags" => Some(Slot::Nested(Scope::RedFlags)),
        path => Field::from_path(path).map(|f| Slot::Value(Kind::new(f))),
    }
}

/// One row on its way to triage: the assessment read so far, and the first error.
pub(crate) struct Row {
    pub(crate) a: core::Assessment,
    /// Boxed: errors are rare and large, rows are many.
    pub(crate) error: Option<Box<core::Error>>,
    /// An assessment given as JSON text (`triage_many`), copied under the
    /// GIL and read by the core where the row is triaged, without the GIL.
    pub(crate) text: Option<Box<str>>,
}

impl Row {
    pub(crate) fn new() -> Self {
        Row {
            a: core::Assessment::default(),
            error: None,
            text: None,
        }
    }
}

/// A missing value in a table: float NaN, or pandas' `NA` or `NaT`. Strings,
/// ints and lists, the usual cells, are ruled out by type first.
pub(crate) fn na(cell: &Bound<'_, PyAny>) -> bool {
    if let Ok(f) = cell.cast::<PyFloat>() {
        return f.value().is_nan();
    }
    if cell.is_instance_of::<PyString>()
        || cell.is_instance_of::<pyo3::types::PyInt>()
        || cell.is_instance_of::<PyList>()
    {
        return false;
    }
    cell.get_type()
        .name()
        .is_ok_and(|n| n == "NAType" || n == "NaTType")
}

/// A whole number, read by the core's cell rule (in a table also from a
/// whole float or digit text). `None` for a missing value.
pub(crate) fn number(
    mode: Mode,
    field: &str,
    cell: &Bound<'_, PyAny>,
    range: core::vocab::ranges::Range,
) -> Result<Option<u16>, core::Error> {
    if let Ok(n) = cell.cast::<PyInt>() {
        if !cell.is_instance_of::<PyBool>() {
            if let Ok(n) = n.extract::<u16>() {
                if range.contains(u64::from(n)) {
                    return Ok(Some(n));
                }
            }
        }
    }
    core::cell::number_value(field, &to_cell(field, cell)?, mode, range)
}

impl<'py> Kind<'py> {
    /// Puts one (non-None) cell into its row, through the core's setter.
    pub(crate) fn fill(
        &mut self,
        mode: Mode,
        name: &str,
        cell: &Bound<'py, PyAny>,
        row: &mut Row,
    ) -> Result<(), core::Error> {
        // Missing values are read as such by the core's cell rule.
        let value = match (&mut self.cache, self.field) {
            (Cache::Side(s), _) => s.get(mode, name, cell)?.map(FieldValue::Side),
            (Cache::Number, field) => {
                let FieldKind::Number { range } = field.kind() else {
                    return Ok(());
                };
                number(mode, name, cell, range)?.and_then(|n| FieldValue::number(field, n))
            }
            (Cache::PainRegions(s), _) => s.list(mode, name, cell)?.map(FieldValue::PainRegions),
            (Cache::PainQualities(s), _) => {
                s.list(mode, name, cell)?.map(FieldValue::PainQualities)
            }
            (Cache::WorseWith(s), _) => s.list(mode, name, cell)?.map(FieldValue::WorseWith),
            (Cache::TenderAreas(s), _) => s.list(mode, name, cell)?.map(FieldValue::TenderAreas),
            (Cache::Nerve(s), Field::Nerve(sign)) => {
                s.get(mode, name, cell)?.map(|v| FieldValue::Nerve(sign, v))
            }
            (Cache::Nerve(_), _) => None,
            (Cache::Legs(s), _) => s.get(mode, name, cell)?.map(FieldValue::Legs),
            (Cache::Answer(s), field) => {
                let Some(v) = s.get(mode, name, cell)? else {
                    return Ok(());
                };
                FieldValue::answer(field, v)
            }
        };
        if let Some(v) = value {
            v.apply_to(&mut row.a);
        }
        Ok(())
    }
}
