//! Board layout for Zhanban Studio: from an exhibition's material (write-ups, photos, details) to a series of
//! finished boards as frames, with a summary of what went where.
//!
//! Flow: [`model`] (input) → [`select`] (which photos) → [`plan`] (content per group, overrides applied) → [`exhibition`] (groups poured onto
//! boards, （续） when they overflow) → [`compose`] (one board: title band, text columns by [`flow`], photos by
//! [`gallery`], theme decoration by [`theme`]) → frames + [`summary`]. Text is set through the [`text::TextSetter`]
//! trait, implemented on the real typesetter in [`typeset_adapter`]. The crate root only wires modules together;
//! it must not know Tauri, the project file or renderers.

mod chrome;
pub mod compose;
pub mod cover;
pub mod critic;
pub mod dress;
pub mod error;
pub mod exhibition;
pub mod figures;
pub mod flow;
pub mod gallery;
mod headline;
pub mod memo;
pub mod messages;
pub mod model;
pub mod overrides;
pub mod plan;
pub mod preface;
pub mod presets;
mod quote;
pub mod select;
pub mod summary;
pub mod text;
pub mod theme;
pub mod typeset_adapter;

pub use chrome::tidy_heading;
pub use compose::{BoardMetrics, Overflow};
pub use error::LayoutError;
pub use exhibition::{LayoutEngine, LayoutResult, LayoutSettings};
pub use gallery::Emphasis;
pub use model::{
    Anchor, BlockInput, BlockKind, ExhibitionDetails, ImageRef, KeyFigure, Material, PhotoFacts, PhotoInput,
    WriteUpInput,
};
pub use overrides::{AddedGroup, GroupOverride, Overrides, PhotoOverride, Split, TextEdit};
pub use presets::{BoardSpec, MinSizes, Preset, PRESETS};
pub use select::{LeftOut, LeftOutKind};
pub use summary::{BoardGroup, BoardSummary, LowResolution, OpenSlotSummary, RemovedGroup, Summary, Unplaced};
pub use text::{CachedSetter, MonoSetter, TextSetter, TextStyle};
pub use theme::Theme;
pub use typeset_adapter::TypesetSetter;

/// Lays out `material` with the real typesetter (fonts found the usual way). For repeated layouts keep a
/// [`LayoutEngine`] instead: it remembers what it has set and composed.
pub fn layout(
    material: &Material,
    settings: &LayoutSettings,
    overrides: &Overrides,
) -> Result<LayoutResult, LayoutError> {
    LayoutEngine::new(TypesetSetter::discover()?).layout(material, settings, overrides)
}
