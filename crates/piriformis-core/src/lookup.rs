//! "Where does it hurt?" to "what could cause it?": the trigger points whose
//! referral pattern covers the painful regions, essential zones before
//! spillover, like the symptom index of trigger-point references.

use serde::{Deserialize, Serialize};

use crate::anatomy::Muscle;
use crate::symptom::Mimic;
use crate::triage::Side;
use crate::trigger_point::{BodyRegion, ReferralKind, TriggerPoint};
use crate::vocab::Vocabulary;

/// A trigger point that may explain some of the pain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(
    feature = "uniffi",
    derive(uniffi::Record),
    uniffi(name = "PainCandidate")
)]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, get_all, module = "piriformis")
)]
pub struct Candidate {
    /// The trigger point.
    pub trigger_point: TriggerPoint,
    /// Its muscle.
    pub muscle: Muscle,
    /// The side(s) to check.
    pub sides: Vec<Side>,
    /// Painful regions in its essential zone.
    pub essential: Vec<BodyRegion>,
    /// Painful regions in its spillover zone.
    pub spillover: Vec<BodyRegion>,
    /// Why it is listed, in plain words.
    pub explanation: String,
}

/// A painful region no trigger point here refers to, with look-alikes to consider.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, get_all, module = "piriformis")
)]
pub struct Unexplained {
    /// The region.
    pub region: BodyRegion,
    /// Conditions that are felt there.
    pub consider: Vec<Mimic>,
}

/// The result of [`lookup`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, get_all, module = "piriformis")
)]
pub struct Lookup {
    /// Candidates, best first: most essential matches, then most spillover matches.
    pub candidates: Vec<Candidate>,
    /// Regions no candidate covers.
    pub unexplained: Vec<Unexplained>,
}

fn mimics_for(region: BodyRegion) -> Vec<Mimic> {
    match region {
        BodyRegion::OuterHip => vec![Mimic::HipBursitis],
        BodyRegion::LowerBack => vec![Mimic::LumbarDisc, Mimic::SpinalSciatica],
        BodyRegion::SacroiliacRegion => vec![Mimic::SacroiliacJoint],
        BodyRegion::BackOfThigh | BodyRegion::Calf | BodyRegion::Foot => {
            vec![Mimic::SpinalSciatica]
        }
        BodyRegion::Buttock | BodyRegion::BackOfHip => vec![],
    }
}

fn names(regions: &[BodyRegion]) -> String {
    regions
        .iter()
        .map(|r| r.id().replace('_', " "))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Ranks the trigger points whose referral covers `regions` on `side`.
///
/// ```
/// use piriformis_core::lookup::lookup;
/// use piriformis_core::{BodyRegion, Side, TriggerPoint};
/// let r = lookup(&[BodyRegion::Buttock, BodyRegion::Calf], Side::Right);
/// assert_eq!(r.candidates[0].trigger_point, TriggerPoint::Lateral);
/// ```
pub fn lookup(regions: &[BodyRegion], side: Side) -> Lookup {
    let mut wanted: Vec<BodyRegion> = regions.to_vec();
    crate::vocab::sort(&mut wanted);
    wanted.dedup();
    let sides = match side {
        Side::Both => vec![Side::Left, Side::Right],
        s => vec![s],
    };
    let mut candidates: Vec<Candidate> = TriggerPoint::ALL
        .iter()
        .filter_map(|&tp| {
            let r = tp.record();
            let hits = |kind: ReferralKind| -> Vec<BodyRegion> {
                wanted
                    .iter()
                    .copied()
                    .filter(|w| r.referral.iter().any(|z| z.region == *w && z.kind == kind))
                    .collect()
            };
            let (essential, spillover) =
                (hits(ReferralKind::Essential), hits(ReferralKind::Spillover));
            if essential.is_empty() && spillover.is_empty() {
                return None;
            }
            let mut explanation = format!(
                "{} of the {}",
                r.name,
                r.muscle.record().name.to_lowercase()
            );
            if !essential.is_empty() {
                explanation += &format!(": its main (essential) zone covers {}", names(&essential));
            }
            if !spillover.is_empty() {
                explanation += &format!(
                    "{} its spillover zone reaches {}",
                    if essential.is_empty() { ":" } else { ";" },
                    names(&spillover)
                );
            }
            explanation += &format!(". Find it: {}", r.how_to_find);
            Some(Candidate {
                trigger_point: tp,
                muscle: r.muscle,
                sides: sides.clone(),
                essential,
                spillover,
                explanation,
            })
        })
        .collect();
    // Stable sort keeps declaration order (medial, central, lateral) among ties.
    crate::vocab::sort_by_key(&mut candidates, |c| {
        (
            std::cmp::Reverse(c.essential.len()),
            std::cmp::Reverse(c.spillover.len()),
        )
    });
    let unexplained = wanted
        .iter()
        .filter(|w| {
            !candidates
                .iter()
                .any(|c| c.essential.contains(w) || c.spillover.contains(w))
        })
        .map(|&region| Unexplained {
            region,
            consider: mimics_for(region),
        })
        .collect();
    Lookup {
        candidates,
        unexplained,
    }
}
