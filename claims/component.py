"""The spaCy side: a sentence-boundary component for pasted text and the claims component.

Add them to your own pipeline::

    nlp = spacy.load("en_core_web_sm")
    nlp.add_pipe("claims_sentences", before="parser")   # a line break ends a sentence
    nlp.add_pipe("claims")                              # sets doc._.claims and doc._.claims_skipped
    doc = nlp(text)

Like spaCy's own components (``span_ruler``), ``ClaimsComponent`` first computes (:meth:`predict`,
pure) and then sets annotations (:meth:`set_annotations`).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from claims.build import Analysis, analyse

for _name in ("claims", "claims_skipped", "claims_text"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@Language.component("claims_sentences")
def line_sentences(doc: Doc) -> Doc:
    """Start a sentence after every line break, so a line of pasted text (a headline, an "ALSO READ"
    link) never runs into the next one. Other boundaries are left to the parser."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
        elif token.whitespace_ == "" and token.i + 1 < len(doc) and "\n" in doc[token.i + 1].text[:1]:
            continue
    return doc


class ClaimsComponent:
    """Finds the claims of a doc and stores them as ``doc._.claims`` (a tuple of ``claims.types.Claim``)
    and ``doc._.claims_skipped``. When ``doc._.claims_text`` holds the original text the doc was made
    from (a same-length normalisation), span texts are cut from it."""

    def __init__(self, nlp: Language, name: str = "claims") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.predict(doc))
        return doc

    def predict(self, doc: Doc) -> Analysis:
        return analyse(doc, doc._.claims_text)

    def set_annotations(self, doc: Doc, analysis: Analysis) -> None:
        doc._.claims = analysis.claims
        doc._.claims_skipped = analysis.skipped


@Language.factory("claims", requires=["token.dep", "token.lemma", "doc.ents"], assigns=["doc._.claims"])
def make_claims(nlp: Language, name: str) -> ClaimsComponent:
    return ClaimsComponent(nlp, name)
