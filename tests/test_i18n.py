"""Chinese 万/亿 and English M/B formatting, qualifier marks, labels in both languages."""
from __future__ import annotations

from datetime import date

import pytest

from dashboard import i18n
from dashboard.aggregate import (REASON_CASE, REASON_COVERED, REASON_DUPLICATE, REASON_OUTSIDE,
                                 REASON_OVERLAP, REASON_PARTIAL, REASON_SAME_PERIOD,
                                 REASON_UNDATED_SUPERSEDED, REASON_UNDATED_WINDOW)
from parsers.records import METRICS


@pytest.mark.parametrize("value, qualifier, lang, expected", [
    (57_000_000, None, "zh", "5700万"),
    (247_000_000, None, "zh", "2.47亿"),
    (1772, None, "zh", "1772"),
    (10_200, None, "zh", "1.02万"),
    (16_580_000, None, "zh", "1658万"),
    (65_000, None, "zh", "6.5万"),
    (100_000_000, None, "zh", "1亿"),
    (322_000, None, "zh", "32.2万"),
    (57_000_000, "at_least", "zh", "≥5700万"),
    (200_000, "approx", "zh", "约20万"),
    (0, None, "zh", "0"),
    (None, None, "zh", "—"),
    (57_000_000, None, "en", "57M"),
    (247_000_000, None, "en", "247M"),
    (2_470_000_000, None, "en", "2.47B"),
    (1772, None, "en", "1,772"),
    (322_000, None, "en", "322,000"),
    (57_000_000, "at_least", "en", "≥57M"),
    (200_000, "approx", "en", "≈200,000"),
])
def test_format_number(value, qualifier, lang, expected):
    assert i18n.format_number(value, qualifier, lang) == expected


@pytest.mark.parametrize("value, metric, qualifier, lang, expected", [
    (57_000_000, "money_frozen", "at_least", "zh", "≥5700万元"),
    (1772, "suspects_detained", None, "zh", "1772人"),
    (585, "cases_solved", None, "en", "585 cases"),
    (16_580_000, "money_frozen", "exact", "en", "16.58M yuan"),
    (None, "money_frozen", None, "zh", "—"),
])
def test_format_amount(value, metric, qualifier, lang, expected):
    assert i18n.format_amount(value, metric, qualifier, lang) == expected


def test_format_exact_keeps_every_digit():
    assert i18n.format_exact(57_356_789) == "57,356,789"


@pytest.mark.parametrize("start, end, lang, expected", [
    (date(2020, 1, 1), date(2020, 7, 31), "zh", "2020-01-01 – 2020-07-31"),
    ("2019-07-04", "2019-07-04", "zh", "2019-07-04"),
    (None, None, "zh", "时段不明"),
    (None, None, "en", "period unknown"),
    (float("nan"), float("nan"), "zh", "时段不明"),
])
def test_format_period(start, end, lang, expected):
    assert i18n.format_period(start, end, lang) == expected


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_metric_has_label_and_unit(lang):
    for metric in METRICS:
        assert i18n.metric_label(metric, lang) != metric
        assert i18n.metric_unit(metric, lang)


def test_labels_differ_by_language():
    assert i18n.metric_label("money_frozen", "zh") == "冻结资金"
    assert i18n.metric_label("money_frozen", "en") == "Money frozen"
    assert i18n.t("page_overview") == "总览"  # Chinese is the default
    assert i18n.t("kpi_sources", "en", n=3) == "from 3 bulletin(s)"


@pytest.mark.parametrize("reason", [REASON_CASE, REASON_COVERED, REASON_DUPLICATE, REASON_OUTSIDE,
                                    REASON_OVERLAP, REASON_PARTIAL, REASON_SAME_PERIOD,
                                    REASON_UNDATED_SUPERSEDED, REASON_UNDATED_WINDOW])
def test_every_exclusion_reason_is_translated(reason):
    zh, en = i18n.reason_label(reason, "zh"), i18n.reason_label(reason, "en")
    assert zh != reason and en != reason and zh != en


def test_zh_and_en_string_tables_have_both_languages():
    for key, (zh, en) in i18n.STRINGS.items():
        assert zh and en, key


# ---------------------------------------------------------------- the one string table

def test_zh_and_en_tables_have_the_same_keys_and_placeholders():
    import string

    zh, en = i18n.table("zh"), i18n.table("en")
    assert set(zh) == set(en) == set(i18n.STRINGS)
    for key in i18n.STRINGS:
        assert zh[key].strip() and en[key].strip(), key
        fields = [{f for _, f, _, _ in string.Formatter().parse(text) if f}
                  for text in (zh[key], en[key])]
        assert fields[0] == fields[1], key


def test_english_strings_are_english():
    import re

    cjk = re.compile(r"[\u4e00-\u9fff]")
    # the language switch's own label names both languages on purpose
    allowed = {"language"}
    assert [k for k, text in i18n.table("en").items() if cjk.search(text) and k not in allowed] == []


def test_no_other_module_keeps_its_own_string_table():
    from dashboard import auth, briefing_export, figures, screen

    assert not hasattr(figures, "TEXT") and not hasattr(screen, "LABELS")
    assert not hasattr(briefing_export, "LABELS")
    assert isinstance(auth.TEXT, i18n.Localized)  # a view onto STRINGS, not a table
    assert set(auth.TEXT) == {k[len("auth_"):] for k in i18n.STRINGS if k.startswith("auth_")}


def test_module_strings_come_from_the_table():
    from dashboard import briefing_export, figures, screen

    assert screen.label("panel_money", "en") == i18n.t("screen_panel_money", "en")
    assert screen.label("screen_title") == "反诈通报大屏"
    assert figures._t("en", "scs_islands") == "South China Sea Islands"
    assert briefing_export._labels("en")["sources"] == "Sources"


def test_localized_view_follows_the_language_at_lookup_time():
    lang = ["zh"]
    view = i18n.Localized("auth_", lambda: lang[0])
    assert view["log_in"] == "登录"
    lang[0] = "en"
    assert view["log_in"] == "Log in"
    with pytest.raises(KeyError):
        view["no_such_key"]
