//! An open project: the project file, its undo history (kept in the file) and the layout engine with its caches.
//! Every change from any front end goes through [`Session::apply`] — checked, stored and recorded in one step — and
//! [`Session::undo`]/[`Session::redo`] walk the history; [`Session::layout`] and [`Session::payload`] lay out what
//! the changes stored (the engine's caches re-typeset only what changed).

use std::path::Path;
use std::sync::atomic::AtomicBool;

use serde::Serialize;
use zhanban_layout::LayoutResult;
use zhanban_preflight::PreflightReport;
use zhanban_store::Project;

use crate::change::{edit_for, Change};
use crate::history::{self, EditTarget};
use crate::payload::BoardsPayload;
use crate::pipeline::{self, Engine, ExportChoice, PipelineError};
use crate::settings::{self, Settings};

/// An open project with its history and (once laid out) its engine.
pub struct Session {
    project: Project,
    engine: Option<Engine>,
}

/// What applying a change did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Applied {
    /// What the change touched (so a front end knows what to refresh).
    pub target: EditTarget,
    /// False when the change changed nothing (it is then not recorded).
    pub recorded: bool,
    /// The id of a write-up the change added.
    pub writeup: Option<i64>,
}

impl Session {
    /// A session over an open project; the engine is made on the first layout (or given with [`Session::with_engine`]).
    pub fn new(project: Project) -> Session {
        Session { project, engine: None }
    }

    /// Opens a project file.
    pub fn open(path: &Path) -> Result<Session, PipelineError> {
        Ok(Session::new(Project::open(path)?))
    }

    /// Opens a project file for editing, or — when it cannot be written where it is (a read-only file, folder,
    /// CD or USB stick) — for viewing and export only: every change is then refused with
    /// `StoreError::ReadOnlyEdit` and nothing is written. [`Session::read_only`] tells which.
    pub fn open_for_viewing(path: &Path) -> Result<Session, PipelineError> {
        match Project::open(path) {
            Err(zhanban_store::StoreError::ReadOnly(_)) => Ok(Session::new(Project::open_read_only(path)?)),
            other => Ok(Session::new(other?)),
        }
    }

    /// True when the project was opened for viewing and export only.
    pub fn read_only(&self) -> bool {
        self.project.is_read_only()
    }

    /// Uses an engine already made (the desktop app keeps one while it runs, across projects).
    pub fn with_engine(mut self, engine: Engine) -> Session {
        self.engine = Some(engine);
        self
    }

    /// Whether the session has its engine yet.
    pub fn has_engine(&self) -> bool {
        self.engine.is_some()
    }

    /// Gives the session an engine (replacing any it had).
    pub fn set_engine(&mut self, engine: Engine) {
        self.engine = Some(engine);
    }

    /// Closes the session, handing back its engine (if one was made) for the next project. The layout the engine
    /// holds is stored in the project first (see [`Engine::keep_later`]); failing that loses only a cache.
    pub fn close(mut self) -> Option<Engine> {
        let mut engine = self.engine.take()?;
        if let Err(e) = pipeline::flush(&mut self.project, &mut engine) {
            eprintln!("{e}");
        }
        pipeline::forget(&mut engine);
        Some(engine)
    }

    pub fn project(&self) -> &Project {
        &self.project
    }

    /// The project for what is not a change: importing photos and write-ups (not undoable), reading.
    pub fn project_mut(&mut self) -> &mut Project {
        &mut self.project
    }

    /// The project's settings.
    pub fn settings(&self) -> Result<Settings, PipelineError> {
        Ok(settings::load(&self.project)?)
    }

    /// Checks a change, stores it and records it in the history (one transaction).
    pub fn apply(&mut self, change: &Change) -> Result<Applied, PipelineError> {
        let (edit, writeup) = edit_for(&self.project, change)?;
        let recorded = history::apply(&self.project, &edit)?;
        Ok(Applied {
            target: EditTarget::from(&edit),
            recorded,
            writeup,
        })
    }

    /// Undoes the last change; `None` when there is nothing to undo.
    pub fn undo(&mut self) -> Result<Option<EditTarget>, PipelineError> {
        Ok(history::undo(&self.project)?)
    }

    /// Redoes the last undone change; `None` when there is nothing to redo.
    pub fn redo(&mut self) -> Result<Option<EditTarget>, PipelineError> {
        Ok(history::redo(&self.project)?)
    }

    pub fn can_undo(&self) -> Result<bool, PipelineError> {
        Ok(history::can_undo(&self.project)?)
    }

    pub fn can_redo(&self) -> Result<bool, PipelineError> {
        Ok(history::can_redo(&self.project)?)
    }

    /// The engine, made on first use (it finds the fonts, which takes a moment).
    pub fn engine(&mut self) -> Result<&mut Engine, PipelineError> {
        if self.engine.is_none() {
            self.engine = Some(Engine::new()?);
        }
        self.engine
            .as_mut()
            .ok_or_else(|| PipelineError::Internal(crate::messages::internal_error("no engine")))
    }

    fn parts(&mut self) -> Result<(&mut Project, &mut Engine), PipelineError> {
        self.engine()?;
        match self.engine.as_mut() {
            Some(engine) => Ok((&mut self.project, engine)),
            None => Err(PipelineError::Internal(crate::messages::internal_error("no engine"))),
        }
    }

    /// Lays out the exhibition as the project's settings and changes say.
    pub fn layout(&mut self) -> Result<LayoutResult, PipelineError> {
        let (project, engine) = self.parts()?;
        pipeline::layout(project, engine)
    }

    /// Lays out and builds the boards view's payload; boards whose keys are in `known` are sent as `None`.
    pub fn payload(&mut self, changed: Option<EditTarget>, known: &[String]) -> Result<BoardsPayload, PipelineError> {
        let (project, engine) = self.parts()?;
        let result = pipeline::layout(project, engine)?;
        crate::payload::payload(project, result, engine, changed, known)
    }

    /// The candidate arrangements of one board, at most `max` (see [`pipeline::arrangements`]).
    pub fn arrangements(&mut self, board: &str, max: usize) -> Result<Vec<pipeline::Candidate>, PipelineError> {
        let (project, engine) = self.parts()?;
        pipeline::arrangements(project, engine, board, max)
    }

    /// Lays out and checks the boards for print problems.
    pub fn preflight(&mut self) -> Result<PreflightReport, PipelineError> {
        let (project, engine) = self.parts()?;
        pipeline::preflight(project, engine)
    }

    /// Lays out and exports (see [`pipeline::export_checked`]).
    pub fn export(
        &mut self,
        out_dir: &Path,
        choice: &ExportChoice,
        progress: &(dyn Fn(&zhanban_pdf::Progress) + Sync),
        cancel: &AtomicBool,
    ) -> Result<(zhanban_pdf::FolderReport, PreflightReport), PipelineError> {
        let (project, engine) = self.parts()?;
        let exported = pipeline::export_checked(project, engine, out_dir, choice, progress, cancel);
        pipeline::flush(project, engine)?;
        exported
    }
}
