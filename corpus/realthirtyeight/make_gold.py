"""Hand-made gold for realthirtyeight (AN01-AN09; written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

AH = "安徽省"; FJ = "福建省"; HE = "河北省"; HA = "河南省"; SC = "四川省"; SH = "上海市"
YL = "打击整治养老诈骗专项行动"

docs = []

# AN01 中缅警方 木姐 联合打击 (星岛 stnn 转央视, "发布时间:2024-04-01"; 807 = 缅甸455 + 中国352; 352 of which 21 头目骨干, 51 在逃)
docs.append(dict(doc_id="AN01", published="2024-04-01", facts=[
    F("suspects_arrested", 807, "成功抓获807名实施跨境电信网络诈骗的疑犯", None),
    F("suspects_arrested", 455, "缅甸疑犯455名", None),
    F("suspects_arrested", 352, "抓获中国疑犯352名", None),
    F("suspects_arrested", 21, "组织头目和骨干21名", None),
    F("suspects_arrested", 51, "在疑犯51名", None),
], campaigns=[]))

# AN02 公安部 缅甸大其力 497名 (中新社 "3月1日电"; the photo caption "2024年2月21日" fixes the year; "今年以来")
P02 = ("2024-01-01", "2024-03-01")
docs.append(dict(doc_id="AN02", published="2024-03-01", facts=[
    F("suspects_arrested", 497, "成功在缅甸大其力地区抓获497名电信网络诈骗犯罪嫌疑人", None, None, None, *P02),
    F("suspects_arrested", 46, "含在逃人员46名", None, None, None, *P02),
], campaigns=[]))

# AN03 公安部 2024年 打击整治民族资产解冻类诈骗 (央视新闻客户端 2025-03-03)
Y24 = ("2024-01-01", "2024-12-31"); MZ = "打击整治民族资产解冻类诈骗犯罪专项行动"
docs.append(dict(doc_id="AN03", published="2025-03-03", facts=[
    F("cases_solved", 820, "共破获案件820余起", None, None, None, *Y24, q="at_least", camp=MZ),
    F("gangs_busted", 400, "打掉犯罪团伙400余个", None, None, None, *Y24, q="at_least", camp=MZ),
    F("money_involved", 12700000000, "涉案金额127亿元", None, None, None, *Y24, camp=MZ),
    F("dens_destroyed", 6, "成功捣毁6个盘踞在境外的诈骗窝点", None, None, None, *Y24, camp=MZ),
], campaigns=[C(MZ)]))

# AN04 池州 养老诈骗 新闻发布会 (Traditional with pinyin ruby; 市场星报 "11月15日", no year; no address returned)
CZ = "池州市"
docs.append(dict(doc_id="AN04", published=None, facts=[
    F("cases_solved", 31, "共偵破養(yǎng)老詐騙案件31起", AH, CZ, camp=YL),
    F("gangs_busted", 12, "打掉團(tuán)伙12個", AH, CZ, camp=YL),
    F("suspects_arrested", 116, "抓獲犯罪嫌疑人116人", AH, CZ, camp=YL),
    F("money_frozen", 14700000, "查扣凍涉案資金、房產(chǎn)、車輛等價值1470萬元", AH, CZ, camp=YL),
], campaigns=[C(YL)]))

# AN05 宁德 蕉城区 养老诈骗 新闻发布会 (Traditional with pinyin ruby; 闽东日报 "10月13日", no year)
ND = "宁德市"; JC = "蕉城区"
docs.append(dict(doc_id="AN05", published=None, facts=[
    F("cases_solved", 15, "共破涉養(yǎng)老詐騙案件15起", FJ, ND, JC, camp=YL),
    F("gangs_busted", 6, "打掉犯罪團伙6個", FJ, ND, JC, camp=YL),
    F("suspects_arrested", 86, "抓獲犯罪嫌疑人86人", FJ, ND, JC, camp=YL),
    F("money_recovered", 1069000, "挽回群眾經(jīng)濟損失106.9萬元", FJ, ND, JC, camp=YL),
], campaigns=[C(YL)]))

# AN06 沧州 养老诈骗 (沧州晚报 2022年08月04日 第02版; 专项行动 "自今年4月开始", figures "截至目前")
CZH = "沧州市"; P06 = ("2022-04-01", "2022-08-04")
docs.append(dict(doc_id="AN06", published="2022-08-04", facts=[
    F("cases_solved", 6, "破获积案6起", HE, CZH, None, *P06, camp=YL),
    F("cases_solved", 9, "现案9起", HE, CZH, None, *P06, camp=YL),
    F("suspects_arrested", 43, "抓获犯罪嫌疑人43名", HE, CZH, None, *P06, camp=YL),
    F("money_recovered", 991700, "追缴被骗资金99.17万元", HE, CZH, None, *P06, camp=YL),
], campaigns=[C(YL, start="2022-04")]))

# AN07 河南 养老诈骗 第一次新闻发布会 (中国西藏网 转法治日报; no date or year in the text)
docs.append(dict(doc_id="AN07", published=None, facts=[
    F("cases_filed", 105, "全省已立案侦办涉及养老诈骗违法犯罪重要案件105起", HA, camp=YL),
    F("cases_solved", 46, "破案46起", HA, camp=YL),
    F("gangs_busted", 31, "打掉团伙31个", HA, camp=YL),
    F("suspects_arrested", 121, "抓获违法犯罪嫌疑人121名", HA, camp=YL),
    F("money_recovered", 100000000, "为群众挽回损失近亿元", HA, q="approx", camp=YL),
], campaigns=[C(YL)]))

# AN08 广安 广安区分局 投资理财诈骗 (四川科技报 3010期; "今年3月"/"4月中旬", no year)
docs.append(dict(doc_id="AN08", published=None, facts=[
    F("money_involved", 10000000, "涉案金额高达1000余万元", SC, "广安市", "广安区", q="at_least"),
    F("suspects_arrested", 42, "成功抓获涉案人员42名", SC, "广安市", "广安区"),
    F("dens_destroyed", 3, "捣毁网络诈骗窝点3个", SC, "广安市", "广安区"),
], campaigns=[]))

# AN09 上海 金山分局 "引流" 犯罪集团 (Traditional mirror of 东方网 "5月18日報道"; "2023年以來" fixes the year)
JS = "金山区"
docs.append(dict(doc_id="AN09", published="2023-05-18", facts=[
    F("suspects_arrested", 45, "共抓獲犯罪嫌疑人郭某某等45人", SH, SH, JS),
    F("money_recovered", 1000000, "追贓挽損100余萬元", SH, SH, JS, q="at_least"),
    F("money_involved", 10000000, "查證涉案金額1000余萬元", SH, SH, JS, q="at_least"),
    F("suspects_arrested", 16, "共抓獲賀某等16名犯罪嫌疑人", SH, SH, JS, "2023-02-01", "2023-02-28"),
    F("victim_loss", 780000, "充值78萬余元", SH, SH, JS, q="at_least"),
], campaigns=[C("砺剑2023")]))

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
