"""Hand-made gold for staging/realtwentyfour (written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

YN = "云南省"; SN = "陕西省"; HB = "湖北省"; GD = "广东省"; SD = "山东省"; SC = "四川省"; ZJ = "浙江省"
BJ = "北京市"; SH = "上海市"; FJ = "福建省"; HA = "河南省"; AH = "安徽省"
XA = "西安市"; JM = "荆门市"

docs = []

# P01 昆明 反诈中心 (云南网 mirror, site stamp 2024-08-23; '今年以来' -> 2024-01-01..2024-08-23; '7月份' -> July 2024)
KM = "昆明市"
docs.append(dict(doc_id="P01", published="2024-08-23", facts=[
    F("money_recovered", 90000000, "追赃挽损超9000万元", YN, KM, None, "2024-01-01", "2024-08-23", q="at_least"),
    F("money_recovered", 5000000, "共涉及的500万资金追回", YN, KM, None, "2024-07-01", "2024-07-31"),
], campaigns=[]))

# P02 西安 返还900多万 (no page date; '今年1月31日' has no year in the text -> published null, periods null;
# case 1 reported to 公安鄠邑分局; case 2 '2017年10月1日' 碑林区)
HY = "鄠邑区"
docs.append(dict(doc_id="P02", published=None, facts=[
    F("money_recovered", 9000000, "西安警方将追回的900多万元返还给受害市民", SN, XA, q="at_least"),
    F("victim_loss", 11270000, "共转账1127万元", SN, XA, HY),
    F("money_stopped", 1160000, "成功止付涉案资金116万元", SN, XA, HY),
    F("accounts_frozen", 28, "成功冻结涉案账户28个", SN, XA, HY),
    F("money_frozen", 11000000, "共冻结涉案资金1100余万", SN, XA, HY, q="at_least"),
    F("suspects_arrested", 10, "相继抓获涉案嫌疑人10名", SN, XA, HY),
    F("victim_loss", 310000, "将31万元订金转入对方提供的银行账户", SN, XA, "碑林区", "2017-10-01", "2017-10-01"),
], campaigns=[]))

# P03 西安 公安高新分局 (陕西科技传媒 2023-09-01; headline '夏季行动|'; 高新区 not a county -> county null; '近日' -> null)
docs.append(dict(doc_id="P03", published="2023-09-01", facts=[
    F("money_recovered", 1250000, "向十余名被骗群众返还被骗资金125万元", SN, XA, camp="夏季行动"),
], campaigns=[C("夏季行动")]))

# P04 荆门 沙洋县 (spam-injected mirror of 荆楚网; no page date; incident 2025-12-01; '今年以来' end unknown -> null)
SY = "沙洋县"
docs.append(dict(doc_id="P04", published=None, facts=[
    F("money_recovered", 400000, "为群众保住40万元积蓄", HB, JM, SY, "2025-12-01", "2025-12-01"),
    F("money_recovered", 2000000, "避免群众直接经济损失200余万元", HB, JM, SY, q="at_least"),
], campaigns=[]))

# P05 孝感 孝昌县 (孝昌电视台; no page date; fraud 2020-09-07, return 11月26日 -> 2020-11-26)
XG = "孝感市"; XC = "孝昌县"
docs.append(dict(doc_id="P05", published=None, facts=[
    F("victim_loss", 280000, "诈骗叶某人民币28万元", HB, XG, XC, "2020-09-07", "2020-09-07"),
    F("money_stopped", 280000, "成功将已转入二级涉案账户的28万元止付", HB, XG, XC),
    F("money_recovered", 280000, "将诈骗的28万元成功返还给被害人叶某", HB, XG, XC, "2020-11-26", "2020-11-26"),
], campaigns=[]))

# P06 荆门 沙洋 洪岭派出所 (极目新闻 mirror; no page date; 98491元 precise, headline '9.8万余元' is the same claim)
docs.append(dict(doc_id="P06", published=None, facts=[
    F("money_recovered", 98491, "累计为辖区电信网络诈骗受害人追回被骗款98491元", HB, JM, SY),
], campaigns=[C("雷火2021")]))

# P07 湛江 赤坎公安分局 (gdga.gd.gov.cn; no page date; fraud 2025-02-10; '全部追回' has no figure)
docs.append(dict(doc_id="P07", published=None, facts=[
    F("victim_loss", 200000, "发现自己账户中有20万余元被分多笔转账", GD, "湛江市", "赤坎区", "2025-02-10", "2025-02-10", q="at_least"),
], campaigns=[]))

# P08 烟台 "12.09" (艾森网 mirror of 水母网, stamp 2018-04-16; headline rounded '190人'/'4000万' = body figures)
YT = "烟台市"; C1209 = "12.09"
docs.append(dict(doc_id="P08", published="2018-04-16", facts=[
    F("suspects_arrested", 190, "现场抓获违法犯罪嫌疑人190名", SD, YT, camp=C1209),
    F("money_frozen", 40000000, "冻结资金4000余万元", SD, YT, q="at_least", camp=C1209),
], campaigns=[C(C1209, kind="case")]))

# P09 成都 (Traditional, 央廣網 '5月14日消息', no year in the text -> null; '4月以來' -> null)
CD = "成都市"
docs.append(dict(doc_id="P09", published=None, facts=[
    F("cases_solved", 92, "共破獲電信網絡詐騙案件92件", SC, CD),
    F("dens_destroyed", 5, "搗毀詐騙窩點5個", SC, CD),
    F("suspects_arrested", 150, "抓獲犯罪嫌疑人150名", SC, CD),
    F("accounts_frozen", 7524, "凍結涉案賬戶7524個", SC, CD),
    F("money_frozen", 210000000, "凍結涉案資金2.1億元", SC, CD),
    F("people_dissuaded", 267, "成功阻止267人上當受騙", SC, CD),
    F("money_recovered", 11580000, "避免人民群眾直接經濟損失1158萬元", SC, CD),
], campaigns=[]))

# P10 温州 成绩单 (gambling-spam mirror, stamp 2022-05-10, but the text is a 2021 story ('2021年度...任务清单');
# '今年1月至11月' would end after the stamp -> periods null)
WZ = "温州市"
docs.append(dict(doc_id="P10", published="2022-05-10", facts=[
    F("victim_loss", 1368000, "将136.8万元转入骗子", ZJ, WZ, "瓯海区"),
    F("suspects_arrested", 5400, "抓获各类涉诈犯罪嫌疑人5400余人", ZJ, WZ, q="at_least"),
    F("cases_solved", 37, "破获案损百万元以上案件37起", ZJ, WZ),
    F("gangs_busted", 192, "摧毁团伙192个", ZJ, WZ),
    F("cards_seized", 2343, "查扣“两卡”2343张", ZJ, WZ),
    F("dens_destroyed", 125, "通过“扫楼”行动摧毁本地涉诈窝点125个", ZJ, WZ, camp="扫楼"),
], campaigns=[C("扫楼")]))

# P11 北京 西城分局 (Traditional with pinyin ruby, 中华网/光明网 2025-01-28; '2024年' full year)
docs.append(dict(doc_id="P11", published="2025-01-28", facts=[
    F("money_recovered", 47000000, "幫助群眾挽回電信網(wǎng)絡(luò)詐騙損失4700萬余元", BJ, BJ, "西城区",
      "2024-01-01", "2024-12-31", q="at_least"),
], campaigns=[]))

# P12 北京市公安局 (company-site copy, no date; '1月至8月' no year -> null)
docs.append(dict(doc_id="P12", published=None, facts=[
    F("money_recovered", 80000, "为居民止损8万余元", BJ, BJ, "朝阳区", q="at_least"),
    F("money_recovered", 6200000000, "避免群众财产损失62亿余元", BJ, BJ, q="at_least"),
], campaigns=[]))

# P13 北京铁路公安处 刑警支队 (新京报 copy on a spam site, '11月1日' no year -> null; figures repeated at the end)
docs.append(dict(doc_id="P13", published=None, facts=[
    F("money_recovered", 750000, "通过劝阻避免群众损失75万余元", BJ, BJ, q="at_least"),
    F("money_stopped", 14430000, "紧急止付1443万余元", BJ, BJ, q="at_least"),
    F("money_frozen", 13830000, "冻结了1383万余元", BJ, BJ, q="at_least"),
    F("money_recovered", 240000, "其中返还资金24万余元", BJ, BJ, q="at_least"),
    F("victim_loss", 25000, "向对方提供的账户转账了25000元", BJ, BJ),
], campaigns=[]))

# P14 上海 "1+8" 新机制 (law-site copy, no date; '5月至7月' no year -> null)
docs.append(dict(doc_id="P14", published=None, facts=[
    F("suspects_arrested", 191, "共抓获犯罪嫌疑人191人", SH, SH),
    F("cases_solved", 300, "破案300余起", SH, SH, q="at_least"),
], campaigns=[]))

# P15 上海 涉疫诈骗 (中华网/新华网 2020-03-11; window 1月24日至3月5日 of 2020)
W15 = ("2020-01-24", "2020-03-05")
docs.append(dict(doc_id="P15", published="2020-03-11", facts=[
    F("cases_solved", 200, "疫情防控物资的诈骗案件200余起", SH, SH, None, *W15, q="at_least"),
    F("suspects_arrested", 150, "抓获犯罪嫌疑人150余人", SH, SH, None, *W15, q="at_least"),
    F("money_recovered", 45318000, "为群众挽回财产损失4531.8万元", SH, SH, None, *W15),
    F("victim_loss", 820000, "买口罩被骗82万余元", SH, SH, "浦东新区", "2020-02-14", "2020-02-14", q="at_least"),
    F("suspects_arrested", 8, "抓获犯罪嫌疑人8名", SH, SH, "静安区"),
], campaigns=[]))

# P16 东莞 宣传活动 (shi-fen mirror, '日期:05-30' + '2019年...启动仪式' -> 2019-05-30; ceremony 5月25日)
DG = "东莞市"
docs.append(dict(doc_id="P16", published="2019-05-30", facts=[
    F("money_recovered", 1000000, "10名市民现场拿到被追回的资金100多万元", GD, DG, None, "2019-05-25", "2019-05-25", q="at_least"),
    F("money_recovered", 500000, "最多一人收到50多万元", GD, DG, None, "2019-05-25", "2019-05-25", q="at_least"),
    F("money_recovered", 160000000, "及时帮助群众止付、挽损约1.6亿元", GD, DG, q="approx"),
], campaigns=[]))

# P17 福州 福清市公安局 (东南网 2025-06-26). Second reader: both return figures (现场返还630余万元, 2025年以来累计返还近1170万元)
# are 侵财类 totals (fraud and theft/robbery together), not fraud figures -> left out, as 侵财 totals were in
# realfive V12, realsixteen K13 and realeighteen M14. The page keeps its published date and has no facts.
docs.append(dict(doc_id="P17", published="2025-06-26", facts=[], campaigns=[]))

# P18 河南 老挝 191人 (中新网 copy, no date; '1月11日' no year; the force is 河南省公安机关 -> city null)
docs.append(dict(doc_id="P18", published=None, facts=[
    F("cases_solved", 800, "800余起案件成功告破", HA, q="at_least"),
    F("money_involved", 60000000, "涉案金额6000余万元", HA, q="at_least"),
    F("gangs_busted", 11, "打掉11个犯罪团伙", HA),
    F("suspects_arrested", 191, "共抓获犯罪嫌疑人191名", HA),
], campaigns=[]))

# P19 北京 大兴分局 亦庄派出所 (新京报 copy, '11月29日' no year -> null)
docs.append(dict(doc_id="P19", published=None, facts=[
    F("money_recovered", 200000, "成功保住了银行卡内的20万元", BJ, BJ, "大兴区"),
], campaigns=[]))

# P20 芜湖 湾沚分局 陶辛派出所 (e-paper reader, '7 月 16 日' no year -> null; spaced digits)
docs.append(dict(doc_id="P20", published=None, facts=[
    F("victim_loss", 2000, "总额正好 2000 元", AH, "芜湖市", "湾沚区"),
    F("money_frozen", 2000, "2000 元被成功冻结在中转账户里", AH, "芜湖市", "湾沚区"),
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
            print("DUP KEY", d["doc_id"], k)
        keys.add(k)
        if f["campaign"] and f["campaign"] not in camps:
            print("CAMPAIGN NOT LISTED", d["doc_id"], f["campaign"])
        if (f["period_start"] is None) != (f["period_end"] is None):
            print("HALF PERIOD", d["doc_id"], f["evidence"])
        if f["period_start"] and f["period_start"] > f["period_end"]:
            print("PERIOD REVERSED", d["doc_id"], f["evidence"])
        if d["published"] and f["period_end"] and f["period_end"] > d["published"]:
            print("PERIOD AFTER PUBLISHED", d["doc_id"], f["evidence"])
assert not bad
json.dump({"docs": docs}, open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(docs), "docs", sum(len(d["facts"]) for d in docs), "facts", sum(len(d["campaigns"]) for d in docs), "campaigns")
