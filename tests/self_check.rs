//! The terminal self-check (`examples/self_check.rs`) end to end: questions
//! through stdin, the exported catalogue, and the non-interactive JSON mode.

use piriformis::interview::{CATALOGUE, QuestionView};

fn run_self_check(input: &str, args: &[&str]) -> (String, i32) {
    let (out, err, code) = run_self_check_split(input, args);
    (out + &err, code)
}

fn run_self_check_split(input: &str, args: &[&str]) -> (String, String, i32) {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO"))
        .args(["run", "-q", "--example", "self_check", "--"])
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        String::from_utf8_lossy(&out.stdout).to_string(),
        String::from_utf8_lossy(&out.stderr).to_string(),
        out.status.code().unwrap_or(-1),
    )
}

#[test]
fn self_check_end_to_end_through_stdin() {
    // An emergency answer ends it once its follow-up (is it new?) is answered.
    let (out, code) = run_self_check("y\ny\n", &[]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("We stopped early") && out.contains("Emergency"),
        "{out}"
    );
    assert!(out.contains("not medical advice"));

    // Help, a bad answer, back, then a full path to self-care with a routine.
    let mut input = String::from("?\nmaybe\nn\nback\n");
    input.push_str(&"n\n".repeat(7)); // seven emergency and urgent yes/no questions
    input.push_str("1\n"); // weakness: no
    input.push_str(&"n\n".repeat(10)); // ten red flags
    input.push_str("45\n"); // age
    input.push_str("n\n"); // after a fall
    // numbness, tingling, severe, worse, lump, side, pain, regions, qualities,
    // worse with, tender, weeks, keeps coming back
    input.push_str("1\n1\nn\nn\nn\n2\n4\n3,6\n1\n1,2,3\n1\n0\nn\n");
    let (out, code) = run_self_check(&input, &[]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("The area that would touch a saddle") || out.contains("leaking"),
        "help shown: {out}"
    );
    assert!(
        out.contains("is not one of the choices"),
        "bad answer re-asked: {out}"
    );
    assert!(out.contains("Self-care at home fits"), "{out}");
    assert!(out.contains("Today's routine"), "{out}");

    // Ctrl-D ends cleanly.
    let (out, code) = run_self_check("n\nn\n", &[]);
    assert_eq!(code, 0);
    assert!(out.contains("Stopped. Nothing was saved."), "{out}");
}

#[test]
fn self_check_exports_the_catalogue() {
    let (out, err, code) = run_self_check_split("", &["--catalogue"]);
    assert_eq!(code, 0, "{err}");
    let v: Vec<QuestionView> = serde_json::from_str(&out).unwrap();
    assert_eq!(v.len(), CATALOGUE.len());
}

#[test]
fn self_check_non_interactive_json() {
    let dir = std::env::temp_dir().join(format!("piriformis-answers-{}.json", std::process::id()));
    std::fs::write(
        &dir,
        r#"{"bladder_or_bowel_control": "no", "saddle_numbness": "yes", "cauda_equina_signs_recent": "yes"}"#,
    )
    .unwrap();
    let (out, err, code) =
        run_self_check_split("", &["--answers", dir.to_str().unwrap(), "--json"]);
    assert_eq!(code, 0, "{out}{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["triage"]["disposition"], "emergency");
    assert_eq!(v["stopped_early"], true);
    std::fs::write(&dir, r#"{"pain_now": 12}"#).unwrap();
    let (out, code) = run_self_check("", &["--answers", dir.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(out.contains("answers.pain_now"), "{out}");
    std::fs::remove_file(&dir).ok();
}
