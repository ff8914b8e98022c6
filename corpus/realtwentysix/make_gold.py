"""Hand-made gold for realtwentysix (written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

SC = "四川省"; CQ = "重庆市"; GS = "甘肃省"; HB = "湖北省"; SH = "上海市"; SN = "陕西省"; HA = "河南省"
GD = "广东省"; SX = "山西省"; ZJ = "浙江省"; HN = "湖南省"; NM = "内蒙古自治区"

docs = []

# AB01 广元 昭化区分局 '9·25' (四川法制报 2021-01-26; 收网 '今年1月17日')
GY = "广元市"; ZH = "昭化区"; C925 = "9·25"
D01 = ("2021-01-17", "2021-01-17")
docs.append(dict(doc_id="AB01", published="2021-01-26", facts=[
    F("suspects_arrested", 27, "抓获27名犯罪嫌疑人", SC, GY, ZH, *D01, camp=C925),
    F("dens_destroyed", 9, "打掉诈骗、洗钱、制假证等犯罪窝点9个", SC, GY, ZH, *D01, camp=C925),
    F("money_frozen", 2290000, "收缴、冻结、扣押涉案资金229万元", SC, GY, ZH, *D01, camp=C925),
    F("victim_loss", 201000, "骗走现金20.1万元", SC, GY, ZH, camp=C925),
], campaigns=[C(C925, kind="case", start="2020-09"), C("断卡行动", start="2021"), C("护旗1号"), C("净网2021")]))

# AB02 全国 '云剑-2020' 推进会 (人民网 page '发布时间:2020-7-17'; '今年4月…截至目前' -> 2020-04-01..published)
# second reader: an explicit month start is the 1st (dev A01; realseventeen L13, realthirteen G14 "今年4月起…截至目前";
# AB09 "從去年11月至今" in this set), so both ends are known.
YJ = "云剑-2020"; P02 = ("2020-04-01", "2020-07-17")
docs.append(dict(doc_id="AB02", published="2020-07-17", facts=[
    F("cases_solved", 101000, "共破获电信网络诈骗案件10.1万余起", None, None, None, *P02, q="at_least", camp=YJ),
    F("suspects_arrested", 92000, "抓获犯罪嫌疑人9.2万余名", None, None, None, *P02, q="at_least", camp=YJ),
    F("money_recovered", 60000000000, "为群众直接避免和挽回经济损失600余亿元", None, None, None, *P02, q="at_least", camp=YJ),
], campaigns=[C(YJ, start="2020-04"), C("飓风57号", kind="case"), C("云电"), C("7·22", kind="case"),
              C("12·31", kind="case")]))

# AB03 重庆 2023上半年 (Traditional spam mirror, 中新网 '7月19日电' + '2023年上半年')
H1 = ("2023-01-01", "2023-06-30")
docs.append(dict(doc_id="AB03", published="2023-07-19", facts=[
    F("cases_solved", 4400, "破獲案件4400余起", CQ, CQ, None, *H1, q="at_least"),
    F("money_recovered", 194000000, "追贓返還1.94億元", CQ, CQ, None, *H1),
], campaigns=[]))

# AB04 兰州 皋兰县 (甘肃法治报 print footer 2025-06-04; incident '6月1日')
D04 = ("2025-06-01", "2025-06-01")
docs.append(dict(doc_id="AB04", published="2025-06-04", facts=[
    F("money_recovered", 21800, "为受骗人挽回2.18万元", GS, "兰州市", "皋兰县", *D04),
], campaigns=[]))

# AB05 武汉 2025 (Traditional spam mirror of 法治网, page '2025-07-25'; '今年以来')
WH = "武汉市"; Y05 = ("2025-01-01", "2025-07-25")
docs.append(dict(doc_id="AB05", published="2025-07-25", facts=[
    F("cases_solved", 1580, "共破獲電詐案件1580起", HB, WH, None, *Y05),
    F("gangs_busted", 510, "打掉團(tuán)伙510個(gè)", HB, WH, None, *Y05),
    F("money_recovered", 62000000, "及時(shí)攔截并返還涉詐資金6200余萬元", HB, WH, None, *Y05, q="at_least"),
], campaigns=[C("断卡行动"), C("断流"), C("拔钉"), C("斩链")]))

# AB06 上海 2025 (财会信报 page '2025-06-20'; '今年以来')
Y06 = ("2025-01-01", "2025-06-20")
docs.append(dict(doc_id="AB06", published="2025-06-20", facts=[
    F("suspects_arrested", 6000, "全市共抓获电信网络诈骗违法犯罪人员6000余名", SH, SH, None, *Y06, q="at_least"),
    F("money_recovered", 130000000, "累计返还被骗金额1.3亿余元", SH, SH, None, *Y06, q="at_least"),
], campaigns=[C("全民反诈在行动"), C("断卡行动"), C("断流"), C("拔钉")]))

# AB07 上海 2021 (中新社 '5月25日电', page '2021 05-25'; '今年以来')
Y07 = ("2021-01-01", "2021-05-25")
docs.append(dict(doc_id="AB07", published="2021-05-25", facts=[
    F("cases_solved", 2500, "共侦破电信网络诈骗案件2500余起", SH, SH, None, *Y07, q="at_least"),
    F("suspects_arrested", 9800, "抓获犯罪嫌疑人9800余人", SH, SH, None, *Y07, q="at_least"),
    F("money_recovered", 240000000, "直接挽损被骗资金超过2.4亿元", SH, SH, None, *Y07, q="at_least"),
    F("dens_destroyed", 2, "捣毁两个电信诈骗“引流”窝点", SH, SH),
    F("suspects_arrested", 49, "抓获犯罪嫌疑人薛某等49人", SH, SH),
], campaigns=[]))

# AB08 上海 2018 (fww mirror; '记者9日' without month or year -> published null; '2018年1月份以来' has no end)
docs.append(dict(doc_id="AB08", published=None, facts=[
    F("money_frozen", 240000000, "查冻涉电信网络诈骗案资金2.4亿元", SH, SH),
], campaigns=[]))

# AB09 陕西省 2016 (Traditional gov.cn, '2016-12-14'; '從去年11月至今')
P09 = ("2015-11-01", "2016-12-14")
docs.append(dict(doc_id="AB09", published="2016-12-14", facts=[
    F("cases_solved", 3345, "全省公安機關共破獲電信詐騙案件3345起", SN, None, None, *P09),
    F("cases_solved", 5, "其中公安部督辦案件5起", SN, None, None, *P09),
    F("suspects_arrested", 779, "抓獲犯罪嫌疑人779人", SN, None, None, *P09),
    F("dens_destroyed", 92, "打掉窩點92處", SN),
    F("money_stopped", 42600000, "止付涉案資金4260萬餘元", SN, q="at_least"),
    F("money_frozen", 19160000, "凍結1916萬餘元", SN, q="at_least"),
], campaigns=[]))

# AB10 西安 2021 (中新网 '5月17日电' + '2021年1月至4月')
XA = "西安市"; P10 = ("2021-01-01", "2021-04-30"); DK = "断卡行动"
docs.append(dict(doc_id="AB10", published="2021-05-17", facts=[
    F("cases_solved", 1211, "破获电信网络诈骗案件1211起", SN, XA, None, *P10),
    F("suspects_arrested", 3698, "抓获犯罪嫌疑人3698人", SN, XA, None, *P10),
    F("money_frozen", 267000000, "止付冻结涉案资金2.67亿元", SN, XA, None, *P10),
    F("suspects_arrested", 2987, "抓获“两卡”犯罪嫌疑人2987名", SN, XA, camp=DK),
    F("cards_seized", 103000, "查获涉诈“两卡”10.3万余张", SN, XA, q="at_least", camp=DK),
], campaigns=[C(DK, start="2020-10"), C("断卡攻坚1号"), C("断卡攻坚2号"), C("断卡攻坚3号"), C("扫楼")]))

# AB11 新乡 2019 (fx361 '2019-09-10', 中国防伪报道 2019年7期)
XX = "新乡市"
docs.append(dict(doc_id="AB11", published="2019-09-10", facts=[
    F("victim_loss", 50000, "诈骗近5万元", HA, XX, q="approx"),
    F("suspects_arrested", 19, "当场抓获犯罪嫌疑人19名", HA, XX, None, "2019-05-16", "2019-05-16"),
], campaigns=[C("守护1号"), C("守护2号")]))

# AB12 广东省反诈中心 两年 (Traditional, Chinese-numeral figures; 中新社广州十月十八日电, year 二0一八 in the text)
P12 = ("2016-09-30", "2018-10-18"); P12b = ("2018-01-01", "2018-09-30"); JF = "飓风二0一八"
docs.append(dict(doc_id="AB12", published="2018-10-18", facts=[
    F("people_dissuaded", 460000, "共勸阻潛在受騙事主四十六萬餘人", GD, None, None, *P12, q="at_least"),
    F("money_recovered", 6000000000, "避免事主被騙損失近六十億元人民幣", GD, None, None, *P12, q="approx"),
    F("money_recovered", 1730000000, "挽回被騙資金十七點三億元人民幣", GD, None, None, *P12),
    F("money_recovered", 210000000, "成功返還給受騙事主近二點一億餘元人民幣", GD, None, None, *P12, q="approx"),
    F("cases_solved", 16000, "破電信網絡詐騙刑事案件一萬六千餘起", GD, None, None, *P12b, q="at_least", camp=JF),
    F("suspects_detained", 8370, "刑拘八千三百七十餘人", GD, None, None, *P12b, q="at_least", camp=JF),
], campaigns=[C(JF, start="2018")]))

# AB13 广东 印尼/菲律宾 收网 (Traditional 新华社 '11月10日电', no year anywhere -> null)
docs.append(dict(doc_id="AB13", published=None, facts=[
    F("suspects_arrested", 90, "抓獲犯罪嫌疑人90人", GD),
    F("cases_solved", 3000, "核破內地和香港電信網絡詐騙案件近3000起", GD, q="approx"),
    F("money_involved", 20000000, "涉案金額超過2000萬元人民幣", GD, q="at_least"),
], campaigns=[]))

# AB14 广州 '猎诈16号·闪电行动' (Traditional 新华社 '7月17日电', no year -> null)
GZ = "广州市"; LZ = "猎诈16号·闪电行动"
docs.append(dict(doc_id="AB14", published=None, facts=[
    F("suspects_arrested", 602, "在全國18個省區市抓獲犯罪嫌疑人602名", GD, GZ, camp=LZ),
    F("suspects_arrested", 3, "抓獲3名犯罪嫌疑人", GD, GZ, camp=LZ),
], campaigns=[C(LZ), C("百日行动")]))

# AB15 临汾 2019 (Traditional, doubled commas; '1月14日' meeting reviewing 2019 -> 2020-01-14)
LF = "临汾市"; Y15 = ("2019-01-01", "2019-12-31")
docs.append(dict(doc_id="AB15", published="2020-01-14", facts=[
    F("cases_solved", 12944, "全市共破獲各類網(wǎng)絡電信詐騙案件12944起", SX, LF, None, *Y15),
    F("suspects_arrested", 211, "抓獲嫌疑人211人", SX, LF, None, *Y15),
    F("people_dissuaded", 8236, "勸阻受騙群眾8236人次", SX, LF, None, *Y15),
    F("money_frozen", 59300000, "成功凍結被騙資金5930萬元", SX, LF, None, *Y15),
    F("money_recovered", 1670000, "返還群眾受損資金167萬余元", SX, LF, None, *Y15, q="at_least"),
], campaigns=[]))

# AB16 杭州 建德市 一季度 (Traditional; '4月28日', '今年一季度': no year stated -> null)
docs.append(dict(doc_id="AB16", published=None, facts=[
    F("cases_filed", 102, "全市受理電信網(wǎng)絡(luò)詐騙案件102起", ZJ, "杭州市", "建德市"),
    F("money_recovered", 211600, "涉詐資金返還共計21.16萬元", ZJ, "杭州市", "建德市"),
], campaigns=[]))

# AB17 甘肃省 夏季治安打击整治'百日行动' (经济日报 '22-09-30'; window start not in the text -> null)
BR = "百日行动"; YL = "打击整治养老诈骗专项行动"
docs.append(dict(doc_id="AB17", published="2022-09-30", facts=[
    F("cases_filed", 3923, "全省共立电诈案件3923起", GS, camp=BR),
    F("cases_solved", 2263, "共破获案件2263起", GS, camp=BR),
    F("suspects_arrested", 1346, "抓获犯罪嫌疑人1346名", GS, camp=BR),
    F("money_frozen", 4470000000, "止付冻结资金44.7亿元", GS, camp=BR),
    F("money_recovered", 240000000, "直接避免资金损失2.4亿元", GS),
    F("money_recovered", 98450000, "已有序返还1779案、9845万元", GS),
    F("cases_solved", 667, "养老诈骗案件667起", GS, camp=YL),
    F("money_recovered", 569000000, "共挽回被骗损失5.69亿元", GS, camp=YL),
], campaigns=[C(BR), C(YL)]))

# AB18 长沙 望城分局 (华声在线 2022-09-22; one victim, 2021年5月)
CS = "长沙市"; WC = "望城区"
docs.append(dict(doc_id="AB18", published="2022-09-22", facts=[
    F("victim_loss", 112000, "被骗11.2万元", HN, CS, WC),
    F("money_frozen", 107000, "第二笔10.7万元被成功冻结", HN, CS, WC),
    F("money_recovered", 107000, "追回10.7万元被骗款", HN, CS, WC),
], campaigns=[]))

# AB19 天水 秦州分局 (网易号, no page date; incident '2026年1月25日' in the body, lead '近日')
docs.append(dict(doc_id="AB19", published=None, facts=[
    F("money_stopped", 200000, "20万元被骗资金得以顺利拦截", GS, "天水市", "秦州区", "2026-01-25", "2026-01-25"),
], campaigns=[]))

# AB20 通辽 科左后旗 '断卡' (中新网 '7月12日电'; case 2021年2月..4月17日 -> 2021-07-12)
TL = "通辽市"; KZ = "科尔沁左翼后旗"
docs.append(dict(doc_id="AB20", published="2021-07-12", facts=[
    F("money_involved", 665000000, "侦破了一起涉案6.65亿元大案", NM, TL, KZ, camp=DK),
    F("suspects_arrested", 20, "抓获犯罪嫌疑人20人", NM, TL, KZ, camp=DK),
    F("money_involved", 300000, "涉案30余万元", NM, TL, KZ, q="at_least", camp=DK),
], campaigns=[C(DK)]))

# checks
bad = 0
for d in docs:
    text = open(os.path.join(HERE, "texts", d["doc_id"] + ".txt"), encoding="utf-8").read()
    keys = set()
    camps = {c["name"] for c in d["campaigns"]}
    for f in d["facts"]:
        if f["evidence"] not in text:
            print("EVIDENCE NOT FOUND", d["doc_id"], f["evidence"]); bad += 1
        elif text.count(f["evidence"]) > 1:
            print("NOTE evidence occurs twice", d["doc_id"], f["evidence"])
        k = (f["metric"], f["value"], f["province"], f["city"], f["county"])
        if k in keys:
            print("DUP KEY", d["doc_id"], k); bad += 1
        keys.add(k)
        if f["campaign"] and f["campaign"] not in camps:
            print("CAMPAIGN NOT LISTED", d["doc_id"], f["campaign"]); bad += 1
        if (f["period_start"] is None) != (f["period_end"] is None):
            print("HALF PERIOD", d["doc_id"], f["evidence"]); bad += 1
        if f["period_start"] and f["period_start"] > f["period_end"]:
            print("PERIOD REVERSED", d["doc_id"], f["evidence"]); bad += 1
        if d["published"] and f["period_end"] and f["period_end"] > d["published"]:
            print("PERIOD AFTER PUBLISHED", d["doc_id"], f["evidence"]); bad += 1
assert not bad
json.dump({"docs": docs}, open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(docs), "docs", sum(len(d["facts"]) for d in docs), "facts", sum(len(d["campaigns"]) for d in docs), "campaigns")
