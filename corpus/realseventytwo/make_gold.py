"""Hand-made gold for realseventytwo (BV01-BV18; written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

GD = "广东省"; JS = "江苏省"; QH = "青海省"; SC = "四川省"; HB = "湖北省"; FJ = "福建省"; ZJ = "浙江省"; YN = "云南省"; GZ = "贵州省"

docs = []

# BV01 广东省公安厅 "八大专项行动" 电诈战果 (Traditional mojibake mirror, "自4月26日起" without a year; truncated)
# "八大专项行动" is a generic umbrella (realsixty BJ16, realtwentytwo D01): not a campaign. The 突出刑事犯罪 figures
# (团伙651个, 7385名, 冻结逾3.72亿) are all-crime figures and are left out.
docs.append(dict(doc_id="BV01", published=None, facts=[
    F("cases_solved", 7403, "共偵破電詐案件7403起", GD),
    F("cases_solved", 67, "其中超百萬元案件67起", GD),
    F("suspects_arrested", 6746, "抓獲犯罪嫌疑人6746名", GD),
], campaigns=[]))

# BV02 江苏 三地法院 集中宣判 18起跨国电信诈骗案 (Traditional, court news quoting the police; "8月15日" without a year)
# Court figures (174名被告人, 诈骗13441100元至22000元, 129人/11名/34名 by court) are left out; the police figures stay.
docs.append(dict(doc_id="BV02", published=None, facts=[
    F("suspects_arrested", 174, "共抓獲犯罪嫌疑人174名", JS),
    F("cases_solved", 18, "我省公安機關破獲18起案件", JS),
], campaigns=[]))

# BV03 南通市公安局 全国首例 "95"号段 帮助通讯网络诈骗案 (Traditional, 法治日报; "今年3月以来" without a year; truncated)
NT = "南通市"
docs.append(dict(doc_id="BV03", published=None, facts=[
    F("suspects_arrested", 15, "抓獲犯罪嫌疑人15名", JS, NT, camp="净网2020"),
    F("money_involved", 22000000, "涉案金額高達2200多萬元", JS, NT, q="at_least", camp="净网2020"),
    F("victim_loss", 297123, "還先后匯款297123元", JS, NT),
    F("victim_loss", 230000, "被騙取23萬余元", JS, NT, q="at_least"),
], campaigns=[C("净网2020", start="2020")]))

# BV04 扬州 江都分局 龙川派出所 "语音网关" 7人团伙 (Traditional with mojibake, "今天(7月4日)" without a year; truncated)
YZ = "扬州市"; JD = "江都区"
docs.append(dict(doc_id="BV04", published=None, facts=[
    F("suspects_arrested", 7, "7人犯罪團伙", JS, YZ, JD),
    F("victim_loss", 100000, "讓我把十萬轉賬到這個賬戶里面", JS, YZ, JD),
    F("victim_loss", 500000, "累計損失五十多萬元", JS, YZ, JD, q="at_least"),
], campaigns=[]))

# BV05 青海省公安厅 96110 平台启动 (安大互联 copy, "发布日期:2024-3-26"); 1.67万通 calls and 6000 咨询 are not gold facts
docs.append(dict(doc_id="BV05", published="2024-03-26", facts=[
    F("people_dissuaded", 2600, "成功阻止2600余名群众继续转账受骗", QH, q="at_least"),
], campaigns=[]))

# BV06 "96110是什么电话" explainer (self-media, national police figure, "今年以来" without a year, no page date)
docs.append(dict(doc_id="BV06", published=None, facts=[
    F("people_dissuaded", 12600000, "预警劝阻1260万人免于被骗", None),
    F("money_recovered", 277000000000, "累计挽回损失2770亿", None),
], campaigns=[]))

# BV07 成都铁路运输法院 宣判 "宏盛国际" 跨境电诈 (人民法院报 2021-06-22); only the police figures (成都铁路公安局 -> its seat)
CD = "成都市"
docs.append(dict(doc_id="BV07", published="2021-06-22", facts=[
    F("suspects_arrested", 100, "抓获犯罪嫌疑人100余人", SC, CD, q="at_least"),
    F("money_frozen", 9000000, "冻结涉案资金900余万元", SC, CD, q="at_least"),
], campaigns=[]))

# BV08 广州法院 电话诈骗判决分析 (南方日报, no date in the text; truncated); 珠海市警方 arrested 袁源等3人
ZH = "珠海市"
docs.append(dict(doc_id="BV08", published=None, facts=[
    F("suspects_arrested", 3, "珠海市警方将袁源等3人抓获归案", GD, ZH),
    F("victim_loss", 100000, "被骗走10万元", GD, ZH),
], campaigns=[]))

# BV09 十堰 东岳公安分局 警银联手 救下七旬老太28万 (邯郸之窗 copy, "9月23日" without a year; truncated)
docs.append(dict(doc_id="BV09", published=None, facts=[
    F("money_recovered", 280000, "携带28万元的存款外出", HB, "十堰市"),
], campaigns=[]))

# BV10 建瓯市 "警银联动" 保住两老人30万 (福建法治报, "2月20日讯" without a year)
docs.append(dict(doc_id="BV10", published=None, facts=[
    F("money_recovered", 300000, "及时为两个老人保住30万元存款", FJ, "南平市", "建瓯市"),
], campaigns=[]))

# BV11 荆州 沙市公安 VOIP 帮信团伙 (Traditional under a spam header, 荆州日报 "發(fā)布時間:2023年07月25日")
# checker: text saved again exactly as the search tool returns it (three ruby insertions "(fā)", "(qū)", "(qū)"); evidence unchanged.
JZ = "荆州市"; SS = "沙市区"; D18 = ("2023-07-18", "2023-07-18")
docs.append(dict(doc_id="BV11", published="2023-07-25", facts=[
    F("suspects_arrested", 3, "成功將段某等3名嫌疑人抓獲歸案", HB, JZ, SS, *D18, camp="夏季行动"),
    F("suspects_detained", 3, "段某等三人已被依法刑事拘留", HB, JZ, SS, camp="夏季行动"),
], campaigns=[C("夏季行动")]))

# BV12 宁波 奉化公安分局 酒店 "黑匣子" VOIP (Traditional with dropped characters, "自今年5月以来" without a year; truncated)
docs.append(dict(doc_id="BV12", published=None, facts=[
    F("money_involved", 2000000, "涉案金額達200余萬元", ZJ, "宁波市", "奉化区", q="at_least"),
], campaigns=[]))

# BV13 西宁 城西公安分局 青海首起 VOIP 诈骗团伙 (中国网资讯 copy of 中新网, page time 2023-04-22; truncated)
XN = "西宁市"; CX = "城西区"
docs.append(dict(doc_id="BV13", published="2023-04-22", facts=[
    F("dens_destroyed", 5, "打掉固话语音窝点5个", QH, XN, CX),
    F("suspects_arrested", 5, "抓获犯罪嫌疑人5名", QH, XN, CX),
    F("victim_loss", 7500, "被骗7500元", QH, XN, CX, "2023-04-12", "2023-04-12"),
], campaigns=[]))

# BV14 云南 "3·15" 案 + "净网2019" 1号集群战役 手机黑卡 (excerpt starts mid-article, no page date)
docs.append(dict(doc_id="BV14", published=None, facts=[
    F("suspects_arrested", 195, "云南警方共抓获犯罪嫌疑人195名", YN, camp="3·15"),
    F("cards_seized", 2770000, "查获涉案电话卡277万张", YN, camp="3·15"),
    F("suspects_arrested", 1793, "共抓获犯罪嫌疑人1793名", YN, camp="净网2019"),
    F("cards_seized", 13700000, "查获手机卡1370万张", YN, camp="净网2019"),
], campaigns=[C("3·15", "case"), C("净网2019", start="2019")]))

# BV15 全国 "断卡" 第四轮集中收网 (人民日报 2021-04-07 13版, 人民网重庆 copy)
D0402 = ("2021-04-02", "2021-04-02")
docs.append(dict(doc_id="BV15", published="2021-04-07", facts=[
    F("suspects_arrested", 460, "共抓获违法犯罪嫌疑人460余名", None, None, None, *D0402, q="at_least", camp="断卡行动"),
    F("cards_seized", 15000, "缴获电话卡、银行卡共计1.5万余张", None, None, None, *D0402, q="at_least", camp="断卡行动"),
    F("money_frozen", 13600000, "查扣涉案资金1360余万元", None, None, None, *D0402, q="at_least", camp="断卡行动"),
    F("suspects_arrested", 5900, "4轮集中收网行动共抓获违法犯罪嫌疑人5900余名", None, q="at_least", camp="断卡行动"),
    F("cards_seized", 134000, "缴获电话卡、银行卡共计13.4万余张", None, q="at_least", camp="断卡行动"),
], campaigns=[C("断卡行动", start="2020")]))

# BV16 最高检、公安部 联合挂牌督办5起 (中国西藏网 copy of 央广网, 2022-04-13; truncated in the 2nd case)
docs.append(dict(doc_id="BV16", published="2022-04-13", facts=[
    F("suspects_arrested", 400, "现已抓获诈骗窝点及关联犯罪人员400余名", ZJ, q="at_least", camp="12·30"),
    F("money_involved", 150000000, "涉案金额人民币1.5亿余元", ZJ, q="at_least", camp="12·30"),
    F("suspects_arrested", 80, "现已抓获诈骗窝点及关联犯罪人员80余名", FJ, q="at_least", camp="4·09"),
], campaigns=[C("12·30", "case"), C("4·09", "case")]))

# BV17 最高检、公安部 挂牌督办第四批8起 (中新社 "12月1日电"; "2022年以来…三批" fixes 2022; truncated)
# 检察机关 483名 提起公诉 is a prosecutors' figure (left out); "三批13起"/"8起" are counts of supervised cases.
# checker: published null. "2022年以来…三批13起" only opens a period; the text never states the year of the "12月1日电"
# dateline (the search tool shows this 第四批 was announced on 2024-12-01, so 2022 was also wrong in fact).
docs.append(dict(doc_id="BV17", published=None, facts=[
    F("gangs_busted", 21, "打掉在缅甸北部地区活动的21个诈骗团伙", SC, "南充市", camp="4·01"),
    F("suspects_arrested", 1000, "到案犯罪嫌疑人1000余人", SC, "南充市", q="at_least", camp="4·01"),
], campaigns=[C("博翔园区", "case"), C("巅峰科技", "case"), C("豪志园区", "case"), C("5·27", "case"),
              C("盛源集团", "case"), C("11·15", "case"), C("3·21", "case"), C("8·09", "case"),
              C("4·01", "case"), C("4·09", "case")]))

# BV18 贵州银行贵阳分行 配合公安 (Traditional bank PR, no page date; truncated). The bank's 堵截69起 is the bank's own figure.
GY = "贵阳市"
docs.append(dict(doc_id="BV18", published=None, facts=[
    F("suspects_arrested", 13, "配合公安機關抓獲涉嫌電信網絡詐騙人員13人", GZ, GY),
    F("suspects_arrested", 8, "8人團伙,人員已全部抓捕", GZ, GY, "南明区"),
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
