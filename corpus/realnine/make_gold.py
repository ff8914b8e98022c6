"""Hand-made gold for staging/realnine (written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

ZJ = "浙江省"; SH = "上海市"; BJ = "北京市"; YN = "云南省"; HA = "河南省"; HN = "湖南省"; JS = "江苏省"
FJ = "福建省"; GX = "广西壮族自治区"; SC = "四川省"; HB = "湖北省"

docs = []

# Z01 浙江省 2018 1-11月 (央广网 转浙江日报, stamp 2018-12-06)
P01 = ("2018-01-01", "2018-11-30")
docs.append(dict(doc_id="Z01", published="2018-12-06", facts=[
    F("cases_solved", 33000, "全省共破获通讯网络新型违法犯罪案件3.3万余起", ZJ, None, None, *P01, q="at_least"),
    F("suspects_detained", 11000, "刑拘犯罪嫌疑人1.1万余名", ZJ, None, None, *P01, q="at_least"),
    F("people_dissuaded", 253000, "劝阻疑似被骗群众25.3万余人次", ZJ, None, None, *P01, q="at_least"),
    F("money_recovered", 64147000, "避免经济损失6414.7万元", ZJ, None, None, *P01),
], campaigns=[C("净网2018")]))

# Z02 温州 '11·28' 微信招嫖诈骗系列案 (西江都市报 2019-03-01, 新华社杭州2月28日电)
WZ = "温州市"; C1128 = "11·28"
docs.append(dict(doc_id="Z02", published="2019-03-01", facts=[
    F("money_involved", 5000000, "涉案金额高达500余万元", ZJ, WZ, q="at_least", camp=C1128),
    F("victim_loss", 6000, "徐先生多次转账共6000多元", ZJ, WZ, q="at_least", camp=C1128),
    F("suspects_arrested", 58, "在儋州那大镇等地抓获58人", ZJ, WZ, None, "2019-02-01", "2019-02-28", camp=C1128),
], campaigns=[C(C1128, kind="case")]))

# Z03 上海 (900字范文 mirror of 央广网 '上海12月27日消息'; site stamp 2020-05-24, story is a year-end report)
docs.append(dict(doc_id="Z03", published="2020-05-24", facts=[
    F("money_recovered", 2630000, "返还263万余元被骗款", SH, SH, q="at_least"),
    F("cases_solved", 11000, "共破获电信网络诈骗案件1.1万余起", SH, SH, q="at_least"),
    F("suspects_arrested", 6500, "抓获犯罪嫌疑人6500余名", SH, SH, q="at_least"),
    F("money_recovered", 83000000, "已先后将8300万元被骗资金返还给市民群众", SH, SH),
    F("accounts_frozen", 8000, "共查冻涉案银行账户8000余个", SH, SH, q="at_least"),
    F("money_recovered", 338000000, "直接挽回涉案资金3.38亿元", SH, SH),
    F("people_dissuaded", 50000, "全市民警共上门见面劝阻5万余人次", SH, SH, q="at_least"),
], campaigns=[]))

# Z04 上海 专项会战 (Traditional, porn header, 中国西藏网 mirror of 中新网, 2020-08-26)
HZ = "打高发、铲平台、斩链条"
docs.append(dict(doc_id="Z04", published="2020-08-26", facts=[
    F("money_recovered", 244000000, "直接挽回民眾財產損失2.44億元", SH, SH, None, "2020-05-01", "2020-08-26", camp=HZ),
], campaigns=[C(HZ, start="2020-05")]))

# Z05 北京 2018 (北京政法网 2019-01-25)
P05 = ("2018-01-01", "2018-12-31")
docs.append(dict(doc_id="Z05", published="2019-01-25", facts=[
    F("cases_solved", 10000, "破获本市及全国案件近1万起", BJ, BJ, None, *P05, q="approx"),
    F("suspects_arrested", 2000, "抓获犯罪嫌疑人2000余名", BJ, BJ, None, *P05, q="at_least"),
    F("money_frozen", 2100000000, "冻结涉案资金21亿余元", BJ, BJ, None, *P05, q="at_least"),
    F("victim_loss", 50000, "骗取许大妈将5万元", BJ, BJ, "东城区"),
    F("gangs_busted", 30, "先后打掉犯罪团伙30余个", BJ, BJ, q="at_least"),
    F("suspects_arrested", 1000, "抓获犯罪嫌疑人1000余人", BJ, BJ, q="at_least"),
], campaigns=[]))

# Z06 北京 刑侦总队 (yybnet 转咸阳日报 2017-04-07)
docs.append(dict(doc_id="Z06", published="2017-04-07", facts=[
    F("dens_destroyed", 2, "连续打掉2个电信网络诈骗犯罪窝点", BJ, BJ),
    F("suspects_arrested", 81, "共抓获犯罪嫌疑人81名", BJ, BJ),
    F("gangs_busted", 3, "打掉3个为诈骗团伙提供短信平台服务的电信网络诈骗产业链犯罪团伙", BJ, BJ),
    F("suspects_arrested", 25, "先后抓获犯罪嫌疑人25名", BJ, BJ),
    F("suspects_arrested", 39, "当场抓获以乔某为首的犯罪团伙成员39人", BJ, BJ, None, "2017-02-16", "2017-02-16"),
], campaigns=[C("2017平安行动")]))

# Z07 北京 查控中心 2016 (nanfei8 mirror of 北京晨报, no date in text)
docs.append(dict(doc_id="Z07", published=None, facts=[
    F("accounts_frozen", 740000, "查控中心冻结涉案银行账号74万余个", BJ, BJ, None, "2016-01-01", "2016-12-31", q="at_least"),
], campaigns=[]))

# Z08 云南省 冒充公检法 跨国案 (Traditional, big5.cri.cn 转人民日报 '本報北京4月19日電', no year)
docs.append(dict(doc_id="Z08", published=None, facts=[
    F("suspects_arrested", 30, "抓獲犯罪嫌疑人30名", YN),
    F("money_frozen", 11000000, "凍結涉案資金1100余萬元", YN, q="at_least"),
    F("money_frozen", 1000000, "扣押贓物價值100余萬元", YN, q="at_least"),
    F("victim_loss", 6440000, "被騙金額高達644萬元", YN, "玉溪市", "通海县"),
    F("accounts_frozen", 100, "凍結可疑資金賬戶近百個", YN, q="approx"),
    F("suspects_arrested", 8, "唐某某等8名主要犯罪嫌疑人悉數抓獲", YN),
], campaigns=[]))

# Z09 河南省 2022 今年以来 (bjtitle 转中国新闻网 2022-12-19)
P09 = ("2022-01-01", "2022-12-19")
docs.append(dict(doc_id="Z09", published="2022-12-19", facts=[
    F("cases_solved", 16000, "先后破获电信网络诈骗犯罪案件1.6万余起", HA, None, None, *P09, q="at_least"),
    F("people_dissuaded", 19600000, "开展预警劝阻1960余万人次", HA, None, None, *P09, q="at_least"),
], campaigns=[C("云剑"), C("断流"), C("断卡行动")]))

# Z10 湖南省 省政府新闻办发布会 (hnpfw, no date, '今年以来')
docs.append(dict(doc_id="Z10", published=None, facts=[
    F("cases_solved", 6480, "全省共破获电信网络诈骗案件6480起", HN),
    F("suspects_arrested", 6692, "抓获犯罪嫌疑人6692名", HN),
    F("money_recovered", 470000000, "避免群众遭受损失4.7亿元", HN),
], campaigns=[]))

# Z11 湖南省 人大发布会 (spam rewrite, stamp 2026-03-01; '去年' = 2025)
P11 = ("2025-01-01", "2025-12-31")
docs.append(dict(doc_id="Z11", published="2026-03-01", facts=[
    F("cases_solved", 12900, "整年侦破电诈案件1.29万起", HN, None, None, *P11),
    F("money_recovered", 494000000, "追赃挽损4.94亿元", HN, None, None, *P11),
    F("money_recovered", 591000000, "阻止损失5.91亿元", HN),
], campaigns=[C("断卡行动")]))

# Z12 江苏省 百日行动 (3news 转中国新闻网, 发布时间 2023-10-25)
BR = "百日行动"; P12 = ("2023-06-08", "2023-10-25")
docs.append(dict(doc_id="Z12", published="2023-10-25", facts=[
    F("cases_solved", 26000, "该省共破获电信网络诈骗案件2.6万起", JS, None, None, *P12, camp=BR),
    F("suspects_arrested", 37000, "抓获嫌疑人3.7万名", JS, None, None, *P12, camp=BR),
    F("suspects_arrested", 490, "490名回流人员已全部抓捕到案", JS, None, None, *P12, camp=BR),
], campaigns=[C(BR, start="2023-06-08"), C("拔钉"), C("清源"), C("斩链")]))

# Z13 宁德 东侨公安分局 返还 (东南网 转闽东日报 2020-09-24)
ND = "宁德市"; C565 = "2015.6.5"
docs.append(dict(doc_id="Z13", published="2020-09-24", facts=[
    F("money_recovered", 110000, "返还10名受害人共计11万元", FJ, ND),
    F("victim_loss", 20000, "导致被诈骗近2万元", FJ, ND, q="approx"),
    F("money_recovered", 677000, "受害人赃款 67.7万元", FJ, ND, camp=C565),
], campaigns=[C(C565, kind="case", start="2015-06-05")]))

# Z14 广西 疫情期间 (三元新闻网 转新华网 2020-04-24)
docs.append(dict(doc_id="Z14", published="2020-04-24", facts=[
    F("cases_solved", 542, "共破获电信网络诈骗犯罪案件542起", GX),
    F("suspects_arrested", 941, "抓获犯罪嫌疑人941人", GX),
    F("cases_solved", 280, "其中涉疫诈骗案件280余起", GX, q="at_least"),
    F("suspects_arrested", 195, "抓获犯罪嫌疑人195人", GX),
    F("money_frozen", 10000000, "查获赃款赃物价值1000余万元", GX, q="at_least"),
    F("money_recovered", 161000000, "避免群众损失1.61亿余元", GX, q="at_least"),
], campaigns=[]))

# Z15 四川省 2018 (yybnet 绵阳 '昨(21)日', no month or year; '去年' = 2018 by the text)
P15 = ("2018-01-01", "2018-12-31"); MY = "绵阳市"; FC = "涪城区"
docs.append(dict(doc_id="Z15", published=None, facts=[
    F("cases_solved", 3108, "共破获电信网络诈骗案件3108起", SC, None, None, *P15),
    F("suspects_detained", 2462, "刑拘犯罪嫌疑人2462名", SC, None, None, *P15),
    F("cases_solved", 16, "侦破公安部挂牌督办案件16起", SC, None, None, *P15),
    F("cases_solved", 37, "省公安厅挂牌督办案件37起", SC, None, None, *P15),
    F("money_stopped", 600000000, "止付涉案资金6亿元", SC),
    F("victim_loss", 2000000, "向陌生账户转账200余万元", SC, MY, FC, "2018-04-19", "2018-04-19", q="at_least"),
    F("suspects_arrested", 21, "一举抓获犯罪嫌疑人21名", SC, MY, FC),
    F("money_involved", 7000000, "涉案金额700余万元", SC, MY, FC, q="at_least"),
], campaigns=[]))

# Z16 四川省 2023 (Traditional, blue-maple mirror of 华西都市报 2024-01-09)
P16 = ("2023-01-01", "2023-12-31")
docs.append(dict(doc_id="Z16", published="2024-01-09", facts=[
    F("cases_solved", 8163, "破獲案件8163起", SC, None, None, *P16),
    F("suspects_arrested", 18000, "抓獲犯罪嫌疑人1.8萬(wàn)余人", SC, None, None, *P16, q="at_least"),
    F("money_recovered", 300000000, "為群眾挽回?fù)p失3億余元", SC, None, None, *P16, q="at_least"),
    F("money_frozen", 4755000000, "凍結(jié)涉詐資金47.55億元", SC),
    F("money_recovered", 600000000, "避免經(jīng)濟(jì)損失6億元", SC),
], campaigns=[C("断卡行动"), C("断流"), C("百县破案会战"), C("拔钉"), C("利剑")]))

# Z17 广元 发还仪式 (Traditional, 人民网四川 mirror 2021-10-12)
GY = "广元市"; D17 = ("2021-10-11", "2021-10-11")
docs.append(dict(doc_id="Z17", published="2021-10-12", facts=[
    F("money_recovered", 720000, "集中發(fā)還了72萬(wàn)元追回資金", SC, GY, None, *D17),
    F("money_recovered", 280000, "為我追回了28萬(wàn)元被騙資金", SC, GY, None, *D17),
    F("cases_filed", 2100, "廣元電詐案件發(fā)案2100余件", SC, GY, None, "2021-01-01", "2021-10-12", q="at_least"),
    F("suspects_arrested", 650, "抓獲犯罪嫌疑人650余人", SC, GY, q="at_least"),
    F("gangs_busted", 29, "打掉“兩卡”團(tuán)伙29個(gè)", SC, GY),
    F("cards_seized", 5000, "收繳“兩卡”5000余張", SC, GY, q="at_least"),
    F("money_frozen", 290000000, "凍結(jié)止付2.9億元", SC, GY),
], campaigns=[C("净网"), C("护网"), C("四断")]))

# Z18 武汉 返还仪式 2023 (湖北日报 mirror 2023-09-25)
WH = "武汉市"
docs.append(dict(doc_id="Z18", published="2023-09-25", facts=[
    F("money_recovered", 38000000, "共向群众返还被骗资金3800余万元", HB, WH, None, "2023-09-21", "2023-09-21", q="at_least"),
    F("money_recovered", 62000000, "已累计向群众返还被骗资金6200余万元", HB, WH, None, "2023-01-01", "2023-09-25", q="at_least"),
    F("cases_solved", 3980, "全市共破案3980起", HB, WH),
    F("suspects_detained", 6710, "刑拘6710人", HB, WH),
    F("gangs_busted", 278, "打掉电诈团伙278个", HB, WH),
], campaigns=[]))

# Z19 武汉 返还仪式 (Traditional, 荆楚网 mirror, '5月20日' no year)
docs.append(dict(doc_id="Z19", published=None, facts=[
    F("money_recovered", 11630000, "返還被騙資金1163萬余元", HB, WH, q="at_least"),
    F("money_recovered", 1120000, "領回公司被騙的112萬余元資金", HB, WH, q="at_least"),
], campaigns=[C("全民反诈在行动")]))

# Z20 孝感 孝南分局 (中国网湖北, '10月10日' no year)
docs.append(dict(doc_id="Z20", published=None, facts=[
    F("suspects_arrested", 6, "抓获6名嫌疑人", HB, "孝感市", "孝南区"),
    F("money_recovered", 1700000, "陆续帮受害人追回钱款170余万元", HB, "孝感市", "孝南区", q="at_least"),
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
