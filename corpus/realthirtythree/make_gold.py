"""Hand-made gold for realthirtythree (AI01-AI10; written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

ZJ = "浙江省"; AH = "安徽省"; HA = "河南省"; FJ = "福建省"; SD = "山东省"; GX = "广西壮族自治区"
HI = "海南省"; GD = "广东省"

docs = []

# AI01 绍兴 上虞区公安分局 2019年1~8月 (上虞门户网 "2019-09-04 10:57"; 9月2日 新闻发布会)
SX = "绍兴市"; SY = "上虞区"; P = ("2019-01-01", "2019-08-31")
docs.append(dict(doc_id="AI01", published="2019-09-04", facts=[
    F("cases_filed", 621, "共受理电信网络新型违法犯罪案件621起", ZJ, SX, SY, *P),
    F("gangs_busted", 11, "打掉电信网络诈骗犯罪团伙11个", ZJ, SX, SY, *P),
    F("suspects_arrested", 312, "共抓获犯罪嫌疑人312人", ZJ, SX, SY, *P),
    F("cases_solved", 36, "破获浙江省案件36起", ZJ, SX, SY, *P),
    F("cases_solved", 7000, "外地案件7000余起", ZJ, SX, SY, *P, q="at_least"),
    F("cases_solved", 200, "带破全国案件200余起", ZJ, SX, SY, q="at_least"),
    F("money_involved", 13000000, "涉案金额1300余万元", ZJ, SX, SY, q="at_least"),
    F("money_recovered", 930000, "第一时间止损93万元", ZJ, SX, SY),
], campaigns=[]))

# AI02 黄山市公安局 新闻发布实录 (黄山市人民政府 政务公开页, 发布日期 2025-08-08; 今年以来)
docs.append(dict(doc_id="AI02", published="2025-08-08", facts=[
    F("money_recovered", 9000000, "共计挽回群众损失900余万元", AH, "黄山市", None, "2025-01-01", "2025-08-08", q="at_least"),
], campaigns=[]))

# AI03 河南省公安厅 2020年 (Traditional, big5 cri 转大河网 "6月17日", reports the year 2020 -> 2021-06-17)
Y20 = ("2020-01-01", "2020-12-31")
docs.append(dict(doc_id="AI03", published="2021-06-17", facts=[
    F("cases_solved", 31300, "共破獲本省立案電詐案件3.13萬起", HA, None, None, *Y20),
    F("cases_solved", 1300, "共破獲省內外涉疫情詐騙案件1300余起", HA, None, None, *Y20, q="at_least"),
    F("suspects_arrested", 500, "抓獲犯罪嫌疑人500余名", HA, None, None, *Y20, q="at_least"),
    F("money_frozen", 37000000, "凍結涉案資金3700余萬元", HA, None, None, *Y20, q="at_least"),
], campaigns=[C("反诈雷霆行动", start="2020"), C("断卡行动")]))

# AI04 福州 福清市公安局 集中返还 (东南网福清频道 2024-06-21)
docs.append(dict(doc_id="AI04", published="2024-06-21", facts=[
    F("money_recovered", 4300000, "现场向25名电信网络诈骗受害人返还资金430余万元", FJ, "福州市", "福清市",
      "2024-06-21", "2024-06-21", q="at_least"),
], campaigns=[]))

# AI05 山东省公安厅 今年前7个月 (农民日报稿 转载页, no year in the text)
docs.append(dict(doc_id="AI05", published=None, facts=[
    F("cases_solved", 8430, "山东破获电信网络诈骗案件8430起", SD),
    F("suspects_arrested", 4397, "抓获犯罪嫌疑人4397名", SD),
    F("money_stopped", 1310000000, "止付涉案资金13.1亿元", SD),
    F("money_frozen", 1020000000, "冻结涉案资金10.2亿元", SD),
    F("money_recovered", 1490000000, "避免和挽回经济损失14.9亿元", SD),
], campaigns=[]))

# AI06 山东省公安厅 2024年 (央视网 "2月26日", reports the year 2024 -> 2025-02-26)
Y24 = ("2024-01-01", "2024-12-31")
docs.append(dict(doc_id="AI06", published="2025-02-26", facts=[
    F("money_recovered", 2946000000, "帮助群众避免损失29.46亿元", SD, None, None, *Y24),
    F("people_dissuaded", 2290500, "上门劝阻229.05万人次", SD, None, None, *Y24),
    F("cases_solved", 274, "攻克274起损失百万元以上案件", SD, None, None, *Y24),
    F("suspects_arrested", 3470, "抓获犯罪嫌疑人3470名", SD, None, None, *Y24),
], campaigns=[C("全民反诈在行动"), C("云剑"), C("断流"), C("拔钉"), C("夏季行动")]))

# AI07 南宁市 打击治理电信网络诈骗工作新闻发布会 (广西日报 2024-11-13; 今年以来)
P = ("2024-01-01", "2024-11-13")
docs.append(dict(doc_id="AI07", published="2024-11-13", facts=[
    F("dens_destroyed", 20, "打击窝点20个", GX, "南宁市", None, *P),
    F("suspects_arrested", 300, "抓获违法犯罪嫌疑人300多名", GX, "南宁市", None, *P, q="at_least"),
], campaigns=[]))

# AI08 海南省公安机关 "蓝天二号"专案集中收网 (海口长安网 发布时间 2019-06-28)
LT = "蓝天二号"; P = ("2019-06-25", "2019-06-28")
docs.append(dict(doc_id="AI08", published="2019-06-28", facts=[
    F("suspects_arrested", 265, "共到案犯罪嫌疑人265名", HI, None, None, *P, camp=LT),
    F("suspects_arrested", 82, "其中发布缉捕公告后投案自首82名", HI, None, None, *P, camp=LT),
], campaigns=[C(LT, kind="case", start="2019-06-25"), C("云剑")]))

# AI09 广州市公安局 涉疫情诈骗 (中新网 "2月9日电", "1月24日至2月8日", no year in the text)
GZ = "广州市"
docs.append(dict(doc_id="AI09", published=None, facts=[
    F("cases_solved", 123, "共破获涉疫情诈骗案件123宗", GD, GZ),
    F("suspects_arrested", 52, "抓获涉疫情诈骗嫌疑人52人", GD, GZ),
    F("money_involved", 930000, "涉案金额93万多元", GD, GZ, q="at_least"),
    F("money_recovered", 400000, "为民众挽回经济损失近40万元", GD, GZ, q="approx"),
    F("victim_loss", 30000, "被骗3万元", GD, GZ, "番禺区"),
    F("money_recovered", 20000, "为该事主挽回经济损失近2万元", GD, GZ, "番禺区", q="approx"),
], campaigns=[]))

# AI10 广州 白云区 人和镇 最小应急单元协助警方 (南方网 2024-04-29; "自今年3月以来")
# checker: the 3 facts (gangs_busted 3, suspects_arrested 7, cases_solved 20) are removed. The gangs "冒充港澳台人员/
# 华侨" were caught in a village by 蹲守 with 作案车辆 and 假车牌: a face-to-face street fraud (街头诈骗). The page never
# says 电信 or 网络, and it is a 治安联防 story, not a 反诈 one. Figures of other crimes are not facts, and ordinary
# 诈骗 that is not telecom/online fraud counts as another crime in the finished sets (realtwentyseven AC18, realeighteen
# M05; 假币掉包/碰瓷/婚姻诈骗 pages were dropped at selection in realtwentyone and realthirty). As realtwentyfour P17
# (mixed 侵财 returns), the page stays with its published date and no facts.
docs.append(dict(doc_id="AI10", published="2024-04-29", facts=[
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
