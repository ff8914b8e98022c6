"""Hand-made gold for realfortythree (AS01-AS20; written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

HA = "河南省"; FJ = "福建省"; SX = "山西省"; HI = "海南省"; JS = "江苏省"; GD = "广东省"; LN = "辽宁省"
ZJ = "浙江省"; CQ = "重庆市"; GX = "广西壮族自治区"; JL = "吉林省"

docs = []

# AS01 河南省公安厅 "雷霆31号""雷霆33号" (大河网 copy, "日期:2019-11-06"; "9月下旬至10月中旬" is vague -> no period)
C510 = "5·10"
docs.append(dict(doc_id="AS01", published="2019-11-06", facts=[
    F("gangs_busted", 116, "全省共打掉电信网络诈骗犯罪团伙116个", HA),
    F("suspects_detained", 1422, "刑拘嫌疑人员1422人", HA),
    F("cases_solved", 3266, "破获各类电信诈骗刑事案件3266起", HA),
    F("cards_seized", 6564, "缴获涉案手机卡6564张", HA),
    F("cards_seized", 2149, "银行卡2149张", HA),
    F("money_frozen", 33950000, "冻结、查扣涉案赃款3395万元", HA),
    F("suspects_arrested", 76, "先后抓获并带回嫌疑人76人", HA, camp=C510),
], campaigns=[C("雷霆31号", start="2019"), C("雷霆33号", start="2019"), C(C510, kind="case")]))

# AS02 厦门 同安公安分局 (福州新闻网 copy of 厦门日报, "2017-03-03"; "自去年11月以来")
XM = "厦门市"; TA = "同安区"
docs.append(dict(doc_id="AS02", published="2017-03-03", facts=[
    F("money_recovered", 640000, "已返现12起总计64万余元", FJ, XM, TA, "2016-11-01", "2017-03-03", q="at_least"),
    F("victim_loss", 480000, "诈骗走48万元", FJ, XM, TA, "2014-04-21", "2014-04-21"),
    F("money_recovered", 80000, "其中近8万元", FJ, XM, TA, q="approx"),
], campaigns=[]))

# AS03 太原 "6·28" (生活晨报 "日期:[2018年08月17日]")
TY = "太原市"; C628 = "6·28"
docs.append(dict(doc_id="AS03", published="2018-08-17", facts=[
    F("dens_destroyed", 3, "端掉3个电信诈骗窝点", SX, TY, camp=C628),
    F("suspects_arrested", 59, "抓获团伙成员59名", SX, TY, camp=C628),
    F("money_involved", 1000000, "涉案金额100余万元", SX, TY, q="at_least", camp=C628),
], campaigns=[C(C628, kind="case", start="2018-06-28")]))

# AS04 海南警方 + 江苏警方 (海口网; no date in the text)
docs.append(dict(doc_id="AS04", published=None, facts=[
    F("gangs_busted", 2, "打掉2个诈骗团伙", HI),
    F("suspects_arrested", 6, "抓获6名犯罪嫌疑人", HI),
    F("money_frozen", 20000, "现金2万元", HI),
    F("cards_seized", 30, "银行卡30多张", HI, q="at_least"),
    F("victim_loss", 10000, "网搜客服被骗1万多元", JS, "南京市", q="at_least"),
], campaigns=[]))

# AS05 盐城 亭湖分局 刷单平台 (中新网 "7月9日电", no year; 2020年8月23日 is the victim's report)
YC = "盐城市"; TH = "亭湖区"
docs.append(dict(doc_id="AS05", published=None, facts=[
    F("suspects_arrested", 18, "抓获犯罪嫌疑人18名", JS, YC, TH),
    F("money_involved", 3000000, "涉案金额达300多万元", JS, YC, TH, q="at_least"),
    F("victim_loss", 110000, "被骗了11余万元", JS, YC, TH, q="at_least"),
], campaigns=[]))

# AS06 公安部 "12.22" 中老 + national two-month figures (云南长安网 "发布时间:2016-01-14")
# checker: the 2015 national "打击治理电信网络新型违法犯罪专项行动" is not a campaign in the dev gold (A01, the same
# operation, lists none and ties nothing) nor in any finished set (realtwentysix AB09, realtwentytwo D12, realeighteen
# M13, realthirtyseven AM01, realtwentyfive AA01, realthirtynine AO16) -> campaign removed, the three facts untied.
C1222 = "12.22"; P2M = ("2015-10-30", "2016-01-14")
docs.append(dict(doc_id="AS06", published="2016-01-14", facts=[
    F("suspects_arrested", 300, "在老挝南塔省抓获的300名主要犯罪嫌疑人", None, camp=C1222),
    F("cases_solved", 16708, "全国共破获电信网络诈骗案件16708起", None, None, None, *P2M),
    F("suspects_arrested", 5825, "抓获犯罪嫌疑人5825名", None, None, None, *P2M),
    F("gangs_busted", 927, "打掉团伙927个", None, None, None, *P2M),
], campaigns=[C(C1222, kind="case")]))

# AS07 海南 "蓝天行动" (中国法院网 copy of 中新网, "2019-04-19"; 4月18日22时 .. 4月19日14时)
LT = "蓝天行动"; PLT = ("2019-04-18", "2019-04-19")
docs.append(dict(doc_id="AS07", published="2019-04-19", facts=[
    F("suspects_arrested", 197, "共抓获197名电信网络诈骗犯罪嫌疑人", HI, None, None, *PLT, camp=LT),
    F("suspects_arrested", 97, "在儋州抓获97名", HI, None, None, *PLT, camp=LT),
    F("suspects_arrested", 72, "在海口抓获72名", HI, None, None, *PLT, camp=LT),
    F("suspects_arrested", 28, "其他市县抓获28名", HI, None, None, *PLT, camp=LT),
], campaigns=[C(LT, start="2019-04-18")]))

# AS08 深圳 宝安 "杀猪盘" (中新社 "广州7月9日电"; "截至2021年5月" fixes 2021)
SZ = "深圳市"; BA = "宝安区"; FT = "福田区"
docs.append(dict(doc_id="AS08", published="2021-07-09", facts=[
    F("suspects_arrested", 123, "行动共抓获123名犯罪嫌疑人", GD, SZ),
    F("victim_loss", 180000, "结果骗了她18万元", GD, SZ, BA),
    F("money_recovered", 1840000000, "挽回民众经济损失金额达18.4亿元", GD, SZ),
], campaigns=[]))

# AS09 深圳 查处23个窝点 (新华网 copy, "发布时间:2019-04-11")
docs.append(dict(doc_id="AS09", published="2019-04-11", facts=[
    F("dens_destroyed", 23, "连续查处23个电信网络诈骗窝点", GD, SZ),
    F("suspects_arrested", 210, "抓获犯罪嫌疑人210名", GD, SZ),
    F("dens_destroyed", 2, "打掉两个交友诈骗犯罪窝点", GD, SZ, None, "2019-02-01", "2019-02-28"),
    F("suspects_arrested", 161, "抓获犯罪嫌疑人161名", GD, SZ, BA, "2019-04-03", "2019-04-03"),
    F("victim_loss", 20000, "在网上贷款被骗2万余元", GD, SZ, q="at_least"),
    F("dens_destroyed", 6, "等6个诈骗窝点", GD, SZ, None, "2019-03-29", "2019-03-29"),
    F("suspects_arrested", 25, "抓获犯罪嫌疑人25名", GD, SZ, None, "2019-03-29", "2019-03-29"),
    F("suspects_arrested", 24, "各层级人员24名", GD, SZ, BA, "2019-04-01", "2019-04-01"),
], campaigns=[]))

# AS10 深圳 发布会 (Traditional with pinyin, "2021年8月28日訊"; "今年1至8月" would end after published -> null)
DL = "断流"
docs.append(dict(doc_id="AS10", published="2021-08-28", facts=[
    F("cases_solved", 6400, "破獲各類電詐及其關(guān)聯(lián)犯罪案件6400余宗", GD, SZ, q="at_least"),
    F("suspects_detained", 3900, "刑拘嫌疑人3900余人", GD, SZ, q="at_least"),
    F("suspects_arrested", 81, "共抓獲嫌疑人81名", GD, SZ, FT, camp=DL),
    F("cards_seized", 40000, "繳獲手機“黑卡”近4萬張", GD, SZ, FT, q="approx", camp=DL),
], campaigns=[C("反电诈攻坚行动", start="2021-03"), C(DL)]))

# AS11 深圳 福田分局 湘西保靖 (Traditional with pinyin, "2019-01-01 22:38")
docs.append(dict(doc_id="AS11", published="2019-01-01", facts=[
    F("victim_loss", 31000, "損失3.1萬(wàn)元人民幣", GD, SZ, FT, "2018-12-24", "2018-12-24"),
    F("money_frozen", 21000, "凍結(jié)住2.1萬(wàn)余元", GD, SZ, q="at_least"),
    F("suspects_arrested", 7, "電信詐騙嫌疑人7人", GD, SZ, FT, "2018-12-31", "2018-12-31"),
], campaigns=[]))

# AS12 广州 "断链10号•海啸行动" (扬子晚报 copy, "发布时间:2021-11-24")
GZ = "广州市"; HX = "断链10号•海啸行动"
docs.append(dict(doc_id="AS12", published="2021-11-24", facts=[
    F("dens_destroyed", 10, "捣毁诈骗窝点10个", GD, GZ, camp=HX),
    F("dens_destroyed", 5, "洗钱“水房”5个", GD, GZ, camp=HX),
    F("suspects_arrested", 106, "共抓获嫌疑人106名", GD, GZ, camp=HX),
], campaigns=[C(HX), C("断链9号•歼击专项行动"), C("全警反诈专项行动")]))

# AS13 锦州 网络游戏诈骗 (中国青年网, "发稿时间:2019-11-12")
JZ = "锦州市"
docs.append(dict(doc_id="AS13", published="2019-11-12", facts=[
    F("dens_destroyed", 4, "捣毁4个作案窝点", LN, JZ),
    F("suspects_arrested", 64, "抓捕犯罪嫌疑人64人", LN, JZ),
    F("money_involved", 8400000, "涉案金额840余万元", LN, JZ, q="at_least"),
], campaigns=[]))

# AS14 温州 "2·20" (mirror, no year in the text)
WZ = "温州市"; C220 = "2·20"
docs.append(dict(doc_id="AS14", published=None, facts=[
    F("suspects_arrested", 102, "48小时内抓获通讯诈骗犯罪嫌疑人102名", ZJ, WZ, camp=C220),
    F("suspects_arrested", 108, "抓获通讯诈骗犯罪嫌疑人108名", ZJ, WZ, camp=C220),
], campaigns=[C(C220, kind="case")]))

# AS15 重庆 南岸 虚假游戏交易网站 (重庆晚报 copy, no year)
NA = "南岸区"
docs.append(dict(doc_id="AS15", published=None, facts=[
    F("victim_loss", 4000, "为买游戏装备被骗4000元", CQ, CQ, NA),
    F("money_involved", 10000000, "涉案金额达1000余万元", CQ, CQ, NA, q="at_least"),
    F("suspects_arrested", 20, "共抓获嫌疑人20余人", CQ, CQ, NA, q="at_least"),
], campaigns=[]))

# AS16 温州 平阳 机票改签 (意大利新闻网 mirror, "意大利时间:2016-06-22")
PY = "平阳县"
docs.append(dict(doc_id="AS16", published="2016-06-22", facts=[
    F("suspects_arrested", 3, "抓获海南籍犯罪嫌疑人3名", ZJ, WZ, PY),
    F("money_involved", 1000000, "涉案金额100余万元", ZJ, WZ, PY, q="at_least"),
    F("victim_loss", 190000, "卡上的19万多元", ZJ, WZ, PY, q="at_least"),
], campaigns=[]))

# AS17 温州 苍南 机票退改签 (mirror, "时间:2018-09-04"; the round-up is 8月8日)
CN = "苍南县"; D808 = ("2018-08-08", "2018-08-08")
docs.append(dict(doc_id="AS17", published="2018-09-04", facts=[
    F("dens_destroyed", 2, "将该团伙两处通讯诈骗窝点端掉", ZJ, WZ, CN, *D808),
    F("suspects_arrested", 9, "当场抓获犯罪嫌疑人9人", ZJ, WZ, CN, *D808),
    F("money_frozen", 50000, "缴获犯罪所得现金5万元", ZJ, WZ, CN, *D808),
    F("money_involved", 1000000, "诈骗近百万元", ZJ, WZ, CN, q="approx"),
], campaigns=[]))

# AS18 北海 海城分局 "QQ飞车" (合浦网 forum, no year)
BH = "北海市"; HC = "海城区"
docs.append(dict(doc_id="AS18", published=None, facts=[
    F("money_involved", 100000, "涉案金额近10万元", GX, BH, HC, q="approx"),
    F("suspects_detained", 9, "9名团伙成员被海城公安分局依法刑事拘留", GX, BH, HC),
    F("suspects_arrested", 9, "9名犯罪团伙悉数落网", GX, BH, HC),
], campaigns=[]))

# AS19 图们 机票改签 (Traditional with pinyin; no page date; "2016年11月13日" is the victim's report)
YB = "延边朝鲜族自治州"; TM = "图们市"
docs.append(dict(doc_id="AS19", published=None, facts=[
    F("suspects_arrested", 8, "抓獲嫌疑人8名", JL, YB, TM),
    F("money_recovered", 200000, "追繳贓款20多萬元", JL, YB, TM, q="at_least"),
    F("suspects_arrested", 2, "販賣公民個(gè)人信息的犯罪嫌疑人2名", JL, YB, TM),
    F("victim_loss", 48000, "4.8萬元先后四次被轉(zhuǎn)走", JL, YB, TM),
], campaigns=[]))

# AS20 宁波边防支队 网络游戏账号诈骗 (Traditional with pinyin, "2018-01-24")
NB = "宁波市"
docs.append(dict(doc_id="AS20", published="2018-01-24", facts=[
    F("suspects_arrested", 46, "跨省追捕犯罪嫌疑人46人", ZJ, NB),
    F("suspects_detained", 27, "27名嫌疑人已被刑拘", ZJ, NB),
    F("money_involved", 1000000, "詐騙案涉百萬元", ZJ, NB),
    F("victim_loss", 3000, "在網(wǎng)絡游戲中被騙3000元", ZJ, NB, "北仑区", "2017-09-01", "2017-09-30"),
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
