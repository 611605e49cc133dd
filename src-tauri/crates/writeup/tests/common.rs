#![allow(dead_code)]
//! Shared helpers for the integration tests: paths to the real corpus and photos.

use std::path::PathBuf;

pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../..")
}

pub fn corpus(name: &str) -> PathBuf {
    repo_root().join("../shared/corpus").join(name)
}

pub fn corpus_text(name: &str) -> String {
    std::fs::read_to_string(corpus(name)).unwrap()
}

/// A scratch folder inside the crate (git-ignored).
pub fn scratch(name: &str) -> PathBuf {
    let d = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("generated").join(name);
    std::fs::create_dir_all(&d).unwrap();
    d
}
