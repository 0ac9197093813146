"""claims diff: claims added, removed and changed between two runs, as data, text, JSON and exit codes."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from claims import cli, serialize
from claims.diff import (
    ALL_FIELDS,
    CLAIM_FIELDS,
    DocumentDiff,
    diff_documents,
    diff_files,
    diff_records,
    load_documents,
)
from claims.errors import InputError
from claims.types import (
    Claim,
    Cue,
    CueKind,
    Document,
    DocumentInfo,
    ErrorRecord,
    Generator,
    Label,
    Source,
    SourceKind,
    Span,
)

JSON = dict[str, Any]
TEXT = "Officials said the dam was safe. The firm denied the claim. Police accused the firm of fraud."


def at(text: str, occurrence: int = 0) -> Span:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(text, start + 1)
    return Span(text, start, start + len(text))


def make_claim(cid: str, content: str, label: Label, source: str, cue: str, lemma: str, **kw: Any) -> Claim:
    c, s, q = at(content), at(source), at(cue)
    return Claim(
        id=cid,
        text=c.text,
        start=c.start,
        end=c.end,
        label=label,
        confidence=0.8,
        source=Source(s.text, s.start, s.end, SourceKind.NAMED),
        cue=Cue(q.text, q.start, q.end, lemma, CueKind.SPEECH),
        **kw,
    )


def document(doc_id: str = "dam", model: str = "en_test-0") -> JSON:
    claims = (
        make_claim("c0000000001", "the dam was safe", Label.STATEMENT, "Officials", "said", "say"),
        make_claim(
            "c0000000002",
            "the claim",
            Label.DENIAL,
            "The firm",
            "denied",
            "deny",
            targets=(at("the claim"),),
            responds_to="c0000000003",
        ),
        make_claim(
            "c0000000003",
            "the firm of fraud",
            Label.ACCUSATION,
            "Police",
            "accused",
            "accuse",
            targets=(at("the firm"),),
        ),
    )
    doc = Document(
        document=DocumentInfo(id=doc_id, sha256="0" * 64, chars=len(TEXT), origin=f"{doc_id}.txt"),
        generator=Generator("claims", "0.1.0", model),
        claims=claims,
        skipped=(),
    )
    data = serialize.to_dict(doc)
    serialize.validate(data)
    return data


def claim_of(doc: JSON, cid: str) -> JSON:
    claims: list[JSON] = doc["claims"]
    (found,) = [c for c in claims if c["id"] == cid]
    return found


# --------------------------------------------------------------------------------------------------------
# diff_documents


def test_identical_documents_have_no_changes() -> None:
    d = diff_documents(document(), document())
    assert not d.has_changes
    assert d.lines() == []
    assert d.unchanged == 3
    assert d.counts() == {"added": 0, "removed": 0, "changed": 0, "unchanged": 3}


def test_a_changed_label_is_caught() -> None:
    new = document()
    claim_of(new, "c0000000001")["label"] = "accusation"
    d = diff_documents(document(), new)
    assert d.has_changes
    (change,) = d.changed
    assert (change.old_id, change.new_id, change.matched_by) == ("c0000000001", "c0000000001", "id")
    assert [(c.field, c.old, c.new) for c in change.changes] == [("label", "statement", "accusation")]
    assert d.lines() == [
        "changed c0000000001 'the dam was safe': label: 'statement' -> 'accusation'",
    ]


def test_added_and_removed_claims() -> None:
    old, new = document(), document()
    removed = new["claims"].pop(0)
    added = copy.deepcopy(removed)
    added.update(id="c00000000aa", text="Officials", start=0, end=9, cue=None, label="statement")
    new["claims"].append(added)
    d = diff_documents(old, new)
    assert [c["id"] for c in d.removed] == ["c0000000001"]
    assert [c["id"] for c in d.added] == ["c00000000aa"]
    assert d.changed == ()
    lines = d.lines()
    assert any(line.startswith("added c00000000aa (statement, source 'Officials')") for line in lines)
    assert any(line.startswith("removed c0000000001 (statement, source 'Officials')") for line in lines)


@pytest.mark.parametrize(
    ("field", "mutate"),
    [
        ("source", lambda c: c["source"].update(kind="descriptor")),
        ("source", lambda c: c["source"].update(resolved={"text": "Police", "start": 60, "end": 66})),
        ("span", lambda c: c.update(text="the dam was safe.", end=c["end"] + 1)),
        ("span", lambda c: c.update(text="the dam was")),
        ("cue", lambda c: c["cue"].update(lemma="state")),
        ("targets", lambda c: c["targets"].append({"text": "the dam", "start": 15, "end": 22})),
        ("responds_to", lambda c: c.update(responds_to=None)),
        ("parent", lambda c: c.update(parent="c0000000003")),
    ],
)
def test_each_compared_field_is_caught(field: str, mutate: Any) -> None:
    new = document()
    mutate(claim_of(new, "c0000000002") if field in {"responds_to", "parent"} else new["claims"][0])
    d = diff_documents(document(), new)
    (change,) = d.changed
    assert change.fields() == [field]


def test_confidence_and_evidence_only_with_all_fields() -> None:
    new = document()
    new["claims"][0]["confidence"] = 0.5
    new["claims"][1]["evidence"].append({"kind": "form", "value": "clause"})
    assert not diff_documents(document(), new).has_changes
    d = diff_documents(document(), new, fields=ALL_FIELDS)
    assert [c.fields() for c in d.changed] == [["confidence"], ["evidence"]]
    with pytest.raises(ValueError, match="unknown claim fields"):
        diff_documents(document(), new, fields=("colour",))


def test_claim_whose_id_changed_is_matched_by_span() -> None:
    new = document()
    accusation = claim_of(new, "c0000000003")
    accusation["id"] = "c0000000abc"
    claim_of(new, "c0000000002")["responds_to"] = "c0000000abc"  # the denial follows the new id
    d = diff_documents(document(), new)
    assert d.added == () and d.removed == ()
    (change,) = d.changed
    assert change.matched_by == "span"
    assert [(c.field, c.old, c.new) for c in change.changes] == [("id", "c0000000003", "c0000000abc")]
    assert d.lines()[0].startswith("changed c0000000003 -> c0000000abc")  # the denial is unchanged


def test_a_moved_claim_is_added_and_removed_not_matched() -> None:
    new = document()
    c = new["claims"][0]
    c.update(id="c0000000fff", start=c["start"] + 1, end=c["end"] + 1)
    d = diff_documents(document(), new)
    assert len(d.added) == 1 and len(d.removed) == 1 and d.changed == ()


def test_repeated_claim_ids_lose_nothing() -> None:
    old = document()
    old["claims"].append(copy.deepcopy(old["claims"][0]))
    d = diff_documents(old, document())
    assert [c["id"] for c in d.removed] == ["c0000000001"]
    assert d.unchanged == 3


def test_document_level_changes() -> None:
    new = document()
    new["document"]["sha256"] = "1" * 64
    new["skipped"].append({"text": "Officials", "start": 0, "end": 9, "reason": "caption"})
    d = diff_documents(document(), new)
    assert [c.field for c in d.document_changes] == ["document.sha256"]
    assert d.skipped_added == ({"text": "Officials", "start": 0, "end": 9, "reason": "caption"},)
    assert any("offsets are not comparable" in n for n in d.notes)
    d = diff_documents(new, document())
    assert len(d.skipped_removed) == 1


def test_skipped_spans_alone_are_changes() -> None:
    new = document()
    new["skipped"].append({"text": "Officials", "start": 0, "end": 9, "reason": "caption"})
    assert diff_documents(document(), new).has_changes
    assert diff_documents(new, document()).has_changes
    assert diff_documents(document(), new).lines() == ["skipped added: 'Officials'@0:9 (caption)"]


def test_model_change_alone_is_a_note_not_a_change() -> None:
    d = diff_documents(document(), document(model="en_other-1"))
    assert not d.has_changes
    assert d.notes == ("generator model: en_test-0 -> en_other-1 (not compared)",)


def test_error_record_against_a_result() -> None:
    error = serialize.to_dict(ErrorRecord("dam", "input", "empty file", origin="dam.txt"))
    d = diff_documents(error, document())
    assert d.has_changes
    assert [c.field for c in d.document_changes] == ["error"]
    assert d.document_changes[0].new is None
    assert len(d.added) == 3
    same = diff_documents(error, copy.deepcopy(error))
    assert not same.has_changes


def test_document_diff_to_dict_is_json() -> None:
    new = document()
    new["claims"][0]["label"] = "denial"
    data = json.loads(json.dumps(diff_documents(document(), new).to_dict()))
    assert data["changed"] is True
    assert data["claims_changed"][0]["changes"] == [{"field": "label", "old": "statement", "new": "denial"}]


# --------------------------------------------------------------------------------------------------------
# diff_records and diff_files


def test_documents_in_one_run_only() -> None:
    result = diff_records([document("a"), document("b")], [document("b"), document("c")])
    assert result.has_changes
    assert [d.document_id for d in result.documents] == ["b"]
    assert [r.id for r in result.only_old] == ["a"]
    assert [r.id for r in result.only_new] == ["c"]
    text = result.format_text()
    assert "only in OLD: document a (3 claims)" in text
    assert "only in NEW: document c (3 claims)" in text
    assert result.summary()["documents_only_old"] == 1


def test_repeated_document_ids_match_by_occurrence() -> None:
    second = document("a")
    second["claims"][0]["label"] = "denial"
    result = diff_records([document("a"), document("a")], [document("a"), second])
    assert [d.document_id for d in result.documents if d.has_changes] == ["a (#2)"]


def write_jsonl(path: Path, records: list[JSON]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_diff_files_reads_json_jsonl_arrays_and_goldens(tmp_path: Path) -> None:
    golden = document()
    golden["_review"] = {"notes": ["reviewed"]}
    (tmp_path / "golden.json").write_text(json.dumps(golden, indent=2), encoding="utf-8")
    (tmp_path / "array.json").write_text(json.dumps([document()]), encoding="utf-8")
    write_jsonl(tmp_path / "run.jsonl", [document()])
    for a, b in [("golden.json", "run.jsonl"), ("array.json", "golden.json")]:
        result = diff_files(tmp_path / a, tmp_path / b)
        assert not result.has_changes, result.format_text()
    assert len(load_documents(tmp_path / "run.jsonl")) == 1


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        (None, "nothing at this path"),
        (b"", "empty file"),
        (b"\xff\xfe", "not UTF-8"),
        (b'{"schema_version": "1.0"\n{"x": 1}\n', "invalid JSON"),
        (b'{"schema_version": "1.0"}\n', "does not validate"),
    ],
)
def test_unusable_files_raise_input_error(tmp_path: Path, content: bytes | None, needle: str) -> None:
    path = tmp_path / "bad.jsonl"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(InputError, match=needle):
        diff_files(path, path)


# --------------------------------------------------------------------------------------------------------
# claims diff


def run(*args: str | Path, input: str | bytes | None = None) -> Result:
    return CliRunner().invoke(cli.app, [str(a) for a in args], input=input)


@pytest.fixture
def runs(tmp_path: Path) -> tuple[Path, Path]:
    old = [document("a"), document("b")]
    new = copy.deepcopy(old)
    new[0]["claims"][0]["label"] = "accusation"  # changed label
    new[1]["claims"].pop(1)  # removed claim
    extra = copy.deepcopy(new[1]["claims"][0])
    extra.update(id="c00000000aa", text="Officials", start=0, end=9, cue=None)
    new[1]["claims"].append(extra)  # added claim
    return write_jsonl(tmp_path / "old.jsonl", old), write_jsonl(tmp_path / "new.jsonl", new)


def test_cli_identical_files_exit_0(runs: tuple[Path, Path]) -> None:
    old, _ = runs
    result = run("diff", old, old)
    assert result.exit_code == 0, result.output
    assert "no changes: 2 documents, 6 claims" in result.stdout


def test_cli_changed_label_exits_1_and_is_named(runs: tuple[Path, Path]) -> None:
    result = run("diff", *runs)
    assert result.exit_code == 1, result.output
    out = result.stdout
    assert "document a: 1 changed" in out
    assert "changed c0000000001 'the dam was safe': label: 'statement' -> 'accusation'" in out
    assert "added c00000000aa" in out
    assert "removed c0000000002" in out
    assert "2 of 2 documents changed; claims: 1 changed, 1 added, 1 removed" in out


def test_cli_json_output_parses(runs: tuple[Path, Path]) -> None:
    result = run("diff", *runs, "--json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["changed"] is True
    assert data["fields"] == list(CLAIM_FIELDS)
    assert data["summary"]["claims_changed"] == 1
    docs = {d["document_id"]: d for d in data["documents"]}
    assert docs["a"]["claims_changed"][0]["changes"][0]["field"] == "label"
    assert [c["id"] for c in docs["b"]["claims_added"]] == ["c00000000aa"]
    assert [c["id"] for c in docs["b"]["claims_removed"]] == ["c0000000002"]
    same = run("diff", runs[0], runs[0], "--json")
    assert same.exit_code == 0 and json.loads(same.stdout)["changed"] is False


def test_cli_documents_in_one_file_only(tmp_path: Path) -> None:
    old = write_jsonl(tmp_path / "old.jsonl", [document("a"), document("gone")])
    new = write_jsonl(tmp_path / "new.jsonl", [document("a"), document("fresh")])
    result = run("diff", old, new)
    assert result.exit_code == 1
    assert "only in OLD: document gone" in result.stdout
    assert "only in NEW: document fresh" in result.stdout
    data = json.loads(run("diff", old, new, "--json").stdout)
    assert [d["id"] for d in data["only_old"]] == ["gone"]
    assert [d["id"] for d in data["only_new"]] == ["fresh"]


def test_cli_all_fields_and_quiet(tmp_path: Path) -> None:
    new_doc = document()
    new_doc["claims"][0]["confidence"] = 0.1
    old = write_jsonl(tmp_path / "old.jsonl", [document()])
    new = write_jsonl(tmp_path / "new.jsonl", [new_doc])
    assert run("diff", old, new).exit_code == 0
    result = run("diff", old, new, "--all-fields")
    assert result.exit_code == 1 and "confidence: 0.8 -> 0.1" in result.stdout
    quiet = run("diff", old, new, "--all-fields", "--quiet")
    assert quiet.exit_code == 1 and quiet.stdout == ""


def test_cli_stdin(runs: tuple[Path, Path]) -> None:
    old, new = runs
    result = run("diff", old, "-", input=new.read_bytes())
    assert result.exit_code == 1
    assert "+++ <stdin>" in result.stdout


@pytest.mark.parametrize("case", ["missing", "not json", "not claims", "both stdin"])
def test_cli_usage_errors_exit_2(tmp_path: Path, runs: tuple[Path, Path], case: str) -> None:
    old, _ = runs
    bad = tmp_path / "bad.json"
    if case == "not json":
        bad.write_text("{nope", encoding="utf-8")
    elif case == "not claims":
        bad.write_text('{"hello": "world"}', encoding="utf-8")
    args = ("-", "-") if case == "both stdin" else (old, bad)
    result = run("diff", *args)
    assert result.exit_code == 2, result.output
    assert "claims: error:" in result.stderr
    assert "Traceback" not in result.output


def test_help_names_the_exit_codes() -> None:
    result = run("diff", "--help")
    assert result.exit_code == 0
    assert "Exit codes" in result.stdout and "1 something changed" in result.stdout


def test_usable_as_a_pytest_assertion() -> None:
    """What a golden test would write: the lines say what changed."""
    new = document()
    new["claims"][2]["label"] = "statement"
    d: DocumentDiff = diff_documents(document(), new)
    with pytest.raises(AssertionError, match="label: 'accusation' -> 'statement'"):
        assert not d.has_changes, "\n".join(d.lines())


def test_readme_example_matches_the_output() -> None:
    """The README's example diff is real output (its first lines, for a document like the seed article)."""
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    assert "claims diff OLD NEW" in readme
    new = document()
    new["claims"][0]["label"] = "accusation"
    text = diff_records([document()], [new], old_name="old.jsonl", new_name="new.jsonl").format_text()
    head = text.splitlines()[:3]
    assert head == ["--- old.jsonl", "+++ new.jsonl", "document dam: 1 changed"]
    assert "$ claims diff old.jsonl new.jsonl\n  --- old.jsonl\n  +++ new.jsonl\n" in readme


def test_a_settings_change_is_a_note_that_explains_the_differences() -> None:
    old = document()
    new = document()
    new["generator"]["settings"]["source_span"] = "phrase"
    serialize.validate(new)
    assert diff_documents(old, new).notes == (
        "generator setting source_span: name -> phrase (the claims may differ because of it)",
    )
    # results written before the settings were recorded have none: a note, not a failure
    del old["generator"]["settings"]
    serialize.validate(old)
    assert diff_documents(old, new).notes == (
        "generator setting follow_on_quotes: not recorded -> False (the claims may differ because of it)",
        "generator setting nesting: not recorded -> all (the claims may differ because of it)",
        "generator setting object_content: not recorded -> False (the claims may differ because of it)",
        "generator setting source_span: not recorded -> phrase (the claims may differ because of it)",
    )
