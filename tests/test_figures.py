"""Figure builders: offline map traces, hover wording, honest time spans, Gantt rows."""
from __future__ import annotations

import json
import re
from datetime import date

import numpy as np
import pandas as pd
import math

import pytest

import shapely
from shapely.geometry import shape

from dashboard import figures as F, geo


def province_values() -> pd.DataFrame:
    return pd.DataFrame([
        dict(province="河南省", adcode="410000", value=5.7e7, qualifier="at_least",
             period_start="2019-01-01", period_end="2019-06-30", n_sources=3),
        dict(province="广东省", adcode="440000", value=2.47e8, qualifier="exact",
             period_start=None, period_end=None, n_sources=1),
        dict(province="海南省", adcode="460000", value=2e5, qualifier="approx",
             period_start="2020-01-01", period_end="2020-12-31", n_sources=2),
    ])


def city_bubbles() -> pd.DataFrame:
    return pd.DataFrame([
        dict(name="郑州市", level="city", adcode="410100", lon=113.62, lat=34.75, value=3e7,
             qualifier="approx", period_start="2019-01-01", period_end="2019-06-30", n_sources=4),
        dict(name="中牟县", level="county", adcode="410122", lon=113.98, lat=34.72, value=1.2e6,
             qualifier="exact", period_start="2019-05-12", period_end="2019-05-12", n_sources=1),
    ])


def span_row(region, metric, value, start, end, fact_id, qualifier="exact"):
    return dict(region=region, metric=metric, value=value, qualifier=qualifier,
                period_start=start, period_end=end, fact_id=fact_id, doc_id="d" + fact_id,
                evidence=f"冻结资金{value}元")


URL = re.compile(r"https?://")


def assert_offline(fig) -> None:
    payload = fig.to_json()
    assert not URL.search(payload), URL.search(payload)


# ---------------------------------------------------------------- number formatting
@pytest.mark.parametrize("value, qualifier, lang, expected", [
    (57_000_000, "at_least", "zh", "≥5700万"),
    (247_000_000, "exact", "zh", "2.47亿"),
    (200_000, "approx", "zh", "约20万"),
    (10_200, "exact", "zh", "1.02万"),
    (1772, "exact", "zh", "1772"),
    (57_000_000, "at_least", "en", "≥57M"),
    (2_470_000_000, "approx", "en", "≈2.47B"),
    (None, "exact", "zh", "—"),
])
def test_format_value(value, qualifier, lang, expected):
    assert F.format_value(value, qualifier, lang) == expected


# ---------------------------------------------------------------- province map
def role(fig, name):
    return [t for t in fig.data if (t.meta or {}).get("role") == name]


def merc(lat):
    import math
    return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))


def view_lat_range(view):
    """Southern and northern edge (degrees) of a geo subplot's view."""
    return tuple(view.lataxis.range)


def ring_sign(ring):
    """> 0 counter-clockwise, < 0 clockwise (lon/lat shoelace)."""
    return sum(x0 * y1 - x1 * y0 for (x0, y0, *_), (x1, y1, *_) in zip(ring, ring[1:]))


def polygons(geometry):
    return [geometry["coordinates"]] if geometry["type"] == "Polygon" \
        else geometry["coordinates"]


@pytest.mark.parametrize("dark", [False, True])
def test_choropleth_draws_svg_geo_traces_without_base_map(dark):
    fig = F.province_choropleth(province_values(), metric_label="冻结资金", lang="zh",
                                bubbles=city_bubbles(), dark=dark)
    types = {t.type for t in fig.data}
    assert types == {"choropleth", "scattergeo"}  # SVG: no WebGL (MapLibre) trace
    for view in (fig.layout.geo, fig.layout.geo2):
        assert view.visible is False  # no built-in land, coastline, frame
        assert view.bgcolor == F._theme(dark)["paper"]
    layout = fig.to_plotly_json()["layout"]
    assert "map" not in layout and "map2" not in layout
    assert_offline(fig)


@pytest.mark.parametrize("focus", [None, "410000", "440000"])
def test_every_drawn_ring_is_wound_as_d3_draws_it(focus):
    """d3-geo (plotly's geo traces) takes a counter-clockwise outer ring for the globe
    outside it: one such province filled the whole map."""
    fig = F.province_choropleth(province_values(), metric_label="冻结资金", lang="zh",
                                bubbles=city_bubbles(), focus_province=focus)
    rings = 0
    for trace in fig.data:
        if trace.type != "choropleth":
            continue
        for feature in trace.geojson["features"]:
            for polygon in polygons(feature["geometry"]):
                assert ring_sign(polygon[0]) < 0  # outer ring clockwise
                assert all(ring_sign(hole) > 0 for hole in polygon[1:])
                rings += 1
    assert rings > 30


def test_rewinding_reverses_rings_only():
    ccw = {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]],
                                              [[0.2, 0.2], [0.2, 0.8], [0.8, 0.8],
                                               [0.2, 0.2]]]}
    wound = geo.wound_for_d3(ccw)
    assert wound["coordinates"][0] == ccw["coordinates"][0][::-1]
    assert wound["coordinates"][1] == ccw["coordinates"][1][::-1]
    assert shape(wound).equals(shape(ccw))
    assert geo.wound_for_d3(wound) is wound  # already wound: shared, not copied
    line = {"type": "LineString", "coordinates": [[0, 0], [1, 1]]}
    assert geo.wound_for_d3(line) is line


def test_offline_geo_assets_cover_the_base_map_plotly_would_fetch():
    """plotly.js fetches <scope>_<resolution>.json for a geo subplot with a choropleth
    unless window.PlotlyGeoAssets.topojson has it; the maps use the default scope."""
    fig = F.province_choropleth(province_values(), metric_label="冻结资金", lang="zh")
    script = F.OFFLINE_GEO_ASSETS_SCRIPT
    for view in (fig.layout.geo, fig.layout.geo2):
        scope = view.scope or "world"
        resolution = view.resolution or 110
        assert f'"{scope}_{resolution}m":' in script
    assert script.startswith("<script>") and script.endswith("</script>")
    assert not URL.search(script)


def test_every_province_drawn_and_no_data_is_grey():
    fig = F.province_choropleth(province_values(), metric_label="冻结资金", lang="zh")
    [base], [data] = role(fig, "base"), role(fig, "data")
    # each province once: grey without a figure, in its colour with one
    assert sorted([*base.locations, *data.locations]) == sorted(
        f["id"] for f in geo.load_boundaries("province")["features"])
    assert len(base.locations) == 34 - 3
    assert all(text.endswith("无数据") for text in base.hovertext)
    assert set(base.colorscale[0][1:]) == set(base.colorscale[-1][1:])  # one flat grey
    assert list(data.locations) == ["410000", "440000", "460000"]
    assert data.coloraxis == "coloraxis"
    # every location has its outline in its own trace's GeoJSON (ids only: names stay home)
    for trace in (base, data):
        drawn = {f["id"] for f in trace.geojson["features"]}
        assert set(trace.locations) == drawn
        assert all(set(f) == {"type", "id", "geometry"} for f in trace.geojson["features"])


def test_the_nationwide_outlines_are_the_provinces_simplified_for_one_screen():
    detailed = geo.load_boundaries("province")["features"]
    national = geo.national_provinces()["features"]
    assert [(f["id"], f["properties"]) for f in national] == \
        [(f["id"], f["properties"]) for f in detailed]
    for light, full in zip(national, detailed):  # same place, fewer vertices
        a, b = shape(light["geometry"]), shape(full["geometry"])
        assert (a.is_valid or not b.is_valid) and abs(a.area - b.area) <= 0.03 * b.area + 0.01
        assert len(a.geoms if hasattr(a, "geoms") else [a]) == \
            len(b.geoms if hasattr(b, "geoms") else [b])  # every islet kept
    assert len(json.dumps(national)) < 0.5 * len(json.dumps(detailed))


def test_boundary_lines_are_the_top_trace_of_the_main_map():
    fig = F.province_choropleth(province_values(), metric_label="冻结资金", lang="zh",
                                bubbles=city_bubbles())
    top = fig.data[-1]
    assert top.type == "scattergeo" and top.mode == "lines" and top.meta["role"] == "lines"
    assert top.geo in (None, "geo")


@pytest.mark.parametrize("province, expected", [
    ("河南省", ["≥5700万", "2019-01-01 – 2019-06-30", "来源 3 篇"]),
    ("广东省", ["2.47亿", "时间不详", "来源 1 篇"]),
    ("海南省", ["约20万", "2020-01-01 – 2020-12-31", "来源 2 篇"]),
])
def test_province_hover_text(province, expected):
    fig = F.province_choropleth(province_values(), metric_label="冻结资金", lang="zh")
    hover = next(h for h in role(fig, "data")[0].hovertext if province in h)
    for text in expected:
        assert text in hover


def test_english_hover_and_caption():
    fig = F.province_choropleth(province_values(), metric_label="Funds frozen", lang="en")
    hover = next(h for h in role(fig, "data")[0].hovertext if "河南省" in h)
    assert "≥57M" in hover and "3 source(s)" in hover
    assert "not an approved" in fig.layout.meta["caption"]
    label = fig.layout.annotations[0]
    assert label.text == "South China Sea<br>Islands"  # two lines: one was wider than the inset box
    # the label ends at the plot's right edge: wider than the inset box, it runs left, never off
    assert (label.x, label.xanchor) == (fig.layout.geo2.domain.x[1], "right") and label.x == 1.0


def test_bubbles_sized_by_value_with_hover():
    fig = F.province_choropleth(province_values(), metric_label="冻结资金", lang="zh",
                                bubbles=city_bubbles())
    [bubbles] = role(fig, "bubbles")
    big, small = bubbles.marker.size
    assert big > small
    assert "约3000万" in bubbles.hovertext[0] and "来源 4 篇" in bubbles.hovertext[0]
    assert "2019-05-12" in bubbles.hovertext[1]


def test_main_view_fits_the_mainland_and_the_islands_sit_in_an_inset():
    height = 640
    fig = F.province_choropleth(province_values(), metric_label="冻结资金", lang="zh",
                                height=height)
    main = fig.layout.geo
    south, north = view_lat_range(main)
    # the mainland (Hainan 18.2°N … Mohe 53.6°N) fills the height; the islands do not
    assert 16 < south < 18.2 and 53.5 < north < 56
    west, east = main.lonaxis.range
    assert west < 73.6 and east > 134.7
    # centred on the view's Mercator middle, so neither edge is cut off
    assert merc(main.center.lat) == pytest.approx((merc(south) + merc(north)) / 2)
    inset = fig.layout.geo2
    x0, x1 = inset.domain.x
    y0, y1 = inset.domain.y
    assert x0 > 0.7 and x1 == 1 and y0 == 0 and y1 < 0.5  # lower right
    inset_south, inset_north = view_lat_range(inset)
    assert inset_south < 3.5 and inset_north > 20  # the whole ten-dash line
    [inset_lines] = role(fig, "inset_lines")
    assert inset_lines.geo == "geo2"
    assert np.nanmin(inset_lines.lat) < 4
    # 海南 has a figure: coloured in the inset too, on the same colour axis
    [inset_data] = role(fig, "inset_data")
    assert "460000" in inset_data.locations and inset_data.coloraxis == "coloraxis"
    assert fig.layout.annotations[0].text == "南海诸岛"
    assert [s.type for s in fig.layout.shapes] == ["rect"]


def test_colour_bar_clear_of_the_inset_box():
    fig = F.province_choropleth(province_values(), metric_label="冻结资金", lang="zh")
    bar = fig.layout.coloraxis.colorbar
    assert bar.x < fig.layout.geo2.domain.x[0]


def test_focus_province_zooms_and_colours_cities_by_their_own_figure():
    fig = F.province_choropleth(province_values(), metric_label="冻结资金", lang="zh",
                                bubbles=city_bubbles(), focus_province="410000")
    west, east = fig.layout.geo.lonaxis.range
    south, north = fig.layout.geo.lataxis.range
    assert 109 < west and east < 118 and 30 < south and north < 38  # 河南's box
    assert 110 < fig.layout.geo.center.lon < 117
    assert not role(fig, "inset_base")  # no inset when zoomed into a province
    [city_base] = role(fig, "city_base")
    assert all(loc.startswith("41") for loc in city_base.locations)
    assert len(city_base.locations) > 10  # every city of 河南 drawn, grey by default
    [city_data] = role(fig, "city_data")
    assert list(city_data.locations) == ["410100"]  # only 郑州 has a figure
    assert not role(fig, "data")  # the province's colour never paints its cities
    [points] = role(fig, "bubbles")
    assert list(points.lon) == [113.98]  # the county stays a bubble
    [city_lines] = role(fig, "city_lines")
    assert 110 < np.nanmin(city_lines.lon) and np.nanmax(city_lines.lon) < 117  # only Henan's cities


def test_a_drilled_map_sends_only_the_neighbours_in_view():
    fig = F.province_choropleth(province_values(), metric_label="冻结资金", lang="zh",
                                bubbles=city_bubbles(), focus_province="410000")
    [base] = role(fig, "base")
    ids = set(base.locations)
    assert "410000" not in ids  # 河南 itself is drawn by its cities
    assert {"130000", "140000", "320000", "340000", "370000", "420000", "610000"} <= ids
    assert not ids & {"650000", "540000", "230000", "460000"}  # far away: not sent
    west, east = fig.layout.geo.lonaxis.range
    south, north = fig.layout.geo.lataxis.range
    view = shapely.box(west, south, east, north)
    for feature in base.geojson["features"]:
        drawn = shape(feature["geometry"])
        assert drawn.within(view.buffer(2))  # cropped, a margin beyond the view
        full = shape(next(f["geometry"] for f in geo.load_boundaries("province")["features"]
                          if f["id"] == feature["id"]))
        assert drawn.intersection(view).area == pytest.approx(full.intersection(view).area,
                                                              rel=1e-6)  # same in view
    # each city once: the one with a figure is not also grey
    [city_base], [city_data] = role(fig, "city_base"), role(fig, "city_data")
    assert not set(city_base.locations) & set(city_data.locations)
    assert len(json.dumps(base.geojson)) < 60_000


def test_focus_on_a_municipality_uses_its_own_figure():
    values = pd.DataFrame([dict(province="北京市", adcode="110000", value=3120.0,
                                qualifier="exact", period_start="2021-01-01",
                                period_end="2021-06-30", n_sources=1)])
    fig = F.province_choropleth(values, metric_label="破获案件", lang="zh",
                                focus_province="110000")
    [city_data] = role(fig, "city_data")
    assert list(city_data.locations) == ["110000"]


def test_empty_values_still_draw_the_base_map():
    empty = province_values().iloc[0:0]
    fig = F.province_choropleth(empty, metric_label="冻结资金", lang="zh")
    assert [t.meta["role"] for t in fig.data] == ["base", "inset_base", "inset_lines",
                                                  "lines"]


@pytest.mark.parametrize("dark, minimum", [(True, 24), (False, 12)])
def test_secondary_map_text_size(dark, minimum):
    fig = F.province_choropleth(province_values(), metric_label="冻结资金", lang="zh",
                                dark=dark)
    bar = fig.layout.coloraxis.colorbar
    assert bar.tickfont.size >= minimum and bar.title.font.size >= minimum
    assert fig.layout.annotations[0].font.size >= minimum


@pytest.mark.parametrize("values", [
    pytest.param([1670.0, 7515.0], id="two-values-in-one-decade"),
    pytest.param([42.0], id="one-value"),
    pytest.param([2e5, 5.7e7, 2.47e8], id="several-decades"),
])
def test_the_colour_bar_always_has_ticks_inside_its_range(values):
    frame = pd.DataFrame([dict(province=f"省{i}", adcode=code, value=v, qualifier="exact", period_start=None,
                               period_end=None, n_sources=1)
                          for i, (code, v) in enumerate(zip(["360000", "150000", "410000"], values))])
    axis = F.province_choropleth(frame, metric_label="破获案件", lang="zh").layout.coloraxis
    inside = [t for t in axis.colorbar.tickvals if axis.cmin - 1e-9 <= t <= axis.cmax + 1e-9]
    assert len(inside) >= min(2, len(values)) and len(inside) == len(axis.colorbar.ticktext)


# ---------------------------------------------------------------- money trend
def trend_frame() -> pd.DataFrame:
    return pd.DataFrame([
        span_row("河南省", "money_frozen", 5.7e7, "2019-01-01", "2019-06-30", "a", "at_least"),
        span_row("河南省", "money_frozen", 8.1e7, "2019-07-01", "2019-12-31", "b"),
        span_row("河南省", "money_frozen", 1.2e8, "2019-01-01", "2019-12-31", "c"),  # overlaps a,b
        span_row("河南省", "money_recovered", 3e7, "2019-05-12", "2019-05-12", "d", "approx"),
        span_row("郑州市", "money_stopped", 4.5e7, "2019-03-01", "2019-09-30", "e"),
        span_row("郑州市", "money_stopped", 1e7, None, None, "f"),
    ])


def segments(trace) -> list[list]:
    """Split a None-separated trace into its drawn pieces."""
    pieces, current = [], []
    for x in trace.x:
        if x is None:
            pieces.append(current)
            current = []
        else:
            current.append(x)
    return pieces + ([current] if current else [])


def test_money_trend_one_segment_per_dated_fact():
    fig = F.money_trend(trend_frame(), lang="zh")
    span_traces = [t for t in fig.data if t.meta["kind"] == "spans"]
    pieces = [p for t in span_traces for p in segments(t)]
    assert len(pieces) == 5  # f has no period
    frozen = next(t for t in span_traces if t.meta["metric"] == "money_frozen")
    assert segments(frozen) == [["2019-01-01", "2019-06-30"], ["2019-07-01", "2019-12-31"],
                                ["2019-01-01", "2019-12-31"]]
    point = next(t for t in span_traces if t.meta["metric"] == "money_recovered")
    assert segments(point) == [["2019-05-12"]]
    assert "约3000万" in point.hovertext[0]


def test_money_trend_hover_shows_bulletin_text_as_plain_text():
    # the evidence and the region are bulletin text: plotly would draw <a href> as a link
    rows = [span_row("<b>河南省</b>", "money_frozen", 2e7, "2019-01-01", "2019-06-30", "a"),
            span_row("郑州市", "money_frozen", 3e7, "2019-07-01", "2019-12-31", "b")]
    rows[0]["evidence"] = '冻结<a href="http://evil.example">点这里</a>' + "资金" * 100
    fig = F.money_trend(pd.DataFrame(rows), lang="zh")
    hovers = [h for t in fig.data if t.meta["kind"] == "spans" for h in t.hovertext]
    names = [t.name for t in fig.data if t.meta["kind"] == "spans"]
    text = " ".join(str(x) for x in hovers + names if x)
    assert "<a href" not in text and "<b>河南省</b>" not in text
    assert "&lt;a href=" in text and "&lt;b&gt;河南省&lt;/b&gt;" in text
    assert "资金" * 40 not in text and "…" in text  # cut to 60 characters


def test_a_100k_campaign_name_is_cut_in_the_timeline():
    frame = pd.DataFrame([dict(name="Ｑ" * 100_000, kind="operation", start="2020-10",
                               end="2020-12", regions="全国", n_facts=1)])
    fig = F.campaign_timeline(frame, reports().iloc[0:0], lang="zh", today=date(2021, 1, 31))
    spec = fig.to_json()
    assert "Ｑ" * 200 not in spec and "\\uff31" * 200 not in spec
    assert "Ｑ" * 100 in spec or "\\uff31" * 100 in spec


def test_money_trend_connects_only_adjacent_equal_periods():
    fig = F.money_trend(trend_frame(), lang="zh")
    connectors = [t for t in fig.data if t.meta["kind"] == "connector"]
    assert len(connectors) == 1  # H1 → H2 of 河南 frozen; full year c overlaps, not joined
    assert segments(connectors[0]) == [["2019-04-01", "2019-09-30"]]  # period midpoints
    assert connectors[0].line.dash == "dot"


def test_money_trend_on_the_wall_keeps_its_legend_short():
    """The wall's money panel: 3 regions × 3 metrics would be 9 legend lines at 24 px, which
    squeezed the plot to a strip at 1366×768; there the regions share one line per metric
    (the caption says so). The same figures on a page keep a line per region."""
    rows = [span_row(region, metric, 1e7 * (i + 1), "2019-01-01", "2019-12-31", f"{region}{metric}")
            for i, region in enumerate(("河南省", "甘肃省", "湖北省"))
            for metric in ("money_frozen", "money_stopped", "money_recovered")]
    frame = pd.DataFrame(rows)
    wall = F.money_trend(frame, lang="zh", dark=True)
    page = F.money_trend(frame, lang="zh")
    legend = lambda fig: [t.name for t in fig.data if t.showlegend is not False]  # noqa: E731
    assert wall.layout.meta["regions_merged"] and len(legend(wall)) <= F.WALL_LEGEND_LINES
    assert not page.layout.meta["regions_merged"] and len(legend(page)) == 9


def test_money_trend_reports_omitted_unknown_periods():
    fig = F.money_trend(trend_frame(), lang="zh")
    assert fig.layout.meta["n_omitted"] == 1
    assert "1 条数据时间不详" in fig.layout.meta["caption"]


def test_money_trend_labels_per_language():
    zh = F.money_trend(trend_frame(), lang="zh")
    en = F.money_trend(trend_frame(), lang="en")
    assert {"冻结资金 · 河南省", "紧急止付 · 郑州市", "挽回及避免损失 · 河南省"} <= {t.name for t in zh.data}
    assert "亿元" in zh.layout.yaxis.title.text
    assert any("Money frozen" in (t.name or "") for t in en.data)
    assert "Amount" in en.layout.yaxis.title.text
    assert_offline(zh)


@pytest.mark.parametrize("periods, expected", [
    # consecutive months of different length are still "one month" each
    ([("2020-01-01", "2020-01-31"), ("2020-02-01", "2020-02-29")], [(0, 1)]),
    # a gap: not joined
    ([("2020-01-01", "2020-01-31"), ("2020-03-01", "2020-03-31")], []),
    # different lengths: a quarter then a month
    ([("2020-01-01", "2020-03-31"), ("2020-04-01", "2020-04-30")], []),
    # overlapping
    ([("2020-01-01", "2020-06-30"), ("2020-03-01", "2020-08-31")], []),
    # three consecutive quarters, given out of order
    ([("2020-07-01", "2020-09-30"), ("2020-01-01", "2020-03-31"), ("2020-04-01", "2020-06-30")],
     [(1, 2), (2, 0)]),
    # equal day-counted spans back to back
    ([("2021-03-03", "2021-03-09"), ("2021-03-10", "2021-03-16")], [(0, 1)]),
])
def test_comparable_pairs(periods, expected):
    parsed = [(F._to_date(s), F._to_date(e, end=True)) for s, e in periods]
    assert F.comparable_pairs(parsed) == expected


def test_money_trend_never_joins_different_regions():
    frame = pd.DataFrame([
        span_row("河南省", "money_frozen", 1e7, "2020-01-01", "2020-06-30", "a"),
        span_row("郑州市", "money_frozen", 2e7, "2020-07-01", "2020-12-31", "b"),
    ])
    fig = F.money_trend(frame, lang="zh")
    assert not [t for t in fig.data if t.meta["kind"] == "connector"]
    dashes = {t.line.dash for t in fig.data}
    assert len(dashes) == 2  # one line-dash per region


def test_money_trend_many_regions_one_trace_per_metric():
    # more regions than line-dashes: one trace per metric, every figure still drawn over its
    # own span with its region in the hover, pairs joined within one region only
    provinces = ["河南省", "河北省", "山东省", "山西省", "湖南省", "湖北省", "广东省", "广西壮族自治区"]
    rows = [span_row(p, "money_frozen", 1e7 * (i + 1), "2020-01-01", "2020-06-30", f"a{i}")
            for i, p in enumerate(provinces)]
    rows += [span_row("河南省", "money_frozen", 3e7, "2020-07-01", "2020-12-31", "b"),
             span_row("河北省", "money_stopped", 2e6, "2020-07-01", "2020-12-31", "c")]
    fig = F.money_trend(pd.DataFrame(rows), lang="zh")
    spans = [t for t in fig.data if t.meta["kind"] == "spans"]
    assert sorted(t.meta["metric"] for t in spans) == ["money_frozen", "money_stopped"]
    frozen = next(t for t in spans if t.meta["metric"] == "money_frozen")
    assert len(segments(frozen)) == 9 and frozen.meta["n_segments"] == 9
    assert set(frozen.meta["regions"]) == set(provinces)
    assert {p for p in provinces if any(f"<b>{p} · 冻结资金</b>" in (h or "")
                                        for h in frozen.hovertext)} == set(provinces)
    connectors = [t for t in fig.data if t.meta["kind"] == "connector"]
    assert [segments(t) for t in connectors] == [[["2020-03-31", "2020-09-30"]]]  # 河南 H1→H2
    assert fig.layout.meta["regions_merged"] and "8 个地区" in fig.layout.meta["caption"]
    assert sum(t.showlegend is not False for t in fig.data) == 2


# ---------------------------------------------------------------- region bars
@pytest.mark.parametrize(("metric", "lang", "labels"), [
    pytest.param("money_frozen", "zh", ["约20万元", "≥5700万元", "2.47亿元"], id="money-zh"),
    pytest.param("suspects_arrested", "zh", ["约20万人", "≥5700万人", "2.47亿人"], id="people-zh"),
    pytest.param("money_frozen", "en", ["≈200,000 yuan", "≥57M yuan", "247M yuan"], id="money-en"),
])
def test_region_bars_carry_the_unit(metric, lang, labels):
    # newcomer review: the bars read 58.8亿 with no 元
    values = province_values().rename(columns={"province": "region"})
    fig = F.region_comparison(values, metric_label="x", lang=lang, metric=metric)
    assert list(fig.data[0].text) == labels


@pytest.mark.parametrize(("metric", "lang", "title"), [
    # the unit only: the map's title names the metric ("Cases solved (cases)" said it twice,
    # and the longer title ran over Xinjiang: newcomer review 12)
    pytest.param("money_frozen", "zh", "单位：元", id="zh"),
    pytest.param("cases_solved", "en", "Unit: cases", id="en"),
    pytest.param(None, "zh", "冻结资金", id="no-metric-no-unit"),
])
def test_the_maps_colour_bar_names_the_unit(metric, lang, title):
    label = {"zh": "冻结资金", "en": "Cases solved"}[lang]
    fig = F.province_choropleth(province_values(), metric_label=label, lang=lang, metric=metric)
    assert fig.layout.coloraxis.colorbar.title.text == title


def test_region_comparison_sorted_with_qualified_labels():
    values = province_values().rename(columns={"province": "region"})
    fig = F.region_comparison(values, metric_label="冻结资金", lang="zh")
    bar = fig.data[0]
    assert bar.orientation == "h"
    assert list(bar.y) == ["海南省", "河南省", "广东省"]  # plotly draws the last on top
    assert list(bar.text) == ["约20万", "≥5700万", "2.47亿"]
    assert "来源 3 篇" in bar.hovertext[1]
    assert_offline(fig)


# ---------------------------------------------------------------- campaign timeline
def campaigns() -> pd.DataFrame:
    return pd.DataFrame([
        dict(name="断卡行动", kind="operation", start="2020-10", end=None, regions="全国", n_facts=12),
        dict(name="长城行动", kind="operation", start="2019-03", end="2019-12", regions="河南省", n_facts=4),
        dict(name="5·03专案", kind="case", start=None, end=None, regions="郑州市", n_facts=2),
        dict(name="雷霆7号", kind="operation", start=None, end=None, regions="", n_facts=0),
    ])


def reports() -> pd.DataFrame:
    return pd.DataFrame([
        dict(name="断卡行动", date="2021-06-30", label="冻结账户1.2万个"),
        dict(name="5·03专案", date="2020-05-03", label="抓获嫌疑人42名"),
        dict(name="长城行动", date="2019-07-11", label="破案71起"),
    ])


def test_campaign_timeline_bars_and_open_ended_style():
    fig = F.campaign_timeline(campaigns(), reports(), lang="zh", today=date(2022, 1, 1))
    bars = [t for t in fig.data if t.type == "bar"]
    closed = next(t for t in bars if not t.meta["open_ended"])
    ongoing = next(t for t in bars if t.meta["open_ended"])
    assert list(closed.y) == ["长城行动"] and closed.base[0] == "2019-03-01"
    # 2019-03-01 .. 2019-12-31 inclusive
    assert closed.x[0] == 306 * 86_400_000
    assert list(ongoing.y) == ["断卡行动"]
    assert ongoing.marker.pattern.shape == "/" and ongoing.marker.opacity < closed.marker.opacity
    # runs to its latest report, not to "today"
    assert ongoing.x[0] == ((date(2021, 6, 30) - date(2020, 10, 1)).days + 1) * 86_400_000
    assert "持续中" in ongoing.name
    assert_offline(fig)


def test_open_ended_without_reports_runs_to_today():
    frame = campaigns().iloc[[0]]
    fig = F.campaign_timeline(frame, reports().iloc[0:0], lang="en", today=date(2021, 1, 31))
    bar = fig.data[0]
    assert bar.x[0] == ((date(2021, 1, 31) - date(2020, 10, 1)).days + 1) * 86_400_000


def test_startless_campaign_shown_by_markers_only():
    fig = F.campaign_timeline(campaigns(), reports(), lang="zh", today=date(2022, 1, 1))
    bar_rows = {y for t in fig.data if t.type == "bar" for y in t.y}
    assert "5·03专案" not in bar_rows
    markers = next(t for t in fig.data if t.type == "scatter")
    assert "5·03专案" in list(markers.y)
    assert "5·03专案" in fig.layout.yaxis.categoryarray
    # neither start nor reports: left out, and the caption says so
    assert "雷霆7号" not in fig.layout.yaxis.categoryarray
    assert fig.layout.meta["n_hidden"] == 1 and "1 个" in fig.layout.meta["caption"]


def test_a_window_sets_the_time_axis_to_that_window():
    # a campaign begun years before the window (长城行动 2019) must not squeeze the window's
    # months into a corner of the axis (newcomer review: one 2011 report stretched it to 2011–2027)
    fig = F.campaign_timeline(campaigns(), reports(), lang="zh", today=date(2022, 1, 1),
                              window=(date(2021, 1, 1), date(2021, 12, 31)))
    assert list(fig.layout.xaxis.range) == ["2021-01-01", "2022-01-01"]
    assert F.campaign_timeline(campaigns(), reports(), lang="zh", today=date(2022, 1, 1)).layout.xaxis.range is None


def test_timeline_rows_ordered_by_start():
    fig = F.campaign_timeline(campaigns(), reports(), lang="zh", today=date(2022, 1, 1))
    assert list(fig.layout.yaxis.categoryarray) == ["长城行动", "断卡行动", "5·03专案"]


# ---------------------------------------------------------------- readability
@pytest.mark.parametrize("dark", [False, True])
def test_readable_theme(dark):
    fig = F.money_trend(trend_frame(), lang="zh", dark=dark)
    assert "Noto Sans CJK SC" in fig.layout.font.family
    assert fig.layout.font.size >= 14
    assert fig.layout.legend.orientation == "h"
    if dark:
        assert fig.layout.paper_bgcolor.startswith("#1")


def test_a_served_figure_serialises_as_the_figure_and_builds_its_dict_once():
    import plotly.graph_objects as go
    import plotly.io as pio

    fig = F.province_choropleth(province_values(), metric_label="冻结资金", lang="zh",
                                bubbles=city_bubbles())
    expected = pio.to_json(go.Figure.to_dict(fig), validate=False)
    served = F.served(fig)
    assert isinstance(served, go.Figure)
    assert pio.to_json(served.to_dict(), validate=False) == expected
    assert served.to_dict() is served.to_dict()  # made once, not per rerun
    assert [t.meta["role"] for t in served.data] == [t["meta"]["role"]
                                                     for t in served.to_dict()["data"]]


def test_money_trend_uses_a_log_axis_when_figures_differ_a_hundredfold():
    linear = F.money_trend(trend_frame(), lang="zh")  # 1000万 … 1.2亿: twelvefold
    assert linear.layout.yaxis.type != "log" and not linear.layout.meta["log_axis"]
    wide = pd.concat([trend_frame(), pd.DataFrame([
        span_row("甘肃省", "money_frozen", 2e4, "2019-02-01", "2019-02-28", "g")])], ignore_index=True)
    fig = F.money_trend(wide, lang="zh")
    assert fig.layout.yaxis.type == "log" and fig.layout.meta["log_axis"]
    assert "对数刻度" in fig.layout.meta["caption"]


def test_money_linear_axis_has_no_si_suffix():
    # newcomer review: an axis titled 万元 ticked "2k … 10k" (2k 万元 read as 2千)
    fig = F.money_trend(trend_frame(), lang="zh")
    assert "万元" in fig.layout.yaxis.title.text or "亿元" in fig.layout.yaxis.title.text
    assert fig.layout.yaxis.tickformat == ",~g"  # d3: grouped digits, no k/M suffix


@pytest.mark.parametrize(("lang", "labels", "unit"), [
    ("zh", ["10万", "100万", "1000万", "1亿"], "元"),
    ("en", ["100,000", "1M", "10M", "100M"], "CNY"),
])
def test_money_log_axis_labels_only_powers_of_ten_in_words(lang, labels, unit):
    # newcomer review: Plotly's minor log ticks read "100, 5, 2, 10, 5, 2, 1", so a 5 sat
    # above a 10, and in English "CNY 100M" made 0.001 mean a hundred thousand yuan
    wide = pd.concat([trend_frame(), pd.DataFrame([
        span_row("甘肃省", "money_frozen", 2e4, "2019-02-01", "2019-02-28", "g")])], ignore_index=True)
    fig = F.money_trend(wide, lang=lang)
    axis = fig.layout.yaxis
    assert list(axis.ticktext) == labels  # 2万 … 1.2亿: the four powers of ten inside
    assert [round(math.log10(v), 9) for v in axis.tickvals] == [5, 6, 7, 8]
    assert unit in axis.title.text
    plotted = [y for t in fig.data if t.meta["kind"] == "spans" for y in t.y if y is not None]
    assert max(plotted) == wide["value"].max() and min(plotted) == 2e4  # in yuan, not 亿


@pytest.mark.parametrize(("lang", "province_text", "bubble_text"), [
    ("zh", "冻结资金：≥5700万元", "冻结资金：约3000万元"),
    ("en", "Money frozen: ≥57M yuan", "Money frozen: ≈30M yuan"),
])
def test_hovers_carry_the_metrics_unit(lang, province_text, bubble_text):
    # newcomer review: the hover read 抓获嫌疑人：664 where the table beside it wrote 664人
    label = "冻结资金" if lang == "zh" else "Money frozen"
    fig = F.province_choropleth(province_values(), metric_label=label, lang=lang, bubbles=city_bubbles(),
                                metric="money_frozen")
    assert any(province_text in h for h in role(fig, "data")[0].hovertext)
    assert any(bubble_text in h for h in role(fig, "bubbles")[0].hovertext)
    bars = F.region_comparison(province_values().rename(columns={"province": "region"}), metric_label=label,
                               lang=lang, metric="money_frozen")
    assert any(province_text in h for h in bars.data[0].hovertext)


def test_a_map_with_no_figure_says_so_on_the_map():
    # newcomer review: a wall's map with nothing in its window was an all-grey shape
    empty = province_values().assign(value=float("nan"))
    fig = F.province_choropleth(empty, metric_label="冻结资金", lang="zh")
    assert [a.text for a in fig.layout.annotations if a.text.startswith("所选")] == \
        ["所选时段和地区没有可上图的数字"]
    drawn = F.province_choropleth(province_values(), metric_label="冻结资金", lang="zh")
    assert not [a for a in drawn.layout.annotations if a.text.startswith("所选")]
    # a province drilled into with its own total but no city's: that is what the map says
    focused = F.province_choropleth(province_values(), metric_label="冻结资金", lang="zh",
                                    bubbles=city_bubbles().iloc[0:0], focus_province="410000",
                                    metric="money_frozen")
    notes = [a.text for a in focused.layout.annotations]
    assert "全省 ≥5700万元；没有地市一级的数字可上图" in notes, notes
    assert not any(n.startswith("所选") for n in notes)


def haidian_bubble() -> pd.DataFrame:
    return pd.DataFrame([dict(
        name="海淀区", level="city", adcode="110108", lon=116.30, lat=39.96, value=4.3e8,
        qualifier="exact", period_start="2025-01-01", period_end="2025-12-31", n_sources=1)])


@pytest.mark.parametrize("focus, bubbles, drawn", [
    pytest.param("110000", haidian_bubble, {"海淀区"}, id="municipality-districts-are-bubbles"),
    pytest.param("410000", city_bubbles, {"中牟县"}, id="province-cities-are-polygons"),
])
def test_city_level_rows_are_bubbles_only_where_the_map_has_no_polygon_for_them(focus, bubbles, drawn):
    # a municipality's boundary file is one polygon, so its districts (city-level rows, as
    # regions.region_path reads them) were drawn nowhere before
    values = pd.concat([province_values(), pd.DataFrame([dict(
        province="北京市", adcode="110000", value=8e8, qualifier="at_least",
        period_start="2025-01-01", period_end="2025-12-10", n_sources=1)])], ignore_index=True)
    fig = F.province_choropleth(values, metric_label="冻结资金", lang="zh", bubbles=bubbles(),
                                focus_province=focus)
    [points] = role(fig, "bubbles")
    names = {name for name in ("海淀区", "郑州市", "中牟县") if any(name in t for t in points.hovertext)}
    assert names == drawn
