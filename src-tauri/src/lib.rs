//! Zhanban Studio's root library: the command-line front end and (with the `desktop` feature) the Tauri shell.
//! The engine itself lives in the crates under `src-tauri/crates`; this crate only wires them to the outside.

pub use zhanban_frames as frames;
