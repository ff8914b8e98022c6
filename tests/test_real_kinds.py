"""Issue 7: the kinds of error seen on real pages, each as a class of wording, with examples
written in our own words (not copied from any page). One test per kind; rows are named.

Each row is a small whole bulletin; the check names one fact by metric and value and states
the region / period / qualifier an analyst would give it under ANNOTATION.md.
"""
from __future__ import annotations

import pytest

from parsers.pipeline import parse_source
from parsers.reading import source_from_bytes
from parsers.records import Document


def parse_text(text: str) -> Document:
    return parse_source(source_from_bytes(text.encode("utf-8"), "bulletin.txt"))


def only(doc: Document, metric: str, value: float):
    found = [f for f in doc.facts if f.metric == metric and abs(f.value - value) < 0.5]
    assert len(found) == 1, [(f.metric, f.value) for f in doc.facts]
    return found[0]


# Kind 1: the reporting force is named only in the title, dateline or outlet, or by an
# unnamed force (市公安局 / 全市) after a province-level body named in passing.
REPORTING_FORCE = [
    pytest.param("岳阳市严打电信网络诈骗 挽回损失80余万元\n本报讯 今年以来，市公安局打掉诈骗团伙6个。"
                 "先后破获了省公安厅确定的3起重大案件，抓获犯罪嫌疑人15人。\n",
                 "suspects_arrested", 15, ("湖南省", "岳阳市"), id="title-city-body-says-市公安局"),
    pytest.param("某网讯 5月3日，市公安局发布消息。在省公安厅和九江市委的领导下，全市公安机关"
                 "共捣毁诈骗窝点12个，冻结涉案账户300个。\n",
                 "dens_destroyed", 12, ("江西省", "九江市"), id="province-named-in-passing"),
    pytest.param("福州警方返还被骗资金\n8月3日电 年初以来，上街警方共破获电诈案件47起。\n来源:福州晚报\n",
                 "cases_solved", 47, ("福建省", "福州市"), id="everyday-word-subdistrict-of-the-story-city"),
]


@pytest.mark.parametrize(("text", "metric", "value", "region"), REPORTING_FORCE)
def test_reporting_force(text, metric, value, region) -> None:
    f = only(parse_text(text), metric, value)
    assert (f.province, f.city) == region


def test_ministry_department_is_not_the_ministry() -> None:
    """公安部门 (the police, generally) is not 公安部 (the Ministry): no nationwide figure."""
    doc = parse_text("百色警方打掉团伙\n百色市公安局会同县级公安部门一举摧毁犯罪团伙12个。\n")
    f = only(doc, "gangs_busted", 12)
    assert (f.province, f.city) == ("广西壮族自治区", "百色市")
