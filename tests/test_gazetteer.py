"""Gazetteer: names → places, mentions in running (cleaned, simplified) text."""
from __future__ import annotations

import pytest

from parsers.gazetteer import Gazetteer, Place, generic_force_level, load_gazetteer, short_names


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


def place(gaz: Gazetteer, adcode: str) -> Place:
    found = gaz.by_adcode(adcode)
    assert found is not None, adcode
    return found


# ------------------------------------------------------------------ lookup

@pytest.mark.parametrize(
    "name, within, adcode",
    [
        # full and short names
        ("郑州市", None, "410100"),
        ("郑州", None, "410100"),
        ("兰州", None, "620100"),
        ("晋城市", None, "140500"),
        ("石首市", None, "421081"),
        ("石首", None, "421081"),
        ("陵川县", None, "140524"),
        ("兰考", None, "410225"),
        ("七星关区", None, "520502"),
        ("新疆", None, "650000"),
        ("新疆维吾尔自治区", None, "650000"),
        ("内蒙古", None, "150000"),
        ("广西", None, "450000"),
        ("宁夏", None, "640000"),
        ("临夏州", None, "622900"),
        ("临夏回族自治州", None, "622900"),
        ("恩施州", None, "422800"),
        ("镇宁", None, "520423"),  # 镇宁布依族苗族自治县
        ("阿克苏", None, "652900"),  # 阿克苏地区
        ("锡林郭勒", None, "152500"),  # 锡林郭勒盟
        # a higher level wins a shared short name
        ("荆州", None, "421000"),  # not 荆州区
        ("临夏", None, "622900"),  # not 临夏市 / 临夏县
        ("长沙", None, "430100"),  # not 长沙县
        ("吉林", None, "220000"),  # the province, not 吉林市
        ("河南", None, "410000"),  # not 河南蒙古族自治县
        ("朝阳", None, "211300"),  # 朝阳市
        # the context decides: same city first, then same province
        ("城关区", "620100", "620102"),
        ("城关区", "540100", "540102"),
        ("城关区", "620000", "620102"),
        ("城关", "620102", "620102"),
        ("鼓楼区", "410200", "410204"),
        ("鼓楼区", "350000", "350102"),
        ("朝阳", "110000", "110105"),
        ("朝阳区", "220100", "220104"),
        ("白银", "620100", "620400"),  # same province: 白银市 beats 白银区
        ("吉林", "220100", "220000"),
        # municipality beats provincial capital beats other
        ("朝阳区", None, "110105"),
        ("普陀区", None, "310107"),
        ("江北区", None, "500105"),
        # municipalities and their districts
        ("北京", None, "110000"),
        ("海淀区", None, "110108"),
        ("浦东", None, "310115"),
        ("浦东新区", None, "310115"),
        ("忠县", None, "500233"),
        # province-directed county-level units
        ("东方市", None, "469007"),
        ("仙桃市", None, "429004"),
        ("仙桃", None, "429004"),
        ("神农架", None, "429021"),
        ("济源", None, "419001"),
        ("石河子", None, "659001"),
        # branches and trailing force words
        ("城关分局", "620100", "620102"),
        ("红古分局", "620100", "620111"),
        ("七星关分局", None, "520502"),
        ("祥符区公安局", None, "410212"),
        ("城区分局", "140500", "140502"),
    ],
)
def test_lookup(gaz: Gazetteer, name: str, within: str | None, adcode: str) -> None:
    context = place(gaz, within) if within else None
    found = gaz.lookup(name, within=context)
    assert found is not None, name
    assert found.adcode == adcode


@pytest.mark.parametrize(
    "name, within",
    [
        ("城关区", None),  # 兰州 or 拉萨: both provincial capitals
        ("鼓楼区", None),  # 南京 and 福州 tie
        ("城区", None),
        ("新区公安局", "620100"),  # 兰州新区 is not in the division list
        ("新区", None),
        ("人民路", None),
        ("中国人民银行", None),
        ("公安", None),  # 公安县's short name is never used
        ("火星市", None),
    ],
)
def test_lookup_undecidable_or_unknown(gaz: Gazetteer, name: str, within: str | None) -> None:
    context = place(gaz, within) if within else None
    assert gaz.lookup(name, within=context) is None


@pytest.mark.parametrize(
    "adcode, level, province, city, county",
    [
        ("410000", "province", "河南省", None, None),
        ("410100", "city", "河南省", "郑州市", None),
        ("620102", "county", "甘肃省", "兰州市", "城关区"),
        ("650000", "province", "新疆维吾尔自治区", None, None),
        ("110000", "province", "北京市", "北京市", None),
        ("110108", "county", "北京市", "北京市", "海淀区"),
        ("500233", "county", "重庆市", "重庆市", "忠县"),
        ("310115", "county", "上海市", "上海市", "浦东新区"),
        ("469007", "city", "海南省", "东方市", None),
        ("429004", "city", "湖北省", "仙桃市", None),
        ("429021", "city", "湖北省", "神农架林区", None),
        ("622900", "city", "甘肃省", "临夏回族自治州", None),
        ("623001", "county", "甘肃省", "甘南藏族自治州", "合作市"),
    ],
)
def test_place_fields(gaz: Gazetteer, adcode: str, level, province, city, county) -> None:
    found = place(gaz, adcode)
    assert (found.level, found.province, found.city, found.county) == (level, province, city, county)


def test_by_adcode_accepts_twelve_digits(gaz: Gazetteer) -> None:
    assert place(gaz, "410100000000").name == "郑州市"


def test_placeholder_rows_are_not_places(gaz: Gazetteer) -> None:
    names = {p.name for p in gaz.all_places()}
    assert not names & {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
    assert gaz.by_adcode("469000") is None and gaz.by_adcode("110100") is None


def test_every_place_has_plausible_adcode_and_coordinates(gaz: Gazetteer) -> None:
    places = gaz.all_places()
    assert len(places) > 3000
    assert len({p.adcode for p in places}) == len(places)
    for p in places:
        assert len(p.adcode) == 6 and p.adcode.isdigit(), p
        assert 73 <= p.lon <= 136 and 3 <= p.lat <= 54, p
        assert p.province == place(gaz, p.adcode[:2] + "0000").name


def test_coordinates_are_near_the_right_place(gaz: Gazetteer) -> None:
    zhengzhou, lanzhou = place(gaz, "410100"), place(gaz, "620100")
    assert 113 < zhengzhou.lon < 114.5 and 34 < zhengzhou.lat < 35.5
    assert 103 < lanzhou.lon < 104.5 and 35.5 < lanzhou.lat < 37


def test_hierarchy(gaz: Gazetteer) -> None:
    assert len(gaz.provinces()) == 34
    henan = {p.name for p in gaz.children("410000")}
    assert {"郑州市", "开封市", "济源市"} <= henan and "城关区" not in henan
    assert {"海淀区", "朝阳区"} <= {p.name for p in gaz.children("110000")}
    assert "七里河区" in {p.name for p in gaz.children("620100")}


@pytest.mark.parametrize(
    "full, expected",
    [
        ("荆州市", {"荆州"}),
        ("新疆维吾尔自治区", {"新疆"}),
        ("广西壮族自治区", {"广西"}),
        ("临夏回族自治州", {"临夏", "临夏州"}),
        ("积石山保安族东乡族撒拉族自治县", {"积石山", "积石山县"}),
        ("东乡族自治县", {"东乡", "东乡县"}),  # 东乡县公安局: the everyday name
        ("顺河回族区", {"顺河"}),
        ("碑林区", {"碑林"}),
        ("神农架林区", {"神农架"}),
        ("杞县", set()),  # 杞 alone is never a name
        ("矿区", set()),
    ],
)
def test_short_names(gaz: Gazetteer, full: str, expected: set[str]) -> None:
    (found,) = [p for p in gaz.all_places() if p.name == full][:1]
    assert short_names(found) == expected


# ------------------------------------------------------------------ mentions

@pytest.mark.parametrize(
    "text",
    [
        "合作社社员反映情况",
        "城区道路拥堵严重",
        "东方今报记者从警方获悉",
        "大河报记者李某报道",
        "长城行动取得阶段性成效",
        "中国人民银行发布提示",
        "人民路派出所接到报警",
        "和平年代更要警惕诈骗",
        "深入推进平安建设",
        "公安民警走进社区",
        "全州公安机关共破获案件",
        "国家反诈中心APP",
        "新区公安局破获一起案件",
        "东方红太阳升",
        "阿里巴巴的支付宝",
    ],
)
def test_false_hit_traps(gaz: Gazetteer, text: str) -> None:
    assert gaz.find_mentions(text) == []


@pytest.mark.parametrize(
    "text, within, expected",
    [
        # (surface, adcode, force, branch)
        ("郑州市公安局通报", None, [("郑州市", "410100", True, False)]),
        ("郑州市民王某报警", None, [("郑州", "410100", False, False)]),
        ("开封警方侦破案件", None, [("开封", "410200", True, False)]),
        ("东方警方一个月破案", None, [("东方", "469007", True, False)]),
        ("合作市公安局打掉团伙", None, [("合作市", "623001", True, False)]),
        ("湖北省公安厅表示", None, [("湖北省", "420000", True, False)]),
        ("新疆警方通报", None, [("新疆", "650000", True, False)]),
        ("城关分局破获案件", "620100", [("城关", "620102", True, True)]),
        ("红古分局于今年3月", "620100", [("红古", "620111", True, True)]),
        ("城区分局民警", "140500", [("城区", "140502", True, True)]),
        (
            "毕节市公安局七星关分局依托",
            None,
            [("毕节市", "520500", True, False), ("七星关", "520502", True, True)],
        ),
        (
            "武汉市公安局蔡甸区分局反电诈中心",
            None,
            [("武汉市", "420100", True, False), ("蔡甸区", "420114", True, True)],
        ),
        (
            "湖北荆州、石首两级公安机关",
            None,
            [("湖北", "420000", False, False), ("荆州", "421000", False, False),
             ("石首", "421081", True, False)],
        ),
        # an ambiguous name settles on the unambiguous places around it
        (
            "河南开封鼓楼区警方",
            None,
            [("河南", "410000", False, False), ("开封", "410200", False, False),
             ("鼓楼区", "410204", True, False)],
        ),
        (
            "甘肃省兰州市城关区某小区",
            None,
            [("甘肃省", "620000", False, False), ("兰州市", "620100", False, False),
             ("城关区", "620102", False, False)],
        ),
        ("北京朝阳警方", None, [("北京", "110000", False, False), ("朝阳", "110105", True, False)]),
        ("朝阳分局民警", "110000", [("朝阳", "110105", True, True)]),
        ("在福建省福州市鼓楼区抓获", None,
         [("福建省", "350000", False, False), ("福州市", "350100", False, False),
          ("鼓楼区", "350102", False, False)]),
        ("仙桃公安破获", None, [("仙桃", "429004", True, False)]),
        ("上海市浦东新区", None, [("上海市", "310000", False, False), ("浦东新区", "310115", False, False)]),
    ],
)
def test_find_mentions(gaz: Gazetteer, text: str, within: str | None, expected) -> None:
    context = place(gaz, within) if within else None
    mentions = gaz.find_mentions(text, within=context)
    assert [(m.surface, m.place.adcode, m.force, m.branch) for m in mentions] == expected
    for m in mentions:
        assert text[m.start : m.end] == m.surface
        assert m.place in m.candidates
        assert not m.ambiguous


def test_unresolvable_mention_is_flagged(gaz: Gazetteer) -> None:
    (mention,) = gaz.find_mentions("鼓楼区警方提醒")
    assert mention.ambiguous
    assert {p.city for p in mention.candidates} >= {"南京市", "福州市", "开封市"}


def test_mentions_in_a_long_traditional_free_sentence(gaz: Gazetteer) -> None:
    text = (
        "8月21日,兰州市公安局召开新闻发布会,通报今年以来全市公安机关打击治理电信网络新型违法犯罪"
        "情况。城关分局转理念、强机制,反向溯源出一个头目在马来西亚,具体实施地在湖南长沙、衡阳的团伙。"
    )
    lanzhou = place(gaz, "620100")
    got = {(m.surface, m.place.adcode) for m in gaz.find_mentions(text, within=lanzhou)}
    assert got == {("兰州市", "620100"), ("城关", "620102"), ("湖南", "430000"),
                   ("长沙", "430100"), ("衡阳", "430400")}


# ------------------------------------------------------------------ generic forces

@pytest.mark.parametrize(
    "text, within, level",
    [
        ("全省公安机关共破获", None, "province"),
        ("省公安厅统一指挥", None, "province"),
        ("经省厅研判", None, "province"),
        ("全市共破获电信网络诈骗案件75起", None, "city"),
        ("市公安局召开新闻发布会", None, "city"),
        ("市局主要领导迅速召集", None, "city"),
        ("全州公安机关", None, "city"),
        ("县公安局破获", None, "county"),
        ("分局民警", None, "county"),
        ("全区公安机关", "450000", "province"),  # 广西: 全区 = the autonomous region
        ("全区公安机关", "620100", "county"),
        ("记者从警方获悉", None, None),
    ],
)
def test_generic_force_level(gaz: Gazetteer, text: str, within: str | None, level) -> None:
    context = place(gaz, within) if within else None
    assert generic_force_level(text, within=context) == level


# The division list is today's (cpca's table brought up to the MCA list of 2021 by
# parsers/data/divisions_update.csv); names written before a reform still find the place.
@pytest.mark.parametrize(("text", "adcode"), [
    pytest.param("那曲市公安局破获案件", "540600", id="prefecture-renamed-地区-to-市"),
    pytest.param("那曲地区公安处破获案件", "540600", id="former-prefecture-name"),
    pytest.param("荔浦县公安局破获案件", "450381", id="former-county-now-a-city"),
    pytest.param("莱芜市公安局破获案件", "370116", id="former-city-now-a-district"),
    pytest.param("胡杨河市公安局破获案件", "659010", id="new-corps-city"),
])
def test_reformed_divisions_resolve_to_todays_code(gaz: Gazetteer, text: str, adcode: str) -> None:
    assert [m.place.adcode for m in gaz.find_mentions(text)] == [adcode]


# Abbreviations a division's own police use that no shortening rule derives
# (parsers/data/division_aliases.csv); a shared one is settled by context.
def test_everyday_abbreviations_of_long_names(gaz: Gazetteer) -> None:
    xinjiang = gaz.by_adcode("650000")
    assert [m.place.adcode for m in gaz.find_mentions("博州公安局破获案件", xinjiang)] == ["652700"]
    assert [m.place.adcode for m in gaz.find_mentions("巴州公安机关抓获嫌疑人", xinjiang)] == ["652800"]
    sichuan = gaz.by_adcode("510000")
    assert [m.place.adcode for m in gaz.find_mentions("巴州公安分局抓获嫌疑人", sichuan)] == ["511902"]
    # an autonomous county by its everyday name X县 (大通回族土族自治县 → 大通县公安局)
    assert [m.place.adcode for m in gaz.find_mentions("大通县公安局破获案件", gaz.by_adcode("630000"))] == ["630121"]
    assert "622926" in {p.adcode for p in gaz.candidates("东乡县")}  # 东乡族自治县, beside 江西's old 东乡县
    # Inner Mongolia's banners by their contracted names
    assert [m.place.adcode for m in gaz.find_mentions("通辽市科左后旗公安局获悉")] == ["150500", "150522"]
    assert [m.place.adcode for m in gaz.find_mentions("达茂旗公安局破获")] == ["150223"]
    # the capital's airport police (realonehundredfive DD01)
    assert [m.place.adcode for m in gaz.find_mentions("首都机场公安局大兴机场分局刑侦支队民警")] == ["110000"]


def test_abolished_codes_are_gone(gaz: Gazetteer) -> None:
    assert gaz.by_adcode("542400") is None and gaz.by_adcode("371200") is None


def test_everyday_word_before_another_level_is_no_place(gaz: Gazetteer) -> None:
    """省公安厅会同市公安局: 会同 (会同县) before 市 is the word "together with"."""
    assert gaz.find_mentions("省公安厅会同市公安局召开通气会") == []
    assert [m.place.name for m in gaz.find_mentions("会同县公安局破获案件")] == ["会同县"]
