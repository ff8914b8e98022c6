"""Corrections: validated audit rows, applied on top of facts, surviving rebuilds."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pandas as pd
import pytest

from dashboard.corrections import (
    CORRECTION_COLUMNS,
    CorrectionError,
    add_correction,
    apply_corrections,
    check_region,
    corrections_path,
    effective_facts,
    load_corrections,
    orphan_corrections,
)
from parsers.records import FACT_COLUMNS, Fact, fact_row, make_fact_id

T0 = datetime(2024, 3, 1, 9, 0, tzinfo=timezone.utc)


def make_fact(doc_sha: str, span: tuple[int, int], metric: str, value: float, **kw) -> Fact:
    fact = Fact(
        metric=metric, value=value, qualifier="exact", province=kw.get("province", "河南省"),
        city=kw.get("city", "郑州市"), county=None, period_start=kw.get("start", "2019-01-01"),
        period_end=kw.get("end", "2019-06-30"), campaign=kw.get("campaign"),
        evidence=kw.get("evidence", "x"), span=span, value_text=str(value),
        period_precision="half", adcode=kw.get("adcode", "410100"), doc_id="000_abc",
    )
    fact.fact_id = make_fact_id(doc_sha, span, metric)
    return fact


@pytest.fixture
def facts() -> pd.DataFrame:
    rows = [
        fact_row(make_fact("sha-a", (10, 20), "cases_solved", 180, evidence="破获案件180起")),
        fact_row(make_fact("sha-a", (30, 42), "suspects_detained", 1772, evidence="刑拘1772人")),
        fact_row(make_fact("sha-a", (50, 60), "money_frozen", 5.7e7, campaign="断卡行动")),
    ]
    return pd.DataFrame(rows, columns=list(FACT_COLUMNS))


def fid(facts: pd.DataFrame, i: int) -> str:
    return facts["fact_id"].iloc[i]


def amend(tmp_path, facts, i, changes, *, now=T0, author="张三", reason="原文为190起"):
    return add_correction(tmp_path, fact_id=fid(facts, i), action="amend", changes=changes,
                          author=author, reason=reason, facts=facts, now=now)


def test_no_corrections_file_gives_empty_table(tmp_path):
    table = load_corrections(tmp_path)
    assert list(table.columns) == list(CORRECTION_COLUMNS) and table.empty
    assert corrections_path(tmp_path) == tmp_path / "corrections.parquet"


def test_amend_value_writes_one_audit_row_and_applies(tmp_path, facts):
    table = amend(tmp_path, facts, 0, {"value": 190})
    assert len(table) == 1
    row = table.iloc[0]
    assert (row["action"], row["field"], row["old_value"], row["new_value"]) == ("amend", "value", "180", "190")
    assert (row["author"], row["reason"]) == ("张三", "原文为190起")
    assert row["created_at"] == "2024-03-01T09:00:00+00:00"
    assert load_corrections(tmp_path).equals(table)

    applied = apply_corrections(facts, load_corrections(tmp_path))
    assert applied["value"].tolist() == [190.0, 1772.0, 5.7e7]
    assert applied["original_value"].tolist() == [180.0, 1772.0, 5.7e7]
    assert applied["corrected"].tolist() == [True, False, False]
    assert applied["correction_note"].iloc[0] == "value 180→190 by 张三: 原文为190起"
    assert applied["correction_note"].iloc[1] == ""
    assert not applied["rejected"].any()
    # the source table is never modified
    assert facts["value"].iloc[0] == 180.0 and "corrected" not in facts.columns


def test_one_row_per_changed_field_and_unchanged_fields_skipped(tmp_path, facts):
    table = amend(tmp_path, facts, 1, {"city": "洛阳市", "adcode": "410300", "province": "河南省",
                                        "period_start": "2019-01-01", "period_end": "2019-07-31"})
    assert sorted(table["field"]) == ["adcode", "city", "period_end"]
    applied = apply_corrections(facts, table).iloc[1]
    assert (applied["city"], applied["adcode"], applied["period_end"]) == ("洛阳市", "410300", "2019-07-31")
    assert applied["original_city"] == "郑州市"


def test_latest_correction_per_field_wins_and_note_shows_original(tmp_path, facts):
    amend(tmp_path, facts, 0, {"value": 190}, now=T0)
    table = amend(tmp_path, facts, 0, {"value": 200}, now=T0 + timedelta(hours=1),
                  author="李四", reason="复核")
    assert table["old_value"].tolist() == ["180", "190"]  # old = value in force at the time
    applied = apply_corrections(facts, table).iloc[0]
    assert applied["value"] == 200.0
    assert applied["correction_note"] == "value 180→200 by 李四: 复核"


def test_latest_is_by_time_not_file_order(facts):
    base = {"fact_id": fid(facts, 0), "action": "amend", "field": "value", "author": "a", "reason": "r"}
    table = pd.DataFrame([
        {**base, "correction_id": "2", "old_value": "180", "new_value": "300", "created_at": "2024-03-02T00:00:00+00:00"},
        {**base, "correction_id": "1", "old_value": "180", "new_value": "250", "created_at": "2024-03-01T00:00:00+00:00"},
    ])
    assert apply_corrections(facts, table)["value"].iloc[0] == 300.0


def test_clearing_a_region_field_and_changing_metric(tmp_path, facts):
    table = amend(tmp_path, facts, 1, {"city": None, "adcode": "410000", "metric": "suspects_arrested"})
    applied = apply_corrections(facts, table).iloc[1]
    assert applied["city"] is None and applied["metric"] == "suspects_arrested"
    assert applied["fact_id"] == fid(facts, 1)  # id stays: corrections key on it
    assert "city 郑州市→∅" in applied["correction_note"]
    assert table.loc[table["field"] == "city", "new_value"].isna().all()


def test_reject_flags_but_keeps_row_and_effective_facts_drop_it(tmp_path, facts):
    add_correction(tmp_path, fact_id=fid(facts, 2), action="reject", changes={}, author="王五",
                   reason="重复统计", facts=facts, now=T0)
    table = load_corrections(tmp_path)
    assert table["field"].isna().all() and table["action"].tolist() == ["reject"]
    applied = apply_corrections(facts, table)
    assert applied["rejected"].tolist() == [False, False, True]
    assert applied["corrected"].iloc[2]
    assert applied["correction_note"].iloc[2] == "rejected by 王五: 重复统计"
    assert effective_facts(facts, table)["fact_id"].tolist() == [fid(facts, 0), fid(facts, 1)]
    with pytest.raises(CorrectionError, match="already rejected"):
        add_correction(tmp_path, fact_id=fid(facts, 2), action="reject", changes={}, author="王五",
                       reason="again", facts=facts)


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"fact_id": "nope"}, "no fact"),
        ({"action": "delete"}, "action"),
        ({"changes": {"evidence": "x"}}, "fields must be"),
        ({"changes": {"doc_id": "x"}}, "fields must be"),
        ({"changes": {"metric": "robberies"}}, "metric must be"),
        ({"changes": {"metric": None}}, "cannot be empty"),
        ({"changes": {"value": -1}}, "≥ 0"),
        ({"changes": {"value": "一百"}}, "number"),
        ({"changes": {"value": float("nan")}}, "not a finite number"),
        ({"changes": {"value": float("inf")}}, "not a finite number"),
        ({"changes": {"value": "1e400"}}, "not a finite number"),  # inf, not "below 0"
        ({"changes": {"value": True}}, "number"),
        ({"changes": {"period_end": "2019/07/31"}}, "YYYY-MM-DD"),
        ({"changes": {"period_end": "2019-02-30"}}, "YYYY-MM-DD"),
        ({"changes": {"period_start": "2019-08-01"}}, "after period_end"),
        ({"changes": {"adcode": "4101"}}, "6 digits"),
        ({"changes": {"value": 180}}, "changes nothing"),
        ({"changes": {}}, "changes nothing"),
        ({"author": "  "}, "author"),
        ({"reason": ""}, "reason"),
        ({"action": "reject", "changes": {"value": 1}}, "no field changes"),
    ],
)
def test_invalid_corrections_are_refused_and_nothing_is_written(tmp_path, facts, kwargs, message):
    args = {"fact_id": fid(facts, 0), "action": "amend", "changes": {"value": 190},
            "author": "张三", "reason": "r", "facts": facts}
    with pytest.raises(CorrectionError, match=message):
        add_correction(tmp_path, **{**args, **kwargs})
    assert not corrections_path(tmp_path).exists()


def test_value_accepts_numeric_strings(tmp_path, facts):
    table = amend(tmp_path, facts, 2, {"value": " 58000000 "})
    assert table["new_value"].tolist() == ["58000000"]
    assert apply_corrections(facts, table)["value"].iloc[2] == 5.8e7


def test_write_is_atomic_and_leaves_no_temp_files(tmp_path, facts, monkeypatch):
    amend(tmp_path, facts, 0, {"value": 190})
    before = corrections_path(tmp_path).read_bytes()

    def boom(*a, **k):
        raise OSError("disk full")

    monkeypatch.setattr(pd.DataFrame, "to_parquet", boom)
    with pytest.raises(OSError):
        amend(tmp_path, facts, 1, {"value": 1}, reason="x")
    assert corrections_path(tmp_path).read_bytes() == before
    assert not list(tmp_path.glob("*.tmp"))


def test_corrections_survive_a_rebuild_and_orphans_are_reported(tmp_path, facts):
    amend(tmp_path, facts, 0, {"value": 190})
    add_correction(tmp_path, fact_id=fid(facts, 1), action="reject", changes={}, author="a",
                   reason="r", facts=facts, now=T0)
    table = load_corrections(tmp_path)
    # Rebuild of the same file content: same ids, corrections still apply.
    rebuilt = pd.DataFrame(
        [fact_row(make_fact("sha-a", (10, 20), "cases_solved", 180)),
         fact_row(make_fact("sha-a", (30, 42), "suspects_detained", 1772))],
        columns=list(FACT_COLUMNS),
    )
    applied = apply_corrections(rebuilt, table)
    assert applied["value"].iloc[0] == 190.0 and applied["rejected"].iloc[1]
    assert orphan_corrections(rebuilt, table).empty
    # The file was edited: the claim moved, its id changed, the correction is an orphan.
    edited = pd.DataFrame([fact_row(make_fact("sha-b", (12, 22), "cases_solved", 180))],
                          columns=list(FACT_COLUMNS))
    assert apply_corrections(edited, table)["corrected"].tolist() == [False]
    assert len(orphan_corrections(edited, table)) == 2


def test_apply_with_no_corrections_adds_flag_columns(facts):
    from dashboard.corrections import empty_corrections

    applied = apply_corrections(facts, empty_corrections())
    assert applied["rejected"].tolist() == [False] * 3
    assert applied["corrected"].tolist() == [False] * 3
    assert applied["correction_note"].tolist() == [""] * 3


def test_concurrent_saves_do_not_lose_rows(tmp_path, facts):
    from concurrent.futures import ThreadPoolExecutor

    def save(i: int):
        return amend(tmp_path, facts, i % 3, {"value": 1000 + i}, reason=f"r{i}",
                     now=T0 + timedelta(seconds=i))

    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(save, range(8)))
    table = load_corrections(tmp_path)
    assert sorted(table["reason"]) == sorted(f"r{i}" for i in range(8))
    assert table["correction_id"].is_unique


def test_identical_files_share_fact_ids_and_both_rows_are_corrected(tmp_path, facts):
    twin = facts.iloc[[0]].assign(doc_id="copy_of_000")
    both = pd.concat([facts, twin], ignore_index=True)
    table = amend(tmp_path, both, 0, {"value": 190})
    applied = apply_corrections(both, table)
    assert applied.loc[applied["fact_id"] == fid(facts, 0), "value"].tolist() == [190.0, 190.0]
    assert applied["corrected"].tolist() == [True, False, False, True]


# ---------------------------------------------------------------- the 更正 page's helpers

def _review_facts() -> pd.DataFrame:
    from dashboard.corrections import apply_corrections, empty_corrections

    frame = pd.DataFrame([
        {"fact_id": "a1", "metric": "cases_solved", "value": 180.0, "province": "山西省",
         "city": "晋城市", "county": None, "adcode": "140500", "campaign": None,
         "evidence": "破获案件180起"},
        {"fact_id": "b2", "metric": "money_frozen", "value": 5.7e7, "province": "河南省",
         "city": None, "county": None, "adcode": "410000", "campaign": "断卡行动",
         "evidence": "冻结资金5700万元"},
    ])
    return apply_corrections(frame, empty_corrections())


@pytest.mark.parametrize("query, expected", [
    ("", ["a1", "b2"]), ("晋城", ["a1"]), ("b2", ["b2"]), ("断卡", ["b2"]),
    ("冻结资金", ["b2"]), ("Money frozen", ["b2"]), ("money_frozen", ["b2"]), ("无此", []),
])
def test_matching_searches_ids_regions_campaigns_evidence_and_metric_names(query, expected):
    from dashboard.corrections import matching

    names = {"cases_solved": "破获案件 Cases solved", "money_frozen": "冻结资金 Money frozen"}
    found = matching(_review_facts(), query, metric_names=names)
    assert found["fact_id"].tolist() == expected


def test_matching_corrected_only():
    from dashboard.corrections import matching

    facts = _review_facts()
    facts.loc[facts["fact_id"] == "b2", "corrected"] = True
    assert matching(facts, "", corrected_only=True)["fact_id"].tolist() == ["b2"]


def test_changed_fields_keeps_only_real_changes_and_fills_the_adcode():
    from dashboard.corrections import as_text, changed_fields

    fact = _review_facts().iloc[0]
    entered = {"value": "180", "city": "太原市", "province": "山西省", "county": ""}
    assert changed_fields(entered, fact) == {"city": "太原市", "adcode": "140100"}
    assert changed_fields({"value": "190"}, fact) == {"value": "190"}
    # an adcode typed by the analyst wins over the gazetteer's
    assert changed_fields({"city": "太原市", "adcode": "140199"}, fact) == {
        "city": "太原市", "adcode": "140199"}
    assert as_text(180.0) == "180" and as_text(None) == "" and as_text(2.5) == "2.5"


def test_review_table_writes_a_dash_for_missing_text_and_keeps_numbers():
    from dashboard.tables import with_dashes

    shown = with_dashes(_review_facts()[["fact_id", "value", "county", "campaign", "corrected"]],
                        numeric=("value",))
    assert shown["county"].tolist() == ["—", "—"]
    assert shown["campaign"].tolist() == ["—", "断卡行动"]
    assert shown["value"].tolist() == [180.0, 5.7e7] and shown["corrected"].dtype == bool


@pytest.mark.parametrize(("province", "city", "county", "known"), [
    pytest.param("福建省", "泉州市", None, True, id="a-city-of-its-province"),
    pytest.param("北京市", "北京市", "海淀区", True, id="a-municipalitys-district"),
    pytest.param("湖北省", "仙桃市", None, True, id="a-province-run-county-unit"),
    pytest.param(None, None, None, True, id="nationwide"),
    pytest.param("火星省", None, None, False, id="no-such-province"),
    pytest.param("<script>x</script>", None, None, False, id="markup-as-a-province"),
    pytest.param("福建省", "北京市", None, False, id="a-city-under-the-wrong-province"),
    pytest.param("福建省", "泉州市", "城关区", False, id="a-county-of-another-city"),
    pytest.param(None, "泉州市", None, False, id="a-city-without-its-province"),
])
def test_corrected_regions_must_be_known_and_nested(province, city, county, known) -> None:
    if known:
        check_region(province, city, county)
    else:
        with pytest.raises(CorrectionError):
            check_region(province, city, county)


def test_a_refusal_has_its_words_in_both_languages(tmp_path, facts):
    """A refusal is shown from its corr_err_ string, in zh and in en."""
    from dashboard import corrections

    args = {"fact_id": fid(facts, 0), "action": "amend", "author": "张三", "reason": "r",
            "facts": facts}
    with pytest.raises(CorrectionError) as caught:
        add_correction(tmp_path, **args, changes={"period_end": "2019-02-30"})
    assert corrections.error_text(caught.value, "zh").startswith("“止（YYYY-MM-DD）”不是有效日期：2019-02-30")
    assert corrections.error_text(caught.value, "en").startswith("To (YYYY-MM-DD) is not a valid date: 2019-02-30")


# --- the note in the page's language ---------------------------------------------------

def test_the_note_is_worded_in_the_pages_language(tmp_path, facts):
    from dashboard.corrections import localized_notes

    amend(tmp_path, facts, 0, {"value": 190}, now=T0)
    amend(tmp_path, facts, 1, {"city": None, "metric": "suspects_arrested"},
          now=T0 + timedelta(hours=1), author="李四", reason="复核")
    add_correction(tmp_path, fact_id=fid(facts, 2), action="reject", changes={}, author="王五",
                   reason="重复统计", facts=facts, now=T0 + timedelta(hours=2))
    applied = apply_corrections(facts, load_corrections(tmp_path))

    assert localized_notes(applied, "zh") == [
        "数值 180→190（张三：原文为190起）",
        "指标 刑事拘留→抓获嫌疑人（李四：复核）；城市 郑州市→∅（李四：复核）",
        "标记为错误（王五：重复统计）",
    ]
    assert localized_notes(applied, "en")[0] == "Value 180→190 by 张三: 原文为190起"
    # the stored, exported note keeps its form
    assert applied["correction_note"].iloc[0] == "value 180→190 by 张三: 原文为190起"
    assert localized_notes(applied, "en")[2] == "rejected by 王五: 重复统计"
    assert localized_notes(apply_corrections(facts, None), "zh") == ["", "", ""]
