"""The reporting force: whose figures a document (or a related-news blurb) reports.

A figure belongs to the force that achieved it (ANNOTATION: region). When a sentence names no
force, its figures fall to the unit's own force, found here, in this order:
1. a nationwide bulletin (公安部：全国…, a 全国 title that is no local report) has none — unless
   its lead says the ministry directed a named force (公安部组织指挥某省公安机关破获…);
2. the first force named in the body (a place with a police word, or the subject of a result
   verb), not a breakdown row; when the named forces lie in different provinces, the place
   the text names most often (a 大庆 story that hands suspects to 东莞公安局);
3. in a case story a provincial force announces (湖南省公安厅宣布侦破一起…), the force inside
   the province that took the case on (汨罗市公安局接到报警, …成立专案组);
4. a lead whose actor is the province's own force, unnamed (省公安厅会同市公安局…, 全省共破获…),
   with no named force in it: the province of the places the body names most;
5. else the title's place (not an origin: 来自晋江的锦旗); else a local channel in the breadcrumb
   (东南网 > 宁德频道); else, when the body speaks of 我县/全县 (我市/市反诈中心), the county
   (the city) of the place it names most (云上嘉鱼报道 … 我县召开 → 嘉鱼县); else, when it names no
   place at all, the place of its local outlet (辽宁日报 … 全省公安机关 → 辽宁省).
"""
from __future__ import annotations

import csv
import functools
import re
from pathlib import Path
from typing import Callable

from parsers.gazetteer import ZONE_WORDS, Gazetteer, Place
from parsers.regions import PARTNER_AFTER, PASSING_FORCE, find_forces, first_place, posed_as
from parsers.units import Sentence

TITLE_MAX = 60  # a "title" longer than this is a paragraph the page offered as one
# 本报北京8月28日电?。 / 新华社长沙1月16日电 — a dateline and nothing else; or a mirror's page
# stamp (时间:2019-12-26 17:24:11次数:3814), which no sentence of the report comes before
DATELINE_ONLY = re.compile(r"^\S{0,16}?\d{1,2}月\d{1,2}日(?:电|讯|消息)\W*$"
                           r"|^(?:(?:发布)?时间|日期)?[:：]?\s*(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?"
                           r"\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:(?:次数|点击|浏览|阅读)[^\d\s]{0,3}\s*\d+)?\s*$")
NATIONAL_FORCE = re.compile(r"全国公安机关|公安部(?!门)|国家反诈中心")
NATIONAL = re.compile(r"全国|公安部|国家反诈中心")
LOCAL_SELF = re.compile(r"[我本全][省市县区州]")  # 在全国…趋势中，我市…: a local report
CITY_SELF = re.compile(r"我市|全市|本市|市公安局|(?<![\u4e00-\u9fff])林区公安局|全林区|市反(?:电信网络|电)?诈骗?中心|市局|市[、]?[区县](?:[、]?[县区])?[两三]级")  # 市区两级公安机关: the city's own force at both levels
PROVINCE_SELF = re.compile(r"全省|我省|本省|省公安厅|省厅|省反诈")
# 全区 / 自治区公安厅: an autonomous region's own force — or a district's (全区 of 某区), so it
# stands for the province only when the body's places lie in an autonomous region and no
# district force is named
REGION_SELF = re.compile(r"全区|自治区公安厅|区公安厅|自治区反诈")
COUNTY_SELF = re.compile(r"我县|全县|本县|县公安局|我旗|全旗|旗公安局")
STATION_SELF = re.compile(r"派出所|警务站")
LOWER_SELF = re.compile(CITY_SELF.pattern + "|" + COUNTY_SELF.pattern)
# a force taking a case on: 接到报警, 成立专案组, 立即/迅速 开展侦查
CASE_TAKEN = re.compile(r"[^，,。；;]{0,6}?(?:接到|接报|受理|立案|成立[^，,。；;]{0,8}专案组|立即|迅速|抽调)"
                        # 记者从宁夏吴忠市公安局获悉，吴忠警方于近日破获一起…: the force that solved it
                        # (嘉峪关市公安局在工作中发现有市民参与…诈骗: the force that found the crime)
                        r"|(?:警方|公安局|公安机关)[^，,。；;]{0,6}?(?:破获|侦破|打掉|捣毁|(?:工作|侦查|巡查|排查|研判)中发现)")
CASE_STORY = re.compile(r"(?:侦破|破获|打掉|告破|摧毁|押解)[^，,。；;]{0,4}?(?:一起|一个|一特大|特大|重大)|一起[^，,。；;]{0,12}案|专案")
AGGREGATE_WORDS = re.compile(r"全省|全区|全市|全国|今年以来|年以来|上半年|共破获|累计|\d+起|[两三四五六七八九十多]起")


def unit_place(unit_sentences: list[Sentence], gaz: Gazetteer, fallback: Place | None,
               headline_only: bool) -> Place | None:
    """A unit's own force: the first force of its headline, else of any of its sentences."""
    pool = unit_sentences[:1] if headline_only else unit_sentences
    for s in pool:
        forces = [f for f in find_forces(s.text, fallback, gaz) if f.place and not f.generic and not f.row]
        if forces:
            return forces[0].place
    if headline_only:
        return unit_place(unit_sentences, gaz, fallback, headline_only=False)
    return None


def _case_force(body: list[Sentence], province: Place, gaz: Gazetteer) -> Place | None:
    """In a case story announced by a provincial force (湖南省公安厅召开发布会，宣布侦破一起…),
    the force that took the case on (汨罗市公安局接到报警 / 齐齐哈尔市公安局成立专案组)."""
    for s in body:
        for f in find_forces(s.text, province, gaz):
            if (f.place is not None and not f.generic and f.place.level != "province"
                    and f.place.province == province.province and CASE_TAKEN.match(s.text, f.end)):
                return f.place
    return None


# 广东警方打掉… / 甘肃警方跨省捣毁…: a headline naming a province's police by its short name
# (安徽破获特大电信诈骗案: the province's name alone as the subject of the case's verb)
PROVINCE_POLICE_HEADLINE = re.compile(r"([\u4e00-\u9fff]{2,3}?)(?:警方|(?=破获|侦破|打掉|捣毁|摧毁))")
HEADLINE_TOTALS = re.compile(r"\d{4}年|今年|去年|共|全|累计|上半年|以来|一年|成绩")


def _one_city_under_a_province_headline(title: str, body: list[Sentence], named: list[Place], province: Place,
                                        gaz: Gazetteer) -> Place | None:
    """广东警方打掉特大洗钱团伙 / 记者从广东肇庆市公安局获悉，当地警方…: an outlet's headline calls
    a city's police by their province's name (one case, no totals in the headline); when every
    other force the body names lies in that one city and the body never speaks as the
    province's own force (全省, 省公安厅, 全区), the city is the reporting force — the county,
    when every one of them is that one county's."""
    m = PROVINCE_POLICE_HEADLINE.search(title)
    if m is None or not province.name.startswith(m.group(1)) or province.city == province.name:
        return None  # (北京警方 / 上海警方: a municipality's police are its city's own force)
    if HEADLINE_TOTALS.search(title) or any(PROVINCE_SELF.search(s.text) or REGION_SELF.search(s.text) for s in body):
        return None
    lower = [p for p in named if p.level != "province"]
    if not lower or any(p.province != province.province for p in named):
        return None
    if len({p.adcode[:4] for p in lower}) != 1:
        return None
    if len({p.adcode for p in lower}) == 1 and lower[0].level == "county":
        return lower[0]  # 记者从安徽省芜湖市繁昌县公安局了解到…: one county's force throughout
    return gaz.by_adcode(lower[0].adcode[:4] + "00") or lower[0]


LEAD_LINE_MIN = 12


def _lead_prose(body: list[Sentence]) -> str:
    """The lead's first three lines of prose: not the title's pieces and share counters a
    mirror puts before it (面膜有问题… / 0 / 分享至)."""
    return "".join([s.text for s in body if len(s.text) >= LEAD_LINE_MIN][:3])


def _lead_totals(body: list[Sentence]) -> bool:
    """The lead's first three lines of prose give totals (AGGREGATE_WORDS)."""
    return bool(AGGREGATE_WORDS.search(_lead_prose(body)))


def _case_story(title: str | None, body: list[Sentence]) -> bool:
    """The page reports one case (侦破一起…案, 特大…团伙), not a jurisdiction's totals."""
    lead = (title or "") + _lead_prose(body)
    return bool(CASE_STORY.search(lead)) and not AGGREGATE_WORDS.search(lead)


def _most_named(body: list[Sentence], candidates: list[Place], gaz: Gazetteer) -> Place:
    """东北网 story on 大庆 that hands 3 suspects to 东莞公安局: when the named forces lie in
    different provinces, the place the text names most often is the reporting one."""
    counts: dict[str, int] = {}
    for s in body:
        for m in gaz.find_mentions(s.text):
            counts[m.place.adcode] = counts.get(m.place.adcode, 0) + 1
    return max(candidates, key=lambda p: (counts.get(p.adcode, 0), -candidates.index(p)))


def national_report(body: list[Sentence], title: str | None, gaz: Gazetteer) -> bool:
    """公安部：2022年全国共破获…: the page reports the nation's figures — its headline (or, for a
    page whose "title" is a paragraph, its lead) names the nation and no local force."""
    # a page that offers a paragraph as its title is judged by its first sentence instead
    real_title = bool(title) and len(title) <= TITLE_MAX  # type: ignore[arg-type]
    # (本报北京8月28日电。 split off as a sentence of its own is the lead's dateline: the next one)
    head = title if real_title else next((s.text for s in body if not DATELINE_ONLY.match(s.text)), "")
    national = NATIONAL if real_title else NATIONAL_FORCE  # a sentence must name the force
    return bool(head and national.search(head) and not LOCAL_SELF.search(head) and not any(
        not f.generic for f in find_forces(head, None, gaz)) and not _ministry_directs(body, gaz))


def document_place(body: list[Sentence], title: str | None, gaz: Gazetteer,
                   breadcrumbs: tuple[str, ...] = ()) -> Place | None:
    """The document's reporting force (rules 1–5 above); None for a nationwide bulletin
    (national_report) and for a page whose force is not found. ``breadcrumbs``: the page's
    navigation lines that cleaning dropped as chrome, in Simplified script (for rule 5's
    local channel)."""
    real_title = bool(title) and len(title) <= TITLE_MAX  # type: ignore[arg-type]
    if national_report(body, title, gaz):
        return None
    named = _named_in_order(body, gaz)
    place = named[0] if named else None
    if place is not None and len({p.province for p in named}) > 1 and not (
            place.level == "province" and _lead_totals(body)):
        # (not when a province's police open the lead with totals: 1月27日起，广东警方全面启动…专项
        # 行动，…共侦破…案334起 — the cases told after it, 深圳's and 武汉's, are examples)
        place = _most_named(body, list(dict.fromkeys(named)), gaz)
    if place is not None and place.level == "province" and _case_story(title, body):
        place = _case_force(body, place, gaz) or place
    if place is not None and place.level == "province" and real_title:
        place = _one_city_under_a_province_headline(title, body, named, place, gaz) or place  # type: ignore[arg-type]
    province = _province_lead(body, gaz, title if real_title else None)
    if province is not None and (place is None or place.province == province.province):
        place = province
    if place is None and title:
        place = first_place(title, None, gaz)
    if place is None:
        place = _channel_place(breadcrumbs, gaz)
    if place is None and any(COUNTY_SELF.search(s.text) for s in body):
        place = _body_place(body, gaz, "county")
    if place is None and any(CITY_SELF.search(s.text) for s in body):
        place = _body_city(body, gaz)
    if place is None:
        # 近日,泉州台商投资区在…举行… (泉州晚报): the zone that reports on itself, before the paper's
        # own place, which only a word like 全省 said in passing would set to the province
        place = _zone_place(body, gaz)
    if place is None:
        place = _outlet_place(body, gaz)
    if place is None:
        place = _event_place(body, gaz)
    return place


# 近日，珠海市香洲区就发生了这样一起…反诈追赃事件: where the lead says the story happened (not
# 也/又 发生, another place where it happened too)
HAPPENED_AFTER = re.compile(r"(?:就|近日|日前)?发生(?:了)?")
# 无独有偶，杭州也发生了一起类似案件: a second story elsewhere; 我局/我市: the page speaks of its own
# force, which the place of a story it tells is not
ELSEWHERE_TOO = re.compile(r"类似|同样|无独有偶|也发生|又发生")
SELF_NAMED = re.compile(r"我局|我市|我县|我区|我省|本局")


def _event_place(body: list[Sentence], gaz: Gazetteer) -> Place | None:
    """Last of all, on a page that names no force and does not speak of its own (我局): the
    first place its first lines name, when the lead says the story happened there
    (珠海市香洲区就发生了这样一起…) — a case is worked by the force where it happened."""
    if any(SELF_NAMED.search(s.text) for s in body):
        return None
    for s in body[:OUTLET_LINES]:
        mentions = gaz.find_mentions(s.text)
        if not mentions:
            continue
        if ELSEWHERE_TOO.search(s.text):
            return None
        # the first place the page names; a county right after its city (珠海市香洲区) is that place
        first = mentions[0]
        last = first
        for m in mentions[1:]:
            if m.start != last.end:
                break
            last = m
        return last.place if HAPPENED_AFTER.match(s.text, last.end) else None
    return None


# 肇庆高新区在反诈战场上的功绩: a city's development zone reporting on itself
ZONE_AFTER = re.compile(ZONE_WORDS)


def _zone_place(body: list[Sentence], gaz: Gazetteer) -> Place | None:
    """Last: a city named right before one of its development zones in the first lines (the
    zone is no division of its own; its results are the city's)."""
    for s in body[:OUTLET_LINES]:
        for m in gaz.find_mentions(s.text):
            if ZONE_AFTER.match(s.text, m.end) and m.place.level == "city":
                return m.place
    return None


# 辽宁日报·2025-10-30 / 来源：陕西日报 / 岳阳日报讯: a local paper names the place it covers
OUTLET = re.compile(r"([\u4e00-\u9fff]{2,4}?)(?:日报|晚报|晨报|都市报|法制报|新闻网)")
OUTLET_LINES = 6
OUTLETS_FILE = Path(__file__).parent / "data" / "outlets.csv"


@functools.lru_cache(maxsize=1)
def _known_outlets() -> tuple[dict[str, str], re.Pattern[str] | None]:
    """半岛晨报 → 大连市, 西江日报 → 肇庆市: outlets whose names hold no place (data/outlets.csv)."""
    lines = [line for line in OUTLETS_FILE.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    table = {row["outlet"]: row["adcode"] for row in csv.DictReader(lines)}
    names = sorted(table, key=len, reverse=True)
    return table, (re.compile("|".join(map(re.escape, names))) if names else None)


# 高新区公安分局 / 高新园区公安分局: a city's branch named without its city
# 市公安局轨道交通管理分局民警打掉…窝点: a branch of the city's force acts — the city's story, though
# it says 均为我省同类案件之最 in passing
# (not 各市公安局督促各分局 / 其中，市公安局刑侦支队…: the branch must be named and act)
CITY_BRANCH = re.compile(r"(?<!各)市公安局[\u4e00-\u9fff]{2,8}?分局(?:民警)?[^，,。；;]{0,4}?(?:打掉|破获|侦破|捣毁|抓获)")
UNNAMED_BRANCH = re.compile(r"(?<![\u4e00-\u9fff]{2}[市县])(?:高新|经开|开发|新|高新园|保税)区公安分局")


def _outlet_place(body: list[Sentence], gaz: Gazetteer) -> Place | None:
    """When the body speaks of its own force unnamed (全省公安机关, 我省, 市公安局, 全县, 高新区公安分局)
    and names no place at all, the place of the local outlet in its first lines (its name, or
    data/outlets.csv for a name that holds none: 半岛晨报 → 大连市), at the level the body
    speaks of."""
    text = "".join(s.text for s in body)
    level = ("city" if UNNAMED_BRANCH.search(text) or CITY_BRANCH.search(text)
             else "province" if PROVINCE_SELF.search(text)
             else "city" if CITY_SELF.search(text) else "county" if COUNTY_SELF.search(text)
             # 来源:富阳日报 … 市民金先生跑进城东派出所: a station of the outlet's own district or county
             else "county" if STATION_SELF.search(text) else None)
    if level is None:
        return None
    table, known = _known_outlets()
    for s in body[:OUTLET_LINES]:
        found_places = [first_place(m.group(1), None, gaz) for m in OUTLET.finditer(s.text)]
        if known is not None:
            found_places += [gaz.by_adcode(table[m.group(0)]) for m in known.finditer(s.text)]
        for found in found_places:
            if found is None:
                continue
            if level == "province":
                return gaz.by_adcode(found.adcode[:2] + "0000")
            if level == "city" and found.level == "province" and found.city == found.name:
                return found  # 北方网 → 天津市: a municipality is its own city
            if level == "city" and found.level != "province":
                return gaz.by_adcode(found.adcode[:4] + "00") or found
            if level == "county" and found.level == "county":
                return found
            if level == "county" and found.level == "city":
                return found  # 西安晚报 … 长乐中路派出所: a station of the city's, its district unsaid
    return None


# 您所在的位置：东南网 > 宁德频道首页: a news site's local channel names the place it covers
CHANNEL = re.compile(r"([\u4e00-\u9fff]{2,8}?)频道")


def _channel_place(breadcrumbs: tuple[str, ...], gaz: Gazetteer) -> Place | None:
    """The place of a local channel in the page's breadcrumb, when nothing else names one."""
    for line in breadcrumbs:
        for m in CHANNEL.finditer(line):
            place = first_place(m.group(1), None, gaz)
            if place is not None:
                return place
    return None


# 公安部组织指挥云南省公安机关破获…: the ministry directed, the named force did the work
MINISTRY_DIRECTS = re.compile(r"公安部(?:统一)?(?:组织|指挥|部署|指导|督办)+")


def _ministry_directs(body: list[Sentence], gaz: Gazetteer) -> bool:
    """The lead says the ministry directed a named force (公安部组织指挥某省公安机关…)."""
    for s in body[:3]:
        m = MINISTRY_DIRECTS.search(s.text)
        if m and any(f.place is not None and not f.generic and f.start >= m.end()
                     for f in find_forces(s.text, None, gaz)):
            return True
    return False


def _named_in_order(body: list[Sentence], gaz: Gazetteer) -> list[Place]:
    """The forces the body names, in order; once one is named, it is the context that
    settles the later ambiguous ones (兰州市公安局城关分局 … 城关分局迅速抽调: 兰州's 城关区,
    not 拉萨's)."""
    named: list[Place] = []
    # before any force is named, the first city the body names without ambiguity settles
    # an ambiguous one (新城警方返还… / 在西安市公安局新城分局…: 西安's 新城区, not 呼和浩特's)
    # (else the first such county: 东乡县公安局 … 从广河县将2人抓获 — 临夏's 东乡, not 江西's)
    # (not a place a fraudster's pretended force names: 自称是“广州市公安局”的人)
    first_city = _first_settled(body, gaz)
    for s in body:
        context = named[0] if named else first_city
        named += [f.place for f in find_forces(s.text, context, gaz)
                  if f.place and not f.generic and not f.row]
    return named


def _first_settled(body: list[Sentence], gaz: Gazetteer) -> Place | None:
    """The first city the body names without ambiguity, else its first such county; the
    scan stops at that city instead of reading every sentence's places."""
    county = None
    for s in body:
        for m in gaz.find_mentions(s.text):
            if m.ambiguous or m.place.level not in ("city", "county") or posed_as(s.text, m.start):
                continue
            if m.place.level == "city":
                return m.place
            county = county or m.place
    return county


def _province_lead(body: list[Sentence], gaz: Gazetteer, title: str | None = None) -> Place | None:
    """省公安厅会同市公安局召开通气会 / 报告显示，今年上半年，全省共破获…: a lead whose actor is
    the province's own force, unnamed, with no named force in it: the province of the places
    the body names most (成都市反诈骗中心 → 四川省; 中国甘肃网 … 兰州 → 甘肃省)."""
    lead = [s.text for s in body[:3]]
    if title:
        lead.insert(0, title)  # 2020年5月下半月全区电信网络诈骗警情通报 under a few lines of chrome
    for text in lead:
        m = PROVINCE_SELF.search(text) or REGION_SELF.search(text)
        if m is None or PASSING_FORCE.match(text, m.end()) or PARTNER_AFTER.match(text, m.end()) \
                or text[max(0, m.start() - 1):m.start()] == "从":
            continue
        if LOWER_SELF.search(text, 0, m.start()):
            return None  # 自市反诈中心成立以来…省反诈中心的支持下: the city's own report
        if any(f.place and not f.generic for f in find_forces(text, None, gaz)):
            return None
        best = _body_place(body, gaz, "province", "city", "county")
        province = gaz.by_adcode(best.adcode[:2] + "0000") if best else None
        if province is not None and REGION_SELF.fullmatch(m.group(0)) and not (
                province.name.endswith("自治区") and not _district_force(body, gaz)):
            return None
        return province
    return None


def _district_force(body: list[Sentence], gaz: Gazetteer) -> bool:
    """The body names a district's force (某区公安分局): its 全区 is the district."""
    return any(f.place.level == "county" and f.place.name.endswith("区")
               for s in body for f in find_forces(s.text, None, gaz) if f.place and not f.generic and not f.row)


def _body_place(body: list[Sentence], gaz: Gazetteer, *levels: str,
                counted_as: Callable[[Place], Place] | None = None,
                story_only: bool = False) -> Place | None:
    """The place of one of ``levels`` the body names most (not an ambiguous name); with
    ``counted_as``, each mention counts for the place it maps to (a county for its city).
    ``story_only``: not a host site's greeting (GREETING) nor where officers travelled to
    (TRAVELLED_TO)."""
    counts: dict[str, tuple[int, Place]] = {}
    for s in body:
        if story_only and GREETING.search(s.text):
            continue
        for m in gaz.find_mentions(s.text):
            if story_only and TRAVELLED_TO.search(s.text, max(0, m.start - 6), m.start):
                continue
            if m.place.level in levels and not m.ambiguous:
                place = counted_as(m.place) if counted_as else m.place
                n, _ = counts.get(place.adcode, (0, place))
                counts[place.adcode] = (n + 1, place)
    return max(counts.values(), key=lambda c: c[0])[1] if counts else None


def _body_city(body: list[Sentence], gaz: Gazetteer) -> Place | None:
    """我市/市反诈中心 with no force named anywhere: the city of the place the body names
    most (独山子区召开推进会 … 我市 → 克拉玛依市)."""
    # counted by city, a county's mention for its city (海陵区闸坡镇 is 阳江's island, named
    # once; 阳东区 and 阳江市 name 阳江 twice — not 泰州's 海陵区)
    return _body_place(body, gaz, "city", "county",
                       counted_as=lambda p: gaz.by_adcode(p.adcode[:4] + "00") or p, story_only=True)


# 您好，欢迎您来到邯郸之窗！: the host site's greeting names the site's town, not the story's
# (a reposted 长江日报 story of 市公安局's); a police site's own greeting (欢迎访问安康市公安局门户网站) names its force
GREETING = re.compile(r"欢迎(?:您|你)?(?:来到|访问|光临|进入)(?![^。！!]{0,12}(?:公安|警))")
# 赴湖南娄底市抓获主要嫌疑人: where officers went to make arrests, not whose they are
TRAVELLED_TO = re.compile(r"(?:赴|前往|奔赴|远赴|赶赴|转战|飞赴)[\u4e00-\u9fff]{0,3}$")


def announced_case(doc_place: Place | None, body: list[Sentence], gaz: Gazetteer) -> bool:
    """True when the document is a case story its provincial force announces while a force
    inside the province took the case on: then the province named as actor (湖南公安组织
    警力…抓获38名) stands for that force."""
    if doc_place is None or doc_place.level == "province":
        return False
    # only the first named force counts: stop at it rather than read the rest of the body
    first = next((f.place for s in body for f in find_forces(s.text, None, gaz)
                  if f.place and not f.generic and not f.row), None)
    return first is not None and first.level == "province" and first.province == doc_place.province
