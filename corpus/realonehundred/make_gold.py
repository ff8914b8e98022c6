"""Hand-made gold for realonehundred (CY01-CY12; written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

GD = "广东省"; JS = "江苏省"; AH = "安徽省"; SD = "山东省"; SC = "四川省"; GS = "甘肃省"; SX = "山西省"; ZJ = "浙江省"
GX = "广西壮族自治区"; CQ = "重庆市"

docs = []

# CY01 公安部 "3·13" 网络兼职刷单诈骗专案 (转载站, "网" dropped everywhere as " 络"; no page date; national)
docs.append(dict(doc_id="CY01", published=None, facts=[
    F("suspects_arrested", 2075, "抓获犯罪嫌疑人2075名,核破", None, camp="3·13"),
    F("cases_solved", 10000, "核破全国 络兼职刷单诈骗案件上万起", None, q="at_least", camp="3·13"),
    F("money_involved", 30000000, "涉案价值3000余万元", None, q="at_least", camp="3·13"),
], campaigns=[C("3·13", "case")]))

# CY02 深圳 光明警方 GOIP (公众号 "幸福福田 2022-08-30", truncated)
SZ = "深圳市"; GM = "光明区"
docs.append(dict(doc_id="CY02", published="2022-08-30", facts=[
    F("dens_destroyed", 3, "深圳光明警方端掉3个窝点", GD, SZ, GM),
    F("suspects_arrested", 19, "抓获19名涉案人员", GD, SZ, GM),
    F("suspects_arrested", 3, "成功抓获王某、詹某、朱某3名涉案人员", GD, SZ, GM),
], campaigns=[]))

# checker: CY03 kept as made: 发生…案件 N 起 → cases_filed (realeightyeight CL05, realsixtyfour BN17/BN18); 上周 of a
# Monday (2021-11-08) notice read as Mon 11-01..Sun 11-07, which holds all six dated cases (11-02..11-06).
# CY03 南京市公安局刑侦局 一周百万元"杀猪盘" 警情通报 (现代快报 "11月8日"; 2021 fixed by "2021年11月2日")
NJ = "南京市"; WK = ("2021-11-01", "2021-11-07")
docs.append(dict(doc_id="CY03", published="2021-11-08", facts=[
    F("cases_filed", 6, "上周全市发生百万元“杀猪盘”电诈案件6起", JS, NJ, None, *WK),
    F("victim_loss", 1380000, "被骗138万", JS, NJ, None, "2021-11-02", "2021-11-02"),
    F("victim_loss", 1000000, "被骗100万", JS, NJ, None, "2021-11-05", "2021-11-05"),
    F("victim_loss", 2700000, "被骗270万", JS, NJ, None, "2021-11-05", "2021-11-05"),
    F("victim_loss", 990000, "被骗99万", JS, NJ, None, "2021-11-05", "2021-11-05"),
    F("victim_loss", 2400000, "被骗240万元", JS, NJ, None, "2021-11-06", "2021-11-06"),
    F("victim_loss", 2420000, "被骗242万", JS, NJ, None, "2021-11-06", "2021-11-06"),
], campaigns=[]))

# CY04 巢湖市公安局特巡警大队 小卡片引流 (Traditional, one phrase a line; "7月13日" without a year)
docs.append(dict(doc_id="CY04", published=None, facts=[
    F("suspects_arrested", 2, "2名嫌疑人落網", AH, "合肥市", "巢湖市"),
], campaigns=[]))

# CY05 成武县公安局 地推引流 ("11月10日" without a year)
docs.append(dict(doc_id="CY05", published=None, facts=[
    F("suspects_arrested", 3, "田某等3名犯罪嫌疑人落网", SD, "菏泽市", "成武县"),
], campaigns=[]))

# CY06 绵阳 盐亭警方 虚假期货平台 (本报讯, no date; "去年6月中旬")
docs.append(dict(doc_id="CY06", published=None, facts=[
    F("suspects_detained", 27, "共刑事拘留犯罪嫌疑人27人", SC, "绵阳市", "盐亭县"),
    F("victim_loss", 90000, "投资9万余元购买“期货”", SC, "绵阳市", "盐亭县", q="at_least"),
], campaigns=[]))

# checker: CY07 removed. It is the same story as realthirtynine AO02 (兰州晚报 2018-07-26, "5·03"): 5月3日 安宁分局 report,
# 29万 loss, the gang "以袁某为首" with dens in 广州/惠州, 30 arrested on 7月9日. CY07 is a synonym-washed copy of the
# 新华社 version ("安定分局" = 安宁分局). Text file and sources.tsv row deleted too.

# CY08 太原 尖草坪分局 百日集中会战 (Traditional with ruby and doubled commas; "昨日" without a date)
TY = "太原市"; JCP = "尖草坪区"; BR = "全市打击治理电信网络新型违法犯罪百日集中会战"
docs.append(dict(doc_id="CY08", published=None, facts=[
    F("cases_solved", 4, "破獲的4起電信網(wǎng)絡(luò)詐騙案", SX, TY, JCP, camp=BR),
    F("suspects_arrested", 30, "抓獲骨干成員30名", SX, TY, JCP, camp=BR),
    F("cases_solved", 339, "串并破獲電信詐騙案件339起", SX, TY, JCP, camp=BR),
    F("money_involved", 4000000, "涉案價值達400余萬元", SX, TY, JCP, q="at_least", camp=BR),
    F("victim_loss", 28800, "匯款2.88萬元", SX, TY, JCP),
    F("victim_loss", 220000, "價值22萬余元", SX, TY, JCP, q="at_least"),
], campaigns=[C(BR)]))

# CY09 淳安 千岛湖镇 网购退货诈骗 (西湖之声, no date)
docs.append(dict(doc_id="CY09", published=None, facts=[
    F("victim_loss", 43200, "网购退货诈骗,损失43200元", ZJ, "杭州市", "淳安县"),
], campaigns=[]))

# checker: CY10 removed. The page never mentions fraud (no 诈/诈骗 anywhere): a 猫池 den and operator insiders opening SIM
# cards, closing on 侵犯公民个人信息. realeightythree dropped the same 玉林 猫池 开卡 story as not telecom fraud
# ("玉林 猫池 开卡 (侵犯公民个人信息)"), and finished sets leave out 侵犯公民个人信息 figures (realeightyfive CI03). Text
# file and sources.tsv row deleted too.

# CY11 重庆 渝北区分局新牌坊派出所 直播打赏诈骗 (Traditional; truncated before the arrests are counted)
docs.append(dict(doc_id="CY11", published=None, facts=[
    F("victim_loss", 4000, "花費了4000多元", CQ, CQ, "渝北区", q="at_least"),
], campaigns=[]))

# CY12 南京 建邺分局 直播"奔现"诈骗团伙 (法治日报 via 法律站; "今年3月15日" without a year; truncated)
docs.append(dict(doc_id="CY12", published=None, facts=[
    F("suspects_arrested", 100, "抓获涉案人员上百名", JS, NJ, "建邺区", q="at_least"),
    F("victim_loss", 17000, "刷礼物花费已达1.7万元", JS, NJ, "建邺区"),
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
