//! Evaluating the tier table: which rules fire, the open questions, the floor
//! for bad input, and [`RuleSet`]/[`summary`] for batches (no allocation).

use crate::error::{Error, Result};
use crate::red_flag::RedFlag;
use crate::vocab::Vocabulary;
use crate::vocab::terms::{Answer, Disposition, Disposition as D, Pathway, TriagePolicy};

use super::assessment::{Assessment, FlagAnswers, Legs, NerveSign, NerveStatus, NerveSymptoms};
#[cfg(doc)]
use super::likely_source::SourceAssessment;
use super::likely_source::{LikelySource, source_counts};
#[cfg(doc)]
use super::report::{TriageResult, triage};
use super::rules::{
    DECIDED_BY_FLAGS, NO_WARNING_SIGNS, ONE_NOT_ABSENT, OpenTiers, READS, READS_NERVE, REQUIRED,
    RULES, Rule, RuleId, TIERS,
};

/// The red flags answered "present", one bit per `RedFlag as usize`.
fn present(flags: &FlagAnswers) -> u32 {
    flags.yes
}

/// For each red flag, the flags whose "yes" asks it (its parents), one bit
/// per `RedFlag as usize`: zero for a main question.
const PARENT_BITS: [u32; RedFlag::ALL.len()] = {
    let mut out = [0u32; RedFlag::ALL.len()];
    let mut f = 0;
    while f < RedFlag::ALL.len() {
        let parents = RedFlag::ALL[f].parents();
        let mut i = 0;
        while i < parents.len() {
            out[f] |= 1 << parents[i] as u32;
            i += 1;
        }
        f += 1;
    }
    out
};

/// The red flags answered "no", one bit per `RedFlag as usize`.
fn absent(flags: &FlagAnswers) -> u32 {
    flags.no
}

/// The positions of the set bits, lowest first.
#[inline]
pub(crate) fn set_bits(mut bits: u32) -> impl Iterator<Item = usize> {
    std::iter::from_fn(move || {
        (bits != 0).then(|| {
            let i = bits.trailing_zeros() as usize;
            bits &= bits - 1;
            i
        })
    })
}

/// Whether rule `i` may hold with these red-flag answers (`yes`: present;
/// `not_absent`: present or unknown): every flag it requires is present, and
/// one of the flags it needs at least one of is not "no". Cheap tests, so
/// only the rules that pass are evaluated.
#[inline]
fn may_hold(i: usize, yes: u32, not_absent: u32) -> bool {
    REQUIRED[i] & !yes == 0 && (ONE_NOT_ABSENT[i] == 0 || ONE_NOT_ABSENT[i] & not_absent != 0)
}

/// The follow-ups never asked because every flag they follow is "no".
fn never_asked_bits(absent: u32) -> u32 {
    (0..RedFlag::ALL.len()).fold(0, |b, f| b | u32::from(never_asked(f, absent)) << f)
}

/// Whether a follow-up is never asked: every flag it follows is "no".
fn never_asked(f: usize, absent: u32) -> bool {
    PARENT_BITS[f] != 0 && PARENT_BITS[f] & !absent == 0
}

/// Whether a rule is a finding (not about unanswered questions).
fn is_finding(r: &Rule) -> bool {
    r.pathway != Pathway::Unanswered
}

/// The finding rules that hold, and the highest tier among them.
pub(crate) fn findings(
    a: &Assessment,
    flags: &FlagAnswers,
    policy: TriagePolicy,
) -> (RuleSet, Disposition) {
    findings_in(a, &a.nerve, flags, policy)
}

/// [`findings`] with the nerve symptoms read from `nerve`.
fn findings_in(
    a: &Assessment,
    nerve: &NerveSymptoms,
    flags: &FlagAnswers,
    policy: TriagePolicy,
) -> (RuleSet, Disposition) {
    let tiers = &TIERS[policy as usize];
    let yes = present(flags);
    let not_absent = !absent(flags);
    let mut set = RuleSet::default();
    let mut top = D::SelfCare;
    for (i, r) in RULES.iter().enumerate() {
        if may_hold(i, yes, not_absent)
            && is_finding(r)
            && (DECIDED_BY_FLAGS[i] || r.when.holds_in(a, nerve, flags, 0))
        {
            set.insert(r.id);
            top = top.max(tiers[i]);
        }
    }
    (set, top)
}

/// For each red flag, the finding rules that read it (indices into
/// [`RULES`]), highest tier under the policy first; built once per policy.
fn readers(policy: TriagePolicy) -> &'static [Vec<u8>] {
    use std::sync::OnceLock;
    static READERS: [OnceLock<Vec<Vec<u8>>>; TriagePolicy::ALL.len()] =
        [OnceLock::new(), OnceLock::new()];
    READERS[policy as usize].get_or_init(|| {
        let tiers = &TIERS[policy as usize];
        (0..RedFlag::ALL.len())
            .map(|f| {
                let mut rules: Vec<u8> = (0..RULES.len())
                    .filter(|&i| READS[i] >> f & 1 == 1 && is_finding(&RULES[i]))
                    .map(|i| i as u8)
                    .collect();
                crate::vocab::sort_by_key(&mut rules, |&i| {
                    std::cmp::Reverse(tiers[usize::from(i)])
                });
                rules
            })
            .collect()
    })
}

const _: () = assert!(RULES.len() <= u8::MAX as usize);

/// The open questions of an assessment: those unanswered or "not sure" whose
/// "yes" would raise the result above the findings' tier.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Open {
    /// The open red flags, one bit per `RedFlag as usize`.
    pub flags: u32,
    /// The open nerve signs, one bit per `NerveSign as usize`.
    pub nerve: u8,
    /// The tiers they would raise the result to.
    pub raise: OpenTiers,
}

impl Open {
    /// Whether any question is open.
    pub fn any(self) -> bool {
        self.flags != 0 || self.nerve != 0
    }
}

/// The open questions: red flags ([`open_flags`]) and nerve signs
/// ([`open_nerve`]).
pub(crate) fn open_questions(
    a: &Assessment,
    flags: &FlagAnswers,
    policy: TriagePolicy,
    (now, top): (RuleSet, Disposition),
) -> Open {
    let (mut open, raise) = open_flags(a, flags, policy, top);
    let (mut nerve, nerve_raise) = open_nerve(a, flags, policy, top);
    let mut raise = raise | nerve_raise;
    // Together: two "not sure" answers can each be harmless alone and an
    // emergency together (fever and weakness, past cancer and tingling).
    if let Some((tier, joint_flags, joint_nerve)) = open_together(a, flags, policy, now) {
        let highest_alone = (0..8u8).rev().find(|t| raise >> t & 1 == 1);
        if tier > top && highest_alone.is_none_or(|t| (tier as u8) > t) {
            raise |= 1 << tier as u8;
            open |= joint_flags;
            nerve |= joint_nerve;
        }
    }
    Open {
        flags: open,
        nerve,
        raise,
    }
}

/// Every open question answered at its worst at once (each open red flag
/// "yes", each open nerve sign getting worse in one leg): the tier that gives,
/// and the open red flags and nerve signs read by the rules that then fire
/// and do not fire now. `None` when fewer than two questions are open.
fn open_together(
    a: &Assessment,
    flags: &FlagAnswers,
    policy: TriagePolicy,
    now: RuleSet,
) -> Option<(Disposition, u32, u8)> {
    let unknown_flags = flags.unknown() & !never_asked_bits(absent(flags));
    let mut what_if = *flags;
    what_if.yes |= unknown_flags;
    let mut nerve = a.nerve;
    let mut unknown_nerve = 0u8;
    if nerve.legs != Legs::Neither {
        for &sign in NerveSign::ALL {
            if nerve.status(sign) == NerveStatus::Unknown {
                unknown_nerve |= 1 << sign as u8;
                match sign {
                    NerveSign::Numbness => nerve.numbness = NerveStatus::Worsening,
                    NerveSign::Tingling => nerve.tingling = NerveStatus::Worsening,
                    NerveSign::Weakness => nerve.weakness = NerveStatus::Worsening,
                }
            }
        }
        if unknown_nerve != 0 && nerve.legs == Legs::Unknown {
            nerve.legs = Legs::One;
        }
    }
    // One open question alone is what `open_flags` or `open_nerve` already
    // tried: only the rules that read it can change, the same what-if.
    if unknown_flags.count_ones() + unknown_nerve.count_ones() < 2 {
        return None;
    }
    let (then, tier) = findings_in(a, &nerve, &what_if, policy);
    let (mut read_flags, mut reads_nerve) = (0u32, false);
    for r in then.rules().filter(|r| !now.contains(r.id)) {
        let i = r.id as usize;
        read_flags |= READS[i];
        reads_nerve |= READS_NERVE[i];
    }
    Some((
        tier,
        read_flags & unknown_flags,
        if reads_nerve { unknown_nerve } else { 0 },
    ))
}

/// The open nerve questions: a sign (numbness, tingling, weakness) that is
/// unknown ("not sure" or unanswered) while a leg may be involved, and whose
/// worst answer (present and getting worse, in one leg) would raise the
/// result above `top`; as a sign bit set, with the tiers it would raise it to.
/// "Not sure" is never read as "no", for nerve signs as for red flags.
fn open_nerve(
    a: &Assessment,
    flags: &FlagAnswers,
    policy: TriagePolicy,
    top: Disposition,
) -> (u8, OpenTiers) {
    let (mut open, mut raise) = (0u8, 0u8);
    if a.nerve.legs == Legs::Neither {
        // No leg is involved: a sign cannot be there (validate checks).
        return (open, raise);
    }
    for &sign in NerveSign::ALL {
        if a.nerve.status(sign) != NerveStatus::Unknown {
            continue;
        }
        let mut what_if = a.nerve;
        match sign {
            NerveSign::Numbness => what_if.numbness = NerveStatus::Worsening,
            NerveSign::Tingling => what_if.tingling = NerveStatus::Worsening,
            NerveSign::Weakness => what_if.weakness = NerveStatus::Worsening,
        }
        if what_if.legs == Legs::Unknown {
            what_if.legs = Legs::One;
        }
        // Only the rules that read the nerve symptoms can change, and only
        // upwards (present and worse satisfies every nerve condition unknown did).
        let tier = nerve_findings_top(a, &what_if, flags, policy);
        if tier > top {
            open |= 1 << sign as u8;
            raise |= 1 << tier as u8;
        }
    }
    (open, raise)
}

/// The highest tier among the finding rules that read the nerve symptoms and
/// hold with `nerve`.
fn nerve_findings_top(
    a: &Assessment,
    nerve: &NerveSymptoms,
    flags: &FlagAnswers,
    policy: TriagePolicy,
) -> Disposition {
    let tiers = &TIERS[policy as usize];
    let yes = present(flags);
    let not_absent = !absent(flags);
    let mut top = D::SelfCare;
    for (i, r) in RULES.iter().enumerate() {
        if READS_NERVE[i]
            && may_hold(i, yes, not_absent)
            && is_finding(r)
            && r.when.holds_in(a, nerve, flags, 0)
        {
            top = top.max(tiers[i]);
        }
    }
    top
}

/// The open red-flag questions: unanswered ones whose "yes" would raise the
/// result above `top`, as a flag bit set, and the tiers they would raise it to.
pub(crate) fn open_flags(
    a: &Assessment,
    flags: &FlagAnswers,
    policy: TriagePolicy,
    top: Disposition,
) -> (u32, OpenTiers) {
    let (mut open, mut raise) = (0u32, 0u8);
    let no = absent(flags);
    // A follow-up whose every question was answered "no" is never asked:
    // its "yes" would contradict them, so it is not open.
    let mut left = flags.unknown() & !never_asked_bits(no);
    if left == 0 {
        return (open, raise);
    }
    let tiers = &TIERS[policy as usize];
    let readers = readers(policy);
    // A plain loop over the set bits: this path runs on every batch row.
    while left != 0 {
        let f = left.trailing_zeros() as usize;
        left &= left - 1;
        let mut what_if = *flags;
        what_if.set(f, Answer::Present);
        // Highest tier first: the first rule that would fire is the best one.
        for &i in &readers[f] {
            let tier = tiers[usize::from(i)];
            if tier <= top {
                break;
            }
            // Readers of an unknown flag: only the required flags can rule them out.
            if REQUIRED[usize::from(i)] & !what_if.yes == 0
                && RULES[usize::from(i)].when.holds_with(a, &what_if, 0)
            {
                open |= 1 << f;
                raise |= 1 << tier as u8;
                break;
            }
        }
    }
    (open, raise)
}

/// The rules that fire for an assessment under a policy ([`RuleId::NoWarningSigns`]
/// when no other does) and the open red flags. The one place rules are
/// evaluated, for [`triage`] and [`summary`].
pub(crate) fn fired_rules(
    a: &Assessment,
    flags: &FlagAnswers,
    policy: TriagePolicy,
) -> (RuleSet, Open) {
    let (mut set, top) = findings(a, flags, policy);
    let open = open_questions(a, flags, policy, (set, top));
    for r in RULES.iter().filter(|r| !is_finding(r)) {
        if r.when.holds_with(a, flags, open.raise) {
            set.insert(r.id);
        }
    }
    if set.is_empty() {
        set.insert(RuleId::NoWarningSigns);
    }
    (set, open)
}

/// The disposition that red flags reported present give at least, whatever
/// else is wrong with the input: the finding rules that hold under `policy`
/// when these flags are present, every other red flag is answered "no", and a
/// follow-up not among them (such as when a cauda equina sign began) is not
/// known, so counts as its sources say an unknown one does (a new sign). No
/// other answer to a main question could give less. `None` when that is
/// self-care (no flag present, or only follow-ups). Errors carry it so that
/// bad input never hides an emergency.
///
/// ```
/// use piriformis_core::{Disposition, RedFlag};
/// use piriformis_core::triage::{floor, TriagePolicy};
/// assert_eq!(floor([RedFlag::SaddleNumbness], TriagePolicy::SelfCheck), Some(Disposition::Emergency));
/// // Without its onset, a saddle sign counts as new under either policy.
/// let saddle = [RedFlag::SaddleNumbness];
/// assert_eq!(floor(saddle, TriagePolicy::ClinicianReferral), Some(Disposition::Emergency));
/// // The policies differ where their sources do.
/// assert_eq!(floor([RedFlag::Fever], TriagePolicy::ClinicianReferral), Some(Disposition::SeeClinicianSoon));
/// assert_eq!(floor([RedFlag::Fever], TriagePolicy::SelfCheck), Some(Disposition::Urgent));
/// assert_eq!(floor([], TriagePolicy::SelfCheck), None);
/// ```
pub fn floor(
    present: impl IntoIterator<Item = RedFlag>,
    policy: TriagePolicy,
) -> Option<Disposition> {
    let mut a = Assessment::default();
    for &f in RedFlag::ALL.iter().filter(|f| f.parents().is_empty()) {
        a.red_flags.insert(f, Answer::Absent);
    }
    for f in present {
        a.red_flags.insert(f, Answer::Present);
    }
    let (_, top) = findings(&a, &a.flag_answers(), policy);
    (top > D::SelfCare).then_some(top)
}

/// Every rule, [`NO_WARNING_SIGNS`] included, highest tier under the policy
/// first and in [`RULES`] order within a tier; sorted once per policy.
pub(crate) fn by_disposition(policy: TriagePolicy) -> &'static [&'static Rule] {
    use std::sync::OnceLock;
    static ORDER: [OnceLock<Vec<&'static Rule>>; TriagePolicy::ALL.len()] =
        [OnceLock::new(), OnceLock::new()];
    ORDER[policy as usize].get_or_init(|| {
        let mut all: Vec<&'static Rule> = RULES
            .iter()
            .chain(std::iter::once(&NO_WARNING_SIGNS))
            .collect();
        crate::vocab::sort_by_key(&mut all, |r| std::cmp::Reverse(r.id.tier(policy)));
        all
    })
}

/// A set of triage rules, one bit per [`RuleId`], without allocation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct RuleSet(u64);

const _: () = assert!(RuleId::ALL.len() <= 64, "RuleSet holds at most 64 rules");

impl RuleSet {
    /// Adds a rule.
    pub fn insert(&mut self, id: RuleId) {
        self.0 |= 1 << id as u32;
    }

    /// Whether the rule is in the set.
    pub fn contains(self, id: RuleId) -> bool {
        self.0 >> id as u32 & 1 == 1
    }

    /// How many rules are in the set.
    pub fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    /// Whether the set is empty.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The set as bits: bit `i` stands for `RuleId::ALL[i]`. Equal sets have
    /// equal bits, so this works as a compact key.
    pub fn bits(self) -> u64 {
        self.0
    }

    /// The rules in the order [`TriageResult::fired`] lists them under the
    /// default policy: highest disposition first, then the order of [`RULES`].
    pub fn rules(self) -> impl Iterator<Item = &'static Rule> {
        self.rules_under(TriagePolicy::SelfCheck)
    }

    /// [`RuleSet::rules`] under a policy.
    pub fn rules_under(self, policy: TriagePolicy) -> impl Iterator<Item = &'static Rule> {
        by_disposition(policy)
            .iter()
            .copied()
            .filter(move |r| self.contains(r.id))
    }

    /// The ids, in the order of [`RuleSet::rules`].
    pub fn ids(self) -> impl Iterator<Item = RuleId> {
        self.rules().map(|r| r.id)
    }

    /// The highest disposition any rule in the set gives under the default
    /// policy (self-care when empty).
    pub fn disposition(self) -> Disposition {
        self.disposition_under(TriagePolicy::SelfCheck)
    }

    /// [`RuleSet::disposition`] under a policy.
    pub fn disposition_under(self, policy: TriagePolicy) -> Disposition {
        self.rules_under(policy)
            .next()
            .map_or(D::SelfCare, |r| r.id.tier(policy))
    }
}

/// What [`triage`] decides, without the texts, sources and cautions: the
/// fields a batch keeps per row. Computed by the same rules, with no allocation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TriageSummary {
    /// As [`TriageResult::disposition`].
    pub disposition: Disposition,
    /// As [`TriageResult::provisional`].
    pub provisional: bool,
    /// The ids of [`TriageResult::fired`].
    pub fired: RuleSet,
    /// How many red-flag questions are open ([`TriageResult::unanswered`]).
    pub unanswered: usize,
    /// As [`SourceAssessment::verdict`].
    pub likely_source: LikelySource,
}

/// The essentials of [`triage`] for batch use: the same checks and rules,
/// nothing allocated.
///
/// ```
/// use piriformis_core::{triage, Assessment};
/// use piriformis_core::triage::summary;
///
/// let a = Assessment::from_json(r#"{"red_flags": {"foot_drop": "present"}}"#)?;
/// let (s, full) = (summary(&a)?, triage(&a)?);
/// assert_eq!(s.disposition, full.disposition);
/// assert!(s.fired.ids().eq(full.fired.iter().map(|f| f.id)));
/// # Ok::<(), piriformis_core::Error>(())
/// ```
pub fn summary(a: &Assessment) -> Result<TriageSummary> {
    summary_with(a, TriagePolicy::SelfCheck)
}

/// [`summary`] under a policy.
pub fn summary_with(a: &Assessment, policy: TriagePolicy) -> Result<TriageSummary> {
    a.validate()
        .map_err(|e| e.with_warning_signs(a.present_flags()))?;
    let flags = a.flag_answers();
    let (fired, open) = fired_rules(a, &flags, policy);
    let (p, s) = source_counts(a, &flags);
    Ok(TriageSummary {
        disposition: fired.disposition_under(policy),
        provisional: open.any(),
        fired,
        unanswered: open.flags.count_ones() as usize,
        likely_source: LikelySource::from_counts(p, s),
    })
}

impl Error {
    /// Attaches the floor that the red flags reported present give
    /// ([`crate::triage::floor`] under the default, most urgent policy); the
    /// error stays as it is when they give none.
    pub fn with_warning_signs(self, present: Vec<crate::red_flag::RedFlag>) -> Self {
        let present = {
            let mut p = present;
            crate::vocab::sort(&mut p);
            p.dedup();
            p
        };
        match crate::triage::floor(
            present.iter().copied(),
            crate::triage::TriagePolicy::SelfCheck,
        ) {
            Some(at_least) if !matches!(self, Self::WithWarningSigns { .. }) => {
                Self::WithWarningSigns {
                    error: Box::new(self),
                    at_least,
                    present,
                }
            }
            _ => self,
        }
    }
}
