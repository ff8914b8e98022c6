"""dashboard.serve: the warm-up fills exactly what a first visitor's run reads."""
from __future__ import annotations

from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from dashboard import loading, serve
from tests.fixtures.dashboard_sample import write_sample_cache

APP = str(Path(__file__).resolve().parent.parent / "app.py")


@pytest.fixture()
def cache_dir(tmp_path, monkeypatch) -> Path:
    cache = write_sample_cache(tmp_path / "cache")
    monkeypatch.setenv("FRAUD_CACHE_DIR", str(cache))
    monkeypatch.setenv("FRAUD_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv(loading.WARMUP_ENV, "0")  # no background thread in the app run
    st.cache_resource.clear()
    st.cache_data.clear()
    yield cache
    st.cache_resource.clear()
    st.cache_data.clear()


def test_default_filters_are_those_of_a_first_visit(cache_dir):
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception, at.exception
    assert at.session_state["_filters"] == serve.default_filters(loading.get_dataset())


def test_warm_fills_the_caches_a_first_visit_reads(cache_dir, monkeypatch):
    serve.warm()
    ds = loading.get_dataset()
    filters = serve.default_filters(ds)
    # the first visit finds the dataset, the KPI totals and the map's figure already built
    monkeypatch.setattr(loading.data, "read_tables", lambda *a: pytest.fail("read again"))
    monkeypatch.setattr(loading.views, "kpis", lambda *a: pytest.fail("computed again"))
    monkeypatch.setattr(loading.views, "map_view", lambda *a: pytest.fail("computed again"))
    assert loading.get_dataset() is ds
    loading.kpis(ds, filters)
    loading.map_view(ds, filters, filters.metric_or_default, filters.lang)
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception, at.exception
    assert at.metric  # the overview drew its cards from the warmed caches


def test_warm_never_raises(tmp_path, monkeypatch):
    # an unreadable cache: the warm-up logs and returns, the server starts anyway
    (tmp_path / "cache").mkdir()
    (tmp_path / "cache" / "manifest.json").write_text("{not json", encoding="utf-8")
    monkeypatch.setenv("FRAUD_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(loading, "get_dataset", lambda: (_ for _ in ()).throw(OSError("x")))
    serve.warm()


def test_startup_objects_are_frozen_until_the_dataset_is_loaded_again(cache_dir):
    import gc

    try:
        serve.freeze_startup_objects()
        assert gc.get_freeze_count() > 0
        loading.get_dataset()  # a first load (e.g. a rebuilt cache): the old objects thaw
        assert gc.get_freeze_count() == 0
    finally:
        gc.unfreeze()
