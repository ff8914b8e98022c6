"""str → Clean: Simplified text without scrape junk, with a map back to the original.

`clean()` composes small pure steps over `Mapped` (text + index of each char in the
original): strip pinyin ruby → normalise spaces → Traditional→Simplified → drop chrome.
Simplification runs before the chrome rules so those rules are written once, in Simplified;
t2s is one character for one, so it never moves an offset.
"""
from __future__ import annotations

import re
from array import array
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from operator import ne
from typing import Callable, Iterable

import opencc

# --- the offset-carrying text -----------------------------------------------------------------


@dataclass(frozen=True)
class Mapped:
    """Text plus, for each char, its index in the original; one extra final item = len(original)."""

    text: str
    to_original: array  # array('q'), len(text) + 1

    @classmethod
    def identity(cls, original: str) -> "Mapped":
        return cls(original, _identity_offsets(len(original) + 1))

    def delete(self, ranges: Iterable[tuple[int, int]]) -> "Mapped":
        """Remove [start, end) ranges of the current text (sorted, non-overlapping)."""
        pieces: list[str] = []
        offsets = array("q")
        pos = 0
        for start, end in ranges:
            if start < pos or end <= start:
                continue
            pieces.append(self.text[pos:start])
            offsets.extend(self.to_original[pos:start])
            pos = end
        if pos == 0:
            return self
        pieces.append(self.text[pos:])
        offsets.extend(self.to_original[pos:])  # includes the final len(original) entry
        return Mapped("".join(pieces), offsets)

    def replace_same_length(self, new_text: str) -> "Mapped":
        if len(new_text) != len(self.text):
            raise ValueError("replacement changed the length; offsets would drift")
        return Mapped(new_text, self.to_original)

    def original_range(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            return self.to_original[start], self.to_original[start]
        return self.to_original[start], self.to_original[end - 1] + 1


_IDENTITY = array("q")  # 0, 1, 2 …: sliced (a copy in C) instead of built from range() each time


def _identity_offsets(size: int) -> array:
    global _IDENTITY
    if len(_IDENTITY) < size:
        _IDENTITY = array("q", range(max(size, 2 * len(_IDENTITY), 1 << 14)))
    return _IDENTITY[:size]


@dataclass(frozen=True)
class Clean:
    original: str
    text: str  # cleaned, Simplified Chinese
    to_original: tuple[int, ...]  # len(text) + 1; last item = len(original)
    script: str  # 'simplified' | 'traditional' (of the original)
    dropped: tuple[tuple[int, int, str], ...]  # original ranges removed as chrome/spam + reason

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Clean [start, end) → the original [s, e) covering exactly those chars."""
        if not 0 <= start <= end <= len(self.text):
            raise IndexError(f"clean span {start}:{end} outside 0:{len(self.text)}")
        if end == start:
            return self.to_original[start], self.to_original[start]
        return self.to_original[start], self.to_original[end - 1] + 1


def clean(original: str) -> Clean:
    mapped = Mapped.identity(original)
    mapped = strip_pinyin_ruby(mapped)
    mapped = normalise_spaces(mapped)
    mapped = to_simplified(mapped)
    mapped, dropped = drop_chrome(mapped)
    return Clean(
        original=original, text=mapped.text, to_original=tuple(mapped.to_original),
        script=detect_script(original), dropped=tuple(dropped),
    )


def _delete_matches(mapped: Mapped, pattern: re.Pattern[str]) -> Mapped:
    return mapped.delete(m.span() for m in pattern.finditer(mapped.text))


# --- step 1: scraped pinyin ruby -------------------------------------------------------------

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
# One lowercase pinyin syllable carrying a tone mark, e.g. wǎng, luò, lüè, zhuàn.
_SYLLABLE = rf"[a-zü]{{0,5}}[{_TONED}][a-zü{_TONED}]{{0,4}}"
_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# 網(wǎng) → 網 (the ruby sits right after its character) and the remnant ?qǐng) where the
# character itself was lost in the scrape: its GBK lead byte became '?' and its trail byte
# survives as one ASCII char before the next CJK char (圖 = 88 44 → "?qǐng)D說").
_RUBY_RE = re.compile(
    rf"(?<=[{_CJK}])\({_SYLLABLE}\)|\?\(?{_SYLLABLE}\)(?:[@-~](?=[{_CJK}]))?"
)


# every ruby holds a toned vowel: a text without one (most pages) needs no scan of _RUBY_RE,
# which opens on a lookbehind and so tries every position
_TONED_RE = re.compile(f"[{_TONED}]")


# Some mirrors write the ruby without tone marks and with a space after it: 雲(yun) 南省公安機關(guan)
# 與(yu) 緬甸…, 5萬(wan) 餘(yu) 名. A toneless syllable in brackets could be an English word, so it is
# read as ruby only by the shape of a pinyin syllable and only on a page that has several.
_PLAIN_SYLLABLE = (r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
                   r"(?:iang|iong|uang|ueng|ang|eng|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|iu"
                   r"|in|ing|ua|uo|ui|un|ve|a|o|e|i|u|v)")
# (the CJK character before it is checked per match, not by a lookbehind, so the scan jumps
# from bracket to bracket)
_PLAIN_RUBY_RE = re.compile(rf"\({_PLAIN_SYLLABLE}\) ?")
_CJK_CHAR = re.compile(f"[{_CJK}]")
PLAIN_RUBY_MIN = 3  # toneless rubies on a page before they are taken for ruby


def strip_pinyin_ruby(mapped: Mapped) -> Mapped:
    if _TONED_RE.search(mapped.text) is not None:
        mapped = _delete_matches(mapped, _RUBY_RE)
    if "(" not in mapped.text:
        return mapped
    text = mapped.text
    plain = [m.span() for m in _PLAIN_RUBY_RE.finditer(text)
             if m.start() and _CJK_CHAR.match(text, m.start() - 1)]
    return mapped.delete(plain) if len(plain) >= PLAIN_RUBY_MIN else mapped


def without_pinyin_ruby(text: str) -> str:
    """``text`` with scraped pinyin ruby removed (網(wǎng)絡(luò) → 網絡), for showing a quoted
    span; the span itself stays as scraped (it is a substring of the page)."""
    return strip_pinyin_ruby(Mapped.identity(text)).text if "(" in text else text


# --- step 2: odd spaces ----------------------------------------------------------------------

_HSPACE = "\u0020\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
_INVISIBLE_RE = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad]")
# A space inside a number ("517.87 万元", "1 000") would split it for the number parser. Between
# two digits only a thousands group qualifies, so "2019-07-11 19:44" keeps its space.
# (the gap is group 1: the pattern opens on the digit before it, not on a lookbehind, so its
# scan jumps from digit to digit instead of trying every position)
_NUMBER_GAP_RE = re.compile(
    rf"\d([{_HSPACE}]+)(?=[{_CJK}%‰％]|\d{{3}}(?!\d))"
)
# 涉案总金额高达 6000 余万元 / 抓获 74 名: a mirror that spaces its numbers out — the gap before a
# figure and its unit is closed too (so a date or a time, whose digits are not followed by such a
# unit, keeps its space, and so does a gap after another figure's unit: 止付38万元 3名嫌疑人落网)
_GAP_BEFORE_FIGURE_RE = re.compile(
    rf"(?![元人名起个张宗户件处次])[{_CJK}]([{_HSPACE}]+)(?=\d+(?:\.\d+)?[余多]?[十百千万亿]*(?:元|人|名|起|宗|个|张|户|件|处|次|余|多))"
)
_ODD_SPACE_RE = re.compile("[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_FULLWIDTH_ALNUM_RE = re.compile("[０-９Ａ-Ｚａ-ｚ％．]")
# 累計抓獲5﹒3萬余名: mirrors write the decimal point as a small full stop (U+FE52)
_SMALL_POINT_RE = re.compile(r"(?<=\d)﹒(?=\d)")
# 二○一七年: a circle (U+25CB, U+25EF) typed for the numeral zero 〇 in a Chinese-numeral year
# or count; read as 〇 only next to a Chinese numeral (run only on a text that has a circle)
_CN_NUMERAL = "〇零一二三四五六七八九"
_ZERO_LOOKALIKE_RE = re.compile(f"[○◯](?=[{_CN_NUMERAL}○◯])|(?<=[{_CN_NUMERAL}])[○◯]")


def normalise_spaces(mapped: Mapped) -> Mapped:
    mapped = _delete_matches(mapped, _INVISIBLE_RE)
    mapped = mapped.delete(m.span(1) for m in _NUMBER_GAP_RE.finditer(mapped.text))
    mapped = mapped.delete(m.span(1) for m in _GAP_BEFORE_FIGURE_RE.finditer(mapped.text))
    text = _ODD_SPACE_RE.sub(" ", mapped.text)
    # Full-width digits/letters → ASCII so numbers parse; same length, offsets unchanged.
    text = _FULLWIDTH_ALNUM_RE.sub(lambda m: chr(ord(m.group()) - 0xFEE0), text)
    text = _SMALL_POINT_RE.sub(".", text) if "﹒" in text else text
    if "○" in text or "◯" in text:
        text = _ZERO_LOOKALIKE_RE.sub("〇", text)
    return mapped.replace_same_length(text)


# --- step 3: Traditional → Simplified --------------------------------------------------------


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@lru_cache(maxsize=8192)
def _t2s_char(char: str) -> str:
    converted = _t2s().convert(char)
    return converted if len(converted) == 1 else char


# Traditional variants that no OpenCC config (t2s, hk2s, tw2s) maps: 陜 (U+965C, the form on
# gov.cn's Big5 gateway and Hong Kong outlets) stays 陜, and "陜西省" then names no province;
# 畱 (刑事拘畱 on a Taiwanese copy) stays 畱, and the detention is lost.
_UNMAPPED_VARIANTS = str.maketrans("陜廻躭畱", "陕回耽留")
_ANY_UNMAPPED_VARIANT = re.compile("[陜廻躭畱]")


def t2s_same_length(text: str) -> str:
    """OpenCC t2s, line by line; any chunk whose length changes is redone char by char."""
    if _ANY_UNMAPPED_VARIANT.search(text):
        text = text.translate(_UNMAPPED_VARIANTS)
    # OpenCC never matches a phrase across a line break, so converting the whole text is
    # converting it line by line; when no line changed its length that is the answer
    converted = _t2s().convert(text)
    if converted == text:
        return text
    if len(converted) == len(text) and (
            [len(chunk) for chunk in converted.splitlines(keepends=True)]
            == [len(chunk) for chunk in text.splitlines(keepends=True)]):
        return converted
    out: list[str] = []
    for chunk in text.splitlines(keepends=True):
        converted = _t2s().convert(chunk)
        if len(converted) != len(chunk):
            converted = "".join(_t2s_char(c) for c in chunk)
        out.append(converted)
    return "".join(out)


@lru_cache(maxsize=1)
def _name_repairs() -> tuple[dict[str, str], re.Pattern[str] | None]:
    """Division names that t2s would damage (乾县 → 干县, 乾安县 → 干安县): damaged form →
    official name, for every damaged form that is not itself a name."""
    from parsers.gazetteer import load_gazetteer  # here: the gazetteer is big, cleaning is not

    names = set(load_gazetteer().names())
    repairs = {}
    for name in names:
        damaged = t2s_same_length(name)
        if damaged != name and damaged not in names:
            repairs[damaged] = name
    if not repairs:
        return {}, None
    return repairs, re.compile("|".join(map(re.escape, sorted(repairs, key=len, reverse=True))))


def restore_names(original: str, converted: str) -> str:
    """Undo t2s where it turned a division name into a non-name and the original text
    held the name's own characters there (乾縣 → 乾县, not 干县)."""
    repairs, pattern = _name_repairs()
    if pattern is None:
        return converted
    out: list[str] | None = None  # made only when a name is restored (rarely: most pages have none)
    for m in pattern.finditer(converted):
        name = repairs[m.group(0)]
        if all(o == n or c == n for o, n, c in zip(original[m.start():m.end()], name, m.group(0))):
            if out is None:
                out = list(converted)
            out[m.start():m.end()] = name
    return converted if out is None else "".join(out)


def to_simplified(mapped: Mapped) -> Mapped:
    """t2s that never changes a division name (see restore_names)."""
    return mapped.replace_same_length(restore_names(mapped.text, t2s_same_length(mapped.text)))


_NON_CJK_RE = re.compile(f"[^{_CJK}]+")
TRADITIONAL_SHARE = 0.05  # Traditional news changes ~30% of chars under t2s, Simplified ~0%.


@lru_cache(maxsize=4096)
def _simplified_too(char: str) -> bool:
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def detect_script(text: str) -> str:
    """'traditional' when at least 5% of the CJK characters change under t2s."""
    try:
        text.encode("gb2312")
    except UnicodeEncodeError:
        pass
    else:
        return "simplified"  # every character is in GB2312, so are the CJK ones (below)
    cjk = _NON_CJK_RE.sub("", text)  # the CJK characters in order, in one pass
    if not cjk:
        return "simplified"
    try:
        cjk.encode("gb2312")
    except UnicodeEncodeError:
        pass
    else:
        # every character is one Simplified text uses too (_simplified_too), so none of
        # them can count below, whatever t2s makes of it: no need to convert (most pages)
        return "simplified"
    converted = t2s_same_length(cjk)
    if converted == cjk:
        return "simplified"  # nothing changed (most pages): no need to count char by char
    # a character that Simplified text also uses (乾 in 乾县, 著 in 著名) is no evidence;
    # only the changed characters are visited, and counting stops once the share is reached
    total, changed = len(cjk), 0
    for char in compress(cjk, map(ne, cjk, converted)):
        if not _simplified_too(char):
            changed += 1
            if changed / total >= TRADITIONAL_SHARE:
                return "traditional"
    return "simplified"


# --- step 4: site chrome ---------------------------------------------------------------------
# Rules run on simplified lines. Each returns a reason; regions (mood voting, legal notices)
# continue over the following lines while those still look like part of the region.

RELATED_HEADING_RE = re.compile(
    r"^\s*[【\[]?\s*(相关焦点|相关新闻|相关推荐|相关阅读|相关文章|相关链接|相关报道|延伸阅读|"
    r"推荐阅读|热点推荐|热门推荐|热点新闻|精彩推荐|猜你喜欢|更多新闻)\s*[】\]]?\s*[:：]?\s*$"
)

_BULLETS = "•·●▪■◆◇○◦*-–—"
_SENTENCE_PUNCT_RE = re.compile(r"[，。！？；、,;!?“”\"《》()（）「」:：]")

_LINE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # (not a breadcrumb that carries the page's own dateline: 当前位置:某网>资讯 > 正文
    # 2021-11-21 16:49:27 来源:央视新闻客户端 — it is the page's only date; meta reads it)
    ("navigation", re.compile(
        r"(?!.*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2})"
        r"(?:^(当前位置|您的位置|你的位置|您现在的位置|你现在的位置|所在位置|当前页面)\s*[:：]"
        r"|^首页\s*[>›»/]|^[^，。,；;！？]{1,30}[>›»][^，。,；;！？]{1,30}[>›»][^，。,；;！？]{0,60}$)"
    )),
    # A line made only of page-tool links: 返回首页 / 【打印本页】【关闭窗口】 / 字号：大 中 小
    ("navigation", re.compile(
        r"^(?:[【\[]?\s*(?:返回首页|返回顶部|返回列表|回到顶部|打印本页|打印此页|关闭窗口|打印|关闭|"
        r"收藏|纠错|字号|字体|大|中|小|默认)\s*[】\]]?\s*[:：|]?\s*)+$"
    )),
    ("navigation", re.compile(r"^[【\[]?\s*(友情链接|上一篇|下一篇|上一条|下一条)\s*[】\]]?\s*([:：]|$)")),
    ("copyright", re.compile(
        r"版权所有|版权声明|免责声明|Copyright|©|ICP[备证]|公网安备|网安备\s*\d|网站标识码|"
        r"(主办|承办|协办)单位\s*[:：]|技术支持\s*[:：]|违法和不良信息举报|举报电话\s*[:：]",
        re.IGNORECASE,
    )),
    # (not 责任编辑:杨眉 2022-01-11 15:29:47 来源:中新社, the page's own dateline)
    ("editor", re.compile(
        r"^(?!.*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2})"
        r"[【\[(（]?\s*(责任编辑|责编|编辑|实习编辑|值班编辑|审核|审校|校对|监制|终审|初审|复审|编审)"
        r"\s*[:：]"
    )),
    ("advert", re.compile(r"发送短信.{0,40}订阅|订阅.{0,20}手机报|短信订阅")),
    # a weather/calendar widget: 南昌 晴 26℃ 2024年3月2日 星期六 (short, no sentence)
    # (not a labelled page date that happens to name the weekday: 发布时间:… 星期二, nor an
    # e-paper's issue line that names its paper or its tip line: 2022年06月21日 星期二 新京报 /
    # 2025年03月11日 星期二  报料热线:966123)
    ("widget", re.compile(r"^(?!.*(?:发布|發布|时间|時間|日期|来源|來源)\s*[:：])(?!.*(?:[报報]\s*$|[报報]料))"
                          r"(?:[^，。,；;！？]{0,40}-?\d+\s*[℃°][^，。,；;！？]{0,40}$"
                          r"|[^，。,；;！？]{0,30}星期[一二三四五六日天][^，。,；;！？]{0,20}$)")),
    ("image", re.compile(r"^[^。，,\n]{0,60}\.(jpe?g|png|gif|webp|bmp)\s*$", re.IGNORECASE)),
    ("caption", re.compile(r"^(戳图|点击图片|点击大图|点击查看大图|查看大图|点击播放|视频加载中|图片来源\s*[:：])")),
    ("share", re.compile(r"^(分享到|分享至|分享)\s*[:：]")),
    ("counter", re.compile(r"^(点击次数|浏览次数|阅读次数|点击量|浏览量|阅读量|访问量)\s*[:：]?\s*\d+\s*$")),
    ("spam", re.compile(r"蜘蛛池|站群模板")),
)
# A cheap test per rule, run before its pattern: a line the test rejects cannot match the
# pattern (each lists characters every match contains), so the rule is skipped there.
# copyright: every alternative holds one of 版免©备证码单技违举, or is Copyright, whose C
# only c or C matches under IGNORECASE; editor: every label holds 编审校监 and a colon
# follows it; widget: ℃/° or 星期.
_LINE_RULE_GUARDS: dict[str, re.Pattern[str]] = {
    "copyright": re.compile("[版免©备证码单技违举cC]"),
    "editor": re.compile("[编审校监].*[:：]"),
    "widget": re.compile("[℃°]|星期"),
}
_GUARDED_LINE_RULES = tuple((reason, pattern, _LINE_RULE_GUARDS.get(reason)) for reason, pattern in _LINE_RULES)
_MOOD_START_RE = re.compile(r"查看心情|心情排行|看到此篇文章的感受|看完此文.{0,6}心情|您此刻的心情")
_LEGAL_START_RE = re.compile(r"^(版权声明|免责声明|法律声明|版权说明)\s*[:：]?\s*$")
_LEGAL_LINE_RE = re.compile(r"^\s*\d{1,2}\s*[.、．]|本网|本站|版权|转载|法律|律师|侵权|作品|授权|免责")
_SHARE_WORDS = frozenset("微信 微博 QQ QQ空间 朋友圈 空间 新浪微博 腾讯微博 人人网 豆瓣 复制链接 分享".split())
_NAV_WORDS = frozenset("首页 网站首页 主页 新闻 登录 注册 English English版 无障碍 移动版 手机版".split())


# 分享到: 发布时间:2020-7-17 09:40: a tool bar that holds the page's own labelled date is kept, so
# the date reaches the metadata step (which reads the cleaned text)
_LABELLED_PAGE_DATE_RE = re.compile(r"(?:发布|發布|更新)?(?:时间|時間|日期)\s*[:：]\s*(?:19|20)\d{2}\s*[-/.年]")


def line_chrome_reason(line: str) -> str | None:
    """Why a single (simplified) line is site chrome, or None to keep it."""
    s = line.strip(" " + _BULLETS)
    if not s:
        return None
    if len(s) > 300:  # chrome lines are short; only link-farm spam runs long
        return "spam" if _is_pipe_spam(s) else None
    if ("时间" in s or "日期" in s or "時間" in s) and _LABELLED_PAGE_DATE_RE.search(s):
        return None
    for reason, pattern, guard in _GUARDED_LINE_RULES:
        if (guard is None or guard.search(s)) and pattern.search(s):
            return reason
    if _is_pipe_spam(s):
        return "spam"
    tokens = s.split()
    if len(tokens) >= 2 and all(t in _SHARE_WORDS for t in tokens):
        return "share"
    if _is_nav_or_slogan(tokens):
        return "navigation"
    return None


def _is_pipe_spam(s: str) -> bool:
    """A run of short '|'-separated items (keyword/county spam from link farms)."""
    if s.count("|") + s.count("｜") < 4:
        return False
    items = [i.strip() for i in re.split(r"[|｜]", s)]
    items = [i for i in items if i]
    if len(items) < 5:
        return False
    short = sum(1 for i in items if len(i) <= 12 and not re.search(r"\d", i))
    return short >= 0.6 * len(items)


def _is_nav_or_slogan(tokens: list[str]) -> bool:
    """A line of short space-separated words: a nav bar ('首页 新闻 河南') or slogans."""
    if len(tokens) < 2 or len(tokens) > 12 or any(_SENTENCE_PUNCT_RE.search(t) or re.search(r"\d", t) for t in tokens):
        return False
    if any(t in _NAV_WORDS for t in tokens) and all(len(t) <= 6 for t in tokens):
        return True
    return len(tokens) >= 3 and all(len(t) <= 8 for t in tokens)


def _continues_region(region: str, line: str) -> bool:
    s = line.strip(" " + _BULLETS)
    if not s:
        return True
    if region == "mood":
        return len(s) <= 6
    return bool(_LEGAL_LINE_RE.search(s))  # legal


_LONE_WEEKDAY_RE = re.compile(r"^\s*(?:星期|周)[一二三四五六日天]\s*$")
_LONE_DATE_RE = re.compile(r"^\s*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*$")


def chrome_ranges(text: str) -> list[tuple[int, int, str]]:
    """(start, end, reason) of chrome lines in `text`; a range includes the line's newline."""
    out: list[tuple[int, int, str]] = []
    region: str | None = None
    pos = 0
    previous: tuple[int, int, str] = (0, 0, "")
    for line in text.splitlines(keepends=True):
        start, pos = pos, pos + len(line)
        body = line.rstrip("\n")
        if _LONE_WEEKDAY_RE.match(body) and _LONE_DATE_RE.match(previous[2]) and (not out or out[-1][0] != previous[0]):
            # 电子报阅读机 / 2026-01-29 / 星期四: a date over a weekday is a reader widget's
            # today, not the page's date
            out.append((previous[0], previous[1], "widget"))
        previous = (start, pos, body)
        if RELATED_HEADING_RE.match(body):
            region = None  # the related-news list is kept for the units step
            continue
        reason: str | None
        if _MOOD_START_RE.search(body):
            region = reason = "mood"
        elif _LEGAL_START_RE.match(body.strip()):
            region, reason = "legal", "copyright"
        else:
            reason = line_chrome_reason(body)
            if reason is None and region is not None:
                if _continues_region(region, body):
                    reason = "mood" if region == "mood" else "copyright"
                else:
                    region = None
        if reason and body.strip():
            out.append((start, pos, reason))
    return out


def drop_chrome(mapped: Mapped) -> tuple[Mapped, list[tuple[int, int, str]]]:
    ranges = chrome_ranges(mapped.text)
    dropped = [(*mapped.original_range(s, e), reason) for s, e, reason in ranges]
    return mapped.delete((s, e) for s, e, _ in ranges), dropped


StepFn = Callable[[Mapped], Mapped]
TEXT_STEPS: tuple[StepFn, ...] = (strip_pinyin_ruby, normalise_spaces, to_simplified)
