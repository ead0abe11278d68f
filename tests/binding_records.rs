//! One model, derived per binding: the core's types are what Kotlin and Swift
//! see wherever UniFFI can carry them as they are. This test lists the core
//! types the UniFFI binding takes from the core's own derives, and fails when
//! a binding declares a struct with the same fields as a core type (all of
//! them, perhaps with more) unless it is one of the adapters below, each kept
//! for the reason it gives. A stale entry (the adapter is gone) fails too.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Core types that the UniFFI binding exposes through the core's own derives
/// (`#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]` or `Enum`).
const DERIVED_IN_CORE: &[&str] = &[
    "BodyMap",
    "MapRegion",
    "RegionShape",
    "SourceAssessment",
    "Evidence",
    "CautionNote",
    "GateNote",
    "Skipped",
    "DroppedAnswer",
    "Candidate",
    "Source",
    "Laterality",
    "VocabularyInfo",
    "ValueInfo",
    "Reply",
];

/// Core types that are the Python classes themselves
/// (`#[cfg_attr(feature = "python", pyo3::pyclass(frozen, get_all, ...))]`):
/// their attributes are their fields, with the fields' docs.
const PYTHON_CLASSES_IN_CORE: &[&str] = &[
    "TriageResult",
    "FiredRule",
    "CautionNote",
    "SourceAssessment",
    "QuestionView",
    "Choice",
    "Progress",
    "Routine",
    "RoutineStep",
    "Dosage",
    "Skipped",
    "GateNote",
    "WeeklyPlan",
    "Progression",
    "ProgressReport",
    "Flare",
    "Lookup",
    "Candidate",
    "Unexplained",
    "Assessment",
    "NerveSymptoms",
    "PlanReason",
    "DroppedAnswer",
    "LibraryInfo",
    "RestoredAnswers",
    "ProgressConfig",
    "Says",
    "MuscleRecord",
    "MuscleAction",
    "LandmarkRecord",
    "SciaticNerveFacts",
    "Prevalence",
    "NerveVariantRecord",
    "TriggerPointFacts",
    "TriggerPointKindRecord",
    "TriggerPointRecord",
    "Referral",
    "CauseRecord",
    "SymptomRecord",
    "AggravatorRecord",
    "ComparisonRow",
    "MimicRecord",
    "RedFlagRecord",
    "Rule",
    "CautionRule",
    "ExerciseRecord",
    "HabitRecord",
    "EquipmentRecord",
    "ProviderRecord",
    "ExamStepRecord",
    "ClinicalTestRecord",
    "TestAccuracy",
    "TreatmentRecord",
    "MisconceptionRecord",
    "ResourceRecord",
    "Code",
    "Reference",
    "VocabularyInfo",
    "ValueInfo",
    "Range",
    "KnowledgeBase",
];

/// Binding structs that restate a core type's fields, and why each stays.
const ADAPTERS: &[(&str, &str)] = &[
    (
        "NerveSymptoms",
        "app input: every field optional for 'not answered'",
    ),
    (
        "Assessment",
        "app input: every field optional, signed numbers checked against the core's ranges",
    ),
    (
        "RoutineRequest",
        "app input: signed minutes checked against the core's range",
    ),
    (
        "LogEntry",
        "app input: signed pain checked against the core's range",
    ),
    (
        "NumberRange",
        "the core's Range with its name and allowed text, as signed numbers",
    ),
    (
        "FiredRule",
        "adds source_texts; the core borrows its sources slice",
    ),
    (
        "Triage",
        "signed rules_version and FiredRule's source_texts",
    ),
    (
        "ExerciseInfo",
        "adds source_texts and stop_if_text to a const record of borrowed slices",
    ),
    (
        "RedFlagInfo",
        "adds source_texts and the tier to a const record of borrowed slices",
    ),
    (
        "RoutineStep",
        "adds stop_if_text; signed order and seconds; Dosage is generic in the core",
    ),
    (
        "LibraryInfo",
        "the core's is const data (borrowed text, unsigned versions)",
    ),
    (
        "CitationInfo",
        "the core's Reference is const data built by a macro (borrowed text)",
    ),
    ("Choice", "carries the typed Reply that picks it"),
    ("Question", "carries the ReplyKind that answers it"),
    ("InterviewProgress", "signed counts"),
    (
        "RestoredAnswers",
        "answers as typed Replies; signed version",
    ),
    ("DoseRange", "the core's Span<U> is generic"),
    (
        "SpanValue",
        "Python's Span: the core's Span<U> is generic over its unit, a pyo3 class cannot be",
    ),
    ("Progression", "holds Dosage (generic spans in the core)"),
    ("WeeklyPlan", "holds Progression"),
    (
        "Routine",
        "holds RoutineStep and WeeklyPlan; signed seconds",
    ),
    ("Flare", "signed peak"),
    ("ProgressReport", "signed counts and Flare"),
    ("Unexplained", "adds consider_names"),
    ("PainLookup", "holds Unexplained"),
];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every `pub struct Name { ... }` with named fields under `dir`: its name,
/// its file and its field names.
fn structs(dir: &str) -> Vec<(String, PathBuf, BTreeSet<String>)> {
    let mut files = Vec::new();
    rust_files(&root().join(dir), &mut files);
    let mut out = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            let Some(rest) = line
                .strip_prefix("pub struct ")
                .or_else(|| line.strip_prefix("pub(crate) struct "))
            else {
                continue;
            };
            if !line.ends_with('{') {
                continue;
            }
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            let mut fields = BTreeSet::new();
            for body in &lines[i + 1..] {
                if body.starts_with('}') {
                    break;
                }
                let body = body.trim_start();
                let Some(field) = body
                    .strip_prefix("pub ")
                    .or_else(|| body.strip_prefix("pub(crate) "))
                else {
                    continue;
                };
                if let Some((ident, _)) = field.split_once(':') {
                    fields.insert(ident.trim().to_string());
                }
            }
            if !fields.is_empty() {
                out.push((name, file.clone(), fields));
            }
        }
    }
    out
}

#[test]
fn bindings_restate_no_core_record_but_the_listed_adapters() {
    // The core's Python face (feature `python`) is binding code that lives
    // in the core so that it can put pyo3's derives on the core's types.
    let python_face = root().join("crates/piriformis-core/src/python");
    let core: Vec<_> = structs("crates/piriformis-core/src")
        .into_iter()
        .filter(|(_, file, _)| !file.starts_with(&python_face))
        .collect();
    let mut flagged = BTreeSet::new();
    let mut unexplained = Vec::new();
    for dir in [
        "bindings/uniffi/src",
        "bindings/python/src",
        "crates/piriformis-core/src/python",
    ] {
        for (name, file, fields) in structs(dir) {
            for (core_name, _, core_fields) in &core {
                if core_fields.len() >= 2 && core_fields.is_subset(&fields) {
                    flagged.insert(name.clone());
                    if !ADAPTERS.iter().any(|(n, _)| *n == name) {
                        unexplained.push(format!(
                            "{}: {name} restates core {core_name}",
                            file.display()
                        ));
                    }
                }
            }
        }
    }
    assert!(
        unexplained.is_empty(),
        "derive the core type for the binding instead (or list the adapter with its reason):\n{}",
        unexplained.join("\n")
    );
    let stale: Vec<&str> = ADAPTERS
        .iter()
        .map(|(n, _)| *n)
        .filter(|n| !flagged.contains(*n))
        .collect();
    assert!(stale.is_empty(), "adapters listed but gone: {stale:?}");
}

/// The names of the core's types whose attributes (the few lines above the
/// declaration; rustfmt may split one over lines) contain every marker.
fn core_types_marked(markers: &[&str]) -> BTreeSet<String> {
    let mut files = Vec::new();
    rust_files(&root().join("crates/piriformis-core/src"), &mut files);
    let mut out = BTreeSet::new();
    for f in files {
        let text = std::fs::read_to_string(f).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            let Some(rest) = line
                .strip_prefix("pub struct ")
                .or_else(|| line.strip_prefix("pub enum "))
            else {
                continue;
            };
            let above = lines[i.saturating_sub(8)..i].join(" ");
            if markers.iter().all(|m| above.contains(m)) {
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                out.insert(name);
            }
        }
    }
    out
}

#[test]
fn the_listed_core_types_derive_uniffi_themselves() {
    let derived = core_types_marked(&["feature = \"uniffi\"", "derive(uniffi::"]);
    for name in DERIVED_IN_CORE {
        assert!(
            derived.contains(*name),
            "core type {name} does not derive UniFFI behind its feature"
        );
    }
    // And the binding does not declare them again.
    for (name, file, _) in structs("bindings/uniffi/src") {
        assert!(
            !DERIVED_IN_CORE.contains(&name.as_str()),
            "{}: {name} is the core's own type",
            file.display()
        );
    }
}

#[test]
fn the_python_classes_are_the_core_types_listed() {
    let classes = core_types_marked(&["feature = \"python\"", "pyo3::pyclass("]);
    let listed: BTreeSet<String> = PYTHON_CLASSES_IN_CORE
        .iter()
        .map(|n| (*n).to_string())
        .collect();
    assert_eq!(
        classes, listed,
        "the core types that are Python classes differ from PYTHON_CLASSES_IN_CORE"
    );
    // Each is exported by the module, and no binding declares it again.
    let lib = std::fs::read_to_string(root().join("bindings/python/src/lib.rs")).unwrap();
    let module = &lib[lib.find("mod _piriformis {").unwrap()..];
    let words: BTreeSet<&str> = module
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .collect();
    for name in PYTHON_CLASSES_IN_CORE {
        assert!(
            words.contains(name),
            "{name} is not exported by the module in bindings/python/src/lib.rs"
        );
    }
    for (name, file, _) in structs("bindings/python/src") {
        assert!(
            !PYTHON_CLASSES_IN_CORE.contains(&name.as_str()),
            "{}: {name} is the core's own type",
            file.display()
        );
    }
}
