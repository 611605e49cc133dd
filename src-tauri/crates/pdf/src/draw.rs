//! Page content: turns a board's items (rectangles, paths, photos, glyph runs) and the printer's marks into
//! printpdf operations, in painting order, through [`PageGeometry`]. Owns the content stream only; must not load
//! fonts or photos, nor touch the document structure.

use printpdf::{
    Cmyk, Codepoint, Color, CurTransMat, ExtendedGraphicsState, FontId, Line, LinePoint, Op, PaintMode, PdfDocument,
    PdfFontHandle, Point, Polygon, PolygonRing, Pt, Rgb, TextItem, TextMatrix, TextRenderingMode, WindingOrder,
    XObjectId, XObjectTransform,
};
use zhanban_frames::{Color as FColor, PathItem, PathOp, Rect, RectItem, Stroke, TextRun, MM_PER_PT};

use crate::cmyk::{CmykTransform, RICH_BLACK_MIN_MM, RICH_BLACK_TEXT_PT};
use crate::geometry::PageGeometry;

fn pt(x: f64, y: f64) -> Point {
    Point {
        x: Pt(x as f32),
        y: Pt(y as f32),
    }
}

fn rgb(c: &FColor) -> Color {
    Color::Rgb(Rgb {
        r: c.r as f32 / 255.0,
        g: c.g as f32 / 255.0,
        b: c.b as f32 / 255.0,
        icc_profile: None,
    })
}

/// Builds the ops of one page.
pub(crate) struct Painter<'a> {
    pub g: PageGeometry,
    pub ops: Vec<Op>,
    pub doc: &'a mut PdfDocument,
    /// CMYK output: every colour goes through this transform (and the black rules) instead of DeviceRGB.
    pub cmyk: Option<&'a CmykTransform>,
}

impl Painter<'_> {
    /// The device colour of `c`; `large`: a black here is a large area (rich black in CMYK output).
    fn col(&self, c: &FColor, large: bool) -> Color {
        match self.cmyk {
            None => rgb(c),
            Some(t) => {
                let [c, m, y, k] = t.vector(c, large);
                Color::Cmyk(Cmyk {
                    c,
                    m,
                    y,
                    k,
                    icc_profile: None,
                })
            }
        }
    }

    fn alpha(&mut self, a: f32) {
        if a < 1.0 {
            let gs = ExtendedGraphicsState::default()
                .with_current_fill_alpha(a.max(0.0))
                .with_current_stroke_alpha(a.max(0.0));
            let id = self.doc.add_graphics_state(gs);
            self.ops.push(Op::LoadGraphicsState { gs: id });
        }
    }

    /// A filled area in trim space (background, bands).
    pub fn fill_rect(&mut self, r: &Rect, c: &FColor) {
        self.rect(&RectItem {
            rect: *r,
            fill: Some(*c),
            stroke: None,
            radius: 0.0,
        });
    }

    fn set_stroke(&mut self, s: &Stroke) {
        self.ops.push(Op::SetOutlineColor {
            col: self.col(&s.color, false),
        });
        self.ops.push(Op::SetOutlineThickness {
            pt: Pt(self.g.len(s.width) as f32),
        });
    }

    pub fn rect(&mut self, item: &RectItem) {
        let [x0, y0, x1, y1] = self.g.rect(&item.rect);
        let r = self
            .g
            .len(item.radius)
            .min((x1 - x0) / 2.0)
            .min((y1 - y0) / 2.0)
            .max(0.0);
        // Corners as cubic Béziers (k = 0.5523 approximates a quarter circle).
        let k = r * (1.0 - 0.552_284_75);
        let mut pts = vec![(pt(x0 + r, y0), false), (pt(x1 - r, y0), false)];
        if r > 0.0 {
            pts.extend([(pt(x1 - k, y0), true), (pt(x1, y0 + k), true), (pt(x1, y0 + r), false)]);
        }
        pts.push((pt(x1, y1 - r), false));
        if r > 0.0 {
            pts.extend([(pt(x1, y1 - k), true), (pt(x1 - k, y1), true), (pt(x1 - r, y1), false)]);
        }
        pts.push((pt(x0 + r, y1), false));
        if r > 0.0 {
            pts.extend([(pt(x0 + k, y1), true), (pt(x0, y1 - k), true), (pt(x0, y1 - r), false)]);
        }
        pts.push((pt(x0, y0 + r), false));
        if r > 0.0 {
            pts.extend([(pt(x0, y0 + k), true), (pt(x0 + k, y0), true), (pt(x0 + r, y0), false)]);
        }
        let ring = PolygonRing {
            points: pts.into_iter().map(|(p, bezier)| LinePoint { p, bezier }).collect(),
        };
        self.paint(vec![ring], item.fill.as_ref(), item.stroke.as_ref());
    }

    fn paint(&mut self, rings: Vec<PolygonRing>, fill: Option<&FColor>, stroke: Option<&Stroke>) {
        let mode = match (fill, stroke) {
            (Some(_), Some(_)) => PaintMode::FillStroke,
            (Some(_), None) => PaintMode::Fill,
            (None, Some(_)) => PaintMode::Stroke,
            (None, None) => return,
        };
        self.ops.push(Op::SaveGraphicsState);
        let a = fill.map(|c| c.a).or(stroke.map(|s| s.color.a)).unwrap_or(1.0);
        self.alpha(a);
        if let Some(c) = fill {
            // Rich black only where the filled area's bounding box is large on both sides.
            let (mut x0, mut y0, mut x1, mut y1) = (f32::MAX, f32::MAX, f32::MIN, f32::MIN);
            for p in rings.iter().flat_map(|r| r.points.iter()) {
                (x0, y0) = (x0.min(p.p.x.0), y0.min(p.p.y.0));
                (x1, y1) = (x1.max(p.p.x.0), y1.max(p.p.y.0));
            }
            let min = self.g.len(RICH_BLACK_MIN_MM) as f32;
            let col = self.col(c, x1 - x0 >= min && y1 - y0 >= min);
            self.ops.push(Op::SetFillColor { col });
        }
        if let Some(s) = stroke {
            self.set_stroke(s);
        }
        self.ops.push(Op::DrawPolygon {
            polygon: Polygon {
                rings,
                mode,
                winding_order: WindingOrder::NonZero,
            },
        });
        self.ops.push(Op::RestoreGraphicsState);
    }

    pub fn path(&mut self, item: &PathItem) {
        let mut subpaths: Vec<(Vec<LinePoint>, bool)> = Vec::new();
        for op in &item.ops {
            let p = |x: f64, y: f64| pt(self.g.x(x), self.g.y(y));
            match *op {
                PathOp::MoveTo { x, y } => subpaths.push((
                    vec![LinePoint {
                        p: p(x, y),
                        bezier: false,
                    }],
                    false,
                )),
                PathOp::LineTo { x, y } => {
                    if let Some(s) = subpaths.last_mut() {
                        s.0.push(LinePoint {
                            p: p(x, y),
                            bezier: false,
                        });
                    }
                }
                PathOp::CubicTo { x1, y1, x2, y2, x, y } => {
                    if let Some(s) = subpaths.last_mut() {
                        s.0.push(LinePoint {
                            p: p(x1, y1),
                            bezier: true,
                        });
                        s.0.push(LinePoint {
                            p: p(x2, y2),
                            bezier: true,
                        });
                        s.0.push(LinePoint {
                            p: p(x, y),
                            bezier: false,
                        });
                    }
                }
                PathOp::Close => {
                    if let Some(s) = subpaths.last_mut() {
                        s.1 = true;
                    }
                }
            }
        }
        if let Some(c) = &item.fill {
            let rings = subpaths.iter().map(|s| PolygonRing { points: s.0.clone() }).collect();
            self.paint(rings, Some(c), None);
        }
        if let Some(s) = &item.stroke {
            // printpdf closes every polygon; open strokes (rules) go out as lines.
            self.ops.push(Op::SaveGraphicsState);
            self.alpha(s.color.a);
            self.set_stroke(s);
            for (points, closed) in subpaths {
                self.ops.push(Op::DrawLine {
                    line: Line {
                        points,
                        is_closed: closed,
                    },
                });
            }
            self.ops.push(Op::RestoreGraphicsState);
        }
    }

    /// A photo: clipped to its rect, placed by `matrix` (see `images::placement_matrix`).
    pub fn image(&mut self, id: &XObjectId, clip: &Rect, matrix: [f64; 6]) {
        let [x0, y0, x1, y1] = self.g.rect(clip);
        self.ops.push(Op::SaveGraphicsState);
        self.ops.push(Op::DrawRectangle {
            rectangle: printpdf::Rect {
                x: Pt(x0 as f32),
                y: Pt(y0 as f32),
                width: Pt((x1 - x0) as f32),
                height: Pt((y1 - y0) as f32),
                mode: Some(PaintMode::Clip),
                winding_order: Some(WindingOrder::NonZero),
            },
        });
        self.ops.push(Op::SetTransformationMatrix {
            matrix: CurTransMat::Raw(matrix.map(|v| v as f32)),
        });
        self.ops.push(Op::UseXobject {
            id: id.clone(),
            transform: XObjectTransform {
                no_auto_scale: true,
                ..Default::default()
            },
        });
        self.ops.push(Op::RestoreGraphicsState);
    }

    /// A run of glyphs. `glyphs` are (glyph id in the embedded subset, x offset in mm from the run origin, text).
    /// Each glyph gets its absolute position; printpdf merges a baseline's glyphs into one `TJ` whose kerning
    /// reproduces these positions against the embedded widths.
    pub fn glyph_run(&mut self, run: &TextRun, font: &FontId, bold: bool, glyphs: &[(u16, f64, String)]) {
        if glyphs.is_empty() {
            return;
        }
        self.ops.push(Op::SaveGraphicsState);
        self.alpha(run.color.a);
        // K100 for small black text, rich black for display sizes.
        let col = self.col(&run.color, run.size_pt >= RICH_BLACK_TEXT_PT);
        self.ops.push(Op::SetFillColor { col: col.clone() });
        if bold {
            // Synthetic bold: fill and stroke the outlines (text rendering mode 2), a stroke of 1/30 em.
            self.ops.push(Op::SetOutlineColor { col });
            self.ops.push(Op::SetOutlineThickness {
                pt: Pt((run.size_pt / 30.0) as f32),
            });
            self.ops.push(Op::SetTextRenderingMode {
                mode: TextRenderingMode::FillStroke,
            });
        }
        self.ops.push(Op::StartTextSection);
        self.ops.push(Op::SetFont {
            font: PdfFontHandle::External(font.clone()),
            size: Pt(run.size_pt as f32),
        });
        let y = self.g.y(run.origin.y) as f32;
        for (gid, x, text) in glyphs {
            self.ops.push(Op::SetTextMatrix {
                matrix: TextMatrix::Raw([1.0, 0.0, 0.0, 1.0, self.g.x(run.origin.x + x) as f32, y]),
            });
            self.ops.push(Op::ShowText {
                items: vec![TextItem::GlyphIds(vec![Codepoint {
                    gid: *gid,
                    offset: 0.0,
                    cid: Some(text.clone()),
                }])],
            });
        }
        self.ops.push(Op::EndTextSection);
        self.ops.push(Op::RestoreGraphicsState);
    }

    /// Crop marks (裁切线) at the four corners, outside the bleed, in registration-free black (0.25 pt).
    pub fn crop_marks(&mut self) {
        let (w, h, b) = (self.g.width, self.g.height, self.g.bleed);
        let gap = b + 2.0; // marks start beyond the bleed
        let len = (self.g.margin - 3.0).clamp(3.0, 10.0);
        self.ops.push(Op::SaveGraphicsState);
        self.ops.push(Op::SetOutlineColor {
            col: self.col(&FColor::BLACK, false),
        });
        self.ops.push(Op::SetOutlineThickness { pt: Pt(0.25) });
        let mut line = |x0: f64, y0: f64, x1: f64, y1: f64| {
            let p = |x: f64, y: f64| LinePoint {
                p: pt(self.g.x(x), self.g.y(y)),
                bezier: false,
            };
            self.ops.push(Op::DrawLine {
                line: Line {
                    points: vec![p(x0, y0), p(x1, y1)],
                    is_closed: false,
                },
            });
        };
        for (cx, sx) in [(0.0, -1.0), (w, 1.0)] {
            for (cy, sy) in [(0.0, -1.0), (h, 1.0)] {
                // Horizontal mark on the trim line y = cy, vertical mark on x = cx.
                line(cx + sx * gap, cy, cx + sx * (gap + len), cy);
                line(cx, cy + sy * gap, cx, cy + sy * (gap + len));
            }
        }
        self.ops.push(Op::RestoreGraphicsState);
    }
}

/// Font size of the slug line, in points.
pub const SLUG_SIZE_PT: f64 = 8.0;

/// Positions of the slug glyphs (x in mm from the left of the text) from their advances in em.
pub fn slug_positions(advances_em: &[f64]) -> Vec<f64> {
    let size_mm = SLUG_SIZE_PT * MM_PER_PT;
    let mut x = 0.0;
    advances_em
        .iter()
        .map(|a| {
            let here = x;
            x += a * size_mm;
            here
        })
        .collect()
}
