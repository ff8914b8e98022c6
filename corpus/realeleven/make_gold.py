"""Hand-made gold for staging/realeleven (written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

GD = "广东省"; QH = "青海省"; SN = "陕西省"; HN = "湖南省"; GS = "甘肃省"; HA = "河南省"; HE = "河北省"
YN = "云南省"; SD = "山东省"; GZ = "贵州省"; BJ = "北京市"; SC = "四川省"; FJ = "福建省"

docs = []

# E01 广州铁路公安局 "7·19" (央视新闻客户端 via lyw520; '1月5日' after a 2022 case -> 2023)
C719 = "7·19"
docs.append(dict(doc_id="E01", published="2023-01-05", facts=[
    F("suspects_arrested", 232, "共抓获涉案人员232人", GD, "广州市", camp=C719),
    F("money_involved", 217000000, "涉案金额达2.17亿余元", GD, "广州市", q="at_least", camp=C719),
    F("victim_loss", 650800, "先后将共计65.08万元转入嫌疑人提供的银行账户", GD, "广州市", None, "2022-07-19", "2022-07-19", camp=C719),
    F("gangs_busted", 9, "成功抓捕电信诈骗犯罪团伙9个", GD, "广州市", camp=C719),
    F("dens_destroyed", 11, "捣毁窝点11处", GD, "广州市", camp=C719),
    F("cases_solved", 1611, "破获电信网络诈骗、掩饰隐瞒犯罪所得、帮助信息网络犯罪活动等刑事案件1611起", GD, "广州市", camp=C719),
], campaigns=[C(C719, kind="case", start="2022-07-19")]))

# E02 西宁 大通县 (西海都市报 print footer 2025-09-27)
DT = ("西宁市", "大通回族土族自治县")
docs.append(dict(doc_id="E02", published="2025-09-27", facts=[
    F("victim_loss", 150000, "且已向嫌疑人指定账户转账15万元", QH, *DT, "2025-09-22", "2025-09-22"),
    F("money_recovered", 150000, "将15万元全额退还至他的账户", QH, *DT),
], campaigns=[]))

# E03 全国 公安部 2020上半年 (央视网 2020-07-28)
H1 = ("2020-01-01", "2020-06-30")
docs.append(dict(doc_id="E03", published="2020-07-28", facts=[
    F("cases_solved", 101000, "破获此类案件10.1万起", None, None, None, *H1),
    F("money_recovered", 66600000000, "为群众直接避免经济损失666亿元", None, None, None, *H1),
], campaigns=[]))

# E04 陕西省反诈中心 一年 (no page date; '截至8月31日')
C107 = "1·07"
docs.append(dict(doc_id="E04", published=None, facts=[
    F("money_stopped", 136200000, "止付涉案资金1.362亿元", SN),
    # second reader: the province's "2016年年底,破获了公安部督办的5起案件" (written digit, police result; period null)
    F("cases_solved", 5, "破获了公安部督办的5起案件", SN),
    F("money_involved", 35000000, "涉案金额高达3500余万元人民币", SN, "安康市", q="at_least", camp=C107),
    F("suspects_arrested", 36, "最终36名涉嫌诈骗嫌疑人落网", SN, "安康市", camp=C107),
    F("victim_loss", 91300, "被骗的刘女士将9.13万元先后汇入对方指定账户", SN, "宝鸡市", None, "2016-12-01", "2016-12-01"),
    F("money_frozen", 100000, "将骗子账户10多万元资金当即冻结", SN, "宝鸡市", q="at_least"),
    F("victim_loss", 8200, "骗走了女大学生李某8200元全年报名费、生活费", SN, "西安市", "长安区"),
], campaigns=[C(C107, kind="case")]))

# E05 湘西州 (ruyici portal; '10月11日晚,2025“湘超”')
XX = "湘西土家族苗族自治州"
docs.append(dict(doc_id="E05", published="2025-10-11", facts=[
    F("money_recovered", 1170000, "感谢民警为其挽回117万元经济损失", HN, XX, "龙山县"),
    F("money_stopped", 900000, "仅用2小时就成功截留90万元被骗资金", HN, XX, "龙山县", "2025-05-23", "2025-05-23"),
    F("money_recovered", 20000, "追回涉诈资金2万元", HN, XX, "龙山县", "2025-06-03", "2025-06-03"),
    F("money_recovered", 50000, "并追回5万元涉诈资金", HN, XX, "龙山县", "2025-06-04", "2025-06-04"),
    F("money_recovered", 100000, "传来好消息挽损10万元", HN, XX, "龙山县", "2025-06-13", "2025-06-13"),
    F("suspects_arrested", 9, "共抓获9名嫌疑人", HN, XX, "龙山县"),
    F("suspects_arrested", 5, "抓获5名犯罪嫌疑人", HN, XX, "保靖县", "2025-08-26", "2025-08-26"),
], campaigns=[]))

# E06 甘肃省公安厅 发布会 (人民网 '7月21日电', no year)
docs.append(dict(doc_id="E06", published=None, facts=[
    F("cases_solved", 8980, "累计破获电诈案件8980起", GS),
    F("people_dissuaded", 1860000, "劝阻预警186万余人", GS, q="at_least"),
    F("people_dissuaded", 3736000, "劝导可能受骗群众373.6万人次", GS),
    F("money_frozen", 4027000000, "紧急止付冻结被骗资金40.27亿元", GS),
], campaigns=[C("扫楼"), C("断卡行动"), C("断流"), C("团圆行动")]))

# E07 河南 "雷霆11号""断卡" (中新网 '郑州1月19日电'; action 2020-11-01..12-31 -> 2021)
L11 = "雷霆11号"; P7 = ("2020-11-01", "2020-12-31")
docs.append(dict(doc_id="E07", published="2021-01-19", facts=[
    F("suspects_arrested", 8845, "全省共抓获涉“两卡”犯罪嫌疑人8845名", HA, None, None, *P7, camp=L11),
    F("dens_destroyed", 868, "捣毁涉“两卡”窝点868个", HA, None, None, *P7, camp=L11),
    F("cards_seized", 276900, "手机卡27.69万张", HA, None, None, *P7, camp=L11),
    F("cards_seized", 24600, "银行卡2.46万张", HA, None, None, *P7, camp=L11),
], campaigns=[C(L11, start="2020-11-01", end="2020-12-31"), C("断卡行动"), C("雷霆1号", start="2021")]))

# E08 定州 东旺派出所 (spam portal '时间:2025-12-25')
docs.append(dict(doc_id="E08", published="2025-12-25", facts=[
    F("money_recovered", 300000, "为群众挽回经济损失30余万元", HE, "保定市", "定州市", "2025-01-01", "2025-12-25", q="at_least"),
], campaigns=[]))

# E09 全国 公安部 王志忠 (mirror '发布时间:2024-11-19'; 中新网 '10月24日电')
docs.append(dict(doc_id="E09", published="2024-11-19", facts=[
    F("suspects_arrested", 387, "缉捕电信网络诈骗集团重大头目和骨干387名", None),
], campaigns=[C("云剑"), C("断卡行动"), C("断流"), C("拔钉")]))

# E10 深圳 南山 "断卡" (晶报 mirror, no date)
docs.append(dict(doc_id="E10", published=None, facts=[
    F("suspects_arrested", 30, "陆续抓获涉嫌非法开办贩卖手机卡、银行卡犯罪的嫌疑人30余名", GD, "深圳市", "南山区", q="at_least", camp="断卡行动"),
], campaigns=[C("断卡行动")]))

# E11 平凉 华亭市 (中新网 '4月17日电', no year in the text)
docs.append(dict(doc_id="E11", published=None, facts=[
    F("suspects_arrested", 25, "抓获犯罪嫌疑人25名", GS, "平凉市", "华亭市"),
], campaigns=[]))

# E12 大理市 百日行动 (大理时讯, no date)
DL = ("大理白族自治州", "大理市"); BR = "百日行动"
docs.append(dict(doc_id="E12", published=None, facts=[
    F("suspects_arrested", 16, "共抓获犯罪嫌疑人16人", YN, *DL, camp=BR),
    F("cases_solved", 8, "侦破个案损失50万元以上的电信网络诈骗案件8起", YN, *DL, camp=BR),
    F("cases_solved", 3, "其中个案损失百万元以上案件3起", YN, *DL, camp=BR),
], campaigns=[C(BR)]))

# E13 淄博 高青县 (山东法制传媒网, no year in the text)
GQ = ("淄博市", "高青县")
docs.append(dict(doc_id="E13", published=None, facts=[
    F("people_dissuaded", 2800, "上门劝阻2800余人次", SD, *GQ, q="at_least"),
    F("accounts_frozen", 150, "冻结止付账户150余个", SD, *GQ, q="at_least"),
    F("money_recovered", 7200000, "避免群众经济损失720余万元", SD, *GQ, q="at_least"),
], campaigns=[]))

# E14 全国 公安部 五年来 (unclezhai, '27日', no date)
docs.append(dict(doc_id="E14", published=None, facts=[
    F("cases_solved", 1945000, "全国公安机关共破获电信网络诈骗犯罪案件194.5万起", None),
], campaigns=[]))

# E15 茂名 (Traditional mirror of 中新社 '4月30日電', no year)
MM = "茂名市"
docs.append(dict(doc_id="E15", published=None, facts=[
    F("dens_destroyed", 25, "搗毀25個窩點", GD, MM),
    F("cases_solved", 87, "初步核破外地電詐案件87宗", GD, MM),
    F("suspects_arrested", 66, "抓獲的66名犯罪嫌疑人", GD, MM),
    F("money_involved", 3600000, "涉案金額360多萬元人民幣", GD, MM, q="at_least"),
], campaigns=[]))

# E16 广东公安 全民反诈 (Traditional spam mirror of 南方日报, 2022-10-14)
P16 = ("2022-09-16", "2022-09-18")
docs.append(dict(doc_id="E16", published="2022-10-14", facts=[
    F("cases_solved", 2794, "全省共偵破電信詐騙犯罪案件2794起", GD, None, None, *P16, camp=BR),
    F("suspects_arrested", 11245, "抓獲涉詐嫌疑人11245名", GD, None, None, *P16, camp=BR),
    F("gangs_busted", 981, "打掉各類詐騙團伙981個", GD, None, None, *P16, camp=BR),
], campaigns=[C("全民反诈专项行动"), C(BR)]))

# E17 贵州 "12.29" (Traditional, 香港商报 2016-04-24)
C1229 = "12.29"
docs.append(dict(doc_id="E17", published="2016-04-24", facts=[
    # second reader: the repeat "自今年初以來,專案組先後拘捕疑犯共62名,其中包括10名…" fixes both ends
    # (今年以来 = 2016-01-01 .. the page's date 2016-04-24)
    F("suspects_arrested", 62, "專案組先後拘捕疑犯共62名", GZ, None, None, "2016-01-01", "2016-04-24", camp=C1229),
    F("suspects_arrested", 10, "其中包括10名來自台灣地區疑犯", GZ, None, None, "2016-01-01", "2016-04-24", camp=C1229),
    F("money_frozen", 100000000, "凍結涉案資金上億元", GZ, q="at_least", camp=C1229),
    F("cases_solved", 184, "破獲涉及中國26個省份的詐騙案件共184宗", GZ, camp=C1229),
    F("accounts_frozen", 9942, "共凍結涉案銀行卡9942張", GZ, camp=C1229),
    F("victim_loss", 117000000, "該局帳戶上的1.17億元資金被轉走", GZ, "黔南布依族苗族自治州", "都匀市", "2015-12-29", "2015-12-29", camp=C1229),
], campaigns=[C(C1229, kind="case", start="2015-12-29")]))

# E18 北京公安 返还 (Traditional, 联合报 from Beijing, no date)
docs.append(dict(doc_id="E18", published=None, facts=[
    F("money_recovered", 30000000, "有卅人拿回約人民幣三千多萬元被騙資金", BJ, BJ, q="at_least"),
    F("money_recovered", 800000000, "今年以來已累計返還民眾涉詐資金人民幣八億多元", BJ, BJ, q="at_least"),
], campaigns=[]))

# E19 成都 2019 (Traditional, 央广网 '成都11月27日消息', '2019年以來')
P19 = ("2019-01-01", "2019-11-27"); CD = "成都市"
docs.append(dict(doc_id="E19", published="2019-11-27", facts=[
    F("gangs_busted", 44, "共打掉團伙44個", SC, CD, None, *P19),
    F("cases_solved", 4, "偵破公安部掛牌督辦案4件", SC, CD, None, *P19),
    F("suspects_detained", 1600, "刑拘1600余人", SC, CD, None, *P19, q="at_least"),
    F("money_frozen", 276000000, "凍結(jié)涉案資金2.76億人民幣", SC, CD, None, *P19),
    F("dens_destroyed", 130, "共搗毀黑廣播窩點130余個", SC, CD, None, *P19, q="at_least"),
], campaigns=[]))

# E20 龙岩 反诈骗中心 (人民网 '龙岩5月16日电', no year in the text)
LY = "龙岩市"
docs.append(dict(doc_id="E20", published=None, facts=[
    F("victim_loss", 59700, "就直接往对方提供的范德民账户转去59700元", FJ, LY, "漳平市"),
    F("money_stopped", 59700, "及时止付59700元", FJ, LY),
    F("money_frozen", 860000, "冻结犯罪嫌疑人范德民卡里的86万元", FJ, LY),
    F("money_frozen", 919700, "共成功冻结919700元", FJ, LY),
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
            print("DUP KEY", d["doc_id"], k)
        keys.add(k)
        if f["campaign"] and f["campaign"] not in camps:
            print("CAMPAIGN NOT LISTED", d["doc_id"], f["campaign"])
        if (f["period_start"] is None) != (f["period_end"] is None):
            print("HALF PERIOD", d["doc_id"], f["evidence"])
        if f["period_start"] and f["period_start"] > f["period_end"]:
            print("PERIOD REVERSED", d["doc_id"], f["evidence"])
        if d["published"] and f["period_end"] and f["period_end"] > d["published"]:
            print("PERIOD AFTER PUBLISHED", d["doc_id"], f["evidence"])
assert not bad
json.dump({"docs": docs}, open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(docs), "docs", sum(len(d["facts"]) for d in docs), "facts", sum(len(d["campaigns"]) for d in docs), "campaigns")
