"""Clean text → title, publication date and outlet, read from the header lines only.

Only the dateline counts as the publication date: a body sentence that opens with a date
("2019年7月4日15时20分，市民报警…") is narrative and is never taken.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date

from parsers.cleaning import RELATED_HEADING_RE
from parsers.periods import REVIEW_SEASON_END

HEADER_LINES = 12  # non-empty lines that make up the header area


@dataclass(frozen=True)
class Meta:
    title: str | None
    published: str | None  # ISO date
    source: str | None


# 2025 03/29 18:57:25 (a news site's header): year and month may part by a space alone
_DATE_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})(?:\s*[-/.年]\s*|\s+(?=\d{1,2}/))(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)\s*日?")
_TIME_RE = re.compile(r"^\s*(\d{1,2}\s*[:：]\s*\d{2}(?:\s*[:：]\s*\d{2})?|\d{1,2}时(?:\d{1,2}分)?)")
_DATE_LABEL_RE = re.compile(r"(?:(发布|发表|更新|上传|录入)?(时间|日期)|\b[Dd]ate)\s*[:：]?\s*$")
_META_LABEL = r"(?:信息|文章|新闻|稿件)?来源|作者|编辑|责任编辑|责编|发布|点击|浏览|阅读|查看|访问|字号|时间|日期|记者|通讯员"
_META_LABEL_RE = re.compile(rf"^\s*(?:{_META_LABEL})\s*[:：]?")
# 2016-11-17 09:57 温航 沈威 来源:东南网责任编辑:柳绿我来说两句: the reporters' names, then the labels
_NAMES_THEN_LABEL_RE = re.compile(rf"^[^，,。！？!?:：\d]{{1,16}}?\s(?:{_META_LABEL})\s*[:：]")
# (大字 / 中字 / 字体: a page's font-size buttons after its date, no outlet)
_PAGE_BUTTONS_RE = re.compile(r"星期[一二三四五六日天]?|放大|缩小|默认|大字|中字|小字|字体|上一篇|下一篇|上一版|下一版|上一期|下一期"
                              r"|打印|关闭|返回|[\d\s<>»«|｜]+")
_COUNTER_RE = re.compile(r"(?:阅读|浏览|点击)(?:量|数|次数)?\s*[(（:：]?\s*\d+")
_SENTENCE_PUNCT_RE = re.compile(r"[，。！？；,;!?“”]")
_SOURCE_RE = re.compile(
    rf"(?:信息|文章|新闻|稿件)?来源\s*[:：]\s*(.+?)\s*(?=(?:{_META_LABEL})\s*[:：]|\s|$)"
)
_SOURCE_SUFFIX_RE = re.compile(r"(综合|整理|综合整理|编辑|报道)$")
_CJK_RE = re.compile(r"[\u3400-\u9fff]")
# page widgets above the article: weather (南昌 晴 26℃ 2024年3月2日 星期六), calendars
_WIDGET_RE = re.compile(r"(?<![\d.])-?\d{1,3}\s*[℃°]|星期[一二三四五六日天]|周[一二三四五六日]\s*$|农历")
_TOPIC_RE = re.compile(r"诈骗|詐騙|电诈|電詐|反诈|反詐|警方|公安|破获|破獲|抓获|抓獲|打掉|捣毁|冻结|凍結|止付|返还|挽损|团伙|专案|通报"
                       r"|电信网络|違法犯罪|违法犯罪")  # 宁夏部署打击治理电信网络新型违法犯罪工作
# 05.03.2018 18:13 / 21/11/2024 17:21 (a Hong Kong wire): day first, as some site templates
# print it; 11/21/2024, which cannot be day first, is read month first
_DMY_RE = re.compile(r"(?<![\d./])(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d{2})(?![\d./])")
_FOOTER_RE = re.compile(
    # （某报2025年09月27日第A4版） / 《 人民日报 》( 2022年08月29日 10 版): a name in 《》 may
    # carry a mirror's pinyin residue, and the edition's 第 and brackets are optional
    r"(?:[（(]?《?[\u4e00-\u9fff]{2,12}报》?|《[^》\n]{2,40}》\s*[（(]?)"
    r"\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:第\s*)?[A-Za-z]?\d{1,3}\s*版")
LABELLED_LINES = 80
# (and a bare host: 2021-10-15 08:53:02 吉林公务员考试网 jl.huatu.com 文章来源:华图教育)
_URL_RE = re.compile(r"(?:https?://|www\.)\S+|(?<![\w.@])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn|net|org)(?![\w.])(?:/\S*)?")
_LABELLED_RE = re.compile(r"(?:发布|发表|更新)(?:时间|日期)\s*[:：]")
# 中新网哈尔滨1月15日电 / 东北网7月18日讯 / 本报6月5日讯: a dateline without the year
_YEARLESS_DATELINE_RE = re.compile(
    r"(?<![\d年月])(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日\s*(?:电|讯|消息|报道[:：])"  # IT之家 12 月 11 日消息 / 东方网通讯员某某5月18日报道：
    # 闽西新闻网讯(通讯员 张晨)6月2日,…: the day follows the outlet's 讯 and byline
    # (佛山新闻网讯 某报记者某某报道:3月22日,…: an unbracketed byline that ends on 报道:)
    r"|(?:网|报|社)(?:讯|电|消息)\s*(?:[（(][^）)\n]{0,30}[）)]|[^，,。！？\n]{0,30}?报道\s*[:：])?\s*(?P<m2>\d{1,2})月(?P<d2>\d{1,2})日"  # 央视网消息 2月26日
    # 据某市公安局新闻办公室1月22日通报，…: the day the source announced what the page reports
    # (深圳警方1月14日通报称，近日打掉…: the force's own announcement, at the head of the lead)
    r"|^(?:据[^，,。！？\n]{2,24}?|[^，,。！？\n]{0,20}?(?:警方|公安局|公安厅|分局|反诈中心))"
    r"(?P<m3>\d{1,2})月(?P<d3>\d{1,2})日(?:通报|消息|发布|介绍)"
    # 日期:07-13 — an e-paper's page label without the year
    r"|^日期\s*[:：]\s*(?P<m4>\d{1,2})-(?P<d4>\d{1,2})\s*$"
    # 记者1月22日从陕西省公安厅获悉: the day the reporter learnt what the page reports
    # (4月15日从某市公安局…活动上获悉: the same with no 记者 before it)
    r"|^(?:[^，,。\n]{0,12}?记者\s*(?P<m5>\d{1,2})月(?P<d5>\d{1,2})日(?:从|自|在|获悉)"
    r"|(?P<m7>\d{1,2})月(?P<d7>\d{1,2})日(?:从|自)[^。\n]{2,40}?获悉)"
    # 荆楚网(湖北日报)(通讯员 某某)11月12日,: the outlet and its bylines in brackets, no 讯
    # (阿勒泰新闻网-阿勒泰地区融媒体中心(记者 某某)“您看，…”3月28日，: a quote may open the lead)
    r"|^[^，,。！？\s\n（(]{1,20}(?:网|报|中心)\s*(?:[（(][^）)\n]{0,30}[）)]\s*){1,2}(?:[“\"][^”\"\n]{0,120}[”\"])?"
    r"(?P<m6>\d{1,2})月(?P<d6>\d{1,2})日[,，]")
# 6月1日,某县公安局举行…: a lead that opens on the day of the event it reports
# (after an opening quote: “警察同志辛苦了…”3月10日，某分局举行…仪式)
# (not 7月30日，某市公安局接到省反诈中心通报: a notice received opens a case story, dated in the past)
_LEAD_DATE_RE = re.compile(r"^(?:[“\"][^”\"\n]{0,120}[”\"])?\s*(?P<m>\d{1,2})月(?P<d>\d{1,2})日(?:上午|下午|晚|晚间)?\s*[,，]"
                           r"(?:(?:(?!接到|收到|接报).){0,40}?(?:举行|召开|通报|发布|举办|开展|获悉|传来|发还|返还)"
                           # 1月3日，黄先生专程来到某派出所，将一面印有“…”的锦旗交到民警手中: the thanks the page reports
                           r"|[^。！？\n]{0,90}?锦旗)")
# 2023年12月27日，某区反诈中心举行…返还活动: a lead dated with its year, on the day of the
# event the page reports (a ceremony, a press conference), not a narrated incident
_LEAD_FULL_DATE_RE = re.compile(r"^(?P<y>(?:19|20)\d{2})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日(?:上午|下午|晚|晚间)?\s*[,，]"
                                r".{0,50}?(?:举行|召开|举办|通报|发布会|返还|发还|接过|刊发|刊登)")
# 本网讯(记者 某某,某某报道)2025年3月7日，某县公安局…: the outlet's dateline, with its year
_FULL_DATELINE_RE = re.compile(r"(?:网|报|社)(?:讯|电)\s*(?:[（(][^）)\n]{0,30}[）)])?\s*"
                               r"(?P<y>(?:19|20)\d{2})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日"
                               # (西部网讯 2021年1月17日18时10分，某分局接到报警: the hour of the incident told)
                               r"(?!\s*(?:凌晨|上午|中午|下午|晚上|晚)?\s*\d{1,2}\s*[时点:：])")
# 2016年1—4月 counts to its last month; 2015年10月30日 to its day
_STATED_YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年(?:\s*(?:\d{1,2}\s*月?\s*[-—–~至到]\s*)?(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?)?")
# 2025年上半年 / 一季度 / 前三季度: the part of the year a report covers, by its last day
_YEAR_PART_END = {"上半年": (6, 30), "一季度": (3, 31), "第一季度": (3, 31), "二季度": (6, 30),
                  "第二季度": (6, 30), "前两季度": (6, 30), "三季度": (9, 30), "第三季度": (9, 30),
                  "前三季度": (9, 30), "下半年": (12, 31), "四季度": (12, 31), "第四季度": (12, 31),
                  # 2019年春节期间，民警多方联系… on a 2月25日 page: the festival's work is done by
                  # late January at the earliest (春节 falls from 21 January to 20 February)
                  "春节期间": (1, 21)}
_YEAR_PART_RE = re.compile(r"\s*(" + "|".join(sorted(_YEAR_PART_END, key=len, reverse=True)) + ")")
_RUN_SINCE_RE = re.compile(r"\s*(?:以来|至今)[^。！？!?；;]{0,30}?连续\s*(\d{1,3})\s*个月")
_UNTIL_THIS_YEAR_RE = re.compile(r"\s*[-—–~至到]\s*今年\s*(\d{1,2})\s*月")
_PLAN_BEFORE_RE = re.compile(r"(?:将|计划|拟|准备|下一步)[^，,。；;]{0,6}$")
_PLAN_RE = re.compile(r"\s*[，,]?[^，,。；;！!？?]{0,12}?(?:将|计划|拟|预计|准备)")
_ONGOING_RE = re.compile(r"\s*(?:初|年初)?(?:以来|至今(?!年)|起|开始|来)")  # 2019年至今年6月底: 至 + 今年
# Cheap tests run first (speed only): every match of _SOURCE_RE holds 来源; of _WIDGET_RE,
# ℃, °, 星期, 周 or 农历; four CJK characters (with anything between) is _CJK_RE found 4 times;
# _PUNCT_2 is two of the punctuation marks _title_rank counts.
_WIDGET_GUARD = re.compile("[℃°周]|星期|农历")
_FOUR_CJK = re.compile(r"[\u3400-\u9fff](?:[^\u3400-\u9fff]*[\u3400-\u9fff]){3}")
_PUNCT_2 = re.compile(r"[，。,；;][^，。,；;]*[，。,；;]")


def _source_match(line: str) -> re.Match[str] | None:
    return _SOURCE_RE.search(line) if "来源" in line else None


def _widget(line: str) -> bool:
    return _WIDGET_GUARD.search(line) is not None and _WIDGET_RE.search(line) is not None


_NAV_RE = re.compile(r"^\s*(?:关键词|关键字|标签|tags?)\s*[:：]|(?:摄|供图|资料图)\s*[)）]?\s*$|当前位置|您的位置|你的位置|首页\s*[>›»]|^摘要\s*[:：]")
# a word every _NAV_RE match holds: its scan (alternatives opening on ^) tries every position,
# this one jumps to the characters the words start with
_NAV_WORDS = re.compile(r"关键|标签|tag|摄|图|位置|首页|摘要")


SHORT_LINE = 4  # • 推荐 / • 时政 / EN: menu items, which do not use up the header area


def _header_lines(clean_text: str) -> list[str]:
    """The first HEADER_LINES non-empty lines (menu items of SHORT_LINE characters or fewer
    not counted), up to a related-news heading (相关新闻): the dated headlines under it are
    other pages'."""
    lines: list[str] = []
    counted = 0
    for line in clean_text.split("\n"):
        line = line.strip()
        if not line:
            continue
        if counted == HEADER_LINES:
            break
        lines.append(line)
        counted += len(line.strip(" •·-*")) > SHORT_LINE
    # (not a section label the page opens on, above its own headline: 热点新闻 / 【一线传真】止付2.4亿元! /
    # 2025-08-22 20:07 浏览:813 — a list's heading has the list under it, not the page's title)
    end = next((i for i, line in enumerate(lines) if RELATED_HEADING_RE.match(line) and i > 0), len(lines))
    return lines[:end]


def _valid_date(y: str, m: str, d: str) -> str | None:
    try:
        return date(int(y), int(m), int(d)).isoformat()
    except ValueError:
        return None


# 21-09-04 11:12 来源:中国甘肃网: a two-digit year, taken only with the time of day after it
_SHORT_YEAR_RE = re.compile(r"(?<![\d./-])(\d{2})-(\d{2})-(\d{2})(?=\s+\d{1,2}:\d{2}(?!\d))")


# 10000100002020-07-28 11:19:550: a page's stamp with the widget counters scraped onto it —
# digits glued before the year, taken only with the time of day to the second after it
_GLUED_STAMP_RE = re.compile(r"(?<=\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?=\s+\d{1,2}:\d{2}:\d{2})")
_COUNTERS_ONLY_RE = re.compile(r"\d+")


def _dates(line: str):
    # (each form is scanned only in a line holding what it needs — a year's 19/20, its
    # separator: the patterns open on lookbehinds, so a scan tries every position)
    if "20" in line or "19" in line:
        for m in _DATE_RE.finditer(line):
            yield m, m.groups()
    if "-" in line:
        for m in _GLUED_STAMP_RE.finditer(line):
            yield m, m.groups()
        for m in _SHORT_YEAR_RE.finditer(line):
            yy, month, day = m.groups()
            yield m, ("20" + yy, month, day)
    if "." in line or "/" in line:
        for m in _DMY_RE.finditer(line):
            day, _, month, year = m.groups()
            yield m, (year, month, day)
            if int(month) > 12:
                yield m, (year, day, month)


@functools.lru_cache(maxsize=4096)  # pure; the date, source and title steps read each header line
def dateline_date(line: str) -> tuple[str, str] | None:
    """(ISO date, text after date and time) when `line` is a dateline, else None."""
    for m, ymd in _dates(line):
        iso = _valid_date(*ymd)
        if iso is None:
            continue
        # http://www.某网.com    2021年10月14日 14:59  来源:…: the site's address before the date
        before, after = _URL_RE.sub("", line[:m.start()]).strip(), line[m.end():]
        if _COUNTERS_ONLY_RE.fullmatch(before) and m.re is _GLUED_STAMP_RE:
            before = ""  # (the counters glued before the stamp)
        if not _PAGE_BUTTONS_RE.sub("", before):
            before = ""  # 3上一篇  下一篇4 2023年2月28日 放大 缩小 默认: an e-paper's toolbar
        if before and not (_DATE_LABEL_RE.search(before) or _is_meta_prefix(before)
                           or _is_byline(before, m.group(0), after)):
            continue
        if before and _DATE_LABEL_RE.fullmatch(before):
            return iso, ""  # "date 2026-01-08据新华社…": a labelled date, whatever follows
        after = after.lstrip("/")
        time = _TIME_RE.match(after)
        tail = after[time.end():] if time else after
        # 2018年11月30日 11:17????信息来源 / 2020/11/15/ 09:29 来源: scraping leftovers
        tail = tail.strip().lstrip("|｜/?？").strip()
        tail = _URL_RE.sub("", tail).strip()  # 来源:某网 2018-12-19 19:39   https://www.某网.net/
        # Narrative goes on with a comma or a clause ("…日，市民报警"); a dateline does not.
        if tail and _SENTENCE_PUNCT_RE.search(tail) and not _META_LABEL_RE.match(tail):
            continue
        # 2023-01-31 18:58 大众报业·半岛新闻阅读 (78738) 扫描到手机: an outlet and a read counter;
        # 2019年5月14日 星期 放大 缩小 默认 3 上一篇 下一篇 4 >>现代快报网: an e-paper's buttons
        if (tail and not _META_LABEL_RE.match(tail) and len(_PAGE_BUTTONS_RE.sub("", tail)) > 20
                and not _COUNTER_RE.search(tail) and not _NAMES_THEN_LABEL_RE.match(tail)):
            continue
        return iso, tail
    return None


def _is_byline(before: str, date_text: str, after: str = "") -> bool:
    """'原创 浏阳公安 浏阳公安 2023-04-21 18:30': a short run of account or author names
    before a numeric date (a narrative date is written with 年月日 and runs on) — or before
    a 年月日 date with its time of day (宁海新闻网 2019年07月09日 08:39:03), which no narrative has."""
    return (len(before) <= 24 and ("年" not in date_text or _TIME_RE.match(after.strip()) is not None)
            and not _SENTENCE_PUNCT_RE.search(before) and not re.search(r"\d", before))


def _is_meta_prefix(before: str) -> bool:
    """Text before the date made only of meta fields ('来源:晋城市公安局 发布时间:')."""
    return bool(re.search(rf"(?:{_META_LABEL})\s*[:：]", before)) and not _SENTENCE_PUNCT_RE.search(before)


# A date laid out on two lines, the year above the day (2021 / 05-25, — 2023— / 12/28 11:27:16)
_YEAR_LINE_RE = re.compile(r"^[—–\-\s]*((?:19|20)\d{2})[—–\-\s]*$")
_DAY_LINE_RE = re.compile(r"^(\d{1,2})\s*[-/.]\s*(\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")


_BULLET_RE = re.compile(r"^[-·•*●]\s*")


LISTED_RUN = 3  # dated lines after the prose that make a list without bullets


def _not_related(lines: list[str]) -> list[str]:
    """The header lines without the dated headlines listed after the article's prose
    (- 2024-12-22武威:文明实践…): other pages' dates and titles. A bare time stamp in such a
    list (- 2021-12-10 20:33:15) stays: it is this page's."""
    first_prose = next((i for i, line in enumerate(lines) if len(line) > 60 and "。" in line), len(lines))
    # 2024/12/12尚凡艳⛤ / 广州电动自行车新规公布… / 2024/12/12张慧朗⛃ …: without bullets, a run of
    # dated lines after the prose is such a list too (a spam mirror's feed of other stories)
    dated_after = sum(1 for line in lines[first_prose + 1:] if (found := dateline_date(line)) and found[1].strip())
    out = lines[:first_prose + 1]
    for line in lines[first_prose + 1:]:
        found = dateline_date(line) if _BULLET_RE.match(line) or dated_after >= LISTED_RUN else None
        if found is None or not found[1].strip():
            out.append(line)
    return out


def _listed_times(clean_text: str) -> list[tuple[int, str]]:
    """(line index, date) of the bullet lines that hold only a date and a time, when there
    are several: a news site's list of its latest stories, their titles lost in the scrape."""
    listed = []
    for i, line in enumerate(clean_text.split("\n")):
        line = line.strip()
        if line[:1] and _BULLET_RE.match(line) and (found := dateline_date(line)) and not found[1].strip():
            listed.append((i, found[0]))
    return listed if len(listed) > 1 else []


def _times_of_other_stories(clean_text: str, lines: list[str], published: str | None) -> bool:
    """The page's date came from such a list, but the page's own yearless dateline names
    another day (中新网广州2月9日电 over 社会新闻精选: - 2025年12月16日 07:38:07 …): the list is of
    other, later stories. (A list of the page's own day — 12月10日下午… over - 2021-12-10
    20:33:15 — stays its date.)"""
    listed = {iso for _, iso in _listed_times(clean_text)}
    yearless = _yearless_dateline(lines) if published in listed else None
    return yearless is not None and (int(published[5:7]), int(published[8:10])) != yearless  # type: ignore[index]


def without_listed_times(clean_text: str) -> str:
    """The text without a list of bare dates and times (_listed_times): they fix no year of
    this page's own work."""
    drop = {i for i, _ in _listed_times(clean_text)}
    if not drop:
        return clean_text
    return "\n".join(line for i, line in enumerate(clean_text.split("\n")) if i not in drop)


# 发表于 2021-4-18 00:00:00 | 显示全部楼层: a forum post's own date, which wins over the dates
# the forum prints above it (a poster's check-in widget: TA的每日心情 开心 2023-10-11 06:57)
_POSTED_AT_RE = re.compile(r"(?:发表|发布)于\s*(?=(?:19|20)\d{2})")


def _published(lines: list[str]) -> str | None:
    lines = _not_related(lines)
    for line in lines:
        posted = _POSTED_AT_RE.search(line)
        if posted and (found := dateline_date(line[posted.end():])):
            return found[0]
    for i, line in enumerate(lines):
        found = dateline_date(line)
        if found:
            return found[0]
        year = _YEAR_LINE_RE.match(line)
        day = year and i + 1 < len(lines) and _DAY_LINE_RE.match(lines[i + 1])
        if day and (iso := _valid_date(year.group(1), *day.groups())):
            return iso
    return None


def _clean_source(raw: str) -> str | None:
    raw = raw.strip(" :：,，|")
    if raw.endswith((")", "）")) and not any(c in raw for c in "(（"):
        raw = raw[:-1].rstrip()  # （来源：江西公安）: the closing bracket of the label's own
    raw = _SOURCE_SUFFIX_RE.sub("", raw).strip()
    if _CJK_RE.search(raw) or re.fullmatch(r"[A-Za-z][\w .-]{1,30}", raw):
        return raw
    return None


def _source(lines: list[str]) -> str | None:
    # A labelled source on a short header line wins; otherwise the outlet after a bare date.
    for line in lines:
        if len(line) > 80 or "。" in line:
            continue
        m = _source_match(line)
        if m and (value := _clean_source(m.group(1))):
            return value
    for line in _not_related(lines):
        found = dateline_date(line)
        if found and found[1] and not _META_LABEL_RE.match(found[1]):
            tail = found[1].split()[0]
            if not _PAGE_BUTTONS_RE.fullmatch(tail) and (value := _clean_source(tail)):
                return value
    return None


# (记者 许在诚) / 记者:良子 通讯员:吴振鹏 / 重庆晚报记者 杨华 / 作者:李想 / (注:本新闻来源腾讯网): a
# short line that credits people or an outlet and names no subject is a byline, never a headline
# (12 scraped pages showed one as their title; a headline such as 记者探访反诈中心 names its subject)
_CREDIT_RE = re.compile(r"记者|通讯员|编辑|责编|作者|实习生|校对|审核|摄影|来源")
CREDIT_LINE_MAX = 30


def _credit_line(line: str) -> bool:
    # (法制周报·新湖南记者 王薇 见习记者 李林俊 通讯员 舒易忠: a longer line of several credits)
    credits = len(_CREDIT_RE.findall(line))
    return ((len(line) <= CREDIT_LINE_MAX and credits) or credits >= 3) and _TOPIC_RE.search(line) is None


# Lines of a page's furniture that name no subject and sit where a headline could:
# a photo caption, a print page's jump line, a reading-time or view-count widget, a
# breadcrumb, an official document's number, a site's name alone (seen on scraped pages)
_FURNITURE_RE = re.compile(
    r"^[(（【\[]?\s*(?:资料图片?|图片来源|上接第|下转第|接上版)"
    r"|本篇文章\s*\d+\s*字|读完约|阅读时长|更新时间|浏览次数|阅读次数|点击数|无障碍|长者模式|[照图]片由"
    r"|^[(（]此[\u4e00-\u9fff]{0,6}公开[)）]$"
    r"|>>|〔(?:19|20)\d{2}〕\s*\d*\s*号"
    r"|^[\u4e00-\u9fff]{2,12}(?:人民政府|政府网|公安网)$|^[\u4e00-\u9fff]{2,8}现场$")


def _furniture(line: str) -> bool:
    return _FURNITURE_RE.search(line) is not None and _TOPIC_RE.search(line) is None


def _title_candidate(line: str) -> bool:
    return not (dateline_date(line) or (_NAV_WORDS.search(line) and _NAV_RE.search(line)) or _source_match(line)
                or _widget(line) or _credit_line(line) or _furniture(line)) and _FOUR_CJK.search(line) is not None


def _title_rank(line: str) -> tuple[int, int]:
    """Lower is better. A headline names the subject (诈骗, 警方, 破获…), is short and runs
    without sentence punctuation; a site slogan (看家乡事,品故乡情), a navigation bar
    (首页 动态 消费 …) or a lead sentence does not."""
    topical = _TOPIC_RE.search(line) is not None
    sentence = _PUNCT_2.search(line) is not None or len(line) > 70
    navigation = len(line.split()) >= 5 and max(len(w) for w in line.split()) <= 4
    if line.endswith(("。", "！", "？")):
        return (3, 0)  # a headline never ends like a sentence
    return (0 if topical and not sentence and not navigation else
            1 if topical and not navigation else 2 if not navigation else 3, 0)


# 原标题：假网站卖游戏币骗走1000多万元: a reposting site names the page's own headline
_ORIGINAL_TITLE_RE = re.compile(r"^\s*原标题\s*[:：]\s*(\S.{3,})$")


# 杭州公安筑牢反诈防线…1.94亿元|天天躁日日躁… / 某某警方发布反诈骗成绩单|手机短信|诈骗_新浪新闻: a web
# page's title line carries the site's name, its keywords or injected spam after a bar or an
# underscore; a first part that names the subject is the headline (44万元保住了 | 哈市警方…: a
# first part that names none is half of a two-part headline, kept whole; a paragraph offered
# as the title keeps its words)
_TITLE_PARTS_RE = re.compile(r"\s*[|｜_]\s*")


def _headline_part(title: str) -> str:
    first = _TITLE_PARTS_RE.split(title, maxsplit=1)[0]
    if first != title and _TOPIC_RE.search(first) and _FOUR_CJK.search(first) and not _PUNCT_2.search(first):
        return first
    return title


# 55个月保持“双下降”亚洲精品无码专区在线在线播放: porn-site keywords a spam mirror glues onto
# the headline with no separator; cut where two or more of them start the tail
_SPAM_WORDS_RE = re.compile(r"亚洲|无码|久久|一区二区|在线(?:观看|播放|视频)|成人|日韩|欧美|人妻|午夜|伊人|婷婷|"
                            r"[aA][vV](?![a-zA-Z])|国产(?:精品|剧情|日韩)|精品(?:视频|一区|久久)")
SPAM_TAIL_MIN = 2  # spam words in the tail
SPAM_HEAD_MIN = 6  # characters of headline before it


def _without_spam_tail(title: str) -> str:
    m = _SPAM_WORDS_RE.search(title)
    if m and m.start() >= SPAM_HEAD_MIN and len(_SPAM_WORDS_RE.findall(title, m.start())) >= SPAM_TAIL_MIN:
        return title[:m.start()].rstrip(" _|-—,，")
    return title


HEADLINE_WITH_COMMAS_MAX = 50  # characters: a headline in two or three parts; a lead runs longer
# such a headline states a result (585起, 1658万元), which a slogan (反诈防骗，从我做起，守好您的钱袋子)
# or a follow-us line (点击上方蓝字，关注“长沙公安”) does not
HEADLINE_FIGURE = re.compile(r"\d")
CHROME_LINE = re.compile(r"点击|关注|导读|^[【\[]")


def _title(lines: list[str]) -> str | None:
    title = _chosen_title(lines)
    return _without_spam_tail(_headline_part(title)) if title else title


def _chosen_title(lines: list[str]) -> str | None:
    for line in lines:
        if "原标题" in line and (m := _ORIGINAL_TITLE_RE.match(line)):
            return m.group(1).strip()
    candidates = [line for line in lines if _title_candidate(line)]
    if not candidates:
        return None
    best = min(range(len(candidates)), key=lambda i: (_title_rank(candidates[i])[0], i))
    # the first candidate stays unless a later one is clearly a better headline: one that
    # names the subject (a later line that names none — 全部评论, 请输入验证码, an app advert —
    # is the page's chrome under a body that came without its headline), and a paragraph that
    # names it (rank 1) only when the first is no headline at all (a sentence or a menu)
    first, later = _title_rank(candidates[0])[0], _title_rank(candidates[best])[0]
    if (first == 1 and len(candidates[0]) <= HEADLINE_WITH_COMMAS_MAX and HEADLINE_FIGURE.search(candidates[0])
            and not CHROME_LINE.search(candidates[0])):
        # 蘭州警方 7個月破獲電詐現案585起,抓獲犯罪嫌疑人529名,查扣涉案資金1658萬元!: the page's first
        # line, naming the subject, short and not ending like a sentence, is its headline even
        # with commas — not a sub-heading further down (上下贯通 多警联动 新区公安局破获…案)
        return candidates[0]
    if first <= later or later > 1 or (later == 1 and first < 3):
        return candidates[0]
    return candidates[best]


def _footer_date(clean_text: str) -> str | None:
    """（《某报》2025年09月27日第A4版）: a print edition's own date, at the end of the text."""
    found = None
    if "版" not in clean_text:
        return None  # every match ends on 版: no scan of a text without it
    for m in _FOOTER_RE.finditer(clean_text):
        found = _valid_date(*m.groups()) or found
    return found


# 2025-06-04 6 6 甘肃法治报 c227983.html 1 皋兰公安拦截… /enpproperty-->: the page properties an
# e-paper system (方正 enpproperty) leaves in the scraped text — date, page numbers, paper, file
_EPAPER_PROPERTY_RE = re.compile(
    r"((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})\s+\d+\s+\d+\s*[\u4e00-\u9fff]{2,12}\s+\S+\.html?\b[^\n]{0,120}/enpproperty")


def _epaper_property_date(clean_text: str) -> str | None:
    if "enpproperty" not in clean_text:
        return None
    m = _EPAPER_PROPERTY_RE.search(clean_text)
    return _valid_date(*m.groups()) if m else None


def _labelled_date(clean_text: str) -> str | None:
    """发布时间:2023-07-23 06:25:36 below a long navigation list (省份 北京市 天津市 …):
    a labelled page date counts further down than the header area."""
    lines = [line.strip() for line in clean_text.split("\n") if line.strip()][:LABELLED_LINES]
    for line in lines:
        if _LABELLED_RE.search(line):
            found = dateline_date(line)
            if found:
                return found[0]
    return None


YEAR_END_MONTH = 11  # from November a page may sum up the year it is written in
_SO_FAR_THIS_YEAR_RE = re.compile(r"今年以来|今年1[-—至到]|今年前")
# 一年来 / 去年，…抓获209人: a page that looks back on a whole year (in review season, the
# year of its "2021年以来" work is the year before)
_LOOKS_BACK_RE = re.compile(r"一年来|一年以来|过去一年|去年[，,]")


def _year_fixed_by(body: str, month: int, day: int) -> int | None:
    """The year a yearless dateline (6月2日电, 东北网7月18日讯) falls in, as the text fixes it:
    the latest year the text states for its work; the year after it when the dateline
    would fall before a dated event of that year (1月15日电 after 2017年10月 → 2018)."""
    years, ongoing, months_said = [], set(), []
    for m in _STATED_YEAR_RE.finditer(body):
        if body[max(0, m.start() - 1):m.start()] in ("自", "从"):
            continue  # 自2020年10月“断卡”行动以来: a campaign's start, no bound on the page's year
        if _PLAN_RE.match(body, m.end()) or _PLAN_BEFORE_RE.search(body, max(0, m.start() - 12), m.start()):
            continue  # 2019年，上海市公安局将开展… / 下一步将开展2021年…行动: a plan, not work reported
        if _ONGOING_RE.match(body, m.end()):
            ongoing.add(int(m.group(1)))
            run = _RUN_SINCE_RE.match(body, m.end())
            if run and m.group(2):
                # 2021年4月至今，发案数连续13个月下降: the text runs at least to 2022年5月
                months = int(m.group(1)) * 12 + int(m.group(2)) - 1 + int(run.group(1))
                years.append((months // 12, months % 12 + 1, 1))
        later = _UNTIL_THIS_YEAR_RE.match(body, m.end())
        if later:
            # 2023年1月至今年5月: 今年 is a later year than the one written
            years.append((int(m.group(1)) + 1, int(later.group(1)), 28))
        said = (int(m.group(2) or 0), int(m.group(3) or 0))
        if said[0]:
            months_said.append((int(m.group(1)), *said))
        part = _YEAR_PART_RE.match(body, m.end())
        if not said[0] and part:
            said = _YEAR_PART_END[part.group(1)]  # 2025年上半年: reported after 30 June
        elif not said[0] and not _ONGOING_RE.match(body, m.end()):
            said = (12, 31)  # 2020年，全市破获…: the whole year, reported after it ended
        years.append((int(m.group(1)), *said))
    if not years:
        return _operation_year(body, month)
    latest = max(y for y, _, _ in years)
    if latest > date.today().year:
        return None
    whole_year = (12, 31) in {(mo, d) for y, mo, d in years if y == latest} or _LOOKS_BACK_RE.search(body)
    stated = [(mo, d) for y, mo, d in months_said if y == latest]
    if latest in ongoing and stated and (month, day) < max(stated):
        # 记者1月22日…获悉：2023年1月至11月…。2023年以来…: a stated month of that year lies
        # after the dateline's day, so the page is from the year after
        return latest + 1
    if latest in ongoing:
        # 2025年至今: the year is still running when the page is written — unless a page of
        # the first quarter, when year reviews come out, also gives that year whole or looks
        # back on a year (a year-end review of 2024年以来 work), or a January page (湘西1月25日讯
        # …2021年以来，共抓获95人: a year and more of work, not 25 days of it)
        bare_year = any(int(m.group(1)) == latest and not m.group(2) and body.startswith(("，", ","), m.end())
                        and not _PLAN_RE.match(body, m.end()) for m in _STATED_YEAR_RE.finditer(body))
        # (6月17日，…2020年河南打击治理…综合绩效位居全国第一。2020年，共破获…。2020年以来…: the
        # year stated whole, as done, on a page dated before its end — the page is of the year after)
        # (今年以来，劝阻…140万余元；2024年至今，劝阻…1900余万元: this year is set beside the
        # written one in one sentence, so it is a later year)
        beside = any(str(latest) in sentence and _SO_FAR_THIS_YEAR_RE.search(sentence)
                     for sentence in re.split(r"[。！？\n]", body) if "今年" in sentence)
        return latest + 1 if (month <= REVIEW_SEASON_END and whole_year) or month == 1 or bare_year or beside else latest
    last_in_year = max((mo, d) for y, mo, d in years if y == latest)
    if (last_in_year == (12, 31) and month >= YEAR_END_MONTH and _SO_FAR_THIS_YEAR_RE.search(body)
            and not _LOOKS_BACK_RE.search(body)):
        # 本报北京12月24日讯 …今年以来… under "2017年超千名…被押解回国": a year-end report on the
        # year still running, not a review of it from the year after
        return latest
    return latest + 1 if (month, day) < last_in_year else latest


# “核心使命—2022”系列行动 / 净网2021专项行动 / “云剑-2022”: an operation named for its year
_OPERATION_YEAR_RE = re.compile(
    r"[“「\"][\u4e00-\u9fff]{2,6}\s*[-—－·]?\s*((?:19|20)\d{2})(?:\s*[-—－·]?\s*\d{1,2}号)?[”」\"]"  # “利剑2018-1号”
    r"|[\u4e00-\u9fff]{2,6}[-—－·]?((?:19|20)\d{2})(?![\d年])\s*(?:系列|专项|集中|攻坚)*(?:行动|战役|会战)")


_LAST_YEAR_RESULTS_RE = re.compile(r"去年(?:[^，,。；;]{0,8}?)(?:共|全年|全省|全市|全区)")


def _operation_year(body: str, month: int) -> int | None:
    """A page that states no year but reports an operation named for one (“核心使命—2022”
    系列行动开展以来) is written in that year — unless its dateline falls in review season,
    when a year-end review of last year's operation appears. One named year only."""
    found = {int(m.group(1) or m.group(2)) for m in _OPERATION_YEAR_RE.finditer(body)}
    if len(found) != 1 or month <= 2:  # a January or February page may review last year's
        return None
    year = found.pop()
    if _LAST_YEAR_RESULTS_RE.search(body):
        year += 1  # 4月26日…获悉，去年全省共侦破…（“云剑2020”…行动）: last year's operation, reviewed
    return year if year <= date.today().year else None


_HELD_RE = re.compile(r"举行|召开|举办")


def _yearless_dateline(lines: list[str]) -> tuple[int, int] | None:
    lead = None
    for line in lines:
        # every form holds 月 but the e-paper's 日期:07-13 (the pattern opens on a lookbehind)
        m = _YEARLESS_DATELINE_RE.search(line) if "月" in line or "日期" in line else None
        if m:
            return (int(m.group("m") or m.group("m2") or m.group("m3") or m.group("m4") or m.group("m5") or m.group("m6")
                    or m.group("m7")),
                    int(m.group("d") or m.group("d2") or m.group("d3") or m.group("d4") or m.group("d5") or m.group("d6")
                    or m.group("d7")))
        m = _LEAD_DATE_RE.match(line)
        if m:
            return int(m.group("m")), int(m.group("d"))
        if lead is None and "。" in line:
            lead = line
    if lead is not None:
        # 4月下旬以来，某省警方开展…专案行动。7月8日，某省公安厅通报，…: a later sentence of the
        # lead paragraph opens on the day of the report (later paragraphs tell the story)
        for start in (i + 1 for i, ch in enumerate(lead) if ch in "。，,"):
            m = _LEAD_DATE_RE.match(lead[start:])  # (the pattern opens on ^, which a pos argument would not satisfy)
            # (after a comma only the day of an event held: …展示战果，12月6日，盘龙分局举行返还仪式 —
            # not 公安部刑侦局13日公开通报，4月12日，公安部发布通缉令, a day the report tells of)
            if m and (lead[start - 1] == "。" or _HELD_RE.search(m.group(0))):
                return int(m.group("m")), int(m.group("d"))
    return None


# 读特客户端·深圳新闻网2021年8月28日讯(深圳晚报记者 某某): the outlet, its date, then 讯/电
_DATED_DATELINE_RE = re.compile(r"(?:网|报|社)\s*(?P<y>(?:19|20)\d{2})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日\s*(?:讯|电)")
# ——2024年5月30日在北京市第十六届人民代表大会常务委员会第十次会议上: a report's or speech's
# subtitle, the day it was delivered
_DELIVERED_RE = re.compile(r"^[—–\-－]{1,2}\s*(?P<y>(?:19|20)\d{2})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日在[^\n]{2,60}?(?:会议|大会|会)上")


def _lead_event_date(lines: list[str]) -> str | None:
    for line in lines[:6]:
        m = (_LEAD_FULL_DATE_RE.match(line) or _FULL_DATELINE_RE.search(line) or _DATED_DATELINE_RE.search(line)
             or _DELIVERED_RE.match(line))
        if m:
            return _valid_date(m.group("y"), m.group("m"), m.group("d"))
    return None


def extract_meta(clean_text: str) -> Meta:
    lines = _header_lines(clean_text)
    published = (_published(lines) or _labelled_date(clean_text) or _footer_date(clean_text)
                 or _epaper_property_date(clean_text) or _lead_event_date(lines))
    if published is not None and _times_of_other_stories(clean_text, lines, published):
        published = None
    if published is None:
        yearless = _yearless_dateline(lines)
        if yearless:
            year = _year_fixed_by(without_listed_times(clean_text), *yearless)
            published = _valid_date(str(year), str(yearless[0]), str(yearless[1])) if year else None
    return Meta(title=_title(lines), published=published, source=_source(lines))


def blurb_date(unit_text: str) -> str | None:
    """A related-news blurb's own date: a dateline line (05.03.2018 18:13, 2020-03-05 来源:…)
    or a date that closes its headline line (· 台州警方抓获…600余名 2021-04-10). The host
    page's date never dates a blurb (ANNOTATION: blurbs are dated by their own dateline)."""
    for line in (x.strip() for x in unit_text.split("\n") if x.strip()):
        found = dateline_date(line)
        if found:
            return found[0]
        for m, ymd in _dates(line):
            rest = line[m.end():]
            time = _TIME_RE.match(rest)
            if not (rest[time.end():] if time else rest).strip(" )）]】"):
                iso = _valid_date(*ymd)
                if iso:
                    return iso
    return None

