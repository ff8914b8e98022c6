"""Hand-made gold for staging/realfourteen (written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

SN = "陕西省"; NM = "内蒙古自治区"; GX = "广西壮族自治区"; SX = "山西省"; JX = "江西省"; JL = "吉林省"
HL = "黑龙江省"; AH = "安徽省"; HB = "湖北省"; GS = "甘肃省"

docs = []

# H01 陕西省公安厅 (newxbzx 转陕西日报, '发布日期:2018-12-10'; '今年以来…截至10月底')
Y18_10 = ("2018-01-01", "2018-10-31")
docs.append(dict(doc_id="H01", published="2018-12-10", facts=[
    F("cases_solved", 4437, "截至10月底,全省公安机关破获电信网络诈骗案件4437起", SN, None, None, *Y18_10),
    F("money_stopped", 371800000, "止付涉案资金3.718亿元", SN),
    F("money_frozen", 587300000, "冻结金额5.873亿元", SN),
    F("dens_destroyed", 2, "摧毁电信网络诈骗窝点2个", SN, None, None, "2018-01-01", "2018-01-31"),
    F("suspects_arrested", 63, "抓获犯罪嫌疑人63人", SN, None, None, "2018-01-01", "2018-01-31"),
    F("suspects_arrested", 142, "共抓获犯罪嫌疑人142人", SN, None, None, "2018-08-01", "2018-08-31"),
    F("gangs_busted", 21, "打掉犯罪团伙21个", SN, None, None, "2018-08-01", "2018-08-31"),
    F("dens_destroyed", 25, "捣毁电信网络诈骗窝点25个", SN, None, None, "2018-08-01", "2018-08-31"),
    F("cards_seized", 500, "银行卡500余张", SN, None, None, "2018-08-01", "2018-08-31", q="at_least"),
    F("money_frozen", 10000000, "冻结涉案资金1000余万元", SN, None, None, "2018-08-01", "2018-08-31", q="at_least"),
], campaigns=[]))

# H02 内蒙古自治区公安厅 发布会 (繁体+拼音, 人民网 '8月19日電'; 年份由'云劍2021'定 -> 2021)
Y21_7 = ("2021-01-01", "2021-07-31")
YJ21 = "云剑2021"
docs.append(dict(doc_id="H02", published="2021-08-19", facts=[
    F("cases_solved", 2585, "全區(qū)共破獲電信網(wǎng)絡(luò)詐騙案件2585起", NM, None, None, *Y21_7),
    F("cases_solved", 276, "全區(qū)共破獲涉疫詐騙案件276起", NM, None, None, *Y21_7),
    F("suspects_arrested", 120, "抓獲犯罪嫌疑人120名", NM, None, None, *Y21_7),
    F("cases_solved", 122, "破獲涉案金額50萬(wàn)元以上案件122起", NM, None, None, *Y21_7, camp=YJ21),
    F("cases_solved", 31, "100萬(wàn)元以上的31起", NM, None, None, *Y21_7, camp=YJ21),
], campaigns=[C(YJ21, start="2021"), C("断卡行动")]))

# H03 广西壮族自治区公安厅 (繁体+拼音 spam mirror of 中國防偽報道, page '2021-06-20'; '近年來' -> null)
docs.append(dict(doc_id="H03", published="2021-06-20", facts=[
    F("dens_destroyed", 709, "依據(jù)線索共打掉窩點709個", GX),
    F("cases_solved", 3307, "破案3307起", GX),
    F("suspects_arrested", 9140, "抓獲9140人", GX),
], campaigns=[]))

# H04 陕西省公安厅 2023 (huaqiwangan, '记者1月22日…2023年1月至11月…去年' -> 2024-01-22)
D23 = ("2023-01-01", "2024-01-22")
docs.append(dict(doc_id="H04", published="2024-01-22", facts=[
    F("people_dissuaded", 3317000, "劝阻疑似被骗群众331.7万人次", SN, None, None, *D23),
    F("money_recovered", 601000000, "避免经济损失6.01亿元", SN, None, None, *D23),
    F("money_recovered", 210000000, "返还涉案资金2.1亿元", SN, None, None, *D23),
    F("gangs_busted", 42, "打掉跑分洗钱团伙42个", SN, camp="云剑2023反诈1号"),
    F("suspects_arrested", 271, "抓获犯罪嫌疑人271名", SN, camp="云剑2023反诈1号"),
    F("suspects_arrested", 43, "抓获犯罪嫌疑人43名", SN, camp="云剑2023反诈2号"),
    F("gangs_busted", 16, "打掉团伙16个", SN, camp="云剑2023反诈2号"),
], campaigns=[C("云剑2023", start="2023"), C("云剑2023反诈1号", start="2023"), C("云剑2023反诈2号", start="2023")]))

# H05 太原市公安局 发布会 (scbzol 转山西晚报? '6月10日' 无年份 -> published/periods null)
TY = "太原市"
docs.append(dict(doc_id="H05", published=None, facts=[
    F("money_recovered", 20857000, "太原市已累计为群众返还受骗资金2085.7万余元", SX, TY, q="at_least"),
    F("people_dissuaded", 3364, "见面劝阻宣防3364人", SX, TY),
    F("dens_destroyed", 3, "打掉3个为境外诈骗团伙提供远程通信支持Goip窝点", SX, TY),
    F("suspects_arrested", 7, "抓获犯罪嫌疑人7名", SX, TY),
], campaigns=[]))

# H06 江西 吉安市 (繁体, 吉安市政府 '2020-08-27'; '今年1-6月', '今年4月')
JA = "吉安市"
docs.append(dict(doc_id="H06", published="2020-08-27", facts=[
    F("cases_solved", 350, "共破獲電信網絡詐騙案件350起", JX, JA, None, "2020-01-01", "2020-06-30"),
    F("suspects_arrested", 189, "抓獲犯罪嫌疑人189名", JX, JA, None, "2020-01-01", "2020-06-30"),
    F("dens_destroyed", 2, "連續搗毀了2個電信詐騙窩點", JX, JA, None, "2020-04-01", "2020-04-30"),
    F("money_recovered", 100000000, "直接避免群眾損失近億元", JX, JA, None, "2020-01-01", "2020-08-27", q="approx"),
], campaigns=[C("云电")]))

# H07 吉林 白城 洮南市 话务引流团伙 (wblaw, '4月6日' 无年份)
BC = "白城市"; TN = "洮南市"
docs.append(dict(doc_id="H07", published=None, facts=[
    F("suspects_arrested", 14, "抓获犯罪嫌疑人14名", JL, BC, TN),
    F("suspects_arrested", 6, "刘某、王某等6人抓获", JL, BC, TN),
    F("suspects_arrested", 8, "张某、李某等8人抓获", JL, BC, TN),
    F("cards_seized", 30, "手机卡30余张", JL, BC, TN, q="at_least"),
], campaigns=[]))

# H08 黑龙江 (浙江在线转央广网 2023-12-28; 省委政法委发布)
docs.append(dict(doc_id="H08", published="2023-12-28", facts=[
    F("suspects_arrested", 4875, "循线抓获犯罪嫌疑人4875人", HL, None, None, "2023-01-01", "2023-12-28"),
    F("money_recovered", 95000000, "有效避免群众财产损失9500余万元", HL, None, None, "2023-03-08", "2023-12-28", q="at_least"),
], campaigns=[]))

# H09 长春 缅甸佤邦 押回10人 (新浪江西转新文化报 A04版, 正文无年份)
CC = "长春市"
docs.append(dict(doc_id="H09", published=None, facts=[
    F("suspects_arrested", 10, "这10名嫌疑人是长春市警方远赴缅甸佤邦,在当地警方的密切配合下成功抓捕的", JL, CC),
    # checker: 俩 is a Chinese numeral (= 两个, body "这两个诈骗团伙"), not the article 一 -> a fact (realset R17/R19, realblind T15, realeight Y03)
    F("gangs_busted", 2, "警方打掉俩跨境电信诈骗团伙", JL, CC),
    F("money_involved", 3600000, "涉案金额达360多万元", JL, CC, q="at_least"),
    F("victim_loss", 6000, "被骗了人民币6000元", JL, CC, "双阳区"),
], campaigns=[]))

# H10 安徽 宿州 萧县 黄口派出所 (繁体+拼音, 安徽网 '5月6日' 无年份, 截断)
docs.append(dict(doc_id="H10", published=None, facts=[
    F("suspects_arrested", 8, "抓獲8名詐騙嫌疑人", AH, "宿州市", "萧县"),
], campaigns=[]))

# H11 淮南 '双百攻坚' (淮南长安网 2021-09-06, 截断)
HN = "淮南市"; SB = "双百攻坚"
docs.append(dict(doc_id="H11", published="2021-09-06", facts=[
    F("suspects_arrested", 25, "10日内抓获25名涉诈犯罪嫌疑人", AH, HN, "田家庵区", camp=SB),
    F("money_involved", 1000000, "涉案金额超百万元电诈案件", AH, HN, "寿县", q="at_least", camp=SB),
], campaigns=[C(SB, start="2021-05")]))

# H12 湖北省公安厅 (湖北日报 2021-06-02; '从去年9月开始' 无终点 -> null)
docs.append(dict(doc_id="H12", published="2021-06-02", facts=[
    F("dens_destroyed", 1200, "打掉诈骗窝点1200多个", HB, q="at_least"),
    F("money_stopped", 7500000000, "紧急止付涉案资金75亿余元", HB, q="at_least"),
], campaigns=[C("雷火2021", start="2021")]))

# H13 包头市公安局反诈中心 (繁体+拼音, 内蒙古日报 2022-05-23; '今年以来…截至4月底')
docs.append(dict(doc_id="H13", published="2022-05-23", facts=[
    F("money_stopped", 238680000, "緊急止付涉案財產23868萬元", NM, "包头市", None, "2022-01-01", "2022-04-30"),
], campaigns=[]))

# H14 哈尔滨 木兰县公安局 (县局网站 '发表日期: 2023-09-11', 截断)
MLX = "木兰县"; XJ = "夏季治安打击整治行动"
docs.append(dict(doc_id="H14", published="2023-09-11", facts=[
    F("suspects_arrested", 26, "抓获违法犯罪嫌疑人26名", HL, "哈尔滨市", MLX, camp=XJ),
    F("money_involved", 700000, "涉案金额70余万元", HL, "哈尔滨市", MLX, q="at_least", camp=XJ),
    F("victim_loss", 435233, "共计435233元", HL, "哈尔滨市", MLX),
], campaigns=[C(XJ)]))

# H15 合肥市公安局反电诈中心 (机器改写中新网稿, 页戳 2022-11-04, '合肥11月3日电')
HF = "合肥市"
docs.append(dict(doc_id="H15", published="2022-11-04", facts=[
    F("money_recovered", 30000000, "为平易近众挽归丧失3000余万元", AH, HF, None, "2022-01-01", "2022-10-31", q="at_least"),
    F("money_recovered", 1020000, "返还上当资金102万元", AH, HF),
], campaigns=[]))

# H16 南宁 '绿城反诈·断卡' 第二轮集中收网 (广西政府网专题, 无页面日期; 2022年5月23日至24日)
NN = "南宁市"; LC = "绿城反诈·断卡"
W16 = ("2022-05-23", "2022-05-24")
docs.append(dict(doc_id="H16", published=None, facts=[
    F("suspects_arrested", 347, "集中收网行动共抓获电信网络诈骗犯罪嫌疑人347人", GX, NN, None, *W16, camp=LC),
    F("cards_seized", 97, "手机卡97张", GX, NN, None, *W16, camp=LC),
    F("cards_seized", 210, "银行卡210张", GX, NN, None, *W16, camp=LC),
    F("money_frozen", 80000, "现金8万元", GX, NN, None, *W16, camp=LC),
    F("suspects_arrested", 103, "现场抓获103名涉嫌诈骗的犯罪嫌疑人", GX, NN, None, "2022-05-24", "2022-05-24", camp=LC),
], campaigns=[C(LC, start="2022")]))

# H17 南宁 '驻村反诈' 宾阳 (新浪 转南宁晚报 2019-06-19; 4月3日起 截至6月6日)
W17 = ("2019-04-03", "2019-06-06")
docs.append(dict(doc_id="H17", published="2019-06-19", facts=[
    F("dens_destroyed", 45, "驻村稳控工作组共捣毁涉嫌诈骗的窝点45处", GX, NN, None, *W17),
    F("suspects_arrested", 103, "抓获犯罪嫌疑人103人", GX, NN, None, *W17),
    F("suspects_arrested", 39, "其中抓获涉嫌诈骗的网上在逃人员39人", GX, NN, None, *W17),
    F("victim_loss", 260000, "冒充领导诈骗财务26万元", GX, NN),
], campaigns=[]))

# H18 天水 秦安县 '8·26' (每日甘肃网 2021/09/15)
TS = "天水市"; QA = "秦安县"; C826 = "8·26"
docs.append(dict(doc_id="H18", published="2021-09-15", facts=[
    F("money_involved", 2000000, "涉案金额高达200余万元", GS, TS, QA, q="at_least", camp=C826),
    F("suspects_arrested", 15, "一举抓获犯罪嫌疑人15名", GS, TS, QA, camp=C826),
], campaigns=[C(C826, kind="case", start="2021-08")]))

# H19 张掖 甘州分局 (甘州融媒, '春节刚过' 无年份)
docs.append(dict(doc_id="H19", published=None, facts=[
    F("cases_solved", 4, "连续破获电信诈骗案件4起", GS, "张掖市", "甘州区"),
    F("suspects_arrested", 6, "抓获电信诈骗犯罪嫌疑人6名", GS, "张掖市", "甘州区"),
    F("money_recovered", 400000, "为群众挽回经济损失40余万元", GS, "张掖市", "甘州区", q="at_least"),
], campaigns=[]))

# H20 湖北 '云剑行动' (四海资讯 转新华社, '时间:2019-09-14', '9月12日电', '自6月13日起')
YJ = "云剑"; W20 = ("2019-06-13", "2019-09-12")
docs.append(dict(doc_id="H20", published="2019-09-14", facts=[
    F("dens_destroyed", 110, "打掉电信诈骗窝点110个", HB, None, None, *W20, camp=YJ),
    F("money_frozen", 1000000000, "冻结扣押各类资金10亿余元", HB, None, None, *W20, q="at_least", camp=YJ),
], campaigns=[C(YJ, start="2019-06-13")]))

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
