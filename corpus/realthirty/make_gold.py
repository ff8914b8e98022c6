"""Hand-made gold for realthirty (AF01-AF13; written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

SD = "山东省"; GX = "广西壮族自治区"; SN = "陕西省"; FJ = "福建省"; AH = "安徽省"; JS = "江苏省"
HI = "海南省"; GS = "甘肃省"

docs = []

# AF01 菏泽 鲁西新区 (菏泽日报; no page date, "6月29日/7月4日/7月9日" without a year)
docs.append(dict(doc_id="AF01", published=None, facts=[
    F("suspects_arrested", 29, "再抓29名“帮信”嫌犯", SD, "菏泽市"),
], campaigns=[]))

# AF02 公安部 2017 national (Traditional mirror of 法制日报, doubled commas; "12月24日訊", headline fixes 2017)
P17 = ("2017-01-01", "2017-12-24")
docs.append(dict(doc_id="AF02", published="2017-12-24", facts=[
    F("cases_solved", 78000, "共破獲電信網(wǎng)絡詐騙案件7.8萬起", None, None, None, *P17),
    F("money_frozen", 1360000000, "共收繳贓款,、贓物價值人民幣13.6億元", None, None, None, *P17),
    F("money_frozen", 10380000000, "止付、凍結涉案資金103.8億元", None, None, None, *P17),
    F("cases_filed", 537000, "共立電信網(wǎng)絡詐騙案件53.7萬起", None, None, None, *P17),
    F("dens_destroyed", 128, "成功搗毀境外電信網(wǎng)絡詐騙犯罪窩點128個", None, None, None, *P17),
    F("suspects_arrested", 1014, "抓獲并押解帶回犯罪嫌疑人1014名", None, None, None, *P17),
    F("cases_solved", 5000, "破獲案件5000多起", None, None, None, *P17, q="at_least"),
], campaigns=[]))

# AF03 广西 自治区公安厅 (网易 copy of 广西日报; no date, "今年以来")
docs.append(dict(doc_id="AF03", published=None, facts=[
    F("money_stopped", 785000000, "成功止付涉案资金7.85亿元", GX),
    F("people_dissuaded", 1430000, "预警劝阻潜在受骗群体143万人次", GX),
    F("money_recovered", 55100000, "避免群众经济损失5510万余元", GX, q="at_least"),
], campaigns=[]))

# AF04 渭南市公安局 答复民盟建议 (government disclosure page, no date, "2023年以来" open-ended)
WN = "渭南市"
docs.append(dict(doc_id="AF04", published=None, facts=[
    F("cases_solved", 4595, "全市共破获电信网络诈骗案件4595起", SN, WN),
    F("suspects_arrested", 7696, "抓获犯罪嫌疑人7696人", SN, WN),
    F("money_recovered", 20615400, "返还群众被骗资金2061.54万元", SN, WN),
], campaigns=[C("云剑"), C("断卡·猎鼠"), C("断流")]))

# AF05 安康 宁陕县 跑分团伙 (no page date; "2023年1月10日" is the start of the inquiry)
docs.append(dict(doc_id="AF05", published=None, facts=[
    F("suspects_arrested", 13, "抓获13名犯罪嫌疑人", SN, "安康市", "宁陕县"),
    F("accounts_frozen", 20, "冻结扣押涉案银行卡20余张", SN, "安康市", "宁陕县", q="at_least"),
    F("money_involved", 1500000, "洗转违法犯罪资金150余万元", SN, "安康市", "宁陕县", q="at_least"),
], campaigns=[]))

# AF06 福州 台江分局 洗钱团伙 (Traditional spam mirror of 新华社 "4月18日電", no year)
FZ = "福州市"; TJ = "台江区"
docs.append(dict(doc_id="AF06", published=None, facts=[
    F("money_involved", 30000000, "涉案金額3000余萬(wàn)元", FJ, FZ, TJ, q="at_least"),
    F("suspects_arrested", 12, "抓獲犯罪嫌疑人12名", FJ, FZ, TJ),
    F("suspects_arrested", 10, "現(xiàn)場(chǎng)抓獲劉某等10名犯罪嫌疑人", FJ, FZ, TJ),
    F("suspects_arrested", 2, "另外兩名犯罪嫌疑人也很快到案", FJ, FZ, TJ),
    F("money_frozen", 400000, "查獲現(xiàn)金40余萬(wàn)元", FJ, FZ, TJ, q="at_least"),
    F("cards_seized", 91, "銀行卡91張", FJ, FZ, TJ),
], campaigns=[]))

# AF07 三明 沙县分局 跑分团伙 (Traditional mirror of 东南网 "11月7日訊"; "2024年11月4日" fixes the year)
SM = "三明市"; SX = "沙县区"
docs.append(dict(doc_id="AF07", published="2024-11-07", facts=[
    F("suspects_arrested", 12, "抓獲犯罪嫌疑人12名", FJ, SM, SX, "2024-11-04", "2024-11-04"),
    F("money_involved", 10000000, "涉案金額超過1000萬人民幣", FJ, SM, SX, q="at_least"),
    F("suspects_detained", 12, "12名犯罪嫌疑人均已經(jīng)被刑事拘留", FJ, SM, SX),
], campaigns=[]))

# AF08 黄山 歙县 跑分团伙 (Traditional 大皖新闻 "12月5日", no year)
HS = "黄山市"; SHE = "歙县"
docs.append(dict(doc_id="AF08", published=None, facts=[
    F("suspects_arrested", 4, "抓獲嫌疑人4名", AH, HS, SHE),
    F("money_involved", 1000000, "查明涉案資金100余萬元", AH, HS, SHE, q="at_least"),
    F("suspects_arrested", 3, "一舉將3人抓獲歸案", AH, HS, SHE),
], campaigns=[]))

# AF09 连云港 断卡 (Traditional spam mirror of 连网; "記者26日", no month or year; image names carry 20210228)
LYG = "连云港市"; DK = "断卡行动"
docs.append(dict(doc_id="AF09", published=None, facts=[
    F("accounts_frozen", 7267, "已止付凍結(jié)賬戶7267個", JS, LYG, camp=DK),
    F("money_involved", 270000000, "涉案金額2.7億元", JS, LYG, camp=DK),
    F("cases_solved", 105, "破獲“兩卡”案件105余起", JS, LYG, q="at_least", camp=DK),
    F("dens_destroyed", 16, "搗毀窩點16個", JS, LYG, camp=DK),
    F("suspects_arrested", 202, "共抓獲犯罪嫌疑人202名", JS, LYG, camp=DK),
    F("suspects_arrested", 17, "抓獲犯罪嫌疑人17人", JS, LYG),
    F("money_involved", 120000000, "涉案資金1.2億元", JS, LYG),
], campaigns=[C(DK)]))

# AF10 海南 "雷霆一号" 集中收网 (中新网 "12月5日电", "11月13日至28日", no year in the text)
LT = "雷霆一号"
docs.append(dict(doc_id="AF10", published=None, facts=[
    F("gangs_busted", 25, "打掉电信网络诈骗团伙25个", HI, camp=LT),
    F("dens_destroyed", 10, "端掉窝点10个", HI, camp=LT),
    F("cases_solved", 863, "破获电信网络诈骗案件863起", HI, camp=LT),
    F("suspects_arrested", 181, "抓获犯罪嫌疑人181名", HI, camp=LT),
    F("money_frozen", 1718103, "查封扣押冻结涉案资金171.8103万元", HI, camp=LT),
], campaigns=[C(LT)]))

# AF11 酒泉 "1·14" 特大电信诈骗案纪实 (甘肃农民报, stamp 2019-03-29; truncated)
C114 = "1·14"
docs.append(dict(doc_id="AF11", published="2019-03-29", facts=[
    F("victim_loss", 230000, "被骗23万多元人民币", GS, "酒泉市", "肃州区", q="at_least", camp=C114),
], campaigns=[C(C114, kind="case", start="2019-01-14")]))

# AF12 厦门市反诈骗中心揭牌 (Traditional spam mirror; "昨天上午", "自7月1日試運行以來", no year)
XM = "厦门市"
docs.append(dict(doc_id="AF12", published=None, facts=[
    F("cases_solved", 34, "已成功破獲34起虛假信息詐騙案件", FJ, XM),
    F("money_stopped", 1528000, "止付金額達152.8萬元", FJ, XM),
], campaigns=[]))

# AF13 泉州 石狮市公安局 新闻发布会 (泉州市公安局 site, "时间:2021-04-23"; excerpt cut at "追回赃款逾305")
docs.append(dict(doc_id="AF13", published="2021-04-23", facts=[
    F("people_dissuaded", 7755, "今年已累计劝阻高危被骗人员7755人", FJ, "泉州市", "石狮市", "2021-01-01", "2021-04-23"),
], campaigns=[C("百日千人进万家")]))

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
