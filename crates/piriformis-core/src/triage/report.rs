//! The triage result: fired rules with sources, cautions, open questions and the notice.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::care::NOTICE;
use crate::error::Result;
use crate::red_flag::RedFlag;
use crate::source::{Citation::*, GuideSection::*, Source};
use crate::vocab::terms::{Disposition, Pathway, TriagePolicy};
use crate::vocab::{Vocabulary, vocabulary};

use super::assessment::{Assessment, NerveSign, NerveStatus, SEVERE_PAIN};
use super::likely_source::{SourceAssessment, likely_source_with};
use super::rule_set::{fired_rules, set_bits};
use super::rules::{Rule, RuleId};

vocabulary! {
    /// A caution shown alongside the disposition.
    pub enum Caution {
        /// Nerve symptoms: gentle work only.
        NerveSymptomsGentle,
        /// Numb skin: no heat.
        NoHeatOnNumbSkin,
        /// Strong pain now: start gently.
        StartGently,
        /// Unanswered red flags: what to do if any is yes.
        AnswerRedFlags,
        /// When to get help.
        SafetyNet,
    }
}

impl Caution {
    /// The caution as shown to the user.
    pub const fn text(self) -> &'static str {
        match self {
            Self::NerveSymptomsGentle => {
                "You have nerve symptoms: use gentle pressure and mild stretches only, and ease off at once if numbness or tingling grows."
            }
            Self::NoHeatOnNumbSkin => {
                "Do not put heat on skin that is numb: you may not feel a burn."
            }
            Self::StartGently => {
                "Your pain is strong right now: start at the gentle end of each exercise."
            }
            Self::AnswerRedFlags => {
                "Some warning-sign questions are unanswered. If any of them is a yes, follow the advice for it: some need emergency care."
            }
            Self::SafetyNet => {
                "Get help at once if you lose bladder or bowel control, have trouble starting to pee or cannot pee, feel numb between the legs, or get symptoms in both legs. See a clinician if it gets worse or is not better within a few weeks; sciatica usually settles in 4-6 weeks."
            }
        }
    }
}

/// When a row of [`CAUTIONS`] applies: every condition of its `when` must hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CautionWhen {
    /// The disposition allows self-care.
    SelfCareAllowed,
    /// The disposition is lower than this one.
    Below(Disposition),
    /// Numbness, tingling or weakness is there (stable or getting worse).
    AnyNerveSign,
    /// This nerve sign is there (stable or getting worse).
    NervePresent(NerveSign),
    /// Pain now is at least this score.
    PainAtLeast(u8),
    /// Some warning-sign questions are still open.
    OpenQuestions,
}

impl CautionWhen {
    /// Whether the condition holds for an assessment, the disposition it got,
    /// and whether any warning-sign question is still open.
    pub fn holds(self, a: &Assessment, disposition: Disposition, open_questions: bool) -> bool {
        match self {
            Self::SelfCareAllowed => disposition.allows_self_care(),
            Self::Below(d) => disposition < d,
            Self::AnyNerveSign => a.nerve.any_present(),
            Self::NervePresent(sign) => matches!(
                a.nerve.status(sign),
                NerveStatus::Stable | NerveStatus::Worsening
            ),
            Self::PainAtLeast(score) => a.pain_now.is_some_and(|p| p >= score),
            Self::OpenQuestions => open_questions,
        }
    }
}

/// A row of [`CAUTIONS`]: a caution, when it is shown, and where it comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, get_all, module = "piriformis")
)]
pub struct CautionRule {
    /// The caution.
    pub id: Caution,
    /// Shown when all of these hold.
    pub when: &'static [CautionWhen],
    /// The text shown (the caution's [`Caution::text`]).
    pub text: &'static str,
    /// Where it comes from.
    pub sources: &'static [Source],
}

impl CautionRule {
    /// Whether the caution is shown for an assessment, the disposition it
    /// got, and whether any warning-sign question is still open.
    pub fn applies(&self, a: &Assessment, disposition: Disposition, open_questions: bool) -> bool {
        self.when
            .iter()
            .all(|w| w.holds(a, disposition, open_questions))
    }
}

/// The cautions, as data, in the order they are shown. [`triage_with`] shows
/// every row whose conditions all hold.
pub const CAUTIONS: &[CautionRule] = &[
    CautionRule {
        id: Caution::NerveSymptomsGentle,
        when: &[CautionWhen::SelfCareAllowed, CautionWhen::AnyNerveSign],
        text: Caution::NerveSymptomsGentle.text(),
        sources: &[Source::Guide(ManualTherapy), Source::Guide(Stretches)],
    },
    CautionRule {
        id: Caution::NoHeatOnNumbSkin,
        when: &[
            CautionWhen::SelfCareAllowed,
            CautionWhen::NervePresent(NerveSign::Numbness),
        ],
        text: Caution::NoHeatOnNumbSkin.text(),
        sources: &[Source::Guide(HeatAndCold), Source::Cited(Nhs111Wales)],
    },
    CautionRule {
        id: Caution::StartGently,
        when: &[
            CautionWhen::SelfCareAllowed,
            CautionWhen::PainAtLeast(SEVERE_PAIN),
        ],
        text: Caution::StartGently.text(),
        sources: &[Source::Cited(Loinc72514), Source::ProjectDefault],
    },
    CautionRule {
        id: Caution::AnswerRedFlags,
        when: &[
            CautionWhen::OpenQuestions,
            CautionWhen::Below(Disposition::Emergency),
        ],
        text: Caution::AnswerRedFlags.text(),
        sources: &[Source::Guide(WarningSigns), Source::ProjectDefault],
    },
    CautionRule {
        id: Caution::SafetyNet,
        when: &[CautionWhen::Below(Disposition::Emergency)],
        text: Caution::SafetyNet.text(),
        sources: &[
            Source::Guide(WarningSigns),
            Source::Cited(Nhs111Wales),
            Source::Cited(NhsSciatica),
        ],
    },
];

/// A rule that fired, with its reason and sources.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, get_all, module = "piriformis")
)]
pub struct FiredRule {
    /// The rule's id.
    pub id: RuleId,
    /// The serious cause it stands for.
    pub pathway: Pathway,
    /// The disposition it sets at least, under the policy used.
    pub disposition: Disposition,
    /// Why, in plain words.
    pub text: Cow<'static, str>,
    /// Where its tier comes from.
    pub sources: Cow<'static, [Source]>,
}

/// A caution with its text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, get_all, module = "piriformis")
)]
pub struct CautionNote {
    /// Its id.
    pub id: Caution,
    /// The text.
    pub text: Cow<'static, str>,
}

/// The result of [`triage`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, get_all, module = "piriformis")
)]
pub struct TriageResult {
    /// The policy whose tiers were used.
    pub policy: TriagePolicy,
    /// How soon to get care: the maximum over the fired rules.
    pub disposition: Disposition,
    /// What to do, in plain words.
    pub action: Cow<'static, str>,
    /// True when open questions (red flags or nerve signs) could still raise the result.
    pub provisional: bool,
    /// Every rule that fired, highest disposition first.
    pub fired: Vec<FiredRule>,
    /// Where the pain most likely comes from.
    pub likely_source: SourceAssessment,
    /// Cautions to show.
    pub cautions: Vec<CautionNote>,
    /// Red-flag questions unanswered (or "not sure") whose "yes" would raise
    /// the result: the questions to put in front of the person.
    pub unanswered: Vec<RedFlag>,
    /// Nerve questions (numbness, tingling, weakness) unanswered or "not
    /// sure" whose worst answer would raise the result: asked again like
    /// [`TriageResult::unanswered`], never read as "no". Left out of JSON when empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unanswered_nerve: Vec<NerveSign>,
    /// The not-medical-advice notice.
    pub notice: Cow<'static, str>,
    /// The version of the rule table that gave this result
    /// ([`crate::triage::RULES_VERSION`]); 0 when read from a document
    /// written before results carried it.
    #[serde(default)]
    pub rules_version: u16,
}

impl TriageResult {
    /// The pathways of the rules that fired, each once, highest rule first.
    pub fn pathways(&self) -> Vec<Pathway> {
        let mut out = Vec::new();
        for f in &self.fired {
            if !out.contains(&f.pathway) {
                out.push(f.pathway);
            }
        }
        out
    }
}

/// Triage an assessment under the default [`TriagePolicy::SelfCheck`].
///
/// ```
/// use piriformis_core::{triage, Assessment, Disposition, RedFlag, Answer};
/// let mut a = Assessment::default();
/// a.red_flags.insert(RedFlag::SaddleNumbness, Answer::Present);
/// let r = triage(&a).unwrap();
/// assert_eq!(r.disposition, Disposition::Emergency);
/// ```
pub fn triage(a: &Assessment) -> Result<TriageResult> {
    triage_with(a, TriagePolicy::SelfCheck)
}

/// Triage an assessment under a policy.
///
/// ```
/// use piriformis_core::{Assessment, Disposition};
/// use piriformis_core::triage::{triage_with, TriagePolicy};
/// let a = Assessment::from_json(r#"{"red_flags": {"fever": "present"}}"#)?;
/// assert_eq!(triage_with(&a, TriagePolicy::SelfCheck)?.disposition, Disposition::Urgent);
/// assert!(triage_with(&a, TriagePolicy::ClinicianReferral)?.disposition <= Disposition::Urgent);
/// # Ok::<(), piriformis_core::Error>(())
/// ```
pub fn triage_with(a: &Assessment, policy: TriagePolicy) -> Result<TriageResult> {
    a.validate()
        .map_err(|e| e.with_warning_signs(a.present_flags()))?;
    let flags = a.flag_answers();
    let (set, open) = fired_rules(a, &flags, policy);
    // Sized up front: the sets say how many.
    let mut fired = Vec::with_capacity(set.len());
    fired.extend(set.rules_under(policy).map(|r| fire(r, policy)));
    let disposition = set.disposition_under(policy);
    // The set bits only; most results have none.
    let unanswered: Vec<RedFlag> = set_bits(open.flags).map(|f| RedFlag::ALL[f]).collect();
    let unanswered_nerve: Vec<NerveSign> = set_bits(u32::from(open.nerve))
        .map(|s| NerveSign::ALL[s])
        .collect();

    let open = open.any();
    let cautions: Vec<CautionNote> = CAUTIONS
        .iter()
        .filter(|row| row.applies(a, disposition, open))
        .map(|row| CautionNote {
            id: row.id,
            text: Cow::Borrowed(row.text),
        })
        .collect();

    Ok(TriageResult {
        policy,
        disposition,
        action: Cow::Borrowed(disposition.action()),
        provisional: open,
        fired,
        likely_source: likely_source_with(a, &flags),
        cautions,
        unanswered,
        unanswered_nerve,
        notice: Cow::Borrowed(NOTICE),
        rules_version: crate::triage::RULES_VERSION,
    })
}

fn fire(r: &Rule, policy: TriagePolicy) -> FiredRule {
    FiredRule {
        id: r.id,
        pathway: r.pathway,
        disposition: r.id.tier(policy),
        text: Cow::Borrowed(r.text),
        sources: Cow::Borrowed(r.id.sources()),
    }
}

impl std::fmt::Display for TriageResult {
    /// A plain-text report: the action, the reasons with their sources, the
    /// likely source, cautions, unanswered questions and the notice.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(f, "{}", self.action)?;
        if self.provisional {
            writeln!(
                f,
                "(Provisional: {} warning-sign question(s) could still change this.)",
                self.unanswered.len() + self.unanswered_nerve.len()
            )?;
        }
        writeln!(f, "\nWhy:")?;
        for r in &self.fired {
            writeln!(f, "  - [{}] {}", r.disposition.label(), r.text)?;
            let sources: Vec<&str> = r.sources.iter().map(|s| s.describe()).collect();
            writeln!(f, "    Sources: {}", sources.join("; "))?;
        }
        writeln!(
            f,
            "\nLikely source: {}. {}",
            self.likely_source.verdict.label(),
            self.likely_source.explanation
        )?;
        if !self.cautions.is_empty() {
            writeln!(f, "\nTake care:")?;
            for c in &self.cautions {
                writeln!(f, "  - {}", c.text)?;
            }
        }
        if !self.unanswered.is_empty() || !self.unanswered_nerve.is_empty() {
            writeln!(f, "\nStill to answer:")?;
            for r in &self.unanswered {
                writeln!(f, "  - {}", r.record().question)?;
            }
            for s in &self.unanswered_nerve {
                writeln!(f, "  - {}", s.question())?;
            }
        }
        write!(f, "\n{}", self.notice)
    }
}
