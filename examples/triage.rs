//! Triage an assessment from a JSON file.
//!
//! ```text
//! cargo run -q --example triage -- FILE.json [--json]
//! ```
//! Without `--json` it prints a readable report; with it, the result as JSON.
//! Bad input prints the typed error (naming the field) and exits with 2.

use piriformis::{Assessment, triage};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let json = args.iter().any(|a| a == "--json");
    let Some(path) = args.iter().find(|a| !a.starts_with("--")) else {
        eprintln!("usage: triage FILE.json [--json]");
        std::process::exit(2);
    };
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("cannot read {path}: {e}");
            std::process::exit(2);
        }
    };
    match Assessment::from_json(&text).and_then(|a| triage(&a)) {
        Ok(r) if json => println!("{}", serde_json::to_string_pretty(&r).unwrap_or_default()),
        Ok(r) => println!("{r}"),
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(2);
        }
    }
}
