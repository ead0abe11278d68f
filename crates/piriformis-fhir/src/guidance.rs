//! A triage result as a FHIR `GuidanceResponse`, and an assessment as a
//! `Bundle` of its response, pain observation and guidance.

use piriformis_core::interview::{AnswerValue, Answers, CATALOGUE, Fills};
use piriformis_core::triage::{
    Field, RULES_VERSION, RuleId, TriagePolicy, TriageResult, triage_with,
};
use piriformis_core::vocab::Vocabulary;
use piriformis_core::{Answer, Assessment, Disposition, NaiveDate, NerveStatus, RedFlag};
use serde_json::{Value, json};

use crate::codes::{codes_for, priority};
use crate::model::{Bundle, Coding, Reference};
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
    CATALOGUE
        .iter()
        .find(|q| q.fills == Fills::RedFlag(flag))
        .map(|q| q.id.id())
}

/// A triage result as a `GuidanceResponse` (JSON). `subject` is the
/// caller's reference to the person (`Patient/123`), if any.
///
/// `status` is `data-required` while an emergency red-flag question is
/// unanswered (each listed in `dataRequirement`), else `success`.
pub fn guidance_response(result: &TriageResult, subject: Option<&str>) -> Value {
    let open: Vec<&str> = result
        .unanswered
        .iter()
        .filter(|f| f.tier() == Disposition::Emergency)
        .filter_map(|f| question_of(*f))
        .collect();
    let subject = subject.map_or_else(
        || Reference {
            reference: None,
            display: Some("The person who answered".into()),
        },
        Reference::to,
    );
    let reasons: Vec<Value> = result
        .fired
        .iter()
        .map(|f| {
            let sources: Vec<&str> = f.sources.iter().map(|s| s.describe()).collect();
            // Our rule, then any standard code for the cause it stands for.
            let coding: Vec<Coding> =
                std::iter::once(Coding::new(&system_of::<RuleId>(), f.id.id(), &f.text))
                    .chain(
                        codes_for(f.pathway)
                            .iter()
                            .map(|c| Coding::new(c.system, c.code, c.display)),
                    )
                    .collect();
            json!({
                "coding": coding,
                "text": format!("{} Sources: {}.", f.text, sources.join("; ")),
            })
        })
        .collect();
    let mut source =
        json!({"name": "likely_source", "valueCoding": coding_of(result.likely_source.verdict)});
    let std_codes = codes_for(result.likely_source.verdict);
    if !std_codes.is_empty() {
        source = json!({"name": "likely_source", "valueCodeableConcept": {
            "coding": std::iter::once(coding_of(result.likely_source.verdict))
                .chain(std_codes.iter().map(|c| Coding::new(c.system, c.code, c.display)))
                .collect::<Vec<_>>(),
        }});
    }
    let mut g = json!({
        "resourceType": "GuidanceResponse",
        "id": "triage",
        "contained": [
            {
                "resourceType": "Parameters",
                "id": "output",
                "parameter": [
                    {"name": "disposition", "valueCoding": coding_of(result.disposition)},
                    source,
                ],
            },
            {
                "resourceType": "ServiceRequest",
                "id": "care",
                "status": "active",
                "intent": "proposal",
                "priority": priority(result.disposition),
                "code": {"coding": [coding_of(result.disposition)], "text": result.action},
                "subject": subject,
            },
            {
                "resourceType": "RequestGroup",
                "id": "plan",
                "status": "active",
                "intent": "proposal",
                "subject": subject,
                "action": [{"title": result.action, "resource": {"reference": "#care"}}],
            },
        ],
        "moduleCanonical": rules_canonical(),
        "status": if open.is_empty() { "success" } else { "data-required" },
        "subject": subject,
        "outputParameters": {"reference": "#output"},
        "result": {"reference": "#plan"},
        "note": [{"text": result.notice}],
    });
    if subject.reference.is_none() {
        g.as_object_mut().map(|o| o.remove("subject"));
    }
    if !reasons.is_empty() {
        g["reasonCode"] = Value::Array(reasons);
    }
    if !open.is_empty() {
        g["dataRequirement"] = open
            .iter()
            .map(|q| {
                json!({
                    "type": "QuestionnaireResponse",
                    "mustSupport": [format!("item.where(linkId='{q}').answer")],
                })
            })
            .collect();
    }
    g
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
    let result = triage_with(&back, policy)?;
    let mut resources = vec![serde_json::to_value(&qr)?];
    if let Some(p) = back.pain_now {
        resources.push(serde_json::to_value(pain_observation(
            p,
            date,
            subject,
            Some("QuestionnaireResponse/answers"),
        ))?);
    }
    resources.push(guidance_response(&result, subject));
    Ok(Bundle::collection(resources))
}
