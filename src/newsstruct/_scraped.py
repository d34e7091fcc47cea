"""Scraped text: the metadata header a scraper or reader service puts over an article.

Text extracted from web pages often opens with the page's metadata, in one of
two shapes:

* front matter between ``---`` lines, one ``name: value`` field a line
  (trafilatura's output with metadata; Jekyll and Hugo Markdown files)::

    ---
    title: Storm cuts power to 200,000 homes
    author: Jane Porter
    url: https://example.com/storm
    date: 2025-03-04
    ---

* a reader service's labelled lines over the page's text (Jina Reader)::

    Title: Storm cuts power to 200,000 homes
    URL Source: https://example.com/storm
    Published Time: 2025-03-04T09:12:00Z
    Markdown Content:

:func:`read_header` finds such a header (its field names are data:
:mod:`newsstruct._data.scraped`); the composer reads the story under it and
:func:`with_header` fills in from the fields what the story does not give
itself: the headline from ``title``, the byline from ``author``, the date from
``date``.  The header's other lines are boilerplate of kind ``export`` (the
date's line ``timestamp``).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from newsstruct._blocks import Block, trim
from newsstruct._data.scraped import (
    AUTHOR_FIELDS,
    CONTENT_LABELS,
    DATE_FIELDS,
    FRONT_MATTER_FENCE,
    HEADER_FIELDS,
    TITLE_FIELDS,
)
from newsstruct._dates import full_dates
from newsstruct._exports import EXPORT, export_byline
from newsstruct._model import Article, Boilerplate, Byline, Headline, Span
from newsstruct._patterns import LINE_BREAK, SCAN_TIMEOUT, SCRAPED_FIELD

#: A header has at most this many lines.
_MAX_LINES = 60
#: A header has at least this many fields of :data:`HEADER_FIELDS`.
_MIN_FIELDS = 2
#: Quotation marks around a front matter value (``title: "Storm hits"``).
_VALUE_QUOTES = "\"'"


@attrs.frozen
class Field:
    """One ``name: value`` line of a header: the line's offsets and the value's."""

    name: str
    start: int
    value_start: int
    value_end: int
    end: int


@attrs.frozen
class Header:
    """What :func:`read_header` found."""

    #: Where the story under the header starts.
    end: int
    #: The header's lines (each as a block of its own), blank lines left out.
    lines: tuple[Block, ...]
    #: The fields by name (case folded), each the first of its name.
    fields: dict[str, Field]

    def first(self, names: Sequence[str]) -> Field | None:
        """The first field of *names* with a value."""
        for name in names:
            found = self.fields.get(name)
            if found is not None and found.value_start < found.value_end:
                return found
        return None


def read_header(text: str) -> Header | None:
    """The metadata header that opens *text*, or ``None`` when it opens with none.

    >>> from newsstruct._scraped import read_header
    >>> text = "---\\ntitle: Talks end\\nauthor: Jane Doe\\ndate: 2025-03-04\\n---\\nPorts shut."
    >>> header = read_header(text)
    >>> text[header.end :], sorted(header.fields), len(header.lines)
    ('Ports shut.', ['author', 'date', 'title'], 5)
    >>> text = "Title: Talks end\\n\\nURL Source: https://example.com/a\\n\\nMarkdown Content:\\nPorts shut."
    >>> text[read_header(text).end :]
    'Ports shut.'
    >>> read_header("---\\nPorts shut.\\n---\\nTalks end.") is None
    True
    """
    start = len(text) - len(text.lstrip())
    if text.startswith(FRONT_MATTER_FENCE, start):
        return _front_matter(text, _lines(text, start))
    if text.startswith(("Title:", "title:"), start):
        return _labelled(text, _lines(text, start))
    return None


def _lines(text: str, start: int) -> list[Block]:
    """The first lines of *text* from *start* (at most :data:`_MAX_LINES`, blank
    ones too), each trimmed, and the offset after each one's line break."""
    lines: list[Block] = []
    at = start
    for brk in LINE_BREAK.finditer(text, start, timeout=SCAN_TIMEOUT):
        lines.append(Block(*trim(text, at, brk.start()), False))
        at = brk.end()
        if len(lines) >= _MAX_LINES:
            return lines
    lines.append(Block(*trim(text, at, len(text)), False))
    return lines


def _end(text: str, line: Block) -> int:
    """Where the text after *line* starts (past its line break)."""
    brk = LINE_BREAK.match(text, line.end)
    return line.end if brk is None else brk.end()


def _front_matter(text: str, lines: Sequence[Block]) -> Header | None:
    """Fields between two ``---`` lines (lines that are no field, such as a
    YAML list's items, belong to the header too)."""
    fields: dict[str, Field] = {}
    known = 0
    for at in range(1, len(lines)):
        line = lines[at]
        if text[line.start : line.end] == FRONT_MATTER_FENCE:
            end = _end(text, line)
            if known < _MIN_FIELDS or not text[end:].strip():
                return None
            kept = tuple(line for line in lines[: at + 1] if line.start < line.end)
            return Header(end, kept, fields)
        found = _field(text, line)
        if found is not None:
            known += 1
            fields.setdefault(found.name, found)
    return None


def _labelled(text: str, lines: Sequence[Block]) -> Header | None:
    """A reader service's labelled lines, up to its ``Markdown Content:`` line or
    the first line that is no field."""
    fields: dict[str, Field] = {}
    kept: list[Block] = []
    for line in lines:
        if line.start == line.end:
            continue
        if text.startswith(CONTENT_LABELS, line.start) and text[line.end - 1] == ":":
            if len(fields) < _MIN_FIELDS:
                return None
            return Header(_end(text, line), (*kept, line), fields)
        found = _field(text, line)
        if found is None:
            if len(fields) < _MIN_FIELDS:
                return None
            return Header(line.start, tuple(kept), fields)
        kept.append(line)
        fields.setdefault(found.name, found)
    return None


def _field(text: str, block: Block) -> Field | None:
    """The block as a field of :data:`HEADER_FIELDS`, or ``None``."""
    match = SCRAPED_FIELD.fullmatch(text, block.start, block.end)
    if match is None:
        return None
    name = " ".join(match.group("name").casefold().split())
    if name not in HEADER_FIELDS:
        return None
    start, end = match.span("value")
    if end - start >= 2 and text[start] in _VALUE_QUOTES and text[end - 1] == text[start]:
        start, end = start + 1, end - 1
    return Field(name, block.start, start, end, block.end)


def titled(text: str, header: Header, blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """The story's *blocks* under the header's title (a block of the value
    alone), which the front matter reader then reads as the headline; the
    blocks as they are when the header has no title or the story opens with it.

    >>> from newsstruct._blocks import split_blocks
    >>> from newsstruct._scraped import read_header, titled
    >>> text = "---\\ntitle: Talks end\\nurl: /a\\n---\\nPorts shut."
    >>> [text[b.start : b.end] for b in titled(text, read_header(text), split_blocks(text)[-1:])]
    ['Talks end', 'Ports shut.']
    """
    title = header.first(TITLE_FIELDS)
    if title is None:
        return blocks
    value = text[title.value_start : title.value_end]
    if blocks and _same(text[blocks[0].start : blocks[0].end], value):
        return blocks
    return (Block(title.value_start, title.value_end, False), *blocks)


def _same(one: str, other: str) -> bool:
    """Whether two headlines are the same words (case and spacing aside)."""
    return one.casefold().split() == other.casefold().split()


def with_header(article: Article, text: str, header: Header) -> Article:
    """*article* (the story under the header) with what the header gives: the
    headline, byline and date the story lacks, and its lines as boilerplate.

    >>> from newsstruct import parse_article
    >>> article = parse_article(
    ...     "---\\ntitle: Talks end\\nauthor: Jane Doe\\ndate: 2025-03-04\\n"
    ...     "url: https://example.com/a\\n---\\nPorts shut on Monday, officials said."
    ... )
    >>> article.headline.text, article.byline.names, article.date
    ('Talks end', ('Jane Doe',), datetime.date(2025, 3, 4))
    >>> [(b.text, b.kind) for b in article.boilerplate]
    [('---', 'export'), ('date: 2025-03-04', 'timestamp'), ('url: https://example.com/a', 'export'), ('---', 'export')]
    """
    title = header.first(TITLE_FIELDS)
    author = header.first(AUTHOR_FIELDS)
    dated = header.first(DATE_FIELDS)
    headline, byline, date = article.headline, article.byline, article.date
    # the lines that hold a part (the title read as the headline over the story)
    used = {line.start for line in header.lines if _holds(line, headline)}
    if headline is None and title is not None:
        headline = Headline(
            text[title.value_start : title.value_end], Span(title.value_start, title.value_end)
        )
        used.add(title.start)
    if byline is None and author is not None:
        byline = export_byline(text, author.value_start, author.value_start, author.value_end)
        if byline is not None:
            used.add(author.start)
    date_line = -1
    if dated is not None:
        found = full_dates(text, dated.value_start, dated.value_end)
        if found:
            date_line = dated.start
            dateline = article.dateline
            if dateline is None or dateline.date is None:
                date = found[0]  # the page's own date, over other evidence in the story
    furniture = [
        Boilerplate(
            text[block.start : block.end],
            Span(block.start, block.end),
            "timestamp" if block.start == date_line else EXPORT,
        )
        for block in header.lines
        if block.start not in used
    ]
    junk = sorted([*furniture, *article.boilerplate], key=_by_start)
    return attrs.evolve(
        article,
        headline=headline,
        byline=byline,
        date=date,
        boilerplate=junk,
    )


def _holds(line: Block, part: Headline | Byline | None) -> bool:
    return part is not None and line.start <= part.span.start and part.span.end <= line.end


def _by_start(junk: Boilerplate) -> int:
    return junk.span.start
