//! Closed vocabularies: every enum of ids shares one shape.
//!
//! Each vocabulary is a fieldless enum with a stable snake_case id that is the
//! same in Rust, JSON, Python, Kotlin and Swift. [`Vocabulary`] gives uniform
//! access to the ids and a parser whose error names the allowed values.

use crate::error::Error;

pub mod error;
pub mod source;
pub mod terms;
pub mod units;

/// Uniform access to a closed vocabulary of snake_case ids.
pub trait Vocabulary: Sized + Copy + 'static {
    /// Every variant, in declaration order.
    const ALL: &'static [Self];
    /// The vocabulary's name as used in error messages.
    const NAME: &'static str;

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

/// Declares a vocabulary enum with the standard derives and [`Vocabulary`] impl.
macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash,
            serde::Serialize, serde::Deserialize,
            strum::EnumIter, strum::EnumString, strum::AsRefStr, strum::Display,
            strum::IntoStaticStr, strum::EnumCount,
        )]
        #[serde(rename_all = "snake_case")]
        #[strum(serialize_all = "snake_case")]
        pub enum $name {
            $( $(#[$vmeta])* $variant ),*
        }

        impl $crate::vocab::Vocabulary for $name {
            const ALL: &'static [Self] = &[ $( Self::$variant ),* ];
            const NAME: &'static str = stringify!($name);
            fn id(self) -> &'static str {
                self.into()
            }
        }
    };
}

pub(crate) use vocabulary;
