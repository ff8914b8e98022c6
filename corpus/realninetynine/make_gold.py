"""Hand-made gold for realninetynine (CX01-CX02; written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

ZJ = "浙江省"; SN = "陕西省"

docs = []

# CX01 宁波 镇海区分局蛟川派出所 拦截舟山市民4万元现金 (pinyin-ruby mirror under a school-news spam header; "近日", no page date;
# "2024年" and "2023年初" are background, not the incident's date -> published null, period null)
docs.append(dict(doc_id="CX01", published=None, facts=[
    # the interception is the 镇海 force's result; the warning came from 舟山 定海区分局金塘派出所 and the victim lives in 舟山
    F("money_recovered", 40000, "便成功保住受害人李先生的4万元现金", ZJ, "宁波市", "镇海区"),
    # left out: "有6起警情的涉案资金来自舟山金塘方向" (a count of 警情 received, not 立案/受理案件)
], campaigns=[]))

# CX02 榆林 神木市公安局反诈中心 一周预警劝阻轮值 (forum copy, no page date; "李克强总理重要批示" only hints at 2021-2022;
# "为期一周" without dates -> published null, period null)
docs.append(dict(doc_id="CX02", published=None, facts=[
    # "接收到诈骗预警信息3956人次" is the same 3956 (warnings received); the 劝阻 sentence carries the result
    F("people_dissuaded", 3956, "反诈中心成功拦截劝阻3956人次", SN, "榆林市", "神木市"),
    F("money_recovered", 1250000, "直接避免群众损失达125万元", SN, "榆林市", "神木市"),
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
