"""``claims serve``: claims extraction over HTTP (FastAPI, served by uvicorn).

Endpoints:

* ``POST /extract``: ``{"text": "..."}`` or ``{"html": "..."}``, optionally ``"id"``; answers the claims
  document, exactly what ``claims extract --format jsonl`` writes for the same record (the bytes of one
  JSONL line): ``document.id`` is the request's ``id`` (``"request"`` without one) and ``document.origin``
  is ``"<request>"``. HTML (the ``html`` field, or a ``text`` that starts with ``<!doctype html`` or
  ``<html``, as the CLI sniffs JSONL and stdin) goes through trafilatura first and the extracted text is
  carried in ``document.text``. The document is validated against the claims schema before it is sent.
* ``GET /schema``: the claims JSON Schema. ``GET /health``: ``{"status": "ok", "model", "version"}``.
* ``GET /openapi.json``: the OpenAPI 3.1 document (the claims document schema is the shipped JSON Schema,
  its ``$defs`` lifted into ``components/schemas``); ``GET /docs``: the Swagger UI.

Errors are JSON ``{"error": {"kind", "message"}}``: 400 for an empty article, 413 for a request body over
``max_bytes`` (checked on Content-Length and again on the bytes actually received, so a chunked upload is
cut off too) or a text longer than the pipeline accepts, 422 for a malformed body, 500 for a bug (output
that does not validate, an unexpected exception).

Concurrency. The spaCy pipeline is loaded once, when the app is created, and only ever called from one
dedicated thread (:class:`PipelineWorker`, a single-thread executor): spaCy does not promise that
concurrent ``Language.__call__`` is safe, so requests queue for that thread in arrival order. Everything
else (reading the body, HTML extraction with trafilatura, schema validation, serialisation) runs
concurrently on the event loop and in Starlette's thread pool, and ``/health``, ``/schema`` and
``/openapi.json`` never wait for the pipeline. To use several cores, run several processes
(``claims serve --workers N``: each loads its own pipeline).

This module imports FastAPI, Starlette, pydantic and uvicorn at the top: only ``claims serve`` imports it.
"""

from __future__ import annotations

import asyncio
import copy
import json
import logging
import os
import re
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, MutableMapping
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Annotated, Any, Literal

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse, Response
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from claims import __version__, extraction, serialize
from claims.errors import InputError, SchemaError
from claims.text import InputDocument, html_to_text, is_html
from claims.types import Document, ErrorRecord

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = [
    "DEFAULT_HOST",
    "DEFAULT_MAX_BYTES",
    "DEFAULT_PORT",
    "REQUEST_ID",
    "REQUEST_ORIGIN",
    "ErrorResponse",
    "ExtractRequest",
    "Health",
    "PipelineWorker",
    "create_app",
    "create_app_from_env",
    "serve",
]

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
#: The largest request body accepted, in bytes (``claims serve --max-bytes``). News pages with their
#: markup are rarely above 1 MB; the text of an article is a few tens of kB.
DEFAULT_MAX_BYTES = 2_000_000
#: ``document.id`` of a request without ``id`` (the CLI uses "stdin" for standard input).
REQUEST_ID = "request"
#: ``document.origin`` of every request (the CLI uses the path, or "<stdin>").
REQUEST_ORIGIN = "<request>"

#: Environment variables that carry the options to each worker process of ``claims serve --workers N``.
ENV_MODEL = "CLAIMS_SERVE_MODEL"
ENV_MAX_BYTES = "CLAIMS_SERVE_MAX_BYTES"

JSON_MEDIA_TYPE = "application/json"
logger = logging.getLogger(__name__)

JSON = dict[str, Any]


# ----------------------------------------------------------------------------------------------------------
# Request and response models


def _valid_unicode(value: str) -> str:
    """Reject strings JSON can carry but UTF-8 cannot (an unpaired surrogate such as "\\ud800")."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError(
            f"expected Unicode text, found an unpaired surrogate (\\u{ord(value[exc.start]):04x}) at "
            f"character {exc.start}; send valid Unicode text"
        ) from None
    return value


UnicodeText = Annotated[str, AfterValidator(_valid_unicode)]


def _request_json_schema(schema: JSON) -> None:
    """The fields are strings (pydantic's "or null" for the optional ones removed), exactly one of text and
    html."""
    for name in ("text", "html", "id"):
        field_schema = schema["properties"][name]
        field_schema.pop("anyOf", None)
        field_schema.pop("default", None)
        field_schema["type"] = "string"
    schema["oneOf"] = [{"required": ["text"]}, {"required": ["html"]}]


class ExtractRequest(BaseModel):
    """One article: its text or its HTML page, and optionally an id for the output document."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra=_request_json_schema,
        title="ExtractRequest",
    )

    text: UnicodeText | None = Field(
        default=None,
        description="The article as plain text. Offsets in the answer index this text. A text that starts "
        "with <!doctype html or <html is treated as HTML (as claims extract does).",
        examples=["The ministry denied the allegations on Friday."],
    )
    html: UnicodeText | None = Field(
        default=None,
        description="The article as an HTML page: its main text is extracted (trafilatura) and returned in "
        "document.text, which the offsets then index.",
    )
    id: UnicodeText | None = Field(
        default=None,
        description=f"The id of the output document (document.id); default {REQUEST_ID!r}.",
        examples=["article-1"],
    )

    @model_validator(mode="before")
    @classmethod
    def _no_null(cls, data: Any) -> Any:
        """The fields are strings or absent, as the OpenAPI schema says: an explicit null is an error."""
        if isinstance(data, dict):
            for name in ("text", "html", "id"):
                if name in data and data[name] is None:
                    raise ValueError(f'expected the field "{name}" to be a string, found null; leave it out')
        return data

    @model_validator(mode="after")
    def _one_input(self) -> ExtractRequest:
        if (self.text is None) == (self.html is None):
            found = "both" if self.text is not None else "neither"
            raise ValueError(f'expected exactly one of the fields "text" and "html", found {found}')
        return self


class ErrorBody(BaseModel):
    kind: str = Field(
        description="Stable name of the error: invalid_request, empty, too_large, not_found, "
        "method_not_allowed, schema, internal."
    )
    message: str = Field(description="What was expected, what was found, and what to do.")


class ErrorResponse(BaseModel):
    """Every error answer: ``{"error": {"kind", "message"}}``."""

    error: ErrorBody


class Health(BaseModel):
    status: Literal["ok"]
    model: str = Field(description="The spaCy pipeline that serves the requests (generator.model).")
    version: str = Field(description="The claims version (generator.version).")


def _error_response(
    status: int, kind: str, message: str, headers: Mapping[str, str] | None = None
) -> Response:
    body = ErrorResponse(error=ErrorBody(kind=kind, message=message))
    return JSONResponse(body.model_dump(), status_code=status, headers=headers)


def _error_doc(description: str) -> JSON:
    return {"model": ErrorResponse, "description": description}


# ----------------------------------------------------------------------------------------------------------
# The request body limit


class BodyLimit:
    """ASGI middleware: answer 413 when a request body is larger than ``max_bytes``.

    The declared Content-Length is checked before anything is read; then the body is read (at most
    ``max_bytes`` of it, so a chunked upload without Content-Length is cut off as soon as it goes over) and
    handed to the app. The 413 answer does not ask to close the connection: uvicorn then discards the rest
    of the upload (up to its keep-alive timeout) instead of resetting the connection under a client that is
    still sending, which would lose the answer.
    """

    def __init__(self, app: Callable[..., Awaitable[None]], max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    def _too_large(self, found: str) -> Response:
        return _error_response(
            413,
            "too_large",
            f"expected a request body of at most {self.max_bytes} bytes, found {found}; send a shorter "
            "article (or only its text, without the page's markup), or start the service with a larger "
            "--max-bytes",
        )

    async def __call__(
        self,
        scope: MutableMapping[str, Any],
        receive: Callable[[], Awaitable[MutableMapping[str, Any]]],
        send: Callable[[MutableMapping[str, Any]], Awaitable[None]],
    ) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = None
        for name, value in scope.get("headers", ()):
            if name.lower() == b"content-length":
                declared = value.decode("latin-1").strip()
        if declared is not None:
            if not declared.isdigit():
                response = _error_response(
                    400,
                    "invalid_request",
                    f"expected a Content-Length of a number of bytes, found {declared[:40]!r}",
                    headers={"Connection": "close"},
                )
                await response(scope, receive, send)
                return
            if int(declared) > self.max_bytes:
                await self._too_large(f"a Content-Length of {int(declared)} bytes")(scope, receive, send)
                return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":  # the client went away: nobody to answer
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                await self._too_large(f"more than that ({size} bytes received so far)")(scope, receive, send)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        replayed = False

        async def replay() -> MutableMapping[str, Any]:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": b"".join(chunks), "more_body": False}

        await self.app(scope, replay, send)


# ----------------------------------------------------------------------------------------------------------
# The pipeline thread


class PipelineWorker:
    """Runs the spaCy pipeline on one dedicated thread, one document at a time, in arrival order.

    spaCy does not guarantee that concurrent calls of a pipeline are safe, so every call goes through
    this single-thread executor. The thread is started on first use and stopped by :meth:`close` (the
    app's shutdown); a later use starts a new one.
    """

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self._executor: ThreadPoolExecutor | None = None

    def _run(self, item: InputDocument) -> Document | ErrorRecord:
        # the CLI's path: the same function claims extract runs, on one document
        [record] = extraction.extract_many([item], nlp=self.nlp, batch_size=1)
        return record

    async def extract(self, item: InputDocument) -> Document | ErrorRecord:
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="claims-pipeline")
        return await asyncio.get_running_loop().run_in_executor(self._executor, self._run, item)

    def close(self) -> None:
        executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)


# ----------------------------------------------------------------------------------------------------------
# The app


class _Unprocessable(Exception):
    """A request the service answers with an error (status, kind, message)."""

    def __init__(self, status: int, kind: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.kind = kind
        self.message = message


def _input_document(body: ExtractRequest, max_chars: int | None) -> InputDocument:
    """The request as the CLI's input document (HTML extracted); raises :class:`_Unprocessable`."""
    doc_id = body.id if body.id is not None else REQUEST_ID
    raw = body.text if body.text is not None else body.html
    assert raw is not None  # ExtractRequest guarantees one of them
    field = "text" if body.text is not None else "html"
    if not raw.strip():
        found = "an empty string" if not raw else "only whitespace"
        raise _Unprocessable(
            400, "empty", f'expected the article in the field "{field}", found {found}; send the article'
        )
    try:
        if body.html is not None or is_html(raw):
            item = InputDocument(
                doc_id,
                html_to_text(raw, REQUEST_ORIGIN),
                REQUEST_ORIGIN,
                media_type="text/html",
                derived=True,
            )
        else:
            item = InputDocument(doc_id, raw, REQUEST_ORIGIN)
    except InputError as exc:
        raise _Unprocessable(400, exc.kind, str(exc)) from None
    if max_chars is not None and len(item.text) > max_chars:
        raise _Unprocessable(
            413,
            "too_large",
            f"expected an article of at most {max_chars} characters (the spaCy pipeline's max_length), found "
            f"{len(item.text)}; split the article into parts",
        )
    return item


def _checked_json(record: Document) -> bytes:
    """The record as one JSONL line of ``claims extract`` (UTF-8), validated against the schema."""
    data = serialize.to_dict(record)
    try:
        serialize.validate(data)
    except SchemaError as exc:
        raise _Unprocessable(
            500,
            "schema",
            f"internal error: the output for document {record.document.id!r} does not validate against "
            f"the claims schema: {'; '.join(exc.errors[:3]) or exc} (this is a bug in claims; please "
            "report it with the request)",
        ) from None
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


_COMPONENT_NAMES = {
    "result": "ClaimsDocument",
    "document": "ClaimsDocumentInfo",
    "error": "ClaimsErrorRecord",
}


def _component_name(definition: str) -> str:
    return _COMPONENT_NAMES.get(definition) or "Claims" + "".join(
        part.capitalize() for part in definition.split("_")
    )


def _claims_components() -> JSON:
    """The claims JSON Schema's ``$defs`` as OpenAPI components, their references rewritten."""

    def rewrite(node: Any) -> Any:
        if isinstance(node, dict):
            return {
                key: (
                    "#/components/schemas/" + _component_name(value.removeprefix("#/$defs/"))
                    if key == "$ref" and isinstance(value, str) and value.startswith("#/$defs/")
                    else rewrite(value)
                )
                for key, value in node.items()
            }
        if isinstance(node, list):
            return [rewrite(item) for item in node]
        return node

    defs = copy.deepcopy(serialize.schema()["$defs"])
    return {_component_name(name): rewrite(definition) for name, definition in defs.items()}


_JSON_TYPES = {
    list: "a JSON array",
    str: "a JSON string",
    int: "a JSON number",
    float: "a JSON number",
    bool: "a JSON boolean",
    type(None): "null",
}


def _validation_message(exc: RequestValidationError, request: Request) -> str:
    """One line naming every problem of a malformed body, e.g. 'body.text: Input should be a valid string'."""
    problems = []
    for error in exc.errors():
        loc = ".".join(str(part) for part in error.get("loc", ()))
        kind = error.get("type", "")
        message = str(error.get("msg", "invalid"))
        if kind == "json_invalid":
            ctx = error.get("ctx") or {}
            position = loc.removeprefix("body.")
            loc = "body"
            message = (
                f"expected a JSON object, found invalid JSON ({ctx.get('error', 'a syntax error')} at "
                f"character {position})"
            )
        elif kind == "missing" and loc == "body":
            message = 'expected a JSON object with a "text" or "html" field, found an empty body'
        elif kind == "model_attributes_type" and loc == "body":
            content_type = request.headers.get("content-type")
            if not content_type or "json" not in content_type.lower():
                found = repr(content_type[:60]) if content_type else "no Content-Type header"
                message = (
                    f"expected Content-Type: application/json, found {found}; send the article as a JSON "
                    'object {"text": "..."} or {"html": "..."}'
                )
            else:
                found = _JSON_TYPES.get(type(error.get("input")), "another JSON value")
                message = f'expected a JSON object with a "text" or "html" field, found {found}'
        elif kind == "extra_forbidden":
            message = 'unknown field; the fields are "text", "html" and "id"'
        elif message.startswith("Value error, "):
            message = message.removeprefix("Value error, ")
        problems.append(f"{loc}: {message}" if loc else message)
    return "; ".join(problems) or "the request body does not match ExtractRequest"


_HTTP_KINDS = {404: "not_found", 405: "method_not_allowed"}


def create_app(
    nlp: Language | None = None,
    model: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> FastAPI:
    """The claims service. ``nlp`` is used when given (tests inject the session's pipeline), else the
    pipeline ``model`` (or the default one) is loaded now, once: :class:`~claims.errors.ModelNotFound`
    when it is not installed. ``max_bytes`` limits the request body."""
    if max_bytes < 1:
        raise ValueError(f"expected max_bytes >= 1, found {max_bytes}")
    if nlp is None:
        nlp = extraction.load_pipeline(model) if model else extraction.default_pipeline()
    model_label = extraction.model_name(nlp)
    max_length = getattr(nlp, "max_length", None)
    max_chars = max_length if isinstance(max_length, int) else None
    worker = PipelineWorker(nlp)
    serialize.schema_errors({})  # build the schema validator now, not in the first request's thread

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        try:
            yield
        finally:
            worker.close()

    app = FastAPI(
        title="claims",
        version=__version__,
        summary="Extract claims from news articles: who said what, and whether it is an accusation, a "
        "denial or a statement.",
        description=(
            "The same extraction and JSON as `claims extract`. The spaCy pipeline "
            f"({model_label}) is loaded once and runs one document at a time on a single thread: "
            'concurrent requests queue for it. Errors are JSON `{"error": {"kind", "message"}}`; '
            f"request bodies are limited to {max_bytes} bytes."
        ),
        lifespan=lifespan,
    )
    app.state.worker = worker
    app.state.max_bytes = max_bytes

    @app.exception_handler(RequestValidationError)
    async def _malformed(request: Request, exc: RequestValidationError) -> Response:
        return _error_response(422, "invalid_request", _validation_message(exc, request))

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if exc.status_code == 400:  # FastAPI could not decode the body (e.g. JSON that is not UTF-8)
            return _error_response(
                422,
                "invalid_request",
                f"body: expected a JSON object in UTF-8, found a body that cannot be decoded ({exc.detail})",
            )
        kind = _HTTP_KINDS.get(exc.status_code, "http_error")
        message = f"{request.method} {request.url.path}: {exc.detail}"
        if exc.status_code == 404:
            message += "; the endpoints are POST /extract, GET /schema, GET /health, GET /openapi.json"
        return _error_response(exc.status_code, kind, message, headers=exc.headers)

    @app.post(
        "/extract",
        summary="Extract the claims of one article",
        response_class=Response,
        responses={
            200: {
                "description": "The claims document (the claims JSON Schema, result branch): exactly what "
                "`claims extract --format jsonl` writes for this text.",
                "content": {JSON_MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/ClaimsDocument"}}},
            },
            400: _error_doc("The article is empty (or an HTML page without article text)."),
            413: _error_doc(
                f"The request body is over the limit ({max_bytes} bytes), or the text is longer than the "
                "pipeline accepts."
            ),
            422: _error_doc("The body is not a JSON object with exactly one of text and html (all strings)."),
            500: _error_doc(
                "A bug: the output does not validate against the schema, or the pipeline failed."
            ),
        },
    )
    async def extract(body: ExtractRequest) -> Response:
        try:
            if body.html is not None or (body.text is not None and is_html(body.text)):
                item = await run_in_threadpool(_input_document, body, max_chars)
            else:
                item = _input_document(body, max_chars)
            record = await worker.extract(item)
            if isinstance(record, ErrorRecord):
                raise _Unprocessable(
                    500,
                    record.kind,
                    f"internal error: {record.message} (this is a bug in claims; please report it with the "
                    "request)",
                )
            content = await run_in_threadpool(_checked_json, record)
        except _Unprocessable as exc:
            if exc.status >= 500:
                logger.error("POST /extract: %s", exc.message)
            return _error_response(exc.status, exc.kind, exc.message)
        except Exception as exc:
            logger.exception("POST /extract failed")
            return _error_response(
                500,
                "internal",
                f"internal error: {type(exc).__name__}: {exc} (this is a bug in claims; please report it "
                "with the request)",
            )
        return Response(content, media_type=JSON_MEDIA_TYPE)

    @app.get(
        "/schema",
        summary="The claims JSON Schema (Draft 2020-12) the /extract answers follow",
        response_model=dict[str, Any],
    )
    async def schema() -> JSONResponse:
        return JSONResponse(serialize.schema())

    @app.get("/health", summary="Liveness, the model and the version", response_model=Health)
    async def health() -> Health:
        return Health(status="ok", model=model_label, version=__version__)

    def openapi() -> JSON:
        if app.openapi_schema is None:
            document = get_openapi(
                title=app.title,
                version=app.version,
                summary=app.summary,
                description=app.description,
                routes=app.routes,
            )
            document.setdefault("components", {}).setdefault("schemas", {}).update(_claims_components())
            app.openapi_schema = jsonable_encoder(document)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    app.add_middleware(BodyLimit, max_bytes=max_bytes)
    return app


def create_app_from_env() -> FastAPI:
    """The app of one worker process of ``claims serve --workers N`` (options from the environment)."""
    max_bytes = os.environ.get(ENV_MAX_BYTES, "")
    return create_app(
        model=os.environ.get(ENV_MODEL) or None,
        max_bytes=int(max_bytes) if re.fullmatch(r"[0-9]+", max_bytes) else DEFAULT_MAX_BYTES,
    )


def serve(
    *,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    model: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    workers: int = 1,
    announce: Callable[[str], None] | None = None,
) -> None:
    """Load the pipeline and serve until interrupted. With ``workers`` > 1, uvicorn starts that many
    processes, each with its own pipeline (loaded here once first, so a missing model fails fast)."""
    import uvicorn

    if workers == 1:
        app = create_app(model=model, max_bytes=max_bytes)
        label = extraction.model_name(app.state.worker.nlp)
    else:
        # fail fast on a missing model; not the cached default_pipeline(): this process only supervises
        label = extraction.model_name(extraction.load_pipeline(model))
        os.environ[ENV_MODEL] = model or ""
        os.environ[ENV_MAX_BYTES] = str(max_bytes)
    if announce is not None:
        announce(
            f"serving {label} on http://{host}:{port} ({workers} worker{'s' if workers > 1 else ''}, "
            f"request bodies up to {max_bytes} bytes); API docs at /docs"
        )
    if workers == 1:
        uvicorn.run(app, host=host, port=port)
    else:
        uvicorn.run("claims.service:create_app_from_env", host=host, port=port, workers=workers, factory=True)
