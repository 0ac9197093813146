"""Reading inputs and preparing their text: decoding, HTML extraction, analysis text, lines, boilerplate.

Standard library only; trafilatura is imported inside :func:`html_to_text`, so plain-text runs never load it.

Offsets. Every offset this module returns is a code-point offset into the text of an
:class:`InputDocument` (``text[start:end]`` is the span). For HTML that text is the one extracted from the
page (``derived=True``), not the markup. :func:`analysis_text` only replaces characters one for one, so
offsets into the analysis text are offsets into the original text (the map between them is the identity).

Errors. The readers never raise for a bad input: they yield an :class:`~claims.errors.InputError` in the
input's place (its ``kind`` is "missing", "unreadable", "binary", "encoding", "empty" or "jsonl"), so a
batch goes on. :func:`error_document_id` gives the document id to write in the error record.
"""

from __future__ import annotations

import codecs
import itertools
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from claims.errors import InputError
from claims.lexicons import BoilerplatePattern, boilerplate
from claims.types import Skipped

__all__ = [
    "ACCEPTED_SUFFIXES",
    "BOILERPLATE_REASONS",
    "DocumentInputError",
    "InputDocument",
    "analysis_text",
    "decode_bytes",
    "error_document_id",
    "find_boilerplate",
    "headline_span",
    "html_to_text",
    "is_html",
    "language_warning",
    "line_spans",
    "lone_surrogate",
    "read_inputs",
    "read_path",
    "surrogate_message",
]

TEXT_SUFFIXES = (".txt", ".text", ".md")
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
ACCEPTED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES
"""The suffixes a directory walk takes (case-insensitive)."""

BOILERPLATE_REASONS = frozenset(
    {
        "related_link",
        "promotion",
        "source_line",
        "byline",
        "copyright",
        "caption",
        "dateline",
        "advertisement",
    }
)
"""The ``reason`` values of :class:`~claims.types.Skipped` that :func:`find_boilerplate` produces."""

STDIN_ID = "stdin"
STDIN_ORIGIN = "<stdin>"


# --------------------------------------------------------------------------- documents and errors


@dataclass(frozen=True, slots=True)
class InputDocument:
    """One article to analyse. ``derived`` is True when ``text`` was extracted from HTML: offsets then
    refer to this text, which a result must carry along."""

    id: str
    text: str
    origin: str
    media_type: str = "text/plain"
    derived: bool = False


class DocumentInputError(InputError):
    """An :class:`InputError` that knows the id of the document it stands for (a JSONL record's id)."""

    def __init__(self, message: str, *, origin: str, kind: str, document_id: str | None = None) -> None:
        super().__init__(message, origin=origin, kind=kind)
        self.document_id = document_id if document_id is not None else origin


def error_document_id(error: InputError) -> str:
    """The document id for the error record of ``error``: the record's id, else its origin
    (the path as given, ``path:N`` for a JSONL line, ``<stdin>``)."""
    if isinstance(error, DocumentInputError):
        return error.document_id
    return error.origin if error.origin is not None else "unknown"


# --------------------------------------------------------------------------- decoding

_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_TEXT_CONTROLS = frozenset(b"\t\n\r\x0b\x0c\x1b")
_SNIFF_BYTES = 8192
_MAX_CONTROL_SHARE = 0.1


def _looks_utf16(data: bytes) -> bool:
    """Text in UTF-16 without a byte order mark: NUL in about every other byte."""
    sample = data[:_SNIFF_BYTES]
    if len(sample) < 4:
        return False
    half = len(sample) // 2
    return max(sample[0::2].count(0), sample[1::2].count(0)) > 0.4 * half


def _check_binary(data: bytes, origin: str) -> None:
    """Raise InputError (kind "binary", or "encoding" for UTF-16) unless ``data`` looks like text."""
    if data.startswith(_UTF16_BOMS) or (b"\x00" in data and _looks_utf16(data)):
        raise InputError(
            f"{origin}: expected UTF-8 text, found UTF-16 text; re-encode it as UTF-8, "
            f"e.g. iconv -f UTF-16 -t UTF-8 {origin} > article.txt",
            origin=origin,
            kind="encoding",
        )
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(
            f"{origin}: expected UTF-8 text, found binary data (a NUL byte at byte offset {nul}); "
            "pass a text, HTML or JSONL file (extract the text of a PDF or Office file first)",
            origin=origin,
            kind="binary",
        )
    sample = data[:_SNIFF_BYTES]
    controls = sum(1 for b in sample if (b < 0x20 and b not in _TEXT_CONTROLS) or b == 0x7F)
    if controls > _MAX_CONTROL_SHARE * len(sample):
        raise InputError(
            f"{origin}: expected UTF-8 text, found binary data ({controls} control bytes in the first "
            f"{len(sample)}); pass a text, HTML or JSONL file "
            "(extract the text of a PDF or Office file first)",
            origin=origin,
            kind="binary",
        )


def _empty_error(origin: str, found: str, document_id: str | None = None) -> DocumentInputError:
    return DocumentInputError(
        f"{origin}: expected article text, found {found}; pass an input that holds the article",
        origin=origin,
        kind="empty",
        document_id=document_id,
    )


def decode_bytes(data: bytes, origin: str) -> str:
    """Decode ``data`` as UTF-8 (a leading byte order mark is dropped).

    Raises :class:`InputError` with kind "binary" (NUL bytes, mostly control bytes), "encoding" (not
    UTF-8; the message gives the byte offset) or "empty" (nothing, or only whitespace).
    """
    if not data:
        raise _empty_error(origin, "an empty input (0 bytes)")
    _check_binary(data, origin)
    bom = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    try:
        text = data[bom:].decode("utf-8")
    except UnicodeDecodeError as exc:
        offset = bom + exc.start
        line = data.count(b"\n", 0, offset) + 1
        raise InputError(
            f"{origin}: expected UTF-8 text, found the byte 0x{data[offset]:02x} at byte offset {offset} "
            f"(line {line}), which is not valid UTF-8; re-encode the input as UTF-8, "
            f"e.g. iconv -f WINDOWS-1252 -t UTF-8 {origin} > article.txt",
            origin=origin,
            kind="encoding",
        ) from None
    if not text.strip():
        raise _empty_error(origin, "only whitespace")
    return text


# --------------------------------------------------------------------------- HTML

_HTML_SNIFF = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.IGNORECASE | re.DOTALL)
_META_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?([A-Za-z0-9_.:-]{1,40})", re.IGNORECASE)


def is_html(text: str) -> bool:
    """True when ``text`` starts (after whitespace and comments) with ``<!doctype html`` or ``<html``."""
    return _HTML_SNIFF.match(text[:4096]) is not None


def html_to_text(html: str, origin: str) -> str:
    """The main text of an HTML page (trafilatura, without comments), one paragraph per line with a
    blank line between paragraphs. Raises :class:`InputError` kind "empty" when no text is found."""
    import trafilatura  # lazy: only HTML inputs pay for it

    extracted = trafilatura.extract(html, include_comments=False, favor_precision=True)
    paragraphs = [line.strip() for line in (extracted or "").splitlines() if line.strip()]
    if not paragraphs:
        raise _empty_error(origin, "an HTML page from which no article text could be extracted")
    return "\n\n".join(paragraphs)


def _decode_html(data: bytes, origin: str) -> str:
    """Decode an HTML file: UTF-8, else the charset its ``<meta>`` declares."""
    try:
        return decode_bytes(data, origin)
    except InputError as exc:
        if exc.kind != "encoding":
            raise
        declared = _META_CHARSET.search(data[:4096])
        if declared is None:
            raise
        try:
            return data.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            raise exc from None


# --------------------------------------------------------------------------- readers


def _document(
    doc_id: str, text: str, origin: str, *, html: bool, media_type: str = "text/plain"
) -> InputDocument:
    """An InputDocument, extracting the text first when it is HTML (may raise InputError)."""
    if html:
        return InputDocument(doc_id, html_to_text(text, origin), origin, media_type="text/html", derived=True)
    return InputDocument(doc_id, text, origin, media_type=media_type)


def _open_error(path: str, exc: OSError) -> InputError:
    if isinstance(exc, FileNotFoundError | NotADirectoryError):
        return InputError(
            f"{path}: expected a text, HTML or JSONL file or a directory, found nothing at this path; "
            "check the path",
            origin=path,
            kind="missing",
        )
    return InputError(
        f"{path}: expected a readable file, found it cannot be read ({exc.strerror or exc}); "
        "check its permissions",
        origin=path,
        kind="unreadable",
    )


def _read_bytes(path: str) -> bytes | InputError:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        return _open_error(path, exc)


def _read_file(path: str, text_key: str, id_key: str) -> Iterator[InputDocument | InputError]:
    suffix = Path(path).suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl_file(path, text_key, id_key)
        return
    data = _read_bytes(path)
    if isinstance(data, InputError):
        yield data
        return
    try:
        if suffix in HTML_SUFFIXES:
            yield _document(path, _decode_html(data, path), path, html=True)
        else:
            media_type = "text/markdown" if suffix == ".md" else "text/plain"
            yield _document(path, decode_bytes(data, path), path, html=False, media_type=media_type)
    except InputError as exc:
        yield exc


_SURROGATE = re.compile("[\ud800-\udfff]")


def lone_surrogate(text: str) -> int | None:
    """The index of the first lone surrogate in ``text`` (a code point U+D800-U+DFFF, which no UTF-8 input
    can hold but a JSON ``\\ud800`` escape can), or None. Such text cannot be written as UTF-8."""
    match = _SURROGATE.search(text)
    return None if match is None else match.start()


def surrogate_message(where: str, text: str) -> str | None:
    """What is wrong with ``text`` (named by ``where``) when it holds a lone surrogate, else None."""
    index = lone_surrogate(text)
    if index is None:
        return None
    return (
        f"expected {where} to be Unicode text, found a lone surrogate \\u{ord(text[index]):04x} at "
        f"character {index} (an unpaired \\u escape in JSON); fix the escape (a character beyond U+FFFF is a "
        "pair, e.g. \\ud83d\\ude00) or write the character itself in UTF-8"
    )


def _surrogate_error(origin: str, where: str, text: str, document_id: str) -> DocumentInputError:
    message = surrogate_message(where, text) or ""
    return DocumentInputError(f"{origin}: {message}", origin=origin, kind="encoding", document_id=document_id)


def _jsonl_error(origin: str, message: str, document_id: str | None = None) -> DocumentInputError:
    return DocumentInputError(f"{origin}: {message}", origin=origin, kind="jsonl", document_id=document_id)


def _read_jsonl_file(path: str, text_key: str, id_key: str) -> Iterator[InputDocument | InputError]:
    """The documents of a JSONL file, read one line at a time (memory does not grow with the file)."""
    try:
        stream = open(path, "rb")  # noqa: SIM115  (closed below; the generator may be suspended)
    except OSError as exc:
        yield _open_error(path, exc)
        return
    with stream:
        try:
            head = stream.read(_SNIFF_BYTES)
            if head:
                _check_binary(head, path)
            stream.seek(0)
        except InputError as exc:
            yield exc
            return
        except OSError as exc:
            yield _open_error(path, exc)
            return
        yield from _read_jsonl(stream, path, Path(path).stem, text_key, id_key)


def _read_jsonl(
    lines: Iterable[bytes], origin: str, stem: str, text_key: str, id_key: str
) -> Iterator[InputDocument | InputError]:
    """One document per non-blank line of ``lines`` (a binary stream or a list of lines, each with or
    without its newline); a bad line is yielded as an error and the others go on. A record without an id
    gets ``<stem>:<line>``; each document's origin is ``<origin>:<line>``. An input with no non-blank
    line yields one "empty" error."""
    size = 0
    content = False
    for number, raw in enumerate(lines, start=1):
        size += len(raw)
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
        if not raw.strip():
            continue
        content = True
        yield _jsonl_record(raw.rstrip(b"\r\n"), f"{origin}:{number}", f"{stem}:{number}", text_key, id_key)
    if not content:
        yield _empty_error(origin, "only whitespace" if size else "an empty input (0 bytes)")


def _jsonl_record(
    raw: bytes, origin: str, default_id: str, text_key: str, id_key: str
) -> InputDocument | InputError:
    """The document of one JSONL line (or the error standing for it)."""
    try:
        line = decode_bytes(raw, origin)
    except InputError as exc:
        return exc
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return _jsonl_error(
            origin,
            f"expected one JSON object per line, found invalid JSON ({exc.msg} at column {exc.colno}); "
            "fix or remove the line",
        )
    if not isinstance(record, dict):
        return _jsonl_error(
            origin,
            f"expected a JSON object, found a JSON {type(record).__name__}; "
            f"write one object with a {text_key!r} field per line",
        )
    raw_id = record.get(id_key)
    doc_id = default_id if raw_id is None else str(raw_id)
    if lone_surrogate(doc_id) is not None:
        return _surrogate_error(origin, f"the field {id_key!r}", doc_id, default_id)
    if text_key not in record:
        found = ", ".join(repr(k) for k in record) or "none"
        return _jsonl_error(
            origin,
            f"expected the article text in the field {text_key!r}, found the fields {found}; "
            "name the text field with --text-key",
            doc_id,
        )
    text = record[text_key]
    if not isinstance(text, str):
        return _jsonl_error(
            origin,
            f"expected the field {text_key!r} to be a string, found {type(text).__name__}; "
            "store the article text as a JSON string",
            doc_id,
        )
    if not text.strip():
        return _empty_error(origin, f"an empty {text_key!r} field", doc_id)
    if lone_surrogate(text) is not None:
        return _surrogate_error(origin, f"the field {text_key!r}", text, doc_id)
    try:
        return _document(doc_id, text, origin, html=is_html(text))
    except InputError as exc:
        return DocumentInputError(str(exc), origin=origin, kind=exc.kind, document_id=doc_id)


def _walk(root: str) -> list[str]:
    """Files under ``root`` with an accepted suffix, hidden files and folders left out, in sorted order."""
    found: list[tuple[tuple[str, ...], str]] = []
    for folder, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            if name.startswith(".") or not name.lower().endswith(ACCEPTED_SUFFIXES):
                continue
            full = os.path.join(folder, name)
            found.append((Path(os.path.relpath(full, root)).parts, full))
    return [full for _, full in sorted(found)]


def read_path(
    path: str, *, text_key: str = "text", id_key: str = "id"
) -> Iterator[InputDocument | InputError]:
    """The documents of one file or directory, with an :class:`InputError` in place of each bad input.

    ``.html``/``.htm`` files are HTML (their extracted text is the document, ``derived=True``);
    ``.jsonl``/``.ndjson`` files hold one document per line (``text_key`` and ``id_key`` name the fields;
    without an id a record is ``<stem>:<line>``); any other file is plain text. A directory is walked
    recursively in sorted order, taking the files with a suffix in :data:`ACCEPTED_SUFFIXES`.
    A file's document id is its path as given.
    """
    if os.path.isdir(path):
        files = _walk(path)
        if not files:
            yield InputError(
                f"{path}: expected input files in this directory, found none with a suffix among "
                f"{', '.join(ACCEPTED_SUFFIXES)}; "
                "pass the files themselves or give them one of these suffixes",
                origin=path,
                kind="empty",
            )
        for file in files:
            yield from _read_file(file, text_key, id_key)
    else:
        yield from _read_file(path, text_key, id_key)


def _is_json_object_line(line: bytes) -> bool:
    """Whether ``line`` (a first line, perhaps with a byte order mark) is one JSON object: JSONL."""
    stripped = line.removeprefix(codecs.BOM_UTF8).strip()
    if not (stripped.startswith(b"{") and stripped.endswith(b"}")):
        return False
    try:
        return isinstance(json.loads(stripped), dict)
    except ValueError:  # invalid JSON or not UTF-8
        return False


def _read_stdin(stream: BinaryIO, text_key: str, id_key: str) -> Iterator[InputDocument | InputError]:
    """Standard input: JSONL when its first non-blank line is a JSON object (read one line at a time, so a
    stream of any length can be piped in), else one text or HTML document."""
    leading: list[bytes] = []
    for line in stream:
        leading.append(line)
        if line.strip():
            break
    if leading and _is_json_object_line(leading[-1]):
        yield from _read_jsonl(itertools.chain(leading, stream), STDIN_ORIGIN, STDIN_ID, text_key, id_key)
        return
    try:
        text = decode_bytes(b"".join(leading) + stream.read(), STDIN_ORIGIN)
        yield _document(STDIN_ID, text, STDIN_ORIGIN, html=is_html(text))
    except InputError as exc:
        yield DocumentInputError(str(exc), origin=STDIN_ORIGIN, kind=exc.kind, document_id=STDIN_ID)


def read_inputs(
    paths: Sequence[str], *, text_key: str = "text", id_key: str = "id", stdin: BinaryIO | None = None
) -> Iterator[InputDocument | InputError]:
    """The documents of every path in turn (see :func:`read_path`), read lazily: a JSONL file or stream is
    read one line at a time. ``-`` reads standard input (or ``stdin``): JSONL when its first non-blank line
    is a JSON object (ids default to ``stdin:<line>``, origins are ``<stdin>:<line>``), else one text or
    HTML document (sniffed) with id ``stdin``. Bad inputs are yielded as :class:`InputError` values, never
    raised."""
    for path in paths:
        if path == "-":
            yield from _read_stdin(stdin if stdin is not None else sys.stdin.buffer, text_key, id_key)
        else:
            yield from read_path(path, text_key=text_key, id_key=id_key)


# --------------------------------------------------------------------------- analysis text

_ANALYSIS_MAP: dict[int, str] = {
    **dict.fromkeys(map(ord, "\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u301d\u301e\uff02"), '"'),
    **dict.fromkeys(map(ord, "\u2018\u2019\u201a\u201b\u2039\u203a\u2032\u02bc\uff07"), "'"),
    **dict.fromkeys(
        map(ord, "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"), " "
    ),
    **dict.fromkeys(map(ord, "\u200a\u202f\u205f\u3000"), " "),
    **dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), " "),
    **dict.fromkeys(map(ord, "{}"), " "),
    **dict.fromkeys(map(ord, "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"), "\n"),
}


def analysis_text(text: str) -> str:
    """``text`` with characters replaced one for one, for the analysis only; the result has exactly the
    same length, so every offset into it is the same offset into ``text`` (an identity map).

    Typographic double quotes (\u201c \u201d \u201e \u201f \u00ab \u00bb) become ``"`` and single ones
    (\u2018 \u2019 \u201a \u201b \u2039 \u203a) ``'``; no-break and other Unicode spaces, zero-width
    characters and the curly braces that article spinners leave around words become a space; ``\\r\\n``
    becomes a space and a newline, and other line separators (a lone ``\\r``, U+2028 ...) a newline.
    Double quotes typed as two marks, two backquotes or two apostrophes as Penn-Treebank-style text has them,
    become a ``"`` beside a space, on the side of the words they quote (marks set apart by spaces on both
    sides, as in tokenised text, stay as written). A markup tag left in plain text (``<tweet
    author="...">``, ``</tweet>``, ``<br/>``) becomes spaces: the parser would read its words as the
    article's.
    """
    text = text.replace("\r\n", " \n").translate(_ANALYSIS_MAP)
    if "''" in text or "``" in text:
        text = _PAIRED_MARKS.sub(_one_quote, text)
    if "<" in text:
        text = _MARKUP_TAG.sub(_blank, text)
    return text


#: a markup tag left in plain text ('<tweet author="x">', '</tweet>', '<br/>'): a name, then only
#: quoted attribute values, so "if a <b and c> d" is no tag
_MARKUP_TAG = re.compile(r"""</?[A-Za-z][\w:-]*(?:\s+[\w:-]+\s*=\s*(?:"[^"\n]*"|'[^'\n]*'))*\s*/?>""")


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


#: a double quote typed as two marks: `` opens, '' opens before a word and closes after one
_PAIRED_MARKS = re.compile(r"(?<!['`])(?:``|'')(?!['`])")


def _one_quote(match: re.Match[str]) -> str:
    before = match.string[match.start() - 1 : match.start()]
    after = match.string[match.end() : match.end() + 1]
    if (not before or before.isspace() or before in "([") and after.isalnum():
        return ' "'  # opening, on the word it quotes
    if before and not before.isspace() and match.group(0) == "''":
        return '" '  # closing, after the word
    return match.group(0)  # spaced apart, as in tokenised text ("`` I say ..."): left as written


# --------------------------------------------------------------------------- language

_MARKER_WORDS = """the of and to that is was for with it on he she they his her their be been have has had are
were this which but not from by at an or who will would said says its than also after about into there what
when more could one all we our you"""
#: Frequent English words that are rare as words of other languages written in the Latin alphabet.
ENGLISH_MARKERS = frozenset(_MARKER_WORDS.split())
#: Below this share of :data:`ENGLISH_MARKERS` among its words a text is flagged. English news passages of
#: 20 words or more score 0.19 to 0.5; French, German, Spanish, Italian and Dutch news score 0 to 0.03.
MIN_ENGLISH_MARKER_SHARE = 0.08
#: Below this share of A-Z among its letters a text is flagged (Cyrillic, Greek, CJK, Arabic ...).
MIN_LATIN_LETTER_SHARE = 0.6
#: Texts with fewer letters (or words, for the word test) are not judged; only this many characters from
#: the start are looked at.
LANGUAGE_MIN_LETTERS = 60
LANGUAGE_MIN_WORDS = 20
LANGUAGE_SAMPLE_CHARS = 20_000

_WORD = re.compile(r"[^\W\d_]+")  # a run of letters
_LATIN_RUN = re.compile(r"[A-Za-z]+")


def language_warning(text: str) -> str | None:
    """A warning when ``text`` does not look like English, else None. Cheap (no model): the share of
    A-Z among the letters and the share of frequent English words (:data:`ENGLISH_MARKERS`) among the
    words of the first :data:`LANGUAGE_SAMPLE_CHARS` characters. Short texts are not judged (fewer than
    :data:`LANGUAGE_MIN_LETTERS` letters; fewer than :data:`LANGUAGE_MIN_WORDS` words for the word test)."""
    sample = text[:LANGUAGE_SAMPLE_CHARS]
    words = _WORD.findall(sample.lower())
    letters = sum(map(len, words))
    if letters < LANGUAGE_MIN_LETTERS:
        return None
    latin = sum(map(len, _LATIN_RUN.findall(sample)))
    advice = "claims is built for English news: expect missed or mislabelled claims"
    if latin < MIN_LATIN_LETTER_SHARE * letters:
        return (
            f"not English? expected mostly Latin letters (A-Z), found {latin / letters:.0%} of the letters "
            f"are A-Z; {advice}"
        )
    if len(words) < LANGUAGE_MIN_WORDS:
        return None
    markers = sum(1 for word in words if word in ENGLISH_MARKERS)
    if markers < MIN_ENGLISH_MARKER_SHARE * len(words):
        return (
            f"not English? expected at least {MIN_ENGLISH_MARKER_SHARE:.0%} of the words to be frequent "
            f"English words (the, of, said ...), found {markers / len(words):.0%}; {advice}"
        )
    return None


# --------------------------------------------------------------------------- lines

_LINE_BREAK = re.compile(r"\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


def line_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each non-blank line: ``start`` after its leading whitespace, ``end`` before its
    trailing whitespace and line break. Lines break where :meth:`str.splitlines` breaks them."""
    spans: list[tuple[int, int]] = []
    start = 0
    for brk in [*_LINE_BREAK.finditer(text), None]:
        end = brk.start() if brk is not None else len(text)
        line = text[start:end]
        stripped = line.strip()
        if stripped:
            left = start + (len(line) - len(line.lstrip()))
            spans.append((left, left + len(stripped)))
        if brk is not None:
            start = brk.end()
    return spans


# --------------------------------------------------------------------------- boilerplate

_SENTENCE_END = re.compile(r"[.!?\u2026]+[\"')\]]*(?=\s)")


def _sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Rough sentences of ``text[start:end]`` (one line): split after . ! ? before whitespace."""
    spans: list[tuple[int, int]] = []
    pos = start
    for match in _SENTENCE_END.finditer(text, start, end):
        spans.append((pos, match.end()))
        pos = match.end()
    spans.append((pos, end))
    result: list[tuple[int, int]] = []
    for s, e in spans:
        chunk = text[s:e]
        if chunk.strip():
            left = s + len(chunk) - len(chunk.lstrip())
            result.append((left, left + len(chunk.strip())))
    return result


def _first_reason(patterns: tuple[BoilerplatePattern, ...], unit: str) -> str | None:
    words = len(unit.split())
    low = unit.lower()
    for rule in patterns:
        if rule.max_words is not None and words > rule.max_words:
            continue
        if rule.requires and not any(r in low for r in rule.requires):
            continue
        if rule.pattern.search(unit):
            return rule.reason
    return None


def _line_reason(line: str) -> str | None:
    """The boilerplate reason of one stripped line of analysis text, or None."""
    return _first_reason(boilerplate().line, line)


def find_boilerplate(text: str) -> list[Skipped]:
    """Spans of ``text`` that are boilerplate, not article content: sorted, non-overlapping, each with
    ``text[start:end] == span.text`` and a reason from :data:`BOILERPLATE_REASONS`.

    A line matching a line pattern of ``data/boilerplate.json`` is skipped whole; otherwise sentences of
    the line matching a sentence pattern are skipped, consecutive ones with the same reason as one span
    (so a line whose sentences are all promotion is skipped whole). Matching runs on
    :func:`analysis_text`, so curly quotes and no-break spaces do not matter.
    """
    lexicon = boilerplate()
    plain = analysis_text(text)
    skipped: list[Skipped] = []
    for start, end in line_spans(plain):
        reason = _first_reason(lexicon.line, plain[start:end])
        if reason is not None:
            skipped.append(Skipped(text[start:end], start, end, reason))
            continue
        sentences = _sentence_spans(plain, start, end)
        reasons = [_first_reason(lexicon.sentence, plain[s:e]) for s, e in sentences]
        hits: list[tuple[int, int, str]] = []
        previous: str | None = None
        for (s, e), sentence_reason in zip(sentences, reasons, strict=True):
            if sentence_reason is not None and sentence_reason == previous:
                hits[-1] = (hits[-1][0], e, sentence_reason)
            elif sentence_reason is not None:
                hits.append((s, e, sentence_reason))
            previous = sentence_reason
        skipped.extend(Skipped(text[s:e], s, e, r) for s, e, r in hits)
    return skipped


# --------------------------------------------------------------------------- headline

_CLOSERS = "\"')]"


def headline_span(text: str) -> tuple[int, int] | None:
    """The first line when it looks like a title: no sentence-final punctuation (. ! ? , ; :), at most 25
    words, not boilerplate, and followed by a blank line or by a dateline line. It is not skipped, but a
    title ("X tells Wikinews about ...") must not give a claim its source; callers mark it."""
    plain = analysis_text(text)
    spans = line_spans(plain)
    if len(spans) < 2:
        return None
    start, end = spans[0]
    line = plain[start:end]
    if line.rstrip(_CLOSERS).endswith((".", "!", "?", "\u2026", ",", ";", ":")) or len(line.split()) > 25:
        return None
    if not any(ch.isalpha() for ch in line) or _line_reason(line) is not None:
        return None
    next_start, next_end = spans[1]
    if plain.count("\n", end, next_start) >= 2:
        return (start, end)
    next_line = plain[next_start:next_end]
    if any(r.reason == "dateline" and r.pattern.search(next_line) for r in boilerplate().line):
        return (start, end)
    return None
