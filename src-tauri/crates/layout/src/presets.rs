//! Board sizes: PRODUCT.md's presets, custom sizes, bleed and safe margin, and the minimum text sizes that follow
//! from the viewing distance. Owns these numbers; it must not compose boards.

use serde::{Deserialize, Serialize};

use crate::error::LayoutError;

/// A board's physical format: trim size, bleed and safe margin, all in millimetres.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct BoardSpec {
    pub width: f64,
    pub height: f64,
    #[serde(default = "default_bleed")]
    pub bleed: f64,
    #[serde(default = "default_safe")]
    pub safe: f64,
}

fn default_bleed() -> f64 {
    3.0
}
fn default_safe() -> f64 {
    20.0
}

impl BoardSpec {
    /// A board of `width`×`height` mm with the default 3 mm bleed and 20 mm safe margin.
    pub fn new(width: f64, height: f64) -> Self {
        BoardSpec {
            width,
            height,
            bleed: default_bleed(),
            safe: default_safe(),
        }
    }

    /// Checks the numbers a user may type.
    pub fn validate(&self) -> Result<(), LayoutError> {
        let ok = |v: f64| v.is_finite() && (200.0..=5000.0).contains(&v);
        if !ok(self.width) || !ok(self.height) {
            return Err(LayoutError::BadBoardSize(self.width, self.height));
        }
        if !(0.0..=10.0).contains(&self.bleed) || !(0.0..=self.width.min(self.height) / 4.0).contains(&self.safe) {
            return Err(LayoutError::BadMargins(self.bleed, self.safe));
        }
        Ok(())
    }

    /// Parses `1200x900` (or `1200×900`).
    pub fn parse(s: &str) -> Option<Self> {
        let (w, h) = s.split_once(['x', 'X', '×', '*'])?;
        Some(BoardSpec::new(w.trim().parse().ok()?, h.trim().parse().ok()?))
    }

    pub fn area(&self) -> f64 {
        self.width * self.height
    }

    /// The smallest area a photo may print at: [`MIN_PHOTO_SHARE`] of the board, but on a roll-up (see
    /// [`is_rollup`]) of a board only 1.25 times as tall as wide — its photos fill its width long before its
    /// height, and a share of the whole board forced every landscape into a column of one photo per row half the
    /// body wide, the other half empty (issue 15); at this floor two landscapes share a row.
    pub fn min_photo_area(&self) -> f64 {
        let h = if is_rollup(self.width, self.height) {
            self.height.min(1.25 * self.width)
        } else {
            self.height
        };
        self.width * h * MIN_PHOTO_SHARE
    }

    /// The minimum sizes for this board: those of the preset with the same size (either orientation), else of the
    /// preset nearest in area.
    pub fn min_sizes(&self) -> MinSizes {
        let (a, b) = (self.width.max(self.height), self.width.min(self.height));
        let mut best = PRESETS[0];
        let mut best_d = f64::MAX;
        for p in PRESETS {
            let (pa, pb) = (p.width.max(p.height), p.width.min(p.height));
            if (pa - a).abs() < 0.5 && (pb - b).abs() < 0.5 {
                return p.min;
            }
            let d = (pa * pb - a * b).abs();
            if d < best_d {
                best_d = d;
                best = p;
            }
        }
        best.min
    }
}

/// Minimum sizes in points (PRODUCT.md's table).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct MinSizes {
    pub body: f64,
    pub caption: f64,
    pub heading: f64,
    pub title: f64,
}

/// A named board preset.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Preset {
    pub name: &'static str,
    pub width: f64,
    pub height: f64,
    pub viewing_distance_m: f64,
    pub min: MinSizes,
}

const KT: MinSizes = MinSizes {
    body: 28.0,
    caption: 24.0,
    heading: 40.0,
    title: 72.0,
};

/// PRODUCT.md's presets and their viewing-distance minimum sizes.
pub const PRESETS: [Preset; 8] = [
    Preset {
        name: "KT板 1200×900",
        width: 1200.0,
        height: 900.0,
        viewing_distance_m: 1.5,
        min: KT,
    },
    Preset {
        name: "KT板 900×1200",
        width: 900.0,
        height: 1200.0,
        viewing_distance_m: 1.5,
        min: KT,
    },
    Preset {
        name: "大展板 2400×1200",
        width: 2400.0,
        height: 1200.0,
        viewing_distance_m: 2.5,
        min: MinSizes {
            body: 36.0,
            caption: 28.0,
            heading: 54.0,
            title: 100.0,
        },
    },
    Preset {
        name: "易拉宝 800×2000",
        width: 800.0,
        height: 2000.0,
        viewing_distance_m: 1.5,
        min: KT,
    },
    Preset {
        name: "易拉宝 800×1800",
        width: 800.0,
        height: 1800.0,
        viewing_distance_m: 1.5,
        min: KT,
    },
    Preset {
        name: "X展架 600×1600",
        width: 600.0,
        height: 1600.0,
        viewing_distance_m: 1.2,
        min: MinSizes {
            body: 24.0,
            caption: 24.0,
            heading: 36.0,
            title: 60.0,
        },
    },
    Preset {
        name: "A0 海报 841×1189",
        width: 841.0,
        height: 1189.0,
        viewing_distance_m: 1.2,
        min: MinSizes {
            body: 24.0,
            caption: 20.0,
            heading: 36.0,
            title: 60.0,
        },
    },
    Preset {
        name: "A1 海报 594×841",
        width: 594.0,
        height: 841.0,
        viewing_distance_m: 1.0,
        min: MinSizes {
            body: 18.0,
            caption: 16.0,
            heading: 28.0,
            title: 48.0,
        },
    },
];

/// The largest body size layout will choose, as a multiple of the minimum ("the largest size between min and max").
pub const MAX_TEXT_SCALE: f64 = 1.5;
/// The same on boards without photos (前言, 结束语), where a short text is set larger.
pub const TEXT_ONLY_MAX_SCALE: f64 = 2.0;
/// Photos are not enlarged beyond the size at which they print at this resolution (pixels per inch)…
pub const TARGET_PPI: f64 = 100.0;
/// …and are kept at this resolution or better when the board's area allows.
pub const PREFERRED_PPI: f64 = 150.0;
/// Below this a photo is unfit for print; layout places it there only to keep the minimum photo area, and
/// reports it.
pub const MIN_PPI: f64 = 72.0;
/// Photos are never smaller than this share of the board's area.
pub const MIN_PHOTO_SHARE: f64 = 1.0 / 12.0;
/// The smallest cell the composer gives a photo is this much over the minimum area (rounding and grid room), so a
/// photo is printable only if it reaches [`MIN_PPI`] there: selection and composer share this one test.
pub const MIN_AREA_SLACK: f64 = 1.02;
/// Roll-up stands (易拉宝, X展架: boards at least 1.6 times as tall as wide) hide the bottom of the board behind the
/// stand's base: nothing essential goes in the bottom this many mm (issue 15, point 4).
pub const STAND_BASE: f64 = 150.0;

/// Whether a board of this size is a roll-up stand's (易拉宝, X展架).
pub fn is_rollup(width: f64, height: f64) -> bool {
    height >= 1.6 * width
}

/// The bottom of a board's safe area that content may use: above the stand's base on roll-ups.
pub fn content_bottom(width: f64, height: f64, safe: f64) -> f64 {
    let bottom = height - safe;
    if is_rollup(width, height) {
        bottom.min(height - STAND_BASE)
    } else {
        bottom
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_rows_and_nearest_preset() {
        assert_eq!(BoardSpec::new(1200.0, 900.0).min_sizes().title, 72.0);
        assert_eq!(BoardSpec::new(900.0, 1200.0).min_sizes().body, 28.0);
        assert_eq!(BoardSpec::new(2400.0, 1200.0).min_sizes().body, 36.0);
        assert_eq!(BoardSpec::new(594.0, 841.0).min_sizes().caption, 16.0);
        // A custom 2300×1150 takes the 2400×1200 row.
        assert_eq!(BoardSpec::new(2300.0, 1150.0).min_sizes().heading, 54.0);
    }

    #[test]
    fn parse_and_validate() {
        let s = BoardSpec::parse("800x2000").unwrap();
        assert_eq!((s.width, s.height, s.bleed, s.safe), (800.0, 2000.0, 3.0, 20.0));
        assert!(s.validate().is_ok());
        assert!(BoardSpec::new(10.0, 900.0).validate().is_err());
        assert!(BoardSpec { bleed: 12.0, ..s }.validate().is_err());
        assert!(BoardSpec::parse("宽x高").is_none());
    }
}
