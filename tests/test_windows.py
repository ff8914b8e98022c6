"""Window codes, bounds and the windows that have data."""
from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from dashboard import windows


@pytest.mark.parametrize("code, bounds, kind, zh, en", [
    ("2023", (date(2023, 1, 1), date(2023, 12, 31)), "year", "2023年", "2023"),
    ("2023H1", (date(2023, 1, 1), date(2023, 6, 30)), "half", "2023年上半年", "H1 2023"),
    ("2023h2", (date(2023, 7, 1), date(2023, 12, 31)), "half", "2023年下半年", "H2 2023"),
    ("2024Q1", (date(2024, 1, 1), date(2024, 3, 31)), "quarter", "2024年第1季度", "Q1 2024"),
    ("2023Q4", (date(2023, 10, 1), date(2023, 12, 31)), "quarter", "2023年第4季度", "Q4 2023"),
])
def test_codes_name_their_bounds(code, bounds, kind, zh, en):
    window = windows.parse_code(code)
    assert (window.bounds, window.kind) == (bounds, kind)
    assert (window.label("zh"), window.label("en")) == (zh, en)
    assert windows.from_bounds(*bounds) == window


@pytest.mark.parametrize("code", ["", "23", "2023H3", "2023Q5", "1200", "2023-01", None, 2023])
def test_bad_codes_are_none(code):
    assert windows.parse_code(code) is None


def test_other_bounds_are_a_custom_range():
    window = windows.from_bounds(date(2023, 3, 5), date(2023, 1, 2))  # swapped
    assert (window.kind, window.bounds) == ("custom", (date(2023, 1, 2), date(2023, 3, 5)))
    assert window.label() == "2023-01-02 – 2023-03-05"
    assert windows.from_bounds(None, date(2020, 6, 30)).label() == "… – 2020-06-30"


def test_available_windows_hold_a_countable_figure_wholly():
    facts = pd.DataFrame({
        "period_start": ["2021-01-01", "2022-04-01", "2023-05-01", None, "2024-01-01"],
        "period_end": ["2021-12-31", "2022-06-30", "2023-05-01", None, "2024-02-01"],
        "scope": ["jurisdiction", "jurisdiction", "case", "jurisdiction", "jurisdiction"],
    })
    assert [w.code for w in windows.available(facts, "year")] == ["2024", "2022", "2021"]
    assert [w.code for w in windows.available(facts, "half")] == ["2024H1", "2022H1"]
    assert [w.code for w in windows.available(facts, "quarter")] == ["2024Q1", "2022Q2"]
    assert windows.latest_year(facts, today=date(2026, 11, 30)).code == "2024"
    assert windows.latest_year(facts, today=date(2023, 6, 1)).code == "2022"  # no future
    assert windows.latest_year(facts.iloc[[2, 3]]) is None  # a case and an undated figure


def test_a_reversed_range_is_put_in_order_and_says_so():
    used = windows.ordered(date(2019, 9, 30), date(2019, 1, 1))
    assert (used.start, used.end, used.reversed) == (date(2019, 1, 1), date(2019, 9, 30), True)
    for start, end in [(date(2019, 1, 1), date(2019, 9, 30)), (date(2019, 1, 1), date(2019, 1, 1)),
                       (None, date(2019, 1, 1)), (date(2019, 1, 1), None), (None, None)]:
        used = windows.ordered(start, end)
        assert (used.start, used.end, used.reversed) == (start, end, False)


def test_a_figure_whose_force_was_not_found_never_sets_the_default_year():
    facts = pd.DataFrame({
        "period_start": ["2025-01-01", "2026-01-01"], "period_end": ["2025-12-31", "2026-10-31"],
        "scope": ["jurisdiction", "jurisdiction"], "province": ["湖南省", None], "nationwide": [False, False],
    })
    assert windows.latest_year(facts, today=date(2026, 11, 30)).code == "2025"
