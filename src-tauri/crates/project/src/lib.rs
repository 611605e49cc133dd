//! The application layer of Zhanban Studio, shared by `zhanban-cli` and the desktop shell (no Tauri here). An open
//! project is a [`Session`]; everything a user can change is one typed [`Change`], applied through
//! [`Session::apply`]: checked, stored in the project file, recorded in its undo history (kept in the file, so the
//! CLI can undo too), and seen by the next layout. The front ends only parse input, call the session and format
//! output.
//!
//! Modules: `change` (what a user can change, and the edit that stores it), `history` (reversible edits and the
//! undo/redo stacks), `settings` (the project's typed, versioned settings), `pipeline` (project → layout input →
//! frames, preflight, export), `payload` (what the boards view receives after a layout), `review` (a write-up's
//! "what we understood" view), `import` (photos and write-up files into a project, with progress; not undoable),
//! `session` (the open project), `messages` (user-facing text).

pub mod change;
pub mod history;
pub mod import;
pub mod messages;
pub mod payload;
pub mod pipeline;
pub mod review;
pub mod session;
pub mod settings;

pub use change::Change;
pub use history::{Edit, EditTarget};
pub use pipeline::{Engine, ExportChoice, PipelineError};
pub use session::{Applied, Session};
pub use settings::{LayoutChoice, NewExhibition, Settings};
