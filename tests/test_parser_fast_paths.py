"""The parser's fast paths (issue 9) give exactly what the plain paths give.

Each shortcut — our one-pass jieba cut, the guard that skips tokenizing text in which no
place name can start, the lookaheads and word guards in front of the figure scanner and the
date rules — is compared with the plain path over every line of the bulletin texts in the
repo. (The whole-output check is bench.snapshot; these name the layer that broke.)
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from parsers import numbers, periods, reading, segment
from parsers.cleaning import clean
from parsers.gazetteer import load_gazetteer

REPO = Path(__file__).resolve().parents[1]
TEXT_DIRS = ("seeds", "tests/holdout", "corpus/realdev/texts", "corpus/realset/texts")


@pytest.fixture(scope="module")
def lines() -> list[str]:
    """Cleaned lines and their sentences from every bulletin text in the repo."""
    out: list[str] = []
    for folder in TEXT_DIRS:
        if not (REPO / folder).is_dir():
            continue
        for path in reading.iter_input_paths([REPO / folder]):
            try:
                text = clean(reading.read_source(path).text).text
            except reading.ReadError:
                continue
            for line in text.splitlines():
                if line.strip():
                    out.append(line)
                    out.extend(s for s in re.split(r"(?<=[。！？；])", line) if s and s != line)
    assert len(out) > 1000  # the texts are there: this test checks something
    return out


def test_cut_is_jiebas_cut(lines: list[str]) -> None:
    load_gazetteer()  # the place names are in the dictionary, as when parsing
    jieba_tokenizer = segment._get_tokenizer()
    extra = ["ABC123 x y 2021年１月", "  \r\n\t", "", "公安局abc公安局", "十" * 300,
             "，", " ", "\r\n", "a\r\nb", "。 ，\r\n\r\n公安", "：“", "\u3000全市\u3000", "警方!?"]
    for line in lines + extra:
        assert segment._tokenize_cached.__wrapped__(line) == tuple(
            jieba_tokenizer.tokenize(line, HMM=False)), line


def test_new_words_reach_the_cut() -> None:
    word = "甲乙丙丁反诈测试词"
    before = segment.tokenize(word)
    segment.add_words([word])
    assert [w for w, _, _ in segment.tokenize(word)] == [word] != [w for w, _, _ in before]


def test_name_guard_skips_only_text_without_names(lines: list[str]) -> None:
    gaz = load_gazetteer()
    guarded = {line: gaz._scan(line) for line in lines}
    skipped = [line for line in lines if not gaz._could_name(line)]
    assert skipped  # the guard does skip text
    original = gaz._could_name
    gaz._could_name = lambda text: True  # type: ignore[method-assign]
    try:
        for line in lines:
            assert gaz._scan(line) == guarded[line], line
    finally:
        gaz._could_name = original  # type: ignore[method-assign]


def test_names_are_found_the_same_in_the_blocks_that_can_hold_one(lines: list[str],
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """A sentence is cut only in the blocks where a name can start (segment.tokenize_blocks);
    the names found are those of the whole cut. That rests on every name being made of block
    characters, and on a block's cut being its own."""
    gaz = load_gazetteer()
    assert all(segment._RE_HAN.fullmatch(name) for name in gaz.names())
    extra = ["郑州市公安局、开封市公安局。", "（郑州）市公安局", "郑州 市公安局", "新城区——城关区", "郑州⿰市"]
    sample = lines[:4000] + extra
    for line in sample:
        tokens = segment.tokenize(line)
        blocks = segment.tokenize_blocks(line, lambda block: True)
        assert blocks == [t for t in tokens if segment._RE_HAN.fullmatch(t[0])], line
    by_blocks = {line: gaz._scan(line) for line in sample}
    monkeypatch.setattr(segment, "tokenize_blocks", lambda text, wanted: segment.tokenize(text))
    for line in sample:
        assert gaz._scan(line) == by_blocks[line], line


def test_script_is_told_without_converting_text_of_gb2312_characters(lines: list[str]) -> None:
    """cleaning.detect_script answers "simplified" without t2s when every CJK character is
    in GB2312: such characters never count as Traditional. Same answer as converting."""
    from itertools import compress
    from operator import ne

    from parsers import cleaning

    def by_converting(text: str) -> str:
        cjk = cleaning._NON_CJK_RE.sub("", text)
        if not cjk:
            return "simplified"
        converted = cleaning.t2s_same_length(cjk)
        changed = sum(1 for c in compress(cjk, map(ne, cjk, converted)) if not cleaning._simplified_too(c))
        return "traditional" if changed / len(cjk) >= cleaning.TRADITIONAL_SHARE else "simplified"

    texts = ["\n".join(lines[i:i + 40]) for i in range(0, len(lines), 40)]
    texts += [reading.read_source(path).text for folder in TEXT_DIRS if (REPO / folder).is_dir()
              for path in reading.iter_input_paths([REPO / folder])]  # as read: some Traditional
    texts += ["乾县著名乾隆", "電信網絡詐騙" * 3 + "电信网络诈骗" * 50, "電信網絡詐騙" * 3 + "电信网络诈骗" * 40, "", "abc"]
    answers = {cleaning.detect_script(text) for text in texts}
    assert answers == {"simplified", "traditional"}
    for text in texts:
        assert cleaning.detect_script(text) == by_converting(text), text[:40]


def _without_lookahead(pattern: re.Pattern[str]) -> re.Pattern[str]:
    m = re.fullmatch(r"\(\?=\[[^\]]*\]\)\(\?:(.*)\)", pattern.pattern, flags=re.S)
    assert m is not None, pattern.pattern[:40]
    return re.compile(m.group(1), pattern.flags)


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def test_figure_scanner_lookahead_keeps_every_match(lines: list[str]) -> None:
    plain = _without_lookahead(numbers._SCANNER)
    extra = ["  3、第一条", "超过百分之三十", "上万人", "好几百万", "（5.20）专案", "1+5+11+N"]
    for line in lines + extra:
        text = line.translate(numbers._FULLWIDTH)
        assert _matches(numbers._SCANNER, text) == _matches(plain, text), line


def test_date_rule_guards_keep_every_match(lines: list[str]) -> None:
    extra = ["自2020年专项行动开展以来", "上半年", "第三季度", "2023全区共立", "前5个月", "今天", "2019年至今年6月底"]
    checked = 0
    for rule in periods._RULES:
        plain = _without_lookahead(rule.pattern) if rule.pattern.pattern.startswith("(?=[") else rule.pattern
        for line in lines + extra:
            expected = _matches(plain, line)
            if rule.needs and not any(word in line for word in rule.needs) or not all(
                    any(word in line for word in group) for group in rule.also):
                assert expected == [], (rule.kind, line)
            else:
                assert _matches(rule.pattern, line) == expected, (rule.kind, line)
            checked += 1
    assert checked > len(periods._RULES) * 1000


def test_relative_guard_skips_only_text_without_relative_words(lines: list[str]) -> None:
    """periods.relative_mentions skips a sentence where the union of ELAPSED, NEXT_DAY,
    SAME_DAY and THAT_DAY finds nothing: none of them finds anything there."""
    extra = ["经过一个多月侦查", "次日", "当晚22时许", "去年同期", "当天，民警接到预警"]
    skipped = 0
    for line in lines + extra:
        if periods._RELATIVE_ANY.search(line) is None:
            skipped += 1
            assert not any(p.search(line) for p in (periods.ELAPSED, periods.NEXT_DAY, periods.SAME_DAY,
                                                    periods.THAT_DAY)), line
    assert skipped


def test_rules_for_is_the_plain_filter(lines: list[str]) -> None:
    """periods._rules_for, with its tables of masks and `also` groups, keeps the rules a plain
    reading of `needs` and `also` keeps, in _RULES order."""
    extra = ["自2020年专项行动开展以来", "1月至3月", "5月1日", "5月份以来", "", "今年1-5月"]
    for line in lines + extra:
        plain = tuple(rule for rule in periods._RULES
                      if (not rule.needs or any(word in line for word in rule.needs))
                      and all(any(word in line for word in group) for group in rule.also))
        assert periods._rules_for(line) == plain, line


def test_token_clauses_match_clause_of(lines: list[str]) -> None:
    from parsers import metrics

    for line in lines:
        clauses = metrics._clauses(line)
        tokens = metrics._tokens(line, clauses)
        assert [t.clause for t in tokens] == [metrics._clause_of(t.start, clauses) for t in tokens], line


def test_generic_force_guard_skips_only_text_without_them(lines: list[str]) -> None:
    from parsers import regions

    skipped = 0
    for line in lines:
        if regions._ANY_GENERIC_FORCE.search(line) is None:
            skipped += 1
            assert not any(p.search(line) for _, p in regions.GENERIC_FORCES), line
    assert skipped


def test_campaign_pattern_lookaheads_keep_every_match(lines: list[str]) -> None:
    from parsers import campaigns

    extra = ["“5·20”专案", " 11.01案", "“断卡”“断流”专项行动", "「雷霆」行动"]
    for pattern in (campaigns.CASE_CODE, campaigns.QUOTED_RUN):
        plain = _without_lookahead(pattern)
        for line in lines + extra:
            assert _matches(pattern, line) == _matches(plain, line), line


def test_plain_digits_read_as_cn2an_reads_them(lines: list[str]) -> None:
    import cn2an

    cores = {m.group() for line in lines for m in re.finditer(r"[0-9]+(?:\.[0-9]+)?", line)}
    cores |= {"0", "00", "007", "0.5", "12.50", "1" * 25, "3.14159"}
    assert len(cores) > 100
    for core in cores:
        assert numbers._core_value(core) == float(cn2an.cn2an(core, "smart")), core


def test_segments_end_at_the_breaks_the_pattern_finds(lines: list[str]) -> None:
    """scope.segment_at finds its breaks with find/rfind; the breaks are still those of
    scope._BREAKS (a comma between two digits, of any script, is none)."""
    import random

    from parsers import scope

    def by_pattern(text: str, pos: int, marks: str) -> str:
        start, end = 0, len(text)
        for m in scope._BREAKS[marks].finditer(text):
            if m.start() >= pos:
                end = m.start()
                break
            start = m.end()
        return text[start:end]

    rng = random.Random(3)
    texts = lines[:3000] + ["".join(rng.choice("12３٣,，；;、（()）\n甲 ") for _ in range(rng.randint(0, 12)))
                            for _ in range(3000)]
    for text in texts:
        for marks in scope._BREAKS:
            for pos in {0, len(text) // 3, len(text) // 2, len(text), *range(min(len(text), 14))}:
                assert scope.segment_at(text, pos, marks) == by_pattern(text, pos, marks), (text, pos, marks)


def test_forces_do_not_depend_on_the_order_contexts_come_in(lines: list[str]) -> None:
    """A sentence's unnamed-force phrases are found once (regions._generic_candidates) and
    read against each context after: the forces under one context are the same whether or
    not the sentence was read under another context before."""
    from parsers import regions

    gaz = load_gazetteer()
    contexts = [None, gaz.lookup("郑州市"), gaz.lookup("广西壮族自治区"), gaz.lookup("兰州市城关区")]
    sample = [line for line in lines if regions._ANY_GENERIC_FORCE.search(line)][:300]
    assert len(sample) > 50
    for context in contexts:
        for reporting in (None, contexts[1]):
            regions._find_forces_cached.cache_clear()
            regions._generic_candidates.cache_clear()
            fresh = [regions.find_forces(line, context, gaz, reporting) for line in sample]
            for other in contexts:  # every sentence read under some other context first
                regions._find_forces_cached.cache_clear()
                for line in sample:
                    regions.find_forces(line, other, gaz)
                regions._find_forces_cached.cache_clear()
                assert [regions.find_forces(line, context, gaz, reporting) for line in sample] == fresh


def test_named_window_guard_skips_only_text_without_them(lines: list[str]) -> None:
    assert "期间" in periods.NAMED_WINDOW.pattern
    for line in lines + ["春节期间", "期间", "宣传月期间，1月30日至2月19日"]:
        if "期间" not in line:
            assert periods.NAMED_WINDOW.search(line) is None, line


def test_opening_after_is_the_first_sentence_of_a_later_paragraph() -> None:
    from parsers import facts
    from parsers.campaigns import Campaigns
    from parsers.units import Sentence, Unit

    paragraphs = [0, 0, 1, 3, 3, 4, 7]
    sentences = [Sentence(0, p, i, i + 1, f"句{i}") for i, p in enumerate(paragraphs)]
    unit = Unit(0, "body", 0, len(paragraphs), "".join(s.text for s in sentences), None)
    reader = facts._UnitReader(unit, sentences, None, None, Campaigns(), load_gazetteer(), [])
    for p in sorted(set(paragraphs)):
        later = [s for s in sentences if s.paragraph > p]  # the plain scan it replaces
        assert reader._opening_after(p) is (later[0] if later else None), p


def test_campaign_word_guards_skip_only_text_without_matches(lines: list[str]) -> None:
    """The campaign scans are skipped in text without a case code's mark (·.) or without 行动:
    no match of theirs lies in such text."""
    from parsers import campaigns

    extra = ["“5·20”专案", "5.20案", "断卡行动", "打击整治养老诈骗专项行动", "断卡、断号专项行动"]
    skipped = 0
    for line in lines + extra:
        if campaigns.CASE_CODE_MARKS.search(line) is None:
            skipped += 1
            assert campaigns.CASE_CODE.search(line) is None, line
        if campaigns.OPERATION_WORD not in line:
            skipped += 1
            for pattern in (campaigns.KNOWN_OPERATION, campaigns.KNOWN_LIST, campaigns.UNQUOTED_OPERATION):
                assert pattern.search(line) is None, line
    assert skipped > len(lines)  # the guards do skip text


def test_word_guards_of_metric_and_quote_patterns(lines: list[str]) -> None:
    """A text without a bank's name has no BANK_SUBJECT match, one without 价值 no
    GOODS_VALUE_BEFORE match, one without 将/把 no DISPOSAL_BEFORE match, one without an
    opening quote no QUOTED_RUN match: the guards in front of them skip nothing they find."""
    from parsers import campaigns, metrics

    extra = ["各银行通过风险排查拦截", "，工商银行止付", "价值300余万元", "成功将", "将", "“断卡”行动"]
    for line in lines + extra:
        prefixes = {line[:i] for i in range(0, len(line) + 1, max(1, len(line) // 7))} | {line}
        for before in prefixes:
            if metrics.BANK_WORD.search(before) is None:
                assert metrics.BANK_SUBJECT.search(before) is None, before
            if "价值" not in before:
                assert metrics.GOODS_VALUE_BEFORE.search(before) is None, before
        if "将" not in line and "把" not in line:
            assert metrics.DISPOSAL_BEFORE.search(line) is None, line
        if campaigns._OPEN_QUOTE.search(line) is None:
            assert campaigns.QUOTED_RUN.search(line) is None, line


def test_meta_date_guards_skip_only_lines_without_them(lines: list[str]) -> None:
    """The dateline patterns are skipped in a line without what every match of theirs holds
    (19/20 for a full date, 月 or 日期 for a yearless dateline)."""
    from parsers import meta

    extra = ["2021年10月14日 14:59", "1999-01-02", "中新网哈尔滨1月15日电", "日期:07-13", "记者1月22日从"]
    for line in lines + extra:
        if "20" not in line and "19" not in line:
            assert meta._DATE_RE.search(line) is None, line
        if "月" not in line and "日期" not in line:
            assert meta._YEARLESS_DATELINE_RE.search(line) is None, line


def test_cleaning_scans_find_what_the_plain_patterns_find(lines: list[str]) -> None:
    """The number-gap pattern, opening on the digit, deletes the gaps the lookbehind form
    deleted; a text without a toned vowel holds no pinyin ruby; detect_script answers
    "simplified" for a text all in GB2312, as the count over its CJK characters does."""
    from parsers import cleaning

    lookbehind = re.compile(rf"(?<=\d)[{cleaning._HSPACE}]+(?=[{cleaning._CJK}%‰％]|\d{{3}}(?!\d))")
    texts = [reading.read_source(path).text for folder in TEXT_DIRS if (REPO / folder).is_dir()
             for path in reading.iter_input_paths([REPO / folder])]
    extra = ["517.87 万元", "1 000 000人", "2019-07-11 19:44", "1\u3000\u3000 2 345", "网(wǎng)络", "?qǐng)D說"]
    for text in lines + texts + extra:
        assert ([m.span(1) for m in cleaning._NUMBER_GAP_RE.finditer(text)]
                == [m.span() for m in lookbehind.finditer(text)]), text[:40]
        if cleaning._TONED_RE.search(text) is None:
            assert cleaning._RUBY_RE.search(text) is None, text[:40]
    for text in texts:
        try:
            text.encode("gb2312")
        except UnicodeEncodeError:
            continue
        cjk = cleaning._NON_CJK_RE.sub("", text)
        assert all(cleaning._simplified_too(c) for c in cjk) and cleaning.detect_script(text) == "simplified"


def test_partner_after_lies_within_its_span(lines: list[str]) -> None:
    """regions._partner tries PARTNER_AFTER only where a 下 stands within PARTNER_AFTER_SPAN
    characters: every match of it there ends within the span."""
    from parsers import regions

    extra = ["在云南警方的大力配合下", "警方" + "甲" * 8 + "的大力协作下", "警方" + "甲" * 9 + "的大力协作下"]
    found = 0
    for line in lines + extra:
        for start in range(len(line)):
            m = regions.PARTNER_AFTER.match(line, start)
            if m is not None:
                found += 1
                assert m.end() - start <= regions.PARTNER_AFTER_SPAN, line
    assert found


def test_average_and_navigation_guards_skip_only_text_without_them(lines: list[str]) -> None:
    """AVERAGE_BEFORE and RATE_BEFORE are tried only where 均 or 每 stands, CHANGE_BEFORE
    where 较 or 比 does, meta's _NAV_RE where one of its words does: no match of theirs lies in
    text without."""
    from parsers import meta, metrics

    extra = ["人均损失7.4万元", "日均劝阻600余人次", "每天有400多人", "当前位置：首页", "关键词：反诈", "张三 摄", "tags:",
             "较去年同期增加", "同比下降"]
    for line in lines + extra:
        for before in {line[:i] for i in range(0, len(line) + 1, max(1, len(line) // 7))} | {line}:
            if not any(mark in before for mark in metrics.AVERAGE_MARKS):
                assert metrics.AVERAGE_BEFORE.search(before) is None, before
                assert metrics.RATE_BEFORE.search(before) is None, before
            if not any(mark in before for mark in metrics.CHANGE_MARKS):
                assert metrics.CHANGE_BEFORE.search(before) is None, before
        if meta._NAV_WORDS.search(line) is None:
            assert meta._NAV_RE.search(line) is None, line


def test_campaign_core_search_is_the_per_name_pattern(lines: list[str]) -> None:
    """campaigns._full_names finds a short name's core followed by a few Han characters and
    行动 without compiling a pattern per name: the same matches as that pattern would give."""
    from parsers import campaigns

    cores = ["断卡", "夏季", "雷霆", "净网", "云剑", "百日", "行动"]
    extra = ["夏季治安打击整治行动夏季行动", "断卡断卡行动断卡专项行动", "雷霆雷霆雷霆行动行动",
             "“断卡”行动，断卡攻坚行动", "行动行动行动", "净网2021专项行动", "云剑" + "剑" * 12 + "行动"]
    checked = 0
    for text in lines + extra:
        for core in cores:
            if core not in text:
                continue
            plain = [(m.start(), m.end(), m.group(1))
                     for m in re.finditer(re.escape(core) + campaigns._AFTER_CORE.pattern, text)]
            fast = [(start, m.end(), m.group(1)) for start, m in campaigns._core_then_operation(text, core)]
            assert fast == plain, (core, text)
            checked += bool(plain)
    assert checked >= 10  # the texts and the cases above do hold such names


def test_token_spans_by_bisection_are_the_scans(lines: list[str]) -> None:
    """metrics._object_of takes the tokens of a span by bisection: the same tokens as a scan
    of all of them, since a sentence's token starts (and ends) rise."""
    from parsers import metrics

    for line in lines[:3000]:
        tokens = metrics._tokens(line, metrics._clauses(line))
        assert all(a.start < b.start and a.end < b.end for a, b in zip(tokens, tokens[1:])), line
        points = sorted({0, len(line)} | {t.start for t in tokens[::3]} | {t.end for t in tokens[1::4]})
        for lo, hi in zip(points, points[2:]):
            assert metrics._between(tokens, lo, hi) == [t for t in tokens if lo <= t.start < hi]


def test_object_class_is_the_longest_suffix_rule(lines: list[str]) -> None:
    """lexicon.object_class looks a token's suffixes up longest first; the rule it keeps:
    the class of the longest suffix in OBJECT_SUFFIXES the token ends with (the first class
    listing it on a tie), and none for a word of NOT_OBJECTS (涉案)."""
    from parsers import lexicon

    def plain(token: str) -> str | None:
        if token in lexicon.NOT_OBJECTS:
            return None  # (涉案: ends like an object, modifies the next word)
        best: tuple[int, str] | None = None
        for cls, suffixes in lexicon.OBJECT_SUFFIXES.items():
            for suffix in suffixes:
                if token.endswith(suffix) and (best is None or len(suffix) > best[0]):
                    best = (len(suffix), cls)
        return best[1] if best else None

    words = {w for line in lines[:4000] for w, _, _ in segment.tokenize(line)}
    words |= {s for ss in lexicon.OBJECT_SUFFIXES.values() for s in ss}
    words |= {"诈骗" + s for ss in lexicon.OBJECT_SUFFIXES.values() for s in ss} | {"", "人"}
    assert sum(plain(w) is not None for w in words) > 100
    for word in words:
        assert lexicon.object_class.__wrapped__(word) == plain(word), word


def test_forces_read_once_are_those_of_every_context(lines: list[str]) -> None:
    """A sentence whose forces cannot depend on the context (regions._context_free) is read
    once, under none, and one whose named forces cannot (regions._names_context_free) has
    them read once: under every context it has the forces a plain reading under that
    context gives."""
    from parsers import regions

    def plain(line, context, reporting, own):
        mentions = gaz.find_mentions(line, within=context)
        return sorted(regions._named_forces(line, mentions, gaz, context, own)
                      + regions._generic_forces(line, mentions, context, gaz, reporting), key=lambda f: f.start)

    gaz = load_gazetteer()
    contexts = [None, gaz.lookup("郑州市"), gaz.lookup("广西壮族自治区"), gaz.lookup("兰州市城关区"),
                gaz.lookup("福州市")]
    sample = [line for line in lines if gaz.names_any(line) and regions._names_context_free(line, gaz)]
    assert len(sample) > 200 and any(regions._generic_candidates(line) for line in sample)
    for line in sample:
        for context in contexts:
            for reporting, own in ((None, False), (contexts[1], True), (context, True)):
                expected = plain(line, context, reporting, own)
                assert regions.find_forces(line, context, gaz, reporting, own) == expected, (line, context)
                assert regions._find_forces(line, context, gaz, reporting, own) == expected, (line, context)
