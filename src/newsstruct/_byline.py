"""Bylines: ``By Cal Mankowski, Reuters``, ``Von X und Y, dpa`` ...

STUB: owned by the front-matter work; contract below.
"""

from __future__ import annotations

from newsstruct._model import Byline
from newsstruct._options import check_text


def match_byline(text: str, start: int, end: int) -> Byline | None:
    """The byline that ``text[start:end]`` (a whole block) is, spans into *text*; else ``None``."""
    return None


def parse_byline(text: str) -> Byline | None:
    """Parse *text* as a byline."""
    text = check_text(text)
    return match_byline(text, 0, len(text))
