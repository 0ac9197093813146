"""Lemmas of rare verbs, repaired against the lexicons.

The small English pipeline's lemmatizer clips verbs it does not know: 'installed' becomes 'instal',
'misclassified' 'misclassifie', 'overbilled' 'overbille', and it leaves 'underpaid' as it is (often tagged a
preposition). The rules look verbs up by lemma, so such a verb escapes every lexicon that names it. A lemma
is repaired only when it is not a verb the lexicons know and exactly one verb they know can be read off the
word's form by the regular English inflections (or a few irregular endings); anything else is left as the
model gave it. Pure functions, no spaCy.
"""

from __future__ import annotations

from collections.abc import Iterator

#: irregular past forms whose base a prefix keeps: 'underpaid' -> 'underpay', 'misled' -> 'mislead',
#: 'mis-sold' -> 'mis-sell', 'withheld' -> 'withhold', 'overspent' -> 'overspend'
IRREGULAR_ENDINGS = (
    ("paid", "pay"),
    ("led", "lead"),
    ("sold", "sell"),
    ("laid", "lay"),
    ("held", "hold"),
    ("spent", "spend"),
    ("took", "take"),
    ("taken", "take"),
    ("stole", "steal"),
    ("stolen", "steal"),
    ("hid", "hide"),
    ("hidden", "hide"),
)

#: tags under which a token may be a verb the model lemmatised wrongly ('underpaid' is often tagged IN)
VERBAL_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "IN"})


def _bases(form: str) -> Iterator[str]:
    """The bases a regular (or listed irregular) inflection of ``form`` could come from."""
    for ending, base in IRREGULAR_ENDINGS:
        if form.endswith(ending) and len(form) > len(ending):
            yield form[: -len(ending)] + base
    if form.endswith("ied"):
        yield form[:-3] + "y"
    if form.endswith("ed"):
        yield form[:-2]
        yield form[:-1]
        if len(form) > 4 and form[-3] == form[-4]:
            yield form[:-3]  # 'overbilled' -> 'overbill'
    if form.endswith("ing"):
        yield form[:-3]
        yield form[:-3] + "e"
        if len(form) > 5 and form[-4] == form[-5]:
            yield form[:-4]
    if form.endswith("ies"):
        yield form[:-3] + "y"
    if form.endswith("es"):
        yield form[:-2]
    if form.endswith("s"):
        yield form[:-1]


def repaired_lemma(form: str, lemma: str, tag: str, verbs: frozenset[str]) -> str | None:
    """The lemma a verb form should have when the model's ``lemma`` is no verb of ``verbs`` and exactly one
    of them can be read off ``form`` ('installed', 'instal' -> 'install'); None to keep the model's.

    >>> repaired_lemma("installed", "instal", "VBN", frozenset({"install"}))
    'install'
    >>> repaired_lemma("underpaid", "underpaid", "IN", frozenset({"underpay"}))
    'underpay'
    >>> repaired_lemma("meeting", "meeting", "NN", frozenset({"meet"})) is None
    True
    """
    lower, lemma = form.lower(), lemma.lower()
    if tag not in VERBAL_TAGS or lemma in verbs or (tag == "IN" and not lower.endswith(("ed", "paid"))):
        return None
    found = {base for base in _bases(lower) if base in verbs}
    return found.pop() if len(found) == 1 else None
