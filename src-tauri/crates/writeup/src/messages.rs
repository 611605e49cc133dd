//! The Chinese texts shown to the user for dropped lines (why each was set aside). Error messages live in
//! `error.rs`; nothing else in the crate holds user-facing text.
//!
//! This module owns only these strings; it must not contain logic.

pub const APP_PROMPT: &str = "网页/APP 提示（下载、打开 APP 等），不是文章内容";
pub const COMMENTS: &str = "网页评论区，不是文章内容";
pub const RECOMMENDED: &str = "网页推荐列表（精彩推荐、相关阅读等）及其条目，不是文章内容";
pub const EDITOR: &str = "责任编辑、审核等编辑署名，通常不上展板";
pub const PAGE_NAV: &str = "网页按钮或导航（打印、关闭、上一条、下一条、分享等）";
pub const FOOTER: &str = "网站页脚（发布系统、版权、备案号、主办单位等）";
pub const IMAGE_PLACEHOLDER: &str = "图片占位文字（图片本身请作为照片导入）";
pub const BREADCRUMB: &str = "网页栏目或导航路径，不是标题";
pub const DUPLICATE_TITLE: &str = "与标题重复";
pub const BYLINE_EXTRA: &str = "署名行中的其他信息（点击率、字号等）";
pub const EMPTY_MARKUP: &str = "只有符号、没有文字的行";
