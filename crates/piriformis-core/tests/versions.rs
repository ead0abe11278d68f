//! The versions apps store with what they save change with what they stand
//! for: each table is fingerprinted here, next to the version it had. A change
//! to the rule table or the question catalogue fails this test until its
//! version is bumped and the new fingerprint recorded below.

use piriformis_core::document::library_info;
use piriformis_core::interview::{CATALOGUE, CATALOGUE_VERSION};
use piriformis_core::triage::{NO_WARNING_SIGNS, RULES, RULES_VERSION, TriagePolicy};
use piriformis_core::{Assessment, triage};

/// (version, fingerprint) pairs: add a row when a version is bumped.
/// Version 2: a nerve sign answered "not sure" is an open question, an
/// explicit "unknown" to both legs is never overridden, a follow-up "yes"
/// against every parent's "no" is a contradiction; the cauda equina onset
/// splits every policy, the cancer, infection and fracture rows follow their
/// sources' words (docs/triage-tiers.md lists each change).
/// Version 3: a strenuous lift counts with a minor fall at 50 or over, or
/// with fragile bones.
const RULES_FINGERPRINTS: &[(u16, u64)] = &[
    (1, 0x6692_c1e1_6b1f_d4c3),
    (2, 0x1b3a_ed21_86f2_304d),
    (3, 0x6126_1573_a4b6_b338),
];
/// Version 2: age, a lump or swelling, chemotherapy after a weakened immune
/// system; injecting drugs and a recent infection asked of everyone; the
/// onset follow-up asked under both policies.
/// Version 3: the strenuous-lift question (at 50 or over, or with fragile
/// bones), "does not apply" on the sexual-function question, and "still not
/// sure" when a question is asked again.
const CATALOGUE_FINGERPRINTS: &[(u16, u64)] = &[
    (1, 0x9af8_051a_8983_b28c),
    (2, 0x9561_9004_8a6a_02fc),
    (3, 0x9a74_77f4_16d2_0848),
];

/// FNV-1a, 64 bits: stable across Rust versions and platforms.
fn fnv(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

fn rules_fingerprint() -> u64 {
    // The rows with their sources, and the tier each policy derives from them.
    let tiers: Vec<_> = RULES
        .iter()
        .chain([&NO_WARNING_SIGNS])
        .map(|r| {
            (
                r.tier(TriagePolicy::SelfCheck),
                r.tier(TriagePolicy::ClinicianReferral),
            )
        })
        .collect();
    fnv(&format!(
        "{}{}{:?}",
        serde_json::to_string(RULES).unwrap(),
        serde_json::to_string(&NO_WARNING_SIGNS).unwrap(),
        tiers
    ))
}

fn catalogue_fingerprint() -> u64 {
    // What decides whether a saved answer still fits: ids, kinds, fields,
    // conditions and every accepted choice id (not the wording).
    let shape: Vec<String> = CATALOGUE
        .iter()
        .map(|q| {
            let choices: Vec<String> = q.choices().into_iter().map(|c| c.id).collect();
            format!(
                "{:?}{:?}{:?}{:?}{:?}{choices:?}",
                q.id, q.kind, q.fills, q.enable_when, q.only_under
            )
        })
        .collect();
    fnv(&shape.join("\n"))
}

fn recorded(table: &[(u16, u64)], version: u16) -> Option<u64> {
    table.iter().find(|(v, _)| *v == version).map(|(_, f)| *f)
}

#[test]
fn the_rules_version_changes_with_the_rule_table() {
    let now = rules_fingerprint();
    assert_eq!(
        recorded(RULES_FINGERPRINTS, RULES_VERSION),
        Some(now),
        "the rule table changed: bump RULES_VERSION and record ({}, {now:#x})",
        RULES_VERSION + 1
    );
}

#[test]
fn the_catalogue_version_changes_with_the_catalogue() {
    let now = catalogue_fingerprint();
    assert_eq!(
        recorded(CATALOGUE_FINGERPRINTS, CATALOGUE_VERSION),
        Some(now),
        "the catalogue changed: bump CATALOGUE_VERSION and record ({}, {now:#x})",
        CATALOGUE_VERSION + 1
    );
}

#[test]
fn results_and_library_info_carry_the_versions() {
    let info = library_info();
    assert_eq!(info.rules, RULES_VERSION);
    assert_eq!(info.catalogue, CATALOGUE_VERSION);
    assert_eq!(info.library, env!("CARGO_PKG_VERSION"));
    assert_eq!(
        info.knowledge_schema,
        piriformis_core::document::SCHEMA_VERSION
    );
    let r = triage(&Assessment::default()).unwrap();
    assert_eq!(r.rules_version, RULES_VERSION);
    // Versions only grow: the tables of fingerprints are in order.
    for t in [RULES_FINGERPRINTS, CATALOGUE_FINGERPRINTS] {
        assert!(t.windows(2).all(|w| w[0].0 < w[1].0));
    }
}
