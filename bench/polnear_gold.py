"""Convert a split of PolNeAR (political news attribution relations) into the evaluation format.

PolNeAR (Newell, Margolin and Ruths, "An attribution relations corpus for political news", LREC 2018;
github.com/networkdynamics/PolNeAR) holds news articles from seven US publishers on the 2016 election, with
attributions annotated in brat standoff: ``T`` lines give Source, Cue and Content spans (character offsets,
fragments joined by ``;``), ``E`` lines join them (``Attribution:T4 Content:T3 Cue:T2 Source:T1``). The
corpus is not shipped with this project (its texts are the publishers'): check out that repository, then::

    python bench/polnear_gold.py PATH/TO/PolNeAR/data/test -o polnear-test.jsonl
    claims extract polnear-test.jsonl -o polnear-test.pred.jsonl
    claims evaluate polnear-test.jsonl polnear-test.pred.jsonl --speech

A split directory holds ``text/NAME.txt`` and ``attributions/NAME_ANNOTATOR.ann``; an article annotated by
several annotators (the agreement sample) is read once, from the first annotator's file in name order. The
output is one JSON object per article, as ``../shared/eval/gum-wikinews.jsonl``: ``{"id", "text",
"attributions": [{"id", "source", "cue", "content"}]}``, each span ``{"start", "end", "text"}`` with
``"fragments"`` when it is split; every span satisfies ``text[start:end] == span["text"]``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROLES = ("Source", "Cue", "Content")


def _span(text: str, ranges: list[tuple[int, int]]) -> dict[str, Any]:
    ranges = sorted(ranges)  # brat may list a span's fragments out of order
    start, end = ranges[0][0], max(e for _, e in ranges)
    span: dict[str, Any] = {"start": start, "end": end, "text": text[start:end]}
    if len(ranges) > 1:
        span["fragments"] = [{"start": s, "end": e, "text": text[s:e]} for s, e in ranges]
    return span


def convert(text: str, ann: str, name: str) -> dict[str, Any]:
    """One article: its text and its brat annotation as an evaluation record."""
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    events: list[tuple[str, dict[str, str]]] = []
    for number, line in enumerate(ann.splitlines(), 1):
        if not line.strip():
            continue
        fields = line.split("\t")
        if line.startswith("T"):
            kind, _, offsets = fields[1].partition(" ")
            ranges = [(int(a), int(b)) for a, b in (part.split() for part in offsets.split(";"))]
            spans[fields[0]] = (kind, ranges, fields[2] if len(fields) > 2 else "")
        elif line.startswith("E"):
            args = dict(arg.split(":", 1) for arg in fields[1].split())
            events.append((fields[0], args))
        elif not line.startswith(("#", "R", "A", "N")):
            found = line[:40]
            raise ValueError(f"{name}: line {number}: expected a T, E, R, A, N or # line, found {found!r}")
    attributions = []
    for event_id, args in events:
        roles: dict[str, dict[str, Any] | None] = {}
        for role in ROLES:
            ref = args.get(role)
            if ref is None or ref not in spans:
                roles[role] = None
                continue
            _kind, ranges, written = spans[ref]
            span = _span(text, ranges)
            joined = " ".join(text[s:e] for s, e in ranges)
            if written and written not in (span["text"], joined):
                raise ValueError(
                    f"{name}: {ref} says {written[:40]!r} but the text at {ranges} reads "
                    f"{span['text'][:40]!r}: the offsets do not index this text"
                )
            roles[role] = span
        if roles["Content"] is None:
            continue  # an attribution without content has nothing to score
        attributions.append(
            {"id": event_id, "source": roles["Source"], "cue": roles["Cue"], "content": roles["Content"]}
        )
    return {"id": name, "text": text, "attributions": attributions}


def convert_split(split: Path) -> list[dict[str, Any]]:
    texts = split / "text"
    annotations = split / "attributions"
    if not texts.is_dir() or not annotations.is_dir():
        raise FileNotFoundError(f"{split}: expected text/ and attributions/ inside a PolNeAR split directory")
    chosen: dict[str, Path] = {}
    for ann in sorted(annotations.glob("*.ann")):
        base = ann.stem.rsplit("_", 1)[0]  # "NAME_4b22": the annotator's code after the last underscore
        if not (texts / f"{base}.txt").exists():
            base = ann.stem
        chosen.setdefault(base, ann)
    records = []
    for base, ann in sorted(chosen.items()):
        text_path = texts / f"{base}.txt"
        if not text_path.exists():
            raise FileNotFoundError(f"{ann}: no text file {text_path}")
        text = text_path.read_text(encoding="utf-8")
        records.append(convert(text, ann.read_text(encoding="utf-8"), base))
    return records


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("split", type=Path, help="a PolNeAR split directory (with text/ and attributions/)")
    parser.add_argument("-o", "--output", type=Path, required=True, help="the JSONL file to write")
    args = parser.parse_args(argv)
    try:
        records = convert_split(args.split)
    except (OSError, ValueError) as error:
        print(f"polnear_gold: {error}", file=sys.stderr)
        return 2
    with args.output.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    count = sum(len(r["attributions"]) for r in records)
    print(f"{len(records)} articles, {count} attributions -> {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
