//! Shared test helpers: one typesetter for all tests, and the corpus.
#![allow(dead_code)]

use std::path::PathBuf;
use std::sync::OnceLock;

use zhanban_typeset::{FontLibrary, FontSources, Typesetter};

pub fn ts() -> &'static Typesetter {
    static TS: OnceLock<Typesetter> = OnceLock::new();
    TS.get_or_init(|| Typesetter::with_library(FontLibrary::discover(&FontSources::default()).unwrap()))
}

pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../..")
}

pub fn corpus_dir() -> PathBuf {
    repo_root().join("../shared/corpus")
}

/// Every non-empty line of every corpus article (a paragraph each), with the file name.
pub fn corpus_paragraphs() -> Vec<(String, String)> {
    let mut files: Vec<_> = std::fs::read_dir(corpus_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        let name = f.file_name().unwrap().to_string_lossy().into_owned();
        for line in text.lines() {
            let line = line.trim_end_matches('\r');
            if !line.trim().is_empty() {
                out.push((name.clone(), line.to_string()));
            }
        }
    }
    out
}

/// A sentence of the corpus that contains `needle` (so tests use real text).
pub fn corpus_sentence_with(needle: &str) -> String {
    corpus_paragraphs()
        .into_iter()
        .map(|(_, p)| p)
        .find(|p| p.contains(needle))
        .unwrap_or_else(|| panic!("corpus has no {needle}"))
}
