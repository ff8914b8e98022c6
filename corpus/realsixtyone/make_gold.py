"""Hand-made gold for realsixtyone (BK01-BK03; written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

GX = "广西壮族自治区"; GS = "甘肃省"; QH = "青海省"

docs = []

# BK01 广西 河池 凤山县 / 东兰县 (平安广西网 "时间:2024-11-23"; excerpt cut at "河池市公安局建立专群结")
HC = "河池市"
docs.append(dict(doc_id="BK01", published="2024-11-23", facts=[
    F("people_dissuaded", 8, "黄雷已成功劝阻8名受害群众", GX, HC, "凤山县"),
    F("money_recovered", 1000000, "挽回经济损失100余万元", GX, HC, "凤山县", q="at_least"),
    F("money_recovered", 1100000, "守住了韦先生的110万元", GX, HC, "东兰县", "2024-06-19", "2024-06-19"),
], campaigns=[]))

# BK02 兰州 七里河分局 "共享单车" 理财诈骗 (中新网 "兰州12月25日电"; "2018年11月9日" fixes the year)
LZ = "兰州市"; QLH = "七里河区"
docs.append(dict(doc_id="BK02", published="2018-12-25", facts=[
    F("suspects_arrested", 7, "一举抓获7名电信诈骗犯罪嫌疑人", GS, LZ, QLH, "2018-12-19", "2018-12-19"),
    F("cards_seized", 20, "银行卡20张", GS, LZ, QLH, "2018-12-19", "2018-12-19"),
    F("cards_seized", 19, "手机卡19张", GS, LZ, QLH, "2018-12-19", "2018-12-19"),
    F("money_involved", 500000, "涉案金额达50余万元", GS, LZ, QLH, q="at_least"),
    F("victim_loss", 1000, "被骗现金1000余元", GS, LZ, QLH, q="at_least"),
], campaigns=[]))

# BK03 青海 "断流" 专案 (toutiao topic page: 公安部 "10月26日" press conference, no year; mixed snippets, one repeated)
DL = "断流"
docs.append(dict(doc_id="BK03", published=None, facts=[
    F("gangs_busted", 1, "拓出并打掉全链条团伙1个", QH, camp=DL),
    F("gangs_busted", 4, "实施电信网络诈骗的犯罪团伙4个", QH, camp=DL),
    F("suspects_arrested", 291, "抓获犯罪嫌疑人291名", QH, camp=DL),
    F("cases_solved", 52, "破获各类刑事案件52起", QH, camp=DL),
# checker: "断卡" -> "断卡行动": the dev gold names the quoted "断卡" of a "云剑""断卡""断流""拔钉" list 断卡行动
# (A13, A14, B13, B14), and so do the finished sets (109 times; bare "断卡" once, realfive V18).
], campaigns=[C(DL), C("云剑"), C("断卡行动"), C("拔钉"), C("夏季治安打击整治行动")]))

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
