"""The spaCy side: a sentence-boundary component for pasted text and the claims component.

Add them to your own pipeline::

    nlp = spacy.load("en_core_web_sm")
    nlp.add_pipe("claims_sentences", before="parser")   # a line break ends a sentence
    nlp.add_pipe("claims_lemmas")                       # lemmas of rare verbs the model clipped
    nlp.add_pipe("claims")                              # sets doc._.claims and doc._.claims_skipped
    doc = nlp(text)
    for claim in doc._.claims: ...                      # claims.types.Claim

Like spaCy's own components (``span_ruler``), ``ClaimsComponent`` first computes (:meth:`predict`,
pure) and then sets annotations (:meth:`set_annotations`). The results are kept on the Doc as plain
data (``doc.user_data``), so docs travel between processes (``nlp.pipe(n_process=2)``) and serialise with
``Doc.to_bytes``; ``doc._.claims`` and ``doc._.claims_skipped`` give them back as typed objects.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from claims.build import Analysis, analyse
from claims.lemmas import repaired_lemma
from claims.lexicons import cues, verb_lemmas
from claims.types import (
    Claim,
    Nesting,
    Skipped,
    SourceSpan,
    claim_from_data,
    claim_to_data,
    skipped_from_data,
    skipped_to_data,
)

DATA_KEY = "claims.result"
ERROR_KEY = "claims.error"
ON_ERROR = ("raise", "record")


def _claims(doc: Doc) -> tuple[Claim, ...] | None:
    data = doc.user_data.get(DATA_KEY)
    return None if data is None else tuple(claim_from_data(d) for d in data["claims"])


def _skipped(doc: Doc) -> tuple[Skipped, ...] | None:
    data = doc.user_data.get(DATA_KEY)
    return None if data is None else tuple(skipped_from_data(d) for d in data["skipped"])


def _error(doc: Doc) -> str | None:
    error = doc.user_data.get(ERROR_KEY)
    return None if error is None else str(error)


for _name, _getter in (("claims", _claims), ("claims_skipped", _skipped), ("claims_error", _error)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, getter=_getter)
if not Doc.has_extension("claims_text"):
    Doc.set_extension("claims_text", default=None)


@Language.component("claims_sentences")
def line_sentences(doc: Doc) -> Doc:
    """Start a sentence after every line break, so a line of pasted text (a headline, an "ALSO READ"
    link) never runs into the next one; and keep a quote that ends on a question or an exclamation with
    the cue after it ('"Why are you still endorsing him?" Obama asked'), which the parser would cut off
    into a sentence of its own. Other boundaries are left to the parser."""
    speech = cues().speech_verbs
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
        elif token.i >= 2 and _closes_question(doc, token.i):
            after = token.i + 1
            if doc[after].is_space and "\n" not in doc[after].text:
                after += 1  # '... didn't he?"  Mrs. Clinton said': two spaces (a PTB quote made one mark)
            if _cue_follows(doc, after, speech):
                for following in doc[token.i + 1 : after + 1]:
                    following.is_sent_start = False
    return doc


#: closing quotation marks, as typeset and as in PTB-style text
CLOSING_QUOTES = frozenset({"”", '"', "''", "’", "»"})
#: tags of the words a source is made of: "Mrs. Clinton", "the senator's spokesman", "he"
SOURCE_TAGS = frozenset({"NNP", "NNPS", "PRP", "DT", "NN", "NNS", "JJ", "POS", "HYPH", "PRP$"})
#: a speech verb's form as written, past or present: "asked", "says"
SPEECH_FORMS = frozenset({"VBD", "VBZ"})
#: irregular speech verb forms and their lemmas (the lemmatizer has not run yet)
IRREGULAR: Mapping[str, str] = MappingProxyType(
    {"said": "say", "says": "say", "told": "tell", "wrote": "write", "spoke": "speak"}
)


def _closes_question(doc: Doc, i: int) -> bool:
    """A closing quote right after a question or exclamation mark: '... didn't he?”'."""
    return doc[i].text in CLOSING_QUOTES and doc[i - 1].text in {"?", "!"} and doc[i].whitespace_ != ""


def _speech_form(token: Token, speech: frozenset[str]) -> bool:
    """A speech verb, past or third person ("asked", "says"), told by its form: the lemmas its regular
    inflections could come from, or an irregular form's."""
    word = token.lower_
    if token.tag_ not in SPEECH_FORMS:
        return False
    lemmas = {IRREGULAR.get(word, word), word[:-1], word[:-2], word[:-3] + "y"}
    return bool(lemmas & speech)


def _cue_follows(doc: Doc, i: int, speech: frozenset[str]) -> bool:
    """A cue right after a quote: '“...?” Mrs. Clinton said', '“...!” said the mayor' (a source of a few
    words then a speech verb, or the verb then its source)."""
    if i >= len(doc) - 1 or doc[i].is_space:
        return False
    if _speech_form(doc[i], speech):
        return doc[i + 1].tag_ in {"NNP", "PRP", "DT"}
    for j in range(i, min(i + 7, len(doc))):
        if _speech_form(doc[j], speech):
            return j > i
        if doc[j].tag_ not in SOURCE_TAGS and doc[j].text != ",":
            return False
    return False


@Language.component("claims_lemmas")
def repair_lemmas(doc: Doc) -> Doc:
    """Repair the lemmas the lemmatizer clipped from verbs the lexicons name ('installed' -> 'instal' becomes
    'install', 'underpaid' becomes 'underpay'; see :mod:`claims.lemmas`). Other lemmas are left alone."""
    verbs = verb_lemmas()
    for token in doc:
        fixed = repaired_lemma(token.text, token.lemma_, token.tag_, verbs)
        if fixed is not None:
            token.lemma_ = fixed
    return doc


class ClaimsComponent:
    """Finds the claims of a doc: ``doc._.claims`` (``claims.types.Claim``) and ``doc._.claims_skipped``.

    When ``doc._.claims_text`` holds the original text the doc was made from (a same-length
    normalisation), span texts are cut from it. ``on_error="record"`` keeps a failure on the doc
    (``doc._.claims_error``) instead of raising, so one document cannot stop a batch.
    ``follow_on_quotes=True`` attributes a quote paragraph with no cue to the speaker quoted just before
    (off by default: the GUM annotation convention, which the evaluation follows, does not count them).
    ``source_span="phrase"`` spans a source with its appositions ("Jeff Rathke, the State Department
    spokesperson") and gives a cue in a relative clause its relative pronoun ("who", resolved to the noun
    before it), as PARC-style corpora do; the default ``"name"`` stops before them, as GUM does.
    ``nesting="outermost"`` keeps only the claims no other claim contains, as univocal corpora (PolNeAR)
    annotate; the default ``"all"`` keeps nested claims too, linked by ``parent`` (LABELS.md).
    ``object_content=True`` takes a speech verb's object as what was said ("announced new support", "never
    mentioned Clinton", "asked Republican leaders to disavow him"), as PARC-style corpora annotate; off by
    default, since such an object mostly names a topic, not a claim, and GUM does not mark it.
    """

    def __init__(
        self,
        nlp: Language,
        name: str = "claims",
        on_error: str = "raise",
        follow_on_quotes: bool = False,
        source_span: str = SourceSpan.NAME.value,
        nesting: str = Nesting.ALL.value,
        object_content: bool = False,
    ) -> None:
        if on_error not in ON_ERROR:
            raise ValueError(f"claims component: on_error must be one of {ON_ERROR}, found {on_error!r}")
        spans = tuple(s.value for s in SourceSpan)
        if source_span not in spans:
            raise ValueError(f"claims component: source_span must be one of {spans}, found {source_span!r}")
        nestings = tuple(n.value for n in Nesting)
        if nesting not in nestings:
            raise ValueError(f"claims component: nesting must be one of {nestings}, found {nesting!r}")
        self.name = name
        self.on_error = on_error
        self.follow_on_quotes = follow_on_quotes
        self.source_span = SourceSpan(source_span)
        self.nesting = Nesting(nesting)
        self.object_content = object_content

    def __call__(self, doc: Doc) -> Doc:
        try:
            analysis = self.predict(doc)
        except Exception as exc:
            if self.on_error == "raise":
                raise
            doc.user_data[ERROR_KEY] = f"{type(exc).__name__}: {exc}".splitlines()[0]
            return doc
        self.set_annotations(doc, analysis)
        return doc

    def predict(self, doc: Doc) -> Analysis:
        return analyse(
            doc,
            doc._.claims_text,
            follow_on_quotes=self.follow_on_quotes,
            source_span=self.source_span,
            nesting=self.nesting,
            object_content=self.object_content,
        )

    def set_annotations(self, doc: Doc, analysis: Analysis) -> None:
        data: dict[str, Any] = {
            "claims": [claim_to_data(c) for c in analysis.claims],
            "skipped": [skipped_to_data(s) for s in analysis.skipped],
        }
        doc.user_data[DATA_KEY] = data


@Language.factory(
    "claims",
    default_config={
        "on_error": "raise",
        "follow_on_quotes": False,
        "source_span": SourceSpan.NAME.value,
        "nesting": Nesting.ALL.value,
        "object_content": False,
    },
    requires=["token.dep", "token.lemma", "doc.ents"],
    assigns=["doc._.claims", "doc._.claims_skipped"],
)
def make_claims(
    nlp: Language,
    name: str,
    on_error: str,
    follow_on_quotes: bool,
    source_span: str,
    nesting: str,
    object_content: bool,
) -> ClaimsComponent:
    return ClaimsComponent(nlp, name, on_error, follow_on_quotes, source_span, nesting, object_content)
