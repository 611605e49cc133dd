//! Property test: every corpus paragraph at 40 widths from 8 to 40 em breaks without breaking a clreq rule, and
//! the glyphs of the set lines spell the input exactly (nothing lost or duplicated).

mod common;

use zhanban_frames::Point;
use zhanban_typeset::clreq::{self, Class};
use zhanban_typeset::{BreakParams, FontTable, ParagraphStyle};

fn check_line_pair(prev: &str, next: &str) -> Result<(), String> {
    let pl = prev.trim_end_matches(' ').chars().last();
    let pl_raw = prev.chars().last();
    let nf = next.chars().next();
    let (Some(pl), Some(pl_raw), Some(nf)) = (pl, pl_raw, nf) else {
        return Ok(());
    };
    if clreq::no_line_start(nf) {
        return Err(format!("line starts with {nf}"));
    }
    if clreq::no_line_end(pl) {
        return Err(format!("line ends with {pl}"));
    }
    if pl_raw == ' ' {
        return Ok(()); // broken at a space
    }
    if pl == '—' && nf == '—' {
        return Err("—— split".into());
    }
    if clreq::is_western(pl) && clreq::is_western(nf) {
        return Err(format!("word or number split: {pl}|{nf}"));
    }
    if pl.is_ascii_digit() && (clreq::is_unit(nf) || clreq::class(nf) == Class::Postfix) {
        return Err(format!("number split from its unit: {pl}|{nf}"));
    }
    Ok(())
}

#[test]
fn corpus_at_forty_widths_keeps_every_rule_and_every_glyph() {
    let ts = common::ts();
    let paras = common::corpus_paragraphs();
    assert!(paras.len() > 100, "corpus should have many paragraphs");
    let style = ParagraphStyle {
        indent_em: 0.0,
        ..ParagraphStyle::body("思源宋体", 12.0)
    };
    let mut checked = 0usize;
    let mut failures = Vec::new();
    for (file, para) in &paras {
        let p = ts.prepare(para, &style).unwrap();
        for step in 0..40 {
            let width = 8.0 + 32.0 * step as f32 / 39.0;
            let indent = if step % 2 == 0 { 0.0 } else { 2.0 };
            let lines = p.break_lines(&BreakParams {
                width,
                indent,
                min_last_letters: 2,
            });
            let texts = p.line_texts(&lines);
            let joined: String = texts.concat();
            assert_eq!(&joined, para, "{file} at {width} em: lines do not spell the paragraph");
            for pair in texts.windows(2) {
                if let Err(e) = check_line_pair(&pair[0], &pair[1]) {
                    failures.push(format!("{file} @{width:.2}em: {e}: «{}» / «{}»", pair[0], pair[1]));
                }
            }
            // 孤字: the last line has at least two characters when the paragraph has two and several lines.
            let letters = |s: &str| s.chars().filter(|c| clreq::is_letter_like(*c)).count();
            if texts.len() > 1 && letters(para) >= 2 && letters(texts.last().unwrap()) < 2 {
                failures.push(format!("{file} @{width:.2}em: 孤字 «{}»", texts.last().unwrap()));
            }
            // Overfull only where an unbreakable piece is wider than the line.
            for l in &lines {
                let breakable_inside = (l.start..l.end - 1).any(|a| p.atoms[a].break_after);
                if l.overfull && breakable_inside {
                    failures.push(format!(
                        "{file} @{width:.2}em: overfull line with a break inside: «{}»",
                        &para[p.atoms[l.start].start..p.atoms[l.end - 1].end]
                    ));
                }
            }
            // Glyphs, in order, spell the input.
            if step % 4 == 0 {
                let mut fonts = FontTable::default();
                let runs = p.set_lines(&lines, &style, 12.0, Point::default(), &mut fonts);
                let glyph_text: String = runs.iter().map(|r| r.text()).collect();
                assert_eq!(
                    &glyph_text, para,
                    "{file} at {width} em: glyphs do not spell the paragraph"
                );
                for r in &runs {
                    for g in &r.glyphs {
                        assert!(g.x.is_finite() && g.advance.is_finite());
                    }
                }
            }
            checked += 1;
        }
    }
    assert!(
        failures.is_empty(),
        "{} rule breaks, e.g.:\n{}",
        failures.len(),
        failures.iter().take(20).cloned().collect::<Vec<_>>().join("\n")
    );
    assert_eq!(checked, paras.len() * 40);
}
