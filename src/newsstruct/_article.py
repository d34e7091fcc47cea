"""parse_article(): composes the part parsers into an :class:`Article`.

Data flows one way: text -> blocks (:mod:`newsstruct._blocks`) -> front matter
(headline, kicker, standfirst) -> per-block parts (boilerplate, captions,
byline, dateline) -> body paragraphs -> quotes -> news date.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from newsstruct._blocks import Block, split_blocks
from newsstruct._boilerplate import (
    RELEASE_TAIL_KEEPS,
    caption_widget,
    match_bio,
    match_boilerplate,
    phrase_anchors,
    release_blocks,
    release_wire,
    split_trailing_boilerplate,
)
from newsstruct._byline import (
    LEAD_WINDOW,
    byline_names,
    continue_byline,
    match_byline,
    match_byline_lead,
    match_unled_byline,
)
from newsstruct._caption import (
    bare_credit,
    caption_above,
    credit_above,
    match_caption,
    widget_credit,
)
from newsstruct._data.boilerplate import PICTURE_CREDIT_ROLES
from newsstruct._dateline import match_dateline, place_after_stamp
from newsstruct._dates import article_date
from newsstruct._guard import guarded as _part
from newsstruct._headline import FrontMatter, find_front_matter, linked_titles, related_titles
from newsstruct._model import (
    Article,
    Boilerplate,
    Byline,
    Caption,
    Dateline,
    Quote,
    Span,
    paragraphs_at,
)
from newsstruct._options import DEFAULT_OPTIONS, Options, check_text
from newsstruct._patterns import BYLINE_LEAD_WORDS
from newsstruct._quotes import quotes_in

#: At most this many sign-offs and credit lines are split off the last paragraph.
_MAX_GLUED = 3
#: A caption under a caption's page button has at most this many characters.
_MAX_WIDGET = 600
#: At most this many lines about the writers end a story.
_MAX_BIOS = 2
#: Boilerplate kinds under which sites list other stories' headlines.
_LIST_HEADINGS = frozenset({"promo", "related"})
#: At most this many blocks under a byline are joined to it (a role, a desk).
_MAX_BYLINE_LINES = 2
#: What stands between a time stamp and the place after it (spaces and a dash).
_STAMP_PLACE_DASH = " \t\u00a0-|\u2012\u2013\u2014\u2015\u2212"


def parse_article(
    text: str,
    *,
    reference_date: datetime.date | datetime.datetime | None = None,
    languages: Iterable[str] | None = None,
) -> Article:
    """Parse the plain text of a news article into its parts.

    *reference_date* is the day the story moved (a ``datetime.date`` or
    ``datetime.datetime``): a dateline date without a year resolves to the
    nearest such date not after it.  Without one, the year comes from evidence
    in the text.  *languages* (ISO 639-1 codes) says which languages to read
    dates in; by default the language is detected from the text.

    Raises :class:`~newsstruct.exceptions.InputTypeError` when *text* is not a
    ``str`` and :class:`~newsstruct.exceptions.OptionError` for a bad option;
    text it cannot read gives an :class:`Article` with empty parts.

    >>> from newsstruct import parse_article
    >>> article = parse_article(
    ...     "Storm shuts ports\\n\\n"
    ...     "LISBON (Reuters) - Ports closed on Monday, officials said.\\n\\n"
    ...     "Reuter"
    ... )
    >>> article.headline.text
    'Storm shuts ports'
    >>> article.dateline.location, article.dateline.agency
    ('LISBON', 'Reuters')
    >>> [p.text for p in article.paragraphs]
    ['Ports closed on Monday, officials said.']
    >>> [(b.text, b.kind) for b in article.boilerplate]
    [('Reuter', 'signoff')]
    >>> parse_article("").paragraphs
    ()

    Bylines, captions and boilerplate are kept out of the paragraphs:

    >>> from newsstruct import parse_article
    >>> article = parse_article(
    ...     "EXCLUSIVE-Chip maker plans plant\\n\\n"
    ...     "By Jane Doe and John Smith, Reuters\\n\\n"
    ...     "The plant site in Taichung. REUTERS/Ann Lee\\n\\n"
    ...     "TAIPEI (Reuters) - A chip maker plans a plant, sources said.\\n\\n"
    ...     "(Reporting by Jane Doe; Editing by Tom Lee)"
    ... )
    >>> article.kicker.text, article.headline.text
    ('EXCLUSIVE', 'Chip maker plans plant')
    >>> article.byline.names
    ('Jane Doe', 'John Smith')
    >>> [(c.text, c.credit) for c in article.captions]
    [('The plant site in Taichung.', 'REUTERS/Ann Lee')]
    >>> [p.text for p in article.paragraphs]
    ['A chip maker plans a plant, sources said.']
    >>> [b.kind for b in article.boilerplate]
    ['credits']
    """
    text = check_text(text)
    if reference_date is None and languages is None:
        return build_article(text, DEFAULT_OPTIONS)
    return build_article(text, Options(reference_date=reference_date, languages=languages))


def build_article(text: str, options: Options) -> Article:
    """Parse *text* (already checked) with *options*."""
    no_blocks: tuple[Block, ...] = ()
    blocks = _part(no_blocks, split_blocks, text)
    # the boilerplate phrases worth looking for in the blocks, looked for once
    anchors = _part(None, phrase_anchors, text, blocks)
    front = _part(FrontMatter(), find_front_matter, text, blocks, options, anchors)

    byline: Byline | None = None
    dateline: Dateline | None = None
    captions: list[Caption] = []
    boilerplate: list[Boilerplate] = []
    bodies: list[tuple[int, int]] = []

    byline_index = -1
    continued = 0  # blocks joined to the byline
    captioned = -2  # the index of the last block read as a caption
    # the datelines read so far (block (start, end) -> dateline or None)
    datelines = front.datelines
    # the boilerplate kinds, captions and bylines the front matter read, by block
    read = front.read
    kinds = read.kinds if read is not None else {}
    captions_read = read.captions if read is not None else {}
    bylines_read = read.bylines if read is not None else {}
    read_to = max(
        (key[0] for part in (kinds, captions_read, bylines_read) for key in part), default=-1
    )
    related_end = -1  # blocks before this index list other stories' headlines
    release_end = -1  # blocks before this index are a press release's furniture
    released = False  # True once NEWS PROVIDED BY is read: the text is a press release
    widget = -2  # the index of the last caption button (Enlarge this image, hide caption)
    widget_over = False  # ... and whether it stands over its caption
    widget_caption = -2  # the index of the last caption read under such a button
    for index, block in enumerate(blocks):
        if index in front.used:
            continue
        start, end = block.start, block.end
        if byline is not None and index == byline_index + 1 and continued < _MAX_BYLINE_LINES:
            longer = _part(None, continue_byline, text, byline, start, end)
            if longer is None and text.startswith(BYLINE_LEAD_WORDS, start):
                # the name again, with its By: Jane Doe / By Jane Doe (NZ Herald)
                again = _part(None, match_byline, text, start, end)
                if again is not None and again.names and again.names == byline.names:
                    whole = Span(byline.span.start, again.span.end)
                    longer = Byline(text[whole.start : whole.end], byline.names, whole)
            if longer is not None:
                byline = longer
                byline_index = index  # a role, then the desk: By Jane Doe / Reporter / Nation
                continued += 1
                continue
            if byline.names and not bodies:
                # a line about the writer under the byline (News24)
                bio = _part(None, match_bio, text, start, end, byline.names)
                if bio is not None:
                    boilerplate.append(bio)
                    byline_index = index
                    continued += 1
                    continue
        if index < related_end:
            boilerplate.append(Boilerplate(text[start:end], Span(start, end), "related"))
            continue
        key = (start, end) if start <= read_to else None  # a block the front matter read
        if key in kinds:
            kind = kinds[key]
            junk = None if kind is None else Boilerplate(text[start:end], Span(start, end), kind)
        else:
            junk = _part(None, match_boilerplate, text, start, end, anchors)
        if index < release_end:
            if junk is None or junk.kind not in RELEASE_TAIL_KEEPS:
                junk = Boilerplate(text[start:end], Span(start, end), "release")
        elif junk is not None and junk.kind == "release":
            if junk.text.startswith(("NEWS PROVIDED", "News provided")):
                released = True
            in_release = bool(bodies) and (
                released or (dateline is not None and release_wire(dateline.agency))
            )
            taken = _part(1, release_blocks, text, blocks, index, in_release)
            if taken:
                release_end = index + taken
            else:
                junk = None  # a sub-heading of the story
        if (
            junk is not None
            and junk.kind == "credits"
            and text.find("/", start, end) >= 0
            and bare_credit(_part(None, match_caption, text, start, end))
        ):
            junk = None  # a photographer's credit alone (Photographer: Jane Doe/Bloomberg)
        if junk is not None and junk.kind == "timestamp" and dateline is None and not bodies:
            # the place after the stamp: Published - Nov 4, 2025 8:30 pm IST - KOCHI
            placed = _part(None, place_after_stamp, text, start, end)
            if placed is not None:
                dateline = placed
                cut = len(text[start : placed.span.start].rstrip(_STAMP_PLACE_DASH))
                junk = Boilerplate(text[start : start + cut], Span(start, start + cut), "timestamp")
        if junk is not None:
            boilerplate.append(junk)
            if junk.kind == "page":
                place = caption_widget(junk.text)
                if place is not None:
                    widget, widget_over = index, place == "over"
            if junk.kind in _LIST_HEADINGS and not bodies and dateline is None:
                # headlines of other stories listed under it, above the dateline
                listed = _part(0, related_titles, text, blocks, index + 1, options, datelines)
                related_end = index + 1 + listed
            elif junk.kind in _LIST_HEADINGS and bodies and junk.text.endswith(":"):
                # under "Read more:" in or after the story
                related_end = index + 1 + _part(0, linked_titles, text, blocks, index + 1)
            continue
        if widget == index - 1 or widget_caption == index - 1:
            # by a caption's page buttons: its description, its credit
            credit = _part(None, widget_credit, text, start, end)
            if credit is not None and 0 <= widget_caption == captioned:
                # the credit under its caption: one caption (as a credit over it is)
                joined = _part(None, credit_above, credit, captions[-1])
                if joined is not None:
                    captions[-1] = joined
                    captioned = index
                    continue
            if credit is not None and widget == index - 1:
                # the credit again, under the buttons
                boilerplate.append(Boilerplate(text[start:end], Span(start, end), "page"))
                continue
            if (
                widget == index - 1
                and widget_over
                and credit is None
                and end - start <= _MAX_WIDGET
            ):
                # the caption under "Enlarge this image" (with a credit of its own, perhaps)
                found = _part(None, match_caption, text, start, end)
                captions.append(found or Caption(text[start:end], Span(start, end)))
                captioned = widget_caption = index
                continue
        if key in captions_read:
            caption = captions_read[key]
        else:
            caption = _part(None, match_caption, text, start, end)
        if caption is not None:
            if bodies and bare_credit(caption):
                # a credit on the line under its description: one caption
                above = blocks[index - 1]
                if bodies[-1] == (above.start, above.end):
                    joined = _part(None, caption_above, text, bodies[-1], caption, start)
                    if joined is not None:
                        bodies.pop()
                        caption = joined
            elif captions and caption.credit is None and captioned == index - 1:
                # a credit on the line over its description (web pages)
                joined = _part(None, credit_above, captions[-1], caption)
                if joined is not None:
                    captions.pop()
                    caption = joined
            captions.append(caption)
            captioned = index
            continue
        if not bodies:
            if byline is None and dateline is None:
                if key in bylines_read:
                    byline = bylines_read[key]
                else:
                    byline = _part(None, match_byline, text, start, end)
                if byline is None and front.headline is not None:
                    # below a headline, a name alone or with a desk or role
                    byline = _part(None, match_unled_byline, text, start, end)
                if byline is not None:
                    byline_index = index
                    continue
            if dateline is None:
                if (start, end) in datelines:
                    dateline = datelines[start, end]
                else:
                    dateline = _part(None, match_dateline, text, start, end, options)
                if dateline is not None:
                    start = _skip_space(text, dateline.span.end, end)
                    if start >= end:
                        continue
            if byline is None and text.find("=", start, start + LEAD_WINDOW) >= 0:
                # a byline that opens the story: (서울=연합뉴스) 김수연 기자 = ...
                lead = _part(None, match_byline_lead, text, start, end)
                if lead is not None:
                    byline, start = lead
                    start = _skip_space(text, start, end)
                    if start >= end:
                        continue
        bodies.append((start, end))

    del blocks  # not needed any more: its memory is the quotes' (large texts)

    # sign-offs and credit lines glued to the end of the last paragraph
    for _ in range(_MAX_GLUED):
        if not bodies:
            break
        start, end = bodies[-1]
        unglued: tuple[int, Boilerplate | None] = (end, None)
        new_end, glued = _part(unglued, split_trailing_boilerplate, text, start, end)
        if glued is None:
            break
        boilerplate.append(glued)
        if new_end > start:
            bodies[-1] = (start, new_end)
        else:
            bodies.pop()

    if byline is not None and byline.names:
        # a line about the writer at the end: Jane Doe covers energy for Reuters.
        for _ in range(_MAX_BIOS):
            if len(bodies) < 2:
                break
            start, end = bodies[-1]
            bio = _part(None, match_bio, text, start, end, byline.names)
            if bio is None:
                break
            boilerplate.append(bio)
            bodies.pop()

    if byline is None:
        byline = _part(None, _byline_from_credits, boilerplate)

    paragraphs = paragraphs_at(text, bodies)
    del bodies
    no_date: tuple[datetime.date | None, str | None] = (None, None)
    stamps = [junk.span for junk in boilerplate if junk.kind == "timestamp"]
    if byline is not None and any(map(str.isdigit, byline.text)):
        stamps.append(byline.span)  # a stamp in the byline: Jane Doe · Posted: Nov 4, 2025
    date, language = _part(no_date, article_date, text, dateline, captions, options, stamps)
    no_quotes: tuple[Quote, ...] = ()
    quotes = _part(no_quotes, quotes_in, text, paragraphs, language)
    ordered: tuple[Boilerplate, ...] = tuple(sorted(boilerplate, key=_by_start))
    return Article(
        text=text,
        headline=front.headline,
        byline=byline,
        dateline=dateline,
        captions=tuple(captions),
        paragraphs=paragraphs,
        quotes=quotes,
        boilerplate=ordered,
        date=date,
        kicker=front.kicker,
        standfirst=front.standfirst,
        language=language,
    )


def _byline_from_credits(boilerplate: list[Boilerplate]) -> Byline | None:
    """The byline read from a ``(Reporting by ...; Editing by ...)`` credit line."""
    for item in boilerplate:
        if item.kind != "credits":
            continue
        if item.text.lstrip("( \t").casefold().startswith(PICTURE_CREDIT_ROLES):
            continue  # Illustration by Jane Doe: not the writer
        names = byline_names(item.text)
        if names:
            return Byline(item.text, names, item.span)
    return None


def _by_start(item: Boilerplate) -> int:
    return item.span.start


def _skip_space(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos].isspace():
        pos += 1
    return pos
