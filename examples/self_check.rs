//! The terminal self-check: an interview that asks the right questions in a
//! safe order, then shows what to do, why, the likely source of the pain and,
//! when self-care fits, today's routine.
//!
//! ```text
//! cargo run --example self_check                          # interactive
//! cargo run --example self_check -- --answers FILE.json   # from a file
//! cargo run --example self_check -- --answers FILE.json --json
//! cargo run --example self_check -- --catalogue           # the questions as JSON
//! cargo run --example self_check -- --policy clinician_referral   # referral timelines (opt-in)
//! ```
//! While answering: a number or an id picks a choice, `?` shows help, `back`
//! changes the previous answer, Ctrl-D stops.

use std::io::{BufRead, Write};

use piriformis::interview::{
    AnswerKind, AnswerValue, Answers, QuestionId, QuestionView, Step, answers_from_json,
    next_step_with,
};
use piriformis::routine::{PlanOptions, todays_request};
use piriformis::triage::TriagePolicy;

#[path = "support/policy_arg.rs"]
mod policy_arg;
use policy_arg::policy_arg;
#[path = "support/out.rs"]
mod out;

fn parse(q: &QuestionView, line: &str) -> Result<AnswerValue, String> {
    let pick = |token: &str| -> Result<String, String> {
        let token = token.trim();
        if let Ok(n) = token.parse::<usize>() {
            if (1..=q.choices.len()).contains(&n) {
                return Ok(q.choices[n - 1].id.clone());
            }
        }
        let lower = token.to_lowercase();
        let alias = match lower.as_str() {
            "y" => "yes",
            "n" => "no",
            "not sure" | "unsure" | "dk" | "idk" | "dunno" | "don't know" | "dont know" => {
                "not_sure"
            }
            other => other,
        };
        q.choices
            .iter()
            .find(|c| c.id == alias || c.label.to_lowercase() == alias)
            .map(|c| c.id.clone())
            .ok_or_else(|| {
                format!(
                    "'{}' is not one of the choices: type a number from 1 to {}.",
                    piriformis::error::echo(token),
                    q.choices.len()
                )
            })
    };
    match q.kind {
        AnswerKind::YesNo | AnswerKind::OneOf => pick(line).map(AnswerValue::Choice),
        AnswerKind::SeveralOf => {
            if line.trim().eq_ignore_ascii_case("none") || line.trim() == "0" {
                return Ok(AnswerValue::Choices(vec![]));
            }
            line.split([',', ' '])
                .filter(|t| !t.trim().is_empty())
                .map(pick)
                .collect::<Result<Vec<_>, _>>()
                .map(AnswerValue::Choices)
        }
        AnswerKind::Scale0To10 | AnswerKind::Weeks | AnswerKind::Years => {
            use piriformis::vocab::ranges::{AGE, PAIN, SELF_CARE_WEEKS};
            let range = match q.kind {
                AnswerKind::Scale0To10 => PAIN,
                AnswerKind::Weeks => SELF_CARE_WEEKS,
                _ => AGE,
            };
            let (min, max) = (f64::from(range.min), f64::from(range.max));
            match line.trim().parse::<f64>() {
                Ok(n) if n.fract() == 0.0 && (min..=max).contains(&n) => Ok(AnswerValue::Number(n)),
                _ => Err(format!(
                    "Please type a whole number from {} to {}.",
                    range.min, range.max
                )),
            }
        }
        // A kind of answer added after this example was written.
        other => Err(format!("This example cannot ask {other} questions yet.")),
    }
}

fn show_question(
    out: &mut impl Write,
    q: &QuestionView,
    asked: u16,
    left: u16,
) -> std::io::Result<()> {
    writeln!(
        out,
        "\n[{} of at most {}] {}",
        asked + 1,
        asked + left,
        q.prompt
    )?;
    for (i, c) in q.choices.iter().enumerate() {
        writeln!(out, "   {}. {}", i + 1, c.label)?;
    }
    let pain = piriformis::vocab::ranges::PAIN;
    let scale = format!("{}-{}", pain.min, pain.max);
    let hint = match q.kind {
        AnswerKind::SeveralOf => "numbers separated by commas, or 'none'",
        AnswerKind::Scale0To10 => scale.as_str(),
        AnswerKind::Weeks => "weeks, e.g. 0 or 3",
        AnswerKind::Years => "years, e.g. 45",
        AnswerKind::YesNo => "y, n, or a number",
        _ => "a number",
    };
    write!(out, "({hint}; ? for help, back to go back) > ")?;
    out.flush()
}

fn finish(out: &mut impl Write, step: Step, json: bool) -> std::io::Result<()> {
    let Step::Done {
        assessment,
        triage,
        stopped_early,
        not_asked,
        ..
    } = step
    else {
        return Ok(());
    };
    // Today's plan: 15 minutes, no equipment (the defaults).
    let plan = todays_request(&assessment, &triage, &PlanOptions::default()).ok();
    let routine = plan.as_ref().and_then(|p| p.build_routine().ok());
    if json {
        let doc = serde_json::json!({ "assessment": assessment, "triage": triage, "plan": plan, "routine": routine, "stopped_early": stopped_early, "not_asked": not_asked });
        return writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&doc).unwrap_or_default()
        );
    }
    writeln!(out, "\n==================== Result ====================")?;
    if stopped_early {
        writeln!(
            out,
            "We stopped early: none of the {} questions left could make this more urgent.\n",
            not_asked.len()
        )?;
    }
    writeln!(out, "{triage}")?;
    if let (Some(p), Some(r)) = (plan, routine) {
        writeln!(
            out,
            "\n==================== Today ====================\n{p}\n\n{r}"
        )?;
    }
    Ok(())
}

/// One line typed at the prompt.
#[derive(Debug, PartialEq, Eq)]
enum Input {
    /// The line, without its line ending.
    Line(String),
    /// A line that is not valid UTF-8: ask again rather than stop.
    Unreadable,
    /// A line over [`out::MAX_LINE_BYTES`]: dropped unread, asked again.
    TooLong,
    /// End of input (Ctrl-D).
    End,
}

/// Reads one line; a line that is not valid UTF-8 is reported as
/// [`Input::Unreadable`] and a line over [`out::MAX_LINE_BYTES`] as
/// [`Input::TooLong`] (both consumed) instead of ending the self-check.
fn read_answer(input: &mut impl BufRead) -> std::io::Result<Input> {
    let mut bytes = Vec::new();
    Ok(match out::read_bounded_line(input, &mut bytes)? {
        None => Input::End,
        Some(false) => Input::TooLong,
        Some(true) => String::from_utf8(bytes).map_or(Input::Unreadable, Input::Line),
    })
}

fn interactive(policy: TriagePolicy) -> std::io::Result<()> {
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    let mut out = std::io::stdout();
    writeln!(
        out,
        "piriformis self-check\n\nA few questions about your buttock and leg pain. Warning signs come first.\nThis is general information, not medical advice. If you feel very unwell, call emergency services."
    )?;
    let mut answers = Answers::new();
    let mut order: Vec<QuestionId> = Vec::new();
    loop {
        let step = match next_step_with(&answers, policy) {
            Ok(s) => s,
            Err(e) => {
                // Contradicting answers: say which, and take back the last one.
                writeln!(
                    out,
                    "\nThose answers don't fit together: {e}\nLet's change the last answer."
                )?;
                if let Some(last) = order.pop() {
                    answers.remove(&last);
                }
                continue;
            }
        };
        let Step::Ask { question, progress } = &step else {
            return finish(&mut out, step, false);
        };
        show_question(
            &mut out,
            question,
            progress.asked,
            progress.remaining_at_most,
        )?;
        loop {
            let line = match read_answer(&mut input)? {
                Input::End => {
                    writeln!(
                        out,
                        "\n\nStopped. Nothing was saved. If you are worried about your symptoms, contact a health professional."
                    )?;
                    return Ok(());
                }
                Input::Unreadable => {
                    write!(
                        out,
                        "   Sorry, I could not read that line (it is not valid text). Please type your answer again > "
                    )?;
                    out.flush()?;
                    continue;
                }
                Input::TooLong => {
                    write!(
                        out,
                        "   That line is too long to be an answer. Please type a short answer > "
                    )?;
                    out.flush()?;
                    continue;
                }
                Input::Line(line) => line,
            };
            let line = line.trim();
            if line == "?" {
                writeln!(out, "   {}", question.help)?;
                show_question(
                    &mut out,
                    question,
                    progress.asked,
                    progress.remaining_at_most,
                )?;
                continue;
            }
            if line.eq_ignore_ascii_case("back") {
                match order.pop() {
                    Some(last) => {
                        answers.remove(&last);
                    }
                    None => writeln!(out, "   This is the first question.")?,
                }
                break;
            }
            if line.is_empty() {
                write!(out, "   Please answer, or type ? for help > ")?;
                out.flush()?;
                continue;
            }
            match parse(question, line) {
                Ok(v) => {
                    answers.insert(question.id, v);
                    order.push(question.id);
                    break;
                }
                Err(msg) => {
                    write!(out, "   {msg} > ")?;
                    out.flush()?;
                }
            }
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let json = args.iter().any(|a| a == "--json");
    let usage =
        "usage: self_check [--answers FILE.json] [--json] [--policy self_check|clinician_referral]";
    let (policy, _) = policy_arg(&args, usage);
    if args.iter().any(|a| a == "--catalogue") {
        let questions = piriformis::interview::catalogue();
        out::emit(&serde_json::to_string_pretty(&questions).unwrap_or_default());
        return;
    }
    let result = if let Some(i) = args.iter().position(|a| a == "--answers") {
        let Some(path) = args.get(i + 1) else {
            eprintln!("{usage}");
            std::process::exit(2);
        };
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| {
            eprintln!("cannot read {path}: {e}");
            std::process::exit(2);
        });
        match answers_from_json(&text).and_then(|a| next_step_with(&a, policy)) {
            Ok(step @ Step::Done { .. }) => finish(&mut std::io::stdout(), step, json),
            Ok(Step::Ask { question, .. }) => {
                eprintln!(
                    "error: answers.{}: missing; the interview needs this answer next: {}",
                    question.id, question.prompt
                );
                std::process::exit(2);
            }
            Err(e) => {
                eprintln!("error: {e}");
                std::process::exit(2);
            }
        }
    } else {
        interactive(policy)
    };
    if let Err(e) = result {
        out::quit_on(e);
    }
}

#[cfg(test)]
mod tests {
    use super::{Input, read_answer};

    #[test]
    fn a_line_that_is_not_text_is_asked_again() {
        let mut input: &[u8] = b"yes\r\n\xff\xfe oops\nno\nlast";
        let lines: Vec<Input> = std::iter::from_fn(|| match read_answer(&mut input).unwrap() {
            Input::End => None,
            other => Some(other),
        })
        .collect();
        assert_eq!(
            lines,
            [
                Input::Line("yes".into()),
                Input::Unreadable,
                Input::Line("no".into()),
                Input::Line("last".into()),
            ]
        );
    }
}
