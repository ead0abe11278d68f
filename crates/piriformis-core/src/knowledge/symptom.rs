//! Symptoms, what makes them worse, the piriformis-vs-spinal comparison, and
//! the conditions piriformis pain is mistaken for.

use serde::Serialize;

use crate::source::{Citation::*, GuideSection::*, Source};
use crate::vocab::vocabulary;

vocabulary! {
    /// A symptom of piriformis trigger points.
    pub enum Symptom {
        /// A deep ache in one buttock.
        DeepButtockAche,
        /// Sharp or burning pain in the buttock at times.
        SharpOrBurningButtockPain,
        /// A tight or ropey area that hurts more when pressed.
        TenderTightSpot,
        /// Pain spreading down the back of the thigh.
        PainDownThigh,
        /// Pain reaching the calf or foot.
        PainIntoCalfOrFoot,
        /// Numbness in the leg or foot.
        Numbness,
        /// Tingling or pins and needles in the leg or foot.
        Tingling,
        /// Weakness in the leg.
        LegWeakness,
        /// Hip movement is limited or turning it is uncomfortable.
        LimitedHipMotion,
        /// Pain in the low back.
        LowBackPain,
    }
}

vocabulary! {
    /// Something that makes the pain worse.
    pub enum Aggravator {
        /// Sitting for a long time.
        ProlongedSitting,
        /// Sitting on a hard surface.
        HardSurface,
        /// Direct pressure on the buttock.
        PressureOnButtock,
        /// Crossing the legs.
        CrossingLegs,
        /// Turning the thigh inward (hip internal rotation).
        HipInternalRotation,
        /// Climbing stairs.
        ClimbingStairs,
        /// Running.
        Running,
        /// Twisting.
        Twisting,
        /// Bending at the hip.
        BendingAtHip,
        /// Coughing.
        Coughing,
        /// Sneezing.
        Sneezing,
        /// Bending or twisting the spine.
        SpineBendingOrTwisting,
    }
}

vocabulary! {
    /// Where a tender spot is felt when pressed.
    pub enum TenderArea {
        /// Deep in the buttock, over the piriformis.
        DeepButtock,
        /// Over the spine.
        Spine,
    }
}

vocabulary! {
    /// Which source a feature points to.
    pub enum Lean {
        /// Points to the piriformis.
        Piriformis,
        /// Points to the spine (a disc or narrowing).
        Spinal,
        /// Seen with both; does not tell them apart.
        Either,
    }
}

vocabulary! {
    /// A row of the piriformis-vs-spinal comparison.
    pub enum ComparisonFeature {
        /// What presses on the nerve.
        MainTrigger,
        /// What makes it worse.
        WorseWith,
        /// Where it is tender.
        TenderArea,
    }
}

vocabulary! {
    /// A condition piriformis pain is often mistaken for.
    pub enum Mimic {
        /// True sciatica from the spine: a disc or spinal stenosis.
        SpinalSciatica,
        /// A lumbar disc problem.
        LumbarDisc,
        /// Hip bursitis: a sore fluid sac over the bony bump on the outside of the hip.
        HipBursitis,
        /// Trouble in the sacroiliac joint, where the base of the spine meets the pelvis.
        SacroiliacJoint,
    }
}

/// One symptom.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, get_all, module = "piriformis")
)]
pub struct SymptomRecord {
    /// Its id.
    pub id: Symptom,
    /// Plain description.
    pub description: &'static str,
    /// Whether it is a sign of nerve irritation that calls for gentle care.
    pub nerve_sign: bool,
    /// What makes it worse, per the guide.
    pub worse_with: &'static [Aggravator],
    /// Where the facts come from.
    pub sources: &'static [Source],
}

/// One aggravating factor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, get_all, module = "piriformis")
)]
pub struct AggravatorRecord {
    /// Its id.
    pub id: Aggravator,
    /// Plain description.
    pub description: &'static str,
    /// Which source it points to in the comparison table.
    pub lean: Lean,
    /// Why it leans that way, where that needs saying.
    pub note: Option<&'static str>,
    /// Where the facts come from.
    pub sources: &'static [Source],
}

/// One row of the comparison table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, get_all, module = "piriformis")
)]
pub struct ComparisonRow {
    /// Which feature.
    pub id: ComparisonFeature,
    /// With piriformis-related pain.
    pub piriformis: &'static str,
    /// With true, spinal sciatica.
    pub spinal: &'static str,
    /// The aggravators behind the piriformis column.
    pub piriformis_aggravators: &'static [Aggravator],
    /// The aggravators behind the spinal column.
    pub spinal_aggravators: &'static [Aggravator],
    /// Where the facts come from.
    pub sources: &'static [Source],
}

/// A condition piriformis pain is mistaken for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, get_all, module = "piriformis")
)]
pub struct MimicRecord {
    /// Its id.
    pub id: Mimic,
    /// Plain name.
    pub name: &'static str,
    /// How it differs.
    pub how_it_differs: &'static str,
    /// Where the facts come from.
    pub sources: &'static [Source],
}

const SYM: &[Source] = &[Source::Guide(Symptoms)];

impl Symptom {
    /// The record for this symptom.
    pub const fn record(self) -> &'static SymptomRecord {
        use Aggravator as A;
        match self {
            Self::DeepButtockAche => &SymptomRecord {
                id: Self::DeepButtockAche,
                description: "A deep ache in one buttock, felt inside the muscle. Very common.",
                nerve_sign: false,
                worse_with: &[
                    A::ProlongedSitting,
                    A::HardSurface,
                    A::ClimbingStairs,
                    A::Running,
                ],
                sources: SYM,
            },
            Self::SharpOrBurningButtockPain => &SymptomRecord {
                id: Self::SharpOrBurningButtockPain,
                description: "At times the buttock pain turns sharp or burning.",
                nerve_sign: false,
                worse_with: &[A::PressureOnButtock],
                sources: SYM,
            },
            Self::TenderTightSpot => &SymptomRecord {
                id: Self::TenderTightSpot,
                description: "The area feels tight or ropey and hurts more when pressed.",
                nerve_sign: false,
                worse_with: &[A::PressureOnButtock],
                sources: SYM,
            },
            Self::PainDownThigh => &SymptomRecord {
                id: Self::PainDownThigh,
                description: "Pain spreading down the back of the thigh: a dull ache, a sharp jolt or a burning line.",
                nerve_sign: false,
                worse_with: &[A::Twisting, A::BendingAtHip, A::ProlongedSitting],
                sources: &[Source::Guide(Symptoms), Source::Guide(ReferredPain)],
            },
            Self::PainIntoCalfOrFoot => &SymptomRecord {
                id: Self::PainIntoCalfOrFoot,
                description: "Sometimes the pain reaches the calf or foot.",
                nerve_sign: false,
                worse_with: &[A::Twisting, A::BendingAtHip, A::ProlongedSitting],
                sources: &[Source::Guide(Symptoms), Source::Guide(ReferredPain)],
            },
            Self::Numbness => &SymptomRecord {
                id: Self::Numbness,
                description: "Numbness down the leg and into the foot, from pressure on the sciatic nerve.",
                nerve_sign: true,
                worse_with: &[],
                sources: SYM,
            },
            Self::Tingling => &SymptomRecord {
                id: Self::Tingling,
                description: "Tingling or pins and needles down the leg and into the foot.",
                nerve_sign: true,
                worse_with: &[],
                sources: SYM,
            },
            Self::LegWeakness => &SymptomRecord {
                id: Self::LegWeakness,
                description: "The leg feels weak.",
                nerve_sign: true,
                worse_with: &[],
                sources: SYM,
            },
            Self::LimitedHipMotion => &SymptomRecord {
                id: Self::LimitedHipMotion,
                description: "Hip movement is limited and turning the hip is uncomfortable.",
                nerve_sign: false,
                worse_with: &[A::HipInternalRotation],
                sources: &[Source::Guide(TriggerPoints)],
            },
            Self::LowBackPain => &SymptomRecord {
                id: Self::LowBackPain,
                description: "Pain can show up in the low back, which hides where it really comes from.",
                nerve_sign: false,
                worse_with: &[],
                sources: &[Source::Guide(TriggerPoints), Source::Guide(ReferredPain)],
            },
        }
    }
}

impl Aggravator {
    /// The record for this aggravator.
    pub const fn record(self) -> &'static AggravatorRecord {
        const TABLE: &[Source] = &[Source::Guide(SciaticaComparison)];
        match self {
            Self::ProlongedSitting => &AggravatorRecord {
                id: Self::ProlongedSitting,
                description: "Sitting for a long time",
                lean: Lean::Either,
                note: Some(
                    "Long sitting makes piriformis pain worse, but it often makes sciatica from a disc in the back worse too, so on its own it does not tell them apart. The guide's comparison table leaves it out; counting it for neither side is a project choice.",
                ),
                sources: &[
                    Source::Guide(Symptoms),
                    Source::Guide(SciaticaComparison),
                    Source::Cited(Hopayian2010),
                    Source::Cited(Hopayian2017),
                    Source::ProjectDefault,
                ],
            },
            Self::HardSurface => &AggravatorRecord {
                id: Self::HardSurface,
                description: "Sitting on a hard surface",
                lean: Lean::Piriformis,
                note: None,
                sources: TABLE,
            },
            Self::PressureOnButtock => &AggravatorRecord {
                id: Self::PressureOnButtock,
                description: "Pressure on the buttock",
                lean: Lean::Piriformis,
                note: None,
                sources: TABLE,
            },
            Self::CrossingLegs => &AggravatorRecord {
                id: Self::CrossingLegs,
                description: "Crossing the legs",
                lean: Lean::Piriformis,
                note: None,
                sources: TABLE,
            },
            Self::HipInternalRotation => &AggravatorRecord {
                id: Self::HipInternalRotation,
                description: "Turning the thigh inward",
                lean: Lean::Piriformis,
                note: None,
                sources: TABLE,
            },
            Self::ClimbingStairs => &AggravatorRecord {
                id: Self::ClimbingStairs,
                description: "Climbing stairs",
                lean: Lean::Either,
                note: None,
                sources: &[Source::Guide(Symptoms)],
            },
            Self::Running => &AggravatorRecord {
                id: Self::Running,
                description: "Running",
                lean: Lean::Either,
                note: None,
                sources: &[Source::Guide(Symptoms)],
            },
            Self::Twisting => &AggravatorRecord {
                id: Self::Twisting,
                description: "Twisting",
                lean: Lean::Either,
                note: None,
                sources: &[Source::Guide(Symptoms)],
            },
            Self::BendingAtHip => &AggravatorRecord {
                id: Self::BendingAtHip,
                description: "Bending at the hip",
                lean: Lean::Either,
                note: None,
                sources: &[Source::Guide(Symptoms)],
            },
            Self::Coughing => &AggravatorRecord {
                id: Self::Coughing,
                description: "Coughing",
                lean: Lean::Spinal,
                note: None,
                sources: TABLE,
            },
            Self::Sneezing => &AggravatorRecord {
                id: Self::Sneezing,
                description: "Sneezing",
                lean: Lean::Spinal,
                note: None,
                sources: TABLE,
            },
            Self::SpineBendingOrTwisting => &AggravatorRecord {
                id: Self::SpineBendingOrTwisting,
                description: "Bending or twisting the spine",
                lean: Lean::Spinal,
                note: None,
                sources: TABLE,
            },
        }
    }
}

impl TenderArea {
    /// Which source tenderness here points to.
    pub const fn lean(self) -> Lean {
        match self {
            Self::DeepButtock => Lean::Piriformis,
            Self::Spine => Lean::Spinal,
        }
    }
}

impl ComparisonFeature {
    /// The comparison row.
    pub const fn record(self) -> &'static ComparisonRow {
        use Aggravator as A;
        const TABLE: &[Source] = &[Source::Guide(SciaticaComparison)];
        match self {
            Self::MainTrigger => &ComparisonRow {
                id: Self::MainTrigger,
                piriformis: "The piriformis presses on the sciatic nerve, outside the spine.",
                spinal: "A disc or narrowing (stenosis) in the low spine presses on the nerve roots.",
                piriformis_aggravators: &[],
                spinal_aggravators: &[],
                sources: TABLE,
            },
            Self::WorseWith => &ComparisonRow {
                id: Self::WorseWith,
                piriformis: "Sitting on a hard surface, pressure on the buttock, crossing the legs, turning the thigh inward.",
                spinal: "Coughing, sneezing, bending or twisting the spine.",
                piriformis_aggravators: &[
                    A::HardSurface,
                    A::PressureOnButtock,
                    A::CrossingLegs,
                    A::HipInternalRotation,
                ],
                spinal_aggravators: &[A::Coughing, A::Sneezing, A::SpineBendingOrTwisting],
                sources: TABLE,
            },
            Self::TenderArea => &ComparisonRow {
                id: Self::TenderArea,
                piriformis: "Deep tenderness in the buttock over the piriformis.",
                spinal: "More often tender over the spine.",
                piriformis_aggravators: &[],
                spinal_aggravators: &[],
                sources: TABLE,
            },
        }
    }
}

impl Mimic {
    /// The record for this look-alike condition.
    pub const fn record(self) -> &'static MimicRecord {
        match self {
            Self::SpinalSciatica => &MimicRecord {
                id: Self::SpinalSciatica,
                name: "Spinal (true) sciatica",
                how_it_differs: "Starts in the low spine, from a disc or narrowing pressing on nerve roots. Coughing, sneezing and bending the spine make it worse; the spine is more often tender. Long sitting can make either one worse, so it does not tell them apart.",
                sources: &[
                    Source::Guide(SciaticaComparison),
                    Source::Guide(Misconceptions),
                    Source::Cited(Icd10Cm),
                ],
            },
            Self::LumbarDisc => &MimicRecord {
                id: Self::LumbarDisc,
                name: "Lumbar disc problem",
                how_it_differs: "A disc in the low back presses on a nerve root. A clinician tells them apart with an exam, and imaging if needed.",
                sources: &[Source::Guide(WarningSigns), Source::Cited(Beatty1994)],
            },
            Self::HipBursitis => &MimicRecord {
                id: Self::HipBursitis,
                name: "Hip bursitis",
                how_it_differs: "Pain and tenderness sit on the outside of the hip, over its bony bump (the greater trochanter), rather than deep in the buttock.",
                sources: &[Source::Guide(WarningSigns), Source::Cited(Beatty1994)],
            },
            Self::SacroiliacJoint => &MimicRecord {
                id: Self::SacroiliacJoint,
                name: "Sacroiliac joint trouble",
                how_it_differs: "Pain over the sacroiliac joint, where the base of the spine meets the pelvis, low in the back beside the buttock; it is also one of the three sources of symptoms in this area.",
                sources: &[Source::Cited(TravellSimons)],
            },
        }
    }
}
