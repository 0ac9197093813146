"""From a parsed document to claims: attribution, coreference, classification, the article's own voice.

:func:`analyse` is what the spaCy component computes. It reads the parse, calls the layers below
(``attribution``, ``coref``, ``classify``) and returns plain output types. Offsets index the original
text: the analysis text the model saw has the same length (see ``text.analysis_text``).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from types import MappingProxyType

from spacy.tokens import Doc, Token

from claims.attribution import (
    Attribution,
    TextRange,
    Words,
    find_attributions,
    passive_agent,
    quote_regions,
    source_phrase,
    subject_of,
    trim,
)
from claims.classify import (
    MISREADING,
    PRONOUN_SUBJECTS,
    STATES,
    UNIVERSAL,
    ClaimFacts,
    Decision,
    Predicate,
    classify,
    may_assert_wrongdoing,
    singular,
)
from claims.coref import DEFINITE, PERSON_LABELS, Mention, Resolver, SourceMention, resolve_sources
from claims.discourse import NAME_STOP, ClaimContext, name_heads, name_words, resolve_discourse, staff_by_role
from claims.lexicons import cues, labels, sources
from claims.text import find_boilerplate, headline_span
from claims.types import Claim, Cue, Evidence, Label, Nesting, Skipped, Source, SourceSpan, Span

ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})
#: a possessive pronoun before a source's title, as the pronoun coreference resolves ("[her] lawyer")
POSSESSIVE_PRONOUNS = MappingProxyType({"his": "he", "her": "she", "its": "it", "their": "they"})


@dataclass(frozen=True, slots=True)
class Analysis:
    claims: tuple[Claim, ...]
    skipped: tuple[Skipped, ...]


def analyse(
    doc: Doc,
    text: str | None = None,
    *,
    follow_on_quotes: bool = False,
    source_span: SourceSpan = SourceSpan.NAME,
    nesting: Nesting = Nesting.ALL,
    object_content: bool = False,
) -> Analysis:
    """Claims and skipped boilerplate of ``doc``. ``text`` is the original input when the doc was built
    from a normalised copy of it (same length); span texts are cut from it. ``source_span`` sets where a
    source span ends (:class:`SourceSpan`); it changes no other field. ``nesting`` (:class:`Nesting`) keeps
    every claim or only the outermost ones (:func:`outermost`). ``object_content`` takes a speech verb's
    object as what was said (:func:`claims.attribution.find_attributions`)."""
    words = Words.of(doc)
    analysed = words.text  # Doc.text is rebuilt from the tokens on every access: read once, with the words
    original = analysed if text is None else text
    if len(original) != len(analysed):
        raise ValueError(
            f"the original text has {len(original)} characters but the doc has {len(analysed)}: "
            "pass the text the doc was made from (or a same-length normalisation of it)"
        )
    skipped = tuple(find_boilerplate(original))
    skip_ranges = [(s.start, s.end) for s in skipped]
    attributions = find_attributions(
        doc,
        skip_ranges,
        follow_on=follow_on_quotes,
        object_content=object_content,
        text=analysed,
        words=words,
    )
    headline = headline_span(original)
    builder = _Builder(doc, original, skip_ranges, headline, words, source_span)
    claims = builder.attributed(attributions) + builder.unattributed(attributions)
    claims.sort(key=lambda c: (c.start, -c.end, c.id))
    resolved = resolve_discourse(claims, builder.contexts)
    spanned = tuple(builder.spanned(c) for c in resolved)
    return Analysis(outermost(spanned) if nesting is Nesting.OUTERMOST else spanned, skipped)


def outermost(claims: Sequence[Claim]) -> tuple[Claim, ...]:
    """The claims no other claim contains (no ``parent``): "China said Wang told Blinken that ..." keeps
    China's claim and drops Wang's, so each stretch of text has one attribution, as univocal corpora
    annotate. A ``responds_to`` link to a dropped claim is dropped with it; labels are those the whole
    analysis gave."""
    kept = tuple(c for c in claims if c.parent is None)
    ids = {c.id for c in kept}
    return tuple(
        c if c.responds_to is None or c.responds_to in ids else replace(c, responds_to=None) for c in kept
    )


def claim_id(start: int, end: int, cue: TextRange | None, source: TextRange | None) -> str:
    """Stable for the same input: a digest of the claim's content, cue and source offsets."""
    key = (
        f"{start}:{end}:{cue.start if cue else ''}:{cue.end if cue else ''}:{source.start if source else ''}"
    )
    return "c" + hashlib.sha1(key.encode("ascii")).hexdigest()[:10]


class _Builder:
    def __init__(
        self,
        doc: Doc,
        text: str,
        skip: Sequence[tuple[int, int]],
        headline: tuple[int, int] | None,
        words: Words | None = None,
        source_span: SourceSpan = SourceSpan.NAME,
    ):
        self.doc = doc
        self.source_span = source_span
        self.phrases: dict[str, TextRange] = {}  # claim id -> its source's whole phrase (PHRASE only)
        self.text = text
        self.words = Words.of(doc) if words is None else words
        self.skip = skip
        self.contexts: dict[str, ClaimContext] = {}
        self.headline = headline
        blocked = [*skip, *([headline] if headline else [])]
        self.entities = [
            Mention(e.start_char, e.end_char, text[e.start_char : e.end_char], e.label_)
            for e in doc.ents
            if e.label_ in ENTITY_LABELS
            and not any(a <= e.start_char and e.end_char <= b for a, b in blocked)
        ]
        # the capitalised words of the article's names: a later short form the parser missed ("Sunmeadow
        # put sales ahead of the lives of these animals", after "Sunmeadow Foods") still names a party
        self.name_words = frozenset(
            w for e in self.entities for w in e.text.split() if w[:1].isupper() and w.lower() not in NAME_STOP
        )

    def span(self, r: TextRange | None) -> Span | None:
        return None if r is None else Span(self.text[r.start : r.end], r.start, r.end)

    # -- attributed claims

    def attributed(self, attributions: Sequence[Attribution]) -> list[Claim]:
        order = sorted(
            range(len(attributions)),
            key=lambda i: (attributions[i].source or attributions[i].cue or attributions[i].content[0]).start,
        )
        with_source = [i for i in order if attributions[i].source is not None]
        resolved = resolve_sources(
            [self._source_mention(attributions[i]) for i in with_source], self.entities
        )
        source_of: dict[int, Source] = dict(zip(with_source, resolved, strict=True))
        ids = [claim_id(a.start, a.end, a.cue, a.source) for a in attributions]
        nested: dict[int, list[TextRange]] = {}
        for a in attributions:
            if a.parent is not None:
                nested.setdefault(a.parent, []).extend(a.content)
        out = []
        for i, a in enumerate(attributions):
            facts = self._facts(a, source_of.get(i), nested.get(i, ()))
            decision = classify(facts)
            cue = None
            if a.cue is not None:
                cue = Cue(self.text[a.cue.start : a.cue.end], a.cue.start, a.cue.end, a.cue_lemma, a.cue_kind)
            fragments = (
                tuple(Span(self.text[r.start : r.end], r.start, r.end) for r in a.content)
                if len(a.content) > 1
                else ()
            )
            forms = (Evidence("form", e) for e in a.evidence if e != "coordinated_head")
            evidence = (*forms, *decision.evidence)
            self.contexts[ids[i]] = self._context(a, source_of.get(i), facts, attributions, ids)
            if decision.label is Label.ACCUSATION and decision.targets:
                accused = self._accused_names(decision.targets, source_of.get(i))
                self.contexts[ids[i]] = replace(
                    self.contexts[ids[i]],
                    accused_words=frozenset().union(*(name_words(n) for n in accused)),
                    accused_heads=frozenset().union(*(name_heads(n) for n in accused)),
                )
            if self.source_span is SourceSpan.PHRASE and a.source is not None:
                self.phrases[ids[i]] = self._source_phrase(a)
            out.append(
                Claim(
                    id=ids[i],
                    text=self.text[a.start : a.end],
                    start=a.start,
                    end=a.end,
                    label=decision.label,
                    confidence=decision.confidence,
                    source=source_of.get(i),
                    cue=cue,
                    targets=decision.targets,
                    parent=ids[a.parent] if a.parent is not None else None,
                    evidence=evidence,
                    fragments=fragments,
                )
            )
        return out

    def _accused_names(self, targets: Sequence[Span], source: Source | None) -> list[str]:
        """The targets of an accusation and the names they stand for ("the company" -> "Marlowe Generics",
        "it" -> the organisation named before), so that the named party's answer is read as its answer;
        never the accuser itself."""
        accuser = [s for s in (source, source.resolved if source else None) if s is not None]
        # the accuser is no antecedent: "The Flood Action Group said the insurer had ..." stands for the
        # insurer named before the group; a name inside a description of the accuser is ("The former wife
        # of Anton Lind, claiming he concealed a stake")
        others = [
            e
            for e in self.entities
            if not any(a.start < e.end and e.start < a.end and not self._describes(a, e) for a in accuser)
        ]
        names = [t.text for t in targets]
        for t in targets:
            resolved = Resolver(others).resolve(self._mention(TextRange(t.start, t.end))).resolved
            if resolved is not None:
                names.append(resolved.text)
            else:
                names.extend(self._named_next(t, others))
        return names

    def _titled(self, source: Source) -> bool:
        """Whether the source's head is a title or a representative's ("lawyers", "president"), one who
        speaks for the owner named before it."""
        head = self._title_head(source)
        return head is not None and head.lemma_.lower() in sources().person_titles

    def _span_head(self, span: Source | Span | TextRange) -> Token | None:
        """The syntactic head of the tokens a character span covers."""
        return _head(list(self.doc.char_span(span.start, span.end, alignment_mode="expand") or []))

    def _describes(self, span: Source | Span, entity: Mention) -> bool:
        """Whether ``span`` is a description of a person by a relation to the named ``entity`` ("the
        former wife of Anton Lind", "a lawyer for Dana Reyes"): its head is a common noun outside the
        name, and the name is a person's."""
        head = self._span_head(span)
        return (
            head is not None
            and entity.label in PERSON_LABELS
            and head.pos_ == "NOUN"
            and not entity.start <= head.idx < entity.end
        )

    def _named_next(self, target: Span, entities: Sequence[Mention]) -> list[str]:
        """A person (or body) the article first describes and then names: "charged [a 44-year-old satellite
        engineer] with passing files ... Dario Feszt, who worked for Orvane Systems, handed over 40 documents"
        (the first new person named in the next sentence; for "a loft conversion firm", the first new
        organisation). Only for a description of one party with no name in it ("his longtime manager", "their
        older brother, the executor of the estate")."""
        words = target.text.split()
        if len(words) < 2 or words[0].lower() not in DESCRIBING or any(w[:1].isupper() for w in words[1:]):
            return []  # (a name in it: "their landlord, Crownhill Residential")
        lex = sources()
        head = target.text.split(",")[0].split()[-1].lower()
        if head in lex.person_descriptors | lex.relatives:
            labels_of = PERSON_LABELS
        elif head in lex.organisation_nouns and words[0].lower() in {"a", "an"}:
            labels_of = ORG_LABELS  # "fined [a loft conversion firm] ... Heron Lofts said ..."
        else:
            return []  # not one party ("their contractor", "his own staff")
        sentence = self.doc.char_span(target.start, target.end, alignment_mode="expand")
        if sentence is None:
            return []
        nxt = sentence.sent.end
        limit = self.doc[nxt].sent.end_char if nxt < len(self.doc) else len(self.text)
        before = self.text[: target.start]
        for e in entities:
            if e.label in labels_of and target.end <= e.start < limit:
                last = e.text.split()[-1]
                return [] if last in before else [e.text]
        return []

    def _source_phrase(self, a: Attribution) -> TextRange:
        """The source's whole phrase (:attr:`SourceSpan.PHRASE`), before the cue or content after it."""
        assert a.source is not None
        if a.relative_pronoun is not None:
            return a.relative_pronoun  # "Borges, [who] predicted ...": PARC marks the relative pronoun
        after = [r.start for r in (*a.content, *([a.cue] if a.cue else [])) if r.start >= a.source.end]
        return source_phrase(self.doc, a.source, min(after, default=len(self.text)))

    def spanned(self, claim: Claim) -> Claim:
        """``claim`` with its source spanned as the output convention asks. Applied last, when the labels
        and links are settled, so they do not depend on the convention."""
        phrase = self.phrases.get(claim.id)
        if phrase is None or claim.source is None:
            return claim
        text = self.text[phrase.start : phrase.end]
        source = claim.source
        if phrase.start > source.end:
            # the relative pronoun that stands for the source in its clause; the source it stands for
            # becomes what it resolves to, unless that is known already
            resolved = source.resolved or Span(source.text, source.start, source.end)
            return replace(
                claim,
                source=replace(source, text=text, start=phrase.start, end=phrase.end, resolved=resolved),
            )
        if source.start != phrase.start:
            return claim
        return replace(claim, source=replace(source, text=text, start=phrase.start, end=phrase.end))

    def _context(
        self,
        a: Attribution,
        source: Source | None,
        facts: ClaimFacts,
        attributions: Sequence[Attribution],
        ids: Sequence[str],
    ) -> ClaimContext:
        parties: set[str] = set()
        heads: set[str] = set()
        represented = None
        found: TextRange | None = None
        if source is not None:
            found = self._principal_range(source)
            principal = self.text[found.start : found.end] if found else None
            names = [source.text, source.resolved.text if source.resolved else None, principal]
            appos = self.span(a.source_apposition)
            named = self._principal_range(appos) if appos is not None else None
            if named is not None and self.text.startswith(("'s", "’s"), named.end):
                # "Marcus Odell, [Pellam]'s head of public affairs, said": the owner the apposition names
                names.append(self.text[named.start : named.end])
            for name in names:
                if name:
                    parties |= name_words(name)
                    heads |= name_heads(name)
            represented = self._represented(source, found)
        elaborates = None
        if a.verb is not None:
            verb = self.doc[a.verb]
            if verb.tag_ == "VBG" and verb.dep_ in {"advcl", "xcomp", "conj"}:
                # the nearest cue above the participle: "rejected the claims, saying ...", also when the
                # parser hung it inside the rejected clause ("dismissed reports that ..., saying ...")
                cue_tokens = {b.verb: ids[j] for j, b in enumerate(attributions) if b.verb is not None}
                above = [t for t in verb.ancestors if t.i in cue_tokens]
                owner = next((t for t in above if t.lemma_.lower() in cues().np_object_cues), None)
                elaborates = cue_tokens[(owner or above[0]).i] if above else None
        head = self._title_head(source) if source is not None else None
        source_head = head.lemma_.lower() if head is not None else ""
        employer = self._employer(found, source_head)
        acting = _acting(facts)
        actor = acting[0] if acting is not None else None
        charged = _charged(facts)
        charged_names = self._accused_names((charged,), source) if charged is not None else []
        return ClaimContext(
            topic=self._topic(a),
            answer_subjects=frozenset(
                p.subject_head
                for p in facts.predicates
                if p.main and p.subject is not None and not p.self_reference and p.subject_head.isalpha()
            ),
            actor=actor,
            actor_words=name_words(actor.text) if actor else frozenset(),
            actor_heads=name_heads(actor.text) if actor else frozenset(),
            actor_acts=acting is not None and _acts_on_its_own(acting[1]),
            they_act=any(_they_act(p) for p in facts.predicates),
            charged=charged,
            charged_staff=charged is not None and staff_by_role(charged.text),
            charged_words=frozenset().union(*(name_words(n) for n in charged_names)),
            charged_heads=frozenset().union(*(name_heads(n) for n in charged_names)),
            parties=frozenset(parties),
            party_heads=frozenset(heads),
            represented_words=name_words(represented) if represented else frozenset(),
            represented_heads=name_heads(represented) if represented else frozenset(),
            employer_words=name_words(employer) if employer else frozenset(),
            employer_heads=name_heads(employer) if employer else frozenset(),
            source_head=source_head,
            counsel=source is not None
            and found is None
            and represented is None
            and bool(name_words(source.text) & COUNSEL),
            negated=any(p.negated and p.main for p in facts.predicates),
            # "vowed to safeguard ...": a cue of promising makes the whole content a promise
            prospective=any(p.main and (p.future or p.hypothetical) for p in facts.predicates)
            or (facts.cue_lemma or "") in labels().prospective_verbs,
            about_itself=any(p.main and (p.self_reference or _said_thing(p)) for p in facts.predicates),
            about_another=any(
                p.main
                and p.party_subject
                and not (p.self_reference or p.passive or p.subject_head in PRONOUN_SUBJECTS)
                for p in facts.predicates
            )
            and not self._speaks_for_someone(a, source, found),
            self_negated=any(
                p.main
                and (p.negated or _nobody(p))
                and (p.self_reference or _said_thing(p) or p.subject is None or _nobody(p))
                and (p.never or p.subject is None or _nobody(p) or p.lemma in _answering_acts())
                for p in facts.predicates
            ),
            vouches_for_all=any(_vouches_for_all(p) or _vetted(p) for p in facts.predicates),
            refuses=any(p.main and p.negated and p.will for p in facts.predicates),
            elaborates=elaborates,
            sentence=a.sentence,
            asserted=frozenset(
                p.lemma for p in facts.predicates if not (p.negated or p.hypothetical or p.future)
            )
            - LIGHT_VERBS,
            negated_acts=frozenset(
                p.lemma for p in facts.predicates if p.main and p.negated and not (p.hypothetical or p.future)
            )
            - LIGHT_VERBS,
        )

    def _accusatory(self, a: Attribution, source: Source | None) -> bool:
        """A source whose business is accusing, or a statement made to a court."""
        lex = labels()
        if a.object is not None and any(
            w in lex.courts for w in self.text[a.object.start : a.object.end].lower().split()
        ):
            return True
        if a.verb is not None:
            verb = self.doc[a.verb]
            if verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.lemma_.lower() in lex.suing_verbs:
                return True  # "the city sued the state, arguing that ...": the grounds of a lawsuit
        if source is None:
            return False
        words = set((source.resolved or source).text.lower().split()) | set(source.text.lower().split())
        lemmas = {
            t.lemma_.lower()
            for t in self.doc.char_span(source.start, source.end, alignment_mode="expand") or []
        }
        return bool((words | lemmas) & lex.accusatory_sources)

    def _principal(self, source: Source) -> str | None:
        """Whom a source speaks for: 'a spokesperson for [Lorne Capital]', '[Lau]'s attorney'; nobody for
        a party of its own ('the museum's insurer')."""
        found = self._principal_range(source)
        return self.text[found.start : found.end] if found else None

    def _title_head(self, source: Source | Span) -> Token | None:
        """The head of the source's phrase ("lawyer" in "her lawyer, Pieter Hallam"); none for a party of its
        own ("the museum's insurer")."""
        head = self._span_head(source)
        return None if head is None or head.lemma_.lower() in sources().outside_parties else head

    def _principal_range(self, source: Source | Span) -> TextRange | None:
        head = self._title_head(source)
        if head is None:
            return None
        for child in head.children:
            if child.dep_ == "poss" and child.pos_ != "PRON":
                return TextRange(child.left_edge.idx, child.idx + len(child.text))
            if child.dep_ == "prep" and child.lower_ in {"for", "of", "at"}:
                obj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if obj is not None and not _unit(obj):
                    return TextRange(obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge.text))
        named = [c for c in head.children if c.dep_ == "compound" and c.i < head.i]
        if named and head.lemma_.lower() in sources().representative_heads:
            # "a [Benmore] spokesperson", "a [prison authority] spokesman": the body before the title
            return TextRange(named[0].left_edge.idx, named[-1].idx + len(named[-1].text))
        return self._titled_body(source)

    def _titled_body(self, source: Source | Span) -> TextRange | None:
        """The capitalised body before a title in front of a name, however the parser hung it: "[Drennick]
        chief executive Paul Sarno", "[Velmar Roads] spokesman Jon Aalto"."""
        tokens = list(self.doc.char_span(source.start, source.end, alignment_mode="expand") or [])
        at = next((i for i, t in enumerate(tokens) if _titles_a_person(t)), None)
        if not at or at == len(tokens) - 1 or not all(t.is_title and t.is_alpha for t in tokens[:at]):
            return None
        body = self.text[tokens[0].idx : tokens[at - 1].idx + len(tokens[at - 1].text)]
        # a body the article names ("Drennick Polymers"), not a portfolio ("Environment minister", "Council
        # President")
        if not any(e.text.startswith(body) and e.end <= source.start for e in self.entities):
            return None
        return TextRange(tokens[0].idx, tokens[0].idx + len(body))

    def _topic(self, a: Attribution) -> frozenset[str]:
        """The common nouns and verbs of a claim's content by lemma ("discharged sewage": discharge,
        sewage): what an answer to it may take up as its subject ("the discharge had been permitted")."""
        out: set[str] = set()
        for r in a.content:
            span = self.doc.char_span(r.start, r.end, alignment_mode="expand")
            out.update(t.lemma_.lower() for t in span or () if t.pos_ in {"NOUN", "VERB"} and t.is_alpha)
        return frozenset(out) - LIGHT_VERBS

    def _employer(self, found: TextRange | None, head: str) -> str | None:
        """The body a person source is at: "A former caseworker [at Corvale's agency]", "[the chain]'s former
        store manager"; not the author of a document ("the panel's report") nor whom one is kin to ("the
        family of a man who died")."""
        if found is None or head in sources().document_heads or head in sources().relatives:
            return None
        owned = self.text.startswith(("'s", "’s"), found.end)
        if not owned and not self.text[: found.start].rstrip().lower().endswith(" at"):
            return None
        return self.text[found.start : found.end]

    def _represented(self, source: Source, found: TextRange | None) -> str | None:
        """The name a described principal (``found``, see :meth:`_principal_range`) stands for: "the
        company's medical director" speaks for the company named before ("Sentinel Health Insurance"). A
        guess (the nearest organisation), so it is kept apart from the parties and used only to read an
        answer to an accusation."""
        if found is None:
            return self._pronoun_owner(source)
        if self.text[found.start : found.end].split()[0].lower() not in DEFINITE:
            return None
        resolved = Resolver(self.entities).resolve(self._mention(found)).resolved
        return resolved.text if resolved is not None and resolved.end <= source.start else None

    def _pronoun_owner(self, source: Source) -> str | None:
        """The name a possessive pronoun before the source's title stands for: "[her] lawyer, Pieter Hallam"
        speaks for the sprinter named before, "[its] chief executive" for the company. A person's pronoun
        only before a representative's title ("her lawyer", not "her husband"). A guess, like
        :meth:`_represented`."""
        head = self._title_head(source)
        if head is None:
            return None
        owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS), None)
        if owner is None:
            return None
        pronoun = POSSESSIVE_PRONOUNS[owner.lower_]
        if pronoun in {"he", "she"} and head.lemma_.lower() not in sources().representative_heads:
            return None
        mention = SourceMention(
            start=owner.idx, end=owner.idx + len(owner.text), text=owner.text, head=pronoun
        )
        resolved = Resolver(self.entities).resolve(mention).resolved
        return resolved.text if resolved is not None else None

    def _source_mention(self, a: Attribution) -> SourceMention:
        assert a.source is not None
        return self._mention(a.source, self.span(a.source_apposition))

    def _mention(self, r: TextRange, apposition: Span | None = None) -> SourceMention:
        """A span of the text as a mention that coreference can resolve."""
        tokens = [t for t in self.doc.char_span(r.start, r.end, alignment_mode="expand") or []]
        head = _head(tokens)
        det = (
            next((c.lower_ for c in head.children if c.dep_ in {"det", "poss"}), "")
            if head is not None
            else ""
        )
        return SourceMention(
            start=r.start,
            end=r.end,
            text=self.text[r.start : r.end],
            head=head.lower_
            if head is not None and head.pos_ == "PRON"
            else (head.lemma_.lower() if head is not None else ""),
            determiner=det,
            is_proper=head is not None and (head.pos_ == "PROPN" or head.ent_type_ in ENTITY_LABELS),
            plural=head is not None
            and (head.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in head.children)),
            entities=tuple(e for e in self.entities if r.start <= e.start and e.end <= r.end),
            apposition=apposition,
            antecedent=not (self.headline and self.headline[0] <= r.start < self.headline[1]),
            modifiers=_modifiers(head),
        )

    def _facts(self, a: Attribution, source: Source | None, nested: Sequence[TextRange] = ()) -> ClaimFacts:
        """What the classifier needs about one attribution. The content of a claim nested in this one
        ("China said [Wang told Blinken that ...]") is the nested claim's business, so it is left out."""
        words: set[str] = set()
        predicates: list[Predicate] = []
        spans = [self.doc.char_span(r.start, r.end, alignment_mode="expand") for r in a.content]
        held = {t.i for span in spans if span is not None for t in span}
        for span in spans:
            if span is None:
                continue
            inside = {t.i for t in span}
            for t in span:
                if any(n.start <= t.idx < n.end for n in nested):
                    continue
                words.update((self.words.lower[t.i], self.words.lemma[t.i]))
                if (
                    (t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"aux", "auxpass", "amod"})
                    or _mistagged_verb(t)
                    or _perfect_as_modifier(t) is not None
                ):
                    predicates.append(self._predicate(t, source, inside, held))
        obj = self.span(a.object)
        object_head = ""
        named = False  # the object is a name ("[Aurelian Wind]"), whatever its last word means
        if a.object is not None:
            obj_span = self.doc.char_span(a.object.start, a.object.end, alignment_mode="expand")
            head = _head(list(obj_span)) if obj_span is not None else None
            object_head = head.lemma_.lower() if head is not None else ""
            named = (
                head is not None
                and head.pos_ == "PROPN"
                and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in head.children)
            )
            if obj is not None:
                # "faulted [the agency] for failing to inspect": the agency fails, not the source (the
                # subject the parser gives such a gerund is the cue's, outside the content)
                predicates = [
                    replace(
                        p, subject=obj, subject_head=object_head, subject_entities=(), self_reference=False
                    )
                    if p.subject is None or not any(r.start <= p.subject.start < r.end for r in a.content)
                    else p
                    for p in predicates
                ]
        pred_words: frozenset[str] = frozenset()
        if a.predicate_object is not None:
            ps = self.doc.char_span(a.predicate_object.start, a.predicate_object.end, alignment_mode="expand")
            pred_words = frozenset(self.words.both(ps.start, ps.end)) if ps is not None else frozenset()
        return ClaimFacts(
            object_is_party=named
            or (object_head not in labels().not_parties and not self._blamed_on_no_party(a)),
            clausal="clause" in a.evidence,
            text=" ".join(self.text[r.start : r.end] for r in a.content),
            content=Span(self.text[a.start : a.end], a.start, a.end),
            cue_lemma=a.cue_lemma or None,
            cue_negated=a.negated,
            cue_hypothetical=a.hypothetical,
            cue_future=a.verb is not None
            and any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in self.doc[a.verb].children),
            cue_span=self.span(a.cue),
            object=obj,
            object_head=object_head,
            predicate_words=pred_words,
            antecedent=self.span(a.antecedent),
            predicates=tuple(predicates),
            content_words=frozenset(words),
            source_text=source.text if source else "",
            accusatory_source=self._accusatory(a, source),
            found_thing="found_object" in a.evidence and not self._nothing_found(a),
        )

    def _nothing_found(self, a: Attribution) -> bool:
        """'a review found [no systemic mis-selling]': what is found is nothing (a denial's business); or
        'found [that two in five settings expected a loss]': a clause the parser made a noun phrase."""
        span = self.doc.char_span(a.start, a.end, alignment_mode="expand")
        first = span[0].lower_ if span is not None and len(span) > 0 else ""
        return first in {"no", "none", "nothing", "little", "that"}

    def _blamed_on_no_party(self, a: Attribution) -> bool:
        """'a fall in sales, which the finance chief blamed on higher interest rates': what is blamed is a
        cause that is no party (``not_parties``), whatever the parser made the object."""
        if a.verb is None or a.cue_lemma != "blame":
            return False
        causes = [
            {g.lemma_.lower(), g.lower_}
            for c in self.doc[a.verb].children
            if c.dep_ == "prep" and c.lower_ in {"on", "upon"}
            for g in c.children
            if g.dep_ == "pobj"
        ]
        return bool(causes) and all(cause & labels().not_parties for cause in causes)

    def _predicate(
        self,
        verb: Token,
        source: Source | None = None,
        within: set[int] | None = None,
        held: set[int] | None = None,
    ) -> Predicate:
        """The predicate of ``verb``; ``within`` holds the tokens of its content range, ``held`` those of
        all the claim's content ranges (its complement and objects are read only there)."""
        lower, lemmas = self.words.lower, self.words.lemma
        have = _perfect_as_modifier(verb)
        subj = subject_of(have if have is not None else verb)
        if subj is not None and subj.lower_ in RELATIVE_SUBJECTS and verb.dep_ == "relcl":
            subj = verb.head  # "the crash, which killed six": the crash did it, not "which"
        fronted = _fronted_verb(verb, within)
        if fronted:
            subj = verb.head
        subject: Span | None = None
        subject_head = ""
        entities: tuple[Span, ...] = ()
        party_subject = False
        skip: set[int] = set()
        if subj is not None:
            lo, hi = subj.left_edge, subj.right_edge
            if fronted or (lo.i < verb.i <= hi.i and subj.i != verb.head.i):
                # the subject ends where its verb begins (also when the parser hung a trailing speaker on
                # it: "Coastguard officers towed a dinghy ..., the group Tidewatch alleged")
                hi = self.doc[verb.i - 1]
            start, end = trim(self.text, lo.idx, hi.idx + len(hi.text))
            if end > start:
                subject = Span(self.text[start:end], start, end)
                # a pronoun as written; a gerund as written too, since it names an act and its lemma may
                # be a noun of saying ("[Charging] people more ... is unfair" is no "charge")
                as_written = subj.pos_ == "PRON" or subj.tag_ == "VBG"
                subject_head = subj.lower_ if as_written else subj.lemma_.lower()
                reduced = _reduced_relative_head(subj) or _partitive_head(subj)
                if reduced is not None:
                    subj, subject_head = reduced, reduced.lemma_.lower()
                # the named parties the subject is: entities over its head or a conjunct's ("Russia and
                # North Korea"); a name that only modifies a party noun is not the party ("the [Kamali]
                # campaign", "[Indian] troops"), but the names in a non-party subject are ("the cooperation
                # between [Russia] and [North Korea]")
                inside = [e for e in self.entities if start <= e.start and e.end <= end]
                heads = [subj, *subj.conjuncts]
                named = [e for e in inside if any(e.start <= h.idx < e.end for h in heads)]
                party_subject = (
                    bool(named)
                    or _party_noun(subj)
                    or subj.pos_ in {"PRON", "PROPN"}
                    or (subj.text in self.name_words and not subj.conjuncts and subj.i == lo.i)
                )
                if not named and not _party_noun(subj):
                    named = inside
                entities = tuple(Span(e.text, e.start, e.end) for e in named)
                skip = {t.i for t in subj.subtree} - ({t.i for t in verb.subtree} if fronted else set())
        # the words after the verb that the claim holds: not a trailing "according to X" cut off it
        after = [
            t for t in verb.subtree if t.i > verb.i and t.i not in skip and (held is None or t.i in held)
        ]
        after += [c for c in verb.children if c.dep_ == "advmod" and c.i < verb.i]
        # an embedded question is not asserted: "opened an inquiry into [whether the app shared data ...]"
        unasserted = {
            t.i
            for m in verb.subtree
            if m.dep_ == "mark" and m.lower_ in {"whether", "if"} and m.head.i != verb.i
            for t in m.head.subtree
        }
        # with a 'by' agent as the subject ("the damage was caused by the tenants"), the passive's subject
        # is what was done to: "caused [the damage]"
        object_deps = {"dobj", "pobj", "attr", "prep", "dative"} | (
            {"nsubjpass"} if passive_agent(verb) is not None else set()
        )
        objects = [
            t
            for c in verb.children
            if c.dep_ in object_deps
            for t in c.subtree
            if t.i not in unasserted and (held is None or t.i in held)
        ]
        # the negation of an adverb negates the verb: 'had "never knowingly" handled funds'
        # (of a manner adverb: "never knowingly", "never once"; not "no longer", "not only")
        adverb_negations = [
            g
            for c in verb.children
            if c.dep_ == "advmod"
            and ((c.lower_.endswith("ly") and c.lower_ != "only") or c.lower_ in {"once", "ever"})
            for g in c.children
            if g.dep_ == "neg"
        ]
        never = (
            any(c.lower_ == "never" for c in (*verb.children, *adverb_negations))
            or (subj is not None and _no_one(subj))
            # a passive's patient, its doer the subject here: "none of the deaths was caused by the drug"
            or any(c.dep_ == "nsubjpass" and _no_one(c) for c in verb.children)
            # "we have broken no law", "paid no bribes", "there is no conflict here", "detected nothing"
            or any(
                c.dep_ in {"dobj", "attr"}
                and (
                    c.lower_ in {"nothing", "none"}
                    or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
                )
                for c in verb.children
            )
            # "at no point did we ...", "at no time", "in no way"
            or any(
                c.dep_ == "prep"
                and any(g.dep_ == "pobj" and any(d.lower_ == "no" for d in g.children) for g in c.children)
                and c.lower_ in {"at", "in"}
                for c in verb.children
            )
        )
        negated = never or any(c.dep_ == "neg" for c in verb.children) or bool(adverb_negations)
        particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), "")
        hypothetical = any(
            c.dep_ == "aux" and c.lower_ in {"could", "would", "might", "may"} for c in verb.children
        ) or any(
            c.dep_ == "mark"
            and (c.lower_ == "whether" or (c.lower_ in {"if", "unless"} and verb.dep_ in {"advcl", "ccomp"}))
            for c in verb.children
        )  # "if someone were able to", "an inquiry into whether the app shared data": not asserted
        # what a claim noun reports is not asserted by the source: "said [claims he helped move money
        # illegally] were without merit"
        hypothetical = hypothetical or self._reported_by_claim_noun(verb, within) or _denied_existence(verb)
        prospective = labels().prospective_verbs
        if verb.tag_ in {"VBD", "VBN"}:  # "its systems had worked as designed": what happened, not a plan
            prospective = prospective - labels().ongoing_prospective
            if not any(c.dep_ in {"xcomp", "ccomp"} for c in verb.children):
                # "promised to pay" looks ahead; "promised returns of 40 percent", "weighed the girls every
                # Monday" tell what was done
                prospective = prospective - labels().prospective_acts
        if any(c.dep_ == "prep" and c.lower_ == "at" for c in verb.children):
            prospective = prospective - {"aim"}  # "had always been aimed at adult smokers": whom, not a plan
        will = any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in verb.children)
        future = (
            will
            or verb.lemma_.lower() in prospective
            # "we intend to appeal these findings": the plan's verb is as much a plan
            or (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in prospective - {"vow", "pledge"})
        )
        planned = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in PLANNING
        main = verb
        while main.dep_ == "conj" and within is not None and main.head.i in within:
            main = main.head
        is_main = within is None or main.head.i not in within or main.head.i == main.i or fronted
        return Predicate(
            text=verb.text,
            main=is_main,
            complement_text=" ".join(lower[i] for i in sorted(t.i for t in after)),
            lemma=_verb_lemma(verb),
            start=verb.idx,
            end=verb.idx + len(verb.text),
            negated=negated,
            subject=subject,
            subject_head=subject_head,
            subject_entities=entities,
            party_subject=party_subject,
            complement_words=frozenset(w for t in after for w in (lower[t.i], lemmas[t.i])),
            object_words=frozenset(w for t in objects for w in (lower[t.i], lemmas[t.i])),
            object_text=" ".join(lower[i] for i in sorted(t.i for t in objects)),
            particle=particle,
            never=never,
            never_word=any(c.lower_ == "never" for c in (*verb.children, *adverb_negations)),
            hypothetical=hypothetical,
            future=future,
            will=will,
            manner=frozenset(
                w for c in verb.children if c.dep_ == "advmod" for w in (lower[c.i], lemmas[c.i])
            ),
            planned=planned,
            past_action=verb.lemma_.lower()
            not in {"be", "have", "say", "do", "tell", "become", "remain", "seem"}
            and (
                verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(c.lemma_ == "have" for c in verb.children))
            ),
            # "the election was stolen", "soldiers killed in a blast" (a reduced relative): no agent named
            passive=(
                any(c.dep_ == "auxpass" for c in verb.children)
                or (
                    verb.tag_ == "VBN"
                    and verb.dep_ == "acl"
                    and not fronted
                    and not any(c.dep_ in {"nsubj", "aux"} for c in verb.children)
                )
                # "212 officers had been injured and one [killed]": the participle shares the first
                # part's passive auxiliary
                or (
                    verb.tag_ == "VBN"
                    and verb.dep_ == "conj"
                    and not any(c.dep_ in {"aux", "auxpass", "dobj"} for c in verb.children)
                    and any(c.dep_ == "auxpass" for c in verb.head.children)
                )
            )
            and not any(c.dep_ == "agent" for c in verb.children),
            self_reference=subj is not None and self._refers_to_source(subj, source),
        )

    def _reported_by_claim_noun(self, verb: Token, within: set[int] | None) -> bool:
        """Whether the verb is inside the clause of a claim noun ('claims [he helped ...]', 'reports that
        [it had stolen ...]') within the content: that clause is someone's claim, not the source's."""
        nouns = labels().claim_nouns
        node = verb
        while node.head.i != node.i and (within is None or node.head.i in within):
            if node.dep_ in {"acl", "ccomp", "relcl"} and singular(node.head.lemma_.lower()) in nouns:
                return node.head.pos_ == "NOUN"
            node = node.head
        return False

    def _refers_to_source(self, subject: Token, source: Source | None) -> bool:
        """Whether a content subject is the source speaking of itself: "I"/"we" in a quote; "he"/"she",
        "it" or "they" when they agree with the source (a person, an organisation, a group); a noun owned
        by such a pronoun ("his officers"); or the source's own name ("the company ..." said the company)."""
        word = subject.lower_
        # the owner of the subject, or of a noun in it ("nobody from [our] side"); an owner's owner is not
        # the subject's ("[its] rival's team" is the rival's), nor is one inside a clause that modifies it
        # ("the officer who shot Laird in [his] driveway")
        owner = next(
            (
                c.lower_
                for c in subject.subtree
                if c.dep_ == "poss"
                and c.i != subject.i
                and c.head.dep_ != "poss"
                and not _in_clause_below(c, subject)
            ),
            None,
        )
        pronoun = word if word in PRONOUN_AGREEMENT else owner if owner in PRONOUN_AGREEMENT else None
        other = labels().counterparts
        if pronoun in {"his", "her"}:  # a person's relatives and superiors ("its commanders" are the body's)
            other = other | sources().relatives | SUPERIORS
        if pronoun is not None and pronoun != word and subject.lemma_.lower() in other:
            # "their landlord", "his employer", "her nephew": another party, not the source's own people
            return False
        if pronoun is not None:
            kind = PRONOUN_AGREEMENT[pronoun]
            if kind == "first":
                return True
            if source is None or self._quoted(subject.idx):
                return False  # in a direct quote a speaker says "I" or "we": "he" is someone else
            gender = PRONOUN_GENDER.get(pronoun)
            if gender is not None and self._other_gender(source, gender):
                return False  # "The former wife of Anton Lind" claiming "he concealed a stake": Lind
            types = self._source_types(source)
            if kind in {"thing", "plural"} and "person" in types and self._speaks_for_body(source):
                # "a spokesperson said its troops had not fired", "the club's president said it had
                # always stayed within its hours": the body the person speaks for
                return True
            return bool(types & {kind, "unknown"})
        if source is None:
            return False
        names = {source.text.lower()} | ({source.resolved.text.lower()} if source.resolved else set())
        principal = self._principal(source)
        if principal and self._titled(source):  # "Halvern's lawyers said Halvern had never ...": whom the
            names.add(principal.lower())  # source speaks for (not "the coach's assistant", of the coach)
        head = subject.lemma_.lower()
        # "the Kamali campaign" is not "the Labour Front campaign": a name in the subject must be the source's
        proper = {t.lower_ for t in subject.subtree if t.pos_ == "PROPN" and t.i != subject.i}
        # nor are "managers at the chain" the "former store manager" who speaks of them (one is not many)
        many = subject.tag_ in {"NNS", "NNPS"}
        return any(
            head in name.split() and proper <= set(name.split()) and (not many or word in name.split())
            for name in names
        )

    def _speaks_for_someone(self, a: Attribution, source: Source | None, principal: TextRange | None) -> bool:
        """A source that speaks for someone: one with a principal ("Keystone's director"), or a person with a
        title or a representative, in the source or its apposition ("Chief executive Leonie Brandt", "Pieter
        Haas, a spokesman for Amstel")."""
        if source is None:
            return False
        spans = [s for s in (source, self.span(a.source_apposition)) if s is not None]
        return principal is not None or any(
            _titles_a_person(t)
            for s in spans
            for t in self.doc.char_span(s.start, s.end, alignment_mode="expand") or []
        )

    def _speaks_for_body(self, source: Source) -> bool:
        """A spokesperson or lawyer, or a person named by the body they belong to ('the club's president',
        'the director of the agency')."""
        if self._represents(source):
            return True
        principal = self._principal(source)
        return principal is not None and principal.split()[0].lower() in {"the", "its", "their"}

    def _represents(self, source: Source) -> bool:
        """Whether a source speaks for a body: a spokesperson, a representative, a lawyer."""
        head = self._span_head(source)
        return head is not None and head.lemma_.lower() in sources().representative_heads

    def _quoted(self, pos: int) -> bool:
        """Whether character ``pos`` lies inside a double-quoted stretch of its line."""
        start = self.text.rfind("\n", 0, pos) + 1
        end = self.text.find("\n", pos)
        regions = quote_regions(self.text, start, len(self.text) if end < 0 else end)
        return any(a < pos < b for a, b in regions)

    def _other_gender(self, source: Source, gender: str) -> bool:
        """Whether the source as written, or the entity it stands for, is known to be a person of the other
        gender: its head or a title on it ("wife", "Mrs. Ortiz", "the spokesman") or a pronoun ("she")."""
        lex = sources()
        other = lex.male_words if gender == "female" else lex.female_words
        for span in (source, source.resolved):
            if span is None:
                continue
            head = self._span_head(span)
            if head is None:
                continue
            words = [head] + [c for c in head.lefts if c.dep_ in {"compound", "amod", "nmod"}]
            if any(
                w.lower_.rstrip(".") in other or PRONOUN_GENDER.get(w.lower_, gender) != gender for w in words
            ):
                return True
        return False

    def _source_types(self, source: Source) -> set[str]:
        """The kinds of the source as written and of the entity it stands for: 'the contractor' (a thing)
        resolved to 'Spotless Edge' (which the tagger may call a person) can be 'it' and 'he'."""
        return {self._span_type(source.resolved or source), self._span_type(source)}

    def _span_type(self, span: Source | Span) -> str:
        """'person', 'thing' (an organisation, a country, a document), 'plural' or 'unknown'."""
        tokens: list[Token] = list(self.doc.char_span(span.start, span.end, alignment_mode="expand") or [])
        head = _head(list(tokens))
        if head is None:
            return "thing"
        if head.lower_ in {"he", "she", "him", "her"}:
            return "person"
        if (
            head.lower_ in {"they", "them"}
            or head.tag_ in {"NNS", "NNPS"}
            or any(c.dep_ == "conj" and span.start <= c.idx < span.end for c in head.children)
        ):
            return "plural"  # a coordination inside the span ("Moscow and Pyongyang"), not one beyond it
        if (
            head.ent_type_ == "PERSON"
            or head.lower_.endswith("-year-old")  # "the 29-year-old"
            or head.lemma_.lower() in sources().anonymous_heads
            or head.lemma_.lower() in sources().person_descriptors
        ):
            return "person"
        if len(tokens) == 1 and head.tag_ == "NNP" and not head.ent_type_:
            return "unknown"  # "Ashworth", "Unifor": a bare name the tagger could not type
        if self._personal_name(tokens):
            return "unknown"  # "Declan Furey" tagged as a place: a two- or three-word name may be a person
        return "thing"

    def _personal_name(self, tokens: Sequence[Token]) -> bool:
        """Two or three capitalised words, none an organisation word, not an organisation or a known
        country or capital: the shape of a person's name, whatever the entity tagger said."""
        words = [t for t in tokens if not t.is_punct]
        if not 2 <= len(words) <= 3 or any(t.tag_ != "NNP" or t.ent_type_ == "ORG" for t in words):
            return False
        lex = sources()
        text = " ".join(t.text for t in words)
        return (
            not any(t.lower_ in lex.organisation_nouns or t.lower_ in lex.descriptor_heads for t in words)
            and lex.polity(text) == text.lower()
        )

    # -- the article's own voice

    def unattributed(self, attributions: Sequence[Attribution]) -> list[Claim]:
        covered: list[tuple[int, int]] = []
        for a in attributions:
            covered.extend((r.start, r.end) for r in a.content)
            for r in (a.cue, a.source):
                if r is not None:
                    covered.append((r.start, r.end))
        out = []
        for sent in self.doc.sents:
            start, end = trim(self.text, sent.start_char, sent.end_char)
            if end <= start:
                continue
            if any(a <= start and end <= b for a, b in self.skip):
                continue
            if any(a < end and start < b for a, b in covered):
                continue
            if not any(t.is_alpha for t in sent):
                continue
            words = frozenset(self.words.both(sent.start, sent.end))
            decision = _STATEMENT
            # in the article's own voice only an accusation counts, and that needs a word that can assert
            # wrongdoing: without one the predicates are not worth reading
            if may_assert_wrongdoing(words):
                predicates = tuple(
                    self._predicate(t)
                    for t in sent
                    if t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"aux", "auxpass", "amod"}
                )
                facts = ClaimFacts(
                    text=self.text[start:end],
                    content=Span(self.text[start:end], start, end),
                    predicates=predicates,
                    content_words=words,
                )
                decision = classify(facts)
                if decision.label is not Label.ACCUSATION or not decision.targets:
                    decision = _STATEMENT  # the article denies nothing; an accusation needs a target
            label, targets = decision.label, decision.targets
            out.append(
                Claim(
                    id=claim_id(start, end, None, None),
                    text=self.text[start:end],
                    start=start,
                    end=end,
                    label=label,
                    confidence=round(decision.confidence * 0.8, 2),
                    targets=targets,
                    evidence=(Evidence("form", "unattributed"), *decision.evidence),
                )
            )
        return out


def _party_noun(token: Token) -> bool:
    """A noun that names a party by itself: 'troops', 'campaign', 'ministry', 'officials'."""
    lem = token.lemma_.lower()
    affiliates = labels().affiliates
    return sources().names_party(lem) or lem in affiliates or token.lower_ in affiliates


#: subjects that deny for everyone: "nobody from this club ever met him", "no civilian target was struck"
NOBODY = re.compile(r"^(?:nobody|no\s*-?\s*one|none|nothing|no|not\s+(?:one|a\s+single|a))\b", re.IGNORECASE)


def _no_one(noun: Token) -> bool:
    """A subject that is no one: 'none', 'nobody', 'nothing', or a noun with 'no' ('no civilian site')."""
    return noun.lower_ in {"none", "nobody", "no-one", "nothing"} or any(
        d.dep_ == "det" and d.lower_ == "no" for d in noun.children
    )


def _nobody(p: Predicate) -> bool:
    """The subject or the object is nobody: 'nobody ever met him', 'paid no one', 'no civilian site was struck
    by its jets' (with a 'by' agent the patient is read as the object)."""
    return (p.subject is not None and NOBODY.match(p.subject.text) is not None) or (
        NOBODY.match(p.object_text) is not None
    )


PATIENT_PREPOSITIONS = frozenset({"on", "to", "for", "with", "about", "from"})


def _vouches_for_all(p: Predicate) -> bool:
    """An act or passive said of every case, not promised: 'every delivery had been signed for', 'all
    donations were reviewed by lawyers', 'paid every supplier on time'."""
    if not p.main or p.negated or p.future or p.hypothetical or p.subject is None:
        return False
    first = p.subject.text.split(maxsplit=1)[0].lower() if p.subject.text else ""
    # "paid every supplier", "acted on every report"
    words = p.object_text.split(maxsplit=2)
    patient = words[1] if len(words) > 1 and words[0] in PATIENT_PREPOSITIONS else words[0] if words else ""
    # the patient of a passive with its doer ("every flight was approved by the aviation office") or of
    # a past act ("paid every supplier")
    return (first in UNIVERSAL and (p.passive or p.past_action)) or patient in UNIVERSAL


def _vetted(p: Predicate) -> bool:
    """A passive of vouching by someone named: 'had been approved by the league's own auditors', 'were
    signed off by two independent consultancies', 'was cleared by its external lawyers'."""
    return (
        p.main
        and not (p.negated or p.future or p.hypothetical)
        and p.lemma in labels().vetting_verbs
        # the doer of a passive is read as its subject, and "by" is left at the head of what follows
        and (p.complement_text.split(maxsplit=1)[:1] == ["by"] or p.complement_text.startswith("off by"))
    )


def _said_thing(p: Predicate) -> bool:
    """The predicate's subject is something said or shown: 'the report', 'the figures', 'the estimate'."""
    lex = labels()
    head = singular(p.subject_head)
    return head in lex.claim_nouns or head in lex.disputable_nouns or p.subject_head in lex.disputable_nouns


@cache
def _answering_acts() -> frozenset[str]:
    """A negated act that answers an accusation ("had not organised", "did not pay"): what a party is
    accused of."""
    lex = labels()
    return lex.act_verbs | lex.wrongdoing_verbs | lex.involvement_verbs


def _verb_lemma(verb: Token) -> str:
    """The lemma of a verb, repaired where the small model's rules cut only the 'd' of a past form it
    does not know ('mislabelled' -> 'mislabelle', 'misreported' -> 'misreporte'): when the lexicon lacks
    that lemma but has the stem without '-ed' (or without a doubled consonant and '-ed'), the stem."""
    lemma = verb.lemma_.lower()
    text = verb.lower_
    acts = _answering_acts()
    if lemma in acts or not text.endswith("ed") or lemma != text[:-1]:
        return lemma
    return next((stem for stem in (text[:-2], text[:-3]) if stem in acts), lemma)


#: verbs of a plan: "intends to appeal", "plans to challenge"
PLANNING = frozenset({"intend", "plan", "consider", "weigh", "expect", "hope", "aim", "want", "seek"})
RELATIVE_SUBJECTS = frozenset({"which", "that", "who"})

#: predicates that tell no act ("X is a company", "X has 500 staff", "X said")
NOT_ACTS = frozenset({"be", "have", "say", "seem", "become", "remain", "appear", "tell", "add"})
#: "told [staff to stop logging the numbers]": an order given, an act (not "told reporters that ...")
ORDERED = re.compile(r"^(?:[\w'’-]+\s+){1,3}to\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b)[a-z]+")
#: a person's superiors: in "his commander had ordered the unit to ...", another party than the soldier
SUPERIORS = frozenset({"commander", "superior"})
#: the entity labels of a body named after it is described
ORG_LABELS = frozenset({"ORG"})
#: words that open a description of someone not yet named ("a 44-year-old engineer", "his longtime manager")
DESCRIBING = frozenset({"a", "an", "his", "her", "their"})
#: verbs too common for a negation of one to contradict another source's use of it (see _contradiction)
LIGHT_VERBS = NOT_ACTS | frozenset({"do", "make", "take", "get", "give", "go", "come", "know", "see", "need"})


def _denied_existence(verb: Token) -> bool:
    """A relative clause on what is said not to exist asserts nothing: 'there is not one document in this
    docket that links my client to a bribe', 'there is no email that shows the mayor took a bribe'."""
    clause = next((t for t in (verb, *verb.ancestors) if t.dep_ == "relcl"), None)
    if clause is None:
        return False
    noun = clause.head
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in {"NOUN", "PROPN"}:
        noun = noun.head.head
    be = noun.head
    existential = be.lemma_ == "be" and any(c.dep_ == "expl" for c in be.children)
    if noun.dep_ not in {"attr", "nsubj"} or not existential:
        return False
    return any(c.dep_ == "neg" for c in be.children) or any(
        c.dep_ == "det" and c.lower_ == "no" for c in noun.children
    )


def _in_clause_below(token: Token, head: Token) -> bool:
    """Whether ``token`` sits in a clause that modifies ``head`` (a relative clause or a participle)."""
    node = token
    while node.i != head.i and node.head.i != node.i:
        if node.dep_ in {"relcl", "acl"}:
            return True
        node = node.head
    return False


def _reduced_relative_head(subj: Token) -> Token | None:
    """'The figures cited in the lawsuit are wrong', parsed as a clause ('the figures cited ...') that is
    the subject: the noun before the participle is what the sentence is about."""
    if subj.dep_ != "csubj" or subj.tag_ not in {"VBD", "VBN"}:
        return None
    return next(
        (c for c in subj.children if c.dep_ == "nsubj" and c.i < subj.i and c.pos_ in {"NOUN", "PROPN"}),
        None,
    )


def _partitive_head(subj: Token) -> Token | None:
    """'[one] of its optometrists', 'two of the guards': the people the part is taken from are who the
    subject is (a party, if they are one)."""
    if subj.lower_ not in PARTITIVES and subj.pos_ != "NUM":
        return None
    of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return obj if obj is not None and obj.pos_ in {"NOUN", "PROPN"} else None


#: words that take a part of a group: "[one] of its optometrists", "[some] of the guards"
PARTITIVES = frozenset({"one", "some", "many", "several", "most", "each", "half", "dozens"})


def _fronted_verb(verb: Token, within: set[int] | None) -> bool:
    """'Rebel fighters executed 30 civilians, the army said': the content's verb, parsed as a reduced
    relative on its subject (which the parser made the cue's subject); with its object it is the content's
    own active verb."""
    head = verb.head
    return (
        within is not None
        and verb.dep_ == "acl"
        and verb.tag_ in {"VBD", "VBN"}
        and head.i < verb.i
        and head.i in within
        and head.dep_ in {"nsubj", "nsubjpass"}
        and head.head.i not in within
        and any(c.dep_ == "dobj" for c in verb.children)
        and not any(c.dep_ in {"nsubj", "aux", "auxpass", "agent"} for c in verb.children)
    )


def _perfect_as_modifier(token: Token) -> Token | None:
    """The "have" of a past perfect the parser read as "have" with an object the participle modifies:
    'the auditors had [misread] routine reimbursements', 'the bank had [refunded] fees'. Adjectives that
    are only adjectives are left alone ('had full confidence')."""
    if token.dep_ != "amod" or token.i == 0 or token.head.i <= token.i:
        return None
    have = token.doc[token.i - 1]
    if have.lemma_ != "have" or have.dep_ in {"aux", "auxpass"} or token.head.head.i != have.i:
        return None
    verbal = token.tag_ in {"VBN", "VBD"} or token.lemma_.lower() in MISREADING
    return have if verbal else None


def _mistagged_verb(token: Token) -> bool:
    """A clause's verb the tagger took for a noun or an adjective, still holding its subject: 'the firm
    "categorically [rejects]" the findings' (a plural noun), 'managers had "quietly [closed]" concerns' (an
    adjective of the object)."""
    dep = token.dep_
    # (or a noun with an auxiliary of its own: 'the parish council has [overspent] on legal fees')
    perfect = dep == "ccomp" and token.pos_ == "NOUN" and any(c.dep_ == "aux" for c in token.children)
    if not (
        (dep == "amod" and token.tag_ in {"VBN", "VBD"})
        or (dep == "ccomp" and token.tag_ == "NNS")
        or perfect
    ):
        return False
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < token.i for c in token.children)


def _acts_on_its_own(p: Predicate) -> bool:
    """Whether the actor of ``p`` (see _acting) is a party by its head ('[Brightstone Builds] left their
    kitchen without a roof', not 'reservoir levels in the Kessock region have fallen') doing something of
    its own, not an authority's process ('police searched his home', 'regulators are investigating ...') and
    not a remedy of its own ('Velora is recalling 86,000 hatchbacks': ``remedial_acts``)."""
    return p.party_subject and _own_act(p)


def _own_act(p: Predicate) -> bool:
    """Whether ``p`` is something its subject does of its own: not an authority's process, not a remedy
    (see _acts_on_its_own), whoever the subject is."""
    lex = labels()
    authority = p.subject_head in lex.courts | lex.accusatory_sources or p.subject_head == "police"
    return p.lemma not in lex.process_verbs | lex.remedial_acts | STATES and not authority


def _chargeable(p: Predicate) -> bool:
    """Whether the subject of ``p`` can be charged with its act: a party by its head (see _acts_on_its_own)
    or people who can be a party to a wrong without a name ('[breeders] are producing these dogs for a
    look', '[the firemen] came with half-empty tanks': ``party_nouns``), not doers the article cannot name
    ('hackers broke in': ``unidentified_parties``), nor a plural of the people a party serves ('80,000
    customers lost power', 'passengers spent six hours on the tarmac': ``dependants``)."""
    lex = labels()
    head = p.subject_head
    if head in lex.unidentified_parties:
        return False
    if p.party_subject:
        return _acts_on_its_own(p)
    # (one of them is a party: "the tenant had failed to ventilate the property")
    many = p.subject is not None and p.subject.text.split()[-1].lower() != head
    served = many and bool({head, f"{head}s", re.sub(r"y$", "ies", head)} & lex.dependants)
    return head in lex.party_nouns and not served and _own_act(p)


def _they_act(p: Predicate) -> bool:
    """'[They] kept the sewing lines running', '[it] has cost us three points': an asserted act of a
    third-person pronoun that is not the source itself."""
    asserted = p.main and not (p.hypothetical or p.future or p.passive)
    return asserted and p.subject_head in {"they", "it"} and not p.self_reference and p.lemma not in NOT_ACTS


def _charged(facts: ClaimFacts) -> Span | None:
    """The party the content says did (or failed to do) something of its own, by name or by a noun that names
    a party ('the trust had lost the notes', 'senior managers had pressured evaluators') or by "he"/"she" (a
    person named before), not another pronoun, not the source itself, not an authority at work, in the first
    asserted active main predicate that has one."""
    for p in facts.predicates:
        if not p.main or p.hypothetical or p.future or p.passive or p.subject is None:
            continue
        ordered = p.lemma == "tell" and ORDERED.match(p.complement_text) is not None
        # "he had operated an unlicensed house": a person named before (resolved with the accused's names)
        someone = p.subject_head in {"he", "she"}
        pronoun = p.subject_head in PRONOUN_SUBJECTS and not someone
        if p.self_reference or pronoun or (p.lemma in NOT_ACTS and not ordered):
            return None  # the source itself, a pronoun, or no act ("the firm is a supplier")
        if _nobody(p):
            return None  # "no supervisor had photographed anyone": a denial for everyone
        return p.subject if _chargeable(p) else None
    return None


def _acting(facts: ClaimFacts) -> tuple[Span, Predicate] | None:
    """The party the content says did something, named (not a pronoun, not the source itself), in an
    asserted, active, non-future main predicate ('[Brightmart] is still selling ...'), with that predicate."""
    for p in facts.predicates:
        if (
            not p.main
            or p.negated
            or p.hypothetical
            or p.future
            or p.passive
            or p.self_reference
            or p.subject is None
            or p.lemma in NOT_ACTS
        ):
            continue
        if p.subject_entities:
            return p.subject_entities[0], p
        if p.subject_head in sources().organisation_nouns:
            return p.subject, p
        return None
    return None


def _unit(obj: Token) -> bool:
    """A function of a body, not a body: "head of [personnel]", "director of [communications]" (a bare common
    noun), not "director of [the agency]", "spokesman for [Acme]"."""
    bare = not any(c.dep_ in {"det", "poss", "compound"} for c in obj.children)
    return obj.pos_ == "NOUN" and obj.is_lower and bare


def _titles_a_person(token: Token) -> bool:
    """Whether a token is a person's title ("executive", "spokeswoman", "directors")."""
    titles = sources().person_titles
    return token.lower_ in titles or token.lemma_.lower() in titles


def _head(tokens: Sequence[Token]) -> Token | None:
    """The syntactic head of a token run: the token whose head lies outside the run."""
    if not tokens:
        return None
    indices = {t.i for t in tokens}
    for t in tokens:
        if t.head.i not in indices or t.head.i == t.i:
            return t
    return tokens[0]


def recut(
    claims: Sequence[Claim], skipped: Sequence[Skipped], text: str
) -> tuple[tuple[Claim, ...], tuple[Skipped, ...]]:
    """Claims and skipped spans with every span text cut again from ``text``: the doc was parsed from the
    same-length analysis text (curly quotes made straight), and the output quotes the input."""

    def span(s: Span) -> Span:
        return replace(s, text=text[s.start : s.end])

    def source(s: Source | None) -> Source | None:
        if s is None:
            return None
        return replace(s, text=text[s.start : s.end], resolved=span(s.resolved) if s.resolved else None)

    out = []
    for c in claims:
        out.append(
            replace(
                c,
                text=text[c.start : c.end],
                source=source(c.source),
                cue=replace(c.cue, text=text[c.cue.start : c.cue.end]) if c.cue else None,
                targets=tuple(span(t) for t in c.targets),
                fragments=tuple(span(f) for f in c.fragments),
                evidence=tuple(replace(e, span=span(e.span)) if e.span else e for e in c.evidence),
            )
        )
    return tuple(out), tuple(replace(s, text=text[s.start : s.end]) for s in skipped)


#: auxiliaries of a promise or a plan ("will appeal", "'ll fight", "is going to")
FUTURE_AUXILIARIES = frozenset({"will", "'ll", "’ll", "wo", "shall", "would", "going"})
#: titles of a lawyer, who answers for a client (see ClaimContext.counsel)
COUNSEL = frozenset({"lawyer", "attorney", "counsel", "solicitor", "barrister", "advocate"})

#: the gender a third-person pronoun gives
PRONOUN_GENDER = MappingProxyType(
    {"he": "male", "his": "male", "him": "male", "she": "female", "her": "female"}
)

PRONOUN_AGREEMENT = {
    "i": "first",
    "we": "first",
    "my": "first",
    "our": "first",
    "me": "first",
    "us": "first",
    "he": "person",
    "she": "person",
    "his": "person",
    "her": "person",
    "it": "thing",
    "its": "thing",
    "they": "plural",
    "their": "plural",
}


def _modifiers(head: Token | None) -> tuple[str, ...]:
    """Words that make a descriptor specific: 'regional' and 'environment' in 'the regional environment
    office', 'Port Alden' in 'the mayor of Port Alden'."""
    if head is None:
        return ()
    before = [c.lower_ for c in head.children if c.dep_ in {"amod", "compound", "nmod"} and c.i < head.i]
    after = [
        g.lower_
        for c in head.children
        if c.dep_ == "prep" and c.lower_ == "of" and c.i > head.i
        for g in c.subtree
        if g.pos_ in {"PROPN", "NOUN"}
    ]
    return tuple(before + after)


#: the label of a claim in the article's own voice that asserts no wrongdoing
_STATEMENT = Decision(Label.STATEMENT, 0.7)
