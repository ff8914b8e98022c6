"""Escape parsed and uploaded text before it reaches HTML, and show it as plain text.

Bulletins are scraped pages and uploads come from analysts' disks, so any of them may carry
markup (<script>, <img onerror=…>). Everything that came from a document goes through
`escape_text`; the only markup we add ourselves is the <mark> around an evidence span.

The one rule for the Streamlit pages: text from bulletins, URLs or users is never handed to
an element that interprets Markdown (st.title/subheader/caption/markdown/info/…, metric
labels, expander labels). Escaping Markdown is not enough there: Streamlit turns :smile:
and :material/…: into icons and $…$ into LaTeX even after backslash escapes. Such text goes
through `shown()` (missing → "—", long values clipped) and then to st.text (no Markdown, no
HTML), st.dataframe, or `heading_html()` rendered with st.html (escaped HTML, no Markdown).
"""
from __future__ import annotations

import html
import math

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


MISSING = "—"
# Longest dynamic value shown in a heading or caption; a 100,000-character title or URL
# value is cut here (the full text stays in the tables and the document view).
MAX_SHOWN_CHARS = 120
_MISSING_WORDS = frozenset({"", "nan", "none", "nat", "null", "<na>"})


def is_missing(value: object) -> bool:
    """None, NaN/NaT/pd.NA, blank strings and the words pandas prints for them ("nan")."""
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    try:
        import pandas as pd

        if value is pd.NA or value is pd.NaT:
            return True
    except ImportError:  # pragma: no cover - pandas is a runtime requirement
        pass
    return str(value).strip().lower() in _MISSING_WORDS


def shown(value: object, *, limit: int = MAX_SHOWN_CHARS, missing: str = MISSING) -> str:
    """A value from a bulletin, URL or user as the plain str to display: `missing` ("—")
    for None/NaN/"nan"/blank, whitespace runs (newlines included) folded to one space,
    cut to `limit` chars with "…". Not escaped: pass it to st.text, or to escape_text."""
    if is_missing(value):
        return missing
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: max(0, limit - 1)] + "…"


def heading_html(text: str, level: int = 1) -> str:
    """<hN> with the text escaped, for st.html: a heading that can never be Markdown
    (st.html does not parse Markdown) nor HTML (escaped). `text` is clipped by the caller."""
    level = min(6, max(1, int(level)))
    return f"<h{level}>{escape_text(text)}</h{level}>"


def exit_link_html(label: str, query: dict[str, str], path: str = "") -> str:
    """<a> back to the dashboard's page ``path`` ("" = the overview; one of our own url
    paths, navigation.wall_exit_path) with ``query`` (the view's own, checked filter values:
    filters.to_query_params), for st.html: the wall hides the sidebar, so without it a
    reader who opened the wall from the menu had no way out. Path, label and query escaped;
    the link stays in the tab (target _self)."""
    from urllib.parse import quote, urlencode

    href = "./" + quote(path) + ("?" + urlencode(query) if query else "")
    return f'<a class="screen-exit" href="{escape_text(href)}" target="_self">{escape_text(label)}</a>'


def plotly_plain(value: object, *, limit: int = MAX_SHOWN_CHARS) -> object:
    """A label for a Plotly chart. Plotly reads <a href>, <b>, <br>… inside any text (tick
    labels, hover, legend) as markup and draws links; &, < and > escaped as entities are
    shown as the characters themselves. Cut like `shown` (to `limit` chars with "…", before
    escaping, so no entity is cut): a 100,000-character campaign name went whole into the
    wall screen's chart. Non-strings (numbers, None) pass through."""
    if not isinstance(value, str):
        return value
    return html.escape(shown(value, limit=limit, missing=""), quote=False)


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
