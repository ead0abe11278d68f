//! The interview catalogue as a FHIR `Questionnaire`, answers as a
//! `QuestionnaireResponse` (both ways), and the SDC adaptive next question.

use piriformis_core::Assessment;
use piriformis_core::interview::{
    AnswerKind, AnswerValue, Answers, CATALOGUE, EnableWhen, Question, QuestionId, Reply,
    ReplyKind, Step, assessment_from, next_step_with,
};
use piriformis_core::triage::{FieldValue, TriagePolicy};
use piriformis_core::vocab::Vocabulary;
use serde::{Deserialize, Serialize};

use crate::model::Coding;
use crate::{Error, canonical};

fn none<T>(v: &Option<T>) -> bool {
    v.is_none()
}

/// A FHIR R4 `Questionnaire`: the interview catalogue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Questionnaire {
    /// Always `Questionnaire`.
    pub resource_type: String,
    /// Its id.
    pub id: String,
    /// Its canonical URL.
    pub url: String,
    /// The catalogue version.
    pub version: String,
    /// A computer-friendly name.
    pub name: String,
    /// A title for people.
    pub title: String,
    /// `active`.
    pub status: String,
    /// The questions, in the order they are asked.
    pub item: Vec<QuestionnaireItem>,
}

/// One question of a [`Questionnaire`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct QuestionnaireItem {
    /// The question id.
    pub link_id: String,
    /// The prompt.
    pub text: String,
    /// `choice` or `integer`.
    #[serde(rename = "type")]
    pub kind: String,
    /// When the question applies; empty when always.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub enable_when: Vec<ItemEnableWhen>,
    /// `any` when there is more than one condition.
    #[serde(default, skip_serializing_if = "none")]
    pub enable_behavior: Option<String>,
    /// True for several-of questions.
    #[serde(default, skip_serializing_if = "none")]
    pub repeats: Option<bool>,
    /// The choices.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub answer_option: Vec<AnswerOption>,
}

/// One enable-when condition of an item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ItemEnableWhen {
    /// The earlier question's id.
    pub question: String,
    /// `=` or `>=`.
    pub operator: String,
    /// The answer compared with, for `=` on a choice.
    #[serde(default, skip_serializing_if = "none")]
    pub answer_coding: Option<Coding>,
    /// The number compared with, for `>=`.
    #[serde(default, skip_serializing_if = "none")]
    pub answer_integer: Option<i64>,
}

/// One permitted answer of a choice item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AnswerOption {
    /// The answer's code.
    pub value_coding: Coding,
}

/// A FHIR R4 `QuestionnaireResponse`: the answers so far.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct QuestionnaireResponse {
    /// Always `QuestionnaireResponse`.
    pub resource_type: String,
    /// Its id, when it has one.
    #[serde(default, skip_serializing_if = "none")]
    pub id: Option<String>,
    /// The questionnaire answered: `url|version`.
    pub questionnaire: String,
    /// `in-progress` or `completed`.
    pub status: String,
    /// One item per answered question.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub item: Vec<ResponseItem>,
}

/// The answer to one question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ResponseItem {
    /// The question id.
    pub link_id: String,
    /// The prompt, when known.
    #[serde(default, skip_serializing_if = "none")]
    pub text: Option<String>,
    /// The answers; empty for a several-of question answered with none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub answer: Vec<ResponseAnswer>,
}

/// One answer value (`value[x]`: a coding or an integer).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ResponseAnswer {
    /// A choice.
    #[serde(default, skip_serializing_if = "none")]
    pub value_coding: Option<Coding>,
    /// A number.
    #[serde(default, skip_serializing_if = "none")]
    pub value_integer: Option<i64>,
}

/// The code system a question's choices come from: one per kind of reply
/// (`yes_no`, `nerve`, `side`, ...), named by the core's [`ReplyKind`] ids.
pub fn answer_system(q: &Question) -> String {
    canonical("CodeSystem", &format!("answer-{}", q.reply_kind().id()))
}

/// The canonical URL of the questionnaire for a policy.
pub fn questionnaire_url(policy: TriagePolicy) -> String {
    canonical("Questionnaire", &format!("interview-{}", policy.id()))
}

/// `url|version` of the questionnaire for a policy.
pub fn questionnaire_canonical(policy: TriagePolicy) -> String {
    format!(
        "{}|{}",
        questionnaire_url(policy),
        piriformis_core::interview::CATALOGUE_VERSION
    )
}

fn asked(policy: TriagePolicy) -> impl Iterator<Item = &'static Question> {
    CATALOGUE.iter().filter(move |q| q.asked_under(policy))
}

fn item_of(q: &Question) -> QuestionnaireItem {
    let system = answer_system(q);
    let yes = |parent: &QuestionId| ItemEnableWhen {
        question: parent.id().to_string(),
        operator: "=".into(),
        answer_coding: Some(Coding::new(&answer_system(parent.question()), "yes", "Yes")),
        answer_integer: None,
    };
    let enable_when: Vec<ItemEnableWhen> = match q.enable_when {
        EnableWhen::Always => Vec::new(),
        EnableWhen::AnyYes { questions } => questions.iter().map(yes).collect(),
        EnableWhen::NumberAtLeast { question, value } => vec![ItemEnableWhen {
            question: question.id().to_string(),
            operator: ">=".into(),
            answer_coding: None,
            answer_integer: Some(i64::from(value)),
        }],
    };
    let numeric = matches!(q.kind, AnswerKind::Scale0To10 | AnswerKind::Weeks);
    QuestionnaireItem {
        link_id: q.id.id().to_string(),
        text: q.prompt.to_string(),
        kind: if numeric { "integer" } else { "choice" }.into(),
        enable_behavior: (enable_when.len() > 1).then(|| "any".to_string()),
        enable_when,
        repeats: (q.kind == AnswerKind::SeveralOf).then_some(true),
        answer_option: q
            .choices()
            .into_iter()
            .map(|c| AnswerOption {
                value_coding: Coding::new(&system, &c.id, &c.label),
            })
            .collect(),
    }
}

/// The interview catalogue as a `Questionnaire`, with the questions asked
/// under `policy`, in order.
pub fn questionnaire(policy: TriagePolicy) -> Questionnaire {
    Questionnaire {
        resource_type: "Questionnaire".into(),
        id: format!("interview-{}", policy.id()).replace('_', "-"),
        url: questionnaire_url(policy),
        version: piriformis_core::interview::CATALOGUE_VERSION.to_string(),
        name: "PiriformisInterview".into(),
        title: "Piriformis and sciatica self-check".into(),
        status: "active".into(),
        item: asked(policy).map(item_of).collect(),
    }
}

fn response_item(q: &Question, value: &AnswerValue) -> Result<ResponseItem, Error> {
    // Checked against its question first: a bad answer never reaches FHIR.
    let value = Reply::read(q.id, value)?.to_value();
    let system = answer_system(q);
    let labels = q.choices();
    let coding = |code: &str| {
        let label = labels
            .iter()
            .find(|c| c.id == code)
            .map_or("", |c| &c.label);
        ResponseAnswer {
            value_coding: Some(Coding::new(&system, code, label)),
            value_integer: None,
        }
    };
    let answer = match &value {
        // Whole and in range after `Reply::read`.
        AnswerValue::Number(n) => vec![ResponseAnswer {
            value_coding: None,
            value_integer: Some(*n as i64),
        }],
        AnswerValue::Choice(c) => vec![coding(c)],
        AnswerValue::Choices(cs) => cs.iter().map(|c| coding(c)).collect(),
    };
    Ok(ResponseItem {
        link_id: q.id.id().to_string(),
        text: Some(q.prompt.to_string()),
        answer,
    })
}

/// The answers as a `QuestionnaireResponse` to the questionnaire for
/// `policy`, items in catalogue order. Each answer is checked against its
/// question; `status` is `in-progress` (see [`next_question`] for `completed`).
pub fn response_from_answers(
    answers: &Answers,
    policy: TriagePolicy,
) -> Result<QuestionnaireResponse, Error> {
    let item = CATALOGUE
        .iter()
        .filter_map(|q| answers.get(&q.id).map(|v| response_item(q, v)))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(QuestionnaireResponse {
        resource_type: "QuestionnaireResponse".into(),
        id: None,
        questionnaire: questionnaire_canonical(policy),
        status: "in-progress".into(),
        item,
    })
}

/// The interview answers in a `QuestionnaireResponse`. Every item must name a
/// catalogue question and carry answers from that question's code system;
/// each answer is then checked as the interview checks it. An item without
/// answers is unanswered (the question being asked), except a several-of
/// item followed by other items, which means "none of these".
pub fn answers_from_response(qr: &QuestionnaireResponse) -> Result<Answers, Error> {
    let mut answers = Answers::new();
    let last = qr.item.len().saturating_sub(1);
    for (i, item) in qr.item.iter().enumerate() {
        let id = QuestionId::from_id(&item.link_id)
            .ok_or_else(|| Error::Invalid(format!("unknown question {:?}", item.link_id)))?;
        let q = id.question();
        // An item without answers is the question being asked (SDC), except
        // a several-of question answered with none before later answers.
        if item.answer.is_empty() && (q.kind != AnswerKind::SeveralOf || i == last) {
            continue;
        }
        let system = answer_system(q);
        let mut codes = Vec::new();
        let mut number = None;
        for a in &item.answer {
            match (&a.value_coding, a.value_integer) {
                (Some(c), None) if c.system.as_deref() == Some(&system) => {
                    codes.push(c.code.clone().unwrap_or_default());
                }
                (None, Some(n)) => number = Some(n),
                _ => {
                    return Err(Error::Invalid(format!(
                        "{}: expected a code from {system} or an integer",
                        item.link_id
                    )));
                }
            }
        }
        let value = match (q.kind, number, codes.len()) {
            (AnswerKind::Scale0To10 | AnswerKind::Weeks, Some(n), 0) => {
                AnswerValue::Number(n as f64)
            }
            (AnswerKind::SeveralOf, None, _) => AnswerValue::Choices(codes),
            (AnswerKind::YesNo | AnswerKind::OneOf, None, 1) => {
                AnswerValue::Choice(codes.remove(0))
            }
            _ => {
                return Err(Error::Invalid(format!(
                    "{}: wrong number or kind of answers",
                    item.link_id
                )));
            }
        };
        if matches!(q.reply_kind(), ReplyKind::Number) != matches!(value, AnswerValue::Number(_)) {
            return Err(Error::Invalid(format!(
                "{}: wrong kind of answer",
                item.link_id
            )));
        }
        Reply::read(id, &value)?;
        if answers.insert(id, value).is_some() {
            return Err(Error::Invalid(format!("{}: answered twice", item.link_id)));
        }
    }
    Ok(answers)
}

/// The SDC adaptive `$next-question`, as a pure function: the response with
/// the next question added as an item without an answer, or, when the
/// interview is over, the response with `status` `completed`.
pub fn next_question(
    qr: &QuestionnaireResponse,
    policy: TriagePolicy,
) -> Result<QuestionnaireResponse, Error> {
    let answers = answers_from_response(qr)?;
    let mut out = response_from_answers(&answers, policy)?;
    out.id = qr.id.clone();
    match next_step_with(&answers, policy)? {
        Step::Ask { question, .. } => out.item.push(ResponseItem {
            link_id: question.id.id().to_string(),
            text: Some(question.prompt),
            answer: Vec::new(),
        }),
        Step::Done { .. } => out.status = "completed".into(),
    }
    Ok(out)
}

/// The yes/no reply as the assessment's answer. The core keeps this mapping
/// private (`Reply::field_value`); restated here until it is public.
/// The assessment a response describes: the interview's reading of its
/// answers ([`assessment_from`]), plus every yes/no follow-up answered even
/// though its condition does not hold (a record imported from elsewhere may
/// carry one), so that no answer given is lost.
pub fn assessment_from_response(qr: &QuestionnaireResponse) -> Result<Assessment, Error> {
    let answers = answers_from_response(qr)?;
    let mut a = assessment_from(&answers)?;
    for (id, v) in &answers {
        let q = id.question();
        if q.enabled(&answers) {
            continue;
        }
        if let Reply::YesNo { value } = Reply::read(*id, v)? {
            if let Some(fv) = FieldValue::answer(q.fills, value.answer()) {
                fv.apply_to(&mut a);
            }
        }
    }
    a.validate()?;
    Ok(a)
}
