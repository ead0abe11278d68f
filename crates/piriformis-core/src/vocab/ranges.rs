//! The numeric ranges the inputs allow, defined once. Checks, error texts,
//! the interview, the table reader and the bindings all read them from here.

use serde::Serialize;

use crate::error::{Error, Result};

/// A closed range of whole numbers that an input field allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, get_all, module = "piriformis")
)]
pub struct Range {
    /// What the number is.
    pub name: &'static str,
    /// The smallest value allowed.
    pub min: u16,
    /// The largest value allowed.
    pub max: u16,
}

impl Range {
    /// Whether `value` is inside the range.
    pub const fn contains(self, value: u64) -> bool {
        value >= self.min as u64 && value <= self.max as u64
    }

    /// What the range allows, as error messages say it.
    ///
    /// ```
    /// use piriformis_core::vocab::ranges::PAIN;
    /// assert_eq!(PAIN.allowed(), "whole numbers 0-10");
    /// ```
    pub fn allowed(self) -> String {
        format!("whole numbers {}-{}", self.min, self.max)
    }

    /// `value` as a `u16` when it is inside the range; otherwise an
    /// [`Error::OutOfRange`] naming `field` and what the range allows.
    pub fn check(self, field: &str, value: impl Into<u64>) -> Result<u16> {
        let value = value.into();
        if self.contains(value) {
            // Inside the range, so it fits in a u16.
            Ok(value as u16)
        } else {
            Err(Error::out_of_range(field, value, &self.allowed()))
        }
    }
}

/// Pain on the 0-10 numeric rating scale (LOINC 72514-3).
pub const PAIN: Range = Range {
    name: "pain",
    min: 0,
    max: 10,
};

/// Weeks of self-care tried so far: up to ten years.
pub const SELF_CARE_WEEKS: Range = Range {
    name: "self_care_weeks",
    min: 0,
    max: 520,
};

/// Minutes a routine may take.
pub const ROUTINE_MINUTES: Range = Range {
    name: "minutes",
    min: 1,
    max: 120,
};

/// Age in whole years.
pub const AGE: Range = Range {
    name: "age",
    min: 0,
    max: 120,
};

/// Every range, for the bindings and the knowledge document.
pub const ALL: &[Range] = &[PAIN, SELF_CARE_WEEKS, ROUTINE_MINUTES, AGE];
