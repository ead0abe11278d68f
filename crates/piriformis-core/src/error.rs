//! Typed errors. Every message names the field and what is allowed.

use thiserror::Error;

/// Everything that can go wrong when calling into the library with bad input.
#[derive(Debug, Clone, PartialEq, Eq, Error, serde::Serialize, serde::Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Error {
    /// A value is not one of a closed vocabulary's ids.
    #[error("{field}: unknown value '{value}'; allowed: {allowed}")]
    UnknownValue {
        /// The field that was being read.
        field: String,
        /// What was given.
        value: String,
        /// The allowed ids, comma-separated.
        allowed: String,
    },
    /// A number is outside its allowed range.
    #[error("{field}: {value} is out of range; allowed: {allowed}")]
    OutOfRange {
        /// The field that was being read.
        field: String,
        /// What was given, as text (may be NaN).
        value: String,
        /// The allowed range, as text.
        allowed: String,
    },
    /// Two answers contradict each other.
    #[error("{field}: contradicts {other}: {why}")]
    Contradiction {
        /// The first field.
        field: String,
        /// The field it contradicts.
        other: String,
        /// A plain explanation.
        why: String,
    },
    /// A field's value has the wrong shape or is not allowed.
    #[error("{field}: {message}")]
    Invalid {
        /// The path of the field, such as `nerve.legs` or `pain_regions[0]`.
        field: String,
        /// What is wrong and what is allowed.
        message: String,
    },
    /// A JSON document could not be read into the expected shape.
    #[error("invalid JSON: {message}")]
    Json {
        /// serde's message, which names the field and the expected values.
        message: String,
    },
    /// A required value was missing.
    #[error("{field}: missing; {expected}")]
    Missing {
        /// The missing field.
        field: String,
        /// What was expected there.
        expected: String,
    },
    /// A routine was asked for when triage says the person needs care first.
    #[error("no self-care routine: triage says '{disposition}'; {why}")]
    CareNeededFirst {
        /// The disposition that blocks self-care.
        disposition: crate::triage::Disposition,
        /// The reasons, joined.
        why: String,
    },
}

impl Error {
    /// The name of the field at fault, where there is one.
    pub fn field(&self) -> Option<&str> {
        match self {
            Self::UnknownValue { field, .. }
            | Self::OutOfRange { field, .. }
            | Self::Contradiction { field, .. }
            | Self::Missing { field, .. }
            | Self::Invalid { field, .. } => Some(field),
            Self::Json { .. } | Self::CareNeededFirst { .. } => None,
        }
    }

    pub(crate) fn out_of_range(field: &str, value: impl ToString, allowed: &str) -> Self {
        Self::OutOfRange {
            field: field.to_string(),
            value: value.to_string(),
            allowed: allowed.to_string(),
        }
    }

    pub(crate) fn contradiction(field: &str, other: &str, why: &str) -> Self {
        Self::Contradiction {
            field: field.to_string(),
            other: other.to_string(),
            why: why.to_string(),
        }
    }
}

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Self {
        Self::Json {
            message: e.to_string(),
        }
    }
}

/// Result alias for this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;
