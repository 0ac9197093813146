"""Golden-file tests of claims output: an opt-in pytest plugin and the comparison helpers behind it.

Enable the plugin in the ``conftest.py`` at the root of your tests (pytest only honours ``pytest_plugins``
there)::

    pytest_plugins = ["claims.testing"]

and write a test::

    def test_denial_article(claims_golden):
        claims_golden("fixtures/articles/denial.txt", "fixtures/golden/denial.json")

``claims_golden`` reads the article (text, Markdown or HTML: one document per file), extracts its claims
with the session's pipeline (the ``claims_nlp`` fixture), checks the result against the JSON Schema and
compares it with the golden JSON file, failing with one line per difference. Relative paths are taken
from the pytest root directory (``rootdir``), so a test does not depend on the directory it is run from.

Options:

``--claims-update-golden``
    Write the new output to the golden files instead of comparing (a golden whose content is unchanged is
    left alone). A top-level ``"_review"`` key of the old golden (the hand-review note) is kept; the end
    of the session lists the files written.
``--claims-model NAME`` (or the ini option ``claims_model``)
    The spaCy pipeline to load; by default :data:`claims.extraction.DEFAULT_MODELS` are tried in turn. A test
    using ``claims_nlp`` is skipped when the pipeline is not installed.

A golden file is the output of :func:`claims.serialize.to_dict` (``document.id`` is the golden's stem
unless the test passes ``doc_id``; ``document.origin`` is the input's file name), optionally with a review
note::

    "_review": {"reviewed_by": "...", "notes": ["..."],
                "known_errors": [{"claim": "<id or text>", "field": "label", "expected": "denial",
                                  "why": "..."}]}

The comparison ignores ``_review`` and the fields that change without the analysis changing
(:data:`VOLATILE_FIELDS`: the generator version and model, the document origin). A difference on a field
listed in ``known_errors`` is marked in the report, so a fix of a known error is easy to spot.

:func:`compare_documents` and :func:`normalise` need no fixture and can be used directly. The fixture
reaches extraction only through :func:`extract_for_golden`, which a test may monkeypatch.

(PYTEST_DONT_REWRITE: the plugin's asserts need no rewriting, and the module may be imported before pytest
registers it, e.g. by a conftest or a test that uses :func:`compare_documents`.)
"""

from __future__ import annotations

import copy
import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import pytest

from claims import extraction as _extraction
from claims import serialize
from claims.errors import ClaimsError, InputError, ModelNotFound, SchemaError
from claims.text import InputDocument, read_path

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = [
    "REVIEW_KEY",
    "VOLATILE_FIELDS",
    "GoldenCheck",
    "claims_golden",
    "claims_nlp",
    "compare_documents",
    "extract_for_golden",
    "golden_text",
    "normalise",
    "read_golden",
    "write_golden",
]

JSON = dict[str, Any]
StrPath = str | os.PathLike[str]

REVIEW_KEY = "_review"
"""The top-level key of a golden file holding its hand-review note; never compared, kept on update."""

VOLATILE_FIELDS: tuple[tuple[str, str], ...] = (
    ("generator", "version"),
    ("generator", "model"),
    ("document", "origin"),
)
"""Fields (object, key) left out of comparisons: they change with the release, the installed model or the
checkout location, not with the analysis."""

MAX_REPORTED = 60
"""At most this many difference lines in a failure report; the rest are counted."""

_SNIPPET = 40
_SHA256 = "document.sha256"
_VALUE = 80


# --------------------------------------------------------------------------- comparison


def normalise(doc: JSON) -> JSON:
    """A deep copy of ``doc`` without :data:`VOLATILE_FIELDS` and without the ``_review`` note."""
    out = copy.deepcopy(doc)
    out.pop(REVIEW_KEY, None)
    for parent, key in VOLATILE_FIELDS:
        section = out.get(parent)
        if isinstance(section, dict):
            section.pop(key, None)
    return out


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def _show(value: Any) -> str:
    """A compact, readable form of a JSON value: spans as 'text'@start:end, long values shortened."""
    if (
        isinstance(value, dict)
        and {"text", "start", "end"} <= value.keys()
        and isinstance(value["text"], str)
    ):
        return f"{_short(value['text'], _SNIPPET)!r}@{value['start']}:{value['end']}"
    if isinstance(value, list):
        return _short("[" + ", ".join(_show(v) for v in value) + "]", _VALUE)
    if isinstance(value, str):
        return repr(_short(value, _VALUE)) if len(value) > _VALUE else repr(value)
    return _short(json.dumps(value, ensure_ascii=False), _VALUE)


def _same(expected: Any, actual: Any) -> bool:
    # JSON-equal: 1 == 1.0 holds, but True must not equal 1.
    return bool(expected == actual) and isinstance(expected, bool) == isinstance(actual, bool)


def _diff(path: str, expected: Any, actual: Any) -> Iterator[tuple[str, str]]:
    """(path, message) for each differing leaf; dicts by key, lists of equal length item by item."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        for key in [*expected, *(k for k in actual if k not in expected)]:
            sub = f"{path}.{key}" if path else str(key)
            if key not in actual:
                yield sub, f"missing (expected {_show(expected[key])})"
            elif key not in expected:
                yield sub, f"unexpected {_show(actual[key])}"
            else:
                yield from _diff(sub, expected[key], actual[key])
    elif isinstance(expected, list) and isinstance(actual, list) and len(expected) == len(actual):
        for i, (e, a) in enumerate(zip(expected, actual, strict=True)):
            yield from _diff(f"{path}[{i}]", e, a)
    elif not _same(expected, actual):
        yield path, f"expected {_show(expected)}, got {_show(actual)}"


@dataclass(frozen=True, slots=True)
class _KnownError:
    claim: str
    field: str
    expected: Any


def _known_errors(doc: JSON) -> list[_KnownError]:
    review = doc.get(REVIEW_KEY)
    entries = review.get("known_errors") if isinstance(review, dict) else None
    if not isinstance(entries, list):
        return []
    return [
        _KnownError(str(e["claim"]), str(e["field"]), e.get("expected"))
        for e in entries
        if isinstance(e, dict) and "claim" in e and "field" in e
    ]


def _known_note(
    known: Sequence[_KnownError], claim_id: str, texts: Sequence[str], field: str, value: Any
) -> str:
    for k in known:
        names_claim = k.claim == claim_id or any(k.claim and k.claim in t for t in texts)
        if names_claim and k.field == field:
            if _same(k.expected, value):
                return " [fixes a known error noted in _review]"
            return f" [known error noted in _review: should be {_show(k.expected)}]"
    return ""


def _keyed(items: list[Any], key_of: Any) -> dict[Any, Any]:
    """Items by key; a repeated key gets its occurrence number so nothing is lost."""
    out: dict[Any, Any] = {}
    seen: dict[Any, int] = {}
    for item in items:
        key = key_of(item)
        n = seen.get(key, 0)
        seen[key] = n + 1
        out[(key, n)] = item
    return out


def _claim_name(claim_id: str, claim: JSON) -> str:
    text = claim.get("text")
    return f"claim {claim_id} ({_short(text, _SNIPPET)!r})" if isinstance(text, str) else f"claim {claim_id}"


def _claim_summary(claim: JSON) -> str:
    source = claim.get("source")
    who = _show(source.get("text")) if isinstance(source, dict) else "no source"
    return f"{claim.get('label')}, source {who}"


def _compare_claims(expected: list[Any], actual: list[Any], known: Sequence[_KnownError]) -> list[str]:
    def has_id(c: Any) -> bool:
        return isinstance(c, dict) and isinstance(c.get("id"), str)

    if not all(map(has_id, expected)) or not all(map(has_id, actual)):
        return [f"{p}: {m}" for p, m in _diff("claims", expected, actual)]
    exp = _keyed(expected, lambda c: c["id"])
    act = _keyed(actual, lambda c: c["id"])
    lines: list[str] = []
    for key, e in exp.items():
        claim_id = key[0]
        if key not in act:
            lines.append(f"missing {_claim_name(claim_id, e)}: {_claim_summary(e)}")
            continue
        a = act[key]
        texts = [t for t in (e.get("text"), a.get("text")) if isinstance(t, str)]
        for path, message in _diff("", e, a):
            value = _lookup(a, path)
            note = _known_note(known, claim_id, texts, path, value)
            lines.append(f"{_claim_name(claim_id, e)}: {path}: {message}{note}")
    lines.extend(
        f"unexpected {_claim_name(key[0], a)}: {_claim_summary(a)}"
        for key, a in act.items()
        if key not in exp
    )
    common_exp = [k for k in exp if k in act]
    common_act = [k for k in act if k in exp]
    if common_exp != common_act:
        lines.append(
            "claims: order changed: expected "
            + _short(", ".join(k[0] for k in common_exp), 2 * _VALUE)
            + "; got "
            + _short(", ".join(k[0] for k in common_act), 2 * _VALUE)
        )
    return lines


def _lookup(value: Any, path: str) -> Any:
    """The value at a path made by :func:`_diff` (``a.b[2].c``), or None when absent."""
    for part in path.replace("[", ".[").split("."):
        if not part:
            continue
        if part.startswith("["):
            index = int(part[1:-1])
            value = value[index] if isinstance(value, list) and index < len(value) else None
        else:
            value = value.get(part) if isinstance(value, dict) else None
    return value


def _compare_skipped(expected: list[Any], actual: list[Any]) -> list[str]:
    def is_span(s: Any) -> bool:
        return isinstance(s, dict) and isinstance(s.get("start"), int) and isinstance(s.get("end"), int)

    if not all(map(is_span, expected)) or not all(map(is_span, actual)):
        return [f"{p}: {m}" for p, m in _diff("skipped", expected, actual)]
    exp = _keyed(expected, lambda s: (s["start"], s["end"]))
    act = _keyed(actual, lambda s: (s["start"], s["end"]))

    def name(key: Any, span: JSON) -> str:
        (start, end), _ = key
        text = span.get("text")
        shown = f" ({_short(text, _SNIPPET)!r})" if isinstance(text, str) else ""
        return f"skipped span {start}:{end}{shown}"

    lines: list[str] = []
    for key, e in exp.items():
        if key not in act:
            lines.append(f"missing {name(key, e)}: reason {_show(e.get('reason'))}")
        else:
            lines.extend(f"{name(key, e)}: {p}: {m}" for p, m in _diff("", e, act[key]))
    lines.extend(
        f"unexpected {name(key, a)}: reason {_show(a.get('reason'))}"
        for key, a in act.items()
        if key not in exp
    )
    return lines


def compare_documents(expected: JSON, actual: JSON) -> list[str]:
    """The differences between two claims documents (JSON dicts) as readable lines; ``[]`` when equal.

    :data:`VOLATILE_FIELDS` and ``_review`` are ignored. Claims are matched by ``id`` and reported as
    missing, unexpected or changed (one line per differing field, e.g. ``claim c0123456789 ("Moscow
    denies..."): label: expected 'denial', got 'statement'``); skipped spans are matched by offsets;
    other fields are compared one by one (``document.sha256: expected ..., got ...``). A change of a
    field listed in ``expected["_review"]["known_errors"]`` is marked as such.
    """
    known = _known_errors(expected)
    exp, act = normalise(expected), normalise(actual)
    lines: list[str] = []
    for key in [*exp, *(k for k in act if k not in exp)]:
        if key not in act:
            lines.append(f"{key}: missing (expected {_show(exp[key])})")
        elif key not in exp:
            lines.append(f"{key}: unexpected {_show(act[key])}")
        elif key == "claims" and isinstance(exp[key], list) and isinstance(act[key], list):
            lines.extend(_compare_claims(exp[key], act[key], known))
        elif key == "skipped" and isinstance(exp[key], list) and isinstance(act[key], list):
            lines.extend(_compare_skipped(exp[key], act[key]))
        else:
            for path, message in _diff(key, exp[key], act[key]):
                hint = " (the input text is not the one the golden was made from)" if path == _SHA256 else ""
                lines.append(f"{path}: {message}{hint}")
    return lines


# --------------------------------------------------------------------------- golden files


def read_golden(path: StrPath) -> JSON:
    """A golden file's JSON object (raises ``ValueError`` when it is not one)."""
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    if not isinstance(data, dict):
        raise ValueError(f"{os.fspath(path)}: expected a JSON object, found a JSON {type(data).__name__}")
    return data


def golden_text(doc: JSON, review: Any = None) -> str:
    """The text of a golden file: ``review`` (when not None) under ``_review`` first, then ``doc`` in its
    own key order; indented by 2, non-ASCII characters kept, with a final newline."""
    data = {REVIEW_KEY: review, **doc} if review is not None else dict(doc)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write_golden(path: StrPath, doc: JSON, review: Any = None) -> None:
    """Write a golden file (see :func:`golden_text`), creating its folder if needed."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(golden_text(doc, review))


def extract_for_golden(nlp: Language, path: Path, doc_id: str) -> JSON:
    """The claims document (JSON dict) of the one article in ``path``, with id ``doc_id`` and origin the
    file's name (not its path), so the output does not depend on where the repository is checked out.

    HTML is reduced to its text as the CLI does (the result then carries ``document.text``). Raises
    :class:`~claims.errors.InputError` when the file cannot be read or does not hold exactly one document.
    This is the fixture's only way to extraction: tests of the plugin replace it.
    """
    items = list(read_path(os.fspath(path)))
    for item in items:
        if isinstance(item, InputError):
            raise item
    if len(items) != 1:
        raise InputError(
            f"{path}: expected exactly one document for a golden test, found {len(items)}; "
            "give each article its own file",
            origin=os.fspath(path),
            kind="golden",
        )
    item = items[0]
    assert isinstance(item, InputDocument)
    document = _extraction.extract(item.text, nlp=nlp, doc_id=doc_id, origin=path.name)
    info = replace(document.document, media_type=item.media_type, text=item.text if item.derived else None)
    return serialize.to_dict(replace(document, document=info))


# --------------------------------------------------------------------------- the pytest plugin


@dataclass(frozen=True, slots=True)
class _Written:
    path: Path
    created: bool
    kept_review: bool


_WRITTEN = pytest.StashKey[list[_Written]]()
_UNCHANGED = pytest.StashKey[list[Path]]()


class GoldenCheck(Protocol):
    """The type of the ``claims_golden`` fixture."""

    def __call__(self, input_path: StrPath, golden_path: StrPath, *, doc_id: str | None = None) -> JSON: ...


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("claims", "claims golden-file tests (claims.testing)")
    group.addoption(
        "--claims-update-golden",
        action="store_true",
        default=False,
        dest="claims_update_golden",
        help="rewrite the claims golden files with the current output instead of comparing "
        "(keeps their _review note)",
    )
    group.addoption(
        "--claims-model",
        default=None,
        dest="claims_model",
        metavar="NAME",
        help="spaCy pipeline (package name or path) for the claims fixtures; "
        "default: the claims_model ini option, else the default English pipelines",
    )
    parser.addini(
        "claims_model", "spaCy pipeline for the claims fixtures (overridden by --claims-model)", default=""
    )


def _model(config: pytest.Config) -> str | None:
    option = config.getoption("claims_model")
    if option:
        return str(option)
    ini = config.getini("claims_model")
    return str(ini) if ini else None


def _updating(config: pytest.Config) -> bool:
    return bool(config.getoption("claims_update_golden"))


def pytest_report_header(config: pytest.Config) -> str | None:
    if _updating(config):
        return "claims: --claims-update-golden: golden files are rewritten, not compared"
    return None


@pytest.fixture(scope="session")
def claims_nlp(pytestconfig: pytest.Config) -> Language:
    """The claims spaCy pipeline, loaded once per session; the test is skipped when it is not installed."""
    model = _model(pytestconfig)
    try:
        nlp: Language = _extraction.load_pipeline(model)
    except ModelNotFound as exc:
        pytest.skip(f"claims: no spaCy pipeline for the golden tests ({exc})")
    return nlp


def _resolve(root: Path, path: StrPath) -> Path:
    p = Path(path)
    return p if p.is_absolute() else root / p


def _display(root: Path, path: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return str(path)


@pytest.fixture
def claims_golden(claims_nlp: Language, pytestconfig: pytest.Config) -> GoldenCheck:
    """``check(input_path, golden_path, *, doc_id=None) -> dict``: extract the claims of the article at
    ``input_path`` and compare them with the golden file (or rewrite it under ``--claims-update-golden``);
    returns the new output. Relative paths are taken from the pytest rootdir."""
    config = pytestconfig
    root = config.rootpath

    def check(input_path: StrPath, golden_path: StrPath, *, doc_id: str | None = None) -> JSON:
        source = _resolve(root, input_path)
        golden = _resolve(root, golden_path)
        shown = _display(root, golden)
        try:
            actual = extract_for_golden(claims_nlp, source, doc_id if doc_id is not None else golden.stem)
        except ClaimsError as exc:
            pytest.fail(f"claims golden {shown}: cannot extract the input: {exc}", pytrace=False)
        try:
            serialize.validate(actual)
        except SchemaError as exc:
            errors = "\n".join(f"  {e}" for e in exc.errors) or f"  {exc}"
            pytest.fail(
                f"claims golden {shown}: the output does not validate against the schema:\n{errors}",
                pytrace=False,
            )

        old: JSON | None = None
        if golden.exists():
            try:
                old = read_golden(golden)
            except (ValueError, UnicodeDecodeError) as exc:
                pytest.fail(
                    f"claims golden {shown}: cannot read it ({exc}); fix it by hand or delete it and "
                    "run pytest --claims-update-golden",
                    pytrace=False,
                )
        elif not _updating(config):
            pytest.fail(
                f"claims golden {shown} does not exist; create it with pytest --claims-update-golden "
                "and review it",
                pytrace=False,
            )

        if _updating(config):
            if old is None or compare_documents(old, actual):
                review = old.get(REVIEW_KEY) if old is not None else None
                write_golden(golden, actual, review)
                config.stash.setdefault(_WRITTEN, []).append(
                    _Written(golden, created=old is None, kept_review=review is not None)
                )
            else:
                config.stash.setdefault(_UNCHANGED, []).append(golden)
            return actual

        assert old is not None
        differences = compare_documents(old, actual)
        if differences:
            shown_lines = differences[:MAX_REPORTED]
            if len(differences) > MAX_REPORTED:
                shown_lines.append(f"... and {len(differences) - MAX_REPORTED} more")
            count = f"{len(differences)} difference{'s' if len(differences) != 1 else ''}"
            report = "\n".join(
                [
                    f"claims golden {shown} differs from the output for {_display(root, source)} ({count}):",
                    *(f"  {line}" for line in shown_lines),
                    "If the new output is right, rewrite the golden with pytest --claims-update-golden "
                    "and review the diff.",
                ]
            )
            pytest.fail(report, pytrace=False)
        return actual

    return check


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    written = config.stash.get(_WRITTEN, [])
    unchanged = config.stash.get(_UNCHANGED, [])
    if not written and not unchanged:
        return
    root = config.rootpath
    terminalreporter.section("claims golden files")
    if written:
        terminalreporter.write_line(f"rewrote {len(written)} golden file{'s' if len(written) != 1 else ''}:")
        for w in written:
            if w.created:
                note = " (new: review it)"
            elif w.kept_review:
                note = " (kept its _review note: check it still holds)"
            else:
                note = ""
            terminalreporter.write_line(f"  {_display(root, w.path)}{note}")
    if unchanged:
        terminalreporter.write_line(
            f"{len(unchanged)} golden file{'s' if len(unchanged) != 1 else ''} unchanged"
        )
