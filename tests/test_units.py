"""Clean text → body + related-news blurbs → sentences; plus a sweep over the seed files."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from parsers.cleaning import clean
from parsers.units import Unit, split_sentences, split_units

SEEDS = sorted(Path(__file__).resolve().parents[1].joinpath("seeds").glob("*.txt"))

BULLETED = """某市警方破获电诈案件12起

正文说今年以来破获案件12起。

相关焦点

  • 甲市破获电诈案585起
    甲市公安局通报，1至7月破获电诈现案585起。
  • 乙县抓获嫌疑人11名
    乙县公安局抓获11名嫌疑人。
    第二行续写。
"""


def test_body_and_bulleted_blurbs() -> None:
    units = split_units(BULLETED)
    assert [u.kind for u in units] == ["body", "blurb", "blurb"]
    assert [u.index for u in units] == [0, 1, 2]
    body, first, second = units
    assert body.text.endswith("破获案件12起。") and "相关焦点" not in body.text
    assert first.headline == "甲市破获电诈案585起"
    assert first.text.startswith("甲市破获电诈案585起") and first.text.endswith("585起。")
    assert second.headline == "乙县抓获嫌疑人11名"
    assert second.text.endswith("第二行续写。")
    for u in units:
        assert BULLETED[u.start:u.end] == u.text


@pytest.mark.parametrize(
    ("heading", "items", "headlines"),
    [
        ("相关新闻", "1. 第一条新闻标题\n2. 第二条新闻标题\n", ["第一条新闻标题", "第二条新闻标题"]),
        ("延伸阅读：", "· 标题一\n· 标题二\n· 标题三\n", ["标题一", "标题二", "标题三"]),
        ("【推荐阅读】", "- 只有一条\n", ["只有一条"]),
        ("热点推荐", "段落一第一行\n段落一第二行\n\n段落二只有一行\n", ["段落一第一行", None]),
        ("相关阅读", "", []),
        ("相关新闻", "\n\n", []),
    ],
)
def test_related_list_forms(heading: str, items: str, headlines: list[str | None]) -> None:
    text = f"标题\n\n正文。\n\n{heading}\n{items}"
    units = split_units(text)
    assert units[0].kind == "body" and units[0].text == "标题\n\n正文。"
    assert [u.headline for u in units[1:]] == headlines
    assert all(u.kind == "blurb" for u in units[1:])


def test_no_heading_means_one_body_unit() -> None:
    text = "\n  标题\n\n正文说相关新闻很多。\n"
    units = split_units(text)
    assert units == [Unit(0, "body", 3, len(text) - 1, text[3:-1], None)]


def test_a_related_heading_above_the_article_is_the_sites_menu() -> None:
    # 相关文章 / 相关推荐 before any sentence: the article after it is the body, not a related item
    text = "相关文章\n\n某市一团伙群发诈骗短信 六小时后落网\n\n近日，某市公安局破获一起案件，抓获2人。\n\n相关新闻\n- 另一条新闻\n"
    units = split_units(text)
    assert "抓获2人" in units[0].text
    assert [u.kind for u in units] == ["body", "blurb"]


def test_heading_word_inside_sentence_is_not_a_heading() -> None:
    assert len(split_units("正文。\n请看相关新闻报道。\n• 不是列表\n")) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("今年以来破获案件12起。抓获嫌疑人30名！", ["今年以来破获案件12起。", "抓获嫌疑人30名！"]),
        ("冻结资金5700多万元，刑拘1772人；收缴卡6929张。", ["冻结资金5700多万元，刑拘1772人；收缴卡6929张。"]),
        ("“以快制快！”民警说。他还说：“不要转账。”", ["“以快制快！”", "民警说。", "他还说：“不要转账。”"]),
        ("真的吗？？是的!!", ["真的吗？？", "是的!!"]),
        ("第一行没有句号\n第二行。  \n\n  第三行", ["第一行没有句号", "第二行。", "第三行"]),
        ("（完）。）", ["（完）。）"]),
        ("  \n\n ", []),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    unit = split_units(text)[0]
    sentences = split_sentences(text, unit)
    assert [s.text for s in sentences] == expected
    for s in sentences:
        assert text[s.start:s.end] == s.text == s.text.strip()


def test_sentence_paragraphs_and_unit_index() -> None:
    units = split_units(BULLETED)
    body = split_sentences(BULLETED, units[0])
    assert [s.paragraph for s in body] == [0, 1]
    blurb = split_sentences(BULLETED, units[2])
    assert {s.unit_index for s in blurb} == {2}
    assert [s.paragraph for s in blurb] == [0, 1, 2]
    assert blurb[0].text == "乙县抓获嫌疑人11名"


@pytest.mark.parametrize("seed", SEEDS, ids=[p.stem for p in SEEDS])
def test_seeds_clean_and_split_without_spam(seed: Path) -> None:
    c = clean(seed.read_text(encoding="utf-8"))
    units = split_units(c.text)
    assert units[0].kind == "body" and len(units[0].text) > 200
    for unit in units:
        assert c.text[unit.start:unit.end] == unit.text
        for s in split_sentences(c.text, unit):
            assert c.text[s.start:s.end] == s.text
    # No '|'-separated county/keyword list survives anywhere.
    assert not re.search(r"([^|\n]{1,12}\|){4,}", c.text)
    assert "蜘蛛池" not in c.text
