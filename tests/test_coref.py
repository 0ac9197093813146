"""Source resolution on hand-built mentions (no spaCy)."""

from __future__ import annotations

from claims.coref import Mention, Resolver, SourceMention, source_kind
from claims.types import SourceKind


def mention(text: str, start: int, head: str, **kw: object) -> SourceMention:
    return SourceMention(start=start, end=start + len(text), text=text, head=head, **kw)  # type: ignore[arg-type]


def test_kinds() -> None:
    assert source_kind(mention("she", 0, "she")) is SourceKind.PRONOUN
    assert source_kind(mention("Officials", 0, "official")) is SourceKind.ANONYMOUS
    assert source_kind(mention("the report", 0, "report", determiner="the")) is SourceKind.DOCUMENT
    assert source_kind(mention("the ministry", 0, "ministry", determiner="the")) is SourceKind.DESCRIPTOR
    assert source_kind(mention("Ana Lopes", 0, "lopes", is_proper=True)) is SourceKind.NAMED


def test_it_resolves_to_the_previous_organisation_source_not_the_nearest_country() -> None:
    entities = [Mention(4, 24, "Foreign Ministry", "ORG"), Mention(60, 66, "Norway", "GPE")]
    r = Resolver(entities)
    first = r.resolve(
        mention(
            "the Foreign Ministry", 0, "ministry", determiner="the", is_proper=True, entities=(entities[0],)
        )
    )
    assert first.resolved is None
    it = r.resolve(mention("It", 80, "it"))
    assert it.kind is SourceKind.PRONOUN
    assert it.resolved is not None and it.resolved.text == "the Foreign Ministry"


def test_descriptor_resolves_through_its_synonyms() -> None:
    entities = [Mention(0, 20, "the State Department", "ORG")]
    r = Resolver(entities)
    src = r.resolve(mention("the division", 100, "division", determiner="the"))
    assert src.resolved is not None and src.resolved.text == "the State Department"


def test_she_resolves_to_the_name_in_an_earlier_titled_source() -> None:
    entities = [Mention(40, 54, "Maria Ferreira", "PERSON")]
    r = Resolver(entities)
    titled = r.resolve(mention("The chief negotiator", 0, "negotiator", determiner="the", apposition=None))
    assert titled.resolved is None
    # the apposition makes the name the entity the title stands for
    r2 = Resolver(entities)
    from claims.types import Span

    r2.resolve(
        mention(
            "The chief negotiator",
            0,
            "negotiator",
            determiner="the",
            apposition=Span("Maria Ferreira", 40, 54),
        )
    )
    she = r2.resolve(mention("She", 120, "she"))
    assert she.resolved is not None and she.resolved.text == "Maria Ferreira"


def test_last_name_resolves_to_the_full_name() -> None:
    entities = [Mention(0, 14, "Maria Ferreira", "PERSON"), Mention(100, 108, "Ferreira", "PERSON")]
    r = Resolver(entities)
    src = r.resolve(mention("Ferreira", 100, "ferreira", is_proper=True, entities=(entities[1],)))
    assert src.resolved is not None and (src.resolved.start, src.resolved.text) == (0, "Maria Ferreira")


def test_first_person_and_metonymy_stay_as_written() -> None:
    entities = [Mention(0, 6, "Russia", "GPE")]
    r = Resolver(entities)
    assert r.resolve(mention("I", 50, "i")).resolved is None
    assert r.resolve(mention("Moscow", 60, "moscow", is_proper=True)).resolved is None


def test_the_company_falls_back_to_the_nearest_organisation() -> None:
    entities = [Mention(0, 14, "Pinecrest Dairy", "ORG"), Mention(40, 53, "San Francisco", "GPE")]
    src = Resolver(entities).resolve(mention("The company", 90, "company", determiner="the"))
    assert src.kind is SourceKind.DESCRIPTOR
    assert src.resolved is not None and src.resolved.text == "Pinecrest Dairy"


def test_a_headline_source_is_no_antecedent() -> None:
    entities = [Mention(60, 84, "the Carrow Port Authority", "ORG")]
    r = Resolver(entities)
    r.resolve(mention("Port authority", 0, "authority", antecedent=False))
    later = r.resolve(mention("The port authority", 200, "authority", determiner="the"))
    assert later.resolved is not None and later.resolved.text == "the Carrow Port Authority"


def test_family_name_first() -> None:
    entities = [Mention(0, 7, "Wang Yi", "PERSON"), Mention(50, 54, "Wang", "PERSON")]
    src = Resolver(entities).resolve(mention("Wang", 50, "wang", is_proper=True, entities=(entities[1],)))
    assert src.resolved is not None and src.resolved.text == "Wang Yi"


def test_a_full_name_is_not_resolved_to_its_title() -> None:
    from claims.types import Span

    src = Resolver([]).resolve(
        mention(
            "Jeff Rathke",
            0,
            "rathke",
            is_proper=True,
            apposition=Span("the State Department Spokesperson", 13, 46),
        )
    )
    assert src.resolved is None


def test_a_descriptor_with_words_of_its_own_needs_a_name_that_has_them() -> None:
    entities = [Mention(0, 25, "the Carrow Port Authority", "ORG")]
    r = Resolver(entities)
    same = r.resolve(mention("the port authority", 100, "authority", determiner="the", modifiers=("port",)))
    assert same.resolved is not None and same.resolved.text == "the Carrow Port Authority"
    other = r.resolve(
        mention(
            "the regional environment office",
            200,
            "office",
            determiner="the",
            modifiers=("regional", "environment"),
        )
    )
    assert other.resolved is None


def test_a_person_descriptor_with_words_of_its_own_is_not_resolved() -> None:
    entities = [Mention(0, 10, "Ana Lopes", "PERSON")]
    r = Resolver(entities)
    r.resolve(mention("a council spokesman", 40, "spokesman"))
    mayor = r.resolve(
        mention("The mayor of Port Alden", 100, "mayor", determiner="the", modifiers=("port", "alden"))
    )
    assert mayor.resolved is None
    plain = r.resolve(mention("The spokesman", 200, "spokesman", determiner="the"))
    assert plain.resolved is not None


def test_a_descriptor_word_matches_whole_words_not_the_start_of_another() -> None:
    """'The company' (synonyms include 'co') is not 'A former cook', an earlier source; it is the
    organisation named before."""
    entities = [Mention(22, 33, "Larkin Foods", "ORG")]
    r = Resolver(entities)
    r.resolve(mention("A former cook", 0, "cook", determiner="a"))
    src = r.resolve(mention("The company", 80, "company", determiner="the"))
    assert src.resolved is not None and src.resolved.text == "Larkin Foods"
    # a plural or possessive ending still matches: "Harlow Group's" for "the group"
    r2 = Resolver([])
    r2.resolve(mention("the Harlow Group's", 0, "group", determiner="the", is_proper=True))
    later = r2.resolve(mention("The group", 60, "group", determiner="the"))
    assert later.resolved is not None and later.resolved.text == "the Harlow Group's"


def test_the_company_is_the_organisation_named_most_often_not_one_named_in_passing() -> None:
    """'Redstone Homes ... Redstone ... (a speaker) whose son serves with the Fire Service ... The company
    said': the company is Redstone, named twice; with one name each, the nearest."""
    entities = [
        Mention(0, 14, "Redstone Homes", "ORG"),
        Mention(50, 58, "Redstone", "ORG"),
        Mention(90, 106, "the Fire Service", "ORG"),
    ]
    src = Resolver(entities).resolve(mention("The company", 150, "company", determiner="the"))
    assert src.resolved is not None and src.resolved.text == "Redstone"
    once = [Mention(0, 14, "Redstone Homes", "ORG"), Mention(90, 106, "the Fire Service", "ORG")]
    nearest = Resolver(once).resolve(mention("The company", 150, "company", determiner="the"))
    assert nearest.resolved is not None and nearest.resolved.text == "the Fire Service"


def test_a_descriptor_with_another_title_is_someone_new() -> None:
    entities = [Mention(24, 35, "Lena Sorvik", "PERSON")]
    r = Resolver(entities)
    r.resolve(
        mention("chief financial officer Lena Sorvik", 0, "sorvik", is_proper=True, entities=(entities[0],))
    )
    mayor = r.resolve(mention("The mayor", 80, "mayor", determiner="the"))
    assert mayor.resolved is None


def test_a_descriptor_with_a_synonym_title_is_the_earlier_source() -> None:
    entities = [Mention(13, 24, "Dana Mireku", "PERSON")]
    r = Resolver(entities)
    r.resolve(mention("spokesperson Dana Mireku", 0, "mireku", is_proper=True, entities=(entities[0],)))
    she = r.resolve(mention("The spokeswoman", 80, "spokeswoman", determiner="the"))
    assert she.resolved is not None and she.resolved.text == "Dana Mireku"
