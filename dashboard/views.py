"""What each page shows, as pure functions of (Dataset, Filters) → frames.

Pages only lay out widgets; everything they display is computed here (and tested without
Streamlit). All totals go through dashboard.aggregate, so nothing is double-counted.
"""
from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime

import pandas as pd

from dashboard import figures, i18n
from dashboard.aggregate import Aggregate, aggregate, aggregate_by_region
from dashboard.data import Dataset, region_label, with_positions
from dashboard.briefing_export import briefing_filename, build_briefing_html
from dashboard.filters import Filters, apply_filters, to_query_params
from dashboard.safe_html import highlight_evidence
from parsers.records import METRICS, MONEY_METRICS

KPI_METRICS: tuple[str, ...] = (
    "cases_solved", "suspects_arrested", "money_frozen", "money_stopped", "money_recovered",
)
TREND_METRICS: tuple[str, ...] = ("money_frozen", "money_stopped", "money_recovered")


# ---------------------------------------------------------------- overview

def scoped_facts(ds: Dataset, filters: Filters) -> pd.DataFrame:
    """Region and campaign applied; metric and window are left to aggregate()."""
    return apply_filters(ds.facts, filters, metric=False, window=False)


def kpi(ds: Dataset, filters: Filters, metric: str) -> Aggregate:
    return aggregate(scoped_facts(ds, filters), metric, province=filters.province,
                     city=filters.city, window=filters.window)


def kpis(ds: Dataset, filters: Filters,
         metrics: tuple[str, ...] = KPI_METRICS) -> dict[str, Aggregate]:
    return {metric: kpi(ds, filters, metric) for metric in metrics}


def latest_documents(ds: Dataset, filters: Filters, n: int = 10) -> pd.DataFrame:
    """Newest bulletins with at least one fact in the current region/campaign scope
    (all bulletins when no region or campaign is chosen)."""
    docs = ds.documents
    if filters.province or filters.campaign:
        docs = docs[docs["doc_id"].isin(set(scoped_facts(ds, filters)["doc_id"]))]
    docs = docs.sort_values("published_date", ascending=False, na_position="last")
    return docs[["published", "title", "source", "n_facts", "doc_id"]].head(n)


# ---------------------------------------------------------------- fact tables

def _text_list(facts: pd.DataFrame, column: str) -> list[str]:
    values = facts[column] if column in facts else [None] * len(facts)
    return [v if isinstance(v, str) else "" for v in values]


def facts_table(facts: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Readable columns for st.dataframe (exact value kept beside the formatted one)."""
    t = lambda key: i18n.t(key, lang)  # noqa: E731
    out = pd.DataFrame({
        t("region"): [region_label(p, c, k, lang) for p, c, k in
                      zip(facts["province"], facts["city"], facts["county"])],
        t("metric"): [i18n.metric_label(m, lang) for m in facts["metric"]],
        t("value"): [i18n.format_amount(v, m, q, lang) for v, m, q in
                     zip(facts["value"], facts["metric"], facts["qualifier"])],
        "#": facts["value"].astype(float).tolist(),
        t("period"): [i18n.format_period(s, e, lang) for s, e in
                      zip(facts["period_start"], facts["period_end"])],
        t("campaign"): [c if isinstance(c, str) else "" for c in facts["campaign"]],
        t("scope"): [i18n.t(f"scope_{s}", lang) if s in ("case", "jurisdiction") else s
                     for s in facts["scope"].fillna("jurisdiction")],
        t("evidence"): facts["evidence"].tolist(),
        t("source"): _text_list(facts, "doc_title"),
        t("published"): _text_list(facts, "published"),
    }, index=facts.index)
    if "reason" in facts:
        out[t("reason")] = [i18n.reason_label(r, lang) for r in facts["reason"]]
    return out.reset_index(drop=True)


def kpi_caption(result: Aggregate, lang: str) -> str:
    """'依据 3 篇通报 · 统计期 … · 由下级地区数字相加'."""
    if result.value is None:
        return i18n.t("kpi_no_value", lang)
    parts = [i18n.t("kpi_sources", lang, n=result.n_sources)]
    if result.period_start or result.period_end:
        period = i18n.format_period(result.period_start, result.period_end, lang)
        parts.append(i18n.t("kpi_period", lang, period=period))
    if result.basis in ("sum_of_parts", "mixed"):
        parts.append(i18n.t(f"basis_{result.basis}", lang))
    return " · ".join(parts)


# ---------------------------------------------------------------- map

def map_values(ds: Dataset, filters: Filters, metric: str) -> pd.DataFrame:
    """Province values for the choropleth (columns as figures.province_choropleth wants)."""
    scoped = apply_filters(ds.facts, Filters(campaign=filters.campaign), metric=False,
                           window=False)
    by_province = aggregate_by_region(scoped, metric, level="province", window=filters.window)
    return by_province.rename(columns={"region": "name"}).assign(
        province=lambda f: f["name"])[
        ["province", "adcode", "value", "qualifier", "period_start", "period_end",
         "n_sources", "fact_ids", "basis"]]


def map_bubbles(ds: Dataset, filters: Filters, metric: str,
                province: str | None) -> pd.DataFrame:
    """City bubbles (and county bubbles inside the chosen province)."""
    scoped = apply_filters(ds.facts, Filters(campaign=filters.campaign), metric=False,
                           window=False)
    levels = ("city", "county") if province else ("city",)
    frames = []
    for level in levels:
        regions = aggregate_by_region(scoped, metric, level=level, window=filters.window,
                                      within_province=province)
        frames.append(regions.assign(level=level))
    bubbles = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    bubbles = with_positions(bubbles.rename(columns={"region": "name"}))
    return bubbles[["name", "level", "adcode", "lon", "lat", "value", "qualifier",
                    "period_start", "period_end", "n_sources", "province", "city", "county"]]


# ---------------------------------------------------------------- money

def money_spans(ds: Dataset, filters: Filters,
                metrics: tuple[str, ...] = TREND_METRICS) -> pd.DataFrame:
    """The facts each region's aggregate uses, one span each (so the chart never shows a
    figure twice): provinces nationwide, or the chosen province's cities."""
    scoped = scoped_facts(ds, filters)
    level = "city" if filters.province else "province"
    if filters.city:
        level = "county"
    rows = []
    for metric in metrics:
        regions = aggregate_by_region(scoped, metric, level=level, window=filters.window,
                                      within_province=filters.province)
        if filters.city:
            regions = regions[regions["city"] == filters.city]
        ids = {fid: region for region, fids in zip(regions["region"], regions["fact_ids"])
               for fid in fids}
        used = scoped[scoped["fact_id"].isin(ids)]
        if filters.city:  # the city's own figures too
            own = kpi(ds, filters, metric).facts
            used = pd.concat([used, scoped[scoped["fact_id"].isin(own["fact_id"])]])
            ids.update({fid: filters.city for fid in own["fact_id"] if fid not in ids})
        for row in used.drop_duplicates("fact_id").itertuples():
            rows.append({"region": ids[row.fact_id], "metric": metric, "value": row.value,
                         "qualifier": row.qualifier, "period_start": row.period_start,
                         "period_end": row.period_end, "fact_id": row.fact_id,
                         "doc_id": row.doc_id, "evidence": row.evidence})
    columns = ["region", "metric", "value", "qualifier", "period_start", "period_end",
               "fact_id", "doc_id", "evidence"]
    return pd.DataFrame(rows, columns=columns)


def region_values(ds: Dataset, filters: Filters, metric: str) -> pd.DataFrame:
    """One aggregated value per region (provinces, or the chosen province's cities)."""
    level = "city" if filters.province else "province"
    regions = aggregate_by_region(scoped_facts(ds, filters), metric, level=level,
                                  window=filters.window, within_province=filters.province)
    return regions[["region", "value", "qualifier", "n_sources", "period_start",
                    "period_end", "basis"]]


# ---------------------------------------------------------------- campaigns

def campaign_summary(ds: Dataset) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(campaigns: name, kind, start, end, regions, n_facts; reports: name, date, label)."""
    mentions = ds.campaigns
    if mentions.empty:
        return (pd.DataFrame(columns=["name", "kind", "start", "end", "regions", "n_facts"]),
                pd.DataFrame(columns=["name", "date", "label"]))
    facts = ds.facts[ds.facts["campaign"].notna()]
    rows = []
    for name, group in mentions.groupby("name", sort=False):
        own = facts[facts["campaign"] == name]
        starts = sorted(str(s) for s in group["start"].dropna())
        ends = sorted(str(e) for e in group["end"].dropna())
        rows.append({
            "name": name,
            "kind": group["kind"].mode().iloc[0],
            "start": starts[0] if starts else None,
            "end": ends[-1] if ends else None,
            "regions": "、".join(dict.fromkeys(own["region_label"])),
            "n_facts": int(len(own)),
        })
    reports = mentions[["name", "published", "doc_title"]].rename(
        columns={"published": "date", "doc_title": "label"}).drop_duplicates()
    summary = pd.DataFrame(rows).astype(object)
    return summary.where(summary.notna(), None), reports.reset_index(drop=True)


@dataclass(frozen=True)
class CampaignDetail:
    totals: dict[str, Aggregate]  # metric → aggregate over the campaign's facts
    facts: pd.DataFrame
    documents: pd.DataFrame


def campaign_detail(ds: Dataset, name: str) -> CampaignDetail:
    facts = ds.facts[ds.facts["campaign"] == name]
    totals = {m: aggregate(facts, m) for m in METRICS if (facts["metric"] == m).any()}
    doc_ids = set(facts["doc_id"]) | set(ds.campaigns.loc[ds.campaigns["name"] == name, "doc_id"])
    docs = ds.documents[ds.documents["doc_id"].isin(doc_ids)].sort_values("published")
    return CampaignDetail(totals, facts, docs[["published", "title", "source", "doc_id"]])


# ---------------------------------------------------------------- evidence

def evidence_facts(ds: Dataset, filters: Filters) -> pd.DataFrame:
    facts = apply_filters(ds.facts, filters)
    return facts.sort_values(["published", "doc_id", "span_start"],
                             ascending=[False, True, True], na_position="last")


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


def export_columns(facts: pd.DataFrame) -> pd.DataFrame:
    """Contract columns plus the source title/date — what a download should carry."""
    from parsers.records import FACT_COLUMNS

    extra = [c for c in ("published", "doc_title", "doc_source") if c in facts]
    return facts[[c for c in FACT_COLUMNS if c in facts] + extra].reset_index(drop=True)


def to_csv_bytes(facts: pd.DataFrame) -> bytes:
    # utf-8-sig so Excel opens the Chinese text correctly
    return export_columns(facts).to_csv(index=False).encode("utf-8-sig")


def to_parquet_bytes(facts: pd.DataFrame) -> bytes:
    buffer = io.BytesIO()
    export_columns(facts).to_parquet(buffer, index=False)
    return buffer.getvalue()


def is_money(metric: str) -> bool:
    return metric in MONEY_METRICS

def briefing_html(ds: Dataset, filters: Filters, lang: str) -> str:
    """The current view (sidebar filters) as a self-contained offline HTML briefing."""
    results = kpis(ds, filters)
    kpi_table = pd.DataFrame({
        i18n.t("metric", lang): [i18n.metric_label(m, lang) for m in results],
        i18n.t("value", lang): [i18n.format_amount(r.value, m, r.qualifier, lang)
                                for m, r in results.items()],
        "#": [r.value for r in results.values()],
        i18n.t("show_workings", lang): [kpi_caption(r, lang) for r in results.values()],
    })
    spans = money_spans(ds, filters)
    summary, reports = campaign_summary(ds)
    charts = ([figures.money_trend(spans, lang=lang)] if not spans.empty else []) + \
        ([figures.campaign_timeline(summary, reports, lang=lang)] if not summary.empty else [])
    used = {fid for r in results.values() for fid in r.fact_ids} | set(spans["fact_id"])
    sources = ds.facts[ds.facts["fact_id"].isin(used)].rename(
        columns={"doc_title": "title", "doc_source": "source"})
    scope = " · ".join(x for x in (filters.province, filters.city, filters.campaign) if x) \
        or i18n.t("nationwide", lang)
    return build_briefing_html(
        title=f"{i18n.t('app_title', lang)} — {scope}",
        filters=to_query_params(filters), kpis=kpi_table, figures=charts,
        sources=sources[["doc_id", "title", "published", "source", "evidence", "sentence"]],
        generated_at=datetime.now(), lang=lang)


def briefing_name() -> str:
    return briefing_filename(datetime.now())
