"""Hand-made gold for realfiftyfour (BD01-BD20; written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

HA = "河南省"; YN = "云南省"; FJ = "福建省"; XJ = "新疆维吾尔自治区"; ZJ = "浙江省"; SN = "陕西省"
GD = "广东省"; HB = "湖北省"; SH = "上海市"; JS = "江苏省"; SC = "四川省"; SD = "山东省"

docs = []

# BD01 鹤壁 民族资产解冻类诈骗 + 公安部 national figures (Traditional 河南商报 copy; "8月8日上午", no year)
# checker: texts/BD01.txt re-saved exactly as the search tool returns it (the tool has no 以 before “打詐騙、抓逃犯、保大慶”);
#          no evidence below touches that phrase, so no fact changes.
docs.append(dict(doc_id="BD01", published=None, facts=[
    F("suspects_arrested", 29, "該案抓獲犯罪嫌疑人29人", HA, "鹤壁市"),
    F("money_frozen", 24000000, "凍結涉案資金2400萬元", HA, "鹤壁市"),
    F("gangs_busted", 284, "共打掉各類民族資產解凍類詐騙犯罪團伙284個", None),
    F("suspects_arrested", 3589, "抓獲犯罪嫌疑人3589人", None),
    F("money_frozen", 623000000, "凍結扣押涉案資金6.23億元", None),
], campaigns=[C("云剑")]))

# BD02 楚雄 双柏县公安局 紧急止付前置 (中外法制网, "2021-05-30 09:09"; incident "5月25日")
SB = ("2021-05-25", "2021-05-25")
docs.append(dict(doc_id="BD02", published="2021-05-30", facts=[
    F("money_frozen", 20000, "成功将该笔2万元被骗资金止付冻结", YN, "楚雄彝族自治州", "双柏县", *SB),
], campaigns=[]))

# BD03 厦门 海沧分局 冒充"国家扶贫创业" (福建法治报 "2025-09-30 15:09:34"; "8月26日" + "连续三日")
docs.append(dict(doc_id="BD03", published="2025-09-30", facts=[
    F("money_recovered", 430000, "为群众全额挽回经济损失43万余元", FJ, "厦门市", "海沧区", q="at_least"),
    F("victim_loss", 40700, "张某还向对方支付了40700元“中介费”", FJ, "厦门市", "海沧区"),
], campaigns=[]))

# BD04 克拉玛依 独山子区分局 虚假征信 劝阻 (no page date; "今年以来" without a year)
docs.append(dict(doc_id="BD04", published=None, facts=[
    F("money_recovered", 400000, "帮助群众挽回损失40余万元", XJ, "克拉玛依市", "独山子区", q="at_least"),
], campaigns=[]))

# BD05 福州 晋安分局局长 访谈 (人民网 via 晋安新闻网, "2025-11-28 09:35:55")
docs.append(dict(doc_id="BD05", published="2025-11-28", facts=[
    F("victim_loss", 25000, "最终导致受害人损失2.5万余元", FJ, "福州市", "晋安区", q="at_least"),
], campaigns=[]))

# BD06 杭州 萧山区公安分局 公司财务 85.6万 冻结 (杭州网; "6月5日", no year in the text)
docs.append(dict(doc_id="BD06", published=None, facts=[
    F("victim_loss", 856000, "通过网银转账85.6万元", ZJ, "杭州市", "萧山区"),
    F("money_frozen", 856000, "成功对涉案账户进行了冻结,85.6万元未被犯罪分子取走", ZJ, "杭州市", "萧山区"),
], campaigns=[]))

# BD07 西安 浐灞分局 冒充老板 298万 止付 (no page date; "2023年8月29日14时30分许")
CB = ("2023-08-29", "2023-08-29")
docs.append(dict(doc_id="BD07", published=None, facts=[
    F("victim_loss", 2980000, "致使其向对方转账298万元", SN, "西安市", None, *CB),
    F("money_stopped", 2980000, "已经将298万元汇款一分不差全部成功止付", SN, "西安市", None, *CB),
], campaigns=[]))

# BD08 梅州 梅县区公安分局 冒充老板 98万 止付 (网易号 最客家; "7月5日", no year)
docs.append(dict(doc_id="BD08", published=None, facts=[
    F("victim_loss", 980000, "被骗98万元", GD, "梅州市", "梅县区"),
    F("money_stopped", 980000, "成功止付被骗资金98万元", GD, "梅州市", "梅县区"),
], campaigns=[]))

# BD09 深圳 宝安分局 鹤洲派出所 冒充领导 (读创 "07-08 11:10", no year; truncated)
docs.append(dict(doc_id="BD09", published=None, facts=[
    F("money_recovered", 890000, "帮助其公司挽回89万元的大额损失", GD, "深圳市", "宝安区"),
], campaigns=[]))

# BD10 深圳 福田 公司财务 283万 (Traditional mirror of 澎湃; "2月18日", "2月14日", no year)
docs.append(dict(doc_id="BD10", published=None, facts=[
    F("victim_loss", 2830000, "后被騙283萬元", GD, "深圳市", "福田区"),
    F("money_stopped", 2830000, "及時對鄭女士被騙的283余萬元成功進行了全額緊急止付", GD, "深圳市", q="at_least"),
], campaigns=[]))

# BD11 黄石 大冶市公安局 假老板 132万 (楚天都市报 e-paper "2023年01月10日")
docs.append(dict(doc_id="BD11", published="2023-01-10", facts=[
    F("money_recovered", 1320000, "成功为大冶一公司挽回被骗经济损失132万元", HB, "黄石市", "大冶市", "2023-01-05", "2023-01-05"),
    F("victim_loss", 1320000, "立即向对方提供的账户转账132万元", HB, "黄石市", "大冶市", "2022-12-29", "2022-12-29"),
], campaigns=[]))

# BD12 公安部 保健品诈骗 发布会 (北京青年报 copy, "发布日期:2018-12-21"; "今年以来")
P18 = ("2018-01-01", "2018-12-21")
docs.append(dict(doc_id="BD12", published="2018-12-21", facts=[
    F("cases_solved", 3000, "共破获针对老年人的保健品诈骗类案件3000余起", None, None, None, *P18, q="at_least"),
    F("suspects_arrested", 1900, "抓获犯罪嫌疑人1900余人", None, None, None, *P18, q="at_least"),
    F("money_recovered", 140000000, "追赃挽损1.4亿余元", None, None, None, *P18, q="at_least"),
], campaigns=[]))

# BD13 上海 虹口分局 北外滩派出所 保健品诈骗团伙 (no page date; "4月13日", no year)
docs.append(dict(doc_id="BD13", published=None, facts=[
    F("suspects_arrested", 13, "抓获犯罪嫌疑人13名", SH, SH, "虹口区"),
    F("money_involved", 1000000, "查证涉案金额高达100万余元", SH, SH, "虹口区", q="at_least"),
    F("victim_loss", 70000, "称自己被人诈骗了7万元", SH, SH, "虹口区"),
], campaigns=[]))

# BD14 南京 江宁公安分局 "老来俏" 保健品诈骗 (江宁区政府 典型案例 page, no page date; "2022年6月…于7月")
J7 = ("2022-07-01", "2022-07-31")
docs.append(dict(doc_id="BD14", published=None, facts=[
    F("gangs_busted", 3, "于7月对以老年人为诈骗对象的三个犯罪团伙开展集中收网行动", JS, "南京市", "江宁区", *J7),
    F("dens_destroyed", 3, "成功捣毁上述三个诈骗窝点", JS, "南京市", "江宁区", *J7),
    F("suspects_arrested", 57, "57名犯罪嫌疑人全部悉数落网", JS, "南京市", "江宁区", *J7),
    F("money_involved", 20000000, "涉案金额2000余万元", JS, "南京市", "江宁区", q="at_least"),
], campaigns=[]))

# BD15 攀枝花市公安局 食药环支队 "1元秒杀" 保健品诈骗 (川观新闻 "2025-05-19 19:31"; truncated)
docs.append(dict(doc_id="BD15", published="2025-05-19", facts=[
    F("suspects_arrested", 31, "抓获犯罪嫌疑人31名", SC, "攀枝花市"),
    F("money_involved", 5000000, "涉案金额超500万元", SC, "攀枝花市", q="at_least"),
], campaigns=[]))

# BD16 公安部 中柬 "拔钉" 9名幕后组织者 (中新社 "1月11日电", no year; second item 武汉机场 is not fraud)
BD = "拔钉"
docs.append(dict(doc_id="BD16", published=None, facts=[
    F("suspects_arrested", 9, "成功抓获9名电信网络诈骗犯罪集团幕后组织者", None, camp=BD),
    F("money_involved", 100000000, "查明涉案金额上亿元(人民币,下同)", None, q="at_least", camp=BD),
    F("suspects_arrested", 24, "目前已成功到案24名犯罪嫌疑人", None, camp=BD),
    F("suspects_arrested", 240, "已成功到案240余名缉捕对象", None, q="at_least", camp=BD),
], campaigns=[C(BD, start="2022-06")]))

# BD17 温州 乐清 柳市公安分局 网吧抓捕 (乐清日报; "2017年11月1日" + "今年1月24日")
docs.append(dict(doc_id="BD17", published=None, facts=[
    F("victim_loss", 5001, "称自己在YY平台上被骗走5001元", ZJ, "温州市", "乐清市", "2017-11-01", "2017-11-01"),
], campaigns=[]))

# BD18 惠州 惠阳 学生网课被骗 (ttnews copy; "2月25日/2月20日/3月31日", no year)
docs.append(dict(doc_id="BD18", published=None, facts=[
    F("victim_loss", 190000, "导致橙橙累计被骗19万元人民币", GD, "惠州市", "惠阳区"),
    F("victim_loss", 60000, "先后向对方转账近6万元", GD, "惠州市", "惠阳区", q="approx"),
], campaigns=[]))

# BD19 浙江省公安厅 政协重点提案座谈会 (浙江在线 "2014年10月21日"; "去年" = 2013, "2011年以来")
P11 = ("2011-01-01", "2014-10-21")
docs.append(dict(doc_id="BD19", published="2014-10-21", facts=[
    F("cases_filed", 40700, "去年共受理了通讯网络诈骗案件4.07万起", ZJ, None, None, "2013-01-01", "2013-12-31"),
    F("cases_solved", 29000, "2011年以来共破获刑事案件2.9万多起", ZJ, None, None, *P11, q="at_least"),
    F("suspects_arrested", 3764, "抓获犯罪嫌疑人3764名", ZJ, None, None, *P11),
    F("gangs_busted", 498, "摧毁犯罪团伙498个", ZJ, None, None, *P11),
], campaigns=[]))

# BD20 临沂 郯城县 小学生换装游戏被骗 (法治日报 via 警视在线, "时间:2025/1/15 12:21:46")
docs.append(dict(doc_id="BD20", published="2025-01-15", facts=[
    F("victim_loss", 10000, "银行卡已经消费了1万多元", SD, "临沂市", "郯城县", q="at_least"),
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
