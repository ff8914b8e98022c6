"""parsers.campaigns: named operations and case files by their form, never by a name list."""
from __future__ import annotations

import pytest

from parsers.campaigns import (find_campaign_mentions, normalize_name, one_month_window,
                               refers_to)
from parsers.pipeline import parse_source
from parsers.reading import source_from_bytes


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.name, m.kind) for m in find_campaign_mentions(text)]


OPERATIONS: list[tuple[str, str]] = [
    ("深入推进“断卡”行动。", "断卡行动"),
    ("开展“断卡”专项行动，打掉团伙。", "断卡行动"),
    ("开展“长城行动”。", "长城行动"),
    ("部署“雷霆7号”“扫黑产断链条”反诈雷霆行动。", "雷霆7号扫黑产断链条反诈雷霆行动"),
    ("开展“陇风2020”专项行动。", "陇风2020"),
    ("开展“雷霆7号”专项行动。", "雷霆7号"),
    ("通过“防范电信网络诈骗集中攻坚宣传月”活动。", "防范电信网络诈骗集中攻坚宣传月"),
    ("开展“国门利剑”行动。", "国门利剑行动"),
    ("开展“云剑”行动。", "云剑行动"),
    ("开展打击治理电信网络新型违法犯罪“云剑”专项行动。", "云剑行动"),
    ("开展“云剑-2021”行动。", "云剑-2021"),
    ("开展“净网2021”专项行动。", "净网2021"),
    ("开展“护旗1号”行动。", "护旗1号"),
    ("部署“昆仑2021”专项行动。", "昆仑2021"),
    ("开展“猎狐2021”行动。", "猎狐2021"),
    ("开展“护航冬奥”专项行动。", "护航冬奥行动"),
    ("在“百日会战”期间。", "百日会战"),
    ("开展「断卡」行动。", "断卡行动"),
    # the nation's operation named, then a verb of its own in the descriptor: still that operation
    ("全省公安机关“云剑2021”集中实施收网行动。", "云剑2021集中实施收网行动"),
    # the nation's operations quoted in a row, the descriptor far after the list
    ("持续组织开展“云剑”“断流”“拔钉”和打击跨境诈骗等一系列打击行动。", "拔钉行动"),
    # realonehundredone CZ01, realseven X05: an operation named by its slogan of short phrases
    pytest.param("阿克苏地区公安机关持续深化“防风险、除隐患、降发案、保资金”行动。", "防风险、除隐患、降发案、保资金",
                 id="a-slogan-operation"),
    pytest.param("该省自开展“防风险、除隐患、降发案、保平安”专项行动以来。", "防风险、除隐患、降发案、保平安",
                 id="a-slogan-special-operation"),
    # realtwentythree I01: a hundred-day campaign's long quoted name
    pytest.param("在1至4月开展的“全省打击治理电信网络新型违法犯罪百日集中会战”行动中。",
                 "全省打击治理电信网络新型违法犯罪百日集中会战", id="a-hundred-day-battle-quoted"),
]


@pytest.mark.parametrize(("text", "name"), OPERATIONS)
def test_named_operation(text: str, name: str) -> None:
    assert (name, "operation") in _found(text)


NOT_CAMPAIGNS: list[str] = [
    "开展“五进”活动。",
    "开展“与民同心,反诈同行”宣传活动。",
    "开展“全民反诈”宣传活动。",
    "部署开展专项打击行动。",
    "开展“反电诈”专项行动。",
    "开展“打击治理”专项行动。",
    "开展“集中攻坚”行动。",
    "组织集中收网行动。",
    "下载“国家反诈中心”APP。",
    "构建“1+5+11+N”攻坚模式。",
    "牢固树立“破案光荣、不破耻辱”的理念。",
    "构建“市局主导、区县主战”新机制。",
    "将电诈打防作为“顶级工程”来抓。",
    "发布《关于依法严厉打击电信网络新型违法犯罪的通告》。",
    "于5月3日破获该案。",
    "时间为12.5小时。",
    pytest.param("开展“收网”行动。"),
    # a slogan is a name only right before 行动: not a list of serial operations, nor
    # one-character items, nor a slogan that describes a way of working
    pytest.param("坚持“打、防、管、控”行动。", id="one-character-items"),
    pytest.param("坚持“全警打电诈、全社会防电诈”的工作思路。", id="a-slogan-of-work"),
    pytest.param("全省开展集中会战。", id="a-battle-with-no-name"),
    # the quote names what the action targets; a verb after it opens an action of its own
    pytest.param("专案组对“网络兼职”类犯罪开展集群战役式收网行动。", id="a-target-then-a-verb"),
]


@pytest.mark.parametrize("text", NOT_CAMPAIGNS)
def test_not_a_campaign(text: str) -> None:
    assert _found(text) == []


CASES: list[tuple[str, str]] = [
    ("成功侦破“5.03”专案。", "5·03"),
    ("成功侦破5・03专案。", "5·03"),
    ("破获「7·20」特大电信网络诈骗案。", "7·20"),
    ("破获“7·20\"特大电信诈骗案。", "7·20"),
    ("侦破“11·01”系列诈骗案。", "11·01"),
    ("成立“3·26”专案组。", "3·26"),
    ("“6·18”案件告破。", "6·18"),
    ("摧毁「5.03」充电宝投资诈骗团伙窝点。", "5·03"),
]


@pytest.mark.parametrize(("text", "name"), CASES)
def test_case_code(text: str, name: str) -> None:
    assert _found(text) == [(name, "case")]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("省厅决定将该案列为“飓风46号”专案，统一部署收网。", [("飓风46号", "case")], id="serial-case-file"),
    pytest.param("适时开展“飓风2018”46号专案收网行动，破获案件100余宗。",
                 [("飓风2018", "operation"), ("飓风46号", "case")], id="year-operation-and-its-case"),
    pytest.param("开展“雷霆2020”3号专项行动。", [("雷霆2020", "operation"), ("雷霆3号", "operation")],
                 id="year-operation-and-its-numbered-action"),
])
def test_numbered_case_file(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "name"), [
    pytest.param("深入推进断卡行动。", "断卡行动"),
    pytest.param("公安部部署开展净网2021专项行动。", "净网2021"),
    # realonehundred CY08: a city's hundred-day campaign, unquoted and with no 行动
    pytest.param("市公安局通报了全市打击治理电信网络新型违法犯罪百日集中会战开展以来的战果。",
                 "全市打击治理电信网络新型违法犯罪百日集中会战", id="a-hundred-day-battle"),
])
def test_unquoted_operation(text: str, name: str) -> None:
    assert (name, "operation") in _found(text)


@pytest.mark.parametrize(("raw", "normal"), [
    ("“断卡”", "断卡"), ("「5.03」", "5·03"), ("5・03", "5·03"), ("7•20", "7·20"),
    ("（雷霆7号）", "雷霆7号"), ("净网 2021", "净网2021"), ("12.5", "12·5"),
])
def test_normalize_name(raw: str, normal: str) -> None:
    assert normalize_name(raw) == normal


@pytest.mark.parametrize(("reference", "name", "expected"), [
    ("攻坚宣传月期间", "防范电信网络诈骗集中攻坚宣传月", True),
    ("宣传防范攻坚月期间", "防范电信网络诈骗集中攻坚宣传月", True),  # a reordered short form
    ("断卡行动", "断卡行动", True),
    ("行动", "断卡行动", False),  # too short to name anything
    ("云剑行动", "断卡行动", False),
])
def test_refers_to(reference: str, name: str, expected: bool) -> None:
    assert refers_to(reference, name) is expected


@pytest.mark.parametrize(("text", "published", "window"), [
    ("通过为期一个月的集中攻坚宣传月活动，全市立案数与5月相比下降7%。", "2021-07-12",
     ("2021-06", "2021-06")),
    ("为期1个月的宣传月活动圆满结束。", "2021-07-12", ("2021-06", "2021-06")),
    ("为期一个月的宣传月活动圆满结束。", "2021-01-08", ("2020-12", "2020-12")),
    pytest.param("与11月相比，为期一个月的攻坚月成效明显。", "2021-01-08", ("2020-12", "2020-12")),
    ("为期两个月的专项行动。", "2021-07-12", None),
    ("为期一个月的宣传月活动圆满结束。", None, None),
])
def test_one_month_window(text: str, published: str | None,
                          window: tuple[str, str] | None) -> None:
    assert one_month_window(text, published) == window


@pytest.mark.parametrize(("sentence", "campaign"), [
    pytest.param("今年以来，某县公安局持续开展“云剑”“断卡”“断流”等专项行动，共侦破电信网络诈骗案件32起。",
                 None, id="three-quoted-names-run-together"),
    pytest.param("今年以来，某县公安局深入开展“断卡”、“断流”专项行动，抓获犯罪嫌疑人62人。", None,
                 id="two-names-with-enumeration-comma"),
    pytest.param("今年以来，某县公安局深入开展“断卡”行动，抓获犯罪嫌疑人62人。", "断卡行动", id="one-name-keeps-it"),
    # a case named as an example of a batch: the figures after it are the force's, not that case's
    pytest.param("今年以来，某市公安局侦破“12·13”诈骗案等一批大要案件，抓获犯罪嫌疑人7790余人。", None,
                 id="case-as-an-example-of-a-batch"),
    pytest.param("某市公安局相继侦破“11.30”特大电信网络诈骗案等一大批案件，打掉电诈团伙14个。", None,
                 id="case-as-an-example-of-a-batch-after-its-case-word"),
    pytest.param("某市公安局深入开展“云剑”“长城”“5.10”等专项行动，抓获犯罪嫌疑人62人。", None,
                 id="a-code-in-a-list-of-operations"),
    pytest.param("今年以来，某市公安局成功侦破“12·13”诈骗案，抓获犯罪嫌疑人15人。", "12·13", id="one-case-keeps-it"),
])
def test_a_figure_under_several_operations_named_together_is_none_of_theirs(sentence: str, campaign: str | None) -> None:
    text = f"某县公安局通报\n2022-07-16 来源：某网\n{sentence}\n"
    doc = parse_source(source_from_bytes(text.encode("utf-8"), "bulletin.txt"))
    assert doc.facts and {f.campaign for f in doc.facts} == {campaign}


@pytest.mark.parametrize("text", [
    pytest.param("记者从某市公安局召开的“5·17”防范电信网络诈骗新闻发布会上获悉", id="press-conference-on-a-day"),
    pytest.param("在“1·10”中国人民警察节到来之际，某分局举行返还仪式", id="police-day"),
    pytest.param("某县公安局开展“3·15”国际消费者权益日宣传活动", id="consumer-day"),
])
def test_a_dated_days_event_is_no_case(text: str) -> None:
    assert _found(text) == []


def test_a_quoted_code_with_its_case_word_is_still_a_case() -> None:
    assert _found("某市公安局成功侦破“5·17”特大电信网络诈骗案") == [("5·17", "case")]


@pytest.mark.parametrize(("text", "found"), [
    pytest.param("组织开展以打击电信网络诈骗、传统“盗抢销”犯罪为重点的集中收网行动", [], id="crime-class-in-quotes"),
    pytest.param("近期以来，我们主要开展“一打一防”两个方面的行动", [], id="slogan-in-quotes"),
    pytest.param("全面开展“攻坚创优”等打击犯罪的专项行动", [], id="described-operations"),
    pytest.param("开展了为期4天的集中抓捕“断卡”犯罪嫌疑人专项行动", [], id="the-people-it-hunts"),
    pytest.param("针对高发警情，南山警方开展了打击“伪基站”的专项行动", [], id="what-it-cracks-down-on"),
    # realseventyfour BX02's first sight: the target's crime word came before 专项行动
    pytest.param("广州警方开展集中打击治理“伪基站”违法犯罪专项行动", [], id="what-it-cracks-down-on-as-a-crime"),
    pytest.param("全市开展打击“断卡”违法犯罪专项行动", [("断卡行动", "operation")], id="the-nations-operation-so-written"),
    pytest.param("某市公安局开展“亮剑”的集中收网抓捕行动", [("亮剑的集中收网抓捕行动", "operation")], id="name-then-its-kind"),
])
def test_quotes_inside_a_description_name_no_operation(text: str, found: list[tuple[str, str]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(("text", "name"), [
    pytest.param("据统计，某县公安自2022年11月开展冬季严打整治专项行动以来，破获…", "冬季严打整治专项行动", id="winter"),
    pytest.param("全市公安机关开展夏季治安打击整治行动，抓获…", "夏季治安打击整治行动", id="summer"),
    pytest.param("夏季治安集中打击整治行动开展以来，某市…", "夏季治安集中打击整治行动", id="summer-concentrated"),
    pytest.param("自集中打击春夏突出违法犯罪专项行动开展以来，某区公安破获…", "集中打击春夏突出违法犯罪专项行动",
                 id="spring-summer-named-by-its-target"),
])
def test_a_seasonal_crackdown_named_without_quotes_is_an_operation(text: str, name: str) -> None:
    assert _found(text) == [(name, "operation")]


def test_a_seasonal_publicity_event_is_no_operation() -> None:
    assert _found("举办2023年夏季治安打击整治防范宣传活动") == []


@pytest.mark.parametrize(("text", "found"), [
    pytest.param("深入推进“断卡”“断流”行动，查破了一大批案件", [("断卡行动", "operation"), ("断流行动", "operation")],
                 id="two-short-names-one-word"),
    pytest.param("“雷霆7号”“扫黑产断链条”反诈雷霆行动", [("雷霆7号扫黑产断链条反诈雷霆行动", "operation")],
                 id="one-name-in-two-parts"),
    pytest.param("调度推进“犁庭”行动、“永警利剑Ⅱ·百日大会战”等专项电诈犯罪打击行动，对重点县开展整治",
                 [("犁庭行动", "operation"), ("永警利剑Ⅱ·百日大会战", "operation")],
                 id="a-list-under-a-descriptor-of-the-crime-it-targets"),
    pytest.param("全省开展“雷霆12号”打击电信网络诈骗犯罪专项行动", [("雷霆12号", "operation")],
                 id="a-serial-under-a-descriptor-of-the-crime-it-targets"),
])
def test_short_names_side_by_side_are_each_an_operation(text: str, found: list[tuple[str, str]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(("text", "found"), [
    pytest.param("期间，公安机关部署开展了一系列专项行动，如“断流”“拔钉”“斩链”，并组织了集群战役",
                 [("断流行动", "operation"), ("拔钉行动", "operation"), ("斩链行动", "operation")], id="names-listed-after-such-as"),
    pytest.param("正如“某某”所说，开展行动。", [], id="a-quote-is-no-list"),
    pytest.param("在一款名为“彩票88”的手机APP上投资被骗21万元", [], id="the-fraudsters-app-is-no-operation"),
    pytest.param("公安部“断卡”行动平台下发线索", [("断卡行动", "operation")], id="the-operations-platform-names-it"),
])
def test_quoted_names_listed_after_the_operations(text: str, found: list[tuple[str, str]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(("text", "found"), [
    pytest.param("持续组织“断卡”、“断链”1、2、3号专项行动、百万案件专项打击", [("断卡行动", "operation"), ("断链行动", "operation")],
                 id="a-numbered-series-of-each"),
    pytest.param("开展“雷霆”1号专项行动", [("雷霆1号专项行动", "operation")], id="one-number-stays-in-the-name"),
    pytest.param("相继组织开展“断卡攻坚1号、2号、3号”行动", [("断卡攻坚1号", "operation"), ("断卡攻坚2号", "operation"),
                                                   ("断卡攻坚3号", "operation")], id="a-numbered-series-inside-the-quotes"),
])
def test_numbered_series_after_quoted_names(text: str, found: list[tuple[str, str]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(("text", "found"), [
    pytest.param("共侦破包括“飓风”2号、“飓风”6号在内的电信网络诈骗案件1050宗",
                 [("飓风2号", "operation"), ("飓风6号", "operation")], id="serial-number-after-the-quote"),
    pytest.param("组织开展断卡、断号、断源专项行动，严厉打击买卖电话卡",
                 [("断卡行动", "operation"), ("断号行动", "operation"), ("断源行动", "operation")], id="unquoted-list-of-standing-operations"),
])
def test_serials_and_lists_of_standing_operations(text: str, found: list[tuple[str, str]]) -> None:
    assert _found(text) == found


def test_quoted_words_before_a_working_mechanism_are_no_operations() -> None:
    assert _found("某市警方对电信网络诈骗违法犯罪活动采取“联打”“联动”“联治”工作机制") == []


@pytest.mark.parametrize(("text", "names"), [
    pytest.param("某省通报\n2021-01-05 来源：某网\n2020年，某省共破获电信网络诈骗案件1.6万起。\n"
                 "同时，某省公安全力开展命案侦破和积案攻坚工作。某市“1999·12·7”、某市“2004·10·19”等一批大要案件被成功侦破。\n",
                 set(), id="cold-murder-cases-under-a-fraud-report"),
    pytest.param("某市通报\n2021-01-05 来源：某网\n某市公安局成功侦破“12·11”专案，抓获犯罪嫌疑人20名。\n",
                 {"12·11"}, id="a-case-in-a-paragraph-that-names-no-crime-stays"),
    pytest.param("某市通报\n2021-01-05 来源：某网\n在侦破“3·25”毒品案的同时，警方打掉一个电信诈骗窝点。\n",
                 {"3·25"}, id="a-paragraph-that-also-speaks-of-fraud-keeps-its-case"),
])
def test_another_crimes_case_code_is_no_campaign(text: str, names: set[str]) -> None:
    """A dated case code in a paragraph about another crime (命案, 毒品…) that never speaks
    of fraud belongs to that crime, not to the fraud campaigns' timeline."""
    doc = parse_source(source_from_bytes(text.encode("utf-8"), "bulletin.txt"))
    assert {c.name for c in doc.campaigns if c.kind == "case"} == names


def test_an_operation_and_its_years_edition_are_one_campaign() -> None:
    text = ("某市反诈宣传\n2023-08-20 来源：某网\n此次活动为“砺剑行动”集中宣传月的延伸。\n"
            "某市公安局举行“砺剑-2023”行动返赃仪式，为群众返还被骗资金458万余元。\n")
    doc = parse_source(source_from_bytes(text.encode("utf-8"), "bulletin.txt"))
    assert [c.name for c in doc.campaigns] == ["砺剑-2023"]
    assert {f.campaign for f in doc.facts} == {"砺剑-2023"}


def test_an_operation_named_with_two_years_stays_apart() -> None:
    text = ("某市反诈宣传\n2023-08-20 来源：某网\n“砺剑行动”开展以来成效明显。\n"
            "“砺剑-2022”“砺剑-2023”行动中，共返还被骗资金458万余元。\n")
    doc = parse_source(source_from_bytes(text.encode("utf-8"), "bulletin.txt"))
    assert "砺剑行动" in [c.name for c in doc.campaigns]


def test_a_case_code_in_a_sentence_on_another_crime_is_no_fraud_case() -> None:
    # the paragraph goes on to fraud, but the code's own sentence is a murder review's
    text = ("某省公安年终盘点\n2025-01-03 来源：某网\n命案现案连续6年全破，攻破40起积案，如某市“1994·8·8”等积案的侦破，"
            "让逝者昭雪。破获电诈案件3500余起，返还涉诈资金3.1亿元。\n")
    doc = parse_source(source_from_bytes(text.encode("utf-8"), "bulletin.txt"))
    assert [c.name for c in doc.campaigns] == []
    assert {(f.campaign, f.scope) for f in doc.facts} == {(None, "jurisdiction")}


@pytest.mark.parametrize(("sentence", "campaign"), [
    pytest.param("在阻断犯罪链条上，持续推进“断卡”行动，抓获犯罪嫌疑人62人；在提升预警能力上，"
                 "将资金预警劝阻作为压案降损抓手，阻止损失5.91亿元。", {("suspects_arrested", "断卡行动"),
                                                           ("money_recovered", None)},
                 id="an-item-on-another-topic"),
    pytest.param("市公安局开展“百日攻坚”行动，三个月时间抓获犯罪嫌疑人1046名；缴获手机卡、银行卡1.2万余张。",
                 {("suspects_arrested", "百日攻坚行动"), ("cards_seized", "百日攻坚行动")}, id="an-item-going-on"),
])
def test_an_operation_named_in_one_list_item_tags_the_items_on_its_work(sentence, campaign) -> None:
    text = f"某省反诈工作\n2025-12-30 来源：某网\n{sentence}\n"
    doc = parse_source(source_from_bytes(text.encode("utf-8"), "bulletin.txt"))
    assert {(f.metric, f.campaign) for f in doc.facts} == campaign
