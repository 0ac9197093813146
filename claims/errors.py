"""Exceptions the library raises. Only the CLI turns them into messages and exit codes."""

from __future__ import annotations


class ClaimsError(Exception):
    """Base class. ``kind`` is the stable name used in error records and exit summaries."""

    kind = "error"


class InputError(ClaimsError):
    """An input cannot be read or holds no usable text (missing, binary, undecodable, empty, bad JSONL)."""

    kind = "input"

    def __init__(self, message: str, *, origin: str | None = None, kind: str | None = None) -> None:
        super().__init__(message)
        self.origin = origin
        if kind is not None:
            self.kind = kind


class ModelNotFound(ClaimsError):
    """The spaCy pipeline named by the user is not installed."""

    kind = "model"


class SchemaError(ClaimsError):
    """A document does not validate against the claims JSON Schema (a bug when it is our own output)."""

    kind = "schema"

    def __init__(self, message: str, errors: list[str] | None = None) -> None:
        super().__init__(message)
        self.errors = errors or []


class ProcessingError(ClaimsError):
    """The pipeline failed on one document (a bug to report): the batch goes on without it."""

    kind = "internal"


class EvaluationError(ClaimsError):
    """Gold or prediction files for ``claims evaluate`` are malformed."""

    kind = "evaluation"
