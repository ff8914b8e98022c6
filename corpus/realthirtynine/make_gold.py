"""Hand-made gold for realthirtynine (AO01-AO20; written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

FJ = "福建省"; GS = "甘肃省"; LN = "辽宁省"; TJ = "天津市"; SH = "上海市"; QH = "青海省"; AH = "安徽省"
ZJ = "浙江省"; GD = "广东省"; HN = "湖南省"; HA = "河南省"

docs = []

# AO01 厦门市公安局 2020年1-10月 (台海网 print page; "11月20日讯"; the in-text source URL carries 2020-11-20)
XM = "厦门市"; P01 = ("2020-01-01", "2020-10-31")
docs.append(dict(doc_id="AO01", published="2020-11-20", facts=[
    F("cases_solved", 1591, "全市共侦破电信网络诈骗案件1591起", FJ, XM, None, *P01),
    F("money_recovered", 518000000, "使群众避免经济损失超5.18亿元", FJ, XM, None, *P01, q="at_least"),
    F("money_recovered", 130000000, "累计为群众减少经济损失1.3亿余元", FJ, XM, None, *P01, q="at_least"),
], campaigns=[]))

# AO02 兰州 "5·03" 专案组 通令嘉奖 (yybnet copy of 兰州晚报, stamp 2018-07-26 03:07)
LZ = "兰州市"; C503 = "5·03"
docs.append(dict(doc_id="AO02", published="2018-07-26", facts=[
    F("victim_loss", 290000, "向一理财平台投资后被骗29万元", GS, LZ, "安宁区", camp=C503),
    F("suspects_arrested", 30, "一举抓获诈骗团伙成员30人", GS, LZ, None, "2018-07-09", "2018-07-09", camp=C503),
], campaigns=[C(C503, kind="case", start="2018-05-03")]))

# AO03 辽宁 反诈"酸甜苦辣" (Traditional mirror, no date; 调兵山 虎年纪念币 case, truncated)
docs.append(dict(doc_id="AO03", published=None, facts=[
    F("money_recovered", 100000000, "返還被騙資金近億元", LN, q="approx"),
    F("victim_loss", 162900, "一共162900元", LN, "铁岭市", "调兵山市"),
], campaigns=[]))

# AO04 天津 公安河东分局 "雷霆二号" 特大电诈案 (Traditional 央广网, no address; "12月20日消息" + "2018年12月17日")
# checker: texts/AO04.txt replaced by the search tool's excerpt, byte for byte (the hand copy had 後 for the
# tool's 后 three times: "直播后", "效果后", "接報案后"); both evidence strings are unchanged.
LT2 = "雷霆二号"
docs.append(dict(doc_id="AO04", published="2018-12-20", facts=[
    F("dens_destroyed", 7, "成功搗毀7個電信網(wǎng)絡詐騙窩點", TJ, TJ, "河东区", "2018-12-17", "2018-12-17", camp=LT2),
    F("victim_loss", 170000, "損失資金17萬余元", TJ, TJ, "河东区", q="at_least"),
], campaigns=[C(LT2)]))

# AO05 上海 市政府新闻发布会 2021年1-7月 (Traditional 文汇报 on a porn-spam mirror, "時間:2021-08-10")
P05 = ("2021-01-01", "2021-07-31")
docs.append(dict(doc_id="AO05", published="2021-08-10", facts=[
    F("money_recovered", 740000000, "直接挽回或避免經濟損失7.4億余元", SH, SH, None, *P05, q="at_least"),
    F("money_frozen", 390000000, "直接凍結涉案資金3.9億元", SH, SH, None, *P05),
    F("money_stopped", 350000000, "阻斷向涉案賬戶轉賬3.5億元", SH, SH, None, *P05),
], campaigns=[]))

# AO06 上海 警方发布会 2021 (中新网 copy, "上海12月17日电"; "2021年既遂数" fixes the year)
P06 = ("2021-01-01", "2021-12-17")
docs.append(dict(doc_id="AO06", published="2021-12-17", facts=[
    F("money_recovered", 510000000, "今年以来直接挽损5.1亿余元", SH, SH, None, *P06, q="at_least"),
    F("money_recovered", 14700000000, "间接避损147余亿元", SH, SH, q="at_least"),
], campaigns=[]))

# AO07 上海市公安局 "我为群众办实事" 发布会 (machine back-translated copy; "23日", no month or year)
docs.append(dict(doc_id="AO07", published=None, facts=[
    F("money_recovered", 610000000, "共计6.1亿多元被劝阻避免损害", SH, SH, q="at_least"),
    F("money_recovered", 345000000, "直接止损亏损资金被骗取超过3.45亿元", SH, SH, q="at_least"),
], campaigns=[]))

# AO08 上海市公安局 通报 (emoji/spam page; "3月27日"; "砺剑2025" fixes the year; "2025/04/03" is another item's date)
LJ = "砺剑2025"
docs.append(dict(doc_id="AO08", published="2025-03-27", facts=[
    F("money_recovered", 680000000, "今年以来挽回涉诈资金6.8亿余元", SH, SH, None, "2025-01-01", "2025-03-27", q="at_least"),
], campaigns=[C(LJ, start="2025")]))

# AO09 西宁市公安局刑警支队 通报 (wxredian copy; "10月31日", no year)
XN = "西宁市"
docs.append(dict(doc_id="AO09", published=None, facts=[
    F("victim_loss", 50000, "从受害人手中骗走5万元现金", QH, XN, "城西区"),
    F("suspects_arrested", 2, "及时抓获犯罪嫌疑人2名", QH, XN, "城西区"),
    F("suspects_arrested", 14, "共计抓获犯罪嫌疑人14名", QH, XN, "城西区"),
    F("money_frozen", 36000, "并查获现金3.6万余元", QH, XN, "城东区", q="at_least"),
    F("money_frozen", 48000, "已交付货运的现金4.8万余元", QH, XN, "城东区", q="at_least"),
    F("suspects_arrested", 2, "迅速抓获其余两名犯罪嫌疑人", QH, XN, "城北区"),
    F("money_frozen", 320000, "现金32万余元", QH, XN, "城北区", q="at_least"),
], campaigns=[]))

# AO10 铜陵市公安局刑警支队 跨省团伙 (baogaosu copy of 安徽公安网, "09.10.2014  11:34")
TL = "铜陵市"
docs.append(dict(doc_id="AO10", published="2014-10-09", facts=[
    F("suspects_arrested", 7, "当场抓获7名犯罪嫌疑人", AH, TL, None, "2014-09-17", "2014-09-17"),
    F("cases_solved", 100, "破案100余起", AH, TL, q="at_least"),
    F("money_involved", 600000, "涉案总价值60余万元", AH, TL, q="at_least"),
    F("victim_loss", 8900, "被骗8900元", AH, TL, "郊区", "2014-06-25", "2014-06-25"),
    F("suspects_detained", 7, "7名犯罪嫌疑人已被依法刑事拘留", AH, TL),
], campaigns=[]))

# AO11 宁波市公安局 1至10月 (Traditional mirror of 法制日报 with pinyin ruby; "記者今天", no year)
NB = "宁波市"; C107 = "1·07"
docs.append(dict(doc_id="AO11", published=None, facts=[
    F("suspects_arrested", 605, "新型犯罪嫌疑人605名", ZJ, NB),
    F("cases_solved", 400, "新型犯罪案件400起", ZJ, NB),
    F("money_stopped", 40500000, "反詐止付、勸阻被騙資金4050萬元", ZJ, NB),
    F("money_recovered", 21530000, "破案追贓2153萬元", ZJ, NB),
    F("money_frozen", 31250000, "止凍被騙資金3125萬元", ZJ, NB),
    F("gangs_busted", 72, "新型犯罪團伙72個", ZJ, NB),
    F("dens_destroyed", 28, "端掉犯罪窩點28個", ZJ, NB),
    F("cases_solved", 9, "破獲了9起百萬元以上", ZJ, NB, camp=C107),
], campaigns=[C(C107, kind="case")]))

# AO12 肇庆 高要分局 跑分洗钱团伙 (Traditional 新华社 copy, "上傳時間: 2022-06-07", "記者6日")
ZQ = "肇庆市"; GY = "高要区"
docs.append(dict(doc_id="AO12", published="2022-06-07", facts=[
    F("suspects_arrested", 20, "抓獲犯罪嫌疑人20名", GD, ZQ, GY),
    F("money_involved", 100000000, "涉案流水資金1億元。", GD, ZQ, GY),
    F("money_involved", 2980000, "曾轉入詐騙贓款298萬余元", GD, ZQ, GY, q="at_least"),
], campaigns=[C("净网2022"), C("断卡行动")]))

# AO13 大连市 查控中心 (中国消费者报 "本报大连讯"; "今年10月初", no year)
docs.append(dict(doc_id="AO13", published=None, facts=[
    F("money_frozen", 10000000, "冻结涉案资金1000余万元", LN, "大连市", q="at_least"),
], campaigns=[]))

# AO14 河源市反诈骗中心 成立不到一个月 (河源日报 "本报讯"; "自9 月30 日成立以来", no year)
docs.append(dict(doc_id="AO14", published=None, facts=[
    F("money_stopped", 300000, "止付金额30多万元", GD, "河源市", q="at_least"),
], campaigns=[]))

# AO15 公安部查控中心 揭牌 (北京市公安局 runs it; nationwide figures; "今年1月…昨日", no year)
docs.append(dict(doc_id="AO15", published=None, facts=[
    F("accounts_frozen", 400000, "已冻结全国涉案账户40余万个", None, q="at_least"),
    F("money_frozen", 1100000000, "冻结资金11亿余元", None, q="at_least"),
    F("money_recovered", 1800000000, "通过工作减少群众损失18亿余元", None, q="at_least"),
    F("money_recovered", 50000000, "警方将冻结的5000余万元资金返还被骗事主", None, q="at_least"),
    F("money_recovered", 7000000, "领回部分被骗钱款,共700万元", None),
], campaigns=[]))

# AO16 湖南(长沙)反电诈中心 揭牌 (今日女报 A03, 发刊日期 2016年08月19日)
CS = "长沙市"
docs.append(dict(doc_id="AO16", published="2016-08-19", facts=[
    F("money_stopped", 220100, "止付涉案资金22.01万元", HN, CS, None, "2016-08-10", "2016-08-15"),
    F("money_stopped", 545600, "协助劝阻阻断资金54.56万元", HN, CS, None, "2016-08-10", "2016-08-15"),
    F("dens_destroyed", 445, "共捣毁电信网络诈骗窝点445个", HN, None, None, "2016-01-01", "2016-08-19"),
], campaigns=[]))

# AO17 福州市公安局 取款团伙 (Traditional 中新社 "四月二十八日電", Chinese numerals, mojibake; no year)
FZ = "福州市"
docs.append(dict(doc_id="AO17", published=None, facts=[
    F("suspects_arrested", 8, "抓獲八名犯罪嫌疑人", FJ, FZ),
    F("money_frozen", 37580, "贓款三萬七千五百八十元人民幣", FJ, FZ),
    F("money_involved", 70000, "涉案金額七萬多元", FJ, FZ, "马尾区", q="at_least"),
    F("money_involved", 1400000, "涉案金額達(dá)一百四十多萬元人民幣", FJ, FZ, q="at_least"),
    # checker: 繳獲…銀行卡 N 張 is cards_seized (contract; dev A06 "缴获车辆52台、手机404部、银行卡681张",
    # B08); the per-bank rows of the seizure list are each a count of seized bank cards (breakdown rows count,
    # ANNOTATION). 銀行口令卡 (e-banking password cards) are not bank cards and stay out.
    F("cards_seized", 149, "工商銀行卡一百四十九張", FJ, FZ),
    F("cards_seized", 68, "農(nóng)業(yè)銀行卡六十八張", FJ, FZ),
    F("cards_seized", 108, "建設(shè)銀行卡一百零八張", FJ, FZ),
], campaigns=[]))

# AO18 焦作 中站派出所 退赃 (焦作日报 "本报讯"; no year; 焦作 itself is not named)
docs.append(dict(doc_id="AO18", published=None, facts=[
    F("victim_loss", 300000, "陆续向张某借款30余万元", HA, "焦作市", "中站区", q="at_least"),
    F("money_recovered", 50000, "为张某追回赃款5万元", HA, "焦作市", "中站区"),
    # checker: 俩 is a Chinese numeral (= 两个), not the article 一; realfourteen H09 ("打掉俩…团伙" -> 2, added by
    # that set's check) and realtwentytwo D17 count it. The couple's arrest by the 中站 police -> suspects_arrested 2.
    F("suspects_arrested", 2, "一举将犯罪嫌疑人王某、姜某夫妻俩抓获归案", HA, "焦作市", "中站区"),
], campaigns=[]))

# AO19 两岸警方 跨境电信诈骗集团 (Traditional, 香港商台; Chinese numerals; no date)
docs.append(dict(doc_id="AO19", published=None, facts=[
    F("suspects_arrested", 24, "拘捕二十四人", FJ),
    F("money_involved", 600000, "涉案金額超過六十萬元人民幣", FJ, q="at_least"),
], campaigns=[]))

# AO20 公安部 民族资产解冻类诈骗 专项打击 (宁波日报 copy of 新华社 "北京4月25日电"; "从2016年10月开始…截至目前")
docs.append(dict(doc_id="AO20", published=None, facts=[
    F("gangs_busted", 14, "共打掉犯罪团伙14个", None),
    F("suspects_arrested", 204, "抓获犯罪嫌疑人204名", None),
    F("money_involved", 730000000, "查证涉案金额逾7.3亿元", None, q="at_least"),
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
