//! The project's settings as one typed, versioned document (stored under [`KEY`]): the board size and theme, the
//! exhibition details and the layout overrides. Every field has a default, so a document written by an older
//! version reads with what it lacks filled in; [`upgrade`] brings older document versions up to [`VERSION`]
//! (store migration 2 made version 1 from the separate keys the first file format used).

use serde::{Deserialize, Serialize};
use zhanban_layout::{ExhibitionDetails, Overrides};
use zhanban_store::{Project, StoreError};

/// The settings key of the document.
pub const KEY: &str = "project";

/// The document version this build writes.
pub const VERSION: u32 = 1;

/// The board size and theme chosen for the exhibition.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct LayoutChoice {
    /// Board size "WxH" in mm (always stored normalised, e.g. "1200x900").
    pub size: String,
    pub theme: String,
}

impl Default for LayoutChoice {
    fn default() -> Self {
        LayoutChoice {
            size: "1200x900".into(),
            theme: "党建红".into(),
        }
    }
}

/// Everything the user set for the project as a whole.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The document's version (see [`VERSION`]).
    pub version: u32,
    pub layout: LayoutChoice,
    pub exhibition: ExhibitionDetails,
    pub overrides: Overrides,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            version: VERSION,
            layout: LayoutChoice::default(),
            exhibition: ExhibitionDetails::default(),
            overrides: Overrides::default(),
        }
    }
}

/// Brings a document of an older version up to [`VERSION`]. Version 1 is the first; its one repair: a board size
/// stored as typed (`zhanban-cli layout --size 900X1200` did not normalise it) reads as "900x1200". A later version
/// adds its step here (and keeps the older ones).
pub fn upgrade(mut settings: Settings) -> Settings {
    if let Some(spec) = zhanban_layout::BoardSpec::parse(&settings.layout.size) {
        settings.layout.size = format!("{}x{}", spec.width, spec.height);
    }
    if settings.version < VERSION {
        settings.version = VERSION;
    }
    settings
}

/// What the new-project dialog (or `zhanban-cli new --title …`) asks for; every field optional (trimmed, empty =
/// automatic).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct NewExhibition {
    pub title: String,
    pub organiser: String,
    pub date: String,
}

/// Creates a project file with the exhibition's details stored from the start: part of the file (a copy keeps
/// them), not an edit (nothing to undo).
pub fn create(path: &std::path::Path, details: &NewExhibition) -> Result<Project, StoreError> {
    let project = Project::create(path)?;
    let given = |s: &str| Some(s.trim().to_string()).filter(|s| !s.is_empty());
    let mut settings = Settings::default();
    settings.exhibition.title = given(&details.title);
    settings.exhibition.organiser = given(&details.organiser);
    settings.exhibition.date = given(&details.date);
    if settings != Settings::default() {
        project.set_setting(KEY, &to_value(&settings)?)?;
    }
    Ok(project)
}

/// The project's settings (defaults where nothing was set).
pub fn load(project: &Project) -> Result<Settings, StoreError> {
    Ok(upgrade(project.setting::<Settings>(KEY)?.unwrap_or_default()))
}

/// The settings document as stored (JSON), for the undo history.
pub fn to_value(settings: &Settings) -> Result<serde_json::Value, StoreError> {
    Ok(serde_json::to_value(settings)?)
}

#[cfg(test)]
mod tests {
    /// The details given at creation are in the file (a copy has them) and leave nothing to undo; none given
    /// leaves the defaults.
    #[test]
    fn details_given_at_creation_are_stored_in_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("成果展.zhanban");
        let details = super::NewExhibition {
            title: " 模范机关建设成果展示 ".into(),
            organiser: "中共某某市直机关工委".into(),
            date: String::new(),
        };
        drop(super::create(&path, &details).unwrap());
        let copy = dir.path().join("副本.zhanban");
        std::fs::copy(&path, &copy).unwrap();
        let project = zhanban_store::Project::open(&copy).unwrap();
        let s = super::load(&project).unwrap();
        assert_eq!(s.exhibition.title.as_deref(), Some("模范机关建设成果展示"));
        assert_eq!(s.exhibition.organiser.as_deref(), Some("中共某某市直机关工委"));
        assert_eq!(s.exhibition.date, None);
        assert!(!crate::history::can_undo(&project).unwrap());
        let bare = dir.path().join("空.zhanban");
        let project = super::create(&bare, &super::NewExhibition::default()).unwrap();
        assert_eq!(super::load(&project).unwrap(), super::Settings::default());
    }

    use super::*;

    #[test]
    fn a_sparse_or_old_document_reads_with_defaults_and_is_upgraded() {
        let s: Settings = serde_json::from_value(serde_json::json!({ "layout": { "theme": "政务蓝" } })).unwrap();
        assert_eq!(s.layout.size, "1200x900");
        assert_eq!(s.layout.theme, "政务蓝");
        assert_eq!(s.overrides, Overrides::default());
        let old: Settings =
            serde_json::from_value(serde_json::json!({ "version": 0, "layout": { "size": " 900X1200" } })).unwrap();
        let new = upgrade(old);
        assert_eq!((new.version, new.layout.size.as_str()), (VERSION, "900x1200"));
    }

    #[test]
    fn a_new_project_holds_the_document_at_the_current_version() {
        let dir = tempfile::tempdir().unwrap();
        let p = Project::create(&dir.path().join("t.zhanban")).unwrap();
        let raw: serde_json::Value = p.setting(KEY).unwrap().expect("migration 2 writes it");
        assert_eq!(raw["version"], VERSION);
        assert_eq!(load(&p).unwrap(), Settings::default());
    }
}
