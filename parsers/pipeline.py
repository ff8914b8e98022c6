"""path or text → Document. Pure: the one function a process pool maps over."""
from __future__ import annotations

import functools
from collections import Counter
from pathlib import Path

from parsers import segment
from parsers.campaigns import collect_campaigns
from parsers.cleaning import clean
from parsers.facts import extract_facts
from parsers.gazetteer import load_gazetteer
from parsers.meta import extract_meta
from parsers.reading import Source, read_source
from parsers.records import Document, make_fact_id
from parsers.units import split_sentences, split_units


def warm_up_before_fork() -> None:
    """Load the tokenizer and the gazetteer here when worker processes will be forked from
    this one: each worker then inherits them (copy-on-write) instead of loading its own."""
    import multiprocessing

    if multiprocessing.get_start_method() == "fork":
        load_gazetteer()
        segment.load_dictionary()


def parse_source(source: Source) -> Document:
    clean_doc = clean(source.text)
    meta = extract_meta(clean_doc.text)
    units = split_units(clean_doc.text)
    sentences = [split_sentences(clean_doc.text, u) for u in units]
    campaigns, known = collect_campaigns(clean_doc, units, sentences, meta.published)
    facts = extract_facts(clean_doc, units, sentences, meta.title, meta.published, known,
                          load_gazetteer())
    shared = Counter((f.span, f.metric) for f in facts)
    for f in facts:
        f.doc_id = source.doc_id
        place = (f.adcode or "/".join(x or "" for x in (f.province, f.city, f.county))
                 if shared[(f.span, f.metric)] > 1 else "")
        f.fact_id = make_fact_id(source.sha256, f.span, f.metric, place)
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
