"""Hand-made gold for realseven (written by the annotator; no parser involved).
Run: python3 make_gold.py  -> writes gold.json after checking every evidence is a substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(metric, value, evidence, prov, city=None, county=None, ps=None, pe=None, q="exact", camp=None):
    return dict(metric=metric, value=value, qualifier=q, province=prov, city=city, county=county,
                period_start=ps, period_end=pe, campaign=camp, evidence=evidence)

def C(name, kind="operation", start=None, end=None):
    return dict(name=name, kind=kind, start=start, end=end)

XZ = "西藏自治区"; QH = "青海省"; XJ = "新疆维吾尔自治区"; HI = "海南省"; GZ = "贵州省"
NX = "宁夏回族自治区"; GS = "甘肃省"; HB = "湖北省"; HA = "河南省"; SN = "陕西省"

docs = []

# X01 西藏 2020年5月下半月 全区警情通报 (平安西藏 微信镜像, 页内 '2021-06-29'); table by city and county
P01 = ("2020-05-16", "2020-05-31")
LS = "拉萨市"; RKZ = "日喀则市"; SNS = "山南市"; LZ = "林芝市"; CD = "昌都市"; NQ = "那曲市"; AL = "阿里地区"
def T(v, ev, city=None, county=None, metric="cases_filed"):
    return F(metric, v, ev, XZ, city, county, *P01)
docs.append(dict(doc_id="X01", published="2021-06-29", facts=[
    T(68, "全区共立电信网络诈骗案件68宗"),
    # fraud-type breakdown of the regional total (快递理赔类 2宗 has the same key as 冒充公检法类 2宗: kept once)
    T(23, "网上贷款类诈骗23宗"),
    T(15, "网络交友诱导赌博理财类诈骗15宗"),
    T(9, "冒充客服类诈骗9宗"),
    T(8, "网络虚假购物类诈骗8宗"),
    T(6, "网络刷单类诈骗6宗"),
    T(3, "冒充领导熟人类诈骗3宗"),
    T(2, "冒充公检法类诈骗2宗"),
    # cities and counties
    T(34, "拉萨市34宗", LS),
    T(26, "拉萨市城关区(含柳梧新区)26宗", LS, "城关区"),
    T(3, "当雄县3宗", LS, "当雄县"),
    T(2, "堆龙德庆区2宗", LS, "堆龙德庆区"),
    T(1, "林周县、曲水县、达孜区各1宗", LS, "林周县"),
    T(1, "林周县、曲水县、达孜区各1宗", LS, "曲水县"),
    T(1, "林周县、曲水县、达孜区各1宗", LS, "达孜区"),
    T(7, "日喀则市7宗", RKZ),
    T(4, "桑珠孜区4宗", RKZ, "桑珠孜区"),
    T(1, "仁布县、萨嘎县、亚东县各1宗", RKZ, "仁布县"),
    T(1, "仁布县、萨嘎县、亚东县各1宗", RKZ, "萨嘎县"),
    T(1, "仁布县、萨嘎县、亚东县各1宗", RKZ, "亚东县"),
    T(5, "山南市5宗", SNS),
    T(2, "山南市乃东区、扎襄县各2宗", SNS, "乃东区"),
    T(2, "山南市乃东区、扎襄县各2宗", SNS, "扎囊县"),   # text writes 扎襄县 (typo for 扎囊县)
    T(1, "浪卡子县1宗", SNS, "浪卡子县"),
    T(5, "林芝市5宗", LZ),
    T(2, "巴宜区、米林县各2宗", LZ, "巴宜区"),
    T(2, "巴宜区、米林县各2宗", LZ, "米林市"),        # 米林县 became 米林市 (current division list)
    T(1, "波密县1宗", LZ, "波密县"),
    T(15, "昌都市15宗", CD),
    T(7, "卡若区7宗", CD, "卡若区"),
    T(2, "江达县、类乌齐县各2宗", CD, "江达县"),
    T(2, "江达县、类乌齐县各2宗", CD, "类乌齐县"),
    T(1, "边坝县、丁青县、察雅县、左贡县各1宗", CD, "边坝县"),
    T(1, "边坝县、丁青县、察雅县、左贡县各1宗", CD, "丁青县"),
    T(1, "边坝县、丁青县、察雅县、左贡县各1宗", CD, "察雅县"),
    T(1, "边坝县、丁青县、察雅县、左贡县各1宗", CD, "左贡县"),
    T(0, "那曲市0宗", NQ),
    T(2, "阿里地区2宗", AL),
    T(1, "噶尔县、札达县各1宗", AL, "噶尔县"),
    T(1, "噶尔县、札达县各1宗", AL, "札达县"),
    # solved / arrested / returned
    T(4, "全区共破获电信网络诈骗案件4起", metric="cases_solved"),
    T(15, "抓获犯罪嫌疑人15名", metric="suspects_arrested"),
    T(38000, "依法返还被骗资金3.8万元", metric="money_recovered"),
    T(2, "日喀则市公安机关刑侦部门破获2起", RKZ, metric="cases_solved"),
    T(1, "外省带破1起", RKZ, metric="cases_solved"),
    T(2, "抓获人数2人", RKZ, metric="suspects_arrested"),
    T(38000, "日喀则市公安机关返还1笔被骗资金3.8万元", RKZ, metric="money_recovered"),
    T(2, "林芝市公安机关刑侦部门破获2起", LZ, metric="cases_solved"),
    T(13, "抓获人数13人", LZ, metric="suspects_arrested"),
], campaigns=[]))

# X02 日喀则 南木林县 返还仪式 (腾讯新闻, no date; '自2021年以来')
docs.append(dict(doc_id="X02", published=None, facts=[
    F("money_recovered", 105600, "集中向5名受害群众返还依法追缴的10.56万元涉案资金", XZ, RKZ, "南木林县"),
    F("cases_solved", 3, "共破获电信网络诈骗案件3起", XZ, RKZ, "南木林县"),
], campaigns=[]))

# X03 西藏 公安厅发布会 (spam mirror stamp '发布时间:2024-11-24'; '拉萨5月27日电'; '去年以来')
P03 = ("2023-01-01", "2024-11-24")
docs.append(dict(doc_id="X03", published="2024-11-24", facts=[
    F("cases_solved", 1018, "共破获电信网络诈骗案件1018起", XZ, None, None, *P03),
    F("suspects_arrested", 954, "抓获犯罪嫌疑人954人", XZ, None, None, *P03),
    F("money_frozen", 413000000, "冻结资金4.13亿元", XZ, None, None, *P03),
    F("people_dissuaded", 797100, "预警劝阻79.71余万民众", XZ, None, None, *P03, q="at_least"),
    F("money_recovered", 48355600, "避免损失4835.56余万元", XZ, None, None, *P03, q="at_least"),
    F("money_recovered", 60570300, "返还权属明确的被骗资金6057.03万元", XZ, None, None, *P03),
], campaigns=[]))

# X04 西宁 城西分局 (Traditional, 青海省政府网 mirror, 發布時間 2025-08-24)
docs.append(dict(doc_id="X04", published="2025-08-24", facts=[
    F("money_recovered", 3730000, "已返還追回的電詐資金373萬余元", QH, "西宁市", "城西区", "2025-01-01", "2025-07-31", q="at_least"),
], campaigns=[]))

# X05 青海省公安厅 发布会 (中新网青海 2021-08-27; '今年以来', 云剑-2021)
P05 = ("2021-01-01", "2021-08-27"); YJ21 = "云剑-2021"
docs.append(dict(doc_id="X05", published="2021-08-27", facts=[
    F("cases_solved", 400, "今年以来青海警方共破获电信诈骗案件400起", QH, None, None, *P05, camp=YJ21),
    F("suspects_arrested", 250, "抓获嫌疑人250人", QH, None, None, *P05),
    F("money_stopped", 1470000000, "止付涉案金额约14.7亿元", QH, None, None, *P05, q="approx", camp=YJ21),
], campaigns=[C("防风险、除隐患、降发案、保平安"), C(YJ21, start="2021"), C("断卡行动"), C("团圆行动")]))

# X06 青海这十年 公安专场 (no date in text; '2020年1月至2022年8月')
P06 = ("2020-01-01", "2022-08-31")
docs.append(dict(doc_id="X06", published=None, facts=[
    F("cases_solved", 1746, "共破获电诈案件1746起", QH, None, None, *P06),
    F("suspects_arrested", 1396, "抓获犯罪嫌疑人1396名", QH, None, None, *P06),
    F("gangs_busted", 4, "打掉组织他人偷越国(边)境实施电信诈骗犯罪团伙4个", QH, camp="断流"),
    F("suspects_arrested", 294, "抓获违法犯罪嫌疑人294名", QH, camp="断流"),
    F("cases_solved", 100, "深挖电信网络诈骗案件100余起", QH, q="at_least", camp="断流"),
    F("cases_solved", 2, "其中涉案金额百万元以上案件2起", QH, camp="断流"),
    F("gangs_busted", 43, "打掉涉“两卡”违法犯罪团伙43个", QH, camp="断卡行动"),
    F("suspects_arrested", 1358, "抓获涉“两卡”违法犯罪嫌疑人1358人", QH, camp="断卡行动"),
], campaigns=[C("云剑"), C("清源"), C("断流"), C("断卡行动")]))

# X07 新疆兵团 2021 (中国新闻网 2022-01-12); 兵团 is no province: filed under 新疆维吾尔自治区, city null
P07 = ("2021-01-01", "2021-12-31")
docs.append(dict(doc_id="X07", published="2022-01-12", facts=[
    F("cases_solved", 588, "全年破获电信网络诈骗案件588起", XJ, None, None, *P07),
    F("suspects_arrested", 635, "抓获犯罪嫌疑人635名", XJ, None, None, *P07),
    F("money_recovered", 17140000, "挽回损失金额1714余万元", XJ, None, None, *P07, q="at_least"),
], campaigns=[]))

# X08 新疆 自治区新闻发布会 (新疆日报 mirror, '2022年06月30日'); 1-5月 返还, '2021年以来' 两卡
P08 = ("2021-01-01", "2022-06-30")
docs.append(dict(doc_id="X08", published="2022-06-30", facts=[
    F("money_recovered", 16103000, "返还资金1610.3万元", XJ, None, None, "2022-01-01", "2022-05-31"),
    F("suspects_arrested", 8679, "共抓获“两卡”违法犯罪嫌疑人8679人", XJ, None, None, *P08),
    F("cases_solved", 963, "破获“两卡”案件963起", XJ, None, None, *P08),
    F("gangs_busted", 124, "打掉开办收贩卡团伙124个", XJ, None, None, *P08),
    F("suspects_arrested", 30, "抓获涉嫌出境从事电信网络诈骗犯罪的嫌疑人30人", XJ, None, None, *P08),
], campaigns=[C("断卡行动"), C("断流")]))

# X09 巴州 夏季治安打击整治行动 (gqsoso mirror, no year in text; truncated)
BZ = "巴音郭楞蒙古自治州"; XJZ = "夏季治安打击整治行动"
docs.append(dict(doc_id="X09", published=None, facts=[
    F("suspects_arrested", 179, "全州公安机关先后抓获犯罪嫌疑人179人", XJ, BZ, camp=XJZ),
    F("victim_loss", 7000, "诱骗艾某向一“安全账户”转入7000元", XJ, BZ, "尉犁县"),
    F("money_recovered", 7000, "为群众追回7000元", XJ, BZ, "尉犁县"),
    F("money_recovered", 2000000, "为群众止损200万余元", XJ, BZ, q="at_least"),
], campaigns=[C(XJZ)]))

# X10 儋州 (Traditional, 海南日报 '5月29日電', no year); 山海六号 / 部督 鳳凰行動 專案
DZ = "儋州市"; SH6 = "山海六号"; FH = "凤凰行动"
docs.append(dict(doc_id="X10", published=None, facts=[
    F("cases_solved", 404, "儋州警方共偵破電信網(wǎng)絡(luò)詐騙案件404起", HI, DZ),
    F("gangs_busted", 10, "打掉犯罪團伙10個", HI, DZ),
    F("dens_destroyed", 8, "搗毀詐騙窩點8處", HI, DZ),
    F("suspects_arrested", 397, "抓獲違法犯罪嫌疑人397人", HI, DZ),
    F("people_dissuaded", 41424, "成功預(yù)警勸阻群眾41424名", HI, DZ),
    F("money_recovered", 23470000, "為群眾挽回經(jīng)濟損失2347萬元", HI, DZ),
    F("suspects_arrested", 259, "共抓獲涉詐嫌疑人259人", HI, DZ, camp=SH6),
    F("cases_solved", 200, "核破案件200余起", HI, DZ, q="at_least", camp=SH6),
    F("money_involved", 24000000, "涉案金額2400余萬元", HI, DZ, q="at_least", camp=SH6),
    F("suspects_arrested", 25, "抓獲犯罪嫌疑人25人", HI, DZ, camp=FH),
    F("cases_solved", 147, "核破案件147起", HI, DZ, camp=FH),
    F("money_involved", 5000000, "涉案金額500余萬元", HI, DZ, q="at_least", camp=FH),
    F("money_frozen", 400000, "收繳贓款40萬余元", HI, DZ, q="at_least", camp=FH),
], campaigns=[C(SH6), C(FH, kind="case")]))

# X11 琼中 反诈姐姐团 (海南法制时报 电子版 2025-03-11); province-run county -> city = the county
QZ = "琼中黎族苗族自治县"
docs.append(dict(doc_id="X11", published="2025-03-11", facts=[
    F("people_dissuaded", 646, "推送派出所见面劝阻646人次", HI, QZ),
    F("money_recovered", 6910000, "成功劝阻涉诈金额691万元", HI, QZ),
    F("money_recovered", 22900000, "避免群众潜在财产损失超2290万元", HI, QZ, q="at_least"),
], campaigns=[]))

# X12 万宁 '扫诈一号' (no page date; 2023 春节)
SZ1 = "扫诈一号"
docs.append(dict(doc_id="X12", published=None, facts=[
    F("suspects_arrested", 53, "专项行动战果累计达到53人", HI, "万宁市", camp=SZ1),
    F("suspects_arrested", 8, "半个月内连续抓获8名涉嫌电信网络诈骗犯罪嫌疑人", HI, "万宁市", camp=SZ1),
], campaigns=[C(SZ1)]))

# X13 贵阳 2017 (machine-rewritten 新华社 '贵阳1月29日电' + '在2017年' -> 2018-01-29)
GY = "贵阳市"; Y17 = ("2017-01-01", "2017-12-31")
docs.append(dict(doc_id="X13", published="2018-01-29", facts=[
    F("people_dissuaded", 3000, "成功劝阻3000多名受害者", GZ, GY, None, *Y17, q="at_least"),
    F("money_stopped", 23000000, "停止支付2300多万元", GZ, GY, None, *Y17, q="at_least"),
    F("suspects_arrested", 100, "逮捕了100多名涉案嫌疑人", GZ, GY, None, *Y17, q="at_least"),
    F("accounts_frozen", 2700, "冻结涉案银行卡2700多张", GZ, GY, None, *Y17, q="at_least"),
    F("money_frozen", 25000000, "冻结2500多万元", GZ, GY, None, *Y17, q="at_least"),
    F("cases_solved", 60, "侦破60多起电信网络欺诈案件", GZ, GY, None, *Y17, q="at_least"),
    F("money_recovered", 17000000, "挽回1700多万元诈骗资金", GZ, GY, None, *Y17, q="at_least"),
    F("suspects_arrested", 65, "逮捕了65名犯罪嫌疑人", GZ, GY, None, *Y17),
    F("suspects_arrested", 40, "逮捕了40多名犯罪嫌疑人", GZ, GY, q="at_least"),
], campaigns=[]))

# X14 贵州 '黔锋行动' (中新网 2022-06-04; 5月10日起 15天)
QF = "黔锋行动"; P14 = ("2022-05-10", "2022-05-24")
docs.append(dict(doc_id="X14", published="2022-06-04", facts=[
    F("suspects_arrested", 6900, "贵州公安机关共抓获各类犯罪嫌疑人6900余人", GZ, None, None, *P14, q="at_least", camp=QF),
    F("gangs_busted", 200, "打掉诈骗、引流、非法洗钱等犯罪团伙200余个", GZ, None, None, *P14, q="at_least", camp=QF),
    F("dens_destroyed", 160, "捣毁作案窝点160余个", GZ, None, None, *P14, q="at_least", camp=QF),
    F("cards_seized", 3300, "银行卡3300余张", GZ, None, None, *P14, q="at_least", camp=QF),
    F("cards_seized", 1800, "手机卡1800余张", GZ, None, None, *P14, q="at_least", camp=QF),
    F("money_frozen", 88000000, "查扣冻结涉案资金8800万余元", GZ, None, None, *P14, q="at_least", camp=QF),
    F("cases_solved", 2600, "破获全国电信网络诈骗及关联案件2600余起", GZ, None, None, *P14, q="at_least", camp=QF),
], campaigns=[C(QF, start="2022-05-10", end="2022-05-24")]))

# X15 宁夏 教育整顿通气会 (中新网宁夏 2021-09-03; '今年以来')
P15 = ("2021-01-01", "2021-09-03")
docs.append(dict(doc_id="X15", published="2021-09-03", facts=[
    F("cases_solved", 1393, "宁夏警方共破获电诈案件1393起", NX, None, None, *P15),
    F("suspects_arrested", 1555, "抓获犯罪嫌疑人1555人", NX, None, None, *P15),
    F("cards_seized", 2558, "缴获各类银行卡、手机卡2558张", NX, None, None, *P15),
    F("money_recovered", 26380000, "挽回群众损失2638万元", NX, None, None, *P15),
    F("accounts_frozen", 43814, "止付、冻结涉案银行账户43814个15.04亿元", NX, None, None, *P15),
    F("money_frozen", 1504000000, "止付、冻结涉案银行账户43814个15.04亿元", NX, None, None, *P15),
    F("people_dissuaded", 182000, "成功预警劝阻群众18.2万人", NX, None, None, *P15),
], campaigns=[C("云剑"), C("断卡行动"), C("断流")]))

# X16 宁夏 2019 (桂林 mirror, '记者30日', no month/year of page); 检察机关/通信管理局 figures are other bodies
Y19 = ("2019-01-01", "2019-12-31")
docs.append(dict(doc_id="X16", published=None, facts=[
    F("cases_solved", 1026, "2019年宁夏共破获电信网络诈骗案件1026起", NX, None, None, *Y19),
    F("cases_solved", 56, "共破获涉疫电诈案件56起", NX),
    F("suspects_arrested", 30, "抓获犯罪嫌疑人30名", NX),
    F("money_recovered", 4000000, "挽回群众损失400余万元", NX, q="at_least"),
    F("cases_solved", 22, "破案22起", NX),
    F("people_dissuaded", 8300, "成功劝阻群众8300余人", NX, None, None, *Y19, q="at_least"),
    F("money_stopped", 93070000, "共止付账户3707个9307万元", NX, None, None, *Y19),
    F("accounts_frozen", 4312, "冻结账户4312个6677万元", NX, None, None, *Y19),
    F("money_frozen", 66770000, "冻结账户4312个6677万元", NX, None, None, *Y19),
], campaigns=[]))

# X17 兰州 安宁分局 返还仪式 (中国甘肃网 '1月27日讯', '去年' = 2021 -> 2022-01-27); 相关新闻 blurb 西峰
LZS = "兰州市"; AN = "安宁区"; Y21 = ("2021-01-01", "2021-12-31")
docs.append(dict(doc_id="X17", published="2022-01-27", facts=[
    F("money_recovered", 683046, "集中向16名受害群众返还依法追缴的683046元涉案资金", GS, LZS, AN, "2022-01-26", "2022-01-26"),
    F("suspects_arrested", 209, "抓获嫌疑人209人", GS, LZS, AN, *Y21),
    F("money_stopped", 12880000, "止付被骗资金1288万元", GS, LZS, AN, *Y21),
    F("money_recovered", 2560000, "追缴被骗资金256万元", GS, LZS, AN, *Y21),
    F("suspects_arrested", 11, "庆阳西峰警方“百日攻坚” 擒获11名偷渡境外从事电诈嫌犯", GS, "庆阳市", "西峰区", camp="百日攻坚"),
], campaigns=[C("百日攻坚"), C("断卡行动")]))

# X18 通城县公安局 2024年3月 警情通报 (政府信息公开 2024-04-08)
XN = "咸宁市"; TC = "通城县"; M3 = ("2024-03-01", "2024-03-31")
docs.append(dict(doc_id="X18", published="2024-04-08", facts=[
    F("cases_filed", 31, "本月全县共立电信网络诈骗案31起", HB, XN, TC, *M3),
    F("cases_filed", 21, "环比今年2月份21起", HB, XN, TC, "2024-02-01", "2024-02-29"),
    F("cases_filed", 42, "同比去年同期42", HB, XN, TC, "2023-03-01", "2023-03-31"),
    F("cases_filed", 20, "发20起", HB, XN, TC, *M3),
    F("cases_filed", 8, "刷单返利类,共8起", HB, XN, TC, *M3),
    F("victim_loss", 3400, "共计被诈骗3400元", HB, XN, TC, "2024-03-26", "2024-03-27"),
], campaigns=[]))

# X19 许昌 示范区分局 尚集派出所 (许昌公安 site, no date in text; '今年6月28日')
docs.append(dict(doc_id="X19", published=None, facts=[
    F("money_frozen", 22000, "成功帮宋女士冻结了转账资金2.2万元", HA, "许昌市"),
    F("money_recovered", 22000, "感谢民警帮助其挽回被骗的2.2万元损失", HA, "许昌市"),
], campaigns=[]))

# X20 汉中 佛坪县 袁家庄派出所 (Traditional with pinyin; incident 2025-11-15; no page date)
docs.append(dict(doc_id="X20", published=None, facts=[
    F("money_recovered", 200000, "幫助群眾成功止損20余萬(wàn)元", SN, "汉中市", "佛坪县", "2025-11-15", "2025-11-15", q="at_least"),
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
