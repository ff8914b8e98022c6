"""bytes → str: read one bulletin file (or uploaded bytes) into the ORIGINAL text.

Every evidence span downstream refers to `Source.text`, so for UTF-8 .txt files it must be
exactly what `open(path, encoding="utf-8").read()` returns (universal newlines, BOM kept).
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import charset_normalizer
from bs4 import BeautifulSoup, Comment, Doctype, NavigableString, Tag

MAX_BYTES = 5 * 1024 * 1024
TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")

# Control bytes that never appear in text files (TAB, LF, FF, CR and ESC are allowed).
_CONTROL_BYTES = bytes(b for b in range(0x20) if b not in (0x09, 0x0A, 0x0C, 0x0D, 0x1B)) + b"\x7f"
_CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# Encodings whose superset we decode with, and the name we report.
_ENCODING_FAMILIES = {
    "gb2312": "gb18030", "gbk": "gb18030", "gb18030": "gb18030", "hz": "gb18030",
    "big5": "big5hkscs", "big5hkscs": "big5hkscs", "cp950": "big5hkscs",
}
_REPORTED_NAME = {"gb18030": "gb18030", "big5hkscs": "big5"}


class ReadError(Exception):
    """A file that cannot become a Source; str(e) == f"{path}: {reason}"."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


@dataclass(frozen=True)
class Source:
    path: str
    doc_id: str  # file stem
    text: str  # the ORIGINAL text all spans refer to
    encoding: str  # 'utf-8', 'gb18030', 'big5', ...
    kind: str  # 'txt' | 'html'
    sha256: str  # of the raw bytes
    notice: str | None  # set when the text was not UTF-8 (the CLI prints it on stderr)


def read_source(path: str | Path) -> Source:
    """Read and decode one file. Raises ReadError (missing, empty, binary, too large, undecodable)."""
    p = Path(path)
    if not p.is_file():
        raise ReadError(str(path), "missing file")
    size = p.stat().st_size
    if size > MAX_BYTES:  # checked before reading so a huge file costs nothing
        raise ReadError(str(path), f"too large ({size} bytes > {MAX_BYTES})")
    try:
        data = p.read_bytes()
    except OSError as e:
        raise ReadError(str(path), f"unreadable ({e.strerror or e})") from e
    return _make_source(data, str(path))


def source_from_bytes(data: bytes, name: str) -> Source:
    """Same checks as read_source, for uploaded bytes; `name` gives doc_id and kind."""
    if len(data) > MAX_BYTES:
        raise ReadError(name, f"too large ({len(data)} bytes > {MAX_BYTES})")
    return _make_source(data, name)


def _make_source(data: bytes, path: str) -> Source:
    try:
        text, encoding = decode_bytes(data)
    except ReadError as e:
        raise ReadError(path, e.reason) from None
    kind = "html" if Path(path).suffix.lower() in HTML_SUFFIXES else "txt"
    if kind == "html":
        text = html_to_text(text)
        if not text.strip():
            raise ReadError(path, "empty (no text in the HTML)")
    notice = None
    if encoding != "utf-8":
        notice = f"decoded from {encoding.upper()}; evidence spans refer to the decoded text"
    return Source(
        path=path, doc_id=Path(path).stem, text=text, encoding=encoding, kind=kind,
        sha256=hashlib.sha256(data).hexdigest(), notice=notice,
    )


def decode_bytes(data: bytes) -> tuple[str, str]:
    """(text with universal newlines, encoding name). Raises ReadError(path='<bytes>')."""
    if not data.strip():
        raise ReadError("<bytes>", "empty (0 bytes or whitespace only)")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with BOM legitimately holds NULs
        try:
            return _finish(data.decode("utf-16"), "utf-16")
        except UnicodeDecodeError:
            raise ReadError("<bytes>", "undecodable (bad UTF-16)") from None
    if _looks_binary(data):
        raise ReadError("<bytes>", "binary (NUL or control bytes)")
    try:
        # Plain 'utf-8' keeps a BOM as U+FEFF, exactly as open(..., encoding='utf-8') does.
        return _finish(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    for candidate in _candidate_encodings(data):
        try:
            text = data.decode(candidate)
        except (UnicodeDecodeError, LookupError):
            continue
        if _plausible_chinese(text):
            return _finish(text, _REPORTED_NAME.get(candidate, candidate))
    raise ReadError("<bytes>", "undecodable (not UTF-8, GB18030 or Big5 Chinese text)")


def _finish(text: str, encoding: str) -> tuple[str, str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")  # universal newlines
    if not text.strip():
        raise ReadError("<bytes>", "empty (0 bytes or whitespace only)")
    return text, encoding


def _looks_binary(data: bytes) -> bool:
    if b"\x00" in data:
        return True
    sample = data[:65536]
    controls = sum(sample.count(b) for b in _CONTROL_BYTES)
    return controls > 0.05 * len(sample)


def _candidate_encodings(data: bytes) -> list[str]:
    """Detector guesses first (mapped onto their supersets), then the usual Chinese ones."""
    out: list[str] = []
    for match in charset_normalizer.from_bytes(data):
        name = match.encoding.lower().replace("-", "").replace("_", "")
        family = _ENCODING_FAMILIES.get(name)
        if family and family not in out:
            out.append(family)
    for family in ("gb18030", "big5hkscs"):
        if family not in out:
            out.append(family)
    return out


def _plausible_chinese(text: str) -> bool:
    """Most non-ASCII characters are CJK ideographs or CJK punctuation, and no controls."""
    if any(ord(c) < 0x20 and c not in "\t\n\r\f\x1b" for c in text):
        return False
    non_ascii = [c for c in text if ord(c) > 0x7F]
    if not non_ascii:
        return False
    cjk = sum(1 for c in non_ascii if _CJK_RE.match(c))
    punct = sum(1 for c in non_ascii if "\u3000" <= c <= "\u303f" or "\uff00" <= c <= "\uffef"
                or "\u2010" <= c <= "\u2027")
    private = sum(1 for c in non_ascii if "\ue000" <= c <= "\uf8ff")
    return cjk >= 1 and (cjk + punct) >= 0.8 * len(non_ascii) and private == 0


# --- HTML -----------------------------------------------------------------------------------

_DROP_TAGS = ("script", "style", "noscript", "template", "head", "svg", "iframe")
_BLOCK_TAGS = frozenset(
    "address article aside blockquote body center dd details dialog div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr html li main nav ol p pre "
    "section summary table tbody thead tfoot tr ul caption".split()
)
_CELL_TAGS = frozenset({"td", "th"})
_BLANK_RUNS_RE = re.compile(r"\n{3,}")


def html_to_text(html: str) -> str:
    """Visible text with block structure as newlines and list items as '• …' lines."""
    soup = BeautifulSoup(html, "lxml")
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    parts: list[str] = []
    if title and not soup.find(["h1", "h2"]):  # no heading in the page: keep <title> as line 1
        parts.append(title + "\n\n")
    _walk(soup, parts, in_pre=False)
    lines = [line.strip(" \t") for line in "".join(parts).split("\n")]
    text = "\n".join(lines)
    return _BLANK_RUNS_RE.sub("\n\n", text).strip("\n")


def _walk(node: Tag, parts: list[str], in_pre: bool) -> None:
    for child in node.children:
        if isinstance(child, (Comment, Doctype)):
            continue
        if isinstance(child, NavigableString):
            text = str(child)
            parts.append(text if in_pre else re.sub(r"[ \t\r\n\f]+", " ", text))
            continue
        if not isinstance(child, Tag):
            continue
        name = child.name.lower()
        if name == "br":
            parts.append("\n")
        elif name == "li":
            parts.append("\n• ")
            _walk(child, parts, in_pre)
            parts.append("\n")
        elif name in _CELL_TAGS:
            parts.append(" ")
            _walk(child, parts, in_pre)
            parts.append(" ")
        elif name in _BLOCK_TAGS:
            # A blank line around paragraphs and headings, a single newline around the rest.
            sep = "\n\n" if name in {"p", "h1", "h2", "h3", "h4", "h5", "h6"} else "\n"
            parts.append(sep)
            _walk(child, parts, in_pre or name == "pre")
            parts.append(sep)
        else:
            _walk(child, parts, in_pre)


def iter_input_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Folders → their *.txt/*.html/*.htm files (sorted, not recursive); files as given, in order."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            out.extend(sorted(
                child for child in p.iterdir()
                if child.is_file() and child.suffix.lower() in TEXT_SUFFIXES + HTML_SUFFIXES
            ))
        else:
            out.append(p)
    return out
