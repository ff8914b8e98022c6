"""Hand-made gold for realsixty (BJ01-BJ20; written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

JL = "吉林省"; HB = "湖北省"; GS = "甘肃省"; SD = "山东省"; AH = "安徽省"; SC = "四川省"; HLJ = "黑龙江省"
SX = "山西省"; ZJ = "浙江省"; GD = "广东省"; LN = "辽宁省"; JS = "江苏省"

docs = []

# BJ01 辽源 "中国梦商会" 72人团伙 (Traditional, 辽源日报 WeChat chrome "吉D微风"; "12月28日" without a year)
LY = "辽源市"
docs.append(dict(doc_id="BJ01", published=None, facts=[
    F("suspects_arrested", 72, "抓獲一個以振興東北經濟為幌,面向東北三省實施詐騙的72人犯罪團夥", JL, LY),
    F("suspects_arrested", 11, "一舉抓獲該團夥骨幹成員11人", JL, LY),
    F("suspects_arrested", 61, "抓獲其他犯罪嫌疑人61人", JL, LY),
    F("money_involved", 50000000, "涉案價值5千餘萬元", JL, LY, q="at_least"),
    F("victim_loss", 10000, "投資1萬餘元後被騙", JL, LY, q="at_least"),
], campaigns=[]))

# BJ02 武汉 江岸区分局 "梅兰竹菊" 养老诈骗专案 (mirror stamp "2025-07-22 09:09:31"; truncated)
WH = "武汉市"; JA = "江岸区"; MLZJ = "梅兰竹菊"
docs.append(dict(doc_id="BJ02", published="2025-07-22", facts=[
    F("suspects_arrested", 118, "抓获涉案人员118人", HB, WH, JA, camp=MLZJ),
    F("money_involved", 780000000, "查证涉案资金7.8亿多元", HB, WH, JA, q="at_least", camp=MLZJ),
    F("money_frozen", 150000000, "冻结赃款1.5亿元", HB, WH, JA, camp=MLZJ),
], campaigns=[C(MLZJ, kind="case")]))

# BJ03 兰州 "6·12" 股票喊单投资诈骗 (信息兰州网 "2020-06-22 09:29"; 收网 6月19日)
LZ = "兰州市"; C612 = "6·12"; D619 = ("2020-06-19", "2020-06-19")
docs.append(dict(doc_id="BJ03", published="2020-06-22", facts=[
    F("dens_destroyed", 2, "一举捣毁两个犯罪窝点", GS, LZ, None, *D619, camp=C612),
    F("suspects_arrested", 43, "现场抓获犯罪嫌疑人43名", GS, LZ, None, *D619, camp=C612),
    F("money_frozen", 400000, "查扣涉案金额40余万元", GS, LZ, None, *D619, q="at_least", camp=C612),
    F("victim_loss", 820000, "先后累计充值82万余元", GS, LZ, q="at_least", camp=C612),
], campaigns=[C(C612, kind="case", start="2020-06-12")]))

# BJ04 东营 "蜗牛币" 虚拟币投资诈骗 (山东法制传媒网, no page date; "3月16日" without a year)
DY = "东营市"
docs.append(dict(doc_id="BJ04", published=None, facts=[
    F("suspects_arrested", 6, "抓获犯罪嫌疑人6名", SD, DY),
    F("money_involved", 3000000, "共计300多万元", SD, DY, q="at_least"),
], campaigns=[]))

# BJ05 安庆 跑分平台专案 (Traditional spam mirror of 中国防伪报道, stamp "2021-05-23 00:47:15")
docs.append(dict(doc_id="BJ05", published="2021-05-23", facts=[
    F("suspects_arrested", 242, "共抓獲犯罪嫌疑人242名", AH, "安庆市"),
], campaigns=[]))

# checker: texts/BJ06.txt re-saved exactly as the search tool returns it (the lead had lost "(tuán)" after 團); no evidence changed.
# BJ06 攀枝花 跑分团伙 (Traditional mirror of 四川在线 "12月27日"; "2021年以来" fixes 2021)
PZH = "攀枝花市"; YB = "盐边县"; Y21 = ("2021-01-01", "2021-12-27")
docs.append(dict(doc_id="BJ06", published="2021-12-27", facts=[
    F("gangs_busted", 1, "日前警方成功打掉1個", SC, PZH, YB),
    F("suspects_arrested", 41, "抓獲涉詐嫌疑人41名", SC, PZH, YB),
    F("cards_seized", 86, "涉案銀行卡86張", SC, PZH, YB),
    F("suspects_arrested", 11, "成功抓獲以劉某和王某為首的團(tuán)伙骨干人員11人", SC, PZH, YB, "2021-11-28", "2021-11-28"),
    F("suspects_detained", 11, "骨干人員11人,并依法采取刑事拘留", SC, PZH, YB),
    F("cases_solved", 5, "攀枝花全市公安機(jī)關(guān)共偵破5起“跑分”類電信詐騙案件", SC, PZH, None, *Y21),
    F("suspects_arrested", 127, "抓獲人員127人", SC, PZH, None, *Y21),
], campaigns=[]))

# BJ07 黑龙江 断卡行动 信用惩戒 (黑龙江省政府网 mirror with HTML junk; "2021年01月30日08:21")
DK = "断卡行动"
docs.append(dict(doc_id="BJ07", published="2021-01-30", facts=[
    F("suspects_arrested", 2916, "全省公安机关共抓获涉“两卡”犯罪嫌疑人2916名", HLJ, camp=DK),
    F("gangs_busted", 220, "打掉开办卡、收贩卡团伙220个", HLJ, camp=DK),
    F("cards_seized", 18000, "手机卡18000余张", HLJ, q="at_least", camp=DK),
], campaigns=[C(DK)]))

# BJ08 太原 万柏林分局 中奖快递引流 (新华社 copy, no page date; "去年12月"/"今年3月")
TY = "太原市"; WBL = "万柏林区"
docs.append(dict(doc_id="BJ08", published=None, facts=[
    F("suspects_arrested", 8, "抓获犯罪嫌疑人8名", SX, TY, WBL),
    F("suspects_arrested", 40, "40余名涉案人员一举抓获", SX, TY, WBL, q="at_least"),
    F("money_involved", 100000000, "被骗资金上亿元", SX, TY, WBL, q="at_least"),
    F("victim_loss", 330000, "两天时间她投入6笔资金共计33万元", SX, TY, WBL),
], campaigns=[]))

# BJ09 武汉 长江新区分局 快递现金包裹 (长江日报, no page date; "3月8日/9日" without a year)
docs.append(dict(doc_id="BJ09", published=None, facts=[
    F("suspects_detained", 2, "两名嫌疑人因涉嫌掩饰、隐瞒犯罪所得罪被依法刑事拘留", HB, WH),
    F("suspects_arrested", 2, "两名嫌疑人(图中两名下蹲者)落网", HB, WH),
    F("money_frozen", 197000, "从河北快递19.7万元现金到汉 长江新区民警及时拦截", HB, WH),
    F("money_frozen", 48800, "整整齐齐夹藏着4.88万元现金", HB, WH),
    F("money_frozen", 148200, "查获藏有14.82万元现金的伪装包裹", HB, WH),
], campaigns=[]))

# BJ10 杭州 桐庐 分水派出所 涉诈传单快递 (湖北日报 repost in short lines, no date)
docs.append(dict(doc_id="BJ10", published=None, facts=[
    F("suspects_arrested", 6, "成功抓获6名犯罪嫌疑人", ZJ, "杭州市", "桐庐县"),
], campaigns=[]))

# BJ11 公安部 涉诈APP技术开发 集中收网 (Traditional mirror of 人民日报, "5月11日" without a year)
docs.append(dict(doc_id="BJ11", published=None, facts=[
    F("dens_destroyed", 110, "共搗毀技術(shù)開發(fā)窩點(diǎn)110余個", None, q="at_least"),
    F("suspects_arrested", 440, "抓獲違法犯罪嫌疑人440余名", None, q="at_least"),
], campaigns=[]))

# checker: texts/BJ12.txt re-saved exactly as the search tool returns it ("境外電詐團伙" had become "境外電信詐騙團伙"); no evidence changed.
# BJ12 枣庄 峄城分局 涉诈App技术团伙 (Traditional mirror of 新华社, stamp "2021-12-15 15:33:12"; 净网2021)
ZZ = "枣庄市"; YC = "峄城区"; JW21 = "净网2021"
docs.append(dict(doc_id="BJ12", published="2021-12-15", facts=[
    F("suspects_arrested", 10, "抓獲主要犯罪嫌疑人10名", SD, ZZ, YC, camp=JW21),
    F("money_frozen", 10000000, "凍結(jié)涉案資金1000余萬元", SD, ZZ, YC, q="at_least", camp=JW21),
], campaigns=[C(JW21, start="2021")]))

# checker: texts/BJ13.txt re-saved exactly as the search tool returns it (three "團伙" had gained "(tuán)" and "偵破后" had become "偵破後"); no evidence changed.
# BJ13 广东省公安厅 "某涩影音" APP 诈骗 (Traditional gambling-spam mirror of 每经网/新华社 "2017-07-12 21:05:45")
docs.append(dict(doc_id="BJ13", published="2017-07-12", facts=[
    F("suspects_arrested", 100, "抓獲犯罪嫌疑人100余人", GD, q="at_least"),
    F("money_involved", 120000000, "賬面流水高達1.2億元", GD),
    F("money_frozen", 51000000, "警方凍結(jié)銀行資金約5100多萬元", GD, q="at_least"),
], campaigns=[]))

# BJ14 盘锦 "7·09" 水房团伙 (spam mirror "时间:2024-04-29 23:43:39" with inserted fragments; "7月9日" without a year)
PJ = "盘锦市"; C709 = "7·09"
docs.append(dict(doc_id="BJ14", published="2024-04-29", facts=[
    F("money_involved", 10000000, "转账涉案资金共计1000余万元", LN, PJ, q="at_least", camp=C709),
    F("victim_loss", 26150, "“客服”突然来电骗走了26150元", LN, PJ, "盘山县", camp=C709),
], campaigns=[C(C709, kind="case")]))

# checker: BJ15 dropped as a duplicate. It is the 中新网 "金華6月18日電" report of the 金华市公安局 跨国虚假投资 case
# (452 arrested, 涉案资金超2500万 in under two months, 6 houses, 3 cars, 2020年12月 线索), the same story as realeight Y15,
# whose gold already holds 浙江省/金华市 suspects_arrested 452 and money_involved 25,000,000. The realforty check (AP07) and
# the realfiftysix check (BF05, a jssljx.com copy of this 中新网 report) dropped it on this ground; 案值1.57亿 alone does not make a new story.
# texts/BJ15.txt deleted and its sources.tsv row removed. Old block kept below as comments.
# # BJ15 金华 境外虚假投资诈骗 452名 (Traditional mirror of 中新网 "6月18日電"; "2020年12月" + "歷時6個月" fix 2021)
# JH = "金华市"
# docs.append(dict(doc_id="BJ15", published="2021-06-18", facts=[
#     F("suspects_arrested", 452, "警方共抓獲窩點(diǎn)人員452名", ZJ, JH),
#     F("money_involved", 25000000, "涉案資金已超2500萬元", ZJ, JH, q="at_least"),
#     F("money_involved", 157000000, "案值1.57億元", ZJ, JH),
# ], campaigns=[]))

# BJ16 广州 越秀 境外诈骗推广引流团伙 (no page date; "今年5月底"/"7月26日"; 净网2021)
docs.append(dict(doc_id="BJ16", published=None, facts=[
    F("suspects_arrested", 18, "抓获18名犯罪嫌疑人", GD, "广州市", "越秀区", camp=JW21),
    F("cards_seized", 2400, "查获境内外手机卡2400多张", GD, "广州市", "越秀区", q="at_least", camp=JW21),
], campaigns=[C(JW21, start="2021")]))

# BJ17 浙江省 断卡 新闻发布会 + 温岭 "懒人支付" 专案 (币圈 site copy, "11月25日" without a year)
TZ = "台州市"; WL = "温岭市"; LR = "懒人支付"
docs.append(dict(doc_id="BJ17", published=None, facts=[
    F("gangs_busted", 240, "全省共打掉涉“两卡”黑灰产团伙240个", ZJ, camp=DK),
    F("suspects_arrested", 3890, "抓获涉“两卡”犯罪嫌疑人3890人", ZJ, camp=DK),
    F("cards_seized", 13318, "查获银行卡13318张", ZJ, camp=DK),
    F("cards_seized", 180000, "手机卡18万余张", ZJ, q="at_least", camp=DK),
    F("money_involved", 1000000000, "涉案10多亿元", ZJ, TZ, WL, q="at_least", camp=LR),
    F("dens_destroyed", 6, "共捣毁“跑分”平台窝点6个", ZJ, TZ, WL, camp=LR),
    F("suspects_arrested", 134, "涉嫌帮助信息网络犯罪活动罪嫌疑人134名", ZJ, TZ, WL, camp=LR),
    F("cards_seized", 500, "银行卡500余张", ZJ, TZ, WL, q="at_least", camp=LR),
    F("cards_seized", 300, "手机卡300余张", ZJ, TZ, WL, q="at_least", camp=LR),
], campaigns=[C(DK), C(LR, kind="case")]))

# BJ18 江门 打击整治养老诈骗专项行动 (江门日报 via 读特, "2022-08-05 11:14"; "截至7月下旬")
JM = "江门市"; YL = "打击整治养老诈骗专项行动"
docs.append(dict(doc_id="BJ18", published="2022-08-05", facts=[
    F("cases_solved", 57, "全市共侦破涉养老诈骗案件57起", GD, JM, camp=YL),
    F("suspects_arrested", 185, "抓获犯罪嫌疑人185名", GD, JM, camp=YL),
    F("gangs_busted", 14, "打掉犯罪团伙14个", GD, JM, camp=YL),
    F("money_frozen", 33700000, "冻结涉案资金3370余万元", GD, JM, q="at_least", camp=YL),
], campaigns=[C(YL)]))

# BJ19 淄博 淄川分局 红包引流团伙 (齐鲁网 via 中国网山东 "发布时间:2021-09-23"; truncated)
ZB = "淄博市"; ZC = "淄川区"; D817 = ("2021-08-17", "2021-08-17")
docs.append(dict(doc_id="BJ19", published="2021-09-23", facts=[
    F("suspects_arrested", 32, "一举抓获犯罪嫌疑人32人", SD, ZB, ZC),
    F("money_frozen", 200000, "起获现金赃款20余万元", SD, ZB, ZC, q="at_least"),
    F("suspects_arrested", 12, "当场抓获犯罪嫌疑人12名", SD, ZB, ZC, *D817),
    F("cards_seized", 25, "银行卡25张", SD, ZB, ZC, *D817),
    F("money_frozen", 160000, "起获现金赃款16余万元", SD, ZB, ZC, *D817, q="at_least"),
], campaigns=[]))

# BJ20 连云港 海州 黑灰产团伙 (现代快报 e-paper text, no dateline; "净网2020" fixes 2020 for 8月27日)
LYG = "连云港市"; HZ = "海州区"; JW20 = "净网2020"; D827 = ("2020-08-27", "2020-08-27")
docs.append(dict(doc_id="BJ20", published=None, facts=[
    F("gangs_busted", 2, "海州警方打掉两个帮助信息网络犯罪的“黑灰产”团伙", JS, LYG, HZ, *D827, camp=JW20),
    F("suspects_arrested", 16, "抓获犯罪嫌疑人16人", JS, LYG, HZ, *D827, camp=JW20),
    F("money_involved", 7000000, "涉案金额700余万元", JS, LYG, HZ, q="at_least", camp=JW20),
    F("victim_loss", 14000, "海州秦女士被人以炒外汇的名义骗走1.4万元", JS, LYG, HZ),
], campaigns=[C(JW20, start="2020")]))

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
