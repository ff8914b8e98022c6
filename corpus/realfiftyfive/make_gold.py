"""Hand-made gold for realfiftyfive (BE01-BE20; written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

ZJ = "浙江省"; HB = "湖北省"; CQ = "重庆市"; JS = "江苏省"; LN = "辽宁省"; GD = "广东省"; SX = "山西省"
HN = "湖南省"; HA = "河南省"; AH = "安徽省"; GS = "甘肃省"; SD = "山东省"; SN = "陕西省"; SH = "上海市"

docs = []

# BE01 杭州 上城 闸弄口派出所 冒充客服退款 (reprint in 竖排短句, no date and no year)
HZ = "杭州市"; SC = "上城区"
docs.append(dict(doc_id="BE01", published=None, facts=[
    F("money_stopped", 500000, "王女士转出的50万被成功止付", ZJ, HZ, SC),
    F("money_recovered", 1000000, "账户内的100万元保住了", ZJ, HZ, SC),
], campaigns=[]))

# BE02 武汉 武昌 梅苑派出所 冒充客服 (极目新闻, stamp 2021-06-15 13:16:29; incident 6月14日)
D0614 = ("2021-06-14", "2021-06-14")
docs.append(dict(doc_id="BE02", published="2021-06-15", facts=[
    F("money_recovered", 360000, "民警及时拦截为她保住36万元", HB, "武汉市", "武昌区", *D0614),
], campaigns=[]))

# BE03 重庆 荣昌 昌元派出所 网购退款 (华龙网 2022-11-25; incident 11月15日)
D1115 = ("2022-11-15", "2022-11-15")
docs.append(dict(doc_id="BE03", published="2022-11-25", facts=[
    F("money_recovered", 26000, "帮助杨女士避免2.6万元损失", CQ, CQ, "荣昌区", *D1115),
], campaigns=[]))

# BE04 扬州 高邮 假冒天猫客服 (Traditional 扬子晚报网 "4月20日訊", no year)
YZ = "扬州市"; GY = "高邮市"
docs.append(dict(doc_id="BE04", published=None, facts=[
    F("victim_loss", 88000, "受害人被騙走的88000元", JS, YZ, GY),
    F("money_stopped", 88000, "對其被騙走的88000元進行止付", JS, YZ, GY),
], campaigns=[]))

# BE05 铁岭 西丰县局 冒充客服 (铁岭市公安局 via 教育站, "时间:2023-02-23"; "24日"/"28日" without a month)
TL = "铁岭市"; XF = "西丰县"
docs.append(dict(doc_id="BE05", published="2023-02-23", facts=[
    F("victim_loss", 20000, "结果被骗了2万余元", LN, TL, XF, q="at_least"),
    F("money_recovered", 20000, "将追回的2万余元被骗资金返还", LN, TL, XF, q="at_least"),
], campaigns=[]))

# BE06 东莞 塘厦分局 冒充客服 止付197.4万 (广州日报 "前日", "9月2日", no year)
docs.append(dict(doc_id="BE06", published=None, facts=[
    F("money_stopped", 1974000, "成功止付被骗资金197.4万元", GD, "东莞市"),
], campaigns=[]))

# BE07 临汾 霍州市公安局 GOIP 窝点 (廉政中国讯, no page date; "2022年9月5日" dates the arrest)
BR = "夏季治安打击整治百日行动"
docs.append(dict(doc_id="BE07", published=None, facts=[
    F("suspects_arrested", 1, "抓获犯罪嫌疑人1名", SX, "临汾市", "霍州市", "2022-09-05", "2022-09-05", camp=BR),
], campaigns=[C(BR), C("断卡行动")]))

# BE08 张家界 永定分局 GOIP 帮信 (张家界新闻网 2021-12-08 09:45:51)
docs.append(dict(doc_id="BE08", published="2021-12-08", facts=[
    F("suspects_arrested", 2, "抓获2名犯罪嫌疑人", HN, "张家界市", "永定区"),
], campaigns=[]))

# BE09 温州 泰顺 网络交友诈骗团伙 (新华社 "杭州10月28日电", "今年以来", no year)
WZ = "温州市"; TS = "泰顺县"
docs.append(dict(doc_id="BE09", published=None, facts=[
    F("suspects_arrested", 28, "抓获犯罪嫌疑人28名", ZJ, WZ, TS),
    F("money_involved", 1000000, "涉案金额达100多万元", ZJ, WZ, TS, q="at_least"),
], campaigns=[]))

# BE10 郑州 新密 特大交友诈骗团伙 (992 河北 WeChat mirror, stamp 2024-11-03 17:14)
ZZ = "郑州市"; XM = "新密市"
docs.append(dict(doc_id="BE10", published="2024-11-03", facts=[
    F("suspects_arrested", 520, "共抓获嫌疑人520余人", HA, ZZ, XM, q="at_least"),
    F("money_frozen", 2000000, "冻结涉案资金200余万元", HA, ZZ, XM, q="at_least"),
    F("money_involved", 10000000, "涉案金额近1000万元", HA, ZZ, XM, q="approx"),
], campaigns=[]))

# BE11 梅州 兴宁市公安局 "飓风48号" 收网 (腾讯新闻, no page date; "4月16日、23日", "今年以来")
MZ = "梅州市"; XN = "兴宁市"; J48 = "飓风48号"
docs.append(dict(doc_id="BE11", published=None, facts=[
    F("suspects_arrested", 17, "抓获以袁某云等人为首的电信网络诈骗团伙共17人", GD, MZ, XN, camp=J48),
    F("suspects_detained", 14, "刑拘14人", GD, MZ, XN, camp=J48),
    F("cases_solved", 55, "侦破电诈案件55宗", GD, MZ, XN, camp=J48),
    F("money_involved", 1300000, "涉案金额高达130余万元", GD, MZ, XN, q="at_least", camp=J48),
], campaigns=[C("飓风2020", start="2020"), C(J48, kind="case")]))

# BE12 黄山 屯溪 网恋诈骗 车手 (Traditional 安徽商报, "6月3日", "今年2月份", no year)
HS = "黄山市"; TX = "屯溪区"
docs.append(dict(doc_id="BE12", published=None, facts=[
    F("suspects_arrested", 3, "抓獲3名電詐“車手”(洗錢)團伙", AH, HS, TX),
    F("money_frozen", 70000, "當場扣押現金7萬余元", AH, HS, TX, q="at_least"),
    F("money_involved", 600000, "涉案60余萬元", AH, HS, TX, q="at_least"),
    F("victim_loss", 670000, "張女士共拿出67萬余元現金交給李某宏用", AH, HS, TX, q="at_least"),
], campaigns=[]))

# BE13 兰州 安宁分局 直播打赏诈骗团伙 (人民网 "兰州3月10日电", "今年初", no year)
LZ = "兰州市"; AN = "安宁区"
docs.append(dict(doc_id="BE13", published=None, facts=[
    F("suspects_arrested", 21, "抓获犯罪嫌疑人21人", GS, LZ, AN),
    F("money_involved", 2700000, "查实涉案资金270余万元", GS, LZ, AN, q="at_least"),
    F("victim_loss", 10000, "被主播骗刷平台金额达1万余元", GS, LZ, AN, q="at_least"),
], campaigns=[]))

# BE14 青岛 直播平台诈骗 151 (Traditional 中国消费者报 mirror, "7月16日上午", no page year)
QD = "青岛市"
docs.append(dict(doc_id="BE14", published=None, facts=[
    F("suspects_arrested", 151, "成功抓獲涉案嫌疑人151名", SD, QD),
    F("dens_destroyed", 8, "對8處涉電信詐騙案窩點集中收網", SD, QD),
    F("victim_loss", 97000, "共計花費9.7萬余元", SD, QD, q="at_least"),
], campaigns=[]))

# BE15 西安 直播间系列诈骗 (Traditional 焦作 mirror of 法治日报, "時間:2024-01-10"; "截至2024年1月8日")
docs.append(dict(doc_id="BE15", published="2024-01-10", facts=[
    F("suspects_arrested", 142, "警方已抓獲犯罪嫌疑人142人", SN, "西安市"),
    F("victim_loss", 3000, "在他花了3000多元給直播間主播刷禮物后", SN, "西安市", q="at_least"),
], campaigns=[]))

# BE16 重庆 荣昌 "主播交友" 诈骗 (净网2020; no page date, "6月30日" no year)
JW = "净网2020"; RC = "荣昌区"
docs.append(dict(doc_id="BE16", published=None, facts=[
    F("suspects_arrested", 46, "一举抓获犯罪嫌疑人46名", CQ, CQ, RC, camp=JW),
    F("money_involved", 1230000, "涉案金额超123万元", CQ, CQ, RC, q="at_least", camp=JW),
    F("victim_loss", 60000, "吴先生在该平台充值6万余元后被拉黑", CQ, CQ, RC, q="at_least"),
], campaigns=[C(JW, start="2020")]))

# BE17 嘉兴 海盐 二手平台 游戏账号 大学生 (spam mirror, "发表时间:2020/3/1")
JX = "嘉兴市"; HY = "海盐县"
docs.append(dict(doc_id="BE17", published="2020-03-01", facts=[
    F("suspects_arrested", 21, "海盐警方抓获犯罪嫌疑人21名", ZJ, JX, HY),
    F("victim_loss", 850, "便通过微信扫描支付了850元", ZJ, JX, HY),
], campaigns=[]))

# BE18 上海 嘉定 二手平台 冒充客服 团伙 (Traditional with pinyin residue, "6月5日晚", no year)
docs.append(dict(doc_id="BE18", published=None, facts=[
    F("suspects_arrested", 5, "抓獲犯罪嫌疑人5名", SH, SH, "嘉定区"),
    F("cases_solved", 50, "破案50多起", SH, SH, "嘉定区", q="at_least"),
], campaigns=[]))

# BE19 抚顺 网警 + 顺城分局 "到手刀" 团伙 (抚顺市公安局, no page date; "2024年1月2日" 收网)
FS = "抚顺市"
docs.append(dict(doc_id="BE19", published=None, facts=[
    F("suspects_arrested", 20, "抓获团伙成员20余人", LN, FS, None, "2024-01-02", "2024-01-02", q="at_least"),
    F("suspects_detained", 20, "20余名犯罪嫌疑人", LN, FS, q="at_least"),
], campaigns=[]))

# BE20 长沙 岳麓分局 婚恋交友 "杀猪盘" (no page date; "2019年8月6日" 收网)
CS = "长沙市"; YL = "岳麓区"
docs.append(dict(doc_id="BE20", published=None, facts=[
    F("suspects_arrested", 11, "抓获嫌疑人11名", HN, CS, YL, "2019-08-06", "2019-08-06"),
    F("money_involved", 2000000, "涉案金额达200余万元", HN, CS, YL, q="at_least"),
    F("victim_loss", 530000, "共计被骗53万", HN, CS, YL),
    F("suspects_detained", 11, "龚某等11人已被刑事拘留", HN, CS, YL),
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
