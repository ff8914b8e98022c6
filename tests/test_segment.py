"""Segmentation: offsets, domain vocabulary, a private tokenizer."""
from __future__ import annotations

import jieba
import pytest

from parsers import segment
from parsers.gazetteer import load_gazetteer
from parsers.segment import add_words, tokenize


@pytest.fixture(scope="module", autouse=True)
def with_place_names() -> None:
    load_gazetteer()  # adds division names to the dictionary, as in production


@pytest.mark.parametrize(
    "text",
    [
        "河南郑州半年打掉电信网络诈骗团伙71个",
        "今年1至7月,全市公安机关破获电诈现案585起,抓获犯罪嫌疑人529名。",
        "紧急止付涉案资金3千多万元",
        "  空格 与\n换行\t也要保留偏移  ",
        "收缴银行卡、电话卡、物联网卡1.02万张",
        "",
        "APP、96110、GOIP设备",
    ],
)
def test_offsets_cover_text(text: str) -> None:
    tokens = tokenize(text)
    assert "".join(word for word, _, _ in tokens) == text
    position = 0
    for word, start, end in tokens:
        assert start == position and text[start:end] == word
        position = end
    assert position == len(text)


@pytest.mark.parametrize(
    "text, word",
    [
        ("全市电信网络诈骗案件高发", "电信网络诈骗"),
        ("开通反诈中心专线", "反诈中心"),
        ("严打电诈犯罪", "电诈"),
        ("紧急止付涉案资金", "紧急止付"),
        ("刑拘犯罪嫌疑人1772人", "犯罪嫌疑人"),
        ("刑拘犯罪嫌疑人1772人", "刑拘"),
        ("查扣电话卡、物联网卡8万余张", "物联网卡"),
        ("挽回损失54.1万元", "挽回损失"),
        ("捣毁窝点5处", "窝点"),
        ("大河报记者报道", "大河报"),
        ("东方今报记者", "东方今报"),
        ("来源:大河客户端", "大河客户端"),
        ("纵深推进断卡行动", "断卡行动"),
        ("兰州市公安局召开发布会", "兰州市"),
        ("七星关区有一伙人", "七星关区"),
        ("红古分局破获", "红古"),
    ],
)
def test_domain_and_place_words_are_single_tokens(text: str, word: str) -> None:
    assert word in [w for w, _, _ in tokenize(text)]


def test_every_lexicon_word_is_one_token() -> None:
    """The metric rules match whole tokens: a lexicon verb or object the splitter cut in two
    (制止/支付) would never match."""
    from parsers.lexicon import DOMAIN_WORDS
    assert [w for w in DOMAIN_WORDS if [t for t, _, _ in tokenize(w)] != [w]] == []


@pytest.mark.parametrize(
    "text, not_word",
    [
        ("合作市场前景", "合作市"),  # a place name must not steal a more common neighbour
        ("郑州市民肖某报警", "郑州市"),
        ("东方今报", "东方"),
    ],
)
def test_names_do_not_swallow_neighbours(text: str, not_word: str) -> None:
    assert not_word not in [w for w, _, _ in tokenize(text)]


def test_add_words_makes_a_token() -> None:
    text = "蓝鲸栗子坝专案组出击"
    assert "蓝鲸栗子坝" not in [w for w, _, _ in tokenize(text)]
    add_words(["蓝鲸栗子坝"])
    assert "蓝鲸栗子坝" in [w for w, _, _ in tokenize(text)]


def test_tokenizer_is_private() -> None:
    assert segment._get_tokenizer() is not jieba.dt
    assert "反诈中心" not in jieba.dt.FREQ


def test_tokenize_is_deterministic() -> None:
    text = "湖北荆州、石首两级公安机关成立“11·01”专案组"
    assert tokenize(text) == tokenize(text)
    assert ("石首", 5, 7) in tokenize(text)
