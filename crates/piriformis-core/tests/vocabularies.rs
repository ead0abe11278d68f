//! The list of vocabularies (`document::vocabularies`) is complete: every
//! `vocabulary!` declared in the source is in it once, with its docs. The
//! bindings build their enums from that list, so nothing is restated by hand.

use std::collections::BTreeSet;
use std::path::Path;

use piriformis_core::document::{vocabularies, vocabulary};
use piriformis_core::{Disposition, Vocabulary};

fn declared(dir: &Path, out: &mut BTreeSet<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            declared(&path, out);
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let mut inside = false;
        for line in text.lines() {
            let line = line.trim();
            if line == "vocabulary! {" {
                inside = true;
            } else if inside {
                if let Some(rest) = line.strip_prefix("pub enum ") {
                    out.insert(rest.trim_end_matches(" {").to_string());
                    inside = false;
                }
            }
        }
    }
}

#[test]
fn every_declared_vocabulary_is_listed_once() {
    let mut names = BTreeSet::new();
    declared(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut names,
    );
    let listed: Vec<&str> = vocabularies().iter().map(|v| v.name.as_str()).collect();
    let unique: BTreeSet<String> = listed.iter().map(|s| s.to_string()).collect();
    assert_eq!(unique.len(), listed.len(), "a vocabulary is listed twice");
    assert_eq!(
        unique, names,
        "document::vocabularies() and the source disagree"
    );
    assert!(names.len() >= 50);
}

#[test]
fn every_vocabulary_and_value_has_a_doc() {
    for v in vocabularies() {
        assert!(!v.doc.is_empty(), "{} has no doc", v.name);
        assert!(!v.values.is_empty());
        for value in &v.values {
            assert!(!value.doc.is_empty(), "{}.{} has no doc", v.name, value.id);
            assert!(!value.doc.starts_with(' ') && !value.doc.ends_with(' '));
        }
    }
}

#[test]
fn the_listed_values_are_the_enum_itself() {
    let d = vocabulary("Disposition").unwrap();
    let ids: Vec<&str> = d.values.iter().map(|v| v.id.as_str()).collect();
    assert_eq!(ids, Disposition::ids());
    assert_eq!(d.doc, Disposition::DOC);
    assert_eq!(d.values[4].doc, Disposition::Emergency.doc());
    assert!(vocabulary("NoSuchThing").is_none());
}
