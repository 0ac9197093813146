"""A textbook rule-based baseline for attribution, scored side by side with claims on the same data.

textacy's extractors (``textacy.extract.triples``: ``direct_quotations`` for quotes with speaker and cue,
``subject_verb_object_triples`` filtered by textacy's own English reporting-verb lexicon for indirect
speech) run over the same parses, their output is written as claims documents, and both prediction files are
scored by ``claims evaluate``. This is where textacy does its work in this project: it is the yardstick, kept
off the extraction path because importing it costs more than a one-article run.

    .venv/bin/python bench/textacy_baseline.py ../shared/eval/gum-wikinews.jsonl [--speech]

Prints the claims scores and the baseline's, one table each, and the F1 ratio per metric.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from claims.evaluate import evaluate, load_gold, load_predictions
from claims.extraction import extract_many, load_pipeline
from claims.serialize import dumps
from claims.text import InputDocument, analysis_text


def baseline_claims(doc: Any, text: str) -> list[dict[str, Any]]:
    import textacy.constants
    import textacy.extract.triples as triples

    reporting = {v.lower() for v in textacy.constants.REPORTING_VERBS["en"]}
    out: list[dict[str, Any]] = []

    def span(tokens: Any) -> dict[str, Any] | None:
        if tokens is None or len(tokens) == 0:
            return None
        start = min(t.idx for t in tokens)
        end = max(t.idx + len(t.text) for t in tokens)
        return {"text": text[start:end], "start": start, "end": end}

    def add(speaker: Any, cue: Any, content: Any) -> None:
        body = span(content)
        if body is None:
            return
        digest = hashlib.sha1(f"{body['start']}:{body['end']}".encode()).hexdigest()[:10]
        source = span(speaker)
        cue_span = span(cue)
        out.append(
            {
                "id": "c" + digest,
                **body,
                "label": "statement",
                "confidence": 0.5,
                "source": None if source is None else {**source, "kind": "named", "resolved": None},
                "cue": None if cue_span is None else {**cue_span, "lemma": cue[0].lemma_, "kind": "speech"},
                "targets": [],
                "parent": None,
                "responds_to": None,
                "evidence": [],
            }
        )

    try:
        quotes = list(triples.direct_quotations(doc))
    except ValueError:  # textacy gives up on a document with an unclosed quotation mark
        quotes = []
    for q in quotes:
        add(q.speaker, q.cue, q.content)
    for t in triples.subject_verb_object_triples(doc):
        if t.verb and t.verb[-1].lemma_.lower() in reporting and t.object:
            add(t.subject, t.verb, t.object)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("gold", type=Path)
    parser.add_argument("--speech", action="store_true")
    args = parser.parse_args()
    lines = args.gold.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()]
    nlp = load_pipeline()
    with tempfile.TemporaryDirectory() as tmp:
        ours, theirs = Path(tmp) / "claims.jsonl", Path(tmp) / "textacy.jsonl"
        items = [InputDocument(id=r["id"], text=r["text"], origin=r["id"]) for r in records]
        with ours.open("w", encoding="utf-8") as fh:
            for record in extract_many(items, nlp=nlp):
                fh.write(dumps(record) + "\n")
        with theirs.open("w", encoding="utf-8") as fh:
            for r, doc in zip(records, nlp.pipe(analysis_text(r["text"]) for r in records), strict=True):
                record = {"document": {"id": r["id"]}, "claims": baseline_claims(doc, r["text"])}
                fh.write(json.dumps(record) + "\n")
        gold = load_gold(args.gold)
        mine = evaluate(gold, load_predictions(ours), speech=args.speech)
        base = evaluate(gold, load_predictions(theirs), speech=args.speech)
    print("claims" + (" (speech-cue subset)" if args.speech else ""))
    print(mine.format_table())
    print("\ntextacy baseline (direct_quotations + reporting-verb SVO triples)")
    print(base.format_table())
    print("\nF1 ratio claims / textacy")
    for name, prf in mine.metrics().items():
        other = base.metrics()[name].f1
        ratio = f"{prf.f1 / other:.2f}x" if other else "n/a"
        print(f"  {name:16s} {prf.f1:.3f} / {other:.3f} = {ratio}")


if __name__ == "__main__":
    sys.exit(main())
