//! Preflight of an exhibition after an edit (issue 20): a board's findings are a function of its frame (and the
//! facts of its photos, the licences of its fonts), so the findings of a board whose frame is byte-identical to one
//! checked before are kept, and only the boards the edit changed are checked again; the exhibition-wide checks
//! (cut-off write-ups, the same photo twice, the layout summary, colour) run every time. The report is the one
//! [`check_with`](crate::check_with) makes. Owns only this memory; the checks themselves live in the crate root.

use std::collections::HashMap;

use zhanban_frames::Frames;
use zhanban_layout::Summary;

use crate::{board_findings, exhibition_findings, FontLicences, PhotoFacts, PreflightReport};

/// The findings of the boards last checked, by board key, and the photo facts they were found with.
#[derive(Default)]
pub struct Kept {
    boards: HashMap<String, Vec<crate::Finding>>,
    photos: HashMap<String, PhotoFacts>,
    checked: usize,
}

impl Kept {
    /// How many boards the last [`check_kept`] checked (the others' findings were kept): for tests and benchmarks.
    pub fn checked(&self) -> usize {
        self.checked
    }
}

/// [`check_with`](crate::check_with) of `frames`, checking only the boards whose key is not among those checked last
/// time. `keys[i]` is board i's key: a hash of its whole frame (equal keys only for byte-identical frames, as the
/// app's board keys are); a board without a key is always checked. Only the current boards' findings are kept for
/// the next check; other photo facts than last time (a photo added, replaced or renamed) check every board again.
pub fn check_kept(
    frames: &Frames,
    keys: &[String],
    summary: &Summary,
    photos: &HashMap<String, PhotoFacts>,
    fonts: &mut dyn FontLicences,
    kept: &mut Kept,
) -> PreflightReport {
    if kept.photos != *photos {
        kept.boards.clear();
        kept.photos = photos.clone();
    }
    let mut now = HashMap::with_capacity(frames.boards.len());
    let mut out = Vec::new();
    kept.checked = 0;
    for (i, board) in frames.boards.iter().enumerate() {
        let findings = match keys.get(i).and_then(|k| kept.boards.remove(k)) {
            Some(findings) => findings,
            None => {
                kept.checked += 1;
                board_findings(board, photos, fonts)
            }
        };
        out.extend(findings.iter().cloned());
        if let Some(k) = keys.get(i) {
            now.insert(k.clone(), findings);
        }
    }
    kept.boards = now;
    exhibition_findings(frames, summary, photos, &mut out);
    PreflightReport::from_findings(out)
}
