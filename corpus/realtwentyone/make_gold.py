"""Hand-made gold for realtwentyone (written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

ZJ = "浙江省"; HN = "湖南省"; HE = "河北省"; AH = "安徽省"; JX = "江西省"; JS = "江苏省"; QH = "青海省"
HL = "黑龙江省"; HB = "湖北省"; GD = "广东省"

docs = []

# C01 台州 天台县 刑侦大队 (e-paper excerpt, no date; '今年上半年' without a year)
TZ = "台州市"; TT = "天台县"
docs.append(dict(doc_id="C01", published=None, facts=[
    F("cases_solved", 160, "破获各类电信网络诈骗及关联案件160余起", ZJ, TZ, TT, q="at_least"),
    F("gangs_busted", 4, "打掉黑灰产团伙4个", ZJ, TZ, TT),
    F("suspects_arrested", 151, "抓获涉诈嫌疑人151名", ZJ, TZ, TT),
    F("money_frozen", 137000000, "紧急止付、冻结涉案资金1.37亿元", ZJ, TZ, TT),
    F("money_recovered", 4780000, "累计为群众追赃挽损478万元", ZJ, TZ, TT),
], campaigns=[]))

# C02 邵阳 新邵县 (中国网 2025-10-11; the interception on 2025-10-04)
D02 = ("2025-10-04", "2025-10-04")
docs.append(dict(doc_id="C02", published="2025-10-11", facts=[
    F("money_recovered", 120000, "及时为一名群众挽回了12万元的经济损失", HN, "邵阳市", "新邵县", *D02),
], campaigns=[]))

# C03 娄底 娄星分局 石井派出所 (no date in the text; '4月9日', '3月下旬')
docs.append(dict(doc_id="C03", published=None, facts=[
    F("money_recovered", 50000, "为群众止损5万元", HN, "娄底市", "娄星区"),
    F("cases_solved", 1, "破获涉诈案件1起", HN, "娄底市", "娄星区"),
], campaigns=[]))

# C04 保定市 新闻发布会 (河北农网 2022-06-02; '从去年5月到今年4月底一年')
P04 = ("2021-05-01", "2022-04-30")
docs.append(dict(doc_id="C04", published="2022-06-02", facts=[
    F("cases_solved", 2503, "保定共破获电信网络诈骗案件2503起", HE, "保定市", None, *P04),
    F("suspects_arrested", 3758, "抓获犯罪嫌疑人3758名", HE, "保定市", None, *P04),
], campaigns=[C("云剑"), C("断卡行动"), C("断流"), C("扫楼")]))

# C05 河北省公安厅 (Traditional with pinyin ruby; '中新網石家莊8月18日電', no year in the text)
docs.append(dict(doc_id="C05", published=None, facts=[
    F("cases_solved", 440, "詐騙案件440起", HE),
    F("suspects_arrested", 287, "抓獲犯罪嫌疑人287名", HE),
    F("money_frozen", 15130000, "查繳詐騙資金1513萬余元", HE, q="at_least"),
    F("cases_solved", 4071, "犯罪案件4071起", HE),
    F("suspects_arrested", 4059, "犯罪嫌疑人4059名", HE),
    F("money_frozen", 2500000000, "凍結(jié)涉案金額25億元", HE),
], campaigns=[]))

# C06 滁州 天长市 (滁州日报 e-paper 2020-11-16)
docs.append(dict(doc_id="C06", published="2020-11-16", facts=[
    F("gangs_busted", 2, "成功捣毁两个用网络直播平台实施诈骗的犯罪团伙", AH, "滁州市", "天长市"),
    F("suspects_arrested", 25, "抓获男女犯罪嫌疑人25名", AH, "滁州市", "天长市"),
    F("money_involved", 20000000, "初步查证的涉案资金高达2000多万元", AH, "滁州市", "天长市", q="at_least"),
], campaigns=[]))

# C07 上饶 余干县 '诈骗县' (Traditional mirror of 成都商报; no date)
docs.append(dict(doc_id="C07", published=None, facts=[
    F("suspects_arrested", 300, "余干地區一共抓了300多名詐騙者", JX, "上饶市", "余干县", q="at_least"),
    F("suspects_arrested", 200, "其中兩百多人來自石溪與團林", JX, "上饶市", "余干县", q="at_least"),
], campaigns=[]))

# C08 泰州 兴化市 (forum copy; '3月2日上午' + '2020年10月份以來' + '去年10月30日' -> 2021)
TZS = "泰州市"; XH = "兴化市"
docs.append(dict(doc_id="C08", published="2021-03-02", facts=[
    F("money_involved", 1040000, "金额104万元", JS, TZS, XH),
    F("suspects_arrested", 8, "成功抓获犯罪嫌疑人8名", JS, TZS, XH),
    F("suspects_arrested", 3, "抓获3名犯罪嫌疑人", JS, TZS, XH),
    F("victim_loss", 100000, "被人冒充乡镇党委书记诈骗10万元", JS, TZS, XH, "2020-10-30", "2020-10-30"),
], campaigns=[]))

# C09 连云港 高新区公安分局 (连网; '今年1月29日', no year)
LYG = "连云港市"
docs.append(dict(doc_id="C09", published=None, facts=[
    F("money_stopped", 42000, "成功拦截止付被骗转账4.2万元", JS, LYG),
    F("money_frozen", 345000, "依法冻结该诈骗账户34.5万元", JS, LYG),
    F("victim_loss", 42000, "骗林某浩分3次向其提供的银行账号转账共4.2万元", JS, LYG),
], campaigns=[]))

# C10 (湖南省公安厅 2021, 华声在线) was dropped by the lead before scoring: it is the same release as
# corpus/realtwelve F04 under another address (CHECK.md), so no story is counted twice.
# C11 西宁 城东分局 (网易青海 '6月24日', '今年5月16日', no year)
XN = "西宁市"
docs.append(dict(doc_id="C11", published=None, facts=[
    F("money_recovered", 700000, "迅速追回70万元全部被骗钱款", QH, XN, "城东区"),
    F("suspects_arrested", 7, "还抓获7名犯罪嫌疑人", QH, XN, "城东区"),
    F("victim_loss", 700000, "被骗了70万元钱款", QH, XN, "城东区"),
], campaigns=[]))

# C12 毕节 纳雍县公安局 两起见面劝阻 (法治中国网, '12月25日', no year; 52万 = 30万 + 22万)
BJ = "毕节市"; NY = "纳雍县"; GZ = "贵州省"
docs.append(dict(doc_id="C12", published=None, facts=[
    F("money_recovered", 520000, "一日内累计为群众挽回经济损失52万元", GZ, BJ, NY),
    F("money_recovered", 300000, "30万元资金被成功拦截", GZ, BJ, NY),
    F("money_recovered", 220000, "22万元现金成功拦截", GZ, BJ, NY),
], campaigns=[]))

# C13 牡丹江 西安分局 (头条 topic page; '9月12日', no year; a 沈阳 paragraph without facts)
docs.append(dict(doc_id="C13", published=None, facts=[
    F("cards_seized", 22, "银行卡22张", HL, "牡丹江市", "西安区"),
], campaigns=[]))

# C14 铜陵市 (中国网安徽; '5月27日', '今年以来', no year)
TL = "铜陵市"
docs.append(dict(doc_id="C14", published=None, facts=[
    F("money_stopped", 1750000, "成功拦截了该女子即将被骗的资金175万元", AH, TL, "郊区"),
    F("accounts_frozen", 4000, "查控冻结涉案账户4000余个", AH, TL, q="at_least"),
    F("money_frozen", 1196000000, "冻结涉案资金11.96亿元", AH, TL),
], campaigns=[]))

# C15 武汉市 (no date; '6月22日', '上半年')
WH = "武汉市"
docs.append(dict(doc_id="C15", published=None, facts=[
    F("accounts_frozen", 10000, "冻结涉案银行账户逾万个", HB, WH, q="at_least"),
    F("suspects_arrested", 2, "抓获周某、王某某两名嫌疑人", HB, WH),
    F("suspects_arrested", 6, "抓获6名可疑人员", HB, WH),
], campaigns=[]))

# C16 吉安 吉水县 跑分窝点 (forum copy; '12月19日', no year)
JA = "吉安市"; JSX = "吉水县"
docs.append(dict(doc_id="C16", published=None, facts=[
    F("suspects_arrested", 19, "当场抓获犯罪嫌疑人19名", JX, JA, JSX),
    F("cards_seized", 112, "嘤航卡112套", JX, JA, JSX),
    F("money_involved", 200000000, "涉案金额达2亿元", JX, JA, JSX),
    F("suspects_detained", 19, "19名犯罪嫌疑人因涉嫌帮助信息网络犯罪活动罪已被刑事拘留", JX, JA, JSX),
], campaigns=[]))

# C17 肇庆高新区 大旺分局 (Traditional with pinyin ruby, 西江日报; '今年前10月', no year)
docs.append(dict(doc_id="C17", published=None, facts=[
    F("people_dissuaded", 120000, "勸阻12萬人次", GD, "肇庆市"),
    F("money_recovered", 400000000, "“搶”回了4億多元", GD, "肇庆市", q="at_least"),
], campaigns=[]))

# C18 哈尔滨 反诈中心 (新浪 ZAKER; '1 月 7 日', no year)
HRB = "哈尔滨市"
docs.append(dict(doc_id="C18", published=None, facts=[
    F("money_recovered", 440000, "避免群众损失近 44 万余元", HL, HRB, q="approx"),
    F("money_recovered", 240000, "差一点就把自己的辛苦赚来的 24 万元转走", HL, HRB, "松北区"),
], campaigns=[]))

# C19 仙桃 '诈毒赌' 攻坚专班 (湖北日报 copy; no year)
docs.append(dict(doc_id="C19", published=None, facts=[
    F("dens_destroyed", 2, "捣毁两个诈骗窝点", HB, "仙桃市"),
    F("suspects_arrested", 20, "共抓获嫌疑人20名", HB, "仙桃市"),
    F("victim_loss", 1000000, "荆州江陵县一起被骗100万元的诈骗案件", HB, "荆州市", "江陵县"),
], campaigns=[]))

# C20 西宁 城西分局 洗钱团伙 ('西宁3月31日电', no year)
docs.append(dict(doc_id="C20", published=None, facts=[
    F("suspects_arrested", 5, "抓获犯罪嫌疑人5人", QH, XN, "城西区"),
    F("cards_seized", 30, "现场缴获涉案银行卡30余张", QH, XN, "城西区", q="at_least"),
    F("money_involved", 6000000, "洗钱流水金额高达600余万元", QH, XN, "城西区", q="at_least"),
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
