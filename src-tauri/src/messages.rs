//! The user-facing text of the command-line tool and the desktop shell, in Simplified Chinese: the one place to
//! translate for another locale. (Each engine crate keeps its own error messages in its `error.rs`.)

/// Help texts (bilingual, as `--help` shows them).
pub mod help {
    pub const ABOUT: &str = "展板工坊命令行工具：把照片、图片说明和文稿排成展板，导出印刷用 PDF。\n\
                             Zhanban Studio command-line tool: turns photos, captions and write-ups into exhibition \
                             boards and print-ready PDFs.";
    pub const NEW: &str = "新建一个空项目文件 / Create a new, empty project file";
    pub const NEW_PROJECT: &str = "项目文件路径（建议以 .zhanban 结尾）/ Path of the project file (.zhanban)";
    pub const INFO: &str = "显示项目概况：照片、文稿、展板 / Show a project's photos, write-ups and boards";
    pub const INFO_PROJECT: &str = "项目文件路径 / Path of the project file";
    pub const STRUCTURE: &str =
        "识别文稿结构：标题、署名、各级标题、段落、图片说明 / Show the structure found in a write-up file";
    pub const STRUCTURE_FILE: &str = "文稿文件（.txt .md .html .docx）/ Write-up file (.txt .md .html .docx)";
    pub const SIMPLIFIED: &str = "把繁体字转换为简体字 / Convert traditional characters to simplified";
    pub const IMPORT: &str = "导入照片、照片文件夹和文稿到项目 / Import photos, folders of photos and write-ups";
    pub const IMPORT_PROJECT: &str = "项目文件路径 / Path of the project file";
    pub const IMPORT_PATHS: &str =
        "照片（JPEG PNG WebP TIFF BMP GIF）、文件夹、文稿（.txt .md .html .docx）/ Photos, folders, write-up files";
    pub const CAPTION: &str = "设置或清除照片的图片说明 / Set or clear a photo's caption";
    pub const CAPTION_PHOTO: &str = "照片的文件名或内容哈希 / The photo's file name or content hash";
    pub const CAPTION_TEXT: &str = "图片说明（空字符串表示清除）/ The caption (empty to clear it)";
    pub const NOT_SAME: &str =
        "不是同一张：两张被认作同一张照片（或同一组连拍）的照片其实不同，排版时两张都保留 / Two photos found to be the \
         same picture (or one burst) are not: layout keeps both";
    pub const NOT_SAME_OTHER: &str = "另一张照片的文件名或内容哈希 / The other photo's file name or content hash";
    pub const TYPESET: &str = "按中文排版规则（clreq）断行：从标准输入读一段文字，每行输出一行 / \
                               Break one paragraph from standard input into lines by clreq, one per output line";
    pub const WIDTH: &str = "行宽，以字（em）计 / Line width in em";
    pub const SIZE: &str = "字号（磅）/ Font size in points";
    pub const FONT: &str = "字体名称，如 黑体、宋体、楷体 / Font name, e.g. 黑体, 宋体, 楷体";
    pub const EXHIBITION: &str = "设置展览信息：标题、主办单位、日期、前言、结束语 / Set the exhibition's details";
    pub const TITLE: &str = "展览标题 / Exhibition title";
    pub const ORGANISER: &str = "主办单位 / Organiser";
    pub const DATE: &str = "日期，如 2024年6月 / Date as printed";
    pub const PREFACE: &str = "前言文字所在的文本文件 / Text file with the preface";
    pub const DRAFT_PREFACE: &str =
        "用各篇文稿的首句拟写前言（之后可用 --preface 换成修改后的文字）/ Draft the preface from the write-ups' lead sentences";
    pub const CLOSING: &str = "结束语文字所在的文本文件 / Text file with the closing words";
    pub const LAYOUT: &str = "自动排版（或重新排版）并列出每块展板的内容 / Lay out the boards and summarise them";
    pub const ADJUST: &str =
        "调整展板（移动照片、放大缩小、裁切焦点、改字、排序、拆分、合并…），重新排版 / Adjust the boards";
    pub const UNDO: &str = "撤销上一次更改（与程序中的 Ctrl+Z 相同）/ Undo the last change";
    pub const REDO: &str = "重做刚撤销的更改 / Redo the last undone change";
    pub const ADJUST_JSON: &str =
        "调整内容（JSON，- 表示从标准输入读），如 {\"kind\":\"emphasis\",\"photo\":\"<hash>\",\"emphasis\":\"larger\"} / The adjustment as JSON";
    pub const BOARD_SIZE: &str = "展板尺寸（毫米），如 1200x900、900x1200、800x2000 / Board size in mm";
    pub const THEME: &str = "主题：党建红、党建白、政务蓝、简约白 / Theme: 党建红 (red and gold), 党建白 (light 党建), 政务蓝 (blue), 简约白 (plain)";
    pub const GALLERY: &str =
        "活动剪影展板：on＝各节未选用的照片排在展览末尾的活动剪影展板上（默认），off＝留在照片库中不用 / \
                               活动剪影 gallery boards: on = photos no section chose go on gallery boards at the end \
                               (default), off = they stay in the library unused";
    pub const TITLE_BOARD: &str = "展标：on＝展览以一块展标开头（展览标题、主办单位和日期），off＝不要展标（默认） / \
                                   Title board: on = the exhibition opens with a board of its title, organiser and \
                                   date, off = none (default)";
    pub const EXPORT: &str = "导出印刷用 PDF（每块展板一个文件）、审阅版和打印清单 / Export print-ready PDFs";
    pub const OUT: &str = "输出文件夹 / Output folder";
    pub const BLEED: &str = "出血（毫米，0–10，默认 3）/ Bleed in mm (0–10, default 3)";
    pub const MARKS: &str = "加裁切线 / Add crop marks";
    pub const NO_REVIEW: &str = "不生成“审阅”文件夹 / Skip the 审阅 (review) folder";
    pub const IMAGES: &str =
        "另在“图像”文件夹为每块展板生成 150 ppi 的整板 JPEG（含出血）/ Also write a 150 ppi JPEG of each board";
    pub const CMYK: &str = "输出 CMYK：照片和颜色按 FOGRA39 转成 CMYK，大面积黑色用四色黑 / Convert to CMYK (FOGRA39)";
    pub const FORCE: &str = "即使印前检查有错误（或有未排入的内容）也导出 / Export even when preflight finds errors";
    pub const PREFLIGHT: &str =
        "印前检查：分辨率、缺字、字号、安全边距、图片说明等，按展板列出问题 / Check the boards for print problems";
    pub const JSON: &str = "以 JSON 输出到标准输出 / Print the result as JSON on standard output";
    pub const HELP: &str = "显示帮助 / Print help";
    pub const VERSION: &str = "显示版本 / Print version";
    pub const COMMANDS: &str = "命令 / Commands";
    pub const ARGUMENTS: &str = "参数 / Arguments";
    pub const OPTIONS: &str = "选项 / Options";
    pub const TEMPLATE: &str = "{about-with-newline}\n用法 / Usage: {usage}\n\n{all-args}{after-help}";
}

pub fn created(path: &std::path::Path) -> String {
    format!("已新建项目：{}", path.display())
}

pub fn info_summary(info: &zhanban_store::ProjectInfo) -> String {
    let mut s = format!(
        "项目：{}\n文件格式版本：{}\n创建时间：{}\n照片：{} 张\n文稿：{} 篇\n展板：{} 块\n",
        info.path,
        info.format_version,
        info.created_at,
        info.photos.len(),
        info.writeups.len(),
        info.boards
    );
    for p in &info.photos {
        let caption = if p.caption.is_empty() {
            "（无图片说明）"
        } else {
            p.caption.as_str()
        };
        s.push_str(&format!(
            "  照片 {}  {}×{}  {}\n",
            p.file_name, p.width, p.height, caption
        ));
    }
    for w in &info.writeups {
        s.push_str(&format!(
            "  文稿 {}：{}（{} 段）\n",
            w.source_name,
            w.title.as_deref().unwrap_or("（无标题）"),
            w.blocks
        ));
    }
    s
}

pub fn bad_switch(value: &str) -> String {
    format!("“{value}”不是开关值：请写 on 或 off（开 / 关）。")
}
pub fn bad_arguments(detail: &str) -> String {
    format!("命令参数有误：{detail}\n请运行 zhanban-cli --help 查看用法。")
}

pub fn internal_error(detail: &str) -> String {
    format!("内部错误：{detail}\n这是程序的问题，不是您的操作造成的。请把这条信息发给技术支持。")
}

pub fn output_failed(detail: &str) -> String {
    format!("无法输出结果：{detail}")
}

pub fn invalid_project_name(name: &str) -> String {
    format!("项目名称“{name}”不能用作文件名：请去掉 \\ / : * ? \" < > | 等字符，且不要以点或空格结尾。")
}

pub fn no_project_open() -> String {
    "当前没有打开的项目。请先新建或打开一个项目。".to_string()
}

/// The human-readable outline `zhanban-cli structure` prints.
pub fn structure_outline(w: &zhanban_writeup::WriteUp) -> String {
    use zhanban_writeup::BlockKind;
    let mut s = String::new();
    let field = |s: &mut String, label: &str, v: &Option<String>| {
        if let Some(v) = v {
            s.push_str(&format!("{label}：{v}\n"));
        }
    };
    s.push_str(&format!("标题：{}\n", w.title.as_deref().unwrap_or("（无）")));
    field(&mut s, "副标题", &w.subtitle);
    field(&mut s, "引题", &w.kicker);
    let b = &w.byline;
    for (label, v) in [
        ("来源", &b.source),
        ("作者", &b.author),
        ("记者", &b.reporter),
        ("通讯员", &b.correspondent),
    ] {
        field(&mut s, label, v);
    }
    field(&mut s, "日期", &b.date);
    if w.traditional && !w.simplified {
        s.push_str("提示：这篇文稿主要是繁体字，可加 --simplified 转换为简体。\n");
    }
    s.push('\n');
    for block in &w.blocks {
        use zhanban_project::review::RowKind;
        let label = match RowKind::of(block) {
            RowKind::Heading2 => "二级标题",
            RowKind::Paragraph => "段落",
            RowKind::Caption => "图片说明",
            RowKind::Photo => "图片",
            _ => "一级标题",
        };
        let text = if block.kind == BlockKind::Photo {
            block.image.clone().unwrap_or_default()
        } else {
            block.text.clone()
        };
        s.push_str(&format!("[{label}] {text}\n"));
    }
    if !w.key_figures.is_empty() {
        s.push_str("\n关键数字：\n");
        for k in &w.key_figures {
            s.push_str(&format!("  {}：{}\n", k.text, k.label));
        }
    }
    if !w.dropped.is_empty() {
        s.push_str(&format!("\n已删除 {} 行（可在程序中恢复）：\n", w.dropped.len()));
        for d in &w.dropped {
            s.push_str(&format!("  {}（{}）\n", d.text, d.reason));
        }
    }
    s
}

/// One line of `zhanban-cli import`'s progress on standard error.
pub fn import_step(step: &zhanban_project::import::Step<'_>) -> Option<String> {
    use zhanban_project::import::Step;
    Some(match step {
        Step::Progress(_) | Step::Stored(..) => return None,
        Step::Imported(f) => match &f.same_as {
            Some(other) => format!(
                "已导入：{}（{}×{}），可能与“{}”是同一张照片",
                f.file_name, f.width, f.height, other
            ),
            None => format!("已导入：{}（{}×{}）", f.file_name, f.width, f.height),
        },
        Step::Duplicate(d) => format!(
            "重复，未再次保存：{}（与项目中的“{}”相同）",
            d.file_name, d.existing_file_name
        ),
        Step::Failed(f) => format!("未能导入：{}", f.reason),
        // (a file whose only text is its title gives no board: say so at once)
        Step::WriteUp(w) if w.blocks == 0 && w.pictures == 0 => format!(
            "已导入文稿：{}（没有找到正文：请检查文件是否完整，或改为粘贴正文）",
            w.title.as_deref().unwrap_or("无标题")
        ),
        Step::WriteUp(w) => format!(
            "已导入文稿：{}（{} 段{}）",
            w.title.as_deref().unwrap_or("无标题"),
            w.blocks,
            if w.pictures > 0 {
                format!("，{} 张图片", w.pictures)
            } else {
                String::new()
            }
        ),
    })
}

/// The closing summary of an import.
pub fn import_summary(r: &zhanban_project::import::ImportReport) -> String {
    let mut s = format!(
        "导入完成：新照片 {} 张，重复 {} 张，失败 {} 个，文稿 {} 篇",
        r.imported.len(),
        r.duplicates.len(),
        r.failed.len(),
        r.writeups.len()
    );
    if r.skipped > 0 {
        s.push_str(&format!("，文件夹中跳过非图片文件 {} 个", r.skipped));
    }
    if r.cancelled {
        s.push_str("。导入已取消：以上列出的已保存，其余未改动");
    }
    s.push('。');
    s
}

pub fn not_same_set(photo: &str, other: &str) -> String {
    format!("已记下：“{photo}”与“{other}”不是同一张照片，排版时两张都保留（撤销：undo）。")
}

pub fn caption_set(file_name: &str, caption: &str) -> String {
    if caption.is_empty() {
        format!("已清除“{file_name}”的图片说明。")
    } else {
        format!("已设置“{file_name}”的图片说明：{caption}")
    }
}

pub fn read_stdin_failed(detail: &str) -> String {
    format!("无法读取标准输入：{detail}。请用 UTF-8 编码的文字输入，例如：echo 文字 | zhanban-cli typeset --width 20")
}

/// Export going ahead although preflight found errors (--force).
pub fn export_forced(errors: usize) -> String {
    format!("印前检查有 {errors} 个错误，已按 --force 继续导出：印刷前请逐项确认。")
}

pub fn exhibition_saved(title: &str) -> String {
    format!("已保存展览信息：{title}")
}

pub fn export_progress(p: &zhanban_pdf::Progress) -> String {
    match p.stage {
        zhanban_pdf::Stage::Board => format!("[{}/{}] 已导出展板：{}", p.done, p.total, p.board),
        zhanban_pdf::Stage::Image => format!("[{}/{}] 已生成 150 ppi 图像：{}", p.done, p.total, p.board),
        _ => format!("[{}/{}] 已生成审阅版：{}", p.done, p.total, p.board),
    }
}

pub fn export_done(r: &zhanban_pdf::FolderReport, out: &std::path::Path) -> String {
    format!(
        "导出完成：{} 块展板的 PDF 在“{}”，打印清单：{}{}",
        r.boards.len(),
        out.display(),
        r.print_list.display(),
        r.print_list_pdf
            .as_ref()
            .map(|p| format!("、{}", p.display()))
            .unwrap_or_default()
    )
}

pub fn read_text_failed(path: &std::path::Path, detail: &str) -> String {
    format!(
        "无法读取“{}”：{detail}。请确认文件存在，并以 UTF-8 编码保存。",
        path.display()
    )
}

/// The desktop app on Windows, when the WebView2 runtime is missing (shown before Tauri starts; see main.rs).
pub mod webview2 {
    pub const TITLE: &str = "展板工坊无法启动";
    pub const MISSING: &str = "本机没有安装 Microsoft Edge WebView2 运行时，展板工坊的窗口需要它才能显示。\n\n\
                               Windows 11 和已更新的 Windows 10 通常自带此组件。请任选一种办法：\n\
                               1. 请单位信息中心（网管）安装“Microsoft Edge WebView2 运行时”（离线安装包：\
                               MicrosoftEdgeWebView2RuntimeInstallerX64.exe，无需管理员权限也可为当前用户安装）；\n\
                               2. 能上网时，在微软网站搜索“WebView2 运行时”下载安装；\n\
                               3. 使用带 WebView2 离线安装包的展板工坊安装程序重新安装。\n\n\
                               安装后重新打开展板工坊即可，已有的项目不受影响。\n\
                               （不需要窗口时，命令行工具 zhanban-cli.exe 仍可导入、排版和导出。）";
}

// ---- changes (zhanban-cli adjust, undo, redo) ----

pub fn bad_adjustment(detail: &str) -> String {
    format!(
        "看不懂这项调整：{detail}。格式见 README 的“zhanban-cli adjust”一节，例如 {{\"kind\":\"arrangement\",\"board\":\"w1-b5\",\"n\":1}}。"
    )
}

/// After `zhanban-cli undo` / `redo`: what was changed back.
pub fn walked(undo: bool, target: zhanban_project::EditTarget) -> String {
    use zhanban_project::EditTarget;
    let what = match target {
        EditTarget::Caption => "图片说明",
        EditTarget::Setting => "展板设置",
        EditTarget::WriteUp => "文稿",
    };
    if undo {
        format!("已撤销上一次更改（{what}）。")
    } else {
        format!("已重做更改（{what}）。")
    }
}

pub fn nothing_to_walk(undo: bool) -> String {
    if undo {
        "没有可以撤销的更改。".to_string()
    } else {
        "没有可以重做的更改。".to_string()
    }
}

pub fn adjustment_saved() -> String {
    "调整已保存到项目，以后每次重新排版都会保留。".to_string()
}

pub const NOT_A_LOCAL_FOLDER: &str = "这不是本机上的一个文件夹";
pub const NOT_OUR_FOLDER: &str = "只能打开导出到的文件夹或项目所在的文件夹";
pub fn opened_read_only() -> &'static str {
    "提示：项目文件是只读的（或所在文件夹、光盘、U 盘不允许写入），已只读打开：可以查看和导出，不能修改。"
}

pub fn open_folder_failed(dir: &str, detail: &str) -> String {
    format!("无法打开文件夹“{dir}”：{detail}")
}

pub fn no_folder_opener(dir: &str, tried: &[String]) -> String {
    format!(
        "这台电脑上没有能打开文件夹的程序（试过：{}）。文件已保存在：\n{dir}\n请复制这个位置，粘贴到文件管理器的地址栏中打开。",
        tried.join("、")
    )
}

// ---- board canvas glyphs (app.rs) ----

pub fn glyph_font_unknown(path: &str) -> String {
    format!("画布无法显示字体文件“{path}”中的文字：它不是排版所用的字体。请重新排版后再试。")
}
