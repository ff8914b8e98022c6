"""Atomic file writes and an exclusive lock: the one way the cache, uploads and the
corrections table put bytes on disk.

A reader never sees half a file: every write goes to a temp file in the target's own
folder (same file system, so the rename is atomic) and is then renamed over the target
with `os.replace`. A crash before the rename leaves only a hidden `.<name>.*.tmp` file,
which `is_temp` recognises so a later sweep can delete it.

The lock is `fcntl.flock` on a lock file: it serialises processes (two Streamlit
sessions, a CLI build beside the app) and is released by the kernel when a process dies,
so a killed build never leaves the cache locked. Where fcntl is missing (Windows) the
lock is a no-op and only the atomic rename protects readers.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

TEMP_SUFFIX = ".tmp"


def _temp_in(folder: Path, name: str) -> str:
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=TEMP_SUFFIX, dir=folder)
    os.close(fd)
    return tmp


def _fsync(path: str) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: str | Path, write: Callable[[str], None]) -> None:
    """`write(temp_path)` fills a temp file beside `path`, which then replaces `path`.

    Raises whatever `write` or the rename raises (OSError when the disk is full); the temp
    file is removed and `path` keeps its old content in that case.
    """
    path = Path(path)
    tmp = _temp_in(path.parent, path.name)
    try:
        write(tmp)
        _fsync(tmp)
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def atomic_write_bytes(path: str | Path, data: bytes) -> None:
    """Replace `path` with `data` atomically (see `atomic_write`)."""
    atomic_write(path, lambda tmp: Path(tmp).write_bytes(data))


def atomic_write_json(path: str | Path, payload: Any) -> None:
    """Replace `path` with `payload` as indented UTF-8 JSON, atomically."""
    text = json.dumps(payload, ensure_ascii=False, indent=1)
    atomic_write(path, lambda tmp: Path(tmp).write_text(text, encoding="utf-8"))


def file_sha256(path: str | Path) -> str:
    """Hex sha256 of a file's bytes, read in 1 MiB blocks."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_content_addressed(folder: str | Path, stem: str, suffix: str,
                            write: Callable[[str], None]) -> str:
    """Write through a temp file, then rename it to `<stem>.<sha256[:16]><suffix>`.

    Returns that file name (not a path). The name is a function of the bytes, so a
    reader holding an older name is never handed different content under it, and a
    damaged file can be recognised by hashing it again (`content_matches_name`).
    """
    folder = Path(folder)
    tmp = _temp_in(folder, stem)
    try:
        write(tmp)
        _fsync(tmp)
        final = f"{stem}.{file_sha256(tmp)[:16]}{suffix}"
        os.replace(tmp, folder / final)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
    return final


def content_matches_name(path: str | Path) -> bool:
    """True when a file written by `write_content_addressed` still has the bytes its name
    promises; False when it is missing, truncated or altered."""
    path = Path(path)
    parts = path.name.split(".")
    if len(parts) < 3:
        return False
    try:
        return file_sha256(path)[:16] == parts[-2]
    except OSError:
        return False


def is_temp(path: Path) -> bool:
    """A temp file left by an interrupted `atomic_write` / `write_content_addressed`."""
    return path.name.startswith(".") and path.name.endswith(TEMP_SUFFIX)


@contextlib.contextmanager
def locked(lock_path: str | Path) -> Iterator[None]:
    """Hold an exclusive lock on `lock_path` (created if missing) for the `with` block.

    Blocks until the lock is free. The lock file itself is never deleted: deleting it
    would let a second process lock a fresh inode while the first still holds the old one.
    """
    try:
        import fcntl
    except ImportError:  # not POSIX: the atomic renames alone protect readers
        yield
        return
    lock_path = Path(lock_path)
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_path, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
