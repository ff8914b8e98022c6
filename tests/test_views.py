"""Page view-models: safe evidence HTML, no figure drawn twice, downloads round-trip."""
from __future__ import annotations

import io

import pandas as pd

from dashboard import views
from dashboard.data import derive
from dashboard.filters import Filters
from tests.fixtures.dashboard_sample import sample_frames

DS = derive(*sample_frames())


def test_evidence_html_escapes_parsed_text_and_marks_the_figure():
    fact = DS.facts[DS.facts["evidence"] == "破获电信网络诈骗案件3120起"].iloc[0]
    html = views.evidence_html(fact, None)
    assert "<mark>破获电信网络诈骗案件3120起</mark>" in html
    assert "<b>" not in html and "&lt;b&gt;广告&lt;/b&gt;" in html


def test_money_spans_never_repeat_a_claim():
    spans = views.money_spans(DS, Filters())
    assert spans["fact_id"].is_unique
    frozen = spans[spans["metric"] == "money_frozen"]
    # 郑州's two halves (one copy each), 甘肃's province total (not 兰州 too), 湖北
    assert sorted(frozen["value"]) == [32_000_000, 57_000_000,
                                       247_000_000, 460_000_000]


def test_kpis_follow_filters():
    assert views.kpi(DS, Filters(province="甘肃省", city="兰州市"), "cases_solved").value == 585
    assert views.kpi(DS, Filters(campaign="陇风2020"), "cases_solved").value == 3208


def test_campaign_summary_and_detail():
    campaigns, reports = views.campaign_summary(DS)
    row = campaigns.set_index("name").loc["断卡行动"]
    assert (row["kind"], row["start"], row["end"]) == ("operation", "2020-10", None)
    assert len(reports[reports["name"] == "断卡行动"]) == 2
    detail = views.campaign_detail(DS, "5·03")
    assert detail.totals["suspects_arrested"].value is None  # case-level: listed, not added
    assert len(detail.facts) == 2


def test_downloads_round_trip():
    facts = views.evidence_facts(DS, Filters(province="湖北省"))
    back = pd.read_parquet(io.BytesIO(views.to_parquet_bytes(facts)))
    assert back["fact_id"].tolist() == facts["fact_id"].tolist()
    csv = views.to_csv_bytes(facts)
    assert csv.startswith("\ufeff".encode()) and "武汉市".encode() in csv


def test_briefing_html_carries_the_filtered_view_offline():
    html = views.briefing_html(DS, Filters(province="甘肃省"), "zh")
    assert "甘肃省" in html
    # plotly.js is inlined (its bundle mentions its CDN as a string; nothing is loaded from it)
    assert "<script src=" not in html and 'src="http' not in html
    # the filtered KPI value and a source sentence of the view are in the page
    assert "3208" in html
    assert "<script>alert" not in html
