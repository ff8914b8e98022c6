"""Hand-made gold for realseventythree (BW01-BW13; written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

JS = "江苏省"; SD = "山东省"; YN = "云南省"; XZ = "西藏自治区"; BJ = "北京市"; GD = "广东省"; SH = "上海市"
HB = "湖北省"; FJ = "福建省"; SX = "山西省"; HI = "海南省"

docs = []

# BW01 宿迁 洋河分局 "净网2020" 网络游戏账号交易诈骗 (xuehua mirror, no page date; "今年4月份""截至9月份" without a year)
JW = "净网2020"
docs.append(dict(doc_id="BW01", published=None, facts=[
    # checker: removed cases_solved 1 "破获一起网络游戏诈骗案" - the article 一 is not a fact (realsixtytwo NOTES, realseventyone CHECK, realfiftyeight BH01 "破获一起")
    F("suspects_arrested", 24, "破获一起网络游戏诈骗案,抓获犯罪嫌疑人24名", JS, "宿迁市", camp=JW),
    F("money_involved", 7000000, "涉案金额700余万元", JS, "宿迁市", q="at_least", camp=JW),
    F("cases_solved", 35, "先后破获通讯网络诈骗案件35起", JS, "宿迁市", camp=JW),
], campaigns=[C(JW, start="2020")]))

# BW02 烟台 星海直播平台 交友诈骗 (中新网 "烟台7月30日电"; the incident "2019年4月" fixes the year)
YT = "烟台市"
docs.append(dict(doc_id="BW02", published="2019-07-30", facts=[
    F("dens_destroyed", 20, "打掉诈骗窝点20个", SD, YT),
    F("suspects_arrested", 225, "抓获犯罪嫌疑人225名", SD, YT),
    F("money_frozen", 19000000, "冻结资金1900余万元", SD, YT, q="at_least"),
    F("victim_loss", 4000, "初某先后共计充值10余次金额达4000余元", SD, YT, q="at_least"),
], campaigns=[]))

# BW03 云南 打击整治养老诈骗专项行动 (Traditional with pinyin ruby, spaces before units "165 起"; no date, no year)
YL = "打击整治养老诈骗专项行动"
docs.append(dict(doc_id="BW03", published=None, facts=[
    F("cases_solved", 165, "全省共破獲養(yǎng)老詐騙犯罪案件165 起", YN, camp=YL),
    F("suspects_arrested", 311, "抓獲犯罪嫌疑人311 名", YN, camp=YL),
    F("money_recovered", 161000000, "為群眾挽回經(jīng)濟(jì)損失1.61 億元", YN, camp=YL),
    F("cases_solved", 55, "破獲積案55 起", YN, camp=YL),
    F("cases_solved", 13, "全省13 起掛牌案件全部偵破", YN, camp=YL),
], campaigns=[C(YL)]))

# BW04 拉萨市反诈骗中心 (pinyin ruby mirror; headline said three times; truncated; no page date)
docs.append(dict(doc_id="BW04", published=None, facts=[
    F("money_recovered", 10000000, "挽回民众损失超千万元", XZ, "拉萨市", q="at_least"),
], campaigns=[]))

# BW05 北京 海淀分局 网约车司机虚拟订单骗取平台垫付车费 (新京报 "今日(1月2日)"; report 2019年11月6日 -> 2020-01-02)
docs.append(dict(doc_id="BW05", published="2020-01-02", facts=[
    F("victim_loss", 300000, "造成平台损失30多万元", BJ, BJ, "海淀区", q="at_least"),
    F("suspects_arrested", 48, "成功抓获48名嫌疑人", BJ, BJ, "海淀区"),
    F("suspects_detained", 48, "48名嫌疑人因涉嫌诈骗已被警方刑事拘留", BJ, BJ, "海淀区"),
], campaigns=[]))

# BW06 广东省公安厅 "飓风38号" 滴滴骗单专案 (Traditional ruby, spam header, page date 2018-07-19; truncated)
JF = "飓风38号"
docs.append(dict(doc_id="BW06", published="2018-07-19", facts=[
    F("suspects_detained", 105, "刑拘犯罪嫌疑人105名", GD, camp=JF),
    F("money_involved", 2000000, "涉案總金額200余萬元人民幣", GD, q="at_least", camp=JF),
    # checker: removed suspects_arrested 1 "將其中一名涉案司機吳某抓捕" - "one of the drivers, 吴某": the article 一 with a name (realforty AP06 / realfiftythree BC18 "抓获一名", realsixtyseven "另一名")
], campaigns=[C(JF, "case")]))

# BW07 上海 闵行分局莘庄派出所 哈啰 网约车虚增里程 (Traditional ruby, "10月23日" without a year; truncated)
docs.append(dict(doc_id="BW07", published=None, facts=[
    F("suspects_arrested", 60, "抓獲60余名犯罪嫌疑人", SH, SH, "闵行区", q="at_least"),
    F("money_involved", 1000000, "涉案金額近百萬", SH, SH, "闵行区", q="approx"),
    F("victim_loss", 900000, "可疑網(wǎng)約車訂單,損失金額高達(dá)90余萬元", SH, SH, "闵行区", q="at_least"),
], campaigns=[]))

# BW08 武汉 青山区公安分局(钢城分局) 消费平台消费券虚假交易套现 (mirror, page stamp 2023-04-24; truncated)
WH = "武汉市"; QS = "青山区"
docs.append(dict(doc_id="BW08", published="2023-04-24", facts=[
    F("money_involved", 1960000, "却被不法分子虚假交易套现196万元", HB, WH, QS),
    # checker: removed gangs_busted 1 "打掉一个…犯罪团伙" - the article 一 is not a fact (realfifteen J04, realfifty AZ08, realsixtyfour BN19)
    F("suspects_arrested", 21, "抓获犯罪嫌疑人21名", HB, WH, QS),
    F("money_recovered", 300000, "挽回损失30余万元", HB, WH, QS, q="at_least"),
    F("victim_loss", 140000, "公司已经损失了14万元", HB, WH, QS),
], campaigns=[]))

# BW09 厦门 海沧公安分局 "杀猪盘" 124.2万 + 涉疫诈骗 figures (人民网 Traditional "厦门7月20日电"; "2020年以来" fixes the year)
XM = "厦门市"; HC = "海沧区"
docs.append(dict(doc_id="BW09", published="2020-07-20", facts=[
    F("victim_loss", 1242000, "向朋友借款共計124.2萬元", FJ, XM, HC),
    F("money_involved", 1242000, "案值達124.2萬元", FJ, XM, HC),
    F("cases_filed", 11, "立刑案11起", FJ, XM, HC),
    F("suspects_arrested", 16, "抓獲16人", FJ, XM, HC),
    F("cases_solved", 25, "破案25起", FJ, XM, HC),
    F("cases_solved", 14, "代破外地案件14起", FJ, XM, HC),
], campaigns=[]))

# BW10 运城 芮城县公安局 冒充淘宝客服退款 (山西政法网 "喜迎二十大" banner; "8月8日""9月10日" without a year; truncated)
docs.append(dict(doc_id="BW10", published=None, facts=[
    F("victim_loss", 40000, "苏某的4万元不翼而飞", SX, "运城市", "芮城县"),
    F("money_involved", 2000000, "初步审查涉案价值200余万元", SX, "运城市", "芮城县", q="at_least"),
], campaigns=[]))

# BW11 海口市公安局 网络游戏平台 "温柔陷阱" 诈骗团伙 (中新网 Traditional ruby "海口11月25日电"; "2019年9月" fixes the year)
HK = "海口市"; D1113 = ("2019-11-13", "2019-11-13")
docs.append(dict(doc_id="BW11", published="2019-11-25", facts=[
    # checker: removed gangs_busted 1 "打掉一個…團伙" - the article 一 is not a fact (realfifty AZ06/AZ13 "打掉一個")
    F("victim_loss", 650, "張先生在游戲里充值人民幣650元", HI, HK),
    F("victim_loss", 6500, "充值人民幣6500元", HI, HK),
    F("dens_destroyed", 5, "搗毀5個窩點", HI, HK, None, *D1113),
    F("suspects_arrested", 91, "抓獲涉嫌電信詐騙犯罪嫌疑人91人", HI, HK, None, *D1113),
], campaigns=[]))

# BW12 山东 打击整治养老诈骗专项行动 + 夏津县 "云数贸" 网络诈骗 (山东商报, no date, "今年以来" without a year; truncated)
DZ = "德州市"; XJ = "夏津县"
docs.append(dict(doc_id="BW12", published=None, facts=[
    F("cases_filed", 3963, "全省共立案3963起", SD, camp=YL),
    F("cases_solved", 3746, "破案3746起", SD, camp=YL),
    F("gangs_busted", 592, "打掉犯罪团伙592个", SD, camp=YL),
    F("suspects_arrested", 7353, "抓获犯罪嫌疑人7353名", SD, camp=YL),
    F("money_recovered", 2880000000, "追缴涉案资金28.8亿元", SD, camp=YL),
    # checker: removed cases_solved 1 "破获了一起网络诈骗案" - the article 一 is not a fact (realfortysix AV07 "侦破一起", realfiftyfive BE08 "破获一起")
    F("suspects_arrested", 3, "抓获3名犯罪嫌疑人", SD, DZ, XJ, camp=YL),
    F("money_frozen", 720000, "扣押涉案金额72万余元", SD, DZ, XJ, q="at_least", camp=YL),
], campaigns=[C(YL)]))

# BW13 广东省公安厅 机票退改签类诈骗 典型案例 ("铲诈5号" 集群战役; "今年以来""今年3月" without a year; truncated)
CZ = "铲诈5号"
docs.append(dict(doc_id="BW13", published=None, facts=[
    F("gangs_busted", 96, "成功打掉犯罪团伙96个", GD),
    F("suspects_detained", 1170, "刑事拘留犯罪嫌疑人1170人", GD),
    F("suspects_arrested", 133, "多个环节在内的犯罪嫌疑人133名", GD, "广州市", camp=CZ),
    F("suspects_arrested", 34, "抓获违法犯罪嫌疑人34名", GD, "中山市"),
], campaigns=[C(CZ)]))

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
