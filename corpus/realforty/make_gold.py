"""Hand-made gold for realforty (AP01-AP20; written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

YN = "云南省"; SD = "山东省"; SN = "陕西省"; HA = "河南省"; HN = "湖南省"; ZJ = "浙江省"; GD = "广东省"
SH = "上海市"; SX = "山西省"; GS = "甘肃省"; HB = "湖北省"; FJ = "福建省"; HE = "河北省"
DK = "断卡行动"

docs = []

# AP01 帮信 roundup 云南 金平 + 宁夏 (spam mirror, no date; "2022年6月", "7月上旬" = not a day)
JP = ("红河哈尼族彝族自治州", "金平苗族瑶族傣族自治县")
docs.append(dict(doc_id="AP01", published=None, facts=[
    F("suspects_arrested", 7, "抓获了以向某某为首的7人犯罪团伙", YN, *JP),
    F("money_involved", 8000000, "结算涉案资金达800余万元", YN, *JP, q="at_least"),
    F("suspects_detained", 7, "7名犯罪嫌疑人因涉嫌帮助信息网络犯罪活动罪已被依法刑事拘留", YN, *JP),
], campaigns=[C("夏季治安打击整治百日行动"), C(DK)]))

# AP02 东营 利津 明集派出所 (大众日报客户端 "2026-03-05 14:18:40"; 3月3日 fraud and return the same day)
LJ = ("东营市", "利津县"); D0303 = ("2026-03-03", "2026-03-03")
docs.append(dict(doc_id="AP02", published="2026-03-05", facts=[
    F("victim_loss", 6000, "被骗的6000元", SD, *LJ, *D0303),
    F("money_recovered", 6000, "被骗的6000元\n\n重新回到自己的账户", SD, *LJ, *D0303),
], campaigns=[]))

# AP03 西安 鄠邑分局 警银联动 (中国法治文化网 "时间:2025-05-29"; incident 2025年5月28日)
docs.append(dict(doc_id="AP03", published="2025-05-29", facts=[
    F("money_stopped", 33000, "成功拦截“杀猪盘”受害人吴某的3.3万元被骗资金", SN, "西安市", "鄠邑区",
      "2025-05-28", "2025-05-28"),
], campaigns=[]))

# AP04 安阳 殷都分局 电厂路派出所 (安阳日报 第07版, no date in the text; "3月22日")
docs.append(dict(doc_id="AP04", published=None, facts=[
    F("money_recovered", 28000, "成功拦截2.8万元被骗资金,并全额返还给受害人周某", HA, "安阳市", "殷都区"),
], campaigns=[]))

# AP05 西安 长乐中路派出所 (西安晚报 "2019-11-09 03:39"; 止付 6月21日, returned 11月8日)
docs.append(dict(doc_id="AP05", published="2019-11-09", facts=[
    F("money_recovered", 49012, "长乐中路派出所民警将追回的49012元现金返还给受害人白女士", SN, "西安市", None,
      "2019-11-08", "2019-11-08"),
    F("victim_loss", 50000, "发现里面5万多元已被人分3次转走", SN, "西安市", None, "2019-06-21", "2019-06-21",
      q="at_least"),
], campaigns=[]))

# AP06 湘潭 九华公安 帮信 (央视美丽乡村 "发布时间:2023-04-01"; 九华 is a 经开区, county null)
CX = "集中打击春夏突出违法犯罪专项行动"
docs.append(dict(doc_id="AP06", published="2023-04-01", facts=[
    F("suspects_arrested", 5, "民警赴内蒙古呼和浩特抓获5名涉嫌“帮信罪”的犯罪嫌疑人", HN, "湘潭市"),
    F("cases_solved", 10, "破获十余起帮助信息网络犯罪活动案件", HN, "湘潭市", q="at_least", camp=CX),
    F("suspects_arrested", 28, "抓获违法犯罪嫌疑人28人", HN, "湘潭市", camp=CX),
], campaigns=[C(CX)]))

# checker: AP07 removed (duplicate). It tells the same story as main/corpus/realeight Y15 (东方日报 on the 公安部
# press conference of 6月17日): the same 金华市公安局 跨国虚假投资 回流 case with 452 arrests, 涉案资金超2500万,
# 查封房产6套 / 扣押豪车3辆; Y15's gold already has 浙江省/金华市 suspects_arrested 452 and money_involved 25,000,000.
# checker: AP08 removed (duplicate). It tells the same story as main/corpus/realtwentysix AB13 (新华社 "11月10日电"):
# 广东 police fly 39 suspects back from 印尼 (包专机), 90 arrested, 70/71 在逃 追捕, 核破 2947 / 近3000 内地和香港 cases,
# 涉案 2271万 / 超过2000万 (the search tool returns the two pages as ranks 1 and 2 for the same query).

# AP09 上海 境外回流 277人 (IT之家 "2 月 1 日消息", no year)
docs.append(dict(doc_id="AP09", published=None, facts=[
    F("suspects_arrested", 277, "陆续抓获和孔某一样的,在境外电诈园区活动的涉诈人员 277 人", SH, SH),
], campaigns=[]))

# AP10 郑州 断卡 launch + 今年以来 totals (spam mirror, "记者15日", no month/year)
ZZ = "郑州市"
docs.append(dict(doc_id="AP10", published=None, facts=[
    F("gangs_busted", 146, "全市共打掉电信网络诈骗团伙146个", HA, ZZ),
    F("suspects_detained", 3000, "刑拘犯罪嫌疑人3000余人", HA, ZZ, q="at_least"),
    F("money_frozen", 800000000, "冻结资金8亿", HA, ZZ),
    F("accounts_frozen", 70000, "冻结银行卡7万余张", HA, ZZ, q="at_least"),
    F("money_recovered", 10000000, "冻结返回资金1000余万元", HA, ZZ, q="at_least"),
], campaigns=[C(DK)]))

# AP11 晋中 灵石县 断卡 (晋中晚报 "时间:2023-06-12 19:36:00"; headline ties the result to 断卡)
LS = ("晋中市", "灵石县")
docs.append(dict(doc_id="AP11", published="2023-06-12", facts=[
    F("gangs_busted", 2, "成功打掉两个“洗钱”犯罪团伙", SX, *LS, camp=DK),
    F("suspects_arrested", 17, "共抓获17名犯罪嫌疑人", SX, *LS, camp=DK),
], campaigns=[C(DK)]))

# AP12 兰州 "10·28" 两卡 贩卖团伙 (Traditional ttnews mirror, no year; 2000餘張 headline = 2047張 body)
LZ = "兰州市"; LF = "陇风-2020"
docs.append(dict(doc_id="AP12", published=None, facts=[
    F("suspects_arrested", 9, "共抓獲涉案嫌疑人9人", GS, LZ, camp=LF),
    F("cards_seized", 2047, "查獲未實名電話卡2047張", GS, LZ, camp=LF),
    F("cards_seized", 6, "銀行卡6張", GS, LZ, camp=LF),
    F("money_frozen", 3300, "現金3300元", GS, LZ, camp=LF),
], campaigns=[C(DK), C(LF), C("10·28", kind="case")]))

# AP13 武汉 江岸区分局 洗钱团伙 (mirror stamp "发布时间:2024-11-27"; 中新网 "10月31日电")
WH = ("武汉市", "江岸区")
docs.append(dict(doc_id="AP13", published="2024-11-27", facts=[
    F("suspects_arrested", 24, "截至目前已抓获24名犯罪嫌疑人", HB, *WH),
    F("money_involved", 300000000, "查证涉案资金3亿元", HB, *WH),
    F("suspects_arrested", 5, "于8月26日一举抓获苟某洋等5名嫌疑人", HB, *WH, "2024-08-26", "2024-08-26"),
    F("suspects_arrested", 7, "抓获正在“跑分”洗钱的张某等7名嫌疑人", HB, *WH, "2024-08-28", "2024-08-28"),
    F("cards_seized", 20, "涉案银行卡20余张", HB, *WH, "2024-08-28", "2024-08-28", q="at_least"),
    F("money_frozen", 40000, "现金4万余元", HB, *WH, "2024-08-28", "2024-08-28", q="at_least"),
], campaigns=[]))

# AP14 安康 汉滨 五里派出所 警银联动 (安康市公安局 "发布时间:2025年08月29日"; incident 8月9日)
docs.append(dict(doc_id="AP14", published="2025-08-29", facts=[
    F("money_stopped", 550000, "警银联手拦截55万冒充“公检法”诈骗", SN, "安康市", "汉滨区", "2025-08-09", "2025-08-09"),
], campaigns=[]))

# AP15 平潭 警银 止付 (Traditional mirror, "2019-07-22 23:02:36"; total "超過四萬元" vs 22000 + 16990)
PT = ("福州市", "平潭县")
docs.append(dict(doc_id="AP15", published="2019-07-22", facts=[
    F("money_stopped", 40000, "兩筆被止付的資金超過四萬元人民幣", FJ, *PT, "2019-07-03", "2019-07-08", q="at_least"),
    F("money_stopped", 22000, "中的22000元人民幣", FJ, *PT, "2019-07-03", "2019-07-03"),
    F("money_stopped", 16990, "中的款項16990元人民幣", FJ, *PT, "2019-07-08", "2019-07-08"),
    F("victim_loss", 140000, "以網(wǎng)絡(luò)貸款為由詐騙14萬人民幣", FJ, *PT),
    F("victim_loss", 40000, "以返現(xiàn)為由詐騙4萬元人民幣", FJ, *PT),
], campaigns=[]))

# AP16 杭州 警银联动 近三年 (Traditional mirror of 中新网 "發布時間:2020-07-03")
docs.append(dict(doc_id="AP16", published="2020-07-03", facts=[
    F("money_recovered", 60000000, "挽回民眾損失6000余萬元", ZJ, "杭州市", q="at_least"),
], campaigns=[]))

# AP17 河北 断卡 (河北法制报 e-paper, "(上接第5版)", no page date; 2020年10月10日 fixes the 断卡 year)
SJZ = "石家庄市"; D1015 = ("2020-10-15", "2020-10-15")
docs.append(dict(doc_id="AP17", published=None, facts=[
    F("cards_seized", 21720, "查获涉案“两卡”21720张", HE, camp=DK),
    F("suspects_arrested", 15, "一举抓获团伙成员15名", HE, SJZ, None, *D1015),
    F("cards_seized", 150, "缴获涉案银行卡150余张", HE, SJZ, None, *D1015, q="at_least"),
    F("money_involved", 50000000, "涉案总金额高达5000余万元", HE, SJZ, q="at_least"),
], campaigns=[C(DK, start="2020-10-10")]))

# AP18 荆州 沙市区分局 关沮派出所 贩卖银行卡团伙 (荆州 cjyun "2021-04-20 20:20")
SS = ("荆州市", "沙市区")
docs.append(dict(doc_id="AP18", published="2021-04-20", facts=[
    F("money_involved", 6000000, "涉案金额600余万元", HB, *SS, q="at_least"),
    F("money_involved", 1000000, "涉案金额100多万", HB, *SS, q="at_least"),
    F("suspects_arrested", 3, "覃某3人抓获", HB, *SS),
], campaigns=[C(DK)]))

# AP19 上海 回流人员 420余人 (TOOM 舆情 snippet, no date; "今年以来" without a year)
docs.append(dict(doc_id="AP19", published=None, facts=[
    F("suspects_arrested", 420, "抓获并依法采取刑事强制措施420余人", SH, SH, q="at_least"),
    F("suspects_arrested", 28, "窝点负责人28人", SH, SH),
    F("suspects_arrested", 42, "“业务组长”42人", SH, SH),
], campaigns=[]))

# AP20 揭阳 跑分 (平安揭阳 repost on a spam site, "日期:" empty; "9月14日/18日" no year)
JY = "揭阳市"; XZ = "夏季治安打击整治行动"
docs.append(dict(doc_id="AP20", published=None, facts=[
    F("suspects_arrested", 8, "抓获以李某孝、周某、李某、郑某为核心的8名团伙成员", GD, JY, "榕城区", camp=XZ),
    F("money_frozen", 200000, "现金近20万元", GD, JY, "榕城区", q="approx", camp=XZ),
    F("suspects_detained", 4, "郑某4人因涉嫌帮助信息网络犯罪活动罪已被刑事拘留", GD, JY, "榕城区", camp=XZ),
    F("money_involved", 29000, "卡内29000元涉案资金", GD, JY, "揭西县", camp=XZ),
], campaigns=[C(XZ)]))

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
