"""Datelines: ``REYKJAVIK (REUTERS) -``, ``NEW YORK, March 26 (Reuters) -`` ...

A dateline opens the first paragraph of a wire story: where it was filed,
often when, and by which agency.  It is read only from the first
:data:`~newsstruct._patterns.DATELINE_WINDOW` characters of the block, so any
input is read in linear time.

Shapes (patterns in :mod:`newsstruct._patterns`, "datelines and dates"):

* ``LOCATION [, DATE] [(AGENCY)] DASH``: Reuters, AP, AFP, Xinhua, dpa, EFE,
  ANI ... (``DASH`` is any dash, ``_``, ``.-`` or ``:``; it may be missing
  after a known agency, as in ``Naypyidaw, Myanmar (CNN)Twenty-one``);
* ``LOCATION, DATE - AGENCY.``: RIA Novosti (``МОСКВА, 12 мар - РИА Новости.``);
* ``LOCATION, DATE. /AGENCY/.``: TASS (``МОСКВА, 12 марта. /ТАСС/.``);
* ``LOCATION AGENCY -``: a web page's brackets lost (``Washington CNN —``), a
  listed agency as written after a listed city or a short place in capitals;
* ``LOCATION, DATE AGENCY -``: Kyodo and 1987 Reuters (``TOKYO, Jan. 5 Kyodo -``),
  known agencies only; a day alone before a bracketed agency (``MADRID, 21
  (EUROPA PRESS)``);
* ``(AGENCY) - [LOCATION, DATE -]``: ANSA, and ``(CNN) --``, ``(Bloomberg) --``;
* ``LOCATION, DATE - (AGENCY) [-]``: ANSA's web copy (``ROMA, 4 NOV - (ANSA)``),
  known agencies only;
* ``DATE (AGENCY) DASH``: ``Jan. 5 (Bloomberg) --``;
* ``(PLACE=AGENCY)``: Yonhap in Korean (``(서울=연합뉴스)``), and
  ``AGENCYPLACEDATE电``: Xinhua in Chinese (``新华社北京3月31日电``);
* scripts without capitals (Arabic, Chinese...) are read where a known agency
  follows the place: ``القاهرة (رويترز) -``;
* ``AGENCY - [dateline]``: RSS-style source prefixes (``AP - ``,
  ``Canadian Press - VANCOUVER (CP) -``), known agencies only;
* repeat flags before any of these: ``RPT --LUDWIGSHAFEN, ...``;
* a byline glued before the dateline on its line, set off by two or more
  spaces (``By MICHAEL LIEDTKE     SAN FRANCISCO (AP) --``): the dateline's
  span then starts at its location, after the byline.

Strictness: a bracketed name that is not a known agency
(:mod:`newsstruct._data.agencies`) needs a dash after it and a location in
capitals or a date; a bracket that abbreviates the words before it
(``CANADIAN PACIFIC (CP)``) is not an agency, and a known agency with no dash
must be followed by a sentence, not more words in capitals.  A location in
capitals with a function word (``... SUBSIDY TO END JULY 1 -``) is a clause.
A location with neither date nor agency must be followed by a sentence and
not be a label such as ``UPDATE`` or ``EXCLUSIVE``; in capitals it must read
as a place (one word, a listed city of :mod:`newsstruct._data.gazetteer`, a
state or country after a comma, or a place word: ``FORT PIERCE``,
``ATLANTIC CITY``) and be set off by a spaced dash, or by a colon after a
listed city only (``PETALING JAYA:``; ``TAPPER:`` labels a speaker); in title
case only a listed city counts (``Mumbai:``, ``Kuala Lumpur -``).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable

import regex

from newsstruct._data.agencies import AGENCIES, is_agency
from newsstruct._data.boilerplate import TIMESTAMP_LABELS
from newsstruct._data.gazetteer import is_known_place
from newsstruct._data.months import MONTHS
from newsstruct._data.places import (
    NOT_PLACES,
    ONE_WORD_SENTENCE_ENDINGS_DE,
    ONE_WORD_SENTENCES_DE,
    PLACE_MARK_OPENERS_DE,
    PLACE_PREFIXES,
    PLACE_SUFFIXES,
    STATE_WORDS,
    US_STATE_NAMES,
)
from newsstruct._dates import (
    dateline_numeric_date,
    evidence_date,
    full_dates,
    numeric_date,
    resolve_in_text,
)
from newsstruct._guard import guarded
from newsstruct._language import detect_language
from newsstruct._markdown import ReadBlocks, read_as_written
from newsstruct._model import Dateline, Span
from newsstruct._options import Options, check_text, merge_options
from newsstruct._patterns import (
    BOILERPLATE_DATE_LINE,
    DATELINE_AFTER_STAMP,
    DATELINE_AGENCY_DATED,
    DATELINE_AGENCY_FIRST,
    DATELINE_BEFORE_STAMP,
    DATELINE_CHINESE,
    DATELINE_CONNECTORS,
    DATELINE_DATE_FIRST,
    DATELINE_DATED_FULL_STOP,
    DATELINE_FLAG,
    DATELINE_FULL_STOP,
    DATELINE_GLUED_BYLINE,
    DATELINE_ISO_FIELD,
    DATELINE_MAIN,
    DATELINE_MARK,
    DATELINE_PLACE_COMMA_DATE,
    DATELINE_PLACE_IS_AGENCY,
    DATELINE_SOURCE,
    DATELINE_STACKED,
    DATELINE_WINDOW,
)

#: Longest location read (characters).
_MAX_LOCATION = 70
#: Words allowed in a bare location (no date, no agency).
_MAX_BARE_WORDS = 3
#: Function words that never appear in a place name written in capitals.
_NOT_PLACE_WORDS = frozenset(
    {"A", "AN", "ARE", "BE", "BUT", "FOR", "HAS", "HAD", "HAVE", "HE", "HER", "HIM", "HIS",
     "IS", "IT", "ITS", "NOT", "OR", "SHE", "THEY", "THIS", "TO", "WAS", "WE", "WERE", "WILL",
     "WITH", "YOU"}
)  # fmt: skip
#: Bracketed words that are never agencies.
_NOT_AGENCIES = frozenset(
    {"photo", "photos", "file", "video", "audio", "update", "updated", "corrected", "left",
     "right", "center", "centre", "above", "below", "pictured", "ap photo", "reuters photo",
     "afp photo", "graphic", "map", "watch", "live", "opinion", "analysis", "editorial"}
)  # fmt: skip
#: A stock ticker in brackets (``IBM.N``, ``STM.PA``, ``BRCM.O``), never a source.
_TICKER = regex.compile(r"[A-Z0-9]{1,6}\.[A-Z]{1,3}")
#: Characters read after a dateline to tell a sentence from a headline.
_LOOK_AHEAD = 40
#: Words read after a bare title-case location (``Mumbai: Police said ...``).
_LOOK_AHEAD_WORDS = 6
#: Words read in all to find the verbs of a sentence that opens with a long
#: name (``Dubai: Construction of the Dubai Metro Blue Line will begin ...``),
#: and how many lower-case words other than :data:`_FUNCTION_WORDS` make one.
_LONG_LOOK_AHEAD_WORDS = 12
_MIN_CONTENT_WORDS = 2
#: Words that title case leaves in lower case (``A Tale of Two Cities``).
_FUNCTION_WORDS = frozenset(
    {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "with",
     "from", "as", "vs", "via", "into", "over", "after", "amid", "per", "up", "off", "out"}
)  # fmt: skip
#: A word of the text that follows a dateline.
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.\-]*+")
#: What separates the first place of a location from the rest, a comma
#: before a qualifier (state, country), and a possessive in capitals.
_PLACE_SEPARATOR = regex.compile(r"[,\u060c/]")
_QUALIFIER_COMMA = regex.compile(r"[,\u060c]")
_POSSESSIVE_S = regex.compile(r"['’]S\b")
#: A numeric date ``12.03.2024`` (day, month, year).
_NUMERIC_DATE = regex.compile(r"([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4})")
#: A numeric date ``04/11/2025`` or ``04-11-2025`` (day or month first).
_SLASHED_DATE = regex.compile(r"[0-9]{1,2}([/-])[0-9]{1,2}\1[0-9]{4}")


def match_dateline(text: str, start: int, end: int, options: Options) -> Dateline | None:
    """The dateline opening ``text[start:end]`` (a block), spans into *text*; else ``None``.

    >>> from newsstruct._dateline import match_dateline
    >>> from newsstruct import Options
    >>> text = "Storm\\n\\nLISBON (Reuters) - Ports closed."
    >>> d = match_dateline(text, 7, len(text), Options())
    >>> d.text, d.span, text[d.span.end :]
    ('LISBON (Reuters) -', Span(start=7, end=25), ' Ports closed.')
    >>> match_dateline(text, 0, 5, Options()) is None
    True
    """
    stop = min(end, start + DATELINE_WINDOW)
    # no ``timeout=``: the patterns are linear and read at most DATELINE_WINDOW
    # characters (a timeout costs microseconds per call to set up)
    found = _match(text, start, stop)
    if found is None:
        return None
    span, location, agency, date_text = found
    date: datetime.date | None = None
    numeric = None if date_text is None else _NUMERIC_DATE.fullmatch(date_text)
    if numeric is not None:
        date = _numeric_date(numeric)
    elif date_text is not None and _SLASHED_DATE.fullmatch(date_text) is not None:
        date = dateline_numeric_date(date_text, text, options, span.end)
    elif date_text is not None:
        date = resolve_in_text(date_text, text, options, lead_start=span.end, lead_end=end)
    else:
        date = evidence_date(text, options, lead_start=span.end, lead_end=end)
    return Dateline(
        text=text[span.start : span.end],
        span=span,
        location=location,
        agency=agency,
        date_text=date_text,
        date=date,
    )


def _numeric_date(found: regex.Match[str]) -> datetime.date | None:
    """``12.03.2024``: day, month and year, as written in European datelines."""
    day, month, year = (int(found.group(i)) for i in (1, 2, 3))
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


_Found = tuple[Span, str | None, str | None, str | None]
#: The first :data:`DATELINE_MARK` of a window, or ``None``.
_Mark = re.Match[str] | None


# Cheap gates before the patterns (most blocks open no dateline): the first
# characters a pattern needs, or a bracket, slash, dash or colon in the window
# (:data:`DATELINE_MARK`).  Keep them in step with the patterns.
#: The first characters of :data:`DATELINE_FLAG`.
_FLAG_FIRST = frozenset("RCU*")
#: The first characters of the agencies of :data:`DATELINE_CHINESE`.
_CHINESE_FIRST = frozenset("新中人央法路美共塔")


def _match(text: str, start: int, stop: int) -> _Found | None:
    pos = start
    flag = DATELINE_FLAG.match(text, pos, stop) if text[pos : pos + 1] in _FLAG_FIRST else None
    if flag is not None:
        pos = flag.end()
    # the first mark of the window, searched for once for both readings
    mark = DATELINE_MARK.search(text, pos, stop)
    found = None if flag is not None else _match_source(text, pos, stop, mark)
    if found is None:
        found = _match_dateline(text, pos, stop, mark)
    if found is None and flag is None:
        found = _match_after_byline(text, pos, stop)
        limit = min(stop, pos + _MAX_FULL_STOP_PLACE)
        if found is None and (
            text.find(". ", pos, limit) > pos or text.find(".- ", pos, limit) > pos
        ):
            found = _match_full_stop(text, pos, stop)  # Dar es Salaam. The ..., México.- El ...
        if found is None and text.find(". ", pos, pos + _MAX_DATED_FULL_STOP) > pos:
            found = _match_dated_full_stop(text, pos, stop)  # Madrid, 9 de marzo de 2026. La ...
        return found
    if found is None:
        return None
    span, location, agency, date_text = found
    return Span(start, span.end), location, agency, date_text


def dateline_end(text: str, start: int, end: int) -> int:
    """Where the words after the dateline opening ``text[start:end]`` (a
    block) start, or *start* with none there; no date is resolved.

    >>> from newsstruct._dateline import dateline_end
    >>> text = "PARIS (AFP) - Talks ended."
    >>> text[dateline_end(text, 0, len(text)) :]
    'Talks ended.'
    >>> dateline_end("Talks ended.", 0, 12)
    0
    """
    found = _match(text, start, min(end, start + DATELINE_WINDOW))
    if found is None:
        return start
    at = found[0].end
    while at < end and text[at].isspace():
        at += 1
    return at if at < end else start


def _match_full_stop(text: str, pos: int, stop: int) -> _Found | None:
    """``Dar es Salaam. The bank ...``: a listed place closed by a full stop.

    >>> from newsstruct._dateline import _match_full_stop
    >>> _match_full_stop("Dar es Salaam. The bank held rates.", 0, 35)[1]
    'Dar es Salaam'
    >>> _match_full_stop("Fine. The bank held rates.", 0, 26) is None
    True
    >>> _match_full_stop("Chicago. That is where it begins.", 0, 33) is None
    True
    >>> _match_full_stop("Monterrey.- El Congreso aprobó la ley.", 0, 38)[:2]
    (Span(start=0, end=11), 'Monterrey')
    >>> _match_full_stop("STOCKHOLM. På onsdagen höll åklagaren.", 0, 38)[1]
    'STOCKHOLM'
    >>> _match_full_stop("NOTE. The figures were revised.", 0, 31) is None
    True
    """
    limit = min(stop, pos + _MAX_FULL_STOP_PLACE)
    dot = text.find(". ", pos, limit)
    dash = text.find(".- ", pos, limit)  # Mexican dailies: Ciudad de México.- El Senado ...
    if dash >= 0 and (dot < 0 or dash < dot):
        dot = dash
    if dot < 0 or not text[pos : pos + 1].isupper():
        return None  # (a cheap gate: a capital first, then a word in lower case before
    if not text[dot - 1 : dot].islower() and not text[pos:dot].isupper():
        return None  # the stop or the place in capitals: STOCKHOLM. På onsdagen ...)
    if text.count(" ", pos, dot) > _MAX_FULL_STOP_SPACES:
        return None
    found = DATELINE_FULL_STOP.match(text, pos, stop)
    if found is None or found.end("location") != dot:
        return None
    location = found.group("location")
    if is_agency(location) or not (
        is_known_place(location, names_too=False) or _place_mark(location, text, dot + 1, stop)
    ):
        return None
    after = text[found.end() : found.end() + _LONGEST_BACK_REFERENCE + 1]
    if after.split(None, 1)[0].rstrip(",") in _BACK_REFERENCES:
        return None  # a feature's opening: "Chicago. That is where it begins ..."
    return Span(pos, dot + 2 if dot == dash else dot + 1), location, None, None


def _place_mark(location: str, text: str, after: int, stop: int) -> bool:
    """Whether *location*, closed by a full stop before ``text[after:stop]``, is
    a German paper's place mark though no listed place: one capitalised word
    of letters (``Lüneburg``), no one-word sentence (``Endlich``), before a
    sentence opening with an article or a lead's preposition (``Der``, ``Am``).

    >>> from newsstruct._dateline import _place_mark
    >>> text = "Lüneburg. Der Stadtrat hat ein Hallenbad beschlossen."
    >>> _place_mark("Lüneburg", text, 9, len(text))
    True
    >>> text = "Endlich. Der Stadtrat hat ein Hallenbad beschlossen."
    >>> _place_mark("Endlich", text, 8, len(text))
    False
    >>> text = "Lüneburg. The council approved a pool."
    >>> _place_mark("Lüneburg", text, 9, len(text))
    False
    """
    if (
        not _MIN_PLACE_MARK <= len(location) <= _MAX_FULL_STOP_PLACE
        or not location[1:].isalpha()
        or not location[1:].islower()
        or location in ONE_WORD_SENTENCES_DE
        or location.endswith(ONE_WORD_SENTENCE_ENDINGS_DE)
    ):
        return False
    words = text[after : min(stop, after + _LONGEST_PLACE_MARK_OPENER + 2)].split(None, 1)
    return bool(words) and words[0] in PLACE_MARK_OPENERS_DE


#: An unlisted place mark has at least this many letters; the longest word
#: opening the sentence after it.
_MIN_PLACE_MARK = 4
_LONGEST_PLACE_MARK_OPENER = max(map(len, PLACE_MARK_OPENERS_DE))


def _match_dated_full_stop(text: str, pos: int, stop: int) -> _Found | None:
    """``Madrid, 9 de marzo de 2026. La Sala ...``: a listed place, a comma and
    a full date with its year, closed by a full stop (a release's dateline in
    Spanish, French or German).

    >>> from newsstruct._dateline import _match_dated_full_stop
    >>> text = "Madrid, 9 de marzo de 2026. La Sala ha confirmado la condena."
    >>> _match_dated_full_stop(text, 0, len(text))
    (Span(start=0, end=27), 'Madrid', None, '9 de marzo de 2026')
    >>> text = "Paris, le 9 mars 2026. La gendarmerie lance un appel."
    >>> _match_dated_full_stop(text, 0, len(text))[1:]
    ('Paris', None, '9 mars 2026')

    The place must be a known one (a sentence may open with a word and a date):

    >>> text = "Finally, 9 March 2026. The day came."
    >>> _match_dated_full_stop(text, 0, len(text)) is None
    True
    """
    if not text[pos : pos + 1].isupper():
        return None
    found = DATELINE_DATED_FULL_STOP.match(text, pos, min(stop, pos + _MAX_DATED_FULL_STOP + 2))
    if found is None:
        return None
    location = found.group("location")
    if not is_known_place(location, names_too=False) or is_agency(location):
        return None
    return (
        Span(pos, found.start("date") + len(found.group("date")) + 1),
        location,
        None,
        found.group("date"),
    )


#: A place, a comma and a full date closed by a full stop have at most this many characters.
_MAX_DATED_FULL_STOP = 60


#: Words that open a sentence referring back to a place standing alone before
#: it (``Paris. Few cities ...``, ``Chicago. That is where ...``): a feature's
#: opening, not a dateline, whose story opens with a subject of its own.
_BACK_REFERENCES = frozenset(
    {"That", "This", "These", "Those", "It", "It's", "Its", "There", "Here", "Few",
     "Such", "So", "Yes", "No", "Once", "Welcome", "Think", "Picture", "Imagine"}
)  # fmt: skip
_LONGEST_BACK_REFERENCE = max(map(len, _BACK_REFERENCES))


#: A place closed by a full stop has at most this many characters and spaces.
_MAX_FULL_STOP_PLACE = 30
_MAX_FULL_STOP_SPACES = 3


def _match_after_byline(text: str, pos: int, stop: int) -> _Found | None:
    """``By NAME     SAN FRANCISCO (AP) --``: the dateline after a glued byline.

    The dateline's span starts at its location; it must have an agency or a date.
    """
    if not text.startswith("By", pos):
        return None
    byline = DATELINE_GLUED_BYLINE.match(text, pos, stop)
    if byline is None:
        return None
    after = byline.end()
    found = _match_dateline(text, after, stop, DATELINE_MARK.search(text, after, stop))
    if found is None or (found[2] is None and found[3] is None):
        return None
    return found


#: Marks that cannot come first in ``AP - ``: no bracket, slash, colon or underscore.
_NOT_SOURCE_MARKS = frozenset("(/:_")


def _match_source(text: str, pos: int, stop: int, mark: _Mark) -> _Found | None:
    """``AP - `` or ``Canadian Press - VANCOUVER (CP) -``.

    *mark*: the first :data:`DATELINE_MARK` in ``text[pos:stop]``.
    """
    if mark is None or mark.group() in _NOT_SOURCE_MARKS:
        return None  # no dash (the source's name holds letters, stops and hyphens only)
    source = DATELINE_SOURCE.match(text, pos, stop)
    if source is None or not is_agency(source.group("agency")):
        return None
    after = source.end()
    inner = _match_dateline(text, after, stop, DATELINE_MARK.search(text, after, stop))
    if inner is not None:
        span, location, agency, date_text = inner
        return Span(pos, span.end), location, agency or source.group("agency"), date_text
    dash_end = source.end()
    while dash_end > pos and text[dash_end - 1].isspace():
        dash_end -= 1
    return Span(pos, dash_end), None, source.group("agency"), None


def _match_dateline(text: str, pos: int, stop: int, mark: _Mark) -> _Found | None:
    """The dateline at *pos*; *mark*: the first :data:`DATELINE_MARK` in ``text[pos:stop]``."""
    first = text[pos : pos + 1]
    if first in _CHINESE_FIRST:
        found = _match_chinese(text, pos, stop)
        if found is not None:
            return found
    if first == "(":
        found = _match_place_is_agency(text, pos, stop) or _match_agency_first(text, pos, stop)
        if found is not None:
            return found
    if text.find("(", pos, stop) >= 0:
        found = _match_date_first(text, pos, stop) or _match_agency_dated(text, pos, stop)
        if found is not None:
            return found
    return _match_main(text, pos, stop, mark)


def _match_chinese(text: str, pos: int, stop: int) -> _Found | None:
    """``新华社北京3月31日电``: agency, place and date run together, then 电."""
    found = DATELINE_CHINESE.match(text, pos, stop)
    if found is None:
        return None
    return (
        Span(pos, found.end()),
        found.group("location"),
        found.group("agency"),
        found.group("date"),
    )


def _match_place_is_agency(text: str, pos: int, stop: int) -> _Found | None:
    """``(서울=연합뉴스)``: place and agency in one bracket."""
    found = DATELINE_PLACE_IS_AGENCY.match(text, pos, stop)
    if found is None or not is_agency(found.group("agency").strip()):
        return None
    return Span(pos, found.end()), found.group("location"), found.group("agency").strip(), None


def _match_agency_first(text: str, pos: int, stop: int) -> _Found | None:
    """``(ANSA) - ROMA, 1 LUG -``, ``(CNN) --``."""
    lead = DATELINE_AGENCY_FIRST.match(text, pos, stop)
    if lead is None or not _known(lead.group("agency")):
        return None
    agency = lead.group("agency")
    after = _skip_space(text, lead.end(), stop)
    if lead.group("dash"):
        main = DATELINE_MAIN.match(text, after, stop)
        if (
            main is not None
            and main.group("dash")
            and main.group("agency") is None
            and (main.group("date") or _is_capitals(main.group("location")))
            and _followed_by_text(text, main.end("dash"), stop)
        ):
            return Span(pos, main.end("dash")), _clean_location(main), agency, main.group("date")
        return Span(pos, lead.end("dash")), None, agency, None
    if _body_follows(text, lead.end(), stop):
        return Span(pos, lead.end()), None, agency, None
    return None


def _match_date_first(text: str, pos: int, stop: int) -> _Found | None:
    """``Jan. 5 (Bloomberg) --``."""
    lead = DATELINE_DATE_FIRST.match(text, pos, stop)
    if lead is None:
        return None
    agency = lead.group("agency")
    known = _known(agency)
    if not (known or (lead.group("dash") and _agency_shaped(agency))):
        return None
    end = lead.end("dash") if lead.group("dash") else lead.end()
    return Span(pos, end), None, agency, lead.group("date")


def _match_agency_dated(text: str, pos: int, stop: int) -> _Found | None:
    """``Law360 (November 4, 2025, 6:12 PM EST) --``: a listed service, the date
    in brackets (:data:`~newsstruct._patterns.DATELINE_AGENCY_DATED`).

    >>> from newsstruct._dateline import _match_agency_dated
    >>> text = "Law360, New York (November 4, 2025, 6:12 PM EST) -- A judge ruled."
    >>> _match_agency_dated(text, 0, len(text))[1:]
    ('New York', 'Law360', 'November 4, 2025')
    >>> _match_agency_dated("Acme (November 4, 2025) -- It rained.", 0, 37) is None
    True
    """
    if not text[pos : pos + 1].isupper():
        return None
    found = DATELINE_AGENCY_DATED.match(text, pos, stop)
    if found is None or not is_agency(found.group("agency")):
        return None
    return (
        Span(pos, found.end("dash")),
        found.group("location"),
        found.group("agency"),
        found.group("date"),
    )


#: A listed agency after a comma or a full stop and closed by one, near a
#: block's start (:func:`_agency_stop`).
_AGENCY_STOP = re.compile(r"[,.] (\w[\w\-]{1,20})\. ")
#: ... within this many characters.
_AGENCY_STOP_REACH = 50


def _agency_stop(text: str, pos: int, stop: int) -> bool:
    """True when a listed agency closed by a full stop follows a comma or a full
    stop near *pos* (``RĪGA, 4. novembris, LETA.``, ``Київ, 4 листопада. Укрінформ.``)."""
    for found in _AGENCY_STOP.finditer(text, pos, min(stop, pos + _AGENCY_STOP_REACH)):
        if is_agency(found.group(1)):
            return True
    return False


def _match_main(text: str, pos: int, stop: int, mark: _Mark) -> _Found | None:
    # cheap gates (most paragraphs; the full pattern is slow to fail)
    if mark is None and _agency_stop(text, pos, stop):
        pass  # the agency closed by a full stop, no dash: RĪGA, 4. novembris, LETA. Valdība ...
    elif mark is None:
        # without a bracket, slash, dash or colon only a listed city in capitals
        # on a line of its own is a dateline (see below): the whole window
        if stop - pos > _MAX_LOCATION and not text[stop - 1].isspace():
            return None  # (too long, without slicing it)
        alone = text[pos:stop].rstrip()
        if len(alone) > _MAX_LOCATION or not _is_capitals(alone):
            return None
    elif _clause_before(text, pos, mark.start()) or _unknown_before_colon(text, pos, mark):
        return None
    main = DATELINE_MAIN.match(text, pos, stop)
    if main is None:
        return None
    location = main.group("location")
    date_text = main.group("date")
    agency = main.group("agency")
    dash = main.group("dash")
    if len(location) > _MAX_LOCATION:
        return None
    if main.group("slash") is not None:  # МОСКВА, 12 марта. /ТАСС/.
        slashed = main.group("slash_agency")
        if not _known(slashed) or main.group("plain_agency") is not None:
            return None
        end = main.end("dash") if dash else main.end("slash")
        return Span(pos, end), _clean_location(main), slashed, date_text
    lower = main.group("lower") is not None
    if agency is not None:
        known = _known(agency)
        if lower and not (known and dash and agency.islower()):
            return None  # a lower-case place: an uncased text's, its agency too (bangkok (afp) -)
        if _spelled_out_by(location, agency):
            return None
        if not known and not (
            dash
            and _agency_shaped(agency)
            and (date_text is not None or _is_capitals(_first_place(location)))
            and not _spells_out(location, agency)
            and not _speaker_label(location, dash)
        ):
            return None
        close = text.index(")", main.end("agency")) + 1
        if dash:
            end = main.end("dash")
        elif known and _body_follows(text, close, stop):
            end = close
        elif known and text.startswith(". ", close) and _body_follows(text, close + 1, stop):
            end = close + 1  # the agency's bracket and a full stop (epd): Berlin (epd). Die ...
        elif known and date_text is not None and _skip_space(text, close, stop) >= stop:
            end = close  # a line of its own: MADRID, 12 (EUROPA PRESS)
        else:
            return None
    elif dash:
        end = main.end("dash")
        if _clause_in_capitals(location):
            return None  # ``PORT SUBSIDY TO END JULY 1 -``: a clause, not a place
        unbracketed = None if date_text is not None else _place_then_agency(text, main, stop)
        if unbracketed is not None:
            return Span(pos, end), unbracketed[0], unbracketed[1], None
        if date_text is None and not _bare_location(text, main, stop):
            return None
        if date_text is not None and lower and len(location.split()) > 3:
            return None
        if date_text is None and not _followed_by_text(text, end, stop):
            return None
        if (
            date_text is not None
            and "," not in text[main.end("location") : main.start("date")]
            and _headline_follows(text, end, stop)
        ):
            return None  # ``OIL OUTPUT TO END JULY 1 - MINISTER``: a headline
    elif (
        date_text is not None
        and main.group("plain_agency") is not None
        and main.end() == main.end("plain_agency")
        and text.startswith(". ", main.end())
        and is_agency(main.group("plain_agency"))
        and _body_follows(text, main.end() + 1, stop)
    ):
        # the agency after the date, closed by a full stop (LETA, Ukrinform):
        # RĪGA, 4. novembris, LETA. Valdība ..., Київ, 4 листопада. Укрінформ. Кабінет ...
        return (
            Span(pos, main.end() + 1),
            _clean_location(main),
            main.group("plain_agency"),
            date_text,
        )
    elif (
        date_text is None
        and _skip_space(text, main.end("location"), stop) >= stop
        and _is_capitals(location)
        and is_known_place(location, names_too=False)
    ):
        end = main.end("location")  # a listed city on a line of its own: ANKARA
    else:
        return None
    plain = main.group("plain_agency")
    if plain is not None:
        if agency is not None or not dash or not is_agency(plain):
            return None
        agency = plain
    tail = main.group("tail")
    if tail is not None and agency is None and dash and is_agency(tail):
        agency = tail
        end = main.end()
    if agency is None and dash:
        trailing = _agency_after_dash(text, end, stop)
        if trailing is not None:
            end, agency = trailing
    location = _clean_location(main)
    if agency is None and "," in location:
        first, _, rest = location.partition(",")
        if rest.strip() and is_agency(first):
            # the agency or site before the place (Tempo): TEMPO.CO, Jakarta -
            return Span(pos, end), rest.strip(), first, date_text
    return Span(pos, end), location, agency, date_text


#: The longest agency name read in brackets after a dateline's dash.
_MAX_TRAILING_AGENCY = 30


def _agency_after_dash(text: str, pos: int, stop: int) -> tuple[int, str] | None:
    """``(ANSA)`` after the dash of ``ROMA, 4 NOV - (ANSA) Il governo ...``.

    ANSA's web copy puts its name in brackets after the dash; the bracket (and
    a dash after it) is part of the dateline when it holds only a known agency
    and a sentence follows it.  Returns the end and the agency.

    >>> text = "ROMA, 4 NOV - (ANSA) Il governo ha detto."
    >>> _agency_after_dash(text, 13, len(text))
    (20, 'ANSA')
    >>> _agency_after_dash("ROMA, 4 NOV - (vedi sotto) la gente.", 13, 36) is None
    True

    Without brackets, a known agency between two dashes (The Canadian Press's
    web copy) is part of the dateline too:

    >>> text = "TORONTO \u2014 The Canadian Press \u2014 Prices rose."
    >>> _agency_after_dash(text, 9, len(text))
    (30, 'The Canadian Press')
    """
    start = _skip_space(text, pos, stop)
    if start >= stop:
        return None
    if text[start] != "(":
        return _agency_between_dashes(text, start, stop)
    close = text.find(")", start + 1, min(stop, start + _MAX_TRAILING_AGENCY + 2))
    if close < 0:
        return None
    agency = text[start + 1 : close].strip()
    if not agency or not is_agency(agency):
        return None
    end = close + 1
    after = _skip_space(text, end, stop)
    if after < stop and text[after] in _TRAILING_DASHES:
        end = after + 1  # ROMA, 4 NOV - (ANSA) - Il governo ...
    if not _body_follows(text, end, stop):
        return None
    return end, agency


#: The dashes that may follow the bracket of :func:`_agency_after_dash`.
_TRAILING_DASHES = frozenset("-\u2013\u2014")


def _agency_between_dashes(text: str, start: int, stop: int) -> tuple[int, str] | None:
    """``The Canadian Press \u2014`` at *start*: a known agency (``The`` allowed
    before it), a spaced dash, then a sentence.  Returns the end and the agency."""
    if not text[start].isupper():
        return None
    limit = min(stop, start + _MAX_TRAILING_AGENCY + 2)
    for dash in range(start + 1, limit):
        if text[dash] in _TRAILING_DASHES and text[dash - 1] in " \t":
            break
    else:
        return None
    if dash + 1 >= stop or text[dash + 1] not in " \t":
        return None
    agency = text[start:dash].strip()
    bare = agency[4:] if agency[:4] in ("The ", "THE ") else agency
    if not bare or not is_agency(bare) or not _body_follows(text, dash + 1, stop):
        return None
    return dash + 1, agency


#: Lower-case words a main dateline may have before its bracket, slash, dash
#: or colon, besides connectors and month names: a lower-case location
#: (``la paz, 12 mar -``).
_MAX_LOWER_WORDS = 3
_ASCII_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")


def _clause_before(text: str, pos: int, mark: int) -> bool:
    """True when ``text[pos:mark]`` reads as a clause, not the start of a main dateline.

    Before the first bracket, slash, dash or colon (:data:`DATELINE_MARK`), a
    main dateline has place words in capitals, connectors (``de``, ``of``), a
    date (``juil. 26``) and at most :data:`_MAX_LOWER_WORDS` other words in
    lower case (a bracket after a place, ``New Delhi [India]``, may hold any).
    """
    segment = text[pos:mark]
    if "[" in segment:
        return False
    lower = 0
    for word in segment.split():
        if word[0] in _ASCII_LOWER:
            bare = word.rstrip(",.0123456789")
            if bare not in DATELINE_CONNECTORS and bare.casefold() not in MONTHS:
                lower += 1
                if lower > _MAX_LOWER_WORDS:
                    return True
    return False


#: What a main dateline needs before a colon unless it is a listed city alone:
#: a date's digits, a qualifier's comma or a bracket (``New Delhi [India]:``).
_BEFORE_COLON = re.compile("[0-9,\u060c\\[]")


def _unknown_before_colon(text: str, pos: int, mark: re.Match[str]) -> bool:
    """True when the first mark is a colon after words that cannot be a dateline.

    Before a colon with no digit, comma or bracket, a main dateline can only
    be a place alone, read by :func:`_bare_location`, which needs a listed
    city there (``Mumbai:``, ``PETALING JAYA:``); so ``The Latest:`` or
    ``Stealth Over Health:`` is ruled out without the pattern (slow to fail).
    """
    if mark.group() != ":":
        return False
    if _BEFORE_COLON.search(text, pos, mark.start()) is not None:
        return False
    return not is_known_place(text[pos : mark.start()].strip(), names_too=False)


def _bare_location(text: str, main: regex.Match[str], stop: int) -> bool:
    """A location with neither date nor agency: ``MANILA -``, ``Mumbai:``.

    In capitals (``MANILA -``, ``PETALING JAYA –``) it must read as a place
    (one word, a listed city, a state or country after a comma, or a place
    word such as ``FORT`` or ``CITY``) and be set off by a spaced dash; a colon
    needs a listed city (``TAPPER:`` labels a speaker).  In title case
    (``Kuala Lumpur -``, ``Mumbai:``) only a listed city counts, and a sentence,
    not a title-case headline, must follow.
    """
    location = main.group("location")
    first = _PLACE_SEPARATOR.split(location, maxsplit=1)[0].strip()
    qualified = _QUALIFIER_COMMA.search(location) is not None  # a state or a country
    if any(ch.isdigit() for ch in location) or _POSSESSIVE_S.search(location):
        return False
    words = first.split()
    if len(words) > _MAX_BARE_WORDS or len(location.split()) > _MAX_BARE_WORDS + 2:
        return False  # a headline, not a place
    known = is_known_place(first)
    if any(w in _NOT_PLACE_WORDS for w in words):
        return False
    if any(w in NOT_PLACES for w in words) and (len(words) == 1 or not (known or qualified)):
        return False  # ``UPDATE -``, ``TOP SECRET -``, but ``NEW YORK -``
    dash = main.group("dash")
    colon = dash.strip() == ":"
    after = main.end("dash")
    unambiguous = known and is_known_place(first, names_too=False)
    if not _is_capitals(first):
        return unambiguous and (colon or dash[0].isspace()) and _sentence_follows(text, after, stop)
    if colon or not dash[0].isspace():
        # a colon after a name in capitals is a speaker label (``TAPPER:``,
        # ``JACKSON:``); a dash glued to the word is a compound or a label
        # (``FAREWELL—``)
        if not unambiguous:
            return False
    elif not (known or qualified or len(words) == 1 or _place_shaped(words)):
        return False  # ``QUESTIONABLE MEDICAL CLAIMS —``: a slug, not a place
    # a sentence follows (a headline in capitals does not)
    return any(ch.islower() for ch in text[after : min(stop, after + _LOOK_AHEAD)])


#: Most words of a place before an agency with no brackets (``Hong Kong CNN —``).
_MAX_UNBRACKETED_PLACE = 3


def _place_then_agency(text: str, main: regex.Match[str], stop: int) -> tuple[str, str] | None:
    """``Washington CNN —``: a place, then a listed agency without its brackets, a dash.

    AMP and text copies of web pages drop the brackets of ``WASHINGTON (CNN) —``.
    The agency is the last word of the location, written as listed (``CNN``,
    ``Reuters``, ``AP``), or such an agency and its service (``CNN Business``); the words before it are a listed place, or
    a short place in capitals; a spaced dash follows, then the story (or the
    end of the line).  Returns (location, agency) as written.

    >>> from newsstruct._dateline import _place_then_agency
    >>> from newsstruct._patterns import DATELINE_MAIN
    >>> def read(line):
    ...     return _place_then_agency(line, DATELINE_MAIN.match(line), len(line))
    >>> read("Washington CNN — The Fed held rates."), read("HONG KONG AP — Stocks fell.")
    (('Washington', 'CNN'), ('HONG KONG', 'AP'))
    >>> read("Hong Kong CNN —"), read("New York CNN Business — Stocks fell.")
    (('Hong Kong', 'CNN'), ('New York', 'CNN Business'))
    >>> read("Fans Cheer Reuters — The crowd."), read("Washington Post — The paper said.")
    (None, None)
    """
    location = main.group("location").strip()
    dash = main.group("dash")
    if not dash[:1].isspace() or dash.strip() == ":":
        return None  # a spaced dash only
    words = location.split()
    for size in (1, 2):
        if len(words) <= size:
            break
        agency = " ".join(words[-size:])
        if words[-size] not in AGENCIES or not _known(agency):
            continue  # as listed (``Map`` or ``Spa`` are words), or its service: CNN Business
        place = " ".join(words[:-size]).rstrip(",")
        if len(place.split()) > _MAX_UNBRACKETED_PLACE or any(ch.isdigit() for ch in place):
            return None
        first = _PLACE_SEPARATOR.split(place, maxsplit=1)[0].strip()
        if not (
            is_known_place(first, names_too=False)
            or (_is_capitals(first) and not _clause_in_capitals(place))
        ):
            return None
        after = main.end("dash")
        if _skip_space(text, after, stop) < stop and not _body_follows(text, after, stop):
            return None  # a headline in capitals, or lower case, after it
        return place, agency
    return None


def _first_place(location: str) -> str:
    """The place before a location's qualifier: ``SPRINGFIELD`` in ``SPRINGFIELD, Mo.``."""
    return _PLACE_SEPARATOR.split(location, maxsplit=1)[0]


def _place_shaped(words: list[str]) -> bool:
    """``FORT PIERCE``, ``ATLANTIC CITY``, ``MIDWAY ATOLL``: a place word opens or ends it."""
    return words[0] in PLACE_PREFIXES or words[-1] in PLACE_SUFFIXES


def _sentence_follows(text: str, pos: int, stop: int) -> bool:
    """A sentence, not a title-case headline, follows *pos*.

    Among its first words, lower-case ones are at least as many as the
    capitalised ones after the first (``Police said the man`` but not
    ``A Tale of Two Cities``); or, past a long name that opens it, two of its
    first twelve words are lower-case words that title case capitalises
    (``Construction of the Dubai Metro Blue Line will begin``).
    """
    lower = upper = content = 0
    window = min(stop, pos + 2 * _LOOK_AHEAD + 20)
    for count, word in enumerate(_WORD.finditer(text, pos, window)):
        if count >= _LONG_LOOK_AHEAD_WORDS:
            break
        low = word.group().islower()
        if low and word.group() not in _FUNCTION_WORDS:
            content += 1
            if content >= _MIN_CONTENT_WORDS:
                return True
        if count >= _LOOK_AHEAD_WORDS:
            continue
        if low:
            lower += 1
        elif count > 0 and word.group()[0].isupper():
            upper += 1
    return lower > 0 and lower >= upper


def _headline_follows(text: str, pos: int, stop: int) -> bool:
    """Words in capitals follow (``(CP) CONFIRMS EARNINGS``, ``- MINISTER``): a headline.

    Scripts without case never read as a headline here.
    """
    window = text[pos : min(stop, pos + _LOOK_AHEAD)]
    cased = [ch for ch in window if ch.isupper() or ch.islower()]
    return len(cased) >= 2 and all(ch.isupper() for ch in cased)


def _clause_in_capitals(location: str) -> bool:
    """``ROTTERDAM PORT SUBSIDY TO END``: a function word in capitals makes it a clause."""
    return _is_capitals(location) and any(
        word.strip(".,") in _NOT_PLACE_WORDS for word in location.split()
    )


def _spelled_out_by(location: str, agency: str) -> bool:
    """``CANADIAN PACIFIC (CP)``: the bracket abbreviates the words before it."""
    initials = "".join(word[0] for word in location.split() if word[:1].isalpha())
    return len(initials) > 1 and initials.casefold() == agency.replace(".", "").casefold()


def _body_follows(text: str, pos: int, stop: int) -> bool:
    """After an agency with no dash: a sentence, not more headline words in capitals."""
    return _followed_by_text(text, pos, stop) and not _headline_follows(text, pos, stop)


def _followed_by_text(text: str, pos: int, stop: int) -> bool:
    """True when the body after the dateline starts like a sentence (not lower case)."""
    pos = _skip_space(text, pos, stop)
    if pos >= stop:
        return False
    char = text[pos]
    return char.isupper() or char.isdigit() or char in "\"'“‘«„(¿¡["


def _known(agency: str) -> bool:
    """A known agency, or a known agency's service: ``CNN Business``, ``Reuters Health``."""
    if is_agency(agency):
        return True
    words = agency.split()
    return (
        1 < len(words) <= 3
        and is_agency(words[0])
        and all(word[0].isupper() for word in words)
        and not any(word.casefold().startswith("photo") for word in words)
    )


def _agency_shaped(agency: str) -> bool:
    """A bracketed name that reads as a source: ``Sports Network``, ``newratings.com``.

    Not a label (``left``, ``UPDATE 1``), a number, or a stock ticker (``IBM.N``).
    """
    words = agency.split()
    if not words or len(words) > 3 or not agency[0].isalpha():
        return False
    if agency.casefold() in _NOT_AGENCIES or words[0].casefold() in _NOT_AGENCIES:
        return False
    if _TICKER.fullmatch(agency):
        return False
    return all(word[0].isupper() or "." in word for word in words)


def _speaker_label(location: str, dash: str) -> bool:
    """``HOST (JANE DOE):``: a transcript's role and speaker before a colon, no dateline.

    An unknown bracketed name before a colon needs a listed place before it.
    """
    return dash.strip() == ":" and not is_known_place(_first_place(location))


def _spells_out(location: str, agency: str) -> bool:
    """``EU (European Union)``: the brackets spell out an acronym, not a source."""
    initials = "".join(word[0] for word in agency.split() if word[0].isupper())
    return len(initials) > 1 and initials == location.replace(".", "")


def _is_capitals(words: str) -> bool:
    """True when *words* has two letters or more, all capitals."""
    letters = "".join(filter(str.isalpha, words))
    return len(letters) >= 2 and all(map(str.isupper, letters))


def _clean_location(main: regex.Match[str]) -> str:
    """The location as written, without a full stop that ends it (``MOSCOW. March 12``).

    The stop of an abbreviation stays: ``N.J.``, ``Mich.``, ``ST.``.
    """
    location = main.group("location").strip().rstrip(",").strip()
    after = main.string[main.end("location") : main.end("location") + 1]
    if location.endswith(".") and after != ",":
        last = location.split()[-1]
        abbreviation = (
            last in STATE_WORDS or last.title() in STATE_WORDS or "." in last[:-1] or len(last) <= 4
        )
        if not abbreviation:
            location = location[:-1]
    return location


#: Characters read at the end of a time stamp for the place after it.
_STAMP_PLACE_WINDOW = 60
#: Capital words after a stamp's dash that are no place: zones, meridiems, labels.
_NOT_STAMP_PLACES = frozenset(
    {"AM", "PM", "GMT", "UTC", "IST", "EST", "EDT", "CET", "CEST", "BST", "ET", "PT", "UPDATED",
     "PUBLISHED", "POSTED", "NEWS", "LIVE", "VIDEO", "PHOTO", "PHOTOS", "OPINION", "ANALYSIS"}
)  # fmt: skip


def place_after_stamp(text: str, start: int, end: int) -> Dateline | None:
    """The place a time stamp block ``text[start:end]`` ends with, as the dateline.

    The Hindu prints the place after the stamp, not before the lead:
    ``Published - November 04, 2025 08:30 pm IST - THIRUVANANTHAPURAM``.  The
    place is in capitals after a spaced dash at the block's end, after a date
    with a year; its date is the stamp's.

    >>> from newsstruct._dateline import place_after_stamp
    >>> text = "Published - November 04, 2025 08:30 pm IST - THIRUVANANTHAPURAM"
    >>> d = place_after_stamp(text, 0, len(text))
    >>> d.location, d.date, d.span.start == text.index("THIRU")
    ('THIRUVANANTHAPURAM', datetime.date(2025, 11, 4), True)
    >>> place_after_stamp("Updated - November 04, 2025 10:12 pm IST", 0, 40) is None
    True
    >>> place_after_stamp("Nov 4, 2025 - 18:12 - GMT", 0, 25) is None  # a zone
    True
    """
    low = max(start, end - _STAMP_PLACE_WINDOW)
    found = DATELINE_AFTER_STAMP.search(text, low, end)
    if found is None:
        return None
    location = found.group("location")
    if set(location.split()) & _NOT_STAMP_PLACES or sum(map(str.isalpha, location)) < 4:
        return None
    dates = full_dates(text, start, found.start())
    if not dates:
        return None
    span = Span(found.start("location"), found.end("location"))
    return Dateline(text=location, span=span, location=location, date=dates[0])


#: The longest block read as a place before a stamp, or as a place alone.
_MAX_PLACE_LINE = 120
#: The most words of a place alone on its line under the byline.
_MAX_PLACE_ALONE_WORDS = 3


#: The labels of a time stamp (``UPDATED``), which no place before a stamp is.
_STAMP_LABELS = frozenset(TIMESTAMP_LABELS)


def place_before_stamp(text: str, start: int, end: int) -> Dateline | None:
    """The block ``text[start:end]`` as a dateline when it is a place, a spaced dash and a stamp.

    Web pages in Spanish print where and when the story was filed on a line of
    its own (El País: ``Madrid - 04 nov 2025 - 18:12 CET``).  The place is a
    listed city (any case) or one word in capitals; the rest must be a date
    line with a year (:data:`~newsstruct._patterns.BOILERPLATE_DATE_LINE`).
    The whole line is the dateline; ``date_text`` is the stamp.

    >>> from newsstruct._dateline import place_before_stamp
    >>> text = "Madrid - 04 nov 2025 - 18:12 CET"
    >>> d = place_before_stamp(text, 0, len(text))
    >>> d.location, d.date_text, d.date
    ('Madrid', '04 nov 2025 - 18:12 CET', datetime.date(2025, 11, 4))
    >>> place_before_stamp("Madrid - 04 nov - the talks go on", 0, 33) is None
    True
    >>> place_before_stamp("Prices - 04 nov 2025 - 18:12", 0, 28) is None  # no place
    True
    >>> place_before_stamp("Barcelona 24/11/2025 18:12", 0, 26).date
    datetime.date(2025, 11, 24)
    """
    if end - start > _MAX_PLACE_LINE:
        return None
    line = text[start:end].strip()
    found = DATELINE_BEFORE_STAMP.fullmatch(line)
    if found is None:
        return None
    location, stamp = found.group("location"), found.group("stamp")
    if location.casefold() in _STAMP_LABELS:
        return None  # a stamp's label in capitals: UPDATED Feb 22, 2025
    if not (is_known_place(location) or (" " not in location and _is_capitals(location))):
        return None
    if BOILERPLATE_DATE_LINE.fullmatch(stamp) is None:
        return None
    dates = full_dates(stamp)
    if not dates:
        # a numeric date: its order told by the stamp, or by the page's language
        numeric = numeric_date(stamp, language=detect_language(text))
        if numeric is None:
            return None
        dates = [numeric]
    first = text.index(line, start, end)
    return Dateline(
        text=line,
        span=Span(first, first + len(line)),
        location=location,
        date_text=stamp,
        date=dates[0],
    )


def place_comma_date(text: str, start: int, end: int) -> Dateline | None:
    """The block ``text[start:end]`` as a dateline when it is a listed place, a
    comma and a full date, alone (a release's line over its lead: the
    European Commission's ``Brussels, 3 March 2026``).  The caller reads it
    over the first paragraph only (elsewhere it is a time stamp or a letter's
    signature).  The whole line is the dateline; ``date_text`` is the date.

    >>> from newsstruct._dateline import place_comma_date
    >>> text = "Brussels, 3 March 2026"
    >>> d = place_comma_date(text, 0, len(text))
    >>> d.location, d.date_text, d.date
    ('Brussels', '3 March 2026', datetime.date(2026, 3, 3))
    >>> place_comma_date("Monday, 3 March 2026", 0, 20) is None  # no place
    True

    An article may come before the date (French, German releases):

    >>> text = "Paris, le 5 mars 2026"
    >>> place_comma_date(text, 0, len(text)).date
    datetime.date(2026, 3, 5)
    """
    if end - start > _MAX_PLACE_LINE:
        return None
    found = DATELINE_PLACE_COMMA_DATE.fullmatch(text[start:end])
    if found is None or not is_known_place(found.group("location")):
        return None
    dates = full_dates(found.group("stamp"))
    if not dates:
        return None
    return Dateline(
        text=found.group(),
        span=Span(start, end),
        location=found.group("location"),
        date_text=found.group("stamp"),
        date=dates[0],
    )


def place_alone(text: str, start: int, end: int) -> Dateline | None:
    """The block ``text[start:end]`` as a dateline when it is only a listed place.

    Pages print the place a story was filed from on a line of its own under
    the byline (El Mundo: ``Por Luis Pérez`` / ``Valencia``); the caller reads
    it so only there, before the body.

    >>> from newsstruct._dateline import place_alone
    >>> place_alone("Valencia", 0, 8).location
    'Valencia'
    >>> place_alone("Valencia is calm", 0, 16) is None
    True

    A comma may close it (India Today: ``Chennai,``); it is no part of the place:

    >>> d = place_alone("Chennai,", 0, 8)
    >>> d.text, d.location
    ('Chennai,', 'Chennai')
    """
    if end - start > _MAX_PLACE_LINE:
        return None
    line = text[start:end].strip()
    if not line or "\n" in line or len(line.split()) > _MAX_PLACE_ALONE_WORDS:
        return None
    place = line[:-1].rstrip() if line.endswith(",") else line
    if not place or not is_known_place(place):
        return None
    first = text.index(line, start, end)
    return Dateline(text=line, span=Span(first, first + len(line)), location=place)


def place_and_agency(text: str, start: int, end: int) -> Dateline | None:
    """The block ``text[start:end]`` as a dateline when it is only a place in
    capitals and a listed agency in brackets, or a place in capitals and its
    state or country.

    News corpora kept as SGML print the dateline as a field of its own over the
    story (English Gigaword: ``<DATELINE>`` / ``HALIFAX, Nova Scotia (AP)`` /
    ``</DATELINE>``), with no dash after it; the caller reads it so only
    before the body.

    >>> from newsstruct._dateline import place_and_agency
    >>> d = place_and_agency("HALIFAX, Nova Scotia (AP)", 0, 25)
    >>> d.location, d.agency
    ('HALIFAX, Nova Scotia', 'AP')
    >>> place_and_agency("Jane Doe (AP)", 0, 13) is None
    True
    >>> place_and_agency("RIVERTON, Ohio", 0, 14).location
    'RIVERTON, Ohio'
    >>> place_and_agency("RIVERTON, the town", 0, 18) is None
    True
    """
    if end - start > _MAX_PLACE_LINE:
        return None
    line = text[start:end].strip()
    if "\n" in line:
        return None
    bracket = line.rfind("(") if line.endswith(")") else -1
    if bracket >= 0:
        place, agency = line[:bracket].strip(), line[bracket + 1 : -1].strip()
        if not is_agency(agency):
            return None
    else:  # a place and its state or country only: RIVERTON, Ohio
        place, agency = line, None
        region = place.partition(",")[2].strip()
        if not (region in STATE_WORDS or region in US_STATE_NAMES or is_known_place(region)):
            return None
    head = place.split(",", 1)[0].strip()
    if not head or not _is_capitals(head):
        return None
    if len(head.split()) > _MAX_PLACE_ALONE_WORDS:
        return None
    first = text.index(line, start, end)
    return Dateline(text=line, span=Span(first, first + len(line)), location=place, agency=agency)


def place_and_iso_date(text: str, start: int, end: int) -> Dateline | None:
    """The block ``text[start:end]`` as a dateline when it is only a place in
    capitals (at most :data:`_MAX_PLACE_ALONE_WORDS` words before a comma)
    and an ISO date after a space (:data:`DATELINE_ISO_FIELD`).

    Reuters' RCV1 corpus prints the dateline as a field of its own over the
    story, ``<dateline>ST. LOUIS 1996-08-21</dateline>``; the caller reads it
    so only before the body.

    >>> from newsstruct._dateline import place_and_iso_date
    >>> d = place_and_iso_date("ST. LOUIS 1996-08-21", 0, 20)
    >>> d.location, d.date_text, d.date
    ('ST. LOUIS', '1996-08-21', datetime.date(1996, 8, 21))
    >>> place_and_iso_date("Jane Doe 1996-08-21", 0, 19) is None
    True
    >>> place_and_iso_date("LONDON 1996-02-31", 0, 17) is None
    True
    """
    if end - start > _MAX_PLACE_LINE:
        return None
    line = text[start:end].strip()
    found = DATELINE_ISO_FIELD.fullmatch(line)
    if found is None or not found["place"][-1:].isspace():
        return None
    place = found["place"].rstrip()
    head = place.split(",", 1)[0].strip()
    if not head or not _is_capitals(head) or len(head.split()) > _MAX_PLACE_ALONE_WORDS:
        return None
    try:
        date = datetime.date(int(found["year"]), int(found["month"]), int(found["day"]))
    except ValueError:
        return None
    first = text.index(line, start, end)
    return Dateline(
        text=line,
        span=Span(first, first + len(line)),
        location=place,
        date_text=found["date"],
        date=date,
    )


def stacked_dateline(text: str, start: int) -> Dateline | None:
    """The dateline at ``text[start:]`` when it is set on three lines, as a page
    copies it (CNN: ``Boston`` / ``CNN`` / ``—``): a place (a listed one, or at
    most :data:`_MAX_PLACE_ALONE_WORDS` capitalised words before a comma), a
    listed agency and a dash, each alone on its line; else ``None``.

    >>> from newsstruct._dateline import stacked_dateline
    >>> text = "Kyiv, Ukraine\\nCNN\\n —\\nRussia launched drones overnight."
    >>> d = stacked_dateline(text, 0)
    >>> d.location, d.agency, text[d.span.end:].strip()[:6]
    ('Kyiv, Ukraine', 'CNN', 'Russia')
    >>> stacked_dateline("Boston\\nThe Red Sox\\n—\\nThey won.", 0) is None
    True
    """
    found = DATELINE_STACKED.match(text, start, start + _MAX_PLACE_LINE)
    if found is None:
        return None
    place, agency = found.group("place").strip(), found.group("agency").strip()
    if not is_agency(agency):
        return None
    head = place.split(",", 1)[0].strip()
    words = head.split()
    if not is_known_place(head) and not (
        len(words) <= _MAX_PLACE_ALONE_WORDS and all(w[:1].isupper() and w.isalpha() for w in words)
    ):
        return None
    return Dateline(
        text=found.group(), span=Span(found.start(), found.end()), location=place, agency=agency
    )


def _skip_space(text: str, pos: int, stop: int) -> int:
    while pos < stop and text[pos].isspace():
        pos += 1
    return pos


def parse_dateline(
    text: str,
    *,
    options: Options | None = None,
    reference_date: datetime.date | datetime.datetime | None = None,
    languages: Iterable[str] | None = None,
) -> Dateline | None:
    """Parse the dateline at the start of *text*; ``None`` when there is none.

    ``location``, ``agency`` (without brackets) and ``date_text`` are given as
    written; ``location`` keeps its qualifiers (``EDISON, N.J.``,
    ``New Delhi [India]``).  ``date`` is ``date_text`` resolved: a date
    without a year takes it from *reference_date* (see
    :func:`newsstruct.parse_date`), else from evidence in *text* (a time stamp
    line, a full date with the same day); when the dateline has no date of its
    own, ``date`` is the news date evidenced in *text* (a weekday and date in
    the first sentence, with the year of a full date elsewhere); else
    ``None``.  *reference_date* and *languages* are shortcuts for
    ``options=Options(...)``; passing both raises :class:`~newsstruct.exceptions.OptionError`.
    A *text* that is no ``str`` raises
    :class:`~newsstruct.exceptions.InputTypeError`, an unknown language code
    :class:`~newsstruct.exceptions.UnknownLanguageError`.

    >>> from newsstruct import parse_dateline
    >>> import datetime
    >>> d = parse_dateline("NEW YORK, March 26 (Reuters) - Stocks rose.",
    ...                    reference_date=datetime.date(2024, 3, 27))
    >>> d.text, d.location, d.date_text, d.agency, d.date
    ('NEW YORK, March 26 (Reuters) -', 'NEW YORK', 'March 26', 'Reuters', datetime.date(2024, 3, 26))
    >>> parse_dateline("REYKJAVIK (REUTERS) - Top diplomats met.").location
    'REYKJAVIK'
    >>> parse_dateline("\\n\\ufeff REYKJAVIK (REUTERS) - Top diplomats met.").span
    Span(start=3, end=24)
    >>> parse_dateline("EDISON, N.J., April 13 - The company said.").location
    'EDISON, N.J.'
    >>> parse_dateline("Naypyidaw, Myanmar (CNN)Twenty-one people died.").text
    'Naypyidaw, Myanmar (CNN)'
    >>> parse_dateline("WASHINGTON (AP) _ The Senate voted.").agency
    'AP'
    >>> d = parse_dateline("New Delhi [India], Sept 20 (ANI): The minister said.")
    >>> d.location, d.agency, d.date_text, d.date
    ('New Delhi [India]', 'ANI', 'Sept 20', None)
    >>> parse_dateline("Peine (dpa/lni) - Die Polizei sucht Zeugen.").agency
    'dpa/lni'
    >>> d = parse_dateline("(ANSA) - ROMA, 1 LUG - Il governo ha detto.")
    >>> d.location, d.agency, d.date_text
    ('ROMA', 'ANSA', '1 LUG')
    >>> d = parse_dateline("МОСКВА, 12 мар - РИА Новости. Президент заявил.")
    >>> d.location, d.agency, d.date_text
    ('МОСКВА', 'РИА Новости', '12 мар')
    >>> parse_dateline("AP - A company won a grant.").agency
    'AP'
    >>> parse_dateline("MANILA - Rescuers smashed train windows.").location
    'MANILA'
    >>> parse_dateline("Paris is lovely - in the spring.") is None
    True
    >>> parse_dateline("WASHINGTON - the city braced.") is None
    True
    >>> parse_dateline("The President said - nothing.") is None
    True
    >>> parse_dateline("UPDATE - The figures changed.") is None
    True
    >>> parse_dateline("Mumbai: Police said the man was held.").location
    'Mumbai'
    >>> parse_dateline("PETALING JAYA: Police said.").location
    'PETALING JAYA'
    >>> parse_dateline("TAPPER: Good morning, Senator.") is None
    True
    >>> parse_dateline("QUESTIONABLE MEDICAL CLAIMS — For years, he was criticised.") is None
    True
    >>> parse_dateline("CANADIAN PACIFIC (CP) CONFIRMS EARNINGS") is None
    True
    >>> parse_dateline("SPRINGFIELD, Mo. (KXYZ) - Police said.").agency  # a TV station
    'KXYZ'
    >>> d = parse_dateline("BERLIN, 12.03.2024 (dpa) - Die Polizei sucht Zeugen.")
    >>> d.date_text, d.date
    ('12.03.2024', datetime.date(2024, 3, 12))

    Markdown is read around the words (``text`` as written, ``location`` without markup):

    >>> d = parse_dateline("**OSLO** - Talks ended.")
    >>> d.text, d.location
    ('**OSLO** -', 'OSLO')
    """
    text = check_text(text)
    checked = merge_options(options, reference_date, languages, False)

    def read(text: str, blocks: ReadBlocks) -> Dateline | None:
        # (in Markdown, from the first words: **OSLO** - ...; in plain text,
        # after any white space before them, as parse_article reads it)
        start = blocks[0].start if blocks else len(text) - len(text.lstrip())
        return guarded(None, match_dateline, text, start, len(text), checked)

    return read_as_written(text, read)
