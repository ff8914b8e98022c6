"""Which police force a sentence speaks of.

A figure belongs to the force that achieved it, not to where suspects were caught or where
the victim lives, so only *force* mentions count: a place followed by a force word
(郑州市公安局, 兰州警方, 城关分局), a place that is the subject of a result verb (荆州破获…),
a list of places sharing one force word (顺河、兰考、杞县等公安机关 → their common city), and
unnamed forces (全省, 省公安厅, 全市, 该局) read against the context place.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from parsers import lexicon
from parsers.gazetteer import BRANCH_AFTER, ORDINARY_WORD_NAMES, Gazetteer, Place, PlaceMention, is_mainland

LIST_JOINER = re.compile(r"^\s*(?:、|和|及|与|,|，)\s*$")
GROUP_FORCE_AFTER = re.compile(
    r"^\s*(?:等地?)?(?:[省市县区]{1,2})?(?:两级|三级|各级|各)?(?:公安机关|警方|公安局|公安)")
# Unnamed forces, by the level of the context place they refer to.
GENERIC_FORCES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # 国家反诈中心 as an actor, not the app (“国家反诈中心”APP) or its accounts (…政务号)
    ("nation", re.compile(r"全国公安机关|公安部(?!门)|(?<![“\"「])国家反诈中心(?![”\"」]|APP|app|App|政务号|人民号)")),
    ("province", re.compile(r"全省|省公安厅|省厅|省公安机关|全区公安机关|我省(?:公安|警方)")),  # 系我省公安承接侦查
    ("city", re.compile(r"全市|市公安局|市局|市公安机关|该市|我市|本市|全州")),
    ("county", re.compile(r"全县|县公安局|该县|我县|本县")),
    ("region", re.compile(r"全区(?!公安机关)|我区|本区")),
    ("same", re.compile(r"该局|我局|本局|该支队|该大队")),
)
# Where an unnamed force phrase may stand: the phrases of GENERIC_FORCES without their
# lookarounds (a superset of their matches). Plain words only, so the scan jumps to the
# characters a phrase starts with; with the lookbehind of 国家反诈中心 in it, it was tried at
# every position of every sentence.
_LOOKAROUND = re.compile(r"\(\?<?[=!](?:[^()]|\([^()]*\))*\)")
_ANY_GENERIC_FORCE = re.compile("|".join(_LOOKAROUND.sub("", pattern.pattern) for _, pattern in GENERIC_FORCES))
BRANCH_MERGE_GAP = 12
# 其中柳州市2起 / 南宁市34宗：: a place right before its own figure is a row of a breakdown
_ROW_NUMBER = r"[\d一二三四五六七八九十两][\d一二三四五六七八九十两.,万亿千百余多]*\s*(?:起|宗|件|名|人次|人|个|张|元|户|处|条)"
# 拉萨市城关区(含柳梧新区)26宗: a note in brackets may stand between the place and its figure
ROW_FIGURE = re.compile(rf"\s*(?:[（(][^（()）]{{0,12}}[）)])?\s*(?:共|为|有)?\s*{_ROW_NUMBER}")
EACH_ROW = re.compile(rf"\s*各\s*{_ROW_NUMBER}")
# (在公安部指挥和柬埔寨警方的协助下: the ministry directed, with a partner's help; but 省公安厅在
# 公安部的指导下破获… is the 省公安厅 acting under the ministry, so no 在 right after the force)
PASSING_FORCE = re.compile(r"(?!\s*在)[^，,。；;]{0,14}?(?:的?(?:领导|指导|部署|指挥|统筹|督导|协调|组织|协助|配合|支持)下"
                           r"|确定的|督办的|督导的|挂牌的|交办的)"
                           r"|\s*(?:挂牌督办|督办|挂牌|交办|指定管辖|部督)")  # 一起公安部部督系列…案告破: the ministry supervised
# 12起山西省公安厅督办的案件 / 在市公安局的统一指挥下: a named force that only supervised or
# directed; only force words may stand between the name and the passing phrase, so
# 郑州市公安局在省厅的统一部署下破获… keeps 郑州市 as the actor
NAMED_PASSING = re.compile(r"\s*[省市县区州]?(?:公安厅|公安局|公安机关|警方|公安|反诈中心)?\s*"
                           r"(?:的?(?:统一)?(?:领导|指导|部署|指挥|统筹|督导|协调)下|确定的|督办的|督导的|挂牌督办|督办|挂牌的|交办的|交办|指定管辖)")
# 被公安部授予 / 受省公安厅表彰 / 获公安部通报表扬: the passive agent of an honour, not a force
AWARDED_BY = ("被", "受", "获")
# 根据公安部统一部署 / 按照省厅要求: the body whose order the actor followed
ORDERED_BY = ("根据", "按照", "依照", "遵照",
              # 通过公安部电诈侦办平台止付N元: the body's platform is the means, not the actor
              "通过", "依托", "利用", "借助")
# 处置公安部资金预警3916条 / 落查省厅推送的线索: alerts and leads a higher body sent down
ISSUED_AFTER = re.compile(r"(?:下发|推送|下达|移交)?的?(?:资金)?(?:预警|线索|指令)")
# 居全省前列 / 全省第一 / 全国排名第3: the unit a rank is taken in, not a force
RANKING_AFTER = re.compile(r"(?:公安机关|公安)?(?:的)?(?:前列|第[一二三四五六七八九十\d]|排名|排位|之首|首位|领先|前茅|率先)")  # 在全省率先开通
# 在云南警方的配合下 / 会同外省警方: a partner force from elsewhere, whose results are the
# reporting force's
PARTNER_BEFORE = re.compile(r"(?:会同|联合|协同|配合|协助|联手)$")
PARTNER_AFTER = re.compile(r"[^，,。；;]{0,8}?的?(?:大力)?(?:配合|协助|支持|协作|帮助)下")  # 在河北沧州警方的帮助下
# 紧急从正在高碑店开展其他工作的佛山警方及河北当地警方抽调警力，协助专案组: a force officers are
# drawn from lends them to the case; the results are the case force's
# (从 in the place's own clause, with nothing of a source of news after it: not 记者从公安部获悉，广东警方抽调…)
OFFICERS_FROM_BEFORE = re.compile(r"从[^，,。；;获]{0,20}$")
OFFICERS_FROM_AFTER = re.compile(r"[^，,。；;]{0,12}?(?:抽调|调派|调集|抽派|借调)")
# 上海警方与四川警方通力合作，捣毁…: the force named second, "with" whom the first works
PARTNER_WITH_BEFORE = re.compile(r"(?:与|和|同)$")
# (与广州市反诈中心取得联系，成功止付…: the force contacted helps; the one that called acts)
PARTNER_WITH_AFTER = re.compile(r"[^，,。；;]{0,8}?(?:通力|密切|紧密|深度)?(?:合作|协作|配合|联手|携手|取得联系|对接)")
# 广东省公安厅接获澳门警方通报后，…拘捕450多人: police outside the mainland that passed on the
# tip-off, not the force that acted on it (a mainland force's 通报 may bring its own case: 反诈中心
# 接到鄯善县公安局通报称，某公司会计被骗49万元 — that loss is 鄯善's)
INFORMANT_BEFORE = re.compile(r"(?:接获|接到|收到|根据|依据)$")
INFORMANT_AFTER = re.compile(r"[^，,。；;]{0,8}?(?:通报|线索|协查|请求|函)")
TOPIC_AFTER = re.compile(r"\s*[：:]")  # ● 河南郑州：上半年打掉… — the line is about that place
LINE_LEAD = " \t•●·-—*#【】[]0123456789.、"
# 在重庆，市公安局…: an unnamed force right after a place set off by a comma is that place's
TOPIC_GAP = re.compile(r"^\s*[，,：:]\s*$")
FORCE_WORDS_ONLY = re.compile(r"^(?:公安厅|公安局|公安|市局|警方)?$")
# 徐州市公安局大龙湖分局: a branch whose name the division list holds only in part (大|龙湖)
FORCE_WORDS_THEN_PART = re.compile(r"^(?:公安厅|公安局|公安|市局)[\u4e00-\u9fff]{1,2}$")
LOCATIVE = "在于从赴到往至去"  # 在龙岩市成功抓获: where it happened, not who did it  # 毕节市公安局七星关分局: the branch follows its city's force word


@dataclass(frozen=True)
class Force:
    start: int
    end: int
    place: Place | None  # None: a nationwide force
    generic: bool
    each: tuple[Place, ...] = ()  # 丙县、丁县各1宗: the figure holds for each of these
    row: bool = False  # named only as the row of a breakdown (南宁市34宗): for its own figure


def in_share_phrase(text: str, pos: int) -> bool:
    """占全省查获总数的53.1% / 分别占今年总数的60.5%: a share of a larger whole, not a
    statement about who or when."""
    return "占" in text[max(0, pos - 2):pos]


def _parent(gaz: Gazetteer, place: Place, level: str) -> Place | None:
    if level == "province":
        return gaz.by_adcode(place.adcode[:2] + "0000")
    if level == "city":
        if place.level == "province":
            return place
        if place.level == "city":
            return place
        code = place.adcode[:4] + "00"
        return gaz.by_adcode(code) or place
    if level == "county":
        return place
    return place


def common_place(gaz: Gazetteer, places: list[Place]) -> Place | None:
    """The smallest division containing every place (for a list of forces)."""
    if not places:
        return None
    if len({p.adcode for p in places}) == 1:
        return places[0]
    cities = {(p.province, p.city) for p in places}
    if len(cities) == 1 and places[0].city:
        return _parent(gaz, places[0], "city")
    if len({p.province for p in places}) == 1:
        return _parent(gaz, places[0], "province")
    return None


def _subject_of_verb(text: str, end: int) -> bool:
    """荆州破获电诈案230起: a bare place name right before a result verb is the force."""
    rest = text[end:end + 12]
    rest = _SUBJECT_LEAD.sub("", rest)
    # 拉萨市立13起 / 某县破8起: a one-character verb counts only right before its figure
    return rest.startswith(_RESULT_VERBS) or _SHORT_VERB_FIGURE.match(rest) is not None


# 太康县8月份连续端掉… / 某县今年以来共破获…: a time phrase and adverbs between name and verb
_SUBJECT_LEAD = re.compile(r"^(?:今年|近日|日前|近期|上半年|\d{1,2}月份?)?(?:以来)?(?:共|已|成功|连续|先后|累计|共计|又)*")
_SHORT_VERB_FIGURE = re.compile(r"[立破发抓]\s*\d")
_RESULT_VERBS = tuple(v for vs in lexicon.VERBS.values() for v in vs if len(v) > 1)


def _topic_chain(text: str, mentions: list[PlaceMention], i: int) -> list[PlaceMention]:
    """The places that open a line and end in a colon (● 河南郑州：…), else []."""
    last = mentions[i]
    if TOPIC_AFTER.match(text, last.end) is None:
        return []
    chain = [last]
    for m in reversed(mentions[:i]):
        if m.end != chain[0].start:
            break
        chain.insert(0, m)
    return chain if text[:chain[0].start].strip(LINE_LEAD) == "" else []


def _deepest(gaz: Gazetteer, places: list[Place]) -> Place:
    """河南郑州 names one place: the most specific one, when they nest."""
    best = places[0]
    for p in places[1:]:
        if p.adcode.startswith(best.adcode.rstrip("0")[:2]) and len(p.adcode.rstrip("0")) > len(best.adcode.rstrip("0")):
            best = p
    return best


def _locative(text: str, m: PlaceMention, mentions: list[PlaceMention]) -> bool:
    """在广州市白云区抓获 / 赶赴广东深圳 / 在广东惠州、四川成都捣毁: a place after a preposition of
    place, or right after (or listed with) another such place, says where, not who."""
    before = text[max(0, m.start - 2):m.start]
    if any(c in LOCATIVE for c in before):
        return True
    # 河南郑州 / 分别在广东惠州、福建福州、四川成都捣毁…: a place right after another, or after
    # one listed with it, is where the other is
    prev = next((p for p in reversed(mentions) if p.end == m.start
                 or (p.end < m.start and LIST_JOINER.match(text[p.end:m.start]))), None)
    return prev is not None and _locative(text, prev, mentions)


# 联勤组通过广东佛山市公安局南海分局远程协作，由唐某某…将该笔15万资金退还: a force reached through
# (通过) for its help works for the one telling the story
PARTNER_VIA_BEFORE = re.compile(r"通过[\u4e00-\u9fff]{0,3}$")
PARTNER_VIA_AFTER = re.compile(r"[^，,。；;]{0,16}?(?:远程)?(?:协作|协助|配合|协查)")
# the longest PARTNER_AFTER match: 8 characters, 的, 大力, the verb, 下 — so a text with no 下
# that near needs no attempt (the pattern's lazy run is tried at every length up to 8)
PARTNER_AFTER_SPAN = 14


MEETING_AFTER = re.compile(r"[^，,。；;]{0,12}?(?:集合|集结|会合|汇合|会师)")


def _meeting_place(text: str, m: PlaceMention, mentions: list[PlaceMention]) -> bool:
    """在清远市公安局清城区分局集合: a force after 在 (its branch too, joined by force words only)
    that names where the police gathered."""
    if not MEETING_AFTER.match(text, m.end):
        return False
    if _locative(text, m, mentions):
        return True
    prev = next((p for p in reversed(mentions) if p.end <= m.start), None)
    return (prev is not None and FORCE_WORDS_ONLY.match(text[prev.end:m.start]) is not None
            and _locative(text, prev, mentions))


# 被湖南警方网上追逃的犯罪嫌疑人: a passive agent inside a modifier of the people counted
PASSIVE_MODIFIER = re.compile(r"(?:警方|公安局|公安机关|公安)[^，,。；;被]{0,8}?的")


def _elsewhere(place: Place | None, context: Place | None) -> bool:
    """A place outside the context's province (or, for a city or county context, its city)."""
    return context is None or place is None or place.province != context.province or (
        context.level in ("city", "county") and place.adcode[:4] != context.adcode[:4])


def _with_province(m: PlaceMention, mentions: list[PlaceMention]) -> PlaceMention:
    """联合江苏扬州警方: the mention with its province written right before it, as one (its
    start is the province's); else m itself."""
    for prev in mentions:
        if prev.end == m.start and prev.place.level == "province" and prev.place.province == m.place.province:
            return replace(m, start=prev.start)
    return m


def _partner(text: str, m: PlaceMention) -> bool:
    return bool(PARTNER_BEFORE.search(text[max(0, m.start - 2):m.start])
                or (not is_mainland(m.place) and INFORMANT_BEFORE.search(text[max(0, m.start - 2):m.start])
                    and INFORMANT_AFTER.match(text, m.end))
                or (text.find("下", m.end, m.end + PARTNER_AFTER_SPAN) >= 0 and PARTNER_AFTER.match(text, m.end))
                or (PARTNER_VIA_BEFORE.search(text, max(0, m.start - 5), m.start) is not None
                    and PARTNER_VIA_AFTER.match(text, m.end) is not None)
                or PARTNER_WITH_BEFORE.search(text[max(0, m.start - 1):m.start])
                and PARTNER_WITH_AFTER.match(text, m.end)
                or (OFFICERS_FROM_BEFORE.search(text, max(0, m.start - 21), m.start) is not None
                    and OFFICERS_FROM_AFTER.match(text, m.end) is not None))


STATION_AFTER = re.compile(r"\s*(?:街道|镇|乡)?(?:派出所|警务站|警务室)")


def _station_elsewhere(text: str, m: PlaceMention, context: Place | None) -> bool:
    """金坛公安分局在滨湖派出所: a police station bears a town's or street's name; a division of
    another prefecture with that name (无锡's 滨湖区) is not meant."""
    return (context is not None and context.level != "province" and STATION_AFTER.match(text, m.end) is not None
            and m.place.adcode[:4] != context.adcode[:4])


# 自称是“上海公安局”的人 / 冒充北京警方: the force a fraudster claims to be, not one that acts
# (the cue may stand before the province and city the force's full name opens with:
# 自称是“江苏省南京市公安局”民警 / 谎称自己是“上海市公安局”的民警; and before a list of
# quoted forces: 冒充“云南省公安厅”“上海市公安局” poses as both)
IMPERSONATED_BEFORE = re.compile(r"(?:自称|冒充|假冒|谎称|假扮|伪装成|冒称)(?:自己|其|本人)?(?:是|为|成)?"
                                 r"(?:[“\"「『‘][^“”\"「」『』‘’，。]{2,16}[”\"」』’][、和及与或]?){0,3}[“\"「『‘]?"
                                 r"(?:[\u4e00-\u9fff]{2,8}?[省市区])?$")
IMPERSONATED_REACH = 48  # characters looked back from a place name for the cue


def posed_as(text: str, start: int) -> bool:
    """The place name at ``start`` opens a force a fraudster poses as (IMPERSONATED_BEFORE)."""
    return IMPERSONATED_BEFORE.search(text, max(0, start - IMPERSONATED_REACH), start) is not None


def _stray_common_name(m: PlaceMention, context: Place | None) -> bool:
    """上街警方 in a 福州 story: an everyday word whose only division is in another province
    names a sub-district the division list does not hold (福州's 上街, not 郑州's 上街区)."""
    return (context is not None and m.surface in ORDINARY_WORD_NAMES
            and len(m.candidates) == 1 and m.place.province != context.province)


def _named_forces(text: str, mentions: list[PlaceMention], gaz: Gazetteer,
                  context: Place | None = None, own_context: bool = False) -> list[Force]:
    forces: list[Force] = []
    i = 0
    while i < len(mentions):
        group = [mentions[i]]
        while (i + 1 < len(mentions)
               and LIST_JOINER.match(text[group[-1].end:mentions[i + 1].start])):
            i += 1
            group.append(mentions[i])
        last = group[-1]
        if len(group) > 1 and EACH_ROW.match(text, last.end) and not _locative(text, group[0], mentions):
            # 桂林市、梧州市各1宗: a table row shared by several places, one fact each
            places = tuple(m.place for m in group)
            forces.append(Force(group[0].start, last.end, common_place(gaz, list(places)), False, places, True))
        elif len(group) > 1 and (GROUP_FORCE_AFTER.match(text[last.end:]) or last.force):
            place = common_place(gaz, [m.place for m in group])
            if place:
                forces.append(Force(group[0].start, last.end, place, False))
        else:
            chain = _topic_chain(text, mentions, i)
            if chain:
                forces.append(Force(chain[0].start, last.end, _deepest(gaz, [m.place for m in chain]), False))
                i += 1
                continue
            for m in group:
                if own_context and _stray_common_name(m, context):
                    continue
                if (_partner(text, m) or _partner(text, _with_province(m, mentions))) and _elsewhere(m.place, context):
                    continue  # a partner from elsewhere (会同外省警方, 联合新城分局 of another city); a local one may be the actor
                if m.force and NAMED_PASSING.match(text, m.end):
                    continue
                if m.force and text[max(0, m.start - 1):m.start] == "被" and PASSIVE_MODIFIER.match(text, m.end):
                    continue  # 抓获两名被湖南警方网上追逃的嫌疑人: the force describes the suspects, not the actor
                if _station_elsewhere(text, m, context):
                    continue
                if context is not None and _elsewhere(m.place, context) and posed_as(text, m.start):
                    # 自称是“上海公安局”的人 on a 北京 page: the force a fraudster poses as (one of
                    # the page's own province may still be its place: 对方自称是福州市公安局民警
                    # on a page whose station 上街 is 福州's)
                    continue
                locative = _locative(text, m, mentions)
                if m.force and _meeting_place(text, m, mentions):
                    continue  # 两地警方三百余名警力在清远市公安局清城区分局集合: where they met, not who acted
                if (m.force or m.branch) and not (locative and not m.force) or (
                        not locative and _subject_of_verb(text, m.end)):
                    forces.append(Force(m.start, m.end, m.place, False))
                elif not locative and ROW_FIGURE.match(text, m.end):
                    forces.append(Force(m.start, m.end, m.place, False, row=True))
        i += 1
    return _merge_branches(text, forces)


def _merge_branches(text: str, forces: list[Force]) -> list[Force]:
    """A city force followed by a branch (毕节市公安局七星关分局) is the branch when the
    branch lies inside the city; when it does not (东莞市公安局南城分局: 南城 is a
    sub-district the division list does not hold, not 江西's 南城县) the city stands."""
    merged: list[Force] = []
    for f in forces:
        prev = merged[-1] if merged else None
        chained = (prev is not None and prev.place is not None and f.place is not None
                   and f.start - prev.end <= BRANCH_MERGE_GAP
                   and FORCE_WORDS_ONLY.match(text[prev.end:f.start]) is not None
                   and prev.place.level in ("city", "province"))
        if chained and f.place.adcode[:4] == prev.place.adcode[:4] != f.place.adcode[:2] + "00":
            merged[-1] = Force(prev.start, f.end, f.place, False)
        elif chained and f.place.adcode[:2] == prev.place.adcode[:2] and prev.place.level == "province":
            merged[-1] = Force(prev.start, f.end, f.place, False)
        elif chained:
            merged[-1] = Force(prev.start, f.end, prev.place, False)
        elif (prev is not None and prev.place is not None and f.place is not None
              and BRANCH_AFTER.match(text, f.end) and prev.place.level in ("city", "province") and f.place.adcode[:4] != prev.place.adcode[:4]
              and FORCE_WORDS_THEN_PART.match(text[prev.end:f.start])):
            merged[-1] = Force(prev.start, f.end, prev.place, False)  # 大龙湖分局 is no 龙湖区 elsewhere
        else:
            merged.append(f)
    return merged


def _city_of(gaz: Gazetteer, local: Place | None, reporting: Place | None) -> Place | None:
    """全市/市公安局: the city in context; when the context is only a province (a 省公安厅
    named in passing), the reporting force's city in that province."""
    if local is not None and local.level != "province":
        return _parent(gaz, local, "city")
    if reporting is not None and reporting.level != "province" and (
            local is None or reporting.province == local.province):
        return _parent(gaz, reporting, "city")
    return local


@functools.lru_cache(maxsize=8192)
def _generic_candidates(text: str) -> tuple[tuple[str, int, int], ...]:
    """(level, start, end) of each unnamed force phrase that the text alone does not rule
    out, in GENERIC_FORCES order. Memoised: a sentence is read against two or three contexts
    (the document's force, the unit's, its own paragraph's), but these tests read only the
    text, so each pattern runs once per sentence."""
    if _ANY_GENERIC_FORCE.search(text) is None:
        return ()  # most sentences: none of the patterns below matches anywhere
    out = []
    for level, pattern in GENERIC_FORCES:
        for m in pattern.finditer(text):
            if in_share_phrase(text, m.start()):
                continue
            # 在省公安厅…的领导下 / 省公安厅确定的2起: a force named in passing, not the actor
            if level in ("nation", "province") and PASSING_FORCE.match(text, m.end()):
                continue
            if level in ("nation", "province") and (text[max(0, m.start() - 1):m.start()] in AWARDED_BY
                                                    or text[max(0, m.start() - 2):m.start()] in ORDERED_BY):
                continue  # 被公安部荣记一等功的团队 / 根据公安部统一部署，专案组…: not the actor
            if RANKING_AFTER.match(text, m.end()):
                continue  # 破案数居全省前列 / 考核全省第一: a ranking, not a force
            if level in ("nation", "province") and ISSUED_AFTER.match(text, m.end()):
                continue  # 处置公安部资金预警3916条: the body that sent the alerts, not the actor
            out.append((level, m.start(), m.end()))
    return tuple(out)


def _generic_forces(text: str, mentions: list[PlaceMention], context: Place | None,
                    gaz: Gazetteer, reporting: Place | None = None) -> list[Force]:
    out: list[Force] = []
    candidates = _generic_candidates(text)
    if not candidates:
        return out
    taken = [(m.start, m.end) for m in mentions]
    for level, start, end in candidates:
        # 湖南省公安厅: the 省公安厅 part belongs to the named mention before it
        if any(s <= start < e + 1 for s, e in taken):
            continue
        topic = next((p for p in reversed(mentions) if p.end <= start
                      and TOPIC_GAP.match(text[p.end:start])), None)
        local = topic.place if topic else context
        if level == "nation":
            out.append(Force(start, end, None, True))
        elif level == "region":
            # 全区: the autonomous region, or the district, whichever the context is
            place = local if local is not None and (
                local.level == "province" or local.name.endswith("区")) else None
            if place is not None:
                out.append(Force(start, end, place, topic is None))
        elif level == "city" and (place := _city_of(gaz, local, reporting)) is not None:
            out.append(Force(start, end, place, topic is None))
        elif local is not None:
            place = local if level == "same" else _parent(gaz, local, level)
            # tied to a place named just before it (在重庆，市公安局), it is as good as named
            out.append(Force(start, end, place, topic is None))
    return out


def find_forces(text: str, context: Place | None, gaz: Gazetteer,
                reporting: Place | None = None, own_context: bool = False) -> list[Force]:
    """Forces named in one sentence, left to right (see _find_forces). Memoised: the
    document's force, a unit's force and each sentence read the same sentences again."""
    if not gaz.names_any(text) and not _generic_candidates(text):
        # no place name and no unnamed force (about 40% of the calls): no force under any
        # context, without hashing the contexts for the memo's key
        return []
    if _context_free(text, gaz):
        # the same forces under every context: read once, whoever asks (the document's
        # force, the unit's, the sentence's own paragraph)
        context, reporting, own_context = None, None, False
    return list(_find_forces_cached(text, context, gaz, reporting, own_context))


def _context_free(text: str, gaz: Gazetteer) -> bool:
    """True when the forces of ``text`` cannot depend on the context, the reporting force or
    own_context: it holds no unnamed force (each is read against the context) and its named
    forces are context-free (_names_context_free)."""
    return not _generic_candidates(text) and _names_context_free(text, gaz)


@functools.lru_cache(maxsize=8192)
def _names_context_free(text: str, gaz: Gazetteer) -> bool:
    """True when the named forces of ``text`` cannot depend on the context: each place name
    in it has one candidate (gaz.settled_mentions), and none of the tests of _named_forces
    that read the context applies to any of them (an everyday word's name, a partner force, a
    police station's name, a force a fraudster poses as). Memoised as _generic_candidates is."""
    mentions = gaz.settled_mentions(text)
    return mentions is not None and not any(
        m.surface in ORDINARY_WORD_NAMES or _partner(text, m) or STATION_AFTER.match(text, m.end)
        or posed_as(text, m.start)
        for m in mentions)


@functools.lru_cache(maxsize=8192)
def _settled_named_forces(text: str, gaz: Gazetteer) -> tuple[Force, ...]:
    """The named forces of a text whose names are context-free, read once for every context."""
    return tuple(_named_forces(text, gaz.settled_mentions(text) or [], gaz))


@functools.lru_cache(maxsize=8192)
def _find_forces_cached(text: str, context: Place | None, gaz: Gazetteer,
                        reporting: Place | None, own_context: bool) -> tuple[Force, ...]:
    return tuple(_find_forces(text, context, gaz, reporting, own_context))


def _find_forces(text: str, context: Place | None, gaz: Gazetteer,
                 reporting: Place | None = None, own_context: bool = False) -> list[Force]:
    """Forces named in one sentence, left to right. ``reporting`` is the unit's own force,
    which an unnamed city force (全市, 市公安局) falls back to; ``own_context`` says the
    context is the article's own (its body), not a host page's seen from a blurb. When the
    names are context-free, only the unnamed forces are read against this context."""
    if _names_context_free(text, gaz):
        mentions = gaz.settled_mentions(text) or []
        named = list(_settled_named_forces(text, gaz))
    else:
        mentions = gaz.find_mentions(text, within=context)
        named = _named_forces(text, mentions, gaz, context, own_context)
    return sorted(named + _generic_forces(text, mentions, context, gaz, reporting),
                  key=lambda f: f.start)


# 一面来自晋江的锦旗 / 家住某县的王女士: where a person or a thing comes from, not the force
ORIGIN_BEFORE = re.compile(r"(?:来自|家住|老家|老家在|籍贯|户籍地)$")


def first_place(text: str, context: Place | None, gaz: Gazetteer) -> Place | None:
    """The most specific place of a title that names no force (河南郑州半年…→ 郑州市), not a
    person's or a thing's origin (来自晋江的锦旗)."""
    mentions = [m for m in gaz.find_mentions(text, within=context)
                if not ORIGIN_BEFORE.search(text, max(0, m.start - 4), m.start)]
    best: Place | None = None
    for m in mentions:
        if best is None or (m.place.adcode.startswith(best.adcode.rstrip("0")[:2])
                            and len(m.place.adcode.rstrip("0")) > len(best.adcode.rstrip("0"))):
            best = m.place
    return best


_BRANCH_STEM = re.compile(r"(?:公安厅|公安局|公安|市局)([\u4e00-\u9fff]{1,4})$")
_BARE_BRANCH = re.compile(r"(?:区)?(?:公安)?分局")


def named_branches(text: str, forces: list[Force]) -> dict[str, Place]:
    """大庆市公安局东湖分局 → {"东湖": 大庆市}: a branch the text names under its city's force,
    so that a later bare 东湖分局 stays that city's branch (and is not 南昌's 东湖区)."""
    out: dict[str, Place] = {}
    for f in forces:
        if f.place is None or not BRANCH_AFTER.match(text, f.end):
            continue
        m = _BRANCH_STEM.search(text, f.start, f.end)
        if m is not None and m.end() == f.end:
            out[m.group(1)] = f.place
    return out


def with_named_branches(text: str, forces: list[Force], known: dict[str, Place]) -> list[Force]:
    """Forces named by a bare branch name (东湖分局接到报警) take the place of the branch of
    that name the text named earlier under its city's force (named_branches)."""
    out = []
    for f in forces:
        name = text[f.start:f.end]
        place = known.get(name) or known.get(name[:-1] if name.endswith("区") else "")
        if place is not None and f.place != place and _BARE_BRANCH.match(text, f.end):
            f = Force(f.start, f.end, place, f.generic, f.each, f.row)
        out.append(f)
    return out

