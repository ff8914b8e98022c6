"""Hand-made gold for staging/realtwentyeight (written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

SD = "山东省"; HB = "湖北省"; SC = "四川省"; NM = "内蒙古自治区"; HE = "河北省"; NX = "宁夏回族自治区"
ZJ = "浙江省"; SN = "陕西省"; HN = "湖南省"

docs = []

# AD01 山东 "冬季守护" + 济宁 情感诈骗团伙 (Traditional mirror with 簡繁 garbage; no page date in the text)
DS = "冬季守护"; W1 = ("2025-11-25", "2025-12-26")
docs.append(dict(doc_id="AD01", published=None, facts=[
    F("suspects_arrested", 3454, "全省共抓獲電詐及關(guān)聯(lián)犯罪嫌疑人3454人", SD, None, None, *W1, camp=DS),
    F("cases_solved", 27, "破獲損失百萬以上案件27起", SD, None, None, *W1, camp=DS),
    F("money_involved", 360000000, "涉案金額超3.6億元", SD, "济宁市", q="at_least"),
    F("suspects_arrested", 1500, "已抓獲涉案嫌疑人1500余人", SD, "济宁市", q="at_least"),
    F("money_frozen", 27000000, "凍結(jié)涉案資金2700余萬元", SD, "济宁市", q="at_least"),
], campaigns=[C(DS, start="2025-11-25")]))

# AD02 武汉 2024 年度 (Traditional spam mirror of 荆楚网, '發布時間:2025年01月07日')
WH = "武汉市"; Y24 = ("2024-01-01", "2024-12-31")
docs.append(dict(doc_id="AD02", published="2025-01-07", facts=[
    F("money_recovered", 110000000, "攔截、返還群眾被騙資金1.1億元", HB, WH, None, *Y24),
    F("people_dissuaded", 100000, "攔截勸阻10萬余人次", HB, WH, None, *Y24, q="at_least"),
    F("money_stopped", 750000, "及時止付了一筆75萬元的轉賬資金", HB, WH, "硚口区", "2024-03-05", "2024-03-05"),
], campaigns=[]))

# AD03 绵阳 三台县 断卡 (no page date; incident 2020-11-20)
D1120 = ("2020-11-20", "2020-11-20"); DK = "断卡行动"
docs.append(dict(doc_id="AD03", published=None, facts=[
    F("suspects_arrested", 7, "7名涉嫌帮助网络信息犯罪的嫌疑人被抓获归案", SC, "绵阳市", "三台县", *D1120, camp=DK),
    F("cards_seized", 2259, "当场查获手机卡2259张", SC, "绵阳市", "三台县", *D1120, camp=DK),
    F("money_frozen", 100000, "扣押赃款10万余元", SC, "绵阳市", "三台县", *D1120, q="at_least", camp=DK),
], campaigns=[C(DK)]))

# AD04 呼伦贝尔 伊敏公安分局 "冬季攻势" (日期 empty; 打处 is not arrest)
docs.append(dict(doc_id="AD04", published=None, facts=[
    F("cases_solved", 5, "伊敏公安分局共破获电诈案件5起", NM, "呼伦贝尔市", "鄂温克族自治旗", camp="冬季攻势"),
], campaigns=[C("冬季攻势")]))

# AD05 临沂 郯城县 退赃大会 2022-09-25 (255万 today, 580万 in the whole 百日行动)
TC = ("临沂市", "郯城县"); BR = "夏季治安打击整治百日行动"
docs.append(dict(doc_id="AD05", published="2022-09-25", facts=[
    F("money_recovered", 2550000, "对在行动中追回的255万元涉案钱款进行公开发还", SD, *TC, "2022-09-25", "2022-09-25", camp=BR),
    F("money_recovered", 5800000, "共退还赃款580万元", SD, *TC, camp=BR),
], campaigns=[C(BR, start="2022")]))

# AD06 四川 2020 全年 (no page date; mixed 扫黑/追逃 figures are not facts)
Y20 = ("2020-01-01", "2020-12-31")
docs.append(dict(doc_id="AD06", published=None, facts=[
    F("cases_solved", 4465, "破获电信网络诈骗案4465起", SC, None, None, *Y20),
    F("suspects_arrested", 5123, "抓获犯罪嫌疑人5123名", SC, None, None, *Y20),
    F("money_frozen", 3028000000, "冻结被骗资金30.28亿元", SC, None, None, *Y20),
], campaigns=[]))

# AD07 湖北 返还1978万 (title only) + 仙桃 挽回17万 ('今年10月26日', no year)
docs.append(dict(doc_id="AD07", published=None, facts=[
    F("money_recovered", 19780000, "湖北返还群众1978万元被骗资金", HB),
    F("money_recovered", 170000, "仙桃市反诈中心及时为贺某挽回经济损失17万元", HB, "仙桃市"),
], campaigns=[]))

# AD08 湖北 随州 反诈骗中心 2017 (46万余 挽回; 拦截案件129起 is not a fact)
docs.append(dict(doc_id="AD08", published=None, facts=[
    F("money_recovered", 460000, "挽回经济损失46万余元", HB, "随州市", q="at_least"),
], campaigns=[]))

# AD09 河北 省厅+保定 赴老挝 (押解 54 is not arrest; '9月11日訊' without year)
docs.append(dict(doc_id="AD09", published=None, facts=[
    F("gangs_busted", 5, "成功打掉5個(gè)", HE),
    F("suspects_arrested", 54, "抓獲犯罪嫌疑人54名", HE),
], campaigns=[]))

# AD10 德州 经验交流 (two-column PDF text interleaved; no date)
DZ = "德州市"
docs.append(dict(doc_id="AD10", published=None, facts=[
    F("suspects_arrested", 3, "案窝点,抓获犯罪嫌疑人 3 名", SD, DZ, "陵城区"),
    F("gangs_busted", 12, "的犯罪团伙 12 个", SD, DZ),
    F("suspects_arrested", 40, "抓捕犯罪嫌疑人 40 余名", SD, DZ, q="at_least"),
], campaigns=[]))

# AD11 银川 金凤区 保住85万 (2026-02-02 incident; page date not in the text)
docs.append(dict(doc_id="AD11", published=None, facts=[
    F("money_recovered", 850000, "王女士卡内总计85万元的辛苦积蓄,一分不少,全部安然无恙", NX, "银川市", "金凤区",
      "2026-02-02", "2026-02-02"),
], campaigns=[]))

# AD12 宁波 宁海县 1至6月 2019 (宁海新闻网 2019年07月09日)
NH = ("宁波市", "宁海县"); H19 = ("2019-01-01", "2019-06-30")
docs.append(dict(doc_id="AD12", published="2019-07-09", facts=[
    F("cases_solved", 2000, "共破获各类电信网络诈骗案件2000余起", ZJ, *NH, *H19, q="at_least"),
    F("suspects_arrested", 237, "抓获各类违法犯罪嫌疑人237名", ZJ, *NH, *H19),
    F("suspects_detained", 224, "刑拘224名", ZJ, *NH, *H19),
    F("money_recovered", 2678000, "追缴、返还赃款267.8万元", ZJ, *NH, *H19),
], campaigns=[]))

# AD13 宁夏 2016 今年以来 (宁夏日报 2016-09-22)
Y16 = ("2016-01-01", "2016-09-22")
docs.append(dict(doc_id="AD13", published="2016-09-22", facts=[
    F("cases_solved", 387, "共破获电信诈骗案件387起", NX, None, None, *Y16),
    F("suspects_arrested", 74, "抓获犯罪嫌疑人74人", NX, None, None, *Y16),
    F("accounts_frozen", 2675, "冻结涉案账户2675个", NX, None, None, *Y16),
    F("money_stopped", 5000000, "紧急止付和劝阻拦截涉案资金500余万元", NX, None, None, *Y16, q="at_least"),
    F("money_frozen", 6000000, "冻结600余万元", NX, None, None, *Y16, q="at_least"),
], campaigns=[]))

# AD14 渭南 今年以来 (Traditional mirror, no year anywhere) + 临渭 13.65万 被骗
WN = "渭南市"; LM = "断卡·猎鼠"
docs.append(dict(doc_id="AD14", published=None, facts=[
    F("victim_loss", 136500, "詐騙了13.65萬(wàn)元", SN, WN, "临渭区"),
    F("cases_solved", 1608, "全市共破獲電詐案件1608起", SN, WN),
    F("suspects_arrested", 2197, "抓獲犯罪嫌疑人2197名", SN, WN),
    F("gangs_busted", 36, "打掉團(tuán)伙36個(gè)", SN, WN),
    F("suspects_arrested", 458, "共抓獲涉“兩卡”違法犯罪人員458名", SN, WN, camp=LM),
], campaigns=[C(LM)]))

# AD15 衡阳 石鼓分局 (红网 2025-07-21; 受理咨询439起 is not a fact)
docs.append(dict(doc_id="AD15", published="2025-07-21", facts=[
    F("people_dissuaded", 293, "成功劝阻潜在受害人293名", HN, "衡阳市", "石鼓区"),
], campaigns=[]))

# AD16 长沙 浏阳市 牙签 止损51万 ('3月9日'/'3月18日' without a stated year)
docs.append(dict(doc_id="AD16", published=None, facts=[
    F("money_recovered", 510000, "为正在遭遇电信网络诈骗的市民止损51万元", HN, "长沙市", "浏阳市"),
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
