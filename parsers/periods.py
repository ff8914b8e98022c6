"""Time expressions in cleaned Simplified bulletin text → ISO periods with offsets.

Each rule is a regex plus a builder. All rules run over the text; overlapping candidates
are resolved longest-first (so "2021年1至6月" beats "2021年", "与5月相比" beats "5月"),
with a catch-all "…以来" only filling gaps. A duration ("三个月时间", "为期2个月") right
after a "since" anchor ("5月份以来", "自2020年8月21日起") closes that anchor's period.

Year resolution, in order: a written year (2020年, 二〇二〇年); a relative year
(今年/本年 = publication year, 去年 −1, 前年 −2; with no publication date 今年 is the year
the text has in force, as the gold reads a yearless page — "2019年以来…今年1月1日至7月31日" →
2019 — and 去年/前年 are unknown; 当年 = default_year); otherwise
default_year; otherwise the publication year, and then a period that would start after
the publication date is unknown (both null) rather than guessed into the previous year —
unless it is a day within a month before a January page's date in that year (12月31日 on a
page of 2019-01-01).
"Since" periods end on the publication date (None when it is unknown).
"""
from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Callable

import cn2an

__all__ = ["Period", "PeriodMention", "find_periods", "relative_mentions", "cutoff", "closed_before", "month_end",
           "add_months"]


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
    return int(cn2an.cn2an(s, "smart")) if not s.isdigit() else int(s)


@dataclass(frozen=True)
class _Context:
    published: date | None
    default_year: int | None


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


def _year_only(m: re.Match[str], ctx: _Context) -> _Built:
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
        rf"(?:较|比)(?:去年|上年|上月|上半年|(?:19|20)\d\d{_SP}年|{_M}{_SP}月份?)(?:同期|全年)?",
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
    n, unit = _num(m.group("n")), m.group("u")
    if unit.endswith("月"):
        return add_months(start, n) - timedelta(days=1)
    if unit == "年":
        return add_months(start, 12 * n) - timedelta(days=1)
    if unit in ("周", "星期", "个星期"):
        return start + timedelta(days=7 * n - 1)
    return start + timedelta(days=n - 1)


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


REVIEW_SEASON_END = 3  # year reviews of the year before appear through March


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


def find_periods(
    text: str, published: str | None, default_year: int | None = None
) -> list[PeriodMention]:
    """Every time expression in `text`, left to right, with offsets (text == input[s:e])."""
    return list(_find_periods(text, published, default_year))


@functools.lru_cache(maxsize=8192)  # the campaign collector and the facts read one sentence
def _find_periods(text: str, published: str | None, default_year: int | None) -> tuple[PeriodMention, ...]:
    ctx = _Context(_parse_published(published), default_year)
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
    would put it before the written date (2022年12月…1月: the next January, left as it was)."""
    out: list[PeriodMention] = []
    written: int | None = None
    written_start: str | None = None
    for m in mentions:
        y = _WRITTEN_YEAR_START.match(m.text)
        if y:
            written, written_start = int(y.group(1)), m.period.start
        elif m.period.start and m.period.end and written is not None and (
                m.text.startswith("当年") or (m.kind in _YEARLESS_KINDS and "年" not in m.text)):
            moved = _years_on(m.period, written - int(m.period.start[:4]))
            if m.text.startswith("当年") or not written_start or moved.start >= written_start:
                m = replace(m, period=moved)
        out.append(m)
    return out


def _years_on(p: Period, years: int) -> Period:
    """The same days ``years`` years later (ISO strings with both ends known)."""
    return Period(f"{int(p.start[:4]) + years}{p.start[4:]}",  # type: ignore[index]
                  f"{int(p.end[:4]) + years}{p.end[4:]}", p.precision)  # type: ignore[index]


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
            last = last.replace(year=first.year)
            if last < first:
                last = last.replace(year=first.year + 1)
        if run[-1].kind == "month":
            last = month_end(last.year, last.month)  # (a month's window ends on its last day)
        out.append(PeriodMention(_period(first, last, "range") if last > first else run[0].period,
                                 text[run[0].start:run[-1].end], run[0].start, run[-1].end, "range"))
    return out


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
            if page.day - BARE_DAY_REACH <= n < page.day:
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

