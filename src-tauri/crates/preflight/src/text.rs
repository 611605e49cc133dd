//! Checks of what the printed words are (issue 14): text that still looks like web chrome (a title that is a
//! menu, a footer line, an address) and a board that mixes traditional and simplified script. Both use the writeup
//! crate's one test of each, so that review, layout and preflight never disagree. Owns only these two checks over
//! a board's text items; it must not judge geometry, fonts or photos.

use zhanban_frames::{BoardFrame, ItemKind, TextRole};
use zhanban_writeup::{looks_like_chrome, script_of, title_chrome, Script};

use crate::{block_text, excerpt, finding, messages, Finding, Kind, Severity};

/// Adds a warning for each text item that looks like chrome and one for a board that mixes scripts.
pub(crate) fn check_text(board: &BoardFrame, out: &mut Vec<Finding>) {
    let (mut traditional, mut simplified) = (None, None);
    for item in &board.items {
        let ItemKind::Text(t) = &item.kind else { continue };
        let text = block_text(t);
        if text.trim().is_empty() {
            continue;
        }
        let chrome = match t.role {
            TextRole::BoardTitle | TextRole::ExhibitionTitle => title_chrome(&text),
            TextRole::Heading1 | TextRole::Heading2 | TextRole::Body | TextRole::Caption => looks_like_chrome(&text),
            _ => None,
        };
        if let Some(kind) = chrome {
            let mut f = finding(
                Kind::ChromeText,
                Severity::Warning,
                Some(board),
                messages::chrome_text(&excerpt(&text), kind.reason()),
            );
            f.item = Some(item.id.clone());
            f.subject = Some(excerpt(&text));
            out.push(f);
        }
        match script_of(&text) {
            Script::Traditional => traditional = traditional.or(Some(text)),
            Script::Simplified => simplified = simplified.or(Some(text)),
            Script::Neutral => {}
        }
    }
    if let (Some(t), Some(s)) = (traditional, simplified) {
        out.push(finding(
            Kind::MixedScript,
            Severity::Warning,
            Some(board),
            messages::mixed_script(&excerpt(&t), &excerpt(&s)),
        ));
    }
}
