"""Hand-made gold for realsixtysix (BP01-BP06; written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

SC = "四川省"; GS = "甘肃省"; AH = "安徽省"; CQ = "重庆市"; HN = "湖南省"; GD = "广东省"

docs = []

# BP01 资阳市公安局刑侦支队 民警劝阻失败 冒充公检法 (news.china.com, "12月21日"/"12月16日" without a year; truncated)
docs.append(dict(doc_id="BP01", published=None, facts=[
    F("victim_loss", 13000, "最终被假警察骗了13000元", SC, "资阳市"),
], campaigns=[]))

# BP02 嘉峪关市公安局 "9·09" 民族资产解冻 电信诈骗案 (yybnet copy of 日照日报 "2019-10-29 00:31", body "新华社兰州1月28日电")
JYG = "嘉峪关市"; D1010 = ("2019-10-10", "2019-10-10")
docs.append(dict(doc_id="BP02", published="2019-10-29", facts=[
    F("money_involved", 7000000, "涉案资金700余万元", GS, JYG, q="at_least", camp="9·09"),
    F("dens_destroyed", 2, "捣毁诈骗活动窝点2个", GS, JYG, None, *D1010, camp="9·09"),
    F("suspects_arrested", 40, "抓获犯罪嫌疑人40余名。", GS, JYG, None, *D1010, q="at_least", camp="9·09"),
], campaigns=[C("9·09", "case", "2019-09")]))

# BP03 阜阳市公安局颍东分局 "扶贫基金会" 民族资产解冻案 + 公安部 全国今年以来 (Traditional with mojibake, 人民网-人民日报 2019-08-22 10:30:43)
# checker: kept, not a repeat. Its own story (颍东 "扶贫基金会" case: 56/532/781万/138万) is in no earlier page; only the
# 公安部 national paragraph (284/3589/6.23亿) repeats realfiftyfour BD01, whose own story is the 鹤壁 case. The sets drop a
# page whose own event is already told (realforty AP07/AP08, realfiftysix BF05, realsixtytwo BL06) and keep one that only
# repeats another page's figures as background (realfortynine AY01 beside realthirtytwo AH04). National facts as in BD01.
FY = "阜阳市"; YD = "颍东区"; Y19 = ("2019-01-01", "2019-08-22")
docs.append(dict(doc_id="BP03", published="2019-08-22", facts=[
    F("suspects_arrested", 56, "該案共抓獲犯罪嫌疑人56人", AH, FY, YD),
    F("accounts_frozen", 532, "凍結涉案銀行卡532張", AH, FY, YD),
    F("money_frozen", 7810000, "凍結涉案資金781萬余元", AH, FY, YD, q="at_least"),
    F("money_recovered", 1380000, "追回涉案現(xiàn)金138萬元", AH, FY, YD),
    F("gangs_busted", 284, "共打掉各類民族資產(chǎn)解凍類詐騙犯罪團伙284個", None, None, None, *Y19),
    F("suspects_arrested", 3589, "抓獲犯罪嫌疑人3589人", None, None, None, *Y19),
    F("money_frozen", 623000000, "凍結扣押涉案資金6.23億元", None, None, None, *Y19),
], campaigns=[]))

# BP04 重庆 云阳县公安局 "扶贫资金" 民族资产解冻类诈骗 (云阳网, "今年9月" without a year)
docs.append(dict(doc_id="BP04", published=None, facts=[
    F("money_involved", 14000000, "诈骗所得的1400余万元钱财", CQ, CQ, "云阳县", q="at_least"),
], campaigns=[]))

# BP05 长沙市反电诈中心 冒充公检法 GOIP 窝点 (Traditional ppfocus copy, "8月22日"/"今年4月" without a year; truncated)
CS = "长沙市"
docs.append(dict(doc_id="BP05", published=None, facts=[
    F("dens_destroyed", 6, "先後打掉GOIP設備窩點6個", HN, CS),
    F("suspects_arrested", 12, "抓獲涉案嫌疑人12名", HN, CS),
    F("victim_loss", 800000, "詐騙了80餘萬元", HN, CS, q="at_least"),
], campaigns=[]))

# BP06 东莞市反诈骗中心 资金集中返还 + 成立以来 (广东公安网, "1月30日下午" without a year; truncated)
DG = "东莞市"
docs.append(dict(doc_id="BP06", published=None, facts=[
    F("money_stopped", 15240000, "成功止付1524万元", GD, DG, None, "2017-09-01", "2017-09-30"),
    # checker: added. The 1524万 is not an anonymous maximum as in realtwelve F03 (39万 inside a stated 528万 total):
    # it is the 上海 company's money, 追回 (heading 1) and handed back at this ceremony (领回…单笔最高金额为1524万元).
    # Money stopped and then returned is two facts in the finished sets (realsixtyfour BN13, realfiftytwo BB04,
    # realtwentyfour P05, realseventeen L08). Period null: the ceremony's "1月30日" has no year.
    F("money_recovered", 15240000, "其中单笔最高金额为1524万元", GD, DG),
    F("people_dissuaded", 25000, "劝阻群众2.5万余名", GD, DG, q="at_least"),
    F("money_frozen", 70000000, "止付冻结涉案资金折合人民币近7000万元", GD, DG, q="approx"),
    F("money_recovered", 35000000, "返还涉案资金折合人民币3500余万元", GD, DG, q="at_least"),
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
