"""Read the parsed cache into frames the pages can use. No Streamlit here.

Where things are: env FRAUD_CACHE_DIR (default <repo>/cache) and FRAUD_DATA_DIR (default
<repo>/data). When the cache is missing, `ensure_cache` builds it from seeds/, the real
pages in corpus/*/texts and data/bulletins/ (if present) with parsers.cache.build_cache.
"""
from __future__ import annotations

import os
import re
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, TypeVar

import numpy as np
import pandas as pd

from dashboard.regions import region_label, region_level, region_triples, unresolved_mask
from parsers.records import CAMPAIGN_COLUMNS, DOCUMENT_COLUMNS, FACT_COLUMNS

REPO_ROOT = Path(__file__).resolve().parent.parent
CACHE_ENV = "FRAUD_CACHE_DIR"
DATA_ENV = "FRAUD_DATA_DIR"
MANIFEST = "manifest.json"


T = TypeVar("T")
MEMO_ENTRIES = 256  # derived tables kept per dataset (resolutions are a few MB at most)


@dataclass(frozen=True)
class Dataset:
    """The three tables, treated as read-only once loaded.

    Derived tables (the narrow aggregation table, per-window resolutions) are computed on
    first use and kept with the dataset (`memo`), so they live exactly as long as the
    dataset does and a rebuilt cache starts afresh. Nothing here knows about Streamlit."""
    documents: pd.DataFrame
    facts: pd.DataFrame
    campaigns: pd.DataFrame
    # The cache folder whose facts table holds the `sentence` column, when it was left on
    # disk at load (read_tables): `with_sentences` reads the sentences a page shows.
    sentences_from: Path | None = field(default=None, compare=False)
    _memo: OrderedDict = field(default_factory=OrderedDict, compare=False, repr=False)
    _lock: Any = field(default_factory=threading.Lock, compare=False, repr=False)

    @property
    def is_empty(self) -> bool:
        return self.facts.empty and self.documents.empty

    def __getstate__(self) -> dict:  # pickled (st.cache_data, copies): the tables only
        return {"documents": self.documents, "facts": self.facts, "campaigns": self.campaigns,
                "sentences_from": self.sentences_from}

    def __setstate__(self, state: dict) -> None:
        state = {"sentences_from": None, **state}
        for name, value in state.items():
            object.__setattr__(self, name, value)
        object.__setattr__(self, "_memo", OrderedDict())
        object.__setattr__(self, "_lock", threading.Lock())

    @cached_property
    def narrow(self) -> pd.DataFrame:
        """aggregate.narrow(self.facts): one narrow row per fact, `row` = position."""
        from dashboard.aggregate import narrow

        return narrow(self.facts, self.memo(("region_triples",), lambda: region_triples(
            self.facts["province"], self.facts["city"], self.facts["county"])))

    def memo(self, key: tuple, compute: Callable[[], T]) -> T:
        """compute() once per key for this dataset (least recently used dropped beyond
        MEMO_ENTRIES). Concurrent first calls may both compute; the results are equal."""
        with self._lock:
            if key in self._memo:
                self._memo.move_to_end(key)
                return self._memo[key]
        value = compute()
        with self._lock:
            self._memo[key] = value
            while len(self._memo) > MEMO_ENTRIES:
                self._memo.popitem(last=False)
        return value


def cache_dir() -> Path:
    return Path(os.environ.get(CACHE_ENV) or REPO_ROOT / "cache")


def data_dir() -> Path:
    return Path(os.environ.get(DATA_ENV) or REPO_ROOT / "data")


def corpus_dirs() -> list[Path]:
    """The real public pages shipped with the app (corpus/*/texts), beside the seeds."""
    return sorted((REPO_ROOT / "corpus").glob("*/texts"))


def cache_inputs(data: Path | None = None) -> list[Path]:
    """What the dataset is built from: seeds/, the shipped real pages, uploaded originals."""
    data = data or data_dir()
    inputs = [REPO_ROOT / "seeds", *corpus_dirs()]
    if (data / "bulletins").is_dir():
        inputs.append(data / "bulletins")
    return [p for p in inputs if p.exists()]


def cache_exists(cache: Path) -> bool:
    return (cache / MANIFEST).is_file()


def ensure_cache(cache: Path | None = None, data: Path | None = None) -> Path:
    """The cache dir, built first if it has no manifest yet."""
    from parsers.cache import build_cache

    cache = cache or cache_dir()
    if not cache_exists(cache):
        build_cache(cache_inputs(data), cache)
    return cache


def current_cache_key(cache: Path) -> str:
    """Changes whenever the cache is rebuilt, so st.cache_data reloads without a restart."""
    from parsers.cache import cache_key

    return cache_key(cache)


# ---------------------------------------------------------------- derived columns

def _with_columns(frame: pd.DataFrame, columns: tuple[str, ...]) -> pd.DataFrame:
    out = frame.copy()
    for column in columns:
        if column not in out:
            out[column] = None
    return out


def parse_dates(values: pd.Series) -> pd.Series:
    """pd.to_datetime(values, errors="coerce"), parsing each distinct text once (85k
    facts carry a few hundred periods)."""
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    parsed = pd.to_datetime(pd.Series(np.asarray(uniques, dtype=object), dtype=object),
                            errors="coerce")
    return pd.Series(parsed.array.take(codes, allow_fill=True), index=values.index)


# A day in a page's address (…/t20240806_526836623.shtml, …/2016/0222/217757.html,
# …/system/2016/06/15/…, …/content/2022-05/20/…): not inside a longer run of digits
_ADDRESS_DAY = re.compile(r"(?<!\d)(20\d\d)[-/_]?(0[1-9]|1[0-2])[-/_]?(0[1-9]|[12]\d|3[01])(?!\d)")


def published_from_address(url: object, today: date | None = None) -> str | None:
    """The publication day a page's address states (ISO), or None: none written, not a real
    day, or after ``today``. Site paths date their articles; a text whose own date the
    parser did not find (831 of 1,545 shipped pages) is then placed in its window rather
    than beside every window (newcomer review 12). The record keeps the text's own date
    (null): this is the dataset's fallback, and it says so (documents.published_from)."""
    if not isinstance(url, str):
        return None
    today = today or date.today()
    for m in _ADDRESS_DAY.finditer(url):
        try:
            day = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            continue
        if day <= today:
            return day.isoformat()
    return None


PUBLISHED_FROM_TEXT = "text"
PUBLISHED_FROM_ADDRESS = "address"


def derive(documents: pd.DataFrame, facts: pd.DataFrame,
           campaigns: pd.DataFrame, sentences_from: Path | None = None) -> Dataset:
    """Add what every page needs: publication date and title per fact, region label/level,
    parsed period dates. The contract columns stay untouched, but for a campaign spelled
    several ways (云剑-2021 / 云剑2021), which takes its most used spelling (one_spelling). `sentences_from`: the cache
    whose facts table holds the sentences `facts` was read without (read_tables)."""
    documents = _with_columns(documents, DOCUMENT_COLUMNS)
    facts = _with_columns(facts, FACT_COLUMNS)
    campaigns = _with_columns(campaigns, CAMPAIGN_COLUMNS)

    # the text's own date; else the day the page's address states (published_from says which)
    missing = documents["published"].isna().to_numpy()
    from_address = [published_from_address(u) if gap else None
                    for u, gap in zip(documents["url"], missing)]
    documents["published_from"] = [PUBLISHED_FROM_ADDRESS if a else PUBLISHED_FROM_TEXT if not gap else None
                                   for a, gap in zip(from_address, missing)]
    if any(from_address):
        documents["published"] = documents["published"].where(
            ~pd.Series(missing, index=documents.index),
            pd.Series(from_address, index=documents.index, dtype=object))
    documents["published_date"] = pd.to_datetime(documents["published"], errors="coerce")
    doc_info = documents[["doc_id", "published", "published_from", "title", "source", "url"]].rename(
        columns={"title": "doc_title", "source": "doc_source", "url": "doc_url"})
    facts = facts.merge(doc_info, on="doc_id", how="left")
    codes, triples = region_triples(facts["province"], facts["city"], facts["county"])
    labels = np.array([region_label(*t) for t in triples], dtype=object)
    levels = np.array([region_level(*t) for t in triples], dtype=object)
    facts["region_label"] = pd.Series(labels[codes] if len(codes) else labels[:0],
                                      index=facts.index, dtype=str)
    unknown = unresolved_mask(facts)
    if unknown.any():
        facts.loc[unknown, "region_label"] = region_label(None, None, None, nationwide=False)
    facts["level"] = pd.Series(levels[codes] if len(codes) else levels[:0],
                               index=facts.index, dtype=str)
    facts["start_date"] = parse_dates(facts["period_start"])
    facts["end_date"] = parse_dates(facts["period_end"])
    facts["value"] = pd.to_numeric(facts["value"], errors="coerce")
    facts["scope"] = facts["scope"].fillna("jurisdiction")
    spelled = one_spelling(pd.concat([facts["campaign"], campaigns["name"]], ignore_index=True))
    if spelled:
        # (replace looks the few respelled names up for the whole column at once: a Python
        # call per fact cost ~0.3 s of every load at 100k bulletins)
        facts["campaign"] = facts["campaign"].replace(spelled)
        campaigns["name"] = campaigns["name"].replace(spelled)
    campaigns = campaigns.merge(doc_info, on="doc_id", how="left")
    dataset = Dataset(documents=documents, facts=facts, campaigns=campaigns,
                      sentences_from=sentences_from)
    # the narrow table groups the facts by the same triples: made once, not again (~0.04 s)
    dataset.memo(("region_triples",), lambda: (codes, triples))
    return dataset


# 云剑-2021 / 云剑—2021 / 云剑2021, 绿城反诈•断卡 / 绿城反诈·断卡: one campaign, spelled as bulletins
# happen to (the parser keeps each as written, as its gold does)
_YEAR_DASH = re.compile(r"(?<=[\u4e00-\u9fff])\s*[-—–－﹣]\s*(?=(?:19|20)\d{2}(?!\d))")
_MIDDLE_DOTS = str.maketrans({"•": "·", "・": "·", "‧": "·", "∙": "·"})


def one_spelling(names: pd.Series) -> dict[str, str]:
    """name → the spelling the dataset uses most for the same campaign (ties: the first in
    sort order), for the names that have another spelling; so a filter, a total and the
    timeline each see one campaign. Spellings differ only by a dash before a year or the
    kind of middle dot; anything else is another name."""
    counts = names.dropna().astype(str).value_counts()
    groups: dict[str, list[tuple[int, str]]] = {}
    for name, n in counts.items():
        key = _YEAR_DASH.sub("", name).translate(_MIDDLE_DOTS)
        groups.setdefault(key, []).append((-int(n), name))
    out: dict[str, str] = {}
    for spellings in groups.values():
        if len(spellings) > 1:
            best = min(spellings)[1]
            out.update({name: best for _, name in spellings if name != best})
    return out


def read_tables(cache: Path) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """parsers.cache.load_tables (same frames, same CacheDamaged on a damaged generation),
    converted with Arrow's self_destruct so each table's buffers are released while it is
    converted: the peak is about one copy of the tables instead of two (≈110 MB at 10k)."""
    import pyarrow as pa

    from parsers import cache as parquet_cache

    import pyarrow.parquet as pq

    cache = Path(cache)
    # the bulletins' texts and the facts' sentences stay on disk (document_texts and
    # with_sentences read the ones a page shows): at 10k bulletins they were the largest
    # part of the dataset, and reading the sentences was most of the facts table's load
    left_on_disk = {"documents": TEXT_COLUMNS, "facts": SENTENCE_COLUMNS}
    try:
        manifest = parquet_cache.read_manifest(cache)
        named = manifest.get("tables", {}) if manifest else {}
        tables = parquet_cache._read_arrow_tables(cache, {**manifest, "tables": {
            k: v for k, v in named.items() if k not in left_on_disk}} if manifest else None)
        for name, skipped in left_on_disk.items():
            if name in named:
                schema = parquet_cache.SCHEMAS[name]
                # (a schema, not a column list: a table written before a column existed —
                # facts without `nationwide` — reads with that column null, as load_tables does)
                kept = pa.schema([schema.field(c) for c in schema.names if c not in skipped])
                tables[name] = pq.read_table(cache / named[name], schema=kept)
    except (OSError, pa.ArrowException, ValueError, KeyError) as exc:
        raise parquet_cache.CacheDamaged(f"{cache}: {type(exc).__name__}: {exc}") from None
    return tuple(tables.pop(name).to_pandas(self_destruct=True, split_blocks=True)
                 for name in parquet_cache.TABLE_NAMES)  # type: ignore[return-value]


TEXT_COLUMNS = ("original_text", "clean_text")
SENTENCE_COLUMNS = ("sentence",)


def fact_sentences(cache: Path, fact_ids) -> dict[str, str | None]:
    """fact_id → sentence, read from the cache's facts table (only those rows when they
    are few). Raises CacheDamaged for an unreadable table."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from parsers import cache as parquet_cache

    wanted = list(dict.fromkeys(str(f) for f in fact_ids))
    name = (parquet_cache.read_manifest(Path(cache)) or {}).get("tables", {}).get("facts")
    if name is None or not wanted:
        return {}
    where = [("fact_id", "in", wanted)] if len(wanted) <= 1000 else None
    try:
        table = pq.read_table(Path(cache) / name, columns=["fact_id", "sentence"], filters=where)
    except (OSError, pa.ArrowException, ValueError) as exc:
        raise parquet_cache.CacheDamaged(f"{cache}: {type(exc).__name__}: {exc}") from None
    return dict(zip(table["fact_id"].to_pylist(), table["sentence"].to_pylist()))


def with_sentences(ds: Dataset, facts: pd.DataFrame) -> pd.DataFrame:
    """`facts` (rows of ds.facts) with their `sentence` filled in from the cache when the
    dataset was loaded without them; unchanged otherwise."""
    if ds.sentences_from is None or not len(facts) or "fact_id" not in facts:
        return facts
    found = fact_sentences(ds.sentences_from, facts["fact_id"])
    return facts.assign(sentence=pd.Series([found.get(str(f)) for f in facts["fact_id"]],
                                           index=facts.index, dtype=object))


def document_texts(doc_id: str, cache: Path | None = None) -> tuple[str, str]:
    """(original_text, clean_text) of one bulletin, read from the cache's documents table
    on demand ('' when unknown). Raises CacheDamaged for an unreadable table."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from parsers import cache as parquet_cache

    cache = Path(cache or cache_dir())
    manifest = parquet_cache.read_manifest(cache) or {}
    name = manifest.get("tables", {}).get("documents")
    if name is None:
        return "", ""
    try:
        table = pq.read_table(cache / name, columns=list(TEXT_COLUMNS), filters=[("doc_id", "=", doc_id)])
    except (OSError, pa.ArrowException, ValueError) as exc:
        raise parquet_cache.CacheDamaged(f"{cache}: {type(exc).__name__}: {exc}") from None
    if table.num_rows == 0:
        return "", ""
    row = table.slice(0, 1).to_pylist()[0]
    return row["original_text"] or "", row["clean_text"] or ""


def load(cache: Path | None = None) -> Dataset:
    cache = Path(cache or cache_dir())
    return derive(*read_tables(cache), sentences_from=cache)


# ---------------------------------------------------------------- map positions

@lru_cache(maxsize=1)
def centroids() -> dict[str, tuple[float, float]]:
    """6-digit adcode → (lon, lat) from cpca's bundled division table (offline)."""
    import cpca

    table = pd.read_csv(Path(cpca.__file__).parent / "resources" / "adcodes.csv",
                        dtype={"adcode": str})
    table["code6"] = table["adcode"].str[:6]
    table = table.drop_duplicates("code6")
    return {code: (float(lon), float(lat)) for code, lon, lat in
            zip(table["code6"], table["longitude"], table["latitude"])}


def with_positions(regions: pd.DataFrame) -> pd.DataFrame:
    """Add lon/lat columns by adcode (NaN when unknown)."""
    table = centroids()
    out = regions.copy()
    positions = [table.get(str(code)) if isinstance(code, str) else None
                 for code in out.get("adcode", pd.Series(dtype=object))]
    out["lon"] = [p[0] if p else float("nan") for p in positions]
    out["lat"] = [p[1] if p else float("nan") for p in positions]
    return out
