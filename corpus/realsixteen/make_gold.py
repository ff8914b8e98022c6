"""Hand-made gold for staging/realsixteen (written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

TJ = "天津市"; SH = "上海市"; GD = "广东省"; LN = "辽宁省"; SN = "陕西省"; GZ = "贵州省"; CQ = "重庆市"
ZJ = "浙江省"; BJ = "北京市"; SC = "四川省"; HE = "河北省"

docs = []

# K01 天津 河东分局 '雷霆四号' (no page date; incident 2020-04-07, arrests 4月23日)
LT4 = "雷霆四号"
docs.append(dict(doc_id="K01", published=None, facts=[
    F("victim_loss", 3260000, "被骗326万余元", TJ, TJ, "河东区", "2020-04-07", "2020-04-07", q="at_least", camp=LT4),
    F("suspects_arrested", 3, "抓获犯罪嫌疑人3名", TJ, TJ, "河东区", "2020-04-23", "2020-04-23", camp=LT4),
    F("suspects_detained", 3, "郑某某等3名犯罪嫌疑人已被公安河东分局依法刑事拘留", TJ, TJ, "河东区", camp=LT4),
], campaigns=[C(LT4)]))

# K02 上海市反电信网络诈骗中心 一年成绩单 (2017-08-11; '运行一年来' from 去年7月 -> period null)
docs.append(dict(doc_id="K02", published="2017-08-11", facts=[
    F("people_dissuaded", 125700, "成功劝阻潜在被害人12.57万余人次", SH, SH, q="at_least"),
    F("accounts_frozen", 932, "共冻结涉案银行账户932个", SH, SH),
    F("money_frozen", 97000000, "冻结金额折合人民币9700万元", SH, SH),
    F("cases_solved", 5570, "破案5570起", SH, SH),
    F("suspects_arrested", 1657, "抓获犯罪嫌疑人1657名", SH, SH),
    F("victim_loss", 990000, "孙某通过公司账号转账给对方人民币99万元", SH, SH, None, "2017-06-14", "2017-06-14"),
    F("money_frozen", 990000, "成功冻结涉案资金99万元。", SH, SH, None, "2017-06-15", "2017-06-15"),
    F("victim_loss", 4300000, "共计被骗430余万元人民币", SH, SH, None, "2017-04-12", "2017-04-12", q="at_least"),
    F("suspects_arrested", 2, "成功在北京抓获两名嫌疑人", SH, SH),
    F("money_recovered", 90000, "为独居老太保住9万元", SH, SH, None, "2017-06-26", "2017-06-26"),
], campaigns=[]))

# K03 上海 集中发还 (看看新闻; '2月4日' + '在过去的2020年' -> 2021-02-04)
docs.append(dict(doc_id="K03", published="2021-02-04", facts=[
    F("money_recovered", 4500000, "发还被骗资金人民币450余万元", SH, SH, None, "2021-02-04", "2021-02-04", q="at_least"),
    F("money_recovered", 50000000, "已返还被骗钱款合计约人民币近5000万元", SH, SH, None, "2020-01-01", "2020-12-31", q="approx"),
    F("victim_loss", 4000000, "向该账户转账人民币400万元", SH, SH, None, "2020-11-17", "2020-11-17"),
    F("money_frozen", 4000000, "最终将400万人民币全部冻结", SH, SH, None, "2020-11-17", "2020-11-17"),
], campaigns=[]))

# K04 广州 反诈 (南方日报 2024-08-21; '截至今年8月上旬' no start -> null; 猎诈 今年以来)
GZS = "广州市"
docs.append(dict(doc_id="K04", published="2024-08-21", facts=[
    F("money_recovered", 486000000, "共减少和挽回群众损失4.86亿元", GD, GZS),
    F("money_recovered", 12000000, "最高单宗避免群众1200万元损失", GD, GZS),
    F("suspects_arrested", 434, "抓获成员434名", GD, GZS),
    F("cases_solved", 890, "侦破关联全国诈骗案件890宗", GD, GZS),
    F("money_involved", 60000000, "涉案金额约6000万元", GD, GZS, q="approx"),
    F("suspects_detained", 1900, "刑拘嫌疑人1900余名", GD, GZS, None, "2024-01-01", "2024-08-21", q="at_least", camp="猎诈"),
], campaigns=[C("猎诈")]))

# K05 广东 '飓风3号' 专案 (中新网 '3月28日电', '飓风2017' fixes 2017)
JF3 = "飓风3号"
docs.append(dict(doc_id="K05", published="2017-03-28", facts=[
    F("gangs_busted", 8, "打掉各类电信网络诈骗团伙8个", GD, camp=JF3),
    F("dens_destroyed", 90, "摧毁犯罪窝点90余个", GD, q="at_least", camp=JF3),
    F("suspects_arrested", 450, "抓获450余名犯罪嫌疑人", GD, q="at_least", camp=JF3),
    F("cases_solved", 800, "初步核破全国各地案件800余宗", GD, q="at_least", camp=JF3),
    F("money_involved", 10000000, "涉案金额达1000余万元人民币", GD, q="at_least", camp=JF3),
], campaigns=[C(JF3, kind="case"), C("飓风2017")]))

# K06 本溪 高新公安分局 (新华网 2025-03-29; 高新区 not a county -> county null)
BX = "本溪市"
docs.append(dict(doc_id="K06", published="2025-03-29", facts=[
    F("suspects_arrested", 7, "抓获犯罪嫌疑人7名", LN, BX, None, "2025-03-20", "2025-03-20"),
    F("money_recovered", 200000, "为受害群众追回经济损失20万元", LN, BX),
    F("money_involved", 10000000, "涉案金额达1000余万元", LN, BX, q="at_least"),
    F("victim_loss", 300000, "分三次投入资金共计30万元", LN, BX),
], campaigns=[]))

# K07 西安 新城分局 (no year in text: published and periods null)
XA = "西安市"; XC = "新城区"
docs.append(dict(doc_id="K07", published=None, facts=[
    F("money_recovered", 2900000, "返还了290余万元被骗钱款", SN, XA, XC, q="at_least"),
    F("money_recovered", 340000, "警方已帮他追回并返还34万元被骗资金", SN, XA, XC),
    F("cases_solved", 659, "已侦破电信网络诈骗案659起", SN, XA, XC),
    F("suspects_arrested", 750, "抓获涉案嫌疑人750余名", SN, XA, XC, q="at_least"),
    F("suspects_detained", 315, "刑事拘留315人", SN, XA, XC),
    F("accounts_frozen", 8672, "共止付冻结涉案账户8672个", SN, XA, XC),
    F("money_frozen", 250000000, "止付冻结涉案资金2.5亿元", SN, XA, XC),
], campaigns=[]))

# K08 贵阳 南明分局 (Traditional, line-broken WeChat text; '6月18日', no year)
docs.append(dict(doc_id="K08", published=None, facts=[
    F("money_stopped", 30000, "成功攔截三萬餘元涉詐資金", GZ, "贵阳市", "南明区", q="at_least"),
], campaigns=[C("全民反诈在行动")]))

# K09 上海 浦东 三林派出所 (上海法治报 A05, no date in the text)
PD = "浦东新区"
docs.append(dict(doc_id="K09", published=None, facts=[
    F("money_recovered", 2200000, "为群众守住了220余万元的血汗钱", SH, SH, PD, q="at_least"),
    F("money_stopped", 1300000, "成功拦截了尚未被转出的130万元活期资金", SH, SH, PD),
    F("money_recovered", 900000, "阻止了后续90余万元的转账计划", SH, SH, PD, q="at_least"),
], campaigns=[]))

# K10 重庆 2022 成绩 (chinadaily; no page date in text; only fraud figures kept)
Y22 = ("2022-01-01", "2022-12-31"); YL = "打击整治养老诈骗专项行动"; QM = "全民反诈专项行动"
docs.append(dict(doc_id="K10", published=None, facts=[
    F("suspects_arrested", 155, "抓获犯罪嫌疑人155人", CQ, CQ, "巫溪县", "2022-12-31", "2022-12-31"),
    F("dens_destroyed", 5, "捣毁诈骗窝点5个", CQ, CQ, "巫溪县", "2022-12-31", "2022-12-31"),
    F("money_recovered", 38700000, "追缴赃款3870余万元", CQ, CQ, "巫溪县", "2022-12-31", "2022-12-31", q="at_least"),
    F("money_recovered", 486000000, "追赃挽损4.86亿元", CQ, CQ, None, *Y22, camp=QM),
    F("suspects_arrested", 2579, "抓获涉养老诈骗犯罪嫌疑人2579名", CQ, CQ, None, *Y22, camp=YL),
    F("gangs_busted", 178, "打掉犯罪团伙178个", CQ, CQ, None, *Y22, camp=YL),
    F("cases_solved", 2294, "破获案件2294起", CQ, CQ, None, *Y22, camp=YL),
    F("money_recovered", 1939000000, "追赃挽损19.39亿元", CQ, CQ, None, *Y22, camp=YL),
], campaigns=[C("百日行动"), C(QM), C(YL)]))

# K11 重庆 2023 '夏季行动' (中国网 2023-09-27; only the 老挝 fraud case is a fraud result)
docs.append(dict(doc_id="K11", published="2023-09-27", facts=[
    F("suspects_arrested", 18, "抓获18名电信网络诈骗嫌疑人", CQ, CQ, None, "2023-08-15", "2023-08-15"),
], campaigns=[C("夏季行动"), C("1.11", kind="case"), C("7.12", kind="case")]))

# K12 杭州 2025年1至7月 (spam mirror; 中新网 '8月8日电' + '2025年1月至7月')
HZ = "杭州市"; P12 = ("2025-01-01", "2025-07-31")
docs.append(dict(doc_id="K12", published="2025-08-08", facts=[
    F("money_recovered", 194000000, "返还涉案资金1.94亿元", ZJ, HZ, None, *P12),
    F("dens_destroyed", 43, "打掉涉诈窝点43个", ZJ, HZ, None, *P12),
    F("suspects_arrested", 3717, "抓获涉诈犯罪嫌疑人3717名", ZJ, HZ, None, *P12),
    F("money_stopped", 1500000000, "劝拦被骗资金超15亿元", ZJ, HZ, None, *P12, q="at_least"),
], campaigns=[C("全民反诈在行动")]))

# K13 浙江省公安厅 打防侵财 (site stamp 2020-05-01; '去年' = 2019)
docs.append(dict(doc_id="K13", published="2020-05-01", facts=[
    F("cases_filed", 40000, "全省公安机关受理电信(网络)诈骗犯罪案件4万余起", ZJ, None, None, "2019-01-01", "2019-12-31", q="at_least"),
    F("gangs_busted", 25, "其中电信(网络)诈骗团伙25个", ZJ),
], campaigns=[C("4.30", kind="case")]))  # second reader: case code of a theft case, listed like K11 "1.11"/"7.12"

# K14 温州 乐清市公安局 (Traditional; '12月9日', no year)
docs.append(dict(doc_id="K14", published=None, facts=[
    F("suspects_arrested", 2, "當場抓獲2名嫌犯", ZJ, "温州市", "乐清市"),
    F("money_stopped", 3000000, "成功攔截300萬元電信網絡詐騙現金", ZJ, "温州市", "乐清市"),
], campaigns=[]))

# K15 天津 反诈中心 (110宣传日; '去年一年', no year in text)
docs.append(dict(doc_id="K15", published=None, facts=[
    F("money_recovered", 300000000, "避免经济损失超过3亿元人民币", TJ, TJ, q="at_least"),
], campaigns=[]))

# K16 北京 2015 (新华网 发布时间 2016-02-29; site widget 2024年11月23日 ignored)
Y15 = ("2015-01-01", "2015-12-31")
docs.append(dict(doc_id="K16", published="2016-02-29", facts=[
    F("cases_solved", 4900, "共破案4900余起", BJ, BJ, None, *Y15, q="at_least"),
    F("suspects_arrested", 300, "抓获了300多名骗子", BJ, BJ, None, *Y15, q="at_least"),
    F("gangs_busted", 80, "打掉80多个犯罪团伙", BJ, BJ, None, *Y15, q="at_least"),
    F("money_recovered", 620000000, "为市民挽回6.2亿余元人民币损失", BJ, BJ, None, *Y15, q="at_least"),
], campaigns=[]))

# K17 重庆 北碚区 歇马派出所 (Traditional; '1月3日' after '2025年5月9日' -> 2026-01-03)
BB = "北碚区"
docs.append(dict(doc_id="K17", published="2026-01-03", facts=[
    F("victim_loss", 200000, "全額轉入20萬元貨款", CQ, CQ, BB, "2025-05-07", "2025-05-07"),
    F("money_frozen", 200000, "該20萬元涉案資金尚未被轉移。民警抓住這一黃金處置窗口期,依法對該涉案賬戶實施凍結", CQ, CQ, BB, "2025-05-09", "2025-05-09"),
], campaigns=[]))

# K18 广元 苍溪县 发还仪式 (改革网 2024-12-25)
docs.append(dict(doc_id="K18", published="2024-12-25", facts=[
    F("victim_loss", 470000, "诈骗47万元", SC, "广元市", "苍溪县", "2023-10-21", "2023-10-21"),
    F("dens_destroyed", 1, "成功捣毁诈骗犯罪窝点1个", SC, "广元市", "苍溪县"),
    F("money_recovered", 790000, "冻结并追回被骗资金79万余元", SC, "广元市", "苍溪县", q="at_least"),
], campaigns=[C("云剑")]))

# K19 衡水 反诈中心 返还 (Traditional; '2月8日衡水電' + 2017 full year -> 2018-02-08)
HS = "衡水市"
docs.append(dict(doc_id="K19", published="2018-02-08", facts=[
    F("money_recovered", 160000, "被騙的16萬(wàn)元凍結(jié)資金", HE, HS, None, "2018-02-08", "2018-02-08"),
    F("money_recovered", 1082949, "返還涉案凍結(jié)資金1082949元", HE, HS, None, "2018-02-08", "2018-02-08"),
    F("money_frozen", 26130000, "凍結(jié)資金2613萬(wàn)元", HE, HS, None, "2017-01-01", "2017-12-31"),
], campaigns=[]))

# K20 张家口 桥东分局 (河北法制报 2020-12-01)
QD = "桥东区"; ZJK = "张家口市"
docs.append(dict(doc_id="K20", published="2020-12-01", facts=[
    F("suspects_arrested", 4, "将4名电信诈骗犯罪嫌疑人成功抓获", HE, ZJK, QD, "2020-11-18", "2020-11-19"),
    F("money_involved", 500000, "涉案金额50余万元", HE, ZJK, QD, q="at_least"),
    F("victim_loss", 52020, "共计人民币52020元", HE, ZJK, QD, "2020-10-19", "2020-10-19"),
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
