"""Article-level label reasoning: how claims answer each other.

A claim's label can depend on what came before it in the article:

- a denial of "the accusations" points to the accusation it answers (``responds_to``);
- a party that was accused and then answers with a negation, a rebutting cue or a claim of compliance
  rebuts the accusation, even without "deny": "Residents accuse the association of ignoring complaints. The
  association insists it responded to every complaint" is a denial (LABELS.md: "says it did not do
  something it is said to have done"); so is an answer about itself or about what was said ("its staff
  respond to every request", "the estimate was made in good faith") unless it looks ahead ("will review")
  or is remedial ("has since hired", "is cooperating"); speaking of another party is not enough;
- what a party is said to have done, when that party denies something in the same article, is what it is
  accused of ("A group says Norbury sold scooters with faulty brakes. Norbury denied the claim");
- a participle that gives the reason for a denial, or for an accusation its cue makes, is part of it:
  "Pyongyang rejected the criticism, saying its tests are lawful", "the government blamed the rebels for the
  attack, saying they had fired from the hills";
- what a source says with the same cue beside its denial or accusation is part of it: "said the delay was
  the result of an administrative error and that nothing had been hidden", "said staffing had been
  dangerously thin and that managers had failed to report two falls";
- a source that reports a finding of wrongdoing accuses ("the university said an inquiry had found that
  the researcher falsified data"), and one that negates the very act another source reported denies that
  report ("... confiscated their boat." / "the boat was never confiscated").
- a statement said after an accusation in the article is doubted ("doubt_contested", a lower confidence):
  in a dispute, ordinary words are often an answer or a further charge that no rule can see.

Plain data in and out (no spaCy): each claim comes with a :class:`ClaimContext` the builder fills in.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

from claims.classify import DOUBTED, PAST_ACT, PROMISED, UNDOUBTED, singular
from claims.lexicons import cues, labels, normalised, sources
from claims.types import Claim, Cue, CueKind, Evidence, Label, Source, SourceKind, Span

#: cues that by themselves answer something ("insisted", "countered")
REBUTTAL_CUES = frozenset({"insist", "maintain", "counter", "respond", "reply", "rebut", "retort", "stress"})
NO_COMMENT = re.compile(
    r"\b(?:not|n't|no|declined\s+to|refused\s+to)\s+(?:further\s+)?(?:comment|discuss)\b",
    re.IGNORECASE,
)
#: a negation that says something is still pending ("had not yet been served with the lawsuit", "has yet
#: to see the report"): no answer to the charge
NOT_YET = re.compile(r"\bnot\s+yet\b|\byet\s+to\b", re.IGNORECASE)
NAME_STOP = frozenset({"the", "a", "an", "of", "for", "and", "'s", "’s", "its", "their", "his", "her", "s"})


@dataclass(frozen=True, slots=True)
class ClaimContext:
    """What the article-level rules need to know about one claim beyond its output fields."""

    parties: frozenset[str] = frozenset()  # lower-cased words naming who speaks: source, resolved, principal
    party_heads: frozenset[str] = frozenset()  # their head words (see name_heads)
    # the name a described principal stands for ("the company's medical director" -> the company named
    # before): a guess, used only to read the speaker's answer to an accusation (see _rebuttal)
    represented_words: frozenset[str] = frozenset()
    represented_heads: frozenset[str] = frozenset()
    topic: frozenset[str] = frozenset()  # lemmas of the content's common nouns (of an accusation: its matter)
    answer_subjects: frozenset[str] = frozenset()  # subject heads of the content's main predicates
    negated: bool = False  # a main predicate of the content is negated ("it has not received ...")
    prospective: bool = False  # the content looks ahead or is not asserted ("will contest", "could")
    # a main predicate's subject is the source or something said ("its staff ...", "the report ...")
    about_itself: bool = False
    # a main predicate's subject is another party, and the source speaks for nobody ("the union said the
    # airline had complied"; not "a company spokeswoman said Lumio had complied", "it said it had ...")
    about_another: bool = False
    # a negated main predicate about the source itself or nothing ("it had never ...", "there is no ...")
    self_negated: bool = False
    # a main predicate that vouches for every case ("every delivery had been signed for", "all the
    # donations were reviewed by lawyers"): after someone else's accusation, an answer
    vouches_for_all: bool = False
    # a negated main predicate with 'will'/'would' ("would not change its policy"): a refusal or a promise
    refuses: bool = False
    elaborates: str | None = None  # id of the claim whose cue this claim's participle cue hangs on
    sentence: int | None = None  # index of the sentence the cue is in
    actor: Span | None = None  # the party the content says did something ("[Brightmart] still sells ...")
    actor_words: frozenset[str] = frozenset()  # its name words and heads (see name_words, name_heads)
    actor_heads: frozenset[str] = frozenset()
    # the actor is a party by its head, acting on its own, not an authority at work (see _denied_act)
    actor_acts: bool = False
    # lemmas of the content's asserted predicates, and of its negated main predicates (see _contradiction)
    asserted: frozenset[str] = frozenset()
    negated_acts: frozenset[str] = frozenset()
    # of an accusation: the words and heads of its targets and of the names they stand for ("the company"
    # -> "Marlowe Generics"), so that the named party's answer is read as its answer (see _rebuttal)
    accused_words: frozenset[str] = frozenset()
    accused_heads: frozenset[str] = frozenset()
    # a main predicate's subject is "they" or "it", not the source, in an asserted act ("They kept the lines
    # running and stopped paying the people on them"): after the source's own accusation, more of it
    they_act: bool = False
    # the party a main predicate says did something, pronouns aside, with the words and heads of the names it
    # stands for ("the trust" -> "Braemoor Health Trust"): whose later answer makes the claim a charge (see
    # _answered_act)
    charged: Span | None = None
    charged_staff: bool = False  # the charged party is a body's staff by role alone ("managers", "the crew")
    # the body the source belongs to, by its words and heads ("A former caseworker at [Corvale's Child
    # Maintenance Agency]"): when it accuses staff named by role alone ("managers told staff to close
    # cases"), they are that body's, and the body answers for them
    employer_words: frozenset[str] = frozenset()
    employer_heads: frozenset[str] = frozenset()
    source_head: str = ""  # lower-cased lemma of the source's head word ("caseworker", "agency")
    # the speaker is a lawyer with no client named ("the lawyer, Benedikt Sauer"): "my client" is the accused
    counsel: bool = False
    charged_words: frozenset[str] = frozenset()
    charged_heads: frozenset[str] = frozenset()


def name_words(text: str) -> frozenset[str]:
    """Words of a name that identify it ('the Carrow Port Authority' -> carrow, port, authority), plus the
    country a capital stands for."""
    return frozenset(_words(text)) | _polity(text)


_NAME_PARTS = re.compile(r"\s*(?:,|;|\(|\)|\band\b|&|\bof\b|\bfor\b|\bat\b|\bin\b)\s*", re.IGNORECASE)


def name_heads(text: str) -> frozenset[str]:
    """The head word of each part of a name ('their landlord, Kinsgate Housing Association' -> landlord,
    association; 'Moscow and Pyongyang' -> moscow, pyongyang), plus the country a capital stands for. Two
    names that share only a modifier ('Kinsgate Housing Association', 'the Housing Ombudsman') are not one
    party."""
    heads = {re.sub(r"['’]s?$", "", words[-1]) for words in map(_words, _NAME_PARTS.split(text)) if words}
    return frozenset(heads) | _polity(text)


def staff_by_role(text: str) -> bool:
    """'managers', 'senior management', 'the crew': a body's own people named by their role alone, whose body
    answers for them ('staff_nouns'); not 'managers at Velmar Dyeworks' (named, so matched by name)."""
    return _role_word(text) in labels().staff_nouns


def _role_word(text: str) -> str | None:
    """The last word of a phrase with no name after its first word ('the night-shift testers' -> 'testers'),
    lower-cased; none for a named one ('managers at Velmar Dyeworks')."""
    words = text.split()
    if not words or any(w[:1].isupper() for w in words[1:]):
        return None
    return words[-1].lower()


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[\w'’.-]+", text.lower()) if w not in NAME_STOP]


def _polity(text: str) -> frozenset[str]:
    """The country a capital in ``text`` stands for ('Moscow' -> russia), if any."""
    polity = sources().polity(text)
    return frozenset({polity}) if polity != text.lower().strip() else frozenset()


def resolve_discourse(claims: Sequence[Claim], contexts: Mapping[str, ClaimContext]) -> list[Claim]:
    """Apply the article-level rules to claims given in text order."""
    claims = [
        _denied_act(claim, contexts, claims) or _denied_allegation(claim, claims) or claim for claim in claims
    ]
    # a claim's word of compliance, found once: read as the claim's own answer and as the answer to a charge
    compliance_of = {c.id: _compliance(c, contexts.get(c.id, ClaimContext())) for c in claims}
    claims = [_answered_act(claim, contexts, claims, compliance_of) or claim for claim in claims]
    out: list[Claim] = []
    for claim in claims:
        ctx = contexts.get(claim.id, ClaimContext())
        if (
            claim.label is Label.STATEMENT
            and claim.cue is not None
            and claim.cue.kind is not CueKind.BELIEF
            and claim.cue.lemma not in cues().no_comment_cues  # "declined to comment" answers nothing
        ):
            turns = _turns(claim, out)
            compliance = compliance_of[claim.id]
            claim = (
                _inherit_denial(claim, claims)
                or _relayed_finding(claim, claims)
                or _own_view(claim, claims)
                or _cited_charge(claim, claims)
                or _elaboration(claim, ctx, out)
                or _rebuttal(claim, ctx, out, contexts, turns, compliance)
                or _contradiction(claim, ctx, out, contexts)
                or _goes_on(claim, ctx, turns, out, contexts, compliance)
                or _insisted(claim, ctx)
                or _avowed_compliance(claim, ctx, out, compliance)
                or _charges_on(claim, ctx, turns, out)
                or claim
            )
        out.append(claim)
    linked = link_denials([_promise_beside_denial(claim, out, contexts) or claim for claim in out])
    linked = [_unanswered(claim) or claim for claim in linked]
    return doubt_contested([_same_answer(claim, linked, contexts) or claim for claim in linked])


def _unanswered(claim: Claim) -> Claim | None:
    """A denial read from a contrast ("an association, not proof", "the supplier was chosen for reliability,
    not price") or from a wrong said not to be ("an alert is not proof of corruption") that answers no claim
    in the article is held weakly: it may set the record straight against a charge the article does not
    report, or only weigh one thing against another. On the development sets such denials were right 6
    times in 19 (contrast) and 11 in 17 (a wrong denied), against 42 in 53 and 9 in 10 when they answer an
    accusation."""
    if claim.label is not Label.DENIAL or claim.responds_to is not None or claim.confidence < 0.75:
        return None
    kinds = {e.kind for e in claim.evidence}
    weak = kinds & {"contrast", "denies_wrongdoing"}
    if not weak:
        return None
    return replace(
        claim, confidence=0.55, evidence=(*claim.evidence, Evidence("doubt_unanswered", min(weak)))
    )


def doubt_contested(claims: Sequence[Claim]) -> list[Claim]:
    """The claims (in text order) with every undoubted statement that follows an accusation doubted (see
    :func:`_contested`); applied again to a long text's merged parts, so a part sees the accusations of the
    parts before it."""
    return [_contested(claim, claims) or claim for claim in claims]


def _contested(claim: Claim, claims: Sequence[Claim]) -> Claim | None:
    """An undoubted statement said after an accusation in the same article is doubted ('doubt_contested'):
    in a dispute, what a party says in ordinary words is often its answer (a counter-fact, a denial) or a
    further charge, which the rules cannot see. On the labelled passages such statements are right less
    often than the others (0.76 against 0.80 on the development sets, 0.59 against 0.76 on blind49-54), so
    their confidence says so and a reviewer can check them first."""
    if claim.label is not Label.STATEMENT or claim.cue is None:
        return None
    kinds = {e.kind for e in claim.evidence}
    undoubted = claim.confidence == UNDOUBTED and not any(k.startswith("doubt_") for k in kinds)
    # a past action told after an accusation was right 65% of 813 times on the development sets, against
    # 72% of 680 elsewhere: doubted further; what will happen stays a statement (96% of 1,021 after one)
    if not undoubted and not (claim.confidence == PAST_ACT and "doubt_past_action" in kinds):
        return None
    accusation = next(
        (c for c in claims if c.label is Label.ACCUSATION and c.end <= claim.start and c.id != claim.id), None
    )
    if accusation is None:
        return None
    return replace(
        claim, confidence=DOUBTED, evidence=(*claim.evidence, Evidence("doubt_contested", accusation.id))
    )


def _same_answer(claim: Claim, claims: Sequence[Claim], contexts: Mapping[str, ClaimContext]) -> Claim | None:
    """What a source says with one cue beside its denial or its accusation is part of it: the account it
    gives instead ('said the delay was the result of a genuine administrative error and that nothing had
    been hidden'), or the grounds of the charge ('said staffing levels had been dangerously low and that
    managers had failed to report two falls'); not what it promises or repairs ('denied the claims and said
    it would review its procedures', 'said the officers beat protesters and that it would seek charges')."""
    if claim.label is not Label.STATEMENT or claim.cue is None or claim.source is None:
        return None
    ctx = contexts.get(claim.id, ClaimContext())
    if ctx.prospective or NO_COMMENT.search(claim.text):
        return None
    sibling = next(
        (
            other
            for other in claims
            if other.label in {Label.DENIAL, Label.ACCUSATION}
            and other.cue is not None
            and other.source is not None
            and other.source.start == claim.source.start
            # one cue ("said X and that Y"), or a denial's conjoined cue ("denied the claims and said ...")
            and (
                other.cue.start == claim.cue.start
                or (
                    other.label is Label.DENIAL
                    and other.cue.start < claim.cue.start
                    and _next_account(claim.cue.lemma)
                )
            )
            and not any(e.kind == PROMISED for e in other.evidence)
        ),
        None,
    )
    if sibling is None or (
        _answers_without_denying(claim.text)
        if sibling.label is Label.DENIAL
        else _phrase(claim.text, labels().remedial_words) is not None
    ):
        # a stance beside a denial is the source's own position ("was confident of a fair hearing");
        # beside a charge, what the accused knew is part of it ("were aware of the incidents and failed
        # to act")
        return None
    return _joined(claim, sibling, "same_answer" if sibling.label is Label.DENIAL else "same_charge", 0.6)


#: nouns too general to show that an answer takes up the matter of an accusation
GENERIC_TOPICS = frozenset(
    {"people", "year", "time", "way", "thing", "part", "number", "month", "week", "day"}
)


def _next_account(lemma: str) -> bool:
    """A conjoined cue that goes on with the denier's account ("denied the claims and said its drivers
    were paid per delivery"), not a request ("... and urged the council to ...") or a charge of its own
    ("... and blamed the contractor")."""
    verb = lemma.split()[0] if lemma else ""
    lexicon = cues()
    # nor silence ("did not respond to requests for comment", "declined to comment")
    return (
        verb not in lexicon.requesting_verbs and not _accusing(verb) and lemma not in lexicon.no_comment_cues
    )


def _rebuttal(
    claim: Claim,
    ctx: ClaimContext,
    earlier: Sequence[Claim],
    contexts: Mapping[str, ClaimContext],
    turns: Sequence[Claim],
    compliance: str | None,
) -> Claim | None:
    """The accused party answering: a denial when the answer is negated ("it has not ..."), made with a
    cue that rebuts ("insisted"), says it complied ("followed all the rules"), or asserts something of
    itself or of what was said ("its staff respond within a week"), or vouches for every case ("every
    delivery was signed for"), or, weakly, gives its own account of the matter ("the section had been
    inspected on schedule"; not when the speaker accused someone before). An answer that looks ahead or
    repairs ("it has since changed the way it handles data", "will review"), gives only a stance ("was
    confident of a fair hearing") or refuses ("would not change its policy") answers without denying."""
    if claim.parent is not None or not ctx.parties or NO_COMMENT.search(claim.text):
        return None  # "would not comment further while proceedings were under way" answers nothing
    speaker = _speaker(ctx, turns, contexts)
    for accusation in reversed(earlier):
        if accusation.label is not Label.ACCUSATION or accusation.end > claim.start:
            continue
        actx = contexts.get(accusation.id, ClaimContext())
        accused: frozenset[str] = frozenset().union(*(name_words(t.text) for t in accusation.targets))
        accused |= actx.accused_words
        accused_heads: frozenset[str] = frozenset().union(*(name_heads(t.text) for t in accusation.targets))
        accused_heads |= actx.accused_heads
        if not (
            _speaks_as(accused, accused_heads, speaker)
            or compliance
            or _answers_for(accusation, actx, speaker, claim.text)
        ):
            continue  # the speaker is not the accused party (a shared modifier is not enough)
        why = _answer_signal(claim, ctx, actx, compliance)
        if why is None or (why == "gives_account" and any(t.label is Label.ACCUSATION for t in turns)):
            return None  # (an accuser saying more gives no account of its own)
        # the accused negating, insisting, saying it complied or vouching for every case was right 88% of
        # the time on the development sets (199 claims); an answer in ordinary words 63%
        return _rebuts(claim, accusation, why, 0.55 if why in WEAK_ANSWERS else 0.8)
    return _unnamed_rebuttal(claim, ctx, earlier)


def _answers_for(accusation: Claim, actx: ClaimContext, speaker: ClaimContext, answer: str) -> bool:
    """Whether a speaker no name links to the accused answers for them: the body the accuser belongs to, for
    staff the accusation names by role alone ("A former caseworker at the agency says managers told staff
    to close cases ... The agency said decisions were made by a review team"), or a lawyer with no client
    named who speaks of "my client"; never the accuser itself."""
    if speaker.source_head in {actx.source_head, *sources().pronouns}:
        return False  # (a pronoun may be the accuser going on: "She said she had written to the board")
    staff = bool(accusation.targets) and all(
        staff_by_role(t.text) or _role_plural(t.text) for t in accusation.targets
    )
    if staff and _speaks_as(actx.employer_words, actx.employer_heads, speaker):
        return True
    return speaker.counsel and CLIENT.search(answer) is not None


def _role_plural(text: str) -> bool:
    """People named by an agent noun in the plural, with no name ("keepers", "the night-shift testers"),
    not those a body serves ("customers", "tenants")."""
    last = _role_word(text)
    return last is not None and last.endswith(("ers", "ors", "ists")) and last not in labels().dependants


#: a lawyer speaking of the one they act for
CLIENT = re.compile(r"\b(?:my|our|his|her|their)\s+clients?\b", re.IGNORECASE)


def _speaks_as(
    words: frozenset[str],
    heads: frozenset[str],
    speaker: ClaimContext,
    *,
    titles: frozenset[str] = frozenset(),
) -> bool:
    """Whether ``speaker`` is the party named by ``words`` and ``heads`` (see name_words, name_heads), or
    speaks for it: a shared word that is a head of either name ("Marlowe" in "Marlowe Generics" and
    "Marlowe's chief executive"; a shared modifier is not enough), among the speaker's own names or the name
    its described principal stands for. A word of ``titles`` shared alone is no name ("A senior U.S. official
    held talks" and "The U.S. official for arms control, Bonnie Jenkins" are two officials)."""
    return bool(
        (words & speaker.parties) & (heads | speaker.party_heads) - titles
        or (words & speaker.represented_words) & (heads | speaker.represented_heads) - titles
        # a ministry or a minister answers for "the government" ("the sports ministry said ...", "deputy
        # minister Kasim Borro said"), not one out of office ("opposition minister", "former minister")
        or (heads & GOVERNMENTS and speaker.parties & GOVERNING and not speaker.parties & OUT_OF_OFFICE)
    )


#: what a government is called, and who speaks for it
GOVERNMENTS = frozenset({"government", "administration"})
GOVERNING = frozenset({"government", "administration", "ministry", "minister", "cabinet", "department"})
OUT_OF_OFFICE = frozenset({"opposition", "former", "shadow", "ex"})


def _compliance(claim: Claim, ctx: ClaimContext) -> str | None:
    """The word of compliance an answer holds ("had acted within policy"); none in a promise ("the case
    would be handled strictly according to law")."""
    return None if ctx.prospective else _phrase(claim.text, labels().compliance_words)


#: compliance words too loose to answer a charge nobody has made: "the fees were roughly in line with their
#: estimates", "a legally binding target", "a transparent review"
LOOSE_COMPLIANCE = frozenset(
    {"in line with", "legally", "lawful", "transparent", "as soon as", "as required", "fully staffed"}
    | {"compliance"}
)


def _avowed_compliance(
    claim: Claim, ctx: ClaimContext, earlier: Sequence[Claim], compliance: str | None
) -> Claim | None:
    """'A company spokeswoman said Lumio has always complied with the national heat guidance': saying that one
    kept the rules, when the article has reported no accusation, answers a charge the article puts in other
    words (or does not report): a denial, weakly held. Not a promise ('would comply with the order'), which
    :func:`_compliance` leaves out."""
    if claim.parent is not None or NO_COMMENT.search(claim.text) or _answers_without_denying(claim.text):
        return None
    if compliance is None or compliance in LOOSE_COMPLIANCE or ctx.about_another:
        return None  # ("the union said the airline had complied": no answer of its own)
    if any(c.label is Label.ACCUSATION and c.end <= claim.start for c in earlier):
        return None  # an answer to a reported accusation is read by _rebuttal
    return replace(
        claim,
        label=Label.DENIAL,
        confidence=0.55,
        evidence=(*_undoubted(claim), Evidence("avows_compliance", compliance)),
    )


def _turns(claim: Claim, earlier: Sequence[Claim]) -> list[Claim]:
    """The earlier claims (in text order) by the same speaker as ``claim`` (see :func:`_same_speaker`)."""
    return [c for c in earlier if c.end <= claim.start and _same_speaker(c, claim)]


def _speaker(ctx: ClaimContext, turns: Sequence[Claim], contexts: Mapping[str, ClaimContext]) -> ClaimContext:
    """``ctx`` with the parties of the same speaker's earlier claims (``turns``): "Tate" speaks for whom
    "Sarrow's chief executive, Imogen Tate" did."""
    same = [contexts.get(c.id, ClaimContext()) for c in turns]
    if not same:
        return ctx
    return replace(
        ctx,
        parties=ctx.parties.union(*(o.parties for o in same)),
        party_heads=ctx.party_heads.union(*(o.party_heads for o in same)),
        represented_words=ctx.represented_words.union(*(o.represented_words for o in same)),
        represented_heads=ctx.represented_heads.union(*(o.represented_heads for o in same)),
    )


#: answers in ordinary words: what the accused says of itself, or of the matter it is accused of
WEAK_ANSWERS = frozenset({"accused_answers", "takes_up_the_charge", "gives_account"})


#: the dismissals an accusation of retaliation is about, and an answer that gives the reason for one
DISMISSALS = frozenset(
    {"sack", "dismiss", "fire", "terminate", "end", "remove", "suspend", "demote", "expel", "cancel", "evict"}
)
DISMISSED_FOR = re.compile(
    r"\b(?:was|were|had\s+been|has\s+been|been)\s+(?:sacked|dismissed|fired|let\s+go|suspended|removed|"
    r"demoted|expelled)\s+(?:for|because|over|after\s+(?:repeated|several|three|two|a\s+series))\b"
    r"|\b(?:employment|contract|tenancy|membership)\s+(?:had\s+)?ended\s+(?:because|for)\b",
    re.IGNORECASE,
)


def _answer_signal(claim: Claim, ctx: ClaimContext, actx: ClaimContext, compliance: str | None) -> str | None:
    """What makes the accused party's words (``ctx``) an answer to the accusation (``actx``), or None:
    a negation, a cue that rebuts, a word of compliance, vouching for every case, taking up the matter of
    the charge, speaking of itself, or giving an account that looks back; none for what looks ahead or
    repairs, or for another party's doing."""
    cue = claim.cue.lemma if claim.cue else ""
    if actx.topic & DISMISSALS and DISMISSED_FOR.search(claim.text) and not ctx.prospective:
        # "sacked her after she complained ... The company said she had been dismissed for repeated
        # lateness": the reason the accused gives for the dismissal it is accused of, not a remedy
        return "gives_reason"
    repairs = _answers_without_denying(claim.text)
    # a lawyer or spokesperson telling what the accused did ("Mr. Fenwick disclosed his holdings from day
    # one"): the accused's own account, not another party's doing
    of_accused = bool(ctx.answer_subjects & (actx.accused_words | actx.accused_heads)) or (
        ctx.counsel and "client" in ctx.answer_subjects
    )  # (a lawyer's "the client paid in full"; "my client" is the lawyer's own, ``about_itself``)
    answer = (ctx.about_itself or of_accused) and not ctx.prospective and not repairs
    # "would not change its policy" refuses, denies nothing; "not one inspection was skipped" denies
    negated = (ctx.negated or ctx.self_negated) and not ctx.refuses and not NOT_YET.search(claim.text)
    # "the discharge had been permitted under storm overflow rules": the accused speaking of the very
    # thing it is accused of
    takes_up = (
        bool(ctx.answer_subjects & actx.topic - GENERIC_TOPICS)
        and not ctx.prospective
        and not ctx.refuses
        and not repairs
    )
    if negated:
        return "negation"
    if cue in REBUTTAL_CUES:
        return cue
    if compliance:
        return compliance
    if (
        ctx.vouches_for_all
        and not answer
        and not APOLOGY.search(claim.text)
        and not ACCEPTED.search(claim.text)
    ):
        # (not "had apologised to every family and paid all extra costs": an apology owns the fault; nor
        # "accepted all 17 of the report's recommendations": accepting a finding owns it too)
        return "vouches_for_all"
    if takes_up and not answer:
        return "takes_up_the_charge"
    if answer:
        return "accused_answers"
    if not (ctx.prospective or ctx.refuses or repairs or (ctx.about_another and not of_accused)):
        # "the section had been inspected on schedule": the accused giving its own account of the matter
        # (not "the landlord said the mayor had visited the estate": another party's doing)
        return "gives_account"
    return None


#: an apology, which owns what it answers: "had apologised to every family", "received a written apology"
APOLOGY = re.compile(r"\b(?:apologi[sz]\w*|apolog(?:y|ies)|sorry|regrets?|regretted)\b", re.IGNORECASE)


#: a finding or a recommendation accepted: "accepted all 17 of the report's recommendations"
ACCEPTED = re.compile(
    r"\baccept(?:s|ed|ing)?\b[^.;]{0,40}?\b(?:recommendations?|findings?|conclusions?|criticisms?)\b",
    re.IGNORECASE,
)


def _unnamed_rebuttal(claim: Claim, ctx: ClaimContext, earlier: Sequence[Claim]) -> Claim | None:
    """'There is no staffing crisis,' a hospital spokesman said, after a union accused the hospital: a
    negation about the speaker itself (or about nothing: 'there is no ...') after an accusation made by
    someone else answers it, though the article names the accused otherwise ('the eye-drop maker' and
    'ClearView'); so does vouching for every case ('every invoice was signed by the board'). Not a remedial
    or prospective answer ('has not yet received the report')."""
    if (
        not (ctx.self_negated or ctx.vouches_for_all)
        or ctx.prospective
        or _answers_without_denying(claim.text)
        or NO_COMMENT.search(claim.text)
    ):
        return None
    for accusation in reversed(earlier):
        if accusation.label is not Label.ACCUSATION or accusation.end > claim.start:
            continue
        accuser = name_words(accusation.source.text) if accusation.source else frozenset()
        if accuser & ctx.parties:
            return None  # the accuser saying more
        return _rebuts(claim, accusation, "negation" if ctx.self_negated else "vouches_for_all", 0.5)
    return None


def _goes_on(
    claim: Claim,
    ctx: ClaimContext,
    turns: Sequence[Claim],
    earlier: Sequence[Claim],
    contexts: Mapping[str, ClaimContext],
    compliance: str | None,
) -> Claim | None:
    """'Sarrow's chief executive, Imogen Tate, said the report's figures were wrong. "They have added
    together the losses of two different companies," Tate said': a source whose last word was a denial,
    speaking again in the same article, goes on with its answer. Not a promise, a remedy or a stance
    ('she said her client intended to relaunch the project')."""
    if (
        claim.source is None
        or claim.cue is None
        or not _next_account(claim.cue.lemma)  # "urged the council to ...": a request, not an answer
        or ctx.prospective
        or ctx.refuses
        or NO_COMMENT.search(claim.text)
        or _answers_without_denying(claim.text)
    ):
        return None
    last = turns[-1] if turns else None
    if last is None or last.label is not Label.DENIAL:
        return None
    # what the denial answers: the accusation it responds to, else (not linked yet) the nearest before it
    answered = last.responds_to or next(
        (c.id for c in reversed(earlier) if c.label is Label.ACCUSATION and c.end <= last.start), None
    )
    if answered is None:
        return None
    why = _answer_signal(claim, ctx, contexts.get(answered, ClaimContext()), compliance)
    if why is None or why in {"accused_answers", "gives_account"}:
        return None  # speaking of itself in ordinary words ("we lost three GPs and kept our doors open")
    return _joined(claim, last, "goes_on", 0.55)


def _charges_on(
    claim: Claim, ctx: ClaimContext, turns: Sequence[Claim], earlier: Sequence[Claim]
) -> Claim | None:
    """'Patient groups said Halvern had raised the price by 900 percent. "They manufactured scarcity and then
    sold it back to patients," said ...': a source whose last word was an accusation, telling what "they" (or
    "it") did, goes on with its charge against the same party, in whatever words. So does a quote that opens
    on what "they" did, after anyone's accusation ('"They took our savings and gambled with them," said a
    pensioner': 27 labels moved to gold and 2 away on the development sets). Not a promise, a remedy or a
    stance. Weakly held: the pronoun is not resolved, only read as the party last accused."""
    if not ctx.they_act or ctx.prospective or ctx.refuses or _answers_without_denying(claim.text):
        return None
    last = turns[-1] if turns and turns[-1].label is Label.ACCUSATION else None
    if last is None and THEY.match(claim.text):
        # a sentence of the source's own (a quote) on what "they" did, after someone's accusation: '"They
        # took our savings and gambled with them," said a pensioner' (not "it had asked the company for ...")
        last = next((c for c in reversed(earlier) if c.label is Label.ACCUSATION), None)
    if last is None:
        return None
    return replace(
        claim,
        label=Label.ACCUSATION,
        confidence=0.55,
        targets=last.targets,
        evidence=(*_undoubted(claim), Evidence("charges_on", last.id)),
    )


#: a content that is a sentence of its own beginning with "They" (a quote: reported speech has "said they")
THEY = re.compile(r"They\b")


def _same_speaker(one: Claim, other: Claim) -> bool:
    """Whether two claims' sources (as written or resolved) are the same mention or the one stands for the
    other ("Tate" and "Sarrow's chief executive, Imogen Tate"; "he" resolved to "Keith Barrow")."""
    first, second = _mentions(one), _mentions(other)
    if any(a.start < b.end and b.start < a.end for a in first for b in second):
        return True
    return _family_name_of(one, second) or _family_name_of(other, first)


def _mentions(claim: Claim) -> list[Source | Span]:
    """A claim's source as written and as resolved."""
    return [s for s in (claim.source, claim.source.resolved if claim.source else None) if s is not None]


def _family_name_of(claim: Claim, mentions: Sequence[Source | Span]) -> bool:
    """A one-word name the tagger did not resolve, ending one of the full names ``mentions``: "Ruiz" after
    "Ana Ruiz, the company's chief executive" (not a pronoun: "He" after "Li He")."""
    source = claim.source
    if source is None or source.kind is not SourceKind.NAMED or " " in source.text.strip():
        return False
    return any(m.text.split()[-1:] == [source.text.strip()] and " " in m.text.strip() for m in mentions)


def _contradiction(
    claim: Claim, ctx: ClaimContext, earlier: Sequence[Claim], contexts: Mapping[str, ClaimContext]
) -> Claim | None:
    """'Costa Rica said soldiers had detained the fishermen and confiscated their boat. ... Nicaragua's
    ambassador said the boat "was never confiscated"': a source that negates the very act another source
    reported earlier denies that report (LABELS.md: rejects or declares untrue a claim or report)."""
    if not ctx.negated_acts or ctx.prospective or ctx.refuses or NO_COMMENT.search(claim.text):
        return None
    for other in reversed(earlier):
        octx = contexts.get(other.id, ClaimContext())
        if other.end > claim.start or octx.parties & ctx.parties:
            continue  # later, or the same source going on
        if ctx.negated_acts & octx.asserted:
            return _rebuts(claim, other, "negates_report", 0.55)
    return None


def _rebuts(claim: Claim, accusation: Claim, why: str, confidence: float) -> Claim:
    return replace(
        claim,
        label=Label.DENIAL,
        confidence=confidence,
        targets=(Span(accusation.text, accusation.start, accusation.end),),
        responds_to=accusation.id,
        evidence=(
            *_undoubted(claim),
            Evidence("rebuts_accusation", why),
            Evidence("responds_to", accusation.id),
        ),
    )


def _denied_act(claim: Claim, contexts: Mapping[str, ClaimContext], claims: Sequence[Claim]) -> Claim | None:
    """What a party is said to have done, when that party denies something in the same article, is what
    it is accused of: "A consumer group says Brightmart is still selling a recalled sleeper. Brightmart
    denied ..." makes the group's claim an accusation against Brightmart. So is what a party (by its head,
    acting on its own, not an authority at work) is said to have done before someone else denies, however
    the article names the one who answers: "Homeowners say a building firm took deposits for extensions it
    never finished. The company's director said the firm had never taken money ..." Not when the source
    itself denies something in the article: the accused telling what others did."""
    ctx = contexts.get(claim.id, ClaimContext())
    if claim.label is not Label.STATEMENT or claim.cue is None or claim.cue.kind is CueKind.BELIEF:
        return None
    if ctx.actor is None or ctx.actor_words & ctx.parties:
        return None  # no party acts, or the source speaks of itself
    vocab = labels()
    if _affirmed(claim.text, vocab.compliance_words | vocab.propriety_adverbs):
        return None  # "the force had acted within the law": said for the party, not against it
    denies = any(
        d.label is Label.DENIAL and bool(contexts.get(d.id, ClaimContext()).parties & ctx.parties)
        for d in claims
        if d.id != claim.id
    )
    for denial in claims:
        other = contexts.get(denial.id)
        if denial.label is not Label.DENIAL or other is None or not other.parties:
            continue
        if other.parties & ctx.parties:
            continue  # the same source denying and telling
        named = (ctx.actor_words & other.parties) & (ctx.actor_heads | other.party_heads)
        # the article tells what a party did, then someone else denies: the answer comes after the
        # charge, whoever the article lets answer ("the company's director", "a spokesman"); not when the
        # source itself denies in the article (the accused telling what others did)
        answered = ctx.actor_acts and denial.start > claim.end and not denies
        if named or answered:
            return replace(
                claim,
                label=Label.ACCUSATION,
                confidence=0.55,
                targets=(ctx.actor,),
                evidence=(*_undoubted(claim), Evidence("denied_by_party", denial.id)),
            )
    return None


def _answered_act(
    claim: Claim,
    contexts: Mapping[str, ClaimContext],
    claims: Sequence[Claim],
    compliance_of: Mapping[str, str | None],
) -> Claim | None:
    """What a party is said to have done, when that party answers later in the article, is what it is
    accused of: "Residents said the council had handed relief vouchers to relatives. The council said the
    vouchers were issued strictly by the registry" makes the residents' claim an accusation against the
    council, though neither claim holds a word of wrongdoing or denial (news reports a charge and then lets
    the charged party answer). The answer must come from the party the claim names as the doer (by name,
    or by whom its speaker represents; for a body's staff named by role alone, "managers had rostered one
    driver for 17 hours", from whoever answers for them), from another source, and be an answer (see
    :func:`_answer_signal`); the claim must be asserted, not a request, and not a vouching or compliance of
    its own ("every newsletter had been cleared by the office"). Held at 0.75 when the party answers as
    :func:`_rebuttal` holds strongly (a negation, an insisting cue, compliance, vouching for every case),
    else at 0.55: an answer in ordinary words may only add a fact ("Negotiators concluded an agreement ...
    Its chief negotiator said dairy would stay protected")."""
    ctx = contexts.get(claim.id, ClaimContext())
    if claim.label is not Label.STATEMENT or claim.cue is None or claim.cue.kind is CueKind.BELIEF:
        return None
    if ctx.charged is None or ctx.charged_words & ctx.parties or ctx.prospective:
        return None  # no party acts, or the source speaks of itself, or of what is to come
    if not _next_account(claim.cue.lemma) or ctx.vouches_for_all:
        return None  # "called on the commission to act": a request, no charge
    vocab = labels()
    if _affirmed(claim.text, vocab.compliance_words | vocab.propriety_adverbs):
        return None  # "the force had acted within the law": said for the party, not against it
    titles = sources().person_titles
    for answer in claims:
        actx = contexts.get(answer.id)
        if answer.start <= claim.end or actx is None or answer.label is not Label.STATEMENT:
            continue
        if answer.cue is None or answer.cue.kind is CueKind.BELIEF or not _next_account(answer.cue.lemma):
            continue  # no speaker, or a request ("called for work to be halted"), or silence
        if actx.parties & ctx.parties and not (
            ctx.charged_staff
            and actx.source_head != ctx.source_head
            and _speaks_as(ctx.employer_words, ctx.employer_heads, actx)
        ):
            continue  # the same source going on (not the body a caseworker at it accuses the managers of)
        if not (ctx.charged_staff or _speaks_as(ctx.charged_words, ctx.charged_heads, actx, titles=titles)):
            continue  # someone else speaking (a body answers for its staff: "managers had rostered ...")
        why = _answer_signal(answer, actx, ctx, compliance_of[answer.id])
        if why is not None:
            # a charge the party answers by negating, insisting, saying it complied or vouching for every
            # case was right 37 times in 42 on the development sets; one it answers in ordinary words, 109
            # in 133
            return replace(
                claim,
                label=Label.ACCUSATION,
                confidence=0.55 if why in WEAK_ANSWERS else 0.75,
                targets=(ctx.charged,),
                evidence=(*_undoubted(claim), Evidence("answered_by_party", answer.id)),
            )
    return None


#: claim nouns that carry someone's allegation ("claims by a Green MP that ...", "allegations from staff")
ALLEGING_NOUNS = frozenset({"claim", "allege", "accuse", "charge"})


def _denied_allegation(claim: Claim, claims: Sequence[Claim]) -> Claim | None:
    """'The minister hit back at claims by a Green MP that the trip was used to promote her husband's
    business': the claim another source denies, as its own content, is an allegation against that source
    (LABELS.md: what is denied was an accusation)."""
    if claim.label is not Label.STATEMENT or claim.source is None or claim.cue is None:
        return None
    if claim.cue.lemma not in ALLEGING_NOUNS or not any(
        e.kind == "form" and e.value == "nominal" for e in claim.evidence
    ):
        return None
    for denial in claims:
        if (
            denial.label is Label.DENIAL
            and denial.source is not None
            and (denial.start, denial.end) == (claim.start, claim.end)
            and denial.source.start != claim.source.start
        ):
            return replace(
                claim,
                label=Label.ACCUSATION,
                confidence=0.6,
                targets=(Span(denial.source.text, denial.source.start, denial.source.end),),
                evidence=(*_undoubted(claim), Evidence("denied_by", denial.id)),
            )
    return None


def _promise_beside_denial(
    claim: Claim, claims: Sequence[Claim], contexts: Mapping[str, ClaimContext]
) -> Claim | None:
    """'said the claims were false and that it would fight the suit': beside the source's denial in the same
    sentence, the promise to fight is a statement of what it will do (alone, 'will contest the
    allegations' is the denial)."""
    if claim.label is not Label.DENIAL or not any(e.kind == PROMISED for e in claim.evidence):
        return None
    sentence = contexts.get(claim.id, ClaimContext()).sentence
    names = _source_names(claim)
    beside = any(
        other.id != claim.id
        and other.label is Label.DENIAL
        and not any(e.kind == PROMISED for e in other.evidence)
        and _source_names(other) & names
        and contexts.get(other.id, ClaimContext()).sentence == sentence
        for other in claims
    )
    if not beside or sentence is None:
        return None
    return replace(claim, label=Label.STATEMENT, confidence=0.6, targets=(), responds_to=None)


def _source_names(claim: Claim) -> set[str]:
    """A claim's source as written and as resolved, lower-cased ('it', 'the miner')."""
    if claim.source is None:
        return set()
    resolved = claim.source.resolved
    return {claim.source.text.lower()} | ({resolved.text.lower()} if resolved else set())


def _answers_without_denying(text: str) -> bool:
    """A remedial answer ('has since tightened its controls') or a stance ('was confident of a fair
    hearing')."""
    vocab = labels()
    text = SINCE_WHEN.sub(" ", text)  # "since 2020" dates a fact; "has since hired" repairs
    return _phrase(text, vocab.remedial_words) is not None or _phrase(text, vocab.stance_words) is not None


#: "since" with the time it counts from: "on our website since 2020", "a policy since its founding"
SINCE_WHEN = re.compile(
    r"\bsince\s+(?:\d{4}\b|(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\b|its\s+(?:founding|launch|creation)\b|the\s+(?:start|beginning)\b)",
    re.IGNORECASE,
)


def _phrase(text: str, vocabulary: frozenset[str]) -> str | None:
    """The first entry of ``vocabulary`` (in alphabetical order) found in ``text`` as whole words, quotes
    and punctuation aside ('it "regrets any confusion"')."""
    low = normalised(text)
    return next((p for p in sorted(vocabulary) if f" {p} " in low), None)


#: words that turn the propriety word after them around ("answered neither fully nor truthfully")
NEGATORS = frozenset({"not", "never", "neither", "nor", "no"})


def _affirmed(text: str, vocabulary: frozenset[str]) -> str | None:
    """Like ``_phrase``, but only an entry not right after a negator: 'had acted lawfully', not 'had
    answered its orders neither fully nor truthfully' or 'did not act properly'."""
    low = normalised(text)
    for entry in sorted(vocabulary):
        at = low.find(f" {entry} ")
        while at >= 0:
            if not NEGATORS.intersection(low[:at].split()[-1:]):
                return entry
            at = low.find(f" {entry} ", at + 1)
    return None


def _inherit_denial(claim: Claim, claims: Sequence[Claim]) -> Claim | None:
    """'"Mr. Mabry will contest these allegations," his attorney said': a spokesperson or lawyer relaying a
    denial makes a denial. (Relaying an accusation is not accusing: "state media said X accused Y".)
    The denial must be the content's own predicate, near its start."""
    return _relayed(claim, claims, Label.DENIAL, "relays_denial", lambda cue: cue.start - claim.start <= 40)


def _relayed_finding(claim: Claim, claims: Sequence[Claim]) -> Claim | None:
    """'The university said an internal inquiry had found that the researcher falsified data': a source
    that reports a finding of wrongdoing asserts it (the finding is given as established), unlike one that
    reports another's accusation ('state media said X accused Y')."""
    findings = labels().finding_cues
    # (not a thing found, held weakly as a fault: "said every dollar was spent on its programs, after an
    # audit found $612,000 in unexplained costs" is the source's answer, not its charge)
    found = [c for c in claims if not any(e.kind == "found_fault" for e in c.evidence)]
    return _relayed(claim, found, Label.ACCUSATION, "relays_finding", lambda cue: cue.lemma in findings)


def _insisted(claim: Claim, ctx: ClaimContext) -> Claim | None:
    """'The council insisted the levee had passed its last inspection': to insist is to hold a claim against
    another, so what a source insists was or is so denies the other's claim, though the article does not
    say whose. What it insists will be ('insisted the hall would repay its cost') is a promise."""
    if (
        claim.cue is None
        or claim.cue.lemma != "insist"
        or ctx.prospective
        or _answers_without_denying(claim.text)
    ):
        return None
    return replace(
        claim,
        label=Label.DENIAL,
        confidence=min(claim.confidence, 0.55),
        evidence=(*_undoubted(claim), Evidence("insists", "insist")),
    )


def _cited_charge(claim: Claim, claims: Sequence[Claim]) -> Claim | None:
    """'The mayor is accused of steering contracts to his brother, according to the indictment': the
    document cited for an agentless charge is the one that makes it."""
    if claim.cue is None or claim.cue.kind is not CueKind.ACCORDING_TO:
        return None
    charge = next(
        (
            c
            for c in claims
            if c.label is Label.ACCUSATION
            and c.source is None
            and c.cue is not None
            and c.cue.lemma in {"accuse", "allege"}  # not "was charged with": a formal charge, reported
            and claim.start <= c.cue.start < claim.end
        ),
        None,
    )
    if charge is None:
        return None
    return _joined(claim, charge, "cited_charge", min(claim.confidence, charge.confidence))


def _own_view(claim: Claim, claims: Sequence[Claim]) -> Claim | None:
    """'Chief Ortega said he believes the officer violated policy': a source that reports its own belief or
    its own words makes the accusation or denial itself; the nested source must stand for the same party
    (a pronoun resolved to it: not "the company", whose referent is a guess). Another party's view is only
    relayed ('Reyes said the minister believes ...')."""
    source = claim.source
    if source is None:
        return None
    child = next(
        (
            c
            for c in claims
            if c.parent == claim.id
            and c.label is not Label.STATEMENT
            and c.source is not None
            # "he believes" (a pronoun resolved to the source), or the source resolved to the nested
            # source's own name ("The Anti-Doping Authority has charged X ..., the agency said"); not a
            # nested descriptor resolved to the source, whose referent is less sure
            and (
                (c.source.kind is SourceKind.PRONOUN and _resolved_to(c.source, source))
                or _resolved_to(source, c.source)
            )
        ),
        None,
    )
    if child is None:
        return None
    return _joined(claim, child, "own_view", min(claim.confidence, child.confidence))


def _resolved_to(mention: Source, other: Source) -> bool:
    """Whether coreference resolved ``mention`` to the span of ``other``."""
    resolved = mention.resolved
    return resolved is not None and resolved.start < other.end and other.start < resolved.end


def _relayed(
    claim: Claim, claims: Sequence[Claim], label: Label, why: str, cue_test: Callable[[Cue], bool]
) -> Claim | None:
    """``claim`` made part of the first claim nested in it with ``label`` and a cue that passes
    ``cue_test``."""
    child = next(
        (
            c
            for c in claims
            if c.parent == claim.id and c.label is label and c.cue is not None and cue_test(c.cue)
        ),
        None,
    )
    if child is None:
        return None
    return _joined(claim, child, why, min(claim.confidence, child.confidence))


def _elaboration(claim: Claim, ctx: ClaimContext, earlier: Sequence[Claim]) -> Claim | None:
    if ctx.elaborates is None:
        return None
    head = next((c for c in earlier if c.id == ctx.elaborates), None)
    if head is None or ctx.prospective:
        return None  # "blamed the firm, saying it would seek damages": a plan
    if head.label is Label.ACCUSATION and head.cue is not None and _accusing(head.cue.lemma):
        # "blamed the rebels for the attack, saying they had fired from the hills": the participle gives
        # the grounds of the accusation (not after a "said" that accuses by its content: "said the firm
        # cheated, adding that it would face fines" is a further statement)
        return _joined(claim, head, "elaborates_accusation", 0.7)
    if head.label is not Label.DENIAL or _answers_without_denying(claim.text):
        return None  # "denied wrongdoing, adding that it would cooperate with any review": a promise
    return _joined(claim, head, "elaborates_denial", 0.7)


def _undoubted(claim: Claim) -> tuple[Evidence, ...]:
    """The evidence of a statement about to take another label, without the doubts that lowered the
    statement's confidence ('doubt_negation' ...): they explain that confidence, not the new one."""
    return tuple(e for e in claim.evidence if not e.kind.startswith("doubt_"))


def _joined(claim: Claim, other: Claim, why: str, confidence: float) -> Claim:
    """``claim`` made part of ``other`` (its grounds, its relay, the rest of its answer): ``other``'s label,
    targets and the accusation it answers, with the evidence ``why``."""
    return replace(
        claim,
        label=other.label,
        confidence=confidence,
        targets=other.targets,
        responds_to=other.responds_to,
        evidence=(*_undoubted(claim), Evidence(why, other.id)),
    )


def _accusing(lemma: str) -> bool:
    """A cue that accuses by itself ("blamed", "accused", "criticised ... for")."""
    vocab = labels()
    return lemma in vocab.accusation_cues or lemma in vocab.accusation_cue_weak


def _polities(text: str) -> set[str]:
    lex = sources()
    parts = re.split(r"\s*(?:,|\band\b|&)\s*", text)
    return {lex.polity(p) for p in parts if p.strip()}


def _accuses(accusation: Claim, parties: set[str]) -> bool:
    accused = set().union(*(_polities(t.text) | set(name_words(t.text)) for t in accusation.targets))
    return bool(parties & accused)


def link_denials(claims: Sequence[Claim]) -> list[Claim]:
    """Point each denial of an anaphoric object ("the accusations"), or of nothing named, to the accusation
    it answers: the nearest earlier accusation whose target is the denier (a capital standing for its
    country counts), else the nearest earlier accusation; a denial before any accusation (a headline) may
    answer the first later accusation against the denier. A denial that named nothing gets that
    accusation as its target."""
    lex = labels()
    out: list[Claim] = list(claims)
    for index, claim in enumerate(out):
        if claim.label is not Label.DENIAL or claim.responds_to is not None:
            continue
        target_words = {singular(w.lower().strip(".,")) for t in claim.targets for w in t.text.split()}
        anaphoric = bool(target_words & lex.claim_nouns) or not claim.targets
        deniers: set[str] = set()
        if claim.source is not None:
            deniers = _polities(claim.source.text) | set(name_words(claim.source.text))
            if claim.source.resolved is not None:
                deniers |= _polities(claim.source.resolved.text) | set(name_words(claim.source.resolved.text))
        accusations = [c for c in out if c.label is Label.ACCUSATION and c.id != claim.id]
        earlier = [c for c in accusations if c.end <= claim.start]
        later = [c for c in accusations if c.start >= claim.end]

        best = next((a for a in reversed(earlier) if _accuses(a, deniers)), None)
        if best is None and anaphoric and earlier:
            best = earlier[-1]
        if best is None:
            best = next((a for a in later if _accuses(a, deniers)), None)
        if best is not None:
            # a denial that names nothing it denies ("said it had followed every rule") denies the
            # accusation it answers
            targets = claim.targets or (Span(best.text, best.start, best.end),)
            out[index] = replace(
                claim,
                targets=targets,
                responds_to=best.id,
                evidence=(*claim.evidence, Evidence("responds_to", best.id)),
            )
    return out
