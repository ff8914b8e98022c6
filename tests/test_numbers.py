"""parsers.numbers: values, qualifiers, units, offsets, and the traps a fact layer rejects."""
from __future__ import annotations

import pytest

from parsers.numbers import Quantity, find_quantities, parse_quantity

# (expression, value, qualifier, unit, numeral)
WHOLE_EXPRESSIONS = [
    ("5700多万元", 57_000_000, "at_least", "元", "mixed"),
    ("3千多万元", 30_000_000, "at_least", "元", "mixed"),
    ("1.02万张", 10_200, "exact", "张", "mixed"),
    ("近20万张", 200_000, "approx", "张", "mixed"),
    ("8万余张", 80_000, "at_least", "张", "mixed"),
    ("2.47亿元", 247_000_000, "exact", "元", "mixed"),
    ("2.76亿人民币", 276_000_000, "exact", "元", "mixed"),  # not 2.76亿 people
    ("517.87万元", 5_178_700, "exact", "元", "mixed"),
    ("517.87 万元", 5_178_700, "exact", "元", "mixed"),
    ("517.87\u2002万元", 5_178_700, "exact", "元", "mixed"),
    ("28万", 280_000, "exact", None, "mixed"),
    ("1000万余元", 10_000_000, "at_least", "元", "mixed"),
    ("4千多起", 4_000, "at_least", "起", "mixed"),
    ("14500余人", 14_500, "at_least", "人", "arabic"),
    ("约13337名", 13_337, "approx", "名", "arabic"),
    ("180余万元", 1_800_000, "at_least", "元", "mixed"),
    ("近300名", 300, "approx", "名", "arabic"),
    ("超过200人", 200, "at_least", "人", "arabic"),
    ("超3000万元", 30_000_000, "at_least", "元", "mixed"),
    ("逾百万元", 1_000_000, "at_least", "元", "chinese"),
    ("90%以上", 90, "at_least", "%", "arabic"),
    ("5000余组", 5_000, "at_least", "组", "arabic"),
    ("1亿余条", 100_000_000, "at_least", "条", "mixed"),
    ("936万余次", 9_360_000, "at_least", "次", "mixed"),
    ("4亿余元", 400_000_000, "at_least", "元", "mixed"),
    ("240馀名", 240, "at_least", "名", "arabic"),  # realseventyseven CA04: a Hong Kong wire's simplified copy
    ("6.5万元", 65_000, "exact", "元", "mixed"),
    ("1,772人", 1_772, "exact", "人", "arabic"),
    ("12,345,678元", 12_345_678, "exact", "元", "arabic"),
    ("20万人次", 200_000, "exact", "人次", "mixed"),
    ("1100余人(次)", 1_100, "at_least", "人次", "arabic"),  # 人次 written with its 次 in brackets
    ("860人（次）", 860, "exact", "人次", "arabic"),
    ("300人左右", 300, "approx", "人", "arabic"),
    ("大约50名", 50, "approx", "名", "arabic"),
    ("将近2000张", 2_000, "approx", "张", "arabic"),
    ("接近1.5亿元", 150_000_000, "approx", "元", "mixed"),
    ("20多人", 20, "at_least", "人", "arabic"),
    ("一个", 1, "exact", "个", "chinese"),
    ("两起", 2, "exact", "起", "chinese"),
    ("十二个", 12, "exact", "个", "chinese"),
    ("三个月", 3, "exact", "月", "chinese"),
    ("一个多月", 1, "at_least", "月", "chinese"),
    ("4个多月", 4, "at_least", "月", "arabic"),
    ("一百二十名", 120, "exact", "名", "chinese"),
    ("两千余万元", 20_000_000, "at_least", "元", "chinese"),
    ("十多万元", 100_000, "at_least", "元", "chinese"),
    ("十七点三亿元", 1_730_000_000, "exact", "元", "chinese"),  # a Chinese decimal before 亿
    ("二点零一亿元", 201_000_000, "exact", "元", "chinese"),
    ("三点五万元", 35_000, "exact", "元", "chinese"),
    ("百分之九十", 90, "exact", "%", "chinese"),
    ("１２３名", 123, "exact", "名", "arabic"),
    ("３．５万元", 35_000, "exact", "元", "mixed"),
    ("35岁", 35, "exact", "岁", "arabic"),
    ("24小时", 24, "exact", "小时", "arabic"),
    ("7号", 7, "exact", "号", "arabic"),
    ("96110", 96_110, "exact", None, "arabic"),
]


@pytest.mark.parametrize(("expression", "value", "qualifier", "unit", "numeral"), WHOLE_EXPRESSIONS)
def test_parse_quantity(expression: str, value: float, qualifier: str, unit: str | None, numeral: str) -> None:
    q = parse_quantity(expression)
    assert q is not None
    assert q.value == pytest.approx(value)
    assert (q.qualifier, q.unit, q.numeral) == (qualifier, unit, numeral)
    assert q.text == expression
    assert (q.start, q.end) == (0, len(expression))


@pytest.mark.parametrize(
    "expression",
    ["2019年", "7月", "21日", "第3", "5·03", "1+5+11+N", "数十名", "几十万元", "上百人",
     "三分之二", "冻结资金5700万元", "", "资金", "15时20分"],
)
def test_parse_quantity_rejects_non_quantities(expression: str) -> None:
    assert parse_quantity(expression) is None


def test_parse_quantity_offsets_skip_surrounding_blanks() -> None:
    q = parse_quantity("  近20万张 ")
    assert q is not None and (q.start, q.end, q.text) == (2, 7, "近20万张")


def _summary(text: str) -> list[tuple[str, float, str, str | None]]:
    return [(q.text, q.value, q.qualifier, q.unit) for q in find_quantities(text)]


# (sentence, expected [(text, value, qualifier, unit)] left to right)
SENTENCES = [
    (
        "该团伙涉案资金上千万元，骗取该公司资金上百万元。",
        [("上千万元", 10_000_000, "at_least", "元"), ("上百万元", 1_000_000, "at_least", "元")],
    ),
    (
        # 过亿 is over the magnitude; 经过/通过/超过 are other words (超过 is its own prefix)
        "涉案金额过亿元，经过百余天侦查，通过万般努力，冻结资金超过千万元。",
        [("过亿元", 100_000_000, "at_least", "元"), ("百余天", 100, "at_least", "天"),
         ("超过千万元", 10_000_000, "at_least", "元")],
    ),
    (
        "2019年上半年,该市共打掉电信网络诈骗团伙71个,刑拘犯罪嫌疑人1772人,冻结资金5700多万元。",
        [("71个", 71, "exact", "个"), ("1772人", 1772, "exact", "人"),
         ("5700多万元", 57_000_000, "at_least", "元")],
    ),
    (
        "今年以来全省共侦破案件1225起,同比上升199.51%;刑拘3607名,打掉窝点412个、团伙210个。",
        [("1225起", 1225, "exact", "起"), ("199.51%", 199.51, "exact", "%"),
         ("3607名", 3607, "exact", "名"), ("412个", 412, "exact", "个"), ("210个", 210, "exact", "个")],
    ),
    (
        "成功劝阻3.4万群众免于被骗,为群众挽回经济损失1.7亿元。",
        [("3.4万", 34_000, "exact", None), ("1.7亿元", 170_000_000, "exact", "元")],
    ),
    (
        "受害人被骗的28万资金被全额止付,另有两起案件正在侦办。",
        [("28万", 280_000, "exact", None), ("两起", 2, "exact", "起")],
    ),
    (
        "查获发射装置5000余组、设备170余台,查扣电话卡8万余张,占全省总数的90%以上。",
        [("5000余组", 5000, "at_least", "组"), ("170余台", 170, "at_least", "台"),
         ("8万余张", 80_000, "at_least", "张"), ("90%以上", 90, "at_least", "%")],
    ),
    (
        "专案组辗转5省9市,抓获嫌疑人11名,返还损失517.87 万元。",
        [("5", 5, "exact", None), ("9", 9, "exact", None), ("11名", 11, "exact", "名"),
         ("517.87 万元", 5_178_700, "exact", "元")],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), SENTENCES)
def test_find_quantities_in_sentences(sentence: str, expected: list[tuple]) -> None:
    assert _summary(sentence) == expected


@pytest.mark.parametrize("sentence", [s for s, _ in SENTENCES] + [
    "2019年7月4日15时20分,市民报警称被骗15万元,当日挽回6.5万元。",
    "热线66221110共接待群众来电8700余起,止付3千多万元,占比１２．５％。",
])
def test_offsets_point_back_into_the_input(sentence: str) -> None:
    quantities = find_quantities(sentence)
    assert quantities
    for q in quantities:
        assert sentence[q.start:q.end] == q.text
    assert all(a.end <= b.start for a, b in zip(quantities, quantities[1:]))


# Traps: (sentence, texts that must come out — everything else in the sentence is skipped)
TRAPS_SKIPPED = [
    ("2019年7月4日15时20分,肖某被骗15万元", ["15万元"]),
    ("10月28日至11月3日开展集中行动", []),
    ("今年1至7月破获585起,1-7月抓获529名", ["585起", "529名"]),
    ("于21日20时许报警", []),
    ("发布时间: 2021-07-12 09:53:24", []),
    ("新区公安局破获「5·03」集资诈骗案", []),
    ("成功摧毁「5.03」充电宝投资诈骗团伙", []),
    ("破获“7.20”专案,7.01特大电信网络诈骗案告破", []),
    ("“11·01”专案组抓获3名", ["3名"]),
    ("创新打造“1+5+11+N”攻坚模式", []),
    ("第3名嫌疑人在第一时间到案", []),
    ("超过三分之二的市州启用反诈机器人", []),
    ("数十名群众、几十万元、成千上万", []),
    ("推进一体化建设,两级公安机关十分重视", []),
    ("百万警进千万家活动", []),
    ("一季度、第2季度", []),
    ("下午三点五十分报警,晚上八点半", []),  # a time, not a decimal: no 万/亿 after it
]


@pytest.mark.parametrize(("sentence", "kept"), TRAPS_SKIPPED)
def test_traps_are_skipped(sentence: str, kept: list[str]) -> None:
    assert [q.text for q in find_quantities(sentence)] == kept


# Traps returned with a tell-tale unit (or none) so the fact layer can reject them.
TRAPS_MARKED = [
    ("开展“雷霆7号”专项行动", "7号", "号"),
    ("晋ICP备05001036号", "05001036号", "号"),
    ("嫌疑人王某(男,35岁)", "35岁", "岁"),
    ("同比上升31.37%", "31.37%", "%"),
    ("防骗咨询热线66221110", "66221110", None),
    ("开通96110反诈专线", "96110", None),
    ("电话:2030110", "2030110", None),
    ("开展2020陇银杯反诈挑战赛", "2020", None),
    ("为「陇风2020」专项行动再添战果", "2020", None),
    ("5年内只保留1张电话卡", "5年", "年"),
]


@pytest.mark.parametrize(("sentence", "text", "unit"), TRAPS_MARKED)
def test_traps_are_marked_by_unit(sentence: str, text: str, unit: str | None) -> None:
    first = find_quantities(sentence)[0]
    assert (first.text, first.unit) == (text, unit)


def test_decimal_outside_codes_stays_decimal() -> None:
    (q,) = find_quantities("挽回损失5.03万元")
    assert q.value == pytest.approx(50_300) and q.unit == "元"


def test_list_numbering_at_line_start_is_skipped() -> None:
    text = "1、据了解,共抓获12名\n2. 冻结资金3万元"
    assert [q.text for q in find_quantities(text)] == ["12名", "3万元"]


def test_quantity_is_frozen() -> None:
    q = find_quantities("抓获12名")[0]
    assert isinstance(q, Quantity)
    with pytest.raises(AttributeError):
        q.value = 1  # type: ignore[misc]
