//! A triage result as a FHIR `GuidanceResponse`, and an assessment as a
//! `Bundle` of its response, pain observation and guidance.

use piriformis_core::interview::{AnswerValue, Answers, CATALOGUE, Fills};
use piriformis_core::triage::{Field, RULES_VERSION, TriagePolicy, TriageResult, triage_with};
use piriformis_core::vocab::Vocabulary;
use piriformis_core::{Answer, Assessment, NaiveDate, NerveStatus, RedFlag};
use serde::{Deserialize, Serialize};

use crate::codes::{codes_for, priority};
use crate::model::{Bundle, CodeableConcept, Coding, Reference};
use crate::questionnaire::{assessment_from_response, response_from_answers};
use crate::terminology::system_of;
use crate::{Error, canonical, observation::pain_observation};

/// `url|version` of the triage rule set (the core has no URL; defined here).
pub fn rules_canonical() -> String {
    format!(
        "{}|{RULES_VERSION}",
        canonical("PlanDefinition", "triage_rules")
    )
}

fn coding_of<T: Vocabulary>(v: T) -> Coding {
    Coding::new(&system_of::<T>(), v.id(), v.doc())
}

/// The catalogue question that asks about a red flag.
fn question_of(flag: RedFlag) -> Option<&'static str> {
    question_filling(Fills::RedFlag(flag))
}

/// The catalogue question that fills a field, by its id.
fn question_filling(field: Fills) -> Option<&'static str> {
    CATALOGUE
        .iter()
        .find(|q| q.fills == field)
        .map(|q| q.id.id())
}

fn none<T>(v: &Option<T>) -> bool {
    v.is_none()
}

/// A FHIR R4 `GuidanceResponse`: the result of the triage rules.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GuidanceResponse {
    /// Always `GuidanceResponse`.
    pub resource_type: String,
    /// Its id.
    pub id: String,
    /// The output parameters, the service request and the request group.
    pub contained: Vec<Contained>,
    /// The rule set: `url|version`.
    pub module_canonical: String,
    /// `success`, or `data-required` while emergency questions are open.
    pub status: String,
    /// The person, when the caller gave a reference.
    #[serde(default, skip_serializing_if = "none")]
    pub subject: Option<Reference>,
    /// One per fired rule: the rule's code, and its reason and sources as text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reason_code: Vec<CodeableConcept>,
    /// `#output`: the contained Parameters.
    pub output_parameters: Reference,
    /// `#plan`: the contained RequestGroup.
    pub result: Reference,
    /// The open emergency questions, one per requirement.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub data_requirement: Vec<DataRequirement>,
    /// The not-medical-advice notice.
    pub note: Vec<Annotation>,
}

/// Data still needed: an answer to one question of the response.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DataRequirement {
    /// `QuestionnaireResponse`.
    #[serde(rename = "type")]
    pub kind: String,
    /// The element needed, as a FHIRPath (`item.where(linkId='...').answer`).
    pub must_support: Vec<String>,
}

/// A text note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Annotation {
    /// The text.
    pub text: String,
}

/// A resource held inside the guidance response.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "resourceType")]
pub enum Contained {
    /// The output parameters.
    Parameters {
        /// `output`.
        id: String,
        /// `disposition` and `likely_source`.
        parameter: Vec<Parameter>,
    },
    /// What to do, with its priority.
    #[serde(rename_all = "camelCase")]
    ServiceRequest {
        /// `care`.
        id: String,
        /// `active`.
        status: String,
        /// `proposal`.
        intent: String,
        /// From the disposition ([`crate::codes::PRIORITY`]).
        priority: String,
        /// The disposition, with the action as text.
        code: CodeableConcept,
        /// The person (required by FHIR).
        subject: Reference,
    },
    /// The plan holding the service request.
    RequestGroup {
        /// `plan`.
        id: String,
        /// `active`.
        status: String,
        /// `proposal`.
        intent: String,
        /// The person.
        subject: Reference,
        /// One action: the service request.
        action: Vec<Action>,
    },
}

/// One output parameter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Parameter {
    /// Its name.
    pub name: String,
    /// Its value, when it is one code of ours.
    #[serde(default, skip_serializing_if = "none")]
    pub value_coding: Option<Coding>,
    /// Its value, when standard codes come with ours.
    #[serde(default, skip_serializing_if = "none")]
    pub value_codeable_concept: Option<CodeableConcept>,
}

impl Parameter {
    /// A parameter with our code only. Standard diagnosis codes (ICD-10,
    /// SNOMED CT) are deliberately not attached: the likely source is a
    /// self-check estimate, and a coding in the same concept would read as an
    /// equivalent diagnosis. They stay on the rules' pathways in `reasonCode`
    /// (the reason a visit is suggested) and in [`crate::codes::known_codes`].
    fn of<T: Vocabulary>(name: &str, v: T) -> Self {
        Parameter {
            name: name.into(),
            value_coding: Some(Coding::new(&system_of::<T>(), v.id(), v.doc())),
            value_codeable_concept: None,
        }
    }
}

/// One action of a request group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Action {
    /// What to do.
    pub title: String,
    /// `#care`.
    pub resource: Reference,
}

/// Our code, then any standard codes for the same id.
fn with_codes<T: Vocabulary>(v: T, display: &str) -> Vec<Coding> {
    std::iter::once(Coding::new(&system_of::<T>(), v.id(), display))
        .chain(
            codes_for(v)
                .iter()
                .map(|c| Coding::new(c.system, c.code, c.display)),
        )
        .collect()
}

/// A triage result as a `GuidanceResponse`. `subject` is the caller's
/// reference to the person (`Patient/123`), if any.
///
/// `status` is `data-required` while an open question could raise the
/// result to an emergency (the triage fired
/// [`RuleId::EmergencySignsUnanswered`](piriformis_core::triage::RuleId)),
/// with every open question listed in `dataRequirement`; else `success`.
/// Whether a question could do that depends on the other answers (fever
/// beside foot drop), not on the question's own tier.
pub fn guidance_response(result: &TriageResult, subject: Option<&str>) -> GuidanceResponse {
    let could_be_emergency = result
        .fired
        .iter()
        .any(|f| f.id == piriformis_core::triage::RuleId::EmergencySignsUnanswered);
    let open: Vec<&str> = if could_be_emergency {
        let flags = result.unanswered.iter().filter_map(|f| question_of(*f));
        let nerve = result
            .unanswered_nerve
            .iter()
            .filter_map(|s| question_filling(Fills::Nerve(*s)));
        flags.chain(nerve).collect()
    } else {
        Vec::new()
    };
    let person = subject.map_or_else(
        || Reference {
            reference: None,
            display: Some("The person who answered".into()),
        },
        Reference::to,
    );
    let reason_code = result
        .fired
        .iter()
        .map(|f| {
            let sources: Vec<&str> = f.sources.iter().map(|s| s.describe()).collect();
            let mut coding = with_codes(f.id, &f.text);
            // Standard codes for the cause the rule stands for.
            coding.extend(with_codes(f.pathway, "").into_iter().skip(1));
            CodeableConcept {
                coding,
                text: Some(format!("{} Sources: {}.", f.text, sources.join("; "))),
            }
        })
        .collect();
    GuidanceResponse {
        resource_type: "GuidanceResponse".into(),
        id: "triage".into(),
        contained: vec![
            Contained::Parameters {
                id: "output".into(),
                parameter: vec![
                    Parameter::of("disposition", result.disposition),
                    Parameter::of("likely_source", result.likely_source.verdict),
                ],
            },
            Contained::ServiceRequest {
                id: "care".into(),
                status: "active".into(),
                intent: "proposal".into(),
                priority: priority(result.disposition).into(),
                code: CodeableConcept {
                    coding: vec![coding_of(result.disposition)],
                    text: Some(result.action.to_string()),
                },
                subject: person.clone(),
            },
            Contained::RequestGroup {
                id: "plan".into(),
                status: "active".into(),
                intent: "proposal".into(),
                subject: person,
                action: vec![Action {
                    title: result.action.to_string(),
                    resource: Reference::to("#care"),
                }],
            },
        ],
        module_canonical: rules_canonical(),
        status: if open.is_empty() {
            "success"
        } else {
            "data-required"
        }
        .into(),
        subject: subject.map(Reference::to),
        reason_code,
        output_parameters: Reference::to("#output"),
        result: Reference::to("#plan"),
        data_requirement: open
            .iter()
            .map(|q| DataRequirement {
                kind: "QuestionnaireResponse".into(),
                must_support: vec![format!("item.where(linkId='{q}').answer")],
            })
            .collect(),
        note: vec![Annotation {
            text: result.notice.to_string(),
        }],
    }
}

fn yes_no(a: Answer) -> Option<AnswerValue> {
    let id = match a {
        Answer::Present => "yes",
        Answer::Absent => "no",
        _ => return None,
    };
    Some(AnswerValue::Choice(id.into()))
}

fn list<T: Vocabulary>(v: &[T]) -> Option<AnswerValue> {
    (!v.is_empty()).then(|| AnswerValue::Choices(v.iter().map(|x| x.id().into()).collect()))
}

/// The interview answers that describe an assessment: one per catalogue
/// question whose field is known (unknown fields stay unanswered).
pub fn answers_for(a: &Assessment) -> Answers {
    let mut out = Answers::new();
    for q in CATALOGUE {
        let v = match q.fills {
            Field::RedFlag(f) => yes_no(a.red_flag(f)),
            Field::AfterFall => yes_no(a.after_fall_or_accident),
            Field::SelfCareHelped => yes_no(a.self_care_helped),
            Field::KeepsComingBack => yes_no(a.keeps_coming_back),
            Field::Side => a.side.map(|s| AnswerValue::Choice(s.id().into())),
            Field::PainNow => a.pain_now.map(|n| AnswerValue::Number(n.into())),
            Field::SelfCareWeeks => a.self_care_weeks.map(|n| AnswerValue::Number(n.into())),
            Field::Age => a.age.map(|n| AnswerValue::Number(n.into())),
            Field::PainRegions => list(&a.pain_regions),
            Field::PainQualities => list(&a.pain_qualities),
            Field::WorseWith => list(&a.worse_with),
            Field::TenderAreas => list(&a.tender_areas),
            Field::Nerve(s) => match a.nerve.status(s) {
                NerveStatus::Unknown => None,
                st => Some(AnswerValue::Choice(st.id().into())),
            },
            Field::Legs => None,
        };
        if let Some(v) = v {
            out.insert(q.id, v);
        }
    }
    out
}

/// An assessment as a `Bundle` (collection): its `QuestionnaireResponse`, the
/// pain score as an `Observation` derived from it (when given), and the
/// triage as a `GuidanceResponse`. The triage is of the answers read back
/// from the response, so the bundle says what the response says.
pub fn assessment_bundle(
    a: &Assessment,
    policy: TriagePolicy,
    date: NaiveDate,
    subject: Option<&str>,
) -> Result<Bundle, Error> {
    let mut qr = response_from_answers(&answers_for(a), policy)?;
    qr.id = Some("answers".into());
    qr.status = "completed".into();
    let back = assessment_from_response(&qr)?;
    let result = triage_with(&back, policy).map_err(|e| e.with_warning_signs(a.present_flags()))?;
    let mut resources = vec![serde_json::to_value(&qr)?];
    if let Some(p) = back.pain_now {
        resources.push(serde_json::to_value(pain_observation(
            p,
            date,
            subject,
            Some("QuestionnaireResponse/answers"),
        ))?);
    }
    resources.push(serde_json::to_value(guidance_response(&result, subject))?);
    Ok(Bundle::collection(resources))
}
