//! `zhanban-cli`: the command-line front end. Parses arguments, calls the application layer (every change goes
//! through `Session::apply`, exactly as in the desktop app, and can be undone with `undo`), prints results to
//! standard output (JSON with `--json`) and messages to standard error. Exit codes: 0 ok, 1 a user error (bad
//! argument or input file), 2 an internal error. It holds no engine logic of its own.

use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use serde::Serialize;

use crate::messages::{self, help};
use zhanban_project::{Change, PipelineError, Session};
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
        #[arg(long, help = help::TITLE, help_heading = help::OPTIONS)]
        title: Option<String>,
        #[arg(long, help = help::ORGANISER, help_heading = help::OPTIONS)]
        organiser: Option<String>,
        #[arg(long, help = help::DATE, help_heading = help::OPTIONS)]
        date: Option<String>,
    },
    #[command(about = help::STRUCTURE, help_template = help::TEMPLATE)]
    Structure {
        #[arg(help = help::STRUCTURE_FILE, help_heading = help::ARGUMENTS)]
        file: PathBuf,
        #[arg(long, help = help::JSON, help_heading = help::OPTIONS)]
        json: bool,
        #[arg(long, help = help::SIMPLIFIED, help_heading = help::OPTIONS)]
        simplified: bool,
    },
    #[command(about = help::IMPORT, help_template = help::TEMPLATE)]
    Import {
        #[arg(help = help::IMPORT_PROJECT, help_heading = help::ARGUMENTS)]
        project: PathBuf,
        #[arg(help = help::IMPORT_PATHS, help_heading = help::ARGUMENTS, required = true)]
        paths: Vec<PathBuf>,
        #[arg(long, help = help::SIMPLIFIED, help_heading = help::OPTIONS)]
        simplified: bool,
        #[arg(long, help = help::JSON, help_heading = help::OPTIONS)]
        json: bool,
    },
    #[command(about = help::CAPTION, help_template = help::TEMPLATE)]
    Caption {
        #[arg(help = help::IMPORT_PROJECT, help_heading = help::ARGUMENTS)]
        project: PathBuf,
        #[arg(help = help::CAPTION_PHOTO, help_heading = help::ARGUMENTS)]
        photo: String,
        #[arg(help = help::CAPTION_TEXT, help_heading = help::ARGUMENTS)]
        text: String,
    },
    #[command(about = help::NOT_SAME, help_template = help::TEMPLATE)]
    NotSame {
        #[arg(help = help::IMPORT_PROJECT, help_heading = help::ARGUMENTS)]
        project: PathBuf,
        #[arg(help = help::CAPTION_PHOTO, help_heading = help::ARGUMENTS)]
        photo: String,
        #[arg(help = help::NOT_SAME_OTHER, help_heading = help::ARGUMENTS)]
        other: String,
    },
    #[command(about = help::TYPESET, help_template = help::TEMPLATE)]
    Typeset {
        #[arg(long, help = help::WIDTH, help_heading = help::OPTIONS)]
        width: f64,
        #[arg(long, default_value_t = 12.0, help = help::SIZE, help_heading = help::OPTIONS)]
        size: f64,
        #[arg(long, help = help::FONT, help_heading = help::OPTIONS)]
        font: Option<String>,
        #[arg(long, help = help::JSON, help_heading = help::OPTIONS)]
        json: bool,
    },
    #[command(about = help::EXHIBITION, help_template = help::TEMPLATE)]
    Exhibition {
        #[arg(help = help::IMPORT_PROJECT, help_heading = help::ARGUMENTS)]
        project: PathBuf,
        #[arg(long, help = help::TITLE, help_heading = help::OPTIONS)]
        title: Option<String>,
        #[arg(long, help = help::ORGANISER, help_heading = help::OPTIONS)]
        organiser: Option<String>,
        #[arg(long, help = help::DATE, help_heading = help::OPTIONS)]
        date: Option<String>,
        #[arg(long, help = help::PREFACE, help_heading = help::OPTIONS)]
        preface: Option<PathBuf>,
        #[arg(long, help = help::DRAFT_PREFACE, help_heading = help::OPTIONS, conflicts_with = "preface")]
        draft_preface: bool,
        #[arg(long, help = help::CLOSING, help_heading = help::OPTIONS)]
        closing: Option<PathBuf>,
    },
    #[command(about = help::LAYOUT, help_template = help::TEMPLATE)]
    Layout {
        #[arg(help = help::IMPORT_PROJECT, help_heading = help::ARGUMENTS)]
        project: PathBuf,
        #[arg(long, help = help::BOARD_SIZE, help_heading = help::OPTIONS)]
        size: Option<String>,
        #[arg(long, help = help::THEME, help_heading = help::OPTIONS)]
        theme: Option<String>,
        #[arg(long, value_name = "on|off", value_parser = on_off, help = help::GALLERY, help_heading = help::OPTIONS)]
        gallery: Option<bool>,
        #[arg(long, value_name = "on|off", value_parser = on_off, help = help::TITLE_BOARD, help_heading = help::OPTIONS)]
        title_board: Option<bool>,
        #[arg(long, help = help::JSON, help_heading = help::OPTIONS)]
        json: bool,
    },
    #[command(about = help::ADJUST, help_template = help::TEMPLATE)]
    Adjust {
        #[arg(help = help::IMPORT_PROJECT, help_heading = help::ARGUMENTS)]
        project: PathBuf,
        #[arg(help = help::ADJUST_JSON, help_heading = help::ARGUMENTS)]
        adjustment: String,
        #[arg(long, help = help::JSON, help_heading = help::OPTIONS)]
        json: bool,
    },
    #[command(about = help::UNDO, help_template = help::TEMPLATE)]
    Undo {
        #[arg(help = help::IMPORT_PROJECT, help_heading = help::ARGUMENTS)]
        project: PathBuf,
    },
    #[command(about = help::REDO, help_template = help::TEMPLATE)]
    Redo {
        #[arg(help = help::IMPORT_PROJECT, help_heading = help::ARGUMENTS)]
        project: PathBuf,
    },
    #[command(about = help::EXPORT, help_template = help::TEMPLATE)]
    Export {
        #[arg(help = help::IMPORT_PROJECT, help_heading = help::ARGUMENTS)]
        project: PathBuf,
        #[arg(long, help = help::OUT, help_heading = help::OPTIONS)]
        out: PathBuf,
        #[arg(long, help = help::BLEED, help_heading = help::OPTIONS)]
        bleed: Option<f64>,
        #[arg(long, help = help::MARKS, help_heading = help::OPTIONS)]
        marks: bool,
        #[arg(long, help = help::NO_REVIEW, help_heading = help::OPTIONS)]
        no_review: bool,
        #[arg(long, help = help::IMAGES, help_heading = help::OPTIONS)]
        images: bool,
        #[arg(long, help = help::CMYK, help_heading = help::OPTIONS)]
        cmyk: bool,
        #[arg(long, help = help::FORCE, help_heading = help::OPTIONS)]
        force: bool,
        #[arg(long, help = help::JSON, help_heading = help::OPTIONS)]
        json: bool,
    },
    #[command(about = help::PREFLIGHT, help_template = help::TEMPLATE)]
    Preflight {
        #[arg(help = help::IMPORT_PROJECT, help_heading = help::ARGUMENTS)]
        project: PathBuf,
        #[arg(long, help = help::JSON, help_heading = help::OPTIONS)]
        json: bool,
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

impl From<PipelineError> for CliError {
    fn from(e: PipelineError) -> Self {
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
            let detail = rendered
                .lines()
                .next()
                .unwrap_or_default()
                .trim_start_matches("error: ");
            eprintln!("{}", messages::bad_arguments(detail));
            ExitCode::from(1)
        }
    }
}

fn execute(command: Command) -> CliResult {
    match command {
        Command::New {
            project,
            title,
            organiser,
            date,
        } => {
            let details = zhanban_project::NewExhibition {
                title: title.unwrap_or_default(),
                organiser: organiser.unwrap_or_default(),
                date: date.unwrap_or_default(),
            };
            zhanban_project::settings::create(&project, &details)?;
            eprintln!("{}", messages::created(&project));
            Ok(())
        }
        Command::Structure { file, json, simplified } => structure(&file, json, simplified),
        Command::Import {
            project,
            paths,
            simplified,
            json,
        } => {
            let mut project = Project::open(&project)?;
            let cancel = std::sync::atomic::AtomicBool::new(false);
            let report = zhanban_project::import::import(&mut project, &paths, simplified, &cancel, |step| {
                if let Some(line) = messages::import_step(&step) {
                    eprintln!("{line}");
                }
            })?;
            eprintln!("{}", messages::import_summary(&report));
            if json {
                print_json(&report)?;
            }
            if report.imported.is_empty() && report.writeups.is_empty() && report.duplicates.is_empty() {
                return Err(CliError::User(messages::import_summary(&report)));
            }
            Ok(())
        }
        Command::Caption { project, photo, text } => {
            let mut session = Session::open(&project)?;
            let hash = zhanban_project::change::find_photo(session.project(), &photo)?.hash;
            session.apply(&Change::Caption {
                photo: hash.clone(),
                text,
            })?;
            let row = zhanban_project::change::find_photo(session.project(), &hash)?;
            eprintln!("{}", messages::caption_set(&row.file_name, &row.caption));
            Ok(())
        }
        Command::NotSame { project, photo, other } => {
            let mut session = Session::open(&project)?;
            let photo = zhanban_project::change::find_photo(session.project(), &photo)?;
            let other = zhanban_project::change::find_photo(session.project(), &other)?;
            session.apply(&Change::NotSame {
                photo: photo.hash,
                other: other.hash,
                not_same: true,
            })?;
            eprintln!("{}", messages::not_same_set(&photo.file_name, &other.file_name));
            Ok(())
        }
        Command::Undo { project } => walk(&project, true),
        Command::Redo { project } => walk(&project, false),
        Command::Typeset {
            width,
            size,
            font,
            json,
        } => {
            if !(width.is_finite() && width > 0.0 && size.is_finite() && size > 0.0) {
                return Err(CliError::User(messages::bad_arguments("--width 和 --size 须为正数")));
            }
            let mut text = String::new();
            std::io::Read::read_to_string(&mut std::io::stdin(), &mut text)
                .map_err(|e| CliError::User(messages::read_stdin_failed(&e.to_string())))?;
            let opts = zhanban_typeset::TypesetCommandOptions {
                width_em: width,
                size_pt: size,
                font,
                json,
                ..Default::default()
            };
            let out = zhanban_typeset::typeset_command(&text, &opts).map_err(|e| CliError::User(e.to_string()))?;
            print_text(
                if out.ends_with('\n') || out.is_empty() {
                    out.clone()
                } else {
                    format!("{out}\n")
                }
                .as_str(),
            )
        }
        Command::Exhibition {
            project,
            title,
            organiser,
            date,
            preface,
            draft_preface,
            closing,
        } => {
            let mut session = Session::open(&project)?;
            let d = session.settings()?.exhibition;
            let read = |p: &PathBuf| {
                std::fs::read_to_string(p).map_err(|e| CliError::User(messages::read_text_failed(p, &e.to_string())))
            };
            let or_current = |given: Option<String>, current: Option<String>| given.or(current).unwrap_or_default();
            let (title, organiser) = (or_current(title, d.title), or_current(organiser, d.organiser));
            let change = Change::Exhibition {
                preface: if draft_preface {
                    // drafted with the title and organiser given in the same command
                    let mut material = zhanban_project::pipeline::material(session.project())?;
                    material.exhibition.title = Some(title.clone());
                    material.exhibition.organiser = Some(organiser.clone());
                    let shown = session.layout()?.summary.photos_shown();
                    zhanban_layout::preface::draft_preface(&material, shown)
                } else {
                    or_current(preface.as_ref().map(read).transpose()?, d.preface)
                },
                title,
                organiser,
                date: or_current(date, d.date),
                closing: or_current(closing.as_ref().map(read).transpose()?, d.closing),
            };
            session.apply(&change)?;
            let title = zhanban_project::pipeline::material(session.project())?.title();
            eprintln!("{}", messages::exhibition_saved(&title));
            Ok(())
        }
        Command::Layout {
            project,
            size,
            theme,
            gallery,
            title_board,
            json,
        } => {
            let mut session = if size.is_some() || theme.is_some() || gallery.is_some() || title_board.is_some() {
                Session::open(&project)?
            } else {
                viewing(&project)?
            };
            if size.is_some() || theme.is_some() {
                let current = session.settings()?.layout;
                session.apply(&Change::Layout {
                    size: size.unwrap_or(current.size),
                    theme: theme.unwrap_or(current.theme),
                })?;
            }
            if let Some(on) = gallery {
                session.apply(&Change::Gallery { on })?;
            }
            if let Some(on) = title_board {
                session.apply(&Change::TitleBoard { on })?;
            }
            let result = session.layout()?;
            if json {
                print_json(&result.summary)
            } else {
                print_text(&result.summary.to_text())
            }
        }
        Command::Adjust {
            project,
            adjustment,
            json,
        } => {
            let text = if adjustment == "-" {
                let mut buf = String::new();
                std::io::Read::read_to_string(&mut std::io::stdin(), &mut buf)
                    .map_err(|e| CliError::User(messages::read_stdin_failed(&e.to_string())))?;
                buf
            } else {
                adjustment
            };
            let change: Change =
                serde_json::from_str(&text).map_err(|e| CliError::User(messages::bad_adjustment(&e.to_string())))?;
            let mut session = Session::open(&project)?;
            session.apply(&change)?;
            let result = session.layout()?;
            if json {
                print_json(&result.summary)
            } else {
                print_text(&format!(
                    "{}\n{}",
                    messages::adjustment_saved(),
                    result.summary.to_text()
                ))
            }
        }
        Command::Export {
            project,
            out,
            bleed,
            marks,
            no_review,
            images,
            cmyk,
            force,
            json,
        } => {
            let mut session = viewing(&project)?;
            // Nothing is laid out after the export: the layout's memory goes before the photos are read.
            session.set_engine(zhanban_project::pipeline::Engine::new()?.one_shot(crate::trim::release));
            let choice = zhanban_project::ExportChoice {
                bleed,
                crop_marks: marks,
                no_review,
                images,
                colour: if cmyk {
                    zhanban_pdf::Colour::Cmyk
                } else {
                    zhanban_pdf::Colour::Rgb
                },
                force,
                boards: None,
            };
            let cancel = std::sync::atomic::AtomicBool::new(false);
            let progress = |p: &zhanban_pdf::Progress| eprintln!("{}", messages::export_progress(p));
            let (report, checked) = session.export(&out, &choice, &progress, &cancel)?;
            if checked.errors > 0 {
                eprintln!("{}", messages::export_forced(checked.errors));
            }
            eprintln!("{}", messages::export_done(&report, &out));
            if json {
                print_json(&report)?;
            }
            Ok(())
        }
        Command::Preflight { project, json } => {
            let report = viewing(&project)?.preflight()?;
            if json {
                print_json(&report)?;
            } else {
                print_text(&report.to_text())?;
            }
            // Errors make the command fail (exit code 1), so scripts can stop before exporting.
            if report.blocks_export {
                return Err(CliError::User(zhanban_preflight::messages::summary(
                    report.errors,
                    report.warnings,
                    report.hints,
                )));
            }
            Ok(())
        }
        Command::Info { project, json } => {
            let info = viewing(&project)?.project().info()?;
            if json {
                print_json(&info)
            } else {
                print_text(&messages::info_summary(&info))
            }
        }
    }
}

/// `on` or `off` (also 开/关, yes/no, true/false) for a switch.
fn on_off(v: &str) -> Result<bool, String> {
    match v.trim().to_ascii_lowercase().as_str() {
        "on" | "yes" | "true" | "1" | "开" => Ok(true),
        "off" | "no" | "false" | "0" | "关" => Ok(false),
        _ => Err(messages::bad_switch(v)),
    }
}

/// Opens a project for a command that only reads it: a project that cannot be written where it is opens read-only
/// (with a note on stderr) instead of being refused.
fn viewing(project: &std::path::Path) -> Result<Session, CliError> {
    let session = Session::open_for_viewing(project)?;
    if session.read_only() {
        eprintln!("{}", messages::opened_read_only());
    }
    Ok(session)
}

/// `undo` (or `redo`) one change in the project's history.
fn walk(project: &std::path::Path, undo: bool) -> CliResult {
    let mut session = Session::open(project)?;
    let target = if undo { session.undo()? } else { session.redo()? };
    match target {
        Some(t) => {
            eprintln!("{}", messages::walked(undo, t));
            Ok(())
        }
        None => Err(CliError::User(messages::nothing_to_walk(undo))),
    }
}

fn structure(file: &std::path::Path, json: bool, simplified: bool) -> CliResult {
    let imported = zhanban_writeup::read_file(file, &zhanban_writeup::Options { simplified })
        .map_err(|e| CliError::User(e.to_string()))?;
    if json {
        print_json(&imported.writeup)
    } else {
        print_text(&messages::structure_outline(&imported.writeup))
    }
}

fn print_json<T: Serialize>(value: &T) -> CliResult {
    let text = serde_json::to_string_pretty(value)
        .map_err(|e| CliError::Internal(messages::internal_error(&e.to_string())))?;
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
        assert!(
            help.contains("新建一个空项目文件 / Create a new, empty project file"),
            "{help}"
        );
    }
}
