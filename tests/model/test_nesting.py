"""Nested attributions kept (the default, LABELS.md) or only the outermost (``nesting="outermost"``, the
univocal convention of corpora such as PolNeAR). The sentences are made up for these tests."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import pytest

from claims.serialize import validate
from claims.types import Nesting

from .settings import component_setting, recorded_claims

if TYPE_CHECKING:
    from spacy.language import Language

NESTED = "The ministry said the ambassador told reporters that the border would reopen on Monday."


def test_the_default_keeps_the_nested_claim_linked_to_its_parent(nlp: Language) -> None:
    claims = recorded_claims(nlp, NESTED)
    by_id = {c["id"]: c for c in claims}
    nested = [c for c in claims if c.get("parent")]
    assert [c["source"]["text"] for c in nested] == ["the ambassador"]
    assert by_id[nested[0]["parent"]]["source"]["text"] == "The ministry"


def test_outermost_keeps_only_the_claims_nothing_contains(nlp: Language) -> None:
    default = recorded_claims(nlp, NESTED)
    with component_setting(nlp, "nesting", Nesting.OUTERMOST):
        outer = recorded_claims(nlp, NESTED)
    assert [c["source"]["text"] for c in outer if c.get("source")] == ["The ministry"]
    assert not any(c.get("parent") for c in outer)
    kept = [c for c in default if not c.get("parent")]
    assert [(c["id"], c["label"], c["start"], c["end"]) for c in outer] == [
        (c["id"], c["label"], c["start"], c["end"]) for c in kept
    ]


def test_the_setting_is_checked(nlp: Language) -> None:
    from claims.component import ClaimsComponent

    with pytest.raises(ValueError, match=r"nesting must be one of \('all', 'outermost'\), found 'inner'"):
        ClaimsComponent(nlp, nesting="inner")


def test_cli_and_load_pipeline_take_the_setting() -> None:
    from typer.testing import CliRunner

    from claims import cli
    from claims.extraction import load_pipeline

    result = CliRunner().invoke(cli.app, ["extract", "-", "--nesting", "outermost"], input=NESTED)
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    validate(record)
    assert record["generator"]["settings"]["nesting"] == "outermost"
    assert [c["source"]["text"] for c in record["claims"] if c.get("source")] == ["The ministry"]
    bad = CliRunner().invoke(cli.app, ["extract", "-", "--nesting", "inner"], input=NESTED)
    assert bad.exit_code == 2 and "--nesting" in bad.output
    component: Any = load_pipeline(nesting="outermost").get_pipe("claims")
    assert component.nesting is Nesting.OUTERMOST
