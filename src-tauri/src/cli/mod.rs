//! `zhanban-cli`: the command-line front end. Parses arguments, calls the engine, prints results to standard output
//! (JSON with `--json`) and messages to standard error. Exit codes: 0 ok, 1 a user error (bad argument or input
//! file), 2 an internal error. It holds no engine logic of its own.

use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use serde::Serialize;

use crate::messages::{self, help};
use zhanban_store::{Project, StoreError};

#[derive(Parser, Debug)]
#[command(
    name = "zhanban-cli",
    version,
    about = help::ABOUT,
    help_template = help::TEMPLATE,
    subcommand_help_heading = help::COMMANDS,
    disable_help_flag = true,
    disable_version_flag = true,
    disable_help_subcommand = true
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    #[arg(short = 'h', long = "help", action = clap::ArgAction::Help, help = help::HELP, global = true,
          help_heading = help::OPTIONS)]
    _help: Option<bool>,
    #[arg(short = 'V', long = "version", action = clap::ArgAction::Version, help = help::VERSION,
          help_heading = help::OPTIONS)]
    _version: Option<bool>,
}

#[derive(Subcommand, Debug)]
enum Command {
    #[command(about = help::NEW, help_template = help::TEMPLATE)]
    New {
        #[arg(help = help::NEW_PROJECT, help_heading = help::ARGUMENTS)]
        project: PathBuf,
    },
    #[command(about = help::INFO, help_template = help::TEMPLATE)]
    Info {
        #[arg(help = help::INFO_PROJECT, help_heading = help::ARGUMENTS)]
        project: PathBuf,
        #[arg(long, help = help::JSON, help_heading = help::OPTIONS)]
        json: bool,
    },
}

/// A failed command: what to tell the user, and whether it was their input or our fault.
#[derive(Debug)]
pub enum CliError {
    User(String),
    Internal(String),
}

impl From<StoreError> for CliError {
    fn from(e: StoreError) -> Self {
        if e.is_user_error() {
            CliError::User(e.to_string())
        } else {
            CliError::Internal(messages::internal_error(&e.to_string()))
        }
    }
}

type CliResult = Result<(), CliError>;

/// Runs the tool with the given arguments (the first is the program name) and returns its exit code.
pub fn run<I, T>(args: I) -> ExitCode
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let matches = match Cli::command().try_get_matches_from(args) {
        Ok(m) => m,
        Err(e) => return clap_exit(e),
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => return clap_exit(e),
    };
    match execute(cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(CliError::User(msg)) => {
            eprintln!("{msg}");
            ExitCode::from(1)
        }
        Err(CliError::Internal(msg)) => {
            eprintln!("{msg}");
            ExitCode::from(2)
        }
    }
}

/// Help and version go to standard output with code 0; argument mistakes are user errors (code 1).
fn clap_exit(e: clap::Error) -> ExitCode {
    use clap::error::ErrorKind::*;
    match e.kind() {
        DisplayHelp | DisplayVersion | DisplayHelpOnMissingArgumentOrSubcommand => {
            print!("{}", e.render());
            if e.kind() == DisplayHelpOnMissingArgumentOrSubcommand {
                return ExitCode::from(1);
            }
            ExitCode::SUCCESS
        }
        _ => {
            let rendered = e.render().to_string();
            let detail = rendered.lines().next().unwrap_or_default().trim_start_matches("error: ");
            eprintln!("{}", messages::bad_arguments(detail));
            ExitCode::from(1)
        }
    }
}

fn execute(command: Command) -> CliResult {
    match command {
        Command::New { project } => {
            Project::create(&project)?;
            eprintln!("{}", messages::created(&project));
            Ok(())
        }
        Command::Info { project, json } => {
            let info = Project::open(&project)?.info()?;
            if json {
                print_json(&info)
            } else {
                print_text(&messages::info_summary(&info))
            }
        }
    }
}

fn print_json<T: Serialize>(value: &T) -> CliResult {
    let text = serde_json::to_string_pretty(value).map_err(|e| CliError::Internal(messages::internal_error(&e.to_string())))?;
    print_text(&format!("{text}\n"))
}

fn print_text(text: &str) -> CliResult {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|_| out.flush())
        .map_err(|e| CliError::Internal(messages::output_failed(&e.to_string())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn help_is_bilingual() {
        let help = Cli::command().render_help().to_string();
        assert!(help.contains("命令 / Commands"), "{help}");
        assert!(help.contains("新建一个空项目文件 / Create a new, empty project file"), "{help}");
    }
}
