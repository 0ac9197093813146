"""Properties of extraction on the real pipeline, for any text (hypothesis).

For any text: extraction does not raise (an empty or whitespace-only text is an InputError, nothing else
is), the output validates against the schema, every span (claim, fragments, source and what it resolves
to, cue, targets, evidence spans, skipped spans) lies inside the input and satisfies
``text[start:end] == span.text``, claim ids are unique and links name claims of the document, and two
runs give byte-identical output. The same holds for a text analysed in parts (a long document).

Two kinds of text: arbitrary Unicode (quotes of every kind, line breaks, punctuation, control characters;
not lone surrogates, which no UTF-8 input can hold and the readers reject), and sentence-like text built
from sources, reporting verbs and contents, with quotes that may be left open. The profile is fixed and
modest (CI has two cores).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims import extraction, serialize
from claims.errors import InputError
from claims.text import InputDocument

from .spans import assert_spans_index

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.model

PROFILE = settings(
    max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)

PUNCTUATION = list(
    "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u2039\u203a.,;:!?()[]{}-\u2014\u2013\u2026/&*#@"
)
SPACES = ["\n", "\r", " ", "\t", "\u00a0", "\u2028", "\u200b"]

any_text = st.text(
    alphabet=st.one_of(
        st.characters(exclude_categories=["Cs"]),
        st.sampled_from(PUNCTUATION + SPACES),
        st.sampled_from(list("The said that accused denied according to")),
    ),
    max_size=200,
)

SOURCES = [
    "The mayor",
    "Dana Whitfield",
    "She",
    "they",
    "Officials",
    "A spokesman for the council",
    "the ministry",
    "Police",
    "The report",
    "I",
    "Mr. Reyes",
]
CUES = [
    "said",
    "says",
    "told reporters",
    "denied",
    "accused the council of",
    "claimed",
    "believes",
    "rejected",
    "warned",
    "did not deny",
    "blamed",
    "insisted",
    ":",
]
CONTENTS = [
    "the plan would work",
    "hiding the true cost of the project",
    "that any figures had been withheld",
    "the allegations",
    "the report was baseless",
    "the company had broken the law",
    "it had nothing to do with the attack",
    "we have published every invoice",
    "nobody was hurt",
]
OPEN = ['"', "\u201c", "\u2018", "'", "\u00ab", ""]
CLOSE = ['"', "\u201d", "\u2019", "'", "\u00bb", ""]


@st.composite
def sentence(draw: st.DrawFn) -> str:
    source, cue, content = (
        draw(st.sampled_from(SOURCES)),
        draw(st.sampled_from(CUES)),
        draw(st.sampled_from(CONTENTS)),
    )
    opener, closer = draw(st.sampled_from(OPEN)), draw(st.sampled_from(CLOSE))  # may not match, or be missing
    form = draw(st.integers(0, 3))
    if form == 0:
        text = f"{source} {cue} {opener}{content}{closer}"
    elif form == 1:
        text = f"{opener}{content[0].upper()}{content[1:]},{closer} {source.lower()} {cue}"
    elif form == 2:
        text = f"According to {source.lower()}, {content}"
    else:
        text = f"{source} {cue} {opener}{content}, {closer}{draw(st.sampled_from(SOURCES)).lower()} said"
    return text + draw(st.sampled_from([".", "!", "?", "", "..."]))


sentence_like = st.lists(
    st.tuples(sentence(), st.sampled_from([" ", " ", "\n", "\n\n", "  "])), min_size=1, max_size=8
).map(lambda parts: "".join(s + sep for s, sep in parts).rstrip(" "))


def check(record: dict[str, Any], text: str) -> None:
    """The record validates, its spans index ``text``, its ids are unique and its links resolve."""
    serialize.validate(record)
    assert_spans_index(record, text)
    ids = [claim["id"] for claim in record["claims"]]
    assert len(ids) == len(set(ids)), f"duplicate claim ids: {ids}"
    for claim in record["claims"]:
        for ref in (claim["parent"], claim["responds_to"]):
            assert ref is None or ref in ids, (claim["id"], ref)


def extract_checked(text: str, nlp: Language) -> str:
    """Extract ``text`` twice; check the record; return its JSON (the same bytes both times)."""
    if not text.strip():
        with pytest.raises(InputError) as info:
            extraction.extract(text, nlp=nlp)
        assert info.value.kind == "empty"
        return ""
    document = extraction.extract(text, nlp=nlp, doc_id="p")
    check(serialize.to_dict(document), text)
    first = serialize.dumps(document)
    second = serialize.dumps(extraction.extract(text, nlp=nlp, doc_id="p"))
    assert first == second, "two runs gave different output"
    return first


@PROFILE
@given(text=any_text)
def test_any_text(nlp: Language, text: str) -> None:
    extract_checked(text, nlp)


@PROFILE
@given(text=sentence_like)
def test_sentence_like_text(nlp: Language, text: str) -> None:
    extract_checked(text, nlp)


@PROFILE
@given(texts=st.lists(st.one_of(sentence_like, any_text), min_size=1, max_size=5))
def test_a_batch_gives_what_each_document_gives_alone(nlp: Language, texts: list[str]) -> None:
    items = [InputDocument(f"d{n}", text, f"d{n}") for n, text in enumerate(texts)]
    records = list(extraction.extract_many(items, nlp=nlp, batch_size=2))
    assert [r.document_id if hasattr(r, "document_id") else r.document.id for r in records] == [
        item.id for item in items
    ]
    for item, record in zip(items, records, strict=True):
        if not item.text.strip():
            assert serialize.to_dict(record)["error"]["kind"] == "empty"
            continue
        alone = extraction.extract(item.text, nlp=nlp, doc_id=item.id, origin=item.origin)
        assert serialize.dumps(record) == serialize.dumps(alone)


@PROFILE
@given(text=st.lists(sentence_like, min_size=2, max_size=6).map("\n\n".join))
def test_text_analysed_in_parts(nlp: Language, text: str) -> None:
    """A small max_length forces the long-document path: parts, then merged."""
    saved = nlp.max_length
    nlp.max_length = 120
    try:
        output = extract_checked(text, nlp)
    finally:
        nlp.max_length = saved
    if len(text) > 120:
        assert '"warnings": ["long text: ' in output
