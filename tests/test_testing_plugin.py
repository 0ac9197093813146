"""Tests of claims.testing: the comparison helpers, the input glue and the golden-file pytest plugin.

No spaCy model is needed: the plugin runs in inner pytest sessions (the ``pytester`` fixture) whose
conftest replaces ``claims.extraction.load_pipeline`` and ``claims.testing.extract_for_golden`` with fakes.
The documents are built by hand for these tests.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from claims import extraction, serialize
from claims.errors import InputError
from claims.testing import REVIEW_KEY, compare_documents, extract_for_golden, golden_text, normalise
from claims.types import Document, DocumentInfo, Generator

pytest_plugins = ["pytester"]

JSON = dict[str, Any]

DENIAL_ID = "c0123456789"
ACCUSATION_ID = "cabcdef0123"
FAKE_NLP: Any = object()  # stands for a spaCy pipeline where extraction is replaced


def make_doc() -> JSON:
    """A small schema-valid claims document, written out by hand."""
    return {
        "schema_version": "1.0",
        "document": {
            "id": "article",
            "sha256": "0" * 64,
            "chars": 120,
            "origin": "article.txt",
            "media_type": "text/plain",
        },
        "generator": {"name": "claims", "version": "0.1.0", "model": "en_core_web_sm-3.8.0"},
        "claims": [
            {
                "id": ACCUSATION_ID,
                "text": "Pyongyang supplied shells to Moscow",
                "start": 0,
                "end": 35,
                "label": "accusation",
                "confidence": 0.8,
                "source": {"text": "Kyiv", "start": 41, "end": 45, "kind": "named", "resolved": None},
                "cue": {"text": "said", "start": 46, "end": 50, "lemma": "say", "kind": "speech"},
                "targets": [{"text": "Pyongyang", "start": 0, "end": 9}],
                "parent": None,
                "responds_to": None,
                "evidence": [{"kind": "wrongdoing_verb", "value": "supply"}],
            },
            {
                "id": DENIAL_ID,
                "text": "Moscow and Pyongyang deny the \u201callegations\u201d outright",
                "start": 52,
                "end": 104,
                "label": "denial",
                "confidence": 0.9,
                "source": {
                    "text": "the ministry",
                    "start": 106,
                    "end": 118,
                    "kind": "descriptor",
                    "resolved": None,
                },
                "cue": {"text": "deny", "start": 73, "end": 77, "lemma": "deny", "kind": "speech"},
                "targets": [],
                "parent": None,
                "responds_to": ACCUSATION_ID,
                "evidence": [{"kind": "cue_lemma", "value": "deny"}],
            },
        ],
        "skipped": [{"text": "Read more: sanctions", "start": 0, "end": 20, "reason": "related_link"}],
    }


def claim(doc: JSON, claim_id: str) -> JSON:
    found: JSON = next(c for c in doc["claims"] if c["id"] == claim_id)
    return found


def test_the_hand_built_document_validates() -> None:
    serialize.validate(make_doc())


# --------------------------------------------------------------------------- normalise / compare_documents


def test_equal_documents_have_no_differences() -> None:
    assert compare_documents(make_doc(), make_doc()) == []


def test_changed_label_names_the_claim_and_the_field() -> None:
    actual = make_doc()
    claim(actual, DENIAL_ID)["label"] = "statement"
    assert compare_documents(make_doc(), actual) == [
        f"claim {DENIAL_ID} ('Moscow and Pyongyang deny the \u201callegati\u2026'): "
        "label: expected 'denial', got 'statement'"
    ]


def test_nested_fields_are_named_by_path() -> None:
    actual = make_doc()
    claim(actual, DENIAL_ID)["source"]["text"] = "the spokesman"
    claim(actual, ACCUSATION_ID)["targets"] = [{"text": "Moscow", "start": 29, "end": 35}]
    lines = compare_documents(make_doc(), actual)
    assert len(lines) == 4, lines
    assert any(
        line.startswith(f"claim {DENIAL_ID} ")
        and "source.text: expected 'the ministry', got 'the spokesman'" in line
        for line in lines
    ), lines
    assert any(
        f"claim {ACCUSATION_ID} " in line and "targets[0].text: expected 'Pyongyang'" in line
        for line in lines
    )
    assert any("targets[0].start: expected 0, got 29" in line for line in lines), lines
    assert any("targets[0].end: expected 9, got 35" in line for line in lines), lines


def test_list_of_other_length_is_shown_whole() -> None:
    actual = make_doc()
    claim(actual, ACCUSATION_ID)["targets"].append({"text": "Moscow", "start": 29, "end": 35})
    (line,) = compare_documents(make_doc(), actual)
    assert line.endswith("targets: expected ['Pyongyang'@0:9], got ['Pyongyang'@0:9, 'Moscow'@29:35]"), line


def test_missing_and_unexpected_claims() -> None:
    actual = make_doc()
    actual["claims"] = [c for c in actual["claims"] if c["id"] != DENIAL_ID]
    extra = copy.deepcopy(claim(make_doc(), ACCUSATION_ID))
    extra.update(id="cfedcba9876", text="The talks failed", label="statement", source=None)
    actual["claims"].append(extra)
    lines = compare_documents(make_doc(), actual)
    assert len(lines) == 2, lines
    assert lines[0].startswith(f"missing claim {DENIAL_ID} ('Moscow and Pyongyang deny"), lines
    assert lines[0].endswith("denial, source 'the ministry'"), lines
    assert lines[1] == "unexpected claim cfedcba9876 ('The talks failed'): statement, source no source"


def test_claim_order_change_is_reported() -> None:
    actual = make_doc()
    actual["claims"].reverse()
    assert compare_documents(make_doc(), actual) == [
        f"claims: order changed: expected {ACCUSATION_ID}, {DENIAL_ID}; got {DENIAL_ID}, {ACCUSATION_ID}"
    ]


def test_skipped_spans_are_compared() -> None:
    actual = make_doc()
    actual["skipped"][0]["reason"] = "promotion"
    actual["skipped"].append({"text": "AP", "start": 200, "end": 202, "reason": "byline"})
    lines = compare_documents(make_doc(), actual)
    assert lines == [
        "skipped span 0:20 ('Read more: sanctions'): reason: expected 'related_link', got 'promotion'",
        "unexpected skipped span 200:202 ('AP'): reason 'byline'",
    ]
    assert compare_documents(actual, make_doc())[-1] == "missing skipped span 200:202 ('AP'): reason 'byline'"


def test_document_fields_are_compared() -> None:
    actual = make_doc()
    actual["document"]["sha256"] = "1" * 64
    actual["document"]["warnings"] = ["truncated"]
    lines = compare_documents(make_doc(), actual)
    assert len(lines) == 2, lines
    assert lines[0].startswith("document.sha256: expected '0000"), lines
    assert "input text is not the one the golden was made from" in lines[0]
    assert lines[1] == "document.warnings: unexpected ['truncated']"


def test_volatile_fields_are_ignored_but_not_the_rest() -> None:
    actual = make_doc()
    actual["generator"].update(version="9.9.9", model="en_core_web_trf-3.8.0")
    actual["document"]["origin"] = "/home/someone/checkout/article.txt"
    assert compare_documents(make_doc(), actual) == []
    actual["generator"]["name"] = "other"
    actual["document"]["id"] = "elsewhere"
    assert compare_documents(make_doc(), actual) == [
        "document.id: expected 'article', got 'elsewhere'",
        "generator.name: expected 'claims', got 'other'",
    ]


def test_review_note_is_ignored() -> None:
    golden = make_doc()
    golden[REVIEW_KEY] = {"reviewed_by": "ed", "notes": ["checked"], "known_errors": []}
    assert compare_documents(golden, make_doc()) == []
    assert compare_documents(make_doc(), golden) == []


def test_known_errors_are_marked() -> None:
    golden = make_doc()
    golden[REVIEW_KEY] = {
        "reviewed_by": "ed",
        "known_errors": [
            {"claim": DENIAL_ID, "field": "confidence", "expected": 0.95, "why": "clear denial"},
            {
                "claim": "Pyongyang supplied shells",
                "field": "label",
                "expected": "statement",
                "why": "hedged",
            },
        ],
    }
    actual = make_doc()
    claim(actual, DENIAL_ID)["confidence"] = 0.7
    claim(actual, ACCUSATION_ID)["label"] = "statement"
    lines = compare_documents(golden, actual)
    assert lines == [
        f"claim {ACCUSATION_ID} ('Pyongyang supplied shells to Moscow'): label: expected 'accusation', "
        "got 'statement' [fixes a known error noted in _review]",
        f"claim {DENIAL_ID} ('Moscow and Pyongyang deny the \u201callegati\u2026'): confidence: "
        "expected 0.9, got 0.7 [known error noted in _review: should be 0.95]",
    ]


def test_bool_is_not_equal_to_int() -> None:
    actual = make_doc()
    actual["document"]["chars"] = True
    expected = make_doc()
    expected["document"]["chars"] = 1
    assert compare_documents(expected, actual) == ["document.chars: expected 1, got true"]


def test_normalise_drops_volatile_fields_and_review_without_mutating() -> None:
    doc = make_doc()
    doc[REVIEW_KEY] = {"reviewed_by": "ed"}
    before = copy.deepcopy(doc)
    out = normalise(doc)
    assert doc == before
    assert REVIEW_KEY not in out
    assert out["generator"] == {"name": "claims"}
    assert "origin" not in out["document"]
    assert out["document"]["id"] == "article"
    assert out["claims"] == doc["claims"]


def test_golden_text_puts_review_first_and_keeps_unicode() -> None:
    text = golden_text(make_doc(), {"reviewed_by": "ed"})
    assert text.endswith("}\n") and not text.endswith("\n\n")
    assert list(json.loads(text)) == [
        REVIEW_KEY,
        "schema_version",
        "document",
        "generator",
        "claims",
        "skipped",
    ]
    assert "\u201callegations\u201d" in text
    assert '\n  "schema_version": "1.0",' in text
    assert REVIEW_KEY not in golden_text(make_doc())


# --------------------------------------------------------------------------- extract_for_golden


@pytest.fixture
def fake_extract(monkeypatch: pytest.MonkeyPatch) -> list[JSON]:
    """Replace claims.extraction.extract with a recorder returning an empty Document."""
    calls: list[JSON] = []

    def extract(
        text: str, *, nlp: Any = None, doc_id: str = "document", origin: str | None = None
    ) -> Document:
        calls.append({"text": text, "nlp": nlp, "doc_id": doc_id, "origin": origin})
        info = DocumentInfo(id=doc_id, sha256="a" * 64, chars=len(text), origin=origin)
        return Document(info, Generator("claims", "0.1.0", "fake"))

    monkeypatch.setattr(extraction, "extract", extract)
    return calls


def test_extract_for_golden_uses_the_file_name_as_origin(tmp_path: Path, fake_extract: list[JSON]) -> None:
    article = tmp_path / "deep" / "article.txt"
    article.parent.mkdir()
    article.write_text("Officials said the talks failed.\n", encoding="utf-8")
    nlp: Any = object()
    out = extract_for_golden(nlp, article, "golden-stem")
    assert fake_extract == [
        {
            "text": "Officials said the talks failed.\n",
            "nlp": nlp,
            "doc_id": "golden-stem",
            "origin": "article.txt",
        }
    ]
    assert out["document"]["id"] == "golden-stem"
    assert out["document"]["origin"] == "article.txt"
    assert out["document"]["media_type"] == "text/plain"
    assert "text" not in out["document"]
    serialize.validate(out)


def test_extract_for_golden_reads_html_like_the_cli(tmp_path: Path, fake_extract: list[JSON]) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<!doctype html><html><body><article><p>The ministry denied the report on Friday, officials said."
        "</p></article></body></html>",
        encoding="utf-8",
    )
    out = extract_for_golden(FAKE_NLP, page, "page")
    (call,) = fake_extract
    assert "<p>" not in call["text"] and "The ministry denied the report" in call["text"]
    assert out["document"]["media_type"] == "text/html"
    assert out["document"]["text"] == call["text"]


def test_extract_for_golden_wants_exactly_one_document(tmp_path: Path, fake_extract: list[JSON]) -> None:
    lines = tmp_path / "two.jsonl"
    lines.write_text('{"text": "One said."}\n{"text": "Two said."}\n', encoding="utf-8")
    with pytest.raises(InputError, match="expected exactly one document for a golden test, found 2"):
        extract_for_golden(FAKE_NLP, lines, "two")
    with pytest.raises(InputError, match="found nothing at this path"):
        extract_for_golden(FAKE_NLP, tmp_path / "absent.txt", "absent")
    assert fake_extract == []


# --------------------------------------------------------------------------- the plugin, in inner sessions

INNER_CONFTEST = """
import json
from pathlib import Path

import pytest

import claims.extraction
import claims.testing

pytest_plugins = ["claims.testing"]

HERE = Path(__file__).parent
_patch = pytest.MonkeyPatch()


class FakeNLP:
    def __init__(self, model):
        self.model = model


def fake_load_pipeline(model=None):
    if (HERE / "no_model").exists():
        raise claims.errors.ModelNotFound(f"spaCy pipeline {model!r} is not installed")
    with (HERE / "loads.txt").open("a", encoding="utf-8") as fh:
        fh.write(f"{model}\\n")
    return FakeNLP(model)


def fake_extract_for_golden(nlp, path, doc_id):
    assert isinstance(nlp, FakeNLP)
    doc = json.loads((HERE / "fake_output.json").read_text(encoding="utf-8"))
    doc["document"]["id"] = doc_id
    doc["document"]["origin"] = path.name
    return doc


def pytest_configure(config):
    _patch.setattr(claims.extraction, "load_pipeline", fake_load_pipeline)
    _patch.setattr(claims.testing, "extract_for_golden", fake_extract_for_golden)


def pytest_unconfigure(config):
    _patch.undo()
"""

INNER_TEST = """
def test_article(claims_golden):
    out = claims_golden("data/article.txt", "golden/article.json")
    assert out["document"]["id"] == "article"
"""


@pytest.fixture
def project(pytester: pytest.Pytester) -> pytest.Pytester:
    """An inner project: conftest with the fakes, one golden test, the article and the fake output."""
    pytester.makeconftest(INNER_CONFTEST)
    pytester.makepyfile(test_golden=INNER_TEST)
    (pytester.path / "data").mkdir()
    (pytester.path / "data" / "article.txt").write_text("An article.\n", encoding="utf-8")
    set_output(pytester, make_doc())
    return pytester


def set_output(pytester: pytest.Pytester, doc: JSON) -> None:
    (pytester.path / "fake_output.json").write_text(json.dumps(doc), encoding="utf-8")


def write_golden_file(pytester: pytest.Pytester, doc: JSON) -> Path:
    path = pytester.path / "golden" / "article.json"
    path.parent.mkdir(exist_ok=True)
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


def run(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    return pytester.runpytest("-p", "no:cacheprovider", "-p", "no:hypothesispytest", "-W", "error", *args)


def test_plugin_matching_golden_passes(project: pytest.Pytester) -> None:
    golden = make_doc()
    golden["generator"]["version"] = "0.0.1"  # volatile: ignored
    golden["document"]["origin"] = "/elsewhere/article.txt"
    golden[REVIEW_KEY] = {"reviewed_by": "ed", "notes": [], "known_errors": []}
    write_golden_file(project, golden)
    result = run(project)
    result.assert_outcomes(passed=1)
    assert (project.path / "loads.txt").read_text() == "None\n"


def test_plugin_changed_golden_fails_readably(project: pytest.Pytester) -> None:
    golden = make_doc()
    claim(golden, DENIAL_ID)["label"] = "statement"
    write_golden_file(project, golden)
    result = run(project)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*claims golden golden/article.json differs from the output for data/article.txt (1 difference):",
            f"*  claim {DENIAL_ID} ('Moscow and Pyongyang deny*'): label: expected 'statement', got 'denial'",
            "*pytest --claims-update-golden*",
        ]
    )
    result.stdout.no_fnmatch_line("*def check(*")  # pytrace=False: no plugin traceback


def test_plugin_missing_golden_fails_with_a_hint(project: pytest.Pytester) -> None:
    result = run(project)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        ["*golden/article.json does not exist; create it with pytest --claims-update-golden*"]
    )
    assert not (project.path / "golden").exists()


def test_plugin_invalid_output_fails_with_schema_errors(project: pytest.Pytester) -> None:
    bad = make_doc()
    claim(bad, DENIAL_ID)["label"] = "rumour"
    set_output(project, bad)
    write_golden_file(project, bad)
    result = run(project)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*does not validate against the schema:", "*$.claims[[]1].label*"])


def test_plugin_update_rewrites_keeps_review_and_then_passes(project: pytest.Pytester) -> None:
    review = {
        "reviewed_by": "ed",
        "notes": ["second claim checked by hand"],
        "known_errors": [{"claim": DENIAL_ID, "field": "confidence", "expected": 0.95, "why": "clear"}],
    }
    old = make_doc()
    claim(old, DENIAL_ID)["label"] = "statement"
    old[REVIEW_KEY] = review
    golden = write_golden_file(project, old)

    result = run(project, "--claims-update-golden")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(
        [
            "*claims: --claims-update-golden: golden files are rewritten, not compared*",
            "*claims golden files*",
            "rewrote 1 golden file:",
            "  golden/article.json (kept its _review note: check it still holds)",
        ]
    )
    text = golden.read_text(encoding="utf-8")
    expected = make_doc()
    expected["document"]["id"] = "article"
    expected["document"]["origin"] = "article.txt"
    assert text == json.dumps({REVIEW_KEY: review, **expected}, ensure_ascii=False, indent=2) + "\n"
    assert "\u201callegations\u201d" in text  # ensure_ascii=False

    run(project).assert_outcomes(passed=1)

    again = run(project, "--claims-update-golden")  # nothing changed: the file is left alone
    again.assert_outcomes(passed=1)
    again.stdout.fnmatch_lines(["1 golden file unchanged"])
    again.stdout.no_fnmatch_line("rewrote*")
    assert golden.read_text(encoding="utf-8") == text


def test_plugin_update_creates_a_missing_golden(project: pytest.Pytester) -> None:
    result = run(project, "--claims-update-golden")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["  golden/article.json (new: review it)"])
    created = json.loads((project.path / "golden" / "article.json").read_text(encoding="utf-8"))
    assert REVIEW_KEY not in created
    assert compare_documents(make_doc(), created) == []


def test_plugin_doc_id_argument(project: pytest.Pytester) -> None:
    project.makepyfile(
        test_golden="""
def test_article(claims_golden):
    out = claims_golden("data/article.txt", "golden/article.json", doc_id="custom")
    assert out["document"]["id"] == "custom"
"""
    )
    golden = make_doc()
    golden["document"]["id"] = "article"
    write_golden_file(project, golden)
    result = run(project)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*document.id: expected 'article', got 'custom'"])


def test_plugin_model_option_and_ini(project: pytest.Pytester) -> None:
    write_golden_file(project, make_doc())
    project.makeini("[pytest]\nclaims_model = from_ini\n")
    run(project).assert_outcomes(passed=1)
    run(project, "--claims-model", "from_cli").assert_outcomes(passed=1)
    assert (project.path / "loads.txt").read_text() == "from_ini\nfrom_cli\n"


def test_plugin_skips_when_the_model_is_missing(project: pytest.Pytester) -> None:
    project.makepyfile(
        test_golden="""
def test_one(claims_golden):
    raise AssertionError("must not run")

def test_two(claims_nlp):
    raise AssertionError("must not run")
"""
    )
    (project.path / "no_model").touch()
    result = run(project, "-rs", "--claims-model", "xx_missing")
    result.assert_outcomes(skipped=2)
    result.stdout.fnmatch_lines(
        ["*claims: no spaCy pipeline for the golden tests*'xx_missing' is not installed*"]
    )
