//! Hand-written serde structs for the FHIR R4 data types and resource shapes
//! this crate writes. Only the elements used are modelled; empty optional
//! elements are left out of the JSON, as FHIR requires.

use serde::{Deserialize, Serialize};
use serde_json::Value;

fn none<T>(v: &Option<T>) -> bool {
    v.is_none()
}

/// A code from a code system (FHIR `Coding`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Coding {
    /// The code system's canonical URL.
    #[serde(default, skip_serializing_if = "none")]
    pub system: Option<String>,
    /// The code.
    #[serde(default, skip_serializing_if = "none")]
    pub code: Option<String>,
    /// Its display text.
    #[serde(default, skip_serializing_if = "none")]
    pub display: Option<String>,
}

impl Coding {
    /// A coding with a system, a code and a display text.
    pub fn new(system: &str, code: &str, display: &str) -> Self {
        Coding {
            system: Some(system.to_string()),
            code: Some(code.to_string()),
            display: Some(display.to_string()).filter(|d| !d.is_empty()),
        }
    }
}

/// Codings with a text (FHIR `CodeableConcept`).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct CodeableConcept {
    /// The codes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub coding: Vec<Coding>,
    /// Plain text.
    #[serde(default, skip_serializing_if = "none")]
    pub text: Option<String>,
}

impl CodeableConcept {
    /// A concept with one coding.
    pub fn of(coding: Coding) -> Self {
        CodeableConcept {
            coding: vec![coding],
            text: None,
        }
    }
}

/// A reference to another resource (FHIR `Reference`).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Reference {
    /// A relative or absolute reference (`Patient/123`, `urn:uuid:...`).
    #[serde(default, skip_serializing_if = "none")]
    pub reference: Option<String>,
    /// Text for the reference.
    #[serde(default, skip_serializing_if = "none")]
    pub display: Option<String>,
}

impl Reference {
    /// A reference to `target`.
    pub fn to(target: &str) -> Self {
        Reference {
            reference: Some(target.to_string()),
            display: None,
        }
    }
}

/// An extension with a value (FHIR `Extension`), the value as JSON
/// (`{"valueInteger": 3}`) flattened in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Extension {
    /// What the extension means.
    pub url: String,
    /// The `value[x]` member.
    #[serde(flatten)]
    pub value: serde_json::Map<String, Value>,
}

/// One entry of a bundle.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BundleEntry {
    /// The entry's full URL (`urn:uuid:...`).
    #[serde(default, skip_serializing_if = "none")]
    pub full_url: Option<String>,
    /// The resource, as JSON.
    pub resource: Value,
}

/// A collection of resources (FHIR `Bundle`, type `collection`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Bundle {
    /// Always `Bundle`.
    pub resource_type: String,
    /// `collection`.
    #[serde(rename = "type")]
    pub kind: String,
    /// The entries.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub entry: Vec<BundleEntry>,
}

impl Bundle {
    /// A collection bundle of these resources, in order.
    pub fn collection(resources: Vec<Value>) -> Self {
        Bundle {
            resource_type: "Bundle".into(),
            kind: "collection".into(),
            entry: resources
                .into_iter()
                .map(|r| BundleEntry {
                    full_url: None,
                    resource: r,
                })
                .collect(),
        }
    }
}
