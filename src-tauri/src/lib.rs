//! Zhanban Studio's root library: wires the engine crates (under `src-tauri/crates`) to the outside world — the
//! command-line tool (`cli`) and, with the `desktop` feature, the Tauri shell (`shell`). No engine logic lives here.

pub mod adjust;
pub mod boards;
pub mod cli;
pub mod edits;
pub mod exhibition;
pub mod import;
pub mod messages;
pub mod payloads;
pub mod projects;
#[cfg(feature = "desktop")]
pub mod shell;
pub mod writeups;

pub use zhanban_frames as frames;
pub use zhanban_store as store;
