"""Hand-made gold for realonehundredseven (DF01-DF05; written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

JS = "江苏省"; GS = "甘肃省"; HEB = "河北省"; HLJ = "黑龙江省"; SD = "山东省"

docs = []

# DF01 连云港 东海县公安局 反诈成绩单 (laitimes 天天看点 machine-converted Traditional, "東海縣警察局" = 东海县公安局; no page date;
# "2021年以來" without an end, so the lead figures have no period; truncated "為切")
LYG = "连云港市"; DH = "东海县"
docs.append(dict(doc_id="DF01", published=None, facts=[
    F("cases_solved", 179, "破獲通訊網絡詐騙案179起", JS, LYG, DH),
    F("money_recovered", 3750000, "資金返還375萬元", JS, LYG, DH),
    F("gangs_busted", 8, "打掉通訊網絡詐騙團夥8個", JS, LYG, DH),
    F("suspects_detained", 122, "刑拘詐騙犯罪嫌疑人122人", JS, LYG, DH),
    F("gangs_busted", 35, "打掉“兩卡”團夥35個", JS, LYG, DH),
    F("suspects_arrested", 176, "抓獲“兩卡”犯罪嫌疑人176人", JS, LYG, DH),
    F("money_recovered", 2000000, "勸阻金額超200萬元", JS, LYG, DH, q="at_least"),
    F("money_recovered", 6000, "成功避免了6000元的經濟損失", JS, LYG, DH, "2021-10-16", "2021-10-16"),
], campaigns=[]))

# DF02 金昌 永昌县公安局 "11.27" 专案组凯旋 (据金昌公安, "4月8日上午" without a year; the case began 2022-11-26)
JC = "金昌市"; YC = "永昌县"
# checker: published 2023-04-08, not null. The dateline "4月8日上午" has no year, but the text fixes it: the case began
# "2022年11月26日" and the 专案组 worked "一个月" before its return, so the welcome on 4月8日 can only be the next April.
# Dev A04 ("1月15日电" after a "2017年10月下旬" case → 2018-01-15) sets the yearless-dateline rule this way, and
# realseventythree BW05 and realninetytwo CQ06 follow it. Periods stay null (the end of the month's work is not dated).
docs.append(dict(doc_id="DF02", published="2023-04-08", facts=[
    F("gangs_busted", 1, "成功打掉一个利用虚拟货币平台进行“洗钱”的犯罪团伙", GS, JC, YC, camp="11.27"),
    F("dens_destroyed", 3, "捣毁犯罪窝点3处", GS, JC, YC, camp="11.27"),
    F("suspects_arrested", 15, "累计抓获犯罪嫌疑人15名", GS, JC, YC, camp="11.27"),
    F("cards_seized", 8, "扣押手机21部、涉案银行卡8张", GS, JC, YC, camp="11.27"),
    F("money_frozen", 10000, "现金1万余元", GS, JC, YC, q="at_least", camp="11.27"),
], campaigns=[C("11.27", "case", "2022-11")]))

# DF03 沧州 青县公安局 入户反诈宣传时抓获帮信网逃 (河北法制报, "1月3日" without a year)
docs.append(dict(doc_id="DF03", published=None, facts=[
    F("suspects_arrested", 1, "意外抓获了一名网上在逃嫌疑人", HEB, "沧州市", "青县"),
], campaigns=[]))

# DF04 齐齐哈尔 建华分局 赴长春打掉"特效药"电信诈骗团伙 (Traditional with pinyin ruby, "7月5日""7月8日" without a year)
QQHE = "齐齐哈尔市"; JH = "建华区"
docs.append(dict(doc_id="DF04", published=None, facts=[
    F("suspects_arrested", 30, "抓獲詐騙團伙成員30余人", HLJ, QQHE, JH, q="at_least"),
    F("cases_solved", 1200, "破獲電信詐騙案件1200余起", HLJ, QQHE, JH, q="at_least"),
    F("money_involved", 400000, "涉案金額40余萬元", HLJ, QQHE, JH, q="at_least"),
], campaigns=[]))

# DF05 潍坊 奎文分局 多举措打击治理电信诈骗 (cpw copy of 人民公安报, "今年以来" without a year)
docs.append(dict(doc_id="DF05", published=None, facts=[
    F("money_recovered", 6000000, "及时避免群众损失600万余元", SD, "潍坊市", "奎文区", q="at_least"),
], campaigns=[C("断卡行动")]))

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
