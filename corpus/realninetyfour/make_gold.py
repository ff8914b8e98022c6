"""Hand-made gold for realninetyfour (CS01-CS02; written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

HUB = "湖北省"
# checker: second reading done (see CHECK.md); both texts identical to the search excerpts; no fact, value, region,
# period, published date or campaign changed.

docs = []

# CS01 公安部刑侦局 A级通缉令 罗子航 缉捕归案 (nvmoo copy, page stamp "2020-09-26 13:18:36", "9月26日消息").
# National bulletin (公安部; the arrest by "广东、四川两地公安机关") -> province null. The one arrest has no numeral;
# 10名 通缉 / 剩余9名 are wanted persons, 1000余人 are gang members, not results. "2018年6月以来" has no end -> period null.
docs.append(dict(doc_id="CS01", published="2020-09-26", facts=[
    F("money_involved", 120000000, "涉案金额高达1.2亿元人民币", None),
], campaigns=[]))

# CS02 武汉市公安局黄陂区分局 "雷火2022" 跑分洗钱团伙 (中乡网 copy, page stamp 2022-03-23 17:38; "记者21日", 3月15日/17日)
WH = "武汉市"; HP = "黄陂区"; LH = "雷火2022"
docs.append(dict(doc_id="CS02", published="2022-03-23", facts=[
    F("suspects_arrested", 37, "抓获犯罪嫌疑人37人", HUB, WH, HP, "2022-03-17", "2022-03-17", camp=LH),
    F("money_involved", 240000000, "涉案资金流水达2.4亿元", HUB, WH, HP, camp=LH),
    F("suspects_arrested", 6, "成功抓获6名犯罪嫌疑人", HUB, WH, HP, "2022-03-15", "2022-03-15", camp=LH),
    F("suspects_detained", 35, "35名犯罪嫌疑人已被警方依法拘留", HUB, WH, HP, camp=LH),
], campaigns=[C(LH)]))

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
