"""Hand-made gold for realeightysix (CJ01-CJ05; written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

CQ = "重庆市"; GS = "甘肃省"; FJ = "福建省"; LN = "辽宁省"

docs = []

# checker: CJ01, CJ04 and CJ05 are byte-identical to the search tool's excerpts. CJ01's 2013 figures are kept as the
# 渝北区 force's (one officer's tally counted as the force's, as realsixtyone BK01 and realseventyone BU06) and as the
# calendar year 2013 (the text says "2013年," not "2013年以来").
# CJ01 重庆 渝北区公安分局 李作明 (全国特级优秀人民警察 profile; no date in the text; the 2016-10-18 部督案 and his 2013 figures)
YB = "渝北区"; D1 = ("2016-10-18", "2016-10-18"); Y13 = ("2013-01-01", "2013-12-31")
docs.append(dict(doc_id="CJ01", published=None, facts=[
    F("gangs_busted", 2, "2个以加盟某网络平台为幌子向客户骗取代理费的诈骗团伙被连根拔起", CQ, CQ, YB, *D1),
    F("suspects_arrested", 30, "30余名犯罪嫌疑人束手就擒", CQ, CQ, YB, *D1, q="at_least"),
    F("money_recovered", 8000000, "800余万元诈骗款交还给当事民众", CQ, CQ, YB, q="at_least"),
    F("cases_solved", 1000, "破获大小电信诈骗案件千余件", CQ, CQ, YB, *Y13, q="at_least"),
    F("gangs_busted", 10, "打击诈骗团伙10余个", CQ, CQ, YB, *Y13, q="at_least"),
    F("money_recovered", 10000000, "挽回经济损失上千万元", CQ, CQ, YB, *Y13, q="at_least"),
], campaigns=[]))

# CJ02 张掖 肃南裕固族自治县公安局 "双语"反诈小分队 (Traditional garbled mirror of 甘肃政法网, 发布时间 2025-04-14)
# checker: texts/CJ02.txt saved again exactly as the search tool returns it (m.shuikutong.com/Show/437593, two queries,
# same excerpt): the header reads "發(fā)布時(shí)間:2025-04-14" (the saved file had "發(fā)布時間"); 888 characters now.
# The evidence below is unaffected; cases_filed for "發(fā)生" kept (realfortynine AY02, realsixtynine BS09, realfiftythree BC14).
docs.append(dict(doc_id="CJ02", published="2025-04-14", facts=[
    F("cases_filed", 23, "共發(fā)生23起網(wǎng)絡(luò)詐騙", GS, "张掖市", "肃南裕固族自治县", "2024-01-01", "2024-12-31"),
], campaigns=[]))

# checker: CJ03 could not be found again with the search tool (7 queries, Traditional and Simplified; the text is kept as
# saved). Period and published null agreed: "2023年以来…截至目前" has no stated end and "1月21日讯" no year.
# CJ03 龙岩 新罗分局 反诈宣传四招 (Traditional mirror of 福建法治报 "1月21日讯", no year for the dateline; "2023年以来…截至目前")
docs.append(dict(doc_id="CJ03", published=None, facts=[
    F("money_recovered", 71553200, "挽回群眾損失7155.32萬元", FJ, "龙岩市", "新罗区"),
], campaigns=[]))

# CJ04 莆田 涵江分局 冒充客服 紧急止付 (海峡法治在线 "2月24日讯", no year in the text)
docs.append(dict(doc_id="CJ04", published=None, facts=[
    F("money_stopped", 18000, "为群众紧急止付近1.8万元", FJ, "莆田市", "涵江区", q="approx"),
], campaigns=[]))

# CJ05 丹东边境管理支队 一经街边境派出所 "三位一体"反诈 (Traditional garbled mirror of 辽宁长安网/辽宁法治报, 2025-04-23 10:05)
docs.append(dict(doc_id="CJ05", published="2025-04-23", facts=[
    F("money_recovered", 200000, "挽回群眾損失超20萬元", LN, "丹东市", None, "2025-01-01", "2025-04-23", q="at_least"),
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
