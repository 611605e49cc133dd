//! Every user-facing sentence of preflight, in Simplified Chinese, in one place (an English locale can follow).
//! Owns wording only; it must not decide what is a problem.

pub const ERROR: &str = "错误";
pub const WARNING: &str = "警告";
pub const HINT: &str = "提示";

pub fn ppi_error(file: &str, ppi: f64) -> String {
    format!(
        "照片“{file}”按印刷尺寸只有 {ppi:.0} ppi（低于 72 ppi），印出来会明显模糊、有马赛克：请换用原图或更大的照片，或把它放小。"
    )
}
pub fn ppi_warning(file: &str, ppi: f64) -> String {
    format!(
        "照片“{file}”按印刷尺寸只有 {ppi:.0} ppi（建议至少 100 ppi），近看会发虚：如有原图请换用原图，或把它放小一些。"
    )
}
pub fn missing_chars(chars: &str) -> String {
    format!("这些字所有字体里都没有，会印成空白方框：{chars}。请改用常用字或安装带这些字的字体（人名生僻字常见）。")
}
pub fn fake_bold(family: &str) -> String {
    format!("字体“{family}”没有粗体，粗体是软件加描边模拟的，笔画可能发糊：请换用有粗体的字体（如思源黑体）。")
}
pub fn overflow(excerpt: &str) -> String {
    format!("文字“{excerpt}”超出了它的文字框：请删减文字、换用更大的展板，或重新排版。")
}
pub fn unplaced_text(excerpt: &str, reason: &str) -> String {
    format!("文字“{excerpt}”没有排进任何展板：{reason}")
}
pub fn unplaced_photo(file: &str, reason: &str) -> String {
    format!("照片“{file}”没有排进任何展板：{reason}")
}
pub fn unplaced_figures(count: usize, reason: &str) -> String {
    format!("{count} 个关键数字没有排进展板：{reason}")
}
pub fn too_small(excerpt: &str, size: f64, min: f64) -> String {
    format!(
        "文字“{excerpt}”字号 {size:.0} 磅，小于这块展板的最小字号 {min:.0} 磅，观看距离上看不清：请删减文字或换用更大的展板。"
    )
}
pub fn text_in_margin(excerpt: &str, safe: f64) -> String {
    format!("文字“{excerpt}”伸进了距裁切边 {safe:.0} 毫米的安全边距，裁切时可能被切掉：请把它移到安全区内。")
}
pub fn photo_in_margin(file: &str, safe: f64) -> String {
    format!(
        "照片“{file}”的边缘落在距裁切边 {safe:.0} 毫米的安全边距内（既不出血也不留足边距），裁切误差会很显眼：请让它出血或移回安全区。"
    )
}
pub fn empty_board() -> String {
    "这块展板上没有正文、照片或数字，只有标题和装饰：请给它添加内容，或删除这块展板。".to_string()
}
pub fn half_empty(percent: f64) -> String {
    format!(
        "这块展板正文区有一块约占 {percent:.0}% 的空白，看上去像没排完：请加大照片或字号、补一段文字或一张照片，或与相邻展板合并。"
    )
}
pub fn thin_board(chars: usize, photos: usize) -> String {
    format!(
        "这块续板只有 {chars} 字、{photos} 张照片，内容太单薄：请把它并回前一块展板，或补足内容（至少 150 字或 3 张照片）。"
    )
}
pub fn no_caption(file: &str) -> String {
    format!("照片“{file}”没有图片说明：建议补上一句说明（时间、地点、事件）。")
}
pub fn open_slot(excerpt: &str, reason: &str) -> String {
    format!("图片说明“{excerpt}”：{reason}")
}
pub fn duplicate_photo(file: &str, times: usize) -> String {
    format!("照片“{file}”在展板上用了 {times} 次：如非有意，请换一张照片。")
}
pub fn licence_restricted(family: &str) -> String {
    format!("字体“{family}”的授权只允许为预览和打印而嵌入：交给印刷厂可以，但请确认单位拥有这款字体的商用授权。")
}
pub fn licence_forbidden(family: &str) -> String {
    format!("字体“{family}”的授权禁止嵌入 PDF，印刷厂拿到的文件会缺字：请换用可嵌入的字体（如思源黑体、思源宋体）。")
}
pub fn font_unreadable(family: &str, path: &str) -> String {
    format!("无法读取字体“{family}”（{path}），不能检查它的字符和授权：请确认字体文件仍在。")
}
/// The colour note in plain words; the print terms are in [`rgb_note_details`].
pub fn rgb_note() -> String {
    "照片和颜色按屏幕上的样子交给印刷厂，由印刷厂换成印刷用的颜色：鲜艳的红色、蓝色印出来会略暗一些。如果印刷厂只收四色（CMYK）文件，导出时选“先转成印刷用的四色”。"
        .to_string()
}
pub fn rgb_note_details() -> String {
    "给印刷厂的说明：每块展板是一页 PDF/X-4 文件，照片和颜色为 RGB（标记为 sRGB），输出意图为 Coated FOGRA39，由印刷厂转换为 CMYK。"
        .to_string()
}
pub fn cmyk_photo(file: &str) -> String {
    format!(
        "照片“{file}”是 CMYK 照片，按原数据嵌入、不做转换：颜色以照片自身的 CMYK 数值印刷，屏幕上可能与印刷略有不同。"
    )
}
pub fn layout_note(note: &str) -> String {
    note.to_string()
}
pub fn summary(errors: usize, warnings: usize, hints: usize) -> String {
    if errors + warnings + hints == 0 {
        "印前检查通过：没有发现问题。".to_string()
    } else {
        format!("印前检查：{errors} 个错误，{warnings} 个警告，{hints} 个提示。")
    }
}
pub fn board_label(number: usize, name: &str) -> String {
    format!("第 {number} 块“{name}”")
}
pub const WHOLE_EXHIBITION: &str = "全部展板";

pub fn chrome_text(excerpt: &str, reason: &str) -> String {
    format!("“{excerpt}”看起来不是正文（{reason}），可能是从网页带来的栏目、导航或页脚：请删去或改写这行文字。")
}
pub fn mixed_script(traditional: &str, simplified: &str) -> String {
    format!("这块展板上繁体字（如“{traditional}”）和简体字（如“{simplified}”）混用：请在文稿中统一转换为简体，或全部保留繁体。")
}
pub fn cut_off(end: &str) -> String {
    format!("文稿的最后一段停在“…{end}”，没有以句号等标点结束，原文可能没有复制完整：请补全这一段，或在文稿中删去它。")
}
