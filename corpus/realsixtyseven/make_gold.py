"""Hand-made gold for realsixtyseven (BQ01-BQ16; written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

HB = "湖北省"; NM = "内蒙古自治区"; SC = "四川省"; XJ = "新疆维吾尔自治区"; HN = "湖南省"; JS = "江苏省"
GD = "广东省"; ZJ = "浙江省"; HE = "河北省"; SH = "上海市"; SN = "陕西省"

docs = []

# BQ01 咸安 AI换脸 冒充孙子 (Traditional, 荆楚网, "9月18日" without a year; the footer "2001-2025" is the site's copyright)
docs.append(dict(doc_id="BQ01", published=None, facts=[
    F("victim_loss", 50000, "他湊齊5萬元交給", HB, "咸宁市", "咸安区"),
    F("money_recovered", 50000, "5萬元養(yǎng)老金悉數(shù)追回", HB, "咸宁市", "咸安区"),
], campaigns=[]))

# BQ02 包头市公安局电信网络犯罪侦查局 AI换脸 430万 (Traditional, "5月8日"/"4月20日" without a year)
BT = "包头市"
docs.append(dict(doc_id="BQ02", published=None, facts=[
    F("victim_loss", 4300000, "先后分兩筆把430萬元給對方打了過去", NM, BT),
    F("money_stopped", 3368400, "成功止付攔截336.84萬元", NM, BT),
], campaigns=[]))

# BQ03 威远 严陵派出所 屏幕共享 (封面新闻, "1月19日" without a year; truncated)
docs.append(dict(doc_id="BQ03", published=None, facts=[
    F("money_recovered", 265779, "银行卡里的265779元血汗钱就将被诈骗分子转走", SC, "内江市", "威远县"),
], campaigns=[]))

# BQ04 乌鲁木齐 屏幕共享 辅警爬6层楼 (网易号, no date)
docs.append(dict(doc_id="BQ04", published=None, facts=[
    F("money_stopped", 1000000, "成功拦截差点被骗子转走的100多万元", XJ, "乌鲁木齐市", q="at_least"),
], campaigns=[]))

# BQ05 衡山 新桥派出所 屏幕共享 (红网 "3月21日讯", no year)
HY = "衡阳市"; HS = "衡山县"
docs.append(dict(doc_id="BQ05", published=None, facts=[
    F("victim_loss", 42000, "李女士被骗的4.2万余元", HN, HY, HS, q="at_least"),
    F("money_stopped", 42000, "冻结涉诈账户拦截4.2万余元", HN, HY, HS, q="at_least"),
    F("money_recovered", 42000, "4.2万余元成功返还至其本人银行账户内", HN, HY, HS, q="at_least"),
], campaigns=[]))

# BQ06 南京 红山派出所 屏幕共享 七旬老人 (南京晨报, "5月18日" without a year; the district is not named in the text)
docs.append(dict(doc_id="BQ06", published=None, facts=[
    F("money_recovered", 900000, "保住了老人的90余万元积蓄", JS, "南京市", q="at_least"),
], campaigns=[]))

# BQ07 广州 黄埔区分局永和派出所 屏幕共享 劝阻 (Traditional, "3月9日" without a year; truncated)
docs.append(dict(doc_id="BQ07", published=None, facts=[
    F("money_recovered", 1400000, "保住羣衆140萬元", GD, "广州市", "黄埔区"),
], campaigns=[]))

# BQ08 余姚 演唱会门票诈骗 远赴吉林抓获 (no year; truncated)
docs.append(dict(doc_id="BQ08", published=None, facts=[
    F("victim_loss", 3000, "称自己被人骗了3000元钱", ZJ, "宁波市", "余姚市"),
], campaigns=[]))

# BQ09 磁县 跑分平台 "亮剑2020" (Traditional under a spam header, page stamp 2020-05-15 10:02:24; truncated)
HD = "邯郸市"; CX = "磁县"; LJ = "亮剑2020"
docs.append(dict(doc_id="BQ09", published="2020-05-15", facts=[
    F("gangs_busted", 13, "新型電信類犯罪團伙13個", HE, HD, CX, camp=LJ),
    F("dens_destroyed", 12, "搗毀窩點12處", HE, HD, CX, camp=LJ),
    F("suspects_arrested", 30, "抓獲犯罪嫌疑人30人", HE, HD, CX, camp=LJ),
    F("money_involved", 1400000000, "涉案金額高達14億元", HE, HD, CX, camp=LJ),
], campaigns=[C(LJ, start="2020"), C("磁县2020·一号案", kind="case", start="2020-03")]))

# BQ10 秦淮 中华门派出所 伪基站 (Traditional, "去年12月29日" without a year; truncated)
docs.append(dict(doc_id="BQ10", published=None, facts=[
    F("suspects_arrested", 2, "抓獲嫌疑人兩名", JS, "南京市", "秦淮区"),
], campaigns=[]))

# BQ11 泸州 江阳区公安分局 演唱会门票诈骗 (no date)
docs.append(dict(doc_id="BQ11", published=None, facts=[
    F("victim_loss", 30000, "累计损失3万余元", SC, "泸州市", "江阳区", q="at_least"),
], campaigns=[]))

# BQ12 资兴市公安局 屏幕共享 宣传 (page stamp 2025-07-24 18:35:05; truncated)
docs.append(dict(doc_id="BQ12", published="2025-07-24", facts=[
    F("victim_loss", 80000, "报警称其被骗了8万余元", HN, "郴州市", "资兴市", "2025-06-18", "2025-06-18", q="at_least"),
], campaigns=[]))

# BQ13 武汉 东湖新技术开发区分局 直播诈骗团伙 (中新网湖北, 2021-02-25 16:15)
WH = "武汉市"
docs.append(dict(doc_id="BQ13", published="2021-02-25", facts=[
    F("suspects_arrested", 25, "抓获犯罪嫌疑人25名", HB, WH, None, "2021-02-23", "2021-02-23"),
    F("money_involved", 1000000, "涉案金额高达百余万元", HB, WH, q="at_least"),
], campaigns=[]))

# BQ14 上海 黄浦分局/豫园派出所 拦截名表 (Traditional, "11月29日" without a year; truncated)
docs.append(dict(doc_id="BQ14", published=None, facts=[
    # checker: text saved again exactly as the search tool returns it (its excerpt has the ruby "過(guò)", "價(jià)", "時(shí)", "機(jī)",
    # "運(yùn)", "級(jí)", "來(lái)" ×3 in the first paragraphs; the saved file lacked them); evidence adjusted to "價(jià)值", value unchanged
    F("money_recovered", 4600000, "4塊價(jià)值約460余萬(wàn)元的高檔手表", SH, SH, "黄浦区", q="approx"),
], campaigns=[]))

# BQ15 攀枝花 东区分局东华派出所 "AI儿子" (四川法治报, "9月16日" without a year)
PZH = "攀枝花市"; DQ = "东区"
docs.append(dict(doc_id="BQ15", published=None, facts=[
    F("money_recovered", 30000, "为老人避免了3万元经济损失", SC, PZH, DQ),
    F("suspects_arrested", 1, "当场抓获1名犯罪嫌疑人", SC, PZH, DQ),
], campaigns=[]))

# BQ16 宝鸡 伪基站 驾车发诈骗短信 (no year, "9月23日")
docs.append(dict(doc_id="BQ16", published=None, facts=[
    F("suspects_arrested", 2, "抓获两人", SN, "宝鸡市"),
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
