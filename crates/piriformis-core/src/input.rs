//! Reading JSON input with errors that name the field and the allowed values.

use serde::de::DeserializeOwned;

use crate::error::{Error, Result};

/// What each numeric field allows, for error messages.
const NUMERIC_FIELDS: &[(&str, &str)] = &[
    ("pain_now", "whole numbers 0-10"),
    ("pain", "whole numbers 0-10"),
    ("self_care_weeks", "whole numbers 0-520"),
    ("minutes", "whole numbers 1-120"),
];

/// Parses JSON into `T`, mapping serde's error onto a typed [`Error`] that
/// names the path of the field at fault.
pub fn from_json<T: DeserializeOwned>(json: &str) -> Result<T> {
    let de = &mut serde_json::Deserializer::from_str(json);
    serde_path_to_error::deserialize(de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        let message = inner.to_string();
        let leaf = path.rsplit('.').next().unwrap_or(&path);
        let leaf = leaf.split('[').next().unwrap_or(leaf);
        if let Some((_, allowed)) = NUMERIC_FIELDS.iter().find(|(f, _)| *f == leaf) {
            if message.contains("invalid type") || message.contains("invalid value") {
                return Error::OutOfRange {
                    field: path,
                    value: message
                        .split(',')
                        .next()
                        .unwrap_or("")
                        .replace("invalid value: ", "")
                        .replace("invalid type: ", ""),
                    allowed: (*allowed).to_string(),
                };
            }
        }
        let message = message
            .split(" at line ")
            .next()
            .unwrap_or(&message)
            .to_string();
        // Map keys have no name in the path ("red_flags.?"): name the map.
        let path = path.trim_end_matches(".?").to_string();
        if path.is_empty() || path == "." || message.starts_with("unknown field") {
            Error::Json { message }
        } else {
            Error::Invalid {
                field: path,
                message,
            }
        }
    })
}
