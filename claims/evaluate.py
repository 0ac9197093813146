"""Score predicted claims against gold attribution spans.

This is the project's own copy of the reference scorer ``../shared/eval/score_attr.py``; its docstring and
``../shared/eval/README.md`` define the convention, and the numbers here must equal the reference's (a test
runs both on the same files). In short:

* Gold: JSONL of ``{"id", "text", "attributions": [{"source"|null, "cue"|null, "content"}]}``, each span
  ``{"start", "end", "text"[, "fragments"]}``. Predictions: JSONL claims documents
  (``{"document": {"id"}, "claims": [...]}``) or error records (no claims: scored as an empty document).
* Only predicted claims with a source or a cue are attributions. Claims sharing one cue span and one source
  are merged first: a quote split around "he said" is one attribution, with the union of its content.
* Spans are compared as sets of character offsets, after trimming spaces and punctuation (``PUNCT``) at both
  ends of every fragment. Gold spans are scored over their ``fragments`` when they have some; predicted
  spans only by ``start``/``end`` (so a gold source or cue split into fragments can never be matched exactly).
* Matching is one-to-one and greedy, best first: a gold/predicted pair is a candidate when the content
  character F1 is >= 0.5, or >= 0.25 when their cues overlap (a cue overlap adds 0.25 to the pair's score).
  Candidates are taken in descending ``(score, gold index, prediction index)`` order, so ties go to the later
  attribution, as in the reference.
* Reported, micro-averaged over all gold documents: attributions found, source exact and overlap, cue
  overlap, content overlap (mean content F1 of matched pairs, unmatched count as 0) and content exact.
* ``speech=True`` keeps only gold attributions whose cue text matches ``SPEECH``; unmatched predictions that
  overlap a dropped gold attribution (content F1 >= 0.5 or any cue overlap) are ignored, neither right nor
  wrong.

Predictions for documents that are not in the gold set are not scored (only counted as ``unknown_ids``); when
an id occurs on several prediction lines the last one wins (counted as ``duplicate_ids``).

Where the reference would crash or silently score nonsense on malformed input (bad JSON, missing keys,
negative or reversed offsets, offsets past the end of the gold text) this module raises
:class:`~claims.errors.EvaluationError` naming the file and line instead.

Besides the metrics, :func:`evaluate` lists every error for error analysis (:class:`EvalError`): gold
attributions missed, spurious predictions, and for matched pairs source, cue and content disagreements, in
numbers consistent with the metrics. The library functions print nothing: ``format_table`` (the reference's
text output) and ``format_errors`` return text for the CLI.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, NoReturn

from claims.errors import EvaluationError

__all__ = [
    "ERROR_KINDS",
    "METRIC_NAMES",
    "PRF",
    "PUNCT",
    "SPEECH",
    "Counts",
    "ErrorKind",
    "EvalError",
    "EvaluationResult",
    "GoldAttribution",
    "GoldDoc",
    "PredClaim",
    "PredDoc",
    "PredictionSet",
    "Span",
    "char_f1",
    "evaluate",
    "is_speech_cue",
    "load_gold",
    "load_predictions",
]

# SPEECH and PUNCT are copied exactly from ../shared/eval/score_attr.py (the regex is only re-wrapped into
# shorter string pieces; the concatenated pattern is identical, which tests/test_evaluate.py checks). They
# define the convention: which gold cues count as speech/report cues, and what is trimmed from span ends.
# Do not edit them here without changing the reference scorer the same way.
SPEECH = re.compile(
    r"\b(say|says|said|saying|tell|tells|told|telling|according|add|adds|added|adding|ask|asks|asked|"
    r"write|writes|wrote|writing|note|notes|noted|noting|report|reports|reported|announc\w*|argu\w*|"
    r"claim\w*|accus\w*|alleg\w*|den(y|ies|ied|ying)|reject\w*|dismiss\w*|blam\w*|charg\w*|insist\w*|"
    r"warn\w*|explain\w*|declar\w*|stat(e|es|ed|ing)|tweet\w*|acknowledg\w*|admit\w*|respond\w*|"
    r"repl(y|ied|ies)|confirm\w*|suggest\w*|call\w*|describ\w*|continu\w*|recall\w*|predict\w*|"
    r"promis\w*|vow\w*|pledg\w*|urg\w*|demand\w*|criticiz\w*|condemn\w*|prais\w*|assert\w*|"
    r"maintain\w*|contend\w*|counter\w*|quot\w*|cit(e|es|ed|ing)|told|mention\w*|instruct\w*|"
    r"recount\w*|stress\w*|emphasi\w*|comment\w*|reveal\w*|repeat\w*|jok\w*|"
    r"(in|during) (a|an|the) (statement|interview|speech|press release))\b|^[:―—–-]$",
    re.I,
)

PUNCT = " \t\n\r\"'“”‘’,.;:!?()[]—–―-…\u00a0\u200b"

#: Minimum content character F1 for a candidate pair, without and with overlapping cues.
MIN_CONTENT_F1 = 0.5
MIN_CONTENT_F1_WITH_CUE = 0.25
#: Added to a candidate pair's score when the cues overlap.
CUE_BONUS = 0.25

METRIC_NAMES = ("attr", "source_exact", "source_overlap", "cue_overlap", "content_overlap", "content_exact")

ErrorKind = Literal["missed", "spurious", "source_boundary", "wrong_source", "wrong_cue", "content_boundary"]
ERROR_KINDS: tuple[ErrorKind, ...] = (
    "missed",
    "spurious",
    "source_boundary",
    "wrong_source",
    "wrong_cue",
    "content_boundary",
)

Offsets = tuple[int, int]
CharSet = frozenset[int]
StrPath = str | os.PathLike[str]


# ----------------------------------------------------------------------------------------------------------
# Input data


@dataclass(frozen=True)
class Span:
    """A span of a document: ``pieces`` are the (start, end) ranges scored (several for a split span, with
    their texts in ``piece_texts``); ``text`` is the span's own text field."""

    start: int
    end: int
    text: str
    pieces: tuple[Offsets, ...]
    piece_texts: tuple[str, ...] = ()

    @property
    def scored_text(self) -> str:
        """The text of the scored pieces, joined by " … " when there are several."""
        return " … ".join(self.piece_texts) if len(self.pieces) > 1 else self.text

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text}
        if len(self.pieces) > 1:
            out["fragments"] = [
                {"start": start, "end": end, "text": text}
                for (start, end), text in zip(self.pieces, self.piece_texts, strict=True)
            ]
        return out


@dataclass(frozen=True)
class GoldAttribution:
    id: str | None
    content: Span | None
    source: Span | None
    cue: Span | None

    @property
    def is_speech(self) -> bool:
        """True when the cue is a speech or report cue (the ``speech=True`` subset)."""
        return self.cue is not None and is_speech_cue(self.cue.text)


@dataclass(frozen=True)
class GoldDoc:
    id: str
    text: str
    attributions: tuple[GoldAttribution, ...]


@dataclass(frozen=True)
class PredClaim:
    id: str | None
    start: int
    end: int
    text: str
    source: Span | None
    cue: Span | None

    @property
    def is_attribution(self) -> bool:
        """Only claims with a source or a cue are scored."""
        return self.source is not None or self.cue is not None


@dataclass(frozen=True)
class PredDoc:
    id: str
    claims: tuple[PredClaim, ...]
    #: The ``error.kind`` of an error record (a document the extractor failed on), else None.
    error_kind: str | None = None
    #: Where the record was read ("FILE, line N"), for messages.
    origin: str = ""


@dataclass(frozen=True)
class PredictionSet:
    """Predicted documents by id (the last line wins) and every line's id in file order."""

    docs: Mapping[str, PredDoc]
    line_ids: tuple[str, ...]

    @property
    def duplicate_ids(self) -> int:
        """Lines whose document id already occurred on an earlier line."""
        return len(self.line_ids) - len(set(self.line_ids))

    @property
    def error_records(self) -> int:
        """Documents (after duplicates are resolved) that are error records."""
        return sum(1 for doc in self.docs.values() if doc.error_kind is not None)

    def unknown_ids(self, gold: Mapping[str, GoldDoc]) -> int:
        """Lines whose document id is not in ``gold`` (counted per line, like the reference)."""
        return sum(1 for doc_id in self.line_ids if doc_id not in gold)


# ----------------------------------------------------------------------------------------------------------
# Results


@dataclass(frozen=True)
class PRF:
    """Precision, recall and F1 (0.0 where undefined)."""

    precision: float
    recall: float
    f1: float

    @classmethod
    def from_counts(cls, correct: int, npred: int, ngold: int) -> PRF:
        precision = correct / npred if npred else 0.0
        recall = correct / ngold if ngold else 0.0
        return cls(precision, recall, _harmonic_mean(precision, recall))

    def as_list(self) -> list[float]:
        return [self.precision, self.recall, self.f1]


@dataclass(frozen=True)
class Counts:
    ngold: int
    npred: int
    match: int
    missing_docs: int
    ignored: int
    duplicate_ids: int
    unknown_ids: int

    def to_dict(self) -> dict[str, int]:
        """The reference's ``counts`` object, in its key order."""
        return {
            "ngold": self.ngold,
            "npred": self.npred,
            "match": self.match,
            "missing_docs": self.missing_docs,
            "ignored": self.ignored,
            "duplicate_ids": self.duplicate_ids,
            "unknown_ids": self.unknown_ids,
        }


#: Which span an error of each kind is about.
_ERROR_ROLE: dict[ErrorKind, str] = {
    "missed": "content",
    "spurious": "content",
    "source_boundary": "source",
    "wrong_source": "source",
    "wrong_cue": "cue",
    "content_boundary": "content",
}


@dataclass(frozen=True)
class EvalError:
    """One scoring error, for error analysis.

    ``gold`` and ``pred`` are the spans the error is about (``role``: content, source or cue); either is None
    when missing. ``content_f1`` is set for matched pairs (every kind except missed and spurious).
    """

    doc_id: str
    kind: ErrorKind
    gold: Span | None
    pred: Span | None
    gold_id: str | None = None
    pred_claim_ids: tuple[str, ...] = ()
    content_f1: float | None = None

    @property
    def role(self) -> str:
        return _ERROR_ROLE[self.kind]

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "kind": self.kind,
            "role": self.role,
            "gold": self.gold.to_dict() if self.gold else None,
            "pred": self.pred.to_dict() if self.pred else None,
            "gold_id": self.gold_id,
            "pred_claim_ids": list(self.pred_claim_ids),
            "content_f1": self.content_f1,
        }


@dataclass(frozen=True)
class EvaluationResult:
    """The reference's metrics (each a P/R/F1 triple) and counts, plus the error listing."""

    attr: PRF
    source_exact: PRF
    source_overlap: PRF
    cue_overlap: PRF
    content_overlap: PRF
    content_exact: PRF
    counts: Counts
    errors: tuple[EvalError, ...] = ()
    #: Scored prediction documents that were error records (scored as documents with no claims).
    error_records: int = 0
    speech: bool = False

    def metrics(self) -> dict[str, PRF]:
        """The six metrics by name, in the reference's order (``METRIC_NAMES``)."""
        return {
            "attr": self.attr,
            "source_exact": self.source_exact,
            "source_overlap": self.source_overlap,
            "cue_overlap": self.cue_overlap,
            "content_overlap": self.content_overlap,
            "content_exact": self.content_exact,
        }

    def to_dict(self, *, include_errors: bool = False) -> dict[str, Any]:
        """The JSON object of ``score_attr.py --json`` (plus ``errors`` when asked)."""
        out: dict[str, Any] = {name: prf.as_list() for name, prf in self.metrics().items()}
        out["counts"] = self.counts.to_dict()
        if include_errors:
            out["errors"] = [error.to_dict() for error in self.errors]
        return out

    def format_table(self) -> str:
        """The lines ``score_attr.py`` prints without ``--json``."""
        lines = [
            f"{name:16s} P {prf.precision:.3f}  R {prf.recall:.3f}  F1 {prf.f1:.3f}"
            for name, prf in self.metrics().items()
        ]
        lines.append(f"counts {self.counts.to_dict()}")
        return "\n".join(lines)

    def errors_by_kind(self) -> dict[ErrorKind, list[EvalError]]:
        grouped: dict[ErrorKind, list[EvalError]] = {kind: [] for kind in ERROR_KINDS}
        for error in self.errors:
            grouped[error.kind].append(error)
        return grouped

    def format_errors(self, limit_per_kind: int | None = None) -> str:
        """A readable listing: the count of each kind, then the errors grouped by kind (at most
        ``limit_per_kind`` of each; all when None)."""
        grouped = self.errors_by_kind()
        width = max(len(kind) for kind in ERROR_KINDS)
        lines = ["errors by kind:"]
        lines += [f"  {kind:{width}s} {len(errors):5d}" for kind, errors in grouped.items()]
        lines.append(f"  {'total':{width}s} {len(self.errors):5d}")
        for kind, errors in grouped.items():
            if not errors:
                continue
            lines += ["", f"{kind} ({len(errors)}):"]
            shown = errors if limit_per_kind is None else errors[:limit_per_kind]
            lines += [_format_error(error) for error in shown]
            if len(shown) < len(errors):
                lines.append(f"  ... {len(errors) - len(shown)} more")
        return "\n".join(lines)


_SHORTEN_WIDTH = 80


def _shorten(text: str, width: int = _SHORTEN_WIDTH) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _format_span(side: str, role: str, span: Span | None) -> str:
    if span is None:
        return f"{side} {role}: (none)"
    offsets = "+".join(f"{start}-{end}" for start, end in span.pieces)
    return f"{side} {role} {offsets}: {json.dumps(_shorten(span.scored_text), ensure_ascii=False)}"


def _format_error(error: EvalError) -> str:
    where = error.doc_id
    if error.gold_id:
        where += f" gold {error.gold_id}"
    if error.pred_claim_ids:
        where += f" pred {','.join(error.pred_claim_ids)}"
    if error.content_f1 is not None:
        where += f" content F1 {error.content_f1:.3f}"
    parts = [f"  {where}"]
    if error.kind != "spurious":
        parts.append(f"    {_format_span('gold', error.role, error.gold)}")
    if error.kind != "missed":
        parts.append(f"    {_format_span('pred', error.role, error.pred)}")
    return "\n".join(parts)


# ----------------------------------------------------------------------------------------------------------
# Reading JSONL


@dataclass(frozen=True)
class _Location:
    path: Path
    line: int

    def __str__(self) -> str:
        return f"{self.path}, line {self.line}"

    def fail(self, problem: str) -> NoReturn:
        raise EvaluationError(f"{self}: {problem}")


def _iter_records(path: StrPath, what: str) -> Iterator[tuple[_Location, dict[str, Any]]]:
    """Yield each non-blank line of a JSONL file as a JSON object, with its location."""
    file_path = Path(path)
    try:
        # Iterating the file object (not str.splitlines) splits on newlines only, like the reference:
        # U+2028 and friends may occur unescaped inside JSON strings.
        with file_path.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines, start=1):
                if not line.strip():
                    continue
                location = _Location(file_path, number)
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    location.fail(
                        f"invalid JSON ({exc.msg} at column {exc.colno}); expected one {what} per line"
                    )
                if not isinstance(record, dict):
                    location.fail(f"expected a JSON object ({what}), found {type(record).__name__}")
                yield location, record
    except UnicodeDecodeError as exc:
        raise EvaluationError(f"{file_path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    except OSError as exc:
        raise EvaluationError(f"{file_path}: cannot read the {what} file ({exc.strerror or exc})") from exc


def _offset(value: Any, name: str, where: str, location: _Location) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        location.fail(f"{where}: {name!r} must be an integer offset, found {value!r}")
    if value < 0:
        location.fail(f"{where}: {name!r} must not be negative, found {value}")
    return value


def _offsets(obj: Mapping[str, Any], where: str, location: _Location, text_len: int | None) -> Offsets:
    start = _offset(obj.get("start"), "start", where, location)
    end = _offset(obj.get("end"), "end", where, location)
    if start > end:
        location.fail(f"{where}: start {start} is after end {end}")
    if text_len is not None and end > text_len:
        location.fail(f"{where}: end {end} is past the end of the text ({text_len} characters)")
    return start, end


def _optional_str(obj: Mapping[str, Any], key: str, where: str, location: _Location) -> str | None:
    value = obj.get(key)
    if value is not None and not isinstance(value, str):
        location.fail(f"{where}: {key!r} must be a string, found {value!r}")
    return value


def _parse_span(
    value: Any, where: str, location: _Location, *, text_len: int | None, fragments: bool
) -> Span | None:
    """A span object, or None for null/absent/{} (the reference treats any falsy value as no span).

    Gold spans are scored over their ``fragments`` when they have some; predicted spans only by start/end,
    as in the reference.
    """
    if not value:
        if value is None or isinstance(value, dict):
            return None
        location.fail(f"{where}: expected a span object or null, found {value!r}")
    if not isinstance(value, dict):
        location.fail(f"{where}: expected a span object or null, found {type(value).__name__}")
    start, end = _offsets(value, where, location, text_len)
    text = _optional_str(value, "text", where, location) or ""
    pieces: list[Offsets] = []
    piece_texts: list[str] = []
    raw_fragments = value.get("fragments") if fragments else None
    if raw_fragments:
        if not isinstance(raw_fragments, list):
            location.fail(f"{where}: 'fragments' must be a list of spans, found {raw_fragments!r}")
        for number, fragment in enumerate(raw_fragments):
            fragment_where = f"{where} fragment {number}"
            if not isinstance(fragment, dict):
                location.fail(f"{fragment_where}: expected a span object, found {fragment!r}")
            pieces.append(_offsets(fragment, fragment_where, location, text_len))
            piece_texts.append(_optional_str(fragment, "text", fragment_where, location) or "")
    else:
        pieces.append((start, end))
        piece_texts.append(text)
    return Span(start, end, text, tuple(pieces), tuple(piece_texts))


def _parse_gold(location: _Location, record: Mapping[str, Any]) -> GoldDoc:
    doc_id = record.get("id")
    if not isinstance(doc_id, str):
        location.fail(f"expected a string 'id' in the gold document, found {doc_id!r}")
    text = record.get("text")
    if not isinstance(text, str):
        location.fail(f"gold document {doc_id!r}: expected a string 'text', found {type(text).__name__}")
    raw_attributions = record.get("attributions")
    if not isinstance(raw_attributions, list):
        location.fail(
            f"gold document {doc_id!r}: expected an 'attributions' list, found {raw_attributions!r}"
        )
    attributions = []
    for number, raw in enumerate(raw_attributions):
        where = f"gold document {doc_id!r} attribution {number}"
        if not isinstance(raw, dict):
            location.fail(f"{where}: expected an object, found {raw!r}")
        if "content" not in raw:
            location.fail(f"{where}: missing 'content' (a span object, or null)")
        spans = {
            key: _parse_span(raw.get(key), f"{where} {key}", location, text_len=len(text), fragments=True)
            for key in ("content", "source", "cue")
        }
        attribution_id = raw.get("id")
        attributions.append(
            GoldAttribution(
                id=attribution_id if isinstance(attribution_id, str) else None,
                content=spans["content"],
                source=spans["source"],
                cue=spans["cue"],
            )
        )
    return GoldDoc(doc_id, text, tuple(attributions))


def _parse_prediction(location: _Location, record: Mapping[str, Any]) -> PredDoc:
    document = record.get("document")
    doc_id = document.get("id") if isinstance(document, dict) else None
    if not isinstance(doc_id, str):
        location.fail('expected a claims document with a string "document": {"id": ...}')
    error = record.get("error")
    error_kind = None
    if error is not None:
        kind = error.get("kind") if isinstance(error, dict) else None
        error_kind = kind if isinstance(kind, str) else "error"
    raw_claims = record.get("claims")
    if raw_claims is None:
        raw_claims = []
    if not isinstance(raw_claims, list):
        location.fail(f"document {doc_id!r}: 'claims' must be a list, found {type(raw_claims).__name__}")
    claims = []
    for number, raw in enumerate(raw_claims):
        if not isinstance(raw, dict):
            location.fail(f"document {doc_id!r} claim {number}: expected an object, found {raw!r}")
        claim_id = raw.get("id")
        where = f"document {doc_id!r} claim {claim_id if isinstance(claim_id, str) else number!r}"
        start, end = _offsets(raw, where, location, None)
        claims.append(
            PredClaim(
                id=claim_id if isinstance(claim_id, str) else None,
                start=start,
                end=end,
                text=_optional_str(raw, "text", where, location) or "",
                source=_parse_span(
                    raw.get("source"), f"{where} source", location, text_len=None, fragments=False
                ),
                cue=_parse_span(raw.get("cue"), f"{where} cue", location, text_len=None, fragments=False),
            )
        )
    return PredDoc(doc_id, tuple(claims), error_kind, str(location))


def load_gold(path: StrPath) -> dict[str, GoldDoc]:
    """Read gold attributions (JSONL, one document per line) by document id; a repeated id replaces the
    earlier document (as in the reference). Raises EvaluationError naming the file and line when malformed."""
    gold: dict[str, GoldDoc] = {}
    for location, record in _iter_records(path, "gold document"):
        doc = _parse_gold(location, record)
        gold[doc.id] = doc
    return gold


def load_predictions(path: StrPath) -> PredictionSet:
    """Read predicted claims documents and error records (JSONL) by document id; the last line with an id
    wins. Raises EvaluationError naming the file and line when malformed."""
    docs: dict[str, PredDoc] = {}
    line_ids: list[str] = []
    for location, record in _iter_records(path, "claims document"):
        doc = _parse_prediction(location, record)
        docs[doc.id] = doc
        line_ids.append(doc.id)
    return PredictionSet(docs, tuple(line_ids))


# ----------------------------------------------------------------------------------------------------------
# Scoring primitives (each mirrors one function of the reference, operation for operation, so that floating
# point results and therefore tie-breaking are identical)


def is_speech_cue(cue_text: str) -> bool:
    """True when a gold cue's text is a speech or report cue (``SPEECH``, searched in the stripped text)."""
    return bool(cue_text and SPEECH.search(cue_text.strip()))


def _trim(start: int, end: int, text: str) -> Offsets:
    while start < end and text[start] in PUNCT:
        start += 1
    while end > start and text[end - 1] in PUNCT:
        end -= 1
    return start, end


def _chars(pieces: Sequence[Offsets], text: str) -> CharSet:
    """The character offsets covered by the pieces, each trimmed of punctuation and space at both ends."""
    covered: set[int] = set()
    for start, end in pieces:
        trimmed_start, trimmed_end = _trim(start, end, text)
        covered.update(range(trimmed_start, trimmed_end))
    return frozenset(covered)


def _span_chars(span: Span | None, text: str) -> CharSet:
    return _chars(span.pieces, text) if span is not None else frozenset()


def char_f1(gold_chars: CharSet, pred_chars: CharSet) -> float:
    """Character-overlap F1 of a gold and a predicted character set (0.0 when either is empty)."""
    if not gold_chars or not pred_chars:
        return 0.0
    shared = len(gold_chars & pred_chars)
    if not shared:
        return 0.0
    precision, recall = shared / len(pred_chars), shared / len(gold_chars)
    return 2 * precision * recall / (precision + recall)


def _harmonic_mean(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass(frozen=True)
class _PredAttribution:
    """One predicted attribution: a claim, or several claims merged because they share cue and source."""

    claims: tuple[PredClaim, ...]

    @property
    def first(self) -> PredClaim:
        return self.claims[0]

    @property
    def source(self) -> Span | None:
        return self.first.source

    @property
    def cue(self) -> Span | None:
        return self.first.cue

    @property
    def pieces(self) -> tuple[Offsets, ...]:
        return tuple((claim.start, claim.end) for claim in self.claims)

    @property
    def claim_ids(self) -> tuple[str, ...]:
        return tuple(claim.id for claim in self.claims if claim.id is not None)

    def content_span(self) -> Span:
        return Span(
            start=min(claim.start for claim in self.claims),
            end=max(claim.end for claim in self.claims),
            text=" … ".join(claim.text for claim in self.claims),
            pieces=self.pieces,
            piece_texts=tuple(claim.text for claim in self.claims),
        )


def _merge_split_claims(claims: Sequence[PredClaim]) -> list[_PredAttribution]:
    """Group claims that share one cue span and one source span (source may be absent) into one attribution,
    in order of first appearance. Claims without a cue are never merged."""
    groups: dict[tuple[object, ...], list[PredClaim]] = {}
    for index, claim in enumerate(claims):
        if claim.cue is None:
            key: tuple[object, ...] = ("solo", index)
        elif claim.source is None:
            key = (claim.cue.start, claim.cue.end, None, None)
        else:
            key = (claim.cue.start, claim.cue.end, claim.source.start, claim.source.end)
        groups.setdefault(key, []).append(claim)
    return [_PredAttribution(tuple(group)) for group in groups.values()]


def _candidate_pairs(
    gold_content: Sequence[CharSet],
    gold_cues: Sequence[CharSet],
    pred_content: Sequence[CharSet],
    pred_cues: Sequence[CharSet],
) -> list[tuple[float, int, int]]:
    """(score, gold index, prediction index) of every pair that may match, best first."""
    pairs = []
    for gold_index, (content, cue) in enumerate(zip(gold_content, gold_cues, strict=True)):
        for pred_index, (candidate, candidate_cue) in enumerate(zip(pred_content, pred_cues, strict=True)):
            score = char_f1(content, candidate)
            cue_hit = bool(cue and candidate_cue and cue & candidate_cue)
            if score >= MIN_CONTENT_F1 or (cue_hit and score >= MIN_CONTENT_F1_WITH_CUE):
                pairs.append((score + (CUE_BONUS if cue_hit else 0.0), gold_index, pred_index))
    pairs.sort(reverse=True)
    return pairs


def _greedy_match(pairs: Sequence[tuple[float, int, int]]) -> list[tuple[int, int]]:
    """Take pairs in order, skipping any whose gold or prediction is already taken."""
    taken_gold: set[int] = set()
    taken_pred: set[int] = set()
    matched = []
    for _score, gold_index, pred_index in pairs:
        if gold_index in taken_gold or pred_index in taken_pred:
            continue
        taken_gold.add(gold_index)
        taken_pred.add(pred_index)
        matched.append((gold_index, pred_index))
    return matched


# ----------------------------------------------------------------------------------------------------------
# Evaluation


@dataclass
class _Tally:
    ngold: int = 0
    npred: int = 0
    match: int = 0
    source_gold: int = 0
    source_pred: int = 0
    source_exact: int = 0
    source_overlap: int = 0
    cue_gold: int = 0
    cue_pred: int = 0
    cue_overlap: int = 0
    content_f1: float = 0.0
    content_exact: int = 0
    missing_docs: int = 0
    ignored: int = 0
    errors: list[EvalError] = field(default_factory=list)


def _check_offsets(pred_doc: PredDoc, claims: Sequence[PredClaim], text_len: int) -> None:
    """Predicted offsets were read without the text; the scored ones must lie inside the gold text."""
    for claim in claims:
        spans = [("content", claim.start, claim.end)]
        if claim.source:
            spans.append(("source", claim.source.start, claim.source.end))
        if claim.cue:
            spans.append(("cue", claim.cue.start, claim.cue.end))
        for role, start, end in spans:
            if end > text_len:
                raise EvaluationError(
                    f"{pred_doc.origin}: claim {claim.id!r} {role} offsets {start}-{end} are past the end of "
                    f"gold document {pred_doc.id!r} ({text_len} characters); were the predictions made on "
                    "the same text?"
                )


def _score_document(gold_doc: GoldDoc, pred_doc: PredDoc | None, speech: bool, tally: _Tally) -> None:
    text = gold_doc.text
    if pred_doc is None:
        tally.missing_docs += 1
        predictions: list[_PredAttribution] = []
    else:
        scored_claims = [claim for claim in pred_doc.claims if claim.is_attribution]
        _check_offsets(pred_doc, scored_claims, len(text))
        predictions = _merge_split_claims(scored_claims)

    gold_attributions = list(gold_doc.attributions)
    dropped: list[GoldAttribution] = []
    if speech:
        dropped = [attribution for attribution in gold_attributions if not attribution.is_speech]
        gold_attributions = [attribution for attribution in gold_attributions if attribution.is_speech]

    gold_content = [_span_chars(attribution.content, text) for attribution in gold_attributions]
    gold_cues = [_span_chars(attribution.cue, text) for attribution in gold_attributions]
    pred_content = [_chars(prediction.pieces, text) for prediction in predictions]
    pred_cues = [_span_chars(prediction.cue, text) for prediction in predictions]

    matched = _greedy_match(_candidate_pairs(gold_content, gold_cues, pred_content, pred_cues))
    matched_gold = {gold_index for gold_index, _ in matched}
    matched_pred = {pred_index for _, pred_index in matched}

    # Unmatched predictions that hit a dropped (non-speech) gold attribution are ignored.
    ignored: set[int] = set()
    if speech and dropped:
        dropped_content = [_span_chars(attribution.content, text) for attribution in dropped]
        dropped_cues = [_span_chars(attribution.cue, text) for attribution in dropped]
        for pred_index, content in enumerate(pred_content):
            if pred_index in matched_pred:
                continue
            if any(char_f1(gold, content) >= MIN_CONTENT_F1 for gold in dropped_content) or any(
                cue & pred_cues[pred_index] for cue in dropped_cues
            ):
                ignored.add(pred_index)

    counted = [prediction for index, prediction in enumerate(predictions) if index not in ignored]
    tally.ignored += len(ignored)
    tally.ngold += len(gold_attributions)
    tally.npred += len(counted)
    tally.match += len(matched)
    tally.source_gold += sum(1 for attribution in gold_attributions if attribution.source)
    tally.source_pred += sum(1 for prediction in counted if prediction.source)
    tally.cue_gold += sum(1 for attribution in gold_attributions if attribution.cue)
    tally.cue_pred += sum(1 for prediction in counted if prediction.cue)

    pair_errors: dict[int, list[EvalError]] = {}
    for gold_index, pred_index in matched:  # in matching order, so the float sum equals the reference's
        gold, prediction = gold_attributions[gold_index], predictions[pred_index]
        content_f1 = char_f1(gold_content[gold_index], pred_content[pred_index])
        tally.content_f1 += content_f1
        if gold_content[gold_index] == pred_content[pred_index]:
            tally.content_exact += 1
        source_exact = source_overlap = False
        if gold.source and prediction.source:
            gold_source = _span_chars(gold.source, text)
            pred_source = _span_chars(prediction.source, text)
            source_exact = gold_source == pred_source
            source_overlap = bool(gold_source & pred_source)
            tally.source_exact += source_exact
            tally.source_overlap += source_overlap
        cue_overlap = bool(gold.cue and prediction.cue and gold_cues[gold_index] & pred_cues[pred_index])
        tally.cue_overlap += cue_overlap
        pair_errors[gold_index] = _pair_errors(
            gold_doc.id, gold, prediction, content_f1, source_exact, source_overlap, cue_overlap
        )

    for gold_index, gold in enumerate(gold_attributions):
        if gold_index in matched_gold:
            tally.errors += pair_errors[gold_index]
        else:
            tally.errors.append(EvalError(gold_doc.id, "missed", gold.content, None, gold_id=gold.id))
    for pred_index, prediction in enumerate(predictions):
        if pred_index not in matched_pred and pred_index not in ignored:
            tally.errors.append(
                EvalError(
                    gold_doc.id,
                    "spurious",
                    None,
                    prediction.content_span(),
                    pred_claim_ids=prediction.claim_ids,
                )
            )


def _pair_errors(
    doc_id: str,
    gold: GoldAttribution,
    prediction: _PredAttribution,
    content_f1: float,
    source_exact: bool,
    source_overlap: bool,
    cue_overlap: bool,
) -> list[EvalError]:
    """The errors of one matched pair, consistent with the counts: a source error unless the sources are
    equal (or both absent), a cue error when the gold cue is not overlapped, a content error unless F1 = 1."""

    def error(kind: ErrorKind, gold_span: Span | None, pred_span: Span | None) -> EvalError:
        return EvalError(
            doc_id,
            kind,
            gold_span,
            pred_span,
            gold_id=gold.id,
            pred_claim_ids=prediction.claim_ids,
            content_f1=content_f1,
        )

    errors = []
    if (gold.source or prediction.source) and not source_exact:
        kind: ErrorKind = "source_boundary" if source_overlap else "wrong_source"
        errors.append(error(kind, gold.source, prediction.source))
    if gold.cue and not cue_overlap:
        errors.append(error("wrong_cue", gold.cue, prediction.cue))
    if content_f1 < 1.0:
        errors.append(error("content_boundary", gold.content, prediction.content_span()))
    return errors


def evaluate(gold: Mapping[str, GoldDoc], pred: PredictionSet, *, speech: bool = False) -> EvaluationResult:
    """Score predictions against gold documents, as ``score_attr.py GOLD PRED [--speech]`` does."""
    tally = _Tally()
    for doc_id, gold_doc in gold.items():
        _score_document(gold_doc, pred.docs.get(doc_id), speech, tally)

    content_precision = tally.content_f1 / tally.npred if tally.npred else 0.0
    content_recall = tally.content_f1 / tally.ngold if tally.ngold else 0.0
    return EvaluationResult(
        attr=PRF.from_counts(tally.match, tally.npred, tally.ngold),
        source_exact=PRF.from_counts(tally.source_exact, tally.source_pred, tally.source_gold),
        source_overlap=PRF.from_counts(tally.source_overlap, tally.source_pred, tally.source_gold),
        cue_overlap=PRF.from_counts(tally.cue_overlap, tally.cue_pred, tally.cue_gold),
        content_overlap=PRF(
            content_precision, content_recall, _harmonic_mean(content_precision, content_recall)
        ),
        content_exact=PRF.from_counts(tally.content_exact, tally.npred, tally.ngold),
        counts=Counts(
            ngold=tally.ngold,
            npred=tally.npred,
            match=tally.match,
            missing_docs=tally.missing_docs,
            ignored=tally.ignored,
            duplicate_ids=pred.duplicate_ids,
            unknown_ids=pred.unknown_ids(gold),
        ),
        errors=tuple(tally.errors),
        error_records=sum(1 for doc_id in gold if (doc := pred.docs.get(doc_id)) and doc.error_kind),
        speech=speech,
    )
