"""Escape parsed and uploaded text before it reaches HTML.

Bulletins are scraped pages and uploads come from analysts' disks, so any of them may carry
markup (<script>, <img onerror=…>). Everything that came from a document goes through
`escape_text`; the only markup we add ourselves is the <mark> around an evidence span.
"""
from __future__ import annotations

import html

MARK_OPEN = "<mark>"
MARK_CLOSE = "</mark>"


def escape_text(s: object) -> str:
    """HTML-escape any value (quotes included, so it is also safe inside attributes).

    None and NaN-like missing values become the empty string rather than "None"/"nan".
    """
    if s is None:
        return ""
    if isinstance(s, float) and s != s:  # NaN from a pandas cell
        return ""
    return html.escape(str(s), quote=True)


def _locate(sentence: str, evidence: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """Where the evidence sits in the sentence; the given span wins when it really matches,
    because the same figure can occur twice in one sentence and only the span says which."""
    if not evidence:
        return None
    if span is not None:
        start, end = int(span[0]), int(span[1])
        if 0 <= start <= end <= len(sentence) and sentence[start:end] == evidence:
            return start, end
    found = sentence.find(evidence)
    return (found, found + len(evidence)) if found >= 0 else None


def highlight_evidence(
    sentence: str, evidence: str, *, span_in_sentence: tuple[int, int] | None = None
) -> str:
    """The sentence as safe HTML with the evidence occurrence wrapped in <mark>…</mark>.

    Escaping happens per piece (before / evidence / after) so the <mark> boundaries are
    computed on the raw text and can never split an entity such as &amp;. If the evidence
    is not in the sentence, the sentence comes back escaped and unmarked.
    """
    sentence = sentence or ""
    evidence = evidence or ""
    where = _locate(sentence, evidence, span_in_sentence)
    if where is None:
        return escape_text(sentence)
    start, end = where
    return (
        escape_text(sentence[:start])
        + MARK_OPEN
        + escape_text(sentence[start:end])
        + MARK_CLOSE
        + escape_text(sentence[end:])
    )
