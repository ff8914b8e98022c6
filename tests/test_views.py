"""Page view-models: safe evidence HTML, no figure drawn twice, downloads round-trip."""
from __future__ import annotations

import io
from datetime import date

import pandas as pd
import pytest

from dashboard import screen, tables, views
from dashboard.data import derive
from dashboard.filters import Filters
from tests.fixtures.dashboard_sample import sample_frames

DS = derive(*sample_frames())


def test_evidence_html_escapes_parsed_text_and_marks_the_figure():
    fact = DS.facts[DS.facts["evidence"] == "破获电信网络诈骗案件3120起"].iloc[0]
    html = views.evidence_html(fact, None)
    assert "<mark>破获电信网络诈骗案件3120起</mark>" in html
    assert "<b>" not in html and "&lt;b&gt;广告&lt;/b&gt;" in html


def year(y: int) -> dict:
    return {"start": date(y, 1, 1), "end": date(y, 12, 31)}


@pytest.mark.parametrize("y, expected", [
    (2019, [32_000_000, 57_000_000]),  # 郑州's two halves, one copy each
    (2020, [247_000_000]),  # 甘肃's province total, not 兰州 too
    (2022, [460_000_000]),  # 湖北
])
def test_money_spans_never_repeat_a_claim_and_stay_in_the_window(y, expected):
    spans = views.money_spans(DS, Filters(**year(y)))
    assert spans["fact_id"].is_unique
    assert sorted(spans.loc[spans["metric"] == "money_frozen", "value"]) == expected
    assert (spans["period_start"] >= f"{y}-01-01").all()
    assert (spans["period_end"] <= f"{y}-12-31").all()


def test_money_spans_of_a_chosen_province_keep_its_own_figures():
    # 湖北's 2022 figures are province-wide: before, choosing 湖北 drew an empty chart
    spans = views.money_spans(DS, Filters(province="湖北省", **year(2022)))
    frozen = spans[spans["metric"] == "money_frozen"]
    assert frozen[["region", "value"]].values.tolist() == [["湖北省", 460_000_000]]


def test_trend_regions_put_the_largest_figure_first_and_name_the_unplaced():
    spans = pd.DataFrame({"region": ["山西省", "北京市", None, "山西省"],
                          "value": [12.8e6, 2.1e8, 5e7, 3e8]})
    assert views.trend_regions(spans) == ["山西省", "北京市", "—"]  # by each region's largest
    assert views.trend_regions(spans.iloc[0:0]) == []


@pytest.mark.parametrize("regions, most, expected", [
    pytest.param(["甲", "乙"], 2, None, id="few-enough-no-picker"),
    pytest.param(["甲", "乙", "丙"], 2, ("甲", "乙"), id="more-the-first-most"),
])
def test_trend_default(regions, most, expected):
    assert views.trend_default(regions, most) == expected


def test_kpis_follow_filters():
    assert views.kpi(DS, Filters(province="甘肃省", city="兰州市", **year(2020)),
                     "cases_solved").value == 585
    assert views.kpi(DS, Filters(campaign="陇风2020", **year(2020)), "cases_solved").value == 3208


@pytest.mark.parametrize("window, expected", [
    pytest.param(None, ["005_hubei", "008_beijing", "006_jincheng", "007_national", "004_gansu"], id="no-window"),
    pytest.param((date(2020, 1, 1), date(2020, 12, 31)),
                 ["007_national", "004_gansu", "003_lanzhou", "002_zhengzhou_h2"],
                 id="year-2020-and-its-report-of-january-2021"),  # newcomer review 13
    pytest.param((date(2019, 1, 1), date(2019, 12, 31)),
                 ["002_zhengzhou_h2", "001_zhengzhou_copy", "000_zhengzhou"],
                 id="year-2019-and-the-second-half-reported-in-2020"),
    pytest.param((date(2019, 7, 12), date(2019, 7, 12)), ["001_zhengzhou_copy"], id="one-day-inclusive"),
    pytest.param((date(2016, 1, 1), date(2016, 12, 31)), [], id="no-bulletin"),
])
def test_latest_bulletins_are_the_windows_own(window, expected):
    # newcomer review 12: a 2016 view listed the newest bulletins of every year first;
    # review 13: a year's own report, published the next January, was left out
    from dashboard import windows

    shown = None if window is None else windows.Window(window[0], window[1], "custom")
    assert list(views.latest_documents(DS, Filters(), shown, n=5)["doc_id"]) == expected


def test_default_window_is_the_latest_year_with_data():
    assert views.window_of(DS, Filters()).code == "2022"
    result = views.kpi(DS, Filters(), "cases_solved")
    assert result.value == 5241  # 湖北 Jan–May 2022 only: nothing from 2020 or 2021 added
    assert result.window == (date(2022, 1, 1), date(2022, 12, 31))
    assert result.missing_regions == ("北京市", "山西省", "河南省", "甘肃省")
    assert "北京市" in views.missing_caption(result, "zh")


def test_half_year_window_is_named():
    window = views.window_of(DS, Filters(start=date(2019, 7, 1), end=date(2019, 12, 31)))
    assert (window.kind, window.code, window.label("zh")) == ("half", "2019H2", "2019年下半年")
    assert views.kpi(DS, Filters(province="河南省", start=window.start, end=window.end),
                     "cases_solved").value == 1230 + 310


def test_year_table_has_one_total_per_region_and_year():
    totals = views.year_totals(DS, Filters(), "cases_solved")
    nation = totals[totals["is_scope"]].set_index("year")["value"].to_dict()
    assert nation == {2019: 1540, 2020: 322_000, 2021: 3216, 2022: 5241}
    table = views.year_table(totals, "cases_solved", "zh")
    assert table.iloc[0]["地区"] == "全国"
    assert table.set_index("地区").loc["甘肃省", "2020"] == "3208起"
    assert table.set_index("地区").loc["甘肃省", "2019"] == "—"
    gansu = views.year_totals(DS, Filters(province="甘肃省"), "cases_solved")
    assert gansu[["region", "year", "value"]].values.tolist() == [
        ["甘肃省", 2020, 3208], ["兰州市", 2020, 585]]


def test_the_year_table_marks_a_year_whose_sub_regions_add_up_to_more():
    # newcomer review 12: 全国 2021 read 1.5万起 (one paragraph's sub-count) between 25.6万 and
    # 46.4万 with no mark, though the card said its provinces add up to 12.8万
    rows = [{"fact_id": f"y{i}", "doc_id": f"d{i}", "metric": "cases_solved", "value": v,
             "qualifier": "exact", "province": p, "city": None, "county": None,
             "period_start": "2021-01-01", "period_end": "2021-12-31", "scope": "jurisdiction",
             "unit_kind": "body", "published": "2022-01-20", "nationwide": p is None}
            for i, (p, v) in enumerate([(None, 15_000), ("广东省", 60_000), ("湖南省", 40_000)])]
    rows += [{**rows[1], "fact_id": "y9", "doc_id": "d9", "value": 70_000,
              "period_start": "2022-01-01", "period_end": "2022-12-31", "published": "2023-01-20"}]
    documents, facts, campaigns = sample_frames()
    ds = derive(documents, pd.DataFrame(rows).reindex(columns=facts.columns), campaigns.iloc[0:0])
    totals = views.year_totals(ds, Filters(), "cases_solved")
    nation = totals[totals["is_scope"]].set_index("year")
    assert nation.loc[2021, "value"] == 15_000 and bool(nation.loc[2021, "parts_larger"])
    assert nation.loc[2022, "value"] == 70_000 and not nation.loc[2022, "parts_larger"]
    table = views.year_table(totals, "cases_solved", "zh").set_index("地区")
    assert table.loc["全国", "2021"].endswith(views.PARTS_LARGER)
    assert not table.loc["全国", "2022"].endswith(views.PARTS_LARGER)
    assert views.has_parts_larger(table.reset_index())


def test_kpi_caption_names_regions_and_bulletins():
    result = views.kpi(DS, Filters(**year(2021)), "cases_solved")
    assert result.value == 3120 + 96
    assert views.kpi_caption(result, "zh").startswith("依据 2 个地区、2 篇通报")
    assert views.basis_sum(result, "zh") == "3,120 + 96 = 3,216"


@pytest.mark.parametrize("scope, expected", [
    pytest.param("case", "本时段只有单个案件或专案的数字 2 条", id="case-figures-only"),
    pytest.param("part", "本时段只有单个案件或专案的数字 2 条", id="named-parts-only"),
    pytest.param("jurisdiction", "暂无可计入的数字", id="nothing-at-all"),
])
def test_a_card_with_no_total_says_why(scope, expected):
    # newcomer review 11: 涉案金额 / 被骗金额 come per case, so their cards were blank
    from dashboard.aggregate import narrow, resolve, to_aggregate

    rows = [{"fact_id": f"f{i}", "doc_id": "d", "metric": "victim_loss", "value": 50_000.0,
             "qualifier": "exact", "province": "甘肃省", "city": None, "county": None,
             "period_start": "2020-03-01" if scope != "jurisdiction" else "2019-03-01",
             "period_end": "2020-03-01" if scope != "jurisdiction" else "2019-03-01",
             "scope": scope, "unit_kind": "body", "published": "2020-04-01"} for i in range(2)]
    facts = pd.DataFrame(rows)
    res = resolve(narrow(facts), (date(2020, 1, 1), date(2020, 12, 31)))
    result = to_aggregate(res, (), facts, keep_outside=False)
    assert result.value is None
    assert views.kpi_caption(result, "zh").startswith(expected)
    assert views.kpi_caption(result, "en")


def test_kpi_caption_of_a_regions_own_figure_names_its_bulletins_only():
    # "依据 1 个地区" under 全国 (the nation's own figure) told the reader nothing
    result = views.kpi(DS, Filters(province="甘肃省", **year(2020)), "cases_solved")
    assert result.basis == "reported"
    assert views.kpi_caption(result, "zh").startswith("依据 1 篇通报")


def test_sub_regions_adding_up_to_more_are_told_beside_the_total():
    from dashboard.aggregate import Aggregate
    from dashboard.screen import _tile_caption

    result = Aggregate(542, "exact", 1, pd.DataFrame(), pd.DataFrame(), "reported", parts_value=66_616)
    assert views.parts_caption(result, "suspects_arrested", "zh").startswith("下级地区合计 6.66万人")
    assert "Sub-regions add up to" in views.parts_caption(result, "suspects_arrested", "en")
    assert "下级合计 6.66万人" in _tile_caption(result, "suspects_arrested", "zh")
    alone = Aggregate(542, "exact", 1, pd.DataFrame(), pd.DataFrame(), "reported")
    assert views.parts_caption(alone, "suspects_arrested", "zh") == ""


@pytest.mark.parametrize(("own", "parts", "doubtful"), [
    pytest.param(21_707_000, 8_603_000_000, True, id="nation-2170.7万-beside-86亿"),  # newcomer review
    pytest.param(86_030_000, 8_603_000_000, True, id="exactly-a-hundredth"),
    pytest.param(100_000_000, 8_603_000_000, False, id="a-part-of-the-year"),
])
def test_a_figure_far_below_its_parts_is_told_worth_checking(own, parts, doubtful):
    from dashboard.aggregate import Aggregate

    result = Aggregate(own, "exact", 1, pd.DataFrame(), pd.DataFrame(), "reported", parts_value=parts)
    zh, en = (views.parts_caption(result, "money_stopped", lang) for lang in ("zh", "en"))
    assert zh.startswith("下级地区合计 86.03亿元")
    assert ("引用前请核对原文" in zh) is doubtful
    assert ("check it against its source" in en) is doubtful


def test_undated_figures_stay_in_the_evidence_list():
    # 郑州's undated 71 gangs, a blurb on a 2020 page: listed in the window it was reported in
    listed = views.evidence_facts(DS, Filters(province="河南省", **year(2020)))
    assert listed["period_start"].isna().any()
    assert views.kpi(DS, Filters(province="河南省", **year(2019)),
                     "gangs_busted").value == 71 + 45


def test_undated_figures_are_listed_in_the_window_they_were_reported_in():
    """A 2019 bulletin's 时段不明 figure is listed in 2019's evidence, not in 2020's or
    2025's (it said nothing of them); with no window every figure is listed."""
    undated = DS.facts[DS.facts["period_start"].isna() & DS.facts["published"].notna()]
    assert len(undated)
    published_years = pd.to_datetime(undated["published"]).dt.year
    for y in sorted(set(published_years)):
        listed = views.evidence_facts(DS, Filters(**year(int(y))))
        listed_undated = set(listed.loc[listed["period_start"].isna(), "fact_id"])
        assert set(undated.loc[(published_years == y).to_numpy(), "fact_id"]) <= listed_undated
        assert not set(undated.loc[(published_years != y).to_numpy(), "fact_id"]) & listed_undated
    assert set(undated["fact_id"]) <= set(views.evidence_facts(DS, Filters())["fact_id"])


def test_campaign_summary_and_detail():
    campaigns, reports = views.campaign_summary(DS)
    row = campaigns.set_index("name").loc["断卡行动"]
    assert (row["kind"], row["start"], row["end"]) == ("operation", "2020-10", None)
    assert len(reports[reports["name"] == "断卡行动"]) == 2
    detail = views.campaign_detail(DS, "5·03")
    assert detail.totals["suspects_arrested"].value is None  # case-level: listed, not added
    assert len(detail.facts) == 2


def test_campaign_detail_keeps_to_the_chosen_region():
    # 陇风2020 is 甘肃's: its figures are 甘肃's totals, and nothing of it is 湖北's
    gansu = views.campaign_detail(DS, "陇风2020", Filters(province="甘肃省", **year(2020)))
    assert gansu.totals["cases_solved"].value == 3208
    assert set(gansu.facts["province"]) == {"甘肃省"}
    hubei = views.campaign_detail(DS, "陇风2020", Filters(province="湖北省", **year(2020)))
    assert hubei.facts.empty and hubei.documents.empty
    assert all(a.value is None for a in hubei.totals.values())
    assert hubei.years.empty


def test_a_campaigns_figures_are_listed_once_per_bulletin_newest_first():
    # newcomer review 11: a reprint (same day, same title, another page) listed each of the
    # bulletin's figures a second time, and the list came in no order
    documents, facts, campaigns = sample_frames()
    name = "陇风2020"
    own = facts[facts["campaign"] == name]
    doc_id = own["doc_id"].iloc[0]
    reprint_doc = documents[documents["doc_id"] == doc_id].assign(doc_id="reprint", source="https://mirror.example/1")
    reprint_facts = own[own["doc_id"] == doc_id].assign(
        doc_id="reprint", fact_id=lambda f: "r_" + f["fact_id"].astype(str))
    ds = derive(pd.concat([documents, reprint_doc], ignore_index=True),
                pd.concat([facts, reprint_facts], ignore_index=True),
                pd.concat([campaigns, campaigns[campaigns["doc_id"] == doc_id].assign(doc_id="reprint")],
                          ignore_index=True))
    detail = views.campaign_detail(ds, name)
    assert "reprint" not in set(detail.facts["doc_id"]) and "reprint" not in set(detail.documents["doc_id"])
    assert len(detail.facts) == len(views.campaign_detail(DS, name).facts)
    published = pd.to_datetime(detail.facts["published"])
    assert published.is_monotonic_decreasing


def test_the_timeline_keeps_to_the_campaigns_of_the_view():
    def names(**kw):
        return views.campaign_summary_in_view(DS, Filters(**kw))[0]["name"].tolist()
    # a year-only span (陇风2020: "2020"…"2020") and a month (宣传月: 2021-06) read whole
    assert names(**year(2020)) == ["5·03", "陇风2020", "断卡行动"]
    # 5·03 (no end) started in 2020 and no 2021 report names it; 断卡行动 is reported in 2021
    assert names(**year(2021)) == ["断卡行动", "防范电信网络诈骗集中攻坚宣传月"]
    assert names(**year(2019)) == []
    # a region keeps the campaigns its bulletins name
    assert names(province="甘肃省", **year(2020)) == ["5·03", "陇风2020"]
    assert names(province="湖北省", **year(2020)) == ["断卡行动"]


def test_downloads_round_trip():
    facts = views.evidence_facts(DS, Filters(province="湖北省"))
    from dashboard import exports
    back = pd.read_parquet(io.BytesIO(exports.to_parquet_bytes(facts)))
    assert back["fact_id"].tolist() == facts["fact_id"].tolist()
    csv = exports.to_csv_bytes(facts)
    assert csv.startswith("\ufeff".encode()) and "武汉市".encode() in csv


def test_briefing_html_carries_the_filtered_view_offline():
    # (in 2020, the window of 甘肃's figures: with the default window, 2022, the KPI has no value
    # and 3208 once reached the page only through the timeline of every campaign ever named)
    html = views.briefing_html(DS, Filters(province="甘肃省", **year(2020)), "zh")
    assert "甘肃省" in html
    # plotly.js is inlined (its bundle mentions its CDN as a string; nothing is loaded from it)
    assert "<script src=" not in html and 'src="http' not in html
    # the filtered KPI value and a source sentence of the view are in the page
    assert "3208" in html
    assert "<script>alert" not in html


@pytest.mark.parametrize(("lang", "filters", "money", "name"), [
    ("zh", {"地区": "湖北省", "指标": "冻结资金", "时段": "2022年"}, "资金数字随时间", "反诈通报简报_"),
    ("en", {"Region": "湖北省", "Metric": "Money frozen", "Window": "2022"}, "Money figures over time",
     "anti-fraud-briefing_"),
])
def test_briefing_speaks_the_pages_language(lang, filters, money, name):
    from bs4 import BeautifulSoup

    html = views.briefing_html(DS, Filters(province="湖北省", metric="money_frozen"), lang)
    soup = BeautifulSoup(html, "lxml")
    table = soup.select_one("table.filters tbody")
    assert {r.th.get_text(): r.td.get_text() for r in table.find_all("tr")} == filters
    for code in ("money_frozen", "province", ">metric<"):
        assert code not in str(table)
    # the money chart is named and says what its lines are; no column is headed "#"
    headings = [h.get_text() for h in soup.select("div.figure h3")]
    assert headings and headings[0].startswith(money)
    assert soup.select_one("div.figure p.meta").get_text()
    assert "#" not in [th.get_text() for th in soup.select("table.kpis th")]
    assert views.briefing_name(Filters(), None, lang).startswith(name)


def test_map_view_draws_the_window_and_maps_clicks_to_provinces():
    ds = derive(*sample_frames())
    view = views.map_view(ds, Filters(start=date(2020, 1, 1), end=date(2020, 12, 31)), "cases_solved", "zh")
    assert "甘肃省" in set(view.adcode_to_province.values())
    assert len(view.figure.data) >= 1
    drilled = views.map_view(ds, Filters(province="甘肃省", start=date(2020, 1, 1), end=date(2020, 12, 31)),
                             "cases_solved", "zh")
    # the province's own total first, then its cities and counties
    assert drilled.table.iloc[:, 0].tolist() == ["甘肃省", "兰州市", "城关区"]
    assert not drilled.province_only
    # 湖北's figures are all province-wide: its total still shows, and the map says why its
    # cities are grey
    hubei = views.map_view(ds, Filters(province="湖北省", **year(2022)), "money_frozen", "zh")
    assert hubei.table.iloc[:, 0].tolist() == ["湖北省"] and hubei.province_only
    # a chosen city: its own total and its counties', not the province's or other cities'
    city = views.map_view(ds, Filters(province="甘肃省", city="兰州市", start=date(2020, 1, 1),
                                      end=date(2020, 12, 31)), "cases_solved", "zh")
    assert city.table.iloc[:, 0].tolist() == ["兰州市", "城关区"]
    other = views.map_view(ds, Filters(province="甘肃省", city="天水市", start=date(2020, 1, 1),
                                       end=date(2020, 12, 31)), "cases_solved", "zh")
    assert other.table.empty


@pytest.mark.parametrize(("filters", "notes"), [
    pytest.param(Filters(**year(2021)), ["蓝色圆点是各城市自己的数字", "统计期长短不一（1个月至6个月），颜色深浅不能直接相比"],
                 id="national-uneven"),  # 北京 January–June beside 山西 June alone, one scale
    pytest.param(Filters(**year(2020)), ["蓝色圆点是各城市自己的数字"], id="national-even"),
    pytest.param(Filters(province="甘肃省", **year(2020)), ["蓝色圆点是区县自己的数字"], id="drilled"),
])
def test_map_says_what_its_dots_are_and_when_its_colours_mix_period_lengths(filters, notes):
    # newcomer review: no legend for the blue bubbles, and a half year beside a full year on
    # one colour scale with no word of it (the money page already said so for its bars)
    view = views.map_view(DS, filters, "cases_solved", "zh")
    assert len(view.notes) == len(notes)
    assert all(want in note for want, note in zip(notes, view.notes))
    en = views.map_view(DS, filters, "cases_solved", "en")
    assert all(note.isascii() for note in en.notes) and len(en.notes) == len(notes)


@pytest.mark.parametrize("filters", [
    Filters(), Filters(province="河南省", **year(2019)), Filters(metric="money_frozen"),
    Filters(**year(2020)), Filters(campaign="断卡行动"),
], ids=["all", "province-year", "metric", "year", "campaign"])
def test_evidence_listing_is_the_head_of_the_full_view(filters):
    # the page lists the first rows without taking the whole view; same rows, same order
    full = views.evidence_facts(DS, filters)
    expected = views.apply_filters(DS.facts, filters, window=False)
    if filters.start:
        undated = expected["start_date"].isna() | expected["end_date"].isna()
        published = pd.to_datetime(expected["published"])
        reported_in = published.isna() | published.between(pd.Timestamp(filters.start),
                                                           pd.Timestamp(filters.end))
        expected = expected[views.window_mask(expected, filters.window) | (undated & reported_in)]
    expected = expected.sort_values(["published", "doc_id", "span_start"],
                                    ascending=[False, True, True], na_position="last")
    assert full["fact_id"].tolist() == expected["fact_id"].tolist()
    for rows in (1, 3, 1000):
        listed, total = views.evidence_listing(DS, filters, rows)
        assert total == len(full)
        assert listed["fact_id"].tolist() == full["fact_id"].head(rows).tolist()
    table = views.evidence_table(full, "zh")
    assert len(table) == len(full)
    # the quoted words and their bulletin right after the amount (on screen at 1366 px)
    assert list(table.columns[:5]) == ["地区", "指标", "数值", "原文", "来源"]


def test_the_wall_ticker_keeps_to_its_window_and_falls_back_when_it_has_no_news():
    """The ticker scrolls the latest campaign results reported in the wall's window; a window
    with none falls back to the region's latest (never blank), not to another year silently
    mixed in."""
    in_2020 = views.ticker_items(DS, Filters(**year(2020)), "zh")
    assert in_2020 and all(item.published is None or item.published.startswith("2020") for item in in_2020)
    in_2019 = views.ticker_items(DS, Filters(**year(2019)), "zh")
    latest = screen.ticker_items(DS.facts, DS.campaigns, "zh")  # the nation's latest, any year
    assert all(item.published is None or item.published.startswith("2019") for item in in_2019) or \
        in_2019 == latest
    nothing = views.ticker_items(DS, Filters(**year(2011)), "zh")
    assert nothing == latest and nothing
    # and a fallback says so in the strip's title (newcomer review: 2016 news under "2025")
    assert views.ticker(DS, Filters(**year(2020)), "zh")[1] == screen.TICKER_WINDOW
    # no window in the link: the default one the header names (2022), not "no window"
    items, source = views.ticker(DS, Filters(), "zh")
    assert source == screen.TICKER_WINDOW
    assert all(i.published is None or i.published.startswith("2022") for i in items)
    items, source = views.ticker(DS, Filters(**year(2011)), "zh")
    assert source == screen.TICKER_LATEST
    assert screen.ticker_text(items, "zh", source).startswith("最新战果（所选时段内没有，以下为最近的）：")


def test_a_wall_on_a_region_or_campaign_with_no_news_says_the_ticker_is_the_nations():
    # newcomer review 11: the fallback to the whole country only said "not in the period"
    items, source = views.ticker(DS, Filters(province="西藏自治区"), "zh")
    assert source == screen.TICKER_NATIONWIDE
    assert items and items == screen.ticker_items(DS.facts, DS.campaigns, "zh")
    assert screen.ticker_text(items, "zh", source).startswith("全国最新战果（所选地区或行动没有")
    # a region with news at another time: its own latest, said as such
    assert views.ticker(DS, Filters(province="甘肃省", **year(2011)), "zh")[1] == screen.TICKER_LATEST


def test_a_wall_on_one_campaign_scrolls_that_campaign_only():
    # newcomer review 11: a wall filtered to one campaign scrolled bare mentions of other
    # campaigns its bulletins name
    documents, facts, campaigns = sample_frames()
    gansu_doc = campaigns.loc[campaigns["name"] == "陇风2020", "doc_id"].iloc[0]
    mention = campaigns[campaigns["name"] == "陇风2020"].assign(name="雷霆9号")  # named in passing
    ds = derive(documents, facts, pd.concat([campaigns, mention], ignore_index=True))
    assert gansu_doc in set(mention["doc_id"])
    items, _ = views.ticker(ds, Filters(campaign="陇风2020"), "zh")
    assert items and all("陇风2020" in i.text for i in items)
    assert not any("雷霆9号" in i.text for i in items)


def _agg_frame(*rows):
    return pd.DataFrame([{"fact_id": f"c{i}", "doc_id": f"d{i}", "metric": "money_frozen", "value": v,
                          "qualifier": "exact", "province": p, "city": None, "county": None,
                          "period_start": s, "period_end": e, "scope": "jurisdiction",
                          "unit_kind": "body", "published": pub}
                         for i, (p, v, s, e, pub) in enumerate(rows)])


def test_a_total_of_unequal_periods_says_it_is_not_the_whole_window():
    from dashboard.aggregate import aggregate
    facts = _agg_frame(("内蒙古自治区", 3.59e8, "2025-01-01", "2025-06-30", "2025-07-10"),
                       ("山东省", 2.7e7, "2025-12-01", "2025-12-31", "2026-01-05"))
    result = aggregate(facts, "money_frozen", window=(date(2025, 1, 1), date(2025, 12, 31)))
    assert views.coverage_caption(result, "zh") == \
        "所用数字的统计期长短不一（1个月至6个月），合计不是整个时段的完整数字"
    whole = aggregate(facts.iloc[[0]].assign(period_end="2025-12-31"), "money_frozen",
                      window=(date(2025, 1, 1), date(2025, 12, 31)))
    assert views.coverage_caption(whole, "zh") == ""
    half = aggregate(facts.iloc[[0]], "money_frozen", window=(date(2025, 1, 1), date(2025, 12, 31)))
    assert "只覆盖" in views.coverage_caption(half, "zh")


def test_undated_figures_without_a_publication_day_are_not_said_to_be_from_this_window():
    from dashboard.aggregate import aggregate
    facts = _agg_frame(("山东省", 5e6, "2025-01-01", "2025-12-31", "2026-01-05"),
                       ("湖南省", 1e6, None, None, None), ("湖南省", 2e6, None, None, "2025-05-01"))
    result = aggregate(facts, "money_frozen", window=(date(2025, 1, 1), date(2025, 12, 31)))
    caption = views.undated_caption(result, "zh")
    assert caption == "时段不明 2 条未计入（其中 1 条发布日期也不明，列在每个时段旁）"


def test_a_total_over_several_years_says_it_adds_years():
    from dashboard.aggregate import aggregate
    facts = _agg_frame(("山东省", 5e6, "2021-01-01", "2021-12-31", "2022-01-05"),
                       ("山东省", 6e6, "2022-01-01", "2022-12-31", "2023-01-05"))
    result = aggregate(facts, "money_frozen", window=(date(2021, 1, 1), date(2022, 12, 31)))
    assert views.coverage_caption(result, "zh") == "所选时段跨越多个年度，合计把各年数字相加；逐年数字见年度表"


def test_a_region_comparison_of_unequal_periods_says_so():
    values = pd.DataFrame({"region": ["河北省", "黑龙江省"], "value": [1.96e9, 3.6e8], "qualifier": ["exact"] * 2,
                           "n_sources": [1, 1], "period_start": ["2022-01-01", "2022-03-01"],
                           "period_end": ["2022-04-30", "2022-03-31"], "basis": ["reported"] * 2})
    assert "统计期长短不一（1个月至4个月）" in views.comparison_caption(values, "zh")
    even = values.assign(period_start="2022-01-01", period_end="2022-12-31")
    assert views.comparison_caption(even, "zh") == ""
    # a leap year's 366 days beside 365: both 12个月, so nothing differs that it could name
    leap = values.assign(period_start=["2019-01-01", "2020-01-01"], period_end=["2019-12-31", "2020-12-31"])
    assert views.comparison_caption(leap, "zh") == ""
    from dashboard import figures
    fig = figures.region_comparison(values, metric_label="冻结资金", lang="zh")
    assert any("2022-03-01" in h for h in fig.data[0].hovertext)  # each bar's own period


@pytest.mark.parametrize(("y", "shown", "not_shown"), [
    (2020, ["陇风2020", "断卡行动", "5·03"], ["防范电信网络诈骗集中攻坚宣传月"]),
    (2021, ["断卡行动", "防范电信网络诈骗集中攻坚宣传月"], ["陇风2020", "5·03"]),
])
def test_the_briefings_campaign_timeline_keeps_to_its_window(y, shown, not_shown):
    # newcomer review: a 2025 briefing listed ~200 campaigns back to 2011; it now lists those
    # active in its window, as the 专项行动 page does. The chart's JSON holds the names as
    # written with orjson (requirements.txt), \u-escaped with the json module; a name in
    # neither form is nowhere in the briefing
    import json

    html = views.briefing_html(DS, Filters(**year(y)), "zh")
    for name in shown:
        assert name in html or json.dumps(name)[1:-1] in html
    for name in not_shown:
        assert name not in html and json.dumps(name)[1:-1] not in html


@pytest.mark.parametrize(("y", "expected"), [
    (2020, "陇风2020"),  # three figures in 2020 (5·03's are one case; 断卡行动's begin in October)
    (2021, "防范电信网络诈骗集中攻坚宣传月"),  # not 断卡行动, first by start, with nothing dated in 2021
    (2022, "断卡行动"),
])
def test_the_campaign_page_opens_on_the_campaign_with_most_figures_in_the_window(y, expected):
    f = Filters(**year(y))
    names = views.campaign_summary_in_view(DS, f)[0]["name"].tolist()
    assert views.busiest_campaign(DS, f, names) == expected
    assert views.busiest_campaign(DS, f, []) is None
    every = views.campaign_summary(DS)[0]["name"].tolist()
    assert views.default_campaign(DS, f, every) == expected


def test_the_campaign_page_opens_on_the_sidebars_campaign_else_the_first_when_none_is_in_view():
    every = views.campaign_summary(DS)[0]["name"].tolist()
    assert views.default_campaign(DS, Filters(campaign="5·03", **year(2022)), every) == "5·03"
    # a window with no campaign in it: the first of all, as the page listed them
    assert views.default_campaign(DS, Filters(**year(2001)), every) == every[0]
    assert views.default_campaign(DS, Filters(), []) is None


def test_the_campaign_sources_table_shows_dashes_and_readable_headings_not_the_doc_id():
    table = views.campaign_sources_table(pd.DataFrame({
        "published": ["2020-05-03", None], "title": ["甲", "乙"], "source": [None, "公安"],
        "doc_id": ["d1", "d2"]}), "zh")
    assert list(table.columns) == ["发布日期", "标题", "来源"]
    assert table.iloc[1, 0] == "—" and table.iloc[0, 2] == "—"


@pytest.mark.parametrize(("lang", "heading"), [("zh", "精确数值"), ("en", "Exact value")])
def test_the_exact_value_column_is_named(lang, heading):
    # newcomer review: the column beside the formatted figure was headed "#", which told a reader nothing
    from dashboard import tables

    table = views.facts_table(DS.facts.head(3), lang)
    assert heading in table.columns and "#" not in table.columns
    regions = pd.DataFrame({"name": ["甘肃省"], "value": [3208.0], "qualifier": ["exact"],
                            "period_start": ["2020-01-01"], "period_end": ["2020-12-30"], "n_sources": [1]})
    assert heading in tables.region_table(regions, "cases_solved", lang).columns


@pytest.mark.parametrize("y", [2019, 2020, 2021, 2022])
def test_the_evidence_export_says_which_rows_each_total_adds(y):
    # newcomer review: the download did not say which rows a card used, nor why others not;
    # its counted rows now add up to each metric's total, and every other weighed row has a reason
    from dashboard import aggregate

    f = Filters(**year(y))
    export = views.evidence_export(DS, f)
    assert export["fact_id"].tolist() == views.evidence_facts(DS, f)["fact_id"].tolist()
    known = {v for k, v in vars(aggregate).items() if k.startswith("REASON_")}
    for metric in export["metric"].unique():
        rows = export[export["metric"] == metric]
        total = views.kpi(DS, f, metric).value
        assert rows.loc[rows["counted"], "value"].sum() == (total or 0), metric
    assert set(export.loc[~export["counted"], "left_out_reason"].dropna()) <= known
    assert export.loc[export["counted"], "left_out_reason"].isna().all()


def test_a_cross_table_spreads_long_rows_in_the_order_given():
    rows = pd.DataFrame({"region": ["乙市", "甲市", "甲市", "甲市"], "year": [2020, 2021, 2020, 2020],
                         "text": ["1起", "2起", "3起", "4起"]})
    table = tables.cross_table(rows, "region", "year", "text", ["甲市", "乙市"], "地区",
                               newest_first=True)
    assert list(table.columns) == ["地区", "2021", "2020"]
    # a row per region in the order given; the first text of a cell wins; — for none
    assert table.values.tolist() == [["甲市", "2起", "3起"], ["乙市", "—", "1起"]]
    ascending = tables.cross_table(rows, "region", "year", "text", ["乙市"], "地区")
    assert list(ascending.columns) == ["地区", "2020", "2021"]
    assert ascending.values.tolist() == [["乙市", "1起", "—"]]


def test_a_reprinted_bulletin_is_listed_once():
    docs = pd.DataFrame({"published": ["2025-12-10", "2025-12-10", "2025-12-10", "2025-12-09", "2025-12-10", "2025-12-10"],
                         "title": ["某市破获电诈案件", "某市破获电诈案件", "另一标题", "某市破获电诈案件", None, None],
                         "source": ["甲报", "乙网", "甲报", "甲报", "丙网", "丁网"]})
    kept = views.one_per_bulletin(docs)
    # the same title on the same day once (the first kept); another day or title stays;
    # untitled rows are never taken for one bulletin
    assert kept["source"].tolist() == ["甲报", "甲报", "甲报", "丙网", "丁网"]
    assert kept.index.tolist() == [0, 2, 3, 4, 5]


def test_a_year_cell_whose_figures_miss_part_of_the_year_is_marked():
    # the sample's 2022 is 湖北's January–May; 甘肃's 2020 figure is the whole year
    totals = views.year_totals(DS, Filters(), "cases_solved")
    whole = totals.set_index(["region", "year"])["whole"]
    assert not whole[("全国", 2022)] and not whole[("湖北省", 2022)]
    assert whole[("甘肃省", 2020)]
    table = views.year_table(totals, "cases_solved", "zh").set_index("地区")
    assert table.loc["湖北省", "2022"] == "5241起 *" and table.loc["甘肃省", "2020"] == "3208起"
    assert views.has_part_year(table.reset_index())


@pytest.mark.parametrize("spans, expected", [
    pytest.param([("2021-01-01", "2021-12-31")], True, id="one-full-year"),
    pytest.param([("2021-01-01", "2021-03-31"), ("2021-04-01", "2021-06-30"),
                  ("2021-07-01", "2021-09-30"), ("2021-10-01", "2021-12-31")], True,
                 id="four-quarters-of-one-region"),
    pytest.param([("2021-01-01", "2021-12-25")], True, id="a-year-end-report-before-the-31st"),
    pytest.param([("2021-01-01", "2021-11-30")], False, id="january-to-november"),
    pytest.param([("2021-01-01", "2021-06-30")], False, id="half-a-year"),
    pytest.param([("2021-01-01", "2021-03-31"), ("2021-07-01", "2021-12-31")], False,
                 id="a-gap-in-the-year"),
])
def test_covers_window_joins_one_regions_periods(spans, expected):
    from dashboard.aggregate import covers_window, narrow, resolve
    from datetime import date
    facts = pd.DataFrame([{"fact_id": f"f{i}", "doc_id": f"d{i}", "metric": "cases_solved",
                           "value": 10.0 + i, "qualifier": "exact", "province": "甘肃省",
                           "city": None, "county": None, "period_start": s, "period_end": e,
                           "scope": "jurisdiction", "published": "2022-01-05"}
                          for i, (s, e) in enumerate(spans)])
    res = resolve(narrow(facts), (date(2021, 1, 1), date(2021, 12, 31)))
    assert covers_window(res, ("甘肃省",)) is expected


def test_every_fact_table_quotes_the_words_right_after_the_amount():
    # the overview's 计算依据 lists and a campaign's figures too (newcomer review 11)
    table = views.facts_table(views.kpi(DS, Filters(**year(2020)), "cases_solved").facts, "zh")
    assert list(table.columns[:5]) == ["地区", "指标", "数值", "原文", "来源"]


def test_fact_tables_show_evidence_without_a_mirrors_pinyin_ruby():
    # newcomer review 12: 偵破電信網(wǎng)絡(luò)詐騙案件113起 in every table of 332 facts
    facts = DS.facts.head(2).assign(evidence=["偵破電信網(wǎng)絡(luò)詐騙案件113起", "抓获(含在逃)3人"])
    table = views.facts_table(facts, "zh")
    assert table["原文"].tolist() == ["偵破電信網絡詐騙案件113起", "抓获(含在逃)3人"]


@pytest.mark.parametrize("city, municipality_coloured", [
    pytest.param(None, True, id="the-whole-municipality-in-its-colour"),
    pytest.param("海淀区", False, id="a-district-not-in-the-municipalitys-colour"),
])
def test_a_municipality_map_colours_its_polygon_only_for_the_whole(city, municipality_coloured):
    # newcomer review 13: 北京市 · 海淀区 drew all of 北京 in 北京市's ≥8亿 while the table said 4.3亿
    inputs = views.map_inputs(DS, Filters(province="北京市", city=city, **year(2021)), "cases_solved")
    assert inputs.one_polygon
    assert ("北京市" in set(inputs.values["province"])) is municipality_coloured
    assert inputs.city == city


def test_an_ordinary_province_is_not_one_polygon():
    inputs = views.map_inputs(DS, Filters(province="甘肃省", city="兰州市", **year(2020)), "cases_solved")
    assert not inputs.one_polygon and "甘肃省" in set(inputs.values["province"])
