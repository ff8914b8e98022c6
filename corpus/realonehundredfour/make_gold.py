"""Hand-made gold for realonehundredfour (DC01; written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

GD = "广东省"

docs = []
# checker: DC01 text identical to the search tool's excerpt; no duplicate found; every call checked and kept (the police 逮捕 3
# and 2, the 2017-05-19 period for the 2 only, null periods for 3/19/400万, the page kept). No change to the gold.

# DC01 广东 韶关市公安局 破获19起电信诈骗案 逮捕3人(其中2名台湾人) (香港商报 hkcd 转 华夏经纬网 "6月12日訊", 页面日期 2017-06-12;
# 繁体). The lead "2名台灣民眾…遭大陸公安逮捕" is the same claim as the body "其中2人來自台灣" (one fact). "于5月20日被批準逮捕" is
# the prosecutors' approval (not an arrest); "約新台幣1772萬元" is a currency conversion of the same 400万 (not a fact).
SG = "韶关市"
docs.append(dict(doc_id="DC01", published="2017-06-12", facts=[
    F("cases_solved", 19, "破獲19起電信詐騙案", GD, SG),
    F("suspects_arrested", 3, "逮捕嫌犯3人", GD, SG),
    F("suspects_arrested", 2, "其中2人來自台灣", GD, SG, None, "2017-05-19", "2017-05-19"),
    F("money_involved", 4000000, "詐騙涉及金額超過人民幣400萬元", GD, SG, q="at_least"),
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
