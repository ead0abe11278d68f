//! The interview catalogue as a FHIR `Questionnaire`, answers as a
//! `QuestionnaireResponse` (both ways), and the SDC adaptive next question.

use piriformis_core as core;
use piriformis_core::input::{MAX_DEPTH, MAX_LIST_ITEMS, MAX_STRING_CHARS};
use piriformis_core::interview::{
    AnswerKind, AnswerValue, Answers, CATALOGUE, EnableWhen, Fills, Question, QuestionId, Reply,
    ReplyKind, Step, assessment_from, next_step_with,
};
use piriformis_core::triage::{FieldValue, TriagePolicy};
use piriformis_core::vocab::Vocabulary;
use piriformis_core::{Assessment, RedFlag};
use serde::{Deserialize, Serialize};

use crate::model::Coding;
use crate::salvage::{yes_flags_in_response, yes_flags_in_text, yes_flags_in_value};
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
    /// Nested items: the questions of a group (an item without answers).
    /// Read as if they followed this item; this crate writes none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub item: Vec<ResponseItem>,
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
    /// Items nested under this answer (R4 allows them). Read as if they
    /// followed the item answered; this crate writes none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub item: Vec<ResponseItem>,
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
    let at_least = |question: QuestionId, value: u16| ItemEnableWhen {
        question: question.id().to_string(),
        operator: ">=".into(),
        answer_coding: None,
        answer_integer: Some(i64::from(value)),
    };
    let enable_when: Vec<ItemEnableWhen> = match q.enable_when {
        EnableWhen::Always => Vec::new(),
        EnableWhen::AnyYes { questions } => questions.iter().map(yes).collect(),
        EnableWhen::NumberAtLeast { question, value } => vec![at_least(question, value)],
        EnableWhen::AnyYesOrAtLeast {
            questions,
            question,
            value,
        } => questions
            .iter()
            .map(yes)
            .chain([at_least(question, value)])
            .collect(),
    };
    let numeric = matches!(
        q.kind,
        AnswerKind::Scale0To10 | AnswerKind::Weeks | AnswerKind::Years
    );
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
            item: Vec::new(),
        }
    };
    let answer = match &value {
        // Whole and in range after `Reply::read`.
        AnswerValue::Number(n) => vec![ResponseAnswer {
            value_coding: None,
            value_integer: Some(*n as i64),
            item: Vec::new(),
        }],
        AnswerValue::Choice(c) => vec![coding(c)],
        AnswerValue::Choices(cs) => cs.iter().map(|c| coding(c)).collect(),
    };
    Ok(ResponseItem {
        link_id: q.id.id().to_string(),
        text: Some(q.prompt.to_string()),
        answer,
        item: Vec::new(),
    })
}

/// The answers as a `QuestionnaireResponse` to the questionnaire for
/// `policy`, items in catalogue order. Each answer is checked against its
/// question; `status` is `in-progress` (see [`next_question`] for `completed`).
/// An error keeps the floor of the red flags answered "yes".
pub fn response_from_answers(
    answers: &Answers,
    policy: TriagePolicy,
) -> Result<QuestionnaireResponse, Error> {
    let item = CATALOGUE
        .iter()
        .filter_map(|q| answers.get(&q.id).map(|v| response_item(q, v)))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| floored(e, &core::interview::yes_flags(answers)))?;
    Ok(QuestionnaireResponse {
        resource_type: "QuestionnaireResponse".into(),
        id: None,
        questionnaire: questionnaire_canonical(policy),
        status: "in-progress".into(),
        item,
    })
}

/// The error with the floor of these red flags added to any it has
/// ([`core::Error::with_warning_signs`]); every reader error becomes a
/// core error, so that the floor can travel with it.
fn floored(e: Error, yes: &[RedFlag]) -> Error {
    let e = match e {
        Error::Core(e) => e,
        Error::Invalid(message) => core::Error::Json {
            message: format!("not a valid response: {message}"),
        },
        Error::Json(e) => e.into(),
    };
    Error::Core(with_floor(e, yes))
}

fn with_floor(e: core::Error, yes: &[RedFlag]) -> core::Error {
    match e {
        core::Error::WithWarningSigns {
            error, mut present, ..
        } => {
            present.extend_from_slice(yes);
            error.with_warning_signs(present)
        }
        e => e.with_warning_signs(yes.to_vec()),
    }
}

fn too_large(field: &str, found: String, allowed: String) -> core::Error {
    core::Error::TooLarge {
        field: field.to_string(),
        found,
        allowed,
    }
}

fn check_text(field: &str, text: &str) -> Result<(), core::Error> {
    let n = text.chars().count();
    if n > MAX_STRING_CHARS {
        return Err(too_large(
            field,
            format!("a string of {n} characters"),
            format!("at most {MAX_STRING_CHARS} characters"),
        ));
    }
    Ok(())
}

fn check_list<T>(field: &str, list: &[T]) -> Result<(), core::Error> {
    if list.len() > MAX_LIST_ITEMS {
        return Err(too_large(
            field,
            format!("{} items", list.len()),
            format!("at most {MAX_LIST_ITEMS} items in a list"),
        ));
    }
    Ok(())
}

/// One item of a response and where it is (`item[2].item[0]`).
struct Placed<'a> {
    item: &'a ResponseItem,
    path: String,
}

/// Every item of a response, nested ones included (`item.item` and
/// `answer.item`), each followed by those under its answers and then by
/// those under it: the order in which a form shows them. Within the same
/// limits as JSON input ([`piriformis_core::input`]): at most
/// [`MAX_DEPTH`] levels of items, [`MAX_LIST_ITEMS`] items in all (and in
/// any one list) and [`MAX_STRING_CHARS`] characters in a `linkId`.
fn flatten<'a>(
    items: &'a [ResponseItem],
    at: &str,
    level: usize,
    out: &mut Vec<Placed<'a>>,
) -> Result<(), core::Error> {
    check_list(at, items)?;
    if level > MAX_DEPTH {
        return Err(too_large(
            at,
            format!("items nested more than {MAX_DEPTH} levels deep"),
            format!("at most {MAX_DEPTH} levels of nested items"),
        ));
    }
    for (i, item) in items.iter().enumerate() {
        let path = format!("{at}[{i}]");
        if out.len() == MAX_LIST_ITEMS {
            return Err(too_large(
                &path,
                format!("more than {MAX_LIST_ITEMS} items, nested ones included"),
                format!("at most {MAX_LIST_ITEMS} items in a response"),
            ));
        }
        check_text(&format!("{path}.linkId"), &item.link_id)?;
        check_list(&format!("{path}.answer"), &item.answer)?;
        out.push(Placed {
            item,
            path: path.clone(),
        });
        for (j, a) in item.answer.iter().enumerate() {
            flatten(&a.item, &format!("{path}.answer[{j}].item"), level + 1, out)?;
        }
        flatten(&item.item, &format!("{path}.item"), level + 1, out)?;
    }
    Ok(())
}

/// The one resource type read: anything else is refused, naming the field.
fn check_resource_type(qr: &QuestionnaireResponse) -> Result<(), core::Error> {
    const RESOURCE_TYPE: &str = "QuestionnaireResponse";
    if qr.resource_type != RESOURCE_TYPE {
        return Err(core::Error::UnknownValue {
            field: "resourceType".into(),
            value: qr.resource_type.clone(),
            allowed: RESOURCE_TYPE.into(),
        });
    }
    Ok(())
}

/// The interview answers in a `QuestionnaireResponse`. Every item must name a
/// catalogue question and carry answers from that question's code system;
/// each answer is then checked as the interview checks it. Nested items
/// (a group's `item`, an answer's `item`) are read as if they followed their
/// parent; an item without answers but with nested items is a group, and its
/// `linkId` is not read. An item without answers is unanswered (the question
/// being asked), except a several-of item followed by other items, which
/// means "none of these". The response must be a `QuestionnaireResponse`
/// within the limits of JSON input ([`piriformis_core::input`]).
///
/// Bad input never hides a warning sign: an error carries the floor
/// ([`core::Error::at_least`]) of every red-flag question answered "yes"
/// anywhere in the response ([`crate::salvage`]), and a "yes" that the
/// reader did not read as such (in a `contained` resource, an extension, ...)
/// is itself an error with that floor.
pub fn answers_from_response(qr: &QuestionnaireResponse) -> Result<Answers, Error> {
    let yes = yes_flags_in_response(qr);
    read_answers(qr, &yes).map_err(|e| floored(e, &yes))
}

/// [`answers_from_response`] on JSON text: read by the core's strict reader
/// ([`piriformis_core::input::from_json`]: repeated keys, trailing input,
/// the document, depth, list and string limits, errors naming the field),
/// and the floor of an error taken from the text itself
/// ([`yes_flags_in_text`]), so that a response that is not even JSON keeps it.
///
/// ```
/// use piriformis_core::Disposition;
/// let text = r#"{"resourceType": "QuestionnaireResponse", "questionnaire": "q", "status": "completed",
///   "item": [{"linkId": "saddle_numbness", "answer": [{"valueBoolean": true}]}]}"#;
/// let err = piriformis_fhir::answers_from_response_json(text).unwrap_err();
/// assert_eq!(err.at_least(), Some(Disposition::Emergency));
/// ```
pub fn answers_from_response_json(json: &str) -> Result<Answers, Error> {
    let yes = yes_flags_in_text(json);
    core::input::from_json(json)
        .map_err(Error::Core)
        .and_then(|qr| read_answers(&qr, &yes))
        .map_err(|e| floored(e, &yes))
}

/// [`answers_from_response_json`] for a JSON value already in memory (what a
/// binding makes of a dict), by the core's value reader
/// ([`piriformis_core::input::from_value`]): the same limits and errors.
pub fn answers_from_response_value(value: &serde_json::Value) -> Result<Answers, Error> {
    let yes = yes_flags_in_value(value);
    core::input::from_value(value)
        .map_err(Error::Core)
        .and_then(|qr| read_answers(&qr, &yes))
        .map_err(|e| floored(e, &yes))
}

/// A `QuestionnaireResponse` from JSON text, checked as
/// [`answers_from_response_json`] checks it (its answers included).
pub fn response_from_json(json: &str) -> Result<QuestionnaireResponse, Error> {
    let yes = yes_flags_in_text(json);
    core::input::from_json(json)
        .map_err(Error::Core)
        .and_then(|qr| read_answers(&qr, &yes).map(|_| qr))
        .map_err(|e| floored(e, &yes))
}

/// [`response_from_json`] for a JSON value already in memory.
pub fn response_from_value(value: &serde_json::Value) -> Result<QuestionnaireResponse, Error> {
    let yes = yes_flags_in_value(value);
    core::input::from_value(value)
        .map_err(Error::Core)
        .and_then(|qr| read_answers(&qr, &yes).map(|_| qr))
        .map_err(|e| floored(e, &yes))
}

/// The reading itself; `yes` are the red flags the salvage found answered
/// "yes", each of which must be read as "yes".
fn read_answers(qr: &QuestionnaireResponse, yes: &[RedFlag]) -> Result<Answers, Error> {
    check_resource_type(qr)?;
    let mut placed = Vec::new();
    flatten(&qr.item, "item", 1, &mut placed)?;
    // A group (no answers, nested items) is no question.
    placed.retain(|p| !p.item.answer.is_empty() || p.item.item.is_empty());
    let mut answers = Answers::new();
    let last = placed.len().saturating_sub(1);
    for (i, Placed { item, path }) in placed.iter().enumerate() {
        let id = QuestionId::parse_field(&format!("{path}.linkId"), &item.link_id)?;
        let q = id.question();
        // An item without answers is the question being asked (SDC), except
        // a several-of question answered with none before later answers.
        if item.answer.is_empty() && (q.kind != AnswerKind::SeveralOf || i == last) {
            if answers.contains_key(&id) {
                return Err(answered_twice(path, id).into());
            }
            continue;
        }
        let system = answer_system(q);
        let mut codes = Vec::new();
        let mut numbers = Vec::new();
        for (j, a) in item.answer.iter().enumerate() {
            let at = format!("{path}.answer[{j}]");
            match (&a.value_coding, a.value_integer) {
                (Some(c), None) if c.system.as_deref() == Some(&system) => {
                    let code = c.code.clone().unwrap_or_default();
                    check_text(&format!("{at}.valueCoding.code"), &code)?;
                    codes.push(code);
                }
                (None, Some(n)) => numbers.push(n),
                _ => {
                    return Err(core::Error::Invalid {
                        field: at,
                        message: format!("expected a valueCoding from {system} or a valueInteger"),
                    }
                    .into());
                }
            }
        }
        let value = match (q.kind, numbers.as_slice(), codes.len()) {
            (AnswerKind::Scale0To10 | AnswerKind::Weeks | AnswerKind::Years, &[n], 0) => {
                AnswerValue::Number(n as f64)
            }
            (AnswerKind::SeveralOf, &[], _) => AnswerValue::Choices(codes),
            (AnswerKind::YesNo | AnswerKind::OneOf, &[], 1) => AnswerValue::Choice(codes.remove(0)),
            _ => {
                let expected = match q.reply_kind() {
                    ReplyKind::Number => "one valueInteger",
                    _ if q.kind == AnswerKind::SeveralOf => "valueCodings only",
                    _ => "one valueCoding",
                };
                return Err(core::Error::Invalid {
                    field: format!("{path}.answer"),
                    message: format!("wrong number or kind of answers; expected {expected}"),
                }
                .into());
            }
        };
        Reply::read(id, &value)?;
        if answers.insert(id, value).is_some() {
            return Err(answered_twice(path, id).into());
        }
    }
    // Every "yes" the salvage found must have been read as one.
    for &flag in yes {
        let read = answers.iter().any(|(q, v)| {
            matches!(q.question().fills, Fills::RedFlag(f) if f == flag)
                && matches!(v, AnswerValue::Choice(c) if c == "yes")
        });
        if !read {
            return Err(core::Error::Invalid {
                field: "item".into(),
                message: format!(
                    "the red-flag question `{}` is answered \"yes\" where this reader does not read it as such (outside the items, beside another answer, or not as a valueCoding of its code system); give it one answer in an item",
                    flag.id()
                ),
            }
            .into());
        }
    }
    Ok(answers)
}

fn answered_twice(path: &str, id: QuestionId) -> core::Error {
    core::Error::Invalid {
        field: format!("{path}.linkId"),
        message: format!(
            "`{}` is in the response twice; each question may have one item",
            id.id()
        ),
    }
}

/// The SDC adaptive `$next-question`, as a pure function: the response with
/// the next question added as an item without an answer, or, when the
/// interview is over, the response with `status` `completed`. The items come
/// back flat, in catalogue order. Errors as [`answers_from_response`]. Where
/// the core interview would ask a "not sure" emergency question once more,
/// the form has no "still not sure" to offer: the response is completed with
/// "not sure" standing (urgent and provisional, as "still not sure" gives).
pub fn next_question(
    qr: &QuestionnaireResponse,
    policy: TriagePolicy,
) -> Result<QuestionnaireResponse, Error> {
    let yes = yes_flags_in_response(qr);
    next_with(qr, policy, &yes).map_err(|e| floored(e, &yes))
}

/// [`next_question`] on JSON text, read as [`answers_from_response_json`] reads it.
pub fn next_question_json(
    json: &str,
    policy: TriagePolicy,
) -> Result<QuestionnaireResponse, Error> {
    let yes = yes_flags_in_text(json);
    core::input::from_json(json)
        .map_err(Error::Core)
        .and_then(|qr| next_with(&qr, policy, &yes))
        .map_err(|e| floored(e, &yes))
}

/// [`next_question`] on a JSON value, read as [`answers_from_response_value`] reads it.
pub fn next_question_value(
    value: &serde_json::Value,
    policy: TriagePolicy,
) -> Result<QuestionnaireResponse, Error> {
    let yes = yes_flags_in_value(value);
    core::input::from_value(value)
        .map_err(Error::Core)
        .and_then(|qr| next_with(&qr, policy, &yes))
        .map_err(|e| floored(e, &yes))
}

fn next_with(
    qr: &QuestionnaireResponse,
    policy: TriagePolicy,
    yes: &[RedFlag],
) -> Result<QuestionnaireResponse, Error> {
    let answers = read_answers(qr, yes)?;
    let mut out = response_from_answers(&answers, policy)?;
    out.id = qr.id.clone();
    match next_step_with(&answers, policy)? {
        // The core asks a "not sure" emergency question once more with
        // "still not sure" among its answers; the form's items offer the
        // first-time answers only, so a response cannot say it was asked
        // again. Here "not sure" stands, and the result stays urgent and
        // provisional, as "still not sure" would leave it.
        Step::Ask { question, .. } if question.again => out.status = "completed".into(),
        Step::Ask { question, .. } => out.item.push(ResponseItem {
            link_id: question.id.id().to_string(),
            text: Some(question.prompt),
            answer: Vec::new(),
            item: Vec::new(),
        }),
        Step::Done { .. } => out.status = "completed".into(),
    }
    Ok(out)
}

/// The assessment a response describes: the interview's reading of its
/// answers ([`assessment_from`]), plus every yes/no follow-up answered even
/// though its condition does not hold (a record imported from elsewhere may
/// carry one), so that no answer given is lost. Errors as
/// [`answers_from_response`].
pub fn assessment_from_response(qr: &QuestionnaireResponse) -> Result<Assessment, Error> {
    let yes = yes_flags_in_response(qr);
    assessment_with(qr, &yes).map_err(|e| floored(e, &yes))
}

fn assessment_with(qr: &QuestionnaireResponse, yes: &[RedFlag]) -> Result<Assessment, Error> {
    let answers = read_answers(qr, yes)?;
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
