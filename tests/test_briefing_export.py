"""The offline HTML briefing: inline plotly.js once, escaped text, tables that parse."""
from __future__ import annotations

import re
from datetime import datetime

import pandas as pd
import plotly.graph_objects as go
import pytest
from bs4 import BeautifulSoup

from dashboard.briefing_export import briefing_filename, build_briefing_html, format_cell

GENERATED = datetime(2024, 3, 1, 9, 30)
PLOTLY_MARKER = "plotly.js v"  # banner at the top of the embedded bundle


def figures() -> list[go.Figure]:
    return [
        go.Figure(go.Bar(x=["河南省", "浙江省"], y=[71, 30], name="打掉团伙")),
        go.Figure(go.Scatter(x=["2019-01", "2019-02"], y=[5, 9], name="破案数")),
    ]


def kpis() -> pd.DataFrame:
    return pd.DataFrame(
        {"指标": ["破获案件", "冻结资金（元）", "平均"], "数值": [1772.0, 57000000.0, 3.456],
         "文档数": [3, 2, None]}
    )


def sources() -> pd.DataFrame:
    return pd.DataFrame([
        {"doc_id": "000", "title": "河南郑州半年打掉电信网络诈骗团伙71个", "published": "2019-07-11",
         "source": "国家应急广播网", "evidence": "打掉电信网络诈骗团伙71个",
         "sentence": "上半年，郑州警方打掉电信网络诈骗团伙71个。"},
        {"doc_id": "000", "title": "河南郑州半年打掉电信网络诈骗团伙71个", "published": "2019-07-11",
         "source": "国家应急广播网", "evidence": "刑拘犯罪嫌疑人1772人",
         "sentence": "刑拘犯罪嫌疑人1772人。"},
        {"doc_id": "001", "title": "<script>alert('t')</script>通报", "published": None,
         "source": "某&某报", "evidence": "<script>alert(1)</script>冻结资金5700多万元",
         "sentence": None},
    ])


@pytest.fixture(scope="module")
def html() -> str:
    return build_briefing_html(
        title="反诈简报 <河南>", filters={"省份": "河南省", "时间": "2019-01-01 至 2019-06-30"},
        kpis=kpis(), figures=figures(), sources=sources(), generated_at=GENERATED,
    )


@pytest.fixture(scope="module")
def soup(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "lxml")


def test_no_remote_scripts_links_or_cdn(soup, html):
    assert all(not s.get("src") for s in soup.find_all("script"))
    assert all(not (link.get("href") or "").startswith(("http", "//")) for link in soup.find_all("link"))
    assert not re.search(r"<script[^>]+src=", html)
    assert 'src="https://cdn.plot.ly' not in html


def test_plotly_js_is_inline_exactly_once(html, soup):
    assert html.count(PLOTLY_MARKER) == 1
    assert len(soup.select("div.plotly-graph-div")) == 2
    assert html.count("Plotly.newPlot(") == 2


def test_csp_forbids_network(soup):
    csp = soup.find("meta", attrs={"http-equiv": "Content-Security-Policy"})["content"]
    assert "default-src 'none'" in csp and "http" not in csp


def test_filters_kpis_and_sources_are_present(soup):
    filters = soup.select_one("table.filters")
    assert [(r.th.get_text(), r.td.get_text()) for r in filters.tbody.find_all("tr")] == [
        ("省份", "河南省"), ("时间", "2019-01-01 至 2019-06-30")]
    kpi_rows = [[td.get_text() for td in tr.find_all("td")] for tr in soup.select("table.kpis tbody tr")]
    assert kpi_rows == [["破获案件", "1,772", "3"], ["冻结资金（元）", "57,000,000", "2"],
                        ["平均", "3.46", "—"]]
    source_rows = soup.select("table.sources tbody tr")
    assert len(source_rows) == 2  # grouped per document
    first = [td.get_text() for td in source_rows[0].find_all("td")]
    assert first[:3] == ["河南郑州半年打掉电信网络诈骗团伙71个", "2019-07-11", "国家应急广播网"]
    marks = [m.get_text() for m in source_rows[0].find_all("mark")]
    assert marks == ["打掉电信网络诈骗团伙71个", "刑拘犯罪嫌疑人1772人"]
    assert source_rows[1].find_all("td")[1].get_text() == "—"  # unknown publication date


def test_untrusted_text_is_escaped(html, soup):
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;冻结资金5700多万元" in html
    assert "&lt;script&gt;alert(&#x27;t&#x27;)&lt;/script&gt;通报" in html
    assert "某&amp;某报" in html
    assert soup.title.get_text() == "反诈简报 <河南>"
    # every script element is plotly's or ours, none came from the data
    assert not any("alert(" in (s.string or "") for s in soup.find_all("script"))


def test_chinese_first_and_metadata(soup):
    assert soup.html["lang"] == "zh-CN"
    headings = [h.get_text() for h in soup.find_all("h2")]
    assert headings[0].startswith("筛选条件") and headings[-1].startswith("数据来源")
    assert "2024-03-01 09:30" in soup.select_one("p.meta").get_text()


def test_english_labels():
    html = build_briefing_html(title="Briefing", filters={}, kpis=pd.DataFrame(), figures=[],
                               sources=pd.DataFrame(), generated_at=GENERATED, lang="en")
    soup = BeautifulSoup(html, "lxml")
    assert soup.html["lang"] == "en"
    assert [h.get_text() for h in soup.find_all("h2")] == ["Filters", "Key figures", "Sources"]


def test_empty_view_has_no_plotly_and_placeholder_text():
    html = build_briefing_html(title="空", filters={}, kpis=pd.DataFrame(), figures=[],
                               sources=pd.DataFrame(), generated_at=GENERATED)
    assert PLOTLY_MARKER not in html
    for text in ("无筛选", "无数据", "无来源"):
        assert text in html


def test_geo_figures_get_offline_base_maps():
    geojson = {"type": "FeatureCollection", "features": [{"type": "Feature", "id": "410000", "properties": {},
               "geometry": {"type": "Polygon", "coordinates": [[[110, 32], [116, 32], [116, 36], [110, 32]]]}}]}
    fig = go.Figure(go.Choropleth(geojson=geojson, locations=["410000"], z=[5]))
    html = build_briefing_html(title="图", filters={}, kpis=pd.DataFrame(), figures=[fig],
                               sources=pd.DataFrame(), generated_at=GENERATED)
    # plotly.js would otherwise fetch world_110m.json from cdn.plot.ly
    assert "window.PlotlyGeoAssets" in html and '"world_110m"' in html
    assert html.index("window.PlotlyGeoAssets") < html.index(PLOTLY_MARKER)


@pytest.mark.parametrize(
    "value, expected",
    [(1772, ("1,772", True)), (1772.0, ("1,772", True)), (0.5, ("0.50", True)),
     (None, ("—", False)), (float("nan"), ("—", False)), ("<b>", ("&lt;b&gt;", False)),
     (True, ("True", False))],
)
def test_format_cell(value, expected):
    assert format_cell(value) == expected


def test_briefing_filename():
    assert briefing_filename(GENERATED) == "反诈通报简报_20240301-0930.html"
    assert briefing_filename(GENERATED, "en") == "anti-fraud-briefing_20240301-0930.html"
    assert briefing_filename(GENERATED, "zh", ("广东省", "2021")) == "反诈通报简报_广东省_2021_20240301-0930.html"


def test_a_chart_has_its_heading_and_caption_escaped():
    fig = go.Figure(go.Scatter(x=[1, 2], y=[3, 4], name="冻结资金"))
    fig.update_layout(meta={"title": "资金数字随时间 <b>", "caption": "每条横线覆盖该数字所指的时段"})
    soup = BeautifulSoup(build_briefing_html(title="图", filters={}, kpis=pd.DataFrame(),
                                             figures=[fig], sources=pd.DataFrame(),
                                             generated_at=GENERATED), "lxml")
    figure = soup.select_one("div.figure")
    assert figure.h3.get_text() == "资金数字随时间 <b>" and not figure.h3.find("b")
    assert figure.select_one("p.meta").get_text() == "每条横线覆盖该数字所指的时段"


def test_a_kpi_cell_holding_lines_is_one_escaped_item_each():
    table = pd.DataFrame({"指标": ["抓获嫌疑人"], "注意": [["本时段无数字：<b>火星省</b>", "本时段发布、时段不明 1 条，未计入"]],
                          "空": [[]]})
    soup = BeautifulSoup(build_briefing_html(title="t", filters={}, kpis=table, figures=[],
                                             sources=pd.DataFrame(), generated_at=GENERATED), "lxml")
    cells = soup.select("table.kpis tbody td")
    assert [li.get_text() for li in cells[1].select("ul.notes li")] == [
        "本时段无数字：<b>火星省</b>", "本时段发布、时段不明 1 条，未计入"]
    assert not cells[1].find("b") and cells[2].get_text() == ""


# ---------------------------------------------------------------- the view's briefing

@pytest.mark.parametrize("lang, label, expected", [
    ("zh", "抓获嫌疑人", ["下级地区合计 6823人，多于本级数字：本级数字只含部分，合计未计入",
                       "所用数字只覆盖 2022-01-01 – 2022-05-03，不是整个时段",
                       "本时段发布、时段不明 1 条，未计入", "本时段无数字：河南省、甘肃省"]),
    ("en", "Suspects arrested", [
        "Sub-regions add up to 6,823 people, more than this figure, which covers only part; "
        "that sum is not added in", "The figures used cover only 2022-01-01 – 2022-05-03, not the whole window",
        "1 figure(s) reported in this window with unknown period, not counted",
        "No figure for this window: 河南省, 甘肃省"]),
])
def test_the_briefing_carries_the_cards_caveats_in_the_page_language(lang, label, expected):
    from dashboard import data, views
    from dashboard.filters import Filters
    from tests.fixtures.dashboard_sample import caveat_frames

    ds = data.derive(*caveat_frames())
    soup = BeautifulSoup(views.briefing_html(ds, Filters(), lang), "lxml")
    rows = {tr.td.get_text(): tr for tr in soup.select("table.kpis tbody tr")}
    notes = [li.get_text() for li in rows[label].select("ul.notes li")]
    assert notes == expected
    # the overview's cards draw these very lines (views.kpi_notes)
    assert notes == views.kpi_notes(views.kpi(ds, Filters(), "suspects_arrested"),
                                    "suspects_arrested", lang)
    assert rows[label].find_all("td")[1].get_text() in ("542人", "542 people")


def test_the_sources_table_gives_each_pages_address_as_text():
    from dashboard.briefing_export import _labels, _sources_html
    html = _sources_html(pd.DataFrame([{"doc_id": "d1", "title": "某市通报", "published": "2025-01-02",
                                        "source": "某报", "url": "https://example.org/a?x=1&y=<b>",
                                        "evidence": "破获案件3起", "sentence": "破获案件3起。"}]), _labels("zh"))
    assert "https://example.org/a?x=1&amp;y=&lt;b&gt;" in html and "<a " not in html
