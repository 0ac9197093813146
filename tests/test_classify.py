"""Label decisions on hand-built facts (no spaCy): each rule of LABELS.md and the look-alikes it must
not fire on."""

from __future__ import annotations

from dataclasses import replace

import pytest

from claims.classify import (
    DOUBTED,
    FORWARD,
    PAST_ACT,
    PAST_ACT_OF_OTHER,
    UNDOUBTED,
    ClaimFacts,
    Predicate,
    classify,
    person_by_suffix,
    wrongdoing_hint,
)
from claims.discourse import (
    ClaimContext,
    _answer_signal,
    _answers_for,
    _same_speaker,
    link_denials,
    resolve_discourse,
)
from claims.lexicons import labels
from claims.types import Claim, Cue, Evidence, Label, Source, SourceKind, Span


def span(text: str, start: int = 0) -> Span:
    return Span(text, start, start + len(text))


def pred(
    lemma: str,
    *,
    subject: str | None = None,
    negated: bool = False,
    after: str = "",
    objects: str = "",
    entities: tuple[str, ...] = (),
    never: bool = False,
) -> Predicate:
    subj = span(subject) if subject else None
    return Predicate(
        lemma=lemma,
        start=0,
        end=len(lemma),
        negated=negated,
        subject=subj,
        subject_head=subject.split()[-1].lower() if subject else "",
        subject_entities=tuple(span(e) for e in entities),
        complement_words=frozenset(after.lower().split()),
        object_words=frozenset(objects.lower().split()),
        object_text=objects.lower(),
        never=never,
        self_reference=bool(subject)
        and subject.split()[0].lower() in {"he", "she", "it", "they", "we", "i", "his"},
    )


def test_accusing_cue_is_an_accusation_with_its_object_as_target() -> None:
    d = classify(
        ClaimFacts(text="North Korea of supplying shells", cue_lemma="accuse", object=span("North Korea"))
    )
    assert d.label is Label.ACCUSATION
    assert [t.text for t in d.targets] == ["North Korea"]
    assert d.evidence[0].kind == "cue_lemma" and d.evidence[0].value == "accuse"


@pytest.mark.parametrize("cue", ["deny", "reject", "dismiss", "refute", "dispute"])
def test_denial_cues(cue: str) -> None:
    d = classify(
        ClaimFacts(
            text="the allegations", cue_lemma=cue, object=span("the allegations"), object_head="allegation"
        )
    )
    assert d.label is Label.DENIAL
    assert [t.text for t in d.targets] == ["the allegations"]


@pytest.mark.parametrize(
    ("cue", "negated", "hypothetical"),
    [("deny", True, False), ("accuse", True, False), ("accuse", False, True), ("blame", False, True)],
)
def test_negated_or_hypothetical_cue_is_a_statement(cue: str, negated: bool, hypothetical: bool) -> None:
    d = classify(
        ClaimFacts(
            text="x",
            cue_lemma=cue,
            cue_negated=negated,
            cue_hypothetical=hypothetical,
            object=span("the report"),
        )
    )
    assert d.label is Label.STATEMENT
    assert {e.kind for e in d.evidence} & {"negated_cue", "hypothetical_cue"}


def test_rejecting_a_request_is_not_a_denial() -> None:
    d = classify(
        ClaimFacts(
            text="the proposal", cue_lemma="reject", object=span("the proposal"), object_head="proposal"
        )
    )
    assert d.label is Label.STATEMENT
    assert any(e.kind == "rejects_request" for e in d.evidence)


def test_called_the_report_baseless_is_a_denial() -> None:
    d = classify(
        ClaimFacts(
            text="the report baseless",
            cue_lemma="call",
            object=span("the report"),
            predicate_words=frozenset({"baseless"}),
        )
    )
    assert d.label is Label.DENIAL
    assert [t.text for t in d.targets] == ["the report"]


def test_neutral_cue_with_wrongdoing_content_targets_the_parties() -> None:
    facts = ClaimFacts(
        text="the cooperation between Russia and Iran was in violation of UN resolutions",
        cue_lemma="say",
        predicates=(
            pred(
                "be",
                subject="the cooperation between Russia and Iran",
                after="in violation of un",
                entities=("Russia", "Iran"),
            ),
        ),
    )
    d = classify(facts)
    assert d.label is Label.ACCUSATION
    assert [t.text for t in d.targets] == ["Russia", "Iran"]


def test_support_for_a_war_is_wrongdoing_but_support_for_refugees_is_not() -> None:
    war = ClaimFacts(
        text="have been aiding the war",
        cue_lemma="say",
        antecedent=span("firms"),
        predicates=(pred("aid", objects="the war"),),
    )
    aid = ClaimFacts(
        text="have been aiding refugees",
        cue_lemma="say",
        antecedent=span("firms"),
        predicates=(pred("aid", objects="refugees"),),
    )
    assert classify(war).label is Label.ACCUSATION
    assert [t.text for t in classify(war).targets] == ["firms"]
    assert classify(aid).label is Label.STATEMENT


def test_negated_wrongdoing_is_not_an_accusation() -> None:
    facts = ClaimFacts(
        text="the firm did not violate the rules",
        cue_lemma="say",
        predicates=(pred("violate", subject="the firm", negated=True),),
    )
    assert classify(facts).label is not Label.ACCUSATION


def test_policy_criticism_is_a_statement() -> None:
    facts = ClaimFacts(
        text="the plan is too expensive",
        cue_lemma="say",
        predicates=(pred("be", subject="the plan", after="too expensive"),),
    )
    assert classify(facts).label is Label.STATEMENT


@pytest.mark.parametrize(
    ("text", "predicates"),
    [
        ("it had nothing to do with the attack", ()),
        ("the reports were false", (pred("be", subject="the reports", after="false"),)),
        ("he never took the money", (pred("take", subject="he", negated=True, never=True),)),
        ("his staff had not leaked the files", (pred("leak", subject="his staff", negated=True),)),
        ("we did nothing wrong", ()),
        ("there is no evidence that the vaccine is unsafe", ()),
    ],
)
def test_denials_without_deny(text: str, predicates: tuple[Predicate, ...]) -> None:
    assert classify(ClaimFacts(text=text, cue_lemma="say", predicates=predicates)).label is Label.DENIAL


def test_a_third_party_not_doing_something_is_not_a_denial() -> None:
    facts = ClaimFacts(
        text="the rebels had not taken the town",
        cue_lemma="say",
        predicates=(pred("take", subject="the rebels", negated=True),),
    )
    assert classify(facts).label is Label.STATEMENT


@pytest.mark.parametrize(
    ("lemma", "objects", "kind"),
    [
        ("ignore", "repeated safety warnings", "negligence"),
        ("delete", "the camera footage", "destroying_evidence"),
        ("recruit", "child soldiers", "wrongdoing_object"),
        ("share", "customer data without consent", "without_permission"),
        ("discharge", "untreated wastewater into the river", "pollution"),
        ("ignore", "their complaints", "negligence"),
    ],
)
def test_wrongdoing_pairs_and_phrases(lemma: str, objects: str, kind: str) -> None:
    facts = ClaimFacts(
        text=f"the firm {lemma} {objects}",
        cue_lemma="say",
        predicates=(pred(lemma, subject="the firm", objects=objects),),
    )
    d = classify(facts)
    assert d.label is Label.ACCUSATION
    assert kind in {e.kind for e in d.evidence}
    assert [t.text for t in d.targets] == ["the firm"]


def test_the_same_verbs_with_harmless_objects_are_statements() -> None:
    for lemma, objects in (("ignore", "the noise"), ("delete", "old drafts"), ("recruit", "new teachers")):
        facts = ClaimFacts(
            text=f"the firm {lemma} {objects}",
            cue_lemma="say",
            predicates=(pred(lemma, subject="the firm", objects=objects),),
        )
        assert classify(facts).label is Label.STATEMENT, lemma


def test_blaming_something_that_is_not_a_party_is_a_statement() -> None:
    d = classify(
        ClaimFacts(
            text="the weather",
            cue_lemma="blame",
            object=span("the weather"),
            object_head="weather",
            object_is_party=False,
        )
    )
    assert d.label is Label.STATEMENT


def test_self_negation_of_an_ordinary_verb_is_a_statement() -> None:
    facts = ClaimFacts(
        text="she had not yet decided",
        cue_lemma="say",
        predicates=(pred("decide", subject="she", negated=True),),
    )
    assert classify(facts).label is Label.STATEMENT


def _claim(cid: str, label: Label, start: int, source: str, targets: tuple[str, ...]) -> Claim:
    return Claim(
        id=cid,
        text="x",
        start=start,
        end=start + 1,
        label=label,
        confidence=0.9,
        source=Source(source, start, start + len(source), SourceKind.NAMED),
        targets=tuple(span(t) for t in targets),
    )


def test_denial_links_to_the_accusation_against_the_denier_through_metonymy() -> None:
    against_iran = _claim("c0000000001", Label.ACCUSATION, 10, "Israel", ("Iran",))
    against_syria = _claim("c0000000002", Label.ACCUSATION, 20, "Turkey", ("Syria",))
    denial = _claim("c0000000003", Label.DENIAL, 30, "Tehran", ("the accusations",))
    linked = link_denials([against_iran, against_syria, denial])
    assert linked[2].responds_to == "c0000000001"
    assert linked[0].responds_to is None


def _statement(cid: str, start: int, source: str, confidence: float = UNDOUBTED) -> Claim:
    return Claim(
        id=cid,
        text="x",
        start=start,
        end=start + 1,
        label=Label.STATEMENT,
        confidence=confidence,
        source=Source(source, start, start + len(source), SourceKind.NAMED),
        cue=Cue("said", start + len(source) + 1, start + len(source) + 5, "say"),
    )


def test_a_statement_after_an_accusation_is_doubted_as_contested_and_one_before_it_is_not() -> None:
    before = _statement("c0000000001", 0, "Lindqvist")
    accusation = _claim("c0000000002", Label.ACCUSATION, 10, "Farmers", ("the mine",))
    after = _statement("c0000000003", 40, "Okafor")
    doubted = _statement("c0000000004", 60, "Okafor", confidence=DOUBTED)
    out = {c.id: c for c in resolve_discourse([before, accusation, after, doubted], {})}
    assert out["c0000000001"].confidence == UNDOUBTED
    assert out["c0000000003"].confidence == DOUBTED
    assert out["c0000000003"].evidence[-1] == Evidence("doubt_contested", "c0000000002")
    # already doubted for its own words: one doubt is enough, its evidence is kept as it was
    assert out["c0000000004"].evidence == ()
    assert out["c0000000002"].label is Label.ACCUSATION


def test_denial_of_a_non_anaphoric_object_by_someone_else_is_not_linked() -> None:
    acc = _claim("c0000000001", Label.ACCUSATION, 10, "Israel", ("Iran",))
    denial = _claim("c0000000002", Label.DENIAL, 30, "Ankara", ("the visit",))
    assert link_denials([acc, denial])[1].responds_to is None


def test_hypothetical_or_self_referring_wrongdoing_is_not_an_accusation() -> None:
    hypothetical = Predicate(
        lemma="steal", start=0, end=5, subject=span("hackers"), subject_head="hacker", hypothetical=True
    )
    threat = Predicate(
        lemma="attack", start=0, end=6, subject=span("they"), subject_head="they", self_reference=True
    )
    someone = Predicate(lemma="steal", start=0, end=5, subject=span("someone"), subject_head="someone")
    for p in (hypothetical, threat, someone):
        assert classify(ClaimFacts(text="x", cue_lemma="say", predicates=(p,))).label is Label.STATEMENT


def test_saying_a_third_party_did_no_wrong_is_a_denial_but_not_doing_an_ordinary_thing_is_not() -> None:
    wrong = ClaimFacts(
        text="the guards had not falsified any records",
        cue_lemma="tell",
        predicates=(pred("falsify", subject="the guards", negated=True, objects="any records"),),
    )
    decision = classify(wrong)
    assert decision.label is Label.DENIAL
    assert [t.text for t in decision.targets] == ["the guards"]
    assert decision.evidence[-1].kind == "denies_wrongdoing"
    ordinary = ClaimFacts(
        text="the guards had not opened the gate",
        cue_lemma="tell",
        predicates=(pred("open", subject="the guards", negated=True, objects="the gate"),),
    )
    assert classify(ordinary).label is Label.STATEMENT


@pytest.mark.parametrize("subject", ["the storm", "Typhoon Kalani", "the earthquake"])
def test_harm_done_by_a_natural_cause_is_not_an_accusation(subject: str) -> None:
    facts = ClaimFacts(
        text=f"{subject} killed 14 people",
        cue_lemma="say",
        predicates=(pred("kill", subject=subject, objects="14 people"),),
    )
    assert classify(facts).label is Label.STATEMENT


def test_an_adjective_of_a_party_name_is_not_a_natural_cause() -> None:
    facts = ClaimFacts(
        text="the ruling party stole the election",
        cue_lemma="say",
        predicates=(pred("steal", subject="the ruling party", objects="the election"),),
    )
    assert classify(facts).label is Label.ACCUSATION


# -- confidence of statements: doubts (made-up contents; the label stays, the confidence drops)


def words(text: str) -> frozenset[str]:
    return frozenset(text.lower().replace(".", "").split())


def test_a_plain_statement_keeps_its_confidence_and_records_no_doubt() -> None:
    text = "the plant will reopen in May with two hundred staff"
    d = classify(ClaimFacts(text=text, cue_lemma="say", content_words=words(text)))
    assert d.label is Label.STATEMENT and d.confidence == 0.8
    assert not [e for e in d.evidence if e.kind.startswith("doubt_")]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # a wrongdoing noun no rule reads as an accusation here (no predicate names who paid)
        ("questions about bribes at the port remain open", "doubt_wrongdoing", "bribes"),
        # a negation: what a denial without "deny" is made of
        ("the line was never run at full load", "doubt_negation", "never"),
        # a word of falsity about nothing the speaker was accused of
        ("the early estimates were inaccurate by a wide margin", "doubt_falsity", "inaccurate"),
    ],
)
def test_a_statement_holding_what_accusations_and_denials_are_made_of_is_doubted(
    text: str, kind: str, value: str
) -> None:
    d = classify(ClaimFacts(text=text, cue_lemma="say", content_words=words(text)))
    assert d.label is Label.STATEMENT
    assert d.confidence == DOUBTED < 0.8
    assert Evidence(kind, value) in d.evidence


def test_a_negated_predicate_is_a_doubt_even_without_a_negation_word_in_the_content() -> None:
    text = "the contract had been signed"
    facts = ClaimFacts(
        text=text, cue_lemma="say", content_words=words(text), predicates=(pred("sign", negated=True),)
    )
    d = classify(facts)
    assert d.label is Label.STATEMENT and d.confidence == DOUBTED
    assert Evidence("doubt_negation", "not") in d.evidence


def test_a_statement_in_the_articles_own_voice_is_not_doubted() -> None:
    text = "questions about bribes at the port remain open"
    d = classify(ClaimFacts(text=text, content_words=words(text)))
    assert d.label is Label.STATEMENT and d.confidence == 0.7
    assert not [e for e in d.evidence if e.kind.startswith("doubt_")]


def test_a_phrase_hint_is_the_phrase_as_the_lexicon_writes_it() -> None:
    """The doubt evidence names a phrase the lexicon holds ('stuff ballot box'), the same one on every run,
    not its words in some order."""
    lex = labels()
    words = frozenset({"they", "stuffed", "stuff", "the", "ballot", "boxes", "box"})
    hint = wrongdoing_hint(words)
    assert hint in lex.wrongdoing_collocations | lex.wrongdoing_manner | lex.wrongdoing_objects, hint
    assert wrongdoing_hint(frozenset({"the", "mayor", "opened", "a", "library"})) is None


def _spoken(cid: str, start: int, source: str, kind: SourceKind, resolved: Span | None = None) -> Claim:
    return replace(
        _statement(cid, start, source),
        source=Source(source, start, start + len(source), kind, resolved),
    )


def test_the_same_speaker_by_resolution_or_by_family_name() -> None:
    """'Ruiz' after 'Ana Ruiz', 'he' resolved to her: the same speaker; another name, or a pronoun that only
    looks like a family name ('He' after 'Li He'), is not."""
    first = _spoken("c0000000001", 0, "Ana Ruiz", SourceKind.NAMED)
    assert _same_speaker(first, _spoken("c0000000002", 40, "Ruiz", SourceKind.NAMED))
    assert _same_speaker(first, _spoken("c0000000003", 40, "she", SourceKind.PRONOUN, Span("Ana Ruiz", 0, 8)))
    assert not _same_speaker(first, _spoken("c0000000004", 40, "Ortega", SourceKind.NAMED))
    assert not _same_speaker(
        _spoken("c0000000005", 0, "Li He", SourceKind.NAMED),
        _spoken("c0000000006", 40, "He", SourceKind.PRONOUN),
    )
    # a descriptor with a name in apposition: the name it resolved to is the full name
    described = _spoken(
        "c0000000007", 0, "Sarrow's chief executive", SourceKind.DESCRIPTOR, Span("Imogen Tate", 26, 37)
    )
    assert _same_speaker(_spoken("c0000000008", 60, "Tate", SourceKind.NAMED), described)


@pytest.mark.parametrize(
    ("lemma", "after", "manner"),
    [
        ("enrol", "600 more students than its licence allowed", "more students than its licence allowed"),
        (
            "store",
            "three times the volume of waste allowed under its permit",
            "three times the volume of waste allowed",
        ),
        ("clear", "land beyond the area permitted in its consent", "beyond the area permitted"),
        ("pay", "carers less than their contracts required", "less than their contracts required"),
        ("open", "the footbridge before safety checks were completed", "before safety checks were completed"),
        ("accept", "the bid three days after the closing deadline", "after the closing deadline"),
        ("route", "the fees through a shell company to avoid paying tax", "to avoid paying"),
        ("offer", "them holidays in exchange for their votes", "in exchange for their votes"),
        # the same shapes without a limit, a check or a duty
        ("charge", "customers no more than the tariff allows", None),
        ("raise", "twice the amount it had expected", None),
        ("reopen", "the bridge after inspections were completed", None),
        ("reroute", "the flights to avoid the storm", None),
    ],
)
def test_a_wrong_manner_without_a_word_of_wrongdoing(lemma: str, after: str, manner: str | None) -> None:
    """More than a licence allows, an act out of turn, a duty escaped, a favour traded: the manner is the
    wrong, and the claim an accusation."""
    p = replace(pred(lemma, subject="the company", after=after), complement_text=after)
    d = classify(ClaimFacts(text=f"the company {lemma} {after}", cue_lemma="say", predicates=(p,)))
    found = [e.value for e in d.evidence if e.kind == "wrongdoing_manner"]
    assert (d.label, found) == ((Label.ACCUSATION, [manner]) if manner else (Label.STATEMENT, []))


def test_wrongdoing_vocabulary_does_not_depend_on_the_hash_seed() -> None:
    """Two lexicon entries with the same words ("than the price quoted", "than the quoted price") used to
    give whichever a set's iteration met first, so the same text gave different evidence from run to run."""
    import os
    import subprocess
    import sys

    code = (
        "from claims.classify import wrongdoing_hint; "
        "print(wrongdoing_hint(frozenset('more than the quoted price'.split())))"
    )
    found = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        for seed in range(1, 9)
    }
    assert found == {"than the price quoted"}, found


def test_who_answers_a_charge_without_being_named() -> None:
    """The body an accuser works at answers for the staff the accuser names by role alone; a lawyer with no
    client named answers when speaking of "my client"; a pronoun may be the accuser going on, and answers
    nothing this way."""
    charge = _claim("c0000000001", Label.ACCUSATION, 0, "A former clerk", ("managers",))
    accuser = ClaimContext(
        parties=frozenset({"former", "clerk", "agency"}),
        employer_words=frozenset({"norrland", "agency"}),
        employer_heads=frozenset({"agency"}),
        source_head="clerk",
    )
    agency = ClaimContext(
        parties=frozenset({"agency"}), party_heads=frozenset({"agency"}), source_head="agency"
    )
    she = replace(agency, source_head="she")
    union = ClaimContext(parties=frozenset({"union"}), party_heads=frozenset({"union"}), source_head="union")
    assert _answers_for(charge, accuser, agency, "letters were kept for seven years")
    assert not _answers_for(charge, accuser, she, "she had raised it twice")
    assert not _answers_for(charge, accuser, union, "staff were never consulted")
    against_one = _claim("c0000000002", Label.ACCUSATION, 0, "Prosecutors", ("a market trader",))
    prosecutors = ClaimContext(parties=frozenset({"prosecutors"}), source_head="prosecutor")
    lawyer = ClaimContext(parties=frozenset({"lawyer", "ida", "brenner"}), source_head="lawyer", counsel=True)
    assert _answers_for(against_one, prosecutors, lawyer, "My client bought the tools from a wholesaler")
    assert not _answers_for(against_one, prosecutors, lawyer, "the hearing had been moved to April")


@pytest.mark.parametrize(
    ("noun", "person"),
    [
        ("psychologist", True),
        ("technician", True),
        ("beekeeper", True),
        ("trustee", True),
        ("checklist", False),
        ("holder", False),
        ("boiler", False),
        ("plant", False),
    ],
)
def test_people_by_a_suffix_of_profession(noun: str, person: bool) -> None:
    assert person_by_suffix(noun) is person


@pytest.mark.parametrize(
    ("lemma", "after", "kind"),
    [
        ("pay", "seasonal workers as little as three euros an hour", "wrong_pay"),
        ("spend", "the club funds on family holidays", "wrong_pay"),
        ("keep", "most of the appeal money for themselves", "misuse"),
        ("pay", "the invoice on time", None),
        ("spend", "the grant on new kit for the juniors", None),
        ("keep", "the trophies in a cabinet", None),
    ],
)
def test_money_put_to_wrong_use(lemma: str, after: str, kind: str | None) -> None:
    """Pay too little, others' money spent or kept for oneself: the manner is the wrong; the same verbs
    doing their ordinary work are statements."""
    p = replace(pred(lemma, subject="the treasurer", after=after), complement_text=after)
    d = classify(ClaimFacts(text=f"the treasurer {lemma} {after}", cue_lemma="say", predicates=(p,)))
    found = [e.kind for e in d.evidence if e.kind in {"wrong_pay", "misuse"}]
    assert (d.label, found) == ((Label.ACCUSATION, [kind]) if kind else (Label.STATEMENT, []))


def _said(text: str, *predicates: Predicate) -> ClaimFacts:
    return ClaimFacts(text=text, content=span(text), cue_lemma="say", predicates=predicates)


def test_a_statement_is_as_sure_as_what_its_content_tells() -> None:
    """What will happen is almost always a plain statement (FORWARD); a past action, often a charge or an
    answer in ordinary words, more so when another party did it (PAST_ACT_OF_OTHER) than the source or
    no one (PAST_ACT); anything else stays UNDOUBTED."""
    plan = _said("it would publish the audit", replace(pred("publish", subject="it"), future=True))
    decided = classify(plan)
    assert (decided.label, decided.confidence) == (Label.STATEMENT, FORWARD)
    assert decided.evidence[-1].kind == "forward"
    other = replace(pred("resurface", subject="the contractor"), past_action=True, party_subject=True)
    told = classify(_said("the contractor had resurfaced the car park", other))
    assert (told.label, told.confidence) == (Label.STATEMENT, PAST_ACT_OF_OTHER)
    assert told.evidence[-1].kind == "doubt_past_action"
    own = replace(pred("move", subject="it"), past_action=True, party_subject=True)
    assert classify(_said("it had moved the paintings", own)).confidence == PAST_ACT
    state = pred("be", subject="the museum")
    assert classify(_said("the museum is open", state)).confidence == UNDOUBTED
    # a routine event ('routine_events') is no sign of a charge: "the museum had received 400 objects"
    received = replace(pred("receive", subject="the museum"), past_action=True, party_subject=True)
    assert "receive" in labels().routine_events
    assert classify(_said("the museum had received 400 objects", received)).confidence == UNDOUBTED
    assert FORWARD > UNDOUBTED > PAST_ACT > PAST_ACT_OF_OTHER


def _said_claim(cid: str, start: int, confidence: float, *evidence: Evidence) -> Claim:
    return replace(_statement(cid, start, "Okafor", confidence=confidence), evidence=evidence)


def test_after_an_accusation_a_past_action_is_doubted_further_and_a_plan_is_not() -> None:
    accusation = _claim("c0000000001", Label.ACCUSATION, 0, "Farmers", ("the mine",))
    past = _said_claim("c0000000002", 40, PAST_ACT, Evidence("doubt_past_action", "visit"))
    plan = _said_claim("c0000000003", 60, FORWARD, Evidence("forward", "open"))
    out = {c.id: c for c in resolve_discourse([accusation, past, plan], {})}
    assert out["c0000000002"].confidence == DOUBTED
    assert out["c0000000002"].evidence[-1] == Evidence("doubt_contested", "c0000000001")
    assert out["c0000000003"].confidence == FORWARD


def test_a_price_at_a_multiple_of_the_fair_one_is_overcharging_but_a_price_reported_is_not() -> None:
    charged = replace(
        pred("charge", subject="the locksmith"),
        complement_text="elderly customers up to eight times the usual rate",
        text="charged",
    )
    decided = classify(
        _said("the locksmith charged elderly customers up to eight times the usual rate", charged)
    )
    assert decided.label is Label.ACCUSATION
    assert [t.text for t in decided.targets] == ["the locksmith"]
    assert decided.evidence[-1].kind == "overcharging"
    twice = replace(pred("bill", subject="they"), passive=True, complement_text="twice for the same order")
    assert classify(_said("they had been billed twice for the same order", twice)).label is Label.ACCUSATION
    fares = replace(pred("be", subject="fares"), complement_text="three times the usual price last summer")
    assert (
        classify(_said("fares were three times the usual price last summer", fares)).label is Label.STATEMENT
    )


def test_nobody_watching_is_care_not_given_but_nobody_hurt_is_not() -> None:
    unwatched = classify(
        _said("nobody was supervising the climbing wall", pred("supervise", subject="nobody"))
    )
    assert unwatched.label is Label.ACCUSATION
    assert unwatched.evidence[-1] == Evidence("inaction", "nobody was supervising")
    unhurt = classify(_said("no one was injured in the crash", pred("injure", subject="no one")))
    assert unhurt.label is not Label.ACCUSATION


def test_should_have_known_and_cannot_be_trusted_blame_a_party_but_should_have_acted_is_criticism() -> None:
    known = replace(pred("know", subject="the agency"), party_subject=True, text="known")
    decided = classify(_said("the agency knew, or should have known, that the workers were underage", known))
    assert decided.label is Label.ACCUSATION
    assert decided.evidence[-1].kind == "owed_duty"
    acted = replace(pred("call", subject="the mayor"), party_subject=True, text="called")
    assert classify(_said("the mayor should have called the meeting sooner", acted)).label is Label.STATEMENT
    trusted = replace(
        pred("trust", subject="the letting agent", negated=True),
        party_subject=True,
        passive=True,
        text="trusted",
    )
    untrusted = classify(_said("the letting agent cannot be trusted with deposits", trusted))
    assert untrusted.label is Label.ACCUSATION
    assert [t.text for t in untrusted.targets] == ["the letting agent"]
    ours = replace(trusted, self_reference=True)
    assert classify(_said("we cannot be trusted with it", ours)).label is not Label.ACCUSATION


def test_the_reason_for_a_dismissal_answers_a_charge_of_retaliation_only() -> None:
    """'sacked her after she complained ... The company said she had been dismissed for repeated
    lateness': the accused's reason for the very dismissal it is accused of (not a remedy: 'the
    receptionist has been dismissed', after a charge of theft, answers nothing)."""
    answer = replace(_statement("c0000000002", 50, "The company"), text="she had been dismissed for lateness")
    retaliation = ClaimContext(topic=frozenset({"sack", "complain"}))
    theft = ClaimContext(topic=frozenset({"steal", "passport"}))
    assert _answer_signal(answer, ClaimContext(), retaliation, None) == "gives_reason"
    assert _answer_signal(answer, ClaimContext(), theft, None) != "gives_reason"


def test_a_promise_to_fight_a_case_is_a_promise_and_to_contest_a_claim_a_denial() -> None:
    fight = pred("fight", subject="it", objects="the case")
    contest = pred("contest", subject="it", objects="the claim")
    for p, label in ((fight, Label.STATEMENT), (contest, Label.DENIAL)):
        facts = ClaimFacts(
            text=f"it would {p.lemma} {p.object_text}", cue_lemma="say", predicates=(replace(p, future=True),)
        )
        assert classify(facts).label is label, p.lemma


def test_an_insurer_turning_down_a_claim_is_no_denial_by_the_source() -> None:
    rejected = pred("reject", subject="the insurer", objects="her claim")
    facts = ClaimFacts(text="the insurer rejected her claim", cue_lemma="say", predicates=(rejected,))
    assert not any(e.kind == "contests" for e in classify(facts).evidence)
    disputes = replace(rejected, subject=span("it"), subject_head="it", self_reference=True)
    facts = ClaimFacts(text="it rejected the claim", cue_lemma="say", predicates=(disputes,))
    assert any(e.kind == "contests" for e in classify(facts).evidence)


def test_compliance_counts_in_the_clause_that_holds_it() -> None:
    sorry = replace(
        pred("be", subject="I", after="sorry and i will be back as soon as i can"),
        complement_text="sorry and i will be back as soon as i can",
    )
    back = replace(
        pred("be", subject="I", after="back as soon as i can"),
        start=20,
        future=True,
        complement_text="back as soon as i can",
    )
    facts = ClaimFacts(
        text="I am sorry and I will be back as soon as I can", cue_lemma="say", predicates=(sorry, back)
    )
    assert not any(e.kind == "compliance" for e in classify(facts).evidence)


@pytest.mark.parametrize(
    ("confidence_kind", "responds_to", "expected"),
    [
        ("contrast", None, 0.55),
        ("denies_wrongdoing", None, 0.55),
        ("contrast", "c0000000001", 0.75),
        ("falsity_word", None, 0.75),
    ],
)
def test_a_weak_denial_that_answers_nothing_is_held_weakly(
    confidence_kind: str, responds_to: str | None, expected: float
) -> None:
    denial = replace(
        _claim("c0000000002", Label.DENIAL, 40, "The firm", ()),
        confidence=0.75,
        responds_to=responds_to,
        evidence=(Evidence(confidence_kind, "x"),),
    )
    (out,) = [c for c in resolve_discourse([denial], {}) if c.id == denial.id]
    assert out.label is Label.DENIAL and out.confidence == expected
    assert any(e.kind == "doubt_unanswered" for e in out.evidence) is (expected == 0.55)


@pytest.mark.parametrize(
    ("subject", "after", "threat"),
    [
        ("managers", "workers they would lose their bonuses if they joined the union", True),
        ("the dairy", "growers to accept the cut or face being dropped", True),
        ("the licensing officer", "him he would be fined if he did not register", False),  # an authority
        ("managers", "workers they would lose their bonuses", False),  # no condition held over them
    ],
)
def test_a_loss_held_over_those_told_is_intimidation(subject: str, after: str, threat: bool) -> None:
    told = replace(
        pred("tell", subject=subject, after=after), complement_text=after.lower(), past_action=True
    )
    facts = ClaimFacts(text=f"{subject} told {after}", cue_lemma="say", predicates=(told,))
    decision = classify(facts)
    assert any(e.kind == "intimidation" for e in decision.evidence) is threat, decision.evidence


@pytest.mark.parametrize(("found", "label"), [(True, Label.ACCUSATION), (False, Label.STATEMENT)])
def test_a_thing_a_finding_body_found_is_a_fault_held_weakly(found: bool, label: Label) -> None:
    facts = ClaimFacts(text="cockroaches in the kitchens", cue_lemma="find", found_thing=found)
    decision = classify(facts)
    assert decision.label is label
    assert (decision.confidence == 0.7) is found
    assert any(e.kind == "found_fault" for e in decision.evidence) is found


@pytest.mark.parametrize(
    ("subject", "lemma", "after", "objects", "kind"),
    [
        (
            "the agent",
            "ignore",
            "repeated explanations that the car was adapted",
            "explanations",
            "negligence",
        ),
        ("the university", "ignore", "survivors for years", "survivors", "negligence"),
        ("head office", "threaten", "to cancel his franchise if he bought elsewhere", "", "intimidation"),
        ("the mayor", "threaten", "to delay snow ploughing in his ward", "", "intimidation"),
        ("the firm", "dismiss", "40 workers in March", "workers", None),  # people dismissed: a sacking
        ("the union", "threaten", "to strike in March", "", None),  # a lawful threat
        ("the landlord", "threaten", "to take the council to court", "", None),
        ("the developer", "threaten", "legal action against the council", "action", None),
        ("the regulator", "threaten", "to revoke the licence", "", None),  # an authority's sanction
        ("the new tariffs", "threaten", "jobs at the plant", "jobs", None),  # a thing, not a party
    ],
)
def test_ignoring_people_or_threatening_them_is_a_wrong_a_party_does(
    subject: str, lemma: str, after: str, objects: str, kind: str | None
) -> None:
    done = replace(
        pred(lemma, subject=subject, after=after, objects=objects),
        complement_text=after.lower(),
        past_action=True,
    )
    facts = ClaimFacts(text=f"{subject} {lemma}ed {after}", cue_lemma="say", predicates=(done,))
    decision = classify(facts)
    found = next((e.kind for e in decision.evidence if e.kind in {"negligence", "intimidation"}), None)
    assert found == kind, decision.evidence
    assert (decision.label is Label.ACCUSATION) is (kind is not None)
    if kind is not None:
        assert decision.targets == (span(subject),)


@pytest.mark.parametrize(
    ("passive", "after", "target", "sanctioned"),
    [
        (False, "Carrow Vale FC 600 pounds for fielding over-age players", "Carrow Vale FC", True),
        (
            False,
            "the online retailer Kestrel Home GBP 3.1 million after a data breach",
            "the online retailer Kestrel Home",
            True,
        ),
        (True, "$2 million in 2021 for failing to clear brush", "the utility", True),
        (True, "£18,000", None, False),  # a bare penalty gives no reason
        (False, "the club 5,000 euros", None, False),
    ],
)
def test_a_penalty_imposed_for_what_a_party_did_is_a_finding_against_it(
    passive: bool, after: str, target: str | None, sanctioned: bool
) -> None:
    if passive:
        text = f"the utility was fined {after}"
        fined = replace(pred("fine", subject="the utility"), passive=True, start=12, end=21)
    else:
        text = f"the league fined {after}"
        fined = replace(pred("fine", subject="the league"), start=11, end=16)
    fined = replace(fined, complement_text=after.lower(), text="fined", past_action=True)
    facts = ClaimFacts(text=text, content=span(text), cue_lemma="say", predicates=(fined,))
    decision = classify(facts)
    assert any(e.kind == "sanctioned_for" for e in decision.evidence) is sanctioned, decision.evidence
    if sanctioned:
        assert decision.label is Label.ACCUSATION
        assert [t.text for t in decision.targets] == [target]
        assert all(text[t.start : t.end] == t.text for t in decision.targets)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("the fault lay with mobile operator Kelnet", "mobile operator Kelnet"),
        ("the drainage was the responsibility of the developer under the agreement", "the developer"),
        ("responsibility for the repairs rested solely with the landlord", "the landlord"),
        ("the responsibility lies with us", None),  # blame the source takes itself
        ("the fault did not lie with the contractor", None),  # negated: not matched
    ],
)
def test_blame_laid_on_another_party_accuses_it(text: str, target: str | None) -> None:
    lie = replace(pred("lie", subject="the fault"), complement_text="with", text="lay")
    facts = ClaimFacts(text=text, content=span(text), cue_lemma="say", predicates=(lie,))
    decision = classify(facts)
    blamed = any(e.kind == "blames" for e in decision.evidence)
    assert blamed is (target is not None), decision.evidence
    if target is not None:
        assert decision.label is Label.ACCUSATION
        assert [t.text for t in decision.targets] == [target]
        assert all(text[t.start : t.end] == t.text for t in decision.targets)


@pytest.mark.parametrize(
    ("lemma", "objects", "tally"),
    [
        ("receive", "4,310 complaints", True),
        ("hold", "more than 9,412 hearings", True),
        ("raise", "1.8 million korun", True),  # money a body raises is a tally
        ("receive", "at least 180,000 euros from a smuggling network", False),  # money received is not
        ("bring", "at least four consignments", False),  # brought in, not earned
        ("receive", "bribes from a contractor", False),  # no figure
    ],
)
def test_a_count_told_by_an_accusing_source_is_a_tally(lemma: str, objects: str, tally: bool) -> None:
    text = f"the board {lemma}d {objects} last year"
    act = replace(
        pred(lemma, subject="the board", objects=objects), past_action=True, complement_text=objects.lower()
    )
    facts = ClaimFacts(
        text=text, content=span(text), cue_lemma="say", accusatory_source=True, predicates=(act,)
    )
    decision = classify(facts)
    assert (decision.label is Label.ACCUSATION) is not tally, decision.evidence
