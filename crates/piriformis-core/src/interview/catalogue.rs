//! The question catalogue: the questions as data, in the order they are
//! asked, their choices, and when each applies.

use serde::{Deserialize, Serialize};

use crate::red_flag::RedFlag;
use crate::symptom::{Aggravator, TenderArea};
use crate::triage::{Answer, Disposition, Field, NerveSign, Side, TriagePolicy};
use crate::trigger_point::{BodyRegion, PainQuality};
use crate::vocab::{Vocabulary, vocabulary};

use super::reply::{AnswerValue, Answers};

vocabulary! {
    /// A question in the catalogue, in the order it is asked.
    pub enum QuestionId {
        /// Red flag: bladder or bowel control.
        BladderOrBowelControl,
        /// Red flag: saddle numbness.
        SaddleNumbness,
        /// Red flag: both legs.
        BothLegs,
        /// Follow-up of a cauda equina "yes": is it new or worse within 2 weeks.
        CaudaEquinaSignsRecent,
        /// Red flag: a serious accident.
        SeriousAccident,
        /// Red flag: sexual dysfunction (alone same-day; an emergency with another cauda equina sign).
        SexualDysfunction,
        /// Red flag: foot drop.
        FootDrop,
        /// Red flag: unsteady walking.
        UnsteadyWalking,
        /// Leg weakness and whether it is getting worse.
        Weakness,
        /// Red flag: fever.
        Fever,
        /// Red flag: injecting drugs.
        InjectingDrugUse,
        /// Red flag: a recent infection, or a wound or procedure on the back.
        RecentInfection,
        /// Red flag: weight loss.
        UnexplainedWeightLoss,
        /// Red flag: pain not eased by rest.
        PainNotEasedByRest,
        /// Red flag: past cancer.
        HistoryOfCancer,
        /// Red flag: night sweats.
        NightSweats,
        /// Red flag: weakened immune system.
        Immunosuppression,
        /// Follow-up of a weakened immune system: chemotherapy in the last 6 weeks.
        RecentChemotherapy,
        /// Red flag: osteoporosis or steroids.
        OsteoporosisOrSteroids,
        /// Red flag: new pain under 20 or over 50.
        NewPainUnder20OrOver50,
        /// Age in years.
        Age,
        /// Did it start after a fall or accident.
        AfterFallOrAccident,
        /// Red flag: did it start after a strenuous lift (asked at 50 or over, or with fragile bones).
        StrenuousLift,
        /// Numbness and whether it is getting worse.
        Numbness,
        /// Tingling and whether it is getting worse.
        Tingling,
        /// Red flag: severe or constant pain.
        SevereOrConstantPain,
        /// Red flag: pain getting steadily worse.
        PainGettingWorse,
        /// Red flag: a lump, swelling or change of shape in the back.
        LumpOrSwelling,
        /// Which side hurts.
        Side,
        /// Pain now, 0-10.
        PainNow,
        /// Where it hurts.
        PainRegions,
        /// How it feels.
        PainQualities,
        /// What makes it worse.
        WorseWith,
        /// Where it is tender.
        TenderAreas,
        /// Weeks of self-care so far.
        SelfCareWeeks,
        /// Did self-care help.
        SelfCareHelped,
        /// Does it keep coming back.
        KeepsComingBack,
    }
}

vocabulary! {
    /// The kind of answer a question takes.
    pub enum AnswerKind {
        /// "yes", "no" or "not_sure".
        YesNo,
        /// Exactly one of the choices.
        OneOf,
        /// Any number of the choices (an empty list means none).
        SeveralOf,
        /// A whole number from 0 to 10.
        Scale0To10,
        /// A whole number of weeks, 0 to 520.
        Weeks,
        /// A whole number of years, 0 to 120.
        Years,
    }
}

vocabulary! {
    /// A yes/no answer. "Not sure" is a real answer and never counts as "no".
    pub enum YesNo {
        /// Yes.
        Yes,
        /// No.
        No,
        /// Not sure.
        NotSure,
        /// Still not sure, after the question was asked again with a check to
        /// do ([`QuestionView::again`]): unknown, like "not sure", and not
        /// asked a third time.
        StillNotSure,
        /// The question does not fit this person (for sexual function: not
        /// sexually active since the pain began). Offered only where the
        /// red flag's record names it ([`crate::red_flag::RedFlagRecord::does_not_apply`]),
        /// and read as "not found" there because other questions check the
        /// same nerves; kept apart from "no" so the answers say what was meant.
        DoesNotApply,
    }
}

impl YesNo {
    /// The finding this answer gives: yes is present, no (or "does not
    /// apply") is absent, and "not sure" stays unknown (never "no"). The one
    /// such mapping.
    pub const fn answer(self) -> Answer {
        match self {
            Self::Yes => Answer::Present,
            Self::No | Self::DoesNotApply => Answer::Absent,
            Self::NotSure | Self::StillNotSure => Answer::Unknown,
        }
    }
}

vocabulary! {
    /// Which kind of typed reply a question takes.
    pub enum ReplyKind {
        /// The reply is a yes, no or not sure.
        YesNo,
        /// The reply is a nerve symptom's state.
        Nerve,
        /// The reply is a side.
        Side,
        /// The reply is where it hurts.
        PainRegions,
        /// The reply is how it feels.
        PainQualities,
        /// The reply is what makes it worse.
        WorseWith,
        /// The reply is where it is tender.
        TenderAreas,
        /// The reply is a whole number.
        Number,
    }
}

/// The version of the question catalogue: bumped whenever a question id is
/// added, removed or renamed, or the answers a question accepts change, so an
/// app can tell whether answers it saved still fit ([`answers_from_json_lenient`](super::answers_from_json_lenient)).
/// A test fingerprints the catalogue, so a change without a new version fails.
pub const CATALOGUE_VERSION: u16 = 3;

/// Which assessment field a question fills: the core's one field schema.
pub type Fills = Field;

/// When a question applies, like FHIR Questionnaire `enableWhen`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "when")]
pub enum EnableWhen {
    /// Always asked.
    Always,
    /// Asked when an earlier numeric answer is at least `value`.
    NumberAtLeast {
        /// The earlier question.
        question: QuestionId,
        /// The threshold.
        value: u16,
    },
    /// A follow-up: asked when any of these earlier yes/no questions was answered "yes".
    AnyYes {
        /// The earlier questions.
        questions: &'static [QuestionId],
    },
    /// Asked when any of these earlier yes/no questions was answered "yes",
    /// or the earlier numeric answer is at least `value` (FHIR
    /// `enableBehavior: any`). Not a follow-up: the answer stands alone.
    AnyYesOrAtLeast {
        /// The earlier yes/no questions.
        questions: &'static [QuestionId],
        /// The earlier numeric question.
        question: QuestionId,
        /// The threshold.
        value: u16,
    },
}

/// A question of the catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Question {
    /// Its id.
    pub id: QuestionId,
    /// The prompt.
    pub prompt: &'static str,
    /// Help text shown on request.
    pub help: &'static str,
    /// The kind of answer.
    pub kind: AnswerKind,
    /// The assessment field it fills.
    pub fills: Fills,
    /// How urgent a "yes" can be: emergency questions are asked first.
    pub tier: Disposition,
    /// When it applies.
    pub enable_when: EnableWhen,
    /// Asked only under this policy, when set (its answer is read under any policy).
    pub only_under: Option<TriagePolicy>,
}

/// One choice of a one-of or several-of question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, get_all, module = "piriformis")
)]
pub struct Choice {
    /// The id to send back.
    pub id: String,
    /// The label to show.
    pub label: String,
}

/// A question ready to show: the record plus its choices.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, get_all, module = "piriformis", name = "Question")
)]
pub struct QuestionView {
    /// Its id.
    pub id: QuestionId,
    /// The prompt.
    pub prompt: String,
    /// Help text.
    pub help: String,
    /// The kind of answer.
    pub kind: AnswerKind,
    /// The choices, for yes/no, one-of and several-of questions.
    pub choices: Vec<Choice>,
    /// How urgent a "yes" can be.
    pub tier: Disposition,
    /// True when the question is asked a second time after "not sure": the
    /// help is then a check to do now, and "still not sure" replaces "not
    /// sure" among the choices. JSON written before this field reads as false.
    #[serde(default)]
    pub again: bool,
}

use Disposition as D;
use QuestionId as Q;

const fn yes_no(id: QuestionId, flag: RedFlag) -> Question {
    let r = flag.record();
    Question {
        id,
        prompt: r.question,
        help: r.help,
        kind: AnswerKind::YesNo,
        fills: Fills::RedFlag(flag),
        tier: flag.tier(),
        enable_when: EnableWhen::Always,
        only_under: None,
    }
}

/// A yes/no follow-up, asked when any of `parents` is answered "yes".
const fn follow_up(
    id: QuestionId,
    flag: RedFlag,
    parents: &'static [QuestionId],
    only_under: Option<TriagePolicy>,
) -> Question {
    Question {
        enable_when: EnableWhen::AnyYes { questions: parents },
        only_under,
        ..yes_no(id, flag)
    }
}

const fn nerve(id: QuestionId, sign: NerveSign, tier: Disposition) -> Question {
    Question {
        id,
        prompt: sign.question(),
        help: sign.help(),
        kind: AnswerKind::OneOf,
        fills: Fills::Nerve(sign),
        tier,
        enable_when: EnableWhen::Always,
        only_under: None,
    }
}

/// The question catalogue, in the order questions are asked.
pub const CATALOGUE: &[Question] = &[
    yes_no(Q::BladderOrBowelControl, RedFlag::BladderOrBowelControl),
    yes_no(Q::SaddleNumbness, RedFlag::SaddleNumbness),
    yes_no(Q::BothLegs, RedFlag::BothLegs),
    follow_up(
        Q::CaudaEquinaSignsRecent,
        RedFlag::CaudaEquinaSignsRecent,
        &[Q::BladderOrBowelControl, Q::SaddleNumbness, Q::BothLegs],
        None,
    ),
    yes_no(Q::SeriousAccident, RedFlag::SeriousAccident),
    yes_no(Q::SexualDysfunction, RedFlag::SexualDysfunction),
    yes_no(Q::FootDrop, RedFlag::FootDrop),
    yes_no(Q::UnsteadyWalking, RedFlag::UnsteadyWalking),
    nerve(Q::Weakness, NerveSign::Weakness, D::Urgent),
    yes_no(Q::Fever, RedFlag::Fever),
    yes_no(Q::InjectingDrugUse, RedFlag::InjectingDrugUse),
    yes_no(Q::RecentInfection, RedFlag::RecentInfection),
    yes_no(Q::UnexplainedWeightLoss, RedFlag::UnexplainedWeightLoss),
    yes_no(Q::PainNotEasedByRest, RedFlag::PainNotEasedByRest),
    yes_no(Q::HistoryOfCancer, RedFlag::HistoryOfCancer),
    yes_no(Q::NightSweats, RedFlag::NightSweats),
    yes_no(Q::Immunosuppression, RedFlag::Immunosuppression),
    follow_up(
        Q::RecentChemotherapy,
        RedFlag::RecentChemotherapy,
        &[Q::Immunosuppression],
        None,
    ),
    yes_no(Q::OsteoporosisOrSteroids, RedFlag::OsteoporosisOrSteroids),
    yes_no(Q::NewPainUnder20OrOver50, RedFlag::NewPainUnder20OrOver50),
    Question {
        id: Q::Age,
        prompt: "How old are you, in whole years?",
        help: "Age changes what a fall or a first episode of pain may mean.",
        kind: AnswerKind::Years,
        fills: Fills::Age,
        tier: D::SeeClinicianSoon,
        enable_when: EnableWhen::Always,
        only_under: None,
    },
    Question {
        id: Q::AfterFallOrAccident,
        prompt: "Did the pain start after a fall, a car accident or a blow to the hip?",
        help: "Answer yes even if the fall seemed minor.",
        kind: AnswerKind::YesNo,
        fills: Fills::AfterFall,
        tier: D::SeeClinicianSoon,
        enable_when: EnableWhen::Always,
        only_under: None,
    },
    // Only where it can matter: fragile bones, or 50 or over
    // (`FallWithFragileBones`, [`crate::triage::FRACTURE_AGE`]).
    Question {
        enable_when: EnableWhen::AnyYesOrAtLeast {
            questions: &[Q::OsteoporosisOrSteroids, Q::NewPainUnder20OrOver50],
            question: Q::Age,
            value: crate::triage::FRACTURE_AGE as u16,
        },
        ..yes_no(Q::StrenuousLift, RedFlag::StrenuousLift)
    },
    nerve(Q::Numbness, NerveSign::Numbness, D::SeeClinicianSoon),
    nerve(Q::Tingling, NerveSign::Tingling, D::SeeClinicianSoon),
    yes_no(Q::SevereOrConstantPain, RedFlag::SevereOrConstantPain),
    yes_no(Q::PainGettingWorse, RedFlag::PainGettingWorse),
    yes_no(Q::LumpOrSwelling, RedFlag::LumpOrSwelling),
    Question {
        id: Q::Side,
        prompt: "Which side hurts?",
        help: "Choose both if both buttocks hurt.",
        kind: AnswerKind::OneOf,
        fills: Fills::Side,
        tier: D::SelfCare,
        enable_when: EnableWhen::Always,
        only_under: None,
    },
    Question {
        id: Q::PainNow,
        prompt: "How bad is the pain right now, from 0 (none) to 10 (worst imaginable)?",
        help: "A whole number from 0 to 10.",
        kind: AnswerKind::Scale0To10,
        fills: Fills::PainNow,
        tier: D::SeeClinician,
        enable_when: EnableWhen::Always,
        only_under: None,
    },
    Question {
        id: Q::PainRegions,
        prompt: "Where do you feel it?",
        help: "Pick all that apply, or none.",
        kind: AnswerKind::SeveralOf,
        fills: Fills::PainRegions,
        tier: D::SelfCare,
        enable_when: EnableWhen::Always,
        only_under: None,
    },
    Question {
        id: Q::PainQualities,
        prompt: "How does it feel?",
        help: "Pick all that apply, or none.",
        kind: AnswerKind::SeveralOf,
        fills: Fills::PainQualities,
        tier: D::SelfCare,
        enable_when: EnableWhen::Always,
        only_under: None,
    },
    Question {
        id: Q::WorseWith,
        prompt: "What makes it worse?",
        help: "Pick all that apply, or none. This helps tell piriformis pain from sciatica that starts in the spine.",
        kind: AnswerKind::SeveralOf,
        fills: Fills::WorseWith,
        tier: D::SelfCare,
        enable_when: EnableWhen::Always,
        only_under: None,
    },
    Question {
        id: Q::TenderAreas,
        prompt: "Where is it tender when you press?",
        help: "Press deep in the buttock, and along the spine. Pick all that apply, or none.",
        kind: AnswerKind::SeveralOf,
        fills: Fills::TenderAreas,
        tier: D::SelfCare,
        enable_when: EnableWhen::Always,
        only_under: None,
    },
    Question {
        id: Q::SelfCareWeeks,
        prompt: "For how many weeks have you tried self-care (stretching, release, heat or cold)?",
        help: "A whole number of weeks; 0 if you are just starting.",
        kind: AnswerKind::Weeks,
        fills: Fills::SelfCareWeeks,
        tier: D::SeeClinician,
        enable_when: EnableWhen::Always,
        only_under: None,
    },
    Question {
        id: Q::SelfCareHelped,
        prompt: "Has the self-care clearly helped?",
        help: "Answer no if it is about the same or worse.",
        kind: AnswerKind::YesNo,
        fills: Fills::SelfCareHelped,
        tier: D::SeeClinician,
        enable_when: EnableWhen::NumberAtLeast {
            question: Q::SelfCareWeeks,
            value: 1,
        },
        only_under: None,
    },
    Question {
        id: Q::KeepsComingBack,
        prompt: "Does the pain keep coming back soon after it eases?",
        help: "Answer yes if it has returned quickly more than once.",
        kind: AnswerKind::YesNo,
        fills: Fills::KeepsComingBack,
        tier: D::SeeClinician,
        enable_when: EnableWhen::Always,
        only_under: None,
    },
];

impl QuestionId {
    /// The question with this id.
    pub fn question(self) -> &'static Question {
        // The catalogue lists every id once, in declaration order.
        &CATALOGUE[self as usize]
    }
}

fn label_of(id: &str) -> String {
    let s = id.replace('_', " ");
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

fn choices_of<T: Vocabulary>(label: fn(T) -> String) -> Vec<Choice> {
    T::ALL
        .iter()
        .map(|&v| Choice {
            id: v.id().to_string(),
            label: label(v),
        })
        .collect()
}

/// The yes/no choices offered the first time: ids of [`YesNo`], in order (a
/// test checks it). "Does not apply" goes before "not sure" where offered,
/// and "still not sure" replaces "not sure" when asked again.
const YES_NO: [(&str, &str); 3] = [("yes", "Yes"), ("no", "No"), ("not_sure", "Not sure")];
const STILL_NOT_SURE: (&str, &str) = ("still_not_sure", "Still not sure");
const NERVE: [(&str, &str); 4] = [
    ("absent", "No"),
    ("stable", "Yes, but not getting worse"),
    ("worsening", "Yes, and getting worse"),
    ("not_sure", "Not sure"),
];

impl Question {
    /// The choices a caller may send back, for yes/no and choice questions.
    pub fn choices(&self) -> Vec<Choice> {
        let pairs = |p: &[(&str, &str)]| {
            p.iter()
                .map(|(i, l)| Choice {
                    id: i.to_string(),
                    label: l.to_string(),
                })
                .collect()
        };
        match (self.kind, self.fills) {
            (AnswerKind::YesNo, _) => {
                let mut out: Vec<Choice> = pairs(&YES_NO[..2]);
                if let Some(label) = self.does_not_apply() {
                    out.push(Choice {
                        id: YesNo::DoesNotApply.id().to_string(),
                        label: label.to_string(),
                    });
                }
                out.extend(pairs(&YES_NO[2..]));
                out
            }
            (_, Fills::Nerve(_)) => pairs(&NERVE),
            (_, Fills::Side) => choices_of::<Side>(|v| label_of(v.id())),
            (_, Fills::PainRegions) => choices_of::<BodyRegion>(|v| label_of(v.id())),
            (_, Fills::PainQualities) => choices_of::<PainQuality>(|v| label_of(v.id())),
            (_, Fills::WorseWith) => {
                choices_of::<Aggravator>(|v| v.record().description.to_string())
            }
            (_, Fills::TenderAreas) => choices_of::<TenderArea>(|v| match v {
                TenderArea::DeepButtock => "Deep in the buttock".to_string(),
                TenderArea::Spine => "Over the spine".to_string(),
            }),
            _ => Vec::new(),
        }
    }

    /// Whether `id` is one of this question's choices (no allocation).
    pub(super) fn accepts(&self, id: &str) -> bool {
        match (self.kind, self.fills) {
            (AnswerKind::YesNo, _) => {
                YES_NO.iter().any(|(i, _)| *i == id)
                    || (id == STILL_NOT_SURE.0 && self.check_again().is_some())
                    || (id == YesNo::DoesNotApply.id() && self.does_not_apply().is_some())
            }
            (_, Fills::Nerve(_)) => NERVE.iter().any(|(i, _)| *i == id),
            (_, Fills::Side) => Side::ALL.iter().any(|v| v.id() == id),
            _ => self.choices().iter().any(|c| c.id == id),
        }
    }

    /// Which case of [`Reply`](super::Reply) answers it.
    pub fn reply_kind(&self) -> ReplyKind {
        match (self.kind, self.fills) {
            (AnswerKind::YesNo, _) => ReplyKind::YesNo,
            (_, Fills::Nerve(_)) => ReplyKind::Nerve,
            (_, Fills::Side) => ReplyKind::Side,
            (_, Fills::PainRegions) => ReplyKind::PainRegions,
            (_, Fills::PainQualities) => ReplyKind::PainQualities,
            (_, Fills::WorseWith) => ReplyKind::WorseWith,
            (_, Fills::TenderAreas) => ReplyKind::TenderAreas,
            _ => ReplyKind::Number,
        }
    }

    /// The question ready to show.
    pub fn view(&self) -> QuestionView {
        QuestionView {
            id: self.id,
            prompt: self.prompt.to_string(),
            help: self.help.to_string(),
            kind: self.kind,
            choices: self.choices(),
            tier: self.tier,
            again: false,
        }
    }

    /// The question as asked a second time after "not sure" (the interview
    /// does this once, for a question whose "yes" would mean emergency
    /// care): the help is the check to do now, and "still not sure" takes
    /// the place of "not sure". `None` for questions without such a check.
    pub fn view_again(&self) -> Option<QuestionView> {
        let check = self.check_again()?;
        let mut choices = self.choices();
        for c in &mut choices {
            if c.id == YesNo::NotSure.id() {
                c.id = STILL_NOT_SURE.0.to_string();
                c.label = STILL_NOT_SURE.1.to_string();
            }
        }
        Some(QuestionView {
            help: check.to_string(),
            choices,
            again: true,
            ..self.view()
        })
    }

    /// The check to do now when the question is asked again, from its red
    /// flag's record ([`crate::red_flag::RedFlagRecord::check_again`]).
    pub fn check_again(&self) -> Option<&'static str> {
        match (self.kind, self.fills) {
            (AnswerKind::YesNo, Fills::RedFlag(f)) => f.record().check_again,
            _ => None,
        }
    }

    /// The label of the "does not apply" answer, where offered
    /// ([`crate::red_flag::RedFlagRecord::does_not_apply`]).
    pub fn does_not_apply(&self) -> Option<&'static str> {
        match (self.kind, self.fills) {
            (AnswerKind::YesNo, Fills::RedFlag(f)) => f.record().does_not_apply,
            _ => None,
        }
    }

    /// Whether its enable-when condition holds for the answers so far.
    pub fn enabled(&self, answers: &Answers) -> bool {
        match self.enable_when {
            EnableWhen::Always => true,
            EnableWhen::NumberAtLeast { question, value } => {
                matches!(answers.get(&question), Some(AnswerValue::Number(n)) if *n >= f64::from(value))
            }
            EnableWhen::AnyYes { questions } => yes_to_any(questions, answers),
            EnableWhen::AnyYesOrAtLeast {
                questions,
                question,
                value,
            } => {
                yes_to_any(questions, answers)
                    || matches!(answers.get(&question), Some(AnswerValue::Number(n)) if *n >= f64::from(value))
            }
        }
    }

    /// Whether it is asked under a policy.
    pub fn asked_under(&self, policy: TriagePolicy) -> bool {
        self.only_under.is_none_or(|p| p == policy)
    }

    /// Whether it may still be asked, given the answers so far.
    pub(super) fn could_be_enabled(&self, answers: &Answers) -> bool {
        match self.enable_when {
            EnableWhen::Always => true,
            EnableWhen::NumberAtLeast { question, .. } => {
                !answers.contains_key(&question) || self.enabled(answers)
            }
            EnableWhen::AnyYes { questions } => {
                questions.iter().any(|q| !answers.contains_key(q)) || self.enabled(answers)
            }
            EnableWhen::AnyYesOrAtLeast {
                questions,
                question,
                ..
            } => {
                questions.iter().any(|q| !answers.contains_key(q))
                    || !answers.contains_key(&question)
                    || self.enabled(answers)
            }
        }
    }
}

fn yes_to_any(questions: &[QuestionId], answers: &Answers) -> bool {
    questions
        .iter()
        .any(|q| matches!(answers.get(q), Some(AnswerValue::Choice(c)) if c == "yes"))
}

/// The whole catalogue, ready to show, for apps that render it themselves.
pub fn catalogue() -> Vec<QuestionView> {
    CATALOGUE.iter().map(Question::view).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_yes_no_choices_are_the_yes_no_vocabulary() {
        assert_eq!(
            YES_NO.iter().map(|(i, _)| *i).collect::<Vec<_>>(),
            YesNo::ids()[..3]
        );
        // Every yes/no choice offered, first time or again, is a YesNo id, and
        // every YesNo id is offered by some question.
        let offered: std::collections::BTreeSet<String> = CATALOGUE
            .iter()
            .filter(|q| q.kind == AnswerKind::YesNo)
            .flat_map(|q| {
                q.choices()
                    .into_iter()
                    .chain(q.view_again().into_iter().flat_map(|v| v.choices))
            })
            .map(|c| c.id)
            .collect();
        let vocabulary: std::collections::BTreeSet<String> =
            YesNo::ids().iter().map(|s| s.to_string()).collect();
        assert_eq!(offered, vocabulary);
        for q in CATALOGUE.iter().filter(|q| q.kind == AnswerKind::YesNo) {
            for c in q
                .choices()
                .into_iter()
                .chain(q.view_again().into_iter().flat_map(|v| v.choices))
            {
                assert!(
                    q.accepts(&c.id),
                    "{:?} offers {} but does not accept it",
                    q.id,
                    c.id
                );
            }
        }
    }
}
