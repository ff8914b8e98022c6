"""What each page shows, as pure functions of (Dataset, Filters) → frames.

Pages only lay out widgets; everything they display is computed here (and tested without
Streamlit). All totals go through dashboard.aggregate, so nothing is double-counted.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import NamedTuple

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from dashboard import corrections, exports, figures, geo, i18n, screen, tables, windows
from dashboard.aggregate import (REASON_CASE, REASON_PART, REASON_UNDATED, Aggregate,
                                 Resolution, base_reasons, by_region, covers_window,
                                 parts_total, region_adcodes, region_root, resolve, summary,
                                 to_aggregate)
from dashboard.data import Dataset, region_label, with_positions, with_sentences
from dashboard.briefing_export import briefing_filename, build_briefing_html
from dashboard.filters import Filters, apply_filters, filter_mask, window_mask
from dashboard.safe_html import highlight_evidence
from parsers import lexicon
from parsers.records import METRICS

# Which metrics are overview cards and money-trend lines: read from the one metric table.
EVIDENCE_ROWS = 2000  # rows the evidence table lists; the downloads carry the whole view
KPI_METRICS: tuple[str, ...] = lexicon.KPI_METRICS
TREND_METRICS: tuple[str, ...] = lexicon.TREND_METRICS
# What a KPI's basis and left-out lists show (facts_table, briefing); the long sentence and
# offsets stay in the dataset for the evidence page.
KPI_COLUMNS: list[str] = [
    "fact_id", "doc_id", "metric", "value", "qualifier", "province", "city", "county",
    "period_start", "period_end", "campaign", "scope", "unit_kind", "evidence", "doc_title",
    "published", "published_from", "corrected", "correction_note",
]
MISSING_SHOWN = 8  # regions named in "no figure for this window"; the rest are counted


# ---------------------------------------------------------------- windows and resolutions

def default_window(ds: Dataset) -> windows.Window | None:
    """The latest calendar year with a countable figure (None when nothing is dated)."""
    return ds.memo(("latest_year",), lambda: windows.latest_year(_countable_spans(ds)))


def window_of(ds: Dataset, filters: Filters) -> windows.Window | None:
    """The one window every total of this view covers: the filters' from/to (named as a
    year, half or quarter when it is one), else the default (latest year with data)."""
    if filters.start is None and filters.end is None:
        return default_window(ds)
    return windows.from_bounds(filters.start, filters.end)


def window_bounds(ds: Dataset, filters: Filters) -> tuple:
    window = window_of(ds, filters)
    return window.bounds if window else (None, None)


def _countable_spans(ds: Dataset) -> pd.DataFrame:
    """windows.available's input from the narrow table (dates already parsed)."""
    def compute() -> pd.DataFrame:
        narrow = ds.narrow  # (the figures a total can use: windows.countable_spans)
        rows = narrow[narrow["dated"] & ~narrow["case"] & ~narrow["part"] & ~narrow["unresolved"]]
        spans = pd.DataFrame({"start": rows["start"].to_numpy().astype("datetime64[D]"),
                              "end": rows["end"].to_numpy().astype("datetime64[D]")})
        return spans.drop_duplicates().assign(
            period_start=lambda f: f["start"], period_end=lambda f: f["end"],
            scope="jurisdiction")[["period_start", "period_end", "scope"]]
    return ds.memo(("countable_spans",), compute)


def window_options(ds: Dataset, kind: windows.Kind) -> list[windows.Window]:
    """Windows of one kind with data, newest first (the sidebar's choices)."""
    return ds.memo(("windows", kind), lambda: windows.available(_countable_spans(ds), kind))


def metric_rows(ds: Dataset, metric: str, campaign: str | None = None):
    """The narrow rows of one metric (and campaign), computed once per dataset."""
    def compute():
        positions = ds.memo(("metric_positions",), lambda: {
            str(m): p for m, p in ds.narrow.groupby("metric", sort=False).indices.items()})
        rows = ds.narrow.iloc[positions.get(metric, [])]
        if campaign:
            rows = rows[rows["campaign"] == campaign]
        return rows.reset_index(drop=True)
    return ds.memo(("rows", metric, campaign), compute)


def resolution(ds: Dataset, metric: str, bounds: tuple, campaign: str | None = None
               ) -> Resolution:
    """Every region's total of `metric` for one window (and campaign), once per dataset."""
    def compute() -> Resolution:
        rows = metric_rows(ds, metric, campaign)
        base = ds.memo(("base_reasons", metric, campaign), lambda: base_reasons(rows))
        return resolve(rows, tuple(bounds), base)
    return ds.memo(("resolution", metric, tuple(bounds), campaign), compute)


def _adcodes(ds: Dataset, level: str) -> dict:
    return ds.memo(("adcodes", level), lambda: region_adcodes(ds.narrow, level))


# ---------------------------------------------------------------- overview

def scoped_facts(ds: Dataset, filters: Filters) -> pd.DataFrame:
    """Region and campaign applied; metric and window are left to aggregate(). Kept per
    (region, campaign) on the dataset: the campaigns page, its picker, the ticker and the
    latest bulletins ask for the same rows (a pass over every fact each, ~0.03 s at 10k);
    callers only read them."""
    return ds.memo(("scoped_facts", filters.province, filters.city, filters.campaign),
                   lambda: apply_filters(ds.facts, filters, metric=False, window=False))


def ticker_items(ds: Dataset, filters: Filters, lang: str) -> list[screen.TickerItem]:
    """ticker(...)'s items."""
    return ticker(ds, filters, lang)[0]


def ticker(ds: Dataset, filters: Filters, lang: str) -> tuple[list[screen.TickerItem], str]:
    """The wall's ticker (screen.ticker_items) and where its items come from (screen.
    TICKER_*): the latest campaign results reported in the window for its region and
    campaign (TICKER_WINDOW); when the window has none, that region's and campaign's latest
    (TICKER_LATEST); when they have none at all, the nation's (TICKER_NATIONWIDE) — so the
    ticker is never blank, a wall on 2011's first quarter does not scroll 2021's news as its
    latest, and a wall on one county does not scroll another province's news as its own (the
    strip's title says which: newcomer reviews). The window is the one the header names: with
    none in the link, the default one (window_bounds). A wall on one campaign scrolls that
    campaign only, not the other campaigns its bulletins mention."""
    facts = scoped_facts(ds, filters)
    campaigns = ds.campaigns
    if filters.campaign:
        campaigns = campaigns[campaigns["name"] == filters.campaign]
    if filters.province or filters.campaign:
        campaigns = campaigns[campaigns["doc_id"].isin(facts["doc_id"])]
    # the window the wall's header names: the sidebar's, else the default (the latest year)
    start, end = window_bounds(ds, filters)
    windowed = start is not None or end is not None
    if windowed:
        lo = start.isoformat() if start else ""
        hi = end.isoformat() if end else "9999"

        def reported_in(frame: pd.DataFrame) -> pd.DataFrame:
            published = frame["published"].fillna("")
            return frame[(published >= lo) & (published <= hi)]
        items = screen.ticker_items(reported_in(facts), reported_in(campaigns), lang)
        if items:
            return items, screen.TICKER_WINDOW
    items = screen.ticker_items(facts, campaigns, lang)
    if items:
        return items, screen.TICKER_LATEST if windowed else screen.TICKER_WINDOW
    scoped = bool(filters.province or filters.campaign)
    return (screen.ticker_items(ds.facts, ds.campaigns, lang),
            screen.TICKER_NATIONWIDE if scoped else screen.TICKER_LATEST if windowed
            else screen.TICKER_WINDOW)


def kpi(ds: Dataset, filters: Filters, metric: str) -> Aggregate:
    """The headline total of `metric` for the filters' region, campaign and window."""
    res = resolution(ds, metric, window_bounds(ds, filters), filters.campaign)
    # Other windows' figures are counted, not carried: a nationwide total would otherwise
    # hold every other year's rows (tens of MB per page result at 10k bulletins).
    return to_aggregate(res, region_root(filters.province, filters.city), ds.facts,
                        keep_outside=False, columns=KPI_COLUMNS)


def overview_metrics(filters: Filters) -> tuple[str, ...]:
    """The overview's (and the briefing's) cards: the headline metrics, then the sidebar's
    指标 when it is none of them (?metric=cases_filed showed no 立案 anywhere on the
    overview: newcomer review)."""
    if filters.metric and filters.metric not in KPI_METRICS:
        return (*KPI_METRICS, filters.metric)
    return KPI_METRICS


def kpis(ds: Dataset, filters: Filters,
         metrics: tuple[str, ...] | None = None) -> dict[str, Aggregate]:
    """metric → its headline total (kpi) for ``metrics``, by default overview_metrics."""
    return {metric: kpi(ds, filters, metric)
            for metric in (overview_metrics(filters) if metrics is None else metrics)}


def _child_level(filters: Filters) -> str:
    if filters.city and filters.city != filters.province:
        return "county"
    return "city" if filters.province else "province"


def year_totals(ds: Dataset, filters: Filters, metric: str) -> pd.DataFrame:
    """Region × year: the chosen region (全国 / province / city) and its sub-regions one
    level down, each year its own window (so the trend shows where one sum cannot).

    The rule (issue 8): never double-count, never mix periods. Each cell is the total of one
    calendar-year window, built like any total (aggregate's steps 1–7): a figure counts in a
    year only when its whole period lies inside that year, so a multi-year cumulative figure
    (2015-11 … 2018-11) counts in none of the years it touches, a figure with no period
    never enters a cell, and copies of one claim count once. Several bulletins giving the
    same region's figure for the same year are one claim resolved to one number; equal
    numbers in every year mean the data says so, not that a figure was carried across years.

    Long form: region, is_scope (the chosen region itself), year, value, qualifier,
    n_sources, basis, whole (aggregate.covers_window: its figures cover the whole year),
    parts_larger (the chosen region's own figure is below what its sub-regions add up to, as
    a card's parts_caption says; newcomer review 12: 全国 2021 1.5万 between 25.6万 and 46.4万
    read as a collapse). A region/year with no countable figure has no row."""
    root = region_root(filters.province, filters.city)
    level = _child_level(filters)
    scope_name = root[-1] if root else i18n.t("nationwide", filters.lang)
    records = []
    for window in sorted(window_options(ds, "year"), key=lambda w: w.start):
        res = resolution(ds, metric, window.bounds, filters.campaign)
        total = summary(res, root)
        if total is not None:
            parts = parts_total(res, root) if total["basis"] != "sum_of_parts" else None
            records.append({"region": scope_name, "is_scope": True,
                            "year": window.start.year, **total,
                            "whole": covers_window(res, root),
                            "parts_larger": parts is not None and parts > total["value"]})
        for row in by_region(res, level, within=root, adcodes={}).itertuples():
            records.append({"region": row.region, "is_scope": False,
                            "year": window.start.year, "value": row.value,
                            "qualifier": row.qualifier, "n_sources": row.n_sources,
                            "basis": row.basis,
                            "whole": covers_window(res, region_root(row.province, row.city,
                                                                    row.county)),
                            "parts_larger": False})
    return pd.DataFrame(records, columns=["region", "is_scope", "year", "value", "qualifier",
                                          "n_sources", "basis", "whole", "parts_larger"])


PART_YEAR = " *"  # after a year-table cell whose figures do not cover the whole year
PARTS_LARGER = " †"  # after a scope cell whose sub-regions add up to more than it


def has_parts_larger(table: pd.DataFrame) -> bool:
    """Whether a year table marks any cell PARTS_LARGER (i18n parts_larger_mark says why)."""
    return any(isinstance(cell, str) and PARTS_LARGER in cell
               for cell in table.iloc[:, 1:].to_numpy().ravel())


def has_part_year(table: pd.DataFrame) -> bool:
    """Whether a year table (year_table, campaign_year_table) marks any cell PART_YEAR:
    the page then says what the mark means (i18n part_year)."""
    return any(isinstance(cell, str) and cell.endswith(PART_YEAR)
               for cell in table.iloc[:, 1:].to_numpy().ravel())


def year_table(totals: pd.DataFrame, metric: str, lang: str) -> pd.DataFrame:
    """year_totals as a display table: one row per region (the scope first), one column per
    year, newest first (with fifteen years the latest ones were off the right edge, the
    English amounts being wider: newcomer review), formatted amounts, — where a region has
    no figure for that year, PART_YEAR after an amount whose figures do not cover the whole
    year (i18n part_year says so under the table)."""
    if totals.empty:
        return pd.DataFrame(columns=[i18n.t("region", lang)])
    larger = totals["parts_larger"] if "parts_larger" in totals else [False] * len(totals)
    cells = totals.assign(text=[i18n.format_amount(v, metric, q, lang) + ("" if whole else PART_YEAR)
                                + (PARTS_LARGER if more else "")
                                for v, q, whole, more in zip(totals["value"], totals["qualifier"],
                                                             totals["whole"], larger)])
    order = list(dict.fromkeys(
        cells.sort_values(["is_scope", "region"], ascending=[False, True])["region"]))
    return tables.cross_table(cells, "region", "year", "text", order, i18n.t("region", lang),
                              newest_first=True)


def latest_documents(ds: Dataset, filters: Filters, window: windows.Window | None = None,
                     n: int = 10) -> pd.DataFrame:
    """Newest bulletins with at least one fact in the current region/campaign scope (all
    bulletins when no region or campaign is chosen). With a ``window``, the window's own:
    published inside it (a 2016 view listed 2026 bulletins first: newcomer review 12), or
    reporting a figure whose period lies inside it (a year's report comes out the next
    January: a 2025 card rested on a bulletin the 2025 list left out, newcomer review 13);
    bulletins with neither stay out. Columns: published, published_from, title, source,
    n_facts, doc_id."""
    bounds = window.bounds if window is not None else None
    return ds.memo(("latest_documents", filters.province, filters.city, filters.campaign, bounds, n),
                   lambda: _latest_documents(ds, filters, bounds, n))


def _latest_documents(ds: Dataset, filters: Filters, bounds, n: int) -> pd.DataFrame:
    # the few columns first, so neither filtering nor sorting copies every bulletin's text
    docs = ds.documents[["published", "published_from", "title", "source", "n_facts", "doc_id",
                         "published_date"]]
    scoped = scoped_facts(ds, filters) if filters.province or filters.campaign else ds.facts
    if bounds is not None:
        lo, hi = pd.Timestamp(bounds[0]), pd.Timestamp(bounds[1])
        day = docs["published_date"]
        about = scoped.loc[(scoped["start_date"] >= lo) & (scoped["end_date"] <= hi), "doc_id"]
        docs = docs[((day >= lo) & (day <= hi)) | docs["doc_id"].isin(about.unique())]
    if filters.province or filters.campaign:
        # (unique(): Arrow's own pass; a Python set of every fact's doc_id cost ~0.01 s more)
        docs = docs[docs["doc_id"].isin(scoped["doc_id"].unique())]
    docs = docs.sort_values("published_date", ascending=False, na_position="last")
    return one_per_bulletin(docs)[["published", "published_from", "title", "source", "n_facts",
                                   "doc_id"]].head(n)


def one_per_bulletin(docs: pd.DataFrame) -> pd.DataFrame:
    """``docs`` with reprints left out: a row whose (published, title) an earlier row has
    — the same bulletin carried by another outlet or page — is dropped (the first kept).
    Untitled rows all stay (nothing says they are one bulletin). Newcomer review: the
    latest bulletins listed one reprinted title ten times."""
    titled = docs["title"].fillna("").astype(str).str.strip().ne("").to_numpy()
    again = docs.duplicated(["published", "title"]).to_numpy()
    return docs[~(titled & again)]


# ---------------------------------------------------------------- fact tables

def _text_list(facts: pd.DataFrame, column: str) -> list[str]:
    values = facts[column] if column in facts else [None] * len(facts)
    return [v if isinstance(v, str) else "" for v in values]


def published_texts(frame: pd.DataFrame, lang: str) -> list[str]:
    """Each row's publication day, marked when it comes from the page's address, not its
    text (data.published_from_address)."""
    mark = i18n.t("published_from_address", lang)
    origin = frame["published_from"] if "published_from" in frame else [None] * len(frame)
    return [f"{p}{mark}" if p and o == "address" else p
            for p, o in zip(_text_list(frame, "published"), origin)]


def facts_table(facts: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Readable columns for st.dataframe (exact value kept beside the formatted one)."""
    from parsers.cleaning import without_pinyin_ruby  # (OpenCC: loaded when a table is shown)

    t = lambda key: i18n.t(key, lang)  # noqa: E731
    out = pd.DataFrame({
        t("region"): [region_label(p, c, k, lang, n) for p, c, k, n in
                      zip(facts["province"], facts["city"], facts["county"],
                          facts["nationwide"] if "nationwide" in facts else [None] * len(facts))],
        t("metric"): [i18n.metric_label(m, lang) for m in facts["metric"]],
        t("value"): [i18n.format_amount(v, m, q, lang) for v, m, q in
                     zip(facts["value"], facts["metric"], facts["qualifier"])],
        t("exact_value"): facts["value"].astype(float).tolist(),
        t("period"): [i18n.format_period(s, e, lang) for s, e in
                      zip(facts["period_start"], facts["period_end"])],
        t("campaign"): [c if isinstance(c, str) else "" for c in facts["campaign"]],
        t("scope"): [i18n.t(f"scope_{s}", lang) if s in ("case", "part", "jurisdiction") else s
                     for s in facts["scope"].fillna("jurisdiction")],
        # shown without a mirror's pinyin ruby (偵破電信網(wǎng)絡(luò)詐騙: newcomer review 12); the
        # exports keep the span as scraped
        t("evidence"): [without_pinyin_ruby(e) if isinstance(e, str) else e for e in facts["evidence"]],
        t("source"): _text_list(facts, "doc_title"),
        t("published"): published_texts(facts, lang),
    }, index=facts.index)
    if "reason" in facts:
        out[t("reason")] = [i18n.reason_label(r, lang) for r in facts["reason"]]
    # the quoted words and their bulletin right after the amount: they are what a reader
    # checks, and on a 1366-px screen they started off the right edge (newcomer review)
    first = [t(key) for key in ("region", "metric", "value", "evidence", "source")]
    return out[first + [c for c in out.columns if c not in first]].reset_index(drop=True)


def kpi_caption(result: Aggregate, lang: str) -> str:
    """'依据 2 个地区、3 篇通报 · 统计期 … · 由下级地区数字相加' ('依据 3 篇通报 · …' when the
    region's own figures alone make the total)."""
    if result.value is None:
        # a metric bulletins give per case (涉案金额, 被骗金额) has cards with no total: say
        # why, rather than leave an empty card (newcomer review 11)
        n_cases = _n_reason(result, (REASON_CASE, REASON_PART))
        return i18n.t("kpi_only_cases", lang, n=n_cases) if n_cases else i18n.t("kpi_no_value", lang)
    # (the region's own figures alone: "依据 1 个地区" under 全国 told nothing, so only the bulletins)
    own = result.basis == "reported" and result.n_regions <= 1
    parts = [i18n.t("kpi_sources", lang, n=result.n_sources) if own
             else i18n.t("kpi_basis", lang, regions=result.n_regions, n=result.n_sources)]
    if result.period_start or result.period_end:
        period = i18n.format_period(result.period_start, result.period_end, lang)
        parts.append(i18n.t("kpi_period", lang, period=period))
    if result.basis in ("sum_of_parts", "mixed"):
        parts.append(i18n.t(f"basis_{result.basis}", lang))
    return " · ".join(parts)


def _n_reason(result: Aggregate, reasons: tuple[str, ...]) -> int:
    if result.excluded.empty or "reason" not in result.excluded:
        return 0
    return int(np.isin(result.excluded["reason"].to_numpy(dtype=object), reasons).sum())


def missing_caption(result: Aggregate, lang: str, shown: int = MISSING_SHOWN) -> str:
    """'本时段无数字：湖南省、江西省 等 12 个地区' ('' when every sub-region has one)."""
    names = list(result.missing_regions)
    if not names:
        return ""
    text = "、".join(names[:shown]) if lang != "en" else ", ".join(names[:shown])
    if len(names) > shown:
        text += " " + i18n.t("kpi_missing_more", lang, n=len(names))
    return i18n.t("kpi_missing", lang, names=text)


# A region's own figure under 1/100 of what its sub-regions add up to is told as worth
# checking in the source: the nation's 紧急止付 2170.7万 beside 86亿 from its provinces was
# most likely a 万 for 亿 in the source text, and a journalist would have quoted it.
DOUBTFUL_PARTS_RATIO = 100


def parts_caption(result: Aggregate, metric: str, lang: str) -> str:
    """'下级地区合计 6.66万人，大于本级数字…' ('' unless the sub-regions add up to more);
    when they add up to DOUBTFUL_PARTS_RATIO times the figure or more, it also says to
    check the figure against its source before quoting it."""
    if result.parts_value is None:
        return ""
    text = i18n.t("kpi_parts_larger", lang,
                  value=i18n.format_amount(result.parts_value, metric, "exact", lang))
    if result.value and result.parts_value >= DOUBTFUL_PARTS_RATIO * result.value:
        text += ("；" if lang == "zh" else "; ") + i18n.t("kpi_parts_doubtful", lang)
    return text


def undated_caption(result: Aggregate, lang: str) -> str:
    """'时段不明 2 条，未计入' ('' when there are none). Figures whose bulletin has no known
    publication day either are listed beside every window (aggregate step 3): the caption
    says how many, rather than claim they were published in this one."""
    n = result.n_undated
    if not n:
        return ""
    # counted on the columns, not on a frame of the rows (a frame per card per visit)
    excluded = result.excluded
    m = int(np.count_nonzero((excluded["reason"].to_numpy() == REASON_UNDATED)
                             & excluded["published"].isna().to_numpy())) \
        if "published" in excluded else 0
    return i18n.t("kpi_undated_unpublished", lang, n=n, m=m) if m else i18n.t("kpi_undated", lang, n=n)


def _duration(days: int, lang: str) -> str:
    months = round(days / 30.44)
    return i18n.t("duration_months", lang, n=months) if days >= 28 else i18n.t("duration_days", lang, n=days)


def coverage_caption(result: Aggregate, lang: str) -> str:
    """How much of the window the figures used cover, when it is not all of it: '所用数字的
    统计期长短不一（3天至12个月）…' for figures of different lengths (a 1–6月 province beside a
    December city), '所用数字只覆盖 2025-01-01 – 2025-06-30…' for one shorter period; '' when
    every figure covers the whole window (or there is no window or no value)."""
    lo, hi = result.window
    if result.value is None or result.facts.empty or lo is None or hi is None:
        return ""
    start = pd.to_datetime(result.facts["period_start"], errors="coerce")
    end = pd.to_datetime(result.facts["period_end"], errors="coerce")
    if start.isna().any() or end.isna().any():
        return ""
    spans = sorted(set(zip(start.dt.date, end.dt.date)))
    notes = []
    if (hi - lo).days >= 366:
        # a custom range over several years adds each year's figures: say so, and where the
        # per-year figures are
        notes.append(i18n.t("kpi_multi_year", lang))
    days = [(e - s).days + 1 for s, e in spans]
    if len(spans) == 1 and spans[0] != (lo, hi):
        notes.append(i18n.t("kpi_coverage_one", lang, period=i18n.format_period(
            spans[0][0].isoformat(), spans[0][1].isoformat(), lang)))
    elif min(days) != max(days):
        notes.append(i18n.t("kpi_coverage", lang, shortest=_duration(min(days), lang),
                            longest=_duration(max(days), lang)))
    return "；".join(notes) if lang == "zh" else "; ".join(notes)


def comparison_caption(values: pd.DataFrame, lang: str, chart: str = "bars") -> str:
    """Under a bar per region (region_values) or a map's colours (chart="map"): '各地区数字
    的统计期长短不一（1个月至12个月），柱长不能直接相比' when the regions' totals cover periods
    of different lengths (河北's January–April beside 黑龙江's one month); '' when they are
    alike or unknown. Raises KeyError for another chart."""
    key = {"bars": "compare_coverage", "map": "map_coverage"}[chart]
    if values.empty or "period_start" not in values:
        return ""
    start = pd.to_datetime(values["period_start"], errors="coerce")
    end = pd.to_datetime(values["period_end"], errors="coerce")
    days = [(e - s).days + 1 for s, e in zip(start, end) if pd.notna(s) and pd.notna(e)]
    if len(days) < 2:
        return ""
    shortest, longest = _duration(min(days), lang), _duration(max(days), lang)
    if shortest == longest:  # 365 and 366 days are both 12个月: no difference to tell
        return ""
    return i18n.t(key, lang, shortest=shortest, longest=longest)


def kpi_notes(result: Aggregate, metric: str, lang: str) -> list[str]:
    """The caveats a total carries wherever it is shown (the overview's cards, the
    briefing), in this order: the sub-regions adding up to more (its own figure covers only
    part), how much of the window the figures cover, the 时段不明 figures left out, the
    sub-regions with no figure in the window.
    Plain text (region names come from the data): st.text or escaped HTML only."""
    lines = (parts_caption(result, metric, lang), coverage_caption(result, lang),
             undated_caption(result, lang), missing_caption(result, lang))
    return [line for line in lines if line]


def basis_sum(result: Aggregate, lang: str) -> str:
    """'5241 + 585 = 5826': the basis list adds up to the value shown (exact figures)."""
    if result.value is None:
        return ""
    parts = " + ".join(i18n.format_exact(v) for v in result.facts["value"])
    return f"{parts} = {i18n.format_exact(result.value)}"


# ---------------------------------------------------------------- map

def map_values(ds: Dataset, filters: Filters, metric: str) -> pd.DataFrame:
    """Province values for the choropleth (columns as figures.province_choropleth wants).
    Every province is totalled for the view's window, whatever region is chosen."""
    res = resolution(ds, metric, window_bounds(ds, filters), filters.campaign)
    by_province = by_region(res, "province", adcodes=_adcodes(ds, "province"))
    return by_province.rename(columns={"region": "name"}).assign(
        province=lambda f: f["name"])[
        ["province", "adcode", "value", "qualifier", "period_start", "period_end",
         "n_sources", "fact_ids", "basis"]]


def map_bubbles(ds: Dataset, filters: Filters, metric: str,
                province: str | None) -> pd.DataFrame:
    """City bubbles (and county bubbles inside the chosen province)."""
    res = resolution(ds, metric, window_bounds(ds, filters), filters.campaign)
    within = (province,) if province else ()
    levels = ("city", "county") if province else ("city",)
    frames = [by_region(res, level, within=within, adcodes=_adcodes(ds, level))
              .assign(level=level) for level in levels]
    bubbles = with_positions(pd.concat(frames, ignore_index=True).rename(
        columns={"region": "name"}))
    return bubbles[["name", "level", "adcode", "lon", "lat", "value", "qualifier",
                    "period_start", "period_end", "n_sources", "province", "city", "county"]]


# ---------------------------------------------------------------- money

SPAN_COLUMNS = ["region", "metric", "value", "qualifier", "period_start", "period_end",
                "fact_id", "doc_id", "evidence"]


def trend_regions(spans: pd.DataFrame) -> list[str]:
    """The regions of money_spans, those with the largest figure first: the money page
    draws the first figures.TREND_REGIONS of them by default, each with its own legend
    entry (newcomer review 12: 20 regions drawn as one colour per metric could not be told
    apart)."""
    if spans.empty:
        return []
    largest = spans.assign(region=_trend_region(spans)).groupby("region", sort=False)["value"].max()
    return list(largest.sort_values(ascending=False, kind="stable").index)


def trend_spans(spans: pd.DataFrame, regions: tuple[str, ...] | None) -> pd.DataFrame:
    """money_spans of ``regions`` (trend_regions' names) only; all of them for None."""
    return spans if regions is None else spans[_trend_region(spans).isin(regions)]


def _trend_region(spans: pd.DataFrame) -> pd.Series:
    return spans["region"].fillna("—")  # a figure with no region is one more line, named —


def trend_default(regions: list[str], most: int) -> tuple[str, ...] | None:
    """The regions the money trend draws before the reader chooses: None (every region,
    no picker) when there are at most ``most``, else the first ``most`` of trend_regions."""
    return None if len(regions) <= most else tuple(regions[:most])


def money_spans(ds: Dataset, filters: Filters,
                metrics: tuple[str, ...] = TREND_METRICS) -> pd.DataFrame:
    """The facts each region's total uses, one span each (so the chart never shows a
    figure twice): the chosen region's own figures (全国's, a province's or a city's: the
    ones its total uses), then its sub-regions' — provinces nationwide, the chosen
    province's cities, the chosen city's counties. All inside the view's one window."""
    root = region_root(filters.province, filters.city)
    level = _child_level(filters)
    bounds = window_bounds(ds, filters)
    frames = []
    for metric in metrics:
        res = resolution(ds, metric, bounds, filters.campaign)
        regions = by_region(res, level, within=root, adcodes={})
        ids = {fid: region for region, fids in zip(regions["region"], regions["fact_ids"])
               for fid in fids}
        # the chosen region's own figures too (a province's or the nation's own totals,
        # which its sub-regions' lines would otherwise leave out of the chart)
        own_name = root[-1] if root else i18n.t("nationwide", filters.lang)
        paths, fact_ids = res.rows["path"].to_numpy(), res.rows["fact_id"].to_numpy()
        for i in res.used.get(root, []):
            if paths[i] == root:
                ids.setdefault(str(fact_ids[i]), own_name)
        used = ds.facts[ds.facts["fact_id"].isin(ids)].drop_duplicates("fact_id")
        frames.append(pd.DataFrame({
            "region": [ids[f] for f in used["fact_id"]], "metric": metric,
            "value": used["value"].to_numpy(), "qualifier": used["qualifier"].to_numpy(),
            "period_start": used["period_start"].to_numpy(),
            "period_end": used["period_end"].to_numpy(), "fact_id": used["fact_id"].to_numpy(),
            "doc_id": used["doc_id"].to_numpy(), "evidence": used["evidence"].to_numpy(),
        }, columns=SPAN_COLUMNS))
    frames = [f for f in frames if len(f)]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=SPAN_COLUMNS)


def region_values(ds: Dataset, filters: Filters, metric: str) -> pd.DataFrame:
    """One total per region (provinces, the chosen province's cities, or the chosen city's
    counties) for the view's window."""
    res = resolution(ds, metric, window_bounds(ds, filters), filters.campaign)
    regions = by_region(res, _child_level(filters),
                        within=region_root(filters.province, filters.city), adcodes={})
    return regions[["region", "value", "qualifier", "n_sources", "period_start",
                    "period_end", "basis"]]


# ---------------------------------------------------------------- campaigns

def campaign_summary(ds: Dataset) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(campaigns: name, kind, start, end, regions, n_facts; reports: name, date, label)."""
    return ds.memo(("campaign_summary",), lambda: _campaign_summary(ds))


def _campaign_summary(ds: Dataset) -> tuple[pd.DataFrame, pd.DataFrame]:
    mentions = ds.campaigns
    if mentions.empty:
        return (pd.DataFrame(columns=["name", "kind", "start", "end", "regions", "n_facts"]),
                pd.DataFrame(columns=["name", "date", "label"]))
    facts = ds.facts.loc[ds.facts["campaign"].notna(), ["campaign", "region_label"]]
    # one grouping pass each, not one scan (or one Python loop) per campaign: at 10k
    # (36 campaigns, 13,924 mentions, 18,149 figures) the per-group loop cost ~0.1 s cold
    labels = {name: "、".join(group) for name, group in
              facts.drop_duplicates().groupby("campaign", sort=False)["region_label"]}
    counts = facts["campaign"].value_counts().to_dict()
    starts = mentions.loc[mentions["start"].notna(), ["name", "start"]].astype({"start": str})
    ends = mentions.loc[mentions["end"].notna(), ["name", "end"]].astype({"end": str})
    first = starts.groupby("name", sort=False)["start"].min().to_dict()
    last = ends.groupby("name", sort=False)["end"].max().to_dict()
    # the commonest kind, the first in sort order on a tie (as Series.mode().iloc[0])
    kinds = mentions.groupby(["name", "kind"], sort=True).size().reset_index(name="n")
    kinds = kinds.sort_values(["n"], ascending=False, kind="stable").drop_duplicates("name")
    kind = dict(zip(kinds["name"], kinds["kind"]))
    rows = [{"name": name, "kind": kind.get(name), "start": first.get(name), "end": last.get(name),
             "regions": labels.get(name, ""), "n_facts": int(counts.get(name, 0))}
            for name in mentions["name"].drop_duplicates()]
    # A report marker sits at the date of the report that names the campaign: a blurb's own
    # dateline, never its host page's (a cache written before `reported` existed falls back
    # to the page date)
    dated = mentions["reported"] if mentions["reported"].notna().any() else mentions["published"]
    reports = mentions.assign(date=dated)[["name", "date", "doc_title"]].rename(
        columns={"doc_title": "label"})
    reports = reports[reports["date"].notna()].drop_duplicates()
    summary = pd.DataFrame(rows).astype(object)
    return summary.where(summary.notna(), None), reports.reset_index(drop=True)


def campaign_summary_in_view(ds: Dataset, filters: Filters) -> tuple[pd.DataFrame, pd.DataFrame]:
    """campaign_summary kept to the view: the campaigns whose span overlaps the window or
    that a report dated inside it names, and — when a region is chosen — that the region's
    bulletins name or tie figures to. The timeline of every campaign ever named (hundreds)
    answers no reader's question; the picker below it still lists them all. Kept per view
    (the page, its picker and the wall ask for it)."""
    bounds = window_bounds(ds, filters)
    return ds.memo(("campaign_summary_in_view", bounds, filters.province, filters.city, filters.campaign),
                   lambda: _campaign_summary_in_view(ds, filters, bounds))


def _campaign_summary_in_view(ds: Dataset, filters: Filters, bounds: tuple
                              ) -> tuple[pd.DataFrame, pd.DataFrame]:
    found, reports = campaign_summary(ds)
    names = ds.memo(("campaigns_in_window", bounds),
                    lambda: frozenset(_campaigns_in_window(found, reports, bounds)))
    if filters.province:
        scoped = scoped_facts(ds, filters)
        # unique() first: Arrow's own pass over the region's facts, not a Python one
        names = names & (set(scoped["campaign"].dropna().unique()) | set(
            ds.campaigns.loc[ds.campaigns["doc_id"].isin(scoped["doc_id"].unique()), "name"]))
    return (found[found["name"].isin(names)].reset_index(drop=True),
            reports[reports["name"].isin(names)].reset_index(drop=True))


def _campaigns_in_window(found: pd.DataFrame, reports: pd.DataFrame, bounds: tuple) -> set[str]:
    """The campaigns whose span overlaps the window or that a report dated inside it names
    (every region's: kept per window, whichever region is chosen after)."""
    lo, hi = (d.isoformat() if d else None for d in bounds)

    def text(value: object) -> str | None:
        return None if value is None or value != value else str(value)[:10]

    def inside(start: str, end: str) -> bool:
        # campaign dates may be a year or a month (2020, 2021-06): compared from their first
        # day and to their last
        first = {4: f"{start}-01-01", 7: f"{start}-01"}.get(len(start), start)
        last = {4: f"{end}-12-31", 7: f"{end}-31"}.get(len(end), end)
        return (hi is None or first <= hi) and (lo is None or last >= lo)
    # a span with no end (a 专案 or an operation never said to be over) is active where it
    # starts; later, only where a report names it
    names = {n for n, s, e in zip(found["name"], found["start"], found["end"])
             if text(s) and inside(text(s), text(e) or text(s))}
    names |= {n for n, d in zip(reports["name"], reports["date"]) if text(d) and inside(text(d), text(d))}
    return names


def busiest_campaign(ds: Dataset, filters: Filters, names: list[str]) -> str | None:
    """Of ``names`` (the campaigns the timeline shows), the one with the most dated figures
    of the view's region whose period lies inside the view's window — the campaign page opens
    on it, not on one with nothing to count in the window (newcomer review: 断卡行动, first by
    start, had no figure in 2025); the first name when none has such a figure; None for none."""
    if not names:
        return None
    lo, hi = (d.isoformat() if d else None for d in window_bounds(ds, filters))
    facts = scoped_facts(ds, replace(filters, campaign=None))
    facts = facts[facts["campaign"].isin(names) & facts["period_start"].notna() & facts["period_end"].notna()]
    if lo:
        facts = facts[facts["period_start"].astype(str) >= lo]
    if hi:
        facts = facts[facts["period_end"].astype(str) <= hi]
    counts = facts["campaign"].value_counts()
    return max(names, key=lambda n: (int(counts.get(n, 0)), -names.index(n)))


@dataclass(frozen=True)
class CampaignDetail:
    totals: dict[str, Aggregate]  # metric → the campaign's total in the view's window
    facts: pd.DataFrame
    documents: pd.DataFrame
    years: pd.DataFrame  # metric × year: the campaign's total in each calendar year (and whether it covers it)


def campaign_detail(ds: Dataset, name: str, filters: Filters | None = None) -> CampaignDetail:
    """The campaign's figures in the view's region (the nation when none is chosen): totals
    for the view's window (default: the latest year with data), a metric × year table, every
    fact of the region (listed whatever its period) and the sources of those facts (with no
    region chosen, also every bulletin that names the campaign)."""
    filters = filters or Filters()
    return replace(campaign_history(ds, name, filters),
                   totals=campaign_totals(ds, name, filters))


def _campaign_facts(ds: Dataset, name: str, filters: Filters) -> pd.DataFrame:
    """Every fact of campaign ``name`` in the view's region, whatever its period and metric
    (kept per campaign and region on the dataset)."""
    return ds.memo(("campaign_facts", name, filters.province, filters.city),
                   lambda: apply_filters(ds.facts, Filters(province=filters.province,
                                                           city=filters.city, campaign=name),
                                         metric=False, window=False))


def campaign_totals(ds: Dataset, name: str, filters: Filters) -> dict[str, Aggregate]:
    """metric → the campaign's total in the view's region and window (every metric the
    region's facts of the campaign have), built like a headline card (kpi): the rows of
    other windows are counted in n_outside, not carried."""
    root = region_root(filters.province, filters.city)
    facts = _campaign_facts(ds, name, filters)
    bounds = window_bounds(ds, filters)
    return {m: to_aggregate(resolution(ds, m, bounds, name), root, ds.facts,
                            keep_outside=False, columns=KPI_COLUMNS)
            for m in METRICS if (facts["metric"] == m).any()}


def campaign_history(ds: Dataset, name: str, filters: Filters) -> CampaignDetail:
    """The parts of campaign_detail that no window changes (``totals`` left empty): the
    metric × year table, the region's facts and their sources. The window, the metric and
    the language of ``filters`` are not read."""
    root = region_root(filters.province, filters.city)
    facts = _campaign_facts(ds, name, filters)
    metrics = [m for m in METRICS if (facts["metric"] == m).any()]
    records = []
    for window in sorted(window_options(ds, "year"), key=lambda w: w.start):
        for m in metrics:
            res = resolution(ds, m, window.bounds, name)
            total = summary(res, root)
            if total is not None:
                records.append({"metric": m, "year": window.start.year,
                                "value": total["value"], "qualifier": total["qualifier"],
                                "whole": covers_window(res, root)})
    years = pd.DataFrame(records, columns=["metric", "year", "value", "qualifier", "whole"])
    doc_ids = set(facts["doc_id"])
    if not root:  # the nation's view: every bulletin naming the campaign, figures or none
        doc_ids |= set(ds.campaigns.loc[ds.campaigns["name"] == name, "doc_id"])
    # newest first, a reprint once (as the overview's latest bulletins)
    docs = one_per_bulletin(ds.documents[ds.documents["doc_id"].isin(doc_ids)].sort_values(
        "published_date", ascending=False, na_position="last", kind="mergesort"))
    # the list of figures too: a reprint's figures are its bulletin's, listed once (newcomer
    # review 11: each figure twice, in no order), newest bulletin first, then by metric
    reprints = set(facts["doc_id"]) - set(docs["doc_id"])
    listed = facts[~facts["doc_id"].isin(reprints)] if reprints else facts
    metric_rank = {m: i for i, m in enumerate(METRICS)}
    listed = listed.assign(
        _published=pd.to_datetime(listed["published"], errors="coerce"),
        _metric=[metric_rank.get(m, len(metric_rank)) for m in listed["metric"]],
    ).sort_values(["_published", "_metric", "fact_id"], ascending=[False, True, True],
                  na_position="last", kind="mergesort").drop(columns=["_published", "_metric"])
    return CampaignDetail({}, listed, docs[["published", "published_from", "title", "source", "doc_id"]],
                          years)


def default_campaign(ds: Dataset, filters: Filters, names: list[str]) -> str | None:
    """The campaign the page opens on, of ``names`` (every campaign, in the page's order):
    the sidebar's campaign when it is one of them, else busiest_campaign of those the
    timeline shows (campaign_summary_in_view), else the first; None when ``names`` is empty.
    Kept per (view, names) on the dataset."""
    if not names:
        return None
    if filters.campaign in names:
        return filters.campaign

    def compute() -> str:
        in_view = campaign_summary_in_view(ds, filters)[0]["name"].tolist()
        return busiest_campaign(ds, filters, in_view) or names[0]
    return ds.memo(("default_campaign", filters, tuple(names)), compute)


def campaign_sources_table(documents: pd.DataFrame, lang: str) -> pd.DataFrame:
    """CampaignDetail.documents for display: published, title, source (— for a gap)."""
    documents = documents.assign(published=published_texts(documents, lang))
    return tables.with_dashes(documents.drop(columns=["doc_id", "published_from"],
                                             errors="ignore")).rename(columns={
        "published": i18n.t("published", lang), "title": i18n.t("doc_title", lang),
        "source": i18n.t("source", lang)})


def campaign_year_table(years: pd.DataFrame, lang: str) -> pd.DataFrame:
    """CampaignDetail.years for display: one row per metric, one column per year, PART_YEAR
    after an amount whose figures do not cover the whole year."""
    if years.empty:
        return pd.DataFrame(columns=[i18n.t("metric", lang)])
    cells = years.assign(
        label=[i18n.metric_label(m, lang) for m in years["metric"]],
        text=[i18n.format_amount(v, m, q, lang) + ("" if whole else PART_YEAR)
              for v, m, q, whole in zip(years["value"], years["metric"], years["qualifier"],
                                        years["whole"])])
    return tables.cross_table(cells, "label", "year", "text", list(dict.fromkeys(cells["label"])),
                              i18n.t("metric", lang))


# ---------------------------------------------------------------- evidence

def evidence_facts(ds: Dataset, filters: Filters, query: str = "") -> pd.DataFrame:
    """Every fact of the view: region, metric and campaign applied; the window keeps facts
    whose period touches it, and facts with no known period whose bulletin was published in
    it (or has no known day) — they never enter a total, so this is where a reader finds
    them, beside the window they were reported in. Newest bulletin first, then by bulletin
    and place in its text. `query`: only the facts it finds (evidence_search)."""
    return with_sentences(ds, ds.facts.iloc[evidence_positions(ds, filters, query)])


def evidence_export(ds: Dataset, filters: Filters, query: str = "") -> pd.DataFrame:
    """evidence_facts with, for each fact, whether the view's total of its metric (the card
    for this region and window) adds it — `counted` — and else the aggregator's reason code
    (`left_out_reason`: duplicate, case_level, unknown_period_with_window, …; see
    dashboard.aggregate), so a reader can rebuild each total from the download (newcomer
    review: the export did not say which rows a card used). A fact the total never weighed
    (another level's region) has counted False and no reason."""
    facts = evidence_facts(ds, filters, query)
    used: set[str] = set()
    reasons: dict[str, str] = {}
    for metric in facts["metric"].dropna().unique():
        result = kpi(ds, filters, str(metric))
        used |= set(result.facts["fact_id"]) if "fact_id" in result.facts else set()
        if "fact_id" in result.excluded and "reason" in result.excluded:
            reasons.update(zip(result.excluded["fact_id"], result.excluded["reason"].astype(str)))
    ids = facts["fact_id"]
    return facts.assign(counted=ids.isin(used).to_numpy(),
                        left_out_reason=[None if i in used else reasons.get(i) for i in ids])


def evidence_listing(ds: Dataset, filters: Filters, rows: int | None = None,
                     query: str = "") -> tuple[pd.DataFrame, int]:
    """(the first `rows` facts of evidence_facts (default EVIDENCE_ROWS), how many the view
    has): the table takes only the rows it shows from the wide frame."""
    positions = evidence_positions(ds, filters, query)
    rows = EVIDENCE_ROWS if rows is None else rows
    return ds.facts.iloc[positions[:rows]], len(positions)


def evidence_table(listed: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The evidence page's table of `listed` (facts_table, plus the analyst's note on
    corrected facts when the dataset carries corrections)."""
    table = facts_table(listed, lang)
    if "corrected" in listed:  # analyst corrections applied on load (dashboard.loading)
        table[i18n.t("corrected_column", lang)] = [
            note if flag else "" for flag, note in
            zip(listed["corrected"], corrections.localized_notes(listed, lang))]
    return table


def listed_fact(ds: Dataset, listed: pd.DataFrame, row: int) -> pd.Series:
    """Row `row` of the evidence table's facts, with its source sentence (read from the
    cache when the dataset was loaded without the sentences)."""
    return with_sentences(ds, listed.iloc[[row]]).iloc[0]


SEARCH_MAX_CHARS = 100  # a search longer than this is cut (no bulletin phrase needs more)
# what the evidence search reads of each fact: its words, its place, its campaign, its bulletin
SEARCH_COLUMNS = ("evidence", "sentence", "label", "region_label", "campaign", "doc_title", "doc_source")


def search_text(query: str | None) -> str:
    """The query as searched: whitespace runs folded to one space and trimmed, cut to
    SEARCH_MAX_CHARS."""
    return " ".join(str(query or "").split())[:SEARCH_MAX_CHARS]


def evidence_search(ds: Dataset, query: str) -> np.ndarray:
    """Boolean mask over ds.facts: the facts whose evidence (the table's 原文), metric name
    (as the tables show it, in Chinese and English), parser label,
    region, campaign, bulletin title or source — and source sentence, when the dataset holds
    the sentences (one built in memory; a cache loads them only per fact shown) — holds
    `query` (a plain substring, any case; the bulletin keeps its own script, so the query's
    Simplified form is tried too), across the whole dataset — not only the rows the table
    shows (newcomer review: the table toolbar's search saw only the first EVIDENCE_ROWS
    rows). '' finds all."""
    query = search_text(query)
    if not query:
        return np.ones(len(ds.facts), dtype=bool)
    from parsers.cleaning import t2s_same_length

    def haystack() -> pd.Series:
        parts = [ds.facts[c].fillna("").astype(str) for c in SEARCH_COLUMNS if c in ds.facts]
        if "metric" in ds.facts:
            # the metric as the tables name it, in both languages (newcomer review 12: 破获案件
            # found 19 of 203 such facts, those whose own text happened to say it; "Cases
            # solved" found none)
            names = {m: f"{i18n.metric_label(m, 'zh')}\x1f{i18n.metric_label(m, 'en')}"
                     for m in ds.facts["metric"].dropna().unique()}
            parts.append(ds.facts["metric"].map(names).fillna("").astype(str))
        joined = parts[0].str.cat(parts[1:], sep="\x1f") if parts else pd.Series("", index=ds.facts.index)
        return joined.str.lower()
    text = ds.memo(("search_haystack",), haystack)
    found = np.zeros(len(ds.facts), dtype=bool)
    for form in dict.fromkeys((query.lower(), t2s_same_length(query).lower())):
        found |= text.str.contains(form, regex=False).to_numpy(dtype=bool)
    return found


def evidence_positions(ds: Dataset, filters: Filters, query: str = "") -> np.ndarray:
    """Positions (into ds.facts) of evidence_facts' rows, in its order (with `query`, only
    the facts evidence_search finds)."""
    facts = ds.facts
    mask = filter_mask(facts, filters, window=False).to_numpy(dtype=bool, copy=True)
    if search_text(query):
        mask &= evidence_search(ds, query)
    if filters.start is not None or filters.end is not None:
        undated = (facts["start_date"].isna() | facts["end_date"].isna()).to_numpy() \
            if "start_date" in facts else np.zeros(len(facts), dtype=bool)
        # 时段不明 figures stay listed in the window their bulletin was published in (or in
        # every window when it has no known day), as aggregate() lists them beside its total
        published = _published_dates(ds)
        elsewhere = np.zeros(len(facts), dtype=bool)
        if filters.start is not None:
            elsewhere |= published < np.datetime64(filters.start)
        if filters.end is not None:
            elsewhere |= published > np.datetime64(filters.end)
        mask &= window_mask(facts, filters.window).to_numpy(dtype=bool) | (undated & ~elsewhere)
    order = _evidence_order(ds)
    return order[mask[order]]


def _published_dates(ds: Dataset) -> np.ndarray:
    """Each fact's bulletin publication day (datetime64[D]; NaT when unknown, which no
    comparison counts as outside a window), parsed once per dataset."""
    return ds.memo(("published_dates",), lambda: pd.to_datetime(
        ds.facts["published"], errors="coerce").to_numpy(dtype="datetime64[D]"))


def _evidence_order(ds: Dataset) -> np.ndarray:
    """Positions of ds.facts newest bulletin first (then doc_id, then place in the text),
    sorted once per dataset on those three columns instead of the whole wide frame."""
    def compute() -> np.ndarray:
        key = pd.DataFrame({c: ds.facts[c].to_numpy() for c in
                            ("published", "doc_id", "span_start")})
        return key.sort_values(["published", "doc_id", "span_start"],
                               ascending=[False, True, True], na_position="last"
                               ).index.to_numpy()
    return ds.memo(("evidence_order",), compute)


def evidence_html(fact: pd.Series, original_text: str | None) -> str:
    """The source sentence as safe HTML with the figure in <mark>. Every piece of parsed
    text is escaped by safe_html; this is the only HTML the evidence page renders."""
    sentence = fact.get("sentence") or ""
    span = (int(fact["span_start"]), int(fact["span_end"]))
    if sentence:
        offset = int(fact.get("sentence_start") or 0)
        return highlight_evidence(sentence, fact["evidence"],
                                  span_in_sentence=(span[0] - offset, span[1] - offset))
    text = original_text or ""
    lo, hi = max(0, span[0] - 80), min(len(text), span[1] + 80)
    return highlight_evidence(text[lo:hi], fact["evidence"],
                              span_in_sentence=(span[0] - lo, span[1] - lo))


def briefing_html(ds: Dataset, filters: Filters, lang: str) -> str:
    """The current view (sidebar filters) as a self-contained offline HTML briefing."""
    results = kpis(ds, filters)
    window = window_of(ds, filters)
    kpi_table = pd.DataFrame({
        i18n.t("metric", lang): [i18n.metric_label(m, lang) for m in results],
        i18n.t("value", lang): [i18n.format_amount(r.value, m, r.qualifier, lang)
                                for m, r in results.items()],
        i18n.t("brief_exact", lang): [r.value for r in results.values()],
        i18n.t("show_workings", lang): [kpi_caption(r, lang) for r in results.values()],
        # the overview cards' caveats, so 542人 never reads as more than it covers
        i18n.t("brief_notes", lang): [kpi_notes(r, m, lang) for m, r in results.items()],
    })
    spans = money_spans(ds, filters)
    # the campaigns active in the briefing's window and region, on that window's axis (not
    # every campaign ever named: hundreds of rows back to 2011)
    summary, reports = campaign_summary_in_view(ds, filters)
    axis = window_bounds(ds, filters)
    if summary.empty and filters.campaign:
        # a briefing on one campaign shows its own timeline, whatever the window
        summary, reports = campaign_summary(ds)
        summary, reports = (summary[summary["name"] == filters.campaign],
                            reports[reports["name"] == filters.campaign])
        axis = None
    charts = ([_titled(figures.money_trend(spans, lang=lang), i18n.t("money_trend", lang))]
              if not spans.empty else []) + \
        ([_titled(figures.campaign_timeline(summary, reports, lang=lang, window=axis),
                  i18n.t("screen_panel_campaigns", lang))] if not summary.empty else [])
    used = {fid for r in results.values() for fid in r.fact_ids} | set(spans["fact_id"])
    sources = with_sentences(ds, ds.facts[ds.facts["fact_id"].isin(used)]).rename(
        columns={"doc_title": "title", "doc_source": "source", "doc_url": "url"})
    scope = " · ".join(x for x in (filters.province, filters.city, filters.campaign) if x) \
        or i18n.t("nationwide", lang)
    if window is not None:
        scope += f" · {window.label(lang)}"
    return build_briefing_html(
        title=f"{i18n.t('app_title', lang)} — {scope}",
        filters=briefing_filters(filters, window, lang), kpis=kpi_table, figures=charts,
        sources=sources[["doc_id", "title", "published", "source", "url", "evidence", "sentence"]],
        generated_at=datetime.now(), lang=lang)


def _file_words(filters: Filters, window: windows.Window | None) -> list[str]:
    """The view's region, campaign and window as a download's name words (a custom range
    as 20210105-20210301)."""
    code = None if window is None else (window.code or f"{window.start:%Y%m%d}-{window.end:%Y%m%d}")
    return exports.view_words((filters.province, filters.city, filters.campaign), code)


def export_name(filters: Filters, window: windows.Window | None, suffix: str) -> str:
    """facts_甘肃省_兰州市_2020H1.csv: a facts download named by its view."""
    return "_".join(["facts", *_file_words(filters, window)]) + suffix


def briefing_name(filters: Filters, window: windows.Window | None,
                  lang: str = i18n.DEFAULT_LANG) -> str:
    """反诈通报简报_广东省_2021_20261203-0821.html: the briefing named by its view and time."""
    return briefing_filename(datetime.now(), lang, tuple(_file_words(filters, window)))


def briefing_filters(filters: Filters, window: windows.Window | None, lang: str) -> dict[str, str]:
    """The briefing's filter table in the page language: the names readers know (地区,
    指标 破获案件, 时段 2022年), never the URL's keys and codes (province, metric
    cases_solved, from/to)."""
    shown: dict[str, str] = {}
    region = " · ".join(x for x in (filters.province, filters.city) if x)
    if region:
        shown[i18n.t("region", lang)] = region
    if filters.metric:
        shown[i18n.t("metric", lang)] = i18n.metric_label(filters.metric, lang)
    if window is not None:
        shown[i18n.t("window", lang)] = window.label(lang)
    if filters.campaign:
        shown[i18n.t("campaign", lang)] = filters.campaign
    return shown


def _titled(fig: go.Figure, title: str) -> go.Figure:
    """The chart with its heading in layout.meta (the briefing writes it above the chart,
    with the caption that says what its lines are)."""
    meta = fig.layout.meta if isinstance(fig.layout.meta, dict) else {}
    fig.update_layout(meta={**meta, "title": title})
    return fig


# ---------------------------------------------------------------- the map page

@dataclass(frozen=True)
class MapView:
    """What the map page shows for one (filters, metric, language): the figure, the
    region table as displayed, and adcode → province for a click on the map."""
    figure: object  # plotly Figure (figures.ServedFigure: drawn again, never changed)
    table: pd.DataFrame
    adcode_to_province: dict[str, str]
    # a chosen province has a total but none of its cities or counties has one in the window
    # (its bulletins speak for the whole province): the map's cities stay grey, and say why
    province_only: bool = False
    # plain-text captions under the map: what the blue dots are, and that the colours
    # compare periods of different lengths when they do (newcomer review: 内蒙古's half year
    # beside 湖南's full year on one colour scale, with no word of it)
    notes: tuple[str, ...] = ()


class MapInputs(NamedTuple):
    """What province_choropleth draws for a view: ``values`` (province rows; in a
    municipality with a district chosen, without the municipality's own row, whose figure
    is not the district's), ``bubbles`` (with a city chosen, only that city's and its
    counties'), ``focus`` (the chosen province's adcode or None), ``city`` (the chosen
    city or district, or None) and ``one_polygon`` (the focus is a municipality, drawn as
    one polygon with its districts as bubbles)."""
    values: pd.DataFrame
    bubbles: pd.DataFrame
    focus: str | None
    city: str | None
    one_polygon: bool


def map_inputs(ds: Dataset, filters: Filters, metric: str) -> MapInputs:
    """The map page's and the wall's figure inputs, read in one place."""
    values = map_values(ds, filters, metric)
    bubbles = map_bubbles(ds, filters, metric, filters.province)
    city = filters.city if filters.province and filters.city != filters.province else None
    if city:
        bubbles = bubbles[bubbles["city"] == city]  # a chosen city: its own bubble and its counties'
    focus = None
    if filters.province:
        codes = values.loc[values["province"] == filters.province, "adcode"].dropna()
        # the boundary file knows every province, with or without a figure in the window
        focus = codes.iloc[0] if len(codes) else geo.province_adcode(filters.province)
    one_polygon = focus is not None and figures.one_polygon(focus)
    if one_polygon and city:
        # 海淀区 chosen: 北京市's one polygon in 北京市's colour read as 海淀区's figure
        # (newcomer review 13); it stays grey and the district is its bubble
        values = values[values["province"] != filters.province]
    return MapInputs(values, bubbles, focus, city, one_polygon)


def map_view(ds: Dataset, filters: Filters, metric: str, lang: str) -> MapView:
    """Province choropleth (drilled into filters.province when set) with city/county
    bubbles, and the table beside it; with a city chosen too, only that city's bubbles and
    rows (its own total and its counties'). Pure: loading.map_view caches it per view."""
    values, bubbles, focus, city, one_polygon = map_inputs(ds, filters, metric)
    fig = figures.served(figures.province_choropleth(
        values, metric_label=i18n.metric_label(metric, lang), lang=lang, bubbles=bubbles,
        focus_province=focus, metric=metric))
    table = values.rename(columns={"province": "name"})
    province_only = False
    if city:
        table = bubbles  # the city's own total, then its counties (the province's is not the city's)
    elif filters.province:
        # the chosen province's own total first, then its cities and counties
        own = table.loc[table["name"] == filters.province]
        table = pd.concat([own, bubbles], ignore_index=True) if len(own) else bubbles
        province_only = len(own) > 0 and bubbles.empty
    drawn = bubbles[bubbles["value"].notna() & bubbles["lon"].notna()]
    if filters.province and not one_polygon:
        drawn = drawn[drawn["level"] != "city"]  # the cities are coloured polygons there
    # what the colours compare: the provinces nationwide, the cities' polygons drilled in
    # (a municipality's one polygon: its own figure alone, nothing to compare)
    coloured = values.iloc[0:0] if one_polygon else \
        bubbles[bubbles["level"] == "city"] if filters.province else values
    notes = (i18n.t("map_bubbles" if filters.province else "map_bubbles_national", lang)
             if len(drawn) else "",
             comparison_caption(coloured[coloured["value"].notna()], lang, chart="map"))
    return MapView(fig, tables.region_table(table, metric, lang),
                   dict(zip(values["adcode"], values["province"])), province_only,
                   tuple(note for note in notes if note))

