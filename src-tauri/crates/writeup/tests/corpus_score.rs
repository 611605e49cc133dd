//! Scores the write-up understanding on real public pages of the genre (`tests/pages/*.txt`, sources in
//! `tests/pages/SOURCES.md`) against answer keys written by hand (`<name>.key.json` beside each page), item by item,
//! and prints "items right / items" per file, for the whole set and for the held-out third.
//!
//! Each page is read as the CLI's `structure` reads a file: `read_file` with default options (plain-text import).
//!
//! # Answer key schema (`<name>.key.json`)
//!
//! ```text
//! {
//!   "title":    string | null,   // the article's headline as an editor would set it; null when the page has none
//!   "subtitle": string | null,   // a separate —— line under the title (without the dashes)
//!   "kicker":   string | null,   // a separate 引题 line above the title
//!   "byline": { "source"?, "author"?, "reporter"?, "correspondent"?, "date"? },  // only fields the text shows;
//!                                // dates as printed ("2021-06-19 21:08:40"); a 本报讯（记者…） lead-in counts
//!   "byline_lines": [int],       // lines that are byline only (informative, not scored)
//!   "headings":   [{ "level": 1 | 2, "text": string, "line": int }],
//!   "paragraphs": [[first, last]],  // 1-based source line span of each paragraph (hard-wrapped ones span lines)
//!   "captions":   [int],         // caption lines (text under or beside a picture)
//!   "junk":       [int],         // chrome: nav, breadcrumbs, footers, share/print, log-in, statistics, ICP, URLs,
//!                                // picture file names, editor sign-offs (编辑/责编/校对), tags, page debris
//!   "cut_off":    bool,          // the last paragraph stops mid-sentence (the page or copy was truncated)
//!   "note":       string         // the editor's reasons, free text
//! }
//! ```
//!
//! Blank lines are never items. Text is compared after `canon`: whitespace removed, full-width ASCII forms
//! folded to ASCII, curly quotes to straight ones, a trailing 。 dropped — the documented normalisations of the
//! model, so the key can be written from the source text as printed (ruby pinyin left out).
//!
//! # Items and when each is right
//!
//! - title: always one item; right when both are null or the texts are equal.
//! - subtitle, kicker and each byline field (source, author, reporter, correspondent, date): an item when the key
//!   or the parser has a value (so an invented value costs an item); right when equal.
//! - each key heading: right when a heading block has that level, that text and that line among its lines.
//! - each key paragraph: right when a paragraph block spans exactly those lines (first and last).
//! - each key caption: right when a caption block stands on exactly that line.
//! - each junk line: right when no block holds the line and the parser set it aside (dropped or byline lines).
//! - cut off: an item when the key or the parser says the last paragraph stops mid-sentence (so an invented mark
//!   costs an item); right when both say so.
//!
//! The held-out third is every third file by name (p03, p06, …, p63), fixed when the pages were added; nothing may be
//! tuned to it. `tests/pages/fresh/` holds a second held-out set (f01…f12, gathered and keyed by hand in the second
//! round before the parser was run on them), scored and reported on its own ("fresh held-out", not in the whole
//! set) so that its figure stays a clean measure of generalisation. `tests/pages/fresh2/` holds a third one (g01…g13:
//! e-paper reader, photo reports, portal pages; third round), reported as "fresh2 held-out" in the same way, and
//! `tests/pages/fresh3/` a fourth one (h01…h15: portal notices, forum and e-paper reposts, credits and footers; fourth
//! round), reported as "fresh3 held-out", and `tests/pages/fresh4/` a fifth one (q01…q18: court, procuratorate, tax,
//! hospital, youth-league and enterprise pages; fifth round), reported as "fresh4 held-out", and `tests/pages/fresh5a` / `fresh5b` a sixth one in two halves (s01…s20, odd
//! and even; sixth round), reported as "fresh5a held-out" and "fresh5b held-out": fresh5a may be studied after its first
//! measure, fresh5b never is (its misses are never printed); `tests/pages/fresh6a` / `fresh6b` a seventh one (t01…t18,
//! every third page by number in fresh6b; seventh round), reported as "fresh6a held-out" and "fresh6b held-out": fresh6a
//! may be studied after its first measure, fresh6b never is (except t15, studied after the lead's last look at its
//! boards, so fresh6b's figure is "never studied except t15"); and `tests/pages/fresh7` a later batch of that round
//! (u01…u11), measured first with the rules read off fresh6a, then studied; and `tests/pages/fresh8` the eighth
//! round's batch (v01…v14), keyed before the parser was run on it, measured once as never seen, then studied; and
//! `tests/pages/fresh9` the ninth round's batch (w01…w20), likewise, and its later batches `fresh10` (x01…x08, studied
//! after its first measure) and `fresh11` (y01…y08, studied from the tenth round on), and `tests/pages/fresh12` the
//! tenth round's batch (z01…z14), keyed before the parser was run on it, measured once as never seen, then studied,
//! and its later batch `fresh13` (a01…a10), likewise.
//! `ZHANBAN_SCORE_REPORT=path` writes the per-file table as markdown;
//! `ZHANBAN_SCORE_VERBOSE=1` prints every missed item of the tuning pages (never of a held-out set); `=all` of every
//! page except those never to be studied (fresh5b, fresh6b, fresh31b, fresh32b, the pending batch's p9r, p9u, p9x).

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use zhanban_writeup::{read_file, Block, BlockKind, Byline, Dropped, Options, WriteUp};

/// The scores the parser is held to (percent of items right), just under what it reaches. History on the whole set /
/// held-out third / fresh held-out: 67.3 / 61.4 / – before issue 14; 88.1 / 77.0 / 92.2 after its first round;
/// 91.4 / 77.7 / 92.2 after its second round. In the third round the cut-off mark became an item (38 more items,
/// 29 right), which moved the same parser to 91.0 / 76.5 / 90.4, and fresh2 (13 pages) was added at 59.4; the floors
/// are set under those figures. In the fourth round 14 pages of kinds the set lacked (p50…p63, keyed before parsing)
/// joined the whole set, which moved it to 87.5 / 77.0, and fresh3 (15 pages) was added at 72.8; at the end of that
/// round, with 60 pages added in all (20 of them held out, among them a table-of-contents page and a document-sharing
/// page that score 16 / 39 and 3 / 19), the figures are 89.1 / 70.3 / 90.5 / 63.6 / 76.0 (whole / held-out third /
/// fresh / fresh2 / fresh3). In the fifth round, which studied the misses of every set, they rose to 95.7 / 90.1 /
/// 98.8 / 93.6 / 96.0, and fresh4 to 95.0. Raise them as the parser improves (issue 14 asks 95 % and 90 %).
const FLOOR_ALL: f64 = 95.8;
const FLOOR_HELD_OUT: f64 = 90.5;
const FLOOR_FRESH: f64 = 98.5;
const FLOOR_FRESH2: f64 = 93.5;
/// The fourth round's held-out set (`tests/pages/fresh3`, 15 pages): 72.8 before the parser work of that round, 76.0 after,
/// 96.0 after the fifth round, 96.6 after the tenth (h11's writer's department before the name), 97.3 after the
/// twenty-sixth (h07's credit with commas between its parts, from the lead's look).
const FLOOR_FRESH3: f64 = 97.0;
/// The fifth round's held-out set (`tests/pages/fresh4`, 18 pages): 81.0 (132 / 163) at its first measure, 82.7 after
/// the round's first rules (read off other pages), 95.0 at the end of the round (its misses studied too).
const FLOOR_FRESH4: f64 = 94.5;
/// The sixth round's held-out set, in two halves of 10 pages (`tests/pages/fresh5a`, `fresh5b`; 纪检, 统战, 离退休,
/// 应急, 供电, 银行, 烟草, 人大, 公安, 乡镇, 中小学 pages): first measures 70 / 90 = 77.8 (fresh5a) and 66 / 78 = 84.6
/// (fresh5b), 136 / 168 = 81.0 together, before any rule of the round. fresh5a may be studied after that; fresh5b never is.
/// After the round's rules, read off fresh5a (and the training pages p9k…p9p): fresh5a 87 / 87 = 100.0, fresh5b
/// 66 / 78 = 84.6 (unchanged: none of the rules touched a page of fresh5b). Then s12 (fresh5b) was laid out in a last
/// look and rules were read off its board: fresh5b 71 / 78 = 91.0 (s12 studied from then on, the other nine not).
/// In the seventh round the scan for chrome marks in every page's output found s14's pager (上一篇：… 下一篇：…) printed
/// as a paragraph; the pager rule took fresh5b to 72 / 77 = 93.5 (s14 studied from then on).
const FLOOR_FRESH5A: f64 = 99.5;
const FLOOR_FRESH5B: f64 = 93.0;
/// The training batch keyed late in the sixth round and left out of the whole set (`tests/pages/pending`, p9q…p9x):
/// 81 / 94 = 86.2 at its first parse; 85 / 93 = 91.4 after the rules read off three of its tuning pages (p9s, p9t,
/// p9v; its held-out pages p9r, p9u, p9x were never studied).
const FLOOR_PENDING: f64 = 91.0;
/// The pending batch's pages that no round has studied: their misses are never printed, even with `=all`.
const PENDING_NEVER_STUDIED: [&str; 3] = ["p9r", "p9u", "p9x"];

/// The seventh round's held-out set (`tests/pages/fresh6a`, 12 pages, and `fresh6b`, every third page by number, 6):
/// 述职评议, 党建品牌 labels, 工会/职工之家, 妇联, 民革, a yearbook page, an e-paper reader, portals and mirrors.
/// First measure, before any rule of the round (the parser of the end of the sixth round): fresh6a 77 / 100 = 77.0,
/// fresh6b 40 / 62 = 64.5, 117 / 162 = 72.2 together. fresh6a may be studied after that; fresh6b never is.
/// After the round's rules, read off fresh6a only: fresh6a 94 / 98 = 95.9 (studied), fresh6b 40 / 62 = 64.5
/// (unchanged: no rule touched a page of it; a wider label rule that cost it an item was dropped).
/// Then t15 (fresh6b) was laid out in the lead's last look: a board titled by a banner quotation's speaker ("习近平")
/// with two menu items ("网站群", "微信矩阵") as headings. The two rules read off that board (a name under a quotation
/// is its credit; two or three short items before the prose are a menu) took fresh6b to 47 / 62 = 75.8: t15 3 / 7 →
/// 7 / 7 (studied from then on) and, by the menu rule, t06 5 / 15 → 8 / 15 (never studied). From then on fresh6b's
/// figure is "never studied except t15"; without t15 it moved 37 / 55 = 67.3 → 40 / 55 = 72.7. In the eighth round
/// two rules read off fresh8 (a strip of reader chrome and what stands above it; a value ending before an unknown
/// label) took it to 52 / 62 = 83.9 (t06 +1, t12 +1; neither studied). In the ninth round a rule read off fresh9 (a
/// unit and a name in brackets closing the text) took fresh6a to 95 / 98 = 96.9 (t01); fresh6b did not move. In the
/// eleventh round two rules read off boards (a title with a catalogue code, from the lead's look at t03; a page's
/// counter with its figure, from t06's board titled "文章字数：991") took fresh6b to 56 / 62 = 90.3 (t03 11 → 14,
/// t06 9 → 10): t03 and t06 count as studied from their boards from then on.
const FLOOR_FRESH6A: f64 = 96.5;
const FLOOR_FRESH6B: f64 = 90.0;
/// The seventh round's later batch (`tests/pages/fresh7`, 11 pages), keyed before the parser with the rules read off
/// fresh6a was run on it: first measure 56 / 72 = 77.8 (a second clean figure of that round's rules on pages nobody
/// had seen). It may be studied after that; fresh6b never is. After the rules read off its misses: 68 / 71 = 95.8
/// (fresh6b unchanged at 64.5; a rule that looked past a closing signature for the credit cost fresh6b an item and
/// was dropped). In the eighth round the closing-signature rule (u07, whose board was titled by its signing unit)
/// took it to 69 / 70 = 98.6.
const FLOOR_FRESH7: f64 = 98.5;
/// The eighth round's batch (`tests/pages/fresh8`, 14 pages: 机关党建品牌, 模范机关, 文明单位, 联建 and 经验交流 news on
/// e-paper readers, portals, reposts, a document-sharing page in traditional script, a log-in widget), keyed before
/// the parser was run on it: first measure 91 / 113 = 80.5 (the rules up to the seventh round, on pages nobody had
/// seen). Studied after that; the rules read off its misses (credits and widgets of other sites, an e-paper reader's
/// header, a value ending before an unknown label, captions of pictures gone from the copy) took it to
/// 109 / 111 = 98.2, with no page of any other set losing an item.
const FLOOR_FRESH8: f64 = 98.0;
/// The ninth round's batch (`tests/pages/fresh9`, 20 pages: e-paper reader, college and 组织部 portals, notices,
/// traditional-script mirrors, a topic page, a photo caption page, picture debris, a hijacked page), keyed before the
/// parser was run on it: first measure 134 / 163 = 82.2 (the rules up to the eighth round, on pages nobody had seen).
/// Studied after that: rules read off the kinds of its misses (a bare numbered list, run-in items wrapped short,
/// counters and comment forms, a site's version, a writer's unit, a long photo caption), each kept only when no page
/// of any other set lost an item, took it to 153 / 159 = 96.2 (and fresh6a's t01 4 / 5 → 5 / 5). In the eleventh
/// round the rule of a closing head shorter than its parallel heads (read off fresh14) took w05 to 17 / 18: 154 / 159.
const FLOOR_FRESH9: f64 = 96.5;
/// A second batch of the ninth round (`tests/pages/fresh10`, 8 pages), gathered after that round's rules were written
/// and keyed before the parser was run on it: the clean measure of those rules on pages nobody had seen. First measure
/// 45 / 52 = 86.5 (the same with the parser of the start of the round). Studied after that: four rules read off its
/// misses (a credit in brackets opening the text, several units closing it, a picture credit, ——记… as a subtitle)
/// took it to 49 / 50 = 98.0, no page of any other set moving.
const FLOOR_FRESH10: f64 = 97.5;
/// A third batch of the ninth round (`tests/pages/fresh11`, 8 pages), gathered after the rules read off fresh9 and
/// fresh10 were written and keyed before the parser was run on it: the clean measure of all of that round's rules.
/// First measure 67 / 73 = 91.8 (66 / 73 = 90.4 with the parser of the start of the round). No rule was read off it
/// in that round; in the tenth round its misses were studied (a lone caption, a model-text page's repeated headline,
/// blurb, 【精彩多篇】 gloss and trailing 篇一 label): 72 / 73 = 98.6.
const FLOOR_FRESH11: f64 = 98.5;
/// The tenth round's batch (`tests/pages/fresh12`, 14 pages), keyed before the parser was run on it: the first
/// measure of the rules up to the ninth round on pages nobody had seen: 85 / 93 = 91.4. Studied after that: rules
/// read off its misses (a breadcrumb of spaces after 首页, a menu bar with a Latin item, a date before a bar of
/// widgets, a writer's department before the name) took it to 90 / 92 = 97.8, no page of any other set losing an item.
const FLOOR_FRESH12: f64 = 97.5;
/// The tenth round's second batch (`tests/pages/fresh13`, 10 pages), gathered after the rules read off fresh11 and
/// fresh12 were written and keyed before the parser was run on it: the clean measure of the tenth round's rules.
/// First measure 75 / 83 = 90.4 (the same with the parser of the start of the round: no rule of the round touched it).
/// Studied after that: rules read off its misses (an archiving stamp, a breadcrumb of slashes, a comment widget, a
/// paragraph broken inside a book title) took it to 79 / 82 = 96.3, and the held-out third's p99 gained an item.
const FLOOR_FRESH13: f64 = 96.0;
/// The eleventh round's batch (`tests/pages/fresh14`, 16 pages), keyed before the parser was run on it: first measure
/// 113 / 135 = 83.7 (the rules up to the tenth round, on pages nobody had seen; 111 / 135 with two keys that had kept
/// ruby pinyin against the key convention, corrected after the first run). Studied after that: rules read off its
/// misses (a WeChat meta line, the breadcrumb's items repeated as column labels, footer links to the unit's accounts,
/// a breadcrumb opening on the site's name, the system's own account, a gallery's label, a contest work's caption, a
/// caption under a lost picture's ?, a closing head shorter than its parallel heads) took it to 131 / 131, no page of
/// any other set losing an item.
const FLOOR_FRESH14: f64 = 99.0;
/// The eleventh round's second batch (`tests/pages/fresh15`, 10 pages), gathered after the rules read off fresh14
/// and keyed before the parser was run on it: first measure 55 / 69 = 79.7 (the clean figure of the eleventh round's
/// rules on pages nobody had seen).
const FLOOR_FRESH15: f64 = 79.5;
/// The twelfth round's batch (`tests/pages/fresh16`, 17 pages: a forum thread, a tutoring site's Q&A page, a
/// model-text collection, an e-paper reader, campaign labels in 【】, a hijacked page, traditional script with ruby
/// pinyin), keyed before the parser was run on it: first measure 133 / 154 = 86.4 (the rules up to the eleventh
/// round, on pages nobody had seen). Studied after that: rules read off its misses and its boards (a hijacked page's
/// injected phrase, a feed label and a campaign tag before the headline, a headline printed twice, toneless ruby in
/// brackets, a weekday after a date) took it to 138 / 153 = 90.2, no page of any other set losing an item; 142 / 153
/// = 92.8 in the eighteenth round (d13's forum header, by the rules read off fresh23 j16); 144 / 153 = 94.1 in the
/// nineteenth (d03's site header over its breadcrumb, by the rule read off fresh24 l07).
/// In the twenty-seventh round a part's number alone on its line (fresh32 ae04's rule) took d12's 一 and 二 heads:
/// 147 / 153 = 96.1.
const FLOOR_FRESH16: f64 = 96.0;
/// The thirteenth round's batch (`tests/pages/fresh17`, 18 pages: central and state-owned enterprise pages, a journal
/// article as text, university and hospital 党委 pages, county portals, a Q&A answer, hijacked and mirror domains),
/// keyed before the parser was run on it: first measure 119 / 139 = 85.6 (the rules up to the twelfth round, on pages
/// nobody had seen). Studied after that: rules read off its misses (a site's name over the date under the headline, a
/// Latin word and a link's label left in the copy, a thumbnail's label, an affiliation with its postcode, a paper's
/// numbered heads, event lines and a speaker's line by pictures' captions) took it to 130 / 138 = 94.2, no page of any
/// other set losing an item.
const FLOOR_FRESH17: f64 = 94.0;
/// The fourteenth round's batch (`tests/pages/fresh18`, 19 pages: statistics-bureau portals, a 市直机关工委 site, 纪委
/// pages, school and community branches, hijacked domains, reposts, a photo report, a list of works), keyed before the
/// parser was run on it: first measure 120 / 156 = 76.9 (the rules up to the thirteenth round, on pages nobody had
/// seen). Studied after that: rules read off its misses (a list's items line after line, the text printed again, a
/// recommendation label after the prose, a medium before the credit, a lost indent, a name, a widget and the site's
/// title bar after the last sentence, an original headline, a column tag before a bar, a widget's date, a wire's
/// dateline over its own headline) took it to 147 / 153 = 96.1, no page of any other set moving; 148 / 153 = 96.7 in
/// the seventeenth round (k14's 安博网页版, by the brand-with-a-site's-tail rule read off fresh22).
const FLOOR_FRESH18: f64 = 96.5;
/// The fifteenth round's batch (`tests/pages/fresh19`, 20 pages: 金融, 医院, 法院/检察院, 公安/交警, 水利, 高校, 融媒体中心
/// e-papers and a WeChat copy, hijacked domains), keyed before the parser was run on it: first measure 152 / 197 =
/// 77.2 (the rules up to the fourteenth round, on pages nobody had seen). Studied after that: rules read off its misses
/// (a forum's anti-scraping garbage, an e-paper reader's widgets, captions before the text, the headline again in the
/// other script or with its column tag, a unit's field under the title, a brand stuffed twice, a credit between spaces,
/// an editor's note's label, a credit left open, a head of two phrases on two lines) took it to 189 / 195 = 96.9, no
/// page of any other set moving.
const FLOOR_FRESH19: f64 = 97.0;
/// The sixteenth round's batch (`tests/pages/fresh20`, 20 pages: 税务, 海关, 气象, 纪委监委, 政协, 小学, 国企 pages, photo
/// pages, an e-paper node), keyed before the parser was run on it: first measure 162 / 200 = 81.0 (the rules up to the
/// fifteenth round, on pages nobody had seen). Studied after that: rules read off its misses (heads of one width over
/// long paragraphs are no wrap, an account's name over a date and its follow button, a source run into the headline,
/// a subtitle over two lines, credits after a post or a unit, a column's label before a bare bar and a gallery's
/// label, short captions of a gallery, the headline twice on one line, a site's disclaimer, an upload placeholder, a
/// clause cut after its closing quote) took it to 192 / 197 = 97.5 (n20's key corrected to the corpus's convention
/// for a unit's 供稿 credit: 190 / 198 = 96.0 with the key as first written), no page of any other set moving.
const FLOOR_FRESH20: f64 = 97.0;
/// A second batch of the sixteenth round (`tests/pages/fresh21`, 9 pages: 药监, 人大机关, 社区/网格 e-papers, a
/// document-sharing page), gathered after the rules read off fresh20 were written and keyed before the parser was run
/// on it: first measure 62 / 74 = 83.8 (the same with the parser of the start of the round: none of the rules read off
/// fresh20 touched its pages). Studied after that: rules read off its misses (a footer's advice on browsers, a
/// show/hide widget, a credit of roles and names joined by colons, editors' sign-offs alone naming no writer, a site's
/// summary repeating the text's opening) took it to 70 / 74 = 94.6, no page of any other set moving; 71 / 74 = 95.9 in
/// the seventeenth round (o07's " 本文", from the lead's look at its board).
const FLOOR_FRESH21: f64 = 95.5;
/// The seventeenth round's batch (`tests/pages/fresh22`, 17 pages: 林草 portals and mirrors, 应急, 法院/检察院, 街道,
/// hospitals, a WeChat copy, three hijacked domains with a brand in place of the unit's name), keyed before the parser
/// was run on it: first measure 111 / 146 = 76.0 (the parser of the end of the sixteenth round). Studied after that:
/// rules read off the kinds of its misses (what follows the last sentence, a site's address before the fields, a
/// brand with a site's tail on hijacked pages, a speaker's line under a report's title, writers' names after a
/// wire's 电, a first paragraph without its full stop) took it to 139 / 143 = 97.2.
const FLOOR_FRESH22: f64 = 97.0;
/// The eighteenth round's batch (`tests/pages/fresh23`, 18 pages: 统计, 机关事务, 自然资源, 水利 portals, an e-paper
/// reader, a city forum thread, 共青团 items, state-company news, reposts and hijacked mirrors), keyed before the parser
/// was run on it: first measure 149 / 176 = 84.7 (the parser of the end of the seventeenth round). Studied after that:
/// rules read off the kinds of its misses (a forum thread's header, a loading message, a word under the page's
/// buttons, a column's name under its breadcrumb, a repost note, markup debris, a betting phrase with Latin letters
/// and digits, a credit of labelled fields, an e-paper's credit with the paper's citation and its kicker, the
/// article's own headline under the page's list title, centred lines under an opening) took it to 174 / 175 = 99.4.
const FLOOR_FRESH23: f64 = 99.0;
/// The nineteenth round's batch (`tests/pages/fresh24`, 18 pages: 交通, 住建, 市场监管, 医保, 退役军人, 审计 portals, an
/// e-paper, 烟草 and 小学 items, hijacked and traditional mirrors), keyed before the parser was run on it: first measure
/// 141 / 171 = 82.5 (the parser of the end of the eighteenth round). Studied after that: rules read off the kinds of its
/// misses (the site's names over a breadcrumb, a series tag before 丨, captions supplied by a unit, fields run into the
/// first sentence, a source glued to its date, sign-offs in brackets, a visitor counter, a read-aloud button, a link's
/// title with its year after the text, units contributing the text) took it to 160 / 168 = 95.2.
const FLOOR_FRESH24: f64 = 95.0;
/// The twentieth round's batch (`tests/pages/fresh25`, 18 pages: 法院, 公安, 电力, 铁路, 银行 团委, 民革, 妇联, 工会, 高校
/// 院系 and 村 items, traditional mirrors and short-link hosts), keyed before the parser was run on it: first measure
/// 115 / 126 = 91.3 (the parser of the end of the nineteenth round). Studied after that: fields each in its own
/// brackets and a text-size widget in brackets (both had titled a page), 来源:本站 naming no source, took it to 120 / 126
/// = 95.2.
const FLOOR_FRESH25: f64 = 95.0;
/// The twenty-first round's batch (`tests/pages/fresh26`, 16 pages: 税务, 海关, 市场监管, 卫健, 中小学, 高校, 党校, 档案 and
/// 街道 items, an e-paper reader, a news app's page, hijacked and traditional mirrors of a 澎湃 feature and a 党校 page),
/// keyed before the parser was run on it: first measure 149 / 174 = 85.6 (the parser of the end of the twentieth round;
/// 147 / 172 on the keys of i04 and i10 revised to the set's convention for an editor's note's label). Studied after
/// that: an app's banner and its slogan, a series' name before a plain bar, an editor's note's label, a clause over a
/// headline as its kicker, a footer's account and address, a gallery's count, a designer's credit, an agency's
/// caption, a unit contributing the text, a count glued to the date and one label for source and author took it to
/// 165 / 170 = 97.1.
const FLOOR_FRESH26: f64 = 96.5;
/// The twenty-second round's batch (`tests/pages/fresh27`, 19 pages: 组织部, 国资委, 机关事务局, 住建, 民政, 街道, 非公 and
/// 典型案例 pages, spun, hijacked and traditional mirrors, document sites), keyed before the parser was run on it: first
/// measure 151 / 187 = 80.7 (the parser of the end of the twenty-first round). Studied after that: the footer ending the
/// article, a widget's label among share buttons, share buttons, a download link, a document site's notes, a layout
/// credit, fields under spun labels, a numbered caption and dash-led list items took it to 171 / 185 = 92.4.
const FLOOR_FRESH27: f64 = 92.5;
/// The twenty-third round's batch (`tests/pages/fresh28`, 16 pages: 统战部, 国企, 农业农村, 社区 党群服务中心 and 典型案例
/// pages, e-paper readers, spam and traditional mirrors, a document site), keyed before the parser was run on it: first
/// measure 127 / 175 = 72.6 (the parser of the end of the twenty-second round). Studied after that: a copyright or
/// disclaimer label ending the article, a credit block's ◆ bullets, a keyword title bar joined by underscores, a link to
/// another page, a reprint ban, a welcome in traditional script, a document site's preview note and service number took
/// it to 155 / 173 = 89.6.
const FLOOR_FRESH28: f64 = 90.0;
/// The twenty-fourth round's batch (`tests/pages/fresh29`, 20 pages: 清廉机关, 医院, 高校, 公安, 融媒体 and 学习强国 items,
/// e-paper readers, spam, blog and traditional mirrors), keyed before the parser was run on it: first measure 142 / 170 =
/// 83.5 (the parser of the end of the twenty-third round). Studied after that: a page title's trailing bar and its
/// "-company" tail, a breadcrumb of one arrow to the headline and the site's blurb over it, a caption over a lead-in, a
/// column label between spaced bullets, a comment widget's prompts, a medium's closing credit of names, a bracketed
/// address in a sentence and an e-paper's jump marker took it to 154 / 166 = 92.8; an original headline in a repost note
/// and a source on a timestamp line set aside to 156 / 166 = 94.0 (and fresh16 d11 and fresh19 m20 one item each).
const FLOOR_FRESH29: f64 = 93.5;
/// The twenty-fifth round's batch (`tests/pages/fresh30`, 4 pages: hard-wrapped PDF-to-text copies of reports on 文库 and
/// 范文 sites), keyed before the parser was run on it: first measure 25 / 38 = 65.8 (the parser of the end of the
/// twenty-fourth round). Studied after that: a wrapped copy's items ending on a short sentence, a quotation left open
/// at the wrap, a copy site's tag line, count of characters shown and prompt, and its blurb naming the headline took
/// it to 31 / 36 = 86.1 (and the held-out third's p99 one item). In the twenty-sixth round a salutation wrapped before
/// its colon (ac03) and a bare item label (ac04), read as headings, took it to 33 / 36 = 91.7.
const FLOOR_FRESH30: f64 = 91.5;
/// The twenty-sixth round's batch (`tests/pages/fresh31a`, 14 pages, and `fresh31b`, every third page by number, 6):
/// the genre's commonest page, the short report of one event by a 机关, college, hospital or company party branch
/// (主题党日, 志愿服务, 读书/学习会, 共建), keyed before the parser was run on it: first measure 88 / 98 = 89.8 (fresh31a)
/// and 51 / 53 = 96.2 (fresh31b), 139 / 151 = 92.1 together (the parser of the end of the twenty-fifth round).
/// fresh31a may be studied after that; fresh31b never is. The round's rules (a credit wherever it sits, a site's
/// watermark, a sentence about the page's pictures, a salutation or item label never a heading) took fresh31a to
/// 97 / 97 = 100.0; fresh31b did not move.
const FLOOR_FRESH31A: f64 = 99.5;
const FLOOR_FRESH31B: f64 = 96.0;
/// The twenty-seventh round's batch (`tests/pages/fresh32a`, 14 pages, and `fresh32b`, every third page by number, 6):
/// the genre's longer pages (先进事迹 and 人物通讯 with section heads, 记者手记, 经验材料, 政府信息公开 reports and
/// 工作总结 with heads at two levels, portal pages with their chrome), keyed before the parser was run on it.
/// First measure (the parser of main at ab517a7): 130 / 162 = 80.2 (fresh32a) and 40 / 59 = 67.8 (fresh32b), 170 / 221
/// = 76.9 together. fresh32a may be studied after that; fresh32b never is (ae06 was seen through the chrome scan only:
/// a portrait's name with its years read as a heading that the scan took for foreign text). The round's rules (the
/// fields run after a headline, a site's prefix before it, a credit's roles over its names, a picture's description
/// with when it was taken, contact details and an open link in the prose, a site as the author, a labelled writer
/// after the lead) took fresh32a to 143 / 161 = 88.8, then a part's number alone on its line, a lead-in over a quotation
/// and a graphic's credit to 148 / 161 = 91.9, and the title in a content farm's address line to 149 / 161 = 92.5;
/// fresh32b did not move.
const FLOOR_FRESH32A: f64 = 92.0;
const FLOOR_FRESH32B: f64 = 67.5;

/// A batch of pages outside the whole set: its folder under `tests/pages`, the label of its figure, its floor and the
/// fewest pages it may hold. A new batch is one line here (and its floor above).
struct Batch {
    dir: &'static str,
    label: &'static str,
    floor: f64,
    min_pages: usize,
}

/// The batches, in the order they are read and reported.
const BATCHES: [Batch; 37] = [
    batch("fresh", "fresh held-out", FLOOR_FRESH, 12),
    batch("fresh2", "fresh2 held-out", FLOOR_FRESH2, 12),
    batch("fresh3", "fresh3 held-out", FLOOR_FRESH3, 12),
    batch("fresh4", "fresh4 held-out", FLOOR_FRESH4, 15),
    batch("fresh5a", "fresh5a held-out", FLOOR_FRESH5A, 8),
    batch("fresh5b", "fresh5b held-out", FLOOR_FRESH5B, 8),
    batch("fresh6a", "fresh6a held-out", FLOOR_FRESH6A, 10),
    batch("fresh6b", "fresh6b held-out", FLOOR_FRESH6B, 6),
    batch("fresh7", "fresh7 held-out", FLOOR_FRESH7, 11),
    batch("fresh8", "fresh8 held-out", FLOOR_FRESH8, 12),
    batch("fresh9", "fresh9 held-out", FLOOR_FRESH9, 16),
    batch("fresh10", "fresh10 held-out", FLOOR_FRESH10, 8),
    batch("fresh11", "fresh11 held-out", FLOOR_FRESH11, 8),
    batch("fresh12", "fresh12 held-out", FLOOR_FRESH12, 14),
    batch("fresh13", "fresh13 held-out", FLOOR_FRESH13, 10),
    batch("fresh14", "fresh14 held-out", FLOOR_FRESH14, 16),
    batch("fresh15", "fresh15 held-out", FLOOR_FRESH15, 10),
    batch("fresh16", "fresh16 held-out", FLOOR_FRESH16, 17),
    batch("fresh17", "fresh17 held-out", FLOOR_FRESH17, 18),
    batch("fresh18", "fresh18 held-out", FLOOR_FRESH18, 19),
    batch("fresh19", "fresh19 held-out", FLOOR_FRESH19, 20),
    batch("fresh20", "fresh20 held-out", FLOOR_FRESH20, 20),
    batch("fresh21", "fresh21 held-out", FLOOR_FRESH21, 9),
    batch("fresh22", "fresh22 held-out", FLOOR_FRESH22, 17),
    batch("fresh23", "fresh23 held-out", FLOOR_FRESH23, 18),
    batch("fresh24", "fresh24 held-out", FLOOR_FRESH24, 18),
    batch("fresh25", "fresh25 held-out", FLOOR_FRESH25, 18),
    batch("fresh26", "fresh26 held-out", FLOOR_FRESH26, 16),
    batch("fresh27", "fresh27 held-out", FLOOR_FRESH27, 19),
    batch("fresh28", "fresh28 held-out", FLOOR_FRESH28, 16),
    batch("fresh29", "fresh29 held-out", FLOOR_FRESH29, 20),
    batch("fresh30", "fresh30 held-out", FLOOR_FRESH30, 4),
    batch("fresh31a", "fresh31a held-out", FLOOR_FRESH31A, 14),
    batch("fresh31b", "fresh31b held-out (never studied)", FLOOR_FRESH31B, 6),
    batch("fresh32a", "fresh32a held-out", FLOOR_FRESH32A, 14),
    batch("fresh32b", "fresh32b held-out (never studied)", FLOOR_FRESH32B, 6),
    batch("pending", "pending (p9q…p9x)", FLOOR_PENDING, 8),
];

const fn batch(dir: &'static str, label: &'static str, floor: f64, min_pages: usize) -> Batch {
    Batch {
        dir,
        label,
        floor,
        min_pages,
    }
}

/// The batches that are never studied: their misses are never printed and the title rule only reports them.
const NEVER_STUDIED: [&str; 4] = ["fresh5b", "fresh6b", "fresh31b", "fresh32b"];

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct KeyByline {
    source: Option<String>,
    author: Option<String>,
    reporter: Option<String>,
    correspondent: Option<String>,
    date: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct KeyHeading {
    level: u8,
    text: String,
    line: usize,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Key {
    title: Option<String>,
    subtitle: Option<String>,
    kicker: Option<String>,
    #[serde(default)]
    byline: KeyByline,
    #[serde(default)]
    byline_lines: Vec<usize>,
    #[serde(default)]
    headings: Vec<KeyHeading>,
    #[serde(default)]
    paragraphs: Vec<[usize; 2]>,
    #[serde(default)]
    captions: Vec<usize>,
    #[serde(default)]
    junk: Vec<usize>,
    #[serde(default)]
    cut_off: bool,
    #[serde(default)]
    #[allow(dead_code)]
    note: String,
}

struct Page {
    name: String,
    /// Folder the page is in: `tests/pages` or `tests/pages/fresh`.
    dir: PathBuf,
    text: String,
    key: Key,
    /// Every third page of the whole set by name (never in a batch).
    held_out: bool,
    /// The batch the page belongs to: its folder under `tests/pages` (one of `BATCHES`), or "" for the whole set.
    set: &'static str,
}

fn pages_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/pages")
}

/// Every page with its key: the whole set sorted by name, every third one (by name) held out, then each batch of
/// `BATCHES` in turn.
fn pages() -> Vec<Page> {
    let mut all = pages_in(pages_dir(), "");
    for b in &BATCHES {
        all.extend(pages_in(pages_dir().join(b.dir), b.dir));
    }
    all
}

fn pages_in(dir: PathBuf, set: &'static str) -> Vec<Page> {
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/pages")
        .filter_map(|e| {
            let n = e.ok()?.file_name().to_string_lossy().into_owned();
            n.strip_suffix(".txt").map(str::to_string)
        })
        .collect();
    names.sort();
    names
        .into_iter()
        .enumerate()
        .map(|(i, name)| {
            let text = std::fs::read_to_string(dir.join(format!("{name}.txt"))).expect("page text");
            let key_path = dir.join(format!("{name}.key.json"));
            let key_text = std::fs::read_to_string(&key_path).unwrap_or_else(|e| panic!("{}: {e}", key_path.display()));
            let key: Key = serde_json::from_str(&key_text).unwrap_or_else(|e| panic!("{}: {e}", key_path.display()));
            Page {
                name,
                dir: dir.clone(),
                text,
                key,
                held_out: set.is_empty() && (i + 1) % 3 == 0,
                set,
            }
        })
        .collect()
}

fn parse(page: &Page) -> WriteUp {
    let path: PathBuf = page.dir.join(format!("{}.txt", page.name));
    read_file(Path::new(&path), &Options::default())
        .unwrap_or_else(|e| panic!("{}: {e}", page.name))
        .writeup
}

/// Text as compared: no whitespace, full-width ASCII forms folded, curly quotes straight, no trailing 。.
fn canon(s: &str) -> String {
    let folded: String = s
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '“' | '”' => '"',
            '‘' | '’' => '\'',
            _ => c,
        })
        .collect();
    folded.trim_end_matches('。').to_string()
}

fn same(a: Option<&str>, b: Option<&str>) -> bool {
    a.map(canon) == b.map(canon)
}

/// One scored item: what it is and whether the parser got it.
struct Item {
    kind: &'static str,
    what: String,
    right: bool,
}

fn span(b: &Block) -> Option<(usize, usize)> {
    Some((*b.lines.iter().min()?, *b.lines.iter().max()?))
}

fn score(page: &Page, got: &WriteUp) -> Vec<Item> {
    let key = &page.key;
    let mut items = Vec::new();
    let mut push = |kind: &'static str, what: String, right: bool| items.push(Item { kind, what, right });

    push(
        "title",
        format!("title {:?} (got {:?})", key.title, got.title),
        same(key.title.as_deref(), got.title.as_deref()),
    );
    for (label, want, have) in [
        ("subtitle", &key.subtitle, &got.subtitle),
        ("kicker", &key.kicker, &got.kicker),
        ("source", &key.byline.source, &got.byline.source),
        ("author", &key.byline.author, &got.byline.author),
        ("reporter", &key.byline.reporter, &got.byline.reporter),
        ("correspondent", &key.byline.correspondent, &got.byline.correspondent),
        ("date", &key.byline.date, &got.byline.date),
    ] {
        if want.is_some() || have.is_some() {
            push(
                if matches!(label, "subtitle" | "kicker") {
                    "subtitle/kicker"
                } else {
                    "byline field"
                },
                format!("{label} {want:?} (got {have:?})"),
                same(want.as_deref(), have.as_deref()),
            );
        }
    }
    for h in &key.headings {
        let right = got.blocks.iter().any(|b| {
            b.kind == BlockKind::Heading
                && b.level == Some(h.level)
                && b.lines.contains(&h.line)
                && canon(&b.text) == canon(&h.text)
        });
        push(
            "heading",
            format!("heading L{} line {} {:?}", h.level, h.line, h.text),
            right,
        );
    }
    for p in &key.paragraphs {
        let right = got
            .blocks
            .iter()
            .any(|b| b.kind == BlockKind::Paragraph && span(b) == Some((p[0], p[1])));
        push("paragraph", format!("paragraph lines {}-{}", p[0], p[1]), right);
    }
    for &c in &key.captions {
        let right = got
            .blocks
            .iter()
            .any(|b| b.kind == BlockKind::Caption && span(b) == Some((c, c)));
        push("caption", format!("caption line {c}"), right);
    }
    let in_block: BTreeSet<usize> = got.blocks.iter().flat_map(|b| b.lines.iter().copied()).collect();
    let aside: BTreeSet<usize> = got
        .dropped
        .iter()
        .flat_map(|d| d.lines.iter().copied())
        .chain(got.byline.lines.iter().copied())
        .collect();
    for &j in &key.junk {
        let right = !in_block.contains(&j) && aside.contains(&j);
        let line = page.text.split('\n').nth(j - 1).unwrap_or("");
        push("junk", format!("junk line {j} {line:?}"), right);
    }
    // cut off: an item when the key or the parser says the last paragraph stops mid-sentence
    let cut = got.cut_off().is_some();
    if key.cut_off || cut {
        push(
            "cut off",
            format!("cut off {} (got {cut})", key.cut_off),
            key.cut_off == cut,
        );
    }
    items
}

/// The title rule of issue 14: a title never looks like chrome. Returns why it does.
fn chrome_title(t: &str) -> Option<&'static str> {
    let lower = t.to_lowercase();
    if lower.contains("http") || lower.contains("www.") || lower.contains(".com") || lower.contains(".cn") {
        return Some("URL");
    }
    if t.contains('@') {
        return Some("e-mail");
    }
    let exts = [
        ".jpg", ".jpeg", ".png", ".gif", ".html", ".htm", ".shtml", ".doc", ".docx", ".pdf", ".txt",
    ];
    if exts.iter().any(|e| lower.ends_with(e)) {
        return Some("file name");
    }
    // file-name shape: ASCII letters/digits joined by _ (08_xinzhou_2023_review, 微信截图_20250214144713)
    if t.contains('_') && t.chars().filter(|c| c.is_ascii_digit()).count() >= 4 {
        return Some("file name");
    }
    if t.starts_with(['▸', '•', '-', '·', '►', '>', '|', '*']) {
        return Some("bullet");
    }
    const WORDS: &[&str] = &[
        "版面",
        "投稿",
        "转自",
        "轉自",
        "来源",
        "來源",
        "banner",
        "当前位置",
        "當前位置",
        "当前的位置",
        "您所在的位置",
        "首页",
        "首頁",
        "上一篇",
        "下一篇",
        "上一版",
        "下一版",
        "登录",
        "登錄",
        "[退出]",
        "打印本页",
        "关闭窗口",
        "返回顶部",
        "返回首页",
        "导航",
        "ICP",
        "点击数",
        "点击率",
        "浏览次数",
        "设为首页",
        "加入收藏",
    ];
    if WORDS.iter().any(|w| t.contains(*w)) {
        return Some("nav or source words");
    }
    let visible: Vec<char> = t.chars().filter(|c| !c.is_whitespace()).collect();
    let han = visible
        .iter()
        .filter(|c| ('\u{4E00}'..='\u{9FFF}').contains(*c) || ('\u{3400}'..='\u{4DBF}').contains(*c))
        .count();
    if visible.is_empty() || han * 2 < visible.len() {
        return Some("mostly non-Chinese");
    }
    None
}

struct Row {
    name: String,
    held_out: bool,
    set: &'static str,
    right: usize,
    total: usize,
}

fn pct(right: usize, total: usize) -> f64 {
    if total == 0 {
        100.0
    } else {
        100.0 * right as f64 / total as f64
    }
}

fn table(rows: &[Row]) -> String {
    let mut md = String::from("| page | held out | items right / items | % |\n|---|---|---|---|\n");
    for r in rows {
        let _ = writeln!(
            md,
            "| {} | {} | {} / {} | {:.1} |",
            r.name,
            match (r.set, r.held_out) {
                ("", true) => "yes",
                (set, _) => set,
            },
            r.right,
            r.total,
            pct(r.right, r.total)
        );
    }
    let sets = [Set::Whole, Set::HeldOut, Set::Tuning]
        .into_iter()
        .chain(BATCHES.iter().map(|b| Set::Batch(b.dir)));
    for set in sets {
        let (r, t) = sum(rows, set);
        let _ = writeln!(md, "| **{}** | | **{r} / {t}** | **{:.1}** |", set.label(), pct(r, t));
    }
    md
}

/// The sets the figures are given for.
#[derive(Clone, Copy)]
enum Set {
    /// The pages of `tests/pages` (tuning two thirds and held-out third).
    Whole,
    HeldOut,
    Tuning,
    /// One batch outside the whole set, by its folder (one of `BATCHES`).
    Batch(&'static str),
}

impl Set {
    fn label(self) -> &'static str {
        match self {
            Set::Whole => "whole set",
            Set::HeldOut => "held-out third",
            Set::Tuning => "the other two thirds",
            Set::Batch(dir) => BATCHES.iter().find(|b| b.dir == dir).map_or(dir, |b| b.label),
        }
    }

    fn holds(self, r: &Row) -> bool {
        match self {
            Set::Whole => r.set.is_empty(),
            Set::HeldOut => r.set.is_empty() && r.held_out,
            Set::Tuning => r.set.is_empty() && !r.held_out,
            Set::Batch(dir) => r.set == dir,
        }
    }
}

/// Items right and items in one set.
fn sum(rows: &[Row], set: Set) -> (usize, usize) {
    rows.iter()
        .filter(|x| set.holds(x))
        .fold((0, 0), |(r, t), x| (r + x.right, t + x.total))
}

#[test]
fn keys_are_well_formed() {
    let pages = pages();
    assert!(pages.len() >= 40, "only {} pages", pages.len());
    for b in &BATCHES {
        let n = pages.iter().filter(|p| p.set == b.dir).count();
        assert!(n >= b.min_pages, "{} too small: {n} pages", b.label);
    }
    for p in &pages {
        let lines: Vec<&str> = p.text.split('\n').collect();
        let k = &p.key;
        let mut used = BTreeSet::new();
        let one = |n: usize, what: &str| {
            assert!(
                n >= 1 && n <= lines.len(),
                "{}: {what} line {n} is outside the page",
                p.name
            );
            assert!(!lines[n - 1].trim().is_empty(), "{}: {what} line {n} is blank", p.name);
            n
        };
        for &n in k.junk.iter().chain(&k.captions).chain(&k.byline_lines) {
            assert!(
                used.insert(one(n, "junk/caption/byline")),
                "{}: line {n} has two kinds",
                p.name
            );
        }
        let heading_lines: BTreeSet<usize> = k.headings.iter().map(|h| one(h.line, "heading")).collect();
        for h in &k.headings {
            assert!(matches!(h.level, 1 | 2), "{}: heading level {}", p.name, h.level);
            assert!(
                !used.contains(&h.line),
                "{}: heading line {} has two kinds",
                p.name,
                h.line
            );
        }
        for s in &k.paragraphs {
            assert!(s[0] <= s[1], "{}: paragraph {s:?}", p.name);
            one(s[0], "paragraph");
            one(s[1], "paragraph");
            for n in s[0]..=s[1] {
                assert!(!used.contains(&n), "{}: paragraph line {n} has two kinds", p.name);
            }
        }
        // a heading shares its line with a paragraph only when it runs into it
        for s in &k.paragraphs {
            for n in s[0]..=s[1] {
                if heading_lines.contains(&n) {
                    assert_eq!(s[0], s[1], "{}: run-in heading inside a span", p.name);
                }
            }
        }
        if let Some(t) = &k.title {
            assert_eq!(
                chrome_title(t),
                None,
                "{}: the key's own title looks like chrome",
                p.name
            );
        }
    }
}

/// What a parser that agrees with the key would return.
fn key_as_writeup(key: &Key) -> WriteUp {
    let mut blocks: Vec<Block> = key
        .headings
        .iter()
        .map(|h| Block::new(BlockKind::Heading, Some(h.level), h.text.clone(), vec![h.line]))
        .chain(
            key.paragraphs
                .iter()
                .map(|p| Block::new(BlockKind::Paragraph, None, String::new(), (p[0]..=p[1]).collect())),
        )
        .chain(
            key.captions
                .iter()
                .map(|&c| Block::new(BlockKind::Caption, None, String::new(), vec![c])),
        )
        .collect();
    blocks.sort_by_key(|b| b.lines.first().copied());
    if key.cut_off {
        if let Some(last) = blocks.iter_mut().rev().find(|b| b.kind == BlockKind::Paragraph) {
            last.cut_off = true;
        }
    }
    WriteUp {
        title: key.title.clone(),
        subtitle: key.subtitle.clone(),
        kicker: key.kicker.clone(),
        byline: Byline {
            source: key.byline.source.clone(),
            author: key.byline.author.clone(),
            reporter: key.byline.reporter.clone(),
            correspondent: key.byline.correspondent.clone(),
            date: key.byline.date.clone(),
            lines: key.byline_lines.clone(),
            ..Byline::default()
        },
        blocks,
        dropped: key
            .junk
            .iter()
            .map(|&j| Dropped {
                text: String::new(),
                reason: String::new(),
                lines: vec![j],
            })
            .collect(),
        ..WriteUp::default()
    }
}

/// The scorer itself: a parse that agrees with the key gets every item, and each kind of error costs its item.
#[test]
fn scorer_counts_each_error() {
    for p in pages() {
        let perfect = key_as_writeup(&p.key);
        let items = score(&p, &perfect);
        let wrong: Vec<&str> = items.iter().filter(|i| !i.right).map(|i| i.what.as_str()).collect();
        assert!(wrong.is_empty(), "{}: the key's own parse misses {wrong:?}", p.name);
        let n = items.len();
        let right = |w: &WriteUp| score(&p, w).iter().filter(|i| i.right).count();
        // a chrome line read as the title
        let mut w = perfect.clone();
        w.title = Some("当前位置：首页".into());
        assert_eq!(right(&w), n - 1, "{}: wrong title", p.name);
        // a junk line printed as a paragraph
        if let Some(&j) = p.key.junk.first() {
            let mut w = perfect.clone();
            w.dropped.retain(|d| d.lines != [j]);
            w.blocks
                .push(Block::new(BlockKind::Paragraph, None, String::new(), vec![j]));
            assert_eq!(right(&w), n - 1, "{}: junk line {j} kept", p.name);
        }
        // two paragraphs joined into one (and whatever stood between them)
        if let [a, b, ..] = p.key.paragraphs[..] {
            let mut w = perfect.clone();
            w.blocks.retain(|x| {
                x.kind != BlockKind::Paragraph || (span(x) != Some((a[0], a[1])) && span(x) != Some((b[0], b[1])))
            });
            w.blocks.push(Block::new(
                BlockKind::Paragraph,
                None,
                String::new(),
                (a[0]..=b[1]).collect(),
            ));
            assert!(right(&w) <= n - 2, "{}: paragraphs joined", p.name);
        }
        // a cut-off paragraph not seen, or one invented
        let mut w = perfect.clone();
        for b in &mut w.blocks {
            b.cut_off = false;
        }
        if p.key.cut_off {
            assert_eq!(right(&w), n - 1, "{}: cut-off missed", p.name);
        } else if let Some(b) = w.blocks.iter_mut().rev().find(|b| b.kind == BlockKind::Paragraph) {
            b.cut_off = true;
            let items = score(&p, &w);
            assert_eq!((items.len(), right(&w)), (n + 1, n), "{}: invented cut-off", p.name);
        }
        // an invented byline field
        if p.key.byline.source.is_none() {
            let mut w = perfect.clone();
            w.byline.source = Some("人民网".into());
            let items = score(&p, &w);
            assert_eq!(items.len(), n + 1, "{}: invented source not counted", p.name);
            assert_eq!(items.iter().filter(|i| i.right).count(), n, "{}", p.name);
        }
    }
}

#[test]
fn corpus_score() {
    let pages = pages();
    let verbose = std::env::var("ZHANBAN_SCORE_VERBOSE").ok();
    let mut rows = Vec::new();
    let mut kinds: Vec<(&'static str, usize, usize)> = Vec::new();
    for p in &pages {
        let got = parse(p);
        let items = score(p, &got);
        let right = items.iter().filter(|i| i.right).count();
        for i in &items {
            match kinds.iter_mut().find(|k| k.0 == i.kind) {
                Some(k) => {
                    k.1 += usize::from(i.right);
                    k.2 += 1;
                }
                None => kinds.push((i.kind, usize::from(i.right), 1)),
            }
        }
        println!(
            "{:<36} {:>3} / {:<3} {:>5.1} %{}",
            p.name,
            right,
            items.len(),
            pct(right, items.len()),
            match (p.set, p.held_out) {
                ("", true) => "  (held out)".to_string(),
                ("", false) => String::new(),
                ("pending", _) => "  (pending)".to_string(),
                (set, _) => format!("  ({set} held out)"),
            }
        );
        // misses are shown for the tuning pages, or with `=all` for every page (fresh4's were first looked at after it
        // had been measured before and after the fifth round's first rules)
        // fresh5b's misses are never shown: it measures the sixth round's rules on pages nobody studied
        // nor are the pending batch's held-out pages (p9r, p9u, p9x), which no round has studied
        // (fresh11's were printed once for the ninth round's report and studied from the tenth round on)
        let never_studied = NEVER_STUDIED.contains(&p.set)
            || (p.set == "pending" && PENDING_NEVER_STUDIED.iter().any(|n| p.name.starts_with(n)));
        let shown = match verbose.as_deref() {
            None => false,
            _ if never_studied => false,
            Some("all") => true,
            Some(_) => p.set.is_empty() && !p.held_out,
        };
        if shown {
            for i in items.iter().filter(|i| !i.right) {
                println!("    miss: {}", i.what);
            }
            for b in &got.blocks {
                let text: String = b.text.chars().take(30).collect();
                println!("      got {:?} {:?} {:?} {text}", b.kind, b.level, b.lines);
            }
        }
        rows.push(Row {
            name: p.name.clone(),
            held_out: p.held_out,
            set: p.set,
            right,
            total: items.len(),
        });
    }
    let mut md = table(&rows);
    md.push_str("\n| item kind | right / items | % |\n|---|---|---|\n");
    for (kind, r, t) in &kinds {
        let _ = writeln!(md, "| {kind} | {r} / {t} | {:.1} |", pct(*r, *t));
    }
    println!("{md}");
    if let Some(path) = std::env::var_os("ZHANBAN_SCORE_REPORT") {
        std::fs::write(&path, &md).expect("ZHANBAN_SCORE_REPORT");
    }
    // every set is held to its floor (the label names it in the message)
    let floors = [(Set::Whole, FLOOR_ALL), (Set::HeldOut, FLOOR_HELD_OUT)]
        .into_iter()
        .chain(BATCHES.iter().map(|b| (Set::Batch(b.dir), b.floor)));
    for (set, floor) in floors {
        let (r, t) = sum(&rows, set);
        let got = pct(r, t);
        assert!(got >= floor, "{} {got:.1} % < floor {floor} %", set.label());
    }
}

#[test]
fn chrome_rule_catches_the_titles_of_issue_14() {
    for bad in [
        "- 投稿郵箱：qizhixmt@126.com",
        "• [退出]",
        "版面：第A01版：要闻 上一篇 下一篇",
        "2019年文化部banner嵌入 當前位置：首頁",
        "转自：人民网-中国共产党新闻网",
        "08_xinzhou_2023_review_digits",
        "微信截图_20250214144713",
        "http://www.scjgdj.gov.cn/  (2023-01-05 09:45:05)",
        "WELCOME TO ZSJGJ.ZHOUSHAN.GOV.CN",
    ] {
        assert!(chrome_title(bad).is_some(), "not caught: {bad}");
    }
    for good in [
        "甘肃正宁县：打造特色党建品牌 凝聚发展合力",
        "“微光成炬——上海基层党建风采图片展”开幕",
        "市机关事务处2024年上半年工作总结",
        "下活機關黨建這盤棋",
    ] {
        assert_eq!(chrome_title(good), None, "{good}");
    }
}

/// The title rule on every page (both held-out sets included), for the title and the lines printed with it (kicker,
/// subtitle). The parser of 2026-12-04 failed it on six pages (titles of p03, p17, p18, p39; kickers of p37, p47).
/// fresh5b and fresh6b, the parts of the sixth and seventh rounds' sets that are never studied, are reported but not
/// held to it: at fresh5b's first measure the rule printed one failure there (s12, a masthead read as the title), and
/// a page nobody studies is not fixed by hand; it is counted as a miss by the scorer instead.
#[test]
fn no_parsed_title_looks_like_chrome() {
    let mut bad = Vec::new();
    let mut unstudied = Vec::new();
    for p in pages() {
        let w = parse(&p);
        for (what, text) in [("title", w.title), ("kicker", w.kicker), ("subtitle", w.subtitle)] {
            if let Some(why) = text.as_deref().and_then(chrome_title) {
                let list = if NEVER_STUDIED.contains(&p.set) {
                    &mut unstudied
                } else {
                    &mut bad
                };
                list.push(format!("{} {what}: {text:?} ({why})", p.name));
            }
        }
    }
    if !unstudied.is_empty() {
        println!("chrome-like titles on fresh5b (not studied): {}", unstudied.len());
    }
    assert!(bad.is_empty(), "chrome-like titles:\n{}", bad.join("\n"));
}

/// Issue 14, point 4, with the crate's one test of web chrome (`chrome::title_chrome` for the lines printed as a
/// title, `chrome::looks_like_chrome` for headings, which layout prints as they are): on every page of every set, no
/// parsed title, kicker, subtitle or heading looks like chrome.
#[test]
fn no_title_or_heading_of_any_page_is_chrome() {
    let mut bad = Vec::new();
    for p in pages() {
        let w = parse(&p);
        for (what, text) in [("title", &w.title), ("kicker", &w.kicker), ("subtitle", &w.subtitle)] {
            if let Some(k) = text.as_deref().and_then(zhanban_writeup::title_chrome) {
                bad.push(format!("{} {what}: {text:?} ({k:?})", p.name));
            }
        }
        for b in w.blocks.iter().filter(|b| b.kind == BlockKind::Heading) {
            if let Some(k) =
                zhanban_writeup::looks_like_chrome(&b.text).or_else(|| zhanban_writeup::title_chrome(&b.text))
            {
                bad.push(format!("{} heading line {:?}: {:?} ({k:?})", p.name, b.lines, b.text));
            }
        }
    }
    assert!(bad.is_empty(), "chrome-like titles or headings:\n{}", bad.join("\n"));
}

/// No paragraph or caption of any page looks like chrome either (layout would refuse to print it).
#[test]
fn no_text_of_any_page_is_chrome() {
    let mut bad = Vec::new();
    for p in pages() {
        let w = parse(&p);
        for b in w.blocks.iter().filter(|b| b.kind != BlockKind::Heading) {
            if let Some(k) = zhanban_writeup::looks_like_chrome(&b.text) {
                bad.push(format!(
                    "{} {:?} line {:?}: {:?} ({k:?})",
                    p.name, b.kind, b.lines, b.text
                ));
            }
        }
    }
    assert!(bad.is_empty(), "chrome-like text:\n{}", bad.join("\n"));
}

/// Issue 14, point 3, as the lead asked it: across every page of every set (fresh6b included), no title, kicker,
/// subtitle, heading, paragraph or caption the parser emits *contains* a web address, an e-mail, a file name, the
/// page furniture of a site (版面：, 投稿邮箱, 当前位置, 上一篇/下一篇) or a footer's ICP/copyright words, and none
/// opens with a repost note (转自, 来源：). Stricter than `no_text_of_any_page_is_chrome`, which asks whether a whole
/// line reads as chrome (running prose never does): this one looks for the marks anywhere in the text.
#[test]
fn no_output_of_any_page_carries_chrome_marks() {
    let mut bad = Vec::new();
    for p in pages() {
        let w = parse(&p);
        let mut texts: Vec<(String, String)> = Vec::new();
        for (what, t) in [("title", &w.title), ("kicker", &w.kicker), ("subtitle", &w.subtitle)] {
            if let Some(t) = t {
                texts.push((what.to_string(), t.clone()));
            }
        }
        for b in &w.blocks {
            if b.kind != BlockKind::Photo {
                texts.push((format!("{:?} line {:?}", b.kind, b.lines), b.text.clone()));
            }
        }
        for (what, t) in texts {
            if let Some(why) = chrome_mark(&t) {
                bad.push(format!("{} {what}: {t:?} ({why})", p.name));
            }
        }
    }
    assert!(bad.is_empty(), "chrome marks in the output:\n{}", bad.join("\n"));
}

/// The marks of a site's chrome anywhere in a text (see `no_output_of_any_page_carries_chrome_marks`). One mailbox is
/// the text's own, not the site's: a notice's instruction to send a form to it, the address after its label (邮箱) in
/// the middle of a sentence that goes on ("…掃描件發送至郵箱zzb@ncwu.edu.cn,聯系電話:…。", fresh29 ab09): that one is
/// left out of the scan; a mailbox line or a sentence ending on the address is not.
fn chrome_mark(t: &str) -> Option<&'static str> {
    let mut lower = t.to_lowercase();
    for label in ["邮箱", "郵箱"] {
        let Some(p) = lower.find(label) else { continue };
        let after = p + label.len();
        let rest = lower[after..].trim_start_matches(['：', ':', ' ']);
        let end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '@' | '.' | '-' | '_')))
            .unwrap_or(rest.len());
        let goes_on = rest[end..].starts_with([',', '，']) && rest[end..].contains('。');
        if rest[..end].contains('@') && goes_on && lower.chars().count() >= 60 {
            let at = lower.len() - rest.len();
            lower.replace_range(at..at + end, "");
        }
    }
    if lower.contains("http://") || lower.contains("https://") || lower.contains("www.") {
        return Some("URL");
    }
    let tokens = lower.split(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | '@' | '/')));
    for tok in tokens {
        let host = tok.split('/').next().unwrap_or("");
        let parts: Vec<&str> = host.split('.').collect();
        if parts.len() >= 2
            && parts
                .iter()
                .all(|x| !x.is_empty() && x.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
            && parts[0].chars().any(|c| c.is_ascii_alphabetic())
            && ["com", "cn", "net", "org", "gov"].contains(parts.last().unwrap_or(&""))
        {
            return Some(if tok.contains('@') { "e-mail" } else { "URL" });
        }
        if tok.contains('@') && tok.split('@').all(|x| !x.is_empty()) && tok.contains('.') {
            return Some("e-mail");
        }
    }
    for ext in [
        ".jpg", ".jpeg", ".png", ".gif", ".bmp", ".doc", ".docx", ".pdf", ".ppt", ".xls", ".shtml", ".html",
    ] {
        if lower.contains(ext) {
            return Some("file name");
        }
    }
    const MARKS: &[&str] = &[
        "关注微信公众号",
        "扫码关注",
        "长按识别",
        "版面：",
        "版面:",
        "投稿邮箱",
        "投稿郵箱",
        "当前位置",
        "當前位置",
        "您所在的位置",
        "所在位置：",
        "上一篇",
        "下一篇",
        "上一條",
        "下一條",
        "上一条",
        "下一条",
        "ICP备",
        "ICP備",
        "ICP证",
        "版权所有",
        "版權所有",
        "公网安备",
        "公網安備",
        "免责声明",
        "copyright",
    ];
    if let Some(m) = MARKS.iter().find(|m| lower.contains(&m.to_lowercase())) {
        let _ = m;
        return Some("page furniture or footer words");
    }
    let head = t.trim_start();
    if ["转自", "轉自", "来源：", "来源:", "來源：", "來源:"]
        .iter()
        .any(|m| head.starts_with(m))
    {
        return Some("repost note");
    }
    None
}
