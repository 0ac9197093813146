"""Tests for claims.evaluate: hand-computed cases on tiny documents, and agreement with the reference scorer
``../shared/eval/score_attr.py`` on synthetic predictions built from the GUM gold (marked ``shared``)."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pytest

from claims.errors import EvaluationError
from claims.evaluate import (
    ERROR_KINDS,
    METRIC_NAMES,
    PRF,
    PUNCT,
    SPEECH,
    EvaluationResult,
    char_f1,
    evaluate,
    is_speech_cue,
    load_gold,
    load_predictions,
)

Record = dict[str, Any]

# --------------------------------------------------------------------------------------------------------
# Helpers: build gold and prediction records from substrings of a text


def span(text: str, piece: str, after: int = 0) -> Record:
    """The span of the first occurrence of ``piece`` in ``text`` at or after ``after``."""
    start = text.index(piece, after)
    return {"start": start, "end": start + len(piece), "text": piece}


def fragmented(text: str, *pieces: str) -> Record:
    """A gold span made of several fragments (a quote split around "he said")."""
    fragments = [span(text, piece) for piece in pieces]
    start, end = fragments[0]["start"], fragments[-1]["end"]
    return {"start": start, "end": end, "text": text[start:end], "fragments": fragments}


def gold_attribution(
    text: str, content: str | Record, source: str | None, cue: str | None, attribution_id: str
) -> Record:
    return {
        "id": attribution_id,
        "content": span(text, content) if isinstance(content, str) else content,
        "source": span(text, source) if source else None,
        "cue": span(text, cue) if cue else None,
    }


def gold_doc(doc_id: str, text: str, *attributions: Record) -> Record:
    return {"id": doc_id, "text": text, "attributions": list(attributions)}


def claim(text: str, content: str, source: str | None, cue: str | None, claim_id: str) -> Record:
    content_span = span(text, content)
    return {
        "id": claim_id,
        "start": content_span["start"],
        "end": content_span["end"],
        "text": content,
        "label": "statement",
        "source": span(text, source) if source else None,
        "cue": span(text, cue) if cue else None,
    }


def pred_doc(doc_id: str, *claims: Record) -> Record:
    return {"schema_version": "1.0", "document": {"id": doc_id}, "claims": list(claims)}


def error_record(doc_id: str) -> Record:
    return {
        "schema_version": "1.0",
        "document": {"id": doc_id},
        "error": {"kind": "input", "message": "the article holds no text"},
    }


def write_jsonl(path: Path, records: Iterable[Record]) -> Path:
    path.write_text("".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records), "utf-8")
    return path


def run(
    tmp_path: Path, gold: Iterable[Record], pred: Iterable[Record], *, speech: bool = False
) -> EvaluationResult:
    gold_path = write_jsonl(tmp_path / "gold.jsonl", gold)
    pred_path = write_jsonl(tmp_path / "pred.jsonl", pred)
    return evaluate(load_gold(gold_path), load_predictions(pred_path), speech=speech)


def triple(prf: PRF) -> tuple[float, float, float]:
    return (prf.precision, prf.recall, prf.f1)


def kinds(result: EvaluationResult) -> list[str]:
    return [error.kind for error in result.errors]


# --------------------------------------------------------------------------------------------------------
# Two attributions in one document

NEWS = (
    "Mayor Ann Lee said the bridge will reopen in May. Police denied that the station was closed. "
    "The weather was fine, Bob Ray added."
)
MAYOR = ("the bridge will reopen in May.", "Mayor Ann Lee", "said")
POLICE = ("that the station was closed.", "Police", "denied")
WEATHER = ("The weather was fine", "Bob Ray", "added")


def news_gold() -> Record:
    return gold_doc("news", NEWS, gold_attribution(NEWS, *MAYOR, "a1"), gold_attribution(NEWS, *POLICE, "a2"))


def test_perfect_prediction_scores_one_everywhere(tmp_path: Path) -> None:
    pred = pred_doc("news", claim(NEWS, *MAYOR, "c1"), claim(NEWS, *POLICE, "c2"))
    result = run(tmp_path, [news_gold()], [pred])
    for name, prf in result.metrics().items():
        assert triple(prf) == (1.0, 1.0, 1.0), name
    assert result.counts.to_dict() == {
        "ngold": 2,
        "npred": 2,
        "match": 2,
        "missing_docs": 0,
        "ignored": 0,
        "duplicate_ids": 0,
        "unknown_ids": 0,
    }
    assert result.errors == ()


def test_missed_gold_attribution(tmp_path: Path) -> None:
    result = run(tmp_path, [news_gold()], [pred_doc("news", claim(NEWS, *MAYOR, "c1"))])
    assert triple(result.attr) == pytest.approx((1.0, 0.5, 2 / 3))
    assert triple(result.source_exact) == pytest.approx((1.0, 0.5, 2 / 3))
    # content overlap: the sum of matched F1 (1.0) over 1 prediction and over 2 gold attributions
    assert triple(result.content_overlap) == pytest.approx((1.0, 0.5, 2 / 3))
    assert (result.counts.ngold, result.counts.npred, result.counts.match) == (2, 1, 1)
    [missed] = result.errors
    assert (missed.kind, missed.doc_id, missed.gold_id, missed.pred) == ("missed", "news", "a2", None)
    assert missed.gold is not None and missed.gold.text == "that the station was closed."


def test_spurious_prediction(tmp_path: Path) -> None:
    pred = pred_doc(
        "news", claim(NEWS, *MAYOR, "c1"), claim(NEWS, *POLICE, "c2"), claim(NEWS, *WEATHER, "c3")
    )
    result = run(tmp_path, [news_gold()], [pred])
    assert triple(result.attr) == pytest.approx((2 / 3, 1.0, 0.8))
    assert triple(result.source_exact) == pytest.approx((2 / 3, 1.0, 0.8))
    assert triple(result.cue_overlap) == pytest.approx((2 / 3, 1.0, 0.8))
    assert triple(result.content_exact) == pytest.approx((2 / 3, 1.0, 0.8))
    [spurious] = result.errors
    assert (spurious.kind, spurious.pred_claim_ids, spurious.gold) == ("spurious", ("c3",), None)
    assert spurious.pred is not None and spurious.pred.text == "The weather was fine"


def test_missing_document_and_claims_without_source_or_cue(tmp_path: Path) -> None:
    other = gold_doc("other", "Ann said yes.", gold_attribution("Ann said yes.", "yes.", "Ann", "said", "o1"))
    # a claim with neither source nor cue is not an attribution: not counted, not spurious
    bare = claim(NEWS, *WEATHER, "c3") | {"source": None, "cue": None}
    result = run(tmp_path, [news_gold(), other], [pred_doc("news", claim(NEWS, *MAYOR, "c1"), bare)])
    assert result.counts.missing_docs == 1
    assert (result.counts.ngold, result.counts.npred, result.counts.match) == (3, 1, 1)
    assert kinds(result) == ["missed", "missed"]


# --------------------------------------------------------------------------------------------------------
# A quote split around "he said"

QUOTE = '"The plan is dead," he said, "and nobody will revive it."'


def quote_gold() -> Record:
    content = fragmented(QUOTE, "The plan is dead,", "and nobody will revive it.")
    return gold_doc("quote", QUOTE, gold_attribution(QUOTE, content, "he", "said", "q1"))


def test_split_quote_sharing_cue_and_source_is_merged(tmp_path: Path) -> None:
    first = claim(QUOTE, '"The plan is dead,"', "he", "said", "c1")
    second = claim(QUOTE, '"and nobody will revive it."', "he", "said", "c2")
    result = run(tmp_path, [quote_gold()], [pred_doc("quote", first, second)])
    assert (result.counts.npred, result.counts.match) == (1, 1)
    for name, prf in result.metrics().items():
        assert triple(prf) == (1.0, 1.0, 1.0), name
    assert result.errors == ()


def test_split_quote_with_different_cues_is_not_merged(tmp_path: Path) -> None:
    first = claim(QUOTE, '"The plan is dead,"', "he", "said", "c1")
    second = claim(QUOTE, '"and nobody will revive it."', "he", None, "c2")
    result = run(tmp_path, [quote_gold()], [pred_doc("quote", first, second)])
    # gold has 16 + 25 = 41 characters after trimming. c1 alone: F1 = 2*16/(16+41) = 0.561 (+0.25 for the
    # cue = 0.811); c2 alone: F1 = 2*25/(25+41) = 0.758, no cue. c1 wins; c2 is spurious.
    assert (result.counts.npred, result.counts.match) == (2, 1)
    assert triple(result.attr) == pytest.approx((0.5, 1.0, 2 / 3))
    assert result.content_overlap.recall == pytest.approx(32 / 57)
    assert kinds(result) == ["content_boundary", "spurious"]
    assert result.errors[0].pred_claim_ids == ("c1",)
    assert result.errors[1].pred_claim_ids == ("c2",)
    # the listing shows the scored fragments of the gold content, not the text between them
    listing = result.format_errors(None)
    assert 'gold content 1-18+30-56: "The plan is dead, … and nobody will revive it."' in listing
    assert 'pred content 0-19: "\\"The plan is dead,\\""' in listing


# --------------------------------------------------------------------------------------------------------
# The cue-overlap rescue: content F1 in [0.25, 0.5) matches only when the cues overlap

BUDGET = "Ann Lee told reporters that the new budget cuts will hurt rural schools badly."
BUDGET_CONTENT = "the new budget cuts will hurt rural schools badly"  # 49 characters


def budget_gold() -> Record:
    return gold_doc("budget", BUDGET, gold_attribution(BUDGET, BUDGET_CONTENT, "Ann Lee", "told", "b1"))


@pytest.mark.parametrize(
    ("content", "cue", "expected_f1"),
    [
        ("the new budget", "told", 28 / 63),  # 14 of 49 characters: F1 = 2*14/(14+49) = 0.444
        ("the new", "told", 14 / 56),  # 7 characters: F1 = 0.25 exactly, the lowest that matches
        ("the new budget", None, None),  # the same overlap without a cue does not match
        ("the ne", "told", None),  # 6 characters: F1 = 12/55 = 0.218 < 0.25
        ("the new budget cuts will hurt", None, 58 / 78),  # 29 characters: F1 = 0.744 >= 0.5
    ],
)
def test_cue_overlap_rescues_a_weak_content_match(
    tmp_path: Path, content: str, cue: str | None, expected_f1: float | None
) -> None:
    assert len(BUDGET_CONTENT) == 49
    pred = pred_doc("budget", claim(BUDGET, content, "Ann Lee", cue, "c1"))
    result = run(tmp_path, [budget_gold()], [pred])
    if expected_f1 is None:
        assert result.counts.match == 0
        assert kinds(result) == ["missed", "spurious"]
    else:
        assert result.counts.match == 1
        assert triple(result.content_overlap) == pytest.approx((expected_f1,) * 3)
        assert result.content_exact.f1 == 0.0
        assert "content_boundary" in kinds(result)


def test_greedy_matching_breaks_ties_towards_the_later_gold(tmp_path: Path) -> None:
    text = "Ann and Bob said the plan works."
    both = gold_doc(
        "tie",
        text,
        gold_attribution(text, "the plan works", "Ann", "said", "ann"),
        gold_attribution(text, "the plan works", "Bob", "said", "bob"),
    )
    result = run(tmp_path, [both], [pred_doc("tie", claim(text, "the plan works", "Ann", "said", "c1"))])
    # both pairs score 1.25; sorting (score, gold, pred) descending takes gold 1 ("Bob") first
    assert result.counts.match == 1
    assert triple(result.source_exact) == (0.0, 0.0, 0.0)
    assert kinds(result) == ["missed", "wrong_source"]
    assert result.errors[0].gold_id == "ann"
    assert result.errors[1].gold_id == "bob"


# --------------------------------------------------------------------------------------------------------
# Source trimming and source errors

MINE = 'The mayor, "Ann Lee", said the mine will close.'


def mine_gold() -> Record:
    return gold_doc("mine", MINE, gold_attribution(MINE, "the mine will close.", "Ann Lee", "said", "m1"))


@pytest.mark.parametrize(
    ("pred_source", "exact", "overlap", "error_kinds"),
    [
        ("Ann Lee", 1.0, 1.0, []),
        ('"Ann Lee", ', 1.0, 1.0, []),  # the quotes, the comma and the space are trimmed
        ('mayor, "Ann Lee"', 0.0, 1.0, ["source_boundary"]),
        ("Ann", 0.0, 1.0, ["source_boundary"]),
        ("The mayor", 0.0, 0.0, ["wrong_source"]),
    ],
)
def test_source_exact_after_trimming_punctuation(
    tmp_path: Path, pred_source: str, exact: float, overlap: float, error_kinds: list[str]
) -> None:
    pred = pred_doc("mine", claim(MINE, "the mine will close.", pred_source, "said", "c1"))
    result = run(tmp_path, [mine_gold()], [pred])
    assert result.counts.match == 1
    assert triple(result.source_exact) == (exact, exact, exact)
    assert triple(result.source_overlap) == (overlap, overlap, overlap)
    assert kinds(result) == error_kinds
    for error in result.errors:
        assert error.gold is not None and error.gold.text == "Ann Lee"
        assert error.pred is not None and error.pred.text == pred_source


def test_source_missing_on_one_side_is_a_source_error(tmp_path: Path) -> None:
    pred = pred_doc("mine", claim(MINE, "the mine will close.", None, "said", "c1"))
    result = run(tmp_path, [mine_gold()], [pred])
    assert triple(result.source_exact) == (0.0, 0.0, 0.0)  # no predicted source: P = 0/0 -> 0
    [error] = result.errors
    assert (error.kind, error.role, error.pred) == ("wrong_source", "source", None)


def test_wrong_cue(tmp_path: Path) -> None:
    pred = pred_doc("mine", claim(MINE, "the mine will close.", "Ann Lee", "The mayor", "c1"))
    result = run(tmp_path, [mine_gold()], [pred])
    assert result.counts.match == 1
    assert triple(result.cue_overlap) == (0.0, 0.0, 0.0)
    [error] = result.errors
    assert error.kind == "wrong_cue"
    assert error.gold is not None and error.gold.text == "said"
    assert error.pred is not None and error.pred.text == "The mayor"


# --------------------------------------------------------------------------------------------------------
# The speech subset

OPINIONS = "Ann Lee said the mine will close. Bob Ray believes the mine will stay open. Critics: the worst."


def opinions_gold() -> Record:
    return gold_doc(
        "opinions",
        OPINIONS,
        gold_attribution(OPINIONS, "the mine will close.", "Ann Lee", "said", "said"),
        gold_attribution(OPINIONS, "the mine will stay open.", "Bob Ray", "believes", "believes"),
        gold_attribution(OPINIONS, "the worst.", "Critics", None, "no-cue"),
    )


def opinions_pred() -> Record:
    return pred_doc(
        "opinions",
        claim(OPINIONS, "the mine will close.", "Ann Lee", "said", "p1"),  # matches the speech attribution
        claim(OPINIONS, "the mine will stay open.", "Bob Ray", "believes", "p2"),  # a non-speech one
        claim(OPINIONS, "the worst.", "Critics", None, "p3"),  # the cue-less one
        claim(OPINIONS, "Critics", "Bob Ray", None, "p4"),  # nothing
        # p5: the content hits the kept gold (which p1 takes), the cue a dropped one. Its source differs from
        # p2's, so the two are not merged.
        claim(OPINIONS, "mine will close", "Ann Lee", "believes", "p5"),
    )


def test_speech_drops_non_speech_gold_and_ignores_predictions_that_hit_them(tmp_path: Path) -> None:
    result = run(tmp_path, [opinions_gold()], [opinions_pred()], speech=True)
    # kept gold: "said" only. p2 and p3 hit dropped gold by content, p5 by cue: ignored. p4 is spurious.
    assert result.counts.to_dict() == {
        "ngold": 1,
        "npred": 2,
        "match": 1,
        "missing_docs": 0,
        "ignored": 3,
        "duplicate_ids": 0,
        "unknown_ids": 0,
    }
    assert triple(result.attr) == pytest.approx((0.5, 1.0, 2 / 3))
    assert kinds(result) == ["spurious"]
    assert result.errors[0].pred_claim_ids == ("p4",)


def test_without_speech_every_gold_attribution_counts(tmp_path: Path) -> None:
    result = run(tmp_path, [opinions_gold()], [opinions_pred()])
    assert (result.counts.ngold, result.counts.npred, result.counts.match, result.counts.ignored) == (
        3,
        5,
        3,
        0,
    )
    assert triple(result.attr) == pytest.approx((0.6, 1.0, 0.75))
    assert kinds(result) == ["spurious", "spurious"]


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        ("said", True),
        ("According to", True),
        ("in a statement", True),
        (" : ", True),
        ("believes", False),
        ("fear", False),
        ("", False),
    ],
)
def test_speech_cues(cue: str, expected: bool) -> None:
    assert is_speech_cue(cue) is expected


# --------------------------------------------------------------------------------------------------------
# Prediction files: error records, duplicates, unknown ids; malformed input


def test_error_records_are_documents_without_predictions(tmp_path: Path) -> None:
    result = run(tmp_path, [news_gold()], [error_record("news")])
    assert result.error_records == 1
    assert result.counts.missing_docs == 0  # the document was attempted
    assert (result.counts.ngold, result.counts.npred, result.counts.match) == (2, 0, 0)
    assert triple(result.attr) == (0.0, 0.0, 0.0)
    assert kinds(result) == ["missed", "missed"]


def test_duplicate_and_unknown_ids_are_counted_and_the_last_line_wins(tmp_path: Path) -> None:
    pred = [
        error_record("news"),
        pred_doc("nowhere"),
        pred_doc("news", claim(NEWS, *MAYOR, "c1"), claim(NEWS, *POLICE, "c2")),
        pred_doc("nowhere", claim(NEWS, *WEATHER, "c3")),  # not in gold: never scored
    ]
    result = run(tmp_path, [news_gold()], pred)
    assert (result.counts.duplicate_ids, result.counts.unknown_ids) == (2, 2)
    assert result.error_records == 0
    assert triple(result.attr) == (1.0, 1.0, 1.0)


def test_blank_lines_are_skipped(tmp_path: Path) -> None:
    gold_path = write_jsonl(tmp_path / "gold.jsonl", [news_gold()])
    pred_path = tmp_path / "pred.jsonl"
    pred_path.write_text("\n" + json.dumps(pred_doc("news", claim(NEWS, *MAYOR, "c1"))) + "\n\n", "utf-8")
    result = evaluate(load_gold(gold_path), load_predictions(pred_path))
    assert (result.counts.npred, result.counts.match) == (1, 1)


@pytest.mark.parametrize(
    ("second_line", "problem"),
    [
        ('{"document": {"id": "news"}, "claims": [}', "invalid JSON"),
        ("[1, 2]", "expected a JSON object"),
        ('{"claims": []}', '"document"'),
        ('{"document": {"id": "news"}, "claims": [{"start": 5}]}', "'end' must be an integer"),
        ('{"document": {"id": "news"}, "claims": [{"start": 9, "end": 5}]}', "after end"),
        ('{"document": {"id": "news"}, "claims": [{"start": 0, "end": 5, "cue": "said"}]}', "span object"),
    ],
)
def test_malformed_predictions_name_file_and_line(tmp_path: Path, second_line: str, problem: str) -> None:
    path = tmp_path / "pred.jsonl"
    path.write_text(json.dumps(pred_doc("other")) + "\n" + second_line + "\n", "utf-8")
    with pytest.raises(EvaluationError) as caught:
        load_predictions(path)
    message = str(caught.value)
    assert f"{path}, line 2:" in message
    assert problem in message
    assert "\n" not in message


@pytest.mark.parametrize(
    ("record", "problem"),
    [
        ({"id": "x", "attributions": []}, "'text'"),
        ({"id": "x", "text": "abc"}, "'attributions'"),
        ({"id": "x", "text": "abc", "attributions": [{"source": None}]}, "missing 'content'"),
        ({"id": "x", "text": "abc", "attributions": [{"content": {"start": 1, "end": 9}}]}, "past the end"),
    ],
)
def test_malformed_gold_names_file_and_line(tmp_path: Path, record: Record, problem: str) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(news_gold()) + "\n\n" + json.dumps(record) + "\n", "utf-8")
    with pytest.raises(EvaluationError, match=problem) as caught:
        load_gold(path)
    assert f"{path}, line 3:" in str(caught.value)


def test_gold_invalid_json_and_unreadable_files(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": "x", "text": "abc", "attributions": []\n', "utf-8")
    with pytest.raises(EvaluationError, match=r"gold\.jsonl, line 1: invalid JSON"):
        load_gold(path)
    with pytest.raises(EvaluationError, match="cannot read"):
        load_gold(tmp_path / "absent.jsonl")
    (tmp_path / "latin1.jsonl").write_bytes(b'{"id": "caf\xe9"}\n')
    with pytest.raises(EvaluationError, match="not UTF-8"):
        load_predictions(tmp_path / "latin1.jsonl")


def test_predicted_offsets_past_the_gold_text_raise(tmp_path: Path) -> None:
    bad = claim(NEWS, *MAYOR, "c1") | {"end": len(NEWS) + 10}
    gold_path = write_jsonl(tmp_path / "gold.jsonl", [news_gold()])
    pred_path = write_jsonl(tmp_path / "pred.jsonl", [pred_doc("other"), pred_doc("news", bad)])
    predictions = load_predictions(pred_path)
    with pytest.raises(EvaluationError, match="past the end of gold document 'news'") as caught:
        evaluate(load_gold(gold_path), predictions)
    assert f"{pred_path}, line 2:" in str(caught.value)


# --------------------------------------------------------------------------------------------------------
# Output shapes


def test_to_dict_has_the_reference_shape(tmp_path: Path) -> None:
    result = run(tmp_path, [news_gold()], [pred_doc("news", claim(NEWS, *MAYOR, "c1"))])
    data = result.to_dict()
    assert list(data) == [*METRIC_NAMES, "counts"]
    assert data["attr"] == pytest.approx([1.0, 0.5, 2 / 3])
    assert all(
        len(data[name]) == 3 and all(isinstance(x, float) for x in data[name]) for name in METRIC_NAMES
    )
    assert list(data["counts"]) == [
        "ngold",
        "npred",
        "match",
        "missing_docs",
        "ignored",
        "duplicate_ids",
        "unknown_ids",
    ]
    with_errors = result.to_dict(include_errors=True)
    assert [error["kind"] for error in with_errors["errors"]] == ["missed"]
    assert with_errors["errors"][0]["gold"]["text"] == "that the station was closed."
    assert json.loads(json.dumps(with_errors)) == with_errors


def test_format_table_lines(tmp_path: Path) -> None:
    result = run(tmp_path, [news_gold()], [pred_doc("news", claim(NEWS, *MAYOR, "c1"))])
    lines = result.format_table().splitlines()
    assert lines[0] == "attr             P 1.000  R 0.500  F1 0.667"
    assert [line.split()[0] for line in lines[:-1]] == list(METRIC_NAMES)
    assert lines[-1] == (
        "counts {'ngold': 2, 'npred': 1, 'match': 1, 'missing_docs': 0, 'ignored': 0, "
        "'duplicate_ids': 0, 'unknown_ids': 0}"
    )


def test_format_errors_groups_by_kind_with_counts_first(tmp_path: Path) -> None:
    pred = pred_doc("news", claim(NEWS, *WEATHER, "c3"))
    result = run(tmp_path, [news_gold()], [pred])
    text = result.format_errors(limit_per_kind=1)
    lines = text.splitlines()
    assert lines[0] == "errors by kind:"
    counts = {line.split()[0]: int(line.split()[1]) for line in lines[1 : len(ERROR_KINDS) + 2]}
    assert counts == {kind: 0 for kind in ERROR_KINDS} | {"missed": 2, "spurious": 1, "total": 3}
    assert text.index("missed (2):") < text.index("spurious (1):")
    assert "... 1 more" in text  # the second missed attribution is cut by the limit
    assert '"The weather was fine"' in text
    full = result.format_errors(None)
    assert "more" not in full
    assert '"that the station was closed."' in full and '"the bridge will reopen in May."' in full


def test_char_f1() -> None:
    assert char_f1(frozenset(range(10)), frozenset(range(5))) == pytest.approx(2 / 3)
    assert char_f1(frozenset(), frozenset(range(5))) == 0.0
    assert char_f1(frozenset(range(3)), frozenset(range(5, 9))) == 0.0


# --------------------------------------------------------------------------------------------------------
# Agreement with the reference scorer on synthetic predictions built from the GUM gold

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SCORER = SHARED / "eval" / "score_attr.py"
GOLD = SHARED / "eval" / "gum-wikinews.jsonl"


@pytest.fixture(scope="module")
def gum_gold() -> list[Record]:
    if not (SCORER.is_file() and GOLD.is_file()):
        pytest.skip(f"the shared evaluation data is not available at {SHARED / 'eval'}")
    with GOLD.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def as_claim(
    text: str, start: int, end: int, source: Record | None, cue: Record | None, claim_id: str
) -> Record:
    return {
        "id": claim_id,
        "start": start,
        "end": end,
        "text": text[start:end],
        "label": "statement",
        "source": source,
        "cue": cue,
    }


def claims_for(text: str, attribution: Record, claim_id: str) -> list[Record]:
    """A faithful copy of a gold attribution: one claim per content fragment when there is a cue to tie them
    together again, else one claim over the whole content."""
    content, source, cue = attribution["content"], attribution["source"], attribution["cue"]
    fragments = content.get("fragments") if cue else None
    pieces = (
        [(f["start"], f["end"]) for f in fragments] if fragments else [(content["start"], content["end"])]
    )
    return [
        as_claim(text, start, end, source, cue, f"{claim_id}.{number}")
        for number, (start, end) in enumerate(pieces)
    ]


Perturb = Callable[[random.Random, str, Record, str], list[Record]]


def exact(rng: random.Random, text: str, attribution: Record, claim_id: str) -> list[Record]:
    return claims_for(text, attribution, claim_id)


def shifted(rng: random.Random, text: str, attribution: Record, claim_id: str) -> list[Record]:
    content = attribution["content"]
    start = min(max(0, content["start"] + rng.randint(-15, 15)), len(text))
    end = max(start, min(len(text), content["end"] - rng.randint(-5, 40)))
    return [as_claim(text, start, end, attribution["source"], attribution["cue"], claim_id)]


def dropped(rng: random.Random, text: str, attribution: Record, claim_id: str) -> list[Record]:
    return [] if rng.random() < 0.3 else claims_for(text, attribution, claim_id)


def spurious(rng: random.Random, text: str, attribution: Record, claim_id: str) -> list[Record]:
    claims = claims_for(text, attribution, claim_id)
    if rng.random() < 0.5:
        start = rng.randrange(len(text))
        end = min(len(text), start + rng.randint(1, 150))
        cue_start = rng.randrange(len(text) - 5)
        cue = {"start": cue_start, "end": cue_start + rng.randint(1, 5)} if rng.random() < 0.7 else None
        source = attribution["source"] if rng.random() < 0.5 else None
        claims.append(as_claim(text, start, end, source, cue, claim_id + "x"))
    return claims


def split(rng: random.Random, text: str, attribution: Record, claim_id: str) -> list[Record]:
    """Split the content at a space near its middle into two claims sharing cue and source."""
    content, source, cue = attribution["content"], attribution["source"], attribution["cue"]
    start, end = content["start"], content["end"]
    middle = text.find(" ", (start + end) // 2 + rng.randint(-10, 10), end)
    if middle <= start:
        return claims_for(text, attribution, claim_id)
    return [
        as_claim(text, start, middle, source, cue, claim_id + "a"),
        as_claim(text, middle + 1, end, source, cue, claim_id + "b"),
    ]


def cues_removed(rng: random.Random, text: str, attribution: Record, claim_id: str) -> list[Record]:
    claims = claims_for(text, attribution, claim_id)
    if rng.random() < 0.6:
        claims = [claim | {"cue": None} for claim in claims]
    return claims


def source_last_word(rng: random.Random, text: str, attribution: Record, claim_id: str) -> list[Record]:
    claims = claims_for(text, attribution, claim_id)
    source = attribution["source"]
    if source:
        start, end = source["start"], source["end"]
        last = text.rfind(" ", start, end) + 1 or start
        trimmed = {"start": last, "end": end, "text": text[last:end]}
        claims = [claim | {"source": trimmed} for claim in claims]
    return claims


def mixed(rng: random.Random, text: str, attribution: Record, claim_id: str) -> list[Record]:
    perturb = rng.choice(list(PERTURBATIONS.values()))
    claims = perturb(rng, text, attribution, claim_id)
    if claims and rng.random() < 0.1:
        claims[0] = claims[0] | {"source": {}}  # an empty object counts as no source in the reference
    if rng.random() < 0.1:
        claims.append(as_claim(text, 0, min(len(text), 40), None, None, claim_id + "n"))  # not an attribution
    return claims


PERTURBATIONS: dict[str, Perturb] = {
    "exact": exact,
    "shifted": shifted,
    "dropped": dropped,
    "spurious": spurious,
    "split": split,
    "cues_removed": cues_removed,
    "source_last_word": source_last_word,
}
VARIANTS: dict[str, Perturb] = PERTURBATIONS | {"mixed": mixed}


def synthetic_predictions(gold: list[Record], variant: str) -> list[Record]:
    """Deterministic predictions for the gold documents, perturbed by ``variant``. The dropped and mixed
    variants also leave documents out; mixed adds error records, duplicate lines and unknown ids."""
    rng = random.Random(f"claims-evaluate-{variant}")
    perturb = VARIANTS[variant]
    records = []
    for doc in gold:
        if variant in ("dropped", "mixed") and rng.random() < 0.1:
            continue
        if variant == "mixed" and rng.random() < 0.1:
            records.append(error_record(doc["id"]))
            continue
        claims = []
        for number, attribution in enumerate(doc["attributions"]):
            claims += perturb(rng, doc["text"], attribution, f"c{number}")
        if variant == "mixed":
            rng.shuffle(claims)
        records.append(pred_doc(doc["id"], *claims))
    if variant == "mixed":
        records.insert(3, pred_doc(records[5]["document"]["id"]))  # a duplicate; the later line wins
        records.append(pred_doc("not-in-gold", *records[0]["claims"]))
        records.append(error_record("not-in-gold-either"))
    return records


def reference_scores(pred_path: Path, *options: str) -> str:
    command = [sys.executable, str(SCORER), str(GOLD), str(pred_path), *options]
    return subprocess.run(command, capture_output=True, text=True, check=True, timeout=120).stdout


@pytest.mark.shared
@pytest.mark.parametrize("speech", [False, True], ids=["all", "speech"])
@pytest.mark.parametrize("variant", list(VARIANTS))
def test_agrees_with_reference_scorer(
    gum_gold: list[Record], tmp_path: Path, variant: str, speech: bool
) -> None:
    pred_path = write_jsonl(tmp_path / f"{variant}.jsonl", synthetic_predictions(gum_gold, variant))
    options = ["--speech"] if speech else []
    reference = json.loads(reference_scores(pred_path, "--json", *options))
    result = evaluate(load_gold(GOLD), load_predictions(pred_path), speech=speech)
    ours = result.to_dict()

    assert list(ours) == list(reference)
    for name in METRIC_NAMES:
        assert ours[name] == pytest.approx(reference[name], abs=1e-6), name
    assert ours["counts"] == reference["counts"]

    # the error listing is consistent with the counts
    counts = result.counts
    errors = result.errors_by_kind()
    assert len(errors["missed"]) == counts.ngold - counts.match
    assert len(errors["spurious"]) == counts.npred - counts.match
    content_exact = round(result.content_exact.recall * counts.ngold)
    assert len(errors["content_boundary"]) == counts.match - content_exact


@pytest.mark.shared
@pytest.mark.parametrize("speech", [False, True], ids=["all", "speech"])
def test_format_table_matches_reference_output(gum_gold: list[Record], tmp_path: Path, speech: bool) -> None:
    pred_path = write_jsonl(tmp_path / "mixed.jsonl", synthetic_predictions(gum_gold, "mixed"))
    options = ["--speech"] if speech else []
    result = evaluate(load_gold(GOLD), load_predictions(pred_path), speech=speech)
    assert result.format_table().splitlines() == reference_scores(pred_path, *options).splitlines()


@pytest.mark.shared
def test_variants_exercise_the_scorer(gum_gold: list[Record], tmp_path: Path) -> None:
    """Guard against synthetic data that no longer tests anything: the variants must score differently, the
    exact copy perfectly on attributions, and the split variant must merge claims."""
    gold = load_gold(GOLD)
    results = {}
    for variant in VARIANTS:
        pred_path = write_jsonl(tmp_path / f"{variant}.jsonl", synthetic_predictions(gum_gold, variant))
        results[variant] = evaluate(gold, load_predictions(pred_path))
    assert triple(results["exact"].attr) == (1.0, 1.0, 1.0)
    assert len({json.dumps(result.to_dict()) for result in results.values()}) == len(VARIANTS)
    split_claims = sum(len(doc["claims"]) for doc in synthetic_predictions(gum_gold, "split"))
    assert results["split"].counts.npred < split_claims
    mixed_counts = results["mixed"].counts
    assert (
        mixed_counts.duplicate_ids >= 1 and mixed_counts.unknown_ids == 2 and mixed_counts.missing_docs >= 1
    )
    assert results["mixed"].error_records >= 1


@pytest.mark.shared
def test_speech_and_punct_are_the_references() -> None:
    if not SCORER.is_file():
        pytest.skip(f"the reference scorer is not available at {SCORER}")
    probe = (
        "import json, sys; sys.path.insert(0, sys.argv[1]); import score_attr as s; "
        "print(json.dumps([s.SPEECH.pattern, s.SPEECH.flags, s.PUNCT]))"
    )
    command = [sys.executable, "-B", "-c", probe, str(SCORER.parent)]
    output = subprocess.run(command, capture_output=True, text=True, check=True, timeout=60).stdout
    assert json.loads(output) == [SPEECH.pattern, SPEECH.flags, PUNCT]
