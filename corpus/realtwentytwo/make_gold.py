"""Hand-made gold for realtwentytwo (written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

GD = "广东省"; JS = "江苏省"; GS = "甘肃省"; GX = "广西壮族自治区"; HB = "湖北省"; YN = "云南省"
SD = "山东省"; HA = "河南省"; FJ = "福建省"; SN = "陕西省"

docs = []

# D01 佛山 广州日报数字报 FSA13版 (no date or year in the text; '今年上半年', '昨日下午')
FS = "佛山市"
docs.append(dict(doc_id="D01", published=None, facts=[
    F("cases_solved", 1050, "共侦破电信网络诈骗案件1050宗", GD, FS),
    F("suspects_arrested", 1846, "抓获涉诈犯罪嫌疑人1846人", GD, FS),
    F("money_stopped", 410000000, "止付涉案资金4.1亿元", GD, FS),
    F("money_recovered", 10400000000, "避免直接经济损失104亿元", GD, FS),
    F("dens_destroyed", 325, "捣毁诈骗窝点325个", GD, FS),
    F("gangs_busted", 36, "打掉“两卡”犯罪团伙36个", GD, FS, camp="断卡行动"),
    F("dens_destroyed", 340, "捣毁窝点340处", GD, FS, camp="断卡行动"),
], campaigns=[C("飓风2号", kind="case"), C("飓风6号", kind="case"), C("飓风150号", kind="case"), C("断卡行动"),
               C("断号"), C("断源")]))  # second reader: 断号/断源 named with 断卡 in one list (realset S18, realfive V18, realeighteen M07)

# D02 徐州 (Traditional, 江南時報 2022-07-11; '去年以來' -> 2021-01-01..published)
XZ = "徐州市"; P02 = ("2021-01-01", "2022-07-11")
docs.append(dict(doc_id="D02", published="2022-07-11", facts=[
    F("dens_destroyed", 660, "搗毀詐騙窩點660余個", JS, XZ, None, *P02, q="at_least"),
    F("gangs_busted", 178, "打掉黑灰產犯罪團伙178個", JS, XZ, None, *P02),
    F("suspects_arrested", 2634, "抓獲犯罪嫌疑人2634名", JS, XZ, None, *P02),
    F("money_frozen", 390000000, "依法凍結涉案資金3.9億余元", JS, XZ, None, *P02, q="at_least"),
], campaigns=[]))

# D03 临夏县 (临夏州公安局网站 '临夏警讯'; no page date; incident 2025-08-09, arrests 8月15日 and by 9月10日)
LX = "临夏回族自治州"; LXX = "临夏县"
docs.append(dict(doc_id="D03", published=None, facts=[
    F("suspects_arrested", 13, "抓获犯罪嫌疑人13名", GS, LX, LXX),
    F("cases_solved", 70, "破获案件70起", GS, LX, LXX),
    F("money_involved", 100000, "涉案金额10余万", GS, LX, LXX, q="at_least"),
    F("suspects_arrested", 4, "一举将余某等4名犯罪嫌疑人抓获归案", GS, LX, LXX, "2025-08-15", "2025-08-15"),
    F("suspects_arrested", 9, "成功将该诈骗犯罪团伙其余9名成员全部抓获", GS, LX, LXX),
], campaigns=[]))

# D04 南宁 (南宁新闻网 2023-04-10; incident '今年1月5日')
NN = "南宁市"; D4 = ("2023-01-05", "2023-01-05")
docs.append(dict(doc_id="D04", published="2023-04-10", facts=[
    F("money_stopped", 18300000, "在30分钟内全额止付被骗资金1830万元", GX, NN, None, *D4),
    F("victim_loss", 18300000, "让李先生所在公司对指定账户转款1830万元", GX, NN, None, *D4),
    F("money_recovered", 17800000, "感谢公安机关帮助挽回经济损失1780万元", GX, NN),
], campaigns=[]))

# D05 全国 公安部 专案组 赴老挝 (TOOM舆情 mirror; '今年7月', no year)
docs.append(dict(doc_id="D05", published=None, facts=[
    F("suspects_arrested", 15, "成功抓获15名电信网络诈骗犯罪嫌疑人", None),
    F("dens_destroyed", 10, "成功捣毁10个电信网络诈骗窝点", None),
    F("suspects_arrested", 164, "抓获电信网络诈骗犯罪嫌疑人164名", None),
    F("suspects_arrested", 9, "组织头目和骨干9名", None),
    F("suspects_arrested", 23, "网上在逃人员23名", None),
], campaigns=[]))

# D06 宜昌 (Traditional, 今日湖北网 footer; '昨日下午', no page date; '2016年' full-year figures)
YC = "宜昌市"; Y16 = ("2016-01-01", "2016-12-31")
docs.append(dict(doc_id="D06", published=None, facts=[
    F("cases_solved", 325, "破獲電信網絡詐騙案件325起", HB, YC, None, *Y16),
    F("gangs_busted", 11, "打掉犯罪團伙11個", HB, YC, None, *Y16),
    F("dens_destroyed", 5, "搗毀詐騙窩點5個", HB, YC, None, *Y16),
    F("suspects_detained", 178, "刑事拘留電信網絡詐騙嫌疑人178名", HB, YC, None, *Y16),
    F("money_recovered", 6800000, "退贓680余萬元", HB, YC, None, *Y16, q="at_least"),
], campaigns=[]))

# D07 荆门 '6·11' (Traditional + pinyin ruby, 湖北日报 '11月2日' + '2021年1月以來…歷時10個月' -> 2021-11-02)
JM = "荆门市"; C611 = "6·11"; P07 = ("2021-01-01", "2021-11-02")
docs.append(dict(doc_id="D07", published="2021-11-02", facts=[
    F("cases_solved", 120, "“兩卡”犯罪案件120余起", HB, JM, None, *P07, q="at_least", camp=C611),
    F("suspects_arrested", 93, "抓獲犯罪嫌疑人93人", HB, JM, None, *P07, camp=C611),
    F("money_involved", 30000000, "涉案金額高達(dá)3000余萬元", HB, JM, q="at_least", camp=C611),
], campaigns=[C(C611, kind="case", start="2021-06-11")]))

# D08 昆明 '长风2024' 第24轮 (腾讯 昆明信息港稿, no page date; '11月11日至11月17日', year from the operation name)
KM = "昆明市"; CF = "长风2024"
docs.append(dict(doc_id="D08", published=None, facts=[
    F("gangs_busted", 9, "打掉“两卡”违法犯罪团伙9个", YN, KM, None, "2024-11-11", "2024-11-17", camp=CF),
], campaigns=[C(CF)]))

# D09 淄博 周村分局 退赃大会 ('1月14日', no year)
ZB = "淄博市"; ZC = "周村区"
docs.append(dict(doc_id="D09", published=None, facts=[
    F("money_recovered", 10000000, "为群众追回损失1000余万元", SD, ZB, ZC, q="at_least"),
    F("suspects_arrested", 10, "先后抓获10余名犯罪嫌疑人", SD, ZB, ZC, q="at_least"),
    F("money_involved", 7000000, "涉案金额700余万元", SD, ZB, ZC, q="at_least"),
    F("money_recovered", 7000000, "最终将受害者的700余万元损失追回", SD, ZB, ZC, q="at_least"),
], campaigns=[]))

# D10 南通 (baogaosu mirror of 新华日报, stamp '26.12.2017'; '今年以来…截至目前')
NT = "南通市"; P10 = ("2017-01-01", "2017-12-26"); D10 = ("2017-08-11", "2017-08-11")
docs.append(dict(doc_id="D10", published="2017-12-26", facts=[
    F("cases_solved", 23, "破获案值50万元以上的案件23起", JS, NT, None, *P10),
    F("money_frozen", 80000000, "冻结涉案资金8000余万", JS, NT, None, *P10, q="at_least"),
    F("victim_loss", 480000, "骗走其48万元", JS, NT, None, *D10),
    F("money_stopped", 476000, "47.6万元成功止付", JS, NT, None, *D10),
], campaigns=[]))

# D11 郑州 2020 (河南工人日报; '3月5日' + '2020年度…去年' -> 2021-03-05)
ZZ = "郑州市"; Y20 = ("2020-01-01", "2020-12-31")
docs.append(dict(doc_id="D11", published="2021-03-05", facts=[
    F("cases_solved", 2833, "共破获电信诈骗类案件2833起", HA, ZZ, None, *Y20),
    F("suspects_detained", 5514, "刑拘犯罪嫌疑人5514人", HA, ZZ, None, *Y20),
    F("accounts_frozen", 88035, "止付冻结银行卡88035张", HA, ZZ, None, *Y20),
    F("money_recovered", 4140000, "返还群众被骗资金414万元", HA, ZZ, None, *Y20),
    F("gangs_busted", 43, "全市共打掉20人以上团伙43个", HA, ZZ, None, *Y20),
    F("suspects_arrested", 2134, "抓获嫌疑人2134人", HA, ZZ, None, *Y20),
    F("gangs_busted", 6, "打掉10人以上黑灰产业团伙6个", HA, ZZ),
    F("suspects_detained", 1299, "共刑拘1299人", HA, ZZ),
], campaigns=[C("猎鹰五号"), C("斩链"), C("云剑"), C("断卡行动")]))

# D12 福建省 (台海网 print page, '11月22日讯', source URL in the text dated 2017-11-22; '今年1至10月')
P12 = ("2017-01-01", "2017-10-31")
docs.append(dict(doc_id="D12", published="2017-11-22", facts=[
    F("money_frozen", 354000000, "今年1至10月冻结止付被骗资金3.54亿元", FJ, None, None, *P12),
    F("people_dissuaded", 1996, "精准预警劝阻诈骗潜在受害人1996名", FJ, None, None, *P12),
    F("cases_solved", 17913, "全省共侦破电信网络诈骗案件17913起", FJ),
    F("suspects_arrested", 9243, "抓获犯罪嫌疑人9243名", FJ),
    F("money_recovered", 50082000, "返还被害人资金5008.2万元", FJ, None, None, *P12),
    F("money_recovered", 225000000, "挽回群众经济损失2.25亿元", FJ, None, None, *P12),
], campaigns=[]))

# D13 福州 2020 (台海网 '1月11日讯' + '2020年…去年' -> 2021-01-11)
FZ = "福州市"
docs.append(dict(doc_id="D13", published="2021-01-11", facts=[
    F("cases_solved", 2000, "全市去年破获电信网络诈骗案件2000余起", FJ, FZ, None, *Y20, q="at_least"),
    F("suspects_arrested", 3900, "抓获犯罪嫌疑人3900余名", FJ, FZ, None, *Y20, q="at_least"),
    F("money_stopped", 57470000, "市反诈骗中心止付被骗资金5747万元", FJ, FZ, None, *Y20),
    F("money_recovered", 4389000, "劝阻挽损438.9万元", FJ, FZ, None, *Y20),
    F("people_dissuaded", 23000, "电话、见面预警劝阻2.3万人次", FJ, FZ, None, *Y20),
    F("cases_solved", 14, "去年破获公安部挂牌督办电信网络诈骗案14起", FJ, FZ, None, *Y20),
    F("cases_solved", 37, "省公安厅挂牌督办案件37起", FJ, FZ, None, *Y20),
    F("gangs_busted", 20, "抓获非法开办贩卖“两卡”违法犯罪团伙20余个", FJ, FZ, q="at_least", camp="断卡行动"),
], campaigns=[C("断卡行动")]))

# D14 东莞 (Traditional + pinyin ruby, 中新网广东 2021-10-14; '今年1至9月')
DG = "东莞市"; P14 = ("2021-01-01", "2021-09-30"); HF = "飓风"
docs.append(dict(doc_id="D14", published="2021-10-14", facts=[
    F("cases_solved", 3300, "詐騙案件3300多起", GD, DG, None, *P14, q="at_least"),
    F("suspects_arrested", 4000, "抓獲犯罪嫌疑人4000余名", GD, DG, None, *P14, q="at_least"),
    F("money_recovered", 9442300, "為群眾挽回經(jīng)濟損失944.23萬元", GD, DG, None, *P14),
    F("dens_destroyed", 92, "先后搗毀詐騙窩點92個", GD, DG),
    F("cases_solved", 33, "共破獲被騙百萬元以上案件33起", GD, DG),
    F("suspects_arrested", 400, "抓獲犯罪嫌疑人400余名", GD, DG, q="at_least", camp=HF),
    F("gangs_busted", 21, "虛擬貨幣洗錢等團伙21個", GD, DG, camp=HF),
    F("gangs_busted", 54, "東莞共打掉“兩卡”違法犯罪團伙54個", GD, DG, None, *P14),
    F("cards_seized", 2402, "繳獲涉詐電話卡2402張", GD, DG, None, *P14),
    F("cards_seized", 878, "銀行卡878張", GD, DG, None, *P14),
    F("people_dissuaded", 540000, "成功避免54萬多名群眾受到電信網(wǎng)絡(luò)詐騙", GD, DG, None, *P14, q="at_least"),
    F("money_stopped", 320000000, "緊急止付涉案資金3.2億元", GD, DG, None, *P14),
], campaigns=[C(HF)]))

# D15 汉中 (阳光报 2020-08-07; '今年上半年')
HZ = "汉中市"; H20 = ("2020-01-01", "2020-06-30")
docs.append(dict(doc_id="D15", published="2020-08-07", facts=[
    F("cases_solved", 463, "今年上半年汉中共破获电信网络诈骗案件463起", SN, HZ, None, *H20),
    F("suspects_arrested", 114, "抓获违法犯罪嫌疑人114人", SN, HZ, None, *H20),
    F("money_stopped", 10457000, "紧急止付涉案资金1045.7万元", SN, HZ, None, *H20),
    F("money_frozen", 14328300, "冻结涉案账户资金1432.83万元", SN, HZ, None, *H20),
], campaigns=[]))

# D16 贵港 (法治网 2024-04-26; 第一季度 / 今年1月 / 今年以来)
GG = "贵港市"; Q1 = ("2024-01-01", "2024-03-31"); J1 = ("2024-01-01", "2024-01-31"); P16 = ("2024-01-01", "2024-04-26")
docs.append(dict(doc_id="D16", published="2024-04-26", facts=[
    F("money_recovered", 5151900, "为群众挽回经济损失515.19万元", GX, GG, None, *Q1),
    F("suspects_arrested", 119, "抓获违法嫌疑人119名", GX, GG, None, *J1),
    F("cases_solved", 85, "成功破获85起电诈案件", GX, GG, None, *J1),
    F("money_recovered", 2008000, "为群众追回被骗资金200.8万元", GX, GG, None, *J1),
    F("dens_destroyed", 27, "打掉涉诈窝点27个", GX, GG, None, *P16),
    F("suspects_arrested", 265, "抓获涉诈嫌疑人265人", GX, GG, None, *P16),
], campaigns=[]))

# D17 郑州 GOIP 团伙 (Traditional, 郑州日报稿, '元旦期間' '1月1日', no year)
docs.append(dict(doc_id="D17", published=None, facts=[
    # second reader: 兩個 is a Chinese-numeral count, not the article 一 (realfourteen H09, realnineteen N12)
    F("gangs_busted", 2, "連續打掉兩個利用GOIP設備為境外電信詐騙分子提供語音網關轉接服務的犯罪團伙", HA, ZZ),
    F("suspects_arrested", 3, "3名團伙成員先后落網", HA, ZZ),
    F("suspects_arrested", 4, "4名犯罪嫌疑人抓捕到案", HA, ZZ),
    F("suspects_detained", 7, "依法刑事拘留7人", HA, ZZ),
    F("cards_seized", 200, "手機卡200余張", HA, ZZ, q="at_least"),
], campaigns=[]))

# D18 兰州 城关分局 成绩单 (甘肃日报, no date; '今年以来…今年截至目前', no year)
LZ = "兰州市"; CG = "城关区"
docs.append(dict(doc_id="D18", published=None, facts=[
    F("cases_solved", 317, "破获本地电诈案件317起", GS, LZ, CG),
    F("cases_solved", 848, "核破外省市案件848起", GS, LZ, CG),
    F("gangs_busted", 6, "抓获涉诈团伙6个", GS, LZ, CG),
    F("suspects_arrested", 158, "抓获嫌疑人158人", GS, LZ, CG),
    F("people_dissuaded", 40000, "全区电话劝阻40000余人次", GS, LZ, CG, q="at_least"),
    F("people_dissuaded", 10000, "成功劝阻近10000人", GS, LZ, CG, q="approx"),
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
