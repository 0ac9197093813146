"""claims.distributed without spaCy or a cluster: the record checks, error records, the per-process
pipeline cache, and the ordered, bounded streaming of extract_on_dask (on a fake client)."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import pytest

from claims import distributed, extraction
from claims.errors import InputError, ModelNotFound, SchemaError
from claims.serialize import validate
from claims.text import InputDocument
from claims.types import Document, DocumentInfo, ErrorRecord, Generator

JSON = dict[str, Any]
SENTINEL_NLP: Any = object()


def fake_extract_many(
    items: Iterable[InputDocument | InputError], *, nlp: Any, batch_size: int = 32, n_process: int = 1
) -> Iterator[Document | ErrorRecord]:
    """extract_many without spaCy: a claim-less document for each input document, error records as the
    real one makes them."""
    assert nlp is SENTINEL_NLP
    for item in items:
        if isinstance(item, InputError):
            yield extraction.error_record(item)
            continue
        info = DocumentInfo(
            id=item.id,
            sha256=hashlib.sha256(item.text.encode("utf-8")).hexdigest(),
            chars=len(item.text),
            origin=item.origin,
            media_type=item.media_type,
            text=item.text if item.derived else None,
        )
        yield Document(document=info, generator=Generator("claims", "0", "fake"))


@pytest.fixture(autouse=True)
def fresh_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts with an empty pipeline cache (and leaves the real one alone)."""
    monkeypatch.setattr(distributed, "_PIPELINES", {})
    monkeypatch.setattr(distributed, "_LOADS", Counter())


@pytest.fixture
def loads(monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    """Replace the pipeline loader and the extraction by fakes; the list records each load."""
    calls: list[str | None] = []

    def load(model: str | None = None) -> Any:
        calls.append(model)
        return SENTINEL_NLP

    monkeypatch.setattr(extraction, "load_pipeline", load)
    monkeypatch.setattr(extraction, "extract_many", fake_extract_many)
    return calls


def error_of(out: JSON) -> tuple[str, str, str]:
    assert "claims" not in out, out
    return out["document"]["id"], out["error"]["kind"], out["error"]["message"]


# ---------------------------------------------------------------------------------------------------- records


def test_good_records_become_documents_in_order(loads: list[str | None]) -> None:
    out = distributed.extract_records([{"id": "a", "text": "One."}, {"id": 7, "text": "Two."}])
    assert [o["document"]["id"] for o in out] == ["a", "7"]
    assert [o["document"]["origin"] for o in out] == ["a", "7"]
    assert [o["document"]["chars"] for o in out] == [4, 4]
    for o in out:
        validate(o)
        json.dumps(o)  # JSON-ready


@pytest.mark.parametrize(
    ("record", "doc_id", "kind", "message"),
    [
        ({"id": "m"}, "m", "record", "expected the article text in the field 'text', found the fields 'id'"),
        (
            {"id": "n", "text": None},
            "n",
            "record",
            "expected the field 'text' to be a string, found NoneType",
        ),
        ({"id": "b", "text": b"bytes"}, "b", "record", "to be a string, found bytes"),
        ({"id": "e", "text": " \n\t"}, "e", "empty", "found an empty 'text' field"),
        (
            "just a string",
            "record:2",
            "record",
            "expected a record (a mapping with a 'text' field), found str",
        ),
        (None, "record:2", "record", "found NoneType"),
        ({"text": ""}, "record:2", "empty", "found an empty 'text' field"),
        ({"id": "s", "text": "Bad \ud800 escape."}, "s", "encoding", "found a lone surrogate \\ud800"),
        ({"id": "x\udc00", "text": "Fine."}, "record:2", "encoding", "expected the field 'id' to be Unicode"),
    ],
)
def test_bad_record_gives_an_error_record_not_an_exception(
    loads: list[str | None], record: object, doc_id: str, kind: str, message: str
) -> None:
    out = distributed.extract_records([{"id": "ok", "text": "Fine."}, record, {"id": "z", "text": "Also."}])
    assert len(out) == 3
    assert out[0]["document"]["id"] == "ok" and "claims" in out[0]
    assert out[2]["document"]["id"] == "z" and "claims" in out[2]
    got_id, got_kind, got_message = error_of(out[1])
    assert (got_id, got_kind) == (doc_id, kind)
    assert got_message.startswith(f"{doc_id}: ")
    assert message in got_message
    validate(out[1])


def test_records_without_id_are_numbered_over_the_whole_input(loads: list[str | None]) -> None:
    out = distributed.extract_records([{"text": "A."}, 3, {"text": "C."}], start=10)
    assert [o["document"]["id"] for o in out] == ["record:11", "record:12", "record:13"]


def test_other_keys(loads: list[str | None]) -> None:
    out = distributed.extract_records([{"key": "k", "body": "Text."}], text_key="body", id_key="key")
    assert out[0]["document"]["id"] == "k" and "claims" in out[0]


def test_html_record_is_reduced_to_its_text(loads: list[str | None]) -> None:
    paragraph = (
        "The minister said on Monday that the harbour would reopen after the storm damage was repaired."
    )
    page = f"<!doctype html><html><body><article><p>{paragraph}</p><p>{paragraph}</p></article></body></html>"
    empty = "<html><body><script>var x = 1;</script></body></html>"
    out = distributed.extract_records([{"id": "page", "text": page}, {"id": "blank", "text": empty}])
    assert out[0]["document"]["media_type"] == "text/html"
    assert paragraph in out[0]["document"]["text"]
    assert "<p>" not in out[0]["document"]["text"]
    assert error_of(out[1])[:2] == ("blank", "empty")


def test_only_bad_records_need_no_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_model(model: str | None = None) -> Any:
        raise AssertionError("the pipeline was loaded for a batch without a document")

    monkeypatch.setattr(extraction, "load_pipeline", no_model)
    out = distributed.extract_records([{"id": "x"}, 5])
    assert [error_of(o)[:2] for o in out] == [("x", "record"), ("record:2", "record")]
    assert distributed.extract_records([]) == []


def test_missing_model_is_raised_not_recorded(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(model: str | None = None) -> Any:
        raise ModelNotFound(f"spaCy pipeline {model!r} is not installed")

    monkeypatch.setattr(extraction, "load_pipeline", missing)
    with pytest.raises(ModelNotFound, match="nope"):
        distributed.extract_records([{"id": "a", "text": "Text."}], model="nope")
    assert distributed._PIPELINES == {}  # a failed load is not cached


def test_output_is_validated(loads: list[str | None], monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(record: Document | ErrorRecord) -> JSON:
        return {"schema_version": "1.0", "document": {"id": 1}}

    monkeypatch.setattr(distributed, "to_dict", broken)
    with pytest.raises(SchemaError):
        distributed.extract_records([{"id": "a", "text": "Text."}])
    assert distributed.extract_records([{"id": "a", "text": "Text."}], check=False) == [
        {"schema_version": "1.0", "document": {"id": 1}}
    ]


# ---------------------------------------------------------------------------------------------------- cache


def test_pipeline_loaded_once_per_model(loads: list[str | None]) -> None:
    for _ in range(3):
        distributed.extract_records([{"id": "a", "text": "Text."}])
        distributed.extract_records([{"id": "a", "text": "Text."}], model="en_core_web_md")
    assert loads == [None, "en_core_web_md"]
    assert distributed._loads() == {None: 1, "en_core_web_md": 1}
    assert distributed.pipeline() is SENTINEL_NLP


# ---------------------------------------------------------------------------------------------------- Dask


class FakeFuture:
    def __init__(self, client: FakeClient, fn: Callable[..., Any], args: tuple[Any, ...], kwargs: JSON):
        self.client, self.fn, self.args, self.kwargs = client, fn, args, kwargs

    def result(self) -> Any:
        self.client.consumed.append(self)
        return self.fn(*self.args, **self.kwargs)


class FakeClient:
    """Client.submit that runs the task when its result is asked for; records what is in flight."""

    def __init__(self, threads: int = 2, fail_on: int | None = None) -> None:
        self.threads = threads
        self.fail_on = fail_on
        self.submitted: list[FakeFuture] = []
        self.consumed: list[FakeFuture] = []
        self.cancelled: list[FakeFuture] = []
        self.most_in_flight = 0

    def nthreads(self) -> dict[str, int]:
        return {"tcp://w1": self.threads // 2, "tcp://w2": self.threads - self.threads // 2}

    def submit(self, fn: Callable[..., Any], *args: Any, pure: bool = True, **kwargs: Any) -> FakeFuture:
        assert pure is False  # partitions with equal content must not be merged into one task
        if self.fail_on is not None and len(self.submitted) == self.fail_on:
            fn = self._fail
        future = FakeFuture(self, fn, args, kwargs)
        self.submitted.append(future)
        self.most_in_flight = max(self.most_in_flight, len(self.submitted) - len(self.consumed))
        return future

    @staticmethod
    def _fail(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("worker lost")

    def cancel(self, futures: list[FakeFuture]) -> None:
        self.cancelled.extend(futures)


def records(n: int) -> list[JSON]:
    return [{"id": f"r{i}", "text": f"Text number {i}."} for i in range(n)]


def test_dask_stream_keeps_input_order_and_numbering(loads: list[str | None]) -> None:
    client: Any = FakeClient()
    stream = [*records(5), {"text": "no id"}, 42, *records(3)]
    out = list(distributed.extract_on_dask(stream, client, partition_size=3))
    assert out == distributed.extract_records(stream)
    assert [o["document"]["id"] for o in out][5:7] == ["record:6", "record:7"]
    assert len(client.submitted) == 4  # 10 records in partitions of 3
    assert [f.kwargs["start"] for f in client.submitted] == [0, 3, 6, 9]


def test_dask_stream_is_lazy_and_bounded(loads: list[str | None]) -> None:
    client: Any = FakeClient(threads=2)
    read: list[int] = []

    def source() -> Iterator[JSON]:
        for i in range(1000):
            read.append(i)
            yield {"id": str(i), "text": "Text."}

    stream = distributed.extract_on_dask(source(), client, partition_size=10)
    assert read == []  # nothing is read before the first result is asked for
    first = next(stream)
    assert first["document"]["id"] == "0"
    assert len(read) <= 4 * 10 + 1  # the window: two partitions per worker thread
    assert sum(1 for _ in stream) == 999
    assert client.most_in_flight == 4


def test_dask_stream_window_can_be_set(loads: list[str | None]) -> None:
    client: Any = FakeClient(threads=8)
    assert (
        len(list(distributed.extract_on_dask(records(50), client, partition_size=5, max_in_flight=2))) == 50
    )
    assert client.most_in_flight == 2


def test_closing_the_stream_early_cancels_partitions_in_flight(loads: list[str | None]) -> None:
    client: Any = FakeClient()
    stream = distributed.extract_on_dask(records(100), client, partition_size=10)
    next(stream)
    stream.close()
    assert client.cancelled and len(client.cancelled) == len(client.submitted) - len(client.consumed)


def test_a_failed_task_raises_and_cancels_the_rest(loads: list[str | None]) -> None:
    client: Any = FakeClient(fail_on=1)
    stream = distributed.extract_on_dask(records(100), client, partition_size=10)
    got = [next(stream) for _ in range(10)]
    with pytest.raises(RuntimeError, match="worker lost"):
        next(stream)
    assert len(got) == 10
    assert client.cancelled


def test_dask_arguments_are_checked() -> None:
    client: Any = FakeClient()
    with pytest.raises(ValueError, match="partition_size"):
        distributed.extract_on_dask([], client, partition_size=0)
    with pytest.raises(ValueError, match="max_in_flight"):
        distributed.extract_on_dask([], client, max_in_flight=0)


def test_no_client_and_no_default_client_is_an_error() -> None:
    with pytest.raises(ValueError, match="No clients found"):
        distributed.extract_on_dask(records(1))
