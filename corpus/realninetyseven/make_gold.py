"""Hand-made gold for realninetyseven (CV01-CV03; written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

GD = "广东省"; HN = "湖南省"; HE = "河北省"

docs = []

# CV01 广州市公安局 新闻办公室 通报 今年以来 (中新网 "广州6月19日电" on a mirror with stamp "发布时间:2024-11-14 16:43:32 来源: sp20241114";
# published = the mirror stamp, as realfifteen J13/J14, realeleven E09, realeightythree CG08; the dateline takes the stamp's year
# -> 2024-06-19, and "今年以来" runs 2024-01-01..2024-06-19 as J14 did with its dateline).
GZ = "广州市"; P01 = ("2024-01-01", "2024-06-19")
docs.append(dict(doc_id="CV01", published="2024-11-14", facts=[
    # title "今年以来为群众挽回损失3.37亿元" repeats the body claim -> one fact, evidence from the body
    # checker: period 2024-01-01..2024-06-19 -> null. The text fixes this figure's end as "(截至6月上旬)", so the dateline
    # day (06-19) is later than the stated cut-off, and "上旬" is not a day: the finished checks null such ends/starts
    # (realsix W17 "9月底", realforty AP01 "7月上旬", realfortyone AQ17 "11月上旬" changed to null, realsixteen K04
    # "截至今年8月上旬" null, realfifteen "5月下旬"). The other 今年以来 figures have no such cut-off and keep ..06-19 (J14).
    F("money_recovered", 337000000, "共为群众减少和挽回损失3.37亿元", GD, GZ, None),
    # the 南沙区 company's loss in the 4月24日 incident; the force is the city 反诈中心 (county null); "止付挽回了全部损失" has no own figure
    F("victim_loss", 1300000, "冒充公司领导骗取130万元", GD, GZ, None, "2024-04-24", "2024-04-24"),
    F("money_recovered", 77765000, "通过紧急止付已向群众返还被骗资金7776.5万元", GD, GZ, None, *P01),
    F("suspects_detained", 7400, "依法刑事拘留犯罪嫌疑人共计7400余名", GD, GZ, None, *P01, q="at_least", camp="猎诈"),
], campaigns=[C("猎诈")]))

# CV02 长沙市公安局 冒充ETC认证短信诈骗 "全国首例" (machine-rewritten 红网 copy, "本篇文章1314字"; no date and no year anywhere)
CS = "长沙市"
docs.append(dict(doc_id="CV02", published=None, facts=[
    # "今年5月以来…这类诈骗案件,仅长沙一地就有90多起": incidents that occurred in 长沙 -> cases_filed (发案); no year -> period null
    F("cases_filed", 90, "仅长沙一地就有90多起", HN, CS, q="at_least"),
    # 专案组 of 长沙反诈骗中心 + 芙蓉分局 set up by 长沙市公安局 -> the city's result; "7月15日" without a year -> period null
    F("suspects_arrested", 19, "抓获犯罪嫌疑人19人", HN, CS),
], campaigns=[]))

# CV03 河北省公安厅 "民族资产解冻"类诈骗 (Traditional mirror of 中新社 "石家莊4月30日電"; the title and body fix the reported year
# 2019 ("2019年偵辦專案14起", "2019年以來") -> published 2019-04-30 by the yearless-dateline rule; period 2019-01-01..2019-04-30)
P03 = ("2019-01-01", "2019-04-30")
docs.append(dict(doc_id="CV03", published="2019-04-30", facts=[
    # title "2019年偵辦專案14起" repeats the body -> one fact
    # checker: removed cases_solved 14 "全省共偵辦專案14起". 偵辦 (handled/investigated) is not 破获: realnine NOTES ("侦办…案件"
    # are not cases_solved; its check: dev A03 counts 侦办 only with 立案), realfortyeight AX06 查办/侦办 400余起 left out,
    # realeightytwo 偵辦…7099起 "侦办 is not 破获". realfiftyone BA10's 侦办…516起 was kept only as a breakdown of a 侦破 total.
    # F("cases_solved", 14, "全省共偵辦專案14起", HE, None, None, *P03),
    F("suspects_arrested", 227, "抓獲227人", HE, None, None, *P03),
    F("money_frozen", 43040000, "查獲涉案贓款逾4304萬元", HE, None, None, *P03, q="at_least"),
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
