"""Dates: the only module that imports dateparser (lazily, behind a cache).

STUB: owned by the wire-formats work; contract below.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from newsstruct._model import Caption, Dateline
from newsstruct._options import Options


def resolve_date(
    date_text: str,
    options: Options,
    *,
    year_hint: int | None = None,
    language: str | None = None,
) -> datetime.date | None:
    """Resolve *date_text* (``"May 19"``, ``"10 août"``) to a calendar date, or ``None``."""
    return None


def article_date(
    text: str,
    dateline: Dateline | None,
    captions: Sequence[Caption],
    options: Options,
) -> tuple[datetime.date | None, str | None]:
    """The article's news date and the language its dates were read in.

    The dateline's date when it has one, else the best evidence in the text
    (timestamps, caption dates).
    """
    if dateline is not None and dateline.date is not None:
        return dateline.date, None
    return None, None
