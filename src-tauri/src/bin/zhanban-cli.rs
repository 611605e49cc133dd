//! The `zhanban-cli` console binary: everything is in `zhanban::cli`.
fn main() -> std::process::ExitCode {
    // The allocator's settings before any thread starts (an export's photos and proofs in mappings of their own).
    zhanban::trim::configure();
    zhanban::cli::run(std::env::args_os())
}
