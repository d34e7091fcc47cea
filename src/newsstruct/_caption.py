"""Photo captions with their credits: ``... PHOTO: AFP``, ``(Photo by X/Getty Images)`` ...

STUB: owned by the front-matter work; contract below.
"""

from __future__ import annotations

from newsstruct._model import Caption
from newsstruct._options import check_text


def match_caption(text: str, start: int, end: int) -> Caption | None:
    """The caption that ``text[start:end]`` (a whole block) is, spans into *text*; else ``None``."""
    return None


def parse_caption(text: str) -> Caption | None:
    """Parse *text* as a photo caption."""
    text = check_text(text)
    return match_caption(text, 0, len(text))
