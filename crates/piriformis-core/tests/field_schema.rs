//! The assessment field schema (`triage::Field`) agrees with the JSON the
//! assessment reads and writes: every path reaches a real field, and every
//! field of the JSON has a path.

use piriformis_core::document::vocabulary;
use piriformis_core::triage::{Field, FieldKind};
use piriformis_core::{Assessment, Vocabulary};
use serde_json::{Map, Value, json};

/// A valid sample value for a field, from its kind.
fn sample(field: Field) -> Value {
    match field.kind() {
        FieldKind::Number { range } => json!(range.max),
        FieldKind::OneOf { vocabulary: name } => {
            let v = vocabulary(name).unwrap();
            json!(v.values.last().unwrap().id)
        }
        FieldKind::SeveralOf { vocabulary: name } => {
            let v = vocabulary(name).unwrap();
            json!([v.values[0].id])
        }
    }
}

fn at(doc: &mut Map<String, Value>, path: &str, value: Value) {
    match path.split_once('.') {
        Some((head, rest)) => {
            let inner = doc.entry(head).or_insert_with(|| Value::Object(Map::new()));
            at(inner.as_object_mut().unwrap(), rest, value);
        }
        None => {
            doc.insert(path.to_string(), value);
        }
    }
}

fn get<'a>(doc: &'a Value, path: &str) -> Option<&'a Value> {
    path.split('.').try_fold(doc, |v, key| v.get(key))
}

#[test]
fn every_path_reads_and_writes_its_field() {
    for field in Field::all() {
        let path = field.path();
        assert_eq!(Field::from_path(&path), Some(field));
        let value = sample(field);
        let mut doc = Map::new();
        at(&mut doc, &path, value.clone());
        let text = Value::Object(doc).to_string();
        let a = Assessment::from_json(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
        let back = serde_json::to_value(&a).unwrap();
        assert_eq!(get(&back, &path), Some(&value), "{path}");
    }
}

#[test]
fn every_json_field_has_a_path() {
    let full = serde_json::to_value(Assessment::default()).unwrap();
    let mut leaves = Vec::new();
    for (key, value) in full.as_object().unwrap() {
        match (key.as_str(), value) {
            ("red_flags", _) => {}
            (_, Value::Object(inner)) => leaves.extend(inner.keys().map(|k| format!("{key}.{k}"))),
            _ => leaves.push(key.clone()),
        }
    }
    for leaf in leaves {
        assert!(Field::from_path(&leaf).is_some(), "{leaf} has no Field");
    }
    let flags = Field::all()
        .filter(|f| matches!(f, Field::RedFlag(_)))
        .count();
    assert_eq!(flags, piriformis_core::RedFlag::ALL.len());
}

#[test]
fn allowed_names_the_vocabulary_or_the_range() {
    assert_eq!(
        Field::Side.allowed(),
        piriformis_core::Side::ids().join(", ")
    );
    assert_eq!(
        Field::PainNow.allowed(),
        piriformis_core::vocab::ranges::PAIN.allowed()
    );
}

#[test]
fn answer_values_exist_exactly_for_the_yes_no_fields() {
    use piriformis_core::Answer;
    use piriformis_core::triage::FieldValue;
    for field in Field::all() {
        let holds_answer = field.kind()
            == FieldKind::OneOf {
                vocabulary: Answer::NAME,
            };
        let value = FieldValue::answer(field, Answer::Present);
        assert_eq!(value.is_some(), holds_answer, "{}", field.path());
        if let Some(v) = value {
            assert_eq!(v.field(), field);
        }
    }
}
