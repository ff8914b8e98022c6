"""Hand-made gold for staging/realthirteen (written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

JS = "江苏省"; FJ = "福建省"; GS = "甘肃省"; SN = "陕西省"; HB = "湖北省"; YN = "云南省"; HN = "湖南省"
JL = "吉林省"; LN = "辽宁省"; HE = "河北省"; ZJ = "浙江省"; SC = "四川省"

docs = []

# G01 无锡 (无锡日报 A03版, '24日' without month: published null; the results are for 2023)
WX = "无锡市"; Y23 = ("2023-01-01", "2023-12-31")
docs.append(dict(doc_id="G01", published=None, facts=[
    F("people_dissuaded", 51000, "成功劝阻5.1万名正在被骗的受害人", JS, WX, None, *Y23),
    F("money_recovered", 180000000, "为群众挽回损失1.8亿元", JS, WX, None, *Y23),
    F("suspects_arrested", 6600, "共抓获涉诈嫌疑人6600余名", JS, WX, None, *Y23, q="at_least"),
    F("suspects_arrested", 26, "抓获幕后大小“金主”26名", JS, WX, None, *Y23),
    F("gangs_busted", 12, "打掉“百人级”团伙12个", JS, WX, None, *Y23),
], campaigns=[C("天网"), C("心盾")]))

# G02 厦门 (spam-ad mirror of 厦门日报, '昨日', no page date: published null)
XM = "厦门市"; Y22 = ("2022-01-01", "2022-12-31")
docs.append(dict(doc_id="G02", published=None, facts=[
    F("money_frozen", 170000000, "共止付冻结1.7亿元", FJ, XM, None, *Y22),
    F("money_recovered", 26070000, "返还群众被骗资金2607万元", FJ, XM, None, *Y22),
    F("people_dissuaded", 286600, "今年以来共劝阻潜在受害人超过28.66万名", FJ, XM, q="at_least"),
    F("money_recovered", 790000000, "为群众避免经济损失约7.9亿元", FJ, XM, q="approx"),
], campaigns=[]))

# G03 全国 (Traditional colamg mirror of 中国日报 '6月25日电'; '2023年1月至今年5月' -> 2024)
P03 = ("2023-01-01", "2024-05-31")
docs.append(dict(doc_id="G03", published="2024-06-25", facts=[
    F("cases_solved", 543000, "全國共破獲電信網絡詐騙案件54.3萬起", None, None, None, *P03),
    F("people_dissuaded", 14770000, "公安機關見面勸阻1477萬人次", None, None, None, *P03),
    F("money_stopped", 452900000000, "緊急攔截涉案資金4529億元。", None, None, None, *P03),
], campaigns=[C("全民反诈在行动", start="2024-06-24")]))

# G04 三明 沙县区 (海都报, no page date; arrests 2022-12-29..2023-01-03)
SM = "三明市"; SX = "沙县区"; P04 = ("2022-12-29", "2023-01-03")
docs.append(dict(doc_id="G04", published=None, facts=[
    F("suspects_arrested", 11, "抓获犯罪嫌疑人11名", FJ, SM, SX, *P04),
    F("cards_seized", 20, "银行卡二十余张", FJ, SM, SX, *P04, q="at_least"),
    F("money_involved", 10000000, "该团伙涉案资金上千万元人民币", FJ, SM, SX, q="at_least"),
], campaigns=[C("断卡行动")]))

# G05 张掖 高台县 '10·5' (每日甘肃网, '11月18日' without year; related-news dates do not date the page)
ZY = "张掖市"; GT = "高台县"; C105 = "10·5"
docs.append(dict(doc_id="G05", published=None, facts=[
    F("victim_loss", 28888, "被诈骗28888元", GS, ZY, GT, camp=C105),
    F("dens_destroyed", 3, "成功捣毁犯罪窝点3处", GS, ZY, GT, camp=C105),
    F("suspects_arrested", 9, "抓获犯罪嫌疑人9名", GS, ZY, GT, camp=C105),
    F("suspects_arrested", 1, "在厦门市抓获犯罪嫌疑人1名", GS, ZY, GT, camp=C105),
    F("dens_destroyed", 4, "专案组共捣毁犯罪窝点4处", GS, ZY, GT, camp=C105),
    F("suspects_arrested", 17, "抓获并刑拘犯罪嫌疑人17名", GS, ZY, GT, camp=C105),
    F("suspects_detained", 17, "抓获并刑拘犯罪嫌疑人17名", GS, ZY, GT, camp=C105),
    F("money_frozen", 56000, "缴获赃款5.6万元", GS, ZY, GT, camp=C105),
    F("money_involved", 1400000, "涉案资金140余万元", GS, ZY, GT, q="at_least", camp=C105),
    # related-news blurbs count with their own region (ANNOTATION; realblind T08, realseven X17);
    # the 甘肃 blurb's own dateline "2019年08月21日" fixes 今年 -> 2019-01..07 (second reader)
    F("suspects_arrested", 13, "泾川县公安局破获一起特大系列电信诈骗案 抓获犯罪嫌疑人13名", GS, "平凉市", "泾川县"),
    F("money_frozen", 1013000000, "今年1至7月,甘肃公安机关止付冻结电信诈骗涉案金额10.13亿元", GS, None, None,
      "2019-01-01", "2019-07-31"),
], campaigns=[C(C105, kind="case")]))

# G06 莆田 (spam mirror with shuffled sentences; '海峡网12月27日讯', no year)
PT = "莆田市"
docs.append(dict(doc_id="G06", published=None, facts=[
    F("suspects_arrested", 318, "今年抓获犯罪嫌疑人318人", FJ, PT),
    F("money_stopped", 30000000, "今年止付嫌疑账户金额3000余万", FJ, PT, q="at_least"),
    F("money_stopped", 354000, "止付金额35.4万元", FJ, PT),
    F("money_frozen", 36630000, "止付冻结涉案金额达3663万元", FJ, PT),
    F("cases_solved", 223, "莆田全市公安机关共破获电信诈骗案件223起", FJ, PT),
    F("gangs_busted", 36, "警方摧毁电信诈骗团伙36个", FJ, PT),
], campaigns=[]))

# G07 西安 灞桥分局 纺织城派出所 (police.xa.gov.cn; '6月7日', '4月1日' without year)
XA = "西安市"; BQ = "灞桥区"
docs.append(dict(doc_id="G07", published=None, facts=[
    F("suspects_arrested", 8, "快侦快破8人落网", SN, XA, BQ),
    F("money_involved", 1240000, "涉案资金达124万元", SN, XA, BQ),
    F("victim_loss", 1240000, "先后向7个个人银行账户累计转款124万元", SN, XA, BQ),
    F("accounts_frozen", 7, "对受害人莫某转账的7张银行卡进行止付冻结", SN, XA, BQ),
], campaigns=[]))

# G08 黄冈 蕲春县 (湖北今日, lead '2025年3月7日'; arrests 3月5日-6日)
HG = "黄冈市"; QC = "蕲春县"
docs.append(dict(doc_id="G08", published="2025-03-07", facts=[
    F("suspects_arrested", 5, "抓获余某某等5名犯罪嫌疑人", HB, HG, QC, "2025-03-05", "2025-03-06"),
    F("cases_solved", 8, "系列电诈案件8起", HB, HG, QC),
    F("money_involved", 1000000, "涉案金额达100余万元", HB, HG, QC, q="at_least"),
    F("victim_loss", 45298, "先骗取45298元", HB, HG, QC),
    F("suspects_detained", 5, "5名犯罪嫌疑人已被依法刑事拘留", HB, HG, QC),
], campaigns=[]))

# G09 天水 甘谷县 (Traditional ewtw mirror; '今年5月3日至9日', no year)
TS = "天水市"; GG = "甘谷县"
docs.append(dict(doc_id="G09", published=None, facts=[
    F("suspects_arrested", 50, "抓獲犯罪嫌疑人50人", GS, TS, GG),
    F("money_recovered", 650000, "挽回被害人損失65萬元", GS, TS, GG),
    F("money_involved", 20000000, "涉案資金高達2000余萬元", GS, TS, GG, q="at_least"),
    F("victim_loss", 800000, "在刷單時被騙80余萬元", GS, TS, GG, q="at_least"),
    F("gangs_busted", 2, "深挖黑吃黑團伙2個", GS, TS, GG),
    F("cards_seized", 105, "扣押涉案銀行卡105張", GS, TS, GG),
], campaigns=[]))

# G10 昭通 永善县 (昭通新闻网 2022-08-31; one victim, 8月25日)
docs.append(dict(doc_id="G10", published="2022-08-31", facts=[
    F("money_recovered", 19600, "他拦下了“飞向”骗子的1.96万元", YN, "昭通市", "永善县", "2022-08-25", "2022-08-25"),
], campaigns=[]))

# G11 娄底 新化县 (中国警察网, '7月3日' without year)
LD = "娄底市"; XH = "新化县"
docs.append(dict(doc_id="G11", published=None, facts=[
    F("money_recovered", 110000, "为群众及时挽损11万余元", HN, LD, XH, q="at_least"),
    F("money_stopped", 52000, "成功拦截其5.2万元被骗现金", HN, LD, XH),
    F("money_stopped", 62500, "其准备交付的6.25万元现金也被成功劝阻拦截", HN, LD, XH),
], campaigns=[]))

# G12 福州 鼓东派出所 (Traditional with pinyin and doubled commas; '24日晚', no month/year)
docs.append(dict(doc_id="G12", published=None, facts=[
    F("money_recovered", 300000, "為市民挽回損失30多萬元", FJ, "福州市", q="at_least"),
], campaigns=[]))

# G13 吉林市 龙潭区 龙潭派出所 (no date)
JLS = "吉林市"; LT = "龙潭区"
docs.append(dict(doc_id="G13", published=None, facts=[
    F("money_frozen", 100000, "终于将于某的10万余元钱款成功冻结止付", JL, JLS, LT, q="at_least"),
    F("money_recovered", 100000, "被骗的10万余元钱款陆续回到了于某的手中", JL, JLS, LT, q="at_least"),
], campaigns=[]))

# G14 辽宁省 养老诈骗 (reportify summary of 辽宁日报 2025-10-30; '今年4月起' .. press conference 10月29日)
P14 = ("2025-04-01", "2025-10-29"); YL14 = "打击养老诈骗犯罪专项工作"
docs.append(dict(doc_id="G14", published="2025-10-30", facts=[
    F("cases_solved", 650, "已侦破养老诈骗案件650余起", LN, None, None, *P14, q="at_least", camp=YL14),
    F("gangs_busted", 57, "打掉犯罪团伙57个", LN, None, None, *P14, camp=YL14),
    F("suspects_arrested", 1100, "抓获犯罪 嫌疑人1100余名", LN, None, None, *P14, q="at_least", camp=YL14),
    F("money_recovered", 90000000, "追缴涉案财物超9000万元", LN, None, None, *P14, q="at_least", camp=YL14),
], campaigns=[C(YL14, start="2025-04"), C("全民反诈在行动")]))

# G15 全国 养老诈骗 2022 (澎湃 2023-01-17)
YL = "打击整治养老诈骗专项行动"; P15 = ("2022-01-01", "2022-12-31")
docs.append(dict(doc_id="G15", published="2023-01-17", facts=[
    F("cases_solved", 39000, "公安机关共破案3.9万余起", None, None, None, *P15, q="at_least", camp=YL),
    F("gangs_busted", 4730, "打掉团伙4730余个", None, None, None, *P15, q="at_least", camp=YL),
    F("money_recovered", 30000000000, "追赃挽损300余亿元。", None, None, None, *P15, q="at_least", camp=YL),
    F("cases_solved", 28000, "共侦破养老诈骗现案2.8万起", None, None, None, *P15, camp=YL),
    F("cases_solved", 60, "挂牌督办的60起重大案件", None, None, None, *P15, camp=YL),
    F("cases_solved", 15, "公安部挂牌督办的15起重大案件全部告破", None, None, None, *P15, camp=YL),
    F("dens_destroyed", 240, "捣毁诈骗窝点240余个", None, None, None, *P15, q="at_least", camp=YL),
], campaigns=[C(YL), C("百日行动")]))

# G16 廊坊 (Traditional with pinyin; '19日上午', '1月16日', '今年1月10日' without year)
LF = "廊坊市"
docs.append(dict(doc_id="G16", published=None, facts=[
    F("victim_loss", 90000, "打款人民幣90000元", HE, LF),
    F("money_stopped", 20018, "還沒來得及轉(zhuǎn)走的贓款20018元", HE, LF),
], campaigns=[]))

# G17 渭南 (Traditional with pinyin; '今年以来…截至8月底', no year)
WN = "渭南市"
docs.append(dict(doc_id="G17", published=None, facts=[
    F("cases_solved", 572, "詐騙案件572起", SN, WN),
    F("suspects_arrested", 166, "抓獲違法犯罪人員166名", SN, WN),
    F("gangs_busted", 35, "打掉團(tuán)伙35個(gè)", SN, WN),
    F("dens_destroyed", 42, "鏟除窩點(diǎn)42個(gè)", SN, WN),
    F("money_recovered", 23000000, "挽回?fù)p失2300余萬(wàn)元", SN, WN, q="at_least"),
    F("money_stopped", 65020000, "止付6502余萬(wàn)元", SN, WN, q="at_least"),
    F("money_frozen", 52690000, "凍結(jié)5269余萬(wàn)元", SN, WN, q="at_least"),
    F("gangs_busted", 17, "打掉涉疫情詐騙團(tuán)伙17個(gè)", SN, WN),
    F("cases_solved", 113, "破獲涉疫情電詐案件113起", SN, WN),
    F("suspects_arrested", 19, "抓獲犯罪嫌疑人19名", SN, WN),
], campaigns=[]))

# G18 温州 '3.16' (ttnews zh-hant mirror, mixed scripts; '4月27日' press conference, 2017 window in the past -> 2018)
WZ = "温州市"; C316 = "3.16"; D18 = ("2018-04-10", "2018-04-10")
docs.append(dict(doc_id="G18", published="2018-04-27", facts=[
    F("suspects_arrested", 113, "抓獲犯罪嫌疑人113名", ZJ, WZ, None, *D18, camp=C316),
    F("cases_solved", 130, "破案130餘起", ZJ, WZ, None, *D18, q="at_least", camp=C316),
    F("money_involved", 14000000, "涉案金額1400餘萬元", ZJ, WZ, q="at_least", camp=C316),
], campaigns=[C(C316, kind="case")]))

# G19 眉山 '7.22' (xiangzhen mirror of 法制日报; '4月21日' + '眉警2020' -> 2020)
MS = "眉山市"; C722 = "7.22"
docs.append(dict(doc_id="G19", published="2020-04-21", facts=[
    F("cases_filed", 30, "眉山辖区接连发生30多起冒充公检法实施电信诈骗案件", SC, MS, q="at_least", camp=C722),
    F("money_involved", 10000000, "涉案金额1000余万元", SC, MS, q="at_least", camp=C722),
    F("suspects_arrested", 37, "37名犯罪嫌疑人悉数落网", SC, MS, camp=C722),
    F("victim_loss", 110000, "王某某按要求转账被骗11万元人民币", SC, MS, "丹棱县", camp=C722),
    F("victim_loss", 50000, "又转账5万余元到“安全账号”", SC, MS, "丹棱县", q="at_least", camp=C722),
], campaigns=[C(C722, kind="case"), C("眉警2020特大案集群作战")]))

# G20 玉溪 (玉溪网, no page date; '2023年以来'/'今年以来' end unknown -> periods null)
YX = "玉溪市"
docs.append(dict(doc_id="G20", published=None, facts=[
    F("money_stopped", 411000000, "止付金额4.11亿元", YN, YX),
    F("suspects_arrested", 4, "四人抓获归案", YN, YX, "江川区"),
    F("suspects_arrested", 570, "抓获570余人", YN, YX, q="at_least"),
    F("suspects_arrested", 1600, "抓获“两卡”人员1600余名", YN, YX, q="at_least", camp="断卡行动"),
    F("gangs_busted", 117, "打掉团伙117个", YN, YX, camp="断卡行动"),
    F("cards_seized", 1500, "查获银行卡1500余张", YN, YX, q="at_least"),
    F("money_recovered", 1200000, "通过严打挽损120余万元", YN, YX, q="at_least"),
    F("accounts_frozen", 1991, "冻结账号1991个", YN, YX),
    F("money_frozen", 61714100, "冻结金额6171.41万元", YN, YX),
    F("money_recovered", 11401200, "间接避损1140.12万元", YN, YX),
], campaigns=[C("断卡行动")]))

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
