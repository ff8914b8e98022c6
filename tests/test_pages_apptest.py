"""Every page renders on a fixture cache; filters change the numbers; the URL restores a view."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from tests.fixtures.dashboard_sample import caveat_frames, write_sample_cache

APP = str(Path(__file__).resolve().parent.parent / "app.py")
PAGES = ["dashboard/pages/overview.py", "dashboard/pages/map.py", "dashboard/pages/money.py",
         "dashboard/pages/campaigns.py", "dashboard/pages/evidence.py"]


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory) -> Path:
    return write_sample_cache(tmp_path_factory.mktemp("cache"))


@pytest.fixture()
def app(cache_dir, monkeypatch) -> AppTest:
    monkeypatch.setenv("FRAUD_CACHE_DIR", str(cache_dir))
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception, at.exception
    return at


def metric_values(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def texts(at: AppTest) -> list[str]:
    return [t.value for t in at.text]


def choose_window(at: AppTest, kind: str, code: str) -> None:
    at.sidebar.segmented_control(key="f_window_kind").set_value(kind).run()
    at.sidebar.selectbox(key="f_window").select(code).run()


def test_overview_renders_kpis_for_the_latest_year_in_chinese(app):
    values = metric_values(app)
    # default window 2022: 湖北 Jan–May 2022 only, no 2020 national figure mixed in
    assert values["破获案件"] == "5241起"
    assert values["冻结资金"] == "4.6亿元"
    assert "全国 · 2022年" in texts(app)
    assert any(c.value.startswith("依据 1 个地区、1 篇通报") for c in app.caption)
    assert any("本时段无数字" in t and "甘肃省" in t for t in texts(app))
    assert any(c.value.startswith("计算规则") for c in app.caption)  # the rule, in 计算依据
    assert any(t.startswith("计入数字合计: 5,241 = 5,241") for t in texts(app))
    years = next(d.value for d in app.dataframe if "2019" in d.value.columns)
    # newest year first: with many years, the latest were off the right edge (newcomer review)
    # a year whose figures cover part of it only is marked, and the mark explained (newcomer
    # review: 2022's January–May beside 2020's whole year read as a fall)
    assert years.set_index("地区").loc["全国"].tolist() == ["5241起 *", "3216起 *", "32.2万起", "1540起 *"]
    assert any(c.value.startswith("带 * 的数字：所用数字的统计期没有覆盖全年") for c in app.caption)
    assert list(years.columns[1:]) == sorted(years.columns[1:], reverse=True)


def test_opening_workings_lists_the_basis_and_the_undated_figures(app):
    before = len(app.dataframe)
    app.session_state["workings_cases_solved"] = True  # the reader opens 计算依据
    app.run()
    assert not app.exception
    tables = [d.value for d in app.dataframe][: len(app.dataframe) - before]
    used = tables[0]
    assert len(used) == 1 and used["精确数值"].sum() == 5241  # the basis adds up to the card
    counts = next(c.value for c in app.caption if "已含在上级地区总数内" in c.value)
    assert "已含在上级地区总数内 2" in counts  # 武汉 and 宜昌, inside 湖北's own total


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_briefing_download_carries_each_cards_caveats(tmp_path, monkeypatch, lang):
    """What a card says beside its number (sub-regions add up to more, 时段不明, regions with
    no figure) is what the briefing's KPI row says, line for line, in the page language."""
    from bs4 import BeautifulSoup

    from dashboard import data, views

    cache = write_sample_cache(tmp_path / "cache", caveat_frames())
    monkeypatch.setenv("FRAUD_CACHE_DIR", str(cache))
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["lang"] = lang
    at.run()
    assert not at.exception, at.exception
    basis = "计入数字合计" if lang == "zh" else "Figures used add up to"
    cards = {column.metric[0].label: [t.value for t in column.text if not t.value.startswith(basis)]
             for column in at.columns if len(column.metric)}
    html = views.briefing_html(data.load(cache), at.session_state["_filters"], lang)
    rows = BeautifulSoup(html, "lxml").select("table.kpis tbody tr")
    briefing = {tr.td.get_text(): [li.get_text() for li in tr.select("ul.notes li")] for tr in rows}
    assert briefing == cards
    arrested = cards["抓获嫌疑人" if lang == "zh" else "Suspects arrested"]
    # partial, figures of unequal periods, undated, no figure: all four in the fixture
    assert len(arrested) == 4


@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders(app, page):
    app.switch_page(page).run()
    assert not app.exception, app.exception
    assert app.title


def test_changing_window_and_province_changes_kpis(app):
    before = metric_values(app)
    choose_window(app, "year", "2020")
    assert metric_values(app)["破获案件"] == "32.2万起"  # the nationwide 2020 figure
    assert app.query_params["from"] in ("2020-01-01", ["2020-01-01"])
    app.sidebar.selectbox(key="f_province").select("甘肃省").run()
    after = metric_values(app)
    assert after["破获案件"] == "3208起"
    assert after != before
    assert app.query_params["province"] == ["甘肃省"] or app.query_params["province"] == "甘肃省"
    app.sidebar.selectbox(key="f_city").select("兰州市").run()
    assert metric_values(app)["破获案件"] == "585起"  # the 5–7月 subtotal is not added


def test_half_year_and_custom_windows_change_kpis(app):
    import datetime as dt
    app.sidebar.selectbox(key="f_province").select("河南省").run()
    assert metric_values(app)["冻结资金"] == "—"  # nothing from 河南 in 2022
    choose_window(app, "half", "2019H1")
    assert metric_values(app)["冻结资金"] == "≥5700万元"
    choose_window(app, "year", "2019")
    assert metric_values(app)["冻结资金"] == "≥8900万元"
    app.sidebar.segmented_control(key="f_window_kind").set_value("custom").run()
    app.sidebar.date_input(key="f_from").set_value(dt.date(2019, 1, 1)).run()
    app.sidebar.date_input(key="f_to").set_value(dt.date(2019, 9, 30)).run()
    assert metric_values(app)["冻结资金"] == "≥5700万元"  # H2 crosses the edge: left out


def custom_range(at: AppTest, start: dt.date, end: dt.date) -> None:
    at.sidebar.segmented_control(key="f_window_kind").set_value("custom").run()
    at.sidebar.date_input(key="f_from").set_value(start).run()
    at.sidebar.date_input(key="f_to").set_value(end).run()
    assert not at.exception, at.exception


@pytest.mark.parametrize("lang, words", [("zh", "已对调：按 2019-01-01 至 2019-09-30 统计"),
                                         ("en", "figures cover 2019-01-01 to 2019-09-30")])
def test_a_reversed_custom_range_is_used_in_order_and_the_reader_is_told(app, lang, words):
    app.sidebar.segmented_control(key="f_lang").set_value(lang).run()
    app.sidebar.selectbox(key="f_province").select("河南省").run()
    custom_range(app, dt.date(2019, 9, 30), dt.date(2019, 1, 1))
    warnings = [w.value for w in app.sidebar.warning]
    assert len(warnings) == 1 and words in warnings[0]
    money = "Money frozen" if lang == "en" else "冻结资金"
    assert metric_values(app)[money] in ("≥5700万元", "≥57M yuan")  # as 2019-01-01 … 2019-09-30
    assert app.query_params["from"] in ("2019-01-01", ["2019-01-01"])
    custom_range(app, dt.date(2019, 1, 1), dt.date(2019, 9, 30))
    assert not app.sidebar.warning  # in order: nothing to say


def test_custom_range_pickers_keep_their_dates_and_format_across_languages(app):
    custom_range(app, dt.date(2019, 1, 1), dt.date(2019, 9, 30))
    for lang, label in (("en", "From"), ("zh", "起始日期"), ("en", "From")):
        app.sidebar.segmented_control(key="f_lang").set_value(lang).run()
        start, end = app.sidebar.date_input(key="f_from"), app.sidebar.date_input(key="f_to")
        assert (start.value, end.value) == (dt.date(2019, 1, 1), dt.date(2019, 9, 30))
        assert start.label == label and start.proto.format == end.proto.format == "YYYY/MM/DD"
        assert ("年/月/日" in start.help) is (lang == "zh")


def test_url_restores_view_and_language(cache_dir, monkeypatch):
    monkeypatch.setenv("FRAUD_CACHE_DIR", str(cache_dir))
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params.update({"province": "湖北省", "lang": "en"})
    at.run()
    assert not at.exception
    assert metric_values(at)["Cases solved"] == "5,241 cases"


def test_url_window_selects_that_year(cache_dir, monkeypatch):
    monkeypatch.setenv("FRAUD_CACHE_DIR", str(cache_dir))
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params.update({"province": "甘肃省", "from": "2020-01-01", "to": "2020-12-31"})
    at.run()
    assert not at.exception
    assert at.sidebar.selectbox(key="f_window").value == "2020"
    assert metric_values(at)["破获案件"] == "3208起"


def test_url_year_without_data_is_kept_and_shows_no_figures(cache_dir, monkeypatch):
    monkeypatch.setenv("FRAUD_CACHE_DIR", str(cache_dir))
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params.update({"from": "2013-01-01", "to": "2013-12-31"})
    at.run()
    assert not at.exception
    # the link's year stays (as a range), and no other year's figures are shown for it
    assert at.sidebar.date_input(key="f_from").value == dt.date(2013, 1, 1)
    assert set(metric_values(at).values()) == {"—"}


def test_a_map_with_nothing_in_the_window_says_so_in_the_pages_language(app):
    choose_window(app, "year", "2020")
    app.sidebar.selectbox(key="f_province").select("山西省").run()  # 山西's figures are 2021's
    app.switch_page("dashboard/pages/map.py").run()
    assert not app.exception, app.exception
    assert [i.value for i in app.info] == ["当前筛选条件下没有数据。"] and not app.dataframe


def test_a_campaign_without_figures_in_the_window_says_so_and_lists_its_years(app):
    app.switch_page("dashboard/pages/campaigns.py").run()
    # the picker opens on a campaign of the view's window (2022: only 断卡行动 is reported)
    assert app.selectbox(key="campaign_pick").value == "断卡行动"
    app.selectbox(key="campaign_pick").select("陇风2020").run()  # its figures are 2020's; the view is 2022
    assert not app.exception, app.exception
    assert [i.value for i in app.info] == ["本时段内该行动没有可计入的数字；下方按年份列出其各年数字和全部事实。"]
    sources = app.dataframe[-1].value
    assert len(sources) and not sources.isin(["None", None]).any().any()


def test_the_campaign_page_opens_on_one_with_figures_in_the_window(app):
    # 2021: 断卡行动 comes first by start but has no figure dated in 2021; the 宣传月 has three
    choose_window(app, "year", "2021")
    app.switch_page("dashboard/pages/campaigns.py").run()
    assert not app.exception, app.exception
    assert app.selectbox(key="campaign_pick").value == "防范电信网络诈骗集中攻坚宣传月"
    assert metric_values(app)


def test_a_campaigns_figures_are_the_chosen_provinces(app):
    choose_window(app, "year", "2020")
    app.sidebar.selectbox(key="f_province").select("甘肃省").run()
    app.switch_page("dashboard/pages/campaigns.py").run()
    app.selectbox(key="campaign_pick").select("陇风2020").run()
    assert not app.exception, app.exception
    assert any(c.value.startswith("甘肃省 · ") for c in app.caption)
    assert "3208起" in metric_values(app).values()
    app.sidebar.selectbox(key="f_province").select("湖北省").run()  # 陇风2020 is none of 湖北's
    app.selectbox(key="campaign_pick").select("陇风2020").run()
    assert not app.exception, app.exception
    assert any(c.value.startswith("湖北省 · ") for c in app.caption)
    assert not metric_values(app)


def test_a_campaigns_totals_follow_the_window_and_its_years_do_not(app):
    # guard: the years and the figures are kept per region, the totals per window
    choose_window(app, "year", "2020")
    app.sidebar.selectbox(key="f_province").select("甘肃省").run()
    app.switch_page("dashboard/pages/campaigns.py").run()
    app.selectbox(key="campaign_pick").select("陇风2020").run()
    assert "3208起" in metric_values(app).values()
    years = app.dataframe[0].value  # the year table, then the figures, then the sources
    choose_window(app, "year", "2022")
    app.selectbox(key="campaign_pick").select("陇风2020").run()
    assert not app.exception, app.exception
    assert not metric_values(app)  # 2022 has none of 陇风2020's figures
    assert app.dataframe[0].value.equals(years)
    assert "2020" in years.columns


def test_the_overview_year_table_is_every_years_whatever_the_window(app):
    table = app.dataframe[0].value  # the year table (the workings are closed), the latest bulletins
    cards = metric_values(app)
    choose_window(app, "year", "2020")
    assert not app.exception, app.exception
    assert metric_values(app) != cards  # the cards follow the window
    assert app.dataframe[0].value.equals(table)  # the table does not
    assert {"2020", "2022"} <= set(table.columns)


def test_evidence_page_lists_facts_for_filter(app):
    choose_window(app, "year", "2020")  # the evidence list follows the window too
    app.sidebar.selectbox(key="f_campaign").select("5·03").run()
    app.switch_page("dashboard/pages/evidence.py").run()
    assert not app.exception
    table = app.dataframe[0].value
    assert len(table) == 2
    assert set(table["原文"]) == {"抓获犯罪嫌疑人23名", "涉案金额300余万元"}


def test_clicking_the_chosen_language_again_keeps_it(app):
    # Streamlit unselects a segmented control's chosen option when it is clicked again
    # (the value turns None): the page must stay in English, not fall back to Chinese
    app.sidebar.segmented_control(key="f_lang").set_value("en").run()
    app.sidebar.segmented_control(key="f_lang").set_value(None).run()
    assert not app.exception
    assert app.sidebar.segmented_control(key="f_lang").value == "en"
    assert "Cases solved" in metric_values(app)
    assert app.query_params["lang"] in ("en", ["en"])
    app.sidebar.segmented_control(key="f_window_kind").set_value("half").run()
    app.sidebar.segmented_control(key="f_window_kind").set_value(None).run()
    assert app.sidebar.segmented_control(key="f_window_kind").value == "half"


def test_language_toggle_switches_to_english(app):
    app.sidebar.segmented_control(key="f_lang").set_value("en").run()
    assert not app.exception
    assert metric_values(app)["Cases solved"] == "5,241 cases"
    assert app.query_params["lang"] in ("en", ["en"])
    app.switch_page("dashboard/pages/map.py").run()
    assert not app.exception
    assert app.title[0].value.startswith("Map")


def test_map_page_drills_into_sidebar_province(app):
    choose_window(app, "year", "2020")
    app.sidebar.selectbox(key="f_province").select("甘肃省").run()
    app.switch_page("dashboard/pages/map.py").run()
    assert not app.exception
    regions = app.dataframe[0].value.iloc[:, 0].tolist()
    assert regions == ["甘肃省", "兰州市", "城关区"]  # the province's own total first


def test_the_map_says_which_metric_it_draws_for_all_metrics(app):
    # newcomer review 12: with 全部指标 the map silently drew 破获案件
    app.switch_page("dashboard/pages/map.py").run()
    told = [c.value for c in app.caption if "全部指标" in c.value]
    assert told == ["侧栏的指标为“全部指标”，地图一次只能画一个指标，现显示破获案件；可在侧栏选择其他指标。"]
    app.sidebar.selectbox(key="f_metric").select("money_frozen").run()
    assert not [c.value for c in app.caption if "全部指标" in c.value]


@pytest.mark.parametrize("bounds", [
    pytest.param({"from": "2001-01-01", "to": "2030-12-31"}, id="both-outside-the-pickers"),
    pytest.param({"from": "2020-03-01", "to": "2099-12-31"}, id="far-future-end"),
])
def test_url_dates_outside_the_pickers_are_clamped_not_a_crash(cache_dir, monkeypatch, bounds):
    monkeypatch.setenv("FRAUD_CACHE_DIR", str(cache_dir))
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params.update(bounds)
    at.run()
    assert not at.exception, at.exception
    end = at.sidebar.date_input(key="f_to").value
    assert end is not None and end.year <= dt.date.today().year + 1


def test_evidence_table_lists_a_bounded_number_of_rows(cache_dir, monkeypatch):
    from dashboard import views
    monkeypatch.setenv("FRAUD_CACHE_DIR", str(cache_dir))
    monkeypatch.setattr(views, "EVIDENCE_ROWS", 1)
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    choose_window(at, "year", "2020")
    at.switch_page("dashboard/pages/evidence.py").run()
    assert not at.exception, at.exception
    assert len(at.dataframe[0].value) == 1
    assert any("显示前 1 条" in c.value for c in at.caption)


def test_money_facts_list_draws_only_when_opened(app):
    app.switch_page("dashboard/pages/money.py").run()
    assert not app.exception, app.exception
    closed = len(app.dataframe)
    app.session_state["money_facts_open"] = True  # the reader opens 计入的数字
    app.run()
    assert not app.exception, app.exception
    assert len(app.dataframe) == closed + 1
    used = app.dataframe[-1].value
    assert len(used) > 0



@pytest.mark.parametrize("province, label, whole", [
    pytest.param("北京市", "区县", "全市", id="a-municipality-offers-districts"),
    pytest.param("甘肃省", "城市", "全省", id="a-province-offers-cities"),
])
def test_the_level_below_a_province_is_named_for_it(app, province, label, whole):
    app.sidebar.selectbox(key="f_province").select(province).run()
    assert not app.exception, app.exception
    second = app.sidebar.selectbox(key="f_city")
    assert second.label == label and second.format_func("") == whole
    assert province not in second.options  # 北京市 offered 北京市 under itself


def test_money_trend_draws_a_few_regions_at_a_time_and_the_reader_picks_them(app, monkeypatch):
    from dashboard import figures
    monkeypatch.setattr(figures, "TREND_REGIONS", 1)  # the fixture's 2021 has two regions
    choose_window(app, "year", "2021")
    app.switch_page("dashboard/pages/money.py").run()
    assert not app.exception, app.exception
    picker = app.multiselect(key="money_trend_regions")
    assert picker.options == ["北京市", "山西省"] and picker.value == ["北京市"]  # largest first
    assert any("共有 2 个地区" in c.value for c in app.caption)

    def metrics_drawn() -> set[str]:  # one region drawn: its traces are named by metric
        chart = next(c for c in app.get("plotly_chart") if c.proto.id.endswith("money_trend"))
        return {t.get("name") for t in json.loads(chart.proto.spec)["data"]}

    assert metrics_drawn() == {"挽回及避免损失"}  # 北京's 2021 figure
    picker.set_value(["山西省"]).run()
    assert not app.exception, app.exception
    assert metrics_drawn() == {"紧急止付"}  # 山西's
    app.multiselect(key="money_trend_regions").set_value([]).run()
    assert any("至少一个地区" in i.value for i in app.info)


def link(cache_dir, monkeypatch, params: dict[str, str]) -> AppTest:
    monkeypatch.setenv("FRAUD_CACHE_DIR", str(cache_dir))
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params.update(params)
    at.run()
    assert not at.exception, at.exception
    return at


def markdown_texts(at: AppTest) -> list[str]:
    """What Streamlit was asked to render as Markdown (a URL's text must never be there)."""
    return [e.value for group in (at.markdown, at.caption, at.warning, at.info, at.error,
                                  at.title, at.header, at.subheader) for e in group]


MARS = "链接中的省份“火星省”不在数据中，已显示全国。"


def test_a_link_with_an_unknown_province_says_so_once_until_the_view_changes(cache_dir, monkeypatch):
    at = link(cache_dir, monkeypatch, {"province": "火星省"})
    assert texts(at).count(MARS) == 1  # plain text (st.text), once
    assert metric_values(at)["破获案件"] == "5241起" and "全国 · 2022年" in texts(at)
    at.run()  # any rerun (an expander opened) keeps it while the view is the link's
    assert texts(at).count(MARS) == 1
    at.sidebar.segmented_control(key="f_lang").set_value("en").run()  # said in the page language
    assert "The link's province “火星省” is not in the data, so nationwide figures are shown." in texts(at)
    assert not any("火星省" in t for t in markdown_texts(at))
    at.sidebar.selectbox(key="f_province").select("甘肃省").run()  # the reader chose: done
    assert not any("火星省" in t for t in texts(at))
    at.sidebar.selectbox(key="f_province").select("").run()
    assert not any("火星省" in t for t in texts(at))


def test_the_notice_can_be_dismissed(cache_dir, monkeypatch):
    at = link(cache_dir, monkeypatch, {"metric": "foo", "campaign": "unknown"})
    assert [t for t in texts(at) if t.startswith("链接中的")] == [
        "链接中的指标“foo”不存在，已显示全部指标。",
        "链接中的专项行动“unknown”不在数据中，已显示全部数字（不限专项行动）。"]
    at.button(key="url_notices_dismiss").click().run()
    assert not any(t.startswith("链接中的") for t in texts(at))


def test_a_repeated_key_and_reversed_dates_are_told(cache_dir, monkeypatch):
    # newcomer review 12: both were taken silently (the last value; the dates swapped)
    at = link(cache_dir, monkeypatch, {"province": ["火星省", "甘肃省"],
                                       "from": "2020-12-31", "to": "2020-01-01"})
    assert [t for t in texts(at) if t.startswith("链接中的")] == [
        "链接中的“province”出现了不止一次，只用了最后一个值“甘肃省”。",
        "链接中的截止日期早于起始日期，已对调：按 2020-01-01 至 2020-12-31 统计。"]
    assert at.sidebar.selectbox(key="f_province").value == "甘肃省"


def test_a_script_in_the_link_is_quoted_as_clipped_plain_text(cache_dir, monkeypatch):
    from dashboard.filters import quoted

    value = "<script>alert(1)</script>" + "Q" * 500
    at = link(cache_dir, monkeypatch, {"province": value})
    assert f"链接中的省份“{quoted(value)}”不在数据中，已显示全国。" in texts(at)
    assert not any("<script>" in t or "alert(1)" in t for t in markdown_texts(at))
    assert not [h for h in at.get("html") if "alert(1)" in h.proto.body]
    assert not any("Q" * 100 in t for t in texts(at))


def test_a_links_dates_beyond_the_pickers_are_told_and_what_is_shown(cache_dir, monkeypatch):
    # wholly beyond the pickers: the default window, not one day at their edge (newcomer review:
    # ?from=2099-01-01&to=2099-12-31 became the day 2027-12-31 with every card empty)
    at = link(cache_dir, monkeypatch, {"from": "9999-01-01", "to": "9999-12-31"})
    last = dt.date(dt.date.today().year + 1, 12, 31).isoformat()
    assert (f"链接中的日期 9999-01-01 – 9999-12-31 超出本应用可选的范围（2010-01-01 – {last}），"
            "已改为显示默认时段（有数据的最近一年）。") in texts(at)
    assert at.sidebar.segmented_control(key="f_window_kind").value == "year"
    # partly beyond: clamped to the pickers' edge, and said
    at = link(cache_dir, monkeypatch, {"from": "2001-01-01", "to": "2020-12-31"})
    assert ("链接中的日期 2001-01-01 – 2020-12-31 超出本应用可选的范围（2010-01-01 – "
            f"{last}），已改为显示 2010-01-01 – 2020-12-31。") in texts(at)
    assert at.sidebar.date_input(key="f_from").value.isoformat() == "2010-01-01"  # the clamp stays


def test_a_link_whose_values_are_all_known_says_nothing(cache_dir, monkeypatch):
    at = link(cache_dir, monkeypatch, {"province": "甘肃省", "city": "兰州市", "metric": "cases_solved",
                                       "from": "2020-01-01", "to": "2020-12-31"})
    assert not any(t.startswith("链接中的") for t in texts(at))
    assert not [b for b in at.button if b.key == "url_notices_dismiss"]


def test_the_wall_shows_the_default_window_for_dates_wholly_beyond_the_pickers(cache_dir, monkeypatch):
    at = link(cache_dir, monkeypatch, {"screen": "1", "from": "2099-01-01", "to": "2099-12-31"})
    assert any("已改为显示默认时段" in t for t in texts(at))
    headings = [e.proto.body for e in at.get("html") if "<h1>" in e.proto.body]
    assert headings and "2099" not in headings[0] and "2027-12-31" not in headings[0]


def test_the_wall_offers_a_way_back_to_the_same_view(cache_dir, monkeypatch):
    # newcomer review: the wall hides the sidebar, so a reader who opened it had no way out
    at = link(cache_dir, monkeypatch, {"screen": "1", "province": "甘肃省", "from": "2020-01-01", "to": "2020-12-31"})
    links = [e.proto.body for e in at.get("html") if e.proto.body.startswith("<a class=\"screen-exit\"")]
    assert len(links) == 1
    assert 'href="./?province=%E7%94%98%E8%82%83%E7%9C%81&amp;from=2020-01-01&amp;to=2020-12-31"' in links[0]
    assert "退出大屏" in links[0] and "screen=" not in links[0]


def _exit_href(at: AppTest) -> str:
    (link_html,) = [e.proto.body for e in at.get("html") if e.proto.body.startswith("<a class=\"screen-exit\"")]
    return link_html.split('href="', 1)[1].split('"', 1)[0]


def test_leaving_the_wall_returns_to_the_page_it_was_opened_from(cache_dir, monkeypatch):
    # newcomer review 12: 退出大屏 on a wall opened from /map led to the overview
    monkeypatch.setenv("FRAUD_CACHE_DIR", str(cache_dir))
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.switch_page("dashboard/pages/map.py").run()
    at.switch_page("dashboard/pages/screen.py").run()  # the menu's wall entry
    assert not at.exception, at.exception
    assert _exit_href(at).startswith("./map")
    at.run()  # the wall's own reruns (its timer) keep the way back
    assert _exit_href(at).startswith("./map")


def test_a_link_to_the_walls_own_page_says_its_notices_over_the_ticker(cache_dir, monkeypatch):
    # newcomer review 13: /screen?province=火星省 drew the pages' bordered notice box with its
    # button above the wall, pushing the counters down (?screen=1 links did it right)
    monkeypatch.setenv("FRAUD_CACHE_DIR", str(cache_dir))
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params.update({"province": "火星省"})
    at.switch_page("dashboard/pages/screen.py").run()
    assert not at.exception, at.exception
    assert not [b for b in at.button if b.key == "url_notices_dismiss"]
    from dashboard import i18n
    expected = i18n.t("url_notice_province", "zh", value="火星省")
    assert [t.value for t in at.get("text") if "火星省" in t.value] == [expected]


@pytest.mark.parametrize("page, expected", [
    pytest.param("dashboard/pages/money.py", "./money", id="a-link-to-the-money-page"),
    pytest.param("dashboard/pages/overview.py", "./?", id="the-root"),
])
def test_a_wall_link_returns_to_the_page_its_address_names(cache_dir, monkeypatch, page, expected):
    monkeypatch.setenv("FRAUD_CACHE_DIR", str(cache_dir))
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params.update({"screen": "1", "lang": "en"})
    at.switch_page(page).run()
    assert not at.exception, at.exception
    assert _exit_href(at).startswith(expected)


def test_a_campaign_only_mentioned_promises_no_tables(tmp_path, monkeypatch):
    # newcomer review: 云剑-2022 (no figure in the data) said its years and facts were listed
    # below, and below there was only —
    from tests.fixtures.dashboard_sample import sample_frames
    documents, facts, campaigns = sample_frames()
    mention = campaigns.iloc[[0]].assign(name="雷霆9号", kind="operation")
    frames = (documents, facts, pd.concat([campaigns, mention], ignore_index=True))
    monkeypatch.setenv("FRAUD_CACHE_DIR", str(write_sample_cache(tmp_path, frames)))
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.switch_page("dashboard/pages/campaigns.py").run()
    at.selectbox(key="campaign_pick").select("雷霆9号").run()
    assert not at.exception, at.exception
    notes = [i.value for i in at.info]
    assert any("没有该行动的数字" in n for n in notes)
    assert not any("下方按年份" in n for n in notes)
    at.selectbox(key="campaign_pick").select("5·03").run()  # a campaign with figures elsewhere
    assert not any("没有该行动的数字" in i.value for i in at.info)


@pytest.mark.parametrize("page", PAGES)
def test_selectboxes_speak_chinese_when_emptied(app, page):
    # newcomer review: a cleared selectbox showed Streamlit's English "Choose an option"
    app.switch_page(page).run()
    assert not app.exception, app.exception
    boxes = list(app.sidebar.selectbox) + list(app.main.selectbox)
    assert boxes
    assert {b.proto.placeholder for b in boxes} == {"请选择"}


def test_the_overview_shows_a_card_for_the_chosen_metric(cache_dir, monkeypatch):
    # newcomer review: ?metric=… of a metric outside the headline cards showed it nowhere
    at = link(cache_dir, monkeypatch, {"metric": "cards_seized"})
    cards = metric_values(at)
    assert cards["收缴银行卡/电话卡"] == "1.02万张"  # 湖北, Jan–May 2022
    assert "破获案件" in cards  # the headline cards stay
    assert at.segmented_control(key="overview_year_metric").value == "cards_seized"
    plain = link(cache_dir, monkeypatch, {})
    assert "收缴银行卡/电话卡" not in metric_values(plain)


def test_a_picked_campaign_is_in_the_link_and_a_link_opens_on_it(cache_dir, monkeypatch):
    at = link(cache_dir, monkeypatch, {})
    at.switch_page("dashboard/pages/campaigns.py").run()
    at.selectbox(key="campaign_pick").select("陇风2020").run()
    assert at.query_params["pick"] == ["陇风2020"] or at.query_params["pick"] == "陇风2020"
    shared = campaigns_link(cache_dir, monkeypatch, {"pick": "陇风2020"})
    assert shared.selectbox(key="campaign_pick").value == "陇风2020"
    shared.switch_page("dashboard/pages/map.py").run()  # the campaigns page's own value
    assert "pick" not in shared.query_params


def test_a_wall_link_drops_the_campaign_pages_pick(cache_dir, monkeypatch):
    # newcomer review 11: /campaigns?pick=…&screen=1 kept ?pick= on the wall, which picks nothing
    at = link(cache_dir, monkeypatch, {"screen": "1", "pick": "陇风2020"})
    assert "pick" not in at.query_params
    assert at.query_params["screen"] in ("1", ["1"])


def campaigns_link(cache_dir, monkeypatch, params: dict[str, str]) -> AppTest:
    """A shared link to /campaigns?… opened in a new session."""
    monkeypatch.setenv("FRAUD_CACHE_DIR", str(cache_dir))
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params.update(params)
    at.switch_page("dashboard/pages/campaigns.py").run()
    assert not at.exception, at.exception
    return at


def test_a_link_to_an_unknown_campaign_says_so_as_plain_text(cache_dir, monkeypatch):
    at = campaigns_link(cache_dir, monkeypatch, {"pick": "**火星行动**"})
    assert at.selectbox(key="campaign_pick").value == "断卡行动"  # the default of 2022
    assert "链接中的专项行动/专案“**火星行动**”不在列表中，已显示默认的一项。" in texts(at)
    assert not any("火星" in m for m in markdown_texts(at))


def test_the_campaign_lists_say_they_are_every_years_and_sources_run_newest_first(app):
    app.switch_page("dashboard/pages/campaigns.py").run()
    app.selectbox(key="campaign_pick").select("断卡行动").run()
    assert "下表列出该行动在全国的全部数字，各年份都在内，不限上面的统计时段。" in texts(app)
    assert list(app.dataframe[-1].value["发布日期"]) == ["2022-05-03", "2021-01-05"]


def test_the_campaign_kind_starts_its_line_in_capitals_in_english(cache_dir, monkeypatch):
    at = campaigns_link(cache_dir, monkeypatch, {"pick": "陇风2020", "lang": "en"})
    assert any(c.value.startswith("Operation · ") for c in at.caption)


def test_the_english_campaign_list_names_the_country_in_words(cache_dir, monkeypatch):
    # newcomer review 11: "all of this campaign's figures for Nationwide"
    at = campaigns_link(cache_dir, monkeypatch, {"pick": "陇风2020", "lang": "en"})
    assert any("figures for the whole country, from every year" in t for t in texts(at))


def test_a_long_unknown_pick_is_still_said(cache_dir, monkeypatch):
    at = campaigns_link(cache_dir, monkeypatch, {"pick": "A" * 500})
    assert any(t.startswith("链接中的专项行动/专案“AAAA") for t in texts(at))


def test_the_sidebars_campaign_moves_the_picker_and_a_return_keeps_the_pick(cache_dir, monkeypatch):
    at = campaigns_link(cache_dir, monkeypatch, {"pick": "陇风2020"})
    at.sidebar.selectbox(key="f_campaign").select("断卡行动").run()
    assert at.selectbox(key="campaign_pick").value == "断卡行动"  # newcomer review: it stayed
    at.selectbox(key="campaign_pick").select("5·03").run()
    at.switch_page("dashboard/pages/map.py").run()
    at.switch_page("dashboard/pages/campaigns.py").run()
    assert not at.exception, at.exception
    assert at.selectbox(key="campaign_pick").value == "5·03"


def test_a_stale_pick_notice_is_not_said_again_after_a_return(cache_dir, monkeypatch):
    at = campaigns_link(cache_dir, monkeypatch, {"pick": "bogus"})
    assert any("bogus" in t for t in texts(at))
    at.switch_page("dashboard/pages/map.py").run()
    at.switch_page("dashboard/pages/campaigns.py").run()
    assert not any("bogus" in t for t in texts(at))
