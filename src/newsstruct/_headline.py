"""Headlines (with kicker and standfirst) from the first blocks of an article.

The first block is the headline when it reads as one:

* it is short (at most three lines, 300 characters and 40 words) and is not
  a byline, a caption, boilerplate or a paragraph opening with a dateline;
* it does not end with a colon (a lead-in such as ``The Post reports:``);
* it has no final full stop, or it is in ALL CAPS (wire slugs such as
  ``CHINA CALLS FOR BETTER TRADE DEAL WITH U.S.``) or title case; a
  sentence-case line ending with a full stop counts only when it is a single
  sentence of at most 17 words (a story's opening sentence is usually longer), shorter
  than one of the three blocks after it, and is no quote with its cue;
* when it is the whole text, it is in ALL CAPS or title case, or has at most
  25 words.

A kicker is a label from :mod:`newsstruct._data.kickers` on a line of its own
above the headline (``EXCLUSIVE``, ``ANALYSIS``, ``UPDATE 2``) or glued
before it (``EXCLUSIVE-Chip maker ...``, ``Analysis: Why ...``), or a listed
country glued before it with a colon (``Germany: Coalition agrees ...``).  A
standfirst is a block of at most 60 words between the headline and a byline
or a paragraph opening with a dateline (captions between them aside, also a
caption whose credit is on a line of its own under it), or the line right under a
headline that ends with a semicolon (a database's heading and deck).  A text that starts with its body
(for example with a dateline paragraph) has no headline.

Page furniture around the headline: an outlet's name alone above it (``The
Independent``, as aggregators print their source) is ``page`` boilerplate; under it, a
live blog's label (``Live updates``) is ``page`` boilerplate and a source line that
credits an outlet, not a person (``The Canadian Press``, ``KXYZ Staff``), is
``credits``; neither is taken for the standfirst.  A magazine's writer, section and
stamp over the headline (``Jane Doe`` / ``Security`` / ``Mar 4, 2026 6:00 AM``) are the
byline, the kicker and ``timestamp`` boilerplate, not the headline.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import attrs

from newsstruct._blocks import Block
from newsstruct._boilerplate import boilerplate_kind, issuer_label, issuer_under
from newsstruct._byline import (
    lone_lead,
    match_byline,
    match_unled_byline,
    name_alone,
    names_under_lead,
    outlet_named,
    paper_named,
)
from newsstruct._caption import (
    blank_line,
    caption_above,
    caption_goes_on,
    caption_over_story,
    match_caption,
    next_line,
)
from newsstruct._data.agencies import is_agency
from newsstruct._data.boilerplate import (
    ADVERTS,
    AUDIO_PLAYER_NOTES,
    DESK_CREDIT_ROLES,
    FORWARDED_NOTES,
    LIVE_POST_LABELS,
    NAME_LINE_DESKS,
    NAME_LINE_HEADS,
    PRESS_OFFICES,
    SCRIPT_HEADER_LABELS,
)
from newsstruct._data.desks import STAFF_CREDITS
from newsstruct._data.first_names import FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, UNISEX_FIRST_NAMES
from newsstruct._data.gazetteer import COUNTRIES, is_known_place
from newsstruct._data.kickers import (
    COLUMN_TITLES,
    DIGEST_LABELS,
    ISSUER_LABEL_NOUNS,
    KICKER_LINE_LANGUAGES,
    LIVE_LABELS,
    SECTION_NAMES,
    SPACED_SUMMARY_LABELS,
    SUMMARY_LABELS,
    VERSION_LABELS,
)
from newsstruct._data.lead_words import LEAD_PRONOUNS
from newsstruct._data.months import MONTHS, WEEKDAYS
from newsstruct._data.outlets import PAPER_NOUNS, is_outlet
from newsstruct._dateline import match_dateline, place_alone
from newsstruct._language import detect_language
from newsstruct._model import Byline, Caption, Dateline, Headline, Kicker, Span, Standfirst
from newsstruct._options import Options
from newsstruct._patterns import (
    BOILERPLATE_CHAT_SENDER,
    BOILERPLATE_RUNNING_HEAD,
    BOILERPLATE_SCORE_LINE,
    BOILERPLATE_SOURCE_WITH,
    BYLINE_DATE_TAIL,
    HEADLINE_AIRED_SUFFIX,
    HEADLINE_BREADCRUMB,
    HEADLINE_COUNTRY_PREFIX,
    HEADLINE_CRUMB_SEPARATOR,
    HEADLINE_FEED_AGE,
    HEADLINE_KICKER_LINE,
    HEADLINE_KICKER_PREFIX,
    HEADLINE_MEDIA_LABEL,
    HEADLINE_NEWSLETTER_GREETING,
    HEADLINE_NOT_PLAIN,
    HEADLINE_REVIEW_INFO,
    HEADLINE_SENTENCE_BREAK,
    HEADLINE_SITE_SUFFIX,
    HEADLINE_SOURCE_SUFFIX,
    HEADLINE_TIME_CODE,
    HEADLINE_WORD,
    HEADLINE_WORD_PLAIN,
    HEADLINE_WRITER_JOIN,
    LEAD_SENTENCE_ARTICLE,
    LEAD_SENTENCE_PAST,
    LEAD_SENTENCE_PAST_AUX,
    LEAD_SENTENCE_PERFECT_PASSIVE,
    LEAD_SENTENCE_POSSESSIVE,
    LEAD_SENTENCE_TIME,
    LIFE_SPAN,
    OPEN_LINE_END_WORD,
    REVIEW_BOOK_PAGES,
    REVIEW_RATING,
)
from newsstruct._subheads import report_section

_MAX_HEADLINE = 300
_MAX_HEADLINE_WORDS = 40
_MAX_HEADLINE_LINES = 3
#: A sentence-case headline ending with a full stop has at most this many words.
_MAX_SENTENCE_WORDS = 17
#: A headline of two sentences (``Game over. Will he quit?``) has at most this
#: many words, and the paragraph under it is this many times as long.
_MAX_TWO_SENTENCE_WORDS = 12
_TWO_SENTENCE_RATIO = 3
#: What ends a paragraph's last sentence (or the quote that ends it).
_SENTENCE_ENDS = frozenset(".!?\"'\u201d\u2019")
#: A sentence-case block with nothing after it has at most this many words.
_MAX_LONE_WORDS = 25
_MAX_KICKER = 40
#: A column's standing titles and a live page's labels: a page's links too,
#: but the label of the page when alone over the headline.
_TITLES_NOT_LINKS = COLUMN_TITLES | LIVE_LABELS
#: An issuer's label over its headline (``Press release from the Ministry of
#: Justice``) has at most this many characters.
_MAX_ISSUER_KICKER = 80
#: A kicker line over a headline has at most this many words (``Streit um Rente``) ...
_MAX_KICKER_LINE_WORDS = 4
#: ... and the headline under it at most this many (a standfirst's sentence is longer).
_MAX_KICKER_HEADLINE_WORDS = 14
#: What may follow a kicker alone on its line, no part of it: a colon, a bar,
#: a dash (Ars Technica: ``SCIENCE \u2014``) and the spaces before them.
_KICKER_SEPARATORS = ":|-\u2013\u2014 \t"
#: At most this many labels glued before a headline (``RPT-UPDATE 2-``).
_MAX_CHAINED_KICKERS = 3
#: Boilerplate kinds that may stand above a headline, and how many such blocks.
_LEADING_JUNK = frozenset({"timestamp", "share", "flag", "separator", "related", "page", "release"})
#: ... and the kinds skipped there when the block is no outlet's name: a raw feed's
#: desk codes and the sign-off of the story before (``afp/xx``, ``==Kyodo``).
_LEADING_FEED_JUNK = frozenset({"desk", "signoff"})
_MAX_LEADING_JUNK = 12
#: Boilerplate kinds a standfirst may stand above, with the byline or dateline below.
_PAGE_FURNITURE = frozenset({"release", "page", "share"})
#: Boilerplate that may stand between a kicker and its headline (a release's
#: flag too: COMUNICATO STAMPA / Price sensitive / the headline).
_STAMPS = frozenset({"timestamp", "share", "flag"})
#: Advertising slots (a ``promo``), skipped above the headline like the kinds above.
_ADVERT_SLOTS = frozenset(advert.casefold() for advert in ADVERTS)
#: A menu item has at most this many words.
_MAX_MENU_WORDS = 3
#: Words after a bare place-and-dash that make the block a dateline paragraph.
_MIN_DATELINE_SENTENCE = 8
#: How much of the text after such a dateline is read for that sentence.
_DATELINE_SENTENCE_WINDOW = 2000
_MAX_STANDFIRST = 600
_MAX_STANDFIRST_WORDS = 60
#: Share of capitalised content words that makes a line title case.
_TITLE_SHARE = 0.75
#: Words that title case leaves in lower case.
_SMALL_WORDS = frozenset(
    {
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "in", "into",
        "is", "its", "of", "on", "or", "over", "per", "the", "to", "up", "via", "vs", "with",
        "than", "after", "amid", "about", "off", "out", "under", "despite", "his", "her",
        "their", "says", "say", "said", "will", "won't", "not", "no",
    }
)  # fmt: skip
_CLOSERS = "\"'\u201d\u2019)]\u00bb"
#: No blocks known to be boilerplate before the front matter is read.
_NO_FURNITURE: Mapping[int, str] = {}


@attrs.frozen
class FrontMatter:
    """What :func:`find_front_matter` found, and the block indices it used."""

    headline: Headline | None = None
    kicker: Kicker | None = None
    standfirst: Standfirst | None = None
    used: frozenset[int] = frozenset()
    #: The datelines read while looking (block ``(start, end)`` -> dateline or
    #: ``None``), so the composer does not read the same block twice.
    datelines: dict[tuple[int, int], Dateline | None] = attrs.field(
        factory=dict, eq=False, hash=False, repr=False
    )
    #: The other readings made while looking (boilerplate kinds, captions and
    #: bylines by block ``(start, end)``), for the composer too.
    read: _Reader | None = attrs.field(default=None, eq=False, hash=False, repr=False)


def find_front_matter(
    text: str,
    blocks: Sequence[Block],
    options: Options,
    anchors: tuple[str, ...] | None = None,
    furniture: Mapping[int, str] = _NO_FURNITURE,
) -> FrontMatter:
    """Headline, kicker and standfirst among the leading *blocks* of *text*.

    *anchors*: the boilerplate phrase anchors found in the blocks
    (:func:`~newsstruct._boilerplate.phrase_anchors`), when already known;
    *furniture*: blocks known to be boilerplate, by index, with their kind (a
    call transcript's participants list: no standfirst, no byline).

    >>> from newsstruct._blocks import split_blocks
    >>> from newsstruct._headline import find_front_matter
    >>> from newsstruct._options import DEFAULT_OPTIONS
    >>> text = "ANALYSIS\\n\\nWhy markets fell\\n\\nMarkets fell on Friday, traders said."
    >>> front = find_front_matter(text, split_blocks(text), DEFAULT_OPTIONS)
    >>> front.kicker.text, front.headline.text, sorted(front.used)
    ('ANALYSIS', 'Why markets fell', [0, 1])
    >>> find_front_matter("", (), DEFAULT_OPTIONS)
    FrontMatter(headline=None, kicker=None, standfirst=None, used=frozenset())
    """
    seen: dict[tuple[int, int], Dateline | None] = {}
    junk = _Reader(anchors)
    for at, known in furniture.items():
        junk.kinds[blocks[at].start, blocks[at].end] = known
    index = 0
    # page furniture above the headline: update stamps, share widgets, flags,
    # skip links and menus, advertising slots
    while index < min(len(blocks), _MAX_LEADING_JUNK):
        block = blocks[index]
        if index == 0 and _poster_over_handle(text, blocks, junk):
            index += 2  # a social post's writer over the handle: Mara Quinlan / @mara.bsky.social
            continue
        script = _script_header(text, blocks, index, junk) if index == 0 else 0
        if script:
            index += script  # NEWS 0800 TUES 10 MARCH / READER: JAMES / DURATION: 0'42"
            continue
        issuer = _issuer_lines(text, blocks, index, junk)
        if issuer:
            index += issuer  # U.S. Attorney's Office / District of Nevada / FOR IMMEDIATE RELEASE
            continue
        masthead = _masthead_over_greeting(text, blocks, index, junk)
        if masthead:
            index += masthead  # THE MORNING BRIEF / its date / Good morning. ... / a sponsor
            continue
        kind = junk.kind(text, block.start, block.end)
        if kind == "page" and _chat_note(text, blocks, index):
            # the sender's note under a chat app's sender line: Here's the piece:
            note = blocks[index + 1]
            junk.kinds[note.start, note.end] = "page"
            index += 2
            continue
        if (
            kind == "page"
            and not index
            and index + 1 < len(blocks)
            and text[block.start : block.end].strip().casefold() in _TITLES_NOT_LINKS
            and junk.kind(text, blocks[1].start, blocks[1].end) != "page"
        ):
            # a column's standing title, a page's link too: Corrections and clarifications;
            # a live page's label over its headline: Live
            junk.kinds[block.start, block.end] = None
            break
        if kind == "page" and not BOILERPLATE_RUNNING_HEAD.match(text[block.start : block.end]):
            index = _menu(text, blocks, index + 1, junk)
            continue
        if kind is None and _breadcrumb(text, block.start, block.end):
            junk.kinds[block.start, block.end] = "page"  # Home > News > World
            index += 1
            continue
        if (
            kind is None
            and index
            and block.end - block.start <= _MAX_FIGURES_LINE
            and not any(map(str.isalpha, text[block.start : block.end]))
        ):
            index += 1  # figures alone under furniture: a contact's phone number
            continue
        if kind == "share" and _section_not_button(text, blocks, index, junk):
            break  # a section's name that is a button's word too, over the headline: Comment
        if kind == "correction" and index + 1 < len(blocks):
            index += 1  # an editor's note set over the story: Correction: An earlier version ...
            continue
        if (
            kind is None
            and index + 2 < len(blocks)
            and junk.caption(text, block.start, block.end) is not None
            and _headline_over_prose(text, blocks, index + 1, options, seen, junk)
        ):
            index += 1  # the lead picture's caption over the headline (a copied page)
            continue
        if (
            kind not in _LEADING_JUNK
            and not (
                kind == "promo"
                and (
                    text[block.start : block.end].strip().casefold() in _ADVERT_SLOTS
                    # an audio player's note: This audio is auto-generated. ...
                    or text[block.start : block.end]
                    .lstrip()
                    .casefold()
                    .startswith(AUDIO_PLAYER_NOTES)
                    # a forwarded newsletter's sign-up line: Forwarded this email? ...
                    or text[block.start : block.end].lstrip().casefold().startswith(FORWARDED_NOTES)
                )
            )
        ):
            if _outlet_over_headline(text, blocks, index, options, seen, junk):
                index += 1  # an aggregator's source line: The Independent
                continue
            if kind not in _LEADING_FEED_JUNK:
                break
        index += 1
    if index + 1 < len(blocks) and _labelled_title_over_headline(text, blocks, index):
        # a corpus's title field over its headline field (Reuters RCV1: the
        # country's label, then the headline again): the page's furniture
        junk.kinds[blocks[index].start, blocks[index].end] = "page"
        index += 1
    if index >= len(blocks):
        return FrontMatter(datelines=seen, read=junk)
    kicker: Kicker | None = None
    used: set[int] = set()
    writer_over = _writer_over_headline(text, blocks, index, options, seen, junk)
    if writer_over:
        # the writer, the section and the stamp over the headline (Wired): the
        # section is the kicker, the name the byline, the stamp furniture
        writer, label = blocks[index], blocks[index + 1]
        names = _writer_names(text[writer.start : writer.end]) or ()
        junk.bylines[writer.start, writer.end] = Byline(
            text[writer.start : writer.end], names, Span(writer.start, writer.end)
        )
        kicker = Kicker(text[label.start : label.end], Span(label.start, label.end))
        used.add(index + 1)
        index += _WRITER_LINES
    elif _story_by_over_headline(text, blocks, index, options, seen, junk):
        index += 2  # an aggregator's byline and stamp over the headline (MSN)
    first = blocks[index]
    stack = 0 if kicker is not None else _section_stack(text, blocks, index, junk)
    if kicker is None and (
        stack
        or (
            index + 1 < len(blocks)
            and _kicker_length(text, first)
            and (
                HEADLINE_KICKER_LINE.match(text[first.start : first.end])
                or _section_label(text, first, blocks[index + 1])
                or _topic_over_headline(text, blocks, index, options, seen, junk)
            )
        )
    ):
        # (a stack of sections on lines of their own: National / NSW / Housing)
        last = blocks[index + max(stack, 1) - 1]
        # (without the separator after a label alone: SCIENCE \u2014, Exclusive:)
        kicker_end = len(text[first.start : last.end].rstrip(_KICKER_SEPARATORS)) + first.start
        kicker = Kicker(text[first.start : kicker_end], Span(first.start, kicker_end))
        used.update(range(index, index + max(stack, 1)))
        index += max(stack, 1)
        if (
            not stack
            and index + 1 < len(blocks)
            and blocks[index].end - blocks[index].start <= _MAX_KICKER
            and text[blocks[index].start : blocks[index].end].strip().lower() in SECTION_NAMES
            and _section_label(text, blocks[index], blocks[index + 1])
        ):
            # a section and its subsection on lines of their own: Business / Economy
            below = blocks[index]
            kicker = Kicker(text[first.start : below.end], Span(first.start, below.end))
            used.add(index)
            index += 1
        # a stamp between the section's label and the headline: NEWS / 12 June 2024
        while (
            index + 1 < len(blocks)
            and junk.kind(text, blocks[index].start, blocks[index].end) in _STAMPS
        ):
            index += 1
    media = _media_label(text, blocks, index) if kicker is None and index < len(blocks) else 0
    if kicker is not None and _digest_items(text, blocks, index, kicker):
        # a digest's items under its label (IN BRIEF): the first item's head is no headline
        return FrontMatter(kicker=kicker, used=frozenset(used), datelines=seen, read=junk)
    if media:  # WATCH: Acme boss explains job cuts (a video page's headline)
        start = blocks[index].start
        kicker = Kicker(text[start : start + media], Span(start, start + media))
    elif index >= len(blocks) or not _reads_as_headline(
        text, blocks, index, options, seen, junk, under_kicker=kicker is not None
    ):
        return FrontMatter(kicker=kicker, used=frozenset(used), datelines=seen, read=junk)

    block = blocks[index]
    start, end = block.start, block.end
    if media:
        start = _skip_label(text, start + media, end)
    elif kicker is None:
        # wire labels may be chained: RPT-UPDATE 2-Chip maker ...
        kicker_end = 0
        for _ in range(_MAX_CHAINED_KICKERS):
            prefix = HEADLINE_KICKER_PREFIX.match(text[start:end])
            if prefix is None or (
                prefix.group("sep").strip() == "-"
                and (
                    not prefix.group("kicker").isupper()
                    # a spaced hyphen after a live page's label only: EN DIRECT - ...
                    # (CORRECTED - ... is the 1980s wire's headline as written)
                    or (
                        prefix.group("sep") != "-"
                        and prefix.group("kicker").casefold() not in LIVE_LABELS
                    )
                )
            ):
                break
            kicker_end = start + prefix.end("kicker")
            kicker_start = kicker.span.start if kicker is not None else start
            kicker = Kicker(text[kicker_start:kicker_end], Span(kicker_start, kicker_end))
            start += prefix.end()
    if kicker is None and text.find(":", start, start + _MAX_KICKER) >= 0:
        # a country as a label: Germany: Coalition agrees on pension reform
        country = HEADLINE_COUNTRY_PREFIX.match(text[start:end])
        if country is not None and country.group("kicker") in COUNTRIES:
            kicker = Kicker(country.group("kicker"), Span(start, start + country.end("kicker")))
            start += country.end()
    site = HEADLINE_SITE_SUFFIX.search(text, start, end) if end - start <= _MAX_HEADLINE else None
    if (
        site is not None
        and site.start() > start
        and (is_outlet(name := site.group("site").strip()) or paper_named(name))
    ):
        # a page title's site name: "... jobs | Reuters"; a shared link's paper
        # (Google News: "... by 2030 - The Riverton Gazette")
        end = site.start()
        again = _title_again(text, blocks, index, start, len(text[start:end].rstrip()) + start)
        if again:
            # a whole page's text (BeautifulSoup's get_text): its <title> line, the
            # menus, then the headline again: the headline is the page's own
            for block in blocks[index:again]:
                junk.kinds[block.start, block.end] = "page"
            index = again
            start, end = blocks[again].start, blocks[again].end
    if _starred(text, start, end):
        start, end = start + 1, end - 1  # a messenger's bold marks: *Headline*
    end = _source_suffix(text, start, end) or end  # a feed's source: ... Peptides (AP)
    end = _comment_anchor(text, start, end)  # a document's comment mark: ... officer[a]
    if text[start].isdigit():
        start = _row_title(text, start, end)  # a feed's row: date <TAB> address <TAB> title
    if (at := text.rfind(" Aired ", start, end)) > start:
        while at > start and text[at - 1] in " \t":
            at -= 1  # (read from the run of spaces before it once, not searched)
        if at > start and text[at - 1] == ".":
            at -= 1
        aired = HEADLINE_AIRED_SUFFIX.match(text, at, end)
        if aired is not None and aired.start() > start:
            end = aired.start()  # a transcript's hours on air (CNN): ... Talks. Aired 10-11a ET
    headline = Headline(text[start:end], Span(start, end))
    used.add(index)
    info = _review_info(text, blocks, index + 1)
    for block in blocks[index + 1 : index + 1 + info]:
        junk.kinds[block.start, block.end] = "page"  # Label: Example Records / Rating: 8/10
    index += info

    standfirst: Standfirst | None = None
    if _live_label(text, blocks, index + 1, junk):
        index += 1  # Live updates, under a live blog's headline
    elif kicker is None and _label_under(text, blocks, index + 1):
        # a section's label under the headline: LETTERS, ANALYSIS
        label = blocks[index + 1]
        kicker = Kicker(text[label.start : label.end], Span(label.start, label.end))
        index += 1
        used.add(index)
    if _source_line(text, blocks, index + 1, junk):
        index += 1  # The Canadian Press, KXYZ Staff: the source, no standfirst
    elif _name_line(text, blocks, index + 1, junk):
        index += 1  # The Riverton Report over the stamp: a show's name, no standfirst
    deck = False
    if (
        _standfirst(text, blocks, index + 1, options, seen, junk)
        or (writer_over and _deck_under_writer(text, blocks, index + 1, options, seen, junk))
        or (deck := _deck(text, blocks, index, options, seen, junk))
    ):
        if deck and headline.span.end == blocks[index].end:
            # the semicolon joins heading and deck: it is no part of the headline
            stop = len(text[headline.span.start : headline.span.end - 1].rstrip())
            stop += headline.span.start
            headline = Headline(text[headline.span.start : stop], Span(headline.span.start, stop))
        used.add(index + 1)
        after = blocks[index + 1]
        standfirst = Standfirst(text[after.start : after.end], Span(after.start, after.end))
        box = _summary_box(text, blocks, index + 2, junk)
        if box is not None and box[2]:
            # a labelled summary box under the deck's byline (People's NEED TO
            # KNOW): the deck is the standfirst, the box the page's furniture
            for block in blocks[box[0] : box[0] + 1 + box[1]]:
                junk.kinds[block.start, block.end] = "page"
    else:
        deck_at = _past_furniture(text, blocks, index + 1, junk)
        if deck_at > index + 1 and _venue_under_rating(text, blocks, deck_at):
            junk.kinds[blocks[deck_at].start, blocks[deck_at].end] = "page"
        elif deck_at > index + 1 and _standfirst(text, blocks, deck_at, options, seen, junk):
            # the deck under a press release's issuer and stamp (PR Newswire)
            deck_block = blocks[deck_at]
            standfirst = Standfirst(
                text[deck_block.start : deck_block.end], Span(deck_block.start, deck_block.end)
            )
            used.add(deck_at)
            return FrontMatter(headline, kicker, standfirst, frozenset(used), seen, junk)
        lines = _highlights(text, blocks, index + 1, options, seen) or _two_decks(
            text, blocks, index + 1, options, seen, junk
        )
        if (
            not lines
            and (lines := _capital_decks(text, blocks, index, options, seen, junk))
            and _headline_goes_on(text, headline, blocks[index + 1])
        ):
            # its second line, opening with a word that joins it (BY THE MAYOR)
            below = blocks[index + 1]
            headline = Headline(
                text[headline.span.start : below.end], Span(headline.span.start, below.end)
            )
            used.add(index + 1)
            index += 1
            lines -= 1
        if lines:
            first, last = blocks[index + 1], blocks[index + lines]
            standfirst = Standfirst(text[first.start : last.end], Span(first.start, last.end))
            used.update(range(index + 1, index + 1 + lines))
        else:
            box = _summary_box(text, blocks, index + 1, junk)
            if box is not None:
                at, lines, labelled = box
                top, last = blocks[at + 1], blocks[at + lines]
                standfirst = Standfirst(text[top.start : last.end], Span(top.start, last.end))
                used.update(range(at if labelled else at + 1, at + 1 + lines))
            elif _deck_under_byline(text, blocks, index + 1, options, seen, junk):
                # Project Syndicate: the stamp and writer, the deck, then the dateline
                deck_block = blocks[index + 2]
                standfirst = Standfirst(
                    text[deck_block.start : deck_block.end],
                    Span(deck_block.start, deck_block.end),
                )
                used.add(index + 2)
    if (
        standfirst is None
        and headline.span == Span(blocks[index].start, blocks[index].end)
        and (stack := _stacked_heading(text, blocks, index, options, seen, junk))
    ):
        # a document's heading over its lines: Riverside Unified School District /
        # Board of Education / Minutes of the Regular Meeting, January 21, 2026
        last = blocks[index + stack]
        headline = Headline(
            text[headline.span.start : last.end], Span(headline.span.start, last.end)
        )
        used.update(range(index + 1, index + 1 + stack))
    elif standfirst is not None and _broken_headline(text, headline, standfirst):
        # a headline set over narrow lines (a scanned page): City Council / approves new
        headline = Headline(
            text[headline.span.start : standfirst.span.end],
            Span(headline.span.start, standfirst.span.end),
        )
        standfirst = None
    elif standfirst is not None and kicker is None and _kicker_line(text, headline, standfirst):
        # a tabloid's kicker line over its headline, no standfirst: Streit um Rente / Koalition ...
        kicker = Kicker(headline.text, headline.span)
        headline = Headline(standfirst.text, standfirst.span)
        standfirst = None
    elif standfirst is not None and _same_words(headline.text, standfirst.text):
        # the headline printed again under itself (an aggregator's card over the
        # outlet's page): page furniture, no standfirst
        for at in range(index + 1, min(index + 3, len(blocks))):
            if (blocks[at].start, blocks[at].end) == (standfirst.span.start, standfirst.span.end):
                used.discard(at)
                junk.kinds[standfirst.span.start, standfirst.span.end] = "page"
                standfirst = None
                break
    return FrontMatter(headline, kicker, standfirst, frozenset(used), seen, junk)


def _row_title(text: str, start: int, end: int) -> int:
    """Where the title of a feed's row ``text[start:end]`` starts: after its
    web address, when only a date and time come before that (GDELT, a news
    API's TSV: ``2026-03-02 09:15:00<TAB>https://...<TAB>Talks resume``), else
    *start*.

    >>> text = "2026-03-02\\thttps://example.com/a\\tTalks resume on dam"
    >>> text[_row_title(text, 0, len(text)) :]
    'Talks resume on dam'
    >>> text = "20260302T0915Z https://example.com/a Talks resume on dam"
    >>> text[_row_title(text, 0, len(text)) :]
    'Talks resume on dam'
    >>> text = "2026 budget https://example.com/a Talks resume"
    >>> _row_title(text, 0, len(text))
    0
    """
    at = text.find("http", start, min(end, start + _MAX_ROW_STAMP))
    if at <= start or text[at - 1] not in " \t":
        return start
    stamp = text[start:at].split()
    if not stamp or len(stamp) > _MAX_ROW_STAMP_WORDS:
        return start
    for word in stamp:
        if not word[0].isdigit() or not all(c.isdigit() or c in "-:.TZ+/" for c in word):
            return start
    address = text.find(" ", at, end), text.find("\t", at, end)
    after = min((spot for spot in address if spot > 0), default=-1)
    if after < 0 or not text.startswith(("http://", "https://"), at):
        return start
    while after < end and text[after] in " \t":
        after += 1
    return after if after < end else start


#: A feed row's date and time come within this many characters of its start ...
_MAX_ROW_STAMP = 40
#: ... in at most this many words (``2026-03-02 09:15:00``).
_MAX_ROW_STAMP_WORDS = 3


def _comment_anchor(text: str, start: int, end: int) -> int:
    """Where ``text[start:end]`` ends before the comment mark glued to its last
    word (a Google Docs export: ``City hires heat officer[a]``), else *end*.

    >>> _comment_anchor("Heat officer hired[a]", 0, 21), _comment_anchor("Heat officer hired[ab]", 0, 22)
    (18, 18)
    >>> _comment_anchor("Talks end [a]", 0, 13), _comment_anchor("Talks [A]", 0, 9)
    (13, 9)
    """
    if end - start < 4 or text[end - 1] != "]":
        return end
    at = text.rfind("[", max(start, end - 4), end)
    if at <= start or not text[at - 1].isalnum():
        return end
    mark = text[at + 1 : end - 1]
    return at if mark.isascii() and mark.isalpha() and mark.islower() else end


def _same_words(one: str, other: str) -> bool:
    """True when *one* and *other* hold the same words (case and spacing aside)."""
    return one.split() == other.split() or one.casefold().split() == other.casefold().split()


def _starred(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is set between single stars, as a messenger
    (WhatsApp, Telegram) marks bold text in a forwarded story: ``*Rain floods
    the town*``; not a Markdown heading's double stars, nor a star within.

    >>> _starred("*Rain floods the town*", 0, 22), _starred("**Rain**", 0, 8)
    (True, False)
    """
    return (
        end - start > 2
        and text[start] == "*"
        and text[end - 1] == "*"
        and text.find("*", start + 1, end - 1) < 0
        and not text[start + 1].isspace()
        and not text[end - 2].isspace()
    )


def _kicker_line(text: str, headline: Headline, standfirst: Standfirst) -> bool:
    """True when *headline* is a kicker line over *standfirst*, the headline:
    one to four words on the line right above a longer line of at most
    :data:`_MAX_KICKER_HEADLINE_WORDS` words, neither closed by a mark (a
    standfirst is a sentence: it ends with one); a German, Austrian or Swiss
    page's ``Dachzeile`` (``Streit um Rente`` over ``Koalition vertagt die
    Entscheidung``), in a page of :data:`~newsstruct._data.kickers.KICKER_LINE_LANGUAGES`
    (in English, the same shape is a short headline over its deck).

    >>> body = "\\n\\nDer Streit geht weiter, und die Koalition ist sich nicht einig."
    >>> text = "Streit um Rente\\nKoalition vertagt die Entscheidung" + body
    >>> _kicker_line(text, Headline(text[:15], Span(0, 15)), Standfirst(text[16:50], Span(16, 50)))
    True
    >>> text = "Streit um Rente\\nDie Koalition vertagt die Entscheidung." + body
    >>> _kicker_line(text, Headline(text[:15], Span(0, 15)), Standfirst(text[16:55], Span(16, 55)))
    False
    >>> text = "Storm hits Cornwall\\nThousands without power as winds reach 100mph"
    >>> _kicker_line(text, Headline(text[:19], Span(0, 19)), Standfirst(text[20:], Span(20, 65)))
    False
    """
    top, below = headline.text.split(), standfirst.text.split()
    return (
        1 <= len(top) <= _MAX_KICKER_LINE_WORDS
        and len(top) < len(below) <= _MAX_KICKER_HEADLINE_WORDS
        and "\n" not in standfirst.text
        and text.count("\n", headline.span.end, standfirst.span.start) == 1
        and headline.text[-1:].isalnum()
        and standfirst.text[-1:].isalnum()
        and top[0][:1].isupper()
        and below[0][:1].isupper()
        and not standfirst.text.isupper()
        and detect_language(text) in KICKER_LINE_LANGUAGES
    )


#: A sender's note in a chat app has at most this many characters.
_MAX_CHAT_NOTE = 200


def _masthead_over_greeting(text: str, blocks: Sequence[Block], index: int, junk: _Reader) -> int:
    """How many blocks from *index* are a newsletter's masthead, its date stamps, its
    greeting (:data:`~newsstruct._patterns.HEADLINE_NEWSLETTER_GREETING`) and the
    sponsor's lines (``promo``) under it: ``THE MORNING BRIEF`` / ``Wednesday, 4
    February 2026`` / ``Good morning. Here's what you need to know today.``; 0 when
    they are not.  The masthead and the greeting are read as ``page`` furniture.
    """
    block = blocks[index]
    line = text[block.start : block.end]
    if (
        block.end - block.start > _MAX_KICKER
        or "\n" in line
        or line.rstrip().endswith((".", ":", ",", "!", "?"))
        or not line[:1].isupper()
        or junk.kind(text, block.start, block.end) is not None
    ):
        return 0  # (furniture already: View in browser over the stamp)
    at = index + 1
    while at < len(blocks) and junk.kind(text, blocks[at].start, blocks[at].end) == "timestamp":
        at += 1
    if at == index + 1 or at >= len(blocks):
        return 0  # (no stamp under it: a headline over a greeting's letter)
    greeting = blocks[at]
    if not HEADLINE_NEWSLETTER_GREETING.match(text, greeting.start, greeting.end):
        if _newsletter_named(text, line.strip(), greeting.end):
            # no greeting, but the footer names the newsletter: La Matinale / its
            # date / the first story's headline ... / abonné à la newsletter La Matinale
            junk.kinds[block.start, block.end] = "page"
            return at - index
        return 0
    junk.kinds[block.start, block.end] = "page"
    junk.kinds[greeting.start, greeting.end] = "page"
    at += 1
    while at < len(blocks) and junk.kind(text, blocks[at].start, blocks[at].end) == "promo":
        at += 1
    return at - index


#: A newsletter's name is looked for at most this many times under its masthead.
_MAX_NAME_LOOKS = 3


def _newsletter_named(text: str, name: str, start: int) -> bool:
    """True when *name* (a masthead's) is named after *start* on a line that
    names a newsletter: the footer's ``You are receiving this because you
    subscribed to the Morning Briefing newsletter``, ``abonné à la newsletter
    La Matinale``.

    >>> _newsletter_named("Morning Brief\\n\\nNews.\\n\\nYou get the Morning Brief newsletter.", "Morning Brief", 14)
    True
    >>> _newsletter_named("Morning Brief\\n\\nNews of the Morning Brief team.", "Morning Brief", 14)
    False
    """
    if len(name.split()) > _MAX_NAME_WORDS:
        return False
    at = start
    for _ in range(_MAX_NAME_LOOKS):
        at = text.find(name, at)
        if at < 0:
            return False
        line_start = text.rfind("\n", start, at) + 1
        line_end = text.find("\n", at)
        line = text[max(line_start, start) : len(text) if line_end < 0 else line_end]
        if "newsletter" in line.casefold():
            return True
        at += len(name)
    return False


#: A newsletter's name has at most this many words.
_MAX_NAME_WORDS = 4


def _chat_note(text: str, blocks: Sequence[Block], index: int) -> bool:
    """True when ``blocks[index]`` is a chat app's sender line with the sender's
    note under it, a line ending with a colon (Slack: ``Jane Doe  10:42 AM`` /
    ``Here's the piece for the 11 o'clock update:``).

    >>> from newsstruct._blocks import split_blocks
    >>> text = "Jane Doe  10:42 AM\\nHere is the piece for the update:\\n\\nStorm hits\\n\\nIt hit."
    >>> _chat_note(text, split_blocks(text), 0)
    True
    >>> text = "Jane Doe  10:42 AM\\n\\nStorm hits coast\\n\\nThe storm hit."
    >>> _chat_note(text, split_blocks(text), 0)
    False
    """
    if index + 2 >= len(blocks):
        return False
    block, note = blocks[index], blocks[index + 1]
    line = text[note.start : note.end].rstrip()
    return (
        line.endswith(":")
        and len(line) <= _MAX_CHAT_NOTE
        and "\n" not in line
        and BOILERPLATE_CHAT_SENDER.match(text[block.start : block.end]) is not None
    )


#: A review's info box under the headline has at most this many lines (its fields).
_MAX_REVIEW_INFO = 10


def _review_info(text: str, blocks: Sequence[Block], index: int) -> int:
    """How many blocks of a review's info box open at ``blocks[index]`` (0 if none).

    An album's, a film's or a book's review lists its facts one a line under
    the headline (``Label: Example Records`` / ``Release date: Nov. 7, 2025`` /
    ``Rating: 8/10``); two such lines or more are page furniture.

    >>> from newsstruct._blocks import split_blocks
    >>> text = "Album\\n\\nLabel: Acme\\nRating: 8/10\\n\\nBy Jo Lee\\n\\nText."
    >>> _review_info(text, split_blocks(text), 1)
    1
    >>> text = "Album\\n\\nRating: 8/10\\n\\nBy Jo Lee\\n\\nText."
    >>> _review_info(text, split_blocks(text), 1)
    0
    """
    stop, lines = index, 0
    while stop < len(blocks) and lines < _MAX_REVIEW_INFO:
        block = text[blocks[stop].start : blocks[stop].end]
        newline = block.find("\n")
        if HEADLINE_REVIEW_INFO.match(block if newline < 0 else block[:newline]) is None:
            break  # (its first line is no field: most blocks, read no further)
        fields = block.splitlines()
        if not all(HEADLINE_REVIEW_INFO.match(field) for field in fields):
            break
        stop, lines = stop + 1, lines + len(fields)
    return stop - index if lines >= 2 else 0


def review_furniture(text: str, blocks: Sequence[Block], index: int) -> int:
    """How many blocks of a review's furniture open at ``blocks[index]``, under
    the critic's byline (0 if none): its info box (see :func:`_review_info`), its
    rating alone after a label (``Grade: B+``, ``Rating: 3 stars``, ``Score:
    8/10``), a book's details with its pages (``THE SALT ROAD`` / ``By Mira
    Okafor`` / ``Harbor Press. 320 pages. $28.``: at most four short lines) or
    the venue under the stars (``Lyric Hall, Riverton``).

    >>> from newsstruct._blocks import split_blocks
    >>> text = "By Jo Lee\\n\\nGrade: B+\\n\\nLabel: Acme\\nRelease date: May 1\\n\\nText."
    >>> [review_furniture(text, split_blocks(text), at) for at in (1, 2, 4)]
    [1, 2, 0]
    >>> text = "By Jo Lee\\n\\nThe Salt Road\\nHarbor Press. 320 pages. $28.\\n\\nText."
    >>> review_furniture(text, split_blocks(text), 1)
    2
    >>> text = "By Jo Lee\\n\\nThe report runs to 320 pages.\\n\\nText."
    >>> review_furniture(text, split_blocks(text), 1)
    0
    >>> text = "By Jo Lee\\n\\nPublisher: Harbor Press, 288 pages, $27\\n\\nText."
    >>> review_furniture(text, split_blocks(text), 1)
    1
    >>> text = "By Jo Lee\\n\\nThe grade: she said it was a B+.\\n\\nText."
    >>> review_furniture(text, split_blocks(text), 1)
    0
    """
    if index >= len(blocks):
        return 0
    block = blocks[index]
    line = text[block.start : block.end]
    if len(line) > _MAX_BOOK_BOX or line[:1] in _RATING_MARKS:
        return 0  # (the stars alone are the boilerplate's page furniture)
    if "\n" not in line and REVIEW_RATING.match(line) is not None:
        return 1
    info = _review_info(text, blocks, index)
    if info:
        return info
    book = _book_details(text, blocks, index)
    if book:
        return book  # THE SALT ROAD / By Mira Okafor / Harbor Press. 320 pages. $28.
    return 1 if _venue_under_rating(text, blocks, index) else 0


def _book_details(text: str, blocks: Sequence[Block], index: int) -> int:
    """How many blocks of a book's details in a review open at ``blocks[index]``
    (0 if none): two to four short lines, one under the other, the last with
    the book's pages (``Harbor Press. 320 pages. $28.``), the others ending no
    sentence (the title, ``By Mira Okafor``)."""
    lines = 0
    for at in range(index, min(len(blocks), index + _MAX_BOOK_LINES)):
        block = blocks[at]
        if at > index and text.count("\n", blocks[at - 1].end, block.start) != 1:
            return 0  # (a blank line: the details are lines of one block)
        line = text[block.start : block.end]
        lines += line.count("\n") + 1
        if lines > _MAX_BOOK_LINES or any(len(row) > _MAX_BOOK_LINE for row in line.splitlines()):
            return 0
        if REVIEW_BOOK_PAGES.search(line) is not None:
            # (one line only after its label: Publisher: Harbor Press, 288 pages, $27)
            labelled = lines == 1 and HEADLINE_REVIEW_INFO.match(line) is not None
            return at - index + 1 if lines > 1 or labelled else 0
        if line[-1:] in ".!?":
            return 0  # (a sentence over the pages: the story's own)
    return 0


#: A book's details in a review: at most this many lines, this many characters
#: each; a review's furniture block at most this many in all.
_MAX_BOOK_LINES = 4
_MAX_BOOK_LINE = 100
_MAX_BOOK_BOX = 400


#: A review's venue line (``Example Theatre, London``) has at most this many characters.
_MAX_VENUE = 80


def _venue_under_rating(text: str, blocks: Sequence[Block], index: int) -> bool:
    """True when ``blocks[index]`` is a review's venue under its rating in stars.

    A theatre, concert or restaurant review prints the venue and its town
    (``Example Theatre, London``) under the stars: page furniture, no standfirst.

    >>> from newsstruct._blocks import split_blocks
    >>> text = "Play review\\n\\n\\u2605\\u2605\\u2605\\n\\nOld Vic, London\\n\\nJane Doe"
    >>> _venue_under_rating(text, split_blocks(text), 2)
    True
    >>> text = "Play review\\n\\n\\u2605\\u2605\\u2605\\n\\nA comedy of manners, London\\n\\nJane Doe"
    >>> _venue_under_rating(text, split_blocks(text), 2)
    False
    """
    if not 0 < index < len(blocks):
        return False  # (the furniture ran to the text's end: no block under it)
    block, above = blocks[index], blocks[index - 1]
    line = text[block.start : block.end].strip()
    if (
        len(line) > _MAX_VENUE
        or "\n" in line
        or line[-1:] in ".!?"
        or text[above.start : above.start + 1] not in _RATING_MARKS
    ):
        return False
    venue, comma, place = line.rpartition(",")
    words = venue.split()
    return bool(
        comma
        and words
        and all(word[:1].isupper() or word in _VENUE_SMALL_WORDS for word in words)
        and is_known_place(place.strip(), names_too=False)
    )


#: The stars of a review's rating; the small words of a venue's name.
_RATING_MARKS = frozenset("\u2605\u2606\u2729\u272d\u2b50")
_VENUE_SMALL_WORDS = frozenset({"at", "of", "the", "on", "and", "&"})


def _broken_headline(text: str, headline: Headline, standfirst: Standfirst) -> bool:
    """True when *standfirst* goes on with *headline*'s words: it opens in lower
    case on the next line, under a headline with no closing mark, and it is
    short (a headline set over narrow columns, as scanned pages print it).

    >>> text = "City Council\\napproves new\\nlandfill site"
    >>> _broken_headline(text, Headline("City Council", Span(0, 12)), Standfirst(text[13:], Span(13, 40)))
    True
    """
    rest = standfirst.text
    return (
        rest[:1].islower()
        and headline.text[-1:].isalnum()
        and len(rest.split()) <= _MAX_HEADLINE_WORDS // 2
        and text.count("\n", headline.span.end, standfirst.span.start) == 1
    )


#: Words that join a line in capitals to the headline over it (``NEW BRIDGE
#: OPENED`` / ``BY THE MAYOR``): no deck of its own opens with one.
_JOINING_WORDS = frozenset(
    {"by", "of", "in", "at", "for", "from", "into", "on", "to", "with", "and", "or", "but"}
)


#: A document's stacked heading has at most this many lines under its first ...
_MAX_STACKED_LINES = 2
#: ... each of at most this many words, and a year of four digits in its last.
_MAX_STACKED_WORDS = 10
_YEAR_DIGITS = 4


def _stacked_heading(
    text: str,
    blocks: Sequence[Block],
    index: int,
    options: Options,
    seen: dict[tuple[int, int], Dateline | None],
    junk: _Reader,
) -> int:
    """How many lines under the headline ``blocks[index]`` go on with it as a
    document's stacked heading, else ``0``: a body's name, the body, then the
    document's title with its date (``Riverside Unified School District`` /
    ``Board of Education`` / ``Minutes of the Regular Meeting, January 21,
    2026``).  Each line is the next line of the one over it (no blank line
    between), in title case, with no closing mark and no other part
    (a byline, a time stamp); the last holds a month's name and a year, with
    title words besides the date; a blank line and a paragraph of prose
    follow.  A headline over its deck with no date stays as it was.

    >>> from newsstruct._blocks import split_blocks
    >>> from newsstruct._headline import find_front_matter
    >>> from newsstruct._options import DEFAULT_OPTIONS
    >>> text = (
    ...     "Town of Millbrook\\nPlanning Commission\\nAgenda of the Special Session, "
    ...     "March 4, 2026\\n\\nThe session will open at 7 p.m. in the town hall."
    ... )
    >>> find_front_matter(text, split_blocks(text), DEFAULT_OPTIONS).headline.text
    'Town of Millbrook\\nPlanning Commission\\nAgenda of the Special Session, March 4, 2026'
    """
    stack = 0
    over = blocks[index]
    if "\n" in text[over.start : over.end] or not _stacked_line(text, over.start, over.end):
        return 0
    for block in blocks[index + 1 : index + 2 + _MAX_STACKED_LINES]:
        if (
            text.count("\n", over.end, block.start) != 1
            or text[over.end : block.start].strip()
            or "\n" in text[block.start : block.end]
            or not _stacked_line(text, block.start, block.end)
            or _other_part(text, block, options, seen, junk)
        ):
            break
        stack += 1
        over = block
    if not stack or stack > _MAX_STACKED_LINES or index + stack + 1 >= len(blocks):
        return 0
    words = text[over.start : over.end].replace(",", " ").split()
    dated = any(word.rstrip(".").casefold() in MONTHS for word in words) and any(
        len(word) == _YEAR_DIGITS and word.isdigit() for word in words
    )
    titled = [
        word
        for word in words
        if word[0].isalpha()
        and word.casefold() not in _SMALL_WORDS
        and word.rstrip(".").casefold() not in MONTHS
        and word.casefold() not in WEEKDAYS
    ]
    below = blocks[index + stack + 1]
    return (
        stack
        if dated
        and len(titled) >= 2  # (a date alone is a stamp)
        and text.count("\n", over.end, below.start) >= 2
        and _prose_line(text[below.start : below.end])
        else 0
    )


def _stacked_line(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a line of a stacked heading: in title
    case, at most :data:`_MAX_STACKED_WORDS` words, no closing mark."""
    words = text[start:end].split()
    return (
        len(words) <= _MAX_STACKED_WORDS
        and text[end - 1].isalnum()
        and all(
            word[0].isupper() or word.casefold() in _SMALL_WORDS or word[0].isdigit()
            for word in words
        )
        and _title_case(words)
    )


def _headline_goes_on(text: str, headline: Headline, below: Block) -> bool:
    """True when the line in capitals *below* the *headline* in capitals, on
    the next line with no blank line between, goes on with its words: it
    opens with a joining word (:data:`_JOINING_WORDS`), as a headline set over
    two lines of a scanned page does (``NEW BRIDGE OPENED`` / ``BY THE MAYOR``).

    >>> from newsstruct._blocks import Block
    >>> text = "NEW BRIDGE OPENED\\nBY THE MAYOR\\n\\nIN THE RAIN"
    >>> head = Headline("NEW BRIDGE OPENED", Span(0, 17))
    >>> _headline_goes_on(text, head, Block(18, 30, False))
    True
    >>> _headline_goes_on(text, head, Block(32, 43, False))  # (under a blank line)
    False
    """
    first = text[below.start : below.end].split(None, 1)[0]
    return (
        first.casefold() in _JOINING_WORDS and text.count("\n", headline.span.end, below.start) == 1
    )


def _two_decks(
    text: str,
    blocks: Sequence[Block],
    index: int,
    options: Options,
    seen: dict[tuple[int, int], Dateline | None],
    junk: _Reader,
) -> int:
    """``2`` when ``blocks[index]`` and the block under it are two deck lines
    over the byline, else ``0``.

    Sites print two summary lines under the headline (SCMP): each a line of
    its own with no closing full stop (a paragraph of the story has one) and
    no other part (nor a writer's name alone: a deck line has a word in
    lower case), the second over a byline, dateline or time stamp as a
    standfirst is (:func:`_standfirst`).

    >>> from newsstruct._blocks import split_blocks
    >>> from newsstruct._headline import find_front_matter
    >>> from newsstruct._options import DEFAULT_OPTIONS
    >>> text = (
    ...     "Exports beat forecasts\\n\\nShipments rose 10.7 per cent\\n"
    ...     "Analysts expect the rush to fade\\n\\nBy Jane Doe\\n\\nExports grew in November."
    ... )
    >>> find_front_matter(text, split_blocks(text), DEFAULT_OPTIONS).standfirst.text
    'Shipments rose 10.7 per cent\\nAnalysts expect the rush to fade'
    """
    if index + 2 >= len(blocks):
        return 0
    count = 0
    for block in blocks[index : index + _MAX_DECK_LINES]:
        line = text[block.start : block.end]
        if (
            block.end - block.start > _MAX_STANDFIRST
            or "\n" in line
            or line.rstrip(_CLOSERS).endswith((".", "!", "?", ":", ";", ","))
            or len(_words(line)) > _MAX_STANDFIRST_WORDS
            or not any(word.islower() for word in line.split())  # a name, a title
            or _other_part(text, block, options, seen, junk)
            or match_unled_byline(text, block.start, block.end) is not None
        ):
            break
        count += 1
    if count < 2:
        return 0
    if _standfirst(text, blocks, index + 1, options, seen, junk):
        return 2
    # three or four such lines, one right under the other, over the byline (the
    # Daily Mail's bullet points, their marks lost in the copy)
    for lines in range(3, count + 1):
        if not next_line(text, blocks[index + lines - 2].end, blocks[index + lines - 1].start):
            return 0
        if index + lines < len(blocks) and _standfirst(
            text, blocks, index + lines - 1, options, seen, junk
        ):
            return lines
    return 0


#: At most this many deck lines stand under a headline (the Daily Mail's points).
_MAX_DECK_LINES = 4


#: At most this many decks in capitals stand under a headline in capitals.
_MAX_CAPITAL_DECKS = 3


def _capital_decks(
    text: str,
    blocks: Sequence[Block],
    index: int,
    options: Options,
    seen: dict[tuple[int, int], Dateline | None],
    junk: _Reader,
) -> int:
    """How many blocks under the headline ``blocks[index]``, itself in capitals,
    are its decks in capitals (an old newspaper's page, scanned: ``GREAT FIRE
    IN THE MILL DISTRICT`` / ``THREE BUILDINGS DESTROYED``), the story's
    first paragraph in mixed case right under them; else ``0``.

    >>> from newsstruct._blocks import split_blocks
    >>> from newsstruct._headline import find_front_matter
    >>> from newsstruct._options import DEFAULT_OPTIONS
    >>> text = "MILL BURNS\\nLOSS IS HEAVY\\nFire broke out in the mill on River street."
    >>> find_front_matter(text, split_blocks(text), DEFAULT_OPTIONS).standfirst.text
    'LOSS IS HEAVY'
    """
    head = blocks[index]
    if not text[head.start : head.end].isupper():
        return 0
    count = 0
    for block in blocks[index + 1 : index + 2 + _MAX_CAPITAL_DECKS]:
        line = text[block.start : block.end]
        if not line.isupper():
            break
        if (
            block.end - block.start > _MAX_STANDFIRST
            or len(_words(line)) > _MAX_STANDFIRST_WORDS
            or _other_part(text, block, options, seen, junk)
        ):
            return 0
        count += 1
    if not count or count > _MAX_CAPITAL_DECKS or index + 1 + count >= len(blocks):
        return 0
    first = blocks[index + 1 + count]
    return count if _prose_line(text[first.start : first.end]) else 0


def _digest_items(text: str, blocks: Sequence[Block], index: int, kicker: Kicker) -> bool:
    """True when *kicker* is a digest's label (:data:`~newsstruct._data.kickers.DIGEST_LABELS`)
    and two items follow it from *index*: each a short line over a paragraph of prose.

    >>> text = "IN BRIEF\\n\\nPark to close\\n\\nThe park will close on Monday for repairs.\\n\\n"
    >>> text += "Bus fares rise\\n\\nFares will rise by ten cents from next month, the council said."
    >>> blocks = [Block(0, 8), Block(10, 23), Block(25, 67), Block(69, 83), Block(85, 148)]
    >>> _digest_items(text, blocks, 1, Kicker("IN BRIEF", Span(0, 8)))
    True
    >>> _digest_items(text, blocks[:3], 1, Kicker("IN BRIEF", Span(0, 8)))
    False
    """
    if kicker.text.strip().casefold() not in DIGEST_LABELS or index + 3 >= len(blocks):
        return False
    for head, body in ((blocks[index], blocks[index + 1]), (blocks[index + 2], blocks[index + 3])):
        line = text[head.start : head.end]
        if (
            len(line) > _MAX_KICKER * 2
            or "\n" in line
            or line.rstrip().endswith((".", ":", ","))
            or not _prose_line(text[body.start : body.end])
        ):
            return False
    return True


def _prose_line(line: str) -> bool:
    """Whether *line* reads as a paragraph of prose: mostly lower-case words, a sentence's end."""
    words = line.split()
    return (
        len(words) >= _MIN_DATELINE_SENTENCE
        and sum(word[:1].islower() for word in words) * 2 > len(words)
        and any(word.endswith((".", "!", "?")) for word in words)
    )


def _past_furniture(text: str, blocks: Sequence[Block], index: int, junk: _Reader) -> int:
    """The index of the first block from ``blocks[index]`` on that is no page
    furniture: a press release's ``NEWS PROVIDED BY`` and the issuer under it,
    time stamps, share buttons, page links (at most :data:`_MAX_LEADING_JUNK`).

    >>> from newsstruct._blocks import split_blocks
    >>> from newsstruct._headline import find_front_matter
    >>> from newsstruct._options import DEFAULT_OPTIONS
    >>> text = (
    ...     "Acme to buy Roe\\n\\nNEWS PROVIDED BY\\nAcme Inc.\\nMar 04, 2024, 07:00 ET\\n\\n"
    ...     "Deal expands Acme's snacks business\\n\\n"
    ...     "CHICAGO, March 4, 2024 /PRNewswire/ -- Acme Inc. today agreed to buy Roe."
    ... )
    >>> find_front_matter(text, split_blocks(text), DEFAULT_OPTIONS).standfirst.text
    "Deal expands Acme's snacks business"
    """
    for _ in range(_MAX_LEADING_JUNK):
        if index >= len(blocks):
            break
        block = blocks[index]
        kind = junk.kind(text, block.start, block.end)
        if kind not in _PAGE_FURNITURE and kind != "timestamp":
            break
        if kind == "release" and issuer_label(text[block.start : block.end]):
            index += 1  # the issuer under NEWS PROVIDED BY (or From:)
        elif kind == "release" and issuer_under(text, blocks, index):
            # the issuer under the status line: U.S. Attorney's Office, District of Nevada
            index += 1
            junk.kinds[blocks[index].start, blocks[index].end] = "release"
        index += 1
    return index


#: The highlights under a press release's headline are at most this many
#: bullet lines, each at most this long.
_MAX_HIGHLIGHTS = 8
_MAX_HIGHLIGHT = 400
#: The marks that open a bullet line.
_BULLETS = ("- ", "\u2022", "* ", "\u2013 ", "\u25aa", "\u25cf")


def _highlights(
    text: str,
    blocks: Sequence[Block],
    index: int,
    options: Options,
    seen: dict[tuple[int, int], Dateline | None],
) -> int:
    """How many bullet lines from ``blocks[index]`` on are the highlights under
    the headline: the story's first paragraph, opening with a dateline, follows
    them (press releases: ``- Primary endpoint met`` ... then ``BOSTON, Feb. 20,
    2024 (GLOBE NEWSWIRE) -- ...``); ``0`` when they are not.

    >>> from newsstruct._blocks import split_blocks
    >>> from newsstruct._headline import find_front_matter
    >>> from newsstruct._options import DEFAULT_OPTIONS
    >>> text = (
    ...     "Acme posts record sales\\n\\n- Sales up 20%\\n\\n- Outlook raised\\n\\n"
    ...     "BOSTON, May 2, 2024 (GLOBE NEWSWIRE) -- Acme today reported sales."
    ... )
    >>> find_front_matter(text, split_blocks(text), DEFAULT_OPTIONS).standfirst.text
    '- Sales up 20%\\n\\n- Outlook raised'
    """
    count = 0
    while index + count < len(blocks) and count <= _MAX_HIGHLIGHTS:
        block = blocks[index + count]
        if not text.startswith(_BULLETS, block.start):
            break
        if block.end - block.start > _MAX_HIGHLIGHT:
            return 0
        count += 1
    if not count or count > _MAX_HIGHLIGHTS or index + count >= len(blocks):
        return 0
    return count if _opens_with_dateline(text, blocks[index + count], options, seen) else 0


def _summary_box(
    text: str, blocks: Sequence[Block], index: int, junk: _Reader
) -> tuple[int, int, bool] | None:
    """The index of a summary box's label and the number of its bullets, past
    the byline, time stamps and captions from ``blocks[index]`` on: a listed
    label alone (``Summary``, ``Key points``: :data:`~newsstruct._data.kickers.SUMMARY_LABELS`)
    over bullet lines, and more of the story under them; or, with no label,
    two or more bullet lines under the byline.  Returns the index of the label
    (or of the block over the bullets), how many bullets, and whether labelled.

    >>> from newsstruct._blocks import split_blocks
    >>> from newsstruct._headline import find_front_matter
    >>> from newsstruct._options import DEFAULT_OPTIONS
    >>> text = (
    ...     "Union calls off strike\\n\\nBy Jane Doe\\n\\nSummary\\n\\n- Pay deal reached\\n\\n"
    ...     "- Schools open on Monday\\n\\nThe union called off its strike on Monday."
    ... )
    >>> find_front_matter(text, split_blocks(text), DEFAULT_OPTIONS).standfirst.text
    '- Pay deal reached\\n\\n- Schools open on Monday'
    """
    stop = min(len(blocks), index + _MAX_LEADING_JUNK)
    # (the label first, cheaply: most texts have none)
    at = next(
        (
            at
            for at in range(index, stop)
            if blocks[at].end - blocks[at].start <= _MAX_SUMMARY_LABEL
            and text[blocks[at].start : blocks[at].end].strip().rstrip(":").casefold()
            in SUMMARY_LABELS
        ),
        -1,
    )
    labelled = at >= 0
    if not labelled:
        # or bullets with no label, under the byline (Business Insider's key points)
        at = next(
            (at for at in range(index, stop) if text.startswith(_BULLETS, blocks[at].start)), -1
        )
        if at < 0:
            return None
        at -= 1  # (as if a label stood over them)
    bylined = False
    while index < (at if labelled else at + 1):  # (the block over unlabelled bullets too)
        block = blocks[index]
        start, end = block.start, block.end
        by = junk.byline(text, start, end) is not None or (
            match_unled_byline(text, start, end) is not None
        )
        bylined = bylined or by
        if not (
            by
            or junk.caption(text, start, end) is not None
            or junk.kind(text, start, end) is not None
            # the byline's role and desk lines: Education Reporter
            or (
                len(_words(text, start, end)) <= _MAX_SECTION_WORDS + 2
                and "." not in text[start:end]
            )
            # a caption's description, its credit on the next line (Getty Images)
            or (
                index + 1 < stop
                and (
                    _credited(text, block, blocks[index + 1], junk)
                    or (
                        next_line(text, end, blocks[index + 1].start)
                        and junk.kind(text, blocks[index + 1].start, blocks[index + 1].end)
                        == "credits"
                    )
                )
            )
        ):
            return None
        index += 1
    index = at
    count = 0
    while index + 1 + count < len(blocks) and count <= _MAX_HIGHLIGHTS:
        block = blocks[index + 1 + count]
        if (
            labelled
            and not count
            and not text.startswith(_BULLETS, block.start)
            and _spaced_label(text, blocks[index])
            and _unmarked_points(text, block.start, block.end)
        ):
            # under a label and a blank line, the points' lines with their marks
            # lost, one block (The Economic Times' Synopsis, People's NEED TO
            # KNOW, Fox stations' The Brief); more lines right under it
            count = 1
            continue
        if not text.startswith(_BULLETS, block.start) and not (
            # under a label, the points' lines with their marks lost in the copy:
            # one line each, right under the line above (a blank line ends them)
            labelled
            and next_line(text, blocks[index + count].end, block.start)
            and "\n" not in text[block.start : block.end]
        ):
            break
        if block.end - block.start > _MAX_HIGHLIGHT:
            return None
        count += 1
    if not count or count > _MAX_HIGHLIGHTS or index + 1 + count >= len(blocks):
        return None
    bullets = sum(
        text.count("\n", block.start, block.end) + 1
        for block in blocks[index + 1 : index + 1 + count]
    )
    if not labelled and (bullets < 2 or not bylined):
        return None
    return index, count, labelled


def _spaced_label(text: str, block: Block) -> bool:
    """True when *block* is a summary box's label whose first block may stand
    after a blank line (:data:`~newsstruct._data.kickers.SPACED_SUMMARY_LABELS`)."""
    label = text[block.start : block.end].strip().rstrip(":").casefold()
    return label in SPACED_SUMMARY_LABELS


def _unmarked_points(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` (the first block under a summary box's
    label) is its points with their marks lost: at most
    :data:`_MAX_HIGHLIGHTS` lines, each a capitalised line of at most
    :data:`_MAX_HIGHLIGHT` characters."""
    lines = text[start:end].split("\n")
    return len(lines) <= _MAX_HIGHLIGHTS and all(
        0 < len(line.strip()) <= _MAX_HIGHLIGHT and line.lstrip()[:1].isupper() for line in lines
    )


#: A summary box's label is at most this long (``Story highlights:``).
_MAX_SUMMARY_LABEL = 24


_Key = tuple[int, int]


def _menu(text: str, blocks: Sequence[Block], index: int, junk: _Reader) -> int:
    """Past the menu that ``blocks[index:]`` may open with, under a page link.

    A menu is two or more blocks in a row of at most three words each, no
    sentence (``Home`` then ``News``, ``Sport``, ``Business``); they are
    read as ``page`` boilerplate.  One such block alone may be a kicker and is
    left.  Returns the index of the first block after the menu.
    """
    stop = index
    while stop < len(blocks) and stop - index < _MAX_LEADING_JUNK:
        block = blocks[stop]
        words = text[block.start : block.end].split()
        if (
            not 0 < len(words) <= _MAX_MENU_WORDS
            or not all(
                word.replace("&", "").replace("-", "").isalpha() or word == "&" for word in words
            )
            or junk.kind(text, block.start, block.end) is not None
        ):
            break
        stop += 1
    if stop - index < 2:
        return index
    for block in blocks[index:stop]:
        junk.kinds[block.start, block.end] = "page"
    return stop


#: An outlet's name above a headline has at most this many characters.
_MAX_OUTLET = 60


def _outlet_over_headline(
    text: str,
    blocks: Sequence[Block],
    index: int,
    options: Options,
    seen: dict[tuple[int, int], Dateline | None],
    junk: _Reader,
) -> bool:
    """True when ``blocks[index]`` is an outlet's name alone above the headline.

    Aggregators (Yahoo, MSN, Apple News) print the source's name or logo text
    over the story: ``The Independent``, ``Reuters``, ``Associated Press``
    (:mod:`newsstruct._data.outlets`).  It counts when a headline, a kicker or
    more page furniture follows, and is then read as ``page`` furniture.

    >>> from newsstruct._blocks import split_blocks
    >>> from newsstruct._headline import find_front_matter
    >>> from newsstruct._options import DEFAULT_OPTIONS
    >>> text = "The Independent\\n\\nRail strike called off\\n\\nThe strike was called off on Monday."
    >>> find_front_matter(text, split_blocks(text), DEFAULT_OPTIONS).headline.text
    'Rail strike called off'
    >>> text = "Reuters\\n\\nThe strike was called off on Monday, the union said."
    >>> find_front_matter(text, split_blocks(text), DEFAULT_OPTIONS).headline is None
    True
    >>> text = "Riverton Courier\\n3h \u00b7\\n\\nRail strike called off\\n\\nThe strike ended on Monday."
    >>> find_front_matter(text, split_blocks(text), DEFAULT_OPTIONS).headline.text
    'Rail strike called off'
    """
    block = blocks[index]
    if block.end - block.start > _MAX_OUTLET or index + 1 >= len(blocks):
        return False
    below = blocks[index + 1]
    kind = junk.kind(text, below.start, below.end)
    line = text[block.start : block.end]
    if (
        not is_outlet(line)
        and not _local_edition(line)
        and not _outlet_with_age(line)
        # a paper's name over its post's age (a social page: Riverton Courier / 3h ·)
        # or its page's links (a browser's dump: Riverton Courier / Home | News)
        and not (
            (kind == "timestamp" or kind == "page") and index == 0 and paper_named(line.strip())
        )
        # or over the headline, the story's first sentence under it (a news app's
        # shared story: Riverton Courier / City to plant 10,000 trees / The city ...);
        # not a section's news (India News, Top News: a kicker)
        and not (
            not line.rstrip().endswith(_SECTION_NEWS)
            and paper_named(line.strip())
            and _headline_over_prose(text, blocks, index + 1, options, seen, junk)
        )
        # or over an aggregator's byline, its stamp and the headline (MSN)
        and not (
            paper_named(line.strip())
            and _story_by_over_headline(text, blocks, index + 1, options, seen, junk)
        )
    ):
        return False
    if not (
        kind in _LEADING_JUNK
        or (
            below.end - below.start <= _MAX_KICKER
            and HEADLINE_KICKER_LINE.match(text[below.start : below.end]) is not None
        )
        or _reads_as_headline(text, blocks, index + 1, options, seen, junk)
        # or over a newsletter's greeting (Morning Brew / Good morning. ...)
        or (is_outlet(line) and HEADLINE_NEWSLETTER_GREETING.match(text, below.start, below.end))
        # or over an aggregator's byline and stamp (MSN: Story by Jane Doe / • 3h)
        or _story_by_over_headline(text, blocks, index + 1, options, seen, junk)
    ):
        return False
    junk.kinds[block.start, block.end] = "page"
    return True


def _story_by_over_headline(
    text: str,
    blocks: Sequence[Block],
    index: int,
    options: Options,
    seen: dict[tuple[int, int], Dateline | None],
    junk: _Reader,
) -> bool:
    """True when ``blocks[index]`` is an aggregator's byline over the story's
    stamp, each on its line, over the headline (MSN: ``Story by Jane Doe`` /
    ``• 3h • 3 min read`` / the headline).

    >>> from newsstruct._blocks import split_blocks
    >>> body = "The strike that was to close every line in the region on Monday was called off."
    >>> text = "Story by Jane Doe\\n\\u2022 3h \\u2022 3 min read\\n\\nRail strike called off\\n\\n" + body
    >>> _story_by_over_headline(text, split_blocks(text), 0, DEFAULT_OPTIONS, {}, _Reader(None))
    True
    >>> text = "Story by Jane Doe\\n\\nRail strike called off\\n\\n" + body
    >>> _story_by_over_headline(text, split_blocks(text), 0, DEFAULT_OPTIONS, {}, _Reader(None))
    False
    """
    if index + 2 >= len(blocks):
        return False
    block, stamp = blocks[index], blocks[index + 1]
    if not text.startswith(("Story by ", "STORY BY "), block.start):
        return False
    if junk.kind(text, stamp.start, stamp.end) != "timestamp":
        return False
    byline = junk.byline(text, block.start, block.end)
    if byline is None or not byline.names:
        return False
    return _reads_as_headline(text, blocks, index + 2, options, seen, junk)


#: The last word of a section's name that is also a paper's (``India News``).
_SECTION_NEWS = (" News", " NEWS")


def _headline_over_prose(
    text: str,
    blocks: Sequence[Block],
    index: int,
    options: Options,
    seen: dict[tuple[int, int], Dateline | None],
    junk: _Reader,
) -> bool:
    """Whether ``blocks[index]`` reads as a headline and a paragraph of prose is right under it."""
    if index + 1 >= len(blocks):
        return False
    below = blocks[index + 1]
    return _prose_line(text[below.start : below.end]) and _reads_as_headline(
        text, blocks, index, options, seen, junk
    )


def _local_edition(line: str) -> bool:
    """True when *line* is an outlet's local edition: the outlet's name and a
    known place (Axios Local's ``Axios Denver``, ``Axios Phoenix``).

    >>> from newsstruct._headline import _local_edition
    >>> _local_edition("Axios Denver"), _local_edition("Axios Denver mayor quits")
    (True, False)
    """
    outlet, _, place = line.strip().partition(" ")
    return bool(place) and is_outlet(outlet) and is_known_place(place, names_too=False)


def _outlet_with_age(line: str) -> bool:
    """True when *line* is a source and the story's age or date after a middle
    dot, as a news app prints it over the headline: ``Springfield Courier · 2h``.

    >>> from newsstruct._headline import _outlet_with_age
    >>> _outlet_with_age("Springfield Courier \u00b7 2h"), _outlet_with_age("Jane Doe \u00b7 2h")
    (True, False)

    A source of one word (a feed reader: ``Punch \u00b7 2h``) needs the age alone after it:

    >>> _outlet_with_age("Punch \u00b7 2h"), _outlet_with_age("Punch \u00b7 Lagos 2025")
    (True, False)
    """
    source, dot, age = line.replace("\u2022", "\u00b7").partition("\u00b7")
    if not dot or not any(map(str.isdigit, age)):
        return False
    source = source.strip()
    if " " not in source and source.istitle() and source.isalpha():
        return HEADLINE_FEED_AGE.fullmatch(age.strip()) is not None
    return paper_named(source)


def _live_label(text: str, blocks: Sequence[Block], index: int, junk: _Reader) -> bool:
    """True when ``blocks[index]``, under the headline, is a live blog's label.

    ``Live updates``, ``LIVE BLOG``, ``Developing story``
    (:data:`~newsstruct._data.kickers.LIVE_LABELS`) on a line of their own
    under the headline, with more of the story below: read as ``page``
    furniture, so it is not taken for the standfirst.  So is dpa's label of
    the story's version (``Zusammenfassung``:
    :data:`~newsstruct._data.kickers.VERSION_LABELS`) over no bullets.

    >>> from newsstruct._blocks import split_blocks
    >>> from newsstruct._headline import find_front_matter
    >>> from newsstruct._options import DEFAULT_OPTIONS
    >>> text = "Talks resume in Cairo\\n\\nLive updates\\n\\nBy Jane Doe\\n\\nTalks resumed on Monday."
    >>> front = find_front_matter(text, split_blocks(text), DEFAULT_OPTIONS)
    >>> front.headline.text, front.standfirst, front.read.kinds[23, 35]
    ('Talks resume in Cairo', None, 'page')
    """
    if index + 1 >= len(blocks):
        return False
    block = blocks[index]
    if block.end - block.start > _MAX_KICKER:
        return False
    line = text[block.start : block.end].strip().rstrip(":.").casefold()
    if line not in LIVE_LABELS and (
        line not in VERSION_LABELS or text.startswith(_BULLETS, blocks[index + 1].start)
    ):
        return False
    junk.kinds[block.start, block.end] = "page"
    return True


#: A breadcrumb trail has at most this many words in each of its links.
_MAX_CRUMB_WORDS = 5


def _poster_over_handle(text: str, blocks: Sequence[Block], junk: _Reader) -> bool:
    """Whether the text opens with a social post's writer over the handle (a
    thread copied whole: ``Mara Quinlan`` / ``@maraquinlan.bsky.social``): the
    name is then the byline, the handle ``page`` (unless the composer joins it
    to the byline, as it does a handle under a byline).

    >>> from newsstruct._blocks import split_blocks
    >>> text = "Mara Quinlan\\n@maraquinlan.bsky.social\\n\\n1/ Big news for riders tonight."
    >>> _poster_over_handle(text, split_blocks(text), _Reader(None))
    True
    >>> text = "Mara Quinlan\\n\\n@maraquinlan said on Monday the board had voted."
    >>> _poster_over_handle(text, split_blocks(text), _Reader(None))
    False
    """
    if len(blocks) < _POSTER_LINES + 1:
        return False
    poster, handle = blocks[0], blocks[1]
    if (
        text[handle.start] != "@"
        or handle.end - handle.start > _MAX_HANDLE
        or poster.end - poster.start > _MAX_HANDLE
        or any(c.isspace() for c in text[handle.start : handle.end])
    ):
        return False
    names = _writer_names(text[poster.start : poster.end])
    if not names or len(names) != 1:
        return False
    junk.bylines[poster.start, poster.end] = Byline(
        text[poster.start : poster.end], names, Span(poster.start, poster.end)
    )
    junk.kinds[handle.start, handle.end] = "page"
    return True


#: A post's writer and handle are two lines ...
_POSTER_LINES = 2
#: ... of at most this many characters each.
_MAX_HANDLE = 60


def _script_header(text: str, blocks: Sequence[Block], index: int, junk: _Reader) -> int:
    """The number of lines from ``blocks[index]`` that are a broadcast script's
    header (a slug in capitals, ``READER: JAMES``, ``DURATION: 0'42"``): short
    lines, one at least led by a label of :data:`SCRIPT_HEADER_LABELS`; each is
    marked ``page``.  ``0`` when there is none.

    >>> from newsstruct._blocks import split_blocks
    >>> text = "NEWS 0800 TUES\\nREADER: JAMES\\nDUR: 0'42\\"\\n\\nCUE: Teachers will strike."
    >>> _script_header(text, split_blocks(text), 0, _Reader(None))
    3
    >>> text = "Strike vote\\n\\nREADER: the union's members voted on Monday.\\n\\nThey strike."
    >>> _script_header(text, split_blocks(text), 0, _Reader(None))
    0
    """
    labelled = 0
    at = index
    while at < min(len(blocks), index + _MAX_SCRIPT_HEADER):
        block = blocks[at]
        line = text[block.start : block.end]
        if len(line) > _MAX_SCRIPT_LINE or "\n" in line:
            break
        label, colon, _ = line.partition(":")
        if colon and label.strip() in SCRIPT_HEADER_LABELS:
            labelled = at + 1
        elif not line.isupper():
            break
        at += 1
    if not labelled:
        return 0
    for block in blocks[index:labelled]:
        junk.kinds[block.start, block.end] = "page"
    return labelled - index


#: A script's header has at most this many lines ...
_MAX_SCRIPT_HEADER = 6
#: ... of at most this many characters.
_MAX_SCRIPT_LINE = 48


def _issuer_lines(text: str, blocks: Sequence[Block], index: int, junk: _Reader) -> int:
    """How many blocks from ``blocks[index]`` name the issuer of a release over its
    status line (``U.S. Attorney's Office`` / ``District of Nevada`` / ``FOR
    IMMEDIATE RELEASE``); 0 when no status line comes after a few short lines.

    Each is one short capitalised line with no closing stop or colon; they are
    read as ``release`` furniture.

    >>> from newsstruct._blocks import split_blocks
    >>> text = "Office of the Mayor\\n\\nFOR IMMEDIATE RELEASE\\n\\nMayor opens park\\n\\nThe park opened."
    >>> _issuer_lines(text, split_blocks(text), 0, _Reader(None))
    1
    >>> text = "Landgericht Kiel\\n\\nPressestelle\\n\\nKläger scheitert\\n\\nDas Gericht entschied."
    >>> _issuer_lines(text, split_blocks(text), 0, _Reader(None))
    1
    >>> text = "Mayor opens park\\n\\nThe park opened on Monday.\\n\\nFOR IMMEDIATE RELEASE"
    >>> _issuer_lines(text, split_blocks(text), 0, _Reader(None))
    0
    """
    for count in range(1, _MAX_ISSUER_LINES + 1):
        if index + count >= len(blocks):
            return 0
        block = blocks[index + count - 1]
        line = text[block.start : block.end].strip()
        if (
            not line
            or len(line) > _MAX_ISSUER_LINE
            or "\n" in line
            or line[-1] in ".!?:;,"
            or not line[:1].isupper()
            or any(map(str.isdigit, line))  # a date, a headline's figure: no issuer's name
            or not all(word[:1].isupper() or word in _ISSUER_SMALL_WORDS for word in line.split())
            # (a headline's words in lower case: Federal Reserve issues FOMC statement)
        ):
            return 0
        below = blocks[index + count]
        status = text[below.start : below.start + _LONGEST_STATUS].casefold()
        if status.startswith(_RELEASE_STATUS) and junk.kind(text, below.start, below.end) == (
            "release"
        ):
            for at in range(index, index + count):
                junk.kinds[blocks[at].start, blocks[at].end] = "release"
            return count
    return 0


#: An issuer's name over a release's status line has at most this many lines,
#: each at most this many characters.
_MAX_ISSUER_LINES = 3
_MAX_ISSUER_LINE = 80
#: The words in lower case an issuer's name may hold (``Office of the Mayor``).
_ISSUER_SMALL_WORDS = frozenset({"of", "the", "for", "and", "&", "on", "in", "-", "\u2013", "|"})
#: The openings of a release's status line, case folded.
#: ... or a press office's label (``Mitteilung der Pressestelle``: a court's
#: name over it), case folded.
_RELEASE_STATUS = ("for immediate release", "for release", *PRESS_OFFICES)
_LONGEST_STATUS = max(map(len, _RELEASE_STATUS))


def _breadcrumb(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is a page's breadcrumb trail: two or more short
    links, each opening with a capital or a digit, between ``>``, ``›``, ``»`` or a
    spaced slash (``Home > News > World``), no sentence.

    >>> _breadcrumb("Home > Business > Companies", 0, 27), _breadcrumb("Prices > $5 a gallon", 0, 20)
    (True, False)
    >>> _breadcrumb("Home/Business/Economy", 0, 21), _breadcrumb("Home/away fixtures", 0, 18)
    (True, False)
    >>> _breadcrumb("Asia | Politics | Asia", 0, 22), _breadcrumb("Budget 2025 | What changes", 0, 26)
    (True, False)
    """
    if end - start > _MAX_BREADCRUMB:
        return False
    block = text[start:end]
    if " | " in block and "\n" not in block:
        # sections between bars (The Diplomat): Southeast Asia | Politics | Southeast Asia;
        # three at least, each of a few words (a headline may hold one bar)
        crumbs = [crumb.strip() for crumb in block.split("|")]
        return len(crumbs) >= _MIN_BAR_CRUMBS and all(
            crumb[:1].isupper()
            and 0 < len(crumb.split()) <= _MAX_BAR_CRUMB_WORDS
            and crumb[-1:].isalpha()
            for crumb in crumbs
        )
    if block.startswith(_HOME_SLASH) and "\n" not in block:
        # the home page first, the links joined by slashes (The Daily Star): Home/Business/Economy
        crumbs = block.split("/")
    elif not HEADLINE_BREADCRUMB.match(block):
        return False
    else:
        crumbs = [crumb.strip() for crumb in HEADLINE_CRUMB_SEPARATOR.split(block)]
    return (
        len(crumbs) > 1
        and not any(mark in crumb for crumb in crumbs for mark in _CRUMB_MARKS)
        and all(
            (crumb[:1].isupper() or crumb[:1].isdigit())
            and 0 < len(crumb.split()) <= _MAX_CRUMB_WORDS
            and not crumb.endswith(".")
            for crumb in crumbs
        )
    )


_CRUMB_MARKS = (">", "\u203a", "\u00bb", "/")
#: A trail of links joined by slashes with no spaces opens with the home page's.
_HOME_SLASH = ("Home/", "HOME/")


#: A breadcrumb trail is at most this long.
_MAX_BREADCRUMB = 200
#: A trail of sections between bars has at least this many, each of at most this many words.
_MIN_BAR_CRUMBS = 3
_MAX_BAR_CRUMB_WORDS = 3
#: A section's label over the headline has at most this many words (``WORLD NEWS``).
_MAX_SECTION_WORDS = 2


#: A media label's headline has at most this many words.
_MAX_MEDIA_HEADLINE_WORDS = 20


def _media_label(text: str, blocks: Sequence[Block], index: int) -> int:
    """The length of the media label opening ``blocks[index]`` when it is a video or
    audio page's headline (``WATCH: Acme boss explains job cuts`` over the story),
    else 0: one line, at most :data:`_MAX_MEDIA_HEADLINE_WORDS` words after the
    label and no full stop at its end, with a longer paragraph under it.

    >>> from newsstruct._blocks import split_blocks
    >>> text = "WATCH: Acme boss explains cuts\\n\\nAcme said on Monday it would cut 500 jobs."
    >>> _media_label(text, split_blocks(text), 0)
    5
    >>> text = "Acme cut jobs on Monday.\\n\\nWATCH: The boss explains\\n\\nMore."
    >>> _media_label(text, split_blocks(text), 1)
    0
    """
    block = blocks[index]
    match = HEADLINE_MEDIA_LABEL.match(text, block.start, block.end)
    if match is None or index + 1 >= len(blocks):
        return 0
    line = text[match.end() + 1 : block.end].strip()
    if (
        not line
        or "\n" in line
        or line[-1] in ".!"
        or len(line.split()) > _MAX_MEDIA_HEADLINE_WORDS
        or not (_longer_below(text, blocks, index, 1) or _gallery_below(text, blocks, index))
    ):
        return 0
    return match.end() - block.start


def _gallery_below(text: str, blocks: Sequence[Block], index: int) -> bool:
    """True when ``blocks[index]`` opens with a gallery's label (``In pictures:``,
    ``PHOTOS:``) and the story's paragraph comes after the first picture's
    caption under it (a photo essay)."""
    label = text[blocks[index].start : blocks[index].start + 11].casefold()
    if not label.startswith(("in pictures", "photos")) or index + 2 >= len(blocks):
        return False
    block, below = blocks[index], blocks[index + 2]
    return (
        below.end - below.start >= block.end - block.start and text[below.end - 1] in _SENTENCE_ENDS
    )


def _skip_label(text: str, at: int, end: int) -> int:
    """Where the headline starts after a label's colon and spaces at *at*."""
    at += 1  # the colon
    while at < end and text[at] in " \t":
        at += 1
    return at


def _section_stack(text: str, blocks: Sequence[Block], index: int, junk: _Reader) -> int:
    """How many blocks from ``blocks[index]`` are a stack of a site's section and
    its subsections over the headline, each on its line (``National`` / ``NSW`` /
    ``Housing``, The Sydney Morning Herald); 0 when they are not two or three.

    The first is a listed section (:data:`~newsstruct._data.kickers.SECTION_NAMES`),
    the others one or two capitalised words with no digit nor stop, and no
    name of a writer; the block under them reads as a heading.

    >>> from newsstruct._blocks import split_blocks
    >>> text = "National\\nNSW\\nHousing\\nRents rise again\\nBy Jane Doe\\n\\nRents rose."
    >>> _section_stack(text, split_blocks(text), 0, _Reader(None))
    3
    >>> text = "National\\nJane Doe\\nRents rise again\\n\\nRents rose."
    >>> _section_stack(text, split_blocks(text), 0, _Reader(None))
    0
    """
    first = blocks[index]
    if text[first.start : first.end].strip().lower() not in SECTION_NAMES:
        return 0
    size = 1
    while size < _MAX_SECTION_STACK and index + size + 1 < len(blocks):
        block = blocks[index + size]
        line = text[block.start : block.end].strip()
        words = line.split()
        if not (
            0 < len(words) <= _MAX_SECTION_WORDS
            and len(line) <= _MAX_STACKED_SECTION
            and all(word[:1].isupper() and word.replace("&", "").isalpha() for word in words)
            and junk.kind(text, block.start, block.end) is None
            and match_unled_byline(text, block.start, block.end) is None
        ):
            break
        size += 1
    if size < 2:
        return 0
    under = blocks[index + size]
    heading = text[under.start : under.end].strip()
    return (
        size
        if heading
        and not heading.isupper()
        and heading[-1] not in _SENTENCE_ENDS
        and "\n" not in heading
        and len(heading.split()) <= _MAX_HEADLINE_WORDS // 2
        else 0
    )


#: A stack of sections over a headline has at most this many lines, each at
#: most this many characters.
_MAX_SECTION_STACK = 3
_MAX_STACKED_SECTION = 30


def _writer_over_headline(
    text: str,
    blocks: Sequence[Block],
    index: int,
    options: Options,
    seen: dict[tuple[int, int], Dateline | None],
    junk: _Reader,
) -> bool:
    """True when ``blocks[index]`` is the writer's name over the section's label
    and a time stamp, each on its line, over the headline, as magazine pages
    print them (``Jane Doe`` / ``Security`` / ``Mar 4, 2026 6:00 AM`` / the
    headline): the name alone (:func:`~newsstruct._byline.name_alone`), the
    section a listed one or one to three capitalised words with no digit, the
    stamp ``timestamp`` boilerplate, and the headline, more words than the
    name, under them with more of the story below.

    >>> from newsstruct._blocks import split_blocks
    >>> text = "Jane Doe\\nSecurity\\nMar 4, 2026 6:00 AM\\n\\nHackers Hit the Grid\\n\\nThe grid went down."
    >>> _writer_over_headline(text, split_blocks(text), 0, DEFAULT_OPTIONS, {}, _Reader(None))
    True
    >>> text = "Jane Doe\\n\\nMar 4, 2026\\n\\nJane Doe, a teacher, died on Monday.\\n\\nShe was 90."
    >>> _writer_over_headline(text, split_blocks(text), 0, DEFAULT_OPTIONS, {}, _Reader(None))
    False
    """
    if index + _WRITER_LINES + 1 >= len(blocks):
        return False
    writer, label, stamp = blocks[index : index + _WRITER_LINES]
    section = text[label.start : label.end].strip()
    if (
        not section
        or len(section) > _MAX_SECTION_NAME
        or "\n" in section
        or writer.end - writer.start > _MAX_KICKER
    ):
        return False
    words = section.split()
    if section.casefold() not in SECTION_NAMES and not (
        len(words) <= _MAX_SECTION_WORDS + 1
        and all(word[:1].isupper() and word.replace("&", "").isalpha() for word in words)
        and name_alone(section) is None
    ):
        return False
    name = text[writer.start : writer.end]
    if "\n" in name.strip() or _writer_names(name) is None:
        return False
    if junk.kind(text, stamp.start, stamp.end) != "timestamp":
        return False
    if junk.kind(text, writer.start, writer.end) is not None or junk.kind(
        text, label.start, label.end
    ):
        return False
    title = blocks[index + _WRITER_LINES]
    if len(_words(text, title.start, title.end)) <= len(name.split()):
        return False
    return _reads_as_headline(text, blocks, index + _WRITER_LINES, options, seen, junk)


#: The writer's name, the section and the stamp over a magazine's headline.
_WRITER_LINES = 3


def _writer_names(line: str) -> tuple[str, ...] | None:
    """The writers' names that *line* is alone (:func:`~newsstruct._byline.name_alone`
    each), one to three, joined by commas or ``and``; else ``None``.

    >>> _writer_names("Jane Doe and Kwame Asante"), _writer_names("Jane Doe")
    (('Jane Doe', 'Kwame Asante'), ('Jane Doe',))
    >>> _writer_names("Jane Doe and the Lost Tapes") is None
    True
    """
    parts = HEADLINE_WRITER_JOIN.split(line.strip())
    if not 0 < len(parts) <= _MAX_WRITERS:
        return None
    names: list[str] = []
    for part in parts:
        name = name_alone(part)
        if name is None:
            return None
        names.append(name)
    return tuple(names)


#: A line names at most this many writers over a magazine's headline.
_MAX_WRITERS = 3


def _section_not_button(text: str, blocks: Sequence[Block], index: int, junk: _Reader) -> bool:
    """True when ``blocks[index]``, a share button's word alone, is a listed
    section's name over the headline (``Comment`` over an op-ed's headline):
    no button stands right above or under it, and :func:`_section_label` reads
    it over the next block.

    >>> from newsstruct._blocks import split_blocks
    >>> text = "Comment\\n\\nOur parks need more trees\\n\\nBy Jane Doe"
    >>> _section_not_button(text, split_blocks(text), 0, _Reader(None))
    True
    >>> text = "Share\\n\\nComment\\n\\nOur parks need more trees"
    >>> _section_not_button(text, split_blocks(text), 1, _Reader(None))
    False
    """
    block = blocks[index]
    if (
        index + 1 >= len(blocks)
        or text[block.start : block.end].strip().casefold() not in SECTION_NAMES
    ):
        return False
    under = blocks[index + 1]
    if junk.kind(text, under.start, under.end) is not None:
        return False
    if index and junk.kind(text, blocks[index - 1].start, blocks[index - 1].end) == "share":
        return False
    return _section_label(text, block, under)


def _kicker_length(text: str, block: Block) -> bool:
    """Whether *block* is short enough for a kicker: :data:`_MAX_KICKER`
    characters, or :data:`_MAX_ISSUER_KICKER` for a label opening with an
    issuer's noun (``Communiqué de presse du ministère de la Justice``).

    >>> from newsstruct._blocks import Block
    >>> from newsstruct._headline import _kicker_length
    >>> line = "Press release from the Ministry of Justice"
    >>> _kicker_length(line, Block(0, len(line)))
    True
    >>> line = "New rules for online courts take effect from May"
    >>> _kicker_length(line, Block(0, len(line)))
    False
    >>> line = "Press release from the minister angers unions"
    >>> _kicker_length(line, Block(0, len(line)))
    False
    """
    size = block.end - block.start
    if size <= _MAX_KICKER:
        return True
    line = text[block.start : block.end]
    # (the issuer's name ends it with a capital: no headline's verb and object,
    # Press release from the minister angers unions)
    return (
        size <= _MAX_ISSUER_KICKER
        and line.casefold().startswith(ISSUER_LABEL_NOUNS)
        and line.rsplit(None, 1)[-1][:1].isupper()
    )


def _section_label(text: str, label: Block, under: Block) -> bool:
    """True when *label* is a section's name in capitals over a headline in
    sentence or title case (``WORLD NEWS`` over ``Acme to cut 5,000 jobs``), a
    listed section's name in any case (``Business``, ``US news``:
    :data:`~newsstruct._data.kickers.SECTION_NAMES`), a country's name as
    written (``Saudi Arabia``), or a press agency's
    catchline (PA: ``POLITICS Budget``).

    >>> from newsstruct._blocks import Block
    >>> text = "WORLD NEWS\\nAcme to cut jobs"
    >>> _section_label(text, Block(0, 10), Block(11, 27))
    True
    >>> text = "MARKETS FALL\\nTraders sold shares on Monday."
    >>> _section_label(text, Block(0, 12), Block(13, 44))
    False
    """
    words = text[label.start : label.end].split()
    if (
        " ".join(words).lower() in SECTION_NAMES
        or " ".join(words) in COUNTRIES
        or (
            1 < len(words) <= _MAX_SECTION_WORDS + 1
            and words[-1] == "News"
            and all(word[:1].isupper() and word.isalpha() for word in words)
        )
    ):
        pass  # a site's section, in any case: "Business", "US news"; a country: "Saudi
        # Arabia"; a section's news in title case: "Irish News", "Top News"
    elif not 0 < len(words) <= _MAX_SECTION_WORDS or not all(
        (word.isupper() or (at and word.istitle()))
        and len(word) > 1
        and word.replace(".", "").replace("&", "").isalpha()
        for at, word in enumerate(words)
    ):
        return False  # "WORLD NEWS", and a press agency's catchline: "POLITICS Budget"
    heading = text[under.start : under.end].strip()
    return (
        bool(heading)
        and not heading.isupper()
        and heading[-1] not in _SENTENCE_ENDS
        and len(heading.split()) <= _MAX_HEADLINE_WORDS // 2
        and "\n" not in heading
    )


def _topic_over_headline(
    text: str,
    blocks: Sequence[Block],
    index: int,
    options: Options,
    seen: dict[tuple[int, int], Dateline | None],
    junk: _Reader,
) -> bool:
    """True when ``blocks[index]`` is a page's topic or section label over a
    headline that has its standfirst under it (``Eurozone economy`` over ``ECB
    holds rates ...`` over ``Policymakers signal ...`` over the byline; ``Finance
    & economics | Free exchange``, a section and its column): at most two
    segments between bars, of one to three words each, capitalised, with no
    digit and no closing stop, each less than half as long as the headline in words.

    >>> from newsstruct._blocks import split_blocks
    >>> from newsstruct._headline import find_front_matter
    >>> from newsstruct._options import DEFAULT_OPTIONS
    >>> text = (
    ...     "Eurozone economy\\nECB holds rates as wage growth cools\\n"
    ...     "Policymakers signal a cut in September\\n\\nBy Jane Doe\\n\\nThe bank held rates."
    ... )
    >>> front = find_front_matter(text, split_blocks(text), DEFAULT_OPTIONS)
    >>> front.kicker.text, front.headline.text, front.standfirst.text
    ('Eurozone economy', 'ECB holds rates as wage growth cools', 'Policymakers signal a cut in September')
    """
    if index + 2 >= len(blocks):
        return False
    block = blocks[index]
    line = text[block.start : block.end].strip()
    if not line or "\n" in line or line[-1] in ".!?:,;" or _digits_but_year(line):
        return False
    segments = [segment.split() for segment in line.split("|")]
    if len(segments) > _MAX_TOPIC_SEGMENTS or not all(
        0 < len(words) <= _MAX_SECTION_WORDS + 1 and words[0][:1].isupper() for words in segments
    ):
        return False
    size = max(map(len, segments))
    heading, deck = blocks[index + 1], blocks[index + 2]
    if heading.end - heading.start > _MAX_HEADLINE or deck.end - deck.start > _MAX_STANDFIRST:
        return False  # (cheap tests first: a headline line over a short deck)
    words = _words(text, heading.start, heading.end)
    glued = text.count("\n", block.end, heading.start) == 1  # on the line right over it
    if (2 * size >= len(words) and not (glued and size + _MIN_WORDS_UNDER_TOPIC <= len(words))) or (
        text[heading.start : heading.end].rstrip(_CLOSERS).endswith(".") and not _title_case(words)
    ):
        return False  # (a label glued over the headline, German pages' Dachzeile, may be longer)
    if match_unled_byline(text, block.start, block.end) is not None or (
        not glued and place_alone(text, block.start, block.end)
    ):
        return False  # (a place glued over the headline is its label: Düsseldorf)
    return _reads_as_headline(text, blocks, index + 1, options, seen, junk) and _standfirst(
        text, blocks, index + 2, options, seen, junk
    )


def _outlet_and_section(line: str) -> bool:
    """True when *line* is a listed outlet and its section after a bar, a source
    line under the standfirst: ``Haaretz | Israel News``.

    >>> _outlet_and_section("Haaretz | Israel News"), _outlet_and_section("Jane Doe | Haaretz")
    (True, False)
    """
    if len(line) > _MAX_KICKER or line.count("|") != 1:
        return False
    outlet, section = (part.strip() for part in line.split("|"))
    words = section.split()
    return (
        0 < len(words) <= _MAX_SECTION_WORDS + 1
        and all(word[:1].isupper() for word in words)
        and is_outlet(outlet)
    )


def _digits_but_year(line: str) -> bool:
    """True when *line* holds a digit that is not in a year of its own (``Election 2024``)."""
    return any(
        any(map(str.isdigit, word)) and not (len(word) == 4 and word.isdigit())
        for word in line.split()
    )


#: A topic label over a headline has at most this many segments between bars.
_MAX_TOPIC_SEGMENTS = 2
#: A topic label on the line right over its headline has at least this many
#: words fewer than the headline.
_MIN_WORDS_UNDER_TOPIC = 3


def _label_under(text: str, blocks: Sequence[Block], index: int) -> bool:
    """True when ``blocks[index]``, under the headline, is a kicker's label on
    a line of its own (``LETTERS``, ``Analysis.``), with more of the story below.

    >>> from newsstruct._blocks import split_blocks
    >>> from newsstruct._headline import find_front_matter
    >>> from newsstruct._options import DEFAULT_OPTIONS
    >>> text = "Rates rise again\\n\\nLETTERS.\\n\\nThe bank raised rates on Monday."
    >>> front = find_front_matter(text, split_blocks(text), DEFAULT_OPTIONS)
    >>> front.headline.text, front.kicker.text, sorted(front.used)
    ('Rates rise again', 'LETTERS.', [0, 1])
    """
    if index + 1 >= len(blocks):
        return False
    block = blocks[index]
    if (
        block.end - block.start <= _MAX_SECTION_NAME
        and text[block.start : block.end].strip().casefold() in SECTION_NAMES
    ):
        return True  # the site's section under the headline (The Star): Nation
    if _competition_over_score(text, block, blocks[index + 1]):
        return True  # a match report's competition over its score line: Premier League
    return (
        block.end - block.start <= _MAX_KICKER
        and HEADLINE_KICKER_LINE.match(text[block.start : block.end]) is not None
        # a byline with a bar is no section and column: "By Jane Doe | Bloomberg"
        and match_byline(text, block.start, block.end) is None
        and match_unled_byline(text, block.start, block.end) is None
    )


def _competition_over_score(text: str, block: Block, below: Block) -> bool:
    """True when *block*, under a match report's headline, is its competition's
    name (a few capitalised words, no digit, no stop) over its score line.

    >>> from newsstruct._blocks import split_blocks
    >>> text = "Premier League\\n\\nArsenal 2 (Saka 34) Chelsea 1 (Palmer 58)\\n\\nArsenal won."
    >>> blocks = split_blocks(text)
    >>> _competition_over_score(text, blocks[0], blocks[1])
    True
    >>> text = "Arsenal won again.\\n\\nArsenal 2 (Saka 34) Chelsea 1 (Palmer 58)\\n\\nIt was close."
    >>> blocks = split_blocks(text)
    >>> _competition_over_score(text, blocks[0], blocks[1])
    False
    """
    if block.end - block.start > _MAX_SECTION_NAME or below.end - below.start > _MAX_SCORE:
        return False
    words = text[block.start : block.end].split()
    return (
        0 < len(words) <= _MAX_COMPETITION_WORDS
        and all(word[:1].isupper() and word.isalpha() for word in words)
        and BOILERPLATE_SCORE_LINE.match(text[below.start : below.end]) is not None
    )


#: A competition's name over a score line has at most this many words
#: (``UEFA Champions League``, ``Scottish Premiership``).
_MAX_COMPETITION_WORDS = 4
#: A score line under a competition's name has at most this many characters.
_MAX_SCORE = 300


#: A section's name alone under a headline has at most this many characters.
_MAX_SECTION_NAME = 30
#: A source line under a headline (``KXYZ Staff``) has at most this many words.
_MAX_SOURCE_WORDS = 5
#: A station's or outlet's call letters before ``Staff``: ``KXYZ``, ``WTOP``, ``CNN``.
_MAX_CALL_LETTERS = 6


def _source_line(text: str, blocks: Sequence[Block], index: int, junk: _Reader) -> bool:
    """True when ``blocks[index]``, under the headline, credits an outlet, not a person.

    Portals print the source of a wire story alone under its headline (``The
    Canadian Press``, ``Associated Press``), and local sites a staff credit
    (``KXYZ Staff``, ``Staff reports``, :data:`~newsstruct._data.desks.STAFF_CREDITS`).
    Such a line is read as ``credits`` (a source line), so it is not taken for
    the standfirst.

    >>> from newsstruct._blocks import split_blocks
    >>> from newsstruct._headline import find_front_matter
    >>> from newsstruct._options import DEFAULT_OPTIONS
    >>> text = "Plan unveiled\\n\\nKXYZ Staff\\n\\nOTTAWA - The plan was unveiled on Monday."
    >>> front = find_front_matter(text, split_blocks(text), DEFAULT_OPTIONS)
    >>> front.standfirst, front.read.kinds[15, 25]
    (None, 'credits')
    """
    if index + 1 >= len(blocks):
        return False
    block = blocks[index]
    if block.end - block.start > _MAX_OUTLET:
        return False
    if not source_credit(text[block.start : block.end]):
        return False
    junk.kinds[block.start, block.end] = "credits"
    return True


#: A name line under the headline has at least and at most this many words.
_MIN_NAME_LINE_WORDS = 2
_MAX_NAME_LINE_WORDS = 6


def _name_line(text: str, blocks: Sequence[Block], index: int, junk: _Reader) -> bool:
    """True when ``blocks[index]``, under the headline, names a show, a room or
    a desk over the time stamp: ``The Riverton Report``, ``James S. Brady Press
    Briefing Room``, ``Zacks Equity Research``.

    Such a line is one line of two to six words in title case (every word
    capitalised but the small ones), with no digit and no closing stop, colon,
    question or exclamation mark, and a time stamp right under it; no writer's
    name (``Jane Doe``), unless its last word names a show, a room or a desk
    (:data:`~newsstruct._data.boilerplate.NAME_LINE_HEADS`, ``Report``, ``Room``;
    :data:`~newsstruct._data.boilerplate.NAME_LINE_DESKS`, ``Research``).  A
    standfirst is a sentence that sums up the story; a name is no summary, so
    the line is read as ``page`` furniture, or as ``credits`` when it ends with
    a desk's noun.

    >>> from newsstruct._blocks import split_blocks
    >>> from newsstruct._headline import find_front_matter
    >>> from newsstruct._options import DEFAULT_OPTIONS
    >>> text = "Episode 4: The Vote\\n\\nThe Riverton Report\\n\\nNov 4, 2025\\n\\nWe talk about it."
    >>> front = find_front_matter(text, split_blocks(text), DEFAULT_OPTIONS)
    >>> front.standfirst, front.read.kinds[21, 40]
    (None, 'page')

    A sentence-like deck over the stamp stays the standfirst:

    >>> text = "Buses run again\\n\\nThe strike is over\\n\\nNov 4, 2025\\n\\nBuses ran on Monday."
    >>> find_front_matter(text, split_blocks(text), DEFAULT_OPTIONS).standfirst.text
    'The strike is over'
    """
    if index + 2 >= len(blocks):
        return False
    block = blocks[index]
    if block.end - block.start > _MAX_OUTLET:
        return False
    line = text[block.start : block.end].strip()
    words = line.split()
    if (
        "\n" in line
        or not _MIN_NAME_LINE_WORDS <= len(words) <= _MAX_NAME_LINE_WORDS
        or line[-1] in ".:?!,;"
        or any(map(str.isdigit, line))
        or line.isupper()
        or not all(
            word[:1].isupper() or word.casefold() in _NAME_LINE_SMALL for word in _titled(words)
        )
        or not words[0][:1].isupper()
        or words[0].casefold() in _SOURCE_LEADS
    ):
        return False
    stamp = blocks[index + 1]
    if junk.kind(text, stamp.start, stamp.end) != "timestamp":
        return False
    if (
        junk.kind(text, block.start, block.end) is not None
        or match_unled_byline(text, block.start, block.end) is not None
        or junk.byline(text, block.start, block.end) is not None
        or (
            words[-1] not in NAME_LINE_DESKS
            and words[-1] not in NAME_LINE_HEADS
            and name_alone(line) is not None
        )
    ):
        return False  # the writer's name over the stamp (Jane Doe / Nov 4, 2025)
    junk.kinds[block.start, block.end] = "credits" if words[-1] in NAME_LINE_DESKS else "page"
    return True


def _titled(words: Sequence[str]) -> Sequence[str]:
    """The words of a name line after its first that must be capitalised: its
    show's noun may close it in lower case (``The Civic Desk podcast``)."""
    if words[-1].islower() and words[-1].capitalize() in NAME_LINE_HEADS:
        return words[1:-1]
    return words[1:]


#: The small words a name line may leave in lower case (``The Week in Review``).
_NAME_LINE_SMALL = frozenset({"a", "an", "and", "at", "for", "in", "of", "on", "the", "to", "with"})


#: The longest code of a state or region after an outlet's name (``g1 RS``).
_MAX_REGION_CODE = 3

#: The words that lead a source's credit line, in the byline's languages
#: (``By Reuters``, ``Door ANP``, ``Von dpa``).  Case folded.
#: Brazilian pages lead the outlet or the newsroom with ``Do``/``Da`` and may
#: add the place (``Do UOL, em São Paulo``, ``Da Redação``).
_SOURCE_LEADS = frozenset({"by", "door", "von", "por", "par", "di", "av", "af", "do", "da"})
#: The words before the place after a comma in such a line: ``, em São Paulo``.
_SOURCE_PLACE_WORDS = ("em ", "en ", "in ", "à ", "a ")


def source_credit(line: str) -> bool:
    """True when *line* credits an outlet, not a person (:func:`_source_line`):
    ``The Canadian Press``, ``By Reuters Staff``, ``KXYZ Staff``, ``Global Times``.

    >>> from newsstruct._headline import source_credit
    >>> source_credit("By KXYZ Staff"), source_credit("By Jane Doe")
    (True, False)
    >>> source_credit("By JT - Nov 04,2025 - Last updated at Nov 04,2025"), source_credit("JT")
    (True, False)
    >>> source_credit("Staff writer, with CNA"), source_credit("Jane Doe, with CNA")
    (True, False)
    >>> source_credit("By Courier staff"), source_credit("Courier staff"), source_credit("By Hospital staff")
    (True, False, False)
    >>> source_credit("By Filings Desk"), source_credit("By Jane Desk Doe"), source_credit("Filings Desk")
    (True, False, False)
    """
    line = line.strip()
    lead, _, rest = line.partition(" ")
    led = lead.casefold() in _SOURCE_LEADS
    if led:
        line = rest.lstrip()  # "By Reuters Staff", "By The Associated Press", "Door ANP"
        head, comma, place = line.partition(", ")
        if comma and head and place.startswith(_SOURCE_PLACE_WORDS) and place[-1:].isalpha():
            line = head  # the place it was filed from: Do UOL, em São Paulo
    if any(map(str.isdigit, line)):
        tail = BYLINE_DATE_TAIL.search(line)
        if tail is not None and tail.start() > 0:
            # the date glued on: By Staff Reporter November 4, 2025; Myanmar Now | Nov 4, 2025
            line = line[: tail.start()].rstrip(" \t|\u00b7")
        else:
            # the stamps after a spaced dash or a bar (The Jordan Times, Myanmar Now):
            # By JT - Nov 04,2025 - ..., Myanmar Now | November 4, 2025
            for mark in (" - ", " | "):
                head, dash, rest = line.partition(mark)
                if dash and head and rest[:1].isalnum() and any(map(str.isdigit, rest)):
                    line = head
                    break
    words = line.split()
    if not 0 < len(words) <= _MAX_SOURCE_WORDS:
        return False
    place, slash, outlet = line.partition(" / ")
    if (
        slash
        and (is_known_place(place, names_too=False) or place.replace(" ", "").isupper())
        and (is_outlet(outlet) or is_agency(outlet))
    ):
        return True  # the place and the paper (La Voz de Galicia): SANTIAGO / LA VOZ
    if len(words) == 1 and "/" in line:
        # the agency and the place it filed from (Gulf Times): QNA/Doha
        agency, _, place = line.partition("/")
        if (is_agency(agency) or is_outlet(agency)) and place.istitle() and place.isalpha():
            return True
    if len(words) > 1 and _desk_of(words):
        return True  # a newsroom's desk or staff: India Today News Desk, Scroll Staff
    if (
        led
        and 1 < len(words) <= _MAX_LED_DESK_WORDS
        and words[-1] in _LED_DESK_NOUNS
        and all(word[:1].isupper() and word[1:].islower() for word in words)
        and words[0].casefold() not in _FIRST_NAMES
    ):
        # a desk after the lead word, whatever it covers: By Filings Desk (no
        # writer's name before it: By Jane DoeCity Hall Bureau, By Jane Doe, Desk)
        return True
    if (
        len(words) == 2
        and len(words[1]) <= _MAX_REGION_CODE
        and words[1].isupper()
        and words[1].isalpha()
        and is_outlet(words[0])
    ):
        return True  # an outlet's regional desk by its state's code (Brazil): g1 RS
    head, with_, agency = line.rpartition(" with ")
    if with_ and head.rstrip(" ,").casefold() in STAFF_CREDITS and is_agency(agency.strip()):
        return True  # the staff and the agency (Taipei Times): Staff writer, with CNA
    return bool(
        is_outlet(line)
        or (len(words) == 1 and is_agency(line))  # an agency alone: ONA
        # the paper's initials after the lead word: By JT, By HT, di F. Q.
        or (
            led
            and len(initials := line.replace(". ", "").rstrip(".")) <= _MAX_INITIALS
            and initials.isalpha()
            and initials.isupper()
            and len(initials) > 1
        )
        or (len(words) > 1 and outlet_named(line))  # an outlet's name: Global Times
        or BOILERPLATE_SOURCE_WITH.match(line)  # the paper with an agency: DAILY SABAH WITH AA
        or line.casefold() in STAFF_CREDITS
        or (
            # a paper's desk report (The Daily Star): Star Business Report, Saudi Gazette report
            1 < len(words) <= _MAX_DESK_REPORT_WORDS
            and words[-1].casefold() == "report"
            and any(word in PAPER_NOUNS for word in words[:-1])
        )
        or (
            # the paper's short name and its staff after the lead word (US weeklies):
            # By Courier staff, By Herald Staff
            led and len(words) == 2 and words[0] in PAPER_NOUNS and words[1].casefold() == "staff"
        )
        or (
            len(words) > 1
            and words[-1] == "Staff"
            and (
                is_outlet(" ".join(words[:-1]))
                or (len(words) == 2 and words[0].isupper() and len(words[0]) <= _MAX_CALL_LETTERS)
            )
        )
    )


def _desk_of(words: Sequence[str]) -> bool:
    """True when *words* name an outlet's desk or staff: a listed desk credit
    (:data:`~newsstruct._data.desks.STAFF_CREDITS`: ``News Desk``, ``Staff``)
    after an outlet's or a paper's name (``India Today News Desk``, ``Scroll
    Staff``, ``Addis Standard Staff``).

    >>> _desk_of("India Today News Desk".split()), _desk_of("Scroll Staff".split())
    (True, True)
    >>> _desk_of("Hospital Staff".split()), _desk_of("Jane Doe".split())
    (False, False)

    Or a section's desk, after an outlet's name or alone: ``Sports Desk``,
    ``India Today World Desk`` (not ``Help Desk``).

    >>> _desk_of("Sports Desk".split()), _desk_of("Help Desk".split()), _desk_of(["Desk"])
    (True, False, False)
    """
    if len(words) < 2:
        return False
    if words[-1] in _DESK_NOUNS and words[-2].casefold() in SECTION_NAMES:
        named = " ".join(words[:-2])
        return not named or is_outlet(named) or outlet_named(named)
    for cut in (len(words) - 2, len(words) - 1):
        if cut < 1 or " ".join(words[cut:]).casefold() not in STAFF_CREDITS:
            continue
        named = " ".join(words[:cut])
        return words[cut][:1].isupper() and (
            is_outlet(named) or outlet_named(named) or paper_named(named)
        )
    return False


#: A desk after the lead word (``By Filings Desk``, ``By Breaking News Desk``)
#: has at most this many words, and ends with one of these nouns, which no
#: writer's name ends with; its first word is no first name.
_MAX_LED_DESK_WORDS = 4
_LED_DESK_NOUNS = frozenset({"Desk"})
_FIRST_NAMES = MALE_FIRST_NAMES | FEMALE_FIRST_NAMES | UNISEX_FIRST_NAMES
#: What a section's desk is called after the section: ``Sports Desk``.
_DESK_NOUNS = frozenset({"Desk", "Bureau", "Team"})
#: The openings of a desk's credit line, which names no writer (``Edited by Jane Doe``).
_DESK_CREDITS = tuple(f"{role} by " for role in DESK_CREDIT_ROLES)
#: A paper's initials for its byline (``By JT``) have at most this many letters.
_MAX_INITIALS = 4
#: A page title's headline is looked for again in this many blocks under it ...
_MAX_TITLE_AGAIN = 16
#: ... which are the page's menus: at most this many characters each.
_MAX_MENU_LINE = 40


def _labelled_title_over_headline(text: str, blocks: Sequence[Block], index: int) -> bool:
    """Whether ``blocks[index]`` is a label (a country's, as a kicker:
    :data:`HEADLINE_COUNTRY_PREFIX`) and a headline that the block under it
    gives again alone: Reuters RCV1's ``<title>USA: Talks end</title>`` over
    its ``<headline>Talks end</headline>``.

    >>> from newsstruct._blocks import split_blocks
    >>> text = "USA: Grain barges slowed.\\n\\nGrain barges slowed.\\n\\nBarges slowed on Wednesday."
    >>> _labelled_title_over_headline(text, split_blocks(text), 0)
    True
    >>> text = "USA: Grain barges slowed.\\n\\nBarges slowed on Wednesday, traders said."
    >>> _labelled_title_over_headline(text, split_blocks(text), 0)
    False
    """
    block, under = blocks[index], blocks[index + 1]
    if block.end - block.start > _MAX_HEADLINE or text.find(":", block.start, block.end) < 0:
        return False
    label = HEADLINE_COUNTRY_PREFIX.match(text[block.start : block.end])
    return (
        label is not None
        and text[block.start + label.end() : block.end] == text[under.start : under.end]
    )


def _title_again(text: str, blocks: Sequence[Block], index: int, start: int, end: int) -> int:
    """The index of the block under ``blocks[index]`` (a page title: ``headline |
    Site``) that is its headline ``text[start:end]`` alone, over short lines
    only (the page's menus); ``0`` when there is none.

    >>> from newsstruct._blocks import split_blocks
    >>> text = "Talks end | The Courier\\n\\nHome\\n\\nNews\\n\\nTalks end\\n\\nPorts shut on Monday."
    >>> _title_again(text, split_blocks(text), 0, 0, 9)
    3
    >>> text = "Talks end | The Courier\\n\\nPorts shut on Monday as the long talks end.\\n\\nTalks end"
    >>> _title_again(text, split_blocks(text), 0, 0, 9)
    0
    """
    title = text[start:end]
    for at in range(index + 1, min(len(blocks), index + 1 + _MAX_TITLE_AGAIN)):
        block = blocks[at]
        if text[block.start : block.end] == title:
            return at
        if block.end - block.start > _MAX_MENU_LINE:
            return 0
    return 0


#: A paper's desk report credit has at most this many words (``Star Online Report``).
_MAX_DESK_REPORT_WORDS = 4


@attrs.frozen
class _Reader:
    """The block readers of one article, each block read once by each.

    :func:`boilerplate_kind` (with the phrase anchors of the article, when
    known), :func:`match_caption` and :func:`match_byline`; the readings are
    kept by block ``(start, end)``.
    """

    anchors: tuple[str, ...] | None
    kinds: dict[_Key, str | None] = attrs.field(factory=dict)
    captions: dict[_Key, Caption | None] = attrs.field(factory=dict)
    bylines: dict[_Key, Byline | None] = attrs.field(factory=dict)

    def kind(self, text: str, start: int, end: int) -> str | None:
        key = (start, end)
        if key not in self.kinds:
            block = text[start:end]
            self.kinds[key] = (
                boilerplate_kind(block)
                if self.anchors is None
                else boilerplate_kind(block, self.anchors)
            )
        return self.kinds[key]

    def caption(self, text: str, start: int, end: int) -> Caption | None:
        key = (start, end)
        if key not in self.captions:
            self.captions[key] = match_caption(text, start, end)
        return self.captions[key]

    def byline(self, text: str, start: int, end: int) -> Byline | None:
        key = (start, end)
        if key not in self.bylines:
            self.bylines[key] = match_byline(text, start, end)
        return self.bylines[key]


def _dateline(
    text: str, start: int, end: int, options: Options, seen: dict[tuple[int, int], Dateline | None]
) -> Dateline | None:
    """:func:`match_dateline`, read once per block."""
    key = (start, end)
    if key not in seen:
        seen[key] = match_dateline(text, start, end, options)
    return seen[key]


def _other_part(
    text: str,
    block: Block,
    options: Options,
    seen: dict[tuple[int, int], Dateline | None],
    junk: _Reader,
    following: Sequence[Block] = (),
    *,
    captions: bool = True,
) -> bool:
    """True when *block* is a byline, caption, boilerplate or opens with a dateline.

    A story has one dateline: a block followed (past bylines, captions and
    boilerplate such as a time stamp) by one that opens with a dateline does
    not open with one itself.  With ``captions=False``, a caption's reading
    does not count.
    """
    start, end = block.start, block.end
    if (
        junk.kind(text, start, end) is not None
        or junk.byline(text, start, end) is not None
        or (captions and junk.caption(text, start, end) is not None)
    ):
        return True
    if not _opens_with_dateline(text, block, options, seen):
        return False
    for after in following:
        if (
            junk.byline(text, after.start, after.end)
            or junk.caption(text, after.start, after.end)
            or junk.kind(text, after.start, after.end) is not None
        ):
            continue
        return not _opens_with_dateline(text, after, options, seen)
    return True


def _opens_with_dateline(
    text: str, block: Block, options: Options, seen: dict[tuple[int, int], Dateline | None]
) -> bool:
    """True when *block* is a paragraph that opens with a dateline.

    A dateline names its agency or date, or a sentence follows it: a short
    slug such as ``FIX IS IN: Moderators ignore scandals`` or a title-case
    line (``HUFFPOLLSTER: A Seismic Shift Among Voters ...``) is a headline.
    """
    dateline = _dateline(text, block.start, block.end, options, seen)
    if dateline is None:
        return False
    if dateline.agency or dateline.date_text:
        return True
    rest = _words(
        text, dateline.span.end, min(block.end, dateline.span.end + _DATELINE_SENTENCE_WINDOW)
    )
    return len(rest) >= _MIN_DATELINE_SENTENCE and not _title_case(rest)


#: The longest line of figures alone (no letter) passed over above a headline.
_MAX_FIGURES_LINE = 40


def _reads_as_headline(
    text: str,
    blocks: Sequence[Block],
    index: int,
    options: Options,
    seen: dict[tuple[int, int], Dateline | None],
    junk: _Reader,
    *,
    under_kicker: bool = False,
) -> bool:
    block = blocks[index]
    if block.end - block.start > _MAX_HEADLINE:
        return False
    line = text[block.start : block.end]
    if line.count("\n") + line.count("\r") >= _MAX_HEADLINE_LINES or line.endswith((":", ",")):
        return False  # (a line ending with a comma is a letter's greeting: Dear readers,)
    words = _words(line)
    if not words or len(words) > _MAX_HEADLINE_WORDS:
        return False
    if report_section(text, block.start, block.end):
        return False  # a report's first section heading (1. Summary): a subhead
    if _source_suffix(text, block.start, block.end):
        # a feed's title and its source (RSS, AG News): ... Peptides (AP)
        following = blocks[index + 1 : index + 4]
        return not _other_part(text, block, options, seen, junk, following, captions=False)
    if _other_part(text, block, options, seen, junk, blocks[index + 1 : index + 4]):
        return False
    if _wrapped_on(text, blocks, index):
        return False  # the first line of a hard-wrapped paragraph: ... the port / authority said
    if (
        index + 1 < len(blocks)
        and (place := place_alone(text, block.start, block.end)) is not None
        and place.location not in COUNTRIES
        and _prose_line(text[blocks[index + 1].start : blocks[index + 1].end])
    ):
        # the town the story was filed from, on its line over the body: ANKARA
        # (a country's name alone over a paragraph is its headline: Kuwait)
        return False
    if HEADLINE_NEWSLETTER_GREETING.fullmatch(line) or (
        line[:1] == "[" and HEADLINE_TIME_CODE.match(line)
    ):
        return False  # a newsletter's greeting (Good morning.), a transcript's turn ([00:00:07])
    if _reported_speech(line, words):
        return False
    if line.rstrip(_CLOSERS).endswith(".") and _lead_sentence(line):
        return False  # the story's first sentence, its names capitalised or not
    if (
        index + 1 < len(blocks)
        and is_outlet(line)
        and _prose_line(text[blocks[index + 1].start : blocks[index + 1].end])
    ):
        return False  # a newsletter's name over its greeting (Morning Brew)
    if _all_caps(line) or _title_case(words):
        return True
    breaks = HEADLINE_SENTENCE_BREAK.findall(line)
    has_break = bool(breaks)
    if index + 1 >= len(blocks) and len(words) > _MAX_LONE_WORDS:
        # a lone sentence-case block is a headline only when it is short
        return False
    if len(breaks) == 1 and len(words) <= _MAX_TWO_SENTENCE_WORDS:
        # two short sentences (Game over. Will he quit?) over a much longer paragraph,
        # or under a kicker over any longer block (an opinion page's standfirst,
        # often with no full stop: Opinion / Shops lie empty. Let people live there)
        if under_kicker and "\n" not in line and index + 1 < len(blocks):
            below = blocks[index + 1]
            return below.end - below.start > block.end - block.start
        return _longer_below(text, blocks, index, _TWO_SENTENCE_RATIO)
    if not line.rstrip(_CLOSERS).endswith("."):
        # (a question or an exclamation as long as a lead sentence is one: no
        # headline in sentence case asks in more words)
        return not has_break and (
            len(words) <= _MAX_SENTENCE_WORDS or not line.rstrip(_CLOSERS).endswith(("?", "!"))
        )
    if has_break or len(words) > _MAX_SENTENCE_WORDS:
        return False
    if _pronoun_opening(line):
        return False  # He's back. She is the campaign's antidote ...: a lead names no one
    # a one-sentence line with a full stop: a headline when a longer paragraph follows
    return any(after.end - after.start > len(line) for after in blocks[index + 1 : index + 4])


#: Strings that a lead sentence's time or past auxiliary holds (``Tuesday``,
#: ``yesterday``, ``last week``, ``was``, ``has been``), or its articles
#: (``the``): a line without any has none of them.
_LEAD_HINTS = (
    "the ",
    "day",
    "overnight",
    "last ",
    "earlier ",
    "was ",
    "were ",
    "had ",
    "has ",
    "have ",
    "is ",
    "are ",
)


def _pronoun_opening(line: str) -> bool:
    """True when *line* opens with a personal pronoun (``He's back.``, ``We
    know.``): a lead sentence, not a headline with a full stop.

    >>> _pronoun_opening("He's back."), _pronoun_opening("She is the campaign's antidote.")
    (True, True)
    >>> _pronoun_opening("Herd immunity is near."), _pronoun_opening("It's fine to vote.")
    (False, False)
    """
    head = line[:5]
    for pronoun in LEAD_PRONOUNS:
        if head.startswith(pronoun) and line[len(pronoun) : len(pronoun) + 1] in (
            " ",
            "'",
            "\u2019",
        ):
            return True
    return False


#: The articles in lower case that, with a verb in the past tense, make a line
#: a lead sentence however it dates the event.
_LEAD_ARTICLES = 2


def _lead_sentence(line: str) -> bool:
    """Whether the sentence-case *line*, ending with a full stop, is the story's
    first sentence (a text without headline) rather than a headline.

    Headlines speak in the present tense and leave out when, their articles
    and auxiliaries; a lead sentence tells the event in the past tense and
    dates it, or uses an auxiliary (``was``, ``has``, ``is``) with an article
    and a verb in the past tense (``has launched a``, ``is expected to``).

    >>> _lead_sentence("The council voted on Tuesday to close two libraries.")
    True
    >>> _lead_sentence("A nurse has been jailed for stealing drugs from a hospital.")
    True
    >>> _lead_sentence("Council votes to close two libraries.")
    False
    >>> _lead_sentence("Storm kills three in Texas on Monday.")
    False
    >>> _lead_sentence("Acme has launched a phone."), _lead_sentence("Acme launches phone.")
    (True, False)

    So is a verb in the past tense with two articles, or an auxiliary and a
    possessive instead of the article (none of 383 PolNeAR headlines in
    sentence case ending with a full stop has either):

    >>> _lead_sentence("For most of the past decade, few politicians wanted to talk about the deficit.")
    True
    >>> _lead_sentence("Example Studios has dated its lighthouse thriller for Oct. 16, 2026.")
    True
    >>> _lead_sentence("Trump fires up G.O.P. base, by pricking party's orthodoxy.")
    False

    A perfect passive is a lead's too, with or without an article (a modal
    before it hedges a headline):

    >>> _lead_sentence("A heat health alert has been issued for much of England.")
    True
    >>> _lead_sentence("In criticizing Clinton, hints that email may have been hacked.")
    False
    """
    if not any(hint in line for hint in _LEAD_HINTS):
        return False  # (the cheap test first: no time nor past auxiliary, no lead)
    if LEAD_SENTENCE_PERFECT_PASSIVE.search(line) is not None:
        return True  # has been issued: headlines drop the auxiliaries (Alert issued)
    if LEAD_SENTENCE_PAST.search(line) is None:
        return False
    if LEAD_SENTENCE_TIME.search(line) is not None:
        return True
    articles = LEAD_SENTENCE_ARTICLE.findall(line)
    if len(articles) >= _LEAD_ARTICLES:
        return True  # the past tense and the articles a headline drops
    return LEAD_SENTENCE_PAST_AUX.search(line) is not None and bool(
        articles or LEAD_SENTENCE_POSSESSIVE.search(line)
    )


#: The shortest first line of a hard-wrapped paragraph read as such (a headline
#: set over narrow lines, as a scanned page prints it, has shorter ones).
_MIN_WRAPPED_LINE = 50


def _wrapped_on(text: str, blocks: Sequence[Block], index: int) -> bool:
    """True when ``blocks[index]``, one long line with no closing mark, runs on
    into the next line, which opens in lower case (or it ends with a word that
    leaves its sentence open, :data:`~newsstruct._patterns.OPEN_LINE_END_WORD`,
    as a hard wrap's lines in :mod:`newsstruct._blocks` do): the first line of a
    hard-wrapped paragraph (a text with no blank line reads one block a line).

    >>> from newsstruct._blocks import split_blocks
    >>> text = ("Work to deepen the harbor channel will begin next spring, the port\\n"
    ...         "authority said on Tuesday.")
    >>> _wrapped_on(text, split_blocks(text), 0)
    True
    >>> text = "City Council\\napproves new\\nlandfill site"
    >>> _wrapped_on(text, split_blocks(text), 0)
    False
    """
    if index + 1 >= len(blocks):
        return False
    block, below = blocks[index], blocks[index + 1]
    if block.end - block.start < _MIN_WRAPPED_LINE:
        return False
    line = text[block.start : block.end]
    if not text[below.start].islower() and not OPEN_LINE_END_WORD.fullmatch(
        line.rsplit(None, 1)[-1]
    ):
        return False
    return (
        "\n" not in line
        and not text[block.end : below.start].strip(" \t\r")[1:].strip(" \t\r")
        and line.rstrip(_CLOSERS)[-1:] not in _SENTENCE_ENDS
        and not _all_caps(line)
    )


def _source_suffix(text: str, start: int, end: int) -> int:
    """Where the title ends in ``text[start:end]``, a feed's title with its
    source in brackets (``Ky. Company Wins Grant to Study Peptides (AP)``, as RSS
    titles and AG News print it), else 0: the source is a listed outlet and the
    title one line that does not end with a stop (a caption does: ``A man
    walks by. (AP)``).

    >>> _source_suffix("Calif. Aims to Limit Farm-Related Smog (AP)", 0, 43)
    38
    >>> _source_suffix("A man walks by a flooded shop. (AP)", 0, 35)
    0
    >>> _source_suffix("Bush Makes Fourth Trip of Year to N.M. (AP)", 0, 43)
    38
    >>> _source_suffix("Acme to cut jobs (Jane Doe)", 0, 27)
    0
    """
    if text[end - 1 : end] != ")":
        return 0
    suffix = HEADLINE_SOURCE_SUFFIX.search(text, start, end)
    if suffix is None or suffix.start() == start or not is_outlet(suffix.group("source").strip()):
        return 0
    title = text[start : suffix.start()]
    if "\n" in title or (
        # (a title in title case may end with an abbreviation or ask: ... to N.M.)
        title.rstrip(_CLOSERS)[-1:] in ".,:;!?"
        and not (title.rstrip(_CLOSERS)[-1:] in ".?" and _title_case(_words(title)))
    ):
        return 0
    return suffix.start()


def _longer_below(text: str, blocks: Sequence[Block], index: int, ratio: int) -> bool:
    """True when the first block under ``blocks[index]`` is at least *ratio*
    times as long and ends with a sentence: a paragraph of the story."""
    if index + 1 >= len(blocks):
        return False
    block, below = blocks[index], blocks[index + 1]
    size = block.end - block.start
    return below.end - below.start >= ratio * size and text[below.end - 1] in _SENTENCE_ENDS


#: Reporting words in the past tense, which headlines do not use.
_REPORTED = frozenset({"said", "told", "added"})
#: Most words after the last comma of a sentence that ends with its
#: attribution (``, the state's health ministry told reporters.``).
_MAX_ATTRIBUTION_WORDS = 6
#: Quotation marks that open or close a quote.
_QUOTE_MARKS = frozenset('"\u201c\u201d\u00ab\u00bb\u201e')


def _reported_speech(line: str, words: Sequence[str]) -> bool:
    """Whether *line* is a quoted sentence with its attribution, so no headline.

    It holds a quotation mark and a past-tense reporting word in lower case,
    and ends with a full stop (``"We will go," said Jo Lind, an analyst.``),
    however many of its words are capitalised.

    >>> from newsstruct._headline import _reported_speech, _words
    >>> line = 'Jo Lind of Acme Said: "We Go."'
    >>> _reported_speech(line, _words(line)), _reported_speech(line.lower(), _words(line.lower()))
    (False, True)
    >>> line = 'Jo Lind set a date. "We go," the judge said.'
    >>> _reported_speech(line, _words(line))
    True

    Without quotation marks, the past-tense reporting word must stand in the
    few words after the last comma: the story's first sentence, where a
    headline says *says* and rarely ends with a full stop.

    >>> line = "Two men were held after a fight, police said."
    >>> _reported_speech(line, _words(line))
    True
    >>> line = "Man who said he was framed, freed."
    >>> _reported_speech(line, _words(line))
    False
    """
    if not line.rstrip(_CLOSERS).endswith("."):
        return False
    if not _QUOTE_MARKS.isdisjoint(line):
        return any(word.rstrip(".") in _REPORTED for word in words)
    # reported speech without quotation marks: the attribution follows the
    # last comma (..., officials said.), where headlines write *says*
    comma = line.rfind(",")
    if comma < 0:
        return False
    tail = line[comma + 1 :].split()
    return len(tail) <= _MAX_ATTRIBUTION_WORDS and any(
        word.rstrip(".") in _REPORTED for word in tail
    )


def _standfirst(
    text: str,
    blocks: Sequence[Block],
    index: int,
    options: Options,
    seen: dict[tuple[int, int], Dateline | None],
    junk: _Reader,
) -> bool:
    """True when blocks[index] is a standfirst: a summary before a byline, dateline or time stamp."""
    if index + 1 >= len(blocks):
        return False
    block = blocks[index]
    if block.end - block.start > _MAX_STANDFIRST or _other_part(text, block, options, seen, junk):
        return False
    if (
        block.end - block.start <= _MAX_LIFE_SPAN
        and text[block.end - 1].isdigit()
        and _life_span(text[block.start : block.end])
    ):
        return True  # a life's span under an obituary's name: June 3, 1941 - October 30, 2025
    if len(_words(text, block.start, block.end)) > _MAX_STANDFIRST_WORDS:
        return False
    if match_unled_byline(text, block.start, block.end) is not None:
        return False  # the writer's name alone over a time stamp (Jane Doe / Nov 4, 2025)
    if lone_lead(text, block.start, block.end):
        return False  # a byline's lead word or label alone (Author of the article:)
    if place_alone(text, block.start, block.end) is not None:
        return False  # the place filed from, on its own line (NEW DELHI)
    if _credited(text, block, blocks[index + 1], junk):
        return False  # a caption, its credit on the next line
    if _credited_apart(text, block, blocks[index + 1], junk):
        return False  # the lead picture's caption, its credit a blank line under it
    following = blocks[index + 1 : index + 5]
    below = blocks[index + 1]
    if (
        below.end - below.start <= _MAX_SUMMARY_LABEL
        and text[below.start : below.end].strip().rstrip(":").casefold() in SUMMARY_LABELS
        and (box := _summary_box(text, blocks, index + 1, junk)) is not None
        and box[2]
        and box[0] == index + 1
    ):
        # a summary box between the deck and the byline (Gulf News: Highlights):
        # read past it (the deck stays the standfirst, the box is the page's)
        following = blocks[index + 2 + box[1] : index + 6 + box[1]]
    # a live blog's post between two stamps (2 hours ago / post / 3 mins ago)
    stamped = (
        index > 0
        and (
            junk.kind(text, blocks[index - 1].start, blocks[index - 1].end) == "timestamp"
            # (or under its label: Pinned post)
            or text[blocks[index - 1].start : blocks[index - 1].end].strip().casefold()
            in LIVE_POST_LABELS
        )
    )
    provider = False  # the block is the issuer under NEWS PROVIDED BY
    promos = 0  # promos right under the block (Guardian Australia: Follow our live blog)
    pictures = 0  # the page's furniture right under it, after them (a writer's avatar)
    for position, after in enumerate(following):
        start, end = after.start, after.end
        kind = junk.kind(text, start, end)
        if kind is None and _outlet_and_section(text[start:end]):
            kind = junk.kinds[start, end] = "credits"  # Haaretz | Israel News
        if kind == "promo" and position == promos:
            promos += 1
            continue
        if (
            provider
            or junk.caption(text, start, end) is not None
            or kind in _PAGE_FURNITURE
            # the desk's credit over the stamp (NDTV): Edited by Jane Doe
            or (kind == "credits" and text[start:end].casefold().startswith(_DESK_CREDITS))
            or (
                kind == "credits"
                and (
                    BOILERPLATE_SOURCE_WITH.match(text[start:end].strip())
                    or _outlet_and_section(text[start:end])
                )
            )
        ):
            # past NEWS PROVIDED BY (or From:) and its issuer, share buttons
            provider = kind == "release" and issuer_label(text[start:end])
            if kind == "page" and position == promos + pictures:
                pictures += 1  # (the writer's name alone may follow: ![Avatar](a.png) / Jane Doe)
            continue
        if end - start <= _MAX_SECTION_NAME and text[start:end].strip().casefold() in STAFF_CREDITS:
            junk.kinds[start, end] = "credits"  # a desk for the byline: News Desk
            return True
        if (
            kind is None
            and end - start <= _MAX_OUTLET
            and text[start].isupper()
            and _desk_of(text[start:end].split())
        ):
            junk.kinds[start, end] = "credits"  # an outlet's desk: India Today News Desk
            return True
        if (
            kind in (None, "credits")
            and end - start <= _MAX_OUTLET
            and text[start:end].casefold().startswith("by ")
            and _desk_of(text[start:end].split()[1:])
        ):
            return True  # a desk for the byline after its lead word: By Weather Desk
        if lone_lead(text, start, end):
            # the lead word alone, the names under it: by / Jane Doe
            return position + 1 < len(following) and bool(
                names_under_lead(text, following[position + 1].start, following[position + 1].end)
            )
        if (
            junk.byline(text, start, end) is not None
            or _dateline(text, start, end, options, seen) is not None
            or (position == promos + pictures and match_unled_byline(text, start, end) is not None)
            or (kind == "timestamp" and not stamped)  # Published 14 Feb 2025
        ):
            return True
        # a caption's description, its credit on the next line
        if position + 1 >= len(following) or not _credited(
            text, after, following[position + 1], junk
        ):
            return False
    return False


#: A life's span on its line has at most this many characters.
_MAX_LIFE_SPAN = 60
#: The length of a year alone.
_YEAR_ALONE = 4


def _life_span(line: str) -> bool:
    """Whether *line* is a life's span alone, the later year after the earlier:
    the line under the name that heads an obituary.

    >>> from newsstruct._headline import _life_span
    >>> _life_span("June 3, 1941 - October 30, 2025"), _life_span("1941 \u2013 2025")
    (True, True)
    >>> _life_span("2019 - 2025 season"), _life_span("2025 - 2019")
    (False, False)

    Two years alone a year apart are a season's or a budget's (``2024-2025``):

    >>> _life_span("2024-2025"), _life_span("May 2, 2024 - June 1, 2025")
    (False, True)
    """
    found = LIFE_SPAN.match(line.strip())
    if found is None:
        return False
    born, died = found.group("born"), found.group("died")
    gap = int(died[-4:]) - int(born[-4:])
    return gap > 1 or (gap > 0 and len(born) > _YEAR_ALONE and len(died) > _YEAR_ALONE)


#: A deck under the byline has at least this many words, and ends a sentence.
_MIN_DECK_WORDS = 8


def _deck_under_byline(
    text: str,
    blocks: Sequence[Block],
    index: int,
    options: Options,
    seen: dict[tuple[int, int], Dateline | None],
    junk: _Reader,
) -> bool:
    """True when ``blocks[index]``, under the headline, is the byline and the
    block under it a deck over the story's dateline: a sentence of 8 to 60
    words, no other part, with no dateline of its own, over a paragraph that
    opens with one (Project Syndicate: ``Nov 4, 2025 Jane Doe`` / the deck /
    ``CAMBRIDGE – When ...``).  The story opens with its dateline, so the
    block over it is no part of the story.

    >>> from newsstruct._blocks import split_blocks
    >>> from newsstruct._options import DEFAULT_OPTIONS
    >>> text = (
    ...     "Debt wave\\n\\nBy Jane Doe\\n\\nPoor countries still pay more to borrow than before.\\n\\n"
    ...     "CAMBRIDGE – When rates fell, relief was expected."
    ... )
    >>> find_front_matter(text, split_blocks(text), DEFAULT_OPTIONS).standfirst.text
    'Poor countries still pay more to borrow than before.'
    """
    if index + 2 >= len(blocks):
        return False
    byline, deck, story = blocks[index], blocks[index + 1], blocks[index + 2]
    if (
        junk.byline(text, byline.start, byline.end) is None
        and match_unled_byline(text, byline.start, byline.end) is None
    ):
        return False
    words = len(_words(text, deck.start, deck.end))
    if (
        deck.end - deck.start > _MAX_STANDFIRST
        or not _MIN_DECK_WORDS <= words <= _MAX_STANDFIRST_WORDS
        or text[deck.start : deck.end].rstrip(_CLOSERS)[-1:] not in _SENTENCE_ENDS
    ):
        return False  # a writer's title under the name (Staff Writer), a place
    if _other_part(text, deck, options, seen, junk) or _dateline(
        text, deck.start, deck.end, options, seen
    ):
        return False
    return _dateline(text, story.start, story.end, options, seen) is not None


def _deck_under_writer(
    text: str,
    blocks: Sequence[Block],
    index: int,
    options: Options,
    seen: dict[tuple[int, int], Dateline | None],
    junk: _Reader,
) -> bool:
    """True when ``blocks[index]``, under a headline that the writer, the section
    and the stamp stand over (:func:`_writer_over_headline`), is its standfirst:
    a block of at most 60 words that is no other part, with the lead picture
    (a caption, a credit) under it or a longer paragraph.

    >>> from newsstruct._blocks import split_blocks
    >>> from newsstruct._options import DEFAULT_OPTIONS
    >>> text = "Title\\n\\nA short deck.\\n\\nThe first paragraph of the story is long."
    >>> _deck_under_writer(text, split_blocks(text), 1, DEFAULT_OPTIONS, {}, _Reader(None))
    True
    >>> text = "Title\\n\\nThe first paragraph of the story is long.\\n\\nIt ended."
    >>> _deck_under_writer(text, split_blocks(text), 1, DEFAULT_OPTIONS, {}, _Reader(None))
    False
    """
    if index + 1 >= len(blocks):
        return False
    block = blocks[index]
    if (
        block.end - block.start > _MAX_STANDFIRST
        or len(_words(text, block.start, block.end)) > _MAX_STANDFIRST_WORDS
        or _other_part(text, block, options, seen, junk)
    ):
        return False
    below = blocks[index + 1]
    return (
        junk.caption(text, below.start, below.end) is not None
        or junk.kind(text, below.start, below.end) == "credits"
        or below.end - below.start > block.end - block.start
    )


def _deck(
    text: str,
    blocks: Sequence[Block],
    index: int,
    options: Options,
    seen: dict[tuple[int, int], Dateline | None],
    junk: _Reader,
) -> bool:
    """True when ``blocks[index + 1]`` is the deck joined to the headline by a semicolon.

    Library databases print a headline and its deck as one heading, the deck on
    the next line after a semicolon (``Carson on defense as scrutiny heats up;``
    then ``Candidate's biography questioned.``).  The line right under such a
    headline (no blank line between) is the standfirst when it is short enough
    for one and is no other part, and the story goes on after it.

    >>> from newsstruct._blocks import split_blocks
    >>> from newsstruct._headline import find_front_matter
    >>> from newsstruct._options import DEFAULT_OPTIONS
    >>> text = "Ports close as storm nears; \\nShips wait offshore.\\n\\nThe port closed on Monday."
    >>> front = find_front_matter(text, split_blocks(text), DEFAULT_OPTIONS)
    >>> front.headline.text, front.standfirst.text
    ('Ports close as storm nears', 'Ships wait offshore.')
    """
    if index + 2 >= len(blocks):
        return False
    head, block = blocks[index], blocks[index + 1]
    if not text[head.start : head.end].endswith(";"):
        return False
    if text.count("\n", head.end, block.start) != 1:
        return False  # a blank line between: not one heading
    if block.end - block.start > _MAX_STANDFIRST or "\n" in text[block.start : block.end]:
        return False
    if len(_words(text, block.start, block.end)) > _MAX_STANDFIRST_WORDS:
        return False
    return not _other_part(text, block, options, seen, junk)


def _credited(text: str, block: Block, below: Block, junk: _Reader) -> bool:
    """True when *block* is a caption's description and *below* its credit (next line)."""
    if not next_line(text, block.end, below.start):
        return False  # a blank line between them (most texts): no match_caption
    credit = junk.caption(text, below.start, below.end)
    return credit is not None and (
        caption_above(text, (block.start, block.end), credit, below.start) is not None
        # (or the caption's description goes on on the next line: a caption split in two)
        or caption_goes_on(text, (block.start, block.end), credit) is not None
    )


def _credited_apart(text: str, block: Block, below: Block, junk: _Reader) -> bool:
    """True when *block* is the lead picture's description and *below*, a blank
    line under it, its credit alone (see :func:`caption_over_story`)."""
    if not blank_line(text, block.end, below.start):
        return False
    credit = junk.caption(text, below.start, below.end)
    return credit is not None and (
        caption_over_story(text, (block.start, block.end), credit, below.start) is not None
    )


#: A list of other stories' headlines holds at most this many.
_MAX_RELATED = 10
#: One of those headlines has at most this many characters and words.
_MAX_RELATED_TITLE = 200
_MAX_RELATED_WORDS = 25
#: Blocks (bylines, captions) that may stand between such a list and the dateline.
_MAX_BEFORE_DATELINE = 3


def related_titles(
    text: str,
    blocks: Sequence[Block],
    index: int,
    options: Options,
    seen: dict[tuple[int, int], Dateline | None],
) -> int:
    """How many of ``blocks[index:]`` list other stories' headlines before the dateline.

    Sites print links to other stories under a promo or a heading (``Most
    Read from Bloomberg``) above the story.  The blocks counted are one-line
    titles in title case or ALL CAPS, without a closing full stop, colon or
    comma, that are no byline, caption or boilerplate; they count only when a
    paragraph opening with a dateline comes right after them (past bylines
    and captions), so a short title-case paragraph of the story never does.
    *seen* caches the datelines read (block ``(start, end)`` -> dateline).

    >>> from newsstruct._blocks import split_blocks
    >>> from newsstruct._headline import related_titles
    >>> from newsstruct._options import DEFAULT_OPTIONS
    >>> text = "Most Read\\n\\nChip Stocks Slide\\n\\n(Bloomberg) -- Stocks fell on Monday."
    >>> related_titles(text, split_blocks(text), 1, DEFAULT_OPTIONS, {})
    1
    >>> text = "Most Read\\n\\nChip Stocks Slide\\n\\nStocks fell on Monday."
    >>> related_titles(text, split_blocks(text), 1, DEFAULT_OPTIONS, {})
    0
    """
    junk = _Reader(None)
    count = 0
    while index + count < len(blocks) and count < _MAX_RELATED:
        block = blocks[index + count]
        if not _related_title(text, block, junk) or _opens_with_dateline(
            text, block, options, seen
        ):
            break
        count += 1
    if not count:
        return 0
    for after in blocks[index + count : index + count + _MAX_BEFORE_DATELINE + 1]:
        start, end = after.start, after.end
        if junk.byline(text, start, end) or junk.caption(text, start, end):
            continue
        return count if _opens_with_dateline(text, after, options, seen) else 0
    return 0


def linked_titles(text: str, blocks: Sequence[Block], index: int) -> int:
    """How many of ``blocks[index:]`` are headlines of other stories under a heading with a colon.

    Under ``Read more:`` or ``Related:`` in the story or after it, pages list
    links to other stories, one a line, in any case: one-line titles without a
    closing full stop, colon, comma or semicolon (a question mark is fine)
    that are no byline, caption or boilerplate.

    >>> from newsstruct._blocks import split_blocks
    >>> from newsstruct._headline import linked_titles
    >>> text = "Read more:\\n\\nWhy are train drivers striking?\\n\\nThe strike ended on Monday."
    >>> linked_titles(text, split_blocks(text), 1)
    1
    """
    junk = _Reader(None)
    count = 0
    while index + count < len(blocks) and count < _MAX_RELATED:
        block = blocks[index + count]
        if not (_related_title(text, block, junk, any_case=True) or _topic_row(text, block)):
            break
        count += 1
    return count


#: A row of topics is at most this long; each topic has at most this many words.
_MAX_TOPIC_ROW = 200
_MAX_TOPIC_ROW_WORDS = 4


def _topic_row(text: str, block: Block) -> bool:
    """True when *block* is a row of topic links after commas (``Box Office, Dune:
    Part Two, Warner Bros.``): one line, two or more capitalised topics of at most
    :data:`_MAX_TOPIC_ROW_WORDS` words each.

    >>> from newsstruct._blocks import Block
    >>> text = "Box Office, Dune: Part Two, Warner Bros."
    >>> _topic_row(text, Block(0, len(text)))
    True
    >>> text = "Prices rose, and then they fell again."
    >>> _topic_row(text, Block(0, len(text)))
    False
    """
    line = text[block.start : block.end].strip()
    if len(line) > _MAX_TOPIC_ROW or "\n" in line or "\r" in line:
        return False
    topics = [topic.split() for topic in line.rstrip(".").split(",")]
    return len(topics) > 1 and all(
        0 < len(words) <= _MAX_TOPIC_ROW_WORDS and all(word[:1].isupper() for word in words)
        for words in topics
    )


#: A list of links that closes a page runs over at most this many blocks.
_MAX_CLOSING_LIST = 24
#: The boilerplate that may stand among the links of such a list (their dates,
#: other headings, share buttons).
_LISTED_JUNK = frozenset({"timestamp", "related", "share", "page"})


def closing_titles(text: str, blocks: Sequence[Block], index: int) -> int:
    """How many of ``blocks[index:]`` list other stories or topics under a
    heading without a colon after the story: all the blocks to the end of the
    text, each a one-line title (:func:`linked_titles`, in any case) or a date
    or other heading among them, at least one a title; ``0`` when the story
    goes on (a paragraph with a closing full stop) or the list is too long.
    The list may end before the page's closing boilerplate (a copyright line,
    a cookie notice): then it counts the blocks up to that.

    Pages close with ``Related topics`` or ``More on this story`` over topic
    names and headlines with their dates (``Published`` / ``12 February``).

    >>> from newsstruct._blocks import split_blocks
    >>> from newsstruct._headline import closing_titles
    >>> text = "More on this story\\n\\nPort reopens after storm\\n\\nPublished\\n\\n12 February"
    >>> closing_titles(text, split_blocks(text), 1)
    3
    >>> text = "More on this story\\n\\nPort reopens\\n\\nThe port reopened on Monday."
    >>> closing_titles(text, split_blocks(text), 1)
    0
    >>> text = "Related stories\\n\\nPort reopens\\n\\n\u00a9 2025 Example News"
    >>> closing_titles(text, split_blocks(text), 1)
    1
    """
    if len(blocks) - index > _MAX_CLOSING_LIST:
        return 0
    junk = _Reader(None)
    titles = 0
    listed = len(blocks) - index
    for at, block in enumerate(blocks[index:]):
        if listed < at:
            if junk.kind(text, block.start, block.end) is None:
                return 0  # (the story goes on after the page's furniture)
        elif _related_title(text, block, junk, any_case=True):
            titles += 1
        elif junk.kind(text, block.start, block.end) not in _LISTED_JUNK:
            if not titles or junk.kind(text, block.start, block.end) is None:
                return 0
            listed = at  # the page's own closing lines after the list (© 2025 ...)
    return listed if titles else 0


#: A paragraph that goes on after a list of other stories' headlines inside the
#: story has at least this many characters, and ends with a sentence's stop.
_MIN_STORY_AFTER_LIST = 80


def inset_titles(text: str, blocks: Sequence[Block], index: int) -> int:
    """How many of ``blocks[index:]`` list other stories under a heading
    without a colon inside the story (``Related stories``): one-line titles
    (:func:`linked_titles`) up to a paragraph of the story that goes on (a
    sentence of at least :data:`_MIN_STORY_AFTER_LIST` characters with its
    stop); ``0`` when no such paragraph follows them.

    >>> from newsstruct._blocks import split_blocks
    >>> from newsstruct._headline import inset_titles
    >>> story = "The bridge will reopen in May, the council said on Monday, after a year of repairs."
    >>> text = "Related stories\\n\\nBridge repairs delayed\\n\\n" + story
    >>> inset_titles(text, split_blocks(text), 1)
    1
    >>> text = "Related stories\\n\\nBridge repairs delayed\\n\\nIt reopens in May."
    >>> inset_titles(text, split_blocks(text), 1)
    0
    """
    count = linked_titles(text, blocks, index)
    if not count or index + count >= len(blocks):
        return 0
    after = blocks[index + count]
    line = text[after.start : after.end].rstrip()
    if len(line) < _MIN_STORY_AFTER_LIST or line[-1] not in '.!?"\u201d':
        return 0
    return count


def _related_title(text: str, block: Block, junk: _Reader, *, any_case: bool = False) -> bool:
    """True when *block* reads as another story's headline in a list of links.

    Unless *any_case*, only a title in title case or ALL CAPS.
    """
    start, end = block.start, block.end
    if end - start > _MAX_RELATED_TITLE:
        return False
    line = text[start:end]
    if "\n" in line or "\r" in line or line.rstrip(_CLOSERS).endswith((".", ":", ",", ";")):
        return False
    words = _words(line)
    if len(words) > _MAX_RELATED_WORDS or not (any_case or _title_case(words) or _all_caps(line)):
        return False
    return (
        junk.kind(text, start, end) is None
        and junk.byline(text, start, end) is None
        and junk.caption(text, start, end) is None
    )


def _words(text: str, start: int = 0, end: int | None = None) -> list[str]:
    """The words (:data:`HEADLINE_WORD`) of ``text[start:end]``.

    Plain text (:data:`HEADLINE_NOT_PLAIN`) is read by the standard engine's twin.

    >>> from newsstruct._headline import _words
    >>> _words("Clinton’s U.S. plan — a 10-point test"), _words("Grüße aus Köln")
    (['Clinton’s', 'U.S.', 'plan', 'a', '10-point', 'test'], ['Grüße', 'aus', 'Köln'])
    """
    stop = len(text) if end is None else end
    if HEADLINE_NOT_PLAIN.search(text, start, stop) is None:
        return HEADLINE_WORD_PLAIN.findall(text, start, stop)
    return HEADLINE_WORD.findall(text, start, stop)


def _all_caps(line: str) -> bool:
    """True when at least 80 % of the cased letters are capitals (and there are some)."""
    upper = sum(map(str.isupper, line))  # no character is both upper and lower case
    return upper >= 2 and upper >= 4 * sum(map(str.islower, line))


def _title_case(words: Sequence[str]) -> bool:
    """True when most words that title case capitalises are capitalised."""
    content = [w for w in words if w.lower() not in _SMALL_WORDS and w[0].isalpha()]
    if len(content) < 2:
        return False
    capitalised = sum(1 for w in content if w[0].isupper())
    return capitalised >= _TITLE_SHARE * len(content)
