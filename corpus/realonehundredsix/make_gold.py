"""Hand-made gold for realonehundredsix (DE01-DE06; written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

GD = "广东省"; SD = "山东省"; ZJ = "浙江省"; GS = "甘肃省"; CQ = "重庆市"

docs = []

# DE01 云浮 罗定市公安局 两起现金拦截 (电子报阅读机 云浮日报 第07版, '日期:09-16' without a year; reader date 2025-10-12 is a widget)
YF = "云浮市"; LD = "罗定市"
docs.append(dict(doc_id="DE01", published=None, facts=[
    F("money_stopped", 80000, "成功拦截被骗资金共8万元", GD, YF, LD),
    F("money_stopped", 50000, "共计5万元准备交由“工作人员”取走", GD, YF, LD),
    F("money_stopped", 30000, "主动将3万元存回账户", GD, YF, LD),
], campaigns=[]))

# DE02 菏泽市公安局开发区分局 打掉电诈团伙 (牡丹晚报 2019-08-15 09:05; '7月15日' collective arrest)
HZ = "菏泽市"; D0715 = ("2019-07-15", "2019-07-15")
docs.append(dict(doc_id="DE02", published="2019-08-15", facts=[
    F("gangs_busted", 1, "于7月15日实施联合抓捕行动,成功打掉一重大电信网络诈骗团伙", SD, HZ, None, *D0715, camp="云剑"),
    F("suspects_arrested", 18, "抓获诈骗犯罪嫌疑人18人", SD, HZ, None, *D0715, camp="云剑"),
], campaigns=[C("云剑")]))

# DE03 金华市公安局金东分局东关派出所 "黑盒子" 诈骗设备 (中国警察网 via wxredian, one phrase a line, no date)
docs.append(dict(doc_id="DE03", published=None, facts=[
    F("suspects_detained", 2, "两名犯罪嫌疑人\n已被公安机关依法刑事拘留", ZJ, "金华市", "金东区"),
], campaigns=[]))

# DE04 庆阳市公安局 "庆阳公安·这十年" (Traditional with pinyin-ruby artifacts, no address, '9月28日' without a year)
# checker: campaign name as the text writes it (打擊涉養老詐騙專項行動 → 打击涉养老诈骗专项行动), not the national name:
# realfortynine AY06 (this same page) used the written name, and realfour U18, realthirteen G14 and realseventeen L07 keep
# their texts' variant wordings; only pages that write 打击整治养老诈骗专项行动 get that name.
QY = "庆阳市"; YL = "打击涉养老诈骗专项行动"
docs.append(dict(doc_id="DE04", published=None, facts=[
    F("cases_solved", 2141, "累計破獲電詐案件2141起", GS, QY),
    F("money_recovered", 20000000, "為群眾挽回財產(chǎn)損失2000余萬元", GS, QY, q="at_least"),
    F("cases_solved", 96, "專項行動以來,破案96起", GS, QY, camp=YL),
    F("suspects_arrested", 53, "抓獲犯罪嫌疑人53人", GS, QY, camp=YL),
    F("money_recovered", 3000000, "挽回群眾損失300余萬元", GS, QY, q="at_least", camp=YL),
], campaigns=[C(YL, start="2022"), C("夏季治安打击整治百日行动")]))

# DE05 广东省公安厅 "飓风2017" 年度发布会 (艾森网 copy of 中新网 2018-01-16; text cut mid-sentence)
Y17 = ("2017-01-01", "2017-12-31"); JF = "飓风2017"
docs.append(dict(doc_id="DE05", published="2018-01-16", facts=[
    F("people_dissuaded", 174000, "省市两级反诈中心累计劝阻疑似被骗事主17.4万人", GD, None, None, *Y17, camp=JF),
    F("money_recovered", 2470000000, "避免经济损失24.7亿余元", GD, None, None, *Y17, q="at_least", camp=JF),
    F("money_stopped", 730000000, "累计止付赃款7.3亿余元", GD, None, None, *Y17, q="at_least", camp=JF),
    F("money_recovered", 96670000, "返还冻结涉案资金9667万余元", GD, None, None, *Y17, q="at_least", camp=JF),
], campaigns=[C(JF, start="2017"), C("猎狐行动")]))

# DE06 重庆 垫江县公安局新民派出所 微信"刷单"借钱诈骗 (华龙网 '4月11日' copy, page stamp 2018-04-12 07:16; text cut)
DJ = "垫江县"
docs.append(dict(doc_id="DE06", published="2018-04-12", facts=[
    F("cases_solved", 1, "成功破获一起“微信”诈骗案件", CQ, CQ, DJ),
    F("suspects_arrested", 1, "抓获犯罪嫌疑人一名", CQ, CQ, DJ),
    F("victim_loss", 3700, "在KTV消费后差3700元结账", CQ, CQ, DJ),
    F("victim_loss", 6300, "文某先后又转了6300元给杨某", CQ, CQ, DJ),
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
