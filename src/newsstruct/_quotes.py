"""Direct and partial quotes: quotation marks of every kind, cues, speakers.

How a quote is found, in three steps:

1. **Marks.**  Every candidate mark (``"``, ``“ ”``, ``''``/````````, ``‘ ’``,
   ``'``, ``« »``, ``„ “``, ``‚ ‘``...) is classed as opening, closing or
   either by the characters around it: an opening mark has no space after it
   and no letter or digit before it, a closing mark the other way round.
   Apostrophes inside words (``Russia's``, ``Ma'am``), elisions (``'60s``,
   ``rock 'n' roll``) and primes (``5'11"``) are never marks.  Marks pair up
   within one paragraph; a quote of another kind nested inside is part of
   the outer quote.  An opening mark that is never closed does not run past
   its paragraph: it is dropped (and the marks after it pair as if it were
   not there), unless it opens the paragraph or the next paragraph opens
   with a mark again (a quote over several paragraphs), in which case the
   quote runs to the end of its paragraph.
2. **Attribution.**  The paragraph is read with its quotes masked.  A quote is
   attributed by the cue and speaker next to it (``"...," he said``,
   ``"...," said Mr Blinken``, ``Ned Price, a spokesman, said: "..."``,
   ``according to X, "..."``), by a cue earlier in its sentence (a partial
   quote inside indirect speech: ``said Russia has to cooperate "in
   spheres..."``, kind ``"partial"``), by a cue later in its sentence, by the
   quote before it in the same paragraph, or, for a paragraph that is only a
   quote, by the last speaker of the paragraph before.
3. **Speakers** are resolved to canonical names by :mod:`newsstruct._speakers`.

A quote interrupted by its attribution (``"We will," he said, "and soon."``)
is returned as two :class:`Quote` records that share the speaker, one per
quoted segment, so that every span holds exactly the words inside one pair of
marks.

**The scare-quote rule.**  Quoted text that no cue attributes is not a quote:
titles, nicknames and terms (``“Saturday Night Live”``, ``goes by
"Shorty"``).  Even in a sentence with a cue, a short quoted fragment (four
words or fewer, no sentence punctuation inside) is a term and not a quote
when a term marker comes right before it (``so-called``, ``known as``,
``titled``, ``nicknamed``, ``film``...), when it is a title in Title Case (but not a
short sentence such as ``"We're America."``, nor a name a cue a few words
before gives: ``called Rubio "Little Marco"``) or one capitalised word after a
possessive (``NBC's "Today"``), or when it is a nickname
inside a name (``Robert C. "Bobby" Scott``).  A term someone uses
(``refused to say the words "radical Islam"``) is not a title: it is
attributed like any fragment.  A fragment after a naming verb (``called it a
"disaster"``, ``as a "killer"``) is attributed to that verb's subject.
:func:`find_quoted_text` returns every quoted segment, attributed or not.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import NamedTuple

from newsstruct._blocks import trim
from newsstruct._model import Paragraph, Quote, Span
from newsstruct._options import check_text
from newsstruct._patterns import QUOTE_ELISION, QUOTE_MARK, QUOTE_PRIME, SCAN_TIMEOUT
from newsstruct._speakers import Attribution, attribute, resolve_speakers

_OPEN = 1
_CLOSE = 2
_EITHER = 3

#: Mark text -> (family, default role).  Families pair only with themselves.
_MARKS: dict[str, tuple[str, int]] = {
    '"': ("d", _EITHER),
    "''": ("d", _EITHER),
    "``": ("d", _OPEN),
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
_SHAPED = frozenset("\u201c\u201d\u2018\u2019")
#: Characters after which a closing mark cannot stand (it would open).
_NO_CLOSE_BEFORE = frozenset("([{\u2014\u2013/")
#: Marks of one family but another style may nest (a curly quote inside a
#: straight one); marks of the same style never do.
_STYLE = {'"': "straight", "''": "nyt", "``": "nyt", "'": "straight", "`": "nyt"}
#: A paragraph longer than this is scanned with a ``timeout``.
_LONG_PARAGRAPH = 5000
#: At most this many unclosed marks are dropped and the paragraph re-paired.
_MAX_REPAIRS = 4


class _Mark(NamedTuple):
    start: int
    end: int
    family: str
    role: int
    style: str = ""


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


#: Record constructors without the Python-level ``NamedTuple.__new__`` (hot loops).
_new_mark = partial(tuple.__new__, _Mark)
_new_segment = partial(tuple.__new__, Segment)


def _classify(text: str, start: int, end: int, lo: int, hi: int) -> _Mark | None:
    """Class the mark ``text[start:end]`` of the paragraph ``[lo, hi)``."""
    mark = text[start:end]
    family, role = _MARKS[mark]
    prev = text[start - 1] if start > lo else " "
    nxt = text[end] if end < hi else " "
    if family == "s" and prev.isalnum() and nxt.isalnum():
        return None  # an apostrophe inside a word
    can_open = not nxt.isspace() and not prev.isalnum() and prev not in ".,;!?"
    can_close = not prev.isspace() and not nxt.isalnum() and prev not in _NO_CLOSE_BEFORE
    if family == "s":
        # every elision starts with a letter or digit after the mark
        if (
            nxt.isalnum()
            and QUOTE_ELISION.match(text, start, hi) is not None
            and (mark != "\u2018" or not can_open or text[end : end + 1].isdigit())
        ):
            return None
        if mark in "'`" or mark == "\u2019":
            if can_open and not can_close:
                role = _OPEN
            elif can_close and not can_open:
                role = _CLOSE
            elif mark != "\u2019":
                return None
        elif not can_open and not can_close:
            return None
    elif family == "d" and prev.isdigit() and mark in {'"', "''", "\u201d"}:
        match = QUOTE_PRIME.search(text, max(lo, start - 8), end)
        if match is not None and match.end() == end:
            return None  # inches
    if mark == ",,":
        if not can_open:
            return None
    elif mark in _SHAPED:
        if role == _OPEN and can_close and not can_open:
            role = _CLOSE
        elif role == _CLOSE and can_open and not can_close:
            role = _OPEN
    elif role == _EITHER:
        if can_open and not can_close:
            role = _OPEN
        elif can_close and not can_open:
            role = _CLOSE
    return _new_mark((start, end, family, role, _STYLE.get(mark, "curly")))


def _marks(text: str, lo: int, hi: int) -> list[_Mark]:
    """The marks of the paragraph ``text[lo:hi]``, classed, in order."""
    found: list[_Mark] = []
    append = found.append
    # the timeout is a safety net for long text; setting it costs more than
    # scanning a short paragraph
    timeout = SCAN_TIMEOUT if hi - lo > _LONG_PARAGRAPH else None
    for match in QUOTE_MARK.finditer(text, lo, hi, timeout=timeout):
        if match.lastgroup == "run":
            continue
        start, end = match.span()
        mark = _classify(text, start, end, lo, hi)
        if mark is not None:
            append(mark)
    return found


def _pair(marks: Sequence[_Mark]) -> tuple[list[tuple[_Mark, _Mark]], _Mark | None]:
    """Pair *marks*: outermost pairs, and the first opening mark left open."""
    stack: list[_Mark] = []
    pairs: list[tuple[_Mark, _Mark]] = []
    for mark in marks:
        at = len(stack) - 1
        while at >= 0 and stack[at].family != mark.family:
            at -= 1
        role = mark.role
        if role == _EITHER:
            role = _CLOSE if at >= 0 and stack[at].style == mark.style else _OPEN
        if role == _CLOSE:
            if at >= 0:
                opener = stack[at]
                del stack[at:]
                if not stack:
                    pairs.append((opener, mark))
            continue
        if at >= 0 and stack[at].style == mark.style:
            # the same kind cannot nest: the earlier mark was never closed
            del stack[at:]
        stack.append(mark)
    return pairs, (stack[0] if stack else None)


def _opens_with_mark(text: str, paragraph: Paragraph | None) -> bool:
    if paragraph is None:
        return False
    lo, hi = paragraph.span.start, paragraph.span.end
    match = QUOTE_MARK.match(text, lo, hi)
    if match is None or match.lastgroup == "run":
        return False
    mark = _classify(text, match.start(), match.end(), lo, hi)
    return mark is not None and mark.role != _CLOSE


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    return trim(text, start, end)


def segments_in(text: str, paragraphs: Sequence[Paragraph], index: int) -> list[Segment]:
    """The outermost quoted segments of ``paragraphs[index]``, in order."""
    paragraph = paragraphs[index]
    lo, hi = paragraph.span.start, paragraph.span.end
    marks = _marks(text, lo, hi)
    pairs, unclosed = _pair(marks)
    repairs = 0
    runs_on = False
    while unclosed is not None:
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        if unclosed.start == lo or _opens_with_mark(text, following):
            runs_on = True
            break
        if repairs >= _MAX_REPAIRS:
            break
        repairs += 1
        marks = [m for m in marks if m is not unclosed]
        pairs, unclosed = _pair(marks)
    result: list[Segment] = []
    for opener, closer in pairs:
        if runs_on and unclosed is not None and opener.start > unclosed.start:
            break
        start, end = _trimmed(text, opener.end, closer.start)
        if start < end:
            result.append(_new_segment((start, end, opener.start, closer.end, index, True)))
    if runs_on and unclosed is not None:
        result = [s for s in result if s.open_start < unclosed.start]
        start, end = _trimmed(text, unclosed.end, hi)
        if start < end:
            result.append(Segment(start, end, unclosed.start, end, index, False))
    return result


def _segments(text: str, paragraphs: Sequence[Paragraph]) -> list[list[Segment]]:
    return [segments_in(text, paragraphs, i) for i in range(len(paragraphs))]


def _quote(text: str, segment: Segment, found: Attribution | None) -> Quote:
    return Quote(
        text=text[segment.start : segment.end],
        span=Span(segment.start, segment.end),
        speaker=None if found is None else found.speaker,
        cue=None if found is None else found.cue,
        paragraph=segment.paragraph,
        kind="direct" if found is None else found.kind,
    )


def quotes_in(text: str, paragraphs: Sequence[Paragraph]) -> tuple[Quote, ...]:
    """Attributed quotes in *paragraphs* (spans into *text*), in order."""
    return tuple(_all_quotes(text, paragraphs, attributed_only=True))


def _all_quotes(
    text: str, paragraphs: Sequence[Paragraph], *, attributed_only: bool = False
) -> list[Quote]:
    segments = _segments(text, paragraphs)
    found = attribute(text, paragraphs, segments)
    resolved = resolve_speakers(text, paragraphs, found)
    quotes: list[Quote] = []
    # the segments and attributions are let go as the quotes are built, so
    # that long texts do not hold both at once
    for per_paragraph in segments:
        for segment in per_paragraph:
            attribution = resolved.pop(segment.start, None)
            if attribution is not None or not attributed_only:
                quotes.append(_quote(text, segment, attribution))
        per_paragraph.clear()
    return quotes


def _paragraphs(text: str) -> list[Paragraph]:
    from newsstruct._blocks import split_blocks

    return [Paragraph(b.text(text), Span(b.start, b.end)) for b in split_blocks(text)]


def find_quotes(text: str) -> tuple[Quote, ...]:
    """Attributed quotes in *text*, each with its speaker, in order.

    *text* is split into paragraphs first (blank lines, single lines or
    indented wire paragraphs).  ``Quote.text`` is the text inside the marks.

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
    """
    text = check_text(text)
    return quotes_in(text, _paragraphs(text))


def find_quoted_text(text: str) -> tuple[Quote, ...]:
    """Every quoted segment in *text*, attributed or not, in order.

    Scare quotes, titles and nicknames come back with ``speaker`` ``None``;
    quotes that :func:`find_quotes` attributes come back with their speaker.

    >>> from newsstruct import find_quoted_text
    >>> [(q.text, q.speaker) for q in find_quoted_text("He goes by 'Shorty' at home.")]
    [('Shorty', None)]
    >>> [q.text for q in find_quoted_text("It's Russia's '60s rock 'n' roll, 5'11\\" tall.")]
    []
    >>> [q.text for q in find_quoted_text("« Oui », dit-il. „Ja“, sagte er.")]
    ['Oui', 'Ja']
    """
    text = check_text(text)
    return tuple(_all_quotes(text, _paragraphs(text)))
