"""Hand-made gold for realninetythree (CR01-CR07; written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

# checker: second reader (CP64) re-found all 7 pages, compared them byte for byte and re-judged every fact; no change was needed (see CHECK.md).
FJ = "福建省"; HB = "湖北省"; JS = "江苏省"; HN = "湖南省"; SD = "山东省"

docs = []

# CR01 公安部 "电信诈骗案件侦办平台" 一个月冻结5452个账户 (kejilie copy of 新华社 "北京4月8日电"; no year in the text)
docs.append(dict(doc_id="CR01", published=None, facts=[
    F("accounts_frozen", 5452, "已成功冻结涉案账户5452个", None),
], campaigns=[]))

# CR02 厦门市反诈骗中心 两天内冻结453.6万余 (台海网 "8月10日讯", no year in the text) + related-news blurb (8月9日讯, 止付8332.6万)
XM = "厦门市"
docs.append(dict(doc_id="CR02", published=None, facts=[
    F("money_frozen", 4536000, "两天内,成功拦截多起诈骗案件,冻结涉案赃款453.6万余元", FJ, XM, q="at_least"),
    F("money_stopped", 83326000, "成功止付8332.6万元", FJ, XM),
], campaigns=[]))

# CR03 孝感 孝昌县公安局邹岗派出所 追回襄阳余女士被骗40万 ("今年4月", "4月18日"; no year)
XG = "孝感市"; XC = "孝昌县"
docs.append(dict(doc_id="CR03", published=None, facts=[
    F("money_recovered", 400000, "将追回的40万元返回给余女士", HB, XG, XC),
    F("victim_loss", 400000, "被骗养老金40万元", HB, XG, XC),
], campaigns=[]))

# CR04 盐城 "惩盗除骗" 专项行动涉案财物发还仪式 (baogaosu copy of 中新网 "6月9日电", page stamp 10.06.2020)
YC = "盐城市"
docs.append(dict(doc_id="CR04", published="2020-06-10", facts=[
    F("money_recovered", 800000, "被追回的80余万被骗款项", JS, YC, None, "2020-06-09", "2020-06-09", q="at_least", camp="惩盗除骗"),
    F("victim_loss", 30000, "遇到“杀猪盘”诈骗被骗3万多元", JS, YC, q="at_least"),
], campaigns=[C("惩盗除骗")]))

# CR05 株洲 茶陵县公安局刑侦大队 "杀猪盘" 案 (株洲晚报 "近日", no dateline; "2019年底" 相识, "2020年6月底" 收网)
ZZ = "株洲市"; CL = "茶陵县"
docs.append(dict(doc_id="CR05", published=None, facts=[
    F("victim_loss", 2300000, "陆续将自己的230万余元积蓄投资到了平台", HN, ZZ, CL, q="at_least"),
    F("suspects_arrested", 6, "抓获犯罪嫌疑人6名", HN, ZZ, CL),
    F("money_frozen", 700000, "缴获赃款70万余元", HN, ZZ, CL, q="at_least"),
    F("money_recovered", 700000, "收到民警退还的70万余元", HN, ZZ, CL, q="at_least"),
], campaigns=[]))

# CR06 滨州警方 2小时止付460万 (齐鲁网 2021-08-28 16:37; 博兴县 company, "8月16号"; truncated before the police part of the story)
BZ = "滨州市"; D06 = ("2021-08-16", "2021-08-16")
docs.append(dict(doc_id="CR06", published="2021-08-28", facts=[
    F("money_stopped", 4600000, "成功止付460万元资金", SD, BZ, None, *D06),
    F("victim_loss", 4985000, "便将498.5万元全部转入该账户", SD, BZ, None, *D06),
], campaigns=[]))

# CR07 咸宁 嘉鱼县公安局官桥派出所 QQ冒充老板 (Traditional mirror of 湖北日报网, "8月1日"/"30日" without a year)
docs.append(dict(doc_id="CR07", published=None, facts=[
    F("victim_loss", 200000, "受騙金額達20萬元", HB, "咸宁市", "嘉鱼县"),
    F("money_recovered", 200000, "幫我們挽回了20萬元損失", HB, "咸宁市", "嘉鱼县"),
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
