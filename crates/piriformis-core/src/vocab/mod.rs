//! Closed vocabularies: every enum of ids shares one shape.
//!
//! Each vocabulary is a fieldless enum with a stable snake_case id that is the
//! same in Rust, JSON, Python, Kotlin and Swift. [`Vocabulary`] gives uniform
//! access to the ids and a parser whose error names the allowed values.

use crate::error::Error;

pub mod error;
pub mod ranges;
pub mod source;
pub mod terms;
pub mod units;

/// Uniform access to a closed vocabulary of snake_case ids.
pub trait Vocabulary: Sized + Copy + 'static {
    /// Every variant, in declaration order.
    const ALL: &'static [Self];
    /// The vocabulary's name as used in error messages.
    const NAME: &'static str;
    /// What the vocabulary is, from its doc comment.
    const DOC: &'static str;

    /// What this variant means, from its doc comment.
    fn doc(self) -> &'static str;

    /// The vocabulary as data: its name, doc and every id with its doc. What
    /// the bindings generate their enums from.
    fn describe() -> VocabularyInfo {
        let values: Vec<(&'static str, &'static str)> =
            Self::ALL.iter().map(|&v| (v.id(), v.doc())).collect();
        VocabularyInfo::new(Self::NAME, Self::DOC, &values)
    }

    /// The stable snake_case id of this variant.
    fn id(self) -> &'static str;

    /// Every id, in declaration order.
    fn ids() -> Vec<&'static str> {
        Self::ALL.iter().map(|v| v.id()).collect()
    }

    /// The variant with this id, if there is one; nothing is allocated.
    ///
    /// ```
    /// use piriformis_core::{Vocabulary, Side};
    /// assert_eq!(Side::from_id("both"), Some(Side::Both));
    /// assert_eq!(Side::from_id("up"), None);
    /// ```
    fn from_id(id: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|v| v.id() == id)
    }

    /// Parses an id, naming `field` and the allowed values on failure.
    ///
    /// ```
    /// use piriformis_core::{Vocabulary, Side};
    /// assert_eq!(Side::parse_field("side", "left").unwrap(), Side::Left);
    /// let err = Side::parse_field("side", "up").unwrap_err();
    /// assert!(err.to_string().contains("left, right, both"));
    /// ```
    fn parse_field(field: &str, value: &str) -> Result<Self, Error> {
        Self::from_id(value).ok_or_else(|| Error::UnknownValue {
            field: field.to_string(),
            value: value.to_string(),
            allowed: Self::ids().join(", "),
        })
    }
}

/// One vocabulary as data ([`Vocabulary::describe`]), built once
/// ([`crate::document::vocabularies`]). Owned text, so that every binding
/// carries this record as it is.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, get_all, module = "piriformis")
)]
pub struct VocabularyInfo {
    /// Its name, as in Rust and as the Kotlin and Swift enum (`Disposition`).
    pub name: String,
    /// What it is.
    pub doc: String,
    /// Every value, in order.
    pub values: Vec<ValueInfo>,
}

impl VocabularyInfo {
    /// Built from borrowed text, outside the generic [`Vocabulary::describe`]
    /// so that the copying is compiled once, not once per vocabulary.
    fn new(name: &str, doc: &str, values: &[(&str, &str)]) -> Self {
        Self {
            name: name.to_string(),
            doc: doc.to_string(),
            values: values
                .iter()
                .map(|&(id, doc)| ValueInfo {
                    id: id.to_string(),
                    doc: doc.to_string(),
                })
                .collect(),
        }
    }
}

/// One value of a vocabulary.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, get_all, module = "piriformis")
)]
pub struct ValueInfo {
    /// The stable snake_case id, as in JSON.
    pub id: String,
    /// What it means.
    pub doc: String,
}

/// Declares a vocabulary enum with the standard derives and [`Vocabulary`] impl.
macro_rules! vocabulary {
    (
        $(#[doc = $doc:literal])*
        pub enum $name:ident {
            $( $(#[doc = $vdoc:literal])* $variant:ident ),* $(,)?
        }
    ) => {
        $(#[doc = $doc])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash,
            serde::Serialize, serde::Deserialize,
            strum::EnumIter, strum::EnumString, strum::AsRefStr, strum::Display,
            strum::IntoStaticStr, strum::EnumCount,
        )]
        #[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
        #[serde(rename_all = "snake_case")]
        #[strum(serialize_all = "snake_case")]
        #[non_exhaustive]
        pub enum $name {
            $( $(#[doc = $vdoc])* $variant ),*
        }

        impl $crate::vocab::Vocabulary for $name {
            const ALL: &'static [Self] = &[ $( Self::$variant ),* ];
            const NAME: &'static str = stringify!($name);
            const DOC: &'static str = $crate::vocab::trim_doc(concat!($($doc),*));
            fn doc(self) -> &'static str {
                match self {
                    $( Self::$variant => $crate::vocab::trim_doc(concat!($($vdoc),*)), )*
                }
            }
            fn id(self) -> &'static str {
                self.into()
            }
        }
    };
}

pub(crate) use vocabulary;

/// A doc comment's text without the space each `///` line starts with.
#[doc(hidden)]
pub const fn trim_doc(raw: &'static str) -> &'static str {
    raw.trim_ascii()
}

/// Sorts a slice in place by a key, stably: an insertion sort. The lists the
/// core sorts are short (rules, features, candidates) or nearly in order (a
/// pain log by date), and one small sort instead of std's, instantiated per
/// type, keeps the mobile library under its size budget (about 55 KB less,
/// measured with `benches/ffi_size.sh`).
pub(crate) fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && key(&v[j - 1]) > key(&v[j]) {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// [`sort_by_key`] by the values themselves.
pub(crate) fn sort<T: Ord + Copy>(v: &mut [T]) {
    sort_by_key(v, |x| *x);
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn the_small_sort_is_std_stable_sort(v in proptest::collection::vec((0u8..8, any::<u16>()), 0..64)) {
            let mut ours = v.clone();
            super::sort_by_key(&mut ours, |p| p.0);
            let mut std_sorted = v.clone();
            std_sorted.sort_by_key(|p| p.0);
            prop_assert_eq!(&ours, &std_sorted);
            let mut whole = v.clone();
            super::sort(&mut whole);
            let mut std_whole = v;
            std_whole.sort();
            prop_assert_eq!(whole, std_whole);
        }
    }
}
