"""What changed between two runs: claims added, removed and changed, per document.

Compare two outputs of ``claims extract`` over the same articles (JSON, a JSON array, or JSONL; golden files
with a ``_review`` note too)::

    from claims.diff import diff_documents, diff_files

    result = diff_files("old.jsonl", "new.jsonl")
    if result.has_changes:
        print(result.format_text())

    d = diff_documents(golden, actual)      # two claims documents (JSON dicts)
    assert not d.has_changes, "\\n".join(d.lines())

Documents are matched by ``document.id`` (a repeated id by its occurrence). Claims are matched by ``id``;
claims whose id changed are then matched by their content span and cue start (``start``, ``end``,
``cue.start``). A matched claim is changed when one of :data:`CLAIM_FIELDS` differs (``span`` is the
content's text, offsets and fragments); ``parent`` and ``responds_to`` are compared through the matching,
so a claim whose id changed does not show its nested claims as changed. A claim id that changed is a
change too. Skipped spans added or removed, a different input text (``document.sha256``) and an error record
that appears or goes are document-level changes. The generator's version and model and the document origin
are not compared (a change of model is shown as a note).

Nothing here prints or exits; :func:`read_records` and :func:`load_documents` raise
:class:`~claims.errors.InputError` for a file that cannot be used.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from claims.errors import InputError

__all__ = [
    "ALL_FIELDS",
    "CLAIM_FIELDS",
    "ClaimChange",
    "DocumentDiff",
    "DocumentRef",
    "FieldChange",
    "FilesDiff",
    "check_records",
    "diff_documents",
    "diff_files",
    "diff_records",
    "load_documents",
    "parse_records",
    "read_records",
    "show",
]

JSON = dict[str, Any]

CLAIM_FIELDS: tuple[str, ...] = ("label", "source", "span", "cue", "targets", "parent", "responds_to")
"""The claim fields compared by default (``span``: the content's text, start, end and fragments)."""

ALL_FIELDS: tuple[str, ...] = (*CLAIM_FIELDS, "confidence", "evidence")
"""Every claim field: :data:`CLAIM_FIELDS` plus ``confidence`` and ``evidence``."""

REVIEW_KEY = "_review"
_SNIPPET = 50
_VALUE = 100


# --------------------------------------------------------------------------- results


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def show(value: Any) -> str:
    """A compact readable form of a claim field value: a span as ``'text'@start:end``, a source as
    ``'It' (pronoun) -> 'the State Department'@193:213``, a cue as ``'said' (speech)``."""
    if value is None:
        return "none"
    if isinstance(value, dict) and {"text", "start", "end"} <= value.keys():
        shown = f"{_short(str(value['text']), _SNIPPET)!r}@{value['start']}:{value['end']}"
        if "kind" in value:
            shown += f" ({value['kind']})"
        resolved = value.get("resolved")
        if isinstance(resolved, dict):
            shown += f" -> {show(resolved)}"
        fragments = value.get("fragments")
        if isinstance(fragments, list):
            shown += " in fragments " + ", ".join(show(f) for f in fragments)
        return shown
    if isinstance(value, list):
        return _short("[" + ", ".join(show(v) for v in value) + "]", 2 * _VALUE)
    if isinstance(value, str):
        return repr(_short(value, _VALUE))
    return _short(json.dumps(value, ensure_ascii=False), _VALUE)


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field that differs: its name and the old and new values (JSON data)."""

    field: str
    old: Any
    new: Any

    def describe(self) -> str:
        return f"{self.field}: {show(self.old)} -> {show(self.new)}"

    def to_dict(self) -> JSON:
        return {"field": self.field, "old": self.old, "new": self.new}


@dataclass(frozen=True, slots=True)
class ClaimChange:
    """A claim found in both runs with different fields. ``matched_by`` is ``"id"`` or ``"span"`` (the id
    changed: the claim was found by its content span and cue start)."""

    old_id: str
    new_id: str
    text: str
    matched_by: str
    changes: tuple[FieldChange, ...]

    def fields(self) -> list[str]:
        return [c.field for c in self.changes]

    def to_dict(self) -> JSON:
        return {
            "old_id": self.old_id,
            "new_id": self.new_id,
            "text": self.text,
            "matched_by": self.matched_by,
            "changes": [c.to_dict() for c in self.changes],
        }


@dataclass(frozen=True, slots=True)
class DocumentRef:
    """A document present in one run only."""

    id: str
    claims: int
    error: str | None = None  # the error kind, for an error record

    def describe(self) -> str:
        if self.error is not None:
            return f"document {self.id} (error record: {self.error})"
        return f"document {self.id} ({self.claims} claim{'' if self.claims == 1 else 's'})"

    def to_dict(self) -> JSON:
        return {"id": self.id, "claims": self.claims, "error": self.error}


def _snippet(text: Any) -> str:
    return repr(_short(text, _SNIPPET)) if isinstance(text, str) else show(text)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _claim_line(claim: JSON) -> str:
    source = claim.get("source")
    who = f"source {show(source.get('text'))}" if isinstance(source, dict) else "unattributed"
    where = f"@{claim.get('start')}:{claim.get('end')}"
    return f"{claim.get('id')} ({claim.get('label')}, {who}): {_snippet(claim.get('text'))}{where}"


@dataclass(frozen=True, slots=True)
class DocumentDiff:
    """The differences between two runs' claims documents for one article."""

    document_id: str
    added: tuple[JSON, ...] = ()
    removed: tuple[JSON, ...] = ()
    changed: tuple[ClaimChange, ...] = ()
    document_changes: tuple[FieldChange, ...] = ()
    skipped_added: tuple[JSON, ...] = ()
    skipped_removed: tuple[JSON, ...] = ()
    unchanged: int = 0
    notes: tuple[str, ...] = ()

    @property
    def has_changes(self) -> bool:
        return bool(
            self.added
            or self.removed
            or self.changed
            or self.document_changes
            or self.skipped_added
            or self.skipped_removed
        )

    def counts(self) -> JSON:
        return {
            "added": len(self.added),
            "removed": len(self.removed),
            "changed": len(self.changed),
            "unchanged": self.unchanged,
        }

    def lines(self) -> list[str]:
        """The differences as readable lines (no header), ``[]`` when there are none."""
        out = [f"document: {c.describe()}" for c in self.document_changes]
        for change in self.changed:
            ids = change.new_id if change.old_id == change.new_id else f"{change.old_id} -> {change.new_id}"
            out.append(
                f"changed {ids} {_snippet(change.text)}: " + "; ".join(c.describe() for c in change.changes)
            )
        out.extend(f"added {_claim_line(c)}" for c in self.added)
        out.extend(f"removed {_claim_line(c)}" for c in self.removed)
        out.extend(f"skipped added: {show(s)} ({s.get('reason')})" for s in self.skipped_added)
        out.extend(f"skipped removed: {show(s)} ({s.get('reason')})" for s in self.skipped_removed)
        return out

    def format_text(self) -> str:
        """A heading with the counts and the indented :meth:`lines` (plus notes)."""
        counts = ", ".join(
            f"{n} {what}"
            for what, n in (
                ("changed", len(self.changed)),
                ("added", len(self.added)),
                ("removed", len(self.removed)),
            )
            if n
        )
        heading = f"document {self.document_id}: " + (counts or "document fields changed")
        if not self.has_changes:
            heading = f"document {self.document_id}: no changes"
        return "\n".join(
            [heading, *(f"  {line}" for line in self.lines()), *(f"  note: {n}" for n in self.notes)]
        )

    def to_dict(self) -> JSON:
        return {
            "document_id": self.document_id,
            "changed": self.has_changes,
            "counts": self.counts(),
            "document_changes": [c.to_dict() for c in self.document_changes],
            "claims_changed": [c.to_dict() for c in self.changed],
            "claims_added": list(self.added),
            "claims_removed": list(self.removed),
            "skipped_added": list(self.skipped_added),
            "skipped_removed": list(self.skipped_removed),
            "notes": list(self.notes),
        }


@dataclass(frozen=True, slots=True)
class FilesDiff:
    """The differences between two claims files: per document in both, and the documents in one only."""

    old: str
    new: str
    documents: tuple[DocumentDiff, ...] = ()
    only_old: tuple[DocumentRef, ...] = ()
    only_new: tuple[DocumentRef, ...] = ()
    fields: tuple[str, ...] = CLAIM_FIELDS

    @property
    def has_changes(self) -> bool:
        return bool(self.only_old or self.only_new or any(d.has_changes for d in self.documents))

    def summary(self) -> JSON:
        return {
            "documents_compared": len(self.documents),
            "documents_changed": sum(d.has_changes for d in self.documents),
            "documents_only_old": len(self.only_old),
            "documents_only_new": len(self.only_new),
            "claims_added": sum(len(d.added) for d in self.documents),
            "claims_removed": sum(len(d.removed) for d in self.documents),
            "claims_changed": sum(len(d.changed) for d in self.documents),
            "claims_unchanged": sum(d.unchanged for d in self.documents),
        }

    def summary_line(self) -> str:
        s = self.summary()
        if not self.has_changes:
            docs, claims = s["documents_compared"], s["claims_unchanged"]
            return f"no changes: {_plural(docs, 'document')}, {_plural(claims, 'claim')}"
        line = (
            f"{s['documents_changed']} of {s['documents_compared']} documents changed; claims: "
            f"{s['claims_changed']} changed, {s['claims_added']} added, {s['claims_removed']} removed, "
            f"{s['claims_unchanged']} unchanged"
        )
        if self.only_old or self.only_new:
            line += f"; documents only in OLD: {len(self.only_old)}, only in NEW: {len(self.only_new)}"
        return line

    def format_text(self) -> str:
        """The readable report: a block per changed document, the documents in one file only, a summary."""
        blocks = [f"--- {self.old}", f"+++ {self.new}"]
        blocks.extend(d.format_text() for d in self.documents if d.has_changes)
        blocks.extend(f"only in OLD: {ref.describe()}" for ref in self.only_old)
        blocks.extend(f"only in NEW: {ref.describe()}" for ref in self.only_new)
        notes = sorted({n for d in self.documents if not d.has_changes for n in d.notes})
        blocks.extend(f"note: {n}" for n in notes)
        blocks.append(self.summary_line())
        return "\n".join(blocks)

    def to_dict(self) -> JSON:
        """JSON data: the files, whether anything changed, the counts, the changed documents (unchanged ones
        are only counted) and the documents in one file only."""
        return {
            "old": self.old,
            "new": self.new,
            "changed": self.has_changes,
            "fields": list(self.fields),
            "summary": self.summary(),
            "documents": [d.to_dict() for d in self.documents if d.has_changes],
            "only_old": [r.to_dict() for r in self.only_old],
            "only_new": [r.to_dict() for r in self.only_new],
        }


# --------------------------------------------------------------------------- comparing documents


def _is_error(doc: JSON) -> bool:
    return "error" in doc and "claims" not in doc


def _info(doc: JSON) -> JSON:
    info = doc.get("document")
    return info if isinstance(info, dict) else {}


def _claims(doc: JSON) -> list[JSON]:
    claims = doc.get("claims")
    return [c for c in claims if isinstance(c, dict)] if isinstance(claims, list) else []


def _keyed(items: Iterable[JSON], key_of: Any) -> dict[tuple[Any, int], JSON]:
    """Items by (key, occurrence), so a repeated key loses nothing."""
    out: dict[tuple[Any, int], JSON] = {}
    seen: dict[Any, int] = {}
    for item in items:
        key = key_of(item)
        n = seen.get(key, 0)
        seen[key] = n + 1
        out[(key, n)] = item
    return out


def _span_key(claim: JSON) -> tuple[Any, Any, Any]:
    cue = claim.get("cue")
    return (claim.get("start"), claim.get("end"), cue.get("start") if isinstance(cue, dict) else None)


def _span(claim: JSON) -> JSON:
    out = {"text": claim.get("text"), "start": claim.get("start"), "end": claim.get("end")}
    if claim.get("fragments"):
        out["fragments"] = claim["fragments"]
    return out


def _same(a: Any, b: Any) -> bool:
    # JSON-equal: 1 == 1.0 holds, but True must not equal 1
    return bool(a == b) and isinstance(a, bool) == isinstance(b, bool)


def _compare_claim(old: JSON, new: JSON, fields: Sequence[str], id_map: dict[str, str]) -> list[FieldChange]:
    changes: list[FieldChange] = []
    if old.get("id") != new.get("id"):
        changes.append(FieldChange("id", old.get("id"), new.get("id")))
    for name in fields:
        a: Any = _span(old) if name == "span" else old.get(name)
        b: Any = _span(new) if name == "span" else new.get(name)
        if name in {"parent", "responds_to"}:
            if not _same(id_map.get(a, a) if isinstance(a, str) else a, b):
                changes.append(FieldChange(name, a, b))
        elif not _same(a, b):
            changes.append(FieldChange(name, a, b))
    return changes


def _document_changes(old: JSON, new: JSON) -> tuple[list[FieldChange], list[str]]:
    changes: list[FieldChange] = []
    notes: list[str] = []
    if _is_error(old) or _is_error(new):
        a = old.get("error") if _is_error(old) else None
        b = new.get("error") if _is_error(new) else None
        if not _same(a, b):
            changes.append(FieldChange("error", a, b))
    if not _same(old.get("schema_version"), new.get("schema_version")):
        changes.append(FieldChange("schema_version", old.get("schema_version"), new.get("schema_version")))
    if not (_is_error(old) or _is_error(new)):
        oi, ni = _info(old), _info(new)
        for key in ("id", "sha256", "chars", "media_type"):
            if not _same(oi.get(key), ni.get(key)):
                changes.append(FieldChange(f"document.{key}", oi.get(key), ni.get(key)))
        if not _same(oi.get("sha256"), ni.get("sha256")):
            notes.append("the input text differs (document.sha256): offsets are not comparable")
        og, ng = old.get("generator"), new.get("generator")
        if isinstance(og, dict) and isinstance(ng, dict):
            for key in ("version", "model"):
                if og.get(key) != ng.get(key):
                    notes.append(f"generator {key}: {og.get(key)} -> {ng.get(key)} (not compared)")
            # results written before the settings were recorded have none: "not recorded"
            o_set, n_set = og.get("settings") or {}, ng.get("settings") or {}
            for key in sorted(set(o_set) | set(n_set)):
                was, now = o_set.get(key, "not recorded"), n_set.get(key, "not recorded")
                if was != now:
                    notes.append(
                        f"generator setting {key}: {was} -> {now} (the claims may differ because of it)"
                    )
    return changes, notes


def _skipped_key(s: JSON) -> tuple[Any, Any, Any, Any]:
    return (s.get("start"), s.get("end"), s.get("text"), s.get("reason"))


def diff_documents(old: JSON, new: JSON, *, fields: Sequence[str] = CLAIM_FIELDS) -> DocumentDiff:
    """The differences between two claims documents (JSON form) of the same article.

    ``fields`` are the claim fields compared (default :data:`CLAIM_FIELDS`; :data:`ALL_FIELDS` adds
    ``confidence`` and ``evidence``). An error record counts as a document without claims whose ``error``
    differs from the other's.
    """
    unknown = sorted(set(fields) - set(ALL_FIELDS))
    if unknown:
        raise ValueError(f"unknown claim fields {unknown}; expected some of {', '.join(ALL_FIELDS)}")
    old_claims, new_claims = _claims(old), _claims(new)
    old_by_id = _keyed(old_claims, lambda c: c.get("id"))
    new_by_id = _keyed(new_claims, lambda c: c.get("id"))
    pairs: list[tuple[JSON, JSON, str]] = [
        (o, new_by_id[k], "id") for k, o in old_by_id.items() if k in new_by_id
    ]
    rest_old = [o for k, o in old_by_id.items() if k not in new_by_id]
    rest_new = [n for k, n in new_by_id.items() if k not in old_by_id]
    # claims whose id changed: the same content span and cue start
    old_by_span = _keyed(rest_old, _span_key)
    new_by_span = _keyed(rest_new, _span_key)
    pairs.extend((o, new_by_span[k], "span") for k, o in old_by_span.items() if k in new_by_span)
    matched_old = {id(o) for o, _, _ in pairs}
    matched_new = {id(n) for _, n, _ in pairs}
    id_map: dict[str, str] = {}
    for o, n, _ in pairs:
        if isinstance(o.get("id"), str) and isinstance(n.get("id"), str):
            id_map.setdefault(o["id"], n["id"])
    order = {id(c): i for i, c in enumerate(new_claims)}
    pairs.sort(key=lambda p: order[id(p[1])])
    changed = []
    unchanged = 0
    for o, n, how in pairs:
        changes = _compare_claim(o, n, fields, id_map)
        if changes:
            changed.append(
                ClaimChange(str(o.get("id")), str(n.get("id")), str(n.get("text")), how, tuple(changes))
            )
        else:
            unchanged += 1
    document_changes, notes = _document_changes(old, new)
    old_skipped = _keyed((s for s in old.get("skipped") or [] if isinstance(s, dict)), _skipped_key)
    new_skipped = _keyed((s for s in new.get("skipped") or [] if isinstance(s, dict)), _skipped_key)
    doc_id = _info(new).get("id", _info(old).get("id"))
    return DocumentDiff(
        document_id=str(doc_id),
        added=tuple(c for c in new_claims if id(c) not in matched_new),
        removed=tuple(c for c in old_claims if id(c) not in matched_old),
        changed=tuple(changed),
        document_changes=tuple(document_changes),
        skipped_added=tuple(s for k, s in new_skipped.items() if k not in old_skipped),
        skipped_removed=tuple(s for k, s in old_skipped.items() if k not in new_skipped),
        unchanged=unchanged,
        notes=tuple(notes),
    )


def _ref(doc: JSON, shown_id: str) -> DocumentRef:
    error = doc.get("error") if _is_error(doc) else None
    kind = str(error.get("kind")) if isinstance(error, dict) else None
    return DocumentRef(shown_id, len(_claims(doc)), kind)


def diff_records(
    old: Sequence[JSON],
    new: Sequence[JSON],
    *,
    old_name: str = "OLD",
    new_name: str = "NEW",
    fields: Sequence[str] = CLAIM_FIELDS,
) -> FilesDiff:
    """The differences between two runs given as lists of claims documents, matched by ``document.id``
    (the n-th document with a repeated id matches the n-th in the other run). Documents are reported in the
    order of ``new``."""
    old_docs = _keyed(old, lambda d: str(_info(d).get("id")))
    new_docs = _keyed(new, lambda d: str(_info(d).get("id")))

    def shown(key: tuple[Any, int]) -> str:
        return str(key[0]) if key[1] == 0 else f"{key[0]} (#{key[1] + 1})"

    documents = []
    for key, n in new_docs.items():
        if key in old_docs:
            d = diff_documents(old_docs[key], n, fields=fields)
            if key[1]:
                d = replace(d, document_id=shown(key))
            documents.append(d)
    return FilesDiff(
        old=old_name,
        new=new_name,
        documents=tuple(documents),
        only_old=tuple(_ref(d, shown(k)) for k, d in old_docs.items() if k not in new_docs),
        only_new=tuple(_ref(d, shown(k)) for k, d in new_docs.items() if k not in old_docs),
        fields=tuple(fields),
    )


# --------------------------------------------------------------------------- reading files


def parse_records(data: bytes, name: str) -> list[tuple[int, Any]]:
    """The records of claims JSON (one object; an array, numbered 1, 2, ...) or JSONL (numbered by line).
    Raises :class:`InputError` when the data is not UTF-8, empty, or not JSON/JSONL."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: expected claims JSON or JSONL (UTF-8), found the byte 0x{data[exc.start]:02x} at byte "
            f"offset {exc.start}, which is not UTF-8; pass the output of claims extract",
            origin=name,
        ) from None
    if not text.strip():
        raise InputError(
            f"{name}: expected claims JSON or JSONL, found an empty file; pass the output of claims extract",
            origin=name,
        )
    try:
        whole = json.loads(text)
    except json.JSONDecodeError:
        records: list[tuple[int, Any]] = []
        for number, line in enumerate(text.split("\n"), start=1):
            if not line.strip():
                continue
            try:
                records.append((number, json.loads(line)))
            except json.JSONDecodeError as exc:
                raise InputError(
                    f"{name}:{number}: expected one claims record per line (JSONL) or one JSON document, "
                    f"found invalid JSON ({exc.msg} at column {exc.colno}); "
                    "pass the output of claims extract",
                    origin=name,
                ) from None
        return records
    if isinstance(whole, list):
        return list(enumerate(whole, start=1))
    return [(1, whole)]


def read_records(path: str | Path) -> list[tuple[int, Any]]:
    """:func:`parse_records` of a file; :class:`InputError` when it cannot be read."""
    name = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        found = "nothing at this path" if isinstance(exc, FileNotFoundError) else (exc.strerror or str(exc))
        raise InputError(
            f"{name}: expected a claims JSON or JSONL file, found {found}; check the path", origin=name
        ) from None
    return parse_records(data, name)


def check_records(records: Iterable[tuple[int, Any]], name: str) -> list[JSON]:
    """The records as claims documents (a golden file's ``_review`` note dropped), each checked against the
    claims schema; :class:`InputError` naming the first record that does not validate."""
    from claims.serialize import schema_errors

    out: list[JSON] = []
    for number, record in records:
        if isinstance(record, dict):
            record = {k: v for k, v in record.items() if k != REVIEW_KEY}
        errors = schema_errors(record)
        if errors:
            more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
            raise InputError(
                f"{name}:{number}: expected a claims document, found one that does not validate against the "
                f"claims schema: {_short(errors[0], 300)}{more}; check it with claims validate",
                origin=name,
            )
        out.append(record)
    return out


def load_documents(path: str | Path) -> list[JSON]:
    """The claims documents of a JSON or JSONL file, validated (:func:`check_records`)."""
    return check_records(read_records(path), str(path))


def diff_files(old: str | Path, new: str | Path, *, fields: Sequence[str] = CLAIM_FIELDS) -> FilesDiff:
    """The differences between two claims files (JSON, JSON array or JSONL, as claims extract writes them,
    or golden files). Raises :class:`InputError` for a file that is missing, unreadable or invalid."""
    return diff_records(
        load_documents(old), load_documents(new), old_name=str(old), new_name=str(new), fields=fields
    )
