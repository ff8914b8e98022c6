"""Hand-made gold for realeighteen (written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

SN = "陕西省"; XZ = "西藏自治区"; GS = "甘肃省"; NX = "宁夏回族自治区"; HI = "海南省"; GD = "广东省"
SX = "山西省"; HL = "黑龙江省"; XJ = "新疆维吾尔自治区"; NM = "内蒙古自治区"; JL = "吉林省"; ZJ = "浙江省"
DK = "断卡行动"

docs = []

# M01 西安 2023 (陕工网, stamp 2024-05-20; "2023年…去年" -> 2023)
XA = "西安市"; Y23 = ("2023-01-01", "2023-12-31")
docs.append(dict(doc_id="M01", published="2024-05-20", facts=[
    F("suspects_arrested", 16872, "抓获收贩“两卡”嫌疑人16872名", SN, XA, None, *Y23),
    F("people_dissuaded", 6810000, "劝阻受骗群众681万人次", SN, XA, None, *Y23),
    F("people_dissuaded", 128700, "资金预警上门劝阻12.87万人次", SN, XA, None, *Y23),
    F("money_recovered", 128000000, "劝阻金额1.28亿元", SN, XA, None, *Y23),
    F("money_recovered", 108000000, "返还涉案资金1.08亿元", SN, XA, None, *Y23),
], campaigns=[]))

# M02 西藏 2021 (Traditional spam mirror of 中新网, 发布时间 2022-01-12)
Y21 = ("2021-01-01", "2021-12-31"); YJ21 = "云剑—2021"
docs.append(dict(doc_id="M02", published="2022-01-12", facts=[
    F("cases_solved", 383, "共破獲電信網(wǎng)絡(luò)詐騙案件383起", XZ, None, None, *Y21),
    F("suspects_arrested", 416, "抓獲犯罪嫌疑人416人", XZ, None, None, *Y21),
    F("money_recovered", 29000000, "返還權(quán)屬明確的被騙資金2900余萬元", XZ, None, None, *Y21, q="at_least"),
    F("money_involved", 140000000, "一流水達1.4億元的洗錢窩點", XZ, "拉萨市", None, "2021-11-03", "2021-11-03"),
    F("suspects_arrested", 11, "抓獲犯罪嫌疑人11名", XZ, "拉萨市", None, "2021-11-03", "2021-11-03"),
], campaigns=[C(YJ21, start="2021"), C(DK)]))

# M03 兰州 2021 前8个月 (中国甘肃网 "21-09-04"; "今年以来…前8个月")
LZ = "兰州市"; M8 = ("2021-01-01", "2021-08-31"); YTD = ("2021-01-01", "2021-09-04")
docs.append(dict(doc_id="M03", published="2021-09-04", facts=[
    F("cases_solved", 4520, "前8个月共破获电诈案件4520起", GS, LZ, None, *M8),
    F("suspects_arrested", 1161, "抓获犯罪嫌疑人1161名", GS, LZ, None, *M8),
    F("cases_solved", 3528, "其中破获外省案件3528起", GS, LZ, None, *M8),
    F("suspects_arrested", 33, "抓获缅北“回流”涉案人员33名", GS, LZ, None, *M8),
    F("gangs_busted", 9, "打掉团伙9个", GS, LZ, None, *M8),
    F("cards_seized", 137000, "查获销毁涉案卡、隐患卡13.7万张", GS, LZ, None, *YTD, camp=DK),
    F("people_dissuaded", 850000, "劝阻受骗群众85万名", GS, LZ, None, *YTD),
], campaigns=[C(DK)]))

# M04 银川 (西部法治网; "记者25日", "今年以来", "今年1-11月": no year -> null)
YC = "银川市"
docs.append(dict(doc_id="M04", published=None, facts=[
    F("money_recovered", 100000000, "为群众拦截挽损1亿余元", NX, YC, q="at_least"),
    F("money_stopped", 5770000000, "止付金额57.7亿余元", NX, YC, q="at_least"),
    F("accounts_frozen", 5541, "冻结账号5541个", NX, YC),
    F("money_frozen", 150000000, "冻结金额1.5亿余元", NX, YC, q="at_least"),
    F("cases_solved", 18, "成功侦破18起公安部挂牌案件", NX, YC),
], campaigns=[C("云剑"), C(DK), C("断流")]))

# M05 海口 琼山分局 2020 (年鉴条目, no page date)
Y20 = ("2020-01-01", "2020-12-31")
docs.append(dict(doc_id="M05", published=None, facts=[
    F("cases_solved", 47, "破获电信诈骗案件47起", HI, "海口市", "琼山区", *Y20),
    F("suspects_detained", 47, "刑拘47人", HI, "海口市", "琼山区", *Y20),
    F("gangs_busted", 4, "打掉团伙4个", HI, "海口市", "琼山区", *Y20),
], campaigns=[]))

# M06 宁夏 专项攻坚 (人民网 "12月20日电", no year -> null)
docs.append(dict(doc_id="M06", published=None, facts=[
    F("dens_destroyed", 100, "打掉百余个犯罪窝点", NX, q="at_least", camp=DK),
    F("people_dissuaded", 498, "累计预警劝阻498人次", NX, "固原市", "隆德县"),
    F("money_recovered", 1500000, "紧急止付避免群众150万元损失", NX, YC, "西夏区"),
    F("suspects_arrested", 3, "中卫、吴忠警方联动抓获3名嫌疑人", NX, "中卫市"),
    F("money_stopped", 740000, "现场拦截涉诈资金74万元", NX, "中卫市"),
], campaigns=[C(DK)]))

# M07 广州 2021 (Traditional 大洋网, stamp 2022-02-11; "去年" -> 2021)
GZ = "广州市"
docs.append(dict(doc_id="M07", published="2022-02-11", facts=[
    F("money_recovered", 970000000, "累計為群眾挽回經濟損失9.7億元", GD, GZ),
    F("money_recovered", 1100000, "為她挽回損失110萬元", GD, GZ, "增城区"),
    F("suspects_arrested", 16437, "抓獲嫌疑人16437名", GD, GZ, None, *Y21, camp=DK),
    F("suspects_arrested", 1463, "“斷源”行動共抓獲嫌疑人1463名", GD, GZ, camp="断源"),
    F("suspects_arrested", 222, "去年共抓捕人員222名", GD, GZ, None, *Y21, camp="断流"),
    F("suspects_arrested", 60, "抓獲“蛇頭”人員60名", GD, GZ, None, *Y21, camp="断流"),
    F("suspects_arrested", 284, "抓獲非法出境人員284名", GD, GZ, None, *Y21, camp="断流"),
    F("suspects_arrested", 52, "抓獲其他黑灰產人員52名", GD, GZ, None, *Y21, camp="断流"),
    F("people_dissuaded", 176000, "見面勸阻17.6萬人", GD, GZ, None, *Y21),
], campaigns=[C(DK), C("断源"), C("断流")]))

# M08 广东省 2016 (baogaosu mirror of 南方日报, stamp 29.11.2016)
Y16 = ("2016-01-01", "2016-11-29"); M10_16 = ("2016-01-01", "2016-10-31")
docs.append(dict(doc_id="M08", published="2016-11-29", facts=[
    F("money_stopped", 340000000, "快速拦截被骗资金3.4亿元", GD),
    F("money_recovered", 60620000, "原路返还事主6062万元", GD),
    F("suspects_arrested", 829, "共抓获犯罪嫌疑人829名", GD, None, None, *Y16, camp="安网"),
    F("gangs_busted", 142, "涉电信网络诈骗违法犯罪团伙142个", GD, None, None, *Y16),
    F("suspects_detained", 734, "刑拘犯罪嫌疑人734名", GD, None, None, *Y16),
    F("cases_filed", 43002, "全省共立电信网络诈骗刑事案件43002起", GD, None, None, *M10_16),
    F("cases_solved", 6972, "破案6972起", GD, None, None, *M10_16),
    F("suspects_detained", 6056, "刑拘犯罪嫌疑人6056名", GD, None, None, *M10_16),
], campaigns=[C("飓风"), C("安网")]))

# M09 太原 2025 (网易 太原公安, stamp 2025-06-30; ceremony 2025-06-29)
TY = "太原市"; QM = "全民反诈在行动"
docs.append(dict(doc_id="M09", published="2025-06-30", facts=[
    F("money_recovered", 100000000, "2024年成功返还受害人被骗资金1亿多元", SX, TY, None, "2024-01-01", "2024-12-31", q="at_least"),
    F("money_recovered", 32000000, "今年1-5月又返还3200万元", SX, TY, None, "2025-01-01", "2025-05-31"),
    F("money_recovered", 9907000, "共计990.7万元返还资金", SX, TY, None, "2025-06-29", "2025-06-29", camp=QM),
], campaigns=[C(QM)]))

# M10 忻州 "秋冬平安利剑九号" (bjyzxf mirror; "26日" without month -> null)
XZS = "忻州市"; QD = "秋冬平安利剑九号"
docs.append(dict(doc_id="M10", published=None, facts=[
    F("money_frozen", 305856900, "冻结资金30585.69万元", SX, XZS, camp=QD),
    F("cases_solved", 30, "破获电信网络诈骗案件30起", SX, XZS, camp=QD),
    F("suspects_arrested", 51, "抓获犯罪嫌疑人51名", SX, XZS, camp=QD),
], campaigns=[C(QD)]))

# M11 文昌 2022 (Traditional mirror of 海南日报, stamp 2022-05-25; "2022年以来")
WC = "文昌市"; P11 = ("2022-01-01", "2022-05-25")
docs.append(dict(doc_id="M11", published="2022-05-25", facts=[
    F("cases_filed", 44, "共立案44起", HI, WC, None, *P11),
    F("cases_solved", 168, "共破獲案件168起", HI, WC, None, *P11),
    F("suspects_arrested", 44, "共抓獲犯罪嫌疑人44人", HI, WC, None, *P11),
    F("gangs_busted", 5, "打掉涉詐犯罪團(tuán)伙5個(gè)", HI, WC, None, *P11),
    F("suspects_arrested", 495, "共抓獲涉“兩卡”違法犯罪嫌疑人495名", HI, WC, None, *P11),
], campaigns=[C("云剑﹣2022", start="2022"), C("净网﹣2022", start="2022"), C(DK)]))

# M12 儋州 一年 (新闻吧, 发布时间 2016-10-02; "从2015年8月14日以来")
DZ = "儋州市"
docs.append(dict(doc_id="M12", published="2016-10-02", facts=[
    F("suspects_arrested", 841, "抓获嫌犯841人", HI, DZ),  # "一年" headline figure; end of the window not fixed -> null
    F("suspects_arrested", 7, "在此楼内抓获7名犯罪嫌疑人", HI, DZ, None, "2016-07-10", "2016-07-10"),
], campaigns=[]))

# M13 海南 儋州 推进会 (no date: "近日")
docs.append(dict(doc_id="M13", published=None, facts=[
    F("suspects_arrested", 522, "抓获犯罪嫌疑人522名", HI, DZ),
    F("gangs_busted", 37, "打掉地域性团伙37个", HI, DZ),
    F("suspects_arrested", 288, "有288名是协助外地公安机关抓获的", HI, DZ),
], campaigns=[]))

# M14 哈尔滨 (中国公益之声, no date, "今年以来")
docs.append(dict(doc_id="M14", published=None, facts=[
    F("money_recovered", 36117000, "挽回群众损失3611.7万元", HL, "哈尔滨市"),
], campaigns=[C("夏季治安打击整治行动")]))

# M15 兵团第十二师 (中新网 "11月2日电", no year -> null; 兵团 -> 新疆, city null)
docs.append(dict(doc_id="M15", published=None, facts=[
    F("suspects_arrested", 9, "抓获9名犯罪嫌疑人", XJ),
    F("suspects_detained", 9, "该9名犯罪嫌疑人已依法刑事拘留", XJ),
    F("money_involved", 600000, "初步核查涉案金额达60万元", XJ),
    F("victim_loss", 80000, "王某向指定账户转账8万元后发现被骗", XJ),
    F("suspects_arrested", 6, "团伙6人抓获", XJ),
], campaigns=[]))

# M16 陕西 2020 (Traditional 香港商报 mirror of 中新网, stamp 2021-01-21)
docs.append(dict(doc_id="M16", published="2021-01-21", facts=[
    F("cases_solved", 8055, "2020年該省警方破獲電信網絡詐騙案件8055起", SN, None, None, *Y20),
    F("suspects_arrested", 11957, "抓獲犯罪嫌疑人11957人", SN, None, None, *Y20),
    F("cases_solved", 165, "共破獲涉疫情電信網絡詐騙案件165起", SN),
    F("suspects_arrested", 185, "抓獲犯罪嫌疑人185人", SN),
    F("cases_solved", 358, "帶破外省區市案件358起", SN),
], campaigns=[]))

# M17 内蒙古 "净网2021" (Traditional spam mirror of 人民网, 2021-12-02)
JW = "净网2021"
docs.append(dict(doc_id="M17", published="2021-12-02", facts=[
    F("money_involved", 3160000000, "查明電信網(wǎng)絡詐騙涉案資金約31.6億元", NM, q="approx", camp=JW),
], campaigns=[C(JW, start="2021")]))

# M18 白城 "1·18" (城市晚报 e-paper 2023年2月28日)
BC = "白城市"; C118 = "1·18"
docs.append(dict(doc_id="M18", published="2023-02-28", facts=[
    F("dens_destroyed", 7, "一举捣毁了7个电信诈骗窝点", JL, BC, camp=C118),
    F("suspects_arrested", 78, "抓获涉案人员78名", JL, BC, camp=C118),
    F("money_involved", 2280000, "涉案228万元的投资理财类电信诈骗案件", JL, BC, camp=C118),
], campaigns=[C(C118, kind="case", start="2023-01")]))

# M19 湖州 (杭州网 2016-01-08; "从去年10月29日到去年12月31日")
HZ = "湖州市"
docs.append(dict(doc_id="M19", published="2016-01-08", facts=[
    F("money_frozen", 1490000, "冻结涉案资金149万元", ZJ, HZ, None, "2015-10-29", "2015-12-31"),
    F("victim_loss", 210000, "陈先生先后被骗了21万元", ZJ, HZ, None, "2015-11-30", "2015-11-30"),
    F("money_frozen", 180000, "账户上有18万元,我们马上冻结", ZJ, HZ),
], campaigns=[C("谨慎汇款保钱袋子")]))

# M20 惠州 2021一季度 (南方+; "4月15日" with "2021年第一季度" -> 2021-04-15)
HZS = "惠州市"; Q1 = ("2021-01-01", "2021-03-31")
docs.append(dict(doc_id="M20", published="2021-04-15", facts=[
    F("money_stopped", 16000000, "止付1600万余元", GD, HZS, None, *Q1, q="at_least"),
    F("suspects_arrested", 509, "抓获违法嫌疑人509人", GD, HZS, None, *Q1),
    F("suspects_detained", 403, "刑拘403人", GD, HZS, None, *Q1),
    F("cases_solved", 800, "破案800余起", GD, HZS, None, *Q1, q="at_least"),
    F("money_recovered", 5000000, "挽回群众损失500余万元", GD, HZS, None, *Q1, q="at_least"),
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
