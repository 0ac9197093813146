"""Quote paragraphs with no cue continue the previous speaker's quote, when asked for (off by default)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from claims.build import analyse
from claims.extraction import _make_doc
from claims.serialize import validate

from .settings import component_setting, recorded_claims

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


# -- quote sentences after the cue in the speaker's own paragraph (made-up sentences)


def _by_text(claims: list[dict[str, Any]]) -> dict[str, str | None]:
    return {c["text"]: (c["source"] or {}).get("text") for c in claims}


SAME_PARAGRAPH = (
    '"We will rebuild the pier by summer," Mayor Ann Lodge said. "The money is in the budget and the '
    'contractor has signed." The council meets on Monday. "It is a fantasy."'
)


def test_a_quote_sentence_after_the_cue_continues_the_speaker_in_its_paragraph(nlp: Language) -> None:
    with component_setting(nlp, "follow_on_quotes", True):
        claims = _by_text(recorded_claims(nlp, SAME_PARAGRAPH))
    assert claims["The money is in the budget and the contractor has signed"] == "Mayor Ann Lodge"
    # the article's own sentence ends the run: the quote after it is nobody's we can name
    assert claims["The council meets on Monday"] is None
    assert claims["It is a fantasy"] is None


def test_a_quote_sentence_in_the_paragraph_shares_the_cue_a_later_paragraph_has_none(nlp: Language) -> None:
    """'"A," she said. "B."': the cue that introduced the quote introduces its continuation, so both claims
    have it (a scorer that joins claims by cue and source sees one attribution, as PolNeAR marks it); a quote
    paragraph after it has no cue of its own."""
    text = SAME_PARAGRAPH.split(" The council")[0] + '\n\n"The work starts in May."'
    with component_setting(nlp, "follow_on_quotes", True):
        claims = recorded_claims(nlp, text)
    cues = {c["text"]: c["cue"] for c in claims}
    first = cues["We will rebuild the pier by summer"]
    assert first is not None and first["kind"] == "speech"
    continued = cues["The money is in the budget and the contractor has signed"]
    assert continued is not None
    assert (continued["start"], continued["end"], continued["kind"]) == (
        first["start"],
        first["end"],
        "follow_on",
    )
    assert cues["The work starts in May"] is None


def test_off_by_default_the_quote_after_the_cue_stays_in_the_articles_voice(nlp: Language) -> None:
    claims = _by_text(recorded_claims(nlp, SAME_PARAGRAPH))
    assert claims["The money is in the budget and the contractor has signed"] is None


def test_no_follow_on_after_reported_speech_or_another_quote(nlp: Language) -> None:
    reported = 'Mayor Ann Lodge said the pier would be rebuilt. "The money is in the budget."'
    with component_setting(nlp, "follow_on_quotes", True):
        claims = _by_text(recorded_claims(nlp, reported))
    assert claims["The money is in the budget"] is None
    # a quote with its own cue is that cue's claim, not a follow-on
    cued = '"We will rebuild," Lodge said. "It is a fantasy," a councillor replied.'
    with component_setting(nlp, "follow_on_quotes", True):
        found = recorded_claims(nlp, cued)
    assert _by_text(found)["It is a fantasy"] == "a councillor"
    assert not any(e["value"] == "follow_on" for c in found for e in c["evidence"])


def test_cli_flag_switches_follow_on_quotes_on() -> None:
    from typer.testing import CliRunner

    from claims import cli

    result = CliRunner().invoke(cli.app, ["extract", "-", "--follow-on-quotes"], input=SAME_PARAGRAPH)
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    validate(record)
    assert record["generator"]["settings"] == {
        "source_span": "name",
        "follow_on_quotes": True,
        "nesting": "all",
        "object_content": False,
    }
    follow = [c for c in record["claims"] if any(e["value"] == "follow_on" for e in c["evidence"])]
    said = SAME_PARAGRAPH.index("said")
    assert [(c["text"], c["source"]["text"], c["cue"]) for c in follow] == [
        (
            "The money is in the budget and the contractor has signed",
            "Mayor Ann Lodge",
            {"text": "said", "start": said, "end": said + 4, "lemma": "say", "kind": "follow_on"},
        )
    ]
