"""Hand-made gold for realsixtyeight (BR01-BR05; written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

GD = "广东省"; GS = "甘肃省"; ZJ = "浙江省"

docs = []

# BR01 广州 夏季治安打击整治行动 (羊城晚报 copy; "截至7月5日"/"6月28日" without a year -> published null; excerpt cut off after 887宗)
# Left out: the 网络水军 刷量控评 round-up (148人, 窝点7个, 8人, 窝点2个: fake reviews, not telecom fraud) and 涉经济犯罪 123宗/409人.
docs.append(dict(doc_id="BR01", published=None, facts=[
    F("cases_solved", 887, "侦破电信诈骗案件887宗", GD, "广州市", camp="夏季治安打击整治行动"),
], campaigns=[
    C("夏季治安打击整治行动"),
]))

# BR02 甘肃省公安厅 去年全年 (中国甘肃网 "2月24日讯" without a year; only the related-news list carries 2022 -> published null,
# "去年全年" not fixed -> periods null)
docs.append(dict(doc_id="BR02", published=None, facts=[
    F("cases_solved", 49000, "共破获电诈案件4.9万起", GS),
    F("suspects_arrested", 5856, "抓获犯罪嫌疑人5856名", GS),
    F("cases_solved", 60, "百万元以上案件破获60起", GS),
    F("people_dissuaded", 3187000, "成功预警318.7万名群众免于受骗", GS),
    F("money_stopped", 6900000000, "紧急止付涉案资金69亿元", GS),
    F("money_recovered", 44467000, "返还被骗资金4446.7万元", GS),
], campaigns=[]))

# BR03 公安部 今年1至7月 (Traditional with pinyin, bilingual Chinese/English; "8月25日表示" without a year -> published null)
# Left out: 食药环/知识产权 2万起/3.6万人 and 團圓 children (other crimes).
docs.append(dict(doc_id="BR03", published=None, facts=[
    F("cases_solved", 185000, "破獲電信網(wǎng)絡詐騙案件18.5萬起", None),
    F("suspects_arrested", 247000, "抓獲犯罪嫌疑人24.7萬名", None),
], campaigns=[
    C("团圆行动"),
]))

# BR04 嘉兴 桐乡市公安局 网上交友 诈骗 (中国新闻网 via chinacourt, 2019-07-01 10:38:47; truncated before the 收网 result)
docs.append(dict(doc_id="BR04", published="2019-07-01", facts=[
    F("victim_loss", 420, "被骗420元", ZJ, "嘉兴市", "桐乡市"),
], campaigns=[]))

# BR05 宁波 余姚市公安局兰江街道派出所 校园反诈讲座 (学院网站, 发布时间 2025-09-19)
Y24 = ("2024-01-01", "2024-12-31")
docs.append(dict(doc_id="BR05", published="2025-09-19", facts=[
    F("cases_filed", 1700, "共受理电信诈骗案件1700余起", ZJ, "宁波市", "余姚市", *Y24, q="at_least"),
    F("cases_filed", 27, "涉及未成年人的案件27起", ZJ, "宁波市", "余姚市", *Y24),
    # checker: added. The 27 minors' cases are worded 涉案金额, and finished sets keep a group total worded 涉案金额 as
    # money_involved (realsixtythree BM01/BM02, realfiftythree BC14, realthirteen G19, realthirtyeight AN03, realfiftyeight
    # BH04); only totals worded 损失 are left out (realthirty AF02, realsixtyfive BO02/BO08) -- so 损失金额近1亿元 stays out.
    F("money_involved", 1000000, "涉案金额超100万元", ZJ, "宁波市", "余姚市", *Y24, q="at_least"),
    F("victim_loss", 10000, "损失1万余元", ZJ, "宁波市", "余姚市", q="at_least"),
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
