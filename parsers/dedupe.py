"""Facts → one fact per claim.

A bulletin states the same claim more than once: in the title, the lead, the body and the
related-news blurbs, rounded (4千多起, 追回92万余元) or precise (4127起), over a wide window or a
tight one, for a province or for the city the body names. ``deduplicate`` keeps one fact per
claim, by these rules in order (each helper below states its case and the page it came from):

1. A headline's round figure restating a precise figure of its unit goes (_rounded_headline);
   so does a lead's round figure restating a more precise one (_rounded_summary).
2. Facts of one metric, value and place (and county, when both name one) are one claim: the
   body's first statement wins, and borrows a missing period, county or campaign from its
   repeats — and the tighter window (_narrower), a loss's earlier day (_earlier_loss_day) or
   the date a figure's own sentence states below a heading (_dated_below_heading).
3. A 近日 lead whose figure a later sentence dates passes that day to its other figures.
4. A figure placed only in a province goes when the body places it in a city; a headline's
   figure goes when its unit's body states it.
5. Money intercepted and then given back is one claim, money_recovered.
6. Exact transfers that add up to a stated loss are its parts and go (_loss_parts).

Source: ANNOTATION.md ("one fact per claim"; the gold never sums a loss twice nor holds one
sum as both stopped and recovered) and the real pages named beside each rule.
"""
from __future__ import annotations

import itertools
import re

from parsers.periods import RECENT, find_periods
from parsers.records import MONEY_METRICS, Fact
from parsers.units import HEADING_MAX, SENTENCE_ENDS

ROUNDED_TEXT = re.compile(r"[千万萬亿億]")


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
        if f.qualifier == "approx" and f.value * 0.8 <= o.value < f.value:
            return True  # 冻结近亿元 over 冻结9700万元: 近 rounds up to the figure it nears
        if (ROUNDED_TEXT.search(f.value_text) and abs(o.value - f.value) < 0.05 * f.value
                and _significant_digits(f.value) < _significant_digits(o.value)):
            return True  # 追回92万余元 over 92.4万元 — not 683万元 over a later 700余万元
    return False


def _significant_digits(value: float) -> int:
    # fixed-point, not "%g": 3e8 printed as "3e+08" once counted five digits, so 逾3亿元 never
    # rounded 30585.69万元
    digits = f"{abs(value):.2f}".rstrip("0").rstrip(".").replace(".", "").lstrip("0").rstrip("0")
    return max(1, len(digits))


CASE_SIZE_OF_LOSS = ("money_involved", "victim_loss")  # (the round size dropped, not a round loss)


ONE_CASE_TOLD = re.compile(r"(?<![第另每])一起|该案|此案|本案")  # (not 第一起案件中: one of several)


def _one_cases_size_and_its_loss(size: Fact, loss: Fact) -> bool:
    """侦破一起涉案130余万元电信诈骗案 … 共被骗1316216元: the size told of one case (一起/该案), the
    loss not a part of a period's total (其中…某男被骗412000元)."""
    return (ONE_CASE_TOLD.search(size.sentence) is not None
            and not loss.sentence.lstrip().startswith("其中"))


def _loss_of_a_day_inside(day: Fact, window: Fact) -> bool:
    """女子被骗走2万多元 (a heading, dated by the 10月以来 window it stands in) over 10月9日…共计
    24899元: one victim's loss, the round form told over a window that holds its day."""
    return (day.metric == window.metric == "victim_loss" and day.period_precision == "day"
            and window.period_start is not None and window.period_end is not None
            and window.period_start <= day.period_start and day.period_end <= window.period_end)


def _rounded_summary(f: Fact, others: list[Fact]) -> bool:
    """A lead's round figure (破获…5000余起, 发案1.7万余起, 逾3万起) restating a more precise
    figure of the same unit (破案5027起, 3.1万余起): one claim, kept in its precise form. A
    case's round size restating its victim's precise loss is one sum told twice
    (侦破一起涉案130余万元电信诈骗案 … 共被骗1316216元)."""
    if f.qualifier == "exact" or _significant_digits(f.value) > 2:
        return False
    for o in others:
        if (o is f or o.unit_index != f.unit_index
                or (o.metric != f.metric and ((f.metric, o.metric) != CASE_SIZE_OF_LOSS
                                              or not _one_cases_size_and_its_loss(f, o)))
                or (o.province, o.city) != (f.province, f.city) or o.qualifier == "approx"):
            continue
        if (f.period_start and o.period_start and (f.period_start, f.period_end) != (o.period_start, o.period_end)
                and o.metric == f.metric and not _loss_of_a_day_inside(o, f)):
            continue  # (a case's size is told on the day it is solved, its loss on the day of the fraud)
        if f.value <= o.value < f.value * 1.25 and _significant_digits(o.value) > _significant_digits(f.value):
            return True
    return False


def _narrower(f: Fact, than: Fact) -> bool:
    """2024年以来…返还2.3亿元 (a January page) and later 2024年，返还…2.3亿元: the same claim
    stated over a window inside the other one is dated by the tighter window."""
    if not (f.period_start and f.period_end and than.period_start and than.period_end):
        return False
    return (than.period_start <= f.period_start and f.period_end <= than.period_end
            and (f.period_start, f.period_end) != (than.period_start, than.period_end))


def _earlier_loss_day(f: Fact, than: Fact) -> bool:
    """“我被骗了20万货款” (said on 5月9日, when he came to report it) and 5月7日，…全额转入20万元:
    one loss, told twice; it happened on the earlier day."""
    return (f.metric == "victim_loss" and f.period_precision == "day" == than.period_precision
            and f.period_start is not None and than.period_start is not None
            and f.period_start < than.period_start)


def _dated_below_heading(f: Fact, heading: Fact) -> bool:
    """反诈预警 劝阻高危被骗人员7755人 (a section heading, read in the page's review year) and
    below it 今年已累计劝阻高危被骗人员7755人: the figure's own sentence dates it."""
    return (len(heading.sentence) <= HEADING_MAX and not heading.sentence.endswith(SENTENCE_ENDS)
            and (heading.period_start, heading.period_end) != (f.period_start, f.period_end)
            and not _states_period(heading) and _states_period(f))


def _states_period(f: Fact) -> bool:
    """A headline that dates its own figure (依法将今年前5个月追回的130万余元…), not one that only
    inherits the title's year (廊坊公安2022年反诈成果丰 / 止付金额25200万余元)."""
    year = int(f.reported[:4]) if f.reported else None
    return any(m.period.start for m in find_periods(f.sentence, f.reported, year))


def deduplicate(facts: list[Fact], headline_ids: set[int]) -> list[Fact]:
    """Keep one fact per claim: body before headline, the first statement wins, and the
    kept fact borrows a missing period, county or campaign from its repeats, and the tighter
    period when a repeat dates it inside the kept one's window. A round
    figure that restates a precise one of the same unit (headline or lead) is dropped."""
    ordered = sorted(facts, key=lambda f: (id(f) in headline_ids, f.unit_index, f.span[0]))
    kept: dict[tuple, list[Fact]] = {}
    dated_leads: dict[tuple[int, int], Fact] = {}  # a 近日 lead's sentence → a figure of it a repeat dated
    for f in ordered:
        if id(f) in headline_ids and _rounded_headline(f, facts):
            continue
        if _rounded_summary(f, facts):
            continue
        key = (f.metric, round(f.value, 2), f.province, f.city)
        # 林周县、曲水县各1宗: two counties of one city with the same figure are two claims
        same = [k for k in kept.get(key, []) if k.county is None or f.county is None or k.county == f.county]
        if not same:
            kept.setdefault(key, []).append(f)
            continue
        first = same[0]
        if (first.period_start is None and f.period_start is not None) or (
                _narrower(f, first) and (id(f) not in headline_ids or _states_period(f))) or (
                _earlier_loss_day(f, first)) or _dated_below_heading(f, first):
            if first.period_start is None and f.period_precision == "day" and RECENT.search(first.sentence):
                dated_leads[first.sentence_span] = f
            first.period_start, first.period_end = f.period_start, f.period_end
            first.period_precision = f.period_precision
        if first.county is None and f.county is not None:
            first.county, first.adcode = f.county, f.adcode
        first.campaign = first.campaign or f.campaign
    out = [f for group in kept.values() for f in group]
    for f in out:
        # 近日，苍南警方…当场抓获犯罪嫌疑人9人，缴获犯罪所得现金5万元 … 8月8日，…抓获9人: the lead
        # sums up one story; a figure of it that the story dates dates the others beside it
        day = dated_leads.get(f.sentence_span) if f.period_start is None else None
        if day is not None and f.unit_index == day.unit_index:
            f.period_start, f.period_end, f.period_precision = day.period_start, day.period_end, "day"
    # 原标题:宁夏警方破获…涉案金额6000余万元 over 吴忠警方…涉案金额6000余万元: the headline names
    # only the province of the force the body names; one claim, the body's
    placed = {(f.metric, round(f.value, 2), f.province) for f in out
              if id(f) not in headline_ids and f.city is not None}
    out = [f for f in out if not (f.city is None and (f.metric, round(f.value, 2), f.province) in placed
                                  and (id(f) in headline_ids or _significant_digits(f.value) >= 3))]
    # 今年抓获保健品诈骗犯罪嫌疑人1900余人 over 公安部…全国公安机关…抓获犯罪嫌疑人1900余人: a
    # headline restates the body's claim; the body says whose it is (the headline took the
    # page's place, 南京 of a case told further down)
    # (a blurb's headline restates its own blurb only: the same unit)
    stated = {(f.unit_index, f.metric, round(f.value, 2)) for f in out if id(f) not in headline_ids}
    out = [f for f in out if not (id(f) in headline_ids and (f.unit_index, f.metric, round(f.value, 2)) in stated)]
    # (…已追缴被骗资金99.17万元 again after a sentence on 全省专项行动: the city's claim told twice,
    # once under the province's words — a figure this precise is no coincidence)
    # 拦截被骗资金18.8万元…并返还给事主: one sum intercepted and then given back is one claim,
    # the money recovered (the gold never holds one sum as both stopped and recovered)
    returned = {(round(f.value, 2), f.province, f.city) for f in out if f.metric == "money_recovered"}
    out = [f for f in out if not (f.metric == "money_stopped" and (round(f.value, 2), f.province, f.city) in returned)]
    parts = _loss_parts(out)
    return sorted((f for f in out if id(f) not in parts), key=lambda f: f.span[0])


MAX_LOSS_PARTS = 8  # a story's transfers; more are a list of victims, not one loss in parts


def _loss_parts(facts: list[Fact]) -> set[int]:
    """罗先生…转账49400元…又转账44900元，两次共转账94300元: transfers that add up to a loss
    the page states are its parts — one loss, the total (the gold never sums a loss twice).
    The largest set of smaller exact losses of the same place (or of its province, unplaced) that adds up to the yuan to a
    stated loss goes (a 余/多 figure adds up to nothing for sure)."""
    losses = [f for f in facts if f.metric == "victim_loss"]
    parts: set[int] = set()
    for total in sorted(losses, key=lambda f: -f.value):
        if id(total) in parts:
            continue
        smaller = [f for f in losses if f.value < total.value and id(f) not in parts
                   and f.qualifier == "exact" and f.province == total.province
                   and f.city in (None, total.city)]  # (a part the story did not place stays in it)
        if not 2 <= len(smaller) <= MAX_LOSS_PARTS:
            continue
        found = next((combo for k in range(len(smaller), 1, -1)
                      for combo in itertools.combinations(smaller, k)
                      if abs(sum(f.value for f in combo) - total.value) < 1), None)
        if found:
            parts.update(id(f) for f in found)
    return parts
