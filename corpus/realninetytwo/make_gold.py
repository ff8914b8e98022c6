"""Hand-made gold for realninetytwo (CQ01-CQ11; written by the annotator; no parser involved; second reader's changes marked "# checker:").
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

FJ = "福建省"; SX = "山西省"; XJ = "新疆维吾尔自治区"; CQ = "重庆市"; NM = "内蒙古自治区"; JS = "江苏省"
HA = "河南省"; NX = "宁夏回族自治区"; SD = "山东省"

docs = []

# CQ01 福州 鼓楼 南街派出所 炒币洗钱团伙 (海都报 "昨日", "9月17日" without a year)
FZ = "福州市"; GL = "鼓楼区"
docs.append(dict(doc_id="CQ01", published=None, facts=[
    # checker: removed; the article 一 is not a count (dev gold A07 '成功打掉了一个…团伙' and A09 '打掉一个…窝点' have no fact; most finished sets agree, realeight/realeightynine CHECK)
    # F("gangs_busted", 1, "成功打掉一个炒币洗钱团伙", FJ, FZ, GL),
    F("suspects_arrested", 5, "抓获5名涉嫌帮助信息网络犯罪活动的犯罪嫌疑人", FJ, FZ, GL),
    F("money_involved", 1000000, "涉案金额100余万元", FJ, FZ, GL, q="at_least"),
], campaigns=[]))

# CQ02 长治 屯留分局 跨省"跑分"团伙 (中新网 "长治7月19日电", "今年3月31日"; "2022年1月以来" is the gang's activity)
CZ = "长治市"; TL = "屯留区"
docs.append(dict(doc_id="CQ02", published=None, facts=[
    # checker: removed; the article 一 is not a count (dev gold A07 '成功打掉了一个…团伙' and A09 '打掉一个…窝点' have no fact; most finished sets agree, realeight/realeightynine CHECK)
    # F("gangs_busted", 1, "当地警方打掉一特大跨省“跑分”团伙", SX, CZ, TL),
    F("suspects_arrested", 14, "抓获犯罪嫌疑人14名", SX, CZ, TL),
    F("suspects_arrested", 8, "当场抓获正在转移赃款的犯罪嫌疑人8名", SX, CZ, TL),
    F("suspects_arrested", 4, "另外4名犯罪嫌疑人被全部抓获", SX, CZ, TL),
    F("cards_seized", 40, "银行卡40张", SX, CZ, TL),
    F("money_involved", 60000000, "涉案资金6000余万元", SX, CZ, TL, q="at_least"),
], campaigns=[]))

# CQ03 兵团第六师五家渠市公安局 两起"跑分"案件 (page stamp 2022-06-02 00:25:16; 5月17日 sub-case)
WJQ = "五家渠市"; P0517 = ("2022-05-17", "2022-05-17")
docs.append(dict(doc_id="CQ03", published="2022-06-02", facts=[
    F("cases_solved", 2, "新近成功破获两起“跑分”案件", XJ, WJQ),
    F("suspects_arrested", 14, "共抓获犯罪嫌疑人14名", XJ, WJQ),
    F("cards_seized", 122, "银行卡122张", XJ, WJQ),
    F("cards_seized", 8, "手机卡8张", XJ, WJQ),
    F("money_involved", 20000000, "手机卡8张,作案车辆1辆,涉案金额高达2000余万元", XJ, WJQ, q="at_least"),
    F("suspects_arrested", 2, "将两名犯罪嫌疑人抓获", XJ, WJQ, None, *P0517),
    F("cards_seized", 5, "手机卡5张", XJ, WJQ, None, *P0517),
    F("cards_seized", 4, "银行卡4张", XJ, WJQ, None, *P0517),
], campaigns=[C("断卡行动")]))

# CQ04 重庆 江北区公安分局大石坝派出所 银行卡"跑分"团伙 (警视在线 转央广网, "时间:2022/2/25 0:00:00"; truncated)
docs.append(dict(doc_id="CQ04", published="2022-02-25", facts=[
    F("suspects_arrested", 10, "在酒店抓了10名嫌疑人", CQ, CQ, "江北区"),
], campaigns=[]))

# CQ05 通辽市公安局科区分局 伪基站 (本报讯, "11月5日" without a year; the whole text is printed twice)
docs.append(dict(doc_id="CQ05", published=None, facts=[
    # checker: removed; "一个…的嫌疑人,被…抓获" is the article 一, not a count (dev gold A07/A09; realninety CHECK CN01 "一名 … the article";
    # realsixtysix NOTES set this same page aside as having no figure). The page stays with no facts, as realninety CN06.
    # F("suspects_arrested", 1, "被内蒙古自治区通辽市公安局科区分局民警抓获", NM, "通辽市", "科尔沁区"),
], campaigns=[]))

# CQ06 无锡 滨湖区公安机关 2000余万 被骗 / 大学生卖卡 (Traditional with ruby, 扬子晚报网 "5月12日訊" after "2019年12月11日")
docs.append(dict(doc_id="CQ06", published="2020-05-12", facts=[
    F("victim_loss", 20000000, "通過網(wǎng)銀被騙走2000余萬元", JS, "无锡市", "滨湖区", q="at_least"),
], campaigns=[]))

# CQ07 洛阳 洛龙分局关林派出所 U币洗钱团伙 (平安洛阳, "2022年底" start, no page date; truncated)
LY = "洛阳市"; LL = "洛龙区"
docs.append(dict(doc_id="CQ07", published=None, facts=[
    # checker: removed; "抓获一名犯罪嫌疑人赵某" is the article 一 (a suspect, named), not a count (realninety CHECK CN01; dev gold A07/A09)
    # F("suspects_arrested", 1, "抓获一名犯罪嫌疑人赵某", HA, LY, LL),
    F("suspects_arrested", 33, "累计抓获犯罪嫌疑人33名", HA, LY, LL),
    # "3名上线 … 和3名卡农" are two counts of 3; one fact (a second would repeat the same key)
    F("suspects_arrested", 3, "将其3名上线文某、张某、龙某和3名卡农抓获", HA, LY, LL),
    F("money_involved", 50000000, "洗钱高达5000余万元", HA, LY, LL, q="at_least"),
], campaigns=[]))

# CQ08 重庆 渝中区公安分局七星岗派出所 洗钱团伙 ("断卡""净网2024", 本网讯 without a date)
YZ = "渝中区"
docs.append(dict(doc_id="CQ08", published=None, facts=[
    # checker: removed; the article 一 is not a count (dev gold A07 '成功打掉了一个…团伙' and A09 '打掉一个…窝点' have no fact; most finished sets agree, realeight/realeightynine CHECK)
    # F("gangs_busted", 1, "打掉一个专为境外电信网络诈骗集团洗钱的犯罪团伙", CQ, CQ, YZ),
    F("suspects_arrested", 7, "7名嫌疑人全部落网", CQ, CQ, YZ),
    F("money_involved", 150000, "累计收取转移赃款15万余元", CQ, CQ, YZ, q="at_least"),
    F("cards_seized", 3, "银行卡3张", CQ, CQ, YZ),
], campaigns=[C("断卡行动"), C("净网2024", start="2024")]))

# CQ09 重庆 黔江警方 7个"洗钱"团伙 (本网讯, "今年1月" without a year)
QJ = "黔江区"
docs.append(dict(doc_id="CQ09", published=None, facts=[
    F("gangs_busted", 7, "一举捣毁7个本地“洗钱”团伙", CQ, CQ, QJ),
    F("suspects_arrested", 30, "抓获犯罪嫌疑人30余名", CQ, CQ, QJ, q="at_least"),
    F("money_involved", 4000000, "涉案金额达400余万元", CQ, CQ, QJ, q="at_least"),
    F("cards_seized", 70, "扣押涉案银行卡70余张", CQ, CQ, QJ, q="at_least"),
], campaigns=[]))

# CQ10 银川市公安局金凤区分局 洗钱团伙 (闽南网 转中新网 "2021-10-18 19:21")
YC = "银川市"; JF = "金凤区"
docs.append(dict(doc_id="CQ10", published="2021-10-18", facts=[
    # checker: removed; the article 一 is not a count (dev gold A07 '成功打掉了一个…团伙' and A09 '打掉一个…窝点' have no fact; most finished sets agree, realeight/realeightynine CHECK)
    # F("gangs_busted", 1, "打掉一个涉嫌给境外电信诈骗洗钱的犯罪团伙", NX, YC, JF),
    F("suspects_arrested", 7, "15日,警方将7名犯罪嫌疑人相继抓获", NX, YC, JF, "2021-10-15", "2021-10-15"),
    F("suspects_detained", 7, "7名犯罪嫌疑人已被依法刑事拘留", NX, YC, JF),
    F("cards_seized", 2, "银行卡2张", NX, YC, JF),
    F("money_involved", 16000000, "涉案资金达1600多万元", NX, YC, JF, q="at_least"),
], campaigns=[]))

# CQ11 青岛 平度市公安局 今年以来 (齐鲁法制网 via 青岛广电, "2020-11-02 17:14"; truncated)
QD = "青岛市"; PD = "平度市"; Y20 = ("2020-01-01", "2020-11-02")
docs.append(dict(doc_id="CQ11", published="2020-11-02", facts=[
    F("suspects_arrested", 97, "共抓获电信网络诈骗犯罪嫌疑人97名", SD, QD, PD, *Y20),
    F("cases_solved", 138, "破获案件138起", SD, QD, PD, *Y20),
    F("money_recovered", 3000000, "为受骗群众挽回经济损失300余万元", SD, QD, PD, *Y20, q="at_least"),
    F("gangs_busted", 2, "连续打掉两个电信网络诈骗犯罪团伙", SD, QD, PD),
    F("suspects_arrested", 2, "将犯罪嫌疑人郝某等两人抓获", SD, QD, PD, "2020-09-01", "2020-09-01"),
    F("suspects_arrested", 5, "将康某等5名犯罪嫌疑人抓获", SD, QD, PD, "2020-09-06", "2020-09-06"),
    F("victim_loss", 5000, "按照要求充值5000元", SD, QD, PD),
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
