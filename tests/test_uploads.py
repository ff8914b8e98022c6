"""Upload policy: types, size, safe names, pasted text, in-memory preview."""
from __future__ import annotations

import re
import sys
import types
import unicodedata

import pytest

from dashboard import uploads
from dashboard.uploads import (
    UploadCheck,
    check_upload,
    max_upload_bytes,
    pasted_text_to_upload,
    preview_parse,
    safe_filename,
)

TEXT = "郑州警方破获电信诈骗案件71起，抓获犯罪嫌疑人120名。".encode("utf-8")


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("郑州通报.txt", "郑州通报.txt"),
        ("../../etc/passwd.txt", "passwd.txt"),
        ("C:\\Users\\警官\\Desktop\\通报 2024.HTML", "通报_2024.html"),
        ("/var/www/../x.htm", "x.htm"),
        (".hidden.txt", "hidden.txt"),
        ("..", None),
        ("", None),
        ("   ", None),
        ("report<script>.txt", "report_script.txt"),
        ("a\x00b\u202e.txt", "a_b.txt"),
        ("“反诈”宣传月 (1).txt", "反诈_宣传月_1.txt"),
        ("résumé.txt", "r_sum.txt"),
        ("file.name.with.dots.TXT", "file.name.with.dots.txt"),
        (".txt", "txt"),  # no stem left: later refused as bad_type
    ],
)
def test_safe_filename(raw, expected):
    assert safe_filename(raw) == expected


def test_safe_filename_is_nfc_and_length_limited():
    decomposed = unicodedata.normalize("NFD", "通报e\u0301.txt")
    assert safe_filename(decomposed) == "通报.txt"  # é composed first, replaced once, trailing _ dropped
    long_name = "电" * 300 + ".txt"
    safe = safe_filename(long_name)
    assert safe.endswith(".txt") and len(safe) == uploads.MAX_NAME_CHARS
    assert len(safe.encode("utf-8")) < 255


@pytest.mark.parametrize(
    "name, data, code",
    [
        ("通报.txt", TEXT, None),
        ("通报.html", b"<html><body><p>x</p></body></html>", None),
        ("通报.HTM", b"<p>x</p>", None),
        ("通报.pdf", TEXT, "bad_type"),
        ("通报.txt.exe", TEXT, "bad_type"),
        ("通报", TEXT, "bad_type"),
        ("../", TEXT, "bad_name"),
        ("通报.txt", b"", "empty"),
        ("通报.txt", b"MZ\x90\x00\x03\x00", "binary"),
        # UTF-16 with a byte-order mark holds NULs and is text (parsers.reading decodes it)
        ("通报.txt", "\ufeff破获案件71起".encode("utf-16-le"), None),
        ("通报.html", "\ufeff<p>破获案件71起</p>".encode("utf-16-be"), None),
        ("通报.txt", "破获案件71起".encode("utf-16-le"), "binary"),  # no BOM: not told from binary
        ("通报.txt", b"x" * 101, "too_large"),
    ],
)
def test_check_upload(name, data, code):
    check = check_upload(name, data, max_bytes=100 if code == "too_large" else 10_000)
    assert check.code == code
    assert check.ok is (code is None)
    assert (check.reason is None) is (code is None)
    if code not in ("bad_name",):
        assert check.safe_name is not None and "/" not in check.safe_name


def test_upload_at_exact_limit_is_accepted():
    assert check_upload("a.txt", b"x" * 100, max_bytes=100).ok


@pytest.mark.parametrize(
    "env, expected",
    [
        ({}, 2 * 1024 * 1024),
        ({"FRAUD_MAX_UPLOAD_MB": "5"}, 5 * 1024 * 1024),
        ({"FRAUD_MAX_UPLOAD_MB": "0.5"}, 512 * 1024),
        ({"FRAUD_MAX_UPLOAD_MB": "lots"}, 2 * 1024 * 1024),
        ({"FRAUD_MAX_UPLOAD_MB": "-1"}, 2 * 1024 * 1024),
        ({"FRAUD_MAX_UPLOAD_MB": "nan"}, 2 * 1024 * 1024),
        ({"FRAUD_MAX_UPLOAD_MB": "inf"}, 2 * 1024 * 1024),
    ],
)
def test_max_upload_bytes(env, expected):
    assert max_upload_bytes(env) == expected


def test_default_limit_comes_from_env(monkeypatch):
    monkeypatch.setenv("FRAUD_MAX_UPLOAD_MB", "1")
    assert check_upload("a.txt", b"x" * (1024 * 1024 + 1)).code == "too_large"
    assert check_upload("a.txt", b"x" * (1024 * 1024)).ok


def test_pasted_text_becomes_a_named_utf8_txt():
    text = "【反诈】\r\n今年以来，我市劝阻群众3200名。\r\n"
    name, data = pasted_text_to_upload(text, title_hint="我市/反诈 通报")
    assert data == "【反诈】\n今年以来，我市劝阻群众3200名。\n".encode("utf-8")
    assert name.startswith("我市_反诈_通报_") and name.endswith(".txt")
    assert check_upload(name, data).ok and safe_filename(name) == name
    # same text → same name (one document in the cache); different text → different name
    assert pasted_text_to_upload(text, title_hint="我市/反诈 通报")[0] == name
    assert pasted_text_to_upload(text + "补充", title_hint="我市/反诈 通报")[0] != name


def test_a_second_paste_with_stray_blanks_is_the_same_bulletin():
    text = "【反诈】\n今年以来，我市劝阻群众3200名。\n"
    again = "\n  【反诈】  \r\n今年以来，我市劝阻群众3200名。   \n\n"
    assert pasted_text_to_upload(again)[1] == pasted_text_to_upload(text)[1]
    assert pasted_text_to_upload(again)[0] == pasted_text_to_upload(text)[0]


def test_pasted_text_without_usable_hint():
    name, _ = pasted_text_to_upload("内容", title_hint="../..")
    assert name.startswith("pasted_")
    assert pasted_text_to_upload("内容")[0].startswith("pasted_")


@pytest.mark.parametrize("blank", ["", "  \n\t "])
def test_blank_paste_is_refused(blank):
    with pytest.raises(ValueError):
        pasted_text_to_upload(blank)


@pytest.fixture
def fake_parser(monkeypatch):
    """Stand-ins for parsers.reading / parsers.pipeline so the preview is tested alone."""
    seen = {}
    reading = types.ModuleType("parsers.reading")
    pipeline = types.ModuleType("parsers.pipeline")

    def source_from_bytes(data, name):
        seen["name"] = name
        if b"undecodable" in data:
            raise ValueError(f"{name}: cannot decode")
        return {"name": name, "text": data.decode("utf-8")}

    def parse_source(source):
        return types.SimpleNamespace(doc_id=source["name"].rsplit(".", 1)[0], text=source["text"])

    reading.source_from_bytes = source_from_bytes
    pipeline.parse_source = parse_source
    monkeypatch.setitem(sys.modules, "parsers.reading", reading)
    monkeypatch.setitem(sys.modules, "parsers.pipeline", pipeline)
    return seen


def test_preview_parse_returns_document_and_writes_nothing(fake_parser, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    doc = preview_parse("../通报.txt", TEXT)
    assert not isinstance(doc, str)
    assert doc.doc_id == "通报" and doc.text.startswith("郑州警方")
    assert fake_parser["name"] == "通报.txt"  # the parser only ever sees the safe name
    assert list(tmp_path.iterdir()) == []


def test_preview_parse_reports_parser_errors(fake_parser):
    out = preview_parse("a.txt", b"undecodable bytes")
    assert isinstance(out, UploadCheck) and out.code == "parse_failed"
    assert "cannot decode" in out.reason  # the detail stays in the log's words
    assert out.text("zh") == "无法解析此文件。" and out.text("en") == "Could not parse this file."


def test_preview_parse_refuses_bad_uploads_before_parsing(fake_parser):
    out = preview_parse("a.exe", TEXT)
    assert isinstance(out, UploadCheck) and out.code == "bad_type" and ".txt" in out.text("zh")
    assert "name" not in fake_parser


def test_preview_parse_when_parser_missing(monkeypatch):
    monkeypatch.setitem(sys.modules, "parsers.pipeline", None)  # import raises ImportError
    out = preview_parse("a.txt", TEXT)
    assert isinstance(out, UploadCheck) and out.code == "parser_unavailable"
    assert out.text("en") == "The parser is unavailable."


def test_upload_check_is_frozen():
    check = UploadCheck(True, None, "a.txt")
    with pytest.raises(AttributeError):
        check.ok = False  # type: ignore[misc]


@pytest.mark.parametrize("n_bytes, text", [
    (2 * 1024 * 1024, "2 MB"), (512 * 1024, "0.5 MB"), (int(1.25 * 1024 * 1024), "1.25 MB"),
])
def test_limit_text_states_the_limit(n_bytes, text):
    assert uploads.limit_text(n_bytes) == text


def test_limit_text_follows_the_setting(monkeypatch):
    monkeypatch.setenv(uploads.MAX_MB_ENV, "0.5")
    assert uploads.limit_text() == "0.5 MB"
    assert uploads.types_text() == ".htm / .html / .txt"


# ---------------------------------------------------------------- messages in one language

CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.mark.parametrize("name, data", [
    ("../", TEXT), ("通报.pdf", TEXT), ("通报.txt", b""), ("通报.txt", b"x" * 101),
    ("通报.txt", b"MZ\x90\x00\x03\x00"), ("通报.txt", "破获案件71起".encode("utf-16-le")),
])
def test_a_refusal_is_worded_in_the_pages_language_only(name, data):
    check = check_upload(name, data, max_bytes=100)
    zh, en = check.text("zh"), check.text("en")
    assert CJK.search(zh) and not CJK.search(en)
    assert " / " not in zh.replace(uploads.types_text(), "")  # not "中文 / English"
    assert "\n" not in zh and "\n" not in en


def test_utf16_without_bom_says_what_was_tried_and_that_it_needs_a_bom():
    check = check_upload("通报.txt", "破获案件71起，抓获12人。".encode("utf-16-le"))
    assert check.code == "binary"
    zh, en = check.text("zh"), check.text("en")
    for text in (zh, en):
        assert all(enc in text for enc in ("UTF-8", "GB18030", "Big5", "UTF-16", "BOM"))
    assert "字节顺序标记" in zh and "byte-order mark" in en


@pytest.mark.parametrize("reason, code", [
    ("undecodable (bad UTF-16)", "bad_utf16"),
    ("undecodable (not UTF-8, GB18030 or Big5 Chinese text)", "undecodable"),
    ("undecodable (under 64 bytes and not UTF-8 or GB18030 Chinese text: too short)", "too_short"),
    ("binary (NUL or control bytes)", "binary"),
    ("empty (no text in the HTML)", "empty"),
    ("too large (6000000 bytes > 5242880)", "too_big"),
    ("too deeply nested (over 1000 levels of HTML elements)", "too_deep"),
    ("internal error: KeyError: 'x'", "parse_failed"),
])
def test_reader_refusals_have_a_message_in_each_language(reason, code):
    assert uploads.read_error_code(reason) == code
    zh, en = uploads.problem_text(code, "zh"), uploads.problem_text(code, "en")
    assert CJK.search(zh) and not CJK.search(en) and zh != en


@pytest.mark.parametrize("status, doc_id, code", [
    ("added", "abc_温州", None), ("duplicate", "abc_温州", None), ("error", None, "binary"),
])
def test_an_add_result_is_worded_in_one_language(status, doc_id, code):
    result = uploads.AddResult(status, doc_id, "english detail", code)
    zh, en = result.text("zh"), result.text("en")
    assert CJK.search(zh) and not CJK.search(en)
    assert "english detail" not in zh + en and (doc_id or "~") not in zh + en


@pytest.mark.parametrize("name, data, code", [
    ("a.txt", b"\xff\xfe\x00\xd8", "bad_utf16"),  # a lone surrogate after the BOM
    ("a.txt", b"\x00\x01\x02binary\x00" * 20, "binary"),
    ("a.txt", b"\xff\xff\xff\xff", "too_short"),
    ("a.txt", b"\xff" * 100, "undecodable"),
    ("a.html", b"<html><body><script>x</script></body></html>", "empty"),
    ("a.txt", b"   \n ", "empty"),
    ("a.html", b"<div>" * 1500 + "内容".encode("utf-8") + b"</div>" * 1500, "too_deep"),
])
def test_the_readers_own_refusals_map_to_their_codes(name, data, code):
    """read_error_code reads parsers.reading's reasons by their opening words: this runs the
    reader itself, so a change of its wording fails here, not silently on the 录入 page."""
    from parsers import reading

    with pytest.raises(reading.ReadError) as refused:
        reading.source_from_bytes(data, name)
    assert uploads.read_error_code(refused.value.reason) == code


@pytest.mark.parametrize("limit_mb, widget_mb", [(2, 10), (5, 20), (0.5, 9)])
def test_the_uploader_widget_lets_files_over_our_limit_reach_our_own_refusal(limit_mb, widget_mb):
    # a file between our limit and the widget's cap is refused by check_upload, in the page's
    # language, not by Streamlit's English "File must be … or smaller"
    limit = int(limit_mb * 1024 * 1024)
    assert uploads.widget_upload_mb(limit) == widget_mb
    over = b"x" * (limit + 1)
    assert len(over) < widget_mb * 1024 * 1024
    assert check_upload("a.txt", over, max_bytes=limit).code == "too_large"
