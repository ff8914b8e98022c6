"""Hand-made gold for realfiftythree (BC01-BC19; written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

HA = "河南省"; SC = "四川省"; FJ = "福建省"; HB = "湖北省"; JS = "江苏省"; GS = "甘肃省"; ZJ = "浙江省"
GD = "广东省"; SX = "山西省"; SD = "山东省"; JX = "江西省"; SH = "上海市"

docs = []

# BC01 鹤壁 山城区分局 退赃大会 (鹤壁日报 e-paper, stamp "2020-05-01 09:26:03"; "今年年初以来…截至3月31日")
Q1 = ("2020-01-01", "2020-03-31")
docs.append(dict(doc_id="BC01", published="2020-05-01", facts=[
    F("money_frozen", 1500000, "共冻结电信网络诈骗涉案资金150余万元", HA, "鹤壁市", "山城区", *Q1, q="at_least"),
    F("money_recovered", 270000, "返还资金27万元", HA, "鹤壁市", "山城区", *Q1),
], campaigns=[]))

# BC02 眉山 "7.22" 跨境电诈案 押解 (眉山日报 via yybnet; "12月1日", "今年7月", no year in the text)
C722 = "7.22"; MS = "眉山市"
docs.append(dict(doc_id="BC02", published=None, facts=[
    F("money_involved", 3000000, "涉案金额300余万元", SC, MS, q="at_least", camp=C722),
    F("dens_destroyed", 15, "冲击15个诈骗窝点", SC, MS, camp=C722),
    F("gangs_busted", 5, "打掉5个诈骗团伙", SC, MS, camp=C722),
    F("suspects_arrested", 75, "抓获犯罪嫌疑人75名", SC, MS, camp=C722),
], campaigns=[C(C722, kind="case")]))

# BC03 福州 上街(高新区)分局 校园反诈 (no page date; "2025年“双11”期间", "2025年以来")
FZ = "福州市"; MH = "闽侯县"
docs.append(dict(doc_id="BC03", published=None, facts=[
    F("victim_loss", 25000, "扫描“客服”提供的二维码后被骗25000余元", FJ, FZ, MH, q="at_least"),
    F("suspects_arrested", 2, "抓获2名犯罪嫌疑人", FJ, FZ, MH),
], campaigns=[]))

# BC04 武汉 洪山区分局 快递小哥拦截黄金 (长江日报, stamp "2025-03-14 17:31"; interception "3月6日")
docs.append(dict(doc_id="BC04", published="2025-03-14", facts=[
    F("money_stopped", 160000, "包裹里装有总价值16万余元的黄金", HB, "武汉市", "洪山区", "2025-03-06", "2025-03-06", q="at_least"),
], campaigns=[]))

# BC05 成都 武侯 浆洗街派出所 金条快递 (Traditional mirror of 四川在线; no date in the text)
docs.append(dict(doc_id="BC05", published=None, facts=[
    F("money_recovered", 340000, "及時反應挽損34萬元", SC, "成都市", "武侯区"),
], campaigns=[]))

# BC06 成都高新 和平派出所 美团骑手 16万 (Traditional spam mirror with doubled commas; "3月18日", no year)
docs.append(dict(doc_id="BC06", published=None, facts=[
    F("money_recovered", 160000, "這個舉動為受害人挽回了16萬元現", SC, "成都市"),
], campaigns=[]))

# BC07 连云港 东海县公安局 网约车运钞 (content-farm copy, stamp "2024年11月14日 20:07"; incident "11月7日")
docs.append(dict(doc_id="BC07", published="2024-11-14", facts=[
    F("money_recovered", 36000, "警方快速反应追回3.6万元", JS, "连云港市", "东海县", "2024-11-07", "2024-11-07"),
], campaigns=[]))

# BC08 兰州 榆中县公安局 网约车牛奶箱 (WeChat public-account mirror; no date)
docs.append(dict(doc_id="BC08", published=None, facts=[
    F("money_frozen", 60000, "现场查获现金6万元整", GS, "兰州市", "榆中县"),
], campaigns=[]))

# BC09 金华 浦江县 快递员拦截金条 (newspaper copy on a library site; no date)
docs.append(dict(doc_id="BC09", published=None, facts=[
    F("money_recovered", 100000, "为市民避免了近10万元的财产损失", ZJ, "金华市", "浦江县", q="approx"),
], campaigns=[]))

# BC10 中山 2016年1-7月 电信诈骗立案 (南方+, stamp "2016-08-09 20:50")
ZS = "中山市"
docs.append(dict(doc_id="BC10", published="2016-08-09", facts=[
    F("cases_filed", 1473, "今年1—7月电信诈骗案件共立1473起", GD, ZS, None, "2016-01-01", "2016-07-31"),
    F("cases_filed", 175, "今年6月份全市电信诈骗案立案175起", GD, ZS, None, "2016-06-01", "2016-06-30"),
    F("cases_filed", 160, "立电信诈骗立160起", GD, ZS, None, "2016-07-01", "2016-07-31"),
], campaigns=[C("全民反诈骗三个一百万", start="2016-05")]))

# BC11 扬州 广陵 金店员工报警 (Traditional 网易号 mirror; "春節假期", no year)
docs.append(dict(doc_id="BC11", published=None, facts=[
    F("money_recovered", 200000, "保住了男子20多萬血汗錢", JS, "扬州市", "广陵区", q="at_least"),
], campaigns=[]))

# BC12 忻州 静乐县公安局 邮寄黄金 (西西新闻, stamp "2024-08-15 16:06")
JL = ("忻州市", "静乐县")
docs.append(dict(doc_id="BC12", published="2024-08-15", facts=[
    F("money_recovered", 170000, "为受害人挽回17万元的经济损失", SX, *JL),
    F("victim_loss", 240000, "李某此前已被“刷单返利”诈骗24万元", SX, *JL),
], campaigns=[]))

# BC13 济南 济阳区分局 黄金拦截 (Traditional mirror of 齐鲁网 "6月9日訊", no year)
docs.append(dict(doc_id="BC13", published=None, facts=[
    F("money_stopped", 80000, "將8萬余元黃金成功攔截", SD, "济南市", "济阳区", q="at_least"),
], campaigns=[]))

# BC14 杭州 2014 电信诈骗预警 (Traditional spam mirror of 央广网, "2014-02-19 16:55"; "今年以来")
P14 = ("2014-01-01", "2014-02-19")
docs.append(dict(doc_id="BC14", published="2014-02-19", facts=[
    F("cases_filed", 258, "杭州共發(fā)生電信詐騙案258起", ZJ, "杭州市", None, *P14),
    F("money_involved", 5000000, "涉案金額500多萬元", ZJ, "杭州市", None, *P14, q="at_least"),
], campaigns=[]))

# BC15 赣州 货拉拉/网约车运钞 (WeChat mirror; "2025年以来的半个月时间", "1月16日"; 瑞金市, 安远县, 全南县)
GZ = "赣州市"; D16 = ("2025-01-16", "2025-01-16")
docs.append(dict(doc_id="BC15", published=None, facts=[
    F("money_stopped", 60000, "现场拦截被骗现金6万元", JX, GZ, "瑞金市"),
    F("victim_loss", 23999, "扫码支付23999元", JX, GZ, "安远县"),
    F("suspects_arrested", 1, "赴广东抓获取现车手1名", JX, GZ, "安远县"),
    F("money_recovered", 120000, "追回被骗资金12万元", JX, GZ, "安远县"),
    F("money_stopped", 43200, "成功截停并现场拦截43200元被骗资金", JX, GZ, "全南县", *D16),
    F("money_stopped", 178000, "现场拦截被骗现金包裹17.8万元", JX, GZ, "瑞金市", *D16),
], campaigns=[]))

# BC16 潜江市公安局 邮寄黄金 (Traditional spam mirror with doubled commas; "2月8日", no year)
docs.append(dict(doc_id="BC16", published=None, facts=[
    F("suspects_arrested", 3, "抓獲犯罪嫌疑人3人", HB, "潜江市"),
    F("victim_loss", 300000, "價(jià)值近三十萬(wàn)元", HB, "潜江市", q="approx"),
], campaigns=[]))

# BC17 淄博 张店分局 马尚派出所 截停黄金包裹 (no date; "10月16日")
docs.append(dict(doc_id="BC17", published=None, facts=[
    F("money_recovered", 200000, "以感谢警方为他挽回的20万损失", SD, "淄博市", "张店区"),
], campaigns=[]))

# BC18 上海 嘉定分局 抓获取现车手 (嘉定区政府网; "11月17日", no year)
docs.append(dict(doc_id="BC18", published=None, facts=[
    F("money_recovered", 50000, "保住了市民的5万元现金", SH, SH, "嘉定区"),
], campaigns=[]))

# BC19 杭州 玉泉派出所 出租车运钞 + 舟山普陀 38万 (content-farm copy; no date)
docs.append(dict(doc_id="BC19", published=None, facts=[
    F("money_recovered", 48000, "小王的48000元因此得以保住", ZJ, "杭州市", "西湖区"),
    F("victim_loss", 20000, "小王闪送了2万元现金给对方", ZJ, "杭州市", "西湖区"),
    F("money_stopped", 380000, "半路被两地警方拦截,才发现所谓的食品竟是38万元现金", ZJ, "舟山市", "普陀区"),
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
