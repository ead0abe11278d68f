//! A routine as a FHIR `CarePlan`, with one `ActivityDefinition` per exercise
//! (SNOMED CT 229065009 "Exercise therapy").

use piriformis_core::exercise::Exercise;
use piriformis_core::routine::{Routine, RoutineStep};
use piriformis_core::units::{Dosage, Frequency};
use piriformis_core::vocab::Vocabulary;
use serde_json::{Value, json};

use crate::canonical;
use crate::codes::{SNOMED, SNOMED_EXERCISE_THERAPY};
use crate::model::{Bundle, Coding};
use crate::terminology::system_of;

/// The extension carrying "sets × reps" as text, e.g. `2 × 10`.
pub fn sets_reps_extension_url() -> String {
    canonical("StructureDefinition", "sets-reps")
}

/// The canonical URL of an exercise's `ActivityDefinition`.
pub fn activity_url(e: Exercise) -> String {
    canonical("ActivityDefinition", e.id())
}

fn exercise_therapy() -> Value {
    json!({"coding": [Coding::new(SNOMED, SNOMED_EXERCISE_THERAPY.0, SNOMED_EXERCISE_THERAPY.1)]})
}

/// An exercise as an `ActivityDefinition`.
pub fn activity_definition(step: &RoutineStep) -> Value {
    let e = step.exercise;
    json!({
        "resourceType": "ActivityDefinition",
        "id": crate::fhir_id(e.id()),
        "url": activity_url(e),
        "name": e.id(),
        "title": step.name,
        "status": "active",
        "description": step.how_to.join(" "),
        "kind": "ServiceRequest",
        "code": exercise_therapy(),
        "topic": [{"coding": [Coding::new(&system_of::<Exercise>(), e.id(), &step.name)]}],
    })
}

/// "sets × reps" when the dose gives both.
fn sets_reps(d: &Dosage) -> Option<String> {
    Some(format!("{} × {}", d.sets?.min, d.reps?.min))
}

/// The dose's timing: how often, and how long each hold lasts.
fn timing(d: &Dosage) -> Option<Value> {
    let mut repeat = match d.frequency {
        Frequency::Daily => json!({"frequency": 1, "period": 1, "periodUnit": "d"}),
        Frequency::DaysPerWeek { days } => {
            json!({"frequency": days, "period": 1, "periodUnit": "wk"})
        }
        _ => json!({}),
    };
    if let Some(h) = d.hold {
        repeat["duration"] = json!(h.min.0);
        repeat["durationUnit"] = json!("s");
    } else if let Some(m) = d.duration {
        repeat["duration"] = json!(m.min.0);
        repeat["durationUnit"] = json!("min");
    }
    let empty = repeat.as_object().is_none_or(|o| o.is_empty());
    (!empty).then(|| json!({"repeat": repeat}))
}

fn activity(step: &RoutineStep) -> Value {
    let d = &step.dosage;
    let mut detail = json!({
        "kind": "ServiceRequest",
        "instantiatesCanonical": [activity_url(step.exercise)],
        "code": exercise_therapy(),
        "status": "scheduled",
        "description": format!("{}: {d}", step.name),
    });
    if let Some(sr) = sets_reps(d) {
        detail["description"] = json!(format!("{}: {d} ({sr})", step.name));
        detail["extension"] = json!([{"url": sets_reps_extension_url(), "valueString": sr}]);
    }
    if let Some(t) = timing(d) {
        detail["scheduledTiming"] = t;
    }
    json!({"detail": detail})
}

/// A routine as a `Bundle`: the `CarePlan` (intent `plan`) first, then one
/// `ActivityDefinition` per exercise. `subject` is the caller's reference to
/// the person (required by FHIR; `Patient/123`).
pub fn care_plan_bundle(routine: &Routine, subject: &str) -> Bundle {
    let plan = json!({
        "resourceType": "CarePlan",
        "id": "routine",
        "status": "active",
        "intent": "plan",
        "title": "Today's piriformis routine",
        "subject": {"reference": subject},
        "activity": routine.steps.iter().map(activity).collect::<Vec<_>>(),
        "note": [{"text": routine.notice}],
    });
    let mut resources = vec![plan];
    resources.extend(routine.steps.iter().map(activity_definition));
    Bundle::collection(resources)
}
