//! Write-ups: pasted articles, web pages and Word files turned into clean structured text (title, subtitle, kicker,
//! byline, headings at two levels, paragraphs, captions, photos, key figures) with junk set aside, never lost.
//!
//! The crate is a pure library: no storage, no CLI, no Tauri. Modules, one job each:
//! `model` (the JSON data), `normalize` (character cleaning), `chrome` (the one test of whether a line looks like
//! page chrome, shared with layout and preflight), `junk` (web junk vocabulary), `byline` (byline
//! parsing), `structure` (deciding what each line is), `figures` (key figures), `convert` (traditional →
//! simplified), `edit` (the user's corrections), `decode` (text encodings), `html`, `markdown` and `docx` (rich sources), `messages` and `error`
//! (all user-facing Chinese text). This file only wires them together and reads files.

pub mod byline;
pub mod chrome;
pub mod convert;
pub mod decode;
mod docx;
pub mod edit;
pub mod error;
pub mod figures;
mod html;
pub mod junk;
mod markdown;
mod messages;
pub mod model;
pub mod normalize;
mod spam;
pub mod structure;

use std::path::Path;

pub use chrome::{looks_like_chrome, paired, title_chrome, title_fragment, ChromeKind};
pub use convert::{is_mostly_traditional, script_of, to_simplified, Script};
pub use error::Error;
/// Why a paragraph marked `cut_off` is flagged (Chinese, for review and preflight).
pub use messages::CUT_OFF as CUT_OFF_REASON;
pub use model::*;
pub use structure::{mark_cut_off, reads_cut_off, structure_text, without_page_pointer};

/// Largest text/HTML/Markdown file accepted.
pub const MAX_TEXT_FILE: u64 = 32 * 1024 * 1024;
/// Largest .docx file accepted.
pub const MAX_DOCX_FILE: u64 = 200 * 1024 * 1024;

/// Structures HTML as pasted from Word, WPS, WeChat articles and web pages (the desktop app's paste uses it).
pub fn structure_html(html: &str, opts: &Options) -> WriteUp {
    structure::structure(html::lines(html), true, opts)
}

/// The paragraphs of HTML as the structure counts them: `(line number, raw text)`, so that a review can show the
/// source beside what was understood (block `lines` of HTML input refer to these numbers).
pub fn html_source_lines(html: &str) -> Vec<(usize, String)> {
    html::lines(html)
        .into_iter()
        .map(|l| (l.nums.first().copied().unwrap_or(0), l.raw))
        .collect()
}

/// Structures Markdown text.
pub fn structure_markdown(md: &str, opts: &Options) -> WriteUp {
    structure::structure(markdown::lines(md), true, opts)
}

/// Structures a .docx file held in memory; `name` is used in error messages.
pub fn structure_docx(bytes: Vec<u8>, name: &str, opts: &Options) -> Result<Imported, Error> {
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Err(Error::OldWordFormat(name.to_string()));
    }
    let doc = docx::read(bytes, name)?;
    let writeup = structure::structure(doc.lines, true, opts);
    if writeup.is_empty() {
        return Err(Error::Empty(name.to_string()));
    }
    let mut pictures = Vec::new();
    for raw in doc.pictures {
        let Some(bi) = writeup
            .blocks
            .iter()
            .position(|b| b.image.as_deref() == Some(raw.file_name.as_str()))
        else {
            continue;
        };
        let caption = writeup
            .blocks
            .get(bi + 1)
            .filter(|b| b.kind == BlockKind::Caption)
            .map(|b| b.text.clone());
        pictures.push(Picture {
            file_name: raw.file_name,
            bytes: raw.bytes,
            caption,
            block_index: bi,
        });
    }
    Ok(Imported { writeup, pictures })
}

/// Reads a write-up file: .txt (UTF-8, UTF-16, GBK/GB18030), .md, .html/.htm, .docx. Old .doc/.wps files get an
/// error asking the user to save them as .docx; a file with no article in it (empty, only whitespace, or only
/// lines set aside as chrome or junk) gets [`Error::Empty`].
pub fn read_file(path: &Path, opts: &Options) -> Result<Imported, Error> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let io = |source| Error::Io {
        path: path.display().to_string(),
        source,
    };
    let kind = match ext.as_str() {
        "txt" | "text" | "" => "txt",
        "md" | "markdown" => "md",
        "html" | "htm" | "xhtml" | "mht" => "html",
        "docx" | "docm" | "wpsx" => "docx",
        "doc" | "wps" | "wpt" | "dot" | "rtf" => "old",
        _ => return Err(Error::Unsupported(name)),
    };
    let size = std::fs::metadata(path).map_err(io)?.len();
    let limit = if kind == "docx" || kind == "old" {
        MAX_DOCX_FILE
    } else {
        MAX_TEXT_FILE
    };
    if size > limit {
        return Err(Error::TooLarge(name, limit / 1024 / 1024));
    }
    let bytes = std::fs::read(path).map_err(io)?;
    if kind == "old" {
        // a .doc that is really a .docx (renamed) is read as one
        if bytes.starts_with(b"PK\x03\x04") {
            return structure_docx(bytes, &name, opts);
        }
        return Err(Error::OldWordFormat(name));
    }
    if kind == "docx" {
        return structure_docx(bytes, &name, opts);
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Err(Error::OldWordFormat(name));
    }
    let text = decode::decode(&bytes).ok_or_else(|| Error::Encoding(name.clone()))?;
    let writeup = match kind {
        "md" => structure_markdown(&text, opts),
        "html" => structure_html(&text, opts),
        _ => structure_text(&text, opts),
    };
    if writeup.is_empty() {
        return Err(Error::Empty(name));
    }
    Ok(Imported {
        writeup,
        pictures: Vec::new(),
    })
}
