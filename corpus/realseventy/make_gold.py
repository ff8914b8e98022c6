"""Hand-made gold for realseventy (BT01-BT22 without BT20; written by the annotator, checked by a second reader; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

HEB = "河北省"; GS = "甘肃省"; SX = "山西省"; HN = "湖南省"; FJ = "福建省"; GD = "广东省"; ZJ = "浙江省"; JS = "江苏省"
AH = "安徽省"; SC = "四川省"; HA = "河南省"; HB = "湖北省"; CQ = "重庆市"; NM = "内蒙古自治区"

docs = []

# BT01 邯郸 网安支队 通气会 帮信团伙 (河北网 "时间:2021-01-30 10:42", 河北新闻网 "1月29日讯"): the 美团 phishing case run by
# 复兴区公安分局, and the city's 2020 帮信 totals
HD = "邯郸市"; FX = "复兴区"; Y20 = ("2020-01-01", "2020-12-31")
docs.append(dict(doc_id="BT01", published="2021-01-30", facts=[
    F("money_involved", 800000, "涉案资金80余万元", HEB, HD, FX, q="at_least"),
    F("dens_destroyed", 1, "捣毁钓鱼网站搭建窝点1处", HEB, HD, FX),
    F("gangs_busted", 1, "打掉电信诈骗团伙1个", HEB, HD, FX),
    F("suspects_arrested", 5, "抓获涉案犯罪嫌疑人5人", HEB, HD, FX),
    F("cards_seized", 100, "银行卡100余张", HEB, HD, FX, q="at_least"),
    F("cases_solved", 30, "扩破案件30余起", HEB, HD, FX, q="at_least"),
    F("cases_solved", 35, "全年共侦破帮信案件35起", HEB, HD, None, *Y20),
    F("cases_solved", 3, "其中部督3起", HEB, HD, None, *Y20),
    F("cases_solved", 12, "省督12起", HEB, HD, None, *Y20),
    F("money_recovered", 28000000, "追缴非法所得2800余万元", HEB, HD, None, *Y20, q="at_least"),
    F("suspects_arrested", 71, "抓获犯罪嫌疑人71人", HEB, HD, None, *Y20),
], campaigns=[]))

# BT02 白银 靖远县公安局 帮信团伙 (博彩论坛转载, "今年2月初"/"2月11日" without a year)
# checker: texts/BT02.txt saved again exactly as the search tool returns it (single newlines between the paragraphs, the
# old file had blank lines: 357 -> 354 characters); the evidence below is unchanged.
docs.append(dict(doc_id="BT02", published=None, facts=[
    F("money_involved", 560000, "该团伙共计涉案56万元", GS, "白银市", "靖远县"),
], campaigns=[]))

# BT03 太原 娄烦县公安局城关派出所 冒充军警购物 劝阻 (山西法治报 电子版, "4月1日" without a year)
docs.append(dict(doc_id="BT03", published=None, facts=[
    F("money_recovered", 80000, "为其避免财产损失8万余元", SX, "太原市", "娄烦县", q="at_least"),
], campaigns=[]))

# BT04 湘潭 韶山市 "部队集体婚礼" 采购诈骗 (湘潭日报 "本报讯", "8月1日" without a year)
docs.append(dict(doc_id="BT04", published=None, facts=[
    F("victim_loss", 38720, "一次性转账了38720元货款", HN, "湘潭市", "韶山市"),
], campaigns=[]))

# BT05 泉州 泉港区 冒充老师 大额采购 (海都报, "9月9日下午" without a year)
docs.append(dict(doc_id="BT05", published=None, facts=[
    F("victim_loss", 26400, "向其转账26400元", FJ, "泉州市", "泉港区"),
], campaigns=[]))

# BT06 厦门市反诈骗中心 冒充消防部队 购买军需品 (Traditional with pinyin, 台海网 "1月21日訊" without a year)
XM = "厦门市"
docs.append(dict(doc_id="BT06", published=None, facts=[
    F("money_involved", 400000, "涉案金額近40萬元", FJ, XM, q="approx"),
    F("victim_loss", 20000, "鄭先生被騙走2萬元", FJ, XM),
], campaigns=[]))

# BT07 厦门市反诈骗中心 机票退改签 预警 (Traditional, 海峡网 copy of 厦门晚报 under a porn-spam header, "3月17日" without a year)
docs.append(dict(doc_id="BT07", published=None, facts=[
    F("victim_loss", 7531, "魏先生通過手機銀行將7531元轉到", FJ, XM),
], campaigns=[]))

# BT08 清远 清城分局 改签机票 (光明网 copy of 人民日报 "2025-08-11 07:03")
docs.append(dict(doc_id="BT08", published="2025-08-11", facts=[
    F("victim_loss", 49800, "要求苏某转账49800元到一个陌生账户", GD, "清远市", "清城区"),
], campaigns=[]))

# BT09 宁波 鄞州公安分局明楼派出所 ETC认证 (中国宁波网, "6月11日"/"6月6日" without a year)
docs.append(dict(doc_id="BT09", published=None, facts=[
    F("victim_loss", 1000, "共计损失钱财近千元", ZJ, "宁波市", "鄞州区", q="approx"),
], campaigns=[]))

# BT10 无锡市公安局 ETC被限制使用 警情提示 (衡阳 gov site repost, "来源:无锡市公安局 发布时间:2022-11-03")
WX = "无锡市"
docs.append(dict(doc_id="BT10", published="2022-11-03", facts=[
    F("victim_loss", 20000, "其按照短信步骤转账20000元", JS, WX, None, "2022-10-04", "2022-10-04"),
    F("victim_loss", 9990, "先后共计转账9990元", JS, WX, None, "2022-10-06", "2022-10-06"),
    F("victim_loss", 16000, "其本人银行卡先后被刷16000元", JS, WX, None, "2022-10-01", "2022-10-31"),
], campaigns=[]))

# BT11 合肥 包河区 ETC 短信 (Traditional, 每日头条 copy, "2022年8月14日" incident, no page date)
docs.append(dict(doc_id="BT11", published=None, facts=[
    F("victim_loss", 9999, "報警稱被騙9999元", AH, "合肥市", "包河区", "2022-08-14", "2022-08-14"),
], campaigns=[]))

# BT12 佛山 高明区反诈分中心 ETC认证失效 (佛山日报, no date)
docs.append(dict(doc_id="BT12", published=None, facts=[
    F("victim_loss", 4902, "提示扣款4902元", GD, "佛山市", "高明区"),
], campaigns=[]))

# BT13 绵阳 涪城区分局 "手机消费积分兑换奖品" 诈骗 (央广网 "成都7月19日消息"; "2020年7月4日…到今年7月中旬" does not fix the year)
docs.append(dict(doc_id="BT13", published=None, facts=[
    F("suspects_arrested", 164, "抓获违法犯罪嫌疑人164名", SC, "绵阳市", "涪城区"),
], campaigns=[]))

# BT14 马鞍山 花山分局 冒充微信好友借钱 (转载站, "今年四月底"/"5月26日" without a year)
MAS = "马鞍山市"; HS = "花山区"
docs.append(dict(doc_id="BT14", published=None, facts=[
    F("money_involved", 20000, "总金额近两万元", AH, MAS, HS, q="approx"),
    F("victim_loss", 10000, "向被害人索取一万元", AH, MAS, HS),
    F("victim_loss", 5000, "向被害人借五千元钱", AH, MAS, HS),
], campaigns=[]))

# BT15 信阳 固始县公安局徐集派出所 冒充"党委书记" (信阳日报 法治周刊 第05版, "4月11日" without a year)
XY = "信阳市"; GSX = "固始县"
docs.append(dict(doc_id="BT15", published=None, facts=[
    F("victim_loss", 180000, "转去了18万元", HA, XY, GSX),
    F("money_stopped", 180000, "成功止付一笔被诈骗资金18万元", HA, XY, GSX),
    F("money_recovered", 180000, "被骗的18万元钱被银行退回到其汇款的账户", HA, XY, GSX),
], campaigns=[]))

# BT16 咸宁 崇阳县公安局铜钟派出所 冒充熟人借钱 追赃 (咸宁日报 "本报讯", "6月25日"/"7月4日" without a year)
XN = "咸宁市"; CY = "崇阳县"
docs.append(dict(doc_id="BT16", published=None, facts=[
    F("victim_loss", 3700, "被诈骗3700元钱", HB, XN, CY),
    F("money_recovered", 3700, "追回被骗资金3700元", HB, XN, CY),
], campaigns=[]))

# BT17 重庆高新区公安分局巴福派出所 网店"保证认证" (上游新闻 copy, "11月15日" without a year; 高新区 → county null)
docs.append(dict(doc_id="BT17", published=None, facts=[
    F("victim_loss", 2000, "被骗2000元保证金", CQ, CQ),
], campaigns=[]))

# BT18 乌海市公安局海南分局 虚拟币跑分洗钱窝点 (转载站, "3月11日"/"今年2月" without a year)
WH = "乌海市"; HNQ = "海南区"
docs.append(dict(doc_id="BT18", published=None, facts=[
    F("suspects_arrested", 11, "抓获犯罪嫌疑人11人", NM, WH, HNQ),
    F("suspects_arrested", 10, "成功抓获犯罪嫌疑人10名", NM, WH, HNQ),
    F("suspects_arrested", 1, "同时在怀化抓获犯罪嫌疑人1名", NM, WH, HNQ),
    F("accounts_frozen", 60, "冻结微信账户60余个", NM, WH, HNQ, q="at_least"),
    F("victim_loss", 93800, "后被诈骗93800元", NM, WH, HNQ),
], campaigns=[]))

# BT19 衡阳县公安局 虚拟币洗钱犯罪集团 (Traditional with pinyin, 中工网/工人日报 copy, no page date)
HY = "衡阳市"; HYX = "衡阳县"
docs.append(dict(doc_id="BT19", published=None, facts=[
    F("money_involved", 40000000000, "涉案金額高達(dá)400億元", HN, HY, HYX),
    # checker: "已串并涉電詐案件300余起" removed - 串并 links cases, it does not solve them; the finished sets leave every
    # 串并 count out (realsix W05, realfiftyseven BG12 "串并案件300余起", realnineteen N03/N05, realthirty AF05); only
    # 串并破获 / 串破 (with 破) count (realtwentyfive AA02, dev A02).
    F("money_involved", 7800000, "涉案金額780萬元的詐騙案", HN, HY, HYX),
    F("suspects_arrested", 93, "抓獲犯罪嫌疑人93人", HN, HY, HYX),
    F("dens_destroyed", 10, "搗毀洗錢、跑分窩點(diǎn)10余個(gè)", HN, HY, HYX, q="at_least"),
    F("money_frozen", 300000000, "查封凍結(jié)涉案資金3億元", HN, HY, HYX),
    F("money_recovered", 7800000, "為受害人挽回了經(jīng)濟(jì)損失780萬元", HN, HY, HYX),
], campaigns=[]))

# checker: BT20 (通辽 科尔沁分局 洗钱团伙, 中新社 "通辽12月10日电" on lyw520.com) removed as the same story as realthirtyone AG10
# (IT之家/平安通辽 copy, Traditional: 科爾沁分局, 石某園, 63名, 洗錢120億, 收繳約1.3億, 月流水1000余萬). Text and sources.tsv row
# deleted as well. Its 3 facts (63, 120亿, 约1.3亿) are AG10's.

# BT21 重庆 北碚区公安分局 机票退改签 (Traditional, 转载站, "8月3日"/"昨日" without a year; truncated at the 渝北 case)
docs.append(dict(doc_id="BT21", published=None, facts=[
    F("victim_loss", 17000, "他帳戶中的1.7萬元被不法分子轉走", CQ, CQ, "北碚区"),
], campaigns=[]))

# BT22 巴彦淖尔 临河区公安局白脑包镇第二派出所 冒充微信好友借钱 (转载站, "10月25日" without a year)
docs.append(dict(doc_id="BT22", published=None, facts=[
    F("victim_loss", 1000, "便通过微信给“小王”转了1000元", NM, "巴彦淖尔市", "临河区"),
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
