//! Reads Markdown write-ups: `#` headings, `![alt](src)` pictures, `**bold**` lines, quotes and list marks, into
//! source lines with hints for the structure pass.
//!
//! This module owns only Markdown syntax; it must not decide structure itself.

use crate::structure::{Hint, SrcLine};

pub(crate) fn lines(text: &str) -> Vec<SrcLine> {
    let mut out = Vec::new();
    let mut seen_h1 = false;
    let mut in_fence = false;
    for (i, raw) in text.split('\n').enumerate() {
        let n = i + 1;
        let l = raw.strip_suffix('\r').unwrap_or(raw);
        let t = l.trim();
        if t.starts_with("```") {
            in_fence = !in_fence;
            out.push(SrcLine::new("", n, Hint::None));
            continue;
        }
        if in_fence {
            out.push(SrcLine::new(l, n, Hint::Para));
            continue;
        }
        let hashes = t.chars().take_while(|c| *c == '#').count();
        if (1..=6).contains(&hashes) && t.chars().nth(hashes) == Some(' ') {
            let body = t[hashes..].trim().trim_end_matches('#').trim();
            let hint = match hashes {
                1 if !seen_h1 => {
                    seen_h1 = true;
                    Hint::Title
                }
                1 | 2 => Hint::Heading(1),
                _ => Hint::Heading(2),
            };
            out.push(SrcLine::new(body, n, hint));
            continue;
        }
        if let Some(rest) = t.strip_prefix("![") {
            if let Some(close) = rest.find("](") {
                let alt = &rest[..close];
                let src = rest[close + 2..]
                    .trim_end_matches(')')
                    .split_whitespace()
                    .next()
                    .unwrap_or("");
                let name = src.rsplit(['/', '\\']).next().unwrap_or(src).to_string();
                out.push(SrcLine::new("", n, Hint::Photo(name)));
                if !alt.trim().is_empty() {
                    out.push(SrcLine::new(alt, n, Hint::Caption));
                }
                continue;
            }
        }
        let mut body = t;
        for p in ["> ", ">", "- ", "* ", "+ "] {
            if let Some(r) = body.strip_prefix(p) {
                body = r.trim_start();
                break;
            }
        }
        let bold = body.len() > 4 && body.starts_with("**") && body.ends_with("**");
        let body = body.replace("**", "").replace("__", "");
        if t == "---" || t == "***" || t == "___" {
            out.push(SrcLine::new("", n, Hint::None));
            continue;
        }
        let hint = if bold { Hint::Bold } else { Hint::Para };
        // consecutive lines of one Markdown paragraph are one paragraph
        if let Some(prev) = out.last_mut() {
            if prev.hint == Hint::Para && hint == Hint::Para && !prev.raw.is_empty() && !body.is_empty() {
                let sp = prev.raw.ends_with(|c: char| c.is_ascii_alphanumeric())
                    && body.starts_with(|c: char| c.is_ascii_alphanumeric());
                prev.raw = format!("{}{}{}", prev.raw, if sp { " " } else { "" }, body);
                prev.nums.push(n);
                continue;
            }
        }
        out.push(SrcLine::new(body, n, hint));
    }
    out
}
