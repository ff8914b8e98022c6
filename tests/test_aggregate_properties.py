"""Properties of the aggregation rule on random fact sets (hypothesis).

For any facts, any region and any window: no fact is counted twice (not as a copy, not as a
nested period of its own region, not inside a parent's figure for the same days), no total
mixes two windows, the basis (计算依据) adds up to the value shown, and every fact of the
metric in the region comes back exactly once, used or left out with a reason.
"""
from __future__ import annotations

from datetime import date, timedelta

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashboard.aggregate import (REASONS, aggregate, aggregate_by_region, by_region, narrow,
                                 path_of, resolve)

REGIONS = [
    (None, None, None), ("甘肃省", None, None), ("甘肃省", "兰州市", None),
    ("甘肃省", "兰州市", "城关区"), ("甘肃省", "天水市", None), ("河南省", None, None),
    ("河南省", "郑州市", None), ("北京市", "北京市", None), ("北京市", "北京市", "朝阳区"),
]
BASE = date(2019, 1, 1)


@st.composite
def facts(draw) -> pd.DataFrame:
    n = draw(st.integers(min_value=0, max_value=25))
    rows = []
    for i in range(n):
        province, city, county = draw(st.sampled_from(REGIONS))
        dated = draw(st.booleans()) or draw(st.booleans())  # mostly dated
        start = BASE + timedelta(days=draw(st.integers(0, 3 * 365)))
        end = start + timedelta(days=draw(st.sampled_from([0, 30, 90, 181, 364, 500])))
        rows.append({
            "fact_id": f"f{i}", "doc_id": f"d{draw(st.integers(0, 6))}",
            "metric": draw(st.sampled_from(["cases_solved", "cases_solved", "money_frozen"])),
            "value": float(draw(st.sampled_from([10, 50, 120, 585, 3208]))),
            "qualifier": draw(st.sampled_from(["exact", "exact", "at_least", "approx"])),
            "province": province, "city": city, "county": county,
            "period_start": start.isoformat() if dated else None,
            "period_end": end.isoformat() if dated else None,
            "scope": draw(st.sampled_from(["jurisdiction"] * 5 + ["case"])),
            "unit_kind": draw(st.sampled_from(["body", "body", "blurb"])),
            "published": (BASE + timedelta(days=draw(st.integers(0, 4 * 365)))).isoformat(),
            "campaign": None, "adcode": None, "evidence": "…",
        })
        if rows and draw(st.integers(0, 4)) == 0:  # a verbatim copy in another bulletin
            rows.append({**rows[-1], "fact_id": f"f{i}c", "doc_id": "copy"})
    columns = ["fact_id", "doc_id", "metric", "value", "qualifier", "province", "city",
               "county", "period_start", "period_end", "scope", "unit_kind", "published",
               "campaign", "adcode", "evidence"]
    return pd.DataFrame(rows, columns=columns)


WINDOWS = st.sampled_from([
    (None, None), (date(2019, 1, 1), date(2019, 12, 31)), (date(2020, 1, 1), date(2020, 12, 31)),
    (date(2020, 1, 1), date(2020, 6, 30)), (date(2021, 7, 1), date(2021, 9, 30)),
    (date(2019, 6, 1), date(2021, 5, 31)),
])
ROOTS = st.sampled_from([(None, None), ("甘肃省", None), ("甘肃省", "兰州市"), ("河南省", None),
                         ("北京市", None), ("北京市", "北京市")])
SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def _subtree(frame: pd.DataFrame, root: tuple) -> pd.DataFrame:
    want = path_of(*root, None)
    paths = [path_of(p, c, k) for p, c, k in zip(frame["province"], frame["city"],
                                                 frame["county"])]
    return frame[pd.Series([p[: len(want)] == want for p in paths], index=frame.index,
                           dtype=bool)]


def _days(frame: pd.DataFrame) -> list[tuple[tuple, date, date]]:
    return [(path_of(p, c, k), date.fromisoformat(s), date.fromisoformat(e))
            for p, c, k, s, e in zip(frame["province"], frame["city"], frame["county"],
                                     frame["period_start"], frame["period_end"])]


@SETTINGS
@given(facts(), WINDOWS, ROOTS)
def test_every_fact_is_used_or_left_out_exactly_once(frame, window, root):
    result = aggregate(frame, "cases_solved", province=root[0], city=root[1], window=window)
    expected = _subtree(frame[frame["metric"] == "cases_solved"], root)["fact_id"]
    seen = result.fact_ids + result.excluded["fact_id"].tolist()
    assert sorted(seen) == sorted(expected)
    assert set(result.excluded["reason"]) <= set(REASONS)


@SETTINGS
@given(facts(), WINDOWS, ROOTS)
def test_a_page_total_lists_only_its_windows_rows_and_counts_the_rest(frame, window, root):
    # keep_outside=False (what a page shows): every fact is used, listed or counted in
    # n_outside, once; a listed row touches the window, or has no period and was published
    # inside it (or on no known day)
    from dashboard.aggregate import narrow, resolve, to_aggregate

    metric = frame[frame["metric"] == "cases_solved"].reset_index(drop=True)
    res = resolve(narrow(metric), window)
    page = to_aggregate(res, path_of(*root, None), metric, keep_outside=False)
    whole = to_aggregate(res, path_of(*root, None), metric)
    assert page.fact_ids == whole.fact_ids and page.value == whole.value
    assert len(page.facts) + len(page.excluded) + page.n_outside == len(_subtree(metric, root))
    lo, hi = window
    for _, row in page.excluded.iterrows():
        if pd.notna(row["period_start"]) and pd.notna(row["period_end"]):
            first, last = date.fromisoformat(row["period_start"]), date.fromisoformat(row["period_end"])
        elif pd.notna(row["published"]):
            first = last = date.fromisoformat(row["published"])
        else:
            continue
        assert lo is None or last >= lo
        assert hi is None or first <= hi


@SETTINGS
@given(facts(), WINDOWS, ROOTS)
def test_basis_adds_up_to_the_value_shown(frame, window, root):
    result = aggregate(frame, "cases_solved", province=root[0], city=root[1], window=window)
    if result.value is None:
        assert result.facts.empty
    else:
        assert result.facts["value"].sum() == result.value
        assert result.n_sources == result.facts["doc_id"].nunique()


@SETTINGS
@given(facts(), WINDOWS, ROOTS)
def test_no_total_mixes_two_windows_or_counts_an_undated_figure(frame, window, root):
    result = aggregate(frame, "cases_solved", province=root[0], city=root[1], window=window)
    used = result.facts
    assert used["period_start"].notna().all() and used["period_end"].notna().all()
    assert (used["scope"] != "case").all()
    lo, hi = window
    for _, start, end in _days(used):
        assert lo is None or start >= lo
        assert hi is None or end <= hi


@SETTINGS
@given(facts(), WINDOWS, ROOTS)
def test_no_claim_counted_twice(frame, window, root):
    """Used figures never repeat a claim, and two used figures of the same region, or of a
    region and one of its sub-regions, never cover the same day."""
    result = aggregate(frame, "cases_solved", province=root[0], city=root[1], window=window)
    used = _days(result.facts)
    claims = [(p, v, s, e) for (p, s, e), v in zip(used, result.facts["value"])]
    assert len(set(claims)) == len(claims)
    for i, (path_a, start_a, end_a) in enumerate(used):
        for path_b, start_b, end_b in used[i + 1:]:
            nested = path_a[: len(path_b)] == path_b or path_b[: len(path_a)] == path_a
            if nested:
                assert end_a < start_b or end_b < start_a


@SETTINGS
@given(facts(), WINDOWS)
def test_one_pass_over_all_regions_agrees_with_each_region_alone(frame, window):
    provinces = aggregate_by_region(frame, "cases_solved", level="province", window=window)
    for row in provinces.itertuples():
        alone = aggregate(frame, "cases_solved", province=row.province, window=window)
        assert alone.value == row.value
        assert sorted(alone.fact_ids) == sorted(row.fact_ids)
    rows = narrow(frame[frame["metric"] == "cases_solved"])
    cities = by_region(resolve(rows, window), "city")
    for row in cities.itertuples():
        alone = aggregate(frame, "cases_solved", province=row.province, city=row.city,
                          window=window)
        assert alone.value == row.value


# ---------------------------------------------------------------- the region × year table

def _dataset(frame: pd.DataFrame):
    """The facts as a Dataset (one publication date per bulletin, as the cache has it)."""
    from dashboard.data import derive
    documents = frame.drop_duplicates("doc_id")[["doc_id", "published"]] \
        .assign(title="t", source="s")
    campaigns = pd.DataFrame(columns=["doc_id", "name"])
    return derive(documents, frame.drop(columns=["published"]), campaigns)


def _year_totals(frame: pd.DataFrame, root: tuple) -> pd.DataFrame:
    from dashboard import views
    from dashboard.filters import Filters
    totals = views.year_totals(_dataset(frame), Filters(province=root[0], city=root[1]),
                               "cases_solved")
    return totals.sort_values(["year", "region"]).reset_index(drop=True)


@st.composite
def straddlers(draw) -> dict:
    """A figure whose period crosses at least one new year (a 2019-11 … 2021-11 cumulative
    total): it lies inside no year, so no year of the table may count it."""
    province, city, county = draw(st.sampled_from(REGIONS))
    first = date(draw(st.integers(2018, 2021)), 12, 31) - timedelta(draw(st.integers(0, 300)))
    end = date(first.year + 1, 1, 1) + timedelta(draw(st.integers(0, 800)))
    return {"fact_id": "straddler", "doc_id": "dx", "metric": "cases_solved",
            "value": float(draw(st.sampled_from([7, 464_000]))), "qualifier": "exact",
            "province": province, "city": city, "county": county,
            "period_start": first.isoformat(), "period_end": end.isoformat(),
            "scope": "jurisdiction", "unit_kind": draw(st.sampled_from(["body", "blurb"])),
            "published": (end + timedelta(30)).isoformat(), "campaign": None,
            "adcode": None, "evidence": "…"}


@SETTINGS
@given(facts(), ROOTS)
def test_each_year_of_the_table_is_that_years_own_total(frame, root):
    """Region × year: every cell is the total of the one window that year is — the figures
    wholly inside it, chosen by the same rule as any total — so no figure is counted in a
    year it does not lie in, and a year without a figure inside it has no cell."""
    totals = _year_totals(frame, root)
    ds = _dataset(frame)
    for row in totals[totals["is_scope"]].itertuples():
        window = (date(row.year, 1, 1), date(row.year, 12, 31))
        alone = aggregate(ds.facts, "cases_solved", province=root[0], city=root[1],
                          window=window)
        assert alone.value == row.value
        for _, start, end in _days(alone.facts):
            assert start.year == end.year == row.year


@SETTINGS
@given(facts(), straddlers(), ROOTS)
def test_a_figure_spanning_years_enters_no_year_of_the_table(frame, straddler, root):
    """A multi-year cumulative figure is not counted in each year it touches (nor in any):
    adding one changes no cell of the region × year table."""
    with_it = pd.concat([frame, pd.DataFrame([straddler])], ignore_index=True)
    pd.testing.assert_frame_equal(_year_totals(with_it, root), _year_totals(frame, root))
