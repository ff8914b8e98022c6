"""Hand-made gold for realfifty (AZ01-AZ13; written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

ZJ = "浙江省"; SH = "上海市"; CQ = "重庆市"; BJ = "北京市"; GS = "甘肃省"; GD = "广东省"
GX = "广西壮族自治区"; SC = "四川省"; HN = "湖南省"

docs = []

# AZ01 宁波 鄞州分局 百丈派出所 (dajunshi mirror of 央视; no page date; yearly 发案 counts 2018, 2019, 2020年1-9月)
NB = "宁波市"; YZ = "鄞州区"
docs.append(dict(doc_id="AZ01", published=None, facts=[
    F("cases_filed", 96, "电诈发案96起", ZJ, NB, YZ, "2018-01-01", "2018-12-31"),
    F("cases_filed", 154, "电诈发案154起", ZJ, NB, YZ, "2019-01-01", "2019-12-31"),
    F("cases_filed", 128, "电诈发案128起", ZJ, NB, YZ, "2020-01-01", "2020-09-30"),
], campaigns=[]))

# AZ02 上海 金山分局 亭林派出所 (fx361 journal article; no page date; "2022年以来" has no end)
docs.append(dict(doc_id="AZ02", published=None, facts=[
    F("suspects_arrested", 25, "共抓获嫌疑人25名", SH, SH, "金山区"),
    F("cases_solved", 15, "破获电信网络诈骗案件15起", SH, SH, "金山区"),
], campaigns=[]))

# AZ03 重庆 渝北区公安分局 双龙湖派出所 (国际在线重庆; no date in the text; "截至目前" without a start)
docs.append(dict(doc_id="AZ03", published=None, facts=[
    F("money_recovered", 1800000, "已累计返还受害群众180余万元被骗资金", CQ, CQ, "渝北区", q="at_least"),
], campaigns=[]))

# AZ04 北京市公安局 2025年上半年 (spam "捞女游戏" game site copying a news story; no page date)
docs.append(dict(doc_id="AZ04", published=None, facts=[
    F("money_recovered", 360000000, "返还群众被骗资金3.6亿元", BJ, BJ, None, "2025-01-01", "2025-06-30"),
], campaigns=[]))

# AZ05 兰州 安宁分局 虚拟币洗钱诈骗系列案 (crypto-news site, stamp "2024-07-22 22:21:40")
LZ = "兰州市"; AN = "安宁区"
docs.append(dict(doc_id="AZ05", published="2024-07-22", facts=[
    F("gangs_busted", 1, "打掉犯罪团伙1个", GS, LZ, AN),
    F("suspects_arrested", 15, "抓获犯罪嫌疑人15人", GS, LZ, AN),
    F("cases_solved", 15, "查破案件15起", GS, LZ, AN),
    F("money_involved", 35000000, "初查涉案资金达3500余万元", GS, LZ, AN, q="at_least"),
], campaigns=[]))

# AZ06 天水 麦积区公安分局 虚拟货币洗钱团伙 (Traditional mirror of 兰州新闻网 with pinyin ruby; no date)
TS = "天水市"; MJ = "麦积区"
docs.append(dict(doc_id="AZ06", published=None, facts=[
    F("suspects_arrested", 13, "抓獲犯罪嫌疑人13名", GS, TS, MJ),
    F("money_recovered", 1000000, "追贓挽損百萬(wàn)余元", GS, TS, MJ, q="at_least"),
    F("money_recovered", 330000, "追回現(xiàn)金33萬(wàn)余元", GS, TS, MJ, q="at_least"),
    F("money_recovered", 700000, "約人民幣70萬(wàn)元", GS, TS, MJ, q="approx"),
], campaigns=[]))

# AZ07 湛江 麻章区分局 GOIP 窝点 (东网 on.cc 中国版, "上周六(22日)", no month or year in the text)
ZJS = "湛江市"; MZ = "麻章区"; JW = "净网2021"
docs.append(dict(doc_id="AZ07", published=None, facts=[
    F("dens_destroyed", 5, "成功捣毁5个利用架设GOIP通讯设备,实行电讯诈骗的犯罪窝点", GD, ZJS, MZ, camp=JW),
    F("cases_solved", 34, "并侦破34宗", GD, ZJS, MZ, camp=JW),
    F("money_involved", 4000000, "涉案价值逾400万元", GD, ZJS, MZ, q="at_least", camp=JW),
    F("suspects_arrested", 10, "拘捕10名疑犯", GD, ZJS, MZ, camp=JW),
    F("victim_loss", 45000, "诱骗他转帐4.5万元", GD, ZJS, MZ),
    F("victim_loss", 200000, "先后诱骗他转帐合共20万元", GD, ZJS, MZ),
], campaigns=[C(JW)]))

# AZ08 重庆 巫山县公安局 GOIP 团伙 (记录中国 china.com.cn; "2022年7月" story, no page date)
BR = "夏季治安打击整治百日行动"
docs.append(dict(doc_id="AZ08", published=None, facts=[
    F("suspects_arrested", 2, "抓获犯罪嫌疑人2名", CQ, CQ, "巫山县", camp=BR),
], campaigns=[C(BR)]))

# AZ09 崇左市公安局 特大涉诈洗钱团伙 (人民网广西, "2023年05月19日11:05")
CZ = "崇左市"
docs.append(dict(doc_id="AZ09", published="2023-05-19", facts=[
    F("dens_destroyed", 8, "打掉涉电信网络诈骗黑灰产窝点8个", GX, CZ),
    F("suspects_arrested", 47, "抓获犯罪嫌疑人47人", GX, CZ),
    F("money_frozen", 120000000, "查扣涉案资金1.2亿元", GX, CZ),
    F("money_involved", 5000000000, "洗钱超过50亿人民币", GX, CZ, q="at_least"),
], campaigns=[]))

# AZ10 乐山 井研县公安局 "杀猪盘" 团伙 (网易号 mirror with "打开网易新闻" chrome; "12月9日", "今年11月", no year)
docs.append(dict(doc_id="AZ10", published=None, facts=[
    F("suspects_arrested", 13, "抓获犯罪嫌疑人13人", SC, "乐山市", "井研县"),
    F("victim_loss", 15000, "骗取受害人15000元", SC, "乐山市", "井研县"),
], campaigns=[]))

# AZ11 广州 天河区公安分局 虚拟账户交易诈骗案 (南方网, "2024-10-10 15:32")
GZ = "广州市"; TH = "天河区"
docs.append(dict(doc_id="AZ11", published="2024-10-10", facts=[
    F("suspects_arrested", 4, "抓获犯罪嫌疑人4名", GD, GZ, TH),
    F("money_frozen", 200000, "冻结涉案资金20万余元", GD, GZ, TH, q="at_least"),
    F("victim_loss", 400000, "造成某互联网公司经济损失达40万余元", GD, GZ, TH, q="at_least"),
], campaigns=[]))

# AZ12 长沙 望城 游戏账号交易诈骗 (长沙晚报 "11月16日讯", no year)
docs.append(dict(doc_id="AZ12", published=None, facts=[
    F("money_recovered", 8500, "追回被骗金额8500元", HN, "长沙市", "望城区"),
    F("suspects_arrested", 2, "成功抓获2名网络诈骗犯罪嫌疑人", HN, "长沙市", "望城区"),
], campaigns=[]))

# AZ13 广州 天河 游戏平台赔付漏洞诈骗团伙 (Traditional spam mirror; no date in the text)
XJ = "夏季治安打击整治行动"
docs.append(dict(doc_id="AZ13", published=None, facts=[
    F("suspects_arrested", 8, "抓獲犯罪嫌疑人8名", GD, GZ, TH, camp=XJ),
    F("money_frozen", 190000, "凍結(jié)涉案資金19萬余元", GD, GZ, TH, q="at_least", camp=XJ),
    F("victim_loss", 200000, "先后騙取公司支付賠付款20萬余元", GD, GZ, TH, q="at_least"),
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
