"""Hand-made gold for realeight (written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

FJ = "福建省"; GD = "广东省"; SC = "四川省"; JS = "江苏省"; SX = "山西省"; GS = "甘肃省"; HN = "湖南省"
HB = "湖北省"; ZJ = "浙江省"; SH = "上海市"; JX = "江西省"; GX = "广西壮族自治区"; YN = "云南省"

docs = []

# Y01 福建省公安厅 2016 (Traditional mirror of 新华社, stamp 2016-11-16; 莆田 case; 迅雷攻坚)
P01 = ("2016-01-01", "2016-10-31")
PT = "莆田市"
docs.append(dict(doc_id="Y01", published="2016-11-16", facts=[
    F("money_stopped", 130000000, "止付被騙資金1.3億余元", FJ, None, None, *P01, q="at_least"),
    F("money_recovered", 12100000, "返還被害人資金1210余萬元", FJ, None, None, *P01, q="at_least"),
    F("victim_loss", 1700000, "騙取吳某資金170余萬元", FJ, PT, None, "2016-08-11", "2016-08-16", q="at_least"),
    F("money_frozen", 28000000, "凍結一個涉案賬戶資金達2800余萬元", FJ, PT, q="at_least"),
], campaigns=[C("迅雷攻坚", start="2016-10")]))

# Y02 全国 2017 (Traditional pttnews, no page date; '2017年全國共破案')
Y17 = ("2017-01-01", "2017-12-31")
docs.append(dict(doc_id="Y02", published=None, facts=[
    F("cases_solved", 131000, "2017年全國共破案13.1萬起", None, None, None, *Y17),
    F("cases_filed", 596000, "共立案59.6萬起", None, None, None, *Y17),
], campaigns=[]))

# Y03 香港 '天環' joint op (大公報, no date): only the mainland arrests are a fact
docs.append(dict(doc_id="Y03", published=None, facts=[
    F("suspects_arrested", 6, "內地公安當局則拘捕六名涉案男女", GD, "佛山市", camp="天环"),
], campaigns=[C("天环")]))

# Y04 四川省公安厅 '三打击一整治' 2017 (no page date)
SD = "三打击一整治"
docs.append(dict(doc_id="Y04", published=None, facts=[
    F("money_frozen", 28000000, "成功冻结止付涉案资金2800余万元", SC, q="at_least", camp=SD),
], campaigns=[C(SD, start="2017-05", end="2017-12")]))

# Y05 茂名 电白区分局 '春雷' (Traditional with ruby, no year, truncated)
MM = "茂名市"; DB = "电白区"; CL = "春雷"
docs.append(dict(doc_id="Y05", published=None, facts=[
    F("suspects_arrested", 11, "電信詐騙犯罪嫌疑人11名", GD, MM, DB, camp=CL),
    F("suspects_arrested", 9, "一舉抓獲電信詐騙犯罪嫌疑人歐某運(yùn)等9人", GD, MM, DB, camp=CL),
    F("suspects_arrested", 2, "楊某森等2人", GD, MM, DB, camp=CL),
    F("cards_seized", 521, "現(xiàn)場繳獲涉案銀行卡521張", GD, MM, DB, camp=CL),
    F("cards_seized", 35, "當(dāng)場繳獲作案銀行卡35張", GD, MM, DB, camp=CL),
    F("money_frozen", 110000, "現(xiàn)金11萬元、贓物金鏈2條", GD, MM, DB, camp=CL),
    F("cases_solved", 150, "初步審破屬本市以外的詐騙案件150余宗", GD, MM, DB, q="at_least", camp=CL),
], campaigns=[C(CL)]))

# Y06 香港 文匯網 2018 (no date): the 广东 arrests are the only mainland figure
docs.append(dict(doc_id="Y06", published=None, facts=[
    F("suspects_arrested", 10, "廣東公安部門亦拘捕10名疑犯", GD),
], campaigns=[]))

# Y07 江苏省公安厅 '利剑2018-1号' (Traditional; '7月8日' + the 2018 in the operation's name)
LJ = "利剑2018-1号"
docs.append(dict(doc_id="Y07", published="2018-07-08", facts=[
    F("suspects_arrested", 1673, "全省共抓獲通訊網絡詐騙犯罪嫌疑人1673名", JS, camp=LJ),
    F("gangs_busted", 226, "打掉涉案團伙226個", JS, camp=LJ),
    F("dens_destroyed", 214, "摧毀窩點214個", JS, camp=LJ),
], campaigns=[C(LJ, start="2018-04")]))

# Y08 山西省公安厅 2019 (gov.cn 2019-11-23; 清源一号/二号/三号 together)
P08 = ("2019-01-01", "2019-10-31"); Q08 = ("2019-06-08", "2019-10-15")
docs.append(dict(doc_id="Y08", published="2019-11-23", facts=[
    F("cases_solved", 7695, "山西省共破获各类网络电信诈骗犯罪案件7695起", SX, None, None, *P08),
    F("suspects_arrested", 1545, "抓获犯罪嫌疑人1545人", SX, None, None, *P08),
    F("suspects_arrested", 455, "抓获嫌疑人455人", SX, None, None, *Q08),
    F("dens_destroyed", 291, "捣毁窝点291个", SX, None, None, *Q08),
    F("gangs_busted", 121, "打掉团伙121个", SX, None, None, *Q08),
], campaigns=[C("清源一号"), C("清源二号"), C("清源三号")]))

# Y09 甘肃省公安厅 2019 ('12月20日讯', no year in the text; related-news dates do not count)
docs.append(dict(doc_id="Y09", published=None, facts=[
    F("money_frozen", 2000000000, "通过电信诈骗案件侦办平台止付冻结涉案金额20亿元", GS),
    F("cases_filed", 20000, "我省电信网络诈骗案件共立案近2万起", GS, q="approx"),
    F("suspects_arrested", 1538, "全省共抓获犯罪嫌疑人1538名", GS),
], campaigns=[]))

# Y10 长沙市公安局 ('4月以来', no year; 雨花/开福 cases)
CS = "长沙市"
docs.append(dict(doc_id="Y10", published=None, facts=[
    F("cases_solved", 1715, "长沙公安共破获电信网络诈骗案件1715起", HN, CS),
    F("dens_destroyed", 42, "摧毁窝点42个", HN, CS),
    F("suspects_arrested", 382, "抓获382人", HN, CS),
    F("money_recovered", 19000000, "为群众挽回损失1900余万元", HN, CS, q="at_least"),
    F("suspects_arrested", 8, "抓获“境外回流”电诈犯罪嫌疑人8名", HN, CS),
    F("suspects_arrested", 6, "逃犯6名", HN, CS),
    F("suspects_arrested", 4, "将犯罪嫌疑人吴某地等4人抓获", HN, CS, "雨花区"),
    F("suspects_arrested", 3, "另外3名成员抓获归案", HN, CS, "雨花区"),
    F("money_involved", 400000, "涉案金额40余万元", HN, CS, "雨花区", q="at_least"),
    F("suspects_arrested", 8, "蔡某霞等8名犯罪嫌疑人抓获", HN, CS, "开福区"),
], campaigns=[]))

# Y11 天水 麦积分局 '5·08' (no date)
TS = "天水市"; MJ = "麦积区"; C508 = "5·08"
docs.append(dict(doc_id="Y11", published=None, facts=[
    F("suspects_arrested", 15, "共抓获犯罪嫌疑人15名", GS, TS, MJ, camp=C508),
    F("victim_loss", 80000, "被骗8万余元", GS, TS, MJ, q="at_least", camp=C508),
    F("suspects_arrested", 10, "抓获罗某、许某等10余名犯罪嫌疑人", GS, TS, MJ, q="at_least", camp=C508),
    F("cards_seized", 108, "银行卡108张", GS, TS, MJ, camp=C508),
    F("money_frozen", 1000000, "人民币现金100余万元", GS, TS, MJ, q="at_least", camp=C508),
], campaigns=[C(C508, kind="case")]))

# Y12 湖北省公安厅 集中攻坚队 in 孝感 (Traditional, 楚天都市报, no year)
docs.append(dict(doc_id="Y12", published=None, facts=[
    F("suspects_arrested", 12, "現場抓獲嫌疑人12名", HB),
    F("cases_solved", 69, "已核破現行案件69起", HB),
    F("suspects_arrested", 190, "抓捕犯罪嫌疑人190人", HB),
    F("money_stopped", 28700000, "止付涉案資金2870余萬元", HB, q="at_least"),
], campaigns=[]))

# Y13 江苏省公安厅 2020 (南京公安 page, no page date; 盐城 two round-ups; 蓝剑1号)
Y20_ = ("2020-01-01", "2020-12-31")
YC = "盐城市"
docs.append(dict(doc_id="Y13", published=None, facts=[
    F("people_dissuaded", 70000, "成功劝阻受骗群众7万余人", JS, None, None, *Y20_, q="at_least"),
    F("money_recovered", 10000000000, "减少群众损失100多亿元", JS, None, None, *Y20_, q="at_least"),
    F("suspects_arrested", 10585, "全省抓获开贩“两卡”犯罪嫌疑人10585名", JS, None, None, *Y20_),
    F("cards_seized", 7912, "缴获银行卡7912张", JS, None, None, *Y20_),
    F("cards_seized", 52000, "手机卡5.2万张", JS, None, None, *Y20_),
    F("suspects_arrested", 279, "成功抓捕犯罪嫌疑人279名", JS, YC, None, "2020-10-01", "2020-10-31"),
    F("suspects_arrested", 447, "再次抓获犯罪嫌疑人447名", JS, YC, None, "2020-12-01", "2020-12-31"),
    F("cases_solved", 1296, "共破案1296起", JS, camp="蓝剑1号"),
], campaigns=[C("云剑"), C("断卡行动"), C("蓝剑1号", start="2020-01")]))

# Y14 全国 2020 (no page date; '全年' = 2020 from '2020年以来')
docs.append(dict(doc_id="Y14", published=None, facts=[
    F("cases_solved", 322000, "全年共破获电信网络诈骗案件32.2万起", None, None, None, *Y20_),
    F("suspects_arrested", 361000, "抓获36.1万名", None, None, None, *Y20_),
    F("money_frozen", 272000000000, "止付冻结涉案资金2720余亿元", None, None, None, *Y20_, q="at_least"),
    F("people_dissuaded", 8700000, "劝阻870万名群众免于被骗", None, None, None, *Y20_),
    F("money_recovered", 187000000000, "累计挽回经济损失1870余亿元", None, None, None, *Y20_, q="at_least"),
    F("dens_destroyed", 11000, "捣毁境内诈骗窝点1.1万个", None),
    F("suspects_arrested", 69000, "抓获嫌疑人6.9万名", None),
    F("gangs_busted", 12000, "全国共打掉“两卡”违法犯罪团伙1.2万个", None),
    F("suspects_arrested", 213000, "抓获犯罪嫌疑人21.3万名", None),
    F("cards_seized", 3286000, "缴获手机卡328.6万张", None),
    F("cards_seized", 191000, "银行卡19.1万张", None),
], campaigns=[]))

# Y15 东方日报 2021 (HK, no date): national 1-5月, 断卡, 金华 and 上海
DK = "断卡行动"; JH = "金华市"
docs.append(dict(doc_id="Y15", published=None, facts=[
    F("cases_solved", 114000, "全國合共偵破11.4萬宗電訊網絡詐騙案", None),
    F("gangs_busted", 14000, "搗破1.4萬多個犯罪集團", None, q="at_least"),
    F("suspects_arrested", 154000, "15.4萬名疑犯落網", None),
    F("people_dissuaded", 7710000, "771萬名民眾經警方勸阻下免於受騙", None),
    F("money_involved", 99100000000, "涉案金額達991億元", None),
    F("cases_filed", 84600, "5月有8.46萬宗網絡詐騙案", None),
    F("gangs_busted", 15000, "搗破1.5萬個犯罪集團", None, camp=DK),
    F("suspects_arrested", 18000, "拘捕1.8萬名從東南亞回國涉嫌詐騙犯罪的疑犯", None, camp=DK),
    F("cards_seized", 3733000, "檢獲涉案373.3萬張電話卡", None, camp=DK),
    F("cards_seized", 566000, "56.6萬張銀行卡", None, camp=DK),
    F("suspects_arrested", 452, "拘捕452人", ZJ, JH),
    F("money_involved", 25000000, "不到兩個月的涉案資金超過2,500萬元", ZJ, JH, q="at_least"),
    F("money_involved", 500000000, "查出涉案資金約5億元", ZJ, JH, q="approx"),
    F("suspects_arrested", 12, "手機軟件騙財 12人落網", SH, SH),
], campaigns=[C(DK)]))

# Y16 江西省公安厅 2021-1..5 (中新网 mirror, stamp 2021-06-19; 扫黑 figures are not fraud)
P16 = ("2021-01-01", "2021-05-31")
docs.append(dict(doc_id="Y16", published="2021-06-19", facts=[
    F("cases_solved", 5739, "江西警方破获电信诈骗案件5739起", JX, None, None, *P16),
    F("money_frozen", 8100000000, "共止付冻结涉案资金81亿元", JX, None, None, *P16),
    F("suspects_arrested", 6201, "抓获犯罪嫌疑人6201名", JX, None, None, *P16),
    F("people_dissuaded", 240000, "预警劝阻24万余名群众", JX, None, None, *P16, q="at_least"),
], campaigns=[C("春风"), C("长风系列")]))

# Y17 福州市公安局 2021 (Traditional 台海网 '1月18日訊'; full 2021 reported -> 2022-01-18)
FZ = "福州市"; Y21 = ("2021-01-01", "2021-12-31"); D17 = ("2022-01-18", "2022-01-18")
docs.append(dict(doc_id="Y17", published="2022-01-18", facts=[
    F("victim_loss", 1000000, "騙取該公司資金上百萬(wàn)元", FJ, FZ, "闽清县", q="at_least"),
    F("money_stopped", 836000, "成功止付涉案資金83.6萬(wàn)元", FJ, FZ),
    F("money_recovered", 2390000, "返還群眾被騙資金239萬(wàn)元", FJ, FZ, None, *D17),
    F("money_recovered", 12000000, "前期已返還1200萬(wàn)元", FJ, FZ),
    F("money_frozen", 47758000, "累計(jì)凍結(jié)止付涉案資金約4775.8萬(wàn)元", FJ, FZ, None, *Y21, q="approx"),
    F("money_recovered", 14390000, "為群眾返還權(quán)屬明確的被騙資金1439余萬(wàn)元", FJ, FZ, None, *Y21, q="at_least"),
    F("people_dissuaded", 108000, "成功預(yù)警勸阻潛在受害群眾約10.8萬(wàn)人", FJ, FZ, None, *Y21, q="approx"),
    F("gangs_busted", 130, "打擊洗錢(qián)、販卡團(tuán)伙130余個(gè)", FJ, FZ, None, *Y21, q="at_least"),
    F("suspects_arrested", 1400, "抓獲黑灰產(chǎn)違法犯罪嫌疑人1400余名", FJ, FZ, None, *Y21, q="at_least"),
], campaigns=[]))

# Y18 湖南省公安厅 2022 (stamp 2022-05-20; 今年以来 / 1至4月 / 断流 breakdown)
P18 = ("2022-01-01", "2022-05-20"); Q18 = ("2022-01-01", "2022-04-30"); DL = "断流"
docs.append(dict(doc_id="Y18", published="2022-05-20", facts=[
    F("money_frozen", 1430000000, "冻结涉案资金14.3亿元", HN, None, None, *P18),
    F("people_dissuaded", 2611000, "劝阻261.1万名潜在受害群众", HN, None, None, *P18),
    F("cases_solved", 8899, "湖南共破获涉电信网络诈骗案件8899起", HN, None, None, *Q18),
    F("suspects_arrested", 12725, "抓获犯罪嫌疑人12725名", HN, None, None, *Q18),
    F("suspects_arrested", 7203, "湖南“断流”专案行动共抓获犯罪嫌疑人7203名", HN, camp=DL),
    F("suspects_arrested", 287, "其中抓获组织招募者287名", HN, camp=DL),
    F("suspects_arrested", 403, "运送接应者等黑灰产人员403名", HN, camp=DL),
    F("suspects_arrested", 6513, "非法出境人员6513名", HN, camp=DL),
], campaigns=[C("云剑"), C("拔钉"), C(DL), C("5.10"), C("全民反诈在行动", start="2022-05-10", end="2022-06-10")]))

# Y19 广西壮族自治区公安厅 2023-1..11 (spam mirror stamp 2025-01-02; the title fixes 2023)
P19 = ("2023-01-01", "2023-11-30")
docs.append(dict(doc_id="Y19", published="2025-01-02", facts=[
    F("cases_solved", 15200, "全区公安机关共破电诈案件1.52万起", GX, None, None, *P19),
    F("money_recovered", 375000000, "返还群众被骗资金3.75亿元", GX, None, None, *P19),
    F("money_stopped", 33800000000, "各级反诈中心成功止付涉案资金338亿元", GX, None, None, *P19),
    F("money_frozen", 3866000000, "冻结38.66亿元", GX, None, None, *P19),
    F("people_dissuaded", 9150000, "劝阻915万人次", GX, None, None, *P19),
    F("money_recovered", 852000000, "避免群众损失8.52亿元", GX, None, None, *P19),
], campaigns=[]))

# Y20 昆明市公安局 '长风2024' 夏季行动 (央广网, no date in the text)
KM = "昆明市"; CF = "长风2024"
docs.append(dict(doc_id="Y20", published=None, facts=[
    F("gangs_busted", 17, "共打处“两卡”团伙17个", YN, KM, camp=CF),
    F("suspects_arrested", 358, "抓获各类违法犯罪嫌疑人员358名", YN, KM, camp=CF),
    F("cases_solved", 68, "破获电诈案件68起", YN, KM, camp=CF),
    F("suspects_arrested", 4, "跑分团伙4名成员", YN, KM, "五华区", camp=CF),
    F("suspects_arrested", 1, "1名“卡主”", YN, KM, "五华区", camp=CF),
    F("money_frozen", 49400, "现场缴获涉诈资金49400元", YN, KM, "五华区", camp=CF),
    F("suspects_arrested", 5, "“卡农”等5名犯罪嫌疑人", YN, KM, "官渡区", camp=CF),
], campaigns=[C(CF, start="2024"), C("全民反诈在行动")]))

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
