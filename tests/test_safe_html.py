"""Parsed and uploaded text must come out inert; only our <mark> is markup."""
from __future__ import annotations

import pytest

from dashboard.safe_html import escape_text, highlight_evidence


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ('<img src=x onerror="alert(1)">', "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"),
        ("民警说'快报警'", "民警说&#x27;快报警&#x27;"),
        ("A&B 公司", "A&amp;B 公司"),
        (None, ""),
        (float("nan"), ""),
        (1772, "1772"),
    ],
)
def test_escape_text(raw, expected):
    assert escape_text(raw) == expected


def test_script_in_bulletin_sentence_is_inert_and_evidence_marked():
    sentence = "<script>alert(1)</script>今年以来，共破获电信诈骗案件120起<img onerror=alert(2) src=x>。"
    out = highlight_evidence(sentence, "破获电信诈骗案件120起")
    assert "<script" not in out and "<img" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "&lt;img onerror=alert(2) src=x&gt;" in out
    assert "<mark>破获电信诈骗案件120起</mark>" in out
    # The only tags left are ours.
    assert out.count("<") == 2


def test_span_picks_the_right_occurrence():
    sentence = "抓获嫌疑人12名，其中主犯抓获嫌疑人12名移送起诉。"
    second = sentence.index("抓获嫌疑人12名", 1)
    out = highlight_evidence(sentence, "抓获嫌疑人12名", span_in_sentence=(second, second + 8))
    assert out == "抓获嫌疑人12名，其中主犯<mark>抓获嫌疑人12名</mark>移送起诉。"


def test_without_span_the_first_occurrence_is_marked():
    sentence = "冻结资金5万元，另冻结资金5万元。"
    out = highlight_evidence(sentence, "冻结资金5万元")
    assert out.startswith("<mark>冻结资金5万元</mark>，另冻结资金5万元")


def test_wrong_span_falls_back_to_search():
    sentence = "止付金额300万元。"
    assert highlight_evidence(sentence, "300万元", span_in_sentence=(0, 3)) == "止付金额<mark>300万元</mark>。"


def test_evidence_with_markup_characters_is_escaped_inside_the_mark():
    sentence = '涉案金额"<b>1亿</b>"元'
    out = highlight_evidence(sentence, "<b>1亿</b>")
    assert out == "涉案金额&quot;<mark>&lt;b&gt;1亿&lt;/b&gt;</mark>&quot;元"


@pytest.mark.parametrize("evidence", ["不存在的证据", ""])
def test_missing_evidence_returns_escaped_sentence_without_mark(evidence):
    out = highlight_evidence("<i>被骗</i>8万元", evidence)
    assert out == "&lt;i&gt;被骗&lt;/i&gt;8万元"


def test_the_exit_link_escapes_its_label_and_query():
    from dashboard.safe_html import exit_link_html

    html = exit_link_html('<b>"x"</b>', {"campaign": '"><script>alert(1)</script>', "from": "2020-01-01"})
    assert "<script>" not in html and "<b>" not in html and '"><' not in html
    assert html.startswith('<a class="screen-exit" href="./?campaign=%22%3E%3Cscript%3E') and 'target="_self"' in html
    assert 'href="./"' in exit_link_html("退出大屏", {})
    assert 'href="./map?lang=en"' in exit_link_html("x", {"lang": "en"}, "map")
