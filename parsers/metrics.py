"""sentence → metric hits: which figures in a sentence are which statistic.

The sentence is cut into comma clauses (、 stays inside a clause: it joins the parts of one
object list). For each figure the governing verb is looked for in its own clause, first
before the figure and then, for passive wording (3名嫌疑人被抓获), after it. A clause with no
verb at all borrows the verb of the clause before it (在破获的案件中,涉疫类案件有837起); a
clause whose only verb is a blocking one (关联出…案293起, 惩戒…人员6303名) yields nothing.
The verb class, the measure word and the counted object must then fit one rule of the
lexicon.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from itertools import compress
from operator import attrgetter, itemgetter
from typing import NamedTuple

from parsers import lexicon, segment
from parsers.numbers import Quantity, find_quantities

CLAUSE_BREAK = re.compile(r"[，,；;：:！!？?。\s]")
NOISE_UNITS = frozenset({"%", "‰", "号", "年", "月", "日", "天", "岁", "时", "分", "秒", "小时",
                         "周", "期", "级", "届", "版", "楼", "层", "倍", "批", "轮", "米", "公里"})
PERSON_NOUN_AFTER = re.compile(r"^(?:名|人)?(?:群众|市民|民众|人|受害人|受害群众)")
# (保住了男子20多万血汗钱 / 为他挽回的20万损失: savings and losses are sums of money too)
# (查扣15万涉案资金: the money's own kind may come between the sum and its noun)
MONEY_NOUN_AFTER = re.compile(r"^(?:元|(?:涉案|涉诈|被骗|诈骗)?(?:资金|赃款|款项|钱款)|血汗钱|积蓄|存款|养老钱|(?:经济)?损失)")
# 劝阻人数300多万 / 抓获人数1200: a count written after its own "number of people", no measure word
PERSON_COUNT_BEFORE = re.compile(r"人数(?:为|达到?|共计?|累计|超过?)?$")
INVOLVED_BEFORE = re.compile(
    "(?:" + "|".join(lexicon.INVOLVED_MONEY_OBJECTS) + r")[^，,。；;]{0,6}$"
    # 该团伙共计涉案56万元 / 侦破一起涉案130余万元的诈骗案: 涉案 right before the sum is its size
    # (not 涉案资产/涉案赃款/涉案的 + a sum: what the money is, said by the words between)
    r"|涉案(?:金?额?(?:达|高达|共计|总计|合计)?)$")
FRAUD_VERBS = frozenset({"诈骗", "骗", "骗取", "骗走", "诱骗", "骗入"})
TRANSFER_VERBS = frozenset(lexicon.TRANSFER_VERBS)
# “打击+预防+宣传”三位一体 / 两手抓: a numeral inside a set phrase counts nothing
IDIOM_AFTER = ("一体", "合一")
STOP_THEN_FREEZE = re.compile(r"(?:并|、|和|及)?冻结")
# 向被害人索取一万元 / 陆续向刘先生索要近20万元: a sum demanded of the victim and paid is their
# loss — only a sum in the demand's own clause
DEMAND_VERBS = frozenset({"索要", "索取"})
SUM_IN_CLAUSE = re.compile(r"[^，,。；;]*?[\d一二三四五六七八九十两]")
NEAR_MISS_BEFORE = re.compile(r"(?:差点|险些|差一点|险遭)(?:就)?$")
PURPOSE_BEFORE = re.compile(r"(?:为了?|想要?|希望|急于|一心想)$")  # (一心想追回被骗钱款的冼女士…打去11万余元: a wish)
NOT_YET_BEFORE = re.compile(r"未|尚未|仍未|均未")
# 退回 hands money back only when done (被银行退回 / 已退回 / 全部退回 / 将…退回), and not in a
# lure's words (称…退回赔偿金 / 平台会…一并退回 / 可以退回)
SENT_BACK = "退回"
SENT_BACK_DONE = re.compile(r"被[^，,。；;]{0,4}$|已$|已经$|全部$|均$|成功$|悉数$|[将把][^，,。；;]{0,12}$")
LURE = re.compile(r"称|承诺|会|可以|能|即可|为由|需要|需|要求|以便")
SEIZED_BACK = "追缴"
FREEZE_BEFORE = re.compile(r"冻结[、和及并]?$")
ATTEMPT_BEFORE = re.compile(r"(?:试图|企图|准备|欲|正要|打算|急于|急着|想要)[^，,。；;]*$")
# the stages after an arrest told beside 逮捕 (起诉47人, 已审结案件6起): 逮捕 is one of them too
JUDICIAL_CHAIN = re.compile(r"起诉|审结|判决|公诉|宣判")
# 查获“断卡”嫌疑人29人: 查获 with the suspects named right before their figure
SUSPECTS_FOUND_BEFORE = re.compile(r"查获[^，,。；;\d、]{0,8}?嫌疑人$")
# 收款方 / 收款码 / 收款账户 (the segmenter's 收款, split into 收 and 款): the payee, not 收 (seize)
PAYEE_VERB = "收"
PAYEE_AFTER = ("款方", "款码", "款账户", "款账号", "款单位", "款二维码")
# 10万元钱还未被转走 / 10000元还未被诈骗分子转走: money the fraudsters did not take — kept, as
# 避免…损失 keeps it (the gold records it as money saved), no loss
NOT_TAKEN_BEFORE = re.compile(r"(?:未|没有?)被[^，,。；;]{0,8}$")
# 客户于先生早上刚收到一笔高达100万元的转账: money that came in, no loss of the one who got it
# (not 收到了该银行账户被转账36868元…的短信: a message that money was taken)
RECEIVED_BEFORE = re.compile(r"收到[^，,。；;被]{0,12}$")
# 李某转账169元，随后对方返还给181元: the fraudster's refund, the bait of a 刷单 scam, is no
# money recovered (a suspect's own 退赔 after arrest is: 胡某某…主动退赔5万元)
# 对杜某等5人开展抓捕 / 列为“拔钉”行动缉捕对象: an arrest set about or a target named, not
# made — the figure counts the people sought (抓获 follows, or not, with its own figure)
PURSUIT_WORDS = frozenset({"抓捕", "缉捕"})
PURSUIT_BEFORE = ("开展", "实施", "展开", "组织", "进行", "部署")
PURSUIT_AFTER = ("对象", "行动", "工作", "任务", "方案")
DISPOSAL_OPEN = re.compile(r"[将把]")
MEASURES_TAKEN = frozenset({"强制措施", "刑事强制措施"})
# (600余名…已明确身份的团伙成员正在缉捕: still sought)
# (54名被扑克牌通缉的人员已落网52人: the wanted list's size, of whom 52 are caught — not
# 将2名被网上通缉的犯罪嫌疑人抓获归案, where no other count follows)
# (逾470名…头目和骨干纳入重点缉捕: put on the list of people sought)
PURSUIT_AFTER_FIGURE = re.compile(r"[^，,。；;]{0,16}?(?:(?:开展|实施|展开|进行|正在|仍在|尚在|还在)(?:全力)?(?:抓捕|缉捕|追捕)"
                                  r"|(?:纳入|列入|列为)[^，,。；;\d]{0,4}?(?:抓捕|缉捕|追捕)"
                                  r"|(?:抓捕|缉捕)对象|被[^，,。；;]{0,8}?通缉[^，,。；;\d]{0,12}\d)")
# 已成功到案240余名缉捕对象: the people sought, now caught
CAUGHT_BEFORE = re.compile(r"(?:到案|抓获|抓捕归案|缉捕归案)[^，,。；;\d]{0,3}$")
# 缅甸执法部门将前期抓获的920余名中国籍涉诈犯罪嫌疑人…移交中方 / 缅方开展多轮清剿行动，陆续抓获…920余名:
# people another country's authorities caught — received later, like 押解 and 遣返, not arrested
# by our police; unless our police act in the sentence too (普洱公安机关与缅甸相关地方执法部门开展
# 执法合作，抓获2349名…: a joint operation is the reporting force's result)
FOREIGN_ACTOR = re.compile(r"(?:缅甸|柬埔寨|老挝|泰国|菲律宾|越南|印度尼西亚|印尼|马来西亚|阿联酋|肯尼亚|西班牙|亚美尼亚"
                           r"|斐济|土耳其|乌干达|塞尔维亚|黑山|蒙古|巴基斯坦|斯里兰卡|尼泊尔|新加坡|韩国|日本)"
                           r"[^，,。；;]{0,8}?(?:执法部门|执法机构|警方|警察|当局|军警)|(?:缅方|柬方|老方|泰方|菲方|越方|外方)")
# (记者从公安部获悉: the source, no actor; 中国及缅甸警方…展开联合行动，拘捕870名 / 中缅两国警方: our
# police among the actors)
MAINLAND_ACTOR = re.compile(r"公安机关|公安局|公安厅|公安部(?![^，,。；;]{0,2}(?:获悉|消息|介绍|通报|发布))|反诈中心|工作组|分局"
                            r"|派出所|民警|专案组|(?<![甸寨挝国宾南尼亚酋])警方"
                            r"|(?:中国|我国)(?:及|和|与|、)?[^，,。；;]{0,6}?警方|中方|两国警方")
# (平台很快返回了335元: the scam platform's, in a 刷单 story)
# (…收到了对方支付的返还款，一共113元: the refund named, then its sum after a comma)
BAIT_REFUND_BEFORE = re.compile(r"(?:对方|骗子|诈骗分子|客服|平台)[^，,。；;]{0,4}(?:返还|返回|返|退还|退回|返现|返利)"
                                r"(?:[^，,。；;]{0,10}|款[，,](?:一共|共计|合计|共)?)$")
FORMAL_ARREST = "逮捕"
ARRESTED_AND = re.compile(r"(?:抓获|抓捕)\s*并\s*(?:依法)?$")
PROSECUTOR_BEFORE = ("批准", "决定", "提请", "报请", "检察", "批捕")
TRANSFER_NOUN_AFTER = ("金额", "资金", "款项", "记录", "流水")
# The counted noun after a figure ends at a coordinator or the next list item: in
# "窝点412个、团伙210个" the 团伙 belongs to 210, not to 412.
OBJECT_WINDOW_END = re.compile(r"[，,；;：:！!？?。、\s]|及|和|与|以及|等|\d")
# 较去年同期增加567起 / 比去年同期多抓获312名: the figure is a change, not a result
CHANGE_BEFORE = re.compile(
    r"(?:较|比|同比|环比)[^，,。；;]{0,12}?(?:增加|减少|多|少|上升|下降|增长|提升|降低|下降了|增加了)"
    r"[^，,。；;\d]{0,6}$")
CHANGE_MARKS = ("较", "比")  # one of which every CHANGE_BEFORE match holds
# 被骗金额10万元以上的有7起 / 1万元到5万元的有16起: the bound of a loss band, not a sum
BAND_BOUND_AFTER = re.compile(r"(?:以上|以下|之间|及以上|及以下)?的(?:有|共|为|占)|(?:以上|以下)的|[到至~～\-—]\s*\d")
# 其中数额最大的147万元，最少的3150元: the extremes of a list, not sums
EXTREME_BEFORE = re.compile(r"(?:最大|最多|最少|最小|最高|最低)的?[^，,。；;\d]{0,3}$|(?:少则|多则)[^，,。；;]{0,12}$")  # 单笔最高返还39万元 / 少则骗800元，多则骗2000元-3000元
# 涉及金额… opening a clause: the sum of what the clause before counted
# (…成功止付嫌疑资金126万元，其中本案涉案资金78万元: the part of the stopped sum that is this case's)
INVOLVED_AMOUNT_OPEN = re.compile(r"\s*(?:共|共计|累计)?涉及(?:金额|资金)|\s*其中[，,]?\s*(?:本案|该案)?涉案(?:金额|资金)")
# 案值100万元以上被骗案件7起: the bound of a class of cases
BAND_BOUND_OBJECT = re.compile(r"(?:以上|以下)?(?:的)?[^，,。；;\d]{0,6}?(?:案件|案)")
# 阻止了80宗损失超百万元的案件 / 其中涉案价值超过30万元的案件100多起: an "over N元" that
# qualifies counted cases is the bound of their class (a case story's 涉案超千万元的诈骗案,
# one case, keeps its size)
OVER_PREFIX = ("超过", "超", "逾")
BAND_CASES_AFTER = re.compile(r"的[^，,。；;\d]{0,6}?(?:案件|案)")
COUNTED_CASES = re.compile(r"\d+\s*(?:多|余)?\s*(?:宗|起|件)")
DISSUADED_AFTER = re.compile("的?(?:" + "|".join(map(re.escape, lexicon.DISSUADED_TRANSFERS)) + ")")
# 投入/投资 + a sum: a victim's stake in the scam when the sentence tells a victim's story
VICTIM_SPENDING_VERBS = frozenset({"投入", "投资", "花费"})
VICTIM_STORY = re.compile(r"被骗|被诈骗|骗子|上当|受骗|炒股|理财|彩票|博彩|刷单|期货|外汇|虚拟币|打赏|刷礼物"
                          r"|女士|先生|女子|男子|事主|受害|被害")
# 投入36万元引进“金钟罩”防骗预警系统: a sum spent on something is no stake in a scam
SPENT_ON = re.compile(r"\s*(?:用于|引进|建设|建成|购置|采购|打造|升级|研发)")
INTENT_AFTER = re.compile(r"的(?:意愿|计划|打算|想法)")
POLICE_SPENDER = re.compile(r"公安|警方|民警|派出所|反诈中心|政府|财政")
# …35名，现已全部被警方依法予以刑事拘留 / …12人，均已被刑拘 / …骨干人员11人，并依法采取刑事拘留:
# every one of the figure detained
# (and, a clause later, the same people: 3名…嫌疑人相继落网，目前均已被…刑事拘留 / 4名犯罪嫌疑人对…供认不讳，
# 已被依法刑事拘留 — a clause opening on 已被/均已被 has them as its subject)
ALL_DETAINED_AFTER = re.compile(r"[^，,。；;\d]{0,30}?(?:[，,][^，,。；;\d]{0,24}?)??[，,]\s*"
                                r"(?:(?:目前|现)?(?:已|均已|现已)?(?:全部|均)(?:已)?被?[^，,。；;\d]{0,10}?"
                                r"|(?:目前|现)?[，,]?(?:已经|已)被[^，,。；;\d]{0,10}?"
                                r"|并(?:依法)?(?:对其)?(?:采取|予以)?)(?:刑事拘留|刑拘)")
SUSPECTS_AFTER = re.compile(r"[^，,。；;\d]{0,6}?(?:嫌疑人|嫌犯|涉案人员)")
LIST_ITEM_MARK = re.compile(r"[、；;]")
# 其中网上贷款类诈骗23宗 / 刷单返利类,共8起: a row of a breakdown by kind of fraud counts
# cases, whatever nouns the kind's name holds (贷款 is no money object here)
# 成功抓捕诈骗团伙9个 / 抓获…团伙985个: gangs counted right where the arrest verb's figure stands
GANG_BEFORE = re.compile(r"(?:团伙|集团)\s*(?:共|有)?\s*$")
GANG_AFTER = re.compile(r"\s*个?[^，,。；;\d]{0,8}?(?:团伙|集团)")
KIND_NAME_START = "，,。；;：:、为是"  # what stands before a kind's name (诈骗类型为…类)
# 其作案手段有：冒充网购客服，13宗；… / 诈骗类型主要为：刷单返利，12起；…: the heading of a list of kinds
KIND_LIST_OPEN = re.compile(r"(?:手段|类型|方式|种类)(?:主要)?(?:有|为|是|包括)?\s*[：:]")
KIND_LIST_ITEM = re.compile(r"[^\d，,。；;：:]{2,20}[，,]\s*")
FRAUD_KIND_LABEL = re.compile(r"类(?:诈骗|案件|案)?\s*[,，]?\s*(?:共|有|为|共有)?\s*$")
# 每天有400多人被劝阻 / 日均拦截…: a rate, not a total
RATE_BEFORE = re.compile(r"(?:每天|每日|日均|每月|月均|每周|平均每天)[^，,。；;\d]{0,6}$")
# 人均损失7.4万元: an average, not a sum
# 日均上门劝阻潜在受骗群众600余人次: a daily (monthly) average, however long its verb phrase
# (日均预警100次、劝阻89人: an average runs on over the items of its list)
AVERAGE_BEFORE = re.compile(r"(?:人均|平均|均)[^，,。；;\d]{0,4}$"
                            r"|(?:人均|平均)[^，,。；;\d]{0,10}[，,](?:达到|达|为|约)$"  # 平均单笔受损金额最高，达到16万元
                            r"|(?:日均|每日|每天|月均|年均)"
                            r"(?:[^，,。；;\d、]{0,12}[\d.]+[^，,。；;\d、]{0,4}、){0,3}[^，,。；;\d]{0,16}$")
# a character every AVERAGE_BEFORE (and RATE_BEFORE) match holds: most text before a figure
# has neither, and 人 opens an attempt of AVERAGE_BEFORE at every one of its (many) places
AVERAGE_MARKS = ("均", "每")
# 单日诈骗金额高达100万元 / 诈骗金额每位家长494元: one day's peak or each one's sum — no total of
# money (not 单日抓获犯罪嫌疑人120名 or 每名民警…抓获嫌疑人12名, which count people)
PER_ONE_SUM_BEFORE = re.compile(r"(?:单日|每位|每人|每名|每户)[^，,。；;\d]{0,16}$")
# 共发32起…案件，被诈骗金额237万余元: the loss of a period's filed cases together — neither
# one victim's loss nor one case's size (contract: victim_loss, money_involved)
# (共立…案件63万起，造成经济损失180亿元: the count may be in 万)
# (龙眠街道3起(损失353705元): a table row's count of cases with their loss in brackets)
FILED_COUNT = re.compile(r"(?:共发|发案|立案|共立|发生)[^，,。；;]{0,20}?\d+(?:\.\d+)?\s*万?\s*起|高发[，,]?\s*达?\d+\s*起|类[，,]?\s*共\s*\d+\s*[起宗件]"
                         r"|\d+\s*[起宗件]\s*[（(]\s*(?=(?:共计|合计|共)?(?:造成)?(?:经济)?损失)")
LOSS_TOTAL_BEFORE = re.compile(r"(?:被骗|被诈骗|诈骗|损失)(?:金额|资金|总额)?仍?(?:共计|合计|累计|共|高达|多达|达|为|约|近|超过|逾)?$")
# 扣押涉案汽车4辆，价值300余万元: the worth of goods seized, not money frozen
GOODS_VALUE_BEFORE = re.compile(r"(?<!涉案)(?:总|合计)?价值(?:约|近|达|高达|共计)?\s*$")
# 支付结算5480余万USDT，折合人民币约3.8亿余元: a sum converted into yuan states what the foreign
# sum before it states (which itself is no fact: no yuan)
COUNT_UNITS = frozenset(u for cls, units in lexicon.UNIT_CLASSES.items() if cls != "money" for u in units)
CONVERTED_BEFORE = re.compile(r"[，,]?\s*(?:折合|折算|约合|合)(?:人民币)?(?:约|近|共|超|达)?\s*$")
MONEY_NOUN_BEFORE = re.compile(r"(?:资金|赃款|款项|钱款|金额|损失)[^，,。；;\d]{0,2}$")
MONEY_VERB_BEFORE = re.compile(r"(?:挽损|挽回|止付|冻结|返还|追回|追缴|拦截|止损|发还|退赃)了?(?:群众|受害人|事主)?"
                               r"(?:共计|共|约|近|达|超)?$")
LOSS_VERB_BEFORE = re.compile(r"(?:被骗|骗走|骗取|被诈骗)了?[她他其]?(?:共计|共|约|近|达)?$")
# 其中工商银行止付88.56万元: a bank's own interception, not a police result
BANK_SUBJECT = re.compile(
    # (a bank, not a bank card or account: 对涉案银行卡进行止付 is the police's)
    r"(?:^|[，,；;、：:])[^，,。；;、：:]{0,8}(?:银行(?!卡|账|帐|流水)|农商行|信用社|支行|分行|农行|工行|建行|中行|交行|邮储)"
    r"(?:[^，,。；;、]{0,4})?(?:止付|拦截|冻结|阻截)[^，,。；;]{0,6}$"
    # 各银行通过风险排查…拦截交易资金2.6亿元 / 一年来，全省金融机构阻截… / 杭州下城各家银行共拦截…:
    # banks are the subject of the whole sentence (after at most a short lead: 据某某介绍：一年来，),
    # not a partner (与多地银行、金融机构反复沟通协调，…刑拘1人)
    r"|(?:^|[；;。])(?:[^；;。]{0,30}[：:，,])?(?:(?![与和同向对])[^；;。，,：:]){0,8}(?:各银行|各家银行|(?:银行业)?金融机构)[^；;。]*$")
# a word every BANK_SUBJECT match holds: a text without one needs no scan (the pattern opens
# on a class of breaks, so its scan starts a match at every comma)
BANK_WORD = re.compile(r"银行|农商行|信用社|支行|分行|农行|工行|建行|中行|交行|邮储|金融机构")
BREAKDOWN_OPEN = re.compile(r"\s*(?:其中|内含|包括)")
DISPOSAL_BEFORE = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=成功)|(?<=并)|(?<=已)|(?<=先后)|(?<=依法)|(?<=陆续))[将把]")
# 两起案件发生后, 市公安局…: a time clause of the story
NARRATIVE_AFTER = ("后", "之后", "以后", "时", "之时")
# 阻止发案1.7万余起 / 避免发案: cases prevented, not cases filed
NEGATED_BEFORE = ("阻止", "避免", "防止", "减少", "遏制", "劝阻")  # 成功劝阻了58起正在发生的…案件: cases stopped
# 诈骗某建筑公司8000万元 / 诈骗梅州籍受害者王女士3500元 / 冒充领导诈骗财务26万元: the money of a
# named victim (a company, a person, the clerk who paid)
VICTIM_OBJECT = re.compile(r"[^，,。；;\d]{0,12}?(?:公司|企业|单位|工厂|[\u4e00-\u9fff]某|先生|女士|小姐|受害者|受害人"
                           # 假警察诈骗女子4100元 / 诈骗余姚姑娘小罗3000元: a person by who she is
                           r"|女子|男子|姑娘|小伙|老人|老太|大爷|大妈|阿姨|学生|宝妈"
                           r"|被害人|事主|财务|会计|出纳)[^，,。；;\d]{0,4}\d")
# 共骗取 / 累计骗取: a gang's running total is money involved, not one victim's loss
GANG_TOTAL_BEFORE = re.compile(r"(?:共|累计|先后|合计|总计)[^，,。；;]{0,2}$")
# 网络虚假销售口罩诈骗武汉市民14万元 / 诈骗厦门群众33万元: the people cheated named before the sum
# (共诈骗群众500余万元 is a gang's running total: GANG_TOTAL_BEFORE)
VICTIM_PEOPLE_OBJECT = re.compile(r"[^，,。；;\d]{0,6}?(?:市民|群众|村民|居民)\d")  # (not 诈骗群众钱财300余万元)
# (该团伙以投资理财为名诈骗全国各地群众2000余万元 / 张某等3人诈骗外地群众12万元: a gang's or
# its suspects' takings, money involved)
GANG_SUBJECT_BEFORE = re.compile(r"团伙|集团|嫌疑人|犯罪分子|等[\d一二两三四五六七八九十]+[人名]")
VICTIM_PRONOUN = re.compile(r"^了?(?:其|她|他|受害人|被害人|事主|[\u4e00-\u9fff]某)")  # (骗了她18万元: the woman who reported it)


@dataclass(frozen=True)
class MetricHit:
    metric: str
    quantity: Quantity
    start: int  # evidence span within the sentence
    end: int


class _Token(NamedTuple):  # a tuple: built for every token of every sentence with figures
    word: str
    start: int
    end: int
    clause: int


# the runs between breaks (CLAUSE_BREAK is one character class, so every break is one
# character): the clauses, found in one scan without a Python step per break
_CLAUSE_RUN = re.compile("[^" + CLAUSE_BREAK.pattern[1:-1] + "]+")


# 现6名犯罪嫌疑人(男,均为吉林人)因涉嫌诈骗罪已被依法刑事拘留: a short bracketed aside is no
# clause break, whatever punctuation it holds — the figure and its verb stay one clause
_ASIDE = re.compile(r"[（(][^（()）\n]{1,24}[)）]")


def _clauses(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each non-empty run of text between clause breaks (a break inside a
    short bracketed aside does not count)."""
    if "(" in text or "（" in text:
        text = _ASIDE.sub(lambda m: "_" * len(m.group(0)), text)  # same length: offsets hold
    return [m.span() for m in _CLAUSE_RUN.finditer(text)]


def _clause_of(pos: int, clauses: list[tuple[int, int]]) -> int:
    """The clause holding pos; a position between clauses (a comma) counts as the last."""
    i = bisect_right(clauses, (pos, _AFTER_ANY_END)) - 1  # clauses are sorted and disjoint
    if i >= 0 and pos < clauses[i][1]:
        return i
    return len(clauses) - 1


_AFTER_ANY_END = float("inf")


# word → its (verb, object) parts when the segmenter fused them (冻结资金), else None;
# a plain dict so the per-token loop makes one lookup (split_verb_object is lru-cached, but a
# call per token of every sentence with figures is what _tokens spent its time on)
_PARTS: dict[str, tuple[str, str] | None] = {}
_PARTS_SIZE = 1 << 16
_UNSEEN = object()


def _parts(word: str) -> tuple[str, str] | None:
    parts = lexicon.split_verb_object(word) if lexicon.verb_class(word) is None else None
    if len(_PARTS) >= _PARTS_SIZE:
        _PARTS.clear()
    _PARTS[word] = parts
    return parts


def _tokens(text: str, clauses: list[tuple[int, int]],
            by_clause: dict[int, list[int]] | None = None) -> list[_Token]:
    """The sentence's tokens, fused verb-object words split; ``by_clause``, when given, is
    filled with clause index → indices of its tokens, ascending (in the same pass)."""
    out: list[_Token] = []
    append, known = out.append, _PARTS.get
    new = tuple.__new__  # _Token(...) without the NamedTuple's Python-level __new__
    last = len(clauses) - 1
    # token starts rise, so the clause index only moves forward (same as _clause_of); past
    # the last clause, the sentinel's bounds send every token to the last one
    bounds = [*clauses, (_AFTER_ANY_END, _AFTER_ANY_END)]
    c = 0
    c_start, c_end = bounds[0]
    end = 0
    # the index list of the clause the last token fell in: looked up again only when the
    # clause changes, not a dict lookup and a new (default) list per token
    listed, listing = None, []
    for word in segment.words(text):  # the words cover the text: each starts where the last ended
        start, end = end, end + len(word)
        while c_end <= start:
            c += 1
            c_start, c_end = bounds[c]
        clause = c if c_start <= start else last
        if by_clause is not None and clause != listed:
            listed, listing = clause, by_clause.setdefault(clause, [])
        parts = known(word, _UNSEEN)
        if parts is _UNSEEN:
            parts = _parts(word)
        if parts:
            cut = start + len(parts[0])
            listing.extend((len(out), len(out) + 1))
            append(new(_Token, (parts[0], start, cut, clause)))
            append(new(_Token, (parts[1], cut, end, clause)))
        else:
            listing.append(len(out))
            append(new(_Token, (word, start, end, clause)))
    return out


# 现金人民币23700元、新台币900元 / 美金5000元: another currency named before the sum — not yuan
# (and a crypto-currency named before its count: 追回现金33万余元，泰达币9万余元（约人民币70万元）)
FOREIGN_CURRENCY_BEFORE = re.compile(r"(?:新台币|台币|美金|美元|港币|港元|澳门币|澳元|欧元|日元|越南盾|泰铢|比索|卢布"
                                     r"|泰达币|USDT|usdt|比特币|以太坊|虚拟币|虚拟货币)\s*$")
FOREIGN_CURRENCY_AFTER = re.compile(r"\s*(?:USDT|usdt|泰达币|比特币|个?虚拟币|美金|美元|港币|港元|欧元|日元)")


def _effective_unit(q: Quantity, text: str) -> str | None:
    """A figure written without a measure word takes one from the noun after it; a sum in
    another currency (新台币900元) has none of ours."""
    if q.unit == "元" and FOREIGN_CURRENCY_BEFORE.search(text, max(0, q.start - 5), q.start):
        return None
    if q.unit is not None:
        return q.unit
    after = text[q.end:q.end + 4]
    if FOREIGN_CURRENCY_AFTER.match(after):
        return None  # 支付结算5480余万USDT: a sum in a virtual or foreign currency
    if PERSON_NOUN_AFTER.match(after) or PERSON_COUNT_BEFORE.search(text, max(0, q.start - 6), q.start):
        return "人"
    if MONEY_NOUN_AFTER.match(after) or (q.value >= 10_000 and INVOLVED_BEFORE.search(text[:q.start])):
        return "元"
    if q.text.rstrip("余多").endswith(("万", "亿")) and (MONEY_NOUN_BEFORE.search(text[:q.start])
                                                       or LOSS_VERB_BEFORE.search(text, max(0, q.start - 6), q.start)
                                                       or MONEY_VERB_BEFORE.search(text, max(0, q.start - 10), q.start)):
        # 冻结资金600余万 / 受害人被骗52.624万 / 电诈案件挽损77.25万: no 元, its noun, a loss verb or a
        # police money verb stands right before it
        return "元"
    return None


def _is_candidate(q: Quantity) -> bool:
    if q.unit in NOISE_UNITS or q.value <= 0:
        return False
    if q.unit != "元" and q.value % 1 > 1e-6 and 1 - q.value % 1 > 1e-6:  # (79.71万 is 797099.99…: float noise)
        return False  # 每万人发案3.25起 / 日均抓获2.5人: a rate or an average, no count of things
    # the article numeral: 打掉一个团伙, 破获一起案件 name one thing, they do not count it
    return not (q.numeral == "chinese" and q.value == 1)


# A sentence's token starts rise, so the tokens starting in a span are a slice found
# by bisection: _object_of runs for each figure and verb, and scanned every token each time.
_START = attrgetter("start")
_END = attrgetter("end")
_WORD = itemgetter(0)  # a _Token's word


def _between(tokens: list[_Token], start: int, end: int) -> list[_Token]:
    """The tokens that start in [start, end)."""
    return tokens[bisect_left(tokens, start, key=_START):bisect_left(tokens, end, key=_START)]


# 杨某 / 王某某 / 林某群: a person named the way reports anonymise suspects (the segmenter
# often leaves 某 a token of its own: 杨 / 某)
# (财产损失100万元以上) right before a figure: a bracketed aside that ends where the figure starts
# (抓获涉案嫌疑人林×德(福建安溪人)等20人: the aside may stand before the 等 that closes the people named)
ASIDE_BEFORE = re.compile(r"[（(][^（()）]{1,30}[)）]\s*(?:等)?\s*$")
# 抓获7名将自己名下银行卡、手机卡…出售、出借给诈骗分子用以取现、“跑分”的违法犯罪嫌疑人: a modifier
# so long that its list commas end the clause window before its noun; the people are its suspects
LONG_MODIFIER_SUSPECT = re.compile(r"[^。；;！!？?\n]{0,80}?的(?:违法)?(?:犯罪)?(?:嫌疑人|嫌犯|疑犯)")
COUNT_END_CHARS = frozenset("0123456789余多十百千万两一二三四五六七八九")  # what a figure ends on, before its measure word
PERSON_UNITS = frozenset({"人", "名"})  # (兴庆区(含某新区)8宗: a place, when the count is no people)
PERSON_OBJECTS = frozenset({"suspect", "people", "police"})  # the object classes 名 and 人 count
ANONYMISED_NAME = re.compile(r"[\u4e00-\u9fff]某{1,2}[\u4e00-\u9fff]?")


BREAKDOWN_WORD_BEFORE = re.compile(r"其中|包括")


def _breakdown_item_unit(text: str, start: int, end: int) -> bool:
    """text[start:end] is the measure word of a breakdown's list item (大陆73人、台湾78人; 其中大陆
    53人，台湾21人), not a noun of its own: a figure ends right before it and a list mark follows
    it — 、, or a comma inside a breakdown opened by 其中/包括 (not 刑拘96人，行政拘留11人)."""
    if not start or text[start - 1] not in COUNT_END_CHARS:
        return False
    mark = text[end:end + 1]
    return mark == "、" or (mark in "，," and BREAKDOWN_WORD_BEFORE.search(text, max(0, start - 20), start) is not None)


def _object_of(tokens: list[_Token], q: Quantity, text: str, verb_end: int,
               modifier_ends: bool = False) -> str | None:
    """The counted noun: after the figure when one follows in the clause (196个窝点),
    else the nearest one between the verb and the figure (打掉…团伙12个). ``modifier_ends``
    (the object of a verb after the figure, 将…的其余5人抓获): people counted are not looked for
    in a modifier before them — its nouns (拨打诈骗电话的) say what they did."""
    clause_end = len(text)
    m = OBJECT_WINDOW_END.search(text, q.end)
    if m:
        clause_end = m.start()
    after = _between(tokens, q.end, clause_end)  # tokens starting in [q.end, clause_end)
    first_noun = next((lexicon.object_class(t.word) for t in after if lexicon.object_class(t.word)), None)
    if first_noun == "police":
        return "police"  # 3名民警将嫌疑人抓获: the figure counts officers
    de = [i for i, t in enumerate(after) if t.word == "的"]
    window = after[de[-1] + 1:] if de else after
    found: str | None = None
    for t in window:
        if lexicon.verb_class(t.word) or t.word in lexicon.BLOCKING_VERBS:
            break
        cls = lexicon.object_class(t.word)
        if cls:
            found = cls
    if q.unit in PERSON_UNITS and found not in PERSON_OBJECTS and not de \
            and LONG_MODIFIER_SUSPECT.match(text, q.end):
        return "suspect"  # (the cards that modifier names are not what 名 counts)
    if found:
        return found
    if FRAUD_KIND_LABEL.search(text, max(0, q.start - 12), q.start):
        return "case"
    # the tokens from verb_end to the figure: a slice, as tokens are contiguous and sorted;
    # not those of an aside in brackets right before the figure (部督案件(财产损失100万元以上)3起:
    # the cases are counted, 损失 only says which)
    aside = ASIDE_BEFORE.search(text, verb_end, q.start)
    aside_start = aside.start() if aside else q.start
    for t in reversed(tokens[bisect_left(tokens, verb_end, key=_START):bisect_right(tokens, q.start, key=_END)]):
        if t.start >= aside_start:
            continue
        if modifier_ends and t.word == "的" and q.unit in PERSON_UNITS:
            return None
        if q.unit in PERSON_UNITS and (t.word in ("某", "某某") or ANONYMISED_NAME.fullmatch(t.word)):
            return "suspect"  # 将涉嫌买卖银行卡的杨某、黄某、覃某3人抓获: the people named, not the cards
        if t.word in PERSON_UNITS and _breakdown_item_unit(text, t.start, t.end):
            continue  # 其中大陆73人、台湾78人: the measure word of the list item before, not a noun
        cls = lexicon.object_class(t.word)
        if cls == "gang" and JOINT_DEN_BEFORE.search(text, verb_end, t.start):
            return "den"  # 打掉…窝点团伙1569个 / 窝点、团伙50余个: one figure for both, counted as dens
        if cls:
            return cls
    return None


# 打掉省内涉诈黑灰产窝点团伙1569个 / 打掉…窝点、团伙50余个: a den noun joined to the gang noun
# that closes the object — one figure of dens and gangs together, which the gold counts as
# dens_destroyed as it does 团伙窝点155个 and 团伙和窝点1400多个 (realninetysix CU02; realseventeen L20)
JOINT_DEN_BEFORE = re.compile(r"(?:窝点|据点)\s*[、和及与]?\s*$")


# a bait payment with its sum in the clause (充值3000元“Y币”可以返还…), not 专案组投入警力…，即可领回
BAIT_PAYMENT = re.compile(r"(?:充值|垫付|刷单|做任务|下单)[^，,。；;]{0,4}?\d[^，,。；;]*$")
PROMISE_BEFORE = re.compile(r"(?:可以|能够|就能|即可|便可|就可|[可能])$")
# 诈骗短信 / 诈骗分子 (the fraudsters: 6.5万元现金正朝着诈骗分子的“口袋”靠近): 诈骗 as a noun
FRAUD_NOUN_AFTER = re.compile(r"(?:短信|电话|信息|链接|网站|话术|手段|软件|APP|App|app|分子|汇款|转账|款项)")


def _victim_like(tokens: list[_Token], idx: int, text: str) -> bool:
    """诈骗/骗 is the victim's loss when the clause is passive (被…诈骗) or the money is
    taken from someone (骗取其公司98万元); a gang's 诈骗7万余元 is money involved."""
    t = tokens[idx]
    clause_tokens = [u for u in tokens[:idx] if u.clause == t.clause]
    if any(u.word.startswith("被") for u in clause_tokens):
        return True
    if t.word in ("骗取", "骗走") and not GANG_TOTAL_BEFORE.search(text[:t.start]):
        return True  # 骗取人民币1.5万元: money taken from a victim, unless a gang's running total
    return bool(VICTIM_PRONOUN.match(text[t.end:t.end + 3]) or VICTIM_OBJECT.match(text, t.end)
                or (VICTIM_PEOPLE_OBJECT.match(text, t.end) and not GANG_TOTAL_BEFORE.search(text[:t.start])
                    and not GANG_SUBJECT_BEFORE.search(text[max(0, t.start - 30):t.start])))


def _verb_classes(tokens: list[_Token], text: str) -> list[str | None]:
    """Each token's verb class, read in the sentence: the lexicon's class (in one pass in C),
    then the few tokens whose class the sentence may change — 发案 and the like (negated,
    narrative), the fraud and transfer verbs, 逮捕 — looked at one by one (the rules read
    the tokens and the text, never another token's class)."""
    classes: list[str | None] = list(map(lexicon.verb_class, map(_WORD, tokens)))
    # the indices of the words to look at (_WATCHED), found in C
    for i in compress(range(len(tokens)), map(_WATCHED.__contains__, map(_WORD, tokens))):
        t, cls = tokens[i], classes[i]
        if cls == "file" and any(u.clause == t.clause and u.word.endswith(NEGATED_BEFORE)
                                 for u in tokens[max(0, i - 12):i]):
            cls = "prevented"  # 阻止发案 / 成功阻止1.7万余起案件发生: cases prevented
        elif cls == "file" and text.startswith(NARRATIVE_AFTER, t.end):
            cls = None  # 两起案件发生后: when the cases happened, not a count of cases filed
        elif cls == "file" and len(t.word) == 1 and i > 0 and tokens[i - 1].word.endswith("某"):
            cls = None  # 犯罪嫌疑人郑某发通过…诈骗作案6宗: the last character of an anonymised name
        if t.word in FRAUD_VERBS and FRAUD_NOUN_AFTER.match(text, t.end):
            cls = None  # 收到“银行”发来的诈骗短信，近万元存款…: 诈骗 names a kind of message, it takes no sum
        elif t.word in FRAUD_VERBS:
            cls = "victim" if _victim_like(tokens, i, text) else "involved"
        elif t.word in TRANSFER_VERBS and not text.startswith("的", t.end) and (
                NOT_TAKEN_BEFORE.search(text, max(0, t.start - 12), t.start)
                or t.word.startswith("被") and text.endswith(("未", "没", "没有"), max(0, t.start - 2), t.start)):
            # (not 拦截了尚未被转出的130万元: there the phrase names the money its verb stopped)
            cls = "avoid"
        elif t.word in TRANSFER_VERBS and (text.startswith(TRANSFER_NOUN_AFTER, t.end)
                                           or ATTEMPT_BEFORE.search(text, max(0, t.start - 40), t.start)
                                           or RECEIVED_BEFORE.search(text, max(0, t.start - 14), t.start)):
            # 单笔转入金额高达99万余元: 转入 qualifies a noun; 骗子正试图将…220余万元的存款分批
            # 转走: a transfer tried, not made — neither tells a loss
            cls = None
        elif t.word == PAYEE_VERB and text.startswith(PAYEE_AFTER, t.end):
            cls = None  # 二维码(收款方:…百货经销处)支付9800元: the payee named, nothing seized
        elif t.word == FORMAL_ARREST and _police_arrest(tokens, i, text):
            cls = "arrest"
        elif t.word in PURSUIT_WORDS and (text.endswith(PURSUIT_BEFORE, max(0, t.start - 2), t.start)
                                          or text.startswith(PURSUIT_AFTER, t.end)):
            cls = None
        elif cls == "recover" and PROMISE_BEFORE.search(text, max(0, t.start - 2), t.start) \
                and BAIT_PAYMENT.search(text, max(0, t.start - 24), t.start) \
                and CLAUSE_POLICE.search(text, max(0, t.start - 24), t.start) is None:
            # 充值3000元“Y币”可以返还2800元现金: the bait's promise, nothing handed back (not 就能拿回
            # 1734万多元的被骗款, the police's refund)
            cls = None
        elif cls == "stop" and STOP_THEN_FREEZE.match(text, t.end):
            cls = "freeze"  # 49万元被成功止付冻结 / 止付并冻结: the money ends frozen (止付冻结 → money_frozen)
        elif t.word in DEMAND_VERBS and SUM_IN_CLAUSE.match(text, t.end) is None:
            cls = None  # 索要公司开票资料，称立即会将85万元…: what is demanded is no sum
        elif cls == "victim" and NEAR_MISS_BEFORE.search(text, max(0, t.start - 4), t.start):
            # 事主也差点被骗走100万元 / 险些被骗: a loss that did not happen — a loss averted
            cls = "avoid"
        elif cls in ("avoid", "recover") and PURPOSE_BEFORE.search(text, max(0, t.start - 3), t.start):
            # 为避免群众财产损失，…对8名受害人上门走访 / 为了退回27000元，…继续扫码支付: what the work
            # (or the victim's next step) is for, not a result
            cls = None
        elif t.word == SEIZED_BACK and FREEZE_BEFORE.search(text, max(0, t.start - 3), t.start):
            cls = "freeze"  # 冻结追缴赃款3621万元: frozen and seized, as 追缴冻结 (not yet handed back)
        elif t.word == SENT_BACK and not (SENT_BACK_DONE.search(text, max(0, t.start - 16), t.start)
                                          and LURE.search(_clause_before(text[:t.start])) is None):
            # 被银行退回到其汇款的账户 / 将1300元钱退回: handed back; not a lure's promise (称…需要退回
            # 赔偿金300元 / 平台会把本金…一并退回) nor a sum still out (仍未退回)
            cls = None
        classes[i] = cls
    if "未" in text:  # (most sentences: no negation to look for)
        for i, t in enumerate(tokens):
            if classes[i] in ("arrest", "detain", "recover") and NOT_YET_BEFORE.search(text, max(0, t.start - 2), t.start):
                # 两名组织诈骗的嫌疑人未归案: still at large, not arrested; 被骗的12万元仍未追回: not
                # recovered (no rule takes either)
                classes[i] = "negated"
    return classes


def _police_arrest(tokens: list[_Token], i: int, text: str) -> bool:
    """逮捕了1360多名犯罪嫌疑人 / 拘捕…逮捕十四万五千名涉案人: a bare 逮捕 that is the page's
    only arrest verb counts arrests. Not so when a prosecutor approves or decides it
    (批准逮捕, 决定逮捕, 检察机关…逮捕) nor beside 抓获/刑拘 in the same sentence (抓获3116人，
    逮捕2608人: the formal arrest that follows, a later stage of the same people)."""
    before = text[max(0, tokens[i].start - 6):tokens[i].start]
    if any(word in before for word in PROSECUTOR_BEFORE):
        return False
    if JUDICIAL_CHAIN.search(text):
        return False  # 采取强制措施166人，逮捕21人，起诉47人，已审结案件6起: a stage of the court's chain
    return not any(lexicon.verb_class(u.word) in ("arrest", "detain") for u in tokens if u is not tokens[i])


def _fits(rule: lexicon.MetricRule, unit: str | None, obj: str | None) -> bool:
    if not lexicon.unit_class_fits(unit, rule.units):
        return False
    if obj in rule.forbidden:
        return False
    if rule.needs_object or obj is not None:
        # an object we recognise must be one the rule counts; an unknown noun is allowed
        # only when the rule does not insist on an object
        if obj is None:
            return False
        return obj in rule.objects or not rule.objects
    return True


def _match(verb_cls: str, unit: str | None, obj: str | None) -> str | None:
    key = (verb_cls, unit, obj)
    found = _MATCHED.get(key, _UNSEEN)
    if found is _UNSEEN:
        found = _MATCHED[key] = next((rule.metric for rule in lexicon.RULES
                                      if verb_cls in rule.verbs and _fits(rule, unit, obj)), None)
    return found  # type: ignore[return-value]


# (verb class, unit, object class) → the metric of the first rule that fits: the rules are
# constants and the keys few (a few hundred), so each is worked out once per process
_MATCHED: dict[tuple[str, str | None, str | None], str | None] = {}


# 对方称网贷平台同意李某归还1万余元: a police money result told as the fraudster's story
CLAIMABLE_RESULTS = frozenset({"money_recovered", "money_stopped", "money_frozen"})
_CLAUSE_BREAKS = "，,。；;！!？?"
SEMICOLON_BREAK = re.compile("[；;]")
# 成功止付30.4万元，其余的400多万元… / 拦截336.84万元，但仍有93.16万元… / 紧急止付后，发现…账户内仍有现金34.5万元:
# a sum left over in a clause of its own is the balance the police did not reach, not their result —
# unless the clause's own verb acts on it (成功保住银行卡账户内剩余5万元)
# 疑似遭遇刷单诈骗，正携带4万元现金向…驾车前来: cash a victim carries to the fraudsters is no case's
# size (when the police stop it, the gold records it saved: 携带28万元的存款外出 → money_recovered)
CARRIED_BEFORE = re.compile(r"(?:携带|带着|揣着)$")
# (还有 only after 但: …还有一起是…借五千元 / 还有赃款三万七千五百八十元 list what else there is)
REMAINDER_BEFORE = re.compile(r"(?:仍有|尚有|只有|其余的?|剩余的?|剩下的?|但[^，,；;。]{0,8}还有)[^，,；;。]{0,16}$")
# (nor a loss told as small: 被骗金额只有29元)
OWN_MONEY_VERB = re.compile(r"保住|止付|冻结|拦截|追回|追缴|返还|挽回|扣押|查扣|查获|缴获|退还|发还|被骗|受骗|损失|骗走")
GOAL_BEFORE = re.compile(r"力争|争取(?:将|在|把)")  # (not 为群众争取时间，成功止付…: a result)
NEW_STATEMENT_OPEN = re.compile(r"\s*(?:另有|另外|此外|还有|同时)")
CLAUSE_POLICE = re.compile(r"民警|警方|公安|派出所|反诈中心")


def _clause_before(before: str) -> str:
    """The part of the figure's clause that comes before it (after the last clause break)."""
    return before[max(before.rfind(c) for c in _CLAUSE_BREAKS) + 1:]


def _claimed_in_clause(before: str) -> bool:
    """A claim cue (lexicon.CLAIM_CUES) in the clause the figure stands in, before it; or a
    fraudster speaking (SPEAKER_CLAIM) earlier in the sentence, with no police named from
    there on: the claim runs over the clauses that tell it (对方称其银行卡信息填写有误，8万元
    被冻结，需要转账4万元进行解冻)."""
    clause = _clause_before(before)
    # (民警对骗子谎称的“安全账户”紧急止付5万元: the police act, the claim only names the account)
    if CLAUSE_POLICE.search(clause) is not None:
        return False
    if any(cue in clause for cue in lexicon.CLAIM_CUES):
        return True
    speakers = list(SPEAKER_CLAIM.finditer(before))
    if not speakers:
        return False
    said = speakers[-1].end()  # the last speaker's words run on to the figure
    # (the claim ends where the story turns to what was done: 对方称已经转账，经紧急止付，3万元被成功拦截)
    return CLAUSE_POLICE.search(before, said) is None and CLAIM_ENDS.search(before, said) is None


# 中途对方称… / 骗子谎称…: the fraudster speaks (not 宣称“以房养老”的…犯罪, a pitch named in passing;
# not 客服说明 nor a suspect's confession, 嫌疑人供称 / 交代称)
SPEAKER_CLAIM = re.compile("(?:" + "|".join(lexicon.CLAIM_SPEAKERS)
                           + r")[^，,。；;]{0,4}?(?:谎称|声称|宣称|(?<![供交代])称|说(?!明))")
CLAIM_ENDS = re.compile(r"经(?![济营理常历过])|最终|随后|后来|已被|已经被|被成功"
                        r"|成功(?:止付|拦截|冻结|追回|返还|保住|挽回)")


def _claimed_by_fraudster(text: str, q: Quantity) -> bool:
    before = text[:q.start]
    return any(cue in before for cue in lexicon.CLAIM_CUES)


# the words _verb_classes may give a class that verb_class does not
_RECLASSED = FRAUD_VERBS | TRANSFER_VERBS | PURSUIT_WORDS | {FORMAL_ARREST, SEIZED_BACK, PAYEE_VERB} | frozenset(lexicon.VERBS["avoid"])
# the words _verb_classes looks at one by one: those, and the words of class file, stop, recover or victim
_WATCHED = _RECLASSED | frozenset(w for words in lexicon.VERBS.values() for w in words
                                  if lexicon.verb_class(w) in ("file", "stop", "recover", "victim"))


class _Words(NamedTuple):
    tokens: list[_Token]
    classes: list[str | None]  # each token's verb class
    by_clause: dict[int, list[int]]  # clause index → indices of its tokens, ascending


def _words(text: str, clauses: list[tuple[int, int]]) -> _Words:
    """The sentence's tokens and verb classes. A sentence whose every figure is set aside
    by the text tests of find_metric_hits (no unit, a change, a rate, a band…; about a
    quarter of the sentences with figures) never needs them."""
    by_clause: dict[int, list[int]] = {}
    tokens = _tokens(text, clauses, by_clause)
    return _Words(tokens, _verb_classes(tokens, text), by_clause)


# 查扣冻结涉案资金、房产、车辆等价值1470万元 / 扣押赃物价值100余万元: money (or loot) among what the
# worth covers makes it a sum seized or frozen — not 扣押涉案汽车4辆，价值300余万元 (goods alone)
MONEY_AMONG_GOODS = re.compile(r"资金|赃款|赃物|现金|存款|钱款")


def _money_among_goods(before: str) -> bool:
    return MONEY_AMONG_GOODS.search(_clause_before(before)) is not None


def _converted_from(q: Quantity, text: str, before: str) -> Quantity | None:
    """The figure converted into yuan (…5480余万USDT，折合人民币约3.8亿余元) read in the place of
    the foreign sum it converts: q's value at that sum's span; None when no sum precedes."""
    m = CONVERTED_BEFORE.search(before[-12:])
    if m is None:
        return None
    cut = q.start - len(m.group(0))
    # (破获案件1258起，追赃挽损折合人民币超1.99亿元: a count is no sum to convert)
    # (冻结涉案资金折合人民币近7000万元，返还涉案资金折合人民币3500余万元: a sum in the clause
    # before is no sum this one converts)
    prev = [p for p in find_quantities(text) if p.end <= cut and cut - p.end <= 8 and p.unit not in COUNT_UNITS
            and CLAUSE_BREAK.search(text, p.end, cut) is None]
    return replace(q, start=prev[-1].start, end=prev[-1].end) if prev else None


# 骗取1680元至5980元不等 / 被诈骗金额从5000元到3万元: the upper end of a spread of amounts (its
# lower end is no result either: the spread says how much each case was, not what was done)
RANGE_UPPER_BEFORE = re.compile(r"(?:\d(?:[\d.]*[十百千万亿]*)?|[一二两三四五六七八九十百千万]+)[多余]?(?:元|人|名|起|宗|个|张)?"
                                r"[^\S\n]?[至到~～－—-][^\S\n]?$")
# 追回被盗电动车、摩托车17辆，现金22万余元: what was stolen (or robbed) and got back is no fraud money
STOLEN_GOODS_BEFORE = re.compile(r"(?:追回|追缴|起获|缴获|查获)了?被(?:盗|抢)[^。；;]*$")


# 平台里的保证金就会相应减少1000元: a sum that went down, no loss averted (减少群众损失N元 is one)
BARE_DECREASE_BEFORE = re.compile(r"减少(?![^，,。；;\d]*损失)[^，,。；;\d]{0,4}$")
# 专案组初步断定发生在某市辖区内的33起诈骗案均为同一团伙作案: cases linked to one gang (like
# 串并), not cases filed or solved
LINKED_CASE_UNITS = frozenset({"起", "宗", "件"})
SOLVED_BEFORE = re.compile(r"破获|侦破|破案|告破|带破")  # (破获系列诈骗案件23起均为同一团伙作案: solved, and linked)
LINKED_AFTER = re.compile(r"[^，,。；;]{0,24}?(?:均为|均系|系|皆为|都是|都为)同一(?:个)?(?:犯罪)?(?:团伙|伙|人|嫌疑人|诈骗团伙)")


# 发来一张网上银行成功转账22000元的截图: a picture or slip of a payment (often the fraudster's fake)
PROOF_AFTER = re.compile(r"的?(?:转账|汇款|付款|支付|交易)?(?:截图|截屏|凭证|回执|回单)")
# 介绍了发生在今年1月初的两起典型的兼职刷单类被骗案例: cases told as examples, not counted
EXAMPLE_AFTER = re.compile(r"[^，,。；;\d案]{0,16}?案例")  # (not 破获52起…案件及典型案例: the cases come first)


def _caught_abroad(before: str) -> bool:
    """The people counted were caught by another country's authorities (FOREIGN_ACTOR), with
    none of our police acting in the sentence before the figure."""
    return FOREIGN_ACTOR.search(before) is not None and MAINLAND_ACTOR.search(before) is None


def _left_over(clause: str) -> bool:
    """A sum the figure's clause (before it) tells as left over (REMAINDER_BEFORE) and acts on
    with no money verb of its own (OWN_MONEY_VERB)."""
    return REMAINDER_BEFORE.search(clause) is not None and OWN_MONEY_VERB.search(clause) is None


def _no_result(q: Quantity, unit: str, text: str, before: str) -> bool:
    """What the words around a figure rule out before its verb is read: a change or a rate,
    a bank's own sums, an average (日均劝阻600余人次), people sought (开展抓捕, 缉捕对象), a
    fraudster's bait refund, the worth of goods seized, and sums that are no results."""
    return ((("抓捕" in text or "缉捕" in text or "追捕" in text or "通缉" in text)
             and PURSUIT_AFTER_FIGURE.match(text, q.end) is not None
             and CAUGHT_BEFORE.search(before[-8:]) is None)
            or RANGE_UPPER_BEFORE.search(before[-16:]) is not None
            or PROOF_AFTER.match(text, q.end) is not None
            or (q.unit in LINKED_CASE_UNITS and EXAMPLE_AFTER.match(text, q.end) is not None)
            or (q.unit in LINKED_CASE_UNITS and "同一" in text and LINKED_AFTER.match(text, q.end) is not None
                and SOLVED_BEFORE.search(before[-16:]) is None)
            or (unit in PERSON_UNITS and _caught_abroad(before))
            or (("被盗" in before or "被抢" in before) and STOLEN_GOODS_BEFORE.search(before) is not None)
            or _found_before(CHANGE_BEFORE, CHANGE_MARKS, before)
            or _found_before(RATE_BEFORE, AVERAGE_MARKS, before)
            or _bank_subject(before)
            or _found_before(AVERAGE_BEFORE, AVERAGE_MARKS, before)
            or (("返" in before[-18:] or "退" in before[-18:]) and BAIT_REFUND_BEFORE.search(before[-26:]) is not None)
            or (unit == "元" and _left_over(_clause_before(before)))
            # 下一步，…力争将剩余9名…头目尽快追捕到案: a goal, not a result
            or (("力争" in before or "争取" in before) and GOAL_BEFORE.search(_clause_before(before)) is not None)
            or (unit == "元" and ("单日" in before or "每" in before) and PER_ONE_SUM_BEFORE.search(before) is not None)
            or (unit == "元" and "减少" in before[-8:] and BARE_DECREASE_BEFORE.search(before[-8:]) is not None
                and "损失" not in text[q.end:q.end + 6])
            or (unit == "元" and (("价值" in before and GOODS_VALUE_BEFORE.search(before) is not None
                                  and not _money_among_goods(before)) or _not_a_sum(q, text))))


def find_metric_hits(text: str) -> list[MetricHit]:
    """Every figure in one (cleaned, Simplified) sentence that states one of the metrics."""
    quantities = [q for q in find_quantities(text) if _is_candidate(q) and not text.startswith(IDIOM_AFTER, q.end)]
    if not quantities:
        return []
    clauses = _clauses(text)
    q_starts = [q.start for q in quantities]
    words: _Words | None = None
    hits: list[MetricHit] = []
    for q in quantities:
        unit = _effective_unit(q, text)
        if unit is None:
            continue
        before = text[:q.start]  # (cut once for the tests below, not once per test)
        if _no_result(q, unit, text, before):
            continue
        if words is None:  # read the words only for a figure the tests above leave standing
            words = _words(text, clauses)
        tokens, classes, by_clause = words
        converted = _converted_from(q, text, before) if unit == "元" and "合" in before[-10:] else None
        hit = _resolve(converted or q, unit, text, tokens, classes, clauses, q_starts, by_clause)
        if hit is not None and converted is not None:
            hit = MetricHit(hit.metric, q, hit.start, q.end)
        if hit is None and unit in PERSON_UNITS and (found := SUSPECTS_FOUND_BEFORE.search(before[-16:])):
            # 共查獲涉案犯罪嫌疑人486名 / 查获“断卡”嫌疑人29人: suspects found and held, as the gold
            # counts them (only with 嫌疑人 right before the figure: 查获 alone seizes goods)
            hits.append(MetricHit("suspects_arrested", q, q.start - len(before[-16:]) + found.start(), q.end))
            continue
        if hit is None and unit in PERSON_UNITS and SUSPECTS_AFTER.match(text, q.end):
            held = ALL_DETAINED_AFTER.match(text, q.end)
            if held:
                # 4名犯罪嫌疑人对…供认不讳，已被依法刑事拘留: no verb of the figure's own clause
                hits.append(MetricHit("suspects_detained", q, q.start, held.end()))
                continue
        if hit and not (hit.metric == "money_involved" and (_claimed_by_fraudster(text, q)
                                                             or CARRIED_BEFORE.search(before[-4:]) is not None)) \
                and not _filed_cases_loss(hit, text) \
                and not (hit.metric in CLAIMABLE_RESULTS and _claimed_in_clause(before)):
            hits.append(hit)
            both = ARRESTED_AND.search(text, 0, hit.start) if hit.metric == "suspects_detained" else None
            if both:
                # 抓获并刑事拘留涉诈嫌疑人24名: the same 24 were arrested and detained
                hits.append(MetricHit("suspects_arrested", q, both.start(), q.end))
            all_held = ALL_DETAINED_AFTER.match(text, q.end) if hit.metric == "suspects_arrested" else None
            if all_held and not any(h.metric == "suspects_detained" for h in hits):
                # 共抓获犯罪嫌疑人35名，现已全部被警方依法予以刑事拘留: all of them were detained too
                hits.append(MetricHit("suspects_detained", q, hit.start, all_held.end()))
    return hits


def _found_before(pattern: re.Pattern[str], marks: tuple[str, ...], before: str) -> bool:
    """``pattern`` in the text before a figure, scanned only where one of ``marks`` (a word
    every match of it holds) stands: most text before a figure holds none of them."""
    for mark in marks:  # (a loop, not any() over a generator: this runs for every figure)
        if mark in before:
            return pattern.search(before) is not None
    return False


def _bank_subject(before: str) -> bool:
    """BANK_SUBJECT in the text before a sum, scanned only where a bank is named (BANK_WORD)."""
    return BANK_WORD.search(before) is not None and BANK_SUBJECT.search(before) is not None


def _list_item_end(text: str, start: int, next_q: int) -> int:
    """短讯预警超2900万人次、电话劝阻超1800万人次: a verb after the figure governs it only up to
    the list mark that opens the next item, whose figure the verb comes before."""
    mark = LIST_ITEM_MARK.search(text, start, next_q)
    return mark.start() if mark and next_q < len(text) else next_q


def _not_a_sum(q: Quantity, text: str) -> bool:
    """A band bound (案值100万元以上的), an average (人均) or the extreme of a list (其中数额最大的)."""
    return bool(BAND_BOUND_AFTER.match(text, q.end) or _found_before(AVERAGE_BEFORE, AVERAGE_MARKS, text[:q.start])
                or EXTREME_BEFORE.search(text[:q.start])
                or (BAND_BOUND_OBJECT.match(text, q.end) is not None
                    and (text[q.end:q.end + 2] in ("以上", "以下") or text[q.start:q.end].endswith(("以上", "以下"))))
                or (q.unit == "元" and q.text.startswith(OVER_PREFIX) and BAND_CASES_AFTER.match(text, q.end) is not None
                    and COUNTED_CASES.search(_clause_around(text, q.start)) is not None))


def _clause_around(text: str, pos: int) -> str:
    """The clause (a run between CLAUSE_BREAK marks, as _clauses cuts them) that holds ``pos``."""
    return next((m.group() for m in _CLAUSE_RUN.finditer(text) if m.start() <= pos < m.end()), "")


def _kind_list_item(text: str, pos: int) -> int | None:
    """Where the item of a list of kinds opens, when the figure at pos closes one (其作案手段有：
    冒充网购客服，13宗；冒充公检法人员，5宗): the item is a kind's name and a comma, after a ；
    or the heading's colon; else None."""
    heading = KIND_LIST_OPEN.search(text, 0, pos)
    if heading is None:
        return None
    start = max(text.rfind(c, heading.end() - 1, pos) for c in "；;：:") + 1
    return start if KIND_LIST_ITEM.fullmatch(text, start, pos) else None


def _filed_cases_loss(hit: MetricHit, text: str) -> bool:
    """共发32起…案件，被诈骗金额237万余元: the loss of a period's filed cases together."""
    # (the text before the figure is searched in place, endpos as if cut there, and only
    # for the two metrics: it was copied for every hit)
    end = hit.quantity.start
    return (hit.metric in ("victim_loss", "money_involved") and LOSS_TOTAL_BEFORE.search(text, 0, end) is not None
            and FILED_COUNT.search(text, 0, end) is not None)


def _resolve(q: Quantity, unit: str, text: str, tokens: list[_Token],
             classes: list[str | None], clauses: list[tuple[int, int]],
             q_starts: list[int], by_clause: dict[int, list[int]]) -> MetricHit | None:
    """by_clause: clause index → indices of its tokens, ascending."""
    k = _clause_of(q.start, clauses)
    loss = _loss_noun(text, clauses[k][0], q.start) if unit == "元" else None
    if loss and (VICTIM_REPORT_BEFORE.search(text, 0, q.start) or NAMED_VICTIM_BEFORE.search(text, 0, loss.start())):
        # (no verb of ours anywhere in the figure's clause: 经济损失共计10万元已全部追回 is recovered;
        # nor a denial before the noun: 没有损失5万元)
        if not any(classes[i] for i in by_clause.get(k, ())) \
                and LOSS_DENIED_BEFORE.search(text, max(0, loss.start() - 3), loss.start()) is None:
            # 居民王某报案，称他在网上炒期货，…，客服也联系不上，损失了6万余元: the loss the victim
            # reports, its clause holding no verb of ours
            return MetricHit("victim_loss", q, loss.start(), q.end)
    next_q = min((s for s in q_starts if s > q.start), default=len(text))
    item_end = _list_item_end(text, q.end, next_q)  # the same for every clause
    for j in range(k, -1, -1):
        if j < k and NEW_STATEMENT_OPEN.match(text, clauses[j + 1][0]) and SEMICOLON_BREAK.search(
                text, clauses[j][1], clauses[j + 1][0]):
            break  # …成功避免财产损失；另有两名学生…被骗: a new statement after a semicolon
        in_clause = by_clause.get(j, ())
        verbs = [(i, classes[i]) for i in in_clause
                 if classes[i] and (j < k or tokens[i].end <= q.start)]
        after = [(i, classes[i]) for i in in_clause
                 if classes[i] and q.end <= tokens[i].start < item_end] if j == k else []
        if j == k and unit == "元" and not any(c in ("stop", "recover", "freeze", "seize")
                                               for _, c in verbs + after):
            if INVOLVED_BEFORE.search(text[clauses[k][0]:q.start]) and not (
                    INVOLVED_AMOUNT_OPEN.match(text, clauses[k][0]) and k > 0 and any(
                        classes[i] in lexicon.POLICE_MONEY_VERBS for i in by_clause.get(k - 1, ()))):
                # (not 紧急止付9300余个涉案账号，涉及金额1.14亿元: the stopped accounts' sum)
                return MetricHit("money_involved", q, _evidence_start(text, q, clauses[k][0]), q.end)
        if j == k:
            blockers = [i for i in in_clause if tokens[i].word in lexicon.WITHDRAWAL_VERBS and tokens[i].end <= q.start]
            if blockers and verbs and blockers[-1] > verbs[-1][0] and unit == "元":
                return None  # 存在被骗风险——她已在银行提取了12万元: the nearer verb takes the sum away
            hit = _nearest_verb_rules(q, unit, text, tokens, verbs, in_clause)
            if hit is not False:
                return hit
            if _handed_on(q, text, tokens, in_clause, clauses[k][0], bool(verbs)):
                return None
        if (j == k and unit == "元" and DISPOSAL_OPEN.search(text, clauses[k][0], q.start)
                and (spent := next((tokens[i] for i in in_clause if tokens[i].start >= q.end
                                    and tokens[i].word in VICTIM_SPENDING_VERBS), None)) is not None
                and _victim_spends(text, q)):
            # 陆续将自己的230万余元积蓄投资到了平台: what the victim put into the scam, the verb after
            return _covering("victim_loss", q, spent)
        if j == k and unit == "元" and after and DISPOSAL_OPEN.search(text, clauses[k][0], q.start):
            # 成功将已转入二级涉案账户的28万元止付 / 将…102.6万元冻结资金返还: the 将 object's own verb
            # (the last money verb after it; 冻结资金 only names the money) governs
            # the sum (not 转入 in the clause that modifies it)
            police_after = [(i, c) for i, c in after if c in lexicon.POLICE_MONEY_VERBS]
            if police_after:
                hit = _by_verbs(q, unit, text, tokens, [], police_after[-1:], clauses[j][0])
                if hit is not None:
                    return hit
        if verbs or after:
            hit = _by_verbs(q, unit, text, tokens, verbs, after, clauses[j][0])
            if hit is not None or any(c not in ("involved", "victim") for _, c in verbs + after):
                return hit
            # 其中诈骗集团头目和骨干570余名: 诈骗 only names the kind of gang; the verb of the
            # clause before (抓获…嫌疑人) governs the breakdown
        if any(tokens[i].word in lexicon.BLOCKING_VERBS and classes[i] is None
               and (j < k or tokens[i].end <= q.start) for i in in_clause) and not (
                # 抓捕…共计49人，其中被采取强制措施的…31人: a breakdown of the arrests, not a later stage
                BREAKDOWN_OPEN.match(text, clauses[j][0]) and any(
                    tokens[i].word in MEASURES_TAKEN for i in in_clause)):
            return None  # a blocking verb (关联出, 惩戒…) governs the clause: no figure of ours
    if unit in lexicon.UNIT_CLASSES["case"] and (item := _kind_list_item(text, q.start)) is not None:
        # 其作案手段有：冒充网购客服，13宗；冒充公检法人员，5宗: a list of kinds under its heading
        return MetricHit("cases_filed", q, item, q.end)
    if unit in lexicon.UNIT_CLASSES["case"] and FRAUD_KIND_LABEL.search(text, max(0, q.start - 12), q.start):
        # 高发诈骗类型为冒充公检法类，共6起: a kind's cases with no verb are cases that
        # occurred — filed cases; the evidence starts at the kind's name
        label = text.rfind("类", 0, q.start)
        start = max(text.rfind(c, 0, label) for c in KIND_NAME_START) + 1
        return MetricHit("cases_filed", q, start, q.end)
    return None


# the victim's report or realisation before a bare loss (报案称…，损失了6万余元 / 发现被骗，损失…)
# (or the victim's own running total, an anonymised name before 共/累计: 朱某共充值115000元，…共损失金额112500元)
VICTIM_REPORT_BEFORE = re.compile(r"报案|报警|发现被骗|发现上当|才知被骗|察觉被骗|[\u4e00-\u9fff]某某?(?:共|累计|先后)")
# a weekly bulletin's case line: the victim, anonymised, right before the loss (龙眠街道碧桂园社区某男损失5662元)
NAMED_VICTIM_BEFORE = re.compile(r"(?:某[男女]|某企业|某公司|[男女]子)$")


def _nearest_verb_rules(q: Quantity, unit: str, text: str, tokens: list[_Token],
                        verbs: list[tuple[int, str | None]], in_clause: tuple[int, ...] | list[int]
                        ) -> MetricHit | None | bool:
    """Rules of the verb nearest before the figure in its clause; False when none applies.
    - 投入36万元引进…防骗系统: a spending verb governs the sum → no fact;
    - 劝阻群众转款N元 / 成功阻止该公司被骗8.6万元: 劝阻/阻止 with a transfer or loss word
      between it and the sum → money_recovered (a loss avoided)."""
    if unit != "元":
        return False
    before = [i for i in in_clause if tokens[i].end <= q.start]
    nearest = next((i for i in reversed(before) if tokens[i].word in lexicon.SPENDING_VERBS
                    or tokens[i].word in VICTIM_SPENDING_VERBS or (verbs and i == verbs[-1][0])), None)
    if nearest is not None and tokens[nearest].word in VICTIM_SPENDING_VERBS and _victim_spends(text, q):
        return _covering("victim_loss", q, tokens[nearest])
    if nearest is not None and tokens[nearest].word in lexicon.SPENDING_VERBS:
        return None
    police = [(i, c) for i, c in verbs if c in lexicon.POLICE_MONEY_VERBS or c == "dissuade"]
    if police and police[-1][1] == "dissuade" and (
            any(w in text[tokens[police[-1][0]].end:q.start] for w in lexicon.DISSUADED_TRANSFERS)
            or DISSUADED_AFTER.match(text, q.end)):  # 阻止了后续90余万元的转账: the transfer after the sum
        return _covering("money_recovered", q, tokens[police[-1][0]])
    return False


def _victim_spends(text: str, q: Quantity) -> bool:
    """累计投入87万余元 / 分三次投入资金共计30万元 in a case story: what a victim put into the
    scam is the loss — when the sentence tells a victim's story (a victim, a loss word, a
    trading scheme), the sum is spent on nothing named after it, is no stake only meant
    (…330万元的意愿, 准备/打算 before it), no police body or government comes before it, and no
    fraudster's claim frames it."""
    return (VICTIM_STORY.search(text) is not None and SPENT_ON.match(text, q.end) is None
            and INTENT_AFTER.match(text, q.end) is None  # 表达要追加“投资”330万元的意愿: not spent
            and ATTEMPT_BEFORE.search(text, max(0, q.start - 40), q.start) is None
            and POLICE_SPENDER.search(text, 0, q.start) is None
            and not _claimed_by_fraudster(text, q))  # 骗子宣称「投入1万元，一个月可获利3万元」


# 该团伙成员全部归案，8名嫌疑人一并被押解回苏: the figure is what the passive verb after it
# undergoes (押解, 遣返 in BLOCKING_VERBS), not the object of a verb in the clause before
PASSIVE_AFTER_FIGURE = re.compile(r"[^，,。；;\d]{0,10}?被")


def _handed_on(q: Quantity, text: str, tokens: list[_Token], in_clause: tuple[int, ...] | list[int],
               clause_start: int, verbs_before: bool) -> bool:
    """…抓获59名，其中3人转交东莞公安局 / 将在福建抓获的涉案嫌疑人12人押解回西昌 / …全部归案，8名
    嫌疑人一并被押解回苏: a breakdown, a 将/把 object or a clause's verbless subject of a passive,
    whose own verb after the figure takes it away (转交, 移送, 押解): the figure counts what was
    done next, not a result."""
    opened = (BREAKDOWN_OPEN.match(text, clause_start) or PASSIVE_AFTER_FIGURE.match(text, q.end)) and not verbs_before
    # (DISPOSAL_BEFORE opens on lookbehinds, so its scan tries every position: it runs only
    # where a 将 or 把 stands)
    if not opened and not ((text.find("将", clause_start, q.start) >= 0 or text.find("把", clause_start, q.start) >= 0)
                           and DISPOSAL_BEFORE.search(text, clause_start, q.start)):
        return False
    after = [tokens[i] for i in in_clause if tokens[i].start >= q.end]
    first = next((t for t in after if lexicon.verb_class(t.word) or t.word in lexicon.BLOCKING_VERBS), None)
    return first is not None and first.word in lexicon.BLOCKING_VERBS


# 经济损失近万元 / 损失了6万余元: the sum a loss noun names, right before it in its clause
# (not 挽回损失 / 避免损失 / 减少损失: a loss averted)
# (该企业遭遇了诈骗，受骗金额达20万元: the sum the victim was cheated of)
LOSS_NOUN_BEFORE = re.compile(r"(?:(?:经济|财产)?损失(?:金额|资金)?|受骗金额)(?:了|共计|合计|约|近|达|高达|超过?|逾)?\s*$")
# (挽回经济损失 / 避免损失 / 减少财产损失 / 止住损失: a loss averted, whatever the noun's modifier)
LOSS_AVERTED_BEFORE = re.compile(r"(?:避免|挽回|减少|免受|免遭|止住|挽损|追回)(?:了)?(?:群众|市民|受害人)?(?:的)?$")


def _loss_noun(text: str, start: int, end: int) -> re.Match[str] | None:
    """LOSS_NOUN_BEFORE in text[start:end] (a loss noun right before the figure), unless the
    words before the noun avert the loss (LOSS_AVERTED_BEFORE)."""
    m = LOSS_NOUN_BEFORE.search(text, start, end)
    if m is None or LOSS_AVERTED_BEFORE.search(text, max(0, m.start() - 8), m.start()):
        return None
    return m
# 我的70万元才没被骗走 / 10万元差点被骗 / 避免造成经济损失200万元: a loss word denied or averted —
# the money was kept, it is no loss (an avoid verb before it, if any, still reads the sum)
LOSS_DENIED_BEFORE = re.compile(r"(?:没有?|未|免遭|免于|免受|险些|差点|差一点|险遭|避免|防止)$")


def _by_verbs(q: Quantity, unit: str, text: str, tokens: list[_Token],
              verbs: list[tuple[int, str | None]], after: list[tuple[int, str | None]],
              clause_start: int) -> MetricHit | None:
    def kept(i: int, c: str | None) -> bool:
        return not (c == "victim" and LOSS_DENIED_BEFORE.search(text, max(0, tokens[i].start - 3), tokens[i].start))
    verbs = [(i, c) for i, c in verbs if kept(i, c)]
    after = [(i, c) for i, c in after if kept(i, c)]
    ordered = list(reversed(verbs)) + after
    giving_after = [i for i, _ in after if tokens[i].word in lexicon.RETURN_VERBS]
    if unit == "元" and giving_after and text[:q.start].rstrip().endswith(("将", "把")):
        # 将102.6万元冻结资金返还给受骗群众: what 将 takes is given back (not in the scam's story:
        # 自称是“民警”…再把300万元退还给王女士 is the fraudster's promise)
        if _claimed_by_fraudster(text, q):
            return None
        return _covering("money_recovered", q, tokens[giving_after[0]])
    if unit == "元":
        # the police money verb nearest before the figure governs it (追缴冻结赃款56万 is
        # frozen, 止付…为群众挽损N元 recovered); the victim's loss only when no police verb does
        police = [ic for ic in ordered if ic[1] in lexicon.POLICE_MONEY_VERBS]
        giving_back = [ic for ic in police if tokens[ic[0]].word in lexicon.RETURN_VERBS
                       and tokens[ic[0]].end <= q.start]
        if giving_back:
            police = giving_back + [ic for ic in police if ic not in giving_back]
        ordered = police + [ic for ic in ordered if ic[1] not in lexicon.POLICE_MONEY_VERBS]
    for i, cls in ordered:
        if cls == "involved":
            if unit == "元":
                # 疑似遭遇交友诈骗，经济损失近万元: the fraud told before, the sum its loss
                own = max(text.rfind(c, 0, q.start) for c in _CLAUSE_BREAKS) + 1  # the figure's clause
                lost = tokens[i].end <= own and _loss_noun(text, own, q.start)
                return _covering("victim_loss" if lost else "money_involved", q, tokens[i])
            continue
        t = tokens[i]
        if t.end <= q.start:
            obj = _object_of(tokens, q, text, t.end)
        else:
            obj = _object_of(tokens, q, text, _disposal_start(tokens, q, clause_start), modifier_ends=True)
        metric = _match(cls, unit, obj)
        if metric == "gangs_busted" and t.word == "深挖":
            continue  # 深挖线索…又发现了另外两个团伙: gangs dug out are found, not busted
        if metric == "gangs_busted" and cls == "arrest" and not (
                GANG_BEFORE.search(text, max(0, q.start - 6), q.start) or GANG_AFTER.match(text, q.end)):
            continue  # 抓获…团伙“车手”某某，并在全国12个省…: the gang is not what is counted
        if metric:
            return _covering(metric, q, t)
    return None


def _disposal_start(tokens: list[_Token], q: Quantity, clause_start: int) -> int:
    """Where the object of a verb after the figure is looked for: after the clause's last 将
    or 把 before the figure (民警将其余5人抓获归案: 5人 is what is taken, not 民警), else
    from the clause's start."""
    marks = [t.end for t in _between(tokens, clause_start, q.start) if t.word in ("将", "把")]
    return marks[-1] if marks else clause_start


def _covering(metric: str, q: Quantity, word: _Token) -> MetricHit:
    """The evidence runs from the first to the last of the two anchors: the metric word
    may stand before the figure (冻结资金7万元) or after it (七元识骗), and a span built
    as word.start..q.end for the second order came out inverted and crashed the parse."""
    return MetricHit(metric, q, min(word.start, q.start), max(word.end, q.end))


def _evidence_start(text: str, q: Quantity, clause_start: int) -> int:
    return clause_start if clause_start < q.start else q.start
