"""Clean text → title, published date (dateline only) and source outlet."""
from __future__ import annotations

import pytest

from parsers.meta import extract_meta

BODY = "今年以来，全市共破获电信网络诈骗案件207起，抓获犯罪嫌疑人262名。"


@pytest.mark.parametrize(
    ("header", "published", "source"),
    [
        ("2019-07-11 19:44来源:国家应急广播网综合", "2019-07-11", "国家应急广播网"),
        ("发布时间: 2021-07-12 09:53:24信息来源: 晋城市公安局", "2021-07-12", "晋城市公安局"),
        ("发布日期:2022-05-03 13:18点击次数:190", "2022-05-03", None),
        ("2020-08-28兰州公安", "2020-08-28", "兰州公安"),
        ("2020-08-28 兰州公安", "2020-08-28", "兰州公安"),
        ("2020-03-09 15:27来源:大河客户端 责任编辑:宋东风", "2020-03-09", "大河客户端"),
        ("2020年8月28日 10:00", "2020-08-28", None),
        ("2020/08/28", "2020-08-28", None),
        ("2020.08.28 来源：平安某某 作者：张三", "2020-08-28", "平安某某"),
        ("来源：某市公安局 发布时间：2021-05-01", "2021-05-01", "某市公安局"),
        ("文章来源：新华网整理   时间：2018年3月5日", "2018-03-05", "新华网"),
        ("2020-13-45 来源:某网", None, "某网"),  # impossible date
        ("2021\n05-25\n资讯", "2021-05-25", None),  # the year above the day
        ("— 2023—\n12/28\n11:27:16", "2023-12-28", None),
        ("2021\n13-45", None, None),
        ("www.某网.com.cn      某新闻网    2019年07月09日 08:39:03", "2019-07-09", None),  # site, 年月日 and time
        ("3上一篇  下一篇4 2023年2月28日 放大 缩小 默认", "2023-02-28", None),  # e-paper buttons
        ("2019年5月14日 星期 放大 缩小 默认 3 上一篇  下一篇 4", "2019-05-14", None),
        ("某市日报 2017-06-06 09:27 大字", "2017-06-06", None),  # a font-size button, no outlet
        ("新闻作者:某某  发布时间:2016年08月19日  查看次数:  放大 缩小 默认", "2016-08-19", None),  # a view counter's label
        ("21/11/2024 17:21", "2024-11-21", None),  # a Hong Kong wire: day first
        ("05/03/2018 18:13", "2018-03-05", None),
        ("11/21/2024 17:21", "2024-11-21", None),  # no month 21: month first
        ("13/13/2024 17:21", None, None),
    ],
)
def test_dateline_forms(header: str, published: str | None, source: str | None) -> None:
    meta = extract_meta(f"某地警方破获电诈案件12起\n\n{header}\n\n{BODY}\n")
    assert meta.published == published
    assert meta.source == source
    assert meta.title == "某地警方破获电诈案件12起"


@pytest.mark.parametrize(
    "text",
    [
        "某地警方破获电诈案件12起\n\n2019年7月4日15时20分,郑州市民肖某报警称被骗15万元。\n",
        "某地警方破获电诈案件12起\n\n2021年3月5日，某县公安局破获一起案件。\n",
        "某地警方破获电诈案件12起\n\n2020年8月28日上午，民警接到报警。\n",
        "某地警方破获电诈案件12起\n\n" + BODY + "\n",
        "",
    ],
)
def test_body_dates_are_never_published(text: str) -> None:
    assert extract_meta(text).published is None


def test_date_outside_header_area_ignored() -> None:
    lines = ["标题：某地破获案件"] + [f"第{i}段正文内容较长。" for i in range(15)] + ["2020-08-28 兰州公安"]
    meta = extract_meta("\n".join(lines))
    assert meta.published is None and meta.source is None


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("2020-08-28 兰州公安\n\n兰州警方破获电诈现案585起\n", "兰州警方破获电诈现案585起"),
        ("摘要：某某\n\n抗疫反诈, 开封警方侦破案件24起\n", "抗疫反诈, 开封警方侦破案件24起"),
        ("来源:某网\n\n\n  某市公安局通报电诈形势  \n", "某市公安局通报电诈形势"),
        ("2020-08-28\n\n", None),
    ],
)
def test_title(text: str, title: str | None) -> None:
    assert extract_meta(text).title == title


def test_body_source_mention_not_taken() -> None:
    text = "某地破获案件\n\n" + "凡本网注明“来源:某某网”的所有作品，均为本网所有。" + "\n"
    assert extract_meta(text).source is None


# Issue 7, kind 8: published dates on real pages (examples in our own words).
@pytest.mark.parametrize(
    ("text", "published"),
    [
        pytest.param("某地警方打击电诈见成效\n12.04.2019 09:30\n本文来源: 某网\n" + BODY,
                     "2019-04-12", id="day-first-dateline"),
        pytest.param("某县通报反诈成绩单\n2021-3-8 10:02| 发布者: 某人| 查看: 99\n" + BODY,
                     "2021-03-08", id="forum-dateline-with-pipes"),
        # realninetyeight CW06's first sight: the reporters' names, then the labels run together
        pytest.param("某市警方公布反诈骗成果\n2016-11-17 09:57 甲乙 丙丁 来源:某某网责任编辑:戊己我来说两句\n" + BODY,
                     "2016-11-17", id="stamp-then-reporters-then-labels"),
        pytest.param("某市通报\n2019-07-04 15:20 市民张某在家中接到电话称其涉嫌洗钱要求转账来源不明\n" + BODY,
                     None, id="a-date-that-opens-a-story-whose-words-hold-a-label-word-is-no-stamp"),
        pytest.param("某市反诈\n" + BODY + "\n（《某某日报》2024年10月09日第A3版）\n",
                     "2024-10-09", id="print-footer"),
        pytest.param("某市反诈\n《 某某日(bào) 》( 2022年08月29日 10 版)\n" + BODY,
                     "2022-08-29", id="print-footer-with-ruby-and-no-di"),
        pytest.param("某网北京3月2日电 记者从某市公安局获悉，2020年全市破获案件100起。\n",
                     "2021-03-02", id="yearless-dateline-after-stated-year-end"),
        pytest.param("某网某市2月26日电 近日，外逃多年的嫌疑人回乡投案。2020年春节期间，民警多方联系其家属劝投。\n",
                     "2020-02-26", id="yearless-dateline-after-a-festival-of-the-stated-year"),
        pytest.param("某网讯(通讯员 甲乙)9月3日,市公安局发布消息:2018年1至8月破获案件5起。\n",
                     "2018-09-03", id="yearless-dateline-after-byline"),
        pytest.param("某区人大督办反诈\n某新闻网讯 某报记者甲乙报道:3月22日,某区人大常委会督办代表建议。2021年全区止付金额接近3亿元。\n",
                     "2022-03-22", id="yearless-dateline-after-an-unbracketed-byline-that-reported"),
        pytest.param("某地警方破获洗钱案\n某之家 12 月 11 日消息，据某市公安局消息，2022年7月15日，某分局接到预警线索。\n",
                     "2022-12-11", id="yearless-dateline-with-spaced-digits"),
        pytest.param("某网(某某日报)(通讯员 甲乙)11月12日,某县公安局传来消息。2025年1月，市反诈中心发现线索。\n",
                     "2025-11-12", id="outlet-and-bracketed-bylines-without-xun"),
        pytest.param("某市通报\n2018年9月5日，某市公安机关一举抓获涉案人员658名，捣毁窝点4处，缴获手机2000余部。\n"
                     "7月30日，某市公安局接到省反诈中心通报：有人通过微信发布信息，涉嫌诈骗犯罪。\n",
                     None, id="a-notice-received-opens-a-case-story-not-a-dateline"),
        pytest.param("某县筑牢反诈防火墙\n近日，某县公安局通过预警平台及时发现异常情况，成功打掉一个诈骗团伙，抓获犯罪嫌疑人11名，"
                     "挽回群众经济损失15万元，受到群众好评。\n- 2024-12-22某市:文明实践绘就乡村振兴新图景\n- 2024-12-21某市新闻\n",
                     None, id="a-related-headline-listed-after-the-article"),
        # realeightyfive CI01's first sight: a spam mirror's feed of other stories, no bullets
        pytest.param("🎎➲♪\n今年，某市全市电信网络诈骗案件既遂数、接报金额同比分别下降14%、41.6%，实现“六年连降”。"
                     "警方日均拦截涉诈电话40余万通、短信40余万条，累计阻断涉诈转账13万笔，避免损失约31亿元。\n"
                     "具体惩戒措施包括金融惩戒、电信网络惩戒和信用惩戒三种。\n2024/12/12尚凡艳⛤\n某市电动自行车新规公布\n"
                     "2024/12/12张慧朗⛃\n商务部回应经贸协议\n2024/12/11雷冰荣🔷\n某某高速公路通车\n",
                     None, id="a-feed-of-dated-headlines-without-bullets-after-the-article"),
        pytest.param("某市返还涉案资金\n某报讯 12月10日下午，某市公安局举行返还发布会，对295笔涉案资金进行了集中返还，"
                     "受到群众好评。\n- 江苏\n- 2021-12-10 20:33:15\n",
                     "2021-12-10", id="a-bare-time-stamp-after-the-article-still-dates-it"),
        pytest.param("某县返还被骗资金\n4月20日，某县公安局举行返还仪式。2023年以来破获案件8起。\n",
                     "2023-04-20", id="lead-opens-on-report-day"),
        pytest.param("某地警方破获案件\n某日报5月6日讯 今年以来破获案件10起。\n", None,
                     id="yearless-dateline-no-year-in-text"),
        pytest.param("某地警方破获案件\n某网讯 11月2日，记者获悉，今年1至10月破获案件9起。自2019年3月专项行动开展以来成效明显。\n",
                     None, id="campaign-start-year-does-not-date-the-page"),
        pytest.param("某市返还资金\n本报讯 12月5日，记者从2024年度某市反诈表彰大会获悉，2024年至今抓获嫌疑人60名。\n",
                     "2024-12-05", id="year-still-running"),
        pytest.param("某省通报\n某网1月6日电 1月6日，某省召开发布会。2023年，全省破获案件900起；2023年以来返还资金1亿元。\n",
                     "2024-01-06", id="january-review-of-the-year-before"),
        pytest.param("某网四川3月16日电 近日，某市公安局发布消息，反诈工作位列2023年考核全省第一。2023年以来，全市重拳出击。2023年破获案件1200起。\n",
                     "2024-03-16", id="march-review-of-the-year-before"),
        pytest.param("某区警方捣毁引流团伙\n某方网通讯员某某5月18日报道：2023年以来，某公安分局深入开展系列专项打击整治行动。\n",
                     "2023-05-18", id="correspondent-reported-on-a-day"),
        pytest.param("某省反诈成效\n某视网消息 2月26日，记者从某省公安厅了解到，2024年，全省电诈立案数同比下降23%。\n",
                     "2025-02-26", id="outlet-news-then-the-day"),
        pytest.param("某网讯 6月17日，记者从某省公安厅获悉，2020年某省打击治理电信网络诈骗综合绩效位居全国第一。\n"
                     "2020年，共破获电诈案件1300余起。2020年以来，先后组织开展5次集中收网行动。\n",
                     "2021-06-17", id="a-year-stated-whole-and-since-on-a-june-page"),
        pytest.param("某市新闻发布会\n某网7月18日讯 7月18日，某市举行新闻发布会，介绍了2025年以来全市打击工作情况，"
                     "通报了2025年全市成功止付挽损的典型案例。\n",
                     "2025-07-18", id="a-year-as-a-modifier-is-no-whole-year"),
        pytest.param("某市反诈发布会\n7月17日，市政府召开发布会。2023年上半年，全市法院审结案件300件。今年截至目前抓获嫌疑人500余人。\n",
                     "2023-07-17", id="a-half-year-ends-before-the-dateline"),
        pytest.param("某市反诈\n1月10日，某市公安局开展宣传活动。2018年，某市警方破获案件300起。\n据悉，2019年，某市公安局将开展专项行动。\n",
                     "2019-01-10", id="a-plan-for-the-coming-year-does-not-date-the-page"),
        pytest.param("某市发布会\n6月6日上午，某市政府新闻办召开新闻发布会。2021年4月至今，全市发案数连续13个月下降。\n",
                     "2022-06-06", id="a-run-of-months-since-a-start"),
        pytest.param("某分局返还\n“没有你们，这些钱肯定要不回来了。”3月10日，市公安局某分局举行了“9·8”案赃款返还仪式。"
                     "2022年9月，某分局接到报案。\n", "2023-03-10", id="lead-day-after-an-opening-quote"),
        pytest.param("本篇文章693字\n\n6月28日，某县公安局又传来一个打击电诈的好消息。2018年6月12日，受害人报警。\n",
                     "2018-06-28", id="lead-day-with-news-arriving"),
        pytest.param("某报\n某省去年阻止电诈案近5万宗\n责任编辑:王某 2022-01-11 15:29:47 来源:某社\n某省公安厅11日举办发布会。\n",
                     "2022-01-11", id="editor-line-holding-the-page-date"),
        pytest.param("某网9月22日讯 报告指出，2019年，全省破获案件4000起。2019年至今年6月底，全省共冻结资金2亿元。\n",
                     "2020-09-22", id="until-this-year-is-not-a-running-year"),
        pytest.param("某网\ndate 2025-02-03据某社报道，某省公安厅3日召开发布会。\n", "2025-02-03",
                     id="english-date-label"),
        pytest.param("某县警方\n 2021/03/09/ 10:12来源:某网 通讯员 某某\n" + BODY, "2021-03-09",
                     id="slash-after-date"),
        pytest.param("某网首页>>\n某市通报电诈战果\n发布时间:2022-01-04 10:53 星期二\n来源:某报\n" + BODY,
                     "2022-01-04", id="labelled-date-with-weekday"),
        pytest.param("某区返还资金\n2023年6月12日,某区反诈中心举行涉案资金集中返还活动。\n", "2023-06-12",
                     id="lead-dated-on-the-reported-ceremony"),
        pytest.param("某省打防电诈\n某报某市3月28日电 自2月27日全省公安机关“某使命—2022”系列行动开展以来，全省破获案件457起。\n",
                     "2022-03-28", id="operation-named-for-its-year"),
        pytest.param("某省打防电诈\n某报某市1月8日电 “某使命—2022”系列行动开展以来，全省破获案件457起。\n",
                     None, id="operation-year-in-review-season-does-not-date-the-page"),
        pytest.param("某省打防电诈\n某报某市5月8日电 “净网2021”“云剑-2022”专项行动开展以来，破获案件45起。\n",
                     None, id="two-operation-years-do-not-date-the-page"),
        pytest.param("某区返还资金\n某网1月27日讯 1月26日，某分局举行返还仪式。2021年以来，某分局重拳打击。一年来成效明显。\n"
                     "相关新闻\n- 2021-12-30某县劝阻一起电诈案\n", "2022-01-27", id="related-headlines-are-not-the-page-date"),
        pytest.param("某区返还资金\n某网2月3日讯 2021年以来，某分局重拳打击。去年，全区破案同比上升。\n",
                     "2022-02-03", id="review-season-page-looking-back-on-a-year"),
        pytest.param("某省通报\n来源:某网 2018-12-19 19:39   https://www.example.net/\n12月19日上午，某省召开会议。2016年以来破案2万起。\n",
                     "2018-12-19", id="a-dateline-followed-by-the-sites-address"),
        pytest.param("某省通报\n某网1月19日电 某省警方2020年行动日前收官。2020年11月1日至12月31日开展行动。河南省下一步将开展2021年“雷霆1号”行动。\n",
                     "2021-01-19", id="a-year-of-a-planned-operation-does-not-date-the-page"),
        pytest.param("广州警方2024年成功为民众挽回损失9亿余元\n据某市公安局新闻办公室1月22日通报，某市警方2024年共发起38次集群战役。\n",
                     "2025-01-22", id="the-day-a-source-announced"),
        pytest.param("某地警方打掉交友诈骗团伙\n某市警方1月14日通报称，近日打掉一个网络交友诈骗团伙。\n2018年10月底，市民高先生报案。\n",
                     "2019-01-14", id="a-force-announcing-on-a-day-a-later-year-than-the-story"),
        pytest.param("去年1月至今年5月破获电诈案件54.3万起\n某报6月25日电 据悉，2023年1月至今年5月全国共破获电信网络诈骗案件54.3万起。\n",
                     "2024-06-25", id="a-written-year-to-this-year"),
        pytest.param("2月4日，某市公安局向4名市民发还被骗资金人民币450余万元。而在过去的2020年，某市警方已返还被骗钱款近5000万元。\n",
                     "2021-02-04", id="lead-opens-on-the-day-money-was-handed-back"),
        pytest.param("某地警方追回80余万元\n\n2023-01-31 18:58 某报业·某新闻阅读 (78738) 扫描到手机\n\n文/记者 某某\n" + BODY,
                     "2023-01-31", id="dateline-with-an-outlet-and-a-read-counter"),
        pytest.param("网站地图\n2025 03/29 18:57:25\n来源:某网\n" + BODY, "2025-03-29",
                     id="year-and-month-parted-by-a-space"),
        pytest.param("2023年1月9日,《某公安报》刊发标题为《某市打掉“跑分”洗钱团伙》的报道。\n" + BODY, "2023-01-09",
                     id="lead-dated-on-the-day-a-paper-ran-the-story"),
        pytest.param("本网讯(某某 某某,某某报道)2025年3月7日,某县公安局某派出所成功摧毁一个团伙,抓获5人。\n",
                     "2025-03-07", id="outlet-dateline-with-its-year"),
        pytest.param("第C3版:城事 上一版3\n  2019年5月14日 星期 放大 缩小 默认 3 上一篇  下一篇 4 >>某某快报网\n"
                     "某市集中返还涉案资金\n  5月12日上午,某市公安局举办返还活动。自2017年6月投入运行以来,冻结资金4.1亿元。\n",
                     "2019-05-14", id="e-paper-date-beside-its-buttons"),
        pytest.param("第02版:综合\n3上一版  下一版4\n版面导航\n站内检索\n3上一篇  下一篇4 2023年2月28日 放大 缩小 默认\n"
                     "某市警方破获特大电信网络诈骗案\n某晚报某市讯 日前，某市警方破获一起案件，抓获78人。\n",
                     "2023-02-28", id="e-paper-date-after-its-buttons"),
        pytest.param("您当前的位置 : 某网 >> 某新闻\n某市防电诈1至8月发案下降\n21-09-04 11:12 来源:某网-某晚报 编辑:某某\n" + BODY,
                     "2021-09-04", id="two-digit-year-with-its-time"),
        pytest.param("某市通报\n比分 21-09-04 某队\n" + BODY, None, id="two-digit-triple-without-a-time-is-no-date"),
        pytest.param("登陆注册\n145816\n某部：今年以来破获涉疫电信网络诈骗犯罪1.6万起\n10000100002020-07-28 11:19:550\n" + BODY,
                     "2020-07-28", id="a-stamp-with-counters-glued-before-it"),
        pytest.param("某市通报\n100002020-07-28\n" + BODY, None, id="digits-glued-to-a-date-without-its-time-are-no-stamp"),
        pytest.param("某省电信网络诈骗立案同比下降12.9%\n记者1月22日从某省公安厅获悉:2023年1月至11月,全省电信网络诈骗案件立案同比下降12.9%。"
                     "2023年以来,某省各级公安机关严厉打击治理电信网络诈骗犯罪。\n", "2024-01-22",
                     id="reporter-learnt-on-a-day-after-the-months-it-reports"),
        pytest.param("某市通报\n某网7月18日讯 7月18日,某市举行新闻发布会,介绍了2025年以来全市打击工作。2025年，全市将继续开展行动。\n",
                     "2025-07-18", id="a-whole-year-is-no-stated-month"),
        pytest.param("某地警方破获电诈案3300起\n\nhttp://www.example.com    2021年10月14日 14:59     来源:某网\n\n"
                     "  某网10月13日电 记者13日从某市公安局获悉,今年1至9月,某市共破获电信网络诈骗案件3300多起。\n",
                     "2021-10-14", id="the-sites-address-before-the-dateline"),
        pytest.param("某县破获案件\n某某讯 据悉，2025年3月7日,某县公安局抓获5人。\n", None,
                     id="a-date-further-into-the-lead-is-no-dateline"),
        pytest.param("某市一季度警情下降\n4月15日从某市公安局开展的“全民反诈,某市无骗”主题宣传活动上获悉,2021年第一季度,"
                     "某市电信网络诈骗警情同比下降9%。\n", "2021-04-15", id="learnt-on-a-day-with-no-reporter-before-it"),
        pytest.param("某县诈骗案\n5月3日在某小区，民警发现一名群众正在转账。2024年，某县破获案件20起。\n", None,
                     id="a-day-at-a-place-is-no-dateline"),
        pytest.param("某派出所追回货款\n“衷心感谢你们帮我追回被骗的钱款!”1月3日,辖区企业负责人黄先生专程来到某派出所,"
                     "将一面印有“人民警察为人民”的锦旗交到民警手中。\n时间回溯到2025年5月9日,黄先生被骗20万元。\n",
                     "2026-01-03", id="a-banner-of-thanks-on-the-day-the-page-reports"),
        pytest.param("某省两个月抓获1673名嫌疑人\n4月下旬以来,某省警方开展了为期两个月的“利剑2018-1号”专案行动。"
                     "7月8日,某省公安厅通报,过去2个月全省共抓获嫌疑人1673名。\n", "2018-07-08",
                     id="the-report-day-later-in-the-lead-paragraph-and-a-numbered-operations-year"),
        pytest.param("某省去年破获案件4000余起\n当前，诈骗案件发案量增长迅猛。4月26日,记者从某省公安厅获悉,去年某省共侦破诈骗案件4000余起。"
                     "近年来，全省公安机关开展“云剑2020”等专项行动。\n", "2021-04-26",
                     id="last-years-results-under-an-operation-named-for-last-year"),
        pytest.param("> 人大资料 > 人大常委会公报\n关于反电信网络诈骗法实施情况的报告(书面)\n"
                     "——2024年5月30日在某市第十六届人民代表大会常务委员会第十次会议上\n某市公安局\n"
                     "近年来，全市公安机关破获电诈案件1.2万起。\n", "2024-05-30", id="the-day-a-report-was-delivered"),
        pytest.param("止付6700万+返还450万!这份反诈成绩单背后的故事\n某新闻网-某地区融媒体中心(记者 某某 通讯员 某某)"
                     "“您看，开启来电预警后，诈骗电话打进来就会自动提醒……”3月28日，在某市解放路，民警向群众宣传。\n"
                     "数据显示，今年以来，某地区公安局反诈中心劝阻群众转款140万余元；2024年至今，劝阻群众转款1900余万元。\n",
                     "2025-03-28", id="a-quote-between-the-outlets-byline-and-the-day"),
        pytest.param("某分局返还被骗资金\n为纵深推进“冬季行动”，展示打击治理电信网络诈骗犯罪的丰硕战果，12月6日，某分局举行返还电诈被骗资金仪式。\n"
                     "据悉，2024年以来，某分局扎实推进打击治理工作。\n", "2024-12-06", id="the-day-of-an-event-held-after-a-comma-in-the-lead"),
        pytest.param("某逃犯落网\n某局13日公开通报，4月12日，公安部发布A级通缉令公开通缉的在逃人员赵某在某县被缉捕归案。\n"
                     "2016年以来，赵某多次作案。\n", None, id="a-day-the-report-tells-of-after-a-comma-is-no-dateline"),
        pytest.param("某公众号开通\n某网讯 2021年1月17日18时10分，某分局接到辖区一男子的报警，称自己刚刚遭遇电信诈骗。\n", None,
                     id="a-dated-dateline-that-tells-the-hour-of-the-incident"),
        pytest.param("某市警方缴获4万余张黑卡\n读特客户端·某新闻网2021年8月28日讯(某晚报记者 某某 通讯员 某某)8月27日，"
                     "某市公安局召开新闻发布会。\n", "2021-08-28", id="the-outlets-date-before-its-xun"),
        # realonehundrednine DH06's first sight: the site's bare host name between stamp and label
        pytest.param("2021-10-15 08:53:02 某某考试网 jl.example.com 文章来源:某某教育\n时政热点:全国打掉涉“两卡”团伙两万余个\n" + BODY,
                     "2021-10-15", id="a-bare-host-name-after-the-stamp"),
        pytest.param("2021-10-15 08:53:02 某某考试网 某某某某某某 某某某某某某某 某某教育\n" + BODY,
                     None, id="guard-words-after-a-stamp-are-still-no-outlet"),
        # realonehundrednine DH02's first sight: a forum poster's check-in widget above the post
        pytest.param("[本地资讯] 某县公安抓获三名犯罪嫌疑人\n[复制链接]\nTA的每日心情\n开心\n2023-10-11 06:57\n签到天数: 415 天\n"
                     "发表于 2021-4-18 00:00:00 | 显示全部楼层 |阅读模式 来自 陕西\n" + BODY,
                     "2021-04-18", id="a-forum-posts-own-date-beats-a-check-in-widget"),
    ],
)
def test_published_on_real_page_forms(text: str, published: str | None) -> None:
    assert extract_meta(text).published == published


def test_labelled_date_below_a_navigation_list() -> None:
    nav = "\n".join(["省份", "城市"] + [f"某{i}省" for i in range(30)])
    text = f"{nav}\n某地警方破获电诈案件\n发布时间:2023-07-23 06:25:36 浏览:130\n{BODY}\n"
    assert extract_meta(text).published == "2023-07-23"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param("看山看水看家乡\n\n某市严打电信网络诈骗 挽回损失100余万元\n\n本报讯 …\n",
                     "某市严打电信网络诈骗 挽回损失100余万元", id="site-slogan-before-headline"),
        pytest.param("首页 动态 消费 创业 汽车 商业\n前四个月某省破获电诈案件3227起\n",
                     "前四个月某省破获电诈案件3227起", id="navigation-bar"),
        pytest.param("关键词: 电信网络诈骗 行动\n某市警方通报打击电诈战果\n",
                     "某市警方通报打击电诈战果", id="keywords-line"),
        pytest.param("EN\n某区部署打击治理电信网络新型违法犯罪工作\n2016-09-22 08:47 来源: 某日报\n9月20日,会议在某市召开。\n"
                     "某某要求,要深刻认识电信网络新型违法犯罪形势的严峻性,坚决遏制电信诈骗犯罪高发势头。(记者 某某)\n",
                     "某区部署打击治理电信网络新型违法犯罪工作", id="the-2016-terms-name-the-topic"),
        pytest.param("某日,某县警方通报,该局打掉一个“跑分”团伙,抓获嫌疑人4名。\n目前,案件正在进一步侦办中。\n(记者 某某 通讯员 某某)\n",
                     "某日,某县警方通报,该局打掉一个“跑分”团伙,抓获嫌疑人4名。", id="bracketed-byline-is-no-headline"),
        pytest.param("记者:某某 通讯员:某某某\n某日,记者从某县公安局获悉,该局破获一起电信网络诈骗案。\n",
                     "某日,记者从某县公安局获悉,该局破获一起电信网络诈骗案。", id="labelled-byline-is-no-headline"),
        pytest.param("某市晚报记者 某某\n某日,某市警方通报一起涉案金额达1000余万元的诈骗案。\n",
                     "某日,某市警方通报一起涉案金额达1000余万元的诈骗案。", id="outlet-reporter-byline"),
        pytest.param("记者探访某市反诈中心\n某日,记者走进某市反诈中心。\n",
                     "记者探访某市反诈中心", id="a-headline-about-a-reporter-names-its-subject"),
        pytest.param("某日,某区分局破获一起诈骗案,抓获嫌疑人10名。\n经审查,嫌疑人交代了犯罪事实。\n全部评论\n请输入验证码\n",
                     "某日,某区分局破获一起诈骗案,抓获嫌疑人10名。", id="chrome-after-a-body-without-headline"),
        pytest.param("某报讯 某日,某区警方通报…\n原标题:假网站卖游戏币骗走1000多万元 上万人受害\n",
                     "假网站卖游戏币骗走1000多万元 上万人受害", id="original-headline-of-a-repost"),
        pytest.param("某报|某省“净网2020”行动成效显著 半年1.2万余名嫌疑人落网\n某网南京8月6日电 某省公安厅6日通报。\n"
                     "此外 , 警方集中打击网络黑灰产违法犯罪 。 重点对为网络诈骗提供帮助的链条开展专项打击整治\n",
                     "某报|某省“净网2020”行动成效显著 半年1.2万余名嫌疑人落网", id="a-later-paragraph-does-not-beat-a-headline"),
        pytest.param("法制周报·某某记者 某某 见习记者 某某某 通讯员 某某某 某某某\n同时,某省联合成员单位开展快速预警劝阻达3万次。\n",
                     "同时,某省联合成员单位开展快速预警劝阻达3万次。", id="a-long-line-of-credits"),
        pytest.param("某市公安筑牢反诈防线 前7月返还涉案资金1.94亿元|天天躁日日躁某某某\n中新网某市8月8日电 某市举行发布会。\n",
                     "某市公安筑牢反诈防线 前7月返还涉案资金1.94亿元", id="spam-after-a-bar"),
        pytest.param("某某警方发布反诈骗成绩单|手机短信|诈骗_某某新闻\n某某警方发布成绩单。\n",
                     "某某警方发布反诈骗成绩单", id="site-keywords-after-a-bar"),
        pytest.param("44万元保住了 | 某市警方成功预警劝阻两起电信网络诈骗案\n某日,某市警方劝阻两起诈骗。\n",
                     "44万元保住了 | 某市警方成功预警劝阻两起电信网络诈骗案", id="a-two-part-headline-stays-whole"),
        pytest.param("(资料图片)\n今年以来,某市公安局依托新型犯罪研究作战中心,加强涉诈案件研判分析。\n",
                     "今年以来,某市公安局依托新型犯罪研究作战中心,加强涉诈案件研判分析。", id="photo-caption"),
        pytest.param("(上接第5版)\n针对犯罪分子诱使群众出租银行卡,某县警方开展打击。\n",
                     "针对犯罪分子诱使群众出租银行卡,某县警方开展打击。", id="print-jump-line"),
        pytest.param("更新时间: 浏览次数: 258\n截至目前,在各地警方的配合下,62名犯罪嫌疑人已到案。\n",
                     "截至目前,在各地警方的配合下,62名犯罪嫌疑人已到案。", id="view-counter"),
        pytest.param("某市警方 7个月破获电诈现案585起,抓获犯罪嫌疑人529名,查扣涉案资金1658万元!\n\n2020-08-28 某市公安\n\n"
                     "8月21日,某市公安局召开新闻发布会,通报今年以来全市打击治理电信网络新型违法犯罪情况。\n\n"
                     "上下贯通 多警联动 新区公安局破获「5·03」集资认购充电宝电信网络诈骗案\n\n5月3日,新区公安局接到报案。\n",
                     "某市警方 7个月破获电诈现案585起,抓获犯罪嫌疑人529名,查扣涉案资金1658万元!",
                     id="a-first-line-headline-with-commas-beats-a-later-sub-heading"),
        # review of 7be3196: a slogan or a follow-us line states no result and is no headline
        pytest.param("点击上方蓝字，关注“某市公安”，了解更多反诈资讯\n某市警方破获特大电信诈骗案 抓获嫌疑人32名\n"
                     "2023-05-02 来源：某网\n近日，某市公安局破获一起电信诈骗案。\n",
                     "某市警方破获特大电信诈骗案 抓获嫌疑人32名", id="a-follow-us-line-is-no-headline"),
        pytest.param("反诈防骗，从我做起，守好您的钱袋子\n某市警方破获特大电信诈骗案 抓获嫌疑人32名\n"
                     "2023-05-02 来源：某网\n近日，某市公安局破获一起电信诈骗案。\n",
                     "某市警方破获特大电信诈骗案 抓获嫌疑人32名", id="a-slogan-with-commas-is-no-headline"),
    ],
)
def test_title_on_real_page_forms(text: str, title: str) -> None:
    assert extract_meta(text).title == title


def test_an_e_paper_reader_widgets_today_is_not_the_page_date() -> None:
    """电子报阅读机 / 2026-01-29 / 星期四: cleaning drops the widget's date with its weekday, and
    the page's own label (日期:07-13) takes the year the text fixes."""
    from parsers.cleaning import clean
    text = ("某报\n2026-01-29\n星期四\n当前报纸名称:某晚报\n某县公安局举行2023年上半年退赃仪式\n日期:07-13\n"
            "某融媒讯 7月11日，某县公安局举行上半年退赃仪式，通报了2023年以来破获的案件情况。\n")
    assert extract_meta(clean(text).text).published == "2023-07-13"


def test_an_e_paper_issue_line_naming_its_paper_dates_the_page() -> None:
    """2022年06月21日 星期二 新京报: the issue's date over the article, not a calendar widget."""
    from parsers.cleaning import clean
    text = ("A08:北京新闻\n前一天  后一天\n某市警方反诈这五年避免群众损失逾150亿元\n\n2022年06月21日 星期二 某京报\n"
            "  反诈民警很多时候是在和“看不见的敌人”较量。\n")
    assert extract_meta(clean(text).text).published == "2022-06-21"
    assert extract_meta(clean("南昌 晴 2024年3月2日 星期六\n某县警方破获诈骗案\n" + BODY).text).published is None
    tip_line = "2025年03月11日 星期二      报料热线:966123\n当前版: 004版 上一版 下一版\n某县警方破获诈骗案\n" + BODY
    assert extract_meta(clean(tip_line).text).published == "2025-03-11"


def test_menu_items_do_not_use_up_the_header_area() -> None:
    menu = "\n".join(f"  • {word}" for word in "推荐 热点 网视 综合 政务 时政 社会 县区 金融 房产 教育 健康 汽车".split())
    text = f"{menu}\n首页 / 时政 / 正文\n\n某市公布“百日行动”成绩单\n\n2023年11月28日08:24   来源:某市广播电视总台\n\n{BODY}\n"
    assert extract_meta(text).published == "2023-11-28"


def test_an_epaper_systems_page_properties_date_the_page() -> None:
    text = (f"国内统一刊号:CN62-0078 某法治报出版\n\n上一篇 下一篇\n\n某县公安拦截涉诈资金2.18万元\n\n{BODY}\n\n"
            "--> 2025-06-04 6 6 某法治报 c227983.html 1 某县公安拦截涉诈资金2.18万元 /enpproperty-->\n")
    assert extract_meta(text).published == "2025-06-04"


def test_a_year_end_dateline_under_the_years_headline_is_that_year() -> None:
    text = ("2017年超千名电信网络诈骗嫌犯被押解回国\n本报北京12月24日讯 记者今天从公安部获悉，今年以来，"
            "全国公安机关共破获电信网络诈骗案件7.8万起。\n")
    assert extract_meta(text).published == "2017-12-24"


def test_a_january_dateline_reporting_since_a_year_is_in_the_year_after() -> None:
    text = ("某县举行返赃大会\n红网时刻湘西1月25日讯 1月25日，某县公安局举行返赃退赃大会。"
            "据统计，2021年以来，某县公安局共抓获电诈类犯罪嫌疑人95人。\n")
    assert extract_meta(text).published == "2022-01-25"


@pytest.mark.parametrize(("text", "published"), [
    pytest.param("广州警方破获涉疫情违法犯罪案件151宗\n\n中新网广州2月9日电 (记者 某某)广州市公安局2月9日通报,"
                 "1月24日至2月8日,广州警方共破获涉疫情违法犯罪案件151宗,其中刑事案件139宗。\n"
                 "社会新闻精选:\n- 2025年12月16日 07:38:07\n- 2025年12月16日 06:18:23\n- 2025年12月15日 20:48:46\n",
                 None, id="a-list-of-other-stories-times-under-a-yearless-dateline"),
    pytest.param("现代快报讯(通讯员 某某)12月10日下午,扬州市公安局举行了涉案资金集中返还新闻发布会,"
                 "对295笔、2384.91万元被骗资金进行集中返还。\n- 江苏\n- 2021-12-10 20:33:15\n- 江苏\n"
                 "- 2021-12-10 20:32:54\n", "2021-12-10", id="a-list-of-the-pages-own-day-stays-its-date"),
])
def test_listed_times_of_other_stories(text: str, published: str | None) -> None:
    assert extract_meta(text).published == published


def test_a_section_label_above_the_headline_does_not_end_the_header() -> None:
    # 热点新闻 on the first line labels the site's section; the page's own headline and date
    # line follow it (a related list's heading has other pages' items under it, not the title)
    meta = extract_meta("热点新闻\n某县警方破获一起电诈案\n2024-05-18 09:30  浏览:356\n\n近日，某县公安局破获一起电信网络诈骗案。\n")
    assert (meta.published, meta.title) == ("2024-05-18", "某县警方破获一起电诈案")


def test_a_related_list_after_the_headline_still_ends_the_header() -> None:
    meta = extract_meta("某县警方破获一起电诈案\n相关新闻\n2023-02-01 某市警方通报\n\n近日，某县公安局破获一起电信网络诈骗案。\n")
    assert meta.published is None


@pytest.mark.parametrize(("headline", "title"), [
    pytest.param("全市电诈案件连续12个月下降欧美日韩在线观看无码专区", "全市电诈案件连续12个月下降", id="spam-glued-on"),
    pytest.param("警方提醒：谨防“成人网站”诈骗", "警方提醒：谨防“成人网站”诈骗", id="one-word-is-no-spam"),
])
def test_porn_spam_glued_onto_a_headline_is_cut(headline: str, title: str) -> None:
    assert extract_meta(f"{headline}\n2024-05-18 来源：某网\n\n近日，某县公安局破获一起电信网络诈骗案。\n").title == title


def test_a_source_label_in_brackets_loses_its_closing_bracket() -> None:
    meta = extract_meta("某县警方破获一起电诈案\n2024-05-18 （来源：江西公安）\n\n近日，某县公安局破获一起电信网络诈骗案。\n")
    assert meta.source == "江西公安"
