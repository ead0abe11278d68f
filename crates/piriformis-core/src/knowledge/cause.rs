//! Causes and risk factors: what overloads the piriformis.

use serde::Serialize;

use crate::source::{GuideSection::*, Source};
use crate::vocab::vocabulary;

vocabulary! {
    /// The four families of cause.
    pub enum CauseCategory {
        /// Too much repeated load.
        Overuse,
        /// A fall, crash, blow or slip.
        Injury,
        /// How you sit and hold yourself.
        Posture,
        /// Other muscles not doing their share.
        Imbalance,
    }
}

vocabulary! {
    /// A cause or risk factor of piriformis trigger points.
    pub enum Cause {
        /// Repeated hip rotation, as in running, cycling and dancing.
        RepeatedHipRotation,
        /// Quick changes of direction and pivoting in sport.
        PivotingSports,
        /// A fall.
        Fall,
        /// A car accident.
        CarAccident,
        /// A direct blow to the hip.
        BlowToHip,
        /// A sudden slip that makes the hip steady itself fast.
        SuddenSlip,
        /// Sitting for long periods.
        ProlongedSitting,
        /// Sitting on hard or uneven seats.
        HardOrUnevenSeat,
        /// Slouching.
        Slouching,
        /// Crossing the legs for long periods.
        CrossingLegs,
        /// Sitting on a thick wallet in a back pocket.
        WalletInBackPocket,
        /// Weak glutes (gluteus maximus and medius).
        WeakGlutes,
        /// Tight hip flexors.
        TightHipFlexors,
    }
}

/// One cause with its family and how it harms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, get_all, module = "piriformis")
)]
pub struct CauseRecord {
    /// Its id.
    pub id: Cause,
    /// Its family.
    pub category: CauseCategory,
    /// Plain name.
    pub name: &'static str,
    /// How it leads to trigger points.
    pub how: &'static str,
    /// Who is typically affected, or examples.
    pub examples: &'static [&'static str],
    /// Where the facts come from.
    pub sources: &'static [Source],
}

const OVERUSE: &[Source] = &[Source::Guide(Causes)];

impl Cause {
    /// The record for this cause.
    pub const fn record(self) -> &'static CauseRecord {
        use CauseCategory as K;
        match self {
            Self::RepeatedHipRotation => &CauseRecord {
                id: Self::RepeatedHipRotation,
                category: K::Overuse,
                name: "Repeated hip rotation",
                how: "Repeated strain causes tiny fibre injuries, irritation and tightness that invite trigger points.",
                examples: &["runners", "cyclists", "dancers"],
                sources: OVERUSE,
            },
            Self::PivotingSports => &CauseRecord {
                id: Self::PivotingSports,
                category: K::Overuse,
                name: "Pivoting and quick changes of direction",
                how: "Sudden turns load the hip rotators again and again.",
                examples: &["athletes in pivoting sports"],
                sources: OVERUSE,
            },
            Self::Fall => &CauseRecord {
                id: Self::Fall,
                category: K::Injury,
                name: "A fall",
                how: "A direct hit can irritate the muscle.",
                examples: &[],
                sources: &[Source::Guide(Causes), Source::Guide(WarningSigns)],
            },
            Self::CarAccident => &CauseRecord {
                id: Self::CarAccident,
                category: K::Injury,
                name: "A car accident",
                how: "The jolt or impact can irritate the muscle.",
                examples: &[],
                sources: &[Source::Guide(Causes), Source::Guide(WarningSigns)],
            },
            Self::BlowToHip => &CauseRecord {
                id: Self::BlowToHip,
                category: K::Injury,
                name: "A blow to the hip",
                how: "A direct hit can irritate the muscle.",
                examples: &[],
                sources: OVERUSE,
            },
            Self::SuddenSlip => &CauseRecord {
                id: Self::SuddenSlip,
                category: K::Injury,
                name: "A sudden slip",
                how: "The hip must steady itself fast, overloading the muscle.",
                examples: &[],
                sources: OVERUSE,
            },
            Self::ProlongedSitting => &CauseRecord {
                id: Self::ProlongedSitting,
                category: K::Posture,
                name: "Long sitting",
                how: "Steady pressure irritates the area and cuts blood flow.",
                examples: &["desk work", "long drives"],
                sources: &[Source::Guide(Causes), Source::Guide(Posture)],
            },
            Self::HardOrUnevenSeat => &CauseRecord {
                id: Self::HardOrUnevenSeat,
                category: K::Posture,
                name: "Hard or uneven seats",
                how: "Pressure on the buttock irritates the muscle and cuts blood flow.",
                examples: &[],
                sources: OVERUSE,
            },
            Self::Slouching => &CauseRecord {
                id: Self::Slouching,
                category: K::Posture,
                name: "Slouching",
                how: "Keeps the muscle under steady tension.",
                examples: &[],
                sources: OVERUSE,
            },
            Self::CrossingLegs => &CauseRecord {
                id: Self::CrossingLegs,
                category: K::Posture,
                name: "Crossing the legs for long",
                how: "Keeps the muscle under steady tension.",
                examples: &[],
                sources: &[Source::Guide(Causes), Source::Guide(Posture)],
            },
            Self::WalletInBackPocket => &CauseRecord {
                id: Self::WalletInBackPocket,
                category: K::Posture,
                name: "Sitting on a thick wallet",
                how: "Presses on the muscle the whole time you sit.",
                examples: &[],
                sources: OVERUSE,
            },
            Self::WeakGlutes => &CauseRecord {
                id: Self::WeakGlutes,
                category: K::Imbalance,
                name: "Weak glutes",
                how: "When the gluteus maximus and medius don't do their share, the piriformis takes over and gets overworked.",
                examples: &[],
                sources: &[Source::Guide(Causes), Source::Guide(Strengthening)],
            },
            Self::TightHipFlexors => &CauseRecord {
                id: Self::TightHipFlexors,
                category: K::Imbalance,
                name: "Tight hip flexors",
                how: "Forces the piriformis to work too hard.",
                examples: &[],
                sources: OVERUSE,
            },
        }
    }
}
