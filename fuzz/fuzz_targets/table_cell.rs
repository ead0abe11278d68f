//! The table reader's cell parser (`cell::Column::parse`, what the Python
//! `triage_table` and `triage_many` read each cell with) on arbitrary cells:
//! no panic; a dict (read as strictly as JSON) never accepts what a table
//! rejects, and both read an accepted cell the same way; a cell that is read
//! fills its assessment field without a panic.
#![no_main]

use std::borrow::Cow;

use libfuzzer_sys::fuzz_target;
use piriformis_core::Assessment;
use piriformis_core::cell::{CellValue, Column, Origin};

/// A cell from bytes: the first picks the kind, the rest is its payload.
fn cell(kind: u8, rest: &[u8]) -> CellValue<'static> {
    let text = || Cow::Owned(String::from_utf8_lossy(rest).into_owned());
    let word = |i: usize| {
        let mut b = [0u8; 8];
        for (j, x) in rest.iter().skip(i * 8).take(8).enumerate() {
            b[j] = *x;
        }
        b
    };
    match kind % 8 {
        0 => CellValue::None,
        1 => CellValue::Bool(rest.first().is_some_and(|b| b & 1 == 1)),
        2 => CellValue::Int(i64::from_le_bytes(word(0)) % 1000),
        3 => CellValue::Int(i64::from_le_bytes(word(0))),
        4 => CellValue::Float(f64::from_le_bytes(word(0))),
        5 => CellValue::Text(text()),
        6 => CellValue::List(
            rest.split(|b| *b == b',')
                .map(|p| CellValue::Text(Cow::Owned(String::from_utf8_lossy(p).into_owned())))
                .collect(),
        ),
        _ => CellValue::Other(text()),
    }
}

fuzz_target!(|data: &[u8]| {
    let [col, kind, rest @ ..] = data else {
        return;
    };
    let columns: Vec<Column> = Column::all().collect();
    let column = columns[usize::from(*col) % columns.len()];
    let name = column.name();
    let value = cell(*kind, rest);
    let table = column.parse(&name, &value, Origin::Table);
    let dict = column.parse(&name, &value, Origin::Dict);
    if let Ok(d) = &dict {
        assert_eq!(
            table.as_ref().ok(),
            Some(d),
            "{name}: dict accepted {value:?}, table did not agree"
        );
    }
    if let Ok(Some(read)) = table {
        let mut a = Assessment::default();
        read.apply_to(&mut a);
    }
});
