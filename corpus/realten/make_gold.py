"""Hand-made gold for realten (written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

HE = "河北省"; TJ = "天津市"; HL = "黑龙江省"; SD = "山东省"; CQ = "重庆市"; JX = "江西省"; AH = "安徽省"; LN = "辽宁省"

docs = []

# Q01 河北 省(石家庄市)反电信网络诈骗中心 (河北新闻网 2016-11-18; '今年10月底投入试运行以来' -> start not a day, null)
docs.append(dict(doc_id="Q01", published="2016-11-18", facts=[
    F("money_frozen", 6100000, "止付、冻结赃款总计610万元", HE),
    F("gangs_busted", 3, "打掉电信网络诈骗团伙3个", HE),
    F("suspects_arrested", 13, "抓获犯罪嫌疑人13名", HE),
    F("cards_seized", 300, "缴获涉案银行卡300余张", HE, q="at_least"),
    F("cards_seized", 50, "手机卡50张", HE),
], campaigns=[]))

# Q02 天津市反电信网络诈骗犯罪中心 (北方网, no date; '中心运行以来')
docs.append(dict(doc_id="Q02", published=None, facts=[
    F("money_stopped", 359000, "止付涉案资金35.9万元", TJ, TJ),
], campaigns=[]))

# Q03 黑龙江省反诈骗中心 (中新网/东北网 2016-09-20; '今年1至8月')
P03 = ("2016-01-01", "2016-08-31")
docs.append(dict(doc_id="Q03", published="2016-09-20", facts=[
    F("cases_filed", 5133, "共立电信网络诈骗案件5133起", HL, None, None, *P03),
    F("cases_filed", 9, "其中有9起百万以上电信诈骗案", HL, None, None, *P03),
], campaigns=[]))

# Q04 河北省公安厅 + 保定/涿州 QQ冒充熟人案 (河北新闻网 via sybtv; no year anywhere)
BD = "保定市"; ZZ = "涿州市"
docs.append(dict(doc_id="Q04", published=None, facts=[
    F("dens_destroyed", 3, "成功打掉3个电信诈骗犯罪窝点", HE),
    F("suspects_arrested", 37, "抓获犯罪嫌疑人37名", HE),
    F("cases_solved", 100, "破获系列案件100余起", HE, q="at_least"),
    F("gangs_busted", 3, "成功捣毁3个涉嫌诈骗和洗钱的犯罪团伙", HE),
    F("suspects_detained", 34, "其中,刑事拘留34名", HE),
    F("money_involved", 5000000, "金额累计500余万元", HE, BD, ZZ, q="at_least"),
    F("victim_loss", 7800, "陈某遂将7800元通过对方提供的微信二维码转出", HE, BD, ZZ),
], campaigns=[]))

# Q05 山东省公安厅 返还仪式 (东南网/中新网 2018-05-24; '2018年以来' / '今年以来')
P05 = ("2018-01-01", "2018-05-24")
docs.append(dict(doc_id="Q05", published="2018-05-24", facts=[
    F("cases_solved", 2401, "共破获电信网络诈骗案件2401起", SD, None, None, *P05),
    F("suspects_arrested", 1633, "抓获犯罪嫌疑人1633名", SD, None, None, *P05),
    F("money_frozen", 395000000, "冻结涉案资金3.95亿元", SD, None, None, *P05),
    F("money_stopped", 153000000, "成功止付金额1.53亿元", SD, None, None, *P05),
    F("people_dissuaded", 15000, "成功阻止受骗群众1.5万余人次", SD, None, None, *P05, q="at_least"),
    F("accounts_frozen", 9900, "冻结涉案账号9900余个", SD, None, None, *P05, q="at_least"),
], campaigns=[]))

# Q06 山东 上半年 (新华社 '8月4日电', no year in the text)
docs.append(dict(doc_id="Q06", published=None, facts=[
    F("cases_solved", 3536, "全省公安机关上半年共破获电信网络诈骗案件3536起", SD),
    F("suspects_arrested", 2693, "抓获犯罪嫌疑人2693名", SD),
    F("money_stopped", 890000000, "止付金额8.9亿元", SD),
    F("money_frozen", 970000000, "冻结金额9.7亿元", SD),
    F("people_dissuaded", 39000, "成功劝阻受骗群众3.9万人次", SD),
], campaigns=[]))

# Q07 河北 3年 (yybnet / 网信河北 2018-12-19)
P07 = ("2015-11-01", "2018-12-19")   # '2015年11月…部署…截止目前'
P07b = ("2015-01-01", "2018-11-30")  # '2015年至今年11月底'
P07c = ("2016-01-01", "2018-12-19")  # '2016年以来' 黑广播/伪基站
docs.append(dict(doc_id="Q07", published="2018-12-19", facts=[
    F("cases_solved", 20746, "全省共破获电信网络新型违法犯罪案件20746起", HE, None, None, *P07),
    F("gangs_busted", 405, "打掉犯罪团伙405个", HE, None, None, *P07),
    F("dens_destroyed", 513, "捣毁犯罪窝点513个", HE, None, None, *P07),
    F("suspects_arrested", 7609, "抓获违法犯罪人员7609名", HE, None, None, *P07),
    F("cards_seized", 8190, "缴获涉案银行卡8190张", HE, None, None, *P07),
    F("cards_seized", 5525, "手机卡5525张", HE, None, None, *P07),
    F("money_recovered", 2770000000, "为人民群众挽回经济损失27.7亿余元", HE, None, None, *P07, q="at_least"),
    F("accounts_frozen", 26600, "共冻结涉案银行账户2.66万个", HE, None, None, *P07b),
    F("money_frozen", 2770000000, "冻结涉案金额27.7亿元", HE, None, None, *P07b),
    F("money_recovered", 39540000, "返还群众涉案资金3954万元", HE, None, None, *P07b),
    F("dens_destroyed", 608, "共成功捣毁犯罪窝点608个", HE, None, None, *P07c),
    F("suspects_arrested", 304, "抓获违法人员304名", HE, None, None, *P07c),
], campaigns=[C("4.11", kind="case"), C("4.12", kind="case")]))

# Q08 重庆 石柱县 (国际在线 2018-06-06; 收网 6月3日)
SZ = "石柱土家族自治县"; D08 = ("2018-06-03", "2018-06-03")
docs.append(dict(doc_id="Q08", published="2018-06-06", facts=[
    F("dens_destroyed", 6, "一举捣毁6个网络诈骗窝点", CQ, CQ, SZ, *D08),
    F("suspects_arrested", 28, "警方共抓获犯罪嫌疑人28人", CQ, CQ, SZ, *D08),
    F("cards_seized", 46, "银行卡46张", CQ, CQ, SZ, *D08),
    F("money_involved", 1000000, "涉案金额达100余万元", CQ, CQ, SZ, q="at_least"),
    F("suspects_detained", 28, "28名犯罪嫌疑人已被刑事拘留", CQ, CQ, SZ),
    F("victim_loss", 4800, "先后投入4800余元", CQ, CQ, SZ, "2018-03-12", "2018-03-16", q="at_least"),
], campaigns=[]))

# Q09 山东 上半年 发布会+返还仪式 (网信办 page; '近日', '上半年', no year in the text)
docs.append(dict(doc_id="Q09", published=None, facts=[
    F("cases_solved", 6417, "山东共破获电信网络诈骗案件6417起", SD),
    F("suspects_arrested", 3674, "抓获犯罪嫌疑人3674名", SD),
    F("money_stopped", 1129000000, "止付金额11.29亿元", SD),
    F("money_frozen", 878000000, "冻结金额8.78亿元", SD),
    F("money_recovered", 34030000, "集中返还涉案资金3403万元", SD),
    F("suspects_arrested", 52, "共抓获境外作案犯罪嫌疑人52名", SD),
    F("cases_solved", 700, "破获案件700余起", SD, q="at_least"),
], campaigns=[C("云剑")]))

# Q10 衡水 (中新网 2019-08-28; '截至7月份' + headline '7个月')
HS = "衡水市"; P10 = ("2019-01-01", "2019-07-31")
docs.append(dict(doc_id="Q10", published="2019-08-28", facts=[
    F("cases_solved", 153, "共破获各类电信网络诈骗案件153起", HE, HS, None, *P10),
    F("money_frozen", 36090000, "止付、冻结涉案资金3609万元", HE, HS, None, *P10),
    F("dens_destroyed", 6, "共成功捣毁违法犯罪窝点6个", HE, HS),
    F("suspects_arrested", 5, "抓获违法人员5名", HE, HS),
], campaigns=[]))

# Q11 天津 专班 集体一等功 (中国小康网 2019-06-20; '自2015年成立以来' -> null)
docs.append(dict(doc_id="Q11", published="2019-06-20", facts=[
    F("cases_solved", 22300, "共破获电信网络新型违法犯罪案件2.23万起", TJ, TJ),
    F("suspects_arrested", 4227, "抓获犯罪嫌疑人4227人", TJ, TJ),
], campaigns=[]))

# Q12 重庆 (采集侠 mirror '发布时间:2019-06-20' of 中新网 '6月17日电'; '今年以来')
P12 = ("2019-01-01", "2019-06-20")
docs.append(dict(doc_id="Q12", published="2019-06-20", facts=[
    F("cases_solved", 12000, "重庆共破获电信网络诈骗案1.2万余起", CQ, CQ, None, *P12, q="at_least"),
    F("suspects_arrested", 1500, "警方共抓获诈骗犯罪嫌疑人1500余名", CQ, CQ, None, *P12, q="at_least"),
    F("suspects_arrested", 500, "其中从境外抓获犯罪嫌疑人500余名", CQ, CQ, None, *P12, q="at_least"),
    F("money_frozen", 240000000, "共止付冻结涉案资金2.4亿元", CQ, CQ, None, *P12),
], campaigns=[]))

# Q13 南昌 (南昌广电 2020-07-24; '今年5月…运行至今' / headline '5月以来')
NC = "南昌市"; P13 = ("2020-05-01", "2020-07-24")
docs.append(dict(doc_id="Q13", published="2020-07-24", facts=[
    F("dens_destroyed", 90, "共捣毁电信网络诈骗窝点90余个", JX, NC, None, *P13, q="at_least"),
    F("suspects_arrested", 446, "抓获犯罪嫌疑人446人", JX, NC, None, *P13),
    F("money_recovered", 10000000, "为群众挽回损失1000余万元", JX, NC, None, *P13, q="at_least"),
], campaigns=[]))

# Q14 合肥 巢湖市 集群战役 (江淮晨报 2021-05-17; 收网 5月11日)
HF = "合肥市"; CH = "巢湖市"
docs.append(dict(doc_id="Q14", published="2021-05-17", facts=[
    F("suspects_arrested", 41, "共抓获帮助信息网络犯罪嫌疑人41名", AH, HF, CH, "2021-05-11", "2021-05-11"),
    F("suspects_arrested", 11, "专案组在合肥将犯罪嫌疑人邵某等11人抓获", AH, HF, CH),
    F("money_involved", 144000000, "涉案资金1.44亿元", AH, HF, CH),
    F("suspects_arrested", 440, "此次行动全国共抓获犯罪嫌疑人440人", None),
    F("dens_destroyed", 110, "捣毁诈骗窝点110个", None),
    F("suspects_arrested", 81, "巢湖警方共抓获此案涉案嫌疑人81名", AH, HF, CH),
], campaigns=[C("断卡行动")]))

# Q15 辽宁 1—9月 (辽宁长安网 2021-10-15)
P15 = ("2021-01-01", "2021-09-30")
docs.append(dict(doc_id="Q15", published="2021-10-15", facts=[
    F("cases_solved", 4000, "全省共破获电信网络诈骗案件4000余起", LN, None, None, *P15, q="at_least"),
    F("gangs_busted", 560, "打掉团伙560余个", LN, None, None, *P15, q="at_least"),
    F("money_recovered", 46000000, "返还被骗资金4600余万元", LN, None, None, *P15, q="at_least"),
], campaigns=[]))

# Q16 江西 2021 (中国江西网, no page date; 2021 stated)
Y21 = ("2021-01-01", "2021-12-31")
docs.append(dict(doc_id="Q16", published=None, facts=[
    F("cases_solved", 21719, "全省公安机关累计侦破电诈刑事案件21719起", JX, None, None, *Y21),
    F("money_frozen", 12000000000, "止付冻结120亿元", JX, None, None, *Y21),
    F("people_dissuaded", 1208200, "预警劝阻120.82万名群众", JX, None, None, *Y21),
    F("suspects_arrested", 45, "现场抓获主要犯罪嫌疑人45人", JX, NC, None, "2021-07-14", "2021-07-14"),
    F("suspects_arrested", 8, "包括8名女主播", JX, NC, None, "2021-07-14", "2021-07-14"),
], campaigns=[C("春风", start="2021-02-09"), C("长风"), C("断流"), C("断卡行动"), C("净网")]))

# Q17 河北 2021 (河北新闻网 2022-01-07)
docs.append(dict(doc_id="Q17", published="2022-01-07", facts=[
    F("cases_solved", 19700, "河北共破获电信网络诈骗案件1.97万起", HE, None, None, *Y21),
    F("suspects_arrested", 28000, "抓获犯罪嫌疑人2.8万名", HE, None, None, *Y21),
    F("money_frozen", 5820000000, "冻结涉案资金58.2亿元", HE, None, None, *Y21),
    F("gangs_busted", 3233, "打掉违法犯罪团伙3233个", HE, None, None, *Y21),
    F("money_recovered", 66230000, "为群众挽回经济损失6623万元", HE, None, None, *Y21),
    F("suspects_arrested", 31000, "全省共抓获涉电信网络诈骗案件“两卡”人员3.1万余人", HE, None, None, *Y21, q="at_least"),
    F("suspects_arrested", 779, "抓获行业内部人员779名", HE, None, None, *Y21),
    F("people_dissuaded", 1770000, "全省共成功劝阻潜在被害人177万人次", HE, None, None, *Y21),
    F("money_recovered", 31020000, "避免群众损失3102万元", HE, None, None, *Y21),
], campaigns=[]))

# Q18 辽宁 去年 (spam mirror; '4月26日', '去年', no year)
docs.append(dict(doc_id="Q18", published=None, facts=[
    F("cases_solved", 4000, "去年辽宁省共侦破电信网络诈骗犯罪案件4000余起", LN, q="at_least"),
    F("suspects_arrested", 13000, "抓获违法犯罪嫌疑人近1.3万人", LN, q="approx"),
    F("cards_seized", 168000, "缴获涉案银行卡和手机卡16.8万张", LN),
    F("gangs_busted", 188, "打掉“两卡”犯罪团伙188个", LN),
    F("people_dissuaded", 380000, "共预警劝阻38万余人次", LN, q="at_least"),
    F("money_recovered", 30000000, "避免群众财产损失3000余万元", LN, q="at_least"),
], campaigns=[C("云剑2020", start="2020"), C("利刃2号"), C("断卡行动")]))

# Q19 天津 津南分局 (北方网 2022-03-22; '2022年以来')
P19 = ("2022-01-01", "2022-03-22")
docs.append(dict(doc_id="Q19", published="2022-03-22", facts=[
    F("people_dissuaded", 24017, "共劝阻潜在受骗群众24017人", TJ, TJ, "津南区", *P19),
    F("suspects_arrested", 12, "抓获违法犯罪嫌疑人12名", TJ, TJ, "津南区", *P19),
], campaigns=[]))

# Q20 哈尔滨 反诈法施行一周年 (环球传媒网 2023-12-01; window start not in the text -> null)
HB = "哈尔滨市"
docs.append(dict(doc_id="Q20", published="2023-12-01", facts=[
    F("money_recovered", 90000000, "直接挽回群众损失9000万余元", HL, HB, q="at_least"),
    F("money_frozen", 270000000, "紧急止付并冻结涉案资金2.7亿余元", HL, HB, q="at_least"),
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
