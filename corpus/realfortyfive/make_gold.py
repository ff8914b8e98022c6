"""Hand-made gold for realfortyfive (AU01-AU20; written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

HE = "河北省"; SX = "山西省"; LN = "辽宁省"; JL = "吉林省"; ZJ = "浙江省"; JS = "江苏省"; SH = "上海市"
GD = "广东省"; CQ = "重庆市"; SD = "山东省"; FJ = "福建省"; SC = "四川省"; HA = "河南省"; HB = "湖北省"
JX = "江西省"

docs = []

# AU01 衡水市 反诈宣传活动启动 (长城网, stamp 2019-08-24). Cumulative figures "自2016年12月市反诈中心成立以来"
# run from the founding month to the page date; "今年以来" 发案 runs 2019-01-01..2019-08-24.
HS = "衡水市"; CUM = ("2016-12-01", "2019-08-24")
docs.append(dict(doc_id="AU01", published="2019-08-24", facts=[
    F("money_frozen", 230000000, "止付冻结资金2.3亿元", HE, HS, None, *CUM),
    F("people_dissuaded", 210, "及时劝阻受骗群众210人", HE, HS, None, *CUM),
    F("cases_solved", 2140, "破获案件2140起", HE, HS, None, *CUM),
    F("dens_destroyed", 63, "捣毁犯罪窝点63个", HE, HS, None, *CUM),
    F("suspects_arrested", 1057, "抓获违法犯罪人员1057人", HE, HS, None, *CUM),
    F("money_recovered", 5160000, "返还被骗资金516万元", HE, HS, None, *CUM),
    F("cards_seized", 900, "缴获涉案银行卡900余张", HE, HS, None, *CUM, q="at_least"),
    F("cards_seized", 670, "手机卡670余张", HE, HS, None, *CUM, q="at_least"),
    F("cases_filed", 1116, "电信网络诈骗犯罪发案1116起", HE, HS, None, "2019-01-01", "2019-08-24"),
], campaigns=[]))

# AU02 晋城市 打击整治养老诈骗 (山西新闻网 专题 "2022" breadcrumb, no page date -> published and periods null)
JC = "晋城市"; YL = "打击整治养老诈骗专项行动"
docs.append(dict(doc_id="AU02", published=None, facts=[
    F("cases_filed", 68, "全市共立涉养老诈骗案件68起", SX, JC, camp=YL),
    F("cases_solved", 64, "破案64起", SX, JC, camp=YL),
    F("suspects_arrested", 112, "抓获犯罪嫌疑人112人", SX, JC, camp=YL),
    F("gangs_busted", 5, "打掉犯罪团伙5个", SX, JC, camp=YL),
    F("money_involved", 327000000, "涉案资金3.27亿余元", SX, JC, q="at_least", camp=YL),
    F("money_recovered", 32552600, "追赃挽损金额3255.26万元", SX, JC, camp=YL),
], campaigns=[C(YL)]))

# AU03 沈阳市公安局 新闻发布会 (央广网 "8月15日消息", no year in the text -> null). Case codes "7·06" "1·03".
SY = "沈阳市"
docs.append(dict(doc_id="AU03", published=None, facts=[
    F("money_recovered", 41000000, "已追回涉案资金4100余万元", LN, SY, q="at_least"),
    F("people_dissuaded", 4180000, "预警劝阻服务突破418万人次", LN, SY, q="at_least"),
    F("money_recovered", 113000000, "避免群众财产损失1.13亿元", LN, SY),
], campaigns=[C("7·06", kind="case"), C("1·03", kind="case")]))

# AU04 辽源市公安局 西安虚假现货团伙 (光明日报 e-paper mirror; "今年6月1日" without a year -> null)
docs.append(dict(doc_id="AU04", published=None, facts=[
    F("suspects_arrested", 124, "警方共抓获犯罪嫌疑人124人", JL, "辽源市"),
    F("money_involved", 100000000, "初查涉案资金近亿元", JL, "辽源市", q="approx"),
], campaigns=[]))

# AU05 义乌市公安局 海南 刷单团伙 (中国义乌网; "6月30日" without a year -> null)
JH = "金华市"; YW = "义乌市"
docs.append(dict(doc_id="AU05", published=None, facts=[
    F("gangs_busted", 2, "在海南打掉两个通讯(网络)诈骗团伙", ZJ, JH, YW),
    F("suspects_arrested", 21, "抓获犯罪嫌疑人21名", ZJ, JH, YW),
    F("victim_loss", 17000, "一共通过支付宝付出去1.7万元", ZJ, JH, YW),
], campaigns=[]))

# AU06 义乌 苏溪派出所 拦截现金 (义乌商报; no date in the text)
docs.append(dict(doc_id="AU06", published=None, facts=[
    F("money_recovered", 60000, "为群众挽回损失6万元", ZJ, JH, YW),
    F("suspects_arrested", 1, "当场抓获1名嫌疑人", ZJ, JH, YW),
], campaigns=[]))

# AU07 泊头市公安局 拦截快递现金 (沧州日报; no date in the text)
docs.append(dict(doc_id="AU07", published=None, facts=[
    F("money_recovered", 200000, "为七旬受害人挽回20万元经济损失", HE, "沧州市", "泊头市"),
], campaigns=[]))

# AU08 盐城警方 "7·26" 借呗 诈骗团伙 (现代快报 e-paper, header "2019年8月6日")
YC = "盐城市"; C726 = "7·26"
docs.append(dict(doc_id="AU08", published="2019-08-06", facts=[
    F("suspects_arrested", 62, "一举抓获犯罪嫌疑人62名", JS, YC, camp=C726),
    F("dens_destroyed", 2, "捣毁诈骗窝点2个", JS, YC, camp=C726),
    F("victim_loss", 1200, "分两次付给对方1200元", JS, YC, "阜宁县", camp=C726),
], campaigns=[C(C726, kind="case", start="2019-07-26")]))

# AU09 上海金山 "3·30" 贷款诈骗案 (Traditional mirror of 央广网 "6月14日消息"; the gang's 2016年11月至2017年4月
# activity and the 5月25日 arrests fix 2017)
# checker: texts/AU09.txt replaced with the search tool's excerpt for the same address (byte-exact); the saved
# file had dropped the ruby "(gè)" after 個 three times (兩個多月, 一個微信名, 多個地區). No evidence string changes.
JSQ = "金山区"; C330 = "3·30"
docs.append(dict(doc_id="AU09", published="2017-06-14", facts=[
    F("suspects_arrested", 31, "抓獲犯罪嫌疑人31名", SH, SH, JSQ, "2017-05-25", "2017-05-25", camp=C330),
    F("money_involved", 4000000, "涉案價(jià)值超過400萬元", SH, SH, JSQ, q="at_least", camp=C330),
    F("victim_loss", 4058, "被騙了4058元", SH, SH, JSQ, camp=C330),
], campaigns=[C(C330, kind="case", start="2017-03-30")]))

# AU10 湛江市公安局 网贷诈骗团伙 (Traditional mirror of 中新社 "8月4日電"; no year -> null)
ZJS = "湛江市"
docs.append(dict(doc_id="AU10", published=None, facts=[
    F("gangs_busted", 2, "論v毀兩個特大網(wǎng)貸詐騙團伙", GD, ZJS),
    F("suspects_arrested", 161, "抓獲嫌犯161人", GD, ZJS),
    F("suspects_detained", 116, "已有116人被刑拘", GD, ZJS),
    F("dens_destroyed", 5, "搗毀犯罪窩點5個", GD, ZJS),
    F("money_stopped", 10000000, "初步止付涉案資金近千萬元", GD, ZJS, q="approx"),
], campaigns=[]))

# AU11 重庆 "北银创投" 网贷诈骗集团 (中国农村网 copy of 法制日报, stamp 2018-07-11)
YJ = "渝警行动2018"
docs.append(dict(doc_id="AU11", published="2018-07-11", facts=[
    F("suspects_arrested", 440, "抓获涉嫌违法犯罪人员440名", CQ, CQ, camp=YJ),
    F("gangs_busted", 14, "打掉不法团伙14个", CQ, CQ, camp=YJ),
    F("dens_destroyed", 18, "捣毁诈骗窝点18个", CQ, CQ, camp=YJ),
    F("money_involved", 200000000, "涉案金额2亿余元", CQ, CQ, q="at_least", camp=YJ),
], campaigns=[C(YJ, start="2018")]))

# AU12 烟台 虚拟货币投资诈骗 (Traditional mirror; no page date; "2020年4月28日" 报警 fixes the 5月21日 收网 as 2020)
YT = "烟台市"; D521 = ("2020-05-21", "2020-05-21")
docs.append(dict(doc_id="AU12", published=None, facts=[
    F("suspects_detained", 16, "刑拘嫌疑人16人", SD, YT, None, *D521),
    F("money_frozen", 730000, "扣押現(xiàn)金73萬元", SD, YT, None, *D521),
    F("money_frozen", 10000000, "凍結(jié)涉案資金1000余萬元", SD, YT, None, *D521, q="at_least"),
    F("money_involved", 14000000, "涉案金額1400余萬元", SD, YT, q="at_least"),
    F("victim_loss", 500000, "先后投資50余萬元", SD, YT, q="at_least"),
], campaigns=[]))

# AU13 泉州市公安局 新闻发布会 (闽南网, stamp 2023-08-04): 杀猪盘 团伙 39人 (33 on 5月16日 + 6 on 7月6日)
QZ = "泉州市"
docs.append(dict(doc_id="AU13", published="2023-08-04", facts=[
    F("suspects_arrested", 33, "行动成功抓获犯罪嫌疑人33人", FJ, QZ, None, "2023-05-16", "2023-05-16"),
    F("money_frozen", 20000000, "扣押现金2000余万元", FJ, QZ, None, "2023-05-16", "2023-05-16", q="at_least"),
    F("suspects_arrested", 6, "抓获同案犯罪嫌疑人6人", FJ, QZ, None, "2023-07-06", "2023-07-06"),
    F("money_recovered", 20000000, "集中发还追缴赃款2000多万元", FJ, QZ, q="at_least"),
], campaigns=[]))

# AU14 河北省公安厅 2015年全年 电信诈骗 (中国经济网转长城网, stamp 2016-01-23; a January review of last year's
# work, with 2015 typical cases of 衡水, 石家庄 and 廊坊 安次分局 on their own days)
Y15 = ("2015-01-01", "2015-12-31")
docs.append(dict(doc_id="AU14", published="2016-01-23", facts=[
    F("cases_solved", 1782, "共破获电信诈骗案件1782起", HE, None, None, *Y15),
    F("suspects_arrested", 460, "抓获犯罪嫌疑人460名", HE, None, None, *Y15),
    F("gangs_busted", 45, "打掉犯罪团伙45个", HE, None, None, *Y15),
    F("dens_destroyed", 36, "端掉犯罪窝点36个", HE, None, None, *Y15),
    F("money_frozen", 36210000, "冻结追缴赃款3621万元", HE, None, None, *Y15),
    F("suspects_arrested", 2, "抓获犯罪嫌疑人2名", HE, "衡水市", None, "2015-02-13", "2015-02-13"),
    F("suspects_arrested", 8, "一举抓获8名团伙犯罪嫌疑人", HE, "石家庄市", None, "2015-05-26", "2015-05-26"),
    F("suspects_arrested", 3, "抓获犯罪嫌疑人3名", HE, "廊坊市", "安次区", "2015-06-03", "2015-06-03"),
    F("money_recovered", 300000, "追缴赃款三十余万元", HE, "廊坊市", "安次区", "2015-06-03", "2015-06-03", q="at_least"),
], campaigns=[]))

# AU15 重庆 城口县 巴山派出所 杀猪盘 (中国经济周刊 site; "2025年1月" but no page date -> null)
docs.append(dict(doc_id="AU15", published=None, facts=[
    F("money_recovered", 610000, "为8名受害人挽回经济损失共计61万元", CQ, CQ, "城口县"),
    F("money_involved", 610000, "涉案金额达61万元", CQ, CQ, "城口县"),
], campaigns=[]))

# AU16 信阳 浉河公安分局 瑞丽/盈江 "赌石" 直播诈骗 (信阳日报; "11月8日" without a year -> null); 51 = 14 + 19 + 18
XY = "信阳市"; SHQ = "浉河区"
docs.append(dict(doc_id="AU16", published=None, facts=[
    F("gangs_busted", 3, "接连打掉3个“赌石”诈骗团伙", HA, XY, SHQ),
    F("suspects_arrested", 51, "共抓获犯罪嫌疑人51名", HA, XY, SHQ),
    F("suspects_arrested", 14, "抓获汪某、王某等14名嫌疑人", HA, XY, SHQ),
    F("money_frozen", 10000, "当场查获涉案现金1万余元", HA, XY, SHQ, q="at_least"),
    F("suspects_arrested", 19, "将陈某某、史某某等19名嫌疑人全部抓获", HA, XY, SHQ),
    F("money_frozen", 100000, "当场收缴涉案现金10万余元", HA, XY, SHQ, q="at_least"),
    F("suspects_arrested", 18, "将李某某、张某某等18名嫌疑人全部抓获", HA, XY, SHQ),
], campaigns=[]))

# AU17 武汉市反电诈中心 游戏装备诈骗 止付冻结 (长江网 "2月28日讯"; no year -> null)
WH = "武汉市"
docs.append(dict(doc_id="AU17", published=None, facts=[
    F("money_frozen", 1237000, "对该账户上的123.7万元资金进行了止付冻结", HB, WH),
    F("victim_loss", 28800, "男子网购游戏装备被骗2.88万元", HB, WH, "硚口区"),
], campaigns=[]))

# AU18 赣州 兴国县公安局 "保健奶粉" 养老诈骗 (赣南日报; "今年3月", "5月27日" without a year -> null); 22 = 18 + 4
GZ = "赣州市"; XG = "兴国县"
docs.append(dict(doc_id="AU18", published=None, facts=[
    F("suspects_arrested", 22, "抓获涉案人员22名", JX, GZ, XG),
    F("money_involved", 8000000, "涉案金额800余万元", JX, GZ, XG, q="at_least"),
    F("suspects_arrested", 18, "当场抓获涉案人员18名", JX, GZ, XG),
    F("suspects_arrested", 4, "该局将剩余4名涉案人员抓获", JX, GZ, XG),
], campaigns=[C(YL)]))

# AU19 长春 绿园分局 帮信洗钱团伙 (Traditional mirror with pinyin; "9月27日" without a year -> null)
docs.append(dict(doc_id="AU19", published=None, facts=[
    F("suspects_arrested", 15, "共抓捕15名犯罪嫌疑人", JL, "长春市", "绿园区"),
    F("victim_loss", 3000000, "被詐騙300余萬(wàn)元", JL, "长春市", "绿园区", q="at_least"),
], campaigns=[]))

# AU20 恩施市公安局 "跑分" 洗钱团伙 (no date; "今年10月", "11月初" without a year -> null); 4 of the 25
ES = "恩施土家族苗族自治州"; ESS = "恩施市"
docs.append(dict(doc_id="AU20", published=None, facts=[
    F("suspects_arrested", 25, "抓获25名涉案人员", HB, ES, ESS),
    F("suspects_arrested", 4, "将尚在“跑分”的李宇等四人当场抓获", HB, ES, ESS),
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
