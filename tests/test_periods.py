"""parsers.periods: every rule with publication dates, leap years and month ends."""
from __future__ import annotations

from datetime import date

import pytest

from parsers.periods import Period, PeriodMention, add_months, find_periods, month_end


@pytest.mark.parametrize(
    ("year", "month", "expected"),
    [(2020, 2, date(2020, 2, 29)), (2019, 2, date(2019, 2, 28)), (2000, 2, date(2000, 2, 29)),
     (1900, 2, date(1900, 2, 28)), (2021, 4, date(2021, 4, 30)), (2021, 12, date(2021, 12, 31))],
)
def test_month_end(year: int, month: int, expected: date) -> None:
    assert month_end(year, month) == expected


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [(date(2020, 1, 31), 1, date(2020, 2, 29)), (date(2021, 1, 31), 1, date(2021, 2, 28)),
     (date(2020, 8, 21), 2, date(2020, 10, 21)), (date(2020, 11, 15), 3, date(2021, 2, 15)),
     (date(2020, 3, 31), -1, date(2020, 2, 29)), (date(2020, 5, 1), 0, date(2020, 5, 1)),
     (date(2019, 12, 31), 14, date(2021, 2, 28))],
)
def test_add_months(start: date, n: int, expected: date) -> None:
    assert add_months(start, n) == expected


def _only(text: str, published: str | None, default_year: int | None = None) -> PeriodMention:
    mentions = find_periods(text, published, default_year)
    assert len(mentions) == 1, mentions
    return mentions[0]


# (text, published, default_year, mention text, kind, start, end, precision)
SINGLE = [
    # explicit ranges
    ("2021年1至6月,全市共破获案件207起", "2021-07-12", None, "2021年1至6月", "range", "2021-01-01", "2021-06-30", "range"),
    ("今年1至7月,破获电诈现案585起", "2020-08-28", None, "今年1至7月", "range", "2020-01-01", "2020-07-31", "range"),
    ("1-7月共抓获嫌疑人529名", "2020-08-28", None, "1-7月", "range", "2020-01-01", "2020-07-31", "range"),
    ("1月至7月共抓获嫌疑人529名", "2020-08-28", 2019, "1月至7月", "range", "2019-01-01", "2019-07-31", "range"),
    ("今年1至2月发案下降", "2020-03-09", None, "今年1至2月", "range", "2020-01-01", "2020-02-29", "range"),
    ("2019年1至2月发案下降", "2020-03-09", None, "2019年1至2月", "range", "2019-01-01", "2019-02-28", "range"),
    ("闽前10月冻结止付被骗资金3.54亿元", "2017-11-22", None, "前10月", "range", "2017-01-01", "2017-10-31", "range"),
    ("6月1日20时至6月4日20时,某区警方开展集中收网行动", "2021-06-11", None, "6月1日20时至6月4日20时", "range", "2021-06-01",
     "2021-06-04", "range"),
    ("2020年10月至2021年3月开展行动", "2021-04-01", None, "2020年10月至2021年3月", "range", "2020-10-01", "2021-03-31", "range"),
    ("10月28日至11月3日集中宣传", "2021-11-10", None, "10月28日至11月3日", "range", "2021-10-28", "2021-11-03", "range"),
    ("2020年8月21日至10月20日开展攻坚", "2020-11-01", None, "2020年8月21日至10月20日", "range", "2020-08-21", "2020-10-20", "range"),
    ("2020年12月28日至1月3日", "2021-02-01", None, "2020年12月28日至1月3日", "range", "2020-12-28", "2021-01-03", "range"),
    # several whole years: one window over them, not the last year alone (issue 7, kind 7)
    ("2017年至2019年,全市共止付涉案账号2845个", None, None, "2017年至2019年", "range", "2017-01-01", "2019-12-31", "range"),
    ("2016—2018年全省破案1万起", "2019-03-01", None, "2016—2018年", "range", "2016-01-01", "2018-12-31", "range"),
    ("2018年到2019年3月底,共抓获", "2019-04-10", None, "2018年到2019年3月底", "range", "2018-01-01", "2019-03-31", "range"),
    ("2018年至2019年3月5日,共抓获", "2019-04-10", None, "2018年至2019年3月5日", "range", "2018-01-01", "2019-03-05",
     "range"),
    # halves and quarters
    ("2020年5月下半月全区立案68宗", "2021-06-29", None, "2020年5月下半月", "range", "2020-05-16", "2020-05-31", "range"),
    ("2月上半月全区立案9宗", "2021-03-02", None, "2月上半月", "range", "2021-02-01", "2021-02-15", "range"),
    ("2019年上半年,该市共打掉团伙71个", "2019-07-11", None, "2019年上半年", "half", "2019-01-01", "2019-06-30", "half"),
    ("今年上半年共接待来电8700余起", "2019-07-11", None, "今年上半年", "half", "2019-01-01", "2019-06-30", "half"),
    ("2020年下半年发案回升", "2021-01-05", None, "2020年下半年", "half", "2020-07-01", "2020-12-31", "half"),
    ("上半年共破案21起", "2021-07-20", 2020, "上半年", "half", "2020-01-01", "2020-06-30", "half"),
    ("一季度全省破案400起", "2022-04-15", None, "一季度", "quarter", "2022-01-01", "2022-03-31", "quarter"),
    ("2021年第二季度", "2021-08-01", None, "2021年第二季度", "quarter", "2021-04-01", "2021-06-30", "quarter"),
    ("今年第4季度", "2020-12-31", None, "今年第4季度", "quarter", "2020-10-01", "2020-12-31", "quarter"),
    ("前三季度共冻结资金", "2020-10-20", None, "前三季度", "quarter", "2020-01-01", "2020-09-30", "range"),
    # since … (to publication)
    ("今年以来,全省共破获电诈案件1225起", "2022-05-03", None, "今年以来", "since", "2022-01-01", "2022-05-03", "range"),
    ("今年全省共破获电诈案件1225起", "2022-05-03", None, "今年", "since", "2022-01-01", "2022-05-03", "range"),
    ("2020年以来,紧急止付涉案资金2.47亿元", "2020-08-28", None, "2020年以来", "since", "2020-01-01", "2020-08-28", "range"),
    ("自2019年起,全市推行新机制", "2020-02-29", None, "自2019年起", "since", "2019-01-01", "2020-02-29", "range"),
    # 自 and a month opening the clause: the work since then
    ("上海铁路公安局自去年12月,开展集中会战", "2021-02-08", None, "自去年12月", "since", "2020-12-01", "2021-02-08", "range"),
    ("自今年4月起,警方开展专项打击", "2019-07-11", None, "自今年4月起", "since", "2019-04-01", "2019-07-11", "range"),
    ("3月份以来,累计劝阻群众", "2021-06-01", None, "3月份以来", "since", "2021-03-01", "2021-06-01", "range"),
    ("年初以来破案300起", "2021-06-01", None, "年初以来", "since", "2021-01-01", "2021-06-01", "range"),
    ("今年5月某市启动反诈新机制,运行至今,共捣毁窝点90余个", "2020-07-24", None,
     "今年5月某市启动反诈新机制,运行至今", "since", "2020-05-01", "2020-07-24", "range"),
    ("自2月27日全省“某使命—2022”系列行动开展以来,全省立案861起", "2022-03-28", None,
     "自2月27日全省“某使命—2022”系列行动开展以来", "since", "2022-02-27", "2022-03-28", "range"),
    # start unknown
    ("一个多月以来,共侦破诈骗案件24起", "2020-03-09", None, "一个多月以来", "relative", None, None, None),
    ("近期破获的案例", "2020-03-09", None, "近期", "relative", None, None, None),
    ("近年来,电信网络诈骗快速上升", "2020-08-28", None, "近年来", "vague", None, None, None),
    ("历经4个多月,抓获团伙骨干22人", "2020-08-28", None, "历经4个多月", "relative", None, None, None),
    ("通过为期一个月的宣传月活动", "2021-07-12", None, "为期一个月", "relative", None, None, None),
    ("近3个月破案50起", "2021-07-12", None, "近3个月", "relative", None, None, None),
    ("“断卡”行动以来,全省通报约谈186家", "2022-05-03", None, "“断卡”行动以来", "relative", None, None, None),
    ("截至目前,打掉团伙457个", "2022-05-03", None, "截至目前", "cumulative", None, None, None),
    ("截至12月12日,共抓获嫌疑人", "2020-12-20", None, "截至12月12日", "cumulative", None, None, None),
    ("截至2020年底,累计冻结", "2021-01-20", None, "截至2020年底", "cumulative", None, None, None),
    ("截至5月24日12时某市警方共抓获嫌疑人347人", "2022-05-25", None, "截至5月24日12时", "cumulative", None, None, None),
    # 至 opening a clause on a year and month is a cut-off too (not the end of a 1月至9月 range)
    ("全县刑事案件发案逐年上升；至2021年10月，电诈发案87起", "2021-11-02", None, "至2021年10月", "cumulative", None, None, None),
    # single days
    ("2019年7月4日15时20分,市民肖某报警", "2019-07-11", None, "2019年7月4日15时20分", "day", "2019-07-04", "2019-07-04", "day"),
    ("今年8月6日,某公司财务被骗60万元", "2020-08-28", None, "今年8月6日", "day", "2020-08-06", "2020-08-06", "day"),
    ("7月10日成功捣毁窝点5处", "2020-08-28", None, "7月10日", "day", "2020-07-10", "2020-07-10", "day"),
    ("7月10日成功捣毁窝点5处", "2021-01-05", 2020, "7月10日", "day", "2020-07-10", "2020-07-10", "day"),
    ("12月5日捣毁窝点", "2020-08-28", None, "12月5日", "day", None, None, None),  # after publication
    ("2月29日晚抓获嫌疑人", "2020-03-09", None, "2月29日", "day", "2020-02-29", "2020-02-29", "day"),
    ("2020年11月4日,约谈银行", "2022-05-03", None, "2020年11月4日", "day", "2020-11-04", "2020-11-04", "day"),
    ("2019-07-11 19:44 来源:国家应急广播网", None, None, "2019-07-11", "day", "2019-07-11", "2019-07-11", "day"),
    # months
    ("今年3月,西固分局打掉一个团伙", "2020-08-28", None, "今年3月", "month", "2020-03-01", "2020-03-31", "month"),
    ("2020年10月,付某进入警方视线", "2022-05-03", None, "2020年10月", "month", "2020-10-01", "2020-10-31", "month"),
    ("7月份破案41起", "2020-08-28", None, "7月份", "month", "2020-07-01", "2020-07-31", "month"),
    ("2021年2月发案", "2021-05-01", None, "2021年2月", "month", "2021-02-01", "2021-02-28", "month"),
    ("今年2月发案", "2024-05-01", None, "今年2月", "month", "2024-02-01", "2024-02-29", "month"),
    ("9月全市破案", "2020-08-28", None, "9月", "month", None, None, None),  # after publication
    # years
    ("2020年,全市共破案", "2021-01-20", None, "2020年", "year", "2020-01-01", "2020-12-31", "year"),
    ("去年破获案件4423起", "2021-01-20", None, "去年", "year", "2020-01-01", "2020-12-31", "year"),
    ("全年破获案件4423起", "2021-01-20", 2020, "全年", "year", "2020-01-01", "2020-12-31", "year"),
    ("2020年度全市破案", "2021-01-20", None, "2020年度", "year", "2020-01-01", "2020-12-31", "year"),
    ("今年全年冻结资金", "2020-12-30", None, "今年全年", "year", "2020-01-01", "2020-12-31", "year"),
    ("2019年至今年6月底,全省共冻结资金", "2020-09-22", None, "2019年至今年6月底", "range", "2019-01-01", "2020-06-30", "range"),
    ("2019年3月18日、3月19日、3月26日分别捣毁窝点3处", "2020-09-22", None, "2019年3月18日、3月19日、3月26日",
     "range", "2019-03-18", "2019-03-26", "range"),
    # how long the dated day took, written right after it, is no period of its own
    ("仅3月5日一天时间，连续抓获5名嫌疑人", "2021-03-08", None, "3月5日", "day", "2021-03-05", "2021-03-05", "day"),
    # months listed together (…两次在某地抓获): from the first month's start to the last one's end
    ("2020年10月、2021年3月两次在外省抓获嫌疑人40人", "2021-06-01", None, "2020年10月、2021年3月",
     "range", "2020-10-01", "2021-03-31", "range"),
    ("今年2月、4月先后两次收网", "2021-06-01", None, "今年2月、4月", "range", "2021-02-01", "2021-04-30", "range"),
    # a yearless day that would fall after the page's date, in the page's own year: unknown
    ("5月7日，黄先生全额转入20万元货款", "2026-01-05", 2026, "5月7日", "day", None, None, None),
    # two months in a row before one 月 (今年四五月); 十二月 stays December
    ("今年四五月，警方陆续破获两起案件", "2017-06-29", None, "今年四五月", "range", "2017-04-01", "2017-05-31", "range"),
    ("2016年十二月份，全市共破案", "2017-06-29", None, "2016年十二月份", "month", "2016-12-01", "2016-12-31", "month"),
    # later days of a list that leave their month unwritten (分别于5月20日、27日)
    ("分别于5月20日、27日将另外三名嫌疑人抓获归案", "2021-06-01", None, "5月20日、27日",
     "range", "2021-05-20", "2021-05-27", "range"),
    # comparisons are marked: the month compared with is kept (环比4月份14起 states April's
    # figure, parsers.periods.compared_in); relative windows (去年同期) stay unknown
    ("全市立案143起,与5月相比下降7.14%", "2021-07-12", None, "与5月相比", "comparison", "2021-05-01", "2021-05-31", "month"),
    ("较去年同期上升34%", "2020-08-28", None, "较去年同期", "comparison", None, None, None),
    ("与去年同期相比,发案下降", "2020-08-28", None, "与去年同期相比", "comparison", None, None, None),
]


@pytest.mark.parametrize(
    ("text", "published", "default_year", "mention", "kind", "start", "end", "precision"), SINGLE
)
def test_single_mention(
    text: str, published: str | None, default_year: int | None, mention: str, kind: str,
    start: str | None, end: str | None, precision: str | None,
) -> None:
    m = _only(text, published, default_year)
    assert (m.text, m.kind) == (mention, kind)
    assert m.period == Period(start, end, precision)
    assert text[m.start:m.end] == m.text


def test_a_reports_own_day_dates_no_figure() -> None:
    kinds = [(m.text, m.kind) for m in find_periods("新华社武汉9月12日电 据省公安厅12日通报，已打掉窝点110个", "2019-09-14")]
    assert kinds[0] == ("9月12日", "announcement")


def test_the_past_year_of_an_undated_page_is_the_year_it_names() -> None:
    m = _only("过去一年，某市公安共抓获涉诈嫌疑人6600余名", None, 2023)
    assert m.period == Period("2023-01-01", "2023-12-31", "year")


def test_no_year_and_no_publication_is_unknown() -> None:
    for text in ("1至7月", "上半年", "7月4日", "3月", "今年以来", "去年"):
        (m,) = find_periods(text, None)
        assert m.period == Period(None, None, None), text


@pytest.mark.parametrize(("text", "start"), [("今年1至5月", "2023-01-01"), ("今年以来", "2023-01-01"),
                                           ("去年", None), ("前年", None)])
def test_on_an_undated_page_this_year_is_the_year_in_force_and_last_year_unknown(text: str, start: str | None) -> None:
    # a page with no date that opened on 2023年以来: 今年 is 2023, as the gold reads it; 去年 is
    # not counted from 2023, which may itself be the year looked back on
    (m,) = find_periods(text, None, 2023)
    assert m.period.start == start
    assert find_periods(text, "2024-01-09", 2023)[0].period.start is not None


def test_a_whole_year_compared_with_dates_its_own_figure() -> None:
    # 比2015年全年…153人: the compared year's figure is a fact of that year; 是2015年全年…的2倍
    # dates nothing after it
    text = "今年1-6月，某市刑事拘留178人，比2015年全年刑事拘留人数153人还多16%；摧毁窝点43个，是2015年全年的2倍多"
    kinds = [(m.text, m.kind, m.period.start) for m in find_periods(text, "2016-07-07")]
    assert kinds == [("今年1-6月", "range", "2016-01-01"), ("比2015年全年", "comparison", "2015-01-01"),
                     ("是2015年全年", "comparison", None)]


@pytest.mark.parametrize("text", ["不久前", "前不久", "前几天"])
def test_a_while_ago_is_an_unknown_time(text: str) -> None:
    # 2025年以来，… 不久前，在某县…挽回了50万元: a story told since, not the window's figure
    (m,) = find_periods(text + "，在某县，一名男子申请取款", "2026-01-14")
    assert (m.text, m.kind, m.period.start) == (text, "relative", None)


def test_first_months_this_year_that_end_after_the_pages_date_are_unknown() -> None:
    (m,) = find_periods("今年前七月 某省警方受理电信网络诈骗4.5万起", "2019-02-23")
    assert m.period == Period(None, None, None)


@pytest.mark.parametrize(("text", "published", "period"), [
    pytest.param("12月31日，专案组顺利抓获嫌疑人7人", "2019-01-01", Period("2018-12-31", "2018-12-31", "day"),
                 id="a-day-just-before-new-year-on-a-january-page"),
    pytest.param("12月28日至30日，民警将8名嫌疑人抓获", "2019-01-05", Period("2018-12-28", "2018-12-30", "range"),
                 id="days-just-before-new-year"),
    pytest.param("10月3日，民警将8名嫌疑人抓获", "2019-01-05", Period(None, None, None),
                 id="a-day-months-before-is-no-guess"),
])
def test_a_yearless_day_after_a_january_pages_date_falls_in_the_year_before(text: str, published: str,
                                                                            period: Period) -> None:
    (m,) = [m for m in find_periods(text, published) if m.kind in ("day", "range")]
    assert m.period == period


def test_that_year_is_the_year_the_sentence_wrote_before_it() -> None:
    mentions = find_periods("2016年，某省高位布局，并于当年9月30日建成反诈中心", "2017-10-05", 2017)
    assert [(m.text, m.period) for m in mentions][-1] == ("当年9月30日", Period("2016-09-30", "2016-09-30", "day"))


@pytest.mark.parametrize(("text", "published", "year"), [
    # realonehundredeleven DJ14's first sight: the year the sentence wrote, not the year a page
    # of review season reviews
    pytest.param("该厅2014年将打击整治电信诈骗犯罪专项行动列为“六大专项”之一，全年共侦破电信诈骗犯罪案件1.79万起",
                 "2016-02-03", "2014", id="review-season-page"),
    pytest.param("2019年，某市公安局把反诈列为头号工程，全年共破获案件300起", "2021-06-01", "2019", id="later-page"),
])
def test_a_bare_whole_year_after_a_written_year_is_that_year(text, published, year) -> None:
    whole = [m for m in find_periods(text, published) if m.text == "全年"]
    assert [(m.period.start, m.period.end) for m in whole] == [(f"{year}-01-01", f"{year}-12-31")]


def test_since_without_publication_keeps_its_start() -> None:
    (m,) = find_periods("2020年以来", None)
    assert m.period == Period("2020-01-01", None, "range")


@pytest.mark.parametrize(
    ("text", "published", "anchor", "duration", "start", "end"),
    [
        ("5月份以来,三个月时间破获电诈现案354起", "2020-08-28", "5月份以来", "三个月时间", "2020-05-01", "2020-07-31"),
        ("特别是5月份新机制运行以来,三个月时间破获354起", "2020-08-28", "5月份新机制运行以来", "三个月时间", "2020-05-01", "2020-07-31"),
        ("自2020年8月21日起,全市开展为期2个月的集中行动", "2020-08-28", "自2020年8月21日起", "为期2个月", "2020-08-21", "2020-10-20"),
        ("自2019年12月1日起,为期3个月", "2020-03-09", "自2019年12月1日起", "为期3个月", "2019-12-01", "2020-02-29"),
        ("从2021年3月1日开始,为期10天", "2021-03-02", "从2021年3月1日开始", "为期10天", "2021-03-01", "2021-03-10"),
        ("自今年6月起,3个月来共破案", "2021-10-01", "自今年6月起", "3个月来", "2021-06-01", "2021-08-31"),
    ],
)
def test_duration_closes_its_since_anchor(
    text: str, published: str, anchor: str, duration: str, start: str, end: str
) -> None:
    first, second = find_periods(text, published)
    assert (first.text, first.kind) == (anchor, "since")
    assert (second.text, second.kind) == (duration, "duration")
    assert first.period == second.period == Period(start, end, "range")


@pytest.mark.parametrize(("text", "period"), [
    # realseventyfour BX02's first sight: the month's own length, said again, left the
    # arrests undated
    pytest.param("仅5月一个月时间,警方抓获18名", Period("2016-05-01", "2016-05-31", "month"), id="a-month-one-month"),
    pytest.param("2016年1至3月三个月时间,共破案", Period("2016-01-01", "2016-03-31", "range"),
                 id="a-quarter-three-months"),  # (a guard: right before too)
    pytest.param("5月两个月时间,警方抓获18名", Period(None, None, None), id="a-length-that-does-not-fit-stays-unknown"),
])
def test_a_duration_that_restates_its_period_takes_it(text: str, period: Period) -> None:
    mentions = find_periods(text, "2016-06-18")
    assert mentions[-1].period == period


def test_vague_duration_does_not_close_the_anchor() -> None:
    first, second = find_periods("5月份以来,一个多月来破案20起", "2020-08-28")
    assert first.period == Period("2020-05-01", "2020-08-28", "range")
    assert (second.kind, second.period) == ("relative", Period(None, None, None))


def test_duration_across_a_sentence_end_is_not_bound() -> None:
    _, second = find_periods("自今年4月起开展行动。为期2个月的宣传另行安排", "2020-08-28")
    assert second.kind == "relative" and second.period == Period(None, None, None)


def test_mentions_come_left_to_right_with_offsets() -> None:
    text = (
        "8月21日,市局通报今年以来打击情况。今年1至7月,破获585起;与5月相比下降7.14%。"
        "2019年7月4日15时20分报警,截至目前已挽回损失。"
    )
    mentions = find_periods(text, "2020-08-28")
    assert [m.kind for m in mentions] == ["day", "since", "range", "comparison", "day", "cumulative"]
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    for m in mentions:
        assert text[m.start:m.end] == m.text
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:]))


@pytest.mark.parametrize("text", ["男,35岁", "5年内只保留1张电话卡", "同比上升31.37%", "环比分别上升59.4%", "破获案件24起",
                                  "这是近期高发的贷款诈骗套路", "近来多发的刷单诈骗"])
def test_not_periods(text: str) -> None:
    assert find_periods(text, "2020-08-28") == []


def test_impossible_dates_are_ignored() -> None:
    assert all(m.kind != "day" for m in find_periods("2月30日", "2020-08-28"))


def test_a_spam_keyword_is_no_month() -> None:
    # 第四色五月天…: 五月天 (a band, and a mirror site's spam keyword) names no May
    assert find_periods("第四色五月天乱伦,国产中文字幕", "2020-08-26", 2020) == []
    assert [m.text for m in find_periods("今年五月，全市破获案件12起", "2020-08-26", 2020)] == ["今年五月"]


def test_a_range_end_is_no_cut_off() -> None:
    assert [m.kind for m in find_periods("2021年1月至10月，电诈发案87起", "2021-11-02")] == ["range"]


def test_years_too_far_apart_are_no_window() -> None:
    # (a span of more than twenty years is a founding year or a slip, not a report's window)
    assert [m.text for m in find_periods("1995年至2019年,共破获", "2020-01-01", None)] == ["1995年", "2019年"]


def test_a_yearless_date_takes_the_year_its_sentence_wrote_before_it() -> None:
    # (the year in force, 2019, came from an earlier sentence: the page's background)
    text = "2022年6月，某公安分局发现该公司涉嫌诈骗，于7月对三个犯罪团伙开展集中收网行动。"
    assert [(m.text, m.period.start) for m in find_periods(text, None, 2019)] == [
        ("2022年6月", "2022-06-01"), ("7月", "2022-07-01")]


def test_a_yearless_date_that_would_fall_before_its_written_one_keeps_its_year() -> None:
    text = "2022年12月，民警发现线索，于1月开展收网。"
    assert [m.period.start for m in find_periods(text, None, 2023)] == ["2022-12-01", "2023-01-01"]


@pytest.mark.parametrize(("text", "published", "found"), [
    # realonehundred CY03 (a Monday notice): the calendar week before, Monday to Sunday
    pytest.param("11月8日,南京市公安局刑侦局发布警情通报,称上周全市发生百万元“杀猪盘”电诈案件6起", "2021-11-08",
                 ("上周", "range", Period("2021-11-01", "2021-11-07", "range")), id="a-monday-notice"),
    pytest.param("昆明警方上周打掉9个“两卡”违法犯罪团伙", "2024-11-20",
                 ("上周", "range", Period("2024-11-11", "2024-11-17", "range")), id="after-the-force-midweek"),
    pytest.param("上周共开展预警劝阻3264次", "2025-09-07",
                 ("上周", "range", Period("2025-08-25", "2025-08-31", "range")), id="a-sunday-page"),
    # not a week: a day of it, a surname after a verb ending in 上, a comparison, an undated page
    pytest.param("广东省湛江市公安局麻章区分局上周六(22日)通报", "2021-05-24", None, id="a-day-of-last-week"),
    pytest.param("民警立即与银行联手,并联系上周某", "2021-05-24", None, id="a-surname"),
    pytest.param("投资理财类诈骗较上周下降86%", "2021-09-27", ("较上周", "comparison", Period(None, None, None)),
                 id="compared-with-last-week"),
    pytest.param("上周共开展预警劝阻3264次", None, None, id="an-undated-page"),
])
def test_last_week_is_the_calendar_week_before_the_pages(text: str, published: str | None, found) -> None:
    weeks = [(m.text, m.kind, m.period) for m in find_periods(text, published) if "上周" in m.text]
    assert weeks == ([found] if found else [])


@pytest.mark.parametrize(("published", "default_year", "start"), [
    # realonehundredsix DE05: a year report's press conference of 1月16日 — 全年 is the year reviewed
    pytest.param("2018-01-16", None, "2017-01-01", id="a-january-page"),
    pytest.param("2018-01-16", 2018, "2017-01-01", id="the-pages-own-year-in-force-is-a-guess"),
    # the year the text has in force otherwise, and the page's year after review season
    pytest.param("2018-01-16", 2016, "2016-01-01", id="a-written-earlier-year-in-force"),
    pytest.param("2018-06-16", None, "2018-01-01", id="a-june-page"),
])
def test_a_bare_whole_year_on_a_review_season_page_is_the_year_before(published, default_year, start) -> None:
    (m,) = find_periods("广东警方全年共立电信网络诈骗案件", published, default_year)
    assert m.period.start == start and m.period.end == start[:4] + "-12-31"


@pytest.mark.parametrize("day_text", ["0日", "00日"])
def test_a_zero_day_early_in_the_month_is_no_day_and_no_crash(day_text):
    # a garbled or unpunctuated page: "0日" on a page of the 2nd put the day rule's reach
    # below 1, and date.replace(day=0) raised (the whole file was lost as an internal error)
    from parsers.pipeline import parse_source
    from parsers.reading import source_from_bytes

    text = f"某县通报\n2023-07-02 来源：某网\n{day_text}，某县公安局抓获电信网络诈骗犯罪嫌疑人3名。\n"
    doc = parse_source(source_from_bytes(text.encode("utf-8"), "bulletin.txt"))
    assert [(f.metric, f.value) for f in doc.facts] == [("suspects_arrested", 3)]
    assert all(f.period_start != "2023-07-00" for f in doc.facts)


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a yearless February after a written year, on a page of a leap year: February of the
    # written year ends on the 28th (it was 2023-02-29, no date at all)
    pytest.param("2023年1月，某县…于2月破获", "2024-03-05",
                 [("2023年1月", "2023-01-01", "2023-01-31"), ("2月", "2023-02-01", "2023-02-28")],
                 id="february-moved-into-a-common-year-ends-on-the-28th"),
    # a list of days whose last, 2月29日, has no day in the written year: no crash, no range
    pytest.param("2023年2月28日、2月29日，某县", "2024-03-05",
                 [("2023年2月28日", "2023-02-28", "2023-02-28")], id="29-february-in-a-day-list"),
])
def test_a_29th_of_february_never_makes_a_date_that_does_not_exist(text, published, expected):
    from parsers.periods.mentions import find_periods

    found = [(m.text, m.period.start, m.period.end) for m in find_periods(text, published, None)]
    assert found == expected
    for _, start, end in found:
        date.fromisoformat(start), date.fromisoformat(end)  # every end is a real day


@pytest.mark.parametrize("garbled", [
    pytest.param("十二十九日以来", id="two-numerals-run-together-before-a-day"),
    pytest.param("今年十三十一日以来去年至〇日", id="two-numerals-run-together-before-since"),
    pytest.param("2023年3月1日起，为期99999年", id="a-duration-past-year-9999"),
])
def test_garbled_numerals_in_dates_lose_the_date_not_the_file(garbled):
    # cn2an raises KeyError on 十二十九 (the date rules catch ValueError), and a duration past
    # year 9999 overflowed: either lost the whole bulletin as an internal error (found by
    # fuzzing the period rules with random date fragments)
    from parsers.pipeline import parse_source
    from parsers.reading import source_from_bytes

    text = f"某市通报\n2024-02-29 来源：某网\n{garbled}，某市公安局抓获电信网络诈骗犯罪嫌疑人3名。\n"
    doc = parse_source(source_from_bytes(text.encode("utf-8"), "bulletin.txt"))
    assert [(f.metric, f.value) for f in doc.facts] == [("suspects_arrested", 3)]
