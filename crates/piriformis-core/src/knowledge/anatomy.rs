//! Muscles, bony landmarks and the sciatic nerve's course past the piriformis.

use serde::Serialize;

use crate::source::{Citation::*, GuideSection::*, Source};
use crate::vocab::vocabulary;

vocabulary! {
    /// A muscle or muscle group the library knows about.
    pub enum Muscle {
        /// The piriformis: small, pear-shaped, deep in the buttock.
        Piriformis,
        /// The large outer buttock muscle.
        GluteusMaximus,
        /// The side-of-hip muscle that steadies the pelvis.
        GluteusMedius,
        /// The muscles at the front of the hip that bend it.
        HipFlexors,
        /// The trunk muscles that keep the pelvis steady.
        Core,
    }
}

vocabulary! {
    /// A bony landmark used to find the trigger points.
    pub enum Landmark {
        /// The triangular bone at the base of the spine.
        Sacrum,
        /// The bony bump on the outside of the upper thigh.
        GreaterTrochanter,
        /// The joint between the sacrum and the pelvis.
        SacroiliacJoint,
        /// The opening in the pelvis the piriformis and sciatic nerve pass through.
        GreaterSciaticForamen,
        /// The lower (lumbar) spine.
        LumbarSpine,
    }
}

vocabulary! {
    /// The hip position (or moment of gait) an action belongs to.
    pub enum HipPosition {
        /// Hip straight, as in standing.
        Extended,
        /// Hip bent to about 90 degrees, as in sitting.
        Flexed90,
        /// The moment the foot first strikes the ground in walking.
        FootStrike,
        /// In any position.
        Any,
    }
}

vocabulary! {
    /// Where the sciatic nerve (or a division of it) passes the piriformis.
    pub enum NerveCourse {
        /// Under the muscle: the usual course.
        Below,
        /// Through the muscle belly.
        Through,
        /// Over (above) the muscle.
        Over,
    }
}

vocabulary! {
    /// The six Beaton and Anson types of sciatic nerve course.
    pub enum NerveVariant {
        /// Type A: undivided, below the muscle (the usual course).
        TypeA,
        /// Type B: divisions through and below.
        TypeB,
        /// Type C: divisions above and below.
        TypeC,
        /// Type D: undivided, through the muscle.
        TypeD,
        /// Type E: divisions through and above.
        TypeE,
        /// Type F: undivided, above the muscle.
        TypeF,
    }
}

/// A percentage stored in tenths of a percent, so 85.2 % is `Percent(852)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct Percent(pub u16);

impl std::fmt::Display for Percent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}%", self.0 / 10, self.0 % 10)
    }
}

/// A cited prevalence figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, get_all, module = "piriformis")
)]
pub struct Prevalence {
    /// What was counted, in plain words.
    pub what: &'static str,
    /// The figure.
    pub percent: Percent,
    /// Where it comes from.
    pub source: Source,
}

/// One thing a muscle does, in one hip position.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, get_all, module = "piriformis")
)]
pub struct MuscleAction {
    /// The position or moment of gait.
    pub position: HipPosition,
    /// What the muscle does there.
    pub action: &'static str,
}

/// Everything the library knows about one muscle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, get_all, module = "piriformis")
)]
pub struct MuscleRecord {
    /// Its id.
    pub id: Muscle,
    /// Plain name.
    pub name: &'static str,
    /// One-line description.
    pub summary: &'static str,
    /// Where it starts, if the library models it.
    pub origin: Option<&'static str>,
    /// Where it attaches, if the library models it.
    pub insertion: Option<&'static str>,
    /// What it does.
    pub actions: &'static [MuscleAction],
    /// How it relates to piriformis trouble.
    pub role: &'static str,
    /// Where the facts come from.
    pub sources: &'static [Source],
}

/// A bony landmark.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, get_all, module = "piriformis")
)]
pub struct LandmarkRecord {
    /// Its id.
    pub id: Landmark,
    /// Plain name.
    pub name: &'static str,
    /// How to find it or what it is.
    pub description: &'static str,
    /// Where the facts come from.
    pub sources: &'static [Source],
}

/// One of the six sciatic nerve variants.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, get_all, module = "piriformis")
)]
pub struct NerveVariantRecord {
    /// Its id.
    pub id: NerveVariant,
    /// Plain description.
    pub description: &'static str,
    /// Whether the nerve is still one trunk here (undivided).
    pub undivided: bool,
    /// Where its part(s) pass the muscle.
    pub courses: &'static [NerveCourse],
    /// Cited prevalence figures; empty where none was confirmed.
    pub prevalence: &'static [Prevalence],
    /// Where the facts come from.
    pub sources: &'static [Source],
}

/// Facts about the sciatic nerve as a whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, get_all, module = "piriformis")
)]
pub struct SciaticNerveFacts {
    /// Plain description.
    pub description: &'static str,
    /// Summary prevalence figures across variants.
    pub prevalence: &'static [Prevalence],
    /// What the variants mean for piriformis pain.
    pub note: &'static str,
    /// Where the facts come from.
    pub sources: &'static [Source],
}

impl Muscle {
    /// The record for this muscle.
    pub const fn record(self) -> &'static MuscleRecord {
        match self {
            Self::Piriformis => &PIRIFORMIS,
            Self::GluteusMaximus => &GLUTEUS_MAXIMUS,
            Self::GluteusMedius => &GLUTEUS_MEDIUS,
            Self::HipFlexors => &HIP_FLEXORS,
            Self::Core => &CORE,
        }
    }
}

const PIRIFORMIS: MuscleRecord = MuscleRecord {
    id: Muscle::Piriformis,
    name: "Piriformis",
    summary: "A small, pear-shaped muscle lying deep in the buttock, under the glutes. Small, but it matters for hip movement, posture and the comfort of the sciatic nerve.",
    origin: Some("The front surface of the sacrum, around its first four openings (foramina)."),
    insertion: Some(
        "The top of the greater trochanter (the bony bump on the outside of the hip), after leaving the pelvis through an opening in the bone (the greater sciatic foramen).",
    ),
    actions: &[
        MuscleAction {
            position: HipPosition::Extended,
            action: "Turns the thigh and foot outward (external rotation), as in walking and dancing.",
        },
        MuscleAction {
            position: HipPosition::Flexed90,
            action: "Moves the thigh out to the side (abduction).",
        },
        MuscleAction {
            position: HipPosition::FootStrike,
            action: "Controls the thigh turning inward as the foot lands.",
        },
        MuscleAction {
            position: HipPosition::Any,
            action: "Steadies the hip, keeping the ball of the thigh bone seated in its socket when you walk, run or stand.",
        },
    ],
    role: "Because it does many small jobs, tightness or weakness here changes how the whole lower body moves. It lies right beside the sciatic nerve, so trouble in it can feel like sciatica.",
    sources: &[
        Source::Guide(Anatomy),
        Source::Guide(Function),
        Source::Cited(TravellSimons),
    ],
};

const GLUTEUS_MAXIMUS: MuscleRecord = MuscleRecord {
    id: Muscle::GluteusMaximus,
    name: "Gluteus maximus",
    summary: "The big outer buttock muscle that covers the piriformis.",
    origin: None,
    insertion: None,
    actions: &[MuscleAction {
        position: HipPosition::Any,
        action: "Straightens the hip and powers standing up, climbing and running.",
    }],
    role: "When it is weak, the piriformis takes over work and gets overused. Glute bridges strengthen it.",
    sources: &[
        Source::Guide(Anatomy),
        Source::Guide(Strengthening),
        Source::Guide(Causes),
    ],
};

const GLUTEUS_MEDIUS: MuscleRecord = MuscleRecord {
    id: Muscle::GluteusMedius,
    name: "Gluteus medius",
    summary: "The muscle on the side of the hip that keeps the pelvis level.",
    origin: None,
    insertion: None,
    actions: &[MuscleAction {
        position: HipPosition::Any,
        action: "Moves the thigh out to the side and keeps the pelvis level on one leg.",
    }],
    role: "When it is weak, the piriformis picks up the slack. Clamshells and side-stepping with a band strengthen it.",
    sources: &[Source::Guide(Strengthening), Source::Guide(Causes)],
};

const HIP_FLEXORS: MuscleRecord = MuscleRecord {
    id: Muscle::HipFlexors,
    name: "Hip flexors",
    summary: "The muscles at the front of the hip that lift the thigh.",
    origin: None,
    insertion: None,
    actions: &[MuscleAction {
        position: HipPosition::Any,
        action: "Bend the hip, lifting the knee toward the chest.",
    }],
    role: "Tight hip flexors are one of the imbalances that make the piriformis work too hard.",
    sources: &[Source::Guide(Causes)],
};

const CORE: MuscleRecord = MuscleRecord {
    id: Muscle::Core,
    name: "Core",
    summary: "The trunk muscles around the belly and lower back.",
    origin: None,
    insertion: None,
    actions: &[MuscleAction {
        position: HipPosition::Any,
        action: "Hold the pelvis steady so the hips can work well.",
    }],
    role: "A strong core keeps the pelvis steady and takes load off the piriformis. Planks and side planks train it.",
    sources: &[Source::Guide(Posture)],
};

impl Landmark {
    /// The record for this landmark.
    pub const fn record(self) -> &'static LandmarkRecord {
        match self {
            Self::Sacrum => &LandmarkRecord {
                id: Self::Sacrum,
                name: "Sacrum",
                description: "The flat, triangular bone at the base of the spine, between the buttocks. The piriformis starts on its front surface.",
                sources: &[Source::Guide(Anatomy), Source::Guide(Locations)],
            },
            Self::GreaterTrochanter => &LandmarkRecord {
                id: Self::GreaterTrochanter,
                name: "Greater trochanter",
                description: "The bony bump you can feel on the outside of the upper thigh. The piriformis attaches on top of it.",
                sources: &[Source::Guide(Anatomy), Source::Guide(Locations)],
            },
            Self::SacroiliacJoint => &LandmarkRecord {
                id: Self::SacroiliacJoint,
                name: "Sacroiliac joint",
                description: "Where the base of the spine (the sacrum) meets the pelvis, near the dimples of the low back. Piriformis pain is often felt here.",
                sources: &[Source::Guide(ReferredPain), Source::Cited(TravellSimons)],
            },
            Self::GreaterSciaticForamen => &LandmarkRecord {
                id: Self::GreaterSciaticForamen,
                name: "Greater sciatic foramen",
                description: "The opening at the back of the pelvis through which the piriformis and the sciatic nerve leave it, in the middle of the buttock; the nerve can be squeezed here.",
                sources: &[Source::Cited(TravellSimons), Source::Cited(Hopayian2010)],
            },
            Self::LumbarSpine => &LandmarkRecord {
                id: Self::LumbarSpine,
                name: "Lower spine",
                description: "The five lumbar vertebrae above the sacrum. Disc problems or narrowing here cause true (spinal) sciatica.",
                sources: &[Source::Guide(SciaticaComparison)],
            },
        }
    }
}

impl NerveVariant {
    /// The record for this variant.
    pub const fn record(self) -> &'static NerveVariantRecord {
        match self {
            Self::TypeA => &NerveVariantRecord {
                id: Self::TypeA,
                description: "One undivided nerve running under the muscle: the usual course.",
                undivided: true,
                courses: &[NerveCourse::Below],
                prevalence: &[
                    Prevalence {
                        what: "of 7,068 limbs (meta-analysis)",
                        percent: Percent(852),
                        source: Source::Cited(Tomaszewski2016),
                    },
                    Prevalence {
                        what: "pooled across 44 studies",
                        percent: Percent(900),
                        source: Source::Cited(Poutoglidou2020),
                    },
                ],
                sources: &[
                    Source::Guide(Anatomy),
                    Source::Cited(BeatonAnson1937),
                    Source::Cited(Tomaszewski2016),
                    Source::Cited(Poutoglidou2020),
                ],
            },
            Self::TypeB => &NerveVariantRecord {
                id: Self::TypeB,
                description: "The nerve splits early; one part goes through the muscle and one under it.",
                undivided: false,
                courses: &[NerveCourse::Through, NerveCourse::Below],
                prevalence: &[Prevalence {
                    what: "of 7,068 limbs (meta-analysis)",
                    percent: Percent(98),
                    source: Source::Cited(Tomaszewski2016),
                }],
                sources: &[
                    Source::Guide(Anatomy),
                    Source::Cited(BeatonAnson1937),
                    Source::Cited(Tomaszewski2016),
                ],
            },
            Self::TypeC => &NerveVariantRecord {
                id: Self::TypeC,
                description: "The nerve splits early; one part goes over the muscle and one under it.",
                undivided: false,
                courses: &[NerveCourse::Over, NerveCourse::Below],
                prevalence: &[],
                sources: &[Source::Guide(Anatomy), Source::Cited(BeatonAnson1937)],
            },
            Self::TypeD => &NerveVariantRecord {
                id: Self::TypeD,
                description: "One undivided nerve running through the muscle.",
                undivided: true,
                courses: &[NerveCourse::Through],
                prevalence: &[],
                sources: &[Source::Guide(Anatomy), Source::Cited(BeatonAnson1937)],
            },
            Self::TypeE => &NerveVariantRecord {
                id: Self::TypeE,
                description: "The nerve splits early; one part goes through the muscle and one over it.",
                undivided: false,
                courses: &[NerveCourse::Through, NerveCourse::Over],
                prevalence: &[],
                sources: &[Source::Guide(Anatomy), Source::Cited(BeatonAnson1937)],
            },
            Self::TypeF => &NerveVariantRecord {
                id: Self::TypeF,
                description: "One undivided nerve running over the muscle.",
                undivided: true,
                courses: &[NerveCourse::Over],
                prevalence: &[],
                sources: &[Source::Guide(Anatomy), Source::Cited(BeatonAnson1937)],
            },
        }
    }
}

/// The sciatic nerve and how often its course differs from the usual one.
pub const SCIATIC_NERVE: SciaticNerveFacts = SciaticNerveFacts {
    description: "The longest nerve in the body. It leaves the pelvis in the middle of the buttock and runs down the back of the thigh, between the sit bone and the bony bump on the outside of the hip. In most people it runs just under the piriformis; in some it runs through or over it. Being so close, a tight piriformis can press on it and cause pain like sciatica.",
    prevalence: &[
        Prevalence {
            what: "people with a variant course (18 studies, 6,062 cadavers; 95% CI 16.0-17.9)",
            percent: Percent(169),
            source: Source::Cited(Smoll2010),
        },
        Prevalence {
            what: "people with the usual course",
            percent: Percent(831),
            source: Source::Cited(Smoll2010),
        },
        Prevalence {
            what: "variant course in surgical piriformis-syndrome series (not different, p=0.824)",
            percent: Percent(162),
            source: Source::Cited(Smoll2010),
        },
        Prevalence {
            what: "East Asian people with a variant course of any type (pooled)",
            percent: Percent(310),
            source: Source::Cited(Poutoglidou2020),
        },
    ],
    note: "A variant course is common and does not by itself seem to cause piriformis pain: surgical series show about the same share as the general population.",
    sources: &[
        Source::Guide(Anatomy),
        Source::Cited(Smoll2010),
        Source::Cited(Poutoglidou2020),
        Source::Cited(Tomaszewski2016),
        Source::Cited(BeatonAnson1937),
    ],
};
