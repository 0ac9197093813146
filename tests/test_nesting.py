"""Keeping only the outermost claims (``nesting="outermost"``), on claims built by hand (no model)."""

from __future__ import annotations

from claims.build import outermost
from claims.serialize import to_dict, validate
from claims.types import Claim, Cue, Document, DocumentInfo, Generator, Label, Nesting, Source, SourceKind


def _claim(
    claim_id: str, start: int, end: int, parent: str | None = None, responds_to: str | None = None
) -> Claim:
    return Claim(
        id=claim_id,
        text="x" * (end - start),
        start=start,
        end=end,
        label=Label.STATEMENT,
        confidence=0.8,
        source=Source("China", 0, 5, SourceKind.NAMED),
        cue=Cue("said", 6, 10, "say"),
        parent=parent,
        responds_to=responds_to,
    )


def test_nested_claims_are_dropped_and_links_to_them_cleared() -> None:
    # "China said Wang told Blinken that the sanctions should be lifted. Washington denied it."
    china = _claim("c0000000001", 11, 64)
    wang = _claim("c0000000002", 33, 64, parent="c0000000001")
    answer = _claim("c0000000003", 66, 86, responds_to="c0000000002")
    other = _claim("c0000000004", 88, 99, responds_to="c0000000001")
    kept = outermost([china, wang, answer, other])
    assert [c.id for c in kept] == ["c0000000001", "c0000000003", "c0000000004"]
    assert [c.responds_to for c in kept] == [None, None, "c0000000001"]
    assert kept[0] is china and kept[2] is other  # untouched claims are the same objects


def test_claims_without_nesting_are_kept_as_they_are() -> None:
    claims = (_claim("c00000000a1", 0, 10), _claim("c00000000a2", 12, 20))
    assert outermost(claims) == claims
    assert outermost(()) == ()


def test_the_setting_is_recorded_and_valid() -> None:
    record = Document(
        document=DocumentInfo(id="d", sha256="0" * 64, chars=100),
        generator=Generator("claims", "0", "en_core_web_sm-3.8.0", nesting=Nesting.OUTERMOST),
        claims=outermost(
            [_claim("c0000000001", 11, 64), _claim("c0000000002", 33, 64, parent="c0000000001")]
        ),
    )
    data = to_dict(record)
    validate(data)
    assert data["generator"]["settings"]["nesting"] == "outermost"
    assert [c["id"] for c in data["claims"]] == ["c0000000001"]
