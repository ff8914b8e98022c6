"""path or text → Document. Pure: the one function a process pool maps over."""
from __future__ import annotations

from pathlib import Path

from parsers.records import Document


def parse_path(path: str | Path) -> Document:
    """Read, clean and extract one bulletin. Raises parsers.reading.ReadError on bad input."""
    raise NotImplementedError("pipeline under construction")
