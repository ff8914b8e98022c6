"""Hand-made gold for realonehundredfive (DD01-DD08; written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

BJ = "北京市"; SH = "上海市"; GD = "广东省"; FJ = "福建省"; SC = "四川省"

docs = []
# checker: texts DD01-DD08 all compared with the search tool's excerpts (identical); DD01's address corrected in sources.tsv.

# DD01 首都机场公安局大兴机场分局 机票退改签 (光明网 copy of 央视新闻客户端, 2025-08-13 16:47; "近日", truncated)
docs.append(dict(doc_id="DD01", published="2025-08-13", facts=[
    # the airport branch of 首都机场公安局 (a Beijing force) -> 北京市/北京市; it is not the 大兴区 district branch, county null
    F("victim_loss", 29000, "转走了29000余元", BJ, BJ, None, q="at_least"),
], campaigns=[]))

# DD02 上海铁路公安处乘警支队 D982次 旅客 (上观新闻, "11月13日" without a year, no page date)
docs.append(dict(doc_id="DD02", published=None, facts=[
    # railway 公安处 -> the city of its seat (realeleven E01, realfiftyeight BH06)
    F("money_recovered", 50000, "避免经济损失5万元", SH, SH),
], campaigns=[]))

# DD03 珠海 斗门公安分局 新青派出所 上门劝阻 (观海融媒 2021-12-27 17:32; the article is printed twice on the page)
D03 = ("2021-12-25", "2021-12-25")
docs.append(dict(doc_id="DD03", published="2021-12-27", facts=[
    F("money_recovered", 10000, "挽回经济损失1万元", GD, "珠海市", "斗门区", *D03),
], campaigns=[]))

# DD04 泉州 泉港公安分局 预警劝阻 (泉州晚报 e-paper; "3月24日至今", "4月5日", "4月6日" without a year; truncated)
docs.append(dict(doc_id="DD04", published=None, facts=[
    F("money_recovered", 1000000, "为群众避免经济损失100万余元", FJ, "泉州市", "泉港区", q="at_least"),
], campaigns=[]))

# DD05 惠州市公安局反诈骗中心 "天翼蓝盾" (Traditional, porn-spam mirror of 央广网/新华网, 2017-03-16 14:40:00)
HZ = "惠州市"
# checker: "自去年12月底正式運營至今" starts at "12月底", late December, not a day; 2016-12-31 would be an invented start.
# The finished sets give such a window no period (realsix W17 "9月底" changed to null by its check, realblind T20 "6月底",
# realfortyone AQ13 "12月初"), so the three centre totals get a null period (was 2016-12-31..2017-03-16).
P05 = (None, None)
docs.append(dict(doc_id="DD05", published="2017-03-16", facts=[
    F("suspects_arrested", 22, "抓獲犯罪嫌疑人22名", GD, HZ),
    F("cases_filed", 927, "共查處網絡通信詐騙案件927宗", GD, HZ, None, *P05),
    F("money_involved", 5000000, "涉及詐騙金額500多萬元", GD, HZ, None, *P05, q="at_least"),
    F("accounts_frozen", 100, "共凍結了100多個銀行賬戶", GD, HZ, None, *P05, q="at_least"),
], campaigns=[]))

# DD06 佛山 "天盾" 反电信网络诈骗工作室 (南都 via 新浪广东; no date in the text, the address says 2016-01-14; truncated)
docs.append(dict(doc_id="DD06", published=None, facts=[
    F("money_recovered", 23600000, "挽回经济损失2360多万元", GD, "佛山市", q="at_least"),
], campaigns=[
    C("3+2专项行动", start="2015"),
]))

# DD07 厦门 湖里分局 禾山派出所 + 厦门市打击治理中心 (新华社 "厦门7月5日电"; the year 2025 is fixed by "2025年5月20日"; truncated)
docs.append(dict(doc_id="DD07", published="2025-07-05", facts=[
    # cash already withdrawn, the payment stopped by the police (realseventeen L11 "取现4.8万" and realtwentyfive AA08 -> money_stopped)
    F("money_stopped", 48000, "已取现4.8万元", FJ, "厦门市", "湖里区"),
], campaigns=[]))

# DD08 成都 成华区分局反诈中心 / 猛追湾反诈分中心 (四川法治报; "今年以来" without a year in the text; truncated)
CD = "成都市"; CH = "成华区"
docs.append(dict(doc_id="DD08", published=None, facts=[
    F("money_recovered", 10336000, "挽损资金1033.6万元", SC, CD, CH),
    # the transfer had gone through before the 止付冻结 (dev B10 "已經被騙轉賬的8萬元" -> victim_loss); the recovered sum is not given
    F("victim_loss", 300000, "将30万元转到指定账户", SC, CD, CH),
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
