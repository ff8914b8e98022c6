"""Hand-made gold for realseventynine (CC01-CC06; written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

HEB = "河北省"; HB = "湖北省"; SH = "上海市"; JX = "江西省"; SX = "山西省"; SD = "山东省"

docs = []
# checker: CC02-CC06 texts compared with the tool excerpts (CC03 twice): identical, not re-saved.
# checker: no fact, value, region, period, published date or campaign changed (see CHECK.md).

# CC01 唐山 开平区公安分局 2020 (开平区人民政府 稿, 小康网 镜像, "2020-11-30 08:00:00"; truncated)
# checker: texts/CC01.txt saved again exactly as the search tool returns it (738 chars): the tool has
#   "高发、多发态势" in section 二, the saved copy had "高发态势". No evidence affected. Gold below unchanged.
TS = "唐山市"; KP = "开平区"; Y20 = ("2020-01-01", "2020-11-30")
docs.append(dict(doc_id="CC01", published="2020-11-30", facts=[
    F("gangs_busted", 3, "打掉电诈团伙3个", HEB, TS, KP, *Y20),
    F("cases_solved", 25, "破获电诈案件25起", HEB, TS, KP, *Y20),
    F("suspects_detained", 28, "刑拘28人", HEB, TS, KP, *Y20),
    F("money_frozen", 300000, "止付冻结30万元", HEB, TS, KP, *Y20),
    # "特别是7月份…远赴大连、广东等地…抓获犯罪嫌疑人8名" (跨省 收网 credited to the district force)
    F("suspects_arrested", 8, "抓获犯罪嫌疑人8名", HEB, TS, KP, "2020-07-01", "2020-07-31"),
], campaigns=[]))

# CC02 荆州市公安局荆州区分局 "断卡"行动 (云上荆州, no year anywhere; truncated at the 7月28日 case)
JZ = "荆州市"; JZQ = "荆州区"; DK = "断卡行动"
docs.append(dict(doc_id="CC02", published=None, facts=[
    F("cases_solved", 8, "共破获电诈案件8起", HB, JZ, JZQ, camp=DK),
    F("dens_destroyed", 2, "捣毁电信网络诈骗窝点2个", HB, JZ, JZQ, camp=DK),
    F("suspects_arrested", 20, "抓获犯罪嫌疑人20名", HB, JZ, JZQ, camp=DK),
    F("cards_seized", 36, "违法银行卡36张", HB, JZ, JZQ, camp=DK),
    F("people_dissuaded", 117, "预警拦截117人次", HB, JZ, JZQ, camp=DK),
    F("money_stopped", 14000000, "涉及金额1400余万元", HB, JZ, JZQ, q="at_least", camp=DK),
    F("accounts_frozen", 72, "冻结涉案银行账户72个", HB, JZ, JZQ, camp=DK),
    # headline "查获涉案资金450余万元" is the same claim
    F("money_frozen", 4500000, "冻结涉案资金450余万元", HB, JZ, JZQ, q="at_least", camp=DK),
], campaigns=[C(DK)]))

# CC03 上海市公安局闵行分局 AI "恋爱交友" 诈骗团伙 (Traditional mirror with pinyin ruby; no page date; truncated)
MH = "闵行区"
docs.append(dict(doc_id="CC03", published=None, facts=[
    F("money_involved", 2000000, "涉案資金達(dá)200余萬元", SH, SH, MH, q="at_least"),
    F("victim_loss", 200000, "索要近20萬元", SH, SH, MH, q="approx"),
    # 2025年1月 收网 in 广东、福建、山东
    F("cards_seized", 250, "手機(jī)卡250余張", SH, SH, MH, "2025-01-01", "2025-01-31", q="at_least"),
], campaigns=[]))

# CC04 抚州 南城县 "引流" 团伙 (经济晚报 2023-03-08 22:14:23; 抚州移动 线索, 市反诈中心 指导 南城公安刑侦大队)
FZ = "抚州市"; NC = "南城县"; D0223 = ("2023-02-23", "2023-02-23")
docs.append(dict(doc_id="CC04", published="2023-03-08", facts=[
    # lead "抓获犯罪嫌疑人18人" and headline "抓18人" are the same claim
    F("suspects_arrested", 18, "当场抓获犯罪嫌疑人18人", JX, FZ, NC, *D0223),
    F("cards_seized", 50, "手机卡50余张", JX, FZ, NC, *D0223, q="at_least"),
], campaigns=[]))

# CC05 太原市公安局 警银联动 拦截325万 (网易号, "11月3日" with the year fixed by "2025年9月28日"; truncated)
TY = "太原市"; D1014 = ("2025-10-14", "2025-10-14")
docs.append(dict(doc_id="CC05", published="2025-11-03", facts=[
    F("money_stopped", 3250000, "成功拦截电信网络诈骗资金325万元", SX, TY, None, *D1014),
    F("suspects_arrested", 1, "抓获1名负责转移资金的违法犯罪嫌疑人", SX, TY, None, *D1014),
], campaigns=[]))

# CC06 临沂 平邑县公安局 拦下 76万 现金 (Traditional 齐鲁网 "12月23日讯", no year; truncated)
docs.append(dict(doc_id="CC06", published=None, facts=[
    # "差點騙走76萬" (subheading) is the same money
    F("money_stopped", 760000, "受害人已經交付的76萬元現金", SD, "临沂市", "平邑县"),
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
