"""Plotly figure builders: pure functions of DataFrames → go.Figure.

Maps use the tile-less MapLibre traces (Choroplethmap / Scattermap, map style
"white-bg"): they need no tiles, token or CDN, so they render offline. Geo subplots
(go.Choropleth / scattergeo) are avoided on purpose — they fetch a world topojson.

Every builder takes ``lang`` ('zh' | 'en') and ``dark`` (briefing-screen theme) and uses
fonts large enough for a 1920×1080 wall screen and a 1366×768 laptop.
"""
from __future__ import annotations

import calendar
import math
from datetime import date, timedelta
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from dashboard import geo
from dashboard.i18n import format_number, metric_label as shared_metric_label

FONT_FAMILY = '"Noto Sans CJK SC", "Microsoft YaHei", sans-serif'
BASE_FONT_SIZE = 15
DARK_FONT_SIZE = 18

METRIC_COLOURS = {"money_frozen": "#1f77b4", "money_stopped": "#d62728",
                  "money_recovered": "#2ca02c"}
REGION_DASHES = ("solid", "dash", "dot", "dashdot", "longdash", "longdashdot")
REGION_SYMBOLS = ("circle", "square", "diamond", "triangle-up", "cross", "x")

TEXT: dict[str, dict[str, str]] = {
    "zh": {
        "no_data": "无数据", "period": "时间", "unknown_period": "时间不详",
        "sources": "来源 {n} 篇", "time": "时间", "amount": "金额", "yuan": "元",
        "wan_yuan": "万元", "yi_yuan": "亿元", "comparable": "可比时段连线",
        "omitted_periods": "另有 {n} 条数据时间不详，未在时间轴上显示。",
        "all_shown": "每条横线覆盖该数字所指的时段；只有同地区、同指标、等长且相邻的时段才以虚线相连。",
        "operation": "专项行动", "case": "专案", "open_ended": "持续中（无结束时间）",
        "report": "通报", "regions": "地区", "facts": "数据 {n} 条",
        "undated_campaigns": "另有 {n} 个行动/专案既无开始时间也无通报日期，未显示。",
        "start": "开始", "end": "结束", "ongoing": "至今", "cities": "地市边界",
        "boundary": "境界线", "value": "数值",
    },
    "en": {
        "no_data": "no data", "period": "Period", "unknown_period": "period unknown",
        "sources": "{n} source(s)", "time": "Time", "amount": "Amount", "yuan": "CNY",
        "wan_yuan": "CNY 10k", "yi_yuan": "CNY 100M", "comparable": "comparable periods",
        "omitted_periods": "{n} figure(s) with unknown period are not on the time axis.",
        "all_shown": "Each bar spans the period a figure covers; only equal-length, "
                     "adjacent periods of the same region and metric are joined (dotted).",
        "operation": "Operation", "case": "Case file", "open_ended": "Ongoing (no end date)",
        "report": "Report", "regions": "Regions", "facts": "{n} figure(s)",
        "undated_campaigns": "{n} campaign(s) with neither start nor report dates not shown.",
        "start": "Start", "end": "End", "ongoing": "ongoing", "cities": "city borders",
        "boundary": "boundary", "value": "Value",
    },
}


def _t(lang: str, key: str, **kwargs: Any) -> str:
    table = TEXT["en"] if lang == "en" else TEXT["zh"]
    return table[key].format(**kwargs)


# ---------------------------------------------------------------- number formatting
def format_value(value: float | None, qualifier: str | None, lang: str) -> str:
    """The shared formatter: 5.7e7 at_least → '≥5700万' (zh) / '≥57M' (en)."""
    return format_number(value, qualifier, lang)


def _period_text(start: Any, end: Any, lang: str) -> str:
    start, end = _clean(start), _clean(end)
    if not start and not end:
        return _t(lang, "unknown_period")
    if start == end or not start:
        return str(end)
    if not end:
        return f"{start} – {_t(lang, 'ongoing')}"
    return f"{start} – {end}"


def _clean(value: Any) -> str | None:
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NaT:
        return None
    text = str(value).strip()
    return text or None


def _hover_text(name: str, value: float, qualifier: str, start: Any, end: Any,
                n_sources: Any, metric_label: str, lang: str) -> str:
    sep = "：" if lang == "zh" else ": "
    n = int(n_sources) if n_sources is not None and not pd.isna(n_sources) else 0
    return (f"<b>{name}</b><br>{metric_label}{sep}{format_value(value, qualifier, lang)}"
            f"<br>{_t(lang, 'period')}{sep}{_period_text(start, end, lang)}"
            f"<br>{_t(lang, 'sources', n=n)}")


# ---------------------------------------------------------------- theme
def _theme(dark: bool) -> dict[str, str]:
    if dark:
        return {"template": "plotly_dark", "paper": "#111418", "plot": "#111418",
                "text": "#e8e8e8", "grid": "#333a44", "nodata": "#2b3038",
                "border": "#6b7480", "line": "#d0d4da", "colorscale": "YlOrRd"}
    return {"template": "plotly_white", "paper": "#ffffff", "plot": "#ffffff",
            "text": "#222222", "grid": "#e5e5e5", "nodata": "#e6e6e6",
            "border": "#a8a8a8", "line": "#555555", "colorscale": "OrRd"}


def _base_layout(fig: go.Figure, *, dark: bool, height: int, legend: bool = True) -> None:
    theme = _theme(dark)
    fig.update_layout(
        template=theme["template"],
        height=height,
        paper_bgcolor=theme["paper"],
        plot_bgcolor=theme["plot"],
        font={"family": FONT_FAMILY, "size": DARK_FONT_SIZE if dark else BASE_FONT_SIZE,
              "color": theme["text"]},
        hoverlabel={"font": {"family": FONT_FAMILY,
                             "size": DARK_FONT_SIZE if dark else BASE_FONT_SIZE}},
        margin={"l": 10, "r": 10, "t": 50 if legend else 30, "b": 10},
        showlegend=legend,
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.01, "xanchor": "left",
                "x": 0, "bgcolor": "rgba(0,0,0,0)"},
    )


# ---------------------------------------------------------------- province map
def _map_view(bounds: tuple[float, float, float, float], height: int) -> dict[str, Any]:
    """center/zoom that fits bounds into a map about `height` px tall (MapLibre uses
    512-px world tiles, Web Mercator)."""
    lon_min, lat_min, lon_max, lat_max = bounds

    def merc(lat: float) -> float:
        return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))

    y_span = max(merc(lat_max) - merc(lat_min), 1e-6)
    x_span = max(math.radians(lon_max - lon_min), 1e-6)
    usable_h, usable_w = height * 0.85, height * 1.2  # width unknown: assume landscape
    zoom = math.log2(min(usable_h / y_span, usable_w / x_span) * 2 * math.pi / 512)
    mid_y = (merc(lat_max) + merc(lat_min)) / 2
    center_lat = math.degrees(2 * math.atan(math.exp(mid_y)) - math.pi / 2)
    return {"center": {"lon": (lon_min + lon_max) / 2, "lat": center_lat},
            "zoom": round(min(max(zoom, 0.5), 12), 2)}


def _dark_background_layer(colour: str) -> dict[str, Any]:
    """The white-bg style is white; a world-sized fill below the traces darkens it
    without any tile source."""
    world = {"type": "Polygon",
             "coordinates": [[[-180, -85], [180, -85], [180, 85], [-180, 85], [-180, -85]]]}
    return {"sourcetype": "geojson", "source": world, "type": "fill", "color": colour,
            "below": "traces"}


def _log_colour_ticks(values: pd.Series, lang: str) -> tuple[list[float], list[str]]:
    low, high = math.floor(math.log10(values.min())), math.ceil(math.log10(values.max()))
    ticks = list(range(low, high + 1)) or [low]
    return [float(t) for t in ticks], [format_value(10 ** t, "exact", lang) for t in ticks]


def province_choropleth(values: pd.DataFrame, *, metric_label: str, lang: str,
                        bubbles: pd.DataFrame | None = None,
                        focus_province: str | None = None, height: int = 640,
                        dark: bool = False) -> go.Figure:
    """All provinces (grey without data), coloured by value on a log scale, 境界线 on top,
    optional city/county bubbles; focus_province zooms in and draws its cities."""
    theme = _theme(dark)
    provinces = geo.load_boundaries("province")
    fig = go.Figure()

    all_ids = [f["id"] for f in provinces["features"]]
    names = [f["properties"]["name"] for f in provinces["features"]]
    fig.add_trace(go.Choroplethmap(
        geojson=provinces, locations=all_ids, z=[0] * len(all_ids),
        colorscale=[[0, theme["nodata"]], [1, theme["nodata"]]], showscale=False,
        marker={"line": {"color": theme["border"], "width": 0.8}},
        hovertext=[f"<b>{n}</b><br>{_t(lang, 'no_data')}" for n in names],
        hovertemplate="%{hovertext}<extra></extra>", name=_t(lang, "no_data"),
        showlegend=False,
    ))

    data = values[values["value"].notna() & (values["value"] > 0)] if len(values) else values
    if len(data):
        z = [math.log10(v) for v in data["value"]]
        tickvals, ticktext = _log_colour_ticks(data["value"], lang)
        wanted = set(data["adcode"].astype(str))
        # only the coloured provinces: the geojson is shipped once per trace to the browser
        coloured = geo.feature_collection(
            f for f in provinces["features"] if f["id"] in wanted)
        fig.add_trace(go.Choroplethmap(
            geojson=coloured, locations=list(data["adcode"].astype(str)), z=z,
            colorscale=theme["colorscale"], marker={"line": {"color": theme["border"],
                                                             "width": 0.8}},
            colorbar={"title": {"text": metric_label}, "tickvals": tickvals,
                      "ticktext": ticktext, "thickness": 14, "len": 0.6, "x": 0.99,
                      "xanchor": "right", "bgcolor": "rgba(0,0,0,0)"},
            hovertext=[_hover_text(r.province, r.value, r.qualifier, r.period_start,
                                   r.period_end, r.n_sources, metric_label, lang)
                       for r in data.itertuples()],
            hovertemplate="%{hovertext}<extra></extra>", name=metric_label,
            showlegend=False,
        ))

    if focus_province:
        lons, lats = geo.line_coordinates(geo.cities_of_province(focus_province))
        fig.add_trace(go.Scattermap(
            lon=lons, lat=lats, mode="lines", hoverinfo="skip", name=_t(lang, "cities"),
            line={"color": theme["line"], "width": 0.7}, showlegend=False,
        ))

    if bubbles is not None and len(bubbles):
        pts = bubbles[bubbles["value"].notna() & bubbles["lon"].notna()]
        if len(pts):
            biggest = float(pts["value"].max()) or 1.0
            fig.add_trace(go.Scattermap(
                lon=pts["lon"], lat=pts["lat"], mode="markers", name=metric_label,
                marker={"size": [10 + 30 * math.sqrt(max(v, 0) / biggest) for v in pts["value"]],
                        "color": "#3b6fb6", "opacity": 0.75},
                hovertext=[_hover_text(r.name, r.value, r.qualifier, r.period_start,
                                       r.period_end, r.n_sources, metric_label, lang)
                           for r in pts.itertuples()],
                hovertemplate="%{hovertext}<extra></extra>", showlegend=False,
            ))

    # Boundary lines last so the national border and ten-dash line sit on top.
    lons, lats = geo.line_coordinates(geo.load_boundary_lines())
    fig.add_trace(go.Scattermap(
        lon=lons, lat=lats, mode="lines", hoverinfo="skip", name=_t(lang, "boundary"),
        line={"color": theme["line"], "width": 1.6}, showlegend=False,
    ))

    _base_layout(fig, dark=dark, height=height, legend=False)
    map_layout: dict[str, Any] = {"style": "white-bg",
                                  "uirevision": focus_province or "china"}
    # Default view: the full extent incl. the South China Sea islands (about 3.4°N) and
    # the ten-dash line. Explicit center/zoom: plotly's fitbounds zooms out to the world.
    bounds = geo.province_bounds(focus_province) if focus_province else geo.china_bounds()
    map_layout.update(_map_view(bounds, height))
    if dark:
        map_layout["layers"] = [_dark_background_layer(theme["paper"])]
    fig.update_layout(map=map_layout, margin={"t": 10},
                      meta={"caption": geo.map_caption(lang)})
    return fig


# ---------------------------------------------------------------- money over time
def _to_date(value: Any, *, end: bool = False) -> date | None:
    """ISO 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'; a partial end date means the period's last day."""
    text = _clean(value)
    if not text:
        return None
    parts = text[:10].split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else (12 if end else 1)
        if len(parts) > 2:
            day = int(parts[2])
        else:
            day = calendar.monthrange(year, month)[1] if end else 1
        return date(year, month, day)
    except (ValueError, IndexError):
        return None


def _period_length_key(start: date, end: date) -> tuple[str, int]:
    """Whole calendar months compare by month count (Jan and Feb are both 'one month');
    anything else by day count."""
    if start.day == 1 and end == _to_date(f"{end.year}-{end.month:02d}", end=True):
        return ("months", (end.year - start.year) * 12 + end.month - start.month + 1)
    return ("days", (end - start).days + 1)


def comparable_pairs(periods: list[tuple[date, date]]) -> list[tuple[int, int]]:
    """Index pairs (i, j) of periods that may be joined by a line: same length, j starts
    the day after i ends. Overlapping or gapped periods are never joined."""
    order = sorted(range(len(periods)), key=lambda i: periods[i])
    pairs = []
    for i in order:
        for j in order:
            si, ei = periods[i]
            sj, ej = periods[j]
            if (sj == ei + timedelta(days=1)
                    and _period_length_key(si, ei) == _period_length_key(sj, ej)):
                pairs.append((i, j))
    return pairs


def _money_axis(max_value: float, lang: str) -> tuple[float, str]:
    if max_value >= 1e8:
        return 1e8, _t(lang, "yi_yuan")
    if max_value >= 1e4:
        return 1e4, _t(lang, "wan_yuan")
    return 1.0, _t(lang, "yuan")


def money_trend(spans: pd.DataFrame, *, lang: str, height: int = 480,
                dark: bool = False) -> go.Figure:
    """Each figure as a horizontal bar over the period it covers (a point when the period
    is one day), coloured by metric, dashed/marked per region. Only comparable consecutive
    periods are joined; nothing is interpolated. Caption in fig.layout.meta['caption']."""
    fig = go.Figure()
    frame = spans.copy()
    frame["start_d"] = [_to_date(v) for v in frame.get("period_start", [])]
    frame["end_d"] = [_to_date(v, end=True) for v in frame.get("period_end", [])]
    frame["start_d"] = [s or e for s, e in zip(frame["start_d"], frame["end_d"])]
    dated = frame[frame["end_d"].notna() & frame["value"].notna()]
    n_omitted = len(frame) - len(dated)

    scale, unit = _money_axis(float(dated["value"].max()) if len(dated) else 0.0, lang)
    regions = list(dict.fromkeys(dated["region"].fillna("—")))
    sep = "：" if lang == "zh" else ": "
    for (metric, region), group in dated.groupby(
            [dated["metric"], dated["region"].fillna("—")], sort=False):
        name_metric = shared_metric_label(metric, lang)
        style = regions.index(region)
        xs: list[Any] = []
        ys: list[Any] = []
        texts: list[Any] = []
        for r in group.itertuples():
            hover = (f"<b>{region} · {name_metric}</b><br>"
                     f"{format_value(r.value, r.qualifier, lang)}{_t(lang, 'yuan') if lang == 'zh' else ' CNY'}"
                     f"<br>{_t(lang, 'period')}{sep}{_period_text(r.period_start, r.period_end, lang)}")
            evidence = _clean(getattr(r, "evidence", None))
            if evidence:
                hover += f"<br><i>{evidence[:60]}</i>"
            points = [r.start_d] if r.start_d == r.end_d else [r.start_d, r.end_d]
            for point in points:
                xs.append(point.isoformat())
                ys.append(r.value / scale)
                texts.append(hover)
            xs.append(None)
            ys.append(None)
            texts.append(None)
        fig.add_trace(go.Scatter(
            x=xs, y=ys, mode="lines+markers", connectgaps=False,
            name=f"{name_metric} · {region}" if len(regions) > 1 else name_metric,
            legendgroup=f"{metric}|{region}",
            line={"color": METRIC_COLOURS.get(metric, "#7f7f7f"), "width": 6,
                  "dash": REGION_DASHES[style % len(REGION_DASHES)]},
            marker={"size": 10, "symbol": REGION_SYMBOLS[style % len(REGION_SYMBOLS)]},
            hovertext=texts, hovertemplate="%{hovertext}<extra></extra>",
            meta={"kind": "spans", "metric": metric, "region": region,
                  "n_segments": len(group)},
        ))
        periods = [(s, e) for s, e in zip(group["start_d"], group["end_d"])]
        values = list(group["value"])
        cx: list[Any] = []
        cy: list[Any] = []
        for i, j in comparable_pairs(periods):
            for k in (i, j):
                start, end = periods[k]
                cx.append((start + (end - start) / 2).isoformat())
                cy.append(values[k] / scale)
            cx.append(None)
            cy.append(None)
        if cx:
            fig.add_trace(go.Scatter(
                x=cx, y=cy, mode="lines", connectgaps=False, hoverinfo="skip",
                name=_t(lang, "comparable"), legendgroup=f"{metric}|{region}",
                showlegend=False,
                line={"color": METRIC_COLOURS.get(metric, "#7f7f7f"), "width": 1.5,
                      "dash": "dot"},
                meta={"kind": "connector", "metric": metric, "region": region},
            ))

    _base_layout(fig, dark=dark, height=height)
    caption = _t(lang, "all_shown")
    if n_omitted:
        caption += " " + _t(lang, "omitted_periods", n=n_omitted)
    fig.update_layout(
        xaxis={"title": {"text": _t(lang, "time")}, "type": "date", "tickformat": "%Y-%m",
               "gridcolor": _theme(dark)["grid"]},
        yaxis={"title": {"text": f"{_t(lang, 'amount')}（{unit}）" if lang == "zh"
                         else f"{_t(lang, 'amount')} ({unit})"},
               "rangemode": "tozero", "gridcolor": _theme(dark)["grid"]},
        meta={"caption": caption, "n_omitted": n_omitted},
        hovermode="closest",
    )
    return fig


# ---------------------------------------------------------------- region bars
def region_comparison(values: pd.DataFrame, *, metric_label: str, lang: str,
                      dark: bool = False) -> go.Figure:
    """Horizontal bars, largest on top, labelled with the formatted value (≥ / 约 kept)."""
    data = values[values["value"].notna()].sort_values("value", ascending=True)
    labels = [format_value(v, q, lang) for v, q in zip(data["value"], data["qualifier"])]
    hover = [_hover_text(r.region, r.value, r.qualifier, None, None, r.n_sources,
                         metric_label, lang).replace(
                             f"<br>{_t(lang, 'period')}{'：' if lang == 'zh' else ': '}"
                             f"{_t(lang, 'unknown_period')}", "")
             for r in data.itertuples()]
    fig = go.Figure(go.Bar(
        x=data["value"], y=data["region"], orientation="h", text=labels,
        textposition="outside", cliponaxis=False, hovertext=hover,
        hovertemplate="%{hovertext}<extra></extra>", name=metric_label,
        marker={"color": "#c8553d" if not dark else "#f28f3b"},
    ))
    height = max(260, 70 + 34 * len(data))
    _base_layout(fig, dark=dark, height=height, legend=False)
    fig.update_layout(
        xaxis={"title": {"text": metric_label}, "showticklabels": False,
               "gridcolor": _theme(dark)["grid"]},
        yaxis={"automargin": True},
        margin={"r": 70, "t": 20},
    )
    return fig


# ---------------------------------------------------------------- campaigns
def campaign_timeline(campaigns: pd.DataFrame, reports: pd.DataFrame, *, lang: str,
                      height: int = 520, dark: bool = False,
                      today: date | None = None) -> go.Figure:
    """Gantt of campaigns: start→end bars; open-ended ones run (hatched, faded) to their
    latest report or today; start-less ones appear only through their report markers."""
    today = today or date.today()
    report_dates: dict[str, list[date]] = {}
    for r in reports.itertuples():
        d = _to_date(r.date)
        if d:
            report_dates.setdefault(r.name, []).append(d)

    rows = []
    for c in campaigns.itertuples():
        start = _to_date(c.start)
        end = _to_date(c.end, end=True)
        latest = max(report_dates.get(c.name, []), default=None)
        open_ended = start is not None and end is None
        if open_ended:
            end = latest if latest and latest >= start else today
        rows.append({"name": c.name, "kind": c.kind, "start": start, "end": end,
                     "open": open_ended, "raw_start": _clean(c.start), "raw_end": _clean(c.end),
                     "regions": _clean(getattr(c, "regions", None)) or "—",
                     "n_facts": getattr(c, "n_facts", 0), "has_reports": c.name in report_dates})
    shown = [r for r in rows if r["start"] or r["has_reports"]]
    n_hidden = len(rows) - len(shown)
    # Earliest at the top; start-less rows (markers only) last.
    shown.sort(key=lambda r: (r["start"] is None, r["start"] or date.max,
                              min(report_dates.get(r["name"], [date.max]))))
    order = [r["name"] for r in shown]

    fig = go.Figure()
    sep = "：" if lang == "zh" else ": "
    kind_colour = {"operation": "#3b6fb6", "case": "#c8553d"}
    for kind in ("operation", "case"):
        for is_open in (False, True):
            bars = [r for r in shown if r["start"] and r["kind"] == kind and r["open"] == is_open]
            if not bars:
                continue
            name = _t(lang, kind) + (f" · {_t(lang, 'open_ended')}" if is_open else "")
            fig.add_trace(go.Bar(
                base=[r["start"].isoformat() for r in bars],
                x=[((r["end"] - r["start"]).days + 1) * 86_400_000 for r in bars],
                y=[r["name"] for r in bars], orientation="h", name=name,
                marker={"color": kind_colour[kind], "opacity": 0.45 if is_open else 0.9,
                        "pattern": {"shape": "/" if is_open else ""}},
                hovertext=[
                    f"<b>{r['name']}</b> ({_t(lang, r['kind'])})<br>"
                    f"{_t(lang, 'start')}{sep}{r['raw_start']}<br>"
                    f"{_t(lang, 'end')}{sep}{r['raw_end'] or _t(lang, 'ongoing')}<br>"
                    f"{_t(lang, 'regions')}{sep}{r['regions']}<br>"
                    f"{_t(lang, 'facts', n=int(r['n_facts'] or 0))}" for r in bars],
                hovertemplate="%{hovertext}<extra></extra>",
                meta={"kind": kind, "open_ended": is_open},
            ))
    marks = reports[reports["name"].isin(order)] if len(reports) else reports
    if len(marks):
        fig.add_trace(go.Scatter(
            x=[_to_date(d).isoformat() if _to_date(d) else None for d in marks["date"]],
            y=list(marks["name"]), mode="markers", name=_t(lang, "report"),
            marker={"symbol": "diamond", "size": 13, "color": "#f2b134",
                    "line": {"color": "#333333", "width": 1}},
            hovertext=[f"<b>{n}</b><br>{d}<br>{lbl}" for n, d, lbl in
                       zip(marks["name"], marks["date"], marks["label"])],
            hovertemplate="%{hovertext}<extra></extra>",
        ))

    _base_layout(fig, dark=dark, height=max(height, 90 + 36 * len(order)))
    caption = _t(lang, "undated_campaigns", n=n_hidden) if n_hidden else ""
    fig.update_layout(
        barmode="overlay",
        xaxis={"type": "date", "title": {"text": _t(lang, "time")}, "tickformat": "%Y-%m",
               "gridcolor": _theme(dark)["grid"]},
        yaxis={"categoryorder": "array", "categoryarray": order, "autorange": "reversed",
               "automargin": True},
        meta={"caption": caption, "n_hidden": n_hidden},
    )
    return fig
