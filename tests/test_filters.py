"""Filters ⇄ URL query parameters (a shareable view) and applying filters to facts."""
from __future__ import annotations

from datetime import date
from urllib.parse import parse_qs, urlencode

import pandas as pd
import pytest

from dashboard.filters import (Filters, apply_filters, from_query_params, known_only,
                               to_query_params)


@pytest.mark.parametrize("filters", [
    Filters(),
    Filters(province="甘肃省", city="兰州市", metric="cases_solved",
            start=date(2020, 1, 1), end=date(2020, 7, 31), campaign="5·03", lang="en"),
    Filters(province="湖北省", metric="money_frozen"),
    Filters(campaign="断卡行动", start=date(2021, 1, 1)),
])
def test_round_trip_through_a_real_url(filters):
    query = urlencode(to_query_params(filters))
    assert from_query_params(parse_qs(query)) == filters


def test_defaults_are_left_out_of_the_url():
    assert to_query_params(Filters()) == {}
    assert to_query_params(Filters(lang="zh", province="河南省")) == {"province": "河南省"}


@pytest.mark.parametrize("params, expected", [
    ({"metric": "bogus"}, Filters()),
    ({"lang": "fr"}, Filters()),
    ({"from": "2020-13-45"}, Filters()),
    ({"from": "2020-07-31", "to": "2020-01-01"},
     Filters(start=date(2020, 1, 1), end=date(2020, 7, 31))),
    ({"city": "兰州市"}, Filters()),  # a city without its province is ignored
    ({"province": "  "}, Filters()),
    ({"province": ["河南省"], "lang": ["en"]}, Filters(province="河南省", lang="en")),
])
def test_forgiving_parsing(params, expected):
    assert from_query_params(params) == expected


def _facts():
    rows = [
        ("a", "cases_solved", "甘肃省", "兰州市", None, "2020-01-01", "2020-07-31", None),
        ("b", "cases_solved", "甘肃省", "兰州市", "城关区", "2020-05-01", "2020-07-31", "5·03"),
        ("c", "cases_solved", "甘肃省", None, None, "2020-01-01", "2020-12-31", "陇风2020"),
        ("d", "money_frozen", "河南省", "郑州市", None, "2019-01-01", "2019-06-30", None),
        ("e", "cases_solved", "湖北省", "武汉市", None, None, None, None),
        ("f", "cases_solved", "北京市", "北京市", None, "2021-01-01", "2021-06-30", None),
        ("g", "cases_solved", None, None, None, "2020-01-01", "2020-12-31", None),
        ("h", "cases_solved", "北京市", "北京市", "海淀区", "2021-01-01", "2021-06-30", None),
    ]
    return pd.DataFrame(rows, columns=["fact_id", "metric", "province", "city", "county",
                                       "period_start", "period_end", "campaign"])


@pytest.mark.parametrize("filters, expected", [
    (Filters(), list("abcdefgh")),
    (Filters(province="甘肃省"), list("abc")),
    (Filters(province="甘肃省", city="兰州市"), list("ab")),
    (Filters(province="北京市", city="北京市"), ["f", "h"]),  # the whole municipality
    (Filters(province="北京市", city="海淀区"), ["h"]),  # a municipality's district
    (Filters(metric="money_frozen"), ["d"]),
    (Filters(campaign="5·03"), ["b"]),
    (Filters(start=date(2020, 6, 1), end=date(2020, 6, 30)), list("abcg")),  # touching
    (Filters(end=date(2019, 12, 31)), ["d"]),
    (Filters(start=date(2021, 1, 1)), ["f", "h"]),
])
def test_apply_filters(filters, expected):
    assert apply_filters(_facts(), filters)["fact_id"].tolist() == expected


@pytest.mark.parametrize("filters, city", [
    pytest.param(Filters(province="北京市", city="海淀区"), "海淀区", id="a-municipalitys-district"),
    pytest.param(Filters(province="北京市", city="北京市"), None, id="the-municipality-itself"),
    pytest.param(Filters(province="甘肃省", city="城关区"), None, id="a-county-is-no-city"),
    pytest.param(Filters(province="甘肃省", city="兰州市"), "兰州市", id="a-city"),
])
def test_known_only_reads_the_level_below_the_province(filters, city):
    assert known_only(filters, _facts(), pd.DataFrame({"name": []})).city == city


def test_apply_filters_can_leave_window_and_metric_to_the_aggregator():
    f = Filters(province="甘肃省", metric="money_frozen", start=date(2030, 1, 1))
    assert apply_filters(_facts(), f, metric=False, window=False)["fact_id"].tolist() == list("abc")


# ---------------------------------------------------------------- a link's unused values

ACCEPTED = (date(2010, 1, 1), date(2027, 12, 31))


def told(params, used=Filters(), lang="zh"):
    from dashboard.filters import url_notices
    return [n.text(lang) for n in url_notices(params, used, ACCEPTED)]


@pytest.mark.parametrize("municipal, zh", [
    pytest.param(True, "链接中的区县“浦东新区”不在北京市的数据中，已显示北京市全市。", id="a-municipalitys-district"),
    pytest.param(False, "链接中的城市“浦东新区”不在北京市的数据中，已显示北京市全省。", id="a-provinces-city"),
])
def test_an_unknown_second_level_is_named_for_its_province(municipal, zh):
    from dashboard.filters import url_notices
    notices = url_notices({"province": "北京市", "city": "浦东新区"}, Filters(province="北京市"),
                          ACCEPTED, municipal=municipal)
    assert [n.text("zh") for n in notices] == [zh]


def test_a_link_whose_values_are_all_used_says_nothing():
    used = Filters(province="甘肃省", city="兰州市", metric="cases_solved", campaign="5·03",
                   start=date(2020, 1, 1), end=date(2020, 12, 31), lang="en")
    params = {**to_query_params(used), "screen": "0", "utm_source": "<b>x</b>"}  # not filters
    assert told(params, used) == []
    assert told({}) == []


@pytest.mark.parametrize("params, zh, en", [
    ({"province": "火星省"}, "链接中的省份“火星省”不在数据中，已显示全国。",
     "The link's province “火星省” is not in the data, so nationwide figures are shown."),
    ({"metric": "foo"}, "链接中的指标“foo”不存在，已显示全部指标。",
     "The link's metric “foo” does not exist, so all metrics are shown."),
    ({"campaign": "unknown"}, "链接中的专项行动“unknown”不在数据中，已显示全部数字（不限专项行动）。",
     "The link's campaign “unknown” is not in the data, so the figures of all campaigns are shown."),
    ({"lang": ["fr"]}, "链接中的语言“fr”不受支持，已使用默认语言（中文）。",
     "The link's language “fr” is not supported; the default language (Chinese) was used."),
    ({"from": "2020-13-45"}, "链接中的日期“2020-13-45”无法识别，已忽略。",
     "The link's date “2020-13-45” could not be read and was ignored."),
    ({"city": "兰州市"}, "链接中的城市“兰州市”没有指明所在省份，已显示全国。",
     "The link's city “兰州市” comes without its province, so nationwide figures are shown."),
])
def test_each_unused_value_is_told_in_the_page_language(params, zh, en):
    assert told(params) == [zh]
    assert told(params, lang="en") == [en]


def test_an_unknown_city_names_the_province_shown_and_an_unknown_province_says_it_once():
    assert told({"province": "甘肃省", "city": "火星市"}, Filters(province="甘肃省")) == [
        "链接中的城市“火星市”不在甘肃省的数据中，已显示甘肃省全省。"]
    assert told({"province": "火星省", "city": "火星市"}) == ["链接中的省份“火星省”不在数据中，已显示全国。"]


@pytest.mark.parametrize("params, used, expected", [
    pytest.param({"province": ["广东省", "湖南省"]}, Filters(province="湖南省"),
                 ["链接中的“province”出现了不止一次，只用了最后一个值“湖南省”。"], id="two-provinces"),
    pytest.param({"metric": ["cases_solved", "cases_solved"]}, Filters(metric="cases_solved"), [],
                 id="the-same-value-twice-is-no-news"),
    pytest.param({"utm": ["a", "b"]}, Filters(), [], id="not-a-filter-key"),
    pytest.param({"campaign": ["<b>x</b>", "火星"]}, Filters(),
                 ["链接中的“campaign”出现了不止一次，只用了最后一个值“火星”。",
                  "链接中的专项行动“火星”不在数据中，已显示全部数字（不限专项行动）。"], id="repeated-and-unknown"),
])
def test_a_key_given_twice_is_told_with_the_value_used(params, used, expected):
    # newcomer review 12: ?province=广东省&province=湖南省 silently took the last value
    assert told(params, used) == expected


def test_a_hostile_or_huge_value_is_quoted_as_clipped_plain_text():
    from dashboard.filters import URL_VALUE_SHOWN, quoted

    script = "<script>alert(1)</script>" + "Q" * 100_000
    (line,) = told({"province": [script]})
    assert line == f"链接中的省份“{quoted(script)}”不在数据中，已显示全国。"
    assert quoted(script) == script[:URL_VALUE_SHOWN - 1] + "…"
    assert quoted(" 火星\n 省 ") == "火星 省"


@pytest.mark.parametrize(("start", "end", "expected"), [
    pytest.param(date(2099, 1, 1), date(2099, 12, 31), (None, None), id="wholly-after: the default window"),
    pytest.param(date(1900, 1, 1), date(1900, 12, 31), (None, None), id="wholly-before: the default window"),
    pytest.param(date(2099, 1, 1), None, (None, None), id="a-start-after-the-span"),
    pytest.param(date(2001, 1, 1), date(2030, 12, 31), (date(2010, 1, 1), date(2027, 12, 31)), id="overlapping: clamped"),
    pytest.param(date(2020, 3, 1), None, (date(2020, 3, 1), None), id="inside"),
])
def test_a_links_range_is_clamped_or_dropped_for_the_default_window(start, end, expected):
    # newcomer review: ?from=2099-01-01&to=2099-12-31 became the one day 2027-12-31, every card empty
    from dashboard.filters import accepted_range
    assert accepted_range(start, end, ACCEPTED) == expected


def test_dates_moved_into_the_accepted_span_are_told_with_what_is_shown():
    assert told({"from": "9999-01-01", "to": "9999-12-31"}, Filters()) == [
        "链接中的日期 9999-01-01 – 9999-12-31 超出本应用可选的范围（2010-01-01 – 2027-12-31），"
        "已改为显示默认时段（有数据的最近一年）。"]
    assert told({"from": "9999-01-01", "to": "9999-12-31"}, Filters(), "en") == [
        "The link's dates 9999-01-01 – 9999-12-31 are outside the range this app accepts "
        "(2010-01-01 – 2027-12-31); the default window (the latest year with data) is shown instead."]
    clamped = Filters(start=date(2010, 1, 1), end=date(2027, 12, 31))
    assert told({"from": "2001-01-01", "to": "2030-12-31"}, clamped) == [
        "链接中的日期 2001-01-01 – 2030-12-31 超出本应用可选的范围（2010-01-01 – 2027-12-31），"
        "已改为显示 2010-01-01 – 2027-12-31。"]
    # in order or one-sided: only a moved date is told; reversed: the swap is (newcomer review 12)
    inside = Filters(start=date(2020, 1, 1), end=date(2020, 7, 31))
    assert told({"from": "2020-01-01", "to": "2020-07-31"}, inside) == []
    assert told({"from": "2020-07-31", "to": "2020-01-01"}, inside) == [
        "链接中的截止日期早于起始日期，已对调：按 2020-01-01 至 2020-07-31 统计。"]
    assert told({"from": "2020-07-31", "to": "2020-01-01"}, inside, "en") == [
        "The link's end date is before its start date, so they were swapped: figures cover "
        "2020-01-01 to 2020-07-31."]
    assert told({"from": "2001-01-01"}, Filters(start=date(2010, 1, 1))) == [
        "链接中的日期 2001-01-01 – … 超出本应用可选的范围（2010-01-01 – 2027-12-31），"
        "已改为显示 2010-01-01 – …。"]


def test_a_quoted_link_value_loses_control_and_direction_characters():
    # newcomer review: a U+202E in ?pick= turned the app's own sentence around
    from dashboard.filters import quoted
    assert quoted("\u202e行动\u0000x\u2066") == "行动x"
    assert quoted("a\tb\nc") == "a b c"
