"""Text -> blocks with offsets: paragraph splitting for every wire layout.

A *block* is a run of text that reads as one unit (a headline, a caption, a
paragraph).  Blocks are offsets into the caller's original string, with outer
white space trimmed, so every later stage can build spans without copying or
normalising the text.

Layouts handled:

* paragraphs separated by blank lines (any line ending: LF, CRLF, CR,
  U+2028/U+2029);
* paragraphs on single lines, separated by single newlines;
* indented paragraphs with hard-wrapped lines (Reuters wire style: four-space
  indent, lines wrapped at about 65 columns), with the header lines above the
  first indented line kept as blocks of their own;
* hard-wrapped paragraphs without indentation, where a short line ends a
  paragraph.

In a hard-wrapped text a wrapped line starts at the text's left margin: a line
indented further (a table row, a one-space-indented `` Reuter`` sign-off)
always opens a block of its own.
"""

from __future__ import annotations

import operator
from collections.abc import Iterator, Sequence
from itertools import pairwise, repeat
from typing import NamedTuple

import attrs

from newsstruct._patterns import (
    BROKEN_WORD_END,
    BROKEN_WORD_GAP,
    BYLINE_LEAD,
    DATELINE_MAIN,
    INDENTED_ITEM_OPENING,
    LINE_BREAK,
    LONE_LINE_FEED,
    MARKUP_LINE,
    OPEN_LINE_END_WORD,
    SCAN_TIMEOUT,
    SENTENCE_END,
    ZERO_WIDTH_INSIDE,
)

#: Lines longer than this are never hard wraps (and a document whose longest
#: line is longer is not hard-wrapped).
_MAX_WRAP_WIDTH = 110
#: In a hard-wrapped document a line at least this share of the wrap width was
#: filled by the wrapper, so the next line continues it.
_FILLED_SHARE = 0.7
#: A short line goes on when the next line's first word would not have fitted
#: on it only in a text wrapped at least this wide (a wrapper's width: in a
#: short text of short lines, the longest line is no width).
_MIN_WORD_WRAP = 50
#: A hard-wrapped text of at least this many lines may hold this many lines wider
#: than its wrap (a running head, a headline across the columns).
_MIN_LINES_FOR_OUTLIERS = 12
_MAX_WIDE_OUTLIERS = 2
#: ... each at least this many times as wide as the wrap.  (A line a little
#: wider than the others is no outlier.)
_OUTLIER_SHARE = 1.4


@attrs.frozen
class Line:
    """One line: ``start``/``end`` of its content without outer white space."""

    start: int
    end: int
    indent: int

    @property
    def blank(self) -> bool:
        return self.start == self.end


class Block(NamedTuple):
    """A block of text: ``text[start:end]``, outer white space trimmed.

    A named tuple rather than a frozen record (internal, and as immutable): one
    is built for every block of every article, and a tuple is built faster.
    """

    start: int
    end: int
    indented: bool = False

    def text(self, text: str) -> str:
        return text[self.start : self.end]


#: Builds a :class:`Block` from a ``(start, end, indented)`` tuple without the
#: Python-level ``__new__`` of a named tuple (the same object, faster).
_new_tuple = tuple.__new__


#: A line as ``(start, end, indent)``: the offsets of its content without outer
#: white space and its indentation in columns; blank when ``start == end``.
_Line = tuple[int, int, int]
#: Line breaks that ``str.splitlines`` knows but :data:`LINE_BREAK` does not.
_OTHER_BREAKS = ("\x1c", "\x1d", "\x1e")
_BREAK_CHARS = "\n\r\u2028\u2029\x0b\x0c\x85"
#: A line's indentation.
_INDENT = operator.itemgetter(2)
#: The line breaks of ``str.splitlines`` but ``\n`` and :data:`_OTHER_BREAKS`.
_NOT_LF = ("\r", "\x0b", "\x0c", "\x85", "\u2028", "\u2029")


def iter_lines(text: str) -> Iterator[Line]:
    """Yield every line of *text* with its trimmed content offsets."""
    for start, end, indent in _lines(text):
        yield Line(start, end, indent)


def _lines(text: str) -> list[_Line]:
    """Every line of *text* (split at :data:`LINE_BREAK`) as ``(start, end, indent)``."""
    if any(other in text for other in _OTHER_BREAKS):
        lines: list[_Line] = []
        pos = 0
        for brk in LINE_BREAK.finditer(text, timeout=SCAN_TIMEOUT):
            lines.append(_line(text, pos, brk.start()))
            pos = brk.end()
        lines.append(_line(text, pos, len(text)))
        return lines
    if any(other in text for other in _NOT_LF):
        return _split_lines(text)
    return _lf_lines(text)


def _split_lines(text: str) -> list[_Line]:
    """:func:`_lines` for a text without the breaks of :data:`_OTHER_BREAKS`."""
    # str.splitlines splits at the same breaks, in C; a line's break is white
    # space, so stripping the line with its break gives its content's offsets
    lines: list[_Line] = []
    pos = 0
    append = lines.append
    for piece in text.splitlines(keepends=True):
        size = len(piece)
        head = piece.lstrip()
        if head:
            lead = size - len(head)
            tail = lead + len(head.rstrip())
            # tabs count as four columns of indentation
            indent = lead + 3 * piece.count("\t", 0, lead) if lead else 0
            append((pos + lead, pos + tail, indent))
        else:
            cut = 2 if piece.endswith("\r\n") else 1 if piece[-1] in _BREAK_CHARS else 0
            append((pos + size - cut, pos + size - cut, 0))
        pos += size
    if pos == 0 or text[-1] in _BREAK_CHARS:
        lines.append((pos, pos, 0))  # the (empty) line after the last break
    return lines


def _lf_lines(text: str) -> list[_Line]:
    """:func:`_split_lines` for a text whose only line break is ``\\n`` (most texts).

    Each line is split off without its break, and stripped only when it has
    outer white space (``str.strip`` gives the line itself when it has none).
    """
    lines: list[_Line] = []
    append = lines.append
    pos = 0
    for line in text.split("\n"):
        size = len(line)
        content = line.strip()
        if len(content) == size:  # no outer white space (or an empty line)
            append((pos, pos + size, 0))
        elif not content:
            append((pos + size, pos + size, 0))
        else:
            lead = size - len(line.lstrip())
            # tabs count as four columns of indentation
            indent = lead + 3 * line.count("\t", 0, lead) if lead else 0
            append((pos + lead, pos + lead + len(content), indent))
        pos += size + 1
    return lines


def _lf_content(text: str) -> tuple[list[_Line], bytearray] | None:
    """:func:`_lf_lines`' lines with content, and one byte a line (1 when it has
    content, as :func:`_line_flags` gives); ``None`` when a line is indented.

    No tuple is built for a blank line (half the lines of most texts).  Each
    line's indent is ``False`` (``0``): the line is the fields of its
    :class:`Block` when no line goes on to the next.

    >>> from newsstruct._blocks import _lf_content
    >>> _lf_content("Title\\n\\nBody. \\n")
    ([(0, 5, False), (7, 12, False)], bytearray(b'\\x01\\x00\\x01\\x00'))
    >>> _lf_content("Title\\n    Body.") is None
    True
    """
    content: list[_Line] = []
    append = content.append
    flags = bytearray()
    flag = flags.append
    pos = 0
    for line in text.split("\n"):
        if not line:
            flag(0)
            pos += 1
            continue
        size = len(line)
        stripped = line.strip()
        if len(stripped) == size:  # no outer white space
            append((pos, pos + size, False))
            flag(1)
        elif not stripped:
            flag(0)
        elif line[0].isspace():
            return None  # an indented line: read by _lf_lines
        else:
            append((pos, pos + len(stripped), False))
            flag(1)
        pos += size + 1
    return content, flags


def _line(text: str, start: int, end: int) -> _Line:
    content = text[start:end]
    stripped = content.lstrip()
    if not stripped:
        return (end, end, 0)
    lead = len(content) - len(stripped)
    trail = len(stripped) - len(stripped.rstrip())
    # tabs count as four columns of indentation
    indent = lead + 3 * content.count("\t", 0, lead)
    return (start + lead, end - trail, indent)


#: Invisible characters that are no content at a block's edge: the byte-order
#: mark, zero-width spaces and joiners, direction marks and the word joiner.
_INVISIBLE = "\ufeff\u200b\u200c\u200d\u200e\u200f\u2060"


#: White space that reads as a plain space: the no-break spaces (U+00A0, the
#: narrow U+202F, the figure space U+2007) and the typographer's spaces
#: (U+2000 to U+200A, U+205F).
_SPACES = (
    "\u00a0",
    "\u202f",
    "\u2007",
    "\u2000",
    "\u2001",
    "\u2002",
    "\u2003",
    "\u2004",
    "\u2005",
    "\u2006",
    "\u2008",
    "\u2009",
    "\u200a",
    "\u205f",
)
#: Invisible characters that read as a space: the byte-order mark, the
#: zero-width space and the word joiner (not the joiners of a script's letters,
#: U+200C and U+200D, nor the direction marks).
_ZERO_WIDTH = ("\ufeff", "\u200b", "\u2060")
#: Line breaks that read as ``\n``: the Unicode line and paragraph separators,
#: NEL, the vertical tab, the form feed and the separators ``str.splitlines``
#: knows (a lone ``\r`` too; ``\r\n`` stays as it is).
_BREAKS = ("\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e")
#: What :func:`layout_view` reads away (the zero-width marks last).
_LAYOUT = _BREAKS + _SPACES + _ZERO_WIDTH


def tag_lines_view(text: str) -> str | None:
    """*text* with its lines of tags alone blanked (spaces, the line breaks
    kept), at the same offsets; ``None`` when it has none.

    News corpora kept as SGML or XML (English Gigaword, TREC, Reuters RCV1)
    put each field's and paragraph's tags on lines of their own, so the
    paragraphs of such a text are the lines between those lines: blanked, they
    read as the blank lines between paragraphs (the tags inside a line are the
    Markdown view's, :mod:`newsstruct._markdown`).

    >>> from newsstruct._blocks import tag_lines_view
    >>> tag_lines_view("<P>\\nRain fell\\nall day.\\n</P>\\n<P>\\nMore.\\n</P>")
    '   \\nRain fell\\nall day.\\n    \\n   \\nMore.\\n    '
    >>> tag_lines_view("Rain <b>fell</b>.\\n</P> More.") is None
    True
    """
    pieces: list[str] = []
    at = 0
    for line in MARKUP_LINE.finditer(text, timeout=SCAN_TIMEOUT):
        start, end = line.span()
        if text[end - 1 : end] == "\r":
            end -= 1
        pieces += (text[at:start], " " * (end - start))
        at = end
    if not pieces:
        return None
    pieces.append(text[at:])
    return "".join(pieces)


def layout_view(text: str) -> str | None:
    """*text* with the accidents of its layout read away, at the same offsets
    (every character kept or replaced by one): a line break written ``\\r``
    alone or as a Unicode separator reads as ``\\n``, a no-break or other
    typographic space as a space, a byte-order mark or zero-width space as a
    space, a tab inside a line (not one that indents it) as a space, and the
    white space that ends a line is moved past its break
    (:func:`trailing_moved`); ``None`` when *text* has none of them (most
    texts).

    The parsers read the view, so a story gives the same parts however the
    tool that wrote it ended its lines or spaced its words; every part's text is
    then read from *text* at its span.

    >>> from newsstruct._blocks import layout_view
    >>> layout_view("\\ufeffLONDON\\u00a0- Rain.\\rMore rain.\\r\\n")
    ' LONDON - Rain.\\nMore rain.\\r\\n'
    >>> layout_view("LONDON - Rain.\\r\\n") is None
    True

    A zero-width space at a line's start stays (the line is not indented):

    >>> layout_view("Rain.\\n\\u200bWhat next\\u200bnow")
    'Rain.\\n\\u200bWhat next now'
    """
    if text.isascii():  # (known in O(1))
        found: list[str] = []
    else:
        found = [char for char in _LAYOUT if char in text]
    lone_cr = "\r" in text and text.count("\r") != text.count("\r\n")
    view = text
    if lone_cr:
        view = "\r\n".join([part.replace("\r", "\n") for part in view.split("\r\n")])
    for char in found:
        if char in _ZERO_WIDTH:
            break  # (the last of _LAYOUT: read below)
        view = view.replace(char, "\n" if char in _BREAKS else " ")
    zero_width = [char for char in found if char in _ZERO_WIDTH]
    if zero_width and any(f"\n{char}" in view for char in zero_width):
        # a zero-width mark between words reads as a space; at a line's start it
        # stays as it is, so the view indents no line the text sets flush left
        view = ZERO_WIDTH_INSIDE.sub(" ", view)
    else:
        for char in zero_width:
            view = view.replace(char, " ")
    if "\t" in view:
        view = _inner_tabs(view)
    if " \n" in view or "\t\n" in view or " \r\n" in view or "\t\r\n" in view:
        view = trailing_moved(view)
    return None if view == text else view


def _inner_tabs(text: str) -> str:
    """*text* with the tabs inside its lines read as spaces (those that indent
    a line stay).

    >>> _inner_tabs("\\tBy\\tJane Doe\\nOSLO -\\tTalks.")
    '\\tBy Jane Doe\\nOSLO - Talks.'
    """
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if "\t" in line:
            content = line.lstrip(" \t")
            if "\t" in content:
                lines[index] = line[: len(line) - len(content)] + content.replace("\t", " ")
    return "\n".join(lines)


def trailing_moved(text: str) -> str:
    """*text* with the white space that ends a line moved past its line break
    (``Jane Doe  \\nReporter`` reads ``Jane Doe\\n  Reporter``): a line's
    content then ends at its break, as the parsers expect.  The offsets of
    every other character stay the same.

    >>> trailing_moved("Jane Doe  \\nReporter \\n\\nBody.")
    'Jane Doe\\n  Reporter\\n \\nBody.'
    >>> trailing_moved("Jane Doe \\r\\nReporter\\r\\n")
    'Jane Doe\\r\\n Reporter\\r\\n'
    """
    lines = text.split("\n")
    carry = ""
    for index, line in enumerate(lines):
        if carry:
            line = carry + line
        # (a line ended by \r\n keeps its \r at its content's end)
        cr = "\r" if line.endswith("\r") else ""
        content = line[: len(line) - len(cr)].rstrip(" \t")
        if not content:
            lines[index], carry = line, ""  # a blank line takes it
            continue
        carry = line[len(content) : len(line) - len(cr)]
        lines[index] = content + cr
    lines[-1] += carry
    return "\n".join(lines)


def split_blocks(text: str) -> tuple[Block, ...]:
    """Split *text* into blocks (:func:`_split_blocks`), without the invisible
    characters at their edges (a byte-order mark before a dateline).

    >>> from newsstruct._blocks import split_blocks
    >>> [b.text(t) for t in ["\\ufeff LONDON - Rain.\\n\\n\\u200b"] for b in split_blocks(t)]
    ['LONDON - Rain.']
    """
    if text[:1] in _INVISIBLE and text:
        # a byte-order mark before the text's first line indents it no column
        lead = len(text) - len(text.lstrip(_INVISIBLE))
        blocks = tuple(
            [
                Block(start + lead, end + lead, indented)
                for start, end, indented in _split_blocks(text[lead:])
            ]
        )
    else:
        blocks = _split_blocks(text)
    if not any(mark in text for mark in _INVISIBLE):
        return _drop_caps_joined(text, blocks)
    kept: list[Block] = []
    for start, end, indented in blocks:
        # (and the white space inside them: a byte-order mark before an indent)
        while start < end and (text[start] in _INVISIBLE or text[start].isspace()):
            start += 1
        while end > start and (text[end - 1] in _INVISIBLE or text[end - 1].isspace()):
            end -= 1
        if start < end and not text[start:end].isspace():
            kept.append(Block(start, end, indented))
    return _drop_caps_joined(text, tuple(kept))


def _drop_caps_joined(text: str, blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """*blocks* with a feature's drop cap (its first letter, a capital alone on
    its line, as a page's large initial is copied) joined to the block it opens,
    which goes on in lower case.

    >>> from newsstruct._blocks import split_blocks
    >>> text = "The ferryman\\n\\nA\\n\\nngus Baird checks the sky.\\n\\nHe goes."
    >>> [b.text(text) for b in split_blocks(text)]
    ['The ferryman', 'A\\n\\nngus Baird checks the sky.', 'He goes.']
    >>> text = "Answers\\n\\nB\\n\\n42 votes were cast."
    >>> [b.text(text) for b in split_blocks(text)]
    ['Answers', 'B', '42 votes were cast.']
    """
    if not any(end - start == 1 for start, end, _ in blocks):
        return blocks  # (most texts: no letter alone)
    joined: list[Block] = []
    skip = False
    for at, block in enumerate(blocks):
        if skip:
            skip = False
            continue
        start, end, indented = block
        if (
            end - start == 1
            and text[start].isupper()
            and at + 1 < len(blocks)
            and text[blocks[at + 1].start].islower()
        ):
            joined.append(Block(start, blocks[at + 1].end, indented))
            skip = True
            continue
        joined.append(block)
    return tuple(joined)


def _hyphen_joined(text: str, lines: list[_Line]) -> list[_Line]:
    """*lines* (of *text*, in order, one a block) with each line that ends in a
    word hyphenated over the line break joined to the next (PDF and print-edition
    copy keeps its column's breaks: ``... under a plan ap-`` / ``proved Tuesday
    ...``): a lower-case letter and a hyphen end it, a lower-case letter opens
    the next line, right under it.

    >>> from newsstruct._blocks import _hyphen_joined
    >>> text = "Rates rise ap-\\nproved.\\nNext-\\nLine"
    >>> [text[a:b] for a, b, _ in _hyphen_joined(text, [(0, 14, False), (15, 22, False), (23, 28, False), (29, 33, False)])]
    ['Rates rise ap-\\nproved.', 'Next-', 'Line']
    """
    joined: list[_Line] = []
    for line in lines:
        if joined:
            start, end, indented = joined[-1]
            # (however the line ends: a \r\n, trailing spaces, a zero-width space)
            hyphen = end
            while hyphen > start and text[hyphen - 1] in _INVISIBLE:
                hyphen -= 1
            if (
                text[hyphen - 1] == "-"
                and text[hyphen - 2 : hyphen - 1].islower()
                and text[line[0]].islower()
                and BROKEN_WORD_GAP.fullmatch(text, hyphen, line[0])
            ):
                joined[-1] = (start, line[1], indented)
                continue
        joined.append(line)
    return joined


def _has_broken_word(text: str) -> bool:
    """True when a line of *text* ends in a hyphen (:func:`_hyphen_joined`)."""
    # (one scan in C, faster than looking for ``-\n`` alone in a text not in ASCII)
    return BROKEN_WORD_END.search(text) is not None


def _split_blocks(text: str) -> tuple[Block, ...]:
    """Split *text* into blocks.

    >>> from newsstruct._blocks import split_blocks
    >>> text = "Title\\n\\nFirst para.\\nSecond para.\\r\\n\\r\\nThird."
    >>> [b.text(text) for b in split_blocks(text)]
    ['Title', 'First para.', 'Second para.', 'Third.']
    >>> wire = "HEADLINE\\n    PARIS - One two\\nthree four.\\n    Next para\\ngoes on.\\n Reuter\\n"
    >>> [b.text(wire) for b in split_blocks(wire)]
    ['HEADLINE', 'PARIS - One two\\nthree four.', 'Next para\\ngoes on.', 'Reuter']
    >>> split_blocks("  \\n\\n ")
    ()
    """
    known: int | None = None  # the wrap width, when read below
    if not any(other in text for other in _OTHER_BREAKS) and not any(
        other in text for other in _NOT_LF
    ):
        # (most texts: lines with content read with no tuple a blank line)
        found = _lf_content(text)
        if found is not None:
            built, flags = found
            if not built:
                return ()
            known = _wrap_width(text, built, flags)
            if not known:
                # no line is indented: every non-blank line is a block of its own
                # (but a word hyphenated over two lines: a printed column's)
                if _has_broken_word(text):
                    built = _hyphen_joined(text, built)
                return tuple(map(_new_tuple, repeat(Block), built))  # (in C)
    lines = _lines(text)
    content = [line for line in lines if line[0] != line[1]]
    if not content:
        return ()
    # (the wire layout needs an indented line: one pass in C tells)
    # (a hard-wrapped text with no indented line: its width was read above, from
    # the same lines with content)
    wrap_width = _wrap_width(text, content, _line_flags(lines)) if known is None else known
    indent_mode = any(map(_INDENT, content)) and _indent_mode(
        lines, wrap_width * _FILLED_SHARE or 1, text
    )
    if not indent_mode and not wrap_width:
        # every non-blank line is a block of its own (but a word hyphenated
        # over two lines, as above)
        if _has_broken_word(text):
            content = _hyphen_joined(text, content)
        return tuple(
            [_new_tuple(Block, (start, end, indent > 0)) for start, end, indent in content]
        )
    margin = min(line[2] for line in content)
    if margin and _lone_margin(content, margin):
        margin = -1  # (no line goes on at it)
    filled = wrap_width * _FILLED_SHARE
    # (no blank line between the text's lines: its paragraphs' breaks are read
    # from the lines alone, a paragraph's nearly full last line too)
    unbroken = not indent_mode and len(content) == len(lines) - _blank_ends(lines)
    blocks: list[Block] = []
    first: _Line | None = None  # first line of the open block
    last_start = last_end = last_width = 0  # start, end and width of the open block's last line
    seen_indented = False
    for line in lines:
        start, end, indent = line
        if start == end:
            if first is not None:
                blocks.append(Block(first[0], last_end, first[2] > 0))
            first = None
            continue
        if first is not None:
            if indent_mode:
                continues = (
                    indent == 0
                    # (a list item under a sentence: "... to Axios." / "• Sen. Dan Pruett: ...")
                    and not (text[start] in _BULLETS and text[last_end - 1] in _PARAGRAPH_END)
                    and (
                        first[2] > 0
                        if seen_indented
                        else _first_paragraph_goes_on(
                            text,
                            (last_start, last_end, last_width),
                            line,
                            first[0] == content[0][0],
                        )
                    )
                )
            else:
                # a wrapped line starts at the text's left margin; an indented line
                # in a text with flush-left lines opens a paragraph (or a table row);
                # the line above was cut by the wrapper when it is filled, or when
                # this line's first word would not have fitted on it (a long link)
                continues = (
                    (
                        indent == margin
                        # (a wrapper that cut at the first of two spaces set
                        # the line a column in: it goes on when the sentence does)
                        or (indent == margin + 1 and _cut_before_space(text, last_end, line))
                    )
                    and (
                        (
                            last_width >= filled
                            and not (
                                unbroken
                                and _ended_short(text, last_end, line, last_width, wrap_width)
                            )
                        )
                        or (
                            wrap_width >= _MIN_WORD_WRAP
                            and last_width + _first_word(text, start, end) >= wrap_width
                        )
                    )
                    # a head in capitals over the story (a scanned page): SHIP SUNK
                    and not (text[last_start:last_end].isupper() and not text[start:end].isupper())
                    # a headline over the dateline's line (a wire's bulletin): Fed holds
                    # rates / WASHINGTON (AP) — The Federal Reserve ...
                    and not (first[0] == last_start and _dateline_under(text, last_end, start, end))
                )
            if continues:
                last_start, last_end, last_width = start, end, end - start + indent
                continue
            blocks.append(Block(first[0], last_end, first[2] > 0))
        first = line
        last_start, last_end, last_width = start, end, end - start + indent
        seen_indented = seen_indented or indent > 0
    if first is not None:
        blocks.append(Block(first[0], last_end, first[2] > 0))
    return tuple(blocks)


def _blank_ends(lines: Sequence[_Line]) -> int:
    """The number of blank lines at the start and the end of *lines*.

    >>> from newsstruct._blocks import _blank_ends, _lines
    >>> _blank_ends(_lines("\\na\\nb\\n\\n")), _blank_ends(_lines("a\\n\\nb"))
    (3, 0)
    """
    blank = 0
    for start, end, _ in lines:
        if start != end:
            break
        blank += 1
    if blank == len(lines):
        return blank
    for start, end, _ in reversed(lines):
        if start != end:
            break
        blank += 1
    return blank


def _ended_short(text: str, last_end: int, line: _Line, width: int, wrap_width: int) -> bool:
    """True when the line of *width* that ends at *last_end* ends a sentence, the
    next *line* opens with a capital and that line's first word would have
    fitted on it within *wrap_width*: a wrapper would have set the word there,
    so the line is a paragraph's last (a PDF's column with no blank line or
    indent between paragraphs, where a paragraph's last line is nearly full).

    >>> from newsstruct._blocks import _ended_short
    >>> text = "clubs hardest.\\nThe trustees met."
    >>> _ended_short(text, 14, (15, 32, 0), 14, 18), _ended_short(text, 14, (15, 32, 0), 14, 17)
    (True, False)

    A paragraph may open with a quotation mark:

    >>> text = 'clubs hardest.\\n"We met."'
    >>> _ended_short(text, 14, (15, 24, 0), 14, 18), _ended_short(text, 14, (15, 24, 0), 14, 17)
    (True, False)
    """
    start = line[0]
    # (a capital, or a quotation mark opening on one: a paragraph of speech)
    opens = start + 1 if text[start] in _PARAGRAPH_OPENING_MARKS else start
    if not text[opens : opens + 1].isupper() or text[last_end - 1] not in _PARAGRAPH_END:
        return False
    return width + _first_word(text, start, line[1]) <= wrap_width


#: The marks a paragraph's last line ends with (:func:`_ended_short`).
_PARAGRAPH_END = frozenset('.!?"\u201d')
#: The bullets that open a list's item (never a wrapped line's first word).
_BULLETS = frozenset("\u2022\u25aa\u25cf\u25ba\u25e6\u2023")
#: The quotation marks a paragraph may open with (:func:`_ended_short`).
_PARAGRAPH_OPENING_MARKS = frozenset('"\u201c')


def _dateline_under(text: str, last_end: int, start: int, end: int) -> bool:
    """True when the line ``text[start:end]`` opens with a dateline in capitals
    with its agency in brackets and a dash (``WASHINGTON (AP) —``) under a line
    that ends no sentence (a headline), so that line is a block of its own.

    >>> from newsstruct._blocks import _dateline_under
    >>> text = "Fed holds rates\\nWASHINGTON (AP) \\u2014 The Fed held."
    >>> _dateline_under(text, 15, 16, len(text))
    True
    >>> text = "Fed holds rates\\nWashington (AP) \\u2014 The Fed held."
    >>> _dateline_under(text, 15, 16, len(text))
    False
    """
    if (
        not text[start : start + 2].isupper()
        # (the agency's bracket: most lines in capitals hold none, and go no further)
        or text.find("(", start, min(end, start + _DATELINE_HEAD)) < 0
        or SENTENCE_END.match(text, last_end - 1)
    ):
        return False
    head = text[start : min(end, start + _DATELINE_HEAD)]
    found = DATELINE_MAIN.match(head)
    return (
        found is not None
        and found.group("agency") is not None
        and found.group("location").isupper()
        and (
            found.group("dash") is not None
            # (the dash written as an HTML reference: WASHINGTON (AP) &mdash;)
            or head[found.end() :].lstrip().startswith(_DASH_REFERENCES)
        )
    )


#: The dashes of a dateline as HTML references.
_DASH_REFERENCES = ("&mdash;", "&ndash;", "&#8212;", "&#8211;", "&#x2014;", "&#x2013;")


#: A dateline under a headline is read from the first this many characters of its line.
_DATELINE_HEAD = 80


def _cut_before_space(text: str, last_end: int, line: _Line) -> bool:
    """True when *line*, set a column right of the margin, goes on from the line
    that ends at *last_end*: that line ends mid-sentence and the sentence goes
    on under it (:func:`_goes_on_under`), as a wrapper that cut the line at the
    first of two spaces leaves it (a sign-off set a column in, `` Reuter``,
    opens a block of its own).

    >>> from newsstruct._blocks import _cut_before_space
    >>> text = "Its roof leaks. Its\\n roof is old.\\n Reuter"
    >>> _cut_before_space(text, 19, (21, 33, 1)), _cut_before_space(text, 33, (35, 41, 1))
    (True, False)
    """
    if SENTENCE_END.match(text, last_end - 1):
        return False
    above = text.rfind("\n", 0, last_end) + 1
    return _goes_on_under(text, (above, last_end, 0), line)


def _lone_margin(content: Sequence[_Line], margin: int) -> bool:
    """True when one line alone of *content* (of three or more) is indented by
    *margin*, left of all the others: no left margin a wrapped line goes on at,
    but a line of its own (a wire's `` Reuter`` under a table indented four
    spaces, with no line flush left to set the margin).

    >>> from newsstruct._blocks import _lines, _lone_margin
    >>> _lone_margin(_lines("    Shr 1 ct\\n    Net 2 mln\\n Reuter"), 1)
    True
    >>> _lone_margin(_lines("  a\\nb\\nc"), 0)
    False
    """
    if len(content) < 3:
        return False
    at_margin = 0
    for line in content:
        if line[2] == margin:
            at_margin += 1
            if at_margin > 1:
                return False
    return True


def _first_paragraph_goes_on(text: str, above: _Line, line: _Line, head: bool = False) -> bool:
    """True when the flush-left *line* goes on from the flush-left line *above*
    it, in a wire layout above its first indented line: a first paragraph set
    flush left over indented ones (Reuters-21578 as Hugging Face gives it: the
    title, a blank line, then the body with its dateline cut away).

    The line above leaves its sentence open and the sentence goes on under it
    (:func:`_goes_on_under`), or the line above was filled to the width of a
    wire's wrap (:data:`_WIRE_FILLED`) and ends mid-sentence, or *line* was
    filled and ends mid-sentence under a line that is no byline, below the
    text's first line (*head*: the block open is the text's first line, a title
    however long); the header lines of a wire story (a title, a byline) do neither and
    stay apart, as does a head in capitals over lines that are not.

    >>> from newsstruct._blocks import _first_paragraph_goes_on
    >>> text = "Copper Co said it raised its\\nprices.\\nBy Jane Doe\\nReuters"
    >>> _first_paragraph_goes_on(text, (0, 28, 28), (29, 36, 0))
    True
    >>> _first_paragraph_goes_on(text, (37, 48, 11), (49, 56, 0))
    False
    """
    start, end, width = above
    if width > _MAX_WRAP_WIDTH or line[1] - line[0] > _MAX_WRAP_WIDTH:
        return False  # (no wrap: a line of a page copied a paragraph a line)
    if SENTENCE_END.match(text, end - 1) and not _open_bracket(text, above):
        return False
    if text[start:end].isupper() and not text[line[0] : line[1]].isupper():
        return False  # a head in capitals over the story
    if head:
        return _goes_on_under(text, above, line)
    # (a first line left short where the dateline was cut away: the line under
    # it was filled and goes on, as no byline's next line does)
    return (
        width >= _WIRE_FILLED
        or _goes_on_under(text, above, line)
        or (
            line[1] - line[0] >= _WIRE_FILLED
            and not SENTENCE_END.match(text, line[1] - 1)
            and BYLINE_LEAD.match(text[start:end]) is None
        )
    )


#: A flush-left line at least this wide above a wire's first indented line was
#: filled by the wrap (Reuters wraps its copy at 60 to 75 columns).
_WIRE_FILLED = 50


def _first_word(text: str, start: int, end: int) -> int:
    """The length of the first word of ``text[start:end]``, the space before it counted.

    >>> _first_word("https://example.com/a b", 0, 23)
    22

    Any white space ends the word (a no-break space, a tab):

    >>> _first_word("The\\u00a0loss is", 0, 11), _first_word("The\\tloss is", 0, 11)
    (4, 4)
    """
    space = text.find(" ", start, end)
    word = (end if space < 0 else space) - start
    head = text[start : start + word]
    if "\t" in head or not head.isascii():
        # (str.split knows every space; most lines have the plain one only)
        word = len(head.split(None, 1)[0])
    return word + 1


def _indent_mode(lines: list[_Line], filled: float = 1, text: str = "") -> bool:
    """True for wire layouts: indented first lines, flush-left continuations.

    An indented line of *text* that opens with a list item's mark or is a
    link reference (:data:`~newsstruct._patterns.INDENTED_ITEM_OPENING`:
    ``  * item``, ``   [1]: https://...``, as html2text indents them) is no
    paragraph's first line.

    Not when, below the first indented line, more paragraphs open flush left
    than lines are indented: a text whose wrap left a line or two indented (a
    wrapper that cut at the first of two spaces), or with a quoted line
    indented, is no wire layout.  A flush-left line opens a paragraph after a
    blank line, or, in a hard-wrapped text, after a line shorter than *filled*
    (the wrapper would have filled it).

    >>> from newsstruct._blocks import _indent_mode, _lines
    >>> _indent_mode(_lines("T\\n    One two\\nthree.\\n    Four\\nfive."))
    True
    >>> _indent_mode(_lines("One two\\n three.\\n\\nFour\\nfive.\\n\\nSix\\nseven."))
    False
    >>> text = "T\\n  * One two\\nthree.\\n  * Four\\nfive."
    >>> _indent_mode(_lines(text)), _indent_mode(_lines(text), text=text)
    (True, False)
    """
    indented = continued = opened = 0
    previous = 0  # the width of the line above (0: blank)
    for start, end, indent in lines:
        width = end - start + indent
        if width:
            if indent > 0:
                if text and INDENTED_ITEM_OPENING.match(text, start) is not None:
                    previous = width
                    continue  # (a list item or a link reference)
                indented += 1
            elif indented:
                if previous < filled:
                    opened += 1
                else:
                    continued += 1
        previous = width
    return indented >= 1 and continued >= 1 and opened < indented


def _wrap_width(text: str, content: Sequence[_Line], flags: bytes | bytearray) -> int:
    """The wrap width of a hard-wrapped document, or 0 when it is not one.

    *flags* holds one byte a line, 1 when it has content (:func:`_line_flags`).
    """
    if len(content) < 4:
        return 0
    if _separated(flags):
        return 0  # no line goes on to the next: every line is a block of its own anyway
    # (most texts have a line longer than any wrap: found without the maximum;
    # a word longer than the wrap, a link, stands on a line of its own)
    if any(
        end - start + indent > _MAX_WRAP_WIDTH and not _one_word(text, start, end)
        for start, end, indent in content
    ):
        return 0
    widths = _widths(text, content)
    # the widest lines may stand outside the columns (an e-paper's running head
    # over narrow columns): with enough lines, the width is read under them
    outliers = _MAX_WIDE_OUTLIERS if len(content) >= _MIN_LINES_FOR_OUTLIERS else 0
    for skipped, width in enumerate(widths[: outliers + 1]):
        if skipped and widths[skipped - 1] < width * _OUTLIER_SHARE:
            continue  # (every line over the wrap stands well outside it)
        filled = [line for line in content if line[1] - line[0] + line[2] >= width * _FILLED_SHARE]
        if len(filled) * 2 >= len(content) and (not skipped or _runs_on(text, content, width)):
            break
        if not skipped:
            widest_filled = filled
    else:
        return _wrapped_between_blank_lines(
            text, content, flags, widths[0]
        ) or _wrapped_among_short_lines(text, content, widest_filled, widths[0])
    # lines cut by a wrapper mostly end mid-sentence; one-line paragraphs do not
    ended = sum(1 for line in filled if SENTENCE_END.match(text, line[1] - 1))
    if ended * 2 < len(filled):
        return width
    # (filled lines that end sentences: one-line paragraphs, perhaps among wrapped ones)
    return _wrapped_between_blank_lines(text, content, flags, widths[0])


def _widths(text: str, content: Sequence[_Line]) -> list[int]:
    """The widths of the lines of *content*, widest first, but the widest lines
    that hold one word of at least :data:`_MIN_WORD_WRAP` characters: a wrapper
    sets a word longer than its width (a link) on a line of its own, wider than
    the wrap.

    >>> from newsstruct._blocks import _lines, _widths
    >>> text = "Read the report at\\nhttps://example.org/reports/2025/the-annual-review-of-harbour-fees\\nfor more."
    >>> _widths(text, _lines(text))
    [18, 9]

    A line set out on the page, with a wide gap between its words (a running
    head and its folio) or indented at least as far as it is long (a
    right-aligned ``Continued on page 9``), is no measure of the wrap:

    >>> text = "Harbour News" + " " * 40 + "7\\nThe council met\\n" + " " * 30 + "Continued"
    >>> _widths(text, _lines(text))
    [15]
    """
    if _GAP in text:
        # (in C first: most texts have no such gap)
        kept = [line for line in content if not _set_out(text, line)]
        if kept:
            content = kept
    each = [end - start + indent for start, end, indent in content]
    widths = sorted(each, reverse=True)
    if len(widths) < 2 or widths[0] < _MIN_WORD_WRAP:
        return widths
    # (in C: the widest line found by its width; most texts stop there)
    start, end, _ = content[each.index(widths[0])]
    if not _one_word(text, start, end):
        return widths
    # the lines widest first (the first of lines as wide first), looked at in
    # turn: one sort, however many links have lines of their own
    order = sorted(range(len(each)), key=each.__getitem__, reverse=True)
    top = 1
    while top < len(order) - 1 and widths[top] >= _MIN_WORD_WRAP:
        start, end, _ = content[order[top]]
        if not _one_word(text, start, end):
            break
        top += 1
    return widths[top:]


#: A run of spaces this wide between a line's words sets it out on the page
#: (:func:`_set_out`).
_GAP = " " * 6


def _set_out(text: str, line: _Line) -> bool:
    """True when *line* (of *text*) holds a wide gap between its words
    (:data:`_GAP`) or is indented at least as far as it is long: a line set
    out on a page (a running head, a folio, a line set right), not wrapped.
    """
    start, end, indent = line
    return indent >= end - start or text.find(_GAP, start, end) >= 0


def _one_word(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` holds no white space (one word)."""
    return len(text[start:end].split(None, 1)) == 1


def _wrapped_among_short_lines(
    text: str, content: Sequence[_Line], filled: Sequence[_Line], width: int
) -> int:
    """*width* when at least :data:`_MIN_RUNS` lines of *content* were *filled*
    to it, a quarter of its lines at least, and most of them end mid-sentence and
    go on in lower case (:func:`_runs_on`): wrapped paragraphs among more short
    lines of their own (a list, a table, a style sheet pasted with the story).
    """
    if width < _MIN_WORD_WRAP or len(filled) < _MIN_RUNS or len(filled) * 4 < len(content):
        return 0
    ended = sum(1 for line in filled if SENTENCE_END.match(text, line[1] - 1))
    if ended * 2 >= len(filled) or not _runs_on(text, content, width):
        return 0
    return width


#: Wrapped paragraphs are told among more short lines by at least this many
#: lines filled by the wrap (:func:`_wrapped_among_short_lines`).
_MIN_RUNS = 10


def _wrapped_between_blank_lines(
    text: str, content: Sequence[_Line], flags: bytes | bytearray, width: int
) -> int:
    """*width* when the lines of *content* that go on to the next line (no blank
    line between them) were mostly filled to it, mostly end mid-sentence and
    the sentence of one at least goes on under it (:func:`_goes_on_under`: in
    lower case, after an article or a preposition), in a text with blank lines
    between its paragraphs, wrapped at least :data:`_MIN_WORD_WRAP` wide; else
    0.  One such line tells (a page of one-line paragraphs and one wrapped over
    two lines).

    A page copied with its paragraphs hard-wrapped has short lines of its own
    (a headline, a byline, a caption, the last line of each paragraph), more of
    them than lines filled by the wrapper when its paragraphs are short: its
    lines that go on to the next one tell the wrap.  (A stack of headline and
    standfirst over the byline goes on in capitals.)
    """
    if width < _MIN_WORD_WRAP or b"\x00" not in flags:
        return 0  # no blank line: read as above
    goes_on: list[tuple[_Line, _Line]] = []  # each such line and the line under it
    index = 0
    for at in range(len(flags) - 1):
        if flags[at]:
            if flags[at + 1]:
                goes_on.append((content[index], content[index + 1]))
            index += 1
    filled = [
        pair for pair in goes_on if pair[0][1] - pair[0][0] + pair[0][2] >= width * _FILLED_SHARE
    ]
    if not filled or len(filled) * 2 < len(goes_on):
        return 0
    ended = sum(
        1
        for line, _ in filled
        if SENTENCE_END.match(text, line[1] - 1) and not _open_bracket(text, line)
    )
    if ended * 2 >= len(filled):
        return 0
    return width if any(_goes_on_under(text, line, under) for line, under in filled) else 0


def _goes_on_under(text: str, line: _Line, under: _Line) -> bool:
    """True when the sentence of *line* goes on in the line *under* it: *under*
    opens in lower case or with a figure, or *line* ends in a word that leaves
    its sentence open (:data:`OPEN_LINE_END_WORD`) or with a bracket open.

    >>> from newsstruct._blocks import _goes_on_under
    >>> text = "The council voted on\\nTuesday.\\nA storm hit the\\ncoast.\\nStorm hits coast\\nBy Jane Doe"
    >>> _goes_on_under(text, (0, 20, 0), (21, 29, 0)), _goes_on_under(text, (30, 45, 0), (46, 52, 0))
    (True, True)
    >>> _goes_on_under(text, (53, 69, 0), (70, 81, 0))
    False
    """
    first = text[under[0]]
    if first.islower() or first.isdigit():
        return True
    start, end, _ = line
    word = text[text.rfind(" ", start, end) + 1 : end]
    return OPEN_LINE_END_WORD.fullmatch(word) is not None or _open_bracket(text, line)


def _open_bracket(text: str, line: _Line) -> bool:
    """True when *line* opens more round brackets than it closes (a wire's
    ``(Reporting by ...; Editing by ...)`` wrapped over two lines)."""
    return text.count("(", line[0], line[1]) > text.count(")", line[0], line[1])


def _runs_on(text: str, content: Sequence[_Line], width: int) -> bool:
    """True when most lines of *content* filled to *width* go on in lower case on
    the next line (a column's sentence cut by the wrap: ``... on Mon-`` / ``day,
    the first ...``), as a list of fields filled by chance does not.
    """
    filled = runs = 0
    for line, after in pairwise(content):
        if line[1] - line[0] + line[2] >= width * _FILLED_SHARE:
            filled += 1
            runs += text[after[0]].islower()
    return runs * 2 >= filled


def _line_flags(lines: list[_Line]) -> bytes:
    """One byte a line of *lines*: 1 when it has content, else 0."""
    return bytes([start != end for start, end, _ in lines])


def _separated(lines: bytes | bytearray) -> bool:
    """True when a blank line follows every non-blank line but the last
    (*lines*: one byte a line, 1 when it has content, as :func:`_line_flags` gives).

    >>> from newsstruct._blocks import _line_flags, _lines, _separated
    >>> _separated(_line_flags(_lines("a\\n\\nb\\n \\nc")))
    True
    >>> _separated(_line_flags(_lines("a\\nb\\n\\nc")))
    False
    """
    return b"\x01\x01" not in lines  # two lines with content in a row, looked for in C


def unwrapped(text: str, blocks: Sequence[Block]) -> str | None:
    """*text* with the line breaks inside its *blocks* read as spaces, at the
    same offsets; ``None`` when no block holds one (most texts).

    A block holds line breaks only when lines were joined into it: the
    continuation lines of a hard-wrapped or wire-indented paragraph (every
    line of any other layout is a block of its own).  A break there is where a
    wrapper cut the line, so the parsers read the paragraph as one line, as
    they read it when the same story comes one paragraph a line.

    >>> from newsstruct._blocks import split_blocks, unwrapped
    >>> wire = "TITLE\\n    PARIS - One two\\nthree four.\\n    Next.\\n"
    >>> unwrapped(wire, split_blocks(wire))
    'TITLE\\n    PARIS - One two three four.\\n    Next.\\n'
    >>> unwrapped("One.\\n\\nTwo.", split_blocks("One.\\n\\nTwo.")) is None
    True
    """
    if LONE_LINE_FEED.search(text) is None:
        return None  # (one scan in C: every line feed is in a run, between blocks)
    pieces: list[str] = []
    at = 0
    for start, end, _ in blocks:
        if text.find("\n", start, end) < 0:
            continue
        pieces += (text[at:start], text[start:end].replace("\r", " ").replace("\n", " "))
        at = end
    if not pieces:
        return None
    pieces.append(text[at:])
    return "".join(pieces)


def trim(text: str, start: int = 0, end: int | None = None) -> tuple[int, int]:
    """``(start, end)`` of ``text[start:end]`` without its outer white space.

    >>> from newsstruct._blocks import trim
    >>> trim("  By Jane Doe \\n")
    (2, 13)
    >>> trim("   ")
    (3, 3)
    """
    stop = len(text) if end is None else end
    part = text[start:stop]
    head = part.lstrip()
    if not head:
        return stop, stop
    return start + len(part) - len(head), stop - (len(head) - len(head.rstrip()))


def trim_blocks(
    text: str, blocks: Sequence[Block]
) -> tuple[list[Block], list[Block], list[tuple[int, int]]]:
    """Each of *blocks* trimmed in *text* (:func:`trim`): the blocks with content
    there, those blocks trimmed, and the bounds of the blocks with none.

    (A Markdown text's blocks in its view, where the markup is blanked.)

    >>> from newsstruct._blocks import Block, trim_blocks
    >>> trim_blocks("  ab \\n\\n    ", [Block(0, 5), Block(7, 11, True)])
    ([Block(start=0, end=5, indented=False)], [Block(start=2, end=4, indented=False)], [(7, 11)])
    """
    kept: list[Block] = []
    inside: list[Block] = []
    blank: list[tuple[int, int]] = []
    for block in blocks:
        start, end, indented = block
        # (trim(), inline)
        part = text[start:end]
        head = part.lstrip()
        if head:
            kept.append(block)
            tail = len(head) - len(head.rstrip())
            inside.append(_new_tuple(Block, (end - len(head), end - tail, indented)))
        else:
            blank.append((start, end))
    return kept, inside, blank
