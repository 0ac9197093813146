"""claims: find the claims in a news article, who made them, and whether each is an accusation,
a denial or a statement.

    >>> import claims
    >>> doc = claims.extract("The ministry denied the allegations on Friday.")   # doctest: +SKIP
    >>> [(c.label.value, c.source.text) for c in doc.claims]                    # doctest: +SKIP
    [('denial', 'The ministry')]

The public API is re-exported here; spaCy is imported only when extraction is first used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from claims.errors import ClaimsError, EvaluationError, InputError, ModelNotFound, SchemaError
from claims.types import (
    Claim,
    Cue,
    CueKind,
    Document,
    DocumentInfo,
    ErrorRecord,
    Evidence,
    Label,
    Skipped,
    Source,
    SourceKind,
    Span,
)

if TYPE_CHECKING:
    from claims.extraction import extract, extract_many, load_pipeline

__version__ = "0.1.0"

__all__ = [
    "Claim",
    "ClaimsError",
    "Cue",
    "CueKind",
    "Document",
    "DocumentInfo",
    "ErrorRecord",
    "EvaluationError",
    "Evidence",
    "InputError",
    "Label",
    "ModelNotFound",
    "SchemaError",
    "Skipped",
    "Source",
    "SourceKind",
    "Span",
    "__version__",
    "extract",
    "extract_many",
    "load_pipeline",
]

_LAZY = {"extract", "extract_many", "load_pipeline"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from claims import extraction as _extraction

        return getattr(_extraction, name)
    raise AttributeError(f"module 'claims' has no attribute {name!r}")
