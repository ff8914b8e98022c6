"""Plotly figure builders: pure functions of DataFrames → go.Figure.

Maps use plotly's geo traces (go.Choropleth with the boundaries as GeoJSON, Scattergeo for
lines and bubbles) on geo subplots with every base layer hidden: they draw as SVG, once.
The MapLibre traces (Choroplethmap / Scattermap) drew through WebGL, which a browser without
a GPU emulates in software: the map page spent seconds redrawing after its first frame.
plotly.js fetches a base-map topojson from cdn.plot.ly for a geo subplot with a choropleth,
even with no base layer shown; a page that shows a map first seeds window.PlotlyGeoAssets
with empty base maps (OFFLINE_GEO_ASSETS_SCRIPT), so nothing is fetched.

Every builder takes ``lang`` ('zh' | 'en') and ``dark`` (briefing-screen theme) and uses
fonts large enough for a 1920×1080 wall screen and a 1366×768 laptop.
"""
from __future__ import annotations

import calendar
import copy
import json
import math
from datetime import date, timedelta
from typing import Any, Iterable

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from dashboard import geo, i18n
from dashboard.i18n import format_number, metric_label as shared_metric_label
from dashboard.safe_html import plotly_plain

FONT_FAMILY = '"Noto Sans CJK SC", "Microsoft YaHei", sans-serif'
BASE_FONT_SIZE = 15
# The dark theme is the wall screen's (1920×1080): every chart text there is ≥ 24 px.
DARK_FONT_SIZE = 24

METRIC_COLOURS = {"money_frozen": "#1f77b4", "money_stopped": "#d62728",
                  "money_recovered": "#2ca02c"}
REGION_DASHES = ("solid", "dash", "dot", "dashdot", "longdash", "longdashdot")
# Regions the money page's trend draws at once (one dash each, each in the legend).
TREND_REGIONS = len(REGION_DASHES)
REGION_SYMBOLS = ("circle", "square", "diamond", "triangle-up", "cross", "x")

class ServedFigure(go.Figure):
    """A finished figure that is kept and drawn again (views.map_view's, cached per view).

    st.plotly_chart calls to_dict() on every run, and plotly's deep-copies the whole figure,
    GeoJSON included (≈1 MB for the map). Here the dict is made once and the GeoJSON of each
    trace is shared, not copied; everything else is copied and base64-packed exactly as
    plotly's to_dict does. So a ServedFigure must not be changed after `served()`."""

    def to_dict(self) -> dict[str, Any]:
        cached = self.__dict__.get("_served_dict")
        if cached is None:
            cached = _served_dict(self)
            self.__dict__["_served_dict"] = cached
        return cached


def _served_dict(fig: go.Figure) -> dict[str, Any]:
    from _plotly_utils.utils import convert_to_base64

    data = []
    for trace in fig._data:
        rest = copy.deepcopy({k: v for k, v in trace.items() if k != "geojson"})
        convert_to_base64(rest)
        data.append({k: trace[k] if k == "geojson" else rest[k] for k in trace})
    out = {"data": data, "layout": copy.deepcopy(fig._layout)}
    convert_to_base64(out["layout"])
    frames = copy.deepcopy([frame._props for frame in fig._frame_objs])
    if frames:
        out["frames"] = frames
        convert_to_base64(out["frames"])
    return out


def served(fig: go.Figure) -> ServedFigure:
    """The figure, finished: its to_dict() is built once (see ServedFigure)."""
    fig.__class__ = ServedFigure
    return fig  # type: ignore[return-value]


def _t(lang: str, key: str, **kwargs: Any) -> str:
    """Chart strings live in the one table, i18n.STRINGS (keys fig_*)."""
    return i18n.t(f"fig_{key}", lang, **kwargs)


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
                n_sources: Any, metric_label: str, lang: str, metric: str | None = None) -> str:
    """A region's hover; with ``metric`` (its code) the figure carries its unit (664人, not
    664, as the table beside the map writes it)."""
    sep = "：" if lang == "zh" else ": "
    n = int(n_sources) if n_sources is not None and not pd.isna(n_sources) else 0
    shown = i18n.format_amount(value, metric, qualifier, lang) if metric else format_value(value, qualifier, lang)
    return (f"<b>{name}</b><br>{metric_label}{sep}{shown}"
            f"<br>{_t(lang, 'period')}{sep}{_period_text(start, end, lang)}"
            f"<br>{_t(lang, 'sources', n=n)}")


# ---------------------------------------------------------------- theme
def _theme(dark: bool) -> dict[str, str]:
    if dark:
        return {"template": "plotly_dark", "paper": "#111418", "plot": "#111418",
                "text": "#e8e8e8", "grid": "#333a44", "nodata": "#2b3038", "outside": "#1b1f25",
                "border": "#6b7480", "line": "#d0d4da",
                "colorscale": [[0, "#fed976"], [0.5, "#fd8d3c"], [1, "#bd0026"]]}
    return {"template": "plotly_white", "paper": "#ffffff", "plot": "#ffffff",
            "text": "#222222", "grid": "#e5e5e5", "nodata": "#e6e6e6", "outside": "#f5f5f5",
            "border": "#a8a8a8", "line": "#555555",
            # starts at a clear orange: OrRd's near-white low end looks like "no data"
            "colorscale": [[0, "#fdbb84"], [0.5, "#ef6548"], [1, "#7f0000"]]}


def _set_template(fig: go.Figure, name: str) -> None:
    """fig.layout.template = one of plotly.io's registered templates, without validating it
    again: plotly validates and copies a template on every assignment (~20 ms a figure, most
    of a filter change's chart), while the registered ones are valid already — plotly itself
    assigns its default template this way (BaseFigure._initialize_layout_template). The
    figure's dict is the same either way."""
    layout = fig._layout_obj  # noqa: SLF001 - the switch plotly's own default-template path uses
    layout._validate = False  # noqa: SLF001
    try:
        layout.template = pio.templates[name]
    finally:
        layout._validate = fig._validate  # noqa: SLF001


def _base_layout(fig: go.Figure, *, dark: bool, height: int, legend: bool = True) -> None:
    theme = _theme(dark)
    _set_template(fig, theme["template"])
    fig.update_layout(
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
# Wall screen (1920×1080): secondary text — axis ticks, legends, colour-bar ticks, the
# inset's label — is at least this many CSS px, readable from the back of a briefing room.
WALL_SECONDARY_FONT = 24
# The wall's money panel: at 24 px a legend of more (metric, region) lines than this wraps into
# rows that squeeze the plot to a strip at 1366×768 (seen in the wall screenshots: 3 regions ×
# 3 metrics left 64 of the chart's 385 px to the plot); beyond it the regions share one line per metric
WALL_LEGEND_LINES = 4
# The South China Sea inset: lower right of the map, as on Chinese maps (paper fractions).
INSET_DOMAIN = {"x": [0.83, 1.0], "y": [0.0, 0.38]}


# plotly.js looks for a geo subplot's base map (scope_resolution, e.g. "world_110m") in
# window.PlotlyGeoAssets before fetching it from cdn.plot.ly. Empty base maps for every
# scope and resolution: the maps draw their own GeoJSON and show no base layer.
_GEO_SCOPES = ("world", "usa", "europe", "asia", "africa", "north-america", "south-america",
               "antarctica", "oceania")
_GEO_LAYERS = ("coastlines", "land", "ocean", "lakes", "rivers", "countries", "subunits")


def _offline_geo_assets_script() -> str:
    empty = {"type": "Topology", "arcs": [],
             "objects": {layer: {"type": "GeometryCollection", "geometries": []}
                         for layer in _GEO_LAYERS}}
    topojson = json.dumps({f"{scope}_{res}m": empty for scope in _GEO_SCOPES
                           for res in (110, 50)}, separators=(",", ":"))
    # merged into what is there: plotly.js may have made its own (empty) registry first
    return ("<script>(function(){var a=window.PlotlyGeoAssets=window.PlotlyGeoAssets||{};"
            f"a.topojson=Object.assign(a.topojson||{{}},{topojson});}})();</script>")


OFFLINE_GEO_ASSETS_SCRIPT = _offline_geo_assets_script()


def _geo_view(theme: dict[str, str], *, domain: dict[str, Any], revision: str) -> dict[str, Any]:
    """A geo subplot that draws only the traces' own GeoJSON: no base layer, no frame."""
    return {"visible": False, "bgcolor": theme["paper"], "domain": domain,
            "projection": {"type": "mercator"}, "uirevision": revision}


def _geo_range(bounds: tuple[float, float, float, float], pad: float = 0.03) -> dict[str, Any]:
    """The view of a Mercator geo subplot that fits `bounds` (lon/lat degrees, `pad` of
    their span added on each side). plotly centres the view on geo.center, which it would
    put at the middle latitude; on Mercator the box's middle is further north, so the
    centre is given (else the north of the box is cut off)."""
    lon_min, lat_min, lon_max, lat_max = bounds
    dx, dy = (lon_max - lon_min) * pad, (lat_max - lat_min) * pad
    south, north = lat_min - dy, lat_max + dy

    def merc(lat: float) -> float:
        return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))

    mid = (merc(south) + merc(north)) / 2
    return {"lonaxis": {"range": [lon_min - dx, lon_max + dx]},
            "lataxis": {"range": [south, north]},
            "center": {"lon": (lon_min + lon_max) / 2,
                       "lat": math.degrees(2 * math.atan(math.exp(mid)) - math.pi / 2)}}


# A drilled-down view shows its province with this share of its extent around it.
FOCUS_PAD = 0.03


def _view_box(focus_province: str) -> tuple[float, float, float, float]:
    """(lon_min, lat_min, lon_max, lat_max) that a drilled-down map shows."""
    lon_min, lat_min, lon_max, lat_max = geo.province_bounds(focus_province)
    dx, dy = (lon_max - lon_min) * FOCUS_PAD, (lat_max - lat_min) * FOCUS_PAD
    return (round(lon_min - dx, 4), round(lat_min - dy, 4), round(lon_max + dx, 4),
            round(lat_max + dy, 4))


def _log_ticks(values: pd.Series, lang: str) -> tuple[list[float], list[str]]:
    """Ticks at the powers of ten inside the values' range; when fewer than two fall inside
    (1670 and 7515 lie between 10³ and 10⁴), the smallest and largest values themselves, so
    the colour bar always reads. Returns (log10 of each tick, its label in words: 1万, 10M).
    Used by the map's colour bar and the money trend's log axis."""
    lo, hi = math.log10(values.min()), math.log10(values.max())
    inside = list(range(math.ceil(lo - 1e-9), math.floor(hi + 1e-9) + 1))
    if len(inside) >= 2:
        return [float(t) for t in inside], [format_value(10 ** t, "exact", lang) for t in inside]
    ends = sorted({float(values.min()), float(values.max())})
    return [math.log10(v) for v in ends], [format_value(v, "exact", lang) for v in ends]


def _has_value(frame: pd.DataFrame | None) -> pd.DataFrame:
    if frame is None or not len(frame):
        return pd.DataFrame(columns=["adcode", "value"])
    return frame[frame["value"].notna() & (frame["value"] > 0) & frame["adcode"].notna()]


def _drawn(features: Iterable[dict]) -> dict[str, Any]:
    """The features as the browser needs them: id and geometry (shared, not copied); the
    names stay on the server, where hover texts are made."""
    return geo.feature_collection({"type": "Feature", "id": f["id"], "geometry": f["geometry"]}
                                  for f in features)


def _without(collection: dict[str, Any], data: pd.DataFrame) -> dict[str, Any]:
    """The regions of `collection` that have no figure in `data` (the grey ones): a region
    with a figure is drawn once, in its colour, not also grey beneath it."""
    coloured = set(data["adcode"].astype(str)) if len(data) else set()
    return geo.feature_collection(f for f in collection["features"]
                                  if f["id"] not in coloured)


def _grey_regions(collection: dict[str, Any], theme: dict[str, str], lang: str, *,
                  subplot: str, role: str, colour: str | None = None) -> go.Choropleth:
    ids = [f["id"] for f in collection["features"]]
    names = [f["properties"].get("name", f["id"]) for f in collection["features"]]
    colour = colour or theme["nodata"]
    return go.Choropleth(
        geojson=_drawn(collection["features"]), locations=ids, z=[0] * len(ids),
        geo=subplot,
        colorscale=[[0, colour], [1, colour]], showscale=False,
        marker={"line": {"color": theme["border"], "width": 0.8}},
        hovertext=[f"<b>{n}</b><br>{_t(lang, 'no_data')}" for n in names],
        hovertemplate="%{hovertext}<extra></extra>", name=_t(lang, "no_data"),
        showlegend=False, meta={"role": role},
    )


def _add_region_trace(fig: go.Figure, trace: go.Choropleth) -> None:
    """fig.add_trace, with the trace's GeoJSON shared instead of deep-copied (plotly copies
    every trace it adds; the boundaries are ~1 MB, cached by geo and never changed)."""
    keys = list(trace._props)
    geojson = trace._props.pop("geojson", None)
    fig.add_trace(trace)
    if geojson is not None:
        props = fig._data[-1]
        ordered = {k: geojson if k == "geojson" else props[k] for k in keys if k in props
                   or k == "geojson"}
        ordered.update({k: v for k, v in props.items() if k not in ordered})
        props.clear()
        props.update(ordered)


def _coloured_regions(collection: dict[str, Any], data: pd.DataFrame, names: dict[str, str],
                      metric_label: str, lang: str, theme: dict[str, str], *, subplot: str,
                      role: str, metric: str | None = None) -> go.Choropleth | None:
    """Regions with a figure, on the shared log colour axis; None when none is drawable."""
    present = {f["id"] for f in collection["features"]}
    rows = data[data["adcode"].astype(str).isin(present)]
    if not len(rows):
        return None
    wanted = set(rows["adcode"].astype(str))
    # only these features: the geojson is shipped once per trace to the browser
    shapes = _drawn(f for f in collection["features"] if f["id"] in wanted)
    return go.Choropleth(
        geojson=shapes, locations=list(rows["adcode"].astype(str)),
        z=[math.log10(v) for v in rows["value"]], coloraxis="coloraxis", geo=subplot,
        marker={"line": {"color": theme["border"], "width": 0.8}},
        hovertext=[_hover_text(names.get(str(r.adcode), str(r.adcode)), r.value, r.qualifier,
                               r.period_start, r.period_end, r.n_sources, metric_label, lang, metric)
                   for r in rows.itertuples()],
        hovertemplate="%{hovertext}<extra></extra>", name=metric_label, showlegend=False,
        meta={"role": role},
    )


def _lines(collection: dict[str, Any], theme: dict[str, str], lang: str, *, subplot: str,
           role: str, width: float = 1.6, name_key: str = "boundary") -> go.Scattergeo:
    # as float arrays, the breaks NaN (a gap to plotly.js, like None): plotly keeps an
    # array as it is and sends it packed (base64), where a list of ~30,000 coordinates was
    # checked item by item twice a build (~0.1 s of a map's filter change at 10k)
    lons, lats = (np.asarray(c, dtype=float) for c in geo.line_coordinates(collection))
    return go.Scattergeo(lon=lons, lat=lats, mode="lines", hoverinfo="skip",
                         name=_t(lang, name_key), geo=subplot, showlegend=False,
                         line={"color": theme["line"], "width": width}, meta={"role": role})


def _city_values(bubbles: pd.DataFrame | None, values: pd.DataFrame,
                 focus: str) -> pd.DataFrame:
    """Figures per city polygon of the focused province: the city-level bubbles; for a
    municipality (one polygon, id = the province's adcode) the province's own figure."""
    cities = bubbles[bubbles["level"] == "city"] if bubbles is not None and len(bubbles) \
        and "level" in bubbles else pd.DataFrame(columns=["adcode", "value"])
    cities = _has_value(cities)
    if one_polygon(focus):
        return _has_value(values[values["adcode"].astype(str) == str(focus)[:2] + "0000"])
    return cities


def one_polygon(focus: str) -> bool:
    """A municipality: its boundary file has one polygon, the province itself, so its
    districts (city-level rows, regions.region_path) are drawn as bubbles, not filled."""
    features = geo.cities_of_province(focus)["features"]
    return len(features) == 1 and features[0]["id"] == str(focus)[:2] + "0000"


def _unit_title(label: str, metric: str | None, lang: str) -> str:
    """单位：起 / Unit: cases — the colour bar's title; the metric's name when it has no unit."""
    unit = i18n.metric_unit(metric, lang) if metric else ""
    return _t(lang, "unit_title", unit=unit) if unit else label


def province_choropleth(values: pd.DataFrame, *, metric_label: str, lang: str,
                        bubbles: pd.DataFrame | None = None,
                        focus_province: str | None = None, height: int = 640,
                        dark: bool = False, metric: str | None = None) -> go.Figure:
    """The map of China: provinces coloured by value on a log scale (grey without a figure),
    境界线 on top, optional city/county bubbles, and the South China Sea islands with the
    ten-dash line in an inset box at the lower right, so the main view fits the mainland.

    values: one row per province (province, adcode, value, qualifier, period_start,
    period_end, n_sources). bubbles: city/county rows with lon, lat, level and the same
    value columns. focus_province (an adcode) zooms into that province and colours its
    cities by their own figures — a city without a figure stays grey, never the province's
    colour; counties (no polygons) remain bubbles. Traces carry meta.role."""
    theme = _theme(dark)
    provinces = geo.load_boundaries("province")
    names = {f["id"]: f["properties"].get("name", f["id"]) for f in provinces["features"]}
    lines = geo.load_boundary_lines()
    fig = go.Figure()

    if focus_province:
        cities = geo.cities_of_province(focus_province)
        names.update({f["id"]: f["properties"].get("name", f["id"])
                      for f in cities["features"]})
        data = _city_values(bubbles, values, focus_province)
        # the provinces around the focused one are paler than its cities without a figure;
        # only their parts near the view are sent (the view clips the rest anyway)
        around = geo.provinces_around(focus_province, _view_box(focus_province))
        _add_region_trace(fig, _grey_regions(around, theme, lang, subplot="geo", role="base",
                                             colour=theme["outside"]))
        # each city once: grey without a figure, in its colour with one
        _add_region_trace(fig, _grey_regions(_without(cities, data), theme, lang, subplot="geo",
                                             role="city_base"))
        coloured = _coloured_regions(cities, data, names, metric_label, lang, theme,
                                     subplot="geo", role="city_data", metric=metric)
        point_rows = bubbles[(bubbles["level"] != "city") | one_polygon(focus_province)] \
            if bubbles is not None and len(bubbles) and "level" in bubbles else None
    else:
        # the whole country at once: lighter outlines (geo.national_provinces), and each
        # province drawn once — grey when it has no figure, else in its colour
        provinces = geo.national_provinces()
        data = _has_value(values)
        _add_region_trace(fig, _grey_regions(_without(provinces, data), theme, lang,
                                             subplot="geo", role="base"))
        coloured = _coloured_regions(provinces, data, names, metric_label, lang, theme,
                                     subplot="geo", role="data", metric=metric)
        point_rows = bubbles
    if coloured is not None:
        _add_region_trace(fig, coloured)

    if point_rows is not None and len(point_rows):
        pts = point_rows[point_rows["value"].notna() & point_rows["lon"].notna()]
        if len(pts):
            biggest = float(pts["value"].max()) or 1.0
            fig.add_trace(go.Scattergeo(
                lon=pts["lon"], lat=pts["lat"], mode="markers", name=metric_label,
                marker={"size": [10 + 30 * math.sqrt(max(v, 0) / biggest) for v in pts["value"]],
                        "color": "#3b6fb6", "opacity": 0.75},
                hovertext=[_hover_text(r.name, r.value, r.qualifier, r.period_start,
                                       r.period_end, r.n_sources, metric_label, lang, metric)
                           for r in pts.itertuples()],
                hovertemplate="%{hovertext}<extra></extra>", showlegend=False,
                meta={"role": "bubbles"},
            ))

    secondary = WALL_SECONDARY_FONT if dark else BASE_FONT_SIZE - 2
    _base_layout(fig, dark=dark, height=height, legend=False)
    map_layout = _geo_view(theme, domain={"x": [0, 1], "y": [0, 1]},
                           revision=focus_province or "china")

    if focus_province:
        map_layout.update(_geo_range(_view_box(focus_province), pad=0.0))
    else:
        map_layout.update(_geo_range(geo.mainland_bounds()))
        inset_regions, inset_lines = geo.south_china_sea_inset()
        _add_region_trace(fig, _grey_regions(_without(inset_regions, data), theme, lang,
                                             subplot="geo2", role="inset_base"))
        inset_coloured = _coloured_regions(inset_regions, data, names, metric_label, lang,
                                           theme, subplot="geo2", role="inset_data", metric=metric)
        if inset_coloured is not None:
            _add_region_trace(fig, inset_coloured)
        fig.add_trace(_lines(inset_lines, theme, lang, subplot="geo2", role="inset_lines",
                             width=1.2))
        inset = _geo_view(theme, domain=INSET_DOMAIN, revision="inset")
        inset.update(_geo_range(geo.SCS_INSET_BOUNDS, pad=0.0))
        fig.update_layout(geo2=inset)
        x0, x1 = INSET_DOMAIN["x"]
        y0, y1 = INSET_DOMAIN["y"]
        fig.add_shape(type="rect", xref="paper", yref="paper", x0=x0, x1=x1, y0=y0, y1=y1,
                      line={"color": theme["line"], "width": 1.2}, layer="above")
        # on the box's top edge, outside it, at the plot's right edge (open sea east of
        # Taiwan on the main map): inside the box it sat on Guangdong's coast (newcomer
        # review); English on two lines, one line was wider than the box
        label = _t(lang, "scs_islands")
        fig.add_annotation(text=label.replace(" Sea ", " Sea<br>") if lang == "en" else label,
                           xref="paper", yref="paper",
                           x=x1, y=y1, xanchor="right", yanchor="bottom",
                           showarrow=False,
                           font={"size": secondary, "color": theme["text"]},
                           bgcolor=theme["paper"], borderpad=2)

    if focus_province:
        fig.add_trace(_lines(geo.cities_of_province(focus_province), theme, lang,
                             subplot="geo", role="city_lines", width=0.7, name_key="cities"))
    # Boundary lines last so the national border and ten-dash line sit on top.
    fig.add_trace(_lines(lines, theme, lang, subplot="geo", role="lines"))

    has_points = point_rows is not None and len(point_rows) > 0 \
        and bool(point_rows["value"].notna().any())
    if not len(data) and not has_points:
        # every region grey: say so on the map itself (a wall has no table under it to say it);
        # a focused province with its own total but no city's says that instead (newcomer
        # review 12: "nothing to map" above a table that gave 湖南省 1.29万起)
        own = values[(values["adcode"].astype(str) == str(focus_province)) & values["value"].notna()] \
            if focus_province and "adcode" in values else values.iloc[0:0]
        text = _t(lang, "map_empty") if own.empty else _t(
            lang, "map_no_cities", value=i18n.format_amount(own["value"].iloc[0], metric, own["qualifier"].iloc[0], lang)
            if metric else format_value(own["value"].iloc[0], own["qualifier"].iloc[0], lang))
        fig.add_annotation(text=text, xref="paper", yref="paper", x=0.5, y=0.5,
                           showarrow=False, font={"size": secondary + 6, "color": theme["text"]},
                           bgcolor=theme["paper"], borderpad=6)
    if len(data):
        tickvals, ticktext = _log_ticks(data["value"], lang)
        low, high = math.log10(data["value"].min()), math.log10(data["value"].max())
        if high - low < 1e-9:  # one value: the middle of the scale, not its palest end
            low, high = low - 0.5, high + 0.5
        fig.update_layout(coloraxis={
            "colorscale": theme["colorscale"], "cmin": low, "cmax": high,
            # the unit beside the name (破案数（起）): the ticks are bare numbers (newcomer review)
            # the unit only (单位：起): the map's title names the metric, and the name beside the
            # bar ran over Xinjiang and read "Cases solved (cases)" (newcomer review 12)
            "colorbar": {"title": {"text": _unit_title(metric_label, metric, lang), "font": {"size": secondary}},
                         "tickvals": tickvals, "ticktext": ticktext,
                         "tickfont": {"size": secondary}, "thickness": 14, "len": 0.45,
                         # lower left: beside the mainland, clear of the inset box
                         "x": 0.0, "xanchor": "left", "y": 0.02, "yanchor": "bottom",
                         "bgcolor": "rgba(0,0,0,0)"}})
    fig.update_layout(geo=map_layout, margin={"t": 10, "b": 10, "l": 10, "r": 10},
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


def _date_ticks(dates: list[date | None], max_ticks: int = 8) -> dict[str, Any]:
    """Month ticks at a whole step (1, 2, 3, 6 months, 1, 2, 5 years) so that at most
    max_ticks labels show: plotly's automatic date ticks repeat '2022-01' on short spans
    when the label format is month-level."""
    known = [d for d in dates if d]
    if not known:
        return {"tickformat": "%Y-%m"}
    first, last = min(known), max(known)
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    step = next((s for s in (1, 2, 3, 6, 12, 24, 60) if months / s <= max_ticks), 120)
    tick0 = date(first.year, 1 if step >= 12 else first.month, 1).isoformat()
    return {"tickformat": "%Y" if step >= 12 else "%Y-%m", "dtick": f"M{step}", "tick0": tick0}


def _money_axis(max_value: float, lang: str) -> tuple[float, str]:
    if max_value >= 1e8:
        return 1e8, _t(lang, "yi_yuan")
    if max_value >= 1e4:
        return 1e4, _t(lang, "wan_yuan")
    return 1.0, _t(lang, "yuan")


LOG_AXIS_SPAN = 100  # largest ÷ smallest figure from which the money axis is logarithmic


def money_trend(spans: pd.DataFrame, *, lang: str, height: int = 480,
                dark: bool = False) -> go.Figure:
    """Each figure as a horizontal bar over the period it covers (a point when the period
    is one day), coloured by metric, dashed/marked per region. Only comparable consecutive
    periods are joined; nothing is interpolated. Caption in fig.layout.meta['caption'].

    Up to len(REGION_DASHES) regions, each (metric, region) is its own trace and legend
    entry, one line-dash per region. With more regions the dashes would repeat and the
    legend would run to dozens of entries (~80 traces nationwide at 10k bulletins, most of
    the page's drawing time), so each metric is one trace (meta.regions lists them; the
    hover names the region of every bar) and the caption says so. Pairs are still found
    within one region only, so different regions are never joined."""
    fig = go.Figure()
    frame = spans.copy()
    frame["start_d"] = [_to_date(v) for v in frame.get("period_start", [])]
    frame["end_d"] = [_to_date(v, end=True) for v in frame.get("period_end", [])]
    frame["start_d"] = [s or e for s, e in zip(frame["start_d"], frame["end_d"])]
    dated = frame[frame["end_d"].notna() & frame["value"].notna()]
    n_omitted = len(frame) - len(dated)

    # 70亿 beside 2万: on a linear axis every small figure lies on the zero line (the
    # newcomer could read none of 21 regions' lines); a hundredfold span gets a log axis
    positive = dated["value"][dated["value"] > 0]
    log_axis = len(positive) > 1 and positive.max() / positive.min() >= LOG_AXIS_SPAN
    scale, unit = _money_axis(float(dated["value"].max()) if len(dated) else 0.0, lang)
    if log_axis:
        # Plotly labels a log axis's minor ticks "5, 2, 10, 5, 2, 1": a reader took a 5 above
        # a 10 for five (newcomer review). Plot in yuan and label only powers of ten, in words
        scale, unit = 1.0, _t(lang, "yuan")
    regions = list(dict.fromkeys(dated["region"].fillna("—")))
    series = dated.groupby([dated["metric"], dated["region"].fillna("—")], sort=False).ngroups
    merged = len(regions) > len(REGION_DASHES) or (dark and series > WALL_LEGEND_LINES)
    sep = "：" if lang == "zh" else ": "
    # (metric, region or None when merged) -> span points and connector points
    drawn: dict[tuple[str, str | None], dict[str, Any]] = {}
    for (metric, region), group in dated.groupby(
            [dated["metric"], dated["region"].fillna("—")], sort=False):
        name_metric = shared_metric_label(metric, lang)
        style = regions.index(region)
        key = (metric, None if merged else region)
        acc = drawn.setdefault(key, {"xs": [], "ys": [], "texts": [], "symbols": [],
                                     "cx": [], "cy": [], "style": style, "regions": [],
                                     "n_segments": 0})
        acc["regions"].append(region)
        acc["n_segments"] += len(group)
        symbol = REGION_SYMBOLS[style % len(REGION_SYMBOLS)]
        # plain columns, not itertuples (which builds a namedtuple class per group)
        evidences = group["evidence"] if "evidence" in group else [None] * len(group)
        for value, qualifier, p_start, p_end, evidence, start_d, end_d in zip(
                group["value"], group["qualifier"], group["period_start"], group["period_end"],
                evidences, group["start_d"], group["end_d"]):
            hover = (f"<b>{plotly_plain(region)} · {name_metric}</b><br>"
                     f"{format_value(value, qualifier, lang)}{_t(lang, 'yuan') if lang == 'zh' else ' CNY'}"
                     f"<br>{_t(lang, 'period')}{sep}{_period_text(p_start, p_end, lang)}")
            evidence = _clean(evidence)
            if evidence:  # bulletin text: cut and escaped, never drawn as markup
                hover += f"<br><i>{plotly_plain(evidence, limit=60)}</i>"
            points = [start_d] if start_d == end_d else [start_d, end_d]
            for point in points:
                acc["xs"].append(point.isoformat())
                acc["ys"].append(value / scale)
                acc["texts"].append(hover)
                acc["symbols"].append(symbol)
            acc["xs"].append(None)
            acc["ys"].append(None)
            acc["texts"].append(None)
            acc["symbols"].append(symbol)
        periods = [(s, e) for s, e in zip(group["start_d"], group["end_d"])]
        values = list(group["value"])
        for i, j in comparable_pairs(periods):
            for k in (i, j):
                start, end = periods[k]
                acc["cx"].append((start + (end - start) / 2).isoformat())
                acc["cy"].append(values[k] / scale)
            acc["cx"].append(None)
            acc["cy"].append(None)

    for (metric, region), acc in drawn.items():
        name_metric = shared_metric_label(metric, lang)
        colour = METRIC_COLOURS.get(metric, "#7f7f7f")
        group_key = f"{metric}|{region}" if region is not None else metric
        style = acc["style"]
        fig.add_trace(go.Scatter(
            x=acc["xs"], y=acc["ys"], mode="lines+markers", connectgaps=False,
            name=f"{name_metric} · {plotly_plain(region)}" if len(regions) > 1 and region is not None
            else name_metric,
            legendgroup=group_key,
            line={"color": colour, "width": 6,
                  "dash": "solid" if merged else REGION_DASHES[style % len(REGION_DASHES)]},
            marker={"size": 10, "symbol": acc["symbols"] if merged
                    else REGION_SYMBOLS[style % len(REGION_SYMBOLS)]},
            hovertext=acc["texts"], hovertemplate="%{hovertext}<extra></extra>",
            meta={"kind": "spans", "metric": metric, "region": region,
                  "regions": acc["regions"], "n_segments": acc["n_segments"]},
        ))
        if acc["cx"]:
            fig.add_trace(go.Scatter(
                x=acc["cx"], y=acc["cy"], mode="lines", connectgaps=False, hoverinfo="skip",
                name=_t(lang, "comparable"), legendgroup=group_key,
                showlegend=False,
                line={"color": colour, "width": 1.5, "dash": "dot"},
                meta={"kind": "connector", "metric": metric, "region": region},
            ))

    _base_layout(fig, dark=dark, height=height)
    caption = _t(lang, "all_shown")
    if merged:
        caption += " " + _t(lang, "regions_merged", n=len(regions))
    if n_omitted:
        caption += " " + _t(lang, "omitted_periods", n=n_omitted)
    if log_axis:
        caption += " " + _t(lang, "log_axis")
        tickvals, ticktext = _log_ticks(positive, lang)
        log_ticks = {"type": "log", "tickvals": [10 ** t for t in tickvals],
                     "ticktext": ticktext}
    fig.update_layout(
        xaxis={"title": {"text": _t(lang, "time")}, "type": "date",
               **_date_ticks([*dated["start_d"], *dated["end_d"]]),
               "gridcolor": _theme(dark)["grid"]},
        yaxis={"title": {"text": f"{_t(lang, 'amount')}（{unit}）" if lang == "zh"
                         else f"{_t(lang, 'amount')} ({unit})"},
               # plain grouped numbers: Plotly's default SI suffix printed "2k" on a 万元
               # axis (2k 万元 = 2000万, read as 2千; newcomer review)
               **(log_ticks if log_axis else {"rangemode": "tozero", "tickformat": ",~g"}),
               "gridcolor": _theme(dark)["grid"]},
        meta={"caption": caption, "n_omitted": n_omitted, "n_regions": len(regions),
              "regions_merged": merged, "log_axis": bool(log_axis)},
        hovermode="closest",
    )
    return fig


# ---------------------------------------------------------------- region bars
def region_comparison(values: pd.DataFrame, *, metric_label: str, lang: str,
                      dark: bool = False, metric: str | None = None) -> go.Figure:
    """Horizontal bars, largest on top, labelled with the formatted value (≥ / 约 kept) and,
    given ``metric``, its unit (58.8亿元, not 58.8亿: newcomer review)."""
    data = values[values["value"].notna()].sort_values("value", ascending=True)
    labels = [i18n.format_amount(v, metric, q, lang) if metric else format_value(v, q, lang)
              for v, q in zip(data["value"], data["qualifier"])]
    # each bar's own period in its hover: the regions' totals may cover periods of unequal
    # length (the page says so under the chart)
    hover = [_hover_text(r.region, r.value, r.qualifier, getattr(r, "period_start", None),
                         getattr(r, "period_end", None), r.n_sources, metric_label, lang, metric).replace(
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
                      today: date | None = None,
                      window: tuple[date | None, date | None] | None = None) -> go.Figure:
    """Gantt of campaigns: start→end bars; open-ended ones run (hatched, faded) to their
    latest report or today; start-less ones appear only through their report markers.
    ``window`` (first, last day): the time axis shows that window only — a campaign begun
    years before it (a 2011 report of 冬季行动) no longer squeezes the window's months into
    a corner; bars run on past the axis's edges."""
    today = today or date.today()
    # Names and labels are bulletin text: escaped, so Plotly draws them and never a link.
    campaigns = campaigns.assign(name=campaigns["name"].map(plotly_plain))
    if len(reports):
        reports = reports.assign(**{c: reports[c].map(plotly_plain)
                                    for c in ("name", "label") if c in reports})
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
        xaxis={"type": "date", "title": {"text": _t(lang, "time")},
               **_date_ticks(list(window) if window and all(window)
                             else [d for r in shown for d in (r["start"], r["end"])]),
               **({"range": [window[0].isoformat(), (window[1] + timedelta(days=1)).isoformat()]}
                  if window and all(window) else {}),
               "gridcolor": _theme(dark)["grid"]},
        yaxis={"categoryorder": "array", "categoryarray": order, "autorange": "reversed",
               "automargin": True},
        meta={"caption": caption, "n_hidden": n_hidden},
    )
    return fig
