"""The Parquet cache the dashboard reads: build it incrementally, heal it, load it.

Layout of a cache folder::

    manifest.json                    ← the commit point, written last
    documents.<content-hash>.parquet ← one generation of the three tables
    facts.<content-hash>.parquet
    campaigns.<content-hash>.parquet
    .lock                            ← flock held by a build (parsers.storage.locked)

Crash safety. The manifest names the table files of the generation it describes. A build
writes each new table to a temp file, renames it to a name carrying the hash of its own
bytes (a name the current manifest cannot be using unless the bytes are identical), and
only then atomically replaces manifest.json. Files of other generations and leftover
temps are deleted after that, and again at the start of every build, so a build killed
just after the manifest rename leaves debris that the next build sweeps even when it has
nothing else to do.

Healing. Every build first checks the generation the manifest names: each table file
must exist and still hash to the name it was given. A damaged generation (a table
missing, truncated or altered) is not reused: every file is parsed again from the
sources and a new generation is written; `BuildReport.damaged` says what was wrong, and
the CLI prints it as one error line. `load_tables` raises `CacheDamaged`, whose message
names no server path (the details go to the log).

Incremental builds. A file is re-parsed only when its bytes (size+mtime, then sha256) or
the parser version (a hash of every parsers/**/*.py and parsers/data/*) changed. Rows of reused
files stay Arrow data: the old tables are filtered on doc_id and concatenated with the
rows of the re-parsed files, never converted to Python objects, so one changed file costs
about a no-change build plus that file's parse. A build that changes nothing writes
nothing, so `cache_key` (which the dashboard keys st.cache_data on) stays the same.
"""
from __future__ import annotations

import hashlib
import json
import logging
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from parsers import limits, records, storage
from parsers.records import Document

TABLE_NAMES = ("documents", "facts", "campaigns")
MANIFEST = "manifest.json"
LOCK_FILE = ".lock"
SCHEMA_VERSION = 1
PACKAGE_DIR = Path(__file__).resolve().parent
REPO_ROOT = PACKAGE_DIR.parent
# CPU seconds one document may take before it is given up (a normal bulletin takes ~0.02 s);
# defined in parsers.limits so that `extract` need not import this module.
DEFAULT_DOC_BUDGET_S = limits.DEFAULT_DOC_BUDGET_S

ParseFn = Callable[[Path], Document]
log = logging.getLogger(__name__)

_INT_COLUMNS = frozenset(
    {"span_start", "span_end", "sentence_start", "sentence_end", "unit_index", "n_facts"}
)
_FLOAT_COLUMNS = frozenset({"value"})
_BOOL_COLUMNS = frozenset({"nationwide"})


def _schema(columns: Sequence[str]) -> pa.Schema:
    def arrow_type(name: str) -> pa.DataType:
        if name in _INT_COLUMNS:
            return pa.int64()
        if name in _FLOAT_COLUMNS:
            return pa.float64()
        if name in _BOOL_COLUMNS:
            return pa.bool_()
        return pa.string()

    return pa.schema([pa.field(name, arrow_type(name), nullable=True) for name in columns])


SCHEMAS: dict[str, pa.Schema] = {
    "documents": _schema(records.DOCUMENT_COLUMNS),
    "facts": _schema(records.FACT_COLUMNS),
    "campaigns": _schema(records.CAMPAIGN_COLUMNS),
}


class CacheDamaged(Exception):
    """The manifest names a table that is missing or unreadable. The message is safe to
    show to the public (no paths); `detail` is for the server log."""

    def __init__(self, detail: str) -> None:
        super().__init__("数据缓存已损坏，请重新构建 / the data cache is damaged and must be rebuilt")
        self.detail = detail


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
    # set when the previous generation was damaged and has been rebuilt from the sources
    damaged: str | None = None

    def summary(self) -> str:
        return (
            f"parsed {len(self.parsed)}, reused {len(self.reused)}, removed {len(self.removed)}, "
            f"duplicates {len(self.duplicates)}, errors {len(self.errors)}, "
            f"{self.seconds:.2f} s"
        )


# ---------------------------------------------------------------- fingerprints


def parser_files() -> list[Path]:
    """The parser's code (every .py of the package, subpackages such as parsers/periods/
    included) and data files, in a fixed order."""
    code = sorted(p for p in PACKAGE_DIR.rglob("*.py") if "__pycache__" not in p.parts)
    data = sorted(p for p in (PACKAGE_DIR / "data").rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    return code + [p for p in data if p.suffix != ".py"]


def parser_version() -> str:
    """Hash of the parser's own code and data: a change re-parses every file."""
    digest = hashlib.sha256()
    for path in parser_files():
        digest.update(path.relative_to(PACKAGE_DIR).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


file_sha256 = storage.file_sha256


def _stat_entry(path: Path) -> dict[str, Any]:
    st = path.stat()
    return {"size": st.st_size, "mtime": st.st_mtime_ns}


# ---------------------------------------------------------------- reading the cache


def read_manifest(cache_dir: str | Path) -> dict | None:
    """The parsed manifest, or None when it is missing or not a JSON object."""
    try:
        manifest = json.loads((Path(cache_dir) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return None
    return manifest if isinstance(manifest, dict) else None


def cache_key(cache_dir: str | Path) -> str:
    """Changes whenever the table contents change (the file names carry content hashes)."""
    manifest = read_manifest(cache_dir)
    if manifest is None:
        return "no-cache"
    tables = json.dumps(manifest.get("tables", {}), sort_keys=True)
    return hashlib.sha1(f"{manifest.get('parser_version')}|{tables}".encode()).hexdigest()[:16]


def generation_problems(cache_dir: str | Path, manifest: dict | None) -> list[str]:
    """What is wrong with the generation `manifest` names: one short phrase per table that
    is missing or no longer hashes to its name (e.g. "facts table altered"). [] = sound.
    Reads every table file once (sha256), so it costs about as much as loading them."""
    if manifest is None:
        return []
    tables = manifest.get("tables")
    if not isinstance(tables, dict) or set(tables) != set(TABLE_NAMES):
        return ["manifest lists no complete set of tables"]
    problems = []
    for name in TABLE_NAMES:
        path = Path(cache_dir) / str(tables[name])
        if not path.is_file():
            problems.append(f"{name} table missing")
        elif not storage.content_matches_name(path):
            problems.append(f"{name} table altered")
    return problems


def _read_arrow_tables(cache_dir: Path, manifest: dict | None) -> dict[str, pa.Table]:
    tables = {name: SCHEMAS[name].empty_table() for name in TABLE_NAMES}
    if manifest is None:
        return tables
    for name, file_name in manifest.get("tables", {}).items():
        if name in tables:
            tables[name] = pq.read_table(cache_dir / file_name, schema=SCHEMAS[name])
    return tables


def load_tables(cache_dir: str | Path) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """documents, facts, campaigns — columns in records.py order; empty typed frames if no cache.

    Raises CacheDamaged when the manifest names a table that is missing or unreadable
    (details, with paths, are logged; the exception's message has none).
    """
    cache_dir = Path(cache_dir)
    try:
        tables = _read_arrow_tables(cache_dir, read_manifest(cache_dir))
    except (OSError, pa.ArrowException, ValueError) as exc:
        detail = f"{cache_dir}: {type(exc).__name__}: {exc}"
        log.error("cache damaged: %s", detail)
        raise CacheDamaged(detail) from None
    return tuple(tables[name].to_pandas() for name in TABLE_NAMES)  # type: ignore[return-value]


def document_count(cache_dir: str | Path) -> int:
    """Rows of the documents table, from the Parquet footer only (no table is loaded).
    0 when there is no cache; raises CacheDamaged when the table is missing or unreadable."""
    cache_dir = Path(cache_dir)
    manifest = read_manifest(cache_dir)
    if manifest is None:
        return 0
    try:
        return pq.read_metadata(cache_dir / manifest["tables"]["documents"]).num_rows
    except (OSError, KeyError, TypeError, pa.ArrowException) as exc:
        detail = f"{cache_dir}: {type(exc).__name__}: {exc}"
        log.error("cache damaged: %s", detail)
        raise CacheDamaged(detail) from None


def cache_exists(cache_dir: str | Path) -> bool:
    return read_manifest(cache_dir) is not None


# ---------------------------------------------------------------- parsing


def _default_parse(path: Path) -> Document:
    # Looked up at call time so tests (and the lead) can swap parsers.pipeline.parse_path.
    from parsers import pipeline

    return pipeline.parse_path(path)


def _error_reason(exc: BaseException, path: Path) -> str:
    from parsers import limits, reading

    if isinstance(exc, reading.ReadError):
        text = getattr(exc, "reason", None) or str(exc)
        prefix = f"{path}: "
        return text[len(prefix):] if text.startswith(prefix) else text
    if isinstance(exc, limits.OverBudget):
        return str(exc)
    return f"internal error: {type(exc).__name__}: {exc}"


def _safe_parse(parse: ParseFn, path: Path, budget: float | None = None) -> tuple[Document | None, str | None]:
    """Never raises, so one bad (or endless) file cannot stop a pool."""
    from parsers import limits

    try:
        with limits.cpu_budget(budget):
            return parse(path), None
    except Exception as exc:  # noqa: BLE001 — reported per file, the build goes on
        return None, _error_reason(exc, path)


def _parse_all(parse: ParseFn, paths: list[Path], jobs: int, budget: float | None,
               executor: Executor | None = None) -> Iterable[tuple[Document | None, str | None]]:
    if executor is not None:  # e.g. a dask.distributed ClientExecutor; results in input order
        return list(executor.map(_safe_parse, [parse] * len(paths), paths, [budget] * len(paths)))
    if jobs <= 1 or len(paths) <= 1:
        return [_safe_parse(parse, p, budget) for p in paths]
    if parse is _default_parse:
        from parsers import pipeline

        pipeline.warm_up_before_fork()
    with ProcessPoolExecutor(max_workers=min(jobs, len(paths))) as pool:
        chunk = max(1, len(paths) // (jobs * 4))
        return list(pool.map(_safe_parse, [parse] * len(paths), paths, [budget] * len(paths),
                             chunksize=chunk))


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
            try:
                resolved = Path(path).resolve()
            except (OSError, RuntimeError):  # a symlink loop (RuntimeError before 3.13)
                errors.append((str(path), reading.SYMLINK_LOOP))
                continue
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


def _sweep(cache_dir: Path, keep: set[str]) -> None:
    """Delete table files of other generations and temps left by crashed builds."""
    for path in cache_dir.iterdir():
        stale_table = path.suffix == ".parquet" and path.name not in keep
        if stale_table or storage.is_temp(path):
            try:
                path.unlink()
            except OSError as exc:  # e.g. read-only: harmless debris, said once in the log
                log.warning("cache sweep could not delete %s: %s", path, exc)


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
    *,
    executor: Executor | None = None,
    budget: float | None = DEFAULT_DOC_BUDGET_S,
) -> BuildReport:
    """Bring the cache in `cache_dir` up to date with the bulletin files under `inputs`.

    jobs: local worker processes (ignored when `executor` is given, e.g. a Dask cluster's).
    budget: CPU seconds per document before it is reported as an error (None = no limit;
    enforced only where the parse runs in a process's main thread).
    Per-file problems land in `report.errors`; raises only for an unwritable cache folder.
    """
    started = time.perf_counter()
    cache_dir = Path(cache_dir)
    cache_dir.mkdir(parents=True, exist_ok=True)
    with storage.locked(cache_dir / LOCK_FILE):
        report = _build_locked(inputs, cache_dir, jobs, parse or _default_parse, executor, budget)
    report.seconds = time.perf_counter() - started
    return report


def _build_locked(inputs: Sequence[str | Path], cache_dir: Path, jobs: int, parse: ParseFn,
                  executor: Executor | None, budget: float | None) -> BuildReport:
    version = parser_version()
    old = read_manifest(cache_dir)
    problems = generation_problems(cache_dir, old)
    if problems:
        log.info("cache %s damaged (%s); rebuilding from the sources", cache_dir, "; ".join(problems))
    else:  # a build killed after its manifest rename left the previous generation behind
        _sweep(cache_dir, keep=set((old or {}).get("tables", {}).values()))
    reusable = None if problems else old
    paths, input_errors = _expand_inputs(inputs)
    plan = _plan(paths, reusable, version)

    parsed_docs: dict[str, Document] = {}
    errors = input_errors + plan.errors
    for path, (doc, reason) in zip(plan.to_parse, _parse_all(parse, plan.to_parse, jobs, budget, executor)):
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
        damaged=f"damaged cache ({', '.join(problems)}); rebuilt from the sources" if problems else None,
    )

    error_map = {
        path: {"reason": reason, **plan.error_entries.get(path, {})} for path, reason in errors
    }
    tables_unchanged = (
        reusable is not None
        and not parsed_docs
        and list(plan.entries) == list(old_files)
        and reusable.get("parser_version") == version
    )
    if tables_unchanged:
        table_files = dict(reusable["tables"])
    else:
        table_files = _write_generation(cache_dir, plan, parsed_docs, reusable)

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
    if old is not None and not problems and _same_except_time(old, manifest):
        return report
    storage.atomic_write_json(cache_dir / MANIFEST, manifest)
    report.written = True
    _sweep(cache_dir, keep=set(table_files.values()))
    return report


def _same_except_time(old: dict, new: dict) -> bool:
    strip = lambda m: {k: v for k, v in m.items() if k != "built_at"}  # noqa: E731
    return strip(old) == strip(new)


def _new_rows(docs: Iterable[Document]) -> dict[str, pa.Table]:
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLE_NAMES}
    for doc in docs:
        rows["documents"].append(records.document_row(doc))
        rows["facts"].extend(records.fact_row(f) for f in doc.facts)
        rows["campaigns"].extend(records.campaign_row(c) for c in doc.campaigns)
    return {name: pa.Table.from_pylist(rows[name], schema=SCHEMAS[name]) for name in TABLE_NAMES}


def _write_generation(
    cache_dir: Path, plan: _Plan, parsed_docs: dict[str, Document], old: dict | None
) -> dict[str, str]:
    """Reused rows filtered out of the old Arrow tables + rows of the parsed documents,
    ordered by the input order of their documents (rows of one document keep their order)."""
    order = [entry["doc_id"] for entry in plan.entries.values()]
    position = pa.array(order, pa.string())
    reused_ids = pa.array(
        sorted({plan.entries[key]["doc_id"] for key in plan.reused if key in plan.entries}), pa.string()
    )
    old_tables = _read_arrow_tables(cache_dir, old) if len(reused_ids) else {}
    fresh = _new_rows(parsed_docs.values())
    files = {}
    for name in TABLE_NAMES:
        parts = [fresh[name]]
        if name in old_tables:
            table = old_tables[name]
            parts.insert(0, table.filter(pc.is_in(table["doc_id"], value_set=reused_ids)))
        table = pa.concat_tables(parts)
        rank = pc.index_in(table["doc_id"], value_set=position)
        # sort_indices is stable, so the rows of one document stay in their parsed order
        table = table.take(pc.sort_indices(pa.table({"rank": rank}), sort_keys=[("rank", "ascending")]))
        files[name] = storage.write_content_addressed(
            cache_dir, name, ".parquet",
            lambda tmp, t=table: pq.write_table(t, tmp, compression="zstd"),
        )
    return files
