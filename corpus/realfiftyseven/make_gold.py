"""Hand-made gold for realfiftyseven (BG01-BG20; written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

HE = "河北省"; GD = "广东省"; JS = "江苏省"; LN = "辽宁省"; ZJ = "浙江省"; FJ = "福建省"; SX = "山西省"
SD = "山东省"; GS = "甘肃省"; SC = "四川省"; HB = "湖北省"; SN = "陕西省"

docs = []

# BG01 石家庄 充值返利诈骗团伙 (河北法制报, "日前", no page date; "2020年4月21日" = report day; URL says 2020-06-02)
SJZ = "石家庄市"
docs.append(dict(doc_id="BG01", published=None, facts=[
    F("suspects_arrested", 14, "在广东、湖南、福建、河南、江西等5省抓获犯罪嫌疑人14名", HE, SJZ),
    F("victim_loss", 200000, "陆续充值20余万元", HE, SJZ, q="at_least"),
    F("suspects_arrested", 6, "相继收网,抓获犯罪嫌疑人6名", HE, SJZ, None, "2020-05-07", "2020-05-11"),
    F("suspects_arrested", 2, "相继抓获了2名养号、贩号嫌疑人", HE, SJZ),
    F("suspects_arrested", 4, "以及以陈某为首的4名上线洗款团伙成员", HE, SJZ, None, "2020-05-20", "2020-05-20"),
], campaigns=[]))

# BG02 广州 南沙警方 QQ 冒充老板 (Traditional, 国际在线 big5 mirror; "今年3月", no year in the text)
GZ = "广州市"; NS = "南沙区"; JF = "飓风2017"
docs.append(dict(doc_id="BG02", published=None, facts=[
    F("suspects_arrested", 12, "先後抓獲犯罪嫌疑人12名", GD, GZ, NS, camp=JF),
    F("victim_loss", 126000, "將12.6萬元分3筆進行了轉賬", GD, GZ, NS),
], campaigns=[C(JF, start="2017")]))

# BG03 南京 浦口分局 快递员 "哨兵" (reportify copy of 南京晨报, "新浪财经·2026-01-14 01:45")
NJ = "南京市"; PK = "浦口区"
docs.append(dict(doc_id="BG03", published="2026-01-14", facts=[
    F("money_recovered", 20000, "成功为群众挽损2万余 元", JS, NJ, PK, q="at_least"),
    F("money_recovered", 40000, "成功为群众挽损4万 余元", JS, NJ, PK, q="at_least"),
], campaigns=[]))

# BG04 TVB 中缅警方 缅北联合行动 拘870名 (Traditional, "發佈日期: 2024-09-30 20:14"; national)
docs.append(dict(doc_id="BG04", published="2024-09-30", facts=[
    F("suspects_arrested", 870, "拘捕870名電信網絡詐騙疑犯", None),
    F("suspects_arrested", 300, "其餘300多名疑犯則是中國籍", None, q="at_least"),
], campaigns=[]))

# BG05 无锡 快递小哥 拦截100个到付包裹 (Traditional spam mirror, no date)
docs.append(dict(doc_id="BG05", published=None, facts=[
    F("money_recovered", 90000, "被害人挽回了損失9萬(wàn)元", JS, "无锡市"),
], campaigns=[]))

# BG06 葫芦岛 兴城市公安局反诈中心 冒充领导 98.3万 (Traditional spam mirror, "?月29日", no year)
HLD = "葫芦岛市"; XC = "兴城市"
docs.append(dict(doc_id="BG06", published=None, facts=[
    F("victim_loss", 983000, "騙取了98.3萬元錢款", LN, HLD, XC),
    F("money_frozen", 1000000, "緊急凍結止付,近百萬元全部被截回", LN, HLD, XC, q="approx"),
], campaigns=[]))

# BG07 湖州 南浔分局 双林派出所 冒牌"老总" 47.9万 (青年时报 mirror, no date; truncated before the recovery)
docs.append(dict(doc_id="BG07", published=None, facts=[
    F("victim_loss", 479000, "有人冒充企业老总骗走钱款47.9万元", ZJ, "湖州市", "南浔区"),
], campaigns=[]))

# BG08 厦门市打击治理中心 公司财务 20万 90分钟止付 (台海网 "10月8日讯", "9月27日", no year)
XM = "厦门市"
docs.append(dict(doc_id="BG08", published=None, facts=[
    F("victim_loss", 200000, "我被骗了20万元", FJ, XM),
    F("money_stopped", 200000, "将受害者的20万元全部止付", FJ, XM),
], campaigns=[]))

# BG09 运城 盐湖公安 "吸粉引流" 窝点 (盐湖区政府平安频道, "发布时间: 2021-08-30 09:52")
YC = "运城市"; YH = "盐湖区"
docs.append(dict(doc_id="BG09", published="2021-08-30", facts=[
    F("suspects_arrested", 18, "抓获全部18 名涉案嫌疑人", SX, YC, YH),
    F("cards_seized", 95, "手机卡95张", SX, YC, YH),
    F("cards_seized", 52, "银行卡52张", SX, YC, YH),
], campaigns=[]))

# BG10 淄博 高青县公安局 "引流"团伙 (鲁中晨报 2024-04-12 17:23:05; arrests "4月10日")
ZB = "淄博市"; GQ = "高青县"; D0410 = ("2024-04-10", "2024-04-10")
docs.append(dict(doc_id="BG10", published="2024-04-12", facts=[
    F("suspects_arrested", 6, "抓获违法当事人6名", SD, ZB, GQ, *D0410),
    F("suspects_arrested", 5, "将正在拨打“引流”诈骗电话的其余5人抓获归案", SD, ZB, GQ, *D0410),
    F("cards_seized", 32, "电话卡32张", SD, ZB, GQ, *D0410),
], campaigns=[]))

# BG11 兰州 榆中县公安局 招嫖引流 (Traditional spam mirror, no page date; "2023年4月", "4月13日")
LZ = "兰州市"; YZ = "榆中县"
docs.append(dict(doc_id="BG11", published=None, facts=[
    F("suspects_arrested", 17, "抓獲犯罪嫌疑人17名", GS, LZ, YZ),
    F("suspects_arrested", 5, "一舉將陳某某為首的5名犯罪嫌疑人抓獲", GS, LZ, YZ, "2023-04-13", "2023-04-13"),
], campaigns=[]))

# BG12 宁波 慈溪市公安局 涉黑灰产引流诈骗案 (澎湃 mirror, "6月29日通报", no stated year for the page)
NB = "宁波市"; CX = "慈溪市"
docs.append(dict(doc_id="BG12", published=None, facts=[
    F("suspects_arrested", 171, "已抓获犯罪嫌疑人171名", ZJ, NB, CX),
    F("money_involved", 12000000, "查证涉案金额达1200余万元", ZJ, NB, CX, q="at_least"),
    F("victim_loss", 10000, "骗走万余元", ZJ, NB, CX, q="at_least"),
    F("suspects_arrested", 65, "抓获涉嫌引流诈骗嫌疑人65人", ZJ, NB, CX, "2021-11-01", "2022-02-28"),
    F("suspects_arrested", 106, "抓获嫌疑人106名", ZJ, NB, CX),
], campaigns=[]))

# BG13 临汾 尧都区公安局 "引流" (山西法制报 mirror, "今年3月初", no year)
docs.append(dict(doc_id="BG13", published=None, facts=[
    F("suspects_arrested", 3, "抓获3名帮助诈骗分子“引流”的犯罪嫌疑人", SX, "临汾市", "尧都区"),
], campaigns=[]))

# BG14 巴中 巴州区公安分局 涉黄小广告引流 (四川法治报, "2025-10-28 10:21:57"; arrests "10月23日")
docs.append(dict(doc_id="BG14", published="2025-10-28", facts=[
    F("suspects_arrested", 4, "成功将四人全部抓获", SC, "巴中市", "巴州区", "2025-10-23", "2025-10-23"),
], campaigns=[]))

# BG15 武汉 东湖高新分局 左岭派出所 出租车司机 24万 (Traditional spam mirror, "4月22日", no year)
docs.append(dict(doc_id="BG15", published=None, facts=[
    F("money_recovered", 240000, "民警在灑水車底發(fā)現(xiàn)用黑塑料袋和膠帶層層包裹的24萬元現(xiàn)金", HB, "武汉市"),
], campaigns=[]))

# BG16 江门 台山市公安局 水步派出所 网约车司机 (江门市公安局 政府信息公开, 发布日期 2025-04-15; truncated)
docs.append(dict(doc_id="BG16", published="2025-04-15", facts=[
    F("money_stopped", 104200, "发现在衣物中竟包裹着现金10.42万元人民币", GD, "江门市", "台山市"),
], campaigns=[]))

# BG17 无锡 T3 司机 窦师傅 (网易号 round-up of 网约车司机, no date)
WX = "无锡市"
docs.append(dict(doc_id="BG17", published=None, facts=[
    F("victim_loss", 40000, "乘客已向骗子转账4万元", JS, WX),
    F("money_recovered", 56000, "才被诱导提取56000元现金跨城交付,而窦师傅的及时介入,成功帮他保住了这笔血汗钱", JS, WX),
], campaigns=[]))

# BG18 佛山 "断卡"行动 (佛山市公安局 site, "时间:2020-11-25 11:31"; 史某 case "11月12日")
FS = "佛山市"; DK = "断卡行动"
docs.append(dict(doc_id="BG18", published="2020-11-25", facts=[
    F("suspects_arrested", 4, "抓获史某等4名犯罪团伙成员", GD, FS, None, "2020-11-12", "2020-11-12"),
    F("suspects_detained", 4, "史某等4名犯罪嫌疑人均被公安机关依法刑事拘留", GD, FS),
    F("suspects_arrested", 516, "全市共抓获“两卡”犯罪嫌疑人516名", GD, FS, camp=DK),
    F("gangs_busted", 36, "捣毁犯罪团伙36个", GD, FS, camp=DK),
    F("gangs_busted", 29, "其中开卡团伙29个", GD, FS, camp=DK),
    F("gangs_busted", 7, "贩卡团伙7个", GD, FS, camp=DK),
    F("cards_seized", 607, "缴获银行卡607张", GD, FS, camp=DK),
    F("cards_seized", 37279, "手机卡37279张", GD, FS, camp=DK),
], campaigns=[C(DK)]))

# BG19 四川 "断卡"行动 揪出"内鬼" (华西都市报 mirror, "时间:2020-10-10 08:52:50"; "9月起")
P19 = ("2020-09-01", "2020-10-10"); LS = "凉山彝族自治州"; NN = "宁南县"
docs.append(dict(doc_id="BG19", published="2020-10-10", facts=[
    F("suspects_arrested", 430, "我省公安已抓获贩卖“两卡”犯罪嫌疑人430人", SC, None, None, *P19, camp=DK),
    F("suspects_arrested", 11, "行业“内鬼”11人", SC, None, None, *P19, camp=DK),
    F("gangs_busted", 70, "打掉贩卖“两卡”团伙70余个", SC, None, None, *P19, q="at_least", camp=DK),
    F("money_involved", 407000, "诈骗金额达40.7万元", SC, LS, NN),
    F("suspects_arrested", 9, "民警共抓获犯罪嫌疑人9人", SC, LS, NN),
    F("cards_seized", 1536, "移动物联卡1536张", SC, LS, NN),
    F("cards_seized", 60, "手机卡60张", SC, LS, NN),
    F("cards_seized", 3, "银行卡3张", SC, LS, NN),
], campaigns=[C(DK, start="2020-09")]))

# BG20 榆林 靖边县公安局 学生贩卡团伙 (榆林日报, no page date in the text; "2023年6月底", "今年7月")
YL = "榆林市"; JB = "靖边县"; XJ = "夏季治安打击整治行动"
docs.append(dict(doc_id="BG20", published=None, facts=[
    F("money_involved", 50000, "涉案金额5万余元", SN, YL, JB, q="at_least", camp=XJ),
    F("cards_seized", 200, "查扣涉案手机卡200余张", SN, YL, JB, q="at_least", camp=XJ),
    F("victim_loss", 380000, "最终被骗38万元", SN, YL, JB),
], campaigns=[C(XJ)]))

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
