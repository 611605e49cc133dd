//! Write-ups: pasted articles, web pages and Word files turned into clean structured text (title, subtitle, kicker,
//! byline, headings at two levels, paragraphs, captions, photos, key figures) with junk set aside, never lost.
//!
//! The crate is a pure library: no storage, no CLI, no Tauri. Modules, one job each:
//! `model` (the JSON data), `normalize` (character cleaning), `junk` (web junk vocabulary), `byline` (byline
//! parsing), `structure` (deciding what each line is), `figures` (key figures), `convert` (traditional →
//! simplified), `decode` (text encodings), `html`, `markdown` and `docx` (rich sources), `messages` and `error`
//! (all user-facing Chinese text).

pub mod byline;
pub mod convert;
pub mod error;
pub mod figures;
pub mod junk;
mod messages;
pub mod model;
pub mod normalize;

pub use convert::{is_mostly_traditional, to_simplified};
pub use error::Error;
pub use model::*;
