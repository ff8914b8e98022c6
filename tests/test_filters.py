"""Filters ⇄ URL query parameters (a shareable view) and applying filters to facts."""
from __future__ import annotations

from datetime import date
from urllib.parse import parse_qs, urlencode

import pandas as pd
import pytest

from dashboard.filters import Filters, apply_filters, from_query_params, to_query_params


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
    ]
    return pd.DataFrame(rows, columns=["fact_id", "metric", "province", "city", "county",
                                       "period_start", "period_end", "campaign"])


@pytest.mark.parametrize("filters, expected", [
    (Filters(), list("abcdefg")),
    (Filters(province="甘肃省"), list("abc")),
    (Filters(province="甘肃省", city="兰州市"), list("ab")),
    (Filters(province="北京市", city="北京市"), ["f"]),
    (Filters(metric="money_frozen"), ["d"]),
    (Filters(campaign="5·03"), ["b"]),
    (Filters(start=date(2020, 6, 1), end=date(2020, 6, 30)), list("abcg")),  # touching
    (Filters(end=date(2019, 12, 31)), ["d"]),
    (Filters(start=date(2021, 1, 1)), ["f"]),
])
def test_apply_filters(filters, expected):
    assert apply_filters(_facts(), filters)["fact_id"].tolist() == expected


def test_apply_filters_can_leave_window_and_metric_to_the_aggregator():
    f = Filters(province="甘肃省", metric="money_frozen", start=date(2030, 1, 1))
    assert apply_filters(_facts(), f, metric=False, window=False)["fact_id"].tolist() == list("abc")
