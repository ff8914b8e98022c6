"""Hand-made gold for realthirtyone (AG01-AG20; written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

HE = "河北省"; GD = "广东省"; SC = "四川省"; GS = "甘肃省"; AH = "安徽省"; HB = "湖北省"; SX = "山西省"
NM = "内蒙古自治区"; HN = "湖南省"; CQ = "重庆市"; SD = "山东省"; ZJ = "浙江省"

docs = []

# AG01 河北省公安厅 发布会 (河北法制网, page stamp 2023-06-07; "6月6日讯", "今年以来")
P01 = ("2023-01-01", "2023-06-07")
docs.append(dict(doc_id="AG01", published="2023-06-07", facts=[
    F("cases_solved", 4400, "全省共破获电信网络诈骗案件4400余起", HE, None, None, *P01, q="at_least"),
    F("suspects_arrested", 16000, "抓获犯罪嫌疑人1.6万余名", HE, None, None, *P01, q="at_least"),
    F("money_recovered", 10000000, "为群众直接挽回经济损失上千万元", HE, None, None, *P01, q="at_least"),
], campaigns=[C("荣誉2023"), C("断卡行动2.0")]))

# checker: AG02 removed as a duplicate. It is the 广州市公安局 7月23日 press conference on 2025年上半年 (南方网 write-up),
# the same story as main/corpus/realtwelve F07 (中新网 "广州7月23日电", same conference, same half-year, the same
# "线上诈骗+线下取现" passage; F07 is cut just before the 2863万 figures). Text file and sources.tsv row deleted too.

# AG03 雅安市公安局 2021年 (人民公安报 on the 雅安公安 site; "发布时间:" empty -> published null)
P03 = ("2021-01-01", "2021-12-31")
YA = "雅安市"
docs.append(dict(doc_id="AG03", published=None, facts=[
    F("cases_solved", 4, "累计破获部督案件4起", SC, YA, None, *P03),
    F("cases_solved", 207, "侦破电诈案件207起", SC, YA, None, *P03),
    F("suspects_arrested", 368, "抓获犯罪嫌疑人368名", SC, YA, None, *P03),
    F("money_recovered", 4000000, "直接挽损400余万元", SC, YA, None, *P03, q="at_least"),
], campaigns=[C("百县破案")]))

# AG04 揭阳 一周电诈警情 (weekly list, "9月18日至9月24日"; the case "2021年9月19日" fixes 2021; no page date)
docs.append(dict(doc_id="AG04", published=None, facts=[
    F("accounts_frozen", 206, "冻结资金账户:206个", GD, "揭阳市", None, "2021-09-18", "2021-09-24"),
], campaigns=[]))

# AG05 甘南州 夏河县公安局 (中国甘肃网 finance channel; no page date; related-news dates do not count)
XH = ("甘南藏族自治州", "夏河县")
P05 = ("2024-01-01", "2024-12-31")
docs.append(dict(doc_id="AG05", published=None, facts=[
    F("victim_loss", 170000, "转账了高达17万余元", GS, *XH, q="at_least"),
    F("suspects_arrested", 11, "成功抓获了11名犯罪嫌疑人", GS, *XH),
    F("money_recovered", 150000, "挽回15万元的经济损失", GS, *XH),
    F("suspects_arrested", 27, "共抓获27名犯罪嫌疑人", GS, *XH, *P05),
    F("money_recovered", 340000, "为群众追赃挽损34万元", GS, *XH, *P05),
], campaigns=[]))

# AG06 淮北市公安局相山分局 ("1月21日" after the 2025-12-31 incident and "新年伊始" -> 2026-01-21)
XS = ("淮北市", "相山区")
docs.append(dict(doc_id="AG06", published="2026-01-21", facts=[
    F("money_recovered", 640000, "为群众追回损失64万余元", AH, *XS, q="at_least"),
    F("money_recovered", 190000, "为群众避免经济损失19万元", AH, *XS, "2025-12-31", "2025-12-31"),
    F("money_recovered", 1000000, "合计挽回群众财产损失100余万元", AH, *XS, q="at_least"),
    F("money_recovered", 50000, "主动退赔5万元", AH, *XS),
], campaigns=[]))

# AG07 今日头条 topic page: blurbs of several 跑分/帮信 stories (宜昌, 仙桃, 天门, 宜昌 专班, 垣曲); no page date
YC = "宜昌市"
docs.append(dict(doc_id="AG07", published=None, facts=[
    F("suspects_arrested", 50, "抓获50余名“帮信”犯罪嫌疑人", HB, YC, q="at_least"),
    F("money_involved", 100000000, "抓获50余名“帮信”犯罪嫌疑人,涉案金额过亿元", HB, YC, q="at_least"),
    F("money_involved", 100000000, "牵出四川峨眉山一个涉案金额过亿元的洗钱团伙", HB, "仙桃市", q="at_least"),
    F("money_involved", 25000000, "两个月内为诈骗集团洗钱2500余万元", HB, "天门市", q="at_least"),
    F("dens_destroyed", 4, "一举捣毁4个“跑分”窝点", HB, "天门市"),
    F("suspects_arrested", 24, "现场抓获犯罪嫌疑人24名", HB, "天门市"),
    F("suspects_arrested", 11, "包括团伙主要成员11名", HB, "天门市"),
    F("suspects_arrested", 13, "看守等其他涉案人员13名", HB, "天门市"),
    F("suspects_arrested", 33, "抓获犯罪嫌疑人33人", HB, YC),
    F("money_involved", 3000000, "涉案金额近300万元", HB, YC, q="approx"),
    F("suspects_arrested", 4, "抓获犯罪嫌疑人4人", SX, "运城市", "垣曲县"),
    F("money_involved", 15000000, "涉案金额1500余万元", SX, "运城市", "垣曲县", q="at_least"),
    F("money_involved", 2800000, "短期流水280余万元", SX, "运城市", "垣曲县", q="at_least"),
], campaigns=[]))

# AG08 咸宁 通山县公安局 跑分洗钱 (spam rewrite of 湖北日报 that writes "铜山县公安局"; "11月12日" + case from "2025年1月")
TS = ("咸宁市", "通山县")
docs.append(dict(doc_id="AG08", published="2025-11-12", facts=[
    F("suspects_arrested", 12, "抓获涉案人员12人", HB, *TS),
    F("money_involved", 270000000, "2.7亿元资金流向", HB, *TS),
], campaigns=[]))

# AG09 晋城 沁水县公安局 USDT 洗钱 (Traditional with pinyin; no date; "2023年4月1日" is when the lead was found)
QS = ("晋城市", "沁水县")
docs.append(dict(doc_id="AG09", published=None, facts=[
    F("suspects_arrested", 21, "抓獲犯罪嫌疑人21人", SX, *QS),
    F("money_frozen", 200000, "查獲現(xiàn)金20余萬(wàn)元", SX, *QS, q="at_least"),
    F("money_frozen", 1000000, "查獲USDT價(jià)值人民幣100余萬(wàn)元", SX, *QS, q="at_least"),
    F("money_involved", 380000000, "折合人民幣約3.8億余元", SX, *QS, q="approx"),
], campaigns=[]))

# AG10 通辽 科尔沁分局 虚拟货币洗钱 (Traditional with pinyin, IT之家 "12 月 11 日消息"; case from 2022-07-15, three months)
KE = ("通辽市", "科尔沁区")
docs.append(dict(doc_id="AG10", published="2022-12-11", facts=[
    F("money_involved", 12000000000, "洗錢(qián) 120 億", NM, *KE),
    F("suspects_arrested", 63, "抓捕犯罪嫌疑人 63 名", NM, *KE),
    F("money_frozen", 32000000, "扣押涉案現(xiàn)金 3200 萬(wàn)元", NM, *KE),
    F("money_frozen", 75000000, "數(shù)字貨幣價(jià)值人民幣 7500 余萬(wàn)元", NM, *KE, q="at_least"),
    F("money_frozen", 5000000, "凍結(jié)涉案資金 500 余萬(wàn)元", NM, *KE, q="at_least"),
    F("money_frozen", 130000000, "收繳違法所得約 1.3 億元", NM, *KE, q="approx"),
    F("money_involved", 10000000, "月流水交易量 1000 余萬(wàn)元", NM, *KE, q="at_least"),
], campaigns=[]))

# AG11 河源 源城公安分局 GOIP 窝点 (中新网 "5月24日电", no year stated; operation names carry 2021)
YCQ = ("河源市", "源城区")
docs.append(dict(doc_id="AG11", published=None, facts=[
    F("dens_destroyed", 2, "成功端掉两个利用GOIP设备实施电信网络诈骗犯罪窝点", GD, *YCQ),
    F("suspects_arrested", 11, "抓获犯罪嫌疑人11名", GD, *YCQ),
    F("suspects_arrested", 7, "林某南(男,饶平县人)等7名犯罪嫌疑人", GD, *YCQ),
], campaigns=[C("网安2021"), C("飓风2021")]))

# AG12 岳阳 汨罗市公安局 简易组网GOIP (no date, "6月8日")
docs.append(dict(doc_id="AG12", published=None, facts=[
    F("suspects_arrested", 3, "现场抓获犯罪嫌疑人3人", HN, "岳阳市", "汨罗市"),
], campaigns=[]))

# AG13 重庆 潼南区公安局 GOIP (WeChat-style line breaks, "12月14日", no year; "冬季行动")
TN = ("重庆市", "潼南区")
DJ = "冬季行动"
docs.append(dict(doc_id="AG13", published=None, facts=[
    F("suspects_arrested", 2, "抓获犯罪嫌疑人2名", CQ, *TN, camp=DJ),
    F("cards_seized", 38, "电话卡38张", CQ, *TN, camp=DJ),
], campaigns=[C(DJ)]))

# AG14 武汉 江岸区分局 GOIP (学报 site repost of 新华社客户端 "武汉6月26日电", stamp 2021-06-26)
JA = ("武汉市", "江岸区")
docs.append(dict(doc_id="AG14", published="2021-06-26", facts=[
    F("dens_destroyed", 2, "成功端掉两处隐藏电信诈骗设备的窝点", HB, *JA),
    F("suspects_arrested", 1, "抓获涉嫌电信诈骗的嫌疑人1名", HB, *JA, "2021-06-16", "2021-06-16"),
], campaigns=[]))

# AG15 咸宁 通城县公安局 跑分团伙 (云上通城; no page date; "2023年12月底" is when the lead came in)
TC = ("咸宁市", "通城县")
docs.append(dict(doc_id="AG15", published=None, facts=[
    F("suspects_arrested", 7, "抓获该团伙主要犯罪嫌疑人7人", HB, *TC),
    F("cards_seized", 20, "银行卡20余张", HB, *TC, q="at_least"),
    F("money_involved", 4000000, "涉案金额近400万元", HB, *TC, q="approx"),
    F("money_involved", 190000, "金额高达19万多元", HB, *TC, q="at_least"),
], campaigns=[]))

# AG16 淄博 柳泉分局 倒卖银行卡 (央视新闻 repost, "去年9月", no year)
docs.append(dict(doc_id="AG16", published=None, facts=[
    F("suspects_arrested", 97, "共抓获犯罪嫌疑人97人", SD, "淄博市"),
    F("money_involved", 1300000000, "初步查证涉案资金流水超13亿元", SD, "淄博市", q="at_least"),
    F("money_involved", 100000000, "交易额在一个月时间内高达1亿多元", SD, "淄博市", q="at_least"),
], campaigns=[]))

# AG17 长江航运公安局安庆分局 枞阳派出所 跑分 (Traditional with pinyin, 大皖新闻; "今年8月14日", no year)
docs.append(dict(doc_id="AG17", published=None, facts=[
    F("victim_loss", 40000, "受害人費某被電信詐騙4萬余元", AH, "安庆市", q="at_least"),
    F("cards_seized", 2, "銀行卡2張", AH, "安庆市"),
    F("suspects_detained", 2, "2名犯罪嫌疑人對犯罪事實供認(rèn)不諱,已被依法刑事拘留", AH, "安庆市"),
], campaigns=[]))

# AG18 嘉兴 嘉善县公安局 取款手 (南湖晚报 公安周刊 epaper; no date in the text; cut at "4名犯罪")
docs.append(dict(doc_id="AG18", published=None, facts=[
    F("money_recovered", 210000, "21万余元现金全部追回", ZJ, "嘉兴市", "嘉善县", q="at_least"),
], campaigns=[]))

# AG19 兰州 七里河分局 网约车截获现金 (中国甘肃网 stamp 2025-03-04; incident 2月25日)
docs.append(dict(doc_id="AG19", published="2025-03-04", facts=[
    F("money_stopped", 80000, "截获8万元诈骗款", GS, "兰州市", "七里河区", "2025-02-25", "2025-02-25"),
], campaigns=[]))

# AG20 张家界 永定派出所 跑分团伙 (张家界新闻网; "2月21日", no year; "自2021年10月底以来")
YD = ("张家界市", "永定区")
docs.append(dict(doc_id="AG20", published=None, facts=[
    F("suspects_arrested", 9, "抓获9名涉嫌帮助信息网络犯罪活动人员", HN, *YD),
    F("suspects_arrested", 4, "余某虎(陕西省人)4名嫌疑人", HN, *YD),
    F("money_involved", 10000000, "涉案流水金额达1000万余元", HN, *YD, q="at_least"),
    F("suspects_detained", 9, "9名嫌疑人因涉嫌帮助信息网络犯罪活动罪已被公安机关依法刑事拘留", HN, *YD),
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
