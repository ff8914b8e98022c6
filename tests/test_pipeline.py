"""parsers.pipeline end to end: Traditional input, encodings, and the evidence invariant
(original_text[span] == evidence, value_text inside evidence) on every seed and holdout file."""
from __future__ import annotations

from pathlib import Path

import pytest

from parsers.pipeline import parse_path, parse_source
from parsers.reading import source_from_bytes
from parsers.records import METRICS, Document

ROOT = Path(__file__).resolve().parent.parent
FILES = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "holdout").glob("*.txt"))


@pytest.fixture(scope="module")
def parsed() -> dict[str, Document]:
    return {p.stem: parse_path(p) for p in FILES}


def test_there_are_files_to_check() -> None:
    assert len(FILES) >= 10


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_evidence_is_the_original_text_at_its_span(parsed: dict[str, Document], path: Path) -> None:
    doc = parsed[path.stem]
    assert doc.facts, "no facts at all"
    for f in doc.facts:
        assert doc.original_text[f.span[0]:f.span[1]] == f.evidence
        assert f.value_text and f.value_text in f.evidence
        assert f.sentence_span[0] <= f.span[0] and f.span[1] <= f.sentence_span[1]
    for c in doc.campaigns:
        assert doc.original_text[c.span[0]:c.span[1]] == c.evidence


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_fact_fields_follow_the_contract(parsed: dict[str, Document], path: Path) -> None:
    for f in parsed[path.stem].facts:
        assert f.metric in METRICS or (f.metric == "other" and f.label)
        assert f.qualifier in ("exact", "at_least", "approx")
        assert f.value > 0
        assert not (f.period_end is not None and f.period_start is None)
        if f.city is not None:
            assert f.province is not None
        if f.county is not None:
            assert f.city is not None


def test_holdout_scripts_and_encodings(parsed: dict[str, Document]) -> None:
    assert parsed["h02_guangdong_province_trad"].script == "traditional"
    assert parsed["h06_urumqi_tianshan_trad"].script == "traditional"
    assert parsed["h01_hangzhou_half_year"].script == "simplified"
    gbk = parsed["h05_kunming_gbk"]
    assert gbk.encoding != "utf-8"
    assert gbk.title == "昆明警方1至7月破获电诈案件1500余起"


def test_chrome_is_not_the_title(parsed: dict[str, Document]) -> None:
    doc = parsed["h03_chengdu_chrome_related"]
    assert doc.title == "成都高新警方紧急止付38万元 3名嫌疑人落网"
    assert doc.published == "2021-11-03"
    assert doc.source == "成都市公安局"
    # the footer's ICP / 公网安备 numbers and 点击：1532 are not figures
    assert not [f for f in doc.facts if f.value in (5003378, 51010402000111, 1532)]


TRADITIONAL = """蘭州警方7個月破獲電詐現案585起
2020-08-28 蘭州公安

今年1至7月，蘭州市公安局破獲電詐現案585起，抓獲犯罪嫌疑人529名，查扣涉案資金1658萬元，凍結銀行卡312張，收繳手機卡、物聯網卡8萬餘張，為群眾挽回損失2100萬元，勸阻群眾1.2萬人次。
"""


@pytest.mark.parametrize(("metric", "value", "qualifier"), [
    ("cases_solved", 585, "exact"),
    ("suspects_arrested", 529, "exact"),
    ("money_frozen", 16_580_000, "exact"),
    ("accounts_frozen", 312, "exact"),
    ("cards_seized", 80_000, "at_least"),
    ("money_recovered", 21_000_000, "exact"),
    ("people_dissuaded", 12_000, "exact"),
])
def test_traditional_bulletin(metric: str, value: float, qualifier: str) -> None:
    doc = parse_source(source_from_bytes(TRADITIONAL.encode("utf-8"), "trad.txt"))
    assert doc.script == "traditional"
    found = [f for f in doc.facts if f.metric == metric and f.value == value]
    assert len(found) == 1
    f = found[0]
    assert f.qualifier == qualifier
    assert (f.province, f.city) == ("甘肃省", "兰州市")
    assert (f.period_start, f.period_end) == ("2020-01-01", "2020-07-31")
    # evidence stays in the original (Traditional) script
    assert TRADITIONAL[f.span[0]:f.span[1]] == f.evidence


def test_big5_bytes_decode_and_keep_spans() -> None:
    text = TRADITIONAL.replace("蘭州公安", "蘭州公安網")
    doc = parse_source(source_from_bytes(text.encode("big5"), "big5.txt"))
    assert doc.script == "traditional"
    assert {f.metric for f in doc.facts} >= {"cases_solved", "suspects_arrested"}
    for f in doc.facts:
        assert doc.original_text[f.span[0]:f.span[1]] == f.evidence


def test_real_pages_carry_their_address_from_sources_tsv() -> None:
    from pathlib import Path

    from parsers.pipeline import parse_path
    corpus = Path(__file__).resolve().parent.parent / "corpus" / "realdev" / "texts"
    doc = parse_path(corpus / "A01.txt")
    assert doc.url is not None and doc.url.startswith("http")
    assert doc.to_json()["url"] == doc.url
    seed = next((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
    assert parse_path(seed).url is None


def test_facts_one_span_states_for_several_places_have_ids_of_their_own():
    # 边坝县、丁青县各1宗: one span, two counties — correcting one must not change the other
    from parsers.reading import source_from_bytes
    from parsers.records import make_fact_id

    text = ("昌都市电诈警情通报\n2021-03-02 来源：某网\n本期全市立案情况：卡若区3宗，边坝县、丁青县各1宗。\n")
    source = source_from_bytes(text.encode("utf-8"), "bulletin.txt")
    facts = parse_source(source).facts
    ones = [f for f in facts if f.value == 1]
    assert {f.county for f in ones} == {"边坝县", "丁青县"}
    assert len({f.fact_id for f in facts}) == len(facts)
    # a fact with a span of its own keeps the id it always had (corrections keyed on it hold)
    three = next(f for f in facts if f.value == 3)
    assert three.fact_id == make_fact_id(source.sha256, three.span, three.metric)
