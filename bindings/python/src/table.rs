//! Batch triage for Python: a table given as columns (name -> list of cells)
//! in, result columns out; and `triage_many`'s list of dicts, through the same
//! reader and pipeline.
//!
//! Survey data lives in tables, so this is the fast path for notebooks. Column
//! names follow `pandas.json_normalize` of an assessment: `side`, `pain_now`,
//! `nerve.legs`, `red_flags.fever`, ... A `nerve` or `red_flags` column of
//! dicts is accepted too. A missing column, `None`, NaN or pandas' NA/NaT
//! means "not answered". Cells are read under the GIL (each distinct Python
//! object is matched against its vocabulary once per field); building,
//! checking and triaging the assessments then runs without the GIL, on
//! several threads for large inputs.

/// Maps keyed by small numbers (rule-set bits, field entries): Fx hashing,
/// not SipHash, which showed up at 10% of a batch of invalid rows.
type HashMap<K, V, S = rustc_hash::FxBuildHasher> = std::collections::HashMap<K, V, S>;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};

use piriformis_core as core;
use piriformis_core::Vocabulary;
use piriformis_core::cell::CellValue;
use piriformis_core::triage::{Field, FieldKind, FieldValue};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyList, PyString, PyTuple};

use crate::read::{Limits, soft};
use crate::vocab;

/// Rows below which one thread does all the work (threads cost more than they save).
const PARALLEL_FROM: usize = 4096;

/// Where cells come from, which decides what counts as missing and how
/// loosely numbers and lists are read: the core's rule
/// (`piriformis_core::cell`), which every cell goes through.
type Mode = core::cell::Origin;

/// A Python object as the core's cell rule sees it. Python code a cell
/// runs while being read (`__index__`, `__float__`, `__iter__`, `__str__`)
/// may raise: the exception becomes this cell's error, naming the field and
/// the exception (cut to about 80 characters), instead of being lost.
///
/// The walk keeps the core's limits ([`Limits`]): a list nested deeper than
/// the JSON reader allows, longer than it allows, or too large as a whole
/// (shared references counted each time) is this cell's error, found on the
/// way down, before anything big is built.
fn to_cell<'a>(field: &str, cell: &'a Bound<'_, PyAny>) -> Result<CellValue<'a>, core::Error> {
    walk_cell(field, cell, depth_of(field), &mut Limits::new())
}

/// How deep a field's cell sits in an assessment document: `pain_now` one
/// level down, `red_flags.fever` two.
fn depth_of(field: &str) -> usize {
    1 + field.bytes().filter(|&b| b == b'.').count()
}

fn walk_cell<'a>(
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
        // Ints beyond 64 bits are out of every range; their digits say so.
        return Ok(match cell.extract::<i64>() {
            Ok(n) => CellValue::Int(n),
            Err(_) => CellValue::Text(
                cell.str()
                    .map_err(|e| raised(field, &e))?
                    .to_string()
                    .into(),
            ),
        });
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
            return Ok(match cell.extract::<i64>() {
                Ok(n) => CellValue::Int(n),
                Err(_) => CellValue::Text(
                    cell.str()
                        .map_err(|e| raised(field, &e))?
                        .to_string()
                        .into(),
                ),
            });
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
fn shape(
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
fn owned(v: &CellValue<'_>) -> CellValue<'static> {
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

/// The error for an exception raised while a cell was read.
/// A `KeyboardInterrupt`, `SystemExit` or `GeneratorExit` is noted for the
/// entry point to raise (`read::take_fatal`): never only a row's error.
pub(crate) fn raised(field: &str, e: &PyErr) -> core::Error {
    Python::attach(|py| crate::read::note(py, e));
    core::Error::Invalid {
        field: field.into(),
        message: format!(
            "reading the cell raised {}",
            core::cell::cut(&e.to_string(), core::cell::MAX_ECHO)
        ),
    }
}

/// Remembers which vocabulary value each Python object in a column stands for,
/// so repeated cells (interned strings, enum members, categories, rows that
/// share objects) cost one hash lookup on the object's address. Entries hold a
/// reference, so no address is reused while cached.
struct Seen<'py, T> {
    by_address: HashMap<usize, T, BuildAddressHasher>,
    keep: Vec<Bound<'py, PyAny>>,
    /// Lookups answered from the cache.
    hits: u32,
    /// Misses since the cache filled up.
    full_misses: u32,
    /// Set when the cache is full and rarely hits (every cell its own
    /// object): lookups are skipped from then on.
    bypass: bool,
}

/// Addresses are already well spread; drop the alignment bits and use them.
#[derive(Default, Clone, Copy)]
struct BuildAddressHasher;

/// See [`BuildAddressHasher`].
#[derive(Default)]
struct AddressHasher(u64);

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
    const CAPACITY: usize = 4096;

    fn new() -> Self {
        Seen {
            by_address: HashMap::with_hasher(BuildAddressHasher),
            keep: Vec::new(),
            hits: 0,
            full_misses: 0,
            bypass: false,
        }
    }

    /// The value cached for this very object, if any.
    fn cached(&mut self, cell: &Bound<'py, PyAny>) -> Option<T> {
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
    fn parse(
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
    fn remember(&mut self, cell: &Bound<'py, PyAny>, t: T) {
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
    fn get(
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
    fn item(
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
    fn list(
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
enum Cache<'py> {
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
    fn forget(&mut self) {
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
struct Kind<'py> {
    field: Field,
    cache: Cache<'py>,
}

impl Kind<'_> {
    fn new(field: Field) -> Self {
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
enum Slot<'py> {
    Value(Kind<'py>),
    Nested(Scope),
}

/// Every column name a table may have: the core's field paths, and the two
/// objects whose keys are fields.
#[pyfunction]
pub(crate) fn table_columns() -> Vec<String> {
    let mut all: Vec<String> = Field::all().map(|f| f.path().into_owned()).collect();
    all.push("nerve".into());
    all.push("red_flags".into());
    all
}

/// The field with this full name (`side`, `nerve.legs`, `red_flags.fever`,
/// `nerve`, ...), or `None` if there is no such field.
fn slot<'py>(name: &str) -> Option<Slot<'py>> {
    match name {
        "nerve" => Some(Slot::Nested(Scope::Nerve)),
        "red_flags" => Some(Slot::Nested(Scope::RedFlags)),
        path => Field::from_path(path).map(|f| Slot::Value(Kind::new(f))),
    }
}

/// One row on its way to triage: the assessment read so far, and the first error.
struct Row {
    a: core::Assessment,
    /// Boxed: errors are rare and large, rows are many.
    error: Option<Box<core::Error>>,
    /// An assessment given as JSON text (`triage_many`), copied under the
    /// GIL and read by the core where the row is triaged, without the GIL.
    text: Option<Box<str>>,
}

impl Row {
    fn new() -> Self {
        Row {
            a: core::Assessment::default(),
            error: None,
            text: None,
        }
    }
}

/// A missing value in a table: float NaN, or pandas' `NA` or `NaT`. Strings,
/// ints and lists, the usual cells, are ruled out by type first.
fn na(cell: &Bound<'_, PyAny>) -> bool {
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
fn number(
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
    fn fill(
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

/// The triage policy a batch runs under.
type Policy = core::triage::TriagePolicy;

/// What triage gives for one row: the core's allocation-free summary.
type Outcome = core::triage::TriageSummary;

/// A row that could not be triaged: its error, and the disposition its
/// valid red-flag answers give at least (the highest tier among the flags
/// answered "present"), so bad input elsewhere never hides an emergency.
/// The message is written where the row is triaged (a worker, off the
/// GIL), not when the results are made; boxed, as failed rows are few and a
/// result row stays small.
pub(crate) struct Failed {
    pub(crate) message: String,
    pub(crate) at_least: Option<core::Disposition>,
}

fn triage_row(row: Row, policy: Policy) -> Result<Outcome, Box<Failed>> {
    // JSON text is read as `triage` reads it: its error keeps the floor of
    // the red flags answered "present" in it.
    let (a, error) = match row.text {
        Some(text) => match core::Assessment::from_json(&text) {
            Ok(a) => (a, None),
            Err(e) => (row.a, Some(Box::new(e))),
        },
        None => (row.a, row.error),
    };
    // A bad cell: the red flags read so far still give their floor.
    let error = match error {
        Some(e) => e.with_warning_signs(a.present_flags()),
        None => match core::triage::summary_with(&a, policy) {
            Ok(o) => return Ok(o),
            Err(e) => e,
        },
    };
    Err(Box::new(Failed {
        at_least: error.at_least(),
        message: error.to_string(),
    }))
}

type Triaged = Vec<Result<Outcome, Box<Failed>>>;

/// A chunk triaged: its place, its rows' outcomes and its fired-rule texts.
type Part = (usize, Triaged, HashMap<u64, String>);

/// Triages rows, handing back each distinct fired-rule set's text once: the
/// fired list's order depends only on which rules fired.
fn triage_rows_off_gil(rows: Vec<Row>, policy: Policy) -> (Triaged, HashMap<u64, String>) {
    let mut texts = HashMap::default();
    let out = rows
        .into_iter()
        .map(|row| {
            triage_row(row, policy).inspect(|o| {
                texts.entry(o.fired.bits()).or_insert_with(|| {
                    o.fired
                        .rules_under(policy)
                        .map(|r| r.id.id())
                        .collect::<Vec<_>>()
                        .join(",")
                });
            })
        })
        .collect();
    (out, texts)
}

/// Rows read under the GIL before a chunk is handed to a worker.
const CHUNK: usize = 1024;

/// Takes chunks off the queue and triages them until the queue is closed;
/// once `stop` is set, the chunks still queued are dropped.
fn work(
    queue: &Mutex<Receiver<(usize, Vec<Row>)>>,
    stop: &AtomicBool,
    policy: Policy,
) -> Vec<(usize, Triaged, HashMap<u64, String>)> {
    let mut done = Vec::new();
    loop {
        let job = queue.lock().unwrap_or_else(|p| p.into_inner()).recv();
        match job {
            Ok(_) if stop.load(Ordering::Relaxed) => {}
            Ok((i, rows)) => {
                let (out, texts) = triage_rows_off_gil(rows, policy);
                done.push((i, out, texts));
            }
            Err(_) => return done,
        }
    }
}

/// Between two chunks read under the GIL: a pending signal (Ctrl-C) or a
/// `KeyboardInterrupt`/`SystemExit` raised by a cell's own code stops the
/// call; otherwise the GIL is let go for a moment, so other Python threads
/// (and a signal handler's timer) run while a large batch is read.
fn between_chunks(py: Python<'_>) -> PyResult<()> {
    if let Some(fatal) = crate::read::take_fatal() {
        return Err(fatal);
    }
    py.check_signals()?;
    py.detach(|| ());
    Ok(())
}

/// Reads and triages the table. Large tables are pipelined: this thread reads
/// chunk after chunk under the GIL, letting it go between chunks, while
/// workers triage the chunks already read; then it lets go of the GIL and
/// helps finish.
///
/// Signals (Ctrl-C) are checked between chunks, while reading and while
/// helping: a pending KeyboardInterrupt stops the work, the workers drop the
/// chunks still queued and are joined, and the exception is returned.
fn read_and_triage(
    py: Python<'_>,
    policy: Policy,
    n: usize,
    read_chunk: &mut dyn FnMut(std::ops::Range<usize>) -> Vec<Row>,
) -> PyResult<(Triaged, HashMap<u64, String>)> {
    let threads = std::thread::available_parallelism().map_or(1, |t| t.get().min(8));
    let mut parts = if threads < 2 || n < PARALLEL_FROM {
        // One thread: each chunk read under the GIL, then triaged without it.
        let mut parts = Vec::new();
        for (i, start) in (0..n).step_by(CHUNK).enumerate() {
            py.check_signals()?;
            let rows = read_chunk(start..n.min(start + CHUNK));
            if let Some(fatal) = crate::read::take_fatal() {
                return Err(fatal);
            }
            let (out, texts) = py.detach(move || triage_rows_off_gil(rows, policy));
            parts.push((i, out, texts));
        }
        parts
    } else {
        read_and_triage_on_workers(py, policy, n, threads, read_chunk)?
    };
    parts.sort_by_key(|(i, ..)| *i);
    let mut out = Vec::with_capacity(n);
    let mut texts = HashMap::default();
    for (_, o, t) in parts {
        out.extend(o);
        for (k, v) in t {
            texts.entry(k).or_insert(v);
        }
    }
    Ok((out, texts))
}

/// The pipelined part of [`read_and_triage`]: `threads - 1` workers triage
/// the chunks this thread reads; the parts come back unordered.
fn read_and_triage_on_workers(
    py: Python<'_>,
    policy: Policy,
    n: usize,
    threads: usize,
    read_chunk: &mut dyn FnMut(std::ops::Range<usize>) -> Vec<Row>,
) -> PyResult<Vec<Part>> {
    let (tx, rx) = channel::<(usize, Vec<Row>)>();
    let queue = Mutex::new(rx);
    let stop = AtomicBool::new(false);
    std::thread::scope(|s| -> PyResult<_> {
        let workers: Vec<_> = (1..threads)
            .map(|_| s.spawn(|| work(&queue, &stop, policy)))
            .collect();
        // Ends the workers (they drop what is still queued) and joins them.
        let stop_all = |tx: Option<Sender<(usize, Vec<Row>)>>, workers: Vec<_>| {
            stop.store(true, Ordering::Relaxed);
            drop(tx);
            py.detach(|| {
                for w in workers {
                    let _ = std::thread::ScopedJoinHandle::join(w);
                }
            });
        };
        // The queue owns the receiver, so a send cannot fail; if it ever did,
        // this thread would triage the chunk itself.
        let mut mine = Vec::new();
        for (i, start) in (0..n).step_by(CHUNK).enumerate() {
            if let Err(e) = between_chunks(py) {
                stop_all(Some(tx), workers);
                return Err(e);
            }
            let chunk = read_chunk(start..n.min(start + CHUNK));
            if let Err(back) = tx.send((i, chunk)) {
                let (i, rows) = back.0;
                let (out, texts) = triage_rows_off_gil(rows, policy);
                mine.push((i, out, texts));
            }
        }
        // A `KeyboardInterrupt` raised by the last chunk's cells.
        if let Some(fatal) = crate::read::take_fatal() {
            stop_all(Some(tx), workers);
            return Err(fatal);
        }
        drop(tx);
        // Help with the queue a chunk at a time, checking signals in between.
        loop {
            if let Err(e) = py.check_signals() {
                stop_all(None, workers);
                return Err(e);
            }
            let job = py.detach(|| queue.lock().unwrap_or_else(|p| p.into_inner()).recv());
            match job {
                Ok((i, rows)) => {
                    let (out, texts) = py.detach(|| triage_rows_off_gil(rows, policy));
                    mine.push((i, out, texts));
                }
                Err(_) => break,
            }
        }
        Ok(py.detach(|| {
            let mut parts = mine;
            for w in workers {
                parts.extend(w.join().unwrap_or_else(|p| std::panic::resume_unwind(p)));
            }
            parts
        }))
    })
}

/// A column of the table: the field it fills and its cells.
type Column<'py> = (usize, Bound<'py, PyList>);

/// Checks the table's columns and its row count, or fails on a bad schema.
fn read_schema<'py>(
    reader: &mut Reader<'py>,
    columns: &Bound<'py, PyDict>,
    rows: Option<usize>,
) -> Result<(Vec<Column<'py>>, usize), core::Error> {
    let mut cols = Vec::with_capacity(columns.len());
    let mut n = rows;
    let mut has = (false, false, false, false); // nerve dict, nerve.*, red_flags dict, red_flags.*
    for (k, v) in columns.iter() {
        let name: String = k.extract().map_err(|_| core::Error::Invalid {
            field: "columns".into(),
            message: format!("column names must be strings, not {k}"),
        })?;
        let i = reader
            .field(&name)
            .ok_or_else(|| core::Error::UnknownValue {
                field: "columns".into(),
                value: name.clone(),
                allowed: table_columns().join(", "),
            })?;
        match &reader.fields[i].1 {
            Slot::Nested(Scope::Nerve) => has.0 = true,
            Slot::Value(Kind {
                field: Field::Nerve(_) | Field::Legs,
                ..
            }) => has.1 = true,
            Slot::Nested(_) => has.2 = true,
            Slot::Value(Kind {
                field: Field::RedFlag(_),
                ..
            }) => has.3 = true,
            Slot::Value(_) => {}
        }
        let list = v.cast_into::<PyList>().map_err(|_| core::Error::Invalid {
            field: name.clone(),
            message: "expected a list of cells".into(),
        })?;
        match n {
            None => n = Some(list.len()),
            Some(n) if n != list.len() => {
                return Err(core::Error::Invalid {
                    field: name,
                    message: format!("has {} rows; the table has {n}", list.len()),
                });
            }
            Some(_) => {}
        }
        cols.push((i, list));
    }
    for (both, field, other) in [
        (has.0 && has.1, "nerve", "nerve.*"),
        (has.2 && has.3, "red_flags", "red_flags.*"),
    ] {
        if both {
            return Err(core::Error::Invalid {
                field: field.into(),
                message: format!(
                    "give either a `{field}` column of dicts or `{other}` columns, not both"
                ),
            });
        }
    }
    Ok((cols, n.unwrap_or(0)))
}

/// Reads rows `range` of every column (under the GIL). A bad cell becomes
/// its row's error (the first one counts); the rest of the row is still
/// read, so that its valid red flags keep their floor.
fn read_columns<'py>(
    reader: &mut Reader<'py>,
    cols: &[Column<'py>],
    range: std::ops::Range<usize>,
) -> Vec<Row> {
    let mut out: Vec<Row> = range.clone().map(|_| Row::new()).collect();
    for (field, list) in cols {
        // The list's own iterator: no bounds check or error per cell.
        let mut cells = list.iter().skip(range.start);
        for row in out.iter_mut() {
            let put = match cells.next() {
                Some(cell) if cell.is_none() => Ok(()),
                Some(cell) => reader.put(Mode::Table, *field, &cell, row),
                // The list shrank while we read it (only Python code run by a
                // cell's conversion could do that): the row is unreadable.
                None => Err(core::Error::Invalid {
                    field: reader.fields[*field].0.clone(),
                    message: "the column changed while it was read".into(),
                }),
            };
            if let Err(e) = put {
                row.error.get_or_insert_with(|| Box::new(e));
            }
        }
    }
    out
}

/// Reads and triages a table: the columns' schema, then the rows.
fn triage_table_rows(
    py: Python<'_>,
    columns: &Bound<'_, PyDict>,
    rows: Option<usize>,
    policy: &str,
) -> PyResult<(Triaged, HashMap<u64, String>)> {
    let policy = crate::policy(py, policy)?;
    let mut reader = Reader::new();
    let (cols, n) = read_schema(&mut reader, columns, rows).map_err(|e| crate::to_py(py, e))?;
    read_and_triage(py, policy, n, &mut |range| {
        read_columns(&mut reader, &cols, range)
    })
}

/// Triage a table given as columns: a dict of column name -> list of cells,
/// all the same length (`rows` fixes the length, for tables with no columns).
/// Returns a dict of result columns: disposition, provisional, likely_source,
/// fired (rule ids joined by commas), unanswered (a count) and error (the
/// message, or None). A bad cell gives that row an error; a bad schema
/// (unknown column, ragged lengths) raises.
#[pyfunction]
#[pyo3(signature = (columns, rows=None, policy="self_check"))]
pub(crate) fn triage_columns<'py>(
    py: Python<'py>,
    columns: &Bound<'py, PyDict>,
    rows: Option<usize>,
    policy: &str,
) -> PyResult<Bound<'py, PyDict>> {
    let (results, texts) = triage_table_rows(py, columns, rows, policy)?;
    let v = Values::new(py, texts);
    let out = PyDict::new(py);
    let column = |pick: &dyn Fn(&Outcome) -> Bound<'py, PyAny>| {
        PyList::new(
            py,
            results.iter().map(|r| match r {
                Ok(o) => pick(o),
                Err(_) => v.none.clone(),
            }),
        )
    };
    // A failed row keeps the floor its present red flags give, provisional.
    out.set_item(
        "disposition",
        PyList::new(
            py,
            results.iter().map(|r| match r {
                Ok(o) => v.disposition(o).clone(),
                Err(f) => f
                    .at_least
                    .map_or_else(|| v.none.clone(), |d| v.dispositions[d as usize].clone()),
            }),
        )?,
    )?;
    out.set_item(
        "provisional",
        PyList::new(
            py,
            results.iter().map(|r| match r {
                Ok(o) => v.provisional(o).clone(),
                Err(f) if f.at_least.is_some() => v.yes.clone(),
                Err(_) => v.none.clone(),
            }),
        )?,
    )?;
    out.set_item("likely_source", column(&|o| v.source(o).clone())?)?;
    out.set_item("fired", column(&|o| v.fired(o).clone())?)?;
    out.set_item("unanswered", column(&|o| v.unanswered(o).clone())?)?;
    out.set_item(
        "error",
        PyList::new(
            py,
            results.iter().map(|r| match r {
                Ok(_) => v.none.clone(),
                Err(f) => PyString::new(py, &f.message).into_any(),
            }),
        )?,
    )?;
    Ok(out)
}

/// Like `triage_columns`, but the result columns come back as compact codes
/// for building typed pandas columns without a Python object per cell:
/// `disposition` and `likely_source` as int8 codes into their vocabularies,
/// `fired` as int32 codes into `fired_categories`, `provisional` as bool
/// bytes and `unanswered` as uint8 counts (all native byte order, -1 or 0 on
/// error rows); the failed rows as uint32 `error_rows` with their
/// `error_messages`.
#[pyfunction]
#[pyo3(signature = (columns, rows=None, policy="self_check"))]
pub(crate) fn triage_columns_compact<'py>(
    py: Python<'py>,
    columns: &Bound<'py, PyDict>,
    rows: Option<usize>,
    policy: &str,
) -> PyResult<Bound<'py, PyDict>> {
    let (results, texts) = triage_table_rows(py, columns, rows, policy)?;
    let n = results.len();
    let mut disposition = Vec::with_capacity(n);
    let mut source = Vec::with_capacity(n);
    let mut provisional = Vec::with_capacity(n);
    let mut unanswered = Vec::with_capacity(n);
    let mut fired = Vec::with_capacity(n * 4);
    // Codes by first appearance in row order, so they are deterministic.
    let mut codes: HashMap<u64, i32> = HashMap::default();
    let mut categories: Vec<&str> = Vec::new();
    for r in &results {
        let (d, s, p, u, f) = match r {
            Ok(o) => {
                let next = categories.len() as i32;
                let code = *codes.entry(o.fired.bits()).or_insert_with(|| {
                    categories.push(texts.get(&o.fired.bits()).map_or("", String::as_str));
                    next
                });
                (
                    o.disposition as i8,
                    o.likely_source as i8,
                    u8::from(o.provisional),
                    o.unanswered as u8,
                    code,
                )
            }
            Err(f) => match f.at_least {
                Some(d) => (d as i8, -1, 1, 0, -1),
                None => (-1, -1, 0, 0, -1),
            },
        };
        disposition.push(d as u8);
        source.push(s as u8);
        provisional.push(p);
        unanswered.push(u);
        fired.extend_from_slice(&f.to_ne_bytes());
    }
    let out = PyDict::new(py);
    out.set_item("disposition", pyo3::types::PyBytes::new(py, &disposition))?;
    out.set_item("likely_source", pyo3::types::PyBytes::new(py, &source))?;
    out.set_item("provisional", pyo3::types::PyBytes::new(py, &provisional))?;
    out.set_item("unanswered", pyo3::types::PyBytes::new(py, &unanswered))?;
    out.set_item("fired", pyo3::types::PyBytes::new(py, &fired))?;
    out.set_item("fired_categories", categories)?;
    let mut error_rows = Vec::new();
    let mut error_messages = Vec::new();
    for (i, r) in results.iter().enumerate() {
        if let Err(f) = r {
            // Rows fit in u32: a table of 4 billion rows would not fit in memory as lists.
            error_rows.extend_from_slice(&(i as u32).to_ne_bytes());
            error_messages.push(f.message.as_str());
        }
    }
    out.set_item("error_rows", pyo3::types::PyBytes::new(py, &error_rows))?;
    out.set_item("error_messages", error_messages)?;
    Ok(out)
}

/// The Python values result rows are made of, each made once per call.
struct Values<'py> {
    none: Bound<'py, PyAny>,
    yes: Bound<'py, PyAny>,
    no: Bound<'py, PyAny>,
    dispositions: Vec<Bound<'py, PyAny>>,
    sources: Vec<Bound<'py, PyAny>>,
    counts: Vec<Bound<'py, PyAny>>,
    fired: HashMap<u64, Bound<'py, PyAny>>,
}

impl<'py> Values<'py> {
    fn new(py: Python<'py>, texts: HashMap<u64, String>) -> Self {
        let text = |s: &str| PyString::new(py, s).into_any();
        Values {
            none: py.None().into_bound(py),
            yes: PyBool::new(py, true).to_owned().into_any(),
            no: PyBool::new(py, false).to_owned().into_any(),
            dispositions: core::Disposition::ALL
                .iter()
                .map(|d| text(d.id()))
                .collect(),
            sources: core::LikelySource::ALL
                .iter()
                .map(|s| text(s.id()))
                .collect(),
            counts: (0..=core::RedFlag::ALL.len())
                .map(|c| pyo3::types::PyInt::new(py, c).into_any())
                .collect(),
            fired: texts.into_iter().map(|(k, t)| (k, text(&t))).collect(),
        }
    }
    fn disposition(&self, o: &Outcome) -> &Bound<'py, PyAny> {
        &self.dispositions[o.disposition as usize]
    }
    fn provisional(&self, o: &Outcome) -> &Bound<'py, PyAny> {
        if o.provisional { &self.yes } else { &self.no }
    }
    fn source(&self, o: &Outcome) -> &Bound<'py, PyAny> {
        &self.sources[o.likely_source as usize]
    }
    fn fired(&self, o: &Outcome) -> &Bound<'py, PyAny> {
        self.fired.get(&o.fired.bits()).unwrap_or(&self.none)
    }
    fn unanswered(&self, o: &Outcome) -> &Bound<'py, PyAny> {
        self.counts.get(o.unanswered).unwrap_or(&self.none)
    }
}

/// Which object a dict key belongs to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Scope {
    Top,
    Nerve,
    RedFlags,
}

/// Reads cells into rows for both batch paths: table columns (each column a
/// field) and dicts (the `triage_many` shape, read as strictly as the JSON
/// path). Caches which field each key object names and, per field, which
/// value each cell object means.
struct Reader<'py> {
    /// Key object address -> field, one map per scope.
    keys: [HashMap<usize, usize, BuildAddressHasher>; 3],
    keep: Vec<Bound<'py, PyAny>>,
    /// One per distinct field seen: its full name and how to read it.
    fields: Vec<(String, Slot<'py>)>,
    /// The place in `fields` of each key-table entry seen.
    by_entry: HashMap<Entry, usize>,
}

impl<'py> Reader<'py> {
    const CAPACITY: usize = 4096;

    fn new() -> Self {
        Reader {
            keys: std::array::from_fn(|_| HashMap::with_hasher(BuildAddressHasher)),
            keep: Vec::new(),
            fields: Vec::new(),
            by_entry: HashMap::default(),
        }
    }

    /// The field with this full name, added on first use; `None` if there is
    /// no such field.
    fn field(&mut self, full: &str) -> Option<usize> {
        if let Some(i) = self.fields.iter().position(|(n, _)| n == full) {
            return Some(i);
        }
        self.fields.push((full.to_string(), slot(full)?));
        Some(self.fields.len() - 1)
    }

    /// The field a dict key names, or the error the JSON path gives for it.
    fn key(&mut self, scope: Scope, key: &Bound<'py, PyAny>) -> Result<usize, core::Error> {
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
    fn put(
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
    fn read(&mut self, d: &Bound<'py, PyDict>) -> Row {
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
enum Entry {
    Field(Field),
    Nerve,
    RedFlags,
}

/// The keys of one scope (top level, `nerve`, `red_flags`) by Python's own
/// hash of each key, from the core's field list. A dict's str keys carry
/// their hash, so finding a key costs one probe and one comparison of bytes:
/// no Python call, no Python object made.
struct KeyTable {
    /// Open addressing; the length is a power of two.
    slots: Vec<Option<KeySlot>>,
}

/// A key of a [`KeyTable`]: Python's hash of it, its text, the interned str
/// (dict literals in Python code use the same object, so most lookups end
/// at a pointer comparison) and what it names.
struct KeySlot {
    hash: isize,
    key: &'static str,
    interned: Py<PyString>,
    entry: Entry,
}

impl KeyTable {
    fn new(py: Python<'_>, keys: &[(&'static str, Entry)]) -> PyResult<Self> {
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
    fn get(&self, key: &Bound<'_, PyAny>) -> Option<Entry> {
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
struct SeenKeys {
    recent: Vec<Option<(Py<PyAny>, Scope, Entry)>>,
}

impl SeenKeys {
    /// Places: a power of two, many times the keys of an assessment, so that
    /// the keys of one document rarely push each other out.
    const RECENT: usize = 512;

    fn new() -> Self {
        SeenKeys {
            recent: (0..Self::RECENT).map(|_| None).collect(),
        }
    }

    /// Where a key object is kept.
    fn place(key: &Bound<'_, PyAny>) -> usize {
        (key.as_ptr() as usize >> 4) & (Self::RECENT - 1)
    }
}

/// The entry a key of `scope` names: by address when the memory holds this
/// very object, else from the key table (and then kept).
fn find_key(
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
struct Keys([KeyTable; 3]);

impl Keys {
    fn of(&self, scope: Scope) -> &KeyTable {
        &self.0[scope as usize]
    }
}

fn keys(py: Python<'_>) -> PyResult<&'static Keys> {
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
fn lean_read(d: &Bound<'_, PyDict>, mut seen: Option<&mut SeenKeys>) -> Option<Row> {
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
fn lean_put(field: Field, v: &Bound<'_, PyAny>, row: &mut Row) {
    // The common case, an id given as a str, straight to its vocabulary.
    if let Some(value) = v
        .cast::<PyString>()
        .ok()
        .and_then(|text| text.to_str().ok())
        .and_then(|id| lean_id(field, id))
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

/// An id given as text for a one-of field: a red flag's answer, or another
/// field's value; `None` when the field takes something else or the id is
/// not one of its values (the cell rule then reads it, and names the error).
fn lean_id(field: Field, id: &str) -> Option<FieldValue> {
    match field {
        Field::RedFlag(_) | Field::AfterFall | Field::SelfCareHelped | Field::KeepsComingBack => {
            FieldValue::answer(field, core::Answer::from_id(id)?)
        }
        Field::Side => Some(FieldValue::Side(core::Side::from_id(id)?)),
        Field::Nerve(sign) => Some(FieldValue::Nerve(sign, core::NerveStatus::from_id(id)?)),
        Field::Legs => Some(FieldValue::Legs(core::Legs::from_id(id)?)),
        _ => None,
    }
}

/// A str item's text, copied, when the core's JSON reader may read it off
/// the GIL: valid text within the document limit (a longer one is refused at
/// once, under the GIL, by `triage`'s reader).
fn json_text(item: &Bound<'_, PyAny>) -> Option<Box<str>> {
    let s = item.cast::<PyString>().ok()?;
    let text = s.to_str().ok()?;
    (text.len() <= core::input::MAX_DOCUMENT_BYTES).then(|| text.into())
}

/// Triage many assessments: dicts read without JSON (as strictly as JSON),
/// and any other item `triage` takes (an `Assessment`, a mapping, JSON
/// text) read as `triage` reads it; triaged without the GIL, returned as one
/// flat dict per input with the `RESULT_COLUMNS` keys. A row that fails keeps
/// the floor of its red flags answered "present", whatever the item was.
#[pyfunction]
#[pyo3(signature = (assessments, policy="self_check"))]
pub(crate) fn triage_rows<'py>(
    py: Python<'py>,
    assessments: &Bound<'py, PyList>,
    policy: &str,
) -> PyResult<Bound<'py, PyList>> {
    let policy = crate::policy(py, policy)?;
    let assessments: Vec<Bound<'py, PyAny>> = assessments.iter().collect();
    let mut reader = Reader::new();
    // The lean pass first, as for one dict (bad values included, the first
    // one's error kept): rows parsed one by one (JSON lines, API records)
    // have keys and values that are new objects, which the batch reader's
    // caches would only fill. The batch reader reads a dict the lean pass
    // cannot take (a key outside the field list), and names the error.
    let mut seen = SeenKeys::new();
    let (results, texts) = read_and_triage(py, policy, assessments.len(), &mut |range| {
        assessments[range]
            .iter()
            .map(|item| match item.cast::<PyDict>() {
                Ok(d) => lean_read(d, Some(&mut seen)).unwrap_or_else(|| reader.read(d)),
                Err(_) => match json_text(item) {
                    // JSON text within the document limit: copied here, read
                    // where the row is triaged (without the GIL, on the
                    // workers), by the reader `triage` uses.
                    Some(text) => Row {
                        text: Some(text),
                        ..Row::new()
                    },
                    None => match crate::assessment(item) {
                        Ok(a) => Row { a, ..Row::new() },
                        // The error carries its floor already.
                        Err(e) => Row {
                            error: Some(Box::new(e)),
                            ..Row::new()
                        },
                    },
                },
            })
            .collect()
    })?;
    let v = Values::new(py, texts);
    let keys = [
        pyo3::intern!(py, "disposition"),
        pyo3::intern!(py, "provisional"),
        pyo3::intern!(py, "likely_source"),
        pyo3::intern!(py, "fired"),
        pyo3::intern!(py, "unanswered"),
        pyo3::intern!(py, "error"),
    ];
    // Every row starts as a copy of a row of Nones: a copy is sized for its
    // six keys at once, where a new dict would grow on the sixth.
    let template = PyDict::new(py);
    for k in &keys {
        template.set_item(k, &v.none)?;
    }
    let mut rows = Vec::with_capacity(results.len());
    for (i, r) in results.iter().enumerate() {
        if i % CHUNK == CHUNK - 1 {
            between_chunks(py)?;
        }
        let row = template.copy()?;
        match r {
            Ok(o) => {
                let values = [
                    v.disposition(o),
                    v.provisional(o),
                    v.source(o),
                    v.fired(o),
                    v.unanswered(o),
                ];
                for (k, value) in keys.iter().zip(values) {
                    row.set_item(k, value)?;
                }
            }
            Err(f) => {
                // The floor its present red flags give, provisional.
                if let Some(d) = f.at_least {
                    row.set_item(keys[0], &v.dispositions[d as usize])?;
                    row.set_item(keys[1], &v.yes)?;
                }
                row.set_item(keys[5], PyString::new(py, &f.message))?;
            }
        }
        rows.push(row);
    }
    PyList::new(py, rows)
}
