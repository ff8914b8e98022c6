"""Chinese administrative divisions: names → places, and place mentions in running text.

Data: cpca's resources/adcodes.csv (read as plain data; cpca's own matcher is not used because
it hits ordinary words such as 合作 → 合作市). Level and parents come from the adcode:
PP0000 province, PPCC00 prefecture city, anything else county. Two special cases follow the
gold data: districts of 北京/上海/天津/重庆 have city = the municipality (and the municipality
itself carries city = its own name), and province-directed county-level units (city part 90:
仙桃市, 东方市, 石河子市 …) are their own city. Placeholder rows (市辖区, 县, 省直辖县级行政区划)
are not places.

Matching runs on jieba tokens (parsers.segment), so a name only matches as a whole token or
a run of whole tokens: 东方今报, 合作社, 大河报 never become places.

Disambiguation (one rule for lookup and find_mentions), candidates narrowed step by step:
 1. a branch (X分局) keeps only county-level candidates when there are any;
 2. the context place (`within`): candidates in its city, else in its province;
 3. find_mentions only: other unambiguous places in the same text, nearest first, same way;
 4. rank: province > city > county, then municipality > provincial capital (city code 01)
    > other. A unique best candidate wins; a tie is "ambiguous" (lookup → None;
    find_mentions keeps the lowest-adcode tied candidate and sets ambiguous=True).
"""
from __future__ import annotations

import csv
import functools
import hashlib
import importlib.util
import operator
import pickle
import re
from collections import defaultdict
from dataclasses import dataclass
from itertools import repeat
from pathlib import Path
from typing import Literal

from parsers import localcache, segment

Level = Literal["province", "city", "county"]
LEVEL_RANK: dict[str, int] = {"province": 3, "city": 2, "county": 1}
MUNICIPALITIES: frozenset[str] = frozenset({"11", "12", "31", "50"})
PLACEHOLDER_NAMES: frozenset[str] = frozenset({"市辖区", "县"})

# Names that are also everyday words (reviewed by hand from the division names that jieba's
# dictionary knows as non-place words). They count as places only right before a force word
# (东方市公安局, 城区分局, 平安警方), never on their own (东方红, 和平年代, 平安建设, 大兴调研).
ORDINARY_WORD_NAMES: frozenset[str] = frozenset("""
    合作 东方 城区 郊区 矿区 城中 城东 城西 城北 市中 新市 老城 新城 古城 商城 山城 城厢
    和平 平安 安定 安宁 太平 长寿 富裕 吉利 大方 安居 乐业 友好 友谊 共和 同心 博爱 阿里
    解放 前进 前锋 复兴 振兴 宏伟 新兴 新华 新建 红旗 红星 东风 向阳 工农 回民 爱民 惠民 富民 新民
    资源 武功 比如 南部 港口 海港 通道 中方 延长 万年 光泽 南岸 会同 大名 清水 高明 长子 清新
    平定 芙蓉 洞口 太和 温泉 石门 三元 互助 建平 威信 莲花 平和 名山 黄龙 六合 白云 桃源 建华
    三门 大观 永和 二七 台前 金山 石棉 丰满 永福 永新 双桥 保康 高台 九龙 二道 无为 民权 小店
    宝塔 元宝 平房 太白 定远 白玉 灯塔 大兴 木兰 天涯 七星 海棠 同仁 钟楼 马尾 方正 永平 黑水
    龙凤 大通 南关 灵山 钟山 湖滨 紫金 白河 临江 江口 三江 三山 盘龙 麒麟 凤凰 运河 上街 兴隆
    长安 江南 江北 江东 江岸 江海 河东 河西 河口 东湖 南湖 北湖 西湖 东海 南海 银海 沙河 沿河
    青山 南山 东山 西山 宝山 中山 普陀 泰山 庐山 天山 井冈山 龙门 天桥 牡丹 东坡 大城 南郊 南城
    永定 桥东 桥西 路南 路北 铁东 铁西 和顺 龙井 中原 甘泉 江山 卧龙 大关 东安 清河
""".split())
# Short names that are almost always generic words even before a force word (公安民警,
# 全州公安机关 = the whole prefecture): never used; the full names 公安县/全州县 still match.
NEVER_SHORT_NAMES: frozenset[str] = frozenset({"公安", "全州"})

# A city's development zones, no divisions of their own: their police and their results are
# the city's (苏州工业园区公安分局, 肇庆高新区在反诈战场上的功绩, 泉州台商投资区, 兰州新区公安局)
ZONE_WORDS = r"高新技术产业开发区|经济技术开发区|高新区|经开区|开发区|工业园区|台商投资区|综合保税区|保税区|新区"

ZONE_WORD = re.compile(ZONE_WORDS)

# Words after a name that make it a police force: 郑州市公安局, 开封警方, 城关分局, 兰州公安.
FORCE_AFTER = re.compile(
    # 新疆生产建设兵团第十二师公安局: a 兵团 division's own force
    # 苏州工业园区公安分局 / 肇庆高新区公安分局: a city's development zone's branch — the city's
    r"\s*[省市县区州旗盟]?(?:第[一二三四五六七八九十]{1,3}师|" + ZONE_WORDS + r")?"
    # 济宁市、县两级公安机关 / 某市县区两级公安机关: the city's force at both levels
    r"(?:、?[市县区](?:、?[县区])?(?=[两三]级))?"
    # 上海铁路公安局 / 衡阳铁路公安处: the railway police seated in the city named
    r"(?:两级|三级|各级|等地?)?(?:铁路)?(?:公安厅|公安局|公安分局|公安处|公安机关"
    # bare 公安 is the force (兰州公安), not a modifier (山西公安大数据平台, 平安公安工作)
    r"|公安(?!大数据|数据|平台|工作|系统|信息|政务|新媒体|微博|微信|宣传|队伍|改革|科技|专网|网)|市局|县局|区局|分局"
    r"|警方|警察|民警|刑警|刑侦|网警|反诈中心|反诈骗中心|反电诈中心|派出所|警务"
    # 丹东边境管理支队 / 深圳湾边检站: the border (immigration) police seated in the place named
    r"|边境管理(?:支队|大队)|边境派出所|边检站"
    # 长春市反电信网络新型违法犯罪中心 / 某市反电信网络诈骗中心: the centre's full name
    r"|反电信网络(?:新型)?(?:违法犯罪|诈骗|犯罪)?中心)"
)
BRANCH_AFTER = re.compile(r"\s*[区县市旗]?(?:公安)?分局")
# 深圳大鹏警方 / 某市两江新区公安分局: a city's police in a zone or area the division list does not
# hold (大鹏新区, 两江新区 are no counties) — the city's force, as a development zone's branch is
UNLISTED_UNIT_FORCE = re.compile(r"(?![两多各三几]地)[\u4e00-\u9fff]{2}(?:新区|港区)?(?:警方|公安分局)")
# A name and its force word may be split over at most this many tokens (浦东|新区).
MAX_RUN_TOKENS = 4


@dataclass(frozen=True)
class Place:
    adcode: str  # 6 digits
    name: str  # full official name
    level: Level
    province: str
    city: str | None  # municipality name for 北京/上海/天津/重庆 and their districts
    county: str | None
    lon: float
    lat: float

    def __hash__(self) -> int:
        # the adcode alone (equal places have equal adcodes): places are memo keys of every
        # sentence's forces, and the generated hash made a tuple of all eight fields each time
        return hash(self.adcode)


# Taiwan, Hong Kong and Macau (cpca lists them): a figure placed there is that police's
# result, which is no fact (ANNOTATION: only mainland police results)
NON_MAINLAND_PREFIXES = ("71", "81", "82")


def is_mainland(place: Place) -> bool:
    return not place.adcode.startswith(NON_MAINLAND_PREFIXES)


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    surface: str
    place: Place  # best resolution given context
    candidates: tuple[Place, ...]  # everything the surface could be
    force: bool  # followed by a police-force word
    branch: bool  # a district branch (城关分局) resolved to a county
    ambiguous: bool = False  # the tie could not be broken; place is only a guess


# ---------------------------------------------------------------- reading the division list

DIVISIONS_UPDATE = Path(__file__).parent / "data" / "divisions_update.csv"


@functools.lru_cache(maxsize=None)
def _cpca_file(name: str) -> Path:
    """A data file of cpca's, found without importing cpca (its __init__ imports
    pkg_resources and its matcher: ~0.1 s of every process's start-up)."""
    spec = importlib.util.find_spec("cpca")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("cpca is not installed")
    return Path(list(spec.submodule_search_locations)[0]) / name


def _read_rows() -> list[tuple[str, str, float | None, float | None]]:
    """(adcode6, name, lon, lat) for every division: cpca's adcodes.csv brought up to the
    Ministry of Civil Affairs list of 2021 by data/divisions_update.csv (那曲地区 → 那曲市,
    莱芜市 into 济南市, 荔浦县 → 荔浦市; made by scripts/divisions_update.py), so the names
    and codes are today's, as the gold and the map's boundaries use them."""
    source = _cpca_file("resources/adcodes.csv")
    rows: dict[str, tuple[str, str, float | None, float | None]] = {}
    with source.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            lon = float(row["longitude"]) if row["longitude"] else None
            lat = float(row["latitude"]) if row["latitude"] else None
            rows[row["adcode"][:6]] = (row["adcode"][:6], row["name"].strip(), lon, lat)
    for row in _update_rows():
        code = row["adcode"]
        if row["change"] == "remove":
            rows.pop(code, None)
        else:  # add, rename
            lon = float(row["lon"]) if row["lon"] else None
            lat = float(row["lat"]) if row["lat"] else None
            rows[code] = (code, row["name"], lon, lat)
    return sorted(rows.values())


def _update_rows() -> list[dict[str, str]]:
    with open(DIVISIONS_UPDATE, encoding="utf-8") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


DIVISION_ALIASES = Path(__file__).parent / "data" / "division_aliases.csv"


def _aliases() -> dict[str, str]:
    """Everyday abbreviations (data/division_aliases.csv): alias → adcode."""
    lines = [line for line in DIVISION_ALIASES.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    return {row["alias"]: row["adcode"] for row in csv.DictReader(lines)}


def _former_names() -> dict[str, str]:
    """Former full name → today's adcode (荔浦县 → 450381, 那曲地区 → 540600, 莱芜市 →
    370116): a page written before a reform still names the place it means."""
    return {row["former"]: row["adcode"] for row in _update_rows()
            if row["change"] != "remove" and row["former"]}


def _is_placeholder(name: str) -> bool:
    return name in PLACEHOLDER_NAMES or name.endswith("直辖县级行政区划")


def _level(adcode: str) -> Level:
    if adcode[2:] == "0000":
        return "province"
    if adcode[4:] == "00" or adcode[2:4] == "90":  # 90: province-directed, its own city
        return "city"
    return "county"


def _build_places(rows: list[tuple[str, str, float | None, float | None]]) -> dict[str, Place]:
    names = {code: name for code, name, _, _ in rows if not _is_placeholder(name)}
    coords = {code: (lon, lat) for code, _, lon, lat in rows if lon is not None and lat is not None}
    places: dict[str, Place] = {}
    for code, name in sorted(names.items()):
        province_code = code[:2] + "0000"
        city_code = code[:4] + "00"
        level = _level(code)
        province = names[province_code]
        if code[:2] in MUNICIPALITIES:
            city = province
        elif level == "province":
            city = None
        elif code[2:4] == "90":
            city = name
        else:
            city = names.get(city_code)
        county = name if level == "county" else None
        # A few rows (定州市, 辛集市, abolished districts) lack coordinates: use the parent's.
        lon, lat = coords.get(code) or coords.get(city_code) or coords[province_code]
        places[code] = Place(code, name, level, province, city, county, lon, lat)
    return places


# ---------------------------------------------------------------- short names

@functools.lru_cache(maxsize=1)
def _nation_names() -> tuple[str, ...]:
    """The 56 ethnic groups (彝族, 土家族 …), longest first, to strip from 自治州/自治县 names."""
    text = _cpca_file("resources/56_nations.csv").read_text(encoding="utf-8")
    nations = {line.strip() for line in text.splitlines() if line.strip().endswith("族")}
    return tuple(sorted(nations, key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _nation_forms() -> tuple[str, ...]:
    """Nation names as division names write them: with 族 (回族) and without (伊犁哈萨克自治州)."""
    forms = set(_nation_names())
    forms |= {n.removesuffix("族") for n in forms if len(n.removesuffix("族")) >= 2}
    return tuple(sorted(forms, key=len, reverse=True))


def _strip_nations(base: str) -> str:
    """临夏回族 → 临夏, 伊犁哈萨克 → 伊犁, 积石山保安族东乡族撒拉族 → 积石山; 东乡族 (nothing
    left) → 东乡."""
    stripped = True
    while stripped:
        stripped = False
        for nation in _nation_forms():
            if base.endswith(nation) and len(base) - len(nation) >= 2:
                base, stripped = base[: -len(nation)], True
                break
    return base[:-1] if base.endswith("族") and len(base) >= 3 else base


PROVINCE_SUFFIXES = ("壮族自治区", "回族自治区", "维吾尔自治区", "特别行政区", "自治区", "省", "市")
LOCAL_SUFFIXES = ("自治州", "自治县", "自治旗", "地区", "特区", "新区", "矿区", "盟", "市", "县", "区", "旗")


def short_names(place: Place) -> set[str]:
    """Everyday names: 荆州市 → 荆州, 临夏回族自治州 → 临夏 / 临夏州, 东乡族自治县 → 东乡 / 东乡县,
    新疆维吾尔自治区 → 新疆.
    One-character results (杞县 → 杞) are dropped: too ambiguous to match on their own."""
    name = place.name
    found: set[str] = set()
    if place.level == "province":
        suffixes: tuple[str, ...] = PROVINCE_SUFFIXES
    elif place.adcode[2:4] == "90" and name.endswith("林区"):
        suffixes = ("林区",)  # 神农架林区 (but 碑林区 is 碑林 + 区)
    else:
        suffixes = LOCAL_SUFFIXES
    for suffix in suffixes:
        if name.endswith(suffix) and len(name) > len(suffix):
            base = name[: -len(suffix)]
            if suffix.startswith("自治") or base.endswith("族"):
                base = _strip_nations(base)
            if len(base) >= 2:
                found.add(base)
                if suffix == "自治州":
                    found.add(base + "州")
                elif suffix in ("自治县", "自治旗"):
                    # 东乡族自治县 → 东乡县公安局, 鄂温克族自治旗 → 鄂温克旗: the everyday name, even
                    # where another county once had it (江西's 东乡县, now 东乡区): context decides
                    found.add(base + suffix[-1])
                break
    found.discard(name)
    return {s for s in found if len(s) >= 2 and s not in NEVER_SHORT_NAMES}


# ---------------------------------------------------------------- the gazetteer

def _city_key(place: Place) -> str | None:
    if place.level == "province":
        return place.adcode[:2] if place.adcode[:2] in MUNICIPALITIES else None
    if place.adcode[:2] in MUNICIPALITIES:
        return place.adcode[:2]
    return place.adcode[:4]


def _bigness(place: Place) -> int:
    """A population guess without population data: municipality > provincial capital > other."""
    if place.adcode[:2] in MUNICIPALITIES:
        return 2
    return 1 if place.adcode[2:4] == "01" else 0


def _narrow(pool: list[Place], context: Place) -> list[Place]:
    """Candidates in the context's city, else in its province, else all of them."""
    key = _city_key(context)
    same_city = [p for p in pool if key is not None and _city_key(p) == key]
    if same_city:
        return same_city
    same_province = [p for p in pool if p.adcode[:2] == context.adcode[:2]]
    return same_province or pool


def _rank_key(place: Place) -> tuple[int, int]:
    return (LEVEL_RANK[place.level], _bigness(place))


def _pick(pool: list[Place]) -> tuple[Place, bool]:
    """(best, ambiguous). Ties keep the lowest adcode so results are deterministic."""
    best = max(_rank_key(p) for p in pool)
    top = sorted((p for p in pool if _rank_key(p) == best), key=lambda p: p.adcode)
    return top[0], len(top) > 1


def _resolve(
    candidates: list[Place], contexts: list[Place], branch: bool = False
) -> tuple[Place, bool]:
    if len(candidates) == 1:
        return candidates[0], False
    pool = list(candidates)
    if branch:
        pool = [p for p in pool if p.level == "county"] or pool
    for context in contexts:
        if len(pool) == 1:
            break
        pool = _narrow(pool, context)
    return _pick(pool)


_RAW_MEMO_SIZE = 8192
_Raw = tuple[int, int, "list[Place]", bool, "PlaceMention | None"]


_LEVEL_CHARS = "省市县区州旗盟"


def _wrong_level(text: str, end: int, pool: list[Place]) -> bool:
    """省公安厅会同市公安局: an everyday word (会同) followed by a level its places do not have
    (会同县 is no 市) is the word, and the level belongs to an unnamed force."""
    level = text[end:end + 1]
    return level in _LEVEL_CHARS and not any(p.name.endswith(level) for p in pool)


class Gazetteer:
    def __init__(self, places: dict[str, Place], former: dict[str, str] | None = None):
        """``former``: former full name → adcode of the place it became (see _former_names)."""
        self._places = places
        self._names: dict[str, list[Place]] = defaultdict(list)
        self._children: dict[str, list[Place]] = defaultdict(list)
        for place in places.values():
            for name in {place.name, *short_names(place)}:
                self._names[name].append(place)
            parent = self._parent_code(place)
            if parent:
                self._children[parent].append(place)
        for name, code in (former or {}).items():
            if code in places and places[code] not in self._names[name]:
                self._names[name].append(places[code])
        self._prefixes = {name[:k] for name in self._names for k in range(1, len(name) + 1)}
        # Every name has two characters or more, so a text none of whose character pairs
        # opens a name holds no name: it needs no tokenizing (most sentences of a page).
        self._openings = frozenset(name[:2] for name in self._names)
        self._short_name = any(len(name) < 2 for name in self._names)
        # text → raw mentions: a sentence is read for the document's force, the unit's and
        # its own, with different contexts, but its names do not depend on the context.
        self._raw_memo: dict[str, tuple[_Raw, ...]] = {}
        for pool in self._names.values():
            pool.sort(key=lambda p: (-LEVEL_RANK[p.level], -_bigness(p), p.adcode))

    def __getstate__(self) -> dict[str, object]:
        return {**self.__dict__, "_raw_memo": {}}  # the memo is per process

    def _parent_code(self, place: Place) -> str | None:
        if place.level == "province":
            return None
        city_code = place.adcode[:4] + "00"
        if place.level == "county" and city_code in self._places:
            return city_code
        return place.adcode[:2] + "0000"

    # -- direct access
    def by_adcode(self, adcode: str) -> Place | None:
        """6- or 12-digit adcode → place."""
        return self._places.get(str(adcode)[:6])

    def all_places(self) -> list[Place]:
        return list(self._places.values())

    def provinces(self) -> list[Place]:
        return [p for p in self._places.values() if p.level == "province"]

    def children(self, adcode: str) -> list[Place]:
        """Cities of a province (districts for a municipality), counties of a city."""
        return list(self._children.get(str(adcode)[:6], []))

    def names(self) -> list[str]:
        """Every full and short name the gazetteer matches."""
        return list(self._names)

    def candidates(self, name: str) -> list[Place]:
        """All places a full or short name could be, best-ranked first."""
        return list(self._names.get(name.strip(), []))

    def lookup(self, name: str, within: Place | None = None) -> Place | None:
        """An explicit name (the ordinary-word stop-list does not apply) → place, or None
        when unknown or a tie remains. A trailing force word is ignored, and X分局 means the
        district X: lookup('城关分局', within=兰州市) → 城关区 of 兰州."""
        name = name.strip()
        branch = False
        if name not in self._names:
            for cut in range(len(name) - 1, 1, -1):
                head, tail = name[:cut], name[cut:]
                if head in self._names and FORCE_AFTER.fullmatch(tail):
                    name, branch = head, bool(BRANCH_AFTER.fullmatch(tail))
                    break
        pool = self._names.get(name)
        if not pool:
            return None
        place, ambiguous = _resolve(pool, [within] if within else [], branch)
        return None if ambiguous else place

    # -- running text
    def find_mentions(self, text: str, within: Place | None = None) -> list[PlaceMention]:
        """Place names in text, on token boundaries, longest run of tokens first."""
        settled = self.settled_mentions(text)
        if settled is not None:
            return settled
        raw = self._raw_mentions(text)
        nearby_pool = [(start, pool[0]) for start, _, pool, _, _ in raw if len(pool) == 1]
        mentions = []
        for start, end, pool, branch, settled in raw:
            if settled is not None:
                mentions.append(settled)
                continue
            contexts = [within] if within else []
            nearby = sorted(nearby_pool, key=lambda item: (abs(item[0] - start), item[0] > start))
            contexts += [place for _, place in nearby]
            place, ambiguous = _resolve(pool, contexts, branch)
            mentions.append(self._mention(text, start, end, pool, branch, place, ambiguous))
        return mentions

    def _mention(self, text: str, start: int, end: int, pool: list[Place], branch: bool,
                 place: Place, ambiguous: bool) -> PlaceMention:
        return PlaceMention(
            start, end, text[start:end], place, tuple(pool),
            force=bool(FORCE_AFTER.match(text, end) or self._unlisted_unit_force(text, end, place)),
            branch=branch and place.level == "county",
            ambiguous=ambiguous,
        )

    def _unlisted_unit_force(self, text: str, end: int, place: Place) -> bool:
        """A city (or municipality) whose police are named after an area the division list
        does not hold (UNLISTED_UNIT_FORCE) — not after a listed one (北京朝阳警方: 朝阳's)."""
        m = UNLISTED_UNIT_FORCE.match(text, end) if place.level == "city" or place.city == place.name else None
        return m is not None and text[end:end + 2] not in self._names

    def settled_mentions(self, text: str) -> list[PlaceMention] | None:
        """find_mentions(text) when no mention depends on the context (every name found has
        one candidate, so neither ``within`` nor the other names settle it), else None."""
        mentions = [raw[4] for raw in self._raw_mentions(text)]
        # (an identity test in C per mention: `None in mentions` would call a mention's
        # dataclass __eq__, and a generator over the raw tuples was a Python step each)
        return None if any(map(operator.is_, mentions, repeat(None))) else mentions  # type: ignore[return-value]

    def names_any(self, text: str) -> bool:
        """True when find_mentions(text) finds a place name, under any context."""
        return bool(self._raw_mentions(text))

    def _raw_mentions(self, text: str) -> tuple[_Raw, ...]:
        """(start, end, candidates, branch, mention): the mention is already built when
        there is one candidate, since then neither the context nor the other names matter."""
        found = self._raw_memo.get(text)
        if found is None:
            if len(self._raw_memo) >= _RAW_MEMO_SIZE:
                self._raw_memo.clear()
            found = self._raw_memo[text] = tuple(
                (start, end, pool, branch,
                 self._mention(text, start, end, pool, branch, pool[0], False) if len(pool) == 1 else None)
                for start, end, pool, branch in self._scan(text))
        return found

    def _could_name(self, text: str) -> bool:
        # every character pair of the text, made and looked up in C; stops at the first hit
        return self._short_name or not self._openings.isdisjoint(map(operator.add, text, text[1:]))

    def _scan(self, text: str) -> list[tuple[int, int, list[Place], bool]]:
        if not self._could_name(text):
            return []
        # every name is made of block characters (_RE_HAN; checked by a test), so a name
        # lies inside one block, and a run of tokens that crosses into the text between
        # blocks spells none (its surface, cut from the text, holds that text): only the
        # blocks where a name can start need cutting. (The metric rules cut the whole of a
        # sentence with figures, when they need its words, reusing these blocks' cuts.)
        tokens = segment.tokenize_blocks(text, self._could_name)
        found = []
        prefixes = self._prefixes
        i = 0
        while i < len(tokens):
            word, token_start, _ = tokens[i]
            match = self._longest_name_run(text, tokens, i) if word in prefixes else None
            if match is not None:
                i, start, end = match
                spans = [(start, end)]
            else:
                i += 1
                if len(word) < 4 or word[:2] not in prefixes:
                    continue  # _decompose would find nothing (its own first test)
                spans = [(token_start + s, token_start + e) for s, e in self._decompose(word)]
            for start, end in spans:
                surface = text[start:end]
                if surface in ORDINARY_WORD_NAMES and (
                        not FORCE_AFTER.match(text, end) or _wrong_level(text, end, self._names[surface])):
                    continue
                branch = bool(BRANCH_AFTER.match(text, end))
                found.append((start, end, self._names[surface], branch))
        return found

    def _decompose(self, word: str) -> list[tuple[int, int]]:
        """Name spans inside one dictionary word that is only names plus maybe a force word:
        jieba's own dictionary has 湖北省公安厅, 武汉市公安局, 上海市浦东新区, 苏州工业园区 as single words.
        Anything else (东方今报, 合作社) yields nothing."""
        if len(word) < 4 or word[:2] not in self._prefixes:
            return []
        for cut in range(len(word) - 1, 1, -1):  # longest leading name first
            if word[:cut] not in self._names:
                continue
            rest = word[cut:]
            if FORCE_AFTER.fullmatch(rest) or ZONE_WORD.fullmatch(rest):
                return [(0, cut)]  # 湖北省公安厅 / 苏州工业园区 (a zone of the city: ZONE_WORDS)
            if rest in self._names:
                return [(0, cut), (cut, len(word))]
            tail = self._decompose(rest)
            if tail:
                return [(0, cut)] + [(cut + s, cut + e) for s, e in tail]
        return []

    def _longest_name_run(
        self, text: str, tokens: list[tuple[str, int, int]], first: int
    ) -> tuple[int, int, int] | None:
        """(next token index, start, end) of the longest run of whole tokens from `first`
        that spells a name; runs stop growing as soon as they are no name's prefix."""
        start = tokens[first][1]
        best = None
        for last in range(first, min(first + MAX_RUN_TOKENS, len(tokens))):
            surface = text[start : tokens[last][2]]
            if surface not in self._prefixes:
                break
            if surface in self._names:
                best = (last + 1, start, tokens[last][2])
        return best


# The gazetteer cache (a pickle in parsers.localcache's folder): a fresh process reads the
# built Gazetteer back instead of reading cpca's table and deriving every short name. Keyed
# by this module's code, cpca's two tables and data/divisions_update.csv; a missing, damaged or other-key file is
# rebuilt and rewritten.
GAZETTEER_FORMAT = 1


def _source_key() -> str:
    digest = hashlib.sha256(f"gazetteer format {GAZETTEER_FORMAT}\0".encode())
    digest.update(Path(__file__).read_bytes())
    for name in ("resources/adcodes.csv", "resources/56_nations.csv"):
        digest.update(b"\0" + _cpca_file(name).read_bytes())
    digest.update(b"\0" + DIVISIONS_UPDATE.read_bytes())
    digest.update(b"\0" + DIVISION_ALIASES.read_bytes())
    return digest.hexdigest()


def _cache_path(folder: Path, key: str) -> Path:
    return folder / f"gazetteer-{key[:32]}.pickle"


def _load_cached(path: Path, key: str) -> Gazetteer | None:
    raw = localcache.read(path)
    if not raw:
        return None
    try:
        data = pickle.loads(raw)  # our own file, in a folder only we can write (localcache)
    except Exception:  # noqa: BLE001 — a damaged pickle can fail in many ways: rebuild it
        return None
    if (isinstance(data, tuple) and len(data) == 3 and data[0] == GAZETTEER_FORMAT
            and data[1] == key and isinstance(data[2], Gazetteer)):
        return data[2]
    return None


def _build() -> Gazetteer:
    return Gazetteer(_build_places(_read_rows()), {**_former_names(), **_aliases()})


def _load_or_build() -> Gazetteer:
    folder, key = localcache.folder(), _source_key()
    if folder is not None:
        cached = _load_cached(_cache_path(folder, key), key)
        if cached is not None:
            return cached
    gazetteer = _build()
    if folder is not None:
        data = pickle.dumps((GAZETTEER_FORMAT, key, gazetteer), protocol=pickle.HIGHEST_PROTOCOL)
        localcache.write(_cache_path(folder, key), data)
    return gazetteer


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    gazetteer = _load_or_build()
    # sorted: each added word's frequency depends on the words added before it, and the
    # names come out of sets (hash order), so this keeps the dictionary the same in every
    # process (and lets parsers.segment's state cache be reused)
    segment.add_words(sorted(gazetteer.names()))
    return gazetteer


# ---------------------------------------------------------------- generic forces

_GENERIC_FORCE = [
    ("province", r"全省|省公安厅|省厅|公安厅|省公安机关|省警方|自治区公安|省市两级"),
    ("city", r"全市|市公安局|市局|市公安机关|市警方|全州|州公安局|全盟|盟公安局|地区公安处"),
    ("county", r"全县|县公安局|县局|县公安机关|县级公安机关|全旗|旗公安局|区公安局|区分局|分局|派出所"),
]
_GENERIC_FORCE_RE = re.compile("|".join(f"(?P<{level}>{pattern})" for level, pattern in _GENERIC_FORCE))
_REGION_WIDE = re.compile(r"全区|区公安厅")


def generic_force_level(text: str, within: Place | None = None) -> Level | None:
    """The level of the first unnamed force phrase in text: 全省/省公安厅/省厅 → province,
    全市/市公安局/市局 → city, 全县/县公安局/分局 → county. 全区 is province-wide when the
    context is an autonomous region (广西 …) and county-wide otherwise."""
    match = _GENERIC_FORCE_RE.search(text)
    region_wide = _REGION_WIDE.search(text)
    if region_wide and (match is None or region_wide.start() < match.start()):
        is_region = within is not None and within.level == "province" and within.name.endswith("自治区")
        return "province" if is_region else "county"
    return match.lastgroup if match else None  # type: ignore[return-value]
