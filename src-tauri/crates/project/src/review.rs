//! A write-up as the user reviews it: turning a paste (HTML or plain text) into a draft, and the "what we
//! understood" view (source lines beside the understood rows) of a draft or a stored write-up.
//!
//! Detection and the correction rules are the writeup crate's (`structure`, `edit`); storing a correction (and its
//! undo) goes through `change::Change::WriteupEdit`.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;
pub use zhanban_writeup::edit::{RowKey, RowKind, WriteupOp};
use zhanban_writeup::{edit, Options, WriteUp};

use crate::messages;

/// One line (plain text) or paragraph (HTML, Word) of the source, as the block line numbers count them.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct SourceLine {
    pub num: usize,
    pub text: String,
}

/// One understood row, in reading order (kicker, title, subtitle first, then the blocks).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Row {
    pub key: RowKey,
    pub kind: RowKind,
    pub text: String,
    /// Source line numbers (empty for a field the user typed, or a write-up stored before header lines were kept).
    pub lines: Vec<usize>,
    /// Key figures found in this row (e.g. "936人").
    pub figures: Vec<String>,
    /// The write-up's last paragraph stops mid-sentence (the page or copy was cut off): the review says so.
    pub cut_off: bool,
}

/// The byline as understood; every field may be absent.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct BylineView {
    pub source: Option<String>,
    pub author: Option<String>,
    pub reporter: Option<String>,
    pub correspondent: Option<String>,
    pub date: Option<String>,
    pub lines: Vec<usize>,
}

/// A key figure with what it counts.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct FigureView {
    pub text: String,
    pub label: String,
}

/// A line set aside, restorable by its index.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct DroppedLine {
    pub index: usize,
    pub text: String,
    pub reason: String,
    pub lines: Vec<usize>,
}

/// A write-up not yet stored: what the UI sends back with each correction and on 确认使用.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Draft {
    pub source_name: String,
    pub source_text: String,
    #[ts(type = "unknown")]
    pub structure: Value,
}

/// The "what we understood" view of a draft (`id` null) or a stored write-up.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Review {
    #[ts(type = "number | null")]
    pub id: Option<i64>,
    pub source: Vec<SourceLine>,
    pub rows: Vec<Row>,
    pub byline: BylineView,
    pub key_figures: Vec<FigureView>,
    pub dropped: Vec<DroppedLine>,
    /// The text is mostly traditional characters and not converted yet: offer 繁→简.
    pub offer_simplified: bool,
    pub draft: Draft,
}

/// A correction that no longer fits the write-up (it changed meanwhile) or a structure that is not a write-up.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct EditError(pub String);

impl From<edit::EditError> for EditError {
    fn from(e: edit::EditError) -> Self {
        EditError(e.to_string())
    }
}

/// Understands a paste: the HTML flavour when the clipboard had one with any text in it, else the plain text.
pub fn understand_paste(html: Option<&str>, text: &str) -> Result<Draft, EditError> {
    let opts = Options::default();
    let (source_text, w) = match html.filter(|h| !h.trim().is_empty()) {
        Some(h) => {
            let w = zhanban_writeup::structure_html(h, &opts);
            if w.title.is_some() || !w.blocks.is_empty() {
                (h.to_string(), w)
            } else {
                (text.to_string(), zhanban_writeup::structure_text(text, &opts))
            }
        }
        None => (text.to_string(), zhanban_writeup::structure_text(text, &opts)),
    };
    if w.is_empty() {
        return Err(EditError(messages::paste_empty()));
    }
    Ok(Draft {
        source_name: messages::pasted_source_name(),
        source_text,
        structure: to_value(&w)?,
    })
}

fn to_value(w: &WriteUp) -> Result<Value, EditError> {
    serde_json::to_value(w).map_err(|e| EditError(messages::internal_error(&e.to_string())))
}

/// Reads a stored or draft structure.
pub fn parse(structure: &Value) -> Result<WriteUp, EditError> {
    serde_json::from_value(structure.clone()).map_err(|_| EditError(messages::writeup_unreadable()))
}

fn looks_html(name: &str, text: &str) -> bool {
    let lower = name.to_lowercase();
    lower.ends_with(".html") || lower.ends_with(".htm") || text.trim_start().starts_with('<')
}

/// The source as numbered lines. Word files keep no source text: their paragraphs are rebuilt from the structure.
pub fn source_lines(source_name: &str, source_text: &str, w: &WriteUp) -> Vec<SourceLine> {
    if source_text.trim().is_empty() {
        let mut by_num: std::collections::BTreeMap<usize, String> = Default::default();
        for b in &w.blocks {
            if let Some(n) = b.lines.first() {
                by_num.entry(*n).or_insert_with(|| b.text.clone());
            }
        }
        for (t, lines) in [
            (&w.kicker, &w.kicker_lines),
            (&w.title, &w.title_lines),
            (&w.subtitle, &w.subtitle_lines),
        ] {
            if let (Some(t), Some(n)) = (t, lines.first()) {
                by_num.entry(*n).or_insert_with(|| t.clone());
            }
        }
        for d in &w.dropped {
            if let Some(n) = d.lines.first() {
                by_num.entry(*n).or_insert_with(|| d.text.clone());
            }
        }
        for (n, raw) in w.byline.lines.iter().zip(&w.byline.raw) {
            by_num.entry(*n).or_insert_with(|| raw.clone());
        }
        return by_num.into_iter().map(|(num, text)| SourceLine { num, text }).collect();
    }
    if looks_html(source_name, source_text) {
        return zhanban_writeup::html_source_lines(source_text)
            .into_iter()
            .map(|(num, text)| SourceLine { num, text })
            .collect();
    }
    source_text
        .split('\n')
        .enumerate()
        .map(|(i, l)| SourceLine {
            num: i + 1,
            text: l.strip_suffix('\r').unwrap_or(l).to_string(),
        })
        .collect()
}

/// The review of a structure.
pub fn review(id: Option<i64>, draft: Draft) -> Result<Review, EditError> {
    let w = parse(&draft.structure)?;
    let source = source_lines(&draft.source_name, &draft.source_text, &w);
    let mut rows = Vec::new();
    for (key, kind, v, lines) in [
        (RowKey::Kicker, RowKind::Kicker, &w.kicker, &w.kicker_lines),
        (RowKey::Title, RowKind::Title, &w.title, &w.title_lines),
        (RowKey::Subtitle, RowKind::Subtitle, &w.subtitle, &w.subtitle_lines),
    ] {
        if let Some(t) = v {
            rows.push(Row {
                key,
                kind,
                text: t.clone(),
                lines: lines.clone(),
                figures: Vec::new(),
                cut_off: false,
            });
        }
    }
    for (i, b) in w.blocks.iter().enumerate() {
        rows.push(Row {
            key: RowKey::Block(i),
            kind: RowKind::of(b),
            text: b.text.clone(),
            lines: b.lines.clone(),
            figures: w
                .key_figures
                .iter()
                .filter(|f| f.block == i)
                .map(|f| f.text.clone())
                .collect(),
            cut_off: b.cut_off,
        });
    }
    let b = &w.byline;
    Ok(Review {
        id,
        source,
        rows,
        byline: BylineView {
            source: b.source.clone(),
            author: b.author.clone(),
            reporter: b.reporter.clone(),
            correspondent: b.correspondent.clone(),
            date: b.date.clone(),
            lines: b.lines.clone(),
        },
        key_figures: w
            .key_figures
            .iter()
            .map(|f| FigureView {
                text: f.text.clone(),
                label: f.label.clone(),
            })
            .collect(),
        dropped: w
            .dropped
            .iter()
            .enumerate()
            .map(|(index, d)| DroppedLine {
                index,
                text: d.text.clone(),
                reason: d.reason.clone(),
                lines: d.lines.clone(),
            })
            .collect(),
        offer_simplified: w.traditional && !w.simplified,
        draft,
    })
}

/// Applies a correction to a draft and returns the new draft.
pub fn apply_to_draft(draft: Draft, op: &WriteupOp) -> Result<Draft, EditError> {
    let mut w = parse(&draft.structure)?;
    edit::apply(&mut w, op)?;
    Ok(Draft {
        structure: to_value(&w)?,
        ..draft
    })
}

/// Applies a correction to a stored structure and returns the new structure (to be stored through the history).
pub fn apply_to_structure(structure: &Value, op: &WriteupOp) -> Result<Value, EditError> {
    let mut w = parse(structure)?;
    edit::apply(&mut w, op)?;
    to_value(&w)
}

#[cfg(test)]
mod tests {
    use super::*;
    use zhanban_writeup::BlockKind;

    const ARTICLE: &str = "创新党建与业务融合模式 奋力书写模范机关建设“青岛答卷”\n\n\
——青岛市模范机关建设工作成果展示\n\n\
□青岛日报/观海新闻记者 刘萍 通讯员 徐文琦\n\n\
今年以来,全市机关各级党组织深入学习宣传贯彻党的二十大精神,锚定市委重点工作,以模范机关建设优异成绩奋力书写中国式现代化青岛篇章。\n\n\
坚决把牢政治方向\n\n\
上下同欲者胜。今年,市委市直机关工委评选出108个模范机关建设突出集体,推动机关党建工作提质增效。\n\n\
责任编辑：王明\n";

    fn draft() -> Draft {
        understand_paste(None, ARTICLE).unwrap()
    }

    fn rows(d: &Draft) -> Vec<(RowKind, String)> {
        review(None, d.clone())
            .unwrap()
            .rows
            .into_iter()
            .map(|r| (r.kind, r.text))
            .collect()
    }

    #[test]
    fn a_paste_is_understood_with_title_subtitle_heading_and_junk_aside() {
        let d = draft();
        let r = review(None, d.clone()).unwrap();
        assert_eq!(r.rows[0].kind, RowKind::Title);
        assert!(r.rows[0].text.contains("青岛答卷"));
        assert_eq!(r.rows[1].kind, RowKind::Subtitle);
        assert!(r
            .rows
            .iter()
            .any(|x| x.kind == RowKind::Heading1 && x.text == "坚决把牢政治方向"));
        assert_eq!(r.byline.reporter.as_deref(), Some("刘萍"));
        assert!(r.dropped.iter().any(|x| x.text.contains("责任编辑")));
        assert_eq!(r.rows[0].lines, vec![1], "the title keeps its source line");
        assert_eq!(r.rows[1].lines, vec![3]);
        assert_eq!(r.source[0].num, 1);
        assert!(r.source[0].text.starts_with("创新党建"));
        assert!(r.key_figures.iter().any(|f| f.text.contains("108")));
        assert!(!r.offer_simplified);
    }

    #[test]
    fn html_is_preferred_and_its_paragraphs_are_the_source_lines() {
        let html = "<h1>机关党建提质增效</h1><p>今年以来，全市机关各级党组织深入学习宣传贯彻党的二十大精神，推动工作落实见效。</p>\
                    <h2>坚决把牢政治方向</h2><p>上下同欲者胜。今年，市委市直机关工委推动机关党建工作提质增效，成效明显。</p>";
        let d = understand_paste(Some(html), "纯文本").unwrap();
        assert_eq!(d.source_text, html);
        let r = review(None, d).unwrap();
        assert_eq!(r.rows[0].text, "机关党建提质增效");
        assert_eq!(r.rows[0].kind, RowKind::Title);
        assert!(r.source.iter().any(|l| l.text.contains("坚决把牢政治方向")));
        // an HTML flavour with no text falls back to the plain text
        let d = understand_paste(Some("<div><br></div>"), ARTICLE).unwrap();
        assert_eq!(d.source_text, ARTICLE);
    }

    #[test]
    fn an_empty_paste_is_refused_in_chinese() {
        let e = understand_paste(Some(""), "  \n ").unwrap_err();
        assert!(e.0.contains("粘贴"));
    }

    #[test]
    fn kinds_change_and_header_fields_swap_without_losing_text() {
        let mut d = draft();
        let heading = rows(&d).iter().position(|(_, t)| t == "坚决把牢政治方向").unwrap();
        // rows 0, 1 are title and subtitle: block index = row index - 2
        let block = heading - 2;
        d = apply_to_draft(
            d,
            &WriteupOp::SetKind {
                row: RowKey::Block(block),
                kind: RowKind::Heading2,
            },
        )
        .unwrap();
        assert_eq!(rows(&d)[heading].0, RowKind::Heading2);
        // the heading becomes the title: the old title is kept as the first paragraph
        d = apply_to_draft(
            d,
            &WriteupOp::SetKind {
                row: RowKey::Block(block),
                kind: RowKind::Title,
            },
        )
        .unwrap();
        let r = rows(&d);
        assert_eq!(r[0], (RowKind::Title, "坚决把牢政治方向".to_string()));
        assert!(r
            .iter()
            .any(|(k, t)| *k == RowKind::Paragraph && t.contains("青岛答卷")));
        // the subtitle becomes a paragraph in front of the blocks
        d = apply_to_draft(
            d,
            &WriteupOp::SetKind {
                row: RowKey::Subtitle,
                kind: RowKind::Paragraph,
            },
        )
        .unwrap();
        let w = parse(&d.structure).unwrap();
        assert!(w.subtitle.is_none());
        assert!(w.blocks[0].text.contains("成果展示"));
        // pictures keep their kind
        let e = apply_to_draft(
            d,
            &WriteupOp::SetKind {
                row: RowKey::Block(99),
                kind: RowKind::Caption,
            },
        );
        assert!(e.is_err());
    }

    #[test]
    fn delete_and_restore_round_trip_and_figures_follow_the_blocks() {
        let d = draft();
        let w0 = parse(&d.structure).unwrap();
        let junk = w0.dropped.iter().position(|x| x.text.contains("责任编辑")).unwrap();
        let d = apply_to_draft(d, &WriteupOp::Restore { dropped: junk }).unwrap();
        let w = parse(&d.structure).unwrap();
        assert_eq!(w.blocks.last().unwrap().text, "责任编辑：王明");
        assert_eq!(w.dropped.len(), w0.dropped.len() - 1);
        // delete the first paragraph: it goes to dropped, the figure's block index moves with the blocks
        let d = apply_to_draft(d, &WriteupOp::Delete { row: RowKey::Block(0) }).unwrap();
        let w = parse(&d.structure).unwrap();
        let gone = w.dropped.last().unwrap();
        assert!(gone.text.starts_with("今年以来"));
        assert_eq!(gone.reason, "已手动删除");
        let f = w.key_figures.iter().find(|f| f.text.contains("108")).unwrap();
        assert!(w.blocks[f.block].text.contains("108个"));
        // and restore it in its place (by source line)
        let last = w.dropped.len() - 1;
        let d = apply_to_draft(d, &WriteupOp::Restore { dropped: last }).unwrap();
        let w = parse(&d.structure).unwrap();
        assert!(w.blocks[0].text.starts_with("今年以来"));
    }

    #[test]
    fn text_edits_and_empty_text_deletes() {
        let d = draft();
        let d = apply_to_draft(
            d,
            &WriteupOp::SetText {
                row: RowKey::Title,
                text: " 新标题 ".into(),
            },
        )
        .unwrap();
        assert_eq!(parse(&d.structure).unwrap().title.as_deref(), Some("新标题"));
        let d = apply_to_draft(
            d,
            &WriteupOp::SetText {
                row: RowKey::Block(1),
                text: "".into(),
            },
        )
        .unwrap();
        let w = parse(&d.structure).unwrap();
        assert_eq!(w.dropped.last().unwrap().text, "坚决把牢政治方向");
        assert!(apply_to_draft(
            d,
            &WriteupOp::SetText {
                row: RowKey::Kicker,
                text: "x".into()
            }
        )
        .is_err());
    }

    #[test]
    fn traditional_text_is_offered_and_converted_on_request() {
        let text = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../../../../shared/corpus/qingdao-case-four-threes-traditional.txt"),
        )
        .unwrap_or_else(|_| "機關黨建工作總結\n\n為深入學習貫徹習近平總書記關於機關黨建的重要講話和重要指示精神，機關黨委認真組織學習。\n".into());
        let d = understand_paste(None, &text).unwrap();
        assert!(review(None, d.clone()).unwrap().offer_simplified);
        let d = apply_to_draft(d, &WriteupOp::Simplify).unwrap();
        let r = review(None, d).unwrap();
        assert!(!r.offer_simplified);
        assert!(r.rows.iter().any(|x| x.text.contains("机关")));
    }

    #[test]
    fn a_pasted_untitled_text_is_not_titled_by_the_pastes_name() {
        // The opening of a real untitled report (fresh5b s04): in the app its boards were titled "粘贴的文稿".
        let text = "7月1日，柳疃镇离退休干部党支部，龙河诗书分社，柳疃镇关工委领导班子及党员代表，在本镇敬老院文化活动室，欢聚一堂，庆祝党的生日。\n\n首先学习了中共昌邑市委组织部老干部局印发的《关于开展离退休干部党建工作“规范提升年”活动的实施意见》的通知。";
        let d = understand_paste(None, text).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let p = zhanban_store::Project::create(&dir.path().join("t.zhanban")).unwrap();
        p.add_writeup(&d.source_name, &d.source_text, &d.structure).unwrap();
        let m = crate::pipeline::material(&p).unwrap();
        assert_ne!(m.writeups[0].title, messages::pasted_source_name());
    }

    #[test]
    fn a_stored_write_up_is_corrected_through_the_history_and_undone() {
        use crate::change::{edit_for, Change};
        use crate::history;
        let dir = tempfile::tempdir().unwrap();
        let p = zhanban_store::Project::create(&dir.path().join("t.zhanban")).unwrap();
        let d = draft();
        let id = p.add_writeup(&d.source_name, &d.source_text, &d.structure).unwrap();
        let op = WriteupOp::SetKind {
            row: RowKey::Block(1),
            kind: RowKind::Caption,
        };
        let (edit, _) = edit_for(&p, &Change::WriteupEdit { id, op }).unwrap();
        history::apply(&p, &edit).unwrap();
        let kind = |p: &zhanban_store::Project| parse(&p.writeup(id).unwrap().structure).unwrap().blocks[1].kind;
        assert_eq!(kind(&p), BlockKind::Caption);
        history::undo(&p).unwrap();
        assert_eq!(kind(&p), BlockKind::Heading);
        history::redo(&p).unwrap();
        assert_eq!(kind(&p), BlockKind::Caption);
    }

    #[test]
    fn a_range_is_dropped_restored_and_retyped_as_one_undoable_step() {
        use crate::change::{edit_for, Change};
        use crate::history;
        let dir = tempfile::tempdir().unwrap();
        let p = zhanban_store::Project::create(&dir.path().join("t.zhanban")).unwrap();
        let d = draft();
        let id = p.add_writeup(&d.source_name, &d.source_text, &d.structure).unwrap();
        let w0 = parse(&p.writeup(id).unwrap().structure).unwrap();
        assert!(w0.blocks.len() >= 3);
        let stored = |p: &zhanban_store::Project| parse(&p.writeup(id).unwrap().structure).unwrap();
        let step = |p: &zhanban_store::Project, op: WriteupOp| {
            let (edit, _) = edit_for(p, &Change::WriteupEdit { id, op }).unwrap();
            history::apply(p, &edit).unwrap();
        };
        // "drop everything above this line": the title, the subtitle and the first block, in reading order
        step(
            &p,
            WriteupOp::DeleteRows {
                rows: vec![RowKey::Title, RowKey::Subtitle, RowKey::Block(0)],
            },
        );
        let w = stored(&p);
        assert!(w.title.is_none() && w.subtitle.is_none());
        assert_eq!(w.blocks.len(), w0.blocks.len() - 1);
        let n = w.dropped.len();
        let tail: Vec<&str> = w.dropped[n - 3..].iter().map(|x| x.text.as_str()).collect();
        assert!(tail[0].contains("青岛答卷") && tail[1].contains("成果展示") && tail[2].starts_with("今年以来"));
        // one step back restores all three
        history::undo(&p).unwrap();
        assert_eq!(stored(&p), w0);
        history::redo(&p).unwrap();
        // restore two of them together: each goes back to its own place
        step(
            &p,
            WriteupOp::RestoreMany {
                dropped: vec![n - 1, n - 2],
            },
        );
        let w = stored(&p);
        assert_eq!(w.dropped.len(), n - 2);
        assert!(w.blocks[0].text.contains("成果展示"));
        assert!(w.blocks[1].text.starts_with("今年以来"));
        history::undo(&p).unwrap();
        assert_eq!(stored(&p).dropped.len(), n);
        // several blocks made captions in one step, undone in one step
        let before = stored(&p);
        step(
            &p,
            WriteupOp::SetKinds {
                rows: vec![RowKey::Block(0), RowKey::Block(1)],
                kind: RowKind::Caption,
            },
        );
        let w = stored(&p);
        assert!(w.blocks[..2].iter().all(|b| b.kind == BlockKind::Caption));
        assert_eq!(w.blocks[2..], before.blocks[2..]);
        history::undo(&p).unwrap();
        assert_eq!(stored(&p), before);
        // two rows cannot both be the title; a stale row changes nothing
        let e = edit_for(
            &p,
            &Change::WriteupEdit {
                id,
                op: WriteupOp::SetKinds {
                    rows: vec![RowKey::Block(0), RowKey::Block(1)],
                    kind: RowKind::Title,
                },
            },
        );
        assert!(e.is_err());
        let e = apply_to_draft(
            d,
            &WriteupOp::DeleteRows {
                rows: vec![RowKey::Block(0), RowKey::Block(999)],
            },
        );
        assert!(e.is_err());
    }

    #[test]
    fn a_cut_off_last_paragraph_is_marked_and_the_mark_follows_corrections() {
        let cut = "创新党建与业务融合模式\n\n今年以来，全市机关各级党组织深入学习宣传贯彻党的二十大精神，推动工作落实见效。\n\n\
                   上下同欲者胜。今年，市委市直机关工委评选出108个模范机关建设突出集体，推动机关党建工作提质增效，在全市形成了";
        let d = understand_paste(None, cut).unwrap();
        let r = review(None, d.clone()).unwrap();
        let last = r.rows.last().unwrap();
        assert!(last.cut_off, "{last:?}");
        assert_eq!(r.rows.iter().filter(|x| x.cut_off).count(), 1);
        // completed by the user: no longer marked
        let RowKey::Block(i) = last.key else { panic!() };
        let text = format!("{}浓厚氛围。", last.text);
        let d2 = apply_to_draft(d.clone(), &WriteupOp::SetText { row: last.key, text }).unwrap();
        assert!(review(None, d2).unwrap().rows.iter().all(|x| !x.cut_off));
        // deleted: the paragraph before it ends with 。 and is not marked
        let d3 = apply_to_draft(d, &WriteupOp::Delete { row: RowKey::Block(i) }).unwrap();
        assert!(review(None, d3).unwrap().rows.iter().all(|x| !x.cut_off));
    }

    #[test]
    fn word_files_without_source_text_show_their_paragraphs() {
        let d = draft();
        let w = parse(&d.structure).unwrap();
        let lines = source_lines("案例.docx", "", &w);
        assert!(lines.iter().any(|l| l.text == "坚决把牢政治方向"));
        assert!(lines.windows(2).all(|p| p[0].num < p[1].num));
    }
}
