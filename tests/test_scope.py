"""Crime scope (parsers/scope.py): only figures against telecom and online fraud are facts.

Examples are our own words, in the shapes real pages use: a general summer crackdown that
reports theft and smuggling beside fraud, a fraud bulletin with a gambling aside, a clause on
another crime inside a sentence on fraud, and a case story that refers back to its fraud.
"""
from __future__ import annotations

import pytest

from parsers.pipeline import parse_source
from parsers.reading import source_from_bytes
from parsers.scope import general_crime_page, other_crime_only, segment_at
from parsers.units import Sentence


def facts(text: str) -> list[tuple[str, float]]:
    doc = parse_source(source_from_bytes(text.encode("utf-8"), "bulletin.txt"))
    return sorted((f.metric, f.value) for f in doc.facts)


SUMMER = ("某省夏季治安打击整治行动成效显著\n2024-08-28 来源：某网\n"
          "省公安厅28日公布，夏季治安打击整治行动开展以来，全省破获刑事案件2.1万起。\n\n"
          "行动中，全省公安机关严打街面犯罪。侦破盗窃电动车案件3200起，抓获犯罪嫌疑人410名。"
          "开展打击整治专项行动，打掉犯罪团伙7个。\n\n"
          "针对电信网络诈骗高发态势，全省公安机关持续强化打击。行动期间，破获案件4100起，"
          "抓获犯罪嫌疑人2900名；查处走私案件120起，抓获嫌疑人300名。\n")


def test_general_crackdown_keeps_only_fraud_figures() -> None:
    assert facts(SUMMER) == [("cases_solved", 4100), ("suspects_arrested", 2900)]


def test_fraud_bulletin_with_a_gambling_aside() -> None:
    text = ("某市电诈案件立案数下降\n2022-09-08 来源：某网\n今年以来，某市公安局侦破电信网络诈骗案件900起。\n\n"
            "此外，某市打击跨境赌博取得成效，共破获跨境赌博刑事案件60起，抓获嫌疑人500名。\n")
    assert facts(text) == [("cases_solved", 900)]


def test_a_pandemic_crackdowns_other_crimes() -> None:
    text = ("某市打击涉疫情违法犯罪\n2020-02-25 来源：某网\n2月20日，警方抓获7名涉疫情电诈犯罪嫌疑人，破案14宗。"
            "此外，还侦破生产、销售伪劣口罩案件3起、散布涉疫谣言案件5起、非法收购出售野生动物案件2起。\n")
    assert sorted(facts(text)) == [("cases_solved", 14), ("suspects_arrested", 7)]


def test_people_of_every_crime_are_no_fraud_arrests() -> None:
    text = ("某县反诈成效\n2021-12-20 来源：某网\n今年以来，某县公安局侦破电信网络诈骗案件90起。\n\n"
            "集中统一行动中，全县共抓获各类违法犯罪嫌疑人45人。\n")
    assert facts(text) == [("cases_solved", 90)]


@pytest.mark.parametrize(("sentence", "expected"), [
    pytest.param("打掉电信网络诈骗团伙4个、传统盗抢骗团伙3个，抓获各类犯罪嫌疑人52人。",
                 [("gangs_busted", 4)], id="beside-another-crimes-gangs"),
    pytest.param("先后抓获网上逃犯40人，抓获各类犯罪嫌疑人96人，其中电信网络诈骗犯罪嫌疑人21人，"
                 "破获各类刑事案件60起。", [("suspects_arrested", 21)], id="breakdown-kept-total-dropped"),
    pytest.param("还侦破销售伪劣口罩案件2起、散布谣言案件4起，共抓获各类违法犯罪嫌疑人30人。",
                 [], id="after-a-pandemic-crackdowns-crimes"),
    pytest.param("抓获电信网络诈骗犯罪嫌疑人80名。其中，头目和骨干9名，网上在逃人员6名，包括1名命案在逃人员。",
                 [("suspects_arrested", 6), ("suspects_arrested", 9), ("suspects_arrested", 80)],
                 id="fugitives-in-a-breakdown-of-fraud-suspects"),
    pytest.param("今年以来，全县共破获各类电信网络诈骗案件300余起，抓获各类违法犯罪嫌疑人120名。",
                 [("cases_solved", 300), ("suspects_arrested", 120)], id="a-sentence-on-fraud-alone"),
])
def test_suspects_of_every_kind_beside_another_crime_are_every_crimes(sentence, expected) -> None:
    # 各类犯罪嫌疑人 counts every crime's suspects when the sentence also names another crime
    # or crime in general; in a sentence on fraud alone they are the fraud cases' suspects
    text = f"某县公安局通报\n2021-06-11 来源：某网\n{sentence}\n"
    assert facts(text) == sorted(expected)


def test_other_crime_clause_inside_a_fraud_sentence() -> None:
    text = ("某地通报\n2021-12-20 来源：某网\n今年打击电骗犯罪成效明显，包括捣破边境偷渡团伙300个，"
            "拘捕偷渡犯1200名，另成功避免5万名群众受骗。\n")
    assert facts(text) == [("people_dissuaded", 50000)]


def test_case_story_refers_back_to_its_fraud() -> None:
    text = ("某市公安夏季行动战果\n2023-08-15 来源：某网\n夏季治安打击整治行动开展以来，全市抓获涉电信诈骗犯罪嫌疑人600人；"
            "刑拘盗窃犯罪嫌疑人90人。\n\n今年7月，某县公安局接到举报，称某大厦内有诈骗人员。\n\n"
            "7月21日，警方开展统一收网行动，抓获该团伙犯罪嫌疑人30人。\n")
    assert facts(text) == [("suspects_arrested", 30), ("suspects_arrested", 600)]


def test_a_sentence_that_opens_on_fraud_keeps_its_later_segments() -> None:
    text = ("某市通报\n2025-10-16 来源：某网\n今年1至9月，全市共受理侵财犯罪案件2万余起；全市盗窃案件下降。\n\n"
            "据介绍，全市持续推进打击治理。1至9月，全市公安机关共破获电信网络新型犯罪案件4000起；抓获犯罪嫌疑人员1100人。\n")
    assert facts(text) == [("cases_solved", 4000), ("suspects_arrested", 1100)]


def test_fraud_bulletin_figures_need_no_fraud_word_of_their_own() -> None:
    text = "某县通报\n2023-05-02 来源：某网\n今年以来，某县公安局破获案件120起，抓获犯罪嫌疑人80名。\n"
    assert facts(text) == [("cases_solved", 120), ("suspects_arrested", 80)]


def test_a_thousands_separator_does_not_cut_the_other_crime_clause() -> None:
    text = ("某地通报\n2021-12-20 来源：某网\n今年打击电骗犯罪成效明显，包括捣破边境6,821个偷渡团伙，"
            "另共捣破2.6万个“两卡”犯罪团伙。\n")
    assert facts(text) == [("gangs_busted", 26000)]
    assert segment_at("包括捣破6,821个偷渡团伙,另", 4, "，,；;") == "包括捣破6,821个偷渡团伙"


def test_other_crime_items_of_a_list_are_no_facts() -> None:
    text = ("某区春雷行动\n2021-02-01 来源：某网\n某区公安分局开展集中清查行动，共抓获各类违法犯罪嫌疑人20名（其中命案逃犯1名、"
            "电信诈骗犯罪嫌疑人11名、涉毒犯罪嫌疑人3名、盗窃摩托车犯罪嫌疑人2名）。\n")
    assert ("suspects_arrested", 11) in facts(text)
    assert not {v for m, v in facts(text) if m == "suspects_arrested"} & {1, 3, 2}


def test_a_crime_group_named_with_骗_is_no_fraud() -> None:
    text = ("某省通报\n2021-07-10 来源：某网\n今年1至6月，全省侵财类案件立案数同比下降，抓获“盗抢骗”网上在逃人员3200名，"
            "追缴赃款赃物折合约3亿元。\n")
    assert facts(text) == []


def test_a_prosecutors_paragraph_after_a_time_phrase_is_theirs() -> None:
    text = ("某区通报\n2020-01-30 来源：某网\n2019年，全区公安机关破获电诈案件1000起。\n\n"
            "2019年，某区检察机关共受理公安机关提请逮捕电信网络犯罪65件，受理审查起诉54件。\n\n"
            "2019年，某区通信管理局日均监测来话900余万次。全年为群众挽回经济损失3760余万元。\n")
    assert facts(text) == [("cases_solved", 1000)]


def test_a_crackdown_named_for_fraud_is_no_general_crackdown() -> None:
    text = ("某省警方“百日行动”破获电信诈骗案件2.6万起\n2023-10-25 来源：某网\n"
            "自6月8日开展打击治理电信网络诈骗犯罪“百日行动”以来，该省共破获电信网络诈骗案件2.6万起。\n\n"
            "同时，某省开展回流人员集中收网行动，其中490名回流人员已全部抓捕到案。\n")
    assert ("suspects_arrested", 490) in facts(text)


def test_another_bodys_figures_are_no_police_results() -> None:
    text = ("全国通报\n2018-11-30 来源：某网\n公安部共破获电诈案件3万起。工信部和三大运营商建成拦截系统，"
            "劝阻客户12.5万人，直接挽回经济损失6.3亿元。人民银行协助公安机关紧急止付资金80亿元。\n")
    assert facts(text) == [("cases_solved", 30000), ("money_stopped", 8_000_000_000)]


@pytest.mark.parametrize(("segment", "other"), [
    pytest.param("查处走私案件120起", True, id="smuggling"),
    pytest.param("刑拘偷私渡犯罪嫌疑人75名", True, id="illegal-border-crossing"),
    pytest.param("破获刑事案件2.1万起", True, id="crime-in-general"),
    pytest.param("破获电信网络诈骗等刑事案件300起", False, id="crime-in-general-naming-fraud"),
    pytest.param("破获跑分洗钱案件12起", False, id="laundering-for-fraud"),
    pytest.param("破获案件12起", False, id="no-crime-named"),
    pytest.param("共立涉食品、药品、环境犯罪案件360起", True, id="food-and-drug-crime"),
    pytest.param("破获环境食品药品领域刑事案件1100起", True, id="food-and-drug-field"),
    # food or medicine as a fraud's bait (the sentence before names the fraud)
    pytest.param("发现其通过混淆食品、保健品概念，夸大产品功效等手段牟取暴利，抓获犯罪嫌疑人31名", False,
                 id="food-as-bait"),
    pytest.param("该团伙通过高价销售假劣药品，非法牟利600余万元", False, id="medicine-as-bait"),
])
def test_other_crime_only(segment: str, other: bool) -> None:
    assert other_crime_only(segment) is other


def test_segment_is_cut_at_semicolons() -> None:
    text = "破获电诈案件10起；刑拘盗窃嫌疑人5人；打掉团伙2个"
    assert segment_at(text, text.index("5人")) == "刑拘盗窃嫌疑人5人"


def test_a_page_naming_two_other_crimes_is_a_general_one() -> None:
    body = [Sentence(0, 0, 0, 0, "破获盗窃案件10起。"), Sentence(0, 1, 0, 0, "破获赌博案件3起。")]
    assert general_crime_page("某市公安战果", body)
    assert not general_crime_page("某市公安战果", body[:1])


@pytest.mark.parametrize(("body", "general"), [
    # realseventytwo BV11's first sight: the crackdown's label over one story of a gang that
    # served fraudsters, which names no other crime — its arrests and detentions count
    pytest.param(["近日，某区公安分局打掉一个为境外诈骗分子拨打诈骗电话提供帮助的“帮信”团伙。",
                  "目前，犯罪嫌疑人段某等三人已被依法刑事拘留。"], False, id="one-fraud-story-under-the-label"),
    pytest.param(["近日，某区公安分局打掉一个为境外诈骗分子提供帮助的团伙。", "同期破获盗窃案件10起。"], True,
                 id="the-label-over-another-crime-too"),
    pytest.param(["行动开展以来，全区破获刑事案件120起。", "其中电信诈骗案件8起。"], True, id="the-label-over-crime-at-large"),
])
def test_a_crackdowns_label_makes_a_general_page_unless_the_page_is_only_fraud(body, general) -> None:
    sentences = [Sentence(0, i, 0, 0, text) for i, text in enumerate(body)]
    assert general_crime_page("【夏季行动】某区警方打掉一犯罪团伙", sentences) is general


def test_crime_in_general_does_not_make_a_general_page() -> None:
    body = [Sentence(0, 0, 0, 0, "全市刑事案件持续下降。"), Sentence(0, 1, 0, 0, "侦破一大批新兴网络犯罪案件。")]
    assert not general_crime_page("某市公安返还大会", body)


def campaigns(text: str) -> list[str]:
    doc = parse_source(source_from_bytes(text.encode("utf-8"), "bulletin.txt"))
    return sorted(c.name for c in doc.campaigns)


# Rule 2: police outside the mainland. Our own words, in the shapes Taiwan and Hong Kong
# pages take (a county 警察局 in Traditional script, ROC years, 新臺幣; 警務處).
@pytest.mark.parametrize("text", [
    pytest.param("某縣破詐欺機房 9人被捕\n記者某某∕某地報導\n花蓮縣警察局廿五日宣布破獲詐欺機房案，逮捕犯嫌9名，"
                 "並查扣新臺幣11萬4千元。\n", id="taiwan-county-police-traditional"),
    pytest.param("統計114年1至11月期間，竹市警察局破獲67件詐欺集團案、逮獲361名成員，攔阻民眾匯款1億7,000萬餘元。\n",
                 id="taiwan-roc-year-city-police"),
    pytest.param("某市警方今年實施「同步打擊詐欺專案行動」，台中市政府警察局逮捕詐欺嫌犯783人、查扣不法所得近億元。\n",
                 id="taiwan-city-government-police"),
    pytest.param("香港警方通報\n警務處今日公布，上月共拘捕涉嫌詐騙人士120名，涉款3000萬港元。\n", id="hong-kong-police"),
])
def test_police_outside_the_mainland_report_no_facts(text: str) -> None:
    assert facts(text) == []
    assert campaigns(text) == []


def test_a_mainland_force_arresting_taiwanese_suspects_keeps_its_figures() -> None:
    text = ("某省公安厅通报\n2016-04-25 来源：某网\n某省公安厅会同台湾警方破获特大电信诈骗案，"
            "抓获犯罪嫌疑人62名，其中台湾地区犯罪嫌疑人10名。台湾新北市警察局协助调查。\n")
    assert ("suspects_arrested", 62) in facts(text)


def test_a_mainland_force_named_by_its_place_beside_taiwan_police_keeps_its_figures() -> None:
    # no 公安 in the unit, but 某省警方 by name: a joint cross-strait case is the province's result
    text = ("兩岸警方聯手搗破一個跨境電信詐騙集團，拘捕二十四人。涉案金額超過六十萬元人民幣。"
            "福建警方今年三月接到台灣警方提供線索，兩岸警方前日在廈門、台中等地採取拘捕行動。\n")
    assert regions(text) == [("money_involved", 600000, "福建省"), ("suspects_arrested", 24, "福建省")]


def test_a_taiwan_blurb_on_a_mainland_page_is_dropped_alone() -> None:
    text = ("某县公安局破获电诈案\n2024-03-02 来源：某网\n今年以来，某县公安局破获电信网络诈骗案件45起。\n"
            "相关新闻\n2024-03-01 台南市警察局破获诈欺集团，逮捕嫌犯12人\n")
    assert facts(text) == [("cases_solved", 45)]


def test_a_segment_opening_on_partners_the_police_work_with_stays_theirs() -> None:
    text = ("某市反诈成绩单\n2024-05-17 来源：某网\n去年，某市警方抓获收贩“两卡”嫌疑人1600名。"
            "联合中国移动、电信、联通等通信运营商，采取电话、短信等方式劝阻受骗群众68万人次，返还涉案资金1.08亿元。\n")
    assert ("people_dissuaded", 680000) in facts(text) and ("money_recovered", 108000000) in facts(text)


def test_clauses_opened_by_crime_in_general_count_all_crimes() -> None:
    # a fraud word later in the sentence does not reach back to the run of all-crime clauses
    text = ("某县公安局返还赃物\n2023-03-22 来源：某报\n据统计，某县公安自2022年11月开展冬季专项行动以来，"
            "破获各类刑事案件114起，抓获犯罪嫌疑人62人，为群众挽回经济损失100多万元，"
            "同时针对新型电信网络诈骗开展预警13.2万次。\n")
    assert facts(text) == []


def test_all_kinds_of_suspects_after_a_fraud_clause_stay_fraud() -> None:
    text = ("某县通报\n2019-11-02 来源：某网\n“云剑”行动开展以来，该县公安机关共侦破电信诈骗案件157起，"
            "冻结涉案资金510万元，抓获各类犯罪嫌疑人22人。\n")
    assert ("suspects_arrested", 22) in facts(text)


def regions(text: str) -> list[tuple[str, float, str | None]]:
    doc = parse_source(source_from_bytes(text.encode("utf-8"), "bulletin.txt"))
    return sorted((f.metric, f.value, f.province) for f in doc.facts)


def test_a_hong_kong_police_figure_on_a_joint_page_is_no_fact() -> None:
    text = ("某网讯\n香港警方联同广东公安部门瓦解一个电话诈骗集团，涉案金额达32万港元。\n"
            "香港警方分别在深圳湾及打鼓岭拘捕两名男子。广东公安部门亦拘捕10名疑犯。\n"
            "香港警察某总区指，今年首5个月接报134宗电骗案件。\n")
    assert ("suspects_arrested", 2, "香港特别行政区") not in regions(text)
    assert all(province != "香港特别行政区" for _, _, province in regions(text))
    assert ("suspects_arrested", 10, "广东省") in regions(text)


def test_mainland_results_on_a_page_about_taiwanese_suspects_are_not_placed_in_taiwan() -> None:
    text = ("61名电骗嫌疑人被押解回国 其中台湾19人\n2017-10-28\n61名电信网络诈骗犯罪嫌疑人（其中台湾籍19人）"
            "被中国公安机关从柬埔寨押解回国。10月5日，工作组与柬埔寨警方联合开展集中抓捕行动，捣毁诈骗窝点11处，抓获犯罪嫌疑人74名。\n")
    assert ("dens_destroyed", 11, None) in regions(text)
    assert all(province is None for _, _, province in regions(text))


@pytest.mark.parametrize("text", [
    pytest.param("某市陇风行动战果\n2020-12-17 来源：某网\n行动开展以来，某市破获文物犯罪案件5起，破获电信诈骗案件162起。\n",
                 id="relics-crime-beside-fraud"),
    pytest.param("某市打虚打骗行动\n2023-06-01 来源：某网\n今年以来，某市破获非法集资类案件6起，挽回损失4825万元；破获电信诈骗案件162起。\n",
                 id="illegal-fundraising-beside-fraud"),
    pytest.param("某市打击电诈发布会\n2020-04-10 来源：某网\n1至3月，某市抓获电信诈骗犯罪嫌疑人58人。行动中共破获刑事、治安案件86起，电信诈骗案件162起。\n",
                 id="criminal-and-public-order-cases"),
    # realseventyfour BX03's first sight: a 云剑 round-up's 套路贷 cases beside its telecom fraud
    pytest.param("某行动发布会\n2019-12-26 来源：某网\n行动开展以来，全国破获电信网络诈骗案件162起，同比上升62.7%。"
                 "破获套路贷犯罪案件5起，打掉团伙6个。\n", id="loan-shark-scams-beside-fraud"),
    # realeighty CD01's first sight: a pandemic crackdown's crime cases at large before its fraud
    pytest.param("某市打击涉疫犯罪\n2020-02-13 来源：某网\n从1月24日至2月9日，某市公安机关共受理涉疫情类违法犯罪案件6起，"
                 "查破案件5起。截至2月9日，某市共接报涉疫情类电信网络诈骗案件162起。\n", id="pandemic-crime-cases-at-large"),
    # realeightytwo CF08's first sight: online gun trafficking after the fraud figures
    pytest.param("某省专项行动推进会\n2017-07-24 来源：某网\n行动以来，全省破获电信网络案件162起，阻止受骗转款1759万元。"
                 "破获网络贩枪案件5起，抓获犯罪嫌疑人6人。\n", id="online-gun-trafficking-after-fraud"),
    # realseventythree BW09's first sight: administrative cases after the criminal ones filed
    pytest.param("某区通报\n2020-03-01 来源：某网\n接到涉疫类诈骗警情58条，立刑案162起，行政案件5起，抓获16人。\n",
                 id="administrative-cases-beside-criminal-ones"),
])
def test_other_crimes_beside_fraud_are_not_counted(text: str) -> None:
    values = [v for _, v in facts(text)]
    assert 5 not in values and 6 not in values and 86 not in values and 48250000 not in values
    assert 162 in values or 58 in values


def test_extortion_names_no_fraud() -> None:
    # realseventysix BZ02's first sight: the 诈 of 敲诈勒索 put a 净网 round-up's extortion and
    # child-obscenity figures on fraud
    text = ("某专项行动成效\n2021-10-14 来源：某网\n今年以来，公安机关侦破侵犯公民个人信息案件3900余起；在打击电信网络诈骗和网络赌博犯罪行动中，"
            "侦破案件1.66万起。在打击“网络水军”行动中，公安机关对利用自媒体实施敲诈勒索违法犯罪活动进行重点打击，侦破案件190余起，"
            "抓获涉案人员1400余名；在另一行动中，严厉打击涉青少年网络淫秽色情违法犯罪，摧毁制作贩卖未成年人淫秽物品团伙4个。\n")
    values = [v for _, v in facts(text)]
    assert 16_600 in values
    assert 190 not in values and 1400 not in values and 4 not in values


def test_all_kinds_of_fugitives_are_no_fraud_result() -> None:
    text = ("某市破获一批重特大刑事案\n2020-11-26 来源：某网\n某市公安局行动以来，相继破获一大批重特大刑事案件。"
            "其中，抓获各类网上逃犯100名，冻结电信网络诈骗资金逾3亿元。\n")
    assert facts(text) == [("money_frozen", 300000000)]


def test_a_mixed_crime_group_named_with_诈_is_no_fraud() -> None:
    text = ("某市专班破获“诈毒赌”案件563起\n2023-11-02 来源：某网\n截至目前，某市集中攻坚专班已破获“诈毒赌”刑事案件563起，"
            "抓获嫌疑人912名，涉案金额达2.96亿余元。\n")
    assert facts(text) == []


def test_cyber_cases_in_general_are_no_fraud_result() -> None:
    text = ("某区打击网络犯罪\n2019-06-10 来源：某网\n今年以来，某区公安分局侦破涉网案件3453起，抓获犯罪嫌疑人357名。"
            "某区公安分局还破获电信网络诈骗案件12起。\n")
    assert facts(text) == [("cases_solved", 12)]
