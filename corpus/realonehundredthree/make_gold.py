"""Hand-made gold for realonehundredthree (DB01-DB18; written by the annotator; no parser involved).
Second reader (CHECK.md): one text re-saved (DB17); no fact, campaign or published date changed. Lines marked "# checker:".
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

SX = "山西省"; SD = "山东省"; JS = "江苏省"; HA = "河南省"; LN = "辽宁省"; HI = "海南省"; SC = "四川省"; HB = "湖北省"
GD = "广东省"; GS = "甘肃省"
YL = "打击整治养老诈骗专项行动"

docs = []

# DB01 山西省公安机关 校园诈骗 2016 (page stamp 2016-09-04 08:03, "9月3日消息"; "2016年以来"/"今年以来")
# Only the telecom breakdown is kept; the 校园诈骗 totals mix telecom and ordinary fraud (see NOTES).
P01 = ("2016-01-01", "2016-09-04")
docs.append(dict(doc_id="DB01", published="2016-09-04", facts=[
    F("cases_filed", 940, "其中电信网络诈骗案件940起", SX, None, None, *P01),
    F("cases_solved", 688, "其中电信网络诈骗案件688起", SX, None, None, *P01),
], campaigns=[]))

# DB02 济南 章丘区 GOIP 团伙 (no page date; "2023年4月" is when the teacher found it, "6月27日" the letter)
JN = "济南市"
docs.append(dict(doc_id="DB02", published=None, facts=[
    F("cases_solved", 4, "已破获电信诈骗案件4起", SD, JN, "章丘区"),
    F("cards_seized", 10, "查获涉案手机卡十余张", SD, JN, "章丘区", q="at_least"),
    F("money_involved", 200000, "涉案金额达二十余万元", SD, JN, "章丘区", q="at_least"),
], campaigns=[]))

# DB03 南京市公安局 转发视频带货 兼职诈骗 (Traditional with mojibake, "今年5月" without a year; truncated)
docs.append(dict(doc_id="DB03", published=None, facts=[
    F("victim_loss", 2378, "最終被騙2378元", JS, "南京市"),
], campaigns=[]))

# DB04 德州 乐陵市公安局 点赞兼职 帮信 5人 (Traditional, "德州新闻网讯 近日", no date)
docs.append(dict(doc_id="DB04", published=None, facts=[
    F("suspects_arrested", 5, "將5名涉嫌幫助信息網(wǎng)絡(luò)犯罪活動罪的犯罪嫌疑人抓獲歸案", SD, "德州市", "乐陵市"),
], campaigns=[]))

# DB05 濮阳县公安局户部寨派出所 冒充公检法 上门劝阻 ("2月11日", no year)
DM = "登门入群·守护平安"
docs.append(dict(doc_id="DB05", published=None, facts=[
    F("money_recovered", 100000, "成功为群众挽回经济损失10余万元", HA, "濮阳市", "濮阳县", q="at_least", camp=DM),
], campaigns=[C(DM)]))

# DB06 郑州 高校反诈宣传月 (龙网 copy of 郑州日报; "昨日", "今年以来" with no year in the text)
ZZ = "郑州市"
docs.append(dict(doc_id="DB06", published=None, facts=[
    F("cases_filed", 10000, "全市发生电信网络诈骗案件近万起", HA, ZZ, q="approx"),
    F("cases_filed", 900, "今年全市大学生人群发生电信诈骗案件900余起", HA, ZZ, q="at_least"),
    F("money_involved", 17000000, "涉案金额超过1700万元", HA, ZZ, q="at_least"),
    F("cases_solved", 10500, "全市共侦破各类电信诈骗案件10500余起", HA, ZZ, q="at_least"),
    F("gangs_busted", 200, "打掉团伙200余个", HA, ZZ, q="at_least"),
    F("suspects_detained", 2600, "刑事拘留2600余人", HA, ZZ, q="at_least"),
    F("accounts_frozen", 60000, "止付冻结银行卡6万余张", HA, ZZ, q="at_least"),
    F("money_recovered", 3000000, "返还资金300万余元", HA, ZZ, q="at_least"),
], campaigns=[C("高校反诈宣传月")]))

# DB07 辽宁省公安厅 新型犯罪研究侦查中心 (spam-inserted copy; "3月20日成立…成立以来", no end date; no page date)
docs.append(dict(doc_id="DB07", published=None, facts=[
    F("cases_solved", 835, "共侦破现案835起", LN),
    F("suspects_arrested", 2799, "抓获犯罪嫌疑人2799名", LN),
    F("money_frozen", 1831000000, "冻结涉案资金18.31亿元", LN),
    F("money_recovered", 418000000, "避免群众损失4.18亿元", LN),
    F("money_recovered", 18690000, "返还被骗资金1869万元", LN),
], campaigns=[]))

# DB08 海口 琼山分局忠介派出所 "孙子"来电 ("6月15日/17日", no year; truncated)
docs.append(dict(doc_id="DB08", published=None, facts=[
    F("money_recovered", 100000, "老人银行卡里有10万元", HI, "海口市", "琼山区"),
], campaigns=[]))

# DB09 招远市公安局 装孙子 取款人 11人 (烟台广播电视台 2025-04-02 15:38)
ZY = ("烟台市", "招远市"); D0320 = ("2025-03-20", "2025-03-20")
docs.append(dict(doc_id="DB09", published="2025-04-02", facts=[
    F("victim_loss", 20000, "诈骗了两万元", SD, *ZY, *D0320),
    F("suspects_arrested", 3, "当场抓获三名犯罪嫌疑人", SD, *ZY, *D0320),
    F("money_involved", 70000, "共计7万元", SD, *ZY, *D0320),
    F("gangs_busted", 5, "一共打掉5个前来取钱的犯罪团伙", SD, *ZY),
    F("suspects_arrested", 11, "抓获犯罪嫌疑人11名", SD, *ZY),
    F("money_recovered", 150000, "挽回群众损失15万元", SD, *ZY),
], campaigns=[]))

# DB10 青岛 崂山分局海岸金家岭派出所 假外孙 (Traditional with mojibake, "4月11日", no year)
docs.append(dict(doc_id="DB10", published=None, facts=[
    F("suspects_arrested", 1, "抓獲一名外地來(lái)青實(shí)施詐騙的嫌疑人", SD, "青岛市", "崂山区"),
], campaigns=[]))

# DB11 盐城 亭湖分局文峰派出所 / 盐南高新区分局黄海派出所 假孙子 (Traditional, "11月1日/7日", no year)
docs.append(dict(doc_id="DB11", published=None, facts=[
    F("money_recovered", 70000, "功保住老人轉賬的7萬余元", JS, "盐城市", q="at_least"),
], campaigns=[]))

# DB12 成都 青羊区公安分局苏坡桥派出所 假老板 48万 (新青羊 2018-11-02 11:07; "今年1月4日")
QY = ("成都市", "青羊区")
docs.append(dict(doc_id="DB12", published="2018-11-02", facts=[
    F("victim_loss", 480000, "瞬间被骗48万元", SC, *QY, "2018-01-04", "2018-01-04"),
    F("money_recovered", 480000, "老财务遇假老板“丢”48万 青羊民警几小时“捡”回来", SC, *QY),
], campaigns=[]))

# DB13 武汉警方 一周防骗提示 宝妈 刷单 (Traditional 长江网 2017-02-17 22:00:00; truncated)
docs.append(dict(doc_id="DB13", published="2017-02-17", facts=[
    F("victim_loss", 50000, "損失5萬余元", HB, "武汉市", q="at_least"),
], campaigns=[]))

# DB14 清远市反诈骗中心 涉老年人电诈 ("去年", "今年4月", "5月18日" without a year; truncated)
QYu = "清远市"
docs.append(dict(doc_id="DB14", published=None, facts=[
    F("cases_filed", 44, "去年全年仅有44宗涉老年人群体诈骗案件", GD, QYu),
    F("victim_loss", 218000, "最终共被诈骗约21.8万元", GD, QYu, q="approx"),
    F("victim_loss", 140000, "最终共损失14万余元", GD, QYu, q="at_least"),
], campaigns=[C(YL)]))

# DB15 济南市公安局 养老诈骗 专项行动 通报会 (大河网 copy of 中新网, 2022年07月21日01:46; "7月20日电")
docs.append(dict(doc_id="DB15", published="2022-07-21", facts=[
    F("cases_solved", 69, "共破获案件69起", SD, JN, camp=YL),
    F("gangs_busted", 6, "打掉团伙6个", SD, JN, camp=YL),
    F("money_recovered", 370000000, "追赃3.7亿元", SD, JN, camp=YL),
    F("cases_solved", 50, "连续破获代办养老诈骗系列案件50余起", SD, JN, q="at_least"),
    F("money_recovered", 8180000, "追赃挽损818万元", SD, JN),
], campaigns=[C(YL)]))

# DB16 兰州市公安局 养老诈骗 专项行动 (中国甘肃网 "9月15日讯", no year in the text)
LZ = "兰州市"
docs.append(dict(doc_id="DB16", published=None, facts=[
    F("cases_filed", 127, "共立涉养老诈骗刑事案件127起", GS, LZ, camp=YL),
    F("cases_solved", 83, "破获83起", GS, LZ, camp=YL),
    F("suspects_arrested", 89, "抓获犯罪嫌疑人89名", GS, LZ, camp=YL),
    F("money_frozen", 22296900, "冻结涉案资金2229.69万元", GS, LZ, camp=YL),
    F("dens_destroyed", 12, "捣毁12个诈骗窝点", GS, LZ, camp=YL),
    F("suspects_arrested", 100, "抓获、审查嫌疑人100余名", GS, LZ, q="at_least", camp=YL),
    F("cases_filed", 62, "62起现案已破56起", GS, LZ, camp=YL),
    F("cases_solved", 56, "已破56起", GS, LZ, camp=YL),
], campaigns=[C(YL), C("夏季治安打击整治百日行动")]))

# DB17 周口市公安机关 养老诈骗 专项行动 (Traditional with pinyin ruby, 周口日报; no date)
# checker: texts/DB17.txt saved again exactly as the search tool returns it (three queries, same excerpt): the tool has the ruby
# in "郁發(fā)順", "機關(guān)" (twice) and "發(fā)展", which the annotator's copy lacked (841 -> 861 characters). No evidence
# touches those places; every DB17 fact below is unchanged.
ZK = "周口市"
docs.append(dict(doc_id="DB17", published=None, facts=[
    F("cases_filed", 24, "共立案偵辦涉及養老詐騙案件24起", HA, ZK, camp=YL),
    F("cases_solved", 4, "破獲重大案件4起", HA, ZK, camp=YL),
    F("suspects_arrested", 67, "抓獲犯罪嫌疑人67人", HA, ZK, camp=YL),
    F("gangs_busted", 3, "打掉犯罪團伙3個(gè)", HA, ZK, camp=YL),
    F("money_frozen", 6880000, "追繳扣押凍結財產(chǎn)688萬(wàn)元", HA, ZK, camp=YL),
], campaigns=[C(YL)]))

# DB18 广州市公安局反电信诈骗中心 冒充论文导师 (Traditional, "23日" only)
docs.append(dict(doc_id="DB18", published=None, facts=[
    F("victim_loss", 10000, "被騙1萬多元", GD, "广州市", q="at_least"),
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
