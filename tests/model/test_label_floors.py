"""Label accuracy on the development sets does not fall below the figures recorded when their rules were
written (end to end, macro F1, minus a small margin). The sets still blind are not here: they are scored by
hand, once, on final rules (tests/data/README.md). Every document the extractor produces is schema-valid."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from claims.extraction import extract_many
from claims.label_eval import load_label_gold, score_labels
from claims.serialize import schema_errors, to_dict
from claims.text import InputDocument

if TYPE_CHECKING:
    from spacy.language import Language

DATA = Path(__file__).parent.parent / "data"
MARGIN = 0.02
#: macro F1 recorded for each development set on the rules of session 4 (see the README's Accuracy); blind7-12
#: were blind until scored once, then read, so they are development sets here
FLOORS = {
    "labels": 0.944,
    "labels_heldout": 0.921,
    "labels_dev2": 0.836,
    "labels_dev3": 0.955,
    "labels_dev4": 0.912,
    "labels_dev5": 0.913,
    "labels_dev6": 0.769,
    "labels_dev7": 0.848,
    "labels_dev8": 0.824,
    "labels_dev9": 0.844,
    "labels_dev10": 0.843,
    "labels_dev11": 0.864,
    "labels_dev12": 0.857,
    "labels_dev13": 0.785,
    "labels_dev14": 0.817,
    "labels_dev15": 0.762,
    "labels_dev16": 0.799,
    "labels_dev17": 0.852,
    "labels_dev18": 0.823,
    "labels_dev19": 0.830,
    "labels_blind7": 0.752,
    "labels_blind8": 0.780,
    "labels_blind9": 0.692,
    "labels_blind10": 0.624,
    "labels_blind11": 0.662,
    "labels_blind12": 0.728,
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_development_set_keeps_its_score(name: str, nlp: Language) -> None:
    gold = load_label_gold(DATA / f"{name}.jsonl")
    items = [InputDocument(id=r["id"], text=r["text"], origin=r["id"]) for r in gold]
    predictions: dict[str, dict[str, Any]] = {}
    for record in extract_many(items, nlp=nlp):
        document = to_dict(record)
        assert schema_errors(document) == [], document
        predictions[str(document["document"]["id"])] = document
    scores = score_labels(gold, predictions)
    assert scores.macro_f1 >= FLOORS[name] - MARGIN, scores.format_table()
