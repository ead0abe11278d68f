//! Trigger points: the two kinds, the three piriformis zones, and where their
//! pain is referred (essential vs spillover zones).

use serde::Serialize;

use crate::anatomy::{Landmark, Muscle};
use crate::source::{Citation::*, GuideSection::*, Source};
use crate::vocab::vocabulary;

vocabulary! {
    /// Whether a trigger point hurts on its own.
    pub enum TriggerPointKind {
        /// Hurts at rest and with use, often in a clear pattern.
        Active,
        /// Quiet until pressed or stretched, but limits movement and strength.
        Latent,
    }
}

vocabulary! {
    /// The three zones where piriformis trigger points cluster.
    pub enum TriggerPoint {
        /// Near the sacrum, about an inch out from its edge.
        Medial,
        /// Around the middle of the muscle belly.
        Central,
        /// Near the bony bump on the outside of the hip (greater trochanter), where the muscle attaches.
        Lateral,
    }
}

vocabulary! {
    /// A body region where pain can be felt (posterior view, one side).
    pub enum BodyRegion {
        /// The low back, above the sacrum.
        LowerBack,
        /// Over the sacroiliac joint, where the base of the spine meets the pelvis.
        SacroiliacRegion,
        /// The buttock.
        Buttock,
        /// The back of the hip joint.
        BackOfHip,
        /// The outside of the hip, over its bony bump (the greater trochanter).
        OuterHip,
        /// The back of the thigh.
        BackOfThigh,
        /// The calf.
        Calf,
        /// The foot.
        Foot,
    }
}

vocabulary! {
    /// How strongly a region belongs to a referral pattern.
    pub enum ReferralKind {
        /// Felt by nearly everyone with an active trigger point here.
        Essential,
        /// Felt by some: the pattern spills over into it.
        Spillover,
    }
}

vocabulary! {
    /// How the pain feels.
    pub enum PainQuality {
        /// A deep ache.
        Aching,
        /// Dull.
        Dull,
        /// Sharp or stabbing.
        Sharp,
        /// Burning, sometimes as a burning line down the leg.
        Burning,
        /// A sudden jolt.
        Jolt,
        /// Tight or ropey to the touch.
        Tight,
    }
}

/// One region of a referral pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, get_all, module = "piriformis")
)]
pub struct Referral {
    /// The region.
    pub region: BodyRegion,
    /// Essential or spillover.
    pub kind: ReferralKind,
    /// Where this comes from: Travell and Simons for the pattern they give
    /// the whole muscle, the guide for the differences between the points
    /// and for the calf, the foot and the low back.
    pub source: Source,
}

/// Active or latent: what each means.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, get_all, module = "piriformis")
)]
pub struct TriggerPointKindRecord {
    /// Its id.
    pub id: TriggerPointKind,
    /// Plain description.
    pub description: &'static str,
    /// Whether it hurts without being pressed.
    pub hurts_at_rest: bool,
    /// Where the facts come from.
    pub sources: &'static [Source],
}

/// A trigger-point zone on the piriformis.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, get_all, module = "piriformis")
)]
pub struct TriggerPointRecord {
    /// Its id.
    pub id: TriggerPoint,
    /// The muscle it lies in.
    pub muscle: Muscle,
    /// Plain name.
    pub name: &'static str,
    /// How to find it, relative to the landmarks.
    pub how_to_find: &'static str,
    /// The landmarks used to find it.
    pub landmarks: &'static [Landmark],
    /// Where along the sacrum-to-trochanter line it sits, 0 = sacral edge, 100 = trochanter.
    pub position_percent: u8,
    /// Where its pain is felt.
    pub referral: &'static [Referral],
    /// What is special about it.
    pub note: &'static str,
    /// Where the facts come from.
    pub sources: &'static [Source],
}

/// General facts about trigger points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, get_all, module = "piriformis")
)]
pub struct TriggerPointFacts {
    /// What a trigger point is.
    pub definition: &'static str,
    /// Common name.
    pub also_called: &'static str,
    /// What causes them, in short.
    pub causes: &'static str,
    /// What it feels like under the fingers.
    pub feel: &'static str,
    /// What they do in the piriformis.
    pub in_piriformis: &'static str,
    /// The three sources of piriformis-area symptoms.
    pub symptom_sources: &'static [&'static str],
    /// How the pain can feel.
    pub qualities: &'static [PainQuality],
    /// Where the facts come from.
    pub sources: &'static [Source],
}

impl TriggerPointKind {
    /// The record for this kind.
    pub const fn record(self) -> &'static TriggerPointKindRecord {
        match self {
            Self::Active => &TriggerPointKindRecord {
                id: Self::Active,
                description: "Hurts at rest and with use. The pain can be sharp, dull, burning or aching, and often follows a set pattern. Pressing it hurts on the spot and can send pain elsewhere.",
                hurts_at_rest: true,
                sources: &[Source::Guide(TriggerPoints)],
            },
            Self::Latent => &TriggerPointKindRecord {
                id: Self::Latent,
                description: "Quiet on its own, but hurts when pressed or stretched, and can limit movement and weaken the muscle.",
                hurts_at_rest: false,
                sources: &[Source::Guide(TriggerPoints)],
            },
        }
    }
}

/// The essential zones as each point's own list gives them: which zones a
/// point refers to is the guide's account, not Travell and Simons', who give
/// one pattern for the whole muscle.
const POINT_ZONES: [Referral; 3] = [
    Referral {
        region: BodyRegion::SacroiliacRegion,
        kind: ReferralKind::Essential,
        source: Source::Guide(ReferredPain),
    },
    Referral {
        region: BodyRegion::Buttock,
        kind: ReferralKind::Essential,
        source: Source::Guide(ReferredPain),
    },
    Referral {
        region: BodyRegion::BackOfHip,
        kind: ReferralKind::Essential,
        source: Source::Guide(ReferredPain),
    },
];

/// The thigh spillover as a point's own list gives it (the guide).
const POINT_THIGH: Referral = Referral {
    region: BodyRegion::BackOfThigh,
    kind: ReferralKind::Spillover,
    source: Source::Guide(ReferredPain),
};

/// Travell and Simons' essential zones for the whole muscle.
const ESSENTIAL_ZONES: [Referral; 3] = [
    Referral {
        region: BodyRegion::SacroiliacRegion,
        kind: ReferralKind::Essential,
        source: Source::Cited(TravellSimons),
    },
    Referral {
        region: BodyRegion::Buttock,
        kind: ReferralKind::Essential,
        source: Source::Cited(TravellSimons),
    },
    Referral {
        region: BodyRegion::BackOfHip,
        kind: ReferralKind::Essential,
        source: Source::Cited(TravellSimons),
    },
];

/// The whole piriformis referral pattern: essential zones first, then spillover.
pub const PIRIFORMIS_REFERRAL: &[Referral] = &[
    ESSENTIAL_ZONES[0],
    ESSENTIAL_ZONES[1],
    ESSENTIAL_ZONES[2],
    Referral {
        region: BodyRegion::BackOfThigh,
        kind: ReferralKind::Spillover,
        source: Source::Cited(TravellSimons),
    },
    Referral {
        region: BodyRegion::LowerBack,
        kind: ReferralKind::Spillover,
        source: Source::Guide(TriggerPoints),
    },
    Referral {
        region: BodyRegion::Calf,
        kind: ReferralKind::Spillover,
        source: Source::Guide(ReferredPain),
    },
    Referral {
        region: BodyRegion::Foot,
        kind: ReferralKind::Spillover,
        source: Source::Guide(ReferredPain),
    },
];

impl TriggerPoint {
    /// The record for this zone.
    pub const fn record(self) -> &'static TriggerPointRecord {
        match self {
            Self::Medial => &TriggerPointRecord {
                id: Self::Medial,
                muscle: Muscle::Piriformis,
                name: "Medial point",
                how_to_find: "Find the outer edge of the sacrum (the flat bone at the base of the spine). Move about an inch (2-3 cm) outward along the line toward the bony bump on the outside of the hip (greater trochanter), and press deep.",
                landmarks: &[Landmark::Sacrum, Landmark::GreaterTrochanter],
                position_percent: 15,
                referral: &[
                    POINT_ZONES[0],
                    POINT_ZONES[1],
                    POINT_ZONES[2],
                    Referral {
                        region: BodyRegion::LowerBack,
                        kind: ReferralKind::Spillover,
                        source: Source::Guide(TriggerPoints),
                    },
                ],
                note: "Close to the sacroiliac joint (where the base of the spine meets the pelvis), so its pain is easily taken for a joint or low-back problem.",
                sources: &[Source::Guide(Locations), Source::Guide(ReferredPain)],
            },
            Self::Central => &TriggerPointRecord {
                id: Self::Central,
                muscle: Muscle::Piriformis,
                name: "Central point",
                how_to_find: "Halfway along the line from the edge of the sacrum to the bony bump on the outside of the hip (greater trochanter), in the middle of the muscle. The sciatic nerve leaves the pelvis just under this spot, so press gently.",
                landmarks: &[Landmark::Sacrum, Landmark::GreaterTrochanter],
                position_percent: 50,
                referral: &[POINT_ZONES[0], POINT_ZONES[1], POINT_ZONES[2], POINT_THIGH],
                note: "A common source of referred pain. It lies over the place where the sciatic nerve leaves the pelvis: press gently and stop if you feel tingling or a jolt down the leg.",
                sources: &[Source::Guide(Locations), Source::Guide(ReferredPain)],
            },
            Self::Lateral => &TriggerPointRecord {
                id: Self::Lateral,
                muscle: Muscle::Piriformis,
                name: "Lateral point",
                how_to_find: "Just inside the bony bump on the outside of the hip (greater trochanter), where the muscle attaches to the thigh bone.",
                landmarks: &[Landmark::GreaterTrochanter],
                position_percent: 85,
                referral: &[
                    POINT_ZONES[1],
                    POINT_ZONES[2],
                    POINT_THIGH,
                    Referral {
                        region: BodyRegion::Calf,
                        kind: ReferralKind::Spillover,
                        source: Source::Guide(Locations),
                    },
                    Referral {
                        region: BodyRegion::Foot,
                        kind: ReferralKind::Spillover,
                        source: Source::Guide(Locations),
                    },
                ],
                note: "Can send pain farther down the leg than the other two.",
                sources: &[Source::Guide(Locations), Source::Guide(ReferredPain)],
            },
        }
    }
}

/// General trigger-point facts from the guide and Travell and Simons.
pub const TRIGGER_POINT_FACTS: TriggerPointFacts = TriggerPointFacts {
    definition: "A small, tight, tender spot inside a muscle, like a tiny tight band within it. It is a specific irritated spot that can be found and treated, not a random ache.",
    also_called: "muscle knot",
    causes: "Overuse, strain, injury, or long spells of poor posture.",
    feel: "A tight band or small tender lump that hurts when pressed and may bring on your usual pain.",
    in_piriformis: "The piriformis is deep and sits beside the sciatic nerve. Its trigger points can cause a deep ache in one buttock, pain down the leg, and a tight muscle that presses on the nerve, giving tingling or numbness down the back of the thigh into the calf or foot. They can also limit hip movement, and pain in the low back or elsewhere in the buttock can hide where it comes from.",
    symptom_sources: &[
        "the trigger points themselves",
        "the sciatic nerve squeezed where it leaves the pelvis through an opening in the bone (the greater sciatic foramen)",
        "trouble in the sacroiliac joint, where the base of the spine meets the pelvis",
    ],
    qualities: &[
        PainQuality::Aching,
        PainQuality::Dull,
        PainQuality::Sharp,
        PainQuality::Burning,
    ],
    sources: &[
        Source::Guide(TriggerPoints),
        Source::Guide(ReferredPain),
        Source::Cited(TravellSimons),
    ],
};
