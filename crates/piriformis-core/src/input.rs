//! Reading JSON input: strict, bounded, and with errors that name the field.
//!
//! Every JSON entry point ([`crate::Assessment::from_json`],
//! [`crate::interview::answers_from_json`],
//! [`crate::routine::RoutineRequest::from_json`],
//! [`crate::progress::log_from_json`]) goes through [`from_json`], which reads
//! a document in two passes:
//!
//! 1. A checking pass over the text builds a small tree of the document and
//!    rejects what would weaken an answer or cost too much: a key repeated in
//!    an object (JSON parsers disagree on which copy wins, so neither does),
//!    text after the document, and anything over the limits below.
//! 2. A typed pass reads that tree into the Rust type. Where the type expects
//!    an object (a struct or a map) only an object is accepted, never serde's
//!    array form of a struct (`["left", 7]`). Every error names the path of
//!    the field at fault: `red_flags.fever`, `pain_regions[2]`, `log[0].date`.
//!
//! The limits are far above anything a real assessment, answer set, routine
//! request or pain log needs, and low enough that a hostile document cannot
//! make the library allocate or echo much.

use std::borrow::Cow;
use std::cell::RefCell;
use std::fmt;

use serde::de::{
    self, DeserializeOwned, DeserializeSeed, EnumAccess, IntoDeserializer, MapAccess, SeqAccess,
    Unexpected, VariantAccess, Visitor,
};

use crate::error::{Error, Result, echo};
use crate::vocab::ranges::{self, Range};

/// The largest JSON document accepted, in bytes (1 MiB). A ten-year daily
/// pain log, pretty-printed, is under half of this.
pub const MAX_DOCUMENT_BYTES: usize = 1024 * 1024;

/// The deepest nesting of objects and arrays accepted. The deepest real
/// document (a routine request that carries a triage result) is 6 deep.
pub const MAX_DEPTH: usize = 16;

/// The longest string accepted (object keys included), in characters. Ids are
/// under 40 characters and the longest text in a triage result (carried by a
/// routine request) is under 400.
pub const MAX_STRING_CHARS: usize = 1024;

/// The longest list inside a document (`pain_regions`, `worse_with`,
/// `equipment`, an answer's choices, a triage result's rules, ...), and the
/// most keys in one object. Every vocabulary has fewer than 64 ids.
pub const MAX_LIST_ITEMS: usize = 256;

/// The longest pain log accepted: ten years of daily entries. A document that
/// is itself a list (a pain log) may have this many items; lists inside a
/// document are bounded by [`MAX_LIST_ITEMS`].
pub const MAX_LOG_ENTRIES: usize = 3660;

/// The range each numeric field allows, for error messages.
const NUMERIC_FIELDS: &[(&str, Range)] = &[
    ("pain_now", ranges::PAIN),
    ("pain", ranges::PAIN),
    ("self_care_weeks", ranges::SELF_CARE_WEEKS),
    ("minutes", ranges::ROUTINE_MINUTES),
    ("age", ranges::AGE),
];

/// Parses JSON into `T`, strictly and within the limits above, mapping every
/// failure onto a typed [`Error`] that names the path of the field at fault.
///
/// ```
/// use piriformis_core::{input::from_json, Assessment};
/// let twice = r#"{"red_flags": {"fever": "present", "fever": "absent"}}"#;
/// let err = from_json::<Assessment>(twice).unwrap_err();
/// assert_eq!(err.field(), Some("red_flags.fever"));
/// assert!(err.to_string().contains("repeated"));
/// ```
pub fn from_json<T: DeserializeOwned>(json: &str) -> Result<T> {
    let tree = parse_tree(json)?;
    T::deserialize(NodeDe {
        node: &tree,
        path: Path::Root,
    })
    .map_err(DeError::into_error)
}

/// Reads a JSON value already in memory into `T` by the same rules as
/// [`from_json`]: the same limits (depth, string length, list and key
/// counts), only objects where the type expects an object, and errors that
/// name the path of the field at fault. For callers that hold data as values
/// rather than text (the Python binding walks dicts and lists into a value),
/// so nothing is written out as text and parsed again.
///
/// ```
/// use piriformis_core::{input::from_value, Assessment};
/// let v = serde_json::json!({"pain_now": 4, "red_flags": {"fever": "maybe"}});
/// let err = from_value::<Assessment>(&v).unwrap_err();
/// assert_eq!(err.field(), Some("red_flags.fever"));
/// let a: Assessment = from_value(&serde_json::json!({"pain_now": 4})).unwrap();
/// assert_eq!(a.pain_now, Some(4));
/// ```
pub fn from_value<T: DeserializeOwned>(value: &serde_json::Value) -> Result<T> {
    let failure = RefCell::new(None);
    let checked = Check {
        failure: &failure,
        path: Path::Root,
        depth: 0,
    }
    .deserialize(value);
    let tree = match checked {
        Ok(tree) => tree,
        Err(e) => {
            return Err(failure.into_inner().unwrap_or_else(|| Error::Json {
                message: e.to_string(),
            }));
        }
    };
    T::deserialize(NodeDe {
        node: &tree,
        path: Path::Root,
    })
    .map_err(DeError::into_error)
}

// ---------------------------------------------------------------------------
// Pass 1: the checked tree.

/// A JSON value as read by the checking pass. Strings borrow from the input
/// where they have no escapes.
#[derive(Debug)]
enum Node<'a> {
    Null,
    Bool(bool),
    Unsigned(u64),
    Signed(i64),
    Float(f64),
    Str(Cow<'a, str>),
    Array(Vec<Node<'a>>),
    Object(Vec<(Cow<'a, str>, Node<'a>)>),
}

impl Node<'_> {
    fn kind(&self) -> &'static str {
        match self {
            Self::Null => "null",
            Self::Bool(_) => "a boolean",
            Self::Unsigned(_) | Self::Signed(_) | Self::Float(_) => "a number",
            Self::Str(_) => "a string",
            Self::Array(_) => "an array",
            Self::Object(_) => "an object",
        }
    }
}

/// Where a value sits in the document; rendered only when an error needs it.
#[derive(Clone, Copy)]
enum Path<'p> {
    Root,
    Key(&'p Path<'p>, &'p str),
    Index(&'p Path<'p>, usize),
}

impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Root => Ok(()),
            Self::Key(Self::Root, key) => f.write_str(key),
            Self::Key(parent, key) => write!(f, "{parent}.{key}"),
            Self::Index(parent, i) => write!(f, "{parent}[{i}]"),
        }
    }
}

/// The keys of a JSON object in the order the text gives them (empty for
/// anything else, or text the reader refuses): a struct's fields in
/// declaration order, as serde writes them (the Python classes' `repr`).
#[cfg(feature = "python")]
pub fn object_keys(json: &str) -> Vec<String> {
    match parse_tree(json) {
        Ok(Node::Object(entries)) => entries.into_iter().map(|(k, _)| k.into_owned()).collect(),
        _ => Vec::new(),
    }
}

/// Reads the text into a [`Node`] tree, enforcing the limits, unique keys and
/// the end of input.
fn parse_tree(json: &str) -> Result<Node<'_>> {
    if json.len() > MAX_DOCUMENT_BYTES {
        return Err(Error::TooLarge {
            field: String::new(),
            found: format!("{} bytes", json.len()),
            allowed: format!("at most {MAX_DOCUMENT_BYTES} bytes"),
        });
    }
    let failure = RefCell::new(None);
    let mut de = serde_json::Deserializer::from_str(json);
    let checked = Check {
        failure: &failure,
        path: Path::Root,
        depth: 0,
    }
    .deserialize(&mut de);
    let tree = match checked {
        Ok(tree) => tree,
        Err(e) => {
            return Err(failure.into_inner().unwrap_or_else(|| Error::Json {
                message: e.to_string(),
            }));
        }
    };
    de.end().map_err(|e| Error::Json {
        message: format!(
            "trailing input after the JSON document ({}); send one document",
            position(&e)
        ),
    })?;
    Ok(tree)
}

fn position(e: &serde_json::Error) -> String {
    format!("at line {} column {}", e.line(), e.column())
}

/// The checking visitor: one per value, knowing its path and depth. The first
/// typed failure is kept in `failure` (serde_json's error type cannot carry it).
struct Check<'c, 'p> {
    failure: &'c RefCell<Option<Error>>,
    path: Path<'p>,
    depth: usize,
}

impl Check<'_, '_> {
    fn fail<E: de::Error>(&self, error: Error) -> E {
        let message = error.to_string();
        self.failure.borrow_mut().get_or_insert(error);
        E::custom(message)
    }

    /// Names the path of a syntax error (`{"pain_now": NaN}` is an error in
    /// `pain_now`), unless a more precise error was already kept.
    fn syntax_at<E: de::Error>(&self, path: Path<'_>, e: E) -> E {
        let mut failure = self.failure.borrow_mut();
        if failure.is_none() && !matches!(path, Path::Root) {
            *failure = Some(Error::Invalid {
                field: path.to_string(),
                message: e.to_string(),
            });
        }
        e
    }

    fn too_large<E: de::Error>(&self, path: Path<'_>, found: String, allowed: String) -> E {
        self.fail(Error::TooLarge {
            field: path.to_string(),
            found,
            allowed,
        })
    }

    fn check_string<E: de::Error>(&self, path: Path<'_>, s: &str) -> Result<(), E> {
        // A character is at most 4 bytes: most strings need no count at all.
        if s.len() > MAX_STRING_CHARS {
            let n = s.chars().count();
            if n > MAX_STRING_CHARS {
                return Err(self.too_large(
                    path,
                    format!("a string of {n} characters"),
                    format!("at most {MAX_STRING_CHARS} characters"),
                ));
            }
        }
        Ok(())
    }

    fn enter<E: de::Error>(&self) -> Result<(), E> {
        if self.depth >= MAX_DEPTH {
            return Err(self.too_large(
                self.path,
                format!("nested more than {MAX_DEPTH} levels deep"),
                format!("at most {MAX_DEPTH} levels of nested objects and arrays"),
            ));
        }
        Ok(())
    }

    fn child<'q>(&self, path: Path<'q>) -> Check<'_, 'q> {
        Check {
            failure: self.failure,
            path,
            depth: self.depth + 1,
        }
    }
}

impl<'de> DeserializeSeed<'de> for Check<'_, '_> {
    type Value = Node<'de>;

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Node<'de>, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Check<'_, '_> {
    type Value = Node<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_unit<E: de::Error>(self) -> Result<Node<'de>, E> {
        Ok(Node::Null)
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Node<'de>, E> {
        Ok(Node::Bool(v))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Node<'de>, E> {
        Ok(Node::Unsigned(v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Node<'de>, E> {
        Ok(Node::Signed(v))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Node<'de>, E> {
        Ok(Node::Float(v))
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Node<'de>, E> {
        self.check_string(self.path, v)?;
        Ok(Node::Str(Cow::Borrowed(v)))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Node<'de>, E> {
        self.check_string(self.path, v)?;
        Ok(Node::Str(Cow::Owned(v.to_owned())))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Node<'de>, E> {
        self.check_string(self.path, &v)?;
        Ok(Node::Str(Cow::Owned(v)))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node<'de>, A::Error> {
        self.enter()?;
        let (limit, what) = match self.path {
            Path::Root => (MAX_LOG_ENTRIES, "items in a top-level list"),
            _ => (MAX_LIST_ITEMS, "items in a list"),
        };
        let mut items = Vec::new();
        loop {
            let i = items.len();
            let path = Path::Index(&self.path, i);
            let item = seq
                .next_element_seed(self.child(path))
                .map_err(|e| self.syntax_at(path, e))?;
            let Some(item) = item else {
                break;
            };
            if i == limit {
                return Err(self.too_large(
                    self.path,
                    format!("more than {limit} items"),
                    format!("at most {limit} {what}"),
                ));
            }
            items.push(item);
        }
        Ok(Node::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node<'de>, A::Error> {
        self.enter()?;
        let mut entries: Vec<(Cow<'de, str>, Node<'de>)> = Vec::new();
        while let Some(key) = map
            .next_key_seed(KeySeed)
            .map_err(|e| self.syntax_at(self.path, e))?
        {
            let path = Path::Key(&self.path, &key);
            self.check_string(path, &key)?;
            if entries.len() == MAX_LIST_ITEMS {
                return Err(self.too_large(
                    self.path,
                    format!("more than {MAX_LIST_ITEMS} keys"),
                    format!("at most {MAX_LIST_ITEMS} keys in an object"),
                ));
            }
            // At most MAX_LIST_ITEMS keys, most objects a handful: a scan is
            // cheaper than hashing every key.
            if entries.iter().any(|(k, _)| *k == key) {
                return Err(self.fail(Error::Invalid {
                    field: path.to_string(),
                    message: "repeated key: each key may appear only once in an object".into(),
                }));
            }
            let value = map
                .next_value_seed(self.child(path))
                .map_err(|e| self.syntax_at(path, e))?;
            entries.push((key, value));
        }
        Ok(Node::Object(entries))
    }
}

/// Reads an object key, borrowing it from the input where possible.
struct KeySeed;

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Cow<'de, str>;

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Cow<'de, str>, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed {
    type Value = Cow<'de, str>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object key")
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Borrowed(v))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Owned(v.to_owned()))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Owned(v))
    }
}

// ---------------------------------------------------------------------------
// Pass 2: the typed read of the tree.

/// What went wrong in the typed pass, before it becomes an [`Error`].
#[derive(Debug)]
struct DeError {
    /// The path of the innermost value being read when it failed.
    path: Option<String>,
    kind: Kind,
    message: String,
}

#[derive(Debug)]
enum Kind {
    Other,
    /// A value of the wrong type or out of the type's range, as text.
    BadValue(String),
    /// A required field is missing from the object at `path`.
    Missing(&'static str),
}

impl DeError {
    fn at(mut self, path: Path<'_>) -> Self {
        if self.path.is_none() {
            self.path = Some(path.to_string());
        }
        self
    }

    fn into_error(self) -> Error {
        let field = self.path.unwrap_or_default();
        match self.kind {
            Kind::Missing(name) => {
                return Error::Missing {
                    field: if field.is_empty() {
                        name.to_string()
                    } else {
                        format!("{field}.{name}")
                    },
                    expected: "this field is required".into(),
                };
            }
            Kind::BadValue(value) => {
                let leaf = field.rsplit('.').next().unwrap_or(&field);
                let leaf = leaf.split('[').next().unwrap_or(leaf);
                if let Some((_, allowed)) = NUMERIC_FIELDS.iter().find(|(f, _)| *f == leaf) {
                    return Error::OutOfRange {
                        field,
                        value,
                        allowed: allowed.allowed(),
                    };
                }
            }
            Kind::Other => {}
        }
        if field.is_empty() {
            Error::Json {
                message: self.message,
            }
        } else {
            Error::Invalid {
                field,
                message: self.message,
            }
        }
    }
}

impl fmt::Display for DeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for DeError {}

fn one_of(names: &[&str]) -> String {
    if names.is_empty() {
        return "there are none".into();
    }
    let list: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    format!("expected one of {}", list.join(", "))
}

impl de::Error for DeError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Self {
            path: None,
            kind: Kind::Other,
            message: echo(&msg.to_string()).into_owned(),
        }
    }

    fn invalid_type(unexp: Unexpected<'_>, exp: &dyn de::Expected) -> Self {
        let value = echo(&unexp.to_string()).into_owned();
        Self {
            path: None,
            message: format!("invalid type: {value}, expected {exp}"),
            kind: Kind::BadValue(value),
        }
    }

    fn invalid_value(unexp: Unexpected<'_>, exp: &dyn de::Expected) -> Self {
        let value = echo(&unexp.to_string()).into_owned();
        Self {
            path: None,
            message: format!("invalid value: {value}, expected {exp}"),
            kind: Kind::BadValue(value),
        }
    }

    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Self {
        Self {
            path: None,
            kind: Kind::Other,
            message: format!("unknown variant `{}`, {}", echo(variant), one_of(expected)),
        }
    }

    fn unknown_field(field: &str, expected: &'static [&'static str]) -> Self {
        Self {
            path: None,
            kind: Kind::Other,
            message: format!("unknown field `{}`, {}", echo(field), one_of(expected)),
        }
    }

    fn missing_field(field: &'static str) -> Self {
        Self {
            path: None,
            kind: Kind::Missing(field),
            message: format!("missing field `{field}`"),
        }
    }
}

/// A deserializer over one node of the tree, knowing its path.
struct NodeDe<'n, 'a, 'p> {
    node: &'n Node<'a>,
    path: Path<'p>,
}

impl NodeDe<'_, '_, '_> {
    fn expected_object(&self) -> DeError {
        DeError {
            path: Some(self.path.to_string()),
            kind: Kind::Other,
            message: format!("expected an object, found {}", self.node.kind()),
        }
    }
}

impl<'de> de::Deserializer<'de> for NodeDe<'_, '_, '_> {
    type Error = DeError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        let path = self.path;
        let out = match self.node {
            Node::Null => visitor.visit_unit(),
            Node::Bool(b) => visitor.visit_bool(*b),
            Node::Unsigned(n) => visitor.visit_u64(*n),
            Node::Signed(n) => visitor.visit_i64(*n),
            Node::Float(x) => visitor.visit_f64(*x),
            Node::Str(s) => visitor.visit_str(s),
            Node::Array(items) => visitor.visit_seq(Seq {
                items: items.iter(),
                index: 0,
                path: &path,
            }),
            Node::Object(entries) => visitor.visit_map(Map {
                entries: entries.iter(),
                value: None,
                path: &path,
            }),
        };
        out.map_err(|e| e.at(path))
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        let path = self.path;
        match self.node {
            Node::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
        .map_err(|e| e.at(path))
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        let path = self.path;
        visitor.visit_newtype_struct(self).map_err(|e| e.at(path))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DeError> {
        self.deserialize_map(visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match self.node {
            Node::Object(_) => self.deserialize_any(visitor),
            _ => Err(self.expected_object()),
        }
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DeError> {
        let path = self.path;
        match self.node {
            Node::Str(s) => visitor.visit_enum(s.as_ref().into_deserializer()),
            Node::Object(entries) if entries.len() == 1 => {
                let (key, value) = &entries[0];
                visitor.visit_enum(Variant {
                    key,
                    value,
                    path: &path,
                })
            }
            other => Err(DeError {
                path: None,
                kind: Kind::BadValue(other.kind().into()),
                message: format!(
                    "expected a string (or an object with one key), found {}",
                    other.kind()
                ),
            }),
        }
        .map_err(|e| e.at(path))
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct seq tuple tuple_struct identifier
    }
}

struct Seq<'n, 'a, 'p> {
    items: std::slice::Iter<'n, Node<'a>>,
    index: usize,
    path: &'p Path<'p>,
}

impl<'de> SeqAccess<'de> for Seq<'_, '_, '_> {
    type Error = DeError;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, DeError> {
        let Some(node) = self.items.next() else {
            return Ok(None);
        };
        let path = Path::Index(self.path, self.index);
        self.index += 1;
        seed.deserialize(NodeDe { node, path })
            .map(Some)
            .map_err(|e| e.at(path))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

struct Map<'n, 'a, 'p> {
    entries: std::slice::Iter<'n, (Cow<'a, str>, Node<'a>)>,
    value: Option<&'n (Cow<'a, str>, Node<'a>)>,
    path: &'p Path<'p>,
}

impl<'de> MapAccess<'de> for Map<'_, '_, '_> {
    type Error = DeError;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, DeError> {
        let Some(entry) = self.entries.next() else {
            return Ok(None);
        };
        self.value = Some(entry);
        let key = Node::Str(Cow::Borrowed(entry.0.as_ref()));
        let path = Path::Key(self.path, &entry.0);
        seed.deserialize(NodeDe { node: &key, path })
            .map(Some)
            .map_err(|e| e.at(path))
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, DeError> {
        let Some((key, node)) = self.value.take() else {
            return Err(de::Error::custom("a map value was read before its key"));
        };
        let path = Path::Key(self.path, key);
        seed.deserialize(NodeDe { node, path })
            .map_err(|e| e.at(path))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.entries.len())
    }
}

/// An enum written as an object with one key: `{"variant": value}`.
struct Variant<'n, 'a, 'p> {
    key: &'n Cow<'a, str>,
    value: &'n Node<'a>,
    path: &'p Path<'p>,
}

impl<'de, 'n, 'a, 'p> EnumAccess<'de> for Variant<'n, 'a, 'p> {
    type Error = DeError;
    type Variant = NodeDe<'n, 'a, 'p>;

    fn variant_seed<V: DeserializeSeed<'de>>(
        self,
        seed: V,
    ) -> Result<(V::Value, Self::Variant), DeError> {
        let name = seed.deserialize(self.key.as_ref().into_deserializer())?;
        Ok((
            name,
            NodeDe {
                node: self.value,
                path: *self.path,
            },
        ))
    }
}

impl<'de> VariantAccess<'de> for NodeDe<'_, '_, '_> {
    type Error = DeError;

    fn unit_variant(self) -> Result<(), DeError> {
        de::Deserialize::deserialize(self)
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, DeError> {
        seed.deserialize(self)
    }

    fn tuple_variant<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value, DeError> {
        de::Deserializer::deserialize_seq(self, visitor)
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DeError> {
        de::Deserializer::deserialize_map(self, visitor)
    }
}

// ---------------------------------------------------------------------------
// Salvage: what a failed document still says.

/// The most of a failed document the salvage scan reads, in bytes (4 MiB,
/// four times [`MAX_DOCUMENT_BYTES`]): a document over the limit still gives
/// up the warning signs in its first 4 MiB.
pub const MAX_SALVAGE_BYTES: usize = 4 * MAX_DOCUMENT_BYTES;

/// The string values of a document at most two levels deep, with their paths
/// (`side`, `red_flags.fever`): [`salvage_each`] collected, at most
/// [`MAX_LIST_ITEMS`] of them.
///
/// ```
/// use piriformis_core::input::salvage_strings;
/// let s = salvage_strings(r#"{"red_flags": {"fever": "present", "fever": "absent"}, "pain_now": 11} trailing"#);
/// assert!(s.contains(&("red_flags.fever".to_string(), "present".to_string())));
/// ```
pub fn salvage_strings(json: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    salvage_each(json, |path, value| {
        if out.len() < MAX_LIST_ITEMS {
            out.push((path.to_string(), value.to_string()));
        }
    });
    out
}

/// Calls `found(path, value)` for every string value of a document at most
/// two levels deep (`side`, `red_flags.fever`), read as leniently as a
/// bounded scan can: every copy of a repeated key, every document of a
/// stream, and what stands before and after anything unreadable (`NaN`, a
/// byte-order mark, a comment, a trailing or missing comma, a lone surrogate,
/// single quotes, a cut-off end). Reads the first [`MAX_SALVAGE_BYTES`] of
/// the text once, keeps no more than three levels of keys and allocates
/// nothing per value. Used only after a reader failed, so that warning signs
/// answered in a bad document are still reported (see
/// [`Error::WithWarningSigns`]); never used to read an answer for triage.
///
/// ```
/// use piriformis_core::input::salvage_each;
/// let mut seen = Vec::new();
/// salvage_each("\u{feff}{\"pain_now\": NaN, /* note */ \"red_flags\": {\"saddle_numbness\": \"present\",},", |p, v| {
///     seen.push(format!("{p}={v}"));
/// });
/// // Bare words are read as values too (`NaN` matches no answer id).
/// assert_eq!(seen, ["pain_now=NaN", "red_flags.saddle_numbness=present"]);
/// ```
pub fn salvage_each(json: &str, mut found: impl FnMut(&str, &str)) {
    Scan::new(json, Report::Paths).run(&mut found);
}

/// [`salvage_each`] for documents whose answers sit deep (a FHIR
/// QuestionnaireResponse's `item[].answer[].valueCoding.code`): calls
/// `found(key, value)` for every value of an object at any depth up to
/// [`SALVAGE_MEMBER_DEPTH`] containers, in document order, with the key it
/// stands at, read as leniently and as boundedly as [`salvage_each`].
///
/// ```
/// use piriformis_core::input::salvage_members;
/// let mut seen = Vec::new();
/// salvage_members(r#"{"x": NaN, "item": [{"linkId": "fever", "answer": [{"valueCoding": {"code": "yes"}}]}"#, |k, v| {
///     seen.push(format!("{k}={v}"));
/// });
/// assert_eq!(seen, ["x=NaN", "linkId=fever", "code=yes"]);
/// ```
pub fn salvage_members(json: &str, mut found: impl FnMut(&str, &str)) {
    Scan::new(json, Report::Members).run(&mut found);
}

/// How many containers deep [`salvage_members`] reads; deeper ones are skipped.
pub const SALVAGE_MEMBER_DEPTH: usize = MAX_DEPTH;

/// What the scan reports.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Report {
    /// Values at most two objects deep, by dotted path.
    Paths,
    /// Values at any depth kept, by their own key.
    Members,
}

/// Where the scan stands inside an object.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Expect {
    Key,
    Colon,
    Value,
    Comma,
}

/// One open container the scan keeps: an object with its current key (None
/// when over the string limit), or an array.
enum Frame {
    Object { key: Option<String>, expect: Expect },
    Array,
}

/// Containers beyond this depth are only counted (paths).
const SALVAGE_FRAMES: usize = 3;

struct Scan<'t> {
    text: &'t [u8],
    at: usize,
    report: Report,
    frames: Vec<Frame>,
    /// Open containers deeper than [`SALVAGE_FRAMES`].
    deep: usize,
    /// The string being read (reused).
    buf: String,
}

impl<'t> Scan<'t> {
    /// A scan of the first [`MAX_SALVAGE_BYTES`] of `json`.
    fn new(json: &'t str, report: Report) -> Self {
        let mut end = json.len().min(MAX_SALVAGE_BYTES);
        while !json.is_char_boundary(end) {
            end -= 1;
        }
        Scan {
            text: &json.as_bytes()[..end],
            at: 0,
            report,
            frames: Vec::new(),
            deep: 0,
            buf: String::new(),
        }
    }

    /// How many containers it keeps.
    fn max_frames(&self) -> usize {
        match self.report {
            Report::Paths => SALVAGE_FRAMES,
            Report::Members => SALVAGE_MEMBER_DEPTH,
        }
    }

    fn run(&mut self, found: &mut dyn FnMut(&str, &str)) {
        while let Some(&b) = self.text.get(self.at) {
            match b {
                b'{' | b'[' => {
                    self.at += 1;
                    if self.frames.len() < self.max_frames() && self.deep == 0 {
                        self.frames.push(if b == b'{' {
                            Frame::Object {
                                key: None,
                                expect: Expect::Key,
                            }
                        } else {
                            Frame::Array
                        });
                    } else {
                        self.deep += 1;
                    }
                }
                b'}' | b']' => {
                    self.at += 1;
                    if self.deep > 0 {
                        self.deep -= 1;
                    } else {
                        self.frames.pop();
                    }
                    self.value_done();
                }
                b',' => {
                    self.at += 1;
                    if let Some(Frame::Object { expect, .. }) = self.frames.last_mut() {
                        *expect = Expect::Key;
                    }
                }
                b':' => {
                    self.at += 1;
                    if let Some(Frame::Object { expect, .. }) = self.frames.last_mut() {
                        *expect = Expect::Value;
                    }
                }
                b'"' | b'\'' => {
                    if self.string(b) {
                        self.word(found);
                    }
                }
                // Curly quotes (“ ” ‘ ’), as phones and word processors write them.
                0xE2 if self.curly_quote_at(self.at) => {
                    if self.curly_string() {
                        self.word(found);
                    }
                }
                b'/' if self.text.get(self.at + 1) == Some(&b'/') => self.skip_past(b"\n"),
                b'/' if self.text.get(self.at + 1) == Some(&b'*') => self.skip_past(b"*/"),
                b if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'+' | b'.' | b'_') => {
                    let start = self.at;
                    while self.text.get(self.at).is_some_and(|c| {
                        c.is_ascii_alphanumeric() || matches!(c, b'-' | b'+' | b'.' | b'_')
                    }) {
                        self.at += 1;
                    }
                    // A bare word: a number, true, NaN, or an unquoted key.
                    self.buf.clear();
                    if let Ok(w) = std::str::from_utf8(&self.text[start..self.at]) {
                        self.buf.push_str(w);
                    }
                    self.bare_word(found);
                }
                // White space, a byte-order mark and anything else unreadable.
                _ => self.at += 1,
            }
        }
    }

    /// After a value in an object, a comma is expected.
    fn value_done(&mut self) {
        if let Some(Frame::Object { expect, .. }) = self.frames.last_mut() {
            *expect = Expect::Comma;
        }
    }

    /// A string just read: a key, or a value to report when its path is known.
    fn word(&mut self, found: &mut dyn FnMut(&str, &str)) {
        if self.deep > 0 {
            return;
        }
        let depth = self.object_depth();
        let short = self.buf.chars().count() <= MAX_STRING_CHARS;
        let Some(Frame::Object { key, expect }) = self.frames.last_mut() else {
            return;
        };
        if matches!(*expect, Expect::Key | Expect::Comma) {
            *key = short.then(|| self.buf.clone());
            *expect = Expect::Colon;
            return;
        }
        *expect = Expect::Comma;
        match (self.report, key) {
            (Report::Members, Some(k)) if short => found(k, &self.buf),
            (Report::Paths, _) if depth <= 2 && short => {
                if let Some(path) = self.path() {
                    found(&path, &self.buf);
                }
            }
            _ => {}
        }
    }

    /// A bare word: an unquoted key where a key is expected, else a value
    /// (`present` written without quotes is still read; a number or `NaN`
    /// is reported too, and matches no answer id).
    fn bare_word(&mut self, found: &mut dyn FnMut(&str, &str)) {
        self.word(found);
    }

    /// How many objects are open (arrays are passed through: a document
    /// wrapped in a list still gives up its warning signs).
    fn object_depth(&self) -> usize {
        self.frames
            .iter()
            .filter(|f| matches!(f, Frame::Object { .. }))
            .count()
    }

    /// The dotted path of the value being read: the keys of the open
    /// objects, every one readable (arrays are passed through).
    fn path(&self) -> Option<String> {
        let mut path = String::new();
        for f in &self.frames {
            match f {
                Frame::Array => {}
                Frame::Object { key: Some(k), .. } => {
                    if !path.is_empty() {
                        path.push('.');
                    }
                    path.push_str(k);
                }
                Frame::Object { key: None, .. } => return None,
            }
        }
        Some(path)
    }

    /// Whether a curly quote (U+2018, U+2019, U+201C, U+201D) starts at `at`.
    fn curly_quote_at(&self, at: usize) -> bool {
        matches!(
            self.text.get(at..at + 3),
            Some([0xE2, 0x80, 0x98 | 0x99 | 0x9C | 0x9D])
        )
    }

    /// Reads a string between curly quotes (or a curly and a straight one)
    /// into `buf`; `false` when cut off by a line end or the end of the text.
    fn curly_string(&mut self) -> bool {
        self.at += 3;
        let start = self.at;
        while self.at < self.text.len() {
            let b = self.text[self.at];
            if b == b'"' || self.curly_quote_at(self.at) {
                self.buf.clear();
                self.buf
                    .push_str(&String::from_utf8_lossy(&self.text[start..self.at]));
                self.at += if b == b'"' { 1 } else { 3 };
                return true;
            }
            if b == b'\n' {
                self.value_done();
                return false;
            }
            self.at += 1;
        }
        false
    }

    /// Skips past the next `end` (or to the end of the text).
    fn skip_past(&mut self, end: &[u8]) {
        self.at += 2;
        while self.at < self.text.len() && !self.text[self.at..].starts_with(end) {
            self.at += 1;
        }
        self.at = (self.at + end.len()).min(self.text.len());
    }

    /// Reads a string opened by `quote` into `buf`, escapes decoded leniently
    /// (a lone surrogate or a bad escape becomes U+FFFD). A string cut off by
    /// the end of the text, or by a line end (JSON strings hold none, so the
    /// quotes are out of step, as after a stray backslash), is dropped and the
    /// scan goes on from there: `false`.
    fn string(&mut self, quote: u8) -> bool {
        self.at += 1;
        self.buf.clear();
        let mut start = self.at;
        let keep = |buf: &mut String, bytes: &[u8]| {
            if buf.len() <= 4 * MAX_STRING_CHARS {
                buf.push_str(&String::from_utf8_lossy(bytes));
            }
        };
        while let Some(&b) = self.text.get(self.at) {
            if b == quote {
                keep(&mut self.buf, &self.text[start..self.at]);
                self.at += 1;
                return true;
            }
            if b == b'\n' {
                // Out of step: take the broken string as a value that ended,
                // so the next line starts a new member.
                self.buf.clear();
                self.value_done();
                return false;
            }
            if b != b'\\' {
                self.at += 1;
                continue;
            }
            keep(&mut self.buf, &self.text[start..self.at]);
            let esc = self.text.get(self.at + 1).copied();
            self.at += 2;
            let c = match esc {
                Some(b'n') => '\n',
                Some(b't') => '\t',
                Some(b'r') => '\r',
                Some(b'b') => '\u{8}',
                Some(b'f') => '\u{c}',
                Some(b'u') => self.unicode_escape(),
                Some(c) if c.is_ascii() => char::from(c),
                _ => char::REPLACEMENT_CHARACTER,
            };
            if self.buf.len() <= 4 * MAX_STRING_CHARS {
                self.buf.push(c);
            }
            start = self.at;
        }
        // Cut off: not a whole string.
        self.buf.clear();
        false
    }

    /// The character of a `\uXXXX` escape (and its low surrogate, if one
    /// follows), U+FFFD when it is not a whole character.
    fn unicode_escape(&mut self) -> char {
        let hex = |s: &Self, at: usize| {
            s.text
                .get(at..at + 4)
                .and_then(|h| std::str::from_utf8(h).ok())
                .and_then(|h| u16::from_str_radix(h, 16).ok())
        };
        let Some(hi) = hex(self, self.at) else {
            return char::REPLACEMENT_CHARACTER;
        };
        self.at += 4;
        if (0xD800..0xDC00).contains(&hi) && self.text.get(self.at..self.at + 2) == Some(b"\\u") {
            if let Some(lo) = hex(self, self.at + 2).filter(|lo| (0xDC00..0xE000).contains(lo)) {
                self.at += 6;
                let c = 0x10000 + ((u32::from(hi) - 0xD800) << 10) + (u32::from(lo) - 0xDC00);
                return char::from_u32(c).unwrap_or(char::REPLACEMENT_CHARACTER);
            }
        }
        char::from_u32(u32::from(hi)).unwrap_or(char::REPLACEMENT_CHARACTER)
    }
}
