"""Peak memory of ``claims extract`` over a long JSONL stream against a short one.

Generates short news-like documents (a few sentences each: attributions, accusations, denials, quotes;
deterministic, seeded) into a temporary directory as JSONL, and runs the CLI in a fresh subprocess for each
size::

    claims extract DOCS.jsonl -o OUT.jsonl [--n-process N] [--batch-size B]

under ``/usr/bin/time -v`` (its "Maximum resident set size" is the peak RSS of the CLI process; without GNU
time, ``resource.getrusage(RUSAGE_CHILDREN)`` in a fresh wrapper process). The RSS of the whole process tree
is also sampled every ``--sample`` seconds (psutil), so a run with ``--n-process 2`` counts its workers and
growth over the run is visible.

Runs, in order: 10 documents (start-up and the model), ``--small`` documents (default 1,000), then prints an
estimate of how long ``--docs`` documents (default 100,000) will take, and runs it (unless
``--estimate-only``). Prints the peak RSS of each run and the ratio large/small.

Target (issue 4): peak RSS at 100k documents <= 1.2x the peak at 1k documents (memory flat in the number of
documents, bounded by the batch).

    .venv/bin/python bench/memory.py                      # 100k vs 1k (long: see the printed estimate)
    .venv/bin/python bench/memory.py --docs 20000         # scaled down
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parents[1]
GNU_TIME = "/usr/bin/time"

PEOPLE = [
    "Maria Lopez",
    "John Carter",
    "Aisha Bello",
    "Kenji Sato",
    "Elena Petrova",
    "David Okafor",
    "Sarah Nguyen",
    "Tomas Novak",
    "Priya Raman",
    "Lars Eriksen",
]
ROLES = ["a spokesperson for", "the head of", "a senior official at", "an adviser to", "the chair of"]
ORGS = [
    "the Ministry of Transport",
    "the city council",
    "the harbour authority",
    "the Health Department",
    "the opposition party",
    "the regional government",
    "the national rail operator",
    "the teachers' union",
    "the energy regulator",
    "the water company",
]
CITIES = ["Port Alden", "Riverton", "Lakeside", "Northbridge", "Eastwick", "Millford", "Stonehaven"]
THINGS = ["new bridge", "bus network", "hospital wing", "flood barrier", "school budget", "power plant"]
ACTIONS = [
    "open in March",
    "be delayed by a year",
    "cost more than planned",
    "be reviewed",
    "close for repairs",
]
WRONGS = [
    "hiding the true cost of the project",
    "misleading the public about safety checks",
    "ignoring repeated warnings from engineers",
    "awarding contracts without a tender",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
TEMPLATES = [
    "{person}, {role} {org}, said on {day} that the {thing} would {action}.",
    "{Org} accused {org2} of {wrong}.",
    "{Org2} denied the allegations, calling them baseless.",
    '"We have published every invoice," {person} told reporters in {city}.',
    "Officials in {city} said the {thing} was expected to cost {n} million dollars.",
    "According to {org}, {n} households were affected by the closure.",
    "{person} dismissed the report as politically motivated.",
    "The {thing} in {city} has been under construction since {year}.",
    "Residents said they had not been consulted about the {thing}.",
]


def article(rng: random.Random) -> str:
    org, org2 = rng.sample(ORGS, 2)
    values = {
        "person": rng.choice(PEOPLE),
        "role": rng.choice(ROLES),
        "org": org,
        "org2": org2,
        "Org": org[0].upper() + org[1:],
        "Org2": org2[0].upper() + org2[1:],
        "city": rng.choice(CITIES),
        "thing": rng.choice(THINGS),
        "action": rng.choice(ACTIONS),
        "wrong": rng.choice(WRONGS),
        "day": rng.choice(DAYS),
        "n": rng.randint(2, 900),
        "year": rng.randint(2005, 2024),
    }
    sentences = [t.format(**values) for t in rng.sample(TEMPLATES, rng.randint(3, 5))]
    return " ".join(sentences)


def generate(path: Path, n: int, seed: int = 4) -> int:
    """Write ``n`` documents as JSONL; returns the number of words."""
    rng = random.Random(seed)
    words = 0
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            text = article(rng)
            words += len(text.split())
            fh.write(json.dumps({"id": f"gen-{i}", "text": text}) + "\n")
    return words


@dataclass
class Run:
    docs: int
    words: int
    seconds: float
    peak_rss_mb: float  # the CLI process (GNU time / getrusage)
    peak_tree_mb: float  # the process tree, sampled
    samples: list[tuple[float, float]]  # (seconds, tree RSS MB)


def _tree_rss(process: psutil.Process) -> int:
    total = 0
    for p in [process, *process.children(recursive=True)]:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            continue
    return total


_RUSAGE_WRAPPER = (
    "import resource, subprocess, sys; rc = subprocess.call(sys.argv[1:]); "
    "print('Maximum resident set size (kbytes):', resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, "
    "file=sys.stderr); sys.exit(rc)"
)


def measure(
    claims: str, docs_path: Path, out_path: Path, docs: int, words: int, args: argparse.Namespace
) -> Run:
    command = [claims, "extract", str(docs_path), "-o", str(out_path), "--batch-size", str(args.batch_size)]
    command += ["--n-process", str(args.n_process)]
    if args.model:
        command += ["--model", args.model]
    if os.path.exists(GNU_TIME):
        wrapped = [GNU_TIME, "-v", *command]
    else:
        wrapped = [sys.executable, "-c", _RUSAGE_WRAPPER, *command]
    log = out_path.with_suffix(".stderr")
    samples: list[tuple[float, float]] = []
    with log.open("wb") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(wrapped, stdout=subprocess.DEVNULL, stderr=err)
        watched = psutil.Process(proc.pid)
        stop = threading.Event()

        def sample() -> None:
            while not stop.wait(args.sample):
                try:
                    samples.append((time.perf_counter() - start, _tree_rss(watched) / 2**20))
                except psutil.Error:
                    return

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        rc = proc.wait()
        seconds = time.perf_counter() - start
        stop.set()
        sampler.join()
    stderr = log.read_text(encoding="utf-8", errors="replace")
    if rc != 0:
        tail = "\n".join(stderr.splitlines()[-15:])
        sys.exit(f"claims extract exited {rc} on {docs} documents:\n{tail}")
    found = re.search(r"Maximum resident set size \(kbytes\): (\d+)", stderr)
    if found is None:
        sys.exit(f"no peak RSS in the output of {wrapped[0]}")
    # the wrapper's own RSS is part of the tree samples: GNU time is tiny, the python wrapper is not
    return Run(
        docs=docs,
        words=words,
        seconds=seconds,
        peak_rss_mb=int(found.group(1)) / 1024,
        peak_tree_mb=max((mb for _, mb in samples), default=0.0),
        samples=samples,
    )


def report(run: Run) -> None:
    print(
        f"{run.docs:>8} docs {run.words:>9} words {run.seconds:8.1f} s {run.docs / run.seconds:7.1f} docs/s  "
        f"peak RSS {run.peak_rss_mb:7.1f} MB  (process tree, sampled: {run.peak_tree_mb:7.1f} MB)",
        flush=True,
    )


def curve(run: Run, points: int = 8) -> str:
    """The sampled tree RSS at a few moments of the run (to see growth)."""
    if not run.samples:
        return "(no samples)"
    step = max(1, len(run.samples) // points)
    picked = [*run.samples[::step], run.samples[-1]]
    return ", ".join(f"{t:.0f}s {mb:.0f}MB" for t, mb in picked)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=100_000, help="documents in the large run")
    parser.add_argument("--small", type=int, default=1_000, help="documents in the small run")
    parser.add_argument("--small-repeats", type=int, default=1, help="runs of the small size (median)")
    parser.add_argument("--n-process", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--model", default=None)
    parser.add_argument("--sample", type=float, default=0.5, help="seconds between RSS samples")
    parser.add_argument("--estimate-only", action="store_true", help="run the small sizes and estimate")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    args = parser.parse_args()

    claims = shutil.which("claims", path=str(Path(sys.executable).parent)) or shutil.which("claims")
    if claims is None:
        sys.exit("the claims command is not installed beside this Python")
    tmp = Path(tempfile.mkdtemp(prefix="claims-memory-"))
    print(
        f"temporary directory {tmp}; {claims}; {os.cpu_count()} CPUs; n_process {args.n_process}; "
        f"batch_size {args.batch_size}"
    )
    try:
        sizes = {"tiny": 10, "small": args.small, "large": args.docs}
        paths: dict[str, tuple[Path, int]] = {}
        for name, n in sizes.items():
            if name == "large" and args.estimate_only:
                continue
            path = tmp / f"{name}-{n}.jsonl"
            start = time.perf_counter()
            words = generate(path, n)
            paths[name] = (path, words)
            print(
                f"generated {n} documents, {words} words, {path.stat().st_size / 2**20:.1f} MB "
                f"in {time.perf_counter() - start:.1f} s"
            )

        tiny = measure(
            claims, paths["tiny"][0], tmp / "tiny.out.jsonl", sizes["tiny"], paths["tiny"][1], args
        )
        report(tiny)
        smalls = []
        for _ in range(args.small_repeats):
            small = measure(
                claims, paths["small"][0], tmp / "small.out.jsonl", sizes["small"], paths["small"][1], args
            )
            report(small)
            smalls.append(small)
        small_rss = statistics.median(r.peak_rss_mb for r in smalls)
        small_tree = statistics.median(r.peak_tree_mb for r in smalls)
        small_secs = statistics.median(r.seconds for r in smalls)
        per_doc = max(0.0, small_secs - tiny.seconds) / max(1, sizes["small"] - sizes["tiny"])
        estimate = tiny.seconds + per_doc * (args.docs - sizes["tiny"])
        print(
            f"estimate for {args.docs} documents: {estimate:.0f} s ({estimate / 60:.1f} min) "
            f"at {1 / per_doc if per_doc else float('inf'):.1f} docs/s after {tiny.seconds:.1f} s start-up"
        )
        if args.estimate_only:
            return
        large = measure(
            claims, paths["large"][0], tmp / "large.out.jsonl", args.docs, paths["large"][1], args
        )
        report(large)
        print(f"large run, tree RSS over time: {curve(large)}")
        print(
            f"\npeak RSS: {args.docs} docs {large.peak_rss_mb:.1f} MB, "
            f"{sizes['small']} docs {small_rss:.1f} MB, {sizes['tiny']} docs {tiny.peak_rss_mb:.1f} MB"
        )
        print(
            f"ratio {args.docs}/{sizes['small']}: {large.peak_rss_mb / small_rss:.3f} (process), "
            f"{large.peak_tree_mb / small_tree:.3f} (tree, sampled); target <= 1.2"
        )
    finally:
        if args.keep:
            print(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
