"""Hand-made gold for realseventyeight (CB01-CB03; written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

HLJ = "黑龙江省"; JS = "江苏省"; SC = "四川省"

docs = []

# CB01 黑龙江 省公安厅发布会 (cbjws copy, page 2 of the article; no year in the text: published and periods null)
# The 专案组 "带破" 10余起 cases (three named cases with their losses) and the 4000余万 total. The 盗抢骗 (五类侵财) figures
# of the four-month 专项行动 are other crimes and left out.
docs.append(dict(doc_id="CB01", published=None, facts=[
    F("cases_solved", 10, "1600万元案等10余起", HLJ, q="at_least"),
    F("money_involved", 40000000, "累计涉案金额4000余万元", HLJ, q="at_least"),
    # checker: each named loss is the loss of its own coded case → tied to that case, as realsix W20 ("2016·5·3"
    # 涉案价值1000多万) and realnine Z13 ("2015.6.5" 67.7万) tie an amount written inside a coded case's description.
    F("victim_loss", 18000000, "清华大学教授被电信诈骗1800万元", HLJ, camp="2016. 7.23"),
    F("victim_loss", 20000000, "林某被诈骗2000万元", HLJ, camp="2016. 4.20"),
    F("victim_loss", 16000000, "苏某被诈骗1600万元", HLJ, camp="2016.5.04"),
], campaigns=[
    # checker: a code with a full date gives the start (realfortyone NOTES, realsix W20 "2016·5·3" 2016-05-03, realnine Z13
    # "2015.6.5" 2015-06-05, dev A07 "2019·2·23"); CA06's "5·26" has no year, so it is no precedent here.
    C("2016. 7.23", "case", "2016-07-23"),
    C("2016. 4.20", "case", "2016-04-20"),
    C("2016.5.04", "case", "2016-05-04"),
    C("三打击一整治"),
]))

# CB02 常州市公安局 (江苏政法网; "今年以来""截至目前" with no year in the text: published and period null)
docs.append(dict(doc_id="CB02", published=None, facts=[
    F("money_recovered", 56090000, "返还被骗资金5609万元", JS, "常州市"),
], campaigns=[]))

# CB03 成都 金牛 荷花池派出所 (四川法治报 2024-08-19 17:14:30; "近日", the day is not given: period null)
docs.append(dict(doc_id="CB03", published="2024-08-19", facts=[
    F("money_recovered", 200000, "卡内20余万元资金安然无恙", SC, "成都市", "金牛区", q="at_least"),
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
