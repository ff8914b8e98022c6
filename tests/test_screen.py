"""Pure helpers of the briefing screen (大屏): URL switch, panel rotation, KPI choice, ticker."""
from __future__ import annotations

import re
from dataclasses import replace

import pandas as pd
import pytest

from dashboard import screen
from dashboard.aggregate import Aggregate


def agg(value: float | None, qualifier: str = "exact", n_sources: int = 1) -> Aggregate:
    empty = pd.DataFrame()
    return Aggregate(value=value, qualifier=qualifier, n_sources=n_sources, facts=empty,
                     excluded=empty)


@pytest.mark.parametrize(("params", "expected"), [
    ({"screen": "1"}, True),
    ({"screen": "true"}, True),
    ({"screen": "Yes "}, True),
    ({"screen": ["0", "1"]}, True),  # parse_qs style: the last value wins
    ({"screen": "0"}, False),
    ({"screen": ""}, False),
    ({"screen": []}, False),
    ({"province": "甘肃省"}, False),
    ({}, False),
])
def test_screen_switch_from_query_params(params, expected):
    assert screen.is_screen_requested(params) is expected


@pytest.mark.parametrize(("available", "order"), [
    ({"money": True, "regions": True, "campaigns": True}, ("money", "regions", "campaigns")),
    ({"money": False, "regions": True, "campaigns": True}, ("regions", "campaigns")),
    ({"campaigns": True}, ("campaigns",)),
    ({}, ("money",)),  # nothing to show: the first panel still appears (with 'no data')
])
def test_rotation_skips_empty_panels_in_fixed_order(available, order):
    assert screen.rotation_order(available) == order


def test_panel_at_cycles_through_the_order():
    order = ("money", "regions", "campaigns")
    assert [screen.panel_at(t, order) for t in range(7)] == [
        "money", "regions", "campaigns", "money", "regions", "campaigns", "money"]
    with pytest.raises(ValueError):
        screen.panel_at(0, ())


def test_kpis_keep_their_places_whether_or_not_they_have_a_value():
    # newcomer review 12: a window without 破获案件 moved 紧急止付 into its place
    results = {
        "cases_solved": agg(None), "suspects_arrested": agg(529), "money_frozen": agg(1.658e7),
        "money_recovered": agg(None), "money_stopped": agg(3e6, "at_least"),
    }
    order = ["cases_solved", "suspects_arrested", "money_frozen", "money_recovered"]
    assert screen.select_kpis(results) == order
    assert screen.select_kpis(results, n=2) == order[:2]
    assert screen.select_kpis({m: agg(1) for m in order}) == order
    tiles = screen.kpi_tiles(results, "zh")
    assert [t.metric for t in tiles] == order
    assert tiles[0].value_text == "—" and tiles[3].value_text == "—"


def test_kpi_tiles_format_with_units_and_qualifiers():
    tiles = screen.kpi_tiles({"money_frozen": agg(57_000_000, "at_least", n_sources=2),
                              "cases_solved": agg(585)}, "zh")
    assert [(t.metric, t.label, t.value_text) for t in tiles] == [
        ("cases_solved", "破获案件", "585起"), ("money_frozen", "冻结资金", "≥5700万元")]
    assert "2" in tiles[1].caption
    english = screen.kpi_tiles({"cases_solved": agg(None)}, "en")
    assert english[0].value_text == "—" and english[0].label == "Cases solved"


def test_a_tile_summed_from_sub_regions_says_so():
    # 全国 · 2026年 from one city's bulletin: the tile names the regions and that it is a sum
    summed = replace(agg(1234, n_sources=1), basis="sum_of_parts", n_regions=1)
    caption = screen.kpi_tiles({"cases_solved": summed}, "zh")[0].caption
    assert caption.startswith("依据 1 篇通报") and caption.endswith("1 个地区相加")
    mixed = replace(agg(1234, n_sources=3), basis="mixed", n_regions=2)
    assert screen.kpi_tiles({"cases_solved": mixed}, "zh")[0].caption.endswith("含下级地区补充（共 2 个地区）")
    own = replace(agg(1234, n_sources=1), basis="reported", n_regions=1)
    assert "下级" not in screen.kpi_tiles({"cases_solved": own}, "zh")[0].caption


def _facts(rows: list[dict]) -> pd.DataFrame:
    base = {"metric": "cases_solved", "value": 1.0, "qualifier": "exact", "province": None,
            "city": None, "county": None, "campaign": None, "published": None, "span_start": 0}
    return pd.DataFrame([{**base, **r} for r in rows])


def _campaigns(rows: list[dict]) -> pd.DataFrame:
    base = {"name": "", "kind": "operation", "published": None}
    return pd.DataFrame([{**base, **r} for r in rows], columns=["name", "kind", "published"])


def test_ticker_lists_campaign_results_newest_first():
    facts = _facts([
        {"metric": "suspects_arrested", "value": 46, "province": "山西省", "city": "晋城市",
         "campaign": "集中攻坚宣传月", "published": "2021-07-12", "span_start": 10},
        {"metric": "gangs_busted", "value": 457, "province": "湖北省", "campaign": "断卡行动",
         "published": "2022-05-03"},
        {"metric": "money_frozen", "value": 1.2e8, "qualifier": "at_least", "province": "湖北省",
         "campaign": None, "published": "2022-06-01"},  # not tied to a campaign: not a result
    ])
    items = screen.ticker_items(facts, _campaigns([]), "zh")
    assert [i.text for i in items] == [
        "2022-05-03 · 湖北省 · 断卡行动：打掉团伙 457个",
        "2021-07-12 · 山西省 · 晋城市 · 集中攻坚宣传月：抓获嫌疑人 46人",
    ]


def test_ticker_shows_a_repeated_claim_once_and_caps_each_campaign():
    repeated = {"metric": "cases_solved", "value": 2156, "province": "湖北省",
                "campaign": "断卡行动"}
    others = ["gangs_busted", "dens_destroyed", "cards_seized", "suspects_detained"]
    facts = _facts([
        {**repeated, "published": "2021-12-01"}, {**repeated, "published": "2022-05-03"},
        *[{"metric": m, "value": 10 + i, "province": "湖北省", "campaign": "断卡行动",
           "published": "2022-05-03", "span_start": i + 1} for i, m in enumerate(others)],
    ])
    everything = screen.ticker_items(facts, _campaigns([]), "zh", per_campaign=99)
    repeats = [i for i in everything if "2156" in i.text]
    assert len(everything) == 5 and len(repeats) == 1
    assert repeats[0].published == "2022-05-03"  # the newest report of the claim
    capped = screen.ticker_items(facts, _campaigns([]), "zh", per_campaign=3)
    assert len(capped) == 3 and capped == everything[:3]


def test_ticker_adds_campaigns_named_without_figures_and_respects_limit():
    facts = _facts([{"metric": "cases_solved", "value": 75, "province": "山西省",
                     "campaign": "断卡行动", "published": "2021-07-12"}])
    campaigns = _campaigns([
        {"name": "断卡行动", "published": "2021-07-12"},  # already listed with its figure
        {"name": "陇风2020", "published": "2020-08-28"},
        {"name": "5·03", "kind": "case", "published": "2022-01-05"},
    ])
    texts = [i.text for i in screen.ticker_items(facts, campaigns, "zh")]
    assert texts == ["2022-01-05 · 5·03（专案）", "2021-07-12 · 山西省 · 断卡行动：破获案件 75起",
                     "2020-08-28 · 陇风2020（专项行动）"]
    assert len(screen.ticker_items(facts, campaigns, "zh", limit=1)) == 1


def test_ticker_line_joins_items_or_says_there_is_nothing():
    items = [screen.TickerItem("2022-05-03", "甲"), screen.TickerItem(None, "乙")]
    assert screen.ticker_line(items) == f"甲{screen.TICKER_SEPARATOR}乙"
    assert screen.ticker_line([], "zh") == "暂无专项行动战果"
    assert screen.ticker_line([], "en") == "No campaign results yet"


def test_data_until_is_the_newest_publication_date():
    docs = pd.DataFrame({"published": ["2019-07-11", None, "2022-05-03", "2020-08-28"]})
    assert screen.data_until(docs) == "2022-05-03"
    assert screen.data_until(pd.DataFrame({"published": [None]})) is None


def test_stylesheet_is_constant_css_with_wall_sized_counters():
    css = screen.SCREEN_CSS
    assert "<" not in css and "{}" not in css and "%s" not in css  # CSS only, no template
    rule = re.search(r'stMetricValue"\][^{]*\{([^}]*)\}', css).group(1)
    size = int(re.search(r"font-size:\s*(\d+)px", rule).group(1))
    assert size >= 48
    for chrome in ('stHeader', 'stToolbar', 'stSidebar', '#MainMenu'):
        assert chrome in css.split("display: none")[0]


def test_ticker_strip_is_the_unit_twice_so_the_loop_is_seamless():
    items = [screen.TickerItem("2022-05-03", "甲"), screen.TickerItem(None, "乙")]
    strip = screen.ticker_text(items, "zh")
    unit = f"最新战果：甲{screen.TICKER_SEPARATOR}乙{screen.TICKER_SEPARATOR}"
    assert strip == unit * 2
    assert screen.ticker_text([], "en") == f"Latest results: No campaign results yet{screen.TICKER_SEPARATOR}" * 2
    # scrolled by half its width, the strip shows exactly what it showed at the start
    keyframes = re.search(r"@keyframes screen-ticker \{([^@]*)\}\s*$", screen.SCREEN_CSS).group(1)
    assert "translateX(0)" in keyframes and "translateX(-50%)" in keyframes


def _font_sizes(css: str, selector: str) -> list[int]:
    sizes = []
    for rule in re.finditer(r"([^{}]+)\{([^}]*)\}", css):
        if selector in rule.group(1):
            sizes += [int(x) for x in re.findall(r"font-size:\s*(\d+)px", rule.group(2))]
    return sizes


@pytest.mark.parametrize("selector", ["stCaptionContainer", "screen_header [data-testid=\"stText\"]",
                                      "screen_ticker", "stMetricLabel"])
def test_secondary_text_on_the_wall_is_at_least_24px(selector):
    # on the 1920×1080 wall: the smaller screens' block (max-height under 1080 px) is left out
    small = re.search(r"@media \(max-height: (\d+)px\) \{(?:[^{}]*\{[^}]*\})*\s*\}", screen.SCREEN_CSS)
    assert small and int(small.group(1)) < 1080
    sizes = _font_sizes(screen.SCREEN_CSS.replace(small.group(0), ""), selector)
    assert sizes and min(sizes) >= 24


def test_loading_placeholders_take_the_wall_colour():
    css = screen.SCREEN_CSS
    for placeholder in ("stSkeleton", "stAppSkeleton"):
        rule = next(r for r in re.finditer(r"([^{}]+)\{([^}]*)\}", css) if placeholder in r.group(1))
        assert "#111418" in rule.group(2)
    stale = next(r for r in re.finditer(r"([^{}]+)\{([^}]*)\}", css) if "data-stale" in r.group(1))
    assert "opacity: 1" in stale.group(2)


def test_wall_sized_panel_text_is_at_least_24px():
    from dashboard import figures

    spans = pd.DataFrame([dict(region="河南省", metric="money_frozen", value=5.7e7,
                               qualifier="exact", period_start="2019-01-01",
                               period_end="2019-06-30", fact_id="a", doc_id="d",
                               evidence="冻结资金5700万元")])
    fig = screen.wall_sized(figures.money_trend(spans, lang="zh", dark=True))
    assert fig.layout.height == screen.PANEL_HEIGHT
    assert fig.layout.xaxis.tickfont.size >= 24 and fig.layout.yaxis.tickfont.size >= 24
    assert fig.layout.legend.font.size >= 24 and fig.layout.font.size >= 24


def test_wall_sized_names_every_campaign_row_and_leaves_room_for_bar_labels():
    # newcomer review 12: on a shorter wall plotly named every other campaign, and a bar's
    # value written past its end (3.59亿元) was cut at the panel's edge
    from dashboard import figures

    summary = pd.DataFrame({"name": [f"行动{i}" for i in range(6)], "kind": "operation",
                            "start": [f"2025-0{i + 1}-01" for i in range(6)], "end": None,
                            "regions": "", "n_facts": 1})
    fig = screen.wall_sized(figures.campaign_timeline(summary, pd.DataFrame(), lang="zh", dark=True))
    assert list(fig.layout.yaxis.tickvals) == list(fig.layout.yaxis.categoryarray)
    assert len(fig.layout.yaxis.tickvals) == 6
    values = pd.DataFrame({"region": ["内蒙古自治区", "山东省"], "value": [3.59e8, 2.7e7],
                           "qualifier": ["exact", "at_least"], "n_sources": [1, 1]})
    bars = screen.wall_sized(figures.region_comparison(values, metric_label="冻结资金", lang="zh",
                                                       dark=True, metric="money_frozen"))
    assert bars.layout.margin.r >= 24 * len("≥2700万元") * 0.8  # the longest label, 24-px text


def test_the_walls_campaign_panel_keeps_the_campaigns_with_most_figures():
    summary = pd.DataFrame({"name": [f"行动{i}" for i in range(12)], "kind": "operation",
                            "start": [f"2025-{i % 12 + 1:02d}" for i in range(12)],
                            "end": None, "regions": "", "n_facts": [i % 5 for i in range(12)]})
    kept = screen.wall_campaigns(summary)
    assert len(kept) == screen.WALL_CAMPAIGN_ROWS
    # every campaign left out has no more figures than the fewest kept
    assert summary.loc[~summary.index.isin(kept.index), "n_facts"].max() <= kept["n_facts"].min()
    assert screen.wall_campaigns(summary.head(3)).equals(summary.head(3))


@pytest.mark.parametrize(("lang", "uneven", "heading"), [
    ("zh", False, "各省冻结资金"),
    ("zh", True, "各省冻结资金（统计期长短不一）"),
    ("en", True, "Money frozen by province (periods differ in length)"),
])
def test_the_province_bars_heading_says_when_periods_differ(lang, uneven, heading):
    # newcomer review: the wall's 各省冻结资金 set 内蒙古's six months beside 山东's one
    # with no caveat; the wall has room for a few words in the heading, not a caption
    assert screen.panel_heading("regions", lang, uneven) == heading


@pytest.mark.parametrize(("spans", "partial"), [
    pytest.param([("2025-07-01", "2025-12-31")], False, id="the-whole-window"),
    pytest.param([("2025-07-18", "2025-07-18")], True, id="one-day-as-the-half-year"),
    pytest.param([("2025-07-01", "2025-12-31"), ("2025-09-01", "2025-09-30")], True, id="one-region-one-month"),
])
def test_a_tile_says_when_its_figures_do_not_cover_the_window(spans, partial):
    # newcomer review 12: the 2025H2 wall showed one day's 紧急止付 as 全国's half-year
    from datetime import date
    facts = pd.DataFrame({"period_start": [s for s, _ in spans], "period_end": [e for _, e in spans]})
    result = replace(agg(550_000), facts=facts, window=(date(2025, 7, 1), date(2025, 12, 31)),
                     period_start=date.fromisoformat(min(s for s, _ in spans)),
                     period_end=date.fromisoformat(max(e for _, e in spans)))
    caption = screen.kpi_tiles({"money_stopped": result}, "zh")[0].caption
    assert ("统计期不全" in caption) is partial
    assert ("2025-07-01 – 2025-12-31" in caption) is not partial  # the range only when whole
