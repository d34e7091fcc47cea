"""The command line: ``newsstruct FILE...`` and ``python -m newsstruct``.

Exit statuses (documented in the docs' CLI page):

* ``0``: every input was parsed;
* ``2``: at least one input could not be read (missing, a directory, not
  decodable...) or the command line was wrong; the other inputs were still
  parsed and printed;
* ``130``: interrupted (Ctrl-C); every record already written is complete;
* ``141``: the reader of the output went away (broken pipe, e.g. ``| head``).
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import sys
from collections.abc import Sequence
from typing import IO

from newsstruct._article import build_article
from newsstruct._options import Options
from newsstruct._serialize import to_dict
from newsstruct.exceptions import NewsstructError

EXIT_OK = 0
EXIT_INPUT = 2
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141

_PROG = "newsstruct"


class InputProblem(Exception):
    """An input that cannot be read; the message is one line naming the file."""


def _date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {value!r}") from None


def _parser() -> argparse.ArgumentParser:
    from newsstruct import __version__

    parser = argparse.ArgumentParser(
        prog=_PROG,
        description="Parse news articles (plain text) into JSON: headline, byline, dateline, "
        "captions, paragraphs, quotes with speakers, boilerplate.",
        epilog="Exit status: 0 ok, 2 an input could not be read or bad usage, "
        "130 interrupted, 141 output closed early.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="text files to parse; - for stdin")
    parser.add_argument("--jsonl", action="store_true", help="print one JSON object per line")
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
        help="ISO 639-1 language to read dates in (repeatable); default: detect",
    )
    parser.add_argument(
        "--encoding", default="utf-8", help="encoding of the input files (default: utf-8)"
    )
    parser.add_argument(
        "--errors",
        default="strict",
        choices=["strict", "replace", "ignore", "surrogateescape"],
        help="what to do with undecodable bytes (default: strict = report and skip the file)",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def _read(name: str, encoding: str, errors: str, stdin: IO[bytes]) -> str:
    if name == "-":
        data = stdin.read()
        label = "<stdin>"
    else:
        label = name
        if os.path.isdir(name):
            raise InputProblem(f"{label}: is a directory, not a text file")
        try:
            with open(name, "rb") as handle:
                data = handle.read()
        except FileNotFoundError:
            raise InputProblem(f"{label}: no such file") from None
        except PermissionError:
            raise InputProblem(f"{label}: permission denied") from None
        except OSError as error:
            raise InputProblem(f"{label}: cannot read ({error.strerror or error})") from None
    if errors == "strict" and b"\x00" in data[:8192] and not encoding.lower().startswith("utf-16"):
        raise InputProblem(
            f"{label}: looks like a binary file (NUL bytes), not text; "
            f"use --errors replace to parse it anyway"
        )
    try:
        return data.decode(encoding, errors)
    except UnicodeDecodeError as error:
        raise InputProblem(
            f"{label}: not valid {error.encoding} at byte {error.start}; "
            f"pass --encoding to name the right one or --errors replace"
        ) from None
    except LookupError:
        raise InputProblem(f"{label}: unknown encoding {encoding!r}") from None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with *argv* (default ``sys.argv[1:]``); return the exit status."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    try:
        options = Options(reference_date=args.reference_date, languages=args.languages)
    except NewsstructError as error:
        print(f"{_PROG}: {error}", file=sys.stderr)
        return EXIT_INPUT
    try:
        return _run(args.files, options, args)
    except KeyboardInterrupt:
        print(f"{_PROG}: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        print(f"{_PROG}: output closed early (broken pipe); stopped", file=sys.stderr)
        return EXIT_BROKEN_PIPE


def _run(files: Sequence[str], options: Options, args: argparse.Namespace) -> int:
    status = EXIT_OK
    out = sys.stdout
    for name in files:
        try:
            text = _read(name, args.encoding, args.errors, sys.stdin.buffer)
        except InputProblem as problem:
            print(f"{_PROG}: {problem}", file=sys.stderr)
            status = EXIT_INPUT
            continue
        record = to_dict(build_article(text, options))
        if args.jsonl:
            line = json.dumps(record, ensure_ascii=False)
        else:
            line = json.dumps(record, ensure_ascii=False, indent=2)
        out.write(line + "\n")
        out.flush()
    return status


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at devnull so interpreter exit is quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
