"""Hand-made gold for realthirtysix (AL01-AL10; written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

SX = "山西省"; HN = "湖南省"; AH = "安徽省"; JS = "江苏省"; YN = "云南省"; SD = "山东省"; LN = "辽宁省"
ZJ = "浙江省"; HI = "海南省"; GD = "广东省"

docs = []

# AL01 运城市公安局 2021年工作回顾 (government page, no page date; "2021年以来…截至目前" has no end -> null)
YC = "运城市"
docs.append(dict(doc_id="AL01", published=None, facts=[
    F("cases_solved", 470, "破获电信网络诈骗案件470起", SX, YC),
    F("suspects_arrested", 500, "抓获犯罪嫌疑人500人", SX, YC),
    F("money_recovered", 4875900, "返还资金487.59万元", SX, YC),
], campaigns=[C("断卡行动")]))

# AL02 衡阳市公安局 新闻发布会 (Traditional mirror; "3月27日" and "今年1至3月" without a year)
HY = "衡阳市"
docs.append(dict(doc_id="AL02", published=None, facts=[
    F("suspects_arrested", 58, "抓獲電信詐騙犯罪嫌疑人58人", HN, HY),
    F("cases_solved", 52, "破獲刑事案件52起", HN, HY),
    F("suspects_arrested", 20, "抓獲嫌疑人20名", HN, HY),
    F("cases_solved", 86, "破獲刑事、治安案件86起", HN, HY),
    F("money_involved", 2000000, "涉案金額200餘萬元", HN, HY, q="at_least"),
    F("money_recovered", 96000, "返還受害人被騙資金9.6萬元", HN, HY),
], campaigns=[C("3·1", kind="case"), C("2·22", kind="case")]))

# AL03 黄山 歙县公安局徽城派出所 (歙县政府网, no page date; single incident "2024年7月14日")
docs.append(dict(doc_id="AL03", published=None, facts=[
    F("money_recovered", 110000, "为其挽损11万余元", AH, "黄山市", "歙县", "2024-07-14", "2024-07-14", q="at_least"),
], campaigns=[]))

# AL04 南通 如皋市公安局 "0811"专案 ("蓝剑2024"; no dateline; "2月15日(正月初六)" without a year)
C0811 = "0811"
docs.append(dict(doc_id="AL04", published=None, facts=[
    F("suspects_arrested", 58, "先后抓获该集团作案成员58人", JS, "南通市", "如皋市"),
    F("suspects_arrested", 56, "历时7天成功抓获境外回流涉诈犯罪嫌疑人56名", JS, "南通市", "如皋市", camp=C0811),
], campaigns=[C("蓝剑2024"), C(C0811, kind="case")]))

# AL05 红河 金平县公安局 (no page date; "12月6日" without a year)
docs.append(dict(doc_id="AL05", published=None, facts=[
    F("money_recovered", 40000, "为受害群众保住人民币4万余元", YN, "红河哈尼族彝族自治州", "金平苗族瑶族傣族自治县", q="at_least"),
], campaigns=[]))

# AL06 聊城市公安局 2023年公安工作 (大众网 2024-02-27)
LC = "聊城市"; Y23 = ("2023-01-01", "2023-12-31")
docs.append(dict(doc_id="AL06", published="2024-02-27", facts=[
    F("money_stopped", 3230000000, "止付32.3亿元", SD, LC, None, *Y23),
    F("money_recovered", 21000000, "返还群众被骗资金2100余万元", SD, LC, None, *Y23, q="at_least"),
], campaigns=[]))

# AL07 锦州市公安局 (IP mirror, no page date; "自4月20日…以来" without a year)
docs.append(dict(doc_id="AL07", published=None, facts=[
    F("cases_filed", 493, "电信诈骗案493起", LN, "锦州市"),
], campaigns=[]))

# checker: AL08 removed as a duplicate. It tells the same story as realnine Z02 (main/corpus): 温州市公安局's
# "11·28" 微信招嫖 case (2019年部督), the 2月 收网 with 儋州 police, 58 arrested in 儋州那大镇, 涉案500多/余万, 42 flown
# back to 温州 and 16 (自首) left in 海南 (Z02 writes "11·28" and 抓获58人; a grep of 那大 or 招嫖 finds it).
# Block commented out, texts/AL08.txt deleted, sources.tsv row removed.
# # AL08 温州市公安局 部督"11.28"专案 (Traditional mirror of 澎湃; "2月21日" without a year)
# WZ = "温州市"; C1128 = "11.28"
# docs.append(dict(doc_id="AL08", published=None, facts=[
#     F("suspects_arrested", 459, "共到案詐騙犯罪嫌疑人459名", ZJ, WZ),
#     F("money_involved", 5000000, "涉案金額達500多萬元", ZJ, WZ, q="at_least", camp=C1128),
#     F("suspects_arrested", 58, "抓獲電信詐騙犯罪嫌疑人58名", ZJ, WZ, camp=C1128),
#     F("money_frozen", 800000, "凍結涉案資金80余萬元", ZJ, WZ, q="at_least", camp=C1128),
# ], campaigns=[C(C1128, kind="case")]))

# AL09 东方市公安局 "摘帽4" 退赃大会 (南国都市报 2019-02-26; 东方市 is county-level under the province)
DF = "东方市"; ZM = "摘帽4"
docs.append(dict(doc_id="AL09", published="2019-02-26", facts=[
    F("suspects_arrested", 98, "共抓获违法犯罪嫌疑人98人", HI, DF, camp=ZM),
    F("money_recovered", 2534611, "退赃数额为2534611元", HI, DF, None, "2019-02-25", "2019-02-25"),
    F("suspects_arrested", 312, "东方网络诈骗犯已到案312人", HI, DF),
], campaigns=[C(ZM), C("雷霆二号")]))

# AL10 阳江市公安局刑警支队六大队 (no page date; "2017年以来" open-ended; 邦康 2017-09-30)
YJ = "阳江市"; D170930 = ("2017-09-30", "2017-09-30")
docs.append(dict(doc_id="AL10", published=None, facts=[
    F("cases_solved", 688, "侦破电信网络诈骗案件688起", GD, YJ),
    F("people_dissuaded", 5467, "成功劝阻受骗事主5467人", GD, YJ),
    F("money_recovered", 1000000, "原路返还被骗资金39笔共计100余万元", GD, YJ, q="at_least"),
    F("money_frozen", 20820000, "冻结涉案资金2082万余元", GD, YJ, q="at_least"),
    F("gangs_busted", 2, "成功打掉诈骗团伙2个", GD, YJ, None, *D170930),
    F("suspects_arrested", 8, "抓获犯罪嫌疑人8名", GD, YJ, None, *D170930),
], campaigns=[C("飓风55号", kind="case")]))  # checker: kind "case": the text calls it a 专案 ("飓风55号"跨境电信网络诈骗专案收网),
# and the dev gold and finished sets give every numbered 飓风N号 kind "case" (dev B02 飓风24号, realsix W11, realsixteen K05,
# realtwentytwo D01, realtwentysix AB02, realthirtytwo AH06).

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
