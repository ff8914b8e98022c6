"""Hand-made gold for realseventyone (BU01-BU17; written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

FJ = "福建省"; HB = "湖北省"; SN = "陕西省"; JS = "江苏省"; GD = "广东省"; HN = "湖南省"; AH = "安徽省"
NX = "宁夏回族自治区"; BJ = "北京市"; TJ = "天津市"

docs = []

# BU01 公安部 涉疫情电信网络诈骗 (xrxxw 转公安部网站, page stamp 2020-07-28; "7月28日上午10时" 发布会; headline "今年以来")
Y20 = ("2020-01-01", "2020-07-28")
docs.append(dict(doc_id="BU01", published="2020-07-28", facts=[
    F("cases_solved", 16000, "破获涉疫情诈骗案件1.6万起", None, None, None, *Y20),
    F("suspects_arrested", 7506, "抓获犯罪嫌疑人7506名", None, None, None, *Y20),
], campaigns=[]))

# BU02 安康 白河县公安局 锦旗 + 2021年发案 (安康市公安局网站, "8月24日" without a year)
docs.append(dict(doc_id="BU02", published=None, facts=[
    F("cases_filed", 130, "年发电诈案件130余起", SN, "安康市", "白河县", "2021-01-01", "2021-12-31", q="at_least"),
], campaigns=[]))

# BU03 连云港 东海县 反诈劝阻员获奖 (现代快报+, 时间 2023-05-28; "3 月 23 日 13 时许")
docs.append(dict(doc_id="BU03", published="2023-05-28", facts=[
    F("money_recovered", 470000, "成功阻止 47 万电诈案", JS, "连云港市", "东海县", "2023-03-23", "2023-03-23"),
], campaigns=[]))

# BU04 珠海 香洲区 反诈中心/明珠派出所 婚恋投资诈骗追赃 (no date; "7 月 21 日""10 月 2 日" without a year; truncated)
docs.append(dict(doc_id="BU04", published=None, facts=[
    F("victim_loss", 50000, "在客服提供的银行账户转账 50000 元", GD, "珠海市", "香洲区"),
], campaigns=[]))

# BU05 厦门市公安局 首批"反诈能手"表彰暨发布会 (福建法治报, 2021-05-13; ceremony 5月12日)
XM = "厦门市"
docs.append(dict(doc_id="BU05", published="2021-05-13", facts=[
    F("money_recovered", 4648000, "向受骗群众返还被骗资金464.8万元", FJ, XM, None, "2021-05-12", "2021-05-12"),
    F("victim_loss", 980000, "让黄女士转账汇款98万元", FJ, XM),
    F("money_stopped", 660000, "止付被骗本金66万元", FJ, XM),
], campaigns=[]))

# BU06 深圳 龙华分局刑警大队反诈中心 (晶报/坪山新闻网, 2022-06-29; "今年以来", "2022年以来")
SZ = "深圳市"; LH = "龙华区"; Y22 = ("2022-01-01", "2022-06-29")
docs.append(dict(doc_id="BU06", published="2022-06-29", facts=[
    F("people_dissuaded", 350000, "开展反诈预警劝阻35万人次", GD, SZ, LH, *Y22),
    F("money_recovered", 28910000, "挽损金额2891万元", GD, SZ, LH, *Y22),
    F("money_stopped", 3600000000, "止付涉案金额达36亿元", GD, SZ, LH, *Y22),
    F("cases_solved", 847, "破获电信诈骗案件847宗", GD, SZ, LH, *Y22),
    F("money_recovered", 10000000, "成功为事主追回上千万元", GD, SZ, LH, *Y22, q="at_least"),
], campaigns=[]))

# BU07 荆门市公安局 反诈宣传进校园 (Traditional, big5 国际在线湖北 mirror of 湖北日报; "9月1日", "2020年以來" with no end)
docs.append(dict(doc_id="BU07", published=None, facts=[
    F("cases_filed", 661, "發生電信網絡詐騙犯罪案件661起", HB, "荆门市"),
], campaigns=[]))

# BU08 北京商报 "暑期档"诈骗 (发布时间 2023-07-03): 黄石 柯某, 宁夏 灵武市公安局
docs.append(dict(doc_id="BU08", published="2023-07-03", facts=[
    F("victim_loss", 8895, "累计汇款8895元", HB, "黄石市"),
    F("victim_loss", 60000, "在充值6万余元后", NX, "银川市", "灵武市", q="at_least"),
    F("money_recovered", 59909, "最终追回59909元", NX, "银川市", "灵武市"),
], campaigns=[]))

# BU09 暑期 学生 电诈 汇编 (Traditional with pinyin, spam header, 發布時間 2025-07-21): 怀化 溆浦县 兴隆派出所, 黄石 阳新
docs.append(dict(doc_id="BU09", published="2025-07-21", facts=[
    F("suspects_arrested", 4, "將4名犯罪嫌疑人抓獲歸案", HN, "怀化市", "溆浦县", "2025-07-03", "2025-07-03"),
    F("victim_loss", 250000, "3天被騙25萬元", HB, "黄石市", "阳新县", "2025-07-04", "2025-07-06"),
], campaigns=[]))

# BU10 徐州 睢宁县 城西派出所 网购诈骗 追赃 (我苏网, "昨天(6月4日)" without a year)
docs.append(dict(doc_id="BU10", published=None, facts=[
    F("money_recovered", 18900, "为宋先生追赃挽损18900元", JS, "徐州市", "睢宁县"),
], campaigns=[]))

# BU11 北京警方 疫情期间 (Traditional with pinyin, 法制日报 2020-03-23 15:02:37)
# checker: sources.tsv address corrected to the one the search tool returns (.../gtx/2020-03/23/content_1454115.html,
# checker: not .../gtx/2020-03-23/...); text and gold unchanged
docs.append(dict(doc_id="BU11", published="2020-03-23", facts=[
    F("cases_solved", 63, "破獲涉疫情電信網(wǎng)絡詐騙案件63起", BJ, BJ),
    F("suspects_arrested", 85, "抓獲犯罪嫌疑人85名", BJ, BJ),
    F("money_recovered", 130000000, "避免群眾財產(chǎn)損失1.3余億元", BJ, BJ, q="at_least"),
    F("victim_loss", 10000, "騙取購物款1萬余元", BJ, BJ, "海淀区", q="at_least"),
], campaigns=[]))

# checker: BU12 removed as a repeat. Its address (universityofharmony.com/c/2020-02-02/2513268.shtml) is the page that
# checker: realsixtytwo dropped as BL10, because it repeats realsixtytwo BL09 (广东警方 涉疫 round-up: the same 武汉 buyer's
# checker: 14万/14.5萬, the same two sellers caught by 深圳警方 in a 福田区 hotel on the night of 1月31日/2月1日). Text and sources.tsv row deleted.
# # BU12 武汉 新洲 口罩诈骗 武汉深圳协作 (Traditional with pinyin, 中国新闻网 2020年02月02日, "2月1日電")
# WH = "武汉市"
# docs.append(dict(doc_id="BU12", published="2020-02-02", facts=[
#     F("cases_solved", 1, "破獲一起以出售口罩為誘餌實施詐騙的案件", HB, WH, None, "2020-02-01", "2020-02-01"),
#     F("victim_loss", 145000, "支付了14.5萬元", HB, WH, None, "2020-01-27", "2020-01-30"),
#     F("suspects_arrested", 2, "吳、張二人抓獲", HB, WH, None, "2020-02-01", "2020-02-01"),
#     F("suspects_detained", 2, "兩名犯罪嫌疑人已被警方刑事拘留", HB, WH),
# ], campaigns=[]))

# BU13 莆田 城厢区 全民反诈 (棋牌站转载, 发布日期 2023-04-26; "今年来")
Y23 = ("2023-01-01", "2023-04-26")
docs.append(dict(doc_id="BU13", published="2023-04-26", facts=[
    F("people_dissuaded", 23006, "共劝阻预警23006人次", FJ, "莆田市", "城厢区", *Y23),
    F("money_recovered", 5000000, "避免群众损失500余万元", FJ, "莆田市", "城厢区", *Y23, q="at_least"),
], campaigns=[]))

# BU14 三明 宁化/大田/泰宁 夜市反诈 (Traditional, 东南网 "7月26日訊" without a year)
docs.append(dict(doc_id="BU14", published=None, facts=[
    F("money_recovered", 38000, "為羅女士及時止損38000元", FJ, "三明市", "大田县"),
], campaigns=[]))

# BU15 襄阳 襄城区 卧龙镇/卧龙派出所 (Traditional with pinyin, 荆楚网 "11月30日" without a year; "1至11月")
docs.append(dict(doc_id="BU15", published=None, facts=[
    F("cases_filed", 27, "僅發(fā)電詐案件27起", HB, "襄阳市", "襄城区"),
], campaigns=[]))

# BU16 黄山 休宁县公安局 打击整治成果展示暨退赃 (东方科普网, "6月15日" without a year; "今年年初以来")
docs.append(dict(doc_id="BU16", published=None, facts=[
    F("gangs_busted", 2, "摧毁诈骗及黑灰产业团伙2个", AH, "黄山市", "休宁县"),
    F("suspects_arrested", 104, "抓获犯罪嫌疑人104人", AH, "黄山市", "休宁县"),
], campaigns=[C("云剑"), C("断流")]))

# BU17 天津 河东分局 网络情感诈骗 (Traditional with pinyin and mojibake, "據新華社電", no date)
docs.append(dict(doc_id="BU17", published=None, facts=[
    # checker: text re-saved as the search tool returns it ("共計(jì)65萬(wàn)元", "一個(gè)深夜"); evidence follows it
    F("victim_loss", 650000, "共計(jì)65萬(wàn)元", TJ, TJ, "河东区"),
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
