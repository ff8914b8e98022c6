"""Hand-made gold for realfortysix (AV01-AV15; written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

GS = "甘肃省"; GX = "广西壮族自治区"; ZJ = "浙江省"; AH = "安徽省"; SD = "山东省"; FJ = "福建省"; HE = "河北省"
CQ = "重庆市"

docs = []

# AV01 兰州 西固分局 伪基站 (中国甘肃网 "9月14日讯", no year in the text)
LZ = "兰州市"; XG = "西固区"
docs.append(dict(doc_id="AV01", published=None, facts=[
    F("suspects_arrested", 2, "成功抓获利用伪基站实施诈骗犯罪嫌疑人2名", GS, LZ, XG),
    F("cases_solved", 3, "现查证落实电信诈骗案件3起", GS, LZ, XG),
], campaigns=[]))

# AV02 来宾市公安局刑侦支队 购房退税 系列案 (新华网 via 中国经济网, "2016年06月25日 13:34")
LB = "来宾市"
docs.append(dict(doc_id="AV02", published="2016-06-25", facts=[
    F("suspects_arrested", 3, "抓获诈骗团伙中负责取款的3人", GX, LB, None, "2016-04-29", "2016-04-29"),
    F("cards_seized", 69, "警方搜出涉案银行卡69张", GX, LB, None, "2016-04-29", "2016-04-29"),
    F("dens_destroyed", 2, "专案组摧毁两处拨打电话的窝点", GX, LB, None, "2016-06-08", "2016-06-08"),
    F("suspects_detained", 7, "11名涉案嫌疑人中的7人涉嫌诈骗罪被刑事拘留", GX, LB),
], campaigns=[]))

# AV03 公安部 2016 national (深圳市公安局 site, "发布日期:2017-09-05 17:12")
Y16 = ("2016-01-01", "2016-12-31"); S16 = ("2016-01-01", "2017-09-05")
docs.append(dict(doc_id="AV03", published="2017-09-05", facts=[
    F("dens_destroyed", 70, "捣毁窝点70余个", None, None, None, *S16, q="at_least"),
    F("suspects_arrested", 1600, "抓获电信诈骗犯罪嫌疑人1600余人", None, None, None, *S16, q="at_least"),
    F("cases_filed", 630000, "全国公安机关共立电信诈骗案件63万起", None, None, None, *Y16),
    F("cases_solved", 83000, "全国公安机关共破获电信网络诈骗犯罪案件8.3万起", None, None, None, *Y16),
    F("money_frozen", 3000000000, "收缴赃款、赃物价值人民币30亿元", None, None, None, *Y16),
    F("money_stopped", 5120000000, "紧急止付资金51.2亿元", None, None, None, *Y16),
    F("money_recovered", 2500000000, "为群众挽回损失25亿元", None, None, None, *Y16),
], campaigns=[]))

# AV04 公安部 "4·20" 重金求子 集中抓捕 (中国警察网 copy, "9月25日", no year)
C420 = "4·20"
docs.append(dict(doc_id="AV04", published=None, facts=[
    F("suspects_arrested", 153, "公安机关共抓获犯罪嫌疑人153名", None, camp=C420),
    F("gangs_busted", 24, "一举摧毁“重金求子”电信诈骗犯罪团伙及上下游灰色产业链犯罪团伙24个", None, camp=C420),
], campaigns=[C(C420, kind="case")]))

# AV05 桂林 兴安县公安局 网购退款 (Traditional mirror, "今年9月"/"10月15日", no year)
GL = "桂林市"; XA = "兴安县"
docs.append(dict(doc_id="AV05", published=None, facts=[
    F("victim_loss", 18000, "被騙走18000元人民幣", GX, GL, XA),
    F("suspects_arrested", 5, "抓獲犯罪嫌疑人5名", GX, GL, XA),
    F("cards_seized", 70, "扣押銀行卡70餘張", GX, GL, XA, q="at_least"),
    F("money_frozen", 100000, "現金10萬餘元", GX, GL, XA, q="at_least"),
], campaigns=[]))

# AV06 衢州 常山县 "1·06" 冒充网店客服案 (法制网 copy, "发布时间:" empty; "2016年1月6日" is the fraud day)
C106 = "1·06"
docs.append(dict(doc_id="AV06", published=None, facts=[
    F("victim_loss", 110000, "店主被假客服骗走11万元", ZJ, "衢州市", "常山县", "2016-01-06", "2016-01-06", camp=C106),
], campaigns=[C(C106, kind="case", start="2016-01-06")]))

# AV07 淮北 相山分局 刷单 (本报讯 "4月3日", no year)
HB = "淮北市"; XS = "相山区"
docs.append(dict(doc_id="AV07", published=None, facts=[
    F("suspects_arrested", 5, "跨多省抓获5名嫌疑人", AH, HB, XS),
    F("suspects_arrested", 3, "3月15日将3名实施诈骗的嫌疑人一并抓获", AH, HB, XS),
    F("victim_loss", 4800, "诈骗4800余元", AH, HB, XS, q="at_least"),
], campaigns=[]))

# AV08 德州 禹城 伪基站 (大众网 "1月4日讯", no year)
docs.append(dict(doc_id="AV08", published=None, facts=[
    F("suspects_arrested", 2, "当场抓获犯罪嫌疑人2名", SD, "德州市", "禹城市"),
], campaigns=[]))

# AV09 三明 永安市公安局 伪基站 (spam mirror, "20日12时", no month or year)
SM = "三明市"; YA = "永安市"
docs.append(dict(doc_id="AV09", published=None, facts=[
    F("suspects_arrested", 2, "将正在利用伪基站设备群发短信实施诈骗活动的两名犯罪嫌疑人抓获", FJ, SM, YA),
    F("suspects_detained", 2, "两名犯罪嫌疑人已被刑事拘留", FJ, SM, YA),
], campaigns=[]))

# AV10 河北省公安厅 "4.11" 菲律宾 (Traditional mirror of 法制网, doubled commas; no page date)
C411 = "4.11"
docs.append(dict(doc_id="AV10", published=None, facts=[
    F("suspects_arrested", 151, "抓獲中國籍犯罪嫌疑人151名", HE, camp=C411),
], campaigns=[C(C411, kind="case")]))

# AV11 潍坊 高新区 冒充老总 (潍坊新闻网 "5月6日讯", "去年12月7日", no year)
WF = "潍坊市"
docs.append(dict(doc_id="AV11", published=None, facts=[
    F("victim_loss", 1400000, "陆续将公司140万元转账给对方", SD, WF),
    F("suspects_arrested", 9, "9名犯罪嫌疑人全部落网", SD, WF),
    F("suspects_detained", 9, "目前9名主犯均被刑事拘留", SD, WF),
], campaigns=[]))

# AV12 温州 冒充公检法 跨境案 (央广网 "2016-11-12 11:32:00")
docs.append(dict(doc_id="AV12", published="2016-11-12", facts=[
    F("suspects_arrested", 101, "共抓获冒充公检法实施电信网络诈骗的犯罪嫌疑人101人", ZJ, "温州市"),
    F("money_involved", 20000000, "涉案金额达到2000余万元", ZJ, "温州市", q="at_least"),
], campaigns=[]))

# AV13 重庆 綦江区 古南派出所 QQ冒充领导 (国际在线重庆, "7月10日", no year)
QJ = "綦江区"
docs.append(dict(doc_id="AV13", published=None, facts=[
    F("victim_loss", 900000, "通过QQ诈骗人民币90万元", CQ, CQ, QJ),
    F("money_frozen", 900000, "涉案资金90万元已被警方成功止付冻结", CQ, CQ, QJ),
], campaigns=[]))

# AV14 厦门 同安 QQ假老板 (Traditional 东南网 mirror of 海西晨报, "2015-03-20 10:32:31"; "3月18日")
XM = "厦门市"; D0318 = ("2015-03-18", "2015-03-18")
docs.append(dict(doc_id="AV14", published="2015-03-20", facts=[
    F("victim_loss", 475000, "公司賬戶轉出47.5萬元", FJ, XM, "同安区", *D0318),
    F("money_frozen", 475000, "凍結被騙的47.5萬", FJ, XM, None, *D0318),
], campaigns=[]))

# AV15 泉州 晋江 QQ假老板 追回70万 (今日泉州网 "10月21日讯", no year)
docs.append(dict(doc_id="AV15", published=None, facts=[
    F("victim_loss", 700000, "公司损失70万元", FJ, "泉州市", "晋江市"),
    F("money_recovered", 700000, "70万元赃款已被追回并发还受害者", FJ, "泉州市", "晋江市"),
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
