"""The evidence page's own search: over every fact of the view, not only the rows listed
(newcomer review: the table toolbar's search found 0 of 28 荆州市 facts beyond row 2000)."""
from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard import views
from dashboard.data import derive
from dashboard.filters import Filters
from tests.fixtures.dashboard_sample import sample_frames, write_sample_cache

DS = derive(*sample_frames())
APP = str(Path(__file__).resolve().parent.parent / "app.py")


def test_a_search_looks_beyond_the_rows_listed():
    full = views.evidence_facts(DS, Filters())
    last = full.iloc[-1]  # the view's last fact, far past a one-row listing
    word = str(last["evidence"])
    listed, total = views.evidence_listing(DS, Filters(), rows=1, query=word)
    found = views.evidence_facts(DS, Filters(), word)
    assert last["fact_id"] in set(found["fact_id"])
    assert listed["fact_id"].tolist() == found["fact_id"].head(1).tolist() and total == len(found)


@pytest.mark.parametrize(("query", "column", "expected"), [
    pytest.param("郑州市", "region_label", "郑州市", id="a-region"),
    pytest.param("  郑州  ", "region_label", "郑州", id="spaces-trimmed"),
    pytest.param("鄭州", "region_label", "郑州", id="traditional-finds-simplified"),
    pytest.param("5·03", "campaign", "5·03", id="a-campaign"),
])
def test_each_fact_found_holds_the_query(query, column, expected):
    found = views.evidence_facts(DS, Filters(), query)
    assert len(found) > 0
    haystack = found[list(views.SEARCH_COLUMNS)].fillna("").astype(str).agg(" ".join, axis=1)
    assert haystack.str.contains(expected, regex=False).all()
    assert len(found) < len(views.evidence_facts(DS, Filters()))


@pytest.mark.parametrize("query", [
    pytest.param("破获案件", id="chinese-metric-name"),
    pytest.param("cases solved", id="english-metric-name-any-case"),
])
def test_a_metric_name_finds_every_fact_of_that_metric(query):
    # newcomer review 12: the box promises 指标 but found only facts whose own text said it
    found = views.evidence_facts(DS, Filters(), query)
    every = views.evidence_facts(DS, Filters())
    assert set(found["fact_id"]) >= set(every.loc[every["metric"] == "cases_solved", "fact_id"])
    assert len(found) < len(every)


def test_no_match_and_empty_query():
    assert views.evidence_listing(DS, Filters(), query="不存在的词语xyz")[1] == 0
    assert views.evidence_listing(DS, Filters(), query="   ")[1] == len(views.evidence_facts(DS, Filters()))


def test_the_download_holds_only_the_facts_found():
    found = views.evidence_export(DS, Filters(), "5·03")
    assert len(found) > 0 and set(found["campaign"]) == {"5·03"}


def test_a_long_query_is_cut():
    assert len(views.search_text("诈" * 1000)) == views.SEARCH_MAX_CHARS


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory) -> Path:
    return write_sample_cache(tmp_path_factory.mktemp("cache"))


def test_the_page_searches_and_says_what_it_found(cache_dir, monkeypatch):
    monkeypatch.setenv("FRAUD_CACHE_DIR", str(cache_dir))
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.switch_page("dashboard/pages/evidence.py").run()
    table = at.dataframe[0].value
    every, word = len(table), str(table["原文"].iloc[-1])
    at.text_input(key="evidence_query").input(f"**{word}**").run()
    assert not at.exception, at.exception
    assert len(at.dataframe[0].value) == 0  # the stars are searched for, not bold
    assert any(f"**{word}**" in t.value for t in at.text)  # echoed as plain text
    at.text_input(key="evidence_query").input(word).run()
    shown = at.dataframe[0].value
    assert 0 < len(shown) < every and (shown["原文"].str.contains(word, regex=False)).any()
    assert any(word in t.value and str(len(shown)) in t.value for t in at.text)
