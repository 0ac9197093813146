"""Where a source span ends: the name (GUM's convention, the default) or the whole phrase with its
appositions, relative clauses and affiliations (``source_span="phrase"``, PARC and PolNeAR's convention).
The sentences are made up for these tests."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

from claims.serialize import validate
from claims.types import SourceSpan

from .settings import component_setting, recorded_claims

if TYPE_CHECKING:
    from spacy.language import Language

CASES = [
    (
        "Maria Okafor, a spokeswoman for the port authority, said the cranes would be replaced.",
        "Maria Okafor",
        "Maria Okafor, a spokeswoman for the port authority",
    ),
    (
        "Tomas Reyes, who runs a bakery in Tucson, said the rent had doubled.",
        "Tomas Reyes",
        "Tomas Reyes, who runs a bakery in Tucson",
    ),
    (
        "Rep. Dana Whitfield (D-Ore.) said the bill was dead.",
        "Rep. Dana Whitfield",
        "Rep. Dana Whitfield (D-Ore.)",
    ),
    (
        '"The figures are wrong," said Helen Park, an economist at the university.',
        "Helen Park",
        "Helen Park, an economist at the university",
    ),
    (
        "Ivan Petrov, 54, of Duluth, Minn., said he had lost his job.",
        "Ivan Petrov",
        "Ivan Petrov, 54, of Duluth, Minn.",
    ),
    ("Farmers in the delta told reporters that the canal had run dry.", "Farmers", "Farmers in the delta"),
    # the phrase names the accused: were it read before the label, the accusation would read as the
    # speaker's own side talking and become a statement
    (
        "Maria Okafor, a lawyer for the Harbor Trust, said the Harbor Trust had hidden the losses.",
        "Maria Okafor",
        "Maria Okafor, a lawyer for the Harbor Trust",
    ),
    # a time phrase after the name says when, not who
    ("Councillor Ward at the time said the pool would reopen.", "Councillor Ward", "Councillor Ward"),
    # a possessive source keeps its mark in the phrase, as PARC marks it
    (
        "The mayor's claim that the budget was balanced drew laughter in the chamber.",
        "The mayor",
        "The mayor's",
    ),
    # a focus adverb before the speaker is no word of the phrase
    (
        "Even a senior party strategist said the plan had failed.",
        "a senior party strategist",
        "a senior party strategist",
    ),
    # a figure's sign ends the phrase
    (
        "A third of the drivers, 33%, said the routes were unsafe.",
        "A third of the drivers",
        "A third of the drivers, 33%",
    ),
]


@pytest.mark.parametrize(("text", "name", "phrase"), CASES, ids=[c[2] for c in CASES])
def test_name_by_default_phrase_when_asked(nlp: Language, text: str, name: str, phrase: str) -> None:
    default = recorded_claims(nlp, text)
    with component_setting(nlp, "source_span", SourceSpan.PHRASE):
        widened = recorded_claims(nlp, text)
    assert [c["source"]["text"] for c in default] == [name]
    assert [c["source"]["text"] for c in widened] == [phrase]
    source = widened[0]["source"]
    assert text[source["start"] : source["end"]] == phrase
    # only the source span changes: the claim, its id, cue, label and the entity it stands for stay
    for field in ("id", "text", "start", "end", "cue", "label", "targets"):
        assert widened[0][field] == default[0][field], field
    assert source["resolved"] == default[0]["source"]["resolved"]


def test_phrase_stops_before_the_cue(nlp: Language) -> None:
    text = "Residents who said the water tasted odd were told to boil it."
    with component_setting(nlp, "source_span", SourceSpan.PHRASE):
        claims = recorded_claims(nlp, text)
    said = [c for c in claims if c["cue"] and c["cue"]["text"] == "said"]
    assert said and said[0]["source"]["end"] <= said[0]["cue"]["start"]


def test_the_setting_is_checked(nlp: Language) -> None:
    from claims.component import ClaimsComponent

    with pytest.raises(ValueError, match=r"source_span must be one of \('name', 'phrase'\), found 'full'"):
        ClaimsComponent(nlp, source_span="full")


def test_cli_and_load_pipeline_take_the_setting() -> None:
    import json

    from typer.testing import CliRunner

    from claims import cli
    from claims.extraction import load_pipeline

    text = CASES[0][0]
    result = CliRunner().invoke(cli.app, ["extract", "-", "--source-span", "phrase"], input=text)
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    validate(record)
    assert [c["source"]["text"] for c in record["claims"]] == [CASES[0][2]]
    bad = CliRunner().invoke(cli.app, ["extract", "-", "--source-span", "full"], input=text)
    assert bad.exit_code == 2 and "--source-span" in bad.output
    component: Any = load_pipeline(follow_on_quotes=True, source_span="phrase").get_pipe("claims")
    assert (component.follow_on_quotes, component.source_span) == (True, SourceSpan.PHRASE)


def test_labels_and_links_do_not_depend_on_the_convention(nlp: Language) -> None:
    text = (
        "Senator Ana Ruiz, a Democrat from Ohio, accused the mayor of hiding the audit. "
        "The mayor, who took office in May, denied the charge and said the audit had been published."
    )
    default = recorded_claims(nlp, text)
    with component_setting(nlp, "source_span", SourceSpan.PHRASE):
        widened = recorded_claims(nlp, text)
    assert len(widened) == len(default) >= 2
    assert {c["source"]["text"] for c in widened if c["source"]} >= {
        "Senator Ana Ruiz, a Democrat from Ohio",
        "The mayor, who took office in May",
    }
    for old, new in zip(default, widened, strict=True):
        assert {k: v for k, v in old.items() if k != "source"} == {
            k: v for k, v in new.items() if k != "source"
        }


def test_phrase_marks_the_relative_pronoun_and_resolves_it(nlp: Language) -> None:
    """PARC-style corpora mark the relative pronoun as the source of a cue in a relative clause ("Ines
    Okafor, who said ..."); with the phrase convention the source is that pronoun, resolved to the noun it
    stands for, which is the source by default."""
    text = "The mayor thanked Ines Okafor, who said the bridge was safe."
    default = recorded_claims(nlp, text)
    with component_setting(nlp, "source_span", SourceSpan.PHRASE):
        widened = recorded_claims(nlp, text)
    said = [c for c in default if c["cue"] and c["cue"]["text"] == "said"]
    assert [c["source"]["text"] for c in said] == ["Ines Okafor"]
    said = [c for c in widened if c["cue"] and c["cue"]["text"] == "said"]
    assert [c["source"]["text"] for c in said] == ["who"]
    source = said[0]["source"]
    assert text[source["start"] : source["end"]] == "who"
    assert source["resolved"]["text"] == "Ines Okafor"
