"""A speech verb's object as what was said (``object_content=True``, the PARC convention) or not (the
default, GUM's). The sentences are made up for these tests."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from claims.serialize import validate

from .settings import component_setting, recorded_claims

if TYPE_CHECKING:
    from spacy.language import Language

MENTIONED = "The senator never mentioned the governor in her speech."
ANNOUNCED = "The campaign also announced new support from nurses who have lost patients to the virus."
ASKED = "The mayor has asked council leaders to disavow the plan."
SAID = "The mayor said the plan would fail."


def cues(claims: list[dict[str, Any]]) -> list[tuple[str | None, str, str]]:
    return [
        (c["source"]["text"] if c.get("source") else None, c["cue"]["text"], c["text"])
        for c in claims
        if c.get("cue")
    ]


def test_the_default_takes_no_object_as_content(nlp: Language) -> None:
    for text in (MENTIONED, ANNOUNCED, ASKED):
        assert cues(recorded_claims(nlp, text)) == [], text


def test_object_content_takes_the_object_noun_phrase(nlp: Language) -> None:
    with component_setting(nlp, "object_content", True):
        assert cues(recorded_claims(nlp, MENTIONED)) == [("The senator", "mentioned", "the governor")]
        announced = cues(recorded_claims(nlp, ANNOUNCED))
    assert [(s, c) for s, c, _ in announced] == [("The campaign", "announced")]
    assert announced[0][2].startswith("new support")


def test_object_content_takes_a_request_with_its_object(nlp: Language) -> None:
    with component_setting(nlp, "object_content", True):
        asked = cues(recorded_claims(nlp, ASKED))
    assert [(s, c) for s, c, _ in asked] == [("The mayor", "asked")]
    assert "to disavow the plan" in asked[0][2]


def test_object_content_leaves_other_claims_as_they_are(nlp: Language) -> None:
    default = recorded_claims(nlp, SAID)
    with component_setting(nlp, "object_content", True):
        assert recorded_claims(nlp, SAID) == default


def test_cli_and_load_pipeline_take_the_setting() -> None:
    from typer.testing import CliRunner

    from claims import cli
    from claims.extraction import load_pipeline

    result = CliRunner().invoke(cli.app, ["extract", "-", "--object-content"], input=MENTIONED)
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    validate(record)
    assert record["generator"]["settings"]["object_content"] is True
    assert cues(record["claims"]) == [("The senator", "mentioned", "the governor")]
    component: Any = load_pipeline(object_content=True).get_pipe("claims")
    assert component.object_content is True
