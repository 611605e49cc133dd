//! The one test of whether a line of text "looks like chrome": the parts of a web page, e-paper reader or file
//! that are not the article (addresses, e-mail, file names, menus and page buttons, log-in bars, e-paper page
//! strips, repost notes, footers, visitor statistics, print timestamps, figure references). The structure pass
//! uses it to set such lines aside and to refuse them as titles; layout and preflight call it so that nothing of
//! the kind is ever printed on a board, whatever the structure says.
//!
//! The signals are shapes that hold across sites (an address, an e-mail, a file name, a bullet, a time of day,
//! separators between short items, a pager, a row of short fields, a contact field with an account, an e-paper page
//! label, a page's field left empty), with navigation words as one signal among several: a nav word counts only as a
//! whole item of a short line, never as part of a word ("3D打印" is not a button). Running prose (a sentence of
//! some length) is never chrome except for footer lines. The web-junk vocabulary of `junk` (APP prompts, editor
//! sign-offs, buttons) and its breadcrumb test count too, so that one call answers for layout and preflight. This
//! module owns only the test; it must not decide titles or headings itself.

use crate::messages as m;
use crate::normalize::{is_han, width};

/// Why a line looks like chrome.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChromeKind {
    /// A web address.
    Url,
    /// An e-mail address (投稿邮箱…).
    Email,
    /// A file name or identifier ("08_xinzhou_2023_review_digits", "img_0032.jpg").
    FileName,
    /// Menus, page buttons, breadcrumbs, log-in bars (上一篇 下一篇, 当前位置, [退出], 首页 | 新闻 | …).
    Navigation,
    /// E-paper strips and publishing notes (版面：第A01版, 星期四, 投稿, banner).
    Masthead,
    /// A repost or source note (转自：…, 来源：…).
    Repost,
    /// Footers: copyright, ICP numbers, organisers, technical support.
    Footer,
    /// Visitor statistics (网站数据统计, 访问量, 点击数).
    Statistics,
    /// A print or crawl timestamp (a time of day with a date or an address).
    Timestamp,
    /// A reference to a picture of the page (（图1）, 图片, 附件).
    FigureRef,
    /// Mostly not Chinese (only ever said of a title).
    NotChinese,
    /// The web-junk vocabulary of [`crate::junk`]: APP prompts, editor sign-offs, page buttons, image placeholders.
    Junk,
    /// A piece of a line, not a title: a quotation or bracket left open or closed without its opening (a line cut
    /// by the page's wrapping), or only people's names (an author line). Only ever said of a title or heading.
    Fragment,
    /// A part's number and nothing else ("一", "（一）", "二、"): it heads a part and names nothing. Only ever said of a
    /// title.
    PartNumber,
}

impl ChromeKind {
    /// Why, in Chinese, for the user (review, preflight).
    pub fn reason(self) -> &'static str {
        match self {
            ChromeKind::Url => m::CHROME_URL,
            ChromeKind::Email => m::CHROME_EMAIL,
            ChromeKind::FileName => m::CHROME_FILE_NAME,
            ChromeKind::Navigation => m::PAGE_NAV,
            ChromeKind::Masthead => m::CHROME_MASTHEAD,
            ChromeKind::Repost => m::CHROME_REPOST,
            ChromeKind::Footer => m::FOOTER,
            ChromeKind::Statistics => m::CHROME_STATISTICS,
            ChromeKind::Timestamp => m::CHROME_TIMESTAMP,
            ChromeKind::FigureRef => m::IMAGE_PLACEHOLDER,
            ChromeKind::NotChinese => m::CHROME_NOT_CHINESE,
            ChromeKind::Junk => m::CHROME_JUNK,
            ChromeKind::Fragment => m::CHROME_FRAGMENT,
            ChromeKind::PartNumber => m::CHROME_PART_NUMBER,
        }
    }
}

/// Words of page buttons, menus and log-in bars: chrome only as a whole item of a short line.
const NAV_ITEMS: [&str; 76] = [
    // an e-paper reader's issue pager and zoom widget: "本期导航 往期回顾 上一期 下一期", "放大 缩小 默认" (fresh19 m17)
    "上一期",
    "下一期",
    "放大",
    "缩小",
    "默认",
    // the links to a unit's accounts in a page's footer: "預約掛號 結果查詢 舉報郵箱 官方微博 官方微信" (fresh14 b11)
    "官方微信",
    "官方微博",
    // a comment widget's label alone after the text (fresh13 a08)
    "评论",
    "評論",
    "首頁",
    "返回首頁",
    "關閉",
    "關閉窗口",
    "登錄",
    "註冊",
    "列印",
    "分享到",
    "首页",
    "导航",
    "導航",
    "网站首页",
    "返回首页",
    "打印",
    "打印本页",
    "打印正文",
    "打印此页",
    "关闭",
    "关闭窗口",
    "关闭本页",
    "返回",
    "返回顶部",
    "登录",
    "登陆",
    "注册",
    "退出",
    "注销",
    "分享",
    "收藏",
    "搜索",
    "更多",
    "上一篇",
    "下一篇",
    "上一条",
    "下一条",
    "上一版",
    "下一版",
    "上一页",
    "下一页",
    "上一个",
    "下一个",
    "上一主题",
    "下一主题",
    "快速回复",
    "版面导航",
    "标题导航",
    "往期回顾",
    "网站地图",
    "联系我们",
    "设为首页",
    "加入收藏",
    "无障碍",
    // a site's version for the elderly beside its accessibility switch: "关怀版", "长辈版"
    "关怀版",
    "關懷版",
    "长辈版",
    "長輩版",
    "English",
    "简体版",
    "繁体版",
    "繁體版",
    "手机版",
    "電腦版",
    "电脑版",
    "客户端",
    "新闻客户端",
    "我来说两句",
    "我要评论",
];

/// Phrases that are navigation wherever they stand in a short line.
const NAV_PHRASES: [&str; 32] = [
    // a widget that sends the page to a phone: "手机阅读文本" (fresh31 ad05)
    "手机阅读",
    "手機閱讀",
    "手机浏览",
    "查看更多",
    "查看更多>>",
    "点此查看",
    "點此查看",
    "当前的位置",
    "所在的位置",
    "當前的位置",
    "上一篇",
    "下一篇",
    "上一版",
    "下一版",
    "上一条",
    "下一条",
    "当前位置",
    "當前位置",
    "您现在的位置",
    "您的位置",
    "所在位置",
    "版面导航",
    "欢迎您",
    "欢迎访问",
    "歡迎訪問",
    // a site's welcome banner: "欢迎来到 水务法治网!"
    "欢迎来到",
    "欢迎光临",
    "用户名",
    "密码",
    "账号：",
    "账号:",
    "邮箱/手机",
];

/// Phrases of e-paper strips and publishing notes.
const MASTHEAD: [&str; 12] = [
    // a paper's registration number under its masthead: "国内统一刊号:CN**-0000" (fresh19 m17)
    "统一刊号",
    "統一刊號",
    "版面：",
    "版面:",
    "本版编辑",
    "版次",
    "投稿",
    "banner",
    "电子版",
    "数字报",
    "星期",
    "第A",
];

/// Publishing metadata at the start of a line (journal articles, tagged pages).
const PUBLISHING: [&str; 17] = [
    // a copy site's tag line under the text, "Tag:年终总结,个人年终总结,…" (fresh30 ac04)
    "Tag:",
    "Tags:",
    "TAG:",
    "关键词",
    "關鍵詞",
    "关键字",
    "中图分类号",
    "中圖分類號",
    "分类号",
    "分類號",
    "文献标识码",
    "文獻標識碼",
    "文章编号",
    "文章編號",
    "标签：",
    "標簽：",
    "标签:",
];

/// Fields of a government page's information-disclosure table (索引号, 发布机构, 有效性…): a line that starts with
/// one of them and a colon, and holds a second field, is the table's row.
const DISCLOSURE_FIELDS: [&str; 10] = [
    "索引号",
    "索 引 号",
    "发布机构",
    "發布機構",
    "公开日期",
    "有效性",
    "发文字号",
    "發文字號",
    "主题分类",
    "成文日期",
];

/// A row of a metadata table: a disclosure field and its colon at the start, and a second field or a second colon.
fn metadata_row(t: &str) -> bool {
    let Some(f) = DISCLOSURE_FIELDS.iter().find(|f| t.starts_with(*f)) else {
        return false;
    };
    let rest = t[f.len()..].trim_start();
    rest.starts_with(['：', ':'])
        && !rest.contains(['。', '，'])
        && (DISCLOSURE_FIELDS.iter().any(|g| rest.contains(g)) || rest.matches(['：', ':']).count() >= 2)
}

/// Footer phrases: chrome even in a long line.
const FOOTER: [&str; 20] = [
    "版权所有",
    "版權所有",
    // a site's legal notice: "…网版权及免责声明：凡本网注明…的作品，均转载自其它媒体，转载目的在于传递更多信息…"
    "免责声明",
    "免責聲明",
    "版权声明",
    "版權聲明",
    "转载目的在于",
    "轉載目的在於",
    // "（本网站所发布文章只作为信息传播使用，不代表本网观点）"
    "不代表本网观点",
    "不代表本站观点",
    "ICP备",
    "ICP備",
    "ICP証",
    "ICP证",
    "公网安备",
    "公網安備",
    "网站标识码",
    "網站標識碼",
    "copyright",
    "all rights reserved",
];

/// Footer labels: chrome at the start of a line that is not prose ("技术支持：…", "主办单位：…").
const FOOTER_LABELS: [&str; 11] = [
    "技术支持",
    "主办单位",
    "承办单位",
    "技術支持",
    "主辦單位",
    "承辦單位",
    "主办：",
    "承办：",
    "建议使用",
    "最佳浏览",
    "地址：",
];

/// Visitor statistics.
const STATISTICS: [&str; 10] = [
    "网站数据统计",
    "访问量",
    "浏览量",
    "瀏覽量",
    "访问人数",
    "访问次数",
    "浏览次数",
    "总访问",
    "今日访问",
    "在线人数",
];

/// Notes that the text is a repost, at the start of a line.
const REPOST: [&str; 8] = ["转自", "转载自", "转载于", "稿源", "来源", "来自", "原标题", "原文链接"];

fn is_sentence_mark(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '；')
}

/// Running prose: long enough and with sentence punctuation inside.
fn prose(t: &str) -> bool {
    let marks = t.chars().filter(|c| is_sentence_mark(*c) || *c == '，').count();
    width(t) >= 30.0 && marks >= 2 && t.chars().any(is_sentence_mark)
}

/// An address: http(s)://, www., or a host name ending in a common top-level domain (the generic ones Chinese sites
/// use too: a forum's poster line "xinwen.mobi 发表于 6 小时前 | 显示全部楼层 |阅读模式" was printed as a board's text).
pub(crate) fn has_url(t: &str) -> bool {
    let lower = t.to_ascii_lowercase();
    if lower.contains("http://") || lower.contains("https://") || lower.contains("www.") {
        return true;
    }
    lower
        .split(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '/' | '_')))
        .any(|tok| {
            let host = tok.split('/').next().unwrap_or("");
            let parts: Vec<&str> = host.split('.').collect();
            parts.len() >= 2
                && parts.iter().all(|p| !p.is_empty())
                && parts[..parts.len() - 1]
                    .iter()
                    .any(|p| p.chars().any(|c| c.is_ascii_alphabetic()))
                && [
                    "com", "cn", "net", "org", "gov", "edu", "html", "htm", "shtml", "php", "aspx", "mobi", "info",
                    "top", "xyz", "cc", "vip", "biz", "club", "site", "wang", "tv", "hk", "tw", "mo",
                ]
                .contains(parts.last().unwrap_or(&""))
        })
}

fn has_email(t: &str) -> bool {
    t.char_indices().any(|(i, c)| {
        (c == '@' || c == '＠')
            && t[..i].chars().last().is_some_and(|p| p.is_ascii_alphanumeric())
            && t[i + c.len_utf8()..]
                .split(|c: char| !(c.is_ascii_alphanumeric() || c == '.' || c == '-'))
                .next()
                .is_some_and(|h| h.contains('.') || h.eq_ignore_ascii_case("qq"))
    })
}

/// A file name or identifier: one ASCII token with underscores, or a name with a document/picture extension.
/// Extensions of shared files and pictures.
const FILE_EXTS: [&str; 17] = [
    ".doc", ".docx", ".pdf", ".jpg", ".jpeg", ".png", ".gif", ".txt", ".htm", ".html", ".xls", ".xlsx", ".wps", ".ppt",
    ".pptx", ".zip", ".rar",
];

/// Fields a page prints with their value left empty (the value was a widget or a link list).
const EMPTY_FIELDS: [&str; 12] = [
    "专栏",
    "專欄",
    "栏目",
    "欄目",
    "文件下载",
    "文件下載",
    "关联文件",
    "關聯文件",
    "附件下载",
    "相关附件",
    "热门搜索",
    "熱門搜索",
];

/// An e-paper page label at the start of a line: a page number (digits, or a letter and digits) and 版, then a colon.
fn page_strip(t: &str) -> bool {
    let n = t.chars().take_while(|c| c.is_ascii_alphanumeric()).count();
    let rest: String = t.chars().skip(n).take(2).collect();
    (1..=6).contains(&n) && t.chars().take(n).any(|c| c.is_ascii_digit()) && (rest == "版：" || rest == "版:")
}

/// A pager: "第1页 / 共118页", "第2页 共3页", "共118页" with a page number.
fn pager(t: &str) -> bool {
    let digits_then = |s: &str, unit: char| {
        let n = s.chars().take_while(|c| c.is_ascii_digit()).count();
        n > 0 && s.chars().nth(n) == Some(unit)
    };
    let at = |mark: char| {
        t.match_indices(mark)
            .any(|(p, _)| digits_then(t[p + mark.len_utf8()..].trim_start(), '页'))
    };
    at('第') && at('共')
}

/// A row of four or more short fields, each a label of two to five Chinese characters, a colon and a short value,
/// with no sentence in it (an upload or file table row).
fn field_row(t: &str) -> bool {
    if t.contains(['。', '，', '；']) {
        return false;
    }
    let mut fields = 0;
    for part in t.split_whitespace() {
        let Some(p) = part.find(['：', ':']) else { continue };
        let (label, value) = (&part[..p], &part[p..]);
        let n = label.chars().count();
        if (2..=5).contains(&n) && label.chars().all(is_han) && width(value) <= 20.0 {
            fields += 1;
        }
    }
    fields >= 4
}

fn file_name_shape(t: &str) -> bool {
    let core = t.trim();
    if core.is_empty() {
        return false;
    }
    if core.contains(char::is_whitespace) {
        // a picture saved under a system's default name, spaces and all: "新建位图图像 (2).jpg", "IMG 0032.JPG"
        let lower = core.to_ascii_lowercase();
        return width(core) <= 40.0
            && !core.contains(['。', '，', '；', '！', '？', ','])
            && [".jpg", ".jpeg", ".png", ".gif", ".bmp", ".webp"]
                .iter()
                .any(|e| lower.ends_with(e));
    }
    let lower = core.to_ascii_lowercase();
    // (a file name with a page after it, "讲义.ppt_第1页", is one too)
    let ext = FILE_EXTS
        .iter()
        .any(|e| lower.ends_with(e) || lower.contains(&format!("{e}_")));
    let underscores = core.matches('_').count();
    let digits = core.chars().filter(|c| c.is_ascii_digit()).count();
    ext || (underscores >= 1
        && core
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.')))
        || (underscores >= 1 && digits >= 4)
}

/// The name of a shared document without its extension, when the line is only that file name and the name reads
/// as a headline ("文书的处理剖析.ppt" → "文书的处理剖析"): document-sharing pages print the file name as their title.
pub fn document_name(t: &str) -> Option<&str> {
    let core = t.trim();
    let lower = core.to_ascii_lowercase();
    let ext = [".doc", ".docx", ".pdf", ".ppt", ".pptx", ".wps", ".txt"]
        .iter()
        .find(|e| lower.ends_with(*e))?;
    let name = &core[..core.len() - ext.len()];
    let han = name.chars().filter(|c| is_han(*c)).count();
    (han >= 4 && han * 2 >= name.chars().count() && !name.contains(['_', '/', '.'])).then_some(name)
}

/// A time of day (10:21, 10:21:33, 10时21分).
fn has_time_of_day(t: &str) -> bool {
    let c: Vec<char> = t.chars().collect();
    c.windows(4)
        .any(|w| w[0].is_ascii_digit() && matches!(w[1], ':' | '：') && w[2].is_ascii_digit() && w[3].is_ascii_digit())
        || c.windows(3)
            .any(|w| w[0].is_ascii_digit() && w[1] == ':' && w[2].is_ascii_digit())
}

/// A date (2023-05-04, 2023/5/4, 2023年5月4日, 2023.05.04).
fn has_date(t: &str) -> bool {
    crate::byline::find_date(t).is_some()
}

/// The items of a menu-like line: split at spaces, bars, bullets and brackets.
/// The texts inside 【】 and [] on a line.
fn bracket_contents(t: &str) -> impl Iterator<Item = &str> {
    t.split(['【', '['])
        .skip(1)
        .filter_map(|part| part.find(['】', ']']).map(|end| &part[..end]))
}

fn items(t: &str) -> Vec<&str> {
    t.split(|c: char| {
        c.is_whitespace()
            || matches!(
                c,
                '|' | '｜'
                    | '丨'
                    | '/'
                    | '•'
                    | '·'
                    | '▪'
                    | '['
                    | ']'
                    | '【'
                    | '】'
                    | '>'
                    | '＞'
                    | '»'
                    | '›'
                    | '<'
                    | '＜'
            )
    })
    .map(|s| s.trim_matches(|c: char| matches!(c, '-' | '：' | ':' | '、')))
    .filter(|s| !s.is_empty())
    .collect()
}

/// Words of bracketed notes that are no part of the article: log-in walls, paywalls, editor sign-offs.
const BRACKET_NOTES: [&str; 30] = [
    // a copy site's count of what it shows and its prompt: "(未完,全文共1109字,当前显示253字)", "(请认真阅读下面的提示信息)"
    // (fresh30 ac03)
    "当前显示",
    "當前顯示",
    "提示信息",
    "提示資訊",
    // a picture's disclaimer: "（資料圖片僅供參考）"
    "仅供参考",
    "僅供參考",
    // a reprint note: "（本文为山东武警原创文章，转载请联系授权）"
    "转载请",
    "轉載請",
    // "【未经授权，严禁转载！联系电话028-86968276】" (fresh28 aa16)
    "严禁转载",
    "嚴禁轉載",
    "禁止转载",
    "禁止轉載",
    "原创文章",
    "原創文章",
    "登录",
    "登錄",
    "注册",
    "註冊",
    "阅读全部",
    "閱讀全部",
    "剩余",
    "剩餘",
    "责任编辑",
    "責任編輯",
    "责编",
    "責編",
    "编辑：",
    "編輯：",
    "隐藏",
    "隱藏",
];

/// The text inside brackets (or runs of dashes) that enclose the whole line: "（剩余1880字）",
/// "---此处隐藏3057字,下载后查看---".
fn bracketed(t: &str) -> Option<&str> {
    if let Some(inner) = t.strip_prefix("--").and_then(|r| r.strip_suffix("--")) {
        return Some(inner.trim_matches(['-', ' ']));
    }
    let inner = t.strip_prefix(['(', '（', '[', '【'])?;
    inner.strip_suffix([')', '）', ']', '】'])
}

/// An e-paper page label at the start of a line: 第1版, 第A01版, 第 3 版.
fn page_label(t: &str) -> bool {
    let Some(rest) = t.strip_prefix('第') else {
        return false;
    };
    let rest = rest.trim_start();
    let n = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == ' ')
        .count();
    n > 0 && rest.chars().take(n).any(|c| c.is_ascii_digit()) && rest.chars().nth(n) == Some('版')
}

/// Chinese share of the letters (ideographs against all alphanumeric characters).
/// A contact field: a short label naming a channel (微信, QQ, 电话, 热线, 公众号, 微博, 传真) and a colon, then a value
/// with no Chinese in it (an account, a number, an id).
fn contact_field(t: &str) -> bool {
    let Some(p) = t.find(['：', ':']) else {
        return false;
    };
    let (label, value) = (&t[..p], t[p..].trim_start_matches(['：', ':']).trim());
    let channel = [
        "微信",
        "QQ",
        "qq",
        "电话",
        "電話",
        "热线",
        "熱線",
        "公众号",
        "公眾號",
        "微博",
        "传真",
        "傳真",
    ]
    .iter()
    .any(|c| label.contains(c));
    channel
        && label.chars().count() <= 8
        && !value.is_empty()
        && !value.chars().any(is_han)
        && value.chars().any(|c| c.is_ascii_alphanumeric())
}

fn han_share(t: &str) -> f32 {
    let han = t.chars().filter(|c| is_han(*c)).count();
    let all = t.chars().filter(|c| c.is_alphanumeric()).count();
    if all == 0 {
        0.0
    } else {
        han as f32 / all as f32
    }
}

/// Whether a line of text looks like chrome (not the article), and why. Used for every line of the source, every
/// block and every board text; long prose is only ever caught by footer, statistics or address phrases.
/// A site's name closed by its version in brackets: "上海交大…精神文明网(旧版)", "…门户网站（新版）".
fn site_version(t: &str) -> bool {
    let Some(open) = t.rfind(['（', '(']) else {
        return false;
    };
    let inner = t[open..].trim_start_matches(['（', '(']).trim_end_matches(['）', ')']);
    let name = t[..open].trim_end();
    let site = ["网", "網", "网站", "網站", "平台", "门户", "門戶"]
        .iter()
        .any(|e| name.ends_with(e));
    matches!(
        inner,
        "旧版" | "新版" | "舊版" | "试运行" | "試運行" | "测试版" | "測試版" | "老版"
    ) && t.ends_with(['）', ')'])
        && site
}

pub fn looks_like_chrome(text: &str) -> Option<ChromeKind> {
    let t = text.trim();
    if t.is_empty() {
        return None;
    }
    let w = width(t);
    let lower = t.to_lowercase();
    let is_prose = prose(t);
    // (the list is compared in lower case: "京ICP備…" is "京icp備…")
    if FOOTER.iter().any(|f| lower.contains(&f.to_lowercase())) || (w <= 40.0 && t.starts_with('©')) {
        return Some(ChromeKind::Footer);
    }
    // a document-sharing site's note naming the shared file: "《公文处理培训讲义.ppt》由会员分享，可在线阅读…"
    if FILE_EXTS.iter().any(|e| {
        lower.contains(&format!("{e}》")) || lower.contains(&format!("{e}(")) || lower.contains(&format!("{e}（"))
    }) {
        return Some(ChromeKind::FileName);
    }
    if STATISTICS.iter().any(|s| t.contains(s)) && (!is_prose || t.contains("网站数据统计")) {
        return Some(ChromeKind::Statistics);
    }
    // a visitor counter, its number lost or not: "您是第 - 位访客 |", "你是本站第123位访问者" (fresh24 l13)
    let visitor = ["位访客", "位访问者", "位訪客", "位訪問者"]
        .iter()
        .any(|v| t.contains(v));
    if w <= 30.0 && visitor && t.contains('第') && !t.contains('。') {
        return Some(ChromeKind::Statistics);
    }
    // a wire's dateline over its own headline, no sentence: "新华社北京10月19日电 题：不忘初心 不负时代——…" (the
    // copy's heading again, as the agency files it; the text follows on lines of its own)
    let wire = t.find("电 题").or_else(|| t.find("电题")).or_else(|| t.find("電 題"));
    if let Some(at) = wire.filter(|&at| t[..at].chars().count() <= 24 && !t.contains('。')) {
        let after = t[at..].trim_start_matches(['电', '電', ' ', '题', '題']);
        if after.starts_with(['：', ':']) {
            return Some(ChromeKind::Repost);
        }
    }
    // publishing metadata of journals and pages: 关键词, 中图分类号, 文献标识码, 文章编号, 标签
    let label = t.trim_start_matches(['〔', '[', '【', '(', '（']);
    if w <= 120.0 && (PUBLISHING.iter().any(|p| label.starts_with(p)) || metadata_row(t)) {
        return Some(ChromeKind::Masthead);
    }
    // a paper's section label alone: "摘要", "[摘  要]"
    let bare: String = t.chars().filter(|c| is_han(*c)).collect();
    if matches!(bare.as_str(), "摘要" | "内容摘要" | "內容摘要")
        && t.chars().filter(|c| c.is_alphanumeric()).count() == bare.chars().count()
    {
        return Some(ChromeKind::Masthead);
    }
    // a site's name with its version marker, over the article ("…精神文明网(旧版)", "…门户网站（新版）"): the header of
    // the site, never half of the headline
    if w <= 36.0 && !is_prose && site_version(t) {
        return Some(ChromeKind::Masthead);
    }
    // a picture credit left after the pictures: "图片由中天社区提供", "（照片由…提供）"
    let bare_credit = t.trim_matches(['（', '）', '(', ')', ' ']);
    let credit_opens = ["图片由", "圖片由", "照片由", "图片来源", "圖片來源"]
        .iter()
        .any(|o| bare_credit.starts_with(o));
    if w <= 30.0 && credit_opens && (bare_credit.ends_with("提供") || bare_credit.contains(['：', ':'])) {
        return Some(ChromeKind::FigureRef);
    }
    // a gallery's count of its pictures, the pictures gone: "(图片共8张)" (fresh26 i12)
    let count = bare_credit
        .trim_start_matches(['图', '圖'])
        .trim_start_matches(['片'])
        .strip_prefix('共')
        .and_then(|r| r.strip_suffix(['张', '張', '幅']))
        .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
    if count {
        return Some(ChromeKind::FigureRef);
    }
    // a designer's credit of a picture that is gone, a name and the credit's word after a space: "祝碧晨 設計"
    // (fresh26 i10; it had been a heading)
    if let Some(name) = ["设计", "設計", "制图", "製圖"]
        .iter()
        .find_map(|w| t.strip_suffix(w))
        .filter(|r| r.ends_with(' '))
        .map(str::trim)
    {
        // (a credit, not the picture's place: the line after it is no caption)
        if crate::byline::person_name(name) && crate::byline::common_surname(name) {
            return Some(ChromeKind::Junk);
        }
    }
    // (or in brackets with its colon on a line of its own, "（制图：刘岩）" under a headline whose graphic is gone, fresh32
    // ae02, printed as text on its board)
    if let Some(name) = t
        .strip_prefix(['（', '('])
        .and_then(|r| r.strip_suffix(['）', ')']))
        .and_then(|r| ["设计", "設計", "制图", "製圖"].iter().find_map(|w| r.strip_prefix(w)))
        .and_then(|r| r.strip_prefix(['：', ':']))
        .map(str::trim)
    {
        if name.split([' ', '、']).all(crate::byline::person_name) {
            return Some(ChromeKind::Junk);
        }
    }
    // a reading-time widget: "本篇文章316字，读完约1分钟"
    // (with a number of minutes or characters: "读完《党章》有感" is a heading)
    let counted = t.chars().any(|c| c.is_ascii_digit()) && (t.contains('分') || t.contains('字'));
    let reading = ["读完", "讀完", "阅读时间", "預計閱讀"].iter().any(|x| t.contains(x));
    if w <= 30.0 && reading && counted {
        return Some(ChromeKind::Statistics);
    }
    // a paragraph in another language (an English translation of the abstract): not for a Chinese board
    if t.chars().filter(|c| c.is_ascii_alphabetic()).count() >= 60 && han_share(t) < 0.1 {
        return Some(ChromeKind::NotChinese);
    }
    // a site's disclaimer of what its users upload, under the text: "聲明:本站所有作品(圖文、音眡頻)均由用戶自行上傳分享"
    // (its label opens the line and the site names itself: 本站, 本网; fresh20 n06)
    let disclaimer = ["声明", "聲明", "免责声明", "免責聲明", "版权声明", "版權聲明"]
        .iter()
        .find_map(|l| t.strip_prefix(l))
        .is_some_and(|r| r.starts_with(['：', ':']));
    if disclaimer && ["本站", "本网", "本網"].iter().any(|x| t.contains(x)) {
        return Some(ChromeKind::Footer);
    }
    // notes about downloading from the site: "本站不支持迅雷下载，请使用……浏览器", "PDF文件下载后，可能会被浏览器默认打开"
    let site = t.contains("本站") && ["下载", "浏览器", "会员", "资源"].iter().any(|x| t.contains(x));
    if w <= 80.0 && (site || (t.contains("下载") && t.contains("浏览器"))) {
        return Some(ChromeKind::Navigation);
    }
    // a document site's notes to the reader about the shared file: "下载文档前请自行甄别文档内容的完整性…", "如文档侵犯
    // 您的权益,请联系客服反馈…" (the file, the site's service — 平台, 预览, 退款, 客服 — and the reader addressed, fresh27
    // e15; a unit's staff told to download a file name no service)
    let file = ["文档", "文檔"].iter().any(|x| t.contains(x));
    let service = ["平台", "预览", "預覽", "退款", "客服"].iter().any(|x| t.contains(x));
    // (a file the reader previews before downloading is the site's too: "部分包含数学公式或PPT动画的文件,查看预览时可能会
    // 显示错乱或异常,文件下载后无此问题,请放心下载。", fresh28 aa09; a platform alone names no site's service here)
    let previewed =
        ["文件"].iter().any(|x| t.contains(x)) && ["预览", "預覽", "退款", "客服"].iter().any(|x| t.contains(x));
    if w <= 80.0 && (file && service || previewed) && ["请", "請", "您"].iter().any(|x| t.contains(x)) {
        return Some(ChromeKind::Navigation);
    }
    // the site's customer service and its number: "网站客服:3074922707" (fresh28 aa09)
    if let Some((label, value)) = t.split_once(['：', ':']) {
        let value = value.trim();
        if label.ends_with("客服")
            && width(label) <= 6.0
            && !value.is_empty()
            && value.chars().all(|c| c.is_ascii_digit() || c == '-')
        {
            return Some(ChromeKind::Footer);
        }
    }
    // a footer's advice on browsers: "为确保最佳浏览效果,建议您使用以下浏览器版本:IE浏览器9.0版本及以上;…" (fresh21 o01)
    let advice = ["浏览效果", "瀏覽效果", "建议您使用", "建議您使用", "分辨率"]
        .iter()
        .any(|x| t.contains(x));
    if w <= 120.0 && advice && (t.contains("浏览器") || t.contains("瀏覽器")) {
        return Some(ChromeKind::Footer);
    }
    // a show/hide widget's buttons: "点击显示 收起", "展开 收起" (fresh21 o04)
    let toggles = [
        "点击显示",
        "點擊顯示",
        "显示",
        "顯示",
        "收起",
        "展开",
        "展開",
        "隐藏",
        "隱藏",
        "展开全文",
        "展開全文",
    ];
    if t.split_whitespace().count() >= 1
        && t.split_whitespace().all(|x| toggles.contains(&x))
        && t.split_whitespace().any(|x| x.starts_with(['收', '隐', '隱']))
    {
        return Some(ChromeKind::Navigation);
    }
    // a call to follow the unit's account, under a WeChat or web article: "关注微信公众号", "扫码关注我们",
    // "长按识别二维码", "点击上方蓝字关注" (a short line, no full stop: a sentence that mentions a 公众号 is the report's)
    let follow = ["关注", "關注", "扫码", "扫一扫", "长按", "長按", "識別", "识别", "掃碼"]
        .iter()
        .any(|x| t.contains(x));
    let channel = [
        "公众号",
        "公眾號",
        "二维码",
        "二維碼",
        "微信",
        "微博",
        "视频号",
        "抖音",
        "蓝字",
        "藍字",
        // the account named in quotes "above" the article: "↑ 點擊上方“不可思議的修武”關注我們" (fresh19 m19)
        "点击上方",
        "點擊上方",
    ];
    let sentence = t.contains(['。', '！', '？']);
    if w <= 24.0 && !is_prose && !sentence && follow && channel.iter().any(|x| t.contains(x)) {
        return Some(ChromeKind::Navigation);
    }
    // (a longer call, the code to scan and the accounts to follow both named: "更多资讯,欢迎扫描下方二维码关注京山市电视台、
    // 今日京山官方微信", fresh22 r05)
    let scan = [
        "扫描",
        "掃描",
        "扫码",
        "掃碼",
        "扫一扫",
        "掃一掃",
        "长按识别",
        "長按識別",
    ]
    .iter()
    .any(|x| t.contains(x));
    let code = ["二维码", "二維碼"].iter().any(|x| t.contains(x));
    let follow_word = ["关注", "關注"].iter().any(|x| t.contains(x));
    if w <= 48.0 && !sentence && scan && code && follow_word {
        return Some(ChromeKind::Navigation);
    }
    // the follow button alone under an account's name, its plus sign kept: "+ 关注", "＋關注" (fresh20 n14)
    if matches!(
        t.trim_start_matches(['+', '＋', ' ']).trim(),
        "关注" | "關注" | "已关注" | "已關注"
    ) {
        return Some(ChromeKind::Navigation);
    }
    // a log-in bar, even worded as a sentence: "您还未登陆，【点击这里】进行登陆操作；注册请【点击这里】"
    let login = ["登录", "登陆", "登錄"].iter().any(|l| t.contains(l));
    let register = ["注册", "註冊", "注冊"];
    if w <= 60.0 && login && (register.iter().any(|r| t.contains(r)) || bracket_contents(t).next().is_some()) {
        return Some(ChromeKind::Navigation);
    }
    // a forum's call to register over the copied post: "馬上注冊,結交更多好友,享用更多功能,讓你輕松玩轉社區。"
    // (a call: "马上/立即" and the word open the line; "注册志愿者人数达到1200人", "在线注册的党员…" are a report's)
    let call = ["马上", "馬上", "立即"]
        .iter()
        .find_map(|c| t.strip_prefix(c))
        .is_some_and(|rest| register.iter().any(|r| rest.starts_with(r)));
    if w <= 60.0 && call {
        return Some(ChromeKind::Navigation);
    }
    // a pager to the neighbouring articles, which names them: "上一篇：郑集镇开展…活动[ 02-05 ] 下一篇：心系群众冷暖…"
    // (a label and its colon at the start, or both labels in one line, whatever its length)
    let pager_label = |l: &str| t.starts_with(&format!("{l}：")) || t.starts_with(&format!("{l}:"));
    let pager_words = [
        ("上一篇", "下一篇"),
        ("上一條", "下一條"),
        ("上一条", "下一条"),
        ("上一頁", "下一頁"),
    ];
    if pager_words
        .iter()
        .any(|(a, b)| pager_label(a) || pager_label(b) || (t.contains(a) && t.contains(b)))
    {
        return Some(ChromeKind::Navigation);
    }
    if is_prose {
        return None;
    }
    if FOOTER_LABELS.iter().any(|f| t.starts_with(f)) {
        return Some(ChromeKind::Footer);
    }
    // a footer's address with its postcode: "通訊地址:安徽省合肥市屯溪路301號 郵編:230022" (fresh26 i13)
    let postcode = ["邮编", "郵編", "邮政编码", "郵政編碼"].iter().any(|l| {
        t.match_indices(l).any(|(i, _)| {
            let code: String = t[i + l.len()..]
                .trim_start_matches(['：', ':', ' '])
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            code.len() == 6
        })
    });
    if postcode && w <= 60.0 {
        return Some(ChromeKind::Footer);
    }
    if has_email(t) {
        return Some(ChromeKind::Email);
    }
    // an e-paper page label: "00004版：庆祝中华人民共和国成立75周年特别报道", "A03版:要闻"
    if w <= 40.0 && page_strip(t) {
        return Some(ChromeKind::Masthead);
    }
    // a page's field left empty: "专栏:", "文件下载:", "关联文件：", "热门搜索:"
    let field = t.trim_end_matches(['：', ':', ' ']);
    // (and a search box's label: "站内搜索:", "全文搜索：")
    let search =
        (field.ends_with("搜索") || field.ends_with("搜尋")) && field.chars().count() <= 6 && field.chars().all(is_han);
    // (and a link's label whose address the copy lost: "本题链接:", "本文链接：", "原文网址:")
    let link = ["链接", "鏈接", "网址", "網址"].iter().any(|l| field.ends_with(l))
        && field.chars().count() <= 6
        && field.chars().all(is_han);
    if field.len() < t.len() && (EMPTY_FIELDS.contains(&field) || search || link) {
        return Some(ChromeKind::Navigation);
    }
    // (or that label cut after its first word, the copy stopping at "本文" of 本文链接/本文来源 after the text:
    // fresh21 o07 printed " 本文" as the last line of its board)
    if field == "本文" {
        return Some(ChromeKind::Navigation);
    }
    // a Latin word alone, without a digit or a mark: a page's link or button left in the copy ("Baidu", "sogou",
    // "English"), never a line of a Chinese write-up (C919, 5G, "PPT课件" have digits or Chinese; a title of Latin
    // words is refused as not Chinese)
    if t.chars().count() >= 3 && t.chars().all(|c| c.is_ascii_alphabetic()) {
        return Some(ChromeKind::Navigation);
    }
    // a dialog's close button left alone on its line: "x", "×" (fresh19 m13)
    if matches!(t, "x" | "X" | "×") {
        return Some(ChromeKind::Navigation);
    }
    // a page still loading when it was copied: "稍等片刻...", "正在加载…", "请稍候..." (a few words asking to wait and
    // an ellipsis; fresh23 j15)
    let waiting = t.trim_end_matches(['.', '…', '。', ' ']);
    if waiting.len() < t.len()
        && waiting.chars().count() <= 8
        && (["稍等", "稍候"].iter().any(|x| waiting.contains(x))
            || ["加载", "加載", "加载中", "加載中", "载入中", "載入中"]
                .iter()
                .any(|x| waiting.ends_with(x)))
    {
        return Some(ChromeKind::Navigation);
    }
    // a forum post's button alone under its title: "[复制链接]" (fresh23 j16; after a headline it is the title's
    // marker, which the parser takes off)
    if matches!(
        t.trim_matches(['[', ']', '【', '】', ' ']),
        "复制链接" | "複製鏈接" | "复制本文链接"
    ) {
        return Some(ChromeKind::Navigation);
    }
    // a log-in button named for the account it uses: "QQ登录", "新浪微博登陆" (a forum's header, fresh23 j16)
    if w <= 8.0 && ["登录", "登陆", "登錄"].iter().any(|x| t.ends_with(x)) && t.chars().all(|c| c.is_alphanumeric())
    {
        return Some(ChromeKind::Navigation);
    }
    // a share bar naming its targets: "快速分享:收藏到QQ书签转播到腾讯微博分享到QQ空间…" (two targets or more)
    let targets = ["分享到", "分享至", "转播到", "收藏到", "轉播到"]
        .iter()
        .map(|x| t.matches(x).count())
        .sum::<usize>();
    if w <= 80.0 && targets >= 2 && !t.contains('。') {
        return Some(ChromeKind::Navigation);
    }
    // counters, each a short label and its count: "查看: 365|回复: 0", "鲜花(0) 鸡蛋(0)" (a forum post's head)
    if w <= 30.0 && counters(t) {
        return Some(ChromeKind::Statistics);
    }
    // a page's counter with its figure: "文章字数：991", "阅读量：1024" (a label of the count and a number, nothing else)
    let counted_field = t.split_once(['：', ':']).is_some_and(|(label, n)| {
        let n = n.trim();
        [
            "字数",
            "字數",
            "阅读量",
            "閱讀量",
            "阅读数",
            "閱讀數",
            "点击量",
            "點擊量",
            "浏览量",
            "瀏覽量",
        ]
        .iter()
        .any(|x| label.trim().ends_with(x))
            && label.chars().count() <= 6
            && !n.is_empty()
            && n.chars().all(|c| c.is_ascii_digit())
    });
    if counted_field {
        return Some(ChromeKind::Statistics);
    }
    // a gallery's label left without its pictures: "现场组图:", "活动照片：" (a label and its colon alone)
    let gallery = ["组图", "組圖", "图集", "圖集", "图片", "圖片", "照片"]
        .iter()
        .any(|g| field.ends_with(g));
    if field.len() < t.len() && gallery && field.chars().count() <= 6 && field.chars().all(is_han) {
        return Some(ChromeKind::FigureRef);
    }
    // a site's masthead declaration and its buttons run together: "国家烟草专卖局主管 中国烟草总公司传媒中心主办
    // 首页加入收藏订阅中心" (a page header, never a headline)
    if w <= 80.0 && ((t.contains("主管") && t.contains("主办")) || t.contains("加入收藏") || t.contains("设为首页"))
    {
        return Some(ChromeKind::Masthead);
    }
    // a text-size widget: "字体：+ -", "字号：大 中 小", in brackets too: "【字體:大 中 小】" (fresh25 m14, where it had
    // titled the page over its headline)
    let size_widget = ["字体", "字号", "字體", "字號"]
        .iter()
        .find_map(|l| t.trim_start_matches(['【', '[', ' ']).strip_prefix(l))
        .is_some_and(|rest| {
            let rest = rest.trim_start_matches(['：', ':', ' ']);
            rest.len() < t.len() && rest.chars().all(|c| "+-－＋大中小默认 【】[]TtAa".contains(c))
        });
    // a search box's label alone: "资讯搜索", "站内搜索"
    let search_label = w <= 4.0 && (t.ends_with("搜索") || t.ends_with("搜尋")) && t.chars().all(is_han);
    if size_widget || search_label {
        return Some(ChromeKind::Navigation);
    }
    // a navigation widget's label: "文章导航", "栏目导航"
    if w <= 8.0 && (t.ends_with("导航") || t.ends_with("導航")) && t.chars().all(is_han) {
        return Some(ChromeKind::Navigation);
    }
    // a pager: "第1页 / 共118页", "共3页 第2页"
    if w <= 30.0 && !t.contains(['。', '，', '；']) && pager(t) {
        return Some(ChromeKind::Navigation);
    }
    // a bar of buttons: four or more words of one or two characters, "返回 下载 相关 举报"
    let words: Vec<&str> = t.split_whitespace().collect();
    if words.len() >= 4
        && words
            .iter()
            .all(|x| (1..=2).contains(&x.chars().count()) && x.chars().all(is_han))
    {
        return Some(ChromeKind::Navigation);
    }
    // a row of four or more short fields: "上传人:小飞机 文档编号:6552432 上传时间:2023-11-11 格式:PPT 页数:118"
    if field_row(t) {
        return Some(ChromeKind::Masthead);
    }
    // a contact field whose value is an account, number or id: "小编微信：sm20181207", "QQ：123456", "联系电话：0531-…"
    if w <= 40.0 && contact_field(t) {
        return Some(ChromeKind::Footer);
    }
    // a counter standing alone (visits, likes): "0", "1024"
    if t.len() <= 8 && t.chars().all(|c| c.is_ascii_digit()) {
        return Some(ChromeKind::Statistics);
    }
    if file_name_shape(t) {
        return Some(ChromeKind::FileName);
    }
    // an identifier or hash alone: "42c99f123b87c90222d69cb5eb359212"
    let token = t.len() >= 16 && t.chars().all(|c| c.is_ascii_alphanumeric());
    if token && t.chars().any(|c| c.is_ascii_digit()) && t.chars().any(|c| c.is_ascii_alphabetic()) {
        return Some(ChromeKind::FileName);
    }
    let short = w <= 60.0;
    if has_url(t) {
        return Some(if has_time_of_day(t) {
            ChromeKind::Timestamp
        } else {
            ChromeKind::Url
        });
    }
    if short && has_time_of_day(t) && has_date(t) && han_share(t) < 0.5 {
        return Some(ChromeKind::Timestamp);
    }
    // a picture's placeholder in brackets: "（资料图片）", "(資料圖片)", "（配图）"
    let placeholder = bracketed(t).is_some_and(|inner| {
        matches!(
            inner.trim(),
            "资料图片" | "資料圖片" | "配图" | "配圖" | "示意图" | "示意圖"
        )
    });
    // (or a picture's widget label alone, the picture gone: "缩略图", "查看原图", "点击查看大图")
    let widget = matches!(
        t,
        "缩略图" | "縮略圖" | "查看原图" | "查看原圖" | "查看大图" | "查看大圖" | "点击查看大图" | "點擊查看大圖"
    );
    // (or a publishing system's label where an uploaded picture was, its own name before it: "WDCM上传图片",
    // fresh20 n15)
    let uploaded = ["上传图片", "上傳圖片", "图片上传", "圖片上傳"]
        .iter()
        .find_map(|x| t.strip_suffix(x))
        .is_some_and(|p| p.chars().count() <= 8 && p.chars().all(|c| c.is_ascii_alphanumeric() || c == ' '));
    if placeholder || widget || uploaded {
        return Some(ChromeKind::FigureRef);
    }
    // a site's header line: its organiser ("建德市新闻传媒中心 主办"), or a column beside the site's name ("社区
    // 建德新闻网")
    let parts: Vec<&str> = t.split_whitespace().collect();
    let organiser = matches!(parts[..], [unit, "主办" | "主辦" | "承办" | "承辦"] if unit.chars().all(is_han)
        && unit.chars().count() >= 4);
    let site = |p: &str| (4..=10).contains(&p.chars().count()) && (p.ends_with("新闻网") || p.ends_with("新聞網"));
    let column_and_site = parts.len() == 2
        && parts.iter().all(|p| p.chars().all(is_han))
        && parts.iter().any(|p| site(p))
        && parts.iter().any(|p| p.chars().count() <= 4);
    if w <= 30.0 && (organiser || column_and_site) {
        return Some(ChromeKind::Masthead);
    }
    // figure references standing alone: （图1） 图2 [图片]
    let bare = t.trim_matches(|c: char| matches!(c, '（' | '）' | '(' | ')' | '[' | ']' | '【' | '】' | ' '));
    if let Some(n) = bare.strip_prefix('图') {
        if n.chars()
            .all(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(c))
        {
            return Some(ChromeKind::FigureRef);
        }
    }
    // a note in brackets: a log-in wall "(阅读全部图文内容,您需要先登录!)", "(剩余1880字)", "(责任编辑:唐秀敏)"
    // (a note the copy cut before its closing bracket, "( 单篇付费后可阅读完整内", is one too)
    let open_note = t.strip_prefix(['(', '（']).filter(|r| !r.contains([')', '）', '。']));
    if let Some(inner) = bracketed(t).or(open_note) {
        // (a paywall names the payment and the reading: "（单篇付费后可阅读完整内容）")
        let paywall = ["付费", "付費"].iter().any(|n| inner.contains(n))
            && ["阅读", "閱讀", "查看", "全文"].iter().any(|n| inner.contains(n));
        if width(inner) <= 40.0 && (paywall || BRACKET_NOTES.iter().any(|n| inner.contains(n))) {
            return Some(ChromeKind::Navigation);
        }
    }
    // the authors' institution with its postcode in brackets: "（兰州大学 马克思主义学院，甘肃 兰州 730000）"
    if let Some(inner) = bracketed(t) {
        let postcode = inner.split(|c: char| !c.is_ascii_digit()).any(|d| d.len() == 6);
        let institution = ["大学", "学院", "研究所", "研究院", "研究中心", "党校", "學院", "大學"]
            .iter()
            .any(|x| inner.contains(x));
        if postcode && institution && width(inner) <= 50.0 && !inner.contains('。') {
            return Some(ChromeKind::Masthead);
        }
    }
    // (or unbracketed, the postcode after a space: "中交一公局第九工程有限公司 511300", a paper's affiliation line)
    if let Some((unit, code)) = t.rsplit_once(' ') {
        let unit = unit.trim();
        let institution = [
            "大学",
            "学院",
            "研究所",
            "研究院",
            "党校",
            "學院",
            "大學",
            "公司",
            "医院",
            "醫院",
            "集团",
            "集團",
        ]
        .iter()
        .any(|x| unit.contains(x));
        if code.len() == 6
            && code.chars().all(|c| c.is_ascii_digit())
            && institution
            && width(unit) <= 40.0
            && !unit.contains(['。', '，', '；'])
        {
            return Some(ChromeKind::Masthead);
        }
    }
    // a list of keywords without its label: "治理现代化；基层党组织；功能定位；作用发挥" (four or more: three
    // parallel phrases between semicolons may be a heading)
    let keywords: Vec<&str> = t.split(['；', ';']).map(str::trim).collect();
    if keywords.len() >= 4
        && keywords
            .iter()
            .all(|k| (2..=10).contains(&k.chars().count()) && k.chars().all(is_han))
    {
        return Some(ChromeKind::Masthead);
    }
    // a download link, whatever it names: "点击下载第二届全国基层党建创新典型案例征集活动申报表" (fresh27 e13), or a
    // link to another page by what it names: "点击查看集团“强党建 促发展”专题页面" (fresh28 aa06; the bare button
    // "点击查看" is left to the button rule)
    let link = ["点击查看", "點擊查看"]
        .iter()
        .any(|b| t.strip_prefix(b).is_some_and(|r| width(r) >= 4.0));
    if w <= 60.0
        && (link
            || ["点击下载", "點擊下載", "点此下载", "點此下載"]
                .iter()
                .any(|b| t.starts_with(b)))
        && !t.contains(['。', '，'])
    {
        return Some(ChromeKind::Navigation);
    }
    // a share button alone on its line, named for its target: "微博", "Qzone", "QQ空间" (fresh27 e19)
    if matches!(
        lower.as_str(),
        "微博" | "新浪微博" | "腾讯微博" | "騰訊微博" | "qzone" | "qq空间" | "qq空間" | "朋友圈" | "豆瓣"
    ) {
        return Some(ChromeKind::Navigation);
    }
    // a button: "打开文本图片集", "点击查看原文", "点击查看摄影大赛详情" (fresh20 n17)
    if w <= 12.0
        && ["打开", "打開", "点击", "點擊", "查看"]
            .iter()
            .any(|b| t.starts_with(b))
        && [
            "图片", "圖片", "全文", "原文", "更多", "视频", "視頻", "app", "APP", "详情", "詳情",
        ]
        .iter()
        .any(|o| t.contains(o))
    {
        return Some(ChromeKind::Navigation);
    }
    // a reporter's label without the names: "新华社记者", "本报记者"
    // (the label's own words before it: 本报, a medium, 首席/特约/见习; "致敬一线记者" is a heading)
    let label = ["记者", "記者", "通讯员", "通訊員"]
        .iter()
        .find_map(|l| t.strip_suffix(l));
    let own = label.is_some_and(|p| {
        p.is_empty()
            || p.starts_with('本')
            || p.ends_with(['社', '报', '報', '网', '網', '台', '刊'])
            || ["首席", "特约", "特約", "见习", "見習"].iter().any(|x| p.ends_with(x))
    });
    if w <= 12.0 && own && t.chars().all(is_han) {
        return Some(ChromeKind::Junk);
    }
    // the download, log-in and payment widgets of a document-sharing site, and its notes about itself
    // (下载 alone is no widget: "指导群众下载国家反诈中心软件" is text)
    // (and a log-in box's prompts: "还没有账号？" over "立即注册")
    const WIDGET: [&str; 11] = [
        "验证码",
        "金币",
        "VIP",
        "支付宝",
        "微信支付",
        "忘记密码",
        "换一换",
        "没有账号",
        "立即注册",
        "沒有賬號",
        "立即註冊",
    ];
    let download = (t.contains("下载") || t.contains("下載"))
        && ["登录", "会员", "游客", "快捷", "资源", "积分"]
            .iter()
            .any(|x| t.contains(x));
    if w <= 24.0 && !t.contains('。') && (download || WIDGET.iter().any(|x| t.contains(x))) {
        return Some(ChromeKind::Navigation);
    }
    if matches!(t, "温馨提示" | "友情提示" | "温馨提示：" | "友情提示：") {
        return Some(ChromeKind::Navigation);
    }
    // a reader's function: "论文部分内容阅读", "全文在线阅读", "免费下载"
    if w <= 12.0
        && ["阅读", "閱讀", "下载", "下載"].iter().any(|e| t.ends_with(e))
        && ["全文", "内容", "在线", "原文", "免费", "部分"]
            .iter()
            .any(|x| t.contains(x))
    {
        return Some(ChromeKind::Navigation);
    }
    let starts_bullet = t.starts_with(['•', '▸', '►', '‣', '◦', '▪', '-', '*', '·', '>']);
    if short && page_label(t) {
        return Some(ChromeKind::Masthead);
    }
    // an e-paper reader's date widget ("星期一" alone) and its state fields ("当前报纸名称：慈溪日报", "当前版：02版")
    if crate::byline::weekday(t) {
        return Some(ChromeKind::Masthead);
    }
    // (a field: a short label and a value; "当前存在的主要问题：" heading a section is none)
    let state_field = (t.strip_prefix("当前").or_else(|| t.strip_prefix("當前"))).and_then(|r| {
        let colon = r.find(['：', ':'])?;
        let (label, value) = (&r[..colon], r[colon..].chars().skip(1).collect::<String>());
        ((1..=6).contains(&label.chars().count()) && !label.contains('的') && !value.trim().is_empty()).then_some(())
    });
    if w <= 24.0 && state_field.is_some() {
        return Some(ChromeKind::Navigation);
    }
    if short {
        if REPOST
            .iter()
            .any(|r| t.strip_prefix(r).is_some_and(|rest| rest.starts_with(['：', ':', ' '])))
            && !t.ends_with('。')
        {
            return Some(ChromeKind::Repost);
        }
        if NAV_PHRASES.iter().any(|p| t.contains(p)) {
            return Some(ChromeKind::Navigation);
        }
        if MASTHEAD.iter().any(|p| lower.contains(&p.to_lowercase())) {
            let weekday = t.contains("星期") && has_date(t);
            let page = t.contains("版面") || t.contains("第A") || t.contains("版次") || t.contains("本版编辑");
            if weekday || page || !t.contains("星期") && !t.contains("第A") {
                return Some(ChromeKind::Masthead);
            }
        }
    }
    // a button in brackets on a line that is not prose: "【关闭】", "[打印本页]", "【我要打印】"
    if bracket_contents(t).any(|b| NAV_ITEMS.contains(&b.trim().trim_start_matches("我要"))) {
        return Some(ChromeKind::Navigation);
    }
    // a read-aloud widget's label: "人工智能朗读：", "语音播报：", or its button alone: "朗读" (fresh24 l12, where it
    // had been taken for the writer's name)
    let read_aloud = ["朗读", "朗讀", "播报", "收听", "听全文"];
    if w <= 12.0 && t.ends_with(['：', ':']) && read_aloud.iter().any(|x| t.contains(x))
        || read_aloud.contains(&t.trim())
    {
        return Some(ChromeKind::Navigation);
    }
    let its = items(t);
    let nav_items = its.iter().filter(|i| NAV_ITEMS.contains(*i)).count();
    let bracketed = t.contains(['[', '【']) && its.len() <= 4 && w <= 20.0;
    let bars = t.matches(['|', '｜', '丨']).count();
    let barred = bars >= 2;
    // a link list's label over its bars, the links' titles lost: "相关链接 | ||||||||||" (fresh19 m20): more bars than
    // anything else on the line
    if bars >= 4 && bars * 2 >= t.chars().filter(|c| !c.is_whitespace()).count() {
        return Some(ChromeKind::Navigation);
    }
    if nav_items > 0
        && (nav_items * 2 >= its.len() || bracketed || starts_bullet || (nav_items >= 2 && short) || (barred && short))
    {
        return Some(ChromeKind::Navigation);
    }
    // a menu: four or more short items between bars, or five or more short items of unequal length (menu items
    // carry no quotes or dashes: "开辟伟大道路 建立伟大功业 … ——“奋斗百年路 启航新征程”" is a headline of parallel
    // phrases with its subtitle)
    if (short || barred)
        && its.len() >= 4
        && its.iter().all(|i| width(i) <= 8.0)
        && !t.contains(['，', '。', '“', '”', '—'])
    {
        let unequal = its
            .iter()
            .map(|i| i.chars().count())
            .collect::<std::collections::BTreeSet<_>>()
            .len()
            > 1;
        // (one item of a bar may be Latin: "文秘之友|原创|范文|素材|写作|PPT|")
        let latin = its.iter().filter(|i| !i.chars().any(is_han)).count();
        let words = latin == 0 || (barred && latin == 1 && its.len() >= 5);
        if words && (barred || (its.len() >= 5 && unequal)) {
            return Some(ChromeKind::Navigation);
        }
    }
    // a column's label of two or three short words between spaced bullets: "资讯 • 热点" over a list title (fresh29 ab12)
    let spaced_items: Vec<&str> = t.split(['•', '·', '▪']).map(str::trim).collect();
    if [" • ", " · ", " ▪ "].iter().any(|b| t.contains(b))
        && (2..=3).contains(&spaced_items.len())
        && spaced_items
            .iter()
            .all(|i| (2..=4).contains(&i.chars().count()) && i.chars().all(is_han))
    {
        return Some(ChromeKind::Navigation);
    }
    // a comment widget's prompt to log in or open an app before commenting: "登录后才可以发布评论哦", "打开小程序可以发布评论哦"
    // (fresh29 ab19, a news app's copy)
    if w <= 16.0
        && ["评论", "評論"].iter().any(|x| t.contains(x))
        && ["登录", "登錄", "小程序", "APP", "App", "客户端", "客戶端"]
            .iter()
            .any(|x| t.contains(x))
        && !t.contains(['，', '。'])
    {
        return Some(ChromeKind::Navigation);
    }
    // a bullet before a short button or bracket: "• [退出]"
    if starts_bullet && w <= 12.0 && t.contains(['[', '【']) {
        return Some(ChromeKind::Navigation);
    }
    if crate::junk::is_breadcrumb(t) {
        return Some(ChromeKind::Navigation);
    }
    crate::junk::junk_reason(t).map(|_| ChromeKind::Junk)
}

/// Whether a line must not be a title, and why: chrome, or a line that starts with a bullet or is mostly not
/// Chinese. A title is the headline of the article; when no line passes, the write-up has none.
pub fn title_chrome(text: &str) -> Option<ChromeKind> {
    if let Some(k) = looks_like_chrome(text) {
        return Some(k);
    }
    let t = text.trim();
    let dash_rule = t.starts_with("--") || t.starts_with('—');
    // a forum thread's category in square brackets before its headline ("[乐清市委机关工委] 党建引领聚合力…", fresh23
    // j16) is a tag, not a link: the headline after it is judged
    if let Some(rest) = forum_tag(t) {
        return title_chrome(rest);
    }
    if !dash_rule && t.starts_with(['•', '▸', '►', '‣', '◦', '▪', '-', '*', '·', '>', '[', '|']) {
        return Some(ChromeKind::Navigation);
    }
    // (a name with the years of a life in brackets, "阎肃（1930-2016）", is Chinese: the years are no foreign text)
    let years = t
        .strip_suffix(['）', ')'])
        .and_then(|r| r.rsplit_once(['（', '(']))
        .filter(|(name, span)| {
            name.chars().filter(|c| is_han(*c)).count() >= 2
                && span
                    .chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, '-' | '—' | '–' | '～' | '~'))
                && span.chars().filter(char::is_ascii_digit).count() >= 4
        })
        .map(|(name, _)| name);
    if han_share(years.unwrap_or(t)) < 0.5 {
        return Some(ChromeKind::NotChinese);
    }
    // a page title bar of three or more phrases joined by underscores, the keywords a spam host puts in its <title>
    // ("激情人妻…系列_国产精品电影…_K8福利精品第一导航_日本…", fresh28 aa13): a headline is one phrase, with at most a site's
    // name after one underscore
    if t.split('_').filter(|p| p.trim().chars().count() >= 2).count() >= 3 && !t.contains(['，', '。']) {
        return Some(ChromeKind::Masthead);
    }
    // a date with its time of day, as a page or a WeChat copy prints its publishing time ("川開電氣有限公司 2023年04月27日
    // 17:59 四川"): a headline names a day, never the minute it was posted
    if has_date(t) && has_time_of_day(t) && !t.contains(['，', '。', '：']) {
        return Some(ChromeKind::Timestamp);
    }
    if width(t) <= 20.0 && product_code(t) {
        return Some(ChromeKind::FileName);
    }
    // a postal address, as a site's header or footer prints it ("东莞市 大岭山镇杨屋第一工业区详锋街97号愉和工业园A栋"
    // over a hijacked page's headline): a street and its number; a headline names no house
    if street_number(t) && !t.contains(['，', '。', '“', '”']) {
        return Some(ChromeKind::Footer);
    }
    // a forum's bar over a post ("只看楼主 倒序阅读0发表于：1990-01-29")
    if FORUM_BAR.iter().any(|w| t.contains(w)) {
        return Some(ChromeKind::Navigation);
    }
    None
}

/// Whether a line printed as a board title is a piece of another line rather than a title: a quotation or bracket
/// left open or closed without its opening (a line cut by the page's wrapping), or only people's names (an author
/// line). Layout asks this of every board title besides [`title_chrome`]; the parser still reads such a line as
/// text cut by wrapping where it can.
pub fn title_fragment(text: &str) -> Option<ChromeKind> {
    let t = text.trim();
    // (a clause cut from its subject opens on the particle that tied it: "的14个农村党（总）支部书记纷纷…"; a part's number
    // alone, "一", "（一）", "二、", heads a part and names nothing: fresh32 ae04's board was titled "一", ae05's "（一）")
    if part_number(t) {
        return Some(ChromeKind::PartNumber);
    }
    (!paired(t) || only_names(t) || t.starts_with('的')).then_some(ChromeKind::Fragment)
}

/// A part's number and nothing else: "一", "二、", "（三）", "(4)", "5.".
fn part_number(t: &str) -> bool {
    let bare = t
        .trim_start_matches(['（', '('])
        .trim_end_matches(['）', ')', '、', '.', '．']);
    let n = bare.chars().count();
    (1..=3).contains(&n)
        && bare
            .chars()
            .all(|c| "一二三四五六七八九十".contains(c) || c.is_ascii_digit())
}

/// A street and a house number in it: digits and 号 right after a street's word (路, 街, 巷, 弄, 道).
fn street_number(t: &str) -> bool {
    let cs: Vec<char> = t.chars().collect();
    cs.iter().enumerate().any(|(i, &c)| {
        if c != '号' && c != '號' {
            return false;
        }
        let digits = cs[..i].iter().rev().take_while(|d| d.is_ascii_digit()).count();
        digits > 0 && i > digits && ['路', '街', '巷', '弄', '道'].contains(&cs[i - digits - 1])
    })
}

/// The words of a forum's bar over a post: no headline holds them.
/// The headline after a forum thread's category in square brackets: "[乐清市委机关工委] 党建引领聚合力 政民协同护清流"
/// (a tag of two to twelve characters, Chinese only, then six or more Chinese characters).
pub(crate) fn forum_tag(t: &str) -> Option<&str> {
    let (tag, rest) = t.strip_prefix('[')?.split_once(']')?;
    let rest = rest.trim_start();
    let n = tag.chars().count();
    ((2..=12).contains(&n) && tag.chars().all(is_han) && rest.chars().filter(|c| is_han(*c)).count() >= 6)
        .then_some(rest)
}

/// Two or more counters and nothing else: a label of one to four characters and its count, after a colon or in
/// brackets ("查看: 365|回复: 0", "鲜花(0) 鸡蛋(0)", "点赞(12) 评论(3)").
fn counters(t: &str) -> bool {
    let t = t.replace([':', '：'], ":").replace(": ", ":");
    let items: Vec<&str> = t.split([' ', '|', '｜']).filter(|x| !x.trim().is_empty()).collect();
    let count = |x: &str| {
        let (label, n) = match x.split_once(':') {
            Some((l, n)) => (l, n),
            None => match x.strip_suffix([')', '）']).and_then(|r| r.split_once(['(', '（'])) {
                Some((l, n)) => (l, n),
                None => return false,
            },
        };
        (1..=4).contains(&label.chars().count())
            && label.chars().all(is_han)
            && !n.is_empty()
            && n.chars().all(|c| c.is_ascii_digit())
    };
    items.len() >= 2 && items.iter().all(|x| count(x))
}

const FORUM_BAR: [&str; 4] = ["只看楼主", "只看樓主", "倒序阅读", "倒序閱讀"];

/// Whether every quotation mark and bracket of a title is closed after it opens: a headline never leaves one open
/// ("…精心构建“评", "机关第一党委函〔20223" — a line cut by the page's wrapping) nor closes one it did not open
/// ("…活动的通知》" — the end of a document's name split over two lines).
pub fn paired(t: &str) -> bool {
    let pairs = [
        ('“', '”'),
        ('《', '》'),
        ('〔', '〕'),
        ('（', '）'),
        ('【', '】'),
        ('「', '」'),
        ('(', ')'),
    ];
    let mut open: Vec<char> = Vec::new();
    for c in t.chars() {
        if let Some((o, _)) = pairs.iter().find(|(o, _)| *o == c) {
            open.push(*o);
        } else if let Some((o, _)) = pairs.iter().find(|(_, cl)| *cl == c) {
            if open.pop() != Some(*o) {
                return false;
            }
        }
    }
    open.is_empty()
}

/// Common surnames (the hundred most frequent, single characters): the first character of a name.
const SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤奚";

/// Whether a title is only people's names between spaces ("刘文波 奚婷霞 高嘉", an article's author line): two or
/// more names of two or three Chinese characters, each opening on a common surname.
fn only_names(t: &str) -> bool {
    let names: Vec<&str> = t.split_whitespace().collect();
    names.len() >= 2
        && names.iter().all(|n| {
            let c: Vec<char> = n.chars().collect();
            (2..=3).contains(&c.len()) && c.iter().all(|ch| is_han(*ch)) && SURNAMES.contains(c[0])
        })
}

/// A catalogue code run into Chinese words, the shape of spam injected into hijacked pages ("…传M0044苏…"): one to
/// four capital letters and a zero-padded serial of three or more digits, with Chinese right before and after it.
/// Model numbers and names (C919, G20, 5G) are not zero-padded.
fn product_code(t: &str) -> bool {
    let c: Vec<char> = t.chars().collect();
    let mut i = 0;
    while i < c.len() {
        if !c[i].is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        let start = i;
        while i < c.len() && c[i].is_ascii_alphanumeric() {
            i += 1;
        }
        let tok = &c[start..i];
        let letters = tok.iter().take_while(|x| x.is_ascii_uppercase()).count();
        let digits = &tok[letters..];
        let inside = start > 0 && is_han(c[start - 1]) && i < c.len() && is_han(c[i]);
        if (1..=4).contains(&letters)
            && digits.len() >= 3
            && digits[0] == '0'
            && digits.iter().all(char::is_ascii_digit)
            && inside
        {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A column's label of short words between spaced bullets ("资讯 • 热点", fresh29 ab12's kicker) and a comment
    /// widget's prompts ("登录后才可以发布评论哦", fresh29 ab19's heading) are chrome; a headline with a middle dot inside
    /// quotes and a sentence about comments are not.
    #[test]
    fn a_column_label_between_bullets_and_a_comment_prompt() {
        for t in [
            "资讯 • 热点",
            "要闻 · 本地 · 视频",
            "登录后才可以发布评论哦",
            "打开小程序可以发布评论哦",
        ] {
            assert!(looks_like_chrome(t).is_some(), "{t}");
        }
        for t in [
            "“红色基因•电科传承”宣讲活动",
            "奋进·新时代",
            "会上，大家围绕群众评论和意见建议进行了交流，并通过小程序收集到意见120条。",
        ] {
            assert_eq!(looks_like_chrome(t), None, "{t}");
        }
    }

    /// Issue 14, twenty-fifth round (fresh30, pages nobody had seen): a copy site's tag line after the text, its
    /// count of the characters it shows and its prompt in brackets are chrome (ac04, ac03: the prompt had been taken
    /// as the source, the tag line as the last paragraph, read cut off); a sentence about tags and one about a showing
    /// are not.
    #[test]
    fn a_copy_sites_tag_line_count_shown_and_prompt() {
        for t in [
            "Tag:年终总结,个人年终总结,年终总结ppt,报告总结计划 - 年终总结",
            "(未完,全文共1109字,当前显示253字)",
            "(请认真阅读下面的提示信息)",
        ] {
            assert!(looks_like_chrome(t).is_some(), "{t}");
        }
        for t in [
            "为方便群众识别，给每户贴上“党员户”标签，当前显示成效明显。",
            "大屏幕当前显示的是全镇网格员的实时位置。",
        ] {
            assert_eq!(looks_like_chrome(t), None, "{t}");
        }
    }

    /// Issue 14, twenty-third round (fresh28, pages nobody had seen): a spam host's <title> of keywords joined by
    /// underscores (it had titled a board), a link to another page, a reprint ban in brackets, a welcome in traditional
    /// script, a document site's note on previewing its file and its service's number are chrome; a headline with a
    /// site's name after one underscore, a unit told to send a file and a sentence about a link are not.
    #[test]
    fn a_keyword_title_bar_links_bans_and_a_document_sites_service() {
        assert_eq!(
            title_chrome("激情人妻绿帽王八系列_国产精品电影久久久久电影院_K8福利精品第一导航_日本不卡一本二本香蕉"),
            Some(ChromeKind::Masthead)
        );
        assert_ne!(
            title_chrome("机关党委开展主题党日活动_中山网"),
            Some(ChromeKind::Masthead)
        );
        for t in [
            "点击查看集团“强党建 促发展”专题页面",
            "【未经授权，严禁转载！联系电话028-86968276】",
            "您好，歡迎訪問中國食品安全網！",
            "1. 部分包含数学公式或PPT动画的文件,查看预览时可能会显示错乱或异常,文件下载后无此问题,请放心下载。",
            "网站客服:3074922707",
        ] {
            assert!(looks_like_chrome(t).is_some(), "{t}");
        }
        for t in [
            "请各党支部于3月底前将学习文件报送至机关党委。",
            "党员可在平台上点击查看学习资料，每天坚持学习。",
            "客服中心党支部开展主题党日活动",
        ] {
            assert_eq!(looks_like_chrome(t), None, "{t}");
        }
    }

    /// Issue 14, eleventh round (the lead's look at fresh6b t03's boards, a hijacked page titled by its spam line): a
    /// short title with a catalogue code run into its Chinese words is no headline; model numbers and names are.
    #[test]
    fn a_postal_address_is_no_title() {
        // (a hijacked page's header over its headline, looked at 2026-12-07 with material never tuned on)
        assert_eq!(
            title_chrome("东莞市 大岭山镇杨屋第一工业区详锋街97号愉和工业园A栋"),
            Some(ChromeKind::Footer)
        );
        assert!(title_chrome("夯基固本筑牢四梁八柱 小口切入做实精细服务").is_none());
        assert!(title_chrome("第11号台风“摩羯”过境 气象党员冲锋在前").is_none());
        assert!(title_chrome("中山路街道“五个一”工作法激活基层治理").is_none());
    }

    #[test]
    fn a_title_with_a_catalogue_code_inside() {
        // (and a WeChat copy's meta line, fresh14 b05: a date with its time of day is no headline)
        assert_eq!(
            title_chrome("川開電氣有限公司 2023年04月27日 17:59 四川"),
            Some(ChromeKind::Timestamp)
        );
        assert!(title_chrome("2023年4月27日，全市党建工作会议召开").is_none());
        assert_eq!(title_chrome("麻花传M0044苏蜜清歌"), Some(ChromeKind::FileName));
        assert_eq!(title_chrome("精品MD0012在线观看"), Some(ChromeKind::FileName));
        assert!(title_chrome("C919大飞机首飞成功").is_none());
        assert!(title_chrome("G20峰会志愿者党支部").is_none());
        assert!(title_chrome("5G基站建设党员先锋队").is_none());
        assert!(title_chrome("“A001号”党员先锋岗授牌仪式在我局举行").is_none());
        assert!(looks_like_chrome("麻花传M0044苏蜜清歌").is_none());
    }

    /// Issue 14 (the lead's look at every page's board titles): a line cut inside a quotation or bracket, the end
    /// of a document's name split over two lines, a forum's bar and an author line are no titles; headlines with
    /// their quotations closed, and spaced headlines of short phrases, are.
    #[test]
    fn a_line_cut_inside_a_quotation_a_forums_bar_and_an_author_line_are_no_titles() {
        for t in [
            "2025年，我局以模范机关创建为重要契机，精心构建“评",
            "机关第一党委函〔20223",
            "“进社区亮身份比奉献”党员志愿服务群众活动的通知》",
            "刘文波 奚婷霞 高嘉",
            "肖光伟 杨宇哲",
            // (twelfth round, fresh16 d16's board: a clause cut from its subject)
            "的14个农村党（总）支部书记纷纷组织党员干部佩戴红袖章",
        ] {
            assert_eq!(title_fragment(t), Some(ChromeKind::Fragment), "{t}");
        }
        // (twenty-seventh round, fresh32 ae04's and ae05's boards: a part's number alone — said as such since the
        // lead's review: the board's note named it a page's column or a file name)
        for t in ["一", "（一）", "二、"] {
            assert_eq!(title_fragment(t), Some(ChromeKind::PartNumber), "{t}");
        }
        assert_eq!(
            title_chrome("只看楼主 倒序阅读0发表于：1990-01-29"),
            Some(ChromeKind::Navigation)
        );
        for t in [
            "关于开展“一支部一品牌”党建工作典型案例评选活动的通知",
            "机关第一党委“主题党日”活动制度",
            "庆七一 学党史 重温入党誓词",
            "点亮微心愿，书香递能量",
            "王家坝 李家村结对共建",
            "公文处理培训讲义（襄垣）",
            "《团结报》成了“抢手货”",
            "地方党委工作总结的“五要”",
            "一二三工作法",
            "（一）强化政治引领",
        ] {
            assert!(title_chrome(t).is_none() && title_fragment(t).is_none(), "{t}");
        }
    }

    /// Issue 14, eleventh round (the boards of the never-studied fresh6b t06, one titled "文章字数：991"): a page's
    /// counter with its figure is chrome; a sentence that counts words is not.
    #[test]
    fn a_pages_counter_with_its_figure() {
        assert_eq!(looks_like_chrome("文章字数：991"), Some(ChromeKind::Statistics));
        assert_eq!(title_chrome("阅读量:1024"), Some(ChromeKind::Statistics));
        assert!(looks_like_chrome("征文字数：3000字以内").is_none());
        assert!(title_chrome("全市党员志愿者服务时长突破10万小时").is_none());
    }

    /// Issue 14, eleventh round (fresh15 c04 and c07, read after their first measure): a site's header lines (its
    /// organiser, a column beside the site's name) and a picture's placeholder in brackets are chrome; a headline
    /// naming an organiser, or a bracketed note about pictures, is not.
    #[test]
    fn a_sites_header_lines_and_a_pictures_placeholder() {
        assert_eq!(looks_like_chrome("建德市新闻传媒中心 主办"), Some(ChromeKind::Masthead));
        assert_eq!(looks_like_chrome("社区 建德新闻网"), Some(ChromeKind::Masthead));
        assert_eq!(looks_like_chrome("(資料圖片)"), Some(ChromeKind::FigureRef));
        assert_eq!(looks_like_chrome("（资料图片）"), Some(ChromeKind::FigureRef));
        assert!(looks_like_chrome("市委宣传部主办“红色故事”宣讲比赛").is_none());
        assert!(looks_like_chrome("（图片由社区居民拍摄，记录了四十年变迁）").is_none());
        assert!(looks_like_chrome("党建引领 共建共享").is_none());
    }

    /// Issue 14, twenty-second round (fresh27 e13, e15, e17, e19, e03): widgets and notes of pages nobody had seen —
    /// a download link naming the form it fetches, share buttons one a line (微博 was read as the author), a document
    /// site's notes to the reader about the shared file, a technical-support credit in traditional script, an empty
    /// view counter. Sentences with the same words stay.
    #[test]
    fn links_share_buttons_and_a_document_sites_notes() {
        for t in [
            "点击下载第二届全国基层党建创新典型案例征集活动申报表",
            "微博",
            "Qzone",
            "- 1、下载文档前请自行甄别文档内容的完整性，平台不提供额外的编辑、内容补充、找答案等附加服务。",
            "- 2、“仅部分预览”的文档，不可在线预览部分如存在完整性等问题，可反馈申请退款（可完整预览的文档不适用该条件！）。",
            "- 3、如文档侵犯您的权益，请联系客服反馈，我们会尽快为您处理（人工客服工作时间：9:00-18:30）。",
        ] {
            assert_eq!(looks_like_chrome(t), Some(ChromeKind::Navigation), "{t}");
        }
        assert_eq!(
            looks_like_chrome("技術支持：湖北報網新聞傳媒有限公司"),
            Some(ChromeKind::Footer)
        );
        assert_eq!(looks_like_chrome("浏览量："), Some(ChromeKind::Statistics));
        for t in [
            "党员干部点击下载“学习强国”，每天坚持学习。",
            "微博问政",
            "局机关各科室把学习文档下载到电脑，请大家认真学习。",
            "在当天的活动中，新媒体平台宣传共计转发101次，浏览量高达10万次。",
        ] {
            assert_eq!(looks_like_chrome(t), None, "{t}");
        }
    }

    /// Issue 14, sixteenth round (fresh20 n14, n15, n17, n07, n06): widgets and notes that reached boards on pages
    /// nobody had seen — a follow button with its plus sign (a board titled "+ 关注"), a publishing system's label
    /// where an uploaded picture was (five lines "WDCM上传图片" on a board), a link to a contest's details, a site's
    /// version for the elderly (read as the author), a site's disclaimer of what its users upload. Sentences with the
    /// same words stay.
    #[test]
    fn widgets_and_notes_of_pages_nobody_had_seen() {
        for t in ["+ 关注", "＋關注", "关注"] {
            assert_eq!(looks_like_chrome(t), Some(ChromeKind::Navigation), "{t}");
        }
        assert_eq!(looks_like_chrome("WDCM上传图片"), Some(ChromeKind::FigureRef));
        assert_eq!(looks_like_chrome("点击查看摄影大赛详情"), Some(ChromeKind::Navigation));
        assert_eq!(looks_like_chrome("关怀版"), Some(ChromeKind::Navigation));
        // (fresh21 o01, o04, measured after the rules above: a footer's advice on browsers, a show/hide widget)
        assert_eq!(
            looks_like_chrome("为确保最佳浏览效果,建议您使用以下浏览器版本:IE浏览器9.0版本及以上; 谷歌浏览器 63版本及以上; 360浏览器9.1版本及以上,且IE内核9.0及以上。"),
            Some(ChromeKind::Footer)
        );
        assert_eq!(looks_like_chrome("点击显示 收起"), Some(ChromeKind::Navigation));
        assert!(looks_like_chrome("收起").is_some() && looks_like_chrome("显示").is_none());
        assert_eq!(
            looks_like_chrome("聲明:本站所有作品(圖文、音眡頻)均由用戶自行上傳分享,本文由\"泡芙味的"),
            Some(ChromeKind::Footer)
        );
        for t in [
            "关注民生冷暖",
            "支部党员上传图片300余张，记录活动的点滴。",
            "声明：我们将继续做好服务群众工作。",
            "点击查看",
        ] {
            assert!(looks_like_chrome(t).is_none(), "{t}");
        }
    }

    /// Issue 14, eleventh round (fresh14 b13, a hospital page): a gallery's label and its colon, left without the
    /// pictures, are chrome; the label without a colon, or a longer label, is not.
    #[test]
    fn a_gallerys_label_without_its_pictures() {
        assert_eq!(looks_like_chrome("现场组图:"), Some(ChromeKind::FigureRef));
        assert_eq!(looks_like_chrome("活动照片："), Some(ChromeKind::FigureRef));
        assert!(looks_like_chrome("现场组图").is_none());
        assert!(looks_like_chrome("图片展的主题：").is_none());
        assert!(looks_like_chrome("活动剪影：").is_none());
    }

    /// Issue 14, eleventh round (fresh14 b11, a hospital page whose footer links were read as a heading): the links to
    /// a unit's official accounts, in a footer's row or alone, are chrome; a slogan of four equal items, or a sentence
    /// or headline that names the account, is not.
    #[test]
    fn a_footers_links_to_the_units_accounts() {
        assert!(looks_like_chrome("預約掛號 結果查詢 舉報郵箱 官方微博 官方微信").is_some());
        assert!(looks_like_chrome("官方微信").is_some());
        assert!(looks_like_chrome("学党史 悟思想 办实事 开新局").is_none());
        assert!(looks_like_chrome("医院官方微信上线").is_none());
        assert!(looks_like_chrome("欢迎关注医院官方微信，及时获取就诊信息。").is_none());
    }

    /// Issue 14, tenth round (fresh12): a bar of a site's menu may hold one Latin item; a headline with one bar, or
    /// a bar of four items one of them Latin, is no menu.
    #[test]
    fn a_model_text_sites_bar_with_a_latin_item() {
        // (fresh12 z09: the site's name and its menu over a speech's title)
        assert_eq!(
            looks_like_chrome("文秘之友|原创|范文|素材|写作|PPT|"),
            Some(ChromeKind::Navigation)
        );
        assert!(looks_like_chrome("喜报|我院党委报送案例荣获一等奖").is_none());
        assert!(looks_like_chrome("党建|PDF|上线|启用").is_none());
    }

    /// Issue 14, ninth round (fresh9): a site's name closed by its version in brackets is the site's header; a
    /// headline or a sentence with a bracketed note is not.
    #[test]
    fn a_sites_name_with_its_version() {
        assert!(looks_like_chrome("上海交大欧洲杯竞猜平台精神文明网(旧版)").is_some());
        assert!(looks_like_chrome("某某区人民政府门户网站（新版）").is_some());
        assert!(looks_like_chrome("学习强国平台上线（新版）功能介绍").is_none());
        assert!(looks_like_chrome("机关党建网（试运行）上线").is_none());
        assert!(looks_like_chrome("我校上线党建工作网").is_none());
    }

    /// Issue 14, ninth round (fresh10): a picture credit left after the pictures is chrome; a sentence about pictures
    /// someone gave is text.
    #[test]
    fn a_picture_credit_alone() {
        assert!(looks_like_chrome("图片由中天社区提供").is_some());
        assert!(looks_like_chrome("（图片来源：新华社）").is_some());
        assert!(looks_like_chrome("图片由社区居民提供给展览馆，共计120余幅，记录了社区四十年的变迁。").is_none());
    }

    #[test]
    fn a_page_header_and_its_widgets_are_chrome() {
        // seen as a board title and in a board's text (a tobacco company's news page, never studied)
        for (line, kind) in [
            (
                "国家烟草专卖局主管 中国烟草总公司传媒中心主办 首页加入收藏订阅中心",
                ChromeKind::Masthead,
            ),
            ("某某市委宣传部主管 某某日报社主办", ChromeKind::Masthead),
            ("设为首页 | 联系我们", ChromeKind::Navigation),
            ("字体：+ -", ChromeKind::Navigation),
            ("字号：大 中 小", ChromeKind::Navigation),
            ("资讯搜索", ChromeKind::Navigation),
        ] {
            assert!(looks_like_chrome(line).is_some(), "{line}");
            assert!(title_chrome(line).is_some(), "{line}: {kind:?}");
        }
        // what stays text
        for line in [
            "字体设计大赛获奖作品展",
            "由市委宣传部主管、市文联主办的书画展今日开幕，展出作品百余件。",
            "精准搜索群众需求，打通服务最后一公里",
        ] {
            assert_eq!(looks_like_chrome(line), None, "{line}");
        }
    }

    /// Issue 14, fifteenth round (fresh19 m17, m19, m20, m13): an e-paper reader's registration number, issue pager and
    /// zoom widget read as the board's title; a follow prompt in traditional script, a link list's bars and a forum's
    /// register and log-in prompts and close button printed as headings and paragraphs. Text that must stay printable
    /// stays so.
    #[test]
    fn an_epaper_readers_widgets_a_follow_prompt_and_bars() {
        for line in [
            "国内统一刊号:CN**-0000",
            "本期导航 往期回顾 上一期 下一期",
            "放大 缩小 默认",
            "↑ 點擊上方“不可思議的修武”關注我們",
            "相关链接 | ||||||||||",
            "||||||||||||||||",
            "馬上注冊,結交更多好友,享用更多功能,讓你輕松玩轉社區。",
            "您需要 登錄 才可以下載或查看,沒有帳號?加入隨論(請注冊中文用戶名)",
            "x",
        ] {
            assert!(looks_like_chrome(line).is_some(), "{line}");
        }
        for line in [
            "放大格局 缩小差距",
            "上一期培训班的学员分享了心得体会。",
            "点击上方的按钮，即可进入党员学习平台，关注每周的学习任务。",
            "党建引领 | 共建共享 | 结对帮扶",
            "注册志愿者人数达到1200人，服务时长累计超过3万小时。",
            "在线注册的党员已有300余名。",
        ] {
            assert_eq!(looks_like_chrome(line), None, "{line}");
        }
    }

    #[test]
    fn chrome_lines_of_real_pages() {
        // (fresh18 k15: a photo report's wire dateline over the agency's own headline, read as a caption)
        assert!(looks_like_chrome(
            "新华社北京10月19日电 题：不忘初心 不负时代——党的十九大代表参观“砥砺奋进的五年”大型成就展"
        )
        .is_some());
        assert!(looks_like_chrome("新华社北京10月19日电 记者从会上获悉，题目已经确定。").is_none());
        let cases: [(&str, ChromeKind); 41] = [
            ("- 投稿郵箱：xzrbtg@126.com", ChromeKind::Email),
            ("xinwen.mobi 发表于 6 小时前 | 显示全部楼层 |阅读模式", ChromeKind::Url),
            ("来源：dangjian.com.hk", ChromeKind::Url),
            ("投稿邮箱：dangjian@qq.com", ChromeKind::Email),
            ("• [退出]", ChromeKind::Navigation),
            ("版面：第A01版：要闻 上一篇 下一篇", ChromeKind::Navigation),
            (
                "2019年文化部banner嵌入 當前位置：首页 > 工作动态",
                ChromeKind::Navigation,
            ),
            ("2019年文化部banner嵌入", ChromeKind::Masthead),
            ("转自：人民网-中国共产党新闻网", ChromeKind::Repost),
            ("08_xinzhou_2023_review_digits", ChromeKind::FileName),
            ("P020230504612345678901.jpg", ChromeKind::FileName),
            ("微信截图_20250214144713", ChromeKind::FileName),
            ("0", ChromeKind::Statistics),
            ("忻州日报社版权所有 晋ICP备05000734号", ChromeKind::Footer),
            (
                "Copyright © 2023 中共某某市委市直机关工委 All Rights Reserved",
                ChromeKind::Footer,
            ),
            ("网站数据统计", ChromeKind::Statistics),
            ("今日访问：123 总访问量：456789", ChromeKind::Statistics),
            (
                "http://www.xinzhou.gov.cn/xwzx/jgdj/202312/t20231229_123456.html 2023/12/29 10:21:33",
                ChromeKind::Timestamp,
            ),
            ("2023/12/29 10:21:33", ChromeKind::Timestamp),
            ("www.sxxz.gov.cn", ChromeKind::Url),
            ("（图1）", ChromeKind::FigureRef),
            ("图2", ChromeKind::FigureRef),
            ("【打印本页】 【关闭窗口】", ChromeKind::Navigation),
            (
                "首页 | 新闻中心 | 政务公开 | 机关党建 | 互动交流",
                ChromeKind::Navigation,
            ),
            (
                "首页 新闻中心 政务公开 办事服务 互动交流 专题专栏",
                ChromeKind::Navigation,
            ),
            ("2023年12月29日 星期五", ChromeKind::Masthead),
            ("欢迎您，访客 [登录] [注册]", ChromeKind::Navigation),
            // a comment widget's label alone after the text (fresh13 a08)
            ("评论", ChromeKind::Navigation),
            ("上一版 下一版", ChromeKind::Navigation),
            ("（阅读全部图文内容，您需要先登录！）", ChromeKind::Navigation),
            ("（责任编辑：唐秀敏）", ChromeKind::Navigation),
            ("打開文本圖片集", ChromeKind::Navigation),
            ("第1版（）", ChromeKind::Masthead),
            ("您当前的位置：首页 党群纵横 党群纵横", ChromeKind::Navigation),
            ("责任编辑：周晓", ChromeKind::Junk),
            ("打开APP查看更多评论", ChromeKind::Navigation),
            ("关键词：居民党组织 基层治理", ChromeKind::Masthead),
            ("〔关键词〕城市基层党建；区域化党建；行业党建；两新组织；社区党建", ChromeKind::Masthead),
            ("〔中图分类号〕D267 〔文献标识码〕A 〔文章编号〕2095-8048-(2019)04-0025-07", ChromeKind::Masthead),
            ("学海荡舟手机网 导航", ChromeKind::Navigation),
            (
                "首頁 | 新聞大觀 | 中新財經 | 中新體育 | 中新影視 | 中新圖片 | 臺灣頻道 | 華人世界 | 中新專稿 | 圖文專稿 | 中新出版",
                ChromeKind::Navigation,
            ),
        ];
        for (t, k) in cases {
            assert_eq!(looks_like_chrome(t), Some(k), "{t}");
        }
    }

    /// Issue 14, sixth round (read off fresh5a): a search box's label and a paywall note cut before its closing
    /// bracket are chrome; text in brackets that mentions paying, and a heading in brackets, are not.
    #[test]
    fn search_labels_and_cut_paywall_notes() {
        assert_eq!(looks_like_chrome("站内搜索："), Some(ChromeKind::Navigation));
        // (a site's welcome banner, read off p9s)
        assert!(looks_like_chrome("欢迎来到 水务法治网！").is_some());
        assert_eq!(looks_like_chrome("全文搜索:"), Some(ChromeKind::Navigation));
        assert_eq!(
            looks_like_chrome("（ 单篇付费后可阅读完整内"),
            Some(ChromeKind::Navigation)
        );
        assert_eq!(
            looks_like_chrome("（单篇付费后可阅读完整内容）"),
            Some(ChromeKind::Navigation)
        );
        for text in [
            "（一）加强领导，健全机制",
            "（本次活动由党员自愿付费参加，共筹集善款1200元，全部捐给社区困难群众，受到居民好评）",
            "党员干部学会网上搜索政策文件的方法：",
        ] {
            assert_eq!(looks_like_chrome(text), None, "{text}");
        }
    }

    /// Issue 14, seventh round (read off fresh6a's t08 and t13; the pager off the chrome scan of every set, s14): a
    /// picture saved under a system's default name, spaces and all; a site's legal notice, however long; a pager that
    /// names the neighbouring articles. Text that must stay printable stays so.
    #[test]
    fn default_picture_names_legal_notices_and_pagers_with_titles() {
        assert_eq!(looks_like_chrome("新建位图图像 (2).jpg"), Some(ChromeKind::FileName));
        assert_eq!(looks_like_chrome("微信图片 20230101.PNG"), Some(ChromeKind::FileName));
        assert_eq!(
            looks_like_chrome("江苏苏讯网版权及免责声明：凡本网注明“来源：XXX（非江苏苏讯网）”的作品，均转载自其它媒体，转载目的在于传递更多信息，并不代表本网赞同其观点和对其真实性负责。如因作品内容、版权和其它问题需要同本网联系的，本网按规定给予一定的稿费或要"),
            Some(ChromeKind::Footer)
        );
        assert_eq!(
            looks_like_chrome("上一篇：郑集镇开展“民法典与生活同行”主题宣传活动[ 02-05 ] 下一篇：心系群众冷暖，情牵百姓民生——市委常委吴国敏新春走基层[ 02-05 ]"),
            Some(ChromeKind::Navigation)
        );
        assert_eq!(
            looks_like_chrome("下一篇：我院开展主题党日活动"),
            Some(ChromeKind::Navigation)
        );
        for text in [
            "党员们观看了新建位图展板，了解了社区的变化。",
            "图为活动现场 (2)",
            "会议要求，各支部要把学习贯彻上一篇章的经验做法运用到下一步工作中，确保取得实效。",
            "支部书记讲授了题为《不忘初心》的专题党课。",
        ] {
            assert_eq!(looks_like_chrome(text), None, "{text}");
        }
    }

    /// Issue 14, thirteenth round (fresh17: e03's footer "Baidu" / "sogou" and e13's "本题链接:" printed as body
    /// lines, e04's thumbnail label taken for the author and its affiliation line for a heading): a Latin word or two
    /// alone, a link's label without its address, a picture's widget label, an institution with its postcode after
    /// a space. Text that must stay printable stays so.
    #[test]
    fn counters_share_bars_log_in_buttons_and_loading_messages() {
        // (fresh23 j15, j16)
        for t in [
            "查看: 365|回复: 0",
            "鲜花(0) 鸡蛋(0)",
            "点赞(12) 评论(3)",
            "快速分享:收藏到QQ书签转播到腾讯微博分享到QQ空间分享到新浪微博分享到网易微博",
            "新浪微博登陆",
            "QQ登录",
            "[复制链接]",
            "稍等片刻...",
            "正在加载…",
        ] {
            assert!(looks_like_chrome(t).is_some(), "{t}");
        }
        for t in [
            "参观(一)",
            "查看: 现场",
            "注册志愿者人数达到1200人",
            "分享到朋友圈的照片",
            "稍等片刻",
            "加载新动能……",
            "党员登录学习强国平台",
        ] {
            assert_eq!(looks_like_chrome(t), None, "{t}");
        }
        assert_eq!(title_chrome("[乐清市委机关工委] 党建引领聚合力 政民协同护清流"), None);
        assert!(title_chrome("[退出]").is_some());
    }

    #[test]
    fn latin_words_link_labels_thumbnails_and_affiliations() {
        for t in ["Baidu", "sogou", "English"] {
            assert_eq!(looks_like_chrome(t), Some(ChromeKind::Navigation), "{t}");
        }
        assert_eq!(looks_like_chrome("本题链接:"), Some(ChromeKind::Navigation));
        assert_eq!(looks_like_chrome("本文链接："), Some(ChromeKind::Navigation));
        assert_eq!(looks_like_chrome(" 本文"), Some(ChromeKind::Navigation));
        assert_eq!(looks_like_chrome("缩略图"), Some(ChromeKind::FigureRef));
        assert_eq!(
            looks_like_chrome("中交一公局第九工程有限公司 511300"),
            Some(ChromeKind::Masthead)
        );
        for t in [
            "C919",
            "5G",
            "VR",
            "PPT课件",
            "English Corner 英语角",
            "本文链接了三个支部的经验做法。",
            "本文介绍了三个支部的经验做法。",
            "链接",
            "缩略图展示了支部一年来的工作",
            "中交一公局第九工程有限公司",
            "2022年度 100000",
        ] {
            assert_eq!(looks_like_chrome(t), None, "{t}");
        }
    }

    #[test]
    fn real_headlines_and_text_are_not_chrome() {
        for t in [
            "打造“四强”党支部 推动机关党建高质量发展",
            "学思想 强党性 重实践 建新功",
            "理思路 强措施 抓落实 推动机关党建各项工作再上新水平",
            "红帆启航促发展 海岛机关争先锋——2024年长岛机关党建工作综述",
            "3D打印助力乡村振兴",
            "一、坚持政治引领，筑牢思想根基",
            "（一）强化理论武装",
            "奋进新征程 建功新时代",
            "凝心聚力谱新篇 砥砺奋进开新局",
            "全市机关党员干部登录“学习强国”平台，人均学习积分达到1.2万分，同比增长18%。",
            "市直机关工委为帮扶企业提供技术支持300余次，平台访问量突破100万次，受到广泛好评。",
            "“长岛号”APP群众诉求反映渠道，办理公共交通等问政工单423件。",
            "中共忻州市委市直机关工委",
            "图为党员志愿者在社区开展服务。",
            "关于开展2023年度模范机关创建工作的通知",
            "党建 + 业务 + 服务 + 治理",
        ] {
            assert_eq!(looks_like_chrome(t), None, "{t}");
            assert_eq!(title_chrome(t), None, "{t}");
        }
        // a closing date is text, though no title
        assert_eq!(looks_like_chrome("2023年12月29日"), None);
        assert_eq!(title_chrome("2023年12月29日"), Some(ChromeKind::NotChinese));
    }

    #[test]
    fn title_rule_refuses_bullets_and_foreign_lines() {
        assert_eq!(title_chrome("• 机关党建"), Some(ChromeKind::Navigation));
        assert_eq!(title_chrome("▸ 工作动态"), Some(ChromeKind::Navigation));
        assert_eq!(title_chrome("Xinzhou Daily"), Some(ChromeKind::NotChinese));
        assert_eq!(title_chrome("打造“四强”党支部 推动机关党建高质量发展"), None);
        // a name with the years of a life is Chinese (fresh32 ae06's portraits, read as headings by the chrome scan);
        // the years alone, or after one character, are not
        assert_eq!(title_chrome("阎肃（1930-2016）"), None);
        // a graphic's credit in brackets alone is chrome; a head that only names a design is not
        assert_eq!(looks_like_chrome("（制图：刘岩）"), Some(ChromeKind::Junk));
        assert_eq!(looks_like_chrome("（设计：城市规划展览馆）"), None);
        assert_eq!(title_chrome("（1930-2016）"), Some(ChromeKind::NotChinese));
        assert_eq!(title_chrome("图（2023-2024）"), Some(ChromeKind::NotChinese));
    }

    /// Issue 14, twenty-first round (fresh26 i10, i12, i13): a designer's credit of a picture that is gone, a
    /// gallery's count of its pictures and a footer's address with its postcode are chrome; a sentence that names a
    /// design or a postcode is text.
    #[test]
    fn a_designers_credit_a_gallerys_count_and_an_address_with_its_postcode() {
        assert!(looks_like_chrome("祝碧晨 設計").is_some());
        assert!(looks_like_chrome("（图片共8张）").is_some());
        assert!(looks_like_chrome("通訊地址：安徽省合肥市屯溪路301號 郵編：230022").is_some());
        assert!(looks_like_chrome("城市设计").is_none());
        assert!(looks_like_chrome("展板由王明设计").is_none());
        assert!(looks_like_chrome("共展出图片120张").is_none());
        assert!(looks_like_chrome("社区为居民代寄信件，并讲解了邮编、地址的规范写法。").is_none());
    }
}
