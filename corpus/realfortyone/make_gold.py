"""Hand-made gold for realfortyone (AQ01-AQ20; written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

SD = "山东省"; ZJ = "浙江省"; GS = "甘肃省"; GX = "广西壮族自治区"; YN = "云南省"; GD = "广东省"
HA = "河南省"; HB = "湖北省"; SN = "陕西省"; SC = "四川省"; HN = "湖南省"; FJ = "福建省"
BJ = "北京市"; SH = "上海市"; NM = "内蒙古自治区"

docs = []

# AQ01 淄博 反电诈中心 (MSN mirror of 鲁中晨报, "时间:2018年08月22日"; "自2016年11月成立…以来")
ZB = "淄博市"; P01 = ("2016-11-01", "2018-08-22")
docs.append(dict(doc_id="AQ01", published="2018-08-22", facts=[
    F("cases_solved", 630, "共破获各类电信网络诈骗案件630余起", SD, ZB, None, *P01, q="at_least"),
    F("suspects_arrested", 390, "抓获嫌疑人390余名", SD, ZB, None, *P01, q="at_least"),
    F("money_stopped", 7300000, "止付资金730余万元", SD, ZB, None, *P01, q="at_least"),
    F("money_frozen", 65000000, "冻结涉案资金6500余万元", SD, ZB, None, *P01, q="at_least"),
    F("people_dissuaded", 9406, "成功劝阻群众9406人", SD, ZB, None, *P01),
], campaigns=[]))

# AQ02 温州 2017年全年工作报告 (no page date; "2017年全年"; mixes 命案/两抢 figures; cut at "挽")
docs.append(dict(doc_id="AQ02", published=None, facts=[
    F("money_recovered", 100000000, "防“电诈”挽回群众直接损失近1亿", ZJ, "温州市", None,
      "2017-01-01", "2017-12-31", q="approx"),
], campaigns=[]))

# AQ03 天水 麦积分局 GOIP 窝点 (网易 copy of 兰州晨报; "1月13日/1月18日/1月19日" without a year)
TS = "天水市"; MJ = "麦积区"; C118 = "1.18"
docs.append(dict(doc_id="AQ03", published=None, facts=[
    F("dens_destroyed", 1, "成功捣毁1个利用GOIP设备帮助实施电信网络诈骗的窝点", GS, TS, MJ, camp=C118),
    F("suspects_arrested", 15, "抓获犯罪嫌疑人15人", GS, TS, MJ, camp=C118),
    F("suspects_arrested", 3, "先后在麦积区、秦安县抓获3名犯罪嫌疑人", GS, TS, MJ, camp=C118),
    F("suspects_arrested", 12, "专案组民警在西安抓获12名犯罪嫌疑人", GS, TS, MJ, camp=C118),
    F("cards_seized", 17, "银行卡17张", GS, TS, MJ, camp=C118),
    F("cards_seized", 260, "电话卡260张", GS, TS, MJ, camp=C118),
], campaigns=[C(C118, kind="case")]))

# AQ04 北海 首例 GOIP 网关案 (Traditional ttnews mirror of a TV report; "今年 4月4日", no year)
docs.append(dict(doc_id="AQ04", published=None, facts=[
    F("suspects_arrested", 7, "抓獲犯罪嫌疑人7名", GX, "北海市"),
], campaigns=[]))

# AQ05 昭通 彝良县公安局 "固话GOIP" 团伙 (no year: "5月12日")
ZT = "昭通市"; YL = "彝良县"
docs.append(dict(doc_id="AQ05", published=None, facts=[
    F("gangs_busted", 1, "成功捣毁作案团伙1个", YN, ZT, YL),
    F("suspects_arrested", 5, "抓获犯罪嫌疑人5人", YN, ZT, YL),
    F("cards_seized", 9, "电话卡9张", YN, ZT, YL),
    F("suspects_detained", 5, "李某、潘某等5人已被依法刑事拘留", YN, ZT, YL),
], campaigns=[]))

# AQ06 湛江 吴川 "6+3" 专项打击整治 (Traditional mirror, "????" leaders; "今年以来", no year; mostly general crime)
# checker: texts/AQ06.txt replaced with the search tool's excerpt (the saved file lacked the closing
# ",群眾安全感和滿意度不斷上升"); the evidence below is unchanged and still matches.
docs.append(dict(doc_id="AQ06", published=None, facts=[
    F("cases_solved", 8, "吳川市破電信詐騙案件8宗", GD, "湛江市", "吴川市"),
], campaigns=[C("6+3")]))

# AQ07 公安部 55名 从印尼押解回国 (Traditional mirror of 中新网 with doubled commas; "2月3日電";
# "2017年6月" + "去年8月" fix the page to 2018)
P07 = ("2017-06-01", "2017-06-30")
docs.append(dict(doc_id="AQ07", published="2018-02-03", facts=[
    F("cases_solved", 60, "初步核破涉及全國20個省份的60余起案件", None, q="at_least"),
    F("money_involved", 30000000, "涉案金額達3000萬元人民幣", None),
    F("dens_destroyed", 5, "共搗毀5個詐騙窩點", None, None, None, *P07),
    F("suspects_arrested", 143, "抓獲的143名犯罪嫌疑人", None, None, None, *P07),
], campaigns=[]))

# AQ08 郑州 严打"伪基站" (Traditional porn-spam mirror of 新华社, doubled commas; "2016年11月25日"; "從今年9月起")
P08 = ("2016-09-01", "2016-11-25")
docs.append(dict(doc_id="AQ08", published="2016-11-25", facts=[
    F("cases_solved", 60, "已偵破案件60起", HA, "郑州市", None, *P08),
    F("suspects_arrested", 70, "抓獲犯罪嫌疑人70人", HA, "郑州市", None, *P08),
    F("suspects_detained", 56, "刑事拘留56人", HA, "郑州市", None, *P08),
], campaigns=[]))

# AQ09 深圳 南山 打击"伪基站" (坪山新闻网 copy of 晶报, "发布日期:2016-03-23"; "截至3月21日" has no start)
docs.append(dict(doc_id="AQ09", published="2016-03-23", facts=[
    F("gangs_busted", 11, "南山共打掉11个伪基站团伙", GD, "深圳市", "南山区"),
    F("suspects_arrested", 27, "抓获27名犯罪嫌疑人", GD, "深圳市", "南山区"),
], campaigns=[]))

# AQ10 十堰 伪基站主板 "黑工厂" (no address, no page date; "2016年3月" + "历经81天" + "5月26日")
SY = "十堰市"; D10 = ("2016-05-26", "2016-05-26")
docs.append(dict(doc_id="AQ10", published=None, facts=[
    F("suspects_arrested", 15, "抓获刘某等15名犯罪嫌疑人", HB, SY, None, *D10),
    F("dens_destroyed", 2, "生产“伪基站”设备核心主板窝点2个", HB, SY, None, *D10),
    F("money_involved", 3000000, "涉案资金达300余万元", HB, SY, q="at_least"),
], campaigns=[]))

# AQ11 渭南 新闻发布会 (文化艺术网, "时间:2023-06-15"; "2022年以来"; cut at "共拨打预警电")
WN = "渭南市"; P11 = ("2022-01-01", "2023-06-15"); C712 = "2022·7·12"
docs.append(dict(doc_id="AQ11", published="2023-06-15", facts=[
    F("money_recovered", 28850000, "挽回群众损失2885万元", SN, WN, None, *P11),
    F("cases_solved", 4151, "渭南全市共破获电信网络诈骗案件4151起", SN, WN, None, *P11),
    F("suspects_arrested", 9933, "抓获犯罪嫌疑人9933人", SN, WN, None, *P11),
    F("cases_solved", 2, "破获部督案件2起", SN, WN, None, *P11),
    F("cases_solved", 3, "省督案件3起", SN, WN, None, *P11),
    F("gangs_busted", 96, "共打掉“两卡”犯罪团伙 96个", SN, WN, None, *P11),
    F("suspects_arrested", 2378, "抓获涉“两卡”违法犯罪人员2378人", SN, WN, None, *P11),
    F("cards_seized", 1396, "查获涉案银行卡 1396 张", SN, WN, None, *P11),
    F("cards_seized", 263, "手机卡 263张", SN, WN, None, *P11),
    F("suspects_arrested", 600, "共抓获违法犯罪嫌疑人600余名", SN, WN, None, *P11, q="at_least"),
    F("cases_solved", 1208, "破案1208起", SN, WN, None, *P11),
    F("suspects_arrested", 308, "抓获违法犯罪嫌疑人308名", SN, WN, None, *P11, camp=C712),
    F("cases_solved", 1176, "破获全国案件1176起", SN, WN, None, *P11, camp=C712),
    F("suspects_arrested", 20, "通过线索抓获犯罪嫌疑人20余名", SN, WN, None, *P11, q="at_least"),
    F("dens_destroyed", 36, "打掉本地GOIP窝点36个", SN, WN, None, *P11),
    F("suspects_arrested", 198, "抓获犯罪嫌疑人198名", SN, WN, None, *P11),
], campaigns=[C("斩链"), C("清源"), C("利剑"), C(C712, kind="case", start="2022-07-12")]))

# AQ12 甘肃省公安厅 人民警察节发布会 (porn-spam mirror of 人民网, stamp "2026-01-08 03:24:31"; "兰州1月7日电")
P12 = ("2025-01-01", "2025-12-31")
docs.append(dict(doc_id="AQ12", published="2026-01-08", facts=[
    F("cases_solved", 3191, "年内共破获电诈案件3191起", GS, None, None, *P12),
    F("suspects_arrested", 21000, "抓获犯罪嫌疑人2.1万名", GS, None, None, *P12),
], campaigns=[C("陇风·反诈")]))

# AQ13 四川省公安厅 "冬攻" (四川 paper via yybnet; "记者19日" without month or year; drug figures in the same sentence)
# checker: "2018年12月初至2019年2月底" starts "12月初", which is not a day; a window whose start is a vague part of a
# month gets no period (realsix W17 "9月底" fixed by its second reader, realblind T20 "6月底", realtwentyeight
# "11月底至12月初") -> null for the 550 and 695. The campaign keeps its months (2018-12 .. 2019-02).
DG = "冬攻"; P13 = (None, None)
docs.append(dict(doc_id="AQ13", published=None, facts=[
    F("cases_solved", 550, "破电信网络诈骗案件550起", SC, None, None, *P13, camp=DG),
    F("suspects_arrested", 695, "抓获犯罪嫌疑人695人", SC, None, None, *P13, camp=DG),
], campaigns=[C(DG, start="2018-12", end="2019-02"), C("春雷", start="2018"), C("夏安", start="2018"),
              C("秋风", start="2018")]))

# AQ14 铁路公安 2020 (Traditional mirror of 中国警察网, stamp "2021-02-08"; "去年以来")
P14 = ("2020-01-01", "2021-02-08")
docs.append(dict(doc_id="AQ14", published="2021-02-08", facts=[
    F("cases_solved", 2188, "共破獲各類(lèi)電信詐騙案件2188起", None, None, None, *P14),
    F("suspects_arrested", 60, "抓獲嫌疑人60余名", HN, "衡阳市", None, "2020-11-01", "2020-11-30", q="at_least"),
    F("money_involved", 3400000, "涉案價(jià)值達(dá)340萬(wàn)元", HN, "衡阳市", None, "2020-11-01", "2020-11-30"),
    F("dens_destroyed", 38, "共端掉電信詐騙窩點(diǎn)38處", SH, SH, None, "2020-12-01", "2021-02-08"),
    F("suspects_arrested", 141, "抓獲嫌疑人141名", SH, SH, None, "2020-12-01", "2021-02-08"),
    F("suspects_arrested", 28, "抓獲嫌疑人28名", NM, "呼和浩特市", None, "2020-10-01", "2020-10-31"),
    F("money_involved", 20000000, "涉案金額2000余萬(wàn)元", NM, "呼和浩特市", None, "2020-10-01", "2020-10-31",
      q="at_least"),
], campaigns=[]))

# AQ15 北京市公安局 反电信网络诈骗法实施情况报告 (市人大常委会公报; "2024年5月30日在…会议上")
docs.append(dict(doc_id="AQ15", published="2024-05-30", facts=[
    F("money_recovered", 7300000000, "累计避免群众经济损失73亿余元", BJ, BJ, None, "2023-01-01", "2023-12-31",
      q="at_least"),
], campaigns=[]))

# AQ16 宁德 福鼎市公安局 扫黑除恶常态化 (Traditional mirror of 宁德网; "今年以来", no year)
docs.append(dict(doc_id="AQ16", published=None, facts=[
    F("money_recovered", 6000000, "為群眾挽回損失600余萬元", FJ, "宁德市", "福鼎市", q="at_least"),
], campaigns=[]))

# AQ17 永州 "三个坚持" (中国警察网 copy of 新华社, "2021年12月15日"; "今年以来")
# checker: "11月上旬" is not a day and not a whole month; realforty AP01 ("7月上旬", year known) and realfifteen
# ("2022年5月下旬") give such parts of a month no period -> null for the 6 arrests and 涉案价值100余万.
YZ = "永州市"; P17 = ("2021-01-01", "2021-12-15"); N17 = (None, None)
docs.append(dict(doc_id="AQ17", published="2021-12-15", facts=[
    F("cases_solved", 1371, "侦破电诈案件1371起", HN, YZ, None, *P17),
    F("suspects_detained", 2729, "刑事拘留犯罪嫌疑人2729人", HN, YZ, None, *P17),
    F("suspects_arrested", 6, "一举抓获犯罪嫌疑人6人", HN, YZ, None, *N17),
    F("money_involved", 1000000, "涉案价值100余万元", HN, YZ, None, *N17, q="at_least"),
], campaigns=[C("犁庭行动"), C("永警利剑Ⅱ·百日大会战")]))

# AQ18 白银 市县两级指挥中心 阻止电诈 (baogaosu, stamp "11.10.2016"; "9月29日")
docs.append(dict(doc_id="AQ18", published="2016-10-11", facts=[
    # checker: a joint result of the 市局 and a 县局 (白银市公安局指挥中心联袂靖远县局指挥中心; the 市局 found the lead
    # and directed the county) goes to the city with county null (ANNOTATION joint-operation rule; realblind T20
    # "市县两级警方", realset S22 吕梁+孝义, realsix W02 眉山+洪雅). Was 靖远县.
    F("money_recovered", 62000, "避免群众经济损失6.2万元", GS, "白银市", None, "2016-09-29", "2016-09-29"),
], campaigns=[]))

# AQ19 仙桃市反诈中心 开放日 (荆楚仙桃; "12月27日", "今年10月", no year)
XT = "仙桃市"
docs.append(dict(doc_id="AQ19", published=None, facts=[
    F("money_recovered", 429000, "发还冻结涉案资金共42.9万元", HB, XT),
    F("money_stopped", 1000000, "劝阻拦截金额100余万元", HB, XT, q="at_least"),
    F("accounts_frozen", 512, "止付、冻结银行卡512张", HB, XT),
    F("money_recovered", 9000000, "挽回群众损失900余万元", HB, XT, q="at_least"),
    F("gangs_busted", 6, "成功打掉诈骗团伙6个", HB, XT),
    F("suspects_arrested", 108, "诈骗团伙6个108人", HB, XT),
], campaigns=[]))

# AQ20 广东 "安网20号" (spam mirror dated 2025-4-10 with a stray headline; "1月7日", "2017年8月")
AW = "安网20号"
docs.append(dict(doc_id="AQ20", published=None, facts=[
    F("suspects_arrested", 600, "抓获嫌疑人600余人", GD, q="at_least", camp=AW),
    F("money_frozen", 100000000, "冻结涉案金额1亿余元", GD, q="at_least", camp=AW),
], campaigns=[C(AW, kind="case", start="2017-08"), C("安网")]))

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
