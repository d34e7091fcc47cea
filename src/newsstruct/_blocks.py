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

from collections.abc import Iterator

import attrs

from newsstruct._patterns import LINE_BREAK, SENTENCE_END

#: Lines longer than this are never hard wraps (and a document whose longest
#: line is longer is not hard-wrapped).
_MAX_WRAP_WIDTH = 110
#: In a hard-wrapped document a line at least this share of the wrap width was
#: filled by the wrapper, so the next line continues it.
_FILLED_SHARE = 0.7


@attrs.frozen
class Line:
    """One line: ``start``/``end`` of its content without outer white space."""

    start: int
    end: int
    indent: int

    @property
    def blank(self) -> bool:
        return self.start == self.end


@attrs.frozen
class Block:
    """A block of text: ``text[start:end]``, outer white space trimmed."""

    start: int
    end: int
    indented: bool = False

    def text(self, text: str) -> str:
        return text[self.start : self.end]


def iter_lines(text: str) -> Iterator[Line]:
    """Yield every line of *text* with its trimmed content offsets."""
    pos = 0
    for brk in LINE_BREAK.finditer(text):
        yield _line(text, pos, brk.start())
        pos = brk.end()
    yield _line(text, pos, len(text))


def _line(text: str, start: int, end: int) -> Line:
    content = text[start:end]
    stripped = content.lstrip()
    if not stripped.strip():
        return Line(end, end, 0)
    lead = len(content) - len(stripped)
    trail = len(stripped) - len(stripped.rstrip())
    # tabs count as four columns of indentation
    indent = lead + 3 * content.count("\t", 0, lead)
    return Line(start + lead, end - trail, indent)


def _width(line: Line) -> int:
    return line.end - line.start + line.indent


def split_blocks(text: str) -> tuple[Block, ...]:
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
    lines = list(iter_lines(text))
    content = [line for line in lines if not line.blank]
    if not content:
        return ()
    indent_mode = _indent_mode(lines)
    wrap_width = _wrap_width(text, content)
    margin = min(line.indent for line in content)
    blocks: list[Block] = []
    current: Line | None = None  # first line of the open block
    last: Line | None = None  # last line of the open block
    seen_indented = False

    def close() -> None:
        if current is not None and last is not None:
            blocks.append(Block(current.start, last.end, current.indent > 0))

    for line in lines:
        if line.blank:
            close()
            current = last = None
            continue
        if current is None or last is None:
            current = last = line
            seen_indented = seen_indented or line.indent > 0
            continue
        if indent_mode:
            continues = line.indent == 0 and seen_indented and current.indent > 0
        elif wrap_width:
            # a wrapped line starts at the text's left margin; an indented line
            # in a text with flush-left lines opens a paragraph (or a table row)
            continues = line.indent == margin and _width(last) >= wrap_width * _FILLED_SHARE
        else:
            continues = False
        if continues:
            last = line
        else:
            close()
            current = last = line
            seen_indented = seen_indented or line.indent > 0
    close()
    return tuple(blocks)


def _indent_mode(lines: list[Line]) -> bool:
    """True for wire layouts: indented first lines, flush-left continuations."""
    indented = continued = 0
    previous: Line | None = None
    for line in lines:
        if not line.blank:
            if line.indent > 0:
                indented += 1
            elif previous is not None and not previous.blank and indented:
                continued += 1
        previous = line
    return indented >= 1 and continued >= 1


def _wrap_width(text: str, content: list[Line]) -> int:
    """The wrap width of a hard-wrapped document, or 0 when it is not one."""
    if len(content) < 4:
        return 0
    width = max(_width(line) for line in content)
    if width > _MAX_WRAP_WIDTH:
        return 0
    filled = [line for line in content if _width(line) >= width * _FILLED_SHARE]
    if len(filled) * 2 < len(content):
        return 0
    # lines cut by a wrapper mostly end mid-sentence; one-line paragraphs do not
    ended = sum(1 for line in filled if SENTENCE_END.match(text, line.end - 1))
    return width if ended * 2 < len(filled) else 0
