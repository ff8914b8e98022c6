"""parsers.regions.find_forces: which police force a sentence names, against a context place."""
from __future__ import annotations

import pytest

from parsers.gazetteer import Gazetteer, load_gazetteer
from parsers.regions import find_forces


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


Region = tuple[str | None, str | None, str | None]


def _forces(gaz: Gazetteer, text: str, context: str | None) -> list[tuple[str, Region | None]]:
    place = gaz.lookup(context) if context else None
    out = []
    for f in find_forces(text, place, gaz):
        region = (f.place.province, f.place.city, f.place.county) if f.place else None
        out.append((text[f.start:f.end], region))
    return out


# (context place, sentence, region of the first force)
FIRST_FORCE: list[tuple[str | None, str, Region]] = [
    (None, "郑州市公安局破获电诈案件128起。", ("河南省", "郑州市", None)),
    (None, "兰州警方抓获犯罪嫌疑人45名。", ("甘肃省", "兰州市", None)),
    ("兰州市", "城关分局破获案件12起。", ("甘肃省", "兰州市", "城关区")),
    (None, "顺河、兰考、杞县等公安机关共抓获犯罪嫌疑人30名。", ("河南省", "开封市", None)),
    ("甘肃省", "全省公安机关破获案件2300起。", ("甘肃省", None, None)),
    ("甘肃省", "省公安厅通报全省打击治理情况。", ("甘肃省", None, None)),
    ("浙江省", "全省共破获电诈案件3万起。", ("浙江省", None, None)),
    ("广东省", "省厅部署开展专项行动。", ("广东省", None, None)),
    ("杭州市", "全市公安机关抓获犯罪嫌疑人。", ("浙江省", "杭州市", None)),
    # provinces, cities and branches outside the seeds' provinces
    (None, "浙江省公安厅召开新闻发布会。", ("浙江省", None, None)),
    (None, "广州警方打掉团伙12个。", ("广东省", "广州市", None)),
    (None, "杭州市公安局西湖分局破获案件20起。", ("浙江省", "杭州市", "西湖区")),
    (None, "深圳市南山区公安分局冻结资金100万元。", ("广东省", "深圳市", "南山区")),
    (None, "佛山市顺德区公安局破获案件。", ("广东省", "佛山市", "顺德区")),
    (None, "宁波市鄞州区公安分局破获案件。", ("浙江省", "宁波市", "鄞州区")),
    (None, "东莞市公安局破获案件。", ("广东省", "东莞市", None)),
    # a branch the division list does not hold under its city stays the city (南城 ≠ 江西南城县)
    (None, "东莞市公安局南城分局成功止付被骗资金42万元。", ("广东省", "东莞市", None)),
    (None, "毕节市公安局七星关分局抓获犯罪嫌疑人10名。", ("贵州省", "毕节市", "七星关区")),
    (None, "义乌市公安局破获案件。", ("浙江省", "金华市", "义乌市")),
    (None, "温州瑞安警方破获案件。", ("浙江省", "温州市", "瑞安市")),
    ("杭州市", "萧山警方抓获犯罪嫌疑人。", ("浙江省", "杭州市", "萧山区")),
    ("成都市", "武侯警方破获案件。", ("四川省", "成都市", "武侯区")),
    (None, "云南省公安厅破获案件。", ("云南省", None, None)),
    (None, "昆明警方冻结资金。", ("云南省", "昆明市", None)),
    (None, "乌鲁木齐市公安局破获案件。", ("新疆维吾尔自治区", "乌鲁木齐市", None)),
    (None, "新疆维吾尔自治区公安厅破获案件。", ("新疆维吾尔自治区", None, None)),
    (None, "新疆警方破获案件。", ("新疆维吾尔自治区", None, None)),
    (None, "伊犁哈萨克自治州公安局破获案件。", ("新疆维吾尔自治区", "伊犁哈萨克自治州", None)),
    (None, "恩施州公安局破获案件。", ("湖北省", "恩施土家族苗族自治州", None)),
    # municipalities: city == province
    (None, "北京警方破获案件。", ("北京市", "北京市", None)),
    (None, "上海市公安局破获案件。", ("上海市", "上海市", None)),
    (None, "北京市公安局朝阳分局破获案件。", ("北京市", "北京市", "朝阳区")),
    (None, "海淀警方抓获嫌疑人。", ("北京市", "北京市", "海淀区")),
    ("北京市", "朝阳警方破获案件。", ("北京市", "北京市", "朝阳区")),
    (None, "重庆市江北区公安分局破获案件。", ("重庆市", "重庆市", "江北区")),
    # a force named, then where it acted: the force wins
    (None, "杭州警方在广州抓获嫌疑人。", ("浙江省", "杭州市", None)),
    (None, "江苏省公安厅联合南京市公安局破获案件。", ("江苏省", None, None)),
]


@pytest.mark.parametrize(("context", "text", "region"), FIRST_FORCE)
def test_first_force(gaz: Gazetteer, context: str | None, text: str, region: Region) -> None:
    forces = _forces(gaz, text, context)
    assert forces, "no force found"
    assert forces[0][1] == region


# Places that are NOT forces: where suspects were caught, shares of a total.
NO_FORCE: list[tuple[str | None, str]] = [
    (None, "在龙岩市抓获犯罪嫌疑人5名。"),
    ("甘肃省", "占全省总数的53.1%。"),
    ("云南省", "缴获手机卡1.2万余张，占全省查缴总数的46%。"),
    (None, "专案组远赴广东东莞，抓获犯罪嫌疑人8名。"),
    pytest.param(None, "民警赶赴广东深圳抓获嫌疑人8名。"),
    pytest.param(None, "民警在广州市白云区抓获嫌疑人3名。"),
]


@pytest.mark.parametrize(("context", "text"), NO_FORCE)
def test_not_a_force(gaz: Gazetteer, context: str | None, text: str) -> None:
    assert _forces(gaz, text, context) == []


@pytest.mark.parametrize(("text", "region"), [
    pytest.param("伊犁州警方破获案件。", ("新疆维吾尔自治区", "伊犁哈萨克自治州", None), id="a-prefecture-by-its-short-name"),
    # 苏州工业园区 is one word of the segmenter's: a zone of the city (gazetteer.ZONE_WORDS)
    pytest.param("苏州工业园区公安分局破获案件。", ("江苏省", "苏州市", None), id="a-zone-written-as-one-word"),
    # an area of the city the division list does not hold (no county of that name): the city's police
    pytest.param("近日，珠海横琴警方打掉一个诈骗团伙。", ("广东省", "珠海市", None), id="a-city-and-an-unlisted-area"),
    pytest.param("重庆两江新区公安分局破获案件。", ("重庆市", "重庆市", None), id="a-city-and-an-unlisted-new-area"),
    # …and a listed district after the city is that district, as before
    pytest.param("深圳龙岗警方破获案件。", ("广东省", "深圳市", "龙岗区"), id="a-city-and-its-listed-district"),
])
def test_forces_once_missed(gaz: Gazetteer, text: str, region: Region) -> None:
    forces = _forces(gaz, text, None)
    assert forces and forces[0][1] == region


def test_forces_come_left_to_right(gaz: Gazetteer) -> None:
    text = "其中，深圳市公安局破获案件4125起；广州市公安局冻结账户8900余个。"
    cities = [region[1] for _, region in _forces(gaz, text, None) if region]
    assert cities == ["深圳市", "广州市"]


def test_nationwide_force_has_no_place(gaz: Gazetteer) -> None:
    place = gaz.lookup("江苏省")
    forces = find_forces("全国公安机关共破获案件。", place, gaz)
    assert forces and forces[0].place is None and forces[0].generic


def test_a_bingtuan_divisions_police_is_xinjiangs() -> None:
    # ANNOTATION files the 兵团's own police under 新疆维吾尔自治区, city null
    from parsers.pipeline import parse_source
    from parsers.reading import source_from_bytes
    text = ("某网\n专案组民警从广州押解嫌疑人回到乌鲁木齐市。某网11月2日电 11月2日，新疆生产建设兵团第十二师公安局通报，"
            "该局第二分局成功破获一起特大电信网络诈骗案，抓获9名犯罪嫌疑人，上网追逃2名犯罪嫌疑人。\n")
    doc = parse_source(source_from_bytes(text.encode("utf-8"), "bingtuan.txt"))
    assert [(f.metric, f.value, f.province, f.city) for f in doc.facts] == [
        ("suspects_arrested", 9, "新疆维吾尔自治区", None)]


def _regions(text: str) -> list[tuple[str, float, str | None, str | None]]:
    from parsers.pipeline import parse_source
    from parsers.reading import source_from_bytes
    doc = parse_source(source_from_bytes(text.encode("utf-8"), "rows.txt"))
    return [(f.metric, f.value, f.city, f.county) for f in doc.facts]


def test_a_city_before_a_one_character_verb_is_the_force_and_the_next_row_is_not() -> None:
    text = ("某区警情通报\n日期: 2021-03-02\n2021年2月1日至15日，全区公安机关共立电信网络诈骗案件19起。"
            "其中，拉萨市立13起，同比持平；日喀则市立案6起，同比上升100%。\n")
    assert ("cases_filed", 13, "拉萨市", None) in _regions(text)
    assert ("cases_filed", 6, "日喀则市", None) in _regions(text)


def test_a_county_before_a_time_phrase_and_an_adverb_is_the_force() -> None:
    text = ("某市反诈会议\n2016-09-20 来源：某网\n全市共破获虚假信息诈骗案件757起。太康县8月份连续端掉两个诈骗团伙，"
            "抓获犯罪嫌疑人10人；商水县共打掉诈骗团伙19个，抓获嫌疑人78名。\n")
    assert ("suspects_arrested", 10, "周口市", "太康县") in _regions(text)
    assert ("suspects_arrested", 78, "周口市", "商水县") in _regions(text)


def test_alerts_the_ministry_sent_down_leave_the_county_the_actor() -> None:
    text = ("某县公安局押解嫌疑人\n2023-10-19 来源：某网\n今年以来，某县公安局共破获电信网络诈骗案件260起。"
            "今年共处置公安部资金预警3916条，成功劝阻130起，及时止损510万元。\n").replace("某县", "睢宁县")
    assert ("money_recovered", 5100000, "徐州市", "睢宁县") in _regions(text)


@pytest.mark.parametrize(("text", "city"), [
    pytest.param("被诈骗4500元 多亏民警反应迅速\n晨报讯(记者 某某 半岛晨报记者某某) 4月22日上午，市民董先生来到高新园区公安分局，"
                 "感谢民警为其全额追回被骗资金4500元。\n", "大连市", id="a-city-paper-without-a-place-in-its-name"),
    pytest.param("高新区警方成功拦截一起诈骗转账\n【连网】(通讯员 某某)近日，高新区公安分局依托侦办平台，成功拦截止付被骗转账4.2万元。\n",
                 "连云港市", id="a-news-site-without-a-place-in-its-name"),
])
def test_an_unnamed_branch_takes_its_outlets_city(text: str, city: str) -> None:
    assert {c for _, _, c, _ in _regions(text)} == {city}


@pytest.mark.parametrize(("text", "city"), [
    pytest.param("某报记者 某某\n劝阻12万人次，挽回损失4亿多元……今年前10月，这是肇庆高新区在反诈战场上的功绩！\n", "肇庆市",
                 id="a-zone-reporting-on-itself"),
    pytest.param("某网讯\n肇庆高新区公安分局今年以来破获电信网络诈骗案件30起。\n", "肇庆市", id="a-zones-police-branch"),
    pytest.param("某网讯\n泉州台商投资区公安分局今年以来破获电信网络诈骗案件30起。\n", "泉州市", id="a-taiwan-investment-zones-branch"),
    pytest.param("某网讯\n兰州新区公安局今年以来破获电信网络诈骗案件30起。\n", "兰州市", id="a-new-areas-police"),
    pytest.param("某区开展防诈宣传\n2020-06-29 来源: 泉州晚报\n近日,泉州台商投资区在某镇举行防诈宣传活动。\n"
                 "领导强调,全省平安建设测评即将开始。\n区公安分局今年以来侦破电信网络诈骗案件31起。\n", "泉州市",
                 id="a-zone-reporting-on-itself-before-a-paper-that-says-quansheng"),
])
def test_a_development_zone_is_its_citys(text: str, city: str) -> None:
    assert {c for _, _, c, _ in _regions(text)} == {city}


def test_police_outside_the_mainland_that_pass_on_a_tip_off_are_no_force(gaz: Gazetteer) -> None:
    text = "福建省公安厅接获香港警方通报后，组织多地警力收网，抓获犯罪嫌疑人120余名。"
    assert [region for _, region in _forces(gaz, text, None)] == [("福建省", None, None)]


def test_a_mainland_force_that_passes_on_its_own_case_stays_a_force(gaz: Gazetteer) -> None:
    # (the loss its 通报 reports is its own case's)
    text = "省反诈中心接到某县公安局通报称，某公司出纳被骗38万元。".replace("某县", "鄯善县")
    assert ("新疆维吾尔自治区", "吐鲁番市", "鄯善县") in [region for _, region in _forces(gaz, text, None)]


def test_a_raid_over_several_listed_cities_is_the_provinces() -> None:
    text = ("全省收网行动\n2023-06-02 来源：某网\n某省公安厅统一指挥，先后在南宁、柳州、桂林等地抓获犯罪嫌疑人96名，"
            "涉案金额超过2000万元。\n").replace("某省", "广西壮族自治区")
    assert ("money_involved", 20_000_000, None, None) in _regions(text)


@pytest.mark.parametrize("text", [
    pytest.param("老人接到自称是“江苏省南京市公安局”民警的电话。", id="cue-before-the-province-and-city"),
    pytest.param("对方谎称自己是“上海市公安局”的民警。", id="cue-then-oneself"),
    pytest.param("对方冒充上海市浦东新区公安分局民警。", id="cue-before-a-municipalitys-district"),
    # realseventyfive BY06's first sight: the second of two quoted forces took the figure
    pytest.param("对方冒充“云南省公安厅”“上海市公安局”以涉嫌犯罪为理由要求转账。", id="second-of-a-quoted-list"),
    pytest.param("骗子先后假冒“快递客服”、“上海市公安局”民警。", id="after-a-quoted-role"),
])
def test_a_force_a_fraudster_poses_as_on_another_provinces_page_is_none(gaz: Gazetteer, text: str) -> None:
    beijing = gaz.by_adcode("110000")
    assert [f for f in find_forces(text, beijing, gaz) if not f.generic] == []


def test_a_force_after_a_quoted_role_it_does_not_pose_as_stays_a_force(gaz: Gazetteer) -> None:
    # guard for the quoted list above: the list must run up to the force's name
    text = "嫌疑人冒充“客服”实施诈骗，上海市公安局迅速抓获3人。"
    assert [f.place.adcode for f in find_forces(text, gaz.by_adcode("110000"), gaz)
            if not f.generic] == ["310000"]
