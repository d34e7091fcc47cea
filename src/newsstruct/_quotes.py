"""Direct and partial quotes: quotation marks of every kind, cues, speakers.

How a quote is found, in three steps:

1. **Marks.**  Every candidate mark (``"``, ``“ ”``, ``''``/````````/``‘‘ ’’``, ``‘ ’``,
   ``'``, ``« »``, ``„ “``, ``‚ ‘``...) is classed as opening, closing or
   either by the characters around it: an opening mark has no space after it
   and no letter or digit before it, a closing mark the other way round.
   Apostrophes inside words (``Russia's``, ``Ma'am``), elisions (``'60s``,
   ``rock 'n' roll``) and primes (``5'11"``) are never marks.  Marks pair up
   within one paragraph; a quote of another kind nested inside is part of
   the outer quote.  An opening mark that is never closed does not run past
   its paragraph: it is dropped (and the marks after it pair as if it were
   not there), unless it opens the paragraph or the next paragraph opens
   with a mark again (a quote over several paragraphs), or it opens the
   paragraph's last sentence and the paragraph ends like a sentence (its
   closing mark lost), in which case the quote runs to the end of its
   paragraph.
2. **Attribution.**  The paragraph is read with its quotes masked.  A quote is
   attributed by the cue and speaker next to it (``"...," he said``,
   ``"...," said Mr Blinken``, ``Ned Price, a spokesman, said: "..."``,
   ``according to X, "..."``), by a cue earlier in its sentence (a partial
   quote inside indirect speech: ``said Russia has to cooperate "in
   spheres..."``, kind ``"partial"``), by a cue later in its sentence, by the
   quote before it in the same paragraph, or, for a paragraph that is only a
   quote, by the last speaker of the paragraph before.
   A paragraph with more than 100 quoted segments is a list or data, not
   prose: its quotes are not attributed.
3. **Speakers** are resolved to canonical names by :mod:`newsstruct._speakers`.

A quote interrupted by its attribution (``"We will," he said, "and soon."``)
is returned as two :class:`Quote` records that share the speaker, one per
quoted segment, so that every span holds exactly the words inside one pair of
marks.

**The scare-quote rule.**  Quoted text that no cue attributes is not a quote:
titles, nicknames and terms (``“Saturday Night Live”``, ``goes by
"Shorty"``); nor is a quoted single letter or digit, a label (class ``"B"``
stock), nor a domain or file extension (``".travel"``).  Even in a sentence with a cue, a short quoted fragment (four
words or fewer, no sentence punctuation inside) is a term and not a quote
when a term marker comes right before it, or before *the* right before
it (``so-called``, ``known as``, ``known as the``, ``titled``, ``nicknamed``,
``film``...), when it is a title in Title Case (but not a
short sentence such as ``"We're America."``, nor a name a cue a few words
before gives: ``called Rubio "Little Marco"``) or one capitalised word after a
possessive (``NBC's "Today"``), or when it is a nickname
inside a name (``Robert C. "Bobby" Scott``).  A term someone uses
(``refused to say the words "radical Islam"``) is not a title: it is
attributed like any fragment.  A fragment after a naming verb (``called it a
"disaster"``, ``as a "killer"``) is attributed to that verb's subject.
In a text quoted mostly in double marks, a segment in single marks (outside
any double-marked quote) is a headline, subhead or term: not a quote.  A
Title Case segment right after *told* is the listener (``told "Fox and
Friends"``).

Two rules attribute what no cue next to it does: a sentence quoted right
after a colon is the clause's subject's (``The report is clear: "..."``), and
a sentence quoted right after a quote's attribution continues that quote
(``"...," Burton told delegates. "Donald Trump."``).
:func:`find_quoted_text` returns every quoted segment, attributed or not.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache, partial
from itertools import accumulate, chain, compress, repeat
from operator import attrgetter, itemgetter
from typing import Final, NamedTuple, cast, overload

import attrs
import regex

from newsstruct._blocks import trim
from newsstruct._data.cues import HEADLINE_WORDS, TITLED_WORKS
from newsstruct._data.first_names import FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, UNISEX_FIRST_NAMES
from newsstruct._data.languages import INTL_LANGUAGES
from newsstruct._data.pronouns import PRO_DROP_VERBS
from newsstruct._guard import guarded
from newsstruct._language import detect_language
from newsstruct._markdown import ReadBlocks, as_paragraphs, read_as_written
from newsstruct._model import Paragraph, Quote, Span
from newsstruct._options import Options, check_text
from newsstruct._patterns import (
    QUOTE_ELISION,
    QUOTE_ELISION_AT,
    QUOTE_MARK,
    QUOTE_MARK_SPLIT_LITERAL,
    QUOTE_PRIME,
    LazyPattern,
)
from newsstruct._recase import lower_cased, recased
from newsstruct._speakers import (
    Attribution,
    _found_writing,
    _Labels,
    _Paragraph,
    _title_case,
    attribute,
    forget_text,
    label_end,
    names_no_one,
    place_set_off,
    resolve_speakers,
    statement_issuers,
    transcript_turns,
    unspoken_signs,
)

_OPEN = 1
_CLOSE = 2
_EITHER = 3

#: Mark text -> (family, default role).  Families pair only with themselves.
_MARKS: dict[str, tuple[str, int]] = {
    '"': ("d", _EITHER),
    "''": ("d", _EITHER),
    "``": ("d", _OPEN),
    "\u2018\u2018": ("d", _OPEN),
    "\u2019\u2019": ("d", _CLOSE),
    ",,": ("d", _OPEN),
    "\u201c": ("d", _OPEN),
    "\u201d": ("d", _CLOSE),
    "\u201e": ("d", _OPEN),
    "\u201f": ("d", _OPEN),
    "\u00ab": ("g", _OPEN),
    "\u00bb": ("g", _CLOSE),
    "\u2039": ("h", _OPEN),
    "\u203a": ("h", _CLOSE),
    "\u300c": ("c", _OPEN),
    "\u300d": ("c", _CLOSE),
    "\u300e": ("e", _OPEN),
    "\u300f": ("e", _CLOSE),
    "'": ("s", _EITHER),
    "`": ("s", _OPEN),
    "\u2018": ("s", _OPEN),
    "\u2019": ("s", _CLOSE),
    "\u201a": ("s", _OPEN),
    "\u201b": ("s", _OPEN),
}
#: Marks whose direction is fixed by their shape (flanking may flip them).
_SHAPED = frozenset(("\u201c", "\u201d", "\u2018", "\u2019", "\u2018\u2018", "\u2019\u2019"))
#: Guillemets: shaped too, and German copy turns them round (``»Ja«, sagte sie``).
_GUILLEMETS = frozenset("\u00ab\u00bb\u2039\u203a")
#: What may follow a turned-round opening guillemet besides a letter or digit.
_GUILLEMET_OPENS_BEFORE = frozenset("\u2026\u2039\u203a\u201e\u201a(")
#: Apostrophes of an elided word (``d'``, ``l’``): a spaced opening guillemet after
#: one opens (``parle d'« une honte »``).
_ELIDING = frozenset("'\u2019")
#: Characters after which a closing mark cannot stand (it would open).
_NO_CLOSE_BEFORE = frozenset("([{\u2014\u2013/")
#: Marks of one family but another style may nest (a curly quote inside a
#: straight one); marks of the same style never do.
_STYLE = {
    '"': "straight",
    "''": "nyt",
    "``": "nyt",
    "\u2018\u2018": "nyt",
    "\u2019\u2019": "nyt",
    "'": "straight",
    "`": "nyt",
}
#: At most this many unclosed marks are dropped and the paragraph re-paired ...
_MAX_REPAIRS = 4
#: ... in a paragraph of at most this many marks (no prose holds more; each
#: repair reads them all again).
_MAX_REPAIRED_MARKS = 400


#: A classed mark: ``(start, end, family, role, style)``, a plain tuple (long
#: texts hold one per mark; the fields are read by the indices below).
_Mark = tuple[int, int, str, int, str]
_M_START: Final = 0
_M_END: Final = 1
_M_FAMILY: Final = 2
_M_ROLE: Final = 3
_M_STYLE: Final = 4


class Segment(NamedTuple):
    """One quoted segment: ``[start, end)`` inside the marks, trimmed.

    ``open_start``/``close_end`` include the marks (``close_end == end`` when
    the quote runs on to the next paragraph), ``paragraph`` is its index.
    """

    start: int
    end: int
    open_start: int
    close_end: int
    paragraph: int
    closed: bool


#: Record constructor without the Python-level ``NamedTuple.__new__`` (hot loops).
_new_segment = partial(tuple.__new__, Segment)


def _classify(text: str, start: int, end: int, lo: int, hi: int) -> _Mark | None:
    """Class the mark ``text[start:end]`` of the paragraph ``[lo, hi)``."""
    mark = text[start:end]
    prev = text[start - 1] if start > lo else " "
    nxt = text[end] if end < hi else " "
    family, role, style = _kind(prev, mark, nxt)
    elided = False
    if role == _ELISION_CHECK:
        elided = QUOTE_ELISION.match(text, start, hi) is not None
        family, role, style = _kind(prev, mark, nxt, elided)
    if role == _PRIME_CHECK:
        match = QUOTE_PRIME.search(text, max(lo, start - 8), end)
        if match is not None and match.end() == end:
            return None  # inches
        family, role, style = _kind(prev, mark, nxt, elided, primed=False)
    if not role:
        return None
    return (start, end, family, role, style)


#: :func:`_kind`'s role for a mark that is no mark.
_NOT_A_MARK = 0
#: :func:`_kind`'s role for a single mark before a letter or digit: an
#: apostrophe of elision, if :data:`QUOTE_ELISION` matches there.
_ELISION_CHECK = -2
#: Up to this many elision checks in a paragraph are made one by one (more:
#: one pass over the paragraph).
_FEW_CHECKS = 8
#: :func:`_kind`'s role for a double mark after a digit: an inch prime, if
#: :data:`QUOTE_PRIME` ends there.
_PRIME_CHECK = -1


@lru_cache(maxsize=4096)
def _kind(
    prev: str, mark: str, nxt: str, elided: bool | None = None, *, primed: bool | None = None
) -> tuple[str, int, str]:
    """(family, role, style) of *mark* between the characters *prev* and *nxt*.

    *elided* tells whether :data:`QUOTE_ELISION` matches at the mark and
    *primed* whether :data:`QUOTE_PRIME` ends at it (``None``: not known yet,
    and the role is :data:`_ELISION_CHECK` or :data:`_PRIME_CHECK` if it
    matters).  The role is
    :data:`_NOT_A_MARK` for an apostrophe, an elision, a prime or a run of
    one mark.  The answer depends on these five values only, so it is cached:
    a text's marks are classed by a few dictionary look-ups.
    """
    known = _MARKS.get(mark)
    if known is None:
        return ("", _NOT_A_MARK, "")  # a run of one mark
    family, role = known
    style = _STYLE.get(mark, "curly")
    never = (family, _NOT_A_MARK, style)
    if family == "s" and prev.isalnum() and nxt.isalnum():
        return never  # an apostrophe inside a word
    if mark == '"' and nxt in "st" and prev.isalpha():
        return never  # a double mark typed for an apostrophe: the country"s, don"t
    can_open = not nxt.isspace() and not prev.isalnum() and prev not in ".,;!?"
    can_close = not prev.isspace() and not nxt.isalnum() and prev not in _NO_CLOSE_BEFORE
    if family == "s":
        # every elision starts with a letter or digit after the mark
        if nxt.isalnum() and (mark != "\u2018" or not can_open or nxt.isdigit()):
            if elided is None:
                return (family, _ELISION_CHECK, style)
            if elided:
                return never
        if mark in "'`" or mark == "\u2019":
            if can_open and not can_close:
                role = _OPEN
            elif can_close and not can_open:
                role = _CLOSE
            elif mark != "\u2019":
                return never
        elif not can_open and not can_close:
            if mark == "\u2018" and prev == " " and nxt.isspace():
                return (family, _EITHER, style)  # "Avenue,’ ‘ she noted": a closing mark turned
            return never
    elif family == "d" and prev.isdigit() and mark in {'"', "''", "\u201d"}:
        if primed is None:
            return (family, _PRIME_CHECK, style)
        if primed:
            return never  # inches
    if mark == ",,":
        if not can_open:
            return never
    elif mark == "\u201c" and prev == " " and nxt.isspace():
        role = _EITHER  # 'said, “we act, “ she noted': a closing mark turned
    elif mark in _SHAPED or mark in _GUILLEMETS:
        # flanking turns a shaped mark round: German copy prints guillemets so
        # (»Ja«); a guillemet opens only where a word follows it right away, so
        # French spacing (« Oui ») keeps the marks' shapes
        if (
            role == _OPEN
            and can_close
            and not can_open
            and not (prev in _ELIDING and mark in _GUILLEMETS)
        ):
            role = _CLOSE  # (parle d'« une honte »: an elided word before it, it opens)
        elif (
            role == _CLOSE
            and can_open
            and not can_close
            and (mark in _SHAPED or nxt.isalnum() or nxt in _GUILLEMET_OPENS_BEFORE)
        ):
            role = _OPEN
    elif role == _EITHER:
        if can_open and not can_close:
            role = _OPEN
        elif can_close and not can_open:
            role = _CLOSE
    return (family, role, style)


def _marks(text: str, lo: int, hi: int) -> list[_Mark]:
    """The marks of the paragraph ``text[lo:hi]``, classed, in order.

    One ``split`` with :data:`QUOTE_MARK_SPLIT_LITERAL` gives the candidates
    and (by the running sum of the pieces' lengths) their offsets; they are
    classed by :func:`_classed`.
    """
    parts = QUOTE_MARK_SPLIT_LITERAL.split(text[lo:hi])
    if len(parts) < 3:
        return []
    offsets = list(accumulate(map(len, parts), initial=lo))
    return _classed(text, lo, hi, offsets[1:-1:2], offsets[2::2], parts[1::2])


def _classed(
    text: str, lo: int, hi: int, starts: list[int], ends: list[int], found: list[str]
) -> list[_Mark]:
    """The candidates ``found`` at ``[starts, ends)`` of the paragraph ``[lo, hi)``, classed.

    Each is classed by :func:`_kind` from the characters around it, with no
    Python loop per mark (a few elisions and inch primes are checked one by
    one).
    """
    # a paragraph's edges read as spaces
    prevs = [text[at - 1] if at > lo else " " for at in starts]
    nxts = [text[at] if at < hi else " " for at in ends]
    kinds = list(map(_kind, prevs, found, nxts))
    return _checked(
        text, lo, hi, starts, ends, found, prevs, nxts, kinds, list(map(_second, kinds))
    )


def _checked(
    text: str,
    lo: int,
    hi: int,
    starts: list[int],
    ends: list[int],
    found: list[str],
    prevs: list[str],
    nxts: list[str],
    kinds: list[tuple[str, int, str]],
    roles: list[int],
) -> list[_Mark]:
    """:func:`_classed` once the candidates' characters around, first kinds and roles are known."""
    if _ELISION_CHECK in roles:
        checks = [
            start for start, role in zip(starts, roles, strict=True) if role == _ELISION_CHECK
        ]
        if len(checks) > _FEW_CHECKS:
            # one pass over the paragraph finds every elision
            pieces = QUOTE_ELISION_AT.split(text[lo:hi])
            elisions = set(map(lo.__add__, accumulate(map(len, pieces[:-1]))))
        else:
            elisions = {at for at in checks if QUOTE_ELISION.match(text, at, hi) is not None}
        kinds = list(map(_kind, prevs, found, nxts, map(elisions.__contains__, starts)))
        roles = list(map(_second, kinds))
    if _PRIME_CHECK in roles:
        for at in [at for at, role in enumerate(roles) if role == _PRIME_CHECK]:
            mark = _classify(text, starts[at], ends[at], lo, hi)
            kinds[at] = ("", _NOT_A_MARK, "") if mark is None else mark[_M_FAMILY:]
            roles[at] = kinds[at][1]
    return list(map(_join, compress(zip(starts, ends, strict=True), roles), compress(kinds, roles)))


def _marks_by_paragraph(
    text: str, paragraphs: Sequence[Paragraph], window: tuple[int, int] | None = None
) -> list[list[_Mark]]:
    """:func:`_marks` of every paragraph, from one ``split`` of the whole text.

    The candidates of a paragraph are those of the whole text that start in
    it: the same as its own ``split`` finds unless one crosses its edge (a
    run of marks over a paragraph break), in which case the paragraph is
    split on its own.  Every candidate is classed at once (:func:`_kind` over
    the whole text, a paragraph's edges read as spaces); elisions and primes
    to check are checked paragraph by paragraph (:func:`_checked`).  With a
    *window* ``(lo, hi)`` that holds the *paragraphs* (in order, the first
    starting at *lo*), only ``text[lo:hi]`` is split.
    """
    if window is None:
        parts = QUOTE_MARK_SPLIT_LITERAL.split(text)
        offsets = list(accumulate(map(len, parts)))
    else:
        parts = QUOTE_MARK_SPLIT_LITERAL.split(text[window[0] : window[1]])
        offsets = list(accumulate(map(len, parts), initial=window[0]))
        del offsets[0]
    starts = offsets[:-1:2]
    ends = offsets[1::2]
    found = parts[1::2]
    if len(paragraphs) == 1:
        # one paragraph: its candidates classed as they are (no passes over the whole text)
        lo, hi = paragraphs[0].span.start, paragraphs[0].span.end
        first = bisect_left(starts, lo)
        stop = bisect_left(starts, hi, first)
        if (first and ends[first - 1] > lo) or (stop and ends[stop - 1] > hi):
            return [_marks(text, lo, hi)]  # a candidate crosses an edge
        if first == stop:
            return [[]]
        return [_classed(text, lo, hi, starts[first:stop], ends[first:stop], found[first:stop])]
    los = list(map(_SPAN_START, paragraphs))
    his = list(map(_SPAN_END, paragraphs))
    # the characters around each candidate; a paragraph's edges read as spaces
    # (a candidate at a paragraph's start is its first, one that ends at its end its last)
    edges = set(los)
    prevs = [" " if at in edges or not at else text[at - 1] for at in starts]
    edges = set(his)
    edges.add(len(text))
    nxts = [" " if at in edges else text[at] for at in ends]
    kinds = list(map(_kind, prevs, found, nxts))
    roles = list(map(_second, kinds))
    least = min(roles, default=0)
    if least >= 0 and sum(map(len, found)) == len(found):
        # one-character candidates (none crosses an edge), none whose class
        # needs a look at the text (role below zero): the marks (candidates
        # of a role) of each paragraph are a slice of the text's (the loop below)
        if not least:
            starts = list(compress(starts, roles))
            ends = list(compress(ends, roles))
            kinds = list(compress(kinds, roles))
        return _in_paragraphs(
            list(map(_join, zip(starts, ends, strict=True), kinds)), starts, los, his
        )
    firsts = list(map(bisect_left, repeat(starts), los))
    stops = list(map(bisect_left, repeat(starts), his, firsts))
    result: list[list[_Mark]] = []
    for lo, hi, first, stop in zip(los, his, firsts, stops, strict=True):
        if (first and ends[first - 1] > lo) or (stop and ends[stop - 1] > hi):
            result.append(_marks(text, lo, hi))  # a candidate crosses an edge
        elif first == stop:
            result.append([])
        elif first == 0 and stop == len(starts):
            # one paragraph holds every candidate (a one-paragraph text): no copies
            result.append(_checked(text, lo, hi, starts, ends, found, prevs, nxts, kinds, roles))
        else:
            result.append(
                _checked(
                    text,
                    lo,
                    hi,
                    starts[first:stop],
                    ends[first:stop],
                    found[first:stop],
                    prevs[first:stop],
                    nxts[first:stop],
                    kinds[first:stop],
                    roles[first:stop],
                )
            )
    return result


def _in_paragraphs(
    items: list[_Mark], starts: list[int], los: list[int], his: list[int]
) -> list[list[_Mark]]:
    """For each paragraph ``[los[i], his[i])``, the *items* whose start (in
    *starts*, ascending) falls in it.

    ``items[bisect_left(starts, lo) : bisect_left(starts, hi)]`` for each, read
    by one pointer over *starts* (paragraphs come in text order: the next
    one's items start where the last one's stopped), so each item is passed
    once, not searched for twice per paragraph.  Paragraphs out of order are
    searched for.

    >>> from newsstruct._quotes import _in_paragraphs
    >>> _in_paragraphs(["a", "b", "c", "d"], [1, 5, 6, 12], [0, 5, 10, 0], [4, 9, 11, 6])
    [['a'], ['b', 'c'], [], ['a', 'b']]
    """
    result: list[list[_Mark]] = []
    append = result.append
    size = len(starts)
    at = 0
    for lo, hi in zip(los, his, strict=True):
        if at and starts[at - 1] >= lo:
            at = bisect_left(starts, lo)  # a paragraph before the last one's end
        while at < size and starts[at] < lo:
            at += 1
        first = at
        while at < size and starts[at] < hi:
            at += 1
        append(items[first:at])
    return result


_second = itemgetter(1)
#: A paragraph's start and end offsets, read in C.
_SPAN_START = attrgetter("span.start")
_SPAN_END = attrgetter("span.end")
#: ``(start, end) + (family, role, style)``: a mark, built in C.
_join = cast("Callable[[tuple[int, int], tuple[str, int, str]], _Mark]", tuple.__add__)


def _pair(
    marks: Sequence[_Mark], text: str | None = None
) -> tuple[list[tuple[_Mark, _Mark]], _Mark | None]:
    """Pair *marks*: outermost pairs, and the first opening mark left open.

    A mark pairs with the latest open mark of its family; where each family's
    open marks stand in the stack is kept per family, so that finding it takes
    no walk down the stack (a text of thousands of unclosed marks of several
    families, ``“‘«„"'`` repeated, stays linear).  Given the *text*, an
    outermost mark never closed before another of its kind that opens a
    sentence quotes the sentences between them (:func:`_lost_close`): it is
    paired with an empty mark where they end.
    """
    stack: list[_Mark] = []
    pairs: list[tuple[_Mark, _Mark]] = []
    #: family -> the stack indexes of its open marks, in order
    where: dict[str, list[int]] = {}
    for mark in marks:
        family = mark[_M_FAMILY]
        own = where.get(family)
        at = own[-1] if own else -1
        role = mark[_M_ROLE]
        if role == _EITHER:
            role = _CLOSE if at >= 0 and stack[at][_M_STYLE] == mark[_M_STYLE] else _OPEN
        if role == _CLOSE:
            if at >= 0:
                opener = stack[at]
                _cut(stack, where, at)
                if not stack:
                    pairs.append((opener, mark))
            continue
        if at >= 0 and stack[at][_M_STYLE] == mark[_M_STYLE]:
            # the same kind cannot nest: the earlier mark was never closed
            opener = stack[at]
            _cut(stack, where, at)
            lost = -1 if at or text is None else _lost_close(text, opener, mark)
            if lost >= 0:
                pairs.append((opener, (lost, lost, family, _CLOSE, mark[_M_STYLE])))
        if own is None:
            own = where[family] = []
        own.append(len(stack))
        stack.append(mark)
    return pairs, (stack[0] if stack else None)


#: How far back from an opening mark the end of the sentence before it is looked for.
_LOST_CLOSE_REACH = 8


#: The label of a transcript's turn: a name in capitals and a colon (``PENCE:``).
_TURN_LABEL = LazyPattern(r"\p{Lu}[\p{Lu}.'\-]*+(?: \p{Lu}[\p{Lu}.'\-]*+){0,3}+:")


def _lost_close(text: str, opener: _Mark, mark: _Mark) -> int:
    """Where the quote that *opener* opens ends when its closing mark was lost
    at a paragraph break that is gone (a text run together on one line, or
    with `` | `` between paragraphs), or -1: both marks open a sentence (a
    sentence ends before them, or the text starts), and the quoted words end
    like a sentence, two words or more
    (``said Jo Lind. “We lost. “Next year...”``).

    >>> text = 'Jo Lind said. “We lost the cup. “Next year,” she said.'
    >>> marks = _marks(text, 0, len(text))
    >>> _lost_close(text, marks[0], marks[1]), text[:31]
    (31, 'Jo Lind said. “We lost the cup.')
    >>> text = 'She said “we lost the cup. “Next year,” she said.'
    >>> marks = _marks(text, 0, len(text))
    >>> _lost_close(text, marks[0], marks[1])
    -1
    """
    for start in (opener[_M_START], mark[_M_START]):
        before = text[max(0, start - _LOST_CLOSE_REACH) : start]
        if start and (not before[-1:].isspace() or before.rstrip(" \t|")[-1:] not in _SENTENCE_END):
            return -1
    start, end = _trimmed(text, opener[_M_END], mark[_M_START])
    while end > start and text[end - 1] in " \t|":
        end -= 1
    if text[end - 1 : end] not in _SENTENCE_END or not text[opener[_M_END]].isupper():
        return -1
    if _TURN_LABEL.match(text, start, end) is not None:
        return -1  # ('"PENCE: Well, ... "WALLACE: But': a transcript's turns, not one quote)
    return end if text.find(" ", start, end) > 0 else -1


def _cut(stack: list[_Mark], where: dict[str, list[int]], at: int) -> None:
    """Close the open marks from stack index *at* up (``del stack[at:]``)."""
    del stack[at:]
    for indexes in where.values():
        while indexes and indexes[-1] >= at:
            indexes.pop()


def _opens_with_mark(text: str, paragraph: Paragraph | None) -> bool:
    if paragraph is None:
        return False
    lo, hi = paragraph.span.start, paragraph.span.end
    match = QUOTE_MARK.match(text, lo, hi)
    if match is None or match.lastgroup == "run":
        return False
    mark = _classify(text, match.start(), match.end(), lo, hi)
    return mark is not None and mark[_M_ROLE] != _CLOSE


#: What ends a sentence before a quote that opens the next one.
_SENTENCE_END = frozenset(".!?")


def _opens_last_sentence(text: str, mark: _Mark, lo: int, hi: int) -> bool:
    """Whether the opening *mark*, never closed, quotes the paragraph's last sentences.

    ``"We won," he said. "Now we govern.`` with its closing mark lost: the
    mark opens a sentence (a sentence ends before it) and the paragraph ends
    like a sentence, so the quote runs to the paragraph's end.
    """
    start = mark[_M_START]
    if start <= lo or not text[start - 1].isspace():
        return False
    before = text[lo:start].rstrip()
    tail = text[mark[_M_END] : hi].rstrip()
    return before[-1:] in _SENTENCE_END and tail[-1:] in _SENTENCE_END and len(tail.split()) > 1


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """:func:`~newsstruct._blocks.trim`, with no slicing when there is nothing to trim."""
    if start < end and not text[start].isspace() and not text[end - 1].isspace():
        return start, end
    if start >= end:
        return end, end  # (what trim gives, without a slice)
    return trim(text, start, end)


def _next(paragraphs: Sequence[Paragraph], index: int) -> Paragraph | None:
    return paragraphs[index + 1] if index + 1 < len(paragraphs) else None


def _few_segments(
    text: str,
    paragraphs: Sequence[Paragraph],
    index: int,
    marks: list[_Mark],
    next_opens: bool | None,
) -> list[Segment] | None:
    """:func:`segments_in` for one mark, or two that pair or open twice (``None``: other marks).

    The outcome of :func:`_pair` and the repairs, read off the marks' roles
    with no stack (``tests/test_quotes.py`` checks it against them).
    """
    lo, hi = paragraphs[index].span.start, paragraphs[index].span.end
    first = marks[0]
    if first[_M_ROLE] == _CLOSE:
        if len(marks) == 1:
            return []  # a closing mark closes nothing
        return None
    if len(marks) == 2:
        second = marks[1]
        if first[_M_FAMILY] != second[_M_FAMILY]:
            return None
        role = second[_M_ROLE]
        same = first[_M_STYLE] == second[_M_STYLE]
        if role == _CLOSE or (role == _EITHER and same):
            # one pair
            start, end = _trimmed(text, first[_M_END], second[_M_START])
            if start < end:
                return [_new_segment((start, end, first[_M_START], second[_M_END], index, True))]
            return []
        if role != _OPEN or not same:
            return None
        # the same kind twice: the second is left open; if it does not run
        # on, it is dropped and the first is left open
        if next_opens is None:
            next_opens = _opens_with_mark(text, _next(paragraphs, index))
        if not next_opens:
            if first[_M_START] != lo:
                return []
            second = first
        first = second
    elif first[_M_START] != lo:
        # one opening mark, not at the paragraph's start: it runs on, ends the
        # paragraph or is dropped
        if next_opens is None:
            next_opens = _opens_with_mark(text, _next(paragraphs, index))
        if not next_opens and not _opens_last_sentence(text, first, lo, hi):
            return []
    start, end = _trimmed(text, first[_M_END], hi)
    if start < end:
        return [_new_segment((start, end, first[_M_START], end, index, False))]
    return []


def segments_in(
    text: str,
    paragraphs: Sequence[Paragraph],
    index: int,
    marks: list[_Mark] | None = None,
    next_opens: bool | None = None,
) -> list[Segment]:
    """The outermost quoted segments of ``paragraphs[index]``, in order.

    *marks* are the paragraph's :func:`_marks`, if known; *next_opens* tells
    whether the next paragraph opens with a mark (:func:`_opens_with_mark`),
    if known.
    """
    paragraph = paragraphs[index]
    lo, hi = paragraph.span.start, paragraph.span.end
    if marks is None:
        marks = _marks(text, lo, hi)
    if not marks:
        return []
    if len(marks) <= 2:
        few = _few_segments(text, paragraphs, index, marks, next_opens)
        if few is not None:
            return few
    return _paired_segments(text, paragraphs, index, marks, next_opens)


def _without_possessives(text: str, marks: list[_Mark]) -> list[_Mark]:
    """*marks* without the single closing marks that are the apostrophes of plural
    possessives (``'The workers' union is strong,' he said``).

    A single mark after an *s* and before a space and a lower-case word, between
    an opening single mark and another closing one with no single mark between
    them, is no closing mark: the later one closes the quote, unless it is shaped
    so too (``'yes' were counted and the rules' passage``: the first closes).  So
    is a mark that drops the *g* of an *-ing* word before a space and a word
    (``'his Keepin' It Real show'``).
    """
    drop: set[int] = set()
    singles = [i for i, mark in enumerate(marks) if mark[_M_FAMILY] == "s"]
    for before, at, after in zip(singles, singles[1:], singles[2:], strict=False):
        mark = marks[at]
        if (
            mark[_M_ROLE] == _CLOSE
            and marks[before][_M_ROLE] == _OPEN
            and marks[after][_M_ROLE] == _CLOSE
            and (_possessive_shaped(text, mark) or _dropped_g(text, mark))
            and not _possessive_shaped(text, marks[after])
        ):
            drop.add(at)
    if not drop:
        return marks
    return [mark for i, mark in enumerate(marks) if i not in drop]


#: The last letter of a plural whose possessive is a bare apostrophe (``workers'``).
_PLURAL_ENDS = frozenset("sS")


def _dropped_g(text: str, mark: _Mark) -> bool:
    """Whether *mark* ends a word of three letters or more in *in* before a space
    and a word (``Keepin' It``, ``nothin' but``)."""
    start, end = mark[_M_START], mark[_M_END]
    return (
        text[start - 2 : start] == "in"
        and text[start - 3 : start - 2].isalpha()
        and text[end : end + 1] == " "
        and text[end + 1 : end + 2].isalpha()
    )


def _possessive_shaped(text: str, mark: _Mark) -> bool:
    """Whether *mark* stands after an *s* and before a space and a lower-case word."""
    start, end = mark[_M_START], mark[_M_END]
    return (
        text[start - 1 : start] in _PLURAL_ENDS
        and text[end : end + 1] == " "
        and text[end + 1 : end + 2].islower()
    )


def _paired_segments(
    text: str,
    paragraphs: Sequence[Paragraph],
    index: int,
    marks: list[_Mark],
    next_opens: bool | None,
) -> list[Segment]:
    """:func:`segments_in` by :func:`_pair`, for any marks."""
    lo, hi = paragraphs[index].span.start, paragraphs[index].span.end
    marks = _without_possessives(text, marks)
    pairs, unclosed = _pair(marks, text)
    repairs = 0
    runs_on = False
    while unclosed is not None:
        if next_opens is None and unclosed[_M_START] != lo:
            next_opens = _opens_with_mark(text, _next(paragraphs, index))
        if unclosed[_M_START] == lo or next_opens or _opens_last_sentence(text, unclosed, lo, hi):
            runs_on = True
            break
        if repairs >= _MAX_REPAIRS or len(marks) > _MAX_REPAIRED_MARKS:
            break
        repairs += 1
        # (by offset, not identity: compiled with mypyc a mark is unboxed and boxed again)
        dropped = unclosed[_M_START]
        marks = [m for m in marks if m[_M_START] != dropped]
        pairs, unclosed = _pair(marks, text)
    result: list[Segment] = []
    for opener, closer in pairs:
        if runs_on and unclosed is not None and opener[_M_START] > unclosed[_M_START]:
            break
        start, end = _trimmed(text, opener[_M_END], closer[_M_START])
        if start < end:
            closed = closer[_M_START] < closer[_M_END]  # (an empty mark: its closing lost)
            result.append(
                _new_segment((start, end, opener[_M_START], closer[_M_END], index, closed))
            )
    if runs_on and unclosed is not None:
        result = [s for s in result if s.open_start < unclosed[_M_START]]
        start, end = _trimmed(text, unclosed[_M_END], hi)
        if start < end:
            result.append(Segment(start, end, unclosed[_M_START], end, index, False))
    return result


class _Packed(Sequence[Sequence[Segment]]):
    """Every paragraph's segments, packed five integers a segment in one array.

    A long text holds a segment in 40 bytes here instead of some 250 as a
    :class:`Segment`; ``packed[index]`` is a view of paragraph *index*'s
    segments that builds them when they are first read (its length costs
    nothing).
    """

    __slots__ = ("_bounds", "_flat")

    def __init__(self) -> None:
        self._flat = array("q")  # start, end, open_start, close_end, closed
        self._bounds = array("q", [0])  # index of each paragraph's first segment

    def add(self, found: Sequence[Segment]) -> None:
        """Append the next paragraph's segments."""
        if found:
            self._flat.extend(chain.from_iterable(map(_PACKED_FIELDS, found)))
        self._bounds.append(len(self._flat) // 5)

    def __len__(self) -> int:
        return len(self._bounds) - 1

    def size(self) -> int:
        """How many segments all the paragraphs hold."""
        return len(self._flat) // 5

    @overload
    def __getitem__(self, index: int) -> Sequence[Segment]: ...

    @overload
    def __getitem__(self, index: slice) -> list[Sequence[Segment]]: ...

    def __getitem__(self, index: int | slice) -> Sequence[Segment] | list[Sequence[Segment]]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        first, stop = self._bounds[index], self._bounds[index + 1]
        if first == stop:
            return []
        if stop - first == 1:
            # one segment (most paragraphs with a quote): built at once, with no view
            flat, at = self._flat, 5 * first
            fields = (flat[at], flat[at + 1], flat[at + 2], flat[at + 3], index, bool(flat[at + 4]))
            return [_new_segment(fields)]
        return _PackedParagraph(self._flat, first, stop, index)


#: The fields of a :class:`Segment` that :class:`_Packed` holds.
_PACKED_FIELDS = itemgetter(0, 1, 2, 3, 5)


class _PackedParagraph(Sequence[Segment]):
    """One paragraph's segments in a :class:`_Packed`, built when first read."""

    __slots__ = ("_built", "_first", "_flat", "_index", "_stop")

    def __init__(self, flat: array[int], first: int, stop: int, index: int) -> None:
        self._flat = flat
        self._first = first
        self._stop = stop
        self._index = index
        self._built: list[Segment] | None = None

    def __len__(self) -> int:
        return self._stop - self._first

    def _segments(self) -> list[Segment]:
        if self._built is None:
            fields = self._flat[5 * self._first : 5 * self._stop].tolist()
            self._built = list(
                map(
                    _new_segment,
                    zip(
                        fields[0::5],
                        fields[1::5],
                        fields[2::5],
                        fields[3::5],
                        repeat(self._index),
                        map(bool, fields[4::5]),
                    ),
                )
            )
        return self._built

    @overload
    def __getitem__(self, index: int) -> Segment: ...

    @overload
    def __getitem__(self, index: slice) -> list[Segment]: ...

    def __getitem__(self, index: int | slice) -> Segment | list[Segment]:
        return self._segments()[index]

    def __iter__(self) -> Iterator[Segment]:
        return iter(self._segments())


#: Texts longer than this hold their segments packed (:class:`_Packed`).
_PACK_ABOVE = 100_000


def _segments(text: str, paragraphs: Sequence[Paragraph]) -> Sequence[Sequence[Segment]]:
    """Every paragraph's segments (packed in a long text, to save memory).

    A short text is split at its marks once (:func:`_marks_by_paragraph`), a
    long one paragraph by paragraph.
    """
    if len(text) <= _PACK_ABOVE:
        by_paragraph = _marks_by_paragraph(text, paragraphs)
        result: list[list[Segment]] = []
        append = result.append
        last = len(by_paragraph) - 1
        closes = False  # whether a paragraph's first mark closes (for _closed_in_next)
        for i, marks in enumerate(by_paragraph):
            if not marks:
                append([])
                continue
            # the commonest cases of :func:`_few_segments`, inline: one pair; a
            # mark opening the paragraph, never closed; the same kind twice
            # before a paragraph that opens with a mark
            opener = marks[0]
            role = opener[_M_ROLE]
            runs_on: _Mark | None = None  # the mark whose quote runs to the paragraph's end
            if role == _CLOSE:
                closes = True
            elif len(marks) == 1:
                if opener[_M_START] == paragraphs[i].span.start:
                    runs_on = opener
            elif len(marks) == 2:
                second = marks[1]
                if second[_M_FAMILY] == opener[_M_FAMILY]:
                    same = second[_M_STYLE] == opener[_M_STYLE]
                    if second[_M_ROLE] == _CLOSE or (second[_M_ROLE] == _EITHER and same):
                        start, end = opener[_M_END], second[_M_START]
                        # (_trimmed(), inline when there is nothing to trim)
                        if start >= end or text[start].isspace() or text[end - 1].isspace():
                            start, end = _trimmed(text, start, end)
                        append(
                            [_new_segment((start, end, opener[_M_START], second[_M_END], i, True))]
                            if start < end
                            else []
                        )
                        continue
                    following = by_paragraph[i + 1] if i < last else []
                    if (
                        same
                        and second[_M_ROLE] == _OPEN
                        and following
                        and following[0][_M_START] == paragraphs[i + 1].span.start
                        and following[0][_M_ROLE] != _CLOSE
                    ):
                        runs_on = second
            if runs_on is not None:
                start, end = runs_on[_M_END], paragraphs[i].span.end
                # (_trimmed(), inline when there is nothing to trim)
                if start >= end or text[start].isspace() or text[end - 1].isspace():
                    start, end = _trimmed(text, start, end)
                append(
                    [_new_segment((start, end, runs_on[_M_START], end, i, False))]
                    if start < end
                    else []
                )
                continue
            # whether the next paragraph opens with a mark (:func:`_opens_with_mark`,
            # read from its marks)
            following = by_paragraph[i + 1] if i < last else []
            next_opens = (
                bool(following)
                and following[0][_M_START] == paragraphs[i + 1].span.start
                and following[0][_M_ROLE] != _CLOSE
            )
            few = _few_segments(text, paragraphs, i, marks, next_opens) if len(marks) <= 2 else None
            if few is None:
                few = _paired_segments(text, paragraphs, i, marks, next_opens)
            append(few)
        if closes:  # (else no quote is closed in the next paragraph)
            _closed_in_next(text, paragraphs, by_paragraph, result)
        return result
    packed = _Packed()
    held: list[Segment] | None = None  # the paragraph before, held for the next one
    held_marks: list[_Mark] = []
    for index, marks in enumerate(_marks_in_windows(text, paragraphs)):
        found = segments_in(text, paragraphs, index, marks) if marks else []
        if held is not None:
            if marks and held_marks and marks[0][_M_ROLE] == _CLOSE:
                # (else no quote of the paragraph before is closed in this one)
                pair = [held, found]
                _closed_in_next(text, paragraphs, [held_marks, marks], pair, index - 1)
                held, found = pair
            packed.add(held)
        held, held_marks = found, marks
    if held is not None:
        packed.add(held)
    return packed


def _marks_in_windows(text: str, paragraphs: Sequence[Paragraph]) -> Iterator[list[_Mark]]:
    """:func:`_marks` of each paragraph in turn, read by :func:`_marks_by_paragraph`
    a window of paragraphs at a time (some :data:`_PACK_ABOVE` characters, so
    that a long text's marks are never all held at once).

    A window holds paragraphs in text order that do not overlap; one out of
    order is a window of its own.
    """
    size = len(paragraphs)
    at = 0
    while at < size:
        lo, hi = paragraphs[at].span.start, paragraphs[at].span.end
        stop = at + 1
        while stop < size:
            span = paragraphs[stop].span
            if span.start < hi or span.end - lo > _PACK_ABOVE:
                break
            hi = span.end
            stop += 1
        if stop == at + 1:
            yield _marks(text, lo, hi)  # (a paragraph alone: split on its own)
        else:
            yield from _marks_by_paragraph(text, paragraphs[at:stop], (lo, hi))
        at = stop


def _closed_in_next(
    text: str,
    paragraphs: Sequence[Paragraph],
    by_paragraph: Sequence[Sequence[_Mark]],
    result: list[list[Segment]],
    first: int = 0,
) -> None:
    """A quote closed in the next paragraph, which does not open it again.

    ``Berg sagte: „Wir bleiben.`` then ``Das ist klar“, fügte er hinzu.``: the
    next paragraph's first mark closes (it can only close) a quote of the same
    kind that the paragraph before left open.  The open quote runs to the end
    of its paragraph, and the next paragraph's words up to the closing mark
    continue it.  Copy that opens the next paragraph again (``"We will.`` then
    ``"And soon," he said.``) is read as before; a few words on the next line
    (no blank line between) that close the quote are a credit inside the
    marks, not speech (``"...`` then ``Amy Pope, deputy adviser."``).
    *by_paragraph* and *result* may be those of ``paragraphs[first:]`` only.
    """
    for at in range(len(by_paragraph) - 1):
        i = first + at
        following = by_paragraph[at + 1]
        if not following or not by_paragraph[at] or following[0][_M_ROLE] != _CLOSE:
            continue
        closer = following[0]
        _, unclosed = _pair(by_paragraph[at])
        if unclosed is None or unclosed[_M_FAMILY] != closer[_M_FAMILY]:
            continue
        lo, hi = paragraphs[i + 1].span.start, closer[_M_START]
        start, end = _trimmed(text, lo, hi)
        if start >= end or text[end - 1] in _NOT_CONTINUED:
            continue
        if (
            "\n\n" not in text[paragraphs[i].span.end : lo]
            and text.count(" ", start, end) < _CREDIT_WORDS
            and text[start].isupper()
        ):
            continue  # "Amy Pope, deputy adviser." on the next line: a credit, not speech
        opened = unclosed[_M_START]
        if not any(segment.open_start == opened for segment in result[at]):
            begin, stop = _trimmed(text, unclosed[_M_END], paragraphs[i].span.end)
            if begin >= stop:
                continue
            kept = [segment for segment in result[at] if segment.open_start < opened]
            result[at] = [*kept, _new_segment((begin, stop, opened, stop, i, False))]
        result[at + 1] = [
            _new_segment((start, end, lo, closer[_M_END], i + 1, True)),
            *result[at + 1],
        ]


def _closed_on(segments: Sequence[Sequence[Segment]], found: dict[int, Attribution]) -> None:
    """The two parts of a quote closed in the next paragraph share their speaker.

    A part that :func:`_closed_in_next` found (it has no opening mark: its
    ``open_start`` is its ``start``) takes the speaker of the part before it
    in the paragraph before, or gives it its own.
    """
    if not found:
        return
    for index in range(1, len(segments)):
        part, before = segments[index], segments[index - 1]
        if not part or not before or part[0].open_start != part[0].start or before[-1].closed:
            continue
        rest, opener = part[0], before[-1]
        if rest.start not in found and opener.start in found:
            given = found[opener.start]
            found[rest.start] = Attribution(given.speaker, given.cue, "direct")
        elif opener.start not in found and rest.start in found:
            given = found[rest.start]
            found[opener.start] = Attribution(given.speaker, given.cue, "direct")


#: A continuation on the next line (no blank line between) of fewer words than
#: this is a credit line inside the marks (``"...\nAmy Pope, adviser."``).
_CREDIT_WORDS = 8
#: A continuation does not end with these before its closing mark (a mark
#: closing a nested quote or a parenthesis).
_NOT_CONTINUED = frozenset("([{")


def _quote(text: str, segment: Segment, found: Attribution | None, shared: dict[str, str]) -> Quote:
    """The :class:`Quote` of *segment*; *shared* gives one copy of each quoted text."""
    start = segment.start if found is None else label_end(text, segment.start, found)
    said = text[start : segment.end]
    return Quote(
        text=shared.setdefault(said, said),
        span=Span(start, segment.end),
        speaker=None if found is None else found.speaker,
        cue=None if found is None else found.cue,
        paragraph=segment.paragraph,
        kind="direct" if found is None else found.kind,
    )


#: Single marks that open a quote (``''`` and ``````  are double marks).
_SINGLE_OPENERS = frozenset("'`\u2018\u201a\u201b")
#: ... and the marks a segment in single marks may open with: a right mark too,
#: typed for a left one (``’Yes,’ he said``; ``id=’1234’`` in markup).
_SINGLE_OPENINGS = _SINGLE_OPENERS | {"\u2019"}
#: Two single marks that open a segment together are one double (NYT style).
_DOUBLED_SINGLES = frozenset({"''", "``", "\u2018\u2018", "\u2019\u2019", "\u201a\u201a"})


def _single_marked(text: str, segment: Segment) -> bool:
    """Whether *segment* is quoted in single marks (``'...'``, ``‘...’``)."""
    at = segment.open_start
    return text[at] in _SINGLE_OPENINGS and text[at : at + 2] not in _DOUBLED_SINGLES


def _house_style(
    text: str, segments: Sequence[Sequence[Segment]], found: dict[int, Attribution]
) -> None:
    """Drop the attributions of single-marked quotes in a text quoted in double marks.

    A text whose quotes are mostly in double marks (US and wire style) keeps
    single marks for quotes inside quotes, headlines, decks and subheads
    (``'A tough decision.'`` alone in its paragraph) and terms: a single-marked
    quote outside any double-marked one is none of its speech.  A text quoted
    mostly in single marks (British style) keeps them all.
    """
    if not found or not any(mark in text for mark in _SINGLE_OPENERS):
        return  # no single mark opens anything (the common case): nothing to drop
    singles = [s for part in segments for s in part if _single_marked(text, s)]
    if not singles or not any(s.start in found for s in singles):
        return
    total = sum(map(len, segments))
    if total - len(singles) <= len(singles):
        return  # single marks are the house style (or as common as double ones)
    for segment in singles:
        found.pop(segment.start, None)


#: Forms of *tell*: the words right after them are the listener.
_TELL = frozenset({"told", "tells", "tell", "telling"})


def _told_title(
    text: str, segments: Sequence[Sequence[Segment]], found: dict[int, Attribution]
) -> None:
    """``Fiorina told "Fox and Friends"``: a title right after *told* is the listener.

    *Tell* takes its listener before what is told, so a quoted segment in
    Title Case right after it (no colon or comma between) names a programme or
    a paper, not words said.
    """
    if not found or ("told" not in text and "tell" not in text):
        return
    for segment in _attributed(segments, found):
        before = text[max(0, segment.open_start - 12) : segment.open_start]
        if not before[-1:].isspace():
            continue
        words = before.split()
        if not words or words[-1].lower() not in _TELL:
            continue
        inner = text[segment.start : segment.end]
        if (
            inner[-1:] != "?"
            and len(inner.split()) <= _TITLE_MAX_WORDS
            and _title_case(inner.split())
        ):
            del found[segment.start]


def _attributed(
    segments: Sequence[Sequence[Segment]], found: dict[int, Attribution]
) -> Iterator[Segment]:
    """The quoted segments of *segments* that *found* attributes (read as they
    come: a segment dropped from *found* meanwhile is not yielded)."""
    for part in segments:
        for segment in part:
            if segment.start in found:
                yield segment


#: Longer quoted Title Case is no title.
_TITLE_MAX_WORDS = 12


def _set_off_title(
    text: str, segments: Sequence[Sequence[Segment]], found: dict[int, Attribution]
) -> None:
    """``a state report, "Homes for Victorians", released in March``: a title set off.

    A quoted segment in Title Case set off by commas right after a word for a
    titled work (:data:`TITLED_WORKS`) is the work's title, not words said by
    the sentence's speaker.
    """
    if not found:
        return
    for segment in _attributed(segments, found):
        before = text[max(0, segment.open_start - 16) : segment.open_start]
        if not before.endswith(", "):
            continue
        words = before[:-2].split()
        if not words or words[-1].lower() not in TITLED_WORKS:
            continue
        inner = text[segment.start : segment.end]
        set_off = inner.endswith(",") or text.startswith(",", segment.close_end)
        titled = inner.rstrip(",").split()
        if (
            set_off
            and inner[-1:] not in "?!"
            and len(titled) <= _TITLE_MAX_WORDS
            and _title_case(titled)
        ):
            del found[segment.start]


#: The words before a quote that may name the work it titles: a word, and after
#: a headline word a verb that gives its wording and a colon or comma
#: (``headline read: "``).
_WORK_BEFORE = LazyPattern(
    r"""(?<![\w'\u2019-])(?P<noun>\p{L}++)  # the work: newsletter, column, headline
        (?:[ ](?P<verb>read|reads|said|says|was))?+  # its wording, after a headline
        (?P<stop>[:,])?+[ ]\Z""",
    regex.VERBOSE,
)
#: A word for a headline right after a quote's closing mark (``the "Watergate" headline``).
_HEADLINE_AFTER = LazyPattern(r"[ ](?:headline|headlines|strapline)\b")
#: A headline has at most this many words.
_HEADLINE_MAX_WORDS = 20


def _work_title(
    text: str, segments: Sequence[Sequence[Segment]], found: dict[int, Attribution]
) -> None:
    """``writes the newsletter "Small Screen Weekly"``: a title right after its work.

    A quoted segment in Title Case right after a word for a titled work
    (:data:`TITLED_WORKS`: *column*, *newsletter*, *book*, *report*...) names
    the work even next to a cue (``who writes the weekly column "Mind Your
    Language," said``), and one that opens in capitals right after a word for a
    headline (:data:`HEADLINE_WORDS`), or after that word and *read*, *said* and
    a colon, is the headline, a question or a sentence too (``ran the headline
    "Is This the End?"``, ``The paper's headline read: "Lind Quits."``), and so
    is one right before such a word (``the "Watergate" headline``).
    """
    if not found:
        return
    for segment in _attributed(segments, found):
        if _HEADLINE_AFTER.match(text, segment.close_end, segment.close_end + 12):
            del found[segment.start]  # the "Watergate" headline: the headline's words
            continue
        before = text[max(0, segment.open_start - 24) : segment.open_start]
        if not before.endswith(" "):
            continue
        # (a match holds its last space and at most one more, before a verb: it
        # starts after the third space from the end, where the search starts;
        # the look-behind still reads the character before)
        last = before.rfind(" ", 0, len(before) - 1)
        match = _WORK_BEFORE.search(before, before.rfind(" ", 0, last) + 1 if last > 0 else 0)
        if match is None:
            continue
        noun = match["noun"].lower()
        if noun not in HEADLINE_WORDS and noun not in TITLED_WORKS:
            continue  # (most quotes: no work's word before them, nothing to read)
        inner = text[segment.start : segment.end]
        words = inner.rstrip(",.").split()
        if not inner[:1].isupper() or not words:
            continue
        if noun in HEADLINE_WORDS:
            if len(words) <= _HEADLINE_MAX_WORDS:
                del found[segment.start]
        elif (
            noun in TITLED_WORKS
            and match["verb"] is None
            and match["stop"] is None
            and inner[-1:] not in "?!"
            and len(words) <= _TITLE_MAX_WORDS
            and _title_case(words)
        ):
            del found[segment.start]


#: A relative clause right after a quote's closing mark, up to its subject
#: (``"skibidi," which Fairleigh said``, ``"tax reform," which he described``).
_RELATIVE_AFTER = LazyPattern(r",?+[ ](?:which|who|whom)[ ]")
#: The subject of such a clause starts at most this many characters after the mark.
_RELATIVE_REACH = 12


def _relative_antecedent(
    text: str, segments: Sequence[Sequence[Segment]], found: dict[int, Attribution]
) -> None:
    """``including "skibidi," which Fairleigh said had not shown "staying power"``: the
    quote a relative clause opens after is the clause's antecedent, not what the
    clause's subject says: a speaker who stands right after *which* or *who* there
    attributes the clause's own quotes, not that one."""
    if not found or ("which " not in text and "who" not in text):
        return
    for segment in _attributed(segments, found):
        after = segment.close_end + text.startswith(",", segment.close_end)
        if not text.startswith(" w", after):
            continue  # (most quotes: no "which" nor "who" after them, no search)
        match = _RELATIVE_AFTER.match(text, segment.close_end, segment.close_end + _RELATIVE_REACH)
        if match is not None and found[segment.start].speaker.span.start == match.end():
            del found[segment.start]


#: A quote after a colon reads as speech from this many words (or a sentence of two).
_COLON_MIN_WORDS = 5
#: The subject of the clause before the colon has at most this many words
#: (more: the words run on over its verb, ``The ministry issued a short note``).
_COLON_SUBJECT_WORDS = 4


def _after_colon(
    text: str,
    paragraphs: Sequence[Paragraph],
    segments: Sequence[Sequence[Segment]],
    found: dict[int, Attribution],
) -> None:
    """Attribute a sentence quoted right after a colon to the clause before the colon.

    ``A footnote in the report makes that clear: "These assessments do not
    apply..."`` quotes the footnote though no reporting verb introduces it; so
    does a paragraph that is only a quote after one ending with such a clause.
    The quote reads as speech (five words or more, or a capitalised sentence of
    two), is not in Title Case (``his book: "The Art of the Deal"``) and the
    clause has a subject of a few words.
    """
    if ":" not in text:
        return
    labels: _Labels | None = None  # (read when a label is first met)
    #: the paragraph last read, by index: read once for all its quotes after colons
    read: tuple[int, _Paragraph] | None = None
    for index, part in enumerate(segments):
        for si, segment in enumerate(part):
            if segment.start in found:
                continue
            lo = paragraphs[index].span.start
            # (the last character before the mark that is not a space, read back
            # over the spaces only: no slice from the paragraph's start per quote)
            at = segment.open_start
            while at > lo and text[at - 1].isspace():
                at -= 1
            colon_before = at > lo and text[at - 1] == ":"
            if not colon_before and (si or at > lo or not index):
                continue  # no colon right before it, nor at the end of the paragraph before
            if not _colon_candidate(text, segment):
                continue
            if colon_before:
                if si == 0:
                    labels = labels or _Labels(text, paragraphs, segments)
                    if names_no_one(labels, index):
                        continue  # 'Update: "..."': a note's label, no speaker
                if read is None or read[0] != index:
                    read = (index, _Paragraph(text, paragraphs[index], part))
                para = read[1]
                para.reset()  # (as if read anew for this quote)
                colon = para.quote_index[si] - 1
            elif si == 0 and at == lo and index > 0:
                previous = paragraphs[index - 1]
                if not text[previous.span.start : previous.span.end].rstrip().endswith(":"):
                    continue
                para = _Paragraph(text, previous, segments[index - 1])
                colon = len(para.texts) - 1
            else:
                continue
            if colon < 0 or para.texts[colon] != ":":
                continue
            if colon_before and colon > 0 and _found_writing(para, colon - 1):
                continue  # 'Police found a note which said: "..."': the note's words
            first = para.sentence_start(colon)
            subject = para.subject(first, colon) or para._np_forward(first, colon)
            after = -1 if subject is None else place_set_off(para, subject)
            if 0 <= after < colon:  # "Dayton, Ohio, a man on the line said:": the man
                subject = para.subject(after, colon)
            if subject is not None and subject[1] - subject[0] < _COLON_SUBJECT_WORDS:
                found[segment.start] = Attribution(para.speaker(*subject), None, "direct")


def _colon_candidate(text: str, segment: Segment) -> bool:
    inner = text[segment.start : segment.end]
    words = inner.split()
    if not inner[:1].isupper() or _title_case(words):
        return False
    return len(words) >= _COLON_MIN_WORDS or (len(words) >= 2 and inner[-1:] in ".!?")


#: At most this many characters stand between a quote and the next one that continues it.
_CONTINUED_GAP = 160


def _runs_on(
    text: str,
    paragraphs: Sequence[Paragraph],
    segments: Sequence[Sequence[Segment]],
    found: dict[int, Attribution],
) -> None:
    """A quote that runs on to the next paragraph is said by whoever says the rest.

    ``"We will build homes. ...`` (no closing mark), then ``"And we will make
    them affordable," Stone said.``: the first paragraph, without a cue of its
    own, is Stone's too.  The next paragraph opens with the same mark and the
    quote ends like a sentence (a quote nested in an excerpt, in other marks,
    is no continuation).  Read from the last paragraph back, so a quote over
    three paragraphs takes the speaker named in the third.
    """
    if not found:
        return
    for index in range(len(segments) - 2, -1, -1):
        part, after = segments[index], segments[index + 1]
        if not part or not after:
            continue
        last, rest = part[-1], after[0]
        if (
            last.closed
            or last.start in found
            or rest.open_start != paragraphs[index + 1].span.start
            or text[rest.open_start] != text[last.open_start]
            or text[last.start : last.end].rstrip()[-1:] not in _SENTENCE_END
        ):
            continue
        attribution = found.get(rest.start)
        if attribution is not None:
            found[last.start] = Attribution(attribution.speaker, attribution.cue, "direct")


def _lost_closes(segments: Sequence[Sequence[Segment]], found: dict[int, Attribution]) -> None:
    """A quote whose closing mark was lost where a paragraph break is gone
    (:func:`_lost_close`) is said by whoever says the quote after it, when a
    cue after that one names its speaker (``said Jo Lind. “We lost. “Next
    year,” said Al Roe.``: Al Roe's, as :func:`_runs_on` reads the paragraphs
    apart).  Read from the last quote back, so a quote over three paragraphs
    takes the speaker named in the third.
    """
    for part in segments:
        for at in range(len(part) - 2, -1, -1):
            lost, rest = part[at], part[at + 1]
            if lost.closed or lost.close_end != lost.end:
                continue
            attribution = found.get(rest.start)
            if attribution is not None and attribution.speaker.span.start > rest.start:
                found[lost.start] = Attribution(attribution.speaker, attribution.cue, "direct")


def _continued(
    text: str, segments: Sequence[Sequence[Segment]], found: dict[int, Attribution]
) -> None:
    """A sentence quoted right after a quote's attribution continues that quote.

    ``"We've got a common enemy," Burton told delegates. "Donald Trump."``: the
    second quote reads as a name or title on its own, but it is a sentence
    (it ends with ``.``, ``!`` or ``?`` inside the marks) that comes right
    after the sentence whose speaker said the first, in the same paragraph.
    """
    if len(found) < 1:
        return
    for part in segments:
        before: Segment | None = None
        for segment in part:
            last, before = before, segment
            if last is None or segment.start in found:
                continue
            previous = found.get(last.start)
            if previous is None:
                continue
            gap_start, gap_end = last.close_end, segment.open_start
            span = previous.speaker.span
            inner = text[segment.start : segment.end]
            if (
                gap_end - gap_start <= _CONTINUED_GAP
                and gap_start <= span.start
                and span.end <= gap_end
                and text[gap_start:gap_end].rstrip()[-1:] in _SENTENCE_END
                and inner[:1].isupper()
                and inner[-1:] in _SENTENCE_END
            ):
                found[segment.start] = Attribution(previous.speaker, previous.cue, "direct")


def quotes_in(
    text: str,
    paragraphs: Sequence[Paragraph],
    language: str | None = None,
    *,
    transcripts: bool = False,
) -> tuple[Quote, ...]:
    """Attributed quotes in *paragraphs* (spans into *text*), in order.

    *language* (ISO 639-1) picks the reader of speakers: German, French,
    Spanish, Italian, Portuguese, Dutch, Swedish, Norwegian and Danish have their own
    (:mod:`newsstruct._speakers_intl`), every other language is read as
    English.  With *transcripts*, the turns of a transcript without
    quotation marks are quotes too (:func:`~newsstruct._speakers.transcript_turns`).
    """
    return tuple(
        _all_quotes(
            text, paragraphs, attributed_only=True, language=language, transcripts=transcripts
        )
    )


#: The languages read as English whose speech may open a paragraph with a dash
#: and no quotation mark (``– Tämä on hyvä päivä, sanoo Liisa Korhonen.``).
_DASH_SPEECH = frozenset({"fi", "et"})


def _all_quotes(
    text: str,
    paragraphs: Sequence[Paragraph],
    *,
    attributed_only: bool = False,
    language: str | None = None,
    transcripts: bool = False,
) -> list[Quote]:
    flush = _unindented(text, paragraphs)
    if flush is not None:
        # the speakers read where its paragraphs start as the story set flush left
        said = _all_quotes(
            flush,
            paragraphs,
            attributed_only=attributed_only,
            language=language,
            transcripts=transcripts,
        )
        return [_read_back(text, flush, quote) for quote in said]
    try:
        upper = language not in INTL_LANGUAGES and _upper_cased(text)
        if upper or (language not in INTL_LANGUAGES and lower_cased(text)):
            # English names read from the same text with capitals, the quotes as written
            shadow = recased(text.lower() if upper else text)
            said = _all_quotes_of(
                shadow,
                paragraphs,
                attributed_only=attributed_only,
                language=language,
                transcripts=transcripts,
            )
            return [_as_written(text, shadow, quote, upper=upper) for quote in said]
        return _all_quotes_of(
            text,
            paragraphs,
            attributed_only=attributed_only,
            language=language,
            transcripts=transcripts,
        )
    finally:
        forget_text()  # (the speakers' per-text caches hold no caller's text past the call)


#: A lower-case letter: a text with fewer than one in this many characters is
#: read as written in capitals (as :func:`newsstruct._recase.lower_cased`
#: counts capitals).
_LOWER = LazyPattern(r"\p{Ll}")
_LOWERS_PER = 2000


def _upper_cased(text: str) -> bool:
    """Whether *text* is written (almost) all in capitals, as teletype wire copy
    was: under one lower-case letter in :data:`_LOWERS_PER` characters, and in
    lower case a text :func:`~newsstruct._recase.lower_cased` reads (of the
    same length, so that every offset holds).

    >>> _upper_cased('"WE WILL," JO LIND SAID ON MONDAY.'), _upper_cased('"We will," Jo Lind said.')
    (True, False)
    >>> _upper_cased("NO QUOTE HERE, JO LIND SAID."), _upper_cased('"2024"')
    (False, False)
    """
    allowed = len(text) // _LOWERS_PER
    for seen, _ in enumerate(_LOWER.finditer(text)):
        if seen >= allowed:
            return False
    lowered = text.lower()
    return len(lowered) == len(text) and lowered != text and lower_cased(lowered)


def _unindented(text: str, paragraphs: Sequence[Paragraph]) -> str | None:
    """*text* with the white space that indents its *paragraphs* (a tab, spaces,
    no-break spaces between a line break and a paragraph's first character)
    read as line breaks, at the same offsets; ``None`` when no paragraph is
    indented (most texts).

    The speakers' readers find where a paragraph starts at the line break
    before it, and test the words there (a surname that opens the paragraph is
    its subject; a name at a line's start ...): a story indented with a tab or
    with spaces (wire copy) gives the same speakers as the same story set
    flush left with blank lines between its paragraphs.

    >>> from newsstruct._model import Paragraph, Span
    >>> text = "\\tOne.\\n    Two.\\nThree.\\n"
    >>> spans = [(1, 5), (10, 14), (15, 21)]
    >>> _unindented(text, [Paragraph(text[a:b], Span(a, b)) for a, b in spans])
    '\\nOne.\\n\\n\\n\\n\\nTwo.\\nThree.\\n'
    >>> _unindented("One.\\n\\nTwo.", [Paragraph("One.", Span(0, 4))]) is None
    True
    """
    pieces: list[str] = []
    at = floor = 0
    for paragraph in paragraphs:
        start = paragraph.span.start
        # (the line break looked for back to the paragraph before only: linear)
        line = text.rfind("\n", floor, start) + 1
        before, floor = floor, max(floor, paragraph.span.end)
        if line == 0 and before > 0:
            continue  # (on the line of the paragraph before)
        if line < start and text[line:start].isspace():
            pieces += (text[at:line], "\n" * (start - line))
            at = start
    if not pieces:
        return None
    pieces.append(text[at:])
    return "".join(pieces)


def _read_back(text: str, flush: str, quote: Quote) -> Quote:
    """*quote*, read in *flush* (:func:`_unindented`), with its words and its
    speaker's mention read back from *text* at their spans."""
    speaker = quote.speaker
    if speaker is not None:
        start, end = speaker.span.start, speaker.span.end
        if flush[start:end] == speaker.mention:
            speaker = attrs.evolve(speaker, mention=text[start:end])
    start, end = quote.span.start, quote.span.end
    written = text[start:end] if flush[start:end] == quote.text else quote.text
    return attrs.evolve(quote, text=written, speaker=speaker)


def _as_written(text: str, shadow: str, quote: Quote, *, upper: bool = False) -> Quote:
    """*quote*, read in *shadow* (*text* recased), with the text as written:
    its words and mention read back at their spans, its name and role in lower
    case (in capitals for a text in capitals, *upper*)."""
    cased = str.upper if upper else str.lower
    speaker = quote.speaker
    if speaker is not None:
        start, end = speaker.span.start, speaker.span.end
        mention = speaker.mention
        speaker = attrs.evolve(
            speaker,
            name=cased(speaker.name),
            mention=text[start:end] if shadow[start:end] == mention else cased(mention),
            role=None if speaker.role is None else cased(speaker.role),
        )
    start, end = quote.span.start, quote.span.end
    return attrs.evolve(
        quote,
        text=text[start:end] if shadow[start:end] == quote.text else cased(quote.text),
        speaker=speaker,
        cue=None if quote.cue is None else cased(quote.cue),
    )


def _all_quotes_of(
    text: str,
    paragraphs: Sequence[Paragraph],
    *,
    attributed_only: bool = False,
    language: str | None = None,
    transcripts: bool = False,
) -> list[Quote]:
    if (
        not transcripts
        and language not in INTL_LANGUAGES
        and language not in _DASH_SPEECH
        and QUOTE_MARK_SPLIT_LITERAL.search(text) is None
    ):
        # no mark in the text: no paragraph has a segment, and only the
        # transcript turns and the other languages' dialogue dashes make quotes
        # without one
        return []
    segments = _segments(text, paragraphs)
    if language in INTL_LANGUAGES and not _reported_in_english(text, segments, language):
        return _quotes_intl(text, paragraphs, segments, language, attributed_only)
    if language in _DASH_SPEECH:
        from newsstruct._speakers_intl import dash_segments_other  # (such texts only)

        segments = dash_segments_other(text, paragraphs, segments, language)
    if not transcripts and not _any_segment(segments):
        return []  # marks, but no quote: nothing to attribute (a text of marks alone)
    found = attribute(text, paragraphs, segments)
    _house_style(text, segments, found[0])
    _told_title(text, segments, found[0])
    _set_off_title(text, segments, found[0])
    _work_title(text, segments, found[0])
    _relative_antecedent(text, segments, found[0])
    _after_colon(text, paragraphs, segments, found[0])
    _continued(text, segments, found[0])
    _runs_on(text, paragraphs, segments, found[0])
    _lost_closes(segments, found[0])
    _closed_on(segments, found[0])
    if found[0]:
        unspoken_signs(text, found[0])
    turns = dict(_turns(text, paragraphs, segments, found[0])) if transcripts else {}
    resolved = resolve_speakers(text, paragraphs, found)
    statement_issuers(text, paragraphs, resolved)
    if attributed_only and not resolved:
        return []  # no quote is attributed
    quotes: list[Quote] = []
    shared: dict[str, str] = {}  # a text quoted again is held once
    # the attributions are let go as the quotes are built, so that long
    # texts do not hold both at once
    for index in range(len(segments)):
        for segment in turns.get(index, segments[index]):
            attribution = resolved.pop(segment.start, None)
            if attribution is not None and attribution.speaker.name.lower() in PRO_DROP_VERBS:
                attribution = None  # '„...,“ uvedl.' with no one named before it
            if attribution is not None or not attributed_only:
                quotes.append(_quote(text, segment, attribution, shared))
    if language is not None and language != "en" and language not in INTL_LANGUAGES:
        # (a language read as English; not one of those with their own reading
        # whose quotes are reported in English: "a spokesman for Acme" stays)
        openers = _sentence_openers(text, quotes)
        if language == "tr":
            quotes = [_no_case_ending(quote) for quote in quotes]
        return [
            _name_from_first_name(_name_in_capitals(quote))
            for quote in (_no_opener_speaker(quote, openers) for quote in quotes)
            if quote.speaker is not None or not attributed_only
        ]
    return quotes


#: What may stand between a sentence's start and its first word: marks, dashes,
#: brackets and spaces (not a line break).
_CAPITALISED_NAME = regex.compile(r"(?<!\w)\p{Lu}\p{Ll}++(?!\w)")
_SENTENCE_LEAD = regex.compile(r"[ \t\u00a0\p{Pi}\p{Pf}\p{Pd}\p{Ps}\"'*]*+$")


def _sentence_openers(text: str, quotes: Sequence[Quote]) -> frozenset[str]:
    """The speakers' one-word names that *text* writes only to open a sentence.

    Read as English, another language's capitalised first word may be taken for
    a name (``Törende konuşan Bakan ...``, ``Новая станция ...``); a name is
    written elsewhere too (``Ahmet Yılmaz ... Yılmaz``), or is a first name.
    """
    names = {
        quote.speaker.name
        for quote in quotes
        if quote.speaker is not None
        and quote.speaker.name.isalpha()
        and quote.speaker.name[1:].islower()
        and quote.speaker.name[:1].isupper()
        and quote.speaker.name.lower() not in _KNOWN_FIRST_NAMES
    }
    inside: set[str] = set()  # the names written inside a sentence too
    if names:
        for match in _CAPITALISED_NAME.finditer(text):
            name = match.group()
            if name not in names or name in inside:
                continue
            start = match.start()
            before = text[max(0, start - 8) : start]
            head = before[: _SENTENCE_LEAD.search(before).start()]  # type: ignore[union-attr]
            if head[-1:] not in (".", "!", "?", ":", "\n") and not (not head and start <= 8):
                inside.add(name)  # written inside a sentence: a name
    openers = names - inside
    return frozenset(openers)


def _name_from_first_name(quote: Quote) -> Quote:
    """*quote* with its speaker's name started at its first name, when an office in
    capitals stands before it (``Prezes Związku Powiatów Marek Lewandowski``,
    ``Sağlık Bakanı Kemal Aydın``): the words before are the role, if none is
    known.  A first name last (``Kovács Gábor``) starts nothing."""
    speaker = quote.speaker
    if speaker is None:
        return quote
    words = speaker.name.split(" ")
    if len(words) < 3 or not all(word[:1].isupper() for word in words):
        return quote
    for at in range(1, len(words) - 1):
        if words[at].lower() in _KNOWN_FIRST_NAMES:
            break
    else:
        return quote
    role = speaker.role if speaker.role is not None else " ".join(words[:at])
    return attrs.evolve(quote, speaker=attrs.evolve(speaker, name=" ".join(words[at:]), role=role))


#: A Turkish name's case ending, set off by an apostrophe (``Yılmaz'a``, ``Demir'in``).
_CASE_ENDING = regex.compile(r"(?<=\w)['\u2019]\p{Ll}{1,5}+$")


def _no_case_ending(quote: Quote) -> Quote:
    """*quote* with its speaker's name without its Turkish case ending
    (``Ahmet Yılmaz'a göre`` is said by ``Ahmet Yılmaz``); the mention stays."""
    speaker = quote.speaker
    if speaker is None:
        return quote
    found = _CASE_ENDING.search(speaker.name)
    if found is None:
        return quote
    return attrs.evolve(quote, speaker=attrs.evolve(speaker, name=speaker.name[: found.start()]))


def _no_opener_speaker(quote: Quote, openers: frozenset[str]) -> Quote:
    """*quote* without a speaker whose name is one of *openers*: a pronoun
    mention stays as written, a quote with no cue loses its speaker."""
    speaker = quote.speaker
    if speaker is None or speaker.name not in openers:
        return quote
    if speaker.mention != speaker.name and speaker.mention[:1].islower():
        return attrs.evolve(quote, speaker=attrs.evolve(speaker, name=speaker.mention))
    return attrs.evolve(quote, speaker=None)


#: First names, never a sentence's opening word mistaken for a name.
_KNOWN_FIRST_NAMES = MALE_FIRST_NAMES | FEMALE_FIRST_NAMES | UNISEX_FIRST_NAMES

#: Lower-case particles inside a name (``Anwar bin Ibrahim``), before a capital.
_NAME_PARTICLES = frozenset({"bin", "binti", "ibn", "van", "von", "de", "al"})
_NAME_WORD = regex.compile(r"\S++")


def _name_in_capitals(quote: Quote) -> Quote:
    """*quote* with its speaker's name cut to its first run of capitalised words.

    Another language's copy read as English puts words the English reader does
    not know before and after the name (``– powiedział minister rozwoju Tomasz
    Nowak dziennikarzom w Sejmie``); the name is its capitalised words, and the
    mention ends with them.  A name with no capital (a pronoun) stays.  A name
    that opens with its own cue, capitalised at the sentence's start (``Podle Jana
    Dvořáka``, ``Menurut Budi``), starts after it.
    """
    speaker = quote.speaker
    if speaker is None:
        return quote
    cue = quote.cue
    if cue is not None and speaker.name.startswith(cue + " "):
        cut = len(cue) + 1
        mention = speaker.mention
        start = speaker.span.start
        if mention.startswith(cue + " "):
            mention, start = mention[cut:], start + cut
        speaker = attrs.evolve(
            speaker,
            name=speaker.name[cut:],
            mention=mention,
            span=Span(start, speaker.span.end),
        )
        quote = attrs.evolve(quote, speaker=speaker)
    if not any(word[:1].islower() for word in speaker.name.split()):
        return quote
    at = speaker.mention.find(speaker.name)
    if at < 0:
        return quote
    words = [
        (m.start(), m.end(), m.group().rstrip(",;:.")) for m in _NAME_WORD.finditer(speaker.name)
    ]
    run: list[tuple[int, int, str]] = []
    for index, (start, _end, word) in enumerate(words):
        if word[:1].isupper():
            run.append((start, start + len(word), word))
        elif (
            run
            and word in _NAME_PARTICLES
            and index + 1 < len(words)
            and words[index + 1][2][:1].isupper()
        ):
            continue
        elif run:
            break
    if not run:
        return quote
    first, last = run[0][0], run[-1][1]
    if (first, last) == (0, len(speaker.name)):
        return quote
    mention = speaker.mention[: at + last]
    return attrs.evolve(
        quote,
        speaker=attrs.evolve(
            speaker,
            name=speaker.name[first:last],
            mention=mention,
            span=Span(speaker.span.start, speaker.span.start + len(mention)),
        ),
    )


def _any_segment(segments: Sequence[Sequence[Segment]]) -> bool:
    """Whether a paragraph of *segments* holds one (packed: read off the array)."""
    if isinstance(segments, _Packed):
        return segments.size() > 0
    return any(segments)


def _turns(
    text: str,
    paragraphs: Sequence[Paragraph],
    segments: Sequence[Sequence[Segment]],
    found: dict[int, Attribution],
) -> list[tuple[int, tuple[Segment]]]:
    """The turns of a transcript without quotation marks (:func:`transcript_turns`),
    their speakers added to *found*: ``(paragraph index, (segment,))`` each."""
    turns = []
    for segment, attribution in transcript_turns(text, paragraphs, segments):
        found[segment.start] = attribution
        turns.append((segment.paragraph, (segment,)))
    return turns


#: The narration is read for its cues in at most this many characters.
_NARRATION_SAMPLE = 2000
#: English reporting verbs: a narration that holds more of them than of its
#: own language's cues is an English report quoting another language.
_ENGLISH_CUES = frozenset({"said", "says", "told", "added", "asked"})


def _reported_in_english(text: str, segments: Sequence[Sequence[Segment]], language: str) -> bool:
    """Whether the text outside the quotes reports them with English cues.

    ``"Le monde est grand," said Jean Dupont.`` reads as French as a whole, but
    its speakers are to be read in English: the narration holds ``said`` and
    no French cue.
    """
    pieces: list[str] = []
    size = at = 0
    for part in segments:
        for segment in part:
            pieces.append(text[at : segment.open_start])
            size += segment.open_start - at
            at = max(at, segment.close_end)
        if size > _NARRATION_SAMPLE:
            break
    else:
        pieces.append(text[at : at + _NARRATION_SAMPLE])
    words = " ".join(pieces).lower().split()
    english = sum(word.strip(_WORD_EDGES) in _ENGLISH_CUES for word in words)
    if not english:
        return False
    from newsstruct._speakers_intl import cue_words_intl  # (loaded for such texts only)

    own = cue_words_intl(language)
    return english > sum(word.strip(_WORD_EDGES) in own for word in words)


#: Punctuation stripped from a word's edges before it is looked up.
_WORD_EDGES = ".,;:!?()\"'\u2019\u201d\u201c\u00ab\u00bb\u2014\u2013-"


def _quotes_intl(
    text: str,
    paragraphs: Sequence[Paragraph],
    segments: Sequence[Sequence[Segment]],
    language: str,
    attributed_only: bool,
) -> list[Quote]:
    """:func:`_all_quotes` for a language :mod:`newsstruct._speakers_intl` reads."""
    from newsstruct._speakers_intl import attribute_intl, dialogue_segments  # (such texts only)

    segments = dialogue_segments(text, paragraphs, segments, language)
    found = attribute_intl(text, paragraphs, segments, language)
    _house_style(text, segments, found)  # (Lusa's 'hub' in a text quoted in « »)
    shared: dict[str, str] = {}
    return [
        _quote(text, segment, found.get(segment.start), shared)
        for part in segments
        for segment in part
        if not attributed_only or segment.start in found
    ]


def _paragraphs(text: str) -> list[Paragraph]:
    """The paragraphs of *text*, each read from after the dateline it may open
    with (``ISLAMABAD (AFP) - ...``), as :func:`~newsstruct.parse_article`
    reads its body: a dateline's place is no sentence's subject.

    >>> [p.text for p in _paragraphs("LONDON (Reuters) - Talks ended.\\n\\nMore talks.")]
    ['Talks ended.', 'More talks.']
    """
    from newsstruct._blocks import split_blocks
    from newsstruct._dateline import dateline_end

    paragraphs = []
    for block in split_blocks(text):
        start, end = block.start, block.end
        if text[start : start + 1].isupper():
            start = dateline_end(text, start, end)
        paragraphs.append(Paragraph(text[start:end], Span(start, end)))
    return paragraphs


def find_quotes(
    text: str, *, language: str | None = None, transcripts: bool = False
) -> tuple[Quote, ...]:
    """Attributed quotes in *text*, each with its speaker, in order.

    *text* is split into paragraphs first (blank lines, single lines or
    indented wire paragraphs).  ``Quote.text`` is the text inside the marks.
    *language* (an ISO 639-1 code) is the language to read speakers in:
    German, French, Spanish, Italian, Portuguese, Dutch, Swedish, Norwegian
    (``nb``) and Danish have their own cues,
    roles and pronouns, any other language is read as English (with its own
    reporting verbs: ``powiedział``, ``заявил``, ``kata``); ``None``
    detects it from the text, as :func:`~newsstruct.parse_article` does.  An
    unknown code raises :class:`~newsstruct.exceptions.UnknownLanguageError`,
    a *language* that is no ``str`` or a *transcripts* that is no ``bool``
    :class:`~newsstruct.exceptions.OptionError`, and a *text* that is no
    ``str`` :class:`~newsstruct.exceptions.InputTypeError`.
    With *transcripts*, the turns of a transcript printed without quotation
    marks (``KELL: I can.`` paragraph after paragraph) are quotes too, said
    by their labels (English only; see the docs for when a text is one).

    >>> from newsstruct import find_quotes
    >>> [(q.text, q.speaker.name, q.cue) for q in find_quotes(
    ...     '"We will," he said.\\n\\n'
    ...     'Ned Price, a State Department spokesman, said: "We are ready."'
    ... )]
    [('We will,', 'he', 'said'), ('We are ready.', 'Ned Price', 'said')]
    >>> [(q.text, q.kind) for q in find_quotes(
    ...     'Mr Lavrov said they have to cooperate "in spheres where interests collide".'
    ... )]
    [('in spheres where interests collide', 'partial')]
    >>> find_quotes("She watched “Saturday Night Live” and the so-called 'deal'.")
    ()
    >>> find_quotes("")
    ()
    >>> [(q.text, q.speaker.name, q.speaker.role) for q in find_quotes(
    ...     "« Nous ne céderons pas », a déclaré le ministre Jean Dupont.")]
    [('Nous ne céderons pas', 'Jean Dupont', 'ministre')]
    >>> [(q.text, q.speaker.name) for q in find_quotes("«Sí», dijo Sánchez.", language="es")]
    [('Sí', 'Sánchez')]

    Markdown is read around the words, as :func:`~newsstruct.parse_article`
    reads it (spans into *text*, names without the link's markup):

    >>> [(q.text, q.speaker.name, q.speaker.role) for q in find_quotes(
    ...     '> "We will act," said [Jo Lind](/people/jo), the chair.')]
    [('We will act,', 'Jo Lind', 'chair')]
    """
    text = check_text(text)
    flag: object = transcripts  # (a caller's mistake: anything but a bool)
    if flag is not True and flag is not False:
        Options(transcripts=cast(bool, flag))  # (raises OptionError: True or False)
    given = None if language is None else _language_of(text, language)

    def read(text: str, blocks: ReadBlocks) -> tuple[Quote, ...]:
        checked = given if language is not None else _language_of(text, None)
        if blocks is not None:  # (Markdown: its paragraphs as its view reads them)
            paragraphs = as_paragraphs(text, blocks)
            reader = partial(quotes_in, transcripts=transcripts)
            return guarded((), reader, text, paragraphs, checked)
        if transcripts:
            return guarded((), _quotes_with_turns, text, checked)
        return guarded((), _quotes_of, text, checked)

    return read_as_written(text, read)


def _language_of(text: str, language: str | None) -> str | None:
    """*language* checked (a caller's mistake raises), or the one *text* is written in."""
    if language is None:
        return guarded(None, detect_language, text)
    codes = Options(languages=(language,)).languages
    return None if codes is None else codes[0]


def _quotes_of(text: str, language: str | None = None) -> tuple[Quote, ...]:
    return quotes_in(text, _paragraphs(text), language)


def _quotes_with_turns(text: str, language: str | None = None) -> tuple[Quote, ...]:
    """:func:`_quotes_of` with the turns of a transcript without quotation marks."""
    return quotes_in(text, _paragraphs(text), language, transcripts=True)


def find_quoted_text(text: str, *, language: str | None = None) -> tuple[Quote, ...]:
    """Every quoted segment in *text*, attributed or not, in order.

    Scare quotes, titles and nicknames come back with ``speaker`` ``None``;
    quotes that :func:`find_quotes` attributes come back with their speaker.
    *language* is read as by :func:`find_quotes` (a code that is no ``str``
    raises :class:`~newsstruct.exceptions.OptionError`, an unknown one
    :class:`~newsstruct.exceptions.UnknownLanguageError`); a *text* that is no
    ``str`` raises :class:`~newsstruct.exceptions.InputTypeError`.

    >>> from newsstruct import find_quoted_text
    >>> [(q.text, q.speaker) for q in find_quoted_text("He goes by 'Shorty' at home.")]
    [('Shorty', None)]
    >>> [q.text for q in find_quoted_text("It's Russia's '60s rock 'n' roll, 5'11\\" tall.")]
    []
    >>> [q.text for q in find_quoted_text("« Oui », dit-il. „Ja“, sagte er.")]
    ['Oui', 'Ja']

    Markdown is read as by :func:`find_quotes`:

    >>> [(q.text, q.span) for q in find_quoted_text("# Talks\\n\\nThe **'deal'** is done.")]
    [('deal', Span(start=16, end=20))]
    """
    text = check_text(text)
    given = None if language is None else _language_of(text, language)

    def read(text: str, blocks: ReadBlocks) -> tuple[Quote, ...]:
        checked = given if language is not None else _language_of(text, None)
        if blocks is not None:  # (Markdown: its paragraphs as its view reads them)
            paragraphs = as_paragraphs(text, blocks)
            return guarded((), lambda: tuple(_all_quotes(text, paragraphs, language=checked)))
        return guarded((), _quoted_text_of, text, checked)

    return read_as_written(text, read)


def _quoted_text_of(text: str, language: str | None = None) -> tuple[Quote, ...]:
    return tuple(_all_quotes(text, _paragraphs(text), language=language))
