"""Hand-made gold for realfortyseven (AW01-AW11; written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

CQ = "重庆市"; BJ = "北京市"; SD = "山东省"; FJ = "福建省"; NX = "宁夏回族自治区"; SX = "山西省"
ZJ = "浙江省"; AH = "安徽省"; HN = "湖南省"

docs = []

# AW01 重庆 渝北区公安分局 "刷信誉" 网络诈骗案 (Traditional, 国际在线重庆频道 big5, stamp 2018-12-08)
JW18 = "净网2018"
docs.append(dict(doc_id="AW01", published="2018-12-08", facts=[
    F("suspects_arrested", 10, "跨省抓獲犯罪嫌疑人十余人", CQ, CQ, "渝北区", q="at_least", camp=JW18),
    F("money_involved", 1260000, "涉案金額高達126萬元", CQ, CQ, "渝北区", camp=JW18),
    F("victim_loss", 2800, "支付了2800元", CQ, CQ, "渝北区"),
    F("money_involved", 600000, "涉及金額達60余萬元", CQ, CQ, "渝北区", q="at_least"),
], campaigns=[C(JW18, start="2018")]))

# AW02 北京 丰台警方 刷单骗取平台补贴 (Traditional mirror with odd variant characters; no page date)
HW = "捍卫·2024春夏平安行动"
docs.append(dict(doc_id="AW02", published=None, facts=[
    F("suspects_detained", 61, "61名詐騙犯罪嫌疑人被刑事拘畱", BJ, BJ, "丰台区", camp=HW),
    F("money_involved", 5000000, "非法獲取平台補貼款500餘萬元", BJ, BJ, "丰台区", q="at_least"),
], campaigns=[C(HW, start="2024")]))

# AW03 淄博 高青县公安局 拦截送钱现金 (中国报道网, "发布时间:2025-08-25", "近日")
docs.append(dict(doc_id="AW03", published="2025-08-25", facts=[
    F("money_stopped", 30000, "成功拦截止损3万余元", SD, "淄博市", "高青县", q="at_least"),
], campaigns=[]))

# AW04 泉州 德化县公安局 深山收网 (spam company site, "发表时间:2026-01-09"; excerpt cut before the arrest)
docs.append(dict(doc_id="AW04", published="2026-01-09", facts=[
    F("suspects_arrested", 3, "抓获3名涉嫌网络通信诈骗人员", FJ, "泉州市", "德化县"),
], campaigns=[]))

# AW05 福建省公安厅 打击整治养老诈骗专项行动 (Traditional spam mirror; "自今年4月", "截至8月底", no year)
YL = "打击整治养老诈骗专项行动"
docs.append(dict(doc_id="AW05", published=None, facts=[
    F("cases_solved", 1258, "共破獲養老詐騙案件1258起", FJ, camp=YL),
    F("money_recovered", 199000000, "追贓挽損折合人民幣超1.99億元", FJ, q="at_least", camp=YL),
    F("money_involved", 20000000, "涉案金額2000余萬元", FJ, "三明市", q="at_least"),
], campaigns=[C(YL)]))

# AW06 公安部 部署打击整治养老诈骗专项行动 (Traditional mirror of 新华网, stamp 2022-04-20, "4月19日電")
docs.append(dict(doc_id="AW06", published="2022-04-20", facts=[
    F("cases_solved", 4500, "共破獲養(yǎng)老詐騙案件4500余起", None, q="at_least"),
    F("suspects_arrested", 11000, "抓獲犯罪嫌疑人1.1萬余名", None, q="at_least"),
], campaigns=[C(YL, start="2022-04-19")]))

# AW07 固原 西吉县公安局 贷款诈骗 追回1.5万 (宁夏法治报; "9月16日", "今年6月3日", no year)
docs.append(dict(doc_id="AW07", published=None, facts=[
    F("victim_loss", 15000, "被骗1.5万元", NX, "固原市", "西吉县"),
    F("money_recovered", 15000, "追回了孟先生被骗的1.5万元", NX, "固原市", "西吉县"),
], campaigns=[]))

# AW08 山西省公安厅 大数据抄底 网络电信诈骗窝点 (Traditional; "截至6月25日", "清源一号/二号", no year)
docs.append(dict(doc_id="AW08", published=None, facts=[
    F("suspects_arrested", 486, "共查獲涉案犯罪嫌疑人486名", SX),
    F("dens_destroyed", 229, "打掉窩點229個", SX),
    F("gangs_busted", 105, "搗毀團伙105個", SX),
    F("cards_seized", 657, "查扣銀行卡657張", SX),
    F("cards_seized", 1083, "手機卡1083張", SX),
    F("money_frozen", 6080000, "收繳贓款贓物608萬元", SX),
], campaigns=[C("清源一号"), C("清源二号")]))

# AW09 浙江省公安厅 新闻发布会 (spam Q&A page copying 中新网 "12月24日电", "今年来", no year; no address)
docs.append(dict(doc_id="AW09", published=None, facts=[
    F("dens_destroyed", 1325, "打击涉诈窝点1325个", ZJ),
    F("dens_destroyed", 1185, "涉诈黑灰产窝点1185个", ZJ),
    F("money_recovered", 1480000000, "追赃14.8亿元", ZJ),
], campaigns=[]))

# AW10 芜湖 弋江公安分局 涉案财物集中返还 (安徽网/大皖, "6月30日上午", no year)
docs.append(dict(doc_id="AW10", published=None, facts=[
    F("suspects_arrested", 38, "其中电信网络诈骗犯罪嫌疑人38人", AH, "芜湖市", "弋江区"),
], campaigns=[C("守护平安—春雷行动"), C("云剑行动")]))

# AW11 湘潭 湘乡市公安局 线上返赃会 (中国湘乡网 "9月21日讯", "今年7月22日", no year; no address)
XX = "湘潭市"; XXS = "湘乡市"
docs.append(dict(doc_id="AW11", published=None, facts=[
    F("money_recovered", 17340000, "拿回1734万多元的被骗款", HN, XX, XXS, q="at_least"),
    F("money_recovered", 16005000, "收到了1600.5万元赃款", HN, XX, XXS),
    F("victim_loss", 20000000, "以帮助移民新加坡为由诈骗2000万元", HN, XX, XXS),
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
