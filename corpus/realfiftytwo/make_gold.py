"""Hand-made gold for realfiftytwo (BB01-BB13; written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

SC = "四川省"; GD = "广东省"; JS = "江苏省"; SD = "山东省"; HB = "湖北省"; QH = "青海省"; AH = "安徽省"

docs = []

# BB01 凉山州 西昌市公安局 (sc.china.com.cn; "近日", no page date; "2023年…1-7月发案199起" fixes its own period)
XC = ("凉山彝族自治州", "西昌市"); LJ = "砺剑-2023"
docs.append(dict(doc_id="BB01", published=None, facts=[
    F("money_recovered", 4580000, "返还部分电诈案件挽损资金共计价值458万余元财物", SC, *XC, q="at_least", camp=LJ),
    F("cases_filed", 199, "1-7月发案199起", SC, *XC, "2023-01-01", "2023-07-31"),
    F("money_recovered", 9700000, "挽损970余万元", SC, *XC, q="at_least"),
], campaigns=[C(LJ, start="2023")]))

# BB02 潮州市公安局 "飓风2018"46号专案 收网 (gd.sina; "近期", "8月1日凌晨" without a year; no page date in the text)
CZ = "潮州市"; J46 = "飓风46号"
docs.append(dict(doc_id="BB02", published=None, facts=[
    F("cases_solved", 100, "成功破获电信网络诈骗案件100余宗", GD, CZ, q="at_least", camp=J46),
    F("suspects_arrested", 40, "抓获饶平籍电诈违法犯罪人员40名", GD, CZ, camp=J46),
], campaigns=[C("飓风2018", start="2018"), C(J46, kind="case")]))

# BB03 潮州 饶平县汫洲镇 统一清查 (gd.sina; "3月7日至8日", no year). Only the 电诈 part of the 刑拘 count.
docs.append(dict(doc_id="BB03", published=None, facts=[
    F("suspects_detained", 9, "涉电诈人员9人", GD, CZ),
], campaigns=[]))

# BB04 苏州 姑苏分局 被骗资金发还 ("今天(1月28日)"; "2021年的最后一笔" and "去年全年" fix 2022)
SZ = ("苏州市", "姑苏区"); P21 = ("2021-01-01", "2021-12-31")
docs.append(dict(doc_id="BB04", published="2022-01-28", facts=[
    F("money_recovered", 920000, "将成功拦截下的92万元资金返还给了被骗公司负责人张女士", JS, *SZ, "2022-01-28", "2022-01-28"),
    F("victim_loss", 1000000, "将公司账户内的100余万元转了出去", JS, *SZ, q="at_least"),
    # checker: 拦截 N 元 is `money_stopped` (contract; realsixteen K09 "紧急冻结…最终成功拦截了…130万元" → money_stopped;
    # no 拦截 figure is money_frozen in any finished set). The figure's own verb here is 拦截下, so money_frozen → money_stopped.
    F("money_stopped", 920000, "最终拦截下了92万余元", JS, *SZ, q="at_least"),
    F("people_dissuaded", 20900, "成功帮助2.09万名群众免于遭", JS, *SZ, *P21),
], campaigns=[]))

# BB05 公安部 境外"回流"电诈嫌疑人 (SEO spam page; "9月12日", "去年以来", no year anywhere)
docs.append(dict(doc_id="BB05", published=None, facts=[
    F("suspects_arrested", 56000, "去年以来抓获境外“回流”犯罪嫌疑人5.6万余人", None, q="at_least"),
    F("suspects_arrested", 150, "包含“金主”150余人", None, q="at_least"),
], campaigns=[]))

# BB06 汕尾 陆丰市公安局 断卡 (forum copy of a WeChat article; "6月12日、13日", no year)
LF = ("汕尾市", "陆丰市"); DK = "断卡行动"
docs.append(dict(doc_id="BB06", published=None, facts=[
    F("suspects_arrested", 7, "抓获7名将自己名下银行卡、手机卡", GD, *LF, camp=DK),
    F("suspects_detained", 2, "王某生等2人已被公安机关依法刑事拘留", GD, *LF, camp=DK),
], campaigns=[C(DK)]))

# BB07 深圳 "3+2"专项行动 cases (gd.sina; "2015年" is the campaign year; no page date in the text)
SZN = "深圳市"; LG = "龙岗区"; S32 = "3+2专项行动"
docs.append(dict(doc_id="BB07", published=None, facts=[
    F("victim_loss", 30000000, "结果却被骗了3000多万元", GD, SZN, q="at_least", camp=S32),
    F("gangs_busted", 2, "接连打掉两个诈骗犯罪团伙", GD, SZN, LG, camp=S32),
    F("suspects_arrested", 35, "抓获35名犯罪嫌疑人", GD, SZN, LG, camp=S32),
    F("money_involved", 20000000, "涉 案价值达2000多万元", GD, SZN, LG, q="at_least", camp=S32),
], campaigns=[C(S32, start="2015")]))

# BB08 德州 德城分局 冒充客服 团伙 (Traditional mirror of 齐鲁网 "4月7日訊"; "2023年2月初" fixes 2023)
DZ = ("德州市", "德城区"); SH = "守护行动"
docs.append(dict(doc_id="BB08", published="2023-04-07", facts=[
    F("suspects_arrested", 3, "抓獲了3名詐騙團伙的負責人", SD, *DZ, camp=SH),
    F("suspects_arrested", 4, "已將這四人全部抓獲", SD, *DZ, camp=SH),
    F("money_involved", 50000, "獲利5萬余元", SD, *DZ, q="at_least", camp=SH),
], campaigns=[C(SH)]))

# BB09 仙桃市公安局 假APP诈骗团伙 (cjyun; "去年11月16日", "今年1月8日", no year). 仙桃 is run by the province.
XT = "仙桃市"
docs.append(dict(doc_id="BB09", published=None, facts=[
    F("suspects_arrested", 3, "抓获以假APP实施诈骗的犯罪嫌疑人吴某、陈某等3人", HB, XT),
    F("victim_loss", 370000, "便开始陆续往里面充值共计37万元", HB, XT),
    F("money_involved", 1000000, "涉案价值100余万元", HB, XT, q="at_least"),
], campaigns=[]))

# BB10 西宁 城西分局 劝阻交付现金 (Traditional mirror of 青海省人民政府网, "發布時間:2026-01-21"; cut before the outcome)
docs.append(dict(doc_id="BB10", published="2026-01-21", facts=[
    F("money_recovered", 450000, "45萬元差點“飛”了", QH, "西宁市", "城西区", "2026-01-16", "2026-01-16"),
], campaigns=[]))

# BB11 广州市公安局 上半年 (新快报 e-paper, "日期:[2021-08-03]"; "今年上半年" = 2021 H1)
GZ = "广州市"; H1 = ("2021-01-01", "2021-06-30"); DY = "断源"; DL6 = "断链6号"
docs.append(dict(doc_id="BB11", published="2021-08-03", facts=[
    F("dens_destroyed", 1400, "全市打掉涉电诈团伙和窝点1400多个", GD, GZ, None, *H1, q="at_least"),
    F("money_recovered", 740000000, "为群众挽回7.4亿元经济损失", GD, GZ, None, *H1),
    F("suspects_arrested", 1700, "抓获嫌疑人1700多名", GD, GZ, None, *H1, q="at_least"),
    F("suspects_arrested", 6100, "抓获开卡、贩卡等嫌疑人6100多名", GD, GZ, None, *H1, q="at_least", camp=DK),
    F("cases_solved", 2400, "核破案件2400多宗", GD, GZ, None, *H1, q="at_least", camp=DK),
    F("suspects_arrested", 180, "抓获涉诈引流、开发涉诈APP等嫌疑人180多名", GD, GZ, None, *H1, q="at_least", camp=DY),
    F("people_dissuaded", 3000000, "劝阻人数300多万", GD, GZ, None, *H1, q="at_least"),
    F("people_dissuaded", 32000, "见面劝阻3.2万人", GD, GZ, None, *H1),
    F("accounts_frozen", 30000, "冻结涉案账号3万多个", GD, GZ, None, *H1, q="at_least"),
    F("money_frozen", 690000000, "冻结涉案金额6.9亿元", GD, GZ, None, *H1),
    F("money_recovered", 14000000, "返还金额1400多万元", GD, GZ, None, *H1, q="at_least"),
    F("suspects_arrested", 82, "2天抓获82名嫌疑人", GD, GZ, camp=DL6),
], campaigns=[C(DK), C(DY), C(DL6)]))

# BB12 武汉 打击流窜电诈窝点 (Traditional mirror of 湖北日报; "4月12日", "3月15日至4月11日", no year)
WH = "武汉市"; JA = "江岸区"
docs.append(dict(doc_id="BB12", published=None, facts=[
    F("dens_destroyed", 54, "共搗毀電信網(wǎng)絡(luò)詐騙窩點54個", HB, WH),
    F("suspects_arrested", 690, "抓獲犯罪嫌疑人690人", HB, WH),
    F("dens_destroyed", 7, "的7個詐騙窩點", HB, WH, JA),
    F("suspects_arrested", 86, "抓獲犯罪嫌疑人蔡某豹、趙某等86人", HB, WH, JA),
], campaigns=[]))

# BB13 芜湖 鸠江分局 "五字诀" (芜湖日报 e-reader, "日期:09-16"; "2025年以来" fixes 2025; reader stamp 2025-10-11 is a widget)
JJ = ("芜湖市", "鸠江区"); PUB = "2025-09-16"
docs.append(dict(doc_id="BB13", published=PUB, facts=[
    F("people_dissuaded", 210, "见面劝阻210余人", AH, *JJ, "2025-01-01", PUB, q="at_least"),
    F("money_stopped", 12800000, "及时止付资金1280余万元", AH, *JJ, "2025-01-01", PUB, q="at_least"),
    F("money_recovered", 300000, "追回损失30余万元", AH, *JJ, q="at_least"),
    F("suspects_arrested", 290, "鸠江分局共抓获嫌疑人290余人", AH, *JJ, "2024-01-01", PUB, q="at_least"),
    F("cases_solved", 110, "破获案件110余起", AH, *JJ, "2024-01-01", PUB, q="at_least"),
    F("money_recovered", 11300000, "追回资金1130余万元", AH, *JJ, "2024-01-01", PUB, q="at_least"),
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
