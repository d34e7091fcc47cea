"""The command line: inputs, errors, exit statuses, JSON-lines batch mode, --html."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsstruct import article_schema
from newsstruct._cli import EXIT_BROKEN_PIPE, EXIT_INPUT, EXIT_INTERRUPTED, EXIT_OK, main

jsonschema = pytest.importorskip("jsonschema")

ARTICLE = (
    "Storm shuts ports\n\n"
    'LISBON (Reuters) - Ports closed on Monday. "We had no choice," said Ana Costa.\n\n'
    "Reuter\n"
)
SCRIPT = [sys.executable, "-m", "newsstruct"]


def _lines(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines() if line]


def _valid_article(record: dict[str, Any]) -> None:
    jsonschema.validate(record, article_schema())


@pytest.fixture
def article_file(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.fixture
def jsonl_file(tmp_path: Path) -> Path:
    path = tmp_path / "stories.jsonl"
    records = [
        {"id": "a1", "text": ARTICLE, "publisher": "x"},
        {"id": 2, "text": ""},
        {"id": "a3", "text": "Calm\n\nPARIS (AFP) - Nothing moved."},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_text_file_indented_json(article_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(article_file)]) == EXIT_OK
    out, err = capsys.readouterr()
    record = json.loads(out)
    assert record["text"] == ARTICLE
    assert "id" not in record
    _valid_article(record)
    assert out.startswith("{\n  ")
    assert "1 article in" in err
    assert "0 errors" in err


def test_quiet_has_no_summary(article_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(article_file), "--jsonl", "-q"]) == EXIT_OK
    out, err = capsys.readouterr()
    assert err == ""
    assert len(out.splitlines()) == 1


def test_missing_file_and_directory_reported_others_parsed(
    article_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nope.txt"
    status = main([str(missing), str(tmp_path), str(article_file), "--jsonl"])
    assert status == EXIT_INPUT
    out, err = capsys.readouterr()
    assert len(_lines(out)) == 1
    problems = [line for line in err.splitlines() if "nope.txt" in line or "directory" in line]
    assert len(problems) == 2
    assert f"{missing}: no such file" in err
    assert f"{tmp_path}: is a directory" in err
    assert f"pass its files (newsstruct {tmp_path / '*.txt'})" in err
    assert "2 errors" in err


def test_undecodable_and_binary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Café au lait\n\nGood.".encode("latin-1"))
    binary = tmp_path / "blob.bin"
    binary.write_bytes(b"\x00\x01\x02PNG\x00")
    assert main([str(latin), str(binary), "--jsonl"]) == EXIT_INPUT
    out, err = capsys.readouterr()
    assert out == ""
    assert f"{latin}: not valid utf-8 at byte 3" in err
    assert f"{binary}: looks like a binary file" in err
    assert main([str(latin), "--jsonl", "--encoding", "latin-1", "-q"]) == EXIT_OK
    assert json.loads(capsys.readouterr().out)["text"].startswith("Café")
    assert main([str(latin), "--jsonl", "--errors", "replace", "-q"]) == EXIT_OK
    assert "\ufffd" in json.loads(capsys.readouterr().out)["text"]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32"])
def test_a_wide_unicode_file_is_told_from_a_binary_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], encoding: str
) -> None:
    path = tmp_path / "wide.txt"
    path.write_text("Café opens\n\nPARIS (AFP) - It opened.\n", encoding=encoding)
    assert main([str(path), "--jsonl"]) == EXIT_INPUT
    err = capsys.readouterr().err
    assert f"{path}: looks like {encoding.upper()} text" in err
    assert f"pass --encoding {encoding}" in err
    assert "binary" not in err
    assert main([str(path), "--jsonl", "-q", "--encoding", encoding]) == EXIT_OK
    record = json.loads(capsys.readouterr().out)
    assert record["headline"]["text"] == "Café opens"
    assert record["dateline"]["agency"] == "AFP"


def test_bad_usage(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == EXIT_INPUT
    assert main(["x", "--reference-date", "May 2021"]) == EXIT_INPUT
    assert main(["x", "--jobs", "-2"]) == EXIT_INPUT
    assert main(["x", "--input-format", "xml"]) == EXIT_INPUT
    assert main(["x", "--language", "xx"]) == EXIT_INPUT
    assert "unknown language code 'xx'" in capsys.readouterr().err
    assert main(["--version"]) == EXIT_OK


@pytest.mark.parametrize("encoding", ["nope", "base64", "rot13"])
def test_an_unknown_encoding_is_bad_usage_said_once(
    article_file: Path, capsys: pytest.CaptureFixture[str], encoding: str
) -> None:
    files = [str(article_file)] * 3
    assert main([*files, "--encoding", encoding]) == EXIT_INPUT
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count(f"{encoding!r} is no text encoding") == 1


@pytest.mark.parametrize("encoding", ["LATIN1", "utf_8_sig", "cp1252"])
def test_encodings_by_any_python_name_are_read(
    article_file: Path, capsys: pytest.CaptureFixture[str], encoding: str
) -> None:
    assert main([str(article_file), "--encoding", encoding, "--jsonl", "-q"]) == EXIT_OK
    assert json.loads(capsys.readouterr().out)["text"]


@pytest.mark.parametrize("flag", ["--text-field", "--id-field"])
def test_a_jsonl_field_without_jsonl_input_is_bad_usage(
    jsonl_file: Path, capsys: pytest.CaptureFixture[str], flag: str
) -> None:
    # Not silently one article made of the whole JSON-lines file.
    assert main([str(jsonl_file), flag, "body"]) == EXIT_INPUT
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "add --input-format jsonl" in captured.err
    status = main([str(jsonl_file), flag, "body", "--input-format", "jsonl", "-q"])
    assert status == (EXIT_INPUT if flag == "--text-field" else EXIT_OK)  # no field 'body'
    assert capsys.readouterr().out.count("\n") == 3  # one record a line, errors included


def test_jsonl_file_with_a_byte_order_mark(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Windows tools open UTF-8 files with a BOM; it belongs to no record.
    path = tmp_path / "bom.jsonl"
    lines = '{"id": 1, "text": "Calm day"}\n{"id": 2, "text": "\\ufeffStill calm"}\n'
    path.write_bytes(b"\xef\xbb\xbf" + lines.encode("utf-8"))
    assert main(["--input-format", "jsonl", "-q", str(path)]) == EXIT_OK
    first, second = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    assert (first["id"], first["text"]) == (1, "Calm day")
    assert second["text"] == "\ufeffStill calm"  # a BOM inside a record's text stays
    assert main(["--input-format", "jsonl", "-q", "--encoding", "latin-1", str(path)]) == 2
    assert "not valid JSON" in capsys.readouterr().out  # latin-1 reads it as text: "ï»¿{"


def test_one_language_is_the_language_quotes_are_read_in(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "court.txt"
    path.write_text("« Nous sommes prêts », a dit Zoë Marchal.\n", encoding="utf-8")
    assert main([str(path), "--jsonl", "-q", "--no-headline", "--language", "fr"]) == EXIT_OK
    record = json.loads(capsys.readouterr().out)
    assert record["language"] == "fr"
    assert [(q["text"], q["speaker"]["name"]) for q in record["quotes"]] == [
        ("Nous sommes prêts", "Zoë Marchal")
    ]
    assert main([str(path), "--jsonl", "-q", "--no-headline", "--language", "de"]) == EXIT_OK
    assert json.loads(capsys.readouterr().out)["language"] == "de"  # as told, not detected


def test_jsonl_output_lines_hold_no_raw_line_separator(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Calm\u2028day\n\nPARIS (AFP) - Nothing\x85moved.\n", encoding="utf-8")
    records = tmp_path / "bad.jsonl"
    records.write_text('{"id": "a\u2029b"}\n', encoding="utf-8")  # an error record
    assert main([str(story), str(story), "--jsonl", "-q"]) == EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert json.loads(lines[0])["text"] == "Calm\u2028day\n\nPARIS (AFP) - Nothing\x85moved.\n"
    assert main(["--input-format", "jsonl", "-q", str(records)]) == EXIT_INPUT
    (line,) = capsys.readouterr().out.splitlines()
    assert json.loads(line)["id"] == "a\u2029b"


def test_jsonl_input_carries_ids(jsonl_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--input-format", "jsonl", str(jsonl_file)]) == EXIT_OK
    out, err = capsys.readouterr()
    records = _lines(out)
    assert [r["id"] for r in records] == ["a1", 2, "a3"]
    assert records[0]["text"] == ARTICLE
    assert next(iter(records[0])) == "id"
    for record in records:
        _valid_article({k: v for k, v in record.items() if k != "id"})
    assert "3 articles in" in err


def test_jsonl_custom_fields_and_bad_records(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(
        b'{"key": "k1", "body": "Hello\\n\\nWorld."}\n'
        b"\n"
        b"not json\n"
        b"[1, 2]\n"
        b'{"key": "k4"}\n'
        b'{"key": "k5", "body": 42}\n'
        b'{"key": "k6", "body": "caf\xe9"}\n'
        b'{"body": "no id here"}\n'
    )
    status = main(
        ["--input-format", "jsonl", "--text-field", "body", "--id-field", "key", str(path)]
    )
    assert status == EXIT_INPUT
    out, err = capsys.readouterr()
    records = _lines(out)
    assert [r.get("id") for r in records] == ["k1", None, None, "k4", "k5", None, None]
    errors = [r for r in records if "error" in r]
    assert len(errors) == 5
    assert all(set(r) == {"id", "error"} for r in errors)
    assert f"{path}:3: not valid JSON" in records[1]["error"]
    assert f"{path}:4: expected a JSON object" in records[2]["error"]
    assert "no field 'body'" in records[3]["error"]
    assert "--text-field" in records[4]["error"]
    assert f"{path}:7: not valid utf-8" in records[5]["error"]
    assert records[6]["text"] == "no id here"
    assert records[6]["id"] is None
    assert "2 articles in" in err
    assert "5 errors" in err


def test_jsonl_null_text_is_told_from_a_missing_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "nulls.jsonl"
    path.write_text('{"id": "n1", "text": null}\n{"id": "n2"}\n', encoding="utf-8")
    assert main(["--input-format", "jsonl", "-q", str(path)]) == EXIT_INPUT
    null, missing = (r["error"] for r in _lines(capsys.readouterr().out))
    assert f"{path}:1: field 'text' is null, not a string;" in null
    assert "no field" not in null
    assert f"{path}:2: no field 'text'; name the text field with --text-field" in missing


def test_jsonl_input_missing_file_still_runs(
    jsonl_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--input-format", "jsonl", str(tmp_path / "gone.jsonl"), str(jsonl_file), "-q"]
    assert main(args) == EXIT_INPUT
    out, err = capsys.readouterr()
    assert len(_lines(out)) == 3
    assert err.strip() == f"newsstruct: {tmp_path / 'gone.jsonl'}: no such file"


def test_jobs_same_output_as_in_process(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "many.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for i in range(120):
            text = f"Headline {i}\n\nBERLIN (dpa) - Story {i}." if i % 7 else "not json"
            line = json.dumps({"id": i, "text": text}) if i % 7 else text
            handle.write(line + "\n")
    assert main(["--input-format", "jsonl", str(path), "-q"]) == EXIT_INPUT
    one = capsys.readouterr().out
    assert main(["--input-format", "jsonl", str(path), "-q", "--jobs", "2"]) == EXIT_INPUT
    two = capsys.readouterr().out
    assert one == two
    assert len(one.splitlines()) == 120


def test_several_text_files_name_their_records(
    tmp_path: Path, article_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other.txt"
    other.write_text("Quiet day\n\nNothing happened.\n", encoding="utf-8")
    assert main([str(article_file), str(other), "--jsonl", "-q"]) == EXIT_OK
    records = _lines(capsys.readouterr().out)
    assert [r["id"] for r in records] == [str(article_file), str(other)]
    assert records[1]["paragraphs"][0]["text"] == "Nothing happened."
    # negative: one input gives the record alone, as to_dict shapes it
    assert main([str(other), "--jsonl", "-q"]) == EXIT_OK
    assert "id" not in _lines(capsys.readouterr().out)[0]


def test_output_escapes_what_its_encoding_cannot_hold() -> None:
    from newsstruct._cli import _Output

    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="ascii")
    _Output(stream).write(['{"t": "', "caf\u00e9 \udcff \U0001f600", '", "n": 1}'])
    line = raw.getvalue().decode("ascii")
    assert line.endswith("}\n")
    assert json.loads(line) == {"t": "caf\u00e9 \udcff \U0001f600", "n": 1}
    # negative: what the encoding holds is written as it is
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="utf-8")
    _Output(stream).write(['{"t": "caf\u00e9"}'])
    assert raw.getvalue().decode("utf-8") == '{"t": "caf\u00e9"}\n'


def test_text_files_with_jobs(article_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = [str(article_file)] * 5
    assert main([*files, "--jsonl", "-q", "-j", "0"]) == EXIT_OK
    records = _lines(capsys.readouterr().out)
    assert [r["text"] for r in records] == [ARTICLE] * 5


def test_progress_bar_only_on_a_terminal(
    jsonl_file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # stderr is not a terminal under pytest: no bar, just the summary line.
    assert main(["--input-format", "jsonl", str(jsonl_file)]) == EXIT_OK
    assert capsys.readouterr().err.count("\n") == 1
    # A terminal but no tqdm: no bar and no error.
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    monkeypatch.setitem(sys.modules, "tqdm", None)
    assert main(["--input-format", "jsonl", str(jsonl_file)]) == EXIT_OK
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "3 articles" in err


def test_html_output(
    article_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "out.html"
    assert main([str(article_file), "--html", str(page), "-q"]) == EXIT_OK
    assert capsys.readouterr().out == ""
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert "Storm shuts ports" in html


def test_html_dash_writes_the_page_to_standard_output(
    article_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main([str(article_file), "--html", "-", "-q"]) == EXIT_OK
    out = capsys.readouterr().out
    assert out.startswith("<!DOCTYPE html>")
    assert "Storm shuts ports" in out
    assert not (tmp_path / "-").exists()


def test_html_of_undecodable_bytes_kept_as_surrogates_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Café opens\n\nPARIS (AFP) - A café opened.\n".encode("latin-1"))
    page = tmp_path / "out.html"
    args = [str(path), "--errors", "surrogateescape", "-q", "--html"]
    assert main([*args, str(page)]) == EXIT_OK
    html = page.read_bytes().decode("utf-8")
    assert "Caf&#56553; opens" in html
    assert main([*args, "-"]) == EXIT_OK
    assert capsys.readouterr().out == html


def test_html_needs_one_text_file(
    article_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = str(tmp_path / "out.html")
    assert main([str(article_file), str(article_file), "--html", page]) == EXIT_INPUT
    assert "exactly one FILE" in capsys.readouterr().err
    assert main([str(tmp_path / "gone.txt"), "--html", page]) == EXIT_INPUT
    assert main([str(article_file), "--html", str(tmp_path / "no" / "dir.html")]) == EXIT_INPUT
    assert "cannot write" in capsys.readouterr().err


# -- subprocess: stdin, broken pipe, Ctrl-C --------------------------------------------------


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONIOENCODING": "utf-8"}


def test_stdin_text() -> None:
    done = subprocess.run(
        [*SCRIPT, "-", "--jsonl"],
        input=ARTICLE.encode(),
        capture_output=True,
        env=_env(),
        timeout=60,
    )
    assert done.returncode == EXIT_OK, done.stderr
    assert json.loads(done.stdout)["text"] == ARTICLE


def test_stdin_jsonl() -> None:
    data = "".join(json.dumps({"id": i, "text": f"H{i}\n\nBody {i}."}) + "\n" for i in range(5))
    done = subprocess.run(
        [*SCRIPT, "--input-format", "jsonl", "-"],
        input=data.encode(),
        capture_output=True,
        env=_env(),
        timeout=60,
    )
    assert done.returncode == EXIT_OK, done.stderr
    assert [r["id"] for r in _lines(done.stdout.decode())] == list(range(5))
    assert b"5 articles in" in done.stderr


def _many_lines(n: int) -> bytes:
    return "".join(json.dumps({"id": i, "text": ARTICLE}) + "\n" for i in range(n)).encode()


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_broken_pipe_exits_141(tmp_path: Path, jobs: str) -> None:
    path = tmp_path / "big.jsonl"
    path.write_bytes(_many_lines(3000))
    process = subprocess.Popen(
        [*SCRIPT, "--input-format", "jsonl", str(path), "--jobs", jobs],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_env(),
    )
    assert process.stdout is not None
    assert process.stderr is not None
    first = process.stdout.readline()
    assert json.loads(first)["id"] == 0
    process.stdout.close()
    err = process.stderr.read()
    assert process.wait(timeout=60) == EXIT_BROKEN_PIPE, err
    assert b"broken pipe" in err
    assert b"Traceback" not in err


def test_ctrl_c_exits_130_with_complete_lines(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    path.write_bytes(_many_lines(50_000))
    # Standard output goes to a file, read whole at the end: reading a pipe with
    # readline() and then communicate() loses what readline() had buffered, and
    # the output would seem to open mid-line when the machine is busy.
    output = tmp_path / "out.jsonl"
    with output.open("wb") as sink:
        process = subprocess.Popen(
            [*SCRIPT, "--input-format", "jsonl", str(path)],
            stdout=sink,
            stderr=subprocess.PIPE,
            env=_env(),
        )
        deadline = time.monotonic() + 60
        while output.stat().st_size == 0 and time.monotonic() < deadline:
            time.sleep(0.02)
        time.sleep(0.2)
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=60)
    assert process.returncode == EXIT_INTERRUPTED, err
    assert b"interrupted" in err
    assert b"Traceback" not in err
    lines = output.read_text(encoding="utf-8").splitlines()
    assert lines  # the run was interrupted after it had written
    for line in lines:
        json.loads(line)  # every line written is complete JSON


def test_progress_bar_with_tqdm_on_a_terminal(
    jsonl_file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("tqdm", reason="tqdm not installed: pip install newsstruct[progress]")
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    assert main(["--input-format", "jsonl", str(jsonl_file)]) == EXIT_OK
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 3  # the bar is on stderr only
    assert "3 articles" in err
    assert "3 records [" in err  # the bar, counting output records
    assert main(["--input-format", "jsonl", str(jsonl_file), "-q"]) == EXIT_OK
    assert capsys.readouterr().err == ""


def test_text_the_output_encoding_cannot_hold_is_escaped(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes(b"caf\xe9\n\nOK.")
    done = subprocess.run(
        [*SCRIPT, str(path), "--errors", "surrogateescape", "--jsonl", "-q"],
        capture_output=True,
        env=_env(),
        timeout=60,
    )
    assert done.returncode == EXIT_OK, done.stderr
    assert json.loads(done.stdout)["text"] == "caf\udce9\n\nOK."


def test_a_dead_worker_stops_the_run_with_one_line(
    jsonl_file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from concurrent.futures.process import BrokenProcessPool

    import newsstruct._cli as cli

    def broken(*args: object, **kwargs: object) -> Iterator[tuple[str, bool]]:
        return iter(Exploding())

    class Exploding:
        def __iter__(self) -> Iterator[tuple[str, bool]]:
            return self

        def __next__(self) -> tuple[str, bool]:
            raise BrokenProcessPool("killed")

    monkeypatch.setattr(cli, "imap_chunks", broken)
    assert main(["--input-format", "jsonl", str(jsonl_file), "--jobs", "2"]) == EXIT_INPUT
    err = capsys.readouterr().err
    assert "a worker process died" in err
    assert "Traceback" not in err


EXPORT = (
    "Talks end\n\nThe Courier\nNovember 4, 2025 Tuesday\n\nLength: 20 words\n\nBody\n\n"
    "The talks ended on Tuesday.\n\nLoad-Date: November 5, 2025\n\nEnd of Document\n\n"
    "Storm hits\n\nThe Courier\nNovember 4, 2025 Tuesday\n\nLength: 20 words\n\nBody\n\n"
    "A storm hit the coast.\n\nLoad-Date: November 5, 2025\n\nEnd of Document\n"
)


def test_split_parses_each_document(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "export.txt"
    path.write_text(EXPORT, encoding="utf-8")
    assert main(["--split", "--jsonl", str(path), str(tmp_path / "missing.txt")]) == EXIT_INPUT
    out, err = capsys.readouterr()
    records = _lines(out)
    assert [(r["id"], r["document"]) for r in records] == [(str(path), 1), (str(path), 2)]
    assert [r["headline"]["text"] for r in records] == ["Talks end", "Storm hits"]
    for record in records:
        start = record["offset"]
        assert EXPORT[start : start + len(record["text"])] == record["text"]
        _valid_article({k: v for k, v in record.items() if k not in {"id", "document", "offset"}})
    assert "missing.txt" in err
    assert "2 articles in" in err


def test_split_jsonl_keeps_ids_and_bad_records(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "exports.jsonl"
    path.write_text(
        json.dumps({"id": "e1", "text": EXPORT})
        + "\n{not json\n"
        + json.dumps({"id": "e2", "text": "One story, no marks."})
        + "\n",
        encoding="utf-8",
    )
    assert main(["--split", "--input-format", "jsonl", str(path)]) == EXIT_INPUT
    records = _lines(capsys.readouterr().out)
    assert [(r["id"], r.get("document")) for r in records] == [
        ("e1", 1),
        ("e1", 2),
        (None, None),  # a bad line: an error record, as without --split
        ("e2", 1),
    ]
    assert "error" in records[2]


def test_split_is_no_html(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "export.txt"
    path.write_text(EXPORT, encoding="utf-8")
    assert main(["--split", "--html", str(tmp_path / "out.html"), str(path)]) == EXIT_INPUT
    assert "no --split" in capsys.readouterr().err


def test_transcripts_flag(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "interview.txt"
    path.write_text(
        "Kell rules out a tax rise\n\n"
        "Finance Minister Roberta Kell spoke to presenter Tom Avery.\n\n"
        "AVERY: Can you promise there will be no tax rise?\n\n"
        "KELL: I can. We do not need it.\n",
        encoding="utf-8",
    )
    assert main([str(path), "--jsonl", "-q"]) == EXIT_OK
    assert _lines(capsys.readouterr().out)[0]["quotes"] == []
    assert main([str(path), "--jsonl", "-q", "--transcripts"]) == EXIT_OK
    quotes = _lines(capsys.readouterr().out)[0]["quotes"]
    assert [q["speaker"]["name"] for q in quotes] == ["Tom Avery", "Roberta Kell"]


def test_no_headline_flag(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "body.txt"
    path.write_text(
        "Acme shares slump 12% on chip demand.\n\n"
        "The company said demand for its chips had slowed sharply in the third quarter.\n",
        encoding="utf-8",
    )
    assert main([str(path), "--jsonl", "-q"]) == EXIT_OK
    assert _lines(capsys.readouterr().out)[0]["headline"] is not None
    assert main([str(path), "--jsonl", "-q", "--no-headline"]) == EXIT_OK
    record = _lines(capsys.readouterr().out)[0]
    assert record["headline"] is None
    assert len(record["paragraphs"]) == 2


def test_no_quotes_flag(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "story.txt"
    path.write_text(
        'LISBON (Reuters) - "We will reopen," Ana Costa said on Sunday.\n', encoding="utf-8"
    )
    assert main([str(path), "--jsonl", "-q"]) == EXIT_OK
    full = _lines(capsys.readouterr().out)[0]
    assert [q["speaker"]["name"] for q in full["quotes"]] == ["Ana Costa"]
    assert main([str(path), "--jsonl", "-q", "--no-quotes"]) == EXIT_OK
    bare = _lines(capsys.readouterr().out)[0]
    assert bare == {**full, "quotes": []}
    assert main([str(path), "-q", "--no-quotes", "--transcripts"]) == EXIT_INPUT
    err = capsys.readouterr().err
    assert "--transcripts reads" in err
    assert "--no-quotes skips quotes: pass one of them" in err
    assert "transcripts=True" not in err
    assert main([str(path), "--jsonl", "-q", "--transcripts"]) == EXIT_OK
    assert _lines(capsys.readouterr().out)[0] == full


def test_a_long_line_cut_by_a_closed_pipe_is_reported() -> None:
    from newsstruct._cli import _WRITE_PIECE, _Output

    class Closing(io.StringIO):
        """A reader that goes away after the first piece."""

        def write(self, data: str) -> int:
            if self.tell() > 0:
                raise BrokenPipeError
            return super().write(data)

    output = _Output(Closing())
    with pytest.raises(BrokenPipeError):
        output.write(["x" * (3 * _WRITE_PIECE)])
    # negative: a short line is written whole at once
    stream = io.StringIO()
    _Output(stream).write(['{"a": 1}'])
    assert stream.getvalue() == '{"a": 1}\n'
