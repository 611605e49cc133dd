//! Recognises web and publishing-system junk lines (APP prompts, comment areas, recommendation lists, editor
//! lines, page buttons, footers, copyright/ICP lines, image placeholders) and says why they are junk.
//!
//! This module owns only the junk vocabulary; it must not decide titles, headings or bylines.

use crate::messages as m;
use crate::normalize::{is_han, width};

/// Headers that open a list of links or comments: everything under them is junk until real text returns.
pub fn opens_junk_region(t: &str) -> Option<&'static str> {
    let core = t.trim_matches(|c: char| !c.is_alphanumeric());
    // (a comment form's label too: "我要留言：" over 昵 称： / 留 言： / 查看)
    const COMMENT: [&str; 8] = [
        "最新评论",
        "热门评论",
        "全部评论",
        "网友评论",
        "精彩评论",
        "发表评论",
        "我要留言",
        "我要評論",
    ];
    const RECO: [&str; 14] = [
        // (fresh15 c07)
        "精彩推送",
        "相关推送",
        "精彩推荐",
        "相关推荐",
        "相关阅读",
        "相关新闻",
        "推荐阅读",
        "猜你喜欢",
        "延伸阅读",
        "热门推荐",
        "更多推荐",
        "往期回顾",
        "往期推荐",
        "相关文章",
    ];
    if COMMENT.contains(&core) {
        return Some(m::COMMENTS);
    }
    if RECO.contains(&core) || core == "热点新闻" || core == "点击排行" {
        return Some(m::RECOMMENDED);
    }
    // a paper's back matter: the English abstract, funding, references, the authors' notes
    const BACK: [&str; 7] = [
        "Abstract",
        "ABSTRACT",
        "基金项目",
        "參考文獻",
        "参考文献",
        "作者简介",
        "作者簡介",
    ];
    if BACK.contains(&core) {
        return Some(m::PAPER_METADATA);
    }
    None
}

/// A site's own label over a list of recommended articles, worded as the site likes but shaped alike: a few Chinese
/// characters alone on the line ending in 推荐 or 推送 ("新闻推荐", "编辑推荐", "今日推送"). The caller asks it only
/// after the article's prose, where such a label opens the list under it (a heading of the text may end so too).
pub fn recommendation_label(t: &str) -> bool {
    let core = t.trim_matches(|c: char| !c.is_alphanumeric());
    let n = core.chars().count();
    (4..=6).contains(&n) && core.chars().all(is_han) && (core.ends_with("推荐") || core.ends_with("推送"))
}

/// Why a single line is junk, if it is.
pub fn junk_reason(t: &str) -> Option<&'static str> {
    let w = width(t);
    let lower = t.to_lowercase();
    let core: String = t.chars().filter(|c| !c.is_whitespace()).collect();
    // (a credit block's bullet is no part of its label: "◆编辑:曾淑花", "◆二审:朱晖", fresh28 aa08)
    let core = match core.trim_start_matches(['◆', '◇', '●', '■', '□']) {
        "" => core,
        rest => rest.to_string(),
    };
    if core.is_empty() {
        return None;
    }
    // a model-essay site's blurb over its collection: "下面是小编为大家整理的……，供大家参考。"
    if [
        "为大家整理",
        "為大家整理",
        "帮大家整理",
        "幫大家整理",
        "小编整理",
        "小編整理",
        "欢迎品鉴",
        "歡迎品鑒",
    ]
    .iter()
    .any(|p| t.contains(p))
    {
        return Some(m::SITE_BLURB);
    }
    if !core.chars().any(|c| c.is_alphanumeric()) {
        return Some(m::EMPTY_MARKUP);
    }
    // APP prompts
    if w <= 16.0 && lower.contains("app") && !t.contains('。') {
        return Some(m::APP_PROMPT);
    }
    const APP: [&str; 18] = [
        "打开",
        // an app banner's button over a news site's page (fresh26 i04)
        "立即打开",
        "立即下载",
        "下载",
        "打开app",
        "下载客户端",
        "展开全文",
        "阅读全文",
        "查看更多",
        "点击查看更多",
        "阅读原文",
        "展开阅读全文",
        "继续阅读",
        "加载更多",
        "查看原文",
        "点击加载更多",
        // a widget still loading when the page was copied (fresh22 r12)
        "加载中...",
        "加载中…",
    ];
    if APP.contains(&lower.replace(' ', "").as_str()) {
        return Some(m::APP_PROMPT);
    }
    if w <= 20.0 && (core.starts_with("打开APP") || core.starts_with("下载APP") || core.contains("查看更多评论"))
    {
        return Some(m::APP_PROMPT);
    }
    // editor lines
    const EDITORS: [&str; 24] = [
        // a WeChat account's credit block, letter-spaced or not: "监 制：…", "主 编：…"
        "监制",
        "主编",
        "出品",
        "統籌",
        "统筹",
        "责任编辑",
        "责编",
        "编审",
        "审核",
        "校对",
        "终审",
        "审稿",
        "初审",
        "复审",
        "值班编辑",
        "責編",
        "編審",
        "審核",
        "校對",
        "終審",
        "審稿",
        "初審",
        "複審",
        "值班編輯",
    ];
    let head: String = core.trim_start_matches(['(', '（']).chars().take(5).collect();
    // (a credit's label is a word: "主编：…" is a credit, "主编的《…》" is not)
    let head = if ["监制", "主编", "出品", "統籌", "统筹"]
        .iter()
        .any(|e| head.starts_with(e))
        && !head.chars().nth(2).is_some_and(|c| matches!(c, '：' | ':'))
    {
        String::new()
    } else {
        head
    };
    if w <= 40.0 && EDITORS.iter().any(|e| head.starts_with(e)) && !t.contains('。') {
        return Some(m::EDITOR);
    }
    // the credit of the page's layout, its label a word before a colon or a bar: "版式 | 卜冬晨", "美编：…"
    // (a WeChat account's credit block, beside 图文 | and 责编 |, fresh27 e09)
    let layout = ["版式", "排版", "美编", "美編"]
        .iter()
        .find_map(|l| core.strip_prefix(l));
    if w <= 20.0 && layout.is_some_and(|r| r.starts_with(['：', ':', '|', '｜', '/'])) {
        return Some(m::EDITOR);
    }
    // (the label's separator may be a slash and the whole in brackets: "（编辑/冯超 审核/张玲霞）", fresh31 ad05)
    let unbracketed = core.trim_start_matches(['(', '（']);
    let edited = ["编辑", "編輯"].iter().any(|e| {
        unbracketed
            .strip_prefix(e)
            .is_some_and(|r| r.starts_with(['：', ':', '/', '／']))
    });
    if w <= 30.0 && (core.starts_with("責任編輯") || edited) {
        return Some(m::EDITOR);
    }
    // a three-level review's sign-offs, each on its line: "一审:张顺军", "二审:袁星洁", "三审:曾志东" (fresh22 r07; the
    // colon makes it a label: "一审判决…" is a court's text), or in brackets: "（一审：潘诗文）" (fresh24 l03)
    let signed = core.trim_start_matches(['(', '（']);
    if w <= 20.0
        && ["一审", "二审", "三审", "一審", "二審", "三審"]
            .iter()
            .any(|e| signed.strip_prefix(e).is_some_and(|r| r.starts_with(['：', ':'])))
    {
        return Some(m::EDITOR);
    }
    // a credit of names each with its role after a slash: "吴婷(财务科)/文图 张雪/传" (a college office's branch report,
    // the lead's look of 2026-12-08: printed as the report's last paragraph)
    const ROLES: [&str; 16] = [
        "文", "图", "文图", "图文", "摄", "摄影", "传", "编", "编辑", "审", "审核", "供稿", "责编", "圖", "攝", "編",
    ];
    let credited = |p: &str| {
        p.rsplit_once(['/', '／']).is_some_and(|(name, role)| {
            let n = name.trim_end_matches([')', '）']).chars().count();
            (2..=14).contains(&n) && name.chars().next().is_some_and(is_han) && ROLES.contains(&role)
        })
    };
    if w <= 30.0 && !core.contains(['。', '，', '；']) && core.split_whitespace().all(credited) {
        return Some(m::EDITOR);
    }
    // page buttons and navigation
    let buttons = t.replace(['【', '】', '[', ']', '|', '｜', '/', '丨'], " ");
    let words: Vec<&str> = buttons.split_whitespace().collect();
    const NAV: [&str; 27] = [
        "全文",
        "查看全文",
        "打印",
        "关闭",
        "关闭窗口",
        "打印本页",
        "上一条",
        "下一条",
        "上一篇",
        "下一篇",
        "返回顶部",
        "返回",
        "收藏",
        "分享",
        "分享到",
        "点赞",
        "在看",
        "举报",
        "字号",
        "大",
        "中",
        "小",
        "扫一扫",
        "微信扫一扫",
        "顶部",
        "打印正文",
        // a page's attachments field with nothing under it (fresh22 r15)
        "相关附件",
    ];
    if !words.is_empty() && words.iter().all(|w| NAV.contains(w) || w.starts_with("字号")) {
        return Some(m::PAGE_NAV);
    }
    if w <= 60.0 && (core.starts_with("上一篇：") || core.starts_with("下一篇：") || core.starts_with("上一条："))
        || core.starts_with("下一条：")
        || core.starts_with("当前位置")
        || core.starts_with("您现在的位置")
        || core.starts_with("您的位置")
    {
        return Some(m::PAGE_NAV);
    }
    // the sign-off of an editor's note alone on its line: "——编者", "——本刊编辑部"
    let signed = core.trim_start_matches(['—', '-', '－']);
    if signed.len() < core.len()
        && matches!(
            signed,
            "编者" | "編者" | "编者按" | "編者按" | "编辑部" | "編輯部" | "本刊编辑部" | "本刊編輯部" | "本报编辑部"
        )
    {
        return Some(m::EDITOR);
    }
    // a QR-code or follow widget: "扫一扫在手机打开当前页", "关注我们，后续将提供更多服务"
    if w <= 30.0
        && !core.contains('。')
        && [
            "扫一扫",
            "掃一掃",
            "扫码",
            "掃碼",
            "扫描二维码",
            "掃描二維碼",
            "长按识别",
            "長按識別",
            "关注我们",
            "關注我們",
        ]
        .iter()
        .any(|p| core.starts_with(p))
    {
        return Some(m::PAGE_NAV);
    }
    if w <= 40.0 && (core.contains("字号：") || core.starts_with("【字体")) {
        return Some(m::PAGE_NAV);
    }
    // footers
    if lower.contains("produced by")
        || lower.contains("powered by")
        || lower.contains("copyright")
        || core.contains("版权所有")
        || core.contains("ICP备")
        || core.contains("ICP证")
        || core.contains("公网安备")
        || core.contains("网站标识码")
        || core.contains("发布系统")
        || (w <= 40.0 && (core.starts_with("主办单位") || core.starts_with("承办单位") || core.starts_with("技术支持")))
        || (w <= 40.0 && core.starts_with("©"))
    {
        return Some(m::FOOTER);
    }
    // image placeholders
    let ph = core.trim_matches(|c: char| matches!(c, '[' | ']' | '【' | '】' | '（' | '）' | '(' | ')' | '<' | '>'));
    const IMG: [&str; 8] = ["图片", "图像", "image", "img", "图", "视频", "插图", "图片来源网络"];
    if IMG.contains(&ph.to_lowercase().as_str()) {
        return Some(m::IMAGE_PLACEHOLDER);
    }
    let lph = ph.to_lowercase();
    if w <= 40.0
        && !ph.chars().any(is_han)
        && [".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp"]
            .iter()
            .any(|e| lph.ends_with(e))
    {
        return Some(m::IMAGE_PLACEHOLDER);
    }
    None
}

/// A breadcrumb path (首页 > 新闻 > 正文).
pub fn is_breadcrumb(t: &str) -> bool {
    // separators: arrows, or a run of dashes between the items ("首页---机关动态", "首页 -- 通知公告")
    let seps =
        t.matches(['>', '»', '›', '＞']).count() + t.matches("--").count().min(1) + t.matches("——").count().min(1);
    let arrows =
        width(t) <= 60.0 && seps >= 1 && !t.contains('。') && (seps >= 2 || t.contains("首页") || t.contains("首頁"));
    // or only spaces or slashes after the home page's name, the channels short words: "首页 新闻中心 医院新闻",
    // "首页 / 新闻速递 / 正文"
    let parts: Vec<&str> = t
        .split(|c: char| c.is_whitespace() || matches!(c, '/' | '／'))
        .filter(|p| !p.is_empty())
        .collect();
    // (or the site's name in the home page's place: "古田新闻网 新闻中心 古田城事")
    let site = |p: &str| (3..=10).contains(&p.chars().count()) && p.chars().all(is_han) && p.ends_with(['网', '網']);
    let spaced = parts.len() >= 3
        && (matches!(parts[0], "首页" | "首頁" | "网站首页" | "網站首頁") || site(parts[0]))
        && parts[1..]
            .iter()
            .all(|p| (2..=8).contains(&p.chars().count()) && p.chars().all(is_han));
    arrows || spaced
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The layout's credit in a WeChat account's credit block ("版式 | 卜冬晨" under "图文 | 侯成柱", fresh27 e09) is
    /// an editor's line; the word in a sentence is not.
    #[test]
    fn a_layout_credit_is_an_editors_line() {
        for t in ["版式 | 卜冬晨", "版式：卜冬晨", "美编 | 王芳", "排版：李明"] {
            assert_eq!(junk_reason(t), Some(m::EDITOR), "{t}");
        }
        for t in ["版式设计大赛", "排版印刷厂党支部开展主题党日活动"] {
            assert_eq!(junk_reason(t), None, "{t}");
        }
    }

    /// A credit block's lines behind ◆ bullets ("◆编辑:曾淑花", "◆二审:朱晖", fresh28 aa08, a city news site) are
    /// editors' lines as without them; a bulleted line of text is not.
    #[test]
    fn a_credit_blocks_bullets() {
        for t in ["◆编辑：曾淑花", "◆二审:朱晖", "◆三审：查九星"] {
            assert_eq!(junk_reason(t), Some(m::EDITOR), "{t}");
        }
        assert_eq!(junk_reason("◆二审法院维持原判，驳回上诉。"), None);
        assert_eq!(junk_reason("◆"), Some(m::EMPTY_MARKUP));
    }

    #[test]
    fn corpus_junk() {
        assert!(junk_reason("青岛新闻APP").is_some());
        assert!(junk_reason("打开").is_some());
        assert!(junk_reason("打开APP查看更多评论").is_some());
        // an app banner's button (fresh26 i04)
        assert!(junk_reason("立即打开").is_some());
        assert!(junk_reason("查看更多").is_some());
        assert!(junk_reason("責任編輯：周曉").is_some());
        assert!(junk_reason("责任编辑：周晓").is_some());
        assert!(junk_reason("Produced By 大汉网络 大汉版通发布系统").is_some());
        assert!(junk_reason("【打印】【关闭】").is_some());
        assert!(junk_reason("上一条 下一条").is_some());
        assert!(junk_reason("鲁ICP备12345678号").is_some());
        assert!(junk_reason("[图片]").is_some());
        assert!(opens_junk_region("最新评论").is_some());
        assert!(opens_junk_region("精彩推荐").is_some());
        assert!(opens_junk_region("精彩推送").is_some());
        // (fresh18 k06: a city news site's label after the reporter's line, over a cut teaser and the site's blurb)
        assert!(recommendation_label("新闻推荐"));
        assert!(recommendation_label("编辑推荐"));
        assert!(!recommendation_label("推荐"));
        assert!(!recommendation_label("推荐优秀党员。"));
        assert!(!recommendation_label("择优推荐入党积极分子"));
        assert!(is_breadcrumb("首页 > 机关党建 > 正文"));
        assert!(is_breadcrumb("首页---机关动态"));
        // (fresh14 b15: a county news site's breadcrumb of spaces, its name first, read as the kicker)
        assert!(is_breadcrumb("古田新闻网 新闻中心 古田城事"));
        assert!(!is_breadcrumb("中国文明网 评论"));
        assert!(!is_breadcrumb("学习强国 学习平台 上线"));
        // a hospital portal's breadcrumb with spaces only (fresh12 z02)
        assert!(is_breadcrumb("首页 新闻中心 医院新闻"));
        assert!(is_breadcrumb("首页 / 新闻速递 / 正文"));
        assert!(!is_breadcrumb("首页 改版"));
        assert!(!is_breadcrumb("首页 设计的几点体会。"));
        assert!(!is_breadcrumb("不忘初心——记优秀共产党员张三"));
        // a model-essay site's blurb however it words the helping (fresh11 y05)
        assert!(
            junk_reason("那么问题来了,工作总结应该怎么写?下面是小编帮大家整理的文明创建工作总结,欢迎阅读与收藏。")
                .is_some()
        );
        // real text is not junk
        assert!(junk_reason("打开思路，推动发展。").is_none());
        assert!(junk_reason("坚决把牢政治方向").is_none());
        assert!(junk_reason("“长岛号”APP群众诉求反映渠道，办理公共交通等问政工单423件。").is_none());
    }
}
