"""Hand-made gold for realseventysix (BZ01-BZ09; written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

HB = "湖北省"; YN = "云南省"; BJ = "北京市"; SD = "山东省"; N = None

docs = []

# BZ01 神农架林区公安局 "百日行动" + 今年以来 (神农架融媒体中心, no date and no year anywhere in the text)
# 神农架林区 is a county-level unit run directly by the province -> city 神农架林区, county null.
SNJ = "神农架林区"
docs.append(dict(doc_id="BZ01", published=None, facts=[
    F("suspects_arrested", 4, "抓获犯罪嫌疑人4名,目前", HB, SNJ, camp="百日行动"),
    F("money_recovered", 1700000, "挽损资金170余万元", HB, SNJ, q="at_least", camp="百日行动"),
    F("people_dissuaded", 1800, "共开展预警劝阻1800人次", HB, SNJ),
    F("money_recovered", 3000000, "劝阻止付追赃资金300余万元", HB, SNJ, q="at_least"),
    F("cases_solved", 19, "破获电信网络诈骗案件19起", HB, SNJ),
    F("gangs_busted", 3, "打掉“跑分”团伙3个", HB, SNJ),
    F("suspects_arrested", 58, "抓获目标犯罪嫌疑人58人", HB, SNJ),
    F("cases_solved", 30, "串并带破全国案件30起", HB, SNJ),
], campaigns=[C("百日行动")]))

# BZ02 公安部 "净网2021" (中新网 "北京10月14日电"; the year comes from "净网2021" and "今年以来" -> 2021-10-14)
# Only the "断源" figures (networks serving telecom fraud and gambling) are fraud facts; the all-cybercrime totals
# (3.7万/8万), 个人信息, 网络水军, 护苗 figures are left out (realfortynine AY11, realeighteen M17 precedent).
P02 = ("2021-01-01", "2021-10-14")
docs.append(dict(doc_id="BZ02", published="2021-10-14", facts=[
    F("cases_solved", 16600, "侦破为电信网络诈骗和赌博提供网络支撑犯罪的案件1.66万起", N, N, N, *P02, camp="断源"),
    F("suspects_arrested", 49000, "抓获犯罪嫌疑人4.9万名", N, N, N, *P02, camp="断源"),
], campaigns=[C("净网2021", start="2021"), C("断源")]))

# BZ03 公安部 "拔钉"行动 37名到案 (dyzxw, "发布时间:2022-08-19 10:12:42"; "夏季治安打击整治“百日行动”开展以来" has no start date)
docs.append(dict(doc_id="BZ03", published="2022-08-19", facts=[
    F("suspects_arrested", 37, "成功抓获、劝投目标在逃人员37名", N, camp="拔钉"),
    F("cases_solved", 3010, "初步核破各类电信网络诈骗案件3010余起", N, q="at_least", camp="拔钉"),
    F("money_involved", 900000000, "涉案金额超9亿元", N, q="at_least", camp="拔钉"),
    F("suspects_arrested", 23, "成功抓获23名目标在逃人员", N, camp="拔钉"),
    # checker: added. The 37 到案 (headline) = 23 抓获 + 14 投案自首 ("该37名犯罪嫌疑人"); a surrender that is part of an
    # 到案 total is kept as a breakdown (realthirtythree AI08 "其中…投案自首82名"; realthirtysix CHECK keeps AL09's
    # stand-alone 313 投案 out precisely because it is not part of an arrest total). 23 was already kept, so 14 goes with it.
    F("suspects_arrested", 14, "另有14名目标在逃人员迫于缉捕压力投案自首", N, camp="拔钉"),
], campaigns=[C("拔钉"), C("夏季治安打击整治百日行动")]))

# BZ04 昆明铁路公安处 夏季治安打击整治行动 反诈 (Traditional mirror with mojibake, "連日來"/"近日", no date or year)
# Railway police -> the city of the 公安处 (北京铁路公安处 -> 北京市, realtwentyfour P13); 大理站派出所 belongs to it.
KM = "昆明市"
docs.append(dict(doc_id="BZ04", published=None, facts=[
    F("victim_loss", 84000, "要求指定轉(zhuǎn)賬8.4萬余元", YN, KM, q="at_least"),
    F("money_recovered", 600000, "避免了60萬元的損失", YN, KM),
], campaigns=[C("夏季治安打击整治行动")]))

# BZ05 北京铁路公安处 今年以来 + 案款发还 (yktchina, "记者2月28日", "今年"/"去年9月" without a year)
docs.append(dict(doc_id="BZ05", published=None, facts=[
    F("cases_solved", 9, "破获电信网络诈骗案件9起", BJ, BJ),
    F("suspects_arrested", 11, "抓获11人", BJ, BJ),
    F("money_stopped", 860000, "止付涉案资金86万余元", BJ, BJ, q="at_least"),
    F("money_recovered", 76000, "4名受害群众共领回7.6万余元", BJ, BJ, q="at_least"),
    F("victim_loss", 53000, "诈骗了5.3万元", BJ, BJ),
    F("money_recovered", 18000, "返还的部分被骗资金1.8万余元", BJ, BJ, q="at_least"),
    F("victim_loss", 260000, "骗子骗走26万元", BJ, BJ),
    F("suspects_arrested", 3, "3名帮助诈骗团伙转移资金的嫌疑人相继落网", BJ, BJ, camp="9.26"),
    # checker: added. "…相继落网,目前均已被北京铁路警方刑事拘留" -> suspects_detained 3 beside the arrest, as the finished
    # sets do whenever the same people are arrested and then 刑拘 (realfortysix AV11 "9名…全部落网"/"9名主犯均被刑事拘留",
    # realfiftynine BI08, realfiftysix BF16, realtwentythree I02, realten Q08).
    F("suspects_detained", 3, "3名帮助诈骗团伙转移资金的嫌疑人相继落网,目前均已被北京铁路警方刑事拘留", BJ, BJ, camp="9.26"),
    F("money_recovered", 20000, "返还的部分被骗资金2万余元", BJ, BJ, q="at_least"),
    F("victim_loss", 500000, "4名受害人被诈骗金额合计50余万元", BJ, BJ, q="at_least"),
], campaigns=[C("9.26", kind="case")]))

# BZ06 公安部刑侦局 通报: 云南普洱公安机关 + 缅甸 佤邦 92名 (IT之家 "5 月 6 日消息", "今年 4 月 1 日": no year)
PE = "普洱市"
docs.append(dict(doc_id="BZ06", published=None, facts=[
    F("suspects_arrested", 92, "成功抓获 92 名实施跨境电信网络诈骗的中国籍犯罪嫌疑人", YN, PE),
    F("suspects_arrested", 14, "其中网上在逃人员 14 名", YN, PE),
    F("suspects_arrested", 8, "其中包含 8 名骨干成员", YN, PE),
], campaigns=[]))

# BZ07 公安部: 云南省公安机关 + 缅甸 佤邦 307名 (Traditional with pinyin ruby "(yun)", "記者21日": no month or year)
docs.append(dict(doc_id="BZ07", published=None, facts=[
    F("suspects_arrested", 307, "在緬北佤邦地區成功抓獲307名", YN),
    F("suspects_arrested", 20, "其中網上在逃人員20名", YN),
], campaigns=[]))

# BZ08 淄博 博山分局 代理回国机票 系列诈骗 (no date; "6月4日" without a year)
ZB = "淄博市"; BS = "博山区"
docs.append(dict(doc_id="BZ08", published=None, facts=[
    F("suspects_arrested", 2, "抓获两名犯罪嫌疑人", SD, ZB, BS),
    F("cases_solved", 9, "破获案件9起", SD, ZB, BS),
    F("money_involved", 300000, "涉案金额30余万元", SD, ZB, BS, q="at_least"),
    F("victim_loss", 87000, "英国被骗87000元", SD, ZB, BS),
    F("money_frozen", 20870, "对涉案账户资金20870元进行了冻结", SD, ZB, BS),
], campaigns=[]))

# BZ09 国新办 "十四五" 发布会, 公安部 对外执法合作 (Traditional mirror of 央视, "今天下午", no date or year; text repeated)
docs.append(dict(doc_id="BZ09", published=None, facts=[
    F("dens_destroyed", 2000, "搗毀境外詐騙窩點2000餘個", N, q="at_least"),
    F("suspects_arrested", 80000, "抓獲犯罪嫌疑人8萬餘名", N, q="at_least"),
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
