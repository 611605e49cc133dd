//! Zhanban Studio's root library: wiring only. The front ends — the command-line tool (`cli`) and, with the
//! `desktop` feature, the Tauri shell (`shell`, forwarding to `app`) — parse input, call the application layer
//! (`zhanban_project`: a `Session` with typed `Change`s) and format output. No domain rule lives here.

pub mod app;
pub mod cli;
pub mod commands;
pub mod messages;
pub mod payloads;
pub mod projects;
#[cfg(feature = "desktop")]
pub mod shell;
pub mod trim;

pub use zhanban_frames as frames;
pub use zhanban_project as project;
pub use zhanban_store as store;
