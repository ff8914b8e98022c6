"""Units and sentences → facts, each with its region, period and campaign.

Context is read the way an analyst reads a bulletin:
- region: the first force the sentence names; else the force named earlier in the same
  paragraph (or the section heading above it); else the unit's own force (a blurb's
  headline place, or the article's reporting force).
- period: the nearest period expression before the figure in its sentence; else the last
  one earlier in the paragraph. "目前/截至目前" does not reset a window the paragraph has
  already opened; vague expressions (一个多月以来, 近期) set it to unknown. A blurb is read
  without the publication date: its 今年 cannot be fixed unless it states the year.
- campaign: one named in the sentence or earlier in the paragraph (or its heading), a
  shortened window reference (攻坚宣传月期间), or a blurb's only campaign. A fact with no
  period of its own takes the window of its campaign when the text fixes one.
Then the same claim is kept once: repeats (title, lead, body, blurbs) by metric, value
and region; and a rounded headline figure (4千多起, 追回92万余元) when the body of the same
unit states the precise one.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from dataclasses import dataclass, field, replace

from parsers import campaigns as camp
from parsers.cleaning import Clean
from parsers.gazetteer import Gazetteer, Place
from parsers.metrics import MetricHit, find_metric_hits
from parsers.periods import Period, PeriodMention, find_periods
from parsers.records import MONEY_METRICS, Fact
from parsers.regions import Force, find_forces, first_place, in_share_phrase
from parsers.units import Sentence, Unit

WEAK_PERIOD_KINDS = frozenset({"cumulative"})
IGNORED_PERIOD_KINDS = frozenset({"comparison"})
HEADING_MAX = 60
SINGLE_CASE = re.compile(r"案例|该案|此案|本案|一起")
WINDOW_REF = re.compile(r"([\u4e00-\u9fff]{3,16}?)期间")
UNKNOWN = Period(None, None, None)
ELAPSED = re.compile(r"(?:经过|历经|历时|用时|耗时)[^，,。；;]{0,3}?[\d一二三四五六七八九十两几]+个?多?(?:月|天|周|星期|年)")
NEXT_DAY = re.compile(r"次日|翌日|第二天")
ROUNDED_TEXT = re.compile(r"[千万萬亿億]")


@dataclass
class Campaigns:
    """The campaigns of one document, with the windows the text fixes for them."""
    kinds: dict[str, str] = field(default_factory=dict)
    windows: dict[str, Period] = field(default_factory=dict)

    def resolve_reference(self, text: str) -> str | None:
        for m in WINDOW_REF.finditer(text):
            words = m.group(1)
            for cut in range(len(words) - 3, -1, -1):
                for name in self.kinds:
                    if camp.refers_to(words[cut:], name):
                        return name
        return None


@dataclass
class _Context:
    place: Place | None
    period: Period | None = None
    campaign: str | None = None


def _is_heading(sentence: Sentence, paragraph_sentences: list[Sentence]) -> bool:
    return (len(paragraph_sentences) == 1 and len(sentence.text) <= HEADING_MAX
            and not sentence.text.endswith(("。", "！", "？", "!", "?", "；", ";")))


def relative_mentions(text: str, periods: list[PeriodMention],
                      carried: Period | None) -> list[PeriodMention]:
    """Add what the period layer leaves to context: 经过一个多月侦查 (a stretch of unknown
    start: the figures after it are not dated to the report) and 次日/翌日 (the day after
    the day in force)."""
    extra: list[PeriodMention] = []
    for m in ELAPSED.finditer(text):
        if not any(p.start <= m.start() < p.end for p in periods):
            extra.append(PeriodMention(UNKNOWN, m.group(0), m.start(), m.end(), "relative"))
    for m in NEXT_DAY.finditer(text):
        days = [p.period for p in periods if p.end <= m.start() and p.period.precision == "day"]
        base = days[-1] if days else carried
        if base is not None and base.precision == "day" and base.start:
            day = (date.fromisoformat(base.start) + timedelta(days=1)).isoformat()
            extra.append(PeriodMention(Period(day, day, "day"), m.group(0), m.start(), m.end(), "day"))
    return sorted(periods + extra, key=lambda p: p.start)


def _force_for(forces: list[Force], pos: int) -> Force | None:
    """The nearest named force before the figure (…；广州市公安局冻结…); an unnamed one
    (全市, 市公安局) only when no named force precedes, since it usually points back to
    one; a named force after the figure (…51起,…蔡甸区分局反电诈中心建立后) when none
    precedes; never an unnamed one after it (占全省…%)."""
    before = [f for f in forces if f.start < pos]
    named = [f for f in before if not f.generic]
    if named:
        return named[-1]
    if before:
        return before[-1]
    return next((f for f in forces if f.start >= pos and not f.generic), None)


def _period_before(mentions: list[PeriodMention], pos: int) -> PeriodMention | None:
    before = [m for m in mentions if m.end <= pos and m.kind not in IGNORED_PERIOD_KINDS]
    return before[-1] if before else None


def unit_place(unit_sentences: list[Sentence], gaz: Gazetteer, fallback: Place | None,
               headline_only: bool) -> Place | None:
    """A unit's own force: the first force of its headline, else of any of its sentences."""
    pool = unit_sentences[:1] if headline_only else unit_sentences
    for s in pool:
        forces = [f for f in find_forces(s.text, fallback, gaz) if f.place and not f.generic]
        if forces:
            return forces[0].place
    if headline_only:
        return unit_place(unit_sentences, gaz, fallback, headline_only=False)
    return None


def document_place(body: list[Sentence], title: str | None, gaz: Gazetteer) -> Place | None:
    place = unit_place(body, gaz, None, headline_only=False)
    if place is None and title:
        place = first_place(title, None, gaz)
    return place


class _UnitReader:
    def __init__(self, unit: Unit, sentences: list[Sentence], place: Place | None,
                 published: str | None, campaigns: Campaigns, gaz: Gazetteer,
                 unit_campaigns: list[str]):
        self.unit, self.sentences, self.place = unit, sentences, place
        self.published = published if unit.kind == "body" else None
        self.default_year = int(published[:4]) if published and unit.kind == "body" else None
        self.campaigns, self.gaz = campaigns, gaz
        self.only_campaign = unit_campaigns[0] if (unit.kind == "blurb" and len(set(unit_campaigns)) == 1) else None

    def read(self) -> list[tuple[Sentence, MetricHit, _Context, bool]]:
        out = []
        by_paragraph: dict[int, list[Sentence]] = {}
        for s in self.sentences:
            by_paragraph.setdefault(s.paragraph, []).append(s)
        heading_ctx: _Context | None = None
        for index, para in sorted(by_paragraph.items()):
            ctx = _Context(self.place)
            if heading_ctx:
                ctx = replace(heading_ctx, period=None)
            for s in para:
                is_headline = (self.unit.kind == "blurb" and index == min(by_paragraph)) or (
                    self.unit.kind == "body" and s is self.sentences[0])
                for hit, hit_ctx in self._sentence(s, ctx):
                    out.append((s, hit, hit_ctx, is_headline))
            heading_ctx = ctx if len(para) == 1 and _is_heading(para[0], para) else None
        return out

    def _sentence(self, s: Sentence, ctx: _Context) -> list[tuple[MetricHit, _Context]]:
        text = s.text
        forces = [f for f in find_forces(text, ctx.place or self.place, self.gaz)]
        periods = [p for p in find_periods(text, self.published, self.default_year)
                   if not in_share_phrase(text, p.start)]
        periods = relative_mentions(text, periods, ctx.period)
        mentions = camp.find_campaign_mentions(text)
        reference = self.campaigns.resolve_reference(text)
        hits = find_metric_hits(text)
        results = []
        for hit in hits:
            chosen = _force_for(forces, hit.quantity.start)
            period = self._period_for(periods, hit.quantity.start, ctx)
            named = [m.name for m in mentions if m.start <= hit.quantity.start]
            campaign = (named[-1] if named else reference or ctx.campaign or self.only_campaign)
            place = chosen.place if chosen else ctx.place
            if period is None and campaign in self.campaigns.windows:
                period = self.campaigns.windows[campaign]
            results.append((hit, _Context(place, period, campaign)))
        # what this sentence establishes carries on through the paragraph
        if forces:
            ctx.place = forces[-1].place if forces[-1].place else ctx.place
        strong = [m for m in periods if m.kind not in IGNORED_PERIOD_KINDS | WEAK_PERIOD_KINDS]
        if strong:
            ctx.period = strong[-1].period
        if mentions:
            ctx.campaign = mentions[-1].name
        elif reference:
            ctx.campaign = reference
            if reference in self.campaigns.windows and not strong:
                ctx.period = self.campaigns.windows[reference]
        return results

    def _period_for(self, mentions: list[PeriodMention], pos: int, ctx: _Context) -> Period | None:
        mention = _period_before(mentions, pos)
        if mention is not None and mention.kind in WEAK_PERIOD_KINDS:
            return ctx.period
        if mention is not None:
            return mention.period
        return ctx.period


def _scope(metric: str, period: Period | None, campaign: str | None, campaigns: Campaigns,
           sentence: str) -> str:
    if campaign and campaigns.kinds.get(campaign) == "case":
        return "case"
    if metric in ("victim_loss", "money_involved"):
        return "case"
    if period is not None and period.precision == "day":
        return "case"
    return "case" if SINGLE_CASE.search(sentence) else "jurisdiction"


def _same_family(a: str, b: str) -> bool:
    return a == b or (a in MONEY_METRICS and b in MONEY_METRICS)


def _rounded_headline(f: Fact, others: list[Fact]) -> bool:
    """A headline's round figure restating a precise body figure of the same unit."""
    for o in others:
        if o is f or o.unit_index != f.unit_index or not _same_family(o.metric, f.metric):
            continue
        if (o.province, o.city) != (f.province, f.city) or o.value == f.value:
            continue
        if f.qualifier != "exact" and f.value <= o.value < f.value * 1.25:
            return True
        if ROUNDED_TEXT.search(f.value_text) and abs(o.value - f.value) < 0.05 * f.value:
            return True
    return False


def deduplicate(facts: list[Fact], headline_ids: set[int]) -> list[Fact]:
    """Keep one fact per claim: body before headline, the first statement wins, and the
    kept fact borrows a missing period, county or campaign from its repeats."""
    ordered = sorted(facts, key=lambda f: (id(f) in headline_ids, f.unit_index, f.span[0]))
    kept: dict[tuple, Fact] = {}
    for f in ordered:
        if id(f) in headline_ids and _rounded_headline(f, facts):
            continue
        key = (f.metric, round(f.value, 2), f.province, f.city)
        if key not in kept:
            kept[key] = f
            continue
        first = kept[key]
        if first.period_start is None and f.period_start is not None:
            first.period_start, first.period_end = f.period_start, f.period_end
            first.period_precision = f.period_precision
        if first.county is None and f.county is not None:
            first.county, first.adcode = f.county, f.adcode
        first.campaign = first.campaign or f.campaign
    return sorted(kept.values(), key=lambda f: f.span[0])


def build_fact(hit: MetricHit, sentence: Sentence, ctx: _Context, clean: Clean, unit: Unit,
               campaigns: Campaigns) -> Fact:
    ev_start, ev_end = clean.original_span(sentence.start + hit.start, sentence.start + hit.end)
    s_start, s_end = clean.original_span(sentence.start, sentence.end)
    q = hit.quantity
    vt_start, vt_end = clean.original_span(sentence.start + q.start, sentence.start + q.end)
    place, period = ctx.place, ctx.period or UNKNOWN
    return Fact(
        metric=hit.metric, value=q.value, qualifier=q.qualifier,
        province=place.province if place else None,
        city=place.city if place else None,
        county=place.county if place else None,
        period_start=period.start, period_end=period.end, campaign=ctx.campaign,
        evidence=clean.original[ev_start:ev_end], span=(ev_start, ev_end),
        value_text=clean.original[vt_start:vt_end], period_precision=period.precision,
        adcode=place.adcode if place else None,
        scope=_scope(hit.metric, ctx.period, ctx.campaign, campaigns, sentence.text),
        unit_kind=unit.kind, unit_index=unit.index,
        sentence=clean.original[s_start:s_end], sentence_span=(s_start, s_end),
    )


def extract_facts(clean: Clean, units: list[Unit], sentences: list[list[Sentence]],
                  title: str | None, published: str | None, campaigns: Campaigns,
                  gaz: Gazetteer) -> list[Fact]:
    doc_place = document_place(sentences[0] if sentences else [], title, gaz)
    facts: list[Fact] = []
    headline_ids: set[int] = set()
    for unit, unit_sentences in zip(units, sentences):
        if unit.kind == "body":
            place = doc_place
        else:
            place = unit_place(unit_sentences, gaz, doc_place, headline_only=True) or doc_place
        names = [m.name for s in unit_sentences for m in camp.find_campaign_mentions(s.text)]
        reader = _UnitReader(unit, unit_sentences, place, published, campaigns, gaz, names)
        for sentence, hit, ctx, is_headline in reader.read():
            fact = build_fact(hit, sentence, ctx, clean, unit, campaigns)
            facts.append(fact)
            if is_headline:
                headline_ids.add(id(fact))
    return deduplicate(facts, headline_ids)
