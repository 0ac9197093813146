"""The bad-input battery on the real pipeline, end to end through ``claims extract``: inputs that are
processed (perhaps with a warning in ``document.warnings``), and batches that mix them with bad ones.

Every output record validates against the schema and every span indexes the text the document's offsets
refer to. The inputs that never reach the model are in tests/test_bad_inputs.py. The articles here are
written for these tests (generated from templates), not copied from evaluation data.
"""

from __future__ import annotations

import codecs
import hashlib
import json
from dataclasses import replace
from itertools import cycle, islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from typer.testing import CliRunner, Result

from claims import cli, extraction, serialize

from .spans import assert_spans_index

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.language import Language

pytestmark = pytest.mark.model

Record = dict[str, Any]

ARTICLE = (
    "The mayor of Port Alden said on Tuesday that the new ferry terminal would open in March. "
    "Opposition leader Dana Whitfield accused the harbor council of hiding the true cost of the project. "
    "The council denied that any figures had been withheld. "
    '"We have published every invoice," a council spokesman said.\n'
)

NAMES = ["Dana Whitfield", "Omar Reyes", "Ingrid Solberg", "Kwame Mensah", "Lucia Ferraro", "Tomas Novak"]
BODIES = [
    "the harbor council",
    "the water board",
    "Northfield Mining",
    "the transport ministry",
    "Calder Bank",
]
THINGS = ["the ferry terminal", "the bypass", "the new school", "the dam repairs", "the tram line"]


def paragraphs() -> Iterator[str]:
    """Endless news paragraphs with reported speech, accusations and denials (templates written here)."""
    for n, (name, body, thing) in enumerate(zip(cycle(NAMES), cycle(BODIES), cycle(THINGS), strict=False)):
        yield (
            f"{name} said on Monday that {thing} would cost {n % 90 + 10} million dollars more than planned. "
            f"{name} accused {body} of hiding the true cost of {thing}. "
            f"{body[0].upper()}{body[1:]} denied that any figures had been withheld. "
            f'"We have published every invoice," a spokesman for {body} told reporters in paragraph {n}.'
        )


def article_of(chars: int, separator: str = "\n\n") -> str:
    """An article of exactly ``chars`` characters, paragraphs joined by ``separator``."""
    pieces: list[str] = []
    size = 0
    for paragraph in paragraphs():
        pieces.append(paragraph)
        size += len(paragraph) + len(separator)
        if size >= chars:
            break
    text = separator.join(pieces)[:chars]
    return text.rstrip() + "." * (chars - len(text.rstrip()))


@pytest.fixture(autouse=True)
def shared_pipeline(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI reuses the session's pipeline instead of loading its own."""
    monkeypatch.setattr(extraction, "default_pipeline", lambda: nlp)
    monkeypatch.setattr(extraction, "load_pipeline", lambda model=None: nlp)


def run(*args: str | Path, input: bytes | None = None) -> Result:
    return CliRunner().invoke(cli.app, ["extract", *map(str, args)], input=input)


def records_of(result: Result) -> list[Record]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def check_document(record: Record, text: str) -> None:
    """A processed document: it validates, its offsets index ``text`` (claims with their fragments,
    sources and what they resolve to, cues, targets, evidence spans; skipped spans), claim ids are unique
    and every parent / responds_to names a claim of the document."""
    serialize.validate(record)
    assert "error" not in record, record.get("error")
    assert record["document"]["chars"] == len(text)
    assert record["document"]["sha256"] == hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert_spans_index(record, text)
    ids = [claim["id"] for claim in record["claims"]]
    assert len(ids) == len(set(ids)), "claim ids are not unique"
    for claim in record["claims"]:
        for ref in (claim["parent"], claim["responds_to"]):
            assert ref is None or ref in ids, (claim["id"], ref)


# --------------------------------------------------------------------------------------------------------
# processed inputs


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    plain, bom = tmp_path / "plain.txt", tmp_path / "bom.txt"
    plain.write_bytes(ARTICLE.encode("utf-8"))
    bom.write_bytes(codecs.BOM_UTF8 + ARTICLE.encode("utf-8"))
    result = run(bom)
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    record = json.loads(result.stdout)
    check_document(record, ARTICLE)  # offsets index the text after the BOM
    assert "warnings" not in record["document"]
    assert record["claims"] == json.loads(run(plain).stdout)["claims"]


QUOTES = {
    "unclosed": '"We have published every invoice, a council spokesman said. The mayor said nothing.',
    "stray-closer": "The mayor said the plan would work.\u201d Then the council denied it.",
    "mixed": "\u201cWe will appeal,' the lawyer said. \u2018It was never approved,\u201d she added "
    "\u00bbtoday\u00ab.",
    "nested-unbalanced": '"The minister said \u2018the deal is off," officials said, and "then left.',
    "only-quotes": '"""\u201c\u201d\u2018\u2019\'\'\u00ab\u00bb\u201e"',
    "apostrophes": "The firm's chief said the workers' claims were 'baseless and the union's 'lies.",
}


def test_unbalanced_and_mixed_quote_marks(tmp_path: Path) -> None:
    path = tmp_path / "quotes.jsonl"
    path.write_text("".join(json.dumps({"id": k, "text": v}) + "\n" for k, v in QUOTES.items()), "utf-8")
    result = run(path)
    assert result.exit_code == 0, result.output
    records = records_of(result)
    assert [r["document"]["id"] for r in records] == list(QUOTES)
    for record in records:
        check_document(record, QUOTES[record["document"]["id"]])
    assert any(r["claims"] for r in records)


HTML = """<!DOCTYPE html>
<html><head><title>Ferry terminal</title>
<style>p { color: red; } .STYLE_MARKER::after { content: "The mayor said STYLE_MARKER."; }</style>
<script>var note = "The council said SCRIPT_MARKER";
document.write("<p>The spokesman said SCRIPT_MARKER.</p>");</script>
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Ferry terminal to open in March</h1>
<p>The mayor of Port Alden said on Tuesday that the new ferry terminal would open in March.</p>
<p>Opposition leader Dana Whitfield accused the harbor council of hiding the true cost of the project.</p>
<script>console.log("The editor said SCRIPT_MARKER");</script>
<p>The council denied that any figures had been withheld.</p>
</article>
<noscript>The browser said NOSCRIPT_MARKER.</noscript>
</body></html>
"""


def test_html_with_scripts_and_styles(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(HTML, encoding="utf-8")
    result = run(path)
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    document = record["document"]
    assert document["media_type"] == "text/html"
    text = document["text"]
    for marker in ("SCRIPT_MARKER", "STYLE_MARKER", "NOSCRIPT_MARKER", "color: red"):
        assert marker not in text
    check_document(record, text)
    assert {c["label"] for c in record["claims"]} >= {"accusation", "denial"}


NON_ENGLISH = {
    "fr": "Le maire de Port Alden a déclaré mardi que le nouveau terminal des ferries ouvrirait en mars. "
    "La cheffe de l'opposition accuse le conseil portuaire de cacher le vrai coût du projet. "
    "Le conseil a démenti avoir caché des chiffres.",
    "de": "Der Bürgermeister von Port Alden sagte am Dienstag, das neue Fährterminal werde im März eröffnet. "
    "Die Oppositionsführerin wirft dem Hafenrat vor, die wahren Kosten des Projekts zu verschweigen. "
    "Der Rat bestritt, Zahlen zurückgehalten zu haben.",
    "ru": "Мэр Порт-Алдена заявил во вторник, что новый паромный терминал откроется в марте. "
    "Лидер оппозиции обвинила портовый совет в сокрытии реальной стоимости проекта.",
    "zh": "波特奥尔登市长周二表示,新的渡轮码头将于三月开放。反对派领袖指责港口委员会隐瞒了项目的真实成本。"
    "委员会否认隐瞒了任何数字。市长说,码头的建设费用比原计划高出一千万美元,但工程将按时完成。",
}


def test_non_english_text_is_processed_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "world.jsonl"
    docs = {**NON_ENGLISH, "en": ARTICLE}
    path.write_text("".join(json.dumps({"id": k, "text": v}) + "\n" for k, v in docs.items()), "utf-8")
    result = run(path)
    assert result.exit_code == 0, result.output
    records = records_of(result)
    assert [r["document"]["id"] for r in records] == list(docs)
    for record in records:
        check_document(record, docs[record["document"]["id"]])
    for record in records[:-1]:
        [warning] = record["document"]["warnings"]
        assert warning.startswith("not English? expected "), warning
        assert warning.endswith("claims is built for English news: expect missed or mislabelled claims")
    assert "warnings" not in records[-1]["document"]
    lines = result.stderr.splitlines()
    assert [line.split(": ")[2] for line in lines[:-1]] == [f"{path}:{n}" for n in range(1, 5)]
    assert all(line.startswith("claims: warning: ") for line in lines[:-1])
    assert lines[-1].startswith("claims: 5 documents, ") and lines[-1].endswith(", 4 documents with warnings")


def test_nul_and_control_characters_inside_jsonl_text(tmp_path: Path) -> None:
    text = "The mayor\x00 said the\x07 plan \x1b[31mwould work\x00. The council\x0c denied it.\x7f"
    path = tmp_path / "controls.jsonl"
    path.write_text(json.dumps({"id": "ctl", "text": text}) + "\n", encoding="utf-8")
    result = run(path)
    assert result.exit_code == 0, result.output
    check_document(json.loads(result.stdout), text)


def test_jsonl_bad_lines_among_good_ones(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    lines = [
        json.dumps({"id": "good-1", "text": ARTICLE}),
        '{"id": "cut", "text": "The mayor said',
        json.dumps({"id": "no-text", "body": ARTICLE}),
        json.dumps({"id": "good-2", "text": "The council denied the report, a spokesman said."}),
        json.dumps({"id": "blank", "text": " \n "}),
        json.dumps({"id": "list", "text": ["The mayor said so."]}),
        json.dumps({"text": "Police said the road was closed."}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run(path)
    assert result.exit_code == 1, result.output
    records = records_of(result)
    assert [(r["document"]["id"], r.get("error", {}).get("kind")) for r in records] == [
        ("good-1", None),
        (f"{path}:2", "jsonl"),
        ("no-text", "jsonl"),
        ("good-2", None),
        ("blank", "empty"),
        ("list", "jsonl"),
        ("mixed:7", None),
    ]
    for record in records:
        serialize.validate(record)
    assert all(records[i]["claims"] for i in (0, 3, 6))
    assert result.stderr.splitlines()[-1].startswith("claims: 7 documents, ")
    assert result.stderr.splitlines()[-1].endswith(" claims, 4 errors (empty: 1, jsonl: 3)")


# --------------------------------------------------------------------------------------------------------
# long documents


def test_split_document_gives_the_claims_of_the_whole(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    """Analysed in parts, a text gives the claims of the text analysed whole (same spans, ids, labels and
    links), except what crosses a part boundary: here a source that the whole text resolves to a mention
    in an earlier part is unresolved."""
    text = "\n\n".join([ARTICLE.strip()] * 3 + list(islice(paragraphs(), 6)))
    whole = extraction.extract(text, nlp=nlp)
    monkeypatch.setattr(nlp, "max_length", 800)
    split = extraction.extract(text, nlp=nlp)
    assert len(split.document.warnings) == 1 and "so it was analysed in 5 parts" in split.document.warnings[0]
    part_starts = [start for start, _ in extraction.split_text(text, 800)]
    assert len(split.claims) == len(whole.claims) > 20
    crossing = 0
    for one, parts in zip(whole.claims, split.claims, strict=True):
        if one != parts:
            assert one.source is not None and one.source.resolved is not None, (one, parts)
            part = max(s for s in part_starts if s <= one.start)
            assert one.source.resolved.start < part, "only a link into an earlier part may be lost"
            assert replace(one, source=replace(one.source, resolved=None)) == parts
            crossing += 1
    assert crossing <= 3
    assert split.skipped == whole.skipped
    assert any(c.responds_to for c in split.claims)


def test_200kb_single_line(tmp_path: Path) -> None:
    text = article_of(200_000, separator=" ")
    assert "\n" not in text
    path = tmp_path / "one-line.txt"
    path.write_text(text, encoding="utf-8")
    result = run(path)
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    check_document(record, text)
    assert record["document"]["warnings"] == [
        "long text: 200,000 characters, more than the 100,000 analysed at once, so it was analysed in 3 "
        "parts cut at paragraph boundaries (else line breaks, sentence ends, spaces); offsets index the "
        "whole text, but a pronoun, a quote or a denial is not linked to a claim in another part"
    ]
    assert max(c["start"] for c in record["claims"]) > 190_000  # claims from the last part too
    assert result.stderr.splitlines() == [f"claims: warning: {path}: {record['document']['warnings'][0]}"]


def test_5mb_article(tmp_path: Path) -> None:
    """Five times spaCy's max_length: processed in parts (two processes), not rejected. The slowest test
    of the suite (about 200 s of CPU with en_core_web_sm): the parse cannot be avoided."""
    text = article_of(5_000_000)
    path = tmp_path / "huge.txt"
    path.write_text(text, encoding="utf-8")
    out = tmp_path / "huge.json"
    result = run(path, "-o", out, "--n-process", "2")
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8"))
    check_document(record, text)
    [warning] = record["document"]["warnings"]
    assert warning.startswith("long text: 5,000,000 characters, more than the 100,000 analysed at once")
    starts = [c["start"] for c in record["claims"]]
    assert min(starts) < 1_000 and max(starts) > 4_990_000  # claims from the first and the last part
    assert len(starts) > 10_000  # each paragraph (about 330 characters) holds several claims


# --------------------------------------------------------------------------------------------------------
# streaming


def test_batch_of_everything_in_two_processes_is_the_one_process_output(tmp_path: Path) -> None:
    """A mixed batch gives one record per input in input order, the same bytes with --n-process 2 and
    small batches as in one process."""
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b-empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "c.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "d-latin1.txt").write_bytes("Café owner José said it was closed.".encode("latin-1"))
    (tmp_path / "e.jsonl").write_text(
        "".join(json.dumps({"id": f"p{n}", "text": p}) + "\n" for n, p in enumerate(islice(paragraphs(), 9)))
        + "{broken\n"
        + json.dumps({"id": "fr", "text": NON_ENGLISH["fr"]})
        + "\n",
        encoding="utf-8",
    )
    (tmp_path / "f-long.txt").write_text(article_of(120_000), encoding="utf-8")
    one = run(tmp_path, "--batch-size", "4")
    two = run(tmp_path, "--batch-size", "3", "--n-process", "2")
    assert one.exit_code == two.exit_code == 1, one.output
    assert one.stdout_bytes == two.stdout_bytes
    records = records_of(one)
    assert len(records) == 16
    kinds = [r.get("error", {}).get("kind") for r in records]
    assert kinds == [None, "empty", None, "encoding", *[None] * 9, "jsonl", None, None]
    assert one.stderr.splitlines()[-1].startswith("claims: 16 documents, ")
    assert one.stderr.splitlines()[-1].endswith(
        " claims, 3 errors (empty: 1, encoding: 1, jsonl: 1), 2 documents with warnings"
    )
