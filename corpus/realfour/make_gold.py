"""Hand-made gold for corpus/realfour (written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

GS = "甘肃省"
XZ = "西藏自治区"
NM = "内蒙古自治区"
CQ = "重庆市"
SH = "上海市"
FJ = "福建省"
HB = "湖北省"
YN = "云南省"
GX = "广西壮族自治区"
BJ = "北京市"
SX = "山西省"
JL = "吉林省"

docs = []

# U01 甘南州 '2023年以来' (no page date -> end of window unknown)
GN = "甘南藏族自治州"
docs.append(dict(doc_id="U01", published=None, facts=[
    F("cases_solved", 258, "破案258起", GS, GN),
    F("suspects_arrested", 505, "抓获犯罪嫌疑人505名", GS, GN),
    F("money_recovered", 6010000, "追赃挽损601万元", GS, GN),
], campaigns=[C("云剑2023", start="2023"), C("断卡行动"), C("断流")]))

# U02 那曲 色尼分局 2025
docs.append(dict(doc_id="U02", published="2025-11-25", facts=[
    F("money_recovered", 194000, "被拦截的19.4万元被骗资金顺利返还至当事人手中", XZ, "那曲市", "色尼区",
      "2025-11-17", "2025-11-17"),
], campaigns=[]))

# U03 呼和浩特 (no year)
HH = "呼和浩特市"
QC = "打击多发侵财违法犯罪和大力收戒吸毒人员专项行动"
docs.append(dict(doc_id="U03", published=None, facts=[
    F("suspects_arrested", 51, "4天抓获51名电信网络诈骗犯罪嫌疑人", NM, HH, camp=QC),
    F("suspects_arrested", 15, "成功将15涉嫌帮助电信网络犯罪活动嫌疑人抓捕归案", NM, HH, "赛罕区", camp=QC),
    F("cards_seized", 20000, "缴获作案电话卡两万余张", NM, HH, "赛罕区", q="at_least", camp=QC),
    F("cards_seized", 100, "银行卡一百余张", NM, HH, "赛罕区", q="at_least", camp=QC),
    F("dens_destroyed", 5, "捣毁GOIP窝点5个", NM, HH, "赛罕区", camp=QC),
    F("gangs_busted", 1, "成功捣毁一电信网络诈骗团伙", NM, HH, camp=QC),
    F("suspects_arrested", 28, "抓获28名涉嫌网络犯罪活动罪嫌疑人", NM, HH, camp=QC),
    F("gangs_busted", 1, "成功打掉一电信网络诈骗团伙", NM, HH, "回民区", camp=QC),
    F("suspects_arrested", 8, "抓获8名犯罪嫌疑人", NM, HH, "回民区", camp=QC),
    F("cards_seized", 100, "扣押一百多张银行卡", NM, HH, "回民区", q="at_least", camp=QC),
], campaigns=[C(QC)]))

# U04 重庆 一季度 (year not fixed by the text)
docs.append(dict(doc_id="U04", published=None, facts=[
    F("people_dissuaded", 455000, "精准反诈预警劝阻45.5万人次", CQ, CQ, camp="全民反诈专项行动"),
    F("money_recovered", 650000000, "避免民众损失6.5亿元", CQ, CQ, camp="全民反诈专项行动"),
    F("money_frozen", 1850000000, "止付冻结资金18.5亿元", CQ, CQ, camp="全民反诈专项行动"),
], campaigns=[C("全民反诈专项行动", start="2021-01-01")]))

# U05 重庆 2025 发布会 (7月17日; year fixed by '2025年上半年')
Y25 = ("2025-01-01", "2025-07-17")
docs.append(dict(doc_id="U05", published="2025-07-17", facts=[
    F("suspects_arrested", 7790, "抓获犯罪嫌疑人7790余人", CQ, CQ, None, *Y25, q="at_least"),
    F("money_recovered", 245000000, "为群众追赃返还2.45亿元", CQ, CQ, None, *Y25),
    F("suspects_arrested", 88, "从境外缉捕诈骗集团幕后“金主”88名", CQ, CQ, None, *Y25),
], campaigns=[C("斩链"), C("拔钉"), C("12·13", kind="case")]))

# U06 重庆 2019
Y19 = ("2019-01-01", "2019-12-31")
docs.append(dict(doc_id="U06", published="2020-01-15", facts=[
    F("cases_solved", 31000, "破获电信网络诈骗案件3.1万余起", CQ, CQ, None, *Y19, q="at_least"),
    F("suspects_arrested", 416, "从境外抓回诈骗犯罪嫌疑人416名", CQ, CQ, None, *Y19),
    F("dens_destroyed", 86, "在境内捣毁诈骗窝点86个", CQ, CQ, None, *Y19),
    F("cases_solved", 9, "破获重大案件9起", CQ, CQ, None, *Y19),
    F("gangs_busted", 2, "打掉百人以上诈骗团伙2个", CQ, CQ, None, *Y19),
    F("money_recovered", 1500000000, "避免损失约15亿元人民币", CQ, CQ, None, *Y19, q="approx"),
    F("money_frozen", 600000000, "止付冻结涉案资金6亿多元人民币", CQ, CQ, None, *Y19, q="at_least"),
], campaigns=[C("平安校园反诈行"), C("守护者")]))

# U07 上海 金山分局 2021 (forum post 2022-3-8)
Y21 = ("2021-01-01", "2021-12-31")
docs.append(dict(doc_id="U07", published="2022-03-08", facts=[
    F("gangs_busted", 20, "打掉电信网络诈骗犯罪团伙20个", SH, SH, "金山区", *Y21),
    F("suspects_arrested", 818, "共抓获犯罪嫌疑人818人", SH, SH, "金山区", *Y21),
    F("cases_filed", 656, "电信网络诈骗案件接报656起", SH, SH, "金山区", *Y21),
], campaigns=[]))

# U08 上海 2018 (1月10日; the text reports 2018 as past and 2019 as coming)
Y18 = ("2018-01-01", "2018-12-31")
docs.append(dict(doc_id="U08", published="2019-01-10", facts=[
    F("money_recovered", 3760000000, "成功避免了37.6亿元公民财产损失", SH, SH, None, *Y18),
    F("money_frozen", 270000000, "冻结涉案资金2.7亿元", SH, SH, None, *Y18),
    F("gangs_busted", 65, "成功摧毁了65个隐藏在上海主要商业建筑中的诈骗团伙", SH, SH, None, *Y18),
    F("suspects_arrested", 1360, "逮捕了1360多名犯罪嫌疑人", SH, SH, None, *Y18, q="at_least"),
    F("accounts_frozen", 5000, "警方冻结了近5000个涉案银行账户", SH, SH, None, *Y18, q="approx"),
], campaigns=[]))

# U09 上杭县 2024 (Traditional, no page date)
Y24 = ("2024-01-01", "2024-12-31")
LY = "龙岩市"
docs.append(dict(doc_id="U09", published=None, facts=[
    F("cases_solved", 191, "共破獲電詐及關(guān)聯(lián)犯罪案件191起", FJ, LY, "上杭县", *Y24),
    F("suspects_arrested", 372, "抓獲電詐及關(guān)聯(lián)犯罪案件嫌疑人372名", FJ, LY, "上杭县", *Y24),
    F("money_recovered", 30000, "成功追回被騙資金3萬元", FJ, LY, "上杭县"),
], campaigns=[]))

# U10 仙游县 (Traditional, no year)
PT = "莆田市"
docs.append(dict(doc_id="U10", published=None, facts=[
    F("cases_solved", 138, "破獲電信網絡詐騙案件138起", FJ, PT, "仙游县"),
    F("suspects_arrested", 283, "抓獲涉詐嫌疑人283人", FJ, PT, "仙游县"),
    F("dens_destroyed", 6, "成功打掉縣內外電詐窩點6個", FJ, PT, "仙游县"),
    F("cases_filed", 11, "共立10萬元以上電詐案件11起", FJ, PT, "仙游县"),
    F("cases_solved", 15, "破15起", FJ, PT, "仙游县"),
    F("cases_filed", 1, "電信網絡詐騙發案1起", FJ, PT, "仙游县"),
    F("suspects_arrested", 103, "抓獲涉案“兩卡”嫌疑人103名", FJ, PT, "仙游县", camp="断卡行动"),
], campaigns=[C("断卡行动")]))

# U11 嘉鱼县 (no year)
docs.append(dict(doc_id="U11", published=None, facts=[
    F("cases_solved", 9, "破获电信网络诈骗案件9起", HB, "咸宁市", "嘉鱼县"),
    F("accounts_frozen", 712, "止付冻结涉案银行账户712个", HB, "咸宁市", "嘉鱼县"),
    F("money_frozen", 26580000, "止付冻结金额达2658万元", HB, "咸宁市", "嘉鱼县"),
], campaigns=[]))

# U12 兰州城关 个案 (no year)
docs.append(dict(doc_id="U12", published=None, facts=[
    F("cases_solved", 1, "一起涉及40万元的特大电信诈骗案件成功侦破", GS, "兰州市", "城关区"),
    F("dens_destroyed", 5, "共捣毁窝点5处", GS, "兰州市", "城关区"),
    F("suspects_arrested", 90, "现场抓获嫌疑人90人", GS, "兰州市", "城关区"),
    F("suspects_detained", 82, "82名犯罪嫌疑人被依法批准刑事拘留", GS, "兰州市", "城关区"),
    F("victim_loss", 400000, "被骗资金40万元", GS, "兰州市", "城关区"),
], campaigns=[]))

# U13 湖北 养老诈骗 (no year)
YL = "打击整治养老诈骗专项行动"
docs.append(dict(doc_id="U13", published=None, facts=[
    F("cases_solved", 712, "全省共破获养老诈骗案件712起", HB, camp=YL),
    F("gangs_busted", 112, "打掉养老诈骗犯罪团伙112个", HB, camp=YL),
    F("suspects_arrested", 1689, "抓获养老诈骗犯罪嫌疑人1689名", HB, camp=YL),
    F("suspects_arrested", 283, "其中逃犯283名", HB, camp=YL),
    F("money_recovered", 800000000, "为群众挽回直接经济损失8亿余元", HB, q="at_least", camp=YL),
    F("cases_solved", 2, "仙桃市公安局破获代办养老保险诈骗案件2起", HB, "仙桃市", camp=YL),
    F("gangs_busted", 1, "打掉一个专门针对老年人销售“包治百病祖传秘方”的养老诈骗团伙", HB, "鄂州市", camp=YL),
    F("suspects_arrested", 7, "抓获犯罪嫌疑人7名", HB, "鄂州市", camp=YL),
    F("gangs_busted", 1, "打掉一个在街头摆摊设点,诱骗老人刷脸开通支付宝的团伙", HB, "恩施土家族苗族自治州", camp=YL),
    F("suspects_arrested", 33, "抓获33名四川、重庆流窜作案犯罪嫌疑人", HB, "恩施土家族苗族自治州", camp=YL),
    F("dens_destroyed", 9, "端掉9处保健品诈骗窝点", HB, "武汉市", "青山区", camp=YL),
    F("suspects_arrested", 19, "抓获犯罪嫌疑人19名", HB, "武汉市", "青山区", camp=YL),
    F("dens_destroyed", 5, "端掉5处保健品诈骗窝点", HB, "武汉市", "武昌区", camp=YL),
    F("suspects_arrested", 45, "抓获犯罪嫌疑人45名", HB, "武汉市", "武昌区", camp=YL),
], campaigns=[C(YL)]))

# U14 云南 2023 (mirror stamp 2024-11-22)
Y23 = ("2023-01-01", "2023-12-31")
docs.append(dict(doc_id="U14", published="2024-11-22", facts=[
    F("dens_destroyed", 3650, "铲除省内涉诈窝点3650个", YN, None, None, *Y23),
    F("cases_solved", 22200, "共破获电信网络诈骗案件2.22万起", YN, None, None, *Y23),
    F("suspects_arrested", 32400, "抓获嫌疑人3.24万人", YN, None, None, *Y23),
    F("money_recovered", 118000000, "返还受害人被骗资金1.18亿元人民币", YN, None, None, *Y23),
], campaigns=[]))

# U15 广西 1-11月 (page stamp 2023-09-11 predates the Jan-Nov figures; year of the work not fixed)
docs.append(dict(doc_id="U15", published="2023-09-11", facts=[
    F("money_frozen", 20771000000, "止付冻结资金207.71亿元", GX),
    F("money_recovered", 4220000000, "避免群众损失42.2亿元", GX),
    F("money_recovered", 86000, "成功阻止该公司被骗8.6万元", GX, "柳州市", "城中区"),
], campaigns=[C("亮剑2021·六打", start="2021"), C("亮剑·靖边")]))

# U16 内蒙古 2021年1-5月 (Traditional)
docs.append(dict(doc_id="U16", published="2021-06-25", facts=[
    F("cases_solved", 1254, "共破獲電信網(wǎng)絡詐騙案件1254起", NM, None, None, "2021-01-01", "2021-05-31"),
    F("suspects_arrested", 2070, "抓獲違法犯罪嫌疑人2070名", NM, None, None, "2021-01-01", "2021-05-31"),
    F("suspects_arrested", 2420, "共抓獲涉“兩卡”違法犯罪嫌疑人員2420名", NM, None, None, "2020-10-01", "2021-06-25", camp="断卡行动"),
    F("cards_seized", 175000, "繳獲涉案銀行卡、電話卡17.5萬余張", NM, None, None, "2020-10-01", "2021-06-25", q="at_least", camp="断卡行动"),
], campaigns=[C("断卡行动", start="2020-10")]))

# U17 北京 2017年以来 (2022-10-08)
S17 = ("2017-01-01", "2022-10-08")
S96 = ("2019-11-01", "2022-10-08")
N20 = ("2020-11-01", "2020-11-30")
docs.append(dict(doc_id="U17", published="2022-10-08", facts=[
    F("suspects_arrested", 45000, "共抓获电信网络诈骗犯罪嫌疑人4.5万余人", BJ, BJ, None, *S17, q="at_least"),
    F("cases_solved", 36000, "破案3.6万余起", BJ, BJ, None, *S17, q="at_least"),
    F("dens_destroyed", 1200, "打掉涉诈犯罪团伙窝点1200余个", BJ, BJ, None, *S17, q="at_least"),
    F("people_dissuaded", 30000000, "累计劝阻京内外民众3000余万人次", BJ, BJ, None, *S96, q="at_least"),
    F("money_recovered", 20000000000, "避免经济损失200余亿元", BJ, BJ, None, *S96, q="at_least"),
    F("money_recovered", 700000000, "返还涉案资金7亿余元人民币", BJ, BJ, q="at_least"),
    F("gangs_busted", 300, "先后打掉诈骗犯罪团伙300余个", BJ, BJ, q="at_least", camp="扫楼"),
    F("gangs_busted", 1, "打掉一个跨省诈骗团伙", BJ, BJ, None, *N20),
    F("dens_destroyed", 4, "捣毁窝点4个", BJ, BJ, None, *N20),
    F("suspects_arrested", 213, "抓获嫌疑人213名", BJ, BJ, None, *N20),
], campaigns=[C("扫楼"), C("断卡行动")]))

# U18 山西 养老诈骗 (2022-07-15), since 2022-04
P18 = ("2022-04-01", "2022-07-15")
YL18 = "打击整治养老诈骗犯罪专项行动"
docs.append(dict(doc_id="U18", published="2022-07-15", facts=[
    F("cases_solved", 669, "已破获养老诈骗案件669起", SX, None, None, *P18, camp=YL18),
    F("cases_solved", 485, "其中现案485起", SX, None, None, *P18, camp=YL18),
    F("cases_solved", 184, "积案184起", SX, None, None, *P18, camp=YL18),
    F("suspects_arrested", 647, "抓获犯罪嫌疑人647人", SX, None, None, *P18, camp=YL18),
    F("gangs_busted", 22, "打掉涉养老诈骗犯罪团伙22个", SX, None, None, *P18, camp=YL18),
    F("money_recovered", 158000000, "追赃挽损金额1.58亿余元", SX, None, None, *P18, q="at_least", camp=YL18),
    F("cases_filed", 50, "立案50起", SX, None, None, *P18, camp=YL18),
], campaigns=[C(YL18, start="2022-04")]))

# U19 辽源 东吉分局 个案 (2021-10-19)
docs.append(dict(doc_id="U19", published="2021-10-19", facts=[
    F("victim_loss", 1000000, "先后10次向对方指定的银行卡内转账100余万元", JL, "辽源市", q="at_least"),
    F("money_stopped", 18000, "仅止付1.8万元", JL, "辽源市"),
    F("suspects_arrested", 14, "先后抓获李某、陈某松等犯罪嫌疑人14人", JL, "辽源市"),
    F("money_frozen", 300000, "扣押涉案资金30余万元", JL, "辽源市", q="at_least"),
], campaigns=[]))

# U20 福州 养老诈骗 (Traditional, no date)
FZ = "福州市"
YL20 = "打击整治养老诈骗专项行动"
docs.append(dict(doc_id="U20", published=None, facts=[
    F("suspects_arrested", 193, "抓獲犯罪嫌疑人193人", FJ, FZ, camp=YL20),
    F("money_recovered", 89850000, "追贓挽損8985萬元", FJ, FZ, camp=YL20),
    F("suspects_arrested", 14, "已抓獲犯罪嫌疑人14名", FJ, FZ, "晋安区", camp=YL20),
    F("money_recovered", 300000, "追贓挽損30余萬元", FJ, FZ, "晋安区", q="at_least", camp=YL20),
    F("money_frozen", 4300000, "凍結涉案資產430余萬元", FJ, FZ, "罗源县", q="at_least", camp=YL20),
    F("money_recovered", 1000000, "督促退還100余萬元", FJ, FZ, "罗源县", q="at_least", camp=YL20),
], campaigns=[C(YL20)]))

# checks
bad = 0
for d in docs:
    text = open(os.path.join(HERE, "texts", d["doc_id"] + ".txt"), encoding="utf-8").read()
    keys = set()
    for f in d["facts"]:
        if f["evidence"] not in text:
            print("EVIDENCE NOT FOUND", d["doc_id"], f["evidence"]); bad += 1
        k = (f["metric"], f["value"], f["province"], f["city"], f["county"])
        if k in keys:
            print("DUP KEY", d["doc_id"], k)
        keys.add(k)
assert not bad
json.dump({"docs": docs}, open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(docs), "docs", sum(len(d["facts"]) for d in docs), "facts", sum(len(d["campaigns"]) for d in docs), "campaigns")
