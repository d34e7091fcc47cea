"""A text whose lines end in ``\\r\\n`` read as its twin with ``\\n`` line ends.

The parsers read a line end as one character: a story written with ``\\r\\n``
line ends (Windows tools, e-mail, many feeds) is parsed as its twin with
``\\n`` ones (:func:`lf_twin`), and every :class:`~newsstruct.Span` of the
result is mapped back to the caller's string (:func:`as_crlf`), each part's
text read again from it at its new span.  A text without ``\\r\\n`` takes
no part of this.

The walk is generic: it goes through every frozen record (:func:`attrs.has`)
and tuple of the result, maps each ``Span`` field, and reads again the string
field it covers (``span`` covers ``text``, or ``mention`` on a record with no
``text``; ``credit_span`` covers ``credit``: a field ``X_span`` covers ``X``),
so a record added later is covered too.  Derived strings (a canonical name, a
role, a date as read) stay as the twin gives them.
"""

from __future__ import annotations

import datetime
import functools
import itertools
from bisect import bisect_left
from collections.abc import Callable
from typing import ParamSpec, TypeVar

import attrs

from newsstruct._model import Span

_P = ParamSpec("_P")
_R = TypeVar("_R")


def lf_twin(text: str) -> tuple[str, list[int]] | None:
    """*text* with each ``\\r\\n`` as ``\\n``, and the offsets in that twin of
    the ``\\n`` that were ``\\r\\n`` (in order); ``None`` when *text* has no
    ``\\r\\n`` (most texts).

    A ``\\r\\n`` after a lone ``\\r`` stays as written: that ``\\r`` ends a line
    of its own, as everywhere else (:func:`~newsstruct._blocks.layout_view`),
    and the two line ends make a blank line.

    >>> from newsstruct._crlf import lf_twin
    >>> lf_twin("Rain.\\r\\nMore rain.\\r\\n")
    ('Rain.\\nMore rain.\\n', [5, 16])
    >>> lf_twin("Rain.\\r\\r\\nMore.\\r\\n")
    ('Rain.\\r\\r\\nMore.\\n', [13])
    >>> lf_twin("Rain.\\nMore rain.\\r") is None
    True
    """
    if "\r\n" not in text:
        return None
    pieces = text.split("\r\n")
    if "\r\r\n" not in text:
        ends = list(itertools.accumulate(len(piece) + 1 for piece in pieces[:-1]))
        return "\n".join(pieces), [end - 1 for end in ends]
    twin = [pieces[0]]
    breaks: list[int] = []
    at = len(pieces[0])
    for before, piece in itertools.pairwise(pieces):
        if before.endswith("\r"):
            twin.append("\r\n")
            at += 2
        else:
            twin.append("\n")
            breaks.append(at)
            at += 1
        twin.append(piece)
        at += len(piece)
    return "".join(twin), breaks


class _Mapper:
    """Maps the records parsed from a twin (:func:`lf_twin`) to *text*."""

    __slots__ = ("breaks", "text", "twin")

    def __init__(self, twin: str, breaks: list[int], text: str) -> None:
        self.twin = twin
        self.breaks = breaks
        self.text = text

    def at(self, offset: int) -> int:
        """The offset in the text of *offset* in the twin.

        A start maps to its character's offset (a ``\\n`` that was ``\\r\\n``
        to its ``\\r``), an end to the offset just after the character before
        it (after the ``\\n`` of a ``\\r\\n``): the same sum, so a span never
        cuts a ``\\r\\n`` in half.
        """
        return offset + bisect_left(self.breaks, offset)

    def span(self, span: Span) -> Span:
        """*span* mapped (itself when no ``\\r\\n`` stands before its end)."""
        start, end = self.at(span.start), self.at(span.end)
        return span if end == span.end else Span(start, end)

    def value(self, value: object) -> object:
        """*value* with its spans mapped (a record, a tuple, a span or a leaf)."""
        if isinstance(value, Span):
            return self.span(value)
        if isinstance(value, tuple):
            items = [self.value(item) for item in value]
            if all(new is old for new, old in zip(items, value, strict=True)):
                return value
            return tuple(items)
        if attrs.has(type(value)):
            return self.record(value)
        return value

    def record(self, record: object) -> object:
        """*record* with its spans mapped and the strings they cover read again."""
        kind = type(record)
        fields, whole = _fields(kind)
        values = {name: getattr(record, name) for name, _, _ in fields}
        changed = False
        for name, _, covered in fields:
            old = getattr(record, name)
            if old is None or type(old) in _LEAVES:
                continue
            new = self.value(old)
            if new is old:
                continue
            values[name] = new
            changed = True
            if (
                covered is not None
                and isinstance(old, Span)
                and isinstance(new, Span)
                and getattr(record, covered) == self.twin[old.start : old.end]
            ):
                values[covered] = self.text[new.start : new.end]
        if whole and values["text"] == self.twin:
            # (a record of the whole text: the article)
            values["text"] = self.text
            changed = True
        if not changed:
            return record
        return kind(**{alias: values[name] for name, alias, _ in fields})


#: The field types that hold no span (skipped by the walk).
_LEAVES = frozenset({str, int, bool, float, datetime.date, datetime.datetime})

#: Each record class's fields as :func:`_fields` gives them (classes only: no text kept).
_FIELDS: dict[type, tuple[tuple[tuple[str, str, str | None], ...], bool]] = {}


def _fields(kind: type) -> tuple[tuple[tuple[str, str, str | None], ...], bool]:
    """The fields of the record class *kind*: each one's name, its name in
    ``__init__`` and the string field it covers when it is a span (``span``:
    ``text``, else ``mention``; ``X_span``: ``X``), else ``None``; and whether
    the record is one of the whole text (a ``text`` and no span: the article).
    """
    known = _FIELDS.get(kind)
    if known is not None:
        return known
    names = [field.name for field in attrs.fields(kind)]
    found: list[tuple[str, str, str | None]] = []
    for field in attrs.fields(kind):
        name = field.name
        if name == "span":
            covered: str | None = next((n for n in ("text", "mention") if n in names), None)
        elif name.endswith("_span") and name[: -len("_span")] in names:
            covered = name[: -len("_span")]
        else:
            covered = None
        found.append((name, field.alias or name, covered))
    whole = "text" in names and not any(covered for _, _, covered in found)
    _FIELDS[kind] = (tuple(found), whole)
    return _FIELDS[kind]


def as_crlf(result: _R, twin: str, breaks: list[int], text: str) -> _R:
    """*result* (a record, a span, a tuple of them or ``None``), parsed from
    *twin* (:func:`lf_twin` of *text*), with every span mapped to *text* and
    every part's text read from *text*.

    >>> from newsstruct._crlf import as_crlf, lf_twin
    >>> from newsstruct._model import Paragraph, Span
    >>> text = "Rain fell\\r\\nall day.\\r\\n\\r\\nTalks end.\\r\\n"
    >>> twin, breaks = lf_twin(text)
    >>> parts = (Paragraph("Rain fell\\nall day.", Span(0, 18)), Paragraph("Talks end.", Span(20, 30)))
    >>> as_crlf(parts, twin, breaks, text)  # doctest: +NORMALIZE_WHITESPACE
    (Paragraph(text='Rain fell\\r\\nall day.', span=Span(start=0, end=19)),
     Paragraph(text='Talks end.', span=Span(start=23, end=33)))
    """
    return _Mapper(twin, breaks, text).value(result)  # type: ignore[return-value]


def read_as_lf(parser: Callable[_P, _R]) -> Callable[_P, _R]:
    """*parser* (a public function taking a text first, ``text``, and giving
    spans into it), reading a text with ``\\r\\n`` line ends as its ``\\n``
    twin (:func:`lf_twin`), its result mapped back (:func:`as_crlf`).

    >>> from newsstruct._crlf import read_as_lf
    >>> from newsstruct import Span
    >>> from newsstruct._quotes import find_quotes
    >>> text = 'Talks ended.\\r\\n"We will win," said Mayor Jo Lind.'
    >>> [(q.text, q.span, q.speaker.span) for q in read_as_lf(find_quotes)(text)]
    [('We will win,', Span(start=15, end=27), Span(start=34, end=47))]
    >>> read_as_lf(find_quotes)(text=text)[0].span
    Span(start=15, end=27)
    """

    @functools.wraps(parser)
    def read(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        text = args[0] if args else kwargs.get("text")
        if not isinstance(text, str) or (found := lf_twin(text)) is None:
            return parser(*args, **kwargs)  # (a caller's mistake raises there)
        twin, breaks = found
        if args:
            moved = (twin, *args[1:])
            return as_crlf(parser(*moved, **kwargs), twin, breaks, text)  # type: ignore[arg-type]
        kwargs["text"] = twin
        return as_crlf(parser(*args, **kwargs), twin, breaks, text)

    # (the public name: pickle finds the function as newsstruct.NAME, so it can be
    # sent to worker processes)
    read.__module__ = "newsstruct"
    return read
