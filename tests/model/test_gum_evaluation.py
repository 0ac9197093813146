"""Accuracy on the GUM Wikinews attributions (../shared/eval), scored by `claims evaluate`, which must agree
with the reference scorer; the issue's bar for the speech-cue subset is checked here."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from claims.evaluate import evaluate, load_gold, load_predictions
from claims.extraction import extract_many
from claims.serialize import dumps
from claims.text import InputDocument

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.shared

#: the issue's bar for the speech-cue subset (attribution .88, source exact .75, cue .88, content overlap .80)
BAR = {"attr": 0.88, "source_exact": 0.75, "cue_overlap": 0.88, "content_overlap": 0.80}
#: the speech-subset F1 measured on the rules of session 25 (README, Accuracy: session 9's level, less two
#: claims GUM does not annotate, a source that "refused to give any more details" and an interview's title
#: line "Frank Messina: An Interview with ..." read as his words; session 25 read a quote of several
#: sentences whole around the speech it quotes), less a margin of 0.01: a change that loses attributions the
#: toolkit finds now fails here, even above the bar
LEVEL = {"attr": 0.894, "source_exact": 0.795, "cue_overlap": 0.885, "content_overlap": 0.805}
LEVEL_MARGIN = 0.01


@pytest.fixture(scope="module")
def predictions(shared_dir: Path, nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> Path:
    gold = shared_dir / "eval" / "gum-wikinews.jsonl"
    items = [
        InputDocument(id=r["id"], text=r["text"], origin=r["id"])
        for r in map(json.loads, gold.read_text(encoding="utf-8").splitlines())
    ]
    out = tmp_path_factory.mktemp("gum") / "pred.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for record in extract_many(items, nlp=nlp):
            fh.write(dumps(record) + "\n")
    return out


@pytest.mark.parametrize("speech", [True, False])
def test_agrees_with_the_reference_scorer(shared_dir: Path, predictions: Path, speech: bool) -> None:
    gold = shared_dir / "eval" / "gum-wikinews.jsonl"
    args = [
        sys.executable,
        "-B",
        str(shared_dir / "eval" / "score_attr.py"),
        str(gold),
        str(predictions),
        "--json",
    ]
    reference = json.loads(
        subprocess.run(
            args + (["--speech"] if speech else []), check=True, capture_output=True, text=True
        ).stdout
    )
    ours = evaluate(load_gold(gold), load_predictions(predictions), speech=speech).to_dict()
    for metric, values in reference.items():
        if metric == "counts":
            assert ours["counts"] == values
        else:
            assert [round(v, 3) for v in ours[metric]] == [round(v, 3) for v in values], metric


def test_speech_subset_meets_the_bar(shared_dir: Path, predictions: Path) -> None:
    result = evaluate(
        load_gold(shared_dir / "eval" / "gum-wikinews.jsonl"), load_predictions(predictions), speech=True
    )
    scores = {name: prf.f1 for name, prf in result.metrics().items()}
    low = {k: round(scores[k], 3) for k, bar in BAR.items() if scores[k] < bar}
    assert not low, f"below the bar {BAR}: {low}"


def test_speech_subset_keeps_its_level(shared_dir: Path, predictions: Path) -> None:
    result = evaluate(
        load_gold(shared_dir / "eval" / "gum-wikinews.jsonl"), load_predictions(predictions), speech=True
    )
    scores = {name: prf.f1 for name, prf in result.metrics().items()}
    low = {k: round(scores[k], 3) for k, level in LEVEL.items() if scores[k] < level - LEVEL_MARGIN}
    assert not low, f"below the recorded level {LEVEL} (margin {LEVEL_MARGIN}): {low}"
