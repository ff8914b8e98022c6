"""Hand-made gold for realseventyseven (CA01-CA07; written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

SX = "陕西省"; SXI = "山西省"; HN = "湖南省"; GS = "甘肃省"

docs = []

# checker: CA01 removed as a repeat. Its headline claim (2021年 国家反诈中心 紧急止付3291亿) is the same claim as realblind T05
# and the holdout h09 page, and finished sets dropped this very content as the same story: realtwentyone
# ('公安部 3291亿 (sinotf)') and realsixtyeight ('公安部 2021 五年 122.7万 (holdout h09)'). Text and sources.tsv row deleted.

# CA02 陕西 安康市反诈中心 (安康市公安局网站, "发布时间:2016年11月14日"): 市反诈中心联合商业银行、通信运营商和各县分局
AK = "安康市"
docs.append(dict(doc_id="CA02", published="2016-11-14", facts=[
    # "阻止电信诈骗案件43起" counts frauds prevented (not gold); 312个 阻截/清理/封停, 200部 关停, 100个 拦截号码,
    # 300个 查处, 1378个 查询 are not metrics.
    F("money_recovered", 5000000, "避免群众经济损失500余万元", SX, AK, q="at_least"),
    F("accounts_frozen", 317, "查询、冻结银行账户317个", SX, AK),
    F("money_stopped", 2600000, "止付涉案资金260余万元", SX, AK, q="at_least"),
    F("victim_loss", 2897.94, "诈骗现金2897.94元", SX, AK, "紫阳县", "2016-10-28", "2016-10-28"),
    F("money_stopped", 2897.94, "涉案的2897.94元现金被成功止付", SX, AK, None, "2016-10-28", "2016-10-28"),
], campaigns=[]))

# CA03 山西 运城 (运城日报 e-paper "2024年11月29日"; "我市" is not named, the counties are): 平陆县 / 绛县 / 垣曲县 (truncated)
YC = "运城市"
docs.append(dict(doc_id="CA03", published="2024-11-29", facts=[
    F("money_recovered", 20000, "为其避免了两万元损失", SXI, YC, "平陆县"),
    F("money_stopped", 200000, "成功拦截20万元涉诈资金", SXI, YC, "平陆县", "2024-09-29", "2024-11-13"),
    F("money_stopped", 50000, "拦截了即将被诈骗的5万元现金", SXI, YC, "绛县"),
], campaigns=[]))

# CA04 全国 "拔钉" (经济通 HK outlet, 简体 with 「」 and 馀; "13日专讯" without month or year): police vs procuratorate figures
docs.append(dict(doc_id="CA04", published=None, facts=[
    # 检察机关 批准逮捕150馀名/起诉80馀名/起诉6名 are the procuratorate's, not police results; 逾470名 纳入缉捕范围 is a target list.
    F("suspects_arrested", 240, "公安机关已抓获其中240馀名", None, q="at_least", camp="拔钉"),
    F("suspects_arrested", 10, "公安机关已抓获10名", None),
], campaigns=[C("拔钉")]))

# CA05 湖南 郴州 宜章县公安局 (华声在线 "10月3日讯"; the text fixes 2020): "211"案件 + 百日攻坚竞赛行动 2020-07-01..09-30
CZ = "郴州市"; YZ = "宜章县"; Q3 = ("2020-07-01", "2020-09-30"); BR = "扫黑除恶及打击突出违法犯罪百日攻坚竞赛行动"
docs.append(dict(doc_id="CA05", published="2020-10-03", facts=[
    # checker: "8月5日,宜章县公安局依法逮捕“211”案件中方某伟等8名" removed. It is the formal arrest (逮捕) in a procedural
    # chain (逮捕 8月5日 -> 县检察院 提起公诉 8月27日), not a capture: realfifteen J19 "逮捕78人", realsixtyfour BN06 执行逮捕,
    # realtwentytwo (逮捕 is the prosecutors' act). AY09/X13 counted 逮捕 only where it stands for 抓获 in a retranslation.
    # The "211" case stays listed as a campaign.
    # "移诉电信网络犯罪嫌疑人65名" (transfer for prosecution) is not a metric; 县检察院 提起公诉 has no number; GOIP 5套 not a metric.
    F("suspects_detained", 85, "全局共刑事拘留电信诈骗犯罪嫌疑人85名", HN, CZ, YZ, *Q3, camp=BR),
    F("cases_solved", 100, "破获案件100起", HN, CZ, YZ, *Q3, camp=BR),
    F("gangs_busted", 30, "摧毁电信诈骗团伙30个", HN, CZ, YZ, *Q3, camp=BR),
    F("money_recovered", 600000, "为人民群众挽回经济损失60余万元", HN, CZ, YZ, *Q3, q="at_least", camp=BR),
], campaigns=[C("211", "case"), C(BR, "operation", "2020-07")]))

# CA06 甘肃 兰州市公安局 "5·26" 专案 (Traditional with pinyin ruby; "6月24日晚"/"今年1至6月" without a year; truncated)
LZ = "兰州市"
docs.append(dict(doc_id="CA06", published=None, facts=[
    # 押解82名 is not an arrest; 排查关停风险号码10.41万个 / 关停APP域名5300多个 are not metrics; 上升5.3倍/3.8倍 are changes.
    F("suspects_arrested", 300, "抓獲嫌疑人300余名", GS, LZ, q="at_least", camp="5·26"),
    F("suspects_detained", 85, "審查刑拘85名", GS, LZ, camp="5·26"),
    F("cards_seized", 137000, "查獲銷毀各類卡13.7萬余張", GS, LZ, q="at_least"),
], campaigns=[C("5·26", "case"), C("5·03", "case"), C("12·21", "case"), C("2·03", "case")]))

# CA07 湖南 长沙县公安局 (华声在线 2020-06-23 17:41:20): "杀猪盘" 团伙, 5月19日 收网
CS = "长沙市"; CSX = "长沙县"
docs.append(dict(doc_id="CA07", published="2020-06-23", facts=[
    F("suspects_detained", 8, "刑拘8人", HN, CS, CSX),
    # lead "冻结资金30万" and body "冻结涉案资金30余万" are one claim: the body's wording is kept.
    F("money_frozen", 300000, "冻结涉案资金30余万", HN, CS, CSX, "2020-05-19", "2020-05-19", q="at_least"),
    F("cases_solved", 50, "破获“杀猪盘”式电信网络诈骗案50余起", HN, CS, CSX, q="at_least"),
    F("money_involved", 15000000, "受害人达100余人,涉案金额1500余万元", HN, CS, CSX, q="at_least"),
    F("victim_loss", 4800000, "被骗480余万元", HN, CS, CSX, "2019-11-29", "2019-11-29", q="at_least"),
    F("suspects_arrested", 8, "抓获了团伙头目王某森在内的嫌疑人8人", HN, CS, CSX, "2020-05-19", "2020-05-19"),
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
