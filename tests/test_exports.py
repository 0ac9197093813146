"""Exports: schema.org Claim JSON-LD and W3C Web Annotation JSON-LD, checked against the shipped JSON Schemas,
the schema.org / anno.jsonld vocabularies (as far as written down here) and the article text."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from typer.testing import CliRunner, Result

from claims import cli, exports, serialize
from claims.exports import ExportError
from claims.types import (
    Claim,
    Cue,
    CueKind,
    Document,
    DocumentInfo,
    ErrorRecord,
    Generator,
    Label,
    Source,
    SourceKind,
    Span,
)

JSON = dict[str, Any]

# --------------------------------------------------------------------------------------------------------
# A hand-built article and its claims. The emoji (outside the BMP) makes code points and UTF-16 units
# differ, so a selector counted in UTF-16 would be off by one after it.

TEXT = (
    "Officials 😀 said the dam was safe. "  # 0
    "Bonnie Jenkins accused the Interior Ministry of hiding the report. "
    "The ministry denied the accusation. "
    "She said the mayor told reporters that repairs had begun. "
    "The report said the water was clean. "
    "Prices rose in May."
)


def span(text: str, occurrence: int = 0) -> Span:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(text, start + 1)
    return Span(text, start, start + len(text))


def src(text: str, kind: SourceKind, resolved: str | None = None) -> Source:
    s = span(text)
    return Source(s.text, s.start, s.end, kind, span(resolved) if resolved else None)


def cue(text: str, lemma: str, occurrence: int = 0) -> Cue:
    s = span(text, occurrence)
    return Cue(s.text, s.start, s.end, lemma, CueKind.SPEECH)


def claim(cid: str, content: str, label: Label, **kw: Any) -> Claim:
    s = span(content)
    return Claim(id=cid, text=s.text, start=s.start, end=s.end, label=label, confidence=0.8, **kw)


def sample_document(origin: str | None = "dam.txt", with_text: bool = False) -> JSON:
    import hashlib

    claims = (
        claim(
            "c0000000001",
            "the dam was safe",
            Label.STATEMENT,
            source=src("Officials", SourceKind.ANONYMOUS),
            cue=cue("said", "say"),
        ),
        claim(
            "c0000000002",
            "the Interior Ministry of hiding the report",
            Label.ACCUSATION,
            source=src("Bonnie Jenkins", SourceKind.NAMED),
            cue=cue("accused", "accuse"),
            targets=(span("the Interior Ministry"),),
        ),
        claim(
            "c0000000003",
            "the accusation",
            Label.DENIAL,
            source=src("The ministry", SourceKind.DESCRIPTOR, "the Interior Ministry"),
            cue=cue("denied", "deny"),
            targets=(span("the accusation"),),
            responds_to="c0000000002",
        ),
        claim(
            "c0000000004",
            "the mayor told reporters that repairs had begun",
            Label.STATEMENT,
            source=src("She", SourceKind.PRONOUN, "Bonnie Jenkins"),
            cue=cue("said", "say", 1),
        ),
        claim(
            "c0000000005",
            "repairs had begun",
            Label.STATEMENT,
            source=src("the mayor", SourceKind.DESCRIPTOR),
            cue=cue("told", "tell"),
            parent="c0000000004",
        ),
        claim(
            "c0000000006",
            "the water was clean",
            Label.STATEMENT,
            source=src("The report", SourceKind.DOCUMENT),
            cue=cue("said", "say", 2),
        ),
        claim("c0000000007", "Prices rose in May.", Label.STATEMENT),
    )
    doc = Document(
        document=DocumentInfo(
            id="dam article",
            sha256=hashlib.sha256(TEXT.encode("utf-8")).hexdigest(),
            chars=len(TEXT),
            origin=origin,
            media_type="text/html" if with_text else "text/plain",
            text=TEXT if with_text else None,
        ),
        generator=Generator("claims", "0.1.0", "en_test-0"),
        claims=claims,
    )
    data = serialize.to_dict(doc)
    serialize.validate(data)
    return data


def by_id(doc: JSON) -> dict[str, JSON]:
    return {c["id"]: c for c in doc["claims"]}


def test_sample_spans_are_true_offsets() -> None:
    """The fixture itself: every span indexes TEXT in code points (else the selector tests prove nothing)."""
    doc = sample_document()
    for c in doc["claims"]:
        assert TEXT[c["start"] : c["end"]] == c["text"]
        for part in ("source", "cue"):
            if c[part]:
                assert TEXT[c[part]["start"] : c[part]["end"]] == c[part]["text"]
    assert len(TEXT) != len(TEXT.encode("utf-16-le")) // 2  # the emoji is there


# --------------------------------------------------------------------------------------------------------
# Vocabularies, written down from https://schema.org (types with the properties this export may use,
# inherited ones included) and from http://www.w3.org/ns/anno.jsonld (the terms it defines).

THING = {"@id", "@type", "name", "identifier", "url", "alternateName", "description", "sameAs"}
CREATIVE_WORK = THING | {
    "text",
    "author",
    "datePublished",
    "keywords",
    "about",
    "isPartOf",
    "citation",
    "publisher",
    "mentions",
}
SCHEMAORG_TYPES: dict[str, set[str]] = {
    "Thing": THING,
    "CreativeWork": CREATIVE_WORK,
    "Claim": CREATIVE_WORK | {"appearance", "firstAppearance", "claimInterpreter"},
    "ClaimReview": CREATIVE_WORK | {"claimReviewed", "itemReviewed", "reviewRating", "reviewBody"},
    "Rating": THING | {"ratingValue", "bestRating", "worstRating", "ratingExplanation"},
    "Person": THING,
    "Organization": THING,
    "DefinedTerm": THING | {"termCode", "inDefinedTermSet"},
    "DefinedTermSet": CREATIVE_WORK | {"hasDefinedTerm"},
}
# property -> the types its value may have (schema.org ranges, subtypes this export uses)
SCHEMAORG_RANGES: dict[str, set[str]] = {
    "author": {"Person", "Organization"},
    "publisher": {"Person", "Organization"},
    "appearance": {"CreativeWork"},
    "citation": {"CreativeWork"},
    "about": {"Thing"},
    "keywords": {"DefinedTerm"},
    "inDefinedTermSet": {"DefinedTermSet"},
    "itemReviewed": {"Claim"},
    "reviewRating": {"Rating"},
    "isPartOf": {"CreativeWork", "Claim"},
}

ANNO_TERMS = {
    "@context", "id", "type", "body", "target", "source", "selector", "purpose", "motivation", "value",
    "format", "language", "exact", "prefix", "suffix", "start", "end", "label", "generator", "creator",
    "name", "created", "refinedBy", "scope", "state",
}  # fmt: skip
ANNO_TYPES = {
    "Annotation",
    "TextualBody",
    "SpecificResource",
    "TextPositionSelector",
    "TextQuoteSelector",
    "Software",
    "Person",
    "Organization",
}
MOTIVATIONS = {
    "assessing", "bookmarking", "classifying", "commenting", "describing", "editing", "highlighting",
    "identifying", "linking", "moderating", "questioning", "replying", "tagging",
}  # fmt: skip


def objects(value: Any, prop: str | None = None) -> Iterator[tuple[str | None, JSON]]:
    """Every JSON object in ``value`` with the property it is the value of."""
    if isinstance(value, dict):
        yield prop, value
        for key, sub in value.items():
            yield from objects(sub, key)
    elif isinstance(value, list):
        for item in value:
            yield from objects(item, prop)


def assert_schemaorg_vocabulary(data: JSON) -> None:
    assert data["@context"] == "https://schema.org"
    for prop, obj in objects(data):
        if prop == "@graph" or prop is None:
            keys = set(obj) - {"@context"}
            if prop is None and "@graph" in obj:
                assert keys == {"@graph"}, f"unknown top-level keys {keys - {'@graph'}}"
                continue
        if set(obj) == {"@id"}:  # a node reference
            continue
        assert "@type" in obj, f"object without @type under {prop}: {obj}"
        kind = obj["@type"]
        assert kind in SCHEMAORG_TYPES, f"@type {kind!r} is not a schema.org type used here"
        unknown = set(obj) - SCHEMAORG_TYPES[kind] - {"@context"}
        assert not unknown, f"{kind} has properties outside schema.org: {unknown}"
        if prop in SCHEMAORG_RANGES:
            assert kind in SCHEMAORG_RANGES[prop], f"{prop} holds a {kind}"


def validator(fmt: str) -> Draft202012Validator:
    schema = exports.export_schema(fmt)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def assert_valid(fmt: str, data: Any) -> None:
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator(fmt).iter_errors(data)]
    assert not errors, errors


# --------------------------------------------------------------------------------------------------------
# schema.org


def test_schemaorg_validates_and_uses_the_vocabulary() -> None:
    data = exports.to_schemaorg(sample_document(), date_published="2024-03-01", publisher="The Dam Times")
    assert_valid("schemaorg", data)
    assert_schemaorg_vocabulary(data)
    json.loads(json.dumps(data))  # plain JSON


def test_schemaorg_claim_fields() -> None:
    doc = sample_document()
    graph = exports.to_schemaorg(doc, date_published=date(2024, 3, 1))["@graph"]
    assert [c["identifier"] for c in graph] == [c["id"] for c in doc["claims"]]
    first = graph[0]
    assert first["@type"] == "Claim"
    assert first["text"] == "the dam was safe"
    assert first["datePublished"] == "2024-03-01"
    assert first["appearance"] == {
        "@type": "CreativeWork",
        "@id": "urn:claims:dam%20article",
        "identifier": "dam article",
        "name": "dam article",
        "datePublished": "2024-03-01",
    }
    assert first["@id"] == "urn:claims:dam%20article:c0000000001"
    assert [k["termCode"] for k in first["keywords"]] == ["statement"]
    accusation = graph[1]
    assert [k["termCode"] for k in accusation["keywords"]] == ["accusation"]
    assert accusation["about"] == [{"@type": "Thing", "name": "the Interior Ministry"}]
    nested = graph[4]
    assert nested["isPartOf"] == {"@id": graph[3]["@id"]}
    unattributed = graph[6]
    assert [k["termCode"] for k in unattributed["keywords"]] == ["statement", "unattributed"]
    assert "author" not in unattributed  # no publisher given


def test_schemaorg_authors_of_the_sample() -> None:
    graph = exports.to_schemaorg(sample_document(), publisher="The Dam Times")["@graph"]
    authors = [c.get("author") for c in graph]
    assert authors == [
        {"@type": "Organization", "name": "Officials"},  # anonymous plural: a group, named as written
        {"@type": "Person", "name": "Bonnie Jenkins"},
        {"@type": "Organization", "name": "the Interior Ministry"},  # the resolved entity
        {"@type": "Person", "name": "Bonnie Jenkins"},  # "She", resolved
        {"@type": "Person", "name": "the mayor"},
        None,  # "The report": a document, cited instead
        {"@type": "Organization", "name": "The Dam Times"},  # the article's own voice: the publisher
    ]
    assert graph[5]["citation"] == {"@type": "CreativeWork", "name": "The report"}


def source(text: str, kind: str, resolved: str | None = None) -> JSON:
    return {
        "text": text,
        "start": 0,
        "end": len(text),
        "kind": kind,
        "resolved": None if resolved is None else {"text": resolved, "start": 0, "end": len(resolved)},
    }


PERSON, ORG = "Person", "Organization"


@pytest.mark.parametrize(
    ("written", "kind", "resolved", "expected"),
    [
        ("Jeff Rathke", "named", None, (PERSON, "Jeff Rathke")),
        ("Wang", "named", None, (PERSON, "Wang")),
        ("The State Department", "named", None, (ORG, "The State Department")),
        ("China", "named", None, (ORG, "China")),
        ("Moscow and Pyongyang", "named", None, (ORG, "Moscow and Pyongyang")),
        ("KCNA", "named", None, (ORG, "KCNA")),
        ("Yonhap news agency", "named", None, (ORG, "Yonhap news agency")),
        ("Canada spokesperson Julie Hahn", "named", None, (PERSON, "Canada spokesperson Julie Hahn")),
        ("Foreign Minister Wang Yi", "named", None, (PERSON, "Foreign Minister Wang Yi")),
        ("It", "pronoun", "Intelligence System", (ORG, "Intelligence System")),
        ("she", "pronoun", "the U.S. envoy", (PERSON, "the U.S. envoy")),
        ("he", "pronoun", None, (PERSON, "he")),
        ("they", "pronoun", None, (ORG, "they")),
        ("the division", "descriptor", "the State Department", (ORG, "the State Department")),
        ("The prime U.S. official", "descriptor", "Bonnie Jenkins", (PERSON, "Bonnie Jenkins")),
        ("the spokesman", "descriptor", None, (PERSON, "the spokesman")),
        ("the company", "descriptor", None, (ORG, "the company")),
        ("a spokesperson", "anonymous", None, (PERSON, "a spokesperson")),
        ("sources", "anonymous", None, (ORG, "sources")),
        ("police", "anonymous", None, (ORG, "police")),
        ("the news agency", "document", None, (ORG, "the news agency")),
    ],
)
def test_author_rule(written: str, kind: str, resolved: str | None, expected: tuple[str, str]) -> None:
    who = exports.author(source(written, kind, resolved))
    assert who is not None
    assert (who["@type"], who["name"]) == expected


def test_author_of_a_document_source_and_of_no_source() -> None:
    assert exports.author(source("the report", "document")) is None
    assert exports.author(None) is None
    assert exports.author(None, publisher="Reuters") == {"@type": "Organization", "name": "Reuters"}


def test_schemaorg_url_from_origin_and_option() -> None:
    doc = sample_document(origin="https://news.example/dam")
    work = exports.to_schemaorg(doc)["@graph"][0]["appearance"]
    assert work["url"] == "https://news.example/dam" and work["@id"] == "https://news.example/dam"
    assert "name" not in work
    given = exports.to_schemaorg(sample_document(), url="https://other.example/a")["@graph"][0]["appearance"]
    assert given["url"] == "https://other.example/a"
    assert given["identifier"] == "dam article"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-01", "2024-03-01"),
        ("2024-03-01T10:00:00+01:00", "2024-03-01T10:00:00+01:00"),
        (date(2024, 3, 1), "2024-03-01"),
        (datetime(2024, 3, 1, 10, 0), "2024-03-01T10:00:00"),
    ],
)
def test_dates(value: Any, expected: str) -> None:
    data = exports.to_schemaorg(sample_document(), date_published=value)
    assert data["@graph"][0]["datePublished"] == expected
    assert_valid("schemaorg", data)


@pytest.mark.parametrize("value", ["2024-13-01", "yesterday", "01/03/2024"])
def test_bad_dates_are_refused(value: str) -> None:
    with pytest.raises(ExportError, match="ISO 8601"):
        exports.to_schemaorg(sample_document(), date_published=value)


def test_claim_review_wraps_a_claim() -> None:
    item = exports.to_schemaorg(sample_document())["@graph"][1]
    review = exports.claim_review(
        item,
        rating="False",
        url="https://factcheck.example/1",
        reviewer="Fact Desk",
        date_published="2024-03-02",
        rating_value=1,
        best_rating=5,
        worst_rating=1,
    )
    assert review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == item["text"]
    assert review["itemReviewed"] == item
    assert review["reviewRating"] == {
        "@type": "Rating",
        "alternateName": "False",
        "ratingValue": 1,
        "bestRating": 5,
        "worstRating": 1,
    }
    assert_schemaorg_vocabulary(review)


def test_vocabulary_check_can_fail() -> None:
    data = exports.to_schemaorg(sample_document())
    bad = copy.deepcopy(data)
    bad["@graph"][0]["label"] = "statement"  # not a schema.org property
    with pytest.raises(AssertionError, match=r"outside schema\.org"):
        assert_schemaorg_vocabulary(bad)
    bad = copy.deepcopy(data)
    del bad["@graph"][0]["appearance"]["@type"]
    with pytest.raises(AssertionError, match="without @type"):
        assert_schemaorg_vocabulary(bad)
    bad = copy.deepcopy(data)
    bad["@graph"][1]["author"]["@type"] = "Thing"
    with pytest.raises(AssertionError, match="author holds"):
        assert_schemaorg_vocabulary(bad)
    with pytest.raises(AssertionError):
        assert_valid("schemaorg", bad)


def test_repeated_claim_ids_get_unique_iris() -> None:
    doc = sample_document()
    doc["claims"].append(copy.deepcopy(doc["claims"][0]))
    graph = exports.to_schemaorg(doc)["@graph"]
    iris = [c["@id"] for c in graph]
    assert len(set(iris)) == len(iris)
    assert iris[-1] == iris[0] + "-2"
    annotations = exports.to_webannotation(doc)
    ids = [a["id"] for a in annotations]
    assert len(set(ids)) == len(ids)


def test_merge_schemaorg() -> None:
    a = exports.to_schemaorg(sample_document())
    b = exports.to_schemaorg(sample_document(origin="https://news.example/x"))
    merged = exports.merge_schemaorg([a, b])
    assert merged["@graph"] == a["@graph"] + b["@graph"]
    assert_valid("schemaorg", merged)


# --------------------------------------------------------------------------------------------------------
# W3C Web Annotation


def quote_of(annotation: JSON) -> JSON:
    selectors: list[JSON] = annotation["target"]["selector"]
    (selector,) = [s for s in selectors if s["type"] == "TextQuoteSelector"]
    return selector


def position_of(annotation: JSON) -> JSON:
    selectors: list[JSON] = annotation["target"]["selector"]
    (selector,) = [s for s in selectors if s["type"] == "TextPositionSelector"]
    return selector


def test_webannotation_validates_against_the_schema() -> None:
    annotations = exports.to_webannotation(sample_document(), text=TEXT)
    assert len(annotations) == 7
    assert_valid("webannotation", annotations)
    for annotation in annotations:
        assert_valid("webannotation", annotation)


def test_webannotation_uses_only_anno_terms() -> None:
    for annotation in exports.to_webannotation(sample_document(), text=TEXT):
        assert annotation["@context"] == "http://www.w3.org/ns/anno.jsonld"
        assert annotation["type"] == "Annotation"
        assert annotation["motivation"] in MOTIVATIONS
        for prop, obj in objects(annotation):
            unknown = set(obj) - ANNO_TERMS
            assert not unknown, f"keys outside anno.jsonld under {prop}: {unknown}"
            if "type" in obj:
                assert obj["type"] in ANNO_TYPES
            if "purpose" in obj:
                assert obj["purpose"] in MOTIVATIONS


def test_quote_selectors_are_the_true_text_and_neighbours() -> None:
    doc = sample_document()
    annotations = exports.to_webannotation(doc, text=TEXT)
    for claim_, annotation in zip(doc["claims"], annotations, strict=True):
        position, quote = position_of(annotation), quote_of(annotation)
        start, end = position["start"], position["end"]
        assert (start, end) == (claim_["start"], claim_["end"])
        assert quote["exact"] == TEXT[start:end]
        assert quote.get("prefix", "") == TEXT[max(0, start - exports.CONTEXT_CHARS) : start]
        assert quote.get("suffix", "") == TEXT[end : end + exports.CONTEXT_CHARS]
    # every selector of every body too (source, cue, targets)
    for annotation in annotations:
        for _, obj in objects(annotation["body"]):
            if "selector" in obj:
                pos, quote = obj["selector"]
                assert quote["exact"] == TEXT[pos["start"] : pos["end"]]
                assert quote.get("prefix", "") == TEXT[max(0, pos["start"] - 32) : pos["start"]]
                assert quote.get("suffix", "") == TEXT[pos["end"] : pos["end"] + 32]


def test_positions_are_code_points() -> None:
    annotation = exports.to_webannotation(sample_document(), text=TEXT)[0]
    position = position_of(annotation)
    # "the dam was safe" comes after the emoji: 1 code point, 2 UTF-16 units
    assert position["start"] == TEXT.index("the dam")
    assert quote_of(annotation)["prefix"].endswith("😀 said ")


def test_context_at_the_edges_of_the_text() -> None:
    annotations = exports.to_webannotation(sample_document(), text=TEXT)
    last = quote_of(annotations[-1])  # "Prices rose in May." ends the text
    assert "suffix" not in last
    first_source = annotations[0]["body"][2]["selector"][1]  # "Officials" starts it
    assert first_source["exact"] == "Officials" and "prefix" not in first_source


def test_webannotation_bodies() -> None:
    annotations = exports.to_webannotation(sample_document(), text=TEXT)
    denial = annotations[2]
    label = denial["body"][0]
    assert label == {
        "type": "TextualBody",
        "purpose": "classifying",
        "value": "denial",
        "format": "text/plain",
    }
    roles = {b.get("label"): b for b in denial["body"] if b["type"] == "SpecificResource"}
    assert set(roles) == {"source", "source resolved", "cue", "target", "responds_to"}
    assert roles["source"]["selector"][1]["exact"] == "The ministry"
    assert roles["source resolved"]["selector"][1]["exact"] == "the Interior Ministry"
    assert roles["cue"]["selector"][1]["exact"] == "denied"
    assert roles["responds_to"]["source"] == annotations[1]["id"]
    nested = annotations[4]
    parent = [b for b in nested["body"] if b.get("label") == "parent"]
    assert parent and parent[0]["source"] == annotations[3]["id"]
    assert denial["id"] == "urn:claims:dam%20article:c0000000003:annotation"
    assert denial["target"]["source"] == "urn:claims:dam%20article"
    assert denial["generator"] == {"type": "Software", "name": "claims 0.1.0 (en_test-0)"}
    summary = denial["body"][1]
    assert summary["purpose"] == "describing"
    assert summary["value"] == "denial; source: The ministry (the Interior Ministry); cue: denied"


def test_webannotation_without_text_gives_exact_only() -> None:
    annotations = exports.to_webannotation(sample_document())
    assert_valid("webannotation", annotations)
    for annotation in annotations:
        quote = quote_of(annotation)
        assert set(quote) == {"type", "exact"}
        position = position_of(annotation)
        assert quote["exact"] == TEXT[position["start"] : position["end"]]


def test_webannotation_uses_document_text_of_html_input() -> None:
    annotations = exports.to_webannotation(sample_document(with_text=True))
    assert quote_of(annotations[0])["prefix"] == TEXT[: TEXT.index("the dam")]


def test_webannotation_refuses_a_text_that_does_not_match() -> None:
    with pytest.raises(ExportError, match="characters"):
        exports.to_webannotation(sample_document(), text=TEXT + " more")
    shifted = TEXT[:-1] + "x"  # same length, last claim no longer there
    with pytest.raises(ExportError, match="c0000000007"):
        exports.to_webannotation(sample_document(), text=shifted)


def test_webannotation_url() -> None:
    annotation = exports.to_webannotation(sample_document(), url="https://news.example/dam")[0]
    assert annotation["target"]["source"] == "https://news.example/dam"
    assert annotation["id"] == "urn:claims:dam%20article:c0000000001:annotation"


def test_webannotation_schema_can_fail() -> None:
    good = exports.to_webannotation(sample_document(), text=TEXT)[0]
    mutations: list[Callable[[JSON], object]] = [
        lambda a: a.pop("target"),
        lambda a: a.__setitem__("@context", "https://schema.org"),
        lambda a: a.__setitem__("type", "Note"),
        lambda a: a.__setitem__("id", "not an iri"),
        lambda a: a["target"]["selector"][0].pop("end"),
        lambda a: a["target"]["selector"][0].__setitem__("start", -1),
        lambda a: a["target"]["selector"][1].pop("exact"),
        lambda a: a["body"][0].pop("value"),
        lambda a: a.__setitem__("motivation", "shouting"),
    ]
    for mutate in mutations:
        bad = copy.deepcopy(good)
        mutate(bad)
        assert list(validator("webannotation").iter_errors(bad)), bad


def test_error_records_are_not_exported() -> None:
    record = serialize.to_dict(ErrorRecord("bad", "input", "empty file", origin="bad.txt"))
    for fmt in exports.FORMATS.values():
        with pytest.raises(ExportError, match="error record"):
            fmt(record)


def test_formats() -> None:
    assert set(exports.FORMATS) == {"schemaorg", "webannotation"}
    assert set(exports.SCHEMA_FILES) == set(exports.FORMATS)
    doc = sample_document()
    for name, fn in exports.FORMATS.items():
        assert_valid(name, fn(doc))
    with pytest.raises(KeyError):
        exports.export_schema("rdf")


def test_the_goldens_export_validly(repo_root: Path) -> None:
    goldens = sorted((repo_root / "fixtures" / "golden").glob("*.json"))
    assert goldens
    for path in goldens:
        doc = json.loads(path.read_text(encoding="utf-8"))
        doc.pop("_review", None)
        schemaorg = exports.to_schemaorg(doc, date_published="2024-03-01", publisher="Example News")
        assert_valid("schemaorg", schemaorg)
        assert_schemaorg_vocabulary(schemaorg)
        annotations = exports.to_webannotation(doc)
        assert_valid("webannotation", annotations)
        assert len(annotations) == len(doc["claims"])


# --------------------------------------------------------------------------------------------------------
# claims export


def run(*args: str | Path, input: str | bytes | None = None) -> Result:
    return CliRunner().invoke(cli.app, [str(a) for a in args], input=input)


def write_jsonl(path: Path, records: list[JSON]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def test_cli_export_schemaorg(tmp_path: Path) -> None:
    claims_file = tmp_path / "dam.json"
    claims_file.write_text(json.dumps(sample_document()), encoding="utf-8")
    out = tmp_path / "out.jsonld"
    result = run(
        "export", claims_file, "-o", out, "--date", "2024-03-01", "--publisher", "Dam Times", "--url",
        "https://news.example/dam",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert_valid("schemaorg", data)
    assert data["@graph"][0]["datePublished"] == "2024-03-01"
    assert data["@graph"][0]["appearance"]["url"] == "https://news.example/dam"
    assert data["@graph"][-1]["author"] == {"@type": "Organization", "name": "Dam Times"}


def test_cli_export_webannotation_with_text(tmp_path: Path) -> None:
    article = tmp_path / "dam.txt"
    article.write_text(TEXT, encoding="utf-8")
    claims_file = write_jsonl(tmp_path / "dam.jsonl", [sample_document()])
    result = run("export", claims_file, "--format", "webannotation", "--text", article)
    assert result.exit_code == 0, result.output
    annotations = json.loads(result.stdout)
    assert_valid("webannotation", annotations)
    assert quote_of(annotations[0])["prefix"] == TEXT[: TEXT.index("the dam")]
    # without --text: exact only, and a note says why
    result = run("export", claims_file, "-f", "webannotation")
    assert result.exit_code == 0
    assert "prefix" not in quote_of(json.loads(result.stdout)[0])
    assert "--text" in result.stderr


def test_cli_export_skips_error_records_and_fails(tmp_path: Path) -> None:
    error = serialize.to_dict(ErrorRecord("bad", "input", "empty file", origin="bad.txt"))
    claims_file = write_jsonl(tmp_path / "run.jsonl", [sample_document(), error])
    result = run("export", claims_file)
    assert result.exit_code == 1
    assert "run.jsonl:2" in result.stderr and "error record" in result.stderr
    assert len(json.loads(result.stdout)["@graph"]) == 7


def test_cli_export_invalid_record_fails(tmp_path: Path) -> None:
    bad = sample_document()
    bad["claims"][0]["label"] = "rumour"
    claims_file = write_jsonl(tmp_path / "run.jsonl", [bad])
    result = run("export", claims_file)
    assert result.exit_code == 1
    assert "run.jsonl:1" in result.stderr and "label" in result.stderr


def test_cli_export_stdin() -> None:
    result = run("export", "-", "-f", "webannotation", input=json.dumps(sample_document()))
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)) == 7


@pytest.mark.parametrize(
    ("args", "code", "needle"),
    [
        (("--url", "https://x.example/a"), 2, "--url"),
        (("--date", "2024-13-01"), 2, "ISO 8601"),
        (("-f", "webannotation", "--date", "2024-03-01"), 2, "--date"),
        (("--text", "x.txt"), 2, "--text"),
    ],
)
def test_cli_export_usage_errors(tmp_path: Path, args: tuple[str, ...], code: int, needle: str) -> None:
    claims_file = write_jsonl(tmp_path / "run.jsonl", [sample_document(), sample_document(origin="b")])
    result = run("export", claims_file, *args)
    assert result.exit_code == code, result.output
    assert needle in result.output


def test_cli_export_missing_file(tmp_path: Path) -> None:
    result = run("export", tmp_path / "nope.json")
    assert result.exit_code == 1
    assert "nope.json" in result.stderr and "Traceback" not in result.output
