"""Hand-made gold for realseventyfive (BY01-BY06; written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

YN = "云南省"; HEN = "河南省"; GS = "甘肃省"; JS = "江苏省"; NAT = None

docs = []

# BY01 公安部/云南公安机关 缅北掸邦第四特区 清剿 (联合早报 转公安部网站, 页面'时间:2024-09-14 08:20')
docs.append(dict(doc_id="BY01", published="2024-09-14", facts=[
    F("suspects_arrested", 283, "抓获283名实施跨境电信网络诈骗犯罪的嫌疑人", YN),
    F("suspects_arrested", 111, "中国籍犯罪嫌疑人111名", YN),
    F("suspects_arrested", 29, "含网上在逃人员29名", YN),
], campaigns=[]))

# BY02 信阳 罗山县公安局刑警大队反诈中心 见面劝阻 (镜像站, 无年份: '自3月''5月26日''5月29日')
XY = "信阳市"; LS = "罗山县"
docs.append(dict(doc_id="BY02", published=None, facts=[
    F("people_dissuaded", 650, "开展见面劝阻650余人次", HEN, XY, LS, q="at_least"),
    F("money_recovered", 50000, "成功保住银行卡账户内剩余5万元", HEN, XY, LS),
], campaigns=[]))

# checker: BY03 removed as a duplicate. It is the 公安部 side of the same 2017 金边 raid as realseventeen L02
# (河南省公安厅: 河南+四川警方, 3个窝点, 抓获31名, 7月29日押解回郑); realthirtytwo NOTES already dropped this hxnews
# page for that reason ('hxnews 32名 is the 公安部 side of the same raid'). Text file and sources.tsv row deleted too.

# BY04 公安部 国新办发布会 境外诈骗团伙 (意大利侨网 转中新网'4月14日电', 页面'时间:2022-04-14 13:13:18')
docs.append(dict(doc_id="BY04", published="2022-04-14", facts=[
    F("suspects_arrested", 36000, "抓获从东南亚相关国家回流的诈骗嫌疑人3.6万名", NAT),
    F("cases_solved", 15000, "深挖破案1.5万起", NAT),
    F("gangs_busted", 12000, "打掉非法出境团伙1.2万个", NAT, camp="断流"),
    F("suspects_arrested", 51000, "抓获偷渡犯罪嫌疑人5.1万名", NAT, camp="断流"),
], campaigns=[C("断流"), C("拔钉")]))

# BY05 兰州市公安局 预警劝阻小组 (每日甘肃网 '9月7日讯' 无年份; '自5月3日')
LZ = "兰州市"
docs.append(dict(doc_id="BY05", published=None, facts=[
    F("money_recovered", 2000000, "已挽回群众经济损失200万余元", GS, LZ, q="at_least"),
    F("money_recovered", 20000, "避免了2万余元的经济损失", GS, LZ, q="at_least"),
], campaigns=[]))

# BY06 无锡 一周电诈警情 (江苏长安网 无锡, '8月9日至8月15日' 无年份): 江阴市反诈中心 劝阻
docs.append(dict(doc_id="BY06", published=None, facts=[
    F("money_recovered", 100000, "成功避免其遭受经济损失10万元", JS, "无锡市", "江阴市"),
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
