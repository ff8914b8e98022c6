"""Hand-made gold for realsixtytwo (BL01-BL20; written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

SH = "上海市"; HB = "湖北省"; GD = "广东省"; GS = "甘肃省"; NM = "内蒙古自治区"; AH = "安徽省"
SX = "山西省"; JS = "江苏省"; HL = "黑龙江省"; HA = "河南省"; FJ = "福建省"

docs = []

# BL01 上海 徐汇 "砺剑2025" 夏季战役 (Traditional 中新网 "上海8月11日電"; "礪劍2025" and "2025年5月某晚" fix 2025)
LJ = "砺剑2025"
docs.append(dict(doc_id="BL01", published="2025-08-11", facts=[
    F("suspects_arrested", 3, "抓獲涉案人員3名", SH, SH, "徐汇区", camp=LJ),
    F("money_involved", 260000, "累計涉案金額26萬餘元", SH, SH, "徐汇区", q="at_least", camp=LJ),
    F("victim_loss", 15000, "累計轉出15000餘元", SH, SH, "徐汇区", q="at_least"),
], campaigns=[C(LJ, start="2025")]))

# BL02 上海 浦东 "直播售卖玉原石" (国际在线 2024-06-17 page time over 中新网 "上海3月19日电"; "截至目前")
docs.append(dict(doc_id="BL02", published="2024-06-17", facts=[
    F("gangs_busted", 6, "已捣毁该类型诈骗团伙6个", SH, SH, "浦东新区"),
    F("suspects_arrested", 130, "抓获犯罪嫌疑人130名", SH, SH, "浦东新区"),
    F("money_involved", 20000000, "涉案金额2000余万元", SH, SH, "浦东新区", q="at_least"),
    F("victim_loss", 12000, "两天内先后转账1.2万余元", SH, SH, "浦东新区", q="at_least"),
], campaigns=[]))

# BL03 武汉 新洲区公安分局 "荐股引流" 团伙 (湖北日报 2023-08-17 17:03:45)
# checker: texts/BL03.txt re-saved exactly as the search tool returns it: the saved copy had lost 9 characters in the
# second call ("我是之前联系过您的‘某和证券’客服" had become "我是某和证券客服"). No evidence string is affected.
WH = "武汉市"; XZ = "新洲区"
docs.append(dict(doc_id="BL03", published="2023-08-17", facts=[
    F("suspects_arrested", 57, "涉案人员共计57人", HB, WH, XZ),
    F("money_involved", 2210000, "涉案资金221万元", HB, WH, XZ),
    F("victim_loss", 220000, "累计投入22万元", HB, WH, XZ),
], campaigns=[]))

# BL04 东莞 企石分局 网贷APP诈骗团伙 (WeChat-style page, "今年10月9日", no year)
DG = "东莞市"
docs.append(dict(doc_id="BL04", published=None, facts=[
    F("suspects_arrested", 14, "成功抓获该案犯罪嫌疑人14人", GD, DG),
    F("dens_destroyed", 2, "捣毁诈骗窝点2个", GD, DG),
    F("cards_seized", 18, "涉案银行18张", GD, DG),
    F("money_frozen", 300000, "止付冻结涉案资金30万元", GD, DG),
    F("victim_loss", 2592000, "合计转账259.2万元", GD, DG),
], campaigns=[]))

# BL05 天水 "8.06" 套路贷诈骗团伙 (天水晚报 2019-09-23 13:38; 收网 9月16日)
TS = "天水市"; C806 = "8.06"
D0916 = ("2019-09-16", "2019-09-16")
docs.append(dict(doc_id="BL05", published="2019-09-23", facts=[
    F("suspects_arrested", 13, "抓获犯罪嫌疑人13名", GS, TS, None, *D0916, camp=C806),
    F("money_frozen", 1000000, "冻结涉案资金100余万元", GS, TS, None, *D0916, q="at_least", camp=C806),
], campaigns=[C(C806, kind="case", start="2019-08-06"), C("云剑")]))

# checker: BL06 dropped as a duplicate. realfortyone AQ14 (铁路公安 2020 round-up, 2021-02-08) already tells this
# story: '呼和浩特铁路公安处联合江苏扬州警方,于去年10月打掉一个通过网络借贷软件实施诈骗的团伙,抓获嫌疑人28名,
# 涉案金额2000余万元', and AQ14's gold holds 内蒙古自治区/呼和浩特市 suspects_arrested 28 and money_involved 2000余万,
# two of BL06's four facts (same event, same claims; cf. realsixty BJ15 / realfiftysix BF05 against Y15).
# texts/BL06.txt and its sources.tsv row are removed. The old block is kept below as comments.
# # BL06 呼和浩特铁路公安处 "随心花" 贷款APP诈骗 (ITOL 2020-12-09 21:28:34)
# HH = "呼和浩特市"
# docs.append(dict(doc_id="BL06", published="2020-12-09", facts=[
#     F("money_involved", 20000000, "涉案金额高达2000余万元", NM, HH, q="at_least"),
#     F("suspects_arrested", 28, "抓获嫌疑人28名", NM, HH),
#     F("suspects_arrested", 16, "抓获犯罪嫌疑人16名", NM, HH),
#     F("victim_loss", 11360, "先后3次向对方汇款11360元", NM, HH),
# ], campaigns=[]))

# BL07 武汉 新洲区公安分局 抓获两名"假老师" (武汉晚报 2022-06-15 09:41:00)
docs.append(dict(doc_id="BL07", published="2022-06-15", facts=[
    F("suspects_arrested", 2, "抓获了2名涉嫌诈骗的假老师", HB, WH, XZ),
], campaigns=[]))

# BL08 合肥 经开分局 冒充班主任 团伙 (Traditional mirror, "9月25日", no year)
docs.append(dict(doc_id="BL08", published=None, facts=[
    F("suspects_arrested", 11, "一舉抓獲了11名嫌疑人", AH, "合肥市"),
], campaigns=[]))

# BL09 广东 打击涉疫情类电信网络诈骗 (中国小康网, "1月27日起", "截至2月4日15时", no year in the text)
docs.append(dict(doc_id="BL09", published=None, facts=[
    F("cases_solved", 334, "共侦破涉疫情类电信网络诈骗案334起", GD),
    F("suspects_arrested", 114, "抓获嫌疑人114名", GD),
    F("dens_destroyed", 103, "捣毁窝点103个", GD),
    F("money_involved", 3960000, "涉案金额总计396万元人民币", GD),
    F("victim_loss", 140000, "网络虚假销售口罩诈骗武汉市民14万元", GD, "深圳市"),
], campaigns=[]))

# checker: BL10 dropped as a duplicate of BL09. BL09's section '网络虚假销售N95/医用口罩诈骗14万元' tells the same
# event: the 武汉 buyer cheated of 14万 (BL10: 14.5萬, the precise form of the same loss), 武汉警方's clue to 深圳警方
# and the arrest of the two sellers (张某然、吴某辉 / 吳某某、張某某) in a 福田区 hotel on the night of 1月31日/2月1日.
# Same event, same result, no other time (cf. the realsixtyone note on realtwentyseven AC01 vs M18). BL10 adds only
# the 刑拘 of the same two. texts/BL10.txt and its sources.tsv row are removed. Old block kept below as comments.
# # BL10 武汉 深圳 售卖口罩诈骗 (Traditional 中国新闻网 page "2020年02月02日 09:42", "武漢2月1日電")
# docs.append(dict(doc_id="BL10", published="2020-02-02", facts=[
#     F("victim_loss", 145000, "支付了14.5萬元", HB, WH, XZ),
#     F("suspects_arrested", 2, "吳、張二人抓獲", GD, "深圳市", None, "2020-02-01", "2020-02-01"),
#     F("suspects_detained", 2, "兩名犯罪嫌疑人已被警方刑事拘留", HB, WH),
# ], campaigns=[]))

# BL11 太原 晋源分局 虚假"补助"诈骗团伙 (Traditional 新华社 "太原11月18日電", "今年6月", no year)
docs.append(dict(doc_id="BL11", published=None, facts=[
    F("suspects_arrested", 9, "將王某全等9名犯罪嫌疑人抓獲", SX, "太原市", "晋源区"),
], campaigns=[]))

# BL12 连云港 海州公安分局 "疫情后政府补贴" 诈骗 (连云港传媒网 2021-05-08 15:12:22; truncated)
docs.append(dict(doc_id="BL12", published="2021-05-08", facts=[
    F("money_involved", 1000000, "涉案金额超100万元", JS, "连云港市", "海州区", q="at_least"),
], campaigns=[]))

# BL13 上海 "名师荐股" 诈骗团伙 (新华社 "上海8月26日电", "今年3月", no year)
docs.append(dict(doc_id="BL13", published=None, facts=[
    F("suspects_arrested", 100, "共抓获犯罪嫌疑人100余人", SH, SH, q="at_least"),
    F("money_involved", 100000000, "涉案资金近亿元", SH, SH, q="approx"),
    F("victim_loss", 200000, "同时将20余万元资金转入该平台", SH, SH, "长宁区", q="at_least"),
], campaigns=[]))

# BL14 广州 白云警方 网络荐股诈骗团伙 (海通证券 page "发表时间: 2018-12-10", copy of 证监会 2018-11-29)
docs.append(dict(doc_id="BL14", published="2018-12-10", facts=[
    F("gangs_busted", 2, "先后打掉两个以网络荐股为名实施诈骗的犯罪团伙", GD, "广州市", "白云区"),
    F("suspects_arrested", 18, "共抓获符某等犯罪嫌疑人18人", GD, "广州市", "白云区"),
], campaigns=[]))

# BL15 大兴安岭 加格达奇区公安局 冒充班主任 (Traditional mirror; "2020年8月20日" in a quote; no page date)
DX = ("大兴安岭地区", "加格达奇区")
docs.append(dict(doc_id="BL15", published=None, facts=[
    F("suspects_arrested", 4, "其余四名犯罪嫌疑人也都被抓捕歸案", HL, *DX, "2020-08-23", "2020-08-23"),
], campaigns=[]))

# BL16 连云港 赣榆警方 冒充班主任 追回发还 (现代快报 via ZAKER, "3 月 9 日", no year)
docs.append(dict(doc_id="BL16", published=None, facts=[
    F("money_recovered", 14040, "赣榆警方集中将追回的 14040 元赃款悉数发还给 18 名被骗家长", JS, "连云港市", "赣榆区"),
], campaigns=[]))

# checker: BL17 dropped as a duplicate. main/seeds/003_ed4169b969cd30fe.txt is the same 大河报 story (Traditional,
# 大河客户端 2020-03-09 '抗“疫”反詐, 開封警方一個多月偵破涉疫虛假銷售口罩案24起'), with the identical paragraph
# '共抓獲虛假銷售口罩詐騙嫌疑人32人,刑拘9人,破本地案件9起,帶破外地案件15起,追繳贓款5.8萬元' - the page
# ANNOTATION.md takes its breakdown example from. texts/BL17.txt and its sources.tsv row are removed.
# Old block kept below as comments.
# # BL17 开封 涉疫诈骗 (大河报 copy on a spam site, no date; "一个多月以来")
# KF = "开封市"
# docs.append(dict(doc_id="BL17", published=None, facts=[
#     F("cases_solved", 24, "共侦破虚假销售口罩等诈骗案件24起", HA, KF),
#     F("suspects_arrested", 32, "共抓获虚假销售口罩诈骗嫌疑人32人", HA, KF),
#     F("suspects_detained", 9, "刑拘9人", HA, KF),
#     F("cases_solved", 9, "破本地案件9起", HA, KF),
#     F("cases_solved", 15, "带破外地案件15起", HA, KF),
#     F("money_recovered", 58000, "追缴赃款5.8万元", HA, KF),
# ], campaigns=[]))

# BL18 厦门 涉疫电信诈骗 (闽南网/海西晨报 2020-02-21 09:03; "自1月24日以来")
XM = "厦门市"; P18 = ("2020-01-24", "2020-02-21")
docs.append(dict(doc_id="BL18", published="2020-02-21", facts=[
    F("cases_solved", 36, "厦门警方共破获涉疫电信诈骗案件36起", FJ, XM, None, *P18),
    F("suspects_arrested", 34, "抓获犯罪嫌疑人34名", FJ, XM, None, *P18),
    F("money_recovered", 2200000, "累计挽回群众损失近220万元", FJ, XM, None, *P18, q="approx"),
    F("suspects_arrested", 14, "14名诈骗嫌疑人全部在24小时内抓捕", FJ, XM, None, *P18),
], campaigns=[]))

# BL19 公安部 涉疫情诈骗 (华夏早报 2020-02-06 19:00:55; "截至目前")
docs.append(dict(doc_id="BL19", published="2020-02-06", facts=[
    F("cases_solved", 1116, "全国公安机关共破获涉疫情诈骗案件1116起", None),
    F("suspects_arrested", 294, "抓获犯罪嫌疑人294名", None),
    F("money_recovered", 6600000, "追缴赃款660余万元", None, q="at_least"),
], campaigns=[]))

# BL20 潮州市公安局 打击涉疫情违法犯罪通气会 (潮州市政府网 2020-02-25 11:00; 通气会 2月21日)
CZ = "潮州市"; D0220 = ("2020-02-20", "2020-02-20")
docs.append(dict(doc_id="BL20", published="2020-02-25", facts=[
    F("suspects_arrested", 7, "连续抓获7名涉疫情电诈犯罪嫌疑人", GD, CZ, None, *D0220),
    F("cases_solved", 14, "破案14宗", GD, CZ, None, *D0220),
    F("money_involved", 347200, "涉案金额达人民币34.72万元", GD, CZ, None, *D0220),
    F("money_involved", 250000, "涉案金额人民币25万多元", GD, CZ, q="at_least"),
    F("money_recovered", 550000, "成功为人民群众止损涉疫情电信诈骗案金额人民币55万多元", GD, CZ, q="at_least"),
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
