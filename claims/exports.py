"""Standard exports of claims documents: schema.org ``Claim`` JSON-LD and W3C Web Annotation JSON-LD.

Pure functions from a claims document in its JSON form (what :func:`claims.serialize.to_dict` produces, or
a record read back from ``claims extract`` output) to plain JSON data; nothing is read or written here.

:func:`to_schemaorg`
    ``{"@context": "https://schema.org", "@graph": [Claim, ...]}``: one schema.org ``Claim`` per claim, ready
    to be the ``itemReviewed`` of a ``ClaimReview`` (see :func:`claim_review`). ``text`` is the claim
    content, ``author`` a ``Person`` or ``Organization`` (see :func:`author`), ``appearance`` the article as a
    ``CreativeWork``, ``keywords`` the label as a ``DefinedTerm`` (plus ``unattributed`` for the article's own
    voice), ``about`` the targets, ``isPartOf`` the claim it is nested in.
:func:`to_webannotation`
    A list with one W3C Web Annotation per claim (https://www.w3.org/TR/annotation-model/): motivation
    ``classifying``, the label as a ``TextualBody`` with purpose ``classifying``, source, cue, targets and the
    linked claims as ``SpecificResource`` bodies (their role in ``label``), and a target whose selectors are
    a ``TextPositionSelector`` (code points, as the model requires) and a ``TextQuoteSelector`` with up to
    :data:`CONTEXT_CHARS` characters of prefix and suffix when the article text is known.

Both validate against the JSON Schemas shipped in ``claims/schemas/`` (:func:`export_schema`).

Identifiers: the article is ``urn:claims:<document id>`` (percent-encoded) unless it has a URL (given, or
the document origin when it is an http(s) URL); a claim is ``urn:claims:<document id>:<claim id>``, its
annotation ``urn:claims:<document id>:<claim id>:annotation``. A claim id repeated within a document gets
``-2``, ``-3``... in these IRIs so they stay unique (``identifier`` keeps the claim id).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any
from urllib.parse import quote

from claims import lexicons
from claims.errors import ClaimsError

__all__ = [
    "ANNO_CONTEXT",
    "CONTEXT_CHARS",
    "FORMATS",
    "SCHEMAORG_CONTEXT",
    "SCHEMA_FILES",
    "ExportError",
    "author",
    "claim_review",
    "document_iri",
    "export_schema",
    "iso_date",
    "merge_schemaorg",
    "to_schemaorg",
    "to_webannotation",
]

JSON = dict[str, Any]

SCHEMAORG_CONTEXT = "https://schema.org"
ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"

CONTEXT_CHARS = 32
"""Characters (code points) of text kept before and after a span in a ``TextQuoteSelector``."""

SCHEMA_FILES: Mapping[str, str] = MappingProxyType(
    {"schemaorg": "schemaorg-claim.schema.json", "webannotation": "web-annotation.schema.json"}
)
"""The JSON Schema (Draft 2020-12) in ``claims/schemas/`` that each export validates against."""

LABEL_TERM_SET: JSON = {
    "@type": "DefinedTermSet",
    "@id": "urn:claims:labels",
    "name": "claims labels: accusation, denial, statement (LABELS.md)",
}
"""The ``DefinedTermSet`` the label keywords belong to."""

UNATTRIBUTED = "unattributed"

_URL = re.compile(r"^https?://\S+$", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_][\w.'’-]*")
_ACRONYM = re.compile(r"^(?:[A-Z]\.?){2,}$")
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "i", "me", "you"})
_THING_PRONOUNS = frozenset({"it", "its", "they", "them", "we", "us"})
_GROUP_WORDS = frozenset({"people", "police", "men", "women", "staff", "crew", "public", "media"})
_TITLES = frozenset(
    {
        "ambassador", "ceo", "chair", "chairman", "chairwoman", "chancellor", "chief", "commander",
        "commissioner", "director", "dr", "envoy", "general", "governor", "judge", "king", "mayor",
        "minister", "mr", "mrs", "ms", "premier", "president", "professor", "queen", "secretary", "senator",
    }
)  # fmt: skip


class ExportError(ClaimsError):
    """A record cannot be exported (an error record, a malformed document, a text that does not match)."""

    kind = "export"


# --------------------------------------------------------------------------- identifiers


def _enc(value: str) -> str:
    return quote(value, safe="")


def document_iri(document: JSON, url: str | None = None) -> str:
    """The IRI of the article: ``url``, else the document origin when it is an http(s) URL, else
    ``urn:claims:<document id>``."""
    if url:
        return url
    info = _info(document)
    origin = info.get("origin")
    if isinstance(origin, str) and _URL.match(origin):
        return origin
    return f"urn:claims:{_enc(str(info['id']))}"


def _claim_iris(document: JSON) -> list[str]:
    """``urn:claims:<doc>:<claim>`` for each claim in order; a repeated id gets ``-2``, ``-3``..."""
    doc = _enc(str(_info(document)["id"]))
    seen: dict[str, int] = {}
    out = []
    for claim in document["claims"]:
        cid = str(claim["id"])
        seen[cid] = seen.get(cid, 0) + 1
        suffix = "" if seen[cid] == 1 else f"-{seen[cid]}"
        out.append(f"urn:claims:{doc}:{_enc(cid)}{suffix}")
    return out


def _first_iri(document: JSON, iris: list[str]) -> dict[str, str]:
    """Claim id -> the IRI of its first occurrence (what ``parent`` and ``responds_to`` point at)."""
    out: dict[str, str] = {}
    for claim, iri in zip(document["claims"], iris, strict=True):
        out.setdefault(str(claim["id"]), iri)
    return out


def _info(document: JSON) -> JSON:
    if not isinstance(document, dict) or not isinstance(document.get("document"), dict):
        raise ExportError("expected a claims document (a JSON object with a 'document' object)")
    info: JSON = document["document"]
    if "error" in document and "claims" not in document:
        error = document["error"] if isinstance(document["error"], dict) else {}
        raise ExportError(
            f"document {info.get('id')!r} is an error record ({error.get('kind')}: {error.get('message')}); "
            "it has no claims to export"
        )
    if not isinstance(document.get("claims"), list) or "id" not in info:
        raise ExportError("expected a claims document with document.id and a 'claims' list")
    return info


# --------------------------------------------------------------------------- authors


@cache
def _polities() -> frozenset[str]:
    lex = lexicons.sources()
    names = {*lex.capitals, *lex.capitals.values(), *lex.country_aliases, *lex.country_aliases.values()}
    return frozenset(n for n in names if not n.startswith("_"))


def _titled_person(words: list[str]) -> bool:
    """A role word followed by a capitalised name that ends the mention: "Environment Canada spokesperson
    Julie Hahn", "Foreign Minister Wang Yi"."""
    lex = lexicons.sources()
    for i, word in enumerate(words[:-1]):
        if word.lower() in lex.anonymous_heads or word.lower() in _TITLES:
            rest = words[i + 1 :]
            if all(w[:1].isupper() and w.lower() not in lex.organisation_nouns for w in rest):
                return True
    return False


def _is_organisation_name(name: str) -> bool:
    """A proper name that stands for an organisation or a state (see :func:`author`)."""
    lex = lexicons.sources()
    stripped = name.strip()
    words = _WORD.findall(stripped)
    if not words or _titled_person(words):
        return False
    if words[0].lower() == "the":
        return True  # "the State Department", "The Kremlin", "the U.S.": people are not named with "the"
    if any(w.lower().rstrip(".'’") in lex.organisation_nouns for w in words):
        return True
    if any(_ACRONYM.match(w) for w in words):
        return True  # "KCNA", "UN", "U.S."
    polities = _polities()
    if lex.polity(stripped) in polities:
        return True
    # any capitalised run of up to three words naming a country or capital: "Moscow and Pyongyang"
    for i, first in enumerate(words):
        if not first[:1].isupper():
            continue
        for n in (1, 2, 3):
            if " ".join(w.lower() for w in words[i : i + n]) in polities:
                return True
    return False


def _head(text: str) -> str:
    words = _WORD.findall(text)
    return words[-1].lower().rstrip(".'’") if words else ""


def _is_group_noun(head: str) -> bool:
    lex = lexicons.sources()
    if head in lex.organisation_nouns or head in _GROUP_WORDS:
        return True
    # a plural of a person noun: "officials", "sources", "analysts", "residents"
    return head.endswith("s") and not head.endswith("ss") and head[:-1] in lex.anonymous_heads


def author(source: JSON | None, *, publisher: str | None = None) -> JSON | None:
    """The schema.org ``Person`` or ``Organization`` who made a claim, from its ``source`` (JSON form).

    The name is the resolved entity when the source was resolved (a pronoun, a descriptor, a title with a
    name in apposition), else the source as written ("officials", "She"). The type follows this rule:

    1. an unresolved pronoun: he, she, him, her, I, me, you give a ``Person``; it, they, we give an
       ``Organization`` (the name is the pronoun as written);
    2. a resolved pronoun: he, she, him, her, I, me, you give a ``Person``, it, they, we an ``Organization``,
       whatever the antecedent looks like; the name is the antecedent's;
    3. a named source, or a resolved one (the name is the antecedent's): a ``Person`` when a role word is
       followed by the capitalised name that ends the mention ("Environment Canada spokesperson Julie
       Hahn", "Foreign Minister Wang Yi"); else an ``Organization`` when the name starts with "the",
       contains an organisation noun of ``claims/data/sources.json`` ("Department", "agency", "police"), an
       acronym ("KCNA", "U.S."), or a country or capital ("China", "Moscow and Pyongyang"); else a
       ``Person``;
    4. an unresolved descriptor or anonymous source: an ``Organization`` when its head noun is an
       organisation noun or a group ("the ministry", "officials", "sources", "police"), else a ``Person``
       ("a spokesperson", "the minister");
    5. an unresolved document source ("the report"): no author (the claim cites the document, see
       :func:`to_schemaorg`) unless its head is an organisation noun ("the news agency");
    6. no source (the article's own voice): the ``publisher`` as an ``Organization`` when given, else none.
    """
    if source is None:
        return {"@type": "Organization", "name": publisher} if publisher else None
    written = str(source["text"])
    resolved = source.get("resolved")
    kind = source.get("kind")
    pronoun = written.strip().lower()
    if isinstance(resolved, dict):
        name = str(resolved["text"])
        if kind == "pronoun" and pronoun in _PERSON_PRONOUNS | _THING_PRONOUNS:
            person = pronoun in _PERSON_PRONOUNS
        else:
            person = not _is_organisation_name(name)
    elif kind == "pronoun":
        name, person = written, pronoun in _PERSON_PRONOUNS
    elif kind == "named":
        name, person = written, not _is_organisation_name(written)
    elif kind == "document":
        if _head(written) not in lexicons.sources().organisation_nouns:
            return None
        name, person = written, False
    else:  # descriptor, anonymous
        name, person = written, not _is_group_noun(_head(written))
    return {"@type": "Person" if person else "Organization", "name": name}


# --------------------------------------------------------------------------- schema.org


def iso_date(value: str | date | None) -> str | None:
    """An ISO 8601 date or date-time, as schema.org's Date/DateTime want it."""
    if value is None:
        return None
    if isinstance(value, date):  # datetime is a date too
        return value.isoformat()
    text = str(value).strip()
    for parse in (date.fromisoformat, datetime.fromisoformat):
        try:
            parse(text)
        except ValueError:
            continue
        return text
    raise ExportError(f"expected an ISO 8601 date or date-time such as 2024-03-01, found {value!r}")


def _appearance(
    document: JSON, *, url: str | None, date_published: str | None, publisher: str | None
) -> JSON:
    info = _info(document)
    iri = document_iri(document, url)
    work: JSON = {"@type": "CreativeWork", "@id": iri, "identifier": str(info["id"])}
    if _URL.match(iri):
        work["url"] = iri
    else:
        work["name"] = str(info["id"])
    if date_published:
        work["datePublished"] = date_published
    if publisher:
        work["publisher"] = {"@type": "Organization", "name": publisher}
    return work


def _label_term(label: str) -> JSON:
    return {"@type": "DefinedTerm", "name": label, "termCode": label, "inDefinedTermSet": LABEL_TERM_SET}


def to_schemaorg(
    document: JSON,
    *,
    date_published: str | date | None = None,
    url: str | None = None,
    publisher: str | None = None,
) -> JSON:
    """schema.org JSON-LD for one claims document: ``{"@context": "https://schema.org", "@graph": [...]}``
    with one ``Claim`` per claim, in document order.

    ``date_published`` (an ISO 8601 date or date-time; claims documents carry no date) becomes the
    ``datePublished`` of each claim and of the article; ``url`` is the article's URL (default: the document
    origin when it is an http(s) URL); ``publisher`` names the publishing organisation, the author of the
    article's own claims. A source that is a document ("the report") is given as ``citation``. Raises
    :class:`ExportError` for an error record or a malformed document.
    """
    when = iso_date(date_published)
    appearance = _appearance(document, url=url, date_published=when, publisher=publisher)
    iris = _claim_iris(document)
    first = _first_iri(document, iris)
    graph = []
    for claim, iri in zip(document["claims"], iris, strict=True):
        item: JSON = {
            "@type": "Claim",
            "@id": iri,
            "identifier": str(claim["id"]),
            "text": str(claim["text"]),
        }
        source = claim.get("source")
        who = author(source, publisher=publisher)
        if who is not None:
            item["author"] = who
        elif isinstance(source, dict) and source.get("kind") == "document":
            item["citation"] = {"@type": "CreativeWork", "name": str(source["text"])}
        item["appearance"] = appearance
        if when:
            item["datePublished"] = when
        keywords = [_label_term(str(claim["label"]))]
        if source is None and claim.get("cue") is None:
            keywords.append(_label_term(UNATTRIBUTED))
        item["keywords"] = keywords
        targets = claim.get("targets") or []
        if targets:
            item["about"] = [{"@type": "Thing", "name": str(t["text"])} for t in targets]
        parent = claim.get("parent")
        if isinstance(parent, str) and parent in first:
            item["isPartOf"] = {"@id": first[parent]}
        graph.append(item)
    return {"@context": SCHEMAORG_CONTEXT, "@graph": graph}


def merge_schemaorg(exports: Iterable[JSON]) -> JSON:
    """One ``@graph`` holding the claims of several :func:`to_schemaorg` results."""
    graph: list[Any] = []
    for export in exports:
        graph.extend(export["@graph"])
    return {"@context": SCHEMAORG_CONTEXT, "@graph": graph}


def claim_review(
    claim: JSON,
    *,
    rating: str,
    url: str,
    reviewer: str,
    date_published: str | date | None = None,
    rating_value: int | None = None,
    best_rating: int | None = None,
    worst_rating: int | None = None,
) -> JSON:
    """Wrap one ``Claim`` of :func:`to_schemaorg` in a ``ClaimReview`` (with ``@context``): the fact-checker's
    verdict ``rating`` (e.g. "False", as ``reviewRating.alternateName``), the review's ``url`` and the
    reviewing organisation ``reviewer``. ``claimReviewed`` is the claim's text."""
    review_rating: JSON = {"@type": "Rating", "alternateName": rating}
    for key, number in (
        ("ratingValue", rating_value),
        ("bestRating", best_rating),
        ("worstRating", worst_rating),
    ):
        if number is not None:
            review_rating[key] = number
    item = {k: v for k, v in claim.items() if k != "@context"}
    review: JSON = {
        "@context": SCHEMAORG_CONTEXT,
        "@type": "ClaimReview",
        "url": url,
        "author": {"@type": "Organization", "name": reviewer},
        "claimReviewed": claim["text"],
        "itemReviewed": item,
        "reviewRating": review_rating,
    }
    when = iso_date(date_published)
    if when:
        review["datePublished"] = when
    return review


# --------------------------------------------------------------------------- W3C Web Annotation


def _check_text(document: JSON, text: str) -> None:
    """``text`` must be the text the offsets index: its length, and every claim span in it."""
    info = _info(document)
    chars = info.get("chars")
    if isinstance(chars, int) and chars != len(text):
        raise ExportError(
            f"document {info['id']!r}: the text given has {len(text)} characters, the claims document was "
            f"made from one of {chars}; pass the article the claims were extracted from"
        )
    for claim in document["claims"]:
        if text[claim["start"] : claim["end"]] != claim["text"]:
            raise ExportError(
                f"document {info['id']!r}: claim {claim['id']} is not at {claim['start']}:{claim['end']} in "
                "the text given; pass the article the claims were extracted from"
            )


def _selectors(span: JSON, text: str | None, context: int) -> list[JSON]:
    start, end = int(span["start"]), int(span["end"])
    position: JSON = {"type": "TextPositionSelector", "start": start, "end": end}
    quote_selector: JSON = {"type": "TextQuoteSelector", "exact": str(span["text"])}
    if text is not None:
        quote_selector["exact"] = text[start:end]
        prefix = text[max(0, start - context) : start]
        suffix = text[end : end + context]
        if prefix:
            quote_selector["prefix"] = prefix
        if suffix:
            quote_selector["suffix"] = suffix
    return [position, quote_selector]


def _segment(source: str, span: JSON, text: str | None, context: int, role: str) -> JSON:
    return {
        "type": "SpecificResource",
        "purpose": "linking",
        "label": role,
        "source": source,
        "selector": _selectors(span, text, context),
    }


def _summary(claim: JSON) -> str:
    parts = [str(claim["label"])]
    source = claim.get("source")
    if isinstance(source, dict):
        who = str(source["text"])
        resolved = source.get("resolved")
        if isinstance(resolved, dict):
            who += f" ({resolved['text']})"
        parts.append(f"source: {who}")
    cue = claim.get("cue")
    if isinstance(cue, dict):
        parts.append(f"cue: {cue['text']}")
    if source is None and cue is None:
        parts.append(UNATTRIBUTED)
    return "; ".join(parts)


def to_webannotation(
    document: JSON, *, text: str | None = None, url: str | None = None, context: int = CONTEXT_CHARS
) -> list[JSON]:
    """W3C Web Annotations for one claims document: one ``Annotation`` per claim, in document order.

    Each has motivation ``classifying`` and these bodies: the label (``TextualBody``, purpose
    ``classifying``), a one-line summary (``TextualBody``, purpose ``describing``: label, source, cue), and
    ``SpecificResource`` bodies with purpose ``linking`` whose ``label`` names their role: ``source``,
    ``source resolved`` (the antecedent), ``cue``, ``target`` (spans of the article), ``parent`` and
    ``responds_to`` (the annotations of those claims). The target is the claim content in the article
    (``url``, else :func:`document_iri`) with a ``TextPositionSelector`` (code points; for a discontinuous
    quote the span over all its fragments) and a ``TextQuoteSelector``.

    The quote selector gets up to ``context`` characters of ``prefix`` and ``suffix`` when the article text
    is known: ``text`` (checked against the document's length and claim spans), else ``document.text``
    (HTML input). Without it ``exact`` alone is given. For HTML input the offsets index the extracted text
    (``document.text``), not the page markup: anchor on the quote selector there.
    """
    info = _info(document)
    if text is None and isinstance(info.get("text"), str):
        text = info["text"]
    if text is not None:
        _check_text(document, text)
    target_iri = document_iri(document, url)
    iris = _claim_iris(document)
    first = _first_iri(document, iris)
    gen = document.get("generator")
    generator: JSON | None = None
    if isinstance(gen, dict):
        generator = {
            "type": "Software",
            "name": f"{gen.get('name')} {gen.get('version')} ({gen.get('model')})",
        }
    out = []
    for claim, iri in zip(document["claims"], iris, strict=True):
        body: list[JSON] = [
            {
                "type": "TextualBody",
                "purpose": "classifying",
                "value": str(claim["label"]),
                "format": "text/plain",
            },
            {
                "type": "TextualBody",
                "purpose": "describing",
                "value": _summary(claim),
                "format": "text/plain",
            },
        ]
        source = claim.get("source")
        if isinstance(source, dict):
            body.append(_segment(target_iri, source, text, context, "source"))
            if isinstance(source.get("resolved"), dict):
                body.append(_segment(target_iri, source["resolved"], text, context, "source resolved"))
        if isinstance(claim.get("cue"), dict):
            body.append(_segment(target_iri, claim["cue"], text, context, "cue"))
        body.extend(_segment(target_iri, t, text, context, "target") for t in claim.get("targets") or [])
        for role in ("parent", "responds_to"):
            linked = claim.get(role)
            if isinstance(linked, str) and linked in first:
                body.append(
                    {
                        "type": "SpecificResource",
                        "purpose": "linking",
                        "label": role,
                        "source": f"{first[linked]}:annotation",
                    }
                )
        annotation: JSON = {
            "@context": ANNO_CONTEXT,
            "id": f"{iri}:annotation",
            "type": "Annotation",
            "motivation": "classifying",
            "body": body,
            "target": {
                "type": "SpecificResource",
                "source": target_iri,
                "selector": _selectors(claim, text, context),
            },
        }
        if generator is not None:
            annotation["generator"] = generator
        out.append(annotation)
    return out


# --------------------------------------------------------------------------- formats and schemas

FORMATS: Mapping[str, Callable[[JSON], Any]] = MappingProxyType(
    {"schemaorg": to_schemaorg, "webannotation": to_webannotation}
)
"""Export format name -> function of a claims document (JSON form) with default options."""


@cache
def _schema_text(name: str) -> str:
    return resources.files("claims").joinpath("schemas", name).read_text(encoding="utf-8")


def export_schema(fmt: str) -> JSON:
    """The JSON Schema (Draft 2020-12) of an export format ("schemaorg" or "webannotation"): for
    ``webannotation`` it covers one annotation or a list of them."""
    if fmt not in SCHEMA_FILES:
        raise KeyError(f"expected one of {', '.join(SCHEMA_FILES)}, found {fmt!r}")
    loaded: JSON = json.loads(_schema_text(SCHEMA_FILES[fmt]))
    return loaded
