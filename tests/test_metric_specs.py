"""The one metric table (parsers.lexicon.METRIC_SPECS) and everything keyed on it agree."""
from __future__ import annotations

from parsers import lexicon
from parsers.records import METRICS, MONEY_METRICS


def test_closed_list_comes_from_the_table() -> None:
    assert METRICS == tuple(s.key for s in lexicon.METRIC_SPECS)
    assert len(set(METRICS)) == len(METRICS) == 14
    assert MONEY_METRICS == {s.key for s in lexicon.METRIC_SPECS if s.money}
    assert all(s.base_unit == "yuan" for s in lexicon.METRIC_SPECS if s.money)


def test_every_metric_has_vocabulary_and_every_rule_a_metric() -> None:
    ruled = {r.metric for r in lexicon.RULES}
    assert ruled <= set(METRICS)
    # money_involved is recognised by its objects (涉案金额…), not by a verb rule
    assert set(METRICS) - ruled == {"money_involved"}


def test_display_names_and_units_cover_exactly_the_metrics() -> None:
    from dashboard import i18n
    assert set(i18n.METRIC_UNITS) == set(METRICS)
    for metric in METRICS:
        assert i18n.metric_label(metric, "zh") and i18n.metric_label(metric, "en")
        assert i18n.metric_label(metric, "zh") != metric


def test_dashboard_metric_lists_are_read_from_the_table() -> None:
    from dashboard import screen, views
    assert views.KPI_METRICS == lexicon.KPI_METRICS == (
        "cases_solved", "suspects_arrested", "money_frozen", "money_stopped", "money_recovered")
    assert views.TREND_METRICS == lexicon.TREND_METRICS
    assert screen.SCREEN_KPI_METRICS == lexicon.WALL_METRICS
