//! Piriformis or spine: the comparison-table features found, and the verdict.

use serde::{Deserialize, Serialize};

use crate::red_flag::RedFlag;
use crate::symptom::{Aggravator, Lean, TenderArea};
use crate::vocab::{Vocabulary, vocabulary};

use super::assessment::{Assessment, FlagAnswers};

vocabulary! {
    /// Where the pain most likely comes from, by the guide's comparison table.
    pub enum LikelySource {
        /// The features point to the piriformis.
        Piriformis,
        /// The features point to the spine.
        Spinal,
        /// Features point both ways.
        Mixed,
        /// Not enough features to say.
        Unclear,
    }
}

impl LikelySource {
    /// A short label for display.
    pub const fn label(self) -> &'static str {
        match self {
            Self::Piriformis => "piriformis-related",
            Self::Spinal => "spinal (sciatica from the back)",
            Self::Mixed => "mixed",
            Self::Unclear => "unclear",
        }
    }
}

/// A feature of the comparison table that was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum Evidence {
    /// Something that makes it worse.
    WorseWith(Aggravator),
    /// Where it is tender.
    Tender(TenderArea),
    /// A red flag that points to the spine (cauda equina signs, both legs).
    Sign(RedFlag),
}

/// The likely source, with the features that support each side.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, get_all, module = "piriformis")
)]
pub struct SourceAssessment {
    /// The verdict.
    pub verdict: LikelySource,
    /// Features that point to the piriformis.
    pub piriformis: Vec<Evidence>,
    /// Features that point to the spine.
    pub spinal: Vec<Evidence>,
    /// Why, in plain words, with the counts.
    pub explanation: String,
}

/// Every reported comparison-table feature with the way it leans: what
/// makes it worse, where it is tender, and red flags answered "present". The
/// one walk over the features; [`likely_source`] lists them and
/// [`source_counts`] counts them.
fn each_feature(a: &Assessment, flags: &FlagAnswers, mut visit: impl FnMut(Lean, Evidence)) {
    for &w in &a.worse_with {
        visit(w.record().lean, Evidence::WorseWith(w));
    }
    for &t in &a.tender_areas {
        visit(t.lean(), Evidence::Tender(t));
    }
    for &f in RedFlag::ALL {
        if flags.is_yes(f as usize) {
            visit(f.record().lean, Evidence::Sign(f));
        }
    }
}

impl Evidence {
    /// A bit of its own for each feature, for counting without allocation.
    const fn bit(self) -> u32 {
        match self {
            Self::WorseWith(w) => w as u32,
            Self::Tender(t) => 16 + t as u32,
            Self::Sign(f) => 32 + f as u32,
        }
    }
}

/// How many distinct reported features point to the piriformis and to the
/// spine, counted with bit sets (no allocation).
pub(crate) fn source_counts(a: &Assessment, flags: &FlagAnswers) -> (usize, usize) {
    let (mut p, mut s) = (0u64, 0u64);
    each_feature(a, flags, |lean, e| match lean {
        Lean::Piriformis => p |= 1 << e.bit(),
        Lean::Spinal => s |= 1 << e.bit(),
        Lean::Either => {}
    });
    (p.count_ones() as usize, s.count_ones() as usize)
}

const _: () =
    assert!(Aggravator::ALL.len() <= 16 && TenderArea::ALL.len() <= 16 && RedFlag::ALL.len() <= 32);

impl LikelySource {
    /// The verdict from the number of features pointing each way.
    pub fn from_counts(piriformis: usize, spinal: usize) -> Self {
        match (piriformis, spinal) {
            (0, 0) => Self::Unclear,
            (_, 0) => Self::Piriformis,
            (0, _) => Self::Spinal,
            _ => Self::Mixed,
        }
    }
}

/// Weighs the comparison-table features, and the red flags that point to the
/// spine: piriformis-related, spinal, mixed or unclear.
pub fn likely_source(a: &Assessment) -> SourceAssessment {
    likely_source_with(a, &a.flag_answers())
}

/// [`likely_source`] with the red-flag answers already worked out.
pub(crate) fn likely_source_with(a: &Assessment, flags: &FlagAnswers) -> SourceAssessment {
    // At most every reported feature, so neither list grows while filled.
    let most = a.worse_with.len() + a.tender_areas.len() + flags.yes.count_ones() as usize;
    let mut piriformis = Vec::with_capacity(most);
    let mut spinal = Vec::with_capacity(most);
    each_feature(a, flags, |lean, e| match lean {
        Lean::Piriformis => piriformis.push(e),
        Lean::Spinal => spinal.push(e),
        Lean::Either => {}
    });
    crate::vocab::sort(&mut piriformis);
    piriformis.dedup();
    crate::vocab::sort(&mut spinal);
    spinal.dedup();
    let (p, s) = (piriformis.len(), spinal.len());
    let verdict = LikelySource::from_counts(p, s);
    let explanation = match verdict {
        LikelySource::Unclear => {
            "None of the features that tell piriformis pain from spinal sciatica were reported."
                .to_string()
        }
        LikelySource::Piriformis => format!(
            "{p} feature(s) point to the piriformis and none to the spine. That does not rule out the spine: a clinician can tell them apart."
        ),
        LikelySource::Spinal => format!(
            "{s} feature(s) point to the spine and none to the piriformis; a clinician should check the back."
        ),
        LikelySource::Mixed => format!(
            "{p} feature(s) point to the piriformis and {s} to the spine; both may play a part."
        ),
    };
    SourceAssessment {
        verdict,
        piriformis,
        spinal,
        explanation,
    }
}
