"""Hand-made gold for realonehundrednine (DH01-DH16; written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

NM = "内蒙古自治区"; SN = "陕西省"; GD = "广东省"; CQ = "重庆市"; HE = "河北省"; HI = "海南省"; SH = "上海市"
SD = "山东省"; GX = "广西壮族自治区"; SC = "四川省"; HA = "河南省"
DK = "断卡行动"; BR = "夏季治安打击整治百日行动"

docs = []

# DH01 赤峰 元宝山区公安分局 "水房" 洗钱团伙 (szuonline copy, no page date; "8月28日" with 2020 fixed by "2020年5月24日")
D01 = ("2020-08-28", "2020-08-28")
docs.append(dict(doc_id="DH01", published=None, facts=[
    F("gangs_busted", 1, "成功打掉一个专门为电信网络诈骗犯罪“洗钱”的新型“水房”犯罪团伙", NM, "赤峰市", "元宝山区", *D01),
    F("suspects_arrested", 5, "抓获犯罪嫌疑人5人", NM, "赤峰市", "元宝山区", *D01),
    F("cases_solved", 10, "侦破案件10余起", NM, "赤峰市", "元宝山区", *D01, q="at_least"),
    F("money_involved", 4000000, "涉案资金400余万元", NM, "赤峰市", "元宝山区", q="at_least"),
    F("victim_loss", 200000, "充值20万元", NM, "赤峰市", "元宝山区", "2020-05-24", "2020-05-24"),
], campaigns=[]))

# DH02 咸阳 兴平市公安局 收贩卡团伙 (xp269 forum, "发表于 2021-4-18")
docs.append(dict(doc_id="DH02", published="2021-04-18", facts=[
    F("gangs_busted", 1, "打掉一个专为电诈团伙提供银行卡的收贩卡团伙", SN, "咸阳市", "兴平市", camp=DK),
    F("suspects_arrested", 3, "抓获犯罪嫌疑人3名", SN, "咸阳市", "兴平市", camp=DK),
], campaigns=[C(DK)]))

# DH03 广东 "断卡" 贩卡像贩毒 (北京新闻网 copy 2021-01-19; truncated); 广州警方 2020-10-22 收网
docs.append(dict(doc_id="DH03", published="2021-01-19", facts=[
    F("suspects_arrested", 30, "共抓获30名犯罪嫌疑人", GD, "广州市", None, "2020-10-22", "2020-10-22"),
], campaigns=[C(DK, start="2020-10")]))

# DH04 重庆 南岸区分局 帮信团伙 (新华网 "1月17日电", no year in the text)
docs.append(dict(doc_id="DH04", published=None, facts=[
    F("cases_solved", 1, "成功侦破一起团伙“帮信”案件", CQ, CQ, "南岸区"),
    F("money_involved", 10000000, "涉案金额达1000多万元", CQ, CQ, "南岸区", q="at_least"),
], campaigns=[]))

# DH05 保定 蠡县公安局 帮信 齐某 (法律常识 repost "时间:2023-05-12")
docs.append(dict(doc_id="DH05", published="2023-05-12", facts=[
    F("money_involved", 200000, "涉案金额达20余万元", HE, "保定市", "蠡县", q="at_least"),
], campaigns=[]))

# DH06 公安部 "断卡"行动一年 (华图 2021-10-15)
P06 = ("2020-10-01", "2021-10-15")
docs.append(dict(doc_id="DH06", published="2021-10-15", facts=[
    F("gangs_busted", 27000, "累计打掉涉“两卡”违法犯罪团伙2.7万个", None, None, None, *P06, camp=DK),
], campaigns=[C(DK, start="2020-10")]))

# DH07 海口铁路公安处 两个洗钱团伙 (央视新闻 via 金融情报局网 2021-11-21)
HK = "海口市"
docs.append(dict(doc_id="DH07", published="2021-11-21", facts=[
    F("gangs_busted", 2, "一举打掉两个为境外电信诈骗犯罪分子洗钱的团伙", HI, HK),
    F("suspects_arrested", 13, "抓获犯罪嫌疑人13名", HI, HK),
    F("money_involved", 100000000, "查明涉案流水金额近亿元", HI, HK, q="approx"),
    F("victim_loss", 160000, "帮忙转账16万", HI, HK),
    F("money_frozen", 60000, "冻结了其中一张银行卡中的6万元", HI, HK),
    F("cards_seized", 67, "扣押信用卡67张", HI, HK),
    F("accounts_frozen", 7, "冻结涉案账户7个", HI, HK),
    F("suspects_detained", 13, "已有13名犯罪嫌疑人被刑事拘留", HI, HK),
], campaigns=[]))

# DH08 重庆 渝中区分局 上清寺派出所 POS机洗钱团伙 (华龙网, no page date; 2022 fixed by "从2022年5月起")
D08 = ("2022-06-22", "2022-06-22")
docs.append(dict(doc_id="DH08", published=None, facts=[
    F("gangs_busted", 1, "重庆渝中警方打掉一个专为境外电信网络诈骗集团进行洗钱的犯罪团伙", CQ, CQ, "渝中区", *D08),
    F("suspects_arrested", 8, "现场抓获嫌疑人8人", CQ, CQ, "渝中区", *D08),
    F("money_involved", 10000000, "已累计收取、转移违法犯罪资金高达上千万元", CQ, CQ, "渝中区", q="at_least"),
], campaigns=[C(DK), C("净网2022", start="2022"), C("打击防范养老诈骗专项行动")]))

# DH09 上海 普陀分局 "洗钱"团伙 (中新网上海 2022-08-12; truncated)
docs.append(dict(doc_id="DH09", published="2022-08-12", facts=[
    F("gangs_busted", 1, "成功捣毁一专为境外电信网络诈骗分子“洗钱”的犯罪团伙", SH, SH, "普陀区", camp=BR),
    F("suspects_arrested", 7, "7名犯罪嫌疑人因涉嫌掩饰、隐瞒犯罪所得罪已被依法采取刑事强制措施", SH, SH, "普陀区", camp=BR),
], campaigns=[C(BR, start="2022")]))

# DH10 济南 商河县公安局 "现金换U" (Traditional gate.com copy of 新黄河 "2025-4-318:53")
docs.append(dict(doc_id="DH10", published="2025-04-03", facts=[
    F("victim_loss", 800000, "被詐騙80餘萬元", SD, "济南市", "商河县", q="at_least"),
    F("money_involved", 5000000, "涉案總金額500餘萬元", SD, "济南市", "商河县", q="at_least"),
], campaigns=[]))

# DH11 玉林 "断卡"行动 (zhishi5 copy "2020-10-21 00:58:03")
docs.append(dict(doc_id="DH11", published="2020-10-21", facts=[
    F("suspects_arrested", 31, "抓获31名犯罪嫌疑人", GX, "玉林市"),
    F("suspects_detained", 31, "刑拘31名犯罪嫌疑人", GX, "玉林市"),
], campaigns=[C(DK, start="2020-10-10")]))

# DH12 成都市公安局 "断卡" 首批惩戒 (spam-rewritten 四川新闻网 "11月3日讯"; site stamp 2024-05-02 treated as widget)
CD = "成都市"
# checker: published = the page's own post stamp "时间:2024-05-02 23:15:50" (was null). The finished sets keep a spam
# mirror's stamp as `published` even when the text shows an older story (realfour U15, realfortyfour AT19, realfive V12);
# the periods stay null because the text ("今年10月10日") contradicts the stamp year, and no period here depends on it.
docs.append(dict(doc_id="DH12", published="2024-05-02", facts=[
    F("suspects_arrested", 204, "已对204名犯罪嫌疑人采取刑事强制措施", SC, CD, camp=DK),
    F("gangs_busted", 36, "共打掉贩卡团伙36个", SC, CD, camp=DK),
    F("cards_seized", 574, "缴获银行卡574张", SC, CD, camp=DK),
    F("cards_seized", 54000, "电话卡5.4万张", SC, CD, camp=DK),
], campaigns=[C(DK)]))

# DH13 信阳 商城县公安局 两个"洗钱"团伙 (Traditional 东方今报 copy, "上傳時間: 2022-09-17")
SCX = ("信阳市", "商城县"); P13 = ("2022-08-11", "2022-08-17")
docs.append(dict(doc_id="DH13", published="2022-09-17", facts=[
    F("gangs_busted", 2, "成功打掉兩個為電信詐騙犯罪“洗錢”的團伙", HA, *SCX, *P13, camp=BR),
    F("suspects_arrested", 9, "抓獲犯罪嫌疑人9人", HA, *SCX, *P13, camp=BR),
    F("money_involved", 1000000, "涉案金額100余萬元", HA, *SCX, q="at_least", camp=BR),
    F("suspects_arrested", 4, "當場抓獲犯罪嫌疑人4人", HA, *SCX, *P13, camp=BR),
    F("suspects_arrested", 1, "網上追逃抓獲1人", HA, *SCX, *P13, camp=BR),
], campaigns=[C(BR),
                 # checker: 断卡行动 added, listed untied: the text names it ("隨著公安機關“斷卡”行動的推進"), and the finished
                 # sets list background mentions of 断卡 untied (realeightythree CG06, realninetytwo CQ03, realforty AP18).
                 C(DK)]))

# DH14 济南 商河县 8名在校大学生 黑灰产工作室 (南风窗 feature on wenxuecity, Traditional; no page date)
docs.append(dict(doc_id="DH14", published=None, facts=[
    F("suspects_arrested", 8, "他們一夥8人全都到案", SD, "济南市", "商河县"),
], campaigns=[]))

# DH15 揭阳 揭东公安 两个涉诈窝点 (揭阳日报 本报讯, no page date; 2024 fixed by "自2024年4月中旬以来")
JD = ("揭阳市", "揭东区"); P15 = ("2024-04-25", "2024-04-26")
docs.append(dict(doc_id="DH15", published=None, facts=[
    F("dens_destroyed", 2, "捣毁两个涉诈窝点", GD, *JD, *P15),
    F("suspects_arrested", 9, "抓获涉诈犯罪嫌疑人9名", GD, *JD, *P15),
    F("cards_seized", 70, "手机卡70多张", GD, *JD, *P15, q="at_least"),
    F("gangs_busted", 1, "打掉一涉嫌“帮信罪”犯罪团伙", GD, *JD, "2024-04-24", "2024-04-24"),
    F("suspects_arrested", 5, "抓获嫌疑人刘某龙、刘某源、黄某丹、陈某金、张某焕等5人", GD, *JD, "2024-04-24", "2024-04-24"),
    F("suspects_arrested", 4, "将涉嫌“帮信罪”嫌疑人黄某伟、郑某辉、梁某辉、蒋某等4人抓获归案", GD, *JD, "2024-04-25", "2024-04-25"),
], campaigns=[]))

# DH16 海口 琼山分局飞鹰大队 8起帮信案 (海口网 "9月18日消息", no year)
QS = ("海口市", "琼山区")
docs.append(dict(doc_id="DH16", published=None, facts=[
    F("cases_solved", 8, "连续破获8起帮助信息网络犯罪活动案", HI, *QS),
    F("suspects_arrested", 14, "抓获犯罪嫌疑14名", HI, *QS),
    F("money_involved", 800000, "涉案流水达80余万元", HI, *QS, q="at_least"),
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
