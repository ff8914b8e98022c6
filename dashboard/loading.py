"""The one place the dataset and page results are cached in Streamlit.

The dataset is a shared resource (st.cache_resource): every session reads the same frames,
so a rerun never copies or unpickles them; pages treat them as read-only. It is keyed on the
cache's content key, so a rebuilt cache (new manifest) is picked up on the next rerun
without restarting the server. Analyst corrections (kept in the data folder, keyed on
fact_id) are applied on load: amended facts carry `corrected` and a `correction_note`,
rejected facts are dropped so no total or chart counts them.

Page results (KPI totals, the year table) are cached with st.cache_data per (dataset key,
filters); underneath, dashboard.views memoises each metric's per-window resolution on the
dataset, so the map, the money page and the screen share the work of the overview.
"""
from __future__ import annotations

import gc
import logging
import os
import threading
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import NamedTuple

import pandas as pd
import streamlit as st

from dashboard import data, figures, i18n, views, windows
from dashboard.aggregate import Aggregate
from dashboard.corrections import corrections_path, effective_facts, load_corrections
from dashboard.filters import Filters

_KEY = ("dataset_key",)


@st.cache_resource(show_spinner=False, max_entries=2)
def _load(cache_dir: str, cache_key: str, data_dir: str,  # noqa: ARG001 - keys bust the cache
          corrections_key: str) -> data.Dataset:
    # A new dataset replaces the one dashboard.serve froze at start: unfrozen, the old one
    # can be garbage-collected once it is dropped from this cache.
    if gc.get_freeze_count():
        gc.unfreeze()
    documents, facts, campaigns = data.read_tables(Path(cache_dir))
    # Before derive(): region labels and dates must come from the corrected values.
    facts = effective_facts(facts, load_corrections(data_dir))
    dataset = data.derive(documents, facts, campaigns, sentences_from=Path(cache_dir))
    dataset.memo(_KEY, lambda: f"{cache_dir}|{cache_key}|{corrections_key}")
    return dataset


def corrections_key(data_dir: Path) -> str:
    """Changes whenever a correction is saved (the file is replaced atomically)."""
    try:
        stat = corrections_path(data_dir).stat()
    except FileNotFoundError:
        return "none"
    return f"{stat.st_mtime_ns}:{stat.st_size}"


def get_dataset() -> data.Dataset:
    """Build the cache if missing, then load it (cached until its key changes)."""
    cache = data.ensure_cache(data.cache_dir())
    folder = data.data_dir()
    return _load(str(cache), data.current_cache_key(cache), str(folder), corrections_key(folder))


def dataset_key(ds: data.Dataset) -> str:
    """The key a loaded dataset was cached under (its id for datasets made elsewhere)."""
    return ds.memo(_KEY, lambda: f"object:{id(ds)}")


# ---------------------------------------------------------------- page results

# Shared, not copied (st.cache_resource): a nationwide result is ~14 MB of frames at 10k
# bulletins, and pickling it on every miss (unpickling on every hit) cost more than the
# totals. Pages only read it (Aggregate is frozen; its frames are never changed in place).
@st.cache_resource(show_spinner=False, max_entries=64)
def _kpis(key: str, filters: Filters, _ds: data.Dataset  # noqa: ARG001 - key busts the cache
          ) -> dict[str, Aggregate]:
    return views.kpis(_ds, filters)


@st.cache_data(show_spinner=False, max_entries=128)
def _year_totals(key: str, filters: Filters, metric: str,  # noqa: ARG001
                 _ds: data.Dataset) -> pd.DataFrame:
    return views.year_totals(_ds, filters, metric)


@st.cache_data(show_spinner=False, max_entries=128)
def _year_table(key: str, filters: Filters, metric: str, lang: str,  # noqa: ARG001
                _ds: data.Dataset) -> pd.DataFrame:
    return views.year_table(views.year_totals(_ds, filters, metric), metric, lang)


def _all_years(filters: Filters) -> Filters:
    """The filters a region × year result depends on: not the window (each year is its own)
    nor the sidebar's metric (the metric is an argument). Keyed on these, choosing another
    year reuses the table instead of rebuilding it (~0.1 s of a filter change at 10k)."""
    return replace(filters, start=None, end=None, metric=None)


def year_table(ds: data.Dataset, filters: Filters, metric: str, lang: str) -> pd.DataFrame:
    """The region × year display table (views.year_table), cached per (dataset, region,
    campaign, metric, language)."""
    return _year_table(dataset_key(ds), _all_years(filters), metric, lang, ds)


@st.cache_data(show_spinner=False, max_entries=64)
def _money_spans(key: str, filters: Filters, _ds: data.Dataset  # noqa: ARG001
                 ) -> pd.DataFrame:
    return views.money_spans(_ds, filters)


@st.cache_data(show_spinner=False, max_entries=128)
def _region_values(key: str, filters: Filters, metric: str,  # noqa: ARG001
                   _ds: data.Dataset) -> pd.DataFrame:
    return views.region_values(_ds, filters, metric)


def money_spans(ds: data.Dataset, filters: Filters) -> pd.DataFrame:
    """views.money_spans, cached per (dataset, filters)."""
    return _money_spans(dataset_key(ds), filters, ds)


def region_values(ds: data.Dataset, filters: Filters, metric: str) -> pd.DataFrame:
    """views.region_values, cached per (dataset, filters, metric)."""
    return _region_values(dataset_key(ds), filters, metric, ds)


def kpis(ds: data.Dataset, filters: Filters) -> dict[str, Aggregate]:
    """views.kpis, cached per (dataset, filters)."""
    return _kpis(dataset_key(ds), filters, ds)


@st.cache_data(show_spinner=False, max_entries=64)
def _kpi_texts(key: str, filters: Filters, lang: str,  # noqa: ARG001 - key busts the cache
               _ds: data.Dataset) -> dict[str, tuple[str, list[str]]]:
    return {metric: (views.kpi_caption(result, lang), views.kpi_notes(result, metric, lang))
            for metric, result in kpis(_ds, filters).items()}


def kpi_texts(ds: data.Dataset, filters: Filters, lang: str) -> dict[str, tuple[str, list[str]]]:
    """metric → (views.kpi_caption, views.kpi_notes) of each card, per (dataset, filters,
    language): with 40 visitors at once, re-deriving the caveats (dates parsed, rows
    counted) on every visit was a third of each visit's CPU."""
    return _kpi_texts(dataset_key(ds), filters, lang, ds)


def year_totals(ds: data.Dataset, filters: Filters, metric: str) -> pd.DataFrame:
    """views.year_totals, cached per (dataset, region, campaign, metric)."""
    return _year_totals(dataset_key(ds), _all_years(filters), metric, ds)


@st.cache_resource(show_spinner=False, max_entries=16)
def _evidence_view(key: str, filters: Filters, lang: str, rows: int,  # noqa: ARG001
                   _ds: data.Dataset, query: str = "") -> tuple[pd.DataFrame, pd.DataFrame, int]:
    listed, total = views.evidence_listing(_ds, filters, rows, query)
    return listed, views.evidence_table(listed, lang), total


def evidence_view(ds: data.Dataset, filters: Filters, lang: str, query: str = ""
                  ) -> tuple[pd.DataFrame, pd.DataFrame, int]:
    """(the facts the evidence table lists, that table, how many facts the view has),
    kept per (dataset, filters, language, search) and shared (pages only read them)."""
    return _evidence_view(dataset_key(ds), filters, lang, views.EVIDENCE_ROWS, ds,
                          views.search_text(query))


@st.cache_data(show_spinner=False, max_entries=32)
def _document_texts(key: str, doc_id: str) -> tuple[str, str]:  # noqa: ARG001 - key busts it
    return data.document_texts(doc_id, data.cache_dir())


def document_texts(ds: data.Dataset, doc_id: str) -> tuple[str, str]:
    """(original_text, clean_text) of one bulletin: from the dataset when it holds them
    (a dataset built in memory), else read from the cache on demand."""
    row = ds.documents.loc[ds.documents["doc_id"] == doc_id]
    if len(row) and isinstance(row["original_text"].iloc[0], str):
        return row["original_text"].iloc[0], row["clean_text"].iloc[0] or ""
    return _document_texts(dataset_key(ds), doc_id)


@st.cache_resource(show_spinner=False, max_entries=16)
def _map_view(key: str, filters: Filters, metric: str, lang: str,  # noqa: ARG001
              _ds: data.Dataset) -> views.MapView:
    return views.map_view(_ds, filters, metric, lang)


def map_view(ds: data.Dataset, filters: Filters, metric: str, lang: str) -> views.MapView:
    """views.map_view, kept per (dataset, filters, metric, language) and shared, not copied
    (a figure is ~1 MB): a rerun or a return to a view redraws without recomputing."""
    return _map_view(dataset_key(ds), filters, metric, lang, ds)


# Charts kept whole and shared (figures.served: their dict is built once): building the
# nationwide money trend's traces cost ~0.1-0.3 s a run, before its chart could be sent.
@st.cache_resource(show_spinner=False, max_entries=32)
def _money_trend_figure(key: str, filters: Filters, lang: str,  # noqa: ARG001
                        regions: tuple[str, ...] | None, _ds: data.Dataset):
    spans = views.trend_spans(money_spans(_ds, filters), regions)
    return figures.served(figures.money_trend(spans, lang=lang))


def money_trend_figure(ds: data.Dataset, filters: Filters, lang: str,
                       regions: tuple[str, ...] | None = None):
    """figures.money_trend of money_spans (not empty), only ``regions``' spans when given
    (views.trend_regions' names); kept per (dataset, filters, language, regions)."""
    return _money_trend_figure(dataset_key(ds), filters, lang, regions, ds)


def default_money_trend(ds: data.Dataset, filters: Filters):
    """The money trend as the page first draws it (views.trend_default's regions), for the
    warm-ups: the same cache entry the page's first run asks for."""
    regions = views.trend_default(views.trend_regions(money_spans(ds, filters)),
                                  figures.TREND_REGIONS)
    return money_trend_figure(ds, filters, filters.lang, regions)


@st.cache_resource(show_spinner=False, max_entries=64)
def _region_figure(key: str, filters: Filters, metric: str, lang: str,  # noqa: ARG001
                   _ds: data.Dataset):
    return figures.served(figures.region_comparison(
        region_values(_ds, filters, metric), metric_label=i18n.metric_label(metric, lang),
        lang=lang, metric=metric))


def region_figure(ds: data.Dataset, filters: Filters, metric: str, lang: str):
    """figures.region_comparison of region_values (not empty), kept per view."""
    return _region_figure(dataset_key(ds), filters, metric, lang, ds)


@st.cache_resource(show_spinner=False, max_entries=16)
def _campaign_timeline(key: str, filters: Filters, lang: str, today: str,  # noqa: ARG001 - keys bust it
                       _ds: data.Dataset):
    found, reports = views.campaign_summary_in_view(_ds, filters)
    if found.empty:
        return None
    return figures.served(figures.campaign_timeline(found, reports, lang=lang,
                                                    today=date.fromisoformat(today),
                                                    window=views.window_bounds(_ds, filters)))


def campaign_timeline(ds: data.Dataset, filters: Filters, lang: str):
    """figures.campaign_timeline of views.campaign_summary_in_view (None when no campaign
    falls in the view), kept per dataset, view, language and day (open-ended operations
    run to today)."""
    return _campaign_timeline(dataset_key(ds), filters, lang, date.today().isoformat(), ds)


class CampaignView(NamedTuple):
    """What the campaigns page shows for one campaign, built once per view."""
    detail: views.CampaignDetail
    facts_table: pd.DataFrame  # views.facts_table of detail.facts
    years_table: pd.DataFrame  # views.campaign_year_table of detail.years
    sources_table: pd.DataFrame  # views.campaign_sources_table of detail.documents


# Kept whole and shared: at 10k the busiest campaign lists ~2,800 figures, whose detail and
# readable table cost ~0.2 s a run (measured with bench/dashboard.py), redone on every rerun.
# No window changes them (views.campaign_history), so they are kept per region, not per
# window: choosing another year rebuilds only the totals.
@st.cache_resource(show_spinner=False, max_entries=32)
def _campaign_history(key: str, name: str, filters: Filters, lang: str,  # noqa: ARG001
                      _ds: data.Dataset) -> CampaignView:
    history = views.campaign_history(_ds, name, filters)
    return CampaignView(history, views.facts_table(history.facts, lang),
                        views.campaign_year_table(history.years, lang),
                        views.campaign_sources_table(history.documents, lang))


@st.cache_resource(show_spinner=False, max_entries=32)
def _campaign_totals(key: str, name: str, filters: Filters,  # noqa: ARG001
                     _ds: data.Dataset) -> dict[str, Aggregate]:
    return views.campaign_totals(_ds, name, filters)


def campaign_view(ds: data.Dataset, name: str, filters: Filters, lang: str) -> CampaignView:
    """views.campaign_detail of ``name`` and its display tables, kept per (dataset, campaign,
    filters, language); pages only read them."""
    key = dataset_key(ds)
    view = _campaign_history(key, name, _all_years(filters), lang, ds)
    totals = _campaign_totals(key, name, replace(filters, metric=None, lang=i18n.DEFAULT_LANG), ds)
    return view._replace(detail=replace(view.detail, totals=totals))


def default_campaign(ds: data.Dataset, filters: Filters) -> str | None:
    """views.default_campaign over every campaign of the dataset (None when it has none)."""
    names, _ = views.campaign_summary(ds)
    return views.default_campaign(ds, filters, names["name"].tolist())


def window_of(ds: data.Dataset, filters: Filters) -> windows.Window | None:
    return views.window_of(ds, filters)


# ---------------------------------------------------------------- warm-up

WARMUP_ENV = "FRAUD_WARMUP"  # "0" turns it off (bench/dashboard.py's per-page cold timing)


def _warm(ds: data.Dataset, filters: Filters) -> None:
    """The other pages' results for these filters, heaviest first (the map's figure, the
    money page's charts, the evidence list, the campaigns' timeline and default campaign)."""
    metric = filters.metric_or_default
    money_metric = filters.metric if filters.metric in views.TREND_METRICS else "money_frozen"
    steps = (lambda: map_view(ds, filters, metric, filters.lang),
             lambda: money_spans(ds, filters).empty or default_money_trend(ds, filters),
             lambda: region_values(ds, filters, money_metric).empty
             or region_figure(ds, filters, money_metric, filters.lang),
             lambda: evidence_view(ds, filters, filters.lang),
             lambda: campaign_timeline(ds, filters, filters.lang),
             lambda: (name := default_campaign(ds, filters)) is None
             or campaign_view(ds, name, filters, filters.lang))
    try:
        for step in steps:
            step()
    except Exception:  # noqa: BLE001 - a warm-up only: the page computes it again if needed
        logging.getLogger("dashboard").warning("warm-up stopped", exc_info=True)


@st.cache_resource(show_spinner=False, max_entries=4)
def _warming(key: str, filters: Filters,  # noqa: ARG001 - key busts the cache
             _ds: data.Dataset) -> threading.Thread:
    from streamlit.runtime.scriptrunner import add_script_run_ctx, get_script_run_ctx

    thread = threading.Thread(target=_warm, args=(_ds, filters), name="dashboard-warmup",
                              daemon=True)
    add_script_run_ctx(thread, get_script_run_ctx())
    thread.start()
    return thread


def warm_pages(ds: data.Dataset, filters: Filters | None) -> None:
    """Once per dataset and filters, after a page is drawn: build the other pages' results
    in a background thread, so the first visit to the map (or money, evidence, campaigns)
    finds them cached instead of paying the cold build. Results are the same cached calls
    the pages make, so nothing shown changes."""
    if filters is None or os.environ.get(WARMUP_ENV, "1") == "0":
        return
    _warming(dataset_key(ds), filters, ds)


# ---------------------------------------------------------------- internal edition

@st.cache_resource(show_spinner=False, max_entries=1)
def _parsed_facts(cache_dir: str, cache_key: str) -> pd.DataFrame:  # noqa: ARG001 - key
    from parsers.cache import load_tables

    return load_tables(Path(cache_dir))[1]


def get_parsed_facts() -> pd.DataFrame:
    """The facts as parsed, before any correction (shared, read-only): the 更正 page lists
    rejected facts too, and add_correction checks a correction against the parsed row.
    Cached until the cache key changes, like get_dataset()."""
    cache = data.ensure_cache(data.cache_dir())
    return _parsed_facts(str(cache), data.current_cache_key(cache))
