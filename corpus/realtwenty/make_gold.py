"""Hand-made gold for realtwenty (written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

SD = "山东省"; SC = "四川省"; GS = "甘肃省"; GX = "广西壮族自治区"; BJ = "北京市"; XZ = "西藏自治区"
SH = "上海市"; FJ = "福建省"; NX = "宁夏回族自治区"

docs = []

# O01 临沂 (齐鲁晚报 page; '8月28日', '今年以来', '1-7月': no year anywhere)
docs.append(dict(doc_id="O01", published=None, facts=[
    F("cases_solved", 1720, "1-7月全市共破获电诈案件1720余起", SD, "临沂市", q="at_least"),
    F("money_recovered", 22000000, "为群众挽回经济损失近2200万元", SD, "临沂市", q="approx"),
], campaigns=[C("云剑"), C("断流"), C("拔钉")]))

# O02 泸州 叙永县 (四川法制网, 发布时间 2024-07-08)
LZ = "泸州市"; XY = "叙永县"
docs.append(dict(doc_id="O02", published="2024-07-08", facts=[
    F("money_stopped", 99600000, "共计止付资金9960万余元", SC, LZ, XY, q="at_least"),
    F("money_frozen", 2122400, "在冻资金212.24万元", SC, LZ, XY),
    F("victim_loss", 110000, "通过银行卡转账诈骗11万元", SC, LZ, XY, "2024-06-25", "2024-06-25"),
    F("money_recovered", 110000, "帮助被害人彭某追回被骗资金11万元", SC, LZ, XY),
    F("victim_loss", 700000, "在网络平台交友被诈骗70万元", SC, LZ, XY, "2024-06-04", "2024-06-04"),
    F("money_recovered", 500000, "为被害人追回被骗资金50万元", SC, LZ, XY),
], campaigns=[]))

# O03 青岛 崂山分局 返还仪式 (新浪 2024-11-28)
QD = "青岛市"; LS = "崂山区"
docs.append(dict(doc_id="O03", published="2024-11-28", facts=[
    F("money_recovered", 2680000, "现场向4名电信网络诈骗受害人返还资金268万元", SD, QD, LS, "2024-11-28", "2024-11-28"),
    F("money_recovered", 1160000, "成功为该公司追回被骗款116万元", SD, QD, LS),
    F("victim_loss", 1000000, "于是对外转了100余万元", SD, QD, LS, q="at_least"),
], campaigns=[]))

# O04 甘肃省公安厅 '向人民报告' 发布会 ('1月3日', reports 2024 -> 2025-01-03)
Y24 = ("2024-01-01", "2024-12-31")
docs.append(dict(doc_id="O04", published="2025-01-03", facts=[
    F("cases_solved", 3500, "破获电诈案件3500余起", GS, None, None, *Y24, q="at_least"),
    F("money_recovered", 310000000, "返还涉诈资金3.1亿元", GS, None, None, *Y24),
# second reader: named non-fraud operation and case codes are listed as campaigns (realfifteen J13, realsixteen K13 checks)
], campaigns=[C("全省轮战300天,守护平安积石山"), C("1994·8·8", kind="case"), C("1996·7·26", kind="case")]))

# O05 柳州 (spam mirror of 中新网 '4月29日电', '今年1至4月': no year)
docs.append(dict(doc_id="O05", published=None, facts=[
    F("money_stopped", 460000000, "止付资金4.6亿元", GX, "柳州市"),
    F("cases_solved", 300, "支撑破案300多起", GX, "柳州市", q="at_least"),
], campaigns=[]))

# O06 北京 2025 集中返还 (中国青年报客户端 2025-12-10)
docs.append(dict(doc_id="O06", published="2025-12-10", facts=[
    F("money_recovered", 800000000, "累计向被骗群众返还涉诈资金8亿余元", BJ, BJ, None, "2025-01-01", "2025-12-10", q="at_least"),
    F("money_recovered", 30000000, "共向30名被骗群众返还涉诈资金3000万余元", BJ, BJ, None, "2025-12-09", "2025-12-09", q="at_least"),
], campaigns=[]))

# O07 北京 2021 全年 (北京日报 via bj148, 2022-01-09)
Y21 = ("2021-01-01", "2021-12-31")
docs.append(dict(doc_id="O07", published="2022-01-09", facts=[
    F("cases_solved", 12000, "全市共侦破电信网络诈骗案件1.2万余起", BJ, BJ, None, *Y21, q="at_least"),
    F("suspects_arrested", 13000, "抓获犯罪嫌疑人1.3万余名", BJ, BJ, None, *Y21, q="at_least"),
    F("money_recovered", 10400000000, "避免经济损失104亿余元", BJ, BJ, None, *Y21, q="at_least"),
    F("money_recovered", 130000000, "已向全国5000余名群众返还资金1.3亿余元", BJ, BJ, None, *Y21, q="at_least"),
], campaigns=[C("长城"), C("云剑"), C("断卡行动"), C("断流")]))

# O08 西藏 2021年2月上半月 警情通报 (公安厅网站 2021-03-02)
P8 = ("2021-02-01", "2021-02-15")
def X8(metric, value, ev, city=None, county=None):
    return F(metric, value, ev, XZ, city, county, *P8)
LSA = "拉萨市"; RKZ = "日喀则市"; SN = "山南市"; LZH = "林芝市"; CD = "昌都市"; NQ = "那曲市"; AL = "阿里地区"
docs.append(dict(doc_id="O08", published="2021-03-02", facts=[
    X8("cases_filed", 39, "全区公安机关共立电信网络诈骗案件39起"),
    X8("cases_filed", 13, "拉萨市立13起", LSA),
    X8("cases_filed", 6, "日喀则市立案6起", RKZ),
    X8("cases_filed", 6, "山南市立案6起", SN),
    X8("cases_filed", 4, "林芝市立案4起", LZH),
    X8("cases_filed", 9, "昌都市立案9起", CD),
    X8("cases_filed", 1, "那曲市立案1起", NQ),
    X8("cases_filed", 0, "阿里地区0起", AL),
    X8("cases_filed", 9, "拉萨市城关区(含柳梧新区)9起", LSA, "城关区"),
    X8("cases_filed", 1, "当雄县1起", LSA, "当雄县"),
    X8("cases_filed", 1, "林周县1起", LSA, "林周县"),
    X8("cases_filed", 1, "尼木县1起", LSA, "尼木县"),
    X8("cases_filed", 1, "曲水县1起", LSA, "曲水县"),
    X8("cases_filed", 1, "仲巴县1起", RKZ, "仲巴县"),
    X8("cases_filed", 1, "定结县1起", RKZ, "定结县"),
    X8("cases_filed", 1, "拉孜县1起", RKZ, "拉孜县"),
    X8("cases_filed", 1, "吉隆口岸1起", RKZ, "吉隆县"),
    X8("cases_filed", 1, "樟木口岸1起", RKZ, "聂拉木县"),
    X8("cases_filed", 1, "亚东县各1起", RKZ, "亚东县"),
    X8("cases_filed", 4, "乃东区4起", SN, "乃东区"),
    X8("cases_filed", 1, "加查县、洛扎县各1起", SN, "加查县"),
    X8("cases_filed", 1, "加查县、洛扎县各1起", SN, "洛扎县"),
    X8("cases_filed", 3, "巴宜区3起", LZH, "巴宜区"),
    X8("cases_filed", 1, "米林县1起", LZH, "米林市"),
    X8("cases_filed", 4, "卡若区4起", CD, "卡若区"),
    X8("cases_filed", 1, "边巴县1起", CD, "边坝县"),
    X8("cases_filed", 2, "江达县、丁青县各2起", CD, "江达县"),
    X8("cases_filed", 2, "江达县、丁青县各2起", CD, "丁青县"),
    X8("cases_filed", 1, "尼玛县1起", NQ, "尼玛县"),
    X8("cases_filed", 23, "网上贷款诈骗类诈骗23起"),
    X8("cases_filed", 6, "网络交友诱导赌博理财类诈骗6起"),
    X8("cases_filed", 4, "冒充客服类诈骗4起"),
    X8("cases_filed", 3, "冒充领导熟人类诈骗3起"),
    X8("cases_filed", 2, "网络刷单类诈骗2起"),
    X8("cases_filed", 1, "网络交友1起"),
    X8("people_dissuaded", 546, "共成功预警劝阻疑似被骗用户546名"),
    X8("people_dissuaded", 275, "拉萨市成功预警劝阻275名", LSA),
    X8("people_dissuaded", 54, "日喀则市成功预警劝阻54名", RKZ),
    X8("people_dissuaded", 27, "山南市成功预警劝阻27名", SN),
    X8("people_dissuaded", 46, "林芝林芝市成功预警劝阻46名", LZH),
    X8("people_dissuaded", 96, "昌都市成功预警劝阻96名", CD),
    X8("people_dissuaded", 33, "那曲市成功预警劝阻33名", NQ),
    X8("people_dissuaded", 15, "阿里地区成功预警劝阻15名", AL),
], campaigns=[]))

# O09 上海 (Traditional, kankanews mirror; no date on the page; '去年')
docs.append(dict(doc_id="O09", published=None, facts=[
    F("money_frozen", 2000000, "凍結(jié)200多萬元購卡款", SH, SH, "闵行区", "2024-12-01", "2024-12-31", q="at_least"),
    F("suspects_arrested", 14000, "抓獲犯罪嫌疑人1.4萬余名", SH, SH, q="at_least"),
    F("money_recovered", 370000000, "累計向受害人返還被騙資金超過3.7億元", SH, SH, q="at_least"),
], campaigns=[]))

# O10 泉州 晋江市 发布会 (Traditional with pinyin, 中新网 '4月30日訊', '2021年第一季度' -> 2021-04-30)
QZ = "泉州市"; JJ = "晋江市"
docs.append(dict(doc_id="O10", published="2021-04-30", facts=[
    F("money_recovered", 180000, "最終成功避免了一起18萬(wàn)多元電信網(wǎng)絡(luò)詐騙案件的發(fā)生", FJ, QZ, JJ, "2021-04-22", "2021-04-22", q="at_least"),
    F("money_recovered", 195950, "向受害人發(fā)還警方追回的贓款195950元", FJ, QZ, JJ),
], campaigns=[]))

# O11 阿坝州 汶川县 (中新网四川 2025-05-22; 4月9日 拦截)
docs.append(dict(doc_id="O11", published="2025-05-22", facts=[
    F("money_recovered", 690000, "成功为群众挽回69万余元损失", SC, "阿坝藏族羌族自治州", "汶川县", "2025-04-09", "2025-04-09", q="at_least"),
], campaigns=[]))

# O12 北京 2019 (Traditional with pinyin, 北京青年报 2019-03-11)
P12 = ("2019-01-01", "2019-03-11")
docs.append(dict(doc_id="O12", published="2019-03-11", facts=[
    F("money_recovered", 13000000, "共有30名被騙事主領(lǐng)回被騙資金共計(jì)1300萬余元", BJ, BJ, None, "2019-03-09", "2019-03-09", q="at_least"),
    F("people_dissuaded", 25000, "共勸阻事主2.5萬余人次", BJ, BJ, None, *P12, q="at_least"),
    F("money_recovered", 100000000, "挽回?fù)p失1億余元", BJ, BJ, None, *P12, q="at_least"),
    F("accounts_frozen", 100000, "共凍結(jié)涉案賬戶10萬余個", BJ, BJ, None, *P12, q="at_least"),
    F("money_frozen", 400000000, "凍結(jié)涉案資金近4億余元", BJ, BJ, None, *P12, q="approx"),
], campaigns=[]))

# O13 西藏 2021年9月上半月 警情通报 (腾讯新闻 mirror; no page date)
P13 = ("2021-09-01", "2021-09-15")
def X13(metric, value, ev, city=None, county=None):
    return F(metric, value, ev, XZ, city, county, *P13)
docs.append(dict(doc_id="O13", published=None, facts=[
    X13("cases_filed", 115, "全区共立电信网络诈骗案件115起"),
    X13("cases_filed", 58, "拉萨58起", LSA),
    X13("cases_filed", 57, "拉萨市城关区(含柳梧新区)57起", LSA, "城关区"),
    X13("cases_filed", 1, "墨竹工卡县1起", LSA, "墨竹工卡县"),
    X13("cases_filed", 18, "日喀则18起", RKZ),
    X13("cases_filed", 11, "日喀则市桑珠孜区11起", RKZ, "桑珠孜区"),
    X13("cases_filed", 2, "岗巴县2起", RKZ, "岗巴县"),
    X13("cases_filed", 1, "白朗县、拉孜县、仲巴县、江孜县、谢通门县各1起", RKZ, "白朗县"),
    X13("cases_filed", 1, "白朗县、拉孜县、仲巴县、江孜县、谢通门县各1起", RKZ, "拉孜县"),
    X13("cases_filed", 1, "白朗县、拉孜县、仲巴县、江孜县、谢通门县各1起", RKZ, "仲巴县"),
    X13("cases_filed", 1, "白朗县、拉孜县、仲巴县、江孜县、谢通门县各1起", RKZ, "江孜县"),
    X13("cases_filed", 1, "白朗县、拉孜县、仲巴县、江孜县、谢通门县各1起", RKZ, "谢通门县"),
    X13("cases_filed", 7, "山南7起", SN),
    X13("cases_filed", 5, "乃东区5起", SN, "乃东区"),
    X13("cases_filed", 1, "贡嘎县、浪卡子县各1起", SN, "贡嘎县"),
    X13("cases_filed", 1, "贡嘎县、浪卡子县各1起", SN, "浪卡子县"),
    X13("cases_filed", 7, "林芝7起", LZH),
    X13("cases_filed", 6, "巴宜区6起", LZH, "巴宜区"),
    X13("cases_filed", 1, "波密县1起", LZH, "波密县"),
    X13("cases_filed", 16, "昌都16起", CD),
    X13("cases_filed", 11, "卡若区11起", CD, "卡若区"),
    X13("cases_filed", 2, "类乌齐县、江达县各2起", CD, "类乌齐县"),
    X13("cases_filed", 2, "类乌齐县、江达县各2起", CD, "江达县"),
    X13("cases_filed", 1, "察雅县1起", CD, "察雅县"),
    X13("cases_filed", 7, "那曲7起", NQ),
    X13("cases_filed", 2, "色尼区2起", NQ, "色尼区"),
    X13("cases_filed", 1, "班戈县、比如县、安多县、巴青县、申扎县各1起", NQ, "班戈县"),
    X13("cases_filed", 1, "班戈县、比如县、安多县、巴青县、申扎县各1起", NQ, "比如县"),
    X13("cases_filed", 1, "班戈县、比如县、安多县、巴青县、申扎县各1起", NQ, "安多县"),
    X13("cases_filed", 1, "班戈县、比如县、安多县、巴青县、申扎县各1起", NQ, "巴青县"),
    X13("cases_filed", 1, "班戈县、比如县、安多县、巴青县、申扎县各1起", NQ, "申扎县"),
    X13("cases_filed", 2, "阿里2起", AL),
    X13("cases_filed", 2, "噶尔县2起", AL, "噶尔县"),
    X13("cases_filed", 36, "网上贷款类诈骗案件36起"),
    X13("cases_filed", 32, "网络刷单返利类诈骗案件32起"),
    X13("cases_filed", 12, "冒充电商、物流客服类诈骗案件12起"),
    X13("cases_filed", 5, "冒充领导熟人类诈骗案件5起"),
    X13("cases_filed", 17, "网络交友诱导赌博投资类诈骗案件17起"),
    X13("cases_filed", 6, "冒充公检法类诈骗案件6起"),
    X13("cases_filed", 4, "其他类诈骗案件4起"),
    X13("cases_filed", 3, "虚假购物类诈骗案件3起"),
    X13("people_dissuaded", 8060, "全区各级反诈骗中心共成功预警劝阻疑似被骗用户8060名"),
    X13("people_dissuaded", 3320, "拉萨市成功预警劝阻3320名", LSA),
    X13("people_dissuaded", 1052, "日喀则市成功预警劝阻1052名", RKZ),
    X13("people_dissuaded", 747, "山南市成功预警劝阻747名", SN),
    X13("people_dissuaded", 840, "林芝市成功预警劝阻840名", LZH),
    X13("people_dissuaded", 617, "昌都市成功预警劝阻617名", CD),
    X13("people_dissuaded", 780, "那曲市成功预警劝阻780名", NQ),
    X13("people_dissuaded", 704, "阿里地区成功预警劝阻704名", AL),
], campaigns=[]))

# O14 天水 甘谷县 '8·21' 专案 (Traditional with pinyin; '12月11日' + '2020年8月' -> 2020-12-11)
TS = "天水市"; GG = "甘谷县"; C821 = "8·21"
docs.append(dict(doc_id="O14", published="2020-12-11", facts=[
    F("gangs_busted", 4, "打掉幫信犯罪團(tuán)伙4個(gè)", GS, TS, GG, camp=C821),
    F("suspects_arrested", 86, "一舉抓獲犯罪嫌疑人86名", GS, TS, GG, camp=C821),
    F("cards_seized", 252, "查獲涉案銀行卡252張", GS, TS, GG, camp=C821),
    F("cards_seized", 178, "手機(jī)卡178張", GS, TS, GG, camp=C821),
    F("money_frozen", 250000, "查扣贓款25萬(wàn)元", GS, TS, GG, camp=C821),
], campaigns=[C(C821, kind="case", start="2020-08-21")]))

# O15 中卫市公安局反诈中心 锦旗故事 (no year in the text)
docs.append(dict(doc_id="O15", published=None, facts=[
    F("victim_loss", 400000, "反被骗走40多万元", NX, "中卫市", q="at_least"),
], campaigns=[]))

# O16 广州 (中新网广东 '5月20日电', '自4月以来', '截至目前': no year; the platform's '2020年8月' start does not fix it)
GD = "广东省"; GZ = "广州市"
docs.append(dict(doc_id="O16", published=None, facts=[
    F("money_recovered", 111000000, "共为49.9万名群众挽回1.11亿元经济损失", GD, GZ),
    F("accounts_frozen", 30000, "冻结涉案账号3万多个", GD, GZ, q="at_least"),
    F("money_frozen", 563000000, "冻结涉案金额5.63亿元", GD, GZ),
    F("money_recovered", 10730000, "返还金额1073万元", GD, GZ),
    F("gangs_busted", 35, "共打掉团伙35个", GD, GZ),
    F("dens_destroyed", 63, "捣毁窝点63个", GD, GZ),
], campaigns=[C("飓风"), C("断卡行动"), C("断链"), C("扫楼")]))

# O17 全国 国新办 '十四五' 发布会 (repost; '7月23日', no stated year)
docs.append(dict(doc_id="O17", published=None, facts=[
    F("suspects_arrested", 366000, "共抓获犯罪嫌疑人36.6万名", None),
    F("suspects_arrested", 3442, "头目和骨干3442名", None),
], campaigns=[C("断流"), C("拔钉"), C("斩链")]))

# O18 南京 2021 (人民公安报 via 新华报业网 2021/12/04; '今年以来')
JS = "江苏省"; NJ = "南京市"; P18 = ("2021-01-01", "2021-12-04")
docs.append(dict(doc_id="O18", published="2021-12-04", facts=[
    F("cases_solved", 2800, "累计侦破电信网络诈骗案件2800起", JS, NJ, None, *P18),
    F("suspects_arrested", 3100, "抓获电信诈骗犯罪嫌疑人3100余名", JS, NJ, None, *P18, q="at_least"),
    F("money_stopped", 460000000, "止付涉案资金达4.6亿元", JS, NJ, None, *P18),
    F("people_dissuaded", 372, "成功拦截即将打款的潜在受害人372名", JS, NJ, None, *P18),
    F("money_recovered", 40000000, "避免直接损失4000余万元", JS, NJ, None, *P18, q="at_least"),
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
