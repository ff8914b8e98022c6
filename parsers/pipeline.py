"""path or text → Document. Pure: the one function a process pool maps over."""
from __future__ import annotations

import functools
from pathlib import Path

from parsers import campaigns as camp
from parsers.cleaning import Clean, clean
from parsers.facts import Campaigns, extract_facts
from parsers.gazetteer import load_gazetteer
from parsers.meta import blurb_date, extract_meta
from parsers.periods import Period, find_periods
from parsers.reading import Source, read_source
from parsers.records import Campaign, Document, make_fact_id
from parsers.units import Sentence, Unit, split_sentences, split_units


def _as_month_or_day(period: Period) -> tuple[str | None, str | None]:
    if period.precision == "month" and period.start:
        return period.start[:7], None
    if period.precision == "day" and period.start:
        return period.start, None
    if period.precision == "range" and period.start and period.end:
        return period.start, period.end
    return None, None


def collect_campaigns(clean_doc: Clean, units: list[Unit], sentences: list[list[Sentence]],
                      published: str | None) -> tuple[list[Campaign], Campaigns]:
    """One record per distinct campaign name, at its first mention, with the dates and
    organiser its own sentence states."""
    records: dict[str, Campaign] = {}
    known = Campaigns()
    for unit, unit_sentences in zip(units, sentences):
        unit_published = published if unit.kind == "body" else blurb_date(unit.text)
        year = int(unit_published[:4]) if unit_published else None
        for s in unit_sentences:
            for m in camp.find_campaign_mentions(s.text):
                if m.name in records:
                    continue
                periods = find_periods(s.text, unit_published, year)
                # the dates said right before the name are the campaign's own
                near = [p for p in periods if p.kind != "comparison" and p.period.start
                        and p.start <= m.start]
                start, end = _as_month_or_day(near[-1].period) if near else (None, None)
                if m.kind == "operation" and near and near[-1].period.end:
                    known.windows[m.name] = near[-1].period
                window = camp.one_month_window(unit.text, unit_published) if m.name.endswith("月") else None
                if window:
                    start, end = window
                    known.windows[m.name] = _month_period(window[0])
                s0, e0 = clean_doc.original_span(s.start + m.start, s.start + m.end)
                records[m.name] = Campaign(
                    name=m.name, kind=m.kind, start=start, end=end,  # type: ignore[arg-type]
                    organizer=camp.organizer_in(s.text),
                    evidence=clean_doc.original[s0:e0], span=(s0, e0))
                known.kinds[m.name] = m.kind
    return list(records.values()), known


def _month_period(month: str) -> Period:
    from parsers.periods import month_end
    year, mon = int(month[:4]), int(month[5:7])
    return Period(f"{month}-01", month_end(year, mon).isoformat(), "month")


def parse_source(source: Source) -> Document:
    clean_doc = clean(source.text)
    meta = extract_meta(clean_doc.text)
    units = split_units(clean_doc.text)
    sentences = [split_sentences(clean_doc.text, u) for u in units]
    campaigns, known = collect_campaigns(clean_doc, units, sentences, meta.published)
    facts = extract_facts(clean_doc, units, sentences, meta.title, meta.published, known,
                          load_gazetteer())
    for f in facts:
        f.doc_id = source.doc_id
        f.fact_id = make_fact_id(source.sha256, f.span, f.metric)
    for c in campaigns:
        c.doc_id = source.doc_id
    return Document(
        doc_id=source.doc_id, title=meta.title, published=meta.published, source=meta.source,
        script=clean_doc.script,  # type: ignore[arg-type]
        facts=facts, campaigns=campaigns, path=source.path, sha256=source.sha256,
        encoding=source.encoding, original_text=source.text, clean_text=clean_doc.text,
    )


SOURCES_FILE = "sources.tsv"


@functools.lru_cache(maxsize=64)
def _addresses(tsv: str, mtime: float) -> dict[str, str]:
    """file name → address, from a `file<TAB>url<TAB>…` table (header line first)."""
    out: dict[str, str] = {}
    try:
        lines = Path(tsv).read_text(encoding="utf-8").splitlines()[1:]
    except (OSError, UnicodeDecodeError):
        return out
    for line in lines:
        cells = line.split("\t")
        if len(cells) >= 2 and cells[1].strip().startswith(("http://", "https://")):
            out[cells[0].strip()] = cells[1].strip()
    return out


def source_address(path: str | Path) -> str | None:
    """The page's address when a `sources.tsv` lies beside the file or one folder up
    (corpus/realdev/texts/A01.txt → corpus/realdev/sources.tsv); else None."""
    p = Path(path)
    for folder in (p.parent, p.parent.parent):
        tsv = folder / SOURCES_FILE
        if tsv.is_file():
            return _addresses(str(tsv), tsv.stat().st_mtime).get(p.name)
    return None


def parse_path(path: str | Path) -> Document:
    """Read, clean and extract one bulletin. Raises parsers.reading.ReadError on bad input."""
    doc = parse_source(read_source(path))
    doc.url = source_address(path)
    return doc
