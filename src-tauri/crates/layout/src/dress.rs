//! A theme's dressing of a composed board: the 前言/结束语 panel's fill and ornaments, section tabs by headings and frames
//! under photos, as the theme's style says (`HeadingTab`, `PhotoFrame`, `PanelStyle`). Vector decoration only
//! (`Source::Theme`), drawn under the content it dresses and never over other content; the ornaments' ids start
//! with `dress-`, which the critic does not count as blocks (a photo's frame is not a block of its own).
//!
//! Owns the dressing's shapes; it must not place or move content.

use zhanban_frames::{Color, Item, ItemKind, PathItem, PathOp, Rect, RectItem, Source, Stroke, TextBlock, TextRole};

use crate::theme::{HeadingTab, PanelStyle, PhotoFrame, Theme};

/// Prefix of the ids of dressing ornaments (not blocks of their own for the critic).
pub const PREFIX: &str = "dress-";

fn rect(id: String, r: Rect, fill: Option<Color>, stroke: Option<Stroke>) -> Item {
    Item {
        id,
        source: Source::Theme,
        kind: ItemKind::Rect(RectItem {
            rect: r,
            fill,
            stroke,
            radius: 0.0,
        }),
    }
}

fn tint(c: Color, a: f32) -> Color {
    Color { a, ..c }
}

/// The fill of a 前言/结束语 panel (the item `panel`, a block for the critic; `dress` adds its ornaments).
pub fn panel_fill(t: &Theme) -> Color {
    match t.panel {
        PanelStyle::Tint | PanelStyle::LeftBar => tint(t.accent, 0.12),
        PanelStyle::Framed => tint(t.accent, 0.10),
        PanelStyle::TopBar => tint(t.band, 0.05),
        PanelStyle::Rules => tint(t.body, 0.04),
    }
}

/// The colour of a key-figure tile's top bar, as the theme's panel sets its bars.
pub fn bar_colour(t: &Theme) -> Color {
    match t.panel {
        PanelStyle::TopBar | PanelStyle::LeftBar => t.band,
        PanelStyle::Rules => t.heading,
        PanelStyle::Tint | PanelStyle::Framed => t.accent,
    }
}

/// The ornaments of a panel over `p` whose content stands at least `pad` mm inside it.
fn panel_ornaments(t: &Theme, p: Rect, pad: f64) -> Vec<Item> {
    let line = (pad * 0.08).clamp(0.8, 3.0);
    match t.panel {
        PanelStyle::Tint => Vec::new(),
        PanelStyle::Framed => {
            let inset = (pad * 0.3).max(line * 3.0);
            let inner = Rect::new(p.x + inset, p.y + inset, p.w - 2.0 * inset, p.h - 2.0 * inset);
            vec![
                rect(
                    format!("{PREFIX}panel-frame"),
                    p,
                    None,
                    Some(Stroke {
                        color: t.accent,
                        width: line * 1.5,
                    }),
                ),
                rect(
                    format!("{PREFIX}panel-inner"),
                    inner,
                    None,
                    Some(Stroke {
                        color: t.accent,
                        width: line * 0.4,
                    }),
                ),
            ]
        }
        PanelStyle::TopBar => vec![rect(
            format!("{PREFIX}panel-bar"),
            Rect::new(p.x, p.y, p.w, (pad * 0.25).clamp(2.0, 8.0)),
            Some(t.band),
            None,
        )],
        PanelStyle::LeftBar => vec![rect(
            format!("{PREFIX}panel-bar"),
            Rect::new(p.x, p.y, (pad * 0.22).clamp(2.0, 8.0), p.h),
            Some(t.band),
            None,
        )],
        PanelStyle::Rules => vec![
            rect(
                format!("{PREFIX}panel-top"),
                Rect::new(p.x, p.y, p.w, line * 2.5),
                Some(t.heading),
                None,
            ),
            rect(
                format!("{PREFIX}panel-bottom"),
                Rect::new(p.x, p.bottom() - line * 0.6, p.w, line * 0.6),
                Some(t.heading),
                None,
            ),
        ],
    }
}

/// The share of a tall panel's height its motif takes at the bottom ([`panel_motif`]); compose centres a short text
/// in the rest.
pub const MOTIF_SHARE: f64 = 0.3;

/// Whether a panel `w`×`h` mm is tall enough for a motif (a roll-up's or an X-banner's 前言/结束语, run down the body).
pub fn tall_panel(w: f64, h: f64) -> bool {
    h >= 1.6 * w
}

/// A tall panel's motif: three layered waves in the theme's colour (gold on the ribbon themes, else the band's
/// colour or, on a light theme, the heading's ink; paler upwards) across the panel's bottom [`MOTIF_SHARE`], inside
/// its frame — the lower part of a roll-up's 前言 designed instead of left as bare tint under a short text. None when
/// the text reaches into that part (`text_bottom`) or the panel is not tall.
fn panel_motif(t: &Theme, p: Rect, pad: f64, text_bottom: f64) -> Vec<Item> {
    let top = p.bottom() - MOTIF_SHARE * p.h;
    if !tall_panel(p.w, p.h) || text_bottom > top {
        return Vec::new();
    }
    let inset = (pad * 0.3).max(1.0) + if t.panel == PanelStyle::Framed { pad * 0.1 } else { 0.0 };
    let r = Rect::new(p.x + inset, top, p.w - 2.0 * inset, p.bottom() - inset - top);
    // (a light theme's band is near white: its waves take the heading's ink, paler)
    let (colour, alpha) = if t.ornaments.contains(&crate::theme::Ornament::Ribbons) {
        (t.accent, 0.10)
    } else if t.panel == PanelStyle::Rules {
        (t.heading, 0.04)
    } else {
        (t.band, 0.10)
    };
    // (left end, right end) of each wave's crest, as shares of the motif's height from its top; rising to the right.
    let crests = [(0.50, 0.05), (0.68, 0.30), (0.86, 0.58)];
    crests
        .iter()
        .enumerate()
        .map(|(k, &(l, rt))| {
            let (yl, yr) = (r.y + l * r.h, r.y + rt * r.h);
            let ops = vec![
                PathOp::MoveTo { x: r.x, y: yl },
                PathOp::CubicTo {
                    x1: r.x + 0.35 * r.w,
                    y1: yl + 0.25 * r.h,
                    x2: r.x + 0.6 * r.w,
                    y2: yr - 0.2 * r.h,
                    x: r.right(),
                    y: yr,
                },
                PathOp::LineTo {
                    x: r.right(),
                    y: r.bottom(),
                },
                PathOp::LineTo { x: r.x, y: r.bottom() },
                PathOp::Close,
            ];
            Item {
                id: format!("{PREFIX}panel-motif-{k}"),
                source: Source::Theme,
                kind: ItemKind::Path(PathItem {
                    ops,
                    fill: Some(tint(colour, alpha + 0.8 * alpha * k as f32)),
                    stroke: None,
                }),
            }
        })
        .collect()
}

/// Content rectangles of a board (text and photos), for keeping ornaments off them.
fn content_rects(items: &[Item]) -> Vec<(usize, Rect)> {
    items
        .iter()
        .enumerate()
        .filter(|(_, i)| i.source != Source::Theme || matches!(i.kind, ItemKind::Text(_)))
        .filter_map(|(k, i)| match &i.kind {
            ItemKind::Text(t) => Some((k, t.rect)),
            ItemKind::Image(img) if i.id != "logo" => Some((k, img.rect)),
            _ => None,
        })
        .collect()
}

/// A heading's ink: from the top of its first line's glyphs to the bottom of its last line's (mm).
fn heading_ink(b: &TextBlock) -> Option<(f64, f64, f64)> {
    let first = b.runs.first()?;
    let last = b.runs.last()?;
    let em = first.size_pt * 25.4 / 72.0;
    Some((first.origin.y - 0.88 * em, last.origin.y + 0.12 * em, em))
}

/// Adds the theme's section tabs and photo frames to a composed board's items, each just before (under) the item
/// it dresses, never on other content.
pub fn dress(t: &Theme, items: &mut Vec<Item>) {
    let content = content_rects(items);
    let free = |r: &Rect, own: &[usize]| content.iter().all(|(k, c)| own.contains(k) || !c.overlaps(r));
    // (index to insert before, ornament)
    let mut adds: Vec<(usize, Item)> = Vec::new();
    for (k, i) in items.iter().enumerate() {
        match &i.kind {
            ItemKind::Rect(r) if i.id == "panel" => {
                // The panel's ornaments over its fill, under its text: as far in as its content leaves room.
                let p = r.rect;
                let pad = content
                    .iter()
                    .filter(|(_, c)| p.contains(c))
                    .map(|(_, c)| {
                        (c.x - p.x)
                            .min(p.right() - c.right())
                            .min(c.y - p.y)
                            .min(p.bottom() - c.bottom())
                    })
                    .fold(f64::INFINITY, f64::min);
                if pad.is_finite() && pad > 0.0 {
                    for o in panel_ornaments(t, p, pad) {
                        adds.push((k + 1, o));
                    }
                    let text_bottom = content
                        .iter()
                        .filter(|(_, c)| p.contains(c))
                        .map(|(_, c)| c.bottom())
                        .fold(p.y, f64::max);
                    for o in panel_motif(t, p, pad, text_bottom) {
                        adds.push((k + 1, o));
                    }
                }
            }
            // A framed theme's key-figure tiles in its fine frame line.
            ItemKind::Rect(r) if i.id.starts_with("figure-tile-") && t.panel == PanelStyle::Framed => {
                let w = (r.rect.w.min(r.rect.h) * 0.012).clamp(0.5, 1.5);
                adds.push((
                    k + 1,
                    rect(
                        format!("{PREFIX}tile-frame-{}", &i.id["figure-tile-".len()..]),
                        r.rect,
                        None,
                        Some(Stroke {
                            color: t.accent,
                            width: w,
                        }),
                    ),
                ));
            }
            // (a pull quote is set in the heading role for its sizes but wears its own tile and bar)
            ItemKind::Text(b)
                if i.source != Source::Theme
                    && i.id != "pull-quote"
                    && matches!(b.role, TextRole::Heading1 | TextRole::Heading2) =>
            {
                let Some((top, bottom, em)) = heading_ink(b) else {
                    continue;
                };
                let tab = match t.tab {
                    HeadingTab::None => None,
                    HeadingTab::Bar => {
                        let w = (0.14 * em).max(1.0);
                        Some(Rect::new(b.rect.x - 0.3 * em - w, top, w, bottom - top))
                    }
                    HeadingTab::Square => {
                        let s = 0.42 * em;
                        Some(Rect::new(b.rect.x - 0.3 * em - s, top + 0.29 * em, s, s))
                    }
                    HeadingTab::Underline => {
                        let h = (0.06 * em).max(0.6);
                        let y = (bottom + 0.08 * em).min(b.rect.bottom() - h);
                        Some(Rect::new(b.rect.x, y, (2.0 * em).min(b.rect.w), h))
                    }
                };
                let fill = match t.tab {
                    HeadingTab::Bar => t.accent,
                    HeadingTab::Square => t.band,
                    _ => t.heading,
                };
                if let Some(r) = tab.filter(|r| r.x >= 0.0 && free(r, &[k])) {
                    adds.push((k, rect(format!("{PREFIX}tab-{}", i.id), r, Some(fill), None)));
                }
            }
            ItemKind::Image(img) if matches!(i.source, Source::Photo { .. }) && i.id != "logo" => {
                let p = img.rect;
                let d = (0.004 * p.w.max(p.h)).clamp(0.8, 3.0);
                let caption = format!("caption-{}", img.photo);
                let own: Vec<usize> = content
                    .iter()
                    .filter(|(j, _)| *j == k || items[*j].id == caption)
                    .map(|(j, _)| *j)
                    .collect();
                let orn: Vec<(Rect, Option<Color>, Option<Stroke>)> = match t.photo_frame {
                    PhotoFrame::None => Vec::new(),
                    PhotoFrame::Keyline => {
                        let g = d * 0.8;
                        vec![(
                            Rect::new(p.x - g, p.y - g, p.w + 2.0 * g, p.h + 2.0 * g),
                            None,
                            Some(Stroke {
                                color: t.accent,
                                width: (d * 0.5).max(0.4),
                            }),
                        )]
                    }
                    // Two offset layers, the outer fainter: a soft edge in flat vector shapes.
                    PhotoFrame::Shadow => [(1.6, 0.10), (1.0, 0.14)]
                        .into_iter()
                        .map(|(f, a)| {
                            let o = d * f;
                            (
                                Rect::new(p.x + o, p.y + o, p.w, p.h),
                                Some(Color {
                                    a,
                                    ..Color::rgb(0x2a, 0x1a, 0x10)
                                }),
                                None,
                            )
                        })
                        .collect(),
                };
                for (n, (r, fill, stroke)) in orn.into_iter().enumerate() {
                    let grown = Rect::new(r.x - 0.5, r.y - 0.5, r.w + 1.0, r.h + 1.0);
                    if free(&grown, &own) {
                        adds.push((k, rect(format!("{PREFIX}frame-{n}-{}", img.photo), r, fill, stroke)));
                    }
                }
            }
            _ => {}
        }
    }
    for (k, item) in adds.into_iter().rev() {
        items.insert(k, item);
    }
}
