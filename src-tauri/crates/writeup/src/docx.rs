//! Reads Word .docx files (zip + XML) into source lines with hints: paragraph styles (Title, Subtitle, Heading 1/2,
//! Caption, and bold short lines), automatic numbering from numbering.xml rendered as text (一、 （一） 1.),
//! pictures in order with their bytes, tables as text (cells joined by " | ").
//!
//! Hostile files are refused before anything large is allocated: entry count, declared and actual uncompressed
//! sizes, compression ratio, suspicious paths, XML nesting depth. This module must not decide structure itself.

use std::collections::HashMap;
use std::io::{Cursor, Read};

use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader, XmlVersion};

use crate::error::Error;
use crate::structure::{Hint, SrcLine};

const MAX_ENTRIES: usize = 5_000;
const MAX_TOTAL: u64 = 300 * 1024 * 1024;
const MAX_XML: u64 = 32 * 1024 * 1024;
const MAX_PICTURE: u64 = 64 * 1024 * 1024;
const MAX_RATIO: u64 = 200;
const MAX_DEPTH: usize = 256;

/// A picture read from the package: its file name and bytes.
pub(crate) struct RawPicture {
    pub file_name: String,
    pub bytes: Vec<u8>,
}

pub(crate) struct Doc {
    pub lines: Vec<SrcLine>,
    pub pictures: Vec<RawPicture>,
}

struct Package {
    zip: zip::ZipArchive<Cursor<Vec<u8>>>,
    name: String,
    budget: u64,
}

impl Package {
    fn open(bytes: Vec<u8>, name: &str) -> Result<Package, Error> {
        let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| Error::NotDocx(name.to_string()))?;
        if zip.len() > MAX_ENTRIES {
            return Err(Error::ZipBomb(name.to_string()));
        }
        let mut total: u64 = 0;
        for i in 0..zip.len() {
            let f = zip.by_index_raw(i).map_err(|_| Error::NotDocx(name.to_string()))?;
            let entry = f.name().map(|n| n.to_string()).unwrap_or_default();
            if f.enclosed_name().is_none() || entry.contains('\\') || entry.starts_with('/') || entry.contains("..") {
                return Err(Error::BadXml(name.to_string(), format!("可疑路径 {entry}")));
            }
            total = total.saturating_add(f.size());
            let ratio_bad = f.size() > 1024 * 1024 && f.size() / f.compressed_size().max(1) > MAX_RATIO;
            if total > MAX_TOTAL || ratio_bad {
                return Err(Error::ZipBomb(name.to_string()));
            }
        }
        Ok(Package {
            zip,
            name: name.to_string(),
            budget: MAX_TOTAL,
        })
    }

    /// Reads one part, never more than `limit` bytes whatever its header claims.
    fn read(&mut self, part: &str, limit: u64) -> Result<Option<Vec<u8>>, Error> {
        let mut f = match self.zip.by_name(part) {
            Ok(f) => f,
            Err(zip::result::ZipError::FileNotFound) => return Ok(None),
            Err(_) => return Err(Error::NotDocx(self.name.clone())),
        };
        let limit = limit.min(self.budget);
        let mut buf = Vec::with_capacity(f.size().min(limit).min(16 * 1024 * 1024) as usize);
        (&mut f)
            .take(limit + 1)
            .read_to_end(&mut buf)
            .map_err(|_| Error::NotDocx(self.name.clone()))?;
        if buf.len() as u64 > limit {
            return Err(Error::ZipBomb(self.name.clone()));
        }
        self.budget -= buf.len() as u64;
        Ok(Some(buf))
    }
}

fn attr(e: &BytesStart, local: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == local)
        .map(|a| a.value.to_string())
}

fn xml_err(name: &str, what: &str) -> Error {
    Error::BadXml(name.to_string(), what.to_string())
}

/// Walks an XML part, calling `f` for each event, with a depth limit.
fn walk<F>(xml: &[u8], name: &str, mut f: F) -> Result<(), Error>
where
    F: FnMut(&Event, usize),
{
    let mut reader = Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut depth = 0usize;
    loop {
        let ev = reader
            .read_event_into(&mut buf)
            .map_err(|_| xml_err(name, "XML 格式错误"))?;
        match &ev {
            Event::Eof => break,
            Event::Start(_) => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Err(xml_err(name, "XML 嵌套过深"));
                }
                f(&ev, depth);
            }
            Event::End(_) => {
                f(&ev, depth);
                depth = depth.saturating_sub(1);
            }
            _ => f(&ev, depth),
        }
        buf.clear();
    }
    Ok(())
}

#[derive(Default, Clone)]
struct Level {
    fmt: String,
    text: String,
    start: u32,
}

#[derive(Default)]
struct Numbering {
    abstract_levels: HashMap<String, HashMap<u32, Level>>,
    num_to_abstract: HashMap<String, String>,
    counters: HashMap<String, Vec<u32>>,
    /// abstractNum → list style it takes its levels from (`w:numStyleLink`).
    style_links: HashMap<String, String>,
}

impl Numbering {
    fn parse(xml: &[u8], name: &str) -> Result<Numbering, Error> {
        let mut n = Numbering::default();
        let mut cur_abs: Option<String> = None;
        let mut cur_lvl: Option<u32> = None;
        let mut cur_num: Option<String> = None;
        walk(xml, name, |ev, _| match ev {
            Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                "abstractNum" => cur_abs = attr(e, "abstractNumId"),
                "lvl" => {
                    cur_lvl = attr(e, "ilvl").and_then(|v| v.parse().ok());
                    if let (Some(a), Some(l)) = (&cur_abs, cur_lvl) {
                        n.abstract_levels.entry(a.clone()).or_default().insert(
                            l,
                            Level {
                                start: 1,
                                ..Default::default()
                            },
                        );
                    }
                }
                "start" | "numFmt" | "lvlText" => {
                    if let (Some(a), Some(l)) = (&cur_abs, cur_lvl) {
                        let v = attr(e, "val").unwrap_or_default();
                        if let Some(lv) = n.abstract_levels.get_mut(a).and_then(|m| m.get_mut(&l)) {
                            match e.local_name().as_ref() {
                                "start" => lv.start = v.parse().unwrap_or(1),
                                "numFmt" => lv.fmt = v,
                                _ => lv.text = v,
                            }
                        }
                    }
                }
                "numStyleLink" => {
                    if let (Some(a), Some(v)) = (&cur_abs, attr(e, "val")) {
                        n.style_links.insert(a.clone(), v);
                    }
                }
                "num" => cur_num = attr(e, "numId"),
                "abstractNumId" => {
                    if let (Some(num), Some(v)) = (&cur_num, attr(e, "val")) {
                        n.num_to_abstract.insert(num.clone(), v);
                    }
                }
                _ => {}
            },
            Event::End(e) => match e.local_name().as_ref() {
                "abstractNum" => cur_abs = None,
                "lvl" => cur_lvl = None,
                "num" => cur_num = None,
                _ => {}
            },
            _ => {}
        })?;
        Ok(n)
    }

    /// A list that only links to a list style (`w:numStyleLink`) numbers with the levels, and the counters, of
    /// the list that style points at.
    fn resolve_style_links(&mut self, style_nums: &HashMap<String, (String, u32)>) {
        let links = std::mem::take(&mut self.style_links);
        let snapshot = self.num_to_abstract.clone();
        for target in self.num_to_abstract.values_mut() {
            let Some(style) = links.get(target.as_str()) else {
                continue;
            };
            let Some((num, _)) = style_nums.get(style) else {
                continue;
            };
            // the style's own list must not itself be a link
            if let Some(abs) = snapshot.get(num).filter(|a| !links.contains_key(a.as_str())) {
                *target = abs.clone();
            }
        }
    }

    /// The number text of the next paragraph numbered (numId, ilvl), e.g. "一、" or "（二）".
    fn next(&mut self, num_id: &str, ilvl: u32) -> Option<String> {
        let abs = self.num_to_abstract.get(num_id)?.clone();
        let levels = self.abstract_levels.get(&abs)?;
        let ilvl = ilvl.min(8);
        let counters = self.counters.entry(abs.clone()).or_insert_with(|| vec![0; 9]);
        for (l, c) in counters.iter_mut().enumerate() {
            let l = l as u32;
            if l == ilvl {
                let start = levels.get(&l).map(|v| v.start).unwrap_or(1);
                *c = if *c == 0 { start } else { *c + 1 };
            } else if l > ilvl {
                *c = 0;
            }
        }
        let lv = levels.get(&ilvl)?;
        if lv.fmt == "bullet" || lv.fmt == "none" {
            return None;
        }
        let mut out = lv.text.clone();
        for l in 0..=ilvl {
            let v = counters[l as usize].max(levels.get(&l).map(|x| x.start).unwrap_or(1));
            let fmt = levels.get(&l).map(|x| x.fmt.as_str()).unwrap_or("decimal");
            out = out.replace(&format!("%{}", l + 1), &format_number(v, fmt));
        }
        Some(out)
    }
}

fn chinese(n: u32) -> String {
    const D: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match n {
        0..=9 => D[n as usize].to_string(),
        10..=19 => format!("十{}", if n == 10 { "" } else { D[(n - 10) as usize] }),
        20..=99 => format!(
            "{}十{}",
            D[(n / 10) as usize],
            if n.is_multiple_of(10) { "" } else { D[(n % 10) as usize] }
        ),
        _ => n.to_string(),
    }
}

fn format_number(n: u32, fmt: &str) -> String {
    match fmt {
        "chineseCounting"
        | "chineseCountingThousand"
        | "ideographTraditional"
        | "japaneseCounting"
        | "taiwaneseCounting"
        | "taiwaneseCountingThousand"
        | "chineseLegalSimplified" => chinese(n),
        "upperLetter" => char::from_u32('A' as u32 + (n.saturating_sub(1) % 26))
            .map(String::from)
            .unwrap_or_default(),
        "lowerLetter" => char::from_u32('a' as u32 + (n.saturating_sub(1) % 26))
            .map(String::from)
            .unwrap_or_default(),
        "upperRoman" => roman(n),
        "lowerRoman" => roman(n).to_lowercase(),
        "decimalEnclosedCircle" | "decimalEnclosedCircleChinese" if (1..=20).contains(&n) => {
            char::from_u32(0x2460 + n - 1).map(String::from).unwrap_or_default()
        }
        _ => n.to_string(),
    }
}

fn roman(mut n: u32) -> String {
    const T: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut s = String::new();
    for (v, r) in T {
        while n >= v {
            s.push_str(r);
            n -= v;
        }
    }
    s
}

/// Style id → hint, from styles.xml names ("heading 1", "标题 1", "Title", "Caption"…) and outline levels.
fn parse_styles(xml: &[u8], name: &str) -> Result<HashMap<String, Hint>, Error> {
    let mut map = HashMap::new();
    let mut cur: Option<String> = None;
    walk(xml, name, |ev, _| match ev {
        Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
            "style" => cur = attr(e, "styleId"),
            "name" => {
                if let (Some(id), Some(n)) = (&cur, attr(e, "val")) {
                    if let Some(h) = hint_of_style_name(&n) {
                        map.insert(id.clone(), h);
                    }
                }
            }
            "outlineLvl" => {
                if let (Some(id), Some(v)) = (&cur, attr(e, "val")) {
                    let h = match v.as_str() {
                        "0" => Some(Hint::Heading(1)),
                        "1" => Some(Hint::Heading(2)),
                        _ => None,
                    };
                    if let Some(h) = h {
                        map.entry(id.clone()).or_insert(h);
                    }
                }
            }
            _ => {}
        },
        Event::End(e) if e.local_name().as_ref() == "style" => cur = None,
        _ => {}
    })?;
    Ok(map)
}

/// Style id → the list its paragraphs are numbered with (`w:numPr` in the style: Word's list styles and headings
/// numbered through their style).
fn parse_style_numbers(xml: &[u8], name: &str) -> Result<HashMap<String, (String, u32)>, Error> {
    let mut map: HashMap<String, (String, u32)> = HashMap::new();
    let mut cur: Option<String> = None;
    walk(xml, name, |ev, _| match ev {
        Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
            "style" => cur = attr(e, "styleId"),
            "numId" => {
                if let (Some(id), Some(v)) = (&cur, attr(e, "val")) {
                    map.entry(id.clone()).or_insert((String::new(), 0)).0 = v;
                }
            }
            "ilvl" => {
                if let (Some(id), Some(v)) = (&cur, attr(e, "val").and_then(|v| v.parse().ok())) {
                    map.entry(id.clone()).or_insert((String::new(), 0)).1 = v;
                }
            }
            _ => {}
        },
        Event::End(e) if e.local_name().as_ref() == "style" => cur = None,
        _ => {}
    })?;
    map.retain(|_, (num, _)| !num.is_empty());
    Ok(map)
}

fn hint_of_style_name(n: &str) -> Option<Hint> {
    let n = n.to_lowercase().replace(' ', "");
    Some(match n.as_str() {
        "title" | "标题" => Hint::Title,
        "subtitle" | "副标题" => Hint::Subtitle,
        "heading1" | "标题1" => Hint::Heading(1),
        "heading2" | "标题2" => Hint::Heading(2),
        "heading3" | "标题3" | "heading4" | "标题4" => Hint::Heading(2),
        "caption" | "题注" => Hint::Caption,
        "kicker" | "引题" => Hint::Kicker,
        _ => return None,
    })
}

fn hint_of_style_id(id: &str) -> Option<Hint> {
    hint_of_style_name(id)
}

#[derive(Default)]
struct Para {
    text: String,
    style: Option<String>,
    num: Option<(String, u32)>,
    bold_chars: usize,
    all_chars: usize,
    pictures: Vec<String>,
}

/// Reads a .docx file's bytes.
pub(crate) fn read(bytes: Vec<u8>, name: &str) -> Result<Doc, Error> {
    let mut pkg = Package::open(bytes, name)?;
    let doc = pkg
        .read("word/document.xml", MAX_XML)?
        .ok_or_else(|| Error::NotDocx(name.to_string()))?;
    let mut numbering = match pkg.read("word/numbering.xml", MAX_XML)? {
        Some(x) => Numbering::parse(&x, name)?,
        None => Numbering::default(),
    };
    let (styles, style_nums) = match pkg.read("word/styles.xml", MAX_XML)? {
        Some(x) => (parse_styles(&x, name)?, parse_style_numbers(&x, name)?),
        None => (HashMap::new(), HashMap::new()),
    };
    numbering.resolve_style_links(&style_nums);
    let mut rels: HashMap<String, String> = HashMap::new();
    if let Some(x) = pkg.read("word/_rels/document.xml.rels", MAX_XML)? {
        walk(&x, name, |ev, _| {
            if let Event::Start(e) | Event::Empty(e) = ev {
                if e.local_name().as_ref() == "Relationship" {
                    if let (Some(id), Some(t)) = (attr(e, "Id"), attr(e, "Target")) {
                        rels.insert(id, t);
                    }
                }
            }
        })?;
    }

    // paragraphs and table rows, in order
    let mut paras: Vec<Para> = Vec::new();
    let mut cur: Option<Para> = None;
    let mut para_depth = 0usize;
    let mut in_text = false;
    let mut skip_text = false;
    let mut run_bold = false;
    let mut in_rpr = false;
    let mut row: Option<Vec<String>> = None;
    let mut cell: Option<String> = None;
    let mut text_budget: usize = 64 * 1024 * 1024;
    // mc:Fallback repeats what mc:Choice says (a text box twice): skipped, up to the end of the element at this depth
    let mut skip_depth: Option<usize> = None;
    // text boxes (w:txbxContent) hold paragraphs of their own inside a paragraph: the outer one waits here
    let mut outer: Vec<(Option<Para>, usize)> = Vec::new();
    walk(&doc, name, |ev, depth| {
        if let Some(d) = skip_depth {
            if matches!(ev, Event::End(_)) && depth == d {
                skip_depth = None;
            }
            return;
        }
        match ev {
            Event::Start(e) | Event::Empty(e) => {
                let empty = matches!(ev, Event::Empty(_));
                match e.local_name().as_ref() {
                    "Fallback" if !empty => skip_depth = Some(depth),
                    "txbxContent" if !empty && outer.len() < 8 => {
                        outer.push((cur.take(), para_depth));
                        in_text = false;
                    }
                    "p" if cur.is_none() && !empty => {
                        cur = Some(Para::default());
                        para_depth = depth;
                    }
                    "tr" if !empty => row = Some(Vec::new()),
                    "tc" if !empty => cell = Some(String::new()),
                    "pStyle" => {
                        if let Some(p) = cur.as_mut() {
                            p.style = attr(e, "val");
                        }
                    }
                    "numId" => {
                        if let Some(p) = cur.as_mut() {
                            let id = attr(e, "val").unwrap_or_default();
                            let lvl = p.num.as_ref().map(|n| n.1).unwrap_or(0);
                            p.num = Some((id, lvl));
                        }
                    }
                    "ilvl" => {
                        if let Some(p) = cur.as_mut() {
                            let l = attr(e, "val").and_then(|v| v.parse().ok()).unwrap_or(0);
                            let id = p.num.as_ref().map(|n| n.0.clone()).unwrap_or_default();
                            p.num = Some((id, l));
                        }
                    }
                    "r" if !empty => run_bold = false,
                    "rPr" if !empty => in_rpr = true,
                    "b" if in_rpr => {
                        run_bold = !matches!(attr(e, "val").as_deref(), Some("0" | "false"));
                    }
                    "t" if !empty => in_text = true,
                    "delText" | "instrText" if !empty => skip_text = true,
                    "tab" if !in_rpr => {
                        if let Some(p) = cur.as_mut() {
                            p.text.push(' ');
                        }
                    }
                    "br" | "cr" if !in_rpr => {
                        if let Some(p) = cur.as_mut() {
                            p.text.push(' ');
                        }
                    }
                    "blip" => {
                        if let (Some(p), Some(id)) = (cur.as_mut(), attr(e, "embed")) {
                            p.pictures.push(id);
                        }
                    }
                    "imagedata" => {
                        if let (Some(p), Some(id)) = (cur.as_mut(), attr(e, "id")) {
                            p.pictures.push(id);
                        }
                    }
                    _ => {}
                }
            }
            Event::Text(t) if in_text && !skip_text => {
                if let Some(p) = cur.as_mut() {
                    let s = t.xml_content(XmlVersion::Implicit1_0);
                    if text_budget >= s.len() {
                        text_budget -= s.len();
                        let n = s.chars().filter(|c| !c.is_whitespace()).count();
                        p.all_chars += n;
                        if run_bold {
                            p.bold_chars += n;
                        }
                        p.text.push_str(&s);
                    }
                }
            }
            Event::GeneralRef(r) if in_text && !skip_text => {
                let s = match r.resolve_char_ref() {
                    Ok(Some(c)) => Some(c.to_string()),
                    _ => match r.xml_content(XmlVersion::Implicit1_0).as_ref() {
                        "amp" => Some("&".to_string()),
                        "lt" => Some("<".to_string()),
                        "gt" => Some(">".to_string()),
                        "quot" => Some("\"".to_string()),
                        "apos" => Some("'".to_string()),
                        _ => None,
                    },
                };
                if let (Some(p), Some(s)) = (cur.as_mut(), s) {
                    p.all_chars += 1;
                    if run_bold {
                        p.bold_chars += 1;
                    }
                    p.text.push_str(&s);
                }
            }
            Event::End(e) => match e.local_name().as_ref() {
                "txbxContent" => {
                    if let Some((p, d)) = outer.pop() {
                        // a text box paragraph left open by malformed XML is kept, not lost
                        if let Some(open) = cur.take().filter(|p| !p.text.trim().is_empty()) {
                            paras.push(open);
                        }
                        cur = p;
                        para_depth = d;
                    }
                }
                "t" => in_text = false,
                "delText" | "instrText" => skip_text = false,
                "rPr" => in_rpr = false,
                "p" if depth == para_depth => {
                    if let Some(p) = cur.take() {
                        if let Some(c) = cell.as_mut() {
                            if !c.is_empty() && !p.text.trim().is_empty() {
                                c.push(' ');
                            }
                            c.push_str(p.text.trim());
                            // pictures inside a table still count
                            if !p.pictures.is_empty() {
                                paras.push(Para {
                                    pictures: p.pictures,
                                    ..Default::default()
                                });
                            }
                        } else {
                            paras.push(p);
                        }
                    }
                }
                "tc" => {
                    if let (Some(r), Some(c)) = (row.as_mut(), cell.take()) {
                        r.push(c);
                    }
                }
                "tr" => {
                    if let Some(r) = row.take() {
                        let cells: Vec<String> = r.into_iter().filter(|c| !c.trim().is_empty()).collect();
                        if !cells.is_empty() {
                            paras.push(Para {
                                text: cells.join(" | "),
                                ..Default::default()
                            });
                        }
                    }
                }
                _ => {}
            },
            _ => {}
        }
    })?;

    let mut lines = Vec::new();
    let mut pictures = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut n = 0;
    for p in paras {
        n += 1;
        for rid in &p.pictures {
            let Some(target) = rels.get(rid) else { continue };
            let path = if let Some(abs) = target.strip_prefix('/') {
                abs.to_string()
            } else {
                format!("word/{}", target.trim_start_matches("./"))
            };
            if path.contains("..") {
                return Err(xml_err(name, "可疑的图片路径"));
            }
            let Some(bytes) = pkg.read(&path, MAX_PICTURE)? else {
                continue;
            };
            let base = path.rsplit('/').next().unwrap_or("image").to_string();
            let count = seen.entry(base.clone()).or_insert(0);
            *count += 1;
            let file_name = if *count > 1 { format!("{count}-{base}") } else { base };
            lines.push(SrcLine::new("", n, Hint::Photo(file_name.clone())));
            pictures.push(RawPicture { file_name, bytes });
        }
        let mut text = p.text.trim().to_string();
        // the paragraph's own numPr, else its style's (an ilvl alone takes the style's list)
        let from_style = p.style.as_deref().and_then(|s| style_nums.get(s));
        let num = match (&p.num, from_style) {
            (Some((id, lvl)), Some((sid, _))) if id.is_empty() => Some((sid.clone(), *lvl)),
            (Some(n), _) => Some(n.clone()),
            (None, Some(n)) => Some(n.clone()),
            (None, None) => None,
        };
        if let Some((id, lvl)) = &num {
            if !text.is_empty() {
                if let Some(prefix) = numbering.next(id, *lvl) {
                    text = format!("{prefix}{text}");
                }
            }
        }
        if text.is_empty() {
            lines.push(SrcLine::new("", n, Hint::None));
            continue;
        }
        let style_hint = p
            .style
            .as_deref()
            .and_then(|s| styles.get(s).cloned().or_else(|| hint_of_style_id(s)));
        let hint = match style_hint {
            Some(h) => h,
            None if p.all_chars > 0 && p.bold_chars * 10 >= p.all_chars * 9 && p.all_chars <= 40 => Hint::Bold,
            None => Hint::Para,
        };
        lines.push(SrcLine::new(text, n, hint));
    }
    Ok(Doc { lines, pictures })
}
