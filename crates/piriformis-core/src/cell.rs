//! One cell of a survey table, read without any binding's objects.
//!
//! Survey tables reach the library as columns named like `pandas.json_normalize`
//! of an [`Assessment`](crate::Assessment) (`side`, `pain_now`, `nerve.legs`, `red_flags.fever`,
//! ...). A binding turns each cell into a [`CellValue`] and this module decides
//! what it means, so every language reads odd cells by the same rule and the
//! rule can be fuzzed on its own ([`parse_cell`]).
//!
//! The rule ("missing and odd values"):
//!
//! - [`CellValue::None`] is "not answered", everywhere.
//! - A NaN float (the binding maps any float width, and pandas' `NA`/`NaT`, to
//!   it) is "not answered" in a table ([`Origin::Table`]). In a dict
//!   ([`Origin::Dict`], read as strictly as JSON, which has no NaN) it is an
//!   error naming the field.
//! - Integers of any width are integers; booleans are never numbers. Number
//!   fields take whole numbers; a table also takes whole floats (an int column
//!   with gaps becomes floats) and digit text (a CSV column with one text cell).
//! - Vocabulary fields take their ids as text. List fields take lists of ids;
//!   a table also takes one comma-separated string.
//!
//! ```
//! use piriformis_core::cell::{parse_cell, Cell, CellValue};
//! use piriformis_core::{Answer, RedFlag};
//! let c = parse_cell("red_flags.fever", CellValue::Text("present".into())).unwrap();
//! assert_eq!(c, Some(Cell::RedFlag(RedFlag::Fever, Answer::Present)));
//! assert_eq!(parse_cell("pain_now", CellValue::Float(f64::NAN)).unwrap(), None);
//! assert_eq!(parse_cell("pain_now", CellValue::Float(7.0)).unwrap(), Some(Cell::PainNow(7)));
//! assert!(parse_cell("pain_now", CellValue::Bool(true)).is_err());
//! ```

use std::borrow::Cow;

use crate::error::Error;
use crate::triage::{Field, FieldValue};
use crate::vocab::Vocabulary;
use crate::vocab::ranges::Range;

/// The longest part of a given value an error message repeats, in characters.
pub const MAX_ECHO: usize = 80;

/// `text` cut to at most `max` characters, with "..." when cut.
///
/// ```
/// assert_eq!(piriformis_core::cell::cut("abcdef", 5), "ab...");
/// assert_eq!(piriformis_core::cell::cut("abc", 5), "abc");
/// ```
pub fn cut(text: &str, max: usize) -> Cow<'_, str> {
    if text.chars().count() <= max {
        return Cow::Borrowed(text);
    }
    let keep: String = text.chars().take(max.saturating_sub(3)).collect();
    Cow::Owned(keep + "...")
}

/// A cell's value as a binding hands it over: plain data, no objects.
#[derive(Debug, Clone, PartialEq)]
pub enum CellValue<'a> {
    /// No value (Python's `None`).
    None,
    /// A boolean.
    Bool(bool),
    /// An integer of any width that fits in 64 bits.
    Int(i64),
    /// A float of any width; NaN stands for every missing-value marker.
    Float(f64),
    /// Text.
    Text(Cow<'a, str>),
    /// A list (or tuple) of cells.
    List(Vec<CellValue<'a>>),
    /// Anything else, described for error messages (such as `Foo object`).
    Other(Cow<'a, str>),
}

impl CellValue<'_> {
    /// Whether this is a missing-value marker (a NaN float).
    pub fn is_nan(&self) -> bool {
        matches!(self, CellValue::Float(f) if f.is_nan())
    }

    /// The value as an error message shows it, cut to [`MAX_ECHO`] characters.
    pub fn describe(&self) -> String {
        let full = match self {
            CellValue::None => "None".to_string(),
            CellValue::Bool(b) => b.to_string(),
            CellValue::Int(n) => n.to_string(),
            CellValue::Float(f) => f.to_string(),
            CellValue::Text(t) => format!("'{t}'"),
            CellValue::List(items) => format!("a list of {} items", items.len()),
            CellValue::Other(what) => what.to_string(),
        };
        cut(&full, MAX_ECHO).into_owned()
    }
}

/// Where a cell comes from, which decides how loosely it is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// A table column: NaN means not answered, 7.0 and "7" are 7, and a list
    /// cell may be one comma-separated string.
    Table,
    /// A dict, read as strictly as JSON: NaN, 7.0, "7" and strings-for-lists
    /// are errors.
    Dict,
}

/// A column of a survey table: the assessment field its cells fill (the
/// core's one field schema, [`Field`]).
pub type Column = Field;

/// A cell read into its field's type.
pub type Cell = FieldValue;

impl Column {
    /// The column with this name (a field path), or `None` if there is no such column.
    ///
    /// ```
    /// use piriformis_core::cell::Column;
    /// use piriformis_core::RedFlag;
    /// assert_eq!(Column::from_name("red_flags.fever"), Some(Column::RedFlag(RedFlag::Fever)));
    /// assert_eq!(Column::from_name("fever"), None);
    /// ```
    pub fn from_name(name: &str) -> Option<Column> {
        Field::from_path(name)
    }

    /// The column's name: the field's path (`side`, `nerve.legs`, `red_flags.fever`).
    pub fn name(self) -> Cow<'static, str> {
        self.path()
    }

    /// Reads one cell of this column. `Ok(None)` means "not answered".
    /// `field` names the cell in errors (the column name, or a dict path).
    pub fn parse(
        self,
        field: &str,
        cell: &CellValue<'_>,
        origin: Origin,
    ) -> Result<Option<Cell>, Error> {
        Ok(Some(match self {
            Column::Side => match vocab_value(field, cell, origin)? {
                Some(v) => Cell::Side(v),
                None => return Ok(None),
            },
            Column::PainNow | Column::SelfCareWeeks | Column::Age => {
                let crate::triage::FieldKind::Number { range } = self.kind() else {
                    return Ok(None);
                };
                match number_value(field, cell, origin, range)? {
                    Some(n) => match Cell::number(self, n) {
                        Some(v) => v,
                        None => return Ok(None),
                    },
                    None => return Ok(None),
                }
            }
            Column::PainRegions => match list_value(field, cell, origin)? {
                Some(v) => Cell::PainRegions(v),
                None => return Ok(None),
            },
            Column::PainQualities => match list_value(field, cell, origin)? {
                Some(v) => Cell::PainQualities(v),
                None => return Ok(None),
            },
            Column::WorseWith => match list_value(field, cell, origin)? {
                Some(v) => Cell::WorseWith(v),
                None => return Ok(None),
            },
            Column::TenderAreas => match list_value(field, cell, origin)? {
                Some(v) => Cell::TenderAreas(v),
                None => return Ok(None),
            },
            Column::Nerve(f) => match vocab_value(field, cell, origin)? {
                Some(v) => Cell::Nerve(f, v),
                None => return Ok(None),
            },
            Column::Legs => match vocab_value(field, cell, origin)? {
                Some(v) => Cell::Legs(v),
                None => return Ok(None),
            },
            Column::AfterFall | Column::SelfCareHelped | Column::KeepsComingBack => {
                let Some(v) = vocab_value(field, cell, origin)? else {
                    return Ok(None);
                };
                match self {
                    Column::AfterFall => Cell::AfterFall(v),
                    Column::SelfCareHelped => Cell::SelfCareHelped(v),
                    _ => Cell::KeepsComingBack(v),
                }
            }
            Column::RedFlag(flag) => match vocab_value(field, cell, origin)? {
                Some(v) => Cell::RedFlag(flag, v),
                None => return Ok(None),
            },
        }))
    }
}

/// Reads one cell of the table column named `column` (table rules, see the
/// module docs). `Ok(None)` means "not answered"; an unknown column is an
/// [`Error::UnknownValue`] naming it.
pub fn parse_cell(column: &str, cell: CellValue<'_>) -> Result<Option<Cell>, Error> {
    let c = Column::from_name(column).ok_or_else(|| Error::UnknownValue {
        field: "columns".into(),
        value: cut(column, MAX_ECHO).into_owned(),
        allowed: Column::all()
            .map(|c| c.name().into_owned())
            .collect::<Vec<_>>()
            .join(", "),
    })?;
    c.parse(column, &cell, Origin::Table)
}

/// The error for a NaN in a dict.
fn nan_in_dict(field: &str) -> Error {
    Error::Invalid {
        field: field.into(),
        message: "NaN (a missing-value marker) is not an answer in a dict; leave the key out or give None for not answered".into(),
    }
}

/// A vocabulary cell: an id as text. `Ok(None)` for not answered.
pub fn vocab_value<T: Vocabulary>(
    field: &str,
    cell: &CellValue<'_>,
    origin: Origin,
) -> Result<Option<T>, Error> {
    match cell {
        CellValue::None => Ok(None),
        CellValue::Float(f) if f.is_nan() => match origin {
            Origin::Table => Ok(None),
            Origin::Dict => Err(nan_in_dict(field)),
        },
        CellValue::Text(t) => T::from_id(t)
            .map_or_else(|| T::parse_field(field, &cut(t, MAX_ECHO)), Ok)
            .map(Some),
        other => Err(Error::Invalid {
            field: field.into(),
            message: format!(
                "expected a string, got {}; allowed: {}",
                other.describe(),
                T::ids().join(", ")
            ),
        }),
    }
}

/// Item `i` of a list cell (None and NaN are not values there). The item's
/// field name, `field[i]`, is only built for an error.
pub fn list_item<T: Vocabulary>(field: &str, i: usize, item: &CellValue<'_>) -> Result<T, Error> {
    if let CellValue::Text(t) = item {
        if let Some(v) = T::from_id(t) {
            return Ok(v);
        }
        return T::parse_field(&format!("{field}[{i}]"), &cut(t, MAX_ECHO));
    }
    Err(Error::Invalid {
        field: format!("{field}[{i}]"),
        message: format!(
            "expected a string, got {}; allowed: {}",
            item.describe(),
            T::ids().join(", ")
        ),
    })
}

/// A list cell: a list of ids or, in a table, one comma-separated string.
/// `Ok(None)` for not answered.
pub fn list_value<T: Vocabulary>(
    field: &str,
    cell: &CellValue<'_>,
    origin: Origin,
) -> Result<Option<Vec<T>>, Error> {
    match (cell, origin) {
        (CellValue::None, _) => Ok(None),
        (CellValue::Float(f), Origin::Table) if f.is_nan() => Ok(None),
        (CellValue::Float(f), Origin::Dict) if f.is_nan() => Err(nan_in_dict(field)),
        (CellValue::List(items), _) => items
            .iter()
            .enumerate()
            .map(|(i, item)| list_item(field, i, item))
            .collect::<Result<Vec<T>, Error>>()
            .map(Some),
        (CellValue::Text(t), Origin::Table) => t
            .split(',')
            .map(str::trim)
            .filter(|id| !id.is_empty())
            .enumerate()
            .map(|(i, id)| list_item(field, i, &CellValue::Text(Cow::Borrowed(id))))
            .collect::<Result<Vec<T>, Error>>()
            .map(Some),
        (other, origin) => Err(Error::Invalid {
            field: field.into(),
            message: format!(
                "expected a list of ids{}, got {}; allowed ids: {}",
                if origin == Origin::Table {
                    " or a comma-separated string"
                } else {
                    ""
                },
                other.describe(),
                T::ids().join(", ")
            ),
        }),
    }
}

/// A whole-number cell, at most `max`; `allowed` is the range for messages.
/// `Ok(None)` for not answered.
pub fn number_value(
    field: &str,
    cell: &CellValue<'_>,
    origin: Origin,
    range: Range,
) -> Result<Option<u16>, Error> {
    let (min, max) = (range.min, range.max);
    let out_of_range = |value: String| Error::OutOfRange {
        field: field.into(),
        value,
        allowed: range.allowed(),
    };
    match (cell, origin) {
        (CellValue::None, _) => Ok(None),
        (CellValue::Int(n), _) => match u16::try_from(*n) {
            Ok(v) if (min..=max).contains(&v) => Ok(Some(v)),
            _ => Err(out_of_range(n.to_string())),
        },
        (CellValue::Float(f), Origin::Table) if f.is_nan() => Ok(None),
        (CellValue::Float(f), Origin::Dict) if f.is_nan() => Err(nan_in_dict(field)),
        (CellValue::Float(f), Origin::Table)
            if f.fract() == 0.0 && (f64::from(min)..=f64::from(max)).contains(f) =>
        {
            // Whole and within the range, so the conversion is exact.
            Ok(Some(*f as u16))
        }
        (CellValue::Text(t), Origin::Table) => match t.trim().parse::<u16>() {
            Ok(n) if (min..=max).contains(&n) => Ok(Some(n)),
            _ => Err(out_of_range(cut(t.trim(), MAX_ECHO).into_owned())),
        },
        (other, _) => Err(out_of_range(other.describe())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::red_flag::RedFlag;
    use crate::triage::{Answer, Assessment, Legs, Side};
    use crate::trigger_point::BodyRegion;

    fn text(s: &str) -> CellValue<'_> {
        CellValue::Text(Cow::Borrowed(s))
    }

    #[test]
    fn every_column_round_trips_its_name() {
        for c in Column::all() {
            assert_eq!(Column::from_name(&c.name()), Some(c));
        }
        assert_eq!(Column::all().count(), 15 + RedFlag::ALL.len());
        assert_eq!(Column::from_name("nerve"), None);
        assert_eq!(Column::from_name("red_flags.nope"), None);
    }

    #[test]
    fn missing_values_are_not_answered_in_a_table() {
        for c in Column::all() {
            let name = c.name();
            assert_eq!(parse_cell(&name, CellValue::None), Ok(None), "{name}");
            assert_eq!(
                parse_cell(&name, CellValue::Float(f64::NAN)),
                Ok(None),
                "{name}"
            );
        }
    }

    #[test]
    fn nan_in_a_dict_is_an_error_naming_the_field() {
        for c in Column::all() {
            let name = c.name();
            let e = c
                .parse(&name, &CellValue::Float(f64::NAN), Origin::Dict)
                .unwrap_err();
            assert_eq!(e.field(), Some(&*name));
            assert!(e.to_string().contains("None for not answered"), "{e}");
            assert_eq!(c.parse(&name, &CellValue::None, Origin::Dict), Ok(None));
        }
    }

    #[test]
    fn numbers_by_origin() {
        let pain = |cell: CellValue<'_>, o| Column::PainNow.parse("pain_now", &cell, o);
        for o in [Origin::Table, Origin::Dict] {
            assert_eq!(pain(CellValue::Int(7), o), Ok(Some(Cell::PainNow(7))));
            assert!(pain(CellValue::Int(-1), o).is_err());
            assert!(pain(CellValue::Int(i64::MAX), o).is_err());
            assert!(pain(CellValue::Bool(true), o).is_err());
            assert!(pain(CellValue::Float(7.5), o).is_err());
            assert!(pain(CellValue::List(vec![]), o).is_err());
        }
        assert_eq!(
            pain(CellValue::Float(7.0), Origin::Table),
            Ok(Some(Cell::PainNow(7)))
        );
        assert_eq!(pain(text(" 7 "), Origin::Table), Ok(Some(Cell::PainNow(7))));
        assert!(pain(CellValue::Float(7.0), Origin::Dict).is_err());
        assert!(pain(text("7"), Origin::Dict).is_err());
        assert!(pain(CellValue::Float(f64::INFINITY), Origin::Table).is_err());
        assert!(pain(CellValue::Float(-0.5), Origin::Table).is_err());
        let e = pain(text("seven"), Origin::Table).unwrap_err();
        assert!(matches!(e, Error::OutOfRange { .. }) && e.field() == Some("pain_now"));
    }

    #[test]
    fn lists_by_origin() {
        let regions = |cell: CellValue<'_>, o| Column::PainRegions.parse("pain_regions", &cell, o);
        let both = Some(Cell::PainRegions(vec![
            BodyRegion::Calf,
            BodyRegion::Buttock,
        ]));
        let list = CellValue::List(vec![text("calf"), text("buttock")]);
        assert_eq!(regions(list.clone(), Origin::Table), Ok(both.clone()));
        assert_eq!(regions(list, Origin::Dict), Ok(both.clone()));
        assert_eq!(regions(text("calf, buttock,"), Origin::Table), Ok(both));
        assert!(regions(text("calf"), Origin::Dict).is_err());
        let e = regions(
            CellValue::List(vec![text("calf"), text("elbow")]),
            Origin::Dict,
        )
        .unwrap_err();
        assert_eq!(e.field(), Some("pain_regions[1]"));
        let e = regions(CellValue::List(vec![CellValue::None]), Origin::Table).unwrap_err();
        assert_eq!(e.field(), Some("pain_regions[0]"));
        assert!(regions(CellValue::Int(3), Origin::Table).is_err());
    }

    #[test]
    fn vocabulary_cells_take_ids_only() {
        let side = |cell: CellValue<'_>| parse_cell("side", cell);
        assert_eq!(side(text("left")), Ok(Some(Cell::Side(Side::Left))));
        assert!(side(text("Left")).is_err());
        assert!(side(CellValue::Int(1)).is_err());
        assert!(side(CellValue::Bool(false)).is_err());
        let e = side(CellValue::Other("Foo object".into())).unwrap_err();
        assert!(e.to_string().contains("Foo object"), "{e}");
    }

    #[test]
    fn long_values_are_cut_in_messages() {
        let long = "x".repeat(10_000);
        for e in [
            parse_cell("side", text(&long)).unwrap_err(),
            parse_cell("pain_now", text(&long)).unwrap_err(),
            parse_cell("worse_with", text(&long)).unwrap_err(),
            parse_cell(&long, CellValue::None).unwrap_err(),
        ] {
            let m = e.to_string();
            assert!(m.len() < 2_000, "{} chars", m.len());
            assert!(!m.contains(&"x".repeat(MAX_ECHO + 1)));
        }
        assert_eq!(cut("ééééé", 4), "é...");
    }

    #[test]
    fn cells_fill_their_fields() {
        let mut a = Assessment::default();
        for (column, cell) in [
            ("side", text("both")),
            ("pain_now", CellValue::Int(4)),
            ("nerve.legs", text("one")),
            ("red_flags.saddle_numbness", text("present")),
            ("self_care_weeks", CellValue::Float(3.0)),
        ] {
            if let Some(c) = parse_cell(column, cell).unwrap() {
                c.apply_to(&mut a);
            }
        }
        assert_eq!(a.side, Some(Side::Both));
        assert_eq!(a.pain_now, Some(4));
        assert_eq!(a.self_care_weeks, Some(3));
        assert_eq!(a.nerve.legs, Legs::One);
        assert_eq!(
            a.red_flags.get(&RedFlag::SaddleNumbness),
            Some(&Answer::Present)
        );
    }
}
