"""Hand-made gold for realfortyeight (AX01-AX15; written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

AH = "安徽省"; HN = "湖南省"; ZJ = "浙江省"; GD = "广东省"; SD = "山东省"; YN = "云南省"; SX = "山西省"
BJ = "北京市"; LN = "辽宁省"; FJ = "福建省"; SN = "陕西省"
DK = "断卡行动"

docs = []

# AX01 宿州市公安局 人大建议办理答复 (政府信息公开页, "发表时间:2023-06-30 09:03"; figures for 2022)
SZ = "宿州市"; Y22 = ("2022-01-01", "2022-12-31")
docs.append(dict(doc_id="AX01", published="2023-06-30", facts=[
    F("money_recovered", 22905000, "返还受害人被骗资2290.5万元", AH, SZ, None, *Y22),
    F("money_stopped", 1520000000, "止付资金15.2亿余元", AH, SZ, None, *Y22, q="at_least"),
    F("people_dissuaded", 6113, "见面劝阻受害人6113人", AH, SZ, None, *Y22),
], campaigns=[C(DK)]))

# AX02 常德市公安局 代表建议回复 (常公建复〔2023〕02号, no page date; figures for 2022)
CD = "常德市"
docs.append(dict(doc_id="AX02", published=None, facts=[
    F("suspects_arrested", 3276, "2022年全市公安机关共抓获涉诈犯罪嫌疑人3276名", HN, CD, None, *Y22),
    F("cases_solved", 1132, "破获案件1132起", HN, CD, None, *Y22),
    F("dens_destroyed", 16, "简易组网GOIP窝点16个", HN, CD, None, *Y22),
    F("gangs_busted", 30, "跑分洗钱团伙30个", HN, CD, None, *Y22),
], campaigns=[C(DK)]))

# AX03 嵊泗县政协 委员建议 (县政协办 公开页, "发布时间:2022-08-18 09:41"; quotes the county's yearly case counts)
ZS = "舟山市"; SS = "嵊泗县"
docs.append(dict(doc_id="AX03", published="2022-08-18", facts=[
    F("cases_filed", 51, "2017年51起", ZJ, ZS, SS, "2017-01-01", "2017-12-31"),
    F("cases_filed", 40, "2018年40起", ZJ, ZS, SS, "2018-01-01", "2018-12-31"),
    F("cases_filed", 42, "2019年42起", ZJ, ZS, SS, "2019-01-01", "2019-12-31"),
    F("cases_filed", 64, "2020年跳跃至64起", ZJ, ZS, SS, "2020-01-01", "2020-12-31"),
    F("victim_loss", 3360000, "被骗金额高达336万元", ZJ, ZS, SS, "2020-01-01", "2020-12-31"),
], campaigns=[]))

# AX04 顺德区人大常委会督办"全民反诈"建议 (佛山新闻网 "3月22日", figures for 2021 -> 2022-03-22)
FS = "佛山市"; SDQ = "顺德区"; Y21 = ("2021-01-01", "2021-12-31")
docs.append(dict(doc_id="AX04", published="2022-03-22", facts=[
    F("people_dissuaded", 450000, "各派出所成功上门劝阻45万人次", GD, FS, SDQ, *Y21),
    F("money_stopped", 300000000, "止付金额接近3亿元", GD, FS, SDQ, *Y21, q="approx"),
    F("money_recovered", 10000000, "返还资金1000多万元", GD, FS, SDQ, *Y21, q="at_least"),
    F("money_recovered", 30000000, "挽回直接经济损失3000多万元", GD, FS, SDQ, *Y21, q="at_least"),
], campaigns=[C("全民反诈专项行动")]))

# AX05 青岛市人大常委会调研 + 平度市公安局 (青岛广电 "9月23日讯", no year; excerpt cut after "637起,")
docs.append(dict(doc_id="AX05", published=None, facts=[
    F("cases_solved", 637, "全市共破获电信网络诈骗案件637起", SD, "青岛市", "平度市"),
], campaigns=[C(DK), C("扫楼")]))

# AX06 玉溪市公安机关 打击治理电诈综述 (Traditional gov disclosure page, "公開日期 | 2024-07-15"; 今年上半年)
YX = "玉溪市"; H24 = ("2024-01-01", "2024-06-30")
docs.append(dict(doc_id="AX06", published="2024-07-15", facts=[
    F("money_recovered", 8000000, "為人民群眾挽回損失800余萬元", YN, YX, None, *H24, q="at_least"),
    F("money_stopped", 129000000, "勸阻止付金額1.29億元", YN, YX, None, *H24),
    F("money_recovered", 23080000, "避免直接經濟損失2308萬元", YN, YX, None, *H24),
    F("suspects_arrested", 1000, "共抓獲“兩卡”違法犯罪人員1000余名", YN, YX, None, *H24, q="at_least"),
    F("gangs_busted", 50, "打掉團伙50余個", YN, YX, None, *H24, q="at_least"),
    F("cards_seized", 800, "查獲銀行卡800余張", YN, YX, None, *H24, q="at_least"),
    F("cards_seized", 400, "手機卡400余張", YN, YX, None, *H24, q="at_least"),
], campaigns=[]))

# AX07 朔州市政府新闻办 发布会 (spam mirror with inserted "球友会app"; "7月18日" + "2024年以来" -> 2024-07-18)
SZH = "朔州市"; P24 = ("2024-01-01", "2024-07-18")
docs.append(dict(doc_id="AX07", published="2024-07-18", facts=[
    F("cases_filed", 106, "共立电信网络诈骗案件106起", SX, SZH, None, *P24),
    F("cases_solved", 179, "破案179起", SX, SZH, None, *P24),
    F("suspects_arrested", 322, "抓获犯罪嫌疑人322人", SX, SZH, None, *P24),
    F("money_recovered", 8962700, "返还资金896.27万元", SX, SZH, None, *P24),
    F("money_stopped", 253319800, "共止付涉案资金25331.98万元", SX, SZH, None, *P24),
    F("money_frozen", 20856200, "冻结2085.62万元", SX, SZH, None, *P24),
], campaigns=[]))

# AX08 长治市公安局 反诈宣传月 发布会 (上党晚报 on the city gov site, "发布时间: 2021-12-10"; cut at "止付涉案资金7.4亿")
CZ = "长治市"; XCY = "防范电信网络诈骗犯罪宣传月"; PM = ("2021-11-10", "2021-12-10")
docs.append(dict(doc_id="AX08", published="2021-12-10", facts=[
    F("cases_solved", 202, "破获电信网络诈骗案件202起", SX, CZ, None, *PM, camp=XCY),
    F("suspects_arrested", 176, "抓获犯罪嫌疑人176人", SX, CZ, None, *PM, camp=XCY),
    F("cases_solved", 1572, "破获电信网络诈骗案件1572起", SX, CZ),
    F("suspects_arrested", 937, "抓获犯罪嫌疑人937人", SX, CZ),
    F("money_stopped", 740000000, "止付涉案资金7.4亿", SX, CZ),
], campaigns=[C(XCY, start="2021-11-10", end="2021-12-10")]))

# AX09 滨州 夏季治安打击整治"百日行动"发布会 (Traditional with pinyin ruby, "8月26日", "今年1至8月", no year)
BZ = "滨州市"
docs.append(dict(doc_id="AX09", published=None, facts=[
    F("cases_solved", 604, "全市共破獲電信網(wǎng)絡(luò)詐騙及關(guān)聯(lián)犯罪案件604起", SD, BZ),
    F("suspects_arrested", 556, "抓獲犯罪嫌疑人556人", SD, BZ),
    F("cards_seized", 384, "繳獲電話卡、銀行卡384張", SD, BZ),
], campaigns=[C("夏季治安打击整治百日行动"), C(DK)]))

# AX10 北京 海淀分局 "向您细说这一年"发布会 (reportify summary of 北京日报, "2026-01-10 07:05"; 去年 = 2025)
Y25 = ("2025-01-01", "2025-12-31")
docs.append(dict(doc_id="AX10", published="2026-01-10", facts=[
    F("money_recovered", 430000000, "避免群众经济损失4.3亿元", BJ, BJ, "海淀区", *Y25),
], campaigns=[]))

# AX11 北京 昌平分局 2025年 (网易 copy of 法治日报 "北京1月19日讯"; a 2025 full-year review -> 2026-01-19)
docs.append(dict(doc_id="AX11", published="2026-01-19", facts=[
    F("suspects_detained", 450, "刑拘各类新型犯罪链条上的组织者、骨干成员和一般参与人员共计450余人",
      BJ, BJ, "昌平区", *Y25, q="at_least"),
], campaigns=[]))

# AX12 丹东 宽甸满族自治县公安局 (spam mirror of 新华网 "沈阳11月25日电", stamp "2023 11/25 17:19:01"; cut at "冻结涉案金")
DD = "丹东市"; KD = "宽甸满族自治县"; P23 = ("2023-01-01", "2023-11-25")
docs.append(dict(doc_id="AX12", published="2023-11-25", facts=[
    F("people_dissuaded", 1100, "见面劝阻疑似被诈骗人员1100余人(次)", LN, DD, KD, *P23, q="at_least"),
    F("cases_solved", 36, "共破获诈骗案件36起", LN, DD, KD, *P23),
    F("gangs_busted", 13, "打掉跑分洗钱团伙13个", LN, DD, KD, *P23),
    F("suspects_arrested", 126, "抓获嫌疑人126名", LN, DD, KD, *P23),
], campaigns=[]))

# AX13 潍坊 安丘市公安局 反信息诈骗中心 (大众网潍坊, "1至5月"/"5月25日", no year in the text)
docs.append(dict(doc_id="AX13", published=None, facts=[
    F("cases_solved", 11, "共破获电信网络诈骗案件11起", SD, "潍坊市", "安丘市"),
    F("suspects_arrested", 42, "抓获犯罪嫌疑人 42名", SD, "潍坊市", "安丘市"),
], campaigns=[C("亮剑")]))

# AX14 泉州台商投资区 防"盗抢骗"宣传 (Traditional 泉州晚报 mirror, "2020-06-29 20:46:54"; 上半年)
QZ = "泉州市"; H20 = ("2020-01-01", "2020-06-29")
docs.append(dict(doc_id="AX14", published="2020-06-29", facts=[
    F("cases_solved", 31, "上半年偵破電信網絡詐騙案件31起", FJ, QZ, None, *H20),
    F("money_frozen", 2500000, "止付凍結250多萬元", FJ, QZ, None, *H20, q="at_least"),
], campaigns=[]))

# AX15 安康 镇坪县公安局 夏季行动返赃大会 (Traditional with pinyin "(ju)" ruby, "7月14日", no year in the text)
# checker: texts/AX15.txt re-saved from the search tool's excerpt (it had lost 108 characters, the paragraph
# "同時,安康市委、市政府把反詐工作納入市直目標責任考核…先進集體(ti) 30個(ge) 、先進個(ge) 人50名。"); the fact below is unchanged.
XJ = "夏季治安打击整治行动"
docs.append(dict(doc_id="AX15", published=None, facts=[
    F("money_recovered", 8330000, "返還被騙資金共計833萬(wan) 元", SN, "安康市", "镇坪县", camp=XJ),
], campaigns=[C(XJ)]))

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
