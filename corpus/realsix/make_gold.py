"""Hand-made gold for corpus/realsix (written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

GD = "广东省"; SC = "四川省"; LN = "辽宁省"; NX = "宁夏回族自治区"; JL = "吉林省"; NM = "内蒙古自治区"
HA = "河南省"; SX = "山西省"; YN = "云南省"; GS = "甘肃省"; FJ = "福建省"; SN = "陕西省"

docs = []

# W01 广州 (shi-fen mirror of 央视; '4月14日', no year in the text)
GZ = "广州市"
docs.append(dict(doc_id="W01", published=None, facts=[
    F("suspects_arrested", 4992, "共计抓获涉诈骗嫌疑人4992名", GD, GZ),
    F("money_involved", 200000000, "案值超2亿元", GD, GZ, q="at_least"),
    F("suspects_arrested", 3938, "“断卡”行动共抓获嫌疑人3938名", GD, GZ, camp="断卡行动"),
    F("cases_solved", 350, "破获案件350宗", GD, GZ, camp="断卡行动"),
    F("people_dissuaded", 1825000, "全市共预警劝阻潜在受害人182.5万人", GD, GZ),
], campaigns=[C("惊雷"), C("断卡行动"), C("破小案"), C("止戈")]))

# W02 眉山 '5•24' (no date; '今年5月24日')
MS = "眉山市"; C524 = "5•24"
docs.append(dict(doc_id="W02", published=None, facts=[
    F("victim_loss", 6000000, "被诈骗现金600余万元", SC, MS, "洪雅县", q="at_least", camp=C524),
    F("suspects_arrested", 7, "在境内抓获犯罪嫌疑人7名", SC, MS, camp=C524),
    F("suspects_arrested", 58, "从境外抓获犯罪嫌疑人58名", SC, MS, camp=C524),
], campaigns=[C(C524, kind="case")]))

# W03 抚顺 新宾县 (站点 '时间:2025年10月14日'; 返还仪式 9月17日)
docs.append(dict(doc_id="W03", published="2025-10-14", facts=[
    F("money_recovered", 990000, "总计99万余元的被骗资金被完整地交还到受害群众手中", LN, "抚顺市", "新宾满族自治县",
      "2025-09-17", "2025-09-17", q="at_least"),
], campaigns=[]))

# W04 湛江 港航分局 '9·8' (no page date; ceremony '3月10日' after the 2022-09 case -> 2023)
ZJ = "湛江市"; C98 = "9·8"
docs.append(dict(doc_id="W04", published="2023-03-10", facts=[
    F("suspects_arrested", 14, "抓获嫌犯14人", GD, ZJ, camp=C98),
    F("gangs_busted", 4, "打掉4个犯罪团伙", GD, ZJ, camp=C98),
    F("cards_seized", 77, "银行卡77张", GD, ZJ, camp=C98),
    F("money_frozen", 460000, "冻结扣押涉案资金46万余元", GD, ZJ, q="at_least", camp=C98),
    F("victim_loss", 1590000, "将银行账户内的159万元分17次转入", GD, ZJ, None, "2022-09-07", "2022-09-08", camp=C98),
    F("money_stopped", 151000, "为事主紧急止付15.1万元", GD, ZJ, None, "2022-09-08", "2022-09-08", camp=C98),
], campaigns=[C(C98, kind="case", start="2022-09-08")]))

# W05 银川 '4.08' 集群战役 (Traditional with pinyin; page stamp 2020-06-07)
YC = "银川市"; C408 = "4.08"
W5 = ("2020-06-01", "2020-06-04")
docs.append(dict(doc_id="W05", published="2020-06-07", facts=[
    F("suspects_arrested", 16, "抓獲犯罪嫌疑人16名", NX, YC, None, *W5, camp=C408),
    F("money_frozen", 1875000, "凍結(jié)涉案資金187.5萬元", NX, YC, None, *W5, camp=C408),
    F("victim_loss", 36000, "騙走3.6萬余元", NX, YC, "永宁县", "2020-04-08", "2020-04-08", q="at_least", camp=C408),
], campaigns=[C(C408, kind="case", start="2020-04-08")]))

# W06 长春 (Traditional, no date, '今年以来')
CC = "长春市"
docs.append(dict(doc_id="W06", published=None, facts=[
    F("suspects_arrested", 750, "共抓獲電信網絡詐騙違法犯罪嫌疑人750餘人", JL, CC, q="at_least"),
    F("gangs_busted", 31, "打掉團伙31個", JL, CC),
    F("cases_solved", 600, "破案600餘起", JL, CC, q="at_least"),
    F("money_frozen", 34000000, "止付凍結涉案資金3400餘萬元", JL, CC, q="at_least"),
], campaigns=[]))

# W07 鄂尔多斯 东胜分局 '11.01' (spam mirror; 中新网 '10月12日电', '2023年11月…近一年' -> 2024)
docs.append(dict(doc_id="W07", published="2024-10-12", facts=[
    F("suspects_arrested", 62, "一举抓获62名犯罪嫌疑人", NM, "鄂尔多斯市", "东胜区", camp="11.01"),
], campaigns=[C("11.01", kind="case", start="2023-11")]))

# W08 周口 商水县 百日行动 (大象新闻, no date)
BR = "百日行动"
docs.append(dict(doc_id="W08", published=None, facts=[
    F("victim_loss", 80000, "被诈骗8万余元", HA, "周口市", "商水县", q="at_least", camp=BR),
    F("suspects_arrested", 8, "抓获嫌疑人8名", HA, "周口市", "商水县", camp=BR),
    F("money_frozen", 30000, "冻结涉案资金3万元", HA, "周口市", "商水县", camp=BR),
], campaigns=[C(BR)]))

# W09 长治 长子县 养老诈骗 (政府信息公开 2022-08-31)
YL = "打击整治养老诈骗专项行动"
docs.append(dict(doc_id="W09", published="2022-08-31", facts=[
    F("cases_solved", 4, "侦破案件4起", SX, "长治市", "长子县", camp=YL),
    F("money_recovered", 1100000, "追赃挽损110余万元", SX, "长治市", "长子县", q="at_least", camp=YL),
], campaigns=[C(YL)]))

# W10 山西省公安厅 7起典型案例 (Traditional, doubled commas, truncated; '8月3日', no year; province inferred)
docs.append(dict(doc_id="W10", published=None, facts=[
    F("suspects_arrested", 16, "16名成員全部抓獲", SX, "太原市", "杏花岭区"),
    F("cards_seized", 21, "銀行卡21張", SX, "太原市", "杏花岭区"),
    F("money_involved", 2000000, "涉案金額200余萬元", SX, "太原市", "杏花岭区", q="at_least"),
], campaigns=[]))

# W11 广东 '飓风8号''飓风9号' (Traditional with pinyin; '18日', no month)
docs.append(dict(doc_id="W11", published=None, facts=[
    F("dens_destroyed", 80, "搗毀犯罪窩點(diǎn)80余個(gè)", GD, q="at_least"),
    F("money_frozen", 100000000, "凍結(jié)涉案資金近億元", GD, q="approx"),
    F("suspects_detained", 500, "500余名犯罪嫌疑人被依法刑事拘留", GD, q="at_least"),
    F("victim_loss", 11000, "累計(jì)1.1萬余元", GD, "江门市", q="at_least"),
    F("victim_loss", 220000, "被詐騙22萬元", GD, "深圳市", None, "2016-01-01", "2016-06-30"),
    F("money_involved", 60000000, "僅2016年涉案資金就超過6000余萬元", GD, "深圳市", None, "2016-01-01", "2016-12-31", q="at_least"),
], campaigns=[C("飓风8号", kind="case"), C("飓风9号", kind="case")]))

# W12 全国 国新办发布会 (微博 page, '发布时间: 2022-04-15')
docs.append(dict(doc_id="W12", published="2022-04-15", facts=[
    F("cases_solved", 394000, "全国共破获电信网络诈骗案件39.4万起", None),
    F("suspects_arrested", 634000, "抓获犯罪嫌疑人63.4万名", None),
], campaigns=[C("云剑"), C("长城"), C("断卡行动"), C("断流"), C("5.10")]))

# W13 西双版纳 缅北 (Traditional hkcd mirror; '9月3日', no year)
XS = "西双版纳傣族自治州"
docs.append(dict(doc_id="W13", published=None, facts=[
    F("dens_destroyed", 11, "打掉盤踞在緬北的電信網(wǎng)絡(luò)詐騙窩點(diǎn)11個(gè)", YN, XS),
    F("suspects_arrested", 269, "抓獲電信網(wǎng)絡(luò)詐騙犯罪嫌疑人269名", YN, XS),
    F("suspects_arrested", 186, "中國籍186名", YN, XS),
    F("suspects_arrested", 66, "緬甸籍66名", YN, XS),
    F("suspects_arrested", 15, "越南籍15名", YN, XS),
    F("suspects_arrested", 2, "馬來西亞籍2名", YN, XS),
    F("suspects_arrested", 21, "組織頭目和骨幹21名", YN, XS),
    F("suspects_arrested", 13, "網(wǎng)上在逃人員13名", YN, XS),
], campaigns=[]))

# W14 南阳 镇平县 (machine-rewritten; '6月28日' + '2018年6月12日' -> 2018-06-28)
NY = "南阳市"; ZP = "镇平县"
D14 = ("2018-06-28", "2018-06-28")
docs.append(dict(doc_id="W14", published="2018-06-28", facts=[
    F("suspects_arrested", 9, "一举抓获9名犯罪嫌疑人", HA, NY, ZP, *D14),
    F("money_frozen", 700000, "冻结涉案资金70多万元", HA, NY, ZP, *D14, q="at_least"),
    F("victim_loss", 3000000, "6个月内被诈骗近300万元", HA, NY, ZP, q="approx"),
], campaigns=[]))

# W15 临夏市 '5·22' (每日甘肃网 2020/06/01)
LX = "临夏回族自治州"; LXS = "临夏市"; C522 = "5·22"
D15 = ("2020-05-28", "2020-05-28")
docs.append(dict(doc_id="W15", published="2020-06-01", facts=[
    F("suspects_arrested", 17, "抓获犯罪嫌疑人17名", GS, LX, LXS, *D15, camp=C522),
    F("cards_seized", 40, "银行卡40余张", GS, LX, LXS, *D15, q="at_least", camp=C522),
    F("money_involved", 7000000, "该团伙涉案资金700余万元", GS, LX, LXS, q="at_least", camp=C522),
], campaigns=[C(C522, kind="case", start="2020-05")]))

# W16 白银 景泰县 '3.19' (中国甘肃网 '5月13日讯', no year)
BY = "白银市"; JT = "景泰县"; C319 = "3.19"
docs.append(dict(doc_id="W16", published=None, facts=[
    F("money_involved", 22000000, "成功侦破一起涉案资金达2200余万元特大电信网络诈骗案", GS, BY, JT, q="at_least", camp=C319),
    F("dens_destroyed", 1, "捣毁电信诈骗窝点1处", GS, BY, JT, camp=C319),
    F("gangs_busted", 1, "打掉洗钱团伙1个", GS, BY, JT, camp=C319),
    F("gangs_busted", 2, "技术支撑团伙2个", GS, BY, JT, camp=C319),
    F("suspects_arrested", 30, "抓获犯罪嫌疑人30名", GS, BY, JT, camp=C319),
    F("money_frozen", 600000, "现场缴获赃款60万余元", GS, BY, JT, q="at_least", camp=C319),
    F("cards_seized", 40, "银行卡40余张", GS, BY, JT, q="at_least", camp=C319),
    F("money_frozen", 3000000, "冻结扣押涉案资金300余万元", GS, BY, JT, q="at_least", camp=C319),
    F("suspects_arrested", 18, "前期抓获犯罪嫌疑人18名", GS, BY, JT, camp=C319),
    F("suspects_arrested", 12, "展开收网行动,抓获犯罪嫌疑人12名", GS, BY, JT, camp=C319),
], campaigns=[C(C319, kind="case")]))

# W17 泉州 安溪县 百日会战 (gov.cn / 新华社 2017-01-06)
QZ = "泉州市"; AX = "安溪县"; BH = "百日会战"
P17 = (None, None)  # second reader: "自2016年9月底以来" starts at "9月底", not a day -> null (realblind T20 "6月底" precedent)
docs.append(dict(doc_id="W17", published="2017-01-06", facts=[
    F("suspects_arrested", 779, "警方共抓获犯罪嫌疑人779人", FJ, QZ, AX, *P17, camp=BH),
    F("suspects_arrested", 578, "其中赴外地抓获578人", FJ, QZ, AX, *P17, camp=BH),
    F("gangs_busted", 71, "打掉团伙71个", FJ, QZ, AX, *P17, camp=BH),
    F("money_stopped", 1805000, "成功止付涉案资金33笔共计180.5万余元", FJ, QZ, AX, q="at_least"),
], campaigns=[C(BH, start="2016-09")]))

# W18 甘肃省 见面劝阻 (Traditional with pinyin; '8月29日訊', '今年3月份以來', no year)
docs.append(dict(doc_id="W18", published=None, facts=[
    F("people_dissuaded", 115000, "累計上門見面勸阻受害人11.5萬名", GS),
    F("money_recovered", 1320000000, "保護(hù)群眾財產(chǎn)13.2億元", GS),
    F("money_recovered", 91000000, "直接返還受騙資金9100余萬元", GS, q="at_least"),
], campaigns=[]))

# W19 商洛 柞水县 (Traditional with pinyin; '4月22日', no year)
docs.append(dict(doc_id="W19", published=None, facts=[
    F("people_dissuaded", 2000, "精準預(yù)警勸阻2000余人次", SN, "商洛市", "柞水县", q="at_least"),
    F("money_recovered", 200000, "返還凍結(jié)涉案資金20余萬元", SN, "商洛市", "柞水县", q="at_least"),
], campaigns=[]))

# W20 泉州 2017 (Traditional 台海网 '1月17日訊'; full year 2017 reported -> 2018-01-17)
Y17 = ("2017-01-01", "2017-12-31")
docs.append(dict(doc_id="W20", published="2018-01-17", facts=[
    F("cases_filed", 9355, "泉州共立電信網(wǎng)絡(luò)詐騙案9355起", FJ, QZ, None, *Y17),
    F("money_stopped", 20053038, "共止付被騙資金累計(jì)20053038元", FJ, QZ, None, *Y17),
    F("money_frozen", 19646197, "凍結(jié)涉案資金19646197元", FJ, QZ, None, *Y17),
    F("cases_solved", 69, "全年破獲價(jià)值10萬(wàn)元以上的重特大案件69起", FJ, QZ, None, *Y17),
    F("cases_solved", 10, "其中涉案價(jià)值50萬(wàn)元以上的案件10起", FJ, QZ, None, *Y17),
    F("money_involved", 10000000, "涉案價(jià)值1000多萬(wàn)元", FJ, QZ, q="at_least", camp="2016·5·3"),
], campaigns=[C("5·25", kind="case"), C("2016·5·3", kind="case", start="2016-05-03")]))

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
            print("DUP KEY", d["doc_id"], k)
        keys.add(k)
        if f["campaign"] and f["campaign"] not in camps:
            print("CAMPAIGN NOT LISTED", d["doc_id"], f["campaign"])
        if (f["period_start"] is None) != (f["period_end"] is None):
            print("HALF PERIOD", d["doc_id"], f["evidence"])
        if f["period_start"] and f["period_start"] > f["period_end"]:
            print("PERIOD REVERSED", d["doc_id"], f["evidence"])
        if d["published"] and f["period_end"] and f["period_end"] > d["published"]:
            print("PERIOD AFTER PUBLISHED", d["doc_id"], f["evidence"])
assert not bad
json.dump({"docs": docs}, open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(docs), "docs", sum(len(d["facts"]) for d in docs), "facts", sum(len(d["campaigns"]) for d in docs), "campaigns")
