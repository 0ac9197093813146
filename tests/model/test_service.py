"""``claims serve`` on the real pipeline, over real HTTP on 127.0.0.1.

A uvicorn server runs the app (built with the session's ``nlp`` fixture) in a background thread on a free
port; the tests talk to it with httpx. The answers must be byte for byte what ``claims extract --format
jsonl`` writes for the same article, up to ``document.origin`` (a path for the CLI, ``<request>`` for the
service) and ``document.id`` (the CLI's is the path: the requests send that path as their id). The API is
also fuzzed with schemathesis against its own OpenAPI document.
"""

from __future__ import annotations

import json
import socket
import threading
import time
import warnings
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from typer.testing import CliRunner

from claims import cli, extraction, serialize

pytest.importorskip("fastapi", reason="claims serve needs the serve extra")
pytest.importorskip("uvicorn", reason="claims serve needs the serve extra")
pytest.importorskip("schemathesis")

import schemathesis
import uvicorn
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from claims import service

# schemathesis calls an ASGI app through starlette's test client, which warns on import that it would
# rather use httpx2 (not installed here): a note about starlette's test client, not about this code.
with warnings.catch_warnings():
    warnings.filterwarnings(
        "ignore", message=r"Using `httpx` with `starlette\.testclient` is deprecated", category=UserWarning
    )
    import starlette.testclient  # noqa: F401

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = ROOT / "fixtures" / "articles" / "us-china-north-korea-spun.txt"
PAGE = ROOT / "fixtures" / "articles" / "harbour-statement.html"
# Written for this test: a denial answering an accusation, a quote, typographic quotes.
SHORT = (
    "Opposition leader Dana Whitfield accused the harbour council of hiding the true cost of the terminal. "
    "The council denied that any figures had been withheld. "
    "\u201cWe have published every invoice,\u201d a council spokesman said.\n"
)

REQUESTS = 200
CLIENTS = 8

Record = dict[str, Any]


# --------------------------------------------------------------------------------------------------------
# The server


class Server:
    """A uvicorn server for ``app`` on 127.0.0.1 in a background thread."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.socket.bind(("127.0.0.1", 0))
        self.port: int = self.socket.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(
            app, host="127.0.0.1", port=self.port, log_level="warning", ws="none", http="h11", lifespan="on"
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.socket]}, daemon=True)

    def __enter__(self) -> Server:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the uvicorn server did not start")
            time.sleep(0.01)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(30)
        self.socket.close()
        assert not self.thread.is_alive(), "the uvicorn server did not stop"


@pytest.fixture(scope="module")
def server(nlp: Language) -> Iterator[Server]:
    with Server(service.create_app(nlp=nlp)) as running:
        yield running


@pytest.fixture(scope="module")
def http(server: Server) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=60) as client:
        yield client


# --------------------------------------------------------------------------------------------------------
# What the CLI writes


def cli_line(nlp: Language, path: Path, monkeypatch: pytest.MonkeyPatch) -> bytes:
    """``claims extract PATH --format jsonl`` on the session's pipeline: the one output line, no newline."""
    monkeypatch.setattr(extraction, "default_pipeline", lambda: nlp)
    result = CliRunner().invoke(cli.app, ["extract", str(path), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    lines = result.stdout_bytes.splitlines()
    assert len(lines) == 1
    return lines[0]


def as_request_answer(line: bytes) -> bytes:
    """The CLI's line with the service's origin convention (the id is sent along by the request)."""
    record = json.loads(line)
    assert json.dumps(record, ensure_ascii=False).encode() == line  # re-serialising changes nothing
    record["document"]["origin"] = service.REQUEST_ORIGIN
    return json.dumps(record, ensure_ascii=False).encode()


@pytest.fixture(scope="module")
def payloads(nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> list[tuple[Record, bytes]]:
    """Three requests (the seed article, a short text, an HTML page) and the CLI's answer to each."""
    short = tmp_path_factory.mktemp("service") / "short.txt"
    short.write_text(SHORT, encoding="utf-8")
    out = []
    with pytest.MonkeyPatch.context() as monkeypatch:
        for path, field in ((ARTICLE, "text"), (short, "text"), (PAGE, "html")):
            body = {field: path.read_text(encoding="utf-8"), "id": str(path)}
            out.append((body, as_request_answer(cli_line(nlp, path, monkeypatch))))
    return out


# --------------------------------------------------------------------------------------------------------
# The contract over HTTP


def test_health_over_http(http: httpx.Client, nlp: Language) -> None:
    response = http.get("/health")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "model": extraction.model_name(nlp),
        "version": service.__version__,
    }


def test_schema_over_http(http: httpx.Client) -> None:
    assert http.get("/schema").json() == serialize.schema()


@pytest.mark.parametrize("which", [0, 1, 2], ids=["seed-article", "short-text", "html-page"])
def test_extract_equals_the_cli(http: httpx.Client, payloads: list[tuple[Record, bytes]], which: int) -> None:
    body, expected = payloads[which]
    response = http.post("/extract", json=body)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"
    assert response.content == expected
    record = response.json()
    assert record["claims"], "no claims found"
    assert serialize.schema_errors(record) == []
    if "html" in body:
        assert record["document"]["media_type"] == "text/html"
        assert record["document"]["text"]


def test_extract_equals_the_library(http: httpx.Client, nlp: Language) -> None:
    text = ARTICLE.read_text(encoding="utf-8")
    library = extraction.extract(text, nlp=nlp, doc_id="seed", origin=service.REQUEST_ORIGIN)
    response = http.post("/extract", json={"text": text, "id": "seed"})
    assert response.content == serialize.dumps(library).encode("utf-8")
    without_id = http.post("/extract", json={"text": text}).json()
    assert without_id["document"]["id"] == service.REQUEST_ID


def test_errors_over_http(http: httpx.Client) -> None:
    empty = http.post("/extract", json={"text": "   "})
    assert empty.status_code == 400
    assert empty.json()["error"]["kind"] == "empty"
    malformed = http.post("/extract", content=b"{not json", headers={"content-type": "application/json"})
    assert malformed.status_code == 422
    assert malformed.json()["error"]["kind"] == "invalid_request"


def test_body_over_the_limit_is_413_over_http(http: httpx.Client) -> None:
    limit = service.DEFAULT_MAX_BYTES
    declared = http.post("/extract", json={"text": "word " * (limit // 5 + 1)})
    assert declared.status_code == 413
    assert declared.json()["error"]["kind"] == "too_large"
    assert f"at most {limit} bytes" in declared.json()["error"]["message"]

    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(limit // 65536 + 10):
            yield b"word " * 13107
        yield b'"}'

    streamed = http.post("/extract", content=chunks(), headers={"content-type": "application/json"})
    assert "content-length" not in streamed.request.headers
    assert streamed.status_code == 413
    assert "received so far" in streamed.json()["error"]["message"]
    assert http.get("/health").status_code == 200  # the service goes on


def test_concurrent_clients_get_the_single_request_output(
    server: Server, payloads: list[tuple[Record, bytes]]
) -> None:
    """200 requests from 8 concurrent clients (each with its own connection), the three payloads in turn:
    no error, and every answer is byte for byte the CLI's."""
    per_client = REQUESTS // CLIENTS

    def client(number: int) -> list[tuple[int, int, bytes]]:
        answers = []
        with httpx.Client(base_url=server.url, timeout=120) as http:
            for n in range(per_client):
                which = (number + n) % len(payloads)
                response = http.post("/extract", json=payloads[which][0])
                answers.append((which, response.status_code, response.content))
        return answers

    with ThreadPoolExecutor(CLIENTS) as pool:
        results = [answer for answers in pool.map(client, range(CLIENTS)) for answer in answers]
    assert len(results) == REQUESTS
    assert [status for _, status, _ in results] == [200] * REQUESTS
    wrong = [which for which, _, content in results if content != payloads[which][1]]
    assert wrong == []


# --------------------------------------------------------------------------------------------------------
# Fuzzing with schemathesis against the app's own OpenAPI document


@pytest.fixture(scope="module")
def api_schema(nlp: Language) -> Any:
    return schemathesis.openapi.from_asgi("/openapi.json", service.create_app(nlp=nlp))


FUZZ_CHECKS = [
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
    content_type_conformance,
]


@pytest.mark.parametrize(
    ("method", "path", "mode", "examples"),
    [
        ("POST", "/extract", GenerationMode.POSITIVE, 40),
        ("POST", "/extract", GenerationMode.NEGATIVE, 40),
        ("GET", "/schema", GenerationMode.POSITIVE, 3),
        ("GET", "/health", GenerationMode.POSITIVE, 3),
    ],
    ids=["extract-valid", "extract-invalid", "schema", "health"],
)
def test_openapi_fuzz(api_schema: Any, method: str, path: str, mode: GenerationMode, examples: int) -> None:
    """Requests generated from the OpenAPI document (valid ones, and for /extract invalid ones too): no 5xx,
    every status documented, every answer conforming to its documented schema and content type."""
    operation = api_schema[path][method]
    calls = []

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=examples, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    def fuzz(case: Any) -> None:
        response = case.call_and_validate(checks=FUZZ_CHECKS)
        calls.append(response.status_code)

    fuzz()
    assert calls, "schemathesis made no request"
    if path == "/extract" and mode is GenerationMode.NEGATIVE:
        assert set(calls) == {422}, calls  # the model accepts exactly what the OpenAPI schema describes
