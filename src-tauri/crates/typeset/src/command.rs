//! The `zhanban-cli typeset` command: breaks paragraphs read from standard input at a width in em and prints the
//! lines exactly as broken (one per output line, no indent or justification spaces), or JSON with the font of each
//! character, `missing` characters and `fallback` substitutions.
//!
//! Owns the command's options and output format; argument parsing stays in the CLI.

use serde::Serialize;

use crate::error::Error;
use crate::fallback::{Substitution, TextReport};
use crate::style::ParagraphStyle;
use crate::Typesetter;

/// Options of `zhanban-cli typeset`.
#[derive(Clone, Debug, PartialEq)]
pub struct TypesetCommandOptions {
    /// Line width in em (`--width`).
    pub width_em: f64,
    /// Font size in points (`--size`, default 12); breaking is in em, so it only shows in the JSON.
    pub size_pt: f64,
    /// Font name (`--font`, default 思源黑体); Chinese names such as 黑体、宋体、楷体 work.
    pub font: Option<String>,
    /// JSON output (`--json`).
    pub json: bool,
    /// First-line indent in em (0 by default so the lines show the breaking alone).
    pub indent_em: f64,
    /// Hanging punctuation (off by default).
    pub hanging: bool,
}

impl Default for TypesetCommandOptions {
    fn default() -> Self {
        TypesetCommandOptions {
            width_em: 20.0,
            size_pt: 12.0,
            font: None,
            json: false,
            indent_em: 0.0,
            hanging: false,
        }
    }
}

#[derive(Serialize)]
struct JsonChar {
    ch: String,
    font: String,
}

#[derive(Serialize)]
struct JsonLine {
    paragraph: usize,
    text: String,
    chars: Vec<JsonChar>,
    /// Natural width in em after compression.
    width_em: f32,
}

#[derive(Serialize)]
struct JsonOut<'a> {
    width_em: f64,
    size_pt: f64,
    font: String,
    lines: Vec<JsonLine>,
    missing: &'a [String],
    fallback: &'a [Substitution],
    messages: Vec<String>,
}

/// Runs the command on `text` (one paragraph per input line; blank lines are skipped) with a typesetter.
pub fn typeset_command_with(ts: &Typesetter, text: &str, opts: &TypesetCommandOptions) -> Result<String, Error> {
    if !(opts.width_em.is_finite() && opts.width_em > 0.0 && opts.size_pt.is_finite() && opts.size_pt > 0.0) {
        return Err(Error::InvalidParameter {
            what: format!("--width {} --size {}", opts.width_em, opts.size_pt),
        });
    }
    let style = ParagraphStyle {
        font: opts.font.clone().unwrap_or_else(|| "思源黑体".into()),
        size_pt: opts.size_pt,
        indent_em: opts.indent_em,
        hanging_punctuation: opts.hanging,
        ..ParagraphStyle::default()
    };
    let mut out_lines = Vec::new();
    let mut json_lines = Vec::new();
    let mut report = TextReport::default();
    let mut family = String::new();
    for (pi, para) in text.lines().filter(|l| !l.trim().is_empty()).enumerate() {
        let p = ts.prepare(para, &style)?;
        report.merge(&p.report);
        if family.is_empty() {
            family = p.faces.first().map(|f| f.family.clone()).unwrap_or_default();
        }
        let lines = p.break_lines(&crate::BreakParams {
            width: opts.width_em as f32,
            indent: opts.indent_em as f32,
            min_last_letters: 2,
        });
        for (l, t) in lines.iter().zip(p.line_texts(&lines)) {
            if opts.json {
                let mut chars = Vec::new();
                for a in &p.atoms[l.start..l.end] {
                    let fam = &p.faces[usize::from(a.face)].family;
                    for c in p.text[a.start..a.end].chars() {
                        chars.push(JsonChar {
                            ch: c.to_string(),
                            font: fam.clone(),
                        });
                    }
                }
                json_lines.push(JsonLine {
                    paragraph: pi,
                    text: t,
                    chars,
                    width_em: l.natural,
                });
            } else {
                out_lines.push(t);
            }
        }
    }
    if opts.json {
        let out = JsonOut {
            width_em: opts.width_em,
            size_pt: opts.size_pt,
            font: family,
            lines: json_lines,
            missing: &report.missing,
            fallback: &report.fallback,
            messages: report.messages(),
        };
        Ok(serde_json::to_string_pretty(&out)? + "\n")
    } else {
        let mut s = out_lines.join("\n");
        s.push('\n');
        Ok(s)
    }
}

/// Runs the command with the usual fonts (see [`Typesetter::new`]).
pub fn typeset_command(text: &str, opts: &TypesetCommandOptions) -> Result<String, Error> {
    let ts = Typesetter::new()?;
    typeset_command_with(&ts, text, opts)
}
