"""The records the parser emits, and their JSON / table forms.

These shapes are the contract between the parser, the Parquet cache, the dashboard and the
scorer (see docs/contract.md). Field names follow the contract exactly; extra fields are
allowed by the contract and carry what the dashboard needs to avoid double counting.
"""
from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass, field, fields
from typing import Any, Literal

from parsers.lexicon import METRIC_SPECS

# The closed list and its money metrics come from the one metric table (lexicon.METRIC_SPECS).
METRICS: tuple[str, ...] = tuple(spec.key for spec in METRIC_SPECS)
MONEY_METRICS: frozenset[str] = frozenset(spec.key for spec in METRIC_SPECS if spec.money)

Qualifier = Literal["exact", "at_least", "approx"]
Precision = Literal["day", "month", "quarter", "half", "year", "range"]
# "jurisdiction": a force's total over a period (may be summed across disjoint regions/periods).
# "case": one named case (专案) or a single incident; shown, never added into totals.
# "part": a named part of a force's figure (损失百万以上案件, 挂牌督办案件, 头目和骨干); shown, never added.
Scope = Literal["jurisdiction", "case", "part"]
UnitKind = Literal["body", "blurb"]


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def _shallow_dict(record: Any) -> dict[str, Any]:
    """Field name → value in field order, like dataclasses.asdict for flat records (asdict's
    recursive deep copy was a tenth of the parse); the names are read once per class."""
    values = record.__dict__
    return {name: values[name] for name in _field_names(type(record))}


@dataclass
class Fact:
    metric: str
    value: float
    qualifier: Qualifier
    province: str | None
    city: str | None
    county: str | None
    period_start: str | None
    period_end: str | None
    campaign: str | None
    evidence: str
    span: tuple[int, int]
    value_text: str
    period_precision: Precision | None
    adcode: str | None
    # extras beyond the contract
    label: str | None = None  # only for metric == "other"
    scope: Scope = "jurisdiction"
    unit_kind: UnitKind = "body"
    unit_index: int = 0
    sentence: str = ""  # the whole original sentence the evidence sits in
    sentence_span: tuple[int, int] = (0, 0)
    doc_id: str = ""
    fact_id: str = ""
    # the date of the report the figure came in: the page's date for its body, a blurb's
    # own dateline for a related-news blurb (None when it has none: never the host's date)
    reported: str | None = None
    # the nation's figure: no province, and the text names the nation (全国…, 公安部) or the
    # page is a nationwide bulletin. No province and False: the reporting force was not
    # found — the figure is no nationwide total (the dashboard shows 地区不明 and adds it to none)
    nationwide: bool = False

    def to_json(self) -> dict[str, Any]:
        out = _shallow_dict(self)  # every field is a scalar or an int pair: no deep copy needed
        out["span"] = list(self.span)
        out["sentence_span"] = list(self.sentence_span)
        if self.value == int(self.value):
            out["value"] = int(self.value)
        return out


@dataclass
class Campaign:
    name: str
    kind: Literal["operation", "case"]
    start: str | None
    end: str | None
    organizer: str | None
    evidence: str
    span: tuple[int, int]
    doc_id: str = ""
    # the date of the report that names it: the page's date in its body, a blurb's own
    # dateline in a related-news blurb (None when it has none: never the host page's date)
    reported: str | None = None

    def to_json(self) -> dict[str, Any]:
        out = _shallow_dict(self)  # every field is a scalar or an int pair: no deep copy needed
        out["span"] = list(self.span)
        return out


@dataclass
class Document:
    doc_id: str
    title: str | None
    published: str | None
    source: str | None
    script: Literal["simplified", "traditional"]
    facts: list[Fact] = field(default_factory=list)
    campaigns: list[Campaign] = field(default_factory=list)
    # extras: provenance for the cache and the evidence explorer
    path: str = ""
    sha256: str = ""
    encoding: str = "utf-8"
    original_text: str = ""
    clean_text: str = ""
    url: str | None = None  # the page's address, from a sources.tsv beside the file

    def to_json(self, *, with_text: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "doc_id": self.doc_id,
            "title": self.title,
            "published": self.published,
            "source": self.source,
            "script": self.script,
            "facts": [f.to_json() for f in self.facts],
            "campaigns": [c.to_json() for c in self.campaigns],
            "path": self.path,
            "sha256": self.sha256,
            "encoding": self.encoding,
            "url": self.url,
        }
        if with_text:
            out["original_text"] = self.original_text
            out["clean_text"] = self.clean_text
        return out


def make_fact_id(sha256: str, span: tuple[int, int], metric: str, place: str = "") -> str:
    """A stable id: the same claim in the same file content keeps its id across rebuilds,
    so analyst corrections keyed on it survive re-parsing. `place` (an adcode or name) is
    given only to tell apart the facts one span states for several places (边坝县、丁青县
    各1宗): each its own id, so correcting one never changes the others."""
    key = f"{sha256}:{span[0]}:{span[1]}:{metric}" + (f":{place}" if place else "")
    return hashlib.sha1(key.encode()).hexdigest()[:16]


# Column order of the cached tables (one row per fact / campaign / document).
FACT_COLUMNS: tuple[str, ...] = (
    "fact_id", "doc_id", "metric", "label", "value", "qualifier", "value_text",
    "province", "city", "county", "adcode",
    "period_start", "period_end", "period_precision", "campaign", "scope",
    "unit_kind", "unit_index", "evidence", "span_start", "span_end",
    "sentence", "sentence_start", "sentence_end", "reported", "nationwide",
)
CAMPAIGN_COLUMNS: tuple[str, ...] = (
    "doc_id", "name", "kind", "start", "end", "organizer", "evidence", "span_start", "span_end",
    "reported",
)
DOCUMENT_COLUMNS: tuple[str, ...] = (
    "doc_id", "title", "published", "source", "script", "path", "sha256", "encoding",
    "n_facts", "original_text", "clean_text", "url",
)


def fact_row(f: Fact) -> dict[str, Any]:
    return {
        "fact_id": f.fact_id, "doc_id": f.doc_id, "metric": f.metric, "label": f.label,
        "value": float(f.value), "qualifier": f.qualifier, "value_text": f.value_text,
        "province": f.province, "city": f.city, "county": f.county, "adcode": f.adcode,
        "period_start": f.period_start, "period_end": f.period_end,
        "period_precision": f.period_precision, "campaign": f.campaign, "scope": f.scope,
        "unit_kind": f.unit_kind, "unit_index": f.unit_index, "evidence": f.evidence,
        "span_start": f.span[0], "span_end": f.span[1], "sentence": f.sentence,
        "sentence_start": f.sentence_span[0], "sentence_end": f.sentence_span[1],
        "reported": f.reported, "nationwide": f.nationwide,
    }


def campaign_row(c: Campaign) -> dict[str, Any]:
    return {
        "doc_id": c.doc_id, "name": c.name, "kind": c.kind, "start": c.start, "end": c.end,
        "organizer": c.organizer, "evidence": c.evidence,
        "span_start": c.span[0], "span_end": c.span[1], "reported": c.reported,
    }


def document_row(d: Document) -> dict[str, Any]:
    return {
        "doc_id": d.doc_id, "title": d.title, "published": d.published, "source": d.source,
        "script": d.script, "path": d.path, "sha256": d.sha256, "encoding": d.encoding,
        "n_facts": len(d.facts), "original_text": d.original_text, "clean_text": d.clean_text,
        "url": d.url,
    }
