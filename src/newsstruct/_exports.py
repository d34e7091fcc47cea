"""Database exports: documents exported as text from LexisNexis / Nexis Uni and Factiva.

Media researchers get most of their wire copy from these databases, and the
exports wrap each story in the database's furniture:

* Nexis: the headline, the publication, the date (``November 4, 2025
  Tuesday``), an edition, the copyright, labelled metadata lines
  (``Section:``, ``Length:``, ``Byline:``, ``Dateline:``, ``Highlight:``),
  ``Body``, the story, then ``Graphic``, ``Classification``, more labelled
  lines (``Language:``, ``Subject:``, ``Load-Date:``) and ``End of Document``;
* Factiva: the headline, a byline, ``523 words``, the date (and time), the
  source's name and code, the page, the language, the copyright, the story,
  and ``Document LBA0000020251104el1400abc``; or the same fields behind
  two-letter codes, one a line (``HD``, ``BY``, ``WC``, ``PD``, ``SN``, ``SC``,
  ``LA``, ``CY``, ``LP``, ``TD`` ... ``AN``).

:func:`read_export` tells such a text by its furniture and says what each of
its blocks is; the composer (:mod:`newsstruct._article`) reads the headline,
byline, dateline and standfirst from the labelled lines and keeps the rest as
boilerplate of kind ``export`` (dates stay ``timestamp``, copyrights
``copyright``).  The labels are data (:mod:`newsstruct._data.exports`).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from newsstruct._blocks import Block
from newsstruct._boilerplate import match_boilerplate
from newsstruct._byline import match_byline, match_unled_byline
from newsstruct._caption import match_caption
from newsstruct._data.exports import (
    FACTIVA_BYLINE_FIELD,
    FACTIVA_COPYRIGHT_FIELD,
    FACTIVA_DATE_FIELDS,
    FACTIVA_HEADLINE_FIELD,
    FACTIVA_TEXT_FIELDS,
    NEXIS_BODY,
    NEXIS_END,
    NEXIS_TAIL_LABELS,
)
from newsstruct._dates import full_dates, resolve_in_text
from newsstruct._model import Dateline, Headline, Span, Standfirst
from newsstruct._options import Options
from newsstruct._patterns import (
    EXPORT_FACTIVA_DOCUMENT,
    EXPORT_FACTIVA_FIELD,
    EXPORT_LANGUAGE,
    EXPORT_NEXIS_COUNTER,
    EXPORT_NEXIS_HEADING,
    EXPORT_NEXIS_LABEL,
    EXPORT_TIME,
    EXPORT_WORD_COUNT,
)

#: The kind of a database export's furniture.
EXPORT = "export"
#: ``Body`` is looked for among this many leading blocks of a Nexis document.
_NEXIS_HEAD = 30
#: The word count is looked for among this many leading blocks (Factiva).
_FACTIVA_WORDS_AT = 4
#: A Factiva header has at most this many blocks after the word count.
_FACTIVA_HEAD = 10
#: A header line of an export has at most this many characters.
_MAX_HEAD_LINE = 200
#: A field-coded export has at least this many coded blocks.
_MIN_CODED = 3
#: The longest date after the place of a ``Dateline:`` line (``Nov. 4``, ``November 4, 2025``).
_MAX_DATE_TEXT = 20
#: The longest block tested for export furniture (a long ``Subject:`` line).
_MAX_FURNITURE = 3000


@attrs.frozen(eq=False)
class Export:
    """What :func:`read_export` found: the part each block of the export is."""

    #: Block index -> the kind of boilerplate it is (``export``, ``timestamp``, ``copyright``).
    kinds: dict[int, str]
    headline: Headline | None = None
    standfirst: Standfirst | None = None
    #: The blocks read as headline and standfirst.
    used: frozenset[int] = frozenset()
    #: Block index -> where the byline's names start (``Byline: Jane Doe``, ``BY Jane Doe``).
    bylines: dict[int, int] = attrs.field(factory=dict)
    #: Block index -> where the place starts (``Dateline: WASHINGTON``).
    datelines: dict[int, int] = attrs.field(factory=dict)
    #: Block index -> where its text starts, after a code over the story (``LP``, ``TD``).
    starts: dict[int, int] = attrs.field(factory=dict)


def read_export(text: str, blocks: Sequence[Block]) -> Export | None:
    """The parts of a Nexis or Factiva export, or ``None`` when *text* is none.

    >>> from newsstruct._blocks import split_blocks
    >>> from newsstruct._exports import read_export
    >>> text = (
    ...     "Talks end\\n\\nThe Courier\\nNovember 4, 2025 Tuesday\\n\\nLength: 80 words\\n"
    ...     "Byline: Jane Doe\\n\\nBody\\n\\nThe talks ended.\\n\\nLoad-Date: November 5, 2025\\n\\n"
    ...     "End of Document"
    ... )
    >>> found = read_export(text, split_blocks(text))
    >>> found.headline.text, sorted(found.kinds.items())
    ('Talks end', [(1, 'export'), (2, 'timestamp'), (3, 'export'), (5, 'export'), (7, 'export'), (8, 'export')])
    >>> [text[start:].splitlines()[0] for start in found.bylines.values()]
    ['Jane Doe']
    >>> read_export("Talks end\\n\\nThe talks ended.", split_blocks("Talks end\\n\\nThe talks ended."))
    """
    if len(blocks) < 3:
        return None
    first = blocks[0]
    if text.startswith(FACTIVA_HEADLINE_FIELD, first.start):
        coded = _factiva_coded(text, blocks)
        if coded is not None:
            return coded
    if NEXIS_BODY in text:
        nexis = _nexis(text, blocks)
        if nexis is not None:
            return nexis
    if _counter(text, first):
        academic = _academic(text, blocks)
        if academic is not None:
            return academic
    if "words" in text[: blocks[min(len(blocks), _FACTIVA_WORDS_AT + 1) - 1].end]:
        return _factiva(text, blocks)
    return None


def _line(text: str, block: Block) -> str:
    return text[block.start : block.end]


class _Reading:
    """The parts of a Nexis export read so far."""

    def __init__(self) -> None:
        self.kinds: dict[int, str] = {}
        self.bylines: dict[int, int] = {}
        self.datelines: dict[int, int] = {}
        self.headline: Headline | None = None
        self.standfirst: Standfirst | None = None
        self.used: set[int] = set()

    def head(self, text: str, at: int, block: Block) -> None:
        """Block *at* is the headline."""
        self.headline = Headline(_line(text, block), Span(block.start, block.end))
        self.used.add(at)

    def header(self, text: str, at: int, block: Block, first: bool) -> bool:
        """Read block *at* of a document's header (above the story): a labelled
        line (the byline, dateline and highlight of the first document read as
        such), a date, a copyright, the publication; ``True`` when it was labelled."""
        label = EXPORT_NEXIS_LABEL.match(text, block.start, block.end)
        if label is None:
            self.kinds[at] = _header_kind(text, block)
            return False
        name, value = label.group("label").casefold(), label.start("value")
        if first and value < block.end:
            if name == "byline" and not self.bylines:
                self.bylines[at] = value
                return True
            if name == "dateline" and not self.datelines:
                self.datelines[at] = value
                return True
            if name == "highlight" and self.standfirst is None:
                self.standfirst = Standfirst(text[value : block.end], Span(value, block.end))
                self.used.add(at)
                return True
        self.kinds[at] = EXPORT
        return True

    def export(self) -> Export | None:
        if self.headline is None:
            return None
        return Export(
            self.kinds,
            headline=self.headline,
            standfirst=self.standfirst,
            used=frozenset(self.used),
            bylines=self.bylines,
            datelines=self.datelines,
        )


def _nexis(text: str, blocks: Sequence[Block]) -> Export | None:
    """A Nexis export: the documents, each from its headline to ``End of Document``."""
    reading = _Reading()
    index, count = 0, len(blocks)
    while index < count:
        body = _nexis_body(text, blocks, index)
        if body is None:
            break
        first = index == 0
        if first:
            reading.head(text, 0, blocks[0])
        # the header: publication, date, edition, copyright, labelled lines
        for at in range(index + 1, body):
            reading.header(text, at, blocks[at], first)
        reading.kinds[body] = EXPORT
        index = _nexis_tail(text, blocks, body + 1, reading.kinds)
    return reading.export()


def _academic(text: str, blocks: Sequence[Block]) -> Export | None:
    """A LexisNexis Academic export: each document from ``1 of 25 DOCUMENTS``,
    the publication, date and edition, the headline, labelled lines in
    capitals (``BYLINE:``, ``LENGTH:``), the story, the closing labelled lines
    (``LOAD-DATE:``, ``LANGUAGE:``) and the copyright."""
    reading = _Reading()
    index, count = 0, len(blocks)
    while index < count and _counter(text, blocks[index]):
        first = index == 0
        reading.kinds[index] = EXPORT
        labels = index + 1
        stop = min(count, index + _NEXIS_HEAD)
        while labels < stop and not _labelled(text, blocks[labels]):
            labels += 1
        if labels >= stop or labels - 1 <= index:
            break
        # the header over the headline: publication, date, edition
        for at in range(index + 1, labels - 1):
            reading.kinds[at] = _header_kind(text, blocks[at])
        if first:
            reading.head(text, labels - 1, blocks[labels - 1])
        at = labels
        while at < count and _labelled(text, blocks[at]):
            reading.header(text, at, blocks[at], first)
            at += 1
        # the story, then its closing lines to the next document
        while at < count and not _closing(text, blocks[at]):
            at += 1
        while at < count and not _counter(text, blocks[at]):
            block = blocks[at]
            reading.kinds[at] = EXPORT if _labelled(text, block) else _header_kind(text, block)
            at += 1
        index = at
    return reading.export()


def labelled_dateline(text: str, start: int, place: int, end: int, options: Options) -> Dateline:
    """The dateline of an export's ``Dateline:`` line ``text[start:end]``, its
    place from *place* on: ``WASHINGTON``, ``WASHINGTON, Nov. 4`` (a date after
    the last comma, resolved as a dateline's is).

    >>> from newsstruct._exports import labelled_dateline
    >>> from newsstruct._options import DEFAULT_OPTIONS
    >>> text = "Dateline: WASHINGTON, D.C., Nov. 4"
    >>> d = labelled_dateline(text, 0, 10, len(text), DEFAULT_OPTIONS)
    >>> d.location, d.date_text
    ('WASHINGTON, D.C.', 'Nov. 4')
    """
    value = text[place:end].strip()
    location, date_text = value, None
    head, comma, tail = value.rpartition(",")
    tail = tail.strip()
    if comma and head.strip() and len(tail) <= _MAX_DATE_TEXT and any(map(str.isdigit, tail)):
        location, date_text = head.strip(), tail
    date = resolve_in_text(date_text, text, options, lead_start=start) if date_text else None
    return Dateline(
        text[start:end],
        Span(start, end),
        location=location or None,
        date_text=date_text,
        date=date,
    )


def _counter(text: str, block: Block) -> bool:
    """True when *block* is ``1 of 25 DOCUMENTS``."""
    return EXPORT_NEXIS_COUNTER.match(text, block.start, block.end) is not None


def _labelled(text: str, block: Block) -> bool:
    """True when *block* is a labelled line (``LENGTH: 523 words``)."""
    if block.end - block.start > _MAX_FURNITURE:
        return False
    return EXPORT_NEXIS_LABEL.match(text, block.start, block.end) is not None


def _closing(text: str, block: Block) -> bool:
    """True when *block* is a labelled line that follows a LexisNexis Academic
    story (``LOAD-DATE:``, ``LANGUAGE:``) or the next document's counter."""
    if block.end - block.start > _MAX_FURNITURE:
        return False
    label = EXPORT_NEXIS_LABEL.match(text, block.start, block.end)
    if label is not None:
        return label.group("label") in NEXIS_TAIL_LABELS
    return _counter(text, block)


def _nexis_body(text: str, blocks: Sequence[Block], index: int) -> int | None:
    """The index of the ``Body`` line of the document that starts at block
    *index*, when a labelled line stands above it; else ``None``."""
    labelled = False
    for at in range(index + 1, min(len(blocks), index + _NEXIS_HEAD)):
        block = blocks[at]
        if block.end - block.start > _MAX_FURNITURE:
            continue
        line = _line(text, block)
        if line == NEXIS_BODY:
            return at if labelled else None
        if line == NEXIS_END:
            return None
        if EXPORT_NEXIS_LABEL.match(line) is not None:
            labelled = True
    return None


def _nexis_tail(text: str, blocks: Sequence[Block], index: int, kinds: dict[int, str]) -> int:
    """Mark the furniture after a Nexis story that starts at block *index*:
    from the first heading or labelled line to ``End of Document``, whose
    lines are all furniture but the captions under ``Graphic``.  The index of
    the block after ``End of Document`` (or of the end)."""
    count = len(blocks)
    tail = False
    for at in range(index, count):
        block = blocks[at]
        short = block.end - block.start <= _MAX_FURNITURE
        line = _line(text, block) if short else ""
        if short and EXPORT_NEXIS_HEADING.match(line) is not None:
            tail = True
            kinds[at] = EXPORT
            if line == NEXIS_END:
                return at + 1
            continue
        if short and EXPORT_NEXIS_LABEL.match(line) is not None:
            tail = True
            kinds[at] = EXPORT
            continue
        if tail and match_caption(text, block.start, block.end) is None:
            kinds[at] = EXPORT  # a graphic's description that is no caption
    return count


def _header_kind(text: str, block: Block) -> str:
    """The kind of a line of an export's header that has no label: a date or
    time is a ``timestamp``, a copyright a ``copyright``, the rest (the
    publication, its edition, page and code) ``export``."""
    if block.end - block.start > _MAX_HEAD_LINE:
        return EXPORT
    found = match_boilerplate(text, block.start, block.end)
    if found is not None and found.kind in {"copyright", "timestamp"}:
        return found.kind
    if EXPORT_TIME.match(text, block.start, block.end) or full_dates(text, block.start, block.end):
        return "timestamp"
    return EXPORT


def _factiva(text: str, blocks: Sequence[Block]) -> Export | None:
    """A Factiva export: headline, byline, ``523 words``, date, source, code,
    language, copyright; the story; ``Document ...``; perhaps the next document."""
    kinds: dict[int, str] = {}
    index, count = 0, len(blocks)
    while index < count:
        story = _factiva_header(text, blocks, index, kinds)
        if story is None:
            break
        index = count
        for at in range(story, count):
            block = blocks[at]
            if EXPORT_FACTIVA_DOCUMENT.match(text, block.start, block.end):
                kinds[at] = EXPORT
                index = at + 1  # the next document, if any
                break
    if not kinds:
        return None
    block = blocks[0]
    return Export(
        kinds,
        headline=Headline(_line(text, block), Span(block.start, block.end)),
        used=frozenset({0}),
    )


def _factiva_header(
    text: str, blocks: Sequence[Block], index: int, kinds: dict[int, str]
) -> int | None:
    """Mark the header of the Factiva document whose headline is block
    *index* in *kinds*; the index of its story's first block, or ``None``
    when no header follows the headline."""
    words = None
    for at in range(index + 1, min(len(blocks), index + _FACTIVA_WORDS_AT + 1)):
        if EXPORT_WORD_COUNT.match(text, blocks[at].start, blocks[at].end):
            words = at
            break
    if words is None:
        return None
    found: dict[int, str] = {words: EXPORT}
    bylined = index > 0  # the byline of a later document is furniture
    for at in range(index + 1, words):
        block = blocks[at]
        if not bylined and _byline_at(text, block):
            bylined = True
            continue  # the byline, read by the composer
        found[at] = EXPORT  # a section or column over the word count
    dated = closed = False
    at = words + 1
    while at < min(len(blocks), words + 1 + _FACTIVA_HEAD):
        block = blocks[at]
        if block.end - block.start > _MAX_HEAD_LINE:
            break
        kind = _header_kind(text, block)
        found[at] = kind
        dated = dated or kind == "timestamp"
        at += 1
        if kind == "copyright":
            closed = True
            break
        if EXPORT_LANGUAGE.match(text, block.start, block.end):
            closed = True
            if at < len(blocks) and _header_kind(text, blocks[at]) == "copyright":
                found[at] = "copyright"
                at += 1
            break
    if not (dated and closed):
        return None
    kinds.update(found)
    return at


def _byline_at(text: str, block: Block) -> bool:
    """True when *block* reads as a byline (``By Jane Doe``, ``Jane Doe``)."""
    return (
        match_byline(text, block.start, block.end) is not None
        or match_unled_byline(text, block.start, block.end) is not None
    )


def _factiva_coded(text: str, blocks: Sequence[Block]) -> Export | None:
    """A field-coded Factiva export: ``HD`` headline, ``BY`` byline, ``PD``
    date, ``CY`` copyright, ``LP`` and ``TD`` over the story, and the other
    codes' lines as furniture."""
    kinds: dict[int, str] = {}
    bylines: dict[int, int] = {}
    starts: dict[int, int] = {}
    headline: Headline | None = None
    for at, block in enumerate(blocks):
        if block.end - block.start > _MAX_FURNITURE:
            continue
        found = EXPORT_FACTIVA_FIELD.match(text, block.start, block.end)
        if found is None:
            continue
        code, value = found.group("code"), found.start("value")
        if code == FACTIVA_HEADLINE_FIELD:
            if headline is None and at == 0 and value >= 0:
                headline = Headline(text[value : block.end], Span(value, block.end))
            continue
        if code == FACTIVA_BYLINE_FIELD and value >= 0 and not bylines:
            bylines[at] = value
        elif code in FACTIVA_TEXT_FIELDS and value >= 0:
            starts[at] = value  # the story on the code's line: LP FRANKFURT -- ...
        elif code in FACTIVA_DATE_FIELDS:
            kinds[at] = "timestamp"
        elif code == FACTIVA_COPYRIGHT_FIELD:
            kinds[at] = "copyright"
        else:
            kinds[at] = EXPORT
    if headline is None or len(kinds) + len(bylines) < _MIN_CODED:
        return None
    return Export(kinds, headline=headline, used=frozenset({0}), bylines=bylines, starts=starts)
