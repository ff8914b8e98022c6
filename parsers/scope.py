"""Which figures are results against telecom and online fraud.

ANNOTATION ("What counts as a fact"): only fraud statistics, and only the police's. A report on a general crackdown
(夏季治安打击整治行动, 百日行动) and a fraud bulletin that turns to gambling or theft state
other crimes' figures in the same words (破获…案件N起, 抓获嫌疑人N名). The rule, in order:

0. A segment — a sentence cut at ；— that opens on another body (工信部, 运营商, 法院,
   检察机关; ``lexicon.OTHER_BODIES``), after at most a time phrase, and names no police
   (``lexicon.POLICE_WORDS``; 受理公安机关提请逮捕 names them as the body's counterpart only)
   states that body's figures: no facts. So does every sentence of a paragraph that opens so
   and names no police.
1. A segment that names another crime (盗窃, 跨境赌博, 偷渡, 走私;
   ``lexicon.OTHER_CRIMES``) or crime in general (刑事案件; ``lexicon.ALL_CRIMES``) and no
   fraud word (``lexicon.FRAUD_MARKERS``) is that crime's: its figures are no facts. So is
   a run of clauses opened by crime in general (破获各类刑事案件114起，抓获…62人，挽回…) up to a
   clause that names fraud, and
   a clause (cut at ，) that names another crime and no fraud, inside a segment on fraud
   (打击电骗…，包括捣破偷渡团伙，拘捕偷渡犯2.7万名), and so is one item of a list (抓获…33名（其中
   命案逃犯1名、电信诈骗犯罪嫌疑人11名、涉毒犯罪嫌疑人3名）). A crime group whose name holds 骗
   (“盗抢骗”) names no fraud (``lexicon.MIXED_CRIME_GROUPS``). An item that counts suspects of
   every kind or fugitives (抓获各类(违法)犯罪嫌疑人N人, 抓获网上逃犯N人) and names no fraud, in a
   sentence that also names another crime or crime in general (打掉电信网络诈骗团伙6个、传统盗抢骗
   团伙5个，抓获各类犯罪嫌疑人71人) counts every crime's: no fact, though the sentence names
   fraud (in a sentence on fraud alone it is fraud's).
2. A unit (the body, or one related-news blurb) that names a police force outside the
   mainland (Taiwan's 警政署/县市警察局/警分局/新台币, Hong Kong's 警务处, Macau's 司法警察局;
   ``lexicon.NON_MAINLAND_POLICE``, ``lexicon.NON_MAINLAND_PLACES``) and no 公安 reports that
   force's figures: no facts (ANNOTATION: only mainland police results). A mainland force
   that arrests Taiwanese suspects, or a Taiwan paper on 北京公安, names 公安 and keeps its figures.
   On such a mixed page, a figure the reader places in Taiwan, Hong Kong or Macau is that
   police's when its sentence names it (香港警方…拘捕两名) and is dropped; otherwise the place was
   misread (其中台湾籍19人) and the figure stays, with no region (parsers/facts.py).
3. On a general-crime page — a crackdown of ``lexicon.GENERAL_CRACKDOWN`` named in the title
   or first paragraphs, or two or more other crimes (not crime in general) named in the
   text — a figure counts only
   where the text puts it on fraud: its segment names fraud, its sentence or paragraph opens
   on fraud (and its segment names no other crime), or
   it refers back (该团伙, 该案, 上述) to the paragraph before, which names fraud.

How wide a fact is (``fact_scope``, the record's ``scope``): 'case' — one 专案 or one
incident (a case campaign, a day's date, a metric told of one case such as victim_loss, a gang
or a victim told as one, a person named just before the figure); 'part' — a named part of the
jurisdiction's figure (the big or supervised cases, the ringleaders, one kind of fraud), which
a total must never take for the whole; else 'jurisdiction'. dashboard/aggregate.py adds only
'jurisdiction' figures into a total.

Words are matched on cleaned Simplified text. Pure functions; no state.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from parsers.lexicon import (ALL_CRIMES, FRAUD_MARKERS, GENERAL_CRACKDOWN, MAINLAND_POLICE, MIXED_CRIME_GROUPS,
                             NON_MAINLAND_PLACES, NON_MAINLAND_POLICE, ORDINARY_FRAUD, OTHER_BODIES, OTHER_CRIMES,
                             POLICE_WORDS, SPEC_BY_KEY)
from parsers.units import Sentence

if TYPE_CHECKING:
    from parsers.periods import Period

_SPECIFIC = re.compile("|".join(map(re.escape, OTHER_CRIMES)))
_CRACKDOWN = re.compile("|".join(map(re.escape, GENERAL_CRACKDOWN)))
_OTHER = re.compile("|".join(map(re.escape, OTHER_CRIMES + ALL_CRIMES)))
_FRAUD = re.compile("|".join(map(re.escape, FRAUD_MARKERS)))
_MIXED = re.compile("|".join(map(re.escape, sorted(MIXED_CRIME_GROUPS, key=len, reverse=True))))
# 2019年，宁夏检察机关共受理…: a time phrase may open the segment before the body
# (联合中国移动、电信、联通等通信运营商，…劝阻受骗群众681万人次: a partner the police work
# with, the force of the sentence before still the actor — not another body's own figures)
_OTHER_BODY_OPENING = re.compile(r"^(?:[^，,。；;]{0,10}?(?:年|月|以来|期间)[，,])?"
                                 r"(?![^，,。；;]{0,4}?(?:联合|会同|协同|携手|联手|协调|依托))[^，,。；;]{0,6}?(?:"
                                 + "|".join(map(re.escape, OTHER_BODIES)) + ")")
# crime in general, counted as a whole: 破获各类刑事案件 / 立刑事案件 (not 抓获各类犯罪嫌疑人 after
# a fraud clause: the suspects of the cases just counted)
_ALL_KINDS = re.compile(r"各类(?:刑事)?案件|刑事[、和及]?(?:治安)?案件|各类(?:网上)?逃犯")
_POLICE = re.compile("|".join(map(re.escape, POLICE_WORDS)))
# suspects of every kind (抓获各类违法犯罪嫌疑人 / 各类犯罪嫌疑人员; not 各类涉诈违法犯罪嫌疑人) and
# fugitives (网上逃犯, 在逃人员), counted for every crime when the sentence names another
_ALL_SUSPECTS = re.compile(r"各类(?:违法)?犯罪(?:嫌疑)?人|逃犯|在逃人员")
_NON_MAINLAND = re.compile("|".join(map(re.escape, NON_MAINLAND_POLICE)) + "|(?:"
                           + "|".join(map(re.escape, NON_MAINLAND_PLACES)) + r")[市县]?(?:政府)?警(?:察)?局")
# the forces themselves, for a clause whose actor they are (not 新台币 or the 165 hotline, which a
# mainland force's clause may name: 缴获现金人民币23700元、新台币900元)
_NON_MAINLAND_FORCE = re.compile("|".join(map(re.escape, [w for w in NON_MAINLAND_POLICE
                                                          if "警" in w or w == "警务处"])))
_MAINLAND = re.compile("|".join(map(re.escape, MAINLAND_POLICE)))
_BREAKDOWN = re.compile(r"^\s*其中")
_REFERS_BACK = re.compile(r"该团伙|该案|此案|该犯罪团伙|上述|该伙")
_SEGMENT_END = "；;"
_CLAUSE_END = "，,；;"
_ITEM_END = "，,；;、（()）"  # 33名（其中命案逃犯1名、电信诈骗犯罪嫌疑人11名、涉毒…3名）: one item of a list
_ONE_CASE = re.compile(r"(?:破获|侦破|打掉|捣毁)(?:了)?(?:一起|一个|1起|1个)(?!起|个)")
_COUNTED_CASES = re.compile(r"\d+\s*[起宗件]")
LEAD_PARAGRAPHS = 3  # a crackdown named this early frames the page


_BREAKS = {marks: re.compile("|".join(rf"(?<!\d){re.escape(c)}|{re.escape(c)}(?!\d)" if c == "," else re.escape(c)
                                      for c in marks))
           for marks in (_SEGMENT_END, _CLAUSE_END, _ITEM_END, _CLAUSE_END + "\n")}


def _is_break(text: str, i: int, mark: str) -> bool:
    """Whether the mark at text[i] is a break (_BREAKS: a comma is none between two digits;
    isdecimal() is what the pattern's digit class matches, Unicode category Nd)."""
    return mark != "," or not (0 < i < len(text) - 1 and text[i - 1].isdecimal() and text[i + 1].isdecimal())


def segment_at(text: str, pos: int, marks: str = _SEGMENT_END) -> str:
    """The part of ``text`` between the ``marks`` around ``pos`` (；/; by default). A comma
    between digits is a thousands separator (6,821个), not a clause break.

    Every break is one character, so the segment runs from after the last break before
    ``pos`` to the first break at or after it: found with find/rfind per mark, in C, where
    walking _BREAKS[marks].finditer over the text cost a Match and a loop step per break."""
    start, end = 0, len(text)
    for mark in marks:
        i = text.find(mark, pos, end)
        while i != -1 and not _is_break(text, i, mark):
            i = text.find(mark, i + 1, end)
        if i != -1:
            end = i
        j = text.rfind(mark, start, pos)
        while j != -1 and not _is_break(text, j, mark):
            j = text.rfind(mark, start, j)
        if j != -1:
            start = j + 1
    return text[start:end]


FRAUD_MEASURES = re.compile(r"挽回|挽损|止付|冻结|劝阻|返还")


def _follows_other_crime(text: str, pos: int, segment: str) -> bool:
    """…把打击电诈、传统“盗抢骗”犯罪作为…，破获盗窃类案件35起，破案率同比上升106.7%；抓获犯罪嫌疑人
    29人: a segment that names no crime, after one whose last clause naming a crime names
    another crime only, goes on with that crime's results."""
    if _OTHER.search(segment) or names_fraud(segment) or FRAUD_MEASURES.search(segment):
        return False  # (挽回/止付/冻结/劝阻: fraud's own measures stay fraud's)
    start = max(text.rfind(mark, 0, pos) for mark in _SEGMENT_END) + 1  # (；; break no number)
    if start <= 0:
        return False
    clauses = _BREAKS[_CLAUSE_END].split(segment_at(text, start - 1))
    named = [c for c in clauses if _OTHER.search(c) or names_fraud(c)]
    # the other crime's clause counts its own cases (破获盗窃类案件35起), not a crime named in
    # passing (同步深挖侵犯公民个人信息犯罪)
    return bool(named) and other_crime_only(named[-1]) and _COUNTED_CASES.search(named[-1]) is not None


def names_fraud(text: str) -> bool:
    return _FRAUD.search(_MIXED.sub("", text)) is not None


# 受理公安机关提请逮捕…65件 / 公安机关移送起诉: the police as the body's counterpart, not the actor
_POLICE_REFERRING = re.compile(r"公安机关(?:提请|移送|报请)")


def other_body_only(segment: str) -> bool:
    """Rule 0: the segment opens on another body and names no police (as its actor)."""
    return (_OTHER_BODY_OPENING.match(segment.lstrip("，, ")) is not None
            and _POLICE.search(_POLICE_REFERRING.sub("", segment)) is None)


def other_crime_only(segment: str) -> bool:
    """Rule 1: the segment names another crime and no fraud."""
    return _OTHER.search(segment) is not None and not names_fraud(segment)


def _breaks_down_fraud(sentence: Sentence, paragraph: list[Sentence]) -> bool:
    """其中，中国籍186名…网上在逃人员13名，包括1名命案在逃人员: a breakdown of the sentence
    before, which names fraud, is fraud's (an aside on another crime in it does not move it)."""
    if not _BREAKDOWN.match(sentence.text) or sentence not in paragraph:
        return False
    i = paragraph.index(sentence)
    return i > 0 and names_fraud(paragraph[i - 1].text)


def names_non_mainland_police(text: str) -> bool:
    return _NON_MAINLAND.search(text) is not None


def non_mainland_unit(texts: list[str]) -> bool:
    """Rule 2: the unit's sentences name a police force outside the mainland and no 公安.
    (公安 is looked for first: most units name it, and that literal search is far cheaper than
    the scan for the other forces, whose first characters are common ones.)"""
    return (not any(_MAINLAND.search(t) for t in texts)
            and any(_NON_MAINLAND.search(t) for t in texts))


def _all_crimes_in_force(text: str, pos: int) -> bool:
    """破获各类刑事案件114起，抓获犯罪嫌疑人62人，…挽回经济损失100多万元，同时针对电信网络诈骗…:
    a run of clauses opened by crime in general (各类刑事案件) counts all crimes, up to a clause
    that names fraud — a fraud word later in the segment does not reach back to them."""
    if _ALL_KINDS.search(text) is None:
        return False  # (most sentences: no such clause at all, so no walk over the clauses)
    state = False
    start = 0
    for m in _BREAKS[_SEGMENT_END].finditer(text):
        if m.start() >= pos:
            break
        start = m.end()
    for m in _BREAKS[_CLAUSE_END].finditer(text, start):
        clause = text[start:m.start()]
        state = _clause_state(clause, state)
        if m.start() >= pos:
            return state
        start = m.end()
    return _clause_state(text[start:], state)


def _clause_state(clause: str, state: bool) -> bool:
    if names_fraud(clause):
        return False
    return True if _ALL_KINDS.search(clause) else state


def general_crime_page(title: str | None, sentences: list[Sentence]) -> bool:
    """Rule 3's condition: a general crackdown frames the page, or it names two or more
    other crimes."""
    lead = (title or "") + "\n" + "\n".join(s.text for s in sentences if s.paragraph < LEAD_PARAGRAPHS)
    whole: str | None = None
    for m in _CRACKDOWN.finditer(lead):
        # 打击治理电信网络诈骗犯罪“百日行动” / 江苏警方“百日行动”破获电信诈骗案件: a crackdown
        # named for fraud in its own clause is a fraud campaign, not a general one
        if names_fraud(segment_at(lead, m.start(), _CLAUSE_END + "\n")):
            continue
        # 长乐区公安局在夏季治安打击整治行动中，成功破获一起跨境电信网络诈骗案: the crackdown frames
        # one fraud case the sentence goes on to tell (it names no other crime, nor crime at large)
        sentence = segment_at(lead, m.start(), "。！!？?\n")
        if names_fraud(sentence) and _ONE_CASE.search(sentence) and not _OTHER.search(sentence) \
                and not _ALL_KINDS.search(sentence) and not _COUNTED_CASES.search(sentence):
            continue
        # 【夏季行动】沙市警方打掉一“VOIP”犯罪团伙 over one story of a gang that served fraudsters:
        # the crackdown only labels a page that names fraud and no other crime, nor crime at large
        whole = "\n".join(s.text for s in sentences) if whole is None else whole
        if not (names_fraud(whole) and not _OTHER.search(whole) and not _ALL_KINDS.search(whole)):
            return True
    # crime in general (刑事案件 持续下降, 新兴网络犯罪案件) names no other crime
    # one scan of the unit (no crime's name holds a line break, so none spans two sentences)
    named = {m.group(0) for m in _SPECIFIC.finditer("\n".join(s.text for s in sentences))}
    return len(named) >= 2


# A total the sentence then splits into telecom fraud and ordinary fraud mixes the two: not a
# telecom fraud figure (the telecom part, in the breakdown, is)
_MIXED_TOTAL_AFTER = re.compile(rf"[^。；;]{{0,12}}?其中[^。；;]*?(?:{'|'.join(ORDINARY_FRAUD)})")


def is_fraud_figure(sentence: Sentence, pos: int, paragraph: list[Sentence],
                    previous_paragraph: list[Sentence], general_page: bool) -> bool:
    """True when the figure at ``pos`` of ``sentence`` is a fraud result (rules 1 and 3)."""
    segment = segment_at(sentence.text, pos)
    if _MIXED_TOTAL_AFTER.match(sentence.text, pos):
        return False  # …案件1343起，其中电信网络诈骗案件940起、普通诈骗案件403起: a total of both kinds
    if other_body_only(segment) or (other_crime_only(segment) and not _breaks_down_fraud(sentence, paragraph)):
        return False
    if _follows_other_crime(sentence.text, pos, segment):
        return False
    if other_body_only(segment_at(sentence.text, pos, _CLAUSE_END)):
        # 到案犯罪嫌疑人1000余人，检察机关已对其中483名提起公诉: a clause the other body opens is its
        # own figure, even after the police's in the same segment
        return False
    if paragraph and other_body_only("".join(s.text for s in paragraph)):
        return False  # 2019年，宁夏通信管理局…。全年处置…，为群众挽回…: the body's paragraph goes on
    clause = segment_at(sentence.text, pos, _CLAUSE_END)
    if _SPECIFIC.search(clause) and not names_fraud(clause):
        return False
    if _NON_MAINLAND_FORCE.search(clause) and not _MAINLAND.search(clause):
        return False  # 本港警方…共拘捕五名涉案男子，内地公安当局则拘捕六名: Hong Kong's own arrests
    if _all_crimes_in_force(sentence.text, pos):
        return False
    item = segment_at(sentence.text, pos, _ITEM_END)
    if _ALL_SUSPECTS.search(item) and not names_fraud(item) \
            and (_SPECIFIC.search(sentence.text) or _ALL_KINDS.search(sentence.text)) \
            and not _breaks_down_fraud(sentence, paragraph):
        return False  # 打掉诈骗团伙6个、盗抢骗团伙5个，抓获各类犯罪嫌疑人71人: every crime's suspects
    if _SPECIFIC.search(item) and not names_fraud(item):
        return False
    if not general_page or names_fraud(segment):
        return True
    opening = [sentence] + paragraph[:1]  # the sentence's, or the paragraph's, first segment
    if any(names_fraud(segment_at(s.text, 0)) for s in opening) and not _OTHER.search(segment):
        return True
    return bool(_REFERS_BACK.search(sentence.text)) and any(names_fraud(s.text) for s in previous_paragraph)


# --- how wide a fact is: one case, a named part, or the jurisdiction's whole ---
SUMMED = re.compile(r"共|累计|以来")  # 共劝阻…返还涉案资金6820余万元: many cases' sum, not one story
SINGLE_CASE = re.compile(r"案例|该案|此案|本案|一起")
# One case told without 一起: a gang's case (成功打掉一个特大跨省电信诈骗团伙，共抓获7名…) — unless the
# sentence sums a period (今年以来…打掉1个特大犯罪集团和12个犯罪团伙); and the response to one report
# (接警后迅速启动止付程序，…抓获2名), a victim named by who she is (拦截了该女子即将被骗的资金175万元) or a
# task force (工作组…将8名涉案人员全部抓捕归案) — only in a sentence that sums nothing (SUMMED: 共/累计/
# 以来) and states no window of its own (2022年，…接警后快速止付…5.6亿元 is the year's)
ONE_GANG = re.compile(r"(?:打掉|摧毁|捣毁|端掉|打垮)了?(?:一个|1个)(?![多月个又])")
PERIOD_SUMMED = re.compile(r"以来|累计|全年|和\s*[\d一二三四五六七八九十两]+\s*个")
ONE_CASE_MORE = re.compile(r"(?:接警|接报|接到报警|接到报案|接报警|接到警情)后"
                           r"|(?:该|这名)(?:女子|男子|事主|受害人|老人)|工作组")
STATED_WINDOW = re.compile(r"(?:19|20)\d\d\s*年|今年|去年|全年|上半年|下半年|季度|[\d一二三四五六七八九十]+\s*(?:至|-|—|到)\s*[\d一二三四五六七八九十]+\s*月")
# 市民张某… / 李先生… / 抓获莫某璧、阮某等4人 / 专案组…: a named (anonymised) person or a case team
# just before a figure — the figure is one case's, inside its force's period totals (the newcomer
# saw 市民张某…避免资金损失22万元 added into a province's quarter)
CASE_PEOPLE = re.compile(r"[\u4e00-\u9fff]某{1,2}(?![市县区省镇乡村街公平单企网银店商团集账地小高])"
                         r"|[\u4e00-\u9fff](?:女士|先生|大爷|大妈|阿姨|老伯|大叔)|专案组")
CASE_WINDOW = 40
# the part of a figure's list item before its number: cut at a list break or an earlier figure
ITEM_BREAK = re.compile(r"[、，,；;]|\d+(?:\.\d+)?[万亿]?[余多]?[起名个人件张元宗]")
# cases over a loss threshold (10万元以上案件 / 案值50万元以上的案件) or under supervision (部督, 挂牌督办)
PART_CASES = re.compile(r"以上的?[^，,。；;\d]{0,6}案|[部省]督|挂牌督办|督办的?")
RINGLEADERS = re.compile(r"金主|头目|骨干|首要分子|主犯")
# 打击整治养老诈骗专项行动…追赃挽损300余亿元 / 破获针对老年人的保健品诈骗类案件3000余起: one kind of
# fraud (and not only telecom fraud): a part of the force's fraud figures, never their total
ONE_FRAUD_KIND = re.compile(r"养老诈骗|保健品诈骗|涉老诈骗|针对老年人的?[^，,。；;]{0,8}诈骗")
ALL_RANKS = re.compile(r"一般|参与人员|普通|其他")  # 组织者、骨干成员和一般参与人员共计450余人: all of them


def fact_scope(metric: str, period: Period | None, campaign_kind: str | None,
               sentence: str, before: str = "", near: str = "", after: str = "") -> str:
    """'case' (a 专案 or one incident: `campaign_kind` is 'case' for a fact of a case code),
    'part' (a named part of the jurisdiction's figure,
    see _is_part; `before` is the hit's text before its number) or 'jurisdiction'. `near`:
    the sentence's last CASE_WINDOW characters before the number — a person named there
    (市民张某, 李先生, 抓获王某等7人) or a 专案组 makes the figure one case's."""
    if campaign_kind == "case":
        return "case"
    if metric in SPEC_BY_KEY and SPEC_BY_KEY[metric].scope == "case":
        return "case"  # victim_loss, money_involved: the size of one case
    if period is not None and period.precision == "day":
        return "case"
    if _is_part(before, after) or ONE_FRAUD_KIND.search(sentence):
        return "part"
    if ONE_GANG.search(sentence) and not PERIOD_SUMMED.search(sentence):
        return "case"
    if ONE_CASE_MORE.search(sentence) and not SUMMED.search(sentence) and not STATED_WINDOW.search(sentence):
        return "case"
    return "case" if SINGLE_CASE.search(sentence) or CASE_PEOPLE.search(near) else "jurisdiction"


def _is_part(before: str, after: str = "") -> bool:
    """破获损失百万以上案件27起 / 侦破公安部挂牌督办案件16起 / 抓获诈骗集团幕后“金主”、头目和骨干等542名:
    the figure counts a named part (the big cases, the supervised ones, the ringleaders), not
    all the force did — a total must not take it for the whole. Read on the list item the
    figure closes (after the last 、/，/；or earlier figure), so an item after a part is not one;
    and on what follows the figure in its own hit when the noun comes after it (将240名…重大头目和
    骨干缉捕归案)."""
    item = ITEM_BREAK.split(before)[-1] + ITEM_BREAK.split(after)[0]
    if PART_CASES.search(item):
        return True
    return RINGLEADERS.search(item) is not None and ALL_RANKS.search(item) is None
