"""Load test of ``claims serve``: N requests from C concurrent clients on 127.0.0.1.

Starts ``python -m claims serve`` on a free port of 127.0.0.1 (``--workers``, ``--model`` passed along),
waits for ``GET /health``, computes the CLI's output for the article (``claims extract ARTICLE --format
jsonl``), then C client threads (each with its own httpx connection) send N ``POST /extract`` requests in
all with ``{"text": <the article>, "id": <its path>}`` (``{"html": ...}`` for an .html file). Prints the
error count (exceptions and non-200 answers), the throughput, the latency percentiles, and whether every
answer equals the CLI's output byte for byte, up to ``document.origin`` (the CLI's is the path, the
service's ``<request>``). Exits 1 on any error or difference. Stops the server at the end.

    .venv/bin/python bench/service_load.py [--requests 200] [--clients 8] [--article PATH] [--workers 1]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import httpx

REPO = Path(__file__).resolve().parents[1]
DEFAULT_ARTICLE = REPO / "fixtures" / "articles" / "us-china-north-korea-spun.txt"
HOST = "127.0.0.1"
REQUEST_ORIGIN = "<request>"  # claims.service.REQUEST_ORIGIN (not imported: no FastAPI needed here)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        return port


def cli_answer(article: Path, model: str | None) -> bytes:
    """What the service should answer: the CLI's JSONL line with the service's origin."""
    command = [sys.executable, "-m", "claims", "extract", str(article), "--format", "jsonl"]
    if model:
        command += ["--model", model]
    proc = subprocess.run(command, capture_output=True, check=False, timeout=600)
    if proc.returncode != 0:
        sys.exit(f"claims extract failed ({proc.returncode}): {proc.stderr.decode(errors='replace')}")
    [line] = proc.stdout.splitlines()
    record = json.loads(line)
    record["document"]["origin"] = REQUEST_ORIGIN
    return json.dumps(record, ensure_ascii=False).encode("utf-8")


class Service:
    """``python -m claims serve`` in a subprocess, its output in a temporary log file."""

    def __init__(self, port: int, workers: int, model: str | None) -> None:
        self.url = f"http://{HOST}:{port}"
        self.log = tempfile.NamedTemporaryFile(prefix="claims-serve-", suffix=".log", delete=False)  # noqa: SIM115
        command = [sys.executable, "-m", "claims", "serve", "--host", HOST, "--port", str(port)]
        command += ["--workers", str(workers)]
        if model:
            command += ["--model", model]
        self.started = time.perf_counter()
        self.proc = subprocess.Popen(command, stdout=self.log, stderr=subprocess.STDOUT)
        self.ready_after = self._wait()

    def _wait(self, timeout: float = 180) -> float:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                self.stop()
                sys.exit(f"claims serve exited with {self.proc.returncode}:\n{self.output()}")
            try:
                if httpx.get(f"{self.url}/health", timeout=1).status_code == 200:
                    return time.perf_counter() - self.started
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        self.stop()
        sys.exit(f"claims serve did not answer /health within {timeout} s:\n{self.output()}")

    def output(self) -> str:
        return Path(self.log.name).read_text(encoding="utf-8", errors="replace")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()  # uvicorn shuts down gracefully on SIGTERM
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(30)
        self.log.close()
        os.unlink(self.log.name)


def load(url: str, body: dict[str, str], expected: bytes, requests: int, clients: int) -> dict[str, Any]:
    """Send ``requests`` requests from ``clients`` threads; latency per request, errors, differences."""
    counter = iter(range(requests))
    lock = threading.Lock()
    latencies: list[float] = []
    errors: list[str] = []
    different = 0

    def client() -> None:
        nonlocal different
        with httpx.Client(base_url=url, timeout=300) as http:
            while True:
                with lock:
                    if next(counter, None) is None:
                        return
                start = time.perf_counter()
                try:
                    response = http.post("/extract", json=body)
                except httpx.HTTPError as exc:
                    with lock:
                        errors.append(f"{type(exc).__name__}: {exc}")
                    continue
                elapsed = time.perf_counter() - start
                with lock:
                    latencies.append(elapsed)
                    if response.status_code != 200:
                        errors.append(f"HTTP {response.status_code}: {response.text[:200]}")
                    elif response.content != expected:
                        different += 1

    threads = [threading.Thread(target=client) for _ in range(clients)]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - start
    cuts = (
        statistics.quantiles(latencies, n=100, method="inclusive") if len(latencies) > 1 else latencies * 99
    )
    return {
        "requests": requests,
        "clients": clients,
        "errors": len(errors),
        "error_examples": errors[:3],
        "different_from_cli": different,
        "all_equal_cli": not errors and different == 0,
        "wall_s": round(wall, 3),
        "throughput_rps": round(requests / wall, 2),
        "latency_ms": {
            "p50": round(cuts[49] * 1000, 1),
            "p95": round(cuts[94] * 1000, 1),
            "p99": round(cuts[98] * 1000, 1),
            "max": round(max(latencies) * 1000, 1),
        },
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", "-n", type=int, default=200, help="requests in all (default 200)")
    parser.add_argument("--clients", "-c", type=int, default=8, help="concurrent clients (default 8)")
    parser.add_argument("--article", type=Path, default=DEFAULT_ARTICLE, help="text or .html file")
    parser.add_argument("--workers", type=int, default=1, help="claims serve --workers (default 1)")
    parser.add_argument("--model", help="claims serve --model")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = parser.parse_args()
    if args.requests < 1 or args.clients < 1:
        parser.error("--requests and --clients must be at least 1")

    article: Path = args.article
    field = "html" if article.suffix.lower() in {".html", ".htm"} else "text"
    body = {field: article.read_text(encoding="utf-8"), "id": str(article)}
    expected = cli_answer(article, args.model)
    service = Service(free_port(), args.workers, args.model)
    try:
        first_start = time.perf_counter()
        first = httpx.post(f"{service.url}/extract", json=body, timeout=300)
        first_ms = (time.perf_counter() - first_start) * 1000
        if first.status_code != 200:
            sys.exit(f"the first request failed: HTTP {first.status_code}: {first.text[:300]}")
        health = httpx.get(f"{service.url}/health", timeout=10).json()
        figures = load(service.url, body, expected, args.requests, args.clients)
    finally:
        service.stop()
    figures = {
        "article": str(article.relative_to(REPO) if article.is_relative_to(REPO) else article),
        "article_chars": len(body[field]),
        "model": health["model"],
        "workers": args.workers,
        "startup_s": round(service.ready_after, 2),
        "first_request_ms": round(first_ms, 1),
        "first_equals_cli": first.content == expected,
        **figures,
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}",
    }
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        lat = figures["latency_ms"]
        print(f"article            {figures['article']} ({figures['article_chars']} characters, {field})")
        print(f"model, workers     {figures['model']}, {args.workers}")
        print(f"server ready after {figures['startup_s']} s (model loaded once per process)")
        print(f"requests, clients  {args.requests}, {args.clients}")
        print(f"errors             {figures['errors']}")
        for example in figures["error_examples"]:
            print(f"  e.g. {example}")
        print(f"wall time          {figures['wall_s']} s")
        print(f"throughput         {figures['throughput_rps']} requests/s")
        percentiles = ", ".join(f"{name} {value} ms" for name, value in lat.items())
        print(f"latency            {percentiles}")
        equal = "yes" if figures["all_equal_cli"] and figures["first_equals_cli"] else "NO"
        print(f"all equal the CLI  {equal} ({figures['different_from_cli']} different)")
        print(f"machine            {figures['machine']}")
    ok = figures["all_equal_cli"] and figures["first_equals_cli"]
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
