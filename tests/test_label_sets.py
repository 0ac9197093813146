"""The hand-labelled passage sets (tests/data/labels*.jsonl, see tests/data/README.md) are well formed: every
source, cue and target is a string of its passage, every label one of the three."""

from __future__ import annotations

from pathlib import Path

import pytest

from claims.label_eval import LABELS, load_label_gold

DATA = Path(__file__).parent / "data"
SETS = sorted(DATA.glob("labels*.jsonl"))


def test_the_sets_are_there() -> None:
    assert len(SETS) >= 20, [p.name for p in SETS]


@pytest.mark.parametrize("path", SETS, ids=lambda p: p.stem)
def test_every_string_is_in_its_passage(path: Path) -> None:
    records = load_label_gold(path)
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)), f"{path.name}: duplicate ids"
    for record in records:
        text = record["text"]
        for claim in record["claims"]:
            assert claim["label"] in LABELS, (path.name, record["id"], claim)
            for key in ("source", "cue"):
                value = claim.get(key)
                assert value is None or value.lower() in text.lower(), (path.name, record["id"], key, value)
            for target in claim.get("targets") or []:
                assert target.lower() in text.lower(), (path.name, record["id"], "target", target)
