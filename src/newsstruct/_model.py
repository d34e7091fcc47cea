"""The frozen records that make up a parsed article.

Records are data: immutable, hashable, comparable, and serialisable with
:func:`attrs.asdict` as well as with :func:`newsstruct.to_dict`.  Every record
that comes from the text carries ``text`` and ``span`` such that
``article.text[el.span.start:el.span.end] == el.text``.

No ``from __future__ import annotations`` here: :func:`attrs.fields` keeps the
real types, which the serialisers read.
"""

import datetime
from collections.abc import Iterable

import attrs

from newsstruct.exceptions import SpanError


def _to_tuple(value: Iterable[object]) -> tuple[object, ...]:
    """Converter: store any iterable as a tuple so records stay hashable."""
    return tuple(value)


def _non_negative(instance: object, attribute: "attrs.Attribute[int]", value: int) -> None:
    """Validator: offsets are ints and never negative."""
    try:
        negative = value < 0
    except TypeError:
        raise SpanError(
            f"Span {attribute.name} must be an int offset, got {type(value).__name__}"
        ) from None
    if negative:
        raise SpanError(f"Span {attribute.name} must be >= 0, got {value}")


@attrs.frozen(order=True)
class Span:
    """A half-open character range ``[start, end)`` into the caller's text.

    >>> from newsstruct import Span
    >>> span = Span(4, 9)
    >>> "The quick fox"[span.start:span.end]
    'quick'
    >>> len(span)
    5
    >>> span.slice("The quick fox")
    'quick'
    >>> Span(5, 2)
    Traceback (most recent call last):
    ...
    newsstruct.exceptions.SpanError: Span end (2) is before its start (5): give start <= end
    """

    start: int = attrs.field(validator=_non_negative)
    end: int = attrs.field(validator=_non_negative)

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise SpanError(
                f"Span end ({self.end}) is before its start ({self.start}): give start <= end"
            )

    def __len__(self) -> int:
        return self.end - self.start

    def slice(self, text: str) -> str:
        """Return the part of *text* that this span covers."""
        return text[self.start : self.end]


@attrs.frozen
class Headline:
    """The article's headline (title), as written.

    >>> from newsstruct import parse_article
    >>> parse_article("Ports shut\\n\\nOSLO (NTB) - Rain fell.").headline
    Headline(text='Ports shut', span=Span(start=0, end=10))
    """

    text: str
    span: Span


@attrs.frozen
class Kicker:
    """A short label printed above a headline (``EXCLUSIVE``, ``ANALYSIS``...).

    >>> from newsstruct import parse_article
    >>> parse_article("EXCLUSIVE\\nPorts shut\\n\\nOSLO (NTB) - Rain fell.").kicker
    Kicker(text='EXCLUSIVE', span=Span(start=0, end=9))
    """

    text: str
    span: Span


@attrs.frozen
class Standfirst:
    """A summary paragraph set between headline and body (dek, subheadline).

    >>> from newsstruct import parse_article
    >>> article = parse_article(
    ...     "Ports shut\\n\\nA short summary of the whole story goes here in one sentence.\\n\\n"
    ...     "OSLO (NTB) - Rain fell."
    ... )
    >>> article.standfirst.text
    'A short summary of the whole story goes here in one sentence.'
    """

    text: str
    span: Span


@attrs.frozen
class Byline:
    """The author line; ``names`` lists the people credited, in order (desks and
    agencies are no names: ``By Reuters Staff`` alone is no byline).

    >>> from newsstruct import parse_byline
    >>> parse_byline("By Anna Weber and Tom Holt").names
    ('Anna Weber', 'Tom Holt')
    """

    text: str
    names: tuple[str, ...] = attrs.field(converter=_to_tuple)
    span: Span


@attrs.frozen
class Dateline:
    """The dateline that opens a wire story: place, agency and date.

    ``location``, ``agency`` and ``date_text`` are given as written (the agency
    without its brackets); ``date`` is ``date_text`` resolved to a calendar date,
    or ``None`` when the dateline has no date or it could not be resolved.

    >>> import datetime
    >>> from newsstruct import parse_dateline
    >>> dateline = parse_dateline(
    ...     "OSLO, May 2 (Reuters) - Rain fell.", reference_date=datetime.date(2025, 5, 3)
    ... )
    >>> dateline.location, dateline.agency, dateline.date_text, dateline.date
    ('OSLO', 'Reuters', 'May 2', datetime.date(2025, 5, 2))
    """

    text: str
    span: Span
    location: str | None = None
    agency: str | None = None
    date_text: str | None = None
    date: datetime.date | None = None


@attrs.frozen
class Caption:
    """A photo caption: ``text`` is the description without its credit.

    ``credit`` and ``credit_span`` are ``None`` when the caption names no credit.

    >>> from newsstruct import parse_caption
    >>> caption = parse_caption("Boats in the harbour at dawn. (Photo: Lars Berg/NTB)")
    >>> caption.text, caption.credit
    ('Boats in the harbour at dawn.', 'Lars Berg/NTB')
    """

    text: str
    span: Span
    credit: str | None = None
    credit_span: Span | None = None


@attrs.frozen
class Paragraph:
    """A paragraph of the article body, as written (hard wraps kept).

    >>> from newsstruct import parse_article
    >>> parse_article("Ports shut\\n\\nOSLO (NTB) - Rain fell.").paragraphs
    (Paragraph(text='Rain fell.', span=Span(start=25, end=35)),)
    """

    text: str
    span: Span


@attrs.frozen
class Subhead:
    """A subhead (crosshead) inside the body: a short heading between paragraphs.

    ``text`` is the heading's words as written, without its Markdown marks
    (``## What happens next`` gives ``What happens next``); ``paragraph`` is the
    index in ``Article.paragraphs`` of the first paragraph under it, which is
    the number of paragraphs before it (``len(article.paragraphs)`` when no
    paragraph follows it).  A subhead is never a paragraph.

    >>> from newsstruct import Subhead, Span
    >>> Subhead("What happens next", Span(40, 57), paragraph=2).paragraph
    2
    """

    text: str
    span: Span
    paragraph: int = 0


#: Set the fields of the frozen (slotted) records straight through their slots,
#: as ``object.__setattr__`` does (without looking the slot up by name).
_new = object.__new__
_set_start = Span.start.__set__  # type: ignore[attr-defined]
_set_end = Span.end.__set__  # type: ignore[attr-defined]
_set_text = Paragraph.text.__set__  # type: ignore[attr-defined]
_set_span = Paragraph.span.__set__  # type: ignore[attr-defined]


def paragraphs_at(text: str, bounds: Iterable[tuple[int, int]]) -> tuple[Paragraph, ...]:
    """``Paragraph(text[start:end], Span(start, end))`` for each ``(start, end)`` of *bounds*.

    For offsets known to be valid: built without the checks of :class:`Span`
    (the composer builds one per paragraph of every article, and its offsets
    come from the text), equal in every way to the records built the usual way.

    >>> from newsstruct._model import Paragraph, Span, paragraphs_at
    >>> text = "Ports shut. Talks end."
    >>> paragraphs_at(text, [(0, 11), (12, 22)]) == (
    ...     Paragraph("Ports shut.", Span(0, 11)), Paragraph("Talks end.", Span(12, 22)))
    True
    """
    paragraphs: list[Paragraph] = []
    append = paragraphs.append
    for start, end in bounds:
        span = _new(Span)
        _set_start(span, start)
        _set_end(span, end)
        paragraph = _new(Paragraph)
        _set_text(paragraph, text[start:end])
        _set_span(paragraph, span)
        append(paragraph)
    return tuple(paragraphs)


@attrs.frozen
class Speaker:
    """Who said a quote.

    ``mention`` is the words that name the speaker where the quote is
    attributed (``"he"``, ``"Mr Blinken"``) and ``span`` where they are;
    ``name`` is the canonical full name when the article gives one (titles and
    honorifics stripped), else the mention; ``role`` is the speaker's role as
    written in the article (``"US Secretary of State"``) when it gives one.

    >>> from newsstruct import find_quotes
    >>> find_quotes('"We are ready," Mayor Anna Weber said.')[0].speaker
    Speaker(name='Anna Weber', mention='Mayor Anna Weber', span=Span(start=16, end=32), role='Mayor')
    """

    name: str
    mention: str
    span: Span
    role: str | None = None


@attrs.frozen
class Quote:
    """A direct quote: the words inside the quotation marks (marks excluded).

    ``span`` covers ``text`` only.  ``cue`` is the verb or phrase that
    attributes it (``"said"``, ``"according to"``), ``paragraph`` the index of
    the paragraph where it starts: in ``Article.paragraphs``, or, from
    :func:`~newsstruct.find_quotes`, among the paragraphs of the text it was
    given.  ``kind`` is ``"direct"`` for a quoted
    utterance, ``"partial"`` for a quoted fragment inside indirect speech.
    ``speaker`` is set on every quote of ``Article.quotes`` and
    :func:`~newsstruct.find_quotes`, and ``None`` on the unattributed ones
    :func:`~newsstruct.find_quoted_text` adds; as the field is optional, a
    type checker (``mypy --strict``) asks you to test it before reading its name:

    >>> from newsstruct import find_quotes
    >>> quote = find_quotes('"We are ready," Mayor Anna Weber said.')[0]
    >>> quote.text, quote.cue, quote.kind
    ('We are ready,', 'said', 'direct')
    >>> quote.speaker.name if quote.speaker is not None else None
    'Anna Weber'
    """

    text: str
    span: Span
    speaker: Speaker | None = None
    cue: str | None = None
    paragraph: int = 0
    kind: str = "direct"


@attrs.frozen
class Boilerplate:
    """Text to drop: sign-offs, promos, copyright lines, share widgets...

    ``kind`` names what it is; the kinds are listed in the docs
    (``signoff``, ``promo``, ``copyright``, ``share``, ``credits``, ...).

    >>> from newsstruct import find_boilerplate
    >>> find_boilerplate("Rain fell.\\n\\n(c) 2025 Example News")
    (Boilerplate(text='(c) 2025 Example News', span=Span(start=12, end=33), kind='copyright'),)
    """

    text: str
    span: Span
    kind: str


@attrs.frozen
class Article:
    """A parsed article.  ``text`` is the input, unchanged.

    ``date`` is the article's news date: the dateline's when it has one, else
    the best evidence found in the text.  ``language`` is the language used to
    read dates (ISO 639-1), when known.  ``subheads`` are the headings inside
    the body, in text order (never among the paragraphs).  A part the text
    lacks is ``None`` (or an empty tuple), so test single parts before use:

    >>> from newsstruct import parse_article
    >>> article = parse_article("Ports shut\\n\\nOSLO (NTB) - Rain fell.")
    >>> article.headline.text if article.headline is not None else None
    'Ports shut'
    >>> article.byline is None, article.body
    (True, 'Rain fell.')
    """

    text: str
    headline: Headline | None = None
    byline: Byline | None = None
    dateline: Dateline | None = None
    captions: tuple[Caption, ...] = attrs.field(default=(), converter=_to_tuple)
    paragraphs: tuple[Paragraph, ...] = attrs.field(default=(), converter=_to_tuple)
    quotes: tuple[Quote, ...] = attrs.field(default=(), converter=_to_tuple)
    boilerplate: tuple[Boilerplate, ...] = attrs.field(default=(), converter=_to_tuple)
    date: datetime.date | None = None
    kicker: Kicker | None = None
    standfirst: Standfirst | None = None
    language: str | None = None
    subheads: tuple[Subhead, ...] = attrs.field(default=(), converter=_to_tuple)

    @property
    def body(self) -> str:
        """The body paragraphs joined by blank lines (hard wraps kept)."""
        return "\n\n".join(p.text for p in self.paragraphs)
