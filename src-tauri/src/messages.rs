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
        let caption = if p.caption.is_empty() { "（无图片说明）" } else { p.caption.as_str() };
        s.push_str(&format!("  照片 {}  {}×{}  {}\n", p.file_name, p.width, p.height, caption));
    }
    for w in &info.writeups {
        s.push_str(&format!("  文稿 {}：{}（{} 段）\n", w.source_name, w.title.as_deref().unwrap_or("（无标题）"), w.blocks));
    }
    s
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
