"""Reading the cache: paths from the environment, derived columns, rebuild detection."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from dashboard import data, regions
from dashboard.data import derive
from tests.fixtures.dashboard_sample import sample_frames, write_sample_cache


@pytest.fixture()
def sample_cache(tmp_path: Path) -> Path:
    return write_sample_cache(tmp_path / "cache")


def test_dirs_follow_environment(monkeypatch, tmp_path):
    monkeypatch.setenv(data.CACHE_ENV, str(tmp_path / "c"))
    monkeypatch.setenv(data.DATA_ENV, str(tmp_path / "d"))
    assert data.cache_dir() == tmp_path / "c"
    assert data.data_dir() == tmp_path / "d"
    monkeypatch.delenv(data.CACHE_ENV)
    assert data.cache_dir() == data.REPO_ROOT / "cache"


def test_cache_inputs_include_bulletins_only_when_present(tmp_path):
    real = [data.REPO_ROOT / "corpus" / name / "texts"
            for name in ("realblind", "realdev", "realeight", "realeighteen", "realeighty", "realeightyeight", "realeightyfive", "realeightyfour", "realeightynine", "realeightyone",
                          "realeightyseven", "realeightysix", "realeightythree", "realeightytwo", "realeleven", "realfifteen", "realfifty", "realfiftyeight", "realfiftyfive", "realfiftyfour",
                          "realfiftynine", "realfiftyone", "realfiftyseven", "realfiftysix", "realfiftythree", "realfiftytwo", "realfive", "realforty", "realfortyeight", "realfortyfive",
                          "realfortyfour", "realfortynine", "realfortyone", "realfortyseven", "realfortysix", "realfortythree", "realfortytwo", "realfour", "realfourteen", "realnine",
                          "realnineteen", "realninety", "realninetyeight", "realninetyfive", "realninetyfour", "realninetynine", "realninetyone", "realninetyseven", "realninetysix", "realninetythree",
                          "realninetytwo", "realonehundred", "realonehundredeight", "realonehundredeleven", "realonehundredfive", "realonehundredfour", "realonehundrednine", "realonehundredone", "realonehundredseven", "realonehundredsix",
                          "realonehundredten", "realonehundredthree", "realonehundredtwo", "realset", "realseven", "realseventeen", "realseventy", "realseventyeight", "realseventyfive", "realseventyfour",
                          "realseventynine", "realseventyone", "realseventyseven", "realseventysix", "realseventythree", "realseventytwo", "realsix", "realsixteen", "realsixty", "realsixtyeight",
                          "realsixtyfive", "realsixtyfour", "realsixtynine", "realsixtyone", "realsixtyseven", "realsixtysix", "realsixtythree", "realsixtytwo", "realten", "realthirteen",
                          "realthirty", "realthirtyeight", "realthirtyfive", "realthirtyfour", "realthirtynine", "realthirtyone", "realthirtyseven", "realthirtysix", "realthirtythree", "realthirtytwo",
                          "realtwelve", "realtwenty", "realtwentyeight", "realtwentyfive", "realtwentyfour", "realtwentynine", "realtwentyone", "realtwentyseven", "realtwentysix", "realtwentythree",
                          "realtwentytwo")]
    assert data.cache_inputs(tmp_path) == [data.REPO_ROOT / "seeds", *real]
    (tmp_path / "bulletins").mkdir()
    assert data.cache_inputs(tmp_path)[-1] == tmp_path / "bulletins"


def test_load_derives_region_period_and_publication(sample_cache):
    ds = data.load(sample_cache)
    facts = ds.facts.set_index("evidence")
    row = facts.loc["查扣涉案资金1658万元"]
    assert row["region_label"] == "甘肃省 · 兰州市"
    assert row["level"] == "city"
    assert row["published"] == "2020-08-28"
    assert row["doc_title"].startswith("兰州警方")
    assert row["start_date"] == pd.Timestamp("2020-01-01")
    assert row["value"] == 16_580_000
    assert facts.loc["破获电信网络诈骗案件32.2万起", "region_label"] == "全国"
    assert facts.loc["破获电信网络诈骗案件3120起", "level"] == "province"  # 北京市/北京市
    assert set(ds.campaigns["name"]) == {"5·03", "陇风2020", "断卡行动", "防范电信网络诈骗集中攻坚宣传月"}


def test_every_sample_evidence_is_in_its_original_text(sample_cache):
    ds = data.load(sample_cache)
    for row in ds.facts.itertuples():
        original, _ = data.document_texts(row.doc_id, sample_cache)
        assert original[row.span_start:row.span_end] == row.evidence


def test_cache_key_changes_when_cache_is_rebuilt(sample_cache):
    before = data.current_cache_key(sample_cache)
    documents, facts, campaigns = sample_frames()
    write_sample_cache(sample_cache, (documents, facts.iloc[:-1], campaigns))
    assert data.current_cache_key(sample_cache) != before
    assert len(data.load(sample_cache).facts) == len(facts) - 1


def test_ensure_cache_builds_only_when_missing(tmp_path, monkeypatch, sample_cache):
    calls = []
    monkeypatch.setattr("parsers.cache.build_cache", lambda inputs, cache: calls.append(cache))
    data.ensure_cache(sample_cache)
    assert calls == []
    data.ensure_cache(tmp_path / "empty")
    assert calls == [tmp_path / "empty"]


@pytest.mark.parametrize("province, city, county, label, level", [
    ("河南省", "郑州市", None, "河南省 · 郑州市", "city"),
    ("甘肃省", "兰州市", "城关区", "甘肃省 · 兰州市 · 城关区", "county"),
    ("湖北省", None, None, "湖北省", "province"),
    ("北京市", "北京市", None, "北京市", "province"),
    (None, None, None, "全国", "nation"),
])
def test_region_label_and_level(province, city, county, label, level):
    assert regions.region_label(province, city, county) == label
    assert regions.region_level(province, city, county) == level


def test_derived_region_columns_match_the_per_row_rules():
    """derive() applies region_label/region_level once per distinct place: the result is the
    per-row rule's, missing and blank cells included."""
    rows = [("河南省", "郑州市", None), ("北京市", "北京市", "朝阳区"), (None, None, None),
            ("湖北省", None, None), ("河南省", "郑州市", None), ("", " ", None),
            (None, None, "城关区"), ("北京市", "北京市", None), ("河南省", None, "中牟县")] * 3
    documents, facts, campaigns = sample_frames()
    facts = pd.concat([facts.iloc[[0]]] * len(rows), ignore_index=True)
    facts[["province", "city", "county"]] = pd.DataFrame(rows, columns=["p", "c", "k"])
    ds = data.derive(documents, facts, campaigns)
    assert ds.facts["region_label"].tolist() == [regions.region_label(*r) for r in rows]
    assert ds.facts["level"].tolist() == [regions.region_level(*r) for r in rows]
    codes, triples = regions.region_triples(*(facts[c] for c in ("province", "city", "county")))
    assert [triples[i] for i in codes] == [tuple(None if pd.isna(x) else x for x in r)
                                           for r in rows]


def test_positions_from_adcode():
    regions = pd.DataFrame({"adcode": ["620100", "999999", None]})
    out = data.with_positions(regions)
    assert 103 < out.loc[0, "lon"] < 104.5 and 35.5 < out.loc[0, "lat"] < 36.5
    assert out["lon"].isna().tolist() == [False, True, True]


def test_derived_tables_are_computed_once_per_dataset_and_not_pickled():
    import pickle

    ds = data.derive(*sample_frames())
    calls = []
    assert ds.memo(("k",), lambda: calls.append(1) or "first") == "first"
    assert ds.memo(("k",), lambda: calls.append(1) or "second") == "first"
    assert calls == [1]
    assert ds.narrow is ds.narrow and len(ds.narrow) == len(ds.facts)
    copy = pickle.loads(pickle.dumps(ds))
    assert copy.facts.equals(ds.facts)
    assert copy.memo(("k",), lambda: "fresh") == "fresh"  # a copy starts with no memo


def test_memo_keeps_only_the_most_recent_entries(monkeypatch):
    monkeypatch.setattr(data, "MEMO_ENTRIES", 2)
    ds = data.derive(*sample_frames())
    for key in "abc":
        ds.memo((key,), lambda key=key: key)
    assert ds.memo(("a",), lambda: "recomputed") == "recomputed"
    assert ds.memo(("c",), lambda: "recomputed") == "c"


def test_read_tables_matches_the_cache_reader(sample_cache, tmp_path):
    from parsers.cache import load_tables

    for ours, theirs in zip(data.read_tables(sample_cache), load_tables(sample_cache)):
        # the bulletins' texts and the facts' sentences stay on disk: read when shown
        on_disk = list(data.TEXT_COLUMNS) + list(data.SENTENCE_COLUMNS)
        pd.testing.assert_frame_equal(ours, theirs.drop(columns=on_disk, errors="ignore"))
    assert all(frame.empty for frame in data.read_tables(tmp_path / "none"))


def test_document_texts_reads_one_bulletin_from_disk(sample_cache):
    from parsers.cache import load_tables

    documents = load_tables(sample_cache)[0].set_index("doc_id")
    doc_id = documents.index[0]
    assert data.document_texts(doc_id, sample_cache) == (
        documents.loc[doc_id, "original_text"], documents.loc[doc_id, "clean_text"])
    assert data.document_texts("no-such-document", sample_cache) == ("", "")
    loaded = data.load(sample_cache).documents
    assert loaded["original_text"].isna().all()  # never held in memory by the dashboard


def test_sentences_are_read_from_disk_for_the_facts_shown(sample_cache):
    from parsers.cache import load_tables

    parsed = load_tables(sample_cache)[1].set_index("fact_id")["sentence"]
    ds = data.load(sample_cache)
    assert ds.sentences_from == sample_cache and ds.facts["sentence"].isna().all()
    some = ds.facts.iloc[[2, 0]]
    filled = data.with_sentences(ds, some)
    assert filled["sentence"].tolist() == parsed.loc[some["fact_id"]].tolist()
    assert filled.index.tolist() == some.index.tolist()
    everything = data.with_sentences(ds, ds.facts)  # many ids: the whole column is read
    assert everything["sentence"].tolist() == parsed.loc[ds.facts["fact_id"]].tolist()
    in_memory = data.derive(*sample_frames())  # built in memory: its own sentences
    assert data.with_sentences(in_memory, in_memory.facts) is in_memory.facts
    import pickle
    assert pickle.loads(pickle.dumps(ds)).sentences_from == sample_cache


def test_a_campaign_spelled_several_ways_is_one_campaign():
    import pandas as pd
    from dashboard.data import one_spelling

    names = pd.Series(["云剑-2021", "云剑2021", "云剑2021", "云剑—2021", "绿城反诈•断卡", "绿城反诈·断卡",
                       "5·10", "510", "1·23", "12·3", None])
    assert one_spelling(names) == {"云剑-2021": "云剑2021", "云剑—2021": "云剑2021", "绿城反诈•断卡": "绿城反诈·断卡"}


def test_derive_gives_each_campaign_one_spelling():
    from dashboard.data import derive
    from tests.fixtures.dashboard_sample import sample_frames

    documents, facts, campaigns = sample_frames()
    first = facts.index[facts["campaign"] == "陇风2020"][0]
    facts.loc[first, "campaign"] = "陇风-2020"  # another bulletin's spelling of the same operation
    ds = derive(documents, facts, campaigns)
    assert "陇风-2020" not in set(ds.facts["campaign"]) and "陇风2020" in set(ds.facts["campaign"])


def test_a_cache_written_before_a_column_existed_still_loads(tmp_path):
    # a facts table from before Fact.nationwide: the reader fills the column with nulls
    # (which read as before: no province is the nation) instead of calling the cache damaged
    import json

    import pyarrow.parquet as pq

    from parsers.cache import build_cache

    cache = tmp_path / "cache"
    build_cache([data.REPO_ROOT / "seeds"], cache)
    facts_file = cache / json.loads((cache / "manifest.json").read_text())["tables"]["facts"]
    pq.write_table(pq.read_table(facts_file).drop_columns(["nationwide"]), facts_file)
    documents, facts, _ = data.read_tables(cache)
    assert len(facts) > 0 and facts["nationwide"].isna().all()


@pytest.mark.parametrize(("url", "expected"), [
    pytest.param("https://www.cnr.cn/yn/yaowen/20240802/t20240802_526827978.shtml", "2024-08-02", id="yyyymmdd"),
    pytest.param("http://nlaw.org/a/fazhidongtai/rediananjian/2016/0222/217757.html", "2016-02-22", id="yyyy-slash-mmdd"),
    pytest.param("http://it.hebei.com.cn/system/2016/06/15/016953311.shtml", "2016-06-15", id="yyyy-mm-dd-slashes"),
    pytest.param("http://www.laozhaotou.net/content/2022-05/20/content_14766416.html", "2022-05-20", id="yyyy-mm-slash-dd"),
    pytest.param("https://gaj.nanjing.gov.cn/aqff/202101/t20210125_2803139.html", "2021-01-25", id="month-folder-then-day"),
    pytest.param("http://szuonline.cn/shehui/202009/1645.html", None, id="a-month-only-is-no-day"),
    pytest.param("https://m.tripcoinc.com/gdywdt/zfjg/content/post_4213783.html", None, id="an-id"),
    pytest.param("http://x.cn/a/1654414316802.html", None, id="digits-inside-a-longer-run"),
    pytest.param("http://x.cn/2023/0230/1.html", None, id="not-a-real-day"),
    pytest.param("http://x.cn/20991231/1.html", None, id="after-today"),
    pytest.param(None, None, id="no-address"),
])
def test_the_day_a_pages_address_states(url, expected):
    from datetime import date

    from dashboard.data import published_from_address
    assert published_from_address(url, today=date(2026, 12, 3)) == expected


def test_a_bulletin_with_no_date_of_its_own_takes_its_addresss_day_and_says_so():
    # newcomer review 12: 831 of 1,545 shipped pages had no date, so their undated figures
    # were listed beside every window; most pages' addresses date them
    documents, facts, campaigns = sample_frames()
    first = documents["doc_id"].iloc[0]
    documents = documents.assign(
        published=documents["published"].where(documents["doc_id"] != first, None),
        url=documents["url"].where(documents["doc_id"] != first, "https://example.cn/2020/0716/1.html"))
    ds = derive(documents, facts, campaigns)
    row = ds.documents.set_index("doc_id").loc[first]
    assert (row["published"], row["published_from"]) == ("2020-07-16", "address")
    assert set(ds.facts.loc[ds.facts["doc_id"] == first, "published"]) <= {"2020-07-16"}
    others = ds.documents[ds.documents["doc_id"] != first]
    assert set(others["published_from"].dropna()) <= {"text"}
    from dashboard import views
    shown = views.facts_table(ds.facts[ds.facts["doc_id"] == first].head(1), "zh")
    assert shown["发布日期"].iloc[0] == "2020-07-16（据网址）"
