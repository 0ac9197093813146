"""What the end-to-end issue asks of the user's example article (../shared/articles, a spun text)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from claims.extraction import extract
from claims.serialize import to_dict, validate

if TYPE_CHECKING:
    from spacy.language import Language

ARTICLE = "articles/us-china-north-korea-spun.txt"


@pytest.fixture(scope="module")
def seed(shared_dir: Path, nlp: Language) -> dict[str, Any]:
    text = (shared_dir / ARTICLE).read_text(encoding="utf-8")
    data = to_dict(extract(text, nlp=nlp, doc_id="seed"))
    validate(data)
    data["_text"] = text
    return data


def claims_where(
    seed: dict[str, Any], *, cue: str | None = None, source: str | None = None, content: str | None = None
) -> list[dict[str, Any]]:
    out = []
    for c in seed["claims"]:
        if cue is not None and (c["cue"] is None or c["cue"]["text"] != cue):
            continue
        if source is not None and (c["source"] is None or c["source"]["text"] != source):
            continue
        if content is not None and content not in c["text"]:
            continue
        out.append(c)
    return out


def one(seed: dict[str, Any], **kw: str) -> dict[str, Any]:
    found = claims_where(seed, **kw)
    assert len(found) == 1, f"expected one claim with {kw}, found {[(c['source'], c['text']) for c in found]}"
    return found[0]


def test_us_accuses_north_korea(seed: dict[str, Any]) -> None:
    c = one(seed, cue="accused", source="The United States")
    assert c["label"] == "accusation"
    assert [t["text"] for t in c["targets"]] == ["North Korea"]


def test_moscow_and_pyongyang_deny_and_separately_vow(seed: dict[str, Any]) -> None:
    accusation = one(seed, cue="accused")
    denial = one(seed, cue="deny", source="Moscow and Pyongyang")
    assert denial["label"] == "denial"
    assert [t["text"] for t in denial["targets"]] == ["the accusations"]
    assert denial["responds_to"] == accusation["id"]
    vow = one(seed, cue="vowed", source="Moscow and Pyongyang")
    assert vow["label"] == "statement"
    assert "deepen army relations" in vow["text"]


def test_it_mentioned_violation_is_an_accusation_by_the_state_department(seed: dict[str, Any]) -> None:
    c = one(seed, source="It", content="in violation of numerous UN Security Council resolutions")
    assert c["label"] == "accusation"
    assert c["source"]["kind"] == "pronoun"
    assert c["source"]["resolved"]["text"] == "the State Department"
    assert {t["text"] for t in c["targets"]} == {"Russia", "North Korea"}


def test_us_accuses_chinese_companies_of_aiding_the_war(seed: dict[str, Any]) -> None:
    c = one(seed, source="the U.S.", content="have been aiding Russia")
    assert c["label"] == "accusation"
    assert [t["text"] for t in c["targets"]] == ["Chinese corporations"]


def test_china_claim_with_wang_claim_nested(seed: dict[str, Any]) -> None:
    china = one(seed, source="China", cue="mentioned")
    wang = one(seed, source="Wang", cue="instructed")
    assert "Wang instructed Blinken" in china["text"]
    assert "these needs to be lifted" in wang["text"]
    assert wang["parent"] == china["id"]


def test_bonnie_jenkins_statements(seed: dict[str, Any]) -> None:
    told = one(seed, cue="instructed", content="Washington was eager")
    assert told["label"] == "statement"
    assert told["source"]["resolved"]["text"] == "Bonnie Jenkins"
    she = one(seed, source="She")
    assert she["label"] == "statement"
    assert she["source"]["resolved"]["text"] == "Bonnie Jenkins"


def test_state_department_and_kremlin_statements(seed: dict[str, Any]) -> None:
    state = [
        c
        for c in seed["claims"]
        if c["source"] and "State Department" in (c["source"]["resolved"] or c["source"])["text"]
    ]
    assert len(state) >= 3 and all(c["source"] for c in state)
    division = one(seed, source="the division")
    assert division["source"]["resolved"]["text"] == "the State Department"
    kremlin = one(seed, source="The Kremlin")
    assert kremlin["label"] == "statement" and "Aurus limousine" in kremlin["text"]


def test_boilerplate_is_skipped_and_never_a_claim(seed: dict[str, Any]) -> None:
    text = seed["_text"]
    skipped = {s["reason"]: 0 for s in seed["skipped"]}
    for s in seed["skipped"]:
        skipped[s["reason"]] += 1
        assert text[s["start"] : s["end"]] == s["text"]
    assert skipped == {"caption": 1, "promotion": 1, "related_link": 3, "source_line": 1}
    for c in seed["claims"]:
        for bad in ("ALSO READ", "Read now", "Source:", "REUTERS", "Hindustan Times"):
            assert bad not in c["text"]
            if c["source"]:
                assert bad not in c["source"]["text"]


def test_every_span_indexes_the_input(seed: dict[str, Any]) -> None:
    text = seed["_text"]
    for c in seed["claims"]:
        assert text[c["start"] : c["end"]] == c["text"]
        for key in ("source", "cue"):
            if c[key]:
                assert text[c[key]["start"] : c[key]["end"]] == c[key]["text"]
        for t in c["targets"]:
            assert text[t["start"] : t["end"]] == t["text"]
