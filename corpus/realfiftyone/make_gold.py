"""Hand-made gold for realfiftyone (BA01-BA14; written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

ZJ = "浙江省"; GD = "广东省"; YN = "云南省"; HB = "湖北省"; HE = "河北省"; FJ = "福建省"; SX = "山西省"

docs = []

# BA01 宁波 一周发案地图 (宁波晚报 2021-04-26; "4月17日至23日"; figures for streets -> their district)
NB = "宁波市"; BL = "北仑区"; W1 = ("2021-04-17", "2021-04-23")
docs.append(dict(doc_id="BA01", published="2021-04-26", facts=[
    F("cases_filed", 32, "北仑新碶街道一周发案数量依然居榜首,多达32起", ZJ, NB, BL, *W1),
    F("cases_filed", 23, "杭州湾中心城区挤掉鄞州中河街道,排名第二,发案23起", ZJ, NB, None, *W1),
    F("people_dissuaded", 647, "劝阻人数遥遥领先,高达647人", ZJ, NB, BL, *W1),
    F("people_dissuaded", 409, "其次是北仑大碶街道,409人", ZJ, NB, BL, *W1),
], campaigns=[]))

# BA02 澳门 力報 粤澳合作 (繁体, 页面 "29/03/2017"; 广东省公安厅组织多市 "本月下旬" 行动)
docs.append(dict(doc_id="BA02", published="2017-03-29", facts=[
    F("dens_destroyed", 90, "搗被90多個電話詐騙巢穴", GD, q="at_least"),
    F("suspects_arrested", 450, "拘捕450多名涉案內地人士", GD, q="at_least"),
    F("money_involved", 10000000, "涉案金額超過人民幣1,000萬元", GD, q="at_least"),
], campaigns=[]))

# BA03 广州 2025年上半年 "线下取现" (南方网稿转载, "时间:2025-07-24")
GZ = "广州市"; H25 = ("2025-01-01", "2025-06-30")
docs.append(dict(doc_id="BA03", published="2025-07-24", facts=[
    F("money_stopped", 28630000, "广州警方成功拦截准备交付的现金2863万元", GD, GZ, None, *H25),
    F("money_stopped", 2690000, "黄金2683克(价值约269万元)", GD, GZ, None, *H25, q="approx"),
    F("suspects_arrested", 130, "抓获犯罪嫌疑人130余名", GD, GZ, None, *H25, q="at_least"),
], campaigns=[]))

# BA04 昆明 五华分局 警银联动 (无年份, "11月10日")
docs.append(dict(doc_id="BA04", published=None, facts=[
    F("money_stopped", 1200000, "120余万元涉案资金成功拦截", YN, "昆明市", "五华区", q="at_least"),
], campaigns=[]))

# BA05 昆明市反诈中心 "全国网络普法行·云南站" (光明网 2024-08-23, "8月22日")
KM = "昆明市"
docs.append(dict(doc_id="BA05", published="2024-08-23", facts=[
    F("victim_loss", 9000, "昆明的李女士被诈骗了9000多元", YN, KM, None, "2024-08-22", "2024-08-22", q="at_least"),
    F("money_recovered", 28000000, "“夏季行动”以来,昆明市共追赃挽损2800余万元", YN, KM, q="at_least", camp="夏季行动"),
], campaigns=[C("夏季行动")]))

# BA06 浙江省公安厅 2017年 (繁体转载, "4月27日" + "去年" + "2017年全省公安機關" -> 2018-04-27)
Y17 = ("2017-01-01", "2017-12-31")
docs.append(dict(doc_id="BA06", published="2018-04-27", facts=[
    F("cases_filed", 80200, "去年全省共受理此類案件8.02萬起", ZJ, None, None, *Y17),
    F("cases_solved", 42200, "共破獲通訊網路新型犯罪案件4.22萬起", ZJ, None, None, *Y17),
    F("suspects_detained", 14800, "刑事拘留通訊網路新型犯罪嫌疑人1.48萬人", ZJ, None, None, *Y17),
    F("money_recovered", 70000000, "止損7000余萬元", ZJ, None, None, *Y17, q="at_least"),
], campaigns=[]))

# BA07 茂名市反诈骗中心 7年 (繁体+拼音注音, 中新网广东 2023-07-10)
MM = "茂名市"; D0717 = ("2021-07-17", "2021-07-17")
docs.append(dict(doc_id="BA07", published="2023-07-10", facts=[
    F("money_recovered", 55790000, "7年間共為事主挽回直接經(jīng)濟(jì)損失5579萬(wàn)元", GD, MM),
    F("people_dissuaded", 55528, "上門預(yù)警勸阻55528人次", GD, MM),
    F("people_dissuaded", 3068400, "累計(jì)勸阻潛在被騙事主306.84萬(wàn)多人次", GD, MM, q="at_least"),
    F("victim_loss", 4830000, "騙走483萬(wàn)元", GD, MM, None, *D0717),
    F("money_stopped", 304000, "止付到30.4萬(wàn)元", GD, MM, None, *D0717),
    F("money_stopped", 3625000, "止付涉案金額362.5萬(wàn)元", GD, MM),
], campaigns=[]))

# BA08 武汉 青山分局 工人村派出所 ("-2026- 01/21" 页戳)
WH = "武汉市"; QS = "青山区"
docs.append(dict(doc_id="BA08", published="2026-01-21", facts=[
    F("money_recovered", 240000, "青山警方跨两省攻坚一年为群众挽损24万元", HB, WH, QS),
    F("money_recovered", 180000, "近18万元损失得以挽回", HB, WH, QS, q="approx"),
    F("victim_loss", 600000, "累计投入资金达60万元", HB, WH, QS),
    F("suspects_arrested", 2, "成功抓获甘某、宋某辉两名嫌疑人", HB, WH, QS),
], campaigns=[]))

# BA09 广州 (繁体, 包养垃圾词插入; 羊城晚报 "4月6日", "本年以來" 无年份)
docs.append(dict(doc_id="BA09", published=None, facts=[
    F("people_dissuaded", 80000, "勸止潛伏上當群眾8萬多人", GD, GZ, q="at_least"),
    F("money_stopped", 106000000, "勝利止付上當資金跨包養網 越1.06億元", GD, GZ, q="at_least"),
], campaigns=[]))

# BA10 河北 "净网2020" (河北新闻网 "发布时间:2020-09-21", "今年以来")
P20 = ("2020-01-01", "2020-09-21"); JW = "净网2020"
docs.append(dict(doc_id="BA10", published="2020-09-21", facts=[
    F("cases_solved", 516, "侦办帮助信息网络犯罪活动罪案件516起", HE, None, None, *P20, camp=JW),
    F("suspects_arrested", 1386, "抓获犯罪嫌疑人1386人", HE, None, None, *P20, camp=JW),
], campaigns=[C(JW, start="2020")]))

# BA11 厦门 思明刑侦大队 追逃 (繁体+拼音注音, 台海网 "11月9日訊", 无年份)
ZT = "电信网络诈骗大要案逃犯集中抓捕专项行动"
docs.append(dict(doc_id="BA11", published=None, facts=[
    F("victim_loss", 1490000, "要求轉(zhuǎn)賬149萬元", FJ, "厦门市", "思明区"),
    F("suspects_arrested", 5, "5名逃犯已全部抓獲", FJ, "厦门市", "思明区", camp=ZT),
], campaigns=[C(ZT)]))

# BA12 晋城 城区 北石店派出所 (山西新闻网 "时间:2026-01-07", "1月2日下午")
docs.append(dict(doc_id="BA12", published="2026-01-07", facts=[
    F("money_stopped", 40000, "成功拦截一笔涉诈交易,为群众避免损失4万元", SX, "晋城市", "城区", "2026-01-02", "2026-01-02"),
], campaigns=[]))

# BA13 义乌 全民反诈 (中国义乌网 2022-05-30, "截至目前" 无起点)
JH = "金华市"; YW = "义乌市"
docs.append(dict(doc_id="BA13", published="2022-05-30", facts=[
    F("people_dissuaded", 210000, "成功劝阻21万余人次", ZJ, JH, YW, q="at_least"),
    F("money_recovered", 36000000, "劝阻金额3600万余元", ZJ, JH, YW, q="at_least"),
], campaigns=[]))

# BA14 温岭 城西派出所 警银联动 (浙江法治报, 正文无日期, "今年以来")
TZ = "台州市"; WL = "温岭市"
docs.append(dict(doc_id="BA14", published=None, facts=[
    F("money_recovered", 1280, "避免了老人1280元经济损失", ZJ, TZ, WL),
    F("money_recovered", 120000, "今年以来通过该机制挽回群众损失超12万元", ZJ, TZ, WL, q="at_least"),
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
