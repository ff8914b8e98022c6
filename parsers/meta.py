"""Clean text → title, publication date and outlet, read from the header lines only.

Only the dateline counts as the publication date: a body sentence that opens with a date
("2019年7月4日15时20分，市民报警…") is narrative and is never taken.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

HEADER_LINES = 12  # non-empty lines that make up the header area


@dataclass(frozen=True)
class Meta:
    title: str | None
    published: str | None  # ISO date
    source: str | None


_DATE_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)\s*日?")
_TIME_RE = re.compile(r"^\s*(\d{1,2}\s*[:：]\s*\d{2}(?:\s*[:：]\s*\d{2})?|\d{1,2}时(?:\d{1,2}分)?)")
_DATE_LABEL_RE = re.compile(r"(发布|发表|更新|上传|录入)?(时间|日期)\s*[:：]?\s*$")
_META_LABEL = r"(?:信息|文章|新闻|稿件)?来源|作者|编辑|责任编辑|责编|发布|点击|浏览|阅读|字号|时间|日期|记者|通讯员"
_META_LABEL_RE = re.compile(rf"^\s*(?:{_META_LABEL})\s*[:：]?")
_SENTENCE_PUNCT_RE = re.compile(r"[，。！？；,;!?“”]")
_SOURCE_RE = re.compile(
    rf"(?:信息|文章|新闻|稿件)?来源\s*[:：]\s*(.+?)\s*(?=(?:{_META_LABEL})\s*[:：]|\s|$)"
)
_SOURCE_SUFFIX_RE = re.compile(r"(综合|整理|综合整理|编辑|报道)$")
_CJK_RE = re.compile(r"[\u3400-\u9fff]")
# page widgets above the article: weather (南昌 晴 26℃ 2024年3月2日 星期六), calendars
_WIDGET_RE = re.compile(r"-?\d+\s*[℃°]|星期[一二三四五六日天]|周[一二三四五六日]\s*$|农历")
_NAV_RE = re.compile(r"当前位置|您的位置|你的位置|首页\s*[>›»]|^摘要\s*[:：]")


def _header_lines(clean_text: str) -> list[str]:
    lines = [line.strip() for line in clean_text.split("\n") if line.strip()]
    return lines[:HEADER_LINES]


def _valid_date(y: str, m: str, d: str) -> str | None:
    try:
        return date(int(y), int(m), int(d)).isoformat()
    except ValueError:
        return None


def dateline_date(line: str) -> tuple[str, str] | None:
    """(ISO date, text after date and time) when `line` is a dateline, else None."""
    for m in _DATE_RE.finditer(line):
        iso = _valid_date(*m.groups())
        if iso is None:
            continue
        before, after = line[:m.start()].strip(), line[m.end():]
        if before and not (_DATE_LABEL_RE.search(before) or _is_meta_prefix(before)
                           or _is_byline(before, m.group(0))):
            continue
        time = _TIME_RE.match(after)
        tail = after[time.end():] if time else after
        tail = tail.strip()
        # Narrative goes on with a comma or a clause ("…日，市民报警"); a dateline does not.
        if tail and _SENTENCE_PUNCT_RE.search(tail) and not _META_LABEL_RE.match(tail):
            continue
        if tail and not _META_LABEL_RE.match(tail) and len(tail) > 20:
            continue
        return iso, tail
    return None


def _is_byline(before: str, date_text: str) -> bool:
    """'原创 浏阳公安 浏阳公安 2023-04-21 18:30': a short run of account or author names
    before a numeric date (a narrative date is written with 年月日 and runs on)."""
    return (len(before) <= 24 and "年" not in date_text
            and not _SENTENCE_PUNCT_RE.search(before) and not re.search(r"\d", before))


def _is_meta_prefix(before: str) -> bool:
    """Text before the date made only of meta fields ('来源:晋城市公安局 发布时间:')."""
    return bool(re.search(rf"(?:{_META_LABEL})\s*[:：]", before)) and not _SENTENCE_PUNCT_RE.search(before)


def _published(lines: list[str]) -> str | None:
    for line in lines:
        found = dateline_date(line)
        if found:
            return found[0]
    return None


def _clean_source(raw: str) -> str | None:
    raw = raw.strip(" :：,，|")
    raw = _SOURCE_SUFFIX_RE.sub("", raw).strip()
    if _CJK_RE.search(raw) or re.fullmatch(r"[A-Za-z][\w .-]{1,30}", raw):
        return raw
    return None


def _source(lines: list[str]) -> str | None:
    # A labelled source on a short header line wins; otherwise the outlet after a bare date.
    for line in lines:
        if len(line) > 80 or "。" in line:
            continue
        m = _SOURCE_RE.search(line)
        if m and (value := _clean_source(m.group(1))):
            return value
    for line in lines:
        found = dateline_date(line)
        if found and found[1] and not _META_LABEL_RE.match(found[1]):
            tail = found[1].split()[0]
            if value := _clean_source(tail):
                return value
    return None


def _title(lines: list[str]) -> str | None:
    for line in lines:
        if (dateline_date(line) or _NAV_RE.search(line) or _SOURCE_RE.search(line)
                or _WIDGET_RE.search(line)):
            continue
        if len(_CJK_RE.findall(line)) >= 4:
            return line
    return None


def extract_meta(clean_text: str) -> Meta:
    lines = _header_lines(clean_text)
    return Meta(title=_title(lines), published=_published(lines), source=_source(lines))
