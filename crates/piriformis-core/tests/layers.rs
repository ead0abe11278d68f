//! The core's layers point one way. This table is their one definition:
//! each module (a folder or file under `src/`, or a module the crate root
//! re-exports from one) belongs to a layer, and a module may import only from
//! its own layer and the layers below it. ARCHITECTURE.md shows the same
//! table (checked here).

use std::path::{Path, PathBuf};

/// The layers, bottom up, with the crate-root names that belong to each.
const LAYERS: &[(&str, &[&str])] = &[
    ("vocabularies", &["vocab", "error", "source", "units"]),
    ("input", &["input"]),
    (
        "knowledge",
        &[
            "knowledge",
            "anatomy",
            "trigger_point",
            "cause",
            "symptom",
            "red_flag",
            "exercise",
            "care",
        ],
    ),
    ("triage", &["triage"]),
    ("functions over triage", &["cell", "lookup", "progress"]),
    ("flows", &["interview", "routine"]),
    ("documents and pictures", &["document", "html", "picture"]),
    ("the Python face (feature `python`)", &["python"]),
];

fn layer_of(name: &str) -> Option<usize> {
    LAYERS.iter().position(|(_, names)| names.contains(&name))
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
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

/// The top-level module a file belongs to: its folder under `src/`, or its stem.
fn module_of(path: &Path) -> String {
    let rel = path.strip_prefix(src()).unwrap();
    let first = rel
        .components()
        .next()
        .unwrap()
        .as_os_str()
        .to_string_lossy();
    first.trim_end_matches(".rs").to_string()
}

/// Every crate-root name a file's code (not its comments) refers to, as
/// `crate::name` or inside `crate::{name::..., ...}`, with the line.
fn crate_refs(text: &str) -> Vec<(usize, String)> {
    let ident = |s: &str| -> String {
        s.trim_start()
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect()
    };
    let mut out = Vec::new();
    let code: Vec<&str> = text
        .lines()
        .map(|l| {
            if l.trim_start().starts_with("//") {
                ""
            } else {
                l
            }
        })
        .collect();
    let joined = code.join("\n");
    let mut rest = joined.as_str();
    let mut offset = 0;
    while let Some(i) = rest.find("crate::") {
        let line = joined[..offset + i].matches('\n').count() + 1;
        let after = &rest[i + "crate::".len()..];
        if let Some(group) = after.strip_prefix('{') {
            let mut depth = 1;
            let mut item = String::new();
            for c in group.chars() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 1 => break,
                    '}' => depth -= 1,
                    ',' if depth == 1 => {
                        out.push((line, ident(&item)));
                        item.clear();
                        continue;
                    }
                    _ => {}
                }
                if depth == 1 {
                    item.push(c);
                }
            }
            if !ident(&item).is_empty() {
                out.push((line, ident(&item)));
            }
        } else {
            out.push((line, ident(after)));
        }
        offset += i + "crate::".len();
        rest = &joined[offset..];
    }
    out
}

#[test]
fn no_module_imports_from_a_higher_layer() {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    files.sort();
    let mut problems = Vec::new();
    for file in &files {
        if file.ends_with("lib.rs") {
            continue;
        }
        let module = module_of(file);
        let Some(own) = layer_of(&module) else {
            problems.push(format!(
                "{}: module `{module}` is in no layer",
                file.display()
            ));
            continue;
        };
        let text = std::fs::read_to_string(file).unwrap();
        if text.contains("super::super::") {
            problems.push(format!(
                "{}: reaches the crate root through super::super",
                file.display()
            ));
        }
        for (line, name) in crate_refs(&text) {
            match layer_of(&name) {
                Some(l) if l <= own => {}
                Some(l) => problems.push(format!(
                    "{}:{line}: `{module}` ({}) imports `{name}` from a higher layer ({})",
                    file.display(),
                    LAYERS[own].0,
                    LAYERS[l].0
                )),
                None => problems.push(format!(
                    "{}:{line}: `crate::{name}` is not a module of any layer; import it through its module",
                    file.display()
                )),
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_root_module_of_the_crate_is_in_the_table() {
    let lib = std::fs::read_to_string(src().join("lib.rs")).unwrap();
    for line in lib.lines() {
        let line = line.trim();
        if let Some(name) = line
            .strip_prefix("pub mod ")
            .or_else(|| line.strip_prefix("mod "))
        {
            let name = name.trim_end_matches(';');
            assert!(
                layer_of(name).is_some(),
                "lib.rs declares `{name}`, which is in no layer"
            );
        }
    }
    for (_, names) in LAYERS {
        for name in *names {
            assert!(
                lib.contains(&format!("pub mod {name};")) || lib.contains(name),
                "`{name}` is in the table but not in lib.rs"
            );
        }
    }
}

/// The table as ARCHITECTURE.md shows it.
fn rendered() -> String {
    let mut out = String::from("| Layer (bottom up) | Modules |\n|---|---|\n");
    for (i, (name, names)) in LAYERS.iter().enumerate() {
        let names: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
        out.push_str(&format!("| {i}. {name} | {} |\n", names.join(", ")));
    }
    out
}

#[test]
fn architecture_md_shows_the_table() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ARCHITECTURE.md");
    let doc = std::fs::read_to_string(&path).unwrap();
    let table = rendered();
    assert!(
        doc.contains(&table),
        "ARCHITECTURE.md must contain the layer table exactly as:\n{table}"
    );
}

#[test]
fn the_checker_sees_grouped_and_plain_imports() {
    let refs = crate_refs(
        "use crate::{triage::Rule, vocab::{a, b}};\n// crate::picture\nlet x = crate::progress::f();",
    );
    let names: Vec<&str> = refs.iter().map(|(_, n)| n.as_str()).collect();
    assert_eq!(names, ["triage", "vocab", "progress"]);
}
