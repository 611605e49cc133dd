//! The user-facing text of the application layer, in Simplified Chinese: the one place to translate it for another
//! locale (the CLI's and the shell's own text is in the root package's `messages`).

pub fn internal_error(detail: &str) -> String {
    format!("内部错误：{detail}\n这是程序的问题，不是您的操作造成的。请把这条信息发给技术支持。")
}

pub fn bad_size(size: &str) -> String {
    format!("展板尺寸“{size}”无法识别。请写成 宽x高（毫米），例如 1200x900。")
}

pub fn bad_bleed(bleed: f64) -> String {
    format!("出血 {bleed} 毫米不在 0–10 毫米之间。常用 3 毫米。")
}

pub fn export_blocked_unplaced(n: usize) -> String {
    format!(
        "有 {n} 处内容没有排进展板，导出已停止。请运行 zhanban-cli layout 查看，调整后再导出；确需导出请加 --force。"
    )
}

/// Export refused because preflight found errors: each error on its own line, then what to do.
pub fn export_blocked_preflight(report: &zhanban_preflight::PreflightReport) -> String {
    let mut s = format!("印前检查发现 {} 个错误，导出已停止：\n", report.errors);
    for f in report.of(zhanban_preflight::Severity::Error) {
        s.push_str(&zhanban_preflight::PreflightReport::line(f));
        s.push('\n');
    }
    s.push_str("请改正后再导出（zhanban-cli preflight 可列出全部问题）；确需导出请加 --force。");
    s
}

pub fn no_board_chosen() -> String {
    "没有选中要导出的展板：请至少选择一块。".to_string()
}

pub fn no_photo_on_text_board() -> String {
    "前言和结束语展板只排文字，照片不能移到这里：请把照片移到其他展板，或移到活动剪影展板。".to_string()
}

pub fn no_such_photo(photo: &str) -> String {
    format!("项目里没有这张照片（{photo}），它可能已被删除。请刷新后再试。")
}

pub fn bad_focal_point() -> String {
    "裁切焦点必须在照片之内（横向、纵向都在 0 到 1 之间）。".to_string()
}

/// The title of a board the user adds without naming it.
pub fn new_board_title() -> &'static str {
    "新展板"
}

pub fn bad_font_size() -> String {
    "字号必须在 6 到 400 磅之间。".to_string()
}

pub fn pasted_source_name() -> String {
    "粘贴的文稿".to_string()
}

pub fn paste_empty() -> String {
    "粘贴的内容里没有文字。请在 Word、WPS、微信文章或网页中选中正文，复制后再粘贴。".to_string()
}

pub fn writeup_unreadable() -> String {
    "这篇文稿的结构无法读取。请重新粘贴或导入原文。".to_string()
}
