"""Documents to JSON and back, in a stable key order; the JSON Schema and validation.

The schema ships inside the package (``claims/schemas/claims.schema.json``, loaded with
``importlib.resources``); the top-level ``schemas/`` copy in the repository is checked identical by a test.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from claims.errors import SchemaError
from claims.types import Document, ErrorRecord, claim_to_data, skipped_to_data

SCHEMA_FILE = "claims.schema.json"
JSON = dict[str, Any]


@cache
def schema() -> JSON:
    """The claims JSON Schema (Draft 2020-12) as a dict."""
    with resources.files("claims").joinpath("schemas", SCHEMA_FILE).open(encoding="utf-8") as fh:
        loaded: JSON = json.load(fh)
    return loaded


@cache
def _validator(branch: str) -> Any:
    """A validator for one branch of the schema (``result`` or ``error``), so errors point into the
    document ("$.claims[3].label") instead of at the top-level oneOf."""
    from jsonschema import Draft202012Validator

    Draft202012Validator.check_schema(schema())
    branch_schema = {k: v for k, v in schema().items() if k != "oneOf"}
    branch_schema["$ref"] = f"#/$defs/{branch}"
    return Draft202012Validator(branch_schema)


def schema_errors(record: Any) -> list[str]:
    """Every schema violation of ``record``, each as 'path: message' (path like $.claims[3].source)."""
    if not isinstance(record, dict):
        return [f"$: expected a claims document (a JSON object), found {type(record).__name__}"]
    branch = "error" if "error" in record and "claims" not in record else "result"
    errors = []
    for err in sorted(_validator(branch).iter_errors(record), key=lambda e: list(map(str, e.absolute_path))):
        while err.validator in {"oneOf", "anyOf"} and err.context:
            # "null or a cue object": report what is wrong inside the object, not the alternation
            err = max(err.context, key=lambda e: (len(e.absolute_path), e.validator != "type"))
        path = "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in err.absolute_path)
        errors.append(f"{path}: {err.message}")
    return errors


@cache
def _fast_validator() -> Any:
    """jsonschema-rs (Rust) checks a document in microseconds where jsonschema takes milliseconds: every
    output is validated before it is written, so in a batch this is a tenth of the run. jsonschema stays
    the reference and gives the error paths when a document is invalid."""
    try:
        import jsonschema_rs
    except ImportError:  # pragma: no cover - it is a dependency; keep working without it
        return None
    return jsonschema_rs.validator_for(schema())


def validate(record: Any) -> None:
    """Raise :class:`SchemaError` listing every violation when ``record`` does not validate."""
    fast = _fast_validator()
    if fast is not None and fast.is_valid(record):
        return
    errors = schema_errors(record)
    if errors:
        raise SchemaError(f"document does not validate against the claims schema: {errors[0]}", errors)


def to_dict(record: Document | ErrorRecord) -> JSON:
    """The JSON form of a result or an error record, keys in schema order."""
    if isinstance(record, ErrorRecord):
        return {
            "schema_version": record.schema_version,
            "document": {"id": record.document_id, "origin": record.origin},
            "error": {"kind": record.kind, "message": record.message},
        }
    info = record.document
    document: JSON = {
        "id": info.id,
        "sha256": info.sha256,
        "chars": info.chars,
        "origin": info.origin,
        "media_type": info.media_type,
    }
    if info.text is not None:
        document["text"] = info.text
    if info.warnings:
        document["warnings"] = list(info.warnings)
    return {
        "schema_version": record.schema_version,
        "document": document,
        "generator": {
            "name": record.generator.name,
            "version": record.generator.version,
            "model": record.generator.model,
            "settings": {
                "source_span": record.generator.source_span.value,
                "follow_on_quotes": record.generator.follow_on_quotes,
                "nesting": record.generator.nesting.value,
                "object_content": record.generator.object_content,
            },
        },
        "claims": [claim_to_data(c) for c in record.claims],
        "skipped": [skipped_to_data(s) for s in record.skipped],
    }


def dumps(record: Document | ErrorRecord, *, indent: int | None = None, check: bool = True) -> str:
    """Serialise one record; validated first unless ``check`` is false (a failure is a bug)."""
    data = to_dict(record)
    if check:
        validate(data)
    return json.dumps(data, ensure_ascii=False, indent=indent)
