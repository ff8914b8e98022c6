"""Hand-made gold for realeightythree (CG01-CG13; written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
# checker: second reader's check done (see CHECK.md). No fact, value, qualifier, region, period, published date or
# checker: campaign changed; CG01-CG04, CG07, CG09-CG11 texts are byte-identical to the search tool's excerpts.
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

ZJ = "浙江省"; SX = "山西省"; GD = "广东省"; HB = "湖北省"; NX = "宁夏回族自治区"; NM = "内蒙古自治区"
JX = "江西省"; JS = "江苏省"; AH = "安徽省"; FJ = "福建省"

docs = []

# CG01 温州市反诈中心 "两卡" 大学生 (Traditional garbled mirror of 澎湃 "10月27日", no year anywhere)
WZ = "温州市"
docs.append(dict(doc_id="CG01", published=None, facts=[
    F("money_involved", 10000000, "涉嫌資金流水1000多萬(wàn)元", ZJ, WZ, q="at_least"),
    F("gangs_busted", 174, "打掉涉嫌“兩卡”犯罪團(tuán)伙174個(gè)", ZJ, WZ),
    F("suspects_arrested", 4057, "抓獲涉案人員4057名", ZJ, WZ),
], campaigns=[]))

# CG02 太原市公安机关 GOIP 窝点 (山西日报 2022-08-10; 8月9日 新闻发布会; "百日行动"开展以来, start not given)
TY = "太原市"; BR = "夏季治安打击整治百日行动"
docs.append(dict(doc_id="CG02", published="2022-08-10", facts=[
    F("dens_destroyed", 11, "连续端掉11个GOIP窝点", SX, TY, camp=BR),
    F("cases_solved", 11, "共破获案件11起", SX, TY, camp=BR),
    F("suspects_arrested", 33, "抓获犯罪嫌疑人33人", SX, TY, camp=BR),
    F("cards_seized", 409, "手机卡、银行卡等作案工具409张", SX, TY, camp=BR),
], campaigns=[C(BR, start="2022")]))

# CG03 珠海市公安局 "断卡" 发布会 (中新网 "10月16日电", no year in the text)
ZH = "珠海市"; DK = "断卡行动"
docs.append(dict(doc_id="CG03", published=None, facts=[
    F("cards_seized", 195, "共缴获银行卡195张", GD, ZH, camp=DK),
    F("cards_seized", 326, "电话卡326张", GD, ZH, camp=DK),
    F("suspects_arrested", 24, "抓获犯罪嫌疑人24名", GD, ZH, camp=DK),
    F("cases_solved", 18, "核破案件18宗", GD, ZH, camp=DK),
], campaigns=[C(DK)]))

# CG04 宁波 "两卡" 学生 (Traditional mirror; "今年以来" and "今年7月23日" without a year)
NB = "宁波市"; HS = "海曙区"
docs.append(dict(doc_id="CG04", published=None, facts=[
    F("suspects_arrested", 4300, "抓獲涉“兩卡”犯罪嫌疑人近4300名", ZJ, NB, q="approx"),
    F("victim_loss", 150000, "北京一名受害人的15萬多元", ZJ, NB, HS, q="at_least"),
    F("money_involved", 450000, "超過45萬元的涉案資金流水", ZJ, NB, HS, q="at_least"),
], campaigns=[C("断卡行动")]))

# CG05 武汉 东湖高新 "洗钱车队" (长江日报 2023-06-26; functional zone -> 武汉市 without county, as realfiftyseven BG15)
WH = "武汉市"
docs.append(dict(doc_id="CG05", published="2023-06-26", facts=[
    F("victim_loss", 980000, "转了一笔98万元的货款", HB, WH, None, "2023-06-02", "2023-06-02"),
    F("money_stopped", 480000, "带着拦截下来的48万元现金", HB, WH),
], campaigns=[]))

# CG06 宁夏 "帮信" 专题 (no date; 海原县公安局 "今年9月"; 检察院 and 法院 figures are not police results)
docs.append(dict(doc_id="CG06", published=None, facts=[
    F("suspects_arrested", 89, "抓获涉案人员89人", NX, "中卫市", "海原县"),
    F("money_involved", 20000000, "涉案金额2000余万元", NX, "中卫市", "海原县", q="at_least"),
    F("money_frozen", 500000, "扣押涉案财物50余万元", NX, "中卫市", "海原县", q="at_least"),
    F("cards_seized", 180, "收缴涉案银行卡180余张", NX, "中卫市", "海原县", q="at_least"),
], campaigns=[C("断卡行动", start="2020")]))

# CG07 鄂尔多斯 东胜分局 "跑分车队" (新京报 mirror, "1月12日" without a year)
ED = "鄂尔多斯市"; DS = "东胜区"
docs.append(dict(doc_id="CG07", published=None, facts=[
    F("suspects_arrested", 17, "抓获犯罪嫌疑人17名", NM, ED, DS),
    F("money_frozen", 227000, "现金赃款22.7万余元", NM, ED, DS, q="at_least"),
], campaigns=[]))

# CG08 包头 固阳县公安局 "水房" (中新网 "11月13日电" under mirror stamp 2024-11-27; stamp is published, as AP13/E09)
docs.append(dict(doc_id="CG08", published="2024-11-27", facts=[
    F("suspects_arrested", 5, "抓获犯罪嫌疑人5名", NM, "包头市", "固阳县"),
    F("money_involved", 20000000, "流水金额超2000万元", NM, "包头市", "固阳县", q="at_least"),
], campaigns=[]))

# CG09 赣州 兴国 虚拟货币 "水房" (环球时报 via mirror, "8 月 30 日" without a year; spaces inside numbers kept)
GZ = "赣州市"; XG = "兴国县"
docs.append(dict(doc_id="CG09", published=None, facts=[
    F("suspects_arrested", 8, "成功抓获 8 名犯罪嫌疑人", JX, GZ, XG),
    F("money_frozen", 200000, "扣押涉案资金 20 万元", JX, GZ, XG),
    F("victim_loss", 260000, "涉案金额高达 26 万余元", JX, GZ, XG, q="at_least"),
], campaigns=[]))

# CG10 扬州 高邮 "跑分平台" (Traditional garbled copy, no address, no date; 净网2021 and "断卡"行动 named)
YZ = "扬州市"; GY = "高邮市"
docs.append(dict(doc_id="CG10", published=None, facts=[
    F("money_involved", 50000000, "半年多“洗錢”5000余萬元", JS, YZ, GY, q="at_least"),
    F("suspects_detained", 12, "12名犯罪嫌疑人已被刑事拘留", JS, YZ, GY),
    F("suspects_arrested", 12, "犯罪嫌疑人12名", JS, YZ, GY, camp="断卡行动"),
], campaigns=[C("净网2021", start="2021"), C("断卡行动")]))

# CG11 亳州 蒙城县公安局 三个 "跑分" 团伙 (亳州晚报, no date)
BZ = "亳州市"; MC = "蒙城县"
docs.append(dict(doc_id="CG11", published=None, facts=[
    F("gangs_busted", 3, "三个“跑分”洗钱团伙被蒙城县公安局一锅端", AH, BZ, MC),
    F("suspects_arrested", 40, "40余名嫌疑人抓获归案", AH, BZ, MC, q="at_least"),
    F("cards_seized", 60, "银行卡60余张", AH, BZ, MC, q="at_least"),
    F("cards_seized", 40, "电话卡40余张", AH, BZ, MC, q="at_least"),
], campaigns=[]))

# CG12 连云港 海州公安分局 "两卡" (连云港新闻网, no date in the text; 252名 mixes 刑事强制措施 and 行政处罚 -> left out)
LY = "连云港市"; HZ = "海州区"
docs.append(dict(doc_id="CG12", published=None, facts=[
    F("suspects_arrested", 1, "朐阳派出所抓获1名“两卡”犯罪嫌疑人", JS, LY, HZ),
    F("money_involved", 197000, "涉案金额19.7万元", JS, LY, HZ),
    F("money_involved", 460000, "涉案资金46万元", JS, LY, HZ),
    F("suspects_arrested", 2, "浦南派出所抓获的2名“两卡”犯罪嫌疑人", JS, LY, HZ),
], campaigns=[C("夏季治安打击整治行动")]))

# CG13 漳州 漳浦县公安局 "土豆" 跑分 (Traditional garbled mirror of 台海网 "10月28日讯", no year)
docs.append(dict(doc_id="CG13", published=None, facts=[
    F("suspects_arrested", 1, "現(xiàn)場(chǎng)抓獲犯罪嫌疑人1名", FJ, "漳州市", "漳浦县"),
    F("money_involved", 10000000, "涉案金額達(dá)千萬(wàn)余元", FJ, "漳州市", "漳浦县", q="at_least"),
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
