"""Named operations (断卡行动, "雷霆7号"…反诈雷霆行动, 陇风2020, …宣传月) and case files
("5·03" 专案).

A campaign is recognised by its form, never by a list of the seed's names: a quoted name
followed by an operation word (“国门利剑”行动), a quoted name that is itself an operation
(“长城行动”, “…宣传月”), a quoted name with a serial (陇风2020, 雷霆7号), or a quoted or
专案-adjacent month·day code. Quoted slogans and activities (“五进”活动, “与民同心,反诈同行”)
and generic descriptors (专项打击行动, 集中攻坚行动, “反电诈”专项行动) are not campaigns.
"""
from __future__ import annotations

import functools
import re
from datetime import date
from dataclasses import dataclass, field, replace

from parsers.cleaning import Clean
from parsers.meta import blurb_date
from parsers.periods import Period, PeriodMention, find_periods, month_end
from parsers.records import Campaign
from parsers.scope import non_mainland_unit, other_crime_only
from parsers.units import Sentence, Unit

OPEN_Q = "“\"「『‘《"
CLOSE_Q = "”\"」』’》"
# The leading lookaheads name what every match starts with, so other positions are
# rejected in one test (same matches, faster scan).
# “2017.10.20”专案组: a dated code may carry its year
CASE_CODE = re.compile(
    rf"(?=[{OPEN_Q}\s\d])(?:(?P<open>[{OPEN_Q}])?\s*(?:(?P<y>(?:19|20)\d{{2}})\s*[·.・•．]\s*)?(?P<m>\d{{1,2}})\s*[·.・•．]\s*(?P<d>\d{{1,2}})(?!\d)\s*(?P<close>[{CLOSE_Q}])?"
    r"(?P<after>[^，,。；;\n]{0,24}?(?:专案|案|专案组))?)")
# “5·17”防范电信网络诈骗宣传活动 / “3·15”国际消费者权益日: a dated day's event or observance
DAY_EVENT_AFTER = re.compile(r"\s*[^，,。；;\n案]{0,14}?(?:节|纪念日|宣传日|电信日|宣传|活动|发布会|主题日)")
# “蓝剑”打击、“蓝盾”宣传两大行动: a list item may carry its own activity word before the 、
LIST_ACTIVITY = "打击|宣传|整治|攻坚|治理|行动|专项行动|会战"
QUOTED_RUN = re.compile(
    rf"(?=[{OPEN_Q}])(?:(?:[{OPEN_Q}][^{CLOSE_Q}{OPEN_Q}\n，,。]{{2,20}}[{CLOSE_Q}]\s*"
    # (“荣誉2022”和夏季治安打击整治“百日行动”: a joined item may carry a few words before its quote)
    rf"(?:(?:{LIST_ACTIVITY})?\s*[、和及与]\s*(?:[\u4e00-\u9fff]{{1,10}}(?=[{OPEN_Q}]))?(?=[{OPEN_Q}]))?)+"
    # “断卡”、“断链”1、2、3号专项行动: a numbered series of each before the descriptor
    r"(?P<desc>(?:\d{1,2}(?:[、,，]\d{1,2})*号)?[\u4e00-\u9fff]{0,10}?(?:专项行动|行动|战役|会战)|专项工作|活动|宣传|等?专项|专案"
    # “云剑”系列打击治理电信网络诈骗犯罪专项行动 / “云剑”“断卡”等专项斗争
    r"|系列[\u4e00-\u9fff]{0,16}?专项行动|等?专项斗争"
    r"|\d{1,3}号)?)")  # “飓风”2号、“飓风”6号: the number of a serial written after the quote
# “云剑-2022”“断卡”等专项行动 / “云剑-2022”、“断卡”专项行动 list several operations
ENUMERATION = re.compile(rf"[{CLOSE_Q}]\s*(?:{LIST_ACTIVITY})?\s*[、和及与]|^等")
# “云剑”“断卡”两大专项行动 / …宣传两大行动: a count of the operations just listed; what
# follows the count is the descriptor every listed name shares
LIST_COUNT = re.compile(r"^(?:[\u4e00-\u9fff]{0,4}?)(?:两|二|三|四|五|六|\d)[大项个场](?P<desc>(?:专项)?(?:行动|战役|会战))$")
QUOTED_NAME = re.compile(rf"[{OPEN_Q}]([^{CLOSE_Q}{OPEN_Q}\n]+)[{CLOSE_Q}]")
OPERATION_END = re.compile(r"(?:行动|战役|会战|宣传月|攻坚月|专项行动)$")
SERIAL_NAME = re.compile(r"^[\u4e00-\u9fff]{2,6}[-－—]?(?:\d{1,4}号?|[一二三四五六七八九十]+号)$")
# Descriptors that add nothing to a name: “断卡”攻坚行动 is the 断卡 operation.
GENERIC_OPERATION_WORDS = "反诈|反电诈|打击|专项|专案|集中|攻坚|整治|严打|统一|收网|一系列|系列"  # “断卡”系列专项行动 = 断卡行动
# (…等专项电诈犯罪打击行动: the kind of crime it targets adds nothing to the names either)
GENERIC_DESCRIPTOR = re.compile(rf"^等?(?:{GENERIC_OPERATION_WORDS}|电信网络|电信|网络|电诈|诈骗|犯罪|违法)*"
                                r"(?:行动|专项行动|战役|会战|斗争)$")
# A quoted core made only of generic words is a topic, not a name (“反电诈”专项行动).
# (“集中会战”: a concentrated battle, no name)
GENERIC_CORE = re.compile(r"^(?:反|电|网|诈|骗|打击|治理|整治|专项|集中|攻坚|严打|行动|会战|战役|犯罪|新型|违法|电信|网络|收网|统一|两卡)+$")
# National operations often written without quotes (深入推进断卡行动, 净网2021专项行动): a short
# list of the Ministry's standing operation names, matched only when 行动 follows.
_KNOWN_NAMES = r"断卡|长城|云剑|净网|猎狐|昆仑|护网|清源|蓝剑|断流|断号|断源|断链|拔钉|斩链"
# (深入推进断卡、断流、拔钉等专项行动: 等 closes the list)
KNOWN_OPERATION = re.compile(rf"({_KNOWN_NAMES})(\d{{4}})?等?(?:专项|集中|攻坚)?行动")
# 组织开展断卡、断号、断源专项行动: a list of them before one 行动, each an operation
KNOWN_LIST = re.compile(rf"((?:(?:{_KNOWN_NAMES})[、和及与])+)(?=(?:{_KNOWN_NAMES})等?(?:专项|集中|攻坚)?行动)")
KNOWN_NAME = re.compile(_KNOWN_NAMES)
# 开展打击整治养老诈骗专项行动 / 重庆市全民反诈专项行动: a named fraud campaign written without
# quotes — a crackdown on one kind of fraud (打击整治 + 养老诈骗), or 反诈 with a word of its
# own (全民反诈). A generic kind (电信网络诈骗, 新型网络) or a bare 专项行动 is no name.
WHOLE_SOCIETY = re.compile(r"(?:全民|全警|全社会)反诈")
UNQUOTED_OPERATION = re.compile(
    r"(?:打击整治|打击治理|严厉打击|集中打击)(?P<kind>[\u4e00-\u9fff]{2,4}?)诈骗(?:违法)?(?:犯罪)?专项行动"
    r"|(?P<who>全民|全警|全社会)反诈专项行动"
    # 夏季治安打击整治行动 / 冬季严打整治专项行动: the ministry's seasonal crackdowns, named as such
    r"|(?P<season>春季|夏季|秋季|冬季|春夏|秋冬)(?:治安)?(?:集中)?(?:严打|打击)?整治(?:专项)?行动"
    # 自集中打击春夏突出违法犯罪专项行动开展以来: the same, named by what it targets
    r"|(?:集中打击(?:整治)?|打击整治)?(?:春季|夏季|秋季|冬季|春夏|秋冬)季?(?:治安)?突出(?:违法)?犯罪(?:专项)?行动"
    # 夏季行动 警银联动 成功阻截涉诈钱款: the same crackdowns by their short names
    r"|(?:春季|夏季|秋季|冬季)行动"
    # 全市打击治理电信网络新型违法犯罪百日集中会战开展以来: a province's or city's hundred-day
    # campaign, named by its area, its crackdown and what it targets
    r"|(?:全省|全市|全区|全州|全县|全盟)(?:打击治理|打击整治|严厉打击|集中打击|严打|打击)[\u4e00-\u9fff]{0,14}?"
    r"百日(?:集中)?(?:会战|攻坚战|攻坚行动|专项行动|行动)")
UNQUOTED_GENERIC_MIDDLE = re.compile(rf"^(?:{GENERIC_OPERATION_WORDS}|联合|系列|会战|的|等)+$")  # 拔钉等专项行动 is 拔钉行动
UNQUOTED_GENERIC_KIND = re.compile(r"^(?:电信网络|电信|网络|通讯网络|新型|各类|涉|电|相关|金融|跨境)+$")
ORGANIZER = re.compile(r"由([\u4e00-\u9fff]{2,20}?)(?:在[^，,。]{0,12})?(?:部署|组织|牵头|发起|统一部署)")
ONE_MONTH = re.compile(r"为期(?:一|1)个月")
COMPARED_MONTH = re.compile(r"与(\d{1,2})月(?:份)?相比")


@dataclass(frozen=True)
class CampaignMention:
    name: str
    kind: str  # "operation" | "case"
    start: int
    end: int  # offsets in the text searched


def normalize_name(name: str) -> str:
    name = re.sub(rf"[\s{OPEN_Q}{CLOSE_Q}()（）【】]", "", name)
    return re.sub(r"(?<=\d)[.．・•](?=\d)", "·", name)


# Every case code holds one of these marks between its month and its day (CASE_CODE): a
# text without any needs no scan (most sentences; the scan stops at every digit)
CASE_CODE_MARKS = re.compile(r"[·.・•．]")


def _case_mentions(text: str) -> list[CampaignMention]:
    out: list[CampaignMention] = []
    if CASE_CODE_MARKS.search(text) is None:
        return out
    for m in CASE_CODE.finditer(text):
        month, day = int(m["m"]), int(m["d"])
        quoted = bool(m["open"] and m["close"]) or bool(m["open"] and m["after"])
        if not (1 <= month <= 12 and 1 <= day <= 31) or not (quoted or m["after"]):
            continue
        if not quoted and not (m["after"] or "").startswith(("专案", "案", "特大", "系列")):
            continue
        if not m["after"] and DAY_EVENT_AFTER.match(text, m.end()):
            continue  # “5·17”防范电信网络诈骗新闻发布会 / “1·10”人民警察节: a day's event, no case
        code = f"{m['y']}·{m['m']}·{m['d']}" if m["y"] else f"{m['m']}·{m['d']}"
        out.append(CampaignMention(code, "case", m.start(), m.end()))
    return out


# “三大反诈骗专项行动”: a count of generic operations (a numbered name such as “四断” stays)
NUMBERED_GENERIC = re.compile(r"^[一二三四五六七八九十两\d]+[大项个类](.*?)(?:专项行动|行动|战役)?$")
SERIES_NUMBERS = re.compile(r"^\d{1,2}(?:[、,，]\d{1,2})+号")  # 1、2、3号: one number stays in the name
# “断卡攻坚1号、2号、3号”行动: a numbered series inside the quotes, one operation each
SERIES_IN_QUOTES = re.compile(r"^(?P<base>[\u4e00-\u9fff]{2,8}?)(?P<nums>\d{1,2}号(?:[、,，]\d{1,2}号)+)$")
# 一系列专项行动，如“断流”“拔钉”“斩链”: quoted names that list the operations just named
OPERATIONS_BEFORE = re.compile(r"(?:专项行动|行动|战役)\s*[，,：:]?\s*(?:如|包括|即|比如|例如)\s*$")
# “快查快打”“集群战役”等机制战法: quoted methods, not operations
METHOD_AFTER = re.compile(r"\s*等?\s*(?:机制|战法|模式|工作法|机制战法|理念|举措|措施|经验)")
# 一款名为“彩票88”的手机APP: the fraudsters' app or site right after the quote, no operation
# (not “断卡”行动平台, the operation's own platform)
APP_AFTER = re.compile(r"的?(?:手机)?(?:APP|App|app|软件|平台|网站|小程序|群)")


def _generic_core(core: str) -> bool:
    if GENERIC_CORE.match(core):
        return True
    numbered = NUMBERED_GENERIC.match(core)
    return bool(numbered) and (not numbered.group(1) or GENERIC_CORE.match(numbered.group(1)) is not None)


# “飓风2018”46号专案收网行动: the year's operation and its 46th case file (飓风46号, as the page
# calls it elsewhere: 将该案列为“飓风46号”专案)
YEAR_TAGGED = re.compile(r"^(?P<base>[\u4e00-\u9fff]{2,6})[-－—]?(?:19|20)\d\d$")
NUMBER_FIRST = re.compile(r"^(?P<n>\d{1,3}号)(?P<rest>.*)$")


def _numbered_case(cores: list[str], desc: str) -> list[tuple[str, str]]:
    """(name, kind) of a quoted serial name that is a case file (“飓风46号”专案 → case 飓风46号),
    or of a year-tagged operation followed by its case's number (“飓风2018”46号专案… → operation
    飓风2018 and case 飓风46号); [] for any other run."""
    if len(cores) != 1:
        return []
    core = cores[0]
    if desc == "专案" and SERIAL_NAME.match(core) and core.endswith("号"):
        return [(core, "case")]
    tagged, numbered = YEAR_TAGGED.match(core), NUMBER_FIRST.match(desc)
    if tagged and numbered and not SERIES_NUMBERS.match(desc):
        kind = "case" if "专案" in numbered["rest"] else "operation"
        return [(core, "operation"), (tagged["base"] + numbered["n"], kind)]
    return []


def _slogan(core: str) -> bool:
    """防风险、除隐患、降发案、保资金: a quoted slogan of short phrases joined by 、 (each of 2–4
    characters, no number, no serial name — not a list of operations: 拔钉一号、拔钉二号, nor
    打、防、管、控)."""
    parts = core.split("、")
    return len(parts) >= 2 and all(2 <= len(p) <= 4 and not re.search(r"[\d一二三四五六七八九十]号|\d", p)
                                   and re.fullmatch(r"[\u4e00-\u9fff]+", p) for p in parts)


def _operation_name(cores: list[str], desc: str) -> str | None:
    desc = desc.removeprefix("等")  # “云剑”等专项 / “断卡”等专项行动: 等 closes a list, it names nothing
    counted = LIST_COUNT.match(desc)
    if counted:
        desc = counted["desc"]  # “扫楼”等六大专项行动: one of the six, the 扫楼 operation
    cores = [c for c in cores if not _generic_core(c)]
    if len(cores) == 1 and desc in ("行动", "专项行动") and _slogan(cores[0]):
        return cores[0]  # “防风险、除隐患、降发案、保平安”专项行动: the operation goes by its slogan
    if not cores or any(re.search(r"[，,、]", c) for c in cores):
        return None
    joined = "".join(cores)
    if desc == "专案" and not re.search(r"\d", joined):
        return joined  # “拔钉子”专案组: a named task force's operation, not a dated case file
    if desc == "专项工作":
        return joined  # 省公安厅部署开展“冬季守护”专项工作: the campaign goes by its quoted name
    if desc in ("活动", "宣传", "专项", "专案", ""):
        if desc == "专案":
            return None
        if desc == "专项" and KNOWN_NAME.fullmatch(joined):
            return joined + "行动"  # 依托扫黑除恶、…、“云剑”等专项: the ministry's standing operation
        named = OPERATION_END.search(joined) or SERIAL_NAME.match(joined)
        return joined if named else None
    if GENERIC_DESCRIPTOR.match(desc) or (desc.startswith("系列") and desc.endswith("专项行动")):
        # “云剑”系列打击治理电信网络诈骗犯罪专项行动: the series is the 云剑 operation
        if OPERATION_END.search(joined) or re.search(r"\d号?$", joined) or SERIAL_NAME.match(joined):
            return joined
        if WHOLE_SOCIETY.fullmatch(joined) and desc.endswith("专项行动"):
            return joined + "专项行动"  # “全民反诈”专项行动: the name it goes by unquoted (UNQUOTED_OPERATION)
        return joined + "行动"
    return joined + desc


TARGET_BEFORE = re.compile(r"(?:打击|整治|治理|严打|查处|针对)$")
TARGET_CRIME = re.compile(r"(?:违法)?犯罪")  # the descriptor after a target: “伪基站”违法犯罪专项行动


# a verb inside the descriptor after a quote: the quote named the action's target, the verb
# opens an action of its own, unnamed (…“网络招嫖”地缘性犯罪开展集群战役) — unless the quote is
# one of the nation's operations (KNOWN_NAME)
DESC_VERB = re.compile(r"开展|进行|实施|组织|发起|部署|展开|启动")
# Every QUOTED_RUN match opens on a quote; its own leading lookahead still tries every
# position, where this class is a plain scan
_OPEN_QUOTE = re.compile(f"[{OPEN_Q}]")


def _operation_mentions(text: str) -> list[CampaignMention]:
    out: list[CampaignMention] = []
    if _OPEN_QUOTE.search(text) is None:
        return out
    for m in QUOTED_RUN.finditer(text):
        run = m.group(0)[: len(m.group(0)) - len(m["desc"] or "")]
        cores = [normalize_name(c) for c in QUOTED_NAME.findall(run)]
        codes = [c for c in cores if re.fullmatch(r"\d{1,2}·\d{1,2}", c)]
        if codes and len(codes) == len(cores):
            continue  # a case code, handled above
        cores = [c for c in cores if c not in codes]  # “云剑”“断卡”“5.10”等专项行动: the names stay
        series = SERIES_IN_QUOTES.match(cores[0]) if len(cores) == 1 else None
        if series:
            out.extend(CampaignMention(series["base"] + n, "operation", m.start(), m.end())
                       for n in re.findall(r"\d{1,2}号", series["nums"]))
            continue
        numbered = _numbered_case(cores, m["desc"] or "")
        if numbered:
            out.extend(CampaignMention(name, kind, m.start(), m.end()) for name, kind in numbered)
            continue
        if METHOD_AFTER.match(text, m.end()) or (not m["desc"] and APP_AFTER.match(text, m.end())):
            continue
        desc = SERIES_NUMBERS.sub("", m["desc"] or "")
        if not desc and OPERATIONS_BEFORE.search(text, max(0, m.start() - 16), m.start()):
            desc = "行动"  # 部署开展了一系列专项行动，如“断流”“拔钉”“斩链”: the names of the operations
        elif not desc and len(cores) > 1 and all(KNOWN_NAME.fullmatch(c) for c in cores):
            # 开展“云剑”“断卡”“断流”“拔钉”和打击…等一系列打击行动: the nation's operations, quoted in a
            # row, each named whatever descriptor comes after the list
            desc = "行动"
        if (desc.startswith("的") or (TARGET_CRIME.match(desc) and not all(KNOWN_NAME.fullmatch(c) for c in cores))) \
                and TARGET_BEFORE.search(text, max(0, m.start() - 4), m.start()):
            # 开展了打击“伪基站”的专项行动 / 打击治理“伪基站”违法犯罪专项行动: the quotes mark what is
            # cracked down on (not 打击“断卡”违法犯罪专项行动, the nation's operation named)
            continue
        if DESC_VERB.search(desc) and not all(KNOWN_NAME.match(c) for c in cores):
            # 对“网络招嫖”地缘性犯罪开展集群战役式收网行动: what the action targets, then a verb (not
            # “云剑2021”集中实施收网行动 / “断卡”统一组织收网行动: the nation's operation, named)
            continue
        if "的" in desc[1:] or "嫌疑人" in desc or "人员" in desc:
            # 以打击“盗抢销”犯罪为重点的集中收网行动 / “一打一防”两个方面的行动 / “攻坚创优”等打击
            # 犯罪的专项行动: the quotes mark a crime class, a slogan or a feature of the
            # operation described, not its name (“亮剑”的集中收网行动 names it); so do the people
            # it hunts (集中抓捕“断卡”犯罪嫌疑人专项行动)
            continue
        counted = LIST_COUNT.match(desc) if len(cores) > 1 else None
        if counted:
            desc = "等" + counted["desc"]
        # three or more quoted names in a row are a list even without 、 (“长风”“断流”“断卡”
        # 专项打击行动); two may be one name in two parts (“雷霆7号”“扫黑产断链条”…行动)
        # “飓风8号”“飓风9号”两起…专案: names that are each whole (a serial) are a list too
        whole = len(cores) > 1 and all(SERIAL_NAME.match(c) for c in cores)
        # “断卡”“断流”行动 / “断卡”“团圆”: short names side by side are each an operation
        short = len(cores) > 1 and all(len(c) <= 3 for c in cores)
        # “长风”“断卡”系列…行动: a series is several operations
        if len(cores) > 1 and (ENUMERATION.search(run) or ENUMERATION.search(desc) or len(cores) >= 3 or whole
                               or short or "系列" in desc):
            names = [_operation_name([c], desc.removeprefix("等")) for c in cores]
        else:
            names = [_operation_name(cores, desc)]
        for name in names:
            if name:
                out.append(CampaignMention(name, "operation", m.start(), m.end()))
    return out


# what every match of KNOWN_OPERATION, KNOWN_LIST and UNQUOTED_OPERATION ends with: a text
# without one needs none of their scans (会战 ends a hundred-day campaign's name)
OPERATION_WORD = "行动"
BATTLE_WORD = "会战"


def _known_mentions(text: str, taken: list[CampaignMention]) -> list[CampaignMention]:
    out: list[CampaignMention] = []
    if OPERATION_WORD not in text:
        return out
    for m in KNOWN_OPERATION.finditer(text):
        if any(t.start <= m.start() < t.end for t in taken):
            continue
        name = m.group(1) + m.group(2) if m.group(2) else m.group(1) + "行动"
        out.append(CampaignMention(name, "operation", m.start(), m.end()))
    for m in KNOWN_LIST.finditer(text):
        if any(t.start <= m.start() < t.end for t in taken):
            continue
        for n in KNOWN_NAME.finditer(m.group(1)):
            out.append(CampaignMention(n.group(0) + "行动", "operation", m.start() + n.start(), m.start() + n.end()))
    return out


def _unquoted_mentions(text: str, taken: list[CampaignMention]) -> list[CampaignMention]:
    out: list[CampaignMention] = []
    if OPERATION_WORD not in text and BATTLE_WORD not in text:
        return out
    for m in UNQUOTED_OPERATION.finditer(text):
        if any(t.start <= m.start() < t.end or t.start < m.end() <= t.end for t in taken):
            continue
        if m["kind"] and UNQUOTED_GENERIC_KIND.match(m["kind"]):
            continue
        out.append(CampaignMention(m.group(0), "operation", m.start(), m.end()))
    return out


def find_campaign_mentions(text: str) -> list[CampaignMention]:
    """Every campaign mention in (cleaned, Simplified) text, left to right. Memoised: the
    campaign collector, the unit's names and each sentence read the same sentence."""
    return list(_campaign_mentions(text))


@functools.lru_cache(maxsize=8192)
def _campaign_mentions(text: str) -> tuple[CampaignMention, ...]:
    found = _case_mentions(text) + _operation_mentions(text)
    found += _known_mentions(text, found)
    return tuple(sorted(found + _unquoted_mentions(text, found), key=lambda c: c.start))


def last_single(mentions: list[CampaignMention], text: str = "") -> CampaignMention | None:
    """The last of ``mentions``, unless it is one of a list named together (开展“云剑”“断卡”
    “断流”等专项行动, which share one span): a figure reported under several operations is their
    joint result and is credited to none of them, so no one operation's timeline claims it.
    With the sentence ``text``, likewise a case named as an example of a batch (侦破渝北
    “12·13”诈骗案等一批大要案件 / 如天水“1994·8·8”、兰州“1996·7·26”等积案): the figures after it
    are the batch's or the force's, not that case's."""
    if not mentions:
        return None
    last = mentions[-1]
    joint = sum(1 for m in mentions if (m.start, m.end) == (last.start, last.end)) > 1
    example = last.kind == "case" and bool(text) and (
        "等" in text[last.start:last.end] or text[last.end:last.end + 2].lstrip().startswith("等"))
    return None if joint or example else last


def organizer_in(sentence: str) -> str | None:
    m = ORGANIZER.search(sentence)
    return m.group(1) if m else None


def refers_to(reference: str, name: str) -> bool:
    """Whether a shortened reference (攻坚宣传月, 宣传防范攻坚月) names a campaign: every
    character of it occurs in the name and both end alike."""
    ref = reference.removesuffix("期间")
    return (len(ref) >= 3 and ref[-1] == name[-1] and set(ref) <= set(name)) or ref == name


def one_month_window(text: str, published: str | None) -> tuple[str, str] | None:
    """A campaign 为期一个月 that the text reports as finished: the month it compares
    with plus one (与5月相比 → June), else the month before publication."""
    if not published or not ONE_MONTH.search(text):
        return None
    year, month = int(published[:4]), int(published[5:7])
    compared = COMPARED_MONTH.search(text)
    pub_month = month
    month = int(compared.group(1)) % 12 + 1 if compared else (month - 1 or 12)
    if month > pub_month:
        year -= 1  # the window lies before publication: 与11月相比 in January is last year
    return f"{year:04d}-{month:02d}", f"{year:04d}-{month:02d}"


# --- a document's campaign records ----------------------------------------------------------
WINDOW_REF = re.compile(r"([\u4e00-\u9fff]{3,16}?)期间")


@dataclass
class Campaigns:
    """The campaigns of one document, with the windows the text fixes for them."""
    kinds: dict[str, str] = field(default_factory=dict)
    windows: dict[str, Period] = field(default_factory=dict)
    # short name → the full name the text also writes (“夏季行动” → 夏季治安打击整治行动)
    aliases: dict[str, str] = field(default_factory=dict)

    def canonical(self, name: str) -> str:
        return self.aliases.get(name, name)

    def resolve_reference(self, text: str) -> tuple[str, int] | None:
        """(campaign name, where the reference ends) for 攻坚宣传月期间-style windows."""
        if not self.kinds or "期间" not in text:
            # nothing to refer to, or no reference: the pattern holds the literal 期间, and
            # its scan tries every Han character as the start of a 3–16 character run
            return None
        for m in WINDOW_REF.finditer(text):
            words = m.group(1)
            for cut in range(len(words) - 3, -1, -1):
                for name in self.kinds:
                    if refers_to(words[cut:], name):
                        return name, m.end()
        return None


def _as_month_or_day(period: Period) -> tuple[str | None, str | None]:
    if period.precision == "month" and period.start:
        return period.start[:7], None
    if period.precision == "day" and period.start:
        return period.start, None
    if period.precision == "range" and period.start and period.end:
        return period.start, period.end
    return None, None


def collect_campaigns(clean_doc: Clean, units: list[Unit], sentences: list[list[Sentence]],
                      published: str | None) -> tuple[list[Campaign], Campaigns]:
    """One record per distinct campaign name, at its first mention, with the dates and
    organiser its own sentence states; a later mention that dates a campaign more narrowly
    (an undated headline, then 2020年11月1日至12月31日，…发起了“雷霆11号”行动) gives the dates and
    the window its facts take."""
    records: dict[str, Campaign] = {}
    known = Campaigns()
    known.aliases = _full_names(clean_doc.text, [m.name for ss in sentences for s in ss
                                                 for m in find_campaign_mentions(s.text)])
    for unit, unit_sentences in zip(units, sentences):
        if non_mainland_unit([s.text for s in unit_sentences]):
            continue  # a Taiwan or Hong Kong force's operation is no campaign of ours (scope rule 2)
        unit_published = published if unit.kind == "body" else blurb_date(unit.text)
        year = int(unit_published[:4]) if unit_published else None
        other_crime = _other_crime_paragraphs(unit_sentences)
        for s in unit_sentences:
            for found in find_campaign_mentions(s.text):
                if found.kind == "case" and (s.paragraph in other_crime or other_crime_only(s.text)):
                    # 张掖“1999·12·7”…等一批大要案件被成功侦破 under 命案积案: another crime's case
                    # (its paragraph, or its own sentence when the paragraph goes on to fraud)
                    continue
                m = replace(found, name=known.canonical(found.name))
                if m.name in records and records[m.name].start:
                    continue
                periods = find_periods(s.text, unit_published, year)
                # the dates said right before the name are the campaign's own; of several
                # (2020年11月1日至12月31日，…发起了2020年反诈“雷霆11号”行动) the narrowest span
                near = [p for p in periods if p.kind != "comparison" and p.period.start
                        and p.start <= m.start and not _meeting_day(s.text, p, m.start)]
                if not near and m.kind == "operation":
                    # 《某市打击整治养老诈骗专项行动方案》…，此次专项行动…自今年4月开始: the launch
                    # told after the name, of the operation the sentence refers back to
                    near = [p for p in periods if p.kind == "since" and p.period.start and p.period.end
                            and p.start > m.end and THIS_OPERATION.search(s.text, m.end, p.start)][:1]
                if m.name in records and not near:
                    continue  # named again, still undated: the first mention stands
                spans = [p for p in near if p.period.end and p.period.precision != "day"]
                if spans:
                    near.append(min(spans, key=_span_days))
                start, end = _as_month_or_day(near[-1].period) if near else (None, None)
                if m.name in records and (near[-1].period.precision == "day" or (
                        m.name in known.windows and _days(near[-1].period) >= _days(known.windows[m.name]))):
                    continue  # named again with no narrower window: the first mention stands
                if m.kind == "operation" and near and near[-1].period.end:
                    known.windows[m.name] = _launch_window(s.text, near[-1], m.start, unit_published)
                if m.name in records:
                    records[m.name] = replace(records[m.name], start=start, end=end)  # type: ignore[arg-type]
                    continue
                window = one_month_window(unit.text, unit_published) if m.name.endswith("月") else None
                if window:
                    start, end = window
                    known.windows[m.name] = _month_period(window[0])
                s0, e0 = clean_doc.original_span(s.start + m.start, s.start + m.end)
                records[m.name] = Campaign(
                    name=m.name, kind=m.kind, start=start, end=end,  # type: ignore[arg-type]
                    organizer=organizer_in(s.text),
                    evidence=clean_doc.original[s0:e0], span=(s0, e0), reported=unit_published)
                known.kinds[m.name] = m.kind
    return list(records.values()), known


THIS_OPERATION = re.compile(r"(?:此次|本次|这次|该)(?:专项)?(?:行动|工作)")

# a dated case code named in a paragraph that names another crime and no fraud (scope rule 1,
# over the paragraph) is that crime's case — a 命案积案 review's 张掖“1999·12·7” — not a fraud
# case. (A paragraph naming no crime at all keeps its codes: 抓获“12·11”专案嫌疑人….)
def _other_crime_paragraphs(sentences: list[Sentence]) -> set[int]:
    by_paragraph: dict[int, str] = {}
    for s in sentences:
        by_paragraph[s.paragraph] = by_paragraph.get(s.paragraph, "") + s.text
    return {p for p, text in by_paragraph.items() if other_crime_only(text)}


# 公安部16日召开“云剑-2020”行动推进会: the day of a meeting about the operation, not its start
_MEETING_BETWEEN = re.compile(r"召开|举行|举办")


def _meeting_day(text: str, said: PeriodMention, name_start: int) -> bool:
    return said.period.precision == "day" and _MEETING_BETWEEN.search(text, said.end, name_start) is not None


# 今年4月，公安部部署全国公安机关开展“云剑-2020”行动: the month the operation was launched in
_LAUNCHED_BETWEEN = re.compile(r"(?:部署|开展|启动|发起|组织)")


def _launch_window(text: str, said: PeriodMention, name_start: int, published: str | None) -> Period:
    """The window an operation's figures take: the period said before its name — but a single
    month before a launch verb (4月…部署开展“云剑”行动) starts the operation, which runs on to
    the page's date (the figures of a 截至目前 report)."""
    period = said.period
    if (period.precision == "month" and published and period.end and period.end < published
            and _LAUNCHED_BETWEEN.search(text, said.end, name_start)):
        return Period(period.start, published, "range")
    return period


def _days(period: Period) -> int:
    start, end = period.start, period.end
    return (date.fromisoformat(end) - date.fromisoformat(start)).days if start and end else 1 << 30


def _span_days(mention: PeriodMention) -> int:
    return _days(mention.period)


def _full_names(text: str, names: list[str]) -> dict[str, str]:
    """“夏季行动” beside 夏季治安打击整治行动 (简称“夏季行动”): a short operation name the text
    also writes in full, unquoted — the full name is the campaign's; likewise “砺剑行动” beside
    its one year's edition “砺剑-2023”. The words between the
    short name's core and 行动 must say something of their own (断卡专项行动 is still 断卡行动)."""
    aliases: dict[str, str] = {}
    for name in dict.fromkeys(names):
        core = name.removesuffix("行动")
        if core == name or len(core) < 2:
            continue
        # “砺剑行动”…举行“砺剑-2023”行动返赃仪式: the operation and its year's edition are one
        # campaign, by the name that says which year (not when the text names several years)
        editions = {n for n in names if (tagged := YEAR_TAGGED.match(n)) and tagged["base"] == core}
        if len(editions) == 1:
            aliases[name] = editions.pop()
            continue
        for start, m in _core_then_operation(text, core):
            if text[start - 1:start] in OPEN_Q or UNQUOTED_GENERIC_MIDDLE.match(m.group(1)):
                continue
            aliases[name] = text[start:m.end()]
            break
    return aliases


_AFTER_CORE = re.compile(r"([\u4e00-\u9fff]{1,10}?)行动")


def _core_then_operation(text: str, core: str) -> list[tuple[int, re.Match[str]]]:
    """What re.finditer(re.escape(core) + _AFTER_CORE.pattern, text) finds, as (start of the
    core, the match of the rest), without compiling a pattern per name: a pattern with a
    range of all Han characters takes most of a millisecond to compile, and a text's own
    campaign names would each be compiled anew."""
    found = []
    pos = text.find(core)
    while pos >= 0:
        m = _AFTER_CORE.match(text, pos + len(core))
        if m is not None:
            found.append((pos, m))
            pos = text.find(core, m.end())  # matches do not overlap
        else:
            pos = text.find(core, pos + 1)
    return found


def _month_period(month: str) -> Period:
    year, mon = int(month[:4]), int(month[5:7])
    return Period(f"{month}-01", month_end(year, mon).isoformat(), "month")
