"""claims.distributed on a real Dask cluster (two worker processes, one thread each) against the
single-process output of claims.extraction.extract_many: the same records, byte for byte."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import psutil
import pytest

from claims import distributed as claims_distributed
from claims.errors import ModelNotFound
from claims.extraction import extract_many
from claims.serialize import to_dict
from claims.text import InputDocument

if TYPE_CHECKING:
    from distributed import Client
    from spacy.language import Language

pytestmark = pytest.mark.model

REPO = Path(__file__).resolve().parents[2]
ARTICLES = [
    *sorted((REPO / "fixtures" / "gum").glob("*.txt")),
    REPO / "fixtures" / "articles" / "us-china-north-korea-spun.txt",
]
# Written for this test.
SHORT = [
    "Police said the driver told officers that the brakes had failed.",
    "The ministry denied the allegations on Friday.",
    "Opposition leader Dana Whitfield accused the harbor council of hiding the true cost of the project.",
    '"We have published every invoice," a council spokesman said.',
]

JSON = dict[str, Any]


def good_records() -> list[JSON]:
    texts = [path.read_text(encoding="utf-8") for path in ARTICLES] + SHORT
    return [{"id": f"doc-{i}", "text": text} for i, text in enumerate(texts)]


def dumps(record: JSON) -> str:
    return json.dumps(record, ensure_ascii=False)


def _model(config: pytest.Config) -> str | None:
    """The pipeline the session's ``nlp`` fixture loaded (claims.testing's --claims-model / ini option)."""
    chosen = config.getoption("claims_model") or config.getini("claims_model")
    return str(chosen) if chosen else None


def _new_processes(before: set[int]) -> list[psutil.Process]:
    """Descendants of this process not in ``before``, leaving out multiprocessing's resource tracker (one
    per interpreter, shared by every multiprocessing user, it ends with the interpreter)."""
    found = []
    for process in psutil.Process().children(recursive=True):
        try:
            if process.pid not in before and "resource_tracker" not in " ".join(process.cmdline()):
                found.append(process)
        except psutil.NoSuchProcess:
            continue
    return found


@pytest.fixture(scope="module")
def dask_client() -> Iterator[Client]:
    """A local cluster of two worker processes (one thread each), closed at teardown; the teardown fails
    when a process it started is still running."""
    from distributed import Client, LocalCluster

    before = {p.pid for p in psutil.Process().children(recursive=True)}
    # the scheduler's HTTP server on a free port: a busy 8787 (another cluster) would be a UserWarning
    cluster = LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address="127.0.0.1:0", host="127.0.0.1"
    )
    try:
        client = Client(cluster)
        try:
            workers = set(client.run(os.getpid).values())
            assert len(workers) == 2 and os.getpid() not in workers  # two processes, not threads
            assert workers <= {p.pid for p in _new_processes(before)}
            yield client
        finally:
            client.close()
    finally:
        cluster.close()
        _, alive = psutil.wait_procs(_new_processes(before), timeout=10)
        assert not alive, f"cluster processes left behind: {[(p.pid, p.cmdline()) for p in alive]}"


def test_dask_output_is_the_single_process_output(
    dask_client: Client, nlp: Language, pytestconfig: pytest.Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = _model(pytestconfig)
    # in this process, claims.distributed reuses the session's pipeline instead of loading its own
    monkeypatch.setitem(claims_distributed._PIPELINES, model, nlp)
    records: list[Any] = good_records()
    # bad records in between: each one an error record in its place, the order kept
    records[2:2] = [{"id": "no-text"}, {"id": "not-a-string", "text": 42}, "not a record", {"text": " "}]

    got = list(claims_distributed.extract_on_dask(records, dask_client, model, partition_size=2))

    good = [
        r for r in records if isinstance(r, dict) and isinstance(r.get("text"), str) and r["text"].strip()
    ]
    single = extract_many((InputDocument(r["id"], r["text"], r["id"]) for r in good), nlp=nlp, batch_size=4)
    expected = iter(dumps(to_dict(result)) for result in single)
    assert len(got) == len(records)
    bad = []
    for record, out in zip(records, got, strict=True):
        if record in good:
            assert dumps(out) == next(expected)
            assert "claims" in out
        else:
            bad.append((out["document"]["id"], out["error"]["kind"]))
    assert bad == [
        ("no-text", "record"),
        ("not-a-string", "record"),
        ("record:5", "record"),
        ("record:6", "empty"),
    ]
    assert sum(len(out.get("claims", ())) for out in got) > 20  # real extraction happened

    # the model was loaded once in each worker process, and both took part
    assert sorted(dask_client.run(claims_distributed._loads).values(), key=str) == [{model: 1}, {model: 1}]

    # the pure function on one partition and on a dask.bag give the same records
    assert [dumps(o) for o in claims_distributed.extract_records(records, model)] == [dumps(o) for o in got]
    import dask.bag as db

    bag = db.from_sequence(good, npartitions=3).map_partitions(claims_distributed.extract_records, model)
    assert [dumps(o) for o in bag.compute()] == [dumps(o) for o in got if "claims" in o]
    # ... and no worker loaded the model again
    assert sorted(dask_client.run(claims_distributed._loads).values(), key=str) == [{model: 1}, {model: 1}]


def test_a_model_missing_on_the_workers_is_raised(dask_client: Client) -> None:
    with pytest.raises(ModelNotFound, match="no_such_pipeline_xyz"):
        list(claims_distributed.extract_on_dask(good_records(), dask_client, "no_such_pipeline_xyz"))
    assert all(
        "no_such_pipeline_xyz" not in loads for loads in dask_client.run(claims_distributed._loads).values()
    )
