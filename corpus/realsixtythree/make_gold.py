"""Hand-made gold for realsixtythree (BM01-BM10; written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

FJ = "福建省"; HB = "湖北省"; SN = "陕西省"; JL = "吉林省"; SC = "四川省"; HN = "湖南省"; SD = "山东省"

docs = []

# BM01 厦门市反诈骗中心 2016年全年通报 (Traditional 厦门晚报, "今日上午" without a date; the text fixes 2016 for the work)
XM = "厦门市"; Y16 = ("2016-01-01", "2016-12-31")
docs.append(dict(doc_id="BM01", published=None, facts=[
    F("money_frozen", 53340000, "凍結涉案資金5334萬元", FJ, XM, None, *Y16),
    F("money_recovered", 31000000, "避免市民經濟損失3100余萬元", FJ, XM, None, *Y16, q="at_least"),
    F("cases_filed", 10598, "共受理成案10598起", FJ, XM, None, *Y16),
    F("money_involved", 140946000, "涉案金額14094.6萬元", FJ, XM, None, *Y16),
    F("money_recovered", 3089000, "返還市民被騙資金308.9萬元", FJ, XM, None, *Y16),
], campaigns=[]))

# BM02 湖北省公安厅 高考招生类诈骗 (Traditional with pinyin, 长江日报 "13日透露", no month or year; "2016年以来" open-ended)
docs.append(dict(doc_id="BM02", published=None, facts=[
    F("cases_filed", 136, "共辦理高考招生類詐騙案件136起", HB),
    F("money_involved", 10000000, "涉案金額1000余萬元", HB, q="at_least"),
    F("victim_loss", 480, "騙走黃某某480元", HB),
    F("victim_loss", 529, "又騙走黃某某529元", HB),
    F("victim_loss", 250000, "吳某的父母向該公司交納了25萬元", HB),
], campaigns=[]))

# BM03 仙桃市公安局 春节反诈 (Traditional with pinyin, 极目新闻, "从除夕至今" without a year; truncated)
docs.append(dict(doc_id="BM03", published=None, facts=[
    F("people_dissuaded", 5, "成功勸阻5名市民被騙", HB, "仙桃市"),
], campaigns=[]))

# BM04 榆林 定边县公安局 14岁女孩追星被骗 (政法网, "8月初/8月4日" without a year)
docs.append(dict(doc_id="BM04", published=None, facts=[
    F("victim_loss", 10000, "被诈骗1万余元", SN, "榆林市", "定边县", q="at_least"),
], campaigns=[]))

# BM05 厦门警方 5名省督逃犯落网 (报告速 copy of 台海网 "11月25日讯", page stamp 25.11.2016)
P05 = ("2016-11-02", "2016-11-22")
docs.append(dict(doc_id="BM05", published="2016-11-25", facts=[
    F("suspects_arrested", 5, "将5名省督在逃人员全部抓捕归案", FJ, XM, None, *P05),
    F("suspects_arrested", 4, "4名在逃人员相继落网", FJ, XM, None, *P05),
    F("victim_loss", 330000, "诈骗厦门群众33万元", FJ, XM),
], campaigns=[]))

# checker: BM06 removed as a duplicate. It is the 中新网 report of the same 长春 菲律宾 "刷单诈骗" case (9月5日 赴菲, 9月14日/26日
# 收网, 11月7日 14名 押解回长) with the same 今年以来 totals (750余人, 团伙31个, 破案600余起, 止付冻结3400余万) as realsix W06
# (xuehua.us, Traditional). Text file and sources.tsv row deleted.

# BM07 雅安 芦山县公安局芦阳派出所 (yybnet copy of 雅安日报 2021-10-13 08:57; "10月7日21时")
YA = "雅安市"; LS = "芦山县"
docs.append(dict(doc_id="BM07", published="2021-10-13", facts=[
    F("victim_loss", 1300, "被骗了1300元", SC, YA, LS, "2021-10-07", "2021-10-07"),
    F("money_recovered", 1300, "将1300元钱退回", SC, YA, LS),
    F("money_recovered", 2700, "收到2700元款项", SC, YA, LS),
], campaigns=[]))

# BM08 湘西 泸溪县公安局 "军恋"诈骗 上门劝阻 (网易, "2月3日" without a year)
docs.append(dict(doc_id="BM08", published=None, facts=[
    F("money_recovered", 820000, "积蓄及贷款共计82万元", HN, "湘西土家族苗族自治州", "泸溪县"),
], campaigns=[]))

# BM09 荆州 沙市区公安分局解放路派出所 "杀猪盘" (云上江汉风, "今年" without a year; truncated)
JZ = "荆州市"; SS = "沙市区"
docs.append(dict(doc_id="BM09", published=None, facts=[
    F("victim_loss", 20000, "已向陌生账户转账2万元", HB, JZ, SS),
    F("money_recovered", 20000, "挽回了2万元的经济损失", HB, JZ, SS),
], campaigns=[]))

# BM10 济南 平阴县公安局 拦截邮寄金条 (Traditional with pinyin under a spam domain, 齐鲁网 "7月30日讯" without a year; truncated)
docs.append(dict(doc_id="BM10", published=None, facts=[
    # checker: the search tool returns this page with "10余萬元" (no "(wàn)" ruby) in both places and "走進(jìn)"; the text was saved
    # again exactly as returned, so the evidence loses the ruby.
    F("money_recovered", 100000, "刷卡購買了10余萬元金條", SD, "济南市", "平阴县", q="at_least"),
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
