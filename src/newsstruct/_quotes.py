"""Direct quotes: quotation marks of every kind, attribution cues, speakers.

STUB: owned by the quotes work; contract below.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsstruct._model import Paragraph, Quote
from newsstruct._options import check_text


def quotes_in(text: str, paragraphs: Sequence[Paragraph]) -> tuple[Quote, ...]:
    """Attributed quotes in *paragraphs* (spans into *text*), in order."""
    return ()


def find_quotes(text: str) -> tuple[Quote, ...]:
    """Attributed direct quotes in *text* (split into paragraphs first)."""
    from newsstruct._blocks import split_blocks

    text = check_text(text)
    paragraphs = [Paragraph(b.text(text), _span(b.start, b.end)) for b in split_blocks(text)]
    return quotes_in(text, paragraphs)


def _span(start: int, end: int):  # type: ignore[no-untyped-def]
    from newsstruct._model import Span

    return Span(start, end)
