"""Find attributions in a parsed document: who (source) said (cue) what (content).

Input is a spaCy ``Doc`` (tagged, parsed, with entities); output is a list of :class:`Attribution`
records in character offsets, with no spaCy objects, ready for coreference and classification.

The forms handled, each a function below:

- verb cues with a clausal complement, before or after the content
  ("X said (that) ...", "..., X said", "..., the division mentioned in a press release");
- verb cues with a noun-phrase object for accusation and denial verbs ("deny the accusations",
  "accused North Korea of supplying ...") and infinitive complements of commissive verbs ("vowed to ...");
- coordinated cues sharing one subject ("deny ... but vowed to ..."), each its own attribution;
- cues inside relative clauses ("companies that the U.S. said have been aiding ...");
- parenthetical cues ("The plan, he said, will fail.");
- "according to X" and its spinner variants;
- colon quotes ("Jenkins: 'We are ready.'");
- direct quotes whose cue verb has no clausal complement, and quote sentences that continue the previous
  speaker's quote.

Nesting falls out of the spans: an attribution whose cue lies inside another's content is its child.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from claims.lexicons import (
    NOT_COMMENTING,
    CueLexicon,
    cues,
    labels,
    object_content_lexicon,
    person_by_suffix,
    phrase_hit,
    sources,
)
from claims.types import CueKind

QUOTE_CHARS = frozenset("\"'“”‘’«»„")
OPEN_QUOTES = frozenset('"“«„')
SINGLE_OPEN_QUOTES = frozenset("'‘")
_SINGLE_CLOSE = re.compile(r"(?<=\S)['’](?=\s|$)")
EDGE_PUNCT = frozenset(" \t\n\r\"'“”‘’«»„,.;:!?()[]{}—–―-…")
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
CLAUSE_DEPS = frozenset({"ccomp"})
RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom", "whose", "where", "when"})
#: what makes a clause complete: a relative clause lacks one of these or its subject
COMPLETE_OBJECTS = frozenset({"dobj", "attr", "acomp", "oprd", "ccomp", "xcomp", "dative"})
#: nouns after a passive's "by" that name a manner or a means, not a doer
NOT_AGENTS = frozenset(
    {"book", "hand", "mistake", "accident", "chance", "design", "default", "email", "mail", "post", "phone"}
    | {"telephone", "road", "rail", "air", "sea", "force", "way", "far", "law", "courier", "video", "text"}
)
RELATIVE_OBJECTS = frozenset({"whom", "who", "which", "that"})
INHERIT_DEPS = frozenset({"conj", "advcl", "xcomp", "dep", "pcomp", "prep", "acomp", "advmod"})
EXPLETIVES = frozenset({"it", "there"})
#: the verb a claim noun names, so "the allegation that ..." is labelled like "alleged that ..."
NOMINAL_CUE_LEMMAS = {
    "accusation": "accuse",
    "allegation": "allege",
    "charge": "charge",
    "claim": "claim",
    "denial": "deny",
    "assertion": "assert",
    "insistence": "insist",
    "warning": "warn",
    "promise": "promise",
    "pledge": "pledge",
    "admission": "admit",
    "suggestion": "suggest",
    "argument": "argue",
    "contention": "contend",
    "statement": "state",
    "report": "report",
    "announcement": "announce",
    "comment": "comment",
    "remark": "remark",
    "belief": "believe",
    "view": "view",
    "rumor": "rumor",
    "rumour": "rumour",
}
#: words that open an indirect question ("asked whether ...", "explains what wikiHow is"); not "if", which
#: after a cue of saying opens a condition ('said, "If you think nice girls don't do this," ...')
WH_WORDS = frozenset({"what", "why", "how", "whether", "where", "when", "who", "whom", "which"})
CONTRAST_ADVERBS = frozenset({"however", "but", "yet", "though", "although", "while"})


@dataclass(frozen=True, slots=True)
class TextRange:
    start: int
    end: int


@dataclass(slots=True)
class Attribution:
    """One attribution found in the text. Offsets are character offsets into the document text."""

    sentence: int
    content: list[TextRange]
    cue: TextRange | None = None
    cue_lemma: str = ""
    cue_kind: CueKind = CueKind.SPEECH
    source: TextRange | None = None
    verb: int | None = None  # token index of the cue verb
    negated: bool = False
    hypothetical: bool = False
    object: TextRange | None = None  # the cue's object: "deny [the accusations]", "accused [North Korea]"
    antecedent: TextRange | None = None  # the noun a relative-clause cue attaches to
    predicate_object: TextRange | None = None  # "called [the report] [baseless]": the predicate
    source_apposition: TextRange | None = None  # "the official, [Bonnie Jenkins], said": who the source is
    relative_pronoun: TextRange | None = None  # "Borges, [who] predicted": the source in its clause
    root: int | None = None  # token index of the content's own verb, for a coordinated part
    parent: int | None = None
    evidence: list[str] = field(default_factory=list)

    @property
    def start(self) -> int:
        return min(r.start for r in self.content)

    @property
    def end(self) -> int:
        return max(r.end for r in self.content)


# --------------------------------------------------------------------------- span helpers


def _holds(content: Sequence[TextRange], span: TextRange) -> bool:
    """Whether ``span`` lies inside one of the ranges of ``content``."""
    return any(r.start <= span.start and span.end <= r.end for r in content)


def trim(doc_text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) past spaces and punctuation at both ends."""
    while start < end and doc_text[start] in EDGE_PUNCT:
        start += 1
    while end > start and doc_text[end - 1] in EDGE_PUNCT:
        end -= 1
    return start, end


def _plural_or_self(word: str, nouns: frozenset[str]) -> bool:
    """Whether ``word`` is one of ``nouns`` or the plural of one ("reports")."""
    return word in nouns or (word.endswith("s") and word[:-1] in nouns)


def _percent(token: Token) -> bool:
    """A per cent sign after a number ("33%"): part of the figure, not punctuation around a span."""
    return token.text == "%" and token.i > 0 and token.nbor(-1).like_num


def token_range(doc: Doc, first: int, last: int) -> TextRange | None:
    """Characters from token ``first`` to token ``last`` (inclusive), leaving out punctuation and space
    tokens at both ends (an abbreviation's period stays: "the U.S."); None when nothing is left."""
    while first <= last and (doc[first].is_punct or doc[first].is_space or doc[first].text in EDGE_PUNCT):
        first += 1
    while last >= first and (doc[last].is_punct or doc[last].is_space or doc[last].text in EDGE_PUNCT):
        if doc[last].text == ")" and any(t.text == "(" for t in doc[first:last]):
            break  # "the Office for National Statistics (ONS)" keeps its closing bracket
        if last > first and _percent(doc[last]):
            break  # "A third of independents, 33%": a figure's sign
        last -= 1
    if last < first:
        return None
    start, end = doc[first].idx, doc[last].idx + len(doc[last].text)
    return TextRange(start, end)


def subtree_bounds(token: Token, exclude: Iterable[Token] = ()) -> tuple[int, int]:
    """Token bounds (inclusive) of ``token``'s subtree, leaving out the subtrees in ``exclude``."""
    skipped: set[int] = set()
    for ex in exclude:
        skipped.update(t.i for t in ex.subtree)
    indices = [t.i for t in token.subtree if t.i not in skipped]
    return min(indices), max(indices)


def _particle(verb: Token, particles: frozenset[str]) -> Token | None:
    """The particle of a phrasal verb among ``particles``, right after it or after its object ('brushed
    [off] the claims', 'brushed the claims [aside]'), or the object of an idiom ('pointed the [finger]')."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in {"prt", "advmod", "prep", "dobj"} and c.i > verb.i and c.lower_ in particles
        ),
        None,
    )


def _said_by_document_or(verb: Token, heads: frozenset[str]) -> bool:
    """The subject of ``verb`` is a document or one of ``heads``: a record ('figures', 'the data') for what
    records show, an inquiry or a body that rules ('the standards committee', 'inspectors') for findings."""
    subject = subject_of(verb)
    return subject is not None and lemma(subject) in heads | sources().document_heads


def _finite(verb: Token) -> bool:
    """A verb in a tense of its own ('reported', 'has estimated'), not an infinitive ('failed to report')."""
    if verb.tag_ in {"VBD", "VBZ", "VBP"}:
        return True
    return any(c.dep_ in {"aux", "auxpass"} and c.tag_ != "TO" for c in verb.children)


def _holds_a_number(noun: Token) -> bool:
    """A number in the noun phrase itself ('a pre-tax profit of 812 million crowns'), not in a clause hung
    on it ('the number of particles that should have been captured during two periods')."""
    clauses = {t.i for c in noun.subtree if c.dep_ in {"relcl", "acl"} for t in c.subtree}
    return any(t.like_num and t.i not in clauses for t in noun.subtree)


def _doing(token: Token) -> bool:
    """A noun with the gerund of what it does right after it ('guards beating a prisoner'): what a record
    shows someone doing."""
    return token.pos_ in {"NOUN", "PROPN", "PRON"} and any(
        c.dep_ == "acl" and c.tag_ == "VBG" and 0 < c.i - token.i <= 2 for c in token.children
    )


def _plural_claim_noun(word: str, claim_nouns: frozenset[str]) -> bool:
    """A plural claim noun ('claims', 'allegations', 'reports')."""
    return word.endswith("s") and word[:-1] in claim_nouns


def _clause_as_noun(token: Token) -> bool:
    """A clause the parser made a noun phrase, a quote inside it having misled it: 'said that the pair had
    "photographed restricted installations"' with 'installations' as the object of 'said', carrying the
    conjunction 'that' and the clause's subject."""
    if any(c.dep_ == "mark" and c.lower_ == "that" and c.i < token.i for c in token.children) and any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in token.children
    ):
        return True
    # 'said managers had "quietly closed" concerns ...': the clause's verb read as an adjective of its
    # object, keeping its subject and auxiliary
    return any(
        c.dep_ == "amod"
        and c.tag_ in {"VBN", "VBD"}
        and c.i < token.i
        and any(g.dep_ in {"nsubj", "nsubjpass"} and g.i < c.i for g in c.children)
        for c in token.children
    )


def _hung_on_verb(noun: Token) -> tuple[Token | None, Token | None]:
    """'rejected claims by a losing candidate that election workers had ...', 'hit back at claims by an MP
    that ...', 'dismissed allegations from former staff that ...': the parser hung the 'by' phrase or the
    that-clause of the object on the verb. An active verb has no 'by' agent, so both are the noun's: its
    source and its clause."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif noun.dep_ != "dobj":
        return None, None
    if verb.pos_ not in {"VERB", "AUX"} or any(c.dep_ == "auxpass" for c in verb.children):
        return None, None
    by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"by", "from"}), None) or next(
        (
            c
            for c in verb.children
            if c.dep_ in {"prep", "agent"} and c.lower_ in {"by", "from"} and c.i == noun.right_edge.i + 1
        ),
        None,
    )
    if by is None:
        return None, None
    clause = next(
        (
            c
            for c in verb.children
            if c.dep_ == "ccomp"
            and c.left_edge.i == max(noun.right_edge.i, by.right_edge.i) + 1
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ),
        None,
    )
    if clause is None:
        # "claims by a rival councillor that the grant was used ...": the clause read as a relative clause
        # of the source, though 'that' fills no gap in it (it has a subject of its own)
        agent = next((g for g in by.children if g.dep_ == "pobj"), None)
        clause = next(
            (
                c
                for c in (agent.children if agent is not None else ())
                if c.dep_ in {"relcl", "acl"}
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                and any(m.dep_ in {"nsubj", "nsubjpass"} for m in c.children)
            ),
            None,
        )
    return (clause, by) if clause is not None else (None, None)


def _clausal_relative(token: Token) -> bool:
    """A relative clause's verb tagged as a noun: '14 counties, which [allege] that ...' (a relative
    pronoun subject and a complement clause)."""
    return (
        token.dep_ == "relcl"
        and any(c.dep_ == "nsubj" and c.lower_ in {"which", "who", "that"} for c in token.children)
        and any(c.dep_ == "ccomp" for c in token.children)
    )


def lemma(token: Token) -> str:
    return token.lemma_.lower()


@dataclass(frozen=True, slots=True)
class Words:
    """The lower-cased form and lemma of every token of a doc, read once: a ``Token`` is a new Python
    object on every ``doc[i]`` and every string attribute a lookup, and the rules ask for these words of
    the same tokens many times over."""

    lower: tuple[str, ...]
    lemma: tuple[str, ...]
    text: str = ""  # the doc's text (``Doc.text`` joins the tokens again on every access)

    @classmethod
    def of(cls, doc: Doc) -> Words:
        lowers: list[str] = []
        lemmas: list[str] = []
        texts: list[str] = []
        for token in doc:
            lowers.append(token.lower_)
            lemmas.append(token.lemma_.lower())
            texts.append(token.text_with_ws)
        return cls(tuple(lowers), tuple(lemmas), "".join(texts))

    def both(self, start: int, end: int) -> set[str]:
        """The forms and lemmas of tokens ``start`` to ``end`` (exclusive)."""
        return {*self.lower[start:end], *self.lemma[start:end]}


NEGATIVE_IMPLICATIVES = frozenset(
    {"decline", "refuse", "avoid", "fail", "hesitate", "stop", "cease", "resist"}
)


def is_negated(token: Token) -> bool:
    """'did not deny', and a cue under a verb that implies it did not happen: 'declined to blame',
    'refused to accuse', 'stopped short of accusing'."""
    if any(c.dep_ == "neg" or c.lower_ in {"never", "not", "n't"} for c in token.children):
        return True
    node = token
    for _ in range(3):  # accusing <- of <- short <- stopped
        if node.dep_ not in {"xcomp", "pcomp", "prep", "acomp", "advmod"} or node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in NEGATIVE_IMPLICATIVES:
            return True
    return False


def is_hypothetical(token: Token) -> bool:
    markers = {"could", "might", "may", "if", "whether", "unless"}  # "said it would contest": a commitment
    return any(c.lower_ in markers and c.dep_ in {"aux", "mark"} for c in token.children)


def _no_comment_act(done: Token, lex: CueLexicon) -> bool:
    """Whether the verb under 'declined to' is a comment withheld ('comment', 'give further details'), not
    some other act refused ('declined to sign the deal', 'refused to pay')."""
    lem = done.lemma_.lower()
    if lem in lex.commenting_verbs:
        return True
    return lem in {"give", "provide", "offer"} and any(
        c.dep_ == "dobj" and c.lemma_.lower() in lex.commenting_objects for c in done.children
    )


def _a_person(token: Token) -> bool:
    """Whether a noun names people ('the receptionist', 'two guards', 'him', 'Ms Hale'): who is dismissed
    from a job, not a claim dismissed as untrue."""
    if token.ent_type_ == "PERSON" or token.lower_ in {"him", "her", "them", "me", "us", "staff"}:
        return True
    head = token.lemma_.lower()
    people = labels()
    return (
        person_by_suffix(head)
        or head in people.staff_nouns
        or head in people.counterparts
        or head in people.affiliates
        or head in sources().person_descriptors
    )


def passive_agent(verb: Token) -> Token | None:
    """The 'by' phrase of a passive cue: "was accused [by a former aide]" -> "aide"."""
    reduced = verb.dep_ == "acl" and verb.tag_ == "VBN"  # "an officer accused by students of ..."
    if not reduced and not any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        return None
    for child in verb.children:
        if child.dep_ == "agent":
            agent = next((g for g in child.children if g.dep_ == "pobj"), None)
            if agent is not None and agent.lemma_.lower() in NOT_AGENTS:
                return None  # "done by the book", "sent by email": a manner, not a doer
            return agent
    return None


def _inverted_subject(verb: Token) -> Token | None:
    """'"...," added KCNA.': after a quote or clause, the noun phrase right after the cue is its subject,
    though the parser may take it for an object. Not after a cue that always names whom it addresses there
    ('..., the director told [a news briefing]': ``never_inverted``)."""
    if not any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        return None
    if verb.lemma_.lower() in cues().never_inverted:
        return None
    for child in verb.children:
        if (
            child.dep_ in {"dobj", "npadvmod", "attr"}
            and child.left_edge.i == verb.i + 1
            and child.pos_ in {"PROPN", "NOUN"}
        ):
            return child
    return None


def _quote_at(doc: Doc, i: int) -> bool:
    """Whether token ``i`` of ``doc`` is a quotation mark (False outside the doc)."""
    return 0 <= i < len(doc) and doc[i].is_quote


def _object_control(verb: Token) -> Token | None:
    """The object of the verb an infinitive hangs on, which is the infinitive's subject: "prompting [its
    director] to accuse them", "paid [streamers] to praise the game"."""
    if verb.dep_ not in {"xcomp", "advcl"} or verb.tag_ != "VB" or verb.head.i == verb.i:
        return None
    if lemma(verb.head) not in CONTROLLING or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    ):
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)


#: verbs that make their object do what the infinitive says ("prompted its director to accuse them"): the
#: act took place; after others ("paid streamers to praise", "urged him to deny") it may not have
IMPLICATIVE = frozenset({"prompt", "lead", "cause", "force", "drive", "spur", "compel", "provoke", "move"})
#: verbs whose object is the doer of the infinitive after it ("paid [bloggers] to praise ..."), unlike an
#: infinitive of purpose ("switched off [its transponder] to hide ...")
CONTROLLING = IMPLICATIVE | frozenset(
    {
        "ask",
        "urge",
        "pay",
        "hire",
        "persuade",
        "order",
        "tell",
        "allow",
        "encourage",
        "invite",
        "instruct",
        "pressure",
        "push",
        "get",
        "want",
        "expect",
        "require",
        "help",
        "commission",
        "recruit",
        "use",
        "enlist",
        "bribe",
    }
)


def _seen_by(noun: Token) -> bool:
    """A document someone reviewed, saw or obtained: 'contracts [reviewed by this newspaper]', 'the
    agreement, [seen by Reuters]': a source, not a rule followed."""
    return any(
        c.dep_ == "acl" and lemma(c) in SEEING and any(g.dep_ == "agent" for g in c.children)
        for c in noun.children
    )


#: cues whose passive subject is what was reported: "[The meeting] was first reported by Politico"
REPORTED_BY = frozenset({"report", "announce", "confirm", "reveal", "disclose"})
#: prepositions that set a second act after the first: "replied, [before] adding that ..."
SEQUENCE_PREPOSITIONS = frozenset({"before", "after", "while", "when", "since"})
#: prepositions of a reason or a time, whose claim noun is no manner of the cue: "recalling 8,500
#: treadmills [after] reports that ...", not "told LA Weekly [in] a statement that ..."
CIRCUMSTANCE_PREPOSITIONS = frozenset({"after", "amid", "over", "following", "despite", "before", "since"})
#: how a reporter comes by a document: "contracts [reviewed] by this newspaper", "emails [obtained] by"
SEEING = frozenset({"see", "review", "obtain", "examine", "view", "inspect", "read", "leak"})


def _plural_noun_as_verb(verb: Token) -> bool:
    """'These calls for more troops have come ...', 'those claims': a plural noun after a plural
    demonstrative, tagged as a verb in the third person singular with the demonstrative its subject."""
    if verb.tag_ != "VBZ" or verb.i == 0:
        return False
    before = verb.nbor(-1)
    return before.lower_ in {"these", "those"} and before.head.i == verb.i and before.dep_ in SUBJECT_DEPS


def _stranded_finite_subject(verb: Token) -> Token | None:
    """'A community leader, Sani Maikudi, blamed soldiers for ...' parsed as one noun phrase, with the
    past-tense verb an adjective of its object: the sentence's root noun, before the verb, is the subject.
    (A real adjective, 'the alleged bribe', is not tagged as a past-tense verb.)"""
    if verb.dep_ != "amod" or verb.tag_ != "VBD" or verb.head.i != verb.i + 1:
        return None
    root = verb.sent.root
    if root.pos_ in {"NOUN", "PROPN"} and root.i < verb.i and verb.i - 1 > root.i:
        return root
    return None


#: conjunctions the parser can take for prepositions: "after [a producer] claimed ..."
SUBORDINATORS = frozenset({"after", "before", "since", "until", "because", "as", "when", "while", "once"})


def _subordinate_subject(verb: Token) -> Token | None:
    """'The festival defended its jury after a losing producer claimed that ...', parsed with 'after' a
    preposition and 'a losing producer' its object: the noun right before the finite verb is its subject,
    not the main clause's."""
    if verb.dep_ not in {"advcl", "conj"} or verb.tag_ not in {"VBD", "VBZ", "VBP"} or verb.i == 0:
        return None
    noun = verb.doc[verb.i - 1]  # right before the verb: no "and" between, so not a coordinated verb
    prep = noun.head
    if (
        noun.pos_ in {"NOUN", "PROPN", "PRON"}
        and noun.dep_ == "pobj"
        and prep.lower_ in SUBORDINATORS
        and prep.head.i == verb.head.i
    ):
        return noun
    return None


def _infinitive_as_subject(verb: Token) -> bool:
    """'To say it was unexpected is inaccurate': the infinitive with its clause is the subject of a copula
    right after it (the parser may hang the copula on the infinitive or beside it)."""
    doc = verb.doc
    after = verb.right_edge.i + 1
    if after < len(doc) and doc[after].lemma_ == "be":
        return True
    clauses = sorted((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), key=lambda c: c.i)
    return (
        len(clauses) > 1
        and clauses[1].lemma_ == "be"
        and clauses[1].left_edge.i == clauses[0].right_edge.i + 1
    )


#: cues of owning up, whose act may follow "to" ("admitted to taking the money")
ADMITTING = frozenset({"admit"})
NP_INNER = frozenset({"compound", "amod", "det", "poss", "nummod", "flat", "case"})


def _appositive_subject(verb: Token) -> Token | None:
    """'In a letter to the environment secretary, opposition MP Tariq Hussain wrote that ...': the subject
    after an opening phrase, read by the parser as an apposition to the phrase's last noun. The noun
    phrase right before the cue, after a comma, inside a phrase that hangs on the cue, is its subject."""
    if verb.i == 0 or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    last = verb.i - 1
    while last > 0 and verb.doc[last].is_punct:
        last -= 1  # "..., his former chief adviser, Ernesto Palma, said"
    head = verb.doc[last]
    while head.dep_ in NP_INNER and verb.i > head.head.i > head.i:
        head = head.head
    while head.dep_ == "appos" and head.head.dep_ == "appos":
        head = head.head  # the name in apposition to the subject: the whole "adviser, Ernesto Palma"
    if head.dep_ != "appos" or head.left_edge.i == 0 or verb.doc[head.left_edge.i - 1].text != ",":
        return None
    node = head.head
    while node.head.i != node.i and node.head.i != verb.i:
        node = node.head
    if node.head.i != verb.i or node.dep_ != "prep" or node.i > head.i:
        return None
    return head


#: the parts of speech of a noun phrase ("the monitoring group Tidewatch", "its 12 members")
NOUN_PHRASE_POS = frozenset({"DET", "NOUN", "PROPN", "ADJ", "NUM"})


def _ends_sentence(verb: Token, last: int) -> bool:
    """Whether nothing but the cue's own phrase, or a participle clause after a comma, follows the cue up
    to ``last``: '..., the group alleged on Thursday, releasing drone footage of the incident.'"""
    after = verb.right_edge.i + 1
    if after > last:
        return True
    doc = verb.doc
    if doc[after].text != "," or after + 1 > last:
        return False
    participle = doc[after + 1]
    return (
        participle.tag_ == "VBG" and participle.left_edge.i == after + 1 and participle.right_edge.i >= last
    )


def _trailing_conjunct(verb: Token) -> bool:
    """'..., its chair, Nadia Brook, said on Saturday.': a cue after a comma that the parser made a second
    predicate of the sentence's main verb, with no conjunction between them (with one it is a second act:
    'The firm cut 200 jobs and said ...'); or '..., a Channel 9 investigation found.': a past-tense cue
    read as a relative clause of a noun after a comma (a participle, 'a report published', is one, unless
    tagged so after a body that finds or a document)."""
    head, doc = verb.head, verb.doc
    tense = verb.tag_ == "VBD" or (
        verb.tag_ == "VBN" and lemma(head) in cues().finding_bodies | sources().document_heads
    )
    if verb.dep_ == "acl" and tense and head.i < verb.i and head.left_edge.i > 0:
        return doc[head.left_edge.i - 1].text == "," and head.dep_ in {"appos", "conj", "npadvmod", "pobj"}
    if verb.dep_ != "conj" or head.dep_ != "ROOT" or head.i >= verb.i or doc[verb.i - 1].text != ",":
        return False
    return not any(t.dep_ == "cc" and t.head.i in {head.i, verb.i} for t in doc[head.i : verb.i])


def _trailing_appositive_subject(verb: Token, addressed: bool = False) -> Token | None:
    """'..., injuring five people, West Yorkshire Fire and Rescue said.', '..., a report published on Thursday
    by the group Fair Minerals Watch says.': a cue closing the sentence with no subject, its speaker read
    by the parser as part of the content (an apposition to its last noun, an object). The noun phrase that
    ends right before the cue, after a comma, is the subject. The cue may also hang on the sentence's verb
    as a second predicate ('The federation plans to create 200 plots, its chair, Nadia Brook, [said]'); an
    ``addressed`` cue may keep its addressee ('..., the family's lawyer told [a news conference]')."""
    doc = verb.doc
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    if not (any(c.dep_ in CLAUSE_DEPS and c.i < verb.i for c in verb.children) or _trailing_conjunct(verb)):
        return None
    kept = {"prep", "npadvmod", "advmod", *(("dobj", "dative") if addressed else ())}
    after = {
        t.i
        for c in verb.children
        if c.i > verb.i and (c.dep_ in kept or (c.dep_ == "advcl" and c.tag_ == "VBG"))  # ", adding ..."
        for t in c.subtree
    }
    if any(not (t.is_punct or t.is_space) and t.i not in after for t in doc[verb.i + 1 : verb.sent.end]):
        return None
    last = verb.i - 1
    while last > verb.sent.start and doc[last].is_punct:
        last -= 1
    node, found = doc[last], None
    while True:
        before = node.left_edge.i - 1
        while before > verb.sent.start and doc[before].text in QUOTE_CHARS:
            before -= 1
        if node.pos_ in {"NOUN", "PROPN"} and before > verb.sent.start and doc[before].text == ",":
            found = node  # the highest noun phrase that starts after a comma and ends at the cue
        if node.head.i == node.i or node.head.i >= verb.i or node.head.right_edge.i >= verb.i:
            return found
        node = node.head


def _manner_word(token: Token, manner: frozenset[str]) -> bool:
    """A manner word of a colon statement, or its comparative ('blunt', 'blunter')."""
    return token.lower_ in manner or re.sub(r"e?r$", "", token.lower_) in manner


def _in_modifier(token: Token, span: Span) -> bool:
    """``token`` lies in a prepositional phrase, a relative or a participle modifying a noun of ``span``."""
    node = token
    while span.start <= node.i < span.end:
        if node.dep_ in {"acl", "relcl", "pobj", "pcomp", "prep", "appos", "compound", "amod"}:
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _wh_opened(clause: Token) -> bool:
    """A complement clause opened by a question word ('what wikiHow is', 'why he decided ...')."""
    return next((t.lower_ for t in clause.subtree if not t.is_punct), "") in WH_WORDS


def _put_it_plainly(put: Token) -> bool:
    """'put it bluntly', 'put it simply', 'put it another way': a verb of wording before a colon."""
    return any(c.dep_ == "dobj" and c.lower_ == "it" for c in put.children) and any(
        c.dep_ in {"advmod", "npadvmod", "oprd"} and c.i > put.i for c in put.children
    )


def _before_colon(noun: Token) -> bool:
    """A colon follows the noun, with no verb between: 'The reply from Harbour Line Ferries: ...'."""
    for tok in noun.doc[noun.i + 1 : min(noun.i + 12, len(noun.doc))]:
        if tok.text == ":":
            return True
        if tok.pos_ in {"VERB", "AUX"}:
            return False
    return False


def _names_the_quote(between: Span, naming_nouns: frozenset[str]) -> bool:
    """The words between a cue and a quote after it embed the quote in a phrase: a preposition right before
    it ('says on "...', 'a question like "..."'; not 'dismissed as "..."'), or a noun of naming ('the words
    "..."'). Then the quote is a name or a wording, not what the cue reports."""
    words = [t for t in between if not (t.is_space or t.is_quote)]
    if not words:
        return False
    last = words[-1]
    return (last.pos_ == "ADP" and last.lower_ != "as") or last.lower_ in naming_nouns


def _charge_on_agent(verb: Token, agent: Token | None) -> Token | None:
    """'accused by students [of harassment]': the parser hangs the charge on the 'by' phrase's noun; it
    belongs to the cue ('accused ... of harassment'), not to the source."""
    if agent is None or agent.dep_ != "pobj" or agent.head.dep_ != "agent" or agent.head.head.i != verb.i:
        return None
    if verb.lemma_.lower() not in labels().accusation_cues:
        return None
    return next((c for c in agent.children if c.dep_ == "prep" and c.lower_ in {"of", "with", "over"}), None)


#: what a cue may have in a sentence that only names who said the quote before it: 'Miller, a retired
#: worker, said pleasantly into the phone.'
QUOTE_BEFORE_DEPS = frozenset({"nsubj", "advmod", "prep", "npadvmod", "punct", "aux", "neg"})


def _aside(token: Token) -> bool:
    """``token`` heads a phrase that says how or where something was said, not what: a participle without a
    conjunction ("speaking at the depot") or a prepositional phrase ("in a statement"); not "although ..."."""
    if token.dep_ == "prep":
        return True
    return (
        token.dep_ == "advcl"
        and token.tag_ in {"VBG", "VBN"}
        and not any(c.dep_ == "mark" for c in token.children)
    )


def _opens_a_quote(token: Token) -> bool:
    """``token`` is a participle whose phrase opens a quotation after its head: 'commented, "[Hoping] that
    ...' (the quoted words are the speaker's own, not a participle clause of the speaking verb; not
    'published the story "knowing it to be false"', a quoted phrase of the article's). The mark
    before it opens a quote: no space after it ('said, "Hoping'), unlike a closing one ('"groundless,"
    saying')."""
    first = token.left_edge.i
    mark = token.doc[first - 1] if first > 0 else None
    opening = mark is not None and mark.text in OPEN_QUOTES and not mark.whitespace_
    spoken = lemma(token.head) in cues().speech_verbs  # the quote is what the head verb says
    return token.tag_ == "VBG" and token.head.i < first and opening and spoken


def subject_of(verb: Token) -> Token | None:
    """The verb's subject, inherited through coordination, participles and infinitives."""
    seen: set[int] = set()
    current: Token | None = verb
    while current is not None and current.i not in seen:
        seen.add(current.i)
        # "the minister was quoted by the newspaper as saying ...": the one quoted speaks, not the quoter
        agent = passive_agent(current) if lemma(current) != "quote" else None
        if agent is not None:
            return agent
        subjects = [c for c in current.children if c.dep_ in SUBJECT_DEPS] or [
            g  # "the auditors had misread ...", the subject parsed as the auxiliary's
            for a in current.children
            if a.dep_ in {"aux", "auxpass"}
            for g in a.children
            if g.dep_ in SUBJECT_DEPS
        ]
        if subjects:
            before = [c for c in subjects if c.i < current.i]
            after = [c for c in subjects if c.i > current.i]
            if current is verb and before and after and current.i > 0 and current.nbor(-1).text == ",":
                return after[0]  # "Institutional recipients, said Mauer, are ...": the inverted speaker
            return before[-1] if before else subjects[0]
        if any(c.dep_ == "expl" for c in current.children):
            return None  # "we explored every option, and there is no way to continue": no one's act
        inverted = _inverted_subject(current)
        if inverted is not None:
            return inverted
        stray = next(
            (
                c
                for c in current.children
                if c.dep_ in {"advcl", "npadvmod"}
                and c.i < current.i
                and c.pos_ == "PROPN"
                and c.ent_type_ in {"", "PERSON", "ORG", "GPE", "NORP"}  # not "Monday, ..."
            ),
            None,
        )
        if stray is None:
            # "Speaking in the parents' defense, Tom Molomby, SC, said": the name hung on the participle
            stray = next(
                (
                    g
                    for c in current.children
                    if c.dep_ == "advcl" and c.i < current.i and c.tag_ == "VBG"
                    for g in c.children
                    if g.dep_ == "npadvmod" and g.pos_ == "PROPN" and g.i > c.i and g.right_edge.i < current.i
                ),
                None,
            )
        if stray is not None:
            return stray  # "Prakorn, reached by phone, said ...": a name the parser hung as a modifier
        if (
            current.dep_ in {"acl", "relcl"}
            and current.tag_ in {"VBD", "VBZ", "VBP"}
            and current.head.dep_ == "ROOT"
            and current.head.pos_ in {"NOUN", "PROPN"}
            and current.i > current.head.i
        ):
            return current.head  # "The town council blamed ...", parsed as a noun phrase with a relative
        if (
            current.dep_ == "acl"
            and current.head.pos_ in {"NOUN", "PROPN"}
            and current.i > current.head.i
            and (current.tag_ == "VBD" or (current.tag_ == "VBN" and current.head.dep_ == "ROOT"))
            and _that_clause(current)
        ):
            # "after a short-seller report [alleged] that ...", "Threadwatch, a rights group, [alleged] in a
            # report that ...": a finite verb with its that-clause, parsed as a modifier of its subject
            return current.head
        stranded = _stranded_finite_subject(current) or _subordinate_subject(current)
        if stranded is not None:
            return stranded
        if current.dep_ == "acl" and current.tag_ == "VBG" and current.head.pos_ in {"NOUN", "PROPN"}:
            return _participle_speaker(current.head)
        if current.pos_ == "NOUN" and current.dep_ == "ROOT":
            # "Shareholders allege ...": a plural subject and a present-tense cue tagged as a compound noun
            left = [
                c
                for c in current.children
                if c.dep_ in {"compound", "nmod", "amod"} and c.i < current.i and c.pos_ in {"NOUN", "PROPN"}
            ]
            if left:
                return left[0]
        if current.dep_ == "csubj" and current.tag_ == "VBG" and current.head.dep_ in {"advcl", "conj"}:
            current = current.head.head  # "owners sued the utility, [claiming] sparks ignited the fire"
        elif _opens_a_quote(current):
            return None  # 'Hill commented, "Hoping that ...': the quoted words have no subject out here
        elif (
            current.dep_ == "conj"
            and current.tag_ in {"VBD", "VBZ", "VBP"}
            and current.head.dep_ == "dobj"
            and current.head.head.pos_ in {"VERB", "AUX"}
        ):
            current = current.head.head  # "He adopted a fake accent and [joked], ...": hung on the object
        elif current.dep_ in INHERIT_DEPS and current.head.i != current.i:
            current = current.head
        else:
            return None
    return None


#: verbs by which a party puts out a document: "[Amnesty] published a report saying ..."
ISSUING_VERBS = frozenset(
    {
        "issue",
        "file",
        "publish",
        "release",
        "send",
        "write",
        "lodge",
        "submit",
        "post",
        "put",
        "launch",
        "bring",
    }
)


def _that_clause(verb: Token) -> bool:
    """``verb`` has a complement clause opened by 'that', also one the parser hung on the noun of a phrase
    between them ('alleged in a report on Monday [that ...]')."""
    heads = [verb, *(g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj")]
    return any(
        c.dep_ in {"ccomp", "acl"} and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for h in heads
        for c in h.children
        if c.i > verb.i
    )


def _issued_document(verb: Token, speaker: Token) -> bool:
    """The participle cue hangs on a document and ``speaker`` is whoever put it out ("[the NLRB] issued a
    complaint alleging ...", see _participle_speaker), not the document itself."""
    noun = verb.head
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and noun.i != speaker.i
        and noun.lemma_.lower() in sources().document_heads
        and noun.dep_ == "dobj"
    )


def _participle_speaker(noun: Token) -> Token | None:
    """Who says what a participle cue on a noun reports: "[a lawsuit] accusing the firm of ...";
    "[the NLRB] has issued a complaint alleging ..." (the party that put the document out); "[three
    developers] have written to the Competition Commission accusing ..." (not the addressee). A noun that
    is neither a document nor an addressee is no speaker ("a video showing ...")."""
    governor = noun.head
    if noun.dep_ == "pobj" and governor.lower_ == "to" and governor.head.pos_ in {"VERB", "AUX"}:
        return subject_of(governor.head)  # written / complained / appealed to X, accusing ...
    if noun.lemma_.lower() not in sources().document_heads:
        return None
    if noun.dep_ == "dobj" and governor.lemma_.lower() in ISSUING_VERBS:
        issuer = subject_of(governor)
        if issuer is not None and issuer.pos_ in {"NOUN", "PROPN"}:
            return issuer
    return noun


POST_MODIFIER_DEPS = frozenset({"appos", "relcl", "acl", "advcl", "parataxis"})


def noun_phrase(token: Token, cut: Sequence[Token] = ()) -> tuple[int, int]:
    """A source noun phrase as news annotators mark it: the head with its determiners, titles, names,
    possessives, 'of' phrases and conjuncts, without what follows it as a post-modifier (an apposition
    after a comma, a relative clause, a participle phrase, another prepositional phrase), and cut before
    any token in ``cut`` (the cue)."""
    dropped = [
        c
        for c in token.children
        if c.i > token.i
        and (
            c.dep_ in POST_MODIFIER_DEPS
            or (c.dep_ == "advmod" and c.lower_ in {"here", "there", "too", "now", "then"})
            or (c.dep_ == "prep" and c.lower_ not in {"of"} and not _such_as(c))
            or (c.dep_ == "prep" and any(g.dep_ == "pcomp" for g in c.children))  # "aide [of using ...]"
        )
    ]
    skipped = {t.i for d in dropped for t in d.subtree if not _close_apposition(token, d)}
    kept = {t.i for t in token.subtree if t.i not in skipped}
    first = last = token.i
    while first - 1 in kept:
        first -= 1
    while last + 1 in kept:
        last += 1
    first, last = _whole_words(token, first, last)
    while first < token.i and token.doc[first].tag_ in {"WDT", "WP"}:
        first += 1  # "a fall, [which] the finance chief blamed on ...": the relative word the parser gave it
    while (
        first < token.i and token.doc[first].lower_ in {"even", "also"} and token.doc[first].dep_ == "advmod"
    ):
        first += 1  # "[even] a top GOP strategist": a focus on the speaker, not a word of the name
    for c in cut:
        if first <= c.i <= last:
            if c.i > token.i:
                last = min(last, c.i - 1)
            else:
                first = max(first, c.i + 1)
    return first, last


def _such_as(prep: Token) -> bool:
    """'such as' after a noun names examples that belong to the phrase ("other sites such as Gawker")."""
    return prep.lower_ == "as" and any(c.lower_ == "such" and c.i == prep.i - 1 for c in prep.children)


def _close_apposition(head: Token, modifier: Token) -> bool:
    """A name set beside its noun without a comma ("the security firm [Secunia]", "curator [Elaine
    Gustafon]"): part of the noun phrase, unlike an apposition after a comma."""
    if modifier.dep_ != "appos" or modifier.pos_ != "PROPN":
        return False
    between = head.doc[head.i + 1 : modifier.left_edge.i]
    return not any(t.is_punct or t.is_bracket for t in between) and not any(
        t.is_punct for t in head.doc[modifier.left_edge.i : modifier.i]
    )


def _whole_words(head: Token, first: int, last: int) -> tuple[int, int]:
    """Widen [first, last] so that it does not split a hyphenated word ("e-mail", "co-founder") or a
    name the parser cut into siblings of the head ("curator Elaine [Gustafon]", two objects of "to")."""
    doc = head.doc
    sent = head.sent

    def joined(left: Token, right: Token) -> bool:
        return not left.whitespace_ and (left.text == "-" or right.text == "-")

    def sibling(t: Token) -> Token | None:
        """``t``, or the noun it premodifies, when that is a second head like ``head``."""
        while t.dep_ in {"compound", "amod", "nummod"} and t.head.i > t.i:
            t = t.head
        same = (
            t.head == head.head
            and t.dep_ == head.dep_
            and t.i != head.head.i
            and t.pos_ in {"NOUN", "PROPN"}  # not "[that] the U.S. said", a relative read as a subject
        )
        return t if same else None

    while first - 1 >= sent.start:
        before = doc[first - 1]
        if joined(before, doc[first]):
            first = min(first - 1, max(before.left_edge.i, sent.start))
        elif (other := sibling(before)) is not None and other.i < head.i:
            first = other.left_edge.i
        else:
            break
    while last + 1 < sent.end:
        after = doc[last + 1]
        if joined(doc[last], after):
            last = max(last + 1, min(after.right_edge.i, sent.end - 1))
        elif (other := sibling(after)) is not None and other.i > head.i:
            last = other.right_edge.i
        else:
            break
    return first, last


def _name_before_clause(doc: Doc, first: int, end: int) -> int | None:
    """The last token of a capitalised name at ``first`` that runs straight into a clause ("According to
    [Rathbun] the property was returned"), whatever the parser made of it; None if there is none."""
    last = first
    while last < end and doc[last].is_title and not doc[last].is_sent_start and doc[last].pos_ != "DET":
        last += 1
    if last == first or last >= end or doc[last].pos_ not in {"DET", "PRON"} or doc[last].is_title:
        return None
    return last - 1


def _bracketed_name(open_bracket: Token) -> bool:
    """The bracket holds one word, an abbreviation of the name before it ("the Office for National
    Statistics (ONS)")."""
    doc = open_bracket.doc
    return open_bracket.i + 2 < len(doc) and doc[open_bracket.i + 2].text == ")"


def apposition(doc: Doc, head: Token) -> TextRange | None:
    """A name in apposition inside the source phrase ("the prime U.S. official for arms management,
    Bonnie Jenkins, said"), which the parser may hang on any noun of the phrase."""
    for node in head.subtree:
        if node.dep_ == "appos" and node.i > head.i and any(t.pos_ == "PROPN" for t in node.subtree):
            return token_range(doc, *noun_phrase(node))
    return None


#: What follows a source's noun in its whole phrase: appositions, relative clauses, participles and
#: prepositional phrases.
PHRASE_MODIFIER_DEPS = frozenset({"appos", "relcl", "acl", "prep"})


def source_phrase(doc: Doc, source: TextRange, stop: int) -> TextRange:
    """``source`` with what follows its noun in the whole noun phrase: appositions ("Paul Pillar[, a former
    analyst]", "Dewayne Smithy[, 33, of Baldwin, Miss.]"), relative clauses ("Khan[, who is Muslim]"),
    participles ("those [surveyed]"), prepositional phrases ("advocates [in the transgender community]")
    and a bracketed affiliation ("Sen. Bernie Sanders [(I-Vt.)]"), or the mark of a possessive source
    ("Trump['s] claim"), as PARC-style corpora (PolNeAR) mark sources. It ends before ``stop`` (a
    character offset: the cue or the content after the source)."""
    span = doc.char_span(source.start, source.end, alignment_mode="expand")
    if span is None:
        return source
    head, last = span.root, span.end - 1
    if span.end < len(doc) and doc[span.end].tag_ == "POS":
        # "Trump['s] claim that ...": a possessive source with its mark, as PARC marks it
        return TextRange(source.start, doc[span.end].idx + len(doc[span.end]))
    for child in sorted(head.children, key=lambda c: c.i):
        if child.i <= last:
            continue
        between = doc[last + 1 : child.left_edge.i]
        if any(not t.is_punct for t in between):
            break
        if child.dep_ == "prep" and _temporal(child):
            break  # "Trump [at the time] said": when, not who
        if child.dep_ in PHRASE_MODIFIER_DEPS:
            right = child.right_edge
        elif child.dep_ == "punct" and _bracket_of(head, child):
            right = child
        elif child.is_punct:
            continue
        else:
            break
        if right.idx + len(right) > stop:
            break
        last = right.i
    while last >= span.end and doc[last].is_punct and doc[last].text != ")" and not _percent(doc[last]):
        last -= 1  # a comma or an opening bracket left at the end
    if last < span.end:
        return source
    return TextRange(source.start, doc[last].idx + len(doc[last]))


def _temporal(prep: Token) -> bool:
    """A prepositional phrase of time: "at the time", "on Tuesday", "in 2015"."""
    return any(
        g.dep_ == "pobj" and (g.ent_type_ in {"DATE", "TIME"} or g.lemma_.lower() in TIME_NOUNS)
        for g in prep.children
    )


#: nouns of a point or stretch of time
TIME_NOUNS = frozenset(
    {"time", "moment", "point", "day", "night", "week", "month", "year", "weekend", "morning"}
)


def _bracket_of(head: Token, punct: Token) -> bool:
    """An opening bracket after ``head``, or the closing one of a bracket opened after it."""
    return punct.text == "(" or (punct.text == ")" and "(" in head.doc[head.i : punct.i].text)


# --------------------------------------------------------------------------- quotes


_QUOTE_MARK = re.compile('["“«„”»]')


def quote_regions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Double-quoted regions [open, close] (characters) inside [start, end); an unclosed quote runs to end."""
    regions: list[tuple[int, int]] = []
    open_at: int | None = None
    for match in _QUOTE_MARK.finditer(text, start, end):
        i = match.start()
        ch = text[i]
        if ch == '"':
            if open_at is None:
                open_at = i
            else:
                regions.append((open_at, i + 1))
                open_at = None
        elif ch in "“«„":
            if open_at is None:
                open_at = i
        elif open_at is not None:  # a closing mark
            regions.append((open_at, i + 1))
            open_at = None
    if open_at is not None:
        regions.append((open_at, end))
    return regions


def inside(regions: Sequence[tuple[int, int]], pos: int) -> bool:
    return any(a < pos < b for a, b in regions)


# --------------------------------------------------------------------------- the extractor


class AttributionFinder:
    """Finds attributions sentence by sentence. ``skip`` holds character ranges (boilerplate) to ignore."""

    def __init__(
        self,
        doc: Doc,
        skip: Sequence[tuple[int, int]] = (),
        lexicon: CueLexicon | None = None,
        *,
        follow_on: bool = False,
        text: str | None = None,
        words: Words | None = None,
    ):
        self.doc = doc
        self.text = doc.text if text is None else text  # Doc.text joins every token: pass it when known
        self.words = Words.of(doc) if words is None else words
        self.skip = sorted(skip)
        self.lex = lexicon or cues()
        self.found: list[Attribution] = []
        self.follow_on = follow_on
        # repairs of a known mis-parse ("deny the accusations but vowed to ..."): verb index -> token
        self._repaired_subject: dict[int, Token] = {}
        # a participle cue that belongs to an outer cue ("dismissed reports that ..., saying ..."): the
        # participle's token -> the outer cue's token, whose content ends before the participle
        self._participle_of: dict[int, int] = {}
        self._repaired_object: dict[int, Token] = {}
        self._line_quotes: dict[int, list[tuple[int, int]] | None] = {}  # line start -> its quotes
        # tokens that can be a verb cue (see _verb_cues): a cue lemma, a verb that denies a claim noun, or
        # a plural noun that may be a present-tense cue ("The report states that ...")
        lex = self.lex
        self._cue_candidates = frozenset(
            i
            for i, (low, lem) in enumerate(zip(self.words.lower, self.words.lemma, strict=True))
            if lex.is_cue_lemma(lem)
            or lem in lex.claim_object_denials
            or lem in lex.phrasal_cues
            or lem in lex.innocence_cues
            or low[:-1] in lex.speech_verbs
        )

    # -- sentences

    def sentences(self) -> list[Span]:
        out = []
        for sent in self.doc.sents:
            start, end = trim(self.text, sent.start_char, sent.end_char)
            if end <= start:
                continue
            if any(a <= start and end <= b for a, b in self.skip):
                continue
            out.append(sent)
        return out

    def run(self) -> list[Attribution]:
        for index, sent in enumerate(self.sentences()):
            before = len(self.found)
            self._according_to(sent, index)
            self._verb_cues(sent, index)
            self._nominal_cues(sent, index)
            self._no_comment(sent, index)
            self._not_commenting(sent, index)
            if len(self.found) == before:
                self._colon_quote(sent, index)
        # a coordinated part whose verb is a cue of its own ('said it had paid and called the notice
        # flawed') is that cue's claim; the first part always stays (a cue inside it is nested)
        cue_verbs = {a.verb for a in self.found if a.verb is not None}
        self.found = [
            a
            for a in self.found
            if a.root is None or a.root not in cue_verbs or "coordinated_head" in a.evidence
        ]
        self._extend_quotes()
        unique: dict[tuple[object, ...], Attribution] = {}
        for a in self.found:  # parts of a quote that grew back to the whole quote are one claim
            unique.setdefault((a.cue, a.source, tuple(a.content)), a)
        self.found = list(unique.values())
        if self.follow_on:
            self._follow_on_quotes()
        self._cut_at_participles()
        self._cut_at_trailing_cues()
        self._nest()
        return self.found

    def _cut_at_participles(self) -> None:
        """An outer cue's content ends before the comma of its own participle cue ("dismissed reports that
        ... [, saying ...]"): what follows is the participle's claim, not part of what was dismissed."""
        for participle, outer in self._participle_of.items():
            comma = self.doc[participle - 1].idx
            for a in self.found:
                if a.verb != outer:
                    continue
                before = [trim(self.text, r.start, min(r.end, comma)) for r in a.content if r.start < comma]
                kept = [TextRange(start, end) for start, end in before if end > start]
                if kept:
                    a.content = kept

    def _cut_at_trailing_cues(self) -> None:
        """Two claims that hold each other's cues ("X found that the plant had failed to test [, according
        to a letter]", the parser hanging the trailing "according to" on the inner verb): the later
        "according to" is the outer claim, so the earlier claim's content ends before it and its source."""
        for outer in self.found:
            if outer.cue is None or outer.cue_kind is not CueKind.ACCORDING_TO:
                continue
            cut = min(outer.cue.start, outer.source.start if outer.source is not None else outer.cue.start)
            for inner in self.found:
                if inner is outer or inner.cue is None or inner.sentence != outer.sentence:
                    continue
                if not (inner.cue.end <= cut and _holds(outer.content, inner.cue)):
                    continue
                if not _holds(inner.content, outer.cue):
                    continue
                before = [trim(self.text, r.start, min(r.end, cut)) for r in inner.content if r.start < cut]
                kept = [TextRange(start, end) for start, end in before if end > start]
                if kept:
                    inner.content = kept

    # -- helpers on the current sentence

    def _add(self, attribution: Attribution) -> None:
        cue, source = attribution.cue, attribution.source
        if cue is not None and source is not None:
            quoted = self._quote_around(cue.start)
            if quoted is not None and quoted[0] <= source.start and source.end <= quoted[1]:
                # '"Clubs have told us they want certainty," she told ...', '"It's according to age
                # groups," said ...': what a cue quoted with its speaker reports stays inside the quote
                clipped = (
                    trim(self.text, max(r.start, quoted[0]), min(r.end, quoted[1]))
                    for r in attribution.content
                )
                attribution.content = [TextRange(a, b) for a, b in clipped]
        attribution.content = [r for r in attribution.content if r.end > r.start]
        if not attribution.content or not self._propositional(attribution):
            return
        for other in self.found:
            if (
                other.cue == attribution.cue
                and other.source == attribution.source
                and (other.start == attribution.start and other.end == attribution.end)
            ):
                return
        self.found.append(attribution)

    def _propositional(self, attribution: Attribution) -> bool:
        """Content that can be checked: a clause with a verb, a quote, or the object of an accusation or
        denial. Fragments left by a mis-parse ("In March", "Hopefully") are not claims, and neither is a
        content that holds its own cue ("Microsoft says on")."""
        cue = attribution.cue
        if cue is not None and any(r.start <= cue.start < r.end for r in attribution.content):
            return False
        if attribution.object is not None or {
            "no_comment",
            "infinitive",
            "plea",
            "predicate",
            "colon_statement",
            "speaker_line",
            "demand",
            "cited_reason",
            "found_object",
            "figure_object",
        } & set(attribution.evidence):
            return True
        if "quote" in attribution.evidence:
            return True
        tokens = [
            t
            for r in attribution.content
            for t in (self.doc.char_span(r.start, r.end, alignment_mode="expand") or [])
        ]
        words = [t for t in tokens if not (t.is_punct or t.is_space)]
        # a clause whose verb the tagger took for a noun: "claimed that its new battery charges ...", "said
        # the firm "categorically rejects" the findings" (a 'that' or a subject of its own shows it)
        inside = {t.i for t in words}
        marked = bool(words) and words[0].lower_ == "that" and words[0].dep_ == "mark"
        subject = any(t.dep_ in {"nsubj", "nsubjpass"} and t.head.i in inside for t in words)
        if len(words) == 2:
            # a clause of a subject and its verb: "said sales fell", "says they lied"; or a verb phrase left
            # out after its auxiliary ("Jeff Flake said he would", "They said she could"), at a sentence end
            ellipsis = words[1].tag_ == "MD" and self.doc[words[1].i + 1 : words[1].i + 2].text in {".", ""}
            return subject and (words[1].pos_ == "VERB" or ellipsis)
        return len(words) >= 3 and (marked or subject or any(t.pos_ in {"VERB", "AUX"} for t in words))

    def _cue_kind(self, verb: Token) -> CueKind:
        lem = lemma(verb)
        if (
            lem in self.lex.belief_verbs or lem in self.lex.that_only_belief
        ) and lem not in self.lex.speech_verbs:
            return CueKind.BELIEF
        return CueKind.SPEECH

    def _sentence_end(self, sent: Span) -> int:
        """Index of the last token of the sentence that is not whitespace."""
        last = sent.end - 1
        while last > sent.start and sent.doc[last].is_space:
            last -= 1
        return last

    # -- according to X

    def _according_to(self, sent: Span, index: int) -> None:
        lower = self.words.lower
        firsts = {phrase[0] for phrase in self.lex.according_to}
        for i in range(sent.start, sent.end):
            if lower[i] not in firsts:
                continue
            for phrase in self.lex.according_to:
                n = len(phrase)
                if i + n > sent.end or lower[i : i + n] != phrase:
                    continue
                self._according_match(sent, index, i, i + n - 1, " ".join(phrase))

    def _cited_reason(self, index: int, cue: Token, lo: int, hi: int) -> None:
        """'Vestra raised its forecast, citing strong demand in Asia': what is cited is no source but the
        reason the subject of the verb gives; that subject's claim."""
        doc = self.doc
        if cue.dep_ != "advcl" or cue.tag_ != "VBG":
            return
        subj = self._repaired_subject.get(cue.head.i) or subject_of(cue.head)
        content = token_range(doc, lo, hi)
        if subj is None or content is None or subj.i > cue.i:
            return
        s_lo, s_hi = noun_phrase(subj, cut=[cue.head])
        self._add(
            Attribution(
                sentence=index,
                content=[content],
                cue=token_range(doc, cue.i, cue.i),
                cue_lemma="cite",
                source=token_range(doc, s_lo, s_hi),
                verb=cue.i,
                source_apposition=apposition(doc, subj),
                evidence=["cited_reason"],
            )
        )

    def _according_match(self, sent: Span, index: int, cue_first: int, cue_last: int, phrase: str) -> None:
        doc = self.doc
        if phrase == "per" and doc[cue_first].pos_ != "ADP":
            return  # "10 per cent", "per capita": a unit, not "per the ministry"
        # the source: the object after the cue words, up to the clause boundary
        src_first = cue_last + 1
        if src_first >= sent.end:
            return
        head = doc[src_first]
        # find the noun the phrase governs: the first token whose head lies before it or is the cue
        candidates = [t for t in doc[src_first : sent.end] if t.dep_ in {"pobj", "dobj", "nsubj", "appos"}]
        obj = candidates[0] if candidates else head
        run = _name_before_clause(doc, src_first, sent.end)
        if run is not None and obj.i > run:
            obj = doc[run]  # "According to Rathbun the property was returned": no comma after the name
        src_lo, src_hi = subtree_bounds(obj)
        src_lo, src_hi = _whole_words(obj, max(src_lo, src_first), src_hi)
        if run is not None and obj.i == run:
            src_lo, src_hi = src_first, run
        src_lo = max(src_lo, src_first)
        # stop the source at a comma that is followed by a clause (the content)
        for t in doc[src_lo : src_hi + 1]:
            if t.text == "," and t.i > obj.i and (t.i + 1 < sent.end and doc[t.i + 1].pos_ != "PROPN"):
                src_hi = t.i - 1
                break
            if t.text == "(" and t.i > obj.i:
                if _bracketed_name(t):
                    src_hi = max(src_hi, t.i + 2)  # "the Office for National Statistics (ONS)"
                    break
                src_hi = t.i - 1  # "Google Analytics (Full data: ...)": a note, not the source's name
                break
        if phrase == "per" and (
            (cue_first > sent.start and doc[cue_first - 1].pos_ in {"NOUN", "NUM", "SYM"})
            or (obj.tag_ == "NN" and not any(c.dep_ in {"det", "poss"} for c in obj.children))
        ):
            return  # "cost per student", "two meetings per month": a rate, not "per the ministry"
        if (
            obj.lower_ in self.lex.according_to_manners or lemma(obj) in self.lex.according_to_manners
        ) and not _seen_by(obj):
            return  # "paid according to state law", "went according to plan": a manner, not a source
        if phrase in self.lex.according_to_loose or phrase in {"citing", "quoting"}:
            ents = {e.start for e in doc.ents if e.label_ in {"PERSON", "ORG", "GPE", "NORP"}}
            kinds = sources()
            src_heads = {lemma(t) for t in doc[src_lo : src_hi + 1]}
            if not (
                any(src_lo <= i <= src_hi for i in ents)
                or src_heads & (kinds.anonymous_heads | kinds.document_heads | set(kinds.descriptor_heads))
            ):
                if phrase == "citing":
                    self._cited_reason(index, doc[cue_first], src_lo, src_hi)
                return
        source = token_range(doc, src_lo, src_hi)
        cue = token_range(doc, cue_first, cue_last)
        if source is None or cue is None:
            return
        sent_first, sent_last = sent.start, self._sentence_end(sent)
        content: list[TextRange] = []
        left = token_range(doc, sent_first, cue_first - 1)
        right = token_range(doc, src_hi + 1, sent_last)
        if phrase in {"citing", "quoting"}:
            # "X reported, citing Y, that ...": the content is what follows
            content = [r for r in (right,) if r]
        else:
            content = [r for r in (left, right) if r]
        if not content:
            return
        self._add(
            Attribution(
                sentence=index,
                content=content,
                cue=cue,
                cue_lemma=phrase,
                cue_kind=CueKind.ACCORDING_TO,
                source=source,
                evidence=["according_to"],
            )
        )

    # -- verb cues

    def _verb_cues(self, sent: Span, index: int) -> None:
        doc = self.doc
        for i in range(sent.start, sent.end):
            if i not in self._cue_candidates:
                continue
            verb = doc[i]
            if _plural_noun_as_verb(verb):
                continue  # "These calls for more troops have come ...": a noun, no demand and no cue
            lem = self.words.lemma[i]
            if lem in self.lex.demand_cues and self._demand(sent, index, verb, lem):
                continue
            if lem in self.lex.phrasal_cues:
                particle = _particle(verb, self.lex.phrasal_cues[lem])
                if particle is None:
                    continue  # "hit", "push" alone are no cue
                lem = f"{lem} {particle.lower_}"
            if self._base_form_as_noun(verb, lem):
                self._mistagged_cue(index, verb, lem, *self._before_that(verb), "clause")
                continue
            if (ranges := self._record_at_end(sent, verb, lem)) is not None:
                self._mistagged_cue(index, verb, lem, *ranges, "trailing")
                continue
            if verb.pos_ == "NOUN" and verb.tag_ == "NNS" and self._verb_like_noun(verb):
                lem = verb.lower_[:-1]  # "The report states that ...": a present-tense cue tagged as a noun
            elif verb.pos_ not in {"VERB", "AUX"} and not (
                verb.pos_ == "NOUN" and (verb.dep_ == "ROOT" or _clausal_relative(verb))
            ):
                continue
            elif verb.pos_ == "NOUN" and lem in self.lex.colon_speech_nouns and _before_colon(verb):
                continue  # "The reply from Harbour Line Ferries: ...": a colon statement (_colon_statement)
            if not self.lex.is_cue_lemma(lem) and not self._denies_a_claim(verb, lem):
                continue
            if (
                verb.dep_ in {"amod", "compound"}
                and not any(c.dep_ == "nsubj" for c in verb.children)
                and _stranded_finite_subject(verb) is None
            ):
                continue  # an adjective ("the alleged bribe"), unless the parser gave it a subject
            self._verb_cue(sent, index, verb, lem)

    def _no_comment(self, sent: Span, index: int) -> None:
        """'The company declined to comment', 'refused to comment on the findings', 'declined to give further
        details': a source answering that it gives no answer, which reporters record as what the source
        said. The cue is the refusal ('declined to'), the content what it would not do ('comment on the
        findings'); the label is a statement (``CueLexicon.no_comment_cues``)."""
        for verb in sent:
            if verb.lemma_.lower() not in self.lex.refusing_verbs or verb.pos_ not in {"VERB", "AUX"}:
                continue
            done = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i), None)
            if done is None or not _no_comment_act(done, self.lex):
                continue
            subj = subject_of(verb)
            if subj is None or subj.pos_ not in {"NOUN", "PROPN", "PRON"}:
                continue  # (whoever declines to comment could have spoken: "the builder", "Police")
            to = next((c for c in done.children if c.dep_ == "aux" and c.lower_ == "to"), None)
            lo, hi = subtree_bounds(done)
            self._add_silence(
                index,
                verb,
                subj,
                content=token_range(self.doc, max(lo, done.i), hi),
                cue=(verb.i, to.i if to is not None else verb.i),
                cue_lemma=f"{verb.lemma_.lower()} to comment",
                negated=is_negated(verb),
            )

    def _not_commenting(self, sent: Span, index: int) -> None:
        """'The school did not comment on the plans', 'Stenn did not respond to a request for comment', 'could
        not be reached for comment', 'did not return calls': the same silence as 'declined to comment', told
        with a negated verb (``CueLexicon.unanswering_verbs``). The cue is the negated verb ('did not
        respond'), the content what was not done."""
        for verb in sent:
            lem = verb.lemma_.lower()
            if lem not in self.lex.unanswering_verbs or verb.pos_ != "VERB":
                continue
            main = verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")
            if not main or self._in_quote(TextRange(verb.idx, verb.idx + len(verb.text))):
                # '"We do not comment on such fantasies," the ministry said', 'said her office does not
                # comment on ...': the words of another claim
                continue
            negation = [c for c in verb.children if c.dep_ == "neg" or c.lower_ in {"not", "n't", "never"}]
            if not negation or any(c.dep_ in {"xcomp", "ccomp"} for c in verb.children):
                continue
            after = [t for t in verb.subtree if t.i > verb.i]
            if lem != "comment" and not any(t.lemma_.lower() in self.lex.unanswered_objects for t in after):
                continue  # "did not respond to the ruling": not a silence towards the press
            subj = subject_of(verb)
            if subj is None or subj.pos_ not in {"NOUN", "PROPN", "PRON"} or subj.i > verb.i:
                continue
            if subj.lower_ in {"i", "we", "you"}:
                continue  # "I cannot comment directly on ...": the speaker's own words in an interview
            first = min(c.i for c in (*negation, *(c for c in verb.children if c.dep_ in {"aux", "auxpass"})))
            self._add_silence(
                index,
                verb,
                subj,
                content=token_range(self.doc, verb.i, verb.right_edge.i),
                cue=(first, verb.i),
                cue_lemma=NOT_COMMENTING,
            )

    def _add_silence(
        self,
        index: int,
        verb: Token,
        subj: Token,
        *,
        content: TextRange | None,
        cue: tuple[int, int],
        cue_lemma: str,
        negated: bool = False,
    ) -> None:
        """Add a no-comment claim (:meth:`_no_comment`, :meth:`_not_commenting`): the source is the noun
        phrase of ``subj``; the cue (first and last token) starts after a source before it."""
        s_lo, s_hi = noun_phrase(subj, cut=[verb])
        source = token_range(self.doc, s_lo, s_hi)
        if source is None or content is None or s_lo <= verb.i <= s_hi:
            return
        self._add(
            Attribution(
                sentence=index,
                content=[content],
                cue=token_range(self.doc, max(cue[0], s_hi + 1) if s_lo < cue[1] else cue[0], cue[1]),
                cue_lemma=cue_lemma,
                source=source,
                verb=verb.i,
                negated=negated,
                source_apposition=apposition(self.doc, subj),
                evidence=["no_comment"],
            )
        )

    def _demand(self, sent: Span, index: int, verb: Token, lem: str) -> bool:
        """'The union called for an inquiry', 'called on the minister to resign': a demand, the cue the verb
        with the preposition right after it, the content what is demanded. Whether it was added."""
        doc = self.doc
        after = verb.i + 1
        if after >= sent.end or self.words.lower[after] not in self.lex.demand_cues[lem]:
            return False
        if verb.pos_ not in {"VERB", "AUX"} or is_negated(verb):
            return False
        right = [c for c in verb.children if c.i > after and c.dep_ not in {"conj", "cc", "punct"}]
        right += [c for c in verb.children if c.i == after]
        last = max((t.i for c in right for t in c.subtree), default=after)
        while last > after and doc[last].is_punct:
            last -= 1
        content = token_range(doc, after + 1, last)
        subj = self._repaired_subject.get(verb.i) or subject_of(verb)
        if subj is not None and verb.dep_ == "relcl" and subj.lower_ in RELATIVE_PRONOUNS:
            subj = verb.head  # "those who called for the roadblocks": those, not "who"
        if content is None or subj is None:
            return False
        s_lo, s_hi = noun_phrase(subj, cut=[verb])
        if s_lo <= verb.i <= s_hi or s_lo > verb.i:
            return False
        self._add(
            Attribution(
                sentence=index,
                content=[content],
                cue=token_range(doc, verb.i, after),
                cue_lemma=f"{lem} {self.words.lower[after]}",
                source=token_range(doc, s_lo, s_hi),
                verb=verb.i,
                hypothetical=is_hypothetical(verb),
                source_apposition=apposition(doc, subj),
                evidence=["demand"],
            )
        )
        return True

    def _nominal_cues(self, sent: Span, index: int) -> None:
        """'the accusation by X that ...', 'X's claim that ...', 'over allegations that ...': a claim noun
        with a that-clause. The source is the possessor or the 'by' phrase, or none (an agentless
        allegation); the cue is the noun, its lemma mapped to the verb it names for the label."""
        doc = self.doc
        for i in range(sent.start, sent.end):
            if self.words.lemma[i] in self.lex.infinitive_nouns and doc[i].pos_ == "NOUN":
                self._intention_noun(index, doc[i])
            if self.words.lemma[i] not in self.lex.claim_nouns:
                continue
            noun = doc[i]
            if noun.pos_ != "NOUN":
                continue
            clause = next(
                (
                    c
                    for c in noun.children
                    if c.dep_ in {"acl", "ccomp", "relcl"}
                    and c.i > noun.i
                    and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                ),
                None,
            )
            by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"by", "from"}), None)
            if clause is None:
                clause, by = _hung_on_verb(noun)
            if clause is None or any(a.cue is not None and a.cue.start == noun.idx for a in self.found):
                continue
            source = self._noun_speaker(noun, by)
            lo, hi = subtree_bounds(clause)
            content = token_range(doc, max(lo, noun.i + 1), min(hi, self._sentence_end(sent)))
            if content is None or (
                source is None
                and any(r.start <= content.start < r.end for a in self.found for r in a.content)
            ):
                # "told LA Weekly in a statement that ...": already the verb's claim; but "rejected claims
                # by a losing candidate that ..." is also the candidate's claim, inside the denial
                continue
            self._add_nominal(index, noun, content, source, ["nominal"])

    def _noun_speaker(self, noun: Token, by: Token | None) -> TextRange | None:
        """Who made the claim a noun names: its possessor ("Trump's claim": "Trump", not a pronoun) or the
        object of its 'by' phrase."""
        doc = self.doc
        speaker = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"), None) or next(
            (g for g in (by.children if by is not None else ()) if g.dep_ == "pobj"), None
        )
        if speaker is None:
            return None
        s_lo, s_hi = noun_phrase(speaker)
        while s_hi > s_lo and doc[s_hi].dep_ == "case":
            s_hi -= 1  # "Trump's claim": the source is "Trump"
        return token_range(doc, s_lo, s_hi)

    def _add_nominal(
        self, index: int, noun: Token, content: TextRange, source: TextRange | None, evidence: list[str]
    ) -> None:
        """Add the claim a noun cue makes, its lemma mapped to the verb it names for the label."""
        self._add(
            Attribution(
                sentence=index,
                content=[content],
                cue=TextRange(noun.idx, noun.idx + len(noun.text)),
                cue_lemma=NOMINAL_CUE_LEMMAS.get(noun.lemma_.lower(), noun.lemma_.lower()),
                cue_kind=CueKind.SPEECH,
                source=source,
                evidence=evidence,
            )
        )

    def _intention_noun(self, index: int, noun: Token) -> None:
        """'Mr. Obama's original pledge to remove all troops', 'a call by the union to strike': a speech-act
        noun with an infinitive, said by its possessor or by the 'by' phrase (never by no one: "a call to
        arms", "the threat to jobs")."""
        doc = self.doc
        infinitive = next(
            (
                c
                for c in noun.children
                if c.dep_ in {"acl", "relcl"}
                and c.i > noun.i
                and c.tag_ == "VB"
                and any(a.dep_ == "aux" and a.lower_ == "to" and a.i < c.i for a in c.children)
            ),
            None,
        )
        if infinitive is None or any(a.cue is not None and a.cue.start == noun.idx for a in self.found):
            return
        by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        source = self._noun_speaker(noun, by)
        content = token_range(doc, *subtree_bounds(infinitive))
        if source is not None and content is not None:
            self._add_nominal(index, noun, content, source, ["nominal", "infinitive"])

    def _denies_a_claim(self, verb: Token, lem: str) -> bool:
        """'will challenge the charge', 'would defend the charges', 'brushed off the criticism', 'hit back
        at the claims': these verbs deny only a claim noun."""
        if lem not in self.lex.claim_object_denials and " " not in lem and lem not in self.lex.innocence_cues:
            return False
        return any(self._deniable(lem, o) for o in self._denied_objects(verb, lem))

    def _deniable(self, lem: str, obj: Token) -> bool:
        """A claim noun ('the charges'), or 'innocence' after a verb that asserts it ('maintained his
        innocence')."""
        head = obj.lemma_.lower()
        if lem in self.lex.innocence_cues:
            return head == "innocence"
        if " " in lem and lem not in labels().denial_cues:
            return obj.pos_ in {"NOUN", "PROPN", "PRON"}  # 'lashed out at the ministry': a party
        return head in self.lex.claim_nouns

    def _denied_objects(self, verb: Token, lem: str) -> list[Token]:
        """The direct (or passive) object of a denial verb and, for a phrasal cue, the object of 'at',
        'against', 'on' or 'over' after it or after its particle ('hit back at [the claims]', 'pointed
        the finger at [the ministry]'); never the particle itself."""
        objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
        if " " not in lem:
            return objects
        particle = _particle(verb, self.lex.phrasal_cues.get(lem.split()[0], frozenset()))
        objects = [o for o in objects if particle is None or o.i != particle.i]
        # "brushed off the criticism" is often parsed with "off" as a preposition
        if particle is not None and particle.dep_ == "prep":
            objects += [g for g in particle.children if g.dep_ == "pobj"]
        heads = [verb, *([particle] if particle is not None else [])]
        objects += [
            g
            for h in heads
            for c in h.children
            if c.dep_ == "prep" and c.lower_ in {"at", "against", "on", "over"} and c.i > verb.i
            for g in c.children
            if g.dep_ == "pobj"
        ]
        return objects

    def _base_form_as_noun(self, token: Token, lem: str) -> bool:
        """'Prosecutors in Veyra [allege] that a bar manager sold ...', 'the siblings [allege] that ...': a
        present-tense cue in its base form, tagged as a noun after a plural or a name, directly before
        'that' and the clause it opens. Cue words that are also claim nouns ('the police report that ...')
        are left as nouns."""
        doc = self.doc
        if (
            token.pos_ not in {"NOUN", "PROPN"}
            or token.lower_ != lem
            or lem in self.lex.claim_nouns
            or lem in self.lex.nominal_cues
            or not 0 < token.i < len(doc) - 1
        ):
            return False
        before, that = doc[token.i - 1], doc[token.i + 1]
        clause = that.head
        return (
            before.tag_ in {"NNS", "NNPS", "NNP"}
            and that.lower_ == "that"
            and that.dep_ == "mark"
            and clause.i > that.i
            and clause.pos_ in {"VERB", "AUX"}
            and any(c.dep_ in SUBJECT_DEPS for c in clause.children)
        )

    def _before_that(self, token: Token) -> tuple[TextRange | None, TextRange | None]:
        """The source and the content of a cue found by _base_form_as_noun. Its subject is the noun phrase
        before it, which the parser hung on the cue ('the siblings') or, through a preposition, took for the
        head of the sentence ('[Prosecutors] in Veyra'); its content runs from 'that' to the clause's end."""
        doc = self.doc
        inner = [c.left_edge.i for c in token.children if c.i < token.i and c.dep_ in NP_INNER]
        lo = min(inner, default=token.i - 1)
        node = token
        while node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head.pos_ in {"NOUN", "PROPN"}:
            node = node.head.head
            lo = min(lo, node.i)
        that = doc[token.i + 1]
        hi = min(that.head.right_edge.i, self._sentence_end(token.sent))
        return token_range(doc, lo, token.i - 1), token_range(doc, that.i, hi)

    def _record_at_end(self, sent: Span, token: Token, lem: str) -> tuple[TextRange, TextRange] | None:
        """'..., records obtained by the Ledger [show].', '..., figures from the statistics office [show].': a
        record verb closing the sentence, tagged as a noun inside the record's noun phrase. The source is
        that phrase, after the comma; the content, all before the comma."""
        doc = self.doc
        if (
            lem not in self.lex.record_verbs
            or token.pos_ not in {"NOUN", "PROPN"}
            or token.lower_ not in {lem, f"{lem}s"}
            or any(not (t.is_punct or t.is_space) for t in doc[token.i + 1 : sent.end])
        ):
            return None
        comma = next((t.i for t in reversed(doc[sent.start : token.i]) if t.text == ","), None)
        if comma is None or comma <= sent.start + 2:
            return None
        phrase = doc[comma + 1 : token.i]
        heads = self.lex.record_heads | sources().document_heads
        if (
            phrase[0].pos_ not in NOUN_PHRASE_POS  # not "..., far more often than state records show"
            or any(t.tag_ in {"VBD", "VBZ", "VBP"} or t.lower_ in {"than", "as"} for t in phrase)
            or not any(t.pos_ == "NOUN" and lemma(t) in heads for t in phrase)
        ):
            return None
        source, content = token_range(doc, comma + 1, token.i - 1), token_range(doc, sent.start, comma - 1)
        return (source, content) if source is not None and content is not None else None

    def _mistagged_cue(
        self,
        index: int,
        token: Token,
        lem: str,
        source: TextRange | None,
        content: TextRange | None,
        form: str,
    ) -> None:
        """The claim of a cue the tagger took for a noun (_base_form_as_noun, _record_at_end)."""
        if content is None:
            return
        self._add(
            Attribution(
                sentence=index,
                content=[content],
                cue=token_range(self.doc, token.i, token.i),
                cue_lemma=lem,
                cue_kind=self._cue_kind(token),
                source=source,
                verb=token.i,
                evidence=[form],
            )
        )

    def _verb_like_noun(self, token: Token) -> bool:
        """A plural noun that is really a present-tense reporting verb: 'states', 'notes', 'claims', 'says'
        directly after a noun phrase and directly before 'that' or a clause the parser hung on it."""
        base = token.lower_[:-1]
        if base not in self.lex.speech_verbs or token.i + 1 >= len(self.doc) or token.i == 0:
            return False
        before, after = self.doc[token.i - 1], self.doc[token.i + 1]
        return (
            before.pos_ in {"NOUN", "PROPN"}
            and after.lower_ == "that"
            and any(c.dep_ in {"ccomp", "acl", "relcl"} for c in token.children)
        )

    def _verb_cue(self, sent: Span, index: int, verb: Token, lem: str) -> None:
        doc = self.doc
        sent_last = self._sentence_end(sent)
        kind = self._cue_kind(verb)
        if self._trailing_as_modifier(sent, verb, lem, index) or self._leading_as_modifier(verb, lem, index):
            return
        if not self._plausible_cue(sent, verb):
            return
        relative_cue = self._relative_cue(sent, verb)
        if relative_cue is not None:
            self._relative_attribution(index, verb, lem, kind, *relative_cue)
            return

        # "pleaded not guilty to charges that ...": a plea, whatever clause the charges hold
        clause = (
            None if lem in self.lex.predicate_only or lem == "plead" else self._clause_complement(verb, sent)
        )
        subj = self._repaired_subject.get(verb.i) or self._outer_subject(verb)
        trailing: Token | None = None
        if subj is None and clause is None and _trailing_conjunct(verb):
            trailing, clause = self._closing_speaker(sent, verb)
        # "prompting [its director] to accuse them of ...": the object acts
        subj = subj or trailing or _object_control(verb) or subject_of(verb) or _appositive_subject(verb)
        if subj is None:
            trailing = _trailing_appositive_subject(verb, lem in self.lex.addressee_verbs)
        if subj is None and trailing is None:
            subj = self._speaker_of_the_cue_before(verb)
        subj = subj or trailing or (verb.head if self._appositive_gap(verb) is not None else None)
        if subj is not None and subj.dep_ == "nsubjpass" and subj.head.i == verb.i and lem != "quote":
            # "it was reported that ...", "the senator was accused of ...": the passive subject is what is
            # reported or who is accused, not who speaks (that is the 'by' phrase, if any)
            subj = None
        content: list[TextRange] = []
        obj: TextRange | None = None
        pred: TextRange | None = None
        evidence: list[str] = []
        cue_last = verb.i
        for child in verb.children:
            if child.dep_ == "prt" and child.i == verb.i + 1:
                cue_last = child.i  # "point out"
        if " " in lem:  # a phrasal denial: "brushed [off]", "hit [back]"
            particle = _particle(verb, self.lex.phrasal_cues.get(lem.split()[0], frozenset()))
            if particle is not None and particle.i > verb.i:
                cue_last = particle.i
        if clause is not None:
            c_lo, c_hi = clause
            if c_lo > verb.i:
                c_hi = self._extend_right(verb, c_lo, c_hi, sent_last)
            content = [r for r in (token_range(doc, c_lo, c_hi),) if r]
            evidence.append("clause")
            # an addressee between cue and clause ("told Blinken in Munich that ...")
            for child in verb.children:
                if child.dep_ in {"dobj", "dative"} and verb.i < child.i < c_lo:
                    obj = token_range(
                        doc,
                        *subtree_bounds(
                            child, exclude=[t for t in child.children if t.dep_ in {"acl", "relcl"}]
                        ),
                    )
        elif (gap := self._object_gap(verb, lem)) is not None:
            content, obj = [gap], gap
            evidence.append("object")
        elif (reported := self._reported_object(verb, lem, sent_last)) is not None:
            content = [reported[0]]
            evidence.append(reported[1])
        elif lem in self.lex.predicate_only:
            found = self._predicate_cue(verb)
            if found is None:
                return
            content, obj, pred = found
            evidence.append("predicate")
        else:
            content, obj, pred, ev = self._non_clausal(sent, verb, lem, sent_last)
            evidence.extend(ev)
        if not content and (quoted := self._quote_after_colon(verb, sent_last)) is not None:
            content = [quoted]
            evidence.append("quote")
        if not content and lem in ADMITTING and (act := self._admitted_act(verb)) is not None:
            content = [act]
            evidence.append("object")
        if not content:
            return
        source: TextRange | None = None
        appos: TextRange | None = None
        relative: TextRange | None = None
        if (
            subj is not None
            and subj.lower_ in {"which", "who", "that"}
            and verb.dep_ == "relcl"
            and verb.head.pos_ in {"NOUN", "PROPN"}
        ):
            relative = token_range(doc, subj.i, subj.i)
            subj = verb.head  # "14 counties, which allege that ...": the antecedent speaks
        charge = _charge_on_agent(verb, subj)
        issuer = None
        if subj is not None and _issued_document(verb, subj):
            # "Blackridge published [a report] claiming ...": the report speaks, for whoever issued it
            issuer, subj = subj, verb.head
        if subj is not None:
            s_lo, s_hi = noun_phrase(subj, cut=[verb, *([charge] if charge is not None else [])])
            if s_lo <= verb.i <= s_hi:
                return
            source = token_range(doc, s_lo, s_hi)
            appos = apposition(doc, subj) if issuer is None else token_range(doc, *noun_phrase(issuer))
            if trailing is not None:  # the content ends before its speaker
                comma = doc[s_lo].idx
                content = [
                    TextRange(*trim(self.text, r.start, min(r.end, comma)))
                    for r in content
                    if r.start < comma
                ]
            if source is not None and any(r.start <= source.start < r.end for r in content):
                # the subject sits inside the content: a mis-parse, keep the cue without a source
                source = None
        elif verb.dep_ == "relcl" and verb.head.pos_ in {"NOUN", "PROPN"}:
            appos = None
            s_lo, s_hi = noun_phrase(verb.head, cut=[verb])
            source = token_range(doc, s_lo, verb.head.i)
        if source is None and kind is CueKind.BELIEF:
            return
        # '"I was tested eleven times," said Marek Holloway, the former winner, "and not one ...": the
        # second half of the quote follows the speaker's apposition
        speaker = source
        if source is not None and source.start > verb.idx:
            speaker = source_phrase(doc, source, sent.end_char)
        content = self._split_quote(sent, verb, speaker, content)
        if (
            source is None
            and subj is None
            and verb.dep_ not in {"ROOT", "ccomp", "parataxis"}
            and not any(c.dep_ == "nsubjpass" or c.dep_ == "auxpass" for c in verb.children)
        ):
            return
        parts = (
            self._coordinated_parts(content)
            if "clause" in evidence and len(content) == 1 and not self._in_quote(content[0])
            else [(content, None)]
        )
        for part, root in parts:
            self._add(
                Attribution(
                    sentence=index,
                    content=part,
                    cue=token_range(doc, verb.i, cue_last),
                    cue_lemma=lem,
                    cue_kind=kind,
                    source=source,
                    verb=verb.i,
                    negated=is_negated(verb),
                    hypothetical=is_hypothetical(verb),
                    object=obj,
                    predicate_object=pred,
                    source_apposition=appos,
                    relative_pronoun=relative if source is not None else None,
                    evidence=evidence
                    + (["coordinated"] if len(parts) > 1 else [])
                    + (["coordinated_head"] if root == -1 else []),
                    root=None if root == -1 else root,
                )
            )

    def _closing_speaker(self, sent: Span, verb: Token) -> tuple[Token | None, tuple[int, int] | None]:
        """The speaker and the content bounds of a cue closing the sentence that the parser made a second
        predicate of the sentence's verb or a relative clause (_trailing_conjunct): the speaker before the
        cue, not the subject it would share with the sentence's verb; the content, all before the speaker
        (cut at the speaker's comma by the caller). None, None when neither reading holds."""
        doc = self.doc
        trailing = _trailing_appositive_subject(verb, lemma(verb) in self.lex.addressee_verbs)
        if trailing is not None:
            return trailing, (sent.start, verb.i - 1)
        own = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if own is not None and own.left_edge.i > sent.start + 1 and doc[own.left_edge.i - 1].text == ",":
            # "The ferry left port ..., the harbour master told a briefing": the speaker parsed as its own,
            # the content as the clause it was coordinated with
            return None, (sent.start, own.left_edge.i - 2)
        return None, None

    def _speaker_of_the_cue_before(self, verb: Token) -> Token | None:
        """'..., the director told a briefing, [adding] that ...': a participle after a closing cue speaks
        for that cue's speaker."""
        head = verb.head
        if verb.dep_ != "advcl" or verb.tag_ != "VBG" or head.i > verb.i:
            return None
        return _trailing_appositive_subject(head, lemma(head) in self.lex.addressee_verbs)

    def _sentence_quotes(self, sent: Span) -> list[tuple[int, int]]:
        """The quoted regions of ``sent``, read from its whole paragraph and cut to the sentence: the
        closing mark of a quote that opened a sentence earlier ('"... I tried. He's a hard guy to
        predict," Reid said') closes it, it opens nothing. A paragraph whose last quote is never closed
        is read sentence by sentence, so a stray mark does not run on over the sentences after it."""
        start, end = sent.start_char, sent.end_char
        paragraph = self._paragraph_quotes(start)
        if paragraph is None:
            return quote_regions(self.text, start, end)
        return [(max(a, start), min(b, end)) for a, b in paragraph if a < end and b > start]

    def _quote_around(self, pos: int) -> tuple[int, int] | None:
        """The quote of the paragraph that holds character ``pos``, or None."""
        return next(((a, b) for a, b in self._paragraph_quotes(pos) or () if a < pos < b), None)

    def _paragraph_quotes(self, pos: int) -> list[tuple[int, int]] | None:
        """The quoted regions of the paragraph (line) around ``pos``; None when its last quote is never
        closed (a stray mark, or a quote running on into the next paragraph)."""
        line_start = self.text.rfind("\n", 0, pos) + 1
        if line_start not in self._line_quotes:
            line_end = self.text.find("\n", line_start)
            line_end = len(self.text) if line_end < 0 else line_end
            regions: list[tuple[int, int]] | None = quote_regions(self.text, line_start, line_end)
            if regions and _QUOTE_MARK.fullmatch(self.text[regions[-1][1] - 1]) is None:
                regions = None
            self._line_quotes[line_start] = regions
        return self._line_quotes[line_start]

    def _quoted_together(self, first: Token, conj: Token) -> bool:
        """Whether two coordinated verbs, with everything between them and the second's words, lie in one
        direct quote."""
        last = self.doc[conj.right_edge.i]
        return self._in_quote(TextRange(first.idx, last.idx + len(last.text)))

    def _in_quote(self, r: TextRange) -> bool:
        """Whether a span lies in a direct quote (a quote is one claim, whatever it coordinates)."""
        line_start = self.text.rfind("\n", 0, r.start) + 1
        line_end = self.text.find("\n", r.end)
        regions = quote_regions(self.text, line_start, len(self.text) if line_end < 0 else line_end)
        return any(a <= r.start and r.end <= b for a, b in regions)

    def _coordinated_parts(self, content: list[TextRange]) -> list[tuple[list[TextRange], int | None]]:
        """'said it had paid all taxes and would appeal': one claim per coordinated clause or predicate,
        so each gets its own label. A part whose verb turns out to be a cue of its own ('... and called
        the notice flawed') is dropped later, when that cue has made its own claim (see :meth:`run`)."""
        doc = self.doc
        whole: list[tuple[list[TextRange], int | None]] = [(content, None)]
        span = doc.char_span(content[0].start, content[0].end, alignment_mode="expand")
        if span is None:
            return whole
        inside = {t.i for t in span}
        root = next((t for t in span if t.head.i not in inside or t.head.i == t.i), None)
        if root is None:
            return whole
        conjuncts = [
            c
            for c in root.children
            if c.dep_ == "conj"
            and c.pos_ in {"VERB", "AUX"}
            and c.i in inside
            # a part too short to be a claim stays with the first ("had read the script and [copied it]")
            and sum(not (t.is_punct or t.is_space) for t in c.subtree) >= 3
            # within one quote, what the speaker said is one claim ('"... her health and it is asserted ..."')
            and not self._quoted_together(root, c)
        ]
        if not conjuncts:
            return whole
        cut: set[int] = set()
        pieces: list[tuple[list[TextRange], int | None]] = []
        for conj in conjuncts:
            lo, hi = subtree_bounds(conj)
            cut.update(range(lo, hi + 1))
            cut.update(c.i for c in root.children if c.dep_ == "cc" and c.i < lo)
            piece = token_range(doc, lo, hi)
            if piece is not None:
                pieces.append(([piece], conj.i))
        first = sorted(i for i in inside if i not in cut)
        if not first:
            return whole
        limit = min(min(subtree_bounds(c)[0] for c in conjuncts) - 1, first[-1])
        while limit > first[0] and (doc[limit].dep_ == "cc" or doc[limit].is_punct or doc[limit].is_space):
            limit -= 1  # not the "and" that joins the parts
        head = token_range(doc, first[0], limit)
        return [([head], -1), *pieces] if head is not None else whole

    def _relative_attribution(
        self,
        index: int,
        verb: Token,
        lem: str,
        kind: CueKind,
        antecedent: tuple[int, int],
        rest: tuple[int, int],
        subj: Token,
    ) -> None:
        """'companies that the U.S. said have been aiding ...': the content is the antecedent and the rest
        of the relative clause (two fragments); the antecedent is the claim's subject."""
        doc = self.doc
        s_lo, s_hi = noun_phrase(subj, cut=[verb])
        content = [r for r in (token_range(doc, *antecedent), token_range(doc, *rest)) if r]
        self._add(
            Attribution(
                sentence=index,
                content=content,
                cue=token_range(doc, verb.i, verb.i),
                cue_lemma=lem,
                cue_kind=kind,
                source=token_range(doc, s_lo, s_hi),
                verb=verb.i,
                negated=is_negated(verb),
                hypothetical=is_hypothetical(verb),
                antecedent=token_range(doc, *antecedent),
                evidence=["relative_clause"],
            )
        )

    def _plausible_cue(self, sent: Span, verb: Token) -> bool:
        """Rule out uses of cue verbs that report no claim: imperatives ("Tell me ..."), questions to the
        interviewer ("Do you believe ...?"), discourse markers ("That said, ...", "you know")."""
        subj = self._repaired_subject.get(verb.i) or subject_of(verb)
        first = next((t for t in sent if not (t.is_punct or t.is_space)), None)
        if (
            subj is None
            and verb.tag_ == "VB"
            and ((first is not None and first.i == verb.i) or (verb.dep_ == "ROOT" and verb.i == sent.start))
        ):
            return False
        if (
            subj is not None
            and subj.lower_ in {"that", "this"}
            and not list(subj.children)
            and subj.i < verb.i
            and verb.dep_ != "relcl"  # "a lawsuit that had accused the company of ...": a relative pronoun
        ):
            return False
        if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children) and any(
            c.dep_ in {"dobj", "dative"} for c in verb.children
        ):
            return False  # "the team was denied visas", "she was told the news": no one's claim
        if _object_control(verb) is not None and lemma(verb.head) not in IMPLICATIVE:
            return False  # "paid popular streamers to praise its shooter": what others were to say, unsaid
        if (
            any(c.dep_ == "auxpass" for c in verb.children)
            and any(c.dep_ in {"oprd", "acomp"} for c in verb.children)
            and not any(c.dep_ == "agent" for c in verb.children)
        ):
            return False  # "they should be declared not guilty", "was declared dead": a status, no report
        if (
            subj is None
            and lemma(verb) == "say"
            and verb.tag_ in {"VB", "VBP"}
            and verb.i + 1 < sent.end
            and verb.nbor(1).pos_ == "ADP"
        ):
            return False  # "is the problem national, say between neighbours": 'say' as 'for instance'
        formula = self.lex.formula_objects
        if lemma(verb) == "say" and any(
            c.dep_ in {"dobj", "intj", "npadvmod"} and c.lower_ in formula for c in verb.children
        ):
            return False  # "it's time to say goodbye": a formula, not a report
        if lemma(verb) == "charge" and self._billing(verb):
            return False
        if lemma(verb) == "dismiss" and self._fired(verb):
            return False
        if (
            verb.dep_ == "ccomp"
            and verb.tag_ == "VBZ"
            and _plural_claim_noun(verb.lower_, self.lex.claim_nouns)
            and lemma(verb.head) in self.lex.predicate_only
        ):
            return False  # 'called the fraud [claims] "pure invention"': the object, read as a verb
        head = verb.head
        if (
            verb.dep_ in {"xcomp", "advcl"}
            and verb.tag_ == "VB"
            and head.lemma_ == "be"
            and any(c.dep_ in {"acomp", "attr"} for c in head.children)
            and any(c.dep_ in {"nsubj", "expl"} and c.lower_ == "it" for c in head.children)
        ):
            return False  # "it is fair/wrong to say ...", "it would be a mistake to claim": no one says
        if (
            verb.dep_ in {"xcomp", "advcl", "acl", "relcl"}
            and verb.tag_ == "VB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and head.pos_ in {"ADJ", "ADV", "NOUN"}
            and head.dep_ in {"acomp", "advmod", "attr"}
            and head.head.lemma_ == "be"
            and any(c.dep_ in {"nsubj", "expl"} and c.lower_ == "it" for c in head.head.children)
        ):
            return False  # "It is too soon to say ...", "it would be a mistake to claim ...": no one says
        if (
            verb.tag_ == "VBN"
            and verb.dep_ in {"advcl", "acl"}
            and not any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in verb.children)
            # "an officer accused by students of harassment": a reduced relative with its speaker
            and not (verb.dep_ == "acl" and any(c.dep_ == "agent" for c in verb.children))
            # "Threadwatch, a rights group, alleged in a report that ...": the sentence's own verb
            and not (verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and _that_clause(verb))
            # "a charge the campaign chief called 'pure invention'": the speaker's verb, hung on the speaker
            and self._appositive_gap(verb) is None
            # "..., a Channel 4 investigation found.": the cue closing the sentence, hung on its speaker
            and not _trailing_conjunct(verb)
        ):
            return False  # "Asked whether ..., she said": she was asked, the question is not her claim
        if (
            any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and verb.dep_ in {"xcomp", "ccomp", "oprd"}
            and lemma(verb.head) in self.lex.requesting_verbs
        ):
            return False  # "urged the minister to confirm that ...": a speech act asked for, not made
        unsaid = subj is None or self._in_quote(TextRange(subj.idx, subj.idx + 1))
        asked = any(c.dep_ == "dobj" and c.tag_ == "WP" for c in verb.children)  # "What would it reveal?"
        if (unsaid or asked) and sent.text.rstrip().rstrip("\"'”’").endswith("?"):
            return False  # 'What would a question like "..." reveal to you?': a question, no one's claim
        if (
            verb.tag_ == "VBN"
            and any(c.dep_ == "neg" for c in verb.children)
            and not any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass", "agent"} for c in verb.children)
        ):
            return False  # 'not mentioned on the "Countdown" site are ...': nothing said, by no one
        if (
            verb.tag_ == "VB"
            and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and _infinitive_as_subject(verb)
        ):
            return False  # "to say it was unexpected is inaccurate": saying as a subject, no one says
        if (
            subj is not None
            and subj.lower_ in {"i", "we"}
            and self._in_quote(TextRange(verb.idx, verb.idx + 1))
        ):
            return False  # '"We urge the governments to ...," he said': the speaker's own act, in the quote
        question = self.text[sent.start_char : sent.end_char].rstrip().endswith("?")
        return not (question and subj is not None and subj.lower_ == "you")

    def _fired(self, verb: Token) -> bool:
        """'Shore had been dismissed without due process', 'the firm dismissed 38 guards': dismiss meaning
        sack a person, not reject a claim."""
        people = [c for c in verb.children if c.dep_ in {"nsubjpass", "dobj"}]
        return any(
            (c.pos_ == "PRON" and c.lower_ not in {"it", "this", "that", "which", "what"})
            or c.ent_type_ == "PERSON"
            or c.lemma_.lower() in sources().person_descriptors
            or bool({c.lemma_.lower(), c.lower_} & self.lex.staff_nouns)  # "cleaner", not "clean"
            for c in people
        )

    def _billing(self, verb: Token) -> bool:
        """'charged customers a premium', 'charged overdraft fees to 80,000 customers', 'charged them for
        lessons', 'kept charging members': charge meaning bill, not accuse ('charged him with fraud', 'was
        charged after a crash')."""
        children = list(verb.children)
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in children)
        if passive or any(c.dep_ == "prep" and c.lower_ == "with" for c in children):
            return False
        billed = [c for c in children if c.dep_ == "dobj"]
        # "charged customers 11 percent more than the displayed price": a price, not a charge
        priced = any(
            c.lower_ in {"more", "less", "extra"} or c.ent_type_ in {"MONEY", "PERCENT"} for c in children
        )
        # "charged them for lessons he never gave", "kept charging members after they cancelled": what is
        # billed for, or a charge kept up
        billed_for = any(c.dep_ == "prep" and c.lower_ == "for" for c in children)
        kept_up = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in {"keep", "continue"}
        return (
            priced
            or billed_for
            or kept_up
            or any(c.dep_ == "dative" for c in children)
            or any(
                c.lemma_.lower() in self.lex.billing_objects or any(t.ent_type_ == "MONEY" for t in c.subtree)
                for c in billed
            )
        )

    def _split_quote(
        self, sent: Span, verb: Token, source: TextRange | None, content: list[TextRange]
    ) -> list[TextRange]:
        """'"A," she said, "B."': a cue between two quotes of one sentence takes both as its content."""
        regions = self._sentence_quotes(sent)
        if len(regions) < 2:
            return content
        zone_start = min(verb.idx, source.start if source else verb.idx)
        zone_end = max(verb.idx + len(verb.text), source.end if source else 0)
        before = [r for r in regions if r[1] <= zone_start and not self.text[r[1] : zone_start].strip(" ,")]
        after = [r for r in regions if r[0] >= zone_end and not self.text[zone_end : r[0]].strip(" ,")]
        if not before or not after:
            return content
        if self.text[sent.start_char : before[-1][0]].strip(" \n\t-—–"):
            # 'The document "must be completed in English", the government recommending "online tools"':
            # a quote that does not open the sentence is a phrase of it, not the first half of a split quote
            return content
        parts = [TextRange(*trim(self.text, *before[-1])), TextRange(*trim(self.text, *after[0]))]
        return [p for p in parts if p.end > p.start]

    def _relative_cue(self, sent: Span, verb: Token) -> tuple[tuple[int, int], tuple[int, int], Token] | None:
        """'N that X said V ...': the cue sits in a relative clause whose subject gap is filled by the
        antecedent N. Returns the antecedent's and the rest's token bounds, or None."""
        doc = self.doc
        subj = next(
            (
                c
                for c in verb.children
                if c.dep_ in {"nsubj"} and c.i < verb.i and c.lower_ not in {"that", "which", "who"}
            ),
            None,
        )
        if subj is None:
            return None
        s_lo, _ = subtree_bounds(subj)
        rel = doc[s_lo - 1] if s_lo - 1 >= sent.start else None
        if rel is None or rel.lower_ not in {"that", "which", "who", "whom"}:
            return None
        if rel.i - 1 < sent.start:
            return None
        nxt = doc[verb.i + 1] if verb.i + 1 < sent.end else None
        if nxt is None or nxt.pos_ not in {"AUX", "VERB"} or nxt.dep_ == "prt":
            return None
        if any(
            c.dep_ in CLAUSE_DEPS and c.i > verb.i and doc[c.left_edge.i].lower_ == "that"
            for c in verb.children
        ):
            return None
        ante = doc[rel.i - 1]
        if ante.pos_ not in {"NOUN", "PROPN", "PRON"}:
            return None
        a_lo = ante.left_edge.i if ante.left_edge.i < ante.i else ante.i
        # the rest: the verb phrase after the cue, to the end of that phrase's subtree
        rest_hi = max(
            t.i
            for t in doc[nxt.i : self._sentence_end(sent) + 1]
            if t.head.i >= nxt.i or t is nxt or t.head.i > verb.i
        )
        main = nxt
        while main.dep_ in {"aux", "auxpass"} and main.head.i > main.i:
            main = main.head
        rest_hi = max(rest_hi, main.right_edge.i)
        rest_hi = min(rest_hi, self._sentence_end(sent))
        return (a_lo, ante.i), (verb.i + 1, rest_hi), subj

    def _stranded_that(self, verb: Token) -> tuple[int, int] | None:
        """'The report states that few if any firms use iodised salt': 'that' parsed as the cue's object
        and the clause as an adverbial beside it (the 'if' of 'few if any' taken for its conjunction), or
        as a verb holding the clause's subject ('told regulators that a rival app ... booked ...'). The
        content runs from 'that' to the clause's end."""
        after = verb.i + 1
        addressee = next((c for c in verb.children if c.dep_ in {"dobj", "dative"} and c.i == after), None)
        if addressee is not None and lemma(verb) in self.lex.addressee_verbs:
            after = addressee.right_edge.i + 1  # "told regulators that ...", the parser's 'that' an object
        if after >= len(self.doc) or self.words.lower[after] != "that" or self.doc[after].head.i != verb.i:
            return None
        that = self.doc[after]
        if any(c.dep_ in SUBJECT_DEPS and c.i > after for c in that.children):
            return after, subtree_bounds(that)[1]  # '... that [a rival app] booked ...': the clause on it
        clause = next((c for c in verb.children if c.dep_ == "advcl" and c.i > after), None)
        if clause is None or not any(c.dep_ in SUBJECT_DEPS for c in clause.children):
            return None
        return after, subtree_bounds(clause)[1]

    def _after_another_verb(self, verb: Token, clause: Token) -> bool:
        """'When I tell stories I don't like that everything ...': a that-clause right after another verb
        (one the parser hung elsewhere) is that verb's complement, not the cue's."""
        doc = self.doc
        k = clause.left_edge.i - 1
        while k > verb.i and doc[k].is_punct and (doc[k].is_quote or doc[k].text == ":"):
            k -= 1
        if k > verb.i and ":" in doc[k + 1 : clause.left_edge.i].text and doc[k].pos_ == "VERB":
            return True  # '"...," Cruz said as the heckler yelled: "You suck!"': the heckler's words
        before = doc[clause.left_edge.i - 1] if clause.left_edge.i > 0 else None
        return (
            before is not None
            and before.i > verb.i
            and before.pos_ == "VERB"
            and before.tag_ in {"VB", "VBP", "VBZ", "VBD"}  # not "told officers in writing that ..."
            and before.dep_ not in {"aux", "auxpass"}
            and self.doc[clause.left_edge.i].lower_ == "that"
            and not any(c.dep_ in CLAUSE_DEPS for c in before.children)
        )

    def _admitted_act(self, verb: Token) -> TextRange | None:
        """'admitted to taking the money', 'confessed to being part of the effort': the act owned up to."""
        prep = next(
            (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" and c.i == verb.i + 1), None
        )
        act = (
            next((c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None) if prep else None
        )
        return token_range(self.doc, *subtree_bounds(act)) if act is not None else None

    def _quote_after_colon(self, verb: Token, sent_last: int) -> TextRange | None:
        """'The minister said:' with the quote on the next line ('"It is dead. We start again."'): a cue
        that ends its sentence with a colon (or a semicolon) says the quote that opens what follows."""
        doc = self.doc
        colon = doc[sent_last]
        if colon.text not in {":", ";"} or colon.i <= verb.i:
            return None
        own = {t.i for t in verb.subtree}
        if any(t.i not in own and not t.is_punct for t in doc[verb.i + 1 : colon.i]):
            return None
        after = colon.idx + 1
        while after < len(self.text) and self.text[after].isspace():
            after += 1
        if after >= len(self.text) or self.text[after] not in OPEN_QUOTES:
            return None
        line_end = self.text.find("\n", after)
        regions = quote_regions(self.text, after, len(self.text) if line_end < 0 else line_end)
        if not regions:
            return None
        lo, hi = trim(self.text, regions[0][0], regions[0][1])
        return TextRange(lo, hi) if hi > lo else None

    def _clause_complement(self, verb: Token, sent: Span) -> tuple[int, int] | None:
        """Token bounds of the clause the cue introduces, or None."""
        lex = self.lex
        clauses = [c for c in verb.children if c.dep_ in CLAUSE_DEPS]
        # a clause the parser hung on the addressee or a noun: "told an event on Thursday that ...",
        # "told LA Weekly in a statement that ..."
        if not clauses:
            for child in verb.children:
                if child.dep_ not in {"dobj", "dative", "npadvmod", "prep"} or child.i < verb.i:
                    continue
                if child.dep_ == "dobj" and _clause_as_noun(child):
                    clauses.append(child)  # 'said that the pair had "photographed installations"'
                    break
                if child.dep_ == "dobj" and lemma(verb) in lex.record_verbs and _doing(child):
                    clauses.append(child)  # "footage showed guards beating a prisoner"
                    break
                if child.lower_ in SEQUENCE_PREPOSITIONS and any(
                    t.dep_ == "pcomp" and t.tag_ == "VBG" and lex.is_cue_lemma(lemma(t))
                    for t in child.children
                ):
                    continue  # '"Thank you," Cruz replied, before adding that ...': the participle's clause
                for node in child.subtree:
                    if node.dep_ in {"acl", "relcl", "ccomp"} and self._complement_like(node):
                        if child.lower_ in CIRCUMSTANCE_PREPOSITIONS and _plural_or_self(
                            lemma(node.head), lex.claim_nouns
                        ):
                            break  # "recalling 8,500 treadmills after [reports] that ...": the noun's clause
                        clauses.append(node)
                        break
        if not clauses:
            # 'said on NBC's "Meet the Press" on Sunday that ...': a programme's title parsed as a verb, the
            # that-clause hung on it
            for child in verb.children:
                if child.dep_ == "xcomp" and child.i > verb.i and _quote_at(self.doc, child.left_edge.i - 1):
                    clauses.extend(
                        node
                        for node in child.subtree
                        if node.dep_ == "ccomp"
                        and any(m.lower_ == "that" and m.dep_ == "mark" for m in node.children)
                    )
        if not clauses and verb.dep_ == "csubj" and verb.tag_ == "VBG" and verb.head.i > verb.i:
            # "sued the utility, claiming sparks from its lines ignited the fire": the participle parsed as
            # the subject of the clause it introduces
            last = verb.head.right_edge.i
            while last > verb.i and self.doc[last].is_punct:
                last -= 1
            return verb.i + 1, last
        if not clauses:
            return self._stranded_that(verb)
        # "admitted to being part of it, writing in a post "I have ...": the quote is the participle's
        participles = [
            t
            for t in verb.children
            if t.tag_ == "VBG" and t.dep_ == "advcl" and t.i > verb.i and lex.is_cue_lemma(lemma(t))
        ]
        right = [
            c
            for c in clauses
            if c.i > verb.i
            and not any(t.i < c.i for t in participles)
            and not self._after_another_verb(verb, c)
        ]
        left = [c for c in clauses if c.i < verb.i]
        if not right and not left:
            return None
        if left and right and (speaker := self._inverted_after_quote(verb, right[0])) is not None:
            # '"What's shaping up is a battle for the ages," said David Brock, a Clinton confidant who heads
            # ... Correct the Record': the speaker after the cue, taken by the parser for the subject of
            # a clause it made of the words after him; what is said is the quote
            self._repaired_subject[verb.i] = speaker
            right = []
        if right and (quoted := self._quote_then_cue(verb, right[0], sent)) is not None:
            # '"Let's go back six months ...," Sanders said in an interview with CNN's Gloria Borger aired
            # Monday': what is said is the quote; the clause after the cue is a mis-parsed modifier
            return quoted
        if right and not self._declarative(verb, right[0]):
            return None
        if right:
            clause = right[0]
            if self._is_coordinated_predicate(verb, clause):
                subject = subject_of(verb)
                if subject is not None:
                    self._repaired_subject[clause.i] = subject
                self._repaired_object[verb.i] = next(c for c in clause.children if c.dep_ in SUBJECT_DEPS)
                return None
            lo, hi = subtree_bounds(clause)
            lo = max(lo, verb.i + 1)
            lo = self._after_aside(clause, lo)
            lo = self._subject_as_object(verb, clause, lo)
            if _wh_opened(clause):
                # "explains what wikiHow is, why he decided to create it, how he grew it": a list of
                # questions answered, each hung on the cue (or on the one before)
                for other in right[1:]:
                    if _wh_opened(other) and other.left_edge.i <= hi + 3:
                        hi = max(hi, other.right_edge.i)
                while hi > lo and self.doc[hi].is_punct:
                    hi -= 1
            act = self._second_speech_act(verb, clause) or self._contrasted_speaker(verb, clause)
            if act is not None:  # the content stops before "and called for ...", ", while Y said ..."
                hi = min(hi, act.left_edge.i - 1)
                while hi > lo and (self.doc[hi].is_punct or self.doc[hi].dep_ == "cc"):
                    hi -= 1
            return lo, hi
        clause = left[-1]
        # "..., X said": the content runs from the sentence start to the clause's end
        lo, hi = subtree_bounds(clause)
        said_by = {t.i for c in verb.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
        gap = [t for t in self.doc[hi + 1 : verb.i] if not t.is_punct and t.i not in said_by]
        if lemma(verb) in lex.clause_required_belief and verb.i - hi > 3 and gap:
            return None  # (not "..., a survey by the consumer magazine PetWise found": its long subject)
        regions = quote_regions(self.text, self.doc[lo].idx, verb.idx)
        if any(t.text in {":", ";"} and not inside(regions, t.idx) for t in self.doc[clause.i + 1 : verb.i]):
            # "The agreement was that ...: he agreed to let ...": a colon or semicolon closes what went before
            return None
        colon = max(
            (t.i for t in self.doc[lo : clause.i] if t.text in {":", ";"} and not inside(regions, t.idx)),
            default=None,
        )
        if colon is not None:
            # '... asserted that France had lost its identity: "France is no longer France," he claimed':
            # the cue after the clause reports what follows the colon
            lo = colon + 1
        return lo, hi

    def _quote_then_cue(self, verb: Token, right: Token, sent: Span) -> tuple[int, int] | None:
        """The token bounds of the quote that closes right before the cue and its subject ('"...," Sanders
        said'), when the clause after the cue, ``right``, is no that-clause ("... said on Sunday that
        ...") nor a quote of its own."""
        doc = self.doc
        if any(c.dep_ == "mark" and c.lower_ in {"that", "whether", "if"} for c in right.children):
            return None
        if doc[right.left_edge.i].is_quote:
            return None
        held = self._quote_around(right.idx)
        if held is not None and held[0] <= doc[right.left_edge.i].idx:
            return None  # the clause is a quote of its own (not one that opens inside it, as a mis-parse
            # makes of '"...," he said, adding that the state would send a "message that ... [serve] ..."')
        subject = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i]
        first = min([verb.i, *(c.left_edge.i for c in subject)])
        closing = first - 1
        while closing > sent.start and doc[closing].is_punct and not doc[closing].is_quote:
            closing -= 1
        if (
            closing <= sent.start
            or not doc[closing].is_quote
            or not all(t.is_punct for t in doc[closing:first])
        ):
            return None
        for q_start, q_end in self._sentence_quotes(sent):
            if self.text[sent.start_char : q_start].strip(" \n\t-—–"):
                continue  # 'called the claims "misleading", saying ...': a quoted phrase, not what is said
            if q_end == doc[closing].idx + 1 and q_start < doc[closing].idx:
                inner = doc.char_span(q_start + 1, doc[closing].idx, alignment_mode="contract")
                if inner is not None and len(inner):
                    return inner.start, inner.end - 1
        return None

    def _inverted_after_quote(self, verb: Token, clause: Token) -> Token | None:
        """The subject of ``clause``, when it stands right after a cue that closes a quote ('"...,"
        said [David Brock] ...') and the cue has no subject of its own: the cue's speaker."""
        doc = self.doc
        before = doc[verb.i - 2 : verb.i] if verb.i >= 2 else doc[0:0]
        if not any(t.is_quote for t in before) or not all(t.is_punct for t in before):
            return None
        if any(c.dep_ in SUBJECT_DEPS for c in verb.children) or lemma(verb) in self.lex.never_inverted:
            return None
        return next(
            (
                c
                for c in clause.children
                if c.dep_ == "nsubj" and c.left_edge.i == verb.i + 1 and c.pos_ in {"PROPN", "NOUN", "PRON"}
            ),
            None,
        )

    @staticmethod
    def _complement_like(node: Token) -> bool:
        """A clause hung on a noun that is no relative clause of it: one opened by the conjunction 'that'
        ("told an event on Thursday that ..."), or one with nothing missing, its own subject and object
        ("told reporters outside the plant that Haldane had been bargaining in bad faith", "told the hearing
        he had never offered money"): a relative clause lacks its subject or object."""
        if any(m.dep_ == "mark" and m.lower_ == "that" for m in node.children):
            return True
        if node.dep_ != "relcl":
            return False
        children = list(node.children)
        relative = [c for c in children if c.lower_ in RELATIVE_PRONOUNS]
        subject = [c for c in children if c.dep_ in SUBJECT_DEPS and c.lower_ not in RELATIVE_PRONOUNS]
        objects = [c for c in children if c.dep_ in COMPLETE_OBJECTS and c.lower_ not in RELATIVE_PRONOUNS]
        if not subject or not objects:
            return False
        # a relative pronoun other than an object "that" makes a relative clause: "the plant which it owns",
        # "the firm that makes parts"
        return not any(r.lower_ != "that" or r.dep_ in SUBJECT_DEPS for r in relative)

    def _shown_by_record(self, verb: Token) -> bool:
        """The subject of ``verb`` is a record ('figures', 'invoices reviewed by the Herald', 'the data'),
        also inside what another cue reports ('said internal emails showed executives knew': the emails'
        claim, nested in the speaker's)."""
        return _said_by_document_or(verb, self.lex.record_heads)

    def _declarative(self, verb: Token, clause: Token) -> bool:
        """An indirect question ("asked whether ...", "you know what") reports no claim, except after
        verbs that present its answer ("explained how ..."); 'know'-type verbs need an explicit 'that'."""
        lem = lemma(verb)
        opener = self.doc[max(clause.left_edge.i, verb.i + 1)]
        if lem in self.lex.that_only_belief:
            # "figures showed the waiting list had grown": a record shows without 'that'; so does a body
            # whose business is finding ("a labor board found the company had punished union supporters")
            return (
                opener.lower_ == "that"
                or (lem in self.lex.record_verbs and self._shown_by_record(verb))
                or (lem in self.lex.finding_verbs and _said_by_document_or(verb, self.lex.finding_bodies))
            )
        if opener.lower_ in WH_WORDS:
            subject = subject_of(clause)
            if subject is not None and opener.i in {t.i for t in subject.subtree} and subject.i != opener.i:
                return True  # "noted [what began as messages] had grown": a free relative as subject
            # "officials have not said why the team was denied visas": what a source leaves unsaid is
            # reported as such (a statement with its cue negated)
            return lem in self.lex.wh_complement_cues or (lem == "say" and is_negated(verb))
        return True

    def _leading_as_modifier(self, verb: Token, lem: str, index: int) -> bool:
        """'The party alleged last week, in a complaint to the commission, that the campaign pays ...': a cue
        the parser hung as a modifier on its own subject, that subject then taken for a second subject of
        the reported clause. The content runs from 'that' to the end of that clause."""
        head = verb.head
        # the reported clause: the verb the subject was given to, or a clause the parser hung on the noun
        # when it made the noun the root ("The party [alleged] ..., that the minister [pays] ...")
        candidates = [head.head] if head.dep_ in {"nsubj", "nsubjpass"} else []
        candidates += [c for c in head.children if c.dep_ in {"relcl", "acl", "ccomp"} and c.i > verb.i]
        root = next(
            (r for r in candidates if any(m.dep_ == "mark" and m.lower_ == "that" for m in r.children)), None
        )
        if (
            root is None
            or verb.dep_ != "acl"
            or verb.tag_ not in {"VBD", "VBN"}
            or verb.i != head.i + 1
            or lem in self.lex.predicate_only
            or any(c.dep_ in {"dobj", "ccomp", "xcomp", "agent"} for c in verb.children)
            or any(c.dep_ == "prep" and c.lower_ in {"to", "by", "as", "of", "for"} for c in verb.children)
        ):
            return False  # not "the man alleged to have ...", "the sum claimed by the firm"
        mark = next(
            (c for c in root.children if c.dep_ == "mark" and c.lower_ == "that" and c.i > verb.i), None
        )
        own = [
            c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"} and mark is not None and c.i > mark.i
        ]
        if mark is None or not own:
            return False
        last = root.right_edge.i
        while last > mark.i and (self.doc[last].is_punct or self.doc[last].is_space):
            last -= 1
        content = token_range(self.doc, mark.i, last)
        source = token_range(self.doc, head.left_edge.i, verb.i - 1)
        return self._add_hung_cue(index, verb, lem, content, source, "clause")

    def _trailing_as_modifier(self, sent: Span, verb: Token, lem: str, index: int) -> bool:
        """'Whitcomb spent $18,000 of campaign money on rent, a watchdog group alleged on Tuesday': a
        trailing cue the parser hung as a modifier on its own subject, that subject taken for an object of
        the clause before the comma. The content is that clause; the source, the noun phrase after it."""
        doc = self.doc
        head = verb.head
        if (
            verb.dep_ != "acl"
            or verb.tag_ not in {"VBD", "VBN"}
            or head.pos_ not in {"NOUN", "PROPN"}
            or head.dep_ not in {"dobj", "npadvmod", "appos", "conj"}
            or any(c.dep_ in {"dobj", "ccomp", "xcomp", "mark", "agent"} for c in verb.children)
            or any(c.dep_ == "prep" and c.lower_ in {"to", "by", "as"} for c in verb.children)
            or lem in (self.lex.np_object_cues - {"allege"}) | self.lex.predicate_only
            or lem in self.lex.needs_clause_or_quote - {"report", "write"}
        ):
            return False  # not "a condition characterised by ...", "ideas related to ..."
        comma = head.left_edge.i - 1
        while comma > sent.start and head.left_edge.i - comma <= 6 and doc[comma].pos_ in NOUN_PHRASE_POS:
            comma -= 1  # "the monitoring group Tidewatch alleged", the name parsed apart from its noun
        last = self._sentence_end(sent)
        while last > verb.i and (doc[last].is_punct or doc[last].is_space):
            last -= 1
        if comma <= sent.start or doc[comma].text != "," or not _ends_sentence(verb, last):
            return False
        content = token_range(doc, sent.start, comma - 1)
        source = token_range(doc, comma + 1, verb.i - 1)
        return self._add_hung_cue(index, verb, lem, content, source, "trailing")

    def _add_hung_cue(
        self,
        index: int,
        verb: Token,
        lem: str,
        content: TextRange | None,
        source: TextRange | None,
        form: str,
    ) -> bool:
        """Add the attribution of a cue the parser hung as a modifier on its own subject (see
        :meth:`_leading_as_modifier`, :meth:`_trailing_as_modifier`); False when a span is empty."""
        if content is None or source is None:
            return False
        self._add(
            Attribution(
                sentence=index,
                content=[content],
                cue=TextRange(verb.idx, verb.idx + len(verb.text)),
                cue_lemma=lem,
                cue_kind=self._cue_kind(verb),
                source=source,
                verb=verb.i,
                evidence=[form],
            )
        )
        return True

    def _outer_subject(self, verb: Token) -> Token | None:
        """'The minister denied that the ministry had withheld the money and blamed the delays on the
        Treasury': an accusing or denying cue in the past tense, parsed as coordinated with a past-perfect
        verb inside another cue's complement clause, is that cue's second predicate: its subject is the
        outer cue's subject (the minister blamed), not the clause's (the ministry)."""
        outer = self._participle_owner(verb)
        if outer is not None:
            self._participle_of[verb.i] = outer.i
            return subject_of(outer) or _trailing_appositive_subject(
                outer, lemma(outer) in self.lex.addressee_verbs
            )
        head = verb.head
        if (
            verb.dep_ != "conj"
            or verb.tag_ not in {"VBD", "VBN"}
            or head.dep_ != "ccomp"
            or any(c.dep_ in SUBJECT_DEPS for c in verb.children)
            or not self.lex.is_cue_lemma(lemma(head.head))
        ):
            return None
        if (
            any(c.dep_ in {"nsubjpass", "auxpass"} for c in head.children)
            and self.lex.is_cue_lemma(lemma(verb))
            and any(c.dep_ in {"dobj", "ccomp"} for c in verb.children)
        ):
            # "said 15 workers had been injured and accused police of ...", "said members were worn down
            # and warned that ...": the passive clause's subject suffered; the cue is the speaker's
            return subject_of(head.head)
        # (or any cue with a that-clause of its own: "said the rule would push people to loan sharks and
        # predicted that a third of lenders would close")
        own_clause = any(
            c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            for c in verb.children
        )
        if verb.tag_ != "VBD" or not (
            own_clause
            or lemma(verb) in self.lex.np_object_cues | self.lex.predicate_only | self.lex.infinitive_cues
        ):
            return None
        if any(c.dep_ == "dobj" and c.lower_ in {"him", "her", "them"} for c in verb.children):
            # 'said Mr. Trump was "ignorant" and criticized him for ...': him is not the clause's subject,
            # so the one who criticizes is the speaker
            return subject_of(head.head)
        perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in head.children)
        # 'said Lam "regrets the lapse" but disputed the claim': a past cue beside a present verb inside a
        # past cue's clause is that cue's (not the reported clause's) second act
        switched = head.tag_ in {"VBZ", "VBP"} and head.head.tag_ == "VBD"
        if not (perfect or switched) and self._could_speak(subject_of(head)):
            return None
        return subject_of(head.head)

    def _participle_owner(self, verb: Token) -> Token | None:
        """'He dismissed reports that one state had threatened a veto, saying the talks had been
        constructive': a participle cue after a comma, parsed as hanging on a verb inside another cue's
        complement, is the outer cue's second act when that cue denies or accuses, or when the inner verb's
        subject could not speak ('the funding had been taken ..., telling parliament')."""
        comma = verb.i - 1
        while comma > 0 and self.doc[comma].is_quote:
            comma -= 1  # '... a dangerous situation," adding, ...': the quote closes before the comma
        if verb.tag_ != "VBG" or verb.dep_ != "advcl" or comma <= 0 or self.doc[comma].text != ",":
            return None
        said = self.doc[comma - 1] if comma == verb.i - 1 else None
        if (
            said is not None
            and verb.head.i > verb.i
            and said.pos_ == "VERB"
            and self.lex.is_cue_lemma(lemma(said))
        ):
            return said  # '"...," he said, adding that ...', the participle hung on a clause after it
        inner = verb.head
        node, crossed = inner, False
        while node.head.i != node.i:
            crossed = crossed or node.dep_ in {"ccomp", "acl", "relcl"}
            node = node.head
            if crossed and node.pos_ in {"VERB", "AUX"} and self.lex.is_cue_lemma(lemma(node)):
                break
        else:
            return None
        inner_subject = subject_of(inner)
        if lemma(node) in self.lex.np_object_cues or not self._could_speak(inner_subject):
            return node
        # "Carson said he saw no need to change ..., telling Stephanopolous that ...": the clause's pronoun
        # stands for the speaker, who goes on speaking
        clause_head = inner
        while clause_head.dep_ == "xcomp":
            clause_head = clause_head.head
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause_head.children):
            return node  # "said Clinton will have to choose ..., saying, ...": what she will do is no act yet
        outer_subject = subject_of(node)
        if (
            inner_subject is not None
            and inner_subject.lower_ in {"he", "she"}
            and outer_subject is not None
            and (outer_subject.pos_ == "PROPN" or _a_person(outer_subject))
        ):
            return node
        return None

    def _could_speak(self, subject: Token | None) -> bool:
        """Whether a clause's subject could be the one who says something: a person, an organisation, a
        country, a pronoun for one. 'a safety review of the intersection was under way and rejected the
        suggestion ...': a review rejects nothing, so the outer cue's subject does."""
        if subject is None:
            return False
        if subject.pos_ == "PRON" or subject.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}:
            return subject.lower_ not in {"none", "nothing"}
        return sources().names_party(subject.lemma_.lower()) or subject.tag_ == "NNP"

    def _second_speech_act(self, verb: Token, clause: Token) -> Token | None:
        """'said the rules were too weak and called for a cap', '... and accused them of shelling the town':
        a speech act the parser joined to the reported clause is the speaker's second act
        ('second_speech_acts' in cues.json), given the cue's subject here; no part of the first claim."""
        for conj in clause.children:
            if (
                conj.dep_ == "conj"
                and conj.i > clause.i
                and conj.pos_ == "VERB"
                and lemma(conj) in self.lex.second_speech_acts
                and not any(c.dep_ in SUBJECT_DEPS for c in conj.children)
                and any(c.dep_ in SUBJECT_DEPS for c in clause.children)
            ):
                subject = subject_of(verb)
                if subject is None:
                    return None
                self._repaired_subject[conj.i] = subject
                return conj
        return None

    def _contrasted_speaker(self, verb: Token, clause: Token) -> Token | None:
        """'About four in 10 voters said life would be worse, while nine in 10 said ...': a clause opened by
        'while' or 'whereas' with a cue and a speaker of its own is another party's claim set against the
        first, no part of it."""
        for child in clause.subtree:
            if (
                child.dep_ == "advcl"
                and child.i > clause.i
                and any(c.dep_ == "mark" and c.lower_ in {"while", "whereas"} for c in child.children)
                and self.lex.is_cue_lemma(lemma(child))
                and any(c.dep_ in SUBJECT_DEPS for c in child.children)
            ):
                return child
        return None

    def _is_coordinated_predicate(self, verb: Token, clause: Token) -> bool:
        """'deny the accusations however vowed to ...': a contrastive adverb right before the clause's verb
        and an object-like subject right after the cue mean the parser took a second predicate of the
        cue's subject for a complement clause."""
        doc = self.doc
        if lemma(verb) not in self.lex.np_object_cues:
            return False
        subj = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
        if subj is None or subtree_bounds(subj)[0] != verb.i + 1:
            return False
        return clause.i > 0 and doc[clause.i - 1].lower_ in CONTRAST_ADVERBS

    def _extend_right(self, verb: Token, lo: int, hi: int, sent_last: int) -> int:
        """Extend a complement to the right over a second coordinated complement clause
        ("... that A and that B"), stopping at coordinated predicates of the cue's own subject."""
        for child in verb.children:
            if child.i <= hi or child.dep_ != "conj":
                continue
            has_mark = any(m.dep_ == "mark" and m.lower_ == "that" for m in child.children)
            has_subject = any(m.dep_ in SUBJECT_DEPS for m in child.children)
            # a noun coordinated with the cue is the content's ("said they apply to letters of complaint,
            # ..., and Treasury Board letters, agendas and minutes that ..."): a verb has no noun conjunct
            noun = child.pos_ in {"NOUN", "PROPN"} and child.left_edge.i <= hi + 3
            if (has_mark or has_subject or noun) and not self.lex.is_cue_lemma(lemma(child)):
                hi = max(hi, child.right_edge.i)
        return min(hi, sent_last)

    def _refusal(self, lem: str, obj: Token) -> bool:
        """'denied entry', 'denied bail', 'denied them access': deny meaning refuse to give, not a denial of
        a claim. A denial's object is something said or done (a claim noun, 'involvement', a gerund). So is
        what is dismissed: 'the receptionist had been dismissed', 'dismissed two guards' lose a job."""
        if lem == "dismiss":
            return _a_person(obj)
        if lem != "deny" or obj.pos_ not in {"NOUN", "PROPN"} or obj.tag_ == "VBG":
            return False
        return obj.lemma_.lower() in self.lex.refusable_objects

    def _predicate_cue(self, verb: Token) -> tuple[list[TextRange], TextRange | None, TextRange] | None:
        """'called the report baseless', 'described the review as a precaution': an evaluation of something
        said, done or decided. A cue when the predicate passes a judgement (a falsity or a wrongdoing word,
        'called the suit frivolous') or evaluates (an adjective, a quoted phrase, an 'as' phrase: 'called the
        ruling overdue'); naming ('they call him Birdie', 'a comet called Wild 2') is no claim."""
        gapped = self._gapped_predicate(verb)
        parts = gapped or self._predicate_parts(verb)
        if parts is None:
            return None
        obj_lo, obj_hi, pred_lo, pred_hi, head, loose = parts
        doc = self.doc
        words = {w for i in range(pred_lo, pred_hi + 1) for w in (self.words.lower[i], self.words.lemma[i])}
        said = self.text[doc[pred_lo].idx : doc[pred_hi].idx + len(doc[pred_hi].text)]
        vocab = labels()
        judgement = vocab.falsity_words | vocab.wrongdoing_adjectives | vocab.wrongdoing_nouns
        # a word of the predicate, or a phrase of it, quotes aside ('"political theatre"')
        judged = bool(words & judgement) or phrase_hit(said, judgement) is not None
        evaluates = lemma(verb) in self.lex.evaluation_verbs and not loose
        if not judged and not (evaluates and self._evaluative(head, pred_lo, pred_hi)):
            return None
        # with the object before the cue ("a claim the ministry called a fabrication") the content is the
        # predicate alone: the object's span would hold the source and the cue
        content = (
            token_range(doc, pred_lo, pred_hi)
            if gapped
            else token_range(doc, min(obj_lo, pred_lo), max(obj_hi, pred_hi))
        )
        obj = token_range(doc, obj_lo, obj_hi)
        pred = token_range(doc, pred_lo, pred_hi)
        if content is None or pred is None or obj is None:
            return None
        if gapped and doc[obj_lo].tag_ in {"WP", "WDT"}:
            return [content], None, pred  # "what it called ...": no object to name
        return [content], obj, pred

    def _gapped_predicate(self, verb: Token) -> tuple[int, int, int, int, Token, bool] | None:
        """A predicate cue whose object comes first, as a relative: 'protested what it called [the illegal
        detention] of a crew', 'a claim the ministry called [a fabrication]', 'a practice the watchdog
        described [as illegal]'. The object is 'what' or the noun the relative clause hangs on."""
        after = [c for c in verb.children if c.i > verb.i]
        if any(c.dep_ == "dobj" for c in after):
            return None
        pred = next(
            (c for c in after if c.dep_ in {"oprd", "acomp"} or (c.dep_ == "prep" and c.lower_ == "as")), None
        )
        if pred is None:
            return None
        what = next(
            (c for c in verb.children if c.dep_ == "dobj" and c.i < verb.i and c.tag_ in {"WP", "WDT"}), None
        )
        if what is not None:
            obj_lo = obj_hi = what.i
        elif verb.dep_ == "relcl" and verb.head.i < verb.i and verb.head.pos_ in {"NOUN", "PROPN"}:
            obj_lo, obj_hi = subtree_bounds(verb.head, exclude=[verb])
        elif (claim := self._appositive_gap(verb)) is not None:
            obj_lo, obj_hi = subtree_bounds(claim, exclude=[verb.head])
        else:
            return None
        p_lo, p_hi = subtree_bounds(pred)
        return obj_lo, obj_hi, p_lo, p_hi, pred, False

    def _appositive_gap(self, verb: Token) -> Token | None:
        """'..., a charge the coalition's campaign chief called "pure invention"', parsed with the speaker in
        apposition to the claim noun and the cue hung on the speaker: the claim noun is the object."""
        speaker = verb.head
        claim = speaker.head
        if (
            verb.dep_ != "acl"
            or speaker.dep_ != "appos"
            or not claim.i < speaker.i < verb.i
            or not (
                claim.lower_ in self.lex.claim_nouns or _plural_claim_noun(claim.lower_, self.lex.claim_nouns)
            )
            or not any(
                c.dep_ in {"oprd", "acomp"} or (c.dep_ == "prep" and c.lower_ == "as") for c in verb.children
            )
        ):
            return None
        return claim

    def _evaluative(self, head: Token, lo: int, hi: int) -> bool:
        """A predicate that evaluates rather than names: an adjective ('overdue'), a quoted phrase ('"a
        waste of money"'), a common noun with a determiner or an adjective ('a precaution'); not a name
        ('The Poet', 'Character, walks and words') or a number."""
        if head.dep_ == "prep":  # "as a precaution", "as largely peaceful"
            objects = [c for c in head.children if c.dep_ in {"pobj", "amod", "acomp"}]
            if not objects:
                return False
            head = objects[0]
        if head.pos_ in {"PROPN", "NUM"} or head.tag_ == "NNP":
            return False
        if head.pos_ == "ADJ" or head.tag_ in {"JJ", "JJR", "JJS"}:
            return True
        quoted = any(
            self.doc[i].tag_ in {"``", "''"} or self.doc[i].text in QUOTE_CHARS
            for i in range(max(lo - 1, 0), hi + 1)
        )
        if quoted:
            return True
        # "a precaution", "grave mistakes"; not "the Professor" ("called him the Professor" names him)
        return head.pos_ == "NOUN" and (
            any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in head.children)
            or (
                any(c.dep_ == "amod" for c in head.children)
                and not any(c.dep_ in {"det", "poss"} for c in head.children)
            )
        )

    def _predicate_parts(self, verb: Token) -> tuple[int, int, int, int, Token, bool] | None:
        """Token bounds of the object and the predicate of a predicate cue, the predicate's head, and
        whether the parse was loose (a preposition other than 'as': only a judgement makes it a cue).
        Besides the plain parse ('called [the suit] [frivolous]'), the small model's variants: the
        predicate swallowed by the object ('called [the citations] [groundless]' as one noun phrase), the
        object swallowed by the predicate ('called [the ruling] [overdue]'), and the shifted object
        ('described as ["false and malicious"] [claims that ...]')."""
        quoted = self._claim_then_quote(verb)
        if quoted is not None:
            return quoted
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
        predicates = [c for c in verb.children if c.dep_ == "oprd" and c.i > verb.i]
        if not objects and len(predicates) > 1:
            # 'called [that account] ["self-serving and wrong"]', both parsed as predicates
            obj_lo, obj_hi = subtree_bounds(predicates[0])
            p_lo, p_hi = subtree_bounds(predicates[1])
            return obj_lo, obj_hi, p_lo, p_hi, predicates[1], False
        misread = next(
            (
                c
                for c in verb.children
                if c.dep_ == "ccomp"
                and c.tag_ == "VBZ"
                and _plural_claim_noun(c.lower_, self.lex.claim_nouns)
                and any(g.dep_ == "nsubj" and g.i == c.i - 1 for g in c.children)
                and any(g.dep_ == "dobj" for g in c.children)
            ),
            None,
        )
        if not objects and misread is not None:
            # 'called [the fraud claims] ["pure invention"]', the plural noun read as a verb: its subject
            # and itself are the object, its object the predicate
            said = next(g for g in misread.children if g.dep_ == "dobj")
            p_lo, p_hi = subtree_bounds(said)
            return misread.left_edge.i, misread.i, p_lo, p_hi, said, False
        if not objects:
            return self._predicate_without_object(verb)
        obj = objects[0]
        # in order of trust: the verb's predicate, an 'as' phrase ("described the case as a witch-hunt"),
        # what the parser hung on the object
        preds = [
            c
            for c in verb.children
            if c.dep_ in {"oprd", "acomp", "ccomp", "xcomp", "dep", "npadvmod", "advcl"} and c.i > obj.i
        ]
        preds += [
            c
            for c in (*verb.children, *obj.children)
            if c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i
        ]
        preds += [c for c in obj.children if c.dep_ in {"acl", "amod", "appos", "dep"} and c.i > obj.i]
        if preds:
            pred = preds[0]
            obj_lo, obj_hi = subtree_bounds(obj, exclude=[p for p in preds if p.head.i == obj.i])
            p_lo, p_hi = subtree_bounds(pred)
            # only a plain predicate evaluates; anything else the parser hung there ('held the contest
            # every year') is a cue only with a judgement word
            plain = pred.dep_ in {"oprd", "acomp", "xcomp", "prep"}  # the only prepositions here are 'as'
            return obj_lo, obj_hi, p_lo, p_hi, pred, not plain
        loose = [
            c for c in verb.children if c.dep_ == "prep" and c.i > obj.i
        ]  # "entirely without foundation"
        if loose:
            obj_lo, obj_hi = subtree_bounds(obj)
            p_lo, p_hi = subtree_bounds(loose[0])
            return obj_lo, obj_hi, p_lo, p_hi, loose[0], True
        # "called the citations groundless", parsed as one noun phrase headed by the predicate
        compounds = [c for c in obj.children if c.dep_ in {"compound", "nmod"} and c.i < obj.i]
        if compounds and obj.tag_ in {"NN", "JJ"} and obj.i == obj.right_edge.i:
            lo, _ = subtree_bounds(obj)
            return lo, compounds[-1].i, obj.i, obj.i, obj, True
        return None

    def _reported_object(self, verb: Token, lem: str, sent_last: int) -> tuple[TextRange, str] | None:
        """A noun phrase as what is reported, with where or when it holds: what a finding body or a document
        found ('after inspectors found mouse droppings in its dry store', ``found_object``), or a figure
        ('reported a 12 percent rise in profit', 'the ministry reported 312 new cases of measles',
        ``figure_object``: ``figure_verbs`` with a number in the object). Not a finding about someone
        ('found him guilty', 'found it hard': a predicate) and not a pronoun."""
        found = lem in self.lex.finding_verbs and _said_by_document_or(verb, self.lex.finding_bodies)
        if not found and lem not in self.lex.figure_verbs:
            return None
        children = list(verb.children)
        obj = next((c for c in children if c.dep_ == "dobj" and c.i > verb.i), None)
        if (
            obj is None
            or obj.pos_ not in {"NOUN", "PROPN", "NUM"}
            or any(c.dep_ in {"oprd", "acomp", "xcomp", "ccomp", "advcl"} for c in children)
        ):
            return None
        if not found and not (_finite(verb) and _holds_a_number(obj)):
            return None  # (not "failed to report 61 of its trials", "estimated the number of ...")
        hi = max([obj.right_edge.i, *(c.right_edge.i for c in children if c.dep_ == "prep" and c.i > obj.i)])
        while hi > obj.i and self.doc[hi].is_punct:
            hi -= 1
        content = token_range(self.doc, obj.left_edge.i, min(hi, sent_last))
        return (content, "found_object" if found else "figure_object") if content is not None else None

    def _object_gap(self, verb: Token, lem: str) -> TextRange | None:
        """'..., a charge the Social Democrats denied', 'a claim the company rejected': a denying verb in a
        relative clause whose object is its antecedent, a noun naming something said."""
        head = verb.head
        if (
            verb.dep_ != "relcl"
            or head.i > verb.i
            or lem not in labels().denial_cues | self.lex.claim_object_denials
            or any(c.dep_ in {"dobj", "ccomp", "xcomp", "nsubjpass"} for c in verb.children)
            or not any(c.dep_ == "nsubj" and c.lower_ not in {"that", "which", "who"} for c in verb.children)
            or not (
                head.lower_ in self.lex.claim_nouns or _plural_claim_noun(head.lower_, self.lex.claim_nouns)
            )
        ):
            return None
        return token_range(self.doc, *noun_phrase(head))

    def _claim_then_quote(self, verb: Token) -> tuple[int, int, int, int, Token, bool] | None:
        """'called the allegations "nonsense"', 'has called the accusations against him "a fabrication"',
        'called the timing "tone deaf"': a noun phrase, then a quote, read from the words whatever the parse
        (the small model hangs the quote on the noun or on its preposition, or takes it for an adjective of
        the noun)."""
        doc, sent = self.doc, verb.sent
        # (not the apostrophe of a plural possessive: "the observers' findings")
        opening = next(
            (t for t in doc[verb.i + 1 : min(verb.i + 9, sent.end)] if t.is_quote and t.tag_ != "POS"), None
        )
        if opening is None or opening.i == verb.i + 1:
            return None
        between = doc[verb.i + 1 : opening.i]
        # any noun phrase: "called the timing "tone deaf"", "called the proposed plan "far too expensive""
        # (a participle modifying the noun is no verb of its own); whether the quote evaluates it is
        # _predicate_cue's to judge
        if any(
            t.is_punct or (t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"amod", "compound"}) for t in between
        ) or not any(t.pos_ in {"NOUN", "PROPN"} for t in between):
            return None
        closing = next((t for t in doc[opening.i + 1 : sent.end] if t.is_quote), None)
        last = (closing.i if closing is not None else sent.end) - 1
        while last > opening.i and doc[last].is_punct:
            last -= 1
        if last <= opening.i:
            return None
        after = doc[closing.i + 1] if closing is not None and closing.i + 1 < sent.end else None
        if (
            after is not None
            and closing is not None
            and not after.is_punct
            and opening.i < after.head.i < closing.i
        ):
            # '"political theatre" timed to damage his party': the quoted phrase goes on after the quote
            return verb.i + 1, opening.i - 1, opening.i + 1, after.right_edge.i, doc[last], False
        return verb.i + 1, opening.i - 1, opening.i + 1, last, doc[last], False

    def _predicate_without_object(self, verb: Token) -> tuple[int, int, int, int, Token, bool] | None:
        """'called the ruling overdue' parsed with the object inside the predicate; 'described as "false
        and malicious" claims that ...' with the object after an 'as' phrase."""
        for c in verb.children:
            if c.i <= verb.i:
                continue
            if c.dep_ in {"oprd", "acomp"} and c.left_edge.i > verb.i and c.left_edge.i < c.i:
                # everything before the predicate's head is the object ("the ruling")
                mods = [m for m in c.children if m.i < c.i]
                first_mod = min(m.i for m in mods) if mods else c.i
                if first_mod >= c.i or not any(
                    self.doc[i].pos_ in {"NOUN", "PROPN", "PRON"} or self.doc[i].tag_ == "VBG"
                    for i in range(first_mod, c.i)
                ):
                    return None
                return c.left_edge.i, c.i - 1, c.i, c.right_edge.i, c, False
            if c.dep_ == "prep" and c.lower_ == "as" and c.i == verb.i + 1:
                nouns = [g for g in c.children if g.dep_ == "pobj"]
                if not nouns:
                    return self._quoted_as_predicate(c)
                noun = nouns[0]
                mods = [
                    m for m in (*noun.children, *c.children) if m.dep_ in {"amod", "conj"} and m.i < noun.i
                ]
                if not mods or lemma(noun) not in self.lex.claim_nouns | labels().disputable_nouns:
                    return None
                p_lo = min(m.left_edge.i for m in mods)
                p_hi = max(m.right_edge.i for m in mods)
                p_hi = max(
                    p_hi, *(t.i for t in c.subtree if t.i < noun.i and t.dep_ in {"amod", "cc", "conj"})
                )
                o_lo = p_hi + 1
                while o_lo < noun.i and self.doc[o_lo].is_punct:
                    o_lo += 1
                _, o_hi = subtree_bounds(noun)
                return o_lo, o_hi, p_lo, p_hi, mods[0], False
        return None

    def _quoted_as_predicate(self, as_: Token) -> tuple[int, int, int, int, Token, bool] | None:
        """'described as "fabricated from start to finish" a newspaper report that ...': a quoted predicate
        right after 'as', then the claim it judges, which the parser hung inside the quote."""
        doc = self.doc
        close = next(
            (
                t.i
                for t in doc[as_.i + 2 : as_.right_edge.i + 1]
                if t.text in QUOTE_CHARS and t.dep_ == "punct"
            ),
            None,
        )
        if close is None or doc[as_.i + 1].text not in QUOTE_CHARS:
            return None
        noun = next(
            (
                t
                for t in as_.subtree
                if t.i > close
                and t.left_edge.i == close + 1
                and lemma(t) in self.lex.claim_nouns | labels().disputable_nouns
            ),
            None,
        )
        if noun is None:
            return None
        _, o_hi = subtree_bounds(noun)
        return noun.left_edge.i, o_hi, as_.i + 2, close - 1, doc[close - 1], False

    def _non_clausal(
        self, sent: Span, verb: Token, lem: str, sent_last: int
    ) -> tuple[list[TextRange], TextRange | None, TextRange | None, list[str]]:
        """Content for a cue without a clausal complement: an infinitive ("vowed to ..."), an object
        ("deny the accusations", "accused X of Y"), a predicate ("called the report baseless"),
        a quote, or the head clause of a parenthetical ("The plan, he said, will fail")."""
        doc = self.doc
        lex = self.lex
        regions = self._sentence_quotes(sent)
        children = list(verb.children)
        # "As Heald told The Huffington Post, CONTENT": the content is the main clause
        if (
            verb.dep_ == "advcl"
            and verb.i < verb.head.i
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in children)
        ):
            lo, hi = subtree_bounds(verb.head, exclude=[verb])
            return (
                [r for r in (token_range(doc, max(lo, verb.right_edge.i + 1), min(hi, sent_last)),) if r],
                None,
                None,
                ["as_clause"],
            )
        # a parenthetical cue: the content is its head clause around it
        # ("Instead, Trump told CNN, his policy would ...": an addressee is no content)
        taken = {"ccomp", "xcomp", "mark"} | (set() if lem in lex.addressee_verbs else {"dobj"})
        bare = not any(c.dep_ in taken for c in children)
        if bare and (
            verb.dep_ == "parataxis"
            or (
                verb.dep_ == "advcl"
                and verb.i > verb.head.i
                and any(c.dep_ == "nsubj" for c in children)
                and verb.left_edge.i > 0
                and doc[verb.left_edge.i - 1].text == ","
            )
        ):
            head = verb.head
            lo, hi = subtree_bounds(head)
            # "Institutional recipients, said Mauer, are ...": the subject before an inverted cue is the
            # content's, though the parser hung it on the cue
            fronted = [c for c in children if c.dep_ == "nsubj" and c.i < verb.i]
            inverted = bool(fronted) and any(c.dep_ == "nsubj" and c.i > verb.i for c in children)
            v_lo, v_hi = subtree_bounds(verb, exclude=fronted if inverted else ())
            opening = next((t for t in doc[verb.i + 1 : v_hi + 1] if not t.is_punct or t.is_quote), None)
            if opening is not None and opening.is_quote and opening.i < v_hi:
                # 'they called and they said, "Wow."': the quote after the cue is what was said
                quoted = token_range(doc, opening.i + 1, min(v_hi, sent_last))
                return [r for r in (quoted,) if r], None, None, ["quote"]
            following = doc[v_hi + 1] if v_hi + 1 <= min(hi, sent_last) else None
            if (
                following is not None
                and following.is_quote
                and following.is_left_punct
                and not any(t.is_quote for t in doc[lo:v_lo])  # not the second half of a split quote
            ):
                # 'Of the public process, he said, "In the end ..."': what is said is the quote after the
                # cue; the phrase before it says what it is about
                quoted = token_range(doc, v_hi + 1, min(hi, sent_last))
                return [r for r in (quoted,) if r], None, None, ["quote"]
            before = lo
            while before < v_lo and (doc[before].is_punct or doc[before].pos_ in {"ADV", "CCONJ", "SCONJ"}):
                before += 1  # "Instead, ", "But": the link to what came before, not what was said
            parts = [token_range(doc, before, v_lo - 1), token_range(doc, v_hi + 1, min(hi, sent_last))]
            return [p for p in parts if p], None, None, ["parenthetical"]
        if lem == "plead":
            # "pleaded not guilty to the charges": a denial; "pleaded guilty": an admission
            guilty = next((c for c in children if c.lower_ in {"guilty", "innocent"}), None)
            if guilty is not None:
                lo = min(t.i for t in guilty.subtree)
                hi = max([guilty.right_edge.i, *(c.right_edge.i for c in children if c.dep_ == "prep")])
                return [r for r in (token_range(doc, lo, min(hi, sent_last)),) if r], None, None, ["plea"]
        if lem in lex.infinitive_cues:
            for child in children:
                if child.dep_ == "xcomp" and child.i > verb.i:
                    lo, hi = subtree_bounds(child)
                    return (
                        [r for r in (token_range(doc, lo, min(hi, sent_last)),) if r],
                        None,
                        None,
                        ["infinitive"],
                    )
        objects = [c for c in children if c.dep_ in {"dobj"} and c.i > verb.i]
        if " " in lem:  # a phrasal denial: its claim noun, wherever it hangs
            objects = [o for o in self._denied_objects(verb, lem) if o.i > verb.i] or objects
        if verb.dep_ == "amod" and verb.head.i > verb.i:
            # "X accused developer Hartwell Homes of ...", parsed with the cue as an adjective of its object
            objects.append(verb.head)
        if (
            verb.dep_ == "acl"
            and verb.tag_ == "VBN"
            and verb.head.i < verb.i
            and passive_agent(verb) is not None
        ):
            objects.append(verb.head)  # "an officer accused by students of harassment": the officer
        if verb.dep_ == "relcl" and any(
            c.dep_ == "dobj" and c.i < verb.i and c.lower_ in RELATIVE_OBJECTS for c in children
        ):
            # "Leonardo Paz, whom authorities have accused of inciting the violence": the antecedent
            objects.append(verb.head)
        if any(c.dep_ == "auxpass" for c in children) or passive_agent(verb) is not None:
            # "The allegations were rejected by the club", "The senator was accused of ...": what is
            # rejected or who is accused is the passive subject
            objects = [c for c in children if c.dep_ == "nsubjpass"] + objects
        if verb.i in self._repaired_object:
            objects.insert(0, self._repaired_object[verb.i])
        denies_claim = bool(objects) and self._denies_a_claim(verb, lem) and self._deniable(lem, objects[0])
        # "The meeting was first reported by Politico": what was reported, by whom
        reported = (
            lem in REPORTED_BY
            and passive_agent(verb) is not None
            # not inside an 'according to' source: "according to exit polls [reported by] CNN"
            and not any(t.lower_ == "according" for t in verb.ancestors)
        )
        if (
            (lem in lex.np_object_cues or denies_claim or reported)
            and objects
            and not self._refusal(lem, objects[0])
        ):
            obj = objects[0]
            lo, hi = subtree_bounds(obj)
            if verb.head.i == obj.i:
                lo = max(lo, verb.i + 1)
            non_restrictive = next(
                (
                    c
                    for c in obj.children
                    if c.dep_ == "relcl" and c.right_edge.i == hi and doc[c.left_edge.i - 1].text == ","
                ),
                None,
            )
            if non_restrictive is not None and obj.i > verb.i:
                hi = (
                    non_restrictive.left_edge.i - 2
                )  # "mentioned Clinton, who trailed Sanders": what is said of her
            for child in children:
                if (
                    child.dep_ in {"prep"}
                    and child.i > obj.i
                    and child.lower_ in {"of", "for", "with", "over", "as"}
                ):
                    hi = max(hi, child.right_edge.i)
            excluded = [
                c
                for c in obj.children
                if c.i == verb.i
                or c.dep_ in {"relcl", "acl"}
                or (c.i > verb.i and c.dep_ == "conj" and verb.i in self._repaired_object)
                or (c.dep_ == "prep" and c.lower_ in {"of", "for", "with", "over"} and c.i > obj.i)
                or (
                    c.dep_ in {"prep", "npadvmod"} and any(t.ent_type_ in {"DATE", "TIME"} for t in c.subtree)
                )
            ]
            if verb.i in self._repaired_object:
                lo, hi = obj.i - (obj.i - obj.left_edge.i), obj.i
                obj_range = token_range(doc, lo, hi)
            elif verb.dep_ == "relcl" and obj.i == verb.head.i:
                obj_range = token_range(doc, *noun_phrase(obj, cut=[verb]))  # the antecedent, not its clause
            else:
                obj_range = token_range(doc, *subtree_bounds(obj, exclude=excluded))
            blamed_on = next(
                (
                    g
                    for c in (*children, *obj.children)
                    if lem == "blame" and c.dep_ == "prep" and c.lower_ in {"on", "upon"} and c.i > obj.i
                    for g in c.children
                    if g.dep_ == "pobj"
                ),
                None,
            )
            if blamed_on is not None:  # "blamed the delays on [the Treasury]": the Treasury is blamed
                obj_range = token_range(doc, *subtree_bounds(blamed_on))
            if obj.i < verb.i:
                # passive: "[The senator] was accused [of taking bribes]": the accused, then what of
                after = [c for c in children if c.dep_ == "prep" and c.i > verb.i and c.lower_ != "by"]
                charge = _charge_on_agent(verb, passive_agent(verb))
                after += [charge] if charge is not None else []
                parts = [obj_range, *(token_range(doc, c.i, min(c.right_edge.i, sent_last)) for c in after)]
                relative = verb.dep_ == "relcl" and obj.i == verb.head.i  # "Paz, whom authorities accused"
                return (
                    [r for r in parts if r],
                    obj_range,
                    None,
                    ["object", "relative" if relative else "passive"],
                )
            return [r for r in (token_range(doc, lo, min(hi, sent_last)),) if r], obj_range, None, ["object"]
        trailing = self._trailing_content(sent, verb, sent_last)
        if trailing is not None:
            return [trailing], None, None, ["trailing"]
        quoted_before = self._quote_before(sent, verb)
        if quoted_before is not None:
            return [quoted_before], None, None, ["quote"]
        # a quote next to the cue, outside it
        v_char = verb.idx
        if not inside(regions, v_char):
            # the quote after the cue first ('..., the government recommending "online translation tools"')
            cue_end = verb.idx + len(verb.text)
            for a, b in sorted(regions, key=lambda r: (r[0] < cue_end, abs(r[0] - cue_end))):
                if b - a < 4:
                    continue
                set_off = self._aside_before_quote(verb, a)
                near_after = 0 <= a - (verb.idx + len(verb.text)) <= 40 or set_off
                near_before = 0 <= v_char - b <= 60
                if not (near_after or near_before):
                    continue
                gap = (verb.idx + len(verb.text), a) if near_after else (b, v_char)
                between = doc.char_span(*gap, alignment_mode="expand")
                if not set_off and between is not None and any(t.pos_ in {"VERB", "AUX"} for t in between):
                    continue  # another verb between the cue and the quote: not this cue's quote
                if near_after and between is not None and _names_the_quote(between, lex.naming_nouns):
                    continue  # 'says on "The IE6 Countdown"', 'adding the words "and Emergency"': a title
                if near_after or near_before:
                    lo_c, hi_c = trim(self.text, a, b)
                    if hi_c > lo_c:
                        return [TextRange(lo_c, hi_c)], None, None, ["quote"]
        return [], None, None, []

    def _subject_as_object(self, verb: Token, clause: Token, lo: int) -> int:
        """'voters said [life for the next generation] would be worse': the clause's subject, parsed as the
        cue's object (with its modifiers hung on the cue), when the clause has none of its own."""
        if (
            clause.pos_ not in {"VERB", "AUX"}
            or any(c.dep_ in SUBJECT_DEPS for c in clause.children)
            or lemma(verb) in self.lex.addressee_verbs
        ):
            return lo
        obj = next((c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < lo), None)
        if obj is None or obj.left_edge.i != verb.i + 1:
            return lo
        between = [c for c in verb.children if obj.i < c.i < lo]
        if (
            any(c.dep_ != "prep" for c in between)
            or max([obj.right_edge.i, *(c.right_edge.i for c in between)]) != lo - 1
        ):
            return lo
        return obj.left_edge.i

    def _after_aside(self, clause: Token, lo: int) -> int:
        """'The mayor said, speaking at the depot, "We will not ...": the participle or prepositional phrase
        before the quote, set off by commas, says how the words were said; what was said starts at the
        quote."""
        doc = self.doc
        aside = next((c for c in clause.children if c.left_edge.i == lo), None)
        if aside is None or doc[lo].is_quote or not _aside(aside):
            return lo
        hi = aside.right_edge.i
        if hi + 2 < clause.i and doc[hi + 1].text == "," and doc[hi + 2].tag_ == "``":
            return hi + 2
        return lo

    def _aside_before_quote(self, verb: Token, quote_start: int) -> bool:
        """'Beck joked, again using an exaggerated accent, "Amen, brother!"': between the cue and the
        quote only a modifier of the cue set off by commas, a participle or a prepositional phrase."""
        doc = self.doc
        if verb.i + 1 >= len(doc) or doc[verb.i + 1].text != ",":
            return False
        opening = next((t for t in doc[verb.i + 2 :] if t.idx >= quote_start), None)
        if opening is None or opening.i - verb.i > 16 or doc[opening.i - 1].text != ",":
            return False
        aside = [c for c in verb.children if verb.i + 1 < c.i < opening.i - 1]
        if len(aside) != 1 or not _aside(aside[0]):
            return False
        lo, hi = subtree_bounds(aside[0])
        return lo == verb.i + 2 and hi == opening.i - 2

    def _quote_before(self, sent: Span, verb: Token) -> TextRange | None:
        """'"How are you today?" Miller, a retired worker, said pleasantly into the phone.': a sentence of
        only a speaker and a cue (with how, where or when), right after a quote in the same paragraph that
        ended a sentence: what was said is that quote."""
        first = next((t for t in sent if not t.is_space), None)
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i]
        if first is None or not subjects or subjects[0].left_edge.i != first.i:
            return None
        if any(c.dep_ not in QUOTE_BEFORE_DEPS for c in verb.children):
            return None  # an object or a clause of its own
        end = first.idx
        while end > 0 and self.text[end - 1] in " \t":
            end -= 1
        if end < 3 or _QUOTE_MARK.fullmatch(self.text[end - 1]) is None or self.text[end - 2] not in ".?!":
            return None
        region = self._quote_around(end - 1)
        if region is None or region[1] != end:
            return None
        lo, hi = trim(self.text, *region)
        return TextRange(lo, hi) if hi > lo else None

    def _trailing_content(self, sent: Span, verb: Token, sent_last: int) -> TextRange | None:
        """'CONTENT, X said (on Friday).' or 'CONTENT, said X.': the cue and its subject close the sentence
        after a comma, whatever the parser hung them on; the content is everything before the comma."""
        doc = self.doc
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if any(c.lower_ in RELATIVE_PRONOUNS for c in subjects):
            return None  # "boats which, according to AFP, the UN has criticised": a relative clause
        # the nearest before the cue: "A contractor ... employed 27 teenagers, federal investigators said"
        # may come with the content's own subject hung on the cue as a second one
        subj = next((c for c in reversed(subjects) if c.i < verb.i), subjects[0] if subjects else None)
        if subj is None:
            return None
        s_lo, s_hi = subtree_bounds(subj)
        first = min(s_lo, verb.i)
        # only adverbials after the cue and its subject
        for t in doc[max(s_hi, verb.i) + 1 : sent_last + 1]:
            if t.dep_ in {"dobj", "ccomp", "xcomp", "conj", "cc", "nsubj"} and t.head.i == verb.i:
                return None
            if t.is_quote and t.is_left_punct and t.i < sent_last:
                return None  # 'Asked if ..., Trump replied, "Well, maybe so."': the quote after the cue
        comma = first - 1
        while comma > sent.start and doc[comma].text in QUOTE_CHARS:
            comma -= 1
        if comma <= sent.start or doc[comma].text not in {",", "—", "–", "-"}:
            return None
        return token_range(doc, sent.start, comma - 1)

    # -- colon quotes

    def _colon_quote(self, sent: Span, index: int) -> None:
        """'Jenkins: "We are ready."': a name opening the line or sentence, a colon, then a quote. The
        parser may end the sentence at the colon, so the quote is looked up in the text after it."""
        doc = self.doc
        at = next(
            (i for i in range(sent.start + 1, min(sent.start + 13, sent.end)) if self.words.lower[i] == ":"),
            None,
        )
        if at is None:
            self._colon_statement(sent, index)
            return
        colon = doc[at]
        before = doc[sent.start : colon.i]
        named = any(e.label_ in {"PERSON", "ORG", "GPE", "NORP"} for e in before.ents) or (
            len(before) <= 4
            and all(t.pos_ == "PROPN" or t.is_title for t in before)
            and not any(t.lower_ in self.lex.colon_labels for t in before)
        )  # "Mayhew: ...", "Jenkins: ..." when the tagger knows no entity there (not "Update: ...")
        named = named or (
            # "Akers, in a video posted on Sunday:": a capitalised word, then where it was said
            len(before) > 2
            and before[0].is_title
            and before[0].pos_ in {"NOUN", "PROPN"}
            and before[1].text == ","
            and before[2].pos_ == "ADP"
        )
        # a verb may sit in a modifier of the speaker ("Akers, in a video posted on Sunday:"), not be
        # the clause's own ("Talks collapsed:")
        if any(t.pos_ in {"VERB", "AUX"} and not _in_modifier(t, before) for t in before) or not named:
            self._colon_statement(sent, index)
            return
        after = colon.idx + 1
        while after < len(self.text) and self.text[after] == " ":
            after += 1
        if after >= len(self.text):
            return
        if self.text[after] not in OPEN_QUOTES | SINGLE_OPEN_QUOTES:
            self._speaker_line(sent, index, before, after)
            return
        line_end = self.text.find("\n", after)
        line_end = len(self.text) if line_end < 0 else line_end
        if self.text[after] in SINGLE_OPEN_QUOTES:
            # "Karen Doyle: 'These allegations are false.'": a single-quoted line, closed by a quote mark
            # after a word (an apostrophe inside a word, "we've", does not close it)
            closing = _SINGLE_CLOSE.search(self.text, after + 1, line_end)
            regions = [(after, closing.end())] if closing else []
        else:
            regions = quote_regions(self.text, after, line_end)
        if not regions:
            return
        rest = self.text[regions[0][1] : line_end].lstrip()
        if rest[:1].isalnum():
            # "Reports: 'streamlined' UK asylum process to ...": a scare quote opens the line, which goes
            # on; what is said is the whole line
            regions = [(after, self._next_sentence_end(after))]
        lo, hi = trim(self.text, regions[0][0], regions[0][1])
        # the owner of a noun of saying ("The reply from Harbour Line Ferries:"), else the whole name
        # "Akers, in a video posted on Sunday:": the speaker ends where a phrase of circumstance begins
        circumstance = next(
            (t for t in before if t.text == "," and t.i + 1 < colon.i and doc[t.i + 1].pos_ == "ADP"), None
        )
        last = circumstance.i - 1 if circumstance is not None else colon.i - 1
        source = self._colon_speaker(before) or token_range(doc, sent.start, last)
        if source is None or hi <= lo:
            return
        self._add(
            Attribution(
                sentence=index,
                content=[TextRange(lo, hi)],
                cue=TextRange(colon.idx, colon.idx + 1),
                cue_lemma=":",
                cue_kind=CueKind.COLON,
                source=source,
                evidence=["colon", "quote"],
            )
        )

    def _speaker_line(self, sent: Span, index: int, before: Span, after: int) -> None:
        """A line that opens with a person's name and a colon says what that person said, to the end of the
        line, quoted or not: a transcript ("Matthews: Well, speculation is bad.") or a headline ("Lynch: No
        outside influence on FBI probe"). Only a person or an organisation the tagger knows, or a short run
        of proper nouns, at the start of a line; not a place ("Syria: rebels retake town") nor a label."""
        doc = self.doc
        start = doc[sent.start].idx
        if self.text[:start].rstrip(" \t")[-1:] not in {"", "\n"}:
            return  # not at the start of a line
        labels = {e.label_ for e in before.ents}
        # a capitalised word the tagger took for a noun is a name when the article names someone with it
        # ("Matthews:" after "Chris Matthews")
        named = {w for e in doc.ents if e.label_ in {"PERSON", "ORG"} for w in e.text.split()}
        whole = any(e.start == before.start and e.end == before.end for e in before.ents)
        person = (whole and bool(labels & {"PERSON", "ORG"})) or (
            len(before) <= 3
            and not labels
            and all(t.pos_ == "PROPN" or (t.is_title and t.text in named) for t in before)
        )
        if not person or any(t.lower_ in self.lex.colon_labels for t in before):
            return
        line_end = self.text.find("\n", after)
        lo, hi = trim(self.text, after, len(self.text) if line_end < 0 else line_end)
        if len(self.text[lo:hi].split()) < 3:
            return  # "Lopez: Right.": too short to hold a claim
        colon = before[-1].i + 1
        self._add(
            Attribution(
                sentence=index,
                content=[TextRange(lo, hi)],
                cue=TextRange(doc[colon].idx, doc[colon].idx + 1),
                cue_lemma=":",
                cue_kind=CueKind.COLON,
                source=token_range(doc, sent.start, colon - 1),
                evidence=["colon", "speaker_line"],
            )
        )

    def _colon_statement(self, sent: Span, index: int) -> None:
        """A colon after a clause that says who speaks: 'Teresa Quan was blunt: "We don't owe them a
        cent."' (a manner adjective after the speaker), "The response from Damascus came within hours: the
        suggestion was ...", "Her message to customers: crews will work around the clock" (a noun of
        saying that belongs to the speaker). The content is what follows the colon, to the sentence end."""
        doc = self.doc
        lower = self.words.lower
        at = next((i for i in range(sent.start + 1, min(sent.start + 30, sent.end)) if lower[i] == ":"), None)
        if at is None or at + 1 >= len(doc):
            return
        speaker = self._colon_speaker(doc[sent.start : at])
        if speaker is None:
            return
        lo = doc[at].idx + 1
        end = sent.end_char if sent.end_char > lo + 1 else self._next_sentence_end(lo)
        start, stop = trim(self.text, lo, end)
        if stop - start < 10:
            return
        put = next((t for t in doc[sent.start : at] if lemma(t) == "put" and _put_it_plainly(t)), None)
        self._add(
            Attribution(
                sentence=index,
                content=[TextRange(start, stop)],
                # "put it bluntly:": the words that say how it was put, with the colon
                cue=TextRange(put.idx if put is not None else doc[at].idx, doc[at].idx + 1),
                cue_lemma=":",
                cue_kind=CueKind.COLON,
                source=speaker,
                evidence=["colon", "colon_statement"],
            )
        )

    def _colon_speaker(self, before: Span) -> TextRange | None:
        """Who speaks in the clause before a colon: the owner of a noun of saying ('Streamly's response',
        'the response from Damascus', 'Her message'), or the subject of a manner adjective ('X was
        blunt'), if it could speak."""
        doc = self.doc
        nouns = self.lex.colon_speech_nouns
        for tok in before:
            if tok.pos_ != "NOUN" or lemma(tok) not in nouns:
                continue
            # a possessor owns the words ("the bakery's response"); after 'of' it must be able to speak
            owners = [c for c in tok.children if c.dep_ == "poss" and c.pos_ in {"NOUN", "PROPN", "PRON"}]
            owners = [o for o in owners if o.pos_ != "PRON" or self._speaker_like(o)]
            owners += [
                g
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ in {"from", "of", "by"}
                for g in c.children
                if g.dep_ == "pobj"
            ]
            if owners and (owners[0].dep_ == "poss" or self._speaker_like(owners[0])):
                lo, hi = subtree_bounds(owners[0])
                if doc[hi].tag_ == "POS":
                    hi -= 1
                return token_range(doc, lo, hi)
        first = before[0]
        if first.lower_ == "for" and first.dep_ == "prep":
            # "For Mallory, the blame lies squarely with management:", "For Agrarian leader Siri Bakke, the
            # story is simpler:": the one the sentence speaks for
            who = next((g for g in first.children if g.dep_ == "pobj"), None)
            after = who.right_edge.i + 1 if who is not None else before.end
            comma = after < before.end and doc[after].text == ","
            if who is not None and comma and self._speaker_like(who) and who.ent_type_ != "DATE":
                return token_range(doc, *subtree_bounds(who))
        put = next((t for t in before if lemma(t) == "put" and _put_it_plainly(t)), None)
        if put is not None:
            # "Simon Aldred, who runs an agency in Chester, put it bluntly:": whoever put it so
            subj = subject_of(put)
            if subj is not None and self._speaker_like(subj):
                return token_range(doc, *noun_phrase(subj, cut=[put]))
        last = before[-1]
        manner = self.lex.colon_manner_words
        for tok in reversed(before):
            if tok.pos_ in {"VERB", "AUX"}:
                break
            # "was blunter on radio:", "was emphatic in her reply:": the manner word, then a phrase
            if tok.i < last.i and _manner_word(tok, manner):
                last = tok
                break
        if _manner_word(last, manner):  # "was blunt", "was unconvinced" (tagged a participle), "blunter"
            subj = next(
                (c for h in (last, last.head) for c in h.children if c.dep_ in {"nsubj", "nsubjpass"}), None
            )
            if subj is not None and subj.i < last.i and self._speaker_like(subj):
                # not what the parser hung on the speaker after the colon ("Clancy [... scratching ...]")
                lo, hi = subtree_bounds(subj, exclude=[c for c in subj.children if c.i > last.i])
                return token_range(doc, lo, hi)
        return None

    def _speaker_like(self, token: Token) -> bool:
        """A token that could head a speaker: a name, a personal or possessive pronoun, a party noun."""
        return (
            token.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}
            or token.pos_ == "PROPN"
            or token.lower_ in {"he", "she", "they", "it", "his", "her", "its", "their", "we", "our"}
            or sources().names_party(lemma(token))
            # "His Samlandi counterpart, Ara Petrosyan,": a noun with a name beside it
            or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in token.children)
        )

    def _next_sentence_end(self, start: int) -> int:
        """The end of the sentence after a colon the parser ended a sentence on (the line end at most)."""
        line_end = self.text.find("\n", start)
        line_end = len(self.text) if line_end < 0 else line_end
        m = re.search(r"[.!?][\"”’']?(?=\s|$)", self.text[start:line_end])
        return start + m.end() if m else line_end

    # -- quotes over several sentences

    def _extend_quotes(self, longest: int = 2500) -> None:
        """A quote that runs over several sentences of a paragraph belongs whole to the attribution whose
        content it overlaps ('"A. B. C," he said.'), unless another cue sits inside it."""
        regions: list[tuple[int, int]] = []
        offset = 0
        for line in self.text.split("\n"):
            regions.extend(
                r for r in quote_regions(self.text, offset, offset + len(line)) if r[1] - r[0] <= longest
            )
            offset += len(line) + 1
        cues = [(a.cue.start, a.source) for a in self.found if a.cue is not None]
        for a in self.found:
            own = a.cue.start if a.cue is not None else None
            extended = []
            for r in a.content:
                start, end = r.start, r.end
                for q_start, q_end in regions:
                    if q_end <= start or end <= q_start:
                        continue
                    # another cue inside the quote makes it another's, unless its speaker is quoted with it
                    # ('"... you said this 30 years ago ..."': the quote's own words)
                    if any(
                        q_start < c < q_end
                        and c != own
                        and not (src and q_start < src.start and src.end < q_end)
                        for c, src in cues
                    ):
                        continue
                    if own is not None and q_start < own < q_end:
                        continue  # '"Those who called for the roadblocks carry the blame," he said': a cue
                        # inside the quote speaks for part of it, the quote is another's
                    if any(self._skipped(pos) for pos in (q_start, q_end - 1)):
                        continue
                    lo, hi = trim(self.text, q_start, q_end)
                    start, end = min(start, lo), max(end, hi)
                extended.append(TextRange(start, end))
            if extended != a.content:
                a.content = extended
                a.evidence.append("quote_extended")

    def _follow_on_quotes(self) -> None:
        """A paragraph that is a quote with no cue of its own, right after a paragraph whose attribution
        quotes someone, continues that speaker's quote (news style: the speaker is named once); so do
        quote sentences with no cue that follow the speaker's last attribution in its own paragraph
        ('"We will rebuild," she said. "The money is there."')."""
        sentences = self.sentences()
        paragraphs: list[tuple[int, int]] = []
        offset = 0
        for line in self.text.split("\n"):
            start, end = trim(self.text, offset, offset + len(line))
            if end > start and not any(a <= start and end <= b for a, b in self.skip):
                paragraphs.append((offset, offset + len(line)))
            offset += len(line) + 1
        last_speaker: Attribution | None = None
        for p_start, p_end in paragraphs:
            quotes = self._paragraph_quotes(p_start) or []
            here = [
                a
                for a in self.found
                if p_start <= (a.cue or a.content[0]).start < p_end
                # not a cue quoted in the speaker's words ('"But ... you said this 30 years ago ..."')
                and not (a.cue is not None and a.source is not None and inside(quotes, a.cue.start))
            ]
            opening = self.text[p_start:p_end].lstrip()[:1]
            if here:
                quoted = [a for a in here if a.source is not None and self._quotes(a)]
                last_speaker = quoted[-1] if quoted else None
                last = max(here, key=lambda a: (a.cue or a.content[0]).start)
                if last_speaker is not None and last is last_speaker:
                    run = self._quote_run(sentences[last.sentence].end_char, p_end, after=last.end)
                    if run is not None:
                        self.found.append(self._follow_on(last_speaker, run, same_paragraph=True))
                continue
            if last_speaker is None or opening not in OPEN_QUOTES:
                last_speaker = None
                continue
            regions = quote_regions(self.text, p_start, p_end)
            lo, hi = trim(self.text, regions[0][0], regions[-1][1]) if regions else (0, 0)
            if hi <= lo:
                last_speaker = None
                continue
            self.found.append(self._follow_on(last_speaker, (lo, hi), same_paragraph=False))

    @staticmethod
    def _follow_on(speaker: Attribution, content: tuple[int, int], *, same_paragraph: bool) -> Attribution:
        """A quote with no cue of its own that continues ``speaker``'s quote. In the speaker's paragraph
        ('"We will rebuild," she said. "The money is there."') the cue that introduced the quote introduces
        its continuation too, so the claim shares it; a quote paragraph after it has no cue."""
        return Attribution(
            sentence=speaker.sentence,
            content=[TextRange(*content)],
            cue=speaker.cue if same_paragraph else None,
            cue_lemma=speaker.cue_lemma if same_paragraph else "",
            cue_kind=CueKind.FOLLOW_ON,
            source=speaker.source,
            source_apposition=speaker.source_apposition,
            evidence=["follow_on", "quote"],
        )

    def _quote_run(self, start: int, end: int, *, after: int) -> tuple[int, int] | None:
        """The quotes that open the text in [start, end) one after another, with nothing but spaces
        between them (a quote sentence, or several), trimmed; None when the text does not open with a
        quote, or the quote began before ``after`` (it is the speaker's own content)."""
        run: tuple[int, int] | None = None
        at = start
        for lo, hi in quote_regions(self.text, start, end):
            if self.text[at:lo].strip() or lo < after or any(a <= lo < b for a, b in self.skip):
                break
            run = (run[0] if run else lo, hi)
            at = hi
        if run is None:
            return None
        lo, hi = trim(self.text, *run)
        return (lo, hi) if hi > lo else None

    def _quotes(self, attribution: Attribution) -> bool:
        """Whether the attribution's content is (mostly) a direct quote."""
        regions = quote_regions(self.text, attribution.start, attribution.end)
        return any(a <= attribution.start + 1 and b >= attribution.end - 1 for a, b in regions) or any(
            self.text[max(0, r.start - 1) : r.start] in QUOTE_CHARS for r in attribution.content
        )

    def _skipped(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.skip)

    # -- nesting

    def _nest(self) -> None:
        """An attribution whose cue lies inside another's content is nested in it (the innermost wins)."""
        for i, inner in enumerate(self.found):
            anchor = inner.cue or inner.source
            if anchor is None:
                continue
            best: int | None = None
            best_size = 0
            for j, outer in enumerate(self.found):
                if i == j:
                    continue
                if outer.sentence != inner.sentence and not {"quote_extended", "follow_on"} & set(
                    outer.evidence
                ):
                    continue  # a quote of several sentences holds the cues quoted in any of them
                if any(r.start <= anchor.start and anchor.end <= r.end for r in outer.content):
                    size = outer.end - outer.start
                    if best is None or size < best_size:
                        best, best_size = j, size
            inner.parent = best


def find_attributions(
    doc: Doc,
    skip: Sequence[tuple[int, int]] = (),
    *,
    follow_on: bool = False,
    object_content: bool = False,
    text: str | None = None,
    words: Words | None = None,
) -> list[Attribution]:
    """All attributions in ``doc`` outside the ``skip`` ranges. With ``follow_on``, a quote paragraph with
    no cue after a quoted speaker is attributed to that speaker (source set, no cue). With
    ``object_content``, a speech verb's object is what was said, as PARC-style corpora annotate
    (:func:`claims.lexicons.object_content_lexicon`). ``text`` is ``doc.text`` and ``words`` its
    :class:`Words` when the caller has them already (``Doc.text`` is rebuilt from the tokens on every
    access)."""
    lexicon = object_content_lexicon() if object_content else None
    return AttributionFinder(doc, skip, lexicon, follow_on=follow_on, text=text, words=words).run()
