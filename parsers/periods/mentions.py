"""Period mentions: time expressions in cleaned Simplified text → ISO periods with offsets,
read without the context of the page beyond its publication date and year in force.

The rules are a table (``_RULES``: a regex plus a builder each; a rule runs only where its
key words occur). See parsers/periods/__init__.py for the resolution order of years.
"""
from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Callable

import cn2an


@dataclass(frozen=True)
class Period:
    start: str | None  # ISO dates
    end: str | None
    precision: str | None  # 'day' | 'month' | 'quarter' | 'half' | 'year' | 'range' | None


@dataclass(frozen=True)
class PeriodMention:
    period: Period
    text: str  # == input[start:end]
    start: int
    end: int
    # 'range' | 'half' | 'quarter' | 'year' | 'month' | 'day' | 'since' | 'duration'
    # | 'relative' | 'cumulative' | 'comparison' | 'vague' | 'announcement' (the day a report went out)
    kind: str


UNKNOWN = Period(None, None, None)


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(d: date, n: int) -> date:
    """d shifted by n calendar months, the day clamped to the target month's length."""
    index = d.year * 12 + (d.month - 1) + n
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


# --- regex pieces ---------------------------------------------------------------------
_SP = r"[^\S\n]?"  # one stray blank (incl. NBSP, en space, U+3000)
_M = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_D = r"(?:3[01]|[12]\d|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
_SEP = rf"{_SP}(?:至|到|——|-|—|–|~|～|－){_SP}"  # (——: 10月26日——11月1日, a doubled dash)
# bounded, and never starting inside a longer run: the duration rules stay linear on runs of
# digits or 十 (a 1 MB run was quadratic)
_N = r"(?<![\d一二两三四五六七八九十])(?:\d{1,4}|[一二两三四五六七八九十]{1,4})"
# what every _N match begins with: for a rule opening on _N (whose lookbehind the scan would
# try at every position), the `starts` of _rule
_N_START = r"\d一二两三四五六七八九十"
_RELATIVE_YEARS = {"今年": 0, "本年": 0, "去年": -1, "前年": -2}


def _yp(n: str = "") -> str:
    """A year prefix: written (2020年 / 二〇二〇年) or relative (今年, 去年, 当年 …)."""
    return rf"(?:(?P<y{n}>(?:19|20)\d\d|[〇零一二三四五六七八九]{{4}}){_SP}年|(?P<r{n}>今年|本年|去年|前年|当年))"


def _num(s: str) -> int:
    """A written numeral (12 / 十二 / 二十九) as an int. Raises ValueError for one cn2an
    cannot read (十二十九: cn2an itself raises KeyError there), as the date rules expect."""
    if s.isdigit():
        return int(s)
    try:
        return int(cn2an.cn2an(s, "smart"))
    except (KeyError, IndexError, TypeError) as error:
        raise ValueError(f"not a numeral: {s!r}") from error


@dataclass(frozen=True)
class _Context:
    published: date | None
    default_year: int | None
    # an undated page that reviews its year in force (2017年度…大数据 / 过去一年): 去年 is that year
    reviewed: bool = False


# A builder returns (period, guessed): guessed means the year came from the publication
# date alone, so a start after publication makes the period unknown.
_Built = tuple[Period, bool] | None


def _year(m: re.Match[str], n: str, ctx: _Context) -> tuple[int | None, bool]:
    written, relative = m.group(f"y{n}"), m.group(f"r{n}")
    if written:
        return _num(written), False
    if relative == "当年":
        if ctx.default_year is not None:
            return ctx.default_year, False
        return (ctx.published.year, True) if ctx.published else (None, False)
    if relative:
        if ctx.published is not None:
            return ctx.published.year + _RELATIVE_YEARS[relative], False
        # an undated page: 今年 is the year the text has in force (2019年以来…今年1至7月); 去年
        # and 前年 are not counted from it, since that year may itself be the one looked back on
        # (一年来…2020年…去年共破获 on a 2021 page)
        if relative in ("今年", "本年") and ctx.default_year is not None:
            return ctx.default_year, False
        if relative == "去年" and ctx.reviewed and ctx.default_year is not None:
            return ctx.default_year, False  # 获悉2017年度反诈骗大数据。数据显示，去年，…: the year reviewed
        return None, False
    if ctx.default_year is not None:
        # (the publication's own year, handed in as the year in force, is as much a guess as
        # when it comes from the publication date: a day after the page's date is unknown)
        return ctx.default_year, ctx.published is not None and ctx.default_year == ctx.published.year
    return (ctx.published.year, True) if ctx.published else (None, False)


def _period(start: date, end: date | None, precision: str) -> Period:
    return Period(start.isoformat(), end.isoformat() if end else None, precision)


def _since_end(ctx: _Context) -> date | None:
    return ctx.published


# --- builders -------------------------------------------------------------------------
def _day_range(m: re.Match[str], ctx: _Context) -> _Built:
    year1, guessed = _year(m, "1", ctx)
    if year1 is None:
        return UNKNOWN, False
    year2 = _num(m.group("y2")) if m.group("y2") else year1
    month1 = _num(m.group("m1"))
    month2 = _num(m.group("m2")) if m.group("m2") else month1
    if not m.group("y2") and month2 < month1:
        year2 = year1 + 1  # 12月28日至1月3日 crosses the new year
    start = date(year1, month1, _num(m.group("d1")))
    end = date(year2, month2, _num(m.group("d2")))
    return _period(start, end, "range"), guessed


def _month_range(m: re.Match[str], ctx: _Context) -> _Built:
    year1, guessed = _year(m, "1", ctx)
    if year1 is None:
        return UNKNOWN, False
    month1, month2 = _num(m.group("m1")), _num(m.group("m2"))
    year2 = _year(m, "2", ctx)[0] if (m.group("y2") or m.group("r2")) else year1
    if not (m.group("y2") or m.group("r2")) and month2 < month1:
        year2 = year1 + 1
    return _period(date(year1, month1, 1), month_end(year2, month2), "range"), guessed


def _adjacent_months(m: re.Match[str], ctx: _Context) -> _Built:
    """今年四五月 / 七八月份: two months in a row, written as two numerals before one 月 — from
    the first's start to the second's end; None when they do not follow each other (十二月)."""
    month1, month2 = _num(m.group("m1")), _num(m.group("m2"))
    if month2 != month1 + 1:
        return None
    year, guessed = _year(m, "1", ctx)
    if year is None:
        return UNKNOWN, False
    return _period(date(year, month1, 1), month_end(year, month2), "range"), guessed


def _half(m: re.Match[str], ctx: _Context) -> _Built:
    year, guessed = _year(m, "", ctx)
    if year is None:
        return UNKNOWN, False
    if m.group("h") == "上":
        return _period(date(year, 1, 1), date(year, 6, 30), "half"), guessed
    return _period(date(year, 7, 1), date(year, 12, 31), "half"), guessed


def _quarter(m: re.Match[str], ctx: _Context) -> _Built:
    year, guessed = _year(m, "", ctx)
    if year is None:
        return UNKNOWN, False
    if m.group("first_n"):  # 前三季度: January through the end of quarter n
        n = _num(m.group("first_n").replace("两", "二"))
        return _period(date(year, 1, 1), month_end(year, 3 * n), "range"), guessed
    q = _num(m.group("q"))
    return _period(date(year, 3 * q - 2, 1), month_end(year, 3 * q), "quarter"), guessed


def _since_year(m: re.Match[str], ctx: _Context) -> _Built:
    year, guessed = _year(m, "", ctx)
    if year is None:
        return UNKNOWN, False
    return _period(date(year, 1, 1), _since_end(ctx), "range"), guessed


def _since_month(m: re.Match[str], ctx: _Context) -> _Built:
    year, guessed = _year(m, "", ctx)
    if year is None:
        return UNKNOWN, False
    day = _num(m.group("d")) if m.group("d") else 1
    return _period(date(year, _num(m.group("m")), day), _since_end(ctx), "range"), guessed


def _day(m: re.Match[str], ctx: _Context) -> _Built:
    year, guessed = _year(m, "", ctx)
    if year is None:
        return UNKNOWN, False
    d = date(year, _num(m.group("m")), _num(m.group("d")))
    return _period(d, d, "day"), guessed


def _iso_day(m: re.Match[str], ctx: _Context) -> _Built:
    d = date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    return _period(d, d, "day"), False


def _month(m: re.Match[str], ctx: _Context) -> _Built:
    year, guessed = _year(m, "", ctx)
    if year is None:
        return UNKNOWN, False
    month = _num(m.group("m"))
    return _period(date(year, month, 1), month_end(year, month), "month"), guessed


def _half_month(m: re.Match[str], ctx: _Context) -> _Built:
    """2020年5月下半月 → 05-16..05-31; 上半月 → 05-01..05-15 (a fortnightly bulletin's window)."""
    year, guessed = _year(m, "", ctx)
    if year is None:
        return UNKNOWN, False
    month = _num(m.group("m"))
    if m.group("h") == "上":
        return _period(date(year, month, 1), date(year, month, 15), "range"), guessed
    return _period(date(year, month, 16), month_end(year, month), "range"), guessed


REVIEW_SEASON_END = 3  # year reviews of the year before appear through March


def _year_only(m: re.Match[str], ctx: _Context) -> _Built:
    """2019年 / 2019年度 / 2019年全年: that year; a bare 全年 is the year in force — but on a
    page of review season (a January to March page: 1月16日举办的新闻发布会…广东警方全年共立…) — the
    year before, the one the page reviews (no whole year of the page's own has passed), else the
    page's year."""
    if (m.group(0) == "全年" and ctx.published is not None and ctx.published.month <= REVIEW_SEASON_END
            and ctx.default_year in (None, ctx.published.year)):  # (the page's own year in force is a guess)
        reviewed = ctx.published.year - 1
        return _period(date(reviewed, 1, 1), date(reviewed, 12, 31), "year"), False
    year, guessed = _year(m, "", ctx)
    if year is None:
        return UNKNOWN, False
    return _period(date(year, 1, 1), date(year, 12, 31), "year"), guessed


def _first_months(m: re.Match[str], ctx: _Context) -> _Built:
    """今年前5个月 / 前三个月: January through the end of month n."""
    year, guessed = _year(m, "", ctx)
    n = _num(m.group("n").replace("两", "二"))
    if year is None or not 1 <= n <= 12:
        return UNKNOWN, False
    if ctx.published is not None and month_end(year, n) > ctx.published and m.group("r") in ("今年", "本年"):
        return UNKNOWN, False  # 今年前七月 on a page dated in February: the page's date is wrong, not the months
    return _period(date(year, 1, 1), month_end(year, n), "range"), guessed


def _past_year(m: re.Match[str], ctx: _Context) -> _Built:
    """一年来 in a year-end report: the year the text is reporting on, when that year is
    written in the text (default_year) and over or nearly over at publication; else unknown."""
    year = ctx.default_year
    if year is None:
        return UNKNOWN, False
    if ctx.published is None:
        # 2023年，全市…。过去一年，某市公安…: an undated page that has named its year
        return _period(date(year, 1, 1), date(year, 12, 31), "year"), False
    if year < ctx.published.year or (year == ctx.published.year and ctx.published.month >= 11):
        return _period(date(year, 1, 1), date(year, 12, 31), "year"), False
    return UNKNOWN, False


def _bare_year(m: re.Match[str], ctx: _Context) -> _Built:
    """2023全区共立…: a year written without 年 before a whole-jurisdiction subject."""
    year = int(m.group("y"))
    return _period(date(year, 1, 1), date(year, 12, 31), "year"), False


def _today(m: re.Match[str], ctx: _Context) -> _Built:
    """今天/今日 (also 当天 in a report of that day) is the publication day; 昨天 the day before."""
    if ctx.published is None:
        return UNKNOWN, False
    d = ctx.published - timedelta(days=1) if m.group(0).startswith("昨") else ctx.published
    return _period(d, d, "day"), False


def _last_week(m: re.Match[str], ctx: _Context) -> _Built:
    """上周 in a weekly notice (11月8日，…发布警情通报，称上周全市发生…6起): Monday to Sunday of
    the calendar week before the publication day's (national statistics weeks run Monday to
    Sunday). On an undated page no mention at all: an unknown one would end the window the
    sentences before it carry (上周(2025年09月08日至…14日)，全市共立…: the written range dates it)."""
    if ctx.published is None:
        return None
    monday = ctx.published - timedelta(days=ctx.published.weekday() + 7)
    return _period(monday, monday + timedelta(days=6), "range"), False


def _unknown(m: re.Match[str], ctx: _Context) -> _Built:
    return UNKNOWN, False


_COMPARED_MONTH = re.compile(rf"(?:(?P<y>(?:19|20)\d\d){_SP}年{_SP})?(?P<m>{_M}){_SP}月份?")


_COMPARED_WHOLE_YEAR = re.compile(rf"((?:19|20)\d\d){_SP}年{_SP}全年")


def _compared(m: re.Match[str], ctx: _Context) -> _Built:
    """环比4月份 / 与8月份217起相比: the month compared with, whose figure a monthly bulletin
    states beside its own (a fact of that month); 去年同期 and other relative windows stay
    unknown. 比2015年全年刑事拘留人数153人: a whole written year compared with, whose figure
    the text states, is a fact of that year."""
    inner = _COMPARED_MONTH.search(m.group())
    if "同期" in m.group():
        return UNKNOWN, False
    if inner is None:
        whole = _COMPARED_WHOLE_YEAR.search(m.group())
        if whole is None:
            return UNKNOWN, False
        year = int(whole.group(1))
        return _period(date(year, 1, 1), date(year, 12, 31), "year"), False
    if inner.group("y"):
        year, guessed = int(inner.group("y")), False
    elif ctx.default_year is not None:
        year, guessed = ctx.default_year, False
    elif ctx.published is not None:
        year, guessed = ctx.published.year, True
    else:
        return UNKNOWN, False
    month = _num(inner.group("m"))
    return _period(date(year, month, 1), month_end(year, month), "month"), guessed


@dataclass(frozen=True)
class _Rule:
    kind: str
    pattern: re.Pattern[str]
    build: Callable[[re.Match[str], _Context], _Built]
    tier: int = 0  # tier 1 only fills gaps left by tier 0
    # Every match of the pattern contains one of these strings, so a text holding none of
    # them is not searched (most rules need 年, 月 or a word of their own).
    needs: tuple[str, ...] = ()
    # More such groups, each also held by every match (月 and a range separator): tested
    # only in a text that holds a needed word.
    also: tuple[tuple[str, ...], ...] = ()


def _rule(kind: str, pattern: str, build: Callable[..., _Built], tier: int = 0,
          needs: tuple[str, ...] = (), starts: str = "", also: tuple[tuple[str, ...], ...] = ()) -> _Rule:
    """starts: a character class every match begins with; the lookahead rejects other
    positions in one test, instead of trying each optional prefix there."""
    if starts:
        pattern = f"(?=[{starts}])(?:{pattern})"
    return _Rule(kind, re.compile(pattern), build, tier, needs, also)


# Strings some match of a rule must hold (its `also` groups): the range separator of _SEP,
# the day mark, the words that close a "since".
_SEPARATORS = ("至", "到", "-", "—", "–", "~", "～", "－")
_DAY_MARKS = ("日", "号")
_SINCE_WORDS = ("以来", "至今", "起", "开始")
# The words between a date and its 以来 that name the event (“…机制运行”, “…专项行动开展”): no
# date or clause break; a quoted name counts as one word, digits and all (“核心使命—2022”系列行动)
_EVENT = r"(?:[^,，。;；:：!！?？\n\d年月“”「」\"]|[“「\"][^”」\"\n,，。]{1,12}[”」\"])"


# What a date can start with: a blank (_SP), a digit, a Chinese numeral (year, month, day),
# the first character of a relative year (今年 本年 去年 前年 当年) or of 自/从.
_DATE_START = r"\s0-9〇零一二三四五六七八九十今本去前当自从"


_DURATION_UNIT = r"(?P<u>个(?P<more_u>多)?月|个?(?P<more_w>多)?星期|周|天|日|年)"
_DURATION = rf"(?P<n>{_N}){_SP}(?P<more>多)?{_SP}{_DURATION_UNIT}"

YEAR_WRITTEN = re.compile(r"(?:19|20)\d\d\s*年")


# 2017年至2019年 / 2016—2018年 / 2019年至2020年6月底 (…3月5日): two written years with a separator
# between them (the first may drop its 年) are one window over both, not the last year alone
YEARS_APART_MAX = 20  # (a wider span is no reporting window: a founding year, a typo)


def _year_range(m: re.Match[str], ctx: _Context) -> _Built:
    """From 1 January of the first year to the end of the second (or of its month, or its day)."""
    first, last = int(m.group("y1")), int(m.group("y2"))
    if not 0 < last - first <= YEARS_APART_MAX:
        return None
    month, day = m.group("m2"), m.group("d2")
    end = (date(last, _num(month), _num(day)) if day else month_end(last, _num(month)) if month
           else date(last, 12, 31))
    return _period(date(first, 1, 1), end, "range"), False


def _year_to_this_month(m: re.Match[str], ctx: _Context) -> _Built:
    """2019年至今年6月底: from the start of the written year to the end of this year's month."""
    if ctx.published is None:
        return UNKNOWN, False
    year, month = ctx.published.year, _num(m.group("m"))
    return _period(date(int(m.group("y")), 1, 1), month_end(year, month), "range"), False


_RULES: tuple[_Rule, ...] = (
    _rule(
        "range",
        rf"(?<!\d)(?P<y1>(?:19|20)\d\d){_SP}(?:年{_SP}(?:初{_SP})?)?{_SEP}(?P<y2>(?:19|20)\d\d){_SP}年"
        rf"(?:{_SP}(?P<m2>{_M}){_SP}月份?(?:{_SP}(?P<d2>{_D}){_SP}[日号]|[底末])?)?(?!{_SP}\d)",
        _year_range, needs=('年',), starts="12", also=(_SEPARATORS,)),
    _rule("range", rf"(?P<y>(?:19|20)\d\d){_SP}年{_SP}(?:至|到|—|－|-){_SP}今年{_SP}(?P<m>{_M}){_SP}月份?[底末]?",
          _year_to_this_month, needs=('今年',)),
    _rule(
        "range",
        # 6月1日20时至6月4日20时: the hours of a sweep's start and end do not change its days
        rf"{_yp('1')}?{_SP}(?P<m1>{_M}){_SP}月{_SP}(?P<d1>{_D}){_SP}[日号](?:{_SP}\d{{1,2}}{_SP}[时点])?{_SEP}"
        rf"(?:{_yp('2')}{_SP})?(?:(?P<m2>{_M}){_SP}月{_SP})?(?P<d2>{_D}){_SP}[日号](?:{_SP}\d{{1,2}}{_SP}[时点])?",
        _day_range, needs=('月',), starts=_DATE_START, also=(_DAY_MARKS, _SEPARATORS)),
    _rule(
        "range",
        rf"{_yp('1')}?{_SP}(?P<m1>{_M}){_SP}(?:月份?)?{_SEP}(?:{_yp('2')}{_SP})?(?P<m2>{_M}){_SP}月份?",
        _month_range, needs=('月',), starts=_DATE_START, also=(_SEPARATORS,)),
    _rule("range", rf"{_yp('1')}?{_SP}(?P<m1>[一二三四五六七八九])(?P<m2>[二三四五六七八九十])月份?",
          _adjacent_months, needs=('月',), starts=_DATE_START),
    _rule("half", rf"(?:{_yp()}{_SP})?(?P<h>上|下)半年度?", _half, needs=('半年',), starts=_DATE_START + "上下"),
    _rule(
        "quarter",
        rf"(?:{_yp()}{_SP})?(?:前(?P<first_n>[一二两三23])|第?(?P<q>[一二三四1-4])){_SP}季度",
        _quarter, needs=('季度',), starts=_DATE_START + "第"),
    _rule("since", rf"(?:[自从]{_SP})?{_yp()}{_SP}(?:年?初)?(?:以来|至今|起|开始)", _since_year, needs=('年',), starts=_DATE_START,
          also=(_SINCE_WORDS,)),
    _rule("day", r"今天|今日|当天|昨天|昨日", _today, needs=('今天', '今日', '当天', '昨天', '昨日')),
    # 上周 where a clause or its subject opens (称上周全市发生… / 昆明警方上周打掉…), not a word that
    # ends in 上 (联系上周某: a surname; 早上, 网上) nor a day of that week (上周六)
    _rule("range", r"(?:(?<=^)|(?<=[，,。；;：:\s（(“\"])|(?<=[称在于])|(?<=警方|公安|通报|显示|统计|获悉))"
                   r"上周(?![一二三四五六日天末某])", _last_week, needs=('上周',)),
    _rule("since", r"(?P<y>)(?P<r>)年初(?:以来|至今)", _since_year, needs=('年初',)),
    _rule(  # 自2020年运行以来 / 2021年专项行动开展以来: an event dated to a year, and since then
        "since",
        rf"(?:[自从]{_SP}){_yp()}{_SP}{_EVENT}{{1,12}}?(?:以来|至今)",
        _since_year, needs=('年',), starts=_DATE_START, also=(("自", "从"), ("以来", "至今"))),
    _rule(
        "since",
        rf"(?:[自从]{_SP})?(?:{_yp()}{_SP})?(?P<m>{_M}){_SP}月份?(?:{_SP}(?P<d>{_D}){_SP}[日号])?"
        rf"{_SP}(?:以来|至今|起|开始)",
        _since_month, needs=('月',), starts=_DATE_START, also=(_SINCE_WORDS,)),
    _rule(  # 上海铁路公安局自去年12月，开展集中会战: 自 and a month opening the clause, then the work since
        "since",
        rf"[自从]{_SP}(?:{_yp()}{_SP})?(?P<m>{_M}){_SP}月份?(?:{_SP}(?P<d>{_D}){_SP}[日号])?{_SP}(?=[，,])",
        _since_month, needs=('月',), starts="自从", also=(("自", "从"),)),
    _rule(  # "5月份打防电诈新机制运行以来": an event dated to a month, and since then
        "since",
        rf"(?:[自从]{_SP})?(?:{_yp()}{_SP})?(?P<m>{_M}){_SP}月份?(?:{_SP}(?P<d>{_D}){_SP}[日号])?"
        # …新机制，运行至今: the event's own clause, then a short one that runs it to now
        rf"{_EVENT}{{1,16}}?(?:[，,][^,，。;；:：!！?？\n\d年月“”「」\"]{{1,4}}?)?(?:以来|至今)",
        _since_month, needs=('月',), starts=_DATE_START, also=(("以来", "至今"),)),
    _rule(
        "cumulative",
        rf"截[至止]到?{_SP}(?:目前|今|现在|当前|发稿时?|"
        # 截至5月24日12时: a cut-off at an hour is still a cut-off, not that day's figure
        rf"(?:{_yp()}{_SP})?(?:{_M}{_SP}月份?(?:{_SP}{_D}{_SP}[日号](?:{_SP}\d{{1,2}}{_SP}[时点](?:{_SP}\d{{1,2}}{_SP}分)?)?)?[底末]?|年?[底末]))",
        _unknown, needs=('截至', '截止')),
    _rule(  # 2019年…发案154起；至2020年9月，…发案128起: 至/到 opening a clause on a written year and
        # month, then a comma, is a cut-off as 截至 is (not the range end of 1月至9月: no clause opens there)
        "cumulative",
        rf"(?:(?<=^)|(?<=[，,；;。：:]))[至到]{_SP}(?:19|20)\d\d{_SP}年{_SP}{_M}{_SP}月份?[底末]?(?={_SP}[，,])",
        _unknown, needs=('至', '到')),
    _rule("comparison", r"(?:与|和|同)[^,，。;；\n]{1,12}?(?:相比|相较|比较)", _compared, needs=('相比', '相较', '比较')),
    _rule(
        "comparison",
        rf"(?:较|比)(?:去年|上年|上月|上周|上半年|(?:19|20)\d\d{_SP}年|{_M}{_SP}月份?)(?:同期|全年)?",
        _compared, needs=('较', '比')),
    # 摧毁团伙43个，是2015年全年摧毁团伙数的2倍多: the year a figure is a multiple of
    _rule("comparison", rf"是(?:去年|上年|(?:19|20)\d\d{_SP}年)(?:全年|同期)?(?=[^,，。;；\n]{{0,16}}?倍)", _unknown,
          needs=('倍',)),
    _rule("comparison", rf"(?:去年|上年|(?:19|20)\d\d{_SP}年)同期", _unknown, needs=('同期',)),
    # 前10个月 / 闽前10月 (a headline drops the 个)
    _rule("range", rf"(?:{_yp()}{_SP})?前{_SP}(?P<n>\d{{1,2}}|[一二两三四五六七八九十]{{1,2}}){_SP}个?{_SP}月(?!以来|来|份)", _first_months,
          needs=('前',), starts=_DATE_START, also=(("月",),)),
    _rule("year", r"(?:这|近|过去)?一年(?:以来|来)|过去(?:的)?一年", _past_year, needs=('一年',)),
    _rule("year", r"(?<![\d.])(?P<y>(?:19|20)\d\d)(?=[^\S\n]?(?:全[国省区市州县盟]|年度))", _bare_year, needs=('全', '年度'),
          starts="12"),
    # 近年来，某省…取得了丰硕成果: background over years, which does not end the report's window
    _rule("vague", r"近年来|近几年|近年", _unknown, needs=('近年', '近几年')),
    # (not 近期高发的贷款诈骗套路: a trend the sentence describes, no time its figures take)
    _rule("relative", r"(?:近期|近日|日前|近来|连日来|不久前|前不久|前几天|前些天|前些日子)(?!高发|多发|频发|常见|流行|猖獗)",
          _unknown, needs=("近", "日前", "连日来", "不久", "前几天", "前些")),
    _rule("relative", rf"(?:近|最近){_SP}{_DURATION}(?:以来|来)?", _unknown, needs=('近',)),
    _rule("relative", rf"{_DURATION}(?:以来|来)", _unknown, needs=('来',), starts=_N_START),  # bound to an anchor later
    _rule("relative", rf"(?:为期|历时|历经|用时|仅用|短短){_SP}{_DURATION}", _unknown, needs=('为期', '历时', '历经', '用时', '仅用', '短短')),
    _rule("relative", rf"{_DURATION}(?:的)?时间", _unknown, needs=('时间',), starts=_N_START),
    _rule(
        "day",
        rf"(?:{_yp()}{_SP})?(?P<m>{_M}){_SP}月{_SP}(?P<d>{_D}){_SP}[日号]"
        rf"(?:{_SP}\d{{1,2}}{_SP}[时点](?:{_SP}\d{{1,2}}{_SP}分)?许?)?",
        _day, needs=('月',), starts=_DATE_START, also=(_DAY_MARKS,)),
    _rule("day", r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)", _iso_day, needs=('-',)),
    _rule("range", rf"(?:{_yp()}{_SP})?(?<![个多\d])(?P<m>{_M}){_SP}月份?(?P<h>上|下)半月", _half_month, needs=('半月',),
          starts=_DATE_START),
    # (not 五月天, a band and a spam keyword: 第四色五月天… on a mirror's spam line)
    _rule("month", rf"(?:{_yp()}{_SP})?(?<![个多\d])(?P<m>{_M}){_SP}月份?(?:[底末初]|[上中下]旬)?(?!天)", _month, needs=('月',), starts=_DATE_START),
    # "今年" on its own is the year so far, like "今年以来"; "今年全年" is the whole year
    _rule("since", r"(?P<y>)(?P<r>今年|本年)(?!度|全年)", _since_year, needs=('今年', '本年')),
    _rule(
        "year",
        rf"(?<!\d)(?:{_yp()}(?P<whole>度|全年)?|全年)",
        _year_only, needs=('年',), starts=_DATE_START + "全"),
    _rule("relative", r"[^,，。;；:：!！?？\n\d年月日份号]{1,12}以来", _unknown, tier=1, needs=('以来',)),
)

_NEEDED_WORDS = frozenset(word for rule in _RULES for word in rule.needs)
# The guard as lookup tables: the first characters of the needed words (one C-level set
# intersection with the text finds those present), and for each such character its words,
# each with the bit mask of the rules that need it (bit i = _RULES[i]). The rules of a mask
# are listed once, in _RULES order.
_WORDS_BY_FIRST: dict[str, tuple[tuple[str, int], ...]] = {
    first: tuple((word, sum(1 << i for i, rule in enumerate(_RULES) if word in rule.needs))
                 for word in sorted(w for w in _NEEDED_WORDS if w[0] == first))
    for first in {w[0] for w in _NEEDED_WORDS}}
_NEEDED_FIRSTS = frozenset(_WORDS_BY_FIRST)
_NEEDED_FIRST_RE = re.compile("[" + "".join(map(re.escape, sorted(_NEEDED_FIRSTS))) + "]")
_UNGUARDED_MASK = sum(1 << i for i, rule in enumerate(_RULES) if not rule.needs)
# The `also` groups likewise: one bit per distinct group (a few: 月, the day marks, the range
# separators, the words that close a "since"). For a mask, its rules and the groups they
# ask for (each tested once per text, not once per rule asking); for a mask and the groups
# the text holds, the rules that apply.
_ALSO_BIT: dict[tuple[str, ...], int] = {
    group: 1 << j for j, group in enumerate(dict.fromkeys(g for rule in _RULES for g in rule.also))}
_RULES_BY_MASK: dict[int, tuple[tuple[_Rule, ...], tuple[tuple[tuple[str, ...], int], ...]]] = {}
_RULES_BY_HELD: dict[tuple[int, int], tuple[_Rule, ...]] = {}
_DURATION_RE = re.compile(_DURATION)
_BIND_GAP = re.compile(r"^[^。！？!?\n]{0,80}$")


def _parse_published(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _rules_for(text: str) -> tuple[_Rule, ...]:
    """The rules, in order, that have no needed word or one that is in `text`, and for each
    `also` group one of its words."""
    mask = _UNGUARDED_MASK
    # (the first characters present, found by a scan in C: intersecting with the text made a
    # one-character string of, and hashed, every character of it)
    for first in set(_NEEDED_FIRST_RE.findall(text)):
        for word, bits in _WORDS_BY_FIRST[first]:
            if len(word) == 1 or word in text:
                mask |= bits
    entry = _RULES_BY_MASK.get(mask)
    if entry is None:
        if len(_RULES_BY_MASK) >= 4096:
            _RULES_BY_MASK.clear()
        rules = tuple(rule for i, rule in enumerate(_RULES) if mask >> i & 1)
        groups = tuple((group, _ALSO_BIT[group]) for group in dict.fromkeys(g for r in rules for g in r.also))
        entry = _RULES_BY_MASK[mask] = (rules, groups)
    rules, groups = entry
    if not groups:
        return rules
    held = 0
    for group, bit in groups:
        for word in group:
            if word in text:
                held |= bit
                break
    found = _RULES_BY_HELD.get((mask, held))
    if found is None:
        if len(_RULES_BY_HELD) >= 4096:
            _RULES_BY_HELD.clear()
        found = _RULES_BY_HELD[mask, held] = tuple(
            rule for rule in rules if all(_ALSO_BIT[group] & held for group in rule.also))
    return found


def _candidates(text: str, ctx: _Context) -> list[tuple[int, PeriodMention]]:
    found: list[tuple[int, PeriodMention]] = []
    for rule in _rules_for(text):
        for m in rule.pattern.finditer(text):
            if m.start() == m.end():
                continue
            try:
                built = rule.build(m, ctx)
            except ValueError:  # 2月30日 and other impossible dates
                continue
            if built is None:
                continue
            period, guessed = built
            if guessed and ctx.published and period.start and period.start > ctx.published.isoformat():
                period = _days_before_new_year(period, ctx.published)
            found.append((rule.tier, PeriodMention(period, m.group(), m.start(), m.end(), rule.kind)))
    return found


NEW_YEAR_DAYS = 31  # how far back over New Year a yearless day of a January page may reach


def _days_before_new_year(period: Period, published: date) -> Period:
    """12月31日，专案组抓获…7人 on a page of 2019-01-01: a yearless day (or days) that in the
    page's year would fall after it, but in the year before falls within a month before it,
    is the year before; anything else stays unknown."""
    if period.precision not in ("day", "range") or not period.end:
        return UNKNOWN
    start, end = date.fromisoformat(period.start), date.fromisoformat(period.end)
    try:
        start, end = start.replace(year=start.year - 1), end.replace(year=end.year - 1)
    except ValueError:  # 2月29日
        return UNKNOWN
    if end <= published and 0 <= (published - start).days <= NEW_YEAR_DAYS:
        return Period(start.isoformat(), end.isoformat(), period.precision)
    return UNKNOWN


def _resolve_overlaps(candidates: list[tuple[int, PeriodMention]]) -> list[PeriodMention]:
    if len(candidates) < 2:
        return [mention for _, mention in candidates]  # (most sentences: nothing to weigh)
    chosen: list[PeriodMention] = []
    for _, mention in sorted(candidates, key=lambda c: (c[0], -(c[1].end - c[1].start), c[1].start)):
        if all(mention.end <= kept.start or mention.start >= kept.end for kept in chosen):
            chosen.append(mention)
    return sorted(chosen, key=lambda mention: mention.start)


def _duration_end(start: date, text: str) -> date | None:
    """start + the written duration − 1 day; None for vague durations (一个多月)."""
    m = _DURATION_RE.search(text)
    if m is None or m.group("more") or m.group("more_u") or m.group("more_w"):
        return None
    try:
        n, unit = _num(m.group("n")), m.group("u")
        if unit.endswith("月"):
            return add_months(start, n) - timedelta(days=1)
        if unit == "年":
            return add_months(start, 12 * n) - timedelta(days=1)
        if unit in ("周", "星期", "个星期"):
            return start + timedelta(days=7 * n - 1)
        return start + timedelta(days=n - 1)
    except (ValueError, OverflowError):  # 十三十一天, 99999年: no numeral, or past year 9999
        return None


_RESTATE_GAP = re.compile(r"^[\s,，]{0,2}(?:这|整整|整)?$")


def _bind_durations(text: str, mentions: list[PeriodMention]) -> list[PeriodMention]:
    """"5月份以来,三个月时间" / "自8月21日起…为期2个月": the duration closes the anchor.
    "仅5月一个月时间" / "1至3月三个月时间": a duration right after a closed period that lasts
    exactly as long restates it, and takes its period."""
    out = list(mentions)
    for i in range(1, len(out)):
        anchor, duration = out[i - 1], out[i]
        if (anchor.kind in ("month", "range", "year", "half") and anchor.period.start
                and anchor.period.end and duration.kind == "relative"
                and _DURATION_RE.fullmatch(duration.text.removesuffix("时间").removesuffix("的"))
                and _RESTATE_GAP.match(text[anchor.end:duration.start])):
            end = _duration_end(date.fromisoformat(anchor.period.start), duration.text)
            if end is not None and end.isoformat() == anchor.period.end:
                out[i] = replace(duration, period=anchor.period, kind="duration")
            continue
        if anchor.kind != "since" or anchor.period.start is None:
            continue
        if duration.kind != "relative" or not _DURATION_RE.search(duration.text):
            continue
        if duration.text.startswith(("近", "最近")):
            continue
        if not _BIND_GAP.match(text[anchor.end : duration.start]):
            continue
        end = _duration_end(date.fromisoformat(anchor.period.start), duration.text)
        if end is None:
            continue
        closed = Period(anchor.period.start, end.isoformat(), "range")
        out[i - 1] = replace(anchor, period=closed)
        out[i] = replace(duration, period=closed, kind="duration")
    return out


_ELAPSED_SINCE = re.compile(rf"^{_DURATION}(?:以来|来)$")
_UNTIL = re.compile(rf"(?:截[至止]到?|[至到]){_SP}(?:(?P<y>(?:19|20)\d\d){_SP}年{_SP})?(?P<m>{_M}){_SP}月份?"
                    rf"(?:{_SP}(?P<d>{_D}){_SP}[日号])?")
# 截至2024年底 / 截至2023年末: the end of the year named
_UNTIL_YEAR_END = re.compile(rf"(?:截[至止]到?|[至到]){_SP}(?P<y>(?:19|20)\d\d){_SP}年{_SP}[底末终]")
_ELAPSED_GAP = re.compile(r"^[\s,，、]{0,3}$")


def _bind_elapsed_until(text: str, mentions: list[PeriodMention], ctx: _Context) -> list[PeriodMention]:
    """"行动开展7个月以来，截至5月底": the N months that end on the stated day (month end
    when no day is given); the year is the written one, else the latest that is not after
    publication."""
    out = list(mentions)
    for i in range(1, len(out)):
        elapsed, until = out[i - 1], out[i]
        m_elapsed = _ELAPSED_SINCE.match(elapsed.text)
        m_until = _UNTIL.match(until.text)
        if (m_elapsed is None or m_until is None or until.kind != "cumulative"
                or m_elapsed.group("more") or m_elapsed.group("more_u")
                or not m_elapsed.group("u").endswith("月")
                or not _ELAPSED_GAP.match(text[elapsed.end:until.start])):
            continue
        month = _num(m_until.group("m"))
        if m_until.group("y"):
            year = int(m_until.group("y"))
        elif ctx.published is not None:
            year = ctx.published.year - (1 if month > ctx.published.month else 0)
        elif ctx.default_year is not None:
            year = ctx.default_year
        else:
            continue
        try:
            end = date(year, month, _num(m_until.group("d"))) if m_until.group("d") else month_end(year, month)
        except ValueError:
            continue
        n = _num(m_elapsed.group("n"))
        start = add_months(end + timedelta(days=1), -n)
        closed = Period(start.isoformat(), end.isoformat(), "range")
        out[i - 1] = replace(elapsed, period=closed, kind="range")
        out[i] = replace(until, period=closed, kind="range")
    return out


def find_periods(
    text: str, published: str | None, default_year: int | None = None, reviewed: bool = False
) -> list[PeriodMention]:
    """Every time expression in `text`, left to right, with offsets (text == input[s:e]).
    `reviewed`: the page is undated and reviews `default_year` (parsers.periods.context.
    reviews_its_year), so 去年 is that year."""
    return list(_find_periods(text, published, default_year, reviewed))


@functools.lru_cache(maxsize=8192)  # the campaign collector and the facts read one sentence
def _find_periods(text: str, published: str | None, default_year: int | None,
                  reviewed: bool = False) -> tuple[PeriodMention, ...]:
    ctx = _Context(_parse_published(published), default_year, reviewed)
    mentions = _bind_durations(text, _resolve_overlaps(_candidates(text, ctx)))
    mentions = [m for m in mentions if not (m.kind == "relative" and m.period.start is None and (
        ((m.text.startswith(EFFORT_OPENERS) or text.endswith(EFFORT_OPENERS, 0, m.start))
         and _dated_before(text, mentions, m.start))
        # 仅2月20日一天时间，连续抓获7名…: how long the dated day took, written right after it
        or any(d.end == m.start and d.period.start and d.kind in ("day", "range") for d in mentions)))]
    return tuple(_announcements(text, _merge_day_lists(text, _bind_elapsed_until(text, _that_year(mentions), ctx))))


_WRITTEN_YEAR_START = re.compile(r"((?:19|20)\d{2})\s*年")


# the kinds of a date written without its year that take the year the sentence wrote before it
_YEARLESS_KINDS = frozenset({"month", "day", "range"})


def _that_year(mentions: list[PeriodMention]) -> list[PeriodMention]:
    """2016年，…并于当年9月30日建成反诈中心: 当年 is the year the sentence wrote before it, not
    the year in force; so is the year of a date written without one (2022年6月，…发现…，于7月
    …开展集中收网行动: July 2022, not July of a year an earlier sentence named), unless that
    would put it before the written date (2022年12月…1月: the next January, left as it was).
    A bare 全年 is that year's whole year too (该厅2014年将…列为“六大专项”之一，全年共侦破…: 2014,
    not the year a page of review season reviews)."""
    out: list[PeriodMention] = []
    written: int | None = None
    written_start: str | None = None
    for m in mentions:
        y = _WRITTEN_YEAR_START.match(m.text)
        if y:
            written, written_start = int(y.group(1)), m.period.start
        elif m.period.start and m.period.end and written is not None and (
                m.text.startswith("当年") or m.text == "全年" or (m.kind in _YEARLESS_KINDS and "年" not in m.text)):
            moved = _years_on(m.period, written - int(m.period.start[:4]))
            if m.text.startswith(("当年", "全年")) or not written_start or moved.start >= written_start:
                m = replace(m, period=moved)
        out.append(m)
    return out


def _years_on(p: Period, years: int) -> Period:
    """The same days ``years`` years later (ISO strings with both ends known). 2月29日 has
    no day in a year without one: a month or range that ends on it ends on 28 February
    instead (February's last day); a day, or a range that starts on it, is left unmoved
    (moving it would invent a day)."""
    def moved(iso: str, *, end: bool) -> str | None:
        year = int(iso[:4]) + years
        if iso[5:] == "02-29" and not calendar.isleap(year):
            return f"{year}-02-28" if end else None
        return f"{year}{iso[4:]}"

    start = moved(p.start, end=False)  # type: ignore[arg-type]
    end = moved(p.end, end=p.precision != "day")  # type: ignore[arg-type]
    if start is None or end is None:
        return p
    return Period(start, end, p.precision)


# 2018年9月5日，…历经37天艰苦细致工作，一举抓获… / 2021年9月，某局历时315天，打掉…: how long the
# work took, after the day or month that opens the sentence as its time phrase (the day of the
# result), leaves that date in force — not after a start (某分局于今年3月对…进行分析，…历经4个多月，
# …抓获) — and 经过一个多月侦查 with no date before it still leaves the figures after it undated
EFFORT_OPENERS = ("历经", "历时", "耗时", "用时", "经过")


def _dated_before(text: str, mentions: list[PeriodMention], pos: int) -> bool:
    return any(m.end <= pos and m.period.start and m.period.precision in ("day", "month", "range")
               and text.startswith(("，", ","), m.end) for m in mentions)


# 新华社武汉9月12日电 / 据省公安厅12日通报，…已抓获: the day a report went out, not the days
# its figures cover
_ANNOUNCED_AFTER = re.compile(r"\s*(?:上午|下午|晚间|晚)?\s*(?:电|讯|通报|发布|消息)")


def _announcements(text: str, mentions: list[PeriodMention]) -> list[PeriodMention]:
    return [replace(m, kind="announcement") if m.kind == "day" and _ANNOUNCED_AFTER.match(text, m.end) else m
            for m in mentions]


_DAY_LIST_JOINER = re.compile(r"\s*[、和及]\s*")
_BARE_DAYS_AFTER = re.compile(r"(?:\s*[、和及]\s*\d{1,2}\s*[日号])+(?![\d月])")
_BARE_DAY = re.compile(r"(\d{1,2})\s*[日号]")


def _merge_day_lists(text: str, mentions: list[PeriodMention]) -> list[PeriodMention]:
    """2019年3月18日、3月19日、3月26日分别在…捣毁3处 / 2021年11月、2022年2月两次在…抓获: days (or
    months) listed together date what follows as one window, from the first to the last; a
    day or month without its year takes the year of the first (the year after, when it would
    fall before it)."""
    out: list[PeriodMention] = []
    i = 0
    while i < len(mentions):
        run = [mentions[i]]
        while (i + 1 < len(mentions) and run[-1].kind == mentions[i + 1].kind in ("day", "month") and run[0].period.start
               and mentions[i + 1].period.start
               and _DAY_LIST_JOINER.fullmatch(text, run[-1].end, mentions[i + 1].start)):
            i += 1
            run.append(mentions[i])
        i += 1
        tail = _BARE_DAYS_AFTER.match(text, run[-1].end) if run[-1].kind == "day" and run[-1].period.start else None
        if tail is not None:
            # 分别于5月20日、27日将…抓获: later days of the list that leave their month unwritten
            base = date.fromisoformat(run[-1].period.start)  # type: ignore[arg-type]
            day = int(_BARE_DAY.findall(tail.group(0))[-1])
            if day > base.day and day <= calendar.monthrange(base.year, base.month)[1]:
                first = date.fromisoformat(run[0].period.start)  # type: ignore[arg-type]
                out.append(PeriodMention(_period(first, base.replace(day=day), "range"),
                                         text[run[0].start:tail.end()], run[0].start, tail.end(), "range"))
                continue
        if len(run) == 1:
            out.append(run[0])
            continue
        first = date.fromisoformat(run[0].period.start)  # type: ignore[arg-type]
        last = date.fromisoformat(run[-1].period.start)  # type: ignore[arg-type]
        if not YEAR_WRITTEN.search(run[-1].text):
            try:
                last = last.replace(year=first.year)
                if last < first:
                    last = last.replace(year=first.year + 1)
            except ValueError:  # 2月29日 carried into a year without one: no range
                out.append(run[0])
                continue
        if run[-1].kind == "month":
            last = month_end(last.year, last.month)  # (a month's window ends on its last day)
        out.append(PeriodMention(_period(first, last, "range") if last > first else run[0].period,
                                 text[run[0].start:run[-1].end], run[0].start, run[-1].end, "range"))
    return out
