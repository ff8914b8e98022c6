"""Hand-made gold for realfiftyeight (BH01-BH17; written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

GX = "广西壮族自治区"; SC = "四川省"; FJ = "福建省"; HA = "河南省"; BJ = "北京市"; CQ = "重庆市"
SH = "上海市"; AH = "安徽省"

docs = []

# BH01 柳州 鹿寨县公安局 ETC 钓鱼短信 (IT之家 "4 月 23 日消息"; "2022 年 2 月初" fixes the year; spaces around numbers)
LZ = "柳州市"; LZX = "鹿寨县"
docs.append(dict(doc_id="BH01", published="2022-04-23", facts=[
    F("victim_loss", 7000, "卡内 7000 余元被转走", GX, LZ, LZX, q="at_least"),
    F("suspects_arrested", 4, "抓获 4 名犯罪嫌疑人", GX, LZ, LZX),
    F("cards_seized", 20, "20 余张涉案银行卡", GX, LZ, LZX, q="at_least"),
], campaigns=[]))

# BH02 四川 巴中警方 ETC 诈骗 (汽车之家转央视财经, "时间:2021-05-31")
BZ = "巴中市"
docs.append(dict(doc_id="BH02", published="2021-05-31", facts=[
    F("suspects_arrested", 22, "抓获22名犯罪嫌疑人", SC, BZ),
    F("money_frozen", 2900000, "扣押赃款290多万元", SC, BZ, q="at_least"),
], campaigns=[]))

# BH03 漳州开发区 石坑边防所 + 开发区公安分局 紧急止付 100万 (繁体 台海网 "4月3日訊", no year)
ZZ = "漳州市"
docs.append(dict(doc_id="BH03", published=None, facts=[
    F("victim_loss", 1000000, "剛剛被人騙了100萬元", FJ, ZZ),
    F("money_recovered", 1000000, "追回了100萬元巨款", FJ, ZZ),
], campaigns=[]))

# BH04 全国 打击整治民族资产解冻类诈骗 2022 (益阳市公安局网站转公安部稿, no page date) + 广西 源头整治
P22 = ("2022-01-01", "2022-12-31")
docs.append(dict(doc_id="BH04", published=None, facts=[
    F("cases_solved", 330, "共破获案件330余起", None, None, None, *P22, q="at_least"),
    F("gangs_busted", 170, "打掉犯罪团伙170余个", None, None, None, *P22, q="at_least"),
    F("money_involved", 2670000000, "涉案金额26.7亿元", None, None, None, *P22),
    F("cases_solved", 100, "共破获案件100余起", GX, q="at_least"),
    F("gangs_busted", 60, "打掉团伙60余个", GX, q="at_least"),
], campaigns=[C("养老育小", kind="case"), C("天心玺", kind="case")]))

# BH05 河南 "雷霆5号" 民族资产解冻类诈骗收网 (大河报 2019-04-10; 3月5日至3月28日)
LT5 = "雷霆5号"; PL = ("2019-03-05", "2019-03-28"); PSQ = ("2019-03-20", "2019-03-27")
docs.append(dict(doc_id="BH05", published="2019-04-10", facts=[
    F("suspects_arrested", 524, "全省共抓获民族资产解冻类诈骗犯罪嫌疑人524人", HA, None, None, *PL, camp=LT5),
    F("suspects_arrested", 72, "广西幕后组织操纵人员72人", HA, None, None, *PL, camp=LT5),
    F("suspects_arrested", 452, "抓获各层级代理人452人", HA, None, None, *PL, camp=LT5),
    F("money_involved", 370000000, "涉案资金3.7亿元", HA, None, None, *PL, camp=LT5),
    F("money_frozen", 60860000, "查扣、收缴赃款、赃物6086万元", HA, None, None, *PL, camp=LT5),
    F("suspects_arrested", 116, "共抓获嫌疑人116人", HA, "郑州市", None, *PL, camp=LT5),
    F("suspects_arrested", 78, "共抓获犯罪嫌疑人78人", HA, "商丘市", None, *PSQ, camp=LT5),
    F("money_frozen", 4000000, "冻结涉案资金400余万元", HA, "商丘市", None, *PSQ, q="at_least", camp=LT5),
    F("money_frozen", 700000, "现金70万元", HA, "商丘市", None, *PSQ, camp=LT5),
    F("suspects_arrested", 25, "共抓获犯罪嫌疑人25名", HA, "信阳市", None, *PL, camp=LT5),
], campaigns=[C(LT5, start="2019-03-05", end="2019-03-28")]))

# BH06 北京铁路公安处刑警支队 2021 (中新网 "北京1月10日电", "第二个中国人民警察节" = 2022; widget dates 2024 ignored)
P21 = ("2021-01-01", "2021-12-31")
docs.append(dict(doc_id="BH06", published="2022-01-10", facts=[
    F("cases_solved", 12, "已破获电信诈骗案件12起", BJ, BJ, None, *P21),
    F("suspects_arrested", 32, "抓获犯罪嫌疑人32名", BJ, BJ, None, *P21),
    F("money_recovered", 150000, "返还当事人被骗资金15万元", BJ, BJ, None, *P21),
], campaigns=[]))

# BH07 福州 闽侯警方 机票改签 保住62万 (海都, no date; "6月底")
docs.append(dict(doc_id="BH07", published=None, facts=[
    F("money_recovered", 620000, "为群众保住了62万元", FJ, "福州市", "闽侯县"),
], campaigns=[]))

# BH08 成都 天府新区分局 华阳派出所 机票退票诈骗 追回90余万 (no page date; "今年5月", "2024年9月24日" cut)
CD = "成都市"
docs.append(dict(doc_id="BH08", published=None, facts=[
    F("money_recovered", 900000, "成功为受害人追回90余万元", SC, CD, q="at_least"),
    F("victim_loss", 900000, "被骗金额竟高达90万余元", SC, CD, q="at_least"),
], campaigns=[]))

# BH09 重庆 两江新区分局 虚假网购商城开店诈骗团伙 (no date; "今年3月", "5月22日")
docs.append(dict(doc_id="BH09", published=None, facts=[
    F("suspects_arrested", 85, "抓获犯罪嫌疑人85名", CQ, CQ),
    F("money_involved", 20000000, "涉案金额超2000万元", CQ, CQ, q="at_least"),
    F("dens_destroyed", 7, "查封作案窝点7个", CQ, CQ),
], campaigns=[]))

# BH10 上海 黄浦分局 口罩虚假购物黑产链 (no date; "今年2月21日", "5月23日")
docs.append(dict(doc_id="BH10", published=None, facts=[
    F("suspects_arrested", 72, "抓获犯罪嫌疑人72名", SH, SH, "黄浦区"),
    F("victim_loss", 36400, "向对方提供的银行账户转账人民币36400元", SH, SH, "黄浦区"),
], campaigns=[]))

# BH11 上海 "砺剑1号" 发布会 杨浦 虚假网购(黑发保健品) (中国微企网转警民直通车上海, 发布日期 2021-11-11)
LJ = "砺剑1号"
docs.append(dict(doc_id="BH11", published="2021-11-11", facts=[
    F("suspects_arrested", 54, "一举抓获犯罪嫌疑人54名", SH, SH, "杨浦区", camp=LJ),
    F("money_involved", 10000000, "涉案金额1000余万元", SH, SH, "杨浦区", q="at_least", camp=LJ),
], campaigns=[C(LJ)]))

# checker: texts/BH12.txt was saved again exactly as the search tool returns it (the saved copy had an extra
# "(jìn)" after 進 in "案件正在進一步審理中"); no evidence touches that spot, the facts are unchanged.
# BH12 宁德 蕉城区公安分局 口罩诈骗 (繁体, doubled commas, 宁德网 "2月12日", no year)
docs.append(dict(doc_id="BH12", published=None, facts=[
    F("money_involved", 200000, "涉案金額達20余萬元", FJ, "宁德市", "蕉城区", q="at_least"),
    F("victim_loss", 20000, "預(yù)購了價值2萬余元的口罩", FJ, "宁德市", "蕉城区", q="at_least"),
], campaigns=[]))

# BH13 马鞍山 花山分局 2020年度退赃大会 (繁体 doubled forms; "11月28日上午9時" + "2020年度"; no page date)
MAS = "马鞍山市"; HSQ = "花山区"
docs.append(dict(doc_id="BH13", published=None, facts=[
    F("money_recovered", 1130000, "113萬(wàn)現(xiàn)金", AH, MAS, HSQ, "2020-11-28", "2020-11-28"),
    F("victim_loss", 440000, "遭遇電信詐騙被騙44萬(wàn)", AH, MAS, HSQ),
], campaigns=[]))

# BH14 泉州 丰泽公安分局 冒充民警/银行客服短信诈骗 (繁体 doubled forms; "今年5月30日", "6月5日", no year)
docs.append(dict(doc_id="BH14", published=None, facts=[
    F("victim_loss", 100000, "先后被騙了10萬(wàn)余元", FJ, "泉州市", "丰泽区", q="at_least"),
    F("suspects_arrested", 4, "抓獲4名嫌疑人", FJ, "泉州市", "丰泽区"),
    F("cards_seized", 100, "100多張銀行卡", FJ, "泉州市", "丰泽区", q="at_least"),
], campaigns=[]))

# BH15 北京 海淀 四季青派出所 冒充公检法 保住200余万 (北京日报客户端 2020-01-07; "上月19日")
docs.append(dict(doc_id="BH15", published="2020-01-07", facts=[
    F("money_recovered", 2000000, "保住事主200余万元", BJ, BJ, "海淀区", "2019-12-19", "2019-12-19", q="at_least"),
], campaigns=[]))

# BH16 芜湖 繁昌县公安局 办理贷款会员诈骗团伙 (繁体 big5 gov.cn 转新华社 2018-11-30; "11月23日" 收网)
WH = "芜湖市"; FC = "繁昌区"
docs.append(dict(doc_id="BH16", published="2018-11-30", facts=[
    F("suspects_arrested", 33, "抓獲犯罪嫌疑人33名", AH, WH, FC, "2018-11-23", "2018-11-23"),
    F("victim_loss", 2999, "匯了2999元", AH, WH, FC),
    F("suspects_detained", 33, "33名犯罪嫌疑人因涉嫌詐騙罪被警方刑事拘留", AH, WH, FC),
], campaigns=[]))

# BH17 重庆市公安局 云阳 修改职业资格考试成绩诈骗团伙 (繁体 中新网 "7月25日電", no year; cut)
docs.append(dict(doc_id="BH17", published=None, facts=[
    F("dens_destroyed", 15, "搗毀作案窩點15個", CQ, CQ),
    F("money_involved", 30000000, "涉案金額3000余萬元", CQ, CQ, q="at_least"),
    F("victim_loss", 1500, "轉(zhuǎn)賬1500元", CQ, CQ, "云阳县"),
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
