"""The schema: one source of truth, valid Draft 2020-12, and what it accepts and refuses."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from claims.errors import SchemaError
from claims.serialize import schema, schema_errors, to_dict, validate
from claims.types import (
    Claim,
    Cue,
    CueKind,
    Document,
    DocumentInfo,
    ErrorRecord,
    Evidence,
    Generator,
    Label,
    Skipped,
    Source,
    SourceKind,
    Span,
)


def test_repository_schema_is_the_packaged_schema(repo_root: Path) -> None:
    top = json.loads((repo_root / "schemas" / "claims.schema.json").read_text(encoding="utf-8"))
    assert top == schema(), (
        "schemas/claims.schema.json differs from claims/schemas/: copy the package file over"
    )


def test_schema_is_valid_draft_2020_12() -> None:
    Draft202012Validator.check_schema(schema())
    assert schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"


TEXT = "Officials said the dam was safe. The firm denied it."


def sample() -> Document:
    source = Source("Officials", 0, 9, SourceKind.ANONYMOUS)
    claim = Claim(
        id="c0123456789",
        text="the dam was safe",
        start=15,
        end=31,
        label=Label.STATEMENT,
        confidence=0.8,
        source=source,
        cue=Cue("said", 10, 14, "say", CueKind.SPEECH),
        evidence=(Evidence("cue_lemma", "say", Span("said", 10, 14)),),
    )
    denial = Claim(
        id="c9876543210",
        text="it",
        start=49,
        end=51,
        label=Label.DENIAL,
        confidence=0.9,
        source=Source("The firm", 33, 41, SourceKind.DESCRIPTOR, resolved=None),
        cue=Cue("denied", 42, 48, "deny"),
        targets=(Span("it", 49, 51),),
        responds_to=None,
    )
    return Document(
        document=DocumentInfo(id="d1", sha256="0" * 64, chars=len(TEXT), origin="d1.txt"),
        generator=Generator("claims", "0.1.0", "en_core_web_sm-3.8.0"),
        claims=(claim, denial),
        skipped=(Skipped("Read now.", 0, 9, "promotion"),),
    )


def test_a_hand_built_document_validates_and_its_spans_index_the_text() -> None:
    data = to_dict(sample())
    validate(data)
    for claim in data["claims"]:
        assert TEXT[claim["start"] : claim["end"]] == claim["text"]
        for key in ("source", "cue"):
            if claim[key]:
                assert TEXT[claim[key]["start"] : claim[key]["end"]] == claim[key]["text"]


def test_error_record_validates() -> None:
    validate(
        to_dict(ErrorRecord(document_id="a.txt", kind="encoding", message="a.txt: not UTF-8", origin="a.txt"))
    )


def _broken(path: list[Any], value: Any) -> dict[str, Any]:
    data = copy.deepcopy(to_dict(sample()))
    node = data
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return data


BROKEN = [
    (["claims", 0, "label"], "rumour", "$.claims[0].label"),
    (["claims", 0, "start"], -1, "$.claims[0].start"),
    (["claims", 0, "confidence"], 1.5, "$.claims[0].confidence"),
    (["claims", 0, "cue", "kind"], "shout", "$.claims[0].cue.kind"),
    (["document", "sha256"], "xyz", "$.document.sha256"),
    (["schema_version"], "0.9", "$.schema_version"),
]


@pytest.mark.parametrize(("path", "value", "where"), BROKEN)
def test_invalid_documents_are_refused_with_their_path(path: list[Any], value: Any, where: str) -> None:
    errors = schema_errors(_broken(path, value))
    assert errors and errors[0].startswith(where + ": "), errors
    with pytest.raises(SchemaError):
        validate(_broken(path, value))


def test_missing_required_field_is_refused() -> None:
    data = to_dict(sample())
    del data["claims"][0]["source"]
    assert schema_errors(data)


def test_the_fast_validator_agrees_with_jsonschema() -> None:
    from jsonschema import Draft202012Validator

    from claims.serialize import _fast_validator

    fast = _fast_validator()
    assert fast is not None
    reference = Draft202012Validator(schema())
    cases = [to_dict(sample()), to_dict(ErrorRecord(document_id="a", kind="missing", message="a: missing"))]
    cases += [_broken(path, value) for path, value, _ in BROKEN]
    for case in cases:
        assert fast.is_valid(case) == reference.is_valid(case), case
