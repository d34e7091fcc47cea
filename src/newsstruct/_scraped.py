"""Scraped text: the metadata header a scraper or reader service puts over an article.

Text extracted from web pages often opens with the page's metadata, in one of
three shapes:

* front matter between ``---`` lines, one ``name: value`` field a line
  (trafilatura's output with metadata; Jekyll and Hugo Markdown files)::

    ---
    title: Storm cuts power to 200,000 homes
    author: Jane Porter
    url: https://example.com/storm
    date: 2025-03-04
    ---

* TOML front matter between ``+++`` lines, ``name = value`` (Hugo)::

    +++
    title = "Storm cuts power to 200,000 homes"
    date = 2025-03-04T09:12:00Z
    authors = ["Jane Porter", "Tom Hardy"]
    +++

* a reader service's labelled lines over the page's text (Jina Reader)::

    Title: Storm cuts power to 200,000 homes
    URL Source: https://example.com/storm
    Published Time: 2025-03-04T09:12:00Z
    Markdown Content:

:func:`read_header` finds such a header (its field names are data:
:mod:`newsstruct._data.scraped`); the composer reads the story under it and
:func:`with_header` fills in from the fields what the story does not give
itself: the headline from ``title``, the byline from ``author`` (its value, or
a YAML list: ``authors: ["Jane Doe", "Tom Roe"]`` or ``- Jane Doe`` lines under
``author:``), the date from ``date``.  The title is put over the story unless
the story gives it itself (markup aside), first or under its opening images
and lines of links.
The header's other lines are boilerplate of kind ``export`` (the date's line
``timestamp``).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from newsstruct._blocks import Block, split_blocks, trim
from newsstruct._data.scraped import (
    ABSTRACT_FIELDS,
    AUTHOR_FIELDS,
    BRACKET_TOKENS,
    CONTENT_LABELS,
    DATE_FIELDS,
    DATELINE_FIELDS,
    FRONT_MATTER_FENCE,
    HEADER_FIELDS,
    HIGHLIGHT_MARK,
    LEAD_LABEL,
    NEWLINE_TOKEN,
    RECORD_LABELS,
    STORY_FIELDS,
    TITLE_FIELDS,
    TITLE_LABELS,
    TOML_FENCE,
)
from newsstruct._dates import full_dates, parse_date
from newsstruct._exports import EXPORT, export_byline, labelled_dateline
from newsstruct._markdown import markdown_view
from newsstruct._model import Article, Boilerplate, Byline, Headline, Span, Standfirst
from newsstruct._options import DEFAULT_OPTIONS, Options
from newsstruct._patterns import (
    BRACKET_TOKEN,
    LINE_BREAK,
    LYNX_LINK_NUMBER,
    LYNX_REFERENCES,
    MARKDOWN_LINK_LINE,
    MARKDOWN_LINK_ROW,
    RECORD_DOCUMENT_MARK,
    SCAN_TIMEOUT,
    SCRAPED_FIELD,
    SCRAPED_ITEM_LINE,
    SCRAPED_LIST_ITEM,
    SCRAPED_TOML_FIELD,
    SCRAPED_TOML_VALUE,
    SCRAPED_WORD,
    TRUNCATION_MARK,
    WARC_FIELD,
    WARC_VERSION,
)

#: A header has at most this many lines.
_MAX_LINES = 60
#: A header has at least this many fields of :data:`HEADER_FIELDS`.
_MIN_FIELDS = 2
#: The fields of a title (:data:`~newsstruct._data.scraped.TITLE_FIELDS`):
#: a title alone is header enough over a labelled story.
_TITLES = frozenset(TITLE_FIELDS)
#: Quotation marks around a front matter value (``title: "Storm hits"``).
_VALUE_QUOTES = "\"'"
#: The story's own headline is looked for in its first this many blocks.
_MAX_LEAD = 4
#: ... in blocks of at most this many characters.
_MAX_HEADLINE = 400
#: ... and in its first this many blocks under lines that are no images or
#: links (a kicker, a press release's furniture), to be read as it is.
_MAX_LABELLED = 8


@attrs.frozen
class Field:
    """One ``name: value`` line of a header: the line's offsets and the value's."""

    name: str
    start: int
    value_start: int
    value_end: int
    end: int
    #: The items of a YAML list: ``authors: ["Jane Doe", "Tom Roe"]`` or the
    #: ``- Jane Doe`` lines under ``author:`` (the items' words, by offsets).
    items: tuple[tuple[int, int], ...] = ()


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
            if found is not None and (found.value_start < found.value_end or found.items):
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
    if text.startswith(TOML_FENCE, start):
        return _toml(text, _lines(text, start))
    if text.startswith(TITLE_LABELS, start) or text.startswith(RECORD_LABELS, start):
        return _labelled(text, _lines(text, start))
    if WARC_VERSION.match(text, start) is not None:
        return _warc(text, _lines(text, start))
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
    YAML list's items, belong to the header too; the items under a field with
    no value on its line are its items)."""
    fields: dict[str, Field] = {}
    known = 0
    listed: Field | None = None  # the field whose items the lines under it are
    for at in range(1, len(lines)):
        line = lines[at]
        if text[line.start : line.end] == FRONT_MATTER_FENCE:
            return _closed(text, lines, at, known, fields)
        if listed is not None and text.startswith("-", line.start):
            item = SCRAPED_ITEM_LINE.fullmatch(text, line.start, line.end)
            if item is not None:
                start, end = _unquoted(text, *item.span("value"))
                listed = attrs.evolve(listed, items=(*listed.items, (start, end)))
                fields[listed.name] = listed
                continue
        found = _field(text, line)
        listed = None
        if found is not None:
            known += 1
            if found.name not in fields:
                fields[found.name] = found
                if found.value_start == found.value_end:
                    listed = found
    return None


def _closed(
    text: str, lines: Sequence[Block], at: int, known: int, fields: dict[str, Field]
) -> Header | None:
    """The front matter whose closing fence is ``lines[at]``, with *known*
    fields; ``None`` when it has too few or no story follows it."""
    end = _end(text, lines[at])
    if known < _MIN_FIELDS or not text[end:].strip():
        return None
    kept = tuple(line for line in lines[: at + 1] if line.start < line.end)
    return Header(end, kept, fields)


def _toml(text: str, lines: Sequence[Block]) -> Header | None:
    """Fields between two ``+++`` lines, ``name = value`` (Hugo's TOML front
    matter; lines that are no field, such as a table's ``[params]``, belong
    to the header too).  An array may go on over lines of its own, an item
    a line, up to its ``]``: they are its items.

    >>> from newsstruct._scraped import read_header
    >>> text = '+++\\ntitle = "Talks end"\\nauthors = [\\n  "Jane Doe",\\n  "Tom Roe",\\n]\\n+++\\nPorts shut.'
    >>> header = read_header(text)
    >>> [text[start:end] for start, end in header.fields["authors"].items]
    ['Jane Doe', 'Tom Roe']
    """
    fields: dict[str, Field] = {}
    known = 0
    listed: Field | None = None  # the field whose array is open
    for at in range(1, len(lines)):
        line = lines[at]
        if text[line.start : line.end] == TOML_FENCE:
            return _closed(text, lines, at, known, fields)
        if listed is not None:
            if text.startswith("]", line.start):
                listed = None
            elif line.start < line.end:
                items = (*listed.items, *_items(text, line.start, line.end))
                listed = fields[listed.name] = attrs.evolve(listed, items=items)
            continue
        found = _toml_field(text, line)
        if found is not None:
            known += 1
            if found.name not in fields:
                if text[found.value_start : found.value_end] == "[":  # authors = [
                    found = listed = attrs.evolve(found, value_end=found.value_start)
                fields[found.name] = found
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
        if found.name in STORY_FIELDS and found.value_start < found.value_end:
            # the story on the label's line (All the News: Content: The bridge ...;
            # a news API's row printed as text: title: ..., body: ...)
            if len(fields) < _MIN_FIELDS and not (fields and fields.keys() <= _TITLES):
                return None
            label = Block(line.start, text.index(":", line.start) + 1, False)
            return Header(found.value_start, (*kept, label), fields)
        kept.append(line)
        fields.setdefault(found.name, found)
    return None


def _warc(text: str, lines: Sequence[Block]) -> Header | None:
    """A web archive record's header (Common Crawl's WARC and WET files, CC-News):
    ``WARC/1.0``, then its ``WARC-Type:``, ``WARC-Target-URI:`` ... lines up to a
    blank line.  The target is the page's address (``url``); the record's date is
    the crawl's, not the story's, and is left.

    >>> from newsstruct._scraped import read_header
    >>> text = "WARC/1.0\\nWARC-Type: conversion\\nWARC-Target-URI: https://example.com/a\\n\\nPorts shut."
    >>> header = read_header(text)
    >>> text[header.end :], sorted(header.fields), len(header.lines)
    ('Ports shut.', ['url'], 3)
    >>> read_header("WARC/1.0\\nPorts shut on Monday.\\n\\nTalks end.") is None
    True
    """
    fields: dict[str, Field] = {}
    kept: list[Block] = [lines[0]]
    named = 0
    for line in lines[1:]:
        if line.start == line.end:
            return Header(_end(text, line), tuple(kept), fields) if named >= _MIN_FIELDS else None
        match = WARC_FIELD.fullmatch(text, line.start, line.end)
        if match is None:
            return None
        name = match.group("name").casefold()
        if name.startswith("warc-"):
            named += 1
        if name == "warc-target-uri":
            fields.setdefault("url", Field("url", line.start, *match.span("value"), line.end))
        kept.append(line)
    return None


def _field(text: str, block: Block) -> Field | None:
    """The block as a field of :data:`HEADER_FIELDS`, or ``None``."""
    match = SCRAPED_FIELD.fullmatch(text, block.start, block.end)
    if match is None:
        return None
    name = " ".join(match.group("name").casefold().split())
    if name not in HEADER_FIELDS:
        return None
    start, end = _unquoted(text, *match.span("value"))
    return _listed(Field(name, block.start, start, end, block.end), text)


def _toml_field(text: str, block: Block) -> Field | None:
    """The block as a TOML field (``name = value``) of :data:`HEADER_FIELDS`, or ``None``."""
    match = SCRAPED_TOML_FIELD.fullmatch(text, block.start, block.end)
    if match is None:
        return None
    name = match.group("name").casefold()
    if name not in HEADER_FIELDS:
        return None
    start, end = match.span("value")
    value = SCRAPED_TOML_VALUE.fullmatch(text, start, end)
    if value is not None:  # a string without its quotation marks, a comment after it
        start, end = trim(text, *value.span("value"))
    return _listed(Field(name, block.start, start, end, block.end), text)


def _listed(field: Field, text: str) -> Field:
    """*field* with the items of its value when it is a list on one line,
    ``["Jane Doe", "Tom Roe"]`` (YAML's and TOML's)."""
    start, end = field.value_start, field.value_end
    if end - start < 2 or text[start] != "[" or text[end - 1] != "]":
        return field
    return attrs.evolve(field, items=_items(text, start + 1, end - 1))


def _items(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The items of a list in ``text[start:end]`` (``"Jane Doe", 'Tom Roe'``)."""
    found = SCRAPED_LIST_ITEM.finditer(text, start, end, timeout=SCAN_TIMEOUT)
    spans = [trim(text, *item.span("value")) for item in found]
    return tuple([(one, two) for one, two in spans if one < two])


def _unquoted(text: str, start: int, end: int) -> tuple[int, int]:
    """The value ``text[start:end]`` without the quotation marks around it, nor
    the double brackets of a wiki link (Obsidian's web clipper writes its
    authors ``- "[[Jane Doe]]"``).

    >>> from newsstruct._scraped import _unquoted
    >>> text = '"[[Jane Doe]]"'
    >>> text[slice(*_unquoted(text, 0, len(text)))]
    'Jane Doe'
    >>> text = '"[Jane Doe]"'
    >>> text[slice(*_unquoted(text, 0, len(text)))]
    '[Jane Doe]'
    """
    if end - start >= 2 and text[start] in _VALUE_QUOTES and text[end - 1] == text[start]:
        start, end = start + 1, end - 1
    if end - start > 4 and text.startswith("[[", start) and text.endswith("]]", start, end):
        start, end = start + 2, end - 2
    return start, end


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
    repeated = _repeated(text, header, blocks)
    if repeated == 0 or (repeated is None and _under_labels(text, header, blocks)):
        return blocks
    block = Block(title.value_start, title.value_end, False)
    if repeated is None:
        return (block, *blocks)
    own = blocks[repeated]
    if _words(text, own.start, own.end) != _words(text, title.value_start, title.value_end):
        return blocks  # the title with the site's name after it: the story's own heading
    # the story repeats it under its images: the title over them, not twice
    return (block, *blocks[:repeated], *blocks[repeated + 1 :])


def _repeated(text: str, header: Header, blocks: Sequence[Block]) -> int | None:
    """The index of the story's block that is the header's title (markup
    aside): the first block, or one under images and lines of links only (a
    page's ``[Skip to content](#main)``, its navigation); ``None`` when none is."""
    title = header.first(TITLE_FIELDS)
    if title is None:
        return None
    words = _words(text, title.value_start, title.value_end)
    core = _without_site(text, title.value_start, title.value_end)
    for index, block in enumerate(blocks[:_MAX_LEAD]):
        if block.end - block.start <= _MAX_HEADLINE and _words(text, *block[:2]) in (words, core):
            return index
        if not text.startswith(("![", "[!["), block.start) and not _links_alone(text, block):
            return None
    return None


def _under_labels(text: str, header: Header, blocks: Sequence[Block]) -> bool:
    """Whether the story gives the header's title itself (markup and a site's
    name aside) in one of its first :data:`_MAX_LABELLED` blocks, under other lines
    than images and links (a kicker, a section's name: ``Eurozone economy``; a
    press release's ``FOR IMMEDIATE RELEASE``), which the front matter reader
    reads as it reads them with no header.

    >>> from newsstruct._blocks import split_blocks
    >>> text = "Title: Talks end\\nURL Source: /a\\n\\nBUSINESS\\n\\nTalks end\\n\\nPorts shut."
    >>> header = read_header(text)
    >>> blocks = [_moved(block, header.end) for block in split_blocks(text[header.end :])]
    >>> _under_labels(text, header, blocks)
    True
    """
    title = header.first(TITLE_FIELDS)
    if title is None:
        return False
    words = _words(text, title.value_start, title.value_end)
    core = _without_site(text, title.value_start, title.value_end)
    return any(
        block.end - block.start <= _MAX_HEADLINE and _words(text, *block[:2]) in (words, core)
        for block in blocks[:_MAX_LABELLED]
    )


def _links_alone(text: str, block: Block) -> bool:
    """Whether the block is a link alone or a line of links (a navigation row)."""
    return text.startswith("[", block.start) and (
        MARKDOWN_LINK_LINE.fullmatch(text, block.start, block.end) is not None
        or MARKDOWN_LINK_ROW.fullmatch(text, block.start, block.end) is not None
    )


#: What sets a site's name off after a page title (``Talks end | Reuters``).
_SITE_SEPARATORS = (" | ", " - ", " \u2013 ", " \u2014 ", " :: ", " \u00b7 ")
#: A site's name after a title has at most this many words.
_MAX_SITE_WORDS = 5


def _without_site(text: str, start: int, end: int) -> list[str]:
    """The words of the title at ``text[start:end]`` without a site's name after a
    separator (``Talks end | Coastal Times`` -> ``['talks', 'end']``); all its
    words when it has none.

    >>> _without_site("Talks end | Coastal Times", 0, 25)
    ['talks', 'end']
    """
    title = text[start:end]
    cut = max(title.rfind(separator) for separator in _SITE_SEPARATORS)
    if cut <= 0:
        return _words(text, start, end)
    site = _words(text, start + cut, end)
    if not site or len(site) > _MAX_SITE_WORDS:
        return _words(text, start, end)
    return _words(text, start, start + cut)


def _words(text: str, start: int, end: int) -> list[str]:
    """The words of ``text[start:end]``, case folded, Markdown's markup aside
    (``# [Talks end](https://...)`` is ``['talks', 'end']``)."""
    part = text[start:end]
    found = SCRAPED_WORD.findall(markdown_view(part) or part, timeout=SCAN_TIMEOUT)
    return [word.casefold() for word in found]


def with_header(
    article: Article, text: str, header: Header, options: Options = DEFAULT_OPTIONS
) -> Article:
    """*article* (the story under the header) with what the header gives: the
    headline, byline, dateline and date the story lacks, and its lines as boilerplate.

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
    dateline = article.dateline
    # the lines that hold a part (the title read as the headline over the story)
    used = {line.start for line in header.lines if _holds(line, headline)}
    if headline is None and title is not None:
        headline = Headline(
            text[title.value_start : title.value_end], Span(title.value_start, title.value_end)
        )
        used.add(title.start)
    if byline is None and author is not None:
        byline = _byline(text, author)
        if byline is not None:
            used.add(author.start)
            # (the lines of a list's items)
            span = byline.span
            used.update(line.start for line in header.lines if _overlaps(line, span))
    summary = header.first(ABSTRACT_FIELDS)
    standfirst = article.standfirst
    if standfirst is None and summary is not None and summary.value_start < summary.value_end:
        # a dataset's record: Abstract: About 3,000 homes lost water ...
        span = Span(summary.value_start, summary.value_end)
        standfirst = Standfirst(text[span.start : span.end], span)
        used.add(summary.start)
    placed = header.first(DATELINE_FIELDS)
    if dateline is None and placed is not None:  # a dataset's record: Dateline: BOSTON, May 3
        dateline = labelled_dateline(
            text, placed.start, placed.value_start, placed.value_end, options
        )
        used.add(placed.start)
    date_line = -1
    if dated is not None:
        found = full_dates(text, dated.value_start, dated.value_end)
        if found:
            date_line = dated.start
            if placed is not None and dateline is not None and dateline.date_text is not None:
                # the record's dateline without its year: Dateline: HARTWELL, Vt., May 3
                day = parse_date(dateline.date_text, reference_date=found[0])
                if dateline.date is None and day is not None:
                    dateline = attrs.evolve(dateline, date=day)
                    date = day
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
    if title is not None and headline is not None and headline.span.start == title.value_start:
        # the story's own copy of the title, under its images, read as the title
        story = split_blocks(text[header.end :])
        repeated = _repeated(text, header, [_moved(block, header.end) for block in story])
        if repeated:
            block = _moved(story[repeated], header.end)
            furniture.append(
                Boilerplate(text[block.start : block.end], Span(block.start, block.end), "page")
            )
    junk = sorted([*furniture, *article.boilerplate], key=_by_start)
    return attrs.evolve(
        article,
        headline=headline,
        byline=byline,
        dateline=dateline,
        standfirst=standfirst,
        date=date,
        boilerplate=junk,
    )


def _byline(text: str, author: Field) -> Byline | None:
    """The byline that the author field gives: its value, or its list's items."""
    if not author.items:
        return export_byline(text, author.value_start, author.value_start, author.value_end)
    names: list[str] = []
    for start, end in author.items:
        found = export_byline(text, start, start, end)
        if found is not None:
            names.extend(name for name in found.names if name not in names)
    if not names:
        return None
    if author.value_start < author.value_end:
        start, end = author.value_start, author.value_end  # ["Jane Doe", "Tom Roe"]
    else:
        start, end = author.items[0][0], author.items[-1][1]  # - Jane Doe ... - Tom Roe
    return Byline(text[start:end], names, Span(start, end))


def _moved(block: Block, shift: int) -> Block:
    return Block(block.start + shift, block.end + shift, block.indented)


def _overlaps(line: Block, span: Span) -> bool:
    return line.start < span.end and span.start < line.end


def _holds(line: Block, part: Headline | Byline | None) -> bool:
    return part is not None and line.start <= part.span.start and part.span.end <= line.end


#: A highlight under its mark is at most this many characters (one sentence).
_MAX_HIGHLIGHT = 400


def record_highlights(text: str, blocks: Sequence[Block]) -> dict[int, str]:
    """The blocks of a data set's highlights that close *text*, by index, as
    boilerplate of kind ``export``; empty when it has none.

    The CNN / Daily Mail story files end with the story's highlights, each a
    line under an ``@highlight`` line: from the first such mark to the end,
    every block is a mark or one short line right under one.

    >>> from newsstruct._blocks import split_blocks
    >>> from newsstruct._scraped import record_highlights
    >>> text = "Ports shut.\\n\\n@highlight\\n\\nPorts shut on Monday"
    >>> record_highlights(text, split_blocks(text))
    {1: 'export', 2: 'export'}
    >>> text = "Ports shut.\\n\\n@highlight\\n\\nPorts shut.\\n\\nTalks end.\\n\\nThey said."
    >>> record_highlights(text, split_blocks(text))
    {}
    """
    first = next(
        (at for at, block in enumerate(blocks) if text[block.start : block.end] == HIGHLIGHT_MARK),
        None,
    )
    if not first:  # (none, or nothing over the marks)
        return {}
    marked = False
    for block in blocks[first:]:
        if text[block.start : block.end] == HIGHLIGHT_MARK:
            marked = True
        elif not marked or block.end - block.start > _MAX_HIGHLIGHT:
            return {}
        else:
            marked = False
    return dict.fromkeys(range(first, len(blocks)), EXPORT)


def lead_repeats(text: str, blocks: Sequence[Block]) -> dict[int, str]:
    """The block that repeats the lead paragraph under ``LEAD:``, by index, as
    boilerplate of kind ``export``; empty when there is none.

    The New York Times' archive (its Annotated Corpus, the database copies of
    its older stories) opens the full text with ``LEAD:`` and the lead
    paragraph, which then opens the story again.

    >>> from newsstruct._blocks import split_blocks
    >>> text = "LEAD: Voters agreed.\\n\\nVoters agreed.\\n\\nThe vote was close."
    >>> lead_repeats(text, split_blocks(text))
    {0: 'export'}
    >>> text = "LEAD: Voters agreed.\\n\\nThe vote was close."
    >>> lead_repeats(text, split_blocks(text))
    {}
    """
    for at in range(min(len(blocks) - 1, _MAX_LABELLED)):
        block = blocks[at]
        if text.startswith(LEAD_LABEL, block.start):
            after = blocks[at + 1]
            start, end = trim(text, block.start + len(LEAD_LABEL), block.end)
            if text[start:end] == text[after.start : after.end]:
                return {at: EXPORT}
    return {}


def _by_start(junk: Boilerplate) -> int:
    return junk.span.start


def record_view(text: str) -> tuple[str, Boilerplate | None] | None:
    """*text* as a Multi-News record holds it, read as its first source document:
    its ``NEWLINE_CHAR`` tokens read as line breaks and the documents after the
    first (after ``|||||``) blanked, at the same offsets; and those documents, as
    boilerplate of kind ``export``.  ``None`` when *text* holds no such token,
    unless the mark opens a line or closes the text (a record kept with its
    line breaks as written).

    >>> from newsstruct._scraped import record_view
    >>> text = "Talks end NEWLINE_CHAR NEWLINE_CHAR Ports shut. ||||| Other story. |||||"
    >>> view, rest = record_view(text)
    >>> view.split(), rest.text
    (['Talks', 'end', 'Ports', 'shut.'], 'Other story. |||||')
    >>> record_view("Ports shut.\\n ||||| More.")[1].text
    'More.'
    >>> record_view("Ports shut. ||||| More.") is None
    True
    """
    mark = RECORD_DOCUMENT_MARK.search(text, timeout=SCAN_TIMEOUT)
    if NEWLINE_TOKEN not in text and not _record_marked(text, mark):
        return None
    cut = len(text) if mark is None else mark.start()
    token_break = " " * (len(NEWLINE_TOKEN) - 1) + "\n"
    view = text[:cut].replace(NEWLINE_TOKEN, token_break) + " " * (len(text) - cut)
    start, end = trim(text, cut if mark is None else mark.end(), len(text))
    rest = Boilerplate(text[start:end], Span(start, end), EXPORT) if start < end else None
    return view, rest


def bracket_tokens_view(text: str) -> str | None:
    """*text* with a Penn Treebank tokenizer's bracket tokens (``-lrb-``,
    ``-RRB-``: :data:`~newsstruct._data.scraped.BRACKET_TOKENS`) read as the
    brackets they stand for, at the same offsets: an opening bracket at its
    token's end, a closing one at its token's start, blanks for the rest, so
    ``washington , may 4 -lrb- afp -rrb- -`` reads as a dateline.  ``None``
    when *text* holds no such token.

    >>> from newsstruct._scraped import bracket_tokens_view
    >>> bracket_tokens_view("-lrb- cnn -rrb- -- a hiker was found .")
    '(     cnn     ) -- a hiker was found .'
    >>> bracket_tokens_view("A Herb-RRB-like name and a -lrb-x") is None
    True
    """
    found = BRACKET_TOKEN.search(text, timeout=SCAN_TIMEOUT)
    if found is None:
        return None
    parts: list[str] = []
    at = 0
    while found is not None:
        token = found.group()
        bracket = BRACKET_TOKENS[token.lower()]
        blanks = " " * (len(token) - 1)
        parts += (
            text[at : found.start()],
            bracket + blanks if bracket in "([{" else blanks + bracket,
        )
        at = found.end()
        found = BRACKET_TOKEN.search(text, at, timeout=SCAN_TIMEOUT)
    parts.append(text[at:])
    return "".join(parts)


def truncation_view(text: str) -> tuple[str, tuple[Boilerplate, ...]] | None:
    """*text* as a news API gives an article's content cut short (NewsAPI:
    ``... ship tracking data… [+2871 chars]``): the API's note blanked, at the
    same offsets, so the cut paragraph ends before it; and the notes, as
    boilerplate of kind ``export``.  ``None`` when *text* holds no such note.

    >>> from newsstruct._scraped import truncation_view
    >>> view, notes = truncation_view("Ports shut on Monday, officials… [+2871 chars]")
    >>> view.rstrip(), [(note.text, note.kind) for note in notes]
    ('Ports shut on Monday, officials…', [('[+2871 chars]', 'export')])
    >>> truncation_view("Ports shut. [+2871 chars] was the note.") is None
    True
    """
    notes: list[Boilerplate] = []
    parts: list[str] = []
    at = 0
    for found in TRUNCATION_MARK.finditer(text, timeout=SCAN_TIMEOUT):
        start, end = trim(text, found.start(), found.end())
        notes.append(Boilerplate(text[start:end], Span(start, end), EXPORT))
        parts += (text[at : found.start()], " " * (found.end() - found.start()))
        at = found.end()
    if not notes:
        return None
    parts.append(text[at:])
    return "".join(parts), tuple(notes)


def _record_marked(text: str, mark: regex.Match[str] | None) -> bool:
    """True when *mark*, the first ``|||||`` of *text*, opens a line that goes
    on after it (a line of bars alone is a rule), or when such a mark closes
    *text*: a Multi-News record with its line breaks."""
    if mark is None:
        return False
    line_end = text.find("\n", mark.end())
    rest = text[mark.end() : len(text) if line_end < 0 else line_end]
    if text[: mark.start()].rstrip(" \t").endswith("\n") and rest.strip():
        return True
    end = len(text.rstrip())
    return RECORD_DOCUMENT_MARK.match(text, max(0, end - 5), end) is not None


#: The line that heads a text-mode browser's list of links.
LYNX_REFERENCES_LINE = "\nReferences"
#: The line breaks that the view of a dump's list of links keeps.
_LYNX_BREAKS = frozenset("\r\n\u2028\u2029\x85\x0b\x0c")


def lynx_view(text: str, written: str | None = None) -> tuple[str, Boilerplate] | None:
    """*text* as a text-mode browser dumped it (``lynx -dump``), read without
    its links' numbers and the list of links it ends with, at the same
    offsets; and that list, as page furniture.  ``None`` when *text* ends
    with no such list.

    The dump sets each link's number in brackets before the link's text
    (``By [6]Jane Doe``) and lists the links' addresses under
    ``References`` at the end.  In the view the numbers and the list are
    blanked (spaces; the line breaks kept), so the story reads as a page
    copied from a browser.

    >>> from newsstruct._scraped import lynx_view
    >>> text = "   By [1]Jane Doe\\n\\n   Rain fell.\\n\\nReferences\\n\\n   1. https://example.com/jd\\n"
    >>> view, links = lynx_view(text)
    >>> view.splitlines()[0], links.kind, links.text
    ('   By    Jane Doe', 'page', 'References\\n\\n   1. https://example.com/jd')
    >>> lynx_view("Rain fell.\\n\\nReferences\\n\\nSmith, J. (2020). Rain.") is None
    True

    With *written* (*text* as written, when *text* is its layout view), the
    view blanks the same characters of *written* (its blocks are split on it):

    >>> view = "By [1]Jo Lind\\nRain.\\nReferences\\n1. https://a.b/"
    >>> lynx_view(view, view.replace("\\n", "\\r"))[0]
    'By    Jo Lind\\rRain.\\r          \\r               '
    """
    at = text.rfind(LYNX_REFERENCES_LINE)
    if at < 0:
        return None
    found = LYNX_REFERENCES.match(text, at + 1, timeout=SCAN_TIMEOUT)
    if found is None or found.captures("item") == []:
        return None
    pieces: list[str] = []
    done = 0
    source = text if written is None else written
    for mark in LYNX_LINK_NUMBER.finditer(text, 0, at + 1, timeout=SCAN_TIMEOUT):
        pieces += (source[done : mark.start()], " " * (mark.end() - mark.start()))
        done = mark.end()
    pieces.append(source[done : at + 1])
    pieces += [char if char in _LYNX_BREAKS else " " for char in source[at + 1 :]]
    start, end = trim(text, at + 1, len(text))
    return "".join(pieces), Boilerplate(source[start:end], Span(start, end), "page")
