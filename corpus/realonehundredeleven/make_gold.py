"""Hand-made gold for realonehundredeleven (DJ01-DJ14; written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

SC = "四川省"; GD = "广东省"; ZJ = "浙江省"; SX = "山西省"; TJ = "天津市"; BJ = "北京市"; CQ = "重庆市"; SD = "山东省"

docs = []

# checker: DJ01 removed (yybnet 成都 51人 印度 = the same 王大丽 959万 case as realtwentyseven AC11; realeighty NOTES already dropped
# this very page as the same story). Text and sources.tsv row deleted too.

# DJ02 公安部指挥 10省市 冒充黑社会电信诈骗案 (浙江在线转人民网 2017-12-26); 公安部统一指挥 → 全国 (province null)
P02 = "三打击一整治"
docs.append(dict(doc_id="DJ02", published="2017-12-26", facts=[
    F("suspects_arrested", 177, "共抓获犯罪嫌疑人177名", None, camp=P02),
    F("gangs_busted", 12, "摧毁电信网络诈骗犯罪团伙及上下游灰色产业链犯罪团伙12个", None, camp=P02),
    F("cases_solved", 1000, "初步核破案件千余起", None, q="at_least", camp=P02),
    F("money_involved", 10000000, "涉案金额1000余万元", None, q="at_least", camp=P02),
], campaigns=[C(P02)]))

# DJ03 茂名打击电诈这十年 (论坛转帖 '发表于 2017-4-19 10:41', 截断): 2016年 广东全省立案5万多宗
docs.append(dict(doc_id="DJ03", published="2017-04-19", facts=[
    F("cases_filed", 50000, "2016年全省立各类电信诈骗案件5万多宗", GD, None, None, "2016-01-01", "2016-12-31", q="at_least"),
], campaigns=[C("拔钉子", start="2015-10")]))

# DJ04 永康市公安局 QQ冒充老板 诈骗财务 (繁体 ppfocus 镜像, '今年5月28日''7月18日' 无年份, 截断)
JH = "金华市"; YK = "永康市"
docs.append(dict(doc_id="DJ04", published=None, facts=[
    F("victim_loss", 396000, "往外匯了39.6萬元", ZJ, JH, YK),
    F("suspects_arrested", 10, "抓獲嫌疑人郭某等10餘人", ZJ, JH, YK, q="at_least"),
    F("cards_seized", 30, "繳獲銀行卡30餘張", ZJ, JH, YK, q="at_least"),
    F("cases_solved", 10, "破獲跨區域系列性通信(網絡)詐騙案件10餘起", ZJ, JH, YK, q="at_least"),
    F("money_involved", 1500000, "涉案價值150多萬元", ZJ, JH, YK, q="at_least"),
], campaigns=[]))

# DJ05 晋城 泽州县公安局 警银协作 抓获4名'取款手' (山西新闻网/山西晚报, '7月12日''7月4日''7月5日' 无年份)
JC = "晋城市"; ZZ = "泽州县"
docs.append(dict(doc_id="DJ05", published=None, facts=[
    F("suspects_arrested", 4, "抓获4名线下“取款手”", SX, JC, ZZ),
    F("money_involved", 1000000, "涉案金额100余万元", SX, JC, ZZ, q="at_least"),
    F("money_stopped", 1000000, "拦截涉诈资金100余万元", SX, JC, ZZ, q="at_least"),
    F("cards_seized", 5, "缴获银行卡5张", SX, JC, ZZ),
], campaigns=[]))

# DJ06 深圳 公司财务被冒充高层QQ骗走3505万 (3news 转羊城晚报 '发布时间:2016-01-15 14:34:35', 截断)
docs.append(dict(doc_id="DJ06", published="2016-01-15", facts=[
    F("victim_loss", 35050000, "骗走3505万元", GD, "深圳市", None, "2015-12-10", "2015-12-10"),
], campaigns=[]))

# DJ07 广元市公安局 '8·29'冒充公检法电话诈骗案 (广元新闻网, '今年8月29日' 无年份, 截断)
GY = "广元市"
docs.append(dict(doc_id="DJ07", published=None, facts=[
    F("victim_loss", 600000, "60万被“忽悠”", SC, GY, camp="8·29"),  # checker: tied to the case file; the 60万 is the 8月29日 loss the '8·29' case is named after (as dev A04/A07, realsix W04)
    F("suspects_arrested", 6, "6名嫌犯落网", SC, GY, camp="8·29"),
], campaigns=[C("8·29", kind="case")]))

# DJ08 天津 公安西青分局 网络贷款诈骗 (西青信息港 '日期:2020-07-01', 截断)
docs.append(dict(doc_id="DJ08", published="2020-07-01", facts=[
    F("victim_loss", 1650, "诈骗人民币1650元", TJ, TJ, "西青区"),
    F("money_stopped", 1650, "被害人的1650元被成功止付", TJ, TJ, "西青区"),
], campaigns=[]))

# DJ09 金华 永康警方与阿里 钓鱼网站诈骗团伙 (浙江在线 2016-07-26, 截断)
docs.append(dict(doc_id="DJ09", published="2016-07-26", facts=[
    F("suspects_arrested", 4, "抓获4名犯罪嫌疑人", ZJ, JH, YK),
], campaigns=[]))

# DJ10 杭州市警方 '一元木马'游戏装备诈骗 集群战役 (河北新闻网转载, 文中无年份)
HZ = "杭州市"
docs.append(dict(doc_id="DJ10", published=None, facts=[
    F("suspects_arrested", 68, "抓获犯罪嫌疑人68人", ZJ, HZ),
    F("suspects_arrested", 4, "将张某等4名嫌疑人抓获", ZJ, HZ),
    F("cards_seized", 300, "查获涉案银行卡近300张", ZJ, HZ, q="approx"),
    F("cases_solved", 1500, "破获全国同类案件1500余起", ZJ, HZ, q="at_least"),
    F("money_involved", 20000000, "涉案价值2000余万元", ZJ, HZ, q="at_least"),
    F("victim_loss", 49500, "账户里竟然少了49500元", ZJ, HZ),
    F("victim_loss", 9900, "结果账户余额显示竟然少了9900元", ZJ, HZ),  # checker: the first deduction is a loss of its own (no total is stated; two transfers = two facts, as realthirteen G19 11万 + 5万余)
], campaigns=[]))

# DJ11 北京市公安局网安总队+海淀分局 钓鱼网站团伙 (zgjrzj 转载 '本报讯''1月25日' 无年份)
docs.append(dict(doc_id="DJ11", published=None, facts=[
    F("money_involved", 3000000, "涉案金额约300万元", BJ, BJ, q="approx"),
    F("suspects_arrested", 2, "将两人一举抓获", BJ, BJ),
    F("suspects_detained", 2, "两人因涉嫌非法利用信息网络罪已被刑事拘留", BJ, BJ),
], campaigns=[]))

# DJ12 重庆 江津区公安局几江派出所 冒充游戏好友系列诈骗 退赃 (繁体 澎湃镜像, '2019年5月''今年3月6日' → 年份不定)
docs.append(dict(doc_id="DJ12", published=None, facts=[
    F("victim_loss", 900, "被人冒充游戲好友詐騙了900元", CQ, CQ, "江津区"),
    F("money_involved", 400000, "犯罪嫌疑人共詐騙40萬余元", CQ, CQ, "江津区", q="at_least"),
    F("money_recovered", 900, "退回的900元錢", CQ, CQ, "江津区"),
], campaigns=[]))

# DJ13 德州 宁津县 宁津镇派出所 提升微信额度诈骗 (网易号转宁津公安, 无日期)
docs.append(dict(doc_id="DJ13", published=None, facts=[
    F("victim_loss", 10000, "转入1万元的验证资金", SD, "德州市", "宁津县"),
], campaigns=[]))

# DJ14 广东省公安厅 部署2016年专项行动 (wzatv 转中新网'广州2月3日电'; 文中'2015年''去年''2016年广东警方将' → 2016)
Y14 = ("2014-01-01", "2014-12-31"); Y15 = ("2015-01-01", "2015-12-31")
docs.append(dict(doc_id="DJ14", published="2016-02-03", facts=[
    # checker: the 2015 figures (诈骗类案件1.66万起, 逮捕5119人) count all 诈骗, not telecom fraud -> removed (realtwentyseven CHECK AC18, realeighteen M05)
    F("cases_solved", 17900, "全年共侦破电信诈骗犯罪案件1.79万起", GD, None, None, *Y14),
    F("suspects_arrested", 2727, "逮捕电信诈骗犯罪嫌疑人2727名", GD, None, None, *Y14),
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
