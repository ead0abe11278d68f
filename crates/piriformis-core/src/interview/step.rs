//! The interview's next step: ask the next question, ask a "not sure" once
//! more, or finish with the assessment and its triage.

use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::triage::{
    Assessment, Disposition, NerveStatus, Pathway, TriagePolicy, TriageResult, triage_with,
};
use crate::vocab::Vocabulary;

use super::catalogue::{
    AnswerKind, CATALOGUE, EnableWhen, Fills, Question, QuestionId, QuestionView, YesNo,
};
use super::reply::{AnswerValue, Answers, Replies, answers_of, assessment_from, in_question_terms};

use Disposition as D;

/// How far along the interview is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, get_all, module = "piriformis")
)]
pub struct Progress {
    /// Questions answered so far.
    pub asked: u16,
    /// An upper bound on the questions still to come.
    pub remaining_at_most: u16,
}

/// What to do next: ask, or done. Deliberately exhaustive (not
/// `#[non_exhaustive]`): an interview screen handles exactly these two.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "step")]
pub enum Step {
    /// Ask this question.
    Ask {
        /// The question.
        question: QuestionView,
        /// Progress so far.
        progress: Progress,
    },
    /// The interview is over.
    Done {
        /// The assessment built from the answers.
        assessment: Assessment,
        /// Its triage.
        triage: Box<TriageResult>,
        /// True when it ended before every question was asked: an
        /// emergency, or an urgent result that no answer left could raise.
        stopped_early: bool,
        /// Progress at the end.
        progress: Progress,
        /// The questions not asked because no answer to them could make the
        /// result more urgent (empty unless `stopped_early`); JSON leaves the
        /// field out when empty.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        not_asked: Vec<QuestionId>,
    },
}

/// The next step of the interview under the default policy, from the answers so far.
///
/// ```
/// use piriformis_core::interview::{next_step, Answers, AnswerValue, QuestionId, Step};
/// let mut answers = Answers::new();
/// let Step::Ask { question, .. } = next_step(&answers).unwrap() else { panic!() };
/// assert_eq!(question.id, QuestionId::BladderOrBowelControl);
/// answers.insert(question.id, AnswerValue::Choice("yes".into()));
/// // Its follow-up comes next: is it new or worse in the last 2 weeks?
/// let Step::Ask { question, .. } = next_step(&answers).unwrap() else { panic!() };
/// assert_eq!(question.id, QuestionId::CaudaEquinaSignsRecent);
/// answers.insert(question.id, AnswerValue::Choice("not_sure".into()));
/// let Step::Done { triage, stopped_early, .. } = next_step(&answers).unwrap() else { panic!() };
/// assert!(stopped_early);
/// assert_eq!(triage.disposition, piriformis_core::Disposition::Emergency);
/// ```
pub fn next_step(answers: &Answers) -> Result<Step> {
    next_step_with(answers, TriagePolicy::SelfCheck)
}

/// The next step of the interview under a policy: which questions are asked
/// ([`Question::asked_under`]) and when an emergency ends it follow the policy.
///
/// Each call builds the assessment and triages it, so a contradiction is
/// reported as soon as its second answer is given, and the interview stops at
/// the first answer that makes it an emergency, once that answer's own
/// follow-up questions are answered.
pub fn next_step_with(answers: &Answers, policy: TriagePolicy) -> Result<Step> {
    let assessment = assessment_from(answers)?;
    let result = triage_with(&assessment, policy).map_err(|e| in_question_terms(e, answers))?;
    let asked = CATALOGUE
        .iter()
        .filter(|q| answers.contains_key(&q.id) && q.enabled(answers))
        .count() as u16;
    let emergency = result
        .fired
        .iter()
        .any(|f| f.disposition == D::Emergency && f.pathway != Pathway::Unanswered);
    let pending = |q: &&Question| !answers.contains_key(&q.id) && q.asked_under(policy);
    // Not answered yet and may still come up.
    let to_come = |q: &&Question| pending(q) && q.could_be_enabled(answers);
    let again = |q: &&Question| may_ask_again(q, answers, policy);
    let remaining = CATALOGUE.iter().filter(|q| to_come(q) || again(q)).count() as u16;
    // Settled: urgent or more, and no answer to a question left could raise it.
    // Urgent from what was found, not only from open questions: answering
    // those can lower it, so they are asked.
    let found = result
        .fired
        .iter()
        .filter(|f| f.pathway != Pathway::Unanswered)
        .map(|f| f.disposition)
        .max()
        .unwrap_or(D::SelfCare);
    let settled = emergency
        || (found >= D::Urgent
            && !could_rise(answers, policy, result.disposition, |q| to_come(&q)));
    // Once settled, only the follow-ups of answers given are still asked:
    // they can lower it (a cauda equina sign long-standing and checked).
    let next = CATALOGUE.iter().filter(pending).find(|q| {
        q.enabled(answers) && (!settled || matches!(q.enable_when, EnableWhen::AnyYes { .. }))
    });
    if let Some(q) = next {
        return Ok(Step::Ask {
            question: q.view(),
            progress: Progress {
                asked,
                remaining_at_most: remaining,
            },
        });
    }
    // Before concluding, each "not sure" whose "yes" would make it an
    // emergency is asked once more, with a check to do now.
    if !emergency {
        let mut left = CATALOGUE.iter().filter(again);
        if let Some(view) = left
            .find(|q| yes_would_be_emergency(q.id, answers, policy))
            .and_then(|q| q.view_again())
        {
            return Ok(Step::Ask {
                question: view,
                progress: Progress {
                    asked,
                    remaining_at_most: 1 + left.count() as u16,
                },
            });
        }
    }
    let not_asked: Vec<QuestionId> = CATALOGUE.iter().filter(to_come).map(|q| q.id).collect();
    Ok(Step::Done {
        assessment,
        triage: Box::new(result),
        stopped_early: settled && !not_asked.is_empty(),
        progress: Progress {
            asked,
            remaining_at_most: 0,
        },
        not_asked: if settled { not_asked } else { Vec::new() },
    })
}

/// Whether a question answered "not sure" may be asked once more: it has a
/// check to do now, it applies, and it has not been asked again yet.
fn may_ask_again(q: &Question, answers: &Answers, policy: TriagePolicy) -> bool {
    q.check_again().is_some()
        && q.asked_under(policy)
        && q.enabled(answers)
        && matches!(answers.get(&q.id), Some(AnswerValue::Choice(c)) if c == YesNo::NotSure.id())
}

/// Whether answering `q` "yes", all else as it is, gives an emergency (a
/// what-if that does not read counts as yes).
fn yes_would_be_emergency(q: QuestionId, answers: &Answers, policy: TriagePolicy) -> bool {
    let mut what_if = answers.clone();
    what_if.insert(q, AnswerValue::Choice(YesNo::Yes.id().into()));
    assessment_from(&what_if)
        .and_then(|a| triage_with(&a, policy))
        .map_or(true, |r| r.disposition == D::Emergency)
}

/// Whether the questions still to ask (`left`), answered together at their
/// worst ("yes", getting worse, every place, the top of a range, follow-ups
/// "yes"), would make the triage more urgent than `now`. Together, not one at
/// a time: past cancer and a tingling leg are each harmless alone beside a
/// fever, an emergency together. Triage never falls when a finding is added,
/// so no mix of real answers can go higher. A what-if that does not read
/// (a contradiction with an answer given) counts as "could".
fn could_rise(
    answers: &Answers,
    policy: TriagePolicy,
    now: Disposition,
    left: impl Fn(&'static Question) -> bool,
) -> bool {
    let mut what_if = answers.clone();
    for q in CATALOGUE.iter().filter(|q| left(q)) {
        let worst = match (q.kind, q.fills) {
            (AnswerKind::YesNo, _) => Some(AnswerValue::Choice("yes".into())),
            (_, Fills::Nerve(_)) => Some(AnswerValue::Choice(NerveStatus::Worsening.id().into())),
            (AnswerKind::SeveralOf, _) => Some(AnswerValue::Choices(
                q.choices().into_iter().map(|c| c.id).collect(),
            )),
            (AnswerKind::OneOf, _) => q
                .choices()
                .into_iter()
                .next()
                .map(|c| AnswerValue::Choice(c.id)),
            _ => match q.fills.kind() {
                crate::triage::FieldKind::Number { range } => {
                    Some(AnswerValue::Number(f64::from(range.max)))
                }
                _ => None,
            },
        };
        if let Some(v) = worst {
            what_if.insert(q.id, v);
        }
    }
    assessment_from(&what_if)
        .and_then(|a| triage_with(&a, policy))
        .map_or(true, |r| r.disposition > now)
}

/// The next step from typed replies under a policy: [`next_step_with`] on
/// their ids ([`answers_of`]).
pub fn next_step_replies(replies: &Replies, policy: TriagePolicy) -> Result<Step> {
    next_step_with(&answers_of(replies), policy)
}
