//! Shared by the examples: writing to stdout so that a closed reader
//! (`| head`, a pager quit early) ends the program quietly instead of
//! panicking, and reading bounded lines from stdin.

use std::io::{BufRead, Write};

/// Writes `text` and a newline to stdout. A closed pipe ends the program
/// quietly (exit 0); any other write error is reported (exit 1).
pub fn emit(text: &str) {
    let mut out = std::io::stdout().lock();
    if let Err(e) = writeln!(out, "{text}").and_then(|()| out.flush()) {
        quit_on(e);
    }
}

/// Ends the program for an output error: quietly for a closed pipe.
pub fn quit_on(e: std::io::Error) -> ! {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        std::process::exit(0);
    }
    eprintln!("error: {e}");
    std::process::exit(1);
}

// The self-check reads lines; the other examples only write.
#[allow(dead_code)]
/// The longest line an example keeps, in bytes: a longer line is read to
/// its end and dropped, never held or echoed whole.
pub const MAX_LINE_BYTES: usize = 4096;

/// Reads one line of at most [`MAX_LINE_BYTES`] bytes into `line` (line
/// ending removed); returns `Ok(None)` at the end of input and `Ok(Some(false))`
/// when the line was longer (its rest is consumed and `line` is empty).
#[allow(dead_code)]
pub fn read_bounded_line(
    input: &mut impl BufRead,
    line: &mut Vec<u8>,
) -> std::io::Result<Option<bool>> {
    line.clear();
    let mut seen = 0usize;
    let mut too_long = false;
    loop {
        let buf = input.fill_buf()?;
        if buf.is_empty() {
            if line.last() == Some(&b'\r') {
                line.pop();
            }
            return Ok((seen > 0).then_some(!too_long));
        }
        let (chunk, done) = match buf.iter().position(|&b| b == b'\n') {
            Some(i) => (&buf[..i], Some(i + 1)),
            None => (buf, None),
        };
        seen += chunk.len() + usize::from(done.is_some());
        if !too_long && line.len() + chunk.len() <= MAX_LINE_BYTES {
            line.extend_from_slice(chunk);
        } else {
            too_long = true;
            line.clear();
        }
        let used = done.unwrap_or(buf.len());
        input.consume(used);
        if done.is_some() {
            if line.last() == Some(&b'\r') {
                line.pop();
            }
            return Ok(Some(!too_long));
        }
    }
}
