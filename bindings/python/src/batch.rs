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

use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};

use piriformis_core as core;
use piriformis_core::Vocabulary;
use piriformis_core::triage::Field;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyList, PyString};

/// Rows below which one thread does all the work (threads cost more than they save).
const PARALLEL_FROM: usize = 4096;

use crate::read::cells::*;
use crate::read::dict::*;

/// Every column name a table may have: the core's field paths, and the two
/// objects whose keys are fields.
#[pyfunction]
pub(crate) fn table_columns() -> Vec<String> {
    let mut all: Vec<String> = Field::all().map(|f| f.path().into_owned()).collect();
    all.push("nerve".into());
    all.push("red_flags".into());
    all
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
#[pyo3(signature = (columns: "dict[str, list[Any]]", rows: "int | None" = None, policy="self_check") -> "dict[str, list[Any]]")]
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
#[pyo3(signature = (columns: "dict[str, list[Any]]", rows: "int | None" = None, policy="self_check") -> "dict[str, Any]")]
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

/// Triage many assessments: dicts read without JSON (as strictly as JSON),
/// and any other item `triage` takes (an `Assessment`, a mapping, JSON
/// text) read as `triage` reads it; triaged without the GIL, returned as one
/// flat dict per input with the `RESULT_COLUMNS` keys. A row that fails keeps
/// the floor of its red flags answered "present", whatever the item was.
#[pyfunction]
#[pyo3(signature = (assessments: "list[Any]", policy="self_check") -> "list[dict[str, Any]]")]
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
