"""Hand-made gold for realfiftysix (BF01-BF20, without BF05 (checker: duplicate); written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

JS = "江苏省"; ZJ = "浙江省"; SH = "上海市"; GD = "广东省"; AH = "安徽省"; CQ = "重庆市"; XJ = "新疆维吾尔自治区"
GS = "甘肃省"; SC = "四川省"

docs = []

# BF01 苏州工业园区公安分局 刷单 "收赃" 团伙 (szdushi mirror; "今天(9月14日)", "今年5月底", no year)
SZ = "苏州市"
docs.append(dict(doc_id="BF01", published=None, facts=[
    F("victim_loss", 47000, "损失近4.7万元", JS, SZ, q="approx"),
    F("money_involved", 1250000, "涉案金额已经超过了125万元", JS, SZ, q="at_least"),
    F("suspects_arrested", 7, "方某等七人被成功抓获", JS, SZ),
], campaigns=[]))

# BF02 宁波 海曙分局 江厦派出所 冒充外孙 (中国宁波网; "8月6日", no year in the text)
NB = "宁波市"; HS = "海曙区"
docs.append(dict(doc_id="BF02", published=None, facts=[
    F("victim_loss", 40000, "骗走了他4万元", ZJ, NB, HS),
    F("suspects_arrested", 3, "民警成功将3名犯罪嫌疑人拿下", ZJ, NB, HS),
    F("money_recovered", 40000, "找回被骗的4万元现金", ZJ, NB, HS),
], campaigns=[]))

# BF03 上海 浦东分局 抖音刷单 团伙 (ergou mirror; "6月初/6月17日", no year; truncated)
docs.append(dict(doc_id="BF03", published=None, facts=[
    F("suspects_arrested", 6, "抓获以钟某泉为首的6名犯罪嫌疑人", SH, SH, "浦东新区"),
    F("money_involved", 300000, "涉案金额30多万元", SH, SH, "浦东新区", q="at_least"),
], campaigns=[]))

# BF04 茂名市反诈骗中心 虚假投资 50万 (168chaogu mirror; "6月13日", no year)
MM = "茂名市"
docs.append(dict(doc_id="BF04", published=None, facts=[
    F("victim_loss", 500000, "在投资平台被诈骗50万元", GD, MM),
    F("money_frozen", 31720000, "紧急冻结涉案资金3172万元", GD, MM),
    F("money_stopped", 180000, "受害人转出的18万元被及时止付", GD, MM),
], campaigns=[]))

# BF05 金华 跨国虚假投资 452 — checker: dropped as a duplicate. It is the 中新网 version of the 金华市公安局 case that
# realeight Y15 (东方日报, "內地首5月破11.4萬宗電騙") already reports in its lead and two paragraphs (2020年12月 线索 from
# 浙江省公安厅, 东南亚某国 platform from 2019年8月, 不到两个月 涉案超2500万, 6套房产, 3辆豪车, 452 arrested). Y15's gold
# holds 浙江省/金华市 suspects_arrested 452 and money_involved 25,000,000, two of this page's three facts. realforty's
# check dropped AP07 (the 北青 version of the same story) against Y15 on the same ground, and named this 中新网 version.
# Block removed (3 facts), texts/BF05.txt deleted, sources.tsv row removed.
# JH = "金华市"
# docs.append(dict(doc_id="BF05", published="2021-06-18", facts=[
#     F("suspects_arrested", 452, "警方共抓獲窩點(diǎn)人員452名", ZJ, JH),
#     F("money_involved", 25000000, "涉案資金已超2500萬元", ZJ, JH, q="at_least"),
#     F("money_involved", 157000000, "案值1.57億元", ZJ, JH),
# ], campaigns=[]))

# BF06 公安部 老挝金三角 250名 裸聊敲诈和电诈 (Traditional mirror of 新华社 "4月23日電", year not fixed)
docs.append(dict(doc_id="BF06", published=None, facts=[
    F("dens_destroyed", 3, "成功搗毀3個位於老撾金三角經濟特區的犯罪窩點", None),
    F("suspects_arrested", 250, "抓獲250名中國籍違法犯罪嫌疑人", None),
    F("suspects_arrested", 160, "抓獲目標犯罪嫌疑人160名", None),
    F("suspects_arrested", 90, "網上在逃人員90名", None),
], campaigns=[]))

# BF07 深圳 大鹏分局 贷款诈骗 团伙 (深圳政法委 site; "今年3月31日", no year)
docs.append(dict(doc_id="BF07", published=None, facts=[
    F("victim_loss", 17400, "事主通过App贷款被骗人民币17400元", GD, "深圳市"),
    F("money_involved", 50000000, "总涉案金额逾5000万元", GD, "深圳市", q="at_least"),
    F("suspects_arrested", 29, "抓获犯罪嫌疑人29名", GD, "深圳市"),
    F("cards_seized", 200, "收缴银行卡200余张", GD, "深圳市", q="at_least"),
], campaigns=[]))

# BF08 合肥 瑶海分局 网贷"协商还款" 团伙 (颍州网 mobile; "今年8月2日", no year; truncated)
HF = "合肥市"; YH = "瑶海区"
docs.append(dict(doc_id="BF08", published=None, facts=[
    F("money_involved", 1000000, "涉案金额上百万元", AH, HF, YH, q="at_least"),
    F("suspects_arrested", 10, "将10名主要犯罪嫌疑人抓获", AH, HF, YH),
    F("victim_loss", 10000, "被人骗取了1万多元", AH, HF, YH, q="at_least"),
], campaigns=[]))

# BF09 广东 "飓风19号" 校园贷 专案 (cjz.vip copy of 南方日报, "发布时间:2017-06-16 12:33")
JF = "飓风19号"
docs.append(dict(doc_id="BF09", published="2017-06-16", facts=[
    F("dens_destroyed", 20, "共摧毁犯罪窝点20余个", GD, q="at_least", camp=JF),
    F("suspects_arrested", 180, "抓获嫌疑人180余名", GD, q="at_least", camp=JF),
    F("cases_solved", 190, "破获案件190余宗", GD, q="at_least", camp=JF),
    F("victim_loss", 3000, "等名义转账给该平台3000元", GD, "广州市"),
], campaigns=[C(JF, kind="case")]))

# BF10 盐城 滨海县公安局 八滩派出所 网贷诈骗 拦截 (盐城网, "时间:2024-08-12")
docs.append(dict(doc_id="BF10", published="2024-08-12", facts=[
    F("money_recovered", 20000, "为群众挽回经济损失2万余元", JS, "盐城市", "滨海县", q="at_least"),
], campaigns=[]))

# BF11 佛山 "网络招嫖" 诈骗窝点 (南方+ "2016-07-13 16:24"; "5月26日至6月21日" window)
FS = "佛山市"; PW = ("2016-05-26", "2016-06-21")
docs.append(dict(doc_id="BF11", published="2016-07-13", facts=[
    F("dens_destroyed", 9, "“网络招嫖”诈骗窝点9个", GD, FS, None, *PW),
    F("suspects_arrested", 30, "抓获犯罪嫌疑人员30名", GD, FS, None, *PW),
    F("cards_seized", 161, "缴获银行卡161张", GD, FS, None, *PW),
    F("money_frozen", 30000, "现金3万余元", GD, FS, None, *PW, q="at_least"),
], campaigns=[]))

# BF12 重庆 铜梁区公安局 劝阻 止损 (中国网 记录; no page date; "净网2022" in the lead)
XJBR = "夏季治安打击整治百日行动"; JW22 = "净网2022"
docs.append(dict(doc_id="BF12", published=None, facts=[
    F("money_recovered", 24000, "为群众止损24000余元", CQ, CQ, "铜梁区", q="at_least", camp=XJBR),
], campaigns=[C(XJBR), C(JW22, start="2022")]))

# BF13 广州 海珠 "机票改签" 团伙 (mhfzw mirror; "去年11月30日", no year)
GZ = "广州市"; HZ = "海珠区"
docs.append(dict(doc_id="BF13", published=None, facts=[
    F("suspects_arrested", 14, "抓获电信诈骗嫌疑人14名", GD, GZ, HZ),
    F("cases_solved", 34, "目前已侦破诈骗案件34宗", GD, GZ, HZ),
    # checker: added. "涉案金额达百万元" is the gang's 涉案金额 for the 34 cases, not a rounded repeat of a precise figure
    # (冯先生's 4.3万余 is one victim's loss). The finished sets keep such digitless round sums: realthirtytwo AH05
    # "涉案金额百万元" (exact), realfortythree AS20 "涉百萬元" (exact), realfourteen H11 "超百万", dev A10 "上亿元", realeight
    # Y17 "上百萬", and this set's own BF08 "上百万". realeleven E05 left out "损失金额达百万元" only because the precise
    # figures of the same loss were kept. 达 is not a qualifier word, so exact.
    F("money_involved", 1000000, "涉案金额达百万元", GD, GZ, HZ),
    F("victim_loss", 43000, "其中的4.3万余元都被转入了一个陌生账号", GD, GZ, HZ, q="at_least"),
], campaigns=[]))

# BF14 伊犁 昭苏县公安局 虚拟货币跑分 (msyfw; "2021年1月" report, "5月9日"; no page date)
YL = "伊犁哈萨克自治州"; ZS = "昭苏县"
docs.append(dict(doc_id="BF14", published=None, facts=[
    F("victim_loss", 746900, "称其在网上被诈骗人民币746900元", XJ, YL, ZS),
    F("suspects_arrested", 8, "8名涉案犯罪嫌疑人已全部归案", XJ, YL, ZS),
], campaigns=[]))

# BF15 重庆 江津区公安局 石蟆派出所 网贷诈骗 返还 (网易; no date)
XJZZ = "夏季治安打击整治行动"
docs.append(dict(doc_id="BF15", published=None, facts=[
    F("money_recovered", 60000, "6万元涉诈资金完璧归赵", CQ, CQ, "江津区", camp=XJZZ),
], campaigns=[C(XJZZ)]))

# BF16 兰州新区公安局 刷单 帮信团伙 (大西北网; "今年4月", "5月23日", no year)
LZ = "兰州市"
docs.append(dict(doc_id="BF16", published=None, facts=[
    F("suspects_arrested", 4, "抓获4名犯罪嫌疑人", GS, LZ),
    F("victim_loss", 189000, "缴纳保证金等为由诈骗18.9万元", GS, LZ),
    F("suspects_detained", 4, "4名犯罪嫌疑人对实施刷单诈骗的犯罪事实供认不讳,已被依法刑事拘留", GS, LZ),
], campaigns=[]))

# BF17 公安部 "中盈瑞丰" 信用卡诈骗 6省区收网 (中新网 "11月28日电", no year in the text)
SDYZ = "三打击一整治"
docs.append(dict(doc_id="BF17", published=None, facts=[
    F("suspects_arrested", 234, "抓获犯罪嫌疑人234名", None),
    F("dens_destroyed", 6, "捣毁诈骗窝点6个", None),
    F("suspects_detained", 184, "已被刑事拘留的184名嫌疑人", None),
    F("money_involved", 10000000, "涉案总金额近千万元", None, q="approx"),
], campaigns=[C(SDYZ)]))

# BF18 成都 新津区分局 冒充电商客服 (网易号 copy of 封面新闻; "5月27日", "去年5月"; arrest day "2020年6月5日")
CD = "成都市"; XNJ = "新津区"; D0605 = ("2020-06-05", "2020-06-05")
docs.append(dict(doc_id="BF18", published=None, facts=[
    F("victim_loss", 19240, "共被骗走19240元", SC, CD, XNJ),
    F("suspects_arrested", 4, "成功将刘某金等4名犯罪嫌疑人抓获", SC, CD, XNJ, *D0605),
    F("cards_seized", 80, "现场查获80余张银行卡", SC, CD, XNJ, *D0605, q="at_least"),
], campaigns=[]))

# BF19 苏州市公安局刑警支队 冒充熟人 换号短信 (千龙网; "今年8月以来", "8月15日", no year)
docs.append(dict(doc_id="BF19", published=None, facts=[
    F("suspects_arrested", 9, "9名犯罪嫌疑人抓回苏州", JS, SZ),
    F("victim_loss", 30000, "被人冒充熟人骗走3万元", JS, SZ),
], campaigns=[]))

# BF20 儋州 洋浦分局 三都海岸派出所 机票改签 (spam mirror of 南海网 with injected words; stamp "2024-11-15 16:35:15",
# dateline "7月9日消息")
HI = "海南省"
docs.append(dict(doc_id="BF20", published="2024-11-15", facts=[
    F("money_recovered", 19000, "为其全额追回被骗钱款1.9万元", HI, "儋州市"),
    F("victim_loss", 19000, "反而银行卡中1.9万元被全部转走", HI, "儋州市"),
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
