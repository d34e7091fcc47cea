"""Boilerplate: sign-offs, promos, copyright lines, share widgets ...

STUB: owned by the front-matter work; contract below.
"""

from __future__ import annotations

from newsstruct._model import Boilerplate
from newsstruct._options import check_text


def match_boilerplate(text: str, start: int, end: int) -> Boilerplate | None:
    """The boilerplate that ``text[start:end]`` (a whole block) is; else ``None``."""
    return None


def split_trailing_boilerplate(text: str, start: int, end: int) -> tuple[int, Boilerplate | None]:
    """Boilerplate glued to the end of a paragraph (``... campaign." AFP``).

    Returns the paragraph's new end and the boilerplate, or ``(end, None)``.
    """
    return end, None


def find_boilerplate(text: str) -> tuple[Boilerplate, ...]:
    """Every boilerplate block in *text*."""
    from newsstruct._blocks import split_blocks

    text = check_text(text)
    found = (match_boilerplate(text, b.start, b.end) for b in split_blocks(text))
    return tuple(b for b in found if b is not None)
