"""Hand-made gold for realthirtyseven (AM01-AM06; written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

HI = "海南省"; GX = "广西壮族自治区"; ZJ = "浙江省"; JS = "江苏省"; GD = "广东省"

docs = []

# AM01 海南 儋州市公安局 one year of 打击治理 (Traditional with pinyin ruby; "記者29日" without month or year;
# the body fixes the window "2015年8月14日至2016年8月14日")
DZ = "儋州市"; P1 = ("2015-08-14", "2016-08-14")
docs.append(dict(doc_id="AM01", published=None, facts=[
    F("suspects_arrested", 776, "共抓獲犯罪嫌疑人776名", HI, DZ, None, *P1),
    F("suspects_arrested", 512, "其中協(xié)外512名", HI, DZ, None, *P1),
    F("suspects_detained", 264, "共刑拘犯罪嫌疑人264名", HI, DZ, None, *P1),
    F("gangs_busted", 77, "打掉地域性團(tuán)伙77個(gè)", HI, DZ, None, *P1),
    F("dens_destroyed", 88, "端掉窩點(diǎn)88處", HI, DZ, None, *P1),
    F("cases_solved", 290, "偵破案件290起", HI, DZ, None, *P1),
    F("money_frozen", 4650000, "繳獲贓款465萬(wàn)元", HI, DZ, None, *P1),
    F("money_frozen", 4700000, "凍結(jié)贓款470多萬(wàn)元", HI, DZ, None, *P1, q="at_least"),
    F("cards_seized", 201, "手機(jī)卡201張", HI, DZ, None, *P1),
    F("cards_seized", 825, "銀行卡825張", HI, DZ, None, *P1),
], campaigns=[]))

# AM02 national, 部际联席会议 专项行动 first half-year (看看新闻 2016; no dateline, "去年11月" without a year;
# "Copyright © 2016" is site chrome)
docs.append(dict(doc_id="AM02", published=None, facts=[
    F("cases_solved", 44000, "全国共破获各类电信网络诈骗案件4.4万余起", None, q="at_least"),
    F("money_stopped", 1400000000, "拦截涉案资金14亿余元", None, q="at_least"),
    F("gangs_busted", 2900, "打掉犯罪团伙2900余个", None, q="at_least"),
    F("dens_destroyed", 3100, "捣毁诈骗窝点3100余个", None, q="at_least"),
], campaigns=[]))

# AM03 南宁 宾阳县 古双村 窝点 (stamp "02.08.2016  20:42"; raid "7月28日")
NN = "南宁市"; BY = "宾阳县"; D3 = ("2016-07-28", "2016-07-28")
docs.append(dict(doc_id="AM03", published="2016-08-02", facts=[
    F("dens_destroyed", 4, "一举端掉藏匿在该村的4个网络诈骗窝点", GX, NN, BY, *D3),
    F("suspects_arrested", 3, "抓获3名嫌疑人", GX, NN, BY, *D3),
], campaigns=[]))

# AM04 台州 温岭市 two 通讯网络诈骗 cases (Traditional, 浙江在线 "2017年06月29日"; "今年四五月")
TZ = "台州市"; WL = "温岭市"; P4 = ("2017-04-01", "2017-05-31")
docs.append(dict(doc_id="AM04", published="2017-06-29", facts=[
    F("suspects_arrested", 300, "抓獲近300人", ZJ, TZ, WL, q="approx"),
    F("cases_solved", 2, "陸續破獲了兩起特大通訊網絡詐騙案", ZJ, TZ, WL, *P4),
    F("money_involved", 10000000, "涉案金額分別高達上千萬元", ZJ, TZ, WL, *P4, q="at_least"),
    F("money_involved", 220000000, "2.2億元", ZJ, TZ, WL, *P4),
    F("suspects_arrested", 8, "共抓獲了8名犯罪嫌疑人", ZJ, TZ, WL),
], campaigns=[]))

# AM05 南京 栖霞分局 微信招嫖 诈骗团伙 (南报网 "今日(11月20日)", no year)
NJ = "南京市"; QX = "栖霞区"
docs.append(dict(doc_id="AM05", published=None, facts=[
    F("suspects_arrested", 5, "抓获犯罪嫌疑人5人", JS, NJ, QX),
    F("suspects_detained", 5, "刑事拘留5人", JS, NJ, QX),
    F("cards_seized", 4, "银行卡4张", JS, NJ, QX),
    F("money_frozen", 500000, "查获嫌疑人账面流动资金50余万元", JS, NJ, QX, q="at_least"),
    F("victim_loss", 3000, "被骗了3000多元", JS, NJ, QX, q="at_least"),
], campaigns=[]))

# AM06 浙江 网信 listing page: 广东警方 代开网店 诈骗 (新华社 "6月20日电", no year)
docs.append(dict(doc_id="AM06", published=None, facts=[
    F("suspects_detained", 253, "253名犯罪嫌疑人被刑事拘留", GD),
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
