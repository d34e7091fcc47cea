"""Datelines: ``REYKJAVIK (REUTERS) -``, ``NEW YORK, March 26 (Reuters) -`` ...

STUB: owned by the wire-formats work; contract below.
"""

from __future__ import annotations

from newsstruct._model import Dateline
from newsstruct._options import DEFAULT_OPTIONS, Options, check_text


def match_dateline(text: str, start: int, end: int, options: Options) -> Dateline | None:
    """The dateline opening ``text[start:end]`` (a block), spans into *text*; else ``None``."""
    return None


def parse_dateline(text: str, *, options: Options | None = None) -> Dateline | None:
    """Parse the dateline at the start of *text*."""
    text = check_text(text)
    return match_dateline(text, 0, len(text), options or DEFAULT_OPTIONS)
