//! Themes as design systems — colours, fonts per role, the title band's shape, ornaments, and how sections, photos
//! and panels are dressed (`dress.rs` draws those) — and the four built-in ones (党建红, 党建白, 政务蓝, 简约白);
//! plus drawing a theme's decoration (bands, rules, simple vector ornaments; never an emblem) as frames items with
//! `Source::Theme`. Decoration lies in the title band, the margins and the bleed; content may sit
//! on top of the title band and the background image, never on other decoration.
//!
//! Owns theme data and decoration shapes; it must not place text or photos.

use serde::{Deserialize, Serialize};
use zhanban_frames::{Color, ImageItem, Item, ItemKind, PathItem, PathOp, Rect, RectItem, Source};

use crate::error::LayoutError;
use crate::model::ImageRef;

/// Fonts per role (names as the typesetter understands them: 思源黑体, 思源宋体, 楷体, 黑体…).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ThemeFonts {
    pub title: String,
    pub heading: String,
    pub body: String,
    pub caption: String,
}

/// A simple vector ornament.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Ornament {
    /// A rule in the accent colour under the title band.
    BandRule,
    /// A band in the band colour across the bottom margin and bleed.
    FooterBand,
    /// Rising ribbon strokes in the accent colour at the title band's right end.
    Ribbons,
    /// A thin accent line along the bottom margin.
    FooterRule,
}

/// The title band's geometry.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BandShape {
    /// A band of the band colour from the top bleed to under the title.
    #[default]
    Full,
    /// A full band whose right end is a lighter slanted field.
    Angled,
    /// No band: the title on the background over the band rule.
    Ruled,
    /// No band: a strip of the band colour along the top edge, the title on the background under it.
    TopStripe,
}

/// How a section heading inside the text is marked.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HeadingTab {
    #[default]
    None,
    /// A bar in the accent colour hanging left of the heading's lines.
    Bar,
    /// A short rule in the heading colour under the heading.
    Underline,
    /// A square in the band colour hanging left of the heading's first line.
    Square,
}

/// How a photo is framed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PhotoFrame {
    #[default]
    None,
    /// A thin line in the accent colour just outside the photo.
    Keyline,
    /// A soft shadow to the lower right.
    Shadow,
}

/// How the 前言/结束语 panel is drawn.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PanelStyle {
    /// A tint of the accent colour.
    #[default]
    Tint,
    /// A tint inside a double frame (a strong outer line, a fine inner one) in the accent colour.
    Framed,
    /// A light tint of the band colour under a bar of it along the top.
    TopBar,
    /// A tint with a bar of the band colour down its left side.
    LeftBar,
    /// A faint grey ground between a strong rule on top and a fine one below.
    Rules,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Theme {
    pub id: String,
    pub background: Color,
    pub band: Color,
    pub band_text: Color,
    pub accent: Color,
    pub heading: Color,
    pub body: Color,
    pub caption: Color,
    pub figure: Color,
    pub fonts: ThemeFonts,
    /// Space below the board title inside the title band, in title ems (the band's height follows its text).
    #[serde(default = "default_band_padding")]
    pub band_padding_em: f64,
    pub ornaments: Vec<Ornament>,
    #[serde(default)]
    pub band_shape: BandShape,
    #[serde(default)]
    pub tab: HeadingTab,
    #[serde(default)]
    pub photo_frame: PhotoFrame,
    #[serde(default)]
    pub panel: PanelStyle,
}

/// Where the ribbons begin at the band's bottom, as a share of the board's width; they only rise to the right.
const RIBBON_START: f64 = 0.62;
/// Where an angled band's lighter field begins at the band's bottom, as a share of the board's width.
const ANGLE_START: f64 = 0.74;

fn default_band_padding() -> f64 {
    0.3
}

impl Theme {
    pub fn builtin() -> Vec<Theme> {
        let fonts = |title: &str, heading: &str, caption: &str| ThemeFonts {
            title: title.into(),
            heading: heading.into(),
            body: "思源黑体".into(),
            caption: caption.into(),
        };
        vec![
            Theme {
                id: "党建红".into(),
                background: Color::rgb(0xff, 0xfb, 0xf2),
                band: Color::rgb(0xb7, 0x12, 0x1f),
                band_text: Color::rgb(0xff, 0xf4, 0xd6),
                accent: Color::rgb(0xe0, 0xb0, 0x4a),
                heading: Color::rgb(0xb7, 0x12, 0x1f),
                body: Color::rgb(0x26, 0x1d, 0x1a),
                caption: Color::rgb(0x4a, 0x3a, 0x33),
                figure: Color::rgb(0xb7, 0x12, 0x1f),
                fonts: fonts("思源宋体", "思源黑体", "楷体"),
                band_padding_em: 0.4,
                ornaments: vec![Ornament::BandRule, Ornament::Ribbons, Ornament::FooterBand],
                band_shape: BandShape::Full,
                tab: HeadingTab::Bar,
                photo_frame: PhotoFrame::Keyline,
                panel: PanelStyle::Framed,
            },
            // The light 党建 theme: red type and a red strip on warm white, serif headings, photos on soft shadows.
            Theme {
                id: "党建白".into(),
                background: Color::rgb(0xff, 0xfe, 0xfa),
                band: Color::rgb(0xc4, 0x16, 0x22),
                band_text: Color::rgb(0xb0, 0x12, 0x1c),
                accent: Color::rgb(0xd4, 0xa0, 0x3c),
                heading: Color::rgb(0xb0, 0x12, 0x1c),
                body: Color::rgb(0x2a, 0x22, 0x1f),
                caption: Color::rgb(0x5a, 0x4a, 0x42),
                figure: Color::rgb(0xb0, 0x12, 0x1c),
                fonts: fonts("思源宋体", "思源宋体", "楷体"),
                band_padding_em: 0.25,
                ornaments: vec![Ornament::BandRule, Ornament::FooterRule],
                band_shape: BandShape::TopStripe,
                tab: HeadingTab::Underline,
                photo_frame: PhotoFrame::Shadow,
                panel: PanelStyle::TopBar,
            },
            Theme {
                id: "政务蓝".into(),
                background: Color::WHITE,
                band: Color::rgb(0x1a, 0x4b, 0x8c),
                band_text: Color::WHITE,
                accent: Color::rgb(0x4f, 0x9b, 0xe0),
                heading: Color::rgb(0x1a, 0x4b, 0x8c),
                body: Color::rgb(0x1e, 0x24, 0x2c),
                caption: Color::rgb(0x3c, 0x46, 0x52),
                figure: Color::rgb(0x1a, 0x4b, 0x8c),
                fonts: fonts("思源黑体", "思源黑体", "楷体"),
                band_padding_em: 0.3,
                ornaments: vec![Ornament::BandRule, Ornament::FooterRule, Ornament::FooterBand],
                band_shape: BandShape::Angled,
                tab: HeadingTab::Square,
                photo_frame: PhotoFrame::None,
                panel: PanelStyle::LeftBar,
            },
            Theme {
                id: "简约白".into(),
                background: Color::WHITE,
                band: Color::WHITE,
                band_text: Color::rgb(0x1c, 0x1c, 0x1c),
                accent: Color::rgb(0x9a, 0x9a, 0x9a),
                heading: Color::rgb(0x1c, 0x1c, 0x1c),
                body: Color::rgb(0x22, 0x22, 0x22),
                caption: Color::rgb(0x55, 0x55, 0x55),
                figure: Color::rgb(0x1c, 0x1c, 0x1c),
                fonts: fonts("思源黑体", "思源黑体", "思源黑体"),
                band_padding_em: 0.25,
                ornaments: vec![Ornament::BandRule, Ornament::FooterRule],
                band_shape: BandShape::Ruled,
                tab: HeadingTab::None,
                photo_frame: PhotoFrame::None,
                panel: PanelStyle::Rules,
            },
        ]
    }

    /// A built-in theme by id (党建红, 党建白, 政务蓝, 简约白; also red, light, blue, plain).
    pub fn by_id(id: &str) -> Result<Theme, LayoutError> {
        let id = match id {
            "red" => "党建红",
            "light" => "党建白",
            "blue" => "政务蓝",
            "plain" | "white" => "简约白",
            other => other,
        };
        Theme::builtin()
            .into_iter()
            .find(|t| t.id == id)
            .ok_or_else(|| LayoutError::UnknownTheme(id.to_string()))
    }

    /// The right end (mm) up to which the board title may run on a board `w` mm wide whose band text ends at
    /// `right`: left of the ribbons (less `gap`) on themes that draw them, else `right`. A long title wraps (or
    /// stays at its minimum size) in that measure rather than running behind the decoration.
    pub fn title_right(&self, w: f64, right: f64, gap: f64) -> f64 {
        if self.ornaments.contains(&Ornament::Ribbons) {
            right.min(w * RIBBON_START - gap)
        } else if self.band_shape == BandShape::Angled {
            right.min(w * ANGLE_START - gap)
        } else {
            right
        }
    }

    /// Decoration under the content: background image, title band (from the top bleed to `band_bottom`) and
    /// ornaments. `w`,`h` the trim size, `safe` the safe margin.
    pub fn decoration(
        &self,
        w: f64,
        h: f64,
        bleed: f64,
        safe: f64,
        band_bottom: f64,
        bg: Option<&ImageRef>,
    ) -> Vec<Item> {
        let mut items = Vec::new();
        let mut push = |kind: ItemKind, n: &mut usize| {
            items.push(Item {
                id: format!("theme-{n}"),
                source: Source::Theme,
                kind,
            });
            *n += 1;
        };
        let mut n = 0;
        let full = Rect::new(-bleed, -bleed, w + 2.0 * bleed, h + 2.0 * bleed);
        if let Some(bg) = bg {
            push(ItemKind::Image(cover_image(bg, full)), &mut n);
        }
        let band = Rect::new(-bleed, -bleed, w + 2.0 * bleed, band_bottom + bleed);
        let filled = matches!(self.band_shape, BandShape::Full | BandShape::Angled);
        if filled || bg.is_some() {
            // Over a background image a band-less theme keeps a band of its background colour under the title.
            let fill = if filled { self.band } else { self.background };
            push(
                ItemKind::Rect(RectItem {
                    rect: band,
                    fill: Some(fill),
                    stroke: None,
                    radius: 0.0,
                }),
                &mut n,
            );
        }
        match self.band_shape {
            BandShape::Angled => {
                // A lighter field slanting in from the right over the band's right quarter.
                let slant = (band_bottom + bleed) * 0.45;
                let x0 = w * ANGLE_START;
                let mut c = self.accent;
                c.a = 0.35;
                push(
                    ItemKind::Path(PathItem {
                        ops: vec![
                            PathOp::MoveTo {
                                x: x0 + slant,
                                y: -bleed,
                            },
                            PathOp::LineTo {
                                x: w + bleed,
                                y: -bleed,
                            },
                            PathOp::LineTo {
                                x: w + bleed,
                                y: band_bottom,
                            },
                            PathOp::LineTo { x: x0, y: band_bottom },
                            PathOp::Close,
                        ],
                        fill: Some(c),
                        stroke: None,
                    }),
                    &mut n,
                );
            }
            BandShape::TopStripe => push(
                ItemKind::Rect(RectItem {
                    rect: Rect::new(-bleed, -bleed, w + 2.0 * bleed, bleed + safe * 0.4),
                    fill: Some(self.band),
                    stroke: None,
                    radius: 0.0,
                }),
                &mut n,
            ),
            BandShape::Full | BandShape::Ruled => {}
        }
        let rule = (safe * 0.15).clamp(1.0, 4.0);
        for o in &self.ornaments {
            match o {
                Ornament::BandRule => push(
                    ItemKind::Rect(RectItem {
                        rect: Rect::new(-bleed, band_bottom - rule, w + 2.0 * bleed, rule),
                        fill: Some(self.accent),
                        stroke: None,
                        radius: 0.0,
                    }),
                    &mut n,
                ),
                Ornament::FooterBand => push(
                    ItemKind::Rect(RectItem {
                        rect: Rect::new(-bleed, h - safe * 0.5, w + 2.0 * bleed, safe * 0.5 + bleed),
                        fill: Some(self.band),
                        stroke: None,
                        radius: 0.0,
                    }),
                    &mut n,
                ),
                Ornament::FooterRule => push(
                    ItemKind::Rect(RectItem {
                        rect: Rect::new(safe, h - safe * 0.75, w - 2.0 * safe, rule * 0.5),
                        fill: Some(self.accent),
                        stroke: None,
                        radius: 0.0,
                    }),
                    &mut n,
                ),
                Ornament::Ribbons => {
                    // Three sweeping ribbons at the band's right end, from the bleed into the band.
                    let bh = band_bottom + bleed;
                    for k in 0..3 {
                        let x0 = w * (RIBBON_START + 0.08 * k as f64);
                        let t = bh * (0.10 - 0.025 * k as f64);
                        let ops = vec![
                            PathOp::MoveTo {
                                x: x0,
                                y: band_bottom - rule,
                            },
                            PathOp::CubicTo {
                                x1: x0 + w * 0.12,
                                y1: band_bottom - bh * 0.2,
                                x2: w * 0.92,
                                y2: band_bottom - bh * 0.7,
                                x: w + bleed,
                                y: -bleed + bh * 0.05 * k as f64,
                            },
                            PathOp::LineTo {
                                x: w + bleed,
                                y: -bleed + bh * 0.05 * k as f64 + t,
                            },
                            PathOp::CubicTo {
                                x1: w * 0.93,
                                y1: band_bottom - bh * 0.6,
                                x2: x0 + w * 0.13,
                                y2: band_bottom - bh * 0.15,
                                x: x0 + w * 0.02,
                                y: band_bottom - rule,
                            },
                            PathOp::Close,
                        ];
                        let mut c = self.accent;
                        c.a = 0.35 + 0.15 * k as f32;
                        push(
                            ItemKind::Path(PathItem {
                                ops,
                                fill: Some(c),
                                stroke: None,
                            }),
                            &mut n,
                        );
                    }
                }
            }
        }
        items
    }
}

/// An image covering `rect`, cropped at the centre to the rect's proportions.
pub fn cover_image(img: &ImageRef, rect: Rect) -> ImageItem {
    let (pw, ph) = (f64::from(img.width_px.max(1)), f64::from(img.height_px.max(1)));
    let want = rect.w / rect.h;
    let crop = if pw / ph > want {
        let cw = ph * want;
        Rect::new((pw - cw) / 2.0, 0.0, cw, ph)
    } else {
        let ch = pw / want;
        Rect::new(0.0, (ph - ch) / 2.0, pw, ch)
    };
    ImageItem {
        photo: img.hash.clone(),
        rect,
        crop,
        orientation: img.orientation,
        pixel_width: img.width_px,
        pixel_height: img.height_px,
    }
}
