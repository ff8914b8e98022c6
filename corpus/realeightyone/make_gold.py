"""Hand-made gold for realeightyone (CE01-CE12; written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

GD = "广东省"; CQ = "重庆市"; ZJ = "浙江省"; SH = "上海市"; QH = "青海省"; NX = "宁夏回族自治区"; SN = "陕西省"

docs = []

# CE01 江门 weekly 反诈预警 (Traditional with pinyin ruby, 江门市公安局 page mirror; "2023年4月17日至2023年4月23日", no page date;
# the text says only "我市", the city follows from the seven district names). 警情81起 left out; the district rows under the
# heading "案發區域及發案數" are cases_filed of each district (realsixteen/realset convention for 发案数 rows).
JM = "江门市"; W = ("2023-04-17", "2023-04-23")
# checker: the seven district rows are removed. They are the week's 警情 split by district, not 立案/发案 counts: the lead
# gives "全市電信網絡詐騙警情81起" for the same week and the rows add up to exactly 81 (15+5+18+17+8+14+4); the same
# bulletin calls its 警情 shares by type "發案占比". 警情 and breakdowns of a 警情 total are not facts (realthirtyone AG04's
# fraud-type rows, realblind T18, realsixtysix BP06). The page stays with no facts (realthirtythree AI10, realtwentyfour P17).
docs.append(dict(doc_id="CE01", published=None, facts=[
    # checker: removed F("cases_filed", 15, "蓬江15起", GD, JM, "蓬江区", *W) and the rows 江海5起, 新會(huì)18起,
    # 臺(tái)山17起, 開(kāi)平8起, 鶴山14起, 恩平4起 (all 警情).
], campaigns=[]))

# CE02 重庆 九龙坡区分局 反诈大数据 (中新网重庆 2021-10-26 15:30). Only the September 刷单 count is a 发案 figure;
# 警情192起, victim sex/age counts and the 16万 average loss are left out.
# checker: the 71 is removed. The same sentence calls it a 警情 count ("9月网络刷单诈骗发案71起,是最高发诈骗警情"): it is
# the 刷单 share of the month's "电信网络诈骗警情192起" (the page counts its 192 victims, 68 men + 124 women, from the same
# 警情), and the page uses 发案 for 警情 ("从发案区域看,…都有电信网络诈骗警情发生"). Same call as CE01. The page stays with
# no facts.
docs.append(dict(doc_id="CE02", published="2021-10-26", facts=[
    # checker: removed F("cases_filed", 71, "9月网络刷单诈骗发案71起", CQ, CQ, "九龙坡区", "2021-09-01", "2021-09-30")
], campaigns=[]))

# CE03 深圳 福田分局 冒充亲属邮件诈骗 (新浪深圳, "5 月 7 日" without a year; spaces inside numbers kept).
docs.append(dict(doc_id="CE03", published=None, facts=[
    F("suspects_arrested", 2, "抓获两名嫌疑人", GD, "深圳市", "福田区"),
    F("victim_loss", 50000, "称自己被骗了 5 万元", GD, "深圳市", "福田区"),
], campaigns=[]))

# CE04 金华 兰溪市公安局 "1分钱"网游装备诈骗 (fensifuwu copy of 中新网 "金华5月23日电"; the text fixes 2018 by "2018年1月20日").
LX = ("金华市", "兰溪市")
docs.append(dict(doc_id="CE04", published="2018-05-23", facts=[
    F("suspects_arrested", 25, "抓获犯罪嫌疑人25人,涉案金额330余万元", ZJ, *LX),
    F("money_involved", 3300000, "涉案金额330余万元", ZJ, *LX, q="at_least"),
    F("victim_loss", 40000, "骗走人民币4万余元", ZJ, *LX, "2018-01-18", "2018-01-18", q="at_least"),
], campaigns=[]))

# CE05 深圳市公安机关 伪基站 冒充95555 诈骗团伙 (eipa.com.cn 案例警讯, no date anywhere; "3月15日" without a year).
SZ = "深圳市"
docs.append(dict(doc_id="CE05", published=None, facts=[
    F("suspects_arrested", 14, "先后抓获涉嫌犯罪嫌疑人共计14人", GD, SZ),
    F("suspects_arrested", 8, "其中从缅甸抓获8人归案", GD, SZ),
    F("suspects_arrested", 6, "该6名犯罪嫌疑人落网", GD, SZ),
    F("cases_solved", 40, "破获了系列诈骗案40余宗", GD, SZ, q="at_least"),
    F("victim_loss", 36868, "该银行账户被转账36868元人民币", GD, SZ, "宝安区"),
    F("victim_loss", 49968, "银行账户被转走49968元人民币", GD, SZ),
], campaigns=[]))

# CE06 上海市公安局 东方明珠 反诈宣传现场活动 (中新网上海 2021-05-25 17:36).
docs.append(dict(doc_id="CE06", published="2021-05-25", facts=[
    F("money_recovered", 2490000, "返还被骗资金249万元", SH, SH, None, "2021-05-25", "2021-05-25"),
], campaigns=[C("打击治理电信网络诈骗犯罪集中宣传月")]))

# CE07 海西 格尔木市公安局 境外"杀猪盘" (中国长安网 2021-09-16 10:14, from 青海公安 WeChat; "9月15日").
GEM = ("海西蒙古族藏族自治州", "格尔木市")
docs.append(dict(doc_id="CE07", published="2021-09-16", facts=[
    F("suspects_arrested", 26, "抓获26名犯罪嫌疑人", QH, *GEM),
    F("money_involved", 76000000, "涉案资金流水7600余万元", QH, *GEM, q="at_least"),
    F("cases_solved", 240, "破获案件240余起", QH, *GEM, q="at_least"),
    F("victim_loss", 300000, "女子被骗30余万元", QH, *GEM, q="at_least"),
], campaigns=[]))

# CE08 银川市公安局 "杀猪盘" 跨境团伙 (Traditional with pinyin ruby; the search tool gave no address; "記者日前", no date).
YC = "银川市"
docs.append(dict(doc_id="CE08", published=None, facts=[
    F("suspects_arrested", 20, "抓獲團(tuán)伙成員20名", NX, YC),
    F("money_frozen", 12200000, "凍結(jié)涉案資金1220余萬(wàn)元", NX, YC, q="at_least"),
    F("victim_loss", 5240000, "被詐騙524萬(wàn)元", NX, YC, "灵武市"),
], campaigns=[]))

# CE09 佛山市公安局 "飓风3号" 专案 冒充政府工作人员诈骗团伙 (金羊网; the search tool gave no address; "记者29日", no month/year).
FS = "佛山市"
docs.append(dict(doc_id="CE09", published=None, facts=[
    F("suspects_arrested", 13, "13名骨干成员全部落网", GD, FS, camp="飓风3号"),
    F("cases_solved", 26, "侦破案件26宗", GD, FS, camp="飓风3号"),
    F("money_involved", 7000000, "总涉案金额达700余万元", GD, FS, q="at_least", camp="飓风3号"),
    F("victim_loss", 600000, "冼阿姨共计被骗金额达60余万元", GD, FS, q="at_least"),
], campaigns=[C("飓风3号", "case")]))

# CE10 杭州 上城区公安分局 虚拟炒股APP 团伙 (Traditional copy of 中新网 "杭州8月12日電", no year in the text).
SC_ = ("杭州市", "上城区")
docs.append(dict(doc_id="CE10", published=None, facts=[
    F("suspects_arrested", 63, "共抓獲犯罪嫌疑人63名", ZJ, *SC_, camp="百日攻坚战"),
    F("money_involved", 13000000, "涉案金額逾1300萬元", ZJ, *SC_, q="at_least"),
    F("victim_loss", 112500, "共損失金額112500元", ZJ, *SC_),
], campaigns=[C("百日攻坚战")]))

# CE11 杭州市反欺诈中心通报会 冒充公检法 (浙江法制报 数字报 一版, "昨天", no date in the text; 上城 南星派出所 劝阻).
docs.append(dict(doc_id="CE11", published=None, facts=[
    F("cases_filed", 18, "冒充公检法诈骗的案件只有18起", ZJ, "杭州市"),
    F("cases_filed", 130, "类似案件一下超过130起", ZJ, "杭州市", q="at_least"),
    F("money_recovered", 3600000, "保住了360万元", ZJ, "杭州市", "上城区"),
    F("money_recovered", 1000000, "事主也差点被骗走100万元", ZJ, "杭州市", "上城区"),
], campaigns=[]))

# CE12 西安 雁塔分局 刑侦大队反诈中心 阻断冒充公检法诈骗 (西部网 via 新浪陕西, "9月13日" without a year).
docs.append(dict(doc_id="CE12", published=None, facts=[
    F("money_recovered", 600000, "成功避免了张女士60万元财产遭受损失", SN, "西安市", "雁塔区"),
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
