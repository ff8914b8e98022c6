"""The region hierarchy of a fact, read in one place: its path (the municipality rule),
its label, its level, and whether its force was found at all. Pure functions of the
province / city / county cells (and Fact.nationwide); no data loading, no Streamlit.

Used by data (derived columns), aggregate (totals per region), windows and filters.
"""
from __future__ import annotations

import numpy as np
import pandas as pd


def _name(value: object) -> str | None:
    """A region name cell as text; None for None / NaN / NA / blank."""
    if not isinstance(value, str):
        return None
    return value.strip() or None


def region_path(province: object, city: object = None, county: object = None) -> tuple[str, ...]:
    """The one place the region hierarchy is read: ('河南省', '郑州市', '中牟县'), () for
    the nation. The municipality rule lives here: for 北京/上海/天津/重庆 the parser gives
    city = the municipality (北京市/北京市/朝阳区), and that city IS the province, so it is
    dropped: ('北京市', '朝阳区'). Missing levels are skipped; no province → ()."""
    province, city, county = _name(province), _name(city), _name(county)
    if province is None:
        return ()
    if city == province:
        city = None
    return tuple(x for x in (province, city, county) if x is not None)


def second_level(facts: pd.DataFrame) -> pd.Series:
    """Each row's region one level below its province, as region_path reads it: the city,
    or in a municipality (city == province) the district in the county cell; missing at
    province level. The sidebar's 城市 / 区县 choice and its filter read this, so 北京市 offers
    海淀区 as 河南省 offers 郑州市 (before, 北京市 offered only 北京市 itself)."""
    province = facts["province"].astype("string").str.strip()
    city = facts["city"].astype("string").str.strip()
    county = facts["county"].astype("string").str.strip()
    municipal = city.eq(province).fillna(False).to_numpy(dtype=bool)
    second = city.where(~municipal, county).where(province.notna())  # no province: ()
    second = second.mask(second.eq("").fillna(False))  # a blank cell names no region
    return second.astype(object).where(second.notna(), None)


def municipal(facts: pd.DataFrame, province: str) -> bool:
    """Whether ``province`` is a municipality in these facts (some row's city is itself)."""
    return bool(facts.loc[facts["province"] == province, "city"].eq(province).any())


def unresolved(province: object, nationwide: object) -> bool:
    """A figure with no province that the parser did not find to be the nation's (Fact.
    nationwide is False): its force is unknown, so it is no nationwide figure. A cache made
    before the field existed (None) keeps the old reading: no province is the nation."""
    return _name(province) is None and nationwide is not None and not pd.isna(nationwide) and not bool(nationwide)


def region_label(province: object, city: object, county: object, lang: str = "zh",
                 nationwide: object = None) -> str:
    """'河南省 · 郑州市', '北京市 · 朝阳区' (municipality once), '全国' / 'Nationwide', and
    '地区不明' / 'Region unknown' for a figure whose force was not found (see unresolved)."""
    path = region_path(province, city, county)
    if not path and _name(county):  # a county without its province is still named
        path = (_name(county),)
    if not path and unresolved(province, nationwide):
        return "地区不明" if lang == "zh" else "Region unknown"
    if not path:
        return "全国" if lang == "zh" else "Nationwide"
    return " · ".join(path)


def unresolved_mask(facts: pd.DataFrame) -> np.ndarray:
    """unresolved() for every row at once (bool array)."""
    if "nationwide" not in facts or "province" not in facts:
        return np.zeros(len(facts), dtype=bool)
    # (== False: a missing value, from a cache made before the field, is not False)
    return facts["province"].isna().to_numpy() & facts["nationwide"].astype(object).eq(False).to_numpy()


def region_level(province: object, city: object, county: object) -> str:
    """'county' | 'city' | 'province' | 'nation' (a municipality's city is 'province')."""
    if _name(county):
        return "county"
    path = region_path(province, city)
    return ("nation", "province", "city")[len(path)]


def region_triples(province: pd.Series, city: pd.Series, county: pd.Series
                   ) -> tuple[np.ndarray, list[tuple[object, object, object]]]:
    """(codes, triples): the distinct (province, city, county) cells, missing as None, and
    each row's position among them. Many facts, few places: per-region rules (label,
    level, path) run once per distinct triple instead of once per fact."""
    n = len(province)
    if not n:
        return np.empty(0, dtype=np.int64), []
    parts = []
    for column in (province, city, county):
        codes, uniques = pd.factorize(pd.Series(column, copy=False), use_na_sentinel=True)
        parts.append((codes.astype(np.int64) + 1, [None, *uniques]))  # 0 = missing
    combined = parts[0][0]
    for codes, uniques in parts[1:]:
        combined = combined * (len(uniques) + 1) + codes
    distinct, inverse = np.unique(combined, return_inverse=True)
    triples = []
    for key in distinct.tolist():
        cells = []
        for codes, uniques in reversed(parts[1:]):
            key, at = divmod(key, len(uniques) + 1)
            cells.append(uniques[at])
        cells.append(parts[0][1][key])
        triples.append(tuple(reversed(cells)))
    return inverse.reshape(-1).astype(np.int64), triples
