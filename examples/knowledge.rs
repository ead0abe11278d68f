//! Prints the knowledge base: a readable summary, or with `--json` the whole
//! base as one JSON document for apps to render.
//!
//! ```text
//! cargo run -q --example knowledge
//! cargo run -q --example knowledge -- --json
//! cargo run -q --example knowledge -- --tiers   # the triage tier table, as Markdown
//! cargo run -q --example knowledge -- --references   # every cited reference, as Markdown
//! cargo run -q --example knowledge -- --plain-cases   # what common presentations get, as Markdown
//! ```

use std::fmt::Write as _;

use piriformis::KnowledgeBase;

#[path = "support/out.rs"]
mod out;

fn main() {
    let kb = KnowledgeBase::get();
    if std::env::args().any(|a| a == "--tiers") {
        use std::io::Write;
        let _ = write!(
            std::io::stdout().lock(),
            "{}",
            piriformis::triage::tier_table_markdown()
        );
        return;
    }
    if std::env::args().any(|a| a == "--plain-cases") {
        out::emit(piriformis::document::plain_cases_markdown().trim_end());
        return;
    }
    if std::env::args().any(|a| a == "--references") {
        use std::io::Write;
        let _ = write!(
            std::io::stdout().lock(),
            "{}",
            piriformis::source::references_markdown()
        );
        return;
    }
    if std::env::args().any(|a| a == "--json") {
        // Write without println! so that a closed pipe (`| head`) ends quietly.
        use std::io::Write;
        let text = serde_json::to_string_pretty(&kb).unwrap_or_default();
        let _ = writeln!(std::io::stdout().lock(), "{text}");
        return;
    }
    // One text, written once: a closed pipe (`| head`) ends quietly.
    let mut s = String::new();
    let _ = writeln!(
        s,
        "piriformis knowledge base (schema {})\n",
        kb.schema_version
    );
    for m in &kb.muscles {
        let _ = writeln!(s, "Muscle  {:<16} {}", m.id, m.name);
    }
    s.push('\n');
    for t in &kb.trigger_points {
        let zones: Vec<String> = t
            .referral
            .iter()
            .map(|r| format!("{} ({})", r.region, r.kind))
            .collect();
        let _ = writeln!(
            s,
            "Trigger point {:<8} {}\n    refers to: {}",
            t.id,
            t.how_to_find,
            zones.join(", ")
        );
    }
    s.push('\n');
    for r in &kb.red_flags {
        let _ = writeln!(
            s,
            "Red flag [{:<19}] {}",
            r.id.tier().to_string(),
            r.question
        );
    }
    s.push('\n');
    for e in &kb.exercises {
        let _ = writeln!(s, "{:<10} {:<28} {}", e.stage.to_string(), e.name, e.dosage);
    }
    let _ = writeln!(
        s,
        "\n{} causes, {} symptoms, {} clinical tests, {} treatments, {} myths, {} resources, {} triage rules.",
        kb.causes.len(),
        kb.symptoms.len(),
        kb.clinical_tests.len(),
        kb.treatments.len(),
        kb.misconceptions.len(),
        kb.resources.len(),
        kb.triage_rules.len()
    );
    let _ = writeln!(s, "\n{}", kb.notice);
    out::emit(s.trim_end());
}
