//! A headline for a write-up that has none (a page copied from its body down, its title left behind), read from its
//! opening as an editor would write one: the activity's theme in quotes (以“…”为主题的…活动 → “…”…活动), else the
//! clause that says who did what (郑集镇召开…述职评议会) — never the purpose clause before it (为…，), the date
//! (2月5日下午，) or the closing 。; a clause too long is made to fit as an editor would (no 了 after the verb, then no
//! place before it, no quotation qualifying a noun, no 以…为…的 qualifier, the higher units of a long unit name left
//! out, then a unit suffix two units share named once), a quotation is never cut, in simplified or traditional
//! script; an opening that lists the units taking part and ends in what they did (7月1日，A，B，C…，在…，欢聚一堂，庆祝党的生日)
//! gives the first unit and that act (A庆祝党的生日); a visit by officials gives their unit, 到, the place and what they
//! came to do, their names and posts left out (市卫计委组织处到医院调研党建工作). None when nothing short enough reads as one; the board then takes
//! the exhibition title. Either way the user is told, and can type another title on the board.
//!
//! Owns only the reading; `chrome::fallback_title` decides when a board needs it.

/// The longest headline taken (characters): a board title band holds about this many on two lines.
const MAX_CHARS: usize = 30;
/// The shortest clause that says who did what.
const MIN_CHARS: usize = 8;
/// How much of the opening paragraph is read (characters): the first sentences, where a news report says what happened.
const READ_CHARS: usize = 220;
/// Verbs of an event or an act a report of this genre leads with (simplified, then traditional forms).
pub(crate) const EVENT_VERBS: [&str; 36] = [
    "召开", "开展", "举办", "举行", "组织", "启动", "走进", "赴", "参观", "慰问", "签订", "签署", "成立", "揭牌",
    "发布", "表彰", "部署", "推出", "开设", "召集", "召開", "開展", "舉辦", "舉行", "組織", "啟動", "走進", "參觀",
    "簽訂", "簽署", "發布", "推出", "開設", "揭牌", "表彰", "部署",
];
/// How a clause of purpose or circumstance begins (为…，进一步…，在…下，按照…): never the headline.
/// (a purpose clause often goes on in a list of aims: 为…，推动…，加强…；and 通过… says by what means)
const NOT_LEADS: [&str; 35] = [
    "为",
    // (结合当前开展…活动，: what the event is tied to, fresh26 i01)
    "结合",
    "結合",
    "在",
    "按照",
    "根据",
    "进一步",
    "不断",
    "切实",
    "充分",
    "着力",
    "持续",
    "深入",
    "推动",
    "推进",
    "促进",
    "加强",
    "贯彻",
    "丰富",
    "弘扬",
    "通过",
    "今年是",
    "今天是",
    "為",
    "根據",
    "進一步",
    "不斷",
    "著力",
    "持續",
    "推動",
    "推進",
    "促進",
    "加強",
    "貫徹",
    "通過",
];
/// Verbs that end an opening listing who took part with what they did (…，欢聚一堂，庆祝党的生日): the event verbs and
/// those of a celebration or a study.
const ACT_VERBS: [&str; 15] = [
    "庆祝", "纪念", "欢度", "共庆", "喜迎", "迎接", "重温", "学习", "慶祝", "紀念", "歡度", "共慶", "重溫", "學習",
    "观看",
];
/// How the name of a unit or a body of people ends (柳疃镇离退休干部党支部, 龙河诗书分社, 市国资委, …代表).
const UNIT_ENDS: [&str; 30] = [
    "党支部",
    "党总支",
    "党委",
    "支部",
    "工委",
    "委员会",
    "分社",
    "协会",
    "学会",
    "社区",
    "局",
    "中心",
    "学院",
    "学校",
    "医院",
    "公司",
    "办公室",
    "工会",
    "团委",
    "妇联",
    "黨支部",
    "黨總支",
    "黨委",
    "委員會",
    "協會",
    "學會",
    "學院",
    "學校",
    "醫院",
    "工會",
];
/// What may follow a quoted theme to make it a headline (…”主题党日活动, …”为主题的…).
const THEME_MARKS: [&str; 4] = ["为主题的", "主题", "為主題的", "主題"];
/// The ends of the higher units a long unit name starts with (苏州市相城区…街道…社区党总支, …公司…段党支部): a
/// headline names the unit by what follows them when the whole name does not fit.
const UPPER_UNITS: [&str; 12] = [
    "省",
    "市",
    "县",
    "镇",
    "乡",
    "街道",
    "公司",
    "集团",
    "管委会",
    "縣",
    "鎮",
    "集團",
];

/// Labels of a page's genre that a site puts before the headline ("经验交流：以“五项工程”为引领…", "典型案例：…").
const GENRE_LABELS: [&str; 10] = [
    "经验交流",
    "典型案例",
    "调研报告",
    "经验材料",
    "交流材料",
    "优秀案例",
    "經驗交流",
    "調研報告",
    "經驗材料",
    "優秀案例",
];

/// A board's title without the genre label at its head: the label names the kind of page, not what the unit did
/// (the write-up's title keeps it as printed; the review shows what the page said). None when there is no label or
/// no headline of its own after it.
pub(crate) fn without_genre_label(t: &str) -> Option<String> {
    let t = t.trim();
    GENRE_LABELS.iter().find_map(|l| {
        let rest = t.strip_prefix(l)?.trim_start();
        let rest = rest.strip_prefix(['：', ':', '|', '｜', '丨'])?.trim();
        (rest.chars().count() >= MIN_CHARS).then(|| rest.to_string())
    })
}

/// The headline read from a write-up's opening paragraph, if one reads as a headline.
pub fn from_opening(paragraph: &str) -> Option<String> {
    let paragraph = crate::chrome::strip_lead_in(paragraph).unwrap_or(paragraph);
    let mut text: String = paragraph.trim().chars().take(READ_CHARS).collect();
    // What is read ends on a clause's end, never inside a word cut by the limit (健康宣教 read as 健康宣).
    if paragraph.trim().chars().count() > READ_CHARS {
        let end = text.rfind(['，', '。', '；', ',', ';', '！', '？']).unwrap_or(0);
        text.truncate(end);
    }
    let text = text.replace(',', "，").replace(';', "；");
    // (the theme with who held it, when the clause that holds it fits: "杞县人民法院圉镇法庭党支部开展“5+N主题党日”活动"
    // rather than "“5+N主题党日”活动" alone, fresh25 m01)
    let theme = quoted_theme(&text);
    // (who held it named before the verb: "正式发布…", "组织党员干部开展…" name no one)
    let named = |e: &str| {
        let verb = EVENT_VERBS.iter().filter_map(|v| e.find(v)).min().unwrap_or(0);
        e[..verb].chars().count() >= 4
    };
    let held = event_clause(&text).filter(|e| named(e)).filter(|e| {
        theme
            .as_deref()
            .and_then(|t| t.split('”').next())
            .is_some_and(|q| e.contains(&format!("{q}”")))
    });
    // (each reading is judged on its own: one that starts on a clause's label gives way to the next)
    let ok = |h: &String| !on_a_label(h);
    held.filter(ok)
        .or(theme.filter(ok))
        .or_else(|| event_clause(&text).filter(ok))
        .or_else(|| units_and_act(&text).filter(ok))
        .or_else(|| visit(&text).filter(ok))
        .or_else(|| leader_and_act(&text).filter(ok))
        .or_else(|| unit_and_its_course(&text).filter(ok))
        .or_else(|| subject_of_a_time_clause(&text).filter(ok))
        .or_else(|| event_under_way(&text).filter(ok))
        .map(without_locative)
        .filter(|h| zhanban_writeup::title_chrome(h).is_none())
}

/// The event itself as the subject, after the date, taking place somewhere: "5月24日上午，书香机关建设第一期读书活动在
/// 图书馆501党建活动室进行" → 书香机关建设第一期读书活动 (fresh31 ad13): the event's name is what an editor puts over
/// its board.
fn event_under_way(text: &str) -> Option<String> {
    let parts: Vec<&str> = clauses(text).into_iter().map(str::trim).collect();
    let first = parts.iter().copied().find(|c| !dated(c))?;
    let (event, place) = first.split_once('在')?;
    let held = ["进行", "举行", "進行", "舉行"].iter().any(|v| place.ends_with(v));
    let named = [
        "活动",
        "活動",
        "大会",
        "大會",
        "会议",
        "會議",
        "仪式",
        "儀式",
        "座谈会",
        "座談會",
        "读书班",
        "讀書班",
    ]
    .iter()
    .any(|e| event.ends_with(e));
    let n = event.chars().count();
    (held
        && named
        && (MIN_CHARS..=MAX_CHARS).contains(&n)
        && balanced(event)
        && !NOT_LEADS.iter().any(|l| event.starts_with(l)))
    .then(|| event.to_string())
}

/// A clause that opens on a label of the event it describes — its theme, content or aim, then 为/是 or a colon:
/// "主题为：深入开展主题教育" (fresh31 ad13, which titled its board), "主题为的庆祝…" (p9k). It names what the event was
/// about, never who did what: no headline.
fn on_a_label(h: &str) -> bool {
    [
        "主题", "内容", "議題", "议题", "题目", "目的", "宗旨", "口号", "主題", "內容", "口號",
    ]
    .iter()
    .filter_map(|l| h.strip_prefix(l))
    .any(|r| r.starts_with(['为', '為', '是', '：', ':']))
}

/// A headline names who acted, not the street they are on: a leading "位于…的" (located at … ) is left out ("位于南區街道
/// 城南一路9號的環城社區黨群服務中心舉行啟用儀式" → 環城社區黨群服務中心舉行啟用儀式, fresh28 aa12; an address is chrome as a title).
fn without_locative(h: String) -> String {
    let rest = ["位于", "位於"].iter().find_map(|p| h.strip_prefix(p));
    match rest.and_then(|r| r.split_once('的')) {
        Some((_, r)) if r.chars().count() >= MIN_CHARS => r.to_string(),
        _ => h,
    }
}

/// The unit of a clause of time and the act of the clause after it, its adverb left out: "市审计局行事处在开展2个经济
/// 责任审计时，分别在审计现场成立临时党支部" → 市审计局行事处在审计现场成立临时党支部 (fresh24 l13): the time clause heads no
/// report, the next one has no subject of its own.
fn subject_of_a_time_clause(text: &str) -> Option<String> {
    let cs: Vec<&str> = clauses(text).into_iter().map(str::trim).collect();
    cs.windows(2).find_map(|w| {
        let (time, next) = (w[0], w[1]);
        let body = time.strip_suffix('时').or_else(|| time.strip_suffix('時'))?;
        let at = body.find('在').filter(|&a| a > 0)?;
        let unit = &body[..at];
        let unit = unit.rsplit('，').next().unwrap_or(unit);
        if !UNIT_ENDS.iter().any(|e| unit.ends_with(e)) && !unit.ends_with('处') {
            return None;
        }
        let act = NO_SUBJECT.iter().find_map(|l| next.strip_prefix(l))?;
        if !EVENT_VERBS.iter().any(|v| acts(act, v)) {
            return None;
        }
        let headline = fit(&format!("{unit}{act}"));
        Some(headline).filter(|h| (MIN_CHARS..=MAX_CHARS).contains(&h.chars().count()) && balanced(h))
    })
}

/// An opening that narrates an event rather than stating the work: its first sentence has a clause that is a date
/// or a time of day (4月25日上午，…; 近日，…) or tells of officials' visit (…处长曹文龙、副处长高莉莅临医院调研…). Such
/// an opening is a news report's, never a 前言's (`近年来，…坚持…`, a unit and its course, states the work).
pub(crate) fn narrates_an_event(paragraph: &str) -> bool {
    let t = crate::chrome::strip_lead_in(paragraph).unwrap_or(paragraph).trim();
    let t = t.replace(',', "，");
    let sentence = &t[..t.find(['。', '！', '？']).unwrap_or(t.len())];
    // (a time of the year, 新年伊始，…; an event told as done, …开展了…活动)
    let season = |c: &str| c.chars().count() <= 8 && ["伊始", "前夕", "之际", "之際"].iter().any(|w| c.ends_with(w));
    let done = EVENT_VERBS.iter().any(|v| sentence.contains(&format!("{v}了")));
    clauses(sentence)
        .into_iter()
        .map(str::trim)
        .any(|c| dated(c) || season(c))
        || done
        || visit(sentence).is_some()
}

/// Verbs of coming to a place (…莅临医院, …一行到…社区).
/// (a delegation's 来 counts after 一行: "市统计局局长张建军一行来陵城区开展…", fresh23 j03)
const COME_VERBS: [&str; 10] = [
    "莅临",
    "来到",
    "深入",
    "到",
    "赴",
    "蒞臨",
    "來到",
    "前往",
    "一行来",
    "一行來",
];
/// Verbs of what officials come to do (调研, 视察, 检查指导…).
/// (or an event they came to hold there: "…来陵城区开展市区两级统计系统联合主题党日活动", fresh23 j03)
const VISIT_VERBS: [&str; 16] = [
    "调研", "视察", "考察", "检查", "督导", "指导", "走访", "調研", "視察", "考察", "檢查", "督導", "指導", "走訪",
    "开展", "開展",
];
/// Posts of officials (处长, 副书记, 主任…): a subject naming them is a list of officials, not a unit.
const POSTS: [&str; 24] = [
    "书记",
    "处长",
    "局长",
    "主任",
    "部长",
    "院长",
    "厅长",
    "市长",
    "县长",
    "区长",
    "镇长",
    "主席",
    "常委",
    "委员",
    "巡视员",
    "调研员",
    "领导",
    "書記",
    "處長",
    "局長",
    "部長",
    "院長",
    "委員",
    "廳長",
];

/// An official leading units, then what they did (近日，國家林草局林草調查規劃院黨委委員、副院長李杰率生產基建黨支部與…黨支部，
/// 在湖州聯合開展主題黨日活動): the official's unit and the act, the name, the post, the units led and the place left
/// out (國家林草局林草調查規劃院黨委聯合開展主題黨日活動). None unless the clause after the one with 率 (带领) holds the
/// act.
fn leader_and_act(text: &str) -> Option<String> {
    let sentence = &text[..text.find('。').unwrap_or(text.len())];
    let parts: Vec<&str> = clauses(sentence).into_iter().map(str::trim).collect();
    // (率先 leads nobody)
    let k = parts
        .iter()
        .position(|c| ["率", "带领", "帶領"].iter().any(|w| c.contains(w)) && !c.contains("率先"))?;
    let (lead, act) = (parts[k], *parts.get(k + 1)?);
    let led = ["率", "带领", "帶領"].iter().filter_map(|w| lead.find(w)).min()?;
    let post = POSTS.iter().filter_map(|p| lead[..led].find(p)).min()?;
    let unit = lead[..post].trim_end_matches('副');
    // the act without its place (在湖州聯合開展… → 聯合開展…)
    let verb = EVENT_VERBS.iter().filter_map(|v| act.find(v)).min()?;
    let act = if act.starts_with('在') {
        let adverb = ["联合", "聯合", "共同", "一同"]
            .iter()
            .filter_map(|a| act[..verb].find(a))
            .min()
            .unwrap_or(verb);
        &act[adverb..]
    } else {
        act
    };
    let headline = format!("{unit}{act}");
    let n = unit.chars().count();
    (n >= 4
        && !unit.contains(['、', '，', '“'])
        && !NOT_LEADS.iter().any(|l| unit.starts_with(l))
        && !NO_SUBJECT.iter().any(|l| act.starts_with(l))
        && EVENT_VERBS.iter().any(|v| acts(act, v))
        && (MIN_CHARS..=MAX_CHARS).contains(&headline.chars().count())
        && balanced(&headline))
    .then_some(headline)
}

/// A visit by officials (4月25日上午，市卫计委组织处处长曹文龙、副处长高莉和张金志莅临医院调研党建工作): their unit,
/// 到, the place and what they came to do, the officials' names and posts left out (市卫计委组织处到医院调研党建工作), as
/// an editor titles a visit; …对X进行调研指导 is said 调研指导X. None unless the subject names officials by their
/// posts after a unit of at least two characters.
fn visit(text: &str) -> Option<String> {
    let sentence = &text[..text.find('。').unwrap_or(text.len())];
    clauses(sentence).into_iter().map(str::trim).find_map(|c| {
        let (at, come) = COME_VERBS
            .iter()
            .filter_map(|v| c.find(v).map(|i| (i, *v)))
            .min_by_key(|(i, v)| (*i, std::cmp::Reverse(v.len())))?;
        // (到 of 受到, 得到, 达到, 做到 is no coming)
        if c[..at].ends_with(['受', '得', '达', '做', '遇', '收', '感', '提', '找', '達']) {
            return None;
        }
        let subject = c[..at].trim_end_matches("一行");
        let post = POSTS.iter().filter_map(|p| subject.find(p)).min()?;
        let unit = subject[..post].trim_end_matches('副');
        let after = &c[at + come.len()..];
        let (v_at, _) = VISIT_VERBS
            .iter()
            .filter_map(|v| after.find(v).map(|i| (i, *v)))
            .min()?;
        let place = &after[..v_at];
        let (place, object) = match place.find(['对', '對']) {
            // …对基层党建工作进行调研指导 → 调研指导基层党建工作
            Some(d) if place[d..].ends_with("进行") || place[d..].ends_with("進行") => {
                let obj = &place[d + '对'.len_utf8()..place.len() - "进行".len()];
                (&place[..d], format!("{}{obj}", &after[v_at..]))
            }
            _ => (place, after[v_at..].to_string()),
        };
        let n = |s: &str| s.chars().count();
        let headline = format!("{unit}{}{place}{object}", if come == "赴" { "赴" } else { "到" });
        (n(unit) >= 2
            && (1..=16).contains(&n(place))
            && !unit.contains(['、', '“', '”'])
            && !NOT_LEADS.iter().any(|l| unit.starts_with(l))
            && !dateline(unit)
            && (MIN_CHARS..=MAX_CHARS).contains(&n(&headline))
            && balanced(&headline))
        .then_some(headline)
    })
}

/// An opening that names the unit and then what it holds to (人民路街道东正社区坚持党建引领基层治理，…): its first clause
/// after the date, when it starts with a unit's name (a [`UNIT_ENDS`] ending within its first 16 characters, not
/// after a pronoun or a purpose word) and fits a headline as it stands.
fn unit_and_its_course(text: &str) -> Option<String> {
    let sentence = &text[..text.find('。').unwrap_or(text.len())];
    let clause = clauses(sentence)
        .into_iter()
        .map(str::trim)
        .find(|c| !c.is_empty() && !dateline(c))?;
    let head: String = clause.chars().take(16).collect();
    let unit_end = UNIT_ENDS
        .iter()
        .filter_map(|e| head.find(e).map(|i| i + e.len()))
        .min()?;
    let rest = clause[unit_end..].chars().count();
    // (a post after the unit makes an official the subject, 市直机关工委书记王某率队: no unit's course)
    let official = POSTS
        .iter()
        .any(|p| clause[unit_end..].trim_start_matches('副').starts_with(p));
    let n = clause.chars().count();
    // (not a pronoun's or purpose word's clause, a label in brackets, a founding date, nor a list of units alone)
    let leads = NOT_LEADS.iter().any(|l| clause.starts_with(l))
        || clause.starts_with(['这', '該', '该', '此', '其', '〔', '【', '[', '(', '（']);
    // (a unit named for an honour ends on the title it won, "11个党支部被命名为新一批中央和国家机关“四强”党支部",
    // fresh21 o02: that is no list)
    let honour = [
        "被命名为",
        "被评为",
        "获评",
        "荣获",
        "被授予",
        "被命名為",
        "被評為",
        "獲評",
        "榮獲",
    ]
    .iter()
    .any(|v| clause.contains(v));
    // (units listed before the verb; a list in what the unit holds to is its course: 坚持围绕中心、服务大局主线)
    let list = (UNIT_ENDS.iter().any(|e| clause.ends_with(e)) && !honour) || clause[..unit_end].contains('、');
    (!leads
        && !official
        && !list
        && !anniversary(clause)
        && clause[..unit_end].chars().count() >= 4
        && rest >= 6
        && (MIN_CHARS..=MAX_CHARS).contains(&n)
        && balanced(clause)
        && !clause.contains(['：', ':']))
    .then(|| clause.to_string())
}

/// An opening sentence that names who took part, one unit after another between commas, and ends in what they did
/// (7月1日，柳疃镇离退休干部党支部，龙河诗书分社，…及党员代表，在本镇敬老院文化活动室，欢聚一堂，庆祝党的生日。): the
/// first unit and the act (柳疃镇离退休干部党支部庆祝党的生日), as a designer would title it — the date, the other
/// units and the place left out. None unless the first clause after the date is a unit's name and nothing else.
fn units_and_act(text: &str) -> Option<String> {
    let sentence = &text[..text.find('。')?];
    let parts: Vec<&str> = clauses(sentence)
        .into_iter()
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    let mut rest = parts.iter().copied().skip_while(|c| dateline(c));
    let unit = rest.next()?;
    let act = *parts.last()?;
    let is_unit = (4..=16).contains(&unit.chars().count())
        && UNIT_ENDS.iter().any(|e| unit.ends_with(e))
        && !EVENT_VERBS.iter().chain(ACT_VERBS.iter()).any(|v| unit.contains(v))
        && !NOT_LEADS.iter().any(|l| unit.starts_with(l));
    let is_act = ACT_VERBS.iter().chain(EVENT_VERBS.iter()).any(|v| act.starts_with(v))
        && (3..=14).contains(&act.chars().count())
        && parts.len() >= 3;
    let headline = format!("{unit}{act}");
    Some(headline).filter(|h| is_unit && is_act && (MIN_CHARS..=MAX_CHARS).contains(&h.chars().count()) && balanced(h))
}

/// A clause that dates a sentence: a [`dateline`], or one that names the day before or the hour (昨天，…;
/// 2018年6月28日下午15:00，…).
pub(crate) fn dated(c: &str) -> bool {
    dateline(c)
        || (c.chars().count() <= 14 && ["今天", "昨天", "今日", "昨日"].iter().any(|w| c.starts_with(w)))
        || (c.chars().count() <= 24
            && c.starts_with(|ch: char| ch.is_ascii_digit())
            && c.chars().take(12).any(|ch| ch == '日'))
}

/// A date or a time of day standing as a clause of its own (7月1日, 2020年1月19日上午, 近日).
pub(crate) fn dateline(c: &str) -> bool {
    let n = c.chars().count();
    n <= 14
        && (["近日", "日前", "上午", "下午", "晚上"].iter().any(|w| c.contains(w))
            || (c.chars().next().is_some_and(|ch| ch.is_ascii_digit()) && (c.contains('日') || c.contains('月'))))
}

/// “theme” and what it names (…”为主题的校际联动活动 → “theme”校际联动活动; …”主题活动 → “theme”主题活动; 开展
/// “theme”服务活动 → “theme”服务活动).
fn quoted_theme(text: &str) -> Option<String> {
    let mut from = 0;
    while let Some(open) = text[from..].find('“').map(|i| from + i) {
        let close = open + text[open..].find('”')?;
        from = close + '”'.len_utf8();
        let theme = &text[open..from];
        if !(4..=24).contains(&theme.chars().count().saturating_sub(2)) {
            continue;
        }
        let after = &text[from..];
        let mark = THEME_MARKS.iter().find(|m| after.starts_with(*m)).copied();
        // (a theme right after the verb that holds the event names it: 开展“…”探究服务活动)
        // (in a purpose clause, 为深入开展“两学一做”学习教育, the quotation names no event of the report)
        let clause_start = text[..open]
            .rfind(['，', '。', '；'])
            .map_or(0, |i| i + '，'.len_utf8());
        let after_verb = EVENT_VERBS
            .iter()
            .any(|v| text[..open].ends_with(v) || text[..open].ends_with(&format!("{v}了")))
            && !NOT_LEADS.iter().any(|l| text[clause_start..].starts_with(l));
        if mark.is_none() && !after_verb {
            continue;
        }
        let after = &after[mark.map_or(0, str::len)..];
        let mut named: String = after
            .trim_start_matches('的')
            .chars()
            .take_while(|c| !"，。；：、！？（(“".contains(*c))
            .collect();
        // (a second quotation inside the name goes on with it: “…”暨纪念“三八”国际妇女节系列活动, never “…”暨纪念,
        // fresh25 m09)
        if after.trim_start_matches('的')[named.len()..].starts_with('“') {
            named = after
                .trim_start_matches('的')
                .chars()
                .take_while(|c| !"，。；：、！？（(".contains(*c))
                .collect();
        }
        // (the event's name ends at its noun: "…”主题团日活动于沁园广场拉下了帷幕" names 团日活动, fresh23 j11)
        if let Some(end) = ["活动", "活動"]
            .iter()
            .filter_map(|e| named.find(e).map(|i| i + e.len()))
            .min()
        {
            named.truncate(end);
        }
        let named = match mark {
            Some("主题" | "主題") => format!("{}{named}", mark.unwrap_or_default()),
            _ => named,
        };
        let headline = format!("{theme}{named}");
        let event = named.ends_with(['会', '會', '赛', '賽', '式']) || named.contains("活动") || named.contains("活動");
        if named.chars().count() >= 2
            && (mark.is_some() || event || named.chars().count() <= 10)
            && headline.chars().count() <= MAX_CHARS
        {
            return Some(headline);
        }
    }
    None
}

/// The first clause that leads with who did what: not a purpose clause, a date or a circumstance; made to fit as an
/// editor would (no 了 after the verb; then, if still too long, no place (在…) before it, no quoted qualifier, and the
/// higher units of a long unit name left out).
fn event_clause(text: &str) -> Option<String> {
    // The first two sentences: a report says what happened at once; later clauses describe it.
    let end = text.match_indices('。').nth(1).map_or(text.len(), |(i, _)| i);
    // (the first such clause that makes a headline: one too long even when fitted is passed over for a later one that
    // names who acts as its subject, "…审计局派出审计组开展…等4个审计项目，为加强…，…，审计局成立临时党小组", fresh24 l14 —
    // never one led by its object or the event, 对…进行…, 活动在…举行, nor an act told as an addition, …还举行…)
    clauses(&text[..end])
        .into_iter()
        .map(str::trim)
        .filter(|c| !NOT_LEADS.iter().any(|l| c.starts_with(l)) && !aside(c))
        .filter(|c| EVENT_VERBS.iter().any(|v| acts(c, v)) && !anniversary(c))
        .enumerate()
        .filter(|(k, c)| *k == 0 || own_subject(c))
        .find_map(|(_, c)| headline_of(text, c))
}

/// A later clause of the opening that opens on who acts: three characters or more before its verb (审计局), not a preposition
/// or the event itself first, no adverb of addition before the verb.
fn own_subject(c: &str) -> bool {
    let Some(at) = EVENT_VERBS.iter().filter_map(|v| c.find(v)).min() else {
        return false;
    };
    let subject = &c[..at];
    subject.chars().count() >= 3
        && !["对", "對", "活动", "活動"].iter().any(|p| subject.starts_with(p))
        && !subject.ends_with(['还', '還', '也'])
}

/// The headline a clause of the opening makes, if it makes one (`event_clause`).
fn headline_of(text: &str, clause: &str) -> Option<String> {
    // (a clause needs who acts and all of its act: none led by an adverb with its subject left in the clause before
    // (就…, 共同…, 并…), none stopping at a question mark inside a word (mojibake, "全國高？；"), none ending on the
    // place where the act happens (我馆组织全馆职工在馆长办公室，…))
    let at = clause.as_ptr() as usize - text.as_ptr() as usize;
    let cut_in_word = text[at + clause.len()..].starts_with('？');
    // (a unit that gathers its people, the act in the next clause: "民革崆峒区委会组织部分女党员，开展…系列活动", fresh25
    // m09 — the headline had stopped at the people)
    let joined;
    let clause = match text[at + clause.len()..].strip_prefix('，') {
        Some(next)
            if (acts(clause, "组织") || acts(clause, "組織"))
                && EVENT_VERBS
                    .iter()
                    .all(|v| !clause.contains(v) || *v == "组织" || *v == "組織") =>
        {
            let next = clauses(next).into_iter().next().unwrap_or_default().trim();
            if EVENT_VERBS.iter().any(|v| next.starts_with(v)) {
                joined = format!("{clause}{next}");
                joined.as_str()
            } else {
                clause
            }
        }
        _ => clause,
    };
    let subjectless = NO_SUBJECT.iter().any(|l| clause.starts_with(l));
    if cut_in_word || subjectless || ends_on_place(clause) {
        return None;
    }
    let fitted = fit(clause.trim_end_matches('。'));
    Some(fitted).filter(|c| (MIN_CHARS..=MAX_CHARS).contains(&c.chars().count()) && balanced(c))
}

/// A clause that says who did what only in passing, never what an editor heads the report with (fresh23 j11, j14,
/// j15; fresh24 l13): one pointing back at the event already told (这次团日活动是由…组织开展, 该中心…), one of what is
/// planned (…下阶段将继续开展…), one of the time of another act (…在开展2个经济责任审计时), or one without its subject
/// (the unit named clauses before: …，同时，新成立机关第二党支部).
fn aside(c: &str) -> bool {
    const BACK: [&str; 8] = ["这次", "此次", "本次", "该", "這次", "該", "这", "這"];
    const PLAN: [&str; 8] = [
        "下阶段",
        "下一步",
        "将继续",
        "将进一步",
        "下階段",
        "將繼續",
        "將進一步",
        "计划",
    ];
    let first_verb = EVENT_VERBS.iter().filter_map(|v| c.find(v)).min().unwrap_or(0);
    BACK.iter().any(|b| c.starts_with(b))
        || PLAN.iter().any(|p| c.contains(p))
        || c.ends_with(['时', '時'])
        || c[..first_verb].chars().count() == 1
}

/// Words that lead a clause whose subject stands in the clause before (…，就…开展交流座谈; …，共同举办…; …，并…).
const NO_SUBJECT: [&str; 10] = ["就", "共同", "并", "還", "还", "也", "又", "並", "分别", "分別"];

/// The clause ends on the place of its act (…组织全馆职工在馆长办公室): the act follows after the comma.
fn ends_on_place(c: &str) -> bool {
    c.rfind('在').is_some_and(|at| {
        let tail = &c[at..];
        let verb_before = EVENT_VERBS.iter().any(|v| c[..at].contains(v));
        verb_before
            && !EVENT_VERBS.iter().chain(ACT_VERBS.iter()).any(|v| tail.contains(v))
            && tail.chars().count() <= 12
    })
}

/// The text cut at clause marks (，。；！？) that stand outside quotation marks.
pub(crate) fn clauses(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut depth, mut start) = (0i32, 0);
    for (i, c) in text.char_indices() {
        match c {
            '“' | '《' => depth += 1,
            '”' | '》' => depth = (depth - 1).max(0),
            '，' | '。' | '；' | '！' | '？' if depth == 0 => {
                out.push(&text[start..i]);
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    out.push(&text[start..]);
    out
}

/// Every quotation mark closed: a headline never cuts a quotation in half.
fn balanced(c: &str) -> bool {
    c.matches('“').count() == c.matches('”').count() && c.matches('《').count() == c.matches('》').count()
}

/// An anniversary or a founding date, not an event: 中国共产党成立100周年, 支部成立于2014年.
fn anniversary(c: &str) -> bool {
    ["成立于", "成立於", "周年", "週年"].iter().any(|w| c.contains(w)) && !c.contains("活动") && !c.contains("活動")
}

/// The clause as an editor would set it as a headline.
fn fit(clause: &str) -> String {
    let mut c = clause.to_string();
    for v in EVENT_VERBS {
        c = c.replace(&format!("{v}了"), v);
    }
    c = without_measure_qualifier(&c);
    let len = |c: &str| c.chars().count();
    if len(&c) > MAX_CHARS {
        c = without_place(&c);
    }
    if len(&c) > MAX_CHARS {
        c = without_around(&c);
    }
    if len(&c) > MAX_CHARS {
        c = without_quoted_qualifier(&c);
    }
    if len(&c) > MAX_CHARS {
        c = without_yi_wei_qualifier(&c);
    }
    if len(&c) > MAX_CHARS {
        c = branch_names(&c);
    }
    if len(&c) > MAX_CHARS {
        c = shorter_units(&c);
    }
    if len(&c) > MAX_CHARS {
        c = shared_suffix_once(&c);
    }
    if len(&c) > MAX_CHARS {
        c = event_then_verb(&c);
    }
    c
}

/// The meeting or event named first and its verb after it, as news headlines put it when who held it does not fit
/// (市直机关第四督察组与市教育局召开机关党支部标准化建设现场交流观摩会 → 机关党支部标准化建设现场交流观摩会召开); only for
/// an object that names an event (…会, …活动, …仪式…).
fn event_then_verb(c: &str) -> String {
    const VERBS: [&str; 6] = ["召开", "举行", "举办", "召開", "舉行", "舉辦"];
    const EVENTS: [&str; 12] = [
        "会", "會", "活动", "活動", "仪式", "儀式", "论坛", "論壇", "比赛", "比賽", "讲座", "講座",
    ];
    let Some((at, verb)) = VERBS.iter().filter_map(|v| c.find(v).map(|i| (i, *v))).min() else {
        return c.to_string();
    };
    let object = &c[at + verb.len()..];
    let n = object.chars().count();
    if EVENTS.iter().any(|e| object.ends_with(e)) && n >= MIN_CHARS && n + 2 <= MAX_CHARS && balanced(object) {
        format!("{object}{verb}")
    } else {
        c.to_string()
    }
}

/// Without a 以…为…的 phrase qualifying the noun after the verb (市国资委成立以委党委书记主任王雄文同志为组长的创建工作领导小组
/// → 市国资委成立创建工作领导小组): who leads the body is no part of a headline.
fn without_yi_wei_qualifier(c: &str) -> String {
    for (at, _) in c.match_indices('以') {
        let after_verb = EVENT_VERBS.iter().any(|v| c[..at].ends_with(v));
        let Some(wei) = c[at..].find(['为', '為']).map(|i| at + i) else {
            continue;
        };
        let Some(de) = c[wei..].find('的').map(|i| wei + i) else {
            continue;
        };
        let phrase = &c[at..de + '的'.len_utf8()];
        if after_verb
            && !phrase.contains(['“', '《', '，'])
            && c[at..wei].chars().count() >= 3
            && c[de..].chars().count() >= 3
        {
            return format!("{}{}", &c[..at], &c[de + '的'.len_utf8()..]);
        }
    }
    c.to_string()
}

/// Two units of one kind (…宣传部党支部与…理论评论部党支部开展…) with the kind named once, after the last
/// (…宣传部与…理论评论部党支部开展…), as headlines join units of one kind.
fn shared_suffix_once(c: &str) -> String {
    let Some(verb) = EVENT_VERBS.iter().filter_map(|v| c.find(v)).min() else {
        return c.to_string();
    };
    let (subject, rest) = c.split_at(verb);
    let parts: Vec<&str> = subject.split(['与', '與', '和']).collect();
    if parts.len() != 2 {
        return c.to_string();
    }
    let kind = UNIT_ENDS.iter().filter(|e| e.chars().count() >= 2).find(|e| {
        parts
            .iter()
            .all(|p| p.ends_with(*e) && p.chars().count() >= e.chars().count() + 4)
    });
    match kind {
        Some(e) => {
            let sep = &subject[parts[0].len()..subject.len() - parts[1].len()];
            format!("{}{sep}{}{rest}", &parts[0][..parts[0].len() - e.len()], parts[1])
        }
        None => c.to_string(),
    }
}

/// Without a count and a word of praise before the event (举办了一场精彩纷呈的党建知识竞赛活动 → 举办党建知识竞赛活动,
/// fresh26 i01): a headline names the event, not how many nor how fine.
fn without_measure_qualifier(c: &str) -> String {
    for m in ["一场", "一次", "一堂", "一系列", "一場", "一堂"] {
        let Some(at) = c.find(m) else { continue };
        let after_verb = EVENT_VERBS.iter().any(|v| c[..at].ends_with(v));
        let Some(de) = c[at..].find('的').map(|i| at + i) else {
            continue;
        };
        let words = &c[at + m.len()..de];
        if after_verb && (1..=6).contains(&words.chars().count()) && words.chars().all(is_han) {
            return format!("{}{}", &c[..at], &c[de + '的'.len_utf8()..]);
        }
    }
    c.to_string()
}

/// Without what the act turns on, quoted, before its place or verb (…党支部围绕“党建+审判”在…开展… → …党支部在…开展…,
/// fresh25 m01).
fn without_around(c: &str) -> String {
    for w in ["围绕", "圍繞"] {
        let Some(at) = c.find(w) else { continue };
        let open = at + w.len();
        if !c[open..].starts_with('“') {
            continue;
        }
        let Some(close) = c[open..].find('”').map(|i| open + i + '”'.len_utf8()) else {
            continue;
        };
        if c[..at].chars().count() >= 4 {
            return format!("{}{}", &c[..at], &c[close..]);
        }
    }
    c.to_string()
}

/// Each unit named by its branch in brackets, the company before it left out (国家电网江苏电力（仪征周维忠）共产党员服务队 →
/// 仪征周维忠共产党员服务队, fresh25 m03): the brackets hold what tells the unit from its sisters.
fn branch_names(c: &str) -> String {
    let Some(verb) = EVENT_VERBS.iter().filter_map(|v| c.find(v)).min() else {
        return c.to_string();
    };
    let (subject, rest) = c.split_at(verb);
    let parts: Vec<String> = subject
        .split_inclusive(['与', '與', '和', '、'])
        .map(|p| {
            let Some(open) = p.find(['（', '(']) else {
                return p.to_string();
            };
            let Some(close) = p[open..].find(['）', ')']).map(|i| open + i) else {
                return p.to_string();
            };
            let inner = &p[open + '（'.len_utf8()..close];
            let before = &p[..open];
            let ok = before.chars().count() >= 2
                && before.chars().all(is_han)
                && (2..=10).contains(&inner.chars().count())
                && inner.chars().all(is_han);
            if ok {
                format!("{inner}{}", &p[close + '）'.len_utf8()..])
            } else {
                p.to_string()
            }
        })
        .collect();
    format!("{}{rest}", parts.concat())
}

/// Without the place between the subject and the verb (涿州市总工会在桃园街道办事处举行… → 涿州市总工会举行…).
fn without_place(c: &str) -> String {
    let Some(at) = c.find('在').filter(|&i| c[..i].chars().count() >= 2) else {
        return c.to_string();
    };
    let verb = EVENT_VERBS.iter().filter_map(|v| c[at..].find(v).map(|i| at + i)).min();
    match verb {
        Some(v) if !c[at..v].contains(['“', '，']) && c[at..v].chars().count() <= 16 => {
            format!("{}{}", &c[..at], &c[v..])
        }
        _ => c.to_string(),
    }
}

/// Without a quotation that qualifies the noun after it (召开创建“让党中央放心、让人民群众满意”模范机关工作推进会 →
/// 召开创建模范机关工作推进会); a quotation the clause ends with is its theme and stays.
fn without_quoted_qualifier(c: &str) -> String {
    let mut out = String::new();
    let mut rest = c;
    while let Some(open) = rest.find('“') {
        let Some(len) = rest[open..].find('”') else { break };
        let close = open + len + '”'.len_utf8();
        // (after 在, 对, 向… the quotation names a place or a party, not a kind)
        let qualifies = rest[close..].chars().next().is_some_and(is_han)
            && rest[close..].chars().count() >= 2
            && !rest[..open].ends_with(['在', '于', '对', '从', '向', '到', '给', '由', '對', '於', '從', '給']);
        out.push_str(&rest[..open]);
        if !qualifies {
            out.push_str(&rest[open..close]);
        }
        rest = &rest[close..];
        // (a theme joined to the event by 暨 goes with its 暨: "开展“…”暨纪念…活动" → 开展纪念…活动, fresh25 m09)
        if qualifies {
            rest = rest.strip_prefix(['暨']).unwrap_or(rest);
        }
    }
    out.push_str(rest);
    out
}

/// Each unit of the subject (A与B…, A、B…) named without the higher units its name starts with, as far as needed
/// and never down to nothing (…苏州维管段段部党支部与…北河泾街道常楼社区党总支开展结对共建 → 苏州维管段段部党支部与常楼社区
/// 党总支开展结对共建).
fn shorter_units(c: &str) -> String {
    let Some(verb) = EVENT_VERBS.iter().filter_map(|v| c.find(v)).min() else {
        return c.to_string();
    };
    let (subject, rest) = c.split_at(verb);
    let mut parts: Vec<String> = Vec::new();
    let mut seps: Vec<char> = Vec::new();
    let mut cur = String::new();
    for ch in subject.chars() {
        if ch == '与' || ch == '與' || ch == '、' || ch == '和' {
            parts.push(std::mem::take(&mut cur));
            seps.push(ch);
        } else {
            cur.push(ch);
        }
    }
    parts.push(cur);
    let total =
        |parts: &[String]| parts.iter().map(|p| p.chars().count()).sum::<usize>() + seps.len() + rest.chars().count();
    while total(&parts) > MAX_CHARS {
        // the longest name loses its highest unit, if it has one and something of its own is left
        let Some((k, cut)) = parts
            .iter()
            .enumerate()
            .filter_map(|(k, p)| upper_unit_end(p).map(|e| (k, e)))
            .max_by_key(|(k, _)| parts[*k].chars().count())
        else {
            break;
        };
        parts[k] = parts[k][cut..].to_string();
    }
    let mut out = String::new();
    for (k, p) in parts.iter().enumerate() {
        out.push_str(p);
        if let Some(sep) = seps.get(k) {
            out.push(*sep);
        }
    }
    out.push_str(rest);
    out
}

/// Where the first higher unit of a name ends (after 苏州市, …公司, …街道), when at least four characters follow it
/// and they name a unit of their own (市委, 市直, 市政协… are the city's own organs, not units under it).
fn upper_unit_end(name: &str) -> Option<usize> {
    UPPER_UNITS
        .iter()
        .flat_map(|u| name.match_indices(u).map(|(i, u)| i + u.len()))
        .filter(|&e| {
            let rest = &name[e..];
            e >= 2 * '市'.len_utf8()
                && rest.chars().count() >= 4
                && !rest.starts_with(['委', '直', '政', '人', '级', '属', '級', '屬', '区', '區', '长', '長'])
        })
        .min()
}

fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// What follows a verb used as a noun (工作开展情况, 活动举办成效): the clause reports on the act, it does not do it.
const NOMINAL_AFTER: [&str; 7] = ["情况", "情況", "状况", "狀況", "进展", "進展", "成效"];

/// Whether the clause uses the verb as a verb: 组织 acts when people follow it (组织10名…, 组织全馆职工, 组织部分党员);
/// in 党组织, 社会组织活动 or 组织部 it is a noun; no verb acts when a report's noun follows it (开展情况).
fn acts(clause: &str, verb: &str) -> bool {
    clause.match_indices(verb).any(|(i, _)| {
        let after = clause[i + verb.len()..].chars().next();
        let rest = &clause[i + verb.len()..];
        if NOMINAL_AFTER.iter().any(|n| rest.starts_with(n)) {
            return false;
        }
        (verb != "组织" && verb != "組織")
            || rest.starts_with("部分")
            || after.is_some_and(|c| {
                c.is_ascii_digit() || "全党干职师青学志各本一二三四五六七八九十黨幹職師學誌".contains(c)
            })
    })
}

#[cfg(test)]
mod tests {
    use super::from_opening;

    /// Issue 14, twenty-second round (fresh24 l14): an untitled report whose first clause with an act is too long took
    /// the exhibition title; a later clause that opens on who acts gives the headline, none led by its object or told
    /// as an addition.
    #[test]
    fn a_later_clause_that_names_who_acts_when_the_first_is_too_long() {
        // (fresh24 l14, its injected site name removed: the first clause with an act is too long even when fitted)
        let l14 = "2022年3月，审计局派出审计组开展2021年度财政管理和收支情况审计、县2021年度本级财政预算执行、决算草案和其他财政\
                   收支审计及76个县一级预算单位2021年度部门预算执行和其他财政收支情况审计等4个审计项目，为加强审计机关党组织建设，\
                   将党建触角向审计一线延伸，充分发挥基层党组织战斗堡垒作用和党员干部在审计一线的先锋模范作用，确保高质量完成审计\
                   工作任务，审计局成立临时党小组。";
        assert_eq!(from_opening(l14).as_deref(), Some("审计局成立临时党小组"));
        // (a later clause led by its object, by the event or told as an addition heads nothing: fresh27 e05, e10)
        for t in [
            "近日，国资委党委召开深化落实习近平总书记全国国有企业党的建设工作会议重要讲话精神座谈会，进一步领悟思想深化认识，\
             总结国资央企贯彻落实全国国企党建会精神的工作成效和经验，对新形势下国资央企党的建设工作进行再动员再部署。",
            "近日，我市龙田镇的兴宁市龙江建材实业有限公司和水口镇的兴宁新球工艺制品有限公司、兴宁祺隆工艺制品有限公司等3家\
             非公企业先后成立了党支部，龙江建材公司还举行成立党支部挂牌仪式，这是我市基层党组织在开展创先争优活动中取得的新成果。",
        ] {
            assert_eq!(from_opening(t), None, "{t}");
        }
    }

    /// Issue 14, twenty-first round (fresh25 m01, m03, m09, fresh23 j11, fresh26 i01): an untitled report's board took
    /// the exhibition title (j11, m03), a theme without who held it (m01), the people without their act (m09) or a
    /// clause of what the event was tied to (i01); an editor's headline says who did what.
    #[test]
    fn who_did_what_from_openings_that_had_none_or_a_weak_one() {
        let m01 = "4月24日，杞县人民法院圉镇法庭党支部围绕“党建+审判”在圉镇镇法庭开展“5+N主题党日”活动，以党建促审判。";
        assert_eq!(
            from_opening(m01).as_deref(),
            Some("杞县人民法院圉镇法庭党支部开展“5+N主题党日”活动")
        );
        let m03 =
            "3月25日，国家电网江苏电力（仪征周维忠）共产党员服务队与国家电网江苏电力（如东公司退役军人）共产党员服务队\
                   在如东公司开展结对联建，进一步提升共产党员服务队建设管理水平。";
        assert_eq!(
            from_opening(m03).as_deref(),
            Some("仪征周维忠共产党员服务队与退役军人共产党员服务队开展结对联建")
        );
        let m09 = "为发挥民革性别结构优势，积极联络和凝聚广大民革党员，激发全体党员努力奋进新征程的干劲，3月5日，民革崆峒区委会\
                   组织部分女党员，开展“绽放巾帼芳华，共绘美好明天”暨纪念“三八”国际妇女节系列活动。";
        assert_eq!(
            from_opening(m09).as_deref(),
            Some("民革崆峒区委会组织部分女党员开展纪念国际妇女节系列活动")
        );
        let j11 = "4月21日，“不忘初心跟党走，牢记使命勇担当”主题团日活动于沁园广场拉下了帷幕，这次团日活动是由化工171、172两个\
                   团支部共同组织开展。";
        assert_eq!(
            from_opening(j11).as_deref(),
            Some("“不忘初心跟党走，牢记使命勇担当”主题团日活动")
        );
        let i01 = "为庆祝中国共产党93周年华诞，结合当前开展党的群众路线教育实践活动，7月2日上午，修水县国税局举办了一场精彩纷呈的\
                   党建知识竞赛活动。";
        assert_eq!(from_opening(i01).as_deref(), Some("修水县国税局举办党建知识竞赛活动"));
        // (a theme whose clause names no one before its verb stays the theme: "组织党员干部开展“…”主题党日活动")
        let p9x = "为深入开展党史学习教育，9月26日，组织党员干部开展“奉献大京九、守好北大门”主题党日活动。";
        assert_eq!(
            from_opening(p9x).as_deref(),
            Some("“奉献大京九、守好北大门”主题党日活动")
        );
    }

    /// Issue 14, twenty-first round (point 3c): a genre label at the head of a headline is the page's kind; the board
    /// title drops it when a headline of its own follows.
    #[test]
    fn a_genre_label_is_no_part_of_the_board_title() {
        use super::without_genre_label;
        assert_eq!(
            without_genre_label("经验交流：以“五项工程”为引领全力打造让党中央和市委放心、让全市人民满意的模范机关")
                .as_deref(),
            Some("以“五项工程”为引领全力打造让党中央和市委放心、让全市人民满意的模范机关")
        );
        assert_eq!(
            without_genre_label("典型案例:“红色管家”让老旧小区焕发新生机").as_deref(),
            Some("“红色管家”让老旧小区焕发新生机")
        );
        assert_eq!(without_genre_label("经验交流会在市委党校召开"), None);
        assert_eq!(without_genre_label("调研报告：提纲"), None);
    }

    /// Issue 14, nineteenth round: untitled reports took a later clause of their opening that says who did what only
    /// in passing (fresh23 j11, j14, j15; fresh24 l13). A clause pointing back at the event, one of plans, one of the
    /// time of another act or one without its subject heads no report; the clause that tells the act does.
    #[test]
    fn a_clause_in_passing_heads_no_report() {
        let j14 = "5月16日上午,集团文化新闻中心采编人员来到宁波港大厦,与来自矿石公司、北二司的基层厂队党支部书记、\
                   通讯员、班组长代表进行了座谈交流,听取大家的意见和建议。据悉,该中心下阶段将继续开展座谈交流活动。";
        assert_eq!(
            from_opening(j14).as_deref(),
            Some("集团文化新闻中心采编人员来到宁波港大厦")
        );
        let j15 = "为进一步优化组织设置,加强队伍建设,做实机关党建工作,经集团党委研究同意,集团机关党支部更名为机关第一\
                   党支部,同时,新成立机关第二党支部。12月31日,机关第一、第二党支部相继召开换届选举大会和支部成立大会,\
                   选举产生新的支部委员会。";
        assert_eq!(
            from_opening(j15).as_deref(),
            Some("机关第一、第二党支部相继召开换届选举大会和支部成立大会")
        );
        let j11 = "本次主题团日活动于沁园广场拉下了帷幕,这次团日活动是由化工171、172两个团支部共同组织开展。";
        assert_eq!(from_opening(j11), None);
        // (the unit of a clause of time with the act of the next: 市审计局行事处在…时，分别在审计现场成立临时党支部)
        let l13 = "今年下半年,市审计局行事处在开展2个经济责任审计时,分别在审计现场成立临时党支部,发挥临时党支部的战斗\
                   堡垒作用。";
        assert_eq!(
            from_opening(l13).as_deref(),
            Some("市审计局行事处在审计现场成立临时党支部")
        );
    }

    /// A second quotation inside the event's name goes on with it (fresh25 m09's board was titled "“绽放巾帼芳华，共绘美好
    /// 明天”暨纪念", the name cut at the quotation of 三八).
    #[test]
    fn a_second_quotation_inside_the_name_goes_on_with_it() {
        let h = from_opening(
            "为发挥民革性别结构优势,积极联络和凝聚广大民革党员,激发全体党员努力奋进新征程的干劲,3月5日,民革崆峒区委会组织部分\
             女党员,开展“绽放巾帼芳华,共绘美好明天”暨纪念“三八”国际妇女节系列活动。",
        );
        assert!(!h.as_deref().unwrap_or_default().ends_with("暨纪念"), "{h:?}");
    }

    /// Openings of real reports whose pages lost their titles (school, town, retirees' branch), and one of the
    /// corpus's own kind: each gives the headline an editor would write; a story's opening gives none.
    #[test]
    fn a_report_opening_gives_its_headline() {
        assert_eq!(
            from_opening(
                "为贯彻落实新时代党的建设总要求,进一步搭建党支部交流平台,2024年10月25日下午,崇州市崇平小学校党支部、\
                 成都高新区西芯小学党支部开展了以“党建引领聚合力 共建共享促发展”为主题的校际联动暨支部共建活动。"
            )
            .as_deref(),
            Some("“党建引领聚合力 共建共享促发展”校际联动暨支部共建活动")
        );
        assert_eq!(
            from_opening(
                "为切实了解我镇基层党建工作情况,进一步强化基层党组织凝聚力、战斗力。在严格落实疫情防控要求下,2月5日下午,\
                 郑集镇召开基层党组织书记抓基层党建工作述职评议会。会议由镇党委书记主持。"
            )
            .as_deref(),
            Some("郑集镇召开基层党组织书记抓基层党建工作述职评议会")
        );
        assert_eq!(
            from_opening(
                "为丰富离退休干部的节日文化生活,10月11日,执法队退休支部组织10名退休老干部到古镇开展“九九重阳节,古镇话初心”主题活动。"
            )
            .as_deref(),
            Some("“九九重阳节，古镇话初心”主题活动")
        );
        assert_eq!(
            from_opening("近日，市直机关工委举办青年干部读书分享会，来自32个单位的60余名青年干部参加。").as_deref(),
            Some("市直机关工委举办青年干部读书分享会")
        );
        assert_eq!(
            from_opening("在枣庄，零售户孙某患有先天性疾病，店铺经营状况不理想。"),
            None
        );
        assert_eq!(from_opening("他说：“这是我们应该做的。”大家纷纷点头。"), None);
    }

    /// Openings of fresh7's and fresh8's pages that lost their titles, whose boards took the exhibition's title
    /// ("模范机关建设成果展") for want of a headline: the clause that says who did what, made to fit as an editor would
    /// — the higher units of long unit names left out, the place before the verb and a quotation qualifying a noun
    /// dropped when too long, a quotation never cut — and no headline from a purpose clause or an anniversary.
    #[test]
    fn what_is_read_ends_on_a_clause_not_inside_a_word() {
        // fresh12 z07 (an untitled page): the quoted theme stood past the 220 characters read, and its board was
        // titled "“怎样让老年人平安过夏”健康宣" (健康宣教 cut by the limit).
        let opening = "市肿瘤医院党委以“满意杯”百日优质服务竞赛活动为抓手,结合医院形象工程提出“一个党员一面旗”的要求,号召全院四个党支部开展“最佳党日活动”。针对新增设的病区将在近期启用,后勤物资保障部门较忙的状况,院党委书记亲自带领行政党支部女党员缝制被套30条,枕套20对,后勤党小组为医院职工维修自行车20余辆;医技党支部发动党员利用中午休息时间为医院图书室搬迁;外科党支部组织党员到“怀德老年公寓”、“清凉老年公寓”开展“怎样让老年人平安过夏”健康宣教与义诊活动;内科党支部组织党员在医院门口开展咨询活动。";
        assert!(
            from_opening(opening).is_none_or(|h| !h.ends_with("健康宣")),
            "{:?}",
            from_opening(opening)
        );
    }

    #[test]
    fn an_opening_that_names_the_unit_and_its_course_gives_that_clause() {
        // fresh21 o06 (1200×900: its board took the exhibition title, as two other untitled pages' did)
        assert_eq!(
            from_opening("人民路街道东正社区坚持党建引领基层治理，凝聚党员群众力量，创新志愿服务模式。").as_deref(),
            Some("人民路街道东正社区坚持党建引领基层治理")
        );
        // (a list in its course is no list of units — a page never tuned on, 2026-12-07)
        assert_eq!(
            from_opening("攀枝花市西区坚持围绕中心、服务大局主线,聚焦政治统领、主责主业、示范引领,强化责任意识。")
                .as_deref(),
            Some("攀枝花市西区坚持围绕中心、服务大局主线")
        );
        // a list of units, a founding date, a label in brackets: none
        for opening in [
            "江苏苏州吴江区供电公司黎里供电所党支部、芦墟供电所党支部，结对共建。",
            "民进江苏南通市通州区支部成立于2014年。七年来，支部认真履行民主党派职能。",
            "〔摘要〕貫徹“以人民為中心的發展思想”，…。",
        ] {
            assert_eq!(from_opening(opening), None, "{opening}");
        }
    }

    #[test]
    fn a_long_opening_is_made_to_fit() {
        assert_eq!(
            from_opening(
                "为进一步促进党建优势互补,加强基层党支部建设,贯彻“我为群众办实事”实践活动,中铁电气化局京沪高铁维管公司苏州维管段\
                 段部党支部与所在属地苏州市相城区高铁新城管委会北河泾街道常楼社区党总支开展结对共建,双方党组织的负责人按照“以共建\
                 促党建,以共建促共享,以共建促互补”的原则,签订了《党支部结对共建协议书》。"
            )
            .as_deref(),
            Some("苏州维管段段部党支部与北河泾街道常楼社区党总支开展结对共建")
        );
        assert_eq!(
            from_opening(
                "为充分证据机关党组织和在任党员在服务下层、服务环球中的积极作用,近日,合肥市同安街说念五里庙社区独秀园小区党支部与\
                 包河区东说念主社局第三党支部积极反馈上司敕令,共同开展“百个机关党支部进社区 千名在任党员率前卫”探究服务环球算作,\
                 通过结对共建,联袂鼓动和好意思小区缔造。"
            )
            .as_deref(),
            Some("“百个机关党支部进社区 千名在任党员率前卫”探究服务环球算作")
        );
        assert_eq!(
            from_opening(
                "12月3日,我市召开创建“让党中央放心、让人民群众满意”模范机关工作推进会,来自全市84家市直单位党组织负责人参加了会议。"
            )
            .as_deref(),
            Some("我市召开创建模范机关工作推进会")
        );
        assert_eq!(
            from_opening(
                "12月29日,市委党史研究室召开深化创建“市级文明单位”动员部署会,对创建“市级文明单位”工作再动员、再部署。"
            )
            .as_deref(),
            Some("市委党史研究室召开深化创建“市级文明单位”动员部署会")
        );
        assert_eq!(
            from_opening(
                "为庆祝中国共产党建党95周年,推动“两学一做”学习教育深入开展,7月1日下午,“我身边的好党员”演讲比赛在学术报告厅火热举行。"
            )
            .as_deref(),
            Some("“我身边的好党员”演讲比赛在学术报告厅火热举行")
        );
        assert_eq!(
            from_opening("3月3日，2021年度機關黨支部書記述職評議會順利召開。機關黨委委員、機關黨支部書記、黨員代表等30余人參加。")
                .as_deref(),
            Some("2021年度機關黨支部書記述職評議會順利召開")
        );
        assert_eq!(
            from_opening(
                "宜都融媒訊（記者 江傳堃）4月27日，2023年全市機關黨建工作會暨2022年度市直單位機關黨組織書記述職評議會議召開，\
                 市委常委、市委辦公室主任張杰參加。"
            ),
            None
        );
        assert_eq!(
            from_opening(
                "【本报讯】近日,市直机关第四督察组与市教育局召开机关党支部标准化建设现场交流观摩会,全市21家单位的专职副书记及党务干部参加会议。"
            )
            .as_deref(),
            Some("机关党支部标准化建设现场交流观摩会召开")
        );
        assert_eq!(
            from_opening("民进江苏南通市通州区支部成立于2014年。七年来，支部认真履行民主党派职能。"),
            None
        );
        assert_eq!(from_opening("7月1日，是中国共产党成立104周年纪念日。"), None);
    }

    /// Openings the eighth round left to the exhibition title, from the page sets (fresh8's v12 and v14, studied;
    /// fresh5b's s04, held out, never studied for the parser): two units of one kind whose names fill the band, a
    /// body set up "以…为组长的", and an opening that lists who took part and ends in what they did. Each gives the
    /// headline a designer would write; an opening that lists units and ends in no act gives none.
    #[test]
    fn units_their_act_and_long_names() {
        assert_eq!(
            from_opening(
                "为进一步聚焦支部党建高质量发展目标,充分发挥党建政治引领作用,切实提高支部政治站位,近日,山东建筑大学宣传部党支部与\
                 大众日报理论评论部党支部开展党建联建活动。活动由大众日报理论评论部党支部书记、主任任宇波主持。"
            )
            .as_deref(),
            Some("山东建筑大学宣传部与大众日报理论评论部党支部开展党建联建活动")
        );
        assert_eq!(
            from_opening(
                "为了号召机关全体干部职工积极参与到争创省级文明单位活动中来,共同努力把机关精神文明建设工作推上一个更新更高的台阶,\
                 市国资委成立以委党委书记主任王雄文同志为组长的创建工作领导小组,并在机关党委设立了创建工作办公室,机关党委书记钱军同志\
                 任办公室主任。"
            )
            .as_deref(),
            Some("市国资委成立创建工作领导小组")
        );
        assert_eq!(
            from_opening(
                "7月1日,柳疃镇离退休干部党支部,龙河诗书分社,柳疃镇关工委领导班子及党员代表,在本镇敬老院文化活动室,欢聚一堂,\
                 庆祝党的生日。首先学习了中共昌邑市委组织部老龄委老干局印发的《关于开展离退休干部党建工作“规范提升年”活动的实施意见》\
                 的通知。"
            )
            .as_deref(),
            Some("柳疃镇离退休干部党支部庆祝党的生日")
        );
        // (no act at the end; a unit that is not the first clause after the date)
        assert_eq!(
            from_opening("7月1日,柳疃镇离退休干部党支部,龙河诗书分社,在本镇敬老院文化活动室,欢聚一堂。大家纷纷发言。"),
            None
        );
        assert_eq!(
            from_opening("7月1日,天气晴好,柳疃镇离退休干部党支部的老同志们,在敬老院,庆祝党的生日。"),
            None
        );
        // (a 以…为…的 phrase that is the theme of a quoted event stays: the quotation is the headline)
        assert_eq!(
            from_opening("6月5日,县委组织部开展以“学党史、强党性”为主题的读书活动,全体党员参加。").as_deref(),
            Some("“学党史、强党性”读书活动")
        );
    }

    /// Openings of the page sets whose clause would make no headline (fresh2's g11, fresh8's v09, fresh9's w06, the
    /// training page p94): a clause ending on the place of its act, one led by an adverb whose subject is in the
    /// clause before, one cut at a mojibake question mark inside a word. None: the board takes the exhibition title.
    #[test]
    fn no_headline_without_its_subject_or_all_of_its_act() {
        assert_eq!(
            from_opening(
                "为了庆祝中国共产党成立95周年,7月1日上午,我馆组织全馆职工在馆长办公室,学习收看了“七一”直播报道《道路:回望1921》。"
            ),
            None
        );
        assert_eq!(
            from_opening(
                "12月8日,湖南理工职院马克思主义学院院长、党总支书记田野一行五人莅临我院建筑系,就全国样板党支部申报工作开展交流座谈。\
                 系党总支部书记肖凌参加交流。"
            ),
            None
        );
        assert_eq!(
            from_opening(
                "為推動高?;鶎狱h組織在“兩學(xué)一做”學(xué)習(xí)教育中發(fā)揮作用,教育部于2016年下半年組織開展了全國高?!皟蓪W(xué)一做”\
                 支部風(fēng)采展示活動。"
            ),
            None
        );
        assert_eq!(
            from_opening(
                "貫徹“以人民為中心的發展思想”,就要緊緊依靠人民落實各項重大決策部署,首要任務就是健全決策機制。"
            ),
            None
        );
        // (a verb before 情况 names no act: a visit's purpose clause is no headline — fresh19 m04; the visit is, below)
        assert_ne!(
            from_opening(
                "4月25日上午,市卫计委组织处处长曹文龙、副处长高莉和张金志莅临医院调研党建工作,了解党建文化品牌创建工作开展情况。"
            )
            .as_deref(),
            Some("了解党建文化品牌创建工作开展情况")
        );
        // (an act after the place stays: 在…举行)
        assert_eq!(
            from_opening("4月27日下午,市总工会集中主题党日活动在一楼会议室举行。").as_deref(),
            Some("市总工会集中主题党日活动在一楼会议室举行")
        );
    }

    /// Issue 14, seventeenth round (from the lead's look at fresh21 o02, whose board took the exhibition title): a
    /// unit named for an honour ends on the title it won, and that clause is the headline; a clause that only lists
    /// units is still none.
    #[test]
    fn an_event_under_way_never_a_clauses_label() {
        // Issue 14, twenty-seventh round (fresh31 ad13's board was titled "主题为：深入开展主题教育"): a reading that opens
        // on a clause's label gives way; the event as the subject, taking place somewhere, is the headline
        let ad13 = "5月24日上午,书香机关建设第一期读书活动在图书馆501党建活动室进行,第一期读书活动由机关党委承办,机关党委委员参加,主题为:深入开展主题教育,学习贯彻党的二十大精神。";
        assert_eq!(from_opening(ad13).as_deref(), Some("书香机关建设第一期读书活动"));
        let p9k = "7月1日,是中国共产党成立104周年纪念日,阿坝州应急管理局举办了主题为“传承伟大建党精神,以优良作风推动新时代阿坝应急高质量发展”的庆祝中国共产党成立104周年暨主题党日活动。";
        assert!(!from_opening(p9k).is_some_and(|h| h.starts_with("主题")));
        assert!(super::on_a_label("主题为：深入开展主题教育"));
        assert!(!super::on_a_label("主题党日活动在社区举行"));
    }

    #[test]
    fn a_unit_named_for_an_honour() {
        assert_eq!(
            from_opening("11个党支部被命名为新一批中央和国家机关“四强”党支部,是国家药监局以高质量党建引领和促进药监事业高质量发展的缩影。")
                .as_deref(),
            Some("11个党支部被命名为新一批中央和国家机关“四强”党支部")
        );
        assert_eq!(
            from_opening("市直机关工委、市总工会、团市委机关党支部,共同参加。"),
            None
        );
    }

    /// Issue 14, eighteenth round: untitled reports of officials' visits (fresh19 m04, fresh18 k19, fresh14 b08) took
    /// the exhibition title, no clause fitting 30 characters. The headline an editor writes: the officials' unit, 到,
    /// the place and what they came to do, names and posts left out; …对X进行调研指导 said 调研指导X. No visit without
    /// officials named by their posts, and 到 of 受到 is no coming.
    #[test]
    fn a_visit_gives_the_unit_the_place_and_what_it_came_to_do() {
        assert_eq!(
            from_opening(
                "4月25日上午，市卫计委组织处处长曹文龙、副处长高莉和张金志莅临医院调研党建工作，了解党建文化品牌创建工作开展情况。"
            )
            .as_deref(),
            Some("市卫计委组织处到医院调研党建工作")
        );
        assert_eq!(
            from_opening(
                "8月23日下午，市委副书记李双金一行到西阜新街道机务社区对基层党建工作进行调研指导，市委常委、组织部长金东海，\
                 区委书记张巍，区委常委、组织部长周瑞华陪同调研。"
            )
            .as_deref(),
            Some("市委到西阜新街道机务社区调研指导基层党建工作")
        );
        assert_eq!(
            from_opening("5月16日下午，集團公司黨委副書記、副董事長李家龍到四公司調研黨建工作。").as_deref(),
            Some("集團公司黨委到四公司調研黨建工作")
        );
        assert_eq!(
            from_opening("近日，社区党员受到群众好评，大家来到社区广场看望老党员。"),
            None
        );
        assert_eq!(from_opening("近日，王大爷来到社区服务站，检查自己的血压。"), None);
        // (a delegation's 来, and an event it came to hold: fresh23 j03, which took the exhibition title)
        assert_eq!(
            from_opening(
                "7月13日,市统计局局长张建军一行来陵城区开展市区两级统计系统联合主题党日活动,区委书记张传军,区委常委、副区长黄向阳参加。"
            )
            .as_deref(),
            Some("市统计局到陵城区开展市区两级统计系统联合主题党日活动")
        );
        assert_eq!(from_opening("近日，社区书记一行来了又走，开展工作很辛苦。"), None);
    }

    /// Issue 14, eighteenth round: fresh22 r03 (traditional script) took the exhibition title — the official who led
    /// the units in one clause, what they did in the next. The headline names the official's unit and the act,
    /// without the name, the post, the units led and the place; no headline when the next clause holds no act or
    /// 率 leads nobody (率先).
    #[test]
    fn an_official_leading_units_gives_the_unit_and_the_act() {
        assert_eq!(
            from_opening(
                "近日，國家林草局林草調查規劃院黨委委員、副院長李杰率生產基建黨支部與省森林資源監測中心辦公室黨支部、科技發展室黨支部，\
                 在湖州聯合開展主題黨日活動。省林業局黨組成員、副局長李榮勛參加相關活動。"
            )
            .as_deref(),
            Some("國家林草局林草調查規劃院黨委聯合開展主題黨日活動")
        );
        assert_eq!(
            from_opening("近日，市直机关工委书记王某率队，在社区，看望老党员。"),
            None
        );
        assert_eq!(from_opening("近日，社区党委书记率先垂范，深受群众好评。"), None);
    }

    /// Issue 14, eighteenth round: an opening that narrates an event (a dateline, a time of the year, an event told as
    /// done, a visit) is a news report's, never a 前言's; an opening that states the work is kept. Real openings of the
    /// sets and the corpus.
    #[test]
    fn an_opening_that_narrates_an_event() {
        use super::narrates_an_event;
        for account in [
            "4月25日上午，市卫计委组织处处长曹文龙、副处长高莉和张金志莅临医院调研党建工作，了解党建文化品牌创建工作开展情况。",
            "日前，国家林草局规划院多个处室党支部在开展外业调查期间与相关单位党支部开展党建联学共建活动。",
            "为促进党建与业务深度融合，进一步深化党建联建机制，新年伊始，动植物处党支部利用外业工作的契机，与内蒙古巴彦淖尔市乌拉特国家级自然保护区管理局党支部开展了以“新年新气象”为主题的联学共建党日活动。",
            "昨天，市直机关党建工作会议召开。",
            "2018年6月28日下午15:00,大学科技园党支部在科技园207室举行了支部书记讲党课活动。",
            "为纪念中共中央发布“五一口号”70周年，活跃支部党员文化生活，致公党天津市河北区委会第一支部（水利设计院支部）举办了以“我爱祖国，我爱设计院”为主题的摄影交流活动。",
            "本报讯（记者 王晓明）近日，市直机关工委召开党建工作会议。",
        ] {
            assert!(narrates_an_event(account), "{account}");
        }
        for statement in [
            "国家林业和草原局各单位把为群众办实事贯穿党史学习教育始终，在攻坚克难上见真章、在担当作为中求实效，确保党员受教育、群众得实惠。",
            "今年以来,全市机关各级党组织深入学习宣传贯彻党的二十大精神,坚决贯彻习近平总书记关于机关党建工作重要指示要求。",
            "2024年,长岛综合试验区深入学习贯彻习近平总书记关于机关党建的重要讲话和重要指示精神,把“走在前、作表率”作为机关党建工作的使命任务。",
            "近年来，xx地区管委会深入学习贯彻习近平总书记在中央和国家机关党的建设工作会议上的重要讲话精神。",
            "编者按：2021年是中国共产党成立100周年，是实施“十四五”规划、开启全面建设社会主义现代化国家新征程的第一年。",
            "人民路街道东正社区坚持党建引领基层治理，凝聚党员群众力量，创新志愿服务模式。",
        ] {
            assert!(!narrates_an_event(statement), "{statement}");
        }
    }

    /// Issue 14, twenty-third round (fresh28 aa12, a traditional mirror of a 社区 item): an opening "位于…的…" gives the
    /// unit and its act, never the street and its number (an address, chrome as a title, had been the headline).
    #[test]
    fn a_locative_before_the_unit_is_left_out() {
        assert_eq!(
            from_opening("3月31日上午11時,位于南區街道城南一路9號的環城社區黨群服務中心舉行啟用儀式。").as_deref(),
            Some("環城社區黨群服務中心舉行啟用儀式")
        );
    }

    /// Every page of the writeup crate's sets whose key has no title, parsed as the CLI does: the headline its
    /// opening gives (printed, with the held-out sets apart) is never chrome, fits the band and is never the date.
    /// (`cargo test -p zhanban-layout headline -- --nocapture` prints the list.)
    #[test]
    fn untitled_pages_of_the_sets() {
        use std::path::Path;
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../writeup/tests/pages");
        let held_out = ["fresh5b", "fresh6b"];
        let (mut given, mut untitled) = ([0usize; 2], [0usize; 2]);
        let mut dirs = vec![root.clone()];
        for d in std::fs::read_dir(&root).expect("pages").flatten() {
            if d.path().is_dir() {
                dirs.push(d.path());
            }
        }
        dirs.sort();
        for dir in dirs {
            let part = dir.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
            let apart = usize::from(held_out.contains(&part.as_str()));
            let mut names: Vec<_> = std::fs::read_dir(&dir)
                .expect("pages")
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .collect();
            names.sort();
            for page in names {
                let key: serde_json::Value =
                    serde_json::from_str(&std::fs::read_to_string(page.with_extension("key.json")).expect("key"))
                        .expect("key json");
                if !key["title"].is_null() {
                    continue;
                }
                let w = zhanban_writeup::read_file(&page, &zhanban_writeup::Options::default())
                    .expect("page")
                    .writeup;
                // (as `chrome::fallback_title` reads it: past an opening that only lists names after a label)
                let opening = w.blocks.iter().find(|b| {
                    b.kind == zhanban_writeup::BlockKind::Paragraph
                        && zhanban_writeup::looks_like_chrome(&b.text).is_none()
                        && !crate::model::list_after_label(&b.text)
                });
                let headline = opening.and_then(|b| from_opening(&b.text));
                untitled[apart] += 1;
                let name = page
                    .file_stem()
                    .and_then(|n| n.to_str())
                    .unwrap_or_default()
                    .to_string();
                println!("{}{name}: {headline:?}", if apart == 1 { "(held out) " } else { "" });
                if let Some(h) = headline {
                    given[apart] += 1;
                    assert!(zhanban_writeup::title_chrome(&h).is_none(), "{name}: {h}");
                    assert!(
                        (super::MIN_CHARS..=super::MAX_CHARS).contains(&h.chars().count()),
                        "{name}: {h}"
                    );
                    assert!(!super::dateline(&h), "{name}: {h}");
                }
            }
        }
        println!(
            "headlines from the opening: {} / {} untitled pages; held out (fresh5b, fresh6b): {} / {}",
            given[0], untitled[0], given[1], untitled[1]
        );
    }
}
