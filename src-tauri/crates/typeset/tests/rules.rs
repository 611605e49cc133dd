//! One test per clreq rule and typesetting feature, on real corpus sentences.

mod common;

use common::{corpus_sentence_with, ts};
use zhanban_frames::{Point, MM_PER_PT};
use zhanban_typeset::{BreakParams, FontTable, LineSpan, ParagraphStyle, Prepared};

fn style() -> ParagraphStyle {
    ParagraphStyle {
        indent_em: 0.0,
        ..ParagraphStyle::body("思源黑体", 12.0)
    }
}

fn lines_at(p: &Prepared, width: f32) -> (Vec<LineSpan>, Vec<String>) {
    let lines = p.break_lines(&BreakParams {
        width,
        indent: 0.0,
        min_last_letters: 2,
    });
    let texts = p.line_texts(&lines);
    (lines, texts)
}

fn widths() -> impl Iterator<Item = f32> {
    (0..=104).map(|i| 4.0 + i as f32 * 0.25)
}

/// Asserts `piece` is never split over two lines, at every width from 4 to 30 em.
fn never_split(text: &str, piece: &str) {
    let p = ts().prepare(text, &style()).unwrap();
    let mut exercised = false;
    for w in widths() {
        let (_, texts) = lines_at(&p, w);
        let whole = texts.iter().any(|t| t.contains(piece));
        assert!(whole, "«{piece}» split at {w} em: {texts:?}");
        exercised |= texts.len() > 1;
    }
    assert!(exercised);
}

#[test]
fn no_line_starts_with_closing_or_pause_marks() {
    let text = corpus_sentence_with("上下同欲者胜。");
    let p = ts().prepare(&text, &style()).unwrap();
    for w in widths() {
        let (_, texts) = lines_at(&p, w);
        for t in &texts[1..] {
            let c = t.chars().next().unwrap();
            assert!(
                !"，。、；：？！）》」』】〕〉”’·…,.;:?!)".contains(c),
                "line starts with {c} at {w} em: {texts:?}"
            );
        }
    }
    // At 6 em, a plain fill would start line 2 with 。: the mark must stay on line 1 (or take a character along).
    let p = ts().prepare("上下同欲者胜。今年", &style()).unwrap();
    let (_, texts) = lines_at(&p, 6.0);
    assert!(!texts[1].starts_with('。'), "{texts:?}");
}

#[test]
fn no_line_ends_with_opening_marks() {
    let text = corpus_sentence_with("“大党建”");
    let p = ts().prepare(&text, &style()).unwrap();
    for w in widths() {
        let (_, texts) = lines_at(&p, w);
        for t in &texts[..texts.len() - 1] {
            let c = t.chars().last().unwrap();
            assert!(
                !"（《「『【〔〈“‘([".contains(c),
                "line ends with {c} at {w} em: {texts:?}"
            );
        }
    }
}

#[test]
fn dashes_and_ellipses_are_never_split() {
    never_split(&corpus_sentence_with("示范品牌”——“连心"), "——");
    never_split(&corpus_sentence_with("以开放促创新——市委办"), "——");
    never_split(&corpus_sentence_with("优秀党课作品……"), "……");
}

#[test]
fn numbers_with_units_percentages_and_latin_words_stay_whole() {
    never_split(&corpus_sentence_with("9万余场"), "9万余场");
    never_split("为激励各级党组织累计服务3.1万余人次，成效显著。", "3.1万余人次");
    never_split(&corpus_sentence_with("936人"), "936人");
    never_split(&corpus_sentence_with("作为2023年机关"), "2023年");
    never_split(&corpus_sentence_with("增长20%以上"), "20%");
    never_split(&corpus_sentence_with("APP"), "APP");
}

#[test]
fn adjacent_punctuation_is_compressed() {
    let text = corpus_sentence_with("。”");
    let p = ts().prepare(&text, &style()).unwrap();
    let i = p
        .atoms
        .iter()
        .position(|a| &p.text[a.start..a.end] == "。" && p.text[a.end..].starts_with('”'))
        .unwrap();
    let pair = p.atoms[i].width + p.atoms[i + 1].width;
    assert!((pair - 1.5).abs() < 0.01, "。” takes {pair} em");
    // ，“ too, and the opening pair （“ takes 1.5 em.
    let p = ts().prepare("总体要求，“推动党建（“融”）", &style()).unwrap();
    let pair = |s: &str| {
        let i = p.atoms.iter().position(|a| p.text[a.start..].starts_with(s)).unwrap();
        p.atoms[i].width + p.atoms[i + 1].width
    };
    assert!((pair("，“") - 1.5).abs() < 0.01, "，“ {}", pair("，“"));
    assert!((pair("（“") - 1.5).abs() < 0.01, "（“ {}", pair("（“"));
}

#[test]
fn line_end_punctuation_is_compressed_before_spacing_out() {
    // 10 em: "上下同欲者胜。今年," — a line of 9 characters and a full stop takes 9.5 em, not 10.
    let text = corpus_sentence_with("上下同欲者胜。");
    let p = ts().prepare(&text, &style()).unwrap();
    let (lines, texts) = lines_at(&p, 7.0);
    let l = lines
        .iter()
        .zip(&texts)
        .find(|(_, t)| t.ends_with('。') || t.ends_with('，'))
        .expect("a line ending in a mark");
    let n = l.1.chars().count() as f32;
    assert!(
        (l.0.natural - (n - 0.5)).abs() < 0.3,
        "natural {} for «{}»",
        l.0.natural,
        l.1
    );
}

#[test]
fn justification_spreads_space_evenly_and_the_last_line_is_left_aligned() {
    let text = corpus_sentence_with("说了就算,定了就干。");
    let st = style();
    let p = ts().prepare(&text, &st).unwrap();
    let size = 12.0;
    let em = size * MM_PER_PT;
    let width_mm = 15.3 * em;
    let lines = p.break_at(width_mm, size, &st);
    assert!(lines.len() > 3);
    let mut fonts = FontTable::default();
    for (i, line) in lines.iter().enumerate() {
        let runs = p.set_lines(std::slice::from_ref(line), &st, size, Point::default(), &mut fonts);
        let glyphs: Vec<(f64, f64, String)> = runs
            .iter()
            .flat_map(|r| {
                r.glyphs
                    .iter()
                    .map(move |g| (r.origin.x + g.x, g.advance, g.text.clone()))
            })
            .collect();
        let (x_last, adv_last, _) = glyphs.last().unwrap().clone();
        let right = x_last + adv_last;
        if i + 1 < lines.len() {
            assert!(
                (right - width_mm).abs() < 0.05 * em,
                "line {i} ends at {right} mm, not {width_mm}"
            );
            // Between two ideographs the pitch is the same everywhere on the line: no single stretched gap.
            let pitches: Vec<f64> = glyphs
                .windows(2)
                .filter(|w| {
                    w[0].2.chars().all(zhanban_typeset::clreq::is_cjk)
                        && w[1].2.chars().all(zhanban_typeset::clreq::is_cjk)
                })
                .map(|w| w[1].0 - w[0].0)
                .collect();
            let (mn, mx) = pitches
                .iter()
                .fold((f64::MAX, f64::MIN), |(a, b), &x| (a.min(x), b.max(x)));
            assert!(mx - mn < 1e-6, "uneven gaps on line {i}: {mn}..{mx}");
        } else {
            // Last line: natural spacing, left-aligned.
            let natural_right = f64::from(line.natural) * em;
            assert!(
                (right - natural_right).abs() < 0.05 * em,
                "last line stretched: {right} vs {natural_right}"
            );
        }
    }
}

#[test]
fn quarter_em_between_chinese_and_latin_or_digits() {
    let text = corpus_sentence_with("作为2023年机关");
    let p = ts().prepare(&text, &style()).unwrap();
    let i = p
        .atoms
        .iter()
        .position(|a| &p.text[a.start..a.end] == "为" && p.text[a.end..].starts_with("2023"))
        .unwrap();
    assert!((p.atoms[i].gap - 0.25).abs() < 1e-4, "gap 为|2 = {}", p.atoms[i].gap);
    let j = p
        .atoms
        .iter()
        .position(|a| &p.text[a.start..a.end] == "3" && p.text[a.end..].starts_with('年'))
        .unwrap();
    assert!((p.atoms[j].gap - 0.25).abs() < 1e-4);
    assert_eq!(p.atoms[j - 1].gap, 0.0, "no gap inside a number");
}

#[test]
fn no_single_character_on_a_last_line() {
    let ts = ts();
    let mut exercised = 0;
    for (_, para) in common::corpus_paragraphs().iter().take(60) {
        let p = ts.prepare(para, &style()).unwrap();
        for w in widths() {
            let lines_off = p.break_lines(&BreakParams {
                width: w,
                indent: 0.0,
                min_last_letters: 0,
            });
            let lines_on = p.break_lines(&BreakParams {
                width: w,
                indent: 0.0,
                min_last_letters: 2,
            });
            let letters = |ls: &[LineSpan]| {
                let l = ls.last().unwrap();
                p.text[p.atoms[l.start].start..]
                    .chars()
                    .filter(|c| zhanban_typeset::clreq::is_letter_like(*c))
                    .count()
            };
            if lines_on.len() > 1 {
                assert!(letters(&lines_on) >= 2, "孤字 at {w} em in «{para}»");
            }
            if lines_off.len() > 1 && letters(&lines_off) < 2 {
                exercised += 1; // without the rule this width would leave a 孤字
            }
        }
    }
    assert!(exercised > 0, "the rule was never needed: test proves nothing");
}

#[test]
fn hanging_punctuation_is_optional_and_off_by_default() {
    assert!(!ParagraphStyle::default().hanging_punctuation);
    let text = corpus_sentence_with("上下同欲者胜。");
    let hang = ParagraphStyle {
        hanging_punctuation: true,
        ..style()
    };
    let p = ts().prepare(&text, &hang).unwrap();
    let q = ts().prepare(&text, &style()).unwrap();
    let mut differs = false;
    for w in widths() {
        let (l1, t1) = lines_at(&p, w);
        let (_, t2) = lines_at(&q, w);
        differs |= t1 != t2;
        for (l, t) in l1.iter().zip(&t1) {
            if t.ends_with('。') || t.ends_with('，') {
                // The hanging mark is not counted in the measure.
                let n = t.chars().count() as f32;
                assert!(l.natural <= n - 0.9, "«{t}» natural {}", l.natural);
            }
        }
    }
    assert!(differs, "hanging punctuation changed nothing");
}

#[test]
fn centred_and_right_aligned_lines_never_run_past_their_width() {
    // A key-figure label from the corpus: digits between ideographs give quarter-em gaps that the breaker may
    // shrink to fit a line; a centred line must then be shrunk too, not drawn at its natural width.
    let text = corpus_sentence_with("由工委5名领导班子成员全覆盖联系工委直属63个党组织");
    for align in [zhanban_typeset::Align::Center, zhanban_typeset::Align::Right] {
        let st = ParagraphStyle { align, ..style() };
        let p = ts().prepare(&text, &st).unwrap();
        let size = 12.0;
        let em = size * MM_PER_PT;
        for w in widths() {
            let width_mm = f64::from(w) * em;
            let lines = p.break_at(width_mm, size, &st);
            let mut fonts = FontTable::default();
            for line in &lines {
                let runs = p.set_lines(std::slice::from_ref(line), &st, size, Point::default(), &mut fonts);
                for r in &runs {
                    for g in &r.glyphs {
                        let (l, right) = (r.origin.x + g.x, r.origin.x + g.x + g.advance);
                        assert!(
                            l > -0.01 && right < width_mm + 0.01,
                            "{align:?} at {w} em: glyph {:?} at {l:.2}..{right:.2} mm outside 0..{width_mm:.2}",
                            g.text
                        );
                    }
                }
            }
        }
    }
}

/// Asserts that no line but the first starts with one of `marks`, at every width from 4 to 30 em, and that some
/// width puts one of them right after a break opportunity the rule must refuse (so the test can fail).
fn never_starts_a_line(text: &str, marks: &str) {
    let p = ts().prepare(text, &style()).unwrap();
    let mut exercised = false;
    for w in widths() {
        let (_, texts) = lines_at(&p, w);
        for t in &texts[1..] {
            let c = t.chars().next().unwrap();
            assert!(!marks.contains(c), "line starts with {c} at {w} em: {texts:?}");
        }
        exercised |= texts.len() > 1;
    }
    assert!(exercised);
}

#[test]
fn numbers_keep_their_measure_words_and_units() {
    // clreq audit (#14 point 7): 20强, 8种, 10个, 91.59万元, 3.1万余人次 are never split, in either digit width.
    never_split("连续三年入选全省县域经济20强，带动群众增收。", "20强");
    never_split("围绕群众关心的8种常见问题，逐一建立台账。", "8种");
    never_split(&corpus_sentence_with("关党建示范点10个"), "10个");
    never_split("全年共筹集帮扶资金91.59万元，惠及困难群众。", "91.59万元");
    never_split("为激励各级党组织累计服务3.1万余人次，成效显著。", "3.1万余人次");
    never_split("连续三年入选全省县域经济２０强，带动群众增收。", "２０强");
}

#[test]
fn dashes_wave_dashes_and_solidus_never_start_a_line() {
    never_starts_a_line(&corpus_sentence_with("以开放促创新——市委办"), "—");
    never_starts_a_line("坚持以开放促创新⸺市委办公厅采取有力措施推动工作落实。", "⸺");
    never_starts_a_line("每个支部每月开展主题党日活动三～五次，党员参与率持续提高。", "～");
    never_starts_a_line("每个支部每月开展主题党日活动三〜五次，党员参与率持续提高。", "〜");
    never_starts_a_line("组织机关党员／群众代表深入社区开展志愿服务，收效明显。", "／");
}

#[test]
fn a_closing_bracket_never_starts_a_line_even_after_a_run_of_brackets() {
    // 〝…〞 (double prime quotation marks, used for quotes in some Chinese typesetting), 〟 and the small forms
    // ﹚﹜﹞ close like ）: none may start a line, also when it follows another closing mark (〞）, ”）).
    let closers = "）》」』】〕〉”’)]〞〟｠﹚﹜﹞❩⟩⟫›〉";
    never_starts_a_line(&corpus_sentence_with("被动‘接访’”"), closers);
    never_starts_a_line(
        "深入学习《关于加强新时代机关党建（试行）》》的通知精神（“三述”））推动落实。",
        closers,
    );
    never_starts_a_line(
        "支部书记带头讲党课（〝融合发展〞）并组织交流研讨活动，〝学习〞成效显著。",
        closers,
    );
    never_starts_a_line(
        "支部书记带头讲党课（〝融合发展〟）并组织交流研讨活动，﹙学习﹚成效显著。",
        closers,
    );
}
