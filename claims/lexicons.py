"""Lexicons: the data files under ``claims/data`` loaded into immutable containers.

Every word list the rules use lives in a JSON file, so it can be read, reviewed and extended without
touching code. Each loader is cached: the files are read once per process, and what they hand out is
frozen (frozensets, tuples, MappingProxyType), never a mutable module global.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, fields, replace
from functools import cache, lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Any


def load_data(name: str) -> Any:
    """Parse ``claims/data/<name>`` (JSON) from the installed package."""
    with resources.files("claims").joinpath("data", name).open(encoding="utf-8") as fh:
        return json.load(fh)


def _frozen_words(values: list[str]) -> frozenset[str]:
    return frozenset(v.lower() for v in values)


# --------------------------------------------------------------------------- boilerplate


@dataclass(frozen=True, slots=True)
class BoilerplatePattern:
    """One boilerplate rule. ``max_words`` (optional) limits it to lines or sentences of at most that many
    words, so a rule for a short credit line cannot fire on a long paragraph of real content."""

    reason: str
    pattern: re.Pattern[str]
    max_words: int | None = None
    #: lower-case strings one of which the text must contain for the pattern to match (a quick no)
    requires: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class BoilerplateLexicon:
    """Patterns for text that is not a claim. ``line`` patterns are matched against a whole line
    (stripped); ``sentence`` patterns against a sentence inside a line. Patterns are case-insensitive
    (``(?-i:...)`` makes a part case-sensitive) and are searched, so they anchor themselves with
    ``^``/``$``."""

    line: tuple[BoilerplatePattern, ...]
    sentence: tuple[BoilerplatePattern, ...]


_DEF_REF = re.compile(r"%([A-Z_]+)%")


def _expand_defs(pattern: str, defs: dict[str, str]) -> str:
    """Replace ``%NAME%`` by ``defs["NAME"]`` (definitions may use other definitions)."""
    for _ in range(10):
        expanded = _DEF_REF.sub(lambda m: defs[m.group(1)], pattern)
        if expanded == pattern:
            return expanded
        pattern = expanded
    raise ValueError(f"boilerplate.json: definitions nest too deeply in {pattern!r}")


@cache
def boilerplate() -> BoilerplateLexicon:
    raw = load_data("boilerplate.json")
    defs: dict[str, str] = raw.get("defs", {})

    def compile_all(items: list[dict[str, Any]]) -> tuple[BoilerplatePattern, ...]:
        return tuple(
            BoilerplatePattern(
                i["reason"],
                re.compile(_expand_defs(i["pattern"], defs), re.IGNORECASE),
                i.get("max_words"),
                tuple(str(r).lower() for r in i.get("requires", ())),
            )
            for i in items
        )

    return BoilerplateLexicon(
        line=compile_all(raw.get("line", [])), sentence=compile_all(raw.get("sentence", []))
    )


# --------------------------------------------------------------------------- attribution cues


@dataclass(frozen=True, slots=True)
class CueLexicon:
    """Reporting and belief cues (``data/cues.json``). All entries are lower-case lemmas."""

    speech_verbs: frozenset[str]
    belief_verbs: frozenset[str]
    clause_required_belief: frozenset[str]
    np_object_cues: frozenset[str]
    infinitive_cues: frozenset[str]
    addressee_verbs: frozenset[str]
    never_inverted: frozenset[str]
    figure_verbs: frozenset[str]
    needs_clause_or_quote: frozenset[str]
    according_to: tuple[tuple[str, ...], ...]
    according_to_loose: frozenset[str]
    according_to_manners: frozenset[str]
    nominal_cues: frozenset[str]
    claim_nouns: frozenset[str]
    infinitive_nouns: frozenset[str]
    wh_complement_cues: frozenset[str]
    that_only_belief: frozenset[str]
    predicate_only: frozenset[str]
    evaluation_verbs: frozenset[str]
    colon_speech_nouns: frozenset[str]
    colon_manner_words: frozenset[str]
    colon_labels: frozenset[str]
    naming_nouns: frozenset[str]
    claim_object_denials: frozenset[str]
    refusable_objects: frozenset[str]
    billing_objects: frozenset[str]
    formula_objects: frozenset[str]
    staff_nouns: frozenset[str]
    finding_verbs: frozenset[str]
    finding_bodies: frozenset[str]
    phrasal_cues: MappingProxyType[str, frozenset[str]]
    innocence_cues: frozenset[str]
    record_verbs: frozenset[str]
    record_heads: frozenset[str]
    demand_cues: MappingProxyType[str, frozenset[str]]
    second_speech_acts: frozenset[str]
    requesting_verbs: frozenset[str]
    refusing_verbs: frozenset[str]
    commenting_verbs: frozenset[str]
    commenting_objects: frozenset[str]
    unanswering_verbs: frozenset[str]
    unanswered_objects: frozenset[str]
    object_content_cues: frozenset[str]
    object_request_cues: frozenset[str]
    # the cue lemmas of a source declining to answer ('decline to comment'), one per refusing verb, and
    # of one that did not ('not comment': 'did not respond to requests for comment')
    no_comment_cues: frozenset[str]

    def is_cue_lemma(self, lemma: str) -> bool:
        return lemma in self.speech_verbs or lemma in self.belief_verbs or lemma in self.that_only_belief


#: the cue lemma of a source that did not comment, respond or return calls
NOT_COMMENTING = "not comment"


@cache
def cues() -> CueLexicon:
    raw = load_data("cues.json")
    return CueLexicon(
        speech_verbs=_frozen_words(raw["speech_verbs"]),
        belief_verbs=_frozen_words(raw["belief_verbs"]),
        clause_required_belief=_frozen_words(raw["clause_required_belief"]),
        np_object_cues=_frozen_words(raw["np_object_cues"]),
        infinitive_cues=_frozen_words(raw["infinitive_cues"]),
        addressee_verbs=_frozen_words(raw["addressee_verbs"]),
        never_inverted=_frozen_words(raw["never_inverted"]),
        figure_verbs=_frozen_words(raw["figure_verbs"]),
        needs_clause_or_quote=_frozen_words(raw["needs_clause_or_quote"]),
        according_to=tuple(tuple(w.lower() for w in seq) for seq in raw["according_to"]),
        according_to_loose=_frozen_words(raw["according_to_loose"]),
        according_to_manners=_frozen_words(raw["according_to_manners"]),
        nominal_cues=_frozen_words(raw["nominal_cues"]),
        claim_nouns=_frozen_words(raw["claim_nouns"]),
        infinitive_nouns=_frozen_words(raw["infinitive_nouns"]),
        wh_complement_cues=_frozen_words(raw["wh_complement_cues"]),
        that_only_belief=_frozen_words(raw["that_only_belief"]),
        predicate_only=_frozen_words(raw["predicate_only"]),
        evaluation_verbs=_frozen_words(raw["evaluation_verbs"]),
        colon_speech_nouns=_frozen_words(raw["colon_speech_nouns"]),
        colon_manner_words=_frozen_words(raw["colon_manner_words"]),
        colon_labels=_frozen_words(raw["colon_labels"]),
        naming_nouns=_frozen_words(raw["naming_nouns"]),
        claim_object_denials=_frozen_words(raw["claim_object_denials"]),
        refusable_objects=_frozen_words(raw["refusable_objects"]),
        billing_objects=_frozen_words(raw["billing_objects"]),
        formula_objects=_frozen_words(raw["formula_objects"]),
        staff_nouns=_frozen_words(raw["staff_nouns"]),
        finding_verbs=_frozen_words(raw["finding_verbs"]),
        finding_bodies=_frozen_words(raw["finding_bodies"]),
        innocence_cues=_frozen_words(raw["innocence_cues"]),
        record_verbs=_frozen_words(raw["record_verbs"]),
        record_heads=_frozen_words(raw["record_heads"]),
        second_speech_acts=_frozen_words(raw["second_speech_acts"]),
        requesting_verbs=_frozen_words(raw["requesting_verbs"]),
        refusing_verbs=_frozen_words(raw["refusing_verbs"]),
        commenting_verbs=_frozen_words(raw["commenting_verbs"]),
        commenting_objects=_frozen_words(raw["commenting_objects"]),
        unanswering_verbs=_frozen_words(raw["unanswering_verbs"]),
        unanswered_objects=_frozen_words(raw["unanswered_objects"]),
        object_content_cues=_frozen_words(raw["object_content_cues"]),
        object_request_cues=_frozen_words(raw["object_request_cues"]),
        no_comment_cues=frozenset(f"{verb} to comment" for verb in _frozen_words(raw["refusing_verbs"]))
        | {NOT_COMMENTING},
        demand_cues=MappingProxyType(
            {verb.lower(): _frozen_words(preps) for verb, preps in raw["demand_cues"].items()}
        ),
        phrasal_cues=MappingProxyType(
            {verb.lower(): _frozen_words(particles) for verb, particles in raw["phrasal_cues"].items()}
        ),
    )


@cache
def object_content_lexicon() -> CueLexicon:
    """The cues with the object-content convention (``object_content`` setting): a speech verb's object noun
    phrase is what was said ('announced new support', 'never mentioned Clinton'), and a request's object and
    infinitive what was asked ('asked Republican leaders to disavow him'), as PARC-style corpora annotate."""
    base = cues()
    return replace(
        base,
        np_object_cues=base.np_object_cues | base.object_content_cues,
        infinitive_cues=base.infinitive_cues | base.object_request_cues,
    )


# --------------------------------------------------------------------------- sources


@dataclass(frozen=True, slots=True)
class SourceLexicon:
    """Source kinds and resolution hints (``data/sources.json``)."""

    person_pronouns: frozenset[str]
    thing_pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    anonymous_heads: frozenset[str]
    representative_heads: frozenset[str]
    outside_parties: frozenset[str]
    document_heads: frozenset[str]
    descriptor_heads: MappingProxyType[str, tuple[str, ...]]
    organisation_nouns: frozenset[str]
    capitals: MappingProxyType[str, str]
    country_aliases: MappingProxyType[str, str]
    #: descriptors that stand for a person ("the spokesman", "the chief executive"), and with the
    #: representatives, the words that title a person ("Drennick [chief executive] Paul Sarno")
    person_descriptors: frozenset[str]
    person_titles: frozenset[str]
    #: one person by kinship ("her nephew", "their older brother"): described, then named (see
    #: claims.build._Builder._named_next)
    relatives: frozenset[str]
    #: words that give a person's gender ("wife", "Mrs", "spokesman"): a "he" in what a source headed by
    #: "wife" says is someone else (see claims.build._Builder._refers_to_source)
    female_words: frozenset[str]
    male_words: frozenset[str]
    #: each title word with the words of the same role ("chief executive" and "CEO")
    title_synonyms: MappingProxyType[str, frozenset[str]]

    @property
    def pronouns(self) -> frozenset[str]:
        return self.person_pronouns | self.thing_pronouns | self.plural_pronouns

    def names_party(self, lemma: str) -> bool:
        """Whether a noun lemma names a party by itself: an organisation ('ministry'), an anonymous source
        ('officials'), a descriptor ('the spokesman', 'the division')."""
        return (
            lemma in self.organisation_nouns
            or lemma in self.anonymous_heads
            or lemma in self.descriptor_heads
        )

    def polity(self, name: str) -> str:
        """The country a name stands for: 'Pyongyang' -> 'north korea', 'the U.S.' -> 'united states'."""
        key = name.lower().strip()
        key = self.capitals.get(key, key)
        return self.country_aliases.get(key, key)


@cache
def sources() -> SourceLexicon:
    raw = load_data("sources.json")
    pronouns = raw["pronouns"]
    capitals = {k: v for k, v in raw["capitals"].items() if not k.startswith("_")}
    descriptors = {k.lower(): tuple(v) for k, v in raw["descriptor_heads"].items()}
    people = frozenset(k for k, v in descriptors.items() if v == ("*person",))
    representatives = _frozen_words(raw["representative_heads"])
    return SourceLexicon(
        person_pronouns=_frozen_words(pronouns["person"]),
        thing_pronouns=_frozen_words(pronouns["thing"]),
        plural_pronouns=_frozen_words(pronouns["plural"]),
        anonymous_heads=_frozen_words(raw["anonymous_heads"]),
        representative_heads=representatives,
        outside_parties=_frozen_words(raw["outside_parties"]),
        document_heads=_frozen_words(raw["document_heads"]),
        descriptor_heads=MappingProxyType(descriptors),
        organisation_nouns=_frozen_words(raw["organisation_nouns"]),
        capitals=MappingProxyType(capitals),
        country_aliases=MappingProxyType(dict(raw["country_aliases"])),
        person_descriptors=people,
        person_titles=people | representatives,
        relatives=_frozen_words(raw["relatives"]),
        female_words=_frozen_words(raw["female_words"]),
        male_words=_frozen_words(raw["male_words"]),
        title_synonyms=MappingProxyType(
            {w: frozenset(group) for group in raw["title_synonyms"] for w in group}
        ),
    )


# --------------------------------------------------------------------------- labels


@dataclass(frozen=True, slots=True)
class WrongdoingPair:
    """A verb and an object that together assert wrongdoing ('aided' + 'war'). ``voice`` says how: 'active'
    (the subject did it); 'active_complement' (the same, the object read from all the words after the verb:
    'made the flooding worse'); 'passive_party' (the passive's subject did wrong: 'were told of
    complaints'); 'passive_victim' (the subject suffered it, the words follow the verb: 'were sacked after
    complaining'). ``party_subject``: only when the subject is a party ('the tenants caused the damage', not
    'a barbecue caused the fire')."""

    kind: str
    verbs: frozenset[str]
    objects: frozenset[str]
    voice: str = "active"
    party_subject: bool = False


@dataclass(frozen=True, slots=True)
class LabelLexicon:
    """Words that decide accusation / denial / statement (``data/labels.json``)."""

    accusation_cues: frozenset[str]
    accusation_cue_weak: frozenset[str]
    denial_cues: frozenset[str]
    request_nouns: frozenset[str]
    claim_nouns: frozenset[str]
    falsity_words: frozenset[str]
    involvement_verbs: frozenset[str]
    wrongdoing_verbs: frozenset[str]
    wrongdoing_nouns: frozenset[str]
    wrongdoing_adjectives: frozenset[str]
    wrongdoing_adverbs: frozenset[str]
    wrongdoing_objects: frozenset[str]
    wrongdoing_particles: frozenset[str]
    act_verbs: frozenset[str]
    wrongdoing_collocations: frozenset[str]
    compliance_words: frozenset[str]
    contesting_verbs: frozenset[str]
    accusatory_sources: frozenset[str]
    alleging_cues: frozenset[str]
    courts: frozenset[str]
    not_parties: frozenset[str]
    hypothetical_markers: frozenset[str]
    wrongdoing_manner: frozenset[str]
    duty_verbs: frozenset[str]
    counterparts: frozenset[str]
    innocence_words: frozenset[str]
    disputable_nouns: frozenset[str]
    affiliates: frozenset[str]
    compliance_verbs: frozenset[str]
    rule_nouns: frozenset[str]
    propriety_adverbs: frozenset[str]
    disowning_verbs: frozenset[str]
    misrepresenting_verbs: frozenset[str]
    prospective_verbs: frozenset[str]
    ongoing_prospective: frozenset[str]
    prospective_acts: frozenset[str]
    remedial_words: frozenset[str]
    stance_words: frozenset[str]
    party_nouns: frozenset[str]
    process_verbs: frozenset[str]
    remedial_acts: frozenset[str]
    staff_nouns: frozenset[str]
    unidentified_parties: frozenset[str]
    dependants: frozenset[str]
    restricted_goods: frozenset[str]
    minor_nouns: frozenset[str]
    tip_recipients: frozenset[str]
    no_show_verbs: frozenset[str]
    conduct_judgements: frozenset[str]
    decision_nouns: frozenset[str]
    suing_verbs: frozenset[str]
    finding_cues: frozenset[str]
    vetting_verbs: frozenset[str]
    routine_events: frozenset[str]
    procedural_verbs: frozenset[str]
    proceeding_nouns: frozenset[str]
    threatening_verbs: frozenset[str]
    duty_nouns: frozenset[str]
    tally_verbs: frozenset[str]
    lawful_threats: frozenset[str]
    wrongdoing_pairs: tuple[WrongdoingPair, ...] = ()


@cache
def labels() -> LabelLexicon:
    raw = load_data("labels.json")
    words = {name: _frozen_words(raw[name]) for name in LabelLexicon.__slots__ if name != "wrongdoing_pairs"}
    pairs = tuple(
        WrongdoingPair(
            p["kind"],
            _frozen_words(p["verbs"]),
            _frozen_words(p["objects"]),
            p.get("voice", "active"),
            bool(p.get("party_subject", False)),
        )
        for p in raw["wrongdoing_pairs"]
    )
    return LabelLexicon(wrongdoing_pairs=pairs, **words)


# --------------------------------------------------------------------------- look-ups in text


def phrase_hit(text: str, vocabulary: frozenset[str]) -> str | None:
    """A multi-word or hyphenated vocabulary entry found in ``text`` as whole words (the first in
    alphabetical order when several are)."""
    if not text:
        return None
    low = normalised(text)
    by_first = _phrases(vocabulary)
    hits = [phrase for word in set(low.split()) for phrase in by_first.get(word, ()) if f" {phrase} " in low]
    return min(hits) if hits else None


_NOT_WORD = re.compile(r"[^\w'’-]+")
_SPACED_HYPHEN = re.compile(r"(?<=\w) - (?=\w)")


@lru_cache(maxsize=4096)
def normalised(text: str) -> str:
    """' the words of text ' in lower case, one space apart (the same texts are looked up many times); a
    hyphen between tokens joined by spaces ('half - truth') is closed up again."""
    return " " + _SPACED_HYPHEN.sub("-", _NOT_WORD.sub(" ", text.lower())) + " "


@cache
def _phrases(vocabulary: frozenset[str]) -> MappingProxyType[str, tuple[str, ...]]:
    """The multi-word and hyphenated entries of ``vocabulary`` by their first word."""
    by_first: dict[str, list[str]] = {}
    for phrase in sorted(p for p in vocabulary if " " in p or "-" in p):
        by_first.setdefault(phrase.split()[0], []).append(phrase)
    return MappingProxyType({word: tuple(phrases) for word, phrases in by_first.items()})


def person_by_suffix(head: str) -> bool:
    """A noun of people by its suffix (:data:`PEOPLE_BY_SUFFIX`): 'psychologist', 'beekeepers'."""
    return PEOPLE_BY_SUFFIX.search(head) is not None and head not in NOT_PEOPLE


#: people by a suffix that names a profession or a role ("psychologist", "technician", "beekeeper",
#: "landowner", "trustee"); what a party noun list cannot hold all of
PEOPLE_BY_SUFFIX = re.compile(
    r"(?:ist|ician|arian|keeper|maker|owner|worker|holder|trustee|employee|smith|monger|wright|dealer|seller)s?$"
)
#: words with those endings that name no one
NOT_PEOPLE = frozenset(
    {
        "list",
        "lists",
        "twist",
        "wrist",
        "fist",
        "mist",
        "gist",
        "checklist",
        "playlist",
        "wishlist",
        "blacklist",
    }
    | {"waitlist", "shortlist", "tryst", "midst", "placeholder", "stakeholder", "cardholder", "holder"}
)


@cache
def verb_lemmas() -> frozenset[str]:
    """Every verb the cue and label lexicons name: the vocabulary against which :mod:`claims.lemmas`
    repairs a lemma the model clipped ('installed' -> 'instal'). Read off the loaded lexicons (their word
    lists named for verbs or cues, and the verbs of the wrongdoing pairs), not the files again."""
    found: set[str] = set()
    for lexicon in (cues(), labels()):
        for field in fields(lexicon):
            value = getattr(lexicon, field.name)
            if ("verb" in field.name or "cue" in field.name) and isinstance(
                value, frozenset | MappingProxyType
            ):
                found.update(v for v in value if isinstance(v, str) and " " not in v)
    for pair in labels().wrongdoing_pairs:
        found.update(pair.verbs)
    return frozenset(found)
