"""Claims extraction past one machine: a pure function over batches of records, and its Dask integration.

:func:`extract_records` maps a batch of records ``{"id": ..., "text": ...}`` to claims documents in their
JSON form (:func:`claims.serialize.to_dict`), one per record, in order. A bad record (not a mapping, no text,
text that is not a string, empty text, a lone surrogate that cannot be written as UTF-8) gives an error
record in its place, never an exception. The spaCy pipeline is loaded once per process and kept in a
module-level cache keyed by the model name, so a worker process that runs many batches loads it once.

:func:`extract_on_dask` runs :func:`extract_records` on a Dask cluster (``dask[distributed]``, the
``claims[distributed]`` extra): the input is read lazily and cut into partitions, each partition is one task
(``Client.submit``), a bounded number of them is in flight at a time, and the results come back as a
stream in input order. Memory on the client is bounded by the window of partitions in flight, not by the
number of records.

Every record gets the output :func:`claims.extraction.extract_many` gives for the same document in one
process: the document id is the record's id, its origin is that id too, and text that is an HTML page is
reduced to its article text first, as ``claims extract`` does for a JSONL line. Only a record without an id
depends on its position: its id is ``record:N``, ``N`` counting from 1 over the whole input (``start`` gives
the position of a batch's first record).

A missing spaCy pipeline is not a bad record but a configuration error: :class:`~claims.errors.ModelNotFound`
is raised (on Dask, by the first task, and re-raised by the iterator).
"""

from __future__ import annotations

import threading
from collections import Counter, deque
from collections.abc import Iterable, Iterator, Mapping
from itertools import islice
from typing import TYPE_CHECKING, Any

from claims.errors import InputError
from claims.serialize import JSON, to_dict, validate
from claims.text import DocumentInputError, InputDocument, html_to_text, is_html, surrogate_message

if TYPE_CHECKING:
    from distributed import Client, Future
    from spacy.language import Language

__all__ = [
    "DEFAULT_PARTITION_SIZE",
    "RECORD_ERROR_KIND",
    "extract_on_dask",
    "extract_records",
    "pipeline",
    "record_input",
]

#: Records per Dask task in :func:`extract_on_dask`.
DEFAULT_PARTITION_SIZE = 64
#: The error-record kind of a malformed record (not a mapping, no text, text not a string).
RECORD_ERROR_KIND = "record"

_PIPELINES: dict[str | None, Language] = {}
_LOADS: Counter[str | None] = Counter()
_LOCK = threading.Lock()


def pipeline(model: str | None = None) -> Language:
    """The claims pipeline for ``model`` (None: the default English pipelines), loaded once per process.

    Raises :class:`~claims.errors.ModelNotFound` when it is not installed (a failed load is not cached).
    """
    with _LOCK:  # a worker with several threads loads the model once, not once per thread
        nlp = _PIPELINES.get(model)
        if nlp is None:
            from claims.extraction import load_pipeline

            nlp = load_pipeline(model)
            _PIPELINES[model] = nlp
            _LOADS[model] += 1
        return nlp


def _loads() -> dict[str | None, int]:
    """How many times each model was loaded in this process (tests check it is once per worker)."""
    return dict(_LOADS)


def _record_error(doc_id: str, message: str, kind: str = RECORD_ERROR_KIND) -> DocumentInputError:
    return DocumentInputError(f"{doc_id}: {message}", origin=doc_id, kind=kind, document_id=doc_id)


def record_input(
    record: object, number: int, *, text_key: str = "text", id_key: str = "id"
) -> InputDocument | InputError:
    """The input document of one record, or the :class:`~claims.errors.InputError` standing for it.

    ``number`` is the record's position in the whole input, from 1; it names a record without an id
    (``record:N``). An id that is not a string is converted with ``str`` (as ``claims extract`` does for
    JSONL). Never raises for a bad record.
    """
    default_id = f"record:{number}"
    if not isinstance(record, Mapping):
        return _record_error(
            default_id,
            f"expected a record (a mapping with a {text_key!r} field), found {type(record).__name__}; "
            f"pass records such as {{{id_key!r}: ..., {text_key!r}: ...}}",
        )
    raw_id = record.get(id_key)
    doc_id = default_id if raw_id is None else str(raw_id)
    problem = surrogate_message(f"the field {id_key!r}", doc_id)
    if problem is not None:  # an id that cannot be written as UTF-8 cannot name the record
        return _record_error(default_id, problem, kind="encoding")
    if text_key not in record:
        found = ", ".join(repr(str(k)) for k in record) or "none"
        return _record_error(
            doc_id,
            f"expected the article text in the field {text_key!r}, found the fields {found}; "
            "name the text field with text_key",
        )
    text = record[text_key]
    if not isinstance(text, str):
        return _record_error(
            doc_id,
            f"expected the field {text_key!r} to be a string, found {type(text).__name__}; "
            "pass the article text as a string",
        )
    if not text.strip():
        return _record_error(
            doc_id,
            f"expected article text, found an empty {text_key!r} field; pass a record that holds the article",
            kind="empty",
        )
    problem = surrogate_message(f"the field {text_key!r}", text)
    if problem is not None:
        return _record_error(doc_id, problem, kind="encoding")
    if is_html(text):
        try:
            return InputDocument(
                doc_id, html_to_text(text, doc_id), doc_id, media_type="text/html", derived=True
            )
        except InputError as exc:
            return DocumentInputError(str(exc), origin=doc_id, kind=exc.kind, document_id=doc_id)
    return InputDocument(doc_id, text, doc_id)


def extract_records(
    records: Iterable[object],
    model: str | None = None,
    *,
    start: int = 0,
    batch_size: int = 32,
    text_key: str = "text",
    id_key: str = "id",
    check: bool = True,
) -> list[JSON]:
    """Claims documents (JSON-ready dicts) for a batch of records ``{"id": ..., "text": ...}``, in order.

    One output per record: its claims document, or an error record (``{"schema_version", "document":
    {"id", "origin"}, "error": {"kind", "message"}}``) for a bad record or a document the pipeline fails on.
    ``start`` is the number of records before this batch in the whole input (for the ids of records
    without one). Each output is validated against the claims schema unless ``check`` is false (a failure
    raises :class:`~claims.errors.SchemaError`: a bug). The pipeline is loaded once per process
    (:func:`pipeline`) and only when a record holds a document.
    """
    from claims.extraction import error_record, extract_many

    items = [
        record_input(record, start + i, text_key=text_key, id_key=id_key)
        for i, record in enumerate(records, start=1)
    ]
    if any(isinstance(item, InputDocument) for item in items):
        results = extract_many(items, nlp=pipeline(model), batch_size=batch_size)
    else:  # nothing to parse: no need for spaCy
        results = (error_record(item) for item in items if isinstance(item, InputError))
    out = [to_dict(result) for result in results]
    if check:
        for data in out:
            validate(data)
    return out


def _partitions(records: Iterable[object], size: int) -> Iterator[list[object]]:
    iterator = iter(records)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _default_window(client: Client) -> int:
    """Partitions in flight: two per worker thread, so every thread has the next one queued."""
    threads = sum(client.nthreads().values())  # type: ignore[no-untyped-call]
    return max(2, 2 * threads)


def extract_on_dask(
    records: Iterable[object],
    client: Client | str | None = None,
    model: str | None = None,
    *,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    max_in_flight: int | None = None,
    batch_size: int = 32,
    text_key: str = "text",
    id_key: str = "id",
    check: bool = True,
) -> Iterator[JSON]:
    """The claims documents of ``records``, computed on a Dask cluster, yielded in input order.

    ``client``: a :class:`distributed.Client`, a scheduler address (``"tcp://scheduler:8786"``: a client is
    opened and closed here), or None for the current default client (the last one created). The records
    are read lazily, ``partition_size`` at a time; each partition is one task running
    :func:`extract_records` on a worker, whose process loads the pipeline ``model`` once and keeps it.
    At most ``max_in_flight`` partitions are submitted and not yet consumed (default: two per worker thread),
    so the input may be an unbounded stream. The outputs are those :func:`extract_records` gives on one
    machine, record for record. A task that fails (a missing model: :class:`~claims.errors.ModelNotFound`;
    a worker that keeps dying: ``KilledWorker``) raises here, and the partitions still in flight are
    cancelled, as they are when the iterator is closed early.
    """
    if partition_size < 1:
        raise ValueError(f"expected partition_size >= 1, found {partition_size}")
    if max_in_flight is not None and max_in_flight < 1:
        raise ValueError(f"expected max_in_flight >= 1 or None, found {max_in_flight}")
    if client is None:
        from distributed import default_client

        client = default_client()  # type: ignore[no-untyped-call]  # ValueError when there is none
    return _stream(
        records,
        client,
        model,
        partition_size=partition_size,
        max_in_flight=max_in_flight,
        options={"batch_size": batch_size, "text_key": text_key, "id_key": id_key, "check": check},
    )


def _stream(
    records: Iterable[object],
    client: Client | str,
    model: str | None,
    *,
    partition_size: int,
    max_in_flight: int | None,
    options: dict[str, Any],
) -> Iterator[JSON]:
    from distributed import Client

    owned = isinstance(client, str)
    # distributed's Client is only partly annotated: the untyped calls are marked one by one
    active = Client(client) if isinstance(client, str) else client  # type: ignore[no-untyped-call]
    window = max_in_flight or _default_window(active)
    pending: deque[Future[list[JSON]]] = deque()
    try:
        start = 0
        for chunk in _partitions(records, partition_size):
            pending.append(active.submit(extract_records, chunk, model, start=start, pure=False, **options))
            start += len(chunk)
            while len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        if pending:
            active.cancel(list(pending))  # type: ignore[no-untyped-call]
        if owned:
            active.close()  # type: ignore[no-untyped-call]
