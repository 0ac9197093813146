"""Attribution forms, one hand-written sentence each (tests/data/attribution_cases.json), end to end."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from claims.extraction import extract
from claims.serialize import to_dict, validate

if TYPE_CHECKING:
    from spacy.language import Language

CASES = json.loads(
    (Path(__file__).parents[1] / "data" / "attribution_cases.json").read_text(encoding="utf-8")
)


def _by_cue(claims: list[dict[str, Any]], cue: str) -> list[dict[str, Any]]:
    return [c for c in claims if c["cue"] and c["cue"]["text"] == cue]


@pytest.mark.parametrize("case", CASES["cases"], ids=[c["id"] for c in CASES["cases"]])
def test_case(case: dict[str, Any], nlp: Language) -> None:
    text = case["text"]
    data = to_dict(extract(text, nlp=nlp, doc_id=case["id"]))
    validate(data)
    claims = data["claims"]
    by_id = {c["id"]: c for c in claims}
    for expected in case.get("expect", []):
        found = _by_cue(claims, expected["cue"])
        assert found, (
            f"no claim with cue {expected['cue']!r}; claims: {[(c['cue'], c['text']) for c in claims]}"
        )
        claim = found[0]
        assert text[claim["start"] : claim["end"]] == claim["text"]
        if "source" in expected:
            got = claim["source"]["text"] if claim["source"] else None
            assert got == expected["source"], f"source: expected {expected['source']!r}, got {got!r}"
        if "resolved" in expected:
            resolved = claim["source"]["resolved"]
            got = resolved["text"] if resolved is not None else None
            assert got == expected["resolved"], f"resolved: expected {expected['resolved']!r}, got {got!r}"
        if "content" in expected:
            assert expected["content"] in claim["text"], f"content {claim['text']!r}"
        if "not_in_content" in expected:
            assert expected["not_in_content"] not in claim["text"], f"content {claim['text']!r}"
        if "label" in expected:
            assert claim["label"] == expected["label"], f"label of {claim['text']!r}: {claim['evidence']}"
        if "targets" in expected:
            assert [t["text"] for t in claim["targets"]] == expected["targets"]
        if "evidence" in expected:
            given = {e["kind"] for e in claim["evidence"]} | {
                f"{e['kind']}:{e.get('value')}" for e in claim["evidence"]
            }
            assert set(expected["evidence"]) <= given, claim["evidence"]
        if "confidence" in expected:
            assert claim["confidence"] == expected["confidence"], claim["evidence"]
        if "not_evidence" in expected:
            given = {f"{e['kind']}:{e.get('value')}" for e in claim["evidence"]}
            assert not given & set(expected["not_evidence"]), claim["evidence"]
        if "cue_kind" in expected:
            assert claim["cue"]["kind"] == expected["cue_kind"]
        if "count" in expected:
            assert len(found) == expected["count"], [c["text"] for c in found]
        if "parent_cue" in expected:
            parent = by_id.get(claim["parent"] or "")
            assert parent is not None and parent["cue"]["text"] == expected["parent_cue"]
    for cue in case.get("absent_cues", []):
        assert not _by_cue(claims, cue), f"cue {cue!r} should give no claim: {claims}"


def test_relabelled_statement_drops_its_doubts(nlp: Language) -> None:
    """A statement doubted for its negation ('had not damaged any pipes') and then read as the answer to an
    accusation is a denial: the doubts that lowered the statement's confidence are not the denial's
    evidence."""
    text = (
        "A residents' group said the contractor had damaged the water pipes. "
        "The contractor said its crews had not damaged any pipes."
    )
    data = to_dict(extract(text, nlp=nlp))
    validate(data)
    denial = next(c for c in data["claims"] if "not damaged" in c["text"])
    assert denial["label"] == "denial", denial["evidence"]
    assert not [e for e in denial["evidence"] if e["kind"].startswith("doubt_")], denial["evidence"]


def test_a_negated_act_verb_is_a_denial_of_its_own(nlp: Language) -> None:
    """'had not retaliated' negates an act of the lexicon ('retaliate' is an act verb, not a wrong by itself:
    a state 'will retaliate against sanctions'): the answer denies by its own words (self_negation), not only
    because it follows the accusation."""
    text = (
        "Two nurses said the hospital retaliated against staff who reported the shortages. "
        "The hospital said it had not retaliated against anyone."
    )
    data = to_dict(extract(text, nlp=nlp))
    validate(data)
    denial = next(c for c in data["claims"] if "not retaliated" in c["text"])
    assert denial["label"] == "denial"
    assert "self_negation" in [e["kind"] for e in denial["evidence"]], denial["evidence"]
