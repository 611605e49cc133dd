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
pub const CHROME_URL: &str = "网址，不是文章内容";
pub const CHROME_EMAIL: &str = "电子邮箱（投稿、联系方式），不是文章内容";
pub const CHROME_FILE_NAME: &str = "文件名或编号，不是标题或正文";
pub const CHROME_MASTHEAD: &str = "电子报版面信息或网页栏目条（版面、星期、投稿、横幅等）";
pub const CHROME_REPOST: &str = "转载、来源说明，不是文章内容";
pub const CHROME_STATISTICS: &str = "网站访问统计，不是文章内容";
pub const CHROME_TIMESTAMP: &str = "网页地址或打印时间戳，不是文章内容";
pub const CHROME_NOT_CHINESE: &str = "主要不是中文，不像文章标题";
pub const CHROME_PART_NUMBER: &str = "只是一个序号（一、（一）、1. 等），不是文章标题";
pub const CHROME_FRAGMENT: &str = "像是被拆断的一行（引号或括号没有配对）或作者署名，不像文章标题";
pub const QUOTE_CREDIT: &str = "引语下署的讲话人姓名，是引语的出处，不是标题";
pub const BANNER_QUOTE: &str = "正文之前网页横幅上的引语，不是文章内容";
pub const CHROME_TAIL: &str = "正文之后的一串短条目（链接列表、导航等），不是文章内容";
pub const CUT_OFF: &str = "这一段没有以句号等标点结束，文稿可能被截断（网页没有复制完整）";
pub const CHROME_HTML: &str = "网页的导航栏、页眉页脚或链接列表，不是文章内容";
pub const ABOVE_TITLE: &str = "标题之前的网页内容（栏目、导航、口号等），不是文章内容";
pub const CONTENTS: &str = "目录（各章节标题在正文中另有）";
pub const CHROME_JUNK: &str = "网页提示、按钮、编辑署名或图片占位文字，不是文章内容";
pub const FIELD_LIST: &str = "网页的信息列表（索引号、发文机构、发文日期等），不是文章内容";
pub const PICTURE_NAME: &str = "图片的文件名或编号标签（图片本身请作为照片导入）";
pub const SITE_BLURB: &str = "范文网站的导语（“为大家整理”等），不是文章内容";
pub const GLUED_CAPTION: &str = "与正文连在一起的图片说明（图片不在文稿中；照片请另行导入并填写说明）";
pub const PIECE_LABEL: &str = "范文合集的篇目标签（篇一、第1篇等），不是标题";
pub const PAPER_METADATA: &str = "论文的附属信息（英文摘要、基金项目、参考文献、作者简介等），不是文章内容";
pub const INJECTED_SPAM: &str = "被篡改网页插入的博彩、广告词（顶替了单位名称），已从标题和正文中去掉";
pub const WATERMARK: &str = "网站在正文中反复插入的名称（水印），不是文章内容";
pub const PAGE_TALK: &str = "说网页本身的话（“下面请看图片”“点击查看”“图为…”），照片另行导入，不上展板正文";
pub const TEXT_AGAIN: &str = "网页把正文又重复了一遍（或重复了开头的几个字），不是新的内容";
pub const DELETED_BY_USER: &str = "已手动删除";
