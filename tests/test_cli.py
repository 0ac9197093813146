"""Tests of the ``claims`` command line that need no spaCy model.

Extraction itself is replaced by fakes here (``claims.extraction.extract_many`` and the pipeline loaders are
monkeypatched); tests/model/test_cli_model.py runs the real pipeline.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

import claims
from claims import cli, extraction, serialize
from claims.errors import InputError
from claims.text import InputDocument
from claims.types import Document, DocumentInfo, ErrorRecord, Generator

COMMANDS = ("extract", "validate", "schema", "evaluate")
SHA = "0" * 64

Record = dict[str, Any]


def run(*args: str | Path, input: str | bytes | None = None) -> Result:
    return CliRunner().invoke(cli.app, [str(a) for a in args], input=input)


def run_module(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """``python -m claims ARGS`` in a fresh interpreter."""
    return subprocess.run(
        [sys.executable, "-m", "claims", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        timeout=120,
    )


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("claims: error:")]


def assert_one_line_error(stderr: str, *needles: str) -> None:
    """stderr is exactly one line, a ``claims: error:`` message containing every needle, no traceback."""
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("claims: error: "), stderr
    assert "Traceback" not in stderr
    for needle in needles:
        assert needle in lines[0], (needle, stderr)


# --------------------------------------------------------------------------------------------------------
# A valid claims record, written by hand from claims/schemas/claims.schema.json


def valid_record(doc_id: str = "doc-1") -> Record:
    text = "The minister said the plan would work."
    return {
        "schema_version": "1.0",
        "document": {
            "id": doc_id,
            "sha256": SHA,
            "chars": len(text),
            "origin": None,
            "media_type": "text/plain",
        },
        "generator": {"name": "claims", "version": "0.1.0", "model": "en_test-0"},
        "claims": [
            {
                "id": "c0123456789",
                "text": "the plan would work",
                "start": 18,
                "end": 37,
                "label": "statement",
                "confidence": 0.8,
                "source": {
                    "text": "The minister",
                    "start": 0,
                    "end": 12,
                    "kind": "descriptor",
                    "resolved": None,
                },
                "cue": {"text": "said", "start": 13, "end": 17, "lemma": "say", "kind": "speech"},
                "targets": [],
                "parent": None,
                "responds_to": None,
                "evidence": [{"kind": "cue_lemma", "value": "say"}],
            }
        ],
        "skipped": [],
    }


def bad_record() -> Record:
    record = valid_record("doc-bad")
    record["claims"][0]["label"] = "rumour"
    return record


def test_hand_made_records_are_what_the_tests_assume() -> None:
    assert serialize.schema_errors(valid_record()) == []
    assert any(error.startswith("$.claims[0].label:") for error in serialize.schema_errors(bad_record()))


# --------------------------------------------------------------------------------------------------------
# Help, version, start-up


def test_help_lists_every_command() -> None:
    result = run("--help")
    assert result.exit_code == 0, result.output
    for command in COMMANDS:
        assert command in result.stdout
    assert "Exit codes" in result.stdout


@pytest.mark.parametrize("command", COMMANDS)
def test_each_command_has_help(command: str) -> None:
    result = run(command, "--help")
    assert result.exit_code == 0, result.output
    assert f"claims {command}" in result.stdout or f"{command} [OPTIONS]" in result.stdout
    assert "Exit codes" in result.stdout


def test_extract_help_documents_the_options() -> None:
    result = run("extract", "--help")
    for option in (
        "--output",
        "--format",
        "--model",
        "--text-key",
        "--id-key",
        "--batch-size",
        "--n-process",
    ):
        assert option in result.stdout


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"claims {claims.__version__}"


def test_python_dash_m_claims() -> None:
    proc = run_module("--help")
    assert proc.returncode == 0, proc.stderr
    assert "Usage: claims" in proc.stdout
    for command in COMMANDS:
        assert command in proc.stdout


def test_no_command_is_a_usage_error() -> None:
    assert run().exit_code == 2
    assert run("no-such-command").exit_code == 2


def test_importing_the_cli_loads_no_heavy_module() -> None:
    code = (
        "import sys, claims.cli; "
        "print(','.join(m for m in ('spacy', 'jsonschema', 'claims.extraction') if m in sys.modules))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == ""


# --------------------------------------------------------------------------------------------------------
# schema


def test_schema_prints_the_schema_in_file_order() -> None:
    result = run("schema")
    assert result.exit_code == 0
    printed = json.loads(result.stdout)
    assert printed == serialize.schema()
    assert list(printed) == list(serialize.schema())
    assert list(printed["$defs"]) == list(serialize.schema()["$defs"])
    assert result.stdout.startswith('{\n  "$schema"')  # pretty, indent 2


# --------------------------------------------------------------------------------------------------------
# validate


def test_validate_good_json_record(tmp_path: Path) -> None:
    path = tmp_path / "good.json"
    path.write_text(json.dumps(valid_record(), indent=2), encoding="utf-8")
    result = run("validate", path)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert result.stderr.strip() == f"{path}: 1 record valid"


def test_validate_good_jsonl_and_stdin(tmp_path: Path) -> None:
    lines = "".join(json.dumps(valid_record(f"d{i}")) + "\n" for i in range(3))
    path = tmp_path / "good.jsonl"
    path.write_text(lines, encoding="utf-8")
    assert run("validate", path).exit_code == 0
    result = run("validate", "-", input=lines)
    assert result.exit_code == 0, result.output
    assert result.stderr.strip() == "<stdin>: 3 records valid"


def test_validate_bad_record_names_the_json_path(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bad_record()), encoding="utf-8")
    result = run("validate", path)
    assert result.exit_code == 1
    assert result.stdout.startswith(f"{path}:1: $.claims[0].label: ")
    assert "rumour" in result.stdout
    assert "Traceback" not in result.output


def test_validate_jsonl_reports_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_text(
        json.dumps(valid_record()) + "\n\n" + json.dumps(bad_record()) + "\n" + "{not json\n",
        encoding="utf-8",
    )
    result = run("validate", path)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"{path}:3: $.claims[0].label: ")
    assert lines[1].startswith(f"{path}:4: invalid JSON")
    assert len(lines) == 2
    assert result.stderr.strip() == f"{path}: 2 of 3 records invalid"


def test_validate_json_array_reports_record_numbers(tmp_path: Path) -> None:
    path = tmp_path / "array.json"
    path.write_text(json.dumps([valid_record(), bad_record(), valid_record()], indent=2), encoding="utf-8")
    result = run("validate", path)
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        line for line in result.stdout.splitlines() if line.startswith(f"{path}:2:")
    ]
    assert result.stdout


def test_validate_error_record_is_valid(tmp_path: Path) -> None:
    record = serialize.to_dict(ErrorRecord("x.txt", "missing", "x.txt: not found", origin="x.txt"))
    path = tmp_path / "error.json"
    path.write_text(json.dumps(record), encoding="utf-8")
    assert run("validate", path).exit_code == 0


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        ("this is not JSON at all\nnor is this\n", "invalid JSON"),
        ('{\n  "schema_version": "1.0",\n  "document": \n', "invalid JSON"),
        ("", "empty file"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        ("[]", "empty JSON array"),
    ],
)
def test_validate_unparseable_input_is_one_line(tmp_path: Path, content: str | bytes, needle: str) -> None:
    path = tmp_path / "input.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    result = run("validate", path)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert_one_line_error(result.stderr, str(path), needle)


def test_validate_missing_file(tmp_path: Path) -> None:
    result = run("validate", tmp_path / "nowhere.json")
    assert result.exit_code == 1
    assert_one_line_error(result.stderr, "nowhere.json", "found nothing")


# --------------------------------------------------------------------------------------------------------
# evaluate

GOLD_TEXT = "The minister said the plan would work. Critics accused him of lying."


def span(text: str, piece: str) -> Record:
    start = text.index(piece)
    return {"start": start, "end": start + len(piece), "text": piece}


def write_jsonl(path: Path, records: Iterable[Record]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture
def eval_files(tmp_path: Path) -> tuple[Path, Path]:
    t = GOLD_TEXT
    gold = {
        "id": "d1",
        "text": t,
        "attributions": [
            {"id": "a1", "source": span(t, "The minister"), "cue": span(t, "said"),
             "content": span(t, "the plan would work")},
            {"id": "a2", "source": span(t, "Critics"), "cue": span(t, "accused"),
             "content": span(t, "him of lying")},
        ],
    }  # fmt: skip
    found = {
        "id": "c0000000001",
        **span(t, "the plan would work"),
        "label": "statement",
        "source": span(t, "The minister"),
        "cue": span(t, "said"),
    }
    pred = {"schema_version": "1.0", "document": {"id": "d1"}, "claims": [found]}
    return write_jsonl(tmp_path / "gold.jsonl", [gold]), write_jsonl(tmp_path / "pred.jsonl", [pred])


def test_evaluate_table(eval_files: tuple[Path, Path]) -> None:
    result = run("evaluate", *eval_files)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert [line.split()[0] for line in lines[:6]] == list(
        ("attr", "source_exact", "source_overlap", "cue_overlap", "content_overlap", "content_exact")
    )
    assert lines[0].split() == ["attr", "P", "1.000", "R", "0.500", "F1", "0.667"]
    assert lines[6].startswith("counts {")
    assert "errors by kind" not in result.stdout


def test_evaluate_json(eval_files: tuple[Path, Path]) -> None:
    result = run("evaluate", *eval_files, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["attr"] == pytest.approx([1.0, 0.5, 2 / 3])
    assert data["counts"]["ngold"] == 2
    assert "errors" not in data
    with_errors = json.loads(run("evaluate", *eval_files, "--json", "--errors").stdout)
    assert [e["kind"] for e in with_errors["errors"]] == ["missed"]


def test_evaluate_errors_listing(eval_files: tuple[Path, Path]) -> None:
    result = run("evaluate", *eval_files, "--errors")
    assert result.exit_code == 0, result.output
    assert "errors by kind:" in result.stdout
    assert "missed (1):" in result.stdout
    assert "him of lying" in result.stdout
    limited = run("evaluate", *eval_files, "--errors-limit", "0")
    assert "missed (1):" in limited.stdout
    assert "... 1 more" in limited.stdout


def test_evaluate_speech_option(eval_files: tuple[Path, Path]) -> None:
    result = run("evaluate", *eval_files, "--speech", "--json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["counts"]["ngold"] == 2  # both cues are speech cues


@pytest.mark.parametrize("which", ["gold", "pred"])
def test_evaluate_malformed_file_is_one_line(eval_files: tuple[Path, Path], which: str) -> None:
    gold, pred = eval_files
    broken = gold if which == "gold" else pred
    broken.write_text(broken.read_text(encoding="utf-8") + "{oops\n", encoding="utf-8")
    result = run("evaluate", gold, pred)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert_one_line_error(result.stderr, str(broken), "line 2")


def test_evaluate_missing_file(eval_files: tuple[Path, Path], tmp_path: Path) -> None:
    result = run("evaluate", eval_files[0], tmp_path / "nope.jsonl")
    assert result.exit_code == 1
    assert_one_line_error(result.stderr, "nope.jsonl")


# --------------------------------------------------------------------------------------------------------
# extract, without a model: inputs that are all bad never load spaCy; extraction is faked otherwise


@pytest.fixture
def no_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """Loading a pipeline fails the test (the CLI would turn the AssertionError into exit code 3)."""

    def forbidden(*_args: object, **_kwargs: object) -> Any:
        raise AssertionError("the CLI loaded a spaCy pipeline")

    monkeypatch.setattr(extraction, "load_pipeline", forbidden)
    monkeypatch.setattr(extraction, "default_pipeline", forbidden)


FAKE_PIPELINE = object()


def fake_document(item: InputDocument, claims_: tuple[Any, ...] = ()) -> Document:
    info = DocumentInfo(id=item.id, sha256=SHA, chars=len(item.text), origin=item.origin)
    return Document(document=info, generator=Generator("claims", claims.__version__, "fake"), claims=claims_)


@pytest.fixture
def fake_extraction(monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    """Extraction without spaCy: a document with no claims per good input. Returns the models loaded."""
    loaded: list[str | None] = []

    def load(model: str | None = None, **settings: Any) -> Any:
        assert set(settings) <= {"follow_on_quotes", "source_span", "nesting", "object_content"}, settings
        loaded.append(model)
        return FAKE_PIPELINE

    def extract_many(
        items: Iterable[InputDocument | InputError], *, nlp: Any, batch_size: int = 32, n_process: int = 1
    ) -> Iterator[Document | ErrorRecord]:
        assert nlp is FAKE_PIPELINE
        for item in items:
            yield extraction.error_record(item) if isinstance(item, InputError) else fake_document(item)

    monkeypatch.setattr(extraction, "load_pipeline", load)
    monkeypatch.setattr(extraction, "default_pipeline", lambda: load(None))
    monkeypatch.setattr(extraction, "extract_many", extract_many)
    return loaded


@pytest.mark.usefixtures("no_model")
def test_extract_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    result = run("extract", missing)
    assert result.exit_code == 1, result.output
    assert_one_line_error(result.stderr, str(missing))
    record = json.loads(result.stdout)  # one input: one pretty JSON object
    assert result.stdout.startswith("{\n  ")
    assert serialize.schema_errors(record) == []
    assert record["document"]["id"] == str(missing)
    assert record["error"]["kind"] == "missing"


@pytest.mark.usefixtures("no_model")
def test_extract_all_bad_inputs(tmp_path: Path) -> None:
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\x00\x00\x00\x0dIHDR")
    result = run("extract", tmp_path / "a.txt", binary)
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]  # several inputs: JSONL
    assert [r["error"]["kind"] for r in records] == ["missing", "binary"]
    errors = error_lines(result.stderr)
    assert len(errors) == 2
    assert str(tmp_path / "a.txt") in errors[0]
    assert str(binary) in errors[1]
    assert result.stderr.splitlines()[-1] == "claims: 2 documents, 0 claims, 2 errors (binary: 1, missing: 1)"


@pytest.mark.usefixtures("no_model")
def test_extract_json_array_and_jsonl_formats(tmp_path: Path) -> None:
    paths = [tmp_path / "a.txt", tmp_path / "b.txt"]
    array = json.loads(run("extract", *paths, "--format", "json").stdout)
    assert [r["document"]["id"] for r in array] == [str(p) for p in paths]
    single = run("extract", paths[0], "--format", "jsonl").stdout
    assert single.count("\n") == 1
    assert json.loads(single)["document"]["id"] == str(paths[0])


def test_extract_does_not_import_spacy_for_bad_inputs(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from claims.cli import main\n"
        "sys.argv = ['claims', 'extract', sys.argv[1]]\n"
        "try:\n"
        "    main()\n"
        "except SystemExit as exc:\n"
        "    sys.stderr.write(f'EXIT={exc.code} SPACY={\"spacy\" in sys.modules}\\n')\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "missing.txt")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.stderr.splitlines()[-1] == "EXIT=1 SPACY=False", proc.stderr


def test_extract_unknown_model_is_a_configuration_error(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("The minister said the plan would work.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    proc = run_module("extract", article, "--model", "no_such_pipeline_xyz", "-o", out)
    assert proc.returncode == 2, proc.stderr
    assert_one_line_error(proc.stderr, "no_such_pipeline_xyz", "not installed")
    assert proc.stdout == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["article.txt"]  # no output, no temporary file


def test_extract_bad_option_is_a_usage_error(tmp_path: Path) -> None:
    assert run("extract", tmp_path / "a.txt", "--format", "xml").exit_code == 2
    assert run("extract", tmp_path / "a.txt", "--batch-size", "0").exit_code == 2
    assert run("extract").exit_code == 2


def test_extract_with_fake_pipeline(tmp_path: Path, fake_extraction: list[str | None]) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Some article text.\n", encoding="utf-8")
    result = run("extract", good, tmp_path / "missing.txt", good, "--model", "my_model")
    assert result.exit_code == 1
    assert fake_extraction == ["my_model"]
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [("error" in r, r["document"]["id"]) for r in records] == [
        (False, str(good)),
        (True, str(tmp_path / "missing.txt")),
        (False, str(good)),
    ]
    assert len(error_lines(result.stderr)) == 1
    assert result.stderr.splitlines()[-1] == "claims: 3 documents, 0 claims, 1 error (missing: 1)"


def test_extract_single_good_document_exit_0(tmp_path: Path, fake_extraction: list[str | None]) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Some article text.\n", encoding="utf-8")
    result = run("extract", good)
    assert result.exit_code == 0, result.output
    assert fake_extraction == [None]
    assert result.stderr == ""
    assert json.loads(result.stdout)["document"]["id"] == str(good)


def test_extract_stdin(fake_extraction: list[str | None]) -> None:
    result = run("extract", "-", input="Some article text from a pipe.\n")
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["document"]["id"] == "stdin"
    assert record["document"]["chars"] == len("Some article text from a pipe.\n")


def test_extract_output_file(tmp_path: Path, fake_extraction: list[str | None]) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Some article text.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text("old content\n", encoding="utf-8")
    os.chmod(out, 0o640)
    result = run("extract", good, "-o", out)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    lines = out.read_text(encoding="utf-8").splitlines()  # .jsonl suffix: JSONL even for one document
    assert len(lines) == 1
    assert json.loads(lines[0])["document"]["id"] == str(good)
    assert out.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["good.txt", "out.jsonl"]


def test_extract_output_json_suffix_gives_array(tmp_path: Path, fake_extraction: list[str | None]) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Some article text.\n", encoding="utf-8")
    out = tmp_path / "out.json"
    assert run("extract", good, good, "-o", out).exit_code == 0
    assert len(json.loads(out.read_text(encoding="utf-8"))) == 2


@pytest.mark.usefixtures("no_model")
def test_extract_output_folder_missing(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Some article text.\n", encoding="utf-8")
    result = run("extract", good, "-o", tmp_path / "no" / "out.json")
    assert result.exit_code == 2  # checked before the model is loaded
    assert_one_line_error(result.stderr, "out.json", "create the folder")


def test_extract_invalid_output_is_a_bug(
    tmp_path: Path, fake_extraction: list[str | None], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(items: Iterable[InputDocument | InputError], **_kwargs: Any) -> Iterator[Document]:
        for item in items:
            assert isinstance(item, InputDocument)
            info = DocumentInfo(id=item.id, sha256="not a hash", chars=1, origin=item.origin)
            yield Document(document=info, generator=Generator("claims", "0", "fake"))

    monkeypatch.setattr(extraction, "extract_many", broken)
    good = tmp_path / "good.txt"
    good.write_text("Some article text.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run("extract", good, "-o", out)
    assert result.exit_code == 3
    assert_one_line_error(result.stderr, "internal error", f"document {str(good)!r}", "$.document.sha256")
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["good.txt"]


def test_extract_unexpected_exception_is_exit_3(
    tmp_path: Path, fake_extraction: list[str | None], monkeypatch: pytest.MonkeyPatch
) -> None:
    def crash(*_args: object, **_kwargs: object) -> Iterator[Document]:
        raise RuntimeError("boom")
        yield  # pragma: no cover

    monkeypatch.setattr(extraction, "extract_many", crash)
    good = tmp_path / "good.txt"
    good.write_text("Some article text.\n", encoding="utf-8")
    result = run("extract", good)
    assert result.exit_code == 3
    assert "Traceback" in result.stderr
    assert result.stderr.splitlines()[-1].startswith("claims: error: internal error: RuntimeError: boom")


def test_extract_progress_lines(
    tmp_path: Path, fake_extraction: list[str | None], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "PROGRESS_EVERY", 2)
    good = tmp_path / "good.txt"
    good.write_text("Some article text.\n", encoding="utf-8")
    result = run("extract", *[good] * 5)
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [
        "claims: 2 documents, 0 claims, 0 errors so far",
        "claims: 4 documents, 0 claims, 0 errors so far",
        "claims: 5 documents, 0 claims, 0 errors",
    ]


def test_extract_jsonl_input_with_keys(tmp_path: Path, fake_extraction: list[str | None]) -> None:
    source = tmp_path / "articles.jsonl"
    write_jsonl(source, [{"key": "a1", "body": "First article."}, {"key": "a2", "text": "wrong field"}])
    result = run("extract", source, "--text-key", "body", "--id-key", "key")
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["document"]["id"] for r in records] == ["a1", "a2"]
    assert records[1]["error"]["kind"] == "jsonl"
    assert error_lines(result.stderr)[0].startswith(f"claims: error: {source}:2: ")


def test_extract_document_crash_is_exit_3_and_the_batch_goes_on(
    tmp_path: Path, fake_extraction: list[str | None], monkeypatch: pytest.MonkeyPatch
) -> None:
    def one_crashes(
        items: Iterable[InputDocument | InputError], **_kwargs: Any
    ) -> Iterator[Document | ErrorRecord]:
        for number, item in enumerate(items):
            assert isinstance(item, InputDocument)
            if number == 0:
                yield extraction.error_record(ValueError("parser exploded"), item.id)
            else:
                yield fake_document(item)

    monkeypatch.setattr(extraction, "extract_many", one_crashes)
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    for path in (first, second):
        path.write_text("Some article text.\n", encoding="utf-8")
    result = run("extract", first, second)
    assert result.exit_code == 3
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r.get("error", {}).get("kind") for r in records] == ["internal", None]
    errors = error_lines(result.stderr)
    assert len(errors) == 1
    assert errors[0].startswith(f"claims: error: {first}: internal error")
    assert "parser exploded" in errors[0]
