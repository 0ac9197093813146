"""Output types of the claims toolkit.

Plain frozen dataclasses (standard library only, no spaCy objects), so a result can be built, compared,
pickled and serialised without loading a model. All offsets are code-point offsets into the original
input text (``text[start:end] == span.text``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

SCHEMA_VERSION = "1.0"


class Label(StrEnum):
    """The claim labels of ``LABELS.md``."""

    ACCUSATION = "accusation"
    DENIAL = "denial"
    STATEMENT = "statement"


class SourceKind(StrEnum):
    """How the source is mentioned in the text."""

    NAMED = "named"  # a proper name: "Bonnie Jenkins", "the State Department"
    PRONOUN = "pronoun"  # "she", "it", "they"
    DESCRIPTOR = "descriptor"  # a common-noun description: "the division", "the spokesman"
    ANONYMOUS = "anonymous"  # "officials", "a spokesperson", "sources"
    DOCUMENT = "document"  # "the report", "a statement", "the website"


class SourceSpan(StrEnum):
    """Where a source span ends: annotation conventions differ between corpora."""

    NAME = "name"  # the noun phrase without what follows it after a comma: "Jeff Rathke" (GUM)
    PHRASE = "phrase"  # with its appositions: "Jeff Rathke, the State Department spokesperson"; a relative
    # clause's cue has its relative pronoun ("who"), resolved to the noun before it (PolNeAR, PARC)


class Nesting(StrEnum):
    """Which claims a result keeps where attributions nest ("China said Wang told Blinken that ...")."""

    ALL = "all"  # every claim, the nested ones linked to the claim they sit in by ``parent`` (LABELS.md)
    OUTERMOST = "outermost"  # only claims no other claim contains: one attribution per stretch of text,
    # as univocal corpora (PolNeAR) annotate


class CueKind(StrEnum):
    """What kind of attribution the cue marks; ``belief`` lets reviewers filter out opinions."""

    SPEECH = "speech"  # say, tell, accuse, deny, mention ...
    BELIEF = "belief"  # believe, think, hope, expect ...
    ACCORDING_TO = "according_to"  # "according to X"
    COLON = "colon"  # "X: '...'"
    FOLLOW_ON = "follow_on"  # a quote sentence that continues the previous speaker's quote


@dataclass(frozen=True, slots=True)
class Span:
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Source:
    text: str
    start: int
    end: int
    kind: SourceKind
    resolved: Span | None = None


@dataclass(frozen=True, slots=True)
class Cue:
    text: str
    start: int
    end: int
    lemma: str
    kind: CueKind = CueKind.SPEECH


@dataclass(frozen=True, slots=True)
class Evidence:
    """One reason behind a label: ``kind`` names the rule, ``value`` the word or lemma that fired it."""

    kind: str
    value: str
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class Claim:
    id: str
    text: str
    start: int
    end: int
    label: Label
    confidence: float
    source: Source | None = None
    cue: Cue | None = None
    targets: tuple[Span, ...] = ()
    parent: str | None = None
    responds_to: str | None = None
    evidence: tuple[Evidence, ...] = ()
    fragments: tuple[Span, ...] = ()

    @property
    def attributed(self) -> bool:
        return self.source is not None or self.cue is not None


@dataclass(frozen=True, slots=True)
class Skipped:
    """A span left out of the analysis (boilerplate), with the reason a reviewer can check."""

    text: str
    start: int
    end: int
    reason: str


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    id: str
    sha256: str
    chars: int
    origin: str | None = None  # file path, "<stdin>", "path:line" for JSONL
    media_type: str = "text/plain"
    text: str | None = None  # carried when offsets refer to text derived from the input (HTML)
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Generator:
    """What made a result: the toolkit, its version, the spaCy pipeline, and the claims component's
    settings (the conventions that change the output: ``source_span``, ``follow_on_quotes``, ``nesting``,
    ``object_content``)."""

    name: str
    version: str
    model: str
    source_span: SourceSpan = SourceSpan.NAME
    follow_on_quotes: bool = False
    nesting: Nesting = Nesting.ALL
    object_content: bool = False


@dataclass(frozen=True, slots=True)
class Document:
    """The result for one article."""

    document: DocumentInfo
    generator: Generator
    claims: tuple[Claim, ...] = ()
    skipped: tuple[Skipped, ...] = ()
    schema_version: str = SCHEMA_VERSION


@dataclass(frozen=True, slots=True)
class ErrorRecord:
    """The result for a document that could not be processed: the batch goes on without it."""

    document_id: str
    kind: str
    message: str
    origin: str | None = None
    schema_version: str = SCHEMA_VERSION
    extra: dict[str, str] = field(default_factory=dict)


# --------------------------------------------------------------------------- plain-data form
# The JSON form of a claim and a skipped span (the schema's), used by the serialiser and to carry results
# on a spaCy Doc across processes (msgpack takes dicts, not dataclasses).

Data = dict[str, Any]


def span_data(s: Span | None) -> Data | None:
    return None if s is None else {"text": s.text, "start": s.start, "end": s.end}


def span_from(d: Data | None) -> Span | None:
    return None if d is None else Span(d["text"], d["start"], d["end"])


def claim_to_data(c: Claim) -> Data:
    out: Data = {"id": c.id, "text": c.text, "start": c.start, "end": c.end}
    if c.fragments:
        out["fragments"] = [span_data(f) for f in c.fragments]
    out["label"] = c.label.value
    out["confidence"] = round(c.confidence, 3)
    out["source"] = (
        None
        if c.source is None
        else {
            "text": c.source.text,
            "start": c.source.start,
            "end": c.source.end,
            "kind": c.source.kind.value,
            "resolved": span_data(c.source.resolved),
        }
    )
    out["cue"] = (
        None
        if c.cue is None
        else {
            "text": c.cue.text,
            "start": c.cue.start,
            "end": c.cue.end,
            "lemma": c.cue.lemma,
            "kind": c.cue.kind.value,
        }
    )
    out["targets"] = [span_data(t) for t in c.targets]
    out["parent"] = c.parent
    out["responds_to"] = c.responds_to
    evidence = []
    for e in c.evidence:
        item: Data = {"kind": e.kind, "value": e.value}
        if e.span is not None:
            item["span"] = span_data(e.span)
        evidence.append(item)
    out["evidence"] = evidence
    return out


def claim_from_data(d: Data) -> Claim:
    src, cue = d.get("source"), d.get("cue")
    return Claim(
        id=d["id"],
        text=d["text"],
        start=d["start"],
        end=d["end"],
        label=Label(d["label"]),
        confidence=d["confidence"],
        source=None
        if src is None
        else Source(
            src["text"], src["start"], src["end"], SourceKind(src["kind"]), span_from(src.get("resolved"))
        ),
        cue=None
        if cue is None
        else Cue(cue["text"], cue["start"], cue["end"], cue["lemma"], CueKind(cue["kind"])),
        targets=tuple(Span(t["text"], t["start"], t["end"]) for t in d.get("targets", [])),
        parent=d.get("parent"),
        responds_to=d.get("responds_to"),
        evidence=tuple(
            Evidence(e["kind"], e["value"], span_from(e.get("span"))) for e in d.get("evidence", [])
        ),
        fragments=tuple(Span(f["text"], f["start"], f["end"]) for f in d.get("fragments", [])),
    )


def skipped_to_data(s: Skipped) -> Data:
    return {"text": s.text, "start": s.start, "end": s.end, "reason": s.reason}


def skipped_from_data(d: Data) -> Skipped:
    return Skipped(d["text"], d["start"], d["end"], d["reason"])
