"""Bylines: ``By Cal Mankowski, Reuters``, ``Von X und Y, dpa``, ``Reporting by X; Editing by Y``.

A byline is a short block that opens with a lead word (``By``, ``BY``,
``by``, German ``Von``, Spanish and Portuguese ``Por``, French ``Par``,
Dutch ``Door``, Italian ``Di``, Scandinavian ``Av``/``Af``) followed by
names separated by commas, ``and``/``und``/``y``/``et``/``e``, ``&`` or
line breaks, bars or spaced dashes.  Segments that name a desk or a role
(``Reuters``, ``dpa``, ``Associated Press Writer``, ``Staff Reporter``) are
kept in the text but not in :attr:`~newsstruct.Byline.names`, also when they
follow a name without a comma (``By JOSH BOAK AP Economics Writer``); a place
or paper after a name (``Marco Krefting in Berlin``, ``Jane Doe of The New
York Times``) is dropped from the name; dates, times and handles are skipped;
a desk glued to the name when a page was copied (``Jane DoeCity Hall Bureau``)
is cut off at a listed desk word.
Every other segment must read as a person's name, else the block is not a
byline.

Wire credit lines (``Reporting by X; Additional reporting by Y; Editing by
Z``, with or without brackets) are read as bylines too: their writers'
names, in order (the desk's, ``Editing by Z``, are no writers' and are left
out).  In an article such a line at the
end is boilerplate of kind ``credits``, whose names feed the byline when the
story has none at the top.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsstruct._blocks import trim
from newsstruct._data.agencies import is_agency
from newsstruct._data.boilerplate import CREDIT_ROLES, CREDIT_ROLES_INTL, DESK_CREDIT_ROLES
from newsstruct._data.desks import DESK_LEADS, DESK_WORDS, NAME_PREFIXES
from newsstruct._data.first_names import (
    FEMALE_FIRST_NAMES,
    MALE_FIRST_NAMES,
    UNISEX_FIRST_NAMES,
)
from newsstruct._data.gazetteer import COUNTRIES, is_known_place
from newsstruct._data.kickers import SECTION_NAMES, STANDING_HEADS
from newsstruct._data.outlets import PAPER_NOUNS, is_outlet
from newsstruct._data.places import STATE_WORDS, US_STATE_NAMES
from newsstruct._data.reporter_titles import KOREAN_REPORTER_TITLES
from newsstruct._data.staff_labels import BYLINE_LABELS, FILED_FROM_LABELS
from newsstruct._data.titles import ORGANISATION_WORDS, ROLE_WORDS
from newsstruct._guard import guarded
from newsstruct._markdown import ReadBlocks, read_as_written
from newsstruct._model import Boilerplate, Byline, Span
from newsstruct._options import check_text
from newsstruct._patterns import (
    BOILERPLATE_DATE_LINE,
    BOILERPLATE_TIMESTAMP,
    BYLINE_CREDIT_ROLE,
    BYLINE_DATE_HEAD,
    BYLINE_DATE_TAIL,
    BYLINE_DATED,
    BYLINE_DAY_FIRST_TAIL,
    BYLINE_DOTTED_LEAD,
    BYLINE_EQUALS_LEAD,
    BYLINE_LEAD,
    BYLINE_LEAD_WORDS,
    BYLINE_PARTY,
    BYLINE_PERSON,
    BYLINE_PLACE,
    BYLINE_POSTED_HEAD,
    BYLINE_ROLE,
    BYLINE_SEPARATOR,
    BYLINE_WRITER_LABEL,
    CAPTION_AGENCY,
    DATE_STAMP_LINE,
)

#: Blocks longer than this are never bylines.
_MAX_BYLINE = 260
#: A role or desk line that continues a byline is at most this long.
_MAX_CONTINUATION = 80
#: A desk or role line (``Associated Press Writer``) has at most this many words.
_MAX_DESK_WORDS = 5
#: Small words inside desk names (``Special to the Post``).
_CONNECTORS = frozenset(
    {"the", "of", "for", "to", "and", "de", "der", "die", "du", "la", "le", "da", "do", "del"}
)
#: The credit roles (``Reporting``, ``Editing`` ...) case folded, and how much of
#: a line holds one.
_CREDIT_ROLES = tuple(sorted({role.casefold() for role in (*CREDIT_ROLES, *CREDIT_ROLES_INTL)}))
_ROLE_HEAD = 2 * max(map(len, _CREDIT_ROLES))
_DESK_ROLES = frozenset(DESK_CREDIT_ROLES)
#: A name has at most this many characters.
_MAX_NAME = 60
#: A byline lead's ``=`` stands within this many characters of the paragraph start.
LEAD_WINDOW = 84
#: A Korean name has this many syllables (family name and given name).
_KOREAN_NAME = range(2, 5)
_KOREAN_TITLES = frozenset(KOREAN_REPORTER_TITLES)


def match_byline(text: str, start: int, end: int) -> Byline | None:
    """The byline that ``text[start:end]`` (a whole block) is, spans into *text*; else ``None``."""
    if end - start > _MAX_BYLINE:
        return None
    block = text[start:end]
    names = byline_names(block)
    if names is None:
        return None
    return Byline(block, names, Span(start, end))


#: The spaced mark between a byline and the page's stamp on its line: a bar, a
#: middle dot, a bullet or a dash (``By Jane Doe | Published 4:12 PM``).
_STAMP_MARK = re.compile(r"[ \t]+[|\u00b7\u2022\u2013\u2014-][ \t]+")


def split_stamp(text: str, byline: Byline) -> tuple[Byline, Boilerplate] | None:
    """The byline without the page's time stamp that ends its line after a
    spaced bar, middle dot, bullet or dash, and the stamp as ``timestamp``
    boilerplate; ``None`` when no stamp ends it, the byline opens with no lead
    word, or the words before the mark name no one or hold a figure.

    >>> from newsstruct._byline import match_byline, split_stamp
    >>> text = "By Jane Doe, Reuters | Updated 4:12 PM EST, Tue March 11, 2025"
    >>> byline, stamp = split_stamp(text, match_byline(text, 0, len(text)))
    >>> byline.text, byline.names, stamp.kind, stamp.text
    ('By Jane Doe, Reuters', ('Jane Doe',), 'timestamp', 'Updated 4:12 PM EST, Tue March 11, 2025')

    A role or a second name after the bar stays in the byline:

    >>> text = "By Jo Lind | Staff writer"
    >>> split_stamp(text, match_byline(text, 0, len(text))) is None
    True
    """
    written = byline.text
    if (
        "\n" in written
        or not written.startswith(BYLINE_LEAD_WORDS)
        or not any(map(str.isdigit, written))
    ):
        return None  # (a name and its stamp without a lead word stay one byline: Jane Doe | May 3)
    for mark in _STAMP_MARK.finditer(written):
        if any(map(str.isdigit, written[: mark.start()])):
            return None  # a mark inside the stamp: By Jane Doe |05.06.2024 - Update : 05.06.2024
        tail = written[mark.end() :].rstrip()
        if not (BOILERPLATE_TIMESTAMP.match(tail) or BOILERPLATE_DATE_LINE.match(tail)):
            continue
        head = written[: mark.start()]
        names = byline_names(head)
        if not names:
            return None
        low = byline.span.start
        stamp = Span(low + mark.end(), low + mark.end() + len(tail))
        kept = Byline(head, names, Span(low, low + len(head)))
        return kept, Boilerplate(text[stamp.start : stamp.end], stamp, "timestamp")
    return None


def _initials_only(name: str) -> bool:
    """True when every word of *name* is one capital letter, perhaps with its stop.

    >>> _initials_only("F. Q"), _initials_only("J. Doe")
    (True, False)
    """
    return all(len(word.rstrip(".")) == 1 and word[:1].isupper() for word in name.split())


def byline_names(block: str) -> tuple[str, ...] | None:
    """The names in *block* when it is a byline or a credit line, else ``None``."""
    if len(block) > _MAX_BYLINE:
        return None
    if block[:1] in _TRAILER_DASHES and block[-1:] in _TRAILER_DASHES:
        # the writer between dashes after the story (dpa-AFX): --- Von Anna Muster, dpa-AFX ---
        inner = block.strip(_TRAILER_MARKS)
        return byline_names(inner) if inner and inner[:1] not in _TRAILER_DASHES else None
    # cheap gates: the lead word, the credit role or the bar each pattern needs
    if block[:1] == "(" and block[1:4].casefold() == "by " and block.rstrip(" \t.").endswith(")"):
        block = block.rstrip(" \t.")[1:-1]  # the writers in brackets at the end (CNA): (By X and Y)
    lead = BYLINE_LEAD.match(block) if block.startswith(BYLINE_LEAD_WORDS) else None
    if lead is not None:
        rest = block[lead.end() :]
        names = _names(rest)
        if names is None and any(map(str.isdigit, rest)):
            tail = BYLINE_DATE_TAIL.search(rest)
            if tail is not None and tail.start() > 0:
                # the stamp after the names (Philippine News Agency):
                # By Jane Doe  March 4, 2026, 5:42 pm
                names = _names(rest[: tail.start()])
        if names and all(_initials_only(name) for name in names):
            return None  # a desk's initials (Il Fatto Quotidiano): di F. Q.
        return names
    if block.startswith(_POSTED_OPENINGS) and block.find(" / ", 3, _MAX_POSTED_HEAD) > 0:
        head = BYLINE_POSTED_HEAD.match(block)
        if head is not None:
            # the stamp and the section before it (Vanguard): On 11:45 am / In News / By Jane Doe
            rest = block[head.end() :]
            lead = BYLINE_LEAD.match(rest)
            if lead is not None:
                return _names(rest[lead.end() :])
    bar = block.find(" / ", 0, _MAX_DESK_HEAD)
    if bar < 0:
        # a station's (NPR member stations): KXYZ | By Jane Doe
        bar = block.find(" | ", 0, _MAX_DESK_HEAD)
    if bar > 0 and _desk_head(block[:bar]):
        # a desk before the byline: ABC Rural / By Jane Doe
        rest = block[bar + 3 :]
        lead = BYLINE_LEAD.match(rest) if rest.startswith(BYLINE_LEAD_WORDS) else None
        if lead is not None:
            return _names(rest[lead.end() :])
    inner = block.strip().lstrip("(").rstrip(".").rstrip(")")
    if inner[:_ROLE_HEAD].casefold().startswith(_CREDIT_ROLES) and BYLINE_CREDIT_ROLE.match(inner):
        return _credit_names(inner)
    if block[:1] in "WwRrAaPpTtYyOo":
        label = BYLINE_WRITER_LABEL.match(block)
        if label is not None:
            # WRITER: Jane Doe (a staff label naming the writer)
            names = _names(block[label.end() :].split(";", 1)[0])
            if names and any(name.rsplit(None, 1)[-1].casefold() in _DESK_NOUNS for name in names):
                return None  # a desk for the writer: WRITER: Online Reporters
            return names if names and all(" " in name for name in names) else None
    dated = (
        BYLINE_DATED.match(block)
        if "|" in block or "\u00b7" in block or "\u2022" in block
        else None
    )
    if dated is not None:
        for segment in dated.group("names").replace("\u2022", "\u00b7").split("\u00b7")[1:]:
            segment = segment.strip()
            if segment.startswith(BYLINE_LEAD_WORDS):
                # the writer after the feed's name (a feed reader): The Post · by Jane Doe · 3h
                return byline_names(segment)
        if _paper(dated.group("names").strip(" \t\u00b7\u2022|")):
            return None  # the source and its age (a news app): Springfield Courier · 2h
        # without a lead word, only full names (two words or more) count
        names = _names(dated.group("names"))
        if names and all(" " in name for name in names):
            return names
    return None


#: The dashes around a writer's trailer (``--- Von Anna Muster, dpa-AFX ---``),
#: and they with the spaces inside them.
_TRAILER_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_TRAILER_MARKS = _TRAILER_DASHES + " \t"

#: The last words of a desk named for the writer (``WRITER: Online Reporters``), case folded.
_DESK_NOUNS = frozenset(
    {"reporters", "reporter", "staff", "desk", "team", "correspondents", "writers", "bureau"}
)

#: A desk before a byline (``ABC Rural / By Jane Doe``) has at most this many
#: characters and words.
_MAX_DESK_HEAD = 40
_MAX_DESK_HEAD_WORDS = 4


def _desk_head(head: str) -> bool:
    """True when *head* may be a desk's name before a byline: capitalised words, no digits."""
    return _capitalised_words(head, _MAX_DESK_HEAD_WORDS, "-&")


def _capitalised_words(segment: str, most: int, joiners: str) -> bool:
    """True when *segment* is one to *most* capitalised words of letters (and *joiners*).

    >>> from newsstruct._byline import _capitalised_words
    >>> _capitalised_words("West Midlands", 3, "-."), _capitalised_words("in 2020", 3, "-.")
    (True, False)
    """
    words = segment.split()
    dropped = str.maketrans("", "", joiners)
    return 0 < len(words) <= most and all(
        word[:1].isupper() and word.translate(dropped).isalpha() for word in words
    )


def match_unled_byline(text: str, start: int, end: int) -> Byline | None:
    """The byline with no lead word that ``text[start:end]`` is (:func:`unled_names`)."""
    if end - start > _MAX_UNLED:
        return None
    block = text[start:end]
    names = unled_names(block)
    if names is None:
        name = _name_over_title(text, start, end)
        if name is None:
            return None
        names = (_initials_dropped(name),)
    return Byline(block, names, Span(start, end))


def _initials_dropped(name: str) -> str:
    """*name* without the listed outlet's or agency's initials after it, a
    space between (Helsingin Sanomat: ``Liisa Korhonen HS``).

    >>> _initials_dropped("Liisa Korhonen HS"), _initials_dropped("Jane DOE")
    ('Liisa Korhonen', 'Jane DOE')
    """
    initials = name.rstrip().rsplit(None, 1)
    if (
        len(initials) == 2
        and _MIN_INITIALS <= len(initials[1]) <= _MAX_INITIALS
        and initials[1].isupper()
        and (is_outlet(initials[1]) or is_agency(initials[1]))
    ):
        return initials[0]
    return name


#: The stamp and the section before a byline (``On 11:45 am / In News / By``)
#: hold their first slash within this many characters.
_MAX_POSTED_HEAD = 60
_POSTED_OPENINGS = ("On ", "In ")
#: Separators left dangling at a byline's end when what followed them was an image.
_DANGLING = (" -", " |", " \u2013", " \u2014")
#: An outlet's initials after the name in a byline without a lead word
#: (``Liisa Korhonen HS``) have this many letters at least and at most.
_MIN_INITIALS = 2
_MAX_INITIALS = 5
#: A byline without a lead word is at most this long.
_MAX_UNLED = 90
#: A name in a byline without a lead word has at most this many words.
_MAX_UNLED_NAME_WORDS = 4
#: The reporter's title on the line under the name (``Property Correspondent``)
#: has at most this many words, the last one of :data:`_REPORTER_NOUNS`.
_MAX_TITLE_WORDS = 4
_REPORTER_NOUNS = frozenset(
    {"correspondent", "writer", "reporter", "journalist", "columnist", "editor", "contributor"}
    # (several writers: Jane Doe and John Roe, Nikkei staff writers)
    | {"correspondents", "writers", "reporters", "journalists", "contributors"}
)


def _first_name(word: str) -> bool:
    """True when *word* (case folded) is a common first name."""
    return word in MALE_FIRST_NAMES or word in FEMALE_FIRST_NAMES or word in UNISEX_FIRST_NAMES


def _line_from(text: str, below: int) -> tuple[int, str]:
    """Where the line that starts at *below* ends (within :data:`_MAX_CONTINUATION`
    characters), and the line without its white space."""
    stop = text.find("\n", below, below + _MAX_CONTINUATION + 1)
    if stop < 0:
        stop = min(len(text), below + _MAX_CONTINUATION + 1)
    return stop, text[below:stop].strip()


#: At most this many blank lines are passed between a writer's name and the stamp under it.
_MAX_BLANK_LINES = 3


def _past_blank_lines(text: str, below: int) -> int:
    """Where the first line from *below* that is not blank starts (a blank line
    ends in ``\\r\\n`` or holds white space as well), past at most
    :data:`_MAX_BLANK_LINES` blank lines.

    >>> _past_blank_lines("Jo\\n\\r\\n \\nToday at 06:12", 3)
    7
    """
    for _ in range(_MAX_BLANK_LINES):
        stop, line = _line_from(text, below)
        if line or not text.startswith("\n", stop):
            break
        below = stop + 1
    return below


def _name_over_title(text: str, start: int, end: int) -> str | None:
    """The name that ``text[start:end]`` is when the next line is a reporter's title.

    Pages print the writer's name alone with the title on the line under it
    (``Ng Keng Gene`` then ``Property Correspondent``), or the time stamp
    (``Shahid Iqbal`` then ``Published March 18, 2024``) or a reading time
    (``3 min read``); a name whose first
    name is not a common one (:func:`unled_names` needs one) is a byline
    then: two to four capitalised words of letters, and right under it a
    reporter's title (:func:`_reporter_title`), a labelled stamp with a
    number (``Published``, ``Updated``, ``Posted``) or a reading time.

    >>> from newsstruct._byline import _name_over_title
    >>> text = "Ng Keng Gene\\nProperty Correspondent\\n\\nPrices rose."
    >>> _name_over_title(text, 0, 12)
    'Ng Keng Gene'
    >>> text = "Rates Rise Again\\nPrices rose, the bank said."
    >>> _name_over_title(text, 0, 16) is None
    True
    >>> text = "Fareed Rahman\\nJul 22, 2024\\n\\nThe economy grew."
    >>> _name_over_title(text, 0, 13), _name_over_title("Market Report\\nJul 22, 2024", 0, 13)
    ('Fareed Rahman', None)
    >>> _name_over_title("News Desk\\nNov 4, 2025", 0, 9), _name_over_title("By Daily Planet\\nNov 4, 2025", 0, 15)
    (None, None)

    The place alone may stand between the name and the stamp, past blank lines
    (Folha de S.Paulo):

    >>> _name_over_title("Renata Albuquerque\\n\\nBrasília\\n\\n12.set.2025 às 19h40", 0, 18)
    'Renata Albuquerque'
    """
    if end - start > _MAX_NAME or not _capitalised_words(text[start:end], 4, "-'\u2019."):
        return None
    name = text[start:end].strip()
    if " " not in name or name.split(None, 1)[0] in BYLINE_LEAD_WORDS or _is_desk(name):
        return None  # By Global Times, News Desk: an outlet or a desk over the stamp
    below = (
        end + 1 if text.startswith("\n", end) else end + 2 if text.startswith("\r\n", end) else -1
    )
    if below < 0:
        return None
    stop, line = _line_from(text, below)
    if not line and text.startswith("\n", stop):
        # a blank line between the name and its stamp (Yle, Gazeta Wyborcza)
        below = _past_blank_lines(text, stop + 1)
        stop, line = _line_from(text, below)
        if _place_alone(line) and text.startswith("\n", stop):
            # the place alone between the name and the stamp (Folha): Renata
            # Albuquerque / Brasília / 12.set.2025 às 19h40
            stop, line = _line_from(text, _past_blank_lines(text, stop + 1))
            if not (line[:1].isdigit() and BOILERPLATE_DATE_LINE.match(line)):
                return None
        if not (line[:1].isdigit() or BOILERPLATE_TIMESTAMP.match(line)):
            return None  # past a blank line only a stamp counts (a title there is a deck)
    if line in _CONTACT_BUTTONS and text.startswith("\n", stop):
        # the writer's contact button between the name and the stamp (Irish
        # Independent): Jane Doe / Email / Today at 06:12 (a blank line before the stamp)
        below = _past_blank_lines(text, stop + 1)
        stop, line = _line_from(text, below)
    if (
        line[:1].isupper()
        and _paper(line)
        and not is_agency(line)  # a sign-off under the last line: Premier Industrial / Reuter
        and (stop == len(text) or _line_from(text, stop + 1)[1] == "")
        and _writer_like(name)
    ):
        # the paper alone under the name, a blank line under it (Gannett's
        # papers): Maya Delgado / Riverton Courier-Journal
        return _person(name)
    if is_outlet(line) and text.startswith("\n", stop):
        # the writer's paper between the name and the date (Khmer Times):
        # Jane Doe / Khmer Times / November 4, 2025
        below = stop + 1
        stop, line = _line_from(text, below)
        if not (line[:1].isalnum() and BOILERPLATE_DATE_LINE.match(line)):
            return None
    if not (
        _reporter_title(line)
        or (line[:1] in "PUpu" and DATE_STAMP_LINE.match(line) and any(map(str.isdigit, line)))
        or (line[:1] in "TtYy" and BOILERPLATE_TIMESTAMP.match(line))  # Today at 06:12
        # a stamp labelled in another language: Julkaistu 4.11.2025 18:12
        or (any(map(str.isdigit, line)) and BOILERPLATE_TIMESTAMP.match(line))
        or (line[:1].isdigit() and _READING_TIME.match(line))
        # a date alone: Fareed Rahman / Jul 22, 2024 (The National), 04 Nov 2024
        or (
            (line[:1].isupper() or line[:1].isdigit())
            and len(line) <= _MAX_DATE_TAIL
            and name.rsplit(None, 1)[-1].casefold() not in _COLUMN_NOUNS  # Market Report
            and BOILERPLATE_DATE_LINE.match(line)
        )
    ):
        return None
    return _person(name)


def name_alone(line: str) -> str | None:
    """The writer's name that *line* is alone: two to four capitalised words of
    letters, no lead word, desk, agency or outlet (a magazine's page prints it
    over its section and stamp, the headline under them:
    :func:`~newsstruct._headline.find_front_matter`).

    >>> from newsstruct._byline import name_alone
    >>> name_alone("Kwame Asante"), name_alone("Reuters Staff"), name_alone("Security")
    ('Kwame Asante', None, None)
    """
    name = line.strip()
    if len(name) > _MAX_NAME or " " not in name or not _capitalised_words(name, 4, "-'\u2019."):
        return None
    if name.split(None, 1)[0] in BYLINE_LEAD_WORDS or _is_desk(name) or outlet_named(name):
        return None
    return _person(name)


def _dated_name(name: str) -> bool:
    """True when *name*, before a date on its line (Eurasianet: ``Jane Doe Nov 4,
    2025``), is a writer's name whatever its first name: two or three
    capitalised words of letters, none a column's (``Market Report``) nor a
    desk's.

    >>> _dated_name("Ayan Nurlanov"), _dated_name("Market Report"), _dated_name("Ayan")
    (True, False, False)
    """
    words = name.split()
    return (
        2 <= len(words) <= _MAX_DATED_NAME_WORDS
        and _capitalised_words(name, _MAX_DATED_NAME_WORDS, "-'\u2019.")
        and words[-1].casefold() not in _COLUMN_NOUNS
        and not _is_desk(name)
        and not outlet_named(name)
    )


#: A name before a date on its line has at most this many words.
_MAX_DATED_NAME_WORDS = 3

#: The buttons a page prints between the writer's name and the stamp.
_CONTACT_BUTTONS = frozenset({"Email", "E-mail", "Follow", "Twitter", "X", "Contact"})

#: The last words of a column's name, which a date may follow as it follows a
#: writer's name (``Market Report`` / ``Jul 22, 2024``).
_COLUMN_NOUNS = frozenset(
    {
        "report", "update", "updates", "review", "brief", "briefing", "roundup", "digest",
        "watch", "wrap", "diary", "column", "notebook", "letter", "view", "analysis",
        "explainer", "live", "news", "today", "weekly", "daily",
    }
)  # fmt: skip

#: A reading time alone on its line: ``3 min read``, ``4-minute read``.
_READING_TIME = re.compile(r"\d{1,3}[ -]?min(?:ute)?s?\.? read\Z", re.IGNORECASE)


def reporter_title(line: str) -> bool:
    """True when *line* is a reporter's title alone (:func:`_reporter_title`)."""
    return _reporter_title(line)


def _reporter_title(line: str) -> bool:
    """True when *line* is a reporter's title: at most four words, capitalised
    (or one capitalised word and lower-case ones), the last of :data:`_REPORTER_NOUNS`
    (``Property Correspondent``, ``STAFF WRITER``, ``Nikkei staff writer``).

    >>> from newsstruct._byline import _reporter_title
    >>> _reporter_title("Property Correspondent"), _reporter_title("Nikkei staff writer")
    (True, True)
    >>> _reporter_title("The writer"), _reporter_title("Prices rose, the writer said")
    (False, False)

    The title may open with the outlet's name and its region or desk, in
    capitals, then the role in lower case (``BBC Wales political reporter``,
    ``Sky News home affairs editor``): the first word or two name a listed
    outlet or agency.

    >>> _reporter_title("BBC Wales political reporter"), _reporter_title("Sky News health editor")
    (True, True)
    >>> _reporter_title("Tom Hill political reporter")
    False
    """
    words = line.split()
    if not 0 < len(words) <= _MAX_TITLE_WORDS + 1 or words[-1].casefold() not in _REPORTER_NOUNS:
        return False
    if len(words) <= _MAX_TITLE_WORDS and _capitalised_words(line, _MAX_TITLE_WORDS, "-&"):
        return True
    lead = 1
    if words[0][:1].isupper() and len(words) > 2 and words[1][:1].isupper():
        # an outlet, then its region or desk: BBC Wales, Sky News
        if not (_is_outlet_word(words[0]) or _is_outlet_word(" ".join(words[:2]))):
            return False
        lead = 2
    elif len(words) > _MAX_TITLE_WORDS:
        return False
    return (
        words[0][:1].isupper()
        and words[0].casefold() not in _CONNECTORS
        and all(word.isalpha() and word.islower() for word in words[lead:])
    )


def _is_outlet_word(name: str) -> bool:
    """True when *name* is a listed outlet or agency (``BBC``, ``Sky News``)."""
    return is_outlet(name) or is_agency(name)


def unled_names(block: str) -> tuple[str, ...] | None:
    """The names of a byline with no lead word (``Helen Marsh, Environment correspondent``).

    Web pages print the reporter's name alone, or with a role, a desk or a
    place: ``Helen Marsh``, ``Helen Marsh Environment correspondent``,
    ``Helen Marsh in Brussels``, ``Helen Marsh and Tom Kent, Reuters``.  Without
    the lead word only full names count, the block opens with one whose first
    word is a common first name (a headline or a place does not), and it holds
    no sentence.

    Only read below a headline (a headline may open with a first name).

    >>> from newsstruct._byline import unled_names
    >>> unled_names("Helen Marsh, Environment correspondent")
    ('Helen Marsh',)
    >>> unled_names("Storm Shuts Ports Along The Coast") is None
    True

    A date stamp after the name with a space only is dropped:

    >>> unled_names("Jennifer Sor Jun 5, 2024, 4:29 PM EDT")
    ('Jennifer Sor',)
    >>> unled_names("Xiomara Quell Published November 4, 2025 Updated 3 hours ago")
    ('Xiomara Quell',)
    >>> unled_names("Nov 4, 2025 Xiomara Quell")
    ('Xiomara Quell',)

    A listed outlet's or agency's initials after the name, a space only, are dropped:

    >>> unled_names("Helen Marsh HS"), unled_names("Helen Marsh STT")
    (('Helen Marsh',), ('Helen Marsh',))

    A paper's name on the line under the name makes it a byline, any first name:

    >>> unled_names("Maya Delgado\\nRiverton Courier-Journal")
    ('Maya Delgado',)
    """
    stamped = False
    if len(block) <= _MAX_UNLED + _MAX_DATE_TAIL and any(map(str.isdigit, block)):
        tail = BYLINE_DATE_TAIL.search(block)
        if tail is None and "," in block:
            # the day first after a comma: Jane Doe , Ahram Online , Tuesday 4 Nov 2025
            tail = BYLINE_DAY_FIRST_TAIL.search(block)
        if tail is not None and tail.start() > 0:
            # Jane Doe Jun 5, 2024, 4:29 PM EDT; a labelled stamp (Jane Doe Published
            # Nov 4, 2025) marks the line a byline, any first name
            stamped = tail.group().lstrip()[:1] in "PU" or _dated_name(block[: tail.start()])
            block = block[: tail.start()]
        elif tail is None and (lead := BYLINE_DATE_HEAD.match(block)) is not None:
            # the date before the name (Project Syndicate): Nov 4, 2025 Jane Doe
            block = block[lead.end() :]
            stamped = _dated_name(block)
    if len(block) > _MAX_UNLED or block.count("\n") > 1 or block.rstrip().endswith((".", "!", "?")):
        return None
    if block.rstrip().endswith(_DANGLING):
        # the outlet's logo after the dash is no text (Free Malaysia Today): Jane Doe -
        block = block.rstrip().rstrip("".join(_DANGLING)).rstrip()
    if "/" in block and " / " not in block:
        head, _, title = block.rpartition("/")
        if _reporter_title(title.strip()):
            block = f"{head}, {title}"  # the writer's title after a slash (The Gleaner): Jane Doe/Staff Reporter
    first = block.split(None, 1)[0].rstrip(",").casefold() if block.strip() else ""
    # a first name we know, or else a role after the name (Guardian style)
    known = _first_name(first) or (stamped and _capitalised_words(block, 3, "-.'\u2019"))
    if not known and ("|" in block or " - " in block):
        # a listed outlet after a bar or a spaced dash, any first name: Kira Taylor |
        # Euractiv, Budi Santoso - detikNews
        last = block.rsplit("|" if "|" in block else " - ", 1)[1].strip()
        known = is_outlet(last) or is_agency(last) or outlet_named(last)
    if not known and "\n" in block:
        # the paper on the line under the name, any first name (Gannett's
        # papers): Maya Delgado / Riverton Courier-Journal (an agency there is
        # a sign-off)
        below = block.rsplit("\n", 1)[1].strip()
        known = _paper(below) and not is_agency(below) and _writer_like(block.split("\n", 1)[0])
    # names in a row: a first name we know opens one of the others (Alayna Treene,
    # Mike Allen); then a name whose first name we do not know has two words
    in_row = False
    if not known and block.rstrip().endswith(")") and "(" in block:
        # an outlet's name in brackets after the name: Deni Ghifari (The Jakarta Post)
        inner = block.rstrip()[:-1].rsplit("(", 1)[1].strip()
        known = outlet_named(inner[4:] if inner[:4] == "The " else inner)
    if not known and "," in block:
        parts = block.split(",")
        # or a reporter's title after the name, any first name: Kenji Sato, Nikkei staff
        # writer; or an outlet's name: Warren de Guzman, ABS-CBN News
        known = (
            _reporter_title(parts[-1].strip())
            or (
                outlet_named(parts[-1].strip())
                and not is_known_place(parts[0].strip(), names_too=False)  # New York, Reuters
            )
            # or where the writer teaches (The Conversation): Jane Doe, University of Reading
            or _institution(parts[-1].strip())
        )
        in_row = not known and any(
            _first_name(part.split(None, 1)[0].casefold()) for part in parts[1:] if part.strip()
        )
        known = known or in_row
    block = _initials_dropped(block)
    names: list[str] = []
    for raw in BYLINE_SEPARATOR.split(block):
        segment = _unglued(raw.strip())
        if not segment:
            continue
        if names and (
            _is_desk(segment)
            or is_known_place(segment, names_too=False)
            or is_outlet(segment)
            or outlet_named(segment)
            or _institution(segment)
            or _post(segment)
        ):
            continue  # "Environment Correspondent", "Reuters", "Brussels", "Euractiv"
        name = _person(segment) if known else None
        if name is None or BYLINE_ROLE.search(name):
            name = _name_before_topic(segment)
            if name is None and known:
                name = _name_before_desk(segment)
        if name is None or not 1 < len(name.split()) <= _MAX_UNLED_NAME_WORDS:
            return None
        if in_row and len(name.split()) != 2 and not _first_name(name.split()[0].casefold()):
            return None
        names.append(name.strip())
        known = True  # (a role named the first person: the others are read alike)
    if not names or not block.startswith(names[0]):
        return None
    return tuple(names)


def outlet_named(segment: str) -> bool:
    """True when *segment* names an outlet: a listed outlet or agency, or at most
    three capitalised words (after ``The``) ending in ``News``, ``Times``,
    ``Courier``... (:data:`_OUTLET_NOUNS`, a newspaper's nouns in
    :data:`~newsstruct._data.outlets.PAPER_NOUNS`): ``ABS-CBN News``, ``The
    Riverton Courier``.

    >>> from newsstruct._byline import outlet_named
    >>> outlet_named("ABS-CBN News"), outlet_named("Reuters"), outlet_named("Jane Doe")
    (True, True, False)
    >>> outlet_named("The Riverton Courier"), outlet_named("Riverton Gazette")
    (True, True)
    >>> outlet_named("Riverton Courier-Journal"), outlet_named("Fort Worth Star-Telegram")
    (True, True)
    >>> outlet_named("Emily Post")  # a person, by her first name
    False
    >>> outlet_named("Philstar.com"), outlet_named("example.com")
    (True, False)
    """
    words = segment.split()
    if not 0 < len(words) <= _MAX_OUTLET_WORDS + 1:
        return False
    if is_outlet(segment) or is_agency(segment):
        return True
    the = words[0] == "The"
    if the:
        del words[0]
    if len(words) == 1 and segment[:1].isupper() and segment.casefold().endswith(_WEB_DOMAINS):
        return True  # a site's address as its name: Philstar.com, Inquirer.net
    return (
        1 < len(words) <= _MAX_OUTLET_WORDS
        and all(word[:1].isupper() for word in words)
        and (
            words[-1].casefold() in _OUTLET_NOUNS
            or words[-1] in PAPER_NOUNS
            # two papers' names joined: Courier-Journal, Star-Telegram
            or all(part in PAPER_NOUNS for part in words[-1].split("-"))
        )
        # (a person may bear a paper's noun: Emily Post, Freddie Mercury)
        and (the or not _first_name(words[0].casefold()))
    )


#: The endings of a site's address used as its name after a writer's (``Philstar.com``).
_WEB_DOMAINS = (".com", ".net", ".org", ".ph", ".my", ".sg", ".in", ".co.uk", ".com.au", ".co.nz")


#: An outlet's name after a writer's has at most this many words.
_MAX_OUTLET_WORDS = 3


#: A date stamp glued after an unled name (``Jun 5, 2024, 4:29 PM EDT``) has at most
#: this many characters.
_MAX_DATE_TAIL = 60


#: At most this many capitalised topic words stand before a role in lower case.
_MAX_TOPIC_WORDS = 2
#: At most this many words, the first capitalised and the rest in lower case,
#: stand before a role in lower case (``Senior political correspondent``).
_MAX_DESCRIBED_ROLE_WORDS = 3


def _name_before_topic(segment: str) -> str | None:
    """The name in ``Helen Marsh Environment correspondent`` (a topic, a role in lower case).

    The topic is one or two capitalised words, or a phrase in sentence case
    (``Senior political correspondent``, ``Social affairs editor``).

    >>> from newsstruct._byline import _name_before_topic
    >>> _name_before_topic("Helen Marsh Environment correspondent")
    'Helen Marsh'
    >>> _name_before_topic("Rowena Price Social affairs correspondent")
    'Rowena Price'
    >>> _name_before_topic("Helen Marsh Correspondent") is None
    True
    """
    words = segment.split()
    if len(words) < 3 or not words[-1].islower() or not BYLINE_ROLE.fullmatch(words[-1]):
        return None
    for cut in (2, 3):
        topic = words[cut:-1]
        if not topic or not topic[0][:1].isupper():
            continue
        if (len(topic) <= _MAX_TOPIC_WORDS and all(word[:1].isupper() for word in topic)) or (
            len(topic) <= _MAX_DESCRIBED_ROLE_WORDS
            and all(word.isalpha() and word.islower() for word in topic[1:])
        ):
            return _person(" ".join(words[:cut]))
    return None


def lone_lead(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is a byline's lead word alone (``By``), the
    names on the next line, as pages that link the writer's name print it.

    >>> from newsstruct._byline import lone_lead
    >>> lone_lead("by", 0, 2), lone_lead("By:", 0, 3), lone_lead("Bye", 0, 3)
    (True, True, False)
    >>> lone_lead("Author of the article:", 0, 22), lone_lead("Author of the article", 0, 21)
    (True, False)
    """
    if end - start > _MAX_LONE_LABEL:
        return False
    line = text[start:end].rstrip(": \t")
    return line in _LONE_LEADS or (
        text[start:end].rstrip().endswith(":") and line.casefold() in BYLINE_LABELS
    )  # Author of the article: / Jane Doe (National Post)


def names_under_lead(text: str, start: int, end: int) -> tuple[str, ...] | None:
    """The names of ``text[start:end]``, the line under a lead word alone (:func:`lone_lead`).

    >>> from newsstruct._byline import names_under_lead
    >>> names_under_lead("Priya Nair", 0, 10), names_under_lead("The rain fell.", 0, 14)
    (('Priya Nair',), None)
    """
    if end - start > _MAX_BYLINE or "\n" in text[start:end]:
        return None
    return byline_names(f"By {text[start:end]}")


#: The lead words of a byline that may stand alone on their line.
_LONE_LEADS = frozenset(word for word in BYLINE_LEAD_WORDS if " " not in word)
_MAX_LONE_LABEL = 40


#: The openings of a story's first paragraph as the CNN/Daily Mail corpus prints
#: it (:func:`match_dotted_lead`).
DOTTED_LEADS = (
    "By . ", "PUBLISHED: . ", "UPDATED: . ",
    # the corpus's lower-cased, tokenized release
    "by . ", "PUBLISHED : . ", "UPDATED : . ", "published : . ", "updated : . ",
)  # fmt: skip
#: The byline and stamps of such a story stand within this many characters of its start.
_DOTTED_WINDOW = 400


def match_dotted_lead(
    text: str, start: int, end: int
) -> tuple[Byline | None, tuple[Boilerplate, ...], int] | None:
    """The byline and the time stamps that open the paragraph ``text[start:end]``
    as the CNN/Daily Mail corpus prints a Daily Mail story, its line breaks left
    as `` . ``; and where the story starts.  ``None`` when it opens otherwise.

    The byline is ``None`` when it names no person (``By . Daily Mail
    Reporter``): the line is then ``credits`` boilerplate; the stamps are
    ``timestamp`` boilerplate.

    >>> from newsstruct._byline import match_dotted_lead
    >>> text = (
    ...     "By . Jane Doe and . John Roe . PUBLISHED: . 10:11 EST, 2 January 2014 . | . "
    ...     "UPDATED: . 12:45 EST, 2 January 2014 . A hospital has apologised."
    ... )
    >>> byline, furniture, story = match_dotted_lead(text, 0, len(text))
    >>> byline.text, byline.names
    ('By . Jane Doe and . John Roe', ('Jane Doe', 'John Roe'))
    >>> [(item.kind, item.text[:12]) for item in furniture], text[story:story + 10]
    ([('timestamp', 'PUBLISHED: .')], 'A hospital')
    >>> match_dotted_lead("By the way, it rained.", 0, 22) is None
    True

    The corpus's lower-cased, tokenized release is read too, the names as written:

    >>> text = "by . jane doe . published : . 10:11 est , 2 january 2014 . a hospital has"
    >>> byline, furniture, story = match_dotted_lead(text, 0, len(text))
    >>> byline.names, furniture[0].kind, text[story:story + 10]
    (('jane doe',), 'timestamp', 'a hospital')
    """
    if not text.startswith(DOTTED_LEADS, start):
        return None
    found = BYLINE_DOTTED_LEAD.match(text, start, min(end, start + _DOTTED_WINDOW))
    if found is None or found.end() == start:
        return None
    byline: Byline | None = None
    furniture: list[Boilerplate] = []
    if found.group("byline") is not None:
        low, high = found.span("byline")
        written = text[low:high]
        words = " ".join(written.replace(" . ", " ").split())
        names = byline_names(words)
        if not names and words.islower():
            # the corpus's lower-cased release: the names read as if capitalised,
            # given as written (by . jane doe)
            capitalised = " ".join(
                word if word in BYLINE_JOINERS else word.capitalize() for word in words.split()
            )
            names = tuple(name.lower() for name in byline_names(capitalised) or ())
            names = tuple(name for name in names if name in words)
        if names:
            byline = Byline(written, names, Span(low, high))
        else:
            furniture.append(Boilerplate(written, Span(low, high), "credits"))
    if found.group("stamps") is not None:
        low, high = found.span("stamps")
        stamps = text[low:high].rstrip()
        furniture.append(Boilerplate(stamps, Span(low, low + len(stamps)), "timestamp"))
    story = found.end()
    while story < end and text[story].isspace():
        story += 1
    return byline, tuple(furniture), story


def match_byline_lead(text: str, start: int, end: int) -> tuple[Byline, int] | None:
    """The byline that opens the paragraph ``text[start:end]``, and where the story starts.

    Korean wire copy credits its reporters between the dateline and the story:
    ``(서울=연합뉴스) 김수연 기자 = 북한이 ...``.  Given the paragraph after the
    dateline, the byline is ``김수연 기자`` (names, each or all followed by a
    title of :mod:`newsstruct._data.reporter_titles`) and the story starts
    after the ``=``.  Every word before the ``=`` must be a name of two to four
    syllables or a title, the last a title; else ``None``.

    >>> from newsstruct._byline import match_byline_lead
    >>> text = "김수연 기자 = 북한이 30일 미사일을 발사했다."
    >>> byline, body = match_byline_lead(text, 0, len(text))
    >>> byline.text, byline.names, text[body:body + 3]
    ('김수연 기자', ('김수연',), '북한이')
    >>> text = "김수연 이재호 기자 = 정부는"
    >>> match_byline_lead(text, 0, len(text))[0].names
    ('김수연', '이재호')
    >>> text = "정부는 기자회견을 열고 = 발표했다."
    >>> match_byline_lead(text, 0, len(text)) is None
    True
    """
    found = BYLINE_EQUALS_LEAD.match(text, start, min(end, start + LEAD_WINDOW))
    if found is None:
        return None
    credit_start, credit_end = trim(text, *found.span("credit"))
    credit = text[credit_start:credit_end]
    words = credit.replace("\u00b7", " ").replace("\u30fb", " ").replace(",", " ").split()
    if not words or words[-1] not in _KOREAN_TITLES:
        return None
    names: list[str] = []
    for word in words:
        if word in _KOREAN_TITLES:
            continue
        if len(word) not in _KOREAN_NAME:
            return None
        names.append(word)
    if not names:
        return None
    body = found.end()
    return Byline(credit, tuple(names), Span(credit_start, credit_end)), body


#: The last words of a picture's credit alone on its line (``KT file photo``,
#: ``Getty Images``), case folded: never a byline's desk.
_PICTURE_ENDINGS = (" photo", " photos", " picture", " pictures", " pic", " image", " images")


#: The labels that open a picture's credit alone on its line (``Credit...Jane
#: Doe``, ``Photo: Jane Doe``), case folded: never a byline's desk.
_PICTURE_LABELS = ("credit...", "credit\u2026", "credit:", "photo:", "image:", "photograph:")


def continue_byline(text: str, byline: Byline, start: int, end: int) -> Byline | None:
    """*byline* extended over the next block when that block only names a role or desk.

    ``By HILLEL ITALIE`` followed by ``Associated Press Writer`` is one byline,
    and so is ``By Helen Marsh`` followed by ``BBC News, Norwich`` (a desk,
    then the place it files from).

    >>> from newsstruct._byline import continue_byline, match_byline, match_unled_byline
    >>> text = "By Helen Marsh\\nBBC News, Norwich"
    >>> continue_byline(text, match_byline(text, 0, 14), 15, len(text)).text
    'By Helen Marsh\\nBBC News, Norwich'
    >>> continue_byline(text.replace("BBC News", "Tom Kent"), match_byline(text, 0, 14), 15, len(text))
    >>> text = "Jane Doe\\nThe Riverton Courier"
    >>> continue_byline(text, match_unled_byline(text, 0, 8), 9, len(text)).text
    'Jane Doe\\nThe Riverton Courier'
    >>> text = "By Helen Marsh\\nOttawa"
    >>> continue_byline(text, match_byline(text, 0, 14), 15, len(text)).text
    'By Helen Marsh\\nOttawa'
    >>> text = "By Helen Marsh\\nFile photo"
    >>> continue_byline(text, match_byline(text, 0, 14), 15, len(text)) is None
    True

    A writer under ``and`` alone on its line (The Washington Post) joins the names:

    >>> text = "By Helen Marsh\\nand\\nTom Kent"
    >>> joined = continue_byline(text, match_byline(text, 0, 14), 15, 18)
    >>> continue_byline(text, joined, 19, len(text)).names
    ('Helen Marsh', 'Tom Kent')
    """
    if end - start > _MAX_CONTINUATION or start < byline.span.end:
        return None
    line = text[start:end].strip()
    if line.casefold() in STANDING_HEADS:
        return None  # a newsletter's first section under the byline (Semafor: THE NEWS)
    if line in BYLINE_JOINERS:
        # "and" alone between the writers' lines (The Washington Post): By Jane Doe / and / Tom Kent
        return Byline(text[byline.span.start : end], byline.names, Span(byline.span.start, end))
    if byline.text.rpartition("\n")[2].strip() in BYLINE_JOINERS:
        # the writer under it: a name of capitalised words, any first name
        name = (
            _person(line) if _capitalised_words(line, _MAX_UNLED_NAME_WORDS, "-.'\u2019") else None
        )
        if name is None or BYLINE_ROLE.search(name) or len(name.split()) < _MIN_NAME_WORDS:
            return None
        names = (*byline.names, name)
        return Byline(text[byline.span.start : end], names, Span(byline.span.start, end))
    if line.rstrip(". \t").casefold().endswith(_PICTURE_ENDINGS):
        return None  # a picture's credit alone under the byline: KT file photo, Getty Images
    if line.casefold().startswith(_PICTURE_LABELS):
        return None  # a picture's labelled credit under the byline: Credit...Jane Doe
    segments = [s.strip() for s in BYLINE_SEPARATOR.split(text[start:end])]
    segments = [s for s in segments if s]
    if segments and segments[0].startswith(FILED_FROM_LABELS):
        # Reporting from Kyiv, Ukraine: places only after the label
        segments[0] = segments[0].split(None, 2)[-1]
        if not all(
            is_known_place(place, names_too=False) or _place_like(place)
            for segment in segments
            for place in segment.split(" and ")
        ):
            return None
        return Byline(text[byline.span.start : end], byline.names, Span(byline.span.start, end))
    if (
        len(segments) == 1
        and not segments[0].isupper()  # ANKARA alone is a dateline
        and is_known_place(segments[0], names_too=False)
    ):
        # the place alone: Jane Doe Economics Reporter / Ottawa (Globe and Mail)
        return Byline(text[byline.span.start : end], byline.names, Span(byline.span.start, end))
    line = text[start:end].strip()
    if _handle(line) or _paper(line) or line.lower() in SECTION_NAMES:
        # the writer's handle (@JaneDoe), paper (The Riverton Courier) or the
        # site's section again (The Star: By Jane Doe / Nation)
        return Byline(text[byline.span.start : end], byline.names, Span(byline.span.start, end))
    if segments and _academic(segments):
        # the writer's post (The Conversation): Senior Lecturer in Climatology, University of Reading
        return Byline(text[byline.span.start : end], byline.names, Span(byline.span.start, end))
    if not segments or not _is_desk(segments[0]) or not _short_desk(segments[0]):
        return None
    if not all(
        (_is_desk(s) and _short_desk(s)) or is_known_place(s, names_too=False) or _place_like(s)
        for s in segments[1:]
    ):
        return None
    whole = text[byline.span.start : end]
    return Byline(whole, byline.names, Span(byline.span.start, end))


#: A word alone on its line that joins two writers' lines of a byline.
BYLINE_JOINERS = frozenset({"and", "And", "AND", "&", "und", "et", "y", "e"})

#: The words that name a scholar's post under a byline (lower case).
_ACADEMIC_POSTS = frozenset(
    {"professor", "lecturer", "fellow", "researcher", "candidate", "scientist", "reader"}
)
#: A company's posts after a writer's name, opening the segment (lower case).
_COMPANY_POSTS = ("head of ", "director of ", "manager of ", "vice president of ", "vp of ")
#: Small words inside the name of a post, a department or a university.
_INSTITUTION_CONNECTORS = frozenset({"of", "the", "and", "for", "in", "on", "at", "&"})
#: A post and its institutions have at most this many words each.
_MAX_POST_WORDS = 8


def _post(segment: str) -> bool:
    """True when *segment* is a scholar's post after the writer's name, not a
    titled name: ``Associate Professor of Chemistry``, ``PhD Candidate``.

    >>> from newsstruct._byline import _post
    >>> _post("Associate Professor of Chemistry"), _post("Research Fellow")
    (True, True)
    >>> _post("Professor Ann Lee"), _post("Head of Infrastructure")
    (False, True)
    """
    words = segment.split()
    if len(words) > _MAX_POST_WORDS:
        return False
    if segment.casefold().startswith(_COMPANY_POSTS):
        return True  # a company's post: Head of Infrastructure
    for at, word in enumerate(words):
        if word.casefold() in _ACADEMIC_POSTS:
            return at + 1 == len(words) or words[at + 1] in _INSTITUTION_CONNECTORS
    return False


def _academic(segments: Sequence[str]) -> bool:
    """True when *segments* name a scholar's post and where it is held.

    ``Senior Lecturer in Urban Climatology``, ``University of Reading``:
    a post with one of :data:`_ACADEMIC_POSTS`, then one or more names of
    departments or institutions (capitalised words and small words).

    >>> from newsstruct._byline import _academic
    >>> _academic(["Professor of Economics", "Monash University"])
    True
    >>> _academic(["Professor of Economics"]), _academic(["Lecturer", "said on Monday"])
    (False, False)
    """
    if len(segments) < 2:
        return False
    post = segments[0].split()
    if not any(word.casefold() in _ACADEMIC_POSTS for word in post):
        return False
    return all(
        0 < len(words := segment.split()) <= _MAX_POST_WORDS
        and words[0][:1].isupper()
        and all(word[:1].isupper() or word in _INSTITUTION_CONNECTORS for word in words)
        for segment in segments
    )


#: The nouns that name a scholar's institution (``University of Reading``,
#: ``Example State University``, ``Kiel Institute for the World Economy``).
_INSTITUTION_NOUNS = frozenset(
    {"University", "College", "Institute", "Institution", "School", "Academy", "Polytechnic"}
)


def _institution(segment: str) -> bool:
    """True when *segment* names a university or an institute: capitalised
    words and small words (at most :data:`_MAX_POST_WORDS`), one of them an
    institution's noun.

    >>> from newsstruct._byline import _institution
    >>> _institution("University of Reading"), _institution("Example State University")
    (True, True)
    >>> _institution("Jane Doe"), _institution("the university said")
    (False, False)
    """
    words = segment.split()
    return (
        0 < len(words) <= _MAX_POST_WORDS
        and words[0][:1].isupper()
        and any(word in _INSTITUTION_NOUNS for word in words)
        and all(word[:1].isupper() or word in _INSTITUTION_CONNECTORS for word in words)
    )


#: A handle on a line of its own under a byline has at most this many characters.
_MAX_HANDLE = 40
#: A newspaper's name under a byline has at most this many words.
_MAX_PAPER_WORDS = 6


def _handle(segment: str) -> bool:
    """True when *segment* is only a social-media handle: ``@JaneDoe``, ``@jane_doe``
    (and a contact button after it, as copied: ``@janedoe Contact``).

    >>> from newsstruct._byline import _handle
    >>> _handle("@janedoe"), _handle("@janedoe Contact"), _handle("@janedoe said so")
    (True, True, False)
    """
    head, _, button = segment.partition(" ")
    if button and button.strip() in _CONTACT_BUTTONS:
        segment = head
    return (
        2 <= len(segment) <= _MAX_HANDLE
        and segment[0] == "@"
        and segment[1:].replace("_", "").replace(".", "").isalnum()
    )


def paper_named(segment: str) -> bool:
    """:func:`_paper`, for the other parsers."""
    return _paper(segment)


def _paper(segment: str) -> bool:
    """True when *segment* is a newspaper's or outlet's name: ``The Riverton Courier``.

    A listed outlet (:mod:`newsstruct._data.outlets`), or capitalised words
    ending with a word that names papers (``Courier``, ``Gazette``, ``Times``).

    >>> from newsstruct._byline import _paper
    >>> _paper("The Riverton Courier"), _paper("Springfield News-Leader"), _paper("CBC News")
    (True, True, True)
    >>> _paper("Courier"), _paper("The courier was late"), _paper("Jane Doe")
    (False, False, False)
    """
    if is_outlet(segment):
        return True
    words = segment.split()
    return (
        1 < len(words) <= _MAX_PAPER_WORDS
        # one paper's noun, or two joined: Courier-Journal, Star-Telegram
        and (words[-1] in PAPER_NOUNS or all(part in PAPER_NOUNS for part in words[-1].split("-")))
        and all(word[:1].isupper() or word in _CONNECTORS for word in words)
    )


#: A place after a desk in a byline has at most this many words.
_MAX_PLACE_WORDS = 3


def _place_like(segment: str) -> bool:
    """True when *segment* may be a place after a desk: ``Norwich``, ``West Midlands``."""
    return _capitalised_words(segment, _MAX_PLACE_WORDS, "-.")


def _is_desk(segment: str) -> bool:
    """True when *segment* names an agency, a desk or a role, not a person."""
    return bool(CAPTION_AGENCY.match(segment) or is_agency(segment) or BYLINE_ROLE.search(segment))


def _is_desk_name(segment: str) -> bool:
    """True when *segment* is only an agency's name: ``dpa``, ``CNN``, ``Yonhap``."""
    return bool(CAPTION_AGENCY.match(segment)) or is_agency(segment)


def _short_desk(segment: str) -> bool:
    """True when *segment* is short enough to be a desk line (no sentence, no dateline)."""
    return len(segment.split()) <= _MAX_DESK_WORDS and not any(
        c in segment for c in "()-\u2013\u2014:"
    )


def _desk_word(word: str) -> bool:
    """True when *word* belongs to a desk or role (``Associated``, ``Writer``, ``AP``)."""
    return word.lower() in _CONNECTORS or bool(
        BYLINE_ROLE.fullmatch(word) or CAPTION_AGENCY.match(word)
    )


#: A person's name has at least this many words.
_MIN_NAME_WORDS = 2
#: Words that end an outlet's name after one word of its own (``Fox News``,
#: ``Sky News``): after a name of two words or more, that word is the outlet's.
_OUTLET_NOUNS = frozenset({"news", "times", "post", "journal", "herald", "tribune"})


def _name_before_desk(segment: str) -> str | None:
    """The name in ``JANE DOE Associated Press`` (a name, then desk words only).

    The desk may also be an agency, then a title that names a role:
    ``HILLEL ITALIE AP National Writer``.
    """
    words = segment.split()
    if (
        len(words) > _MIN_NAME_WORDS + 1
        and words[-2] in PAPER_NOUNS
        and BYLINE_ROLE.fullmatch(words[-1]) is not None
    ):
        return _person(" ".join(words[:-2]))  # a paper's staff: Jane Doe Globe Staff
    for cut in range(1, len(words)):
        if all(_desk_word(word) for word in words[cut:]) or _agency_title(words[cut:]):
            head = words[:cut]
            if all(_desk_word(word) for word in head):
                return None  # all desk: Associated Press Writer
            if len(head) == 1:
                return None  # a desk's topic, not a name: Education Editor
            if len(head) > 2 and cut == len(words) - 1 and words[cut].casefold() in _OUTLET_NOUNS:
                head = head[:-1]  # an outlet's name glued on: Jane Doe Fox News
            for trim in range(_MIN_NAME_WORDS, len(head)):
                # the desk's name, opening with a listed desk word: Jane Doe City Hall Bureau
                if (
                    head[trim].casefold() in DESK_WORDS
                    and len(words) - trim <= _MAX_DESK_WORDS
                    and all(word[:1].isupper() for word in head[trim:])
                ):
                    head = head[:trim]
                    break
            return _person(" ".join(head))
    return None


def _agency_title(words: list[str]) -> bool:
    """True for an agency and a short title ending in a role: ``AP National Writer``."""
    return (
        1 < len(words) <= _MAX_DESK_WORDS
        and _is_desk_name(words[0])
        and BYLINE_ROLE.fullmatch(words[-1]) is not None
    )


def _names(rest: str) -> tuple[str, ...] | None:
    """The people in the part of a byline after its lead word, or ``None``.

    Segments with digits or ``@`` (dates, times, handles, e-mail addresses)
    are skipped; every other segment is a name, a name followed by its desk,
    or a desk.
    """
    names: list[str] = []
    desk_seen = False
    for raw in BYLINE_SEPARATOR.split(rest):
        segment = raw.strip().rstrip(".:")
        if not segment or "@" in segment or any(char.isdigit() for char in segment):
            continue
        if "/" in segment:
            head, _, title = segment.rpartition("/")
            if head.strip() and _reporter_title(title.strip()):
                # the writer's title after a slash (The Asahi Shimbun): By JANE DOE/ Staff Writer
                segment = head.strip()
        if (
            names
            and segment[:1].islower()
            and len(segment.split()) <= _MAX_DESK_PHRASE
            and segment.split(None, 1)[0] in DESK_LEADS
        ):
            # the writer's desk or paper after a lower-case word (pages in other
            # languages): Por Maria Souza, da Folha; corresponsal en Bruselas
            desk_seen = True
            continue
        if desk_seen and " " not in segment:
            continue  # that desk's place: ..., corresponsal en | Bruselas
        segment = _unglued(segment)
        folded = segment.casefold()
        if folded.startswith(_WRITING_FOR):
            break  # "Special to The Globe and Mail": the rest names the outlet
        if names and folded.startswith(_ARTICLES) and BYLINE_ROLE.search(segment):
            # the writer's beat in a sentence (The Verge): By Jane Doe, a news
            # writer covering phones, wearables and apps
            break
        if folded in _CREDENTIALS:
            continue  # "Jane Doe, Ph.D."
        if names and BYLINE_PARTY.fullmatch(segment):
            continue  # a politician's party tag: Rep. Tom Hill (D-Ohio)
        if _is_desk_name(segment) or all(_desk_word(w) for w in segment.split()):
            continue
        if _agency_title(segment.split()):
            continue  # "PA Health Correspondent": an agency and a title
        if is_known_place(segment, names_too=False):
            continue  # the place the story was filed from: Por Laura Gómez | Madrid
        if names and (is_outlet(segment) or _agency_bureau(segment)):
            # the paper after the writer: By Zhang Yi | China Daily; an agency's
            # bureau (AFP's fact-checkers): By Jane DOE / AFP Canada
            continue
        if names and (_post(segment) or _institution(segment)):
            continue  # the writer's post and university: By Tom Kent, Research Fellow, Monash University
        words = segment.split()
        if len(words) > _MIN_NAME_WORDS and words[-1].isupper() and is_agency(words[-1]):
            # the agency after the name, with no comma: By Jane Doe AFP
            words = words[:-1]
            segment = " ".join(words)
        if (
            names
            and len(words) > 1
            and words[-1].casefold() in _REPORTER_NOUNS
            and _titled_words(words)
        ):
            continue  # the writer's title after the name: ITV News Granada Reporter
        titled = _name_after_title(words)
        if titled is not None:
            names.append(titled)  # the title before the name (ITV): ITV News Reporter Jane Doe
            continue
        name = _person(segment)
        if name is None or BYLINE_ROLE.search(name):
            name = _name_before_desk(segment)
        if name is not None:
            if not is_outlet(name):  # an outlet's desk: By Daily Mail Reporter
                names.append(name)
            continue
        if _is_desk(segment):
            continue
        return None
    return tuple(names) if names else None


def _agency_bureau(segment: str) -> bool:
    """Whether *segment* is an agency's bureau: the agency, then a known place.

    >>> from newsstruct._byline import _agency_bureau
    >>> _agency_bureau("AFP Canada"), _agency_bureau("AFP"), _agency_bureau("Jane Doe")
    (True, False, False)
    """
    agency, _, place = segment.partition(" ")
    return (
        bool(place)
        and is_agency(agency)
        and (place in COUNTRIES or is_known_place(place, names_too=False))
    )


def _titled_words(words: Sequence[str]) -> bool:
    """Whether every word of *words* is capitalised (or a small connector)."""
    return all(word[:1].isupper() or word in _INSTITUTION_CONNECTORS for word in words)


def _name_after_title(words: Sequence[str]) -> str | None:
    """The name after a writer's title in *words* (a byline's segment), as a
    British broadcaster prints it: ``ITV News Granada Reporter Jane Doe``,
    ``Political Editor Jane Doe``; ``None`` when no title ends before a name
    of two to :data:`_MAX_UNLED_NAME_WORDS` capitalised words.

    >>> from newsstruct._byline import _name_after_title
    >>> _name_after_title("ITV News Granada Reporter Jane Doe".split())
    'Jane Doe'
    >>> _name_after_title("Jane Doe".split()), _name_after_title("Reporter Doe".split())
    (None, None)
    """
    at = next(
        (at for at in range(len(words) - 1, -1, -1) if words[at].casefold() in _REPORTER_NOUNS),
        -1,
    )
    name = words[at + 1 :]
    if (
        at < 0
        or not 1 < len(name) <= _MAX_UNLED_NAME_WORDS
        or not _capitalised_words(" ".join(name), _MAX_UNLED_NAME_WORDS, "-.'\u2019")
        or not _titled_words(words[:at])
    ):
        return None
    return " ".join(name)


#: A desk phrase in lower case after a writer's name has at most this many words.
_MAX_DESK_PHRASE = 4

#: What opens the outlet a writer writes for, after the names (``Special to The
#: Globe and Mail``): the segments from there on name no one.
_WRITING_FOR = ("special to ", "special for ", "exclusive to ", "writing for ")
#: The article that opens the writer's beat after the name: ``..., a senior
#: reporter covering ...``.
_ARTICLES = ("a ", "an ")
#: Degrees and credentials after a writer's name (``Jane Doe, Ph.D.``), case folded.
_CREDENTIALS = frozenset(
    {"ph.d", "phd", "m.d", "md", "mba", "m.p.h", "mph", "rn", "esq", "cpa", "dphil", "llm"}
)


def _unglued(segment: str) -> str:
    """*segment* without a desk line glued to its name: ``Jane DoeCity Hall Bureau``.

    Text copied from a web page loses the line break between the name and the
    desk under it.  The desk starts at a capital right after a lower-case
    letter inside a word, and its first word is a listed desk or section word
    (:mod:`newsstruct._data.desks`) or a role; the rest are capitalised words
    or small connectors, and the name before it reads as a person's.  Names
    such as ``McDonald``, ``DeSantis`` or ``MacKenzie`` are never cut.

    >>> from newsstruct._byline import _unglued
    >>> _unglued("Jane DoeCity Hall Bureau"), _unglued("Jane DoeStaff Reporter")
    ('Jane Doe', 'Jane Doe')
    >>> _unglued("Ronald McDonald"), _unglued("Ron DeSantis"), _unglued("Ann MacKenzie")
    ('Ronald McDonald', 'Ron DeSantis', 'Ann MacKenzie')
    >>> _unglued("Jane DoeWorkshop Leader")
    'Jane DoeWorkshop Leader'
    """
    if len(segment) > _MAX_NAME + _MAX_CONTINUATION:
        return segment
    words = segment.split()
    for index, word in enumerate(words):
        if index == 0 or word.isupper() or word.islower():
            continue  # the first name is never glued to a desk
        for cut in range(2, len(word)):
            if not (word[cut].isupper() and word[cut - 1].islower()):
                continue
            glued_to = word[:cut]
            if glued_to.casefold() in NAME_PREFIXES or sum(map(str.isalpha, glued_to)) < 2:
                break
            desk = [word[cut:], *words[index + 1 :]]
            if len(desk) > _MAX_DESK_WORDS or desk[0].casefold() not in DESK_WORDS:
                break
            if not all(w[:1].isupper() or w.casefold() in _CONNECTORS for w in desk):
                break
            name = " ".join([*words[:index], glued_to])
            return name if _person(name) == name else segment
    return segment


def _person(segment: str) -> str | None:
    """*segment* as a person's name (a trailing place dropped), or ``None``.

    A segment that opens with *The* is an outlet (``The New York Times``).
    """
    if segment[:4] in ("The ", "THE "):
        return None
    place = BYLINE_PLACE.search(segment)
    if place is not None:
        segment = segment[: place.start()]
    if len(segment) > _MAX_NAME or not BYLINE_PERSON.fullmatch(segment):
        return None
    return segment


def _credit_names(inner: str) -> tuple[str, ...] | None:
    """The writers' names of a credit line: ``Reporting by X; Editing by Y`` gives X
    (the desk's roles, :data:`~newsstruct._data.boilerplate.DESK_CREDIT_ROLES`, credit
    no writer)."""
    roles = list(BYLINE_CREDIT_ROLE.finditer(inner))
    names: list[str] = []
    for index, role in enumerate(roles):
        stop = roles[index + 1].start() if index + 1 < len(roles) else len(inner)
        if role.group().split(None, 1)[0].casefold() in _DESK_ROLES:
            continue  # Editing by Y
        for raw in BYLINE_SEPARATOR.split(inner[role.end() : stop]):
            segment = raw.strip().rstrip(".:")
            if segment[:4].casefold() == "and ":
                segment = segment[4:].lstrip()  # ..., and Tom Lind in Paris
            agency, _, rest = segment.partition(" ")
            if agency.isupper() and len(rest.split()) >= 2 and is_agency(agency):
                # the agency's correspondent: (spravodajca TASR Peter Novák), not Petra Novak
                segment = rest.lstrip()
            segment = _title_dropped(segment)  # staff writer Jane Doe
            if not segment or _is_desk(segment) or _place_alone(segment):
                continue  # ... Zachary Fagenson in Miami, Florida, and ...
            name = _person(segment)
            if name is not None:
                names.append(name)
    return tuple(names) if names else None


def _title_dropped(segment: str) -> str:
    """*segment* without the writer's title in lower case before the name
    (``staff writer Jane Doe``: ``Jane Doe``; its last word one of
    :data:`_REPORTER_NOUNS`).

    >>> from newsstruct._byline import _title_dropped
    >>> _title_dropped("staff writer Jane Doe"), _title_dropped("the Dakar newsroom")
    ('Jane Doe', 'the Dakar newsroom')
    """
    if not segment[:1].islower():
        return segment
    words = segment.split()
    for at, word in enumerate(words[: _MAX_TITLE_WORDS + 1]):
        if not word.islower():
            if at and words[at - 1].casefold() in _REPORTER_NOUNS:
                return " ".join(words[at:])
            break
    return segment


def _writer_like(name: str) -> bool:
    """Whether *name*, over a paper's name alone, may be its writer's: not a
    place, a section or a word of an office or a body (``New York`` / ``Daily
    News`` and ``Editorial Board`` / ``The Denver Post`` name no writer).

    >>> _writer_like("Maya Delgado"), _writer_like("New York"), _writer_like("Editorial Board")
    (True, False, False)
    """
    name = name.strip()
    if _place_alone(name) or name.casefold() in SECTION_NAMES:
        return False
    return not any(
        word.casefold() in ROLE_WORDS or word.casefold() in ORGANISATION_WORDS
        for word in name.split()
    )


def _place_alone(segment: str) -> bool:
    """True when *segment* is only a listed place, state or country (``Florida``)."""
    return (
        segment in STATE_WORDS
        or segment in US_STATE_NAMES
        or segment in COUNTRIES
        or is_known_place(segment, names_too=False)
    )


def parse_byline(text: str) -> Byline | None:
    """Parse *text* (one byline, outer white space allowed) as a byline.

    ``names`` lists the people credited, in order; agencies, desks and roles
    stay in ``text`` only.  Without a lead word (``By``, ``Von``...) a block
    is a byline when it opens with a full name whose first word is a common
    first name and holds no sentence (``Jane Doe, Environment correspondent``,
    ``Jane Doe in Brussels``); in an article, only below the headline.  Text
    that is not a byline gives ``None``; a *text* that is no ``str`` raises
    :class:`~newsstruct.exceptions.InputTypeError`.

    >>> from newsstruct import parse_byline
    >>> parse_byline("By Cal Mankowski, Reuters").names
    ('Cal Mankowski',)
    >>> parse_byline("by Janie Gabbett, Reuters").names
    ('Janie Gabbett',)
    >>> parse_byline("By HILLEL ITALIE\\nAssociated Press Writer").names
    ('HILLEL ITALIE',)
    >>> parse_byline("By Jane Doe and John Smith").names
    ('Jane Doe', 'John Smith')
    >>> parse_byline("Von Marco Krefting und Sunrita Sen, dpa").names
    ('Marco Krefting', 'Sunrita Sen')
    >>> parse_byline("Por María López, EFE").names
    ('María López',)
    >>> parse_byline("Par Jean-Luc Dupont, AFP").names
    ('Jean-Luc Dupont',)
    >>> parse_byline("Reporting by Jane Doe in Paris; Editing by Tom Lee").names
    ('Jane Doe',)
    >>> parse_byline("  By Jane Doe  ").span
    Span(start=2, end=13)
    >>> parse_byline("Jane Doe, Environment correspondent").names
    ('Jane Doe',)
    >>> parse_byline("By Rep. Tom Hill (D-Ohio)").names
    ('Rep. Tom Hill',)
    >>> parse_byline("By the end of the year, prices had doubled.") is None
    True
    >>> parse_byline("Bye for now") is None
    True

    Markdown (a text that shows it: a link, words in bold, a heading) is read
    around the words, as :func:`~newsstruct.parse_article` reads it: ``text``
    as written, its span into *text*, ``names`` without the markup.

    >>> b = parse_byline("**By [Jane Doe](https://example.com/jd)**")
    >>> b.text, b.names, b.span
    ('By [Jane Doe](https://example.com/jd)', ('Jane Doe',), Span(start=2, end=39))
    """
    text = check_text(text)

    def read(text: str, blocks: ReadBlocks) -> Byline | None:
        start, end = trim(text)
        return guarded(None, match_byline, text, start, end) or guarded(
            None, match_unled_byline, text, start, end
        )

    return read_as_written(text, read)
