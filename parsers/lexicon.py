"""The metric vocabulary as data: verb classes, object classes, measure words → metric.

A figure becomes a fact when a verb of some class governs it, its measure word is one the
metric accepts, and its object (the noun it counts) does not contradict the metric. Keeping
the vocabulary here, apart from the matching code in facts.py, lets a reviewer read every
word the parser relies on in one place, and extend it without touching logic.
"""
from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass

# --- the metrics ----------------------------------------------------------------------------
@dataclass(frozen=True)
class MetricSpec:
    """One metric of the closed list (docs/contract.md), as every layer needs it.

    key: the contract's name. money: a yuan amount (else a count). base_unit: what one unit
    of value is (yuan, case, person …). scope: "case" when a figure of this metric always
    describes one case or incident and is never added into a jurisdiction's total.
    kpi / trend: shown as an overview card, on the money trend (in table order); wall: the
    briefing wall's preference for its counters (1 first, 0 = never). Display names and unit words live in dashboard/i18n.py under
    the same keys (a test checks the key sets match), so a new metric is one row here, one
    lexicon rule below, and its names in i18n.
    """
    key: str
    money: bool
    base_unit: str
    scope: str = "jurisdiction"
    kpi: bool = False
    trend: bool = False
    wall: int = 0


METRIC_SPECS: tuple[MetricSpec, ...] = (
    MetricSpec("cases_solved", False, "case", kpi=True, wall=1),
    MetricSpec("cases_filed", False, "case"),
    MetricSpec("suspects_arrested", False, "person", kpi=True, wall=2),
    MetricSpec("suspects_detained", False, "person"),
    MetricSpec("gangs_busted", False, "gang", wall=6),
    MetricSpec("dens_destroyed", False, "den"),
    MetricSpec("cards_seized", False, "card", wall=8),
    MetricSpec("accounts_frozen", False, "account"),
    MetricSpec("money_frozen", True, "yuan", kpi=True, trend=True, wall=3),
    MetricSpec("money_stopped", True, "yuan", kpi=True, trend=True, wall=5),
    MetricSpec("money_recovered", True, "yuan", kpi=True, trend=True, wall=4),
    MetricSpec("money_involved", True, "yuan", scope="case"),
    MetricSpec("victim_loss", True, "yuan", scope="case"),
    MetricSpec("people_dissuaded", False, "person", wall=7),
)
SPEC_BY_KEY: dict[str, MetricSpec] = {spec.key: spec for spec in METRIC_SPECS}
KPI_METRICS: tuple[str, ...] = tuple(s.key for s in METRIC_SPECS if s.kpi)
TREND_METRICS: tuple[str, ...] = tuple(s.key for s in METRIC_SPECS if s.trend)
WALL_METRICS: tuple[str, ...] = tuple(s.key for s in sorted(METRIC_SPECS, key=lambda s: s.wall) if s.wall)


# --- verbs -------------------------------------------------------------------------------
# Each verb class names what the police did. Order inside a tuple does not matter; matching
# is on whole jieba tokens or on a token's suffix where noted in VERB_SUFFIX_OK.
# 先后将65.08万元转入嫌疑人账户 / 向陌生账户转账200余万元 / 1.17亿元资金被转走: a victim's
# transfer in a case story is the loss (a police money verb, 劝阻 or 流水 before it wins; as a
# noun's modifier, 转入金额, it is no verb: parsers.metrics)
TRANSFER_VERBS: tuple[str, ...] = ("转账", "转入", "转出", "转去", "汇款", "汇入", "转走", "被转走", "转款", "打款")

VERBS: dict[str, tuple[str, ...]] = {
    # 核破 (cases solved on checking), 深挖…案件 (further cases dug out of an arrest)
    "solve": ("破获", "侦破", "破", "带破", "破案", "告破", "侦办破获", "共破", "核破", "深挖", "查实",
              "查破"),  # 抓获犯罪嫌疑人15人…查破案件15起
    # 发生 counts cases that occurred (全国共发生…案件5200余宗): the cases_filed rule still
    # needs a case object and a case measure word
    "file": ("立", "立案", "发案", "发生", "受理", "发", "接报",
             "高发"),  # 我省电信网络诈骗案件仍然高发，达755起: cases that occurred, told as a level  # 今年我市发…诈骗案件1949起; 案件接报656起
    "arrest": ("抓获", "抓捕", "缉捕", "到案", "归案", "抓", "擒获", "捕获", "抓获归案",
               "抓捕归案", "缉拿", "缉拿归案", "落网", "拘捕", "拘获",  # 拘获: Hong Kong papers on mainland results
               "落入法网",  # 共捣毁窝点30处，178人落入法网
               "拿下",  # 民警成功将3名犯罪嫌疑人拿下
               "束手就擒"),  # 30余名犯罪嫌疑人束手就擒
    "detain": ("刑拘", "刑事拘留"),
    "bust": ("打掉", "摧毁", "捣毁", "端掉", "端", "铲除", "打垮", "捣毁窝点", "捣破", "打击",  # 打击…窝点5811个
             "查处",  # 连续查处23个电信网络诈骗窝点 (查处 N人 counts no arrests: no rule takes it)
             "查封"),  # 查封作案窝点7个 (查封房产23处 counts no den: the object decides)
    "seize": ("收缴", "查扣", "缴获", "查获", "扣押", "查缴", "起获", "扣留", "收", "检获",  # 检获: Hong Kong usage
              "搜出", "搜缴"),  # 警方搜出涉案银行卡69张
    "freeze": ("冻结", "查冻", "冻结止付", "查扣冻结", "止冻"),  # 止冻被骗资金3125万元: 止付冻结, cut short
    "stop": ("止付", "紧急止付", "拦截", "阻截", "全额止付", "延伸止付", "制止支付", "停付", "停止支付",
             "劝拦",  # 劝拦被骗资金超15亿元: talked out of and intercepted
             "阻断"),  # 阻断向涉案账户转账3.5亿元 / 协助劝阻阻断资金54.56万元: payments blocked
    "recover": ("挽回", "返还", "追缴", "追回", "止损", "挽损", "追赃", "退赃",
                "挽回损失", "追赃挽损", "发还", "退还", "归还", "领回", "交还", "退赔",  # 主动退赔5万元
                "守住", "保住", "拿回", "要回", "领取", "得以保全", "追了回来", "追回来",
                "返回",  # 冻结返回资金1000余万元: frozen, then handed back
                "接过",  # 从民警手中接过被骗的5万元: the victim takes the money back
                "找回",  # 帮助群众找回被骗的4万元现金
                "物归原主",  # 8万元现金物归原主
                "脱险",  # 其账户内的5000元也得以“脱险”: kept from the fraudsters
                "拦下",  # 联手拦下两万元 / 他拦下了“飞向”骗子的1.96万元: the gold counts it as saved
                "退回"),  # 被骗的18万元钱被银行退回到其汇款的账户
                # 为群众守住了220余万元 / 为独居老太保住9万元 / 最终拿回43万元 / 8万余元存款得以保全 /
                # 18万资金被成功追了回来
    # 避免损失N元 is money recovered; 避免N名群众受骗 counts people dissuaded
    "avoid": ("避免", "成功避免", "免于", "免遭", "免受", "减少", "预防", "避损"),  # 预防潜在损失 / 间接避损N元  # 减少群众损失N元 (a change, 同比减少, is no fact)
    "dissuade": ("劝阻", "预警劝阻", "防止", "拦阻", "成功劝阻", "见面劝阻", "面对面劝阻",
                 "上门劝阻", "电话劝阻", "当面劝阻", "阻止", "预警阻断", "成功阻止"),
    # 受害人费某被电信诈骗4万余元: the crime named between 被 and its sum
    # 造成某互联网公司经济损失达40万余元: the loss a fraud caused (避免造成… is a loss averted: metrics)
    "victim": ("被骗", "骗取", "骗走", "索要", "索取", "诈骗走", "被诈骗", "被电信诈骗", "被网络诈骗", "被电信网络诈骗", "被电诈",
               "造成") + TRANSFER_VERBS,
}

# 劝阻群众转款N元 / 成功阻止该公司被骗8.6万元: a transfer or loss talked out of is a loss
# avoided (money_recovered, like 避免损失), when one of these words stands between 劝阻/阻止
# and the sum in the same clause
DISSUADED_TRANSFERS: tuple[str, ...] = ("转款", "转账", "汇款", "付款", "转帐", "被骗", "受骗", "损失",  # 阻止损失N元
                                         "金额", "资金")  # 劝阻金额1.28亿元 / 成功劝阻资金2.72亿元

# Crime scope (parsers/scope.py). Other crimes a general crackdown or a fraud bulletin's
# aside reports in the same words (破获…案件N起, 抓获嫌疑人N名): their figures are no facts.
# 立校园诈骗类案件1343起，其中电信网络诈骗案件940起、普通诈骗案件403起: fraud that is not telecom or
# online fraud is another crime here (its 诈骗 names no telecom fraud: MIXED_CRIME_GROUPS)
ORDINARY_FRAUD: tuple[str, ...] = ("普通诈骗", "传统诈骗")
OTHER_CRIMES: tuple[str, ...] = (
    # (食品/药品 as crimes of their own — 涉食品, 食品药品领域 —, not as a fraud's bait: 混淆食品、
    # 保健品概念…牟取暴利, 销售假劣药品)
    "盗窃", "赌博", "涉赌", "偷渡", "走私", "涉车", "地下钱庄", "涉食品", "涉药品", "食品药品", "食药",
    "知识产权",
    "涉黑", "黑恶", "命案", "毒品", "涉毒", "涉黄", "涉枪", "涉爆", "拐卖", "抢劫", "抢夺",
    "寻衅滋事", "打架斗殴", "故意伤害", "猥亵", "性骚扰", "黄牛", "倒票", "个人信息", "非法贷款",
    "私渡", "偷越", "侵财", "盗抢骗", "卖淫", "嫖娼", "文物", "非法集资", "经济犯罪", "传销", "诈毒赌",
    # 套路贷 (loan-sharking dressed as lending, a 扫黑除恶 crime) is counted apart from 电信网络诈骗
    # in the ministry's round-ups (破获套路贷犯罪案件5.8万起 beside 电诈案件11.8万起); 行政案件 are
    # administrative cases, not the criminal cases filed (立刑案11起，行政案件3起); 淫秽 (obscene
    # material) beside 涉黄; 贩枪 (破获网络贩枪案件78起) beside 涉枪
    "非法放贷", "套路贷", "行政案件", "淫秽", "贩枪",
    # a pandemic crackdown's other crimes (侦破生产、销售伪劣口罩案件1起、散布涉疫谣言案件8起、非法收购…野生动物案件2起)
    "销售伪劣", "伪劣产品", "谣言", "野生动物", "哄抬", "妨害传染病",
    *ORDINARY_FRAUD,
)
# Crime groups whose names hold 骗 but that mostly count other crimes (抓获“盗抢骗”网上在逃人员):
# they name no fraud
# (and 敲诈, extortion: its 诈 names no fraud either)
MIXED_CRIME_GROUPS: tuple[str, ...] = ("盗抢骗", "两抢一盗一骗", "三盗两抢一诈骗", "两抢一盗一诈", "诈毒赌", "毒赌诈", "黄赌毒诈",
                                       "敲诈", *ORDINARY_FRAUD)
# Crime in general: another crime's only when the whole segment says nothing of fraud.
ALL_CRIMES: tuple[str, ...] = ("网络犯罪案件", "刑事案件", "违法犯罪案件", "在逃人员", "治安案件", "涉网案件",
                               "各类违法犯罪", "各类犯罪")  # 共抓获各类违法犯罪嫌疑人45人
# (违法犯罪案件: 共受理涉疫情类违法犯罪案件93起 — crime at large unless the segment names fraud)
# Words that put a segment on fraud: any 诈/骗, and fraud's own tools and measures.
FRAUD_MARKERS: tuple[str, ...] = ("诈", "骗", "两卡", "断卡", "跑分", "帮信", "帮助信息网络", "止付",
                                  "劝阻", "电信", "涉案账户", "银行卡", "电话卡")
# Bodies whose own figures are no police results (ANNOTATION: banks, courts, procuratorates,
# regulators), when one opens a segment that names no police (工信部和三大运营商…劝阻客户45.2万人);
# 人民银行…协助公安机关紧急拦截 names the police and stays theirs
OTHER_BODIES: tuple[str, ...] = ("工信部", "工业和信息化部", "通信管理局", "中国电信", "中国移动", "中国联通",
                                 "运营商", "人民银行", "银保监", "金融监管", "法院", "检察院", "检察机关",
                                 "审判机关", "网信办", "市场监管")
POLICE_WORDS: tuple[str, ...] = ("公安", "警方", "民警", "警察", "反诈中心", "刑侦", "派出所", "分局")
# Police outside the mainland (ANNOTATION: only mainland police results are facts): Taiwan's
# 警政署, 刑事警察局/大队, 警分局, 地检署, its 新台币 and 165 hotline, Hong Kong's 警务处, Macau's
# 司法警察局. A unit that names one of these and no 公安 reports their figures (parsers/scope.py).
NON_MAINLAND_POLICE: tuple[str, ...] = ("警政署", "刑事警察局", "刑事警察大队", "警分局", "地检署", "新台币",
                                        "165反诈骗", "165专线", "警务处", "香港警方", "本港警方", "香港警察", "港警", "台湾警方",
                                        "澳门警方", "司法警察局")
# Taiwan's counties and cities, whose forces are 警察局 (台中市政府警察局, 花莲县警察局, 竹市警察局)
NON_MAINLAND_PLACES: tuple[str, ...] = ("台北", "新北", "桃园", "台中", "台南", "高雄", "基隆", "新竹", "竹市",
                                        "竹县", "嘉义", "苗栗", "彰化", "南投", "云林", "屏东", "宜兰", "花莲",
                                        "台东", "澎湖", "金门", "连江")
MAINLAND_POLICE: tuple[str, ...] = ("公安",)
# A general crackdown, named in a page's title or lead: its other figures are other crimes'.
GENERAL_CRACKDOWN: tuple[str, ...] = ("治安打击整治", "治安整治", "夏季行动", "百日行动", "严打整治")

# Verbs that take a figure away from every metric: the number counts something else
# (linked cases, cards a gang opened, people escorted or punished, calls made …).
BLOCKING_VERBS: frozenset[str] = frozenset({
    "关联", "关联出", "涉及", "串并", "开办", "办理", "惩戒", "遣返", "劝返", "押解", "押送", "押回",
    "查明",  # …抓获各层级代理人452人，查明参与人员90余万人: people established, not arrested
    "整治", "约谈", "通报", "封堵", "批准逮捕", "提请逮捕", "逮捕", "发送", "拨打", "接到", "接待",
    "接听", "查询", "培养", "成立", "设立", "注册", "派出", "出动", "投入", "惩处", "处罚", "发布",
    "推送", "举办", "签订", "宣传", "入户", "发动", "走访", "张贴", "发放", "开展", "组织开展",
    "培训", "召开", "组建", "建立", "配备", "开通", "办结", "移送", "起诉", "审结", "判处",
    "打印", "群发", "推广", "下载", "安装", "覆盖", "受害", "遭受", "报案", "报警", "转交", "移交",
    "追逃", "上网追逃", "网上追逃",  # 上网追逃2名: put on the wanted list, not arrested
    "封停", "封禁", "封号",  # 封停手机号码1万余个，微信、QQ等账号3万余个: numbers and accounts blocked, no bank account frozen
    "预警",  # 劝阻潜在被害人，今年以来已累计预警3000余万人次: warnings sent, not people talked out of it
    # 抓获…涉案人员658名，采取强制措施592人: a later stage of the people just arrested
    "强制措施", "刑事强制措施",
    "提取", "取出", "取款", "提现",  # 已在银行提取了12万元: a withdrawal, no loss yet (WITHDRAWAL_VERBS)
})

# 存在被骗风险——她已在银行提取了12万元: a withdrawal nearer the sum than any loss word —
# the money is still the victim's
WITHDRAWAL_VERBS: frozenset[str] = frozenset({"提取", "取出", "取款", "提现"})

# 投入36万元引进…防骗系统: money spent. Nearest before a sum, such a verb governs it even when a
# metric word follows (防骗 would make it money involved).
SPENDING_VERBS: frozenset[str] = frozenset({"投入", "引进", "购买", "采购", "耗资", "斥资", "出资", "花费"})

# A figure that a fraudster told the victim is not a police result: the clause is reported
# speech of the caller. These cue words open such a clause.
# who speaks a claim (对方称其银行卡信息填写有误…): the fraudster, in a victim's story
CLAIM_SPEAKERS: tuple[str, ...] = ("对方", "骗子", "诈骗分子", "客服", "嫌疑人")
CLAIM_CUES: tuple[str, ...] = ("自称", "谎称", "声称", "宣称", "假称", "佯称", "诈称",
                               "对方称", "骗子称", "对方说", "骗子说")  # 对方称其涉嫌洗钱800万元: the scam's story

# --- objects -----------------------------------------------------------------------------
# Object classes: the noun a figure counts. Matched by token suffix so that compounds
# (电信网络诈骗案件, 涉案银行卡, 电诈犯罪嫌疑人) fall into place without listing each.
OBJECT_SUFFIXES: dict[str, tuple[str, ...]] = {
    "case": ("案件", "现案", "案", "案子"),
    "example": ("案例",),
    "suspect": ("嫌疑人", "嫌犯", "成员", "骨干", "涉案人员", "违法人员", "犯罪人员", "人员",
                "主犯", "从犯", "疑犯", "团伙成员", "头目", "金主", "卡头", "卡商", "卡主", "犯人", "男女",
                "涉案人",  # 拘获涉案人五万七千一百多名
                "负责人", "组长", "业务员", "话务员",  # …420余人，窝点负责人28人，“业务组长”42人
                "代理人"),  # 抓获各层级代理人452人: a scam network's agents
    # (and the staff of a prevention team: 组建一支10人的反诈精准劝阻宣传队 / 由6名见面劝阻队员…:
    # who does the dissuading, not whom it reached)
    "police": ("民警", "警力", "辅警", "警察", "干警", "专班", "队员", "宣传队", "宣传员", "志愿者", "网格员",
               "小组"),  # 组成了10多人的抓捕小组: the officers sent, not the people they caught
    "gang": ("团伙", "犯罪团伙", "集团", "犯罪集团"),
    "den": ("窝点", "据点"),
    "card": ("银行卡", "电话卡", "手机卡", "物联网卡", "卡", "SIM卡", "上网卡", "信用卡"),
    "account": ("账户", "帐户", "账号", "帐号"),
    "money": ("资金", "赃款", "款", "款项", "金额", "损失", "经济损失", "钱款", "财产",
              "资产"),  # 冻结资产1.5亿元 (jieba fuses 冻结资产: split, its money is frozen)
    "people": ("群众", "市民", "人", "民众", "受害人", "受害群众", "村民", "居民", "学生",
               "老人", "用户",
               # 见面劝阻疑似被诈骗人员1100余人(次): the people about to be cheated, whom 人员 alone
               # would count as suspects
               "受骗人员", "被骗人员", "被诈骗人员", "受害人员"),
    "call": ("电话", "短信", "信息", "号码", "QQ号码", "QQ号", "网址", "域名", "链接", "条"),
    "tool": ("工具", "设备", "手机", "电脑", "POS机", "主机", "装置", "网卡", "U盾", "执照", "身份证", "证件", "护照",
             "SD卡", "TF卡", "内存卡", "存储卡", "储存卡", "资料"),  # …手机卡19张、SD卡2张和…记录资料4张: no cards of ours
    # 反诈中心已受理咨询439起: inquiries taken, no cases filed; 接报电信诈骗类警情430余起: incidents
    # reported to the police, not cases they filed
    "inquiry": ("咨询", "求助", "举报", "警情"),
}
# Objects that name the involved money of a case rather than money seized.
INVOLVED_MONEY_OBJECTS: tuple[str, ...] = ("涉案金额", "涉案资金", "涉及金额", "案值",
                                           "涉案总金额", "诈骗金额", "涉诈金额", "流水",
                                           "涉及资金额", "涉及资金", "涉案资金额", "资金额", "涉案价值",
                                           # 诈骗集团洗钱2500余万元 / 帮助…支付结算5480余万元: the sums a
                                           # laundering or settlement gang moved
                                           "洗钱", "支付结算")

# --- measure words -----------------------------------------------------------------------
UNIT_CLASSES: dict[str, frozenset[str]] = {
    "case": frozenset({"起", "宗", "件"}),
    "person": frozenset({"名", "人", "人次", "位"}),
    "group": frozenset({"个", "伙"}),
    "place": frozenset({"个", "处", "家"}),
    "card": frozenset({"张", "万张"}),
    "account": frozenset({"张", "个", "户", "条"}),
    "money": frozenset({"元"}),
}


@dataclass(frozen=True)
class MetricRule:
    metric: str
    verbs: tuple[str, ...]          # verb classes that may govern it ("" = no verb needed)
    units: str                      # unit class
    objects: tuple[str, ...]        # object classes allowed; () = any object not forbidden
    forbidden: tuple[str, ...] = ()  # object classes that veto it
    needs_object: bool = False      # a bare number with this unit is not enough


# Tried in order; the first rule whose verb class, unit and object fit wins. Rules that
# share a verb class are ordered from the most to the least specific object.
RULES: tuple[MetricRule, ...] = (
    MetricRule("cases_solved", ("solve",), "case", ("case",), ("example", "tool", "call")),
    MetricRule("cases_filed", ("file",), "case", ("case",), ("example",)),
    # 抓获涉诈洗钱团伙9人: people of a gang are suspects; 成功抓捕诈骗团伙9个: gangs taken are busted
    MetricRule("suspects_detained", ("detain",), "person", ("suspect", "gang"), ("police", "people")),
    MetricRule("suspects_arrested", ("arrest",), "person", ("suspect", "gang"), ("police", "people")),
    MetricRule("gangs_busted", ("bust", "arrest", "solve"), "group", ("gang",), needs_object=True),  # 破获犯罪团伙5个
    MetricRule("dens_destroyed", ("bust",), "place", ("den",), needs_object=True),
    MetricRule("accounts_frozen", ("freeze",), "account", ("card", "account"), needs_object=True),
    MetricRule("cards_seized", ("seize",), "card", ("card",), needs_object=True),
    MetricRule("money_frozen", ("freeze", "seize"), "money", (), ("call",)),
    MetricRule("money_stopped", ("stop",), "money", (), ("call",)),
    MetricRule("money_recovered", ("recover", "avoid"), "money", (), ("call",)),
    MetricRule("people_dissuaded", ("dissuade", "avoid", "stop"), "person", ("people",),
               ("call", "police", "suspect", "case")),
    MetricRule("victim_loss", ("victim",), "money", ()),
)

# Police money verbs outrank the victim's loss in one clause: "被骗的28万资金被成功止付" is
# money stopped, not lost. Among them the nearest before the figure governs.
POLICE_MONEY_VERBS: frozenset[str] = frozenset({"stop", "recover", "freeze", "seize", "avoid"})
# 返还冻结涉案资金N元: a verb of giving back governs the money verb after it, which only
# says which money (the frozen funds) is returned
RETURN_VERBS: frozenset[str] = frozenset({"返还", "发还", "退还", "退赃", "归还", "交还"})

# Domain words for the segmenter (parsers.segment adds them first), so metric verbs and
# objects come out as whole tokens. A verb written with its object (捣毁窝点) stays out: as
# one token it would hide the object the figure counts.
_OBJECT_WORDS = {w for ws in OBJECT_SUFFIXES.values() for w in ws if len(w) > 1}
DOMAIN_WORDS: tuple[str, ...] = tuple(sorted(
    {w for ws in VERBS.values() for w in ws
     if len(w) > 1 and not any(w.endswith(o) and w != o for o in _OBJECT_WORDS)}
    | {w for w in BLOCKING_VERBS if len(w) > 1}
    | {w for ws in OBJECT_SUFFIXES.values() for w in ws if len(w) > 1}
    | set(INVOLVED_MONEY_OBJECTS)
))


_VERB_CLASS: dict[str, str] = {w: cls for cls, words in VERBS.items() for w in words}
MAX_VERB_LEN = max(map(len, _VERB_CLASS))


# token → its verb class, or None: the dict's own get (called for every token of every
# sentence with figures, it costs no Python call of its own)
verb_class: Callable[[str], str | None] = _VERB_CLASS.get


@functools.lru_cache(maxsize=65536)  # pure, and called for every token of every sentence
def split_verb_object(token: str) -> tuple[str, str] | None:
    """A segmenter token that fuses a verb with its object (冻结资金, 抓获嫌疑人) → the two
    parts, so matching sees the verb and the object apart. An object word we list whole
    (被诈骗人员: the people about to be cheated) is no verb and object."""
    if token in _OBJECT_BY_SUFFIX:
        return None
    for cut in range(min(len(token) - 1, MAX_VERB_LEN), 0, -1):
        head, tail = token[:cut], token[cut:]
        if cut == 1 and len(tail) == 2 and tail.endswith("人"):
            continue  # 收件人, 收款人, 发货人: the person who receives or sends — a noun, no verb
        if head in _VERB_CLASS and object_class(tail):
            return head, tail
    return None


# suffix → its class (the first class listing it, as the longest-suffix rule below reads
# them), so a token's suffixes are looked up, longest first, instead of testing each one
_OBJECT_BY_SUFFIX: dict[str, str] = {}
for _cls, _suffixes in OBJECT_SUFFIXES.items():
    for _suffix in _suffixes:
        _OBJECT_BY_SUFFIX.setdefault(_suffix, _cls)
del _cls, _suffixes, _suffix
_MAX_OBJECT_SUFFIX = max(map(len, _OBJECT_BY_SUFFIX), default=0)


# Words that end like an object but modify the next one (止付冻结账号1078个涉案1900万元: 涉案 is
# "involved", not a case)
NOT_OBJECTS: frozenset[str] = frozenset({"涉案"})


@functools.lru_cache(maxsize=65536)  # pure, and called for every token of every sentence
def object_class(token: str) -> str | None:
    """The object class of a noun token, by its longest matching suffix."""
    if token in NOT_OBJECTS:
        return None
    for n in range(min(len(token), _MAX_OBJECT_SUFFIX), 0, -1):
        cls = _OBJECT_BY_SUFFIX.get(token[-n:])
        if cls is not None:
            return cls
    return _OBJECT_BY_SUFFIX.get("")


def unit_class_fits(unit: str | None, unit_class: str) -> bool:
    return unit is not None and unit in UNIT_CLASSES[unit_class]
