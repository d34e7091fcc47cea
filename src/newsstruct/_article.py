"""parse_article(): composes the part parsers into an :class:`Article`.

Data flows one way: text -> blocks (:mod:`newsstruct._blocks`) -> front matter
(headline, kicker, standfirst; or a database export's furniture,
:mod:`newsstruct._exports`) -> per-block parts (boilerplate, captions,
byline, dateline) -> body paragraphs -> quotes -> news date.
"""

from __future__ import annotations

import datetime
import operator
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from functools import partial

import attrs

from newsstruct._blocks import Block, layout_view, split_blocks, tag_lines_view, unwrapped
from newsstruct._boilerplate import (
    RELEASE_TAIL_KEEPS,
    SIGNATURE_DASHES,
    aligned_tables,
    author_card,
    boilerplate_kind,
    caption_widget,
    contents_lists,
    credits_block,
    forum_thread,
    live_times,
    match_author_note,
    match_bio,
    match_boilerplate,
    match_data,
    match_footer,
    match_newsletter_signoff,
    match_role_signature,
    match_signature,
    match_tagline,
    no_boilerplate,
    participant_names,
    participants_lists,
    phrase_anchors,
    plain_block,
    pull_quotes,
    release_blocks,
    release_end_mark,
    release_wire,
    results_rows,
    review_facts,
    score_summaries,
    signs_post,
    split_trailing_boilerplate,
    split_trailing_jump,
)
from newsstruct._byline import (
    BYLINE_JOINERS,
    DOTTED_LEADS,
    LEAD_WINDOW,
    byline_names,
    continue_byline,
    lone_lead,
    match_byline,
    match_byline_lead,
    match_dotted_lead,
    match_unled_byline,
    names_under_lead,
    outlet_named,
    reporter_title,
    split_stamp,
)
from newsstruct._caption import (
    CAPTION_GATE_FIRSTS,
    bare_credit,
    caption_above,
    caption_gate,
    caption_goes_on,
    caption_over_story,
    credit_above,
    dated_caption_sentence,
    description_under,
    lead_caption,
    match_caption,
    next_line,
    no_caption,
    uncredited_captions,
    widget_credit,
)
from newsstruct._crlf import as_crlf, lf_twin
from newsstruct._data.boilerplate import (
    ONE_LINK_HEADINGS,
    PICTURE_CREDIT_ROLES,
    PRESS_OFFICES,
    REGULATORY_NOTES,
    RELEASE_KIND_LABELS,
    RELEASE_STAMP_LABELS,
    SCRIPT_CUE_LABELS,
    SPONSOR_LABELS,
)
from newsstruct._data.desks import STAFF_CREDITS
from newsstruct._data.outlets import is_outlet
from newsstruct._data.scraped import (
    HIGHLIGHT_MARK,
    LEAD_LABEL,
    NEWLINE_TOKEN,
    RECORD_DOCUMENT_HINT,
)
from newsstruct._dateline import (
    match_dateline,
    place_after_stamp,
    place_alone,
    place_and_agency,
    place_and_iso_date,
    place_before_stamp,
    place_comma_date,
    stacked_dateline,
)
from newsstruct._dates import article_date, parse_date
from newsstruct._exports import (
    EXPORT,
    Export,
    csv_record_view,
    export_byline,
    export_front,
    glued_title_view,
    labelled_dateline,
    page_furniture,
    read_export,
    sgml_date,
    sgml_view,
)
from newsstruct._guard import guarded as _part
from newsstruct._headline import (
    FrontMatter,
    closing_titles,
    find_front_matter,
    inset_titles,
    linked_titles,
    related_titles,
    review_furniture,
    source_credit,
)
from newsstruct._markdown import (
    as_sliced,
    as_written,
    definition_lines,
    heading_lines,
    link_lines,
    metadata_lines,
    read_markdown,
    table_lines,
    view_blocks,
)
from newsstruct._model import (
    Article,
    Boilerplate,
    Byline,
    Caption,
    Dateline,
    Quote,
    Span,
    Subhead,
    paragraphs_at,
)
from newsstruct._options import DEFAULT_OPTIONS, Options, check_text, merge_options
from newsstruct._patterns import (
    BOILERPLATE_SOURCE_WITH,
    BRACKET_TOKEN_HINT,
    BYLINE_LEAD_WORDS,
    SGML_FIELD_CLOSE,
    VIDEO_BUTTON_TITLE,
    VIDEO_LENGTH,
)
from newsstruct._quotes import quotes_in
from newsstruct._scraped import (
    LYNX_REFERENCES_LINE,
    bracket_tokens_view,
    lead_repeats,
    lynx_view,
    read_header,
    record_highlights,
    record_view,
    titled,
    truncation_view,
    with_header,
)
from newsstruct._subheads import (
    crossheads,
    letter_heading,
    post_heads,
    speaker_heads,
    subheads_at,
    turn_labels,
)

#: At most this many sign-offs and credit lines are split off the last paragraph.
_MAX_GLUED = 3
#: A page reference glued to a paragraph ends in one of these (``A6.``, ``4A``, ``Page A12``).
_DIGITS = frozenset("0123456789")
#: A caption under a caption's page button has at most this many characters.
_MAX_WIDGET = 600
#: At most this many lines about the writers end a story.
_MAX_BIOS = 2
#: Boilerplate kinds under which sites list other stories' headlines.
_LIST_HEADINGS = frozenset({"promo", "related"})
#: The kinds of a release closing the line with its issuer (``European
#: Commission - Press release``): the text is a press release.
_RELEASE_STAMPS = tuple(f" {label}" for label in RELEASE_STAMP_LABELS)
#: A parliament's record with labels over its turns has more than this many
#: blocks of body (three labels and their turns).
_MIN_TURN_BODIES = 5
#: The note closing a UN meetings coverage release (case folded).
_MEDIA_NOTE = "for information media"
#: The openings of a listed company's legal notices, printed by its releases
#: alone (case folded): the text under one is a release.
_ISSUER_NOTES = tuple(note.casefold() for note in REGULATORY_NOTES)
#: The kinds of furniture a page prints between the byline and the story (a
#: stamp, a button): the place alone and a line about the writer may follow them.
_UNDER_BYLINE = frozenset({"timestamp", "page"})
#: The page's tags under the story: this many lines at least and at most, and
#: the small words they may hold (``Crime and Public Safety``).
_MIN_END_TAGS = 2
_MAX_END_TAGS = 12
_TAG_JOINERS = frozenset({"and", "of", "the", "&", "in", "for"})
#: An outlet's name alone that closes the text has at most this many characters.
_MAX_OUTLET_AT_END = 60
#: A page's tag on the line under the byline's stamp (``Fairfax County``,
#: ``FOX 5 DC``) has at most this many characters and words.
_MAX_STAMP_TAG = 40
_MAX_STAMP_TAG_WORDS = 4
#: At most this many blocks under a byline are joined to it (a role, a desk).
_MAX_BYLINE_LINES = 2
#: What may close a picture credit alone: ``(Foto: EFE)``.
_CREDIT_CLOSE = ")]."
#: A story ends with a note on its writer only when it has this many paragraphs.
_MIN_NOTED = 3
#: A line of a reader's signature (the name, the town) has at most this many characters.
_MAX_SIGNATURE_LINE = 60
#: A block at most this long that :meth:`_Walk.read_all` made body at once makes
#: the same block met again body with no test (a text of one short line repeated).
_MAX_SEEN_BODY = 24
#: A newsletter's sign-off (its closing words, the name) is among this many blocks
#: before the last (the small print and the links under it).
_NEWSLETTER_SIGNOFF_REACH = 6
#: A photo's credit alone on its line (``Getty Images``, ``Jane Doe/BBC``) has at
#: most this many characters, and the description under it at most these.
_MAX_CREDIT_LINE = 60
_MAX_UNDER_CREDIT_LINE = 300
#: The kinds of a credit alone that may be the lead picture's (``Foto: dpa``, ``© AFP``),
#: and its most characters.
_LEAD_CREDIT_KINDS = frozenset({"credits", "copyright"})
_MAX_LEAD_CREDIT = 60
#: Blocks of the page's furniture that may stand between the lead picture and the story.
_MAX_FURNITURE_UNDER_PICTURE = 2
#: A video player's button with the video's title has at most this many characters.
_MAX_VIDEO_BUTTON = 260
#: A video's label and length (``VIDEO 03:12``) has at most this many characters,
#: and the title under it at most this many.
_MAX_VIDEO_LABEL = 24
_MAX_VIDEO_TITLE = 160
#: The labels before a video's length, case folded.
_VIDEO_LABELS = frozenset({"video", "watch video", "play video"})
#: What closes a sentence (a video's title under its length closes with none).
_SENTENCE_CLOSES = frozenset('.!?"\u201d')
#: The closing quotation marks of a video's title in its player's button.
_QUOTE_CLOSES = frozenset("'\u2019\"\u201d")
#: An author box's ``Written by`` line (both the same length), the bio under it
#: at most this long, among this many last blocks of the text.
_WRITTEN_BY = ("Written by ", "WRITTEN BY ")
_MAX_AUTHOR_BIO = 250
_AUTHOR_BOX_REACH = 3
#: What ends a body paragraph's last sentence (and no caption under its credit).
_SENTENCE_STOPS = frozenset(".!?:;\"'\u201d\u2019)")
#: No block is Markdown furniture (plain text).
_NO_FURNITURE: Mapping[int, str] = {}
#: A part's start (a sort key, read in C).
_BY_START = operator.attrgetter("span.start")
#: What stands between a time stamp and the place after it (spaces and a dash).
_STAMP_PLACE_DASH = " \t\u00a0-|\u2012\u2013\u2014\u2015\u2212"


def parse_article(
    text: str,
    *,
    reference_date: datetime.date | datetime.datetime | None = None,
    languages: Iterable[str] | None = None,
    transcripts: bool = False,
    headline: bool = True,
    quotes: bool = True,
    options: Options | None = None,
) -> Article:
    """Parse the plain text of a news article into its parts.

    *reference_date* is the day the story moved (a ``datetime.date`` or
    ``datetime.datetime``): a dateline date without a year resolves to the
    nearest such date not after it.  Without one, the year comes from evidence
    in the text.  *languages* (ISO 639-1 codes) says which languages to read
    dates in; one code alone is also the article's language, the one its
    quotes are read in (a short text may not tell it itself); with several,
    the language is told from the text among them; by default it is detected
    from the text.  With
    *transcripts*, the turns of a transcript printed without quotation marks
    (``KELL: I can.`` paragraph after paragraph) are quotes too, said by their
    labels (see :func:`~newsstruct.find_quotes`).  ``headline=False`` says the
    text holds no headline, only the story's body (as many corpora keep it):
    its first lines are then never read as headline, kicker or standfirst.
    ``quotes=False`` skips the quotes and their speakers, the costliest part
    (``Article.quotes`` is empty; the other parts are the same).
    *options* (an :class:`~newsstruct.Options`) gives all these at once, to
    keep and reuse; pass it or the separate keywords, not both.

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

    A text with ``\\r\\n`` line ends gives the parts of its twin with ``\\n``
    ones; the spans index *text* as given (a span never cuts a ``\\r\\n`` in
    half) and each part's text keeps its ``\\r\\n`` as written:

    >>> from newsstruct import parse_article
    >>> text = "Storm shuts ports\\r\\n\\r\\nLISBON (Reuters) - Ports closed.\\r\\n\\r\\nShips waited.\\r\\n"
    >>> [(p.text, p.span) for p in parse_article(text).paragraphs]
    [('Ports closed.', Span(start=40, end=53)), ('Ships waited.', Span(start=57, end=70))]
    """
    text = check_text(text)
    if (
        options is None
        and reference_date is None
        and languages is None
        and transcripts is False
        and headline is True
        and quotes is True
    ):
        return build_article(text, DEFAULT_OPTIONS)
    return build_article(
        text, merge_options(options, reference_date, languages, transcripts, headline, quotes)
    )


def build_article(text: str, options: Options) -> Article:
    """Parse *text* (already checked) with *options*.

    A text with ``\\r\\n`` line ends is parsed as its twin with ``\\n`` ones,
    every span mapped back to *text* and every part's text read from it
    (:mod:`newsstruct._crlf`).
    """
    twin = lf_twin(text)
    if twin is None:
        return _build_article(text, options)
    lf, breaks = twin
    return as_crlf(_build_article(lf, options), lf, breaks, text)


def _build_article(text: str, options: Options) -> Article:
    """Parse *text* (already checked) with *options*.

    A text whose layout has accidents (a line break written ``\\r`` alone, a
    no-break space, a zero-width space: :func:`layout_view`) is read in its
    layout view, its blocks split on the text as written, and every part's
    text read again from *text* at its span.  A Markdown text is read in its
    view with the markup blanked (:mod:`newsstruct._markdown`), its blocks split
    on the text as written.
    """
    view = _part(None, layout_view, text)
    layout = text
    if WIRE_CONTROLS[0] in text or WIRE_CONTROLS[1] in text:
        # the wire's start and end of text (STX, ETX: Reuters-21578's ``&#2;``,
        # ``&#3;`` as data sets decode them) read as spaces
        view, layout = _wire_controls(view or text), _wire_controls(text)
    if BRACKET_TOKEN_HINT.search(text) is not None:
        # a tokenizer's bracket tokens (-lrb- cnn -rrb-) read as brackets
        tokens = _part(None, bracket_tokens_view, view or text)
        if tokens is not None:
            view = tokens
    notes: tuple[Boilerplate, ...] = ()
    if "chars]" in text:
        # a news API's note that it cut the content short, furniture after the cut
        # (found in the layout view, the notes read from the text as written)
        cut = _part(None, truncation_view, view or text)
        if cut is not None:
            view, found = cut
            notes = tuple(attrs.evolve(n, text=text[n.span.start : n.span.end]) for n in found)
            layout = _blanked(layout, notes)
    if notes:
        cut_read = _header_read(view or text, layout, options)
        cut_written = _part(None, as_sliced, cut_read, view or text, text)
        if cut_written is not None:
            junk = (*cut_written.boilerplate, *notes)
            junk = tuple(sorted(junk, key=operator.attrgetter("span.start")))
            return attrs.evolve(cut_written, boilerplate=junk)
    if LYNX_REFERENCES_LINE in text or (view is not None and LYNX_REFERENCES_LINE in view):
        # a text-mode browser's dump: read without its links' numbers and list
        # (found in its layout view: its lines may end in \r or U+2028)
        lynx = _part(None, lynx_view, view or text)
        if lynx is not None:
            seen, links = lynx
            layout = seen
            raw = None if view is None else _part(None, lynx_view, view, text)
            if raw is not None:
                # (its blocks split on the dump as written, its list read from it)
                layout, links = raw
            dumped = _part(None, as_sliced, _header_read(seen, layout, options), seen, text)
            if dumped is not None:
                return attrs.evolve(dumped, boilerplate=(*dumped.boilerplate, links))
    record = (
        _part(None, record_view, text)
        if NEWLINE_TOKEN in text or RECORD_DOCUMENT_HINT in text
        else None
    )
    if record is not None:
        # a Multi-News record: its first source document, the others boilerplate
        seen, others = record
        article = _part(None, as_sliced, _header_read(seen, seen, options), seen, text)
        if article is not None:
            rest = () if others is None else (others,)
            return attrs.evolve(article, boilerplate=(*article.boilerplate, *rest))
    if text[:8].lstrip(" \t\ufeff\u200b")[:1] == '"':
        # a classification data set's CSV row (AG News): the title over the text
        row = _part(None, csv_record_view, view or text)
        if row is not None:
            written = _part(None, as_sliced, _header_read(row, row, options), row, text)
            if written is not None:
                return written
    if ") " in text[:_GLUED_TITLE_HEAD]:
        # a title naming its source glued to its text opening with the source
        # (its blocks split there too)
        glued = _part(None, glued_title_view, view or text)
        split = _part(None, glued_title_view, layout)
        if glued is not None and split is not None:
            view, layout = glued, split
    if "</" in text and SGML_FIELD_CLOSE.search(text) is not None:
        # a news corpus's SGML with its fields' tags inside the lines (Reuters-21578)
        # (its blocks split on the text as written, in its own SGML view; its
        # dateline's date read by the day it is filed under, unless one is given)
        filed = None if options.reference_date else _part(None, sgml_date, text)
        if filed is not None:
            options = attrs.evolve(options, reference_date=filed)
        fields = _part(None, sgml_view, view or text)
        split = fields if view is None else _part(None, sgml_view, layout)
        if fields is not None:
            article = _header_read(fields, split or fields, options)
            written = _part(None, as_sliced, article, fields, text)
            if written is not None:
                return written
    if "</" in text or "[SN]" in text:
        # a news corpus's SGML or XML, or XSum's field marks: lines of tags alone read as blank
        tagged = _part(None, tag_lines_view, view or text)
        if tagged is not None:
            article = _header_read(tagged, tagged, options)
            written = _part(None, as_sliced, article, tagged, text)
            if written is not None:
                return written
    if view is None:
        return _header_read(text, text, options)
    article = _header_read(view, layout, options)
    written = _part(None, as_sliced, article, view, text)
    return written if written is not None else _header_read(text, text, options)


def _blanked(text: str, parts: Iterable[Boilerplate]) -> str:
    """*text* with the spans of *parts* (in order, apart) blanked, at the same offsets."""
    pieces: list[str] = []
    at = 0
    for part in parts:
        start, end = part.span.start, part.span.end
        pieces += (text[at:start], " " * (end - start))
        at = end
    pieces.append(text[at:])
    return "".join(pieces)


#: A title glued to its text is looked for among this many leading characters.
_GLUED_TITLE_HEAD = 400

#: The control characters a wire story starts and ends its text with (STX, ETX).
WIRE_CONTROLS = ("\x02", "\x03")


def _wire_controls(text: str) -> str:
    """*text* with the wire's control characters (:data:`WIRE_CONTROLS`) as spaces."""
    for char in WIRE_CONTROLS:
        text = text.replace(char, " ")
    return text


def _header_read(text: str, layout: str, options: Options) -> Article:
    """The article *text* is, its blocks split on *layout* (*text* as written,
    when *text* is its layout view; the same length)."""
    no_blocks: tuple[Block, ...] = ()
    header = _part(None, read_header, text) if text[:1] in "-+TtHhWSsa \n" else None
    if header is None:
        return _read(text, _part(no_blocks, split_blocks, layout), options)
    # a scraper's metadata header over the story: the story (its layout read on
    # its own), then what the header adds
    shift = header.end
    blocks = _part(no_blocks, split_blocks, layout[shift:])
    moved = tuple([Block(start + shift, end + shift, indented) for start, end, indented in blocks])
    # the header's title over the story, unless the story opens with it (or
    # the caller says the story has no headline: the header's title is still one)
    story = _read(text, titled(text, header, moved) if options.headline else moved, options)
    return _part(story, with_header, story, text, header, options)


def _read(text: str, blocks: tuple[Block, ...], options: Options) -> Article:
    """The article that *text* split into *blocks* is, read through its
    Markdown view when it shows Markdown."""
    read = _part(None, read_markdown, text) if blocks else None
    if read is None:
        return _plain(text, blocks, options)
    view, marks = read
    # the blocks as the view reads them: inside their markup (and the blocks
    # of markup alone, a navigation row)
    found = _part(None, view_blocks, text, view, blocks, marks)
    if found is None:
        return _plain(text, blocks, options)
    kept, inside, blank = found
    viewed = tuple(inside)
    no_links: frozenset[int] = frozenset()
    links = _part(no_links, link_lines, text, kept)
    # (a Markdown table: one block, boilerplate of kind ``table``)
    furniture = dict.fromkeys(links, "related")
    # (a reference link's definition, [1]: https://...: the page's, no story)
    furniture.update(dict.fromkeys(_part(no_links, definition_lines, text, kept, links), "page"))
    furniture.update(dict.fromkeys(_part(no_links, table_lines, text, kept), "table"))
    # (a metadata list's fields under the title, - URL: ...: an export's furniture)
    furniture.update(_part(_NO_FURNITURE, metadata_lines, text, kept))
    heads = _part(no_links, heading_lines, text, view, kept, inside)
    # (its hard-wrapped paragraphs read as one line each, as in plain text)
    view = _part(None, unwrapped, view, viewed) or view
    article = _built(view, viewed, options, furniture, heads.difference(furniture))
    written = _part(None, as_written, article, view, text, blank, marks)
    return written if written is not None else _plain(text, blocks, options)


#: A live blog's time stamp next to a post's heading is at most this long.
_MAX_POST_STAMP = 40


def _post_marks(boilerplate: Sequence[Boilerplate]) -> list[tuple[int, int, bool]]:
    """A live blog's post furniture among *boilerplate*, in order, as
    :func:`~newsstruct._subheads.post_heads` reads it: the short time stamps
    and the contributor lines (``From CNN's Jane Doe``)."""
    return sorted(
        (junk.span.start, junk.span.end, junk.kind == "credits")
        for junk in boilerplate
        if (junk.kind == "timestamp" and len(junk.text) <= _MAX_POST_STAMP)
        or (junk.kind == "credits" and junk.text.startswith("From "))
    )


def _plain(text: str, blocks: tuple[Block, ...], options: Options) -> Article:
    """The article that plain *text* split into *blocks* is, its hard-wrapped
    paragraphs read as one line each (:func:`unwrapped`) and every part's
    text read again from *text* at its span."""
    view = _part(None, unwrapped, text, blocks)
    if view is None:
        return _built(text, blocks, options)
    article = _built(view, blocks, options)
    written = _part(None, as_sliced, article, view, text)
    return written if written is not None else _built(text, blocks, options)


def _built(
    text: str,
    blocks: tuple[Block, ...],
    options: Options,
    links: Mapping[int, str] = _NO_FURNITURE,
    heads: AbstractSet[int] = frozenset(),
) -> Article:
    """The article that *text* split into *blocks* is (*links*: the indexes of
    the blocks that are Markdown furniture, with their kind of boilerplate: a
    link alone, see :func:`link_lines`, and a table; *heads*: those of the
    blocks that are Markdown headings, subheads in the body)."""
    # the boilerplate phrases worth looking for in the blocks, looked for once
    anchors = _part(None, phrase_anchors, text, blocks)
    if HIGHLIGHT_MARK in text:  # a data set's highlights under the story (CNN / Daily Mail)
        links = {**links, **_part({}, record_highlights, text, blocks)}
    if LEAD_LABEL in text:  # the lead repeated under LEAD: (the New York Times' archive)
        links = {**links, **_part({}, lead_repeats, text, blocks)}
    if "level 1" in text:  # a forum's comments under a post (Reddit)
        links = {**links, **_part({}, forum_thread, text, blocks)}
    if "Written by " in text:  # a blogging site's footer under a post (Medium)
        links = {**links, **_part({}, author_card, text, blocks)}
    if ":" in text:  # a live blog's times alone between its posts: 22:41
        links = {**links, **_part({}, live_times, text, blocks)}
        # a review's credits block closing it: Cast and credits / Director: Jane Doe
        links = {**links, **_part({}, credits_block, text, blocks)}
        # a review's facts closing it: Salt & Ember / Address: ... / Verdict: ...
        links = {**links, **_part({}, review_facts, text, blocks)}
        # a match report's line-ups closing it, and its score line: Rovers: Hale, Birch, ...
        links = {**links, **_part({}, match_data, text, blocks)}
    if ", " in text or ") " in text:
        # a results page's rows and their labels: Boys / Central 64, Northfield 58;
        # ranked rows hold no comma: 1. Jo Lind (NOR) 2:03:11.4
        links = {**links, **_part({}, results_rows, text, blocks)}
        # a game story's score summary: Final: Lions 3, Bears 1
        links = {**links, **_part({}, score_summaries, text, blocks)}
    names: frozenset[str] = frozenset()  # the speakers a call transcript lists
    furniture: dict[int, str] = {}
    if "articipants" in text:
        # a call transcript's participants lists: Company Participants / Jane Doe - CEO
        furniture = _part({}, participants_lists, text, blocks)
        if furniture:
            links = {**links, **furniture}
            names = _part(frozenset(), participant_names, text, blocks, furniture)
    if "  " in text:  # a table of figures laid out with spaces
        links = {**links, **_part({}, aligned_tables, text, blocks)}
    # a long story's table of contents: Contents / 1. What has changed (its short
    # blocks are read: no cheaper test of the text)
    contents: dict[int, str] = _part({}, contents_lists, text, blocks)
    if contents:
        links = {**links, **contents}
    export = _part(None, read_export, text, blocks)
    if export is not None:
        # a database export: its labelled lines say what the front matter is
        read = (FrontMatter(export.headline, export.kicker, export.standfirst, export.used), export)
        front, export = _part(read, export_front, text, blocks, export, options, anchors)
    elif not options.headline:
        front = FrontMatter()  # the caller says the text holds the story alone
    else:
        front = _part(FrontMatter(), find_front_matter, text, blocks, options, anchors, furniture)
    walk = _Walk(text, blocks, front, options, anchors, export, links, heads)
    walk.read_all(front.used)
    # not needed any more: their memory is the quotes' (large texts)
    del blocks
    walk.blocks = ()

    boilerplate, bodies = walk.boilerplate, walk.bodies
    if walk.labelled is not None:
        _labelled_dateline(text, walk, walk.labelled)
    if any(not caption.text for caption in walk.captions):
        _credits_alone(text, walk.captions, boilerplate)
    _split_glued(text, bodies, boilerplate)
    _split_jumps(text, bodies, boilerplate)
    _split_footers(text, bodies, boilerplate)
    _split_sponsored(text, bodies, boilerplate)
    _split_menu_lines(text, boilerplate)
    if len(bodies) > 2 and any(junk.kind == "promo" for junk in boilerplate):
        _split_closing_name(text, bodies, boilerplate)
    if len(bodies) > 1 and any(item.kind == "page" and "|" in item.text for item in boilerplate):
        _split_folios(text, bodies, boilerplate)
    if len(bodies) > 1:
        # a sentence of the story set large between its paragraphs
        no_pulls: list[int] = []
        for index in reversed(_part(no_pulls, pull_quotes, text, bodies)):
            start, end = bodies.pop(index)
            boilerplate.append(Boilerplate(text[start:end], Span(start, end), "page"))
    byline = walk.byline
    if byline is not None and byline.names:
        _split_bios(text, bodies, boilerplate, byline.names)
    elif len(bodies) >= _MIN_NOTED:
        # the note on the writer that ends an opinion piece with no byline
        note = _part(None, match_author_note, text, *bodies[-1])
        if note is not None:
            boilerplate.append(note)
            bodies.pop()
    if byline is None:
        byline = _part(None, _byline_from_credits, boilerplate)

    captions = walk.captions
    if len(bodies) > 2 and any(
        junk.kind == "credits" and junk.text.casefold().startswith(_PICTURES_CREDITED)
        for junk in boilerplate
    ):
        # a feature's pictures credited apart (Photographs by Jane Doe): a line between
        # its paragraphs that describes a photo is its caption, with no credit
        no_captions: list[tuple[int, Caption]] = []
        described = _part(no_captions, uncredited_captions, text, bodies)
        if described:
            captions = sorted([*captions, *(caption for _, caption in described)], key=_BY_START)
            taken = frozenset(index for index, _ in described)
            bodies = [body for index, body in enumerate(bodies) if index not in taken]
    heads_found = walk.subheads
    if names and len(bodies) > 1:
        # a call transcript's speakers' names alone over their turns: Jane Doe / Thank you ...
        no_speakers: list[int] = []
        spoken = _part(no_speakers, speaker_heads, text, bodies, names)
        if spoken:
            bodies = _moved_to_heads(bodies, spoken, heads_found)
    elif len(bodies) > _MIN_TURN_BODIES and ")" in text:
        # a parliament's record: its members' labels alone over their turns (a seat
        # or an office in brackets closes a label)
        no_turns: list[int] = []
        turned = _part(no_turns, turn_labels, text, bodies)
        if turned:
            bodies = _moved_to_heads(bodies, turned, heads_found)
    if len(bodies) > 2:
        # the crossheads of plain text: a short heading alone between paragraphs
        no_crossheads: list[int] = []
        crossed = _part(no_crossheads, crossheads, text, bodies, _picture_spans(captions))
        if crossed:
            bodies = _moved_to_heads(bodies, crossed, heads_found)
    marks = _post_marks(boilerplate)
    if marks and len(bodies) > 1:
        # a live blog's post headings: next to the post's time stamp
        no_posts: list[int] = []
        posted = _part(no_posts, post_heads, text, bodies, marks)
        if posted:
            bodies = _moved_to_heads(bodies, posted, heads_found)
    no_subheads: tuple[Subhead, ...] = ()
    subheads = _part(no_subheads, subheads_at, text, heads_found, bodies) if heads_found else ()
    paragraphs = paragraphs_at(text, bodies)
    del bodies
    no_date: tuple[datetime.date | None, str | None] = (None, None)
    stamps = [junk.span for junk in boilerplate if junk.kind == "timestamp"]
    if byline is not None and any(map(str.isdigit, byline.text)):
        stamps.append(byline.span)  # a stamp in the byline: Jane Doe · Posted: Nov 4, 2025
    dateline = walk.dateline
    date, language = _part(no_date, article_date, text, dateline, captions, options, stamps)
    if export is not None and export.date is not None:
        # the export's Publication date: field, or a Nexis document's date under a cover page
        # (whose Date and Time: is the download's), over the evidence in the text
        date = export.date
        if dateline is not None and dateline.date_text is None:
            dateline = attrs.evolve(dateline, date=date)
    elif (
        date is not None
        and dateline is not None
        and dateline.date is None
        and dateline.date_text is not None
        and _part(None, partial(parse_date, reference_date=date), dateline.date_text) == date
    ):
        # the dateline's day without its year (Taipei, Nov. 4), the year from a stamp
        dateline = attrs.evolve(dateline, date=date)
    no_quotes: tuple[Quote, ...] = ()
    # (with transcripts, the turns of a transcript without quotation marks too)
    reader = partial(quotes_in, transcripts=True) if options.transcripts else quotes_in
    quotes = _part(no_quotes, reader, text, paragraphs, language) if options.quotes else no_quotes
    ordered: tuple[Boilerplate, ...] = tuple(sorted(boilerplate, key=_BY_START))
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
        subheads=subheads,
    )


def _picture_spans(captions: Sequence[Caption]) -> dict[int, int]:
    """Where each caption starts, to where it ends, its credit included (over
    or under its description)."""
    spans: dict[int, int] = {}
    for caption in captions:
        start, end = caption.span.start, caption.span.end
        if caption.credit_span is not None:
            start = min(start, caption.credit_span.start)
            end = max(end, caption.credit_span.end)
        spans[start] = end
    return spans


def _moved_to_heads(
    bodies: list[tuple[int, int]], indexes: Sequence[int], heads: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The *bodies* left when those at *indexes* are read as headings (added to
    *heads*, in place)."""
    heads += [bodies[index] for index in indexes]
    taken = frozenset(indexes)
    return [body for index, body in enumerate(bodies) if index not in taken]


#: The openings of a feature's picture credit alone (``Photographs by Jane Doe``),
#: case folded: its pictures' captions may carry no credit.
_PICTURES_CREDITED = ("photographs by", "photography by", "photos by", "pictures by")

#: Markdown headings over the story's first paragraph read as its opening (a
#: byline or a dateline in a heading) until this many were subheads: a text of
#: headings alone reads each of the rest as a subhead, with no opening's readers.
_MAX_OPENING_HEADS = 2


class _Walk:
    """The parts read so far as the blocks past the front matter are read in order.

    :meth:`read` takes one block and gives it to the first reader that wants
    it: a line that goes on with the byline above it, boilerplate (with a
    press release's furniture and the headlines listed under a heading), the
    caption by a caption's page buttons, a caption, and, above the first
    paragraph, the byline and the dateline.  What no reader wants is body.
    """

    __slots__ = (
        "anchors",
        "blocks",
        "bodies",
        "boilerplate",
        "byline",
        "byline_end",
        "byline_lines",
        "captioned",
        "captions",
        "credit_line",
        "dateline",
        "dateline_alone",
        "export",
        "front",
        "heads",
        "labelled",
        "lettered",
        "links",
        "listed_end",
        "lone_lead",
        "options",
        "read_to",
        "release_end",
        "released",
        "reviewed_end",
        "signed_end",
        "stacked_end",
        "stamped_end",
        "subheads",
        "tags_from",
        "text",
        "video",
        "video_title",
        "weather",
        "weather_from",
        "widget",
        "widget_caption",
        "widget_over",
    )

    def __init__(
        self,
        text: str,
        blocks: Sequence[Block],
        front: FrontMatter,
        options: Options,
        anchors: tuple[str, ...] | None,
        export: Export | None = None,
        links: Mapping[int, str] = _NO_FURNITURE,
        heads: AbstractSet[int] = frozenset(),
    ) -> None:
        self.text, self.blocks, self.front = text, blocks, front
        self.export = export  # a database export's furniture (Nexis, Factiva)
        # blocks that are Markdown furniture (a link alone: other stories; a
        # table), by their kind of boilerplate
        self.links = links
        self.heads = heads  # blocks that are Markdown headings: subheads in the body
        self.subheads: list[tuple[int, int]] = []
        # the export's Dateline: WASHINGTON line (start, the place's start, end)
        self.labelled: tuple[int, int, int] | None = None
        self.options, self.anchors = options, anchors
        self.byline: Byline | None = None
        self.dateline: Dateline | None = None
        self.dateline_alone = False  # the dateline is a place alone under a desk's credit
        self.captions: list[Caption] = []
        self.boilerplate: list[Boilerplate] = []
        self.bodies: list[tuple[int, int]] = []
        read = front.read
        # blocks after this one were not read by the front matter
        self.read_to = -1
        if read is not None:
            self.read_to = max(
                (key[0] for part in (read.kinds, read.captions, read.bylines) for key in part),
                default=-1,
            )
        self.byline_end = -1  # the index of the last block of the byline
        self.stamped_end = -1  # ... and of the time stamps right under it
        self.byline_lines = 0  # blocks joined to the byline
        self.captioned = -2  # the index of the last block read as a caption
        self.listed_end = -1  # blocks before this index list other stories' headlines
        self.release_end = -1  # blocks before this index are a press release's furniture
        # NEWS PROVIDED BY was read, or the kicker says it (Press release,
        # Persbericht): the text is a press release
        self.released = (
            front.kicker is not None
            and front.kicker.text.strip().casefold() in RELEASE_STAMP_LABELS
        )
        self.signed_end = -1  # blocks before this index sign a reader's letter
        self.reviewed_end = -1  # blocks before this index are a review's info box
        self.lettered = False  # a reader's letter was signed: the text is a letters page
        self.widget = -2  # the index of the last caption button (Enlarge this image)
        self.widget_over = False  # ... and whether it stands over its caption
        self.widget_caption = -2  # the index of the last caption read under such a button
        self.lone_lead = (-2, 0, 0)  # the index and span of a byline's lead word alone (By)
        self.stacked_end = -1  # where a dateline set on lines of its own ends (Boston / CNN / —)
        self.weather = -2  # the index of the last line of a weather widget (73°, the place)
        self.weather_from = -2  # ... and of its temperature
        self.credit_line = -2  # the index of the last photo credit alone kept as boilerplate
        self.video = -2  # the index of a video player's button with its title, or its length
        self.video_title = ""  # ... and the title
        self.tags_from = -2  # where the page's tags under the story start (-2: not looked for)

    def read_all(self, used: AbstractSet[int]) -> None:
        """Read the blocks in order, but those in *used* (the front matter's).

        A block that :meth:`read` would make body at once is made body here,
        without its tests one by one: the story under way, no reader's state
        over the block (a byline above it, a list, a signature, a release, a
        caption's buttons: :meth:`_calm`), not a block the front matter read, no
        signature's gate, and both cheap gates passed (or the boilerplate's
        rules read it and none took it, and no dateline starts it); a Markdown
        link alone is ``related`` boilerplate, as :meth:`read` makes it.
        """
        text, anchors, links, bodies = self.text, self.anchors, self.links, self.bodies
        heads = self.heads
        body, read, junk = bodies.append, self.read, self.boilerplate.append
        captionless_at = caption_gate(text)  # (no_caption, or its test of the ends alone)
        # (an export's blocks are read one by one: its furniture is by index)
        calm = self._calm() if self.export is None else len(self.blocks)
        read_to = self.read_to
        signoff_from = len(self.blocks) - 1 - _NEWSLETTER_SIGNOFF_REACH
        # the short blocks that plain_block() and the caption gate passed, by
        # their text (neither reads more than the block: see CAPTION_GATE_FIRSTS)
        seen: set[str] = set()
        for index, (start, end, _) in enumerate(self.blocks):
            if index in used:
                continue
            if index in links:  # (read()'s first test) a Markdown link alone: another story
                junk(Boilerplate(text[start:end], Span(start, end), links[index]))
                continue
            plain = None  # (plain_block()'s answer, when asked here: read() asks it no more)
            if (
                index >= calm
                and start > read_to
                and bodies
                and (not heads or index not in heads)
                and not (
                    end - start <= _MAX_SIGNATURE_LINE
                    and (text[start].isupper() or text[start] in SIGNATURE_DASHES)
                    and (
                        text.find(" ", start, end) >= 0
                        or text.find("\t", start, end) >= 0
                        or index >= signoff_from  # (a newsletter's closing words: Herzlich)
                    )
                )
            ):
                if seen and end - start <= _MAX_SEEN_BODY and text[start:end] in seen:
                    body((start, end))
                    continue
                plain = plain_block(text, start, end, anchors)
                if plain or (
                    # a block that the rules read and none took (``1.``, a line
                    # with a slash) and no dateline's: read() makes it body here too
                    (self.dateline is None or self.dateline.span.start != start)
                    and no_boilerplate(text, start, end, anchors)
                ):
                    try:
                        captionless = captionless_at(text, start, end)
                    except Exception:  # (read in full by read())
                        captionless = False
                    if captionless:
                        if (
                            plain
                            and 0 < end - start <= _MAX_SEEN_BODY
                            and text[start] not in CAPTION_GATE_FIRSTS
                        ):
                            seen.add(text[start:end])
                        body((start, end))
                        continue
            read(index, start, end, plain)
            if self.export is None:
                calm = self._calm()

    def _calm(self) -> int:
        """The first index from which :meth:`read` tests a block against no state
        of the blocks before it (the byline's next line, a list, a signature, a
        release, the blocks under a caption's buttons, the block under a caption)."""
        return max(
            self.listed_end,
            self.signed_end,
            self.release_end,
            self.byline_end + 2 if self.byline is not None else 0,
            self.widget + 2,
            self.widget_caption + 2,
            self.weather + 2,  # (the widget's place and sky under its temperature)
            self.captioned + 2,  # (a description under a credit: description_under)
            self.credit_line + 2,  # (the same under a credit kept as boilerplate)
            self.video + 2,  # (the video's length and title under its player)
            self.stamped_end + 2,  # (a bio under the byline's stamps: _bio_under_stamps)
        )

    def read(self, index: int, start: int, end: int, plain: bool | None = None) -> None:
        """Read the block ``text[start:end]``, the *index*-th (*plain*: what
        :func:`plain_block` says of it, when already asked)."""
        if index in self.links:
            kind = self.links[index]
            self.boilerplate.append(Boilerplate(self.text[start:end], Span(start, end), kind))
            return
        if self.export is not None:
            start = self._exported(index, start, end)
            if start < 0:
                return
        if start < self.stacked_end:  # the agency and the dash of a dateline on its lines
            if end <= self.stacked_end:
                return
            start = _skip_space(self.text, self.stacked_end, end)
        if (
            self.byline is not None
            and index == self.byline_end + 1  # (_goes_on_byline's own first test)
            and self._goes_on_byline(index, start, end)
        ):
            return
        text = self.text
        if index < self.listed_end:
            self.boilerplate.append(Boilerplate(text[start:end], Span(start, end), "related"))
            return
        if not self.bodies and index > 0 and self._under_video(index, start, end):
            return
        if index > 0 and self._video_title(index, start, end):
            return
        if not self.bodies and self._headline_again(start, end):
            # the headline printed again under a flag over the story (UPI: URGENT /
            # headline / NEWSALERT / headline / dateline): the page's furniture
            self.boilerplate.append(Boilerplate(text[start:end], Span(start, end), "page"))
            return
        if index < self.signed_end:
            return  # the town under a reader's name (read with the name)
        if index == self.signed_end and letter_heading(text, self.blocks, index):
            # the next letter's heading under a reader's signature (a letters page)
            self.subheads.append((start, end))
            return
        if self.weather == index - 1 and _widget_line(text, start, end):
            # the place and the sky under a weather widget's temperature: Sacramento, CA / Clear
            self.boilerplate.append(Boilerplate(text[start:end], Span(start, end), "page"))
            self.weather = index if index - self.weather_from < _MAX_WEATHER_LINES else -2
            return
        if (
            self.bodies
            and index + 1 >= len(self.blocks) - _NEWSLETTER_SIGNOFF_REACH
            and text[start].isupper()
        ):
            # a newsletter's closing words over the writer's name: Herzlich / Ihr Max Mustermann
            signoff = match_newsletter_signoff(text, self.blocks, index)
            if signoff:
                self.boilerplate.extend(signoff)
                # (the name and a signature's lines on the next blocks, or the
                # name on the next line of this one)
                self.signed_end = index + 1 + sum(b.span.start >= end for b in signoff)
                return
        if (
            self.bodies
            and end - start <= _MAX_SIGNATURE_LINE
            and (text[start].isupper() or text[start] in SIGNATURE_DASHES)
            # (a signed name has two words at least: a space or tab in the block)
            and (text.find(" ", start, end) >= 0 or text.find("\t", start, end) >= 0)
        ):
            # a reader's name and town under a letter
            unsigned: tuple[Boilerplate, ...] = ()
            signature = _part(unsigned, match_signature, text, self.blocks, index)
            if not signature and self.lettered:
                # on a letters page, a name with the writer's role: Jane Doe, chair, X Society
                signature = _part(unsigned, match_role_signature, text, self.blocks, index)
            if signature:
                self.boilerplate.extend(signature)
                self.signed_end = index + len(signature)
                self.lettered = True
                return
        if self._review_box(index, start, end):
            return
        key = (start, end) if start <= self.read_to else None  # a block the front matter read
        # (most blocks pass the boilerplate's and the caption's cheap gates: they
        # are tried here, with no call of the readers and their guards)
        if (
            key is not None
            or index < self.release_end
            or not (plain_block(text, start, end, self.anchors) if plain is None else plain)
        ):
            junk = self._junk(index, key, start, end)
            if junk is None and self.dateline is not None and self.dateline.span.start == start:
                return  # the place and the stamp on a line of their own (_junk read them)
            if junk is not None:
                if (
                    junk.kind in _UNDER_BYLINE
                    and index == max(self.byline_end, self.stamped_end) + 1
                ):
                    self.stamped_end = index  # (the place alone, a bio may come under the stamps)
                if junk.kind == "page" and "\u00b0" in junk.text and len(junk.text) <= _MAX_DEGREES:
                    self.weather = self.weather_from = index  # a weather widget's temperature: 73°
                self._take_junk(index, junk)
                return
        if (
            self._bio_under_stamps(index, start, end)
            or self._tags_under_stamps(index, start, end)
            or self._outlet_at_end(index, start, end)
            or self._tag_at_end(index, start, end)
        ):
            return
        if self.credit_line == index - 1 and (
            self._under_credit_line(start, end) or self._bio_under_author_box(index, start, end)
        ):
            return
        if (self.widget == index - 1 or self.widget_caption == index - 1) and self._by_buttons(
            index, start, end
        ):
            return
        try:
            captionless = (
                key is None
                and self.captioned != index - 1
                and (bool(self.bodies) or self.dateline is not None)
                and no_caption(text, start, end)
            )
        except Exception:  # (read in full: match_caption's guard contains it)
            captionless = False
        if not captionless and self._caption(index, key, start, end):
            return
        if self._byline_under_claim_box(start, end):
            return
        if not self.bodies and (len(self.subheads) < _MAX_OPENING_HEADS or index not in self.heads):
            if text.startswith(SCRIPT_CUE_LABELS, start) and self.front.headline is None:
                # a broadcast script's cue label before the story it opens: CUE: Teachers ...
                label = start + next(len(c) for c in SCRIPT_CUE_LABELS if text.startswith(c, start))
                self.boilerplate.append(Boilerplate(text[start:label], Span(start, label), "page"))
                start = _skip_space(text, label, end)
            rest = self._opening(index, key, start, end)
            if rest is None:
                return
            if rest != start:
                self.bodies.append((rest, end))  # the story after its dateline
                return
        if index in self.heads:
            self.subheads.append((start, end))  # a Markdown heading in the body
            return
        self.bodies.append((start, end))

    def _review_box(self, index: int, start: int, end: int) -> bool:
        """Read the block as a review's furniture under the critic's byline and
        its stamps, before the story (its rating, its info box, a book's
        details, the venue under the stars: :func:`review_furniture`)."""
        if (
            self.bodies
            or self.byline is None
            or index != max(self.byline_end, self.stamped_end) + 1
        ):
            return False
        if index >= self.reviewed_end:
            count = review_furniture(self.text, self.blocks, index)
            if not count or start != self.blocks[index].start:
                return False
            self.reviewed_end = index + count
        self.boilerplate.append(Boilerplate(self.text[start:end], Span(start, end), "page"))
        self.stamped_end = index
        return True

    def _byline_under_claim_box(self, start: int, end: int) -> bool:
        """Read the block as the byline under a fact check's claim box, when every
        block read so far is a field of it (``Claim: ...`` / ``Rating: False`` /
        ``By Jane Doe``); ``True`` when it was one."""
        text, bodies = self.text, self.bodies
        if (
            self.byline is not None
            or not bodies
            or len(bodies) > _MAX_CLAIM_FIELDS
            or not text.startswith(_BY, start)
            or not all(text.startswith(_CLAIM_LABELS, low) for low, _ in bodies)
        ):
            return False
        self.byline = _part(None, match_byline, text, start, end)
        return self.byline is not None

    def _bio_under_stamps(self, index: int, start: int, end: int) -> bool:
        """Read the block as a line about the writer under the byline's stamp and
        buttons (ESPN: Jane Doe / Nov 4, 2024 / Close / Jane Doe is a staff writer
        ...); ``True`` when it was one."""
        byline = self.byline
        if (
            byline is None
            or self.bodies
            or not byline.names
            or index != self.stamped_end + 1
            or self.stamped_end <= self.byline_end
        ):
            return False
        bio = _part(None, match_bio, self.text, start, end, byline.names)
        if bio is None:
            return False
        self.boilerplate.append(bio)
        return True

    def _tag_at_end(self, index: int, start: int, end: int) -> bool:
        """Read the block as one of the page's tags under the story, under its
        boilerplate (Fox stations: ``The Source: ...`` then ``Fairfax County`` /
        ``News`` / ``Crime and Public Safety``); ``True`` when it was one.

        The tags are the text's last lines, two at least, each on the line
        under the one before: at most four words each, capitalised, with no
        figure and no sentence's stop, none the byline's name alone (an author
        box); the block over the first of them is boilerplate, and paragraphs
        came before.
        """
        if not self.bodies or index < len(self.blocks) - _MAX_END_TAGS:
            return False
        if self.tags_from == -2:
            self.tags_from = self._end_tags()
        if self.tags_from < 0 or index < self.tags_from:
            return False
        above, byline = self.blocks[index - 1], self.byline
        if (
            not self.boilerplate
            or self.boilerplate[-1].span.end != above.end
            # (the writer's name alone: an author box, read after the story)
            or (byline is not None and self.text[start:end].strip() in byline.names)
            or (index > self.tags_from and self.boilerplate[-1].kind != "page")
        ):
            # (the block over the first tag is boilerplate; each next tag's is a tag)
            self.tags_from = -1
            return False
        self.boilerplate.append(Boilerplate(self.text[start:end], Span(start, end), "page"))
        return True

    def _end_tags(self) -> int:
        """The index of the first of the page's tags that end the text
        (:meth:`_tag_at_end`), or ``-1``."""
        text, blocks = self.text, self.blocks
        first = len(blocks)
        while first > 1 and len(blocks) - first < _MAX_END_TAGS:
            block = blocks[first - 1]
            line = text[block.start : block.end]
            words = line.split()
            if not (
                0 < len(words) <= _MAX_STAMP_TAG_WORDS
                and line[-1] not in _SENTENCE_STOPS
                and all(word[:1].isupper() or word in _TAG_JOINERS for word in words)
                and not any(map(str.isdigit, line))
            ):
                break
            if first < len(blocks) and not next_line(text, block.end, blocks[first].start):
                break
            first -= 1
        return first if len(blocks) - first >= _MIN_END_TAGS else -1

    def _outlet_at_end(self, index: int, start: int, end: int) -> bool:
        """Read the text's last block, a listed outlet's name alone under the
        story, as its source line (a broadcaster's page: ``NHK WORLD-JAPAN``);
        ``True`` when it was one."""
        if (
            not self.bodies
            or index != len(self.blocks) - 1
            or end - start > _MAX_OUTLET_AT_END
            or not is_outlet(self.text[start:end])
        ):
            return False
        self.boilerplate.append(Boilerplate(self.text[start:end], Span(start, end), "credits"))
        return True

    def _tags_under_stamps(self, index: int, start: int, end: int) -> bool:
        """Read the block as a tag of the page under the byline's stamp, on the
        very next line, before the story (US TV station groups: ``By Jane Doe``
        / ``Published November 4, 2025 6:14pm EST`` / ``Fairfax County`` /
        ``FOX 5 DC``); ``True`` when it was one.

        One line of at most four words, each capitalised or a number, no
        sentence's stop, not in capitals alone unless with a number (a place in
        capitals under the stamp is the dateline's; ``FOX 5 DC`` is a station's
        name); each such line on the next line under the last.
        """
        text = self.text
        if (
            self.byline is None
            or self.bodies
            or self.dateline is not None
            or index != self.stamped_end + 1
            or self.stamped_end <= self.byline_end
            or end - start > _MAX_STAMP_TAG
            or not next_line(text, self.blocks[index - 1].end, start)
        ):
            return False
        line = text[start:end]
        words = line.split()
        if (
            not 0 < len(words) <= _MAX_STAMP_TAG_WORDS
            or line[-1] in _SENTENCE_STOPS
            or (line.isupper() and not any(map(str.isdigit, line)))
            or not all(word[:1].isupper() or word.isdigit() for word in words)
        ):
            return False
        self.boilerplate.append(Boilerplate(line, Span(start, end), "page"))
        self.stamped_end = index
        return True

    def _headline_again(self, start: int, end: int) -> bool:
        """Whether the block ``text[start:end]``, under the headline, holds the
        headline's words again (case and spacing aside)."""
        headline = self.front.headline
        if headline is None or start < headline.span.end or end - start > 2 * len(headline.text):
            return False
        words = self.text[start:end].split()
        return words == headline.text.split() or [word.casefold() for word in words] == [
            word.casefold() for word in headline.text.split()
        ]

    def _exported(self, index: int, start: int, end: int) -> int:
        """Read the block as a database export's furniture or labelled line
        (``Length: 523 words``, ``Byline: Jane Doe``, ``Dateline: WASHINGTON``);
        ``-1`` when it was read, else where its text starts (after ``LP``)."""
        export, text = self.export, self.text
        assert export is not None  # (the caller's test)
        kind = export.kinds.get(index)
        if kind is not None:
            self.boilerplate.append(Boilerplate(text[start:end], Span(start, end), kind))
            return -1
        headline = self.front.headline
        if _part(False, page_furniture, text, start, end, headline and headline.text):
            # a PDF page's running footer (Page 2 of 5) and title, copied into the story
            self.boilerplate.append(Boilerplate(text[start:end], Span(start, end), EXPORT))
            return -1
        names = export.bylines.get(index)
        if names is not None:
            found = _part(None, export_byline, text, start, names, end)
            if found is not None and self.byline is None and not self.bodies:
                self.byline = found
                self.byline_end = index
            else:
                self.boilerplate.append(Boilerplate(text[start:end], Span(start, end), EXPORT))
            return -1
        place = export.datelines.get(index)
        if place is not None:
            self.labelled = (start, place, end)  # the story's own dateline comes first
            return -1
        return export.starts.get(index, start)

    def _goes_on_byline(self, index: int, start: int, end: int) -> bool:
        """Join the block to the byline over it (a role, a desk, the name again),
        or read it as a line about the writer; ``True`` when it was."""
        byline, text = self.byline, self.text
        if byline is None or index != self.byline_end + 1:
            return False
        if self.byline_lines >= _MAX_BYLINE_LINES:
            return False
        if not self.bodies and self.dateline is None and _part(None, place_alone, text, start, end):
            return False  # the place alone is the dateline (_opening reads it)
        longer = _part(None, continue_byline, text, byline, start, end)
        if longer is None and text.startswith(BYLINE_LEAD_WORDS, start):
            # the name again, with its By: Jane Doe / By Jane Doe (NZ Herald)
            again = _part(None, match_byline, text, start, end)
            if again is not None and again.names and again.names == byline.names:
                whole = Span(byline.span.start, again.span.end)
                longer = Byline(text[whole.start : whole.end], byline.names, whole)
        if longer is not None:
            self.byline = longer  # a role, then the desk: By Jane Doe / Reporter / Nation
        elif byline.names and not self.bodies:
            # a line about the writer under the byline (News24)
            bio = _part(None, match_bio, text, start, end, byline.names)
            if bio is None:
                # or the writer's tagline (Forbes): I write about small business.
                bio = _part(None, match_tagline, text, start, end)
            if bio is None:
                return False
            self.boilerplate.append(bio)
        else:
            return False
        self.byline_end = index
        if text[start:end].strip() not in BYLINE_JOINERS:  # (By X / and / Y: two lines)
            self.byline_lines += 1
        return True

    def _junk(
        self, index: int, key: tuple[int, int] | None, start: int, end: int
    ) -> Boilerplate | None:
        """The block as boilerplate, or ``None``."""
        text, read = self.text, self.front.read
        kinds = read.kinds if read is not None else {}
        if key in kinds:
            kind = kinds[key]
            junk = None if kind is None else Boilerplate(text[start:end], Span(start, end), kind)
        else:
            junk = _part(None, match_boilerplate, text, start, end, self.anchors)
        if index < self.release_end:
            if junk is None or junk.kind not in RELEASE_TAIL_KEEPS:
                junk = Boilerplate(text[start:end], Span(start, end), "release")
        elif junk is not None and junk.kind == "release":
            junk = self._release(index, junk)
        elif junk is not None and junk.kind == "separator" and self.bodies:
            self._end_mark(index)
        if junk is None:
            return None
        if (
            junk.kind == "credits"
            and text.find("/", start, end) >= 0
            and bare_credit(_part(None, match_caption, text, start, end))
        ):
            return None  # a photographer's credit alone (Photographer: Jane Doe/Bloomberg)
        if junk.kind in _LEAD_CREDIT_KINDS and self._credits_lead_picture(index, start, end):
            return None  # the lead picture's credit under its description (_caption): © AFP
        if (
            junk.kind == "timestamp"
            and self.dateline is None
            and not self.bodies
            and text[start].isupper()
            and (not text[start + 1 : start + 2].islower() or _number_second(text, start, end))
        ):
            # the place in capitals before the stamp, no dash: ISTANBUL Nov 04, 2025 - 2:45 pm;
            # a listed place before a numeric date: Barcelona 04/11/2025 18:12 (La Vanguardia);
            # a corpus's dateline field, the place and an ISO date: LONDON 1996-09-03 (RCV1)
            placed = _part(None, place_before_stamp, text, start, end) or _part(
                None, place_and_iso_date, text, start, end
            )
            if placed is not None:
                self.dateline = placed
                return None
        if junk.kind == "timestamp" and self.dateline is None and not self.bodies:
            # a release's place and date over its lead: Brussels, 3 March 2026
            placed = _part(None, place_comma_date, text, start, end)
            if placed is not None:
                self.dateline = placed
                return None
            # the place after the stamp: Published - Nov 4, 2025 8:30 pm IST - KOCHI
            placed = _part(None, place_after_stamp, text, start, end)
            if placed is not None:
                self.dateline = placed
                cut = len(text[start : placed.span.start].rstrip(_STAMP_PLACE_DASH))
                junk = Boilerplate(text[start : start + cut], Span(start, start + cut), "timestamp")
        return junk

    def _release(self, index: int, junk: Boilerplate) -> Boilerplate | None:
        """A press release's furniture (*junk*) and the blocks after it that are
        furniture too, or ``None`` when the text is no press release (then
        the block is a sub-heading of the story)."""
        if junk.text.startswith("RNS Number"):
            self.released = True  # a regulatory announcement's number (RNS): no sub-heading
            return junk
        if junk.text.casefold().endswith(_RELEASE_STAMPS) or (
            "/" in junk.text and junk.text[-1:].isdigit()
        ):
            # the issuer over the kind (European Commission - Press release), an
            # official release's document symbol (SG/SM/12345, IP/26/1234)
            self.released = True
            return junk
        if junk.text.casefold().startswith(_MEDIA_NOTE):
            return junk  # a UN release's closing note: For information media. ...
        if junk.text.casefold().startswith(_ISSUER_NOTES):
            # a listed company's legal notice, printed by its release alone
            # (Veröffentlichung einer Insiderinformation nach Artikel 17 ...)
            self.released = True
            return junk
        if not self.bodies and junk.text.casefold().startswith(PRESS_OFFICES):
            # a press office's label over the headline: Mitteilung der Pressestelle
            self.released = True
            return junk
        if junk.text.startswith("(") or junk.text.casefold().endswith(" plc"):
            # the issuer's name alone and its defined short name: no heading of a
            # release's closing section (Halden Minerals PLC, ("Halden" or the "Company"))
            return junk
        if (
            junk.text.startswith(("NEWS PROVIDED", "News provided"))
            or junk.text.strip().casefold() in RELEASE_KIND_LABELS  # Peer-Reviewed Publication
        ):
            self.released = True
        dateline = self.dateline
        in_release = bool(self.bodies) and (
            self.released or (dateline is not None and release_wire(dateline.agency))
        )
        taken = _part(1, release_blocks, self.text, self.blocks, index, in_release)
        if not taken:
            return None
        self.release_end = index + taken
        return junk

    def _end_mark(self, index: int) -> None:
        """After a press release's end mark (``-30-``, ``###``, ``- ENDS -``),
        make the blocks to the end of the text its furniture (a contact, ``For
        more information:``), when :func:`release_end_mark` says they are."""
        dateline = self.dateline
        in_release = self.released or (dateline is not None and release_wire(dateline.agency))
        taken = _part(0, release_end_mark, self.text, self.blocks, index, in_release)
        if taken:
            self.release_end = index + 1 + taken

    def _under_video(self, index: int, start: int, end: int) -> bool:
        """Read the block under a video player's button that names the video
        (``Click to play video: 'Title'``): the video's length alone (``02:14``)
        and its title printed again are the player's furniture; ``True`` when it
        was one of them (over the story)."""
        text, above = self.text, self.blocks[index - 1]
        if self.video != index - 1:
            if text[above.end - 1] not in _QUOTE_CLOSES:
                return False
            if above.end - above.start > _MAX_VIDEO_BUTTON:
                return False
            button = VIDEO_BUTTON_TITLE.match(text[above.start : above.end])
            if button is None:
                return False
            self.video_title = button.group("title")
        line = text[start:end]
        length = VIDEO_LENGTH.match(line) is not None
        if not length and line != self.video_title:
            return False
        self.boilerplate.append(Boilerplate(line, Span(start, end), "page"))
        self.video = index if length else -2  # (the title may follow the length)
        return True

    def _video_title(self, index: int, start: int, end: int) -> bool:
        """Read the line right under a video's label and length (CNBC: ``VIDEO
        03:12`` / ``Fed's Waller: Labor market is close to stall speed``) as the
        video's title, the player's furniture; ``True`` when it was one."""
        text, above = self.text, self.blocks[index - 1]
        if (
            not text[above.end - 1].isdigit()
            or above.end - above.start > _MAX_VIDEO_LABEL
            or end - start > _MAX_VIDEO_TITLE
            or text[end - 1] in _SENTENCE_CLOSES
            or not next_line(text, above.end, start)
        ):
            return False
        words = text[above.start : above.end].split()
        if (
            " ".join(words[:-1]).casefold() not in _VIDEO_LABELS
            or VIDEO_LENGTH.match(words[-1]) is None
        ):
            return False
        self.boilerplate.append(Boilerplate(text[start:end], Span(start, end), "page"))
        return True

    def _credits_lead_picture(self, index: int, start: int, end: int) -> bool:
        """True when the block ``text[start:end]``, the *index*-th, is a credit
        alone with no figure in it (``© AFP``, ``Foto: dpa``), a blank line under
        the lead picture's description (see :meth:`_lead_picture`)."""
        bodies, text = self.bodies, self.text
        if len(bodies) != 1 or end - start > _MAX_LEAD_CREDIT or index < 1:
            return False
        above = self.blocks[index - 1]
        if bodies[0] != (above.start, above.end) or any(map(str.isdigit, text[start:end])):
            return False
        credit = _part(None, match_caption, text, start, end)
        return (
            bare_credit(credit)
            and self._lead_picture(index, above.start, above.end)
            and _part(None, caption_over_story, text, bodies[0], credit, start) is not None
        )

    def _lead_picture(self, index: int, start: int, end: int) -> bool:
        """True when the block ``text[start:end]``, next to the *index*-th block, may
        be the lead picture's description over the story: no paragraph and no
        dateline before it (else it is the story's first paragraph, or later in the
        story), and the block after the pair (past at most two blocks of the page's
        furniture) longer than it (the story's lead) or the byline."""
        bodies, blocks = self.bodies, self.blocks
        if self.dateline is not None or len(bodies) > 1 or (bodies and bodies[0] != (start, end)):
            return False
        after = index + 1
        while after < len(blocks) and blocks[after].start < end:
            after += 1  # (the description over its credit: the block after the credit)
        text, last = self.text, min(len(blocks), after + _MAX_FURNITURE_UNDER_PICTURE + 1)
        while after < last:
            low, high = blocks[after].start, blocks[after].end
            if high - low > end - start or (
                self.byline is None and _part(None, match_byline, text, low, high) is not None
            ):
                return True
            if _part(None, match_boilerplate, text, low, high, self.anchors) is None:
                return False
            after += 1  # (the page's furniture under the picture: Listen to this article)
        return False

    def _bio_under_author_box(self, index: int, start: int, end: int) -> bool:
        """Read the block as the writer's bio under an author box's ``Written by``
        line after the story (Medium: ``Written by Jane Doe`` / ``Editor of the
        Dunmore Courier. Writing about local news.``); ``True`` when it was one.

        After the story's paragraphs, among its last blocks, a short block
        right under the line, which names the byline's writer."""
        text, junk, byline = self.text, self.boilerplate[-1], self.byline
        if (
            not self.bodies
            or byline is None
            or not byline.names
            or index + _AUTHOR_BOX_REACH < len(self.blocks)
            or end - start > _MAX_AUTHOR_BIO
            or not junk.text.startswith(_WRITTEN_BY)
            or junk.text[len(_WRITTEN_BY[0]) :].strip() not in byline.names
        ):
            return False
        self.boilerplate.append(Boilerplate(text[start:end], Span(start, end), "credits"))
        return True

    def _dated_under_credit(self, index: int, start: int, end: int) -> bool:
        """True when the block, in the story under a credit alone on the block
        *index* - 1, is a photo's description that ends with the picture's date
        (:func:`dated_caption_sentence`) and the paragraph over the credit is no
        such description (whose credit it would be)."""
        text = self.text
        if not self.bodies or not _part(False, dated_caption_sentence, text, start, end):
            return False
        above = self.bodies[-1]
        return above[1] <= self.blocks[index - 1].start and not _part(
            False, dated_caption_sentence, text, *above
        )

    def _under_credit_line(self, start: int, end: int) -> bool:
        """Read the block as the description under a photo's credit alone on the
        line over it (BBC pages copied to text: ``Getty Images`` / ``Nurses on a
        picket line in London``); ``True`` when it was one.

        Past the story's opening only (at the top, a line under an outlet's name
        is the headline), on the very next line, one short line that ends with no
        sentence's stop (a body paragraph ends with one; the page's captions do
        not).  In the story, a description that ends with a full stop is one
        when it ends with the picture's date as agencies write it, with no verb
        of a story's sentence (HuffPost: ``Jane Doe/Getty Images`` / ``Nurses
        march in London on Nov. 10, 2026.``), on the next line or after a blank
        line, unless the block over the credit is such a description itself
        (then the credit is that one's).
        """
        text = self.text
        junk = self.boilerplate[-1]
        index = self.credit_line + 1
        # over the story, under the headline and no byline (where the line under
        # a credit was never read so), a blank line may part them
        apart = (
            self.front.headline is not None
            and not self.bodies
            and self.byline is None
            and self.dateline is None
            and self._lead_picture(index, start, end)
        )
        if text[end - 1] in _SENTENCE_STOPS:
            if not self._dated_under_credit(index, start, end):
                return False
            apart = True  # (the caption's date: a blank line may part them too)
        if (
            not (self.bodies or self.byline is not None or self.dateline is not None or apart)
            or junk.kind != "credits"
            or end - start > _MAX_UNDER_CREDIT_LINE
        ):
            return False
        credit = _part(None, widget_credit, text, junk.span.start, junk.span.end)
        if credit is None:
            return False
        # (the next line, one line of its own: as under a credit read as a caption)
        caption = _part(None, description_under, text, credit, junk.span.end, start, end, apart)
        if caption is None:
            return False
        self.boilerplate.pop()
        self.captions.append(caption)
        self.captioned = self.credit_line + 1
        return True

    def _take_junk(self, index: int, junk: Boilerplate) -> None:
        """Keep *junk*, and note what it says of the blocks after it (a caption's
        page button; a heading over other stories' headlines; a photo's credit)."""
        if junk.kind == "standards":
            self._heading_over_note(index)
        self.boilerplate.append(junk)
        if junk.kind == "credits" and len(junk.text) <= _MAX_CREDIT_LINE:
            self.credit_line = index
        if junk.kind == "page" and signs_post(junk.text):
            self._post_above(index)
        if junk.kind == "page":
            place = caption_widget(junk.text)
            if place is not None:
                self.widget, self.widget_over = index, place == "over"
        if junk.kind not in _LIST_HEADINGS:
            return
        text, blocks = self.text, self.blocks
        if not self.bodies and self.dateline is None:
            # headlines of other stories listed under it, above the dateline
            datelines = self.front.datelines
            listed = _part(0, related_titles, text, blocks, index + 1, self.options, datelines)
            if not listed and junk.text.endswith(":"):
                # under a heading with a colon: In this article: (a portal's list of companies)
                listed = _part(0, linked_titles, text, blocks, index + 1)
            self.listed_end = index + 1 + listed
        elif self.bodies and junk.text.endswith(":"):
            # under "Read more:" in or after the story
            self.listed_end = index + 1 + _part(0, linked_titles, text, blocks, index + 1)
        elif self.bodies and junk.text.strip().casefold() in ONE_LINK_HEADINGS:
            # the one title under "Related article" inside the story (CNN)
            self.listed_end = index + 1 + min(1, _part(0, linked_titles, text, blocks, index + 1))
        elif self.bodies and junk.kind == "related":
            # under "Related topics" to the end of the page
            listed = _part(0, closing_titles, text, blocks, index + 1)
            if not listed:
                # or the titles under it inside the story, before a paragraph that goes on
                listed = _part(0, inset_titles, text, blocks, index + 1)
            self.listed_end = index + 1 + listed

    def _heading_over_note(self, index: int) -> None:
        """Make the paragraph right above the *index*-th block, a short heading
        over a note on the story (``NOTE``, ``Disclaimer``, ``Editor's note`` over
        a court's or an outlet's standing note), ``standards`` boilerplate with
        it: a line of at most :data:`_MAX_NOTE_HEADING_WORDS` words, the first
        capitalised, the last one of :data:`_NOTE_HEADING_WORDS`, no sentence's
        stop at its end (a writer's name over the note stays where it was)."""
        if index < 1:
            return
        bodies, above = self.bodies, self.blocks[index - 1]
        if not bodies or bodies[-1] != (above.start, above.end):
            return
        line = self.text[above.start : above.end]
        words = line.split()
        if (
            "\n" in line
            or not line[:1].isupper()
            or line[-1] in _SENTENCE_STOPS
            or len(words) > _MAX_NOTE_HEADING_WORDS
            or words[-1].casefold() not in _NOTE_HEADING_WORDS
        ):
            return
        bodies.pop()
        self.boilerplate.append(Boilerplate(line, Span(above.start, above.end), "standards"))

    def _post_above(self, index: int) -> None:
        """Make the paragraph right above the *index*-th block, the signature of an
        embedded post (``— Jane Doe (@jdoe) May 4, 2025``), the post it signs:
        ``page`` boilerplate, when it is short enough for a post."""
        bodies, above = self.bodies, self.blocks[index - 1]
        if (
            bodies
            and bodies[-1] == (above.start, above.end)
            and above.end - above.start <= _MAX_POST
        ):
            bodies.pop()
            post = self.text[above.start : above.end]
            self.boilerplate.append(Boilerplate(post, Span(above.start, above.end), "page"))

    def _by_buttons(self, index: int, start: int, end: int) -> bool:
        """Read the block under a caption's page buttons (its description, its
        credit); ``True`` when it was read."""
        text, captions = self.text, self.captions
        credit = _part(None, widget_credit, text, start, end)
        if credit is not None and 0 <= self.widget_caption == self.captioned:
            # the credit under its caption: one caption (as a credit over it is)
            joined = _part(None, credit_above, credit, captions[-1])
            if joined is not None:
                captions[-1] = joined
                self.captioned = index
                return True
        if self.widget != index - 1:
            return False
        if credit is not None:
            # the credit again, under the buttons
            self.boilerplate.append(Boilerplate(text[start:end], Span(start, end), "page"))
            return True
        if self.widget_over and end - start <= _MAX_WIDGET:
            # the caption under "Enlarge this image" (with a credit of its own, perhaps)
            found = _part(None, match_caption, text, start, end)
            caption = found or Caption(text[start:end], Span(start, end))
            if captions and self.captioned == index - 2:
                # the credit over the label: Image source, Getty Images / Image caption,
                joined = _part(None, credit_above, captions[-1], caption)
                if joined is not None:
                    captions[-1:] = ()
                    caption = joined
            captions.append(caption)
            self.captioned = self.widget_caption = index
            return True
        return False

    def _caption(self, index: int, key: tuple[int, int] | None, start: int, end: int) -> bool:
        """Read the block as a caption, joined to its credit on the line over or
        under it; ``True`` when it was one."""
        text, read = self.text, self.front.read
        if read is not None and key in read.captions:
            caption = read.captions[key]
        else:
            caption = _part(None, match_caption, text, start, end)
        if (
            caption is not None
            and not self.bodies
            and self.dateline is None
            and text[end - 1] == ")"
            and _part(None, place_and_agency, text, start, end) is not None
        ):
            return False  # the place and the agency alone are the dateline (_opening)
        if (
            caption is None
            and not self.bodies
            and self.dateline is None
            and index + 1 < len(self.blocks)
        ):
            # over the story, the agency after the caption's sentence (The National)
            caption = _part(None, lead_caption, text, start, end)
        if caption is None:
            if self.captioned == index - 1 and self.captions:
                # the description on the line under its credit (Stuff, NZ Herald)
                credit_end = self.blocks[index - 1].end
                caption = _part(
                    None, description_under, text, self.captions[-1], credit_end, start, end
                )
                if caption is None and self._dated_under_credit(index, start, end):
                    # a blank line between them (HuffPost): the picture's date ends it
                    caption = _part(
                        None,
                        description_under,
                        *(text, self.captions[-1], credit_end, start, end, True),
                    )
                if caption is not None:
                    self.captions[-1] = caption
                    self.captioned = index
                    return True
            return False
        bodies, captions = self.bodies, self.captions
        if bodies and bare_credit(caption):
            # a credit on the line under its description: one caption
            above = self.blocks[index - 1]
            if bodies[-1] == (above.start, above.end):
                joined = _part(None, caption_above, text, bodies[-1], caption, start)
                if joined is None and self._lead_picture(index, above.start, above.end):
                    # the lead picture's description and credit over the story, a
                    # blank line between them
                    joined = _part(None, caption_over_story, text, bodies[-1], caption, start)
                if joined is not None:
                    bodies.pop()
                    caption = joined
        elif (
            bodies
            and caption.text[:1].islower()
            and bodies[-1] == (self.blocks[index - 1].start, self.blocks[index - 1].end)
            and (joined := _part(None, caption_goes_on, text, bodies[-1], caption)) is not None
        ):
            # the description's first line on the line over it (a caption split in two)
            bodies.pop()
            caption = joined
        elif (
            captions
            and self.captioned == index - 1
            and captions[-1].text == caption.text
            and text.startswith("![", self.blocks[index - 1].start)
        ):
            # the caption again under its Markdown image, whose alt text it is:
            # one caption, the image line is furniture
            image = self.blocks[index - 1]
            captions.pop()
            markup = Boilerplate(
                text[image.start : image.end], Span(image.start, image.end), "page"
            )
            self.boilerplate.append(markup)
        elif captions and caption.credit is None and self.captioned == index - 1:
            # a credit on the line over its description (web pages)
            joined = _part(None, credit_above, captions[-1], caption)
            if joined is not None:
                captions.pop()
                caption = joined
        captions.append(caption)
        self.captioned = index
        return True

    def _opening(self, index: int, key: tuple[int, int] | None, start: int, end: int) -> int | None:
        """Read the byline and the dateline that open the story from the block;
        where the rest of it starts, or ``None`` when nothing is left."""
        text, read = self.text, self.front.read
        if self.byline is None and self.dateline is None and text.startswith(DOTTED_LEADS, start):
            # the byline and stamps glued to the story (the CNN/Daily Mail corpus):
            # By . Jane Doe . PUBLISHED: . 10:11 EST, 2 January 2014 . A hospital ...
            dotted = _part(None, match_dotted_lead, text, start, end)
            if dotted is not None:
                self.byline, furniture, start = dotted
                self.boilerplate.extend(furniture)
                if start >= end:
                    return None
        if (
            self.byline is None
            and self.front.headline is not None
            and end - start <= _MAX_SOURCE_CREDIT
            and text[start:end].strip().casefold() in STAFF_CREDITS
        ):
            # a desk for the byline alone under the headline's stamps, whatever the
            # dateline (The Hindu: Published - ... - CHENNAI / Special Correspondent)
            self.boilerplate.append(Boilerplate(text[start:end], Span(start, end), "credits"))
            return None
        if self.byline is None and (self.dateline is None or self.dateline_alone):
            if end - start <= _MAX_LONE_LABEL and _part(False, lone_lead, text, start, end):
                self.lone_lead = (index, start, end)  # By / Jane Doe (Khaleej Times)
                return None
            if (
                end - start <= _MAX_SOURCE_CREDIT
                and text.startswith(_BY, start)
                and _part(False, source_credit, text[start:end])
            ):
                # an outlet or its staff for the byline, under page furniture: By KXYZ Staff
                self.boilerplate.append(Boilerplate(text[start:end], Span(start, end), "credits"))
                return None
            if read is not None and key in read.bylines:
                self.byline = read.bylines[key]
            else:
                self.byline = _part(None, match_byline, text, start, end)
            if self.byline is None and self.lone_lead[0] == index - 1:
                names = _part(None, names_under_lead, text, start, end)
                led, led_end = self.lone_lead[1:]
                if names:
                    self.byline = Byline(text[led:end], names, Span(led, end))
                else:
                    self.bodies.append((led, led_end))  # no names under it: the word is body
            if self.byline is None and self.front.headline is not None:
                # below a headline, a name alone or with a desk or role
                self.byline = _part(None, match_unled_byline, text, start, end)
            if self.byline is not None:
                split = _part(None, split_stamp, text, self.byline)
                if split is not None:
                    # the page's stamp after a bar on the byline's line: By Jane Doe | Published ...
                    self.byline, stamp = split
                    self.boilerplate.append(stamp)
                self.byline_end = index
                return None
        if self.dateline is None:
            datelines = self.front.datelines
            if (start, end) in datelines:
                self.dateline = datelines[start, end]
            else:
                self.dateline = _part(None, match_dateline, text, start, end, self.options)
            if self.dateline is None or self.dateline.date_text is None:
                # where and when on a line of its own: Madrid - 04 nov 2025 - 18:12 CET
                self.dateline = _part(None, place_before_stamp, text, start, end) or self.dateline
            if self.dateline is None and end - start <= _MAX_STACKED_PLACE:
                # the place, the agency and a dash on lines of their own: Boston / CNN / —
                self.dateline = _part(None, stacked_dateline, text, start)
                if self.dateline is not None:
                    self.stacked_end = self.dateline.span.end
            if (
                self.dateline is None
                and not self.bodies
                and self.front.headline is None
                and self.byline is None
            ):
                # the place alone over a body with no headline: ANKARA / Turkey and ...
                self.dateline = _part(None, place_alone, text, start, end)
            if self.dateline is None and not self.bodies and end - start <= _MAX_STACKED_PLACE:
                # the place and the agency alone, a corpus's field: HALIFAX, Nova Scotia (AP);
                # or the place and an ISO date (Reuters RCV1): ST. LOUIS 1996-08-21
                self.dateline = _part(None, place_and_agency, text, start, end) or _part(
                    None, place_and_iso_date, text, start, end
                )
            if (
                self.dateline is None
                and self.byline is not None
                and (index == max(self.byline_end, self.stamped_end) + 1)
            ):
                # the place alone under the byline (and its stamps): Por Luis Pérez / Valencia
                self.dateline = _part(None, place_alone, text, start, end)
            if self.dateline is None and self.byline is None and self.credit_line == index - 1:
                # the place alone under a desk's credit (a byline may follow it): India
                # Today News Desk / Chennai, ; Staff Correspondent / Dhaka
                self.dateline = _part(None, place_alone, text, start, end)
                self.dateline_alone = self.dateline is not None
            if self.dateline is not None:
                start = _skip_space(text, self.dateline.span.end, end)
                if start >= end:
                    return None
        if self.byline is None and text.find("=", start, start + LEAD_WINDOW) >= 0:
            # a byline that opens the story: (서울=연합뉴스) 김수연 기자 = ...
            lead = _part(None, match_byline_lead, text, start, end)
            if lead is not None:
                self.byline, start = lead
                start = _skip_space(text, start, end)
                if start >= end:
                    return None
        return start


def _split_glued(text: str, bodies: list[tuple[int, int]], boilerplate: list[Boilerplate]) -> None:
    """Split the sign-offs and credit lines glued to the end of the last
    paragraph off *bodies* into *boilerplate*."""
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


def _split_footers(
    text: str, bodies: list[tuple[int, int]], boilerplate: list[Boilerplate]
) -> None:
    """Move the outlet's long footer blocks that end the page (:func:`match_footer`)
    from *bodies* to *boilerplate*; the story keeps one paragraph at least."""
    for _ in range(_MAX_FOOTERS):
        if len(bodies) < 2:
            break
        start, end = bodies[-1]
        if end - start <= _MIN_FOOTER:
            break  # (a short block: read by the boilerplate's rules already)
        footer = _part(None, match_footer, text, start, end)
        if footer is None:
            break
        boilerplate.append(footer)
        bodies.pop()


#: A sponsor's slot under its label has at most this many characters.
_MAX_SPONSORED = 300
#: At most this many characters of white space stand between the label and its slot.
_SPONSOR_GAP = 64


def _split_sponsored(
    text: str, bodies: list[tuple[int, int]], boilerplate: list[Boilerplate]
) -> None:
    """Move the last of *bodies* to *boilerplate* as a ``promo`` when it is a
    sponsor's short slot: right under a sponsor's label alone (``SPONSORED``) and
    over the page's furniture, no story after it (a newsletter's advert)."""
    if len(bodies) < 2:
        return
    start, end = bodies[-1]
    if end - start > _MAX_SPONSORED or not text[end:].strip():
        return
    for junk in boilerplate:
        if (
            junk.kind == "promo"
            # (right over it: blank lines only, read within a short reach)
            and 0 <= start - junk.span.end <= _SPONSOR_GAP
            and not text[junk.span.end : start].strip()
            and junk.text.strip().casefold() in SPONSOR_LABELS
        ):
            boilerplate.append(Boilerplate(text[start:end], Span(start, end), "promo"))
            bodies.pop()
            return


def _split_menu_lines(text: str, boilerplate: list[Boilerplate]) -> None:
    """Split a ``promo`` whose last sentence's end is followed by a page's links
    alone (``page``) in two: a newsletter's footer, ``You are receiving this
    email because ...`` over ``Unsubscribe | Manage preferences`` (its lines
    joined or not)."""
    for at, junk in enumerate(boilerplate):
        if junk.kind != "promo":
            continue
        cut = max(junk.text.rfind(". "), junk.text.rfind(".\n")) + 1
        if cut <= 1:
            continue
        head, tail = junk.text[:cut].rstrip(), junk.text[cut:].strip()
        if not head or boilerplate_kind(tail) != "page" or boilerplate_kind(head) != "promo":
            continue
        start = junk.span.start
        tail_start = junk.text.index(tail, cut) + start
        boilerplate[at] = Boilerplate(head, Span(start, start + len(head)), "promo")
        boilerplate.append(Boilerplate(tail, Span(tail_start, tail_start + len(tail)), "page"))


#: A name alone that closes a page under its promos has this many words at
#: least and at most (``Zacks Investment Research``), and at most this many characters.
_MIN_CLOSING_NAME_WORDS = 2
_MAX_CLOSING_NAME_WORDS = 5
_MAX_CLOSING_NAME = 60
#: The small words a name may hold in lower case (``Bank of England``).
_NAME_JOINS = frozenset({"of", "and", "&", "the", "for", "de"})


def _split_closing_name(
    text: str, bodies: list[tuple[int, int]], boilerplate: list[Boilerplate]
) -> None:
    """Move the page's last block from *bodies* to *boilerplate* (``credits``)
    when it is a name alone under the page's promos, with no story between
    them: a publisher's or research firm's name that closes its page
    (``Zacks Investment Research``), 2 to 5 capitalised words, no figure, no
    sentence's end.

    >>> from newsstruct import parse_article
    >>> text = (
    ...     "Rates hold\\n\\nThe bank kept rates on hold on Tuesday.\\n\\nMarkets rose.\\n\\n"
    ...     "Sign up for our newsletter\\n\\nHarbour Street Research"
    ... )
    >>> [(junk.kind, junk.text) for junk in parse_article(text).boilerplate][-1]
    ('credits', 'Harbour Street Research')
    """
    start, end = bodies[-1]
    if end - start > _MAX_CLOSING_NAME:
        return
    words = text[start:end].split()
    if not (_MIN_CLOSING_NAME_WORDS <= len(words) <= _MAX_CLOSING_NAME_WORDS):
        return
    if any(char.isdigit() for char in text[start:end]) or "\n" in text[start:end]:
        return
    if not all(word[0].isupper() or word in _NAME_JOINS for word in words):
        return
    if not (words[0][0].isupper() and words[-1][-1].isalpha()):
        return  # (a sentence's end, a colon over a list: no name alone)
    above = bodies[-2][1]
    if not any(junk.kind == "promo" and above <= junk.span.start < start for junk in boilerplate):
        return
    boilerplate.append(Boilerplate(text[start:end], Span(start, end), "credits"))
    bodies.pop()


#: A heading over a note on the story (``NOTE``, ``Editor's note``) has at most
#: this many words, the last one of these (case folded).
_MAX_NOTE_HEADING_WORDS = 3
_NOTE_HEADING_WORDS = frozenset(
    {"note", "notes", "disclaimer", "disclaimers", "important", "disclosure", "notice"}
)
#: An embedded post over its signature has at most this many characters (a post
#: on X holds 280, and a link or two).
_MAX_POST = 360
#: The place of a dateline set on lines of its own (``Boston`` / ``CNN`` / ``—``) has
#: at most this many characters.
_MAX_STACKED_PLACE = 60
#: A byline's lead word or label alone (``By``, ``Author of the article:``) has at most
#: this many characters.
_MAX_LONE_LABEL = 40
#: An outlet's credit for the byline (``By KXYZ Staff``) has at most this many characters.
_MAX_SOURCE_CREDIT = 60
_BY = ("By ", "BY ", "by ")
#: The fields of a fact check's claim box over its byline (``Claim: ...``, ``Rating: False``).
_CLAIM_LABELS = ("Claim:", "Rating:", "Verdict:", "Our rating:", "Our verdict:", "Claimed by:")
#: A claim box has at most this many fields.
_MAX_CLAIM_FIELDS = 4
#: A weather widget's lines under its temperature: at most this many, each short.
_MAX_WEATHER_LINES = 2
_MAX_WIDGET_LINE = 40
_MAX_WIDGET_WORDS = 4
#: A temperature alone has at most this many characters.
_MAX_DEGREES = 10


def _widget_line(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` may be a line of a weather widget (a place, the sky)."""
    return (
        end - start <= _MAX_WIDGET_LINE
        and text[end - 1] not in '.!?"\u201d'
        and len(text[start:end].split()) <= _MAX_WIDGET_WORDS
    )


#: At most this many footer blocks end a page; each is longer than this.
_MAX_FOOTERS = 3
_MIN_FOOTER = 260


#: A paragraph this short is tested for a jump glued to its end only when it
#: holds a digit and a space or a line break (the first tests of
#: :func:`split_trailing_jump`, which reads at least its last four characters).
_JUMPLESS = 4


def _split_jumps(text: str, bodies: list[tuple[int, int]], boilerplate: list[Boilerplate]) -> None:
    """Split the print jump lines and page pointers glued to the end of the
    paragraphs before the last (``... voted to\nContinued on Page A12``) off
    *bodies* into *boilerplate* (the last paragraph's: :func:`_split_glued`)."""
    unglued: tuple[int, Boilerplate | None] = (0, None)
    if not any(map(text.__contains__, _DIGITS)):
        return  # no digit in the text: no page to split off
    for index in range(len(bodies) - 1):
        start, end = bodies[index]
        if not _DIGITS.isdisjoint(text[end - 4 : end]):  # a page: A6., 4A, Page A12
            if end - start <= _JUMPLESS:
                # (split_trailing_jump's own gates: a digit in the block, a space before the jump)
                block = text[start:end]
                if _DIGITS.isdisjoint(block) or not (
                    " " in block or "\n" in block or "\t" in block or "\r" in block
                ):
                    continue
            new_end, jump = _part(unglued, split_trailing_jump, text, start, end)
            if jump is not None and new_end > start:
                boilerplate.append(jump)
                bodies[index] = (start, new_end)


def _labelled_dateline(text: str, walk: _Walk, labelled: tuple[int, int, int]) -> None:
    """The export's ``Dateline: WASHINGTON`` line: the dateline when the story
    opens with none of its own, else boilerplate of kind ``export``."""
    start, place, end = labelled
    if walk.dateline is None:
        walk.dateline = _part(None, labelled_dateline, text, start, place, end, walk.options)
    if walk.dateline is None or walk.dateline.span.start != start:
        walk.boilerplate.append(Boilerplate(text[start:end], Span(start, end), EXPORT))


#: A folio (a page's number and its running head's title) is at most this long.
_MAX_FOLIO = 80
#: A page's number in a folio has at most this many digits.
_MAX_FOLIO_DIGITS = 3


def _split_folios(text: str, bodies: list[tuple[int, int]], boilerplate: list[Boilerplate]) -> None:
    """Move a printed page's folios from *bodies* to *boilerplate*, of kind
    ``page``: the page's number and the title of the running head that the
    text's ``page`` furniture prints in capitals (a magazine's PDF: ``THE
    RIVERTON REVIEW | NOVEMBER 2025`` over the story, ``42 THE RIVERTON
    REVIEW`` or ``THE RIVERTON REVIEW 43`` at a page's foot).  A line with a
    number and other capitals stays where it is."""
    titles = {
        head
        for item in boilerplate
        if item.kind == "page" and item.text.isupper()
        for part in item.text.split("|")
        if len(head := " ".join(part.split())) > _MAX_FOLIO_DIGITS and not head.isdigit()
    }
    kept: list[tuple[int, int]] = []
    for start, end in bodies:
        line = text[start:end]
        if end - start <= _MAX_FOLIO and line.isupper() and "\n" not in line:
            words = line.split()
            number, title = (words[0], words[1:]) if words[0].isdigit() else (words[-1], words[:-1])
            if number.isdigit() and len(number) <= _MAX_FOLIO_DIGITS and " ".join(title) in titles:
                boilerplate.append(Boilerplate(line, Span(start, end), "page"))
                continue
        kept.append((start, end))
    bodies[:] = kept


def _credits_alone(text: str, captions: list[Caption], boilerplate: list[Boilerplate]) -> None:
    """Move the picture credits with no description (``(Foto: EFE)`` alone, not
    joined to a caption over or under it) from *captions* to *boilerplate*,
    of kind ``credits``: a caption never has empty text."""
    kept: list[Caption] = []
    for caption in captions:
        credit = caption.credit_span
        if caption.text or credit is None:
            kept.append(caption)
            continue
        start, end = caption.span.start, credit.end
        while end < len(text) and text[end] in _CREDIT_CLOSE:
            end += 1  # the bracket round it: (Foto: EFE)
        boilerplate.append(Boilerplate(text[start:end], Span(start, end), "credits"))
    captions[:] = kept


def _split_bios(
    text: str,
    bodies: list[tuple[int, int]],
    boilerplate: list[Boilerplate],
    names: tuple[str, ...],
) -> None:
    """Move the lines about the writers (*names*) that end the story from
    *bodies* to *boilerplate*: ``Jane Doe covers energy for Reuters.``"""
    for _ in range(_MAX_BIOS):
        if len(bodies) < 2:
            break
        start, end = bodies[-1]
        bio = _part(None, match_bio, text, start, end, names)
        if (
            bio is None
            and len(bodies) > 2
            and (
                _part(False, reporter_title, text[start:end])
                or _part(False, outlet_named, text[start:end].strip())
            )
        ):
            # an author box: the name alone over the title or the outlet (Jane Doe /
            # Biotech Correspondent, Jane Doe / Thomson Reuters)
            name = _part(None, match_bio, text, *bodies[-2], names)
            if name is None or name.text.strip(". ").casefold() not in {
                writer.casefold() for writer in names
            }:
                break
            boilerplate.extend((name, Boilerplate(text[start:end], Span(start, end), "credits")))
            del bodies[-2:]
            continue
        if bio is None:
            break
        boilerplate.append(bio)
        bodies.pop()


def _byline_from_credits(boilerplate: list[Boilerplate]) -> Byline | None:
    """The byline read from a ``(Reporting by ...; Editing by ...)`` credit line."""
    for item in boilerplate:
        if item.kind != "credits":
            continue
        if item.text.lstrip("( \t").casefold().startswith(PICTURE_CREDIT_ROLES):
            continue  # Illustration by Jane Doe: not the writer
        if item.text[:3].casefold() == "by " and (
            outlet_named(item.text[3:].strip())
            or BOILERPLATE_SOURCE_WITH.match(item.text[3:].strip())
            or source_credit(item.text)
        ):
            continue  # By Daily Planet Times, by DAILY PLANET WITH AFP, By JT: an outlet, no writer
        names = byline_names(item.text)
        if names:
            return Byline(item.text, names, item.span)
    return None


def _number_second(text: str, start: int, end: int) -> bool:
    """True when the second word of ``text[start:end]`` opens with a digit
    (``Barcelona 04/11/2025 18:12``)."""
    words = text[start : min(end, start + _PLACE_HEAD)].split(None, 2)
    return len(words) > 1 and words[1][:1].isdigit()


#: The head of a block read for a place before a stamp (:func:`_number_second`).
_PLACE_HEAD = 40


def _skip_space(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos].isspace():
        pos += 1
    return pos
