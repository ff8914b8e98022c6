"""The per-user cache folder where the parser keeps what a fresh process would otherwise
rebuild: the tokenizer's dictionary (parsers.segment) and the gazetteer (parsers.gazetteer).

Folder: $XDG_CACHE_HOME/fraud_dashboard, else fraud-dash-<uid>/fraud_dashboard in the temp
dir (never jieba's shared /tmp/jieba.cache). It is used only when it is ours and no one
else can write to it (the gazetteer's file is a pickle), else nothing is cached.

Every file name and every file's contents carry a key over what the cached object is made
from; readers check it and treat a missing, damaged or other-key file as absent (they build
and write it anew). Writes go to a temp file in the folder and are renamed into place
(os.replace), so a reader never sees half a file; a failure to write is ignored.
"""
from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

SUBFOLDER = "fraud_dashboard"


def folder() -> Path | None:
    """The cache folder, made if need be; None when it cannot be made or is not safely ours."""
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg else Path(tempfile.gettempdir()) / f"fraud-dash-{os.getuid()}"
    path = base / SUBFOLDER
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        for owned in ((path,) if xdg else (base, path)):
            st = owned.stat()
            if st.st_uid != os.getuid() or st.st_mode & 0o022:
                return None  # someone else's, or writable by others: not to be trusted
    except OSError:
        return None
    return path


def read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def write(path: Path, data: bytes, keep_others: int = 4) -> None:
    """Write `data` to `path` atomically; then delete all but the `keep_others` newest other
    files of the same kind (same name up to its first '-', same suffix)."""
    where = path.parent
    kind = path.name.split("-", 1)[0]
    try:
        fd, temp = tempfile.mkstemp(dir=where, prefix=f".{kind}-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(temp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temp)
            raise
        others = sorted((p for p in where.glob(f"{kind}-*{path.suffix}") if p != path),
                        key=lambda p: p.stat().st_mtime, reverse=True)
        for stale in others[keep_others:]:
            stale.unlink(missing_ok=True)
    except OSError:
        pass
