"""Hand-made gold for realfortytwo (AR01-AR20; written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

HN = "湖南省"; SD = "山东省"; FJ = "福建省"; HE = "河北省"; GS = "甘肃省"; YN = "云南省"; AH = "安徽省"
ZJ = "浙江省"

docs = []

# AR01 永州 宁远县 集中收网 帮信洗钱团伙 (红网 "12月31日讯", "12月29日"; no year in the text, truncated at "经调查,2019")
docs.append(dict(doc_id="AR01", published=None, facts=[
    F("suspects_arrested", 58, "现场抓获涉电诈和涉黑灰产业嫌疑人58人", HN, "永州市", "宁远县"),
], campaigns=[]))

# AR02 株洲 芦淞分局 庆云派出所 跑分团伙 (Traditional mirror of 潇湘晨报, "上傳時間: 2022-04-01"; "2022年3月中旬")
LS = ("株洲市", "芦淞区"); D0323 = ("2022-03-23", "2022-03-23")
docs.append(dict(doc_id="AR02", published="2022-04-01", facts=[
    F("suspects_arrested", 9, "將易某、朱某等9名犯罪嫌疑人抓獲", HN, *LS, *D0323),
    F("cards_seized", 3, "銀行卡3余張", HN, *LS, *D0323, q="at_least"),
    F("money_frozen", 50000, "現金5萬余元", HN, *LS, *D0323, q="at_least"),
    F("money_frozen", 810000, "警方及時凍結81萬元流向", HN, *LS, *D0323),
    F("suspects_detained", 9, "易某等9人因涉嫌幫助信息網絡犯罪活動罪被依法刑事拘留", HN, *LS),
], campaigns=[]))

# AR03 青岛 莱西市公安局 "雷霆"行动 战果展示暨涉案财物发还大会 (山东法制传媒网, "11月20日上午", no year)
LX = ("青岛市", "莱西市"); LT = "雷霆行动"
docs.append(dict(doc_id="AR03", published=None, facts=[
    F("cases_solved", 720, "破获电信网络诈骗案件720余起", SD, *LX, q="at_least", camp=LT),
    F("suspects_arrested", 280, "抓获犯罪嫌疑人280余名", SD, *LX, q="at_least", camp=LT),
    F("money_recovered", 14000000, "追回被骗资金1400余万元", SD, *LX, q="at_least", camp=LT),
    F("money_stopped", 51600000, "止付资金5160万元", SD, *LX, camp=LT),
], campaigns=[C(LT)]))

# AR04 福州 水部派出所 取现"工具人" (福州晚报 via 东南网 clnews, stamp 2024-08-09 15:45:48)
docs.append(dict(doc_id="AR04", published="2024-08-09", facts=[
    F("money_stopped", 380000, "拦截涉诈金额38万元", FJ, "福州市"),
], campaigns=[]))

# AR05 邯郸 涉县公安局 抓获两名"帮信"网上逃犯 (Traditional 邯郸之窗 mirror, "2022-04-26 09:01:36")
docs.append(dict(doc_id="AR05", published="2022-04-26", facts=[
    F("suspects_arrested", 2, "抓獲兩名涉嫌“幫信罪”", HE, "邯郸市", "涉县"),
], campaigns=[]))

# AR06 白银 景泰县公安局 警银联动拦截30万 (Traditional 白银政法网 mirror; "今天是 2025年12月17日" is a site widget; "11月26日")
JT = ("白银市", "景泰县")
docs.append(dict(doc_id="AR06", published=None, facts=[
    F("money_stopped", 300000, "成功攔截一筆正在轉(zhuǎn)移的30萬(wàn)元涉詐資金", GS, *JT),
    F("suspects_arrested", 2, "詐騙犯罪嫌疑人2名", GS, *JT),
], campaigns=[]))

# AR07 酒泉 瓜州县公安局 空地联动反诈 (中国甘肃网; no date in the text; "今年以来" open; truncated)
GZ = ("酒泉市", "瓜州县")
docs.append(dict(doc_id="AR07", published=None, facts=[
    F("money_recovered", 600000, "挽损金额达到60余万元", GS, *GZ, q="at_least"),
    F("cases_filed", 54, "共立电信网络诈骗案件54起", GS, *GZ),
    F("cases_solved", 28, "破案28起", GS, *GZ),
], campaigns=[]))

# AR08 临沧 镇康县 警银协同拦截12.5万 (镇康县人民政府, "时间:2024-11-01"; "9月24日" + "随后短短一周内")
ZK = ("临沧市", "镇康县")
docs.append(dict(doc_id="AR08", published="2024-11-01", facts=[
    F("money_stopped", 125000, "成功拦截涉诈资金12.5万元", YN, *ZK),
    F("suspects_arrested", 3, "抓获涉嫌洗钱的犯罪嫌疑人3人", YN, *ZK),
    F("money_stopped", 100000, "银行账户内涉诈资金10万元", YN, *ZK),
    F("money_stopped", 25000, "银行账户内涉诈资金2.5万元", YN, *ZK),
], campaigns=[]))

# AR09 合肥 巢湖市 槐林派出所 警银劝阻 40万养老钱 (Traditional mirror; "12月16日", no year)
docs.append(dict(doc_id="AR09", published=None, facts=[
    F("money_recovered", 400000, "成功為老人“搶回”40萬(wàn)元養(yǎng)老錢", AH, "合肥市", "巢湖市"),
], campaigns=[]))

# AR10 公安部 2021年4月-2022年7月 (Traditional 中国台湾网 mirror with a spam header; stamp "2022-08-18 08:57:00",
# "新華社北京8月17日電")
P10a = ("2021-04-01", "2022-07-31"); P10b = ("2021-04-01", "2022-08-18")
docs.append(dict(doc_id="AR10", published="2022-08-18", facts=[
    F("cases_solved", 594000, "全國共破獲電信網(wǎng)絡(luò)詐騙案件59.4萬起", None, None, None, *P10a),
    F("money_stopped", 551800000000, "緊急攔截止付涉案資金5518億元", None, None, None, *P10b),
    F("people_dissuaded", 109000000, "成功避免1.09億名群眾受騙", None, None, None, *P10b),
], campaigns=[C("云剑"), C("断卡行动"), C("断流")]))

# AR11 六安 金安分局 "守护平安—砺剑行动" 抓获八名帮信逃犯 (大皖新闻, "1月21日下午", no year)
LJ = "守护平安—砺剑行动"
docs.append(dict(doc_id="AR11", published=None, facts=[
    F("suspects_arrested", 8, "抓获八名涉嫌帮助信息网络犯罪活动罪嫌疑人", AH, "六安市", "金安区", camp=LJ),
], campaigns=[C(LJ)]))

# AR12 合肥 包河分局 断卡 开贩卡嫌疑人 (网易; no page date; "2021年8月" is when the card was noticed)
DK = "断卡行动"
docs.append(dict(doc_id="AR12", published=None, facts=[
    F("money_involved", 900000, "交易流水累计达90余万元", AH, "合肥市", "包河区", q="at_least", camp=DK),
], campaigns=[C(DK)]))

# AR13 保定 "王某被电信网络诈骗案" 境外窝点 91名 (Traditional mirror; "9月3日", "今年7月", no year)
BD = ("保定市", None)
docs.append(dict(doc_id="AR13", published=None, facts=[
    F("dens_destroyed", 2, "一舉打掉盤踞在境外的電信網(wǎng)絡(luò)詐騙窩點2個", HE, *BD),
    F("suspects_arrested", 91, "抓獲電信網(wǎng)絡(luò)詐騙犯罪嫌疑人91名", HE, *BD),
    F("suspects_arrested", 17, "該案共抓獲境內(nèi)嫌疑人17名", HE, *BD),
    F("suspects_arrested", 11, "其中境外金主11名", HE, *BD),
], campaigns=[]))

# AR14 沧州 任丘市 "8.20"电信诈骗案 (网易河北; no date in the text; "8月15日/8月20日/8月26日")
# checker: the lead credits the result to "沧州市局反诈中心联合任丘市公安局" and the page calls it "市县两级合力破案";
# a joint result of the 市局 and a county force goes to the city with county null (ANNOTATION joint-operation rule
# "A市公安局会同…" -> A市; realfortyone AQ18 白银市公安局指挥中心联袂靖远县局 -> 白银市, realblind T20 "市县两级警方",
# realset S22, realsix W02). Was ("沧州市", "任丘市") on all nine facts.
RQ = ("沧州市", None); A820 = "8.20"
docs.append(dict(doc_id="AR14", published=None, facts=[
    F("gangs_busted", 3, "成功打掉3个洗钱团伙", HE, *RQ, camp=A820),
    F("gangs_busted", 1, "1个引流、租号团伙", HE, *RQ, camp=A820),
    F("suspects_arrested", 25, "抓获犯罪嫌疑人25人,查扣银行卡", HE, *RQ, camp=A820),
    F("cards_seized", 180, "查扣银行卡180余张", HE, *RQ, q="at_least", camp=A820),
    F("cases_solved", 290, "带破外省市电信网络诈骗案件290余起", HE, *RQ, q="at_least", camp=A820),
    F("money_involved", 46000000, "涉案金额逾4600万元", HE, *RQ, q="at_least", camp=A820),
    F("victim_loss", 25000, "以网上贷款为由诈骗2.5万元", HE, *RQ, camp=A820),
    F("suspects_arrested", 17, "抓获洗钱操作手刘某野等17名犯罪嫌疑人", HE, *RQ, camp=A820),
    F("suspects_arrested", 8, "肖某男等8人", HE, *RQ, camp=A820),
], campaigns=[C(A820, kind="case")]))

# AR15 湘西州 夏季治安打击整治行动 (法治在线 fzzx; no year in the text)
XX = "湘西土家族苗族自治州"; XJ = "夏季治安打击整治行动"
docs.append(dict(doc_id="AR15", published=None, facts=[
    F("money_recovered", 772500, "电诈案件挽损77.25万", HN, XX, camp=XJ),
    F("money_involved", 12000000, "该案涉案资金超1200万元", HN, XX, "龙山县", q="at_least"),
    F("suspects_arrested", 54, "抓获犯罪嫌疑人54人", HN, XX, "龙山县"),
    F("suspects_arrested", 7, "当场抓获7名犯罪嫌疑人", HN, XX, "古丈县"),
    F("money_recovered", 240000, "感谢民警为其追回24万元", HN, XX, "泸溪县"),
], campaigns=[C(XJ)]))

# AR16 张家口 桥西分局 开贩手机卡团伙 (河北法制报; "7月10日", "今年2月", no year)
QX = ("张家口市", "桥西区")
docs.append(dict(doc_id="AR16", published=None, facts=[
    F("suspects_arrested", 9, "抓获组织开卡、带队开卡人等各层级犯罪嫌疑人9名", HE, *QX),
    F("cards_seized", 164, "查扣涉案手机卡164张", HE, *QX),
    F("suspects_detained", 9, "9名犯罪嫌疑人以涉嫌帮助信息网络犯罪活动被刑事拘留", HE, *QX),
], campaigns=[]))

# AR17 益阳 赫山分局 医院机房 GOIP 团伙 (中国警察网; "6月", no year)
HS = ("益阳市", "赫山区")
docs.append(dict(doc_id="AR17", published=None, facts=[
    F("suspects_arrested", 5, "抓获犯罪嫌疑人5名", HN, *HS),
    F("suspects_arrested", 4, "将张某等4名犯罪嫌疑人抓获", HN, *HS),
    F("victim_loss", 8000, "骗取其8000余元", HN, *HS, q="at_least"),
], campaigns=[]))

# AR18 嘉兴 秀洲分局 王店派出所 拦截取现车手 16万 (南湖晚报 via wanbiaoku; "9月11日", no year)
docs.append(dict(doc_id="AR18", published=None, facts=[
    F("money_stopped", 160000, "派出所成功拦截了16万元的现金交易", ZJ, "嘉兴市", "秀洲区"),
], campaigns=[]))

# AR19 长沙县公安局 直播平台类诈骗 184人 (Traditional mirror of 新华社 "1月16日電"; "2021年1月11日晚" fixes the year)
CSX = ("长沙市", "长沙县")
docs.append(dict(doc_id="AR19", published="2021-01-16", facts=[
    F("suspects_arrested", 184, "抓獲184名涉案人員", HN, *CSX, "2021-01-11", "2021-01-11"),
    F("suspects_arrested", 30, "抓獲30名涉案人員", HN, *CSX, "2020-07-30", "2020-07-30"),
    F("suspects_arrested", 91, "抓獲91名涉案人員", HN, *CSX, "2020-10-15", "2020-10-15"),
], campaigns=[]))

# AR20 长沙 湘江新区公安局 雨敞坪派出所 拦截快递现金4万 (星辰在线 "7月15日讯", no year in the text)
docs.append(dict(doc_id="AR20", published=None, facts=[
    F("money_recovered", 40000, "将4万元现金一分不少地从羽绒服中取出", HN, "长沙市"),
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
