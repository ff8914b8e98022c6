"""Period rules that need the context of the sentence or the page: relative days (次日,
当天, 去年同期) against the period in force, cut-offs (截至…) of a window, a case story's day,
a yearless day read in the year the page reviews, a since-year read as the reviewed year;
and the period of a figure given the period in force (period_for and the functions beside it,
which the facts reader calls with its state). Pure functions over mentions found by
parsers.periods.mentions.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date, timedelta

from parsers.periods.mentions import (REVIEW_SEASON_END, UNKNOWN, Period, PeriodMention, _UNTIL, _UNTIL_YEAR_END,
                                      _dated_before, _num, _parse_published, _years_on, find_periods, month_end)


# 过去一年，厦门的反诈骗情况如何？…获悉2017年度反诈骗大数据 / 一年来，…: a page that looks back on a year
_LOOKS_BACK = re.compile(r"过去(?:的)?一年|(?<![近这])一年(?:以)?来")


def reviews_its_year(text: str, published: str | None, year: int | None) -> bool:
    """An undated page that reviews its year in force — it writes that year's 年度 (2017年度反诈骗
    大数据) or looks back on a year (过去一年, 一年来): its 去年 is that year, as the gold reads
    realninetyeight CW03 (…2017年度… 数据显示，去年，… / 去年8月16日 → 2017-08-16). A dated
    page counts 去年 from its date; an undated one with no such words leaves 去年 unknown."""
    if published is not None or year is None:
        return False
    return re.search(rf"{year}\s*年度", text) is not None or _LOOKS_BACK.search(text) is not None




def reviewed_year_since(mention: PeriodMention, in_force: Period | None, published: str | None) -> Period | None:
    """过去一年，云南公安…取得…战果。2024年以来，共抓获…1846名 (a review of 2024 published in
    January 2025): in review season (the first REVIEW_SEASON_END months after the year), a
    since-year whose year is the whole year already in force — the year the text reviews — is
    that year, not the year and the days of the next one to the page's date. None otherwise:
    2023年以来 on its own, in January 2024, runs to the page's date (ANNOTATION: 去年以来 runs
    to publication), and so does 2024年以来 after 2024年… on a page of June 2025 (realset R02).
    Source: realninetysix CU02, as realseven X17 (一年来 after it)."""
    if (mention.kind != "since" or in_force is None or in_force.precision != "year" or published is None
            or mention.period.start is None or mention.period.end is None or in_force.start is None):
        return None
    if published > f"{int(in_force.start[:4]) + 1}-{REVIEW_SEASON_END:02d}-31":
        return None
    if mention.period.start != in_force.start or mention.period.end <= (in_force.end or ""):
        return None
    return in_force


def closed_before(window: Period, end: date) -> bool:
    """A whole year's window that ended before the year of a cut-off began: the cut-off opens
    the next report (2019年…发案154起；至2020年9月，…发案128起 → 2020-01-01..2020-09-30), it does
    not stretch 2019 to September 2020. (A month's window runs on to a later cut-off: 2019年12月
    部署…截至2020年3月 — the month the work began, to the cut-off.)"""
    return window.precision == "year" and window.end is not None and window.end < f"{end.year}-01-01"


def cutoff(mention: PeriodMention, published: str | None, default_year: int | None = None) -> date | None:
    """The last day a 截至… mention names (截至2021年11月 → 2021-11-30, 截至5月20日 →
    that day in the year in force); None for 截至目前 and other undated cut-offs."""
    m = _UNTIL.match(mention.text)
    if m is None:
        year_end = _UNTIL_YEAR_END.match(mention.text)
        return date(int(year_end.group("y")), 12, 31) if year_end else None
    month = _num(m.group("m"))
    pub = _parse_published(published)
    if m.group("y"):
        year = int(m.group("y"))
    elif default_year is not None:
        year = default_year
    elif pub is not None:
        year = pub.year - (1 if month > pub.month else 0)
    else:
        return None
    try:
        return date(year, month, _num(m.group("d"))) if m.group("d") else month_end(year, month)
    except ValueError:
        return None


# --- rules that need the context of the sentence ------------------------------------------------
# find_periods reads one sentence alone; these read it against the period already in force.
_ELAPSED_WORDS = "经过|历经|历时|用时|耗时"
ELAPSED = re.compile(rf"(?:{_ELAPSED_WORDS})[^，,。；;]{{0,3}}?[\d一二三四五六七八九十两几]+个?多?(?:月|天|周|星期|年)")
NEXT_DAY = re.compile(r"次日|翌日|第二天|隔天|隔日|(?:仅|只)过了?(?:1|一)天")  # 仅过1天，…第二路抓捕小组…
# 当晚22时许，…将7名嫌疑人抓获 / 当日: the day in force (a dated event before it); 当天 is read
# by the day rules as the page's own day
SAME_DAY = re.compile(r"当晚|当日|当夜|同日")
THAT_DAY = re.compile(r"当天")
# 2月22日，专班发现线索。…联合特巡警大队23日即成功捣毁…: a day written without its month, a few
# days after the day in force, is in that day's month (not before it: the month would be a guess)
# (号 only after a clause's start or 于/在: 飓风19号, 安网20号 name operations; not the day a
# figure was announced: 据湖北省公安厅12日通报，…已抓获2795名 counts up to then)
BARE_DAY = re.compile(r"(?<![\d月年/.\-])(?:(?P<d>[12]?\d|3[01])日|(?<=[，,于在\s])(?P<n>[12]?\d|3[01])号)(?![\d前后内])"
                      r"(?![^，,。；;]{0,8}?(?:通报|发布|获悉|介绍|表示|透露|披露|公布|消息|宣布|称))")
BARE_DAY_REACH = 15  # days after the day in force that a bare day may name
# 去年同期，全市共破获…1367起 / 去年同期为1367起 states last year's figure; 较去年同期 compares
LAST_YEAR_SAME = re.compile(r"(?<![较比与和])去年同期(?![相比])")
# where ELAPSED, NEXT_DAY or SAME_DAY may match (the words they open on, side by side, so the
# scan jumps to their first characters): one scan instead of three for the sentences (most)
# that hold none of them
_RELATIVE_ANY = re.compile("|".join((_ELAPSED_WORDS, NEXT_DAY.pattern, SAME_DAY.pattern, THAT_DAY.pattern,
                                     r"\d[日号]")))


# 环比4月份14起 / 同比去年同期54起 / 与8月份217起相比: a figure stated inside a comparison
COMPARED_FIGURE_GAP = re.compile(r"[^，,。；;：:\d]{0,3}")
# 比2015年全年刑事拘留人数153人: a dated comparison may name what it counts before the figure
DATED_COMPARED_FIGURE_GAP = re.compile(r"[^，,。；;：:\d]{0,8}")


def compared_in(mentions: list[PeriodMention], text: str, pos: int) -> PeriodMention | None:
    """The comparison the figure at ``pos`` is the compared value of, else None. Its period
    is the compared month when the text fixes it (the figure is that month's fact); unknown
    (去年同期) means last year's figure quoted for contrast, which is no result of its own."""
    for m in mentions:
        if m.kind != "comparison":
            continue
        gap = DATED_COMPARED_FIGURE_GAP if m.period.start else COMPARED_FIGURE_GAP
        if m.start <= pos < m.end or (m.end <= pos and gap.fullmatch(text, m.end, pos)):
            return m
    return None


def _day_in_force(periods: list[PeriodMention], pos: int, carried: Period | None) -> Period | None:
    """The last day-precision period told before ``pos`` in the sentence, else the one carried in."""
    days = [p.period for p in periods if p.end <= pos and p.period.precision == "day"]
    return days[-1] if days else carried


def relative_mentions(text: str, periods: list[PeriodMention],
                      carried: Period | None, published: str | None = None) -> list[PeriodMention]:
    """Add what the period layer leaves to context: 经过一个多月侦查 (a stretch of unknown
    start: the figures after it are not dated to the report), 次日/翌日 (the day after
    the day in force), 当晚/当日 (that day) and a bare 23日 a few days after the day in
    force (that month; never after ``published``), or with no day in force a few days
    before the page's own (its month)."""
    if "去年同期" not in text and _RELATIVE_ANY.search(text) is None:
        return sorted(periods, key=lambda p: p.start)  # (most sentences: none of them)
    extra: list[PeriodMention] = []
    for m in ELAPSED.finditer(text):
        if not any(p.start <= m.start() < p.end for p in periods) and not _dated_before(text, periods, m.start()):
            extra.append(PeriodMention(UNKNOWN, m.group(0), m.start(), m.end(), "relative"))
    # (the pattern opens on a lookbehind, so its scan tries every position: most sentences
    # have no 去年同期 at all)
    for m in LAST_YEAR_SAME.finditer(text) if "去年同期" in text else ():
        earlier = [p.period for p in periods if p.end <= m.start() and p.period.end]
        base = earlier[-1] if earlier else carried
        if base is not None and base.start and base.end:
            extra.append(PeriodMention(_year_earlier(base), m.group(0), m.start(), m.end(), "range"))
    for m in THAT_DAY.finditer(text):
        # 事情要从9月22日说起。当天，…接到预警: 当天 is the day just told of, when one is in
        # force; the day rules read it as the page's own day only when none is
        base = _day_in_force(periods, m.start(), carried)
        if base is not None and base.precision == "day" and base.start:
            periods = [PeriodMention(base, p.text, p.start, p.end, "day")
                       if (p.start, p.end) == (m.start(), m.end()) else p for p in periods]
    for m in BARE_DAY.finditer(text):
        if any(p.start <= m.start() < p.end for p in periods):
            continue
        base = _day_in_force(periods, m.start(), carried)
        n = int(m.group("d") or m.group("n"))
        if published and (base is None or base.precision != "day" or not base.start
                          or base.start == published[:10]):  # (the dateline's day is the page's)
            # 17日，民警发现…；18日上午，…抓获 on a page of 2023-07-25 with no day in force but
            # the page's own: days shortly before it are in its month
            page = date.fromisoformat(published[:10])
            # (0日 of a garbled text is no day: early in the month the reach went below 1)
            if max(1, page.day - BARE_DAY_REACH) <= n < page.day:
                day = page.replace(day=n).isoformat()
                extra.append(PeriodMention(Period(day, day, "day"), m.group(0), m.start(), m.end(), "day"))
            continue
        if base is None or base.precision != "day" or not base.start:
            continue
        start = date.fromisoformat(base.start)
        if start.day < n <= min(calendar.monthrange(start.year, start.month)[1], start.day + BARE_DAY_REACH):
            day = start.replace(day=n).isoformat()
            # (24日 on a page of the 23rd: a day of another month, unknown — not the day in force)
            known = published is None or day <= published
            extra.append(PeriodMention(Period(day, day, "day") if known else UNKNOWN, m.group(0),
                                       m.start(), m.end(), "day" if known else "relative"))
    for pattern, shift in ((NEXT_DAY, 1), (SAME_DAY, 0)):
        for m in pattern.finditer(text):
            if any(p.start <= m.start() < p.end for p in periods):
                continue
            base = _day_in_force(periods, m.start(), carried)
            if base is not None and base.precision == "day" and base.start:
                day = (date.fromisoformat(base.start) + timedelta(days=shift)).isoformat()
                extra.append(PeriodMention(Period(day, day, "day"), m.group(0), m.start(), m.end(), "day"))
    return sorted(periods + extra, key=lambda p: p.start)


def _year_earlier(p: Period) -> Period:
    def back(iso: str) -> str:
        d = date.fromisoformat(iso)
        return (d.replace(year=d.year - 1, day=28) if (d.month, d.day) == (2, 29)
                else d.replace(year=d.year - 1)).isoformat()
    return Period(back(p.start), back(p.end), p.precision)  # type: ignore[arg-type]


# a year written in a mention, 年 or not (2024-01-03 too, which YEAR_WRITTEN would miss)
_WRITTEN_YEAR = re.compile(r"(?:19|20)\d{2}")
TURN_MONTHS = 3  # a case story that opens in December runs on into the first months of the next year


def into_next_year(periods: list[PeriodMention], published: str | None) -> list[PeriodMention]:
    """2024年12月末，…报警称被骗59万元。…1月3日至5日，…将8名嫌疑人抓获: after a December
    date in force, a yearless day in January to March is in the year after (not before it),
    unless that falls after the page's date. Mentions that write their year are left alone."""
    out = []
    for m in periods:
        p = m.period
        if (m.kind in ("day", "range") and p.precision in ("day", "range") and p.start and p.end
                and int(p.start[5:7]) <= TURN_MONTHS and int(p.end[5:7]) <= TURN_MONTHS
                and _WRITTEN_YEAR.search(m.text) is None):
            later = _years_on(p, 1)
            if published is None or later.end <= published:  # type: ignore[operator]
                m = replace(m, period=later)
        out.append(m)
    return out


RECENT = re.compile(r"近日|日前|近期|最近")


def story_day(texts: list[str], published: str | None, year: int | None) -> Period | None:
    """近日，某县公安局…成功为群众挽回12万元。…2025年10月4日上午10时，…: the one day a case
    story states (not its dateline's day, not the page's day), which dates what its 近日 lead
    summarises; None when the story states no day or several."""
    days = {m.period.start for t in texts if not BACKSTORY.match(t) for m in find_periods(t, published, year)
            if m.kind == "day" and m.period.precision == "day" and m.period.start}
    days.discard(published)
    if len(days) != 1:
        return None
    day = days.pop()
    return Period(day, day, "day")


# 原来，2025年9月28日，李女士在某平台认识了张某…: how the fraud began, told after the rescue — a
# flashback, not the story's day
BACKSTORY = re.compile(r"\s*(?:原来|此前|之前|早在)")


# A victim's own story (江先生…向对方账户转账共计8万余元…民警…止付…8万余元): its money figures
# happen on the one day the story states, even in sentences that do not repeat it (ANNOTATION:
# a single dated incident takes that day). Who the story is about: a named or described victim.
VICTIM = re.compile(r"先生|女士|老人|事主|受害人|被害人|大爷|阿姨|大妈|老汉|老太|小伙|男子|女子")
# 共破获… / 累计… / 今年以来… / 三年来… / 截至目前…: a figure summed over many cases or up to now
SUMMING = re.compile(r"累计|以来|年来|近年|历年|全年|共(?!计)|总|目前|截至|截止|统计|受骗群众")


def victim_story_day(texts: list[str], published: str | None, year: int | None) -> Period | None:
    """The one day a victim's story states (story_day: not its dateline's or its announcement's
    day), or None when the texts name no victim or state no day or several. A caller gives it
    only to that story's money figures whose own sentence sums nothing (SUMMING)."""
    if not any(VICTIM.search(t) for t in texts):
        return None
    return story_day(texts, published, year)


RECENT_DAYS = 31  # how far before the page's date a day of the page's own year is "recent"


def into_page_year(periods: list[PeriodMention], published: str | None, year_in_force: int | None) -> list[PeriodMention]:
    """银川3月10日电 …2020年，银川警方共破获…。3月10日，市公安局举行…返还仪式 (a page of
    2021-03-12): a yearless day read in the year the text reviews, when in the page's own year
    it falls within a month before the page's date, is the page's day — the event the page
    reports, not one a year before it. Mentions that write their year are left alone."""
    if not published or year_in_force is None or year_in_force >= int(published[:4]):
        return periods
    page = date.fromisoformat(published)
    out = []
    for m in periods:
        p = m.period
        if (m.kind in ("day", "announcement") and p.precision == "day" and p.start
                and _WRITTEN_YEAR.search(m.text) is None and int(p.start[:4]) == year_in_force):
            try:
                moved = date(page.year, int(p.start[5:7]), int(p.start[8:10]))
            except ValueError:
                moved = None
            if moved is not None and 0 <= (page - moved).days <= RECENT_DAYS:
                m = replace(m, period=Period(moved.isoformat(), moved.isoformat(), "day"))
        out.append(m)
    return out


# --- the period in force: how the facts reader dates a figure (parsers/facts.py calls these) ---

# kinds of mention: a cut-off (截至…) is weak — it closes the window in force rather than naming
# one; a comparison (较去年同期) and the day a report went out date no figure
WEAK_PERIOD_KINDS = frozenset({"cumulative"})
IGNORED_PERIOD_KINDS = frozenset({"comparison", "announcement"})
IGNORED_OR_WEAK = IGNORED_PERIOD_KINDS | WEAK_PERIOD_KINDS  # made once, not per mention tested
YEAR = re.compile(r"((?:19|20)\d{2})年")
NAMED_WINDOW = re.compile(r"([\u4e00-\u9fff]{2,8})期间")
CAMPAIGN_SINCE = re.compile(r"(?:行动|工作|专项)(?:开展|启动|部署)?以来$")
# 今年8月29日，自治区反电信网络诈骗中心正式挂牌成立 … 自该中心成立以来，截至目前: a centre's results
# since the day the text says it was founded (a centre's founding only: 自3月9日公安部启用预警功能
# 以来 dates a feature, not 反诈中心成立以来)
FOUNDING_WORDS = re.compile(r"成立|挂牌|建成")
FOUNDED_AFTER = re.compile(r"[^。！？；;]{0,30}?中心[^。！？；;，,]{0,6}?(?:正式)?(?:挂牌成立|成立|挂牌运行|挂牌)(?!以来|[一二两三四五六七八九十\d]+周?年)"
                           # 并于当年9月30日在全国率先建成省、市两级反诈中心
                           r"|[^。！？；;，,]{0,12}?建成[^。！？；;，,]{0,12}?中心")
FOUNDED_SINCE = re.compile(r"中心[^，,。]{0,4}(?:成立|挂牌)(?:运行)?以来$")
# 广东省反诈中心日前正式成立一年，该中心一年来，共劝阻…: the centre's first year, since its founding
FOUNDED_YEAR_BEFORE = re.compile(r"中心[^。！？]{0,8}成立(?:一|1)周?年[^。！？]{0,12}$")


def period_before(mentions: list[PeriodMention], pos: int) -> PeriodMention | None:
    """The last mention that ends before `pos` (comparisons and announcements skipped)."""
    before = [m for m in mentions if m.end <= pos and m.kind not in IGNORED_PERIOD_KINDS]
    return before[-1] if before else None


def named_windows(texts: list[str], published: str | None, year: int | None) -> dict[str, Period]:
    """春节期间…1月30日至2月19日: a window the text dates in the sentence that names it,
    by the last 2–4 characters before 期间 (春节, 宣传月 …)."""
    windows: dict[str, Period] = {}
    for text in texts:
        # the pattern holds the literal 期间: a sentence without it needs no scan (the
        # scan tries every Han character as the start of a 2–8 character run)
        if "期间" not in text:
            continue
        for m in NAMED_WINDOW.finditer(text):
            dated = [p.period for p in find_periods(text[m.end():], published, year)
                     if p.kind == "range" and p.period.start and p.period.end]
            if dated:
                run = m.group(1)
                for n in range(2, min(4, len(run)) + 1):
                    windows.setdefault(run[-n:], dated[0])
    return windows


def window_mentions(text: str, windows: dict[str, Period]) -> list[PeriodMention]:
    """攻坚宣传月期间 in a later sentence: the window named_windows dated, as a range mention."""
    out: list[PeriodMention] = []
    if "期间" not in text:
        return out  # as in named_windows
    for m in NAMED_WINDOW.finditer(text):
        run = m.group(1)
        for n in range(min(4, len(run)), 1, -1):
            if run[-n:] in windows:
                out.append(PeriodMention(windows[run[-n:]], m.group(0), m.start(), m.end(), "range"))
                break
    return out


def founding_day(texts: list[str], published: str | None, year: int | None) -> str | None:
    """今年8月29日，自治区反电信网络诈骗中心正式挂牌成立: the day the text says its centre
    (platform, mechanism) was founded, for a later 自该中心成立以来 (the first such day)."""
    for text in texts:
        if not FOUNDING_WORDS.search(text):
            continue  # the pattern's words: a sentence without one needs no period scan
        for p in find_periods(text, published, year):
            if p.period.precision == "day" and FOUNDED_AFTER.match(text, p.end):
                return p.period.start
    return None


def founded_mentions(text: str, periods: list[PeriodMention], founded: str | None,
                     published: str | None) -> list[PeriodMention]:
    """自该中心成立以来，截至目前 → the founding day to the day it was said (a day before it
    in the sentence) or the page's date; with no founding day the mention stays undated."""
    if founded is None:
        return periods
    out = []
    for p in periods:
        if p.period.start is None and (
                (p.kind == "relative" and FOUNDED_SINCE.search(p.text))
                or (p.text.endswith("年来") and FOUNDED_YEAR_BEFORE.search(text, 0, p.start))):
            said = [q.period.start for q in periods if q.end <= p.start and q.period.precision == "day"]
            end = said[-1] if said else published
            if end and founded <= end:
                p = PeriodMention(Period(founded, end, "range"), p.text, p.start, p.end, "range")
        out.append(p)
    return out


def range_ending(last: Period | None, end: date | None) -> Period | None:
    """从1月24日至2月9日，…共受理…。（next paragraph）截至2月9日，…共接报…: a cut-off
    on the very day an earlier range of the page ended (`last`) restates that range, not the
    year so far. None when no such range was written."""
    if (end is None or last is None or last.start is None or last.precision != "range"
            or last.end != end.isoformat()):
        return None
    return last


def since_campaign(mentions: list[PeriodMention], mention: PeriodMention, in_force: Period | None,
                   lead_window: Period | None, campaign_windows: list[Period],
                   published: str | None) -> Period | None:
    """专项行动开展以来: the window of the operation in force, from its start to the day the
    count was taken (据省公安厅12月26日统计，…开展以来) or else the page's date.
    - a lead that dated the campaign (自2015年11月开展…以来): that window;
    - a launch month (今年4月，公安部部署开展“云剑-2020”行动): from that month to the end;
    - a launch day, the page's one operation window (11月25日，省公安厅部署开展“冬季守护”
      专项工作): from that day to the end.
    A single day in force otherwise is the day something was said, never the window."""
    only = campaign_windows[0] if len(campaign_windows) == 1 else None
    # 2023年7月部署开展…专项工作以来: the launch month written in the since clause itself
    launch = [m.period for m in mentions if m.end <= mention.start and m.kind == "month" and m.period.start]
    window = next((w for w in (launch[-1] if launch else None, in_force, lead_window, only)
                   if w is not None and w.start and w.precision != "day"), None)
    said = [m for m in mentions if m.end <= mention.start and m.kind == "day" and m.period.start]
    end = said[-1].period.start if said else published
    if window is None and only is not None and only.precision == "day" and end and only.start < end:
        return Period(only.start, end, "range")
    if (window is not None and window.precision == "month" and end
            and window.end is not None and window.end < end):
        return Period(window.start, end, "range")
    return window


def period_for(mentions: list[PeriodMention], pos: int, in_force: Period | None, year: int | None, *,
               published: str | None, lead_window: Period | None, last_period: Period | None,
               campaign_windows: list[Period]) -> Period | None:
    """The period of a figure at `pos` of a sentence: the last mention before it, read in
    context — a cut-off closes the window in force (the sentence's own window before it, else
    `in_force`, else the lead's `lead_window`); 行动开展以来 is the operation's window
    (since_campaign); a since-year in review season may be the reviewed year
    (reviewed_year_since); with no mention, the period in force. `year`: the year in force."""
    mention = period_before(mentions, pos)
    if mention is not None and mention.kind in WEAK_PERIOD_KINDS:
        # 截至目前 in a later paragraph: the window the lead reports on (今年以来…);
        # 截至2021年11月 after "2021年": that window, cut off at the stated day
        # 今年截至目前 / 2021年，…截至11月: the window named before it in the sentence
        # (not a single day: 28日，…在发布会上表示…截至7月份 dates the announcement)
        own = [m.period for m in mentions if m.end <= mention.start and m.period.start
               and m.kind not in IGNORED_OR_WEAK and m.period.precision != "day"]
        window = own[-1] if own else (in_force or lead_window)
        # a yearless cut-off is in the year the sentence's own window ends in (2022年，…截至
        # 12月底 on a page of January 2023: 2022-12-31)
        year = int(own[-1].end[:4]) if own and own[-1].end else year
        end = cutoff(mention, published, year)
        opened = [m.period.start for m in mentions if m.end <= mention.start and m.kind == "day"
                  and m.period.start and YEAR.search(m.text)]
        if not own and opened and end is not None and opened[-1] < end.isoformat():
            # 于2019年3月20日晚召开抓捕动员大会后，…截至2019年3月27日共抓获78人: from the day the
            # sentence's action opened, written with its year (not an announcement's day:
            # 28日，…在发布会上表示，截至7月份)
            return Period(opened[-1], end.isoformat(), "range")
        if window is not None and end is not None and closed_before(window, end):
            window = None  # 2019年…；至2020年9月，…: the year so far, below
        said = [m for m in mentions if m.end <= mention.start and m.kind in ("day", "announcement")
                and m.period.start]
        if end is None and said:
            # 10月29日，省公安厅召开发布会通报…，截至目前: "now" is the day it was said
            end = date.fromisoformat(said[-1].period.start)  # type: ignore[arg-type]
        if window is not None and window.start and end is not None and window.start <= end.isoformat():
            return Period(window.start, end.isoformat(), "range")
        if window is None and (same := range_ending(last_period, end)) is not None:
            return same
        if window is None and end is not None:
            # 截止到6月30日，全市共立案545起 with no window in force: the year so far
            return Period(f"{end.year}-01-01", end.isoformat(), "range")
        if (end is None and window is not None and window.precision == "month" and published
                and window.end is not None and window.end < published):
            # 2015年11月，…部署开展专项行动。截止目前，全省共破获…: from that month to now
            return Period(window.start, published, "range")
        return window
    if mention is not None and mention.kind == "relative" and CAMPAIGN_SINCE.search(mention.text):
        return since_campaign(mentions, mention, in_force, lead_window, campaign_windows, published)
    if mention is not None and (reviewed := reviewed_year_since(mention, in_force, published)) is not None:
        return reviewed
    if mention is not None:
        return mention.period
    return in_force


# 破获电信诈骗犯罪案件52起，抓获犯罪嫌疑人73名…。这是2018年宁津县公安局在打防电信诈骗专项行动中
# “晒”出的成绩单: figures told first, then named as a year's results by the sentence after them
RESULTS_NAMED_AFTER = re.compile(
    r"^(?:这|以上|上述)[^，,。；;]{0,4}?(?:是|为|就是)[^，,。；;]{0,12}?"
    r"(?P<when>(?:19|20)\d\d\s*年(?:上半年|下半年|度)?)[^。；;]{0,40}?(?:成绩单|成绩|战果|成果|答卷)")


def results_named_after(following: str | None, published: str | None, default_year: int | None) -> Period | None:
    """The period of the figures in the sentence before ``following`` when that sentence names
    them as a year's (or half-year's) results (这是2018年…的成绩单); None otherwise. The period
    is the written one read as any such mention is (find_periods, against the page's date)."""
    m = RESULTS_NAMED_AFTER.match(following) if following else None
    if m is None:
        return None
    found = [p.period for p in find_periods(m["when"], published, default_year) if p.period.start and p.period.end]
    return found[0] if found else None
