"""Markdown: the text as the parsers read it, with the markup blanked out.

Scrapers and reader services often hand over an article as Markdown rather
than plain text: ``# Headline``, ``By [Jane Doe](https://...)``, ``**SEATTLE**
--``, ``> "A quote," she said.``, ``*A caption. (AP Photo/John Roe)*``.  When a
text shows Markdown (:func:`markdown_view`), the parsers read a *view* of it:
the same text with the markup's characters replaced by spaces, so that every
offset is the same in both and the readers see words where the markup was.
The blocks are still split on the caller's text (the view's spaces would read
as indentation), then trimmed in the view.  At the end every part's ``text``
is read again from the caller's text at its span (:func:`as_written`), so the
invariant ``article.text[el.span.start:el.span.end] == el.text`` holds for the
text the caller gave; values that are read, not sliced (``Byline.names``,
``Speaker.name``, ``Dateline.location``), come from the view, without markup.

Blanked, when the text shows Markdown:

* a heading's ``#`` marks (one to six, at a line start) and its closing run;
* a block quote's ``>`` marks at a line start;
* a link's brackets and target: ``[Jane Doe](https://example.com/jd)`` reads
  ``Jane Doe``, at the link's end (next to what follows it, so ``said [Dan
  Ortiz](...), the sponsor,`` reads as ``said ... Dan Ortiz, the sponsor,``;
  :class:`_Widener` maps the offsets back); a reference link ``[Jane Doe][1]``
  too;
* a linked image's outer link (``[![alt](a.jpg)](page)``) and a reader
  service's number before an image's alt text (``![Image 3: alt](...)``);
* an autolink's angle brackets (``<https://example.com/a>``);
* HTML tags of HTML's elements (``<br>``, ``<p class="byline">``);
* a backslash that escapes a mark (``\\*``) or ends a line;
* emphasis marks (``*``, ``_``, ``**``, ``__``, ``***``) that open before a
  word and close after one on the same line, as Markdown pairs them;
* a page's JSON-LD object (``{"@context": "https://schema.org", ...}``).

An HTML figure caption's tags are read as an image's marks
(``<figcaption>words</figcaption>`` as ``![words](  )``), so that the caption
reader takes the words as a caption; its lines are one block (:func:`view_blocks`).

An image (``![alt](url)``) is left as written: the caption reader takes its alt
text as a caption.  Markup that is not blanked stays in the words (a list
item's ``-``, a table's bars).

HTML character references, mojibake and soft hyphens inside words are read as
what they stand for (:func:`_entities_read`): the rest of the line moves up
after each shorter reading, and the blanks go to the line's end, then past its
break, where they part no words (:class:`_Shifts` maps the offsets back).
"""

from __future__ import annotations

import functools
import html
import json
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from typing import Protocol, TypeAlias, TypeVar, cast

import attrs
import regex

from newsstruct._blocks import Block, layout_view, split_blocks, trailing_moved, trim_blocks
from newsstruct._data.scraped import AUTHOR_FIELDS, DATE_FIELDS, HEADER_FIELDS
from newsstruct._guard import guarded
from newsstruct._model import Article, Boilerplate, Byline, Caption, Paragraph, Quote, Span
from newsstruct._patterns import (
    LETTER_MOJIBAKE,
    LETTER_MOJIBAKE_SIGN,
    MARKDOWN_AUTHOR_TARGET,
    MARKDOWN_AUTOLINK,
    MARKDOWN_BLOCK_QUOTE,
    MARKDOWN_EMPHASIS_RUN,
    MARKDOWN_ESCAPE,
    MARKDOWN_FIGCAPTION_CLOSE,
    MARKDOWN_FIGCAPTION_OPEN,
    MARKDOWN_FIGURE_TAG,
    MARKDOWN_HEADING_LINE,
    MARKDOWN_HTML_ENTITY,
    MARKDOWN_HTML_SIGN,
    MARKDOWN_HTML_TAG,
    MARKDOWN_IMAGE_NUMBER,
    MARKDOWN_LINK,
    MARKDOWN_LINK_DEFINITION,
    MARKDOWN_LINK_LINE,
    MARKDOWN_LINK_ROW,
    MARKDOWN_LINKED_IMAGE,
    MARKDOWN_LIST_MARK,
    MARKDOWN_METADATA_ITEM,
    MARKDOWN_NAME_LABEL,
    MARKDOWN_PIPE_ROW,
    MARKDOWN_ROW_SEPARATOR,
    MARKDOWN_SIGN,
    MARKDOWN_TABLE_RULE,
    MOJIBAKE,
    MOJIBAKE_BYTES,
    MOJIBAKE_READINGS,
    SCAN_TIMEOUT,
    SOFT_HYPHEN_IN_WORD,
    WIKI_LINK,
)

#: Emphasis is paired within one line of at most this many characters apart.
_MAX_EMPHASIS = 500
#: Emphasis is at most this many marks (``***bold italic***``).
_MAX_MARKS = 3
#: A line all in bold over a list of links is its heading if at most this long.
_MAX_BOLD_HEADING = 80
#: Markup is read off a span at most this many times (``**[Jane Doe](...)**``).
_MAX_LAYERS = 4


def markdown_view(text: str) -> str | None:
    """:func:`read_markdown`'s view of *text* alone."""
    read = read_markdown(text)
    return None if read is None else read[0]


#: The links and the pairs of marks of a text (:func:`read_markdown`), which
#: :func:`as_written` reads again.
_Marks = tuple[list["_Link"], list["_Pair"], "_Shifts | None"]


def read_markdown(text: str) -> tuple[str, _Marks] | None:
    """*text* with its Markdown markup blanked (the same length), and its links
    and pairs of marks; ``None`` when *text* shows no Markdown (then it is read
    as it is).

    A text shows Markdown when it has a heading line (``# Title``), a link
    (``[words](target)``), words in ``**bold**``/``__bold__``, or a block quote
    that opens with a quotation mark (``> "Yes," she said.``); or HTML that
    only a converter leaves: a closing tag of one of HTML's elements
    (``</p>``), a ``<br>``, a ``<figure>`` or ``<figcaption>`` tag, or a page's
    JSON-LD object (:func:`_json_ld`).

    >>> from newsstruct._markdown import markdown_view
    >>> markdown_view("# Talks end\\n\\nBy [Jane Doe](https://example.com/jd), editor")
    '  Talks end\\n\\nBy                           Jane Doe, editor'
    >>> markdown_view("**SEATTLE** -- Ports shut, _officials_ said.")
    '  SEATTLE   -- Ports shut,  officials  said.'
    >>> markdown_view("Ports shut. #Storm") is None
    True
    >>> markdown_view("A 2*3 grid, snake_case_name, 5 * 4 * 3.") is None
    True
    """
    entities = _has_entities(text)
    if not _shows_markdown(text) and not entities:
        return None
    links = list(_links(text))
    pairs = list(_pairs(text, links))
    blanks = sorted(_markup(text, pairs))
    if not blanks and not entities and not _has_table(text):
        return None
    view = _filled(text, blanks)
    if "|" in text and "---" in text:
        view = _table_rules(text, view)
    if "<" in text:
        view = _figcaptions_read(view, _figcaptions(text))
    # a link's words are moved to its end, next to what follows them: ``said
    # [Dan Ortiz](/o), the sponsor,`` reads ``said ... Dan Ortiz, the sponsor,``
    pieces: list[str] = []
    at = 0
    moves = _moving(text, links)
    for start, label_end, end in moves:
        pieces.append(view[at:start])
        pieces.append(" " * (end - label_end + 1))
        pieces.append(view[start + 1 : label_end])
        at = end
    if pieces:
        pieces.append(view[at:])
        view = "".join(pieces)
    shifts = None
    if entities:
        view, shifts = _entities_read(text, view, moves)
    view = _rows_blanked(text, view)
    if " \n" in view or " \r\n" in view:
        # (the blanks that end a line past its break, as in plain text: a
        # line's content then ends at its break, as the parsers expect)
        view = trailing_moved(view)
    return view, (links, pairs, shifts)


def _has_entities(text: str) -> bool:
    """Whether *text* holds an HTML character reference (``&quot;``), mojibake
    of punctuation (``â€œ``: :data:`~newsstruct._patterns.MOJIBAKE`) or a soft
    hyphen inside a word, which the view reads as what they stand for.

    >>> from newsstruct._markdown import _has_entities
    >>> samples = ("&quot;Go&quot;", "â€œGoâ€", "Go & see; “Go”", "ROMÂNIA", "Bundes\u00adamt")
    >>> [_has_entities(t) for t in samples]
    [True, True, False, False, True]
    """
    return (
        ("&" in text and ";" in text and MARKDOWN_HTML_ENTITY.search(text) is not None)
        or _has_mojibake(text)
        or ("\u00ad" in text and SOFT_HYPHEN_IN_WORD.search(text) is not None)
        or _has_letter_mojibake(text)
    )


def _has_letter_mojibake(text: str) -> bool:
    """Whether *text* was decoded wrongly as a whole: it shows mojibake that no
    text holds as written (:data:`~newsstruct._patterns.LETTER_MOJIBAKE_SIGN`:
    ``Ã©`` for ``é``; ``SÃO PAULO`` shows none).

    >>> from newsstruct._markdown import _has_letter_mojibake
    >>> [_has_letter_mojibake(t) for t in ("dÃ©jÃ ", "SÃO PAULO, Ärger", "ÐœÐ¾ÑÐºÐ²Ð°", "åŒ—äº¬")]
    [True, False, True, True]
    """
    return not text.isascii() and LETTER_MOJIBAKE_SIGN.search(text) is not None


#: The byte of each spacing accent of Latin-1 by the combining accent that
#: Unicode normalization (NFKC, NFKD) writes after a space in its place: ``¨``,
#: ``¯``, ``´``, ``¸``.
_SPACING_ACCENTS = {"\u0308": 0xA8, "\u0304": 0xAF, "\u0301": 0xB4, "\u0327": 0xB8}


def _letter(mojibake: str) -> str:
    """The character *mojibake* stands for (``Ã`` alone or before the space
    that was its no-break space: ``à``; ``Å`` so: ``Š``), or ``""`` when its
    bytes are no UTF-8.

    >>> from newsstruct._markdown import _letter
    >>> _letter("Ã©"), _letter("Ãœ"), _letter("Å‚"), _letter("Ã "), _letter("åŒ—"), _letter("ÃÃ")
    ('é', 'Ü', 'ł', 'à', '北', '')
    >>> _letter("Ã \u0308"), _letter("Ã \u0301"), _letter("Å "), _letter("Ð ")
    ('è', 'ô', 'Š', 'Р')
    """
    if len(mojibake) == 1:
        return "\u00e0"
    if mojibake[1] == " ":
        # a no-break space read as a space (``Å `` for ``Š``), or a spacing
        # accent that normalization took apart (``Ã`` and `` \u0308`` for ``è``)
        second = 0xA0 if len(mojibake) == 2 else _SPACING_ACCENTS[mojibake[2]]
        raw = bytes((MOJIBAKE_BYTES[mojibake[0]], second))
    else:
        raw = bytes(MOJIBAKE_BYTES[char] for char in mojibake)
    read = raw.decode("utf-8", errors="replace")
    return read if len(read) == 1 and read != "\ufffd" else ""


def _has_mojibake(text: str) -> bool:
    """Whether *text* holds mojibake of punctuation (``â€œ``, ``Â«``)."""
    return (
        not text.isascii()
        and ("\u00e2" in text or "\u00c2" in text)
        and MOJIBAKE.search(text) is not None
    )


#: A reference: ``(start, end, the character read)``.
_Reference: TypeAlias = tuple[int, int, str]


def _references(text: str) -> list[_Reference]:
    """The HTML character references, the mojibake and the soft hyphens inside
    words of *text*, in order: ``(start, end, the character read)``; a
    reference to nothing (or to more than one character) is left out.

    >>> from newsstruct._markdown import _references
    >>> _references("AT&amp;T: â€œGo&bogus;â€")
    [(2, 7, '&'), (10, 13, '“'), (22, 24, '”')]
    >>> _references("Mr O&rsquo;Brien&rsquo;s Bun\u00addes\u00adamt")
    [(4, 11, '’'), (16, 23, '’'), (28, 29, ''), (32, 33, '')]
    """
    found: list[_Reference] = []
    if "&" in text and ";" in text:
        for match in MARKDOWN_HTML_ENTITY.finditer(text):
            char = html.unescape(match.group())
            if len(char) == 1 and char != match.group():
                found.append((match.start(), match.end(), char))
    if _has_mojibake(text):
        found.extend(
            (match.start(), match.end(), MOJIBAKE_READINGS[match.group()])
            for match in MOJIBAKE.finditer(text)
        )
    if "\u00ad" in text:
        found.extend(
            (match.start(), match.end(), "") for match in SOFT_HYPHEN_IN_WORD.finditer(text)
        )
    if _has_letter_mojibake(text):
        for match in LETTER_MOJIBAKE.finditer(text):
            letter = _letter(match.group())
            if letter:
                found.append((match.start(), match.end(), letter))
    found.sort()
    if len(found) > 1:
        # (one reading of each character: the soft hyphen of ``Ã\u00ad``, ``í``, is its byte)
        kept = found[:1]
        for reference in found[1:]:
            if reference[0] >= kept[-1][1]:
                kept.append(reference)
        found = kept
    return found


#: White space, however long (matched where a line's content may end).
_BLANKS = regex.compile(r"\s*+")


def _ends_line(text: str, at: int, content_end: int) -> bool:
    """Whether only white space stands between *at* and *content_end* (its line's end)."""
    if at >= content_end:
        return True
    if not text[at].isspace():
        return False  # (the usual answer, at once)
    blanks = _BLANKS.match(text, at, content_end)
    return blanks is not None and blanks.end() == content_end


def _entities_read(text: str, view: str, moves: Sequence[_Link] = ()) -> tuple[str, _Shifts | None]:
    """*view* with each HTML character reference of *text* that the view still
    holds read as its character (a no-break space as a space, ``&lt;`` and
    ``&gt;`` as a space: no tag is made of them, but a ``&gt;`` that ends its
    line reads ``>``, so that the line's part ends with it; a reference to
    nothing is left as it is), and the map of its offsets back to those of *text* (``None``:
    no reference read).  Mojibake and soft hyphens inside words read the same
    way (:func:`_references`).

    A reading is shorter than what it reads: the rest of its line moves up
    and the blanks go to the line's end, so that no blank parts the words
    (``By Mark O&rsquo;Brien, Reuters``, ``Jo Lind&nbsp;and Ana Ruiz``).  The
    words of the links in *moves*, which the view moved to the link's end, are
    read there and move up with the rest; :class:`_Shifts` maps the offsets
    back to the view before (the links' words then map back to theirs:
    :class:`_Widener`).

    >>> from newsstruct._markdown import _entities_read
    >>> text = "&quot;We win,&quot; said Jo. &ldquo;Go&rdquo; AT&amp;T\\nBy Jos&eacute; Ruiz"
    >>> view, shifts = _entities_read(text, text)
    >>> view
    '"We win," said Jo. “Go” AT&T                    \\nBy José Ruiz     '
    >>> shifts.written(view.index("said")), text.index("said")
    (20, 20)
    >>> _entities_read("Mr O&rsquo;Brien&rsquo;s bid", "Mr O&rsquo;Brien&rsquo;s bid")[0]
    'Mr O’Brien’s bid            '
    """
    pieces: list[str] = []
    shifts = _Shifts()
    at = 0  # the end in the text of what the pieces hold
    line_end = -1  # (the end of the line read last, and of its content)
    content_end = 0
    removed = 0  # how much shorter the line read so far reads
    link_starts = [link[0] for link in moves]
    for written_start, written_end, char in _references(text):
        start, end = written_start, written_end
        index = bisect_right(link_starts, start) - 1 if moves else -1
        if index >= 0 and start < moves[index][1]:
            # in a link's words, which the view reads at the link's end
            start += moves[index][2] - moves[index][1]
            end += moves[index][2] - moves[index][1]
        if view[start:end] != text[written_start:written_end]:
            continue  # blanked already (a link's target)
        if start >= line_end:
            if removed:
                _pad(view, pieces, shifts, at, content_end, removed)
                at = content_end
            removed = 0
            line_end = text.find("\n", start)
            line_end = len(text) if line_end < 0 else line_end
            content_end = line_end - 1 if text.startswith("\r", line_end - 1) else line_end
        reading = " " if char and (char in "<>" or char.isspace()) else char
        if char == ">" and _ends_line(text, written_end, content_end):
            # (the last of its line: a blank there would be trimmed off the
            # line, and its part end before it; no tag is closed by it, its
            # ``&lt;`` read as a blank)
            reading = char
        pieces.append(view[at:start])
        pieces.append(reading)
        at_view = start - removed  # (where the reading starts in the view)
        removed += end - start - len(reading)
        shifts.moved(at_view + len(reading), removed)
        at = end
    if removed:
        _pad(view, pieces, shifts, at, content_end, removed)
        at = content_end
    if not shifts.points:
        return view, None
    pieces.append(view[at:])
    return "".join(pieces), shifts


def _pad(
    view: str, pieces: list[str], shifts: _Shifts, at: int, content_end: int, removed: int
) -> None:
    """End a line whose readings are *removed* characters shorter: the rest of
    its content, then as many blanks (all of which map to its content's end)."""
    pieces.append(view[at:content_end])
    pieces.append(" " * removed)
    shifts.padded(content_end - removed, content_end)


class _Shifts:
    """Offsets of a view whose lines read some references shorter, as offsets
    of the view before (:func:`_entities_read`): from each point on (sorted),
    a view offset is the earlier one's less a shift, or, in the blanks that
    end a line, the end of the line's content."""

    __slots__ = ("fixed", "points", "shifts")

    def __init__(self) -> None:
        self.points: list[int] = []
        self.shifts: list[int] = []
        self.fixed: list[int] = []  # -1, or the offset every view offset maps to

    def moved(self, at: int, shift: int) -> None:
        """From view offset *at* on, the offsets before are *shift* further."""
        self.points.append(at)
        self.shifts.append(shift)
        self.fixed.append(-1)

    def padded(self, at: int, line_end: int) -> None:
        """The blanks from view offset *at* to *line_end* map to *line_end*;
        from *line_end* on, the offsets are those before."""
        if at + 1 < line_end:
            self.points.append(at + 1)
            self.shifts.append(0)
            self.fixed.append(line_end)
        self.moved(line_end, 0)

    def written(self, at: int) -> int:
        """View offset *at* as an offset of the view before."""
        index = bisect_right(self.points, at) - 1
        if index < 0:
            return at
        fixed = self.fixed[index]
        return fixed if fixed >= 0 else at + self.shifts[index]


#: The last characters of a heading's line that may follow closing marks.
_CLOSING_ENDS = frozenset("# \t\r")


def _shows_markdown(text: str) -> bool:
    """Whether :data:`MARKDOWN_SIGN` is found in *text*, tried only where it may
    start: at the line starts before a ``#``, at the ``[`` before a ``](`` or
    ``][``, at each ``**`` and ``__`` (a whole-text search costs about 60 ns a
    character; most texts hold none of these, or a hashtag or two); or HTML
    that only a converter leaves (:data:`MARKDOWN_HTML_SIGN`, a figure's tags)
    or a JSON-LD object.

    >>> from newsstruct._markdown import _shows_markdown
    >>> [_shows_markdown(t) for t in ("  ## Heading", "#Storm", "a [b](c)", "**B**", "a__b")]
    [True, False, True, True, False]
    """
    # (one character looked for first: a pair of characters is found more slowly)
    if not (
        "#" in text
        or ("]" in text and "](" in text)
        or ("*" in text and "**" in text)
        or ("_" in text and "__" in text)
        or (
            "<" in text
            and ("</" in text or "<fig" in text or "<FIG" in text or "<br" in text or "<BR" in text)
        )
        or ("@" in text and _JSON_LD_KEY in text)
        or _may_table(text)
        or ("> " in text and _quoted_block_quote(text))
    ):
        return False
    if "> " in text and _quoted_block_quote(text):
        return True
    at = text.find("#")
    while at >= 0:
        # a heading's marks open its line, after at most three spaces
        head = at
        while head > 0 and at - head < _HEADING_INDENT and text[head - 1] in " \t":
            head -= 1
        if (head == 0 or text[head - 1] in "\n\r") and MARKDOWN_SIGN.match(text, head):
            return True
        at = text.find("#", at + 1)
    for joint in ("](", "]["):
        at = text.find(joint)
        while at >= 0:
            # the link's [ is the last one before its words' end (no bracket in them)
            opening = text.rfind("[", max(0, at - _MAX_LABEL), at)
            if opening >= 0 and MARKDOWN_SIGN.match(text, opening):
                return True
            at = text.find(joint, at + 1)
    for marks in ("**", "__"):
        at = text.find(marks)
        while at >= 0:
            if MARKDOWN_SIGN.match(text, at):
                return True
            at = text.find(marks, at + 1)
    # HTML left in the text (a converter's): a figure, a figure caption, a
    # closing tag (</p>, </a>) or a line break (<br>)
    if "<" in text and (
        MARKDOWN_FIGURE_TAG.search(text, timeout=SCAN_TIMEOUT) is not None
        or MARKDOWN_HTML_SIGN.search(text, timeout=SCAN_TIMEOUT) is not None
    ):
        return True
    # the page's JSON-LD metadata left in the text
    if "@" in text and _JSON_LD_KEY in text and _json_ld(text):
        return True
    # a table: a row of cells over a rule, |---|---|
    return _has_table(text)


#: Marks a quotation opens with.
_OPENING_MARKS = "\"\u201c\u2018'\u201e\u00ab"


def _quoted_block_quote(text: str) -> bool:
    """Whether a line of *text* is a block quote that opens with a quotation
    mark (``> "We will act," she said.``), as Markdown copies print a quoted
    paragraph or a pull quote; the ``> `` marks are looked for at line starts only.

    >>> from newsstruct._markdown import _quoted_block_quote
    >>> [_quoted_block_quote(t) for t in ('> "We will."', "a\\n> \\u201cYes.", "a > b", "> No.")]
    [True, True, False, False]
    """
    at = text.find("> ")
    while at >= 0:
        if (at == 0 or text[at - 1] in "\n\r") and text[at + 2 : at + 3] in _OPENING_MARKS:
            return text[at + 2 : at + 3] != ""
        at = text.find("> ", at + 1)
    return False


def _may_table(text: str) -> bool:
    """Whether *text* may hold a table (:func:`_tables`): a bar, and a rule's
    dashes or a bar that ends a line (a row with no rule under it)."""
    return "|" in text and ("--" in text or "|\n" in text or "|\r" in text or text.endswith("|"))


def _has_table(text: str) -> bool:
    """Whether *text* holds a Markdown table (:func:`_tables`)."""
    return _may_table(text) and bool(_tables(text))


#: A table has at most this many rows.
_MAX_ROWS = 5000


def _tables(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of the Markdown tables of *text*: a row of cells
    (a line with a ``|``), a rule under it (``|---|:---:|``), and the rows
    under the rule up to a blank line or a line with no ``|``; the bounds
    without outer white space.  Rows with no rule under the first are a table
    too (trafilatura's text writes one so): two or more lines of cells between
    bars, ``| Port | Ships |``, each with as many cells (:func:`_bare_tables`).

    >>> from newsstruct._markdown import _tables
    >>> text = "Results:\\n\\n| Party | Seats |\\n|---|---:|\\n| Red | 12 |\\n\\nThe count ended."
    >>> [text[start:end] for start, end in _tables(text)]
    ['| Party | Seats |\\n|---|---:|\\n| Red | 12 |']
    >>> _tables("Prices rose.\\n---\\nMore.")
    []
    """
    if "|" not in text:
        return []
    found: list[tuple[int, int]] = []
    done = 0  # where the last table found ends
    for rule in MARKDOWN_TABLE_RULE.finditer(text, timeout=SCAN_TIMEOUT):
        rule_start = rule.start()
        if rule_start < done + 1 or text.find("-", rule_start, rule.end()) < 0:
            continue  # (a rule among the rows of the table found last)
        head_start = text.rfind("\n", 0, rule_start - 1) + 1
        head = text[head_start : rule_start - 1]
        if "|" not in head or not head.strip():
            continue  # no row of cells over it
        end = rule.end()
        for _ in range(_MAX_ROWS):
            if end >= len(text):
                break
            line_end = text.find("\n", end + 1)
            line_end = len(text) if line_end < 0 else line_end
            row = text[end + 1 : line_end]
            if "|" not in row or not row.strip():
                break
            end = line_end
        start = head_start + len(head) - len(head.lstrip())
        found.append((start, end - (len(text[start:end]) - len(text[start:end].rstrip()))))
        done = end
    if "|\n" in text or "|\r" in text or text.endswith("|"):
        found = sorted(found + _bare_tables(text, found))
    return found


def _bare_tables(text: str, ruled: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ``(start, end)`` of the tables of *text* with no rule: runs of two
    or more rows of cells between bars (:data:`MARKDOWN_PIPE_ROW`), one line
    after another, each with as many cells, apart from the tables *ruled*.

    >>> from newsstruct._markdown import _bare_tables
    >>> text = "Queues grew.\\n| Port | Ships |\\n| Northhaven | 31 |\\nTalks resume."
    >>> [text[start:end] for start, end in _bare_tables(text, [])]
    ['| Port | Ships |\\n| Northhaven | 31 |']
    >>> _bare_tables("| Home | News |\\nTalks resume.\\n| Sport | Weather |", [])
    []
    >>> _bare_tables("| Port | Ships |\\n| Northhaven | 31 | 12 |", [])
    []
    """
    found: list[tuple[int, int]] = []
    run: list[tuple[int, int, int]] = []  # (start, end, cells) of the rows of a run
    # (a run overlaps a ruled table when one ending after the run's start starts
    # before its end: the tables by their ends, and the least start from each on,
    # so that each run is one bisection, not a pass over all the tables)
    by_end = sorted(ruled, key=lambda table: table[1])
    ends = [end for _, end in by_end]
    least = [start for start, _ in by_end]
    for at in range(len(least) - 2, -1, -1):
        least[at] = min(least[at], least[at + 1])

    def close() -> None:
        if len(run) >= 2:
            after = bisect_right(ends, run[0][0])
            if after == len(ends) or least[after] >= run[-1][1]:
                found.append((run[0][0], run[-1][1]))
        run.clear()

    for row in MARKDOWN_PIPE_ROW.finditer(text, timeout=SCAN_TIMEOUT):
        start = text.index("|", row.start())  # (after the row's indent)
        end = start + len(text[start : row.end()].rstrip())
        cells = text.count("|", start, end) - 1
        if run and (cells != run[-1][2] or text.count("\n", run[-1][1], start) != 1):
            close()
        run.append((start, end, cells))
    close()
    return found


#: The key that every JSON-LD object holds (``{"@context": "https://schema.org", ...}``).
_JSON_LD_KEY = '"@context"'
#: The ``{`` of a JSON-LD object is at most this many characters before its key.
_MAX_KEYS_BEFORE = 300
#: At most this many JSON-LD objects are looked for in a text (each is parsed).
_MAX_JSON_LD = 8
_JSON = json.JSONDecoder()


def _json_ld(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of the JSON-LD objects left in *text*: a JSON object
    that holds the key ``"@context"`` (a page's metadata, ``{"@context":
    "https://schema.org", "@type": "NewsArticle", ...}``), which a scraper
    that keeps the text of ``<script>`` elements leaves in the text.

    >>> from newsstruct._markdown import _json_ld
    >>> _json_ld('Talks end.\\n{"@context": "https://schema.org", "@type": "NewsArticle"}')
    [(11, 69)]
    >>> _json_ld('He typed "@context" twice.')
    []
    """
    found: list[tuple[int, int]] = []
    done = 0  # where the last object found ends
    tries = 0
    at = text.find(_JSON_LD_KEY)
    while at >= 0 and tries < _MAX_JSON_LD:
        opening = text.rfind("{", max(done, at - _MAX_KEYS_BEFORE), at)
        if opening >= 0:
            tries += 1
            try:
                value, end = _JSON.raw_decode(text, opening)
            except (ValueError, RecursionError):
                end = -1
            if end > at and isinstance(value, dict):
                found.append((opening, end))
                done = end
        at = text.find(_JSON_LD_KEY, max(at + 1, done))
    return found


#: A heading's marks follow at most this many spaces at the line's start.
_HEADING_INDENT = 3
#: A link's words are at most this many characters (as in :data:`MARKDOWN_SIGN`:
#: two lines of 300 and a line break).
_MAX_LABEL = 603


#: A line of this many links or more is a navigation row even with no separator.
_ROW_LINKS = 3


def _rows_blanked(text: str, view: str) -> str:
    """*view* with the navigation rows of *text* blanked whole: a line of links
    and nothing else, with a separator (``|``, ``·``, ``/``, ``>``...) between
    them or at least :data:`_ROW_LINKS` of them (``[Home](/) | [News](/n)``).
    Its block is then empty in the view, and page furniture
    (:func:`as_written`).

    >>> from newsstruct._markdown import markdown_view
    >>> view = markdown_view("# T\\n\\n[Home](/) | [News](/n)\\n\\nBy [Jo Lind](/j), [Al Roe](/a)")
    >>> [line.strip() for line in view.split("\\n\\n")]
    ['T', '', 'By Jo Lind, Al Roe']
    >>> markdown_view("# T\\n\\n[Jo Lind](/j) [Al Roe](/a)").endswith("Al Roe")
    True
    """
    if "](" not in text:
        return view
    rows = [
        row.span()
        for row in MARKDOWN_LINK_ROW.finditer(text, timeout=SCAN_TIMEOUT)
        # (two links side by side with no separator: two names, perhaps)
        if text.count("](", *row.span()) >= _ROW_LINKS
        or MARKDOWN_ROW_SEPARATOR.search(text, *row.span()) is not None
    ]
    return _filled(view, rows)


def _table_rules(text: str, view: str) -> str:
    """*view* with the rules of the tables of *text* read as rules
    (``|---|---|`` as ``---------``, which is a separator)."""
    rules: list[tuple[int, int]] = []
    for rule in MARKDOWN_TABLE_RULE.finditer(text, timeout=SCAN_TIMEOUT):
        start, end = rule.span()
        start = start + len(text[start:end]) - len(text[start:end].lstrip())
        end = start + len(text[start:end].rstrip())
        if start < end:
            rules.append((start, end))
    return _filled(view, rules, "-")


#: An HTML figure caption is at most this many characters.
_MAX_FIGCAPTION = 2000


def _figcaptions(text: str) -> list[_Pair]:
    """The HTML figure captions of *text*: each ``<figcaption>`` tag with the
    next ``</figcaption>`` (before another opens, at most
    :data:`_MAX_FIGCAPTION` characters on)."""
    if not ("<fig" in text or "<FIG" in text):
        return []
    opens = [tag.span() for tag in MARKDOWN_FIGCAPTION_OPEN.finditer(text, timeout=SCAN_TIMEOUT)]
    if not opens:
        return []
    closes = [tag.span() for tag in MARKDOWN_FIGCAPTION_CLOSE.finditer(text, timeout=SCAN_TIMEOUT)]
    pairs: list[_Pair] = []
    at = 0
    for index, (start, end) in enumerate(opens):
        while at < len(closes) and closes[at][0] < end:
            at += 1
        if at == len(closes):
            break
        close_start, close_end = closes[at]
        following = opens[index + 1][0] if index + 1 < len(opens) else len(text)
        if close_start <= following and close_start - end <= _MAX_FIGCAPTION:
            pairs.append((start, end, close_start, close_end))
    return pairs


def _figcaptions_read(view: str, pairs: Sequence[_Pair]) -> str:
    """*view* with the tags of the figure captions *pairs* read as an image's
    marks, ``![`` and ``](  )``: the caption reader takes the words between
    them as an image's alt text, a caption (the same length).

    >>> from newsstruct._markdown import markdown_view
    >>> markdown_view("<figcaption>Crowds in Oslo.</figcaption>")
    '![          Crowds in Oslo.](          )'
    """
    if not pairs:
        return view
    pieces: list[str] = []
    at = 0
    for open_start, open_end, close_start, close_end in pairs:
        pieces += (view[at:open_start], "![", " " * (open_end - open_start - 2))
        pieces += (view[open_end:close_start], "](", " " * (close_end - close_start - 3), ")")
        at = close_end
    pieces.append(view[at:])
    return "".join(pieces)


def _joined(blocks: Sequence[Block], spans: Sequence[tuple[int, int]]) -> list[Block]:
    """*blocks* with those that each of *spans* (in order, apart) runs over
    joined into one: a figure caption or a link split into lines."""
    joined: list[Block] = []
    index = 0
    for block in blocks:
        while index < len(spans) and spans[index][1] <= block.start:
            index += 1
        if joined and index < len(spans) and spans[index][0] < joined[-1].end:
            # the span starts before the last block ends, ends after this one starts
            last = joined[-1]
            joined[-1] = Block(last.start, block.end, last.indented)
        else:
            joined.append(block)
    return joined


def view_blocks(
    text: str, view: str, blocks: Sequence[Block], marks: _Marks | None = None
) -> tuple[list[Block], list[Block], list[tuple[int, int]]]:
    """The *blocks* of *text* (split on it, as written) as its *view* reads
    them: the blocks kept, the same trimmed in the view (inside their markup),
    and the ``(start, end)`` of the blocks that are markup alone (empty in the
    view: a navigation row, a line of markup).  The lines of an HTML figure
    caption are one block, and so are those of a link whose words go on over
    a line break (*marks*: the links of :func:`read_markdown`).

    >>> from newsstruct._blocks import split_blocks
    >>> from newsstruct._markdown import markdown_view, view_blocks
    >>> text = "**Talks end**\\n\\n<figure>\\n<figcaption>Crowds\\nin Oslo.</figcaption>"
    >>> kept, inside, blank = view_blocks(text, markdown_view(text), split_blocks(text))
    >>> [text[start:end] for start, end, _ in inside], blank
    (['Talks end', '<figcaption>Crowds\\nin Oslo.</figcaption>'], [(15, 23)])
    """
    spans = [(pair[0], pair[3]) for pair in _figcaptions(text)] if "<" in text else []
    if marks is not None and "\n" in text:
        spans += [(link[0], link[2]) for link in marks[0] if text.find("\n", link[0], link[1]) >= 0]
    if _may_table(text):
        spans += _tables(text)  # a table's rows: one block
    if spans:
        blocks = _joined(blocks, sorted(spans))
    return trim_blocks(view, blocks)


def _filled(text: str, spans: Sequence[tuple[int, int]], fill: str = " ") -> str:
    """*text* with the characters of *spans* (in order; they may overlap) made
    *fill*: the same length.

    >>> from newsstruct._markdown import _filled
    >>> _filled("**Bold** and more", [(0, 2), (6, 8), (7, 10)])
    '  Bold    nd more'
    """
    pieces: list[str] = []
    at = 0
    for start, end in spans:
        if end <= at:
            continue
        start = max(start, at)
        pieces.append(text[at:start])
        pieces.append(fill * (end - start))
        at = end
    if not pieces:
        return text
    pieces.append(text[at:])
    return "".join(pieces)


def _markup(text: str, pairs: Sequence[_Pair]) -> Iterator[tuple[int, int]]:
    """The ``(start, end)`` ranges of *text* that are Markdown markup."""
    for heading in MARKDOWN_HEADING_LINE.finditer(text, timeout=SCAN_TIMEOUT):
        yield heading.span("marks")
        # the closing run of marks, after a space: ## Title ##
        line_end = text.find("\n", heading.end())
        line_end = len(text) if line_end < 0 else line_end
        if text[line_end - 1] not in _CLOSING_ENDS:
            continue  # (most headings: no closing marks, no slice to read)
        line = text[heading.end() : line_end].rstrip()
        closed = line.rstrip("#")
        if len(closed) < len(line) and closed.endswith((" ", "\t")):
            stop = heading.end() + len(line)
            yield stop - (len(line) - len(closed)), stop
    for quote in MARKDOWN_BLOCK_QUOTE.finditer(text, timeout=SCAN_TIMEOUT):
        yield quote.span("marks")
    for item in MARKDOWN_LIST_MARK.finditer(text, timeout=SCAN_TIMEOUT):
        # the mark of a page's own link (``- [Share on Facebook](...)``), which
        # is read as the boilerplate its words are
        item_end = text.find("\n", item.end())
        item_end = len(text) if item_end < 0 else item_end
        if text.endswith("\r", item.start(), item_end):
            item_end -= 1
        alone = MARKDOWN_LINK_LINE.fullmatch(text, item.start(), item_end)
        if alone is not None and _page_link(text, alone):
            yield item.span("mark")
    for open_start, open_end, close_start, close_end in pairs:
        yield open_start, open_end
        yield close_start, close_end
    if "<" in text:
        tags = [tag.span() for tag in MARKDOWN_HTML_TAG.finditer(text, timeout=SCAN_TIMEOUT)]
        # (the names of the elements closed somewhere: no ticker is)
        closing = {
            text[start + 2 : end - 1].strip().upper()
            for start, end in tags
            if text.startswith("</", start)
        }  # (the names, in capitals)
        for start, end in tags:
            if not _ticker(text, start, end, closing):
                yield start, end
    if "\\" in text:
        for escape in MARKDOWN_ESCAPE.finditer(text, timeout=SCAN_TIMEOUT):
            yield escape.span()
    if "![Image " in text:
        for image in MARKDOWN_IMAGE_NUMBER.finditer(text, timeout=SCAN_TIMEOUT):
            yield image.span("number")
    for item in _metadata_items(text):
        # a metadata list's item reads as the field it holds, Author: Jane Doe
        # (its wiki links' brackets are pairs of marks: see _pairs)
        yield item.span("mark")
    if _JSON_LD_KEY in text:
        yield from _json_ld(text)


def _metadata_items(text: str) -> list[regex.Match[str]]:
    """The items of the metadata lists of *text*: runs of list items one line
    after another that each hold a field, ``- Author: [[Jane Doe]]``, ``- URL:
    https://...`` (:data:`MARKDOWN_METADATA_ITEM`), at least two of them and
    most of them named as a scraper's header names its fields
    (:data:`~newsstruct._data.scraped.HEADER_FIELDS`): the metadata a
    read-it-later service's export (Readwise) lists under the title.

    >>> from newsstruct._markdown import _metadata_items
    >>> text = "# Trees\\n\\n- Author: [[Jane Doe]]\\n- Full Title: Trees\\n- URL: https://x.org/t"
    >>> [item["name"] for item in _metadata_items(text)]
    ['Author', 'Full Title', 'URL']
    >>> _metadata_items("- Note: one\\n- Reason: two\\n\\n- Author: Jane Doe")
    []
    """
    if ":" not in text:
        return []
    found: list[regex.Match[str]] = []
    run: list[regex.Match[str]] = []

    def close() -> None:
        known = sum(_field_name(item) in HEADER_FIELDS for item in run)
        if known >= _MIN_METADATA and known * 2 > len(run) and run[0].start() <= _MAX_METADATA_AT:
            found.extend(run)
        run.clear()

    for item in MARKDOWN_METADATA_ITEM.finditer(
        text, 0, _MAX_METADATA_AT + _MAX_METADATA_SIZE, timeout=SCAN_TIMEOUT
    ):
        if run and text.count("\n", run[-1].end(), item.start()) != 1:
            close()
        run.append(item)
    close()
    return found


#: A metadata list holds at least this many fields a header holds.
_MIN_METADATA = 2
#: ... and starts at most this many characters into the text (under the title).
_MAX_METADATA_AT = 2000
#: ... and is looked for in at most this many characters after that.
_MAX_METADATA_SIZE = 8000


def _field_name(item: regex.Match[str]) -> str:
    """The name of a metadata list's field, as :data:`HEADER_FIELDS` holds it."""
    return " ".join(item["name"].casefold().split())


def metadata_lines(text: str, blocks: Sequence[tuple[int, int, bool]]) -> dict[int, str]:
    """The indexes of the *blocks* (of a Markdown text, as written) that are
    items of a metadata list (:func:`_metadata_items`) other than the writers'
    names, which are read as the byline: the export's furniture, by their
    kind of boilerplate (``timestamp`` for a date's, else ``export``).

    >>> from newsstruct._blocks import split_blocks
    >>> from newsstruct._markdown import metadata_lines
    >>> text = (
    ...     "# Trees\\n\\n## Metadata\\n- Author: [[Jane Doe]]\\n- Full Title: Trees\\n"
    ...     "- URL: https://x.org/t\\n\\n## Highlights\\n- Trees drop leaves in a drought."
    ... )
    >>> sorted(metadata_lines(text, split_blocks(text)).items())
    [(3, 'export'), (4, 'export')]
    """
    items = {
        item.start("mark"): item
        for item in _metadata_items(text)
        if _field_name(item) not in AUTHOR_FIELDS
    }
    if not items:
        return {}
    return {
        index: "timestamp" if _field_name(items[block[0]]) in DATE_FIELDS else "export"
        for index, block in enumerate(blocks)
        if block[0] in items
    }


def _ticker(text: str, start: int, end: int, closing: AbstractSet[str]) -> bool:
    """Whether the tag ``text[start:end]`` is a wire's name of a company rather
    than HTML: a stock ticker after the name (``USAIR <U>``, ``PHILLIPS <P>``:
    capitals alone, after a space, not a line break ``<BR>``) or the name in
    angle brackets (``<Mark Resources Inc> said``: capitalised words with no
    attribute's ``=``), whose first word is no element closed in the text
    (*closing*: ``<B>bold</B>``, ``<video controls>...</video>``).

    >>> _ticker("JEFFERIES MAKING MARKET IN USAIR <U>", 33, 36, set())
    True
    >>> _ticker("<Video Shopping Mall Inc> said it signed", 0, 25, set())
    True
    >>> _ticker("<P>Ports shut.", 0, 3, set()), _ticker("Ports shut. <BR>", 12, 16, set())
    (False, False)
    >>> _ticker("Ports <B>shut</B>.", 6, 9, {"B"}), _ticker('<p class="x">', 0, 13, set())
    (False, False)
    """
    inside = text[start + 1 : end - 1]
    words = inside.split()
    if not words or not inside[0].isupper() or words[0].upper() in closing:
        return False
    if len(words) == 1:
        return (
            start > 0 and text[start - 1] == " " and inside.isalpha() and inside.isupper()
        ) and inside != "BR"
    return all(word[0].isupper() or word[0].isdigit() for word in words) and not any(
        mark in inside for mark in "=\"'/"
    )


#: Markup that opens and closes around words: ``(open_start, open_end,
#: close_start, close_end)``.
_Pair = tuple[int, int, int, int]


#: A link: ``(start, label_end, end)``.
_Link = tuple[int, int, int]


def _links(text: str) -> Iterator[_Link]:
    """The links of *text* (not images): ``(start, label_end, end)``, the
    label from ``start + 1``."""
    for link in MARKDOWN_LINK.finditer(text, timeout=SCAN_TIMEOUT):
        yield link.start(), link.end("label"), link.end()


def _moving(text: str, links: Sequence[_Link]) -> list[_Link]:
    """The *links* whose words the view reads at the link's end: those on one
    line (a label over two lines stays where it is, its line break too)."""
    if "\n" not in text:
        return list(links)
    return [link for link in links if text.find("\n", link[0], link[1]) < 0]


def _pairs(text: str, links: Sequence[_Link]) -> Iterator[_Pair]:
    """The *links* (``[`` and ``](target)``), the linked images' outer links, the
    autolinks' angle brackets, the wiki links' brackets in a metadata list
    (:func:`_metadata_items`) and the emphasis of *text*."""
    for start, label_end, end in links:
        yield start, start + 1, label_end, end
    if "[![" in text:
        for linked in MARKDOWN_LINKED_IMAGE.finditer(text, timeout=SCAN_TIMEOUT):
            yield linked.start(), linked.start() + 1, linked.end("image"), linked.end()
    if "<" in text:
        for auto in MARKDOWN_AUTOLINK.finditer(text, timeout=SCAN_TIMEOUT):
            yield auto.start(), auto.start() + 1, auto.end() - 1, auto.end()
    for item in _metadata_items(text):
        # a wiki link in a metadata list's field: - Author: [[Jane Doe]]
        for wiki in WIKI_LINK.finditer(text, *item.span("value"), timeout=SCAN_TIMEOUT):
            yield wiki.start(), wiki.end("open"), wiki.start("close"), wiki.end()
    yield from _emphasis(text)


def _emphasis(text: str) -> Iterator[_Pair]:
    """The emphasis marks of *text*, paired as Markdown pairs them: a run that
    can open (a word after it, none before it) with the next run of the same
    marks on its line that can close (a word before it, none after it).  A
    mark after a backslash is a character (``\\*``)."""
    open_runs: dict[str, int] = {}  # marks -> where the run that may open them starts
    searched = 0  # where the last run read starts: a line break before it is counted
    for run in MARKDOWN_EMPHASIS_RUN.finditer(text, timeout=SCAN_TIMEOUT):
        start, end = run.span()
        marks = run.group()
        if len(marks) > _MAX_MARKS:
            continue  # a rule: *****
        # (from the last run on: one long line read once, not once per run on it)
        newline = text.find("\n", searched, start)
        searched = start
        if newline >= 0:
            open_runs.clear()  # emphasis does not cross a line
        before = text[start - 1] if start else " "
        if before == "\\":
            continue  # escaped: \*
        after = text[end] if end < len(text) else " "
        opener = open_runs.get(marks)
        if (
            opener is not None
            and not before.isspace()
            and not after.isalnum()
            and start - opener <= _MAX_EMPHASIS
        ):
            yield opener, opener + len(marks), start, end
            del open_runs[marks]
        elif not after.isspace() and not before.isalnum():
            open_runs[marks] = start


def link_lines(text: str, blocks: Sequence[tuple[int, int, bool]]) -> frozenset[int]:
    """The indexes of the *blocks* (of a Markdown text) that are a link alone,
    with or without a list item's mark (``- [Mayor unveils budget](/b)``), or
    a reference link's definition (``[3]: https://...``, which the composer
    reads as the page's furniture: :func:`definition_lines`), and of a heading
    right above them (``### Related``, ``**More coverage**``): other stories.
    A link whose words are boilerplate of another kind (``- [Share on
    Facebook](...)``) is left to be read as such (the view blanks its mark).

    >>> from newsstruct._blocks import split_blocks
    >>> from newsstruct._markdown import link_lines
    >>> text = "Ports shut.\\n\\n## More news\\n\\n- [Talks end](/a)\\n- [Rates rise](/b)"
    >>> sorted(link_lines(text, split_blocks(text)))
    [1, 2, 3]
    >>> link_lines("See [the report](/r) for more.", [(0, 30, False)])
    frozenset()
    """
    found: set[int] = set()
    for index, (start, end, _) in enumerate(blocks):
        # (the view blanks a link's brackets: the text as written tells)
        if end - start < 3 or not (text[end - 1] in ")]" or text[start] == "["):
            continue
        line = MARKDOWN_LINK_LINE.fullmatch(text, start, end)
        if line is not None and not _page_link(text, line) and not _author_link(text, line):
            found.add(index)
            above = index - 1
            if above >= 0 and above not in found and _heading(text, *blocks[above][:2]):
                found.add(above)
    return frozenset(found)


def definition_lines(
    text: str, blocks: Sequence[tuple[int, int, bool]], links: AbstractSet[int]
) -> frozenset[int]:
    """The indexes among *links* (:func:`link_lines`) of the *blocks* that are a
    reference link's definition alone (``[1]: https://...``): the target of
    a ``[words][1]`` link in the story, page furniture rather than another story.

    >>> from newsstruct._blocks import split_blocks
    >>> from newsstruct._markdown import definition_lines, link_lines
    >>> text = "Read the [plan][1].\\n\\n- [Talks end](/a)\\n\\n   [1]: https://example.com/plan.pdf"
    >>> blocks = split_blocks(text)
    >>> sorted(definition_lines(text, blocks, link_lines(text, blocks)))
    [2]
    """
    return frozenset(
        [
            index
            for index in links
            if MARKDOWN_LINK_DEFINITION.fullmatch(text, blocks[index][0], blocks[index][1])
            is not None
        ]
    )


def table_lines(text: str, blocks: Sequence[tuple[int, int, bool]]) -> frozenset[int]:
    """The indexes of the *blocks* (of a Markdown text, as :func:`view_blocks`
    keeps them: a table's rows are one block) that are a table (:func:`_tables`).

    >>> from newsstruct._blocks import split_blocks
    >>> from newsstruct._markdown import markdown_view, table_lines, view_blocks
    >>> text = "# Vote\\n\\n| Party | Seats |\\n|---|---|\\n| Red | 12 |\\n\\nThe count ended."
    >>> kept, _, _ = view_blocks(text, markdown_view(text), split_blocks(text))
    >>> [text[kept[index].start : kept[index].end] for index in table_lines(text, kept)]
    ['| Party | Seats |\\n|---|---|\\n| Red | 12 |']
    """
    if not _may_table(text):
        return frozenset()
    tables = dict(_tables(text))
    return frozenset(
        [index for index, (start, end, _) in enumerate(blocks) if tables.get(start) == end]
    )


#: The quotation marks that open a pull quote in bold (``**"We will win"**``).
_QUOTE_OPENERS = frozenset("\"'\u201c\u2018\u201e\u00ab")
#: A heading inside the body (a subhead) has at most this many characters.
_MAX_HEADING = 200
#: The characters of a setext heading's underline (``=====``, ``-----``).
_SETEXT_RULES = ("=", "-")
#: A setext heading's underline of dashes has at least this many (``--`` is a dash).
_MIN_SETEXT_DASHES = 3


def heading_lines(
    text: str,
    view: str,
    blocks: Sequence[tuple[int, int, bool]],
    inside: Sequence[tuple[int, int, bool]],
) -> frozenset[int]:
    """The indexes of the *blocks* (of a Markdown text, *inside*: the same
    trimmed in its *view*) that are headings: a line of ``#`` marks
    (``## What happens next``), a line over a setext underline (``=====`` or
    ``-----``), or a short line all in bold (``**What happens next**``, not
    a sentence: its words end in no full stop).  Inside the story they are
    subheads.  A line in bold is none when it opens with a quotation mark (a
    pull quote) or ends the text (a note).

    >>> from newsstruct._blocks import split_blocks
    >>> from newsstruct._markdown import heading_lines, markdown_view, view_blocks
    >>> text = (
    ...     "# Vote\\n\\nThe count ended.\\n\\n## What next\\n\\nMore.\\n\\n"
    ...     "Costs\\n-----\\n\\n**Who pays**\\n\\n**Not this.**\\n\\n#hashtag\\n\\n**Note**"
    ... )
    >>> view = markdown_view(text)
    >>> kept, inside, _ = view_blocks(text, view, split_blocks(text))
    >>> [view[inside[i].start : inside[i].end] for i in sorted(heading_lines(text, view, kept, inside))]
    ['Vote', 'What next', 'Costs', 'Who pays']
    """
    found: list[int] = []
    last = len(blocks) - 1
    for index, (start, end, _) in enumerate(blocks):
        if end - start > _MAX_HEADING or text.find("\n", start, end) >= 0:
            continue  # (a heading is one line)
        first = text[start]
        if first == "#":
            if view[start] == " ":  # its marks blanked: # Heading (not #hashtag)
                found.append(index)
        elif first in "*_":
            marks = text[start : start + 2]
            if (
                marks in ("**", "__")
                and end - start <= _MAX_BOLD_HEADING
                and text.endswith(marks, start, end)
                and text.find(marks, start + 2, end - 2) < 0  # all in bold
                and view[start] == " "
                and view[inside[index][1] - 1] != "."  # not a sentence in bold
                and view[inside[index][0]] not in _QUOTE_OPENERS  # a pull quote
                and index < last  # (a line in bold that ends the text: a note)
            ):
                found.append(index)
        if index < last and text[start:end].strip("=-"):
            below_start, below_end, _ = blocks[index + 1]
            rule = text[below_start:below_end]
            if (
                rule[0] in _SETEXT_RULES
                and not rule.strip(rule[0])
                and (rule[0] == "=" or len(rule) >= _MIN_SETEXT_DASHES)
                and text.count("\n", end, below_start) == 1  # the line right under it
                and view[inside[index][1] - 1] != "."  # not a sentence
                and (not found or found[-1] != index)
            ):
                found.append(index)
    return frozenset(found)


def _author_link(text: str, line: regex.Match[str]) -> bool:
    """Whether a line that is a link alone (*line*, a match of
    ``MARKDOWN_LINK_LINE``) is the writer's name linked to the writer's page
    (``[Jane Doe](https://example.com/author/jane-doe)``, a newsletter's
    ``[Jane Doe](https://example.substack.com/@jdoe)``): a byline, no other story.

    >>> from newsstruct._markdown import _author_link
    >>> from newsstruct._patterns import MARKDOWN_LINK_LINE
    >>> lines = (
    ...     "[Jane Doe](https://example.com/author/jane-doe)",
    ...     "[Jane Doe](https://example.substack.com/@jdoe)",
    ...     "[Mayor quits](https://example.com/author/jane-doe)",
    ...     "[Jane Doe](https://example.com/news/jane-doe-wins)",
    ... )
    >>> [_author_link(line, MARKDOWN_LINK_LINE.fullmatch(line)) for line in lines]
    [True, True, False, False]
    """
    if line.start("target") < 0 or line.start("label") < 0:
        return False
    return (
        MARKDOWN_AUTHOR_TARGET.search(text, line.start("target"), line.end("target")) is not None
        and MARKDOWN_NAME_LABEL.fullmatch(text, line.start("label"), line.end("label")) is not None
    )


def _page_link(text: str, line: regex.Match[str]) -> bool:
    """Whether a line that is a link alone (*line*, a match of
    ``MARKDOWN_LINK_LINE``) is a page's own link rather than another story's:
    its words are boilerplate of another kind (``Share on Facebook``, ``Skip
    to content``)."""
    if line.start("label") < 0:
        return False
    return _page_words(text[line.start("label") : line.end("label")])


@functools.lru_cache(maxsize=1024)
def _page_words(label: str) -> bool:
    """Whether a link's words *label* are boilerplate of a kind other than
    ``related`` (asked twice a line: by the view, then by :func:`link_lines`)."""
    from newsstruct._boilerplate import match_boilerplate  # (which reads Markdown too)

    junk = match_boilerplate(label, 0, len(label))
    return junk is not None and junk.kind != "related"


def _heading(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a heading: ``### Related``, or a short
    line all in bold (``**More coverage**``)."""
    if text.startswith("#", start):
        return True
    return (
        end - start <= _MAX_BOLD_HEADING
        and text.startswith(("**", "__"), start)
        and text.endswith(("**", "__"), start, end)
        and "\n" not in text[start:end]
    )


_Part = TypeVar("_Part")


class _Widener:
    """Spans read in a view, widened over the markup they cut in two.

    A part never ends inside a link or an emphasis: when a span holds the
    opening marks of a pair and ends where its closing marks start (``By
    [Jane Doe`` then ``](https://...)``), or holds the closing marks and starts
    where the opening marks end, it is widened over the other marks.  Markup
    wholly outside the span (``**By Jane Doe**``) is left out of it.
    """

    def __init__(self, text: str, marks: _Marks | None = None) -> None:
        self.closing: dict[int, _Pair] = {}  # the pairs by where their closing marks start
        self.opening: dict[int, _Pair] = {}  # ... and by where their opening marks end
        if marks is None:
            links = list(_links(text))
            read = read_markdown(text) if _has_entities(text) else None
            marks = (links, list(_pairs(text, links)), None if read is None else read[1][2])
        links, pairs, shifts = marks
        for pair in pairs:
            self.closing[pair[2]] = pair
            self.opening[pair[1]] = pair
        # a linked image is read with its link: [![alt](a.jpg)](page)
        self.wrapped: dict[tuple[int, int], _Pair] = {}
        if "[![" in text:
            for linked in MARKDOWN_LINKED_IMAGE.finditer(text, timeout=SCAN_TIMEOUT):
                pair = (linked.start(), linked.start() + 1, linked.end("image"), linked.end())
                self.wrapped[pair[1], pair[2]] = pair
        # the links' words, which the view reads at the link's end: where they
        # start in the view (sorted) and (end in the view, start in the text)
        self.moved: list[int] = []
        self.moves: list[tuple[int, int]] = []
        for start, label_end, end in _moving(text, links):
            self.moved.append(end - (label_end - start - 1))
            self.moves.append((end, start + 1))
        # the lines that the view reads shorter (character references, mojibake)
        self.shifts = shifts

    def _written(self, at: int, *, end: bool, start: int = -1) -> int:
        """Offset *at* of the view as an offset of the text (the same, but in
        a link's words, which the view moves); an end at a link's end is
        left there when the span (from *start*, in the text) holds the link."""
        index = bisect_right(self.moved, at - 1 if end else at) - 1
        if index < 0:
            return at
        view_start = self.moved[index]
        view_end, text_start = self.moves[index]
        if end and at == view_end and 0 <= start < text_start:
            return at  # the whole link: [words](target)
        if (view_start < at <= view_end) if end else (at < view_end):
            return at - view_start + text_start
        return at

    def cuts(self, span: Span) -> bool:
        """Whether *span* may cut some markup in two (it ends where closing
        marks start or starts where opening marks end) or has words in it that
        the view moves (a link's, or those after a reference read shorter)."""
        return (
            span.end in self.closing
            or span.start in self.opening
            or (span.start, span.end) in self.wrapped
            or (
                (self.shifts is not None or bool(self.moved))
                and self._moved_back(span) != (span.start, span.end)
            )
        )

    def _moved_back(self, span: Span) -> tuple[int, int]:
        """*span*'s offsets in the view as offsets of the text: back over the
        lines read shorter (:class:`_Shifts`), then over the links' words."""
        start, end = span.start, span.end
        if self.shifts is not None:
            start = self.shifts.written(start)
            end = self.shifts.written(end)
        if self.moved:
            start = self._written(start, end=False)
            end = self._written(end, end=True, start=start)
        return start, end

    def __call__(self, span: Span) -> Span:
        start, end = self._moved_back(span)
        wrapped = self.wrapped.get((start, end)) if self.wrapped else None
        if wrapped is not None:
            start, end = wrapped[0], wrapped[3]
        for _ in range(_MAX_LAYERS):
            pair = self.closing.get(end)
            if pair is not None and start <= pair[0]:
                end = pair[3]
                continue
            pair = self.opening.get(start)
            if pair is not None and pair[2] < end:
                start = pair[0]
                continue
            break
        return span if (start, end) == (span.start, span.end) else Span(start, end)


def _sliced(view: str, text: str, widen: _Widener, part: _Part) -> _Part:
    """*part* (a record with ``text`` and ``span``, read from *view*) with its
    text read from *text*; as it is when its text is no slice of the view."""
    span: Span = part.span  # type: ignore[attr-defined]
    written = text[span.start : span.end]
    if part.text == written and not widen.cuts(span):  # type: ignore[attr-defined]
        return part  # no markup in it, none cut in two (most paragraphs)
    if part.text != view[span.start : span.end]:  # type: ignore[attr-defined]
        return part
    span = widen(span)
    return attrs.evolve(part, text=text[span.start : span.end], span=span)  # type: ignore[misc]


def as_written(
    article: Article,
    view: str,
    text: str,
    blank: Sequence[tuple[int, int]] = (),
    marks: _Marks | None = None,
) -> Article:
    """*article*, parsed from *view* (:func:`markdown_view` of *text*), with
    *text* as its text and every part's text read from *text* at its span.

    *blank* holds the blocks ``(start, end)`` that are markup alone (empty in
    the view, so no part): they are boilerplate of kind ``page``, so that
    nothing of the text vanishes (a navigation row, a line of markup).

    >>> from newsstruct._article import build_article
    >>> from newsstruct._markdown import as_written, markdown_view
    >>> from newsstruct._options import DEFAULT_OPTIONS
    >>> text = "# Talks end\\n\\nBy [Jane Doe](https://example.com/jd)\\n\\nPorts shut."
    >>> view = markdown_view(text)
    >>> article = as_written(build_article(view, DEFAULT_OPTIONS), view, text)
    >>> article.text == text, article.headline.text
    (True, 'Talks end')
    >>> article.byline.text, article.byline.names
    ('By [Jane Doe](https://example.com/jd)', ('Jane Doe',))
    """
    widen = _Widener(text, marks)

    def sliced(part: _Part) -> _Part:
        part = _sliced(view, text, widen, part)
        if isinstance(part, Byline) and any("  " in name for name in part.names):
            # (a name with a reference inside it reads after blanks: "Ana  Garc\u00eda")
            part = attrs.evolve(part, names=[" ".join(name.split()) for name in part.names])
        return part

    return _rewritten(
        article,
        text,
        sliced,
        captions=tuple(_caption(view, text, widen, caption) for caption in article.captions),
        paragraphs=tuple(map(sliced, article.paragraphs)),
        quotes=tuple(_quote(view, text, widen, quote) for quote in article.quotes),
        boilerplate=_with_blank(text, map(sliced, article.boilerplate), blank),
    )


class _Slicer(Protocol):
    """A part read again from the text as written (any record with a span)."""

    def __call__(self, part: _Part, /) -> _Part: ...


def _rewritten(
    article: Article,
    text: str,
    sliced: _Slicer,
    *,
    captions: tuple[Caption, ...],
    paragraphs: tuple[Paragraph, ...],
    quotes: tuple[Quote, ...],
    boilerplate: tuple[Boilerplate, ...],
) -> Article:
    """*article* with *text* as its text, its single parts and subheads through
    *sliced*, and the lists given (:func:`as_written`, :func:`as_sliced`)."""
    return attrs.evolve(
        article,
        text=text,
        headline=None if article.headline is None else sliced(article.headline),
        kicker=None if article.kicker is None else sliced(article.kicker),
        standfirst=None if article.standfirst is None else sliced(article.standfirst),
        byline=None if article.byline is None else sliced(article.byline),
        dateline=None if article.dateline is None else sliced(article.dateline),
        captions=captions,
        paragraphs=paragraphs,
        subheads=tuple(map(sliced, article.subheads)),
        quotes=quotes,
        boilerplate=boilerplate,
    )


def as_sliced(article: Article, view: str, text: str) -> Article:
    """*article*, parsed from *view*, with *text* as its text and every part's
    text read from *text* at its span; *view* is *text* with some white space
    read differently, at the same offsets (a layout view, or one with
    hard-wrapped lines read as one: :mod:`newsstruct._blocks`), so no span is
    widened (a faster :func:`as_written`).

    >>> from newsstruct._article import build_article
    >>> from newsstruct._options import DEFAULT_OPTIONS
    >>> text = "Talks end\\n\\nOSLO\\u00a0- Talks ended.\\n"
    >>> view = text.replace("\\u00a0", " ")
    >>> article = as_sliced(build_article(view, DEFAULT_OPTIONS), view, text)
    >>> article.text == text, article.dateline.text, article.dateline.location
    (True, 'OSLO\\xa0-', 'OSLO')
    """

    def sliced(part: _Part) -> _Part:
        span: Span = part.span  # type: ignore[attr-defined]
        written = text[span.start : span.end]
        if part.text == written or part.text != view[span.start : span.end]:  # type: ignore[attr-defined]
            return part
        return attrs.evolve(part, text=written)  # type: ignore[misc]

    paragraphs = article.paragraphs
    if any(view[p.span.start : p.span.end] != text[p.span.start : p.span.end] for p in paragraphs):
        # (most of a wire story's paragraphs: built afresh, faster than evolved)
        paragraphs = tuple([Paragraph(text[p.span.start : p.span.end], p.span) for p in paragraphs])
    return _rewritten(
        article,
        text,
        sliced,
        captions=tuple([_caption_sliced(view, text, caption) for caption in article.captions]),
        paragraphs=paragraphs,
        quotes=tuple([_quote_sliced(view, text, quote) for quote in article.quotes]),
        boilerplate=tuple(map(sliced, article.boilerplate)),
    )


def _caption_sliced(view: str, text: str, caption: Caption) -> Caption:
    """*caption* and its credit read from *text* (see :func:`as_sliced`)."""
    span, credit = caption.span, caption.credit_span
    written = text[span.start : span.end]
    if credit is not None and caption.credit == view[credit.start : credit.end]:
        written_credit: str | None = text[credit.start : credit.end]
    else:
        written_credit = caption.credit
    if caption.text != view[span.start : span.end]:
        written = caption.text
    if written == caption.text and written_credit == caption.credit:
        return caption
    return attrs.evolve(caption, text=written, credit=written_credit)


def _quote_sliced(view: str, text: str, quote: Quote) -> Quote:
    """*quote* and its speaker's mention read from *text* (see :func:`as_sliced`)."""
    span, speaker = quote.span, quote.speaker
    written = text[span.start : span.end]
    if quote.text != view[span.start : span.end]:
        written = quote.text
    if speaker is not None:
        mention = speaker.span
        said = text[mention.start : mention.end]
        if speaker.mention == view[mention.start : mention.end] and said != speaker.mention:
            speaker = attrs.evolve(speaker, mention=said)
    if written == quote.text and speaker is quote.speaker:
        return quote
    return attrs.evolve(quote, text=written, speaker=speaker)


def _with_blank(
    text: str, junk: Iterable[Boilerplate], blank: Sequence[tuple[int, int]]
) -> tuple[Boilerplate, ...]:
    """*junk* and the blocks *blank* (as ``page`` boilerplate), in text order."""
    found = list(junk)
    if not blank:
        return tuple(found)
    found += [Boilerplate(text[start:end], Span(start, end), "page") for start, end in blank]
    return tuple(sorted(found, key=_junk_start))


def _junk_start(junk: Boilerplate) -> int:
    return junk.span.start


def _caption(view: str, text: str, widen: _Widener, caption: Caption) -> Caption:
    caption = _sliced(view, text, widen, caption)
    credit, span = caption.credit, caption.credit_span
    if credit is None or span is None or credit != view[span.start : span.end]:
        return caption
    span = widen(span)
    return attrs.evolve(caption, credit=text[span.start : span.end], credit_span=span)


def _quote(view: str, text: str, widen: _Widener, quote: Quote) -> Quote:
    quote = _sliced(view, text, widen, quote)
    speaker = quote.speaker
    if speaker is None or speaker.mention != view[speaker.span.start : speaker.span.end]:
        return quote
    span = widen(speaker.span)
    speaker = attrs.evolve(speaker, mention=text[span.start : span.end], span=span)
    return attrs.evolve(quote, speaker=speaker)


_Read = TypeVar("_Read")
#: What a reader of :func:`read_as_written` is given besides the text: the
#: blocks of a Markdown text as its view reads them, ``None`` for plain text.
ReadBlocks: TypeAlias = Sequence[Block] | None
#: A reader's failure in :func:`read_as_written` (``None`` is a result).
_FAILED = object()


def read_as_written(
    text: str,
    read: Callable[[str, ReadBlocks], _Read],
    *,
    furniture: bool = False,
) -> _Read:
    """``read(text, None)``; when *text* shows Markdown (:func:`read_markdown`),
    ``read(view, blocks)`` with the parts it gives read again from *text*, as
    :func:`parse_article` reads them: each part's ``text`` as written in *text*
    at its span, widened over markup it would cut in two; values read from
    the words (a byline's names, a speaker's name) without markup.

    *blocks* are the blocks of *text*, split on it as written and trimmed in
    the view, without the blocks that are markup alone or a link alone (other
    stories: :func:`link_lines`).  With *furniture* (*read* gives boilerplate),
    those blocks are added to the parts, as ``page`` and ``related``
    boilerplate.  This is how the public per-part functions
    (:func:`~newsstruct.parse_byline`, :func:`~newsstruct.find_quotes` ...)
    read Markdown; on plain text it costs one look for Markdown's signs.  A text
    whose layout has accidents (a line break written ``\\r`` alone, a no-break
    space: :func:`~newsstruct._blocks.layout_view`) is read in its layout view
    first, as :func:`~newsstruct.parse_article` reads it, its parts' text as
    written.

    >>> from newsstruct._blocks import trim
    >>> from newsstruct._byline import match_byline
    >>> from newsstruct._markdown import read_as_written
    >>> def byline(text, blocks):
    ...     return match_byline(text, *trim(text))
    >>> read_as_written("**By [Jane Doe](https://example.com/jd)**", byline)
    Byline(text='By [Jane Doe](https://example.com/jd)', names=('Jane Doe',), span=Span(start=2, end=39))
    >>> read_as_written("By Jane Doe", byline).names
    ('Jane Doe',)
    """
    view = guarded(None, layout_view, text)
    if view is not None:
        # the layout's accidents read away (:func:`layout_view`), as parse_article reads them
        parts = _read_viewed(view, read, furniture)
        written = guarded(_FAILED, _parts_written, parts, view, text, _NO_MARKS, ())
        if written is not _FAILED:
            return cast(_Read, written)
    return _read_viewed(text, read, furniture)


#: No Markdown marks (the parts read in a layout view are read again with no widening).
_NO_MARKS: _Marks = ([], [], None)


def _read_viewed(text: str, read: Callable[[str, ReadBlocks], _Read], furniture: bool) -> _Read:
    """:func:`read_as_written` of *text* whose layout is read away already."""
    if not _shows_markdown(text) and not _has_entities(text):
        return read(text, None)
    found = guarded(None, _viewed, text, furniture)
    if found is None:
        return read(text, None)
    view, blocks, marks, extra = found
    parts = read(view, blocks)
    written = guarded(_FAILED, _parts_written, parts, view, text, marks, extra)
    return read(text, None) if written is _FAILED else cast(_Read, written)


def as_paragraphs(view: str, blocks: Sequence[Block]) -> list[Paragraph]:
    """The *blocks* a reader of :func:`read_as_written` is given, as paragraphs of *view*."""
    return [Paragraph(view[start:end], Span(start, end)) for start, end, _ in blocks]


def _viewed(
    text: str, furniture: bool
) -> tuple[str, list[Block], _Marks, list[Boilerplate]] | None:
    """The view of *text*, its blocks as the view reads them (not those of
    markup alone or a link alone), its marks, and (with *furniture*) those
    blocks as boilerplate (read from the view)."""
    read = read_markdown(text)
    if read is None:
        return None
    view, marks = read
    kept, inside, blank = view_blocks(text, view, split_blocks(text), marks)
    links = link_lines(text, kept) if "[" in text else frozenset()
    tables = table_lines(text, kept)
    blocks = [
        block for index, block in enumerate(inside) if index not in links and index not in tables
    ]
    extra: list[Boilerplate] = []
    if furniture:
        extra += [Boilerplate(text[start:end], Span(start, end), "page") for start, end in blank]
        for index in sorted(links | tables):
            start, end, _ = inside[index]
            kind = "table" if index in tables else "related"
            extra.append(Boilerplate(view[start:end], Span(start, end), kind))
    return view, blocks, marks, extra


def _parts_written(
    parts: object, view: str, text: str, marks: _Marks, extra: Sequence[Boilerplate]
) -> object:
    """*parts* (a part, ``None``, or a tuple of parts, read from *view*) and
    the boilerplate *extra*, each read from *text* (see :func:`as_written`)."""
    if parts is None or (parts == () and not extra):
        return parts
    widen = _Widener(text, marks)

    def written(part: object) -> object:
        if isinstance(part, Caption):
            return _caption(view, text, widen, part)
        if isinstance(part, Quote):
            return _quote(view, text, widen, part)
        return _sliced(view, text, widen, part)

    if not isinstance(parts, tuple):
        return written(parts)
    found = list(map(written, parts))
    if extra:
        found += map(written, extra)
        found.sort(key=_part_start)
    return tuple(found)


def _part_start(part: object) -> int:
    return cast(Boilerplate, part).span.start
