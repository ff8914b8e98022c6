"""Hand-made gold for realnineteen (written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

LN = "辽宁省"; SC = "四川省"; NM = "内蒙古自治区"; JL = "吉林省"; YN = "云南省"; CQ = "重庆市"
HA = "河南省"; SD = "山东省"; SX = "山西省"; TJ = "天津市"; HB = "湖北省"; GS = "甘肃省"; FJ = "福建省"
DK = "断卡行动"

docs = []

# N01 鞍山 婚恋交友 电诈案 (Traditional mirror of 中新网 with 海口网 footer; '11月29日電', case from '2016年2月' -> 2016)
AS = "鞍山市"
docs.append(dict(doc_id="N01", published="2016-11-29", facts=[
    F("suspects_arrested", 500, "抓獲500余名涉案嫌犯", LN, AS, q="at_least"),
    F("dens_destroyed", 30, "其窩點(diǎn)超過30處", LN, AS, q="at_least"),
    F("cards_seized", 1000, "已扣押千余張銀行卡", LN, AS, q="at_least"),
    F("money_involved", 10000000, "涉案金額超過千萬元人民幣", LN, AS, q="at_least"),
], campaigns=[]))

# N02 攀枝花 盐边县 (Traditional government page, 發布時間 2022-04-22; '截至目前' -> no period)
PZH = "攀枝花市"
docs.append(dict(doc_id="N02", published="2022-04-22", facts=[
    F("people_dissuaded", 60, "成功勸阻轄區群眾60余人", SC, PZH, "盐边县", q="at_least"),
    F("money_stopped", 18000000, "止付被騙資金1800余萬元", SC, PZH, "盐边县", q="at_least"),
    F("money_recovered", 3600000, "依法返還群眾被騙資金360萬元", SC, PZH, "盐边县"),
], campaigns=[C(DK)]))

# N03 包头 昆都仑区 断卡 (Traditional spam mirror '伯樂匯'; '包頭10月4日電' + '2021年9月30日' -> 2021-10-04)
docs.append(dict(doc_id="N03", published="2021-10-04", facts=[
    F("suspects_arrested", 2, "抓獲犯罪嫌疑人2名", NM, "包头市", "昆都仑区", camp=DK),
    F("money_involved", 2170000, "涉案資金達217萬(wàn)元", NM, "包头市", "昆都仑区", camp=DK),
], campaigns=[C(DK)]))

# N04 长春 刑警支队 跑分/帮信团伙 (Traditional, '1月13日' no year)
CC = "长春市"
docs.append(dict(doc_id="N04", published=None, facts=[
    F("suspects_arrested", 43, "抓獲團伙成員吳某國等43人", JL, CC),
    F("cards_seized", 18, "銀行卡18張", JL, CC),
    F("money_frozen", 300000, "扣押贓款30萬元", JL, CC),
    F("money_involved", 20000000, "涉案金額2000余萬元", JL, CC, q="at_least"),
    F("suspects_arrested", 4, "抓獲看護組成員4人", JL, CC),
    F("suspects_arrested", 2, "“卡農”2人", JL, CC),
    F("suspects_arrested", 35, "一舉抓獲犯罪嫌疑人35人", JL, CC),
    F("suspects_arrested", 27, "其中看護組人員27人", JL, CC),
    F("suspects_arrested", 8, "“卡農”8人", JL, CC),
], campaigns=[]))

# N05 昆明 '清源' 行动 (Traditional big5 mirror of dbw.cn; '記者24日', '6月20日' no year)
KM = "昆明市"; QY = "清源"
docs.append(dict(doc_id="N05", published=None, facts=[
    F("dens_destroyed", 5, "話務窩點、洗錢窩點5個", YN, KM, camp=QY),
    F("suspects_arrested", 13, "抓獲涉案嫌疑人員13名", YN, KM, camp=QY),
    F("money_frozen", 900000, "現場收繳贓款90餘萬元", YN, KM, q="at_least", camp=QY),
    F("money_involved", 1000000, "涉案金額100餘萬元", YN, KM, q="at_least", camp=QY),
], campaigns=[C(QY)]))

# N06 沈阳 铁西分局 断卡 集中抓捕 (沈阳网 mirror, '6月21日' no year)
docs.append(dict(doc_id="N06", published=None, facts=[
    F("suspects_arrested", 35, "共抓获涉“断卡”犯罪嫌疑人35名", LN, "沈阳市", "铁西区", camp=DK),
    F("suspects_detained", 35, "共抓获涉“断卡”犯罪嫌疑人35名,现已全部被警方依法予以刑事拘留", LN, "沈阳市", "铁西区", camp=DK),
], campaigns=[C(DK)]))

# N07 攀枝花 东区分局 拦截 42.6万 (四川法治报 2025-05-27; incident 5月12日)
D0512 = ("2025-05-12", "2025-05-12")
docs.append(dict(doc_id="N07", published="2025-05-27", facts=[
    F("money_stopped", 426000, "成功拦截被诈骗资金42.6万元", SC, PZH, "东区", *D0512),
    F("suspects_arrested", 1, "抓获前来取现钱“车手”嫌疑人1名", SC, PZH, "东区", *D0512),
    F("victim_loss", 190000, "其前期已向诈骗平台转款19万元", SC, PZH, "东区"),
], campaigns=[]))

# N08 重庆 永川区 来苏宝峰派出所 (forum repost, '11月1日' no year)
YCQ = "永川区"
docs.append(dict(doc_id="N08", published=None, facts=[
    F("money_frozen", 150000, "快速查扣15万涉案资金", CQ, CQ, YCQ),
    F("money_recovered", 150000, "将该笔15万资金顺利退还给被害人", CQ, CQ, YCQ),
], campaigns=[]))

# N09 重庆 长寿区 反诈中心挂牌 (Discuz archiver, 发表于 2020-5-26; '仅去年以来' -> 2019-01-01..published, dev B14)
P09 = ("2019-01-01", "2020-05-26")
docs.append(dict(doc_id="N09", published="2020-05-26", facts=[
    F("cases_solved", 4000, "累计破获电信诈骗类案件四千余起", CQ, CQ, "长寿区", *P09, q="at_least"),
    F("suspects_arrested", 150, "抓获犯罪嫌疑人一百五十余人", CQ, CQ, "长寿区", *P09, q="at_least"),
], campaigns=[]))

# N10 河南省公安厅 赴老挝 (baogaosu scraped mirror, stamp '12.01.2018' = 2018-01-12, lead '1月12日')
docs.append(dict(doc_id="N10", published="2018-01-12", facts=[
    F("dens_destroyed", 4, "成功捣毁诈骗窝点4个", HA),
    F("suspects_arrested", 41, "抓获团伙成员41名", HA),
    F("money_frozen", 3000000, "查扣冻结涉案资金300余万元", HA, q="at_least"),
    F("money_involved", 10000000, "涉案价值1000余万元", HA, q="at_least"),
], campaigns=[]))

# N11 青岛 黄岛分局 返还 (山东法制传媒网, '11月17日' no year)
docs.append(dict(doc_id="N11", published=None, facts=[
    F("money_recovered", 1000000, "返还的近100万元赃款", SD, "青岛市", "黄岛区", q="approx"),
], campaigns=[]))

# N12 滨州 博兴县 跑分团伙 (滨州日报 e-paper; '1月12日', no year in text)
docs.append(dict(doc_id="N12", published=None, facts=[
    F("gangs_busted", 2, "打掉两个“跑分”团伙", SD, "滨州市", "博兴县"),
    F("suspects_arrested", 14, "抓获犯罪嫌疑人14名", SD, "滨州市", "博兴县"),
    F("victim_loss", 50000, "分7次转账5万余元", SD, "滨州市", "博兴县", q="at_least"),
], campaigns=[]))

# N13 大连 高新园区分局 (半岛晨报 e-paper, '4月22日' no year; 高新园区 is not a county -> county null)
docs.append(dict(doc_id="N13", published=None, facts=[
    F("victim_loss", 4500, "被诈骗4500元", LN, "大连市"),
    F("money_recovered", 4500, "全额追回被骗资金4500元", LN, "大连市"),
], campaigns=[]))

# N14 山西省 2023 (spam-injected mirror of 中新网 '6月5日电'; '去年' = 2023 -> 2024-06-05)
Y23 = ("2023-01-01", "2023-12-31")
docs.append(dict(doc_id="N14", published="2024-06-05", facts=[
    F("cases_solved", 17000, "2023年,山西全省共破获电信网络诈骗案件1.7万余起", SX, None, None, *Y23, q="at_least"),
    F("people_dissuaded", 300000, "见面劝阻30万余人次", SX, None, None, *Y23, q="at_least"),
], campaigns=[]))

# N15 天津 跨国追捕 印尼 (天津网 2017-08-16)
docs.append(dict(doc_id="N15", published="2017-08-16", facts=[
    F("suspects_arrested", 61, "天津警方跨国追捕61名电信网络诈骗犯罪嫌疑人", TJ, TJ),
    F("dens_destroyed", 2, "打掉2个冒充“公检法”类电信网络诈骗犯罪窝点", TJ, TJ),
    F("victim_loss", 1300000, "假冒公安骗走她130万", TJ, TJ),
], campaigns=[]))

# N16 白城 洮北分局 杀猪盘 窝点 (白城新闻网 mirror, no date)
docs.append(dict(doc_id="N16", published=None, facts=[
    F("suspects_arrested", 44, "一举抓获犯罪嫌疑人44名", JL, "白城市", "洮北区"),
    F("money_frozen", 500000, "查扣赃款50余万元", JL, "白城市", "洮北区", q="at_least"),
    F("money_involved", 3000000, "涉案资金300余万元", JL, "白城市", "洮北区", q="at_least"),
], campaigns=[]))

# N17 咸宁 通山县 (咸宁网, '4月20日' no year; '截至目前')
docs.append(dict(doc_id="N17", published=None, facts=[
    F("money_stopped", 33580000, "已止付涉诈资金3358万元", HB, "咸宁市", "通山县"),
    F("money_frozen", 10760000, "冻结涉诈资金1076万元", HB, "咸宁市", "通山县"),
    F("cards_seized", 220, "查获涉诈银行卡220余张", HB, "咸宁市", "通山县", q="at_least"),
], campaigns=[]))

# N18 天水 秦安县 (天水日报 e-paper 2021-04-22; '今年以来')
P18 = ("2021-01-01", "2021-04-22")
docs.append(dict(doc_id="N18", published="2021-04-22", facts=[
    F("money_stopped", 200000, "与会银行部门联合通知停止支付20余万元", GS, "天水市", "秦安县", *P18, q="at_least"),
    F("money_recovered", 320000, "挽回经济损失32万元", GS, "天水市", "秦安县", *P18),
    F("people_dissuaded", 3, "拦截劝阻群众3人", GS, "天水市", "秦安县"),
], campaigns=[]))

# N19 临夏 和政县 跨区协作 (甘肃政法网, 发布时间 2025-11-11; the '今天是 2025年12月05日' widget is not the date)
LX = "临夏回族自治州"
docs.append(dict(doc_id="N19", published="2025-11-11", facts=[
    F("money_recovered", 31000, "全额拦截并追回被诈骗的31000元资金", GS, LX, "和政县"),
    F("victim_loss", 31000, "误将31000元转入了诈骗分子控制的", GS, LX, "和政县"),
], campaigns=[]))

# N20 泉州 丰泽分局 口罩诈骗 返赃 (东南网 '2月25日讯', no year)
docs.append(dict(doc_id="N20", published=None, facts=[
    F("money_recovered", 154200, "接过追回被骗的15.42万元", FJ, "泉州市", "丰泽区"),
    F("victim_loss", 154200, "便先后汇款15.42万元向对方购买", FJ, "泉州市", "丰泽区"),
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
