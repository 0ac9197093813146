"""Throughput of claims extraction against the raw spaCy parse it is built on, measured side by side.

Corpus: the GUM Wikinews texts (``../shared/eval/gum-wikinews.jsonl``, field ``text``) repeated until the
corpus holds at least ``--min-words`` words (whitespace-separated; default 200,000).

* raw: ``spacy.load(MODEL)`` (the same model, without the claims components) and ``nlp.pipe`` over the
  texts, consuming the docs.
* claims: ``claims.extraction.extract_many`` over ``InputDocument``s with the claims pipeline
  (``load_pipeline(MODEL)``: the same model plus ``claims_sentences`` and ``claims``), each result
  serialised with ``claims.serialize.dumps`` (validated against the schema, as ``claims extract`` does) and
  written to ``os.devnull``.

Both run with the same ``--batch-size`` at each ``--n-process`` (default 1 and 2), alternately (raw, claims,
raw, claims, ...) for ``--repeats`` rounds (default 3). Prints words/s for every run, the medians, and the
ratio claims/raw at each n_process: the ratio of the medians and the median of the per-round ratios (a
round's two runs are back to back, so load on the machine hits both about equally).

Target (issue 4): claims >= 0.9x raw at each n_process.

    .venv/bin/python bench/throughput.py [--repeats 3] [--n-process 1 2] [--min-words 200000]
    .venv/bin/python bench/throughput.py --profile      # where the time of one claims run goes (cProfile)
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import platform
import pstats
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import spacy

from claims.extraction import DEFAULT_MODELS, extract_many, load_pipeline
from claims.serialize import dumps
from claims.text import InputDocument, analysis_text

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "eval" / "gum-wikinews.jsonl"


def resolve_model(name: str | None) -> str:
    """The model claims would load by default (the first of DEFAULT_MODELS that spaCy can load)."""
    if name:
        return name
    import importlib.util

    for candidate in DEFAULT_MODELS:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    sys.exit(f"none of {DEFAULT_MODELS} is installed")


def load_corpus(path: Path, min_words: int) -> tuple[list[tuple[str, str]], int]:
    """(id, text) of the corpus repeated until it holds at least ``min_words`` words, and the copies."""
    with path.open(encoding="utf-8") as fh:
        base = [(str(r["id"]), str(r["text"])) for r in map(json.loads, fh) if str(r.get("text", "")).strip()]
    words = sum(len(text.split()) for _, text in base)
    if not base or not words:
        sys.exit(f"{path}: no texts")
    copies = -(-min_words // words)
    return [(f"{doc_id}#{k}", text) for k in range(copies) for doc_id, text in base], copies


def run_raw(nlp: Any, texts: list[str], batch_size: int, n_process: int) -> float:
    start = time.perf_counter()
    for _doc in nlp.pipe(texts, batch_size=batch_size, n_process=n_process):
        pass
    return time.perf_counter() - start


def run_claims(
    nlp: Any, corpus: list[tuple[str, str]], batch_size: int, n_process: int, check: bool = True
) -> float:
    start = time.perf_counter()
    items = (InputDocument(doc_id, text, doc_id) for doc_id, text in corpus)
    with open(os.devnull, "wb") as out:
        for record in extract_many(items, nlp=nlp, batch_size=batch_size, n_process=n_process):
            out.write((dumps(record, check=check) + "\n").encode("utf-8"))
    return time.perf_counter() - start


def run_claims_pipe(nlp: Any, texts: list[str], batch_size: int, n_process: int) -> float:
    """The claims pipeline's nlp.pipe alone over the analysis texts, as extract_many feeds it (the parse
    plus the claims components; no records, no JSON)."""
    start = time.perf_counter()
    for _doc in nlp.pipe(map(analysis_text, texts), batch_size=batch_size, n_process=n_process):
        pass
    return time.perf_counter() - start


PHASES = (
    ("claims component (claims.component ClaimsComponent.__call__)", "claims/component.py", "__call__"),
    ("claims_sentences component", "claims/component.py", "line_sentences"),
    ("document assembly (extraction._extract_item, parse excluded)", "claims/extraction.py", "_extract_item"),
    ("  of which language_warning", "claims/", "language_warning"),
    ("JSON serialisation + validation (serialize.dumps)", "claims/serialize.py", "dumps"),
    ("  of which schema validation (serialize.validate)", "claims/serialize.py", "validate"),
    ("analysis text + make_doc (extraction._make_doc)", "claims/extraction.py", "_make_doc"),
)


def profile_claims(nlp: Any, corpus: list[tuple[str, str]], batch_size: int, top: int) -> None:
    """One claims run at n_process=1 under cProfile: time by phase and by module group, then the top
    functions (cProfile inflates Python-heavy code, so read the shares, not the seconds)."""
    profiler = cProfile.Profile()
    profiler.enable()
    elapsed = run_claims(nlp, corpus, batch_size, 1)
    profiler.disable()
    stats = pstats.Stats(profiler)
    raw: Any = getattr(stats, "stats")  # noqa: B009  (not in the stubs)
    total = max(ct for (_f, _l, name), (_cc, _nc, _tt, ct, _c) in raw.items() if name == "run_claims")

    def cumulative(path: str, function: str) -> float:
        return sum(
            ct
            for (filename, _line, name), (_cc, _nc, _tt, ct, _callers) in raw.items()
            if name == function and path in filename.replace("\\", "/")
        )

    print(f"\ncProfile of one claims run at n_process=1 ({elapsed:.1f} s under the profiler)")
    print("time by phase (cumulative):")
    own = 0.0
    for label, path, function in PHASES:
        seconds = cumulative(path, function)
        if not label.startswith(" "):
            own += seconds
        print(f"  {label:<66} {seconds:7.2f} s {100 * seconds / total:5.1f} %")
    rest = total - own
    print(
        f"  {'the spaCy pipeline (the rest: tok2vec, tagger, parser, NER, ...)':<66} {rest:7.2f} s "
        f"{100 * rest / total:5.1f} %"
    )
    by_group: dict[str, float] = defaultdict(float)
    for (filename, _line, _name), (_cc, _nc, tottime, _ct, _callers) in raw.items():
        by_group[module_group(filename)] += tottime
    print("own time by module group:")
    for group, seconds in sorted(by_group.items(), key=lambda kv: -kv[1])[:16]:
        print(f"  {group:<40} {seconds:8.2f} s  {100 * seconds / total:5.1f} %")
    print(f"\ntop {top} claims functions by cumulative time:")
    stats.sort_stats("cumulative").print_stats("/claims/", top)
    print(f"\ntop {top} functions by own time:")
    stats.sort_stats("tottime").print_stats(top)


def module_group(filename: str) -> str:
    """A short group name for a profiled file: claims.<module>, the package (Python or Cython), stdlib."""
    path = filename.replace("\\", "/")
    if "/claims/" in path and "site-packages" not in path:
        return "claims." + Path(path).stem
    if "site-packages/" in path:
        return path.split("site-packages/", 1)[1].split("/", 1)[0]
    if path.endswith((".pyx", ".pxd")):  # Cython: a path relative to its package
        return path.split("/", 1)[0] + " (Cython)"
    if path.startswith(("~", "<")):
        return "builtins (C functions)"
    return "stdlib"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="JSONL with a 'text' field")
    parser.add_argument("--min-words", type=int, default=200_000, help="repeat the corpus to this many words")
    parser.add_argument("--model", default=None, help="spaCy model (default: the one claims loads)")
    parser.add_argument("--n-process", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--batch-size", type=int, default=32, help="as claims extract's default")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="profile one claims run instead")
    parser.add_argument(
        "--breakdown",
        action="store_true",
        help="instead, time the steps between raw and claims (claims pipe alone, records without schema "
        "validation, full), alternated, at each --n-process",
    )
    parser.add_argument("--profile-top", type=int, default=30)
    args = parser.parse_args()

    model = resolve_model(args.model)
    corpus, copies = load_corpus(args.corpus, args.min_words)
    texts = [text for _, text in corpus]
    words = sum(len(text.split()) for text in texts)
    raw_nlp = spacy.load(model)
    claims_nlp = load_pipeline(model)
    print(f"model {model}; raw pipes {raw_nlp.pipe_names}; claims pipes {claims_nlp.pipe_names}")
    print(
        f"corpus {args.corpus.name} x{copies}: "
        f"{len(corpus)} documents, {words} words; batch_size {args.batch_size}; "
        f"{os.cpu_count()} CPUs; Python {platform.python_version()}, spaCy {spacy.__version__}"
    )
    warm = corpus[:20]
    run_raw(raw_nlp, [t for _, t in warm], args.batch_size, 1)
    run_claims(claims_nlp, warm, args.batch_size, 1)

    if args.profile:
        profile_claims(claims_nlp, corpus, args.batch_size, args.profile_top)
        return

    runs: dict[tuple[str, int], list[float]] = defaultdict(list)
    kinds: list[tuple[str, Callable[[int], float]]] = [
        ("raw", lambda n: run_raw(raw_nlp, texts, args.batch_size, n)),
        ("claims", lambda n: run_claims(claims_nlp, corpus, args.batch_size, n)),
    ]
    if args.breakdown:
        kinds[1:1] = [
            ("pipe", lambda n: run_claims_pipe(claims_nlp, texts, args.batch_size, n)),
            ("nocheck", lambda n: run_claims(claims_nlp, corpus, args.batch_size, n, check=False)),
        ]
    if args.breakdown:
        print(
            "kinds: raw = spacy.load(MODEL) nlp.pipe; pipe = the claims pipeline's nlp.pipe (parse + claims "
            "components); nocheck = claims records and JSON without schema validation; claims = full"
        )
    print(f"\n{'n_process':>9} {'round':>5} {'kind':>7} {'seconds':>8} {'words/s':>9}")
    for n in args.n_process:
        for repeat in range(1, args.repeats + 1):
            for kind, run in kinds:
                seconds = run(n)
                runs[kind, n].append(seconds)
                print(f"{n:>9} {repeat:>5} {kind:>7} {seconds:8.2f} {words / seconds:9.0f}", flush=True)

    print(f"\nmedians over {args.repeats} rounds ({words} words):")
    print(f"{'n_process':>9} {'raw w/s':>9} {'claims w/s':>10} {'ratio of medians':>17} {'median ratio':>13}")
    for n in args.n_process:
        raw_s, claims_s = runs["raw", n], runs["claims", n]
        raw_rate, claims_rate = words / statistics.median(raw_s), words / statistics.median(claims_s)
        paired = statistics.median(r / c for r, c in zip(raw_s, claims_s, strict=True))
        print(f"{n:>9} {raw_rate:9.0f} {claims_rate:10.0f} {claims_rate / raw_rate:17.3f} {paired:13.3f}")
    if args.breakdown:
        print("\nbreakdown (median seconds; each step's cost as a share of the raw parse):")
        for n in args.n_process:
            medians = {kind: statistics.median(runs[kind, n]) for kind, _ in kinds}
            raw_m = medians["raw"]
            steps = [
                ("claims components (pipe - raw)", medians["pipe"] - raw_m),
                ("records + JSON (nocheck - pipe)", medians["nocheck"] - medians["pipe"]),
                ("schema validation (claims - nocheck)", medians["claims"] - medians["nocheck"]),
            ]
            print(f"  n_process {n}: raw {raw_m:.2f} s, claims {medians['claims']:.2f} s")
            for label, seconds in steps:
                print(f"    {label:<38} {seconds:6.2f} s  {100 * seconds / raw_m:5.1f} % of raw")
    print("target: claims/raw >= 0.9 at each n_process")


if __name__ == "__main__":
    main()
