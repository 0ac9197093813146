"""Streaming batch extraction without the spaCy model: splitting long texts and merging their parts
(:func:`claims.extraction.split_text`, :func:`claims.extraction.merge_parts`), the stream of
:func:`claims.extraction.extract_many` on a blank spaCy pipeline (order, laziness, a component that raises,
long documents), and ``claims extract`` writing as it goes and ``--resume``.

The model-backed side is in tests/model/test_bad_inputs_model.py.
"""

from __future__ import annotations

import io
import itertools
import json
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner, Result

import claims
from claims import cli, extraction, serialize
from claims.attribution import TextRange
from claims.build import claim_id
from claims.errors import InputError
from claims.extraction import merge_parts, split_text
from claims.text import InputDocument, language_warning, read_inputs, read_path
from claims.types import (
    Claim,
    Cue,
    CueKind,
    Document,
    DocumentInfo,
    ErrorRecord,
    Evidence,
    Generator,
    Label,
    Skipped,
    Source,
    SourceKind,
    Span,
)

if TYPE_CHECKING:
    from spacy.language import Language

SHA = "0" * 64
Record = dict[str, Any]


# --------------------------------------------------------------------------------------------------------
# split_text


def check_cover(text: str, parts: list[tuple[int, int]], max_chars: int) -> None:
    """The parts cover ``text`` exactly, in order, none empty, none longer than ``max_chars``."""
    if not text:
        assert parts == []
        return
    assert parts[0][0] == 0
    assert parts[-1][1] == len(text)
    for (_, end), (start, _) in itertools.pairwise(parts):
        assert end == start
    for start, end in parts:
        assert 0 < end - start <= max_chars, (start, end)
    assert "".join(text[s:e] for s, e in parts) == text


def test_split_short_and_empty_text() -> None:
    assert split_text("The mayor said so.", 100) == [(0, 18)]
    assert split_text("The mayor said so.", 18) == [(0, 18)]
    assert split_text("", 10) == []


def test_split_rejects_a_non_positive_length() -> None:
    with pytest.raises(ValueError, match="expected max_chars >= 1, found 0"):
        split_text("text", 0)


def test_split_prefers_the_last_blank_line() -> None:
    text = "First para.\n\nSecond para.\nstill second.\n\nThird para here. And more of it."
    parts = split_text(text, 45)
    check_cover(text, parts, 45)
    # the last blank line within 45 characters is the one after "still second."
    assert text[: parts[0][1]] == "First para.\n\nSecond para.\nstill second.\n\n"
    assert text[parts[1][0] :] == "Third para here. And more of it."


def test_split_falls_back_to_a_line_break() -> None:
    text = "line one\nline two\nline three is long"
    parts = split_text(text, 20)
    check_cover(text, parts, 20)
    assert text[: parts[0][1]] == "line one\nline two\n"


def test_split_falls_back_to_a_sentence_end() -> None:
    text = 'He said "no." She said yes. They left at noon'
    parts = split_text(text, 30)
    check_cover(text, parts, 30)
    assert text[: parts[0][1]] == 'He said "no." She said yes. '


def test_split_falls_back_to_a_space_then_a_hard_cut() -> None:
    text = "abc defghij klmnopqrstuvwxyz"
    parts = split_text(text, 10)
    check_cover(text, parts, 10)
    assert [text[s:e] for s, e in parts] == ["abc ", "defghij ", "klmnopqrst", "uvwxyz"]


def test_split_windows_line_breaks_and_unicode_separators_are_line_breaks() -> None:
    crlf = "First para.\r\n\r\nSecond para here."
    assert crlf[: split_text(crlf, 20)[0][1]] == "First para.\r\n\r\n"
    separator = "First line.\u2028Second line here"
    assert separator[: split_text(separator, 20)[0][1]] == "First line.\u2028"


def test_split_a_long_single_line_at_sentence_ends() -> None:
    sentence = "The minister said the budget would be balanced by next spring. "
    text = sentence * 4000  # about 250,000 characters, one line
    parts = split_text(text, 100_000)
    check_cover(text, parts, 100_000)
    assert len(parts) == 3
    assert all(text[s:e].endswith("spring. ") for s, e in parts[:-1])


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("ab .!?\n\r\t\"'\u2028\u00a0")), max_size=300),
    st.integers(min_value=1, max_value=60),
)
def test_split_always_covers_the_text(text: str, max_chars: int) -> None:
    check_cover(text, split_text(text, max_chars), max_chars)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(alphabet="abc .", min_size=1, max_size=30), min_size=1, max_size=20))
def test_split_cuts_only_after_blank_lines_when_paragraphs_fit(paragraphs: list[str]) -> None:
    text = "\n\n".join(paragraphs)
    parts = split_text(text, 40)
    check_cover(text, parts, 40)
    for _, end in parts[:-1]:
        assert re.search(r"\n\n\s*$", text[:end]), text[:end]


# --------------------------------------------------------------------------------------------------------
# the language check

ENGLISH = (
    "The mayor of Port Alden said on Tuesday that the new ferry terminal would open in March. Opposition "
    "leader Dana Whitfield accused the harbor council of hiding the true cost of the project."
)
FRENCH = (
    "Le maire de Port Alden a déclaré mardi que le nouveau terminal des ferries ouvrirait en mars. La cheffe "
    "de l'opposition accuse le conseil portuaire de cacher le vrai coût du projet."
)
GREEK = "Ο δήμαρχος του Πορτ Άλντεν δήλωσε την Τρίτη ότι ο νέος τερματικός σταθμός θα ανοίξει τον Μάρτιο."  # noqa: RUF001  (Greek omicrons are the point)


def test_language_warning_on_english_and_other_languages() -> None:
    assert language_warning(ENGLISH) is None
    assert language_warning(FRENCH) == (
        "not English? expected at least 8% of the words to be frequent English words (the, of, said ...), "
        "found 0%; claims is built for English news: expect missed or mislabelled claims"
    )
    assert language_warning(GREEK) == (
        "not English? expected mostly Latin letters (A-Z), found 0% of the letters are A-Z; claims is built "
        "for English news: expect missed or mislabelled claims"
    )


def test_language_warning_leaves_short_and_name_heavy_english_alone() -> None:
    assert language_warning("Le maire a déclaré.") is None  # too short to judge
    assert language_warning("Café owner José Núñez of Zürich said the Société Générale deal was off.") is None
    assert language_warning(ENGLISH + " " + GREEK[:40]) is None  # a quoted phrase in another script


# --------------------------------------------------------------------------------------------------------
# merge_parts


def rng(span: Span | Source | Cue | None) -> TextRange | None:
    return None if span is None else TextRange(span.start, span.end)


def part_claims(text: str) -> tuple[Claim, Claim]:
    """An accusation and a denial that answers it, nested-free, as the builder makes them for ``text``."""

    def span(piece: str) -> Span:
        start = text.index(piece)
        return Span(piece, start, start + len(piece))

    src, cue, content = span("Police"), span("accused"), span("the driver of speeding")
    accusation_id = claim_id(content.start, content.end, rng(cue), rng(src))
    accusation = Claim(
        id=accusation_id,
        text=content.text,
        start=content.start,
        end=content.end,
        label=Label.ACCUSATION,
        confidence=0.9,
        source=Source(src.text, src.start, src.end, SourceKind.ANONYMOUS, span("Police")),
        cue=Cue(cue.text, cue.start, cue.end, "accuse", CueKind.SPEECH),
        targets=(span("the driver"),),
        evidence=(Evidence("cue_lemma", "accuse", cue),),
    )
    dsrc, dcue, dcontent = span("He"), span("denied"), span("it")
    denial = Claim(
        id=claim_id(dcontent.start, dcontent.end, rng(dcue), rng(dsrc)),
        text=dcontent.text,
        start=dcontent.start,
        end=dcontent.end,
        label=Label.DENIAL,
        confidence=0.9,
        source=Source(dsrc.text, dsrc.start, dsrc.end, SourceKind.PRONOUN, span("the driver")),
        cue=Cue(dcue.text, dcue.start, dcue.end, "deny", CueKind.SPEECH),
        targets=(dcontent,),
        parent=None,
        responds_to=accusation_id,
        evidence=(Evidence("responds_to", accusation_id), Evidence("cue_lemma", "deny", dcue)),
        fragments=(span("He"), span("it")),
    )
    return accusation, denial


def all_spans(claim: Claim) -> list[Span]:
    spans = [Span(claim.text, claim.start, claim.end), *claim.targets, *claim.fragments]
    if claim.source is not None:
        spans.append(Span(claim.source.text, claim.source.start, claim.source.end))
        if claim.source.resolved is not None:
            spans.append(claim.source.resolved)
    if claim.cue is not None:
        spans.append(Span(claim.cue.text, claim.cue.start, claim.cue.end))
    spans.extend(e.span for e in claim.evidence if e.span is not None)
    return spans


def test_merge_moves_offsets_and_recomputes_ids() -> None:
    part = "Police accused the driver of speeding. He denied it.\n\n"
    text = part * 3
    offsets = [0, len(part), 2 * len(part)]
    skipped = (Skipped("He denied it.", part.index("He"), part.index("He") + 13, "test"),)
    claims_, skipped_out = merge_parts([(offset, part_claims(part), skipped) for offset in offsets])
    assert len(claims_) == 6
    assert len({c.id for c in claims_}) == 6
    for claim in claims_:
        for span in all_spans(claim):
            assert text[span.start : span.end] == span.text, (claim.id, span)
        assert claim.id == claim_id(claim.start, claim.end, rng(claim.cue), rng(claim.source))
    accusations = [c for c in claims_ if c.label is Label.ACCUSATION]
    denials = [c for c in claims_ if c.label is Label.DENIAL]
    # each denial answers the accusation of its own part, under the new id
    assert [d.responds_to for d in denials] == [a.id for a in accusations]
    assert [d.evidence[0] for d in denials] == [Evidence("responds_to", a.id) for a in accusations]
    assert [s.start for s in skipped_out] == [o + part.index("He") for o in offsets]
    assert all(text[s.start : s.end] == s.text for s in skipped_out)


def test_merge_of_one_part_at_offset_zero_changes_nothing() -> None:
    part = "Police accused the driver of speeding. He denied it."
    claims_ = part_claims(part)
    assert merge_parts([(0, claims_, ())]) == (tuple(sorted(claims_, key=lambda c: c.start)), ())


def test_merge_keeps_the_claim_order_of_the_builder() -> None:
    part = "Police accused the driver of speeding. He denied it."
    merged, _ = merge_parts([(0, part_claims(part)[::-1], ()), (100, part_claims(part), ())])
    assert [(c.start, -c.end) for c in merged] == sorted((c.start, -c.end) for c in merged)


# --------------------------------------------------------------------------------------------------------
# extract_many on a blank pipeline (a tokenizer only: no model needed; documents come out without claims)

BOOM = "BOOM"


def boom(doc: Any) -> Any:
    if BOOM in doc.text:
        raise RuntimeError("a component failed on this document")
    return doc


class Batching:
    """A component that, like spaCy's trained ones, takes its docs a batch at a time in ``pipe``."""

    def __call__(self, doc: Any) -> Any:
        return doc

    def pipe(self, docs: Iterable[Any], batch_size: int = 128) -> Iterator[Any]:
        from spacy.util import minibatch

        for batch in minibatch(docs, batch_size):
            yield from batch


def make_batching(nlp: Any, name: str) -> Batching:
    return Batching()


@pytest.fixture
def blank() -> Language:
    """A tokenizer, a batching component and one that raises on documents holding BOOM."""
    import spacy
    from spacy.language import Language

    import claims.component  # noqa: F401  (the doc extensions)

    if "claims_test_boom" not in Language.factories:
        Language.component("claims_test_boom", func=boom)
        Language.factory("claims_test_batching", func=make_batching)
    nlp = spacy.blank("en")
    nlp.add_pipe("claims_test_batching")
    nlp.add_pipe("claims_test_boom")
    return nlp


def doc_inputs(n: int, prefix: str = "d") -> list[InputDocument]:
    return [
        InputDocument(f"{prefix}{i}", f"The mayor said plan {i} would work.", f"{prefix}{i}.txt")
        for i in range(n)
    ]


def kinds(records: Iterable[Document | ErrorRecord]) -> list[tuple[str, str | None]]:
    return [(r.document_id, r.kind) if isinstance(r, ErrorRecord) else (r.document.id, None) for r in records]


def test_extract_many_keeps_order_with_bad_inputs_between(blank: Language) -> None:
    missing = InputError("gone.txt: missing", origin="gone.txt", kind="missing")
    blank_text = InputDocument("ws", "   \n ", "ws.txt")
    items: list[InputDocument | InputError] = [*doc_inputs(3), missing, blank_text, *doc_inputs(2, "e")]
    records = list(extraction.extract_many(items, nlp=blank, batch_size=2))
    assert kinds(records) == [
        ("d0", None),
        ("d1", None),
        ("d2", None),
        ("gone.txt", "missing"),
        ("ws", "empty"),
        ("e0", None),
        ("e1", None),
    ]
    empty = records[4]
    assert isinstance(empty, ErrorRecord)
    assert (
        empty.message
        == "ws.txt: expected article text, found only whitespace; pass an input that holds the article"
    )


def test_text_with_a_lone_surrogate_is_an_encoding_error(blank: Language) -> None:
    items = [InputDocument("s", "The mayor said \udc00 yes.", "s.txt"), *doc_inputs(1)]
    records = list(extraction.extract_many(items, nlp=blank))
    assert kinds(records) == [("s", "encoding"), ("d0", None)]
    with pytest.raises(InputError, match=r"found a lone surrogate \\udc00 at character 15"):
        extraction.extract("The mayor said \udc00 yes.", nlp=blank)


def test_extract_many_reads_inputs_as_it_goes(blank: Language) -> None:
    read = 0

    def many() -> Iterator[InputDocument]:
        nonlocal read
        for i in range(10_000):
            read += 1
            yield InputDocument(f"d{i}", "The mayor said the plan would work.", "stream")

    stream = extraction.extract_many(many(), nlp=blank, batch_size=8)
    first = list(itertools.islice(stream, 20))
    assert [r.document.id for r in first if isinstance(r, Document)] == [f"d{i}" for i in range(20)]
    assert read <= 20 + 2 * 8, f"expected at most a batch or two read ahead, found {read} inputs read"
    stream.close()


@pytest.mark.parametrize("n_process", [1, 2])
def test_a_component_that_raises_fails_only_its_document(blank: Language, n_process: int) -> None:
    items: list[InputDocument | InputError] = [*doc_inputs(3)]
    items.insert(2, InputDocument("bad", f"The mayor said {BOOM}.", "bad.txt"))
    items.extend(doc_inputs(4, "e"))
    records = list(extraction.extract_many(items, nlp=blank, batch_size=2, n_process=n_process))
    assert kinds(records) == [
        ("d0", None),
        ("d1", None),
        ("bad", "internal"),
        ("d2", None),
        *[(f"e{i}", None) for i in range(4)],
    ]
    failed = records[2]
    assert isinstance(failed, ErrorRecord)
    assert failed.message == "bad.txt: RuntimeError: a component failed on this document"


def test_a_long_document_is_analysed_in_parts(blank: Language) -> None:
    blank.max_length = 60
    paragraph = "The mayor said the plan would work."
    text = "\n\n".join([paragraph] * 5)
    items = [InputDocument("long", text, "long.txt"), *doc_inputs(2)]
    records = list(extraction.extract_many(items, nlp=blank, batch_size=4))
    assert kinds(records) == [("long", None), ("d0", None), ("d1", None)]
    long = records[0]
    assert isinstance(long, Document)
    assert long.document.chars == len(text)
    assert long.document.warnings == (
        f"long text: {len(text):,} characters, more than the 60 analysed at once, so it was analysed in 5 "
        "parts cut at paragraph boundaries (else line breaks, sentence ends, spaces); offsets index the "
        "whole text, but a pronoun, a quote or a denial is not linked to a claim in another part",
    )
    assert records[1].document.warnings == ()  # type: ignore[union-attr]


def test_extract_of_a_text_over_max_length_is_not_rejected(blank: Language) -> None:
    blank.max_length = 100
    text = "The mayor said the plan would work. " * 30
    document = extraction.extract(text, nlp=blank)
    assert document.document.chars == len(text)
    # 36 characters a sentence, two sentences to a part of at most 100 characters
    assert "analysed in 15 parts" in document.document.warnings[0]


def test_a_long_document_with_a_failing_part_is_one_error_record(blank: Language) -> None:
    blank.max_length = 50
    text = "The mayor said the plan would work.\n\nThe mayor said BOOM.\n\nThe end of it all."
    records = list(extraction.extract_many([InputDocument("long", text, "long.txt")], nlp=blank))
    assert kinds(records) == [("long", "internal")]


# --------------------------------------------------------------------------------------------------------
# reading: JSONL files are read line by line; JSONL on standard input


def test_jsonl_file_is_read_lazily(tmp_path: Path) -> None:
    path = tmp_path / "stream.jsonl"
    path.write_text(
        json.dumps({"id": "a", "text": "One."}) + "\n" + json.dumps({"id": "b", "text": "Two."}) + "\n"
    )
    items = read_path(str(path))
    first = next(items)
    assert isinstance(first, InputDocument) and first.id == "a"
    with path.open("a", encoding="utf-8") as fh:  # appended after reading began: read all the same
        fh.write(json.dumps({"id": "c", "text": "Three."}) + "\n")
    assert [i.id for i in items if isinstance(i, InputDocument)] == ["b", "c"]


def test_jsonl_file_with_a_nul_byte_up_front_is_binary(tmp_path: Path) -> None:
    path = tmp_path / "scan.jsonl"
    path.write_bytes(b'{"id": "a", "text": "x"}\n\x00\x01\x02')
    errors = [i for i in read_path(str(path)) if isinstance(i, InputError)]
    assert [e.kind for e in errors] == ["binary"]


def test_stdin_jsonl_is_a_stream_of_documents() -> None:
    lines = [
        json.dumps({"id": "n1", "text": "The mayor said yes."}),
        "",
        "{not json",
        json.dumps({"text": "The council said no."}),
    ]
    stdin = io.BytesIO(("\n".join(lines) + "\n").encode())
    items = list(read_inputs(["-"], stdin=stdin))
    assert [(type(i).__name__, i.origin) for i in items] == [
        ("InputDocument", "<stdin>:1"),
        ("DocumentInputError", "<stdin>:3"),
        ("InputDocument", "<stdin>:4"),
    ]
    assert [i.id for i in items if isinstance(i, InputDocument)] == ["n1", "stdin:4"]


def test_stdin_text_that_starts_with_a_brace_is_still_text() -> None:
    text = "{Breaking} The mayor said yes.\nMore text."
    [item] = list(read_inputs(["-"], stdin=io.BytesIO(text.encode())))
    assert isinstance(item, InputDocument)
    assert (item.id, item.text) == ("stdin", text)


# --------------------------------------------------------------------------------------------------------
# claims extract: writing as it goes, summary, --resume (extraction faked: no model)


def run(*args: str | Path, input: str | bytes | None = None) -> Result:
    return CliRunner().invoke(cli.app, [str(a) for a in args], input=input)


def fake_document(item: InputDocument, warnings: tuple[str, ...] = ()) -> Document:
    info = DocumentInfo(id=item.id, sha256=SHA, chars=len(item.text), origin=item.origin, warnings=warnings)
    return Document(document=info, generator=Generator("claims", claims.__version__, "fake"))


class FakeExtraction:
    """extract_many without spaCy: one empty document per good input; records the ids it was given."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self.interrupt_after: int | None = None
        self.before_each: list[Any] = []

    def __call__(
        self,
        items: Iterable[InputDocument | InputError],
        *,
        nlp: Any,
        batch_size: int = 32,
        n_process: int = 1,
    ) -> Iterator[Document | ErrorRecord]:
        for number, item in enumerate(items):
            if self.interrupt_after is not None and number == self.interrupt_after:
                raise KeyboardInterrupt
            for check in self.before_each:
                check(number)
            if isinstance(item, InputError):
                yield extraction.error_record(item)
            else:
                self.seen.append(item.id)
                yield fake_document(item)


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> FakeExtraction:
    fake = FakeExtraction()
    monkeypatch.setattr(extraction, "load_pipeline", lambda model=None: object())
    monkeypatch.setattr(extraction, "default_pipeline", lambda: object())
    monkeypatch.setattr(extraction, "extract_many", fake)
    return fake


def articles(tmp_path: Path, *names: str) -> list[Path]:
    paths = []
    for name in names:
        path = tmp_path / f"{name}.txt"
        path.write_text(f"The mayor of {name} said the plan would work.\n", encoding="utf-8")
        paths.append(path)
    return paths


def ids_in(path: Path) -> list[str]:
    return [json.loads(line)["document"]["id"] for line in path.read_text(encoding="utf-8").splitlines()]


def temp_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_extract_writes_each_record_before_the_next_is_made(tmp_path: Path, fake: FakeExtraction) -> None:
    inputs = articles(tmp_path, "a", "b", "c", "d")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "out.jsonl"

    def written_so_far(number: int) -> None:
        [tmp] = [p for p in out_dir.iterdir() if p.name.endswith(".tmp")]
        lines = tmp.read_text(encoding="utf-8").splitlines()
        assert len(lines) == number, (
            f"expected {number} records in the output before the next, found {len(lines)}"
        )

    fake.before_each.append(written_so_far)
    result = run("extract", *inputs, "-o", out)
    assert result.exit_code == 0, result.output
    assert ids_in(out) == [str(p) for p in inputs]
    assert temp_files(out_dir) == []


def test_summary_counts_documents_with_warnings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def warn_on_b(items: Iterable[InputDocument | InputError], **_: Any) -> Iterator[Document | ErrorRecord]:
        for item in items:
            assert isinstance(item, InputDocument)
            yield fake_document(item, ("not English? test warning",) if item.id.endswith("b.txt") else ())

    monkeypatch.setattr(extraction, "default_pipeline", lambda: object())
    monkeypatch.setattr(extraction, "extract_many", warn_on_b)
    a, b = articles(tmp_path, "a", "b")
    result = run("extract", a, b)
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [
        f"claims: warning: {b}: not English? test warning",
        "claims: 2 documents, 0 claims, 0 errors, 1 document with warnings",
    ]


def test_extract_reads_jsonl_from_stdin(fake: FakeExtraction) -> None:
    lines = [json.dumps({"id": f"s{i}", "text": f"The mayor said {i}."}) for i in range(3)]
    result = run("extract", "-", input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["document"]["id"] for line in result.stdout.splitlines()] == ["s0", "s1", "s2"]
    assert result.stderr.splitlines()[-1] == "claims: 3 documents, 0 claims, 0 errors"


def test_resume_skips_what_the_output_has(tmp_path: Path, fake: FakeExtraction) -> None:
    a, b, c = articles(tmp_path, "a", "b", "c")
    out = tmp_path / "out.jsonl"
    assert run("extract", a, b, "-o", out).exit_code == 0
    before = out.read_text(encoding="utf-8")
    fake.seen.clear()
    result = run("extract", a, b, c, "-o", out, "--resume")
    assert result.exit_code == 0, result.output
    assert fake.seen == [str(c)]
    assert ids_in(out) == [str(a), str(b), str(c)]
    assert out.read_text(encoding="utf-8").startswith(before)
    assert result.stderr.splitlines() == [
        f"claims: resumed {out}: kept its 2 records, skipped 2 input documents already there",
        "claims: 1 document, 0 claims, 0 errors",
    ]


def test_resume_counts_error_records_as_done(tmp_path: Path, fake: FakeExtraction) -> None:
    (a,) = articles(tmp_path, "a")
    missing = tmp_path / "missing.txt"
    out = tmp_path / "out.jsonl"
    assert run("extract", a, missing, "-o", out).exit_code == 1
    fake.seen.clear()
    result = run("extract", a, missing, "-o", out, "--resume")
    assert result.exit_code == 0, result.output
    assert fake.seen == []
    assert ids_in(out) == [str(a), str(missing)]
    assert "skipped 2 input documents already there" in result.stderr


def test_resume_drops_a_cut_off_last_line(tmp_path: Path, fake: FakeExtraction) -> None:
    a, b, c = articles(tmp_path, "a", "b", "c")
    out = tmp_path / "out.jsonl"
    assert run("extract", a, b, c, "-o", out).exit_code == 0
    data = out.read_bytes()
    out.write_bytes(data[: len(data) - 40])  # the third record loses its end and its newline
    fake.seen.clear()
    result = run("extract", a, b, c, "-o", out, "--resume")
    assert result.exit_code == 0, result.output
    assert fake.seen == [str(c)]
    assert ids_in(out) == [str(a), str(b), str(c)]
    for line in out.read_text(encoding="utf-8").splitlines():
        serialize.validate(json.loads(line))
    warning = result.stderr.splitlines()[0]
    assert warning.startswith(f"claims: warning: {out}:3: the last line is cut off (invalid JSON ("), warning
    assert warning.endswith("; dropped it, so its document is extracted again"), warning


def test_resume_keeps_a_whole_last_line_without_newline(tmp_path: Path, fake: FakeExtraction) -> None:
    a, b = articles(tmp_path, "a", "b")
    out = tmp_path / "out.jsonl"
    assert run("extract", a, "-o", out).exit_code == 0
    out.write_bytes(out.read_bytes().rstrip(b"\n"))
    fake.seen.clear()
    result = run("extract", a, b, "-o", out, "--resume")
    assert result.exit_code == 0, result.output
    assert fake.seen == [str(b)]
    assert ids_in(out) == [str(a), str(b)]
    assert "warning" not in result.stderr


def test_resume_with_nothing_new(tmp_path: Path, fake: FakeExtraction) -> None:
    (a,) = articles(tmp_path, "a")
    out = tmp_path / "out.jsonl"
    assert run("extract", a, "-o", out).exit_code == 0
    before = out.read_bytes()
    result = run("extract", a, "-o", out, "--resume")
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == before
    assert result.stderr.splitlines()[-1] == "claims: 0 documents, 0 claims, 0 errors"
    assert temp_files(tmp_path) == []


def test_resume_without_an_output_yet(tmp_path: Path, fake: FakeExtraction) -> None:
    (a,) = articles(tmp_path, "a")
    out = tmp_path / "new.jsonl"
    result = run("extract", a, "-o", out, "--resume")
    assert result.exit_code == 0, result.output
    assert ids_in(out) == [str(a)]
    assert result.stderr.splitlines()[0] == (
        f"claims: note: {out} does not exist yet, so there is nothing to resume; writing a new output"
    )


def test_resume_refuses_records_made_with_other_settings(tmp_path: Path, fake: FakeExtraction) -> None:
    """Records made with --source-span phrase are not continued by a run with the default name spans: the
    output would mix two conventions."""
    a, b = articles(tmp_path, "a", "b")
    out = tmp_path / "out.jsonl"
    assert run("extract", a, "-o", out).exit_code == 0
    record = json.loads(out.read_text(encoding="utf-8"))
    assert record["generator"]["settings"] == {
        "source_span": "name",
        "follow_on_quotes": False,
        "nesting": "all",
        "object_content": False,
    }
    record["generator"]["settings"] = {"source_span": "phrase", "follow_on_quotes": True}
    out.write_text(json.dumps(record) + "\n", encoding="utf-8")
    before = out.read_bytes()
    fake.seen.clear()
    result = run("extract", a, b, "-o", out, "--resume")
    assert result.exit_code == 2, result.output
    assert result.stderr.splitlines() == [
        f"claims: error: {out}:1: expected records made with this run's settings (--source-span name "
        "--nesting all), found --source-span phrase --follow-on-quotes --nesting all; resume with those "
        "options, or write to a new output"
    ]
    assert out.read_bytes() == before
    assert fake.seen == []
    assert temp_files(tmp_path) == []


def test_resume_takes_records_from_before_the_nesting_setting(tmp_path: Path, fake: FakeExtraction) -> None:
    """Records written before --nesting existed do not record it; they were made with every claim kept (the
    default), so a default run continues them, and an --nesting outermost run refuses them."""
    a, b = articles(tmp_path, "a", "b")
    out = tmp_path / "out.jsonl"
    assert run("extract", a, "-o", out).exit_code == 0
    record = json.loads(out.read_text(encoding="utf-8"))
    record["generator"]["settings"] = {"source_span": "name", "follow_on_quotes": False}
    out.write_text(json.dumps(record) + "\n", encoding="utf-8")
    refused = run("extract", a, b, "-o", out, "--resume", "--nesting", "outermost")
    assert refused.exit_code == 2, refused.output
    assert "found --source-span name --nesting all" in refused.stderr
    fake.seen.clear()
    result = run("extract", a, b, "-o", out, "--resume")
    assert result.exit_code == 0, result.output
    assert ids_in(out) == [str(a), str(b)]
    assert fake.seen == [str(b)]


def test_resume_takes_records_from_before_the_object_content_setting(
    tmp_path: Path, fake: FakeExtraction
) -> None:
    """Records written before --object-content existed do not record it; they were made without it (the
    default), so a default run continues them, and an --object-content run refuses them."""
    a, b = articles(tmp_path, "a", "b")
    out = tmp_path / "out.jsonl"
    assert run("extract", a, "-o", out).exit_code == 0
    record = json.loads(out.read_text(encoding="utf-8"))
    record["generator"]["settings"] = {"source_span": "name", "follow_on_quotes": False, "nesting": "all"}
    out.write_text(json.dumps(record) + "\n", encoding="utf-8")
    refused = run("extract", a, b, "-o", out, "--resume", "--object-content")
    assert refused.exit_code == 2, refused.output
    assert refused.stderr.splitlines() == [
        f"claims: error: {out}:1: expected records made with this run's settings (--source-span name "
        "--nesting all --object-content), found --source-span name --nesting all; resume with those "
        "options, or write to a new output"
    ]
    fake.seen.clear()
    result = run("extract", a, b, "-o", out, "--resume")
    assert result.exit_code == 0, result.output
    assert ids_in(out) == [str(a), str(b)]
    assert fake.seen == [str(b)]


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        (
            b'{"schema_version": "1.0"}\n{"document": {"id": "x"}}\n',
            "found a JSON dict without a string document.id",
        ),
        (b"not json\n", "found invalid JSON (Expecting value at column 1)"),
        (
            b'[\n  {\n    "schema_version": "1.0"\n',
            "found pretty JSON (written with --format json), not JSONL",
        ),
    ],
)
def test_resume_refuses_an_output_that_is_not_claims_jsonl(
    tmp_path: Path, fake: FakeExtraction, content: bytes, needle: str
) -> None:
    (a,) = articles(tmp_path, "a")
    out = tmp_path / "out.jsonl"
    out.write_bytes(content)
    result = run("extract", a, "-o", out, "--resume")
    assert result.exit_code == 2, result.output
    [line] = result.stderr.splitlines()
    assert line.startswith(f"claims: error: {out}:1: expected a claims record"), line
    assert needle in line and "run without --resume" in line
    assert out.read_bytes() == content
    assert temp_files(tmp_path) == []
    assert fake.seen == []


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        ((), "found no -o OUT"),
        (("-o", "out.json"), "found out.json; write JSONL"),
        (("-o", "out.jsonl", "--format", "json"), "found --format json; write JSONL"),
    ],
)
def test_resume_usage_errors(
    tmp_path: Path, fake: FakeExtraction, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...], needle: str
) -> None:
    (a,) = articles(tmp_path, "a")
    monkeypatch.chdir(tmp_path)
    result = run("extract", a, *args, "--resume")
    assert result.exit_code == 2, result.output
    [line] = result.stderr.splitlines()
    assert line.startswith("claims: error: --resume ") and needle in line, line
    assert fake.seen == []


def test_interrupted_resume_run_keeps_its_records_and_continues(
    tmp_path: Path, fake: FakeExtraction, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    inputs = articles(tmp_path, "a", "b", "c", "d", "e")
    out = tmp_path / "out.jsonl"
    assert run("extract", inputs[0], "-o", out).exit_code == 0
    fake.interrupt_after = 2  # Ctrl-C while the third new document is being extracted
    result = run("extract", *inputs, "-o", out, "--resume")
    assert result.exit_code == cli.EXIT_INTERRUPTED == 130, result.output
    assert ids_in(out) == [str(p) for p in inputs[:3]]
    assert result.stderr.splitlines()[-1] == (
        f"claims: interrupted: {out} keeps the 3 records written so far (2 documents, 0 claims, 0 errors in "
        "this run); run the same command again to continue"
    )
    assert temp_files(tmp_path) == []
    fake.interrupt_after = None
    fake.seen.clear()
    result = run("extract", *inputs, "-o", out, "--resume")
    assert result.exit_code == 0, result.output
    assert fake.seen == [str(p) for p in inputs[3:]]
    assert ids_in(out) == [str(p) for p in inputs]


def test_interrupted_run_without_resume_leaves_the_output_alone(tmp_path: Path, fake: FakeExtraction) -> None:
    inputs = articles(tmp_path, "a", "b", "c")
    out = tmp_path / "out.jsonl"
    out.write_text("earlier output\n", encoding="utf-8")
    fake.interrupt_after = 1
    result = run("extract", *inputs, "-o", out)
    assert result.exit_code == 130
    assert out.read_text(encoding="utf-8") == "earlier output\n"
    assert temp_files(tmp_path) == []


SLOW_RUN = """
import sys, time
from claims import cli, extraction
from claims.types import Document, DocumentInfo, Generator

def slow(items, **_):
    for n, item in enumerate(items):
        if n == 2:
            print("READY", flush=True)
            time.sleep(60)
        info = DocumentInfo(id=item.id, sha256="0" * 64, chars=len(item.text), origin=item.origin)
        yield Document(document=info, generator=Generator("claims", "0", "fake"))

extraction.default_pipeline = lambda: object()
extraction.extract_many = slow
sys.argv = ["claims", "extract", *sys.argv[1:]]
cli.main()
"""


@pytest.mark.parametrize("resume", [True, False])
def test_sigterm_stops_the_run_cleanly(tmp_path: Path, resume: bool) -> None:
    inputs = articles(tmp_path, "a", "b", "c", "d")
    out = tmp_path / "out.jsonl"
    args = [*map(str, inputs), "-o", str(out), *(["--resume"] if resume else [])]
    proc = subprocess.Popen(
        [sys.executable, "-c", SLOW_RUN, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "READY"
        time.sleep(0.2)
        proc.send_signal(signal.SIGTERM)
        _, stderr = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130, stderr
    assert temp_files(tmp_path) == []
    if resume:
        assert ids_in(out) == [str(p) for p in inputs[:2]]
        assert re.search(r"claims: interrupted: .* keeps the 2 records written so far", stderr), stderr
    else:
        assert not out.exists()
