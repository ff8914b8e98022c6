"""Hand-made gold for realeightyfour (CH01-CH12; written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

NAT = None  # a 公安部 (national) figure: province, city and county all null
CQ = "重庆市"; SN = "陕西省"; ZJ = "浙江省"; FJ = "福建省"

docs = []

# CH01 公安部 63名 from 柬埔寨 (搜狐 copy of 中新网 "9月20日电", no year anywhere in the text)
# The 63 and the one den were taken by 柬埔寨移民总局 (a foreign force) -> not gold. The cumulative 公安部 figures since
# "去年11月" are national; the year cannot be fixed from the text -> periods null.
docs.append(dict(doc_id="CH01", published=None, facts=[
    F("dens_destroyed", 65, "共捣毁境外电信网络诈骗窝点65个", NAT),
    F("suspects_arrested", 1168, "抓获犯罪嫌疑人1168名", NAT),
    F("suspects_arrested", 347, "其中台湾居民347人", NAT),
    F("cases_solved", 3300, "破案3300余起", NAT, q="at_least"),
    F("money_involved", 710000000, "涉案金额7.1亿元", NAT),
], campaigns=[]))

# checker: CH02 removed as a repeat. It is the same hxnews page (http://hxnews.com/news/gn/shxw/201707/27/1267836.shtml)
# that realseventyfive CHECK removed as BY03 and realeighty CHECK removed as CD12, and that realthirtytwo NOTES dropped:
# realseventeen L02 reports the same 7月17日 金边 raid from the 河南 side (3 窝点, 31 arrested). Text, sources.tsv row and
# gold entry deleted. (The saved file also differed from the tool's excerpt: an extra 等 in "虚假网络购物等诈骗活动".)
# # CH02 公安部 赴柬埔寨工作组 32名 (海峡网 copy of 央视, "今天(27日)", no year in the text)
# docs.append(dict(doc_id="CH02", published=None, facts=[
#     F("dens_destroyed", 3, "成功捣毁电信网络诈骗犯罪窝点3个", NAT),
#     F("suspects_arrested", 32, "抓获犯罪嫌疑人32名,初步核破", NAT),
#     F("cases_solved", 300, "初步核破案件300余起", NAT, q="at_least"),
#     F("money_involved", 10000000, "涉案金额1000余万元", NAT, q="at_least"),
# ], campaigns=[]))

# checker: CH03 removed as a repeat. It is the 重庆 side of the same story as realthirtytwo AH05 (新华社广州10月28日电):
# the same 10月17日 raid on 4 窝点 in 金边/甘拉 (61 arrested, 大陆42人、台湾19人) and the same 10月28日 包机 押解 of those 61
# (28 of them to 重庆); the 10月5日 74 appear in AH05 too. realeighty CHECK (CD12 vs realseventeen L02) and realthirtytwo
# NOTES (hxnews vs L02) removed the other side of one raid in the same way. Text, sources.tsv row and gold entry deleted.
# (The saved file also differed from the tool's excerpt in the photo caption: "重庆警方将28名…押解回渝".)
# # CH03 重庆警方 28名 押解回渝 (报告速 copy of 重庆日报, page stamp 30.10.2017 09:26)
# D1005 = ("2017-10-05", "2017-10-05"); D1017 = ("2017-10-17", "2017-10-17")
# docs.append(dict(doc_id="CH03", published="2017-10-30", facts=[
#     F("suspects_arrested", 28, "共抓获28名犯罪嫌疑人", CQ, CQ),
#     F("dens_destroyed", 2, "打掉电信网络诈骗窝点两个", CQ, CQ),
#     F("dens_destroyed", 11, "捣毁诈骗窝点11处", NAT, None, None, *D1005),
#     F("suspects_arrested", 74, "抓获犯罪嫌疑人74名", NAT, None, None, *D1005),
#     F("suspects_arrested", 61, "抓获犯罪嫌疑人61名", NAT, None, None, *D1017),
#     F("suspects_arrested", 42, "大陆42人", NAT, None, None, *D1017),
#     F("suspects_arrested", 19, "台湾19人", NAT, None, None, *D1017),
# ], campaigns=[]))

# CH04 公安部 工作组 菲律宾 151名 (民航资源网 copy of 中新网, 2018-04-04 14:50:00)
D0113 = ("2018-01-13", "2018-01-13")
docs.append(dict(doc_id="CH04", published="2018-04-04", facts=[
    F("dens_destroyed", 6, "成功捣毁6个电信网络诈骗犯罪窝点", NAT, None, None, *D0113),
    F("suspects_arrested", 151, "抓获犯罪嫌疑人151名", NAT, None, None, *D0113),
    F("suspects_arrested", 73, "大陆73人", NAT, None, None, *D0113),
    F("suspects_arrested", 78, "台湾78人", NAT, None, None, *D0113),
    F("money_involved", 100000000, "涉案金额达上亿元人民币", NAT, q="at_least"),
], campaigns=[]))

# CH05 浙江 148名 缅北 移交/押解, 18名 押解回温 (spam mirror; only photo file names carry a date)
docs.append(dict(doc_id="CH05", published=None, facts=[
    F("money_involved", 30000000, "与我省关联案件涉案金额达3000余万元", ZJ, q="at_least"),
], campaigns=[]))

# CH06 重庆 九龙派出所 冒充老板 86万 (新浪重庆 copy of 华龙网 "3月14日", no year of publication)
docs.append(dict(doc_id="CH06", published=None, facts=[
    F("victim_loss", 860000, "让她向张龙的账号返款86万", CQ, CQ, None, "2016-01-21", "2016-01-21"),
    F("money_recovered", 860000, "被骗的钱收回来了,86万元", CQ, CQ),
], campaigns=[]))

# CH07 西安 长安分局 郭杜派出所 (Traditional, 華商網 2017-06-24): 2014 case frozen, returned after 3 years
XA = "西安市"; CA = "长安区"; D0504 = ("2014-05-04", "2014-05-04")
docs.append(dict(doc_id="CH07", published="2017-06-24", facts=[
    F("victim_loss", 60000, "向對方銀行賬戶轉賬6萬餘元", SN, XA, CA, *D0504, q="at_least"),
    F("money_frozen", 60000, "賬戶內的6萬餘元被騙資金尚未轉移便被凍結", SN, XA, CA, *D0504, q="at_least"),
    F("money_recovered", 60000, "被騙資金6萬元成功追回並返還", SN, XA, CA),
], campaigns=[]))

# CH08 公安部 工作组 马来西亚 74名, 襄阳 侦办 (Traditional mirror; event "2016 年 11 月 29 日晚", no dateline)
docs.append(dict(doc_id="CH08", published=None, facts=[
    F("suspects_arrested", 74, "共抓獲 74 名犯罪嫌疑人", NAT),
    F("suspects_arrested", 53, "其中大陸 53 人", NAT),
    F("suspects_arrested", 21, "臺灣 21 人", NAT),
    F("cases_solved", 500, "500 余起特大跨境電信網絡詐騙案成功告破", NAT, q="at_least"),
    F("money_involved", 60000000, "涉案總金額高達 6000 余萬元", NAT, q="at_least"),
], campaigns=[]))

# CH09 公安部 工作组 马来西亚 117名 / 97名 押解 (网信办 copy of 新华社 "4月30日电", no year in the text)
docs.append(dict(doc_id="CH09", published=None, facts=[
    F("dens_destroyed", 5, "成功捣毁了马来西亚的5个电信诈骗窝点", NAT),
    F("suspects_arrested", 117, "抓获117名犯罪嫌疑人", NAT),
    F("suspects_arrested", 65, "其中大陆65名", NAT),
    F("suspects_arrested", 52, "台湾52名", NAT),
    F("cases_solved", 100, "100余起特大跨境电信诈骗案成功告破", NAT, q="at_least"),
], campaigns=[]))

# CH10 中西 "长城行动" 94名 引渡 (Traditional, 海峡网 mirror, no date of its own in the text)
D1213 = ("2016-12-13", "2016-12-13"); CC = "长城行动"
docs.append(dict(doc_id="CH10", published=None, facts=[
    F("dens_destroyed", 13, "詐騙窩點13個", NAT, None, None, *D1213, camp=CC),
    F("suspects_arrested", 237, "抓獲并在西班牙羈押犯罪嫌疑人237名", NAT, None, None, *D1213, camp=CC),
    F("money_involved", 120000000, "涉案金額達1.2億元人民幣", NAT, camp=CC),
], campaigns=[C(CC, "operation", "2016-12-13")]))

# CH11 宁波市反诈中心 冒充老板 600万 止付 (浙江在线, "2月16日" / "去年4月28日", no year in the text)
NB = "宁波市"
docs.append(dict(doc_id="CH11", published=None, facts=[
    F("victim_loss", 6000000, "将600万元汇入对方提供的银行账户", ZJ, NB),
    F("money_stopped", 1190000, "成功止付一级涉案银行账户内119万余元", ZJ, NB, q="at_least"),
    F("money_stopped", 9700000, "成功止付资金970万余元", ZJ, NB, q="at_least"),
    F("money_stopped", 6000000, "本案600万元涉案资金被全部成功止付", ZJ, NB),
], campaigns=[]))

# CH12 厦门市反诈骗中心 资金返还推进会 (泉州网 copy of 厦门日报, no date in the text)
XM = "厦门市"
docs.append(dict(doc_id="CH12", published=None, facts=[
    F("money_recovered", 10440000, "已累计返还群众被骗资金1044万元", FJ, XM),
    # checker: removed — a bank's row ("各银行…返还金额较多的包括…"), as realset S13 left out its per-bank rows
    # F("money_recovered", 3916000, "工商银行391.6万元", FJ, XM),
    # checker: removed — a bank's row ("各银行…返还金额较多的包括…"), as realset S13 left out its per-bank rows
    # F("money_recovered", 2529000, "农业银行252.9万元", FJ, XM),
    # checker: removed — a bank's row ("各银行…返还金额较多的包括…"), as realset S13 left out its per-bank rows
    # F("money_recovered", 1965000, "建设银行196.5万元", FJ, XM),
    F("money_frozen", 8130000, "冻结在第三方支付机构的诈骗资金有813万余元", FJ, XM, q="at_least"),
    F("money_recovered", 544000, "返还冻结资金54.4万元", FJ, XM, None, "2017-01-01", "2017-12-31"),
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
