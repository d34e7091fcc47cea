"""Database exports: documents exported as text from LexisNexis / Nexis Uni, Factiva and ProQuest.

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
  ``LA``, ``CY``, ``LP``, ``TD`` ... ``AN``);
* ProQuest: ``Document 1 of 20``, the headline, labelled fields
  (``Author:``, ``Publication info:``, ``Abstract:``), ``Full text:`` and the
  story, more labelled fields (``Subject:`` ... ``Publication date:`` ...
  ``Database:``) and a row of underscores; or, abridged, the headline, a
  paragraph ``ABSTRACT.`` over the abstract and ``FULL TEXT.`` over the story.

A Nexis Uni export saved as DOCX or PDF and turned into text opens with a
cover page (``User Name:``, ``Job Number:``, ``Documents (25)``, the listed
headlines, ``Search Terms:``, ``Narrowed by``...): it is furniture too.
:func:`split_documents` cuts a file of several documents at the export's own
marks; passed whole to the composer, such a file is read as its first document
(the blocks of the others are ``export`` boilerplate).

:func:`read_export` tells such a text by its furniture and says what each of
its blocks is; the composer (:mod:`newsstruct._article`) reads the headline,
byline, dateline and standfirst from the labelled lines and keeps the rest as
boilerplate of kind ``export`` (dates stay ``timestamp``, copyrights
``copyright``).  The labels are data (:mod:`newsstruct._data.exports`).
"""

from __future__ import annotations

import datetime
import itertools
from collections.abc import Container, Sequence

import attrs

from newsstruct._blocks import Block, split_blocks
from newsstruct._boilerplate import match_boilerplate
from newsstruct._byline import match_byline, match_unled_byline
from newsstruct._caption import match_caption
from newsstruct._data.desks import DESK_WORDS, NAME_PREFIXES
from newsstruct._data.exports import (
    FACTIVA_BYLINE_FIELD,
    FACTIVA_COPYRIGHT_FIELD,
    FACTIVA_DATE_FIELDS,
    FACTIVA_HEADLINE_FIELD,
    FACTIVA_TEXT_FIELDS,
    FACTIVA_WORD_COUNT_WORDS,
    NEXIS_BODY,
    NEXIS_END,
    NEXIS_TAIL_LABELS,
    PROQUEST_ABSTRACT,
    PROQUEST_ABSTRACT_HEADING,
    PROQUEST_AUTHOR,
    PROQUEST_BIBLIOGRAPHY,
    PROQUEST_COPYRIGHT,
    PROQUEST_DATE_LABELS,
    PROQUEST_FULL_TEXT,
    PROQUEST_FULL_TEXT_HEADING,
    PROQUEST_HEAD_LABELS,
    PROQUEST_HEAD_LINES,
    PROQUEST_NO_ABSTRACT,
    SGML_FIELD_ELEMENTS,
    SGML_METADATA_ELEMENTS,
)
from newsstruct._data.kickers import SECTION_NAMES
from newsstruct._data.outlets import is_outlet
from newsstruct._dates import full_dates, parse_date, resolve_in_text
from newsstruct._headline import FrontMatter, find_front_matter
from newsstruct._model import Byline, Dateline, Headline, Kicker, Span, Standfirst
from newsstruct._options import Options, check_text
from newsstruct._patterns import (
    CSV_DOUBLED_QUOTE,
    CSV_RECORD,
    EXPORT_DOCUMENT_MARKER,
    EXPORT_FACTIVA_DOCUMENT,
    EXPORT_FACTIVA_FIELD,
    EXPORT_LANGUAGE,
    EXPORT_NEXIS_COUNTER,
    EXPORT_NEXIS_COVER_LINE,
    EXPORT_NEXIS_COVER_START,
    EXPORT_NEXIS_HEADING,
    EXPORT_NEXIS_LABEL,
    EXPORT_PAGE_FOOTER,
    EXPORT_PRESS_DATABASE_CLOSING,
    EXPORT_PRESS_DATABASE_HEAD,
    EXPORT_PROQUEST_FIELD,
    EXPORT_PROQUEST_HEADING,
    EXPORT_RULE,
    EXPORT_TIME,
    EXPORT_VOM_DATE,
    EXPORT_WORD_COUNT,
    EXPORT_WORD_COUNT_LINE,
    GLUED_SOURCE_TITLE,
    RECORD_DOCUMENT_MARK,
    SCAN_TIMEOUT,
    SGML_FIELD_CLOSE,
    SGML_FIELD_TAG,
    SGML_STORY_DATE,
)

#: The kind of a database export's furniture.
EXPORT = "export"
#: ``Body`` is looked for among this many leading blocks of a Nexis document.
_NEXIS_HEAD = 30
#: The word count is looked for among this many leading blocks (Factiva).
_FACTIVA_WORDS_AT = 4
#: Substrings of the word counts of Factiva's interfaces (``words``, ``mots``, ``Wörter``):
#: the text's head is searched for a word count only when one of them is in it.
_COUNT_WORD_PROBES = tuple(
    sorted({word.casefold()[1:] for word in FACTIVA_WORD_COUNT_WORDS}, key=len)
)
#: The header line of a Europresse or GBI-Genios document is among this many leading blocks.
_PRESS_HEAD = 3
#: A writer named alone over a Factiva word count has at most this many words.
_MAX_NAME_WORDS = 4
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
#: ``ABSTRACT.`` of ProQuest's abridged form is looked for among this many leading blocks.
_ABRIDGED_HEAD = 4
#: ``Full text:`` is looked for among this many blocks of a ProQuest document.
_PROQUEST_HEAD = 30
#: A Nexis Uni cover page has at most this many blocks (its listed headlines one a block).
_MAX_COVER = 1000


@attrs.frozen(eq=False)
class Export:
    """What :func:`read_export` found: the part each block of the export is."""

    #: Block index -> the kind of boilerplate it is (``export``, ``timestamp``, ``copyright``).
    kinds: dict[int, str]
    headline: Headline | None = None
    standfirst: Standfirst | None = None
    #: The blocks read as headline, kicker and standfirst.
    used: frozenset[int] = frozenset()
    #: Block index -> where the byline's names start (``Byline: Jane Doe``, ``BY Jane Doe``).
    bylines: dict[int, int] = attrs.field(factory=dict)
    #: Block index -> where the place starts (``Dateline: WASHINGTON``).
    datelines: dict[int, int] = attrs.field(factory=dict)
    #: Block index -> where its text starts, after a code over the story (``LP``, ``TD``).
    starts: dict[int, int] = attrs.field(factory=dict)
    #: ProQuest's abridged form: the blocks above ``ABSTRACT.`` (the headline and deck,
    #: read as any front matter is) and the abstract's block; ``0`` when not that form.
    front_end: int = 0
    abstract: int = -1
    #: The date the export says the story was published (ProQuest's ``Publication
    #: date:``; a Nexis document's date line under a cover page), the article's date.
    date: datetime.date | None = None
    #: A section's name over a Factiva document's headline (``Business``).
    kicker: Kicker | None = None


def read_export(text: str, blocks: Sequence[Block]) -> Export | None:
    """The parts of a Nexis or Factiva export, or ``None`` when *text* is none.

    In a file of several documents (see :func:`split_documents`), every block
    from the second document's start is ``export`` boilerplate: the article is
    the first document.

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
    found = _read_export(text, blocks)
    if found is None:
        return None
    return _later_documents(text, blocks, found)


def _later_documents(text: str, blocks: Sequence[Block], found: Export) -> Export:
    """*found* with every block from the second document's start (when the text
    holds several) read as ``export`` boilerplate.

    >>> from newsstruct._blocks import split_blocks
    >>> from newsstruct._exports import read_export
    >>> text = (
    ...     "Talks end\\n\\nLength: 80 words\\n\\nBody\\n\\nThe talks ended.\\n\\n"
    ...     "End of Document\\n\\nStorm hits\\n\\nLength: 90 words\\n\\nBody\\n\\n"
    ...     "A storm hit.\\n\\nEnd of Document"
    ... )
    >>> sorted(read_export(text, split_blocks(text)).kinds)
    [1, 2, 4, 5, 6, 7, 8, 9]
    """
    documents = split_documents(text)
    second = next(
        (
            later.start
            for before, later in itertools.pairwise(documents)
            if _marked(text, before, later)
        ),
        None,
    )
    if second is None:
        return found
    later = [index for index, block in enumerate(blocks) if block.start >= second]
    if not later:
        return found
    kinds = dict(found.kinds)
    kinds.update(dict.fromkeys(later, EXPORT))
    return attrs.evolve(found, kinds=kinds)


def _marked(text: str, before: Span, later: Span) -> bool:
    """True when the document *later* starts with its starting line (``Document 2
    of 20``) or *before* ends with its closing line (``End of Document``): not a
    row of underscores alone, which a story may print."""
    start = EXPORT_DOCUMENT_MARKER.match(text, later.start)
    if start is not None and start.start("start") >= 0:
        return True
    newline = text.rfind("\n", before.start, before.end)
    end = EXPORT_DOCUMENT_MARKER.match(text, before.start if newline < 0 else newline + 1)
    return end is not None and end.start("end") >= 0


def _read_export(text: str, blocks: Sequence[Block]) -> Export | None:
    """:func:`read_export`, the first document's parts."""
    if len(blocks) < 3:
        return None
    first = blocks[0]
    if text.startswith(FACTIVA_HEADLINE_FIELD, first.start):
        coded = _factiva_coded(text, blocks)
        if coded is not None:
            return coded
    cover = _cover(text, blocks)
    if NEXIS_BODY in text:
        nexis = _nexis(text, blocks, cover)
        if nexis is not None:
            return nexis
    if cover < len(blocks) and _counter(text, blocks[cover]):
        academic = _academic(text, blocks, cover)
        if academic is not None:
            return academic
    if "ull text" in text or "ull Text" in text or "ULL TEXT" in text:
        proquest = _proquest(text, blocks) or _abridged(text, blocks)
        if proquest is not None:
            return proquest
    head = blocks[min(len(blocks), _FACTIVA_WORDS_AT + 1) - 1].end
    start = text[:head]
    if any(map(start.__contains__, _COUNT_WORD_PROBES)) and EXPORT_WORD_COUNT_LINE.search(
        text, blocks[0].start, head
    ):
        return _factiva(text, blocks)
    if "mots" in text[: blocks[min(len(blocks), _PRESS_HEAD) - 1].end] or " vom " in text[:head]:
        return _press_database(text, blocks)
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


def _nexis(text: str, blocks: Sequence[Block], cover: int = 0) -> Export | None:
    """A Nexis export: the documents, each from its headline to ``End of Document``,
    under the cover page's *cover* blocks."""
    reading = _Reading()
    reading.kinds.update(dict.fromkeys(range(cover), EXPORT))
    index, count = cover, len(blocks)
    while index < count:
        body = _nexis_body(text, blocks, index)
        if body is None:
            break
        first = index == cover
        if first:
            reading.head(text, index, blocks[index])
        # the header: publication, date, edition, copyright, labelled lines
        for at in range(index + 1, body):
            reading.header(text, at, blocks[at], first)
        reading.kinds[body] = EXPORT
        index = _nexis_tail(text, blocks, body + 1, reading.kinds)
    found = reading.export()
    if found is None or not cover:
        return found
    return attrs.evolve(found, date=_dated(text, blocks, found.kinds, cover))


def _dated(
    text: str, blocks: Sequence[Block], kinds: dict[int, str], start: int
) -> datetime.date | None:
    """The first full date of a ``timestamp`` block from block *start* on (the
    first document's date line, under a cover page)."""
    for at in sorted(kinds):
        if at >= start and kinds[at] == "timestamp":
            dates = full_dates(text, blocks[at].start, blocks[at].end)
            if dates:
                return dates[0]
    return None


def _academic(text: str, blocks: Sequence[Block], cover: int = 0) -> Export | None:
    """A LexisNexis Academic export: each document from ``1 of 25 DOCUMENTS``,
    the publication, date and edition, the headline, labelled lines in
    capitals (``BYLINE:``, ``LENGTH:``), the story, the closing labelled lines
    (``LOAD-DATE:``, ``LANGUAGE:``) and the copyright."""
    reading = _Reading()
    reading.kinds.update(dict.fromkeys(range(cover), EXPORT))
    index, count = cover, len(blocks)
    while index < count and _counter(text, blocks[index]):
        first = index == cover
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


def _factiva(text: str, blocks: Sequence[Block], head: int | None = None) -> Export | None:
    """A Factiva export: headline, byline, ``523 words``, date, source, code,
    language, copyright; the story; ``Document ...``; perhaps the next document.
    The headline is block *head* (by default the second under a section's name,
    :func:`_section_over`, else the first)."""
    kinds: dict[int, str] = {}
    bylines: dict[int, int] = {}
    count = len(blocks)
    if head is None:
        head = 1 if _section_over(text, blocks) else 0
    index = head
    while index < count:
        story = _factiva_header(text, blocks, index, kinds, bylines, head)
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
        return _factiva(text, blocks, 0) if head else None  # (no header under it)
    block = blocks[head]
    kicker = None
    if head:
        section = blocks[0]
        kicker = Kicker(_line(text, section), Span(section.start, section.end))
    return Export(
        kinds,
        headline=Headline(_line(text, block), Span(block.start, block.end)),
        used=frozenset(range(head + 1)),
        bylines=bylines,
        kicker=kicker,
    )


def _section_over(text: str, blocks: Sequence[Block]) -> bool:
    """True when the first block of a Factiva document is the section's name
    over the headline (``Business``, :data:`~newsstruct._data.kickers.SECTION_NAMES`):
    the next block is neither the word count nor a byline."""
    if len(blocks) < 3 or _line(text, blocks[0]).strip().casefold() not in SECTION_NAMES:
        return False
    below = blocks[1]
    return not EXPORT_WORD_COUNT.match(text, below.start, below.end) and not _byline_at(text, below)


def _factiva_header(
    text: str,
    blocks: Sequence[Block],
    index: int,
    kinds: dict[int, str],
    bylines: dict[int, int] | None = None,
    first: int = 0,
) -> int | None:
    """Mark the header of the Factiva document whose headline is block
    *index* in *kinds*; the index of its story's first block, or ``None``
    when no header follows the headline (the first document's headline is
    block *first*: under a section's name, the second).  A first document's writer named
    alone over the word count (``Katrin Vogel``: two to four capitalised
    words, no outlet), which the byline reader does not tell by itself, goes
    into *bylines*."""
    words = None
    for at in range(index + 1, min(len(blocks), index + _FACTIVA_WORDS_AT + 1)):
        if EXPORT_WORD_COUNT.match(text, blocks[at].start, blocks[at].end):
            words = at
            break
    if words is None:
        return None
    found: dict[int, str] = {words: EXPORT}
    bylined = index > first  # the byline of a later document is furniture
    for at in range(index + 1, words):
        block = blocks[at]
        if not bylined and _byline_at(text, block):
            bylined = True
            continue  # the byline, read by the composer
        if not bylined and bylines is not None and _writer_alone(text, block):
            bylined = True
            bylines[at] = block.start  # Katrin Vogel: read as after *By*
            continue
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


def _press_database(text: str, blocks: Sequence[Block]) -> Export | None:
    """A Europresse or GBI-Genios document: the source and its header line (date,
    word count or page) over the headline, the writer under it, the story, and
    the closing lines (``Certificat émis le ...``, ``news·20251104·LF·987654``;
    ``Quelle: ...``, ``Dokumentnummer: ...``); ``None`` without both the header
    and a closing line."""
    head = None
    for at in range(min(len(blocks), _PRESS_HEAD)):
        if EXPORT_PRESS_DATABASE_HEAD.match(text, blocks[at].start, blocks[at].end):
            head = at
            break
    if head is None or head + 2 >= len(blocks):
        return None
    kinds = dict.fromkeys(range(head + 1), EXPORT)
    for at in range(head + 2, len(blocks)):
        block = blocks[at]
        if block.end - block.start <= _MAX_HEAD_LINE * 2 and EXPORT_PRESS_DATABASE_CLOSING.match(
            text, block.start, block.end
        ):
            kinds[at] = EXPORT
    if len(kinds) == head + 1:
        return None  # no closing line: a page's date line over its headline
    top, under = blocks[head + 1], blocks[head + 2]
    bylines = {head + 2: under.start} if _writer_alone(text, under) else {}
    dates = full_dates(text, blocks[head].start, blocks[head].end)
    date = dates[0] if dates else None
    numeric = EXPORT_VOM_DATE.search(text, blocks[head].start, blocks[head].end)
    if date is None and numeric is not None:
        date = parse_date(numeric.group("date"))  # vom 04.11.2025: day first
    return Export(
        kinds,
        headline=Headline(_line(text, top), Span(top.start, top.end)),
        used=frozenset({head + 1}),
        bylines=bylines,
        date=date,
    )


def _writer_alone(text: str, block: Block) -> bool:
    """True when *block* is a writer's name alone: two to four capitalised
    words of a name, no outlet, desk or section (``Katrin Vogel``, not ``Le
    Monde``, ``Business Day``)."""
    line = _line(text, block).strip()
    words = line.casefold().split()
    return (
        2 <= len(words) <= _MAX_NAME_WORDS
        and _name_words(line)
        and DESK_WORDS.isdisjoint(words)
        and line.casefold() not in SECTION_NAMES
        and not is_outlet(line)
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
        else:
            kinds[at] = _field_kind(code, FACTIVA_DATE_FIELDS, FACTIVA_COPYRIGHT_FIELD)
    if headline is None or len(kinds) + len(bylines) < _MIN_CODED:
        return None
    return Export(kinds, headline=headline, used=frozenset({0}), bylines=bylines, starts=starts)


def _cover(text: str, blocks: Sequence[Block]) -> int:
    """The number of leading blocks that are a Nexis Uni cover page (``User
    Name:``, ``Job Number:``, ``Documents (25)``, the listed headlines,
    ``Search Terms:``, ``Narrowed by``...); ``0`` when there is none."""
    if not blocks or EXPORT_NEXIS_COVER_START.match(text, blocks[0].start) is None:
        return 0
    count = 0
    for block in blocks[:_MAX_COVER]:
        if block.end - block.start > _MAX_FURNITURE or not _cover_lines(
            text, block.start, block.end
        ):
            break
        count += 1
    return count


def _cover_lines(text: str, start: int, end: int) -> bool:
    """True when every line of ``text[start:end]`` is a line of a cover page."""
    while start < end:
        stop = text.find("\n", start, end)
        stop = end if stop < 0 else stop
        if stop > start and EXPORT_NEXIS_COVER_LINE.match(text, start, stop) is None:
            return False
        start = stop + 1
    return True


def _proquest_field(text: str, block: Block) -> tuple[str, int] | None:
    """A ProQuest field's label (casefolded) and where its value starts."""
    if block.end - block.start > _MAX_FURNITURE:
        return None
    found = EXPORT_PROQUEST_FIELD.match(text, block.start, block.end)
    if found is None:
        return None
    return " ".join(found.group("label").casefold().split()), found.start("value")


_PROQUEST_HEAD_FIELDS = frozenset(label.casefold() for label in PROQUEST_HEAD_LABELS)
_PROQUEST_HEAD_LINES = frozenset(line.casefold() for line in PROQUEST_HEAD_LINES)


def _proquest_link(text: str, block: Block) -> bool:
    """True when *block* is a ProQuest link line (``ProQuest document link``)."""
    return (
        block.end - block.start <= _MAX_HEAD_LINE
        and _line(text, block).strip().casefold() in _PROQUEST_HEAD_LINES
    )


def _proquest(text: str, blocks: Sequence[Block]) -> Export | None:
    """A ProQuest text export: each document's counter, headline, labelled
    fields, ``Full text:`` and the story, then its labelled fields to the
    next document (the first document's author, abstract and date are read)."""
    reading = _Reading()
    starts: dict[int, int] = {}
    index, count = 0, len(blocks)
    while index < count:
        full = None
        for at in range(index, min(count, index + _PROQUEST_HEAD)):
            field = _proquest_field(text, blocks[at])
            if field is not None and field[0] == PROQUEST_FULL_TEXT:
                full = at
                break
        if full is None:
            break
        # the header: the fields above Full text:, and the headline above them
        top = full
        while top > index and (
            _proquest_field(text, blocks[top - 1]) is not None
            or _proquest_link(text, blocks[top - 1])
        ):
            top -= 1
        labels = [_proquest_field(text, blocks[at]) for at in range(top, full)]
        if top <= index or not any(label[0] in _PROQUEST_HEAD_FIELDS for label in labels if label):
            break
        first = reading.headline is None
        for at in range(index, top - 1):
            reading.kinds[at] = EXPORT  # the counter, the report's cover and contents
        if first:
            reading.head(text, top - 1, blocks[top - 1])
        for at in range(top, full):
            if labels[at - top] is None:
                reading.kinds[at] = EXPORT  # ProQuest document link
            else:
                _proquest_header(text, blocks[at], at, reading, first)
        value = _proquest_field(text, blocks[full])
        if value is not None and value[1] < blocks[full].end:
            starts[full] = value[1]  # Full text: The talks ended ...
        else:
            reading.kinds[full] = EXPORT
        index = _proquest_tail(text, blocks, full + 1, reading.kinds)
    found = reading.export()
    if found is None:
        return None
    if index < count and text.startswith(PROQUEST_BIBLIOGRAPHY, blocks[index].start):
        for at in range(index, count):
            reading.kinds[at] = EXPORT  # the citations of the documents
    return attrs.evolve(found, starts=starts, date=_published(text, blocks, found.kinds))


def _published(text: str, blocks: Sequence[Block], kinds: dict[int, str]) -> datetime.date | None:
    """The date of the first ``Publication date:`` field (ProQuest): the first
    document's, as the export's other dates (``Last updated:``) are not."""
    for at in sorted(kinds):
        block = blocks[at]
        if kinds[at] != "timestamp":
            continue
        field = _proquest_field(text, block)
        if field is not None and field[0] in PROQUEST_DATE_LABELS:
            dates = full_dates(text, field[1], block.end)
            return dates[0] if dates else None
    return None


def _proquest_header(text: str, block: Block, at: int, reading: _Reading, first: bool) -> None:
    """Read a ProQuest field above the story: the author, the abstract (the
    standfirst) of the first document; the rest is furniture."""
    field = _proquest_field(text, block)
    assert field is not None  # (the caller's test)
    label, value = field
    if first and value < block.end:
        if label in PROQUEST_AUTHOR and not reading.bylines:
            reading.bylines[at] = value
            return
        if (
            label == PROQUEST_ABSTRACT
            and reading.standfirst is None
            and text[value : block.end].strip().casefold() not in PROQUEST_NO_ABSTRACT
        ):
            reading.standfirst = Standfirst(text[value : block.end], Span(value, block.end))
            reading.used.add(at)
            return
    reading.kinds[at] = EXPORT


def _proquest_tail(text: str, blocks: Sequence[Block], index: int, kinds: dict[int, str]) -> int:
    """Mark the fields after a ProQuest story that starts at block *index*:
    from the first of two labelled fields in a row (or a labelled field that
    ends the text or stands over a row of underscores) on, with the rows of
    underscores, to the next document.  The index of the next document's
    first block (or of the end)."""
    count = len(blocks)
    at = index
    while at < count:
        field = _proquest_field(text, blocks[at])
        if field is not None and (at + 1 == count or _proquest_closing(text, blocks[at + 1])):
            break
        at += 1
    while at < count:
        block = blocks[at]
        field = _proquest_field(text, block)
        if field is not None:
            kinds[at] = _field_kind(field[0], PROQUEST_DATE_LABELS, PROQUEST_COPYRIGHT)
        elif _rule(text, block):
            kinds[at] = EXPORT
        else:
            return at  # the next document: its counter or headline
        at += 1
    return count


def _proquest_closing(text: str, block: Block) -> bool:
    """True when *block* is a ProQuest field or a row of underscores."""
    return _proquest_field(text, block) is not None or _rule(text, block)


def _rule(text: str, block: Block) -> bool:
    """True when *block* is a row of underscores."""
    return EXPORT_RULE.match(text, block.start, block.end) is not None


def _abridged(text: str, blocks: Sequence[Block]) -> Export | None:
    """ProQuest's abridged form: the headline (and deck), a paragraph
    ``ABSTRACT.``, the abstract, a paragraph ``FULL TEXT.``, the story.  The
    headings are furniture; the composer reads the headline and deck above
    them (:func:`export_front`) and makes the abstract the standfirst."""
    for at in range(1, min(len(blocks) - 3, _ABRIDGED_HEAD + 1)):
        if _heading(text, blocks[at]) != PROQUEST_ABSTRACT_HEADING:
            continue
        if (
            _heading(text, blocks[at + 1]) is None
            and _heading(text, blocks[at + 2]) == PROQUEST_FULL_TEXT_HEADING
        ):
            return Export({at: EXPORT, at + 2: EXPORT}, front_end=at, abstract=at + 1)
        return None
    return None


def _heading(text: str, block: Block) -> str | None:
    """``ABSTRACT`` or ``FULL TEXT`` when *block* is that heading alone."""
    found = EXPORT_PROQUEST_HEADING.match(text, block.start, block.end)
    return None if found is None else found.group("heading")


def export_front(
    text: str,
    blocks: Sequence[Block],
    export: Export,
    options: Options,
    anchors: tuple[str, ...] | None = None,
) -> tuple[FrontMatter, Export]:
    """The front matter of an export, and the export as the composer reads it.

    The labelled lines of most exports say what the headline and standfirst
    are.  ProQuest's abridged form has none: its headline and deck, above
    ``ABSTRACT.``, are read as any front matter is (the first block is the
    headline, the second the deck, when that finds none), and its abstract is the
    standfirst when there is no deck, else furniture of kind ``export`` (the
    deck is what the paper printed; the abstract is the database's summary).
    """
    if export.headline is not None or export.front_end <= 0:
        return FrontMatter(export.headline, export.kicker, export.standfirst, export.used), export
    front = find_front_matter(text, blocks, options, anchors)
    kinds = dict(export.kinds)
    end = blocks[export.front_end].start
    used = {at for at in front.used if at < export.front_end}
    headline = front.headline if _above(front.headline, end) else None
    kicker = front.kicker if _above(front.kicker, end) else None
    standfirst = front.standfirst if _above(front.standfirst, end) else None
    if headline is None and kicker is None:
        # the labels say what the top is: the headline, and the deck under it
        block = blocks[0]
        headline = Headline(_line(text, block), Span(block.start, block.end))
        used.add(0)
        if standfirst is None and export.front_end == 2:
            block = blocks[1]
            standfirst = Standfirst(_line(text, block), Span(block.start, block.end))
            used.add(1)
    block = blocks[export.abstract]
    if standfirst is None:
        standfirst = Standfirst(_line(text, block), Span(block.start, block.end))
        used.add(export.abstract)
    else:
        kinds[export.abstract] = EXPORT
    # the blocks above the headings that the front matter did not read are furniture
    for at in range(export.front_end):
        if at not in used:
            kinds[at] = EXPORT
    found = FrontMatter(headline, kicker, standfirst, frozenset(used))
    return found, attrs.evolve(export, kinds=kinds, used=frozenset(used))


def _above(part: Headline | Kicker | Standfirst | None, end: int) -> bool:
    """True when *part* was found and ends by *end*."""
    return part is not None and part.span.end <= end


def export_byline(text: str, start: int, value: int, end: int) -> Byline | None:
    """The byline of an export's labelled line ``text[start:end]``, its names
    from *value* on: ``Byline: Jane Doe``, ``By Jane Doe``, or a catalogue's
    ``Author: Doe, Jane; Smith, John`` (surname first).

    >>> from newsstruct._exports import export_byline
    >>> text = "Author: Doe, Jane; Smith, John A"
    >>> export_byline(text, 0, 8, len(text)).names
    ('Jane Doe', 'John A Smith')
    >>> text = "Byline: Mark Ellison, Staff Writer"
    >>> export_byline(text, 0, 8, len(text)).names
    ('Mark Ellison',)
    """
    found = match_byline(text, value, end) or match_unled_byline(text, value, end)
    if found is not None:
        return Byline(text[start:end], found.names, Span(start, end))
    names = _surname_first(text[value:end])
    if names is None:  # ``Byline: Mark Ellison, Staff Writer``: read as after *By*
        led = "By " + text[value:end]
        found = match_byline(led, 0, len(led))
        names = found.names if found is not None else ()
    return Byline(text[start:end], names, Span(start, end)) if names else None


def _surname_first(value: str) -> tuple[str, ...] | None:
    """The names of ``Doe, Jane; Smith, John A`` turned round, or ``None`` when
    *value* is not so written: the surname is one word, after particles
    (``Van Buren, Martin``), and a desk's words or an outlet after the comma
    are no given names (``Mark Ellison, Staff Writer``, ``Jo Kent, Reuters``).

    >>> from newsstruct._exports import _surname_first
    >>> _surname_first("Van Buren, Martin"), _surname_first("Jo Kent, Chicago")
    (('Martin Van Buren',), None)
    """
    names: list[str] = []
    for part in value.split(";"):
        surname, comma, given = part.partition(",")
        surname, given = surname.strip(), given.strip()
        if not (comma and _name_words(surname) and _name_words(given)):
            return None
        if not DESK_WORDS.isdisjoint(given.casefold().split()) or is_outlet(given):
            return None
        *particles, _ = surname.casefold().split()
        if not NAME_PREFIXES.issuperset(particles):
            return None  # ``Jo Kent, Chicago``: a full name before the comma
        names.append(f"{given} {surname}")
    return tuple(names) or None


def _name_words(words: str) -> bool:
    """True when *words* are one to four capitalised words of a name."""
    parts = words.split()
    return 0 < len(parts) <= 4 and all(
        part[0].isupper() and part.replace(".", "").replace("-", "").replace("'", "").isalpha()
        for part in parts
    )


#: The longest block read as a PDF page's furniture (a footer line and a title).
_MAX_PAGE_FURNITURE = 400


def page_furniture(text: str, start: int, end: int, title: str | None) -> bool:
    """True when the block ``text[start:end]`` of an export is a PDF page's
    running furniture: lines that each are a page's number (``Page 5 of 17``),
    end with one (``© 2025 ProQuest LLC.  Page 2 of 5``) or repeat the
    document's *title* (the running header).

    >>> from newsstruct._exports import page_furniture
    >>> page_furniture("Page 2 of 5", 0, 11, None)
    True
    >>> text = "Talks end\\nPage 2 of 5"
    >>> page_furniture(text, 0, len(text), "Talks end"), page_furniture(text, 0, 9, "Talks end")
    (True, True)
    >>> page_furniture("The talks ended on page 2 of the report.", 0, 40, None)
    False
    """
    if end - start > _MAX_PAGE_FURNITURE:
        return False
    block = text[start:end]
    if block != title and "of" not in block.lower():
        return False
    for line in block.splitlines():
        line = line.strip()
        if line and line != title and EXPORT_PAGE_FOOTER.search(line) is None:
            return False
    return not block.isspace()


def _field_kind(key: str, dates: Container[str], copyright_key: str) -> str:
    """The boilerplate kind of an export's field by its code or label: its dates
    are ``timestamp``, its copyright ``copyright``, the rest ``export``."""
    if key in dates:
        return "timestamp"
    return "copyright" if key == copyright_key else EXPORT


def split_documents(text: str) -> tuple[Span, ...]:
    """The documents of a file of several, by the export's own marks.

    A document ends with Nexis's ``End of Document``, with Factiva's
    ``Document LBA0000020251104el1400abc``, with ``</REUTERS>`` on its line
    (Reuters-21578's ``.sgm`` files of a thousand stories) or at a row of underscores; it
    starts with ProQuest's ``Document 1 of 20`` or LexisNexis Academic's
    ``1 of 25 DOCUMENTS``.  A text with none of these marks is cut at each
    ``|||||`` between spaces (the source documents of a Multi-News record).
    When the text has such starting lines, what stands
    outside the documents they start (a ProQuest report's cover and table of
    contents, its bibliography) is in no document; else each document runs
    from the end of the one before, and the text after the last end is a
    document when it is not blank.  A Nexis Uni cover page (``User Name:``,
    ``Job Number:``, ``Documents (25)``...) is in no document.  The spans
    index *text* and leave out the blank lines round each document; a text
    with no marks (or only marks) is one document, the whole of it.  A *text*
    that is no ``str`` raises :class:`~newsstruct.exceptions.InputTypeError`.

    >>> from newsstruct import split_documents
    >>> text = (
    ...     "Talks end\\n\\nThe Courier\\n\\nBody\\n\\nThe talks ended.\\n\\nEnd of Document\\n\\n"
    ...     "Storm hits\\n\\nThe Courier\\n\\nBody\\n\\nA storm hit.\\n\\nEnd of Document\\n"
    ... )
    >>> [text[s.start : s.end].splitlines()[0] for s in split_documents(text)]
    ['Talks end', 'Storm hits']
    >>> split_documents("One story.\\n\\nNo marks.")
    (Span(start=0, end=21),)
    """
    text = check_text(text)
    spans: list[Span] = []
    markers = list(EXPORT_DOCUMENT_MARKER.finditer(text))
    if not markers:
        return _record_documents(text)
    started = any(marker.start("start") >= 0 for marker in markers)
    begin = None if started else _cover_end(text)
    body = begin  # where the document's own text starts, after its starting line
    for marker in markers:
        if marker.start("start") >= 0:
            if begin is not None and body is not None:
                _add_document(text, begin, body, marker.start(), marker.start(), spans)
            begin, body = marker.start("start"), marker.end()
            continue
        if begin is not None and body is not None:
            stop = marker.end("end") if marker.start("end") >= 0 else marker.start()
            _add_document(text, begin, body, marker.start(), stop, spans)
        begin = body = None if started else marker.end()
    if begin is not None and body is not None:
        _add_document(text, begin, body, len(text), len(text), spans)
    return tuple(spans) if spans else (Span(0, len(text)),)


def _record_documents(text: str) -> tuple[Span, ...]:
    """The source documents of a Multi-News record, cut at each ``|||||``
    between spaces (:data:`~newsstruct._patterns.RECORD_DOCUMENT_MARK`); the
    whole text when it has no such mark.

    >>> from newsstruct._exports import _record_documents
    >>> text = "Ports shut. ||||| Talks end. |||||"
    >>> [text[s.start : s.end] for s in _record_documents(text)]
    ['Ports shut.', 'Talks end.']
    >>> _record_documents("A pipe || B and a||||| C")
    (Span(start=0, end=24),)
    """
    spans: list[Span] = []
    begin = 0
    for mark in RECORD_DOCUMENT_MARK.finditer(text, timeout=SCAN_TIMEOUT):
        _add_document(text, begin, begin, mark.start(), mark.start(), spans)
        begin = mark.end()
    if begin:
        _add_document(text, begin, begin, len(text), len(text), spans)
    return tuple(spans) if spans else (Span(0, len(text)),)


def _add_document(text: str, start: int, body: int, mark: int, end: int, spans: list[Span]) -> None:
    """Add the document ``text[start:end]``, without the space round it, to
    *spans*, unless its own text (``text[body:mark]``, between its marks) is blank."""
    if body >= mark or text[body:mark].isspace():
        return
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    spans.append(Span(start, end))


def _cover_end(text: str) -> int:
    """Where the Nexis Uni cover page that opens *text* ends (``0``: none)."""
    if EXPORT_NEXIS_COVER_START.match(text, len(text) - len(text.lstrip())) is None:
        return 0
    blocks = split_blocks(text)
    count = _cover(text, blocks)
    return blocks[count - 1].end if count else 0


#: The characters SGML escapes (``&lt;``), by the escape's name.
_ESCAPED = {"lt": "<", "gt": ">", "amp": "&"}


def sgml_view(text: str) -> str | None:
    """*text*, a story kept as SGML with its fields' tags inside the lines, with
    its markup blanked at the same offsets; ``None`` when it has no such fields.

    Reuters-21578 as distributed wraps each story in ``<REUTERS ...>``, catalogue
    elements (``<DATE>``, ``<TOPICS><D>cocoa</D></TOPICS>``, ``<UNKNOWN>``: read
    as blank, content and all), then ``<TEXT>&#2;``, ``<TITLE>``, ``<AUTHOR>``,
    ``<DATELINE>    SALVADOR, Feb 26 - </DATELINE><BODY>Showers ...`` (the dateline
    glued to the story, as on the wire) and ``Reuter\\n&#3;</BODY></TEXT>``.  Every
    tag and control character reference reads as spaces; a front field's tag
    that opens its line ends in a line break, so the field reads as a line of its
    own, flush left, as in the wire's plain text.

    >>> from newsstruct._exports import sgml_view
    >>> sgml_view("<TEXT>&#2;\\n<TITLE>RAIN</TITLE>\\n<DATELINE>    OSLO - </DATELINE><BODY>Wet.")
    '          \\n      \\nRAIN        \\n         \\n    OSLO -                  Wet.'
    >>> sgml_view("Rain <b>fell</b>.") is None
    True
    """
    if SGML_FIELD_CLOSE.search(text) is None:
        return None
    pieces: list[str] = []
    at = 0
    unclosed: set[str] = set()
    # whether only white space, tags and asterisks (a brief's mark) are on the
    # line before ``at`` (kept as the tags go by: one pass, however long the line)
    bare = True
    for tag in SGML_FIELD_TAG.finditer(text):
        start, end = tag.span()
        if start < at:
            continue
        closing, name, escaped = tag.group(1, 2, 3)
        gap = text[at:start]
        line = gap.rfind("\n")
        bare = _bare(gap[line + 1 :]) if line >= 0 else bare and _bare(gap)
        if escaped is not None:
            # (the character, then spaces: ``&lt;SRD>`` reads ``<   SRD>``)
            pieces += (gap, _ESCAPED[escaped].ljust(end - start))
            at = end
            continue
        if name in SGML_METADATA_ELEMENTS and not closing and name not in unclosed:
            close = text.find(f"</{name}>", end)
            if close < 0:
                unclosed.add(name)
            else:
                end = close + len(name) + 3
        blank = "".join(["\n" if char == "\n" else " " for char in text[start:end]])
        opens_line = bare
        if end - start > len(tag.group()):
            # (a catalogue element, content and all: its words count as the line's)
            field = text[start:end]
            line = field.rfind("\n")
            bare = _bare(field[line + 1 :]) if line >= 0 else bare and _bare(field)
        if name in SGML_FIELD_ELEMENTS and not closing and opens_line:
            # (the asterisks before a brief's title, ``******<TITLE>``, blank too)
            gap = gap.replace("*", " ")
            blank = blank[:-1] + "\n"
        pieces += (gap, blank)
        at = end
    if not pieces:
        return None
    pieces.append(text[at:])
    return "".join(pieces)


def _bare(piece: str) -> bool:
    """Whether *piece* holds only white space, tags and asterisks (a brief's mark)."""
    return not SGML_FIELD_TAG.sub("", piece).strip(" \t*") if piece else True


#: English month abbreviations, as SGML corpora write them in their dates (``FEB``).
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def sgml_date(text: str) -> datetime.date | None:
    """The day a story kept as SGML is filed under (Reuters-21578's ``<DATE>26-FEB-1987
    15:01:01.79</DATE>``), or ``None``: the reference date for its dateline's date.

    >>> from newsstruct._exports import sgml_date
    >>> sgml_date("<REUTERS>\\n<DATE> 2-MAR-1987 09:12:40.11</DATE>")
    datetime.date(1987, 3, 2)
    >>> sgml_date("<DATE>31-FEB-1987</DATE>") is None
    True
    """
    found = SGML_STORY_DATE.search(text, 0, _MAX_HEAD_LINE * 10)
    if found is None or found.group(2).casefold() not in _MONTHS:
        return None
    day, month, year = found.group(1, 2, 3)
    try:
        return datetime.date(int(year), _MONTHS.index(month.casefold()) + 1, int(day))
    except ValueError:
        return None


def csv_record_view(text: str) -> str | None:
    """*text*, one row of a text-classification data set's CSV file (AG News:
    ``"3","Title (AP)","AP - Description"``), with the row's markup blanked at the
    same offsets: the title a line of its own over the text; ``None`` when *text*
    is no such row.

    >>> from newsstruct._exports import csv_record_view
    >>> csv_record_view('"3","Rain ends (AP)","AP - Rain ""ended"" today."')
    '    \\nRain ends (AP)\\n\\n\\nAP - Rain  "ended"  today. '
    >>> csv_record_view('"3","Rain ends",\\n"More"') is None
    True
    """
    if text.count('","', 0, 32) == 0:
        return None
    row = CSV_RECORD.match(text)
    if row is None:
        return None
    pieces: list[str] = []
    at = 0
    for field in (1, 2):
        start, end = row.span(field)
        if start < 0:
            continue
        # the quote and comma before a field blank, the last a line break
        before = text[at:start]
        pieces.append(" " * (len(before) - 1) + "\n" if at == 0 else "\n" * len(before))
        # (a doubled quote reads as one, a space on its outer side)
        pieces.append(CSV_DOUBLED_QUOTE.sub(' "', text[start:end]).replace('""', '" '))
        at = end
    pieces.append(" " * (len(text) - at))
    return "".join(pieces)


#: A title glued to its text is looked for among this many leading characters.
_GLUED_TITLE_HEAD = 400


def glued_title_view(text: str) -> str | None:
    """*text* with the space between a title that names its source and its text
    that opens with that source read as a line break (AG News's title and
    description joined on one line: ``Title (AP) AP - Description``), at the same
    offsets; ``None`` when *text* opens with no such title.

    >>> from newsstruct._exports import glued_title_view
    >>> glued_title_view("Rain ends drought (AP) AP - Rain fell.")
    'Rain ends drought (AP)\\nAP - Rain fell.'
    >>> glued_title_view("Rain ends drought (AP) Reuters - Rain fell.") is None
    True
    """
    glued = GLUED_SOURCE_TITLE.match(text, 0, _GLUED_TITLE_HEAD)
    if glued is None:
        return None
    at = glued.start("space")
    return text[:at] + "\n" + text[at + 1 :]
