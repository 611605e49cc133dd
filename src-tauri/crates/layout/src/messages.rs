//! Every user-facing sentence of the layout engine, in Simplified Chinese, in one place (an English locale can
//! follow). Owns wording only; it must not decide anything about layout.

pub const BOARD_PREFACE: &str = "前言";
pub const BOARD_TITLE: &str = "展标";
pub const BOARD_CLOSING: &str = "结束语";
pub const CONTINUED: &str = "（续）";
/// The gallery boards at the end of the exhibition: the photos no section chose.
pub const BOARD_GALLERY: &str = "活动剪影";
/// The title of a board whose write-up has no real headline and no heading, when the exhibition has no title.
pub const UNTITLED: &str = "未命名展板";
/// The summary of a layout that made no board: nothing to lay out yet.
pub const NOTHING_TO_LAY_OUT: &str = "还没有可排的内容：请先导入照片，或导入有正文的文稿。";

/// A board's title set aside, `why` the writeup crate's reason (文件名或编号，…; 只是一个序号…), and the title used.
pub fn chrome_title(old: &str, why: &str, new: &str) -> String {
    format!("“{old}”不能作展板标题：{why}。展板标题已改用“{new}”：如需其他标题，请在检查器中修改。")
}
pub fn chrome_lines_left_out(n: usize) -> String {
    format!("有 {n} 行文字像是网页的导航、页脚或转载说明，未印在展板上：如需保留，请在文稿中修改这些行。")
}

/// The set heading of a 前言 or 结束语 panel: a two-character name spaced with an ideographic space ("前　言").
pub fn panel_heading(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    if chars.len() == 2 {
        format!("{}\u{3000}{}", chars[0], chars[1])
    } else {
        name.to_string()
    }
}

pub fn unknown_theme(id: &str) -> String {
    format!("没有名为“{id}”的主题：请选择 党建红、党建白、政务蓝 或 简约白。")
}
pub fn bad_board_size(w: f64, h: f64) -> String {
    format!("展板尺寸 {w}×{h} 毫米无法使用：请输入 200–5000 毫米之间的宽和高。")
}
pub fn bad_margins(bleed: f64, safe: f64) -> String {
    format!("出血 {bleed} 毫米或安全边距 {safe} 毫米不合适：出血请设在 0–10 毫米，安全边距不超过展板短边的四分之一。")
}
pub fn typeset_failed(detail: &str) -> String {
    format!("文字排版失败（{detail}）：请检查字体是否已安装，或换一种字体后重试。")
}
pub fn bad_photo(file: &str) -> String {
    format!("照片“{file}”的尺寸为零或无法识别：请重新导入这张照片。")
}
pub fn unplaced_text(chars: usize) -> String {
    format!("有一段文字（{chars} 字）在最小字号下也放不进一块空展板：请拆短这段文字或换用更大的展板。")
}
pub fn unplaced_photo() -> String {
    "这张照片在本展板尺寸下无法按最小面积放下：请换用更大的展板或减少同板内容。".to_string()
}
pub fn open_slot() -> String {
    "这条图片说明还没有对应的照片：请拖入照片并指定给它，否则不会印出。".to_string()
}
pub fn figures_not_shown(n: usize) -> String {
    format!("另有 {n} 个关键数字放不下，未在数字栏中显示（正文中仍保留）。")
}
/// Whether a note is [`figures_not_shown`]'s (a joined run replaces it).
pub fn is_figures_not_shown(note: &str) -> bool {
    note.starts_with("另有 ") && note.contains("个关键数字放不下")
}
pub fn pinned_below_minimum(pt: f64, min: f64) -> String {
    format!("指定的字号 {pt} 磅小于观看距离要求的最小字号 {min} 磅，已按 {min} 磅排版。")
}
pub fn unknown_board(key: &str) -> String {
    format!("调整指向的展板“{key}”已不存在，这项调整暂不生效：请在展板列表中重新指定。")
}
pub fn unknown_photo(hash: &str) -> String {
    format!("调整指向的照片（{hash}）已不在项目中，这项调整暂不生效。")
}
pub fn preface_from_writeup(title: &str) -> String {
    let which = if title.trim().is_empty() {
        "一篇文稿".to_string()
    } else {
        format!("《{}》", title.trim())
    };
    format!(
        "尚未填写前言，前言展板暂用{which}的开头几段：请在“展览信息”中填写，或采用程序根据各篇文稿首句拟写的一段后修改。"
    )
}
/// Note when no write-up's opening states the work and the 前言 board carries the offered draft.
pub fn preface_from_draft() -> String {
    "尚未填写前言，各篇文稿的开头都是活动报道，前言展板暂用程序根据各篇文稿首句拟写的一段：请在“展览信息”中填写或修改。"
        .to_string()
}
/// The 前言 draft's first paragraph: why the exhibition is held.
pub fn preface_opening(organiser: Option<&str>, title: Option<&str>) -> String {
    let who = organiser.map_or_else(|| "近年来".to_string(), |o| format!("{o}近年来"));
    let what = match title {
        Some(t) if t.ends_with('展') || t.ends_with("展览") => t.to_string(),
        Some(t) => format!("“{t}”主题展览"),
        None => "此次展览".to_string(),
    };
    format!("为全面展示{who}的工作成果，总结经验、激励先进，特举办{what}。")
}
/// The 前言 draft's last paragraph: what the exhibition holds, and the genre's closing formula.
pub fn preface_closing(parts: usize, photos: usize) -> String {
    let pictures = if photos > 0 {
        format!("，展出图片 {photos} 幅")
    } else {
        String::new()
    };
    format!("展览共分 {parts} 个部分{pictures}。希望通过这次展览，进一步凝聚共识、鼓舞干劲，推动各项工作再上新台阶。")
}
pub fn no_closing() -> String {
    "尚未设置结束语，未生成结束语展板：如需要，请在“展览信息”中填写结束语。".to_string()
}
pub fn low_resolution(ppi: f64) -> String {
    format!("按当前尺寸印刷只有约 {ppi:.0} ppi，低于建议的 100 ppi，印出来可能发虚：请换用原图或更高分辨率的照片。")
}
/// A resolution below the floor is said rounded down, so 71.6 ppi never reads "约 72 ppi，低于 72 ppi".
pub fn too_low_resolution(ppi: f64) -> String {
    let ppi = ppi.floor();
    format!(
        "按最小照片面积（展板的十二分之一）印刷也只有约 {ppi:.0} ppi，低于 72 ppi 的印刷下限，会明显模糊：请换用原图（不要用微信或网页转存的压缩图）。"
    )
}
pub fn left_out_hidden() -> String {
    "已按您的选择从展板上撤下（仍保留在照片库中）。".to_string()
}
pub fn left_out_same_picture(better: &str) -> String {
    format!("可能与“{better}”重复（同一张照片的另一份），已改用分辨率更高或更接近原图的“{better}”；如果不是同一张，请标记“不是同一张”。")
}
pub fn left_out_copy_of_hidden(hidden: &str) -> String {
    format!(
        "可能与“{hidden}”重复，而“{hidden}”已按您的选择撤下，这一份也不再使用；如需使用，请在照片库里点“放回展板”。"
    )
}
pub fn left_out_burst(chosen: &str) -> String {
    format!("与“{chosen}”是同一场景几秒内的连拍，已选用更清晰的“{chosen}”；如需多用一张，请在照片库里点“放回展板”；如果不是同一场景，请标记“不是同一张”。")
}
pub fn left_out_low_resolution(ppi: f64) -> String {
    let ppi = ppi.floor();
    format!(
        "分辨率太低：按最小照片面积（展板的十二分之一）印刷也只有约 {ppi:.0} ppi，低于 72 ppi 的印刷下限，未用于展板：请换用原图（不要用微信或网页转存的压缩图）；如仍要使用，请在“照片”里点它下方的“放回展板”。"
    )
}
/// Its section had better photos for the room beside its text, and the 活动剪影 boards are off.
pub fn left_out_not_chosen(section: &str) -> String {
    format!(
        "“{section}”一节已选用了更合适的照片（有图片说明的、更清晰的、分辨率够的优先），这张未选入；活动剪影展板已关闭（在“展板”上方勾选“活动剪影展板”即可打开），照片留在照片库中；如要用在这一节，请点“放回展板”。"
    )
}
/// Its section (the board it belongs to or was moved onto) was deleted by the user.
pub fn left_out_board_removed(board: &str) -> String {
    format!(
        "它所在的展板“{board}”已被删除，这张照片随之撤下，仍保留在照片库中；恢复该展板（展板列表下方“已删除的展板”）即可放回，或点“放回展板”把它排到其他展板上。"
    )
}
/// Not chosen for its section, and the user deleted the 活动剪影 boards.
pub fn left_out_gallery_removed(section: &str) -> String {
    format!(
        "“{section}”一节已选用了更合适的照片，这张未选入；活动剪影展板已被删除（可在展板列表下方恢复），照片留在照片库中；如要使用，请点“放回展板”。"
    )
}
/// Not chosen for its section, and too coarse for a 活动剪影 board (which prints every photo at 100 ppi or more).
pub fn left_out_gallery_low_resolution(section: &str, ppi: f64) -> String {
    let ppi = ppi.floor();
    format!(
        "“{section}”一节已选用了更合适的照片，这张未选入；它在活动剪影展板上最小也只有约 {ppi:.0} ppi（活动剪影要求不低于 100 ppi），照片留在照片库中；如要使用，请换用原图，或点“放回展板”。"
    )
}
pub const LEFT_OUT_HEADING: &str = "未用于展板的照片（仍在照片库中）：\n";
