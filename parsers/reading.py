"""bytes → str: read one bulletin file (or uploaded bytes) into the ORIGINAL text.

Every evidence span downstream refers to `Source.text`, so for UTF-8 .txt files it must be
exactly what `open(path, encoding="utf-8").read()` returns (universal newlines, BOM kept).

Formats are a registry: `READERS` maps a file suffix to a `Reader` (its kind and a function
bytes → `Decoded`), and `SUPPORTED_SUFFIXES` — the one list the CLI, the cache, uploads and
the ingest page accept — is derived from it. A new format (PDF, DOCX) is one function and
one `register_reader` call; decoding and format checks live inside its reader.
"""
from __future__ import annotations

import errno
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import charset_normalizer
# bs4 is imported where HTML is read: it costs ~0.4 s of start-up in every process, and
# most inputs are .txt

MAX_BYTES = 5 * 1024 * 1024
# Below this many bytes a detector cannot tell GB18030 from Big5 (or from UTF-8 that
# happens to be valid): such files are read as UTF-8 only when that gives Chinese, then
# as GB18030 only, else refused.
SHORT_BYTES = 64
MAX_HTML_DEPTH = 1000  # nesting of elements; real pages stay far below 100
SYMLINK_LOOP = "symlink loop (too many levels of symbolic links); skipped"

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


@dataclass(frozen=True)
class Decoded:
    text: str  # the ORIGINAL text (universal newlines)
    encoding: str
    notice: str | None = None  # said on stderr by the CLI (legacy encoding, repaired bytes)


@dataclass(frozen=True)
class Reader:
    kind: str  # Source.kind, e.g. 'txt' | 'html'
    read: Callable[[bytes], Decoded]  # raises ReadError(path='<bytes>', reason)


READERS: dict[str, Reader] = {}
SUPPORTED_SUFFIXES: tuple[str, ...] = ()


def register_reader(suffixes: Iterable[str], reader: Reader) -> None:
    """Route files ending in `suffixes` (lower-case, with the dot) to `reader`."""
    global SUPPORTED_SUFFIXES
    for suffix in suffixes:
        READERS[suffix.lower()] = reader
    SUPPORTED_SUFFIXES = tuple(READERS)


def reader_for(name: str | Path) -> Reader | None:
    """The reader for a file name by its suffix (case-insensitive), None if unsupported."""
    return READERS.get(Path(name).suffix.lower())


def read_source(path: str | Path) -> Source:
    """Read and decode one file. Raises ReadError (missing, symlink loop, empty, binary,
    too large, undecodable, too deeply nested)."""
    p = Path(path)
    try:
        p.stat()
    except OSError as e:
        if e.errno == errno.ELOOP:
            raise ReadError(str(path), SYMLINK_LOOP) from None
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
    # An unknown suffix (a file named on the command line) is read as plain text.
    reader = reader_for(path) or READERS[".txt"]
    try:
        decoded = reader.read(data)
    except ReadError as e:
        raise ReadError(path, e.reason) from None
    return Source(
        path=path, doc_id=Path(path).stem, text=decoded.text, encoding=decoded.encoding,
        kind=reader.kind, sha256=hashlib.sha256(data).hexdigest(), notice=decoded.notice,
    )


def _notice_for(encoding: str) -> str | None:
    if encoding == "utf-8":
        return None
    return f"decoded from {encoding.upper()}; evidence spans refer to the decoded text"


def read_text_bytes(data: bytes) -> Decoded:
    """The .txt reader: decode (see decode_bytes) and say how."""
    return _decode(data)


def read_html_bytes(data: bytes) -> Decoded:
    """The .html/.htm reader: decode, then the visible text (see html_to_text)."""
    decoded = _decode(data)
    text = html_to_text(decoded.text)
    if not text.strip():
        raise ReadError("<bytes>", "empty (no text in the HTML)")
    return Decoded(text, decoded.encoding, decoded.notice)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """(text with universal newlines, encoding name). Raises ReadError(path='<bytes>')."""
    decoded = _decode(data)
    return decoded.text, decoded.encoding


def _decode(data: bytes) -> Decoded:
    if not data.strip():
        raise ReadError("<bytes>", "empty (0 bytes or whitespace only)")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with BOM legitimately holds NULs
        try:
            return _finish(data.decode("utf-16"), "utf-16")
        except UnicodeDecodeError:
            raise ReadError("<bytes>", "undecodable (bad UTF-16)") from None
    if _looks_binary(data):
        raise ReadError("<bytes>", "binary (NUL or control bytes)")
    short = len(data) < SHORT_BYTES
    try:
        # Plain 'utf-8' keeps a BOM as U+FEFF, exactly as open(..., encoding='utf-8') does.
        text = data.decode("utf-8")
        # A few GBK bytes can happen to be valid UTF-8 (Armenian, Cyrillic …): too little
        # text to trust that, unless it reads as ASCII or Chinese.
        body = text.lstrip("\ufeff").strip()
        if not short or body.isascii() or _plausible_chinese(body):
            return _finish(text, "utf-8")
    except UnicodeDecodeError as exc:
        truncated = _truncated_utf8(data, exc)
        if truncated is not None:
            return truncated
    # Short files: a detector guesses wildly (16 bytes of GBK come out as Big5), and
    # mainland bulletins are GB18030 far more often than Big5.
    for candidate in ["gb18030"] if short else _candidate_encodings(data):
        try:
            text = data.decode(candidate)
        except (UnicodeDecodeError, LookupError):
            continue
        if _plausible_chinese(text):
            return _finish(text, _REPORTED_NAME.get(candidate, candidate))
    if short:
        raise ReadError("<bytes>", f"undecodable (under {SHORT_BYTES} bytes and not UTF-8 or "
                                   "GB18030 Chinese text: too short to tell the encoding)")
    raise ReadError("<bytes>", "undecodable (not UTF-8, GB18030 or Big5 Chinese text)")


def _truncated_utf8(data: bytes, exc: UnicodeDecodeError) -> Decoded | None:
    """UTF-8 cut off inside its last character (an interrupted download or copy): keep
    everything before that character and say so. None when the damage is elsewhere."""
    if exc.reason != "unexpected end of data" or len(data) - exc.start > 3:
        return None
    try:
        text = data[: exc.start].decode("utf-8")
    except UnicodeDecodeError:
        return None
    dropped = len(data) - exc.start
    decoded = _finish(text, "utf-8")
    return Decoded(decoded.text, "utf-8",
                   f"UTF-8 text ends inside a character: its last {dropped} byte(s) were dropped")


def _finish(text: str, encoding: str) -> Decoded:
    text = text.replace("\r\n", "\n").replace("\r", "\n")  # universal newlines
    if not text.strip():
        raise ReadError("<bytes>", "empty (0 bytes or whitespace only)")
    return Decoded(text, encoding, _notice_for(encoding))


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
    """Visible text with block structure as newlines and list items as '• …' lines.

    Raises ReadError('<bytes>', 'too deeply nested …') past MAX_HTML_DEPTH levels; the
    walk itself is iterative, so depth never costs Python stack."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    parts: list[str] = []
    if title and not soup.find(["h1", "h2"]):  # no heading in the page: keep <title> as line 1
        parts.append(title + "\n\n")
    _walk(soup, parts)
    lines = [line.strip(" \t") for line in "".join(parts).split("\n")]
    text = "\n".join(lines)
    return _BLANK_RUNS_RE.sub("\n\n", text).strip("\n")


_SPACES_RE = re.compile(r"[ \t\r\n\f]+")


def _walk(root: object, parts: list[str]) -> None:
    """Depth-first over root's descendants with an explicit stack of pending work: a
    node to visit (with its depth and whether it is inside <pre>) or a separator string
    to emit after a block's children."""
    from bs4 import Comment, Doctype, NavigableString, Tag

    stack: list[tuple[object, int, bool] | str] = [(child, 1, False) for child in reversed(root.contents)]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            parts.append(item)
            continue
        child, depth, in_pre = item
        if isinstance(child, (Comment, Doctype)):
            continue
        if isinstance(child, NavigableString):
            text = str(child)
            parts.append(text if in_pre else _SPACES_RE.sub(" ", text))
            continue
        if not isinstance(child, Tag):
            continue
        if depth > MAX_HTML_DEPTH:
            raise ReadError("<bytes>", f"too deeply nested (over {MAX_HTML_DEPTH} levels of HTML elements)")
        name = child.name.lower()
        if name == "br":
            parts.append("\n")
            continue
        if name == "li":
            before, after = "\n• ", "\n"
        elif name in _CELL_TAGS:
            before, after = " ", " "
        elif name in _BLOCK_TAGS:
            # A blank line around paragraphs and headings, a single newline around the rest.
            before = after = "\n\n" if name in {"p", "h1", "h2", "h3", "h4", "h5", "h6"} else "\n"
        else:
            before = after = ""
        inner_pre = in_pre or name == "pre"
        parts.append(before)
        stack.append(after)
        stack.extend((grandchild, depth + 1, inner_pre) for grandchild in reversed(child.contents))


def iter_input_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Folders → their files with a SUPPORTED_SUFFIXES suffix (sorted, not recursive);
    files as given, in order. Entries that cannot be stat'ed (symlink loops, dangling
    links) are kept so that reading them reports one error line each instead of silence."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            out.extend(sorted(
                child for child in p.iterdir()
                if child.suffix.lower() in READERS and not child.is_dir()
            ))
        else:
            out.append(p)
    return out


register_reader([".txt"], Reader("txt", read_text_bytes))
register_reader([".html", ".htm"], Reader("html", read_html_bytes))
