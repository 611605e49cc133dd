//! Reads HTML as pasted from Word, WPS, WeChat articles and web pages into source lines with hints: block
//! elements become lines, h1–h6 headings, lines set wholly in bold, images (in order), figcaption captions,
//! table rows as text. A small tolerant tokenizer: no DOM, bounded nesting, scripts/styles/comments skipped.
//! Lines inside nav/footer/aside/header elements (or elements whose class or id names a menu, footer, breadcrumb,
//! log-in bar…), and short lines that are mostly link text, are marked as page chrome (`SrcLine::boiler`); a
//! heading inside a header is the article's and stays.
//!
//! This module owns only HTML syntax; it must not decide structure itself, and never fetches anything.

use crate::structure::{Hint, SrcLine};

const BLOCK_TAGS: [&str; 22] = [
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "tr",
    "br",
    "section",
    "article",
    "blockquote",
    "figure",
    "figcaption",
    "table",
    "ul",
    "ol",
    "header",
    "footer",
    "hr",
];
const SKIP_TAGS: [&str; 8] = [
    "script", "style", "head", "noscript", "svg", "template", "iframe", "title",
];
const MAX_DEPTH: usize = 256;

#[derive(Default)]
struct State {
    out: Vec<SrcLine>,
    text: String,
    /// characters of the current line that are bold / all characters
    bold_chars: usize,
    all_chars: usize,
    bold_depth: usize,
    heading: Option<u8>,
    title_class: bool,
    caption: bool,
    skip: Option<String>,
    n: usize,
    seen_body_text: bool,
    seen_title: bool,
    /// open elements that hold page chrome: (nav/footer/aside and the like, header)
    chrome_depth: usize,
    header_depth: usize,
    link_depth: usize,
    link_chars: usize,
}

impl State {
    fn flush(&mut self) {
        let t = std::mem::take(&mut self.text);
        let trimmed = t.trim().trim_end_matches(['|', ' ']).trim_start_matches(['|', ' ']);
        if !trimmed.is_empty() {
            self.n += 1;
            let letters = trimmed.chars().filter(|c| !c.is_whitespace()).count();
            let linky = self.link_chars * 10 >= self.all_chars * 7 && letters <= 40;
            let hint = if self.title_class && !self.seen_title {
                self.seen_title = true;
                Hint::Title
            } else if let Some(h) = self.heading {
                if h == 1 && !self.seen_body_text && !self.seen_title {
                    self.seen_title = true;
                    Hint::Title
                } else if h <= 2 {
                    Hint::Heading(1)
                } else {
                    Hint::Heading(2)
                }
            } else if self.caption {
                Hint::Caption
            } else if self.all_chars > 0 && self.bold_chars * 10 >= self.all_chars * 9 && letters <= 60 {
                Hint::Bold
            } else {
                // page chrome before the article does not make an h1 a section heading
                let chrome = self.chrome_depth > 0 || self.header_depth > 0 || linky;
                self.seen_body_text |= !chrome;
                Hint::Para
            };
            let headline = matches!(hint, Hint::Title | Hint::Heading(_));
            let mut line = SrcLine::new(trimmed.to_string(), self.n, hint);
            line.boiler = self.chrome_depth > 0 || ((self.header_depth > 0 || linky) && !headline);
            self.out.push(line);
        }
        self.bold_chars = 0;
        self.all_chars = 0;
        self.link_chars = 0;
    }

    fn push_text(&mut self, s: &str) {
        for c in s.chars() {
            let c = if c == '\n' || c == '\r' || c == '\t' { ' ' } else { c };
            if !c.is_whitespace() {
                self.all_chars += 1;
                if self.bold_depth > 0 {
                    self.bold_chars += 1;
                }
                if self.link_depth > 0 {
                    self.link_chars += 1;
                }
            }
            self.text.push(c);
        }
    }
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let lower = tag.to_ascii_lowercase();
    let mut from = 0;
    while let Some(p) = lower[from..].find(name) {
        let at = from + p;
        from = at + name.len();
        let before_ok = at == 0 || lower.as_bytes()[at - 1].is_ascii_whitespace();
        let rest = lower[at + name.len()..].trim_start();
        if !before_ok || !rest.starts_with('=') {
            continue;
        }
        let off = tag.len() - rest.len() + 1;
        let v = tag[off..].trim_start();
        let (q, body) = match v.chars().next() {
            Some(q @ ('"' | '\'')) => (Some(q), &v[1..]),
            _ => (None, v),
        };
        let end = match q {
            Some(q) => body.find(q).unwrap_or(body.len()),
            None => body.find(|c: char| c.is_whitespace() || c == '>').unwrap_or(body.len()),
        };
        return Some(decode_entities(&body[..end]));
    }
    None
}

/// Decodes character references (&nbsp; &amp; &#12345; &#x4E2D; and the typographic ones).
pub(crate) fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(p) = rest.find('&') {
        out.push_str(&rest[..p]);
        rest = &rest[p..];
        let end = rest.as_bytes().iter().take(12).position(|b| *b == b';');
        let Some(end) = end else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let name = &rest[1..end];
        let ch = if let Some(num) = name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
            u32::from_str_radix(num, 16).ok().and_then(char::from_u32)
        } else if let Some(num) = name.strip_prefix('#') {
            num.parse::<u32>().ok().and_then(char::from_u32)
        } else {
            match name {
                "nbsp" | "ensp" | "emsp" | "thinsp" => Some(' '),
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "ldquo" => Some('“'),
                "rdquo" => Some('”'),
                "lsquo" => Some('‘'),
                "rsquo" => Some('’'),
                "mdash" => Some('—'),
                "ndash" => Some('–'),
                "hellip" => Some('…'),
                "middot" => Some('·'),
                "bull" => Some('•'),
                "copy" => Some('©'),
                "times" => Some('×'),
                _ => None,
            }
        };
        match ch {
            Some(c) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// What page chrome an element holds, by its name, class and id: `Some(true)` for menus, footers, breadcrumbs,
/// log-in bars, link lists; `Some(false)` for a header (whose headings stay); `None` for anything else.
fn chrome_element(name: &str, tag: &str) -> Option<bool> {
    match name {
        "nav" | "footer" | "aside" => return Some(true),
        "header" => return Some(false),
        _ => {}
    }
    let names = format!(
        "{} {}",
        attr(tag, "class").unwrap_or_default(),
        attr(tag, "id").unwrap_or_default()
    )
    .to_ascii_lowercase();
    // whole class names or ids only: "position-relative" or "js_share_content" hold articles
    const WHOLE: [&str; 16] = [
        "nav",
        "menu",
        "position",
        "location",
        "share",
        "links",
        "related",
        "recommend",
        "comment",
        "comments",
        "toolbar",
        "crumb",
        "crumbs",
        "foot",
        "topbar",
        "login",
    ];
    // words that name chrome wherever they stand in a class name ("main-navbar", "site_footer")
    const PART: [&str; 6] = ["navbar", "footer", "breadcrumb", "copyright", "sidebar", "friendlink"];
    let mut header = false;
    for name in names.split_whitespace() {
        if WHOLE.contains(&name) {
            return Some(true);
        }
        if name.split(['-', '_']).any(|part| PART.contains(&part)) {
            return Some(true);
        }
        header |= matches!(name, "header" | "head" | "top");
    }
    header.then_some(false)
}

/// Source lines of an HTML document or fragment.
pub(crate) fn lines(html: &str) -> Vec<SrcLine> {
    let mut st = State::default();
    // open elements: (name, bold, chrome: Some(true) chrome / Some(false) header, link)
    let mut stack: Vec<(String, bool, Option<bool>, bool)> = Vec::new();
    let mut rest = html;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            if st.skip.is_none() {
                st.push_text(&decode_entities(rest));
            }
            break;
        };
        if lt > 0 && st.skip.is_none() {
            st.push_text(&decode_entities(&rest[..lt]));
        }
        rest = &rest[lt..];
        if rest.starts_with("<!--") {
            rest = match rest.find("-->") {
                Some(e) => &rest[e + 3..],
                None => "",
            };
            continue;
        }
        let Some(gt) = rest.find('>') else {
            break;
        };
        let tag = &rest[1..gt];
        rest = &rest[gt + 1..];
        if tag.starts_with('!') || tag.starts_with('?') {
            continue;
        }
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == ':')
            .collect::<String>()
            .to_ascii_lowercase();
        if let Some(skip) = &st.skip {
            if closing && *skip == name {
                st.skip = None;
            }
            continue;
        }
        if SKIP_TAGS.contains(&name.as_str()) && !closing && !tag.ends_with('/') {
            st.skip = Some(name);
            continue;
        }
        let is_block = BLOCK_TAGS.contains(&name.as_str());
        let bold_tag = matches!(name.as_str(), "b" | "strong");
        if closing {
            if is_block && name != "br" {
                st.flush();
                if name.starts_with('h') && name.len() == 2 {
                    st.heading = None;
                }
                if name == "figcaption" {
                    st.caption = false;
                }
                st.title_class = false;
            }
            if matches!(name.as_str(), "td" | "th") {
                st.text.push_str(" | ");
            }
            if let Some(pos) = stack.iter().rposition(|t| t.0 == name) {
                if stack[pos].2.is_some() {
                    // chrome ends here: its last line is still chrome
                    st.flush();
                }
                for (_, bold, chrome, link) in stack.drain(pos..) {
                    if bold {
                        st.bold_depth = st.bold_depth.saturating_sub(1);
                    }
                    match chrome {
                        Some(true) => st.chrome_depth = st.chrome_depth.saturating_sub(1),
                        Some(false) => st.header_depth = st.header_depth.saturating_sub(1),
                        None => {}
                    }
                    if link {
                        st.link_depth = st.link_depth.saturating_sub(1);
                    }
                }
            }
            continue;
        }
        if name == "img" {
            st.flush();
            let src = attr(tag, "src").unwrap_or_default();
            let file = src
                .split(['?', '#'])
                .next()
                .unwrap_or("")
                .rsplit(['/', '\\'])
                .next()
                .unwrap_or("");
            let file = if src.starts_with("data:") || file.is_empty() {
                "image".to_string()
            } else {
                file.to_string()
            };
            st.n += 1;
            st.out.push(SrcLine::new(src_comment(&src), st.n, Hint::Photo(file)));
            if let Some(alt) = attr(tag, "alt").filter(|a| !a.trim().is_empty() && a.chars().count() > 4) {
                st.n += 1;
                st.out.push(SrcLine::new(alt, st.n, Hint::Caption));
            }
            continue;
        }
        if is_block {
            st.flush();
            if name.starts_with('h') && name.len() == 2 {
                st.heading = name[1..].parse().ok();
            }
            if name == "figcaption" {
                st.caption = true;
            }
            let class = attr(tag, "class").unwrap_or_default().to_ascii_lowercase();
            let id = attr(tag, "id").unwrap_or_default().to_ascii_lowercase();
            if class.contains("msotitle") || class.contains("rich_media_title") || id == "activity-name" {
                st.title_class = true;
            }
            if class.contains("msocaption") {
                st.caption = true;
            }
        }
        let style = attr(tag, "style")
            .unwrap_or_default()
            .to_ascii_lowercase()
            .replace(' ', "");
        let styled_bold = style.contains("font-weight:bold") || style.contains("font-weight:700");
        let void = tag.ends_with('/') || matches!(name.as_str(), "br" | "hr" | "meta" | "link" | "input" | "wbr");
        if !void && stack.len() < MAX_DEPTH {
            let bold = bold_tag || styled_bold;
            if bold {
                st.bold_depth += 1;
            }
            let chrome = chrome_element(&name, tag);
            if chrome.is_some() {
                st.flush();
            }
            match chrome {
                Some(true) => st.chrome_depth += 1,
                Some(false) => st.header_depth += 1,
                None => {}
            }
            let link = name == "a";
            if link {
                st.link_depth += 1;
            }
            stack.push((name, bold, chrome, link));
        }
    }
    st.flush();
    st.out
}

fn src_comment(_src: &str) -> String {
    String::new()
}
