//! Typed errors. Every message names the field and what is allowed.
//!
//! Messages never repeat much of the input: every value echoed in a message
//! is cut to [`MAX_ECHO_CHARS`] characters by [`echo`], here and only here.

use std::borrow::Cow;

use thiserror::Error;

/// The most characters of a caller's value repeated in an error message;
/// longer values are cut and end with an ellipsis.
pub const MAX_ECHO_CHARS: usize = 80;

/// Cuts a value to [`MAX_ECHO_CHARS`] characters (on a character boundary),
/// ending it with an ellipsis when something was cut.
///
/// ```
/// use piriformis_core::error::echo;
/// assert_eq!(echo("left"), "left");
/// let long = "é".repeat(100);
/// assert_eq!(echo(&long).chars().count(), 81);
/// assert!(echo(&long).ends_with('…'));
/// ```
pub fn echo(value: &str) -> Cow<'_, str> {
    match value.char_indices().nth(MAX_ECHO_CHARS) {
        None => Cow::Borrowed(value),
        Some((cut, _)) => Cow::Owned(format!("{}…", &value[..cut])),
    }
}

/// Applies [`echo`] to every quoted part of a message (between backticks,
/// double or single quotes), where serde and this crate put the caller's
/// values, and cuts the whole message to a generous bound so that an
/// unquoted value cannot be repeated at length either.
fn echo_quoted(message: &str) -> Cow<'_, str> {
    /// Long enough for every allowed-values list this crate writes.
    const MAX_MESSAGE_CHARS: usize = 2000;
    let mut out = String::new();
    let mut rest = message;
    let mut changed = false;
    while let Some(open) = rest.find(['`', '"', '\'']) {
        let quote = rest[open..].chars().next().unwrap_or('`');
        let body_start = open + quote.len_utf8();
        // The closing quote, not one escaped by a backslash.
        let mut close = None;
        let mut escaped = false;
        for (i, c) in rest[body_start..].char_indices() {
            if escaped {
                escaped = false;
            } else if c == '\\' && quote == '"' {
                escaped = true;
            } else if c == quote {
                close = Some(body_start + i);
                break;
            }
        }
        // An unclosed quote (an apostrophe) quotes nothing.
        let Some(body_end) = close else {
            out.push_str(&rest[..body_start]);
            rest = &rest[body_start..];
            continue;
        };
        let cut = echo(&rest[body_start..body_end]);
        changed |= matches!(cut, Cow::Owned(_));
        out.push_str(&rest[..body_start]);
        out.push_str(&cut);
        out.push(quote);
        rest = &rest[body_end + quote.len_utf8()..];
    }
    out.push_str(rest);
    if let Some((cut, _)) = out.char_indices().nth(MAX_MESSAGE_CHARS) {
        out.truncate(cut);
        out.push('…');
        changed = true;
    }
    if changed {
        Cow::Owned(out)
    } else {
        Cow::Borrowed(message)
    }
}

/// The field for a message: the whole document when there is no path.
fn field_name(field: &str) -> Cow<'_, str> {
    if field.is_empty() {
        Cow::Borrowed("document")
    } else {
        echo(field)
    }
}

/// Everything that can go wrong when calling into the library with bad input.
#[derive(Debug, Clone, PartialEq, Eq, Error, serde::Serialize, serde::Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Error {
    /// A value is not one of a closed vocabulary's ids.
    #[error("{}: unknown value '{}'; allowed: {allowed}", echo(.field), echo(.value))]
    UnknownValue {
        /// The field that was being read.
        field: String,
        /// What was given.
        value: String,
        /// The allowed ids, comma-separated.
        allowed: String,
    },
    /// A number is outside its allowed range.
    #[error("{}: {} is out of range; allowed: {allowed}", echo(.field), echo(.value))]
    OutOfRange {
        /// The field that was being read.
        field: String,
        /// What was given, as text (may be NaN).
        value: String,
        /// The allowed range, as text.
        allowed: String,
    },
    /// Two answers contradict each other.
    #[error("{}: contradicts {}: {}", echo(.field), echo(.other), echo_quoted(.why))]
    Contradiction {
        /// The first field.
        field: String,
        /// The field it contradicts.
        other: String,
        /// A plain explanation.
        why: String,
    },
    /// A field's value has the wrong shape or is not allowed.
    #[error("{}: {}", echo(.field), echo_quoted(.message))]
    Invalid {
        /// The path of the field, such as `nerve.legs` or `pain_regions[0]`.
        field: String,
        /// What is wrong and what is allowed.
        message: String,
    },
    /// A JSON document could not be read into the expected shape.
    #[error("invalid JSON: {}", echo_quoted(.message))]
    Json {
        /// serde's message, which names the field and the expected values.
        message: String,
    },
    /// A required value was missing.
    #[error("{}: missing; {}", echo(.field), echo_quoted(.expected))]
    Missing {
        /// The missing field.
        field: String,
        /// What was expected there.
        expected: String,
    },
    /// The input is over one of the limits in [`crate::input`]: document
    /// size, nesting depth, string length, list length or log length.
    #[error("{}: too large ({found}); allowed: {allowed}", field_name(.field))]
    TooLarge {
        /// The path of the value that is too large; empty for the whole document.
        field: String,
        /// How large it is, as text.
        found: String,
        /// The limit, as text.
        allowed: String,
    },
    /// Bad input that also reports warning signs: what is wrong, and the
    /// disposition the red flags answered "present" need at least
    /// ([`crate::triage::floor`]). Bad input never hides an emergency.
    #[error("{error}. Even so, a warning sign was answered yes: {}", .at_least.action())]
    WithWarningSigns {
        /// What is wrong with the input.
        error: Box<Error>,
        /// The disposition the red flags reported present give at least.
        at_least: crate::vocab::terms::Disposition,
        /// Those red flags.
        present: Vec<crate::vocab::terms::RedFlag>,
    },
    /// A routine was asked for when triage says the person needs care first.
    #[error("no self-care routine: triage says '{disposition}'; {}", echo_quoted(.why))]
    CareNeededFirst {
        /// The disposition that blocks self-care.
        disposition: crate::vocab::terms::Disposition,
        /// The reasons, joined.
        why: String,
    },
}

crate::vocab::vocabulary! {
    /// What kind of error it is: the one grouping that every binding maps to
    /// its own exception types (Python `InvalidInputError`,
    /// `ContradictionError`, `CareNeededFirstError`; Kotlin/Swift
    /// `PiriformisError` cases).
    pub enum ErrorKind {
        /// The input is not what is allowed: a value, a range, a size, JSON.
        InvalidInput,
        /// Two answers contradict each other.
        Contradiction,
        /// No self-care routine: triage says to get care first.
        CareNeededFirst,
    }
}

impl Error {
    /// Its kind, whatever warning signs are reported with it.
    ///
    /// ```
    /// use piriformis_core::error::ErrorKind;
    /// use piriformis_core::{Side, Vocabulary};
    /// assert_eq!(Side::parse_field("side", "up").unwrap_err().kind(), ErrorKind::InvalidInput);
    /// ```
    pub fn kind(&self) -> ErrorKind {
        match self.inner() {
            Self::Contradiction { .. } => ErrorKind::Contradiction,
            Self::CareNeededFirst { .. } => ErrorKind::CareNeededFirst,
            _ => ErrorKind::InvalidInput,
        }
    }

    /// What is allowed, as the message says it (`left, right, both`,
    /// `whole numbers 0-10`), when the error names it.
    pub fn allowed(&self) -> Option<&str> {
        match self.inner() {
            Self::UnknownValue { allowed, .. }
            | Self::OutOfRange { allowed, .. }
            | Self::TooLarge { allowed, .. } => Some(allowed),
            _ => None,
        }
    }

    /// The name of the field at fault, where there is one.
    pub fn field(&self) -> Option<&str> {
        match self {
            Self::UnknownValue { field, .. }
            | Self::OutOfRange { field, .. }
            | Self::Contradiction { field, .. }
            | Self::Missing { field, .. }
            | Self::Invalid { field, .. } => Some(field),
            Self::TooLarge { field, .. } if !field.is_empty() => Some(field),
            Self::TooLarge { .. } => None,
            Self::Json { .. } | Self::CareNeededFirst { .. } => None,
            Self::WithWarningSigns { error, .. } => error.field(),
        }
    }

    /// The allowed values as a list: each id of a vocabulary, or the one
    /// range or limit text (`whole numbers 0-10`); empty when the error does
    /// not name them.
    ///
    /// ```
    /// use piriformis_core::{Side, Vocabulary};
    /// let e = Side::parse_field("side", "up").unwrap_err();
    /// assert_eq!(e.allowed_values(), ["left", "right", "both"]);
    /// ```
    pub fn allowed_values(&self) -> Vec<&str> {
        match self.inner() {
            // Vocabulary ids are snake_case, so ", " only ever separates them.
            Self::UnknownValue { allowed, .. } => allowed.split(", ").collect(),
            Self::OutOfRange { allowed, .. } | Self::TooLarge { allowed, .. } => {
                vec![allowed.as_str()]
            }
            _ => Vec::new(),
        }
    }

    /// The error itself, without the warning signs reported with it.
    pub fn inner(&self) -> &Error {
        match self {
            Self::WithWarningSigns { error, .. } => error.inner(),
            other => other,
        }
    }

    /// The disposition that red flags answered "present" in the same input
    /// need at least, when there are any: show it even though the input failed.
    pub fn at_least(&self) -> Option<crate::vocab::terms::Disposition> {
        match self {
            Self::WithWarningSigns { at_least, .. } => Some(*at_least),
            _ => None,
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
