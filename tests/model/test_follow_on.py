"""Quote paragraphs with no cue continue the previous speaker's quote, when asked for (off by default)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.build import analyse
from claims.extraction import _make_doc

if TYPE_CHECKING:
    from spacy.language import Language

TEXT = (
    'The mayor said the budget was balanced. "We have cut waste everywhere," she told reporters.\n\n'
    '"Every department has done its part. Nobody was spared."\n\n'
    "The opposition was not convinced.\n\n"
    '"This is a fantasy," a councillor said.'
)


def test_follow_on_paragraph_inherits_the_speaker(nlp: Language) -> None:
    doc = nlp(_make_doc(nlp, TEXT))
    claims = analyse(doc, TEXT, follow_on_quotes=True).claims
    follow = [c for c in claims if any(e.value == "follow_on" for e in c.evidence)]
    assert len(follow) == 1
    claim = follow[0]
    assert claim.text == "Every department has done its part. Nobody was spared"
    assert claim.cue is None
    assert claim.source is not None and claim.source.text == "she"
    assert claim.source.resolved is not None and claim.source.resolved.text == "The mayor"


def test_off_by_default_and_not_after_an_unquoted_paragraph(nlp: Language) -> None:
    doc = nlp(_make_doc(nlp, TEXT))
    default = analyse(doc, TEXT).claims
    assert not any(any(e.value == "follow_on" for e in c.evidence) for c in default)
    unquoted = 'The mayor said the budget was balanced.\n\n"Every department has done its part."'
    doc = nlp(_make_doc(nlp, unquoted))
    claims = analyse(doc, unquoted, follow_on_quotes=True).claims
    assert not any(any(e.value == "follow_on" for e in c.evidence) for c in claims)
