"""CSV / Parquet downloads: Chinese metric name and unit beside the code, real date types."""
from __future__ import annotations

import io
import re
from datetime import date

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from dashboard import exports
from parsers.records import FACT_COLUMNS


def facts() -> pd.DataFrame:
    rows = []
    for i, (metric, value, start, end, published) in enumerate([
        ("money_frozen", 5.7e7, "2019-01-01", "2019-06-30", "2019-07-11"),
        ("cases_solved", 1772.0, None, None, "2020-08-28"),
        ("suspects_arrested", 45.0, "2023-01-01", "2023-04-30", None),
    ]):
        row = {c: None for c in FACT_COLUMNS}
        row.update(fact_id=f"f{i}", doc_id=f"d{i}", metric=metric, value=value,
                   qualifier="exact", province="河南省", period_start=start, period_end=end,
                   evidence=f"证据{i}", span_start=3 * i, span_end=3 * i + 2)
        row.update(published=published, doc_title=f"通报{i}", doc_source="某报",
                   doc_url=f"https://example.org/news/{i}.html")
        rows.append(row)
    return pd.DataFrame(rows)


def test_metric_name_and_unit_sit_next_to_the_code():
    frame = exports.export_frame(facts())
    columns = list(frame.columns)
    at = columns.index("metric")
    assert columns[at + 1: at + 3] == ["metric_name", "unit"]
    assert list(frame["metric_name"]) == ["冻结资金", "破获案件", "抓获嫌疑人"]
    assert list(frame["unit"]) == ["元", "起", "人"]


def test_parquet_has_date_types_and_numbers():
    data = exports.to_parquet_bytes(facts())
    table = pq.read_table(io.BytesIO(data))
    for column in ("period_start", "period_end", "published"):
        assert table.schema.field(column).type == pa.date32()
    assert table.schema.field("value").type == pa.float64()
    assert table.schema.field("span_start").type == pa.int64()
    frame = table.to_pandas()
    assert frame.loc[0, "period_start"] == date(2019, 1, 1)
    assert frame.loc[0, "period_end"] == date(2019, 6, 30)
    assert pd.isna(frame.loc[1, "period_start"]) and pd.isna(frame.loc[2, "published"])
    assert list(frame["metric_name"]) == ["冻结资金", "破获案件", "抓获嫌疑人"]
    assert frame.loc[0, "value"] == 5.7e7


def test_parquet_of_no_rows_keeps_the_schema():
    table = pq.read_table(io.BytesIO(exports.to_parquet_bytes(facts().iloc[0:0])))
    assert table.num_rows == 0
    assert table.schema.field("period_start").type == pa.date32()
    assert "metric_name" in table.schema.names


def test_csv_reads_back_in_excel_encoding_with_iso_dates():
    data = exports.to_csv_bytes(facts())
    assert data.startswith("\ufeff".encode())
    frame = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig", dtype=str)
    assert list(frame["metric_name"]) == ["冻结资金", "破获案件", "抓获嫌疑人"]
    assert list(frame["unit"]) == ["元", "起", "人"]
    assert frame.loc[0, "period_start"] == "2019-01-01"
    assert pd.isna(frame.loc[1, "period_start"])
    assert frame.loc[0, "doc_title"] == "通报0"


def test_export_of_a_derived_dataset(tmp_path):
    """The real dataset frame (parsed seeds) exports with its published dates typed."""
    from dashboard import data
    from parsers.cache import build_cache
    from pathlib import Path

    cache = tmp_path / "cache"
    build_cache([Path(__file__).resolve().parent.parent / "seeds"], cache)
    ds = data.load(cache)
    table = pq.read_table(io.BytesIO(exports.to_parquet_bytes(ds.facts)))
    assert table.num_rows == len(ds.facts) > 0
    published = [d for d in table.column("published").to_pylist() if d is not None]
    assert published and all(isinstance(d, date) for d in published)
    # the date the fact's own bulletin (or blurb) was reported: a date too, not text
    assert table.schema.field("reported").type == pa.date32()
    # the nationwide flag is a bool a filter can test (df[df.nationwide]), not the text "True"
    assert table.schema.field("nationwide").type == pa.bool_()
    flags = table.column("nationwide").to_pylist()
    assert flags and set(flags) <= {True, False, None}


def test_a_flag_read_as_text_or_missing_exports_as_a_bool_or_null():
    frame = facts()
    frame["nationwide"] = ["True", False, None]
    table = pq.read_table(io.BytesIO(exports.to_parquet_bytes(frame)))
    assert table.schema.field("nationwide").type == pa.bool_()
    assert table.column("nationwide").to_pylist() == [True, False, None]


def test_the_always_empty_label_column_is_not_exported():
    # `label` is the contract's name for an "other" figure, which no parser rule emits: it
    # was an empty column in every download
    frame = exports.export_frame(facts())
    assert "label" not in frame.columns
    assert "label" not in pq.read_table(io.BytesIO(exports.to_parquet_bytes(facts()))).schema.names
    header = exports.to_csv_bytes(facts()).decode("utf-8-sig").splitlines()[0].split(",")
    assert "label" not in header and "metric_name" in header


def test_an_other_figure_is_named_by_its_own_label():
    rows = facts()
    rows.loc[1, ["metric", "label"]] = ["other", "处置涉诈域名"]
    rows.loc[2, ["metric", "label"]] = ["other", None]
    frame = exports.export_frame(rows)
    assert list(frame["metric_name"]) == ["冻结资金", "处置涉诈域名", "其他"]


def test_each_row_carries_its_pages_address():
    # a journalist cites the page, not our id (newcomer finding 8)
    frame = exports.export_frame(facts())
    assert list(frame["doc_url"]) == [f"https://example.org/news/{i}.html" for i in range(3)]


@pytest.mark.parametrize(("scope", "window", "suffix", "expected"), [
    pytest.param((None, None, None), ("year", "2025"), ".csv", "facts_全国_2025.csv", id="nationwide-year"),
    pytest.param(("甘肃省", "兰州市", None), ("half", "2020H1"), ".parquet",
                 "facts_甘肃省_兰州市_2020H1.parquet", id="city-half"),
    pytest.param(("湖北省", None, "“断卡”行动 2021"), ("custom", ""), ".csv",
                 "facts_湖北省_断卡-行动-2021_20210105-20210301.csv", id="custom-range-campaign-quotes"),
    pytest.param((None, None, "../../etc/passwd"), None, ".csv", "facts_etc-passwd.csv", id="path-chars"),
])
def test_an_export_is_named_by_its_region_and_window(scope, window, suffix, expected):
    # newcomer review: every download was facts.csv, so several became facts (1).csv, facts (2).csv…
    from dashboard import views, windows
    from dashboard.filters import Filters

    shown = None if window is None else windows.Window(date(2021, 1, 5), date(2021, 3, 1), window[0], window[1])
    filters = Filters(province=scope[0], city=scope[1], campaign=scope[2])
    assert views.export_name(filters, shown, suffix) == expected


def test_the_briefing_is_named_by_its_view_as_the_facts_are():
    # newcomer review 12: 反诈通报简报_20261203-0821.html said only when, not which view
    from dashboard import views, windows
    from dashboard.filters import Filters

    year = windows.Window(date(2021, 1, 1), date(2021, 12, 31), "year", "2021")
    name = views.briefing_name(Filters(province="广东省"), year, "zh")
    assert re.fullmatch(r"反诈通报简报_广东省_2021_\d{8}-\d{4}\.html", name), name
    name = views.briefing_name(Filters(), None, "en")
    assert re.fullmatch(r"anti-fraud-briefing_全国_\d{8}-\d{4}\.html", name), name


def test_the_counted_columns_keep_their_types_in_parquet():
    from dashboard import views
    from dashboard.data import derive
    from dashboard.filters import Filters
    from tests.fixtures.dashboard_sample import sample_frames

    ds = derive(*sample_frames())
    facts = views.evidence_export(ds, Filters(start=date(2020, 1, 1), end=date(2020, 12, 31)))
    table = pq.read_table(io.BytesIO(exports.to_parquet_bytes(facts)))
    assert table.schema.field("counted").type == pa.bool_()
    assert table.schema.field("left_out_reason").type == pa.string()
    frame = table.to_pandas()
    assert frame["counted"].any() and (frame["left_out_reason"] == "case_level").any()
