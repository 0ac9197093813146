"""Tests of claims.text: reading inputs, analysis text, lines, boilerplate and headline detection.

No spaCy model is needed. The sentences are written for these tests (none is copied from evaluation data).
"""

from __future__ import annotations

import io
import itertools
import json
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claims import lexicons
from claims.errors import InputError
from claims.text import (
    ACCEPTED_SUFFIXES,
    BOILERPLATE_REASONS,
    DocumentInputError,
    InputDocument,
    analysis_text,
    decode_bytes,
    error_document_id,
    find_boilerplate,
    headline_span,
    html_to_text,
    is_html,
    line_spans,
    read_inputs,
    read_path,
)
from claims.types import Skipped

SEED_ARTICLE = Path(__file__).resolve().parents[2] / "shared" / "articles" / "us-china-north-korea-spun.txt"

ARTICLE_HTML = """<!DOCTYPE html>
<html><head><title>Dock strike ends</title>
<style>body { color: red; } .STYLE_TEXT_MARKER { margin: 0; }</style>
<script>var tracking = "SCRIPT_TEXT_MARKER";</script></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/sport">Sport</a></li></ul></nav>
<article>
<h1>Dock workers end strike at northern port</h1>
<p>Dock workers at the northern port of Calderon ended a nine-day strike on Monday after the union accepted
a revised pay offer, the port authority said in a statement.</p>
<p>The union's leader, Marta Velez, said members had voted by a wide margin to return to work. "This is a fair
deal and our members deserve it," she told reporters outside the union hall.</p>
<p>The shipping company denied that it had threatened to move its operations to another port.</p>
</article>
<footer>Copyright 2024 Example News. All rights reserved.</footer>
</body></html>
"""


def collect(items: Iterable[InputDocument | InputError]) -> tuple[list[InputDocument], list[InputError]]:
    docs: list[InputDocument] = []
    errors: list[InputError] = []
    for item in items:
        if isinstance(item, InputError):
            errors.append(item)
        else:
            docs.append(item)
    return docs, errors


# --------------------------------------------------------------------------- decoding


def test_decode_plain_utf8() -> None:
    assert (
        decode_bytes("Caf\u00e9 owners said prices rose.".encode(), "a.txt")
        == "Caf\u00e9 owners said prices rose."
    )


def test_decode_strips_bom() -> None:
    assert decode_bytes(b"\xef\xbb\xbfThe mayor said no.", "a.txt") == "The mayor said no."


def test_decode_invalid_utf8_reports_offset() -> None:
    data = b"First line.\nThe caf\xe9 closed."  # Latin-1 e-acute at byte 19
    with pytest.raises(InputError) as info:
        decode_bytes(data, "notes.txt")
    assert info.value.kind == "encoding"
    assert info.value.origin == "notes.txt"
    message = str(info.value)
    assert "notes.txt" in message
    assert "byte offset 19" in message
    assert "line 2" in message
    assert "UTF-8" in message and "iconv" in message
    assert "\n" not in message


def test_decode_latin1_bytes_are_an_encoding_error() -> None:
    with pytest.raises(InputError) as info:
        decode_bytes("Se\u00f1or Mu\u00f1oz dijo que no.".encode("latin-1"), "es.txt")
    assert info.value.kind == "encoding"
    assert "byte offset 2" in str(info.value)


def test_decode_bom_offset_counts_the_bom() -> None:
    with pytest.raises(InputError) as info:
        decode_bytes(b"\xef\xbb\xbfab\xff", "x.txt")
    assert "byte offset 5" in str(info.value)


def test_decode_nul_is_binary() -> None:
    with pytest.raises(InputError) as info:
        decode_bytes(b"%PDF-1.7\n\x00\x01\x02\x03binary", "report.pdf")
    assert info.value.kind == "binary"
    assert "report.pdf" in str(info.value)


def test_decode_control_bytes_are_binary() -> None:
    with pytest.raises(InputError) as info:
        decode_bytes(bytes(range(1, 9)) * 20 + b"some text", "blob.txt")
    assert info.value.kind == "binary"


def test_decode_utf16_is_an_encoding_error() -> None:
    for data in ("The minister said yes.".encode("utf-16"), "The minister said yes.".encode("utf-16-le")):
        with pytest.raises(InputError) as info:
            decode_bytes(data, "u16.txt")
        assert info.value.kind == "encoding"
        assert "UTF-16" in str(info.value)


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", "\u00a0\u2003\n".encode()])
def test_decode_empty_and_whitespace(data: bytes) -> None:
    with pytest.raises(InputError) as info:
        decode_bytes(data, "blank.txt")
    assert info.value.kind == "empty"
    assert "blank.txt" in str(info.value)


# --------------------------------------------------------------------------- files, directories, stdin


def test_read_text_file(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("The union said the strike was over.\n", encoding="utf-8")
    docs, errors = collect(read_path(str(path)))
    assert errors == []
    assert docs == [InputDocument(str(path), "The union said the strike was over.\n", str(path))]


def test_missing_file_is_yielded_not_raised(tmp_path: Path) -> None:
    missing = str(tmp_path / "nope.txt")
    good = tmp_path / "ok.txt"
    good.write_text("Officials said the road was closed.", encoding="utf-8")
    docs, errors = collect(read_inputs([missing, str(good)]))
    assert [e.kind for e in errors] == ["missing"]
    assert errors[0].origin == missing
    assert error_document_id(errors[0]) == missing
    assert [d.id for d in docs] == [str(good)]


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("The port said it was closed.", encoding="utf-8")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    _, errors = collect(read_path(str(path)))
    assert [e.kind for e in errors] == ["unreadable"]
    assert "Permission denied" in str(errors[0]) and str(path) in str(errors[0])


def test_path_through_a_file_is_missing(tmp_path: Path) -> None:
    (tmp_path / "file.txt").write_text("x", encoding="utf-8")
    _, errors = collect(read_path(str(tmp_path / "file.txt" / "inner.txt")))
    assert [e.kind for e in errors] == ["missing"]


def test_bad_files_yield_their_kinds(tmp_path: Path) -> None:
    (tmp_path / "a_binary.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "b_latin1.txt").write_bytes("d\u00e9j\u00e0".encode("latin-1"))
    (tmp_path / "c_empty.txt").write_bytes(b"")
    (tmp_path / "d_good.md").write_text("The council said it would review the plan.", encoding="utf-8")
    docs, errors = collect(read_path(str(tmp_path)))
    assert [e.kind for e in errors] == ["binary", "encoding", "empty"]
    assert [Path(e.origin or "").name for e in errors] == ["a_binary.txt", "b_latin1.txt", "c_empty.txt"]
    assert [Path(d.id).name for d in docs] == ["d_good.md"]
    assert docs[0].media_type == "text/markdown"


def test_directory_walk_sorted_and_nested(tmp_path: Path) -> None:
    for rel in [
        "b.txt",
        "a/z.txt",
        "a/b/c.htm.txt",
        "c.TXT",
        "skip.pdf",
        ".hidden.txt",
        ".git/x.txt",
        "m.text",
    ]:
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"The spokesman for {rel} said nothing.", encoding="utf-8")
    docs, errors = collect(read_path(str(tmp_path)))
    assert errors == []
    rels = [str(Path(d.id).relative_to(tmp_path)) for d in docs]
    assert rels == ["a/b/c.htm.txt", "a/z.txt", "b.txt", "c.TXT", "m.text"]
    assert all(d.id.startswith(str(tmp_path)) for d in docs)


def test_directory_without_inputs(tmp_path: Path) -> None:
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8")
    _, errors = collect(read_path(str(tmp_path)))
    assert [e.kind for e in errors] == ["empty"]
    message = str(errors[0])
    assert str(tmp_path) in message
    assert all(suffix in message for suffix in ACCEPTED_SUFFIXES)


def test_stdin_text() -> None:
    stream = io.BytesIO("\ufeffThe governor said the bridge would reopen.".encode())
    docs, errors = collect(read_inputs(["-"], stdin=stream))
    assert errors == []
    assert docs == [InputDocument("stdin", "The governor said the bridge would reopen.", "<stdin>")]


def test_stdin_html_is_sniffed() -> None:
    docs, errors = collect(read_inputs(["-"], stdin=io.BytesIO(ARTICLE_HTML.encode())))
    assert errors == []
    assert docs[0].derived and docs[0].media_type == "text/html"
    assert "nine-day strike" in docs[0].text


def test_stdin_empty_is_an_error_with_an_id() -> None:
    _, errors = collect(read_inputs(["-"], stdin=io.BytesIO(b"  \n")))
    assert [e.kind for e in errors] == ["empty"]
    assert error_document_id(errors[0]) == "stdin"


# --------------------------------------------------------------------------- JSONL


def write_jsonl(path: Path, lines: list[str]) -> str:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def test_jsonl_good(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "batch.jsonl",
        [
            json.dumps({"id": "one", "text": "The mayor said the park would close."}),
            "",
            json.dumps({"id": 2, "text": "Police denied the report."}),
            json.dumps({"text": "The firm said it had paid the fine."}),
        ],
    )
    docs, errors = collect(read_path(path))
    assert errors == []
    assert [(d.id, d.origin) for d in docs] == [
        ("one", f"{path}:1"),
        ("2", f"{path}:3"),
        ("batch:4", f"{path}:4"),
    ]
    assert docs[1].text == "Police denied the report."


def test_jsonl_bad_line_among_good_ones(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "mixed.ndjson",
        [
            json.dumps({"id": "a", "text": "The minister said yes."}),
            '{"id": "b", "text": "unterminated',
            json.dumps({"id": "c", "text": "The minister said no."}),
            "[1, 2]",
        ],
    )
    docs, errors = collect(read_path(path))
    assert [d.id for d in docs] == ["a", "c"]
    assert [(e.kind, e.origin) for e in errors] == [("jsonl", f"{path}:2"), ("jsonl", f"{path}:4")]
    assert "invalid JSON" in str(errors[0]) and f"{path}:2" in str(errors[0])
    assert error_document_id(errors[0]) == f"{path}:2"


def test_jsonl_missing_text_key(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "k.jsonl", [json.dumps({"id": "x1", "body": "The judge said no.", "lang": "en"})]
    )
    _, errors = collect(read_path(path))
    assert [e.kind for e in errors] == ["jsonl"]
    message = str(errors[0])
    assert "'body'" in message and "'lang'" in message and "--text-key" in message
    assert error_document_id(errors[0]) == "x1"


def test_jsonl_non_string_and_empty_text(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "t.jsonl", [json.dumps({"id": "n", "text": 42}), json.dumps({"id": "e", "text": "  "})]
    )
    _, errors = collect(read_path(path))
    assert [(e.kind, error_document_id(e)) for e in errors] == [("jsonl", "n"), ("empty", "e")]
    assert "int" in str(errors[0])


def test_jsonl_custom_keys(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "c.jsonl", [json.dumps({"doc": "d-7", "body": "The agency said it would appeal."})]
    )
    docs, errors = collect(read_inputs([path], text_key="body", id_key="doc"))
    assert errors == []
    assert [(d.id, d.text) for d in docs] == [("d-7", "The agency said it would appeal.")]


def test_jsonl_bad_utf8_line_and_html_record(tmp_path: Path) -> None:
    path = tmp_path / "e.jsonl"
    good = json.dumps({"id": "h", "text": ARTICLE_HTML}).encode()
    path.write_bytes(b'{"id": "bad", "text": "caf\xe9"}\n' + good + b"\n")
    docs, errors = collect(read_path(str(path)))
    assert [(e.kind, e.origin) for e in errors] == [("encoding", f"{path}:1")]
    assert [d.id for d in docs] == ["h"]
    assert docs[0].derived and "SCRIPT_TEXT_MARKER" not in docs[0].text


def test_jsonl_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "none.jsonl"
    path.write_text("\n\n", encoding="utf-8")
    _, errors = collect(read_path(str(path)))
    assert [e.kind for e in errors] == ["empty"]


def test_document_input_error_is_an_input_error() -> None:
    error = DocumentInputError("x: bad", origin="f.jsonl:3", kind="jsonl", document_id="doc-3")
    assert isinstance(error, InputError)
    assert (error.kind, error.origin, error_document_id(error)) == ("jsonl", "f.jsonl:3", "doc-3")
    assert error_document_id(InputError("y", origin=None)) == "unknown"


# --------------------------------------------------------------------------- HTML


def test_html_file(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(ARTICLE_HTML, encoding="utf-8")
    docs, errors = collect(read_path(str(path)))
    assert errors == []
    (doc,) = docs
    assert doc.derived and doc.media_type == "text/html" and doc.id == str(path)
    assert "SCRIPT_TEXT_MARKER" not in doc.text and "STYLE_TEXT_MARKER" not in doc.text
    assert "Sport" not in doc.text
    assert "the port authority said in a statement" in doc.text
    assert "she told reporters" in doc.text


def test_html_paragraphs_are_separated_by_blank_lines() -> None:
    text = html_to_text(ARTICLE_HTML, "page.html")
    assert "\n\n" in text
    assert headline_span(text) == (0, len("Dock workers end strike at northern port"))


def test_html_without_text_is_empty() -> None:
    with pytest.raises(InputError) as info:
        html_to_text("<html><body><script>var x = 1;</script></body></html>", "blank.html")
    assert info.value.kind == "empty"
    assert "blank.html" in str(info.value)


def test_html_declared_charset(tmp_path: Path) -> None:
    page = ARTICLE_HTML.replace("<head>", '<head><meta charset="windows-1252">').replace(
        "Velez", "V\u00e9lez"
    )
    path = tmp_path / "old.htm"
    path.write_bytes(page.encode("cp1252"))
    docs, errors = collect(read_path(str(path)))
    assert errors == []
    assert "V\u00e9lez" in docs[0].text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<!DOCTYPE html><html></html>", True),
        ("  \n<html lang='en'>", True),
        ("<!-- saved page -->\n<!doctype HTML>", True),
        ("The <html> tag was discussed.", False),
        ("<p>fragment</p>", False),
    ],
)
def test_is_html(text: str, expected: bool) -> None:
    assert is_html(text) is expected


def test_plain_text_does_not_import_trafilatura(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("The envoy said talks would resume.", encoding="utf-8")
    code = (
        "import sys; from claims.text import read_inputs; "
        f"docs = list(read_inputs([{str(path)!r}])); assert len(docs) == 1; "
        "print('trafilatura' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# --------------------------------------------------------------------------- analysis text


def test_analysis_text_examples() -> None:
    source = (
        "\u201cNo,\u201d she said\u00a0\u2014 \u2018never\u2019.\r\n"
        "It\u2019s {that a} \u00abdeal\u00bb\u200b.\rEnd"
    )
    expected = '"No," she said \u2014 \'never\'. \nIt\'s  that a  "deal" .\nEnd'
    assert analysis_text(source) == expected
    assert len(analysis_text(source)) == len(source)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # Penn-Treebank-style quotes on the words they quote become one double quote beside a space
        ("''The roof leaks,'' she said.", ' "The roof leaks,"  she said.'),
        ("``Yes,'' he said.", ' "Yes,"  he said.'),
        ("He called it ''a scandal.''", 'He called it  "a scandal." '),
        # set apart by spaces, as in tokenised text, the marks stay as written
        ("`` I say so . ''", "`` I say so . ''"),
        # three or more marks in a row are no pair
        ("a ''' b", "a ''' b"),
    ],
)
def test_analysis_text_paired_quote_marks(source: str, expected: str) -> None:
    assert analysis_text(source) == expected
    assert len(analysis_text(source)) == len(source)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (
            'He wrote: <tweet author="mayor">We won.</tweet>',
            "He wrote:                       We won.        ",
        ),
        ("Line one<br/>line two", "Line one     line two"),
        ("if a <b and c> d, then x<y", "if a <b and c> d, then x<y"),  # no tag: words, no quoted values
    ],
)
def test_analysis_text_blanks_markup_tags(source: str, expected: str) -> None:
    assert analysis_text(source) == expected
    assert len(analysis_text(source)) == len(source)


def test_analysis_text_leaves_plain_text_alone() -> None:
    text = 'The minister said: "We will not sign."\n\nOfficials (two of them) disagreed - 100% sure.'
    assert analysis_text(text) == text


@given(st.text())
def test_analysis_text_keeps_length(text: str) -> None:
    assert len(analysis_text(text)) == len(text)


@given(st.text())
def test_analysis_text_changes_only_mapped_characters(text: str) -> None:
    result = analysis_text(text)
    for before, after in zip(text, result, strict=True):
        assert after == before or after in "\"' \n"


# --------------------------------------------------------------------------- lines


def test_line_spans_examples() -> None:
    text = "  Title here  \n\n\tBody line one.\r\nBody two\n   \nlast"
    spans = line_spans(text)
    assert [text[s:e] for s, e in spans] == ["Title here", "Body line one.", "Body two", "last"]
    assert spans[0] == (2, 12)


def test_line_spans_empty() -> None:
    assert line_spans("") == []
    assert line_spans(" \n\t\n") == []


@given(st.text(alphabet=st.sampled_from(list("ab .\n\r\t\u00a0\u2028\x0c"))))
def test_line_spans_match_splitlines(text: str) -> None:
    expected = [line.strip() for line in text.splitlines() if line.strip()]
    spans = line_spans(text)
    assert [text[s:e] for s, e in spans] == expected
    assert spans == sorted(spans)


# --------------------------------------------------------------------------- boilerplate

BOILERPLATE_LINES = [
    ("ALSO READ- Rivals trade blame over stalled port deal", "related_link"),
    ("Also read: Ministers meet again on Friday", "related_link"),
    ("READ MORE: Floods hit northern provinces", "related_link"),
    ("Related: Court delays ruling on mine permit", "related_link"),
    ("Recommended: Five things to know about the vote", "related_link"),
    ("Watch: Crowds gather outside parliament", "related_link"),
    ("Related Stories", "related_link"),
    ("Also Read | Budget talks stall again", "related_link"),
    ("Tags: Politics, Economy, Trade", "related_link"),
    ("Example Daily \u2013 your fastest source for breaking news! Read now.", "promotion"),
    ("Morning Ledger - your quickest supply for breaking news.", "promotion"),
    ("Read now", "promotion"),
    ("Subscribe now for unlimited access", "promotion"),
    ("Sign up for our newsletter", "promotion"),
    ("Download the Example News app to get alerts", "promotion"),
    ("Follow us on Twitter and Facebook", "promotion"),
    ("Click here to read the full report", "promotion"),
    ("Share this article", "promotion"),
    ("Source: www.example.com", "source_line"),
    ("Source: Reuters", "source_line"),
    ("(With inputs from agencies)", "source_line"),
    ("By Jane Doe", "byline"),
    ("By Jane Doe and John Roe, Reuters", "byline"),
    ("BY MARIA OKAFOR", "byline"),
    ("By Jane Doe | Example Times, New Delhi", "byline"),
    ("By Jane Doe, Updated: Feb 24, 2024 10:00 pm IST", "byline"),
    ("Reporting by Jane Doe in Lagos; Editing by John Roe", "byline"),
    ("(Reporting by Jane Doe; Additional reporting by Ali Khan in Karachi; Editing by Sam Poe)", "byline"),
    ("Copyright 2024 Example News Ltd. All rights reserved.", "copyright"),
    ("\u00a9 2023 Example Media Group", "copyright"),
    ("Crowds gather outside the court in the capital on Monday. (REUTERS)", "caption"),
    ("The minister arrives for the summit. (AP)", "caption"),
    ("Protesters march through the city centre (AFP)", "caption"),
    ("Rescue workers search the rubble. (Reuters Photo)", "caption"),
    ("The new bridge seen from the river (Photo: Jane Doe)", "caption"),
    ("The mayor at a rally in March. (File photo)", "caption"),
    ("A lantern display at the night market. Image: Jane Doe.", "caption"),
    ("A tram crosses the old bridge Image: Example City Council.", "caption"),
    ("The harbour at dawn. Photo: City Council", "caption"),
    ("Workers inspect the pipeline. Credit: Example Energy", "caption"),
    ("Supporters wait outside the stadium. Photograph: John Roe/Example Agency", "caption"),
    ("Photo: Jane Doe", "caption"),
    ("Image: Example Agency", "caption"),
    ("File photo: The president speaks in Ottawa", "caption"),
    ("FILE PHOTO: A tanker is moored at the port, March 3, 2022. REUTERS/Jane Doe/File Photo", "caption"),
    ("FILE - The governor speaks at a news conference in Austin, Texas, June 8, 2021.", "caption"),
    ("Friday, July 21, 2017", "dateline"),
    ("November 15, 2023", "dateline"),
    ("Updated: Feb 24, 2024 08:05 AM IST", "dateline"),
    ("Published 3 hours ago", "dateline"),
    ("Advertisement", "advertisement"),
    ("Story continues below advertisement", "advertisement"),
]

CONTENT_LINES = [
    "A source close to the talks said the deal was nearly done.",
    "Officials read the statement aloud.",
    "The photo showed the minister shaking hands with the envoy.",
    "By Tuesday, the death toll had risen to 40, officials said.",
    "By Christmas, shops had run out of stock.",
    "Reporting by the Guardian revealed that ministers had been warned.",
    "Sources said the company would appeal.",
    "Subscribers complained that prices had doubled, the regulator said.",
    "The agency cited figures compiled by Agence France-Presse (AFP).",
    "Watch-makers in the region said demand had collapsed.",
    "Share prices fell 4% after the announcement.",
    "The big picture: China wants a deal, the analyst said.",
    "He blamed the shortfall on credit: banks had stopped lending, he said.",
    "Twitter has become the fastest source of breaking news, analysts say.",
    "Copyright lawyers accused the platform of ignoring takedown requests.",
    "The minister denied that he had read the report before it was published.",
    "Follow the money, the prosecutor told the jury.",
    "The film, released in November 2023, was praised by critics.",
    "On Friday, July 21, the court ruled against the company.",
    "Advertising revenue fell sharply, the company said.",
    "Related parties were not named in the filing, the auditor said.",
    "Download speeds doubled, the operator said.",
    "Source code for the app was leaked, the company said.",
    "Watch what they do, not what they say, the senator said.",
    "Click fraud cost advertisers millions, the report said.",
    "Updated guidance will be published next week, the ministry said.",
    "Photos of the crash spread quickly online.",
    "The court heard that the file photo had been altered.",
    "More than 200 people were evacuated, police said.",
    "Video footage showed the suspect fleeing, according to police.",
    "The minister said the claims were false (AP reported the same).",
]


@pytest.mark.parametrize(("line", "reason"), BOILERPLATE_LINES)
def test_boilerplate_line(line: str, reason: str) -> None:
    assert find_boilerplate(line) == [Skipped(line, 0, len(line), reason)]


@pytest.mark.parametrize(("line", "reason"), BOILERPLATE_LINES[:12])
def test_boilerplate_line_inside_a_document(line: str, reason: str) -> None:
    before = "The court said the appeal had failed.\n\n"
    text = before + "  " + line.replace(" ", "\u00a0", 1) + "  \n\nThe lawyer said he would try again."
    (skipped,) = find_boilerplate(text)
    assert (skipped.start, skipped.reason) == (len(before) + 2, reason)
    assert skipped.text == text[skipped.start : skipped.end]
    assert skipped.end == skipped.start + len(line)


@pytest.mark.parametrize(("line", "reason"), BOILERPLATE_LINES)
def test_a_required_string_is_in_every_match(line: str, reason: str) -> None:
    """'requires' in boilerplate.json is only a quick no: every rule that matches a boilerplate example
    finds one of its required strings in it."""
    lexicon = lexicons.boilerplate()
    for rule in (*lexicon.line, *lexicon.sentence):
        if rule.requires and rule.pattern.search(line):
            assert any(r in line.lower() for r in rule.requires), (rule.pattern.pattern, line)


@pytest.mark.parametrize("line", CONTENT_LINES)
def test_content_is_not_boilerplate(line: str) -> None:
    assert find_boilerplate(line) == []


def test_boilerplate_sentence_inside_a_paragraph() -> None:
    text = "The court adjourned until Monday. Click here to read the full judgment."
    assert find_boilerplate(text) == [
        Skipped("Click here to read the full judgment.", 34, len(text), "promotion")
    ]


def test_boilerplate_related_link_after_a_sentence() -> None:
    text = "Police said two men were arrested. ALSO READ: Ten held after riot in port city"
    (skipped,) = find_boilerplate(text)
    assert (skipped.text, skipped.reason) == ("ALSO READ: Ten held after riot in port city", "related_link")


def test_boilerplate_whole_line_when_every_sentence_is() -> None:
    text = "Read more. Subscribe now for our daily briefing."
    assert find_boilerplate(text) == [Skipped(text, 0, len(text), "promotion")]


def test_boilerplate_curly_quotes_and_spinner_braces() -> None:
    line = "\u201cHeadline in quotes\u201d \u2014 Example Post, August 3, 2019"
    assert [s.reason for s in find_boilerplate(line)] == ["source_line"]
    assert find_boilerplate("ALSO {READ}- Rivals meet") != []


@given(
    st.lists(
        st.one_of(
            st.sampled_from([line for line, _ in BOILERPLATE_LINES] + CONTENT_LINES),
            st.text(alphabet=st.sampled_from(list("aB .:()|-\u201c\u201d\n")), max_size=30),
        ),
        max_size=8,
    ),
    st.sampled_from(["\n", "\n\n", "\r\n", " "]),
)
def test_boilerplate_spans_are_well_formed(lines: list[str], separator: str) -> None:
    text = separator.join(lines)
    skipped = find_boilerplate(text)
    for span in skipped:
        assert text[span.start : span.end] == span.text
        assert span.text == span.text.strip() and span.text
        assert span.reason in BOILERPLATE_REASONS
    for first, second in itertools.pairwise(skipped):
        assert first.end <= second.start


def test_lexicon_reasons_and_defs() -> None:
    lexicon = lexicons.boilerplate()
    reasons = {p.reason for p in lexicon.line + lexicon.sentence}
    assert reasons == BOILERPLATE_REASONS
    raw = lexicons.load_data("boilerplate.json")
    assert set(raw["reasons"]) == BOILERPLATE_REASONS
    assert all("%" not in p.pattern.pattern for p in lexicon.line + lexicon.sentence)
    assert lexicons._expand_defs("a%X%b", {"X": "%Y%y", "Y": "c"}) == "acyb"
    with pytest.raises(KeyError):
        lexicons._expand_defs("%MISSING%", {})


@pytest.mark.shared
def test_seed_article_boilerplate() -> None:
    if not SEED_ARTICLE.exists():
        pytest.skip(f"{SEED_ARTICLE} is not there")
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    found = [(s.reason, s.text) for s in find_boilerplate(text)]
    lines = text.splitlines()
    caption = next(line for line in lines if line.endswith("(REUTERS)"))
    also_read = [line for line in lines if line.startswith("ALSO READ- ")]
    assert len(also_read) == 3
    assert found == [
        ("caption", caption),
        ("promotion", "Hindustan Times \u2013 your quickest supply for breaking news! Read now."),
        ("related_link", also_read[0]),
        ("related_link", also_read[1]),
        ("related_link", also_read[2]),
        ("source_line", "Source: www.hindustantimes.com"),
    ]
    assert headline_span(text) is None


# --------------------------------------------------------------------------- headline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dock workers end strike\n\nThe union said members would return.", "Dock workers end strike"),
        (
            "  Port reopens after storm\nMonday, March 4, 2024\n\nThe port reopened.",
            "Port reopens after storm",
        ),
        (
            "Minister 'regrets' remarks Tuesday, May 7, 2019\n\nThe minister said sorry.",
            "Minister 'regrets' remarks Tuesday, May 7, 2019",
        ),
        (
            "Union leader tells Example News about \u2018hard choices\u2019\r\n\r\nShe said so.",
            "Union leader tells Example News about \u2018hard choices\u2019",
        ),
        ("The union said members would return.\n\nThey did.", None),
        ("Port reopens after storm\nThe port reopened on Monday.", None),
        ("Port reopens after storm", None),
        ("By Jane Doe\n\nThe port reopened.", None),
        ("Friday, July 21, 2017\n\nThe port reopened.", None),
        (" ".join(["word"] * 26) + "\n\nBody.", None),
        ("Who will lead the party?\n\nMembers vote today.", None),
        ("\u201cWe will win,\u201d\n\nshe said.", None),
    ],
)
def test_headline_span(text: str, expected: str | None) -> None:
    span = headline_span(text)
    if expected is None:
        assert span is None
    else:
        assert span is not None
        assert text[span[0] : span[1]] == expected


def test_boilerplate_sentences_with_different_reasons_stay_apart() -> None:
    text = "Read now. Source: Reuters"
    assert find_boilerplate(text) == [
        Skipped("Read now.", 0, 9, "promotion"),
        Skipped("Source: Reuters", 10, len(text), "source_line"),
    ]
