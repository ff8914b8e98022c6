"""Hand-made gold for realfiftynine (BI01-BI13; written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

JS = "江苏省"; ZJ = "浙江省"; GD = "广东省"; FJ = "福建省"; HI = "海南省"; GZ = "贵州省"
NM = "内蒙古自治区"; CQ = "重庆市"

docs = []

# BI01 淮安 网络招工诈骗团伙 (人民周刊网; "3月30日" and "疫情期间" without a year -> published null)
HA = "淮安市"
docs.append(dict(doc_id="BI01", published=None, facts=[
    F("suspects_arrested", 60, "抓获团伙骨干成员60余人", JS, HA, q="at_least"),
    F("money_involved", 5000000, "案值近500万元", JS, HA, q="approx"),
    F("victim_loss", 658, "向对方转账658元", ZJ, "宁波市"),
], campaigns=[]))

# BI02 南通 网络兼职诈骗案 (河北新闻网 copy of 新华社 "南京5月6日电"; page stamp 2017-05-08)
NT = "南通市"
docs.append(dict(doc_id="BI02", published="2017-05-08", facts=[
    F("money_involved", 34000000, "总案值达3400余万元", JS, NT, q="at_least"),
    F("suspects_arrested", 22, "22名核心成员以及非法软件提供者无一漏网", JS, NT),
    F("victim_loss", 2150, "骗走2150元", JS, NT, "海门区", "2016-10-25", "2016-10-25"),
], campaigns=[]))

# BI03 台州 椒江 网络兼职诈骗团伙 (infohc mirror; no page date; "2018年10月" is the first report)
TZ = "台州市"; JJ = "椒江区"
docs.append(dict(doc_id="BI03", published=None, facts=[
    F("money_involved", 340000000, "涉案金额超过3.4亿元", ZJ, TZ, JJ, q="at_least"),
    F("money_frozen", 150000000, "冻结资产1.5亿元", ZJ, TZ, JJ),
    F("suspects_arrested", 900, "抓获涉案嫌疑人900多人", ZJ, TZ, JJ, q="at_least"),
    F("victim_loss", 216, "一起216元的网络兼职诈骗案", ZJ, TZ, JJ),
], campaigns=[]))

# BI04 广东 "安网1号" 网络兼职诈骗专案 (人民政法 copy of 人民网/法制日报; "3月21日至28日" without a year)
# checker: campaign kind changed operation -> case (see below); the six figures stay tied to it
AW = "安网1号"
docs.append(dict(doc_id="BI04", published=None, facts=[
    F("gangs_busted", 30, "共打掉诈骗团伙30余个", GD, q="at_least", camp=AW),
    F("cases_solved", 740, "侦破案件740余起", GD, q="at_least", camp=AW),
    F("suspects_arrested", 180, "抓获嫌疑人180余名", GD, q="at_least", camp=AW),
    F("suspects_detained", 160, "刑事拘留160余名", GD, q="at_least", camp=AW),
    F("money_involved", 5500000, "已核明被骗金额达550余万元", GD, q="at_least", camp=AW),
    F("cases_solved", 10, "10起重点目标案件均顺利告破", GD, camp=AW),
], campaigns=[C(AW, "case")]))  # checker: kind case, not operation -- a Guangdong 省厅 "N号" 专案 ("列为“安网1号”专案"), as dev B02 飓风24号 and realfortyone AQ20 安网20号 of the same series

# BI05 厦门边防支队 海沧 对台诈骗窝点 (C114 copy; "22日" only, no month/year in the lead)
docs.append(dict(doc_id="BI05", published=None, facts=[
    F("suspects_arrested", 13, "抓获犯罪嫌疑人13名", FJ, "厦门市"),
], campaigns=[]))

# BI06 茂名 扑克牌通缉 "小王" 钟某珠 投案 (中新网 "茂名2月25日电"; the text's events are 2019年春节/2月13-14日 -> 2019)
MM = "茂名市"
docs.append(dict(doc_id="BI06", published="2019-02-25", facts=[
    F("suspects_arrested", 52, "54名被扑克牌通缉的人员已落网52人", GD, MM),
    F("victim_loss", 1100000, "诈骗福建福清的黄某英110万元", FJ, "福州市", "福清市"),
], campaigns=[]))

# BI07 丽水 龙泉市反诈分中心 半年 (处州晚报; "成立于2019年9月", "3月18日" without a year -> published null)
LS = "丽水市"; LQ = "龙泉市"
docs.append(dict(doc_id="BI07", published=None, facts=[
    F("cases_solved", 52, "共破获电信网络诈骗案件52起", ZJ, LS, LQ),
    F("suspects_arrested", 26, "抓获犯罪嫌疑人26名", ZJ, LS, LQ),
    F("money_stopped", 7570000, "金额757万余元", ZJ, LS, LQ, q="at_least"),
    F("accounts_frozen", 48, "冻结个人账户48个", ZJ, LS, LQ),
    F("accounts_frozen", 7, "对公账户7个", ZJ, LS, LQ),
    F("money_frozen", 14120000, "共计冻结1412万余元", ZJ, LS, LQ, q="at_least"),
    F("victim_loss", 16000, "以售卖口罩为由诈骗16000元", ZJ, LS, LQ),
    F("money_recovered", 210000, "拿回了被骗的21万元", ZJ, LS, LQ),
], campaigns=[]))

# BI08 文昌 "跑分" 帮信团伙 (baogaosu mirror, stamp "19.05.2022")
WC = "文昌市"
docs.append(dict(doc_id="BI08", published="2022-05-19", facts=[
    F("suspects_arrested", 3, "抓获3名涉嫌帮信罪犯罪嫌疑人", HI, WC),
    F("cards_seized", 2, "当场扣押银行卡2张", HI, WC),
    F("money_involved", 170000, "已查明的涉案金额17万余元", HI, WC, q="at_least"),
    F("suspects_detained", 3, "3名犯罪嫌疑人均已被刑事拘留", HI, WC),
], campaigns=[]))

# BI09 贵阳 白云分局 跨国"杀猪盘" (中国网; "记者10日" without month/year; events 2020 -> periods fixed, published null)
GY = "贵阳市"; BY = "白云区"
docs.append(dict(doc_id="BI09", published=None, facts=[
    F("gangs_busted", 7, "全链条打击7个“杀猪盘”类跨国特大电信网络诈骗犯罪团伙", GZ, GY, BY),
    F("money_involved", 200000000, "涉案金额2亿多元", GZ, GY, BY, q="at_least"),
    F("suspects_arrested", 70, "先后抓获70名团伙犯罪嫌疑人", GZ, GY, BY),
    F("suspects_arrested", 12, "同步收网抓获犯罪嫌疑人12人", GZ, GY, BY, "2020-07-20", "2020-07-20"),
    F("suspects_arrested", 53, "抓捕犯罪嫌疑人53人", GZ, GY, BY, "2020-08-10", "2020-08-10"),
    F("dens_destroyed", 7, "一举捣毁位于河南、湖南、广东等地的7个“杀猪盘”类电信网络诈骗犯罪窝点", GZ, GY, BY),
    F("cards_seized", 1000, "作案手机电话卡上千张", GZ, GY, BY, q="at_least"),
    F("victim_loss", 2900000, "进行转账290余万元", GZ, GY, BY, q="at_least"),
], campaigns=[]))

# BI10 鄂尔多斯 东胜区分局 冒充客服 (Traditional ppfocus mirror; no page date; 2020-09-15 report, 2020-10-16 收网)
ES = "鄂尔多斯市"; DS = "东胜区"; D16 = ("2020-10-16", "2020-10-16")
docs.append(dict(doc_id="BI10", published=None, facts=[
    F("victim_loss", 54980, "被轉走卡內現金54980元", NM, ES, DS, "2020-09-15", "2020-09-15"),
    F("suspects_arrested", 6, "抓獲犯罪嫌疑人6名", NM, ES, DS, *D16),
    F("cards_seized", 68, "繳獲銀行卡68張", NM, ES, DS, *D16),
    F("cards_seized", 34, "手機卡34張", NM, ES, DS, *D16),
    F("money_frozen", 30000, "凍結涉案資金3萬餘元", NM, ES, DS, *D16, q="at_least"),
    F("money_involved", 10000000, "涉案資金流水達1000餘萬元", NM, ES, DS, q="at_least"),
    F("suspects_detained", 6, "現6名犯罪嫌疑人(男,均為吉林人)因涉嫌電信詐騙罪已被警方依法刑事拘留", NM, ES, DS),
], campaigns=[]))

# BI11 丽水 青田县 游戏账号诈骗 中学生 (处州晚报 "本报讯 近日"; no year -> published null)
QT = "青田县"
docs.append(dict(doc_id="BI11", published=None, facts=[
    F("victim_loss", 34000, "一共支付了34000多元", ZJ, LS, QT, q="at_least"),
    F("suspects_arrested", 3, "抓获3名犯罪嫌疑人", ZJ, LS, QT),
], campaigns=[]))

# BI12 重庆 巴南区分局 "免费游戏皮肤" (新华社 "重庆11月18日电", "今年8月"; no year -> published null)
BN = "巴南区"
docs.append(dict(doc_id="BI12", published=None, facts=[
    F("victim_loss", 77000, "结果被骗7.7万元", CQ, CQ, BN),
    F("suspects_arrested", 3, "抓获了以李某为首的3人诈骗团伙", CQ, CQ, BN),
    F("money_frozen", 518800, "现场查获涉案赃款51.88万元", CQ, CQ, BN),
], campaigns=[]))

# BI13 宁德 春节 游戏皮肤/账号诈骗 (Traditional haicao88 mirror; "2024年春節假期" is an unfixed window; no page date)
ND = "宁德市"
docs.append(dict(doc_id="BI13", published=None, facts=[
    F("cases_filed", 10, "發(fā)案十余起", FJ, ND, q="at_least"),
    F("victim_loss", 170000, "被騙金額170000余元", FJ, ND, "霞浦县", q="at_least"),
    F("victim_loss", 20000, "被騙20000余元", FJ, ND, "屏南县", q="at_least"),
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
