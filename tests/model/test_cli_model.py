"""The ``claims extract`` command on the real spaCy pipeline (the session's ``nlp`` fixture, loaded once)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from typer.testing import CliRunner, Result

from claims import cli, extraction, serialize

from .spans import assert_spans_index

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.model

# Written for this test: a "said" attribution, an accusation, a denial and a quote.
ARTICLE = (
    "The mayor of Port Alden said on Tuesday that the new ferry terminal would open in March. "
    "Opposition leader Dana Whitfield accused the harbor council of hiding the true cost of the project. "
    "The council denied that any figures had been withheld. "
    '"We have published every invoice," a council spokesman said.\n'
)

Record = dict[str, Any]


@pytest.fixture(autouse=True)
def shared_pipeline(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI reuses the session's pipeline instead of loading its own."""
    monkeypatch.setattr(extraction, "default_pipeline", lambda: nlp)
    monkeypatch.setattr(extraction, "load_pipeline", lambda model=None: nlp)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def run(*args: str | Path, input: str | bytes | None = None) -> Result:
    return CliRunner().invoke(cli.app, [str(a) for a in args], input=input)


def test_extract_one_article(article: Path) -> None:
    result = run("extract", article)
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    record = json.loads(result.stdout)
    serialize.validate(record)
    assert record["document"]["id"] == str(article)
    assert record["claims"], "no claims found"
    assert any(claim["cue"] is not None for claim in record["claims"])
    assert_spans_index(record, ARTICLE)


def test_extract_batch_with_bad_inputs(article: Path, tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"%PDF-1.7\n\x00\x01\x02\x03binary\x00stream")
    result = run("extract", article, missing, binary)
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["document"]["id"] for r in records] == [str(article), str(missing), str(binary)]
    for record in records:
        serialize.validate(record)
    assert "error" not in records[0]
    assert records[0]["claims"]
    assert [r["error"]["kind"] for r in records[1:]] == ["missing", "binary"]
    errors = [line for line in result.stderr.splitlines() if line.startswith("claims: error:")]
    assert len(errors) == 2
    assert str(missing) in errors[0]
    assert str(binary) in errors[1]
    assert result.stderr.splitlines()[-1].startswith("claims: 3 documents, ")


def test_extract_output_file(article: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = run("extract", article, "-o", out)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    serialize.validate(record)
    assert_spans_index(record, ARTICLE)


def test_extract_stdin(article: Path) -> None:
    result = run("extract", "-", input=ARTICLE.encode("utf-8"))
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    serialize.validate(record)
    assert record["document"]["id"] == "stdin"
    from_file = json.loads(run("extract", article).stdout)
    assert record["claims"] == from_file["claims"]


def test_extract_is_deterministic(article: Path, tmp_path: Path) -> None:
    second = tmp_path / "second.txt"
    second.write_text("The council denied the report on Friday, a spokesman said.\n", encoding="utf-8")
    first_run = run("extract", article, second)
    second_run = run("extract", article, second)
    assert first_run.exit_code == second_run.exit_code == 0
    assert first_run.stdout_bytes == second_run.stdout_bytes
    assert len(first_run.stdout_bytes.splitlines()) == 2
