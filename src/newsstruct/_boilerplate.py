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
``desk``       AFP desk codes: ``bur-dar-gl/fz``, ``jm/sst``; Lusa's ``ABC // XYZ``;
               DW's ``jd/js (dpa, Reuters)``
``credits``    ``(Reporting by Jane Doe; Editing by John Smith)``,
               ``--With assistance from X.``, ``X contributed to this report.``,
               ``To contact the reporter on this story: ...``,
               ``Jane Doe can be reached at ...``, ``Source: Al Jazeera``;
               in an article, a line about the writer at the end or under the byline
               (``Jane Doe covers energy for Reuters.``, :func:`match_bio`)
``standards``  ``Our Standards: The Thomson Reuters Trust Principles.``,
               ``Why you can trust SCMP``
``correction`` an editor's note on a change to the story: ``This article was
               amended on 4 November 2025 to correct ...``, ``Correction: ...``
``release``    press-release furniture: ``NEWS PROVIDED BY`` (and the company's
               name under it), ``SOURCE Acme Inc.``, the headings of the closing
               sections (``About Acme``, ``Media Contact:``, ``Investors:``,
               ``Forward-Looking Statements``); in an article, every block
               under such a heading at the end of the story, and every block
               after a release's end mark (``-30-``, ``###``: :func:`release_end_mark`)
``copyright``  ``Copyright 2021 Reuters``, ``© 2023 AP``, ``All rights reserved.``
``imprint``    ``MCI (P) 066/10/2023``, ``Published by SPH Media Limited ...``,
               ``A version of this article appears in print on ...``
``timestamp``  ``UPDATED May 20, 2021, 3:41 PM``, ``Published 9:30 AM``, a date
               alone (``May 20, 2021, 6:08 AM SGT``), ``3 Min Read``, ``4-Minute Listen``,
               ``• 2h • 3 min read``
``flag``       wire flags on a line of their own: ``RPT``, ``REPEAT FROM LATE FRIDAY``, ``more``,
               ``URGENT``, ``APNewsAlert``, ``BULLETIN``;
               update notes: ``(Adds analyst comment, updates prices)``; notes to editors:
               ``Eds: UPDATES with governor's comments.``, ``EDITOR'S NOTE — This story ...``,
               ``EMBARGOED UNTIL 0001 GMT THURSDAY``; AP's slug line and transmission
               stamp: ``BC-US--Storm-Damage,2nd Ld-Writethru``, ``AP-WF-11-04-25 1812GMT``
``separator``  rules and end marks: ``___``, ``* * *``, ``-30-``, ``ENDS``, ``(END)``
``share``      ``Thanks for sharing!``, ``Share this article``, ``FacebookTelegram``
``related``    ``MORE ON THIS TOPIC``, ``Related:``, ``You may also like``; in an
               article, the headlines of other stories listed under a promo
               above the dateline
``page``       the page's own furniture: ``Skip to main content``, ``Home``,
               ``Terms of Use | Privacy Policy | Contact Us``, cookie notices,
               ``Democracy Dies in Darkness``, ``Topics: Politics, Economy``,
               ``ABC News Homepage``, caption buttons (``Enlarge this image``, ``toggle caption``)
``promo``      ``Join ST's Telegram channel ...``, ``Most Read from Bloomberg``,
               ``Read more: ...``, ``Sign up for our newsletter``, ``Follow X on Twitter``,
               advertising slots (``Advertisement``, ``Anzeige``)
``export``     a database export's furniture (Nexis, Factiva): ``Length: 523 words``,
               ``Body``, ``End of Document``, ``Document LBA00...``; read in an
               article (:mod:`newsstruct._exports`), not by :func:`match_boilerplate`
============== ==============================================================

The ``(Reporting by ...; Editing by ...)`` line is boilerplate of kind
``credits``; :func:`newsstruct.parse_article` also reads its names into the
article's :class:`~newsstruct.Byline` when the story has no byline at the top.
"""

from __future__ import annotations

import functools
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from typing import Protocol

from newsstruct._blocks import Block, trim
from newsstruct._data.agencies import is_agency
from newsstruct._data.boilerplate import (
    ADVERTS,
    ADVISORY_LABELS,
    AGE_NOTE_OPENINGS,
    CAPTION_OPENERS,
    CAPTION_WIDGETS,
    CHANNEL_CALLS,
    COMMENT_COUNT_WORDS,
    COOKIE_PHRASES,
    COPYRIGHT_PHRASES,
    CORRECTION_OPENINGS,
    CREDIT_ROLES,
    CREDIT_ROLES_INTL,
    CREDITS_BLOCK_HEADINGS,
    DECISION_NOUNS,
    DISCLOSURE_HEADINGS,
    DISCLOSURE_PHRASES,
    DOC_COMMENT_OPENINGS,
    DRAFT_LABELS,
    DRAFT_NOTES,
    EDITOR_NOTE_HEADINGS,
    EMBARGO_OPENINGS,
    FEED_ENVELOPE_OPENINGS,
    FEED_FOOTER_OPENINGS,
    FEED_HEADER_AGENCIES,
    FLAGS,
    FOOTER_PHRASES,
    FOOTER_WORDS,
    HOMEPAGE_WORDS,
    HOROSCOPE_HEADINGS,
    HOROSCOPE_SIGNS,
    ISSUER_WORDS,
    JUMP_OPENINGS,
    MEDIA_POINTER_OPENINGS,
    NEWSLETTER_SALUTATIONS,
    NEWSROOM_WORDS,
    PAGE_LINKS,
    PAGE_NOTICES,
    PAPER_FIELD_LABELS,
    PARTICIPANT_HEADINGS,
    PRESS_OFFICES,
    PRODUCED_BY_OPENINGS,
    PROGRAMME_LINES,
    PROMO_OPENINGS,
    PROMO_PHRASES,
    READING_TIME_LABELS,
    REGULATORY_NOTES,
    RELATED_OPENINGS,
    RELATIVE_AGO_BEFORE,
    RELATIVE_DAYS,
    RELATIVE_STAMPS,
    RELEASE_HEADINGS,
    RELEASE_KIND_LABELS,
    RELEASE_PROVIDERS,
    RELEASE_STAMP_LABELS,
    RELEASE_WIRES,
    REVIEW_RUN_OPENINGS,
    SHARE_BUTTONS,
    SHARE_OPENINGS,
    SHARE_VERBS,
    SIGNOFF_AGENCIES,
    SLUG_PREFIXES,
    SOURCE_DESK_WORDS,
    SOURCE_INFORMATION_OPENINGS,
    SPOILER_NOTES,
    SPONSOR_OPENINGS,
    STANDARDS_OPENINGS,
    TIMESTAMP_LABELS,
    TOPIC_LABELS,
    TRANSLATION_NOTE_OPENINGS,
    TRIM_NOTES,
    TRUST_LINKS,
)
from newsstruct._data.credits import PHOTO_AGENCIES, WRITER_TITLE_WORDS
from newsstruct._data.endmarks import END_MARKS
from newsstruct._data.first_names import FEMALE_FIRST_NAMES, MALE_FIRST_NAMES
from newsstruct._data.outlets import is_outlet
from newsstruct._data.staff_labels import STAFF_LABELS
from newsstruct._data.update_notes import UPDATE_NOTE_VERBS
from newsstruct._guard import guarded
from newsstruct._markdown import ReadBlocks, read_as_written
from newsstruct._model import Boilerplate, Span
from newsstruct._options import check_text
from newsstruct._patterns import (
    AGATE_NOTE,
    AGATE_ROW,
    BOILERPLATE_ADVERT,
    BOILERPLATE_APA_SELECTOR,
    BOILERPLATE_ATTENDANCE,
    BOILERPLATE_AUTHOR_NOTE,
    BOILERPLATE_BARE_CLOCK,
    BOILERPLATE_BIO_REST,
    BOILERPLATE_BIO_REST_OF_NAME,
    BOILERPLATE_CHAT_SENDER,
    BOILERPLATE_CONTRIBUTOR_FROM,
    BOILERPLATE_COOKIES,
    BOILERPLATE_COPYRIGHT,
    BOILERPLATE_CORRECTION,
    BOILERPLATE_CREDITS_AT_START,
    BOILERPLATE_CREDITS_PHRASED,
    BOILERPLATE_DATE_LINE,
    BOILERPLATE_DECISION_LINE,
    BOILERPLATE_DESK,
    BOILERPLATE_DISCLOSURE,
    BOILERPLATE_DISCLOSURE_NOTE,
    BOILERPLATE_EMBED,
    BOILERPLATE_FEED_HEADER,
    BOILERPLATE_FEED_SLUG,
    BOILERPLATE_FLAG,
    BOILERPLATE_FORUM,
    BOILERPLATE_GALLERY_COUNT,
    BOILERPLATE_HOROSCOPE,
    BOILERPLATE_IMPRINT,
    BOILERPLATE_INITIALS_SIGNOFF,
    BOILERPLATE_JUMP,
    BOILERPLATE_LINE_UP,
    BOILERPLATE_LINK_LINE,
    BOILERPLATE_MATCH_MINUTE,
    BOILERPLATE_MEDIA_POINTER,
    BOILERPLATE_MEDIA_TAGS_ALONE,
    BOILERPLATE_NO_WORD,
    BOILERPLATE_OMISSION_NOTE,
    BOILERPLATE_OUTLET_CAPITALS,
    BOILERPLATE_OUTLET_NOTE,
    BOILERPLATE_PAGE_LINKS,
    BOILERPLATE_PAGE_NOTICE,
    BOILERPLATE_PAGE_NUMBER,
    BOILERPLATE_PAPER_DATE_LINE,
    BOILERPLATE_PARTICIPANT,
    BOILERPLATE_PHOTO_CREDIT,
    BOILERPLATE_PROMO_AT_START,
    BOILERPLATE_PROMO_PHRASE,
    BOILERPLATE_PULL_QUOTE,
    BOILERPLATE_RATE_NOTE,
    BOILERPLATE_RELATED,
    BOILERPLATE_RELATED_DOCUMENT,
    BOILERPLATE_RELEASE,
    BOILERPLATE_REPORTED_CALL,
    BOILERPLATE_REVIEW_RUN,
    BOILERPLATE_RUNNING_HEAD,
    BOILERPLATE_SCORE_LINE,
    BOILERPLATE_SEPARATOR,
    BOILERPLATE_SHARE,
    BOILERPLATE_SHARE_BUTTONS,
    BOILERPLATE_SIGNATURE,
    BOILERPLATE_SIGNOFF,
    BOILERPLATE_SIGNOFF_AGENCY_ANYWHERE,
    BOILERPLATE_SOCIAL_POST,
    BOILERPLATE_SOURCE_WITH,
    BOILERPLATE_SOURCES_SIGNOFF,
    BOILERPLATE_STANDARDS,
    BOILERPLATE_STATION,
    BOILERPLATE_TIME_CODE,
    BOILERPLATE_TIMESTAMP,
    BOILERPLATE_TRAILING_CREDITS,
    BOILERPLATE_TRAILING_DESK,
    BOILERPLATE_TRAILING_END_MARK,
    BOILERPLATE_TRAILING_JUMP,
    BOILERPLATE_TRAILING_SIGNOFF,
    BOILERPLATE_TRAILING_SITE,
    BOILERPLATE_TRANSCRIPT_CUE,
    BOILERPLATE_UNIX_TIME,
    BOILERPLATE_WIRE_ADVISORY,
    BOILERPLATE_WRITER_NOTE,
    BOILERPLATE_WRITER_TITLE,
    CONTENTS_ENTRY,
    CONTENTS_HEADING,
    HEADLINE_REVIEW_INFO,
    NAMED_TOWN_SIGNATURE,
    NEWSLETTER_SIGNER,
    REPORTED_SPEECH,
    ROLE_SIGNATURE,
    SCORE_SUMMARY,
    SENTENCE_END,
    SIGNATURE_NAME,
    SIGNATURE_TOWN,
    TABLE_COLUMN_GAP,
    TOWN_ALONE,
    LazyPattern,
)

#: Blocks longer than this are never boilerplate: a paragraph of the story.
_MAX_BLOCK = 500
#: Phrases found anywhere (not only at the start) count in blocks up to this long.
_MAX_PHRASE_BLOCK = 260
#: How much of a paragraph's end :func:`split_trailing_boilerplate` looks at.
_TAIL = 420


def _folded(*groups: Iterable[str]) -> tuple[str, ...]:
    # (a word with the Turkish dotless i twice: ``(?i:)`` reads ``TARIHI`` as ``tarıhı``)
    words = {word.casefold() for group in groups for word in group}
    return tuple(
        sorted(words | {word.replace("\u0131", "i") for word in words if "\u0131" in word})
    )


# Cheap gates: a pattern runs on a block only when its gate, given the block,
# the block case folded and the offset of its first letter or digit, is true;
# a gate tests literals that every branch of its pattern needs (an opening
# with ``startswith``, a phrase with ``in``), so it never hides a match.
# Folding is exact here: what ``(?i:)`` matches, :func:`_fold` folds alike.
# An opening may follow the marks a pattern allows before it (dashes, bullets,
# a bracket: never letters or digits), so it is tried at the block start, at
# its first letter or digit and after an opening bracket.  Keep the gates in
# step with the patterns.
_CREDIT_ROLES = _folded(CREDIT_ROLES)
_STAFF_LABELS = _folded(STAFF_LABELS)
_COPYRIGHT_OPENINGS = (
    "copyright",
    "\u00a9",
    "\u2117",
    "(c)",
    "copr.",
    "c.1",
    "c.2",
    "c. 1",
    "c. 2",
    "dpa-infocom",  # dpa's story code without its ©: dpa-infocom, dpa:260310-99-123456/2
    "dpa:",
)
_COPYRIGHT_PHRASES = _folded(COPYRIGHT_PHRASES)
_IMPRINT_OPENINGS = (
    "mci",
    "mica",
    "published",
    "a version of this",
    "this article appear",
    "translat",
    "edited translat",
    "this story was translat",
    "this article was translat",
    "this article has been translat",
    "this story has been translat",
    "appeared in",
    "this story appear",
)
_PROMO_OPENINGS = _folded(
    PROMO_OPENINGS,
    ("follow", "the post "),
    FEED_FOOTER_OPENINGS,
    (f"{call} " for call in CHANNEL_CALLS),  # Follow all the latest sport on our website.
)
_PROMO_PHRASES = _folded(PROMO_PHRASES)
_SIGNOFF_OPENINGS = _folded(SIGNOFF_AGENCIES, ("reuter",))
_STANDARDS_OPENINGS = _folded(STANDARDS_OPENINGS, TRUST_LINKS)
_CORRECTION_OPENINGS = _folded(CORRECTION_OPENINGS)
_DISCLOSURE_HEADINGS = _folded(DISCLOSURE_HEADINGS, ("disclosure:", "financial disclosure:"))
_DISCLOSURE_PHRASES = _folded(DISCLOSURE_PHRASES)
_PAGE_LINKS = _folded(PAGE_LINKS, PROGRAMME_LINES, TOPIC_LABELS)
_PAGE_NOTICES = _folded(PAGE_NOTICES)
_SPOILER_NOTES = _folded(SPOILER_NOTES)
_HOROSCOPE_OPENINGS = _folded(HOROSCOPE_HEADINGS, HOROSCOPE_SIGNS)
_COOKIE_PHRASES = _folded(COOKIE_PHRASES)
_TIMESTAMP_OPENINGS = _folded(
    TIMESTAMP_LABELS, RELATIVE_DAYS, RELATIVE_STAMPS, RELEASE_STAMP_LABELS, ("est.",),
    READING_TIME_LABELS,
    (word + " " for word in RELATIVE_AGO_BEFORE),
)  # fmt: skip
_FLAG_OPENINGS = _folded(FLAGS, UPDATE_NOTE_VERBS, TRIM_NOTES, DRAFT_NOTES, DOC_COMMENT_OPENINGS)
_ADVISORY_OPENINGS = _folded(
    (label + ":" for label in ADVISORY_LABELS),
    (label + "." for label in ADVISORY_LABELS),
    (label + " " for label in ADVISORY_LABELS),
    (label + "--" for label in ADVISORY_LABELS),
    EMBARGO_OPENINGS,
    DRAFT_LABELS,
    (prefix + "-" for prefix in SLUG_PREFIXES),
    ("^",),
    FEED_ENVELOPE_OPENINGS,
)
_END_MARKS = _folded(END_MARKS)
_MEDIA_POINTERS = _folded(MEDIA_POINTER_OPENINGS)
_JUMP_OPENINGS = _folded(JUMP_OPENINGS)
_REVIEW_RUN_OPENINGS = _folded(REVIEW_RUN_OPENINGS)
#: The first characters of a separator rule.
_RULE_MARKS = frozenset("-_*#=~\u2022\u00b7^")
_SHARE_BUTTONS = _folded(SHARE_BUTTONS, SHARE_VERBS)
_SHARE_OPENINGS = _folded(SHARE_OPENINGS)
_RELATED_OPENINGS = _folded(RELATED_OPENINGS)
_ADVERT_OPENINGS = _folded(ADVERTS, SPONSOR_OPENINGS)
#: What press-release furniture opens with (``about`` before a company's name,
#: ``SOURCE`` before the closing line).
_RELEASE_OPENINGS = _folded(
    RELEASE_HEADINGS,
    RELEASE_PROVIDERS,
    REGULATORY_NOTES,
    ("rns number",),
    ("about", "source", "contact", "for immediate", "for release", "from:"),
    # a release's About heading in other languages: À propos d'Acme, Über Acme
    ("à propos d", "a propos d", "über ", "acerca de ", "sobre ", "informazioni su ", "over "),
    ("for media", "for press"),  # For media inquiries, please call ...
    PRESS_OFFICES,
)
#: A court's decision opening a line with its day: ``Urteil vom 4. März 2026``.
_DECISION_NOUNS = _folded(DECISION_NOUNS)
#: A picture credit alone (``Getty Images.``) has at most this many characters,
#: and opens with an agency or holds ``via getty``.
_MAX_PHOTO_CREDIT = 60
_PHOTO_AGENCIES = _folded(PHOTO_AGENCIES, ("Associated Press",))
_VIA_GETTY = "via getty"
_FILE_PICTURE = "file p"
#: What the other credit lines open or end with: ``--With assistance from X.``,
#: ``X contributed to this report.``
_CREDIT_OPENINGS = _folded(
    _CREDIT_ROLES,
    CREDIT_ROLES_INTL,
    SOURCE_INFORMATION_OPENINGS,
    ("red,", "red/"),  # the newsroom and the agencies: red, ORF.at/Agenturen
    TRANSLATION_NOTE_OPENINGS,  # Translated from Spanish by Jane Doe.
    SOURCE_DESK_WORDS[1:],  # Agencias alone
    ("avec ", "mit ", "con ", "com "),  # Avec AFP
    # the photographer under the byline: Fotografia Maria Costa
    ("foto ", "fotos ", "fotografia ", "fotografias ", "fotografie ", "fotografía"),
    ("with", "contributing", "h/t", "hat tip", "some information", "some material", "contact"),
    ("information for this", "information in this", "material for this", "material in this"),
    PRODUCED_BY_OPENINGS,
    # BBC Monitoring's source over a translation: Text of report by ...
    ("text of ", "excerpt from ", "excerpts from ", "summary of "),
    # a syndicated copy's note: (This story has not been edited by X staff ...)
    (
        "this story has not",
        "this article has not",
        "this report has not",
        "except for the headline",
        # ... or is made by a machine from a wire (ThePrint): This report is auto-generated from ...
        "this report is auto-generated",
        "this story is auto-generated",
        "this article is auto-generated",
    ),
    ("published by:", "published by :"),
)
_CREDIT_ENDINGS = ("report", "report.", "story", "story.", "article", "article.")
#: What a contact line holds anywhere: ``Jane Doe can be reached at ...``; and
#: a line on where the reporters were: ``Jane Doe reported from Kyiv.``,
#: ``John Roe contributed reporting.``; Reuters' desk line: ``(Bengaluru Newsroom)``
_CREDIT_PHRASES = ("be reached", "reported from", "contributed", "newsroom", "bureau")
#: A writer's disclosure of funding (The Conversation): ``Jane Doe receives funding from ...``.
_FUNDING = "funding from"
_FUNDING_PHRASES = (_FUNDING,)
#: Phrases that the imprint, copyright and promo rules find anywhere in a short block.
#: What a site's note on its publisher says (``Slate is published by ...``).
_PUBLISHED_BY = " is published by "
_SHORT_BLOCK_PHRASES = (
    "regn.",
    "registration",
    _PUBLISHED_BY,
    *_CREDIT_PHRASES,
    *_COOKIE_PHRASES,
    *_COPYRIGHT_PHRASES,
    *_PROMO_PHRASES,
    *_DISCLOSURE_PHRASES,
    *_FUNDING_PHRASES,
    *HOMEPAGE_WORDS,
)


def _anchors(phrases: Iterable[str]) -> tuple[str, ...]:
    """Fewer strings than *phrases*, one of which is in each phrase (so in any text holding it).

    A phrase is anchored by one already chosen that it holds, else by its longest word.
    """
    anchors: list[str] = []
    for phrase in sorted(phrases, key=len):
        if not any(anchor in phrase for anchor in anchors):
            anchors.append(max(phrase.split(), key=len))
    return tuple(anchors)


#: Every phrase of a gate holds one of these.
#: (The phrases with an ``@`` need no anchor: blocks with one are always tried.)
_PHRASE_ANCHORS = _anchors(phrase for phrase in _SHORT_BLOCK_PHRASES if "@" not in phrase)
#: Each anchor -> the phrases that hold it: a block that holds an anchor is tried
#: only when it holds one of them too (``sign`` is in *design*, ``sign up`` is not).
_ANCHOR_PHRASES = {
    anchor: tuple(phrase for phrase in _SHORT_BLOCK_PHRASES if anchor in phrase)
    for anchor in _PHRASE_ANCHORS
}


class _Openings:
    """Openings (case folded) indexed by their first two characters.

    ``startswith`` with a long tuple compares every opening in turn; the index
    compares only those that share the text's first two characters.
    """

    def __init__(self, *groups: Iterable[str]) -> None:
        index: dict[str, list[str]] = {}
        for word in _folded(*groups):
            index.setdefault(word[:2], []).append(word)
        self._index = {key: tuple(words) for key, words in index.items()}

    def at(self, folded: str, pos: int) -> bool:
        """True when ``folded[pos:]`` opens with one of the openings."""
        words = self._index.get(folded[pos : pos + 2])
        if words is not None and folded.startswith(words, pos):
            return True
        words = self._index.get(folded[pos : pos + 1])
        return words is not None and folded.startswith(words, pos)


#: The opening of an appeal for support (``Support The Daily Planet's journalism``).
_SUPPORT = "support "

#: The opening of BBC Monitoring's desk line (``BBC Mon EU1 Pol sm/ak``), case folded.
_MONITORING_DESK = "bbc mon "


#: Every opening above: a block that opens with none of them is tried only
#: by the rules whose gates test something else (:func:`_may_be_any`).
_ANY_OPENING = _Openings(
    _CREDIT_OPENINGS,
    _HOROSCOPE_OPENINGS,
    ("to", _SUPPORT, "in:"),
    _STAFF_LABELS,
    _COPYRIGHT_OPENINGS,
    _IMPRINT_OPENINGS,
    _PROMO_OPENINGS,
    _SIGNOFF_OPENINGS,
    _STANDARDS_OPENINGS,
    _CORRECTION_OPENINGS,
    _DISCLOSURE_HEADINGS,
    _PAGE_LINKS,
    _TIMESTAMP_OPENINGS,
    _FLAG_OPENINGS,
    _ADVISORY_OPENINGS,
    _END_MARKS,
    _SHARE_BUTTONS,
    _SHARE_OPENINGS,
    _RELATED_OPENINGS,
    _ADVERT_OPENINGS,
    _RELEASE_OPENINGS,
    _DECISION_NOUNS,
    _PHOTO_AGENCIES,
    _MEDIA_POINTERS,
    _JUMP_OPENINGS,
    _REVIEW_RUN_OPENINGS,
    _PAGE_NOTICES,
    _SPOILER_NOTES,  # Spoilers ahead.
    AGE_NOTE_OPENINGS,  # This article is more than 2 years old
    COMMENT_COUNT_WORDS,  # Comments (12)
    ("from:", "date:", "sent:", "subject:", "cc:", "bcc:"),  # a forwarded mail's header
    ("shared from ", "shared via "),  # a news app's note: Shared from the Courier app
    ("click to play video",),  # a video player's button: Click to play video: 'Title'
    ("the source:",),  # a TV station group's note on its sources: The Source: Information ...
    ("published by ",),  # an obituary site's note: Published by The Blade on Nov. 22, 2026.
    (_MONITORING_DESK,),  # BBC Monitoring's desk line: BBC Mon EU1 Pol ak
    ("reply ", "level ", "submitted "),  # a forum's buttons and lines (the rest: / and digits)
)
#: Its index (first two or one characters -> openings), read inline by :func:`_may_be_any`.
_OPENING_INDEX = _ANY_OPENING._index


#: The index with the openings of each two characters' first character added: one
#: look-up in place of two (the first character's alone when the two are no key).
def _with_firsts(index: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """*index* with the openings of each two characters' first character added."""
    return {
        key: words + (index.get(key[:1], ()) if len(key) == 2 else ())
        for key, words in index.items()
    }


_OPENING_PAIRS = _with_firsts(_OPENING_INDEX)
#: The first characters of the index's keys: :meth:`_Openings.at` is false at
#: a position whose character is none of them.
_OPENING_FIRSTS = frozenset(key[:1] for key in _OPENING_INDEX)
#: The characters that end a word after a sign-off's agency: ``(STA)``, ``-- TT.``
_WORD_ENDS = " ).,;:-/]\u2013\u2014"
#: Agencies of at most this many letters are looked for after marks as whole words.
_SHORT_AGENCY = 5


def _whole_words(openings: Iterable[str]) -> tuple[str, ...]:
    """*openings*, each of :data:`_SHORT_AGENCY` letters or fewer as a whole word
    (once with each of :data:`_WORD_ENDS` after it; the gate reads a block's
    head with a space after it): a quote that opens with a word such an
    agency's letters begin (``"Start``, ``"Apple``) passes no gate for them."""
    found: list[str] = []
    for opening in openings:
        if len(opening) <= _SHORT_AGENCY and opening.isalpha():
            found += [opening + end for end in _WORD_ENDS]
        else:
            found.append(opening)
    return tuple(found)


#: The openings that a gate looks for after marks or a bracket too (those read
#: by :func:`_opens`, the promo's call after dashes or bullets, a page's links
#: after a badge's bullet); the others
#: open a block only at its first character.
_LEAD_OPENING = _Openings(
    _whole_words(_SIGNOFF_OPENINGS),
    _CREDIT_OPENINGS,
    _TIMESTAMP_OPENINGS,
    _FLAG_OPENINGS,
    _END_MARKS,
    _ADVERT_OPENINGS,
    _JUMP_OPENINGS,
    _PROMO_OPENINGS,
    ("forwarded message", "original message", "begin forwarded message"),  # after dashes
    _PAGE_LINKS,  # after a badge's bullet: ∙ Paid
)
#: Its index, and the index of pairs with their first character's openings added
#: (as :data:`_OPENING_PAIRS`).
_LEAD_INDEX = _LEAD_OPENING._index
_LEAD_PAIRS = _with_firsts(_LEAD_INDEX)
#: Whether an opening of one character is one of them (if none, a block whose
#: two characters after its marks are no key opens with none).
_LEAD_SINGLES = any(len(key) == 1 for key in _LEAD_INDEX)
#: The commonest marks before a block's first letter or digit (none is one).
_LEAD_MARKS = (
    "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e([{-\u2013\u2014\u2022\u00b7*#_=~<>! \t\u00a0"
)


_DOTTED_I = "\u0130"


def _fold(text: str) -> str:
    """*text* case folded as ``(?i:)`` reads it: ``str.casefold``, but ``İ`` is an ``i``.

    (``str.casefold`` makes it an ``i`` and a combining dot.)
    """
    return text.replace(_DOTTED_I, "i").casefold()


def _lead(folded: str) -> int:
    """The offset of the first letter or digit of *folded* (its length when none)."""
    lead = 0
    while lead < len(folded) and not folded[lead].isalnum():
        lead += 1
    return lead


def _by_first(openings: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """*openings* by their first character: ``folded.startswith(openings)`` is
    ``folded.startswith(index.get(folded[:1], ()))``, which compares only the
    openings that share the text's first character (a gate's tuple holds up to
    80; most blocks of a story open with a character that few share).

    >>> from newsstruct._boilerplate import _by_first
    >>> _by_first(("ap", "afp", "dpa"))
    {'a': ('ap', 'afp'), 'd': ('dpa',)}
    """
    index: dict[str, list[str]] = {}
    for opening in openings:
        index.setdefault(opening[:1], []).append(opening)
    return {first: tuple(words) for first, words in index.items()}


_ADVERT_OPENINGS_BY_FIRST = _by_first(_ADVERT_OPENINGS)
_ADVISORY_OPENINGS_BY_FIRST = _by_first(_ADVISORY_OPENINGS)
_COPYRIGHT_OPENINGS_BY_FIRST = _by_first(_COPYRIGHT_OPENINGS)
_CORRECTION_OPENINGS_BY_FIRST = _by_first(_CORRECTION_OPENINGS)
_CREDIT_OPENINGS_BY_FIRST = _by_first(_CREDIT_OPENINGS)
_END_MARKS_BY_FIRST = _by_first(_END_MARKS)
_FLAG_OPENINGS_BY_FIRST = _by_first(_FLAG_OPENINGS)
_IMPRINT_OPENINGS_BY_FIRST = _by_first(_IMPRINT_OPENINGS)
_JUMP_OPENINGS_BY_FIRST = _by_first(_JUMP_OPENINGS)
_MEDIA_POINTERS_BY_FIRST = _by_first(_MEDIA_POINTERS)
_PAGE_LINKS_BY_FIRST = _by_first(_PAGE_LINKS)
_PHOTO_AGENCIES_BY_FIRST = _by_first(_PHOTO_AGENCIES)
_PROMO_OPENINGS_BY_FIRST = _by_first(_PROMO_OPENINGS)
_RELATED_OPENINGS_BY_FIRST = _by_first(_RELATED_OPENINGS)
_RELEASE_OPENINGS_BY_FIRST = _by_first(_RELEASE_OPENINGS)
_SHARE_BUTTONS_BY_FIRST = _by_first(_SHARE_BUTTONS)
_SHARE_OPENINGS_BY_FIRST = _by_first(_SHARE_OPENINGS)
_SIGNOFF_OPENINGS_BY_FIRST = _by_first(_SIGNOFF_OPENINGS)
_STAFF_LABELS_BY_FIRST = _by_first(_STAFF_LABELS)
_STANDARDS_OPENINGS_BY_FIRST = _by_first(_STANDARDS_OPENINGS)
_TIMESTAMP_OPENINGS_BY_FIRST = _by_first(_TIMESTAMP_OPENINGS)


def _opens(folded: str, lead: int, openings: dict[str, tuple[str, ...]]) -> bool:
    """True when *folded* opens with one of *openings* (by their first character,
    see :func:`_by_first`), maybe after marks or a bracket."""
    return (
        folded.startswith(openings.get(folded[:1], ()))
        or folded.startswith(openings.get(folded[lead : lead + 1], ()), lead)
        or (folded[:1] == "(" and folded.startswith(openings.get(folded[1:2], ()), 1))
    )


def _has_any(folded: str, phrases: tuple[str, ...]) -> bool:
    return any(map(folded.__contains__, phrases))


def _may_be_signoff(block: str, folded: str, lead: int) -> bool:
    # -- BERNAMA, (AFP), Reuter; not a picture's credit: Reuters file photo
    return _opens(folded, lead, _SIGNOFF_OPENINGS_BY_FIRST) and _FILE_PICTURE not in folded


def _may_be_sources_signoff(block: str, folded: str, lead: int) -> bool:
    # – TIMES/AFP/NA: a dash first, a slash, short
    return block[:1] in _DASHES and len(block) <= _MAX_SOURCES_SIGNOFF and "/" in block


def _may_be_chat_sender(block: str, folded: str, lead: int) -> bool:
    # Jane Doe  10:42 AM: short, the time's half of the day last
    return len(block) <= _MAX_CHAT_SENDER and folded.endswith(("am", "pm"))


#: A chat app's sender line is at most this long.
_MAX_CHAT_SENDER = 60


def _may_be_station(block: str, folded: str, lead: int) -> bool:
    # WXRV 101.5 FM: short, call letters first
    return len(block) <= _MAX_STATION and block[:1] in "KW" and block[1:3].isupper()


#: A station's masthead is at most this long.
_MAX_STATION = 40


def _may_be_review_run(block: str, folded: str, lead: int) -> bool:
    # Until 14 March. Tickets from £18: short, its run or its tickets first
    return len(block) <= _MAX_REVIEW_RUN and folded.startswith(_REVIEW_RUN_OPENINGS)


#: A review's run line is at most this long.
_MAX_REVIEW_RUN = 160


def _may_be_outlet_note(block: str, folded: str, lead: int) -> bool:
    # The Texas Tribune is a nonpartisan newsroom ...: short, is early, news
    # (or a wire's note on its services: BERNAMA provides up-to-date ...)
    return len(block) <= _MAX_OUTLET_NOTE and (
        (
            " is " in block[:_OUTLET_NOTE_HEAD]
            and ("newsroom" in block or "news " in block or "ted to " in block[:_THINK_TANK_HEAD])
        )
        or " provides up-to-date " in block[:_OUTLET_NOTE_HEAD]
    )


#: A newsroom's note on itself is at most this long, its name and ``is`` in its head.
_MAX_OUTLET_NOTE = 400
_OUTLET_NOTE_HEAD = 60
#: A think tank's note on itself says what it is devoted to within this many characters.
_THINK_TANK_HEAD = 200


def _may_be_contributor_from(block: str, folded: str, lead: int) -> bool:
    # From CNN's Jane Doe: short, From first, a possessive (Sky News' Jane Doe)
    # after a listed outlet, or a known first name after it (not From Russia's Far East)
    if block[:5] != "From " or len(block) > _MAX_CONTRIBUTOR_LINE:
        return False
    mark = min((at for at in map(block.find, ("'", "\u2019")) if at > 0), default=-1)
    if mark < 0:
        return False
    owner = (
        block[5 : mark - 1]
        if block[mark - 1 : mark] == "s" and block[mark + 1 : mark + 2] != "s"
        else block[5:mark]
    )
    if is_outlet(owner) or is_outlet(block[5:mark]) or is_agency(owner):
        return True
    first = block[mark:].split(None, 2)[1:2]
    return bool(first) and (
        first[0].casefold() in MALE_FIRST_NAMES or first[0].casefold() in FEMALE_FIRST_NAMES
    )


#: A live blog's contributor line is at most this long.
_MAX_CONTRIBUTOR_LINE = 160


def _may_be_writer_title(block: str, folded: str, lead: int) -> bool:
    # Managing Editor at The Riverton Courier: short, a title word before " at "
    return len(block) <= _MAX_WRITER_TITLE and " at " in block and _titled(block)


def _titled(block: str) -> bool:
    """True when a writer's title word (``Editor``) stands right before the first `` at ``."""
    before = block[: block.find(" at ")]
    return before[-1:].isalpha() and (
        before[before.rfind(" ") + 1 :].casefold() in _WRITER_TITLES
        or (" of " in before and before.startswith(_POST_TITLES))  # Head of Procurement at
    )


#: The posts a social site's writer holds ``of`` a department (``Head of Sales at Acme``).
_POST_TITLES = ("Head ", "Director ", "Manager ", "Vice President ", "VP ", "Professor ")


#: A writer's title line has at most this many characters.
_MAX_WRITER_TITLE = 100
_WRITER_TITLES = frozenset(WRITER_TITLE_WORDS)


def _may_be_initials_signoff(block: str, folded: str, lead: int) -> bool:
    # —VBL, GMA Integrated News: a dash first, a comma, short
    return block[:1] in _DASHES and len(block) <= _MAX_SOURCES_SIGNOFF and "," in block


#: A sign-off with its sources (``– TIMES/AFP/NA``) is at most this long.
_MAX_SOURCES_SIGNOFF = 80
_DASHES = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212")


def _may_be_desk(block: str, folded: str, lead: int) -> bool:
    # bur-dar-gl/fz, ABC // XYZ; IRNA's 9417**2046
    return "/" in block or folded.startswith(_MONITORING_DESK) or "**" in block


def _may_be_media_tags(block: str, folded: str, lead: int) -> bool:
    return _is_bracketed_short(block)  # (photo), (foto) (vídeo)


def _may_be_bracketed_note(block: str, folded: str, lead: int) -> bool:
    # (BEGIN VIDEOTAPE), [10:00:08], [Passage omitted: ...]
    return len(block) <= _MAX_BRACKETED_NOTE and block[0] in "([" and block[-1] in ")]"


#: A transcript's cue or a translator's note in brackets alone is at most this long.
_MAX_BRACKETED_NOTE = 240


def _is_bracketed_short(block: str) -> bool:
    """True when *block* is short and opens and closes with a round bracket."""
    return len(block) <= _MAX_MEDIA_TAGS and block[0] == "(" and block[-1] == ")"


#: A line of media tags alone is at most this long.
_MAX_MEDIA_TAGS = 60


def _may_be_outlet_capitals(block: str, folded: str, lead: int) -> bool:
    # ARAB NEWS
    return len(block) <= _MAX_SOURCE_WITH and block.isupper() and folded.endswith(_OUTLET_ENDINGS)


#: The last words of an outlet's name in capitals (``ARAB NEWS``), case folded.
_OUTLET_ENDINGS = (" news", " times", " post", " herald", " tribune", " journal")


def _may_be_source_with(block: str, folded: str, lead: int) -> bool:
    # Le Monde with AFP, Staff and agencies, Le Monde avec AFP, Redacción Política
    return (
        len(block) <= _MAX_SOURCE_WITH
        and block[-1].isalpha()
        and (
            " with " in folded
            or " and " in folded
            or folded.endswith(_STAFF_ENDINGS)
            or _has_any(folded, _WITH_INTL)
            or block.startswith(NEWSROOM_WORDS)
        )
    )


#: ``with`` in the source lines of other languages: ``Le Monde avec AFP``.
#: (:func:`_may_be_any` tests them inline: keep the two in step.)
_WITH_INTL = (" avec ", " mit ", " con ")


#: The endings of an outlet's staff credit alone on its line (``MEE staff``), case folded.
_STAFF_ENDINGS = (
    " staff",
    " staff writer",
    " staff writers",
    " staff reporter",
    " staff reporters",
)


#: A source line (``Le Monde with AFP``) is at most this long.
_MAX_SOURCE_WITH = 60
#: The last letters of :data:`_STAFF_ENDINGS`, in either case (a cheap gate).
_STAFF_LAST = frozenset(ending[-1] for ending in _STAFF_ENDINGS) | frozenset(
    ending[-1].upper() for ending in _STAFF_ENDINGS
)


def _may_be_credits(block: str, folded: str, lead: int) -> bool:
    return (
        # (Reporting by ..., --With assistance from ...
        _opens(folded, lead, _CREDIT_OPENINGS_BY_FIRST)
        or folded.startswith(("to", "(by ", "with "))  # To contact ..., (By Jane Doe), with AP
        or _NOT_EDITED in folded  # (This story has not been edited by X staff ...)
        or ("|" in block and _has_any(folded, _DESK_WORDS))  # X News Desk | New York | ...
        or "@" in block  # the reporter's e-mail address alone
        or folded.endswith(_CREDIT_ENDINGS)  # X contributed to this report.
        or folded.startswith(_STAFF_LABELS_BY_FIRST.get(folded[:1], ()))  # Editor: Rahmad Nasution
        or _has_any(folded, _CREDIT_PHRASES)  # Jane Doe can be reached at ...
        or _FUNDING in folded  # Jane Doe receives funding from ...
        or "illustration" in folded[:_HEAD]  # Mother Jones illustration; Photo-illustration
        or " graphic" in folded[:_HEAD]
        or (block[:1] in _DASHES and block[-1] in _DASHES)  # --- Von Anna Muster, dpa-AFX ---
        or (";" in block and "/" in block)  # SRF 4 News, 04.11.2025, 17:00 Uhr ; sda/hosb
        or (len(block) <= _MAX_SOURCES_SIGNOFF and _has_any(folded, _SOURCE_DESK_WORDS))
        or (_opens(folded, lead, _SIGNOFF_OPENINGS_BY_FIRST) and (" " in block or "/" in block))
        or folded.startswith(_WITH_AGENCY)  # Avec AFP, Com Reuters
        or folded.startswith("the source:")  # The Source: Information in this story came from ...
        or folded.startswith("published by ")  # Published by The Blade on Nov. 22, 2026.
    )  # (APA, red, 4.11.2025); Belga, édité par Marie Dupont; (dpa, AFP)


_SOURCE_DESK_WORDS = _folded(SOURCE_DESK_WORDS)
#: ``with`` before the agencies in other languages: ``Avec AFP``, ``Com Reuters``.
_WITH_AGENCY = ("avec ", "mit ", "con ", "com ")
#: What a syndicated copy's note says, and the words of a desk before bars.
_NOT_EDITED = "not been edited"
_DESK_WORDS = ("desk", "bureau", "staff", "newsroom")


def _may_be_photo_credit(block: str, folded: str, lead: int) -> bool:
    return len(block) <= _MAX_PHOTO_CREDIT and (
        folded.startswith(_PHOTO_AGENCIES_BY_FIRST.get(folded[:1], ()))
        or _VIA_GETTY in folded
        or _FILE_PICTURE in folded
        or folded.startswith(_OTHER_PICTURES)
    )  # Getty Images., Jane Doe via Getty Images, KT file photo, Representative image


#: What opens the note on a picture of another place or day, alone on its line.
_OTHER_PICTURES = ("representative ", "representational ", "stock ")


def _may_be_social_post(block: str, folded: str, lead: int) -> bool:
    # — Jane Doe (@jdoe) May 4, 2025; A post shared by @jdoe
    return "(@" in block or folded.startswith("a post shared by ")


def _may_be_embed(block: str, folded: str, lead: int) -> bool:
    return block[:1] == "<" or block[:2] == "!["  # <tweet tweet-id="1"><tweet/>, ![](a.jpg)


def _may_be_standards(block: str, folded: str, lead: int) -> bool:
    return (
        folded.startswith(_STANDARDS_OPENINGS_BY_FIRST.get(folded[:1], ()))
        # a fact-check badge and a site's Trust Project badge (Newsweek)
        or folded.startswith(("fact checked", "fact-checked", "factchecked"))
        or folded.rstrip(" .").endswith(" trust project member")
    )


def _may_be_disclosure(block: str, folded: str, lead: int) -> bool:
    # Disclosure statement, Partners; ... does not work for, consult, own shares in ...
    return folded.startswith(_DISCLOSURE_HEADINGS) or _has_any(folded, _DISCLOSURE_PHRASES)


def _may_be_correction(block: str, folded: str, lead: int) -> bool:
    return folded.startswith(_CORRECTION_OPENINGS_BY_FIRST.get(folded[:1], ()))


def _may_be_page_links(block: str, folded: str, lead: int) -> bool:
    return (
        folded.startswith(_PAGE_LINKS_BY_FIRST.get(folded[:1], ()))
        # (after a badge's bullet: ∙ Paid)
        or (
            lead > 0
            and folded.startswith(_PAGE_LINKS_BY_FIRST.get(folded[lead : lead + 1], ()), lead)
        )
        or folded.endswith(HOMEPAGE_WORDS)
        or block.count("|") >= _MIN_LINK_BARS
        or block.startswith("In:")  # In: Wildfire Ventura County
        or folded.startswith(("episode ", "ep. "))  # Episode 42 · 38 min
        or folded.startswith(("shared from ", "shared via "))  # Shared from the Courier app
        or folded.startswith(_VIDEO_BUTTONS)  # Click to play video: 'Title'
        or (folded.startswith("video ") and block[-1:].isdigit())  # VIDEO 03:12
        or folded.startswith(_STORY_NUMBERS)  # News ID: 85234117
    )


#: A site's Trust Project badge has at most this many characters.
_MAX_TRUST_BADGE = 90

#: What opens a story's number on an agency's page (``News ID: 85234117``).
_STORY_NUMBERS = ("news id", "story id", "article id", "content id")


#: What opens a video player's button with the video's title after a colon.
_VIDEO_BUTTONS = ("click to play video", "play video", "watch video")


#: A row of page links between bars has at least this many bars.
_MIN_LINK_BARS = 3


def _may_be_cookie_notice(block: str, folded: str, lead: int) -> bool:
    return _has_any(folded, _COOKIE_PHRASES)


def _may_be_release(block: str, folded: str, lead: int) -> bool:
    # About Acme, Media Contact:, SOURCE Acme; a telephone number: (202) 555-0142
    return (
        folded.startswith(_RELEASE_OPENINGS_BY_FIRST.get(folded[:1], ()))
        or (folded[:1] == "(" and (folded[1:2].isdigit() or folded[1:2] in _DEFINED_QUOTES))
        or folded.endswith(_PLC)  # an issuer's name alone: Halden Minerals PLC
        or (folded[-1:].isdigit() and "/" in folded)  # a document symbol: SG/SM/12345
        or folded.endswith(_RELEASE_STAMPS)  # European Commission - Press release
    )


#: The kinds of a release, closing the line with its issuer (case folded).
_RELEASE_STAMPS = tuple(_fold(label) for label in RELEASE_STAMP_LABELS)
#: ... their last three letters.
_RELEASE_STAMP_TAILS = frozenset(label[-3:] for label in _RELEASE_STAMPS)
#: A line of an issuer over its release's kind has at most this many characters.
_MAX_ISSUER_STAMP = 120


#: The quotation marks of an issuer's defined name: ("Halden" or the "Company").
_DEFINED_QUOTES = frozenset('"\u201c')
#: A British listed company's name ends with this (case folded).
_PLC = " plc"
#: ... as written; such a name alone has at most this many characters.
_PLC_FORMS = (" PLC", " plc", " Plc")
_MAX_ISSUER_NAME = 80


def _may_be_imprint(block: str, folded: str, lead: int) -> bool:
    return (
        folded.startswith(_IMPRINT_OPENINGS_BY_FIRST.get(folded[:1], ()))
        or "regn." in folded
        or "registration" in folded
        or _PUBLISHED_BY in folded  # Slate is published by The Slate Group
    )


def _may_be_copyright(block: str, folded: str, lead: int) -> bool:
    return folded.startswith(_COPYRIGHT_OPENINGS_BY_FIRST.get(folded[:1], ())) or _has_any(
        folded, _COPYRIGHT_PHRASES
    )


#: Bullets that may open a time stamp (``• 2h • 3 min read``).
_STAMP_BULLETS = "\u2022\u00b7"


def _may_be_timestamp(block: str, folded: str, lead: int) -> bool:
    return (
        _opens(folded, lead, _TIMESTAMP_OPENINGS_BY_FIRST)  # UPDATED ..., -Aktualisiert am ...
        or block[:1].isdigit()  # 3 Min Read
        or (block[:1] in _STAMP_BULLETS and ("min" in folded or "ago" in folded))
        # • 2h • 3 min read; · 4 hr. ago
        or (("/" in block or "|" in block) and _has_any(folded, _TIMESTAMP_OPENINGS))
        or _may_be_feed_source(block)
        or (folded.startswith("volume ") and " debated on " in folded)  # Hansard's date
    )  # TNN / Updated: ...


#: A feed reader's source line (``Le Monde.fr - Il y a 3 heures``) has at most this many characters.
_MAX_FEED_SOURCE = 80
#: The marks between the site and the age in such a line.
_FEED_SOURCE_MARKS = ("/", "|", "\u00b7", "\u2022", " - ", " \u2013 ")


def _may_be_feed_source(block: str) -> bool:
    """A feed reader's source line is short and holds a site's address and a mark:
    ``tagesschau.de / vor 2 Std.``, ``ilpost.it \u00b7 4 min di lettura``."""
    return (
        len(block) <= _MAX_FEED_SOURCE
        and "." in block
        and any(mark in block for mark in _FEED_SOURCE_MARKS)
    )


#: The paper's name before the bar of a date line ends within this many characters.
_MAX_PAPER_BEFORE_BAR = 60


def _may_be_date_line(block: str, folded: str, lead: int) -> bool:
    """A date line has a number in its first three words: ``Thursday, May 20, 2021``.

    (Or after an agency and a dash: ``KYODO NEWS - Nov 4, 2025``.)
    """
    if not block[:1].isalnum():
        return False
    # the third word opens what is left after two splits
    initials = [word[0] for word in block.split(None, 2)]
    if any(map(str.isdigit, initials)):
        return True
    return _opens(folded, lead, _SIGNOFF_OPENINGS_BY_FIRST) and any(
        word[:1].isdigit() for word in block.split(None, 6)[2:6]
    )


def _may_be_decision_line(block: str, folded: str, lead: int) -> bool:
    return folded.startswith(_DECISION_NOUNS)  # Urteil vom 4. März 2026


def _may_be_unix_time(block: str, folded: str, lead: int) -> bool:
    return block[:1] == "1" and block.isdigit()


def _may_be_paper_date_line(block: str, folded: str, lead: int) -> bool:
    """A date line after the paper's name and a bar, or after a section's news (a
    number in the first three words after them)."""
    if " News of " in block[:_MAX_PAPER_BEFORE_BAR]:
        return True  # a section's news of a day (GhanaWeb): General News of Monday, 4 November 2024
    bar = max(
        block.find(" / ", 0, _MAX_PAPER_BEFORE_BAR), block.find(" | ", 0, _MAX_PAPER_BEFORE_BAR)
    )
    # the paper before a bar: Philippine Daily Inquirer / 05:32 AM November 04, 2024
    return bar > 0 and any(word[0].isdigit() for word in block[bar + 3 :].split(None, 3)[:3])


def _may_be_wire_advisory(block: str, folded: str, lead: int) -> bool:
    # Eds:, EMBARGOED UNTIL, BC-US--Storm
    return folded.startswith(_ADVISORY_OPENINGS_BY_FIRST.get(folded[:1], ()))


def _may_be_flag(block: str, folded: str, lead: int) -> bool:
    return _opens(folded, lead, _FLAG_OPENINGS_BY_FIRST)  # RPT, (Adds analyst comment ...)


def _may_be_rate_note(block: str, folded: str, lead: int) -> bool:
    return block[:1] == "(" and "=" in block[:_RATE_REACH]  # (($1 = 0.9213 euros))


#: A currency note's equals sign is within this many characters of its start.
_RATE_REACH = 16


def _may_be_separator(block: str, folded: str, lead: int) -> bool:
    return block[:1] in _RULE_MARKS or _opens(folded, lead, _END_MARKS_BY_FIRST)  # ___, (END)


def _may_be_share_buttons(block: str, folded: str, lead: int) -> bool:
    return folded.startswith(_SHARE_BUTTONS_BY_FIRST.get(folded[:1], ()))


def _may_be_share(block: str, folded: str, lead: int) -> bool:
    return folded.startswith(_SHARE_OPENINGS_BY_FIRST.get(folded[:1], ()))


def _may_be_related(block: str, folded: str, lead: int) -> bool:
    return folded.startswith(_RELATED_OPENINGS_BY_FIRST.get(folded[:1], ())) or block == "In:"


def _may_be_related_document(block: str, folded: str, lead: int) -> bool:
    # Implementation Note issued June 17, 2026
    return len(block) <= _MAX_RELATED_DOCUMENT and block[-1:].isdigit() and _issued(block)


#: A link to a document issued with a release has at most this many characters.
_MAX_RELATED_DOCUMENT = 90
#: The words between such a document's name and its day.
_ISSUED_WORDS = (" issued ", " released ", " published ", " dated ")


def _issued(block: str) -> bool:
    return any(word in block for word in _ISSUED_WORDS)


def _may_be_advert(block: str, folded: str, lead: int) -> bool:
    return _opens(folded, lead, _ADVERT_OPENINGS_BY_FIRST)


#: The longest print jump line or page number alone (``Please see BUDGET, A6``).
_MAX_JUMP = 60


_DIGITS = frozenset("0123456789")


def _may_be_forum(block: str, folded: str, lead: int) -> bool:
    # r/worldnews, Posted by u/jane_doe, Reply Share, 94% Upvoted, level 1, 212 Followers
    return (
        len(block) <= _MAX_FORUM_LINE
        and (folded.startswith(_FORUM_OPENINGS) or (folded[:1].isdigit() and folded[-1:].isalpha()))
    ) or (block[:1] == "#" and " #" in block)  # #supplychain #jobs


#: A forum's furniture line has at most this many characters ...
_MAX_FORUM_LINE = 90
#: ... and opens with one of these (case folded) or a count.
_FORUM_OPENINGS = ("r/", "posted by u/", "submitted ", "reply ", "share ", "level ")


def _may_be_horoscope(block: str, folded: str, lead: int) -> bool:
    # Horoscopes, ARIES (March 21-April 19): ...
    return folded.startswith(_HOROSCOPE_OPENINGS)


def _may_be_gallery_count(block: str, folded: str, lead: int) -> bool:
    # 1 of 12, Image 3 of 12; Image 3/8, Bild 3 von 8
    return (
        len(block) <= _MAX_GALLERY_COUNT
        and block[-1:].isdigit()
        and (" of " in block or "/" in block or block[:1].isalpha())
    )


#: A gallery's counter (``Picture 12 of 120``) has at most this many characters.
_MAX_GALLERY_COUNT = 20


def _may_be_jump(block: str, folded: str, lead: int) -> bool:
    # short, a digit in the last four characters (A6., 4A).), opening with a jump's word
    if len(block) > _MAX_JUMP or _DIGITS.isdisjoint(block[-4:]):
        return False
    if _opens(folded, lead, _JUMP_OPENINGS_BY_FIRST):
        return True
    bar = folded.find("|")  # the story's slug first: SCHOOL | Continued from A6
    return bar > 0 and _opens(folded, _lead(folded[bar + 1 :]) + bar + 1, _JUMP_OPENINGS_BY_FIRST)


#: The longest raw feed slug line (``US-vote-Senate,2ndlead``).
_MAX_SLUG = 120


def _slug_like(block: str) -> bool:
    """True when *block* is short and opens with a hyphenated word glued to a comma."""
    if len(block) > _MAX_SLUG:
        return False
    comma = block.find(",")
    if comma <= 0:
        return False
    # (spaces may stand right before the comma: Rail-strike ,2nd Ld-Writethru)
    head = block[:comma].rstrip(" \t")
    return head.find("-") > 0 and head.find(" ") < 0 and head.find("\t") < 0


def _may_be_feed_slug(block: str, folded: str, lead: int) -> bool:
    return _slug_like(block)  # US-vote-Senate,2ndlead


#: The longest raw feed header line (``XINHUA-ENGLISH 2025-11-04 18:12``).
_MAX_FEED_HEADER = 60


#: A raw feed's header line opens with one of these (``EFE-``, ``AFP ``).
_FEED_HEADER_OPENINGS = tuple(
    agency + mark for agency in FEED_HEADER_AGENCIES for mark in ("-", " ")
)


def _may_be_apa_selector(block: str, folded: str, lead: int) -> bool:
    # OTS0123 5 II 0312 NEF0004 WI Di, 04.Nov 2025
    return block.startswith(_APA_SELECTORS) and block[3:7].isdigit()


#: The openings of the Austrian agency's selectors (APA, its release service OTS).
_APA_SELECTORS = ("APA", "OTS")


def _may_be_feed_header(block: str, folded: str, lead: int) -> bool:
    # EFE-MADRID: short, in capitals, an agency first
    return (
        len(block) <= _MAX_FEED_HEADER
        and block.isupper()
        and block.startswith(_FEED_HEADER_OPENINGS)
    )


def _may_be_media_pointer(block: str, folded: str, lead: int) -> bool:
    # Watch the ad above.; The full report can be found here.
    return folded.startswith(_MEDIA_POINTERS_BY_FIRST.get(folded[:1], ())) or (
        folded.endswith(_HERE_ENDINGS) and " here" in folded[-8:]
    )


#: The ends of a link's sentence alone (``... can be found here.``), at most this long.
_HERE_ENDINGS = (" here", " here.", " here:")
_MAX_HERE_POINTER = 120


#: A printed page's running head is at most this long.
_MAX_RUNNING_HEAD = 170


def _may_be_running_head(block: str, folded: str, lead: int) -> bool:
    # THE DAILY PLANET, TUESDAY, MARCH 4, 1997      A7; A6 | November 5, 2024 | The Courier
    # (a PDF's, its page number far to the right: Annual Report 2025      4)
    return len(block) <= _MAX_RUNNING_HEAD and (
        ("  " in block and (block.isupper() or (block[-1].isdigit() and _PDF_GAP in block)))
        or "|" in block
    )


#: The gap before a PDF's page number in its running head (pdftotext's layout).
_PDF_GAP = "          "


#: A weather widget's temperature alone has at most this many characters.
_MAX_TEMPERATURE = 10


def _may_be_page_notice(block: str, folded: str, lead: int) -> bool:
    # This is Google's cache of ...; a forwarded mail's rule and header; 12.3K views
    first = folded[:1]
    if first not in _NOTICE_FIRSTS:
        return False
    if first in _RATING_STARS:
        return True  # a review's rating alone: \u2605\u2605\u2605\u2605\u2606
    if first in _NOTICE_DASHES and first != "-":
        return "message" in folded
    if first == "-" and "message" in folded:
        return True
    if first.isdigit() or first == "-":
        # 12.3K views; a weather widget's temperature: 73°; an audio clock: 00:00 / 00:00;
        # a count alone: 12, 1.2K
        return (
            folded.endswith(_COUNT_WORDS)
            or "/" in block
            or (len(block) <= _MAX_TEMPERATURE and "\u00b0" in block)
            or len(block) <= _MAX_COUNT_ALONE
            or "Source" in block  # a video's length and source: 01:12 - Source: CNN
            or " ago " in block[:_MAX_AGE_HEAD]  # a live blog's key event: 1h ago Rail services ...
        )
    return (
        folded.startswith(_PAGE_NOTICES)
        or (len(block) <= _MAX_SPOILER_NOTE and folded.startswith(_SPOILER_NOTES))
        or (":" in folded[:10] and folded.startswith(_MAIL_LABELS))
        or folded.startswith(AGE_NOTE_OPENINGS)  # This article is more than 2 years old
        or (block[-1] == ")" and folded.startswith(COMMENT_COUNT_WORDS))  # Comments (12)
    )


_MAIL_LABELS = ("from", "to", "cc", "bcc", "reply-to", "subject", "date", "sent")
#: A review's spoiler warning alone has at most this many characters.
_MAX_SPOILER_NOTE = 120
#: A live blog's key event holds ``ago`` within this many characters (``12 minutes ago``).
_MAX_AGE_HEAD = 20
#: A count alone (``999.9K``) has at most this many characters.
_MAX_COUNT_ALONE = 8
_COUNT_WORDS = (
    *(" views", " reads", " plays", " comments", " comment", " shares", " share"),
    *(" reactions", " reaction", " likes", " like", " reposts", " repost"),
)

#: The dashes of a forwarded mail's rule; the first characters of the notices, the
#: labels and the counts.
_NOTICE_DASHES = frozenset("-=_\u2013\u2014")
#: The stars of a review's rating (black, white, outlined, the emoji).
_RATING_STARS = frozenset("\u2605\u2606\u2729\u272d\u2b50")
_NOTICE_FIRSTS = (
    frozenset(
        "".join(notice[0] for notice in _PAGE_NOTICES)
        + "".join(note[0] for note in _SPOILER_NOTES)
        + "".join(label[0] for label in _MAIL_LABELS)
        + "".join(word[0] for word in (*AGE_NOTE_OPENINGS, *COMMENT_COUNT_WORDS))
        + "0123456789"
    )
    | _NOTICE_DASHES
    | _RATING_STARS
)
#: The labels of a forwarded mail's header, and the counts under a post, case folded.


def _may_be_link_line(block: str, folded: str, lead: int) -> bool:
    # AP MLB: https://apnews.com/hub/mlb; a bare address: example-news.com
    return "://" in block or "www." in block or _bare_address(block)


def _bare_address(block: str) -> bool:
    """True when *block* may be a site's bare address: short, a dot, no space."""
    return len(block) <= _MAX_BARE_ADDRESS and "." in block and " " not in block


#: A site's bare address alone on its line has at most this many characters.
_MAX_BARE_ADDRESS = 60


def _may_be_promo(block: str, folded: str, lead: int) -> bool:
    # the call may follow dashes, bullets and spaces
    return (
        folded.startswith(_PROMO_OPENINGS_BY_FIRST.get(folded[lead : lead + 1], ()), lead)
        or folded.startswith(_SUPPORT)
        or _has_any(folded, _PROMO_PHRASES)
        or "@" in block  # Twitter: @jdoe
        or folded.endswith(_NEWSLETTER_ENDINGS)  # Daily Planet Newsletters
    )


#: A block's opening is read from this many characters (case folded): the
#: longest opening after a few marks.
_HEAD = 96


def _may_be_any(block: str, short: bool, anchors: tuple[str, ...]) -> bool:
    """True when the gate of some rule may be true: the gates above, or'ed cheaply.

    *anchors* holds (at least) the phrase anchors found in the block.  (Called
    for every block of every article: the common path is kept to a few calls.)
    """
    if "/" in block or "@" in block or "|" in block:
        return True  # a desk code, an e-mail address, a handle, a bar before a stamp
    size = len(block)
    if size <= _MAX_WRITER_TITLE and " at " in block and _titled(block):
        return True  # a writer's title line: Managing Editor at The Riverton Courier
    if size <= _MAX_BARE_ADDRESS and "." in block[-8:-1] and " " not in block:
        return True  # a site's bare address: example-news.com
    if size <= _MAX_SLUG and "," in block and "-" in block and _slug_like(block):
        # a raw feed's slug line (US-vote-Senate,2ndlead); its jump lines and header
        # lines (EFE-MADRID: an agency, a sign-off's opening) open with an opening
        return True
    if (
        size <= _MAX_FEED_SOURCE
        and "." in block
        and ("\u00b7" in block or " - " in block or "\u2022" in block or " \u2013 " in block)
    ):
        return True  # a feed reader's source line: Le Monde.fr - Il y a 3 heures (/ and | above)
    if block.startswith(_APA_SELECTORS) and block[3:7].isdigit():
        return True  # the Austrian agency's transmission line: OTS0123 5 II 0312 ...
    if size <= _MAX_RELATED_DOCUMENT and block[-1].isdigit() and _issued(block):
        return True  # a link to a document issued with a release
    first = block[0]
    if (first == "<" or first == "!") and BOILERPLATE_EMBED.match(block):
        # embedded media's markup (HTML, a Markdown image with no alt text); no
        # other rule reads these two marks: the gates below stand for them
        return True
    if first == "F" and _may_be_contributor_from(block, block, 0):
        return True  # a live blog's contributor line: From CNN's Jane Doe
    # (a picture credit alone: its agency is an opening; ``via Getty`` is read
    # in the head, which holds the whole of a block short enough for a credit)
    short_credit = size <= _MAX_PHOTO_CREDIT
    if first.isalnum():  # then its folding opens with a letter or digit: no lead
        start = block[:_HEAD]
        head = start.replace(_DOTTED_I, "i").casefold()
        if short_credit and (
            _VIA_GETTY in head
            or _FILE_PICTURE in head
            or "illustration" in head
            or " graphic" in head
        ):
            return True  # (an outlet's picture credit: Mother Jones illustration; Getty)
        # (``_ANY_OPENING.at(head, 0)``, inline)
        openings = _OPENING_PAIRS.get(head[:2])
        if openings is None:
            openings = _OPENING_INDEX.get(head[:1])
        if (openings is not None and head.startswith(openings)) or (
            first.isdigit() and not _list_number(block)
        ):
            return True  # an opening, a date line or ``3 Min Read`` (no list's ``12.`` alone)
        if " News of " in start:
            return True  # a section's news of a day: General News of Monday, 4 November 2024
        if size <= _MAX_TRUST_BADGE and "Trust Project" in block:
            return True  # a site's badge: Newsweek Is A Trust Project Member
        if short_credit and head.startswith(_OTHER_PICTURES):
            return True  # a picture of another place or day: Representative image
        # a date line: a number opens its second or third word (the head holds
        # them unless its words are long; a short block of letters and digits
        # alone is one word)
        if size > _HEAD or not start.isalnum():
            words = start.split(None, 2)
            if len(words) < 3 and size > _HEAD:
                words = block.split(None, 2)
            if len(words) > 1 and (
                words[1][0].isdigit() or (len(words) > 2 and words[2][0].isdigit())
            ):
                return True
    else:
        if first in _RULE_MARKS:
            # (the rule marks open a block for the separator rule only, and the
            # bullets for a stamp's ``• 3 min read``: the gates below stand
            # for every other rule, as for any other mark)
            if BOILERPLATE_SEPARATOR.match(block):
                return True
            if first in _STAMP_BULLETS and ("min" in _fold(block) or "ago" in block):
                return True
        head = block[:_HEAD].replace(_DOTTED_I, "i").casefold()
        if short_credit and _VIA_GETTY in head:
            return True
        if first == "#" and " #" in block:
            return True  # a social post's hashtags: #supplychain #jobs
        if first == "(" and _is_bracketed_short(block):
            return True  # a wire's media tags alone: (photo)
        if first == "[" and block[-1] == "]" and size <= _MAX_BRACKETED_NOTE:
            return True  # a transcript's time code, a translator's note: [Passage omitted]
        if first in _RATING_STARS:
            return True  # a review's rating alone
        if first in _DASHES and size <= _MAX_SOURCES_SIGNOFF and "," in block:
            return True  # an editor's initials and the outlet: —VBL, GMA Integrated News
        if first in _DASHES and block[-1] in _DASHES and " " in block:
            return True  # the writer between dashes (dpa-AFX): --- Von Anna Muster ---
        # (_lead(head), inline: the commonest marks are stripped in C, then the loop
        # goes on over any other)
        width = len(head)
        lead = width - len(head.lstrip(_LEAD_MARKS))
        while lead < width and not head[lead].isalnum():
            lead += 1
        if lead > _HEAD // 2:  # marks fill the head: fold it all
            head = _fold(block)
        if head[:1] in _OPENING_FIRSTS and _ANY_OPENING.at(head, 0):
            return True
        head += " "  # (a short agency is a whole word: the block may end after it)
        if head[0] == "(" and _LEAD_OPENING.at(head, 1):
            return True
        # (``_LEAD_OPENING.at(head, lead)``, inline: no key opens with another
        # character; after marks, only the gates of :func:`_opens` and the
        # promo's look for an opening: ``"X"`` opens with no share button)
        openings = _LEAD_PAIRS.get(head[lead : lead + 2])
        if openings is None and _LEAD_SINGLES:
            openings = _LEAD_INDEX.get(head[lead : lead + 1])
        if openings is not None and head.startswith(openings, lead):
            return True
    if (
        size <= _MAX_SOURCE_WITH
        and block[-1].isalpha()
        and (
            " with " in block
            or " and " in block
            or " avec " in block  # (:data:`_WITH_INTL`, inline)
            or " mit " in block
            or " con " in block
            or block.startswith(NEWSROOM_WORDS)
            or (block.isupper() and " " in block)
            or (block[-1] in _STAFF_LAST and block[-16:].casefold().endswith(_STAFF_ENDINGS))
        )
    ):
        return True  # a source line: Le Monde with AFP, Staff and agencies, ARAB NEWS, MEE staff
    if (
        size <= _MAX_ISSUER_STAMP
        and block[-3:].casefold() in _RELEASE_STAMP_TAILS
        and _fold(block).endswith(_RELEASE_STAMPS)
    ):
        return True  # the issuer over its release's kind: European Commission - Press release
    # ``... contributed to this report.``: the last three letters, then the ending
    last = block[-4:-1] if block[-1] == "." else block[-3:]
    if last in _ENDING_TAILS:
        ending = block[-_LONGEST_ENDING:].replace(_DOTTED_I, "i").casefold()  # _fold(), inline
        if ending.endswith(_CREDIT_ENDINGS):
            return True
    if (
        size <= _MAX_RUNNING_HEAD
        and "  " in block
        and (block.isupper() or (block[-1].isdigit() and _PDF_GAP in block))
    ):
        return True  # a printed page's running head: THE DAILY PLANET, MARCH 4, 1997   A7
    if last == "ere" and size <= _MAX_HERE_POINTER and block.endswith(_HERE_ENDINGS):
        return True  # a link's sentence alone: The full report can be found here.
    if (
        last in _NEWSLETTER_TAILS
        and size <= _MAX_NEWSLETTER_HEADING
        and block.casefold().endswith(_NEWSLETTER_ENDINGS)
    ):
        return True  # a sign-up box's heading: Independent.ie Newsletters
    if size <= _MAX_ISSUER_NAME and block.endswith(_PLC_FORMS) and " " in block:
        return True  # a listed company's name alone (RNS): Halden Minerals PLC
    if " " in block and _may_be_outlet_note(block, block, 0):
        return True  # a newsroom's note on itself: ProPublica is a nonprofit newsroom ...
    if not (short and anchors):
        return False
    folded = _fold(block)
    if not any(map(folded.__contains__, anchors)):
        return False  # (most blocks: no anchor, told in C)
    # a phrase of the gates (each holds an anchor, and the anchors in the block are
    # in *anchors*): looked for only under the anchors the block holds
    return any(
        any(map(folded.__contains__, _ANCHOR_PHRASES.get(anchor, (anchor,))))
        for anchor in anchors
        if anchor in folded
    )


def _list_number(block: str) -> bool:
    """True when *block* is a list's number alone, ASCII digits and a full stop
    (``12.``, an item's number on a line of its own): no rule takes it.

    >>> from newsstruct._boilerplate import _list_number
    >>> _list_number("12."), _list_number("12"), _list_number("3 Min Read")
    (True, False, False)
    """
    return (
        len(block) <= _MAX_LIST_NUMBER
        and block[-1] == "."
        and block[:-1].isdigit()
        and block.isascii()
    )


#: A list's number alone has at most this many characters (five digits, the stop).
_MAX_LIST_NUMBER = 6


#: :func:`_may_be_any` of a tiny block (at most :data:`_TINY` characters), cached:
#: a page of short lines repeated (``1.``, a quotation mark) asks it of the same
#: few blocks again and again; a story's paragraphs, longer, are not cached.
_may_be_any_tiny = functools.lru_cache(maxsize=256)(_may_be_any)
_TINY = 24


def _any_case(word: str) -> set[str]:
    """*word* in every mix of lower and upper case.

    >>> from newsstruct._boilerplate import _any_case
    >>> sorted(_any_case("ry"))
    ['RY', 'Ry', 'rY', 'ry']
    """
    cases = {""}
    for letter in word:
        cases = {case + form for case in cases for form in (letter, letter.upper())}
    return cases


#: The last three letters of :data:`_CREDIT_ENDINGS` (before a full stop), in
#: any case: only these end a block whose folding ends with an ending.
_ENDING_TAILS = frozenset(
    tail for ending in _CREDIT_ENDINGS for tail in _any_case(ending.rstrip(".")[-3:])
)
#: The endings of a newsletter sign-up box's heading (``Daily Planet Newsletters``).
_NEWSLETTER_ENDINGS = ("newsletter", "newsletters")
_NEWSLETTER_TAILS = frozenset(
    tail for ending in _NEWSLETTER_ENDINGS for tail in _any_case(ending[-3:])
)
#: Such a heading is at most this long.
_MAX_NEWSLETTER_HEADING = 60
#: The last characters of a block that hold a credit line's ending.
_LONGEST_ENDING = max(map(len, _CREDIT_ENDINGS))


_Gate = Callable[[str, str, int], bool]


class _Pattern(Protocol):
    """What :func:`_rule_kind` asks of a rule's pattern."""

    def match(self, string: str) -> object: ...

    def search(self, string: str) -> object: ...


class _Phrased:
    """A pattern in two parts: the alternatives read from the block's start, and
    those that look for a phrase in the block (a scan, slow to fail), tried only
    when the block, case folded, holds one of *phrases* (each of those
    alternatives needs one; what ``(?i:)`` matches, :func:`_fold` folds alike):
    a match when either part matches, as the whole pattern would.  *anchored*:
    whether the phrased part is read from the block's start too (else searched).
    """

    def __init__(
        self,
        start: LazyPattern,
        phrased: LazyPattern,
        phrases: tuple[str, ...],
        *,
        anchored: bool,
        spared: LazyPattern | None = None,
    ) -> None:
        self.start, self.phrased, self.phrases = start, phrased, phrases
        self.anchored = anchored
        self.spared = spared  # a block this matches is no match of the phrased part

    def match(self, block: str) -> bool:
        """True when the whole pattern matches at the block's start (its phrased
        part anchored) or, for a searched phrased part, anywhere."""
        if self.start.match(block) is not None:
            return True
        if not any(map(_fold(block).__contains__, self.phrases)):
            return False
        if self.spared is not None and self.spared.search(block) is not None:
            return False
        phrased = self.phrased
        return (phrased.match(block) if self.anchored else phrased.search(block)) is not None

    def search(self, block: str) -> bool:
        return self.match(block)  # (the start's alternatives are anchored at the start)


#: :data:`~newsstruct._patterns.BOILERPLATE_CREDITS`, its phrased lines tried
#: only on a block that holds their phrase.
_CREDITS = _Phrased(
    BOILERPLATE_CREDITS_AT_START,
    BOILERPLATE_CREDITS_PHRASED,
    ("contributed", "reached", "reported"),
    anchored=True,
)
#: :data:`~newsstruct._patterns.BOILERPLATE_PROMO`, its phrases searched for only
#: in a block that holds one.
_PROMO = _Phrased(
    BOILERPLATE_PROMO_AT_START,
    BOILERPLATE_PROMO_PHRASE,
    _PROMO_PHRASES,
    anchored=False,
    # (a story's sentence that names a channel: the group said on its Telegram channel)
    spared=REPORTED_SPEECH,
)

_RULES: tuple[tuple[str, _Pattern, bool, _Gate], ...] = (
    ("signoff", BOILERPLATE_SIGNOFF, True, _may_be_signoff),
    ("desk", BOILERPLATE_DESK, True, _may_be_desk),
    ("signoff", BOILERPLATE_SOURCES_SIGNOFF, True, _may_be_sources_signoff),
    ("signoff", BOILERPLATE_INITIALS_SIGNOFF, True, _may_be_initials_signoff),
    ("desk", BOILERPLATE_MEDIA_TAGS_ALONE, True, _may_be_media_tags),
    ("page", BOILERPLATE_TRANSCRIPT_CUE, True, _may_be_bracketed_note),
    ("timestamp", BOILERPLATE_TIME_CODE, True, _may_be_bracketed_note),
    ("flag", BOILERPLATE_OMISSION_NOTE, True, _may_be_bracketed_note),
    ("flag", BOILERPLATE_WIRE_ADVISORY, True, _may_be_wire_advisory),  # (before Editors: X)
    ("credits", _CREDITS, True, _may_be_credits),
    ("credits", BOILERPLATE_PHOTO_CREDIT, True, _may_be_photo_credit),
    ("credits", BOILERPLATE_SOURCE_WITH, True, _may_be_source_with),
    ("credits", BOILERPLATE_WRITER_TITLE, True, _may_be_writer_title),
    ("credits", BOILERPLATE_CONTRIBUTOR_FROM, True, _may_be_contributor_from),
    ("promo", BOILERPLATE_OUTLET_NOTE, True, _may_be_outlet_note),
    ("credits", BOILERPLATE_OUTLET_CAPITALS, True, _may_be_outlet_capitals),
    ("page", BOILERPLATE_EMBED, True, _may_be_embed),
    ("page", BOILERPLATE_SOCIAL_POST, True, _may_be_social_post),
    ("standards", BOILERPLATE_STANDARDS, True, _may_be_standards),
    ("standards", BOILERPLATE_DISCLOSURE, False, _may_be_disclosure),
    ("standards", BOILERPLATE_DISCLOSURE_NOTE, True, _may_be_disclosure),
    ("correction", BOILERPLATE_CORRECTION, True, _may_be_correction),
    ("release", BOILERPLATE_RELEASE, True, _may_be_release),
    ("imprint", BOILERPLATE_IMPRINT, False, _may_be_imprint),
    ("copyright", BOILERPLATE_COPYRIGHT, False, _may_be_copyright),
    ("timestamp", BOILERPLATE_TIMESTAMP, True, _may_be_timestamp),
    ("timestamp", BOILERPLATE_DATE_LINE, True, _may_be_date_line),
    ("timestamp", BOILERPLATE_DECISION_LINE, True, _may_be_decision_line),
    ("timestamp", BOILERPLATE_PAPER_DATE_LINE, True, _may_be_paper_date_line),
    ("timestamp", BOILERPLATE_UNIX_TIME, True, _may_be_unix_time),
    ("flag", BOILERPLATE_FLAG, True, _may_be_flag),
    ("flag", BOILERPLATE_RATE_NOTE, True, _may_be_rate_note),
    ("separator", BOILERPLATE_SEPARATOR, True, _may_be_separator),
    ("share", BOILERPLATE_SHARE_BUTTONS, True, _may_be_share_buttons),
    ("share", BOILERPLATE_SHARE, True, _may_be_share),
    ("related", BOILERPLATE_RELATED, True, _may_be_related),
    ("related", BOILERPLATE_RELATED_DOCUMENT, True, _may_be_related_document),
    ("page", BOILERPLATE_PAGE_LINKS, True, _may_be_page_links),
    ("page", BOILERPLATE_COOKIES, False, _may_be_cookie_notice),
    ("promo", BOILERPLATE_ADVERT, True, _may_be_advert),
    ("promo", _PROMO, False, _may_be_promo),
    ("related", BOILERPLATE_JUMP, True, _may_be_jump),
    ("page", BOILERPLATE_PAGE_NUMBER, True, _may_be_jump),
    ("page", BOILERPLATE_GALLERY_COUNT, True, _may_be_gallery_count),
    ("page", BOILERPLATE_HOROSCOPE, True, _may_be_horoscope),
    ("page", BOILERPLATE_FORUM, True, _may_be_forum),
    ("flag", BOILERPLATE_FEED_SLUG, True, _may_be_feed_slug),
    ("flag", BOILERPLATE_FEED_HEADER, True, _may_be_feed_header),
    ("timestamp", BOILERPLATE_APA_SELECTOR, True, _may_be_apa_selector),
    ("promo", BOILERPLATE_MEDIA_POINTER, True, _may_be_media_pointer),
    ("page", BOILERPLATE_LINK_LINE, True, _may_be_link_line),
    ("page", BOILERPLATE_PAGE_NOTICE, True, _may_be_page_notice),
    ("page", BOILERPLATE_RUNNING_HEAD, True, _may_be_running_head),
    ("page", BOILERPLATE_CHAT_SENDER, True, _may_be_chat_sender),
    ("page", BOILERPLATE_STATION, True, _may_be_station),
    ("page", BOILERPLATE_REVIEW_RUN, True, _may_be_review_run),
)

# Cheap gates for the trailing patterns, given the text, the window and the
# paragraph's end (a pattern's junk ends there): true whenever the pattern may
# match.  Keep them in step with the patterns.


def _may_end_signoff(text: str, window: int, end: int) -> bool:
    """An agency of the sign-off (``Reuter`` in any case, the others as written) in the window."""
    return (
        BOILERPLATE_SIGNOFF_AGENCY_ANYWHERE.search(text, window, end) is not None
        or "reuter" in text[window:end].lower()  # (lower case: no letter of it is missed)
    )


def _may_end_site(text: str, window: int, end: int) -> bool:
    """A site's address may end the window: ``... – Rappler.com``."""
    return "a" <= text[end - 1] <= "z" and text.find(".", max(window, end - _MAX_TLD), end) >= 0


#: A site's address signing off a story ends in at most this many characters after its dot.
_MAX_TLD = 5


def _may_end_credits(text: str, window: int, end: int) -> bool:
    # (Reporting by ...)., --- Von Anna Muster, dpa-AFX ---
    return text.endswith((")", ")."), window, end) or text[end - 1] in _DASHES


def _may_end_desk(text: str, window: int, end: int) -> bool:
    return "a" <= text[end - 1] <= "z" and text.find("/", window, end) >= 0  # jm/sst


#: The ASCII characters that end an end mark (in any case) or its bracket.
_END_MARK_LAST = frozenset(")" + "".join(mark[-1].lower() + mark[-1].upper() for mark in END_MARKS))


def _may_end_end_mark(text: str, window: int, end: int) -> bool:
    last = text[end - 1]  # (a letter outside ASCII may fold to one of them)
    return last in _END_MARK_LAST or not last.isascii()  # (END), -30-


def _may_end_jump(text: str, window: int, end: int) -> bool:
    """A digit near the end: a page (``... residents.  A6.``, ``Continued on Page A12``)."""
    return any(map(str.isdigit, text[max(window, end - 4) : end]))


_TRAILING: tuple[tuple[str, LazyPattern, Callable[[str, int, int], bool]], ...] = (
    ("signoff", BOILERPLATE_TRAILING_SIGNOFF, _may_end_signoff),
    ("signoff", BOILERPLATE_TRAILING_SITE, _may_end_site),
    ("credits", BOILERPLATE_TRAILING_CREDITS, _may_end_credits),
    ("desk", BOILERPLATE_TRAILING_DESK, _may_end_desk),
    ("separator", BOILERPLATE_TRAILING_END_MARK, _may_end_end_mark),
    ("related", BOILERPLATE_TRAILING_JUMP, _may_end_jump),
)


def boilerplate_kind(block: str, anchors: tuple[str, ...] = _PHRASE_ANCHORS) -> str | None:
    """The kind of boilerplate *block* (trimmed) is, or ``None``.

    *anchors*: the phrase anchors that may be in *block* (see :func:`phrase_anchors`).
    """
    if not block or len(block) > _MAX_BLOCK:
        return None
    short = len(block) <= _MAX_PHRASE_BLOCK
    # one cheap test rules out most paragraphs of a story
    if not _may_be_any(block, short, anchors):
        return None
    kind = _rule_kind(block, short)
    if kind == "promo" and block[-1:] in ".!?" and BOILERPLATE_REPORTED_CALL.search(block):
        return None  # a call to action the story reports: Subscribe now, the company told ...
    return kind


@functools.lru_cache(maxsize=256)
def _rule_kind(block: str, short: bool) -> str | None:
    """The kind of the first rule whose gate and pattern match *block* (non-empty, short enough).

    (Cached: a block's kind depends on the block alone, and a page of short
    repeated blocks, ``1.`` a line, would run the rules anew for each.)
    """
    folded = _fold(block)
    lead = _lead(folded)
    for kind, pattern, anchored, gate in _RULES:
        if not (anchored or short) or not gate(block, folded, lead):
            continue
        if pattern.match(block) if anchored else pattern.search(block):
            return kind
    return None


def phrase_anchors(text: str, blocks: Sequence[Block]) -> tuple[str, ...]:
    """The phrase anchors that :func:`boilerplate_kind` needs to look for in *blocks*.

    A gate looks for phrases anywhere in a block, which costs a scan of the
    block per phrase; one scan of the text per anchor, made once for all the
    blocks of an article, finds the few (usually none) worth looking for.
    The short blocks (the only ones the phrase rules read) are scanned, a
    bounded group at a time.

    >>> from newsstruct._blocks import split_blocks
    >>> from newsstruct._boilerplate import phrase_anchors
    >>> text = "Talks end\\n\\nFollow him on Twitter @jdoe"
    >>> phrase_anchors(text, split_blocks(text))
    ('twitter',)
    >>> phrase_anchors("Talks end.", split_blocks("Talks end."))
    ()
    """
    found: set[str] = set()
    for low in range(0, len(blocks), _GROUP):
        short = [
            text[start:end]
            for start, end, _ in blocks[low : low + _GROUP]
            if end - start <= _MAX_PHRASE_BLOCK
        ]
        if short:
            folded = _fold_for_anchors("\n".join(short))
            found.update(a for a in _PHRASE_ANCHORS if a not in found and a in folded)
    return tuple(anchor for anchor in _PHRASE_ANCHORS if anchor in found)


#: Marks common in wire copy that are in no anchor and fold to themselves.
_PLAIN_MARKS = tuple(
    mark
    for mark in "\u2019\u2018\u201c\u201d\u2014\u2013\u2026\u00a0"
    if mark not in "".join(_PHRASE_ANCHORS)
)


def _fold_for_anchors(chunk: str) -> str:
    """*chunk* case folded, with :data:`_PLAIN_MARKS` made NULs (in no anchor either).

    The anchors are found in it where they are in ``_fold(chunk)``, and
    the folding is much faster when only those marks keep *chunk* from ASCII.
    """
    if not chunk.isascii():
        for mark in _PLAIN_MARKS:
            if mark in chunk:
                chunk = chunk.replace(mark, "\x00")
    return _fold(chunk)


#: Blocks joined and scanned at once by :func:`phrase_anchors` (at most
#: ``_GROUP * _MAX_BLOCK`` characters).
_GROUP = 256


def match_boilerplate(
    text: str, start: int, end: int, anchors: tuple[str, ...] | None = None
) -> Boilerplate | None:
    """The boilerplate that ``text[start:end]`` (a whole block) is; else ``None``.

    *anchors*: the phrase anchors that may be in the block (see
    :func:`phrase_anchors`); by default, all of them.
    """
    if end - start > _MAX_BLOCK:
        return None
    # boilerplate_kind(), one call less (this runs on every block of every article)
    block = text[start:end]
    if not block:
        return None
    short = len(block) <= _MAX_PHRASE_BLOCK
    may_be_any = _may_be_any_tiny if len(block) <= _TINY else _may_be_any
    if not may_be_any(block, short, _PHRASE_ANCHORS if anchors is None else anchors):
        return None
    kind = _rule_kind(block, short)
    if kind is None:
        return None
    return Boilerplate(block, Span(start, end), kind)


def signs_post(block: str) -> bool:
    """True when *block* is an embedded post's signature alone, the post being
    the block above it (X, formerly Twitter: ``— Jane Doe (@jdoe) May 4, 2025``).

    >>> from newsstruct._boilerplate import signs_post
    >>> signs_post("\u2014 Jane Doe (@jdoe) May 4, 2025")
    True
    >>> signs_post("Thanks! \u2014 Jane Doe (@jdoe) May 4, 2025")  # the post on its line
    False
    """
    return (
        block[:1] in _POST_SIGNATURE_DASHES
        and "(@" in block
        and BOILERPLATE_SOCIAL_POST.match(block) is not None
    )


#: The dashes that open an embedded post's signature.
_POST_SIGNATURE_DASHES = frozenset("\u2014\u2013-")


def pull_quotes(text: str, bodies: Sequence[tuple[int, int]]) -> list[int]:
    """The indexes of the *bodies* (``(start, end)`` blocks of *text*) that are
    pull quotes: a quotation alone in its block (perhaps with a dash and a name
    after it) of at least :data:`_MIN_PULL_WORDS` words, whose words stand in
    another, longer block of the story, as pages set a sentence of the story
    large between its paragraphs.

    >>> from newsstruct._blocks import split_blocks
    >>> from newsstruct._boilerplate import pull_quotes
    >>> text = (
    ...     '"We lost everything we had," said Ana Ruiz.\\n\\n'
    ...     '\u201cWe lost everything we had\u201d\\n\\nThe council met.'
    ... )
    >>> bodies = [(start, end) for start, end, _ in split_blocks(text)]
    >>> pull_quotes(text, bodies)
    [1]
    >>> pull_quotes(text, bodies[1:])  # said nowhere else: a quote
    []
    """
    candidates: list[tuple[int, str]] = []
    for index, (start, end) in enumerate(bodies):
        if (
            end - start > _MAX_PULL_QUOTE
            or text[start] not in _PULL_OPENERS
            or end - start <= _NO_PULL_QUOTE
        ):
            continue
        found = BOILERPLATE_PULL_QUOTE.fullmatch(text, start, end)
        if found is None:
            continue
        words = _plain_words(found.group("quote"))
        if len(words.split()) >= _MIN_PULL_WORDS:
            candidates.append((index, words))
        if len(candidates) >= _MAX_PULL_QUOTES:
            break
    if not candidates:
        return []
    # (a cheap test first: the longest of the quote's first words elsewhere in the text)
    folded = text.casefold()
    probes: set[str] = set()
    kept: list[tuple[int, str]] = []
    for index, words in candidates:
        probe = max(words.split()[:_PULL_PROBE_WORDS], key=len)
        if _said_elsewhere(text, folded, probe, *bodies[index]):
            kept.append((index, words))
            probes.add(probe)
    if not kept:
        return []
    candidates = kept
    # (the blocks' words joined once, each quote looked for in them all in one search:
    # a loop over all the blocks for each quote read the text once a quote; a block
    # with no quote's probe word can hold no quote's words, and is left empty)
    in_place = len(folded) == len(text)
    plain = [
        _plain_words(text[start:end])
        if any(
            probe in (folded[start:end] if in_place else text[start:end].casefold())
            for probe in probes
        )
        else ""
        for start, end in bodies
    ]
    starts: list[int] = []
    at = 0
    for block in plain:
        starts.append(at)
        at += len(block) + 1
    joined = "\n".join(plain)
    return [
        index
        for index, words in candidates
        if _stands_in_other(joined, starts, plain, words, index)
    ]


def _stands_in_other(
    joined: str, starts: Sequence[int], plain: Sequence[str], words: str, index: int
) -> bool:
    """Whether *words* (no line break) stand in a block of *plain* other than the
    one at *index* and longer than they are; *joined* is *plain* joined by line
    breaks, *starts* where each block starts in it."""
    at = joined.find(words)
    while at >= 0:
        other = bisect_right(starts, at) - 1
        if other != index and len(plain[other]) > len(words):
            return True
        if other + 1 >= len(starts):
            return False
        at = joined.find(words, starts[other + 1])
    return False


def _said_elsewhere(text: str, folded: str, probe: str, start: int, end: int) -> bool:
    """Whether *probe* (case folded) stands in *text*, case folded, outside ``text[start:end]``;
    *folded* is all *text* case folded.

    (Each side is folded on its own: folding may change a text's length, ``ß``. When
    it changes no length, each character folds to one, in place, and *folded* is read.)
    """
    if len(folded) == len(text):
        return folded.find(probe, 0, start) >= 0 or folded.find(probe, end) >= 0
    return probe in text[:start].casefold() or probe in text[end:].casefold()


#: Among how many of a pull quote's first words the longest is looked for elsewhere first.
_PULL_PROBE_WORDS = 8


def _plain_words(text: str) -> str:
    """*text* case folded, its marks dropped and its words joined by single spaces."""
    return " ".join(BOILERPLATE_NO_WORD.sub(" ", text.casefold()).split())


#: The marks a pull quote opens with.
_PULL_OPENERS = frozenset("\"\u201c\u2018\u00ab\u201e'")
#: A pull quote has at least this many words, at most this many characters, and
#: at most this many are looked for in an article.
_MIN_PULL_WORDS = 5
_MAX_PULL_QUOTE = 400
_MAX_PULL_QUOTES = 20
#: A block this short is no pull quote: :data:`~newsstruct._patterns.BOILERPLATE_PULL_QUOTE`
#: reads ten characters at least between its two marks.
_NO_PULL_QUOTE = 11


def plain_block(text: str, start: int, end: int, anchors: tuple[str, ...] | None = None) -> bool:
    """True when :func:`match_boilerplate` gives ``None`` for ``text[start:end]`` by
    its cheap gate alone (most paragraphs); ``False`` when a rule may read it.

    It never raises (a failure is ``False``: the caller reads the block in full).

    >>> from newsstruct._boilerplate import plain_block
    >>> plain_block("The bridge will close.", 0, 22)
    True
    >>> plain_block("(Reporting by Jane Doe)", 0, 23)
    False
    """
    if end - start > _MAX_BLOCK or end <= start:
        return True
    block = text[start:end]
    try:
        return not (_may_be_any_tiny if len(block) <= _TINY else _may_be_any)(
            block,
            len(block) <= _MAX_PHRASE_BLOCK,
            _PHRASE_ANCHORS if anchors is None else anchors,
        )
    except Exception:  # (as match_boilerplate's guard would)
        return False


def no_boilerplate(text: str, start: int, end: int, anchors: tuple[str, ...] | None = None) -> bool:
    """True when :func:`match_boilerplate` gives ``None`` for ``text[start:end]``
    (a block that :func:`plain_block` leaves to the rules, which none took).

    It never raises (a failure is ``False``: the caller reads the block in full).

    >>> from newsstruct._boilerplate import no_boilerplate
    >>> no_boilerplate("12.", 0, 3), no_boilerplate("(Reporting by Jane Doe)", 0, 23)
    (True, False)
    """
    try:
        return match_boilerplate(text, start, end, anchors) is None
    except Exception:  # (as match_boilerplate's guard would)
        return False


def split_trailing_boilerplate(text: str, start: int, end: int) -> tuple[int, Boilerplate | None]:
    """Boilerplate glued to the end of a paragraph (``... campaign." AFP``).

    Returns the paragraph's new end and the boilerplate, or ``(end, None)``.
    """
    if end <= start:
        return end, None
    window = max(start, end - _TAIL)
    # the look-behind of the patterns needs the character before the window
    for kind, pattern, gate in _TRAILING:
        if not gate(text, window, end):
            continue
        found = pattern.search(text, window, end)
        if found is None or found.end() != end:
            continue
        junk_start, junk_end = found.span("junk")
        new_end = junk_start
        while new_end > start and text[new_end - 1].isspace():
            new_end -= 1
        return new_end, Boilerplate(text[junk_start:junk_end], Span(junk_start, junk_end), kind)
    return end, None


#: A line about the writer has at most this many characters.
#: A jump line glued to a paragraph is looked for in its last this many characters.
_JUMP_TAIL = 100


def split_trailing_jump(text: str, start: int, end: int) -> tuple[int, Boilerplate | None]:
    """A print jump line or page pointer glued to the end of the paragraph
    ``text[start:end]`` (``... residents.  A6.``, ``... voted to\\nContinued on Page A12``),
    as :func:`split_trailing_boilerplate` reads the last paragraph's sign-off.

    >>> from newsstruct._boilerplate import split_trailing_jump
    >>> text = "The council voted to\\nContinued on Page A12"
    >>> end, junk = split_trailing_jump(text, 0, len(text))
    >>> text[:end], junk.text, junk.kind
    ('The council voted to', 'Continued on Page A12', 'related')
    >>> split_trailing_jump("It is in Article 5.", 0, 19)
    (19, None)
    """
    if end <= start or _DIGITS.isdisjoint(text[max(start, end - 4) : end]):
        return end, None
    window = max(start, end - _JUMP_TAIL)
    tail = text[window:end]
    if " " not in tail and "\n" not in tail and "\t" not in tail and "\r" not in tail:
        return end, None  # the jump follows a space or a line break (``1.`` alone: none)
    found = BOILERPLATE_TRAILING_JUMP.search(text, window, end)
    if found is None or found.end() != end:
        return end, None
    junk_start, junk_end = found.span("junk")
    new_end = junk_start
    while new_end > start and text[new_end - 1].isspace():
        new_end -= 1
    return new_end, Boilerplate(text[junk_start:junk_end], Span(junk_start, junk_end), "related")


_MAX_BIO = 300


def match_bio(text: str, start: int, end: int, names: Sequence[str]) -> Boilerplate | None:
    """``text[start:end]`` as a line about the writer, of kind ``credits``, or ``None``.

    It names one of the byline's *names* first, then says what the writer
    does: ``Jane Doe is a national reporter covering the Northeast.``,
    ``Jane Doe covers energy for Reuters.``; or it is the name alone, as an
    author box under the story prints it (``Jane Doe``).  (The caller tries
    it on the last blocks of a story and on the block under the byline only.)

    >>> from newsstruct._boilerplate import match_bio
    >>> text = "Jane Doe covers energy for Reuters."
    >>> match_bio(text, 0, len(text), ("Jane Doe",)).kind
    'credits'
    >>> text = "Jane Doe said the plant would close."
    >>> match_bio(text, 0, len(text), ("Jane Doe",)) is None
    True
    >>> match_bio("JANE DOE", 0, 8, ("Jane Doe",)).kind
    'credits'
    >>> text = "Doe is a political correspondent for the Post."
    >>> match_bio(text, 0, len(text), ("Jane Doe",)).kind
    'credits'
    >>> text = "Jane Doe is a former teacher in Riverton."  # an opinion writer
    >>> match_bio(text, 0, len(text), ("Jane Doe",)).kind
    'credits'
    >>> text = "Doe is a former teacher in Riverton."  # another Doe, maybe
    >>> match_bio(text, 0, len(text), ("Jane Doe",)) is None
    True
    >>> text = "Jane covers mergers and acquisitions in the United States."
    >>> match_bio(text, 0, len(text), ("Jane Doe",)).kind
    'credits'
    """
    if end - start > _MAX_BIO:
        return None
    block = text[start:end]
    folded = block.casefold()
    for name in names:
        size = len(name)
        if (
            size > 2
            and folded.startswith(name.casefold())
            and (
                block[size:].rstrip(". ") == ""
                or BOILERPLATE_BIO_REST.match(block, size)
                or BOILERPLATE_BIO_REST_OF_NAME.match(block, size)
            )
        ):
            return Boilerplate(block, Span(start, end), "credits")
        # the surname alone (The Kathmandu Post), or the first name (Reuters),
        # before what the writer does: Doe is a political correspondent ...,
        # Jane covers mergers and acquisitions ...
        words = name.split()
        for part in {words[0], words[-1]} if len(words) > 1 else ():
            size = len(part)
            if size > 2 and block.startswith(part) and BOILERPLATE_BIO_REST.match(block, size):
                return Boilerplate(block, Span(start, end), "credits")
    return None


def match_tagline(text: str, start: int, end: int) -> Boilerplate | None:
    """``text[start:end]`` as a writer's tagline in the first person (a
    contributor network's, Forbes): ``I write about small business.``, of kind
    ``credits``; else ``None``.  (The caller tries it under the byline only.)

    >>> from newsstruct._boilerplate import match_tagline
    >>> match_tagline("I write about energy.", 0, 21).kind
    'credits'
    >>> match_tagline("I wrote to the council twice.", 0, 29) is None
    True
    """
    block = text[start:end]
    if (
        len(block) > _MAX_TAGLINE
        or not block.startswith(_TAGLINE_OPENINGS)
        or "\n" in block
        or any(mark in block[:-1] for mark in ".!?")
    ):
        return None
    return Boilerplate(block, Span(start, end), "credits")


#: A writer's tagline: its openings, its length at most.
_TAGLINE_OPENINGS = ("I write about ", "I cover ", "I report on ", "I write on ")
_MAX_TAGLINE = 160


#: A reader's name and town under a letter have at most this many characters each.
_MAX_SIGNATURE = 60


#: The dashes before a signature: ``- Jane Doe.``, ``— Jane Doe, Portland.``
#: The dashes that open a signature (``- Jane Doe.``); other signatures open with a capital.
SIGNATURE_DASHES = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212")
#: What ends a quotation: a name after a dash under one is its speaker, no signature.
_QUOTE_ENDS = frozenset("\"'\u201d\u2019\u00bb")


def match_signature(text: str, blocks: Sequence[Block], index: int) -> tuple[Boilerplate, ...]:
    """The signature at ``blocks[index]``, under a letter or a writer's item, of
    kind ``credits``: the name alone, then the town alone on the next block
    (``Jane Q. Doe.`` then ``Long Beach, Calif.``); or a name after a dash, with
    a town perhaps (``- Jane Doe.``, ``— John Roe, Portland.``), unless the
    block over it is a quotation (then the name is its speaker); else ``()``.

    >>> from newsstruct._blocks import split_blocks
    >>> from newsstruct._boilerplate import match_signature
    >>> text = "The bridge must stay open.\\n\\nJane Q. Doe.\\n\\nSpringfield, Ill."
    >>> [(b.text, b.kind) for b in match_signature(text, split_blocks(text), 1)]
    [('Jane Q. Doe.', 'credits'), ('Springfield, Ill.', 'credits')]
    >>> match_signature(text, split_blocks(text), 0)
    ()
    >>> text = "The bridge must stay open.\\n\\n- Jane Doe."
    >>> [(b.text, b.kind) for b in match_signature(text, split_blocks(text), 1)]
    [('- Jane Doe.', 'credits')]
    >>> text = '"The bridge must stay open."\\n\\n- Jane Doe.'
    >>> match_signature(text, split_blocks(text), 1)
    ()
    """
    name = blocks[index]
    if text[name.start] in SIGNATURE_DASHES:
        if (
            name.end - name.start > _MAX_SIGNATURE
            or BOILERPLATE_SIGNATURE.match(text[name.start : name.end]) is None
        ):
            return ()
        if index and text[blocks[index - 1].end - 1] in _QUOTE_ENDS:
            return ()  # "We will win." / - Jane Doe: the quote's speaker
        return (Boilerplate(text[name.start : name.end], Span(name.start, name.end), "credits"),)
    if _named_town(text, blocks, index):
        return (Boilerplate(text[name.start : name.end], Span(name.start, name.end), "credits"),)
    if index + 1 >= len(blocks):
        return ()
    town = blocks[index + 1]
    if name.end - name.start > _MAX_SIGNATURE or town.end - town.start > _MAX_SIGNATURE:
        return ()
    if SIGNATURE_NAME.match(text[name.start : name.end]) is None:
        return ()
    if SIGNATURE_TOWN.match(text[town.start : town.end]) is None and not _town_alone(
        text, blocks, index
    ):
        return ()
    return (
        Boilerplate(text[name.start : name.end], Span(name.start, name.end), "credits"),
        Boilerplate(text[town.start : town.end], Span(town.start, town.end), "credits"),
    )


def match_role_signature(text: str, blocks: Sequence[Block], index: int) -> tuple[Boilerplate, ...]:
    """The signature at ``blocks[index]`` with the writer's role after the name
    (``Jane Doe, chair, Eastbrook Allotment Society``), under a letter (the block
    over it ends a sentence), of kind ``credits``; the caller asks only on a
    letters page (a letter was signed above); else ``()``.

    >>> from newsstruct._blocks import split_blocks
    >>> from newsstruct._boilerplate import match_role_signature
    >>> text = "Thanks to all who came.\\n\\nSusan Oduya, chair, Eastbrook Allotment Society"
    >>> [(b.text, b.kind) for b in match_role_signature(text, split_blocks(text), 1)]
    [('Susan Oduya, chair, Eastbrook Allotment Society', 'credits')]
    >>> text = "Thanks to all who came.\\n\\nSusan Oduya, chair, said: we won."
    >>> match_role_signature(text, split_blocks(text), 1)
    ()
    """
    if index == 0 or not SENTENCE_END.match(text, blocks[index - 1].end - 1):
        return ()
    name = blocks[index]
    line = text[name.start : name.end]
    if ROLE_SIGNATURE.match(line) is None:
        return ()
    first = line.split(None, 1)[0].casefold()
    if first not in MALE_FIRST_NAMES and first not in FEMALE_FIRST_NAMES:
        return ()
    return (Boilerplate(line, Span(name.start, name.end), "credits"),)


def _named_town(text: str, blocks: Sequence[Block], index: int) -> bool:
    """True when ``blocks[index]`` signs a letter with the name and the town on
    one line (``Jane Roe, Springfield``: a listed first name, the surname, a
    comma and one to three capitalised words or a town and its state), under a
    letter (the block over it ends a sentence) and over the next letter's
    heading (see :func:`_heading_over_letter`).

    >>> from newsstruct._blocks import split_blocks
    >>> from newsstruct._boilerplate import _named_town
    >>> letter = "Parking fees hurt families\\n\\nRaising the fee to $10 a day keeps out families."
    >>> text = "Keep the bridge open.\\n\\nJane Roe, Springfield\\n\\n" + letter
    >>> _named_town(text, split_blocks(text), 1)
    True
    >>> text = "Keep the bridge open.\\n\\nJane Roe, Springfield"
    >>> _named_town(text, split_blocks(text), 1)
    False
    """
    block = blocks[index]
    line = text[block.start : block.end]
    if (
        index == 0
        or len(line) > _MAX_SIGNATURE
        or "," not in line
        or NAMED_TOWN_SIGNATURE.match(line) is None
    ):
        return False
    first = line.split(None, 1)[0].casefold()
    if first not in MALE_FIRST_NAMES and first not in FEMALE_FIRST_NAMES:
        return False
    if not SENTENCE_END.match(text, blocks[index - 1].end - 1):
        return False  # (a letter ends a sentence over its signature)
    return _heading_over_letter(text, blocks, index + 1)


def _heading_over_letter(text: str, blocks: Sequence[Block], index: int) -> bool:
    """True when ``blocks[index]`` is the next letter's heading under a
    signature: a short line that ends no sentence, with no figure or address,
    over a letter of prose (at the text's end, a name and a town may be the
    story's own words)."""
    if index + 1 >= len(blocks):
        return False
    under = blocks[index]
    heading = text[under.start : under.end]
    if (
        len(heading) > _MAX_SIGNATURE
        or SENTENCE_END.match(text, under.end - 1)
        or "@" in heading
        or any(map(str.isdigit, heading))
    ):
        return False  # (a release's contact: Jane Doe / Acme Robotics / +1 555 0100)
    letter = blocks[index + 1]
    return bool(SENTENCE_END.match(text, letter.end - 1)) and (
        len(text[letter.start : letter.end].split()) >= _MIN_LETTER_WORDS
    )


def _town_alone(text: str, blocks: Sequence[Block], index: int) -> bool:
    """True when ``blocks[index + 1]``, under the name at *index* (a listed first
    name, then the surname), is a town alone, with no state (a British letters
    page: ``Jane Doe`` / ``Eastbrook``): one to three capitalised words, no
    sentence, under a letter (the block over the name ends a sentence) and over
    the next letter's heading (a short line that ends no sentence, with no
    figure, over a paragraph of prose; at the text's end, a name and a town
    may be the story's own words).

    >>> from newsstruct._blocks import split_blocks
    >>> from newsstruct._boilerplate import _town_alone
    >>> letter = "Library deserves better\\n\\nThe library is the only quiet place we have."
    >>> text = "Buses must run late.\\n\\nMaureen Feld\\n\\nEastbrook\\n\\n" + letter
    >>> _town_alone(text, split_blocks(text), 1)
    True
    >>> text = "Buses must run late.\\n\\nMaureen Feld\\n\\nEastbrook"
    >>> _town_alone(text, split_blocks(text), 1)
    False
    >>> text = "Buses must run late.\\n\\nMaureen Feld\\n\\nEastbrook\\n\\nShe said the buses were late."
    >>> _town_alone(text, split_blocks(text), 1)
    False
    """
    if index == 0:
        return False
    name, town = text[blocks[index].start : blocks[index].end], blocks[index + 1]
    first = name.split(None, 1)[0].casefold()
    if first not in MALE_FIRST_NAMES and first not in FEMALE_FIRST_NAMES:
        return False
    if TOWN_ALONE.match(text[town.start : town.end]) is None:
        return False
    if not SENTENCE_END.match(text, blocks[index - 1].end - 1):
        return False  # (a letter ends a sentence over its signature)
    return _heading_over_letter(text, blocks, index + 2)


#: The next letter under its heading has at least this many words.
_MIN_LETTER_WORDS = 8


#: A newsletter's closing words and the name under them have at most this many characters.
_MAX_SALUTATION = 40


def match_newsletter_signoff(
    text: str, blocks: Sequence[Block], index: int
) -> tuple[Boilerplate, ...]:
    """A newsletter's sign-off at ``blocks[index]``, of kind ``promo``: its closing
    words alone on a line (:data:`newsstruct._data.boilerplate.NEWSLETTER_SALUTATIONS`),
    then the writer's name alone on the next (``Herzlich`` / ``Ihr Max Mustermann``);
    else ``()``.

    >>> from newsstruct._blocks import split_blocks
    >>> from newsstruct._boilerplate import match_newsletter_signoff
    >>> text = "Ich wünsche Ihnen einen guten Tag.\\n\\nHerzlich\\nIhr Max Mustermann"
    >>> [(b.text, b.kind) for b in match_newsletter_signoff(text, split_blocks(text), 1)]
    [('Herzlich', 'promo'), ('Ihr Max Mustermann', 'promo')]
    >>> text = "Ich wünsche Ihnen einen guten Tag.\\n\\nHerzlich\\nwillkommen in Berlin."
    >>> match_newsletter_signoff(text, split_blocks(text), 1)
    ()
    """
    block = blocks[index]
    if block.end - block.start > 2 * _MAX_SALUTATION + 2:
        return ()
    line_end = text.find("\n", block.start, block.end)
    if line_end >= 0:  # the two lines in one block (a comma joins them: Best wishes, / Jane Doe)
        words = trim(text, block.start, line_end)
        name = trim(text, line_end + 1, block.end)
    elif index + 1 < len(blocks):
        words, name = (block.start, block.end), (blocks[index + 1].start, blocks[index + 1].end)
    else:
        return ()
    if words[1] - words[0] > _MAX_SALUTATION or not 0 < name[1] - name[0] <= _MAX_SALUTATION:
        return ()
    said = text[words[0] : words[1]].rstrip(",!").strip().lower()
    if said not in NEWSLETTER_SALUTATIONS:
        return ()
    if NEWSLETTER_SIGNER.match(text[name[0] : name[1]]) is None:
        return ()
    signed = [
        Boilerplate(text[words[0] : words[1]], Span(*words), "promo"),
        Boilerplate(text[name[0] : name[1]], Span(*name), "promo"),
    ]
    if line_end < 0:
        signed.extend(_signature_lines(text, blocks, index + 2))
    return tuple(signed)


#: The lines of a signature under the signer's name (post, organisation,
#: telephone, address) are at most this many, each at most this long.
_MAX_SIGNATURE_LINES = 5
_MAX_SIGNATURE_EXTRA = 80


def _signature_lines(text: str, blocks: Sequence[Block], index: int) -> list[Boilerplate]:
    """The lines of an e-mail's signature from ``blocks[index]`` to the end of
    the text, under the signer's name (``Press Officer`` / ``The Riverside
    Trust`` / ``07700 900123``): short lines of their own, no sentence; none
    when a block that is no such line follows.

    >>> from newsstruct._blocks import split_blocks
    >>> from newsstruct._boilerplate import _signature_lines
    >>> text = "Kind regards,\\n\\nJo Lee\\n\\nPress Officer\\n\\nAcme Trust\\n\\n020 7946 0000"
    >>> [b.text for b in _signature_lines(text, split_blocks(text), 2)]
    ['Press Officer', 'Acme Trust', '020 7946 0000']
    >>> text = "Kind regards,\\n\\nJo Lee\\n\\nPress Officer\\n\\nThe trust was founded in 1990."
    >>> _signature_lines(text, split_blocks(text), 2)
    []
    """
    if len(blocks) - index > _MAX_SIGNATURE_LINES:
        return []  # (asked before the slice: a long text's blocks are not copied)
    lines = []
    for start, end, _ in blocks[index:]:
        line = text[start:end]
        if len(line) > _MAX_SIGNATURE_EXTRA or "\n" in line or line[-1] in ".!?:;":
            return []
        lines.append(Boilerplate(line, Span(start, end), "promo"))
    return lines


def match_author_note(text: str, start: int, end: int) -> Boilerplate | None:
    """``text[start:end]`` as the note on the writer that ends an opinion piece,
    of kind ``credits``, or ``None``: a person's name (a listed first name),
    ``is`` and a role (``Jane Doe is a professor of law at Springfield
    University.``), or a name the text never gave before, ``is`` and a
    newsroom's role for an outlet (``Ramirez is a columnist for the Lakeshore
    Tribune.``).  (The caller tries it on the last paragraph only.)

    >>> from newsstruct._boilerplate import match_author_note
    >>> text = "Jane Q. Doe is a professor of law at Springfield University."
    >>> match_author_note(text, 0, len(text)).kind
    'credits'
    >>> text = "Acme Corp is a member of the Springfield Stock Exchange."
    >>> match_author_note(text, 0, len(text)) is None
    True

    A journalist's note whose name the story never gave, the surname alone
    too (the byline lost in the copy), is the writer's; a reporter the story
    is about is not:

    >>> text = "Rain fell.\\n\\nRamirez is a columnist for the Lakeshore Tribune."
    >>> match_author_note(text, 12, len(text)).kind
    'credits'
    >>> text = "Ramirez was freed.\\n\\nRamirez is a reporter for the Lakeshore Tribune."
    >>> match_author_note(text, 20, len(text)) is None
    True
    """
    if end - start > _MAX_BIO:
        return None
    block = text[start:end]
    if " is " not in block and "\t" not in block:
        return None  # (both notes read "is" between spaces after the name)
    found = BOILERPLATE_AUTHOR_NOTE.match(block)
    if found is not None:
        first = found.group("first").casefold()
        if first in MALE_FIRST_NAMES or first in FEMALE_FIRST_NAMES:
            return Boilerplate(block, Span(start, end), "credits")
    writer = BOILERPLATE_WRITER_NOTE.match(block)
    if writer is not None and writer.group("surname") not in text[:start]:
        # a journalist the story never names: its writer, the byline lost
        return Boilerplate(block, Span(start, end), "credits")
    return None


def match_footer(text: str, start: int, end: int) -> Boilerplate | None:
    """``text[start:end]``, a long block at the end of a page, as the outlet's
    footer, or ``None`` (the caller tries it on the last paragraphs only).

    The other rules read short blocks; a footer may be a long paragraph about
    the publisher (``About us``, its company registration, its rights) or a
    long row of links.  It is:

    * ``imprint`` when it holds two legal phrases of
      :data:`~newsstruct._data.boilerplate.FOOTER_PHRASES` (``Registered
      office``, ``company number``, ``All rights reserved``, ``©``), or one and
      two weaker words (:data:`~newsstruct._data.boilerplate.FOOTER_WORDS`:
      ``privacy policy``, ``published by``, `` Ltd``);
    * ``page`` when it is a row of at least six short links between bars or
      bullets, with no sentence.

    >>> from newsstruct._boilerplate import match_footer
    >>> text = ("The Planet is published by Planet Media Ltd, registered in England and "
    ...         "Wales, company number 01234567. Registered office: 1 High Street, "
    ...         "Springfield. Planet Media is regulated by the press standards body "
    ...         "and follows its code. \u00a9 2025 Planet Media Ltd. All rights reserved.")
    >>> match_footer(text, 0, len(text)).kind
    'imprint'
    >>> text = ("The company said all rights to the song were reserved for the estate, and "
    ...         "the court agreed on Monday. Lawyers for the family said they would appeal "
    ...         "the ruling, which they called unfair to the children of the singer, who "
    ...         "died in 2019 at his home outside the city.")
    >>> match_footer(text, 0, len(text)) is None
    True
    """
    if not _MIN_FOOTER < end - start <= _MAX_FOOTER:
        return None
    block = text[start:end]
    if any(map(block.__contains__, _FOOTER_GATE)):
        # (a cheap gate: every legal phrase holds one of these, as written)
        folded = block.casefold()
        strong = sum(1 for phrase in FOOTER_PHRASES if phrase in folded)
        if strong >= 2 or (
            strong == 1 and sum(1 for word in FOOTER_WORDS if word in folded) >= _MIN_FOOTER_WORDS
        ):
            return Boilerplate(block, Span(start, end), "imprint")
    if _link_row(block):
        return Boilerplate(block, Span(start, end), "page")
    return None


def _link_row(block: str) -> bool:
    """True when *block* is a row of short links between bars or bullets, no sentence.

    >>> from newsstruct._boilerplate import _link_row
    >>> _link_row("News | Sport | Business | Opinion | Weather | Puzzles | Contact")
    True
    >>> _link_row("He said | she said. It was late | nobody came.")
    False
    """
    for mark in _LINK_MARKS:
        if block.count(mark) >= _MIN_LINKS - 1:
            items = [item.strip() for item in block.split(mark)]
            return all(
                0 < len(item) <= _MAX_LINK and not item.endswith((".", "!", "?", ","))
                for item in items
            )
    return False


#: Fragments of :data:`~newsstruct._data.boilerplate.FOOTER_PHRASES` in the cases
#: they are written in: a block with none of them holds no legal phrase.
_FOOTER_GATE = (
    "\u00a9", "ights reserved", "IGHTS RESERVED", "egistered office", "egistered address",
    "egistered in", "ompany number", "ompany no", "ompany registration", "rading name",
    "e reproduced", "eproduction in", "ritten permission", "rior permission", "ABN ", "ACN ",
    "VAT n", "VAT N", "egistered trade",
)  # fmt: skip
#: A footer is longer than the short blocks the phrase rules read, and at most this long.
_MIN_FOOTER = _MAX_PHRASE_BLOCK
_MAX_FOOTER = 2000
#: A footer with one legal phrase holds at least this many weaker words.
_MIN_FOOTER_WORDS = 2
#: The marks between a footer's links, its least number of links and their greatest length.
_LINK_MARKS = ("|", "\u2022", "\u00b7")
_MIN_LINKS = 6
_MAX_LINK = 40


#: A press release's closing sections run over at most this many blocks.
_MAX_RELEASE_TAIL = 30
#: The headings that address the press (EDITOR_NOTE_HEADINGS), as a set.
_EDITOR_NOTE_HEADINGS = frozenset(EDITOR_NOTE_HEADINGS)
#: Blocks of the kinds a press release's closing sections keep as they are.
RELEASE_TAIL_KEEPS = frozenset({"copyright", "separator", "page"})


_CAPTION_WIDGETS = _folded(CAPTION_WIDGETS)
_RELEASE_WIRES = frozenset(_folded(RELEASE_WIRES))
#: The caption widgets that stand over a caption (the others stand under it).
_CAPTION_OPENERS = frozenset(_folded(CAPTION_OPENERS))


def caption_widget(block: str) -> str | None:
    """``"over"`` or ``"under"`` when *block* is a caption's page button, else ``None``.

    >>> from newsstruct._boilerplate import caption_widget
    >>> caption_widget("Enlarge this image"), caption_widget("toggle caption")
    ('over', 'under')
    >>> caption_widget("Image caption,")
    'over'
    >>> caption_widget("Enlarge the image of the car") is None
    True
    """
    folded = _fold(block.strip())
    if folded not in _CAPTION_WIDGETS:
        return None
    return "over" if folded in _CAPTION_OPENERS else "under"


#: An issuer's name over a release's status line has at most this many lines.
_MAX_ISSUER_LINES = 3

#: An issuer's name under a release's status line is at most this long.
_MAX_ISSUER_LINE = 80
_ISSUER_WORDS = frozenset(ISSUER_WORDS)


def issuer_under(text: str, blocks: Sequence[Block], index: int) -> bool:
    """Whether ``blocks[index + 1]`` names a release's issuer: one short
    capitalised line with no digit nor closing stop that holds a word of
    :data:`~newsstruct._data.boilerplate.ISSUER_WORDS`."""
    if index + 1 >= len(blocks):
        return False
    line = text[blocks[index + 1].start : blocks[index + 1].end]
    return (
        len(line) <= _MAX_ISSUER_LINE
        and line[:1].isupper()
        and "\n" not in line
        and line[-1] not in ".!?:;,"
        and ":" not in line  # a label's line: Contact: Press Office
        and not any(map(str.isdigit, line))
        and not _ISSUER_WORDS.isdisjoint(line.casefold().replace(",", " ").split())
    )


#: The value of a study's field under a science release has at most this many characters.
_MAX_PAPER_FIELD = 300


def issuer_label(line: str) -> bool:
    """Whether *line* (``release`` furniture) labels the issuer on the line
    under it: ``NEWS PROVIDED BY``, or ``From:`` on a government's page (gov.uk).

    >>> [issuer_label(line) for line in ("NEWS PROVIDED BY", "From:", "SOURCE Acme")]
    [True, True, False]
    """
    folded = line.rstrip(" \t:").casefold()
    return folded.endswith("provided by") or folded == "from" or folded in RELEASE_KIND_LABELS


def release_blocks(text: str, blocks: Sequence[Block], index: int, in_release: bool) -> int:
    """How many blocks from ``blocks[index]`` (``release`` boilerplate) are press-release furniture.

    ``NEWS PROVIDED BY`` takes the company's name under it; ``SOURCE Acme``
    and a contact line (``Media contact: Jo Lee, jo@acme.example``) take
    themselves.  In the body of a press release (*in_release*: a release
    wire's dateline, or ``NEWS PROVIDED BY``, above), a section heading
    (``About Acme``, ``Media Contact:``) takes every block to the end, when
    those hold a contact (an e-mail or web address, a phone number, the
    ``SOURCE`` line) or the heading is a legal notice's.  Otherwise the
    heading is no furniture (0: a sub-heading of a story).

    >>> from newsstruct._blocks import split_blocks
    >>> from newsstruct._boilerplate import release_blocks
    >>> text = "Sales rose.\\n\\nAbout Acme\\n\\nAcme makes robots.\\n\\nContact: jo@acme.example"
    >>> release_blocks(text, split_blocks(text), 1, True)
    3
    >>> release_blocks(text, split_blocks(text), 1, False)
    0
    >>> text = "Sales rose.\\n\\nAbout Time\\n\\nThe clock was late."
    >>> release_blocks(text, split_blocks(text), 1, True)
    0

    A government's release opens with its status and a contact over the
    headline, each furniture in any text:

    >>> text = "FOR IMMEDIATE RELEASE\\n\\nContact: Press Office\\n\\n(202) 555-0142\\n\\nAcme wins."
    >>> release_blocks(text, split_blocks(text), 0, False), release_blocks(text, split_blocks(text), 1, False)
    (1, 2)
    """
    start, end, _ = blocks[index]
    folded = _fold(text[start:end]).rstrip(" \t:")
    if issuer_label(folded):
        if index + 1 < len(blocks) and blocks[index + 1].end - blocks[index + 1].start <= 100:
            return 2
        return 1
    if text.startswith("SOURCE", start):
        return 1
    if (
        folded in PAPER_FIELD_LABELS
        and in_release  # (a science release's kind over its headline)
        and index + 1 < len(blocks)
        and blocks[index + 1].end - blocks[index + 1].start <= _MAX_PAPER_FIELD
    ):
        return 2  # a study's field and its value: Journal / Nature Geoscience
    if folded.startswith(("for immediate release", "for release")):
        # (a government's or a university's release opens with it), the issuer
        # under it: U.S. Attorney's Office, Central District of Illinois
        return 2 if issuer_under(text, blocks, index) else 1
    for below in blocks[index + 1 : index + 1 + _MAX_ISSUER_LINES]:
        if _fold(text[below.start : below.end]).startswith(
            ("for immediate release", "for release")
        ):
            return 1  # the issuer's name over the status: U.S. Attorney's Office
    if (
        index + 1 < len(blocks)
        and ":" not in text[start:end]
        and _fold(text[blocks[index + 1].start : blocks[index + 1].end]).startswith(PRESS_OFFICES)
    ):
        # the issuer's name over its press office's label: Bundesgerichtshof / Pressestelle
        return 1
    if (
        folded.startswith(_CONTACT_LABELS)
        and index + 1 < len(blocks)
        and _holds_contact(text[blocks[index + 1].start : blocks[index + 1].end])
    ):
        return 2  # Contact: Office of Communications / (202) 555-0142
    rest = len(blocks) - index
    if (
        folded.startswith(PRESS_OFFICES)
        and rest <= _MAX_SIGNATURE_LINES
        and len(_signature_lines(text, blocks, index + 1)) == rest - 1
    ):
        # a press office signing the text, its ministry's name under it:
        # Gabinete de Prensa / Ministerio de Sanidad
        return rest
    if folded in _EDITOR_NOTE_HEADINGS:
        in_release = True  # (only a release addresses editors: Notes to editors)
    if not in_release or rest > _MAX_RELEASE_TAIL:
        return 1 if _holds_contact(text[start:end]) else 0
    if "forward" in folded or "harbor" in folded:
        return rest
    for block in blocks[index:]:
        if _holds_contact(text[block.start : block.end]) or text.startswith("SOURCE ", block.start):
            return rest
    return 0


#: A clock time alone has at most this many characters (``22:41``).
_MAX_BARE_CLOCK = 5
#: A match's minute alone has at most this many characters (``90'+4'``), and
#: ends with one of these marks.
_MAX_MATCH_MINUTE = 8
_MINUTE_MARKS = frozenset("'\u2019")
#: A live blog's bare times: at least this many in the text.
_MIN_LIVE_TIMES = 2


def live_times(text: str, blocks: Sequence[Block]) -> dict[int, str]:
    """The blocks that are a live blog's times between its posts: a clock time
    alone (``22:41``, :data:`~newsstruct._patterns.BOILERPLATE_BARE_CLOCK`),
    by index, each ``timestamp``, when the text holds two or more of them (one
    time alone may be a figure of the story; :func:`match_boilerplate` reads a
    time with its zone or ``a.m.`` alone: ``22:41 BST``).

    >>> from newsstruct._blocks import split_blocks
    >>> from newsstruct._boilerplate import live_times
    >>> text = "Live\\n\\n22:41\\n\\nPolls closed.\\n\\n22:15\\n\\nTurnout rose."
    >>> live_times(text, split_blocks(text))
    {1: 'timestamp', 3: 'timestamp'}
    >>> text = "Train times\\n\\n8:30\\n\\nThe first train leaves then."
    >>> live_times(text, split_blocks(text))
    {}
    """
    found = {
        at: "timestamp"
        for at, (start, end, _) in enumerate(blocks)
        if end - start <= _MAX_MATCH_MINUTE
        and text[start].isdigit()
        and _bare_time(text, start, end)
    }
    return found if len(found) >= _MIN_LIVE_TIMES else {}


def _bare_time(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a clock time alone (``22:41``) or a
    match's minute alone, as a sports ticker sets it over each update (``78'``,
    ``90'+4'``: :data:`~newsstruct._patterns.BOILERPLATE_MATCH_MINUTE`).

    >>> from newsstruct._boilerplate import _bare_time
    >>> [_bare_time(t, 0, len(t)) for t in ("22:41", "78'", "90'+4'", "45+2'", "1990'", "78")]
    [True, True, True, True, False, False]
    """
    if text[end - 1] in _MINUTE_MARKS:
        return BOILERPLATE_MATCH_MINUTE.match(text, start, end) is not None
    return (
        end - start <= _MAX_BARE_CLOCK
        and BOILERPLATE_BARE_CLOCK.match(text, start, end) is not None
    )


#: A row of a table laid out with spaces has at most this many characters and
#: at least this many cells, each of at most this many characters; a table has
#: at least this many rows (its head row and two), two of them ending in a figure.
_MAX_TABLE_ROW = 160
_MIN_TABLE_CELLS = 3
_MAX_TABLE_CELL = 40
_MIN_TABLE_ROWS = 3
_MIN_TABLE_FIGURES = 2


def _table_row(line: str) -> tuple[bool, bool] | None:
    """Whether *line* is a table's row (three short cells or more, set apart by
    two spaces or more), and whether its last cell holds a figure; ``None`` when
    it is no row."""
    if len(line) > _MAX_TABLE_ROW or ("  " not in line and "\t" not in line):
        return None
    cells = TABLE_COLUMN_GAP.split(line.strip())
    if len(cells) < _MIN_TABLE_CELLS or any(len(cell) > _MAX_TABLE_CELL for cell in cells):
        return None
    return True, any(map(str.isdigit, cells[-1]))


def aligned_tables(text: str, blocks: Sequence[Block]) -> dict[int, str]:
    """The blocks that are the rows of a plain-text table of figures laid out
    with spaces (an earnings table, election results copied from a page or a
    wire), by index, each ``table``: three rows or more in a row, one line each,
    of three cells or more set apart by two spaces or more, no cell longer than
    :data:`_MAX_TABLE_CELL`, two rows or more ending in a figure.  (Prose with
    two spaces after its full stops has long cells and no such rows.)

    >>> from newsstruct._blocks import split_blocks
    >>> text = "Results\\n\\nTeam    P   Pts\\nRovers   10   24\\nUnited   10   19\\n\\nRovers lead."
    >>> aligned_tables(text, split_blocks(text))
    {1: 'table'}
    >>> text = "He left.  She stayed.  It rained.\\n\\nThen he came back to the house and sat down."
    >>> aligned_tables(text, split_blocks(text))
    {}
    """
    found: dict[int, str] = {}
    run: list[int] = []
    rows = figures = 0
    for at, (start, end, _) in enumerate([*blocks, Block(len(text), len(text), False)]):
        gapped = text.find("  ", start, end) >= 0 or text.find("\t", start, end) >= 0
        lines = [_table_row(line) for line in text[start:end].split("\n")] if gapped else [None]
        if all(lines):  # (a block of rows, or a row alone)
            run.append(at)
            rows += len(lines)
            figures += sum(row[1] for row in lines if row)
            continue
        if rows >= _MIN_TABLE_ROWS and figures >= _MIN_TABLE_FIGURES:
            found.update(dict.fromkeys(run, "table"))
            if run[0] > 1 and _table_title(text, blocks[run[0] - 1]):
                found[run[0] - 1] = "table"  # its title over it: Highlights (EUR million)
        run, rows, figures = [], 0, 0
    return found


#: A table of contents lists at least this many entries and at most this many.
_MIN_CONTENTS_ENTRIES = 2
_MAX_CONTENTS_ENTRIES = 30


def contents_lists(text: str, blocks: Sequence[Block]) -> dict[int, str]:
    """The blocks of a long story's table of contents, by index, each ``page``:
    a heading alone (``Contents``, ``In this article``; see
    :data:`~newsstruct._data.boilerplate.CONTENTS_HEADINGS`) and the numbered or
    bulleted one-line entries under it, two or more, with no sentence's stop
    at their ends (a list of points in the story ends its items with stops).

    >>> from newsstruct._blocks import split_blocks
    >>> text = "Contents\\n\\n1. What has changed\\n\\n2. Who decides?\\n\\nThe rules changed."
    >>> contents_lists(text, split_blocks(text))
    {0: 'page', 1: 'page', 2: 'page'}
    >>> text = "Contents\\n\\n1. The rules have changed.\\n\\n2. Councils decide.\\n\\nThat is all."
    >>> contents_lists(text, split_blocks(text))
    {}
    """
    found: dict[int, str] = {}
    for at, (start, end, _) in enumerate(blocks):
        if end - start > _MAX_CONTENTS_HEADING or not CONTENTS_HEADING.match(text[start:end]):
            continue
        entries = []
        for entry in range(at + 1, min(len(blocks), at + 1 + _MAX_CONTENTS_ENTRIES)):
            lines = text[blocks[entry].start : blocks[entry].end].split("\n")
            if not all(map(CONTENTS_ENTRY.match, lines)):
                break
            entries.append(entry)
        if len(entries) >= _MIN_CONTENTS_ENTRIES or (
            entries and "\n" in text[blocks[entries[0]].start : blocks[entries[0]].end]
        ):
            found.update(dict.fromkeys([at, *entries], "page"))
    return found


#: A table of contents' heading has at most this many characters.
_MAX_CONTENTS_HEADING = 30


#: A table's title over it has at most this many characters and words.
_MAX_TABLE_TITLE = 60
_MAX_TABLE_TITLE_WORDS = 8


def _table_title(text: str, block: Block) -> bool:
    """True when *block* is a table's title, right over its rows: one short
    line of a few words, capitalised, with no sentence's end (``Third quarter
    highlights (NOK million)``; not ``Results were as follows:``, nor a sentence
    with no full stop: ``It gave this breakdown for crude output, in mln bpd``).

    >>> from newsstruct._blocks import Block
    >>> from newsstruct._boilerplate import _table_title
    >>> _table_title("Highlights (EUR million)", Block(0, 24, False))
    True
    >>> _table_title("The results were as follows:", Block(0, 28, False))
    False
    >>> _table_title("It gave this breakdown for OPEC crude output, in mln bpd", Block(0, 56, False))
    False
    """
    line = text[block.start : block.end].rstrip()
    return (
        0 < len(line) <= _MAX_TABLE_TITLE
        and "\n" not in line
        and line[0].isupper()
        and len(line.split()) <= _MAX_TABLE_TITLE_WORDS
        and line[-1] not in '.:!?;,"\u201d\u2019'
    )


#: A credits block's line (a role and its name) has at most this many
#: characters and its role at most this many words; a block has at least
#: this many such lines.
_MAX_CREDIT_ROW = 80
_MAX_CREDIT_ROLE_WORDS = 4
_MIN_CREDIT_ROWS = 3


def credits_block(text: str, blocks: Sequence[Block]) -> dict[int, str]:
    """The blocks that close *text* as a review's credits, by index, each
    ``credits``: a heading of :data:`~newsstruct._data.boilerplate.CREDITS_BLOCK_HEADINGS`
    (``Cast and credits``) and, to the end, three lines or more of a role and
    its name after a colon (``Director: Jane Doe``), each a block or lines of one.

    >>> from newsstruct._blocks import split_blocks
    >>> from newsstruct._boilerplate import credits_block
    >>> text = "It is good.\\n\\nCredits\\n\\nDirector: Jo Lee\\n\\nWriter: Al Roe\\n\\nMary: Di Poe"
    >>> credits_block(text, split_blocks(text))
    {1: 'credits', 2: 'credits', 3: 'credits', 4: 'credits'}
    >>> text = "It is good.\\n\\nCredits\\nDirector: Jo Lee\\nWriter: Al Roe\\nMary: Di Poe"
    >>> credits_block(text, split_blocks(text))
    {1: 'credits', 2: 'credits'}
    >>> text = "It is good.\\n\\nDirector: Jo Lee\\n\\nWriter: Al Roe\\n\\nMary: Di Poe"
    >>> credits_block(text, split_blocks(text))
    {}
    """
    rows = 0
    at = len(blocks) - 1
    while at > 0:
        start, end, _ = blocks[at]
        lines = text[start:end].split("\n")
        if not all(map(_credit_row, lines)):
            break
        rows += len(lines)
        at -= 1
    if rows < _MIN_CREDIT_ROWS or at < 1:
        return {}
    start, end, _ = blocks[at]
    if text[start:end].strip().rstrip(":").casefold() not in CREDITS_BLOCK_HEADINGS:
        return {}
    return dict.fromkeys(range(at, len(blocks)), "credits")


def review_facts(text: str, blocks: Sequence[Block]) -> dict[int, str]:
    """The blocks that close *text* as a review's facts box, by index, each
    ``page``: to the end, three lines or more of a review's fields
    (:data:`~newsstruct._patterns.HEADLINE_REVIEW_INFO`: ``Address: 412 Harbor
    St.``, ``Hours: ...``, ``Prices: ...``, ``Verdict: ...``), each a block or
    lines of one, and the name over them on the line right above (``Salt &
    Ember``: a short capitalised line with no sentence's end).

    >>> from newsstruct._blocks import split_blocks
    >>> from newsstruct._boilerplate import review_facts
    >>> text = "It is good.\\n\\nSalt\\nAddress: 4 Main St.\\nHours: 5 to 10 p.m.\\nVerdict: Go."
    >>> review_facts(text, split_blocks(text))
    {1: 'page', 2: 'page', 3: 'page', 4: 'page'}
    >>> text = "It is good.\\n\\nAddress: 4 Main St.\\nHours: 5 to 10 p.m."
    >>> review_facts(text, split_blocks(text))
    {}
    """
    rows = 0
    at = len(blocks) - 1
    while at > 0 and rows <= _MAX_REVIEW_FACTS:
        start, end, _ = blocks[at]
        lines = text[start:end].split("\n")
        if not all(HEADLINE_REVIEW_INFO.match(line) for line in lines):
            break
        rows += len(lines)
        at -= 1
    if rows < _MIN_CREDIT_ROWS or rows > _MAX_REVIEW_FACTS:
        return {}
    start, end, _ = blocks[at]
    name = text[start:end]
    if (
        at > 0
        and len(name) <= _MAX_AGATE_LABEL
        and name[:1].isupper()
        and name[-1:].isalnum()
        and len(name.split()) <= _MAX_CREDIT_ROLE_WORDS + 1
        and text.count("\n", end, blocks[at + 1].start) == 1
    ):
        at -= 1  # the venue's name over its facts: Salt & Ember
    return dict.fromkeys(range(at + 1, len(blocks)), "page")


#: A review's facts box closing it has at most this many lines.
_MAX_REVIEW_FACTS = 12


def forum_thread(text: str, blocks: Sequence[Block]) -> dict[int, str]:
    """The blocks of a forum's comments under a post copied from its page
    (Reddit), by index, each ``page``: from the first comment's depth alone
    (``level 1``) to the end, when a comment's buttons (``Reply Share``,
    :data:`~newsstruct._patterns.BOILERPLATE_FORUM`) follow it.

    >>> from newsstruct._blocks import split_blocks
    >>> from newsstruct._boilerplate import forum_thread
    >>> text = "Ports shut.\\n\\nlevel 1\\n\\njo_lee\\n\\nGood.\\n\\nReply Share"
    >>> forum_thread(text, split_blocks(text))
    {1: 'page', 2: 'page', 3: 'page', 4: 'page'}
    >>> text = "Ports shut.\\n\\nlevel 1\\n\\nThe first level of the port is shut."
    >>> forum_thread(text, split_blocks(text))
    {}
    """
    first = -1
    for index, (start, end, _) in enumerate(blocks):
        line = text[start:end]
        if first < 0:
            if line == _FIRST_COMMENT:
                first = index
        elif len(line) <= _MAX_FORUM_LINE and (
            line.startswith(_COMMENT_BUTTONS) and BOILERPLATE_FORUM.match(line)
        ):
            return dict.fromkeys(range(first, len(blocks)), "page")
    return {}


def author_card(text: str, blocks: Sequence[Block]) -> dict[int, str]:
    """The blocks of a blogging site's footer under a post (Medium), by index:
    the post's topics (short capitalised lines, ``page``) over the rule before
    the claps (``--``), and the writer's card from ``Written by Jane Doe`` to
    the end (the counts and buttons as :func:`boilerplate_kind` reads them,
    the writer's note ``credits``), when the card is short and the rule is
    over it (a byline's ``Written by`` over a short story stays).

    >>> from newsstruct._blocks import split_blocks
    >>> from newsstruct._boilerplate import author_card
    >>> text = "Ports shut.\\n\\nShipping\\n\\nTrade\\n\\n--\\n\\nWritten by Jo Lee\\n\\nJo writes."
    >>> sorted(author_card(text, split_blocks(text)).items())
    [(1, 'page'), (2, 'page'), (4, 'credits'), (5, 'credits')]
    >>> text = "Ports shut\\n\\nWritten by Jo Lee\\n\\nThe port shut.\\n\\n--\\n\\nIt may reopen."
    >>> author_card(text, split_blocks(text))
    {}
    """
    card = -1
    for index in range(len(blocks) - 1, max(len(blocks) - _MAX_CARD_BLOCKS, 0) - 1, -1):
        start, end, _ = blocks[index]
        if end - start > _MAX_CARD_LINE:
            return {}
        if (
            text.startswith(_CARD_OPENING, start)
            and len(text[start:end].split()) <= _MAX_CARD_WORDS
        ):
            card = index
            break
    if card < 1 or not any(
        text[blocks[above].start : blocks[above].end] == _CLAPS_RULE
        for above in range(max(card - _MAX_CLAPS_LINES, 0), card)
    ):
        return {}  # (no rule over the card: a byline's Written by, over the story)
    found: dict[int, str] = {}
    for index in range(card, len(blocks)):
        start, end, _ = blocks[index]
        found[index] = boilerplate_kind(text[start:end]) or "credits"
    # the topics over the rule before the claps (--), under the story
    rule = card - 1
    while rule > 0 and text[blocks[rule].start : blocks[rule].end] != _CLAPS_RULE:
        if blocks[rule].end - blocks[rule].start > _MAX_CARD_LINE or rule < card - _MAX_CARD_BLOCKS:
            return found
        rule -= 1
    index = rule - 1
    while index > 0 and _topic_line(text[blocks[index].start : blocks[index].end]):
        found[index] = "page"
        index -= 1
    return found


def _topic_line(line: str) -> bool:
    """True when *line* is a post's topic: a few capitalised words, no mark."""
    words = line.split()
    return 0 < len(words) <= _MAX_TOPIC_WORDS and all(
        word[:1].isupper() and word.replace("-", "").isalpha() for word in words
    )


#: The line that opens a blogging site's card on the writer (``Written by Jane Doe``).
_CARD_OPENING = "Written by "
#: The card and its lines: at most this many blocks, each at most this many
#: characters; its opening line at most this many words.
_MAX_CARD_BLOCKS = 8
_MAX_CARD_LINE = 300
_MAX_CARD_WORDS = 6
#: The rule over the claps and the card (``--``), at most this many blocks over the card.
_CLAPS_RULE = "--"
_MAX_CLAPS_LINES = 3
#: A post's topic has at most this many words (``Local News``).
_MAX_TOPIC_WORDS = 3


#: The depth of a forum's first comment alone on its line.
_FIRST_COMMENT = "level 1"
#: A comment's buttons open with one of these.
_COMMENT_BUTTONS = ("Reply", "reply", "Share", "share")


def _credit_row(line: str) -> bool:
    """True when *line* is a role and its name after a colon (``Director: Jane Doe``)."""
    role, colon, name = line.strip().partition(":")
    return (
        bool(colon)
        and len(line) <= _MAX_CREDIT_ROW
        and role[:1].isupper()
        and len(role.split()) <= _MAX_CREDIT_ROLE_WORDS
        and bool(name.strip())
    )


#: A participants list's heading has at most this many characters, and at
#: most this many blocks of rows follow it.
_MAX_PARTICIPANT_HEADING = 40
_MAX_PARTICIPANT_ROWS = 40


def participants_lists(text: str, blocks: Sequence[Block]) -> dict[int, str]:
    """The blocks of a call transcript's participants lists, by index, each
    ``credits``: a heading of :data:`~newsstruct._data.boilerplate.PARTICIPANT_HEADINGS`
    alone (``Company Participants``, ``Conference Call Participants``) and
    the rows under it, one or more, each a name (two to four capitalised
    words) perhaps with its role or firm after a spaced dash or a comma
    (``Jane Doe - Chief Executive Officer``), each a block or lines of one.

    >>> from newsstruct._blocks import split_blocks
    >>> text = "Company Participants\\n\\nJo Lee - CEO\\nAl Roe - CFO\\n\\nOperator\\n\\nHello."
    >>> participants_lists(text, split_blocks(text))
    {0: 'credits', 1: 'credits', 2: 'credits'}
    >>> text = "Participants\\n\\nThe forum drew 300 people.\\n\\nJo Lee - CEO"
    >>> participants_lists(text, split_blocks(text))
    {}
    """
    found: dict[int, str] = {}
    # (each block read as rows once, not once per heading over it: the blocks from
    # the last heading's first row up to *row* are rows, *bad* is none, and the
    # rows up to *added* are found)
    row = added = 0
    bad = -1
    for at, (start, end, _) in enumerate(blocks):
        if (
            end - start > _MAX_PARTICIPANT_HEADING
            or text[start:end].strip().rstrip(":").casefold() not in PARTICIPANT_HEADINGS
        ):
            continue
        row = max(row, at + 1)
        while row < min(len(blocks), at + 1 + _MAX_PARTICIPANT_ROWS) and row != bad:
            lines = text[blocks[row].start : blocks[row].end].split("\n")
            if not all(map(BOILERPLATE_PARTICIPANT.match, lines)):
                bad = row
                break
            row += 1
        if row > at + 1:
            found.setdefault(at, "credits")
            found.update(dict.fromkeys(range(max(at + 1, added), row), "credits"))
            added = row
    return found


def participant_names(text: str, blocks: Sequence[Block], found: Iterable[int]) -> frozenset[str]:
    """The names in the rows of the participants lists that :func:`participants_lists`
    *found* among *blocks* (its headings give none).

    >>> from newsstruct._blocks import split_blocks
    >>> text = "Company Participants\\n\\nJo Lee - CEO\\nAl Roe - CFO\\n\\nOperator\\n\\nHello."
    >>> sorted(participant_names(text, split_blocks(text), [0, 1, 2]))
    ['Al Roe', 'Jo Lee']
    """
    names: set[str] = set()
    for at in found:
        start, end, _ = blocks[at]
        for line in text[start:end].split("\n"):
            row = BOILERPLATE_PARTICIPANT.match(line)
            if row is not None and line.strip().rstrip(":").casefold() not in PARTICIPANT_HEADINGS:
                names.add(row.group("name"))
    return frozenset(names)


#: A match report's line-ups close it in at least this many lines.
_MIN_LINE_UPS = 2


#: A results page has at least this many rows (:data:`~newsstruct._patterns.AGATE_ROW`) ...
_MIN_AGATE_ROWS = 3
#: ... each at most this long; a label over its rows at most this long and of
#: at most this many words, and at most this many labels over one run of rows
#: (the sport's over the division's: HIGH SCHOOL BASKETBALL / Boys).
_MAX_AGATE_ROW = 700
_MAX_AGATE_LABEL = 40
_MAX_AGATE_LABEL_WORDS = 4
_MAX_AGATE_LABELS = 2
#: The endings of a row: a score's figure, its bracket, a game's time.
_AGATE_ROW_LAST = frozenset("0123456789)m")
#: What comes before a row's full stop: a box score's last figure, a time's ``p.m.``.
_AGATE_BEFORE_STOP = frozenset("0123456789m")


def results_rows(text: str, blocks: Sequence[Block]) -> dict[int, str]:
    """The blocks of a results page (the agate of a sports page), by index, each
    ``table``: its rows, one line each (:data:`~newsstruct._patterns.AGATE_ROW`:
    a game's score ``Central 64, Northfield 58``, a team's box score
    ``NORTHFIELD (58): Jones 4 2-2 11, ...``, a game to come ``Harmon Prep at
    Ridgeview, 7 p.m.``), the notes under a box score (``Halftime: Central
    30-27.``), and the short labels right over a run of rows (``HIGH SCHOOL
    BASKETBALL`` / ``Boys``; never the first block), when the text holds
    :data:`_MIN_AGATE_ROWS` rows or more.  A story among them stays the story.

    >>> from newsstruct._blocks import split_blocks
    >>> from newsstruct._boilerplate import results_rows
    >>> text = (
    ...     "Friday's scores\\n\\nGirls\\n\\nAlder 52, Birch 40\\nCedar 61, Dunmore 58 (OT)\\n\\n"
    ...     "Alder won its tenth game in a row on Friday night at home.\\n\\n"
    ...     "Saturday\\n\\nBirch at Cedar, 7 p.m."
    ... )
    >>> sorted(results_rows(text, split_blocks(text)).items())
    [(1, 'table'), (2, 'table'), (3, 'table'), (5, 'table'), (6, 'table')]
    >>> results_rows("Scores\\n\\nAlder 52, Birch 40\\n\\nAlder won.", split_blocks(
    ...     "Scores\\n\\nAlder 52, Birch 40\\n\\nAlder won."))
    {}
    """
    rows: list[int] = []
    for at, (start, end, _) in enumerate(blocks):
        last = text[end - 1]
        # (the cheap test first: a row ends in a figure, a bracket or a time's m,
        # its full stop after one of these; most paragraphs end otherwise)
        row_end = text[end - 2] in _AGATE_BEFORE_STOP if last == "." else last in _AGATE_ROW_LAST
        note = bool(rows) and rows[-1] == at - 1 and (row_end or last == ".")
        if (
            (row_end or note)
            and at
            and end - start <= _MAX_AGATE_ROW
            and (text[start].isupper() or text[start].isdigit())  # (1. Jo Lind (NOR) 2:03:11.4)
            and text.find("\n", start, end) < 0
            and (
                (row_end and AGATE_ROW.match(text, start, end) is not None)
                or (note and AGATE_NOTE.match(text, start, end) is not None)
            )
        ):
            rows.append(at)
    if len(rows) < _MIN_AGATE_ROWS:
        return {}
    found = dict.fromkeys(rows, "table")
    for at in rows:
        label = at - 1
        while label > 0 and at - label <= _MAX_AGATE_LABELS and label not in found:
            start, end, _ = blocks[label]
            line = text[start:end]
            words = line.split()
            if (
                end - start > _MAX_AGATE_LABEL
                or not line[0].isupper()
                or not (line[-1].isalpha() or (line[-1] == ":" and line[-2:-1].isalpha()))
                or "\n" in line
                or len(words) > _MAX_AGATE_LABEL_WORDS
                # (a figure only in a word with letters: Men's 50km mass start, Clasificación:)
                or any(
                    word.isdigit() or (word[:1].isdigit() and word[-1:].isdigit()) for word in words
                )
            ):
                break
            found[label] = "table"
            label -= 1
    return found


def score_summaries(text: str, blocks: Sequence[Block]) -> dict[int, str]:
    """The blocks of a game story's score summary, by index, each ``table``: a
    line after the story's first block with the final score or the standings
    after their label (:data:`~newsstruct._patterns.SCORE_SUMMARY`: ``Final:
    Lions 3, Bears 1``, ``North Division standings: Lions 42 pts, Hawks 39,
    Bears 35``).

    >>> from newsstruct._blocks import split_blocks
    >>> from newsstruct._boilerplate import score_summaries
    >>> text = "The Lions won.\\n\\nFinal: Lions 3, Bears 1\\n\\nFinal: the Lions won 3-1."
    >>> score_summaries(text, split_blocks(text))
    {1: 'table'}
    """
    found: dict[int, str] = {}
    for at, (start, end, _) in enumerate(blocks):
        if (
            at
            and end - start <= _MAX_SCORE_SUMMARY
            and text[end - 1] in _AGATE_ROW_LAST_OR_STOP
            and text.find(":", start, end) >= 0
            and text.find("\n", start, end) < 0
            and SCORE_SUMMARY.match(text, start, end) is not None
        ):
            found[at] = "table"
    return found


#: A score summary has at most this many characters; it ends with a figure, a
#: bracket, ``pts`` or a full stop.
_MAX_SCORE_SUMMARY = 300
_AGATE_ROW_LAST_OR_STOP = frozenset("0123456789).st")


def match_data(text: str, blocks: Sequence[Block]) -> dict[int, str]:
    """The blocks of a match report's data, by index, each ``table``: the
    line-ups that close it, two lines or more, each a team and five to 25
    names after commas, or the referee
    (:data:`~newsstruct._patterns.BOILERPLATE_LINE_UP`: ``Rovers: Hale, Birch,
    Andrews, Cole, Price.``, ``Referee: Jane Doe.``), and its score line set
    apart, the scorers perhaps in brackets, and the crowd under it (``Rovers 3
    (Okafor 12, 58) United 1 (Marsh 40)`` / ``Att: 18,204``); both must be there
    (line-ups with no score line set apart stay the story's last paragraphs).

    >>> from newsstruct._blocks import split_blocks
    >>> text = (
    ...     "Rovers 2 (Lee 3, 9) United 0\\n\\nRovers won the derby on Saturday.\\n\\n"
    ...     "Rovers: Hale, Birch, Cole, Price, Dunne.\\nUnited: Fenn, Gates, Marsh, Tully, Ware."
    ... )
    >>> sorted(match_data(text, split_blocks(text)).items())
    [(0, 'table'), (2, 'table'), (3, 'table')]
    >>> match_data("Rovers 2 United 0\\n\\nRovers won the derby on Saturday.", split_blocks(
    ...     "Rovers 2 United 0\\n\\nRovers won the derby on Saturday."))
    {}
    """
    found: dict[int, str] = {}
    rows = 0
    at = len(blocks) - 1
    while at > 0:
        start, end, _ = blocks[at]
        lines = text[start:end].split("\n")
        if not all(map(BOILERPLATE_LINE_UP.match, lines)):
            break
        rows += len(lines)
        found[at] = "table"
        at -= 1
    if rows < _MIN_LINE_UPS:
        return {}
    scored = False
    for index in range(at + 1):
        start, end, _ = blocks[index]
        if end - start > _MAX_SCORE_BLOCK or not text[start].isupper():
            continue
        lines = text[start:end].split("\n")
        if BOILERPLATE_SCORE_LINE.match(lines[0]) and all(
            BOILERPLATE_SCORE_LINE.match(line) or BOILERPLATE_ATTENDANCE.match(line)
            for line in lines[1:]
        ):
            found[index] = "table"
            scored = True
            if index + 1 <= at and BOILERPLATE_ATTENDANCE.match(
                text[blocks[index + 1].start : blocks[index + 1].end]
            ):
                found[index + 1] = "table"  # the crowd on its own line under it
    # (line-ups with no score line set apart are the story's last paragraphs)
    return found if scored else {}


#: A block of score lines has at most this many characters.
_MAX_SCORE_BLOCK = 400


#: The labels of a release's contact line, case folded.
_CONTACT_LABELS = ("contact:", "contacts:", "media contact:", "press contact:")


#: A press release's end mark, case folded, with the dashes, spaces and
#: brackets around it stripped (``-30-``, ``- ENDS -``); ``###`` is another.
_RELEASE_END_MARKS = frozenset({"30", "ends", "end"})
_END_MARK_STRIP = " \t-\u2013\u2014()"
_RELEASE_HEADINGS = frozenset(_folded(RELEASE_HEADINGS))
#: Outside a known press release, the lines after an end mark are its contact
#: lines only when none is longer than this.
_MAX_CONTACT_LINE = 160


def release_end_mark(text: str, blocks: Sequence[Block], index: int, in_release: bool) -> int:
    """How many blocks after ``blocks[index]``, a press release's end mark
    (``-30-``, ``###``, ``- ENDS -``), are the release's furniture: all of them
    to the end of the text (a contact, ``For more information:``, notes to
    editors), when the text is a press release (*in_release*) or those blocks,
    short lines all, hold a contact or open with a release's heading; else 0.

    >>> from newsstruct._blocks import split_blocks
    >>> from newsstruct._boilerplate import release_end_mark
    >>> text = "Sales rose.\\n\\n-30-\\n\\nFor more information:\\n\\nCity Hall"
    >>> release_end_mark(text, split_blocks(text), 1, False)
    2
    >>> text = "Sales rose.\\n\\n* * *\\n\\nFor more information:"
    >>> release_end_mark(text, split_blocks(text), 1, True)
    0
    """
    start, end, _ = blocks[index]
    mark = text[start:end].strip()
    rest = len(blocks) - index - 1
    if not 0 < rest <= _MAX_RELEASE_TAIL or not (
        (len(mark) >= 3 and mark.replace(" ", "").strip("#") == "")
        or mark.strip(_END_MARK_STRIP).casefold() in _RELEASE_END_MARKS
    ):
        return 0
    if in_release:
        return rest
    if any(block.end - block.start > _MAX_CONTACT_LINE for block in blocks[index + 1 :]):
        return 0  # (a paragraph: another story after a wire's end mark)
    for block in blocks[index + 1 :]:
        line = text[block.start : block.end]
        if _holds_contact(line) or _fold(line).rstrip(" \t:") in _RELEASE_HEADINGS:
            return rest
    return 0


def release_wire(agency: str | None) -> bool:
    """True when *agency* (a dateline's) is a press-release wire: ``PRNewswire``, ``BUSINESS WIRE``.

    >>> from newsstruct._boilerplate import release_wire
    >>> release_wire("GLOBE NEWSWIRE"), release_wire("Reuters"), release_wire(None)
    (True, False, False)
    """
    return agency is not None and agency.strip("/ ").casefold() in _RELEASE_WIRES


def _holds_contact(block: str) -> bool:
    """True when *block* holds an e-mail or web address or a phone number."""
    if "@" in block or "www." in block or "http" in block:
        return True
    digits = 0
    for char in block:
        if char.isdigit():
            digits += 1
            if digits >= 7:
                return True
        elif char not in " -.()+\u2013":
            digits = 0
    return False


def find_boilerplate(text: str) -> tuple[Boilerplate, ...]:
    """Every boilerplate block in *text*, with its kind.

    Each block (paragraph or line, see :doc:`paragraphs`) is tested whole;
    a sign-off or credit line glued to the end of the text is found too.
    A *text* that is no ``str`` raises
    :class:`~newsstruct.exceptions.InputTypeError`.

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

    Markdown is read around the words, as :func:`~newsstruct.parse_article`
    reads it: a site's navigation row is ``page`` boilerplate, a link alone
    on its line (another story) ``related``; texts as written.

    >>> [(b.text, b.kind) for b in find_boilerplate(
    ...     "[Home](/) | [News](/news)\\n\\n- [Rates rise](/b)\\n\\n_Copyright 2025 Example News_"
    ... )]
    [('[Home](/) | [News](/news)', 'page'), ('- [Rates rise](/b)', 'related'), ('Copyright 2025 Example News', 'copyright')]
    """
    text = check_text(text)

    def read(text: str, blocks: ReadBlocks) -> tuple[Boilerplate, ...]:
        return guarded((), _boilerplate_of, text, blocks)

    return read_as_written(text, read, furniture=True)


def _boilerplate_of(text: str, blocks: Sequence[Block] | None = None) -> tuple[Boilerplate, ...]:
    from newsstruct._blocks import split_blocks

    blocks = split_blocks(text) if blocks is None else blocks
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
