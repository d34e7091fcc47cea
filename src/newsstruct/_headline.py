"""Headlines (with kicker and standfirst) from the first blocks of an article.

STUB: owned by the front-matter work; contract below.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from newsstruct._blocks import Block
from newsstruct._model import Headline, Kicker, Standfirst
from newsstruct._options import Options


@attrs.frozen
class FrontMatter:
    """What :func:`find_front_matter` found, and the block indices it used."""

    headline: Headline | None = None
    kicker: Kicker | None = None
    standfirst: Standfirst | None = None
    used: frozenset[int] = frozenset()


def find_front_matter(text: str, blocks: Sequence[Block], options: Options) -> FrontMatter:
    """Headline, kicker and standfirst among the leading *blocks* of *text*."""
    return FrontMatter()
