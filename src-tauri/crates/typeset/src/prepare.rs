//! Preparing a paragraph: grapheme clusters, font per character (with fallback), shaping per font run (cached),
//! and the size-independent measures the breaker works on — atoms (the smallest pieces a line is made of, in em),
//! the gaps between them (letter spacing, quarter-em CJK–Latin space, what may stretch or shrink), where a break is
//! allowed by clreq, and adjacent-punctuation compression.
//!
//! Owns the transformation text → atoms; it must not choose breaks or position lines.

use std::sync::Arc;

use unicode_segmentation::UnicodeSegmentation;

use crate::clreq::{self, Blank, Class};
use crate::error::Error;
use crate::fallback::{FontChain, LicenceIssue, Substitution, TextReport};
use crate::fonts::LoadedFace;
use crate::shape::ShapeCache;

/// Per-gap stretch capacity in em at a stretch ratio of 1 (justification spreads space over every gap evenly).
pub const STRETCH_PER_GAP: f32 = 0.25;
/// The CJK–Latin gap (clreq: about a quarter em) and how far it may shrink.
pub const CJK_LATIN_GAP: f32 = 0.25;
pub const CJK_LATIN_SHRINK: f32 = 0.125;

/// One positioned glyph of an atom, in em.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AtomGlyph {
    pub id: u16,
    /// Pen offset from the atom's origin.
    pub x: f32,
    pub advance: f32,
}

/// The smallest unit of a line: one grapheme (or a ligature of several) in one face.
#[derive(Clone, Debug, PartialEq)]
pub struct Atom {
    /// Byte range in the paragraph text.
    pub start: usize,
    pub end: usize,
    /// Index into [`Prepared::faces`].
    pub face: u16,
    /// Range into [`Prepared::glyphs`].
    pub glyphs: (u32, u32),
    /// Width in em, after adjacent-punctuation compression.
    pub width: f32,
    /// What a compressible mark gives up at line end (em).
    pub end_compress: f32,
    /// True when a mark may hang past the right edge.
    pub may_hang: bool,
    /// Space after the atom (letter spacing, CJK–Latin gap) in em; dropped at line end.
    pub gap: f32,
    /// Stretch weight and shrink (em) of the gap after the atom.
    pub gap_stretch: f32,
    pub gap_shrink: f32,
    /// A line may end after this atom.
    pub break_after: bool,
    /// A breakable space (vanishes at line end).
    pub is_space: bool,
    /// Characters that count for the 孤字 rule.
    pub letters: u32,
}

/// A paragraph shaped and measured in em, ready to be broken at any width and size.
#[derive(Clone, Debug)]
pub struct Prepared {
    pub text: String,
    pub atoms: Vec<Atom>,
    pub glyphs: Vec<AtomGlyph>,
    /// The faces the atoms use (index 0 is the primary face).
    pub faces: Vec<Arc<LoadedFace>>,
    /// True for faces drawn with simulated bold.
    pub synthetic_bold: bool,
    pub report: TextReport,
    /// Prefix sums for O(1) line measures: position (widths + gaps), stretch, shrink, letters.
    pub(crate) pos: Vec<f32>,
    pub(crate) stretch: Vec<f32>,
    pub(crate) shrink: Vec<f32>,
    pub(crate) letters: Vec<u32>,
    /// Primary face's ascender/descender in em.
    pub ascender: f32,
    pub descender: f32,
}

struct Cluster {
    start: usize,
    end: usize,
    first: char,
    last: char,
    face: usize,
    western: bool,
    joined: bool,
}

/// Shapes and measures a paragraph (no newlines) with a font chain and a letter spacing (em).
pub fn prepare(
    text: &str,
    chain: &FontChain,
    cache: &ShapeCache,
    letter_spacing: f32,
    hanging: bool,
) -> Result<Prepared, Error> {
    let mut report = TextReport::default();
    if chain.primary.substituted {
        report.font_substituted = Some((chain.primary.requested.clone(), chain.primary.family.clone()));
    }
    if chain.primary.synthetic_bold {
        report.synthetic_bold = Some(chain.primary.family.clone());
    }

    // 1. Graphemes, with the face that draws each.
    let mut clusters: Vec<Cluster> = Vec::with_capacity(text.len() / 2);
    for (start, g) in text.grapheme_indices(true) {
        let mut chars = g.chars();
        let first = chars.next().unwrap_or(' ');
        let last = g.chars().next_back().unwrap_or(first);
        let cls = clreq::class(first);
        let face = if matches!(cls, Class::Space | Class::Glue) || first.is_control() {
            clusters.last().map_or(0, |c| c.face)
        } else {
            match chain.pick(first) {
                Some(i) => {
                    if i > 0 {
                        let s = Substitution {
                            ch: first.to_string(),
                            wanted: chain.faces[0].family.clone(),
                            used: chain.faces[i].family.clone(),
                        };
                        if !report.fallback.contains(&s) {
                            report.fallback.push(s);
                        }
                    }
                    i
                }
                None => {
                    let m = first.to_string();
                    if !report.missing.contains(&m) {
                        report.missing.push(m);
                    }
                    0
                }
            }
        };
        let western = clreq::is_western(first)
            || (clusters.last().is_some_and(|c| c.western) && (clreq::is_word_joiner(first) || cls == Class::Space));
        clusters.push(Cluster {
            start,
            end: start + g.len(),
            first,
            last,
            face,
            western,
            joined: false,
        });
    }
    mark_unbreakable_spans(&mut clusters);

    // 2. Shape per run of one face and one script side; map glyphs to clusters.
    let mut atoms: Vec<Atom> = Vec::with_capacity(clusters.len());
    let mut glyphs: Vec<AtomGlyph> = Vec::with_capacity(clusters.len());
    let mut atom_of_cluster: Vec<usize> = Vec::with_capacity(clusters.len());
    let mut i = 0;
    while i < clusters.len() {
        let (face, western) = (clusters[i].face, clusters[i].western);
        let mut j = i + 1;
        while j < clusters.len() && clusters[j].face == face && clusters[j].western == western {
            j += 1;
        }
        let run_start = clusters[i].start;
        let run_text = &text[run_start..clusters[j - 1].end];
        let shaped = cache.shape(run_text, &chain.faces[face], western)?;
        let mut g = 0usize;
        for (k, c) in clusters.iter().enumerate().take(j).skip(i) {
            let rel_end = (c.end - run_start) as u32;
            let g0 = glyphs.len() as u32;
            let mut x = 0.0f32;
            while g < shaped.len() && shaped[g].cluster < rel_end {
                let sg = shaped[g];
                glyphs.push(AtomGlyph {
                    id: sg.id,
                    x: x + sg.x_offset,
                    advance: sg.advance,
                });
                x += sg.advance;
                g += 1;
            }
            let g1 = glyphs.len() as u32;
            if g1 == g0 && k > i {
                // Part of a ligature that started in the previous cluster: extend that atom.
                if let Some(a) = atoms.last_mut() {
                    a.end = c.end;
                    a.letters += u32::from(clreq::is_letter_like(c.first));
                }
                atom_of_cluster.push(atoms.len() - 1);
                continue;
            }
            atoms.push(Atom {
                start: c.start,
                end: c.end,
                face: face as u16,
                glyphs: (g0, g1),
                width: x,
                end_compress: 0.0,
                may_hang: false,
                gap: 0.0,
                gap_stretch: 0.0,
                gap_shrink: 0.0,
                break_after: false,
                is_space: clreq::class(c.first) == Class::Space,
                letters: u32::from(clreq::is_letter_like(c.first)),
            });
            atom_of_cluster.push(atoms.len() - 1);
        }
        i = j;
    }

    // 3. Punctuation compression, gaps and break opportunities between atoms.
    let em_full = |a: &Atom| a.width >= 0.9;
    let n = atoms.len();
    let mut first_cluster_of_atom = vec![usize::MAX; n];
    let mut last_cluster_of_atom = vec![0usize; n];
    for (ci, &ai) in atom_of_cluster.iter().enumerate() {
        if first_cluster_of_atom[ai] == usize::MAX {
            first_cluster_of_atom[ai] = ci;
        }
        last_cluster_of_atom[ai] = ci;
    }
    let mut left_shift = vec![0.0f32; n];
    for a in 0..n {
        let fc = &clusters[first_cluster_of_atom[a]];
        let lc = &clusters[last_cluster_of_atom[a]];
        let single = fc.start == lc.start;
        let blank = if single { clreq::blank(fc.first) } else { Blank::None };
        if blank == Blank::Right && em_full(&atoms[a]) {
            atoms[a].end_compress = 0.5;
            atoms[a].may_hang = hanging && clreq::may_hang(fc.first);
        }
        if a + 1 < n {
            let nc = &clusters[first_cluster_of_atom[a + 1]];
            let next_single = nc.start == clusters[last_cluster_of_atom[a + 1]].start;
            let next_blank = if next_single {
                clreq::blank(nc.first)
            } else {
                Blank::None
            };
            let next_is_punct = matches!(
                clreq::class(nc.first),
                Class::Closing | Class::Stop | Class::Opening | Class::Exclam
            );
            // Adjacent punctuation: the blank half between two marks goes (。” takes 1.5 em).
            if blank == Blank::Right && em_full(&atoms[a]) && next_is_punct && em_full(&atoms[a + 1]) {
                atoms[a].width -= 0.5;
                atoms[a].end_compress = 0.0;
            } else if blank == Blank::Left && next_blank == Blank::Left && em_full(&atoms[a]) && em_full(&atoms[a + 1])
            {
                atoms[a + 1].width -= 0.5;
                left_shift[a + 1] = 0.5;
            }
            // Gap after the atom.
            let (pc, ncc) = (lc.last, nc.first);
            let inside_word = nc.joined;
            let mut gap = letter_spacing;
            let mut stretch =
                if inside_word && clreq::is_western(pc) && (clreq::is_western(ncc) || clreq::is_word_joiner(ncc)) {
                    0.0
                } else {
                    1.0
                };
            if clreq::is_word_joiner(pc) && inside_word {
                stretch = 0.0;
            }
            let mut shrink = 0.0;
            if (clreq::is_cjk(pc) && clreq::is_western(ncc)) || (clreq::is_western(pc) && clreq::is_cjk(ncc)) {
                gap += CJK_LATIN_GAP;
                shrink = CJK_LATIN_SHRINK;
                stretch = 1.0;
            }
            atoms[a].gap = gap;
            atoms[a].gap_stretch = stretch;
            atoms[a].gap_shrink = shrink;
            atoms[a].break_after = break_allowed(lc, nc);
        }
    }
    // Apply left-blank compression by shifting the glyphs of the compressed opening mark.
    for (a, shift) in left_shift.iter().enumerate() {
        if *shift > 0.0 {
            let (g0, g1) = atoms[a].glyphs;
            for g in &mut glyphs[g0 as usize..g1 as usize] {
                g.x -= shift;
            }
        }
    }

    // 4. Prefix sums.
    let mut pos = Vec::with_capacity(n + 1);
    let mut stretch = Vec::with_capacity(n + 1);
    let mut shrink = Vec::with_capacity(n + 1);
    let mut letters = Vec::with_capacity(n + 1);
    let (mut p, mut s, mut h, mut l) = (0.0f32, 0.0f32, 0.0f32, 0u32);
    for a in &atoms {
        pos.push(p);
        stretch.push(s);
        shrink.push(h);
        letters.push(l);
        p += a.width + a.gap;
        s += a.gap_stretch;
        h += a.gap_shrink;
        l += a.letters;
    }
    pos.push(p);
    stretch.push(s);
    shrink.push(h);
    letters.push(l);

    let faces = chain.faces.clone();
    for f in &faces {
        if f.embedding.needs_report() {
            report.licence.push(LicenceIssue {
                family: f.family.clone(),
                path: f.path.to_string_lossy().into_owned(),
                embedding: f.embedding,
            });
        }
    }
    Ok(Prepared {
        text: text.to_string(),
        atoms,
        glyphs,
        synthetic_bold: chain.primary.synthetic_bold,
        ascender: faces.first().map_or(0.88, |f| f.ascender),
        descender: faces.first().map_or(0.12, |f| f.descender),
        faces,
        report,
        pos,
        stretch,
        shrink,
        letters,
    })
}

/// clreq strict: may a line end between these two clusters?
fn break_allowed(prev: &Cluster, next: &Cluster) -> bool {
    let (pc, nc) = (prev.last, next.first);
    let (pcls, ncls) = (clreq::class(pc), clreq::class(nc));
    if next.joined || pcls == Class::Glue || ncls == Class::Glue || ncls == Class::Space {
        return false;
    }
    if clreq::no_line_start(nc) || clreq::no_line_end(pc) {
        return false;
    }
    if pcls == Class::Dash && ncls == Class::Dash {
        return false;
    }
    true
}

/// Marks clusters that must stay with the one before them: inside Latin words and numbers, and a number's
/// percent sign and units (2023年, 3.1万余人次, 936人, 50%).
fn mark_unbreakable_spans(clusters: &mut [Cluster]) {
    let n = clusters.len();
    let alnum = |c: char| clreq::is_western(c) || clreq::is_digit(c);
    let mut i = 0;
    while i < n {
        if !alnum(clusters[i].first) {
            i += 1;
            continue;
        }
        // A word or number: letters/digits, with connectors only between two of them.
        let mut j = i + 1;
        loop {
            if j < n && alnum(clusters[j].first) {
                j += 1;
            } else if j + 1 < n && clreq::is_word_joiner(clusters[j].first) && alnum(clusters[j + 1].first) {
                j += 2;
            } else {
                break;
            }
        }
        let ends_with_digit = clreq::is_digit(clusters[j - 1].first);
        if ends_with_digit {
            while j < n && clreq::class(clusters[j].first) == Class::Postfix {
                j += 1;
            }
            let mut u = 0;
            while j < n && u < clreq::MAX_UNITS && clreq::is_unit(clusters[j].first) {
                j += 1;
                u += 1;
            }
        }
        for c in clusters.iter_mut().take(j).skip(i + 1) {
            c.joined = true;
        }
        i = j;
    }
}

impl Prepared {
    /// Number of atoms.
    pub fn len(&self) -> usize {
        self.atoms.len()
    }
    /// True for an empty paragraph.
    pub fn is_empty(&self) -> bool {
        self.atoms.is_empty()
    }
}
