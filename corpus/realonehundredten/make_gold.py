"""Hand-made gold for realonehundredten (DI01-DI04; written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

HE = "河北省"; JS = "江苏省"; SN = "陕西省"

docs = []

# DI01 涿州市公安局 裸聊敲诈 电信诈骗系列案 (网易号, no page date; "2022年3月20日" report, "57天" ending with the
# "5月17日" welcome ceremony -> the figures are the operation's results for 2022-03-20..2022-05-17; published null)
BD = "保定市"; ZZ = "涿州市"; P01 = (None, None)  # checker: was ("2022-03-20", "2022-05-17"), a window the text never states (report date + "57天" + ceremony day); case results over "N days of work" get no period (realfifteen J08) -> null
docs.append(dict(doc_id="DI01", published=None, facts=[
    F("suspects_arrested", 32, "抓获32名犯罪嫌疑人", HE, BD, ZZ, *P01),
    F("money_frozen", 370000, "涉案现金37万余元", HE, BD, ZZ, *P01, q="at_least"),
    F("money_frozen", 1660000, "累计冻结涉案资金166万元", HE, BD, ZZ, *P01),
    F("cases_solved", 40, "电信网络诈骗案件40余起", HE, BD, ZZ, *P01, q="at_least"),
    F("victim_loss", 103000, "敲诈勒索、诈骗共计10.3万余元", HE, BD, ZZ, q="at_least"),
], campaigns=[]))

# DI02 公安部刑侦局工作组 柬埔寨 "微信裸聊" 网络敲诈勒索案 74名押解回国 (Traditional mirror, "今天16时许" with no date;
# "7月1日" 收网 without a year; the work group of 公安部 with 湖南/四川/河南 police -> nationwide, province null)
SD = "三打击一整治"
docs.append(dict(doc_id="DI02", published=None, facts=[
    F("suspects_arrested", 74, "抓獲犯罪嫌疑人74名", None, camp=SD),
    F("dens_destroyed", 12, "12個網絡敲詐勒索犯罪窩點", None, camp=SD),
    F("money_frozen", 1660000, "當場查獲贓款166萬元", None, camp=SD),
    F("money_involved", 12000000, "涉案金額1200余萬元", None, q="at_least"),
], campaigns=[C(SD)]))

# DI03 启东市公安局南阳中心派出所 冒充公检法 (国际在线江苏, no page date; "5月16日" without a year)
docs.append(dict(doc_id="DI03", published=None, facts=[
    F("money_recovered", 2800000, "这位阿姨的280万元保住了", JS, "南通市", "启东市"),
], campaigns=[]))

# DI04 渭南市公安局华州分局高塘派出所 "红色反诈" (党建先锋网 "时间:2025-09-11"; "华山砺剑"专项行动开展以来, start not given)
HS = "华山砺剑"
docs.append(dict(doc_id="DI04", published="2025-09-11", facts=[
    F("people_dissuaded", 100, "累计快速查找面劝预警对象100余人次", SN, "渭南市", "华州区", q="at_least", camp=HS),
], campaigns=[C(HS)]))

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
