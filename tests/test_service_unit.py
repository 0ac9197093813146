"""``claims serve`` without a spaCy model: the HTTP contract of claims.service.

Extraction is replaced by a stub (``claims.extraction.extract_many`` is monkeypatched) that returns a fixed,
valid document for the input document it is given, and the app gets a fake pipeline object (only its
``meta`` and ``max_length`` are read). tests/model/test_service.py runs the real pipeline over real HTTP.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import threading
import time
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, ClassVar

import httpx
import jsonschema
import pytest
from typer.testing import CliRunner

import claims
from claims import cli, extraction, serialize
from claims.errors import InputError, ModelNotFound
from claims.text import InputDocument
from claims.types import (
    Claim,
    Cue,
    Document,
    DocumentInfo,
    ErrorRecord,
    Evidence,
    Generator,
    Label,
    Source,
    SourceKind,
)

pytest.importorskip("fastapi", reason="claims serve needs the serve extra")

from claims import service  # (after the importorskip)

# starlette.testclient warns on import that it would rather use httpx2 (not installed here): that
# warning is about starlette's test client, not about this code.
with warnings.catch_warnings():
    warnings.filterwarnings(
        "ignore", message=r"Using `httpx` with `starlette\.testclient` is deprecated", category=UserWarning
    )
    from fastapi.testclient import TestClient

Record = dict[str, Any]

TEXT = "The minister said the plan would work."
HTML = (
    "<!DOCTYPE html><html><head><title>Harbour</title></head><body><article>"
    "<h1>Council answers critics</h1>"
    "<p>The minister said the plan would work, and that the harbour would open in the spring as planned.</p>"
    "<p>Critics of the plan said the council had not published the figures behind its estimates.</p>"
    "</article></body></html>"
)
MAX_BYTES = 1_000
MAX_CHARS = 600


class FakePipeline:
    """Stands in for a spaCy Language: the service reads only ``meta`` and ``max_length``."""

    meta: ClassVar[dict[str, str]] = {"lang": "en", "name": "fake", "version": "1.2.3"}
    max_length = MAX_CHARS


@dataclass
class Stub:
    """A fake ``extraction.extract_many``: one valid document per input, and what it saw."""

    items: list[InputDocument] = field(default_factory=list)
    threads: set[str] = field(default_factory=set)
    delay: float = 0.0
    active: int = 0
    max_active: int = 0
    confidence: float = 0.8
    result: str = "document"  # or "error_record", "raise"
    gate: threading.Event | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)

    def __call__(
        self,
        items: Iterable[InputDocument | InputError],
        *,
        nlp: Any,
        batch_size: int = 32,
        n_process: int = 1,
    ) -> Iterator[Document | ErrorRecord]:
        assert isinstance(nlp, FakePipeline)
        for item in items:
            assert isinstance(item, InputDocument)
            with self.lock:
                self.active += 1
                self.max_active = max(self.max_active, self.active)
                self.items.append(item)
                self.threads.add(threading.current_thread().name)
            try:
                if self.gate is not None:
                    assert self.gate.wait(10)
                time.sleep(self.delay)
                yield self.record(item)
            finally:
                with self.lock:
                    self.active -= 1

    def record(self, item: InputDocument) -> Document | ErrorRecord:
        if self.result == "raise":
            raise RuntimeError("the stub failed")
        if self.result == "error_record":
            return ErrorRecord(item.id, "internal", f"{item.origin}: ValueError: E999", item.origin)
        return stub_document(item, self.confidence)


def stub_document(item: InputDocument, confidence: float = 0.8) -> Document:
    """A fixed claims document for ``item`` (the claim's offsets are only right for TEXT)."""
    return Document(
        document=DocumentInfo(
            id=item.id,
            sha256="0" * 64,
            chars=len(item.text),
            origin=item.origin,
            media_type=item.media_type,
            text=item.text if item.derived else None,
        ),
        generator=Generator("claims", claims.__version__, "en_fake-1.2.3"),
        claims=(
            Claim(
                id="c0123456789",
                text="the plan would work",
                start=18,
                end=37,
                label=Label.STATEMENT,
                confidence=confidence,
                source=Source("The minister", 0, 12, SourceKind.DESCRIPTOR),
                cue=Cue("said", 13, 17, "say"),
                evidence=(Evidence("cue_lemma", "say"),),
            ),
        ),
    )


def expected_bytes(item: InputDocument) -> bytes:
    """What claims extract --format jsonl writes for the stub's document (one line, without its newline)."""
    return serialize.dumps(stub_document(item)).encode("utf-8")


@pytest.fixture
def stub(monkeypatch: pytest.MonkeyPatch) -> Stub:
    fake = Stub()
    monkeypatch.setattr(extraction, "extract_many", fake)
    return fake


@pytest.fixture
def client(stub: Stub) -> Iterator[TestClient]:
    with TestClient(service.create_app(nlp=FakePipeline(), max_bytes=MAX_BYTES)) as test_client:  # type: ignore[arg-type]
        yield test_client


def post(client: TestClient, body: bytes, content_type: str | None = "application/json") -> httpx.Response:
    headers = {"content-type": content_type} if content_type else {}
    return client.post("/extract", content=body, headers=headers)


def assert_error(response: httpx.Response, status: int, kind: str, *needles: str) -> str:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert list(body) == ["error"]
    assert set(body["error"]) == {"kind", "message"}
    assert body["error"]["kind"] == kind, body
    message: str = body["error"]["message"]
    for needle in needles:
        assert needle in message, (needle, message)
    return message


# --------------------------------------------------------------------------------------------------------
# /health, /schema


def test_health(client: TestClient) -> None:
    response = client.get("/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "model": "en_fake-1.2.3", "version": claims.__version__}


def test_schema_is_the_claims_schema(client: TestClient) -> None:
    response = client.get("/schema")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert response.json() == serialize.schema()
    assert list(response.json()["$defs"]) == list(serialize.schema()["$defs"])


# --------------------------------------------------------------------------------------------------------
# POST /extract: the document


def test_extract_text_answers_the_cli_json(client: TestClient, stub: Stub) -> None:
    response = post(client, json.dumps({"text": TEXT, "id": "article-7"}).encode())
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"
    [item] = stub.items
    assert item == InputDocument("article-7", TEXT, service.REQUEST_ORIGIN)
    assert response.content == expected_bytes(item)  # byte for byte a line of claims extract's JSONL
    assert response.json()["document"]["origin"] == "<request>"


def test_extract_without_id_uses_the_request_id(client: TestClient, stub: Stub) -> None:
    response = client.post("/extract", json={"text": TEXT})
    assert response.status_code == 200, response.text
    assert response.json()["document"]["id"] == service.REQUEST_ID == "request"
    assert stub.items[0].id == "request"


def test_extract_keeps_unicode_unescaped(client: TestClient, stub: Stub) -> None:
    response = client.post("/extract", json={"text": TEXT, "id": "Ministerin „Zürich“"})
    assert response.status_code == 200
    assert '"Ministerin „Zürich“"'.encode() in response.content
    assert b"\\u" not in response.content
    assert response.content == expected_bytes(stub.items[0])


@pytest.mark.parametrize("field_name", ["html", "text"])
def test_extract_html_extracts_the_text_first(client: TestClient, stub: Stub, field_name: str) -> None:
    """The html field, or a text that is an HTML page (sniffed as the CLI does), goes through trafilatura."""
    response = client.post("/extract", json={field_name: HTML, "id": "page"})
    assert response.status_code == 200, response.text
    [item] = stub.items
    assert item.derived and item.media_type == "text/html"
    assert "The minister said the plan would work" in item.text
    assert "<p>" not in item.text
    document = response.json()["document"]
    assert document["media_type"] == "text/html"
    assert document["text"] == item.text


def test_extract_runs_the_pipeline_on_its_own_thread(client: TestClient, stub: Stub) -> None:
    for n in range(3):
        assert client.post("/extract", json={"text": f"{TEXT} {n}"}).status_code == 200
    assert stub.threads == {"claims-pipeline_0"}


def test_a_body_of_exactly_max_bytes_is_accepted(client: TestClient, stub: Stub) -> None:
    body = json.dumps({"text": TEXT, "id": ""}).encode()
    body = body[:-1] + b" " * (MAX_BYTES - len(body)) + b"}"
    assert len(body) == MAX_BYTES
    assert post(client, body).status_code == 200
    assert_error(post(client, body[:-1] + b" }"), 413, "too_large")


# --------------------------------------------------------------------------------------------------------
# Errors: 400, 413, 422, 404, 405, 500


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ({"text": ""}, 'the field "text", found an empty string'),
        ({"text": " \n\t "}, 'the field "text", found only whitespace'),
        ({"html": ""}, 'the field "html", found an empty string'),
        ({"html": "<html><body><script>x()</script></body></html>"}, "no article text could be extracted"),
    ],
)
def test_empty_article_is_400(client: TestClient, stub: Stub, body: Record, needle: str) -> None:
    assert_error(client.post("/extract", json=body), 400, "empty", needle)
    assert stub.items == []


def test_declared_content_length_over_the_limit_is_413(client: TestClient, stub: Stub) -> None:
    body = json.dumps({"text": "word " * 400}).encode()
    assert len(body) > MAX_BYTES
    message = assert_error(
        post(client, body),
        413,
        "too_large",
        f"at most {MAX_BYTES} bytes",
        f"{len(body)} bytes",
        "--max-bytes",
    )
    assert "shorter" in message
    assert stub.items == []


def test_chunked_body_over_the_limit_is_413(client: TestClient, stub: Stub) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(30):
            yield b"word " * 20
        yield b'"}'

    response = client.post("/extract", content=chunks(), headers={"content-type": "application/json"})
    assert "content-length" not in response.request.headers
    assert response.request.headers["transfer-encoding"] == "chunked"
    assert_error(response, 413, "too_large", f"at most {MAX_BYTES} bytes", "received so far")
    assert stub.items == []


def run_asgi(app: Any, headers: list[tuple[bytes, bytes]], chunks: list[bytes]) -> tuple[list[Record], int]:
    """Drive the ASGI app directly with a body in several ``http.request`` messages; returns the messages
    the app sent and how many body messages it read."""
    received = 0
    sent: list[Record] = []

    async def receive() -> Record:
        nonlocal received
        if received < len(chunks):
            received += 1
            return {"type": "http.request", "body": chunks[received - 1], "more_body": received < len(chunks)}
        await asyncio.sleep(3600)  # the client waits: nothing more to read
        raise AssertionError("unreachable")

    async def send(message: Record) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/extract",
        "raw_path": b"/extract",
        "query_string": b"",
        "root_path": "",
        "headers": [(b"host", b"testserver"), *headers],
        "client": ("127.0.0.1", 1234),
        "server": ("127.0.0.1", 80),
    }
    asyncio.run(asyncio.wait_for(app(scope, receive, send), 10))
    return sent, received


@pytest.mark.parametrize(
    "headers",
    [
        [(b"content-type", b"application/json")],  # chunked: no Content-Length
        [(b"content-type", b"application/json"), (b"content-length", b"20")],  # a Content-Length that lies
    ],
    ids=["chunked", "lying-content-length"],
)
def test_streamed_body_is_cut_off_at_the_limit(stub: Stub, headers: list[tuple[bytes, bytes]]) -> None:
    """The bytes actually received count: reading stops at the first chunk over the limit."""
    app = service.create_app(nlp=FakePipeline(), max_bytes=MAX_BYTES)  # type: ignore[arg-type]
    chunks = [b'{"text": "', *[b"x" * 300] * 10, b'"}']
    sent, received = run_asgi(app, headers, chunks)
    assert sent[0]["type"] == "http.response.start"
    assert sent[0]["status"] == 413
    # no "Connection: close": the server drains the upload, so a client still sending gets the answer
    assert (b"connection", b"close") not in sent[0]["headers"]
    body = json.loads(b"".join(m.get("body", b"") for m in sent[1:]))
    assert body["error"]["kind"] == "too_large"
    assert received == 5  # 10 + 4 * 300 bytes > 1000: the rest was never read
    assert stub.items == []


def test_streamed_body_under_the_limit_is_reassembled(stub: Stub) -> None:
    app = service.create_app(nlp=FakePipeline(), max_bytes=MAX_BYTES)  # type: ignore[arg-type]
    body = json.dumps({"text": TEXT, "id": "streamed"}).encode()
    chunks = [body[i : i + 7] for i in range(0, len(body), 7)]
    sent, received = run_asgi(app, [(b"content-type", b"application/json")], chunks)
    assert sent[0]["status"] == 200
    assert received == len(chunks)
    assert b"".join(m.get("body", b"") for m in sent[1:]) == expected_bytes(stub.items[0])
    app.state.worker.close()


def test_text_longer_than_the_pipeline_accepts_is_413(client: TestClient, stub: Stub) -> None:
    response = client.post("/extract", json={"text": "a" * (MAX_CHARS + 1)})
    assert_error(response, 413, "too_large", f"at most {MAX_CHARS} characters", str(MAX_CHARS + 1), "split")
    assert stub.items == []
    assert client.post("/extract", json={"text": "a" * MAX_CHARS}).status_code == 200


def test_invalid_content_length_is_400(stub: Stub) -> None:
    app = service.create_app(nlp=FakePipeline(), max_bytes=MAX_BYTES)  # type: ignore[arg-type]
    sent, received = run_asgi(app, [(b"content-length", b"12abc")], [b"{}"])
    assert sent[0]["status"] == 400
    assert b"Content-Length" in sent[1]["body"]
    assert received == 0


@pytest.mark.parametrize(
    ("body", "content_type", "needles"),
    [
        (b'{"text": "unterminated', "application/json", ["body: expected a JSON object, found invalid JSON"]),
        (b"", "application/json", ["found an empty body"]),
        (b"[1, 2]", "application/json", ["found a JSON array"]),
        (b'"just a string"', "application/json", ["found a JSON string"]),
        (b"{}", "application/json", ['exactly one of the fields "text" and "html", found neither']),
        (b'{"text": "a", "html": "<p>a</p>"}', "application/json", ["found both"]),
        (b'{"id": "x"}', "application/json", ["found neither"]),
        (b'{"text": 42}', "application/json", ["body.text:", "string"]),
        (b'{"text": "a", "id": 7}', "application/json", ["body.id:", "string"]),
        (b'{"txt": "a"}', "application/json", ["body.txt: unknown field", '"text", "html" and "id"']),
        (b'{"text": "a\\ud800b"}', "application/json", ["body.text:", "unpaired surrogate", "character 1"]),
        (b'{"text": null, "html": "<p>a</p>"}', "application/json", ['"text" to be a string, found null']),
        (b'{"text": "a", "id": null}', "application/json", ['"id" to be a string, found null']),
        (
            b'{"text": "\xff\xfe"}',
            "application/json",
            ["expected a JSON object in UTF-8", "cannot be decoded"],
        ),
        (b'{"text": "a"}', "text/plain", ["expected Content-Type: application/json, found 'text/plain'"]),
        (b'{"text": "a"}', None, ["expected Content-Type: application/json, found no Content-Type header"]),
    ],
    ids=[
        "invalid-json",
        "empty-body",
        "array",
        "string",
        "no-field",
        "both-fields",
        "id-only",
        "text-not-string",
        "id-not-string",
        "unknown-field",
        "lone-surrogate",
        "null-text",
        "null-id",
        "not-utf8",
        "text-plain",
        "no-content-type",
    ],
)
def test_malformed_body_is_422(
    client: TestClient, stub: Stub, body: bytes, content_type: str | None, needles: list[str]
) -> None:
    assert_error(post(client, body, content_type), 422, "invalid_request", *needles)
    assert stub.items == []


def test_unknown_path_and_method_answer_json_errors(client: TestClient) -> None:
    assert_error(client.get("/nowhere"), 404, "not_found", "GET /nowhere", "POST /extract")
    assert_error(client.get("/extract"), 405, "method_not_allowed", "GET /extract")


def test_output_that_does_not_validate_is_500(client: TestClient, stub: Stub) -> None:
    stub.confidence = 1.5  # the schema says at most 1
    message = assert_error(client.post("/extract", json={"text": TEXT, "id": "d"}), 500, "schema")
    assert "does not validate against the claims schema" in message
    assert "$.claims[0].confidence" in message and "bug" in message


def test_pipeline_failure_is_500(client: TestClient, stub: Stub) -> None:
    stub.result = "error_record"
    assert_error(client.post("/extract", json={"text": TEXT}), 500, "internal", "E999", "bug")


def test_unexpected_exception_is_500(client: TestClient, stub: Stub) -> None:
    stub.result = "raise"
    assert_error(
        client.post("/extract", json={"text": TEXT}), 500, "internal", "RuntimeError: the stub failed"
    )
    stub.result = "document"  # the service goes on
    assert client.post("/extract", json={"text": TEXT}).status_code == 200


# --------------------------------------------------------------------------------------------------------
# Concurrency


def test_concurrent_requests_use_the_pipeline_one_at_a_time(stub: Stub) -> None:
    stub.delay = 0.02
    app = service.create_app(nlp=FakePipeline(), max_bytes=MAX_BYTES)  # type: ignore[arg-type]

    async def main() -> list[httpx.Response]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
            return await asyncio.gather(
                *(http.post("/extract", json={"text": TEXT, "id": f"d{n}"}) for n in range(16))
            )

    try:
        responses = asyncio.run(main())
    finally:
        app.state.worker.close()
    assert [r.status_code for r in responses] == [200] * 16
    assert [r.json()["document"]["id"] for r in responses] == [f"d{n}" for n in range(16)]
    assert len(stub.items) == 16
    assert stub.max_active == 1
    assert stub.threads == {"claims-pipeline_0"}


def test_health_and_schema_do_not_wait_for_the_pipeline(client: TestClient, stub: Stub) -> None:
    stub.gate = threading.Event()
    answers: list[httpx.Response] = []
    busy = threading.Thread(target=lambda: answers.append(client.post("/extract", json={"text": TEXT})))
    busy.start()
    try:
        deadline = time.monotonic() + 10
        while not stub.items and time.monotonic() < deadline:
            time.sleep(0.01)
        assert stub.active == 1  # the pipeline is busy with the first request
        assert client.get("/health").status_code == 200
        assert client.get("/schema").status_code == 200
        assert not answers
    finally:
        stub.gate.set()
        busy.join(10)
    assert [a.status_code for a in answers] == [200]


# --------------------------------------------------------------------------------------------------------
# OpenAPI


def test_openapi_documents_models_and_errors(client: TestClient) -> None:
    document = client.get("/openapi.json").json()
    assert document["openapi"].startswith("3.1")
    operation = document["paths"]["/extract"]["post"]
    request = operation["requestBody"]["content"]["application/json"]["schema"]
    assert request == {"$ref": "#/components/schemas/ExtractRequest"}
    responses = operation["responses"]
    ok = responses["200"]["content"]["application/json"]["schema"]
    assert ok == {"$ref": "#/components/schemas/ClaimsDocument"}
    for status in ("400", "413", "422", "500"):
        schema = responses[status]["content"]["application/json"]["schema"]
        assert schema == {"$ref": "#/components/schemas/ErrorResponse"}, status
    assert "HTTPValidationError" not in document["components"]["schemas"]
    health = document["paths"]["/health"]["get"]["responses"]["200"]["content"]["application/json"]
    assert health["schema"] == {"$ref": "#/components/schemas/Health"}
    assert set(document["paths"]) == {"/extract", "/schema", "/health"}


def _component_validator(document: Record, name: str) -> jsonschema.Draft202012Validator:
    root = {"components": document["components"], "$ref": f"#/components/schemas/{name}"}
    return jsonschema.Draft202012Validator(root)


def test_openapi_claims_document_is_the_claims_schema(client: TestClient, stub: Stub) -> None:
    """The 200 schema in the OpenAPI document accepts what /extract answers and rejects what the claims
    schema rejects: its references were rewritten correctly."""
    document = client.get("/openapi.json").json()
    validator = _component_validator(document, "ClaimsDocument")
    answer = client.post("/extract", json={"text": TEXT}).json()
    assert list(validator.iter_errors(answer)) == []
    broken = json.loads(json.dumps(answer))
    broken["claims"][0]["source"]["kind"] = "rumour"  # behind two references
    assert serialize.schema_errors(broken)
    assert list(validator.iter_errors(broken))
    del broken["claims"][0]["source"]
    assert list(validator.iter_errors(broken))


@pytest.mark.parametrize(
    ("body", "valid"),
    [
        ({"text": "a"}, True),
        ({"html": HTML, "id": "x"}, True),
        ({}, False),
        ({"text": "a", "html": "b"}, False),
        ({"text": 1}, False),
        ({"text": "a", "extra": 1}, False),
        ({"text": None, "html": HTML}, False),
    ],
)
def test_openapi_request_schema_matches_the_model(client: TestClient, body: Record, valid: bool) -> None:
    document = client.get("/openapi.json").json()
    validator = _component_validator(document, "ExtractRequest")
    assert validator.is_valid(body) is valid
    status = client.post("/extract", json=body).status_code
    assert (status == 200) is valid


# --------------------------------------------------------------------------------------------------------
# Start-up and the command


def test_the_model_is_loaded_once_when_the_app_is_created(
    monkeypatch: pytest.MonkeyPatch, stub: Stub
) -> None:
    loads: list[str | None] = []

    def load(model: str | None = None) -> FakePipeline:
        loads.append(model)
        return FakePipeline()

    monkeypatch.setattr(extraction, "load_pipeline", load)
    monkeypatch.setattr(extraction, "default_pipeline", lambda: load("default"))
    app = service.create_app(model="en_test_pipeline")
    assert loads == ["en_test_pipeline"]
    with TestClient(app) as test_client:
        for _ in range(3):
            assert test_client.post("/extract", json={"text": TEXT}).status_code == 200
        assert test_client.get("/health").json()["model"] == "en_fake-1.2.3"
    service.create_app()
    assert loads == ["en_test_pipeline", "default"]


def test_max_bytes_must_be_positive() -> None:
    with pytest.raises(ValueError, match="max_bytes"):
        service.create_app(nlp=FakePipeline(), max_bytes=0)  # type: ignore[arg-type]


def test_importing_the_cli_does_not_import_the_service() -> None:
    code = (
        "import sys, claims.cli; "
        "print(','.join(m for m in ('fastapi', 'starlette', 'pydantic', 'uvicorn', 'claims.service') "
        "if m in sys.modules))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == ""


def test_serve_without_fastapi_says_install_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn

    # should the service be imported after all, fail instead of loading a model and listening
    monkeypatch.setattr(extraction, "default_pipeline", lambda: pytest.fail("the service was imported"))
    monkeypatch.setattr(uvicorn, "run", lambda *a, **k: pytest.fail("uvicorn started"))
    monkeypatch.delitem(sys.modules, "claims.service")
    monkeypatch.delattr(claims, "service")  # else `from claims import service` finds the loaded module
    monkeypatch.setitem(sys.modules, "fastapi", None)  # import fastapi -> ModuleNotFoundError
    result = CliRunner().invoke(cli.app, ["serve"])
    assert result.exit_code == cli.EXIT_USAGE, result.output
    assert result.stderr.startswith("claims: error: claims serve needs FastAPI and uvicorn")
    assert "install claims[serve]" in result.stderr
    assert "Traceback" not in result.stderr


def test_serve_passes_its_options(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[Record] = []
    monkeypatch.setattr(service, "serve", lambda **kwargs: calls.append(kwargs))
    assert CliRunner().invoke(cli.app, ["serve"]).exit_code == 0
    args = [
        "serve",
        "--host",
        "127.0.0.2",
        "--port",
        "9001",
        "--model",
        "en_x",
        "--max-bytes",
        "5000",
        "--workers",
        "3",
    ]
    assert CliRunner().invoke(cli.app, args).exit_code == 0
    defaults, chosen = ({k: v for k, v in c.items() if k != "announce"} for c in calls)
    assert defaults == {
        "host": service.DEFAULT_HOST,
        "port": service.DEFAULT_PORT,
        "model": None,
        "max_bytes": service.DEFAULT_MAX_BYTES,
        "workers": 1,
    }
    assert chosen == {"host": "127.0.0.2", "port": 9001, "model": "en_x", "max_bytes": 5000, "workers": 3}
    assert CliRunner().invoke(cli.app, ["serve", "--max-bytes", "0"]).exit_code == cli.EXIT_USAGE


def test_serve_with_a_missing_model_fails_before_listening(monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn

    def missing(model: str | None = None) -> None:
        raise ModelNotFound(f"spaCy pipeline {model!r} is not installed")

    monkeypatch.setattr(extraction, "load_pipeline", missing)
    monkeypatch.setattr(uvicorn, "run", lambda *a, **k: pytest.fail("uvicorn started"))
    for workers in ("1", "2"):
        result = CliRunner().invoke(cli.app, ["serve", "--model", "en_nope", "--workers", workers])
        assert result.exit_code == cli.EXIT_USAGE, result.output
        assert "'en_nope' is not installed" in result.stderr


def test_serve_runs_uvicorn(monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn

    runs: list[tuple[tuple[Any, ...], Record]] = []
    monkeypatch.setattr(uvicorn, "run", lambda *a, **k: runs.append((a, k)))
    monkeypatch.setattr(extraction, "load_pipeline", lambda model=None: FakePipeline())
    # serve() sets these for the worker processes: monkeypatch restores them afterwards
    monkeypatch.setenv(service.ENV_MODEL, "")
    monkeypatch.setenv(service.ENV_MAX_BYTES, "")
    said: list[str] = []
    service.serve(port=8123, model="en_x", max_bytes=777, announce=said.append)
    (app,), options = runs[0]
    assert app.state.max_bytes == 777
    assert options == {"host": "127.0.0.1", "port": 8123}
    assert said == [
        "serving en_fake-1.2.3 on http://127.0.0.1:8123 (1 worker, request bodies up to 777 bytes); "
        "API docs at /docs"
    ]
    # several processes: uvicorn imports the factory, which reads the options from the environment
    service.serve(port=8124, model="en_x", max_bytes=888, workers=2)
    (target,), options = runs[1]
    assert target == "claims.service:create_app_from_env"
    assert options == {"host": "127.0.0.1", "port": 8124, "workers": 2, "factory": True}
    built = service.create_app_from_env()
    assert built.state.max_bytes == 888
