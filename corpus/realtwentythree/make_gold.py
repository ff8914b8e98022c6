"""Hand-made gold for staging/realtwentythree (written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

SX = "山西省"; NM = "内蒙古自治区"; YN = "云南省"; GD = "广东省"; CQ = "重庆市"; JL = "吉林省"
HN = "湖南省"; XJ = "新疆维吾尔自治区"; FJ = "福建省"; SD = "山东省"; GS = "甘肃省"

docs = []

# I01 忻州市 (government site, no page date; "2019年以来" opens the text, "今年1月1日至7月31日")
XZ = "忻州市"
P01 = ("2019-01-01", "2019-07-31")
docs.append(dict(doc_id="I01", published=None, facts=[
    F("cases_solved", 329, "全市破获网络电信诈骗案件329起", SX, XZ, None, *P01),
    F("suspects_arrested", 101, "抓获网络电信诈骗嫌疑人101人", SX, XZ, None, *P01),
    F("suspects_arrested", 2, "其中两名省督逃犯全部抓获", SX, XZ, None, *P01),
    F("money_stopped", 2890000, "止付资金289万元", SX, XZ),
    F("accounts_frozen", 53, "冻结银行卡53张", SX, XZ),
    F("money_frozen", 9400000, "冻结资金940万元", SX, XZ),
    F("money_frozen", 190000, "扣押现金19万元", SX, XZ),
    F("cards_seized", 362, "作案银行卡362张", SX, XZ),
    F("money_recovered", 1080000, "为我市受骗群众挽回经济损失108万元", SX, XZ),
    F("money_recovered", 700000, "为外地被骗群众挽损70万元", SX, XZ),
    F("money_recovered", 288200, "目前冻结资金已返还28.82万元", SX, XZ),
], campaigns=[C("全省打击治理电信网络新型违法犯罪百日集中会战", start="2019-01", end="2019-04")]))

# I02 忻州 河曲县 (国家应急广播网, stamp 2019-05-28)
docs.append(dict(doc_id="I02", published="2019-05-28", facts=[
    F("suspects_arrested", 6, "抓获6名犯罪嫌疑人", SX, XZ, "河曲县"),
    F("cases_solved", 100, "初步破获该团伙涉案的系列电信诈骗案件100余起", SX, XZ, "河曲县", q="at_least"),
    F("suspects_detained", 6, "6名犯罪嫌疑人已被警方依法刑事拘留", SX, XZ, "河曲县"),
], campaigns=[]))

# I03 呼伦贝尔 (中新网内蒙古 2023-03-27; a mobile-operator story with a police result)
docs.append(dict(doc_id="I03", published="2023-03-27", facts=[
    F("suspects_arrested", 3, "成功抓获犯罪嫌疑人3名", NM, "呼伦贝尔市"),
    F("cards_seized", 14, "卡号14张", NM, "呼伦贝尔市"),
], campaigns=[]))

# I04 昆明 "清源" (浙江在线 mirror of 中新网, 2018-06-25)
KM = "昆明市"
docs.append(dict(doc_id="I04", published="2018-06-25", facts=[
    F("suspects_arrested", 13, "抓获13名犯罪嫌疑人", YN, KM, camp="清源"),
    F("money_involved", 1000000, "涉案金额100余万元", YN, KM, q="at_least", camp="清源"),
], campaigns=[C("清源")]))

# I05 大理州 / 宾川 "2.18" (云南长安网 2021-04-22)
DL = "大理白族自治州"
docs.append(dict(doc_id="I05", published="2021-04-22", facts=[
    F("suspects_arrested", 87, "抓获犯罪嫌疑人87名", YN, DL, None, "2021-01-01", "2021-03-31"),
    F("victim_loss", 710000, "被害人缪女士被骗资金多达71万元", YN, DL, "宾川县", "2021-02-18", "2021-02-18", camp="2.18"),
    F("suspects_arrested", 5, "抓获的5名涉嫌诈骗违法犯罪嫌疑人", YN, DL, "宾川县", camp="2.18"),
], campaigns=[C("2.18", kind="case", start="2021-02")]))

# I06 潮州 (潮州日报 copy with the numbers stripped; no date)
docs.append(dict(doc_id="I06", published=None, facts=[
    F("money_frozen", 420000, "最终冻结被骗资金42万余元人民币", GD, "潮州市", q="at_least"),
], campaigns=[]))

# I07 重庆 沙坪坝 净网2019 (中乡网 mirror of 重庆晨报, 2019-12-20)
JW = "净网2019"
docs.append(dict(doc_id="I07", published="2019-12-20", facts=[
    F("cases_solved", 3128, "侦破网络诈骗类案件3128起", CQ, CQ, "沙坪坝区", camp=JW),
    F("suspects_arrested", 293, "抓获犯罪嫌人293名", CQ, CQ, "沙坪坝区", camp=JW),
    F("money_involved", 90000000, "涉案金额9000余万元", CQ, CQ, "沙坪坝区", q="at_least", camp=JW),
    F("money_frozen", 40000000, "冻结资金4000余万元", CQ, CQ, "沙坪坝区", q="at_least", camp=JW),
    F("money_recovered", 5000000, "返还受害人受骗金额500余万元", CQ, CQ, "沙坪坝区", q="at_least", camp=JW),
    F("suspects_arrested", 69, "抓获69名犯罪嫌疑人", CQ, CQ, "沙坪坝区", camp=JW),
], campaigns=[C(JW)]))

# I08 白城 经开分局 (Traditional forum copy with pinyin-code garbage; no year)
docs.append(dict(doc_id="I08", published=None, facts=[
    F("suspects_arrested", 2, "抓獲兩名涉嫌利用偽基站從事電信詐騙的犯罪嫌疑人", JL, "白城市"),
    F("suspects_detained", 2, "兩名犯罪嫌疑人已被刑事拘留", JL, "白城市"),
], campaigns=[]))

# I09 长沙 (Traditional community-site copy; no date, "今年前四個月")
CS = "长沙市"
docs.append(dict(doc_id="I09", published=None, facts=[
    F("suspects_detained", 320, "成功刑拘電信網(wǎng)絡(luò)詐騙犯罪嫌疑人320人", HN, CS),
    F("money_frozen", 5000000, "扣押涉案資金500余萬元", HN, CS, q="at_least"),
    F("money_recovered", 1000000, "這才成功止住了100多萬元", HN, CS, q="at_least"),
], campaigns=[]))

# I10 乌鲁木齐 (spam mirror of 新浪, stamp 2022-07-08; "1月31日…2018年1月至今")
docs.append(dict(doc_id="I10", published="2022-07-08", facts=[
    F("accounts_frozen", 3599, "止付、冻结银行卡3599余张", XJ, "乌鲁木齐市", None, "2018-01-01", "2019-01-31", q="at_least"),
    F("money_stopped", 23900000, "其中止付的最大一笔涉案款达2390万元", XJ, "乌鲁木齐市"),
], campaigns=[]))

# I11 呼和浩特 (Traditional 北疆新闻 copy; "1日", "今年10月份", no year)
docs.append(dict(doc_id="I11", published=None, facts=[
    F("people_dissuaded", 139, "成功勸阻139位市民免遭電信詐騙", NM, "呼和浩特市"),
    F("money_recovered", 9313000, "預(yù)計為群眾挽回損失931.3萬元", NM, "呼和浩特市", q="approx"),
], campaigns=[]))

# I12 宁德 福安市 (no date)
docs.append(dict(doc_id="I12", published=None, facts=[
    F("suspects_arrested", 4, "抓获涉卡人员王某某等4人", FJ, "宁德市", "福安市"),
    F("suspects_arrested", 11, "成功抓获11名犯罪嫌疑人", FJ, "宁德市", "福安市"),
], campaigns=[]))

# I13 长治 武乡县 "6·24" (no date, no year)
C624 = "6·24"
docs.append(dict(doc_id="I13", published=None, facts=[
    F("suspects_arrested", 6, "将涉嫌电信诈骗犯罪的6名犯罪嫌疑人一举抓获", SX, "长治市", "武乡县", camp=C624),
    F("victim_loss", 526240, "受害人被骗52.624万", SX, "长治市", "武乡县", camp=C624),
], campaigns=[C(C624, kind="case")]))

# I14 晋中 昔阳县 (forum copy of 晋中公安; no date)
docs.append(dict(doc_id="I14", published=None, facts=[
    F("cases_solved", 5, "连续破获5起电信诈骗类案件", SX, "晋中市", "昔阳县"),
    F("suspects_arrested", 7, "抓获犯罪嫌疑人7人", SX, "晋中市", "昔阳县"),
    F("money_involved", 100000, "涉案价值达10余万元", SX, "晋中市", "昔阳县", q="at_least"),
], campaigns=[C("平安晋中一号"), C("首季攻势")]))

# I15 东营 开发区分局 (Traditional zh-mo mirror of 齐鲁晚报; no date)
docs.append(dict(doc_id="I15", published=None, facts=[
    F("suspects_arrested", 6, "一舉抓獲正在實施電信網絡詐騙行為的犯罪嫌疑人黃某紅、李某、喬某、崔某、謝某、李某等6人", SD, "东营市"),
    F("victim_loss", 347000, "被騙了大約34.7萬多元", SD, "东营市", q="approx"),
], campaigns=[]))

# I16 武威 凉州分局 (甘肃政法网, no stamp in the copy; 2025 review)
WW = "武威市"; LZ = "凉州区"
docs.append(dict(doc_id="I16", published=None, facts=[
    F("money_stopped", 74000, "成功拦截涉诈资金7.4万余元", GS, WW, LZ, q="at_least"),
    # second reader: the victim's own counterfactual quote "我的1.8万元养老钱就被骗走了" is not a fact (realtwentyone C15)
], campaigns=[]))

# I17 兰州 七里河分局 (凤凰网甘肃 copy of 观澜新闻; "11月26日", no year)
docs.append(dict(doc_id="I17", published=None, facts=[
    F("money_recovered", 70000, "追回被骗资金7万元", GS, "兰州市", "七里河区"),
], campaigns=[]))

# I18 娄底 钢城分局 (娄底广播电视报 e-paper 2026-02-12)
docs.append(dict(doc_id="I18", published="2026-02-12", facts=[
    F("suspects_arrested", 10, "抓获犯罪嫌疑人10名", HN, "娄底市", None, "2026-02-05", "2026-02-05"),
], campaigns=[C("冬春集打"), C("斩链")]))

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
