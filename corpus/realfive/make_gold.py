"""Hand-made gold for corpus/realfive (written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

GS = "甘肃省"; HN = "湖南省"; SC = "四川省"; GX = "广西壮族自治区"; JX = "江西省"; NX = "宁夏回族自治区"
SN = "陕西省"; JS = "江苏省"; ZJ = "浙江省"; HL = "黑龙江省"; HA = "河南省"; AH = "安徽省"; GD = "广东省"

docs = []

# V01 甘肃省 (中国甘肃网 '9月22日讯'; 2019 reported as a finished year, '2019年至今年6月底' -> 2020)
H1_20 = ("2020-01-01", "2020-06-30")
Y19 = ("2019-01-01", "2019-12-31")
docs.append(dict(doc_id="V01", published="2020-09-22", facts=[
    F("cases_solved", 3028, "全省共破获电信网络诈骗案件3028起", GS, None, None, *H1_20),
    F("cases_solved", 4841, "全省公安机关共破获电信网络诈骗案件4841起", GS, None, None, *Y19),
    F("suspects_arrested", 1994, "抓获犯罪嫌疑人1994名", GS, None, None, *Y19),
    F("suspects_arrested", 1367, "抓获犯罪嫌疑人1367名", GS, None, None, *H1_20),
    F("people_dissuaded", 40000, "阻止可能受骗群众4万余人次", GS, q="at_least"),
    F("money_frozen", 2826000000, "全省共止付冻结被骗资金28.26亿元", GS, None, None, "2019-01-01", "2020-06-30"),
    F("money_recovered", 36470800, "全省共追缴被骗资金3647.08万元", GS, None, None, *H1_20),
    F("money_recovered", 11488000, "返还受害群众1148.8万元", GS, None, None, *H1_20),
    F("people_dissuaded", 18000, "成功劝阻受害人1.8万人次", GS),
    F("money_recovered", 80000000, "直接挽回经济损失8000余万元", GS, q="at_least"),
], campaigns=[]))

# V02 长沙 96110 2019 (machine-rewritten; '1月10日' + full-year 2019 -> 2020-01-10)
CS = "长沙市"
docs.append(dict(doc_id="V02", published="2020-01-10", facts=[
    F("cases_filed", 15000, "共受理电信互联网诈骗案件1.5万余起", HN, CS, None, *Y19, q="at_least"),
    F("money_stopped", 420000000, "总金额4.2亿元", HN, CS, None, *Y19),
], campaigns=[]))

# V03 四川 省反诈骗中心 三年 ('昨日', no date; province only via 成都/西部首个)
docs.append(dict(doc_id="V03", published=None, facts=[
    F("money_recovered", 3240000, "集中向15名事主返还了被骗的共计324万元人民币", SC),
    F("people_dissuaded", 130000, "成功劝阻事主13万人次", SC),
    F("money_stopped", 70000000, "拦截资金7000余万元", SC, q="at_least"),
], campaigns=[]))

# V04 兰州 七里河分局 '2·18' 专案 (人民网 2021-03-29)
LZ = "兰州市"; QLH = "七里河区"
docs.append(dict(doc_id="V04", published="2021-03-29", facts=[
    F("suspects_arrested", 64, "现场抓获犯罪嫌疑人64名", GS, LZ, QLH, camp="2·18"),
    F("cards_seized", 200, "电话卡200余张", GS, LZ, QLH, q="at_least", camp="2·18"),
    F("victim_loss", 110000, "被骗人民币11万元", GS, LZ, QLH, "2021-02-18", "2021-02-18", camp="2·18"),
    F("cases_solved", 10, "又带破其他省市电诈案件达10多起", GS, LZ, QLH, q="at_least", camp="2·18"),
    F("suspects_detained", 29, "首批押解回兰的29名犯罪嫌疑人已被依法刑事拘留", GS, LZ, QLH, camp="2·18"),
], campaigns=[C("2·18", kind="case", start="2021-02-18")]))

# V05 西昌 (content farm '发布于:2021-09-17')
LS = "凉山彝族自治州"; XC = "西昌市"
docs.append(dict(doc_id="V05", published="2021-09-17", facts=[
    F("victim_loss", 1316216, "共被骗1316216元", SC, LS, XC),
    F("suspects_arrested", 30, "先后4批次成功抓获30名涉案嫌疑人", SC, LS, XC),
    F("accounts_frozen", 52, "冻结银行账号52个", SC, LS, XC),
    F("money_frozen", 120000, "冻结涉案资金12万元", SC, LS, XC),
], campaigns=[]))

# V06 武威 凉州区 '12·11' / '3·18' (no page date; incident dates 2019 stated)
WW = "武威市"; LZQ = "凉州区"
P1 = ("2019-03-18", "2019-03-26")
P2 = ("2019-04-10", "2019-04-10")
docs.append(dict(doc_id="V06", published=None, facts=[
    F("victim_loss", 400000, "被骗现金40余万元", GS, WW, LZQ, q="at_least", camp="3·18"),
    F("dens_destroyed", 3, "捣毁3处电信网络诈骗窝点", GS, WW, LZQ, *P1, camp="12·11"),
    F("suspects_arrested", 10, "共抓获犯罪嫌疑人10名", GS, WW, LZQ, *P1, camp="12·11"),
    F("money_frozen", 500000, "冻结资金50余万元", GS, WW, LZQ, *P1, q="at_least", camp="12·11"),
    F("dens_destroyed", 2, "一举捣毁犯罪窝点2处", GS, WW, LZQ, *P2, camp="3·18"),
    F("suspects_arrested", 16, "抓获犯罪嫌疑人16名", GS, WW, LZQ, *P2, camp="3·18"),
    F("money_frozen", 200000, "冻结资金20余万元", GS, WW, LZQ, *P2, q="at_least", camp="3·18"),
], campaigns=[C("3·18", kind="case", start="2019-03"), C("12·11", kind="case")]))

# V07 百色 凌云县 (no year anywhere)
BS = "百色市"; LY = "凌云县"
docs.append(dict(doc_id="V07", published=None, facts=[
    F("suspects_arrested", 21, "抓获犯罪嫌疑人21名", GX, BS, LY),
    F("money_involved", 4930000, "涉案金额493万元", GX, BS, LY),
    F("money_frozen", 4930000, "扣押涉案赃款493万元", GX, BS, LY),
    F("money_frozen", 500000, "冻结赃款50万元", GX, BS, LY),
    F("cards_seized", 98, "银行卡98张", GX, BS, LY),
    F("suspects_detained", 13, "梁某、阳某等13人已被依法刑事拘留", GX, BS, LY),
], campaigns=[]))

# V08 新余 渝水分局 (Traditional, no page date; '2022年以來' end unknown)
XY = "新余市"; YS = "渝水区"; CF = "长风3号"
docs.append(dict(doc_id="V08", published=None, facts=[
    F("suspects_arrested", 5, "抓獲涉詐人員5人", JX, XY, YS, "2022-03-11", "2022-03-11", camp=CF),
    F("cases_solved", 220, "共破獲電信詐騙案件220余起", JX, XY, YS, q="at_least"),
    F("dens_destroyed", 3, "搗毀涉詐窩點3個", JX, XY, YS),
    F("gangs_busted", 10, "打掉涉詐團伙10個", JX, XY, YS),
    F("money_frozen", 7000000, "凍結資金700余萬元", JX, XY, YS, q="at_least"),
], campaigns=[C(CF)]))

# V09 固原 泾源县 一季度 (Traditional, doubled commas, no year)
GY = "固原市"; JY = "泾源县"
docs.append(dict(doc_id="V09", published=None, facts=[
    F("cases_filed", 11, "電信詐騙發(fā)案11起", NX, GY, JY),
    F("cases_solved", 2, "破獲電信詐騙案件2人", NX, GY, JY),
    F("suspects_arrested", 4, "抓獲犯罪嫌疑人4人", NX, GY, JY),
    F("money_recovered", 382300, "挽回群眾經(jīng)濟(jì)損失38.23萬元", NX, GY, JY),
], campaigns=[]))

# V10 汉中 汉台分局 返赃大会 (Discuz page 2021-2-4)
HZ = "汉中市"; HT = "汉台区"
docs.append(dict(doc_id="V10", published="2021-02-04", facts=[
    F("money_recovered", 2570000, "15名群众共领回被骗款257万余元", SN, HZ, HT, "2021-02-02", "2021-02-02", q="at_least"),
    F("victim_loss", 40000, "先后6次给对方转账近4万元", SN, HZ, HT, q="approx"),
], campaigns=[]))

# V11 常州 金坛分局 养老诈骗退赃 (Traditional, '2月27日' no year)
CZ = "常州市"; JT = "金坛区"
docs.append(dict(doc_id="V11", published=None, facts=[
    F("money_recovered", 160000, "將此案件追回的16萬余元逐一返還被騙群眾", JS, CZ, JT, q="at_least"),
    F("gangs_busted", 1, "搗毀1個以虛構保健功效高價售賣凈水器的詐騙團伙", JS, CZ, JT),
    F("suspects_arrested", 22, "抓獲犯罪嫌疑人22名", JS, CZ, JT),
    F("money_recovered", 100000, "向31名本地受害群眾發還被騙資金10萬余元", JS, CZ, JT, q="at_least"),
    F("money_recovered", 60000, "通過轉賬方式發還被騙資金6萬余元", JS, CZ, JT, q="at_least"),
], campaigns=[]))

# V12 嘉兴 1-9月 (gambling-site stamp 2025-10-16; the text itself does not contradict it, so by ANNOTATION
# '今年1至9月' takes the publication year: 2025-01..09; 海宁 7月8日 -> 2025-07-08. Second reader's change.)
JXS = "嘉兴市"
Q3_25 = ("2025-01-01", "2025-09-30")
docs.append(dict(doc_id="V12", published="2025-10-16", facts=[
    F("cases_filed", 6858, "全市受理电信网络诈骗案件6858起", ZJ, JXS, None, *Q3_25),
    F("cases_filed", 745, "冒充公检法类诈骗案件745起", ZJ, JXS, None, *Q3_25),
    F("cases_filed", 7, "案值100万元以上被骗案件7起", ZJ, JXS, None, *Q3_25),
    F("victim_loss", 27600000, "海宁发生一起被骗资金2760万元的案件", ZJ, JXS, "海宁市", "2025-07-08", "2025-07-08"),
    F("cases_solved", 4655, "全市公安机关共破获电信网络新型犯罪案件4655起", ZJ, JXS, None, *Q3_25),
    F("suspects_arrested", 1103, "抓获犯罪嫌疑人员1103人", ZJ, JXS, None, *Q3_25),
    F("dens_destroyed", 58, "捣毁窝点58个", ZJ, JXS, None, *Q3_25),
    F("gangs_busted", 67, "摧毁团伙67个", ZJ, JXS, None, *Q3_25),
    F("money_stopped", 40000000, "追赃止付涉案资金4000余万元", ZJ, JXS, None, *Q3_25, q="at_least"),
    F("cases_solved", 22, "破10万元以上案件22起", ZJ, JXS, None, *Q3_25),
    F("cases_solved", 3, "百万元以上案件3起", ZJ, JXS, None, *Q3_25),
], campaigns=[]))

# V13 浙江省 1-6月 ('7月28日', no year in text)
HZS = "杭州市"; XH = "西湖区"
docs.append(dict(doc_id="V13", published=None, facts=[
    F("cases_solved", 9729, "浙江破获电信网络诈骗犯罪案件9729起", ZJ),
    F("suspects_arrested", 20700, "抓获犯罪嫌疑人2.07万名", ZJ),
    F("money_stopped", 1418000000, "止付资金14.18亿元", ZJ),
    F("dens_destroyed", 335, "共捣毁电信网络诈骗犯罪窝点335个", ZJ),
    F("gangs_busted", 350, "打掉团伙350个", ZJ),
    F("suspects_arrested", 30, "抓获杨某等境外“回流”诈骗犯罪嫌疑人30余人", ZJ, HZS, XH, q="at_least"),
    F("money_frozen", 15000000, "查冻涉案资产1500余万元", ZJ, HZS, XH, q="at_least"),
    F("people_dissuaded", 6425400, "劝阻群众642.54万人", ZJ),
    F("money_recovered", 109000000, "累计为群众返还损失1.09亿元", ZJ),
    F("money_recovered", 187000000, "追赃挽损1.87亿元", ZJ),
], campaigns=[]))

# V14 黑龙江省 '核心使命—2022' (Traditional; '3月28日電', year from the operation name)
HX = "核心使命—2022"
W14 = ("2022-02-27", "2022-03-28")
docs.append(dict(doc_id="V14", published="2022-03-28", facts=[
    F("cases_filed", 861, "全省共立電信網絡詐騙犯罪案件861起", HL, None, None, *W14, camp=HX),
    F("cases_solved", 457, "破獲全國案件457起", HL, None, None, *W14, camp=HX),
    F("suspects_arrested", 674, "抓獲犯罪嫌疑人674人", HL, None, None, *W14, camp=HX),
    F("money_frozen", 360000000, "快速止付、凍結涉案資金3.6億元", HL),
    F("suspects_arrested", 269, "組織抓獲非法開辦販賣涉詐手機卡、銀行卡人員269名", HL, camp="断卡行动"),
    F("cards_seized", 700, "繳獲涉詐電話卡、銀行卡700余張", HL, q="at_least", camp="断卡行动"),
], campaigns=[C(HX, start="2022-02-27"), C("断卡行动")]))

# V15 黑龙江省 (spam mirror stamp 2024-11-25 over 中新网 '10月24日电'; '党的二十大以来')
docs.append(dict(doc_id="V15", published="2024-11-25", facts=[
    F("money_recovered", 350000000, "有效避免群众财产损失3.5亿元", HL),
    F("gangs_busted", 400, "打掉涉诈团伙400余个", HL, q="at_least"),
    F("dens_destroyed", 500, "清理本地窝点近500个", HL, q="approx"),
], campaigns=[]))

# V16 河南省 '雷霆12号' (大河报 '6月12日', no year)
LT = "雷霆12号"; ZZ = "郑州市"
docs.append(dict(doc_id="V16", published=None, facts=[
    F("gangs_busted", 79, "全省共打掉电信网络诈骗犯罪团伙79个", HA, camp=LT),
    F("suspects_detained", 1141, "刑拘嫌疑人员1141人", HA, camp=LT),
    F("cases_solved", 1415, "破获各类电信网络诈骗刑事案件1415起", HA, camp=LT),
    F("cards_seized", 4801, "缴获涉案手机卡4801张", HA, camp=LT),
    F("cards_seized", 2860, "银行卡2860张", HA, camp=LT),
    F("money_frozen", 288000000, "冻结、查扣涉案赃款2.88亿元", HA, camp=LT),
    F("suspects_arrested", 8, "郑州共抓获犯罪嫌疑人8人", HA, ZZ, camp=LT),
    F("suspects_arrested", 3, "许昌共抓获犯罪嫌疑人3人", HA, "许昌市", camp=LT),
    F("suspects_arrested", 176, "一举抓获犯罪嫌疑人176名", HA, ZZ, "新密市", camp=LT),
    F("dens_destroyed", 2, "打掉电信网络诈骗窝点2个", HA, ZZ, "新密市", camp=LT),
    F("cards_seized", 270, "扣押手机卡、银行卡270余张", HA, ZZ, "新密市", q="at_least", camp=LT),
    F("money_frozen", 12000000, "查扣、冻结涉案资金1200余万元", HA, ZZ, "新密市", q="at_least", camp=LT),
], campaigns=[C(LT)]))

# V17 安徽省 ('12月9日', '今年', no year)
docs.append(dict(doc_id="V17", published=None, facts=[
    F("dens_destroyed", 4, "打掉境外诈骗窝点4个", AH),
    F("suspects_arrested", 170, "抓获嫌疑人170余名", AH, q="at_least"),
    F("dens_destroyed", 147, "打掉窝点147个", AH),
    F("suspects_arrested", 554, "抓获554人", AH),
    F("cases_solved", 960, "核破案件960起", AH),
    F("people_dissuaded", 54000, "成功劝阻5.4万人", AH),
    F("accounts_frozen", 40000, "冻结4万余个", AH, q="at_least"),
    F("money_frozen", 800000000, "冻结赃款8亿余元", AH, q="at_least"),
], campaigns=[]))

# V18 广东省 (Traditional spam with injected text; '本年', no date)
docs.append(dict(doc_id="V18", published=None, facts=[
    F("cases_solved", 10000, "廣東本年已破1萬多起電詐案", GD, q="at_least"),
    F("suspects_arrested", 11725, "抓獲犯法嫌疑人11725名", GD),
    F("money_recovered", 43950000, "返還上當資金4395萬余元", GD, q="at_least"),
    F("suspects_arrested", 491, "共抓獲犯法嫌疑人491人", GD, camp="断源"),
    F("cases_solved", 2035, "核破案件2035起", GD, camp="断源"),
    F("suspects_arrested", 8634, "共抓獲犯法嫌疑人8634人", GD, camp="断卡"),
    F("cards_seized", 6200, "緝獲銀行卡6200余張", GD, q="at_least", camp="断卡"),
    F("cards_seized", 91000, "德律風卡91000余張", GD, q="at_least", camp="断卡"),
    F("cases_solved", 6189, "核破案件6189起", GD, camp="断卡"),
    F("people_dissuaded", 22000, "會晤勸止高危上當群眾2.2萬余人", GD, q="at_least"),
    F("money_stopped", 800000, "梅州警方8分鐘止包養網 付80余萬元", GD, "梅州市", q="at_least"),
], campaigns=[C("断源"), C("断卡")]))

# V19 广东省 2021 (香港商报 mirror of 中新社, 2022-01-11)
Y21 = ("2021-01-01", "2021-12-31")
docs.append(dict(doc_id="V19", published="2022-01-11", facts=[
    F("cases_solved", 44661, "破電詐案件44661起", GD, None, None, *Y21),
    F("money_recovered", 300000000, "為民眾返還被騙資金超3億元", GD, None, None, *Y21, q="at_least"),
    F("cases_filed", 61647, "立電詐案件61647起", GD, None, None, *Y21),
    F("suspects_arrested", 49243, "抓獲電詐犯罪及其關聯犯罪嫌疑人49243名", GD, None, None, *Y21),
    F("people_dissuaded", 18000000, "電話勸阻超1800萬人次", GD, None, None, *Y21, q="at_least"),
    F("people_dissuaded", 1160000, "上門見面勸阻達116萬人次", GD, None, None, *Y21),
    F("money_stopped", 7769000000, "處置涉案資金77.69億元", GD, None, None, *Y21),
    F("cards_seized", 306915, "繳獲手機卡306915張", GD, None, None, *Y21, camp="四断"),
    F("cards_seized", 37021, "银行卡37021張", GD, None, None, *Y21, camp="四断"),
    F("gangs_busted", 985, "抓獲涉嫌偷渡至境外從事電詐犯罪的團夥985個", GD, None, None, *Y21, camp="四断"),
    F("suspects_arrested", 2552, "團夥985個2552人", GD, None, None, *Y21, camp="四断"),
], campaigns=[C("四断")]))

# V20 全国 2025 (参考消息 spam page 2026-01-08)
Y25 = ("2025-01-01", "2025-12-31")
docs.append(dict(doc_id="V20", published="2026-01-08", facts=[
    F("cases_solved", 258000, "共侦破有关案件25.8万起", None, None, None, *Y25),
    F("suspects_arrested", 542, "累计抓获诈骗集团幕后“金主”、头目和骨干等542名", None, None, None, *Y25),
    F("money_stopped", 21707000, "紧急止付涉诈资金2170.7万元", None, None, None, *Y25),
    F("people_dissuaded", 6747000, "累计见面劝阻674.7万人次", None, None, None, *Y25),
], campaigns=[C("断流"), C("拔钉"), C("斩链")]))

# checks
bad = 0
for d in docs:
    text = open(os.path.join(HERE, "texts", d["doc_id"] + ".txt"), encoding="utf-8").read()
    keys = set()
    camps = {c["name"] for c in d["campaigns"]}
    for f in d["facts"]:
        if f["evidence"] not in text:
            print("EVIDENCE NOT FOUND", d["doc_id"], f["evidence"]); bad += 1
        k = (f["metric"], f["value"], f["province"], f["city"], f["county"])
        if k in keys:
            print("DUP KEY", d["doc_id"], k)
        keys.add(k)
        if f["campaign"] and f["campaign"] not in camps:
            print("CAMPAIGN NOT LISTED", d["doc_id"], f["campaign"])
        if (f["period_start"] is None) != (f["period_end"] is None):
            print("HALF PERIOD", d["doc_id"], f["evidence"])
        if d["published"] and f["period_end"] and f["period_end"] > d["published"]:
            print("PERIOD AFTER PUBLISHED", d["doc_id"], f["evidence"])
assert not bad
json.dump({"docs": docs}, open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(docs), "docs", sum(len(d["facts"]) for d in docs), "facts", sum(len(d["campaigns"]) for d in docs), "campaigns")
