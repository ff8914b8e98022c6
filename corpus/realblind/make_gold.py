"""Hand-made gold for corpus/realblind (written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

JS, YZ = "江苏省", "扬州市"
GX, LB = "广西壮族自治区", "来宾市"
FJ = "福建省"
SC, MY = "四川省", "绵阳市"
GS = "甘肃省"
HB = "湖北省"
NM = "内蒙古自治区"
GD = "广东省"
JX = "江西省"
SD = "山东省"

docs = []

# T01 扬州 2024
docs.append(dict(doc_id="T01", published="2024-09-06", facts=[
    F("money_recovered", 7107300, "领取了警方归还的710.73万元诈骗资金", JS, YZ, None, "2024-09-04", "2024-09-04"),
    F("money_recovered", 36971000, "共向社会追回诈骗资金1242起、涉案金额3697.1万元", JS, YZ, None, "2024-01-01", "2024-09-06", camp="蓝剑-2024"),
], campaigns=[C("蓝剑-2024", start="2024")]))

# T02 来宾 断卡 (Traditional)
docs.append(dict(doc_id="T02", published=None, facts=[
    F("suspects_arrested", 410, "共抓獲非法開辦、販賣“兩卡”人員410人", GX, LB, camp="断卡行动"),
    F("suspects_arrested", 331, "采取刑事強制措施331人", GX, LB, camp="断卡行动"),
    F("cards_seized", 200, "扣押涉案電話卡、銀行卡共200余張", GX, LB, q="at_least", camp="断卡行动"),
], campaigns=[C("断卡行动", start="2020-10-10")]))

# T03 泉州 断卡
docs.append(dict(doc_id="T03", published="2020-12-31", facts=[
    F("suspects_arrested", 2424, "泉州市公安机关共抓获涉“两卡”违法犯罪嫌疑人2424名", FJ, "泉州市", None, "2020-10-01", "2020-12-31", camp="断卡行动"),
    F("gangs_busted", 14, "打掉涉“两卡”违法犯罪团伙14个", FJ, "泉州市", None, "2020-10-01", "2020-12-31", camp="断卡行动"),
], campaigns=[C("断卡行动", start="2020-10-10")]))

# T04 全国 2019 (Traditional, spam header)
Y19 = ("2019-01-01", "2019-12-31")
docs.append(dict(doc_id="T04", published="2020-02-27", facts=[
    F("cases_solved", 200000, "全國共破獲電信網(wǎng)絡詐騙案件20萬起", None, None, None, *Y19),
    F("suspects_arrested", 163000, "抓獲犯罪嫌疑人16.3萬人", None, None, None, *Y19),
    F("dens_destroyed", 5126, "搗毀境內詐騙窩點5126個", None, None, None, *Y19),
    F("dens_destroyed", 70, "境外詐騙窩點70個", None, None, None, *Y19),
    F("suspects_arrested", 4276, "抓獲犯罪嫌疑人4276名", None, None, None, *Y19),
    F("people_dissuaded", 1016000, "勸阻受害人101.6萬人次", None, None, None, *Y19),
    F("money_recovered", 5610000000, "挽回直接經(jīng)濟損失56.1億元", None, None, None, *Y19),
    F("accounts_frozen", 555000, "止付凍結涉案銀行賬戶55.5萬個", None, None, None, *Y19),
    F("money_stopped", 37380000000, "攔截涉案資金373.8億元", None, None, None, *Y19),
], campaigns=[]))

# T05 全国 2021 返还 (Traditional)
Y21 = ("2021-01-01", "2021-12-31")
docs.append(dict(doc_id="T05", published="2022-04-14", facts=[
    F("money_recovered", 12000000000, "共追繳返還人民群眾被騙資金120億元", None, None, None, *Y21),
    F("money_stopped", 329100000000, "共緊急止付群眾被騙款3291億元", None, None, None, *Y21),
    F("people_dissuaded", 1500000, "讓正在打款的150萬名受害群眾免于被騙", None, None, None, *Y21),
    F("money_stopped", 14800000000, "累計(jì)攔截102萬個(gè)資金賬戶148億元", None),
], campaigns=[]))

# T06 绵阳 2023 (Traditional)
docs.append(dict(doc_id="T06", published="2024-03-16", facts=[
    F("suspects_arrested", 280, "偵辦“11·07專案”抓獲嫌疑人280人", SC, MY, camp="11·07"),
    F("money_recovered", 21000000, "為人民群眾挽回?fù)p失2100余萬元", SC, MY, None, "2023-01-01", "2023-12-31", q="at_least"),
], campaigns=[C("11·07", kind="case")]))

# T07 甘肃 2019 一季度 + 兰州/平凉/白银
Q1 = ("2019-01-01", "2019-03-31")
YTD = ("2019-01-01", "2019-05-03")
docs.append(dict(doc_id="T07", published="2019-05-03", facts=[
    F("money_frozen", 168000000, "通过电信网络诈骗侦办平台止付冻结涉案金额1.68亿元", GS, None, None, *Q1),
    F("cases_filed", 2738, "全省电信网络诈骗案件立案2738起", GS, None, None, *Q1),
    F("dens_destroyed", 6, "一举捣毁外省6个犯罪窝点", GS, "兰州市", None, *YTD, camp="2·12"),
    F("money_frozen", 1000000000, "共扣押、冻结涉案资金、财物价值10亿多元", GS, "兰州市", None, *YTD, q="at_least", camp="2·12"),
    F("gangs_busted", 2, "成功打掉套路贷犯罪团伙2个", GS, "平凉市", None, *YTD, camp="1·13"),
    F("dens_destroyed", 3, "捣毁犯罪窝点3处", GS, "平凉市", None, *YTD, camp="1·13"),
    F("suspects_arrested", 41, "抓获犯罪嫌疑人41名", GS, "平凉市", None, *YTD, camp="1·13"),
    F("gangs_busted", 1, "成功摧毁一网络诈骗团伙", GS, "白银市", None, *YTD),
    F("suspects_arrested", 16, "抓获犯罪嫌疑人16名", GS, "白银市", None, *YTD),
    F("money_involved", 4000000, "涉案金额达400余万元", GS, "白银市", None, *YTD, q="at_least"),
], campaigns=[C("2·12", kind="case"), C("1·13", kind="case")]))

# T08 成县 (陇南) + related-news blurbs
docs.append(dict(doc_id="T08", published=None, facts=[
    F("money_recovered", 360000, "将近期破案追回的36万余元电信网络诈骗涉案资金集中返还给10名受骗群众", GS, "陇南市", "成县", q="at_least"),
    F("cases_filed", 133, "共立电信网络诈骗案件133起", GS, "陇南市", "成县"),
    F("cases_solved", 80, "破案80起", GS, "陇南市", "成县"),
    F("suspects_arrested", 79, "抓获犯罪嫌疑人79人", GS, "陇南市", "成县"),
    F("money_recovered", 610000, "追缴损失61万余元", GS, "陇南市", "成县", q="at_least"),
    F("cases_solved", 1, "华池公安破获一起电信网络诈骗案", GS, "庆阳市", "华池县"),
    F("cases_solved", 3, "武山县公安局破获3起电信网络诈骗案", GS, "天水市", "武山县"),
], campaigns=[]))

# T09 莆田 2021 1-10月
P = ("2021-01-01", "2021-10-31")
docs.append(dict(doc_id="T09", published="2021-12-01", facts=[
    F("money_stopped", 350000000, "莆田警方累计止付电信诈骗涉案资金3.5亿余元", FJ, "莆田市", None, *P, q="at_least"),
    F("money_recovered", 110000000, "挽回直接经济损失1.1亿余元", FJ, "莆田市", None, *P, q="at_least"),
], campaigns=[C("万名干部与百万群众面对面")]))

# T10 江苏 夏季行动 (year not in text)
docs.append(dict(doc_id="T10", published=None, facts=[
    F("cases_solved", 4538, "破获案件4538起", JS, camp="夏季治安打击整治行动"),
    F("suspects_arrested", 3514, "抓获涉诈犯罪嫌疑人3514名", JS, camp="夏季治安打击整治行动"),
    F("gangs_busted", 131, "打掉黑灰产违法犯罪团伙131个", JS, camp="夏季治安打击整治行动"),
    F("money_recovered", 260000000, "避免受损2.6亿元", JS),
    F("money_recovered", 390000000, "今年以来返还涉诈资金1.8万笔、金额3.9亿元", JS),
], campaigns=[C("夏季治安打击整治行动"), C("蓝剑"), C("蓝盾"), C("断链"), C("猎狼行动")]))

# T11 广东 夏季行动 鹰击7号 (Traditional)
docs.append(dict(doc_id="T11", published=None, facts=[
    F("cases_solved", 113, "共偵破電信網(wǎng)絡(luò)詐騙案件113起", GD, camp="鹰击7号"),
    F("suspects_arrested", 367, "抓獲犯罪嫌疑人367人", GD, camp="鹰击7号"),
], campaigns=[C("夏季治安打击整治行动"), C("鹰击7号")]))

# T12 公安部 华东片区 (人民日报, Traditional)
docs.append(dict(doc_id="T12", published="2022-08-29", facts=[
    F("suspects_arrested", 13000, "成功抓獲各類涉詐違法犯罪嫌疑人1.3萬(wàn)名", None, camp="夏季治安打击整治百日行动"),
    F("dens_destroyed", 460, "搗毀犯罪窩點(diǎn)460余個(gè)", None, q="at_least", camp="夏季治安打击整治百日行动"),
    F("money_frozen", 50000000, "扣押涉案現(xiàn)金5000余萬(wàn)元", None, q="at_least", camp="夏季治安打击整治百日行动"),
], campaigns=[C("夏季治安打击整治百日行动", start="2022")]))

# T13 通山县 云剑 2019
TS = dict(prov=HB, city="咸宁市", county="通山县")
docs.append(dict(doc_id="T13", published=None, facts=[
    F("suspects_arrested", 2, "电信诈骗嫌疑人2名", HB, "咸宁市", "通山县", "2019-08-07", "2019-08-07", camp="云剑"),
    F("cases_solved", 157, "共侦破电信诈骗案件157起", HB, "咸宁市", "通山县", camp="云剑"),
    F("suspects_detained", 22, "刑拘22人", HB, "咸宁市", "通山县", camp="云剑"),
    F("money_frozen", 5100000, "冻结涉案资金510万元", HB, "咸宁市", "通山县", camp="云剑"),
    F("money_recovered", 199000, "返还群众赃款19.9万元", HB, "咸宁市", "通山县", camp="云剑"),
    F("suspects_arrested", 22, "抓获各类犯罪嫌疑人22人", HB, "咸宁市", "通山县", camp="云剑"),
], campaigns=[C("云剑", start="2019-06-13", end="2019-10-31")]))

# T14 兰州城关 2025
docs.append(dict(doc_id="T14", published="2025-01-27", facts=[
    F("money_recovered", 396000, "民警将“冬季行动”以来追回的涉诈资金39.6万元发还给受害群众康先生", GS, "兰州市", "城关区", "2025-01-24", "2025-01-24", camp="冬季行动"),
    F("suspects_detained", 1, "刑拘1人", GS, "兰州市", "城关区"),
], campaigns=[C("冬季行动")]))

# T15 鄂尔多斯 东胜 围猎 (no year)
docs.append(dict(doc_id="T15", published=None, facts=[
    F("dens_destroyed", 2, "捣毁收售“两卡”窝点两处", NM, "鄂尔多斯市", "东胜区", camp="围猎行动"),
    F("suspects_arrested", 2, "抓获“卡头”两人", NM, "鄂尔多斯市", "东胜区", camp="围猎行动"),
    F("suspects_arrested", 23, "行动中共抓获涉电诈嫌疑人23名", NM, "鄂尔多斯市", "东胜区", camp="围猎行动"),
], campaigns=[C("围猎行动")]))

# T16 全国 2022 1-11月
docs.append(dict(doc_id="T16", published="2022-12-30", facts=[
    F("cases_solved", 391000, "截至11月底,全国共破获电信网络诈骗案件39.1万起", None, None, None, "2022-01-01", "2022-11-30"),
    F("suspects_arrested", 240, "成功将240名电信网络诈骗犯罪集团重大头目和骨干缉捕归案", None, camp="拔钉"),
    F("dens_destroyed", 1800, "共捣毁诈骗窝点1800余个", None, q="at_least"),
], campaigns=[C("斩链"), C("清源"), C("利剑"), C("拔钉")]))

# T17 袁州区 2024年1月 反诈预警地图
M = ("2024-01-01", "2024-01-31")
docs.append(dict(doc_id="T17", published=None, facts=[
    F("cases_filed", 32, "袁州区共发32起电信网络诈骗案件", JX, "宜春市", "袁州区", *M),
    F("cases_filed", 6, "秀江6起", JX, "宜春市", "袁州区", *M),
    F("cases_filed", 5, "三阳、湛郎各5起", JX, "宜春市", "袁州区", *M),
    # checker: loss-band rows are a breakdown of the 32 (ANNOTATION "a breakdown and its total are all
    # facts"; dev B14 keeps "侦破涉案价值50万元以上的案件6起"). The 5万–10万 band (5起) shares the key
    # (cases_filed, 5, 袁州区) with 三阳/湛郎 and is not listed again.
    F("cases_filed", 7, "被骗金额10万元以上的有7起", JX, "宜春市", "袁州区", *M),
    F("cases_filed", 16, "被骗金额1万元到5万元的有16起", JX, "宜春市", "袁州区", *M),
    F("cases_filed", 4, "1万元以下的有4起", JX, "宜春市", "袁州区", *M),
], campaigns=[]))

# T18 南京高淳区 (no year)
docs.append(dict(doc_id="T18", published=None, facts=[
    F("cases_filed", 181, "立电诈刑事案件181起", JS, "南京市", "高淳区"),
], campaigns=[]))

# T19 德州 (Traditional, no year)
docs.append(dict(doc_id="T19", published=None, facts=[
    F("people_dissuaded", 249000, "預警勸阻疑似受騙群眾24.9萬人次", SD, "德州市"),
    F("cases_solved", 580, "全市共破獲電詐及關聯案件580余起", SD, "德州市", q="at_least"),
    F("suspects_arrested", 2260, "抓獲涉詐犯罪嫌疑人2260人", SD, "德州市"),
    F("money_stopped", 15000000, "攔截黃金500余克、現金1500余萬元", SD, "德州市", q="at_least"),
], campaigns=[C("断流")]))

# T20 惠州 夏季行动 2023
docs.append(dict(doc_id="T20", published="2023-08-15", facts=[
    F("suspects_arrested", 772, "全市公安机关共抓获涉电信诈骗犯罪嫌疑人772人", GD, "惠州市", camp="夏季治安打击整治行动"),
    F("suspects_detained", 222, "刑拘222人", GD, "惠州市", camp="夏季治安打击整治行动"),
    F("people_dissuaded", 110000, "共成功预警劝阻11万余人次", GD, "惠州市", q="at_least", camp="夏季治安打击整治行动"),
    F("money_recovered", 2000000, "挽回民众损失200余万元", GD, "惠州市", q="at_least", camp="夏季治安打击整治行动"),
    F("suspects_arrested", 36, "抓获该团伙犯罪嫌疑人梁某奇等36人", GD, "惠州市", None, "2023-07-21", "2023-07-21"),
    F("money_involved", 800000, "查清涉案价值80余万元", GD, "惠州市", None, "2023-07-21", "2023-07-21", q="at_least"),
], campaigns=[C("夏季治安打击整治行动", start="2023-06", end="2023-09-30")]))

# checks
bad = 0
for d in docs:
    text = open(os.path.join(HERE, "texts", d["doc_id"] + ".txt"), encoding="utf-8").read()
    keys = set()
    for f in d["facts"]:
        if f["evidence"] not in text:
            print("EVIDENCE NOT FOUND", d["doc_id"], f["evidence"]); bad += 1
        k = (f["metric"], f["value"], f["province"], f["city"], f["county"])
        if k in keys:
            print("DUP KEY", d["doc_id"], k)
        keys.add(k)
assert not bad
json.dump({"docs": docs}, open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(docs), "docs", sum(len(d["facts"]) for d in docs), "facts", sum(len(d["campaigns"]) for d in docs), "campaigns")
