"""Guards and shortcuts added for speed (issue 9, round perf9) change no result.

Each is compared with the plain path over the bulletin texts in the repo, raw and cleaned,
line by line. (bench.snapshot checks the whole output; these name the layer that broke.)
"""
from __future__ import annotations

from pathlib import Path

import pytest

from parsers import cleaning, meta, reading

REPO = Path(__file__).resolve().parents[1]
TEXT_DIRS = ("seeds", "tests/holdout", "corpus/realdev/texts", "corpus/realset/texts",
             "corpus/realblind/texts", "corpus/realfour/texts", "corpus/realfive/texts")


@pytest.fixture(scope="module")
def texts() -> list[str]:
    out: list[str] = []
    for folder in TEXT_DIRS:
        if (REPO / folder).is_dir():
            for path in reading.iter_input_paths([REPO / folder]):
                try:
                    out.append(reading.read_source(path).text)
                except reading.ReadError:
                    continue
    assert len(out) > 100
    return out


def _t2s_by_line(text: str) -> str:
    """t2s_same_length as it was: every line converted on its own (after the variants OpenCC
    leaves, 陜 → 陕, are mapped)."""
    out = []
    for chunk in text.translate(cleaning._UNMAPPED_VARIANTS).splitlines(keepends=True):
        converted = cleaning._t2s().convert(chunk)
        if len(converted) != len(chunk):
            converted = "".join(cleaning._t2s_char(c) for c in chunk)
        out.append(converted)
    return "".join(out)


def _script_by_count(text: str) -> str:
    cjk = cleaning._NON_CJK_RE.sub("", text)
    if not cjk:
        return "simplified"
    converted = _t2s_by_line(cjk)
    changed = sum(1 for a, b in zip(cjk, converted) if a != b and not cleaning._simplified_too(a))
    return "traditional" if changed / len(cjk) >= cleaning.TRADITIONAL_SHARE else "simplified"


def test_whole_text_t2s_is_line_by_line_t2s(texts: list[str]) -> None:
    extra = ["乾縣\n乾县", "發\r\n髮", "著名\u2028乾隆", "", "\n\n"]
    for text in texts + extra:
        assert cleaning.t2s_same_length(text) == _t2s_by_line(text)


def test_detect_script_stops_early_with_the_same_answer(texts: list[str]) -> None:
    answers = [cleaning.detect_script(text) for text in texts]
    assert answers == [_script_by_count(text) for text in texts]
    assert "traditional" in answers and "simplified" in answers


def test_identity_offsets() -> None:
    for n in (0, 1, 5, 20000, 3):
        assert cleaning.Mapped.identity("x" * n).to_original == cleaning.array("q", range(n + 1))


def test_line_rule_guards_reject_only_lines_the_rule_rejects(texts: list[str]) -> None:
    lines = {line.strip(" " + cleaning._BULLETS) for text in texts
             for line in cleaning.t2s_same_length(text).splitlines()}
    lines |= {"Copyright 2024", "COPYRIGHT", "©2020", "icp备123号", "责任编辑：王某", "审 校 ：李",
              "南昌 晴 26℃", "2024年3月2日 星期六", "编辑"}
    guarded = 0
    for line in lines:
        for reason, pattern, guard in cleaning._GUARDED_LINE_RULES:
            if guard is not None and guard.search(line) is None:
                guarded += 1
                assert pattern.search(line) is None, (reason, line)
    assert guarded > 1000


def test_footer_guard(texts: list[str]) -> None:
    for text in texts:
        clean_text = cleaning.clean(text).text
        plain = None
        for m in meta._FOOTER_RE.finditer(clean_text):
            plain = meta._valid_date(*m.groups()) or plain
        assert meta._footer_date(clean_text) == plain


def test_halfwidth_is_translate(texts: list[str]) -> None:
    from parsers import numbers

    extra = ["１２３４５．６％＋：", "约１．５万元，比例３０％", "", "：", "ａ１"]
    for text in texts + extra:
        assert numbers._halfwidth(text) == text.translate(numbers._FULLWIDTH)


def test_period_rules_run_where_a_needed_word_is(texts: list[str]) -> None:
    from parsers import periods

    pieces = [piece for text in texts for piece in cleaning.clean(text).text.split("。")]
    pieces += ["", "年", "今年", "年初以来", "较去年同期", "2023-01-02", "近三个月来", "截至目前"]
    pieces += ["2021年1至6月", "3月1日-3月5日", "5月份以来", "自2020年8月21日起", "自2020年运行以来",
               "前三个月", "7月4号", "今年1月至今", "12月28日至1月3日"]
    checked = 0
    for piece in pieces:
        plain = tuple(rule for rule in periods._RULES
                      if not rule.needs or any(word in piece for word in rule.needs))
        guarded = periods._rules_for(piece)
        assert guarded == tuple(rule for rule in plain
                                if all(any(w in piece for w in group) for group in rule.also)), piece
        for rule in plain:
            if rule not in guarded:  # the `also` groups skip only rules that find nothing
                checked += 1
                assert rule.pattern.search(piece) is None, (rule.pattern.pattern, piece)
    assert checked > 1000


def test_cut_is_the_same_when_the_trie_is_dropped_as_it_fills(texts: list[str], monkeypatch) -> None:
    from parsers import segment

    sample = [line for text in texts[:20] for line in cleaning.clean(text).text.splitlines() if line.strip()]
    expected = [segment._cut(line) for line in sample]
    monkeypatch.setattr(segment, "_TRIE_SIZE", 50)
    segment._reset_trie()
    assert [segment._cut(line) for line in sample] == expected
    assert segment._trie_state[1] < 50 + max(len(line) for line in sample) ** 2


def test_tokenize_offsets() -> None:
    from parsers import segment

    for text in ("", "公安", "2021年１月 abc，全市公安机关"):
        tokens = segment._tokenize_cached.__wrapped__(text)
        assert "".join(w for w, _, _ in tokens) == text
        assert all(text[s:e] == w for w, s, e in tokens)
        assert [s for _, s, _ in tokens] == [0, *[e for _, _, e in tokens]][:len(tokens)]


def test_meta_line_tests_are_the_plain_ones(texts: list[str]) -> None:
    import re

    lines = {line.strip() for text in texts for line in cleaning.clean(text).text.split("\n") if line.strip()}
    lines |= {"南昌 晴 26℃", "周六", "农历三月", "来源:新华社", "一二三", "一二三四", "a一b二c三d四", "，,", "，a。"}
    for line in lines:
        guarded, plain = meta._source_match(line), meta._SOURCE_RE.search(line)
        assert (guarded and guarded.span()) == (plain and plain.span()), line
        assert meta._widget(line) == (meta._WIDGET_RE.search(line) is not None), line
        assert (meta._FOUR_CJK.search(line) is not None) == (len(meta._CJK_RE.findall(line)) >= 4), line
        assert (meta._PUNCT_2.search(line) is not None) == (len(re.findall(r"[，。,；;]", line)) >= 2), line


def test_one_magnitude_figures_are_cn2ans_value() -> None:
    import random

    from parsers import numbers

    rng = random.Random(9)
    cores = {"0万", "1.5万", "10.1万", "5700万", "1.15万", "0.0001亿", "99999999999.99999999亿", "3.333百", "1十"}
    for _ in range(5000):
        whole = "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 13)))
        decimals = "." + "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 8))) if rng.random() < 0.6 else ""
        cores.add(whole + decimals + rng.choice("十百千万亿"))
    for core in cores:
        fast, plain = numbers._core_value(core), numbers._smart_value.__wrapped__(core)
        assert (fast, type(fast)) == (plain, type(plain)), core
