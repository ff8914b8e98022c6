"""Hand-made gold for realeighty (CD01-CD12; written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

GD = "广东省"; HEN = "河南省"; HEB = "河北省"; FJ = "福建省"; ZJ = "浙江省"

docs = []

# CD01 中山市公安局 涉疫情违法犯罪发布会 (南方都市报 2020-02-13 06:33; "从1月24日至2月9日", fraud figures "截至2月9日")
ZS = "中山市"; P01 = ("2020-01-24", "2020-02-09")
docs.append(dict(doc_id="CD01", published="2020-02-13", facts=[
    # the 93/57/36/60/103/30/62 are all 涉疫情违法犯罪 (not fraud-specific): left out, as realsixtytwo BL20 / realthirtythree AI09
    F("cases_filed", 49, "中山共接报涉疫情类电信网络诈骗案件49起", GD, ZS, None, *P01),
    # checker: removed money_involved 325万 ("涉案损失金额325万元人民币"): the total loss of the 49 reported cases, the
    # exact pattern dev A13 leaves out ("共立电信诈骗案件23起,涉案损失576万元"; realfive V09 too). Dev gold comes first.
    # F("money_involved", 3250000, "涉案损失金额325万元", GD, ZS, None, *P01),
    F("money_frozen", 150000, "成功冻结涉案资金15万元", GD, ZS, None, *P01),
    F("cases_solved", 16, "破案16起", GD, ZS, None, *P01),
    F("suspects_arrested", 18, "抓获18人", GD, ZS, None, *P01),
    F("money_recovered", 165600, "追缴赃款16.56万元", GD, ZS, None, *P01),
], campaigns=[]))

# checker: CD02 removed as a repeat. main/seeds/003_ed4169b969cd30fe.txt is the same 大河报 story (Traditional copy,
# 2020-03-09, the same reporters 李聯勝/谷劍冰/陳彥利, the identical "共抓獲虛假銷售口罩詐騙嫌疑人32人,刑拘9人,破本地案件9起,
# 帶破外地案件15起,追繳贓款5.8萬元"); realsixtytwo CHECK already removed BL17 for the same reason. Old block kept below.
# # CD02 开封市公安局 涉疫诈骗 (大河报 copy on a spam mirror, "一个多月以来", no year; truncated)
# KF = "开封市"
# docs.append(dict(doc_id="CD02", published=None, facts=[
#     F("cases_solved", 24, "共侦破虚假销售口罩等诈骗案件24起", HEN, KF),
#     F("suspects_arrested", 32, "抓获嫌疑人32人", HEN, KF),
#     F("suspects_detained", 9, "刑拘9人", HEN, KF),
#     F("cases_solved", 9, "破本地案件9起", HEN, KF),
#     F("cases_solved", 15, "带破外地案件15起", HEN, KF),
#     F("money_recovered", 58000, "追缴赃款5.8万元", HEN, KF),
# ], campaigns=[]))

# CD03 湛江市公安局 4起涉疫诈骗 (中新网广东 "2月4日电", no year)
ZJS = "湛江市"
docs.append(dict(doc_id="CD03", published=None, facts=[
    F("cases_solved", 4, "当地警方破获4起利用新型冠状病毒肺炎疫情实施诈骗案", GD, ZJS),
    F("victim_loss", 4500, "转账4500元购买防疫口罩", GD, ZJS),
    F("suspects_arrested", 4, "抓获犯罪嫌疑人尹某杰、陈某成、陈某、尹某等四人", GD, ZJS),
    F("victim_loss", 31500, "转账31500元货款", GD, ZJS, "徐闻县"),
    F("cards_seized", 1, "银行卡1张", GD, ZJS, "廉江市"),
    F("victim_loss", 3500, "诈骗梅州籍受害者王女士3500元", GD, ZJS, "廉江市"),
    F("victim_loss", 9500, "诈骗一名潮州籍受害者刘女士9500元", GD, ZJS, "遂溪县"),
], campaigns=[]))

# CD04 公安部 40名 肯尼亚 押解 (itaiwannews copy of 新华社 "8月8日电", page stamp 2016-08-09 08:48:25)
docs.append(dict(doc_id="CD04", published="2016-08-09", facts=[
    F("cases_solved", 60, "60余起跨境电信诈骗案成功告破", None, q="at_least"),
    F("money_involved", 4000000, "涉案金额400余万元", None, q="at_least"),
    # checker: removed cases_solved 141 ("核实案件141起"): 核实 has no 破 verb; the finished sets leave 核实/涉及 case counts out
    # (realnine Z06, realtwentyseven AC04, realfortythree AS05/AS08, realseventyfour BX01). The 2600余万 stays.
    # F("cases_solved", 141, "核实案件141起", None),
    F("money_involved", 26000000, "涉案金额2600余万元", None, q="at_least"),
], campaigns=[]))

# CD05 公安部 143名 印尼 押解 (人民网 copy of 北京日报/新华社, 2017-08-05 07:58)
P05 = ("2017-07-29", "2017-07-29")
docs.append(dict(doc_id="CD05", published="2017-08-05", facts=[
    F("cases_solved", 200, "200余起特大跨境电信网络诈骗案成功告破", None, q="at_least"),
    F("money_involved", 20000000, "涉案金额2000余万元", None, q="at_least"),
    F("dens_destroyed", 5, "成功捣毁电信诈骗犯罪窝点5个", None, None, None, *P05),
    F("suspects_arrested", 153, "抓获犯罪嫌疑人153名", None, None, None, *P05),
], campaigns=[]))

# CD06 浙江 "8·24" 马来西亚电信诈骗案 44名押解回温 (浙江在线 2017-08-24 21:22:27)
P06 = ("2017-07-13", "2017-07-13")
docs.append(dict(doc_id="CD06", published="2017-08-24", facts=[
    # checker: removed cases_solved 70余 ("初步调查…案件70余起"): 调查 is not a 破 verb (same rule as CD04's 核实; realseventyfour
    # BX01 removed "初步核實涉及…27起"). Other copies say 核破, but this text does not.
    # F("cases_solved", 70, "初步调查冒充公检法类电信诈骗案件70余起", ZJ, q="at_least", camp="8·24"),
    F("money_involved", 10000000, "涉案金额1000余万元人民币", ZJ, q="at_least", camp="8·24"),
    F("dens_destroyed", 2, "一举捣毁电信网络诈骗犯罪窝点2个", ZJ, None, None, *P06, camp="8·24"),
    F("suspects_arrested", 27, "抓获犯罪嫌疑人27名", ZJ, None, None, *P06, camp="8·24"),
], campaigns=[C("8·24", "case")]))

# CD07 石家庄警方 涉疫情电信诈骗 (河北法制报 2020年03月12日 第02版; "截至3月6日")
SJZ = "石家庄市"
docs.append(dict(doc_id="CD07", published="2020-03-12", facts=[
    F("cases_solved", 48, "成功侦破涉疫情电信诈骗案件48起", HEB, SJZ),
    F("suspects_arrested", 36, "抓获犯罪嫌疑人36名", HEB, SJZ),
    F("money_involved", 6000000, "涉案金额600余万元", HEB, SJZ, q="at_least"),
    F("money_involved", 400000, "实施诈骗40余万元的案件", HEB, SJZ, q="at_least"),
], campaigns=[]))

# CD08 梅州 丰顺县公安局 口罩诈骗 (梅州网, "2月16日/14日", no year)
MZ = "梅州市"; FS = "丰顺县"
docs.append(dict(doc_id="CD08", published=None, facts=[
    F("suspects_arrested", 2, "先后抓获2名以卖口罩为由实施电信网络诈骗的犯罪嫌疑人", GD, MZ, FS),
    F("money_involved", 170000, "涉案金额17余万元", GD, MZ, FS, q="at_least"),
    F("victim_loss", 173500, "转账共173500元购买口罩", GD, MZ, FS),
    F("victim_loss", 2700, "通过微信支付对方2700元", GD, MZ, FS),
], campaigns=[]))

# CD09 鹤壁市公安局 口罩诈骗 (ttnews, "2月4日", no year)
docs.append(dict(doc_id="CD09", published=None, facts=[
    F("suspects_arrested", 2, "两人到案", HEN, "鹤壁市"),
    F("money_involved", 10000, "涉案金额1万余元", HEN, "鹤壁市", q="at_least"),
], campaigns=[]))

# CD10 漳州 台商区公安分局 口罩诈骗 (Traditional 台海网 mirror, "2月15日", no year)
docs.append(dict(doc_id="CD10", published=None, facts=[
    F("cases_solved", 3, "初步破獲詐騙案3起", FJ, "漳州市"),
], campaigns=[]))

# CD11 中山市反诈骗中心 冒充疾控中心 涉疫诈骗 (中山网 发布时间 2022-07-15; "7月14日")
docs.append(dict(doc_id="CD11", published="2022-07-15", facts=[
    # "6人先后被骗,总金额超过22.5万元" is an aggregate loss of six cases: left out
    F("victim_loss", 134100, "将自己银行账号内的13.41万元转移到了“安全账户”", GD, ZS),
], campaigns=[]))

# checker: CD12 removed as a repeat. It is the same hxnews page (same address) that realseventyfive CHECK removed as BY03
# and realthirtytwo NOTES dropped: the 公安部 side of the 7月17日 金边 raid that realseventeen L02 reports from the 河南
# side (3 窝点, 31/32 arrested, 押解 7月26日/29日; 17 + 14 = 31). Old block kept below.
# # CD12 公安部 32名 柬埔寨 (海峡网 copy of 央视, "今天(27日)", no year)
# docs.append(dict(doc_id="CD12", published=None, facts=[
#     # "抓获74名网络敲诈勒索犯罪嫌疑人" is extortion, not fraud (earlier sets dropped the 浏阳 柬埔寨 74): left out
#     F("dens_destroyed", 3, "成功捣毁电信网络诈骗犯罪窝点3个", None),
#     F("suspects_arrested", 32, "抓获犯罪嫌疑人32名", None),
#     F("cases_solved", 300, "初步核破案件300余起", None, q="at_least"),
#     F("money_involved", 10000000, "涉案金额1000余万元", None, q="at_least"),
# ], campaigns=[]))


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
