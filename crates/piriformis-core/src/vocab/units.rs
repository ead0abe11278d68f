//! Numbers with units: seconds, minutes and counts are distinct types, and
//! every dosage range is a closed `min..=max` span of one of them.

use serde::{Deserialize, Serialize};

macro_rules! unit {
    ($(#[$m:meta])* $name:ident, $suffix:literal) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default)]
        #[serde(transparent)]
        pub struct $name(pub u16);

        impl From<u16> for $name {
            fn from(v: u16) -> Self {
                Self(v)
            }
        }

        impl From<$name> for u16 {
            fn from(v: $name) -> Self {
                v.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "{}{}", self.0, $suffix)
            }
        }
    };
}

unit!(
    /// A number of seconds.
    Seconds,
    " s"
);
unit!(
    /// A number of minutes.
    Minutes,
    " min"
);
unit!(
    /// A count: repetitions, sets, circles, times.
    Count,
    ""
);

impl Minutes {
    /// The same duration in seconds.
    pub const fn as_seconds(self) -> Seconds {
        Seconds(self.0 * 60)
    }
}

/// A closed range `min..=max` of a unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Span<U> {
    /// The low end, used in a flare or when starting out.
    pub min: U,
    /// The high end, reached by progression.
    pub max: U,
}

impl<U: Copy + Ord> Span<U> {
    /// A span from `min` to `max`.
    pub const fn new(min: U, max: U) -> Self {
        Self { min, max }
    }

    /// Whether `value` lies inside the span.
    pub fn contains(&self, value: U) -> bool {
        self.min <= value && value <= self.max
    }
}

impl<U: std::fmt::Display + PartialEq> std::fmt::Display for Span<U> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.min == self.max {
            write!(f, "{}", self.min)
        } else {
            // "30-90 s": print the bare low end, then the high end with its unit.
            let min = self.min.to_string();
            let bare = min.split(' ').next().unwrap_or(&min);
            write!(f, "{}-{}", bare, self.max)
        }
    }
}

/// How often something is done.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "every")]
pub enum Frequency {
    /// Every day.
    Daily,
    /// A number of days per week.
    DaysPerWeek {
        /// How many days.
        days: u8,
    },
    /// Whenever it is needed (a flare, a long sit).
    AsNeeded,
    /// All through the day, as a habit.
    Throughout,
}

impl std::fmt::Display for Frequency {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Daily => f.write_str("daily"),
            Self::DaysPerWeek { days } => write!(f, "{days} days a week"),
            Self::AsNeeded => f.write_str("as needed"),
            Self::Throughout => f.write_str("through the day"),
        }
    }
}

/// Which side(s) a dose applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, strum::VariantNames)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Laterality {
    /// Done on each side in turn; the dose is per side.
    PerSide,
    /// Done on each leg and in each direction; the dose is per leg and direction.
    PerSideEachDirection,
    /// Done once for the whole body (pelvic tilts, planks).
    Whole,
    /// Done on the sore side (release work); both sides if both hurt.
    SoreSide,
}

/// A typed dose. Every present part is a span with its unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, get_all, module = "piriformis")
)]
pub struct Dosage {
    /// How long each hold lasts.
    pub hold: Option<Span<Seconds>>,
    /// How long the whole application lasts (heat, cold).
    pub duration: Option<Span<Minutes>>,
    /// How many repetitions (or holds) per set.
    pub reps: Option<Span<Count>>,
    /// How many sets.
    pub sets: Option<Span<Count>>,
    /// Which side(s) the dose applies to.
    pub laterality: Laterality,
    /// How often.
    pub frequency: Frequency,
}

impl Dosage {
    /// A dose with nothing but laterality and frequency set.
    pub const fn new(laterality: Laterality, frequency: Frequency) -> Self {
        Self {
            hold: None,
            duration: None,
            reps: None,
            sets: None,
            laterality,
            frequency,
        }
    }

    /// With a hold span in seconds.
    pub const fn hold(mut self, min: u16, max: u16) -> Self {
        self.hold = Some(Span::new(Seconds(min), Seconds(max)));
        self
    }

    /// With a duration span in minutes.
    pub const fn minutes(mut self, min: u16, max: u16) -> Self {
        self.duration = Some(Span::new(Minutes(min), Minutes(max)));
        self
    }

    /// With a repetition span.
    pub const fn reps(mut self, min: u16, max: u16) -> Self {
        self.reps = Some(Span::new(Count(min), Count(max)));
        self
    }

    /// With a set span.
    pub const fn sets(mut self, min: u16, max: u16) -> Self {
        self.sets = Some(Span::new(Count(min), Count(max)));
        self
    }

    /// Whether every part of `other` lies inside this dose's spans.
    pub fn admits(&self, other: &Dosage) -> bool {
        fn inside<U: Copy + Ord>(outer: Option<Span<U>>, inner: Option<Span<U>>) -> bool {
            match (outer, inner) {
                (None, None) => true,
                (Some(o), Some(i)) => o.contains(i.min) && o.contains(i.max) && i.min <= i.max,
                _ => false,
            }
        }
        inside(self.hold, other.hold)
            && inside(self.duration, other.duration)
            && inside(self.reps, other.reps)
            && inside(self.sets, other.sets)
            && self.laterality == other.laterality
    }
}

impl std::fmt::Display for Dosage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut parts: Vec<String> = Vec::new();
        if let Some(d) = self.duration {
            parts.push(d.to_string());
        }
        if let Some(h) = self.hold {
            parts.push(format!("hold {h}"));
        }
        if let Some(r) = self.reps {
            parts.push(format!("{r} times"));
        }
        if let Some(s) = self.sets {
            parts.push(format!("{s} sets"));
        }
        parts.push(
            match self.laterality {
                Laterality::PerSide => "per side",
                Laterality::PerSideEachDirection => "each leg, each way",
                Laterality::Whole => "",
                Laterality::SoreSide => "on the sore side",
            }
            .to_string(),
        );
        parts.retain(|p| !p.is_empty());
        write!(f, "{}, {}", parts.join(", "), self.frequency)
    }
}

#[cfg(test)]
mod tests {
    use strum::VariantNames;

    /// strum's names (the Python stub's `Literal` values) are serde's ids.
    #[test]
    fn plain_id_names_are_the_json_ids() {
        let lateralities = [
            super::Laterality::PerSide,
            super::Laterality::PerSideEachDirection,
            super::Laterality::Whole,
            super::Laterality::SoreSide,
        ];
        let json: Vec<String> = lateralities
            .iter()
            .map(|l| {
                serde_json::to_value(l)
                    .unwrap()
                    .as_str()
                    .unwrap()
                    .to_owned()
            })
            .collect();
        assert_eq!(json, super::Laterality::VARIANTS);
        use crate::source::ReferenceKind as K;
        let kinds = [
            K::JournalArticle,
            K::Book,
            K::Guideline,
            K::WebPage,
            K::Standard,
        ];
        let json: Vec<String> = kinds
            .iter()
            .map(|k| {
                serde_json::to_value(k)
                    .unwrap()
                    .as_str()
                    .unwrap()
                    .to_owned()
            })
            .collect();
        assert_eq!(json, K::VARIANTS);
    }
}
