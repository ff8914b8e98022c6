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
    pytest.param("某网吕梁2月5日电 记者从山西省吕梁市公安局获悉，吕梁警方依托山西公安大数据平台，侦破案件12起。\n",
                 "cases_solved", 12, ("山西省", "吕梁市"), id="province-police-as-a-modifier"),
    pytest.param("某县警方远赴外省\n某网 柳林县公安局民警远赴云南，在云南警方的配合下，抓获犯罪嫌疑人4名。\n",
                 "suspects_arrested", 4, ("山西省", "吕梁市"), id="partner-force-from-elsewhere"),
    pytest.param("某网上海5月25日电 上海警方披露一起案件。近日，上海警方与四川警方通力合作，捣毁窝点2个，抓获犯罪嫌疑人49人。\n",
                 "suspects_arrested", 49, ("上海市", "上海市"), id="partner-force-worked-with"),
    pytest.param("某铁路公安处破案\n2021-02-08 来源：某网\n呼和浩特铁路公安处联合江苏扬州警方，于去年10月打掉一个通过网络借贷软件实施诈骗的团伙，"
                 "抓获嫌疑人28名。\n",
                 "suspects_arrested", 28, ("内蒙古自治区", "呼和浩特市"), id="a-partner-named-with-its-province"),
    pytest.param("又是帮信 涉县公安抓获两名网上逃犯\n2024-03-02 来源：某网\n近日，重案中队精心研判，主动出击，"
                 "抓获2名涉嫌帮信罪被湖南警方网上追逃的犯罪嫌疑人。\n",
                 "suspects_arrested", 2, ("河北省", "邯郸市"), id="a-force-that-only-describes-the-people-counted"),
    pytest.param("宁远县公安局集中收网\n2023-12-31 来源：某网\n12月29日，宁远县公安局对盘踞在外省的一个洗钱团伙进行集中收网。\n"
                 "29日凌晨，两地警方共计三百余名警力在清远市公安局清城区分局集合，40个小组同时出击，成功抓获犯罪嫌疑人58人。\n",
                 "suspects_arrested", 58, ("湖南省", "永州市"), id="a-force-where-the-police-gathered"),
    pytest.param("山西警方打掉跨省电信诈骗团伙\n2019-05-28 来源：某网\n记者28日从山西省忻州市公安局获悉，"
                 "当地警方打掉一个跨省电信诈骗团伙。\n目前，6名犯罪嫌疑人已被警方依法刑事拘留。\n",
                 "suspects_detained", 6, ("山西省", "忻州市"), id="a-province-headline-over-one-citys-case"),
    pytest.param("山西警方打掉跨省电信诈骗团伙\n2019-05-28 来源：某网\n记者从山西省公安厅获悉，全省公安机关开展集中收网行动。"
                 "忻州市公安局派员参加。\n行动共抓获犯罪嫌疑人120名。\n",
                 "suspects_arrested", 120, ("山西省", None), id="a-province-headline-over-the-provinces-own-work"),
    pytest.param("某区破获两卡案件\n某网6月13日电 日前，呼伦贝尔市海拉尔公安分局反诈中心破获2起涉“两卡”案件。\n"
                 "分局反诈中心联合新城分局开展集中收网行动，6月7日，在海拉尔区某宾馆内将11名团伙成员抓获。\n",
                 "suspects_arrested", 11, ("内蒙古自治区", "呼伦贝尔市"), id="a-partner-branch-named-like-a-district-of-another-city"),
    pytest.param("某县破获帮信案\n近日，东乡县公安局成功破获一起帮助信息网络犯罪案，抓获犯罪嫌疑人2名。\n"
                 "2月1日，东乡县公安局反诈民警发现，马某名下银行卡交易异常，并于当日从广河县将2人抓获。\n",
                 "suspects_arrested", 2, ("甘肃省", "临夏回族自治州"), id="an-ambiguous-county-settled-by-a-county-named-later"),
    pytest.param("某省通报\n2025-12-28 来源：某网\n全省破获案件27起。11月底，济宁市、县两级公安机关联动，打掉一个电诈团伙。"
                 "截至目前，已抓获涉案嫌疑人1500余人。\n",
                 "suspects_arrested", 1500, ("山东省", "济宁市"), id="a-city-and-its-counties-forces"),
    pytest.param("某省通报\n2020-02-27 来源：某网\n江苏警方一个月来破获此类案件429起。\n"
                 "2月10日晚，徐州市公安局大龙湖分局接群众李某报警，称被骗定金45.2万元。\n",
                 "victim_loss", 452_000, ("江苏省", "徐州市"), id="a-branch-named-only-in-part-elsewhere-is-the-citys"),
    pytest.param("某网12月19日讯 今年10月，上海浦东警方接到报案。上海公安随即成立专案组。最终，在公安部指挥和柬埔寨警方的协助下，"
                 "成功捣毁这个电信诈骗窝点，当场抓获犯罪嫌疑人21名。\n",
                 "suspects_arrested", 21, ("上海市", "上海市"), id="the-ministry-directed-a-partner-helped"),
    pytest.param("某市反诈成绩单\n2022-02-10 来源：某网\n2021年，日照市公安局破获电信网络诈骗案件1123起。"
                 "该局在全省率先开通96110预警劝阻专线，全年共冻结账号3218个。\n",
                 "accounts_frozen", 3218, ("山东省", "日照市"), id="first-in-the-province-is-a-ranking"),
    pytest.param("某市通报\n某网 今年以来，九江市公安机关共破获公安部挂牌督办案件2起。\n",
                 "cases_solved", 2, ("江西省", "九江市"), id="ministry-named-in-passing"),
    pytest.param("某省通报跨境诈骗案\n某网讯 湖南省公安厅召开新闻发布会，宣布侦破一起跨境诈骗案，抓获38名嫌疑人。\n"
                 "今年1月，湖南省汨罗市公安局接到受害人报警，当地公安立即成立专案组。\n",
                 "suspects_arrested", 38, ("湖南省", "岳阳市"), id="case-force-under-a-provincial-announcement"),
    pytest.param("网络虚假销售口罩诈骗12万元\n某网讯 2月1日起，浙江警方全面启动打击涉疫情诈骗专项行动，截至2月10日，"
                 "专项行动共侦破涉疫情诈骗案212起、抓获嫌疑人98名。\n2月3日，杭州警方接南京警方紧急线索称，当地发生一宗"
                 "网络虚假销售口罩诈骗案，请求杭州警方协助。杭州警方当晚在宾馆抓获两名嫌疑人。杭州警方随后又追回赃款。\n",
                 "cases_solved", 212, ("浙江省", None), id="a-provinces-police-open-the-lead-with-totals-before-examples"),
    pytest.param("警方与银行联手止付\n泉州晚报讯(记者某某)今日上午，市反诈骗中心通报了泉州2016年反诈骗情况。\n"
                 "去年该中心共受理成案3598起，涉案金额4094.6万元。\n",
                 "cases_filed", 3598, ("福建省", "泉州市"), id="the-citys-anti-fraud-centre-by-its-longer-name"),
    pytest.param("湖北破获特大电信诈骗案\n某社武汉11月30日电 记者日前从湖北省宜昌市远安县公安局了解到，当地警方破获一特大电信诈骗案，"
                 "抓获犯罪嫌疑人21名。\n11月3日，远安县公安局50余名警力对该团伙进行收网。\n"
                 "经查，21名犯罪嫌疑人因涉嫌诈骗罪被警方刑事拘留。\n",
                 "suspects_detained", 21, ("湖北省", "宜昌市"), id="a-province-named-as-the-headlines-subject-for-a-county-force"),
    pytest.param("某报客户端\n2021-03-02\n老人说，下午接到自称是“广州市公安局”的人的来电。\n"
                 "民警耐心劝说，成功拦截，保住事主80余万元。\n在此海淀警方提示：凡是自称公检法让你转账的，都是诈骗。\n",
                 "money_recovered", 800_000, ("北京市", "北京市"), id="the-force-a-fraudster-poses-as-is-no-force"),
    pytest.param("某号首页 > 正文\n快递理赔来电?\n警惕冒充客服诈骗\n0\n分享至\n来源：某新闻\n"
                 "诈骗手段不断翻新，让人防不胜防。6月2日，湖南省公安厅通报了一起冒充客服类诈骗真实案例。\n"
                 "接到报警后，长沙市公安局岳麓分局迅速成立专案组开展调查。\n6月5日，民警成功将5名犯罪嫌疑人抓获。\n",
                 "suspects_arrested", 5, ("湖南省", "长沙市"), id="case-force-under-a-provincial-announcement-after-a-mirrors-counters"),
    pytest.param("某网讯 大庆市组建反诈中心后，大庆市警方紧急止付资金，冻结资金180余万元。"
                 "大庆市民警还抓获嫌疑人59名，其中3人转交东莞公安局。\n",
                 "money_frozen", 1800000, ("黑龙江省", "大庆市"), id="most-named-place-wins-across-provinces"),
    pytest.param("发案下降\n在全国电诈发案上升趋势中，我市今年电诈发案在去年下降的基础上，仍下降12.5%。\n"
                 "独山子区召开推进会。截至4月，市反诈中心劝阻14名被骗群众，挽回经济损失190.26万元。\n",
                 "money_recovered", 1_902_600, ("新疆维吾尔自治区", "克拉玛依市"), id="our-city-named-only-by-a-district"),
    pytest.param("某网太原3月2日电 记者从太原市公安局获悉，近日连续侦破12起山西省公安厅督办的电诈案件，抓获嫌疑人20名。\n",
                 "suspects_arrested", 20, ("山西省", "太原市"), id="named-province-that-only-supervised"),
    # realeightyone CE09's first sight: the ministry that only oversaw the case took the city's figures
    pytest.param("某网记者 某某\n记者29日从佛山警方了解到，近日在省公安厅统一协调指挥下，佛山市公安局组织1100余名警力开展专案收网行动。"
                 "行动成功侦破公安部督导的以杨某为首的诈骗团伙案，13名骨干成员全部落网，侦破案件26宗。\n",
                 "cases_solved", 26, ("广东省", "佛山市"), id="the-ministry-that-only-oversaw"),
    pytest.param("某省通报\n2020-08-06 来源：某网\n某省公安厅6日通报专项行动成效，全省公安机关共侦破涉网犯罪案件4752起。\n"
                 "在涉疫情网络违法犯罪方面，某省警方侦办涉疫网络诈骗案件793起。南京侦破一起非法获取公民个人信息案。\n"
                 "此外，警方集中打击网络黑灰产违法犯罪，共侦破帮助信息网络犯罪案93起，抓获犯罪嫌疑人548人。\n",
                 "suspects_arrested", 548, ("江苏省", None), id="the-next-item-of-a-report-is-not-the-case-told-before-it"),
    pytest.param("本报北京8月28日电。(记者某某)近日，公安部组织指挥多省多市公安机关同步开展集中收网行动，"
                 "成功抓获各类涉诈违法犯罪嫌疑人1.3万名，捣毁犯罪窝点460余个。\n公安机关发现，诈骗分子大部分藏匿在境外。\n",
                 "suspects_arrested", 13000, (None, None), id="a-nationwide-lead-after-a-dateline-split-off-as-a-sentence"),
    # realseventyfour BX03's first sight: the mirror's stamp was read as the lead, and a guest
    # 公安厅 on the podium took the nation's figures
    pytest.param("时间:2019-12-26 17:24:11次数:3814\n公安部12月25日在京召开新闻发布会，通报全国公安机关开展专项行动工作情况。"
                 "公安部刑事侦查局局长某某、某省公安厅刑侦总队总队长某某出席发布会。\n"
                 "行动开展以来，全国破获电信网络诈骗案件11.8万起，抓获犯罪嫌疑人9.9万名。\n".replace("某省", "河南省"),
                 "suspects_arrested", 99000, (None, None), id="a-nationwide-lead-after-a-mirrors-page-stamp"),
    pytest.param("某市反诈成绩\n某网3月16日电 近日，德阳市公安局发布消息。2023年破获案件数居全省前列，侦办专案抓获嫌疑人150人。\n",
                 "suspects_arrested", 150, ("四川省", "德阳市"), id="a-ranking-in-the-province-is-no-force"),
    pytest.param("某网3月19日讯 涉诈嫌疑人被押解回来。\n2月初，兰州市公安局城关分局接到报案。\n"
                 "城关分局迅速成立专案组。城关分局民警分赴多地。\n专案组集中收网，现场抓获嫌疑人60人。\n",
                 "suspects_arrested", 60, ("甘肃省", "兰州市"), id="ambiguous-branch-settled-by-the-first-force"),
    pytest.param("我县召开推进会\n云上汉川报道 4月21日，我县召开打击治理电信网络诈骗推进会。会议通报，今年以来，"
                 "全县破获电信网络诈骗案件11起。\n",
                 "cases_solved", 11, ("湖北省", "孝感市"), id="our-county-named-only-by-the-outlet"),
    # realseventysix BZ01's first sight: 神农架林区 is a city-level 林区; its force says only 林区公安局
    pytest.param("某行动新战果\n神农架融媒体中心(记者 某某)近日,林区公安局持续推进专项行动,取得新战果。\n"
                 "今年以来,林区公安局破获电信网络诈骗案件19起,打掉“跑分”团伙3个。\n",
                 "cases_solved", 19, ("湖北省", "神农架林区"), id="a-forest-districts-own-force-named-by-its-outlet"),
    # realeightyfour CH08's first sight: the ministry's own work group reports the nation's result,
    # not the city's that found the lead
    pytest.param("74名电诈嫌疑人从马来西亚押解回国\n今年8月，湖北襄阳公安机关在侦办一起电信网络诈骗案时发现线索。"
                 "公安部对此高度重视，即派工作组赴马来西亚，开展专案侦查打击。\n"
                 "在中国驻马使馆积极协调下，工作组联手马警方先后采取三次联合行动，共抓获74名犯罪嫌疑人。\n",
                 "suspects_arrested", 74, (None, None), id="the-ministrys-work-group-reports-the-nations-result"),
    # realonehundredten DI02's first sight: 我工作组 is the ministry's group too (the ministry's
    # bureau led three provinces' officers)
    pytest.param("74名嫌犯从境外押解回国\n今年2月以来，湖南省浏阳市连续发生多起网络敲诈勒索案。"
                 "案情上报后，公安部刑侦局派员率湖南、四川、河南公安机关民警组成工作组赴境外，追查犯罪窝点。\n"
                 "7月1日，我工作组联合当地警方开展集中收网行动，一举捣毁12个犯罪窝点，抓获犯罪嫌疑人74名。\n",
                 "suspects_arrested", 74, (None, None), id="our-work-group-sent-by-the-ministry"),
    # guard: a province's own group that went with the ministry's keeps its province
    pytest.param("河南警方远赴老挝端掉电信诈骗窝点\n12.01.2018  18:46\n1月12日，我省公安机关在公安部的指挥下，成功将在老挝抓获的嫌疑人押解回国。\n"
                 "省公安厅接到案情上报后高度重视。在公安部的统一部署下，我省成立专门工作组在公安部带领下前往老挝。"
                 "工作组充分利用国际警务合作机制，抓获团伙成员41名。\n",
                 "suspects_arrested", 41, ("河南省", None), id="a-provinces-own-work-group-keeps-its-province"),
    # realeightyfour CH05's first sight: 我省公安 is the province's own force, and a case size it
    # states is the province's, not the last city's the paragraph named
    pytest.param("18名缅北电诈嫌疑人被押解回温\n此次押解行动由省公安厅刑侦总队牵头，宁波、温州、台州市公安局成立工作组赴云南押解148名嫌疑人。"
                 "经排查，其他犯罪嫌疑人系我省公安承接侦查，与我省关联案件涉案金额达3000余万元。\n",
                 "money_involved", 30_000_000, ("浙江省", None), id="our-provinces-police-and-its-cases-size"),
    # realeightyseven CK02's first sight: a quote's figures belong to the speaker's force named
    # right after it, not to the force of the paragraph before
    pytest.param("英雄模范与中外记者交流\n本报北京5月27日讯（记者某某）国务院新闻办公室日前举行中外记者见面会。\n"
                 "北京市公安局房山分局某检查站原站长某某介绍，去年该站共查获犯罪嫌疑人630余名。\n"
                 "“3年来，我和战友们侦破电信网络诈骗案件3000余起，止损2亿余元。”上海市公安局浦东分局刑侦支队九队队长某某是一名反诈一线刑警。\n",
                 "cases_solved", 3000, ("上海市", "上海市"), id="a-quotes-figures-belong-to-the-speakers-force-named-after-it"),
    # realeightyfour CH11's first sight: the force contacted (与…取得联系) helps; the caller acts
    pytest.param("冒充老板诈骗600万元被全部止付\n某日报讯 去年4月28日，奚先生被冒充公司老总的嫌疑人骗走600万元，赶紧报警。\n"
                 "宁波市反诈中心接到警情后立即采取措施，再与广州市反诈中心取得联系，成功止付一级涉案银行账户内119万余元。\n",
                 "money_stopped", 1_190_000, ("浙江省", "宁波市"), id="a-force-contacted-for-help-is-a-partner"),
    # realnineteen N08: a force reached through (通过) for its help works for the teller
    pytest.param("某区反诈联勤组追回被骗资金\n近日，重庆市永川区公安分局反诈联勤组快速查扣涉案资金。"
                 "11月7日，联勤组通过广东佛山市公安局南海分局远程协作，由唐某某通过银行将该笔15万资金顺利退还给被害人黄某某。\n",
                 "money_recovered", 150_000, ("重庆市", "重庆市"), id="a-force-reached-through-for-help-is-a-partner"),
    # realeightysix CJ05's first sight: the border police seated in a city are that city's force
    pytest.param("“三位一体”反诈守护群众财产\n来源:某报 | 发布时间: 2025-04-23 10:05\n为应对电信网络诈骗新形势，"
                 "丹东边境管理支队一经街边境派出所立足辖区特点，今年初至今累计阻断诈骗案件23起，挽回群众损失超20万元。\n",
                 "money_recovered", 200_000, ("辽宁省", "丹东市"), id="a-border-police-unit-is-its-citys-force"),
    pytest.param("国内 来源:富阳日报 时间:2022-10-17 08:32:44\n前不久，市民金先生跑进城东派出所报警，称转出49万元给朋友后对方失联。"
                 "民警迅速行动，49万元被成功止付冻结。\n",
                 "money_frozen", 490_000, ("浙江省", "杭州市"), id="a-station-of-the-outlets-own-district"),
    pytest.param("铁路公安机关破案2188起\n2021-02-08 来源：某网\n记者从公安部铁路公安局获悉，全国铁路公安机关加大打击力度。"
                 "衡阳铁路公安处协调联系哈尔滨、武汉等11个铁路公安局的17个公安处，于去年11月捣毁一个诈骗团伙，抓获嫌疑人60余名。\n",
                 "suspects_arrested", 60, ("湖南省", "衡阳市"), id="a-railway-police-office-seated-in-a-city"),
    pytest.param("焦点> 社会> 正文\n女子遭遇电信诈骗 民警追回钱款\n西安晚报 2019-11-09 03:39 大字\n"
                 "本报讯(记者某某)11月8日上午，长乐中路派出所民警将追回的49012元现金返还给受害人白女士。\n",
                 "money_recovered", 49_012, ("陕西省", "西安市"), id="a-station-of-a-city-outlets-city-its-district-unsaid"),
    pytest.param("会计被冒充老总诈骗\n潍坊新闻网5月6日讯 高新区一家公司的会计王女士按照“老总”要求陆续将公司140万元转账给对方。"
                 "接到报案后，市区两级公安机关迅速启动合成作战机制。4月中旬，9名犯罪嫌疑人全部落网。\n",
                 "suspects_arrested", 9, ("山东省", "潍坊市"), id="the-citys-two-levels-of-police-under-its-outlet"),
    pytest.param("反诈中心运行三年\n昨日，省公安厅会同市公安局召开新闻通气会，现场向12名事主返还被骗资金共计280万元。\n"
                 "我省建立了反诈骗中心，其中，绵阳市反诈骗中心是实战化支点。\n",
                 "money_recovered", 2_800_000, ("四川省", None), id="the-provinces-own-force-leads-unnamed"),
    pytest.param("今年上半年全省共破获电诈案件2100起\n中国青海网9月22日讯 报告显示，今年上半年，全省共破获电信网络诈骗案件2100起。"
                 "西宁、海东等地打击治理工作成效明显。\n",
                 "cases_solved", 2100, ("青海省", None), id="whole-province-with-the-outlets-province"),
    # no force named, 市公安局 only: the city the body names most, a county's mention counting
    # for its city (海陵区 is also 泰州's; 阳东区 and 阳江市 are 阳江's)
    pytest.param("守护好人民群众的钱袋子\n市公安局刑警支队六大队2017年以来侦破电信网络诈骗案件688起。\n"
                 "有事主报警称，其位于海陵区闸坡镇的住宅被盗，民警在阳东区将嫌疑人抓获。\n"
                 "市公安局刑警支队六大队在阳江市召开总结会。\n",
                 "cases_solved", 688, ("广东省", "阳江市"), id="the-city-the-body-names-most-counting-its-counties"),
    pytest.param("市公安机关“雷霆四号”行动成效显著\n北方网讯：记者从市公安局了解到，全市公安机关开展专项行动取得明显成效，"
                 "对群众受骗后立即采取止付措施，止付金额达1.61亿元。\n",
                 "money_stopped", 161_000_000, ("天津市", "天津市"), id="a-municipalitys-outlet-gives-its-city"),
    pytest.param("凉州公安破获专案\n近日，凉州公安“5·20”专案组押解嫌疑人归来。\n此后，专案组分别在广东惠州、福建福州、"
                 "四川成都捣毁3处窝点，共抓获犯罪嫌疑人12名。\n",
                 "suspects_arrested", 12, ("甘肃省", "武威市"), id="places-listed-after-zai-are-where"),
    pytest.param("某分局退赃\n当日，常州市公安局金坛分局在滨湖派出所举行集中退赃仪式，将追回的12万余元返还被骗群众。\n",
                 "money_recovered", 120_000, ("江苏省", "常州市"), id="a-police-station-named-like-a-district-elsewhere"),
    pytest.param("某省通报\n某网讯 今年以来，全省公安机关破获案件900起。\n今年5月，宁波市公安局鄞州分局民警发现境外诈骗团伙线索，成立专案组。\n"
                 "近日，省市区三级公安部门在多地抓获该团伙嫌疑人25人。\n",
                 "suspects_arrested", 25, ("浙江省", "宁波市"), id="joint-levels-are-the-case-force"),
    pytest.param("某省警方收网\n某网讯 记者从湖南省公安厅获悉，湖南警方对两起特大电信网络诈骗专案展开收网行动，捣毁窝点60余个。\n"
                 "2016年10月，岳阳警方接到报案，称其被骗10万元。\n",
                 "dens_destroyed", 60, ("湖南省", None), id="two-cases-are-no-single-case-story"),
    pytest.param("某市破获跨境刷单诈骗案\n今年8月，我市朝阳区等地相继发生刷单诈骗案件。\n"
                 "面对电信网络新型犯罪，长春市反电信网络新型违法犯罪中心与全市各级公安机关零容忍。今年以来，"
                 "全市公安机关共抓获电诈嫌疑人600余人。\n",
                 "suspects_arrested", 600, ("吉林省", "长春市"), id="anti-fraud-centre-by-its-full-name"),
    pytest.param("某县通报\n某网讯 在运城市公安局的统一指挥下，闻喜县公安局破获电诈案件9起。\n",
                 "cases_solved", 9, ("山西省", "运城市"), id="named-city-that-only-directed"),
    # a branch named under its city's force, then bare: 东湖区 is a district of 南昌, not of 大庆
    pytest.param("近日，大庆市公安局东湖分局打掉一涉诈取现团伙。\n12月末，东湖分局接到居民报警，随后将5名嫌疑人抓获。\n",
                 "suspects_arrested", 5, ("黑龙江省", "大庆市"), id="a-bare-branch-named-under-its-city-earlier"),
    pytest.param("某地警方破获交友诈骗案\n某网讯 常州市反诈骗中心对案件线索进行调查。在河北沧州警方的帮助下，民警确定嫌疑人落脚点。"
                 "两地警方通力合作，将98名诈骗嫌疑人抓捕归案。\n",
                 "suspects_arrested", 98, ("江苏省", "常州市"), id="a-force-whose-help-was-had"),
    pytest.param("某地警方打掉交友诈骗团伙\n某网讯 某市民向深圳市光明警方报案。\n经公安部协调，从正在外地工作的佛山警方抽调警力，"
                 "协助专案组收网。1月9日晚，专案组一举打掉该团伙，刑拘涉案人员60人。\n",
                 "suspects_detained", 60, ("广东省", "深圳市"), id="a-force-officers-were-drawn-from"),
    pytest.param("您好，欢迎您来到某城之窗（邯郸）！\n警方端掉伪基站窝点\n来源:长江网-长江日报 2017-02-21\n"
                 "市公安局轨道交通管理分局民警打掉“伪基站”窝点，赴湖南娄底市抓获主要嫌疑人胡某，"
                 "连根打掉这一诈骗300余万元的犯罪团伙，均为我省同类案件之最。\n",
                 "money_involved", 3_000_000, ("湖北省", "武汉市"), id="a-reposted-city-story-not-the-hosts-town"),
    pytest.param("谨防“民族资产解冻”类诈骗\n某社兰州1月28日电 甘肃警方近日破获一起特大电信诈骗案件，抓获犯罪嫌疑人40余名。\n"
                 "2019年9月初，甘肃省嘉峪关市公安局在工作中发现有市民参与诈骗犯罪活动，警方迅速成立专案组。\n"
                 "专案组于10月10日成功收网，捣毁诈骗活动窝点2个。\n",
                 "dens_destroyed", 2, ("甘肃省", "嘉峪关市"), id="a-provinces-case-a-city-force-found-in-its-work"),
    pytest.param("某省通报\n某网讯 记者从公安部获悉，广东警方抽调3000余名警力开展收网，抓获犯罪嫌疑人500名。\n",
                 "suspects_arrested", 500, ("广东省", None), id="a-source-of-news-is-no-force-officers-were-drawn-from"),
    pytest.param("某省通报\n某报讯 我省公安机关打击电诈成效明显，全省破获案件3000起。其中，市公安局刑侦支队发挥了重要作用。\n来源:四川日报\n",
                 "cases_solved", 3000, ("四川省", None), id="a-city-branch-named-in-passing-leaves-the-province"),
    pytest.param("某市通报\n某网讯 天水市公安局提示市民，如发现可疑情况及时报警。\n武威市公安局迅速成立专案组，抓获犯罪嫌疑人40名。\n",
                 "suspects_arrested", 40, ("甘肃省", "武威市"), id="a-force-warning-what-to-report-found-no-case"),
    # a case story headlined by the province (宁夏警方破获一起…) whose lead names the city force that solved it
    pytest.param("原标题:宁夏警方破获一起特大电信网络诈骗案\n\n某网银川10月17日电 记者17日从宁夏吴忠市公安局获悉,吴忠警方于近日破获一起"
                 "特大电信网络诈骗案。\n\n10月14日,专案组统一开展行动,成功抓获犯罪嫌疑人张某某、李某某3人。\n",
                 "suspects_arrested", 3, ("宁夏回族自治区", "吴忠市"), id="a-case-story-solved-by-a-city-under-a-province-headline"),
    pytest.param("在当今社会，电信诈骗严重威胁着人们的财产安全。\n近日，珠海市香洲区就发生了这样一起反诈追赃事件。\n"
                 "王女士在客服提供的银行账户转账50000元。接到报案后，反诈中心民警紧急止付冻结。\n",
                 "victim_loss", 50_000, ("广东省", "珠海市"), id="a-page-naming-no-force-takes-where-its-story-happened"),
    pytest.param("在当今社会，电信诈骗严重威胁着人们的财产安全。\n近日，珠海市香洲区就发生了这样一起诈骗案。\n"
                 "王女士向对方转账50000元。接到报案后，中山市公安局民警紧急止付冻结。\n",
                 "victim_loss", 50_000, ("广东省", "中山市"), id="where-a-story-happened-yields-to-a-named-force"),
    # review of ebefdb7: a place named otherwise, a second story elsewhere, a page on its own force
    pytest.param("在当今社会，电信诈骗严重威胁着人们的财产安全。\n近日，家住珠海市香洲区的王女士遭遇刷单诈骗。\n"
                 "王女士向对方转账50000元。接到报案后，反诈中心民警紧急止付冻结。\n",
                 "victim_loss", 50_000, (None, None), id="a-victims-home-is-no-place-where-the-story-happened"),
    pytest.param("反诈民警守护群众钱袋子\n近日，我局反诈中心民警成功劝阻一起刷单诈骗，避免损失5万元。\n"
                 "无独有偶，杭州也发生了一起类似案件，受害人被骗8万元。\n今年以来，我局共劝阻潜在受害群众1200余人。\n",
                 "people_dissuaded", 1200, (None, None), id="a-story-that-happened-elsewhere-too-sets-no-place"),
]


@pytest.mark.parametrize(("text", "metric", "value", "region"), REPORTING_FORCE)
def test_reporting_force(text, metric, value, region) -> None:
    f = only(parse_text(text), metric, value)
    assert (f.province, f.city) == region


def test_a_case_whose_force_is_named_in_the_next_sentence() -> None:
    # realeightysix CJ01's first sight: a ministry-supervised case (公安部部督) told first, its
    # own force named in the next sentence (该起案件由…分局…主导侦破), not the first of the page
    doc = parse_text("英模简介\n在表彰大会上，重庆市沙坪坝区公安分局某派出所所长某某、渝北区公安分局刑侦支队副支队长某某获得殊荣。\n"
                     "2016年10月18日，一起公安部部督系列电信网络诈骗案告破，30余名犯罪嫌疑人被抓获。"
                     "该起案件由重庆市公安局渝北区分局刑侦副支队长某某主导侦破。\n")
    assert {(f.value, f.province, f.county) for f in doc.facts} == {(30, "重庆市", "渝北区")}


def test_a_paragraph_taken_for_a_title_is_no_nationwide_title() -> None:
    from parsers.gazetteer import load_gazetteer
    from parsers.reporting import document_place
    from parsers.units import Sentence
    gaz = load_gazetteer()
    body = [Sentence(0, 0, 0, 0, "2020-06-07 22:54:08 来源：某网"),
            Sentence(0, 1, 0, 0, "记者7日从银川市公安局获悉，银川市公安机关打掉一个诈骗团伙。")]
    paragraph = ("该团伙利用疫情期间全国广大中小学生上网课能接触手机的现状，针对防骗意识差的中小学生，"
                 "通过社交软件以发红包返利等方式骗取其信任后，再通过发送二维码让中小学生扫码支付，从而骗取其钱财。")
    assert document_place(body, paragraph, gaz).name == "银川市"
    assert document_place(body, "全国公安机关通报电诈战果", gaz) is None


def test_ministry_department_is_not_the_ministry() -> None:
    """公安部门 (the police, generally) is not 公安部 (the Ministry): no nationwide figure."""
    doc = parse_text("百色警方打掉团伙\n百色市公安局会同县级公安部门一举摧毁犯罪团伙12个。\n")
    f = only(doc, "gangs_busted", 12)
    assert (f.province, f.city) == ("广西壮族自治区", "百色市")


# Kind 7: periods on real pages.
PERIODS = [
    pytest.param("某市通报\n2019-03-02 来源：某网\n2018年，全市公安机关破获案件300起。一年来，共抓获犯罪嫌疑人120名。\n",
                 "suspects_arrested", 120, ("2018-01-01", "2018-12-31"), id="one-year-since-in-year-end-report"),
    pytest.param("某区通报\n2024-01-20 来源：某网\n2023全区共立电诈案件512起，同比下降3%。\n",
                 "cases_filed", 512, ("2023-01-01", "2023-12-31"), id="bare-year-without-nian"),
    pytest.param("某市通报\n2016-06-10 来源：某网\n专项行动开展5个月以来，截至5月底，全市共破获案件66起。\n",
                 "cases_solved", 66, ("2016-01-01", "2016-05-31"), id="n-months-ending-month-end"),
    pytest.param("某旗通报\n2022-06-03 来源：某网\n依法将今年前5个月追回的30万余元发还群众。\n",
                 "money_recovered", 300000, ("2022-01-01", "2022-05-31"), id="first-n-months-of-this-year"),
    pytest.param("某省通报\n2018-07-16 来源：某网\n今年上半年，全省共破获案件200起。\n\n"
                 "与此同时，全省警方还通过劝阻为群众避免损失300余万元。\n",
                 "money_recovered", 3000000, ("2018-01-01", "2018-06-30"), id="next-paragraph-goes-on-with-same-report"),
    pytest.param("某市严打电诈\n2017-06-06 来源：某报\n今年以来，市公安局打掉诈骗团伙6个。\n\n另有专题报道。\n\n"
                 "截至目前，全市共抓获犯罪嫌疑人70人。\n",
                 "suspects_arrested", 70, ("2017-01-01", "2017-06-06"), id="so-far-refers-to-lead-window"),
    pytest.param("某省通报\n2023-03-20 来源：某网\n2022年，全省公安机关共破获案件900起。\n\n"
                 "全省公安机关强力推进专项行动，共打掉团伙28个。\n",
                 "gangs_busted", 28, ("2022-01-01", "2022-12-31"), id="lead-year-holds-for-later-paragraphs"),
    pytest.param("某区通报\n2021-02-05 来源：某网\n某区反诈中心自2020年运行以来，成功冻结账户310个。\n",
                 "accounts_frozen", 310, ("2020-01-01", "2021-02-05"), id="since-an-event-of-a-year"),
    pytest.param("全国通报\n2022-01-04 来源：某网\n2021年，全国公安机关持续打击。截至2021年11月，共破获案件37万余起。\n",
                 "cases_solved", 370000, ("2021-01-01", "2021-11-30"), id="year-cut-off-by-until"),
    pytest.param("某州通报\n2021-08-25 来源：某网\n2021年初以来，某州公安机关侦破案件54起。\n",
                 "cases_solved", 54, ("2021-01-01", "2021-08-25"), id="since-the-start-of-a-year"),
    pytest.param("某市返还\n2021-12-10 来源：某网\n今年上半年已返还两次。今天，某市公安局又对300万元涉案资金进行了集中返还。\n",
                 "money_recovered", 3000000, ("2021-12-10", "2021-12-10"), id="today-is-the-publication-day"),
    pytest.param("某市通报\n2017-07-18 来源：某网\n截止到6月30日，全市共立电信网络诈骗案件545起。\n",
                 "cases_filed", 545, ("2017-01-01", "2017-06-30"), id="until-a-day-without-window-is-year-to-date"),
    pytest.param("a级免费在线观看,精品视频,在线观看直播\n全国通报\n发布时间:2022-01-04\n"
                 "记者从公安部获悉，2021年，全国公安机关持续打击。截至2021年11月，共破获案件37万余起。\n"
                 "据了解，全国公安机关共紧急拦截涉案资金3000亿元。\n",
                 "money_stopped", 300_000_000_000, ("2021-01-01", "2021-11-30"), id="lead-window-cut-off-holds-later"),
    pytest.param("某市返还\n本报讯 12月9日，记者从某市表彰大会上获悉。2025年至今，抓获嫌疑人66名。\n"
                 "在表彰大会上，某市公安局向受害群众代表返还1000余万元涉诈资金。\n",
                 "money_recovered", 10_000_000, ("2025-12-09", "2025-12-09"), id="money-returned-at-the-ceremony"),
    pytest.param("某区返还资金\n2023-03-01 来源：某网\n2月27日，某区公安局举行集中返还仪式，将近期破案追回的58万元集中返还给群众。\n",
                 "money_recovered", 580_000, ("2023-02-27", "2023-02-27"), id="ceremony-day-beats-a-vague-word"),
    pytest.param("全国通报\n2018-11-30 来源：某网\n自2015年11月开展专项行动以来，全国共破获案件31万起。\n\n"
                 "专项行动开展以来，公安部先后组织各地捣毁境外窝点216个。\n",
                 "dens_destroyed", 216, ("2015-11-01", "2018-11-30"), id="campaign-since-refers-to-lead"),
    pytest.param("某县公安局5月警情通报\n本月全县共立电信网络诈骗案27起。\n\n典型案例：2024年5月19日，某镇居民被骗3万元。\n",
                 "cases_filed", 27, ("2024-05-01", "2024-05-31"), id="undated-monthly-report-takes-the-year-it-writes"),
    pytest.param("某区三地战果\n2019-02-21 来源：某网\n春节期间，某区三地公安机关共摧毁团伙12个。\n\n"
                 "为做好春节期间打击工作，1月30日至2月19日，督导组赴三地督导。\n",
                 "gangs_busted", 12, ("2019-01-30", "2019-02-19"), id="named-window-dated-elsewhere"),
    pytest.param("某县公安局6月警情通报\n2023-07-03 来源：某网\n本月全县共立电诈案件31起，环比5月份22起，上升40.9%。\n",
                 "cases_filed", 22, ("2023-05-01", "2023-05-31"), id="month-compared-with-is-its-own-fact"),
    pytest.param("某市通报\n2018-11-02 来源：某网\n全市10月份发案明显下降，与9月份180起相比下降了30%。\n",
                 "cases_filed", 180, ("2018-09-01", "2018-09-30"), id="figure-inside-yu-xiangbi"),
    pytest.param("某省发布会\n2023-01-09 来源：某网\n2022年以来，某省公安机关共返还被骗资金4.1亿元。\n\n"
                 "为做好追赃挽损工作，某省公安机关多措并举。2022年，返还群众被骗资金4.1亿元，同比提升20%。\n",
                 "money_recovered", 410_000_000, ("2022-01-01", "2022-12-31"), id="repeat-dates-the-claim-tighter"),
    pytest.param("某市发布会\n2024-06-20 来源：某网\n6月20日，市政府召开新闻发布会。记者从会上获悉，今年截至目前，全市抓获嫌疑人3300余人。\n",
                 "suspects_arrested", 3300, ("2024-01-01", "2024-06-20"), id="this-year-until-now-after-a-dated-event"),
    pytest.param("某市2022年破获案件逾2万起\n2023-01-12 来源：某网\n记者12日从某市公安局获悉，过去一年，某市警方破获电诈案件2.1万余起。\n",
                 "cases_solved", 21000, ("2022-01-01", "2022-12-31"), id="the-past-year-in-a-january-page"),
    pytest.param("全国通报\n2026-01-08 来源：某网\n记者从发布会上获悉，2025年，全国公安机关共侦破案件20万起。\n\n"
                 "一是加大打击力度。近期公安机关又公开通缉了80名在逃人员。\n\n二是筑牢防护屏障。紧急止付涉诈资金1900万元。\n",
                 "money_stopped", 19_000_000, ("2025-01-01", "2025-12-31"), id="an-items-own-recent-event-does-not-pass-on"),
    pytest.param("某省通报\n2022-01-11 来源：某网\n数据显示，2021年某省共破电诈案件4.4万余起。\n\n"
                 "近年来，某省在打击治理工作中成果丰硕。副处长介绍，全省立电诈案件61000起，同比下降1%。\n",
                 "cases_filed", 61000, ("2021-01-01", "2021-12-31"), id="background-over-years-keeps-the-window"),
    pytest.param("某区1月警情\n2024年1月，某区共发电信网络诈骗案件30起。\n\n图片\n\n"
                 "从各派出所辖区看，发案数较高的地区有：城南8起，城北、城西各4起。\n",
                 "cases_filed", 8, ("2024-01-01", "2024-01-31"), id="a-monthly-bulletins-month-holds-for-its-rows"),
    pytest.param("公安部“云剑-2020”行动破获电诈案10.1万余起\n分享到: 发布时间:2020-7-17 09:40\n"
                 "今年4月，公安部部署全国公安机关开展“云剑-2020”行动。截至目前，共破获电信网络诈骗案件10.1万余起。\n\n"
                 "专项行动开展以来，全国公安机关共挽回经济损失600余亿元。\n",
                 "cases_solved", 101_000, ("2020-04-01", "2020-07-17"), id="an-operation-launched-in-a-month-runs-to-now"),
    pytest.param("某县警方打掉贩卡团伙\n某网 近日，某县警方打掉一个贩卖电话卡的团伙。\n"
                 "2020年11月20日19时许，三台县公安局反诈中心接到指令。\n接到指令后，刑警大队立即组织警力开展工作。\n"
                 "当晚22时许，办案民警在某酒店将7名犯罪嫌疑人抓获，当场查获手机卡2259张。\n",
                 "cards_seized", 2259, ("2020-11-20", "2020-11-20"), id="that-evening-is-the-day-in-force"),
    pytest.param("某县警方追回被骗资金\n某网讯 9月25日，某县公安局举行返还仪式。\n"
                 "事情要从9月22日说起。当天，大通县公安局刑侦大队接到预警，辖区居民已向嫌疑人指定账户转账15万元。\n"
                 "（《某报》2025年09月27日第A4版）\n",
                 "victim_loss", 150_000, ("2025-09-22", "2025-09-22"), id="that-day-is-the-day-just-told-of"),
    pytest.param("某县返赃大会\n2022-01-25 来源：某网\n近日，某县公安局破获多起电信网络诈骗案件。1月25日，某县公安局举行打击电信网络诈骗犯罪"
                 "返赃退赃大会，依法将近期追回的79万元现金发还给受害群众。\n",
                 "money_recovered", 790_000, ("2022-01-25", "2022-01-25"), id="money-handed-back-at-the-return-meeting"),
    pytest.param("某县公安发还涉案资金101万元\n发布日期:2023年03月21日\n本报讯 3月9日，某县公安局举行赃物集中发还仪式。"
                 "在发还仪式上，民警向受害群众发还被骗现金68万元。\n",
                 "money_recovered", 680_000, ("2023-03-09", "2023-03-09"), id="at-the-ceremony-dated-in-the-sentence-before"),
    pytest.param("某区反诈中心成立3个多月冻结资金1900万元\n2016-12-02 10:57:00 来源:某网\n"
                 "某网讯 12月1日，记者从自治区反电信网络诈骗中心获悉，自该中心成立以来，截至目前已成功冻结涉案资金1900万元。\n"
                 "今年8月29日，自治区反电信网络诈骗中心正式挂牌成立。\n",
                 "money_frozen", 19_000_000, ("2016-08-29", "2016-12-01"), id="since-the-centre-was-founded-on-a-day-the-text-gives"),
    pytest.param("某省反诈中心成立一年\n2017-10-05 来源:某网\n某网广州10月5日电 记者10月5日从某省公安厅获悉，某省反诈中心日前正式成立一年，"
                 "该中心一年来，共劝阻受骗事主7.9万人。\n2016年，某省高位布局，并于当年9月30日在全国率先建成省、市两级反诈中心。\n",
                 "people_dissuaded", 79_000, ("2016-09-30", "2017-10-05"), id="a-centres-first-year-since-the-day-it-was-built"),
    pytest.param("某省反诈成效\n2018-10-23 来源:某网\n自2018年3月9日公安部启用预警拦截功能以来，开展劝阻8312次。"
                 "某省反诈中心成立以来，共冻结涉案资金8177.66万元。\n",
                 "money_frozen", 81_776_600, (None, None), id="a-features-launch-is-no-centres-founding"),
    pytest.param("公安部推进云剑行动\n分享到: 发布时间:2020-7-17 09:40\n某网北京7月16日电 公安部16日召开“云剑-2020”行动推进会。\n\n"
                 "今年4月，公安部部署全国公安机关开展“云剑-2020”行动。\n\n"
                 "专项行动开展以来，全国公安机关为群众直接避免和挽回经济损失600余亿元。\n",
                 "money_recovered", 60_000_000_000, ("2020-04-01", "2020-07-17"),
                 id="since-the-operation-began-takes-the-pages-one-operation-window"),
    pytest.param("某省冬季守护成效\n2025年11月25日，省公安厅部署开展“冬季守护”专项工作。\n"
                 "据省公安厅2025年12月26日统计，“冬季守护”专项工作开展以来，全省警情同比下降6.11%。全省共抓获电诈犯罪嫌疑人3454人。\n",
                 "suspects_arrested", 3454, ("2025-11-25", "2025-12-26"),
                 id="since-a-launch-day-to-the-day-of-the-count-for-the-paragraph"),
    pytest.param("某市晒反电诈成绩单\n时间:2021-03-12 09:50 来源:某网\n某市3月10日电 记者10日从某市公安局获悉，2020年，全市共破获电信网络诈骗案件984起。"
                 "3月10日，市公安局刑侦支队举行资金返还仪式，向电诈受害群众返还被骗资金共计263余万元。\n",
                 "money_recovered", 2_630_000, ("2021-03-10", "2021-03-10"), id="a-day-just-before-a-review-page-is-the-pages-year"),
    pytest.param("某区通报\n2025-02-10 来源：某网\n2024年12月末，某区公安分局接到报警。1月3日至5日，民警将8名嫌疑人抓获。\n",
                 "suspects_arrested", 8, ("2025-01-03", "2025-01-05"), id="a-story-from-december-runs-into-january"),
    pytest.param("某区通报\n2024-12-20 来源：某网\n2024年12月初，某区公安分局接到报警。1月3日，民警将8名嫌疑人抓获。\n",
                 "suspects_arrested", 8, ("2024-01-03", "2024-01-03"), id="never-into-a-year-after-the-page"),
    pytest.param("某县警方拦截一起诈骗\n2025-10-11 来源：某网\n近日，某县公安局成功拦截一起婚恋交友诈骗，及时为一名群众挽回了12万元。\n"
                 "2025年10月4日上午10时，某县反诈中心监测到一名群众正在向陌生账户转账，民警立即上门劝阻。\n",
                 "money_recovered", 120_000, ("2025-10-04", "2025-10-04"), id="a-recent-rescue-lead-takes-its-storys-one-day"),
    # realseventynine CC05's first sight: how the fraud began, told after the rescue, is no second day
    pytest.param("某市6小时拦截325万元\n2025-11-03 来源：某网\n11月3日，市公安局发布消息，该局于日前运用警银联动机制，6小时内成功拦截电信网络诈骗资金325万元。\n"
                 "10月14日上午10时40分，市公安局刑侦支队民警在工作中发现一条线索。\n"
                 "原来，2025年9月28日，李女士在某互联网平台认识了张某，两人迅速确定“男女朋友”关系。\n",
                 "money_stopped", 3_250_000, ("2025-10-14", "2025-10-14"), id="a-flashback-is-no-second-story-day"),
    pytest.param("某县预警守住钱袋子\n2024-07-20 来源：某网\n近日，某县公安局某派出所通过反诈预警小程序及时预警，劝阻正在遭遇诈骗的市民，为其挽损11万余元。\n"
                 "2024年7月14日下午，预警显示辖区居民吴女士正在遭遇电信诈骗，社区民警立即电话联系。\n",
                 "money_recovered", 110_000, ("2024-07-14", "2024-07-14"), id="a-recent-warning-lead-without-yiqi-takes-its-storys-one-day"),
    pytest.param("某省反诈中心成立一年\n2017-10-05 来源：某网\n某省反诈中心日前成立一年，共劝阻受骗事主7.9万人，通过预警拦截返还涉案资金6820余万元。\n"
                 "2017年9月30日，省反诈中心举行座谈会。\n",
                 "money_recovered", 68_200_000, (None, None), id="a-recent-lead-that-sums-many-rescues-takes-no-one-day"),
    pytest.param("某市公安局新闻发布会\n2023-08-04 来源：某网\n某网8月3日讯 8月3日下午，某市公安局召开新闻发布会，通报打掉一个2020年至今盘踞境外的诈骗团伙。\n"
                 "今年5月份，犯罪团伙成员陆续回国，收网时机成熟。5月16日凌晨，两级公安机关出动警力300人次，在多地开展集中收网行动。\n"
                 "行动成功抓获犯罪嫌疑人33人，扣押现金2000余万元。\n",
                 "suspects_arrested", 33, ("2023-05-16", "2023-05-16"), id="the-round-up-paragraph-goes-on-in-this-years-day"),
    pytest.param("某市驻村反诈两个月捣毁诈骗窝点45处\n2019-06-19 来源：某网\n4月3日起，某市警方启动“驻村反诈”工作，抽调130名警力组成驻村稳控工作组。"
                 "两个多月来，“驻村反诈”工作取得成效。据统计，截至6月6日，驻村稳控工作组共捣毁涉嫌诈骗的窝点45处。\n",
                 "dens_destroyed", 45, ("2019-04-03", "2019-06-06"), id="months-since-a-start-keep-the-window-to-the-cut-off"),
    pytest.param("某分局返还被骗资金\n2024-12-06 来源：某网\n12月6日，某分局举行返还电诈被骗资金仪式，返还被骗资金538万元。\n"
                 "据悉，2024年以来，某分局在市公安局的统筹指导下，扎实推进打击治理电信网络诈骗工作。\n"
                 "截至目前，某分局共破电诈案789起，冻结涉诈账户1.1万余个。\n",
                 "cases_solved", 789, ("2024-01-01", "2024-12-06"), id="a-framing-paragraphs-window-holds-for-the-count-up-to-now-after-it"),
    pytest.param("某县警方端掉诈骗窝点\n2018-09-04 来源：某网\n近日，某县警方将两处诈骗团伙窝点一锅端，当场抓获犯罪嫌疑人9人，"
                 "缴获犯罪所得现金5万元。\n8月8日，某县警方在某公寓附近蹲点守候，将该团伙窝点端掉，抓获犯罪嫌疑人9人。\n",
                 "money_frozen", 50_000, ("2018-08-08", "2018-08-08"), id="a-recent-leads-figures-share-the-day-the-story-gives-one-of-them"),
    pytest.param("某县警方破获诈骗团伙\n2025-10-11 来源：某网\n近日，某县公安局破获一个诈骗团伙，为群众挽回损失12万元。\n"
                 "2025年4月4日，某县公安局接到报警后立案侦查。\n",
                 "money_recovered", 120_000, (None, None), id="a-recent-gang-lead-is-no-one-day-rescue"),
    pytest.param("某区公众号开通\n某网讯 2022年3月8日9时，某区公安分局接到一名王姓女子报警，称被冒充客服的人诈骗。\n"
                 "王女士按对方要求向陌生账户陆续转账共计6万余元。\n民警随即查询涉案账户，将被骗的6万余元全部止付。\n",
                 "money_stopped", 60_000, ("2022-03-08", "2022-03-08"), id="a-victims-story-dates-its-money-in-later-paragraphs"),
    pytest.param("某区公众号开通\n某网讯 2022年3月8日9时，某区公安分局接到一名王姓女子报警，称被冒充客服的人诈骗。\n"
                 "王女士按对方要求向陌生账户陆续转账共计6万余元。\n",
                 "victim_loss", 60_000, ("2022-03-08", "2022-03-08"), id="a-victims-loss-takes-the-storys-day"),
    pytest.param("某区反诈成效\n2022-03-10 来源：某网\n3月8日，某区公安分局接到王女士报警，民警及时止付。\n"
                 "该分局累计为群众止付涉案资金600余万元。\n",
                 "money_stopped", 6_000_000, (None, None), id="a-sum-up-to-now-beside-a-victims-story-takes-no-day"),
    pytest.param("某市通报\n来源：某网\n2018年9月5日，某市公安机关出动警力800余人，历经37天艰苦细致工作，一举抓获涉案人员658名。\n",
                 "suspects_arrested", 658, ("2018-09-05", "2018-09-05"), id="how-long-it-took-after-the-day-of-the-result"),
    pytest.param("某市通报\n2020-08-02 来源：某网\n某分局于今年3月对一起电诈案件进行分析，历经4个多月，在四省五地抓获团伙骨干22人。\n",
                 "suspects_arrested", 22, (None, None), id="how-long-it-took-after-the-start-leaves-no-date"),
    pytest.param("某市通报\n2019-04-10 来源：某网\n某市公安机关抽调警力200余人，于2019年3月20日晚召开抓捕动员大会后，"
                 "各抓捕小组奔赴各地开展抓捕行动，截至2019年3月27日共抓获犯罪嫌疑人78人。\n",
                 "suspects_arrested", 78, ("2019-03-20", "2019-03-27"), id="a-cut-off-after-the-day-the-action-opened"),
    pytest.param("某市通报\n2019-07-20 来源：某网\n4月8日至5月2日，专案组前后历时近一个月，共打掉诈骗窝点6个。\n",
                 "dens_destroyed", 6, ("2019-04-08", "2019-05-02"), id="how-long-it-took-after-the-range-it-spans"),
    pytest.param("某县每周警情通报\n为进一步筑牢反诈防火墙，某县公安局推出每周警情通报栏目，对上周高发案件进行通报。\n"
                 "一周警情态势\n上周（2025年09月08日至2025年09月14日），全县共立电信网络诈骗案件6起，损失43万余元。\n"
                 "各乡镇、街道立案情况：\n城关街道某社区某男损失5662元。\n典型案例\n2025年9月8日，居住在城关街道的一女子收到退款链接。\n",
                 "victim_loss", 5662, ("2025-09-08", "2025-09-14"), id="a-weekly-bulletins-week-dates-its-table-not-the-example-cases-day"),
    # review of a501b14: a running total under the week's window is no figure of that week
    pytest.param("某县每周警情通报\n为进一步筑牢反诈防火墙，某县公安局推出每周警情通报栏目，对上周高发案件进行通报。\n"
                 "一周警情态势\n上周（2025年09月08日至2025年09月14日），全县共立电信网络诈骗案件6起，损失43万余元。\n"
                 "工作成效\n累计劝阻群众1.2万人次，累计止付资金860万元。\n",
                 "money_stopped", 8_600_000, (None, None), id="a-running-total-under-a-weeks-window-takes-no-week"),
    pytest.param("某省反诈中心全面建成\n2016-11-16 来源：某网\n某网11月16日电 记者从某省公安厅16日召开的新闻发布会上获悉，反诈骗中心全面建成。\n"
                 "今年1至10月，全省反诈骗中心共拦截电信网络诈骗2065起，止付被骗资金1.3亿余元。\n"
                 "接到报案后，某市反诈骗中心开展快速止付，冻结一个涉案账户资金达2800余万元。\n",
                 "money_frozen", 28_000_000, (None, None), id="a-window-without-a-periodic-word-opens-no-report"),
    # realeightyeight CL03's first sight: a Chinese-numeral year with a circle for its zero
    pytest.param("某市通报\n2019-08-10 来源：某网\n二○一七年，全市公安机关共破获电信网络诈骗案件一百四十八起。\n",
                 "cases_solved", 148, ("2017-01-01", "2017-12-31"), id="a-chinese-numeral-year-written-with-a-circle"),
    # realeightyeight CL05's first sight: a week's range joined by a doubled dash
    pytest.param("某区通讯网络诈骗案件周报\n来源:某区分局 时间:2020-11-06 14:43:13\n"
                 "来看一组某区反欺诈分中心统计的数据:10月26日——11月1日,某区共发生通讯网络诈骗案件41起。\n",
                 "cases_filed", 41, ("2020-10-26", "2020-11-01"), id="a-range-joined-by-a-doubled-dash"),
    # realeightyfive CI02's first sight: the launch month in a since clause, then a cut-off at a
    # year's end, under a lead about another year
    pytest.param("某发布会\n张明介绍，2024年是新中国成立75周年。2024年，全国刑事案件同比下降25.7%。\n"
                 "她表示，2023年7月部署开展打击缅北涉我电信网络诈骗犯罪专项工作以来，公安部指挥多地公安机关联合作战。"
                 "截至2024年底，已累计抓获中国籍涉诈犯罪嫌疑人5.3万余名。\n",
                 "suspects_arrested", 53_000, ("2023-07-01", "2024-12-31"), id="a-launch-month-since-to-a-years-end"),
    pytest.param("某市通报\n2025-01-10 来源：某网\n截至2024年底，全市累计冻结涉案资金3000万元。\n",
                 "money_frozen", 30_000_000, ("2024-01-01", "2024-12-31"), id="a-cut-off-at-a-years-end"),
    # realeightyseven CK01's first sight: a paragraph that breaks down the people just counted
    # (被骗事主中，…) goes on in that paragraph's window, not the lead's
    pytest.param("某区高校诈骗警情下降\n2016-09-05 来源：某报\n今年1月至8月，某区某派出所的诈骗警情比去年同期下降30%。\n\n"
                 "据介绍，今年1至4月份，某高校共发生电信诈骗案件26宗，同比上升36.8%。\n\n"
                 "被骗事主中，女性占多数，有17人。其作案手段有：冒充网购客服，13宗；冒充公检法人员，5宗。\n",
                 "cases_filed", 13, ("2016-01-01", "2016-04-30"), id="a-breakdown-paragraph-goes-on-in-the-window-before"),
    # realeighty CD01: a cut-off on the day the page's earlier range ended restates that range
    pytest.param("某市打击涉疫诈骗\n2020-02-11 来源：某网\n←近期，出现了不少以出售口罩为名的诈骗。\n\n"
                 "疫情发生以来，某市公安机关坚决依法从严打击。记者获悉，从1月24日至2月9日，某市公安机关共受理涉疫情类违法犯罪案件93起。\n\n"
                 "21起诈骗案\n\n"
                 "截至2月9日，某市共接报涉疫情类电信网络诈骗案件49起。通过专案侦办，破案16起，抓获18人。\n",
                 "suspects_arrested", 18, ("2020-01-24", "2020-02-09"), id="a-cut-off-on-an-earlier-ranges-last-day-restates-it"),
    pytest.param("某省2024年公安工作新闻发布会\n2025-01-09 来源：某网\n据介绍，过去一年，某省公安机关打击电诈取得重大战果。"
                 "2024年以来，共抓获涉诈犯罪嫌疑人1846名。\n",
                 "suspects_arrested", 1846, ("2024-01-01", "2024-12-31"), id="since-the-reviewed-year-in-review-season-is-that-year"),
    pytest.param("某省通报\n2025-06-16 来源：某网\n2024年，全国公安机关共破获案件29.4万起。\n"
                 "2024年以来，国家反诈中心紧急拦截涉案资金3151亿元。\n",
                 "money_stopped", 315_100_000_000, ("2024-01-01", "2025-06-16"), id="since-a-year-after-review-season-runs-to-the-page-date"),
    pytest.param("某市通报\n2024-01-22 来源：某网\n2023年以来，全市公安机关共抓获犯罪嫌疑人312名。\n",
                 "suspects_arrested", 312, ("2023-01-01", "2024-01-22"), id="since-last-year-alone-runs-to-the-page-date"),
    pytest.param("2017年某市反诈骗大数据\n某网讯 过去一年，某市的反诈骗情况如何？昨日，记者从某市反诈骗中心获悉2017年度反诈骗大数据。"
                 "数据显示，去年，某市反诈骗中心共成功止付6001.3万元。\n",
                 "money_stopped", 60_013_000, ("2017-01-01", "2017-12-31"), id="last-year-on-an-undated-review-is-the-year-reviewed"),
    pytest.param("2017年某市反诈骗工作\n某网讯 昨日，记者从某市反诈骗中心获悉：去年，某市反诈骗中心共成功止付6001.3万元。\n",
                 "money_stopped", 60_013_000, (None, None), id="last-year-on-an-undated-page-that-reviews-nothing-is-unknown"),
]


@pytest.mark.parametrize(("text", "metric", "value", "period"), PERIODS)
def test_periods(text, metric, value, period) -> None:
    f = only(parse_text(text), metric, value)
    assert (f.period_start, f.period_end) == period


# Kind 6: compound numerals are one figure.
@pytest.mark.parametrize(("text", "value", "qualifier"), [
    pytest.param("抓获犯罪嫌疑人1万2千人", 12000, "exact", id="wan-qian"),
    pytest.param("冻结涉案资金2亿3千万元", 230_000_000, "exact", id="yi-qianwan"),
    pytest.param("挽回损失13万2千余元", 132_000, "at_least", id="wan-qian-yu"),
    pytest.param("被骗入十几万元", 100_000, "at_least", id="shi-ji-wan"),
    pytest.param("核实涉案金额上亿元", 100_000_000, "at_least", id="shang-yi"),
    pytest.param("该团伙涉案金额过亿元", 100_000_000, "at_least", id="guo-yi"),
])
def test_compound_numerals(text, value, qualifier) -> None:
    from parsers.numbers import find_quantities
    [q] = find_quantities(text)
    assert (q.value, q.qualifier) == (value, qualifier)


# Kind 10: metric wording and traps.
METRIC_WORDING = [
    pytest.param("某县返还\n2025-09-18 来源：某网\n9月17日，某县公安局举行返还仪式，总计86万余元的被骗资金被交还到受害群众手中。\n",
                 "money_recovered", 860_000, id="money-handed-back-jiaohuan"),
    pytest.param("某市通报\n2020-06-01 来源：某网\n某市公安局破获诈骗案件9起，查清涉案价值1000多万元。\n",
                 "money_involved", 10_000_000, id="value-involved-shean-jiazhi"),
    pytest.param("某区通报\n2024-05-06 来源：某网\n一季度，某区电信网络诈骗案件接报480起，同比下降12%。\n",
                 "cases_filed", 480, id="cases-received-jiebao"),
    pytest.param("某省通报\n2025-01-09 来源：某网\n2024年，全省打掉涉诈黑灰产窝点团伙320个。\n",
                 "dens_destroyed", 320, id="dens-and-gangs-in-one-figure-are-dens"),
    pytest.param("某市通报\n2021-05-06 来源：某网\n今年以来，全市打掉引流、洗钱等环节窝点、团伙40余个。\n",
                 "dens_destroyed", 40, id="dens-and-gangs-listed-in-one-figure-are-dens"),
    pytest.param("某市通报\n2021-05-06 来源：某网\n今年以来，全市捣毁窝点12个、打掉团伙30个。\n",
                 "gangs_busted", 30, id="a-gang-figure-after-a-den-figure-stays-gangs"),
    pytest.param("某县通报\n2021-07-18 来源：某网\n民警赶到后，成功保住银行卡账户内剩余5万元。\n",
                 "money_recovered", 50_000, id="a-remainder-its-own-verb-acts-on-is-a-result"),
    pytest.param("某市专线\n2020-01-10 来源：某网\n2019年，专线共受理诈骗案件1.2万余起，成功停付银行卡5000多张，总金额3.1亿元。\n",
                 "money_stopped", 310_000_000, id="payment-halted-tingfu"),
    pytest.param("某区返还\n2021-02-03 来源：某网\n2月2日，12名群众共领回被骗款186万余元。\n",
                 "money_recovered", 1_860_000, id="money-received-back-linghui"),
    pytest.param("某省通报\n2021-01-20 来源：某网\n2020年，全省公安机关打击涉电诈窝点320个，抓获嫌疑人900名。\n",
                 "dens_destroyed", 320, id="dens-struck-daji"),
    pytest.param("某分局通报\n2021-09-28 来源：某网\n某分局在某村出租屋抓获张某、李某等5名“卡头”，现场缴获手机卡120张。\n",
                 "suspects_arrested", 5, id="card-dealers-katou-are-suspects"),
    pytest.param("某县个案\n2021-08-02 来源：某网\n7月22日，某县王某报警，称对方以投资名义诱骗王某6万元。\n",
                 "victim_loss", 60_000, id="lured-out-of-youpian"),
    pytest.param("某分局个案\n2021-10-19 来源：某网\n受害人三天后才报警，专案组对涉案银行卡进行止付时仅止付2.3万元。\n",
                 "money_stopped", 23_000, id="police-stop-on-a-bank-card-is-no-bank-figure"),
    pytest.param("某市通报\n2021-12-14 来源：某网\n民警拨通电话，成功阻止该公司被骗12.5万元。\n",
                 "money_recovered", 125_000, id="loss-prevented-is-recovered"),
    pytest.param("某市通报\n2025-07-17 来源：某网\n今年以来，某市公安局从境外缉捕诈骗集团幕后“金主”23名。\n",
                 "suspects_arrested", 23, id="financiers-jinzhu-are-suspects"),
    pytest.param("某区通报\n2024-02-05 来源：某网\n1月份，某区共发电信网络诈骗案件41起，环比下降12%。\n",
                 "cases_filed", 41, id="cases-occurred-fa"),
    pytest.param("某市返还\n2024-09-06 来源：某网\n现场，8名受骗群众代表领取了警方归还的320.5万元诈骗资金。\n",
                 "money_recovered", 3_205_000, id="money-handed-back-guihuan"),
    pytest.param("全国通报\n2022-04-14 来源：某网\n通过快速止付机制，让正在转账的80万名受害群众免于被骗。\n",
                 "people_dissuaded", 800_000, id="people-spared-mianyu-beipian"),
    pytest.param("全国通报\n2022-04-14 来源：某网\n公安部开展专项行动，成功将120名诈骗集团头目和骨干缉捕归案。\n",
                 "suspects_arrested", 120, id="gang-leaders-brought-to-justice"),
    pytest.param("某州通报\n2021-04-02 来源：某网\n今年以来，某州反诈中心劝阻群众转账260万余元、止付金额900余万元。\n",
                 "money_recovered", 2_600_000, id="transfers-talked-out-of-are-losses-avoided"),
    pytest.param("某市通报\n2020-01-02 来源：某网\n今年以来，某市公安局追缴冻结赃款36万余元。\n",
                 "money_frozen", 360000, id="freeze-nearest-the-figure"),
    pytest.param("某市通报\n2020-01-02 来源：某网\n某市反诈中心快止付全联动，为群众挽损300余万元。\n",
                 "money_recovered", 3000000, id="stop-then-recovered-for-the-people"),
    pytest.param("全国通报\n2021-09-15 来源：某网\n全国公安机关并紧急制止支付涉案资金2,770亿元。\n",
                 "money_stopped", 277_000_000_000, id="stopping-payment-written-out"),
    pytest.param("某市通报\n2018-01-29 来源：某网\n某市反诈中心去年停止支付2300多万元。\n",
                 "money_stopped", 23_000_000, id="payment-stopped-written-out"),
    pytest.param("全国通报\n2021-06-12 来源：某网\n公安部开展“断卡”行动，并检获涉案373.3万张电话卡。\n",
                 "cards_seized", 3_733_000, id="seized-in-hong-kong-usage"),
    pytest.param("某市通报\n2023-01-05 来源：某网\n事主先后将共计65.08万元转入嫌疑人提供的银行账户。\n",
                 "victim_loss", 650_800, id="a-victims-transfer-into-the-fraudsters-account"),
    pytest.param("某市通报\n2019-01-22 来源：某网\n去年4月，市民龚某向陌生账户转账200余万元。\n",
                 "victim_loss", 2_000_000, id="a-victims-transfer-to-a-stranger"),
    pytest.param("某区通报\n2023-06-02 来源：某网\n某派出所冻结了转账资金2.2万元。\n",
                 "money_frozen", 22_000, id="transferred-funds-frozen-by-police"),
    pytest.param("某市通报\n2023-01-05 来源：某网\n某铁路公安处成功抓捕电信诈骗犯罪团伙9个。\n",
                 "gangs_busted", 9, id="gangs-taken-with-an-arrest-verb"),
    pytest.param("某区通报\n2023-08-05 来源：某网\n警方在某小区抓获涉诈洗钱团伙9人。\n",
                 "suspects_arrested", 9, id="people-of-a-gang-arrested"),
    pytest.param("某区通报\n2023-08-05 来源：某网\n目前，该团伙19人已被某区警方依法刑事拘留。\n",
                 "suspects_detained", 19, id="people-of-a-gang-detained-in-the-passive"),
    pytest.param("某市通报\n2022-01-11 来源：某报\n图为某市警方将102.6万元冻结资金返还给受骗群众代表。\n",
                 "money_recovered", 1_026_000, id="frozen-funds-handed-back-after-jiang"),
    pytest.param("某市通报\n2024-07-20 来源：某网\n今年上半年，全市成功紧急止付9300余个涉案账号，涉及金额1.14亿元。\n",
                 "money_stopped", 114_000_000, id="sum-of-the-stopped-accounts"),
    pytest.param("某市通报\n2021-01-14 来源：某网\n1月9日，某市公安局初步查实涉及12个省市冒充军警诈骗案件15起。\n",
                 "cases_solved", 15, id="cases-verified-and-solved"),
    pytest.param("某市通报\n2018-01-29 来源：某网\n某市反诈中心发起专项行动，逮捕了65名犯罪嫌疑人。\n",
                 "suspects_arrested", 65, id="a-bare-formal-arrest-by-the-police"),
    pytest.param("某市通报\n2022-12-30 来源：某网\n某市公安局打掉一跨境涉诈犯罪团伙，抓获并刑事拘留涉诈嫌疑人24名。\n",
                 "suspects_arrested", 24, id="arrested-and-detained-arrested"),
    pytest.param("某市通报\n2022-12-30 来源：某网\n某市公安局打掉一跨境涉诈犯罪团伙，抓获并刑事拘留涉诈嫌疑人24名。\n",
                 "suspects_detained", 24, id="arrested-and-detained-detained"),
    pytest.param("某市通报\n2019-01-05 来源：某报\n内地公安当局则拘捕六名涉案男女。\n",
                 "suspects_arrested", 6, id="men-and-women-of-a-case-arrested"),
    pytest.param("某省通报\n2023-01-10 来源：某网\n全省公安机关全年阻止损失5.91亿元。\n",
                 "money_recovered", 591_000_000, id="losses-stopped-zuzhi-sunshi"),
    pytest.param("某省通报\n2023-01-10 来源：某网\n全省公安机关预防潜在损失超过20.8亿元。\n",
                 "money_recovered", 2_080_000_000, id="potential-losses-prevented"),
    pytest.param("某市通报\n2023-01-10 来源：某网\n某区公安分局间接避损1140.12万元。\n",
                 "money_recovered", 11_401_200, id="losses-avoided-bisun"),
    pytest.param("某市通报\n2021-06-01 来源：某网\n事主先后向7个个人银行账户累计转款124万元。\n",
                 "victim_loss", 1_240_000, id="a-victims-payments-zhuankuan"),
    pytest.param("某省通报\n2022-01-10 来源：某网\n全省公安机关去年减少群众损失100多亿元。\n",
                 "money_recovered", 10_000_000_000, id="losses-reduced-for-the-people"),
    pytest.param("某省通报\n2022-09-10 来源：某网\n全省公安机关深挖电信网络诈骗案件100余起。\n",
                 "cases_solved", 100, id="further-cases-dug-out"),
    pytest.param("某市通报\n2021-09-15 来源：某网\n某市公安局全额止付涉案资金350万元。\n",
                 "money_stopped", 3_500_000, id="payment-stopped-in-full"),
    pytest.param("某市通报\n2020-01-02 来源：某网\n今年以来，某市公安局止付金额120.5万元、冻结金额88.2万元。\n",
                 "money_frozen", 882000, id="stop-and-freeze-amounts-in-one-list"),
    pytest.param("某市通报\n2020-01-02 来源：某网\n今年以来，某市公安局成功预警阻断受骗群众950人次。\n",
                 "people_dissuaded", 950, id="blocked-people-from-being-defrauded"),
    pytest.param("某市通报\n2020-01-02 来源：某网\n经查，该案涉及资金额高达3000余万元。\n",
                 "money_involved", 30_000_000, id="amount-of-funds-involved"),
    pytest.param("某市通报\n2020-01-02 来源：某网\n今年以来，某市公安局共受理电信网络诈骗案件120起。\n",
                 "cases_filed", 120, id="cases-accepted-are-filed"),
    pytest.param("某市通报\n2020-01-02 来源：某网\n今年以来，某市反诈中心成功阻止3200人次受骗。\n",
                 "people_dissuaded", 3200, id="people-stopped-from-being-defrauded"),
    pytest.param("某市通报\n2020-01-02 来源：某网\n该犯罪团伙诈骗某建筑公司8000万元。\n",
                 "victim_loss", 80_000_000, id="money-taken-from-a-named-company"),
    pytest.param("某市通报\n2020-01-02 来源：某网\n犯罪嫌疑人以投资为名骗取人民币1.5万元。\n",
                 "victim_loss", 15_000, id="defrauded-of-an-amount"),
    pytest.param("全国通报\n2022-01-04 来源：某网\n全国公安机关共紧急拦截涉案资金300亿元，避免1200万名群众受骗。\n",
                 "people_dissuaded", 12_000_000, id="people-spared-from-fraud"),
    pytest.param("某省通报\n2023-03-20 来源：某网\n全省公安机关返还冻结涉案资金781.93万元。\n",
                 "money_recovered", 7_819_300, id="returning-the-frozen-funds"),
    pytest.param("某市通报\n2023-01-05 来源：某网\n全市公安机关发还被骗资金43.46万元。\n",
                 "money_recovered", 434_600, id="handing-back-funds"),
    pytest.param("某市通报\n2022-05-16 来源：某网\n今年以来，某市公安局冻结资金600余万。\n",
                 "money_frozen", 6_000_000, id="money-noun-before-an-amount-without-yuan"),
    pytest.param("全国通报\n2025-01-09 来源：某网\n全国公安机关抓获违法犯罪嫌疑人8万名，其中诈骗集团幕后金主、头目和骨干57余名。\n",
                 "suspects_arrested", 57, id="breakdown-named-by-a-fraud-noun"),
    pytest.param("某县通报\n2023-09-02 来源：某网\n8月14日，某县公安局接警称受害人王某被电信诈骗6万余元。\n",
                 "victim_loss", 60_000, id="defrauded-with-the-crime-named-after-bei"),
    pytest.param("某县通报\n2020-11-26 来源：某网\n民警迅速联系银行开展工作，成功将已转入二级涉案账户的28万元止付。\n",
                 "money_stopped", 280_000, id="the-jiang-objects-own-verb-after-it"),
    pytest.param("某市通报\n2021-03-02 来源：某网\n今天，某市公安局将追缴的102.6万元冻结资金返还给受害群众。\n",
                 "money_recovered", 1_026_000, id="frozen-funds-named-then-given-back"),
    pytest.param("某市通报\n2017-06-02 来源：某网\n一年来，市反诈中心及时将12起案件的冻结资金86.5万元返还给受骗群众。\n",
                 "money_recovered", 865_000, id="frozen-funds-before-the-sum-then-given-back"),
    pytest.param("某区通报\n2025-12-11 来源：某网\n经过民警连夜工作，王女士转入骗子账户的6万资金被成功追了回来。\n",
                 "money_recovered", 60_000, id="money-chased-back-colloquially"),
    pytest.param("某区通报\n2025-12-11 来源：某网\n工作人员在协助输入账号时故意出错，使转账操作未能成功，王阿姨账户内的6万余元存款得以保全。\n",
                 "money_recovered", 60_000, id="money-kept-safe-is-recovered-not-lost"),
    pytest.param("某县通报\n2023-09-02 来源：某网\n到案后，嫌疑人张某对其犯罪行为供认不讳，并主动退赔3万元。\n",
                 "money_recovered", 30_000, id="a-suspects-restitution-is-money-recovered"),
    pytest.param("某市通报\n2024-03-02 来源：某网\n专案组共查扣冻结涉案资金、房产、车辆等价值1470万元。\n",
                 "money_frozen", 14_700_000, id="worth-of-money-and-goods-seized-together"),
    pytest.param("某县通报\n2023-09-02 来源：某网\n经查，受害人李某被骗52.624万。\n",
                 "victim_loss", 526_240, id="a-sum-without-yuan-after-a-loss-verb"),
    pytest.param("某市通报\n2023-09-02 来源：某网\n经查，该团伙帮助上游犯罪人员支付结算2100余万USDT，折合人民币约1.5亿余元。\n",
                 "money_involved", 150_000_000, id="a-sum-converted-into-yuan-states-what-the-foreign-sum-does"),
    pytest.param("某市通报\n2023-09-02 来源：某网\n该团伙在两个月内非法洗钱800余万元。\n",
                 "money_involved", 8_000_000, id="the-sum-a-gang-laundered"),
    pytest.param("某县通报\n2021-07-01 来源：某网\n专案组抓捕、审查各类人员共计49人，其中被采取强制措施的犯罪嫌疑人31人。\n",
                 "suspects_arrested", 31, id="measures-taken-as-a-breakdown-of-arrests"),
    pytest.param("某县通报\n2023-11-25 来源：某网\n今年以来，某县公安局上门劝阻疑似受骗人员860人。\n",
                 "people_dissuaded", 860, id="people-about-to-be-cheated-are-no-suspects"),
    pytest.param("某县通报\n2023-11-25 来源：某网\n今年以来，某县公安局见面劝阻疑似被诈骗人员860人（次）。\n",
                 "people_dissuaded", 860, id="people-about-to-be-cheated-counted-as-ren-ci-in-brackets"),
    pytest.param("某区通报\n2019-01-14 来源：某网\n某区公安分局接报，市民高先生疑似遭遇交友诈骗，经济损失近万元。\n",
                 "victim_loss", 10_000, id="a-loss-told-after-the-fraud"),
    pytest.param("某区通报\n2018-11-15 来源：某网\n某区公安分局通报，居民王某报案，称他在网上炒期货，突然平台关闭了，"
                 "客服也联系不上，损失了6万余元。\n", "victim_loss", 60_000, id="the-loss-a-victim-reports-without-a-verb"),
    pytest.param("某区通报\n2023-10-12 来源：某网\n民警迅速开展工作。10月12日，被骗的8万元现金物归原主。\n",
                 "money_recovered", 80_000, id="cash-back-with-its-owner"),
    pytest.param("某区通报\n2023-07-01 来源：某网\n某区公安分局在夏季治安打击整治行动中，成功破获一起跨境电信网络诈骗案。\n"
                 "收网行动中，民警在现场共抓获犯罪嫌疑人18名，涉案金额约800万元。\n",
                 "money_involved", 8_000_000, id="a-general-crackdown-framing-one-fraud-case"),
    pytest.param("某区通报\n2017-05-02 来源：某网\n某区警方在当地警方的配合下，共抓获涉案嫌疑人王×明(福建人)等20人。\n",
                 "suspects_arrested", 20, id="people-named-with-where-they-come-from-then-等-and-the-count"),
    pytest.param("某市通报\n2018-01-30 来源：某网\n市反诈中心成立以来，冻结涉案资金折合人民币近7000万元，返还涉案资金折合人民币3500余万元。\n",
                 "money_recovered", 35_000_000, id="a-sum-in-yuan-after-another-clauses-sum-converts-nothing"),
    pytest.param("某县每周警情通报\n2025-09-15 来源：某网\n各乡镇、街道立案情况：\n城关街道2起\n（1）虚假网络投资理财：\n"
                 "城关街道某社区某男损失34万元。\n", "victim_loss", 340_000, id="a-weekly-lists-anonymised-victims-loss"),
    pytest.param("某县通报\n2023-05-02 来源：某网\n某县公安局接到报案后，民警连夜追查，经济损失共计10万元已全部追回。\n",
                 "money_recovered", 100_000, id="a-loss-a-report-told-then-recovered-is-recovered"),
    pytest.param("某县通报\n2023-05-02 来源：某网\n某县公安局专案组投入警力200余人，受害群众近日即可领回被骗资金50万元。\n",
                 "money_recovered", 500_000, id="a-refund-the-police-promise-is-no-bait"),
    pytest.param("某县通报\n2023-05-02 来源：某网\n受害人报警时，对方称已经转账，经紧急止付，3万元被成功拦截。\n",
                 "money_stopped", 30_000, id="a-fraudsters-claim-ends-where-the-police-act"),
    pytest.param("某县通报\n2023-05-02 来源：某网\n某县公安局今年破获52起电信网络诈骗案件及典型案例。\n",
                 "cases_solved", 52, id="cases-counted-before-examples-are-named"),
    pytest.param("某县通报\n2022-02-20 来源：某网\n2月11日，该局民警赴兰州将犯罪嫌疑人张某某成功抓获，一举摧毁该犯罪团伙。"
                 "初步证实，该团伙共计涉案56万元。\n", "money_involved", 560_000, id="bare-涉案-before-a-sum-is-the-case-size"),
    # review of 74a23e7: a size that is not one case's, or a loss that is a part of it, restates nothing
    pytest.param("某县每周警情通报\n2025-09-15 来源：某网\n上周，全县发生电信网络诈骗案件6起，涉案40余万元。\n"
                 "其中，城关街道某男被骗412000元。\n", "money_involved", 400_000, id="a-weeks-size-beside-a-part-of-it-stays"),
    pytest.param("某市通报\n2021-09-17 来源：某网\n近日，某市公安局破获两起诈骗案。第一起案件中，嫌疑人涉案50余万元。\n"
                 "第二起案件中，李女士被骗523600元。\n", "money_involved", 500_000, id="one-cases-size-beside-another-cases-loss-stays"),
    pytest.param("某县通报\n2023-04-13 来源：某网\n4月12日晚8时许，民警接到张某电话，被骗的18万元钱已被银行退回到其汇款的账户。\n",
                 "money_recovered", 180_000, id="money-sent-back-by-the-bank-is-recovered"),
    pytest.param("某县公安局通报\n2023-06-16 来源：某网\n今年以来，某县公安机关打击盗窃、诈骗等侵财犯罪，破获电信诈骗案件35起，破案率同比上升6.7%；"
                 "抓获犯罪嫌疑人29人，同比上升41.7%。\n", "suspects_arrested", 29, id="arrests-told-right-after-fraud-cases-stay-fraud"),
    # review of 07186e5: a related crime named in passing, without its own count, takes nothing
    pytest.param("某市通报\n2023-06-16 来源：某网\n今年以来，全市公安机关破获电信网络诈骗案件820起，同步深挖侵犯公民个人信息犯罪；"
                 "抓获犯罪嫌疑人560人，为群众挽回损失3200万元。\n", "suspects_arrested", 560,
                 id="arrests-after-a-related-crime-named-in-passing-stay-fraud"),
    pytest.param("某市通报\n2023-06-16 来源：某网\n今年以来，全市公安机关破获电信网络诈骗案件820起，同步深挖侵犯公民个人信息犯罪；"
                 "抓获犯罪嫌疑人560人，为群众挽回损失3200万元。\n", "money_recovered", 32_000_000,
                 id="money-saved-after-a-related-crime-named-in-passing-stays-fraud"),
    # realeightyseven CK01's first sight: a list of kinds under its heading, each row a count of cases
    pytest.param("某高校诈骗情况\n2016-09-05 来源：某报\n今年1至4月份，某高校共发生电信诈骗案件26宗。其作案手段有：冒充网购客服，13宗；"
                 "冒充公检法人员，5宗；冒充亲友或领导，4宗。\n", "cases_filed", 5, id="a-list-of-kinds-under-its-heading"),
    # realninetyone CO05's first sight: cases told as a level (案件仍然高发，达755起) were filed
    pytest.param("山西部署百日会战\n2018-01-10 来源：某网\n去年12月份以来，我省电信网络诈骗案件仍然高发，达755起，比2017年同期依然上升。\n",
                 "cases_filed", 755, id="cases-told-as-a-level-were-filed"),
    # realeightyfour CH04/CH08's first sight: every item of an arrest total's split by origin
    pytest.param("某市通报\n2018-04-04 来源：某网\n工作组在菲律宾警方配合下抓获犯罪嫌疑人151名（大陆73人、台湾78人）。\n",
                 "suspects_arrested", 78, id="the-second-item-of-a-split-by-origin"),
    pytest.param("某市通报\n2018-04-04 来源：某网\n共抓获犯罪嫌疑人74名（其中大陆53人，台湾21人）。\n",
                 "suspects_arrested", 21, id="the-second-item-of-a-split-after-a-comma"),
    # realeightyfive CI08's first sight: the part of a stopped sum that is this case's
    pytest.param("某市通报\n2023-05-06 来源：某网\n接警后，市反诈骗中心立即启动资金紧急查询止付工作机制，在15张嫌疑银行卡中，"
                 "成功止付嫌疑资金126万元，其中本案涉案资金78万元。\n",
                 "money_stopped", 780_000, id="the-cases-part-of-a-stopped-sum"),
    # realninetythree CR05's first sight: what a victim put into the scam, the verb after the sum
    pytest.param("某县通报\n2020-12-01 来源：某报\n在“男友”不断推荐下，谭女士开始投资所谓的理财产品，短短时间内，陆续将自己的230万余元积蓄投资到了平台。\n",
                 "victim_loss", 2_300_000, id="savings-a-victim-put-into-the-scam-platform"),
    # realninetythree CR07's first sight: 受骗金额 after the fraud told is the victim's loss
    pytest.param("某县通报\n2020-08-11 来源：某网\n原来，8月1日，该企业遭遇了诈骗，受骗金额达20万元。\n",
                 "victim_loss", 200_000, id="the-sum-cheated-of-after-the-fraud-told"),
    # realeightysix CJ01's first sight: arrested in an idiom, money given back after its noun
    pytest.param("某区通报\n2017-05-24 来源：某网\n近日，某区公安分局破获一起诈骗案，30余名犯罪嫌疑人束手就擒。\n",
                 "suspects_arrested", 30, id="suspects-who-gave-up-without-a-fight-are-arrested"),
    pytest.param("某区通报\n2017-05-24 来源：某网\n近日，某区公安分局破获一起诈骗案，800余万元诈骗款交还给当事民众。\n",
                 "money_recovered", 8_000_000, id="money-handed-back-to-the-people-it-was-taken-from"),
    pytest.param("某县通报\n2023-03-10 来源：某网\n3月9日下午，某县警方将14040元赃款悉数发还给18名被骗家长。\n",
                 "money_recovered", 14_040, id="money-given-back-to-victims-after-its-noun"),
]


@pytest.mark.parametrize(("text", "metric", "value"), METRIC_WORDING)
def test_metric_wording(text, metric, value) -> None:
    only(parse_text(text), metric, value)


def test_dissuasion_before_a_story_sum_is_no_recovery() -> None:
    doc = parse_text("某市通报\n2020-01-02 来源：某网\n民警上门劝阻，此时对方自称检察官，称其账户涉嫌洗钱金额高达600余万元。\n")
    assert not [f for f in doc.facts if f.metric == "money_recovered"]


@pytest.mark.parametrize("text", [
    pytest.param("开展打击治理电信网络诈骗违法犯罪专项行动。", id="generic-kind-of-fraud"),
    pytest.param("全市开展专项行动，做好这一专项行动。", id="bare-专项行动"),
    pytest.param("开展盗窃犯罪等专项行动。", id="other-crime-list"),
    pytest.param("以某市公安局“三大反诈骗专项行动”为指导。", id="a-count-of-generic-operations"),
    pytest.param("建立“快查快打”“集群战役”等机制战法。", id="quoted-methods"),
    # realninetyone CO05's first sight: a concentrated battle in quotes names nothing
    pytest.param("山西警方将组织开展一场为期百日的打击电信网络新型违法犯罪“集中会战”。", id="a-quoted-generic-battle"),
])

def test_generic_unquoted_operations_are_no_campaigns(text) -> None:
    from parsers.campaigns import find_campaign_mentions
    assert find_campaign_mentions(text) == []


def test_short_name_takes_the_full_name_the_text_writes() -> None:
    doc = parse_text("某省夏季行动战果\n2024-08-28 来源：某网\n今年夏季治安打击整治行动（简称“夏季行动”）开展以来，"
                     "全省破获电诈案件300起。\n“夏季行动”期间，全省还打掉涉诈团伙12个。\n")
    assert [c.name for c in doc.campaigns] == ["夏季治安打击整治行动"]
    assert {f.campaign for f in doc.facts} == {"夏季治安打击整治行动"}


def test_a_generic_middle_keeps_the_short_name() -> None:
    doc = parse_text("某市通报\n2021-03-02 来源：某网\n全市深入推进“断卡”行动。断卡专项行动开展以来，打掉团伙9个。\n")
    assert [c.name for c in doc.campaigns] == ["断卡行动"]


def test_last_years_figure_quoted_for_contrast_is_no_fact() -> None:
    doc = parse_text("某县5月警情通报\n2024-06-02 来源：某网\n本月全县共立电诈案件27起，同比去年同期54起，下降50%。\n")
    assert [(f.metric, f.value) for f in doc.facts] == [("cases_filed", 27)]


@pytest.mark.parametrize(("text", "not_facts"), [
    pytest.param("某市通报\n2020-01-02 来源：某网\n某市公安局扣押涉案汽车3辆，价值200余万元。\n", [2_000_000],
                 id="worth-of-seized-goods"),
    # realninetyfive CT03's first sight: 诈骗分子 names the fraudsters, 诈骗 is no verb there
    pytest.param("某市通报\n2022-08-16 来源：某网\n8月15日，某市公安成功拦截一起诈骗案件。在他的汽车后备厢，6.5万元现金正朝着"
                 "诈骗分子的“口袋”靠近。\n", [65_000], id="cash-on-its-way-to-the-fraudsters-is-no-case-size"),
    pytest.param("某市通报\n2022-08-16 来源：某网\n民警上门时，诈骗分子表示要追加“投资”330万元，民警当场劝阻。\n",
                 [3_300_000], id="what-the-fraudsters-ask-is-no-case-size"),
    pytest.param("某市通报\n2021-07-18 来源：某网\n民警紧急止付，成功拦截336.84万元，但仍有93.16万元已被转出。\n",
                 [931_600], id="the-balance-left-after-a-stop-is-no-result"),
    pytest.param("某市通报\n2021-07-18 来源：某网\n民警紧急止付后，发现嫌疑人账户内仍有现金34.5万元。\n",
                 [345_000], id="what-an-account-still-holds-is-no-result"),
    # realninetynine CX01's first sight
    pytest.param("某区通报\n2024-03-02 来源：某网\n“预警！市民李先生疑似遭遇刷单诈骗，正携带4万元现金向某镇方向驾车前来！”"
                 "民警随即出发。\n", [40_000], id="cash-carried-to-the-fraudsters-is-no-case-size"),
    pytest.param("某区通报\n2020-01-02 来源：某网\n全区警方成功阻止发案1.2万余起。\n", [12_000],
                 id="cases-prevented-are-not-filed"),
    pytest.param("某市通报\n2020-01-02 来源：某网\n全市累计止付涉案资金71.44万元，其中农行止付8.56万元。\n"
                 "各银行通过风险排查等手段发现异常并拦截交易资金2.6亿元。\n", [85_600, 260_000_000],
                 id="banks-own-interceptions"),
    pytest.param("某省通报\n2016-12-14 来源：某报\n全省公安机关破获案件30起。一年来，全省金融机构阻截电信诈骗案件1824起，"
                 "金额4527万元，协助公安机关查询、冻结账户34700个。\n", [1824, 45_270_000, 34_700],
                 id="a-provinces-banks-after-a-time-phrase"),
    pytest.param("某省通报\n2016-12-14 来源：某报\n全省公安机关破获案件30起。\n据省公安厅副厅长某某介绍:一年来,全省金融机构阻截电信诈骗案件1824起,"
                 "金额4527万元,协助公安机关查询、冻结账户34700个。\n", [1824, 45_270_000, 34_700],
                 id="a-provinces-banks-after-who-said-it"),
    pytest.param("某区警银联动\n2020-07-03 来源：某网\n某市警方建立警银联动机制，挽回民众损失6000余万元。"
                 "截至5月底，杭州下城各家银行共拦截涉电信网络诈骗案件9起，止损民众财产510余万元。\n", [9, 5_100_000],
                 id="a-districts-banks-as-the-subject"),
    pytest.param("某区反诈\n2023-09-01 来源：某网\n目前某分局反诈中心已受理咨询439起，成功劝阻潜在受害人293名。\n", [439],
                 id="inquiries-taken-are-no-cases-filed"),
    pytest.param("某市查控中心\n2016-09-01 来源：某网\n一个月的时间里，某市共接报电信诈骗类警情430余起，止付涉案资金120万元。\n",
                 [430], id="incidents-reported-are-no-cases-filed"),
    pytest.param("某市通报\n2020-01-02 来源：某网\n11月12日，某市公安局刑侦支队捣毁一个诈骗窝点，当场抓获5名嫌疑人，"
                 "并缴获现金人民币23700元、新台币900元及一批手机。\n", [900], id="a-sum-in-another-currency"),
    pytest.param("粤港联合打击电骗\n2020-01-02 来源：某网\n佛山市公安局通报案件。本港警方去年12月至今共拘捕五名涉案男子，"
                 "内地公安当局则拘捕六名涉案男女。\n", [5], id="hong-kong-polices-own-arrests-in-a-joint-story"),
    pytest.param("某市通报\n2019-03-10 来源：某网\n2018年以来，某市警方日均预警发现及劝阻潜在被害人3300余人，"
                 "日均上门劝阻潜在受骗群众600余人次，冻结资金2.4亿元。\n", [3300, 600], id="daily-averages-of-counts"),
    # realeightyone CE02's first sight: the average told a clause before its figure
    pytest.param("某区通报\n2021-10-09 来源：某网\n从涉案金额上看，“杀猪盘”诈骗受害者平均单笔受损金额最高，达到16万元。\n",
                 [160_000], id="an-average-a-clause-before-its-figure"),
    pytest.param("某区警情通报\n2024-02-03 来源：某网\n21起案件中，被骗金额10万元以上的有5起；被骗金额1万元到5万元的有9起。\n",
                 [100_000, 10_000, 50_000], id="bounds-of-loss-bands"),
    pytest.param("某县个案\n2021-08-02 来源：某网\n两起案件发生后，县公安局高度重视。\n", [2], id="when-the-cases-happened"),
    pytest.param("某区返还\n2021-02-03 来源：某网\n群众共领回被骗款186万余元，其中数额最大的92万元，最少的2100元。\n",
                 [920_000, 2100], id="extremes-of-a-list"),
    pytest.param("某市通报\n2025-10-16 来源：某网\n1至9月，全市受理电诈案件5000起，案值100万元以上被骗案件6起。\n",
                 [1_000_000], id="bound-of-a-class-of-cases"),
    pytest.param("某市通报\n2024-08-22 来源：某网\n某市反诈中心今年成功阻止了80宗损失超百万元的案件。\n",
                 [1_000_000], id="over-n-yuan-bound-of-counted-cases"),
    pytest.param("某县通报\n2020-06-01 来源：某网\n骗子常以“高额回报”引诱民众，宣称“投入1万元，一个月可获利3万元”。\n",
                 [10_000, 30_000], id="a-fraudsters-pitch-is-no-stake"),
    pytest.param("某县通报\n2025-10-06 来源：某网\n民警判断该女子存在被骗风险——她已于当日上午在银行提取了12万元现金。\n",
                 [120_000], id="a-withdrawal-is-no-loss-yet"),
    pytest.param("某省通报\n2022-01-11 来源：某网\n2021年，某省开展短讯预警超2100万人次、电话劝阻超1500万人次。\n",
                 [21_000_000], id="verb-of-the-next-list-item"),
    pytest.param("某市专线\n2020-01-10 来源：某网\n反诈中心每天有300多人被劝阻。\n", [300], id="a-daily-rate"),
    pytest.param("某市个案\n2019-08-06 来源：某网\n某市公安局成功侦破一起诈骗案，将在外省抓获的涉案嫌疑人9人押解回某市。\n", [9],
                 id="escorted-back-object-of-jiang"),
    pytest.param("某市通报\n2017-07-20 来源：某网\n上半年全市共抓获电诈犯罪人员48名，其中5人转交外地公安机关。\n", [5],
                 id="part-handed-on-to-another-force"),
    pytest.param("某区通报\n2024-01-20 来源：某网\n某区警方开展劝阻，成功阻止1.2万余起案件发生，避免损失3亿元。\n", [12_000],
                 id="cases-prevented-with-the-verb-after"),
    pytest.param("某区警情通报\n2024-02-03 来源：某网\n1月，某区共发21起电诈案件，被诈骗金额180万余元，人均损失8.6万元。\n",
                 [1_800_000, 86_000], id="a-months-filed-cases-loss-and-its-average"),
    # realninetyone CO05's first sight: the same, after cases told as a level
    pytest.param("山西部署百日会战\n2018-01-10 来源：某网\n去年12月份以来，我省电信网络诈骗案件仍然高发，达755起，比2017年同期依然上升，"
                 "诈骗金额仍多达2750万。\n", [27_500_000], id="the-loss-of-cases-told-as-a-level"),
    # realeightysix CJ02's first sight: the same, its loss said to be 高达
    pytest.param("某县反诈小分队\n2025-04-14 来源：某网\n2024年，某县辖区内共发生23起网络诈骗，被骗金额高达283.93万元，给受害人家庭造成了严重的经济损失。\n",
                 [2_839_300], id="a-years-cases-loss-said-to-be-as-high-as"),
    pytest.param("某县通报\n2020-06-01 来源：某网\n某县公安局强化技术反制，投入20万元引进防骗预警系统。\n",
                 [200_000], id="money-spent-on-an-anti-fraud-system"),
    pytest.param("某区通报\n2021-02-01 来源：某网\n某区公安分局缴获涉案银行卡518张、身份证14张。\n",
                 [14], id="identity-cards-are-no-bank-cards"),
    pytest.param("某市通报\n2016-12-01 来源：某网\n某市公安局对涉案账户进行冻结和查询，共查询涉案账户200多个。\n",
                 [200], id="accounts-queried-are-not-frozen"),
    pytest.param("某市通报\n2022-01-10 来源：某网\n全市电诈损失同比减少3000万元。\n",
                 [30_000_000], id="a-loss-down-on-last-year-is-no-recovery"),
    pytest.param("某县通报\n2025-10-14 来源：某网\n民警发现辖区居民宋某的银行账户出现异常大额交易，单笔转入金额高达99万余元。\n",
                 [990_000], id="an-amount-transferred-in-as-a-noun-is-no-loss"),
    pytest.param("某区通报\n2024-05-01 来源：某网\n某分局坚持“打击+预防+宣传”三位一体齐发力。\n",
                 [3], id="a-numeral-inside-a-set-phrase"),
    pytest.param("某市通报\n2025-06-01 来源：某网\n骗子正试图将其名下多个银行账户内总计220余万元的存款分批转走。\n",
                 [2_200_000], id="a-transfer-tried-is-no-loss"),
    pytest.param("某市通报\n2020-10-20 来源：某网\n截止10月10日，全省抓获嫌疑人3116人，逮捕嫌疑人员2608人。\n",
                 [2608], id="formal-arrest-beside-arrests-is-a-later-stage"),
    pytest.param("某市通报\n2020-10-20 来源：某网\n全市检察机关批准逮捕电信网络诈骗犯罪嫌疑人612人。\n",
                 [612], id="arrests-approved-by-prosecutors"),
    pytest.param("某市通报\n2022-01-11 来源：某报\n全年累计共向271名受骗群众返还资金528万余元，其中单笔最高返还39万元。\n",
                 [390_000], id="the-largest-single-return-is-no-sum"),
    pytest.param("某市通报\n2020-06-07 来源：某网\n专案组抓获一名诈骗团伙“车手”杨某，并以此为突破口在全国12个省份展开收网。\n",
                 [12], id="provinces-after-a-gang-member-are-no-gangs"),
    pytest.param("某市周报\n2024-03-04 来源：某网\n某县公安局破获刷单诈骗案1起。受害人赵某按对方要求转账200元，随后对方返还给230元，"
                 "以取得信任。\n", [230], id="the-fraudsters-bait-refund-is-no-recovery"),
    # realninetyfour CS01's first sight: a goal (力争将…尽快追捕到案) is no arrest
    pytest.param("某通缉犯落网\n2020-09-26 来源：某网\n下一步，公安机关将继续加大追逃工作力度，力争将剩余9名电信网络诈骗犯罪集团头目尽快追捕到案。\n",
                 [9], id="a-goal-is-no-arrest"),
    # realninetytwo CQ11's first sight: the scam platform's bait, returned in a 刷单 story
    pytest.param("某市通报\n2020-11-02 来源：某网\n小许下载了一款刷单APP，并按照要求充值5000元。小许刷了一个300元的单后，"
                 "平台很快返回了335元。\n", [335], id="a-scam-platforms-bait-return-is-no-recovery"),
    pytest.param("某县通报\n2022-11-03 来源：某网\n专案组立即组织警力，对王某等7人开展抓捕。\n", [7],
                 id="an-arrest-set-about-counts-the-people-sought"),
    pytest.param("某市通报\n2022-12-11 来源：某网\n警方扣押涉案现金 500 万元，涉案固定资产价值 900 余万元。\n", [9_000_000],
                 id="worth-of-fixed-assets-with-a-space-before-the-figure"),
    pytest.param("某市通报\n2019-07-30 来源：某网\n警方一举抓获某诈骗案涉案人员300名，采取强制措施250人，捣毁窝点4处。\n", [250],
                 id="measures-taken-beside-arrests-are-a-later-stage"),
    pytest.param("某市通报\n2022-12-11 来源：某网\n警方查明该团伙涉案资金2100余万USDT。\n", [21_000_000],
                 id="a-sum-in-a-virtual-currency-is-no-yuan"),
    pytest.param("某州通报\n2021-10-08 来源：某网\n警方抓获嫌疑人26名，另有三名幕后金主列为专项行动缉捕对象。\n", [3],
                 id="arrest-targets-are-not-arrested"),
    # realseventyseven CA04's first sight
    pytest.param("某行动通报\n2022-08-13 来源：某网\n公安部将逾470名电信网络诈骗集团头目和骨干纳入重点缉捕，公安机关已抓获其中240余名。\n",
                 [470], id="people-put-on-the-wanted-list-are-not-arrested"),
    pytest.param("某市通报\n2024-07-18 来源：某网\n2024年以来，某市公安局日均接警10起、劝阻群众35人、止付资金20万元。\n",
                 [10, 35, 200_000], id="a-daily-average-runs-over-the-items-of-its-list"),
    pytest.param("某市通报\n2023-02-01 来源：某网\n2022年，某市公安局捣毁涉诈GOIP窝点16个、跑分洗钱团伙30个、组织偷越国边境团伙15个。\n",
                 [15], id="gangs-smuggling-people-across-the-border-are-another-crime"),
    pytest.param("某市通报\n2020-12-11 来源：某网\n某市公安局提醒，李女士在某直播平台看到，充值500元“金币”即可返还600元现金。\n",
                 [500, 600], id="a-baits-promised-refund-is-no-recovery"),
    pytest.param("某区通报\n2021-04-05 来源：某网\n某区公安分局介绍，小王随后收到一张网上银行成功转账3万元的截图。\n",
                 [30_000], id="a-picture-of-a-transfer-is-no-loss"),
    pytest.param("某市通报\n2021-02-08 来源：某网\n市公安局反诈中心民警向记者介绍了今年发生的三起典型的冒充客服类被骗案例。\n",
                 [3], id="cases-told-as-examples-are-not-counted"),
    pytest.param("某市通报\n2017-02-21 来源：某网\n某市公安局通报，市民收到“银行”发来的诈骗短信，近万元存款瞬间“蒸发”。\n",
                 [10_000], id="a-fraud-message-takes-no-sum"),
    pytest.param("某区通报\n2023-01-01 来源：某网\n经核实，王先生在某平台贷款8万元，中途对方称其银行卡信息填写有误，8万元被冻结，"
                 "需要缴费解冻。\n", [80_000], id="a-claim-runs-over-the-clauses-that-tell-it"),
    pytest.param("某县每周警情通报\n2025-09-15 来源：某网\n各乡镇、街道立案情况：\n城关街道3起（损失353705元）\n", [353_705],
                 id="a-table-rows-cases-with-their-loss-in-brackets"),
    pytest.param("某县通报\n2023-05-02 来源：某网\n王某到派出所报案，经民警及时处置，没有损失5万元。\n", [50_000],
                 id="a-loss-denied-after-a-report-is-no-loss"),
    pytest.param("某区通报\n2017-05-02 来源：某网\n经审查，该团伙涉案资产6.8亿元，均为经营所得。\n", [680_000_000],
                 id="涉案-naming-what-the-money-is-keeps-no-case-size"),
    pytest.param("某市公安局破获诈骗案\n2021-09-17 来源：某网\n8月5日，某市公安局民警先后辗转8省抓捕，成功侦破一起涉案130余万元电信诈骗案。\n"
                 "今年6月，某市发生一起电信网络诈骗案。受害者刘某按照对方要求刷单，共被骗1316216元。\n", [1_300_000],
                 id="a-cases-round-size-restating-its-victims-precise-loss-is-one-sum"),
    # realseventyfour BX06's first sight (its first lines): a subheading's round loss, dated by
    # the 10月以来 window it stands in, beside the day's precise sum
    pytest.param("女子火车上收到“朋友私信”被骗走2万多元 铁警提醒旅客防诈骗\n北京青年报客户端 2024-10-25 17:50\n"
                 "\n10月25日,北京青年报记者从北京铁路公安处获悉,近日,夏女士因乘坐火车途中点开“朋友私信”,最终被骗了2万余元。"
                 "据悉,10月以来,北京铁路公安处乘警支队已经接到了5起旅客被骗警情。今年以来,该乘警支队共破获治安刑事案件431起,依法处理违法犯罪嫌疑人418名。"
                 "\n\n点开“朋友私信”女子火车上被骗走2万多元\n\n据介绍,10月以来,乘警支队共接到5起旅客被骗警情。"
                 "\n\n10月9日,旅客夏女士前往乘警支队报警,称她乘坐哈尔滨西至北京朝阳的G952次列车途中,手机收到朋友的私信。"
                 "“说他正在某购物网站抢购商品,由于手机及电话卡损坏无法支付,让我帮忙转账。”夏女士说,当时对方还发来一张网银转账截图,见私信是朋友的头像,便没有多想,先后分两笔向对方提供的“客服”指定账号转账。"
                 "第一笔转账5000元,第二笔转账19899元,共计24899元。\n\n",
                 [20_000], id="a-round-loss-over-a-window-holding-the-days-precise-loss-is-one-sum"),
    pytest.param("某区通报\n2022-12-20 来源：某网\n1至11月，该镇仅发电诈案件27起。每万人发案3.25起，是分局发案率最低的。\n",
                 [3.25], id="a-rate-of-cases-is-no-count"),
    pytest.param("某省通报\n2023-12-01 来源：某网\n在某市“4·01”电信网络诈骗案中，办案机关通过开展执法合作打掉21个诈骗团伙，"
                 "到案犯罪嫌疑人1000余人，检察机关已对其中483名涉案人员提起公诉。\n", [483],
                 id="procurators-figure-after-the-polices-in-one-sentence"),
    # realeightyseven CK09's first sight: a new statement after a semicolon (另有两名学生…) is not
    # governed by the verb before it (成功避免财产损失)
    pytest.param("某派出所警校联动\n2025-05-20 来源：某网\n民辅警迅速研判拦截，成功避免财产损失；另有两名学生因轻信“网上购物线下低价交易”，"
                 "被骗子骗取近万元。\n", [2], id="a-new-statement-after-a-semicolon"),
    # realeightyseven CK03's first sight: numbers and social accounts blocked are no bank accounts frozen
    pytest.param("某市反诈中心开通96110\n2020-01-02 来源：某网\n2019年，市反诈中心冻结资金账户8万余个，"
                 "封停手机号码1万余个，微信、QQ等账号3万余个。\n", [10_000, 30_000], id="accounts-blocked-are-not-frozen"),
    # guard for the split items (realtwelve F12, realfour U05): a later stage is no item of the arrests
    pytest.param("某市通报\n2021-03-04 来源：某网\n全市共抓获犯罪嫌疑人120人，刑拘96人，行政拘留11人，移送起诉47人。\n",
                 [11, 47], id="later-stages-after-an-arrest-count-are-no-split"),
    pytest.param("某县通报\n2023-04-13 来源：某网\n“2号客服”声称需扫码清零后才能返还。为了退回27000元，小朋继续扫描对方提供的二维码。\n",
                 [27_000], id="what-a-victim-pays-to-get-back-is-no-recovery"),
    pytest.param("某县公安局举办成果展示暨退赃活动\n2023-06-16 来源：某网\n据介绍，今年以来，某县公安机关把打击电诈、传统“盗抢骗”侵财类犯罪"
                 "作为着力点，破获盗窃类案件35起，破案率同比上升106.7%；抓获犯罪嫌疑人29人，同比上升141.7%；"
                 "摧毁诈骗团伙2个，抓获犯罪嫌疑人104人。\n", [29], id="arrests-told-right-after-another-crimes-cases-are-that-crimes"),
])
def test_metric_traps(text, not_facts) -> None:
    doc = parse_text(text)
    assert [f.value for f in doc.facts if f.metric != "other" and f.value in not_facts] == []


@pytest.mark.parametrize(("text", "value"), [
    pytest.param("某县通报\n2023-05-02 来源：某网\n王某报案称，其被骗的12万元仍未退回。\n", 120_000, id="money-not-yet-sent-back"),
    pytest.param("某县通报\n2023-05-02 来源：某网\n王某报案称，被骗的12万元仍未追回。\n", 120_000, id="money-not-yet-recovered"),
    pytest.param("某县通报\n2023-05-02 来源：某网\n对方自称快递客服，称包裹丢失需要退回赔偿金300元，随后骗走李女士8万元。\n", 300,
                 id="a-lure-of-money-sent-back"),
    pytest.param("某县通报\n2023-05-02 来源：某网\n对方告诉王某，完成任务后平台会把本金和佣金共计5800元一并退回。\n", 5800,
                 id="a-promise-to-send-money-back"),
    # guard for the split of 退还给 (realthirtyfive AK09): the fraudster's promise to give back
    pytest.param("某县通报\n2023-05-02 来源：某网\n王女士接到自称是“某市公安局民警”的电话，对方告诉她，可以帮助她把300万元资金存入"
                 "安全账户中，等案件调查清楚，再把300万元退还给王女士。\n", 3_000_000, id="a-fraudsters-promise-to-give-back"),
    # realeightyone CE09's first sight: what the victim wished to get back, then paid out
    pytest.param("某县通报\n2023-05-02 来源：某网\n一心想追回被骗钱款的冼女士再次往对方提供的账户上打去各种费用11万余元。\n", 110_000,
                 id="a-wish-to-recover"),
])
def test_money_not_sent_back_is_no_recovery(text, value) -> None:
    # review of 9937e90: 退回 and the other recover verbs count only what was handed back
    assert [f for f in parse_text(text).facts if f.metric == "money_recovered" and f.value == value] == []


def test_banks_the_police_work_with_leave_the_police_their_results() -> None:
    doc = parse_text("某县破案\n2021-06-01 来源：某网\n期间，办案民警先后赴湖南、湖北等地，与多地银行、金融机构反复沟通协调，同时联合外地警方实施抓捕，"
                     "共核查18人，刑拘1人，为受害人追赃挽损39.6万元。\n")
    assert {(f.metric, f.value) for f in doc.facts} >= {("suspects_detained", 1), ("money_recovered", 396_000)}


def test_a_breakdown_sentence_takes_the_verb_of_the_one_before() -> None:
    doc = parse_text("某州通报\n2023-09-05 来源：某网\n9月3日，某州公安机关开展联合打击行动，抓获电信网络诈骗犯罪嫌疑人120名。"
                     "其中，中国籍80名、缅甸籍30名，网上在逃人员10名，包括1名命案在逃人员。\n")
    assert sorted(f.value for f in doc.facts if f.metric == "suspects_arrested") == [10, 30, 80, 120]


def test_round_lead_figure_restating_a_precise_one_is_one_fact() -> None:
    doc = parse_text("某区通报\n2024-02-29 来源：某网\n2023年，某区公安机关破获电信网络诈骗案件3000余起。\n\n"
                     "2023年，全区共立电诈案件5909起，破案3127起。\n")
    assert sorted(f.value for f in doc.facts if f.metric == "cases_solved") == [3127]


def test_a_precise_lead_figure_is_not_taken_for_a_round_one() -> None:
    doc = parse_text("今日上午，某市公安局召开集中返赃大会，向受害人返还已侦破案件资金共计683万元。\n"
                     "近年来，某市刑事案件持续下降。今年以来，某市公安局侦破电信网络诈骗案等一大批新兴网络犯罪案件，追回赃款赃物700余万元。\n")
    assert sorted(f.value for f in doc.facts if f.metric == "money_recovered") == [6_830_000, 7_000_000]


def test_round_figure_restating_a_more_precise_at_least_one_is_one_fact() -> None:
    doc = parse_text("某市2019年破获电诈案逾2万起\n2020-01-15 来源：某网\n记者15日获悉，过去一年，某市警方破获电诈案件2.3万余起。"
                     "某市警方2019年破获电诈案逾2万起。\n")
    assert sorted(f.value for f in doc.facts if f.metric == "cases_solved") == [23000]


def test_a_figure_under_a_heading_takes_the_period_its_own_sentence_states() -> None:
    doc = parse_text("某县公安局召开新闻发布会\n2021-04-23 来源：某网\n2020年，某县公安局共破获电信网络诈骗案件120起。\n"
                     "预警劝阻 劝阻高危被骗人员3200人\n今年以来，某县公安局已累计劝阻高危被骗人员3200人。\n")
    [f] = [f for f in doc.facts if f.metric == "people_dissuaded"]
    assert (f.period_start, f.period_end) == ("2021-01-01", "2021-04-23")


def test_cumulative_to_a_month_after_an_announcement_day() -> None:
    doc = parse_text("某市警方7个月破获网络诈骗案件153起\n2019年08月28日 17:57 来源：某网\n"
                     "某网某市8月28日电 28日，某市公安局副局长在新闻发布会上表示，该市深入开展专项行动，截至7月份，"
                     "共破获各类电信网络诈骗案件153起。\n")
    assert {(f.period_start, f.period_end) for f in doc.facts} == {("2019-01-01", "2019-07-31")}


def test_cut_off_now_after_a_launch_month_runs_from_that_month() -> None:
    doc = parse_text("某省三年侦破电诈案件2万余起\n来源:某网 2018-12-19 19:39\n"
                     "2015年11月，省政府部署全省开展电信网络新型违法犯罪专项打击治理行动。截止目前，全省共破获电信网络诈骗案件20746起。\n")
    assert {(f.period_start, f.period_end) for f in doc.facts} == {("2015-11-01", "2018-12-19")}


def test_an_origin_in_the_title_is_not_the_force_and_a_local_channel_is_the_place() -> None:
    doc = parse_text("您所在的位置：某网 > 宁德频道首页 > 社会民生 > 正文\n\n追赃挽损赢民心！一面来自晋江的锦旗\n\n"
                     "2020-09-24 07:55 来源：某报\n\n近日，某刑侦大队举行电信诈骗赃款返还仪式，返还10名受害人共计11万元。\n")
    assert {(f.province, f.city) for f in doc.facts} == {("福建省", "宁德市")}


def test_without_a_channel_an_origin_gives_no_place() -> None:
    doc = parse_text("一面来自晋江的锦旗\n\n2020-09-24 07:55 来源：某报\n\n近日，某刑侦大队返还10名受害人共计11万元。\n")
    assert {(f.province, f.city) for f in doc.facts} == {(None, None)}


def test_the_ministry_that_honoured_a_team_is_not_its_force() -> None:
    doc = parse_text("天津市公安局反诈专班获评先进\n2019-06-20 10:49 来源：某网\n"
                     "这个刚刚被公安部荣记集体一等功的团队，自2015年成立以来，共破获电信网络诈骗案件2.23万起。\n")
    assert {(f.province, f.city) for f in doc.facts} == {("天津市", "天津市")}


def test_a_story_paragraph_opening_on_随后_keeps_the_force_before() -> None:
    doc = parse_text("一条信息掀起全国公安大会战\n2021-05-17 00:38 来源：某报\n本报讯 5月11日，公安部部署全国集群战役集中收网行动。\n\n"
                     "今年1月，巢湖市公安局立即成立专案组，对该线索展开调查。\n\n随后，专案组在合肥将犯罪嫌疑人邵某等11人抓获。\n")
    assert {(f.city, f.county) for f in doc.facts if f.value == 11} == {("合肥市", "巢湖市")}


def test_the_ministry_directs_and_the_named_force_acts() -> None:
    doc = parse_text("公安部破获冒充公检法特大跨国电信诈骗案\n2017-04-19 来源：某报\n"
                     "近日，公安部组织指挥云南省公安机关成功破获冒充公检法实施跨国电信网络诈骗案件，抓获犯罪嫌疑人30名。\n\n"
                     "去年年底，根据公安部统一部署，专案组开展收网行动，冻结可疑资金账户近百个。\n")
    assert {(f.province, f.value) for f in doc.facts} == {("云南省", 30), ("云南省", 100)}


def test_a_case_size_belongs_to_the_place_of_its_story() -> None:
    doc = parse_text("陕西省反诈中心成效显著\n2017-01-10 来源：某网\n陕西省反诈中心启用以来，成效显著。\n\n"
                     "2016年12月1日，一陌生男子自称检察院工作人员，电话要求宝鸡刘女士把存款转入指定账户。"
                     "被骗的刘女士将9.13万元先后汇入对方指定账户。\n")
    assert {(f.province, f.city) for f in doc.facts if f.metric == "victim_loss"} == {("陕西省", "宝鸡市")}


def test_a_year_that_labels_a_campaign_is_no_reporting_window() -> None:
    doc = parse_text("某市：警方开展2022年“绿城反诈·断卡”第二轮集中收网行动\n2022-05-25 来源：某网\n"
                     "5月23日至5月24日，某市公安局组织开展集中收网行动。\n\n截至5月24日12时，某市警方集中收网行动共抓获嫌疑人347人。\n")
    assert {(f.period_start, f.period_end) for f in doc.facts} == {("2022-05-23", "2022-05-24")}


def test_a_cut_off_holds_for_the_rest_of_its_paragraph() -> None:
    doc = parse_text("某市反诈工作\n2022-05-23 来源：某网\n今年以来，某市公安局强力推进反诈工作。\n\n"
                     "截至4月底，电信网络诈骗案件立案数同比下降45.33%。通过见面宣讲等措施，紧急止付涉案财产23868万元。\n")
    assert {(f.period_start, f.period_end) for f in doc.facts} == {("2022-01-01", "2022-04-30")}


def test_a_ministry_platform_is_the_means_not_the_force() -> None:
    doc = parse_text("渭南公安破获电诈案572起\n2020-09-10 来源：某网\n今年以来，渭南市公安局持续严打。\n\n"
                     "今年以来，该局通过公安部电诈侦办平台止付6502余万元。\n")
    assert {(f.province, f.city) for f in doc.facts} == {("陕西省", "渭南市")}


def test_a_local_papers_place_when_the_body_names_none() -> None:
    doc = parse_text("公安机关全力筑牢老年人权益安全网\n辽宁日报·2025-10-30 09:02\n"
                     "今年4月起，全省公安机关全面启动打击养老诈骗犯罪专项工作，截至目前，已侦破养老诈骗案件650余起。\n")
    assert {(f.province, f.city) for f in doc.facts} == {("辽宁省", None)}


def test_a_force_organised_by_the_ministry_is_the_actor() -> None:
    doc = parse_text("陕西重拳打击电信网络新型违法犯罪\n发布日期:2018-12-10 | 来源:某报\n今年以来，陕西省公安机关战果累累。\n\n"
                     "在公安部统一组织下，省反诈中心于今年1月摧毁电信网络诈骗窝点2个，抓获犯罪嫌疑人63人。\n")
    assert {(f.province, f.value) for f in doc.facts} == {("陕西省", 2), ("陕西省", 63)}


def test_now_is_the_day_it_was_said() -> None:
    doc = parse_text("公安机关全力筑牢老年人权益安全网\n辽宁日报·2025-10-30 09:02\n"
                     "今年4月起，全省公安机关全面启动专项工作。10月29日，省公安厅召开新闻发布会通报成效，截至目前，已侦破养老诈骗案件650余起。\n")
    assert {(f.period_start, f.period_end) for f in doc.facts} == {("2025-04-01", "2025-10-29")}


def test_a_sum_intercepted_then_given_back_is_one_recovered_claim() -> None:
    doc = parse_text("某派出所成功拦截被骗资金\n2021-07-07 来源：某网\n民警迅速联系银行，成功拦截18.8万元。随后，18.8万元被骗资金全部返还给事主。\n")
    assert [(f.metric, f.value) for f in doc.facts] == [("money_recovered", 188_000)]


def test_a_named_city_settles_an_ambiguous_district_in_the_title() -> None:
    doc = parse_text("新城警方返还涉案款近三百万元\n2022-11-25 来源：某网\n11月24日，在西安市公安局新城分局涉案资金返还现场，"
                     "新城警方共向30名受害者返还了290余万元被骗钱款。\n")
    assert {(f.province, f.city) for f in doc.facts} == {("陕西省", "西安市")}


# Kind 11: campaigns.
@pytest.mark.parametrize(("text", "name", "kind"), [
    pytest.param("某市公安局随即成立“2018.3.14”网络诈骗专案组。", "2018·3·14", "case", id="dated-case-code-with-year"),
    pytest.param("某省公安强力推进“全民反诈”专项行动。", "全民反诈专项行动", "operation",
                 id="a-quoted-whole-society-campaign-keeps-the-name-it-goes-by-unquoted"),
    pytest.param("全省成立“拔钉子”专案组，专案打击。", "拔钉子", "operation", id="named-task-force"),
    pytest.param("部督“凤凰行动”专案顺利收网。", "凤凰行动", "operation", id="ministry-supervised-operation"),
    pytest.param("部署开展“长风”“断流”“断卡”“打猫”专项打击行动。", "断卡行动", "operation", id="quoted-list-without-separators"),
    pytest.param("「长城」、「云剑」、「断卡」等专案行动取得成效。", "云剑行动", "operation", id="list-of-operations-called-专案行动"),
    pytest.param("全省公安机关开展打击整治养老诈骗犯罪专项行动以来，破获案件50起。", "打击整治养老诈骗犯罪专项行动",
                 "operation", id="unquoted-crackdown-on-one-kind-of-fraud"),
    pytest.param("某区公安局举办全民反诈专项行动涉案资金返还活动。", "全民反诈专项行动", "operation",
                 id="unquoted-whole-people-anti-fraud"),
    pytest.param("深入开展“云剑” “长城” “断卡” “5.10”等专项行动。", "长城行动", "operation",
                 id="names-listed-with-a-case-code"),
    pytest.param("某省警方对“飓风6号”“飓风7号”两起特大诈骗专案展开收网。", "飓风7号", "operation",
                 id="two-serial-names-in-a-row"),
    pytest.param("某省公安全面推进「四断」行动，重点打击开办贩卖「两卡」。", "四断行动", "operation",
                 id="numbered-name"),
    pytest.param("全市强力开展“云剑”系列打击治理电信网络诈骗犯罪专项行动。", "云剑行动", "operation",
                 id="a-series-of-operations-under-one-name"),
    pytest.param("全省公安机关先后组织开展了“云剑”“断卡”等专项斗争。", "断卡行动", "operation",
                 id="operations-called-专项斗争"),
    pytest.param("今年以来，某市警方深入推进断卡、断流、拔钉等专项行动。", "拔钉行动", "operation",
                 id="unquoted-known-names-closed-by-等"),
    pytest.param("某市公安机关紧密结合“云剑”“断卡”“荣誉2022”和夏季治安打击整治“百日行动”等一系列专项行动。", "云剑行动",
                 "operation", id="a-joined-item-with-words-before-its-quote"),
    pytest.param("北京警方依托扫黑除恶、打击治理跨境赌博、“云剑”等专项，快查快办一系列重大案件。", "云剑行动", "operation",
                 id="a-standing-operation-in-a-list-of-专项"),
    pytest.param("某市公安局深入开展“扫楼”等六大专项行动。", "扫楼行动", "operation",
                 id="one-of-a-counted-list-of-operations"),
    pytest.param("夏季行动|某区分局为群众返还被骗资金125万元", "夏季行动", "operation",
                 id="a-seasonal-crackdown-by-its-short-name"),
])
def test_campaign_forms(text, name, kind) -> None:
    from parsers.campaigns import find_campaign_mentions
    found = {(m.name, m.kind) for m in find_campaign_mentions(text)}
    assert (name, kind) in found


# “甲”打击、“乙”宣传两大行动: a counted list names each operation once, and no name swallows the
def test_a_known_name_quoted_in_passing_is_no_operation() -> None:
    from parsers.campaigns import find_campaign_mentions
    assert find_campaign_mentions("2024年，全市接收涉诈“断卡”线索数量同比下降了36.9%。") == []


def test_an_unquoted_list_closed_by_等_names_each_operation_alone() -> None:
    doc = parse_text("某市反诈\n2024-05-10 来源：某网\n今年以来，某市警方深入推进断卡、断流、拔钉等专项行动，抓获嫌疑人300名。\n")
    assert {c.name for c in doc.campaigns} == {"断卡行动", "断流行动", "拔钉行动"}


# activity word or the count
@pytest.mark.parametrize(("text", "names"), [
    pytest.param("全省公安机关以“甲剑”打击、“乙盾”宣传两大行动为牵引。", ["甲剑行动", "乙盾行动"],
                 id="each-item-with-its-own-activity-word"),
    pytest.param("某市深入开展“云剑”“断卡”两大专项行动。", ["云剑行动", "断卡行动"], id="two-names-then-a-count"),
    pytest.param("某县开展“净网”整治和“断卡”打击两项行动。", ["净网行动", "断卡行动"], id="joined-by-和-then-a-count"),
    pytest.param("某市持续开展“断卡”系列专项行动。", ["断卡行动"], id="a-series-of-operations"),
    pytest.param("某省开展“长风”“断卡”系列集中打击整治专项行动。", ["长风行动", "断卡行动"], id="a-list-then-a-series"),
])
def test_counted_lists_of_operations(text, names) -> None:
    from parsers.campaigns import find_campaign_mentions
    assert [m.name for m in find_campaign_mentions(text)] == names


def test_a_campaign_dated_after_its_first_mention_dates_the_lead() -> None:
    doc = parse_text("某省“雷霆9号”行动抓获嫌疑人8845名\n\n某网1月19日电 记者19日获悉，某省警方2020年反诈“雷霆9号”行动日前收官，"
                     "全省共抓获涉“两卡”犯罪嫌疑人8845名。\n\n2020年11月1日至12月31日，某省公安厅发起了2020年反诈“雷霆9号”行动。\n")
    assert [(c.name, c.start, c.end) for c in doc.campaigns] == [("雷霆9号", "2020-11-01", "2020-12-31")]
    assert {(f.period_start, f.period_end) for f in doc.facts} == {("2020-11-01", "2020-12-31")}


# Kinds 4 and 5: short county names, and script conversion that must not damage them.
@pytest.mark.parametrize(("text", "region"), [
    pytest.param("成县警方破获案件\n2023-05-02 来源：某网\n今年以来，成县公安局破获电诈案件14起。\n",
                 ("甘肃省", "陇南市", "成县"), id="one-character-county"),
    pytest.param("成县公安局：集中返还资金\n2022-09-22 来源：某网\n今年以来，成县公安局破获电诈案件80起。\n",
                 ("甘肃省", "陇南市", "成县"), id="one-character-county-before-县公安局"),
    pytest.param("乾县警方\n2023-05-02 来源：某网\n今年以来，乾县公安局破获电诈案件9起。\n",
                 ("陕西省", "咸阳市", "乾县"), id="simplified-text-with-乾-is-not-converted"),
    pytest.param("乾安縣警方\n2023-05-02 來源：某網\n今年以來，乾安縣公安局破獲電詐案件9起。\n",
                 ("吉林省", "松原市", "乾安县"), id="traditional-text-keeps-the-name"),
])
def test_short_and_convertible_county_names(text, region) -> None:
    [f] = [f for f in parse_text(text).facts if f.metric == "cases_solved"]
    assert (f.province, f.city, f.county) == region


def test_conversion_still_converts_ordinary_words() -> None:
    from parsers.cleaning import clean
    assert clean("乾縣警方稱天氣乾燥。").text == "乾县警方称天气干燥。"


# Kinds 2 and 9: a region-wide total and its rows; tables and lists without verbs.
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("某区通报\n2023-05-02 来源：某网\n广西壮族自治区公安厅通报：今年以来，全区破获电诈案件4起，其中柳州市2起。\n",
                 {(4, None), (2, "柳州市")}, id="region-total-then-its-city"),
    pytest.param("某区通报\n2023-05-02 来源：某网\n广西壮族自治区公安厅通报：本期全区立电信网络诈骗案件62起：南宁市34宗；"
                 "柳州市26宗，桂林市、梧州市各1宗。\n",
                 {(62, None), (34, "南宁市"), (26, "柳州市"), (1, "桂林市"), (1, "梧州市")}, id="table-rows-and-each"),
])
def test_breakdown_rows(text, expected) -> None:
    got = {(int(f.value), f.city) for f in parse_text(text).facts if f.metric in ("cases_solved", "cases_filed")}
    assert got == expected


# A table under its own heading, in the paragraph after the total; rows with a bracketed note;
# several counties of one city with the same figure (各1宗) are each a fact.
HEADED_TABLE = ("本期全区电信网络诈骗警情通报\n2021-06-29 来源：某网\n"
                "6月1日至15日，全区共立电信网络诈骗案件20宗。\n\n各市县发案情况\n\n"
                "银川市12宗：兴庆区(含某新区)8宗，永宁县2宗，贺兰县、灵武市各1宗。石嘴山市3宗：大武口区2宗，平罗县1宗。\n")


def test_table_rows_under_a_heading() -> None:
    got = {(int(f.value), f.city, f.county) for f in parse_text(HEADED_TABLE).facts if f.metric == "cases_filed"}
    assert got == {(20, None, None), (12, "银川市", None), (8, "银川市", "兴庆区"), (2, "银川市", "永宁县"),
                   (1, "银川市", "贺兰县"), (1, "银川市", "灵武市"), (3, "石嘴山市", None),
                   (2, "石嘴山市", "大武口区"), (1, "石嘴山市", "平罗县")}


# Rows in the sentences after the total, with no heading of their own and no verb, and a
# breakdown by kind under a heading that has no verb either: each row reads the total's verb.
ROWS_AFTER_TOTAL = ("2021年9月上半月全区电信网络诈骗警情通报\n\n2021年9月1日至15日，全区共立电信网络诈骗案件30起，同比下降4.95%。\n"
                    "银川12起，同比下降21.62%。兴庆区(含某新区)10起，永宁县2起。\n"
                    "石嘴山5起，同比上升260%。大武口区3起，平罗县、惠农区各1起。\n"
                    "半月案件类型\n网上贷款类诈骗案件16起，网络刷单返利类诈骗案件14起。\n")


def test_rows_after_a_total_read_its_verb() -> None:
    got = {(int(f.value), f.city, f.county) for f in parse_text(ROWS_AFTER_TOTAL).facts if f.metric == "cases_filed"}
    assert got == {(30, None, None), (12, "银川市", None), (10, "银川市", "兴庆区"), (2, "银川市", "永宁县"),
                   (5, "石嘴山市", None), (3, "石嘴山市", "大武口区"), (1, "石嘴山市", "平罗县"),
                   (1, "石嘴山市", "惠农区"), (16, None, None), (14, None, None)}


def test_autonomous_region_title_makes_全区_the_region() -> None:
    facts = parse_text(HEADED_TABLE).facts
    assert {(f.province, f.city) for f in facts if f.value == 20} == {("宁夏回族自治区", None)}


def test_a_district_pages_全区_stays_the_district() -> None:
    doc = parse_text("全区反诈工作通报\n2021-06-29 来源：某网\n兴庆区公安分局通报：今年以来，全区共破获电诈案件30起。\n")
    assert {(f.city, f.county) for f in doc.facts} == {("银川市", "兴庆区")}


# A breakdown by kind of fraud counts cases, whatever nouns the kind's name holds (贷款).
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("某区通报\n2020-06-01 来源：某网\n5月，全区共立电信网络诈骗案件40宗。其中，网上贷款类诈骗23宗、冒充客服类诈骗9宗。\n",
                 {40, 23, 9}, id="kinds-after-a-filed-total"),
    pytest.param("某县警情通报\n2024-06-03 来源：某网\n5月份，我县共立电诈案件27起。5月份，我县高发诈骗类型为冒充公检法类，"
                 "共6起，占比22%，损失136万元。\n", {27, 6}, id="a-kind-with-no-verb-and-its-loss"),
])
def test_fraud_kind_breakdown(text, expected) -> None:
    facts = parse_text(text).facts
    assert {int(f.value) for f in facts if f.metric == "cases_filed"} == expected
    assert [f for f in facts if f.metric != "cases_filed"] == []


def test_a_force_in_a_since_clause_is_not_the_actor() -> None:
    doc = parse_text("某省通报\n2022-09-10 来源：某网\n青海省公安厅组织全省公安机关开展行动。\n"
                     "自全国公安机关开展“断卡”专项行动以来，青海各级公安机关共打掉涉“两卡”违法犯罪团伙43个。\n")
    assert [(f.province, f.value) for f in doc.facts] == [("青海省", 43)]


# Kind 12: blurbs on multi-story pages are dated by their own dateline, else undated.
BLURB_PAGE = """某市警方通报战果
2021-07-12 来源：某网

今年以来，某市公安局破获电信网络诈骗案件207起。

相关新闻
· 某省警方今年以来抓获电诈嫌疑人600余名 05.03.2018 18:13
· 某县公安局今年以来冻结涉案资金560万元
"""


def test_blurbs_are_dated_by_their_own_dateline_only() -> None:
    doc = parse_text(BLURB_PAGE)
    body = only(doc, "cases_solved", 207)
    dated = only(doc, "suspects_arrested", 600)
    undated = only(doc, "money_frozen", 5_600_000)
    assert (body.reported, body.period_start, body.period_end) == ("2021-07-12", "2021-01-01", "2021-07-12")
    assert (dated.reported, dated.period_start, dated.period_end) == ("2018-03-05", "2018-01-01", "2018-03-05")
    assert (undated.reported, undated.period_start, undated.period_end) == (None, None, None)


def test_campaign_reports_are_dated_by_the_report_that_names_them() -> None:
    page = ("某市警方通报战果\n2021-07-12 来源：某网\n\n今年以来，某市公安局开展“净网2021”专项行动。\n\n"
            "相关新闻\n· 某县“断卡”行动抓获嫌疑人12名\n· 某省“云剑”行动战果 05.03.2018 18:13\n")
    reported = {c.name: c.reported for c in parse_text(page).campaigns}
    assert reported == {"净网2021": "2021-07-12", "断卡行动": None, "云剑行动": "2018-03-05"}


def test_campaign_timeline_places_no_report_at_the_host_page_date() -> None:
    import pandas as pd

    from dashboard.data import derive
    from dashboard.views import _campaign_summary
    docs = pd.DataFrame({"doc_id": ["d"], "published": ["2021-07-12"], "title": ["t"], "source": [None]})
    camps = pd.DataFrame({"doc_id": ["d", "d"], "name": ["净网2021", "断卡行动"], "kind": ["operation"] * 2,
                          "start": [None, None], "end": [None, None], "reported": ["2021-07-12", None]})
    _, reports = _campaign_summary(derive(docs, pd.DataFrame(columns=["doc_id"]), camps))
    assert reports[["name", "date"]].values.tolist() == [["净网2021", "2021-07-12"]]


def test_a_start_without_an_end_is_no_period() -> None:
    """Issue 7, kind 7: "a period with a start and no end is never right"."""
    doc = parse_text("某地区反诈成绩单\n数据显示，今年以来，某地区公安局止付金额1200余万元；2024年至今，止付金额6700余万元。\n")
    assert [(f.value, f.period_start, f.period_end) for f in doc.facts] == [
        (12_000_000, None, None), (67_000_000, None, None)]


def test_a_county_force_under_a_provinces_headline_keeps_its_county() -> None:
    text = ("湖北破获特大电信诈骗案\n某社武汉11月30日电 记者日前从湖北省宜昌市远安县公安局了解到，当地警方破获一特大电信诈骗案，"
            "抓获犯罪嫌疑人21名。\n11月3日，远安县公安局50余名警力对该团伙进行收网。\n"
            "经查，21名犯罪嫌疑人因涉嫌诈骗罪被警方刑事拘留。\n")
    f = only(parse_text(text), "suspects_detained", 21)
    assert (f.province, f.city, f.county) == ("湖北省", "宜昌市", "远安县")
