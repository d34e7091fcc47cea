"""Boilerplate: sign-offs, credit lines, promos, copyright lines, share widgets ...

A block of boilerplate is text that belongs to the page or the wire, not to
the story.  :func:`match_boilerplate` names the kind of a whole block;
:func:`split_trailing_boilerplate` finds a sign-off or credit line glued to
the end of the last paragraph.  The kinds:

============== ==============================================================
kind           examples
============== ==============================================================
``signoff``    ``Reuter``, ``REUTER...``, ``(AFP)``, ``EFE jrr/mla``,
               ``dpa so yyon z2 a3 vni/dmo``, ``Lusa/Fim``, ``PTI ABC DEF``,
               ``-- BERNAMA``, ``... campaign." AFP`` (glued)
``desk``       AFP desk codes: ``bur-dar-gl/fz``, ``jm/sst``; Lusa's ``ABC // XYZ``
``credits``    ``(Reporting by Jane Doe; Editing by John Smith)``,
               ``--With assistance from X.``, ``X contributed to this report.``,
               ``To contact the reporter on this story: ...``
``standards``  ``Our Standards: The Thomson Reuters Trust Principles.``
``copyright``  ``Copyright 2021 Reuters``, ``© 2023 AP``, ``All rights reserved.``
``imprint``    ``MCI (P) 066/10/2023``, ``Published by SPH Media Limited ...``
``timestamp``  ``UPDATED May 20, 2021, 3:41 PM``, ``Published 9:30 AM``, a date
               alone (``May 20, 2021, 6:08 AM SGT``), ``3 Min Read``
``flag``       wire flags on a line of their own: ``RPT``, ``REPEAT FROM LATE FRIDAY``, ``more``;
               update notes: ``(Adds analyst comment, updates prices)``
``separator``  rules and end marks: ``___``, ``* * *``, ``-30-``, ``ENDS``, ``(END)``
``share``      ``Thanks for sharing!``, ``Share this article``, ``FacebookTelegram``
``related``    ``MORE ON THIS TOPIC``, ``Related:``, ``You may also like``
``promo``      ``Join ST's Telegram channel ...``, ``Most Read from Bloomberg``,
               ``Read more: ...``, ``Sign up for our newsletter``, ``Follow X on Twitter``,
               advertising slots (``Advertisement``, ``Anzeige``)
============== ==============================================================

The ``(Reporting by ...; Editing by ...)`` line is boilerplate of kind
``credits``; :func:`newsstruct.parse_article` also reads its names into the
article's :class:`~newsstruct.Byline` when the story has no byline at the top.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from newsstruct._data.boilerplate import (
    COPYRIGHT_PHRASES,
    CREDIT_ROLES,
    PROMO_OPENINGS,
    PROMO_PHRASES,
)
from newsstruct._data.staff_labels import STAFF_LABELS
from newsstruct._model import Boilerplate, Span
from newsstruct._options import check_text
from newsstruct._patterns import (
    BOILERPLATE_ADVERT,
    BOILERPLATE_COPYRIGHT,
    BOILERPLATE_CREDITS,
    BOILERPLATE_DATE_LINE,
    BOILERPLATE_DESK,
    BOILERPLATE_FLAG,
    BOILERPLATE_IMPRINT,
    BOILERPLATE_PROMO,
    BOILERPLATE_RELATED,
    BOILERPLATE_SEPARATOR,
    BOILERPLATE_SHARE,
    BOILERPLATE_SHARE_BUTTONS,
    BOILERPLATE_SIGNOFF,
    BOILERPLATE_STANDARDS,
    BOILERPLATE_TIMESTAMP,
    BOILERPLATE_TRAILING_CREDITS,
    BOILERPLATE_TRAILING_DESK,
    BOILERPLATE_TRAILING_END_MARK,
    BOILERPLATE_TRAILING_SIGNOFF,
    LazyPattern,
    any_of,
)

#: Blocks longer than this are never boilerplate: a paragraph of the story.
_MAX_BLOCK = 500
#: Phrases found anywhere (not only at the start) count in blocks up to this long.
_MAX_PHRASE_BLOCK = 260
#: How much of a paragraph's end :func:`split_trailing_boilerplate` looks at.
_TAIL = 420


def _folded(*groups: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted({word.casefold() for group in groups for word in group}))


# Cheap gates: a pattern runs on a block only when its gate, given the block
# case folded, is true; a gate tests literals that every branch of its pattern
# needs (an opening with ``startswith``, a phrase with ``in``), so it never
# hides a match.  Folding is exact here: what ``(?i:)`` matches,
# ``str.casefold`` folds alike.  Keep the gates in step with the patterns.
_CREDIT_ROLES = _folded(CREDIT_ROLES)
_STAFF_LABELS = _folded(STAFF_LABELS)
_COPYRIGHT_OPENINGS = ("copyright", "\u00a9", "\u2117", "(c)", "copr.")
_COPYRIGHT_PHRASES = _folded(COPYRIGHT_PHRASES)
_PROMO_OPENINGS = _folded(PROMO_OPENINGS, ("follow",))
_PROMO_PHRASES = _folded(PROMO_PHRASES)


def _may_be_credits(folded: str) -> bool:
    return (
        folded.lstrip("( \t").startswith(_CREDIT_ROLES)  # (Reporting by ...
        or folded.startswith("to")  # To contact the reporter ...
        or "assistance" in folded  # --With assistance from ...
        or "contributed" in folded  # X contributed to this report.
        or "@" in folded  # the reporter's e-mail address alone
        or folded.startswith(_STAFF_LABELS)  # Editor: Rahmad Nasution
    )


def _may_be_imprint(folded: str) -> bool:
    return (
        folded.startswith(("mci", "mica", "published"))
        or "regn." in folded
        or "registration" in folded
    )


def _may_be_copyright(folded: str) -> bool:
    return folded.startswith(_COPYRIGHT_OPENINGS) or any(
        phrase in folded for phrase in _COPYRIGHT_PHRASES
    )


def _may_be_promo(folded: str) -> bool:
    lead = 0  # the call may follow dashes, bullets and spaces
    while lead < len(folded) and not folded[lead].isalnum():
        lead += 1
    return folded.startswith(_PROMO_OPENINGS, lead) or any(
        phrase in folded for phrase in _PROMO_PHRASES
    )


#: (kind, pattern, anchored at the block start?, gate) in the order they are tried.
_RULES: tuple[tuple[str, LazyPattern, bool, Callable[[str], bool] | None], ...] = (
    ("signoff", BOILERPLATE_SIGNOFF, True, None),
    ("desk", BOILERPLATE_DESK, True, None),
    ("credits", BOILERPLATE_CREDITS, True, _may_be_credits),
    ("standards", BOILERPLATE_STANDARDS, True, None),
    ("imprint", BOILERPLATE_IMPRINT, False, _may_be_imprint),
    ("copyright", BOILERPLATE_COPYRIGHT, False, _may_be_copyright),
    ("timestamp", BOILERPLATE_TIMESTAMP, True, None),
    ("timestamp", BOILERPLATE_DATE_LINE, True, None),
    ("flag", BOILERPLATE_FLAG, True, None),
    ("separator", BOILERPLATE_SEPARATOR, True, None),
    ("share", BOILERPLATE_SHARE_BUTTONS, True, None),
    ("share", BOILERPLATE_SHARE, True, None),
    ("related", BOILERPLATE_RELATED, True, None),
    ("promo", BOILERPLATE_ADVERT, True, None),
    ("promo", BOILERPLATE_PROMO, False, _may_be_promo),
)

#: Any of the ungated rules anchored at the block start: one call rules them all out.
_ANY_ANCHORED = any_of(
    *(pattern for _, pattern, anchored, gate in _RULES if anchored and gate is None)
)

_TRAILING: tuple[tuple[str, LazyPattern], ...] = (
    ("signoff", BOILERPLATE_TRAILING_SIGNOFF),
    ("credits", BOILERPLATE_TRAILING_CREDITS),
    ("desk", BOILERPLATE_TRAILING_DESK),
    ("separator", BOILERPLATE_TRAILING_END_MARK),
)


def boilerplate_kind(block: str) -> str | None:
    """The kind of boilerplate *block* (trimmed) is, or ``None``."""
    if not block or len(block) > _MAX_BLOCK:
        return None
    folded = block.casefold()
    short = len(block) <= _MAX_PHRASE_BLOCK
    # one call tells whether any ungated anchored rule can match
    some_anchored = _ANY_ANCHORED.match(block) is not None
    for kind, pattern, anchored, gate in _RULES:
        if gate is None:
            if anchored and not some_anchored:
                continue
        elif not (anchored or short) or not gate(folded):
            continue
        if pattern.match(block) if anchored else pattern.search(block):
            return kind
    return None


def match_boilerplate(text: str, start: int, end: int) -> Boilerplate | None:
    """The boilerplate that ``text[start:end]`` (a whole block) is; else ``None``."""
    if end - start > _MAX_BLOCK:
        return None
    kind = boilerplate_kind(text[start:end])
    if kind is None:
        return None
    return Boilerplate(text[start:end], Span(start, end), kind)


def split_trailing_boilerplate(text: str, start: int, end: int) -> tuple[int, Boilerplate | None]:
    """Boilerplate glued to the end of a paragraph (``... campaign." AFP``).

    Returns the paragraph's new end and the boilerplate, or ``(end, None)``.
    """
    window = max(start, end - _TAIL)
    # the look-behind of the patterns needs the character before the window
    for kind, pattern in _TRAILING:
        found = pattern.search(text, window, end)
        if found is None or found.end() != end:
            continue
        junk_start, junk_end = found.span("junk")
        new_end = junk_start
        while new_end > start and text[new_end - 1].isspace():
            new_end -= 1
        return new_end, Boilerplate(text[junk_start:junk_end], Span(junk_start, junk_end), kind)
    return end, None


def find_boilerplate(text: str) -> tuple[Boilerplate, ...]:
    """Every boilerplate block in *text*, with its kind.

    Each block (paragraph or line, see :doc:`paragraphs`) is tested whole;
    a sign-off or credit line glued to the end of the text is found too.

    >>> from newsstruct import find_boilerplate
    >>> [(b.text, b.kind) for b in find_boilerplate("Ports shut.\\n Reuter\\n")]
    [('Reuter', 'signoff')]
    >>> [b.kind for b in find_boilerplate("(Reporting by Jane Doe; Editing by Tom Lee)")]
    ['credits']
    >>> [b.kind for b in find_boilerplate("Join ST's Telegram channel and get the latest news.")]
    ['promo']
    >>> [b.kind for b in find_boilerplate("EFE jrr/mla")]
    ['signoff']
    >>> [b.kind for b in find_boilerplate("bur-dar-gl/fz")]
    ['desk']
    >>> [b.kind for b in find_boilerplate("MCI (P) 066/10/2023")]
    ['imprint']
    >>> [b.kind for b in find_boilerplate("UPDATED May 20, 2021, 3:41 PM")]
    ['timestamp']
    >>> [b.kind for b in find_boilerplate("FacebookTelegram")]
    ['share']
    >>> [(b.text, b.kind) for b in find_boilerplate('He will run, he said." AFP')]
    [('AFP', 'signoff')]
    >>> find_boilerplate("The talks ended on Monday, officials said.")
    ()
    """
    from newsstruct._blocks import split_blocks

    text = check_text(text)
    blocks = split_blocks(text)
    found: list[Boilerplate] = []
    for block in blocks:
        item = match_boilerplate(text, block.start, block.end)
        if item is not None:
            found.append(item)
    if blocks and (not found or found[-1].span.end != blocks[-1].end):
        _, glued = split_trailing_boilerplate(text, blocks[-1].start, blocks[-1].end)
        if glued is not None:
            found.append(glued)
    return tuple(found)
