"""The region hierarchy is read in one place (regions.region_path), municipality rule included."""
from __future__ import annotations

import pandas as pd
import pytest

from dashboard import aggregate, regions

CASES = [
    (("河南省", "郑州市", "中牟县"), ("河南省", "郑州市", "中牟县")),
    (("北京市", "北京市", "朝阳区"), ("北京市", "朝阳区")),
    (("重庆市", "重庆市", None), ("重庆市",)),
    (("河南省", None, None), ("河南省",)),
    ((None, "郑州市", None), ()),
    ((" 上海市 ", "上海市", float("nan")), ("上海市",)),
    ((None, None, None), ()),
]


@pytest.mark.parametrize("row, path", CASES)
def test_region_path(row, path):
    assert regions.region_path(*row) == path


@pytest.mark.parametrize("row, path", CASES)
def test_aggregation_reads_the_same_hierarchy(row, path):
    assert aggregate.path_of(*row) == regions.region_path(*row)


@pytest.mark.parametrize("row, path", CASES)
def test_second_level_is_the_paths_second_name(row, path):
    # the sidebar's 城市 / 区县 choice: a municipality offers its districts
    frame = pd.DataFrame([row], columns=["province", "city", "county"])
    assert regions.second_level(frame).tolist() == [path[1] if len(path) > 1 else None]


@pytest.mark.parametrize("province, expected", [
    pytest.param("北京市", True, id="city-is-itself"),
    pytest.param("河南省", False, id="a-province"),
    pytest.param("湖北省", False, id="not-in-the-facts"),
])
def test_municipal(province, expected):
    frame = pd.DataFrame([c[0] for c in CASES], columns=["province", "city", "county"])
    assert regions.municipal(frame, province) is expected


@pytest.mark.parametrize("row, label, level", [
    (("北京市", "北京市", "朝阳区"), "北京市 · 朝阳区", "county"),
    (("北京市", "北京市", None), "北京市", "province"),
    (("河南省", "郑州市", None), "河南省 · 郑州市", "city"),
    ((None, None, None), "全国", "nation"),
])
def test_label_and_level_follow_the_path(row, label, level):
    assert regions.region_label(*row) == label
    assert regions.region_level(*row) == level


def test_a_figure_whose_force_was_not_found_is_labelled_region_unknown() -> None:
    from dashboard.data import region_label
    assert region_label(None, None, None, "zh", False) == "地区不明"
    assert region_label(None, None, None, "en", False) == "Region unknown"
    assert region_label(None, None, None, "zh", True) == "全国"
    assert region_label(None, None, None, "zh", None) == "全国"  # a cache from before the field
    assert region_label("甘肃省", "兰州市", None, "zh", False) == "甘肃省 · 兰州市"
