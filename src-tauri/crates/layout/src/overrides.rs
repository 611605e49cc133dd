//! The user's overrides of automatic choices, stored in the project as JSON and applied by every re-layout: photo
//! moves, emphasis and focal points, photos taken off the boards, text edits, pinned sizes, per-board
//! size/theme/arrangement, splits, merges order, boards the user added and boards the user deleted. Boards are named
//! by stable keys (`preface`, `closing`, `w<id>` for a write-up's opening, `w<id>-b<block>` for the section starting
//! at a level-1 heading; a split adds `/<block>`; `new<n>` for a board the user added), which survive edits.
//!
//! Owns the override data; it must not lay anything out.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use zhanban_frames::Source;

use crate::gallery::Emphasis;
use crate::presets::BoardSpec;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Overrides {
    /// Per photo (by content hash).
    pub photos: BTreeMap<String, PhotoOverride>,
    /// Replaced texts (exhibition fields, write-up blocks, captions), by what the text came from.
    pub texts: Vec<TextEdit>,
    /// Per group of boards (by group key): size, theme, pinned body size.
    pub groups: BTreeMap<String, GroupOverride>,
    /// Per board (by board id, e.g. `w3-b12#2`): which arrangement ("another arrangement" steps it).
    pub arrangements: BTreeMap<String, usize>,
    /// Start a new group of boards at a block.
    pub splits: Vec<Split>,
    /// Groups whose content joins the previous group.
    pub merges: Vec<String>,
    /// Group keys in the order the user wants; unlisted groups keep their place after the listed ones.
    pub order: Vec<String>,
    /// Boards the user added (a title and text of their own; photos are moved onto them).
    pub added: Vec<AddedGroup>,
    /// Group keys the user deleted: left out of the series (nothing is lost; restoring brings them back as they were).
    pub removed: Vec<String>,
}

/// A group of boards the user added.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct AddedGroup {
    /// `new<n>`.
    pub key: String,
    pub title: String,
    /// Body text, one paragraph per line (may be empty: photos moved onto the board fill it).
    pub text: String,
    /// The group it follows (`preface` for the first place); `None` or unknown: after the last section.
    pub after: Option<String>,
}

impl AddedGroup {
    /// Where the title and the text come from (text edits on the canvas replace them like any other text).
    pub fn title_source(&self) -> Source {
        Source::Exhibition {
            field: format!("{}-title", self.key),
        }
    }
    pub fn text_source(&self) -> Source {
        Source::Exhibition {
            field: format!("{}-text", self.key),
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct PhotoOverride {
    /// Move the photo to this group of boards.
    pub group: Option<String>,
    /// Its position among that group's photos (0 = first).
    pub position: Option<usize>,
    pub emphasis: Emphasis,
    /// Crop focal point, 0–1 in each axis (the subject's centre when unset).
    pub focal: Option<(f64, f64)>,
    /// Taken off the boards by the user (Delete on the canvas or 从展板上拿下 in the library); the photo stays in the
    /// project.
    pub hidden: bool,
    /// Marked "use in boards" by the user: always placed, even a copy of a picture used elsewhere or a burst shot.
    pub wanted: bool,
    /// 不是同一张: photos (content hashes) the user said this one is not the same picture or burst as, though import
    /// found them so. Either side's list counts; selection keeps both.
    #[serde(skip_serializing_if = "BTreeSet::is_empty")]
    pub not_same: BTreeSet<String>,
}

impl Overrides {
    /// The user said photos `a` and `b` are not the same picture (nor one burst).
    pub fn not_same(&self, a: &str, b: &str) -> bool {
        let says = |x: &str, y: &str| self.photos.get(x).is_some_and(|o| o.not_same.contains(y));
        says(a, b) || says(b, a)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TextEdit {
    pub target: Source,
    pub text: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct GroupOverride {
    pub spec: Option<BoardSpec>,
    pub theme: Option<String>,
    /// Pinned body size in points (never below the board's minimum).
    pub body_pt: Option<f64>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Split {
    pub group: String,
    pub before_block: usize,
}

impl Overrides {
    pub fn is_removed(&self, key: &str) -> bool {
        self.removed.iter().any(|k| k == key)
    }

    /// The key for the next board the user adds.
    pub fn next_added_key(&self) -> String {
        let n = self
            .added
            .iter()
            .filter_map(|a| a.key.strip_prefix("new")?.parse::<usize>().ok())
            .max()
            .unwrap_or(0);
        format!("new{}", n + 1)
    }

    /// The edited text for `target`, if any (the last edit wins).
    pub fn text(&self, target: &Source) -> Option<&str> {
        self.texts
            .iter()
            .rev()
            .find(|e| &e.target == target)
            .map(|e| e.text.as_str())
    }

    /// Puts the groups of boards in this order (group keys; unlisted groups follow in their own order). Deleted
    /// groups keep their place among the others as they stood before this reorder (in the plan of `material` on
    /// boards of `spec`), so restoring one brings it back there.
    pub fn reorder(&mut self, groups: Vec<String>, material: &crate::Material, spec: BoardSpec) {
        let series: Vec<String> = if self.removed.is_empty() {
            Vec::new()
        } else {
            let all = Overrides {
                removed: Vec::new(),
                ..self.clone()
            };
            crate::plan::plan_for(material, &all, spec)
                .groups
                .into_iter()
                .map(|g| g.key)
                .collect()
        };
        self.order = keep_removed_in_place(groups, &self.removed, &series);
    }

    /// Starts a new group of boards at block `before_block` of `group`, which may itself be a split group
    /// (`<key>/<block>`): splits name the group a write-up's section started as.
    pub fn split(&mut self, group: &str, before_block: usize) {
        let group = group.split('/').next().unwrap_or_default().to_string();
        let split = Split { group, before_block };
        if !self.splits.contains(&split) {
            self.splits.push(split);
        }
    }

    /// Adds a board of the user's own after group `after` (`"preface"`: first; `None`: after the last section)
    /// and returns its key. An explicit order lists every group: the new one goes right after the one it follows.
    pub fn add_board(&mut self, after: Option<String>, title: String, text: String) -> String {
        let key = self.next_added_key();
        if !self.order.is_empty() {
            let at = after
                .as_ref()
                .and_then(|a| self.order.iter().position(|k| k == a))
                .map_or(self.order.len(), |i| i + 1);
            let at = if after.as_deref() == Some("preface") { 0 } else { at };
            self.order.insert(at, key.clone());
        }
        self.added.push(AddedGroup {
            key: key.clone(),
            title,
            text,
            after,
        });
        key
    }
}

/// `order` with every deleted group of `series` (the groups in their current order, deleted ones included) put
/// back right after the group it followed.
fn keep_removed_in_place(mut order: Vec<String>, removed: &[String], series: &[String]) -> Vec<String> {
    for (i, key) in series.iter().enumerate() {
        if removed.contains(key) && !order.contains(key) && key != "preface" && key != "closing" {
            let at = series[..i]
                .iter()
                .rev()
                .find_map(|p| order.iter().position(|q| q == p))
                .map_or(0, |j| j + 1);
            order.insert(at, key.clone());
        }
    }
    order
}
