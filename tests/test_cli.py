"""`python -m parsers`: stdout is pure JSONL, one stderr line per bad file, exit status rules.

Most tests swap parsers.pipeline.parse_source for a tiny fake so they test the CLI, not the
extractor; the tests at the bottom run the real pipeline.
"""
from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from parsers import pipeline, reading
from parsers.cli import extract_one as cli_extract_one
from parsers.cli import main
from parsers.records import Document, Fact

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
GOOD = {
    "a_tianjin.txt": "天津警方破获电信诈骗案件12起\n今年以来，天津警方破获案件12起。\n",
    "b_taipei.txt": "臺北市警察局通報\n查獲詐騙集團3個。\n",
}


def fake_parse_source(source: reading.Source) -> Document:
    title = source.text.splitlines()[0]
    if "CRASH" in source.text:
        raise ValueError("cannot split 万")
    if "PRINT" in source.text:
        print("debug output that must not reach stdout")
    start = source.text.index("\n") + 1
    fact = Fact(
        metric="cases_solved", value=12, qualifier="exact", province=None, city=None, county=None,
        period_start=None, period_end=None, campaign=None, evidence=source.text[start:start + 4],
        span=(start, start + 4), value_text="12起", period_precision=None, adcode=None,
    )
    return Document(
        doc_id=source.doc_id, title=title, published=None, source=None, script="simplified",
        facts=[fact], path=source.path, sha256=source.sha256, encoding=source.encoding,
        original_text=source.text,
    )


def fake_parse_path(path) -> Document:
    return fake_parse_source(reading.read_source(path))


@pytest.fixture
def fake_pipeline(monkeypatch):
    monkeypatch.setattr(pipeline, "parse_source", fake_parse_source, raising=False)
    monkeypatch.setattr(pipeline, "parse_path", fake_parse_path)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    for name, text in GOOD.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(argv, out=out, err=err)
    return status, out.getvalue(), err.getvalue()


def jsonl(stdout: str) -> list[dict]:
    assert stdout == "" or stdout.endswith("\n")
    return [json.loads(line) for line in stdout.splitlines()]


def make_bad(folder: Path, kind: str) -> Path:
    path = folder / f"bad_{kind}.txt"
    if kind == "empty":
        path.write_bytes(b"")
    elif kind == "blank":
        path.write_bytes(b" \n\t\n")
    elif kind == "binary":
        path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50)
    elif kind == "oversized":
        with path.open("wb") as handle:  # sparse: costs no disk, still too large to read
            handle.truncate(reading.MAX_BYTES + 1)
    elif kind == "undecodable":
        path.write_bytes(bytes(range(0x80, 0x100)) * 20)
    # "missing": never created
    return path


BAD_KINDS = ["empty", "blank", "binary", "oversized", "undecodable", "missing"]


@pytest.mark.usefixtures("fake_pipeline")
class TestExtract:
    def test_good_files_give_one_json_line_each_in_input_order(self, corpus):
        paths = [str(corpus / "b_taipei.txt"), str(corpus / "a_tianjin.txt")]

        status, out, err = run(["extract", *paths, "--format", "jsonl"])

        assert status == 0 and err == ""
        docs = jsonl(out)
        assert [d["doc_id"] for d in docs] == ["b_taipei", "a_tianjin"]
        assert docs[1]["title"] == "天津警方破获电信诈骗案件12起"  # ensure_ascii=False keeps 汉字
        assert "天津" in out.splitlines()[1]

    def test_folder_expands_to_sorted_bulletins_only(self, corpus):
        (corpus / "notes.md").write_text("# not a bulletin", encoding="utf-8")

        status, out, _ = run(["extract", str(corpus)])

        assert status == 0
        assert [d["doc_id"] for d in jsonl(out)] == ["a_tianjin", "b_taipei"]

    @pytest.mark.parametrize("kind", BAD_KINDS)
    def test_each_bad_file_is_one_stderr_line_and_the_rest_still_parse(self, corpus, kind):
        bad = make_bad(corpus, kind)

        status, out, err = run(["extract", str(corpus / "a_tianjin.txt"), str(bad),
                                str(corpus / "b_taipei.txt")])

        assert status == 0
        assert [d["doc_id"] for d in jsonl(out)] == ["a_tianjin", "b_taipei"]
        lines = err.splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"error: {bad}: ")
        assert "Traceback" not in err

    @pytest.mark.parametrize("kind", BAD_KINDS)
    def test_only_bad_files_exit_1_with_empty_stdout(self, tmp_path, kind):
        bad = make_bad(tmp_path, kind)

        status, out, err = run(["extract", str(bad)])

        assert status == 1 and out == ""
        assert err.splitlines()[0].startswith(f"error: {bad}: ")

    def test_gbk_file_parses_with_a_note_on_stderr(self, tmp_path):
        path = tmp_path / "gbk.txt"
        path.write_bytes("广州警方通报\n破获案件12起，抓获犯罪嫌疑人30名。\n".encode("gbk"))

        status, out, err = run(["extract", str(path)])

        assert status == 0 and jsonl(out)[0]["encoding"] == "gb18030"
        assert err.splitlines() == [f"note: {path}: {reading.read_source(path).notice}"]

    def test_parser_bug_is_an_internal_error_line_not_a_traceback(self, corpus):
        (corpus / "c_crash.txt").write_text("标题\nCRASH here\n", encoding="utf-8")

        status, out, err = run(["extract", str(corpus)])

        assert status == 0 and len(jsonl(out)) == 2
        assert err.splitlines() == [
            f"error: {corpus / 'c_crash.txt'}: internal error: ValueError: cannot split 万"
        ]

    def test_stray_print_in_the_parser_does_not_reach_stdout(self, corpus, capsys):
        (corpus / "c_print.txt").write_text("标题\nPRINT me\n", encoding="utf-8")

        status = main(["extract", str(corpus)])  # the real sys.stdout, captured by capsys

        captured = capsys.readouterr()
        assert status == 0 and len(jsonl(captured.out)) == 3
        assert "debug output" in captured.err

    def test_empty_folder_exits_1(self, tmp_path):
        status, out, err = run(["extract", str(tmp_path)])

        assert status == 1 and out == ""
        assert "no bulletin files (.txt, .html, .htm)" in err

    def test_two_jobs_give_identical_output(self, corpus):
        make_bad(corpus, "binary")

        serial = run(["extract", str(corpus)])
        parallel = run(["extract", str(corpus), "--jobs", "2"])

        assert parallel == serial


@pytest.mark.parametrize(
    "argv",
    [[], ["extract"], ["extract", "x.txt", "--format", "csv"], ["extract", "x.txt", "--jobs", "-1"],
     ["frobnicate"], ["build"]],
)
def test_usage_errors_exit_2(argv, capsys):
    assert main(argv) == 2
    assert "usage:" in capsys.readouterr().err


@pytest.mark.usefixtures("fake_pipeline")
def test_build_prints_a_one_line_summary_and_updates_incrementally(corpus, tmp_path):
    cache_dir = tmp_path / "out-cache"
    make_bad(corpus, "empty")

    first = run(["build", str(corpus), "--cache", str(cache_dir)])
    second = run(["build", str(corpus), "--cache", str(cache_dir)])

    assert first[0] == 0 and second[0] == 0
    assert first[1].startswith("parsed 2, reused 0, removed 0, duplicates 0, errors 1,")
    assert second[1].startswith("parsed 0, reused 2, removed 0, duplicates 0, errors 1,")
    assert len(first[1].splitlines()) == 1
    assert first[2].splitlines() == [f"error: {corpus / 'bad_empty.txt'}: "
                                     "empty (0 bytes or whitespace only)"]


_FAKE_MAIN = (
    "import sys; from parsers import pipeline; from tests import test_cli; "
    "pipeline.parse_source = test_cli.fake_parse_source; "
    "from parsers.cli import main; sys.exit(main(sys.argv[1:]))"
)


def test_subprocess_stdout_is_pure_jsonl_and_stderr_has_no_traceback(corpus):
    bad = [make_bad(corpus, kind) for kind in BAD_KINDS]

    proc = subprocess.run(
        [sys.executable, "-c", _FAKE_MAIN, "extract", str(corpus), str(corpus / "bad_missing.txt")],
        cwd=REPO, capture_output=True, text=True, timeout=120,
    )

    assert proc.returncode == 0
    assert [d["doc_id"] for d in jsonl(proc.stdout)] == ["a_tianjin", "b_taipei"]
    assert "Traceback" not in proc.stderr
    error_paths = sorted(line.split(": ")[1] for line in proc.stderr.splitlines())
    assert error_paths == sorted(str(p) for p in bad)


def test_module_entry_point_reports_usage_with_status_2():
    proc = subprocess.run([sys.executable, "-m", "parsers"], cwd=REPO, capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 2 and "usage:" in proc.stderr and proc.stdout == ""


# --- the real pipeline ------------------------------------------------------------------


def test_real_extract_over_seeds_links_every_fact_to_its_evidence():
    proc = subprocess.run(
        [sys.executable, "-m", "parsers", "extract", str(SEEDS), "--format", "jsonl"],
        cwd=REPO, capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    docs = jsonl(proc.stdout)
    assert [d["doc_id"] for d in docs] == sorted(p.stem for p in SEEDS.glob("*.txt"))
    for doc in docs:
        text = (SEEDS / f"{doc['doc_id']}.txt").read_text(encoding="utf-8")
        for fact in doc["facts"]:
            assert text[fact["span"][0]:fact["span"][1]] == fact["evidence"]
    assert "Traceback" not in proc.stderr


def test_real_build_over_seeds_fills_the_tables(tmp_path):
    from parsers.cache import load_tables

    status, out, err = run(["build", str(SEEDS), "--cache", str(tmp_path)])

    documents, facts, _ = load_tables(tmp_path)
    assert status == 0 and err == ""
    assert len(documents) == len(list(SEEDS.glob("*.txt"))) and len(facts) > 0


# --- bad input, budgets and a damaged cache (issues 9 and 10) ----------------------------


def _spin_or_parse(source: reading.Source) -> Document:
    """Fake parser that never finishes on a text containing SPIN (a pathological file)."""
    while "SPIN" in source.text:
        pass
    return fake_parse_source(source)


_SPIN_MAIN = _FAKE_MAIN.replace("test_cli.fake_parse_source", "test_cli._spin_or_parse")


@pytest.mark.parametrize("command", ["extract", "build"])
def test_a_document_over_its_cpu_budget_is_one_error_line_and_the_others_go_on(corpus, tmp_path, command):
    (corpus / "c_endless.txt").write_text("标题\nSPIN 这份文件让解析器停不下来。\n", encoding="utf-8")
    argv = [command, str(corpus), "--budget", "1"]
    if command == "build":
        argv += ["--cache", str(tmp_path / "cache")]

    proc = subprocess.run([sys.executable, "-c", _SPIN_MAIN, *argv], cwd=REPO, capture_output=True,
                          text=True, timeout=240)

    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.splitlines() == [
        f"error: {corpus / 'c_endless.txt'}: over the time budget (1 s CPU); skipped"]
    if command == "extract":
        assert [d["doc_id"] for d in jsonl(proc.stdout)] == ["a_tianjin", "b_taipei"]
    else:
        assert proc.stdout.startswith("parsed 2, reused 0, removed 0, duplicates 0, errors 1,")


def test_build_heals_a_damaged_cache_with_one_error_line(corpus, tmp_path):
    from parsers.cache import load_tables, read_manifest

    cache_dir = tmp_path / "cache"
    argv = [sys.executable, "-c", _FAKE_MAIN, "build", str(corpus), "--cache", str(cache_dir)]
    assert subprocess.run(argv, cwd=REPO, capture_output=True, timeout=120).returncode == 0
    facts_file = cache_dir / read_manifest(cache_dir)["tables"]["facts"]
    facts_file.write_bytes(facts_file.read_bytes()[:100])  # a torn write

    proc = subprocess.run(argv, cwd=REPO, capture_output=True, text=True, timeout=120)
    again = subprocess.run(argv, cwd=REPO, capture_output=True, text=True, timeout=120)

    assert proc.returncode == 0 and "Traceback" not in proc.stderr
    assert proc.stderr.splitlines() == [
        f"error: {cache_dir}: damaged cache (facts table altered); rebuilt from the sources"]
    assert proc.stdout.startswith("parsed 2, reused 0,")
    assert again.returncode == 0 and again.stderr == "" and again.stdout.startswith("parsed 0, reused 2,")
    assert len(load_tables(cache_dir)[1]) == 2


@pytest.mark.usefixtures("fake_pipeline")
def test_symlink_loop_in_a_folder_is_one_error_line(corpus):
    (corpus / "loop.txt").symlink_to(corpus / "loop.txt")

    status, out, err = run(["extract", str(corpus)])

    assert status == 0 and len(jsonl(out)) == 2
    assert err.splitlines() == [f"error: {corpus / 'loop.txt'}: {reading.SYMLINK_LOOP}"]


@pytest.mark.usefixtures("fake_pipeline")
def test_symlink_loop_in_a_build_is_one_error_line(corpus, tmp_path):
    (corpus / "loop.txt").symlink_to(corpus / "loop.txt")

    status, out, err = run(["build", str(corpus), "--cache", str(tmp_path / "cache")])

    assert status == 0 and out.startswith("parsed 2,")
    assert err.splitlines() == [f"error: {corpus / 'loop.txt'}: {reading.SYMLINK_LOOP}"]


@pytest.mark.usefixtures("fake_pipeline")
def test_utf8_missing_its_last_bytes_parses_with_a_note(tmp_path):
    path = tmp_path / "cut.txt"
    path.write_bytes("天津警方通报\n破获案件12起。\n诈".encode()[:-1])

    status, out, err = run(["extract", str(path)])

    assert status == 0 and len(jsonl(out)) == 1
    assert err.splitlines() == [f"note: {path}: UTF-8 text ends inside a character: "
                                "its last 2 byte(s) were dropped"]


@pytest.mark.usefixtures("fake_pipeline")
def test_deeply_nested_html_is_refused_as_too_deeply_nested(tmp_path):
    path = tmp_path / "deep.html"
    path.write_text("<html><body>" + "<div>" * 100_000 + "通报" + "</div>" * 100_000 + "</body></html>",
                    encoding="utf-8")

    status, out, err = run(["extract", str(path)])

    assert status == 1 and out == ""
    assert err.splitlines()[0].startswith(f"error: {path}: too deeply nested")
    assert "RecursionError" not in err


def test_extract_leaves_the_garbage_collector_as_it_found_it():
    """extract tunes the collector for its batch (cli._parsing_batch) and restores it: the
    same records, the threshold back, nothing left frozen."""
    import gc

    before, frozen = gc.get_threshold(), gc.get_freeze_count()
    out = io.StringIO()
    assert main(["extract", str(SEEDS)], out=out, err=io.StringIO()) == 0
    assert gc.get_threshold() == before
    assert frozen or gc.get_freeze_count() == 0  # (what a caller froze first stays frozen)
    one_by_one = [json.loads(cli_extract_one(str(p)).json_line) for p in sorted(SEEDS.glob("*.txt"))]
    assert jsonl(out.getvalue()) == one_by_one
