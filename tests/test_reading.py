"""bytes → str: decoding, newline handling, refusals and HTML extraction."""
from __future__ import annotations

from pathlib import Path

import pytest

from parsers import reading
from parsers.reading import ReadError, decode_bytes, html_to_text, iter_input_paths, read_source, source_from_bytes

SIMPLIFIED = "郑州市公安局反诈中心今年以来共劝阻群众1200余名，挽回损失3000万元。\n据介绍，冻结涉案资金85万元。\n"
TRADITIONAL = "蘭州市公安局破獲電詐案件585起，抓獲犯罪嫌疑人529名，查扣涉案資金1658萬元。\n"


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


@pytest.mark.parametrize(
    "raw",
    [
        SIMPLIFIED.encode("utf-8"),
        b"\xef\xbb\xbf" + SIMPLIFIED.encode("utf-8"),  # BOM
        SIMPLIFIED.replace("\n", "\r\n").encode("utf-8"),  # CRLF
        SIMPLIFIED.replace("\n", "\r").encode("utf-8"),  # old Mac CR
        "标题\r\n\r\n正文一段。\r第二行\n".encode("utf-8"),  # mixed
    ],
    ids=["plain", "bom", "crlf", "cr", "mixed"],
)
def test_utf8_text_matches_python_open(tmp_path: Path, raw: bytes) -> None:
    p = _write(tmp_path, "doc_1.txt", raw)
    src = read_source(p)
    with open(p, encoding="utf-8") as fh:
        assert src.text == fh.read()
    assert src.encoding == "utf-8"
    assert src.notice is None
    assert src.doc_id == "doc_1"
    assert src.kind == "txt"
    assert "\r" not in src.text


def test_bom_char_is_kept_like_python(tmp_path: Path) -> None:
    src = read_source(_write(tmp_path, "a.txt", b"\xef\xbb\xbf" + "通报".encode()))
    assert src.text == "\ufeff通报"


def test_sha256_is_of_raw_bytes(tmp_path: Path) -> None:
    import hashlib

    raw = SIMPLIFIED.replace("\n", "\r\n").encode("utf-8")
    assert read_source(_write(tmp_path, "a.txt", raw)).sha256 == hashlib.sha256(raw).hexdigest()


@pytest.mark.parametrize(
    ("text", "codec", "reported"),
    [
        (SIMPLIFIED * 3, "gb18030", "gb18030"),
        (SIMPLIFIED * 3, "gbk", "gb18030"),
        (TRADITIONAL * 3, "big5", "big5"),
    ],
)
def test_legacy_chinese_encodings_decode_with_notice(tmp_path: Path, text: str, codec: str, reported: str) -> None:
    src = read_source(_write(tmp_path, "legacy.txt", text.encode(codec)))
    assert src.text == text
    assert src.encoding == reported
    assert src.notice is not None and reported.upper() in src.notice


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "empty"),
        (b"  \n\t\r\n  ", "empty"),
        ("\u3000\u3000\n".encode("utf-8"), "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
        (b"PK\x03\x04" + bytes(range(1, 32)) * 50, "binary"),
        (bytes([0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x28, 0xA1]) * 40, "undecodable"),
    ],
    ids=["zero", "ascii-ws", "ideographic-ws", "png", "zip-ish", "garbage"],
)
def test_bad_files_raise_read_error(tmp_path: Path, raw: bytes, reason: str) -> None:
    p = _write(tmp_path, "bad.txt", raw)
    with pytest.raises(ReadError) as info:
        read_source(p)
    assert info.value.reason.startswith(reason)
    assert info.value.path == str(p)
    assert str(info.value) == f"{p}: {info.value.reason}"


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="missing file"):
        read_source(tmp_path / "nope.txt")


def test_too_large_checked_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p = tmp_path / "big.txt"
    with open(p, "wb") as fh:  # sparse: 6 MB of holes, never materialised
        fh.truncate(6 * 1024 * 1024)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read a too-large file"))
    with pytest.raises(ReadError, match="too large"):
        read_source(p)


def test_max_bytes_is_configurable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reading, "MAX_BYTES", 10)
    with pytest.raises(ReadError, match="too large"):
        read_source(_write(tmp_path, "a.txt", SIMPLIFIED.encode()))
    with pytest.raises(ReadError, match="too large"):
        source_from_bytes(SIMPLIFIED.encode(), "upload.txt")


def test_source_from_bytes_uses_name() -> None:
    src = source_from_bytes(TRADITIONAL.encode("big5"), "uploads/通报_7.txt")
    assert src.doc_id == "通报_7"
    assert src.text == TRADITIONAL
    assert src.encoding == "big5"
    with pytest.raises(ReadError, match="empty"):
        source_from_bytes(b"", "x.txt")


def test_decode_bytes_direct() -> None:
    assert decode_bytes("甲\r\n乙".encode()) == ("甲\n乙", "utf-8")
    with pytest.raises(ReadError):
        decode_bytes(b"\x00\x01\x02")


HTML = """<!doctype html><html><head><title>站点标题</title>
<style>p{color:red}</style><script>var x = "不要我";</script></head>
<body><div class="nav">首页 &gt; 新闻</div>
<h1>某市破获电诈案件12起</h1>
<p>发布时间：2021-05-01</p>
<p>今年以来，全市共破获案件<b>12</b>起，
抓获嫌疑人30名。</p><noscript>请启用脚本</noscript>
<ul><li>相关一</li><li>相关二</li></ul>
<template><p>模板</p></template><br>


<p>第二段。</p></body></html>"""


def test_html_to_text_keeps_blocks_and_drops_code() -> None:
    text = html_to_text(HTML)
    assert "不要我" not in text and "color" not in text and "请启用脚本" not in text and "模板" not in text
    assert "今年以来，全市共破获案件12起， 抓获嫌疑人30名。" in text  # inline tags don't break lines
    lines = text.split("\n")
    assert "某市破获电诈案件12起" in lines
    assert "• 相关一" in lines and "• 相关二" in lines
    assert "\n\n\n" not in text
    assert "站点标题" not in text  # the page has an <h1>, so <title> is not repeated


def test_html_file_is_kind_html(tmp_path: Path) -> None:
    src = read_source(_write(tmp_path, "page.HTML", HTML.encode("utf-8")))
    assert src.kind == "html"
    assert src.text == html_to_text(HTML)
    assert src.text.startswith("首页 > 新闻")


def test_iter_input_paths_folders_sorted_files_in_order(tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    for name in ["b.txt", "a.html", "c.htm", "notes.md", "z.TXT"]:
        (d / name).write_text("通报", encoding="utf-8")
    (d / "sub").mkdir()
    loose = _write(tmp_path, "loose.txt", "通报".encode())
    got = iter_input_paths([loose, d, str(tmp_path / "missing.txt")])
    assert [p.name for p in got] == ["loose.txt", "a.html", "b.txt", "c.htm", "z.TXT", "missing.txt"]


# --- issue 10 item 6: bad input details ---------------------------------------------------


@pytest.mark.parametrize("cut", [1, 2])
def test_utf8_missing_only_its_last_bytes_is_decoded_with_a_notice(tmp_path: Path, cut: int) -> None:
    whole = (SIMPLIFIED + "诈").encode("utf-8")
    src = read_source(_write(tmp_path, "cut.txt", whole[:-cut]))
    assert src.text == SIMPLIFIED and src.encoding == "utf-8"
    assert src.notice == f"UTF-8 text ends inside a character: its last {3 - cut} byte(s) were dropped"


def test_utf8_damaged_in_the_middle_is_still_not_utf8(tmp_path: Path) -> None:
    raw = SIMPLIFIED.encode("utf-8")
    src_or_error = _write(tmp_path, "mid.txt", raw[:10] + raw[11:])
    with pytest.raises(ReadError):
        source = read_source(src_or_error)
        assert source.encoding != "utf-8"  # decoded some other way is fine; as UTF-8 is not
        raise ReadError(str(src_or_error), "decoded as a legacy encoding")


def test_one_hundred_thousand_nested_divs_are_too_deeply_nested(tmp_path: Path) -> None:
    html = "<html><body>" + "<div>" * 100_000 + "通报" + "</div>" * 100_000 + "</body></html>"
    with pytest.raises(ReadError) as info:
        read_source(_write(tmp_path, "deep.html", html.encode()))
    assert info.value.reason.startswith("too deeply nested")


def test_nesting_within_the_cap_still_reads(tmp_path: Path) -> None:
    depth = reading.MAX_HTML_DEPTH - 10
    html = "<html><body>" + "<div>" * depth + "<p>通报正文</p>" + "</div>" * depth + "</body></html>"
    assert read_source(_write(tmp_path, "ok.html", html.encode())).text == "通报正文"


@pytest.mark.parametrize("text", ["诈骗", "电诈通报", "反诈中心通报八起"], ids=["4-bytes", "8-bytes", "16-bytes"])
def test_very_short_gbk_files_read_as_gb18030_not_utf8_or_big5(tmp_path: Path, text: str) -> None:
    src = read_source(_write(tmp_path, "short.txt", text.encode("gbk")))
    assert (src.text, src.encoding) == (text, "gb18030")


def test_very_short_bytes_that_are_no_chinese_are_refused(tmp_path: Path) -> None:
    raw = b"\xc3\x28\xa0\xa1 ok"  # neither UTF-8 nor GB18030
    with pytest.raises(ReadError, match="too short to tell"):
        read_source(_write(tmp_path, "tiny.txt", raw))


def test_short_utf8_chinese_stays_utf8(tmp_path: Path) -> None:
    src = read_source(_write(tmp_path, "ok.txt", "通报".encode()))
    assert (src.text, src.encoding, src.notice) == ("通报", "utf-8", None)


def test_symlink_loop_is_a_read_error_and_is_listed_from_a_folder(tmp_path: Path) -> None:
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    assert iter_input_paths([tmp_path]) == [loop]
    with pytest.raises(ReadError, match="symlink loop"):
        read_source(loop)


def test_registry_drives_suffixes_and_kinds() -> None:
    assert set(reading.SUPPORTED_SUFFIXES) == {".txt", ".html", ".htm"}
    assert reading.reader_for("A.HTM").kind == "html" and reading.reader_for("x.pdf") is None


def test_a_registered_reader_is_used_for_its_suffix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reading, "READERS", dict(reading.READERS))
    monkeypatch.setattr(reading, "SUPPORTED_SUFFIXES", reading.SUPPORTED_SUFFIXES)
    reading.register_reader([".md"], reading.Reader("md", lambda data: reading.Decoded(
        data.decode("utf-8").lstrip("# "), "utf-8")))
    _write(tmp_path, "a.md", "# 通报标题".encode())
    _write(tmp_path, "b.pdf", b"%PDF-1.4")
    assert [p.name for p in iter_input_paths([tmp_path])] == ["a.md"]
    src = read_source(tmp_path / "a.md")
    assert (src.kind, src.text) == ("md", "通报标题")
