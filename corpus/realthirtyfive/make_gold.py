"""Hand-made gold for realthirtyfive (AK01-AK13; written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

GD = "广东省"; SD = "山东省"; HL = "黑龙江省"; SN = "陕西省"; JS = "江苏省"; HE = "河北省"
FJ = "福建省"; HB = "湖北省"; BJ = "北京市"; SX = "山西省"

docs = []

# AK01 广东省反诈中心 成立一年 (中新网 "10月5日电"; "2016年…当年9月30日" + "日前正式成立一年" fix 2017;
# "一年来" / "成立以来" run from 2016-09-30 to the dateline, as realtwentysix AB12)
P1 = ("2016-09-30", "2017-10-05"); JF = "飓风"
docs.append(dict(doc_id="AK01", published="2017-10-05", facts=[
    F("people_dissuaded", 79000, "共劝阻受骗事主7.9万人", GD, None, None, *P1),
    F("money_recovered", 68200000, "返还涉案资金6820余万元", GD, None, None, *P1, q="at_least"),
    F("money_involved", 500000000, "涉案资金近5亿元", GD, None, None, *P1, q="approx"),
    F("money_recovered", 1100000000, "为民众避免经济损失近11亿余元", GD, None, None, *P1, q="approx"),
    F("suspects_arrested", 3960, "共抓获电信网络诈骗犯罪嫌疑人3960余人", GD, None, None, *P1, q="at_least", camp=JF),
], campaigns=[C(JF)]))

# checker: AK02 dropped as a duplicate. It tells the same story as realset S01 (东方日报, already in main/corpus):
# the same 2021-09-17 国新办 press conference with 22万 cases, 29.6万 arrests, 2770亿 紧急止付, 796万 people,
# 2.6万 两卡 gangs and the 偷渡 6821 / 2.7万. S01 writes "2,770"/"6,821" and Traditional 萬, so a plain grep missed it.
# texts/AK02.txt and its sources.tsv row are deleted too.
# # AK02 公安部 国新办发布会 1至8月 (今日惠州网, "新华社微博 2021-09-18 09:45", "记者17日")
# P2 = ("2021-01-01", "2021-08-31"); P2b = ("2020-10-01", "2021-09-18"); P2c = ("2021-01-01", "2021-09-18")
# docs.append(dict(doc_id="AK02", published="2021-09-18", facts=[
#     F("cases_solved", 220000, "全国共破获电信网络诈骗案件22万起", None, None, None, *P2),
#     F("suspects_arrested", 296000, "抓获犯罪嫌疑人29.6万名", None, None, None, *P2),
#     F("gangs_busted", 26000, "共打掉“两卡”违法犯罪团伙2.6万个", None, None, None, *P2b),
#     F("cards_seized", 4170000, "缴获涉诈电话卡417万张", None, None, None, *P2b),
#     F("cards_seized", 610000, "银行卡61万张", None, None, None, *P2b),
#     F("people_dissuaded", 7960000, "今年以来已成功避免796万余名群众受骗", None, None, None, *P2c, q="at_least"),
#     F("money_stopped", 277000000000, "已紧急止付涉案资金2770亿元", None, None, None, *P2c),
# ], campaigns=[]))

# AK03 滨州 惠民县公安局 (数字报, no date in the text; "今年以来" cannot be fixed)
BZ = "滨州市"; HM = "惠民县"
docs.append(dict(doc_id="AK03", published=None, facts=[
    F("cases_solved", 56, "破获电信网络诈骗案件56起", SD, BZ, HM),
    F("suspects_arrested", 55, "抓获犯罪嫌疑人55人", SD, BZ, HM),
], campaigns=[]))

# AK04 牡丹江 东宁市公安局老黑山边境派出所 (生活报, "9月上旬", no year)
docs.append(dict(doc_id="AK04", published=None, facts=[
    F("money_recovered", 100000, "最终保住了老人10万元的养老钱", HL, "牡丹江市", "东宁市"),
], campaigns=[]))

# AK05 西安 阎良分局振兴派出所 (西部法制报, "6月24日", no year)
docs.append(dict(doc_id="AK05", published=None, facts=[
    F("money_recovered", 20000, "帮助群众挽回2万元", SN, "西安市", "阎良区"),
], campaigns=[]))

# AK06 南通 海安市公安局滨海新区派出所 (Traditional 网易号, "5月12日", no year)
docs.append(dict(doc_id="AK06", published=None, facts=[
    F("money_recovered", 230000, "避免了23萬元的巨額損失", JS, "南通市", "海安市"),
], campaigns=[]))

# AK07 保定 高开区公安局 (河北新闻网, "1月26日下午", no year; 高开区 is a 功能区 -> county null)
docs.append(dict(doc_id="AK07", published=None, facts=[
    F("money_recovered", 200000, "免受经济损失20余万元", HE, "保定市", q="at_least"),
], campaigns=[]))

# AK08 厦门市公安局 2021年成果 (福建法治报 "2022-01-05 10:21:31"; year-end review published in January)
P8 = ("2021-01-01", "2021-12-31"); XM = "厦门市"
docs.append(dict(doc_id="AK08", published="2022-01-05", facts=[
    F("money_recovered", 637000000, "全年累计为群众减少经济损失6.37亿元", FJ, XM, None, *P8),
    F("money_frozen", 152000000, "累计冻结止付涉案资金1.52亿元", FJ, XM, None, *P8),
    F("money_recovered", 13600000, "返还群众1360万元", FJ, XM, None, *P8),
    F("people_dissuaded", 154900, "全年共预警劝阻正在受骗群众15.49万人", FJ, XM, None, *P8),
], campaigns=[]))

# AK09 宜昌 远安县公安局花林寺派出所 (Traditional, "9月19日,中秋假期第一天", no year)
docs.append(dict(doc_id="AK09", published=None, facts=[
    F("money_recovered", 3000000, "及時止損300萬元", HB, "宜昌市", "远安县"),
], campaigns=[]))

# AK10 南通 崇川公安分局新城桥派出所 (Traditional 晚报, "9日"/"4日" without month or year)
docs.append(dict(doc_id="AK10", published=None, facts=[
    F("money_recovered", 20000, "避免群眾兩萬元損失", JS, "南通市", "崇川区"),
], campaigns=[]))

# AK11 北京 朝阳分局崔各庄派出所 ("近日", no date)
docs.append(dict(doc_id="AK11", published=None, facts=[
    F("money_recovered", 180000, "转入骗子账户的18万资金被成功追了回来", BJ, BJ, "朝阳区"),
], campaigns=[]))

# AK12 牡丹江 穆棱镇派出所 (央广网 "牡丹江9月22日消息", no year; 穆棱镇 is the seat of 穆棱市)
docs.append(dict(doc_id="AK12", published=None, facts=[
    F("money_recovered", 30000, "防止一起金额为3万元的电信网络诈骗发生", HL, "牡丹江市", "穆棱市"),
], campaigns=[]))

# AK13 晋城 泽州县公安局高都派出所 (山西晚报电子报, "日期:10-27"; the reader's "2026-01-26" is a widget)
docs.append(dict(doc_id="AK13", published=None, facts=[
    F("money_recovered", 36000, "为群众挽回了3.6万元的经济损失", SX, "晋城市", "泽州县"),
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
