"""bench/polnear_gold.py turns brat standoff attributions (PolNeAR's format) into evaluation records; tested
on a hand-made article, since the corpus is not shipped."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from claims.evaluate import load_gold

SCRIPT = Path(__file__).parents[1] / "bench" / "polnear_gold.py"

TEXT = '"We will win," Smith said. Jones told reporters the plan, which was late, would fail.'
ANN = "\n".join(
    [
        "T1\tContent 1 12\tWe will win",
        "T2\tSource 15 20\tSmith",
        "T3\tCue 21 25\tsaid",
        "T4\tAttribution 21 25\tsaid",
        "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2",
        "T5\tSource 27 32\tJones",
        "T6\tCue 33 37\ttold",
        "T7\tContent 48 56;74 84\tthe plan would fail",
        "T8\tAttribution 33 37\ttold",
        "E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5",
        "T9\tDiscuss 0 5\tWe wi",
    ]
)


def _module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("polnear_gold", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_attributions_become_spans_of_the_text(tmp_path: Path) -> None:
    split = tmp_path / "test"
    (split / "text").mkdir(parents=True)
    (split / "attributions").mkdir()
    (split / "text" / "story.txt").write_text(TEXT, encoding="utf-8")
    (split / "attributions" / "story_4b22.ann").write_text(ANN, encoding="utf-8")
    (split / "attributions" / "story_ef2d.ann").write_text("", encoding="utf-8")  # a second annotator: unused
    out = tmp_path / "gold.jsonl"
    assert _module().main([str(split), "-o", str(out)]) == 0
    [record] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert list(load_gold(out)) == ["story"]  # the evaluator reads it as gold
    first, second = record["attributions"]
    assert (first["source"]["text"], first["cue"]["text"], first["content"]["text"]) == (
        "Smith",
        "said",
        "We will win",
    )
    assert [f["text"] for f in second["content"]["fragments"]] == ["the plan", "would fail"]
    for attribution in record["attributions"]:
        for span in (attribution["source"], attribution["cue"], attribution["content"]):
            assert TEXT[span["start"] : span["end"]] == span["text"]


def test_offsets_that_do_not_index_the_text_are_an_error() -> None:
    with pytest.raises(ValueError, match="do not index this text"):
        _module().convert(TEXT, "T1\tContent 0 5\tSomething else\nE1\tAttribution:T1 Content:T1", "story")
