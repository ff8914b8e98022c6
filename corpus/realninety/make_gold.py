"""Hand-made gold for realninety (CN01-CN15; written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

SD = "山东省"; HUN = "湖南省"; GS = "甘肃省"; LN = "辽宁省"; HEN = "河南省"; SC = "四川省"; AH = "安徽省"
GD = "广东省"; HUB = "湖北省"; SN = "陕西省"

docs = []

# CN01 临沂 徐玉玉案 嫌疑人投案自首 (临沂日报转央广网; only "8月19日/26日/27日/28日", no year in the text)
docs.append(dict(doc_id="CN01", published=None, facts=[
    F("victim_loss", 9900, "实施电信诈骗骗走9900元", SD, "临沂市", "罗庄区"),
    # 山东省公安厅's 微博 announcement; the forces that caught them are not named
    F("suspects_arrested", 4, "黄进春4人被抓获", SD),
    # 到案 counts as arrest; the two 投案自首 are inside this total and carry no numeral of their own
    F("suspects_arrested", 6, "全部的6名嫌疑人都悉数到案", SD),
], campaigns=[]))

# CN02 即墨 A级通缉犯林永锋 深圳自首 (Traditional, 东方日报; "前日""本周日""去年十二月廿三日", no year)
docs.append(dict(doc_id="CN02", published=None, facts=[
    # 即墨 was a county-level city in 2016; current name 即墨区 (as earlier sets use current names)
    F("victim_loss", 1390000, "詐騙該公司財務職員一百三十九萬元", SD, "青岛市", "即墨区"),
], campaigns=[]))

# CN03 长沙市公安局 "多卡宝" (新华社 copy; "1日通报", "今年3月以来", no year)
CS = "长沙市"
docs.append(dict(doc_id="CN03", published=None, facts=[
    F("gangs_busted", 3, "连续捣毁3个利用“多卡宝”开展电信网络诈骗的犯罪团伙", HUN, CS),
    F("suspects_arrested", 16, "共计抓获犯罪嫌疑人16名", HUN, CS),
    F("cards_seized", 850, "手机卡850余张", HUN, CS, q="at_least"),
], campaigns=[]))

# CN04 天水 麦积分局 VoIP (no date; "7月6日")
docs.append(dict(doc_id="CN04", published=None, facts=[
    F("suspects_arrested", 2, "成功将2名嫌疑人抓获", GS, "天水市", "麦积区"),
    F("suspects_detained", 2, "郑某某、孙某某二人因涉嫌帮信罪被依法刑事拘留", GS, "天水市", "麦积区"),
], campaigns=[]))

# CN05 大连 中山公安分局 GOIP短信平台 (blog copy, no date)
docs.append(dict(doc_id="CN05", published=None, facts=[
    F("suspects_arrested", 6, "一举抓获6名违法人员", LN, "大连市", "中山区"),
], campaigns=[]))

# CN06 三门峡 渑池县公安局 伪基站 (南方+ copy of 大河报 2016-05-16 10:08; truncated)
# checker: the 4 removed; the page stays with no facts (a page on which nothing should be emitted, as realeightyone CE01/CE02,
# realeightyseven CK11, realthirtythree AI10, realtwentyfour P17). "民警破窗将车内三男一女控制" / "民警将4名嫌疑人带回突审" has no
# arrest verb (ANNOTATION lists 抓获/抓捕/到案/缉捕; no finished gold counts 控制 or 带回 as an arrest), and the later arrests of
# 张某甲/张某乙/王某 carry no numeral. This very page was dropped for that reason by realthirty, realfortytwo, realfortysix,
# realseventyfour, realseventysix, realseventynine and realeighty ("only 控制/带回 and named arrests").
docs.append(dict(doc_id="CN06", published="2016-05-16", facts=[
], campaigns=[]))

# CN07 广安 岳池县公安局 伪基站钓鱼短信 ("今年3月25日", no year; truncated)
docs.append(dict(doc_id="CN07", published=None, facts=[
    F("cases_solved", 10, "破获诈骗案件10余件", SC, "广安市", "岳池县", q="at_least"),
    F("victim_loss", 14000, "自己卡里的1.4万余元被消费得干干净净", SC, "广安市", "岳池县", q="at_least"),
], campaigns=[]))

# CN08 芜湖 经开区公安分局 冒充老板 (大皖新闻; "5月31日""4月15日", no year). 经开区 is not a county -> county null
docs.append(dict(doc_id="CN08", published=None, facts=[
    F("victim_loss", 720000, "共计转账72万余元", AH, "芜湖市", q="at_least"),
    F("money_recovered", 250000, "将涉案资金近25万元返还给被骗公司", AH, "芜湖市", q="approx"),
], campaigns=[]))

# CN09 安阳 汤阴县公安局 冒充老板 (大象新闻; "4月9日", no year; truncated before the arrests)
docs.append(dict(doc_id="CN09", published=None, facts=[
    F("money_involved", 3000000, "涉案金额高达300万元", HEN, "安阳市", "汤阴县"),
    F("victim_loss", 3000000, "要求朱某向指定账户转账300万元", HEN, "安阳市", "汤阴县"),
], campaigns=[]))

# CN10 兰州 城关分局 QQ群"演双簧" ("今年年初", no year)
LZ = "兰州市"; CG = "城关区"
docs.append(dict(doc_id="CN10", published=None, facts=[
    F("victim_loss", 1480000, "称公司被骗148万元", GS, LZ, CG),
    F("suspects_arrested", 2, "抓获2名犯罪嫌疑人", GS, LZ, CG),
    F("money_recovered", 1325000, "陆续追回被骗资金132.5万元", GS, LZ, CG),
], campaigns=[]))

# CN11 深圳 龙岗警方 假老板 (深圳特区报 2020-10-29 20:26; "10月25日" arrests)
docs.append(dict(doc_id="CN11", published="2020-10-29", facts=[
    F("suspects_arrested", 15, "共抓获15名犯罪嫌疑人", GD, "深圳市", "龙岗区", "2020-10-25", "2020-10-25"),
], campaigns=[]))

# CN12 武汉 洪山区分局马房山派出所 ("7月23日""去年12月16日", no year)
WH = "武汉市"; HS = "洪山区"
docs.append(dict(doc_id="CN12", published=None, facts=[
    F("money_recovered", 916000, "为公司追回被诈骗的91.6万元", HUB, WH, HS),
    F("victim_loss", 916000, "被诈骗的91.6万元", HUB, WH, HS),
], campaigns=[]))

# CN13 黄石 大冶市公安局 克隆QQ群 (云上黄石, no page date; "2016年11月22号"; truncated)
docs.append(dict(doc_id="CN13", published=None, facts=[
    F("victim_loss", 780000, "通过网银向郜某的账户汇了78万元", HUB, "黄石市", "大冶市", "2016-11-22", "2016-11-22"),
], campaigns=[]))

# CN14 西安 公安阎良分局 "10.26" (no page date; 2020-10-26 loss, 2021-02-26 返还)
XA = "西安市"; YL = "阎良区"
docs.append(dict(doc_id="CN14", published=None, facts=[
    F("victim_loss", 1924000, "称其在网上被诈骗192.4万元", SN, XA, YL, "2020-10-26", "2020-10-26", camp="10.26"),
    F("money_recovered", 1390000, "向被害人返还追回的139万元", SN, XA, YL, "2021-02-26", "2021-02-26", camp="10.26"),
], campaigns=[C("10.26", "case", "2020-10-26")]))

# CN15 芜湖 经开区企业会计 QQ群 ("今年8月2日", no year; loss amount wiped from the text)
docs.append(dict(doc_id="CN15", published=None, facts=[
    F("suspects_arrested", 7, "警方辗转多地抓获7名嫌疑人", AH, "芜湖市"),
    F("suspects_arrested", 4, "抓获嫌疑人黄某、莫某某、马某某和马某等四人", AH, "芜湖市"),
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
