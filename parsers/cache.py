"""The Parquet cache the dashboard reads: build it incrementally, load it, add one bulletin.

Layout of a cache folder::

    manifest.json                    ← the commit point, written last
    documents.<content-hash>.parquet ← one generation of the three tables
    facts.<content-hash>.parquet
    campaigns.<content-hash>.parquet

Crash safety. The manifest names the table files of the generation it describes. A build
writes each new table to a temp file, renames it to a name carrying the hash of its own
bytes (a name the current manifest cannot be using unless the bytes are identical), and
only then atomically replaces manifest.json. Files of older generations are deleted after
that. So a crash anywhere before the manifest rename leaves the old manifest pointing at
the old, complete and mutually consistent tables; a crash after it leaves the new ones.
Leftover temps and orphaned generations are swept by the next successful build.

Incremental builds. A file is re-parsed only when its bytes (size+mtime, then sha256) or
the parser version (a hash of parsers/*.py and parsers/data/*) changed; otherwise its rows
are copied from the previous generation. A build that changes nothing writes nothing, so
`cache_key` (which the dashboard keys st.cache_data on) stays the same.
"""
from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import re
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Literal

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from parsers import records
from parsers.records import Document

CACHE_FILES = ("documents.parquet", "facts.parquet", "campaigns.parquet", "manifest.json")
TABLE_NAMES = ("documents", "facts", "campaigns")
MANIFEST = "manifest.json"
SCHEMA_VERSION = 1
PACKAGE_DIR = Path(__file__).resolve().parent
REPO_ROOT = PACKAGE_DIR.parent

ParseFn = Callable[[Path], Document]

_INT_COLUMNS = frozenset(
    {"span_start", "span_end", "sentence_start", "sentence_end", "unit_index", "n_facts"}
)
_FLOAT_COLUMNS = frozenset({"value"})


def _schema(columns: Sequence[str]) -> pa.Schema:
    def arrow_type(name: str) -> pa.DataType:
        if name in _INT_COLUMNS:
            return pa.int64()
        if name in _FLOAT_COLUMNS:
            return pa.float64()
        return pa.string()

    return pa.schema([pa.field(name, arrow_type(name), nullable=True) for name in columns])


SCHEMAS: dict[str, pa.Schema] = {
    "documents": _schema(records.DOCUMENT_COLUMNS),
    "facts": _schema(records.FACT_COLUMNS),
    "campaigns": _schema(records.CAMPAIGN_COLUMNS),
}


@dataclass
class BuildReport:
    parsed: list[str] = field(default_factory=list)
    reused: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0
    # (skipped path, path of the first file with the same bytes); not an error
    duplicates: list[tuple[str, str]] = field(default_factory=list)
    written: bool = False  # False when nothing changed and the cache was left untouched

    def summary(self) -> str:
        return (
            f"parsed {len(self.parsed)}, reused {len(self.reused)}, removed {len(self.removed)}, "
            f"duplicates {len(self.duplicates)}, errors {len(self.errors)}, "
            f"{self.seconds:.2f} s"
        )


@dataclass
class AddResult:
    status: Literal["added", "duplicate", "error"]
    doc_id: str | None
    message: str


# ---------------------------------------------------------------- fingerprints


def parser_version() -> str:
    """Hash of the parser's own code and data: a change re-parses every file."""
    digest = hashlib.sha256()
    files = sorted(PACKAGE_DIR.glob("*.py")) + sorted(
        p for p in (PACKAGE_DIR / "data").rglob("*") if p.is_file() and "__pycache__" not in p.parts
    )
    for path in files:
        digest.update(path.relative_to(PACKAGE_DIR).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _stat_entry(path: Path) -> dict[str, Any]:
    st = path.stat()
    return {"size": st.st_size, "mtime": st.st_mtime_ns}


# ---------------------------------------------------------------- reading the cache


def read_manifest(cache_dir: str | Path) -> dict | None:
    try:
        return json.loads((Path(cache_dir) / MANIFEST).read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return None


def cache_key(cache_dir: str | Path) -> str:
    """Changes whenever the table contents change (the file names carry content hashes)."""
    manifest = read_manifest(cache_dir)
    if manifest is None:
        return "no-cache"
    tables = json.dumps(manifest.get("tables", {}), sort_keys=True)
    return hashlib.sha1(f"{manifest.get('parser_version')}|{tables}".encode()).hexdigest()[:16]


def empty_tables() -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    return tuple(SCHEMAS[name].empty_table().to_pandas() for name in TABLE_NAMES)  # type: ignore[return-value]


def _read_arrow_tables(cache_dir: Path, manifest: dict | None) -> dict[str, pa.Table]:
    tables = {name: SCHEMAS[name].empty_table() for name in TABLE_NAMES}
    if manifest is None:
        return tables
    for name, file_name in manifest.get("tables", {}).items():
        if name in tables:
            tables[name] = pq.read_table(cache_dir / file_name, schema=SCHEMAS[name])
    return tables


def load_tables(cache_dir: str | Path) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """documents, facts, campaigns — columns in records.py order; empty typed frames if no cache."""
    cache_dir = Path(cache_dir)
    tables = _read_arrow_tables(cache_dir, read_manifest(cache_dir))
    return tuple(tables[name].to_pandas() for name in TABLE_NAMES)  # type: ignore[return-value]


def cache_exists(cache_dir: str | Path) -> bool:
    return read_manifest(cache_dir) is not None


# ---------------------------------------------------------------- parsing


def _default_parse(path: Path) -> Document:
    # Looked up at call time so tests (and the lead) can swap parsers.pipeline.parse_path.
    from parsers import pipeline

    return pipeline.parse_path(path)


def _error_reason(exc: BaseException, path: Path) -> str:
    from parsers import reading

    if isinstance(exc, reading.ReadError):
        text = getattr(exc, "reason", None) or str(exc)
        prefix = f"{path}: "
        return text[len(prefix):] if text.startswith(prefix) else text
    return f"internal error: {type(exc).__name__}: {exc}"


def _safe_parse(parse: ParseFn, path: Path) -> tuple[Document | None, str | None]:
    """Never raises, so one bad file cannot stop a pool."""
    try:
        return parse(path), None
    except Exception as exc:  # noqa: BLE001 — reported per file, the build goes on
        return None, _error_reason(exc, path)


def _parse_all(parse: ParseFn, paths: list[Path], jobs: int) -> list[tuple[Document | None, str | None]]:
    if jobs <= 1 or len(paths) <= 1:
        return [_safe_parse(parse, p) for p in paths]
    with ProcessPoolExecutor(max_workers=min(jobs, len(paths))) as pool:
        chunk = max(1, len(paths) // (jobs * 4))
        return list(pool.map(_safe_parse, [parse] * len(paths), paths, chunksize=chunk))


def _expand_inputs(inputs: Sequence[str | Path]) -> tuple[list[Path], list[tuple[str, str]]]:
    """Each input separately, so one missing folder is an error line, not a failed build."""
    from parsers import reading

    found: list[Path] = []
    errors: list[tuple[str, str]] = []
    seen: set[Path] = set()
    for item in inputs:
        try:
            paths = reading.iter_input_paths([item])
        except reading.ReadError as exc:
            errors.append((str(item), _error_reason(exc, Path(item))))
            continue
        for path in paths:
            resolved = Path(path).resolve()
            if resolved not in seen:
                seen.add(resolved)
                found.append(resolved)
    return found, errors


# ---------------------------------------------------------------- writing the cache


def _fill_doc_ids(doc: Document, path: Path) -> Document:
    doc.path = doc.path or str(path)
    for item in [*doc.facts, *doc.campaigns]:
        item.doc_id = item.doc_id or doc.doc_id
    return doc


def _rows_of(doc: Document) -> dict[str, list[dict[str, Any]]]:
    return {
        "documents": [records.document_row(doc)],
        "facts": [records.fact_row(f) for f in doc.facts],
        "campaigns": [records.campaign_row(c) for c in doc.campaigns],
    }


def _rows_by_doc(tables: dict[str, pa.Table]) -> dict[str, dict[str, list[dict[str, Any]]]]:
    by_doc: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for name, table in tables.items():
        for row in table.to_pylist():
            by_doc[row["doc_id"]][name].append(row)
    return by_doc


def _write_table(cache_dir: Path, name: str, rows: list[dict[str, Any]]) -> str:
    """Write to a temp file, then rename to a content-addressed name; returns that name."""
    table = pa.Table.from_pylist(rows, schema=SCHEMAS[name])
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=cache_dir)
    os.close(fd)
    try:
        pq.write_table(table, tmp, compression="zstd")
        final = f"{name}.{file_sha256(Path(tmp))[:16]}.parquet"
        os.replace(tmp, cache_dir / final)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
    return final


def _write_json_atomic(path: Path, payload: dict) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(payload, handle, ensure_ascii=False, indent=1)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def _sweep(cache_dir: Path, keep: set[str]) -> None:
    """Delete table files of other generations and temps left by crashed builds."""
    for path in cache_dir.iterdir():
        stale_table = path.suffix == ".parquet" and path.name not in keep
        stale_temp = path.name.startswith(".") and path.suffix == ".tmp"
        if stale_table or stale_temp:
            with contextlib.suppress(OSError):
                path.unlink()


@contextlib.contextmanager
def _build_lock(cache_dir: Path) -> Iterator[None]:
    """Two uploads at once must not interleave their builds."""
    with (cache_dir / ".lock").open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


# ---------------------------------------------------------------- the build


@dataclass
class _Plan:
    order: list[tuple[Path, str]] = field(default_factory=list)  # (path, doc_id) kept, in input order
    to_parse: list[Path] = field(default_factory=list)
    entries: dict[str, dict[str, Any]] = field(default_factory=dict)  # manifest "files"
    reused: list[str] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)
    # fingerprints of files that failed, so an unchanged bad file is not parsed again
    error_entries: dict[str, dict[str, Any]] = field(default_factory=dict)


def _plan(paths: list[Path], old: dict | None, version: str) -> _Plan:
    plan = _Plan()
    same_parser = bool(old) and old.get("parser_version") == version
    old_files = old.get("files", {}) if same_parser else {}
    old_errors = old.get("errors", {}) if same_parser else {}
    first_with_hash: dict[str, str] = {}
    for path in paths:
        key = str(path)
        previous = old_files.get(key) or old_errors.get(key)
        try:
            entry = _stat_entry(path)
            if previous and (previous.get("size"), previous.get("mtime")) == (entry["size"], entry["mtime"]):
                entry["sha256"] = previous["sha256"]
            else:
                entry["sha256"] = file_sha256(path)
        except OSError as exc:
            plan.errors.append((key, exc.strerror or str(exc)))
            continue
        if previous and "reason" in previous and previous.get("sha256") == entry["sha256"]:
            plan.errors.append((key, previous["reason"]))
            plan.error_entries[key] = entry
            continue
        if entry["sha256"] in first_with_hash:
            plan.duplicates.append((key, first_with_hash[entry["sha256"]]))
            continue
        first_with_hash[entry["sha256"]] = key
        if previous and previous["sha256"] == entry["sha256"]:
            entry["doc_id"] = previous["doc_id"]
            plan.reused.append(key)
        else:
            plan.to_parse.append(path)
        plan.entries[key] = entry
        plan.order.append((path, entry.get("doc_id", "")))
    return plan


def build_cache(
    inputs: Sequence[str | Path],
    cache_dir: str | Path,
    jobs: int = 1,
    parse: ParseFn | None = None,
) -> BuildReport:
    started = time.perf_counter()
    cache_dir = Path(cache_dir)
    cache_dir.mkdir(parents=True, exist_ok=True)
    with _build_lock(cache_dir):
        report = _build_locked(inputs, cache_dir, jobs, parse or _default_parse)
    report.seconds = time.perf_counter() - started
    return report


def _build_locked(inputs: Sequence[str | Path], cache_dir: Path, jobs: int, parse: ParseFn) -> BuildReport:
    version = parser_version()
    old = read_manifest(cache_dir)
    paths, input_errors = _expand_inputs(inputs)
    plan = _plan(paths, old, version)

    parsed_docs: dict[str, Document] = {}
    errors = input_errors + plan.errors
    for path, (doc, reason) in zip(plan.to_parse, _parse_all(parse, plan.to_parse, jobs)):
        key = str(path)
        if doc is None:
            errors.append((key, reason or "unknown error"))
            plan.error_entries[key] = plan.entries.pop(key)
            continue
        parsed_docs[key] = _fill_doc_ids(doc, path)
        plan.entries[key]["doc_id"] = doc.doc_id

    # Same stem in two folders would make rows ambiguous: keep the first, report the rest.
    owner_of_id: dict[str, str] = {}
    for key in list(plan.entries):
        doc_id = plan.entries[key]["doc_id"]
        if doc_id in owner_of_id:
            errors.append((key, f"doc_id {doc_id} already used by {owner_of_id[doc_id]}"))
            del plan.entries[key]
            parsed_docs.pop(key, None)
            if key in plan.reused:
                plan.reused.remove(key)
        else:
            owner_of_id[doc_id] = key

    old_files = (old or {}).get("files", {})
    removed = [key for key in old_files if key not in plan.entries and key not in dict(errors)]
    report = BuildReport(
        parsed=list(parsed_docs),
        reused=plan.reused,
        removed=removed,
        errors=errors,
        duplicates=plan.duplicates,
    )

    error_map = {
        path: {"reason": reason, **plan.error_entries.get(path, {})} for path, reason in errors
    }
    tables_unchanged = (
        old is not None
        and not parsed_docs
        and list(plan.entries) == list(old_files)
        and old.get("parser_version") == version
    )
    if tables_unchanged:
        table_files = dict(old["tables"])
    else:
        table_files = _write_generation(cache_dir, plan, parsed_docs, old)

    manifest = {
        "schema": SCHEMA_VERSION,
        "parser_version": version,
        "built_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "inputs": [str(Path(i).resolve()) for i in inputs],
        "tables": table_files,
        "files": plan.entries,
        "duplicates": {path: first for path, first in plan.duplicates},
        "errors": error_map,
    }
    if old is not None and _same_except_time(old, manifest):
        return report
    _write_json_atomic(cache_dir / MANIFEST, manifest)
    report.written = True
    _sweep(cache_dir, keep=set(table_files.values()))
    return report


def _same_except_time(old: dict, new: dict) -> bool:
    strip = lambda m: {k: v for k, v in m.items() if k != "built_at"}  # noqa: E731
    return strip(old) == strip(new)


def _write_generation(
    cache_dir: Path, plan: _Plan, parsed_docs: dict[str, Document], old: dict | None
) -> dict[str, str]:
    reused_ids = {plan.entries[key]["doc_id"] for key in plan.reused if key in plan.entries}
    old_rows = _rows_by_doc(
        {
            name: table.filter(pc.is_in(table["doc_id"], pa.array(sorted(reused_ids), pa.string())))
            for name, table in _read_arrow_tables(cache_dir, old).items()
        }
    ) if reused_ids else {}
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLE_NAMES}
    for key, entry in plan.entries.items():
        doc_rows = _rows_of(parsed_docs[key]) if key in parsed_docs else old_rows.get(entry["doc_id"], {})
        for name in TABLE_NAMES:
            rows[name].extend(doc_rows.get(name, []))
    return {name: _write_table(cache_dir, name, rows[name]) for name in TABLE_NAMES}


# ---------------------------------------------------------------- uploads


_UNSAFE = re.compile(r"[^\w\u4e00-\u9fff-]+")


def safe_stem(name: str) -> str:
    """A file-system-safe stem that keeps Chinese characters; never empty."""
    stem = _UNSAFE.sub("_", Path(name).stem).strip("._-")
    return stem[:40] or "bulletin"


def _upload_suffix(name: str) -> str:
    return ".html" if Path(name).suffix.lower() in {".html", ".htm"} else ".txt"


def _write_bytes_atomic(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def _doc_id_with_sha(manifest: dict | None, sha: str) -> str | None:
    for entry in (manifest or {}).get("files", {}).values():
        if entry.get("sha256") == sha:
            return entry.get("doc_id")
    return None


def add_bulletin(
    data: bytes,
    name: str,
    data_dir: str | Path,
    cache_dir: str | Path,
    parse: ParseFn | None = None,
) -> AddResult:
    """Save an uploaded original under data_dir/bulletins/ and fold it into the cache.

    Same bytes as a document already in the cache → 'duplicate', nothing written. Bytes the
    reader rejects (empty, binary, too large) → 'error', nothing written.
    """
    from parsers import reading

    sha = hashlib.sha256(data).hexdigest()
    existing = _doc_id_with_sha(read_manifest(cache_dir), sha)
    if existing is not None:
        return AddResult("duplicate", existing, f"already in the dataset as {existing}")
    try:
        reading.source_from_bytes(data, name)
    except reading.ReadError as exc:
        return AddResult("error", None, _error_reason(exc, Path(name)))

    bulletins = Path(data_dir) / "bulletins"
    bulletins.mkdir(parents=True, exist_ok=True)
    target = bulletins / f"{sha[:16]}_{safe_stem(name)}{_upload_suffix(name)}"
    if not target.exists():
        _write_bytes_atomic(target, data)

    manifest = read_manifest(cache_dir)
    inputs = [Path(p) for p in (manifest or {}).get("inputs", [])] or [REPO_ROOT / "seeds"]
    if bulletins.resolve() not in {p.resolve() for p in inputs}:
        inputs.append(bulletins)
    report = build_cache(inputs, cache_dir, parse=parse)

    key = str(target.resolve())
    reasons = dict(report.errors)
    if key in reasons:
        target.unlink(missing_ok=True)
        build_cache(inputs, cache_dir, parse=parse)  # drop the error entry it left
        return AddResult("error", None, reasons[key])
    duplicates = dict(report.duplicates)
    if key in duplicates:
        target.unlink(missing_ok=True)
        first = (read_manifest(cache_dir) or {}).get("files", {}).get(duplicates[key], {})
        return AddResult("duplicate", first.get("doc_id"), f"same content as {duplicates[key]}")
    doc_id = (read_manifest(cache_dir) or {}).get("files", {}).get(key, {}).get("doc_id")
    return AddResult("added", doc_id, f"added as {doc_id}")
