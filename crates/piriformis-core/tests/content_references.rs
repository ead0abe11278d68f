//! Every citation resolves to a full reference (authors, title, year, venue),
//! every cited id in the knowledge document is one of them, the references
//! say what their sources say, and docs/references.md is generated from them.

use std::collections::BTreeSet;

use piriformis_core::anatomy::SCIATIC_NERVE;
use piriformis_core::care::Treatment;
use piriformis_core::source::{ReferenceKind, references_markdown};
use piriformis_core::trigger_point::PIRIFORMIS_REFERRAL;
use piriformis_core::*;
use serde_json::Value;

fn kb_json() -> Value {
    serde_json::from_str(&KnowledgeBase::get().to_json()).expect("valid JSON")
}

/// Every value of a `"cited"` key anywhere in the document.
fn cited_ids(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(map) => {
            for (k, x) in map {
                if k == "cited" {
                    out.push(x.as_str().expect("a cited id is a string").to_string());
                }
                cited_ids(x, out);
            }
        }
        Value::Array(items) => items.iter().for_each(|x| cited_ids(x, out)),
        _ => {}
    }
}

fn complete(c: Citation) {
    let r = c.reference();
    assert_eq!(r.id, c, "{c}: reference id");
    for (field, text) in [
        ("authors", r.authors),
        ("title", r.title),
        ("venue", r.venue),
        ("supports", r.supports),
    ] {
        assert!(!text.trim().is_empty(), "{c}: empty {field}");
        assert_eq!(text, text.trim(), "{c}: {field} has stray spaces");
        if field == "title" || field == "venue" {
            assert!(!text.ends_with('.'), "{c}: {field} ends with a full stop");
        }
    }
    assert!(
        (1900..=2026).contains(&r.year),
        "{c}: year {} out of range",
        r.year
    );
    for part in [r.authors, r.title, r.venue, &r.year.to_string()] {
        assert!(r.line.contains(part), "{c}: the one-line form lacks {part}");
    }
    if let Some(doi) = r.doi {
        assert!(
            doi.starts_with("10.") && !doi.contains(' '),
            "{c}: doi {doi}"
        );
    }
    if let Some(url) = r.url {
        assert!(
            url.starts_with("http") && !url.contains(' '),
            "{c}: url {url}"
        );
    }
    if r.undated {
        assert!(r.kind != ReferenceKind::JournalArticle, "{c}");
    }
    assert_eq!(Source::Cited(c).describe(), r.line);
}

#[test]
fn every_citation_has_a_complete_reference() {
    let mut lines = BTreeSet::new();
    for &c in Citation::ALL {
        complete(c);
        assert!(
            lines.insert(c.reference().line),
            "{c}: the same reference twice"
        );
    }
}

#[test]
fn every_cited_id_resolves_to_a_full_reference() {
    let mut ids = Vec::new();
    cited_ids(&kb_json(), &mut ids);
    assert!(!ids.is_empty());
    let mut used = BTreeSet::new();
    for id in &ids {
        let c = Citation::from_id(id).unwrap_or_else(|| panic!("cited id {id} is no citation"));
        complete(c);
        used.insert(c);
    }
    let all: BTreeSet<Citation> = Citation::ALL.iter().copied().collect();
    assert_eq!(used, all, "every citation is cited somewhere");
}

#[test]
fn the_docs_references_page_is_the_code_s_list() {
    let docs = include_str!("../../../docs/references.md");
    assert_eq!(
        docs,
        references_markdown(),
        "docs/references.md is stale: cargo run -q --example knowledge -- --references > docs/references.md"
    );
    for &c in Citation::ALL {
        assert!(docs.contains(&format!("## `{}`", c.id())), "{c} not listed");
    }
}

#[test]
fn titles_are_the_published_ones() {
    let title = |c: Citation| c.reference().title;
    assert!(title(Citation::Martin2014).starts_with("Diagnostic accuracy of clinical tests"));
    assert!(title(Citation::Tomaszewski2016).starts_with("Surgical anatomy of the sciatic nerve"));
    assert!(title(Citation::Freiwald2021).contains("superficial heat therapy"));
    assert!(title(Citation::Compression2022).contains("ischemic compression"));
    assert_eq!(Citation::Martin2014.reference().year, 2014);
}

#[test]
fn a_diagnostic_test_study_is_no_source_for_an_exercise() {
    for &e in Exercise::ALL {
        assert!(
            !e.record()
                .sources
                .contains(&Source::Cited(Citation::Martin2014)),
            "{e} cites a study of examination tests"
        );
    }
    assert!(
        Citation::Martin2014
            .reference()
            .supports
            .contains("not a source for the seated stretch")
    );
}

#[test]
fn citations_say_what_their_sources_say() {
    // NICE NG59: manual therapy only alongside exercise, no endorsement of dry needling.
    let ng59 = Citation::NiceNg59.reference().supports;
    assert!(ng59.contains("only as part of a package that includes exercise"));
    assert!(ng59.contains("does not endorse dry needling"));
    let manual = Treatment::ManualTherapy.record();
    assert!(
        manual
            .description
            .contains("only as part of a plan that includes exercise")
    );
    assert!(manual.description.contains("does not endorse dry needling"));
    // LOINC defines the scale, not what is severe.
    assert!(
        Citation::Loinc72514
            .reference()
            .supports
            .contains("project default")
    );
    // The 2022 review: threshold up, reported pain not down.
    let review = Citation::Compression2022.reference().supports;
    assert!(review.contains("raised the pressure-pain threshold"));
    assert!(review.contains("did not lower self-reported pain"));
    // The 31% covers every variant course.
    let east_asian = SCIATIC_NERVE
        .prevalence
        .iter()
        .find(|p| p.percent.0 == 310)
        .unwrap();
    assert!(east_asian.what.contains("any type"));
    assert!(!east_asian.what.contains("through or over"));
    // The roller hold cites no study that was never named.
    let roller = Exercise::FoamRollerRelease.record();
    assert!(
        !roller
            .dosage_basis
            .contains("raised the pressure-pain threshold")
    );
    assert!(roller.dosage_basis.starts_with("Guide:"));
}

#[test]
fn travell_and_simons_give_one_pattern_and_the_guide_the_rest() {
    let ts = Source::Cited(Citation::TravellSimons);
    // The whole pattern: T&S for the shared zones and the thigh only.
    for r in PIRIFORMIS_REFERRAL {
        let shared = matches!(
            r.region,
            BodyRegion::SacroiliacRegion
                | BodyRegion::Buttock
                | BodyRegion::BackOfHip
                | BodyRegion::BackOfThigh
        );
        assert_eq!(r.source == ts, shared, "{}", r.region);
        if !shared {
            assert!(matches!(r.source, Source::Guide(_)), "{}", r.region);
        }
    }
    // No point, and nothing in a point's own list, is credited to T&S.
    for &tp in TriggerPoint::ALL {
        let rec = tp.record();
        assert!(!rec.sources.contains(&ts), "{tp}");
        for r in rec.referral {
            assert!(matches!(r.source, Source::Guide(_)), "{tp}: {}", r.region);
        }
    }
    assert!(
        Citation::TravellSimons
            .reference()
            .supports
            .contains("no central point")
    );
}
