"""The editions end to end in AppTest: the public edition has no write page at all, the
internal one shows nothing before the right password, uploads and corrections reach every
page without a restart, parsed markup stays text, and ?screen=1 opens the wall screen.

The cache is built once from seeds/ and copied per test, with a fresh data folder, so tests
that write (uploads, corrections) cannot see each other.
"""
from __future__ import annotations

import hashlib
import re
from datetime import date
import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard import auth, editions, i18n

REPO = Path(__file__).resolve().parent.parent
APP = str(REPO / "app.py")
PASSWORD = "反诈-2024-wall"
SECRETS = {"internal_password_sha256": hashlib.sha256(PASSWORD.encode()).hexdigest()}
PUBLIC_PAGES = ["overview", "map", "money", "campaigns", "evidence", "screen"]
# A new region (西藏 · 拉萨, not in the seeds) with figures, and markup that must stay text.
HOSTILE_BULLETIN = (
    "拉萨警方通报\n2023年5月1日 来源：高原法治报\n"
    "今年以来，拉萨市公安局共破获电信网络诈骗案件321起<script>alert(1)</script>，"
    "抓获犯罪嫌疑人45名，冻结涉案资金1280万元。\n"
)


@pytest.fixture(scope="module")
def seed_cache(tmp_path_factory) -> Path:
    from parsers.cache import build_cache

    cache = tmp_path_factory.mktemp("seed_cache") / "cache"
    build_cache([REPO / "seeds"], cache)
    return cache


@pytest.fixture()
def dirs(seed_cache, tmp_path, monkeypatch) -> tuple[Path, Path]:
    cache, data = tmp_path / "cache", tmp_path / "data"
    shutil.copytree(seed_cache, cache)
    data.mkdir()
    monkeypatch.setenv("FRAUD_CACHE_DIR", str(cache))
    monkeypatch.setenv("FRAUD_DATA_DIR", str(data))
    monkeypatch.delenv("FRAUD_EDITION", raising=False)
    return cache, data


def app_for(edition: str | None, monkeypatch, secrets: dict | None = None) -> AppTest:
    if edition is not None:
        monkeypatch.setenv("FRAUD_EDITION", edition)
    at = AppTest.from_file(APP, default_timeout=120)
    for key, value in (secrets or {}).items():
        at.secrets[key] = value
    return at


def logged_in(monkeypatch) -> AppTest:
    at = app_for("internal", monkeypatch, SECRETS)
    at.run()
    at.text_input(key="internal_password").input(PASSWORD)
    at.button[0].click().run()
    assert not at.exception, at.exception
    return at


def html_bodies(at: AppTest) -> list[str]:
    return [element.proto.body for element in at.get("html")]


# ---------------------------------------------------------------- public edition

@pytest.mark.parametrize(("edition", "authenticated", "write_pages"), [
    ("public", False, False),
    ("public", True, False),  # a stray session flag never opens the public edition
    ("internal", False, False),
    ("internal", True, True),
])
def test_write_pages_are_registered_only_for_a_logged_in_internal_session(
        edition, authenticated, write_pages):
    paths = [spec.path for specs in auth.extra_sections(edition, authenticated).values()
             for spec in specs]
    assert "dashboard/pages/screen.py" in paths
    assert ("dashboard/pages/ingest.py" in paths) is write_pages
    assert ("dashboard/pages/corrections.py" in paths) is write_pages


def test_public_edition_has_no_write_page_and_no_uploader(dirs, monkeypatch):
    at = app_for(None, monkeypatch)  # the default edition is public
    at.run()
    assert not at.exception, at.exception
    assert editions.current_edition() == "public"
    for page in PUBLIC_PAGES:
        at.switch_page(f"dashboard/pages/{page}.py").run()
        assert not at.exception, (page, at.exception)
        assert not at.get("file_uploader") and not at.text_area
        assert not any("password" in (w.label or "").lower() for w in at.text_input)
    for write_page in ("ingest", "corrections"):
        with pytest.raises(ValueError, match="Could not find a navigation page"):
            at.switch_page(f"dashboard/pages/{write_page}.py")
    assert not (dirs[1] / "bulletins").exists()


# ---------------------------------------------------------------- login gate

@pytest.mark.parametrize(("secrets", "attempt", "message"), [
    (SECRETS, "wrong-password", editions.WRONG_PASSWORD_MESSAGE),
    (SECRETS, "", editions.WRONG_PASSWORD_MESSAGE),
    ({}, PASSWORD, editions.NO_PASSWORD_MESSAGE),  # no password configured: fail closed
])
def test_internal_edition_refuses_a_wrong_password_and_shows_nothing(
        dirs, monkeypatch, secrets, attempt, message):
    at = app_for("internal", monkeypatch, secrets)
    at.run()
    assert not at.exception, at.exception
    assert not at.metric and not at.dataframe and not at.sidebar.selectbox
    at.text_input(key="internal_password").input(attempt)
    at.button[0].click().run()
    assert [e.value for e in at.error] == [message]
    assert not at.metric and not at.dataframe and not at.sidebar.selectbox
    assert len(at.title) == 1 and "登录" in at.title[0].value


def test_right_password_opens_the_internal_pages(dirs, monkeypatch):
    at = logged_in(monkeypatch)
    assert at.metric  # the overview
    at.switch_page("dashboard/pages/ingest.py").run()
    assert not at.exception, at.exception
    assert at.get("file_uploader")  # so the public test above could fail
    at.switch_page("dashboard/pages/corrections.py").run()
    assert not at.exception, at.exception
    assert at.title[0].value.startswith("更正")


# ---------------------------------------------------------------- 录入

def test_pasted_bulletin_previews_as_text_then_appears_everywhere(dirs, monkeypatch):
    cache, data = dirs
    at = logged_in(monkeypatch)
    at.switch_page("dashboard/pages/ingest.py").run()
    at.radio(key="ingest_mode").set_value("paste").run()
    at.text_area(key="ingest_text").input(HOSTILE_BULLETIN)
    at.button(key="ingest_preview").click().run()
    assert not at.exception, at.exception
    assert not (data / "bulletins").exists()  # nothing written before the confirm

    bodies = html_bodies(at)
    assert bodies and all("<script" not in b.lower() for b in bodies)
    assert any("&lt;script&gt;alert(1)&lt;/script&gt;" in b for b in bodies)
    assert any("<mark>破获电信网络诈骗案件321起</mark>" in b for b in bodies)
    preview = at.dataframe[1].value
    assert set(preview["原文"]) >= {"破获电信网络诈骗案件321起", "抓获犯罪嫌疑人45名"}

    at.button(key="ingest_confirm").click().run()
    assert not at.exception, at.exception
    assert at.success and "已录入" in at.success[0].value
    saved = list((data / "bulletins").iterdir())
    assert len(saved) == 1 and saved[0].read_bytes() == HOSTILE_BULLETIN.encode()

    # The new figures are for 2023: the window the session opened with (the seeds' latest
    # year) is moved to 2023, which the new bulletin made available.
    window = at.sidebar.selectbox(key="f_window")
    assert "2023年" in window.options
    window.set_value("2023").run()
    at.switch_page("dashboard/pages/evidence.py").run()
    assert not at.exception, at.exception
    table = at.dataframe[0].value
    lhasa = table[table["地区"].str.contains("拉萨市")]
    assert set(lhasa["原文"]) >= {"破获电信网络诈骗案件321起", "抓获犯罪嫌疑人45名"}

    at.switch_page("dashboard/pages/map.py").run()
    assert not at.exception, at.exception
    regions = at.dataframe[0].value.iloc[:, 0].tolist()
    assert "西藏自治区" in regions

    # The same text again is reported as a duplicate and not stored twice.
    at.switch_page("dashboard/pages/ingest.py").run()
    at.radio(key="ingest_mode").set_value("paste").run()
    at.text_area(key="ingest_text").input(HOSTILE_BULLETIN)
    at.button(key="ingest_preview").click().run()
    assert [w.value for w in at.warning] == [i18n.t("ingest_twin", "zh")]
    assert i18n.t("ingest_doc_id", "zh", doc_id=saved[0].stem) in [x.value for x in at.text]
    assert "ingest_confirm" not in [b.key for b in at.button]  # nothing to confirm
    assert len(list((data / "bulletins").iterdir())) == 1


def test_a_preview_whose_force_is_not_found_says_its_figures_enter_no_total(dirs, monkeypatch):
    at = logged_in(monkeypatch)
    at.switch_page("dashboard/pages/ingest.py").run()
    at.radio(key="ingest_mode").set_value("paste").run()
    at.text_area(key="ingest_text").input("警方通报战果\n2025-11-02 来源：某网\n\n"
                                          "2025年1月至10月，某地公安局共破获电信网络诈骗案件1234起。\n")
    at.button(key="ingest_preview").click().run()
    assert not at.exception, at.exception
    assert [w.value for w in at.warning] == [i18n.t("ingest_region_unknown", "zh", n=1)]
    assert list(at.dataframe[1].value["地区"]) == ["地区不明"]


def test_empty_paste_is_refused(dirs, monkeypatch):
    at = logged_in(monkeypatch)
    at.switch_page("dashboard/pages/ingest.py").run()
    at.radio(key="ingest_mode").set_value("paste").run()
    at.text_area(key="ingest_text").input("   ")
    at.button(key="ingest_preview").click().run()
    assert at.error and "为空" in at.error[0].value
    assert "ingest_confirm" not in [b.key for b in at.button]


def _upload(at: AppTest, name: str, payload: bytes) -> AppTest:
    at.file_uploader(key="ingest_file").set_value((name, payload, "text/plain")).run()
    assert not at.exception, at.exception
    return at


def test_an_upload_message_belongs_to_its_file(dirs, monkeypatch):
    at = logged_in(monkeypatch)
    at.switch_page("dashboard/pages/ingest.py").run()
    _upload(at, "拉萨.txt", HOSTILE_BULLETIN.encode("utf-8"))
    at.button(key="ingest_confirm").click().run()
    assert [s.value for s in at.success] and "已录入" in at.success[0].value
    # the file removed from the uploader: its message goes with it
    at.file_uploader(key="ingest_file").clear().run()
    assert not at.exception, at.exception
    assert not at.success and not at.warning and not at.error
    # another file chosen: only its own preview, not the old file's 已录入
    _upload(at, "other.txt", HOSTILE_BULLETIN.replace("321", "322").encode("utf-8"))
    assert not at.success
    assert "ingest_confirm" in [b.key for b in at.button]


def _messages(at: AppTest) -> list[tuple[str, str]]:
    return [(kind, e.value) for kind in ("success", "warning", "error", "info")
            for e in getattr(at, kind)]


def test_a_confirmed_upload_shows_one_outcome(dirs, monkeypatch):
    cache, data = dirs
    at = logged_in(monkeypatch)
    at.switch_page("dashboard/pages/ingest.py").run()
    _upload(at, "拉萨.txt", HOSTILE_BULLETIN.encode("utf-8"))
    assert _messages(at) == []
    at.button(key="ingest_confirm").click().run()
    assert not at.exception, at.exception
    (doc_id,) = [p.stem for p in (data / "bulletins").iterdir()]
    # added — not also "already in the dataset" about the bulletin it has just added
    added = [("success", i18n.t("ingest_added", "zh"))]
    assert _messages(at) == added
    assert i18n.t("ingest_doc_id", "zh", doc_id=doc_id) in [x.value for x in at.text]
    assert "ingest_confirm" not in [b.key for b in at.button]
    at.run()  # and so on every rerun while the file stays chosen
    assert _messages(at) == added

    # the same text saved as UTF-16 (or GB18030) is the same bulletin: already present
    for encoded in (("\ufeff" + HOSTILE_BULLETIN).encode("utf-16-le"),
                    HOSTILE_BULLETIN.encode("gb18030")):
        _upload(at, "拉萨-copy.txt", encoded)
        assert _messages(at) == [("warning", i18n.t("ingest_twin", "zh"))]
        assert i18n.t("ingest_doc_id", "zh", doc_id=doc_id) in [x.value for x in at.text]
        assert "ingest_confirm" not in [b.key for b in at.button]
    assert len(list((data / "bulletins").iterdir())) == 1


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_upload_messages_are_in_the_pages_language_only(dirs, monkeypatch, lang):
    latin = re.compile(r"[A-Za-z]")
    foreign = CJK if lang == "en" else latin
    at = logged_in(monkeypatch)
    if lang == "en":
        at.sidebar.segmented_control(key="f_lang").set_value("en").run()
    at.switch_page("dashboard/pages/ingest.py").run()
    # UTF-16 without its byte-order mark: one line saying what was tried and why
    _upload(at, "no-bom.txt", HOSTILE_BULLETIN.encode("utf-16-le"))
    assert _messages(at) == [("error", i18n.t("ingest_err_binary", lang))]
    message = at.error[0].value
    assert "\n" not in message and "BOM" in message and "GB18030" in message
    assert not foreign.search(message.replace("UTF-8", "").replace("GB18030", "")
                              .replace("Big5", "").replace("UTF-16", "").replace("BOM", ""))
    assert "ingest_confirm" not in [b.key for b in at.button]
    # added: the one outcome, all of it in the page's language
    _upload(at, "拉萨.txt", HOSTILE_BULLETIN.encode("utf-8"))
    at.button(key="ingest_confirm").click().run()
    assert _messages(at) == [("success", i18n.t("ingest_added", lang))]
    assert not foreign.search(at.success[0].value)
    # an empty paste is refused in the page's language too
    at.radio(key="ingest_mode").set_value("paste").run()
    at.text_area(key="ingest_text").input("  ")
    at.button(key="ingest_preview").click().run()
    assert _messages(at) == [("error", i18n.t("ingest_err_paste_empty", lang))]


def test_a_pasted_text_message_goes_when_the_text_changes(dirs, monkeypatch):
    at = logged_in(monkeypatch)
    at.switch_page("dashboard/pages/ingest.py").run()
    at.radio(key="ingest_mode").set_value("paste").run()
    at.text_area(key="ingest_text").input(HOSTILE_BULLETIN)
    at.button(key="ingest_preview").click().run()
    at.button(key="ingest_confirm").click().run()
    assert at.success  # shown under the text it is about
    at.text_area(key="ingest_text").input("另一篇通报：破获案件12起。").run()
    assert not at.success


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_uploader_says_what_it_takes_in_the_pages_language(dirs, monkeypatch, lang):
    monkeypatch.setenv("FRAUD_MAX_UPLOAD_MB", "0.5")
    at = logged_in(monkeypatch)
    if lang == "en":
        at.sidebar.segmented_control(key="f_lang").set_value("en").run()
    at.switch_page("dashboard/pages/ingest.py").run()
    uploader = at.file_uploader(key="ingest_file")
    rules = next(c.value for c in at.caption if "0.5 MB" in c.value)
    for text in (rules, uploader.help):
        assert ".txt" in text and ".html" in text and "0.5 MB" in text
        assert bool(CJK.search(text)) is (lang == "zh")
    assert bool(CJK.search(uploader.label)) is (lang == "zh")


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_a_utf16_file_with_bom_is_decoded_and_added(dirs, monkeypatch, encoding):
    at = logged_in(monkeypatch)
    at.switch_page("dashboard/pages/ingest.py").run()
    _upload(at, "拉萨.txt", ("\ufeff" + HOSTILE_BULLETIN).encode(encoding))
    assert not at.error, [e.value for e in at.error]
    assert "破获案件" in at.dataframe[1].value.to_string()  # the parsed figures
    at.button(key="ingest_confirm").click().run()
    assert at.success and "已录入" in at.success[0].value


def test_an_undecodable_file_is_one_clear_error(dirs, monkeypatch):
    at = logged_in(monkeypatch)
    at.switch_page("dashboard/pages/ingest.py").run()
    _upload(at, "bad.txt", b"\xff\xfe\x00\xd8" + "x".encode("utf-16-le") * 40)
    assert len(at.error) == 1 and "\n" not in at.error[0].value
    assert "ingest_confirm" not in [b.key for b in at.button]


# ---------------------------------------------------------------- 更正

def save_button(at: AppTest):
    return next(b for b in at.button if b.label in (i18n.t("corr_save", "zh"), i18n.t("corr_save", "en")))


def _first_fact_with(at: AppTest, metric: str) -> str:
    options = at.selectbox(key="corr_fact").options
    return next(o.split(" · ")[0] for o in options if metric in o)


def test_rejecting_a_fact_is_logged_and_removed_from_totals(dirs, monkeypatch):
    from dashboard import data as dataset, views
    from dashboard.filters import Filters

    cache, folder = dirs
    # 晋城's figures are for 2021: the KPI, the overview and the evidence list use that year
    scope = Filters(province="山西省", city="晋城市", start=date(2021, 1, 1),
                    end=date(2021, 12, 31))
    used = views.kpi(dataset.load(cache), scope, "cases_solved")
    assert used.value is not None
    fact_id = used.fact_ids[0]  # a figure the KPI really rests on

    at = logged_in(monkeypatch)
    at.sidebar.selectbox(key="f_province").select("山西省").run()
    at.sidebar.selectbox(key="f_city").select("晋城市").run()
    at.sidebar.selectbox(key="f_window").set_value("2021").run()
    before = {m.label: m.value for m in at.metric}["破获案件"]
    at.switch_page("dashboard/pages/evidence.py").run()
    rows_before = len(at.dataframe[0].value)

    at.switch_page("dashboard/pages/corrections.py").run()
    at.selectbox(key="corr_fact").set_value(fact_id).run()
    at.radio(key="corr_action").set_value("reject").run()
    at.text_input(key="corr_author").input("张警官")
    save_button(at).click().run()
    assert at.error and any(t.value == "请填写修改原因。" for t in at.text)  # the reason is required
    assert not (folder / "corrections.parquet").exists()

    at.text_area(key="corr_reason").input("宣传月数字，与辖区总数重复")
    save_button(at).click().run()
    assert not at.exception, at.exception
    assert at.success and fact_id in at.success[0].value
    log = at.dataframe[-1].value  # the log is the last table (no orphans here)
    assert list(log[["fact_id", "操作", "修改人", "原因"]].iloc[0]) == [
        fact_id, "标记为错误", "张警官", "宣传月数字，与辖区总数重复"]

    at.switch_page("dashboard/pages/overview.py").run()
    assert {m.label: m.value for m in at.metric}["破获案件"] != before
    at.switch_page("dashboard/pages/evidence.py").run()
    assert len(at.dataframe[0].value) == rows_before - 1


def amend(monkeypatch, place: str, field: str, value: str, author: str, reason: str,
          lang: str = "zh") -> tuple[AppTest, str]:
    """Log in, open 更正, pick the first 破获案件 fact of `place`, type `value` into `field`,
    sign and save: (the app after the save, the fact's id)."""
    at = logged_in(monkeypatch)
    if lang != "zh":
        at.sidebar.segmented_control(key="f_lang").set_value(lang).run()
    at.switch_page("dashboard/pages/corrections.py").run()
    at.text_input(key="corr_query").input(place).run()
    fact_id = _first_fact_with(at, i18n.metric_label("cases_solved", lang))
    at.selectbox(key="corr_fact").set_value(fact_id).run()
    at.text_input(key=f"corr_{field}_{fact_id}").input(value)
    at.text_input(key="corr_author").input(author)
    at.text_area(key="corr_reason").input(reason)
    save_button(at).click().run()
    return at, fact_id


def test_amending_a_value_shows_as_corrected_in_the_evidence_table(dirs, monkeypatch):
    at, _ = amend(monkeypatch, "兰州市", "value", "590", "李分析员", "原文为590起")
    assert not at.exception, at.exception

    at.sidebar.selectbox(key="f_window").set_value("2020").run()  # 兰州's figures: 2020
    at.switch_page("dashboard/pages/evidence.py").run()
    table = at.dataframe[0].value
    corrected = table[table["已更正"] != ""]
    assert len(corrected) >= 1
    assert corrected["精确数值"].tolist() == [590.0] * len(corrected)
    assert all("李分析员" in note and "原文为590起" in note for note in corrected["已更正"])
    # in the page's language: "数值 …→590（李分析员：原文为590起）", not "value …→590 by …"
    assert all(note.startswith("数值 ") and note.endswith("→590（李分析员：原文为590起）")
               for note in corrected["已更正"])

    at.switch_page("dashboard/pages/corrections.py").run()  # the review table and the note
    at.checkbox(key="corr_only").check().run()
    notes = at.dataframe[0].value["更正说明"].tolist()
    assert notes and all(n.endswith("（李分析员：原文为590起）") and " by " not in n for n in notes)
    at.selectbox(key="corr_fact").set_value(at.selectbox(key="corr_fact").options[0]
                                            .split(" · ")[0]).run()
    assert any(x.value.endswith("→590（李分析员：原文为590起）") for x in at.text)


# ---------------------------------------------------------------- 大屏

@pytest.mark.parametrize("edition", ["public", "internal"])
def test_screen_param_opens_the_wall_screen_without_sidebar(dirs, monkeypatch, edition):
    at = app_for(edition, monkeypatch, SECRETS)
    at.query_params["screen"] = "1"
    at.run()
    if edition == "internal":  # the password gate comes first, even for the wall
        assert not at.metric
        at.text_input(key="internal_password").input(PASSWORD)
        at.button[0].click().run()
    assert not at.exception, at.exception
    # the heading is escaped st.html (never Markdown: it can name a campaign from the URL)
    assert any(b.startswith("<h1>反诈通报大屏") for b in html_bodies(at))
    # four counters; those with a countable figure in the window come first
    values = [m.value for m in at.metric]
    assert len(values) == 4 and values[0] != "—"
    assert values == sorted(values, key=lambda v: v == "—")
    assert not at.sidebar.selectbox and not at.get("file_uploader")
    texts = [t.value for t in at.text]
    assert any(t.startswith("最新战果") for t in texts)
    assert any("<style>" in b for b in html_bodies(at))
    assert at.query_params["screen"] in ("1", ["1"])  # the link survives the run


def test_a_wall_link_with_an_unknown_province_says_so(dirs, monkeypatch):
    at = app_for("public", monkeypatch, SECRETS)
    at.query_params.update({"screen": "1", "province": "<script>火星省</script>"})
    at.run()
    assert not at.exception, at.exception
    texts = [t.value for t in at.text]
    assert any("<script>火星省</script>" in x and "全国" in x for x in texts)  # plain text, said
    assert not any("火星省" in b for b in html_bodies(at))  # never inside HTML


def test_a_provinces_wall_names_its_window_and_keeps_to_its_region(dirs, monkeypatch):
    at = app_for("public", monkeypatch, SECRETS)
    at.query_params.update({"screen": "1", "province": "甘肃省", "from": "2020-01-01", "to": "2020-12-31"})
    at.run()
    assert not at.exception, at.exception
    assert any(b.startswith("<h1>反诈通报大屏 — 甘肃省 · 2020年") for b in html_bodies(at))
    ticker = next(t.value for t in at.text if t.value.startswith("最新战果"))
    # the seeds' campaign results of other provinces (湖北, 山西, 河南) stay off 甘肃's wall
    assert "甘肃省" in ticker and not any(p in ticker for p in ("湖北省", "山西省", "河南省"))


def test_amending_the_region_fills_in_its_adcode(dirs, monkeypatch):
    at, _ = amend(monkeypatch, "晋城市", "city", "太原市", "王分析员", "通报由太原市公安局发布")
    assert not at.exception, at.exception
    log = at.dataframe[-1].value  # headers and field names in the page's language
    changed = dict(zip(log["字段"], log["新值"]))
    assert changed == {"城市": "太原市", "adcode": "140100"}
    assert set(log["原值"]) == {"晋城市", "140500"}
    assert set(log["操作"]) == {"修改字段"}


def test_a_correction_note_with_markup_is_shown_as_plain_text(dirs, monkeypatch):
    reason = "原因 **粗体** :material/warning: $E=mc^2$ [链接](http://evil.example/)"
    at, fact_id = amend(monkeypatch, "兰州市", "value", "591", "李分析员", reason)
    at.selectbox(key="corr_fact").set_value(fact_id).run()
    assert not at.exception, at.exception
    markdown = [e.value for e in (*at.info, *at.success, *at.markdown, *at.caption, *at.error)]
    assert not any("evil.example" in v or "粗体" in v for v in markdown)
    assert any(reason in t.value for t in at.text)


def test_a_correction_to_an_unknown_region_is_refused_in_plain_text(dirs, monkeypatch):
    at, _ = amend(monkeypatch, "晋城市", "province", "火星省", "王分析员", "试一试 **x**")
    assert not at.exception, at.exception
    assert [e.value for e in at.error] == ["更正未保存，原因如下。"]
    assert [t.value for t in at.text][-1] == "未知地区，或上下级不符。"
    assert not (dirs[1] / "corrections.parquet").exists()


@pytest.mark.parametrize(("lang", "field", "typed", "refusal"), [
    ("zh", "period_start", "2023-13-45",
     "“起（YYYY-MM-DD）”不是有效日期：2023-13-45。请按 YYYY-MM-DD 填写，例如 2023-05-01。"),
    ("en", "period_start", "2023/05/01",
     "From (YYYY-MM-DD) is not a valid date: 2023/05/01. Write it as YYYY-MM-DD, e.g. 2023-05-01."),
    ("zh", "value", "1e400", "数值不是有限的数字：1e400"),
    ("en", "value", "1e400", "The value is not a finite number: 1e400"),
    ("en", "value", "-3", "The value cannot be below 0: -3"),
])
def test_a_refused_correction_says_why_in_the_pages_language(dirs, monkeypatch, lang, field,
                                                             typed, refusal):
    at, _ = amend(monkeypatch, "兰州市", field, typed, "李分析员", "check", lang=lang)
    assert not at.exception, at.exception
    assert [e.value for e in at.error] == [i18n.t("corr_not_saved", lang)]
    assert [t.value for t in at.text][-1] == refusal
    assert not (dirs[1] / "corrections.parquet").exists()


# ---------------------------------------------------------------- English everywhere

CJK = re.compile(r"[\u4e00-\u9fff]")


def _chrome_texts(at: AppTest) -> list[str]:
    """Titles, captions, headers and widget labels: the page's own words, not data."""
    texts = [e.value for e in (*at.title, *at.caption, *at.subheader, *at.success,
                               *at.warning, *at.info)]
    for widgets in (at.text_input, at.text_area, at.radio, at.selectbox, at.checkbox,
                    at.button):
        texts += [w.label for w in widgets]
    return [t for t in texts if t]


def test_login_speaks_english_by_link_and_by_toggle(dirs, monkeypatch):
    at = app_for("internal", monkeypatch, SECRETS)
    at.query_params["lang"] = "en"
    at.run()
    assert not at.exception, at.exception
    assert at.title[0].value == "Anti-fraud dashboard · internal edition login"
    assert at.text_input(key="internal_password").label == "Password"
    assert not any(CJK.search(t) for t in _chrome_texts(at))

    at = app_for("internal", monkeypatch, SECRETS)
    at.run()
    assert "登录" in at.title[0].value
    at.segmented_control(key="login_lang").set_value("en").run()
    assert at.title[0].value.startswith("Anti-fraud dashboard")
    at.text_input(key="internal_password").input(PASSWORD)
    next(b for b in at.button if b.label == "Log in").click().run()
    assert not at.exception, at.exception
    # the sidebar starts in the language chosen at the login
    assert at.sidebar.segmented_control(key="f_lang").value == "en"


@pytest.mark.parametrize("page, title", [("ingest", "Add bulletins"),
                                         ("corrections", "Corrections")])
def test_internal_pages_follow_the_english_toggle(dirs, monkeypatch, page, title):
    at = logged_in(monkeypatch)
    at.sidebar.segmented_control(key="f_lang").set_value("en").run()
    at.switch_page(f"dashboard/pages/{page}.py").run()
    assert not at.exception, at.exception
    assert at.title[0].value == title
    if page == "ingest":
        at.radio(key="ingest_mode").set_value("paste").run()
        at.text_area(key="ingest_text").input(HOSTILE_BULLETIN)
        at.button(key="ingest_preview").click().run()
        assert at.dataframe[0].value.columns.tolist() == ["Field", "Value"]
    else:
        at.selectbox(key="corr_fact").set_value(at.selectbox(key="corr_fact").options[0]
                                                .split(" · ")[0]).run()
    texts = _chrome_texts(at)
    assert texts and not [t for t in texts if CJK.search(t)]


def test_navigation_sections_in_both_languages(monkeypatch):
    from dashboard import i18n, navigation

    # st.Page needs a running app; the titles are what matters here
    monkeypatch.setattr(navigation, "to_page", lambda spec, lang: i18n.t(spec.title_key, lang))
    extra = auth.extra_sections("internal", True)
    for lang, display, internal, titles in (
            ("zh", "展示", "内部", ["录入", "更正"]),
            ("en", "Display", "Internal", ["Add bulletins", "Corrections"])):
        sections = navigation.build_navigation(lang, extra)
        assert display in sections and internal in sections
        assert sections[internal] == titles
        assert sections[display] == [i18n.t("screen_nav_title", lang)]
