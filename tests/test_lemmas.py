"""Lemmas of rare verbs repaired against the lexicons (``claims.lemmas``); forms and the small model's lemmas
as it gave them in news text (no model needed)."""

from __future__ import annotations

import pytest

from claims.lemmas import repaired_lemma
from claims.lexicons import verb_lemmas

VERBS = frozenset(
    {"install", "underpay", "overbill", "misclassify", "mislabel", "hope", "meet", "pay", "mislead"}
)


@pytest.mark.parametrize(
    ("form", "lemma", "tag", "repaired"),
    [
        ("installed", "instal", "VBN", "install"),  # the clipped doubled consonant
        ("installing", "instal", "VBG", "install"),
        ("overbilled", "overbille", "VBN", "overbill"),
        ("mislabelled", "mislabelle", "VBD", "mislabel"),
        ("misclassified", "misclassifie", "VBD", "misclassify"),
        ("underpaid", "underpaid", "IN", "underpay"),  # an irregular past the model tags a preposition
        ("hoped", "hop", "VBD", "hope"),
    ],
)
def test_a_clipped_lemma_is_repaired(form: str, lemma: str, tag: str, repaired: str) -> None:
    assert repaired_lemma(form, lemma, tag, VERBS) == repaired


@pytest.mark.parametrize(
    ("form", "lemma", "tag"),
    [
        ("meeting", "meeting", "NN"),  # a noun keeps its lemma though a verb can be read off it
        ("misled", "mislead", "VBD"),  # the model's lemma is a known verb already
        ("travelled", "travel", "VBD"),  # no verb of the lexicons can be read off it
        ("in", "in", "IN"),  # a real preposition
        ("paid", "pay", "VBN"),
    ],
)
def test_other_lemmas_are_left_alone(form: str, lemma: str, tag: str) -> None:
    assert repaired_lemma(form, lemma, tag, VERBS) is None


def test_two_possible_verbs_leave_the_lemma_alone() -> None:
    # "filed" could be "file" or "fil" + "ed": with both known, the model's lemma stands
    assert repaired_lemma("filed", "fil", "VBD", frozenset({"file", "fil"})) is None


def test_the_vocabulary_is_the_lexicons_verbs() -> None:
    verbs = verb_lemmas()
    assert {"install", "underpay", "say", "accuse", "deny", "ignore", "threaten"} <= verbs
    assert all(" " not in v and v == v.lower() for v in verbs)
