"""Hand-made gold for staging/realtwelve (written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

JS = "江苏省"; SD = "山东省"; FJ = "福建省"; HN = "湖南省"; YN = "云南省"; GD = "广东省"; ZJ = "浙江省"
HB = "湖北省"; HA = "河南省"; WH = "武汉市"

docs = []

# F01 连云港 徐圩新区 (tibet.cn; '今年前七月', no year, no page date)
docs.append(dict(doc_id="F01", published=None, facts=[
    F("cases_solved", 75, "累计侦破诈骗案件75起", JS, "连云港市"),
    F("money_stopped", 10000000, "紧急拦截涉案资金近1000万元", JS, "连云港市", q="approx"),
], campaigns=[C("云剑"), C("断卡行动")]))

# F02 济南 历城分局 (山东法制传媒网; '1月6日上午' after '2022年12月' -> 2023-01-06)
D02 = ("2022-12-01", "2022-12-31")
docs.append(dict(doc_id="F02", published="2023-01-06", facts=[
    F("suspects_arrested", 24, "抓获并刑事拘留涉诈嫌疑人24名", SD, "济南市", "历城区", *D02),
    F("suspects_detained", 24, "抓获并刑事拘留涉诈嫌疑人24名", SD, "济南市", "历城区", *D02),
    F("money_frozen", 200000, "赃款20余万元", SD, "济南市", "历城区", *D02, q="at_least"),
], campaigns=[]))

# F03 莆田 (法治日报 图片新闻; '1月10日' reporting the full 2021 -> 2022-01-10)
docs.append(dict(doc_id="F03", published="2022-01-10", facts=[
    F("money_recovered", 5280000, "金额总计528万余元", FJ, "莆田市", None, "2021-01-01", "2021-12-31", q="at_least"),
    F("money_recovered", 1026000, "将102.6万元冻结资金返还给受骗群众代表", FJ, "莆田市", None, "2022-01-10", "2022-01-10"),
], campaigns=[]))

# F04 湖南省 2021 (人民网湖南 2022-01-25)
Y21 = ("2021-01-01", "2021-12-31")
docs.append(dict(doc_id="F04", published="2022-01-25", facts=[
    F("cases_solved", 13300, "全省公安机关破获电诈案件1.33万起", HN, None, None, *Y21),
    F("suspects_arrested", 34500, "抓获犯罪嫌疑人3.45万名", HN, None, None, *Y21),
    F("cases_solved", 5952, "破获“两卡”黑灰产案件5952起", HN, None, None, *Y21),
    F("dens_destroyed", 1915, "捣毁窝点1915个", HN, None, None, *Y21),
    F("cards_seized", 74000, "缴获涉案“两卡”7.4万张", HN, None, None, *Y21),
    F("suspects_arrested", 6764, "抓获跨境涉诈、妨害国(边)境管理违法犯罪人员6764名", HN, None, None, *Y21),
    F("people_dissuaded", 2130000, "累计预警劝阻213万人次", HN, None, None, *Y21),
    F("money_recovered", 9990000000, "帮助群众避免潜在损失99.9亿元", HN, None, None, *Y21),
], campaigns=[]))

# F05 昆明 盘龙分局 ('12月6日' + '2024年以来' -> 2024-12-06)
KM = "昆明市"; PL = "盘龙区"; P05 = ("2024-01-01", "2024-12-06")
docs.append(dict(doc_id="F05", published="2024-12-06", facts=[
    F("money_recovered", 5380000, "为群众代表返还被骗资金538万元", YN, KM, PL, "2024-12-06", "2024-12-06"),
    F("victim_loss", 2000000, "投资了200多万", YN, KM, PL, q="at_least"),
    F("cases_solved", 789, "盘龙分局共破电诈案789起", YN, KM, PL, *P05),
    F("accounts_frozen", 11000, "冻结涉诈账户1.1万余个", YN, KM, PL, *P05, q="at_least"),
    F("money_recovered", 16973000, "为人民群众挽回损失1697.3万元", YN, KM, PL, *P05),
], campaigns=[C("冬季行动")]))

# F06 云南省 (ag真人 spam mirror of 中国青年报 2022-04-23; '2021年以来')
P06 = ("2021-01-01", "2022-04-23")
docs.append(dict(doc_id="F06", published="2022-04-23", facts=[
    F("cases_solved", 15192, "云南公安破获电信网络诈骗案15192起", YN, None, None, *P06),
    F("money_frozen", 10200000000, "止付冻结涉案资金102亿元", YN, None, None, *P06),
    F("suspects_arrested", 10621, "抓获10621人", YN, None, None, *P06),
    F("people_dissuaded", 600000, "避免60余万名群众受骗", YN, None, None, *P06, q="at_least"),
    F("money_recovered", 48000000, "成功返还群众受骗金额4800余万元", YN, None, None, *P06, q="at_least"),
], campaigns=[C("云剑"), C("断卡行动"), C("秋风"), C("净壤"), C("清源")]))

# F07 广州 2025 上半年 (中新网 '7月23日电' + '2025年上半年' -> 2025-07-23)
GZ = "广州市"; H25 = ("2025-01-01", "2025-06-30")
docs.append(dict(doc_id="F07", published="2025-07-23", facts=[
    F("money_recovered", 696000000, "共为群众拦截和挽损6.96亿元", GD, GZ, None, *H25),
    F("people_dissuaded", 260000, "全市精准见面劝阻26万人次", GD, GZ, None, *H25),
    F("money_recovered", 551000000, "避免群众损失5.51亿元", GD, GZ, None, *H25),
    F("money_stopped", 114000000, "全市成功紧急止付9300余个涉案账号,涉及金额1.14亿元", GD, GZ, None, *H25),
], campaigns=[]))

# F08 广州 2024 (spam mirror; '1月22日通报' of the full 2024 -> 2025-01-22)
docs.append(dict(doc_id="F08", published="2025-01-22", facts=[
    F("money_recovered", 900000000, "全年成功为群众挽回损失9亿余元", GD, GZ, None, "2024-01-01", "2024-12-31", q="at_least"),
], campaigns=[C("猎诈")]))

# F09 山东省 (镜像中新网 '8月5日电', '今年以来', no year)
docs.append(dict(doc_id="F09", published=None, facts=[
    F("suspects_arrested", 13400, "抓获电信网络诈骗犯罪嫌疑人1.34万名", SD),
], campaigns=[C("云剑"), C("断卡行动"), C("断流")]))

# F10 杭州 2016 反诈中心一年 (浙江工人日报 epaper; '昨日', no date in the text)
HZ = "杭州市"
docs.append(dict(doc_id="F10", published=None, facts=[
    F("accounts_frozen", 1000, "冻结账户1000余个", ZJ, HZ, q="at_least"),
    F("money_recovered", 80000000, "止损8000余万元", ZJ, HZ, q="at_least"),
    F("cases_solved", 120, "全市共破获电信网络诈骗案件120余起", ZJ, HZ, q="at_least"),
    F("gangs_busted", 115, "打掉团伙115个", ZJ, HZ),
    F("suspects_arrested", 1179, "抓获犯罪嫌疑人1179人", ZJ, HZ),
], campaigns=[]))

# F11 杭州 2025 (Traditional mirror with doubled punctuation; '8月8日電' + '2025年1月至7月')
M25 = ("2025-01-01", "2025-07-31")
docs.append(dict(doc_id="F11", published="2025-08-08", facts=[
    F("money_recovered", 194000000, "返還涉案資金1.94億元", ZJ, HZ, None, *M25),
    F("dens_destroyed", 43, "打掉涉詐窩點43個", ZJ, HZ, None, *M25),
    F("suspects_arrested", 3717, "抓獲涉詐犯罪嫌疑人3717名", ZJ, HZ, None, *M25),
    F("money_stopped", 1500000000, "勸攔被騙資金超15億元", ZJ, HZ, None, *M25, q="at_least"),
], campaigns=[C("全民反诈在行动")]))

# F12 广州 番禺 夏季行动 (广州日报 mirror; '自6月25日以来', no year)
PY = "番禺区"; XJ = "夏季治安打击整治行动"
docs.append(dict(doc_id="F12", published=None, facts=[
    F("cases_solved", 313, "警方在行动中破获电信诈骗案件313宗", GD, GZ, PY, camp=XJ),
    F("suspects_detained", 96, "刑拘96人", GD, GZ, PY, camp=XJ),
    F("suspects_arrested", 9, "抓获涉诈洗钱团伙9人", GD, GZ, PY),
    F("cards_seized", 9, "银行卡9张", GD, GZ, PY),
    F("suspects_arrested", 10, "抓获涉诈洗钱团伙10人", GD, GZ, PY),
    F("money_involved", 50000000, "初步查明涉及诈骗、赌博等非法上游资金5000余万元", GD, GZ, PY, q="at_least"),
    F("suspects_detained", 19, "该团伙19人已被番禺警方依法刑事拘留", GD, GZ, PY),
    F("money_involved", 10000000, "涉案资金超1000万元", GD, GZ, PY, q="at_least"),
    F("suspects_arrested", 3, "先后抓获3名团伙成员", GD, GZ, PY),
    F("cards_seized", 15, "现场缴获银行卡15张", GD, GZ, PY),
    F("money_frozen", 1200000, "冻结涉案资金120多万元", GD, GZ, PY, q="at_least"),
    F("suspects_detained", 14, "该团伙14人已被番禺警方依法刑事拘留", GD, GZ, PY),
], campaigns=[C(XJ), C("断卡行动"), C("猎诈")]))

# F13 湖南省 (长沙晚报 '6月11日讯', '今年以来', no year)
docs.append(dict(doc_id="F13", published=None, facts=[
    F("cases_solved", 2361, "共破获本省电信网络诈骗案件2361起", HN),
    F("suspects_arrested", 3577, "抓获犯罪嫌疑人3577名", HN),
    F("people_dissuaded", 191000, "开展快速预警劝阻19.1万人次", HN),
    F("money_recovered", 2080000000, "预防潜在损失超过20.8亿元", HN, q="at_least"),
], campaigns=[]))

# F14 徐州 鼓楼分局 (现代快报, no page date; '2022年1至5月份')
XZ = "徐州市"; GL = "鼓楼区"; P14 = ("2022-01-01", "2022-05-31")
docs.append(dict(doc_id="F14", published=None, facts=[
    F("people_dissuaded", 89, "成功劝阻89名群众免于被骗", JS, XZ, GL, *P14),
    F("money_recovered", 1380000, "累计避免直接经济损失138万元", JS, XZ, GL, *P14),
    F("victim_loss", 100000, "结果自己卡上的10万余元不见了", JS, XZ, GL, "2022-03-18", "2022-03-18", q="at_least"),
    F("money_recovered", 94200, "先期追回的94200元已经发还给周女士", JS, XZ, GL),
    F("cases_solved", 103, "分局共破获通讯网络诈骗案件103起", JS, XZ, GL),
    F("suspects_arrested", 112, "抓获犯罪嫌疑人112名", JS, XZ, GL),
], campaigns=[]))

# F15 咸阳 乾县 (Traditional 三秦都市报 mirror; '近日', no date)
docs.append(dict(doc_id="F15", published=None, facts=[
    F("money_recovered", 188000, "為群眾挽回18.8萬元經(jīng)濟損失", "陕西省", "咸阳市", "乾县"),
], campaigns=[]))

# F16 河南 雷霆1号 (新华网 2022-01-14)
L1 = "雷霆1号"; ZMD = "驻马店市"; D16 = ("2022-01-09", "2022-01-09")
docs.append(dict(doc_id="F16", published="2022-01-14", facts=[
    F("cases_solved", 15, "冒充军警诈骗案件15起", HA, ZMD, None, *D16, camp=L1),
    F("suspects_arrested", 29, "抓获犯罪嫌疑人29人", HA, ZMD, None, *D16, camp=L1),
    F("money_involved", 4790000, "总涉案价值达479万余元", HA, ZMD, None, *D16, q="at_least", camp=L1),
    F("suspects_arrested", 22, "抓获犯罪嫌疑人22名", HA, "周口市", None, "2022-01-12", "2022-01-12", camp=L1),
], campaigns=[C(L1, start="2022-01-01", end="2022-03-31")]))

# F17 开封 (Traditional 中新河南网 2021-05-28)
docs.append(dict(doc_id="F17", published="2021-05-28", facts=[
    F("money_recovered", 3686000, "通過資金返還為群眾追回經(jīng)濟損失368.6萬元", HA, "开封市", None, "2020-01-01", "2020-12-31"),
], campaigns=[C("云剑"), C("雷霆行动"), C("利剑")]))

# F18 湖北省 2022 (中新网 '1月4日电' reporting the full 2022 -> 2023-01-04) + 襄州, 青山, 咸宁 cases
Y22 = ("2022-01-01", "2022-12-31")
docs.append(dict(doc_id="F18", published="2023-01-04", facts=[
    F("cases_solved", 21240, "湖北警方破获电诈案件21240起", HB, None, None, *Y22),
    F("gangs_busted", 1450, "打掉犯罪团伙1450个", HB, None, None, *Y22),
    F("victim_loss", 90000, "总价9万余元", HB, "襄阳市", "襄州区", q="at_least"),
    F("suspects_arrested", 3, "警方迅速将3人抓获", HB, "襄阳市", "襄州区"),
    F("suspects_arrested", 21, "抓获21人", HB, "襄阳市", "襄州区"),
    F("money_involved", 20000000, "涉案金额2000万元", HB, "襄阳市", "襄州区"),
    F("victim_loss", 20000, "花2万元购买了8个疗程中药", HB, WH, "青山区", "2022-06-01", "2022-06-30"),
    F("suspects_arrested", 62, "抓获为该集团提供服务的多个黑灰产团伙人员62名", HB, "咸宁市", None, "2022-04-01", "2022-05-31"),
    F("money_involved", 680000000, "涉案金额6.8亿元", HB, "咸宁市"),
], campaigns=[]))

# F19 厦门 思明 (easyfang mirror, page 4; no year)
docs.append(dict(doc_id="F19", published=None, facts=[
    F("dens_destroyed", 17, "23天行程上万公里捣毁17窝点", FJ, "厦门市", "思明区"),
    F("cases_solved", 60, "已破获60余起案件", FJ, "厦门市", "思明区", q="at_least"),
    F("suspects_arrested", 19, "抓获19名嫌疑人", FJ, "厦门市", "思明区"),
    F("accounts_frozen", 29, "冻结29张涉案银行卡", FJ, "厦门市", "思明区"),
    F("money_recovered", 140000, "追缴14万元赃款", FJ, "厦门市", "思明区"),
], campaigns=[]))

# F20 山东省 云剑-2020 (apdnews tag page; '9月22日电' + '云剑-2020' -> 2020-09-22)
P20 = ("2020-01-01", "2020-09-22")
docs.append(dict(doc_id="F20", published="2020-09-22", facts=[
    F("people_dissuaded", 825000, "成功劝阻82.5万人受骗", SD, None, None, *P20),
    F("money_recovered", 4260000000, "避免和挽回经济损失42.6亿元", SD, None, None, *P20),
], campaigns=[C("云剑-2020", start="2020")]))

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
