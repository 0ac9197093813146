"""The review page: an article with its claims highlighted, as one self-contained HTML file.

:func:`render_page` turns a :class:`~claims.types.Document` (or its JSON form) and the article text into a
page that needs nothing but a browser: CSS and JavaScript are inline (pinned by a Content-Security-Policy
that allows no network at all), no fonts, images or scripts are fetched. :func:`build_report` is what
``claims report`` runs: it reads articles (extracting their claims) or claims JSON/JSONL written by
``claims extract``, and writes one page per article, plus an ``index.html`` when the output is a folder.

How the text is highlighted. Claims, sources, cues and skipped boilerplate are spans that may overlap
(a nested claim inside its parent, the source of a relative-clause claim inside the claim's extent). The
text is cut at every span boundary into segments; each segment is written once, wrapped in one element per
span covering it, outermost first. So every span is a run of elements whose texts, concatenated, are
exactly ``text[start:end]``, and the browser never computes an offset: Python's string indexes are code
points, JavaScript's are UTF-16 units, and only Python does the cutting. Each claim element carries
``data-claim-id``; small label tags (``class="tag"``) sit between segments, outside every claim element.
Line breaks that no span covers separate paragraphs; the others stay in the text.

Which article text. A result carries ``document.text`` when its offsets index a derived text (HTML
input); otherwise the text is the original article: for claims JSON, an ``--article`` input whose SHA-256
equals ``document.sha256``, else the file named by ``document.origin`` (relative to the working folder,
then to the claims file's folder) when its SHA-256 matches. Every span is checked against the text before
a page is written.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import html
import json
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from claims.errors import ClaimsError, InputError
from claims.types import (
    Claim,
    Document,
    DocumentInfo,
    ErrorRecord,
    Generator,
    Nesting,
    SourceSpan,
    claim_from_data,
    skipped_from_data,
)

if TYPE_CHECKING:
    from spacy.language import Language

    from claims.text import InputDocument

__all__ = [
    "CATEGORIES",
    "CONTRAST_PAIRS",
    "PALETTE",
    "PreparedDocument",
    "ReportResult",
    "ReportUsageError",
    "build_report",
    "category",
    "document_from_dict",
    "is_single_file",
    "page_names",
    "read_report_inputs",
    "render_index",
    "render_page",
    "write_report",
]

#: The four highlight styles (and label filters) of the page: an attributed claim's label, or
#: "unattributed" for a claim in the article's own voice (whatever its label).
CATEGORIES = ("accusation", "denial", "statement", "unattributed")

#: Suffixes taken when a directory is walked: the article inputs of ``claims extract`` and claims JSON.
WALK_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm", ".jsonl", ".ndjson", ".json")

_HTML_SUFFIXES = (".html", ".htm")
_SNIPPET = 160  # code points of a claim's text shown in the side list
_DOT = " \u00b7 "

# --------------------------------------------------------------------------------------------------------
# Colours. Every text colour has at least 4.5:1 contrast on the backgrounds it is used on and every
# line or border colour at least 3:1 on the page (WCAG 2.1 AA, 1.4.3 and 1.4.11); tests check the pairs.

PALETTE: dict[str, str] = {
    "ink": "#1b1f24",
    "muted": "#4f5661",
    "page": "#ffffff",
    "panel": "#f6f7f9",
    "rule": "#d4d8de",
    "focus": "#0b57d0",
    "accusation": "#b3261e",
    "accusation-tint": "#fdeceb",
    "denial": "#1d4f91",
    "denial-tint": "#e8f0fb",
    "statement": "#1e6b52",
    "statement-tint": "#e7f4ef",
    "unattributed": "#5c5f66",
    "unattributed-tint": "#f1f2f4",
    "source": "#5b2a86",
    "cue-tint": "#fff1c2",
    "cue": "#7a5a00",
    "skipped": "#5e636b",
    "skipped-tint": "#eceef1",
    "current": "#ffe27a",
}

#: (foreground, background, minimum ratio) pairs that the page uses.
CONTRAST_PAIRS: tuple[tuple[str, str, float], ...] = (
    ("ink", "page", 4.5),
    ("muted", "page", 4.5),
    ("ink", "panel", 4.5),
    ("muted", "panel", 4.5),
    ("focus", "page", 4.5),  # links, and the focus ring
    ("focus", "panel", 4.5),
    *((f"{c}", "page", 4.5) for c in CATEGORIES),  # label tags: white text on the colour
    *(("ink", f"{c}-tint", 4.5) for c in CATEGORIES),
    *((c, f"{c}-tint", 3.0) for c in CATEGORIES),  # underline on its own tint
    ("source", "page", 4.5),
    ("ink", "cue-tint", 4.5),
    ("cue", "cue-tint", 3.0),
    ("skipped", "skipped-tint", 4.5),
    ("skipped", "page", 4.5),
    ("ink", "current", 4.5),
)

_SKIP_REASONS = {
    "related_link": "related link",
    "source_line": "source line",
}


class ReportUsageError(ClaimsError):
    """The report cannot be written as asked (e.g. several articles for one ``.html`` file)."""

    kind = "usage"


def category(claim: Claim) -> str:
    """The highlight style and filter of ``claim``: its label, or "unattributed" without source and cue."""
    return claim.label.value if claim.attributed else "unattributed"


def _category_text(claim: Claim) -> str:
    if claim.attributed:
        return claim.label.value
    return "unattributed" if claim.label.value == "statement" else f"unattributed {claim.label.value}"


def _reason_text(reason: str) -> str:
    return _SKIP_REASONS.get(reason, reason.replace("_", " "))


def _e(value: object) -> str:
    """Escape for text and attribute values. A carriage return is written as a character reference:
    the HTML parser would turn a literal one (and CR LF) into LF, changing the text."""
    return html.escape(str(value), quote=True).replace("\r", "&#13;")


# --------------------------------------------------------------------------------------------------------
# From JSON


def document_from_dict(data: Mapping[str, Any]) -> Document:
    """A :class:`Document` from its JSON form (the output of :func:`claims.serialize.to_dict`)."""
    info = data["document"]
    gen = data.get("generator") or {}
    settings = gen.get("settings") or {}  # absent in results written before the settings were recorded
    return Document(
        document=DocumentInfo(
            id=str(info["id"]),
            sha256=str(info.get("sha256", "")),
            chars=int(info.get("chars", 0)),
            origin=info.get("origin"),
            media_type=str(info.get("media_type", "text/plain")),
            text=info.get("text"),
            warnings=tuple(info.get("warnings", ())),
        ),
        generator=Generator(
            str(gen.get("name", "claims")),
            str(gen.get("version", "")),
            str(gen.get("model", "")),
            SourceSpan(settings.get("source_span", SourceSpan.NAME.value)),
            bool(settings.get("follow_on_quotes", False)),
            Nesting(settings.get("nesting", Nesting.ALL.value)),
            bool(settings.get("object_content", False)),
        ),
        claims=tuple(claim_from_data(c) for c in data.get("claims", ())),
        skipped=tuple(skipped_from_data(s) for s in data.get("skipped", ())),
        schema_version=str(data.get("schema_version", "1.0")),
    )


def _as_document(document: Document | Mapping[str, Any]) -> Document:
    return document if isinstance(document, Document) else document_from_dict(document)


def _check_spans(doc: Document, text: str, where: str | None = None) -> None:
    """Raise InputError (kind "mismatch") unless every span of ``doc`` is where it says in ``text``."""

    def spans() -> Iterator[tuple[str, str, int, int]]:
        for c in doc.claims:
            yield f"claim {c.id}", c.text, c.start, c.end
            for f in c.fragments:
                yield f"claim {c.id} fragment", f.text, f.start, f.end
            if c.source is not None:
                yield f"claim {c.id} source", c.source.text, c.source.start, c.source.end
                r = c.source.resolved
                if r is not None:
                    yield f"claim {c.id} source.resolved", r.text, r.start, r.end
            if c.cue is not None:
                yield f"claim {c.id} cue", c.cue.text, c.cue.start, c.cue.end
            for t in c.targets:
                yield f"claim {c.id} target", t.text, t.start, t.end
        for s in doc.skipped:
            yield "skipped span", s.text, s.start, s.end

    where = where or doc.document.origin or doc.document.id
    for name, expected, start, end in spans():
        if not 0 <= start <= end <= len(text) or text[start:end] != expected:
            found = repr(text[start:end][:60]) if 0 <= start <= end <= len(text) else "nothing (out of range)"
            raise InputError(
                f"{where}: expected the article the offsets index, found {found} at {start}:{end} where "
                f"the {name} says {expected[:60]!r}; pass the original article with --article",
                origin=where,
                kind="mismatch",
            )


# --------------------------------------------------------------------------------------------------------
# Segmentation


@dataclass(frozen=True, slots=True)
class _Mark:
    """A span to wrap: ``open``/``close`` are its tags (``first`` opens its first segment: the one that
    carries the anchor id); ``rank`` orders the wrapping, outermost first."""

    start: int
    end: int
    rank: tuple[int, int, int]
    open: str
    close: str
    first: str


_BREAK = re.compile(r"[^\S\r\n]*(?:(?:\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029])[^\S\r\n]*)+")


def _paragraph_breaks(text: str, marks: Sequence[_Mark]) -> list[tuple[int, int]]:
    """Runs of line breaks (with the spaces around them) that no span overlaps."""
    runs = []
    for m in _BREAK.finditer(text):
        a, b = m.span()
        if not any(k.start < b and k.end > a for k in marks):
            runs.append((a, b))
    return runs


def _highlight(text: str, marks: Sequence[_Mark], inserts: Mapping[int, Sequence[str]]) -> str:
    """The text as HTML paragraphs: cut at every mark boundary, each segment wrapped in the marks covering
    it (by rank, outermost first); ``inserts[p]`` is HTML written before the segment starting at ``p``,
    outside every mark."""
    breaks = dict(_paragraph_breaks(text, marks))
    bounds = sorted(
        {0, len(text), *inserts, *(m.start for m in marks), *(m.end for m in marks)}
        | set(breaks)
        | set(breaks.values())
    )
    starting: dict[int, list[_Mark]] = {}
    for m in marks:
        starting.setdefault(m.start, []).append(m)
    active: list[_Mark] = []
    opened: set[tuple[int, int, int]] = set()
    paragraphs: list[list[str]] = [[]]
    for a, b in pairwise([*bounds, len(text) + 1]):
        paragraphs[-1].extend(inserts.get(a, ()))
        if a >= len(text):
            break
        active = [m for m in active if m.end > a] + starting.get(a, [])
        if a in breaks:
            paragraphs.append([])
            continue
        wrap = sorted(active, key=lambda m: m.rank)
        opens = "".join(m.open if m.rank in opened else m.first for m in wrap)
        opened.update(m.rank for m in wrap)
        paragraphs[-1].append(opens + _e(text[a:b]) + "".join(m.close for m in reversed(wrap)))
    return "\n".join(f"<p>{''.join(p)}</p>" for p in paragraphs if p)


def _lanes(claims: Sequence[Claim]) -> dict[str, int]:
    """An underline lane per claim (greedy interval colouring), so overlapping claims' underlines are drawn
    at different depths; the list is in reading order."""
    lanes: dict[str, int] = {}
    placed: list[tuple[int, int, int]] = []
    for c in claims:
        used = {lane for s, e, lane in placed if s < c.end and c.start < e}
        lane = next(i for i in range(len(used) + 1) if i not in used)
        lanes[c.id] = lane
        placed.append((c.start, c.end, lane))
    return lanes


def _content_parts(c: Claim) -> list[tuple[int, int, bool]]:
    """``(start, end, is_content)`` tiles of the claim's extent: the fragments are content, the text
    between them (usually the source and cue) is not."""
    if not c.fragments:
        return [(c.start, c.end, True)]
    parts: list[tuple[int, int, bool]] = []
    pos = c.start
    for f in sorted(c.fragments, key=lambda f: (f.start, f.end)):
        s, e = max(f.start, pos), min(f.end, c.end)
        if s > pos:
            parts.append((pos, s, False))
        if e > s:
            parts.append((s, e, True))
            pos = e
    if pos < c.end:
        parts.append((pos, c.end, False))
    return parts


# --------------------------------------------------------------------------------------------------------
# The page


def _ordered(doc: Document) -> list[Claim]:
    """Claims in reading order (start, then the longer first); numbered from 1 on the page."""
    indexed = sorted(enumerate(doc.claims), key=lambda ic: (ic[1].start, -ic[1].end, ic[0]))
    return [c for _, c in indexed]


def _source_entity(c: Claim) -> tuple[str, str]:
    """(filter key, display name) of the claim's source entity: the resolved mention when there is one."""
    if c.source is None:
        return "none", "No source (the article's own voice)"
    name = c.source.resolved.text if c.source.resolved is not None else c.source.text
    return "s:" + " ".join(name.casefold().split()), " ".join(name.split())


def _snippet(text: str, limit: int = _SNIPPET) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "\u2026"


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else (plural or word + 's')}"


@dataclass
class _Page:
    doc: Document
    text: str
    claims: list[Claim]
    number: dict[str, int]

    def anchor(self, claim_id: str) -> str:
        return f"claim-{self.number[claim_id]}"


def _text_html(page: _Page) -> str:
    claims, number = page.claims, page.number
    lanes = _lanes(claims)
    marks: list[_Mark] = []
    inserts: dict[int, list[str]] = {}
    seq = 0

    def add(start: int, end: int, layer: int, open_tag: str, close_tag: str, first: str = "") -> None:
        nonlocal seq
        seq += 1
        marks.append(_Mark(start, end, (layer, start - end, seq), open_tag, close_tag, first or open_tag))

    for i, sk in enumerate(sorted(page.doc.skipped, key=lambda s: (s.start, s.end)), start=1):
        reason = _reason_text(sk.reason)
        inserts.setdefault(sk.start, []).append(
            f'<span class="tag tag-skipped" id="skip-{i}" tabindex="-1">skipped: {_e(reason)}</span>'
        )
        add(
            sk.start,
            sk.end,
            0,
            f'<span class="skipped" data-skip-reason="{_e(sk.reason)}" title="skipped: {_e(reason)}">',
            "</span>",
        )

    sources: dict[tuple[int, int], list[str]] = {}
    cues: dict[tuple[int, int], list[str]] = {}
    for c in claims:
        n, cat = number[c.id], category(c)
        tag = f"{n} {_category_text(c)}"
        if c.responds_to in number:
            tag += f", answers {number[c.responds_to]}"
        if c.parent in number:
            tag += f", in {number[c.parent]}"
        inserts.setdefault(c.start, []).append(
            f'<span class="tag tag-{cat}" data-tag-for="{_e(c.id)}">{_e(tag)}</span>'
        )
        who = f" by {c.source.text}" if c.source is not None else ""
        title = f"claim {n}: {_category_text(c)}{who}"
        for k, (s, e, content) in enumerate(_content_parts(c)):
            part = "content" if content else "gap"
            attrs = (
                f'class="c c-{cat} lane-{min(lanes[c.id], 3)} part-{part}" '
                f'data-claim-id="{_e(c.id)}" title="{_e(title)}"'
            )
            anchor = f'<span id="{page.anchor(c.id)}" tabindex="-1" {attrs}>' if k == 0 else ""
            add(s, e, 1, f"<span {attrs}>", "</span>", anchor)
        if c.start == c.end:  # an empty claim still gets its anchor, at its place
            inserts[c.start].append(
                f'<span class="c c-{cat}" id="{page.anchor(c.id)}" tabindex="-1" '
                f'data-claim-id="{_e(c.id)}"></span>'
            )
        if c.source is not None:
            sources.setdefault((c.source.start, c.source.end), []).append(c.id)
        if c.cue is not None:
            cues.setdefault((c.cue.start, c.cue.end), []).append(c.id)

    for (s, e), ids in sorted(sources.items()):
        nums = ", ".join(str(number[i]) for i in ids)
        add(
            s,
            e,
            2,
            f'<span class="src" data-source-of="{_e(" ".join(ids))}" title="source of claim {nums}">',
            "</span>",
        )
    for (s, e), ids in sorted(cues.items()):
        nums = ", ".join(str(number[i]) for i in ids)
        add(
            s,
            e,
            3,
            f'<span class="cue" data-cue-of="{_e(" ".join(ids))}" title="cue of claim {nums}">',
            "</span>",
        )
    return _highlight(page.text, [m for m in marks if m.end > m.start], inserts)


def _claim_link(page: _Page, claim_id: str) -> str:
    other = next(c for c in page.claims if c.id == claim_id)
    n = page.number[claim_id]
    return (
        f'<a class="rel-link" href="#{page.anchor(claim_id)}" data-goto="{page.anchor(claim_id)}">'
        f"{n}. {_e(_snippet(other.text, 60))}</a>"
    )


def _entry_html(page: _Page, c: Claim, answered_by: Mapping[str, list[str]]) -> str:
    n, cat = page.number[c.id], category(c)
    key, _ = _source_entity(c)
    if c.source is not None:
        who = _e(c.source.text)
        if c.source.resolved is not None:
            who += f' <span class="resolved">({_e(c.source.resolved.text)})</span>'
    else:
        who = '<span class="resolved">the article</span>'
    cue = ""
    if c.cue is not None:
        kind = "" if c.cue.kind.value == "speech" else f" ({c.cue.kind.value.replace('_', ' ')})"
        cue = f' <span class="entry-cue">{_e(c.cue.text)}{_e(kind)}</span>'
    rows: list[str] = []
    if c.responds_to is not None:
        link = (
            _claim_link(page, c.responds_to)
            if c.responds_to in page.number
            else f"{_e(c.responds_to)} (not in this document)"
        )
        rows.append(f'<li class="rel rel-answers"><span class="rel-name">Answers:</span> {link}</li>')
    for other in answered_by.get(c.id, []):
        rows.append(
            f'<li class="rel rel-answered"><span class="rel-name">Answered by:</span> '
            f"{_claim_link(page, other)}</li>"
        )
    if c.parent is not None:
        link = (
            _claim_link(page, c.parent)
            if c.parent in page.number
            else f"{_e(c.parent)} (not in this document)"
        )
        rows.append(f'<li class="rel rel-parent"><span class="rel-name">Nested in:</span> {link}</li>')
    children = [o.id for o in page.claims if o.parent == c.id]
    for child in children:
        link = _claim_link(page, child)
        rows.append(f'<li class="rel rel-child"><span class="rel-name">Contains:</span> {link}</li>')
    if c.targets:
        targets = "; ".join(_e(t.text) for t in c.targets)
        rows.append(f'<li class="rel rel-targets"><span class="rel-name">Targets:</span> {targets}</li>')
    evidence = ", ".join(f"{_e(ev.kind.replace('_', ' '))}: {_e(ev.value)}" for ev in c.evidence)
    if evidence:
        rows.append(
            f'<li class="rel rel-evidence"><span class="rel-name">Evidence:</span> {evidence}'
            f' <span class="confidence">(confidence {c.confidence:.2f})</span></li>'
        )
    details = f'<ul class="entry-details">{"".join(rows)}</ul>' if rows else ""
    return (
        f'<li class="entry entry-{cat}" data-entry-for="{_e(c.id)}" data-category="{cat}" '
        f'data-source-key="{_e(key)}">'
        f'<a class="entry-link" href="#{page.anchor(c.id)}" data-goto="{page.anchor(c.id)}">'
        f'<span class="entry-head"><span class="num">{n}</span> '
        f'<span class="tag tag-{cat}">{_e(_category_text(c))}</span> '
        f'<span class="who">{who}</span>{cue}</span>'
        f'<span class="entry-text">{_e(_snippet(c.text))}</span></a>'
        f"{details}</li>"
    )


def _filters_html(page: _Page) -> str:
    counts = {cat: sum(1 for c in page.claims if category(c) == cat) for cat in CATEGORIES}
    boxes = "".join(
        f'<label class="filter filter-{cat}"><input type="checkbox" name="label" value="{cat}" checked> '
        f'<span class="tag tag-{cat}">{cat}</span> <span class="count">{counts[cat]}</span></label>'
        for cat in CATEGORIES
    )
    entities: dict[str, tuple[str, int]] = {}
    for c in page.claims:
        key, name = _source_entity(c)
        first, count = entities.get(key, (name, 0))
        entities[key] = (first, count + 1)
    ordered = sorted(entities.items(), key=lambda kv: (kv[0] == "none", kv[1][0].casefold(), kv[0]))
    options = "".join(
        f'<option value="{_e(key)}">{_e(name)} ({count})</option>' for key, (name, count) in ordered
    )
    return (
        '<form class="filters" id="filters" aria-label="Filter claims">'
        '<fieldset><legend>Label</legend><div class="boxes">' + boxes + "</div></fieldset>"
        '<div class="source-filter"><label for="source-filter">Source</label>'
        '<select id="source-filter" name="source"><option value="">All sources</option>'
        + options
        + "</select></div></form>"
    )


def _legend_html() -> str:
    items = [
        ('<span class="c c-accusation lane-0 part-content">accusation</span>', "thick solid underline"),
        ('<span class="c c-denial lane-0 part-content">denial</span>', "double underline"),
        ('<span class="c c-statement lane-0 part-content">statement</span>', "dashed underline"),
        ('<span class="c c-unattributed lane-0 part-content">unattributed</span>', "dotted underline"),
        ('<span class="src">source</span>', "bold, boxed"),
        ('<span class="cue">cue</span>', "italic, shaded"),
        ('<span class="skipped">skipped</span>', "grey, reason in a tag"),
    ]
    return (
        '<ul class="legend" aria-label="Legend">'
        + "".join(f'<li>{sample} <span class="legend-note">{note}</span></li>' for sample, note in items)
        + "</ul>"
    )


def _skipped_html(page: _Page) -> str:
    skipped = sorted(page.doc.skipped, key=lambda s: (s.start, s.end))
    if not skipped:
        return ""
    rows = "".join(
        f'<li><a href="#skip-{i}" data-goto="skip-{i}"><span class="tag tag-skipped">'
        f"{_e(_reason_text(s.reason))}</span> {_e(_snippet(s.text, 80))}</a></li>"
        for i, s in enumerate(skipped, start=1)
    )
    return (
        f'<details class="skipped-list"><summary>Skipped as boilerplate ({len(skipped)})</summary>'
        f"<ul>{rows}</ul></details>"
    )


def _summary(doc: Document) -> str:
    counts = {cat: sum(1 for c in doc.claims if category(c) == cat) for cat in CATEGORIES}
    parts = [
        _plural(counts["accusation"], "accusation"),
        _plural(counts["denial"], "denial"),
        _plural(counts["statement"], "statement"),
        f"{counts['unattributed']} unattributed",
    ]
    skipped = _plural(len(doc.skipped), "skipped span")
    return f"{_plural(len(doc.claims), 'claim')} ({', '.join(parts)}), {skipped}"


def _csp_hash(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _html_document(title: str, body: str, *, script: str | None) -> str:
    script_src = _csp_hash(script) if script is not None else "'none'"
    csp = (
        f"default-src 'none'; style-src {_csp_hash(_CSS)}; script-src {script_src}; img-src 'none'; "
        "font-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'"
    )
    script_tag = f"<script>{script}</script>" if script is not None else ""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="claims report">\n'
        f"<title>{_e(title)}</title>\n<style>{_CSS}</style>\n</head>\n"
        f"<body>\n{body}\n{script_tag}\n</body>\n</html>\n"
    )


def render_page(
    document: Document | Mapping[str, Any], text: str | None = None, *, index_href: str | None = None
) -> str:
    """The review page of one article, as a complete HTML document (a string).

    ``text`` is the text the offsets index; by default ``document.text`` (HTML input). ``index_href``
    adds a link back to the report's index. Raises :class:`InputError` (kind "mismatch") when a span is
    not where it says in the text, and ``ValueError`` when there is no text.
    """
    doc = _as_document(document)
    if text is None:
        text = doc.document.text
    if text is None:
        raise ValueError(
            f"{doc.document.id}: the document carries no text (document.text); pass the article text"
        )
    _check_spans(doc, text)
    claims = _ordered(doc)
    page = _Page(doc, text, claims, {c.id: i for i, c in enumerate(claims, start=1)})
    info = doc.document
    answered_by: dict[str, list[str]] = {}
    for c in claims:
        if c.responds_to is not None:
            answered_by.setdefault(c.responds_to, []).append(c.id)
    meta = [f"{info.chars} characters"]
    if info.origin:
        meta.insert(0, _e(info.origin))
    gen = doc.generator
    meta.append(_e(f"{gen.name} {gen.version}".strip() + (f", model {gen.model}" if gen.model else "")))
    back = (
        f'<a class="back" href="{_e(index_href)}">\u2190 All articles</a>' if index_href is not None else ""
    )
    entries = "".join(_entry_html(page, c, answered_by) for c in claims)
    empty = "" if claims else '<p class="none">No claims were found in this article.</p>'
    warnings = "".join(f'<p class="warning" role="note">{_e(w)}</p>' for w in info.warnings)
    body = (
        '<a class="skip" href="#claims-heading">Skip to the list of claims</a>\n'
        '<header class="banner">'
        f"{back}"
        '<p class="kicker">Claims review</p>'
        f"<h1>{_e(info.id)}</h1>"
        f'<p class="meta">{_DOT.join(meta)}</p>'
        f'<p class="summary">{_e(_summary(doc))}</p>'
        f"{_legend_html()}</header>\n"
        '<div class="layout">\n'
        '<main id="article" aria-labelledby="article-heading">'
        '<h2 id="article-heading" class="visually-hidden">Article text</h2>'
        f'{warnings}<article class="text">{_text_html(page)}</article></main>\n'
        '<aside class="panel" aria-labelledby="claims-heading"><div class="panel-head">'
        f'<h2 id="claims-heading" tabindex="-1">Claims <span class="count">{len(claims)}</span></h2>'
        f"{_filters_html(page)}"
        f'<p class="status" id="filter-status" role="status" aria-live="polite">'
        f"Showing {len(claims)} of {len(claims)} claims</p></div>"
        f'{empty}<ol class="entries" aria-label="Claims in reading order">{entries}</ol>'
        f"{_skipped_html(page)}</aside>\n</div>"
    )
    return _html_document(f"{info.id} \u00b7 claims review", body, script=_JS)


def render_index(items: Sequence[tuple[str, Document] | ErrorRecord]) -> str:
    """The index of a report folder: one row per page (``(file name, document)``), then the failures."""
    rows: list[str] = []
    failures: list[str] = []
    for item in items:
        if isinstance(item, ErrorRecord):
            where = item.origin or item.document_id
            message = item.message.removeprefix(f"{where}: ")
            failures.append(f"<li><strong>{_e(where)}</strong>: {_e(message)}</li>")
            continue
        name, doc = item
        counts = {cat: sum(1 for c in doc.claims if category(c) == cat) for cat in CATEGORIES}
        cells = "".join(f'<td class="num">{counts[cat]}</td>' for cat in CATEGORIES)
        rows.append(
            f'<tr><th scope="row"><a href="{_e(name)}">{_e(doc.document.id)}</a></th>'
            f'<td class="num">{len(doc.claims)}</td>{cells}<td class="num">{len(doc.skipped)}</td></tr>'
        )
    heads = "".join(f'<th scope="col" class="num">{cat}</th>' for cat in CATEGORIES)
    table = (
        '<table class="index"><caption class="visually-hidden">Articles and their claims</caption>'
        f'<thead><tr><th scope="col">Article</th><th scope="col" class="num">claims</th>{heads}'
        f'<th scope="col" class="num">skipped</th></tr></thead><tbody>{"".join(rows)}</tbody></table>'
        if rows
        else '<p class="none">No article could be processed.</p>'
    )
    failed = (
        f'<section class="failures" aria-labelledby="failures-heading">'
        f'<h2 id="failures-heading">Not processed ({len(failures)})</h2>'
        f"<ul>{''.join(failures)}</ul></section>"
        if failures
        else ""
    )
    body = (
        '<header class="banner"><p class="kicker">Claims review</p>'
        f"<h1>{_plural(len(rows), 'article')}</h1></header>\n"
        f'<main class="index-main" aria-label="Articles">{table}{failed}</main>'
    )
    return _html_document("Claims review", body, script=None)


# --------------------------------------------------------------------------------------------------------
# Inputs


@dataclass(frozen=True, slots=True)
class PreparedDocument:
    """A result with the text its offsets index: ready to render."""

    document: Document
    text: str


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _is_claims_record(value: Any) -> bool:
    return isinstance(value, dict) and "schema_version" in value and ("claims" in value or "error" in value)


def _claims_records(data: bytes, origin: str) -> list[tuple[str, Any]] | None:
    """The records of a claims JSON (an object or an array of them) or JSONL file, each with its origin
    (``file``, ``file:N`` for the Nth array item or line); None when ``data`` is not claims JSON by shape.
    A JSONL line that is not JSON is returned as an InputError in its place."""
    head = data.lstrip()[:1]
    if head not in (b"{", b"["):
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    try:
        whole = json.loads(text)
    except json.JSONDecodeError:
        whole = None
        lines = [(n, line) for n, line in enumerate(text.split("\n"), start=1) if line.strip()]
        try:
            first = json.loads(lines[0][1])
        except json.JSONDecodeError:
            return None
        if not _is_claims_record(first):
            return None
        records: list[tuple[str, Any]] = []
        for number, line in lines:
            where = f"{origin}:{number}"
            try:
                records.append((where, json.loads(line)))
            except json.JSONDecodeError as exc:
                records.append(
                    (
                        where,
                        InputError(
                            f"{where}: expected one claims record per line, found invalid JSON "
                            f"({exc.msg} at column {exc.colno})",
                            origin=where,
                            kind="jsonl",
                        ),
                    )
                )
        return records
    if _is_claims_record(whole):
        return [(origin, whole)]
    if isinstance(whole, list) and whole and all(_is_claims_record(r) for r in whole):
        return [(f"{origin}:{i}", r) for i, r in enumerate(whole, start=1)]
    return None


@dataclass
class _ArticleIndex:
    """Article texts by SHA-256: the ``--article`` inputs, and files named by ``document.origin``."""

    by_sha: dict[str, str] = field(default_factory=dict)
    read: set[str] = field(default_factory=set)

    def add_file(self, path: Path, text_key: str, id_key: str) -> None:
        from claims.text import InputDocument, read_path

        try:
            key = str(path.resolve())
            if key in self.read or not path.is_file():
                return
        except OSError:  # a name too long for the file system, a loop of links ...
            return
        self.read.add(key)
        for item in read_path(str(path), text_key=text_key, id_key=id_key):
            if isinstance(item, InputDocument):
                self.by_sha.setdefault(_sha256(item.text), item.text)


def _text_for(
    doc: Document, where: str, index: _ArticleIndex, claims_file: Path | None, text_key: str, id_key: str
) -> str:
    info = doc.document
    if info.text is not None:
        return info.text
    found = index.by_sha.get(info.sha256)
    if found is None and info.origin:
        names = [info.origin]
        numbered = re.fullmatch(r"(.+):\d+", info.origin)
        if numbered:
            names.append(numbered.group(1))
        folders = [Path.cwd()] + ([claims_file.parent] if claims_file is not None else [])
        for name in names:
            for folder in folders:
                index.add_file(folder / name, text_key, id_key)
        found = index.by_sha.get(info.sha256)
    if found is None:
        raise InputError(
            f"{where}: expected the article text for document {info.id!r}, found no document.text and no "
            f"article with SHA-256 {info.sha256[:12]}…; pass the original article with --article PATH",
            origin=where,
            kind="article",
        )
    return found


def _prepare_record(
    record: Any, where: str, index: _ArticleIndex, claims_file: Path | None, text_key: str, id_key: str
) -> PreparedDocument | ErrorRecord:
    from claims.extraction import error_record
    from claims.serialize import schema_errors

    if isinstance(record, InputError):
        return error_record(record, origin=where)
    if "error" in record and "claims" not in record:
        info = record.get("document") or {}
        err = record.get("error") or {}
        return ErrorRecord(
            document_id=str(info.get("id", where)),
            kind=str(err.get("kind", "error")),
            message=str(err.get("message", "")),
            origin=info.get("origin") or where,
        )
    clean = {k: v for k, v in record.items() if not str(k).startswith("_")}  # e.g. a golden's _review
    problems = schema_errors(clean)
    if problems:
        return error_record(
            InputError(
                f"{where}: expected a claims document, found one that does not validate against the "
                f"schema ({problems[0]}); pass the output of claims extract",
                origin=where,
                kind="schema",
            ),
            origin=where,
        )
    doc = document_from_dict(clean)
    try:
        text = _text_for(doc, where, index, claims_file, text_key, id_key)
        _check_spans(doc, text, where)
    except InputError as exc:
        return error_record(exc, doc.document.id, where)
    return PreparedDocument(doc, text)


def _walk(root: Path) -> list[Path]:
    found: list[tuple[tuple[str, ...], Path]] = []
    for folder, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            if not name.startswith(".") and name.lower().endswith(WALK_SUFFIXES):
                full = Path(folder, name)
                found.append((full.relative_to(root).parts, full))
    return [p for _, p in sorted(found)]


def read_report_inputs(
    paths: Sequence[str],
    *,
    articles: Sequence[str] = (),
    text_key: str = "text",
    id_key: str = "id",
    stdin: IO[bytes] | None = None,
) -> list[InputDocument | PreparedDocument | ErrorRecord]:
    """Every input in order: an article to extract (:class:`~claims.text.InputDocument`), a claims
    document ready to render (:class:`PreparedDocument`), or an :class:`ErrorRecord` for a bad input.

    A file is claims JSON/JSONL when its content has the shape of ``claims extract`` output (objects with
    ``schema_version`` and ``claims`` or ``error``), whatever its suffix; otherwise it is read as
    ``claims extract`` reads articles. ``articles`` are the original articles of claims documents that
    carry no ``document.text`` (matched by SHA-256). Directories are walked for article suffixes and
    ``.json``; ``-`` is standard input.
    """
    import io

    from claims.extraction import error_record
    from claims.text import InputDocument, read_inputs

    index = _ArticleIndex()
    out: list[InputDocument | PreparedDocument | ErrorRecord] = []
    for item in read_inputs(articles, text_key=text_key, id_key=id_key):
        if isinstance(item, InputDocument):
            index.by_sha.setdefault(_sha256(item.text), item.text)
        else:
            out.append(error_record(item))

    def from_bytes(data: bytes, name: str, path: Path | None) -> Iterator[Any]:
        records = _claims_records(data, name)
        if records is None:
            if path is None:
                yield from read_inputs(["-"], stdin=io.BytesIO(data))
            else:
                yield from read_inputs([str(path)], text_key=text_key, id_key=id_key)
            return
        for where, record in records:
            yield _prepare_record(record, where, index, path, text_key, id_key)

    def files(raw: str) -> Iterator[Any]:
        if raw == "-":
            data = (stdin.read() if stdin is not None else b"") or b""
            yield from from_bytes(data, "<stdin>", None)
            return
        path = Path(raw)
        if path.is_dir():
            found = _walk(path)
            if not found:
                yield from read_inputs([raw])  # the usual "no input files in this directory" error
            for file in found:
                yield from files(str(file))
            return
        try:
            data = path.read_bytes()
        except OSError:
            yield from read_inputs([raw], text_key=text_key, id_key=id_key)  # the usual message
            return
        yield from from_bytes(data, raw, path)

    for raw in paths:
        for item in files(raw):
            out.append(error_record(item) if isinstance(item, InputError) else item)
    return out


# --------------------------------------------------------------------------------------------------------
# Writing


@dataclass(frozen=True, slots=True)
class ReportResult:
    """What :func:`write_report` wrote."""

    pages: tuple[Path, ...]
    index: Path | None
    errors: tuple[ErrorRecord, ...]
    claims: int

    def summary(self) -> str:
        where = f", index {self.index}" if self.index is not None else ""
        line = f"{_plural(len(self.pages), 'page')} ({_plural(self.claims, 'claim')}){where}"
        if self.errors:
            line += f", {_plural(len(self.errors), 'input')} not processed"
        return line


_SLUG = re.compile(r"[^A-Za-z0-9._-]+")


def page_names(ids: Iterable[str]) -> list[str]:
    """A distinct file name per document id, in order: the id's last path part without an input suffix,
    reduced to ``[A-Za-z0-9._-]``; "index" and repeats get ``-2``, ``-3`` ..."""
    taken = {"index"}
    names = []
    for doc_id in ids:
        base = doc_id.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
        for suffix in WALK_SUFFIXES:
            if base.lower().endswith(suffix) and len(base) > len(suffix):
                base = base[: -len(suffix)]
                break
        slug = _SLUG.sub("-", base).strip("-.")[:80] or "article"
        name, n = slug, 2
        while name.lower() in taken:
            name, n = f"{slug}-{n}", n + 1
        taken.add(name.lower())
        names.append(name + ".html")
    return names


def _write_text(path: Path, content: str) -> None:
    """Write ``content`` to ``path`` atomically (a temporary file beside it, then renamed)."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(content.encode("utf-8"))
        try:
            mode = path.stat().st_mode & 0o7777
        except OSError:
            mask = os.umask(0)
            os.umask(mask)
            mode = 0o666 & ~mask
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def is_single_file(output: Path) -> bool:
    """True when ``output`` names one HTML file (``.html``/``.htm``), False for a folder."""
    return output.suffix.lower() in _HTML_SUFFIXES and not output.is_dir()


def write_report(items: Sequence[PreparedDocument | ErrorRecord], output: Path) -> ReportResult:
    """Write the pages: to ``output`` itself when it ends in ``.html``/``.htm`` (exactly one document),
    else into the folder ``output`` (created if needed), one page per document and ``index.html``."""
    good = [i for i in items if isinstance(i, PreparedDocument)]
    errors = tuple(i for i in items if isinstance(i, ErrorRecord))
    claims = sum(len(p.document.claims) for p in good)
    if is_single_file(output):
        if len(good) > 1:
            raise ReportUsageError(
                f"{output}: expected one article for an .html output, found {len(good)}; "
                "pass a folder to -o to write one page per article and an index"
            )
        if not good:
            return ReportResult((), None, errors, 0)
        try:
            _write_text(output, render_page(good[0].document, good[0].text))
        except OSError as exc:
            raise ReportUsageError(f"{output}: cannot write the page ({exc.strerror or exc})") from exc
        return ReportResult((output,), None, errors, claims)
    try:
        output.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ReportUsageError(
            f"{output}: expected a folder for the pages (or a .html file name), found it cannot be "
            f"created ({exc.strerror or exc})"
        ) from exc
    names = page_names(p.document.document.id for p in good)
    rows: list[tuple[str, Document] | ErrorRecord] = []
    pages: list[Path] = []
    it = iter(names)
    try:
        for item in items:
            if isinstance(item, ErrorRecord):
                rows.append(item)
                continue
            name = next(it)
            _write_text(output / name, render_page(item.document, item.text, index_href="index.html"))
            pages.append(output / name)
            rows.append((name, item.document))
        _write_text(output / "index.html", render_index(rows))
    except OSError as exc:
        raise ReportUsageError(f"{output}: cannot write the report ({exc.strerror or exc})") from exc
    return ReportResult(tuple(pages), output / "index.html", errors, claims)


def build_report(
    paths: Sequence[str],
    output: Path,
    *,
    articles: Sequence[str] = (),
    text_key: str = "text",
    id_key: str = "id",
    stdin: IO[bytes] | None = None,
    load_pipeline: Callable[[], Language] | None = None,
    batch_size: int = 32,
) -> ReportResult:
    """Read ``paths`` (see :func:`read_report_inputs`), extract the claims of the articles among them and
    write the report with :func:`write_report`. ``load_pipeline`` returns the spaCy pipeline (default:
    :func:`claims.extraction.default_pipeline`); it is called only when some input is an article."""
    from claims.extraction import default_pipeline, extract_many
    from claims.text import InputDocument

    inputs = read_report_inputs(paths, articles=articles, text_key=text_key, id_key=id_key, stdin=stdin)
    n_docs = sum(1 for i in inputs if not isinstance(i, ErrorRecord))
    if is_single_file(output) and n_docs > 1:
        raise ReportUsageError(
            f"{output}: expected one article for an .html output, found {n_docs}; "
            "pass a folder to -o to write one page per article and an index"
        )
    todo = [i for i in inputs if isinstance(i, InputDocument)]
    extracted: Iterator[Document | ErrorRecord] = iter(())
    if todo:
        nlp = (load_pipeline or default_pipeline)()
        extracted = extract_many(todo, nlp=nlp, batch_size=batch_size)
    ready: list[PreparedDocument | ErrorRecord] = []
    for item in inputs:
        if isinstance(item, InputDocument):
            result = next(extracted)
            ready.append(
                PreparedDocument(result, result.document.text or item.text)
                if isinstance(result, Document)
                else result
            )
        else:
            ready.append(item)
    return write_report(ready, output)


# --------------------------------------------------------------------------------------------------------
# Style and behaviour (inline; hashed into the Content-Security-Policy)

_P = PALETTE

_CSS = f"""
:root {{ color-scheme: light; }}
*, *::before, *::after {{ box-sizing: border-box; }}
html {{ background: {_P["page"]}; color: {_P["ink"]}; }}
body {{ margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans",
  "DejaVu Sans", Arial, sans-serif; }}
a {{ color: {_P["focus"]}; }}
:focus-visible {{ outline: 3px solid {_P["focus"]}; outline-offset: 2px; }}
.visually-hidden {{ position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
  white-space: nowrap; }}
.skip {{ position: absolute; left: 1rem; top: -3rem; background: {_P["page"]}; padding: .5rem .75rem;
  border: 2px solid {_P["focus"]}; z-index: 10; }}
.skip:focus {{ top: .5rem; }}
.banner {{ padding: 1.25rem 2rem 1rem; border-bottom: 1px solid {_P["rule"]}; background: {_P["panel"]}; }}
.banner h1 {{ margin: .1rem 0 .25rem; font-size: 1.5rem; line-height: 1.25; overflow-wrap: anywhere; }}
.kicker {{ margin: 0; font-size: .8rem; letter-spacing: .06em; text-transform: uppercase;
  color: {_P["muted"]}; font-weight: 600; }}
.meta, .summary {{ margin: 0; color: {_P["muted"]}; font-size: .9rem; }}
.summary {{ color: {_P["ink"]}; margin-top: .2rem; }}
.back {{ display: inline-block; margin-bottom: .4rem; font-size: .9rem; }}
.legend {{ list-style: none; display: flex; flex-wrap: wrap; gap: .35rem 1.25rem; margin: .75rem 0 0;
  padding: 0; font-size: .85rem; color: {_P["muted"]}; }}
.legend li {{ white-space: nowrap; line-height: 1.9; }}
.legend li > span:first-child {{ color: {_P["ink"]}; }}
.layout {{ display: grid; grid-template-columns: minmax(0, 1fr) minmax(20rem, 26rem); gap: 0;
  align-items: start; }}
main {{ padding: 1.5rem 2.5rem 4rem; min-width: 0; }}
.text {{ max-width: 46rem; margin: 0 auto; font-size: 1.125rem; line-height: 2.2;
  font-family: "Liberation Serif", "DejaVu Serif", Georgia, "Times New Roman", serif; }}
.text p {{ margin: 0 0 .9rem; white-space: pre-wrap; overflow-wrap: break-word; }}
.warning {{ border-left: 4px solid {_P["accusation"]}; padding: .25rem .75rem; background: {_P["panel"]}; }}
.c {{ border-bottom: 2px solid transparent; padding-bottom: 1px; background-clip: content-box; }}
.c.lane-1 {{ padding-bottom: 8px; }}
.c.lane-2 {{ padding-bottom: 14px; }}
.c.lane-3 {{ padding-bottom: 20px; }}
.c-accusation.part-content {{ border-bottom: 3px solid {_P["accusation"]};
  background-color: {_P["accusation-tint"]}; }}
.c-denial.part-content {{ border-bottom: 4px double {_P["denial"]}; background-color: {_P["denial-tint"]}; }}
.c-statement.part-content {{ border-bottom: 2px dashed {_P["statement"]};
  background-color: {_P["statement-tint"]}; }}
.c-unattributed.part-content {{ border-bottom: 2px dotted {_P["unattributed"]};
  background-color: {_P["unattributed-tint"]}; }}
.c.part-gap {{ background-color: transparent; border-bottom-color: transparent; }}
.c.is-muted {{ background-color: transparent; border-bottom-color: transparent; }}
.c.is-current, .c.is-current .c {{ background-color: {_P["current"]}; }}
.c:focus {{ outline: 3px solid {_P["focus"]}; outline-offset: 1px; }}
.c:target {{ background-color: {_P["current"]}; }}
.src {{ font-weight: 700; color: {_P["source"]}; border: 1.5px solid {_P["source"]}; border-radius: 3px;
  padding: 0 .15em; }}
.cue {{ font-style: italic; background: {_P["cue-tint"]}; border: 1px dashed {_P["cue"]}; border-radius: 3px;
  padding: 0 .15em; }}
.skipped {{ color: {_P["skipped"]}; background: {_P["skipped-tint"]}; font-style: italic; }}
.tag {{ display: inline-block; font: 600 .68rem/1.35 system-ui, -apple-system, "Segoe UI", Roboto,
  "Liberation Sans", "DejaVu Sans", Arial, sans-serif; letter-spacing: .02em; color: {_P["page"]};
  border-radius: 3px; padding: .05rem .35rem; margin: 0 .3rem 0 .1rem; vertical-align: .15em;
  white-space: nowrap; user-select: none; }}
.tag-accusation {{ background: {_P["accusation"]}; }}
.tag-denial {{ background: {_P["denial"]}; }}
.tag-statement {{ background: {_P["statement"]}; }}
.tag-unattributed {{ background: {_P["unattributed"]}; }}
.tag-skipped {{ background: {_P["skipped-tint"]}; color: {_P["skipped"]};
  border: 1px solid {_P["skipped"]}; }}
.tag.is-muted {{ display: none; }}
.panel {{ position: sticky; top: 0; max-height: 100vh; overflow-y: auto; padding: 0 1.25rem 3rem;
  background: {_P["panel"]}; border-left: 1px solid {_P["rule"]}; }}
.panel-head {{ position: sticky; top: 0; z-index: 1; background: {_P["panel"]};
  margin: 0 -1.25rem .6rem; padding: 1.25rem 1.25rem .1rem; border-bottom: 1px solid {_P["rule"]}; }}
.panel h2 {{ font-size: 1.1rem; margin: 0 0 .75rem; }}
.panel h2 .count {{ font-weight: 400; color: {_P["muted"]}; }}
.filters fieldset {{ border: 0; margin: 0 0 .6rem; padding: 0; }}
.filters legend, .source-filter label {{ font-weight: 600; font-size: .85rem; margin-bottom: .3rem;
  display: block; }}
.boxes {{ display: grid; grid-template-columns: 1fr 1fr; gap: .25rem .5rem; }}
.filter {{ display: flex; align-items: center; gap: .35rem; font-size: .85rem; cursor: pointer; }}
.filter input {{ width: 1rem; height: 1rem; margin: 0; accent-color: {_P["focus"]}; }}
.filter .tag {{ margin: 0; vertical-align: baseline; }}
.filter .count {{ color: {_P["muted"]}; }}
.source-filter select {{ width: 100%; font: inherit; font-size: .9rem; padding: .3rem .4rem;
  border: 1px solid {_P["muted"]}; border-radius: 4px; background: {_P["page"]}; color: {_P["ink"]}; }}
.status {{ font-size: .8rem; color: {_P["muted"]}; margin: .6rem 0 .5rem; }}
.entries {{ list-style: none; margin: 0; padding: 0; }}
.entry {{ margin: 0 0 .5rem; background: {_P["page"]}; border: 1px solid {_P["rule"]};
  border-left-width: 4px; border-radius: 4px; }}
.entry-accusation {{ border-left: 4px solid {_P["accusation"]}; }}
.entry-denial {{ border-left: 4px double {_P["denial"]}; border-left-width: 5px; }}
.entry-statement {{ border-left: 4px dashed {_P["statement"]}; }}
.entry-unattributed {{ border-left: 4px dotted {_P["unattributed"]}; }}
.entry.is-current {{ box-shadow: 0 0 0 2px {_P["focus"]}; }}
.entry-link {{ display: block; padding: .45rem .6rem .5rem; color: inherit; text-decoration: none;
  border-radius: 3px; }}
.entry-link:hover .entry-text {{ text-decoration: underline; }}
.entry-head {{ display: flex; flex-wrap: wrap; align-items: baseline; gap: .1rem .35rem; font-size: .82rem; }}
.entry-head .tag {{ margin: 0; vertical-align: baseline; }}
.num {{ font-weight: 700; font-variant-numeric: tabular-nums; }}
.who {{ font-weight: 600; color: {_P["source"]}; }}
.resolved {{ font-weight: 400; color: {_P["muted"]}; }}
.entry-cue {{ font-style: italic; background: {_P["cue-tint"]}; padding: 0 .2em; border-radius: 2px; }}
.entry-text {{ display: block; margin-top: .2rem; font-size: .88rem; line-height: 1.4; }}
.entry-details {{ list-style: none; margin: 0; padding: 0 .6rem .45rem; font-size: .78rem;
  color: {_P["muted"]}; }}
.rel {{ margin-top: .1rem; }}
.rel-name {{ font-weight: 600; color: {_P["ink"]}; }}
.rel-link {{ color: {_P["focus"]}; }}
.confidence {{ white-space: nowrap; }}
.skipped-list {{ margin-top: 1rem; font-size: .85rem; }}
.skipped-list summary {{ cursor: pointer; font-weight: 600; }}
.skipped-list ul {{ list-style: none; padding: 0; margin: .5rem 0 0; }}
.skipped-list li {{ margin: 0 0 .35rem; }}
.skipped-list a {{ color: {_P["skipped"]}; }}
.skipped-list .tag {{ margin-left: 0; }}
.none {{ color: {_P["muted"]}; }}
.index-main {{ padding: 1.5rem 2rem; }}
table.index {{ border-collapse: collapse; min-width: 40rem; }}
table.index th, table.index td {{ border-bottom: 1px solid {_P["rule"]}; padding: .4rem .75rem;
  text-align: left; }}
table.index .num {{ text-align: right; font-weight: 400; }}
.failures li {{ margin-bottom: .3rem; }}
@media (max-width: 60rem) {{
  .layout {{ grid-template-columns: 1fr; }}
  .panel {{ position: static; max-height: none; border-left: 0; border-top: 1px solid {_P["rule"]}; }}
  .panel-head {{ position: static; }}
  main {{ padding: 1rem 1.25rem 2rem; }}
}}
@media (prefers-reduced-motion: no-preference) {{ html {{ scroll-behavior: smooth; }} }}
@media print {{ .panel, .skip {{ display: none; }} .layout {{ display: block; }} }}
"""

_JS = """
(function () {
  "use strict";
  var d = document;
  function each(list, fn) { Array.prototype.forEach.call(list, fn); }
  function group(selector, attr) {
    var out = {};
    each(d.querySelectorAll(selector), function (el) {
      var key = el.getAttribute(attr);
      (out[key] = out[key] || []).push(el);
    });
    return out;
  }
  var segments = group("[data-claim-id]", "data-claim-id");
  var tags = group("[data-tag-for]", "data-tag-for");
  var entries = d.querySelectorAll(".entry");
  var entryFor = {};
  each(entries, function (li) { entryFor[li.getAttribute("data-entry-for")] = li; });
  var boxes = d.querySelectorAll('#filters input[name="label"]');
  var select = d.getElementById("source-filter");
  var status = d.getElementById("filter-status");
  var current = null;

  function mark(id, cls, on) {
    (segments[id] || []).concat(tags[id] || []).forEach(function (el) { el.classList.toggle(cls, on); });
  }
  function apply() {
    var on = {};
    each(boxes, function (box) { on[box.value] = box.checked; });
    var source = select ? select.value : "";
    var shown = 0;
    each(entries, function (li) {
      var ok = on[li.getAttribute("data-category")] === true &&
        (source === "" || li.getAttribute("data-source-key") === source);
      li.hidden = !ok;
      if (ok) { shown += 1; }
      mark(li.getAttribute("data-entry-for"), "is-muted", !ok);
    });
    if (status) {
      status.textContent = "Showing " + shown + " of " + entries.length + " claims";
    }
  }
  function setCurrent(id) {
    if (current !== null) {
      mark(current, "is-current", false);
      if (entryFor[current]) { entryFor[current].classList.remove("is-current"); }
    }
    current = id;
    if (id !== null) {
      mark(id, "is-current", true);
      if (entryFor[id]) { entryFor[id].classList.add("is-current"); }
    }
  }
  function reveal(entry) {
    // scroll the list (not the page, which shows the span just clicked) to bring the entry into view
    var panel = entry.closest(".panel");
    if (!panel) { return; }
    var box = panel.getBoundingClientRect();
    var head = panel.querySelector(".panel-head");
    var top = Math.max(box.top, 0) + (head ? head.offsetHeight : 0);
    var bottom = Math.min(box.bottom, window.innerHeight);
    var r = entry.getBoundingClientRect();
    if (r.top < top) {
      panel.scrollTop -= top - r.top + 8;
    } else if (r.bottom > bottom) {
      panel.scrollTop += Math.min(r.bottom - bottom + 8, r.top - top - 8);
    }
  }
  function go(targetId) {
    var el = d.getElementById(targetId);
    if (!el) { return; }
    setCurrent(el.getAttribute("data-claim-id"));
    var reduce = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    el.scrollIntoView({ block: "center", behavior: reduce ? "auto" : "smooth" });
    el.focus({ preventScroll: true });
  }
  var panel = d.querySelector(".panel");
  var head = d.querySelector(".panel-head");
  function pad() {
    // keep an entry focused by keyboard clear of the sticky filters at the top of the list
    if (panel && head) { panel.style.scrollPaddingTop = (head.offsetHeight + 8) + "px"; }
  }
  pad();
  window.addEventListener("resize", pad);
  each(boxes, function (box) { box.addEventListener("change", apply); });
  if (select) { select.addEventListener("change", apply); }
  d.addEventListener("click", function (event) {
    var target = event.target;
    if (!(target instanceof Element)) { return; }
    var link = target.closest("[data-goto]");
    if (link) {
      event.preventDefault();
      go(link.getAttribute("data-goto"));
      return;
    }
    var seg = target.closest("[data-claim-id]");
    if (seg) {
      var id = seg.getAttribute("data-claim-id");
      setCurrent(id);
      var entry = entryFor[id];
      if (entry && !entry.hidden) { reveal(entry); }
    }
  });
  apply();
})();
"""
