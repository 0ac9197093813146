"""Label accuracy end to end: accusation / denial / statement against hand-labelled passages.

Gold format (one JSON object per line; ``tests/data/labels.jsonl`` is the project's own set)::

    {"id": ..., "text": ...,
     "claims": [{"source": str|null, "cue": str|null, "label": ..., "targets": [...]}]}

Gold spans are given as strings that occur in ``text``. A gold claim is found when a predicted claim's cue
is that string (case-insensitive) and, when the gold names a source, the predicted source or its resolved
entity overlaps that string's occurrence (or contains it). Article-voice gold claims (no cue) match the
unattributed predicted claim whose text contains most of their targets. A gold claim that is not found
counts as predicted ``none``: the score is end to end, attribution errors included.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claims.errors import EvaluationError

LABELS = ("accusation", "denial", "statement")
NONE = "none"


@dataclass(frozen=True, slots=True)
class LabelScores:
    per_label: Mapping[str, tuple[float, float, float]]  # label -> (precision, recall, f1)
    macro_f1: float
    confusion: Mapping[tuple[str, str], int]  # (gold, predicted) -> count
    found: int
    total: int
    mistakes: tuple[str, ...]
    abstained: int = 0  # gold claims whose predicted label was below the confidence threshold
    # confidence -> (found gold claims labelled with it, how many of those labels were right): whether a
    # confidence means what it says on this gold (all found claims, whatever the threshold)
    reliability: Mapping[float, tuple[int, int]] = field(default_factory=dict)

    def format_table(self) -> str:
        lines = [
            f"{label:12s} P {p:.3f}  R {r:.3f}  F1 {f:.3f}" for label, (p, r, f) in self.per_label.items()
        ]
        lines.append(f"{'macro F1':12s} {self.macro_f1:.3f}   (gold claims found: {self.found}/{self.total})")
        if self.abstained:
            lines.append(
                f"{'':12s} {self.abstained} found claims below the confidence threshold were left out"
            )
        header = "gold \\ pred  " + " ".join(f"{p[:4]:>5s}" for p in (*LABELS, NONE))
        lines.append(header)
        for g in LABELS:
            lines.append(
                f"{g:12s} " + " ".join(f"{self.confusion.get((g, p), 0):5d}" for p in (*LABELS, NONE))
            )
        if self.reliability:
            lines.append("confidence   found  right")
            for confidence, (n, right) in sorted(self.reliability.items(), reverse=True):
                lines.append(f"{confidence:<10.2f} {n:7d}  {right / n:.2f}")
        return "\n".join(lines)


def load_label_gold(path: str | Path) -> list[dict[str, Any]]:
    records = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            _ = record["id"], record["text"], record["claims"]
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise EvaluationError(
                f"{path}:{number}: expected a labelled passage with id, text, claims ({exc})"
            ) from exc
        records.append(record)
    return records


def _occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    out, low, sub = [], text.lower(), needle.lower()
    start = low.find(sub)
    while start >= 0:
        out.append((start, start + len(sub)))
        start = low.find(sub, start + 1)
    return out


def _source_ok(gold_source: str | None, text: str, claim: Mapping[str, Any]) -> bool:
    if gold_source is None:
        return True
    spans = [s for s in (claim.get("source"), (claim.get("source") or {}).get("resolved")) if s]
    return any(
        s["start"] < end and start < s["end"] for s in spans for start, end in _occurrences(text, gold_source)
    )


def _match(
    gold: Mapping[str, Any], text: str, predicted: list[Mapping[str, Any]], used: set[str]
) -> str | None:
    cue = gold.get("cue")
    if cue is None:
        targets = gold.get("targets") or []
        best, best_hits = None, 0
        for c in predicted:
            if c.get("source") or c.get("cue") or c["id"] in used:
                continue
            hits = sum(1 for t in targets if t in c["text"])
            if hits > best_hits:
                best, best_hits = c, hits
        return best["id"] if best else None
    spots = _occurrences(text, cue)
    for c in predicted:
        pc = c.get("cue")
        if not pc or c["id"] in used:
            continue
        if any(pc["start"] < end and start < pc["end"] for start, end in spots) and _source_ok(
            gold.get("source"), text, c
        ):
            return str(c["id"])
    return None


def score_labels(
    gold: Iterable[Mapping[str, Any]],
    predictions: Mapping[str, Mapping[str, Any]],
    *,
    min_confidence: float = 0.0,
) -> LabelScores:
    """Score predicted documents (claims JSON by document id) against labelled gold passages.

    With ``min_confidence``, claims the toolkit labels with a lower confidence are left out of the score
    (counted in ``abstained``): the score of the confidently labelled items."""
    confusion: Counter[tuple[str, str]] = Counter()
    mistakes: list[str] = []
    found = total = abstained = 0
    reliability: dict[float, list[int]] = {}
    for record in gold:
        doc = predictions.get(record["id"], {})
        claims = list(doc.get("claims", []))
        by_id = {c["id"]: c for c in claims}
        used: set[str] = set()
        for g in record["claims"]:
            total += 1
            hit = _match(g, record["text"], claims, used)
            predicted = NONE
            if hit is not None:
                used.add(hit)
                found += 1
                predicted = by_id[hit]["label"]
                confidence = round(float(by_id[hit].get("confidence", 1.0)), 2)
                tally = reliability.setdefault(confidence, [0, 0])
                tally[0] += 1
                tally[1] += predicted == g["label"]
                if confidence < min_confidence:
                    abstained += 1
                    continue
            confusion[(g["label"], predicted)] += 1
            if predicted != g["label"]:
                mistakes.append(
                    f"{record['id']}: {g.get('cue')!r} by {g.get('source')!r}: "
                    f"expected {g['label']}, got {predicted}"
                )
    per_label = {}
    for label in LABELS:
        tp = confusion[(label, label)]
        npred = sum(v for (g, p), v in confusion.items() if p == label)
        ngold = sum(v for (g, p), v in confusion.items() if g == label)
        p = tp / npred if npred else 0.0
        r = tp / ngold if ngold else 0.0
        per_label[label] = (p, r, 2 * p * r / (p + r) if p + r else 0.0)
    macro = sum(f for _, _, f in per_label.values()) / len(LABELS)
    return LabelScores(
        per_label,
        macro,
        dict(confusion),
        found,
        total,
        tuple(mistakes),
        abstained,
        {k: (n, right) for k, (n, right) in reliability.items()},
    )


def load_prediction_documents(path: str | Path) -> dict[str, dict[str, Any]]:
    """Claims documents (JSONL, as `claims extract` writes them) by document id."""
    out: dict[str, dict[str, Any]] = {}
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            out[str(record["document"]["id"])] = record
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise EvaluationError(
                f"{path}:{number}: expected a claims document with document.id ({exc})"
            ) from exc
    return out
