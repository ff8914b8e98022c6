"""Hand-made gold for staging/realfifteen (written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

YN = "云南省"; XJ = "新疆维吾尔自治区"; HL = "黑龙江省"; HI = "海南省"; JS = "江苏省"; JL = "吉林省"
QH = "青海省"; NM = "内蒙古自治区"; FJ = "福建省"; SX = "山西省"; JX = "江西省"; SD = "山东省"
NX = "宁夏回族自治区"; GD = "广东省"

docs = []

# J01 云南省公安厅 2021年1-3月 (Traditional with pinyin; '4月14日電' + '2021年1月至3月' -> 2021-04-14)
Q1 = ("2021-01-01", "2021-03-31")
docs.append(dict(doc_id="J01", published="2021-04-14", facts=[
    F("cases_solved", 2414, "案件2414起", YN, None, None, *Q1),
    F("suspects_arrested", 1593, "抓獲犯罪嫌疑人1593人", YN, None, None, *Q1),
    F("suspects_arrested", 3070, "犯罪嫌疑人3070人", YN, None, None, *Q1),
    F("cards_seized", 42300, "銀行卡4.23萬(wàn)張", YN, None, None, *Q1),
    F("suspects_arrested", 2, "內(nèi)鬼2人", YN, None, None, *Q1),
    F("money_stopped", 254000000, "成功止付群眾被騙資金2.54億元", YN, None, None, *Q1),
    F("money_frozen", 380000000, "凍結(jié)3.8億元", YN, None, None, *Q1),
], campaigns=[C("断卡行动")]))

# J02 兵团第十二师 乌鲁木齐垦区公安局 返还仪式 (中新网兵团 2025-03-08; 3月7日仪式)
docs.append(dict(doc_id="J02", published="2025-03-08", facts=[
    F("money_recovered", 610000, "集中发还近期追回的61万余元被盗被诈现金", XJ, None, None, "2025-03-07", "2025-03-07", q="at_least"),
    F("money_recovered", 950000, "为群众挽回经济损失95万余元", XJ, None, None, "2025-01-01", "2025-03-08", q="at_least"),
], campaigns=[]))

# J03 哈尔滨市公安局反诈中心 紧急止付400万 (健康中国人 2022-04-27, truncated)
docs.append(dict(doc_id="J03", published="2022-04-27", facts=[
    F("money_recovered", 4000000, "为群众挽回经济损失400万元", HL, "哈尔滨市"),
], campaigns=[]))

# J04 哈尔滨 双城分局 帮信团伙 (no date; 夏季治安打击整治"百日行动")
BR = "百日行动"
docs.append(dict(doc_id="J04", published=None, facts=[
    F("suspects_arrested", 10, "抓获犯罪嫌疑人10名", HL, "哈尔滨市", "双城区", camp=BR),
], campaigns=[C(BR)]))

# J05 海口市公安局 (Traditional with pinyin, spam header, stamp 2022-04-13, truncated)
Y21 = ("2021-01-01", "2021-12-31")
docs.append(dict(doc_id="J05", published="2022-04-13", facts=[
    F("people_dissuaded", 156000, "累計(jì)預(yù)警勸阻15.6萬(wàn)余人次", HI, "海口市", None, *Y21, q="at_least"),
    F("accounts_frozen", 9750, "凍結(jié)涉案銀行賬戶9750個", HI, "海口市", None, *Y21),
], campaigns=[]))

# J06 南通 海门区公安局 (Traditional, no page date; '3月15日' no year)
docs.append(dict(doc_id="J06", published=None, facts=[
    F("victim_loss", 35000, "損失3.5萬元", JS, "南通市", "海门区"),
], campaigns=[]))

# J07 长春 绿园 跑分洗钱团伙 (长安网 repost, '2023年1月9日,《人民公安报》刊发')
docs.append(dict(doc_id="J07", published="2023-01-09", facts=[
    F("suspects_arrested", 79, "成功抓获团伙成员79人", JL, "长春市", None, "2022-12-25", "2022-12-25"),
    F("money_involved", 400000000, "涉案资金流水高达4亿元", JL, "长春市"),
], campaigns=[]))

# J08 海西州 格尔木市公安局 10亿跑分案 (Traditional with pinyin; '4月18日電', case from 2021年10月 -> 2022)
HX = "海西蒙古族藏族自治州"; GEM = "格尔木市"
docs.append(dict(doc_id="J08", published="2022-04-18", facts=[
    F("suspects_arrested", 26, "成功抓獲26名犯罪嫌疑人", QH, HX, GEM),
    F("money_involved", 1000000000, "涉案資金流水高達10億元", QH, HX, GEM),
], campaigns=[]))

# J09 包头 昆都仑区公安分局 跑分团伙 (中新网 '9月15日电', no year)
docs.append(dict(doc_id="J09", published=None, facts=[
    F("money_involved", 180000000, "涉案资金流水高达1.8亿元", NM, "包头市", "昆都仑区"),
    F("suspects_arrested", 30, "抓获违法犯罪嫌疑人30名", NM, "包头市", "昆都仑区"),
], campaigns=[C("断卡行动")]))

# J10 莆田 城厢公安分局 跑分团伙 (no date)
docs.append(dict(doc_id="J10", published=None, facts=[
    F("suspects_arrested", 10, "共抓获犯罪嫌疑人10名", FJ, "莆田市", "城厢区"),
    F("cards_seized", 8, "涉案银行卡8张", FJ, "莆田市", "城厢区"),
    F("victim_loss", 870000, "累计投入87万余元", FJ, "莆田市", "城厢区", q="at_least"),
], campaigns=[]))

# J11 保亭黎族苗族自治县公安局 跑分团伙 ('10月3日' + '2021年9月' -> 2021-10-03)
BT = "保亭黎族苗族自治县"
docs.append(dict(doc_id="J11", published="2021-10-03", facts=[
    F("cards_seized", 72, "缴获银行卡、信用卡72余张", HI, BT, q="at_least"),
    F("cases_solved", 38, "核破全国电信诈骗案件38宗", HI, BT),
    F("money_involved", 11250000, "涉案金额达到1125万余元", HI, BT, q="at_least"),
], campaigns=[]))

# J12 忻州 保德县公安局 返还 (网易, no page date)
XZ = "忻州市"; BD = "保德县"
docs.append(dict(doc_id="J12", published=None, facts=[
    F("victim_loss", 80000, "被骗8万余元", SX, XZ, BD, q="at_least"),
    F("victim_loss", 24000, "被骗24000余元", SX, XZ, BD, q="at_least"),
    F("money_recovered", 20000, "将韩先生20000元被骗资金", SX, XZ, BD),
    F("money_recovered", 13000, "王先生13000元被骗资金返还", SX, XZ, BD),
], campaigns=[]))

# J13 江西省 五年来 (mirror stamp 2024-11-23; 中新网 '11月5日电')
# (second reader: non-fraud named operations 昆仑/清源断流/夏季治安集中打击整治行动 added, per realblind T10, realfour U15, realset S01)
docs.append(dict(doc_id="J13", published="2024-11-23", facts=[
    F("cases_solved", 131000, "共破获电信网络诈骗犯罪案件13.1万起", JX),
    F("suspects_arrested", 161000, "抓获电诈犯罪嫌疑人16.1万名", JX),
    F("gangs_busted", 14000, "打掉团伙1.4万余个", JX, q="at_least"),
    F("cases_solved", 16, "破获部督案件16起", JX),
    F("cards_seized", 109000, "查扣手机卡10.9万张", JX),
    F("cards_seized", 128000, "银行卡12.8万张", JX),
    F("money_recovered", 767000000, "追赃挽损达7.67亿元", JX),
], campaigns=[C("春风"), C("长风"), C("阳光"), C("昆仑"), C("清源断流"), C("夏季治安集中打击整治行动")]))

# J14 江西省 2023年以来 (mirror stamp 2024-11-14; 中新网 '4月12日电' -> 2024-04-12)
P14 = ("2023-01-01", "2024-04-12")
docs.append(dict(doc_id="J14", published="2024-11-14", facts=[
    F("cases_solved", 39500, "累计破获电信网络诈骗犯罪案件3.95万起", JX, None, None, *P14),
    F("money_recovered", 320000000, "返还群众被骗资金3.2亿元", JX, None, None, *P14),
    F("people_dissuaded", 13000000, "累计劝阻被骗群众1300余万人次", JX, q="at_least"),
    F("money_recovered", 556000000, "直接避免群众损失5.56亿元", JX),
    F("gangs_busted", 3, "成功打掉3个百人以上的特大电诈团伙", JX),
    F("suspects_arrested", 900, "抓获900余名犯罪嫌疑人", JX, q="at_least"),
], campaigns=[C("阳光行动")]))

# J15 烟台市公安局 2025年以来 (Traditional; '7月18日訊' + '2025年以来')
YT = "烟台市"; P15 = ("2025-01-01", "2025-07-18")
docs.append(dict(doc_id="J15", published="2025-07-18", facts=[
    F("suspects_arrested", 1041, "共抓獲犯罪嫌疑人1041名", SD, YT, None, *P15),
    F("cases_solved", 520, "破獲案件520起", SD, YT, None, *P15),
    F("accounts_frozen", 4135, "凍結賬戶4135個", SD, YT, None, *P15),
    F("money_stopped", 20100000, "成功攔截被騙資金2010萬元", SD, YT, None, *P15),
    F("gangs_busted", 96, "今年全市共打掉黑灰產團伙96個", SD, YT, None, *P15),
    F("suspects_arrested", 48, "抓獲犯罪嫌疑人48名", SD, YT, "龙口市"),
    F("suspects_arrested", 39, "抓獲犯罪嫌疑人39名", SD, YT, "福山区"),
], campaigns=[C("云剑2025")]))

# J16 银川市公安局 2020 (mirror stamp 2021-03-12; ceremony 3月10日)
YC = "银川市"; Y20 = ("2020-01-01", "2020-12-31")
docs.append(dict(doc_id="J16", published="2021-03-12", facts=[
    F("cases_solved", 984, "共破获电信网络诈骗案件984起", NX, YC, None, *Y20),
    F("money_stopped", 430000000, "止付涉电信网络诈骗金额达4.3亿元", NX, YC, None, *Y20),
    F("money_recovered", 16228000, "挽回损失1622.8万元", NX, YC, None, *Y20),
    F("money_recovered", 2630000, "返还被骗资金共计263余万元", NX, YC, None, "2021-03-10", "2021-03-10", q="at_least"),
    F("cases_solved", 8, "破获部督案件8起", NX, YC, None, *Y20),
    F("cases_solved", 16, "破获百万以上案件16起", NX, YC, None, *Y20),
], campaigns=[C("11.11", kind="case"), C("4.08", kind="case")]))

# J17 深圳 "拔钉四号" (国家应急广播网 2019-12-24)
BD4 = "拔钉四号"
docs.append(dict(doc_id="J17", published="2019-12-24", facts=[
    F("dens_destroyed", 70, "查处违法犯罪窝点70个", GD, "深圳市", camp=BD4),
    F("suspects_arrested", 130, "抓获嫌疑人130名", GD, "深圳市", camp=BD4),
    F("cards_seized", 20000, "缴获电话卡20000余张", GD, "深圳市", q="at_least", camp=BD4),
], campaigns=[C(BD4, start="2019-11"), C("拔钉一号"), C("拔钉二号"), C("拔钉三号")]))

# J18 青岛 莱西市公安局 春节反诈 (半岛新闻 2023-01-31, truncated)
docs.append(dict(doc_id="J18", published="2023-01-31", facts=[
    F("money_recovered", 800000, "追回80余万元", SD, "青岛市", "莱西市", q="at_least"),
], campaigns=[]))

# J19 韶关市公安局 返赃退赃仪式 (广东省政府网 2019-01-29; '28日上午')
SG = "韶关市"; Y18 = ("2018-01-01", "2018-12-31")
docs.append(dict(doc_id="J19", published="2019-01-29", facts=[
    F("money_recovered", 211842, "共发还被骗事主211842元", GD, SG, None, "2019-01-28", "2019-01-28"),
    F("victim_loss", 486000, "被骗48.6万元", GD, SG, None, "2018-12-18", "2018-12-18"),
    F("money_recovered", 160000, "发还被骗事主16万余元", GD, SG, q="at_least"),
    F("gangs_busted", 8, "跨区域特大电信网络诈骗团伙8个", GD, SG, None, *Y18),
    F("suspects_detained", 108, "刑事拘留犯罪嫌疑人108人", GD, SG, None, *Y18),
], campaigns=[]))

# J20 拉萨 墨竹工卡县公安局 上半年退赃仪式 (拉萨晚报 电子报 '日期:07-13', title fixes 2023; reader widget '2026-01-29' ignored)
XZ_ = "西藏自治区"; H23 = ("2023-01-01", "2023-06-30")
docs.append(dict(doc_id="J20", published="2023-07-13", facts=[
    F("cases_filed", 40, "其中电信网络诈骗案件40起", XZ_, "拉萨市", "墨竹工卡县", *H23),
    F("money_recovered", 314800, "其中电信网络诈骗资金314800元", XZ_, "拉萨市", "墨竹工卡县", *H23),
], campaigns=[]))

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
