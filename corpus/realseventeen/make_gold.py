"""Hand-made gold for realseventeen (written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

HA = "河南省"; HN = "湖南省"; JS = "江苏省"; AH = "安徽省"; YN = "云南省"; FJ = "福建省"; HB = "湖北省"
SD = "山东省"; SN = "陕西省"; GD = "广东省"; GX = "广西壮族自治区"

docs = []

# L01 周口 (人民日报 via zhld.com; no date in the text; "去年起" not fixed)
ZK = "周口市"
docs.append(dict(doc_id="L01", published=None, facts=[
    F("money_frozen", 570000000, "全市止付冻结涉案资金5.7亿元", HA, ZK),
    F("money_recovered", 200000, "最终帮助他避免了20万元的经济损失", HA, ZK, "郸城县"),
], campaigns=[]))

# L02 河南省公安厅 赴柬 (no year in the text; joint with 四川 -> reporting force 河南省, city null)
docs.append(dict(doc_id="L02", published=None, facts=[
    F("dens_destroyed", 3, "河南省警方赴柬端掉3个电信诈骗窝点", HA),
    F("suspects_arrested", 31, "一举抓获31名犯罪嫌疑人", HA),
], campaigns=[]))

# L03 株洲 荷塘分局 (株洲晚报; "10月18日", no year). Branch-wide all-crime totals left out.
ZZ = "株洲市"; HT = "荷塘区"
docs.append(dict(doc_id="L03", published=None, facts=[
    F("victim_loss", 1500000, "之后又先后5次投入共150万元购买彩票产品", HN, ZZ, HT),
    F("suspects_detained", 12, "刑拘诈骗犯罪嫌疑人12人", HN, ZZ, HT),
    F("money_recovered", 1500000, "陆续追缴赃款150万元", HN, ZZ, HT),
], campaigns=[]))

# L04 湘西 花垣县 (红网 "1月25日讯"; "2021年以来" instead of "今年以来" -> 2022-01-25)
XX = "湘西土家族苗族自治州"; HY = "花垣县"
P04 = ("2021-01-01", "2022-01-25")
docs.append(dict(doc_id="L04", published="2022-01-25", facts=[
    F("money_recovered", 790000, "依法将近期追回的79万元现金发还给受害群众", HN, XX, HY, "2022-01-25", "2022-01-25"),
    F("suspects_arrested", 95, "共抓获电诈类犯罪嫌疑人95人", HN, XX, HY, *P04),
    F("suspects_detained", 72, "刑事拘留72人", HN, XX, HY, *P04),
    F("money_recovered", 1000000, "为群众挽回损失近百万元", HN, XX, HY, *P04, q="approx"),
], campaigns=[C("断卡行动")]))

# L05 扬州 江都分局 大桥派出所 (扬州晚报 via bbs archiver; "5月11日", "去年10月", no year)
YZ = "扬州市"; JD = "江都区"
docs.append(dict(doc_id="L05", published=None, facts=[
    F("money_recovered", 45000, "这是退给你的4.5万元", JS, YZ, JD),
    F("money_recovered", 30000, "这是退给你的3万元", JS, YZ, JD),
    F("victim_loss", 100000, "被人骗走10多万元", JS, YZ, JD, q="at_least"),
    F("money_involved", 600000, "累计金额60多万元", JS, YZ, JD, q="at_least"),
    F("victim_loss", 200000, "最多的受害人被骗近20万元", JS, YZ, JD, q="approx"),
    F("money_recovered", 300000, "累计追回30多万元被骗赃款", JS, YZ, JD, q="at_least"),
], campaigns=[]))

# L06 合肥 (大皖新闻; "1月9日" = 第三个中国人民警察节, full 2022 reported -> 2023-01-09)
docs.append(dict(doc_id="L06", published="2023-01-09", facts=[
    F("money_stopped", 1880000000, "止付涉案资金达18.8亿元", AH, "合肥市", None, "2022-01-01", "2022-12-31"),
], campaigns=[]))

# L07 武汉 养老诈骗 (Traditional, pinyin ruby, doubled commas; 新华社 "7月12日電", "4月份": no year)
WH = "武汉市"; YL = "打击治理养老诈骗专项行动"
docs.append(dict(doc_id="L07", published=None, facts=[
    F("cases_solved", 189, "共破獲涉養(yǎng)老詐騙案件189起", HB, WH, camp=YL),
    F("suspects_arrested", 682, "抓獲違法犯罪嫌疑人682名", HB, WH, camp=YL),
    F("gangs_busted", 66, "打掉犯罪團(tuán)伙66個", HB, WH, camp=YL),
    F("money_frozen", 680000000, "凍結(jié)涉案資產(chǎn)6.8億元", HB, WH, camp=YL),
    F("suspects_arrested", 110, "一舉抓獲涉案人員110余名", HB, WH, q="at_least", camp=YL),
], campaigns=[C(YL)]))

# L08 长沙 (Traditional, 长沙晚报 "1月20日訊"; full 2019 reported -> 2020-01-20)
CS = "长沙市"
docs.append(dict(doc_id="L08", published="2020-01-20", facts=[
    F("money_recovered", 1700000, "返還成功止付凍結的170余萬元被騙資金", HN, CS, q="at_least"),
    F("victim_loss", 487000, "先后轉出48.7萬元", HN, CS, None, "2018-11-01", "2018-11-30"),
    F("victim_loss", 430000, "和43萬元到對方指定賬戶", HN, CS, None, "2018-11-01", "2018-11-30"),
    F("money_frozen", 430000, "第二次轉的43萬元成功止付凍結", HN, CS),
    F("money_recovered", 430000, "最終拿回43萬元", HN, CS, None, "2020-01-20", "2020-01-20"),
    F("money_frozen", 79000, "最終凍結涉案資金7.9萬元", HN, CS),
    F("money_recovered", 79000, "劉先生拿回了這7.9萬元", HN, CS, None, "2020-01-20", "2020-01-20"),
    F("money_recovered", 272000000, "2019年成功勸阻資金2.72億元", HN, CS, None, "2019-01-01", "2019-12-31"),
], campaigns=[]))

# L09 云南省 夏季行动 发布会 ("10月16日", "今年", "自去年9月以来": no year in the text)
docs.append(dict(doc_id="L09", published=None, facts=[
    F("suspects_arrested", 51800, "累计从周边缅北、老北地区抓回涉诈人员5.18万余名", YN, q="at_least"),
    F("people_dissuaded", 38400, "共对3.84万名受害人见面劝阻", YN),
    F("money_recovered", 114000000, "避免群众损失1.14亿元", YN),
], campaigns=[C("夏季治安打击整治行动")]))

# L10 泉州 2016 (东南网 mirror, stamp 2016-07-07; "3个月来", "自运行以来": periods null)
QZ = "泉州市"
docs.append(dict(doc_id="L10", published="2016-07-07", facts=[
    F("cases_solved", 900, "目前已经破获电信网络诈骗案900起", FJ, QZ),
    F("money_recovered", 20000000, "追缴被诈骗款项近2000万元", FJ, QZ, q="approx"),
    F("suspects_arrested", 185, "累计抓获犯罪嫌疑人185名", FJ, QZ),
    F("cases_solved", 283, "组织侦破电信网络诈骗案件283起", FJ, QZ),
    F("dens_destroyed", 72, "捣毁诈骗窝点72个", FJ, QZ),
    F("cards_seized", 755, "银行卡755张", FJ, QZ),
    F("money_frozen", 2577500, "冻结止付被骗资金257.75万元", FJ, QZ),
], campaigns=[C("3·20", kind="case"), C("3·28", kind="case"), C("4·8", kind="case")]))

# L11 曲靖 2025 (网易号; no page date: published null; "2025年以来" has no known end)
QJ = "曲靖市"
docs.append(dict(doc_id="L11", published=None, facts=[
    F("money_recovered", 20000000, "为受害群众追回被骗资金2000余万元", YN, QJ, q="at_least"),
    F("money_recovered", 220000, "避免资金损失22万元", YN, QJ, None, "2025-12-01", "2025-12-31"),
    F("money_recovered", 4000000, "全市累计避免群众经济损失400多万元", YN, QJ, q="at_least"),
    F("money_stopped", 48000, "客户吴某取现4.8万元资金来源异常", YN, QJ),
], campaigns=[]))

# L12 武汉 808 (Traditional, .tw mirror of 澎湃; "6月12日" after "2017年4月" + "2個多月" -> 2017-06-12)
docs.append(dict(doc_id="L12", published="2017-06-12", facts=[
    F("suspects_arrested", 808, "涉案人員808名", HB, WH),
    F("suspects_arrested", 8, "8名首腦分子", HB, WH),
    F("cards_seized", 3000, "銀行卡3000余張", HB, WH, q="at_least"),
], campaigns=[]))

# L13 扬州 2019 (现代快报 e-paper, 2019-05-14; "自2017年6月投入运行以来" -> 2017-06-01..2019-05-14, second reader)
docs.append(dict(doc_id="L13", published="2019-05-14", facts=[
    F("money_recovered", 843000, "返还被骗资金84.3万元", JS, YZ, None, "2019-05-12", "2019-05-12"),
    F("money_frozen", 410000000, "成功止付冻结涉案资金4.1亿元", JS, YZ, None, "2017-06-01", "2019-05-14"),
    F("victim_loss", 180000, "当即她就向这个账户转了18万元", JS, YZ, None, "2019-01-03", "2019-01-03"),
    F("money_stopped", 159000, "止付到被害人郑某被骗的15.9万元", JS, YZ),
], campaigns=[]))

# L14 青岛 崂山分局 埠东派出所 (Traditional, 网易号 repost; "前段时间", no date)
docs.append(dict(doc_id="L14", published=None, facts=[
    F("victim_loss", 700000, "被騙金額高達70萬元", SD, "青岛市", "崂山区"),
], campaigns=[]))

# L15 淄博 周村分局 (大众新闻 via 网易; "8月27日", "今年7月下旬", no year)
ZB = "淄博市"; ZC = "周村区"
docs.append(dict(doc_id="L15", published=None, facts=[
    F("money_recovered", 78, "领回被骗的78元现金", SD, ZB, ZC),
    F("victim_loss", 2900, "共计损失2900余元", SD, ZB, ZC, q="at_least"),
    F("suspects_arrested", 3, "三名实施电信网络诈骗的违法嫌疑人", SD, ZB, ZC),
], campaigns=[]))

# L16 商洛 丹凤县 (商洛日报 e-paper 2023-03-21; returns mix 盗抢骗 and 电诈; all-crime totals left out)
SL = "商洛市"; DF = "丹凤县"; DJ = "冬季严打整治专项行动"
D16 = ("2023-03-09", "2023-03-09")
docs.append(dict(doc_id="L16", published="2023-03-21", facts=[
    F("money_recovered", 1010000, "丹凤公安发还涉案资金101万元", SN, SL, DF, *D16, camp=DJ),
    F("money_recovered", 680000, "民警向受害群众发还被骗现金68万元", SN, SL, DF, *D16, camp=DJ),
    F("money_recovered", 330000, "另33万元资金通过银行发还受害群众", SN, SL, DF, *D16, camp=DJ),
], campaigns=[C(DJ, start="2022-11")]))

# L17 盐城 亭湖分局 "忠诚·2021" (中新网江苏 "6月11日电"; "忠诚·2021", "2020年底" -> 2021-06-11)
# mixed-crime totals (抓获各类71人, 追回赃款赃物30余万) and the theft cases are left out
YC = "盐城市"; TH = "亭湖区"; ZC21 = "忠诚·2021"
docs.append(dict(doc_id="L17", published="2021-06-11", facts=[
    F("gangs_busted", 6, "打掉电信网络诈骗团伙6个", JS, YC, TH, "2021-06-01", "2021-06-04", camp=ZC21),
    F("victim_loss", 50000, "让她通过微信和支付宝转账近5万元", JS, YC, TH, "2021-04-25", "2021-04-25", q="approx"),
    F("money_involved", 1460000, "该卡仅一个月涉案入账金额高达146万余元", JS, YC, TH, q="at_least"),
], campaigns=[C(ZC21)]))

# L18 中山 2016 上半年 (baogaosu mirror "07.07.2016  03:32"; 飓风2016 发布会)
ZS = "中山市"; H1 = ("2016-01-01", "2016-06-30"); D18 = ("2016-05-12", "2016-05-12")
docs.append(dict(doc_id="L18", published="2016-07-07", facts=[
    F("suspects_detained", 178, "刑事拘留人数,达178人", GD, ZS, None, *H1),
    F("suspects_detained", 153, "2015年全年刑事拘留人数153人", GD, ZS, None, "2015-01-01", "2015-12-31"),
    F("dens_destroyed", 43, "摧毁团伙和窝点达43个", GD, ZS, None, *H1),
    F("money_frozen", 1000000, "直接缴获现金赃款100多万元", GD, ZS, None, *H1, q="at_least"),
    F("accounts_frozen", 400, "紧急冻结嫌疑人银行帐号400多个", GD, ZS, None, *H1, q="at_least"),
    F("money_frozen", 8000000, "冻结资金达800多万元", GD, ZS, None, *H1, q="at_least"),
    F("cases_filed", 1273, "上半年共立案1273起", GD, ZS, None, *H1),
    F("victim_loss", 20000, "卡中2万余元被转走", GD, ZS, None, "2016-01-14", "2016-01-14", q="at_least"),
    F("suspects_arrested", 3, "将三名犯罪嫌疑人一举抓获", GD, ZS, None, *D18),
    F("cards_seized", 85, "缴获涉案银行卡85张", GD, ZS, None, *D18),
    F("cards_seized", 14, "电话卡14张", GD, ZS, None, *D18),
    F("money_involved", 3000000, "涉案价值300多万元", GD, ZS, q="at_least"),
], campaigns=[C("飓风2016")]))

# L19 十堰 (十堰广电; no page date; 2021 full year)
SY = "十堰市"; Y21 = ("2021-01-01", "2021-12-31")
docs.append(dict(doc_id="L19", published=None, facts=[
    F("cases_filed", 5072, "立案5072起", HB, SY, None, *Y21),
    F("suspects_arrested", 3492, "抓获3492人", HB, SY, None, *Y21),
    F("cases_solved", 1200, "破获案件1200起", HB, SY, None, *Y21),
    F("suspects_arrested", 478, "抓获行业内鬼478名", HB, SY),
    F("money_frozen", 10000000, "冻结涉案账户资金千万元以上", HB, SY, q="at_least"),
], campaigns=[C("雷火2022"), C("反诈防骗百日宣传")]))

# L20 桂林 (网易号; "4月28日", "今年以来", no year)
GL = "桂林市"
docs.append(dict(doc_id="L20", published=None, facts=[
    F("money_recovered", 12700000, "为受害人追回被骗损失1270余万元", GX, GL, q="at_least"),
    F("cases_solved", 550, "共破获电信网络诈骗案件550起", GX, GL),
    F("suspects_arrested", 920, "抓获涉诈犯罪嫌疑人920余人", GX, GL, q="at_least"),
    F("dens_destroyed", 50, "打掉境内引流、洗钱等环节窝点、团伙50余个", GX, GL, q="at_least"),
    F("suspects_arrested", 1950, "共抓获本地“两卡”违法犯罪人员1950余人", GX, GL, q="at_least"),
    F("gangs_busted", 65, "打掉本地黑灰产团伙65个", GX, GL),
], campaigns=[C("断卡行动"), C("断流")]))

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
