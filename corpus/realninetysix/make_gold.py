"""Hand-made gold for realninetysix (CU01-CU02; written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)


CQ = "重庆市"; YN = "云南省"

docs = []

# CU01 重庆 万州区公安局 2024年法治政府建设情况 (report text without a page date; starts mid-sentence "年,万州区公安局…";
# the text states "2024年" for the figures). Only the telecom fraud figure is a fact; the other crime figures are left out.
Y24 = ("2024-01-01", "2024-12-31")
docs.append(dict(doc_id="CU01", published=None, facts=[
    F("cases_filed", 775, "立电信网络诈骗案775起", CQ, CQ, "万州区", *Y24),
], campaigns=[
    C("107", "case"),
    C("3·16", "case"),
    C("7·17", "case"),
    C("5.17", "case"),
    # checker: start "2023" from the name, as the finished sets do for year-named operations (净网2020, 云剑2023, 砺剑2025,
    # dev A13 云剑-2022); the text gives no other date. Campaign start is not scored.
    C("昆仑2023", start="2023"),
    C("两打两控"),
    C("清源断流"),
]))

# CU02 云南省公安厅 2024年云南公安工作新闻发布会 (Traditional mirror of 央广网 "昆明1月9日消息", no year in the dateline;
# the conference reports 2024 on the eve of the 第五个中国人民警察节 -> 2025-01-09). Province-level, full year 2024.
docs.append(dict(doc_id="CU02", published="2025-01-09", facts=[
    F("suspects_arrested", 1846, "共抓獲并押解回國5批次1846名中國籍涉詐犯罪嫌疑人", YN, None, None, *Y24),
    # checker: gangs_busted -> dens_destroyed. Every combined count of 窝点 and 团伙 in the finished gold is dens_destroyed,
    # whatever the word order: realseventeen L20 "窝点、团伙50余个" and L18 "团伙和窝点43个", realfour U17 "团伙窝点1200余个",
    # realthirtyfour AJ01 "团伙窝点155个", realfiftytwo BB11 "团伙和窝点1400多个"; none is gangs_busted.
    F("dens_destroyed", 1569, "打掉省內涉詐黑灰產窩點團伙1569個", YN, None, None, *Y24),
    F("money_recovered", 393000000, "共返還群眾被騙資金3.93億元", YN, None, None, *Y24),
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
