"""Hand-made gold for realthirtytwo (AH01-AH14; written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

YN = "云南省"; GD = "广东省"; SC = "四川省"; SN = "陕西省"; XZ = "西藏自治区"; QH = "青海省"
NX = "宁夏回族自治区"; HL = "黑龙江省"

docs = []

# AH01 公安部 "夏季行动" + 缅北移交 (tpsnm mirror; "公安部10日通报", no month or year)
docs.append(dict(doc_id="AH01", published=None, facts=[
    F("suspects_arrested", 17000, "公安部“夏季行动”共抓获电诈犯罪嫌疑人1.7万名", None, camp="夏季行动"),
], campaigns=[C("夏季行动")]))

# AH02 公安部 缅甸当阳 763 (Traditional, 经济通 "21/11/2024 17:21"; "11月17日" arrest day)
D1117 = ("2024-11-17", "2024-11-17")
docs.append(dict(doc_id="AH02", published="2024-11-21", facts=[
    F("suspects_arrested", 763, "抓獲中國籍涉詐犯罪嫌疑人763名", None, None, None, *D1117),
    F("suspects_arrested", 69, "包括網上在逃人員69名", None, None, None, *D1117),
    F("suspects_arrested", 53000, "累計抓獲5﹒3萬余名中國籍涉詐犯罪嫌疑人", None, q="at_least"),
], campaigns=[]))

# AH03 昆明日报 A08 2025-04-24 (新华社电): 920余名 arrested by 缅甸执法部门 (not a Chinese police result)
docs.append(dict(doc_id="AH03", published="2025-04-24", facts=[
    F("suspects_arrested", 55000, "已累计抓获5.5万余名中国籍涉诈犯罪嫌疑人", None, q="at_least"),
], campaigns=[]))

# AH04 云南普洱 2349 (Traditional, mainpao 即时两岸; "今(16日)", "10月14日", no year)
PE = "普洱市"
docs.append(dict(doc_id="AH04", published=None, facts=[
    F("suspects_arrested", 2349, "抓獲2349名中國籍電信網絡詐騙疑犯", YN, PE),
    F("suspects_arrested", 111, "其中包括網上在逃人員111名", YN, PE),
], campaigns=[]))

# AH05 广东省公安厅 通报 柬埔寨押解61名 (海口网 copy of 新华社 "广州10月28日电", no year);
# the 61 and the 4 窝点 are the Cambodian police's arrests; related link 四川兴文 counts with its own region
docs.append(dict(doc_id="AH05", published=None, facts=[
    F("cases_solved", 200, "国内200余起电信网络诈骗案由此告破", GD, q="at_least"),
    F("money_involved", 1000000, "四川兴文警方破获一起涉案金额百万元电信诈骗案", SC, "宜宾市", "兴文县"),
], campaigns=[]))

# AH06 公安部 + 广东 "飓风66号" 柬埔寨 233名 (新京报快讯 "今天(12月6日)", no year in the text)
H66 = "飓风66号"
docs.append(dict(doc_id="AH06", published=None, facts=[
    F("dens_destroyed", 3, "捣毁位于柬埔寨金边、茶胶等地的3个诈骗窝点", None, camp=H66),
    F("suspects_arrested", 233, "抓获犯罪嫌疑人233名", None, camp=H66),
    F("cases_solved", 2000, "初步核破案件2000余起", None, q="at_least", camp=H66),
    F("money_involved", 63000000, "涉案金额6300余万元", None, q="at_least", camp=H66),
    F("suspects_arrested", 700, "抓获700余名犯罪嫌疑人", None, q="at_least"),
    F("cases_filed", 31000, "全国共立此类案件3.1万起", None),
], campaigns=[C(H66, kind="case")]))

# AH07 陕西 "9·17" 菲律宾 (半岛都市报 2019年11月07日 A22, 据新华社); 301 are escorted (押解), 300余 arrested
C917 = "9·17"
docs.append(dict(doc_id="AH07", published="2019-11-07", facts=[
    F("dens_destroyed", 8, "一举捣毁设在菲律宾巴拉望省公主港市的8个犯罪窝点", SN, camp=C917),
    F("suspects_arrested", 300, "成功抓获300余名中国籍犯罪嫌疑人", SN, q="at_least", camp=C917),
], campaigns=[C(C917, kind="case")]))

# AH08 中老警方 老挝 136名 (Traditional, 环球新闻时报 HK; "上月19日至27日", "15日", no year)
docs.append(dict(doc_id="AH08", published=None, facts=[
    F("cases_solved", 1200, "查獲案件共1200多宗", None, q="at_least"),
    F("money_involved", 21000000, "涉案總值高達2100多萬元人民幣", None, q="at_least"),
    F("suspects_arrested", 136, "案中被捕的136名疑犯", None),
    F("dens_destroyed", 15, "共搗毀詐騙窩點15處", None),
    F("gangs_busted", 18, "打掉詐騙團夥18個", None),
], campaigns=[]))

# AH09 西藏自治区公安厅 2022年全年 (no page date; address shows 2023/0415)
Y22 = ("2022-01-01", "2022-12-31")
docs.append(dict(doc_id="AH09", published=None, facts=[
    F("cases_solved", 543, "2022年全区公安机关共破获电信网络诈骗案件543起", XZ, None, None, *Y22),
    F("suspects_arrested", 496, "抓获犯罪嫌疑人496名", XZ, None, None, *Y22),
    F("money_recovered", 35870000, "向受骗群众返还权属明确的被骗资金3587万元", XZ, None, None, *Y22),
    F("money_recovered", 4360000, "直接避免损失资金436万元", XZ),
], campaigns=[]))

# AH10 青海 海西州 格尔木市公安局 "拔钉" (forum copy, "近日", "2021年9月" bust)
HX = "海西蒙古族藏族自治州"; GEM = "格尔木市"; M2109 = ("2021-09-01", "2021-09-30")
docs.append(dict(doc_id="AH10", published=None, facts=[
    F("suspects_arrested", 26, "一举抓获26名犯罪嫌疑人", QH, HX, GEM, *M2109),
    F("money_involved", 76000000, "涉案资金流水7600万元", QH, HX, GEM),
    F("cases_solved", 240, "破获案件240余起", QH, HX, GEM, *M2109, q="at_least"),
], campaigns=[C("拔钉"), C("断卡行动"), C("断流")]))

# AH11 银川市公安局 (police.yinchuan.gov.cn, "时间:2026-01-14"; "2025年以来")
YC = "银川市"; P25 = ("2025-01-01", "2026-01-14")
docs.append(dict(doc_id="AH11", published="2026-01-14", facts=[
    F("money_recovered", 240000, "为受害人挽回经济损失24万余元", NX, YC, "兴庆区", q="at_least"),
    F("money_recovered", 500000, "民警为南京市民挽回了50万元的经济损失", NX, YC, "贺兰县"),
    F("people_dissuaded", 77000, "全市各级公安机关见面劝阻7.7万余人次", NX, YC, None, *P25, q="at_least"),
], campaigns=[]))

# AH12 哈尔滨 "7·30" 华为手环 (Traditional with pinyin ruby, no address returned; "2018年9月5日" 收网)
C730 = "7·30"; D0905 = ("2018-09-05", "2018-09-05"); HRB = "哈尔滨市"
docs.append(dict(doc_id="AH12", published=None, facts=[
    F("suspects_arrested", 658, "詐騙案涉案人員658名", HL, HRB, None, *D0905, camp=C730),
    F("dens_destroyed", 4, "搗毀窩點4處", HL, HRB, None, *D0905, camp=C730),
    F("money_involved", 80000000, "被騙總金額8000余萬元", HL, HRB, q="at_least", camp=C730),
], campaigns=[C(C730, kind="case", start="2018-07-30")]))

# AH13 齐齐哈尔 克山县公安局 洗钱团伙 "核心使命2022" (Traditional spam mirror with pinyin ruby; "今年2月", no year)
QQ = "齐齐哈尔市"; KS = "克山县"; HX22 = "核心使命2022"
docs.append(dict(doc_id="AH13", published=None, facts=[
    F("suspects_arrested", 25, "抓獲25名犯罪嫌疑人", HL, QQ, KS, camp=HX22),
    F("money_involved", 100000000, "涉案金額上億元", HL, QQ, KS, q="at_least", camp=HX22),
    F("victim_loss", 200000, "被騙20余萬元", HL, QQ, KS, q="at_least"),
], campaigns=[C(HX22)]))

# AH14 大庆市公安局东湖分局 取现团伙 "冬季行动" (wxredian copy; "2024年12月末", "1月3日至5日")
DQ = "大庆市"; WD = "冬季行动"
docs.append(dict(doc_id="AH14", published=None, facts=[
    F("victim_loss", 590000, "诈骗59万元", HL, DQ),
    F("suspects_arrested", 8, "将8名涉案人员全部抓捕归案", HL, DQ, None, "2025-01-03", "2025-01-05", camp=WD),
    F("money_recovered", 215044, "已追回被骗赃款215044元", HL, DQ, camp=WD),
], campaigns=[C(WD)]))

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
