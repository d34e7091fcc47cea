"""The command line: ``newsstruct FILE...`` and ``python -m newsstruct``.

Exit statuses (documented in the docs' CLI page):

* ``0``: every input was parsed;
* ``2``: at least one input could not be read (missing, a directory, not
  decodable...), a JSON-lines record was bad (it got an error record in the
  output), or the command line was wrong; the other inputs were still parsed
  and printed;
* ``130``: interrupted (Ctrl-C); every record already written is complete;
* ``141``: the reader of the output went away (broken pipe, e.g. ``| head``).

Batch mode: ``--input-format jsonl`` reads JSON lines (one article per line,
the text in ``--text-field``, an id in ``--id-field`` carried into the output
as ``"id"``); ``--jobs N`` parses in N worker processes, output still in input
order.  A progress bar (with the optional ``tqdm``) shows on stderr when it is
a terminal, and a one-line summary ends every run.

``--split``: each input (file or JSON line) may hold several documents of a
database export (:func:`newsstruct.split_documents`); each is parsed as its
own record, which carries ``"document"`` (1, 2, ... within its input) and
``"offset"`` (where the document starts in its input; the record's spans
index the document's text).
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import datetime
import functools
import itertools
import json
import os
import signal
import sys
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures.process import BrokenProcessPool
from types import FrameType
from typing import IO, Any

import attrs

# (the public function: a file with \r\n line ends is split as its \n twin)
from newsstruct import split_documents
from newsstruct._article import build_article
from newsstruct._batch import check_workers, imap_chunks
from newsstruct._options import Options
from newsstruct._serialize import dumps, iter_json
from newsstruct.exceptions import NewsstructError

EXIT_OK = 0
EXIT_INPUT = 2
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141

_PROG = "newsstruct"
_CHUNKSIZE = 32
_BINARY_SNIFF = 8192


class InputProblem(Exception):
    """An input that cannot be read; the message is one line naming the file."""


@attrs.frozen
class _Item:
    """One article to parse, or one bad record to report, in input order."""

    id: Any = None
    text: str | None = None
    error: str | None = None
    label: str = ""
    has_id: bool = False
    #: With ``--split``: the document's number in its input (from 1) and where it starts.
    document: int = 0
    offset: int = 0


@attrs.define
class _Stats:
    articles: int = 0
    errors: int = 0
    unreadable: int = 0


def _date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {value!r}") from None


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        jobs = -1
    if jobs < 0:
        raise argparse.ArgumentTypeError(
            f"expected a number of worker processes (0 = one per core), got {value!r}"
        )
    return jobs


def _encoding(value: str) -> str:
    """An encoding Python can decode text with, checked before any input is read."""
    try:
        known = codecs.lookup(value)
    except LookupError:
        known = None
    if known is None or not getattr(known, "_is_text_encoding", True):
        raise argparse.ArgumentTypeError(
            f"{value!r} is no text encoding Python knows; name one "
            f"such as utf-8, cp1252, latin-1 or utf-16"
        )
    return value


def _parser() -> argparse.ArgumentParser:
    from newsstruct import __version__

    parser = argparse.ArgumentParser(
        prog=_PROG,
        description="Parse news articles (plain text) into JSON: headline, byline, dateline, "
        "captions, paragraphs, quotes with speakers, boilerplate.",
        epilog="Exit status: 0 ok, 2 an input or record could not be read or bad usage, "
        "130 interrupted, 141 output closed early.",
    )
    parser.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="files to parse (one article each, or JSON lines with --input-format jsonl); "
        "- for stdin",
    )
    parser.add_argument("--jsonl", action="store_true", help="print one JSON object per line")
    parser.add_argument(
        "--input-format",
        choices=["text", "jsonl"],
        default="text",
        help="text: each FILE is one article (default); jsonl: each line of each FILE is a "
        "JSON object holding one article (output is then JSON lines)",
    )
    parser.add_argument(
        "--text-field",
        default=None,
        metavar="NAME",
        help="with --input-format jsonl: the field holding the article text (default: text)",
    )
    parser.add_argument(
        "--id-field",
        default=None,
        metavar="NAME",
        help='with --input-format jsonl: the field copied into each output record as "id" '
        "(default: id)",
    )
    parser.add_argument(
        "--jobs",
        "-j",
        type=_jobs,
        default=1,
        metavar="N",
        help="worker processes (default 1: no pool; 0: one per core); output keeps input order",
    )
    parser.add_argument(
        "--split",
        action="store_true",
        help="parse each document of a database export (Nexis, Factiva, ProQuest: several "
        'stories in one FILE or JSON line) as its own record, with "document" and "offset"',
    )
    parser.add_argument(
        "--html",
        metavar="OUT.html",
        help="write the (single) article as a self-contained HTML page with its parts marked, "
        "instead of printing JSON ('-' for standard output)",
    )
    parser.add_argument(
        "--quiet", "-q", action="store_true", help="no progress bar and no summary line"
    )
    parser.add_argument(
        "--reference-date",
        type=_date,
        metavar="YYYY-MM-DD",
        help="the day the stories moved; years of dateline dates resolve against it",
    )
    parser.add_argument(
        "--language",
        action="append",
        dest="languages",
        metavar="CODE",
        help="ISO 639-1 language to read dates in (repeatable); one alone is also the "
        "language quotes are read in; default: detect",
    )
    parser.add_argument(
        "--transcripts",
        action="store_true",
        help="read transcripts printed without quotation marks (NAME: words) as quotes",
    )
    parser.add_argument(
        "--no-headline",
        dest="headline",
        action="store_false",
        help="the texts hold no headline, only the story: never read a headline from them",
    )
    parser.add_argument(
        "--no-quotes",
        dest="quotes",
        action="store_false",
        help="skip quotes and their speakers (the costliest part): structure only, faster",
    )
    parser.add_argument(
        "--encoding",
        default="utf-8",
        type=_encoding,
        help="encoding of the input files (default: utf-8)",
    )
    parser.add_argument(
        "--errors",
        default="strict",
        choices=["strict", "replace", "ignore", "surrogateescape"],
        help="what to do with undecodable bytes (default: strict = report and skip the file, "
        "or the JSON line)",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def _label(name: str) -> str:
    return "<stdin>" if name == "-" else name


def _open(name: str, stdin: IO[bytes]) -> IO[bytes]:
    """Open *name* for binary reading (``-`` is *stdin*); problems as :class:`InputProblem`."""
    if name == "-":
        return stdin
    if os.path.isdir(name):
        raise InputProblem(
            f"{name}: is a directory, not a text file; pass its files "
            f"(newsstruct {os.path.join(name, '*.txt')})"
        )
    try:
        return open(name, "rb")
    except FileNotFoundError:
        raise InputProblem(f"{name}: no such file") from None
    except PermissionError:
        raise InputProblem(f"{name}: permission denied") from None
    except OSError as error:
        raise InputProblem(f"{name}: cannot read ({error.strerror or error})") from None


_WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _check_binary(label: str, head: bytes, encoding: str, errors: str) -> None:
    wide = encoding.lower().startswith(("utf-16", "utf-32"))
    if errors != "strict" or b"\x00" not in head or wide:
        return
    for bom, name in _WIDE_BOMS:
        if head.startswith(bom):
            raise InputProblem(
                f"{label}: looks like {name.upper()} text (it opens with a byte order mark); "
                f"pass --encoding {name}"
            )
    raise InputProblem(
        f"{label}: looks like a binary file (NUL bytes), not text; "
        f"use --errors replace to parse it anyway"
    )


def _decode(data: bytes, encoding: str, errors: str, where: str) -> str:
    try:
        return data.decode(encoding, errors)
    except UnicodeDecodeError as error:
        raise InputProblem(
            f"{where}: not valid {error.encoding} at byte {error.start}; "
            f"pass --encoding to name the right one or --errors replace"
        ) from None
    except LookupError:
        raise InputProblem(f"{where}: unknown encoding {encoding!r}") from None


def _read(name: str, encoding: str, errors: str, stdin: IO[bytes]) -> str:
    label = _label(name)
    handle = _open(name, stdin)
    try:
        data = handle.read()
    except OSError as error:
        raise InputProblem(f"{label}: cannot read ({error.strerror or error})") from None
    finally:
        if handle is not stdin:
            handle.close()
    _check_binary(label, data[:_BINARY_SNIFF], encoding, errors)
    return _decode(data, encoding, errors, label)


def _text_items(args: argparse.Namespace, stats: _Stats, stdin: IO[bytes]) -> Iterator[_Item]:
    # of several inputs, each record says which it is ("id": the file's name)
    several = len(args.files) > 1
    for name in args.files:
        try:
            text = _read(name, args.encoding, args.errors, stdin)
        except InputProblem as problem:
            _warn(str(problem))
            stats.unreadable += 1
            continue
        label = _label(name)
        yield _Item(id=label if several else None, text=text, label=label, has_id=several)


def _jsonl_items(args: argparse.Namespace, stats: _Stats, stdin: IO[bytes]) -> Iterator[_Item]:
    for name in args.files:
        label = _label(name)
        try:
            handle = _open(name, stdin)
        except InputProblem as problem:
            _warn(str(problem))
            stats.unreadable += 1
            continue
        try:
            peek = getattr(handle, "peek", None)
            if peek is not None:
                try:
                    _check_binary(
                        label, peek(_BINARY_SNIFF)[:_BINARY_SNIFF], args.encoding, args.errors
                    )
                except InputProblem as problem:
                    _warn(str(problem))
                    stats.unreadable += 1
                    continue
            # A UTF-8 byte order mark (as Windows tools write) belongs to no record.
            bom = codecs.BOM_UTF8 if codecs.lookup(args.encoding).name == "utf-8" else None
            try:
                for number, raw in enumerate(handle, start=1):
                    if number == 1 and bom is not None and raw.startswith(bom):
                        raw = raw[len(bom) :]
                    if raw.strip():
                        yield _record(raw, f"{label}:{number}", args)
            except OSError as error:
                _warn(f"{label}: cannot read ({error.strerror or error})")
                stats.unreadable += 1
        finally:
            if handle is not stdin:
                handle.close()


def _record(raw: bytes, where: str, args: argparse.Namespace) -> _Item:
    """Turn one JSON line into an :class:`_Item` (an error item when it is bad)."""
    try:
        line = _decode(raw, args.encoding, args.errors, where)
    except InputProblem as problem:
        return _Item(error=str(problem), label=where, has_id=True)
    try:
        record = json.loads(line)
    except ValueError as error:
        return _Item(error=f"{where}: not valid JSON ({error})", label=where, has_id=True)
    if not isinstance(record, dict):
        return _Item(
            error=f"{where}: expected a JSON object, got {type(record).__name__}",
            label=where,
            has_id=True,
        )
    ident = record.get(args.id_field)
    text = record.get(args.text_field)
    if not isinstance(text, str):
        if args.text_field not in record:
            what = f"no field {args.text_field!r}"
        elif text is None:
            what = f"field {args.text_field!r} is null, not a string"
        else:
            what = f"field {args.text_field!r} is not a string ({type(text).__name__})"
        return _Item(
            id=ident,
            error=f"{where}: {what}; name the text field with --text-field",
            label=where,
            has_id=True,
        )
    return _Item(id=ident, text=text, label=where, has_id=True)


def _render(options: Options, indent: int | None, item: _Item) -> tuple[Iterable[str], bool]:
    """Return the output line for *item*, in pieces, and whether it is an error record.

    An article's line comes from :func:`~newsstruct._serialize.iter_json`: a field
    or a list item at a time, so the record's JSON is never held whole (a 100 MB
    input gives a line of several hundred MB).
    """
    if item.error is None and item.text is not None:
        try:
            article = build_article(item.text, options)
        except Exception as error:  # a parser bug must not stop a million-article run
            message = f"{item.label}: parser failed ({type(error).__name__}: {error})"
        else:
            head: list[tuple[str, Any]] = []
            if item.document:
                ident = item.id if item.has_id else item.label
                head = [("id", ident), ("document", item.document), ("offset", item.offset)]
            elif item.has_id:
                head = [("id", item.id)]
            return iter_json(article, indent=indent, head=head), False
    else:
        message = item.error or f"{item.label}: no text"
    ident = item.id if item.has_id else item.label
    record = {"id": ident, "error": message}
    return (dumps(record, indent),), True


def _render_chunk(
    options: Options, indent: int | None, items: list[_Item]
) -> list[tuple[str, bool]]:
    """Lines for a worker to send back whole."""
    lines = []
    for item in items:
        pieces, is_error = _render(options, indent, item)
        lines.append(("".join(pieces), is_error))
    return lines


#: Pieces of a line are gathered up to this many characters before a write, and
#: a longer piece is cut into writes of it (:meth:`_Output.write`).
_WRITE_PIECE = 1 << 16


def _escape_unencodable(error: UnicodeError) -> tuple[str, int]:
    """A codec error handler: the characters an encoding cannot hold as JSON
    escapes (``\\udcff``).  Such characters are only ever inside JSON strings,
    where an escape stands for the same character."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    bad = error.object[error.start : error.end]
    return json.dumps(bad)[1:-1], error.end


codecs.register_error("newsstruct.json", _escape_unencodable)


class _Output:
    """Writes whole lines; a Ctrl-C arriving mid-write is raised after the line is out."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.writing = False
        self.pending = False

    def write(self, pieces: Iterable[str]) -> None:
        """Write the line made of *pieces* and a line break, then flush."""
        self.writing = True
        try:
            held: list[str] = []
            size = 0
            for piece in pieces:
                held.append(piece)
                size += len(piece)
                if size >= _WRITE_PIECE:
                    self._write("".join(held))
                    held.clear()
                    size = 0
            held.append("\n")
            self._write("".join(held))
            self.stream.flush()
        finally:
            self.writing = False
        if self.pending:
            self.pending = False
            raise KeyboardInterrupt

    def _write(self, data: str) -> None:
        """Write *data*, a long one in pieces, each flushed: a reader that goes
        away in the middle of a line (``| head -c 100``) makes the next piece's
        write fail, so the broken pipe is reported, never a line silently cut."""
        if len(data) <= _WRITE_PIECE:
            self._put(data)
            return
        for at in range(0, len(data), _WRITE_PIECE):
            self._put(data[at : at + _WRITE_PIECE])
            self.stream.flush()

    def _put(self, data: str) -> None:
        try:
            self.stream.write(data)
        except UnicodeEncodeError:
            # Text the output encoding cannot hold (lone surrogates from
            # --errors surrogateescape, or a narrow encoding) is written as JSON
            # escapes; nothing of *data* was written yet.
            encoding = getattr(self.stream, "encoding", None) or "utf-8"
            self.stream.write(data.encode(encoding, "newsstruct.json").decode(encoding))

    def on_sigint(self, signum: int, frame: FrameType | None) -> None:
        if self.writing:
            self.pending = True
        else:
            raise KeyboardInterrupt


def _progress(enabled: bool) -> Any:
    """A tqdm bar on stderr when it is a terminal and tqdm is installed, else ``None``."""
    if not enabled:
        return None
    try:
        if not sys.stderr.isatty():
            return None
    except (AttributeError, ValueError):
        return None
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    return tqdm(unit=" records", file=sys.stderr, dynamic_ncols=True, mininterval=0.5)


def _warn(message: str) -> None:
    print(f"{_PROG}: {message}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with *argv* (default ``sys.argv[1:]``); return the exit status."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    if args.html is not None and (
        len(args.files) != 1 or args.input_format != "text" or args.split
    ):
        _warn("--html takes exactly one FILE holding one article (text input, no --split)")
        return EXIT_INPUT
    if args.input_format != "jsonl" and (args.text_field, args.id_field) != (None, None):
        # Without it each FILE would be read whole as one article, JSON and all.
        _warn("--text-field and --id-field name fields of JSON lines: add --input-format jsonl")
        return EXIT_INPUT
    args.text_field = "text" if args.text_field is None else args.text_field
    args.id_field = "id" if args.id_field is None else args.id_field
    if args.transcripts and not args.quotes:
        _warn(
            "--transcripts reads a transcript's turns as quotes, and --no-quotes skips "
            "quotes: pass one of them"
        )
        return EXIT_INPUT
    try:
        options = Options(
            reference_date=args.reference_date,
            languages=args.languages,
            transcripts=args.transcripts,
            headline=args.headline,
            quotes=args.quotes,
        )
    except NewsstructError as error:
        _warn(str(error))
        return EXIT_INPUT
    stats = _Stats()
    started = time.monotonic()
    output = _Output(sys.stdout)
    previous = None
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGINT, output.on_sigint)
    try:
        if args.html is not None:
            status = _write_html(args, options, stats)
        else:
            status = _run(args, options, stats, output)
    except KeyboardInterrupt:
        _summary(args, stats, started, "interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        _warn("output closed early (broken pipe); stopped")
        return EXIT_BROKEN_PIPE
    except BrokenProcessPool:
        _warn(
            "a worker process died (out of memory?); stopped; rerun with --jobs 1 to find the input"
        )
        _summary(args, stats, started, "stopped")
        return EXIT_INPUT
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)
    _summary(args, stats, started, None)
    return status


def _run(args: argparse.Namespace, options: Options, stats: _Stats, output: _Output) -> int:
    stdin = sys.stdin.buffer
    if args.input_format == "jsonl":
        items = _jsonl_items(args, stats, stdin)
        indent = None
    else:
        items = _text_items(args, stats, stdin)
        indent = None if args.jsonl else 2
    if args.split:
        items = _documents(items)
    workers = check_workers(None if args.jobs == 0 else args.jobs)
    lines: Iterator[tuple[Iterable[str], bool]]
    whole: Iterator[tuple[str, bool]] | None = None
    if workers == 1:
        lines = (_render(options, indent, item) for item in items)
    else:
        task = functools.partial(_render_chunk, options, indent)
        whole = imap_chunks(task, items, workers=workers, chunksize=_CHUNKSIZE)
        lines = (((line,), is_error) for line, is_error in whole)
    bar = _progress(not args.quiet)
    try:
        for pieces, is_error in lines:
            output.write(pieces)
            stats.articles += not is_error
            stats.errors += is_error
            if bar is not None:
                bar.update(1)
    finally:
        for source in (lines, whole):
            close = getattr(source, "close", None)
            if close is not None:
                close()
        if bar is not None:
            bar.close()
    return EXIT_INPUT if stats.errors or stats.unreadable else EXIT_OK


def _documents(items: Iterator[_Item]) -> Iterator[_Item]:
    """Each document of each item (``--split``); a bad item as it is."""
    for item in items:
        text = item.text
        if item.error is not None or text is None:
            yield item
            continue
        for number, span in enumerate(split_documents(text), start=1):
            yield attrs.evolve(
                item, text=text[span.start : span.end], document=number, offset=span.start
            )


def _write_html(args: argparse.Namespace, options: Options, stats: _Stats) -> int:
    from newsstruct._html import render_html

    items = list(itertools.islice(_text_items(args, stats, sys.stdin.buffer), 1))
    if not items or items[0].text is None:
        return EXIT_INPUT
    # UTF-8 whatever the locale; a lone surrogate (from --errors
    # surrogateescape) becomes a character reference the browser shows as U+FFFD
    page = render_html(build_article(items[0].text, options)).encode("utf-8", "xmlcharrefreplace")
    if args.html == "-":
        sys.stdout.flush()
        sys.stdout.buffer.write(page)
        sys.stdout.buffer.flush()
        stats.articles += 1
        return EXIT_OK
    try:
        with open(args.html, "wb") as handle:
            handle.write(page)
    except OSError as error:
        _warn(f"{args.html}: cannot write ({error.strerror or error})")
        stats.unreadable += 1
        return EXIT_INPUT
    stats.articles += 1
    return EXIT_OK


def _summary(args: argparse.Namespace, stats: _Stats, started: float, note: str | None) -> None:
    if args.quiet:
        return
    seconds = time.monotonic() - started
    rate = stats.articles / seconds if seconds > 0 else 0.0
    errors = stats.errors + stats.unreadable
    parts = [
        f"{stats.articles} article{'s' * (stats.articles != 1)} in {seconds:.2f} s ({rate:.1f}/s)",
        f"{errors} error{'s' * (errors != 1)}",
    ]
    if note:
        parts.append(note)
    with contextlib.suppress(OSError, ValueError):
        _warn(", ".join(parts))


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at devnull so interpreter exit is quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
