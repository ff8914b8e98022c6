"""Hand-made gold for realninetyfive (CT01-CT07; written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

GD = "广东省"; HB = "湖北省"; SC = "四川省"; GS = "甘肃省"; BJ = "北京市"; SD = "山东省"

docs = []
# checker: second reading done (CHECK.md). No fact, value, qualifier, region, period, published date or campaign changed;
# checker: no page removed; CT03-CT07 texts identical to the search tool's excerpts, CT01/CT02 not found again (kept).

# CT01 人民日报 "预警劝阻别忽视 财产安全要重视" (zgjrw mirror; the text gives no date and no year; truncated).
# 深圳 南山分局 何女士 case: 11次上门劝阻/13次电话劝阻 are counts of actions (not gold); 被骗173430元 is the victim's loss.
# The 宣传月 "全民反诈在行动" is named but its dates are not in the text; no figure is tied to it.
docs.append(dict(doc_id="CT01", published=None, facts=[
    F("victim_loss", 173430, "此时已被骗173430元", GD, "深圳市", "南山区"),
], campaigns=[C("全民反诈在行动")]))

# CT02 荆楚网 2021-04-21 17:15, 武汉 东湖新技术开发区分局 关南派出所 (functional zone -> 武汉市 without county, as realeightythree
# CG05 / realfiftyseven BG15). Headline "拦截286万元" and body "成功止付286万元" are one claim; the day of the call is not given.
docs.append(dict(doc_id="CT02", published="2021-04-21", facts=[
    F("money_stopped", 2860000, "成功止付286万元", HB, "武汉市"),
], campaigns=[]))

# CT03 内江公安 拦下送现金的钟某 (华西都市报-封面新闻 via 中新网 editor line, "8月15日" without a year; no page date)
docs.append(dict(doc_id="CT03", published=None, facts=[
    F("money_recovered", 65000, "钟某的6.5万元才保住了", SC, "内江市"),
], campaigns=[]))

# CT04 法治甘肃网 2025-10-22 16:55, 会宁县公安局 (白银市). Headline "拦截涉诈资金30万元" and lead "挽回经济损失30万元" are one claim
# (as realtwentysix AB04 皋兰: money_recovered).
# checker: kept money_recovered (AB04 precedent, confirmed in realtwentysix CHECK.md; body says 挽回, headline 拦截).
# 25万元 + 自借5万元 are the parts of the 30万; the two arrests have no numeral.
docs.append(dict(doc_id="CT04", published="2025-10-22", facts=[
    F("money_recovered", 300000, "为群众挽回经济损失30万元", GS, "白银市", "会宁县", "2025-09-25", "2025-09-25"),
], campaigns=[]))

# CT05 北京日报客户端 (飞速影视 mirror, page 4 of a multi-page story, page date 2023-04-24). 西城分局反诈中心 "仅4个月" totals;
# which four months is not fixed -> period null. 3000余件次 calls, 1800余条 texts and 43万条 线索 are not gold metrics.
docs.append(dict(doc_id="CT05", published="2023-04-24", facts=[
    F("people_dissuaded", 280000, "劝阻潜在受害群众28万人", BJ, BJ, "西城区"),
    F("money_recovered", 390000000, "挽损金额3.9亿元", BJ, BJ, "西城区"),
], campaigns=[]))

# CT06 鱼台公安特警 (Traditional mojibake mirror, "11月11日" without a year; no page date). One claim: 挽回8300元.
docs.append(dict(doc_id="CT06", published=None, facts=[
    F("money_recovered", 8300, "幫他挽回了8300元的損失", SD, "济宁市", "鱼台县"),
], campaigns=[]))

# CT07 海淀分局 上地派出所 "封面人物" (北京联盟 copy on jiangsulong, "8月6日" without a year; no page date in the text).
# checker: kept money_recovered 20000 exact -- the only police/outlet claim is the headline; "两万余元" is the victim's fee.
# Result figure is the original headline "拦下两万元" (拦下/保住 -> money_recovered, as the 1.96万 永善 page);
# "一共费用两万余元" is the victim's own account of the fee, the same money.
docs.append(dict(doc_id="CT07", published=None, facts=[
    F("money_recovered", 20000, "联手拦下两万元", BJ, BJ, "海淀区"),
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
