"""Resolve source mentions to the entity they stand for, within one article.

Pronouns ("It" -> the State Department, "She" -> Bonnie Jenkins), definite descriptors ("the division",
"the spokesman") and short names ("Jenkins" -> "Bonnie Jenkins") look back through the article for the
nearest compatible antecedent: earlier sources first (what the article has been quoting), then named
entities. The surface source is always kept; ``resolved`` points at the antecedent mention in the text.
Metonymy stays honest: "Washington" is left as written.

Plain data in, plain data out: no spaCy objects, so the rules are unit-testable on hand-built mentions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from claims.lexicons import SourceLexicon, sources
from claims.types import Source, SourceKind, Span

PERSON_LABELS = frozenset({"PERSON"})
GROUP_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC"})
DEFINITE = frozenset({"the", "this", "that", "these", "those"})


@dataclass(frozen=True, slots=True)
class Mention:
    """A named-entity mention: character offsets, text and NER label."""

    start: int
    end: int
    text: str
    label: str


@dataclass(frozen=True, slots=True)
class SourceMention:
    """A source span with the facts resolution needs, taken from the parse by the caller."""

    start: int
    end: int
    text: str
    head: str  # lower-cased head word ("division", "it", "jenkins")
    determiner: str = ""  # lower-cased determiner of the head, if any ("the")
    is_proper: bool = False  # the head is a proper noun
    plural: bool = False
    entities: tuple[Mention, ...] = ()  # entity mentions inside the span
    apposition: Span | None = None  # a name in apposition: "the official, [Bonnie Jenkins],"
    antecedent: bool = True  # may later mentions refer back to it (not a headline)
    modifiers: tuple[str, ...] = ()  # lower-cased words before the head ("regional", "environment")


def source_kind(mention: SourceMention, lexicon: SourceLexicon | None = None) -> SourceKind:
    lex = lexicon or sources()
    head = mention.head
    if head in lex.pronouns:
        return SourceKind.PRONOUN
    if mention.is_proper:
        return SourceKind.NAMED
    if head in lex.document_heads:
        return SourceKind.DOCUMENT
    if head in lex.anonymous_heads and mention.determiner not in DEFINITE:
        return SourceKind.ANONYMOUS
    return SourceKind.DESCRIPTOR


class Resolver:
    """Walks the sources of one article in text order, remembering what each one stood for."""

    def __init__(self, entities: Sequence[Mention], lexicon: SourceLexicon | None = None) -> None:
        self.lex = lexicon or sources()
        self.entities = sorted(entities, key=lambda m: (m.start, m.end))
        # earlier sources: (mention, the entity it stands for or itself, is_person)
        self.history: list[tuple[SourceMention, Span, bool]] = []

    # -- public

    def resolve(self, mention: SourceMention) -> Source:
        kind = source_kind(mention, self.lex)
        resolved = self._antecedent(mention, kind)
        if resolved is not None and (resolved.start, resolved.end) == (mention.start, mention.end):
            resolved = None
        entity = resolved or Span(mention.text, mention.start, mention.end)
        if mention.antecedent:
            self.history.append((mention, entity, self._is_person(mention, entity)))
        return Source(text=mention.text, start=mention.start, end=mention.end, kind=kind, resolved=resolved)

    # -- rules

    def _antecedent(self, mention: SourceMention, kind: SourceKind) -> Span | None:
        if mention.apposition is not None and kind not in {SourceKind.PRONOUN, SourceKind.NAMED}:
            return mention.apposition  # "the chief engineer, Tomas Ferreira" stands for the name
        if kind is SourceKind.PRONOUN:
            return self._pronoun(mention)
        if kind is SourceKind.NAMED:
            return self._short_name(mention)
        if kind is SourceKind.DESCRIPTOR and mention.determiner in DEFINITE:
            return self._descriptor(mention)
        return None

    def _pronoun(self, mention: SourceMention) -> Span | None:
        head = mention.head
        if head in {"i", "me", "we", "us", "you"}:
            return None
        if head in self.lex.person_pronouns:
            return self._latest(mention.start, person=True)
        if head in self.lex.thing_pronouns:
            return self._latest(mention.start, person=False)
        return self._latest(mention.start, person=None)

    def _short_name(self, mention: SourceMention) -> Span | None:
        """'Jenkins' -> the earlier 'Bonnie Jenkins' (same last word, longer name)."""
        persons = [e for e in mention.entities if e.label in PERSON_LABELS]
        if len(persons) != 1 or " " in persons[0].text.strip() or persons[0].text != mention.text:
            return None
        name = persons[0].text.strip().lower()
        earlier = [e for e in reversed(self._before(mention.start)) if e.label in PERSON_LABELS]
        # family name last ("Jenkins" -> "Bonnie Jenkins"), else first ("Wang" -> "Wang Yi")
        for position in (-1, 0):
            for entity in earlier:
                words = entity.text.lower().split()
                if len(words) > 1 and words[position] == name:
                    return Span(entity.text, entity.start, entity.end)
        return None

    def _descriptor(self, mention: SourceMention) -> Span | None:
        words = self.lex.descriptor_heads.get(mention.head)
        if words is None:
            if mention.head in self.lex.organisation_nouns or mention.head not in self.lex.anonymous_heads:
                return self._organisation(mention)
            words = ("*person",)
        if words == ("*person",):
            if mention.modifiers:
                return None  # "the mayor of Port Alden", "the former minister": a description of its own
            return self._latest_named(mention)
        if words == ("*gpe",):
            return self._latest_entity(mention.start, {"GPE"})
        # the nearest earlier source or entity whose words include one of the descriptor's
        for span in self._candidates(mention.start, person=False):
            # a word of the descriptor's, whole or with a plural or possessive ending ("Moss & Co.", "the
            # Harlow Group's"): not a prefix of another word ("co" in "a former cook")
            if any(re.search(rf"\b{re.escape(w)}(?:e?s|['’]s)?\b", span.text.lower()) for w in words):
                return span
        return self._organisation(mention)

    def _organisation(self, mention: SourceMention) -> Span | None:
        """'the carrier', 'the company': the nearest earlier organisation named in the article. A
        descriptor with words of its own ('the port authority') needs a name that has them all ('the
        Carrow Port Authority'); 'the regional environment office' is then a body of its own."""
        if mention.head not in self.lex.organisation_nouns:
            return None
        words = {mention.head, *mention.modifiers}
        for span in self._candidates(mention.start, person=False):
            if words <= set(span.text.lower().split()):
                return span
        if mention.modifiers:
            return None
        return self._salient_organisation(mention.start)

    # -- candidates

    def _before(self, position: int) -> list[Mention]:
        return [e for e in self.entities if e.end <= position]

    def _candidates(self, position: int, person: bool | None) -> list[Span]:
        """Antecedent spans before ``position``, nearest first: earlier sources, then entities."""
        out: list[Span] = []
        for mention, entity, is_person in reversed(self.history):
            if mention.start >= position:
                continue
            if person is None or is_person == person:
                out.append(entity)
        labels = (
            PERSON_LABELS if person else GROUP_LABELS if person is False else PERSON_LABELS | GROUP_LABELS
        )
        for e in reversed(self._before(position)):
            if e.label in labels:
                out.append(self._full_name(e) if e.label in PERSON_LABELS else Span(e.text, e.start, e.end))
        return out

    def _latest(self, position: int, person: bool | None) -> Span | None:
        """The nearest antecedent. A pronoun source is another mention of someone the article has been
        quoting, so earlier sources of the right kind come first; entities only when there are none."""
        from_sources = [
            entity
            for mention, entity, is_person in reversed(self.history)
            if mention.start < position and (person is None or is_person == person)
        ]
        best = from_sources[0] if from_sources else None
        if best is None:
            candidates = self._candidates(position, person)
            best = max(candidates, key=lambda s: s.start) if candidates else None
        if best is not None and person:
            return self._full_name(Mention(best.start, best.end, best.text, "PERSON"))
        return best

    def _latest_named(self, mention: SourceMention) -> Span | None:
        """'the chairman': the nearest earlier person source with a name ('club chairman Derek Shaw') or
        the same title; not an unnamed person of another kind ('a father', 'a former employee')."""
        titled_otherwise: list[SourceMention] = []
        for earlier, entity, is_person in reversed(self.history):
            if earlier.start >= mention.start or not is_person:
                continue
            if self._other_title(earlier, mention.head):
                titled_otherwise.append(earlier)
                continue  # "The mayor" is not "chief financial officer Lena Sorvik"
            named = any(
                e.label in PERSON_LABELS and entity.start <= e.start and e.end <= entity.end
                for e in self.entities
            )
            if named or earlier.head == mention.head:
                return self._full_name(Mention(entity.start, entity.end, entity.text, "PERSON"))
        if titled_otherwise:
            return None  # the article titles the people it quotes, and none had this title: someone new
        persons = [e for e in self._before(mention.start) if e.label in PERSON_LABELS]
        return self._full_name(persons[-1]) if persons else None

    def _other_title(self, earlier: SourceMention, head: str) -> bool:
        """Whether a source is written with a title of a person ('chief financial officer Lena Sorvik',
        'Anna Ruiz, the club's treasurer') none of whose words is ``head``: another role than 'the mayor'."""
        words = set(re.findall(r"[a-z]+", earlier.text.lower()))
        titles = words & self.lex.person_descriptors
        return bool(titles) and not self.lex.title_synonyms.get(head, frozenset({head})) & words

    def _latest_entity(self, position: int, labels: set[str]) -> Span | None:
        for e in reversed(self._before(position)):
            if e.label in labels:
                return Span(e.text, e.start, e.end)
        return None

    def _salient_organisation(self, position: int) -> Span | None:
        """'the company' with no words of its own: the organisation the article has named most often so far
        (by the first word of its name, whatever the tagger called each mention: "Redstone Residential
        Communities" ... "Redstone"), the nearest of those; an organisation named once in passing ("whose
        husband serves with the 4th Engineer Battalion") is not what the article goes on to call "the
        company"."""
        before = self._before(position)
        key = [_name_key(e.text) for e in before]
        orgs = [i for i, e in enumerate(before) if e.label == "ORG"]
        if not orgs:
            return None
        best = before[max(orgs, key=lambda i: (key.count(key[i]), i))]
        return Span(best.text, best.start, best.end)

    def _full_name(self, entity: Mention) -> Span:
        """A one-word person name stands for the earlier full name ending with it."""
        words = entity.text.split()
        if len(words) == 1:
            for other in self._before(entity.start):
                other_words = other.text.split()
                if other.label in PERSON_LABELS and len(other_words) > 1 and other_words[-1] == words[0]:
                    return Span(other.text, other.start, other.end)
        # a source with a title and a name ("the official, Bonnie Jenkins") stands for the name
        inner = [
            e
            for e in self.entities
            if entity.start <= e.start and e.end <= entity.end and e.label in PERSON_LABELS
        ]
        if inner and (inner[-1].start, inner[-1].end) != (entity.start, entity.end):
            return Span(inner[-1].text, inner[-1].start, inner[-1].end)
        return Span(entity.text, entity.start, entity.end)

    def _is_person(self, mention: SourceMention, entity: Span) -> bool:
        if mention.head in self.lex.person_pronouns:
            return True
        if mention.head in self.lex.thing_pronouns:
            return False
        inside = [e for e in self.entities if entity.start <= e.start and e.end <= entity.end]
        if any(e.label in PERSON_LABELS for e in inside):
            return True
        if any(e.label in GROUP_LABELS for e in inside):
            return False
        descriptor = self.lex.descriptor_heads.get(mention.head)
        if descriptor == ("*person",):
            return True
        return mention.head in self.lex.anonymous_heads and mention.head not in {"source", "poll", "survey"}


def _name_key(name: str) -> str:
    """The word a name is known by across its mentions: its first after "the" ("the Carrow Port Authority",
    "Carrow")."""
    words = [w for w in name.lower().split() if w != "the"]
    return words[0] if words else ""


def resolve_sources(mentions: Sequence[SourceMention], entities: Sequence[Mention]) -> list[Source]:
    """Resolve each source mention (given in text order) against the article's entities."""
    resolver = Resolver(entities)
    return [resolver.resolve(m) for m in mentions]
