"""Hand-made gold for realeightynine (CM01-CM04; written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

GD = "广东省"; ZJ = "浙江省"; HB = "湖北省"; HN = "河南省"

docs = []

# CM01 广东省公安厅 涉疫情类电信网络诈骗 (Traditional with pinyin ruby, handmsg mirror; no year in the text: "1月30日晚",
# "2月4日至6日" -> published null, periods null). Province-level round-up -> city null; the two case blurbs keep their cities.
docs.append(dict(doc_id="CM01", published=None, facts=[
    F("cases_solved", 555, "全省共破獲涉疫情類電信網(wǎng)絡(luò)詐騙案件555宗", GD),
    F("suspects_arrested", 212, "抓獲犯罪嫌疑人212名", GD),
    F("money_involved", 6990000, "涉案金額總計699萬元人民幣", GD),
    # 汕尾: one buyer's loss in the case blurb
    F("victim_loss", 2300, "共被騙2300元", GD, "汕尾市"),
    # left out: 10名…投案自首 (surrender, not an arrest); 曹某 "實施詐騙4起,共非法獲利約2110元" (a series total of 4 frauds)
], campaigns=[]))

# CM02 宁波市公安局 2017 全年 (Traditional with ruby and doubled commas, j637 mirror of 法制日报; no page date -> published null).
NB = "宁波市"; P17 = ("2017-01-01", "2017-12-20"); Y17 = ("2017-01-01", "2017-12-31"); D1214 = ("2017-12-14", "2017-12-14")
docs.append(dict(doc_id="CM02", published=None, facts=[
    F("gangs_busted", 285, "打掉電信網(wǎng)絡(luò)詐騙團伙285個", ZJ, NB, None, *Y17),
    F("cases_solved", 4580, "共破獲案件4580起", ZJ, NB, None, *P17),
    F("suspects_arrested", 2372, "抓獲電信網(wǎng)絡(luò)詐騙犯罪嫌疑人2372名", ZJ, NB, None, *P17),
    # 2017-12-14 收网: 宁波市公安局会同北仑分局 -> the city force's result
    # checker: same 游戏账号 gang as realfortythree AS20 (宁波边防支队, 46 追捕, 涉百万); CM02 is the 市局 year-end story, not
    # the same story, so the page and these three facts stay (per-page gold). No data changed.
    F("suspects_arrested", 46, "共抓獲犯罪嫌疑人46名", ZJ, NB, None, *D1214),
    F("money_frozen", 500000, "追繳,、凍結(jié)資金50余萬元", ZJ, NB, None, *D1214, q="at_least"),
    F("money_involved", 1000000, "累計詐騙得手上百萬元", ZJ, NB, q="at_least"),
    # 反诈中心 "2017年以來…全年": 止损 -> money_recovered (contract lists 止损 under money_recovered)
    F("money_recovered", 78006200, "止損7800.62萬元", ZJ, NB, None, *Y17),
    # left out: 警情16204條, 追查銀行賬戶13662個, 成功止付案件616起 (a count of cases), 240名警力/28個抓捕組, percentages
], campaigns=[]))

# CM03 襄阳 保康县公安局 "网络2020" (machine-rewritten 荆州新闻 copy; "截至6月9日" without a year -> published null).
BK = ("襄阳市", "保康县")
docs.append(dict(doc_id="CM03", published=None, facts=[
    F("cases_solved", 12, "共破获电信网络诈骗案件12起", HB, *BK, camp="网络2020"),
    # 姜 case (5月7日): 11.2万 transferred; 2万 saved through 腾讯 紧急止付; five suspects caught 6月3日和5日
    F("victim_loss", 112000, "资金已经转账11.2万元", HB, *BK),
    F("money_recovered", 20000, "及时阻止了2万元的损失", HB, *BK),
    F("suspects_arrested", 5, "五名嫌疑人在广东和湖南被捕", HB, *BK),
    # left out: 网络赌博案件5起, 抓获犯罪嫌疑人62人 / 刑事强制措施29人 / 缴获资金260多万元 (totals of fraud and gambling
    # together), the gambling case (3万多元, 三名, 11万余元)
], campaigns=[C("网络2020", start="2020")]))

# CM04 信阳警方 伪基站 (信阳日报-style brief, no address returned by the tool; "3月28日…3月31日" without a year).
docs.append(dict(doc_id="CM04", published=None, facts=[
    F("dens_destroyed", 3, "连续打掉3个“伪基站”窝点", HN, "信阳市"),
    F("suspects_arrested", 4, "抓获4名发布虚假诈骗信息犯罪嫌疑人", HN, "信阳市"),
    # left out: the single arrests (彭某, 龙某、杨某, 陈某: no numerals), devices (一套/1套/1台)
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
