"""Units and sentences → facts, each with its region, period and campaign.

Context is read the way an analyst reads a bulletin:
- region: the nearest named force before the figure in its sentence (an unnamed one such as
  全市/市公安局 only when none is named; a place right before its own figure, 南宁市34宗, for
  that figure alone; 丙县、丁县各1宗 gives one fact per place); else the force named earlier
  in the paragraph (or the section heading above it); else the unit's own force
  (parsers/reporting.py: a blurb's headline place, the article's reporting force, or
  nationwide). In a case story a provincial announcement stands for the force that took
  the case on.
- period (the rules: parsers/periods/context.py, period_for and the functions beside it; this
  reader keeps the state they read): the nearest period expression before the figure in its sentence; else the last
  one earlier in the paragraph; else the lead's reporting window (the first paragraph of
  prose: 2022年，全省… / 今年以来…, cut off by its own 截至), which later body paragraphs go
  on with unless they open a frame of their own (在…中). 截至目前 and …行动开展以来 refer to
  that window; 截至M月D日 with no window is the year so far; a window named X期间 and
  dated elsewhere in the text dates X期间; money handed back at the reported ceremony is
  dated that day. Vague expressions (经过一个多月侦查) set it to unknown; 次日, 去年同期 and
  本周/本期 read against the period in force (periods.relative_mentions). A paragraph that
  opens a list, the list items and a paragraph opening with 其中/此外/与此同时 go on with the
  context before them. A year written in the title or lead holds for yearless dates; a
  page with no date reads them in the latest year its text writes. A blurb is dated only
  by its own dateline, never by the host page.
- campaign: one named in the sentence or earlier in the paragraph (or its heading), a
  shortened window reference (攻坚宣传月期间, which also dates what follows), or a blurb's
  only campaign. A fact with no period of its own takes its campaign's window.
Then the same claim is kept once (parsers/dedupe.py): repeats (title, lead, body, blurbs) by metric, value
and region; a rounded headline figure (4千多起, 追回92万余元) and a round lead figure
(破获…5000余起) when the same unit states the precise one.
"""
from __future__ import annotations

import re
from datetime import date
from dataclasses import dataclass, replace

from parsers import campaigns as camp
from parsers import scope
from parsers.scope import CASE_WINDOW, SUMMED, fact_scope
from parsers.campaigns import Campaigns
from parsers.cleaning import Clean, t2s_same_length
from parsers.gazetteer import Gazetteer, Place, is_mainland
from parsers.meta import blurb_date, without_listed_times
from parsers.metrics import SEMICOLON_BREAK, MetricHit, find_metric_hits
from parsers.periods import (CAMPAIGN_SINCE, IGNORED_OR_WEAK, RECENT, SUMMING, WEAK_PERIOD_KINDS, YEAR, Period,
                             PeriodMention, closed_before, compared_in, cutoff, find_periods, founded_mentions,
                             founding_day, into_next_year, into_page_year, named_windows, period_for, range_ending,
                             relative_mentions, results_named_after, reviews_its_year, since_campaign, story_day,
                             victim_story_day, window_mentions)
from parsers.dedupe import deduplicate
from parsers.records import Fact
from parsers.regions import Force, find_forces, in_share_phrase, named_branches, with_named_branches
from parsers.reporting import announced_case, document_place, national_report, unit_place
from parsers.units import HEADING_MAX, SENTENCE_ENDS, Sentence, Unit

# 全国公安机关共破获… / 公安部部署… / 去年中国警方破获… / 各地公安机关累计见面劝阻…: the
# sentence (or the page's headline) speaks of the nation
NATION_WORDS = re.compile(r"全国|公安部(?!门)|国家反诈中心|国务院|中国警方|我国警方|中国公安|各地公安机关")
# the size of one case: it belongs where the story happens (facts._story_place)
STORY_METRICS = frozenset({"victim_loss", "money_involved"})
# 在茂名、佛山、中山等地 / 在广州、深圳两地: places listed together
LIST_OF_PLACES = re.compile(r"[\u4e00-\u9fff]{2,8}、[\u4e00-\u9fff、]{2,30}(?:等地|等市|[两三四五六七八九]地)")
BREADCRUMB_LINES = 3  # navigation lines read for a local channel (reporting._channel_place)
_NOT_STRONG = IGNORED_OR_WEAK | {"vague"}
INTERCEPTED_METRICS = frozenset({"money_recovered", "money_stopped"})
# a 近日 lead that sums up one rescue: 成功拦截一起… / 及时预警…劝阻…为其挽损11万余元 (not 破获一个
# 团伙，为群众挽回损失: a case's day is when it was filed, not when money came back)
ONE_RESCUE = re.compile(r"一起|预警|劝阻|拦截|止损|挽损|阻断")
# what one victim lost, and what was stopped, frozen or won back for them
VICTIM_MONEY = frozenset({"victim_loss", "money_stopped", "money_frozen", "money_recovered"})
UNKNOWN = Period(None, None, None)
# …；在提升预警提防能力上，… / …；此外，…: a list item that opens a topic of its own (not one that
# goes on with the same work: …抓获犯罪嫌疑人1046名；缴获手机卡、银行卡1.2万余张)
TOPIC_ITEM_OPENS = re.compile(r"[；;][\s,，]*(?:在[^，,。；;]{1,20}?(?:上|方面)[\s,，]|同时|此外|另外|另一方面)")
REPORTING_PRECISIONS = frozenset({"year", "range", "half", "quarter", "month"})
THIS_REPORT = re.compile(r"本周|本期|本月(?!份)")
RUNNING_TOTAL = re.compile(r"累计|以来|截至|截止|今年|全年|总计")
# the words a periodic bulletin's paragraph opens on before the window it reports on: 上周（…至…）
REPORT_WINDOW_OPEN = re.compile(r"(?:上周|本周|上一周|一周|本期|上月|本月)\s*[（(]?")
LIST_OPENERS = ("：", ":", "如下", "如下。")
LIST_ITEM = re.compile(r"^\s*(?:[一二三四五六七八九十]+是|[（(]?[一二三四五六七八九十\d]+[)）、.．]|[•●·\-])")
# a breakdown of the paragraph before (其中), or more of the same report (此外, 与此同时)
UP_TO_NOW = re.compile(r"近?[一二两三四五六七八九十\d]+多?个?多?(?:月|天|周|星期)多?(?:来|以来)")
# 5月16日凌晨，…开展集中收网行动。/ 行动成功抓获犯罪嫌疑人33人: the action just told, on its day (its
# actor is read afresh: 忻州市公安局派员参加。/ 行动共抓获… is still the province's)
ACTION_GOES_ON = re.compile(r"^\s*(?:此次|本次|这次)?行动(?:中|期间|当天)?[，,]?(?:共|成功|当场|现场|一举|累计)")
CUTOFF_OPEN = re.compile(r"^\s*截[至止]到?(?:目前|今|发稿)")
CONTINUATION = re.compile(r"^\s*(?:其中|此外|另外|与此同时|同时|随后|此后|之后)[，,：:]?"  # 随后，专案组…: the story goes on
                          # 被骗事主中，女性占多数…: a breakdown of the people or cases just counted
                          r"|^\s*(?:被骗事主|被骗人员|受害人|被害人|上述案件|这些案件|上述)中[，,]")
PARALLEL_ITEM = re.compile(r"^\s*(?:此外|另外)\s*[，,：:]")  # 此外，…: the report's next item
# 集中返还仪式 / 表彰大会上…返还: money handed back at the event the page reports, on its day
CEREMONY = re.compile(r"仪式|大会上|返还活动|发还活动|返还现场|发还现场|活动现场"
                      r"|(?:举行|召开)[^，,。；;]{0,16}(?:返赃|退赃|返还|发还)[^，,。；;]{0,8}大会")  # 举行…返赃退赃大会，依法将…发还
BREAKDOWN_SENTENCE = re.compile(r"^\s*其中\s*[，,：:]?")
# 拉萨市34宗：城关区26宗，… under a heading (各市地县发案情况): a sentence that opens on a
# table row, with no verb of its own, reads its rows with the heading's verb
TABLE_ROW_OPEN = re.compile(r"^\s*[\u4e00-\u9fff]{2,12}?(?:[（(][^）)]{0,12}[）)])?\s*\d+\s*[宗起件]")
COUNT_ANCHOR_METRICS = frozenset({"cases_filed", "cases_solved"})  # sentences table rows read
THIS_YEAR = ("今年", "本年")
# 省市区三级公安部门 / 市县两级警方: the levels working one case together — the force that
# took it on, named before
JOINT_LEVELS = re.compile(r"[省市县区]{2,3}[两三四]级(?:公安|警方)")
# …案告破，30余名犯罪嫌疑人束手就擒。该起案件由重庆市公安局渝北区分局…主导侦破: the force named
# right after the figures, in the next sentence of the paragraph, as the case's own
CASE_BY_FORCE = re.compile(r"^[^，,。；;]{0,6}?(?:该|此|这)(?:起|宗|一)?(?:系列)?案件?[^，,。；;]{0,4}?由")
CASE_BY_VERB = re.compile(r"侦破|侦办|破获|主办|承办|办理")
QUOTE_OPENS = ("“", "\"", "「", "『")
OUR_PROVINCE = re.compile(r"我省")
# 公安部对此高度重视，即派工作组赴马来西亚 / 公安部组成工作组: the ministry's own work group; a later
# clause that opens on 工作组 (工作组联手马警方…共抓获74名) reports the nation's result
MINISTRY_SENDS_GROUP = re.compile(r"公安部[^。；;]{0,30}?(?:派|组成|成立|组建|抽调)[^。；;]{0,8}?工作组")
LOCAL_LEVEL = re.compile(r"[省市县区]")
MINISTRY_GROUP_ACTS = re.compile(r"(?:^|[，,；;])\s*(?:公安部)?(?:该|这个|我)?工作组")
SPEAKER_FORCE_START = 2  # the speaker's force opens the sentence after the quote (”上海市公安局…)
# 原标题:…——劝阻12万人次,冻结近亿元: a repost's original headline, as round as any headline
ORIGINAL_TITLE = re.compile(r"^\s*原标题\s*[:：]")
# 新京报讯(记者…)11月1日,… / 本报讯 / 新华社北京5月3日电: a page that opens on its outlet's
# dateline has no headline line; its first sentence is the lead, as precise as the body
LEAD_DATELINE = re.compile(r"^\s*[^，,。！？!?\s]{0,12}?(?:网|报|社|台)(?:讯|电)")


@dataclass
class _Context:
    place: Place | None
    period: Period | None = None
    campaign: str | None = None
    year: int | None = None  # the year a yearless date (3月5日, 全年) falls in
    december: bool = False  # the written date in force is in December (periods.into_next_year)


def _is_heading(sentence: Sentence, paragraph_sentences: list[Sentence]) -> bool:
    return (len(paragraph_sentences) == 1 and len(sentence.text) <= HEADING_MAX
            and not sentence.text.endswith(SENTENCE_ENDS))


def _force_for(forces: list[Force], pos: int, text: str = "") -> Force | None:
    """The nearest named force before the figure (…；广州市公安局冻结…); an unnamed one
    (全市, 市公安局) only when no named force precedes, since it usually points back to
    one; a named force after the figure (…51起,…蔡甸区分局反电诈中心建立后) when none
    precedes and it stands in the figure's own segment (not past a ；, where the next row
    begins: 拉萨市立13起…；日喀则市立案6起); never an unnamed one after it (占全省…%)."""
    before = [f for f in forces if f.start < pos]
    named = [f for f in before if not f.generic]
    if named:
        return named[-1]
    if before:
        return before[-1]
    return next((f for f in forces if f.start >= pos and not f.generic and not f.row
                 and not SEMICOLON_BREAK.search(text, pos, f.start)), None)


class _UnitReader:
    def __init__(self, unit: Unit, sentences: list[Sentence], place: Place | None,
                 published: str | None, campaigns: Campaigns, gaz: Gazetteer,
                 unit_campaigns: list[str], title: str | None = None, announced_case: bool = False):
        self.unit, self.sentences, self.place = unit, sentences, place
        self.announced_case = announced_case and unit.kind == "body"
        # a blurb is dated only by its own dateline, never by the host page
        own = published if unit.kind == "body" else blurb_date(unit.text)
        self.published = own
        self.default_year = int(own[:4]) if own else None
        if self.default_year is None and unit.kind == "body":
            # 5月警情通报 with no page date: yearless dates fall in the latest year the text
            # itself writes (its cases 2024年5月19日…), not in no year at all
            # (not the times of a list of other stories: - 2025年12月16日 07:38:07 …)
            text = without_listed_times(unit.text)
            years = [int(m.group(1)) for m in YEAR.finditer(text)
                     if text[max(0, m.start() - 1):m.start()] not in ("自", "从")]
            self.default_year = max(years) if years else None
        title = (title or "") if unit.kind == "body" else (unit.headline or "")
        self.title_text = title.strip()
        # a headline is short; on a page without punctuation the "title" is the whole text
        title = title[:HEADING_MAX * 2]
        # (a headline's year; a paragraph offered as the title is the lead, whose years the
        # rule above weighed — 从2017年5月开始 there is a start, not the year reported on)
        title_year = YEAR.search(title) if len(self.title_text) <= HEADING_MAX else None
        if title_year and unit.kind == "body":
            # a bulletin titled "2022年全国…" reports on 2022 even when published in 2023
            self.default_year = int(title_year.group(1))
        self.campaigns, self.gaz = campaigns, gaz
        self.year_in_force = self.default_year
        self.reviewed = unit.kind == "body" and reviews_its_year(unit.text, own, self.default_year)
        self.lead_read = False  # set once the first paragraph that is not a heading is read
        self.prose_read = 0  # paragraphs of prose read so far
        # the last sentence that counted cases with its own verb (全区共立…案件115起): verb-less
        # table rows after it (拉萨58起。…城关区57起，墨竹工卡县1起。) read its verb
        self.count_anchor: str | None = None
        self.last_named: Place | None = None  # the last force named by name, in any paragraph
        self.branches: dict[str, Place] = {}  # 东湖 → 大庆市, from 大庆市公安局东湖分局 (regions.named_branches)
        self.prev_text: str | None = None  # the sentence before, in the same paragraph
        self.next_text: str | None = None  # the sentence after, in the same paragraph
        self.table_heading: str | None = None  # the one-line heading just above this paragraph
        self.last_period: Period | None = None  # for 去年同期 in a later paragraph
        self.lead_window: Period | None = None  # the lead's reporting window (今年以来…)
        self.periodic_window = False  # the lead window is a periodic bulletin's week or month (上周（…）)
        self.ceremony_day: Period | None = None  # the day of the unit's first dated ceremony
        self.ministry_group = False  # the unit said the ministry sent a work group (公安部…派工作组)
        texts = [s.text for s in self.sentences]
        self.campaign_windows = list(campaigns.windows.values())  # (the document's; read per figure)
        self.named_windows = named_windows(texts, self.published, self.year_in_force)
        self.founded = founding_day(texts, self.published, self.year_in_force)
        self._openings: dict[int, int | None] | None = None  # see _opening_after
        # 第11期反诈周报（3月13日—3月19日）: what 本周/本期 in the text refers to
        windows = [m.period for m in find_periods(title, self.published, self.default_year)
                   if m.period.start and m.period.end and m.period.start != m.period.end]
        self.report_window: Period | None = windows[0] if windows else None
        self.only_campaign = unit_campaigns[0] if (unit.kind == "blurb" and len(set(unit_campaigns)) == 1) else None

    def read(self) -> list[tuple[Sentence, MetricHit, _Context, bool]]:
        out = []
        by_paragraph: dict[int, list[Sentence]] = {}
        for s in self.sentences:
            by_paragraph.setdefault(s.paragraph, []).append(s)
        carried: _Context | None = None
        general = scope.general_crime_page(self.title_text, self.sentences)
        previous: list[Sentence] = []
        heading: str | None = None
        dateline_first = bool(self.sentences) and LEAD_DATELINE.match(self.sentences[0].text) is not None
        ordered = sorted(by_paragraph.items())
        for number, (index, para) in enumerate(ordered):
            ctx = self._opening_context(para, carried)
            self.prev_text = None
            self.table_heading = heading
            heading = para[0].text if len(para) == 1 and _is_heading(para[0], para) else None
            after_para = ordered[number + 1][1] if number + 1 < len(ordered) else None
            for position, s in enumerate(para):
                self.next_text = para[position + 1].text if position + 1 < len(para) else None
                # the sentence after, across a paragraph break (这是2018年…的成绩单 on a line of its own)
                named = results_named_after(self.next_text or (after_para[0].text if after_para else None),
                                            self.published, self.default_year)
                is_headline = (self.unit.kind == "blurb" and index == min(by_paragraph)) or (
                    self.unit.kind == "body" and self._body_headline(s, para, dateline_first))
                for hit, hit_ctx in self._sentence(s, ctx):
                    if (self.periodic_window and hit_ctx.period == self.lead_window
                            and RUNNING_TOTAL.search(s.text)):
                        # 上周（…）…。累计劝阻群众1.2万人次: a running total under a weekly bulletin's
                        # window is no figure of that week
                        hit_ctx = replace(hit_ctx, period=None)
                    if named is not None and hit_ctx.period is None:
                        hit_ctx = replace(hit_ctx, period=named)
                    if scope.is_fraud_figure(s, hit.quantity.start, para, previous, general):
                        out.append((s, hit, hit_ctx, is_headline))
                self.prev_text = s.text
            carried = self._carried_context(para, ctx, carried)
            previous = para
            # the lead is the first paragraph of prose (a sentence that ends), not a heading
            # nor a line of site chrome or spam keywords
            if not (len(para) == 1 and _is_heading(para[0], para)) and any(
                    x.text.endswith(("。", "！", "？")) and len(x.text) >= 12 for x in para):
                self.lead_read = True
                self.prose_read += 1
        return out

    def _body_headline(self, s: Sentence, para: list[Sentence], dateline_first: bool) -> bool:
        """A body sentence that is (part of) the page's headline: a repost's 原标题; else, unless
        the page opens on its outlet's dateline, the first sentence, the title itself, a part of
        a short title cut at its "!" (新闻发布!追回2202万元!), or a subtitle line under the title
        before the lead (廊坊公安2022年反诈成果丰 / 止付金额25200万余元)."""
        if ORIGINAL_TITLE.match(s.text) is not None:
            return True
        if dateline_first:
            return False
        return (s is self.sentences[0] or s.text == self.title_text
                or (s.paragraph == self.sentences[0].paragraph and len(self.title_text) <= HEADING_MAX * 2
                    and s.text in self.title_text)
                or (not self.lead_read and _is_heading(s, para)))

    def _opening_context(self, para: list[Sentence], carried: _Context | None) -> _Context:
        """A paragraph starts afresh, except after a section heading (its force and
        campaign), after a line that opens a list (现将战果通报如下：) and when it goes on
        with 其中 (the previous paragraph's whole context)."""
        # the window the lead reports on (2022年，全省…) holds for the body's later
        # paragraphs that state none of their own: they go on with the same report
        # — not one that opens on a frame of its own (在“净网2021”专项行动中，…)
        own_frame = para[0].text.startswith("在")
        fresh = _Context(self.place, period=None if own_frame or self.unit.kind != "body" else self.lead_window,
                         year=self.year_in_force)
        if carried is None:
            return fresh
        if ACTION_GOES_ON.match(para[0].text):
            return replace(fresh, period=carried.period, year=carried.year)
        if PARALLEL_ITEM.match(para[0].text):
            # 此外，警方集中打击…: another item of the same report — its window goes on, not the
            # place of a case told at the end of the paragraph before (…淮安侦破一起…案)
            return replace(carried, place=fresh.place)
        if CONTINUATION.match(para[0].text) or LIST_ITEM.match(para[0].text) or carried.period is not None:
            return replace(carried)
        return replace(carried, period=fresh.period)

    def _carried_context(self, para: list[Sentence], ctx: _Context,
                         before: _Context | None) -> _Context | None:
        last = para[-1].text
        if last.endswith(LIST_OPENERS):
            return replace(ctx)
        if LIST_ITEM.match(para[0].text) or self._next_is_list_item(para):
            # 一是…二是…: the items share the lead's context — not a date one item gives its
            # own event (一是…近期公安机关又公开通缉…)
            if before is not None and LIST_ITEM.match(para[0].text):
                return replace(ctx, period=before.period)
            return replace(ctx)
        if len(para) == 1 and _is_heading(para[0], para):
            return replace(ctx, period=None, year=self.year_in_force)
        nxt = self._next_paragraph_starts_with_continuation(para)
        if not nxt and len(para) == 1 and ctx.period is not None and ctx.period.start and ctx.period.end:
            # 据悉，2024年以来，某分局…扎实推进打击治理工作。/ 截至目前，某分局共破电诈案789起: the
            # next paragraph counts up to now within the window this one-sentence paragraph opened
            later = self._opening_after(para[-1].paragraph)
            nxt = later is not None and CUTOFF_OPEN.match(later.text) is not None
        return replace(ctx) if nxt else None

    def _next_is_list_item(self, para: list[Sentence]) -> bool:
        later = self._opening_after(para[-1].paragraph)
        return later is not None and LIST_ITEM.match(later.text) is not None

    def _next_paragraph_starts_with_continuation(self, para: list[Sentence]) -> bool:
        later = self._opening_after(para[-1].paragraph)
        return later is not None and (CONTINUATION.match(later.text) is not None
                                      or ACTION_GOES_ON.match(later.text) is not None)

    def _opening_after(self, paragraph: int) -> Sentence | None:
        """The first sentence, in text order, of a paragraph after ``paragraph``. Worked out
        for every paragraph at once on the first call: asked once per paragraph, a scan of
        the unit's sentences each time made long pages quadratic."""
        if self._openings is None:
            first: dict[int, int] = {}  # paragraph → index of its first sentence
            for i, s in enumerate(self.sentences):
                first.setdefault(s.paragraph, i)
            self._openings, best = {}, None
            for p in sorted(first, reverse=True):  # best: the first sentence of any later one
                self._openings[p] = best
                best = first[p] if best is None else min(best, first[p])
        found = self._openings.get(paragraph)
        return None if found is None else self.sentences[found]

    def _sentence(self, s: Sentence, ctx: _Context) -> list[tuple[MetricHit, _Context]]:
        text = s.text
        forces = find_forces(text, ctx.place or self.place, self.gaz, self.place,
                             own_context=self.unit.kind == "body")
        if "分局" in text:
            forces = with_named_branches(text, forces, self.branches)
            self.branches.update(named_branches(text, forces))
        periods = [p for p in find_periods(text, self.published, ctx.year,
                                           self.reviewed and ctx.year == self.default_year)
                   if not in_share_phrase(text, p.start)]
        periods = relative_mentions(text, periods, ctx.period or self.last_period, self.published)
        if ctx.december and periods:
            periods = into_next_year(periods, self.published)
        elif periods and ctx.year is not None and self.published:
            periods = into_page_year(periods, self.published, ctx.year)
        if self.founded is not None:
            periods = founded_mentions(text, periods, self.founded, self.published)
        if self.named_windows:
            taken = [(p.start, p.end) for p in periods]
            periods = sorted(periods + [w for w in window_mentions(text, self.named_windows)
                                        if all(w.end <= a or w.start >= b for a, b in taken)],
                             key=lambda p: p.start)
        if self.report_window:
            periods = sorted(periods + [
                PeriodMention(self.report_window, m.group(0), m.start(), m.end(), "range")
                for m in THIS_REPORT.finditer(text)], key=lambda p: p.start)
        mentions = camp.find_campaign_mentions(text)
        found = self.campaigns.resolve_reference(text)
        reference = found[0] if found else None
        if found and found[0] in self.campaigns.windows:
            # 攻坚宣传月期间，… dates what follows as a period expression would
            periods = sorted(periods + [PeriodMention(self.campaigns.windows[found[0]], "",
                                                      found[1], found[1], "range")],
                             key=lambda p: p.start)
        hits = find_metric_hits(text)
        if any(h.metric in COUNT_ANCHOR_METRICS for h in hits):
            self.count_anchor = text
        hits = hits or self._breakdown_hits(text)
        results = []
        for hit in hits:
            chosen = _force_for(forces, hit.quantity.start, text)
            period = period_for(periods, hit.quantity.start, ctx.period, ctx.year, published=self.published,
                                lead_window=self.lead_window, last_period=self.last_period,
                                campaign_windows=self.campaign_windows)
            comparison = compared_in(periods, text, hit.quantity.start)
            if comparison is not None:
                if comparison.period.start is None:
                    continue  # 同比去年同期54起: last year's figure, quoted for contrast
                period = comparison.period  # 环比4月份14起: April's own figure
            before = [m for m in mentions if m.start <= hit.quantity.start]
            single = camp.last_single(before, text)
            if single is not None and TOPIC_ITEM_OPENS.search(text, single.end, hit.quantity.start):
                # 一连推进“断卡”行动…；在提升预警提防能力上，…阻止损失5.91亿元: a list item of
                # its own after the one naming the operation — none of that operation's
                single, before = None, [single]
            campaign = (None if before and single is None  # a joint list's figure: no one operation's
                        else self.campaigns.canonical(single.name) if single
                        else reference or ctx.campaign or self.only_campaign)
            place = chosen.place if chosen else ctx.place
            if chosen is None and (named_after := self._case_force_after(text)) is not None:
                place = named_after
            if chosen is None and self.ministry_group and MINISTRY_GROUP_ACTS.search(text, 0, hit.quantity.start):
                place = None  # 公安部…即派工作组赴马来西亚。…工作组联手马警方…共抓获74名: the nation's work group
            if chosen is None and self.last_named is not None and JOINT_LEVELS.search(text):
                place = self.last_named  # 近日，省市区三级公安部门…抓获: the case's own force, with help
            if (self.announced_case and place is not None and place.level == "province"
                    and self.place is not None and place.province == self.place.province):
                place = self.place
            if hit.metric in STORY_METRICS and place is not None and place.level == "province" and not (
                    chosen is not None and chosen.generic and OUR_PROVINCE.search(text, chosen.start, chosen.end)):
                # 宝鸡刘女士…被骗的刘女士将9.13万元汇入…: a case's own size belongs to the place
                # the story names, in the province that reports it (not when the sentence says
                # the province's own: 系我省公安承接侦查，…与我省关联案件涉案金额达3000余万元)
                place = self._story_place(text, hit.quantity.start, place) or place
            if period is None and campaign in self.campaigns.windows:
                period = self.campaigns.windows[campaign]
            if hit.metric == "money_recovered" and CEREMONY.search(text):
                # the ceremony's own day (2月27日…举行返还仪式，将近期追回的58万元…), else the
                # page's day when the sentence dates nothing else
                before = [p for p in periods if p.end <= hit.quantity.start]
                days = [p.period for p in before if p.period.precision == "day"]
                if days:
                    period = days[-1]
                elif self.ceremony_day is not None and not any(p.period.start for p in before):
                    period = self.ceremony_day  # 3月9日，…举行发还仪式。在发还仪式上，民警向群众发还68万元
                elif self.published and not any(p.period.start for p in before):
                    period = Period(self.published, self.published, "day")
            if chosen is not None and chosen.each and chosen.start < hit.quantity.start:
                results.extend((hit, _Context(p, period, campaign)) for p in chosen.each)
            else:
                results.append((hit, _Context(place, period, campaign)))
        if not self.ministry_group and "工作组" in text and (sent := MINISTRY_SENDS_GROUP.search(text)):
            # (not 在公安部的统一部署下，我省成立专门工作组 / 省公安厅…派员随公安部工作组: a local
            # force's group, or one that went with the ministry's)
            self.ministry_group = LOCAL_LEVEL.search(sent.group(0)) is None
        if self.ceremony_day is None and CEREMONY.search(text):
            self.ceremony_day = next((p.period for p in periods if p.period.precision == "day"), None)
        # what this sentence establishes carries on through the paragraph
        actors = [f for f in forces if not f.row]  # a breakdown's row does not carry on
        named_actors = [f.place for f in actors if f.place is not None and not f.generic]
        if named_actors:
            self.last_named = named_actors[-1]
        if actors:
            ctx.place = actors[-1].place if actors[-1].place else ctx.place
        # 近年来 leaves the figures of its own sentence undated, but does not end the window
        # the report is about for the sentences after it
        in_force = ctx.period or self.lead_window
        strong = [m for m in periods if m.kind not in _NOT_STRONG and not (
            # 4月3日起，…启动“驻村反诈”工作。两个多月来，…: the time since the start in force
            m.kind == "relative" and m.period.start is None and in_force is not None
            and in_force.start is not None and UP_TO_NOW.fullmatch(m.text))]
        periodic = (bool(strong) and strong[0].kind == "range"
                    and REPORT_WINDOW_OPEN.fullmatch(text, 0, strong[0].start) is not None)
        opens_report = (self.lead_read and self.lead_window is None and self.prose_read == 1
                        and self.prev_text is None and bool(strong) and (
                            (strong[0].start == 0 and strong[0].kind == "year")
                            # 上周（2025年09月08日至2025年09月14日），全市共立…: a periodic bulletin's
                            # paragraph that opens on the week (month, issue) it reports on
                            or periodic))
        if opens_report and periodic:  # (opens_report holds only while no lead window is set)
            self.periodic_window = True
        if (not self.lead_read or opens_report) and self.lead_window is None:
            # (not a year that labels a campaign: 开展2022年“绿城反诈·断卡”第二轮收网行动)
            # 央视网消息 2月26日，记者从省公安厅了解到，…。 / 2024年，全省…: a lead that only
            # announces, then a paragraph that opens on the year reported on — its window
            self.lead_window = next((m.period for m in strong if m.period.start and m.period.end
                                     and m.period.precision in REPORTING_PRECISIONS
                                     and not (m.kind == "year" and text[m.end:m.end + 1] in camp.OPEN_Q)), None)
        if not self.lead_read and self.lead_window is not None:
            # 2021年，…截至2021年11月，共破获…: the lead reports on the window cut off there
            cut = [cutoff(m, self.published, ctx.year) for m in periods if m.kind in WEAK_PERIOD_KINDS]
            cut = [c for c in cut if c is not None]
            if self.lead_window is not None and cut and self.lead_window.start <= cut[-1].isoformat() < (self.lead_window.end or "9999"):
                self.lead_window = Period(self.lead_window.start, cut[-1].isoformat(), "range")
        if strong:
            ctx.period = strong[-1].period
            if strong[-1].period.end:
                self.last_period = strong[-1].period
        elif any(m.kind in WEAK_PERIOD_KINDS for m in periods):
            # 截至4月底，立案数同比下降…。…紧急止付涉案财产N元: the cut-off holds for the
            # rest of the paragraph
            cut = cutoff([m for m in periods if m.kind in WEAK_PERIOD_KINDS][-1], self.published, ctx.year)
            window = ctx.period or self.lead_window or range_ending(self.last_period, cut)
            if cut is not None and window is not None and closed_before(window, cut):
                ctx.period = Period(f"{cut.year}-01-01", cut.isoformat(), "range")
            elif cut is not None and window is not None and window.start and window.start <= cut.isoformat():
                ctx.period = Period(window.start, cut.isoformat(), "range")
        since = [m for m in periods if m.kind == "relative" and CAMPAIGN_SINCE.search(m.text)]
        if since and (window := since_campaign(periods, since[-1], ctx.period, self.lead_window,
                                                                 self.campaign_windows, self.published)) is not None:
            # 据省公安厅12月26日统计，“冬季守护”专项工作开展以来，…。全省共抓获…: the window holds on
            ctx.period = window
        written = [(YEAR.search(m.text), m.period.precision) for m in strong]
        written = [(w, precision) for w, precision in written if w]
        if written:
            # a year written out holds for the yearless dates after it in the paragraph;
            # in the lead, when it names the period reported on (2022年，全国…), for the
            # rest of the unit too — not a background date (是2020年10月部署的) and not a
            # later paragraph's aside (2020年，该局冻结…)
            ctx.year = int(written[-1][0].group(1))
            last = next(m for m in reversed(strong) if YEAR.search(m.text))
            ctx.december = bool(last.period.start) and last.period.start[5:7] == "12" and last.period.precision != "year"
            if written[-1][1] in REPORTING_PRECISIONS and not self.lead_read:
                self.year_in_force = ctx.year
        elif self.lead_read and (this_year := next((m for m in reversed(strong) if m.text.startswith(THIS_YEAR)
                                                    and m.period.start), None)) is not None:
            # 今年5月份，…收网时机成熟。5月16日凌晨，…: the page's year holds for the yearless days
            # after it in the paragraph (not the year the lead's window opened, 2020年至今)
            ctx.year = int(this_year.period.start[:4])  # type: ignore[index]
        if mentions:
            single = camp.last_single(mentions, text)
            ctx.campaign = self.campaigns.canonical(single.name) if single else None
        elif reference:
            ctx.campaign = reference
            if reference in self.campaigns.windows and not strong:
                ctx.period = self.campaigns.windows[reference]
        return results

    def _story_place(self, text: str, pos: int, province: Place) -> Place | None:
        """The last city or county named before ``pos`` in this sentence, else in the sentence
        before it in the paragraph, else the first one the next sentence names (“我…被骗了1.7万元”
        3月13日，庚某来到黑龙江省肇东市公安局报案), inside ``province``."""
        for part, last in ((text[:pos], True), (self.prev_text or "", True), (self.next_text or "", False)):
            inside = [m.place for m in self.gaz.find_mentions(part, within=province)
                      if m.place.level != "province" and m.place.province == province.province and not m.ambiguous]
            if len({p.city for p in inside}) > 1 and LIST_OF_PLACES.search(part):
                return None  # 先后在茂名、佛山、中山等地…拘捕: a raid over several cities, no one story's
            if inside:
                return inside[-1] if last else inside[0]
        return None

    def _breakdown_hits(self, text: str) -> list[MetricHit]:
        """…抓获犯罪嫌疑人269名。其中，中国籍186名、缅甸籍66名: a sentence that only breaks down
        the one before reads its rows with that sentence's verb and object (ANNOTATION: a
        breakdown and its total are all facts). A sentence that opens on a table row (拉萨58起。
        城关区57起，墨竹工卡县1起。) reads the verb of its heading, else of the last sentence that
        counted cases (全区共立…案件115起) — ANNOTATION: tables and lists without verbs. Evidence
        stays within this sentence."""
        prev = self.prev_text
        if TABLE_ROW_OPEN.match(text) and (self.table_heading or self.count_anchor):
            # every row sentence under the heading (not the row before), else under the
            # last sentence that counted cases
            anchors = [a for a in (self.table_heading, self.count_anchor) if a]
        elif not prev or not BREAKDOWN_SENTENCE.match(text):
            return []
        else:
            anchors = [prev]
        for anchor in anchors:
            joined = anchor.rstrip("。！？!?") + "，" + text
            shift = len(joined) - len(text)
            out = []
            for h in find_metric_hits(joined):
                if h.quantity.start < shift:
                    continue
                q = replace(h.quantity, start=h.quantity.start - shift, end=h.quantity.end - shift)
                out.append(MetricHit(h.metric, q, max(h.start - shift, 0), h.end - shift))
            if out:
                return out
        return []

    def _case_force_after(self, text: str) -> Place | None:
        """The force the next sentence of the paragraph names right after the figures: as the
        one that solved the case just told (该起案件由…分局…主导侦破), or as the speaker's own
        unit after a quote (“3年来，我和战友们侦破…3000余起。”上海市公安局浦东分局刑侦支队…队长某某…);
        else None."""
        after = self.next_text
        if not after:
            return None
        if text.startswith(QUOTE_OPENS):
            first = next((f for f in find_forces(after, self.place, self.gaz, self.place)
                          if f.place is not None and not f.generic), None)
            return first.place if first is not None and first.start <= SPEAKER_FORCE_START else None
        if (m := CASE_BY_FORCE.match(after)) is None or not CASE_BY_VERB.search(after, m.end()):
            return None
        return next((f.place for f in find_forces(after, self.place, self.gaz, self.place)
                     if f.start >= m.end() and f.place is not None and not f.generic), None)


def build_fact(hit: MetricHit, sentence: Sentence, ctx: _Context, clean: Clean, unit: Unit,
               campaigns: Campaigns) -> Fact:
    ev_start, ev_end = clean.original_span(sentence.start + hit.start, sentence.start + hit.end)
    s_start, s_end = clean.original_span(sentence.start, sentence.end)
    q = hit.quantity
    vt_start, vt_end = clean.original_span(sentence.start + q.start, sentence.start + q.end)
    place, period = ctx.place, ctx.period or UNKNOWN
    if period.start is None or period.end is None:
        period = UNKNOWN  # 今年以来 on a page with no date: a start alone is no period
    return Fact(
        metric=hit.metric, value=q.value, qualifier=q.qualifier,
        province=place.province if place else None,
        city=place.city if place else None,
        county=place.county if place else None,
        period_start=period.start, period_end=period.end, campaign=ctx.campaign,
        evidence=clean.original[ev_start:ev_end], span=(ev_start, ev_end),
        value_text=clean.original[vt_start:vt_end], period_precision=period.precision,
        adcode=place.adcode if place else None,
        scope=fact_scope(hit.metric, ctx.period, campaigns.kinds.get(ctx.campaign) if ctx.campaign else None,
                         sentence.text,
                         sentence.text[hit.start:q.start], sentence.text[max(0, q.start - CASE_WINDOW):q.start],
                         sentence.text[q.end:hit.end]),
        unit_kind=unit.kind, unit_index=unit.index,
        sentence=clean.original[s_start:s_end], sentence_span=(s_start, s_end),
    )


def extract_facts(clean: Clean, units: list[Unit], sentences: list[list[Sentence]],
                  title: str | None, published: str | None, campaigns: Campaigns,
                  gaz: Gazetteer) -> list[Fact]:
    breadcrumbs = tuple(t2s_same_length(clean.original[s:e]) for s, e, reason in clean.dropped
                        if reason == "navigation")[:BREADCRUMB_LINES]
    doc_place = document_place(sentences[0] if sentences else [], title, gaz, breadcrumbs)
    # (a page whose force is found is no nationwide bulletin: the check runs for the others only)
    doc_national = doc_place is None and (national_report(sentences[0] if sentences else [], title, gaz)
                                          or NATION_WORDS.search(title or "") is not None)
    case_story = announced_case(doc_place, sentences[0] if sentences else [], gaz)
    facts: list[Fact] = []
    headline_ids: set[int] = set()
    for unit, unit_sentences in zip(units, sentences):
        if scope.non_mainland_unit([s.text for s in unit_sentences]) and not any(
                f.place is not None and not f.generic and is_mainland(f.place)
                for s in unit_sentences for f in find_forces(s.text, None, gaz)):
            # a Taiwan, Hong Kong or Macau force's figures: no mainland police result (but 福建警方
            # …接到台湾警方提供线索…两岸警方拘捕二十四人: a mainland force named by its place)
            continue
        if unit.kind == "body":
            place = doc_place
        else:
            place = unit_place(unit_sentences, gaz, doc_place, headline_only=True) or doc_place
        names = [m.name for s in unit_sentences for m in camp.find_campaign_mentions(s.text)]
        reader = _UnitReader(unit, unit_sentences, place, published, campaigns, gaz, names, title,
                             announced_case=case_story)
        day: Period | None | bool = False  # the story's one day (periods.story_day), read when first needed
        victim_day: Period | None | bool = False  # a victim's story's one day (periods.victim_story_day)
        for sentence, hit, ctx, is_headline in reader.read():
            if (unit.kind == "body" and hit.metric in INTERCEPTED_METRICS and (ctx.period is None or ctx.period.start is None)
                    and RECENT.search(sentence.text) and ONE_RESCUE.search(sentence.text)
                    and not SUMMED.search(sentence.text)):
                # 近日，某县公安局成功拦截一起…诈骗，为一名群众挽回12万元。…2025年10月4日上午10时…:
                # one case's money saved, summarised in a 近日 lead, on the one day its story states
                if day is False:
                    day = story_day([s.text for s in unit_sentences], published, reader.default_year)
                if day is not None:
                    ctx = replace(ctx, period=day)
            if ctx.place is not None and not is_mainland(ctx.place):
                if scope.names_non_mainland_police(sentence.text):
                    continue  # 香港警方…拘捕两名: Hong Kong's (Taiwan's, Macau's) own result
                # 61名…(其中台湾籍19人)被押解回国 / 工作组…抓获74名: the mainland police's, misplaced
                ctx = replace(ctx, place=None)
            fact = build_fact(hit, sentence, ctx, clean, unit, campaigns)
            # no province: the nation's figure only when the page or the sentence says so, not
            # a figure whose force was not found (测试省青山市公安局…: no known place)
            fact.nationwide = fact.province is None and (doc_national or NATION_WORDS.search(sentence.text) is not None)
            if (unit.kind == "body" and ctx.period is None and fact.period_start is None and not is_headline
                    and hit.metric in VICTIM_MONEY and not SUMMING.search(sentence.text)):
                # 2021年1月17日…接到一江姓男子的报警…。…陆续转账共计8万余元。…止付…: a victim's money
                # on the one day the story states
                if victim_day is False:
                    victim_day = victim_story_day([s.text for s in unit_sentences], published, reader.default_year)
                if victim_day is not None:
                    fact.period_start, fact.period_end = victim_day.start, victim_day.end
                    fact.period_precision, fact.scope = victim_day.precision, "case"
            fact.reported = reader.published
            if (reader.published and fact.period_end and fact.period_start
                    and fact.period_start <= reader.published < fact.period_end):
                # 2017年 in the headline of a page of 12月24日: the year so far (ANNOTATION: a
                # period never ends after the page's date)
                fact.period_end, fact.period_precision = reader.published, "range"
            facts.append(fact)
            if is_headline:
                headline_ids.add(id(fact))
    return deduplicate(facts, headline_ids)
