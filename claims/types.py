"""Output types of the claims toolkit.

Plain frozen dataclasses (standard library only, no spaCy objects), so a result can be built, compared,
pickled and serialised without loading a model. All offsets are code-point offsets into the original
input text (``text[start:end] == span.text``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

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
    name: str
    version: str
    model: str


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
