"""Clean text → units (article body + related-news blurbs) → sentences.

A related-news blurb reports someone else's figures, so the fact layer keeps blurbs apart from
the body. All offsets are in the CLEAN text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.cleaning import RELATED_HEADING_RE


@dataclass(frozen=True)
class Unit:
    index: int
    kind: str  # 'body' | 'blurb'
    start: int
    end: int
    text: str
    headline: str | None  # a blurb's own headline line


@dataclass(frozen=True)
class Sentence:
    unit_index: int
    paragraph: int  # index of the non-empty line within the unit
    start: int
    end: int
    text: str  # == clean_text[start:end], without surrounding whitespace


# A list item: a bullet, "1." / "1、" / "(1)" numbering.
_ITEM_RE = re.compile(r"^[ \t]*(?:[•·●▪■◆◇○◦*\-–—]|\d{1,2}[.、)）]|[(（]\d{1,2}[)）])[ \t]*")
_LINE_RE = re.compile(r"[^\n]*\n?")
# Sentence end: terminators, then any closing quotes/brackets that belong to the sentence.
_SENTENCE_END_RE = re.compile(r"[。！？!?]+[”’」』）)\]】》\"']*")
# Longest sentence handed to the fact layer. Real bulletin sentences stay under ~350
# characters; text without punctuation would otherwise be one huge "sentence", and some
# sentence-level rules cost time quadratic in its length. A longer run is cut after the
# last clause mark (，；：) before the cap, else at the cap.
MAX_SENTENCE_CHARS = 400
# a heading: a line of at most HEADING_MAX characters that ends on none of SENTENCE_ENDS
HEADING_MAX = 60
SENTENCE_ENDS = ("。", "！", "？", "!", "?", "；", ";")
_CLAUSE_MARKS = "，；：,;:"


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each line in text[start:end], newline excluded."""
    out = []
    for m in _LINE_RE.finditer(text, start, end):
        if m.start() == m.end():
            break
        out.append((m.start(), m.end() - (1 if m.group().endswith("\n") else 0)))
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_units(clean_text: str) -> list[Unit]:
    """Unit 0 is the body (everything before the first related-list heading); then one blurb
    per list item (or per paragraph when the list has no bullets)."""
    lines = _lines(clean_text, 0, len(clean_text))
    # (相关文章 / 友情链接 above the headline, before any sentence: the site's menu, not a list
    # of other pages after the article)
    first_prose = next((i for i, (s, e) in enumerate(lines) if "。" in clean_text[s:e]), len(lines))
    heading = next((i for i, (s, e) in enumerate(lines)
                    if i > first_prose and RELATED_HEADING_RE.match(clean_text[s:e])), None)
    body_end = lines[heading][0] if heading is not None else len(clean_text)
    s, e = _trim(clean_text, 0, body_end)
    units = [Unit(0, "body", s, e, clean_text[s:e], None)]
    if heading is None:
        return units
    list_lines = [(s, e) for s, e in lines[heading + 1:]
                  if not RELATED_HEADING_RE.match(clean_text[s:e])]
    for start, end, headline in _blurb_spans(clean_text, list_lines):
        units.append(Unit(len(units), "blurb", start, end, clean_text[start:end], headline))
    return units


def _blurb_spans(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int, str | None]]:
    """Bulleted list: an item runs from its bullet to the next one. Otherwise: paragraphs."""
    bulleted = any(text[s:e].strip() and _ITEM_RE.match(text[s:e]) for s, e in lines)
    groups: list[list[tuple[int, int]]] = []
    in_paragraph = False
    for s, e in lines:
        line = text[s:e]
        if not line.strip():
            in_paragraph = False
            continue
        item = _ITEM_RE.match(line) if bulleted else None
        if item:
            groups.append([(s + item.end(), e)])
        elif bulleted:
            if groups:  # a continuation line; text before the first bullet is no item
                groups[-1].append((s, e))
        elif in_paragraph:
            groups[-1].append((s, e))
        else:
            groups.append([(s, e)])
            in_paragraph = True
    out = []
    for group in groups:
        start, end = _trim(text, group[0][0], group[-1][1])
        if start >= end:
            continue
        first = text[group[0][0]:group[0][1]].strip()
        headline = first if first and (bulleted or len(group) > 1) else None
        out.append((start, end, headline))
    return out


def split_sentences(clean_text: str, unit: Unit) -> list[Sentence]:
    """Split at 。！？!? (closing quotes stay attached) and at newlines; never at commas."""
    out: list[Sentence] = []
    paragraph = -1
    for line_start, line_end in _lines(clean_text, unit.start, unit.end):
        if not clean_text[line_start:line_end].strip():
            continue
        paragraph += 1
        pos = line_start
        for m in _SENTENCE_END_RE.finditer(clean_text, line_start, line_end):
            _append(out, clean_text, unit.index, paragraph, pos, m.end())
            pos = m.end()
        _append(out, clean_text, unit.index, paragraph, pos, line_end)
    return out


def _append(out: list[Sentence], text: str, unit_index: int, paragraph: int,
            start: int, end: int) -> None:
    start, end = _trim(text, start, end)
    while end - start > MAX_SENTENCE_CHARS:
        window = text[start + MAX_SENTENCE_CHARS // 2:start + MAX_SENTENCE_CHARS]
        cut = max(window.rfind(mark) for mark in _CLAUSE_MARKS)
        cut = start + MAX_SENTENCE_CHARS // 2 + cut + 1 if cut >= 0 else start + MAX_SENTENCE_CHARS
        piece_start, piece_end = _trim(text, start, cut)
        if piece_start < piece_end:
            out.append(Sentence(unit_index, paragraph, piece_start, piece_end, text[piece_start:piece_end]))
        start, end = _trim(text, cut, end)
    if start < end:
        out.append(Sentence(unit_index, paragraph, start, end, text[start:end]))
