"""The current dashboard view as one self-contained HTML briefing that opens offline.

plotly.js is embedded once (with the first figure), never loaded from a CDN, and a
Content-Security-Policy forbids every network fetch, so the file behaves the same on an
air-gapped laptop. Every piece of text that came from data (titles, filters, KPI cells,
evidence) is escaped; the only markup is ours.
"""
from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from dashboard import i18n
from dashboard.corrections import is_missing
from dashboard.figures import OFFLINE_GEO_ASSETS_SCRIPT
from dashboard.safe_html import escape_text, highlight_evidence

# Inline scripts/styles only; no fetches, frames or remote images. 'unsafe-eval' because
# parts of plotly.js (regl for WebGL traces) compile functions at run time; blob: workers
# for plotly.js's WebGL traces (the map is SVG now: figures.province_choropleth). The geo
# map's base-map topojson, which plotly.js would fetch, is pre-seeded empty
# (figures.OFFLINE_GEO_ASSETS_SCRIPT).
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; "
    "style-src 'unsafe-inline'; img-src data: blob:; font-src data:; worker-src blob:"
)
FIGURE_HEIGHT = "460px"

_STYLE = """
body{font-family:"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2rem auto;max-width:1100px;padding:0 1rem;color:#222;line-height:1.5}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;border-bottom:1px solid #ddd;padding-bottom:.2rem;margin-top:2rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f4f4f4}td.num{text-align:right;font-variant-numeric:tabular-nums}
mark{background:#ffe58f}.meta{color:#666;font-size:.9rem}.figure{margin:1rem 0}
ul.evidence,ul.notes{margin:0;padding-left:1.2rem}footer{margin-top:2rem;color:#666;font-size:.85rem}
"""


def _labels(lang: str) -> dict[str, str]:
    """The briefing's strings (i18n.STRINGS, keys brief_*) in one language, short keys."""
    return {key[len("brief_"):]: text for key, text in i18n.table(lang).items()
            if key.startswith("brief_")}


def format_cell(value: Any) -> tuple[str, bool]:
    """(escaped text, is_number). Integers get thousands separators; missing is an em dash."""
    if is_missing(value):
        return "—", False
    if isinstance(value, bool):
        return escape_text(value), False
    if isinstance(value, int | float) or hasattr(value, "dtype"):
        try:
            number = float(value)
        except (TypeError, ValueError):
            return escape_text(value), False
        if math.isfinite(number) and number.is_integer():
            return f"{int(number):,}", True
        return f"{number:,.2f}", True
    return escape_text(value), False


def _filters_html(filters: Mapping[str, str], labels: dict[str, str]) -> str:
    if not filters:
        return f"<p>{escape_text(labels['no_filters'])}</p>"
    rows = "".join(
        f"<tr><th scope='row'>{escape_text(k)}</th><td>{escape_text(v)}</td></tr>"
        for k, v in filters.items()
    )
    head = f"<tr><th>{escape_text(labels['filter_name'])}</th><th>{escape_text(labels['filter_value'])}</th></tr>"
    return f"<table class='filters'><thead>{head}</thead><tbody>{rows}</tbody></table>"


def _kpi_html(kpis: pd.DataFrame, labels: dict[str, str]) -> str:
    """The KPI table; a cell holding a list (a figure's caveats) is one escaped line each."""
    if kpis is None or kpis.empty:
        return f"<p>{escape_text(labels['no_kpis'])}</p>"
    head = "".join(f"<th>{escape_text(c)}</th>" for c in kpis.columns)
    body = []
    for row in kpis.itertuples(index=False):
        cells = []
        for value in row:
            if isinstance(value, list | tuple):  # lines of text, e.g. a figure's caveats
                items = "".join(f"<li>{escape_text(line)}</li>" for line in value)
                cells.append(f"<td><ul class='notes'>{items}</ul></td>" if items else "<td></td>")
                continue
            text, numeric = format_cell(value)
            cells.append(f"<td class='num'>{text}</td>" if numeric else f"<td>{text}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table class='kpis'><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def _figure_words(fig: go.Figure) -> str:
    """A chart's heading and the caption that says how to read it (layout.meta 'title' and
    'caption', set by dashboard.figures / views), escaped; '' when it has neither."""
    meta = fig.layout.meta if isinstance(fig.layout.meta, dict) else {}
    title, caption = meta.get("title"), meta.get("caption")
    return ((f"<h3>{escape_text(title)}</h3>" if title else "")
            + (f"<p class='meta'>{escape_text(caption)}</p>" if caption else ""))


def _figures_html(figures: Sequence[go.Figure]) -> str:
    parts = []
    for i, fig in enumerate(figures):
        # plotly.js goes in once, inline, with the first figure; never 'cdn'.
        snippet = fig.to_html(
            full_html=False,
            include_plotlyjs=(i == 0),
            default_height=FIGURE_HEIGHT,
            config={"displaylogo": False, "responsive": True},
        )
        parts.append(f"<div class='figure'>{_figure_words(fig)}{snippet}</div>")
    return OFFLINE_GEO_ASSETS_SCRIPT + "".join(parts) if parts else ""


def _evidence_items(row: Mapping[str, Any]) -> list[str]:
    """Escaped evidence HTML for one source row: the sentence with the evidence marked
    when both are known, else whichever is present. Lists are accepted too."""
    evidence = row.get("evidence")
    sentence = row.get("sentence")
    if isinstance(evidence, list | tuple):
        return [escape_text(e) for e in evidence if not is_missing(e) and str(e)]
    if not is_missing(sentence) and str(sentence):
        return [highlight_evidence(str(sentence), "" if is_missing(evidence) else str(evidence))]
    if not is_missing(evidence) and str(evidence):
        return [escape_text(evidence)]
    return []


def _sources_html(sources: pd.DataFrame, labels: dict[str, str]) -> str:
    """One row per document, in first-seen order, with its evidence sentences listed.

    `sources` has one row per fact or per document: title, published, source, and any of
    evidence / sentence (optional doc_id groups rows; otherwise title+published+source)."""
    if sources is None or sources.empty:
        return f"<p>{escape_text(labels['no_sources'])}</p>"
    docs: dict[Any, dict[str, Any]] = {}
    for record in sources.to_dict("records"):
        key = record.get("doc_id")
        if is_missing(key):
            key = (str(record.get("title")), str(record.get("published")), str(record.get("source")))
        doc = docs.setdefault(key, {"row": record, "evidence": []})
        for item in _evidence_items(record):
            if item not in doc["evidence"]:
                doc["evidence"].append(item)
    head = "".join(
        f"<th>{escape_text(labels[k])}</th>" for k in ("title", "published", "outlet", "evidence")
    )
    body = []
    for doc in docs.values():
        row = doc["row"]
        items = "".join(f"<li>{e}</li>" for e in doc["evidence"])
        body.append(
            "<tr>"
            f"<td>{format_cell(row.get('title'))[0]}</td>"
            f"<td>{format_cell(row.get('published'))[0]}</td>"
            # (the page's address as escaped text, never a link: it comes from the data)
            f"<td>{format_cell(row.get('source'))[0]}"
            f"{'' if is_missing(row.get('url')) else '<br><span class=url>' + escape_text(row.get('url')) + '</span>'}</td>"
            f"<td><ul class='evidence'>{items}</ul></td>"
            "</tr>"
        )
    return f"<table class='sources'><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def build_briefing_html(
    *,
    title: str,
    filters: Mapping[str, str],
    kpis: pd.DataFrame,
    figures: Sequence[go.Figure],
    sources: pd.DataFrame,
    generated_at: datetime,
    lang: str = "zh",
) -> str:
    """A complete HTML document: title, generation time, filters, KPI table, figures
    (plotly.js embedded once) and the sources with their evidence sentences."""
    labels = _labels(lang)
    sections = [
        f"<h2>{escape_text(labels['filters'])}</h2>{_filters_html(filters, labels)}",
        f"<h2>{escape_text(labels['kpis'])}</h2>{_kpi_html(kpis, labels)}",
    ]
    if figures:
        sections.append(f"<h2>{escape_text(labels['figures'])}</h2>{_figures_html(figures)}")
    sections.append(f"<h2>{escape_text(labels['sources'])}</h2>{_sources_html(sources, labels)}")
    stamp = generated_at.isoformat(sep=" ", timespec="minutes")
    return (
        "<!DOCTYPE html>\n"
        f"<html lang='{labels['html_lang']}'>\n<head>\n<meta charset='utf-8'>\n"
        f"<meta http-equiv='Content-Security-Policy' content=\"{CONTENT_SECURITY_POLICY}\">\n"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>\n"
        f"<title>{escape_text(title)}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
        f"<header><h1>{escape_text(title)}</h1>"
        f"<p class='meta'>{escape_text(labels['generated'])}: {escape_text(stamp)}</p></header>\n"
        f"<main>{''.join(sections)}</main>\n"
        f"<footer>{escape_text(labels['disclaimer'])}</footer>\n</body>\n</html>\n"
    )


def briefing_filename(generated_at: datetime, lang: str = "zh", view: tuple[str, ...] = ()) -> str:
    """Download name for the briefing in the page language, the view's words (exports.view_words)
    before the time, e.g. 反诈通报简报_广东省_2021_20240301-0930.html /
    anti-fraud-briefing_全国_20240301-0930.html (newcomer review: a time alone did not say
    which view a file holds)."""
    return "_".join([i18n.t("brief_file_stem", lang), *view, f"{generated_at:%Y%m%d-%H%M}"]) + ".html"
