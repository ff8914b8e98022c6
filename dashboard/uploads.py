"""Upload policy and storage for the internal 录入 page: what may come in, under which
name, and how an accepted original is saved and folded into the cache (`add_bulletin`).

Uploads are parsed, never rendered or executed, but the name ends up on disk and the
bytes in the parser, so both are checked here before anything is written.
"""
from __future__ import annotations

import hashlib
import logging
import math
import os
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Literal

from parsers.reading import SUPPORTED_SUFFIXES

if TYPE_CHECKING:
    from parsers.records import Document

LOG = logging.getLogger(__name__)
# The parser's reader registry decides what can be read; uploads accept exactly that.
ALLOWED_SUFFIXES: frozenset[str] = frozenset(SUPPORTED_SUFFIXES)
# For st.file_uploader(type=...): suffixes without the dot.
UPLOAD_TYPES: list[str] = sorted(suffix.lstrip(".") for suffix in ALLOWED_SUFFIXES)
DEFAULT_MAX_MB = 2.0
MAX_MB_ENV = "FRAUD_MAX_UPLOAD_MB"
# UTF-16 LE / BE byte-order marks: such text holds NUL bytes and is still text (Windows
# Notepad's "Unicode"); parsers.reading decodes it. Without a BOM it is refused as binary.
UTF16_BOMS: tuple[bytes, ...] = (b"\xff\xfe", b"\xfe\xff")
MAX_NAME_CHARS = 80  # well under the 255-byte limit even when every char is 3-byte CJK

# ASCII word characters, dot, hyphen and CJK ideographs (URO, Ext-A, compatibility).
# Everything else (slashes, spaces, quotes, control and bidi characters) becomes "_".
_UNSAFE_NAME_CHAR = re.compile(r"[^A-Za-z0-9_.\-\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_RUNS = re.compile(r"_{2,}")


@dataclass(frozen=True)
class UploadCheck:
    ok: bool
    reason: str | None  # in English, for logs and tests; the page shows text(lang)
    safe_name: str | None
    # stable key of the refusal, STRINGS["ingest_err_<code>"]: empty, bad_name, bad_type,
    # too_large, binary (check_upload); undecodable, bad_utf16, too_short, too_big,
    # parse_failed, parser_unavailable (preview_parse, add_bulletin)
    code: str | None = None
    params: tuple[tuple[str, str], ...] = ()  # the message's {placeholders}

    def text(self, lang: str) -> str:
        """The refusal in the page's language (one line)."""
        return problem_text(self.code, lang, self.params)


def problem_text(code: str | None, lang: str, params: tuple[tuple[str, str], ...] = ()) -> str:
    """STRINGS["ingest_err_<code>"] in `lang`; an unknown code reads as 'unreadable'."""
    from dashboard import i18n

    key = f"ingest_err_{code}"
    if key not in i18n.STRINGS:
        key, params = "ingest_err_unreadable", ()
    return i18n.t(key, lang, **dict(params))


# parsers.reading's refusals (ReadError.reason, English) → the code the page words them by
_READ_REASONS: tuple[tuple[str, str], ...] = (
    ("undecodable (bad UTF-16)", "bad_utf16"),
    ("undecodable (under", "too_short"),
    ("undecodable", "undecodable"),
    ("binary", "binary"),
    ("empty", "empty"),
    ("too large", "too_big"),
    ("too deeply nested", "too_deep"),
)


def read_error_code(reason: str) -> str:
    """The code of a reader's (or a build's) refusal reason; 'parse_failed' for others."""
    for prefix, code in _READ_REASONS:
        if reason.startswith(prefix):
            return code
    return "parse_failed"


# The uploader widget's own cap, in MB, is this many times ours (at least SLACK_MB more):
# files up to it reach check_upload and are refused in the page's language; only bigger
# ones meet Streamlit's English refusal (the widget cap still spares the server memory).
WIDGET_FACTOR, SLACK_MB = 4, 8


def widget_upload_mb(limit: int) -> int:
    """st.file_uploader's max_upload_size (whole MB) for our limit in bytes."""
    ours = limit / (1024 * 1024)
    return max(1, math.ceil(max(ours * WIDGET_FACTOR, ours + SLACK_MB)))


def max_upload_bytes(env: Mapping[str, str] | None = None) -> int:
    """The size limit: FRAUD_MAX_UPLOAD_MB (a positive number) or 2 MB."""
    env = os.environ if env is None else env
    raw = env.get(MAX_MB_ENV)
    try:
        megabytes = float(raw) if raw is not None else DEFAULT_MAX_MB
    except ValueError:
        megabytes = DEFAULT_MAX_MB
    if not megabytes > 0 or megabytes == float("inf"):
        megabytes = DEFAULT_MAX_MB
    return int(megabytes * 1024 * 1024)


def safe_filename(name: str) -> str | None:
    """A name safe to store: last path component only, NFC, [A-Za-z0-9_.-] + CJK, no
    leading dots (no hidden files, no '..'), suffix lower-cased, length-limited.
    None when nothing usable is left."""
    name = unicodedata.normalize("NFC", name or "")
    # Both separators: a Windows browser may send C:\\Users\\x\\a.txt.
    base = name.replace("\\", "/").split("/")[-1]
    base = _RUNS.sub("_", _UNSAFE_NAME_CHAR.sub("_", base))
    base = base.lstrip("._-").rstrip(". ")
    if not base:
        return None
    stem, suffix = os.path.splitext(base)
    suffix = suffix.lower()
    stem = stem.strip("._-")
    if not stem:
        return None
    stem = stem[: MAX_NAME_CHARS - len(suffix)]
    return stem + suffix


def limit_text(n_bytes: int | None = None) -> str:
    """The size limit as the page states it: '2 MB', '0.5 MB', '1.25 MB' (the limit in
    force, FRAUD_MAX_UPLOAD_MB, by default)."""
    n_bytes = max_upload_bytes() if n_bytes is None else n_bytes
    megabytes = f"{n_bytes / (1024 * 1024):.2f}".rstrip("0").rstrip(".")
    return f"{megabytes} MB"


def types_text(sep: str = " / ") -> str:
    """The accepted suffixes as the page states them: '.htm / .html / .txt'."""
    return sep.join(sorted(ALLOWED_SUFFIXES))


def _human_mb(n_bytes: int) -> str:
    return f"{n_bytes / (1024 * 1024):.1f} MB"


def check_upload(name: str, data: bytes, *, max_bytes: int | None = None) -> UploadCheck:
    """Accept a .txt/.html/.htm text file within the size limit, with a safe name."""
    limit = max_upload_bytes() if max_bytes is None else max_bytes
    safe = safe_filename(name)
    if safe is None:
        return UploadCheck(False, "invalid file name", None, "bad_name")
    suffix = PurePath(safe).suffix
    if suffix not in ALLOWED_SUFFIXES:
        return UploadCheck(False, f"only {types_text(', ')} files", safe, "bad_type",
                           (("types", types_text()),))
    if not data:
        return UploadCheck(False, "empty file", safe, "empty")
    if len(data) > limit:
        return UploadCheck(False, f"file too large ({_human_mb(len(data))} > {_human_mb(limit)})",
                           safe, "too_large",
                           (("size", _human_mb(len(data))), ("limit", _human_mb(limit))))
    # NUL bytes mean a binary file renamed to .txt (parsers.reading refuses them too),
    # except in UTF-16 text with its byte-order mark, which parsers.reading decodes. UTF-16
    # without one holds NULs as well: the message says why it is refused (not UTF-8,
    # GB18030 or Big5; UTF-16 needs its BOM).
    if b"\x00" in data and not data.startswith(UTF16_BOMS):
        return UploadCheck(False, "not UTF-8, GB18030 or Big5 text (UTF-16 needs a BOM)", safe,
                           "binary")
    return UploadCheck(True, None, safe, None)


def pasted_text_to_upload(text: str, title_hint: str | None = None) -> tuple[str, bytes]:
    """Pasted text as an upload: (generated .txt name, UTF-8 bytes).

    The name is the cleaned title hint (or 'pasted') plus a content hash, so pasting the
    same text twice gives the same name and the cache sees one document, not two. Blanks
    at the ends of lines and of the text are no part of it (a second paste that picked up a
    trailing space or line is the same bulletin).
    """
    if text is None or not text.strip():
        raise ValueError("pasted text is empty")  # the page says ingest_err_paste_empty
    lines = text.replace("\r\n", "\n").replace("\r", "\n").strip().split("\n")
    normalised = "\n".join(line.rstrip() for line in lines) + "\n"
    data = normalised.encode("utf-8")
    digest = hashlib.sha256(data).hexdigest()[:12]
    # A title may contain "/" (一/二季度); it is not a path here, so flatten it first.
    hint = (title_hint or "").replace("/", "_").replace("\\", "_")
    safe_hint = safe_filename(f"{hint}.txt") if hint.strip() else None
    stem = PurePath(safe_hint).stem[:40] if safe_hint and safe_hint.endswith(".txt") else "pasted"
    return f"{stem}_{digest}.txt", data


def upload_identity(mode: str, token: str | None) -> str | None:
    """What a 录入 message belongs to: the uploader's file id (each choice of a file is a
    new one) or the pasted text. None when there is nothing to belong to (no file, an
    empty box): a message is then shown for nothing."""
    if not token or not token.strip():
        return None
    return f"{mode}:{hashlib.sha256(token.encode('utf-8')).hexdigest()}"


def preview_parse(name: str, data: bytes) -> Document | UploadCheck:
    """Parse an upload in memory for the preview: the Document, or the refusal (an
    UploadCheck that is not ok; its reason keeps the details in English for the log, its
    text(lang) is what the page says).

    Nothing is written to disk. The parser modules are imported here, not at module
    import, so the upload policy works (and is testable) without the parser.
    """
    check = check_upload(name, data)
    if not check.ok:
        return check
    try:
        from parsers.pipeline import parse_source
        from parsers.reading import source_from_bytes
    except ImportError as exc:
        return UploadCheck(False, f"parser unavailable: {exc}", check.safe_name,
                           "parser_unavailable")
    try:
        source = source_from_bytes(data, name=check.safe_name)
        return parse_source(source)
    except Exception as exc:  # noqa: BLE001 - any parser failure is shown, not raised
        reason = getattr(exc, "reason", None)  # parsers.reading.ReadError
        code = read_error_code(reason) if isinstance(reason, str) else "parse_failed"
        LOG.info("upload %s not parsed: %s", check.safe_name, exc)
        return UploadCheck(False, f"could not parse: {exc}", check.safe_name, code)


# ---------------------------------------------------------------- storing an upload

REPO_ROOT = Path(__file__).resolve().parent.parent
INGEST_LOCK = ".ingest.lock"  # in the data folder, beside bulletins/ (never in bulletins/)


@dataclass
class AddResult:
    status: Literal["added", "duplicate", "error"]
    doc_id: str | None
    message: str  # in English, for logs and tests; the page words status / code itself
    code: str | None = None  # an error's key (read_error_code): what problem_text says

    def text(self, lang: str) -> str:
        """The outcome in the page's language (one line; the doc_id, which comes from a
        file name, is not in it: the page shows that as plain text)."""
        from dashboard import i18n

        if self.status in ("added", "duplicate"):
            return i18n.t(f"ingest_{self.status}", lang)
        return i18n.t("ingest_failed", lang, reason=problem_text(self.code, lang))


def _error(reason: str) -> AddResult:
    return AddResult("error", None, reason, read_error_code(reason))


def _stored_name(name: str, sha: str) -> str:
    """<sha256[:16]>_<safe stem><suffix>: the hash keeps two uploads with one name apart."""
    safe = safe_filename(name)
    stem = PurePath(safe).stem[:40] if safe else "bulletin"
    suffix = PurePath(name).suffix.lower()
    return f"{sha[:16]}_{stem}{suffix if suffix in ALLOWED_SUFFIXES else '.txt'}"


def _doc_id_with_sha(manifest: dict | None, sha: str) -> str | None:
    for entry in (manifest or {}).get("files", {}).values():
        if entry.get("sha256") == sha:
            return entry.get("doc_id")
    return None


def _doc_id_with_text(manifest: dict | None, cache_dir: str | Path, text: str) -> str | None:
    """The doc_id of a cached bulletin whose decoded text (documents.original_text, what
    parsers.reading made of its bytes) is `text`; a leading byte-order mark is not text
    (UTF-8 keeps it as U+FEFF, UTF-16 drops it). None when none is, or the table cannot
    be read (the build that follows heals a damaged cache)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    name = (manifest or {}).get("tables", {}).get("documents")
    if name is None:
        return None
    body = text.lstrip("\ufeff")
    try:
        table = pq.read_table(Path(cache_dir) / name, columns=["doc_id"],
                              filters=[("original_text", "in", [body, "\ufeff" + body])])
    except (OSError, pa.ArrowException, ValueError):
        return None
    return table["doc_id"][0].as_py() if table.num_rows else None


def _twin(cache_dir: str | Path, sha: str, text: str | None) -> str | None:
    """The doc_id of the bulletin already in the cache that these bytes are: same bytes
    (the manifest's sha256, cheap), else same decoded text (other encoding, BOM, CRLF)."""
    from parsers.cache import read_manifest

    manifest = read_manifest(cache_dir)
    found = _doc_id_with_sha(manifest, sha)
    if found is None and text is not None:
        found = _doc_id_with_text(manifest, cache_dir, text)
    return found


def find_twin(data: bytes, name: str, cache_dir: str | Path) -> str | None:
    """The doc_id of the bulletin in the cache with the same bytes or the same decoded
    text as this upload (None if there is none, or the bytes cannot be read)."""
    from parsers import reading

    try:
        text = reading.source_from_bytes(data, name).text
    except reading.ReadError:
        text = None
    return _twin(cache_dir, hashlib.sha256(data).hexdigest(), text)


def add_bulletin(
    data: bytes,
    name: str,
    data_dir: str | Path,
    cache_dir: str | Path,
    parse: Callable[[Path], Document] | None = None,
) -> AddResult:
    """Save an uploaded original under data_dir/bulletins/ and fold it into the cache.

    Same bytes, or the same decoded text (parsers.reading), as a document already in the
    cache → 'duplicate', nothing written. Bytes the
    reader rejects (empty, binary, too large) → 'error', nothing written. The cache update
    is incremental (parsers.cache.build_cache): only the new file is parsed.

    Two callers adding the same bytes at once (two sessions, two processes) are serialised
    by an exclusive lock on data_dir/.ingest.lock held from the duplicate check to the end
    of the build: the first is told 'added', the second then finds it and gets 'duplicate'.
    """
    from parsers import storage

    Path(data_dir).mkdir(parents=True, exist_ok=True)
    with storage.locked(Path(data_dir) / INGEST_LOCK):
        return _add_bulletin_locked(data, name, data_dir, cache_dir, parse)


def _add_bulletin_locked(data: bytes, name: str, data_dir: str | Path, cache_dir: str | Path,
                         parse: Callable[[Path], Document] | None) -> AddResult:
    from parsers import reading, storage
    from parsers.cache import _error_reason, build_cache, read_manifest

    sha = hashlib.sha256(data).hexdigest()
    existing = _doc_id_with_sha(read_manifest(cache_dir), sha)  # same bytes: no decoding
    if existing is not None:
        return AddResult("duplicate", existing, f"already in the dataset as {existing}")
    try:
        text = reading.source_from_bytes(data, name).text
    except reading.ReadError as exc:
        return _error(_error_reason(exc, Path(name)))
    # The same bulletin in another encoding (UTF-16, GB18030) or with a BOM / CRLF: the
    # bytes differ, the text parsers.reading decodes is the same.
    existing = _doc_id_with_text(read_manifest(cache_dir), cache_dir, text)
    if existing is not None:
        return AddResult("duplicate", existing, f"already in the dataset as {existing}")

    bulletins = Path(data_dir) / "bulletins"
    bulletins.mkdir(parents=True, exist_ok=True)
    target = bulletins / _stored_name(name, sha)
    if not target.exists():
        storage.atomic_write_bytes(target, data)

    manifest = read_manifest(cache_dir)
    from dashboard.data import corpus_dirs  # here, not at the top: data imports nothing of ours

    inputs = [Path(p) for p in (manifest or {}).get("inputs", [])] or [REPO_ROOT / "seeds", *corpus_dirs()]
    if bulletins.resolve() not in {p.resolve() for p in inputs}:
        inputs.append(bulletins)
    report = build_cache(inputs, cache_dir, parse=parse)

    key = str(target.resolve())
    reasons = dict(report.errors)
    if key in reasons:
        target.unlink(missing_ok=True)
        build_cache(inputs, cache_dir, parse=parse)  # drop the error entry it left
        return _error(reasons[key])
    duplicates = dict(report.duplicates)
    if key in duplicates:
        target.unlink(missing_ok=True)
        first = (read_manifest(cache_dir) or {}).get("files", {}).get(duplicates[key], {})
        return AddResult("duplicate", first.get("doc_id"), f"same content as {duplicates[key]}")
    doc_id = (read_manifest(cache_dir) or {}).get("files", {}).get(key, {}).get("doc_id")
    return AddResult("added", doc_id, f"added as {doc_id}")
