"""Label scoring (claims evaluate --labels) on hand-built gold and predictions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from claims.errors import EvaluationError
from claims.label_eval import load_label_gold, load_prediction_documents, score_labels

TEXT = "Rebels accused the army of shelling a school. The army denied it. Officials said talks would resume."


def claim(cid: str, label: str, cue: str, source: str | None) -> dict[str, Any]:
    start = TEXT.index(cue)
    out: dict[str, Any] = {
        "id": cid,
        "text": "x",
        "start": 0,
        "end": 1,
        "label": label,
        "cue": {"text": cue, "start": start, "end": start + len(cue)},
        "source": None,
    }
    if source is not None:
        s = TEXT.index(source)
        out["source"] = {"text": source, "start": s, "end": s + len(source), "resolved": None}
    return out


GOLD = [
    {
        "id": "p1",
        "text": TEXT,
        "claims": [
            {"source": "Rebels", "cue": "accused", "label": "accusation", "targets": ["army"]},
            {"source": "army", "cue": "denied", "label": "denial", "targets": []},
            {"source": "Officials", "cue": "said", "label": "statement", "targets": []},
        ],
    }
]


def test_perfect_predictions_score_one() -> None:
    preds = {
        "p1": {
            "claims": [
                claim("a", "accusation", "accused", "Rebels"),
                claim("b", "denial", "denied", "army"),
                claim("c", "statement", "said", "Officials"),
            ]
        }
    }
    scores = score_labels(GOLD, preds)
    assert scores.macro_f1 == pytest.approx(1.0)
    assert scores.found == scores.total == 3
    assert not scores.mistakes


def test_a_wrong_label_and_a_missed_claim_count_against() -> None:
    preds = {
        "p1": {
            "claims": [
                claim("a", "statement", "accused", "Rebels"),
                claim("c", "statement", "said", "Officials"),
            ]
        }
    }
    scores = score_labels(GOLD, preds)
    assert scores.found == 2
    assert scores.confusion[("accusation", "statement")] == 1
    assert scores.confusion[("denial", "none")] == 1
    p, r, _ = scores.per_label["statement"]
    assert (p, r) == (pytest.approx(0.5), pytest.approx(1.0))
    assert scores.macro_f1 == pytest.approx((0 + 0 + 2 / 3) / 3)
    assert len(scores.mistakes) == 2


def test_a_claim_with_the_right_cue_but_another_source_is_not_a_match() -> None:
    preds = {"p1": {"claims": [claim("a", "accusation", "accused", "the army")]}}
    assert score_labels(GOLD, preds).found == 0


def test_malformed_files_name_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "gold.jsonl"
    bad.write_text(json.dumps(GOLD[0]) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(EvaluationError, match=r"gold.jsonl:2"):
        load_label_gold(bad)
    pred = tmp_path / "pred.jsonl"
    pred.write_text('{"claims": []}\n', encoding="utf-8")
    with pytest.raises(EvaluationError, match=r"pred.jsonl:1"):
        load_prediction_documents(pred)


def test_reliability_counts_found_claims_and_right_labels_per_confidence() -> None:
    accused = claim("a", "statement", "accused", "Rebels") | {"confidence": 0.6}
    denied = claim("b", "denial", "denied", "army") | {"confidence": 0.9}
    said = claim("c", "statement", "said", "Officials") | {"confidence": 0.6}
    scores = score_labels(GOLD, {"p1": {"claims": [accused, denied, said]}}, min_confidence=0.75)
    # every found claim is tallied, the ones below the threshold too: 0.6 was right once in two
    assert scores.reliability == {0.6: (2, 1), 0.9: (1, 1)}
    assert scores.abstained == 2
    table = scores.format_table().splitlines()
    assert table[-3:] == ["confidence   found  right", "0.90             1  1.00", "0.60             2  0.50"]
