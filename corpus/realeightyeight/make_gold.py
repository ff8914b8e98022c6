"""Hand-made gold for realeightyeight (CL01-CL11; written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

JS = "江苏省"; GD = "广东省"; ZJ = "浙江省"; FJ = "福建省"; SH = "上海市"; SD = "山东省"

docs = []

# CL01 removed by the checker.
# checker: CL01 (新华社万象 "1月11日电", 191名 handed over, 9 dens, arrests "12月底" of 2018) is the same operation as
# checker: realtwentyfour P18 (中新网 郑州: the same 191 suspects from 9 窝点 in Laos, 押解 on 1月11日); realeightyfour's
# checker: NOTES.md already dropped "the 新华社万象 handover story of the same operation" as a repeat of P18. Text, sources.tsv row
# checker: and this gold entry deleted (2 facts: 191 arrests, 9 dens).

# CL02 盐城市公安局 老挝 119名 (转载站 without address or page date; "10月29日凌晨"; "黄海行动")
docs.append(dict(doc_id="CL02", published=None, facts=[
    F("suspects_arrested", 119, "盐城警方在老挝抓捕119名电信网络诈骗嫌疑人", JS, "盐城市", camp="黄海行动"),
], campaigns=[C("黄海行动")]))

# CL03 广州警方 今年一至七月 (Hong Kong-style copy with Chinese-character numerals; no year stated; "云剑")
GZ = "广州市"
docs.append(dict(doc_id="CL03", published=None, facts=[
    F("cases_solved", 2200, "破获当年电信诈骗案件二千二百多宗", GD, GZ, q="at_least"),
    F("dens_destroyed", 148, "诈骗窝点一百四十八个", GD, GZ),
    F("suspects_detained", 2300, "刑事拘留两千三百多名电信网络诈骗犯", GD, GZ, q="at_least"),
    F("suspects_detained", 1400, "二○一七年全市刑事拘留数(约一千四百名)", GD, GZ, None, "2017-01-01", "2017-12-31", q="approx"),
    F("suspects_detained", 2100, "去年刑事拘留数(两千一百多名)", GD, GZ, q="at_least"),
    F("money_recovered", 350000000, "挽回了接近三亿五千万元", GD, GZ, q="approx"),
    F("money_recovered", 16000000, "返还资金一千六百多万元", GD, GZ, q="at_least"),
], campaigns=[C("云剑")]))

# CL04 常州市反诈骗中心 上周 (苏讯网 copy of 现代快报, "2020-09-08 17:02"; "9月7日" release about 上周)
docs.append(dict(doc_id="CL04", published="2020-09-08", facts=[
    F("money_frozen", 2920000, "冻结资金292万余元", JS, "常州市", q="at_least"),
], campaigns=[]))

# CL05 杭州市公安局临安区分局 周报 (police.hangzhou.gov.cn, "时间:2020-11-06"; 10月26日——11月1日; text repeated twice)
HZ = "杭州市"; LA = "临安区"; W05 = ("2020-10-26", "2020-11-01")
docs.append(dict(doc_id="CL05", published="2020-11-06", facts=[
    F("cases_filed", 41, "临安区共发生通讯网络诈骗案件41起", ZJ, HZ, LA, *W05),
    F("cases_filed", 10, "平台类诈骗发案10起", ZJ, HZ, LA, *W05),
    F("cases_filed", 37, "网络诈骗37起", ZJ, HZ, LA, *W05),
    F("cases_filed", 9, "五万元以上案件9起", ZJ, HZ, LA, *W05),
    F("victim_loss", 393955, "最高损失393955元", ZJ, HZ, LA, *W05),
], campaigns=[]))

# CL06 江门 2021-12-20..2022-01-02 两周预警 (Traditional with pinyin ruby; "我市", no page date)
JM = "江门市"; P06 = ("2021-12-20", "2022-01-02")
docs.append(dict(doc_id="CL06", published=None, facts=[
    # checker: the seven "案發區域及發案數" rows (蓬江37, 江海18, 新會29, 臺山5, 開平21, 鶴山23, 恩平1) removed. They add up
    # checker: exactly to the lead's "全市接電信網絡詐騙警情134起", so they are the 警情 split by district, not 立案 counts.
    # checker: realeightyone's checker removed the same rows from CE01 (same 江门 bulletin series) and named this very week
    # checker: (2021-12-20..2022-01-02, 警情134 = 37+18+29+5+21+23+1) as doing the same; 警情 breakdowns are out everywhere.
    F("victim_loss", 7000, "轉(zhuǎn)賬7000元", GD, JM, None, "2021-12-30", "2021-12-30"),
], campaigns=[]))

# CL07 漳州 "双十一"至今 (Traditional ttnews copy, no year; truncated before the 市反诈骗中心 totals)
ZZ = "漳州市"
docs.append(dict(doc_id="CL07", published=None, facts=[
    F("cases_filed", 14, "漳州全市接到14起報案", FJ, ZZ),
    F("victim_loss", 55370, "共計55370元", FJ, ZZ),
    F("victim_loss", 60000, "最終被騙走6萬多元", FJ, ZZ, q="at_least"),
], campaigns=[]))

# CL08 上海市公安局 制售诈骗App团伙 发布会 (Traditional copy, "今天(4月13日)", "去年9月/去年12月9日", no year)
docs.append(dict(doc_id="CL08", published=None, facts=[
    F("suspects_arrested", 110, "抓獲犯罪嫌疑人110余名", SH, SH, q="at_least"),
    F("suspects_arrested", 30, "抓獲以姜某為首的犯罪嫌疑人30余名", SH, SH, q="at_least"),
    F("gangs_busted", 1, "成功搗毀一個專門制作、出售虛假交易軟件", SH, SH),
    F("money_involved", 100000000, "涉案金額過億元", SH, SH, q="at_least"),
    F("victim_loss", 115000, "先后轉入人民幣11.5萬元", SH, SH, "长宁区"),
], campaigns=[]))

# CL09 镇江 丹阳市公安局 "引流"团伙 (大连民族大学 安全案例 copy, no date; "去年5月份到今年7月份")
ZJG = "镇江市"; DY = "丹阳市"
docs.append(dict(doc_id="CL09", published=None, facts=[
    F("suspects_arrested", 67, "连抓67人", JS, ZJG, DY),
    F("gangs_busted", 6, "打掉了6个“引流”诈骗团伙", JS, ZJG, DY),
    F("money_frozen", 20000000, "扣押涉案资金2000多万元", JS, ZJG, DY, q="at_least"),
    # checker: removed money_involved 500,000,000 approx ("该类案件的受害金额应该达到了5亿元左右"): an estimated total loss of
    # checker: the ~200 victims, i.e. an aggregate loss, not a 涉案金额 of a case. Dev A13 leaves out "涉案损失576万元";
    # checker: realthirty AF02, realsixtyfive BO02/BO08, realsixtyeight BR05, realeightysix CJ02 and realeighty's check (CD01) do the same.
    F("victim_loss", 30000, "还被骗了3万多元", JS, ZJG, DY, q="at_least"),
], campaigns=[]))

# CL10 临沂警方 "宠粉"诈骗 (Traditional under a porn-spam header; "7月底/8月3日/8月5日", no year)
LY = "临沂市"
docs.append(dict(doc_id="CL10", published=None, facts=[
    F("suspects_arrested", 5, "抓獲犯罪嫌疑人5名", SD, LY),
    F("suspects_arrested", 4, "將其余4名涉嫌引流的犯罪嫌疑人抓獲", SD, LY),
    F("dens_destroyed", 1, "搗毀了一個“寵粉”詐騙全鏈條窩點", SD, LY),
    F("victim_loss", 200000, "母親銀行卡內的二十余萬元被轉走", SD, LY, q="at_least"),
], campaigns=[]))

# CL11 福安公安 reposting 海宁 游戏账号/代练 cases (Traditional with pinyin ruby and doubled commas; no year)
JX = "嘉兴市"; HN = "海宁市"
docs.append(dict(doc_id="CL11", published=None, facts=[
    F("victim_loss", 1400, "1400多元錢也打了水漂", ZJ, JX, HN, q="at_least"),
    F("victim_loss", 546, "反被騙546元", ZJ, JX, HN),
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
