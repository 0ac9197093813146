"""Every character span of a claims record, for tests that check offsets index the input."""

from __future__ import annotations

from typing import Any

Record = dict[str, Any]


def record_spans(record: Record) -> list[Record]:
    """Skipped spans, and for each claim: the claim, its fragments and targets, evidence spans, the source
    (and what it resolves to) and the cue."""
    spans: list[Record] = list(record["skipped"])
    for claim in record["claims"]:
        spans += [claim, *claim.get("fragments", []), *claim["targets"]]
        spans += [e["span"] for e in claim["evidence"] if e.get("span")]
        if claim["source"] is not None:
            spans.append(claim["source"])
            if claim["source"]["resolved"] is not None:
                spans.append(claim["source"]["resolved"])
        if claim["cue"] is not None:
            spans.append(claim["cue"])
    return spans


def assert_spans_index(record: Record, text: str) -> None:
    """Every span lies inside ``text`` and quotes it: ``text[start:end] == span["text"]``."""
    for span in record_spans(record):
        assert 0 <= span["start"] <= span["end"] <= len(text), span
        assert text[span["start"] : span["end"]] == span["text"], span
