"""Hand-made gold for staging/realtwentynine (written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

GS = "甘肃省"; HL = "黑龙江省"; JL = "吉林省"; NX = "宁夏回族自治区"; GD = "广东省"; NM = "内蒙古自治区"
SH = "上海市"; BJ = "北京市"; SD = "山东省"; HN = "湖南省"; LN = "辽宁省"; SN = "陕西省"; ZJ = "浙江省"; HI = "海南省"

docs = []

# AE01 张掖 甘州分局 花寨派出所 劝阻 (新甘肃, no date, '近日')
docs.append(dict(doc_id="AE01", published=None, facts=[
    F("money_recovered", 150000, "为群众挽损15万元", GS, "张掖市", "甘州区"),
], campaigns=[]))

# AE02 大庆 肇源县 (中国改革报 epaper footer '2024-04-19'; '自2021年以来')
ZY = ("黑龙江省", "大庆市", "肇源县"); P02 = ("2021-01-01", "2024-04-19")
docs.append(dict(doc_id="AE02", published="2024-04-19", facts=[
    F("money_recovered", 889000, "为群众止损88.9万元", *ZY),
    F("cases_filed", 281, "立案281起", *ZY, *P02),
    F("suspects_arrested", 457, "抓获457人", *ZY, *P02),
], campaigns=[]))

# AE03 公主岭市 (Traditional with pinyin, stamp 2025-07-03; '截至目前' cumulative -> no period)
docs.append(dict(doc_id="AE03", published="2025-07-03", facts=[
    F("money_recovered", 8004000, "累計(jì)挽回經(jīng)濟(jì)損失800.4萬元", JL, "长春市", "公主岭市"),
], campaigns=[]))

# AE04 临夏州 东乡县 帮信 (no date; '2月1日')
DX = (GS, "临夏回族自治州", "东乡族自治县")
docs.append(dict(doc_id="AE04", published=None, facts=[
    F("suspects_arrested", 2, "抓获犯罪嫌疑人2名", *DX),
    F("money_involved", 3000000, "涉及金额达300余万元", *DX, q="at_least"),
], campaigns=[]))

# AE05 银川 金凤区分局 帮信 ('3月16日,记者…获悉' + '2022年2月28日'/'今年3月' -> 2022-03-16; arrests 3月10日)
JF = (NX, "银川市", "金凤区"); D05 = ("2022-03-10", "2022-03-10")
docs.append(dict(doc_id="AE05", published="2022-03-16", facts=[
    F("suspects_arrested", 7, "抓获7名涉嫌帮助信息网络犯罪活动嫌疑人", *JF, *D05),
    F("cards_seized", 17, "缴获银行卡17张", *JF, *D05),
    F("money_involved", 1000000, "银行卡资金交易流水达到100余万元", *JF, q="at_least"),
], campaigns=[]))

# AE06 广州 (Traditional spam mirror of 广州日报, stamp 2023-06-28; '截至5月底…今年')
docs.append(dict(doc_id="AE06", published="2023-06-28", facts=[
    F("money_recovered", 374000000, "減損挽損3.74億元", GD, "广州市", None, "2023-01-01", "2023-05-31"),
], campaigns=[]))

# AE07 呼伦贝尔 海拉尔分局 两卡 (Traditional with pinyin; 中新网 '6月13日電', no year)
HLE = (NM, "呼伦贝尔市", "海拉尔区")
docs.append(dict(doc_id="AE07", published=None, facts=[
    F("cases_solved", 2, "破獲2起涉“兩卡”案件", *HLE),
    F("suspects_arrested", 17, "抓獲涉詐嫌疑人17名", *HLE),
    F("suspects_arrested", 11, "將11名團(tuán)伙成員抓獲", *HLE),
    F("suspects_arrested", 1, "抓獲1名涉詐嫌疑人", *HLE),
    F("suspects_arrested", 6, "將6名涉詐嫌疑人抓獲", *HLE),
], campaigns=[]))

# AE08 上海 虹口分局 返还仪式 (上海法治报, no year anywhere in the text)
HK = (SH, SH, "虹口区")
docs.append(dict(doc_id="AE08", published=None, facts=[
    F("money_recovered", 8600000, "返还被骗资金共计超过860万元", *HK, q="at_least"),
    F("money_recovered", 195832, "领回了被骗的195832元", *HK),
    F("money_frozen", 200000, "近20万元被成功止付并冻结", *HK, q="approx"),
], campaigns=[]))

# AE09 张掖 甘州分局 养老诈骗 (stamp '22-07-22' -> 2022-07-22, as realeighteen M03 '21-09-04'; incident 6月10日)
GZ = (GS, "张掖市", "甘州区"); D09 = ("2022-06-10", "2022-06-10"); YL = "打击整治养老诈骗专项行动"
docs.append(dict(doc_id="AE09", published="2022-07-22", facts=[
    # second reader: the day of the 6万 recovery (and so of the 36万 total, "至此") is not stated -> period null
    F("money_recovered", 360000, "共为王某止损36万余元", *GZ, q="at_least", camp=YL),
    F("money_recovered", 300000, "将提取的30万元又存入银行", *GZ, *D09, camp=YL),
    F("money_recovered", 60000, "6万余元被追回", *GZ, q="at_least", camp=YL),
], campaigns=[C(YL)]))

# AE10 北京 海淀分局 马连洼派出所 劝阻 (no date; '6月13日')
docs.append(dict(doc_id="AE10", published=None, facts=[
    F("money_recovered", 720000, "成功保住72万元养老钱", BJ, BJ, "海淀区"),
], campaigns=[]))

# AE11 青岛 崂山分局 (大众网 2025-12-11; incident 12月6日)
docs.append(dict(doc_id="AE11", published="2025-12-11", facts=[
    F("money_recovered", 80000, "为76岁老人挽回了8万元积蓄", SD, "青岛市", "崂山区", "2025-12-06", "2025-12-06"),
], campaigns=[]))

# AE12 常德 澧县 梦溪派出所 (Traditional; no page date; '2020年8月17日')
docs.append(dict(doc_id="AE12", published=None, facts=[
    F("money_recovered", 70000, "被警方挽回的7萬元", HN, "常德市", "澧县", "2020-08-17", "2020-08-17"),
], campaigns=[]))

# AE13 沈阳 大东分局 小东派出所 (国际在线 2023-05-19; incident 5月16日)
docs.append(dict(doc_id="AE13", published="2023-05-19", facts=[
    F("money_recovered", 200000, "成功保住了两位老人的20万元养老钱", LN, "沈阳市", "大东区", "2023-05-16", "2023-05-16"),
], campaigns=[]))

# AE14 榆林 定边县 紧急止付 (forum repost of 二三里; lead '4月6日' is the incident -> published null)
DB = (SN, "榆林市", "定边县")
docs.append(dict(doc_id="AE14", published=None, facts=[
    F("money_frozen", 300000, "止付冻结群众被骗资金30万元", *DB, "2022-04-06", "2022-04-06"),
    F("victim_loss", 530000, "先后共计转账53万余元", *DB, "2022-04-05", "2022-04-06", q="at_least"),
], campaigns=[]))

# AE15 杭州 富阳 城东派出所 (富阳日报 stamp 2022-10-17; '前不久', no incident date)
FY = (ZJ, "杭州市", "富阳区")
docs.append(dict(doc_id="AE15", published="2022-10-17", facts=[
    F("money_frozen", 490000, "被骗的49万元被成功止付冻结", *FY),
    F("victim_loss", 490000, "当即转账49万元到对方提供的账户", *FY),
], campaigns=[]))

# AE16 万宁市 河东派出所 + 省反诈中心 (海口网, no year in the text: '8月6日', '今年5月23日')
docs.append(dict(doc_id="AE16", published=None, facts=[
    F("victim_loss", 138000, "致其被诈骗138000元", HI, "万宁市"),
    F("money_frozen", 138000, "成功止付并冻结涉案的银行账户资金13.8万元", HI, "万宁市"),
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
