"""The bad-input battery, end to end through ``claims extract``, for the inputs that never reach the model.

Each bad input gives exactly one output record, an error record that validates against the schema, and
one line on stderr that names the input, says what was expected and found, and what to do; the pipeline is
never loaded (a test fails if it is). The inputs that are processed (a BOM, long texts, odd quotes, HTML,
non-English text, good JSONL lines among bad ones) are in tests/model/test_bad_inputs_model.py.

The small files live in tests/data/bad/; the others are written here.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from claims import cli, extraction, serialize

BAD = Path(__file__).resolve().parent / "data" / "bad"
Record = dict[str, Any]


@pytest.fixture(autouse=True)
def no_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """Loading a pipeline fails the test (the CLI would turn the AssertionError into exit code 3)."""

    def forbidden(*_args: object, **_kwargs: object) -> Any:
        raise AssertionError("the CLI loaded a spaCy pipeline for inputs that are all bad")

    monkeypatch.setattr(extraction, "load_pipeline", forbidden)
    monkeypatch.setattr(extraction, "default_pipeline", forbidden)


def run(*args: str | Path, input: bytes | None = None) -> Result:
    return CliRunner().invoke(cli.app, ["extract", *map(str, args)], input=input)


def one_error(result: Result, origin: str) -> tuple[Record, str]:
    """The run failed on its one input: exit 1, one pretty JSON error record that validates, one stderr line
    ``claims: error: ORIGIN: ...``. Returns the record and the message."""
    assert result.exit_code == 1, result.output
    record = json.loads(result.stdout)
    assert serialize.schema_errors(record) == []
    assert record["document"]["origin"] == origin
    [line] = result.stderr.splitlines()
    assert line.startswith(f"claims: error: {origin}: "), line
    assert record["error"]["message"] == line.removeprefix("claims: error: ")
    return record, record["error"]["message"]


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.txt"
    record, message = one_error(run(path), str(path))
    assert record["document"]["id"] == str(path)
    assert record["error"]["kind"] == "missing"
    assert message == (
        f"{path}: expected a text, HTML or JSONL file or a directory, found nothing at this path; "
        "check the path"
    )


def test_directory_without_text_files(tmp_path: Path) -> None:
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    record, message = one_error(run(tmp_path), str(tmp_path))
    assert record["error"]["kind"] == "empty"
    assert message == (
        f"{tmp_path}: expected input files in this directory, found none with a suffix among .txt, .text, "
        ".md, .html, .htm, .jsonl, .ndjson; pass the files themselves or give them one of these suffixes"
    )


def test_binary_file() -> None:
    path = BAD / "scan.txt"  # a PDF header and binary bytes
    record, message = one_error(run(path), str(path))
    assert record["error"]["kind"] == "binary"
    assert message == (
        f"{path}: expected UTF-8 text, found binary data (a NUL byte at byte offset 15); pass a text, HTML "
        "or JSONL file (extract the text of a PDF or Office file first)"
    )


def test_nul_bytes_in_text() -> None:
    path = BAD / "nul.txt"  # an article with a NUL byte in the middle
    data = path.read_bytes()
    record, message = one_error(run(path), str(path))
    assert record["error"]["kind"] == "binary"
    offset = data.index(b"\x00")
    assert f"found binary data (a NUL byte at byte offset {offset})" in message


def test_invalid_utf8() -> None:
    path = BAD / "invalid-utf8.txt"  # a UTF-8 article with one stray continuation byte
    data = path.read_bytes()
    record, message = one_error(run(path), str(path))
    assert record["error"]["kind"] == "encoding"
    offset = data.index(b"\x80")
    assert message.startswith(
        f"{path}: expected UTF-8 text, found the byte 0x80 at byte offset {offset} (line 2), which is not "
        "valid UTF-8; re-encode the input as UTF-8"
    ), message


def test_latin1_text() -> None:
    path = BAD / "latin1.txt"  # "Café owner José ..." in ISO-8859-1
    record, message = one_error(run(path), str(path))
    assert record["error"]["kind"] == "encoding"
    assert "found the byte 0xe9 at byte offset 3 (line 1)" in message
    assert f"e.g. iconv -f WINDOWS-1252 -t UTF-8 {path} > article.txt" in message


def test_utf16_text(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes("The mayor said the plan would work.".encode("utf-16"))
    record, message = one_error(run(path), str(path))
    assert record["error"]["kind"] == "encoding"
    assert "found UTF-16 text; re-encode it as UTF-8" in message


@pytest.mark.parametrize(
    ("content", "found"), [(b"", "an empty input (0 bytes)"), (b" \n\t\r\n  \n", "only whitespace")]
)
def test_empty_and_whitespace_only_text(tmp_path: Path, content: bytes, found: str) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(content)
    record, message = one_error(run(path), str(path))
    assert record["error"]["kind"] == "empty"
    assert message == f"{path}: expected article text, found {found}; pass an input that holds the article"


def test_empty_standard_input() -> None:
    record, _ = one_error(run("-", input=b"   \n"), "<stdin>")
    assert record["document"]["id"] == "stdin"
    assert record["error"]["kind"] == "empty"


def test_html_without_article_text(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text(
        "<!doctype html><html><head><style>p{}</style><script>var a = 1;</script></head><body></body></html>",
        encoding="utf-8",
    )
    record, message = one_error(run(path), str(path))
    assert record["error"]["kind"] == "empty"
    assert "found an HTML page from which no article text could be extracted" in message


def test_jsonl_with_bad_json_and_missing_keys() -> None:
    path = BAD / "records.jsonl"
    result = run(path)
    assert result.exit_code == 1, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    for record in records:
        assert serialize.schema_errors(record) == []
    got = [(r["document"]["id"], r["document"]["origin"], r["error"]["kind"]) for r in records]
    assert got == [
        (f"{path}:1", f"{path}:1", "jsonl"),  # cut-off JSON
        ("no-text", f"{path}:2", "jsonl"),  # no "text" field
        ("number", f"{path}:3", "jsonl"),  # "text" is a number
        ("blank", f"{path}:4", "empty"),  # "text" is whitespace
        (f"{path}:5", f"{path}:5", "jsonl"),  # a JSON array, not an object
        (f"{path}:7", f"{path}:7", "encoding"),  # not UTF-8 (line 6 is blank: no record)
    ]
    messages = [r["error"]["message"] for r in records]
    assert "expected one JSON object per line, found invalid JSON (Unterminated string" in messages[0]
    assert messages[0].endswith("; fix or remove the line")
    assert messages[1] == (
        f"{path}:2: expected the article text in the field 'text', found the fields 'id', 'body'; name the "
        "text field with --text-key"
    )
    assert "expected the field 'text' to be a string, found int" in messages[2]
    assert "found an empty 'text' field" in messages[3]
    assert "expected a JSON object, found a JSON list" in messages[4]
    assert "found the byte 0xe9" in messages[5]
    errors = [line for line in result.stderr.splitlines() if line.startswith("claims: error: ")]
    assert errors == [f"claims: error: {m}" for m in messages]
    assert (
        result.stderr.splitlines()[-1]
        == "claims: 6 documents, 0 claims, 6 errors (empty: 1, encoding: 1, jsonl: 4)"
    )


def test_every_bad_input_of_a_batch_gets_its_record_in_order(tmp_path: Path) -> None:
    empty = tmp_path / "empty.md"
    empty.write_bytes(b"")
    folder = tmp_path / "no-text"
    folder.mkdir()
    inputs = [
        tmp_path / "missing.txt",
        BAD / "scan.txt",
        BAD / "nul.txt",
        BAD / "invalid-utf8.txt",
        BAD / "latin1.txt",
        empty,
        folder,
        BAD / "records.jsonl",
    ]
    result = run(*inputs)
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert all(serialize.schema_errors(r) == [] for r in records)
    assert [r["document"]["origin"] for r in records] == [
        *(str(p) for p in inputs[:-1]),
        *(f"{BAD / 'records.jsonl'}:{n}" for n in (1, 2, 3, 4, 5, 7)),
    ]
    assert [r["error"]["kind"] for r in records[:7]] == [
        "missing",
        "binary",
        "binary",
        "encoding",
        "encoding",
        "empty",
        "empty",
    ]
    assert len([line for line in result.stderr.splitlines() if line.startswith("claims: error: ")]) == 13
    assert result.stderr.splitlines()[-1] == (
        "claims: 13 documents, 0 claims, 13 errors (binary: 2, empty: 3, encoding: 3, jsonl: 4, missing: 1)"
    )


def test_jsonl_with_lone_surrogate_escapes() -> None:
    """A JSON escape such as \\ud800 without its pair makes text that cannot be written as UTF-8."""
    path = BAD / "surrogates.jsonl"
    result = run(path)
    assert result.exit_code == 1, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert all(serialize.schema_errors(r) == [] for r in records)
    assert [(r["document"]["id"], r["error"]["kind"]) for r in records] == [
        ("lone", "encoding"),
        ("surrogates:2", "encoding"),  # the id itself cannot be written: the line's default id instead
    ]
    assert records[0]["error"]["message"] == (
        f"{path}:1: expected the field 'text' to be Unicode text, found a lone surrogate \\ud800 at "
        "character 15 (an unpaired \\u escape in JSON); fix the escape (a character beyond U+FFFF is a pair, "
        "e.g. \\ud83d\\ude00) or write the character itself in UTF-8"
    )
    message = records[1]["error"]["message"]
    assert (
        "expected the field 'id' to be Unicode text, found a lone surrogate \\udc00 at character 1" in message
    )
