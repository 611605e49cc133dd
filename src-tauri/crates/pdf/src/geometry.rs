//! The one place where frames' coordinates (mm, trim space, origin top-left, y down) become PDF page coordinates
//! (pt, origin bottom-left of the MediaBox, y up). Owns the page boxes; must not know about items or fonts.

use zhanban_frames::{Rect, MM_PER_PT};

/// Points per millimetre.
pub const PT_PER_MM: f64 = 1.0 / MM_PER_PT;

/// Room outside the bleed for crop marks and the slug line, in mm, when marks are on.
pub const MARKS_MARGIN_MM: f64 = 15.0;

/// The geometry of one board's page.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PageGeometry {
    /// Trim (finished) size in mm.
    pub width: f64,
    pub height: f64,
    /// Bleed on every side in mm.
    pub bleed: f64,
    /// Extra room outside the bleed in mm (0 without marks).
    pub margin: f64,
}

impl PageGeometry {
    pub fn new(width: f64, height: f64, bleed: f64, marks: bool) -> Self {
        PageGeometry {
            width,
            height,
            bleed,
            margin: if marks { MARKS_MARGIN_MM } else { 0.0 },
        }
    }

    /// Distance from the MediaBox edge to the trim edge, in mm.
    pub fn offset(&self) -> f64 {
        self.bleed + self.margin
    }

    pub fn media_width_mm(&self) -> f64 {
        self.width + 2.0 * self.offset()
    }

    pub fn media_height_mm(&self) -> f64 {
        self.height + 2.0 * self.offset()
    }

    /// x in trim space (mm) → x on the page (pt).
    pub fn x(&self, x_mm: f64) -> f64 {
        (self.offset() + x_mm) * PT_PER_MM
    }

    /// y in trim space (mm, down) → y on the page (pt, up).
    pub fn y(&self, y_mm: f64) -> f64 {
        (self.offset() + self.height - y_mm) * PT_PER_MM
    }

    /// A length in mm → pt.
    pub fn len(&self, mm: f64) -> f64 {
        mm * PT_PER_MM
    }

    /// A rectangle in trim space → `[llx, lly, urx, ury]` on the page (pt).
    pub fn rect(&self, r: &Rect) -> [f64; 4] {
        [self.x(r.x), self.y(r.bottom()), self.x(r.right()), self.y(r.y)]
    }

    pub fn media_box(&self) -> [f64; 4] {
        [
            0.0,
            0.0,
            self.media_width_mm() * PT_PER_MM,
            self.media_height_mm() * PT_PER_MM,
        ]
    }

    pub fn trim_box(&self) -> [f64; 4] {
        self.rect(&Rect::new(0.0, 0.0, self.width, self.height))
    }

    pub fn bleed_box(&self) -> [f64; 4] {
        self.rect(&Rect::new(0.0, 0.0, self.width, self.height).inflate(self.bleed))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boxes_nest_and_flip_y() {
        let g = PageGeometry::new(1200.0, 900.0, 3.0, true);
        let mm = |v: f64| v * PT_PER_MM;
        assert_eq!(g.media_box()[2], mm(1200.0 + 36.0));
        let t = g.trim_box();
        assert!((t[0] - mm(18.0)).abs() < 1e-9 && (t[1] - mm(18.0)).abs() < 1e-9);
        assert!((t[2] - t[0] - mm(1200.0)).abs() < 1e-9 && (t[3] - t[1] - mm(900.0)).abs() < 1e-9);
        let b = g.bleed_box();
        assert!((t[0] - b[0] - mm(3.0)).abs() < 1e-9);
        // The trim's top-left corner is high on the page.
        assert!((g.y(0.0) - t[3]).abs() < 1e-9);
        assert!((g.y(900.0) - t[1]).abs() < 1e-9);
    }
}
