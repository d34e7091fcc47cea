"""Dates: read the dates of a story and settle its news date.

This is the only module that imports :mod:`dateparser`, lazily (inside
:func:`_dateparser_parse`, so ``import newsstruct`` stays fast), with fixed
settings and explicit languages, behind a cache.  Nothing here reads the
machine's clock or time zone: a date without a year takes its year from the
caller's ``reference_date`` or from evidence in the text, never from today.

Rules:

* a date with a year is that date;
* with a reference date, a month and day resolve to the nearest such date not
  after the reference, allowing a grace of :data:`GRACE_DAYS` days after it
  (a dateline written in Tokyo is often a day ahead of the desk that filed it);
* without one, the year comes from evidence in the text: a time stamp line
  (``UPDATED Feb 22, 2025, 05:09 PM``, ``Published ...``), a full date on the
  same day in a caption or elsewhere (``May 19, 2021``), or a full date
  cross-checked with a weekday (``Wednesday (May 19)``: the year nearest that
  evidence in which May 19 is a Wednesday); any other full date in the story
  is not evidence (a bond's maturity, last year's results);
* when no year can be established, the date is ``None``.
"""

from __future__ import annotations

import datetime
import functools
import itertools
import operator
from collections.abc import Sequence

import regex

from newsstruct._data.languages import DAY_FIRST_LANGUAGES
from newsstruct._data.months import AMBIGUOUS_MONTHS, MONTHS, WEEKDAYS
from newsstruct._guard import guarded
from newsstruct._language import ascii_letters, detect_language
from newsstruct._model import Caption, Dateline, Span
from newsstruct._options import DEFAULT_OPTIONS, Options, check_text
from newsstruct._patterns import (
    DATE_DAY_FIRST_ZONE,
    DATE_LETTER_RUN,
    DATE_LINE_HEAD,
    DATE_NUMERIC,
    DATE_NUMERIC_SHORT_YEAR,
    DATE_STAMP_LINE,
    DATE_US_ZONE,
    DATE_WEEKDAY,
    DATE_WEEKDAY_AFTER_NUMERIC,
    DATE_WEEKDAY_BEFORE_NUMERIC,
    DATE_WITH_YEAR,
    DATE_YEAR,
    SCAN_TIMEOUT,
)

#: A Chinese or Japanese date: ``3月31日``, ``2024年3月31日``.
_CJK_DATE = regex.compile(r"(?:(?P<year>[0-9]{4})年)?(?P<month>[0-9]{1,2})月(?P<day>[0-9]{1,2})日")
#: A month and day up to this many days after the reference date stay in the
#: reference's year.
GRACE_DAYS = 2
#: A time stamp's numeric date with no other evidence of its order is read as
#: the one reading at most this many days before the reference date.
_STAMP_AGE = 7
#: How far (in years) from the evidence a weekday may move a date's year.
_WEEKDAY_REACH = 6
#: How much of a long text is searched for date evidence.
_EVIDENCE_WINDOW = 20_000
#: Languages dateparser tries when none is given or detected.
_FALLBACK_LANGUAGES = ("en", "fr", "de", "es", "it", "pt", "nl", "ru")
#: The base date dateparser gets when the caller gave no reference date, so
#: that its output never depends on the machine clock.
_FIXED_BASE = datetime.datetime(2000, 1, 1)


def _split_date(date_text: str) -> tuple[int | None, int, int] | None:
    """``(year or None, month, day)`` of a dateline-style date, from the month table."""
    cjk = _CJK_DATE.fullmatch(date_text.strip())
    if cjk is not None:
        year_text = cjk.group("year")
        return (
            (int(year_text) if year_text else None),
            int(cjk.group("month")),
            int(cjk.group("day")),
        )
    words = (
        date_text.replace(",", " ")
        .replace("(", " ")
        .replace(")", " ")
        .replace(".", " ")
        .replace("-", " ")  # 19-May-2021
        .split()
    )
    year: int | None = None
    month: int | None = None
    day: int | None = None
    for word in words:
        low = word.casefold()
        if low.isascii() and low.isdigit():
            number = int(low)
            if len(low) == 4:
                year = number
            elif day is None and 1 <= number <= 31:
                day = number
            else:
                return None
        elif low in MONTHS and month is None:
            month = MONTHS[low]
        elif low in ("de", "del", "of", "d"):
            continue  # (``d``: Lithuanian's day after its number, lapkričio 4 d.)
        elif (
            low.isascii()
            and low[:-2].isdigit()
            and low[-2:] in ("st", "nd", "rd", "th")
            and day is None
        ):
            day = int(low[:-2])
        elif None not in (year, month, day) and low.isalpha():
            break  # (a weekday after a whole date: 2026. március 5., csütörtök)
        else:
            return None
    if month is None or day is None:
        return None
    return year, month, day


def _make_date(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _before_reference(month: int, day: int, reference: datetime.date) -> datetime.date | None:
    """The latest ``month``/``day`` not after *reference* plus the grace days."""
    limit = reference + datetime.timedelta(days=GRACE_DAYS)
    for year in range(limit.year, limit.year - 9, -1):
        candidate = _make_date(year, month, day)
        if candidate is not None and candidate <= limit:
            return candidate
    return None


def _day_before_reference(day: int, reference: datetime.date | None) -> datetime.date | None:
    """A day of the month alone (``MADRID, 21 (EFE)``): the latest such day by the reference."""
    if reference is None or not 1 <= day <= 31:
        return None
    limit = reference + datetime.timedelta(days=GRACE_DAYS)
    year, month = limit.year, limit.month
    for _ in range(3):
        candidate = _make_date(year, month, day)
        if candidate is not None and candidate <= limit:
            return candidate
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return None


def _near_year(month: int, day: int, year: int, weekday: int | None) -> datetime.date | None:
    """``month``/``day`` in *year*, or in the nearest year where it falls on *weekday*."""
    if weekday is None:
        return _make_date(year, month, day)
    for distance in range(_WEEKDAY_REACH + 1):
        for candidate_year in (year, year - distance, year + distance):
            candidate = _make_date(candidate_year, month, day)
            if candidate is not None and candidate.weekday() == weekday:
                return candidate
    return None


@functools.lru_cache(maxsize=4096)
def _dateparser_parse(
    date_text: str, languages: tuple[str, ...], base: datetime.datetime
) -> datetime.date | None:
    """Read *date_text* with dateparser, with fixed settings (cached)."""
    import dateparser  # lazy: keeps ``import newsstruct`` fast

    settings = {
        "RELATIVE_BASE": base,
        "PREFER_DATES_FROM": "past",
        "PREFER_DAY_OF_MONTH": "first",
        "REQUIRE_PARTS": ["day", "month"],
        "RETURN_AS_TIMEZONE_AWARE": False,
        "TIMEZONE": "UTC",
        "TO_TIMEZONE": "UTC",
        "DATE_ORDER": "DMY",
        "PARSERS": ["absolute-time"],
    }
    try:
        parsed = dateparser.parse(date_text, languages=list(languages), settings=settings)
    except Exception:  # dateparser raises on some odd inputs; text never raises here
        return None
    return None if parsed is None else parsed.date()


def resolve_date(
    date_text: str,
    options: Options = DEFAULT_OPTIONS,
    *,
    year_hint: int | None = None,
    language: str | None = None,
    weekday: int | None = None,
) -> datetime.date | None:
    """Resolve *date_text* (``"May 19"``, ``"10 août"``) to a calendar date, or ``None``.

    A date with a year is that date.  Without a year, the year comes from
    ``options.reference_date`` (the nearest such date not after it, with
    :data:`GRACE_DAYS` of grace), else from *year_hint* (moved to the nearest
    year in which the date falls on *weekday*, Monday being 0, when given);
    else the date is ``None``.

    >>> from newsstruct._dates import resolve_date
    >>> from newsstruct import Options
    >>> import datetime
    >>> jan = Options(reference_date=datetime.date(2021, 1, 3))
    >>> resolve_date("Dec 30", jan)
    datetime.date(2020, 12, 30)
    >>> resolve_date("Jan 4", jan)  # one day after the reference: within the grace
    datetime.date(2021, 1, 4)
    >>> resolve_date("10 août", jan)
    datetime.date(2020, 8, 10)
    >>> resolve_date("Aug 29, 2014")
    datetime.date(2014, 8, 29)
    >>> resolve_date("May 19") is None  # no reference, no hint: no year
    True
    >>> resolve_date("May 19", year_hint=2021, weekday=2)  # a Wednesday
    datetime.date(2021, 5, 19)
    >>> resolve_date("Feb 30", jan) is None
    True
    >>> resolve_date("21", jan)  # a day alone (Europa Press): the latest 21st by the reference
    datetime.date(2020, 12, 21)
    """
    parts = _split_date(date_text)
    day_only = date_text.strip()
    if parts is None and day_only.isascii() and day_only.isdigit() and len(day_only) <= 2:
        return _day_before_reference(int(day_only), options.reference_date)
    if parts is None:
        return _resolve_with_dateparser(date_text, options, year_hint, language)
    year, month, day = parts
    if year is not None:
        return _make_date(year, month, day)
    if options.reference_date is not None:
        return _before_reference(month, day, options.reference_date)
    if year_hint is not None:
        return _near_year(month, day, year_hint, weekday)
    return None


def _resolve_with_dateparser(
    date_text: str, options: Options, year_hint: int | None, language: str | None
) -> datetime.date | None:
    """Fallback for forms the month table does not read (other scripts, odd orders)."""
    text = date_text.strip()
    if not text or len(text) > 60:
        return None
    if language is not None:
        languages: tuple[str, ...] = (language,)
    elif options.languages is not None:
        languages = options.languages
    else:
        languages = _FALLBACK_LANGUAGES
    has_year = any(
        len(w) == 4 and w.isascii() and w.isdigit() for w in text.replace(",", " ").split()
    )
    reference = options.reference_date
    if not has_year and reference is None and year_hint is None:
        return None
    if reference is not None:
        base = datetime.datetime.combine(
            reference + datetime.timedelta(days=GRACE_DAYS), datetime.time()
        )
    elif year_hint is not None:
        base = datetime.datetime(year_hint, 12, 31)
    else:
        base = _FIXED_BASE
    return _dateparser_parse(text, languages, base)


#: A weekday name as ``str.casefold`` folds it.
_FOLDED_WEEKDAYS = frozenset(day.casefold() for day in WEEKDAYS)
#: How much of the lead is searched for a weekday and date.
_LEAD = 600


def _weekday_date(text: str, start: int, stop: int) -> regex.Match[str] | None:
    """``DATE_WEEKDAY.search(text, start, stop)``, tried only where a weekday stands.

    A match starts with a whole run of letters that is a weekday name, so the
    pattern is tried at those runs, in order (a search would try every position).
    One split finds the runs and their offsets, one case folding folds them all.
    """
    window = text[start:stop]
    letters = ascii_letters(window)
    if letters is not None:  # the usual case, without a pattern
        present = _FOLDED_WEEKDAYS.intersection(letters.split())
        if not present:
            return None
        padded = f" {letters} "
        offsets = sorted(at for name in present for at in _whole_words(padded, name))
        for offset in offsets:
            found = DATE_WEEKDAY.match(text, start + offset, stop)
            if found is not None:
                return found
        return None
    # [between, run, between, run, ..., between]: run i starts where part 2i ends
    parts = DATE_LETTER_RUN.split(window)
    runs = parts[1::2]
    # case folding never makes a space
    folded = " ".join(runs).casefold().split(" ") if runs else []
    if _FOLDED_WEEKDAYS.isdisjoint(folded):
        return None
    ends = list(itertools.accumulate(map(len, parts)))
    for index, name in enumerate(folded):
        if name in _FOLDED_WEEKDAYS:
            found = DATE_WEEKDAY.match(text, start + ends[2 * index], stop)
            if found is not None:
                return found
    return None


def _whole_words(padded: str, word: str) -> list[int]:
    """The offsets of *word* as a whole word in *padded* (words between single spaces).

    *padded* starts with a space: an offset in it is the offset in the unpadded text.
    """
    needle = f" {word} "
    offsets = []
    at = padded.find(needle)
    while at >= 0:
        offsets.append(at)
        at = padded.find(needle, at + 1)
    return offsets


def _weekday_number(name: str) -> int | None:
    return WEEKDAYS.get(name.rstrip(".").casefold())


def full_dates(text: str, start: int = 0, end: int | None = None) -> list[datetime.date]:
    """Every date with a year in ``text[start:end]`` (``May 19, 2021``, ``2021-05-19``).

    >>> from newsstruct._dates import full_dates
    >>> full_dates("Seen on May 19, 2021 and on 2 March 1987; not on May 40, 2021.")
    [datetime.date(2021, 5, 19), datetime.date(1987, 3, 2)]
    >>> full_dates("Posted on 4th Nov 2024, revised on the 22nd of May 2025.")
    [datetime.date(2024, 11, 4), datetime.date(2025, 5, 22)]
    >>> full_dates("News Release 3-Nov-2025")
    [datetime.date(2025, 11, 3)]
    """
    stop = len(text) if end is None else end
    stop = min(stop, start + _EVIDENCE_WINDOW)
    found: list[datetime.date] = []
    for low, high in _year_windows(text, start, stop):
        window = text[low:high]
        if window.isascii() and "-" not in window and window.lower() == window.upper():
            # no ASCII letter for a month's name and no ISO date's hyphen: no date
            # (``04/11/2025`` alone; the month list's scan costs microseconds)
            continue
        for match in DATE_WITH_YEAR.finditer(text, low, high, timeout=SCAN_TIMEOUT):
            value = _full_date(match.group(0))
            if value is not None:
                found.append(value)
    return found


#: The white space inside a date (as in :data:`DATE_WITH_YEAR`).
_DATE_SPACES = frozenset(" \t\u00a0\u202f")
#: The most words before a year in a date: ``19. de mayo de 2021``.
_WORDS_BEFORE_YEAR = 4
#: The most characters from a year's start to the end of its date and the
#: character after it: ``2021-05-19`` and one more.
_AFTER_YEAR = 11


def _year_windows(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """The parts of ``text[start:stop]`` that may hold dates with a year, in order.

    A date with a year holds a year (:data:`DATE_YEAR`) after at most
    :data:`_WORDS_BEFORE_YEAR` words and ends at most :data:`_AFTER_YEAR`
    characters after its start, so the pattern is run around the years only
    (over the whole text, it costs a regex step per character).  Windows that
    meet are joined, so a scan of the windows finds what a scan of the text does.
    """
    windows: list[tuple[int, int]] = []
    floor = start
    for year in DATE_YEAR.finditer(text, start, stop):
        pos = year.start()
        for _ in range(_WORDS_BEFORE_YEAR):
            while pos > floor and text[pos - 1] in _DATE_SPACES:
                pos -= 1
            while pos > floor and text[pos - 1] not in _DATE_SPACES:
                pos -= 1
        high = min(stop, year.start() + _AFTER_YEAR)
        if windows and pos <= windows[-1][1]:
            windows[-1] = (windows[-1][0], high)
        else:
            windows.append((pos, high))
        floor = high
    return windows


def _full_date(written: str) -> datetime.date | None:
    """The date a :data:`DATE_WITH_YEAR` match reads, if it is a valid one."""
    if "-" in written and written[:4].isdigit():
        return _make_date(int(written[:4]), int(written[5:7]), int(written[8:10]))
    parts = _split_date(written)
    if parts is not None and parts[0] is not None:
        return _make_date(parts[0], parts[1], parts[2])
    return None


#: The first three letters of the labels of :data:`DATE_STAMP_LINE`, case folded.
_STAMP_STEMS = frozenset(
    label[:3]
    for label in (
        "last", "first", "updated", "published", "posted", "publié", "mis", "veröffentlicht",
        "aktualisiert", "actualizado", "publicado", "pubblicato", "aggiornato",
    )
)  # fmt: skip


def _stamp_heads(window: str) -> list[str]:
    """The first three characters of each line of *window* after its indent (spaces
    and tabs), case folded as a label's.
    """
    return list(map(_FIRST_THREE, _folded_heads(window).split("\n")))


def _folded_heads(window: str) -> str:
    """The heads of :func:`_stamp_heads` (before they are cut to three), one a line."""
    raw = DATE_LINE_HEAD.findall(f"\n{window}")  # one head per line
    # one folding for all (it never makes a line break); ``(?i:)`` reads a
    # dotted capital I as an i, where case folding adds a dot
    return "\n".join(raw).replace("\u0130", "i").casefold()


_FIRST_THREE = operator.itemgetter(slice(0, 3))


def stamp_date(text: str) -> datetime.date | None:
    """The date on a time stamp line (``UPDATED Feb 22, 2025, 05:09 PM``), if any.

    >>> from newsstruct._dates import stamp_date
    >>> stamp_date("Title\\nUPDATED Feb 22, 2025, 05:09 PM\\nBody.")
    datetime.date(2025, 2, 22)
    >>> stamp_date("Published: 19 May 2021\\n")
    datetime.date(2021, 5, 19)
    >>> stamp_date("It was published on Monday.") is None
    True
    """
    stop = min(len(text), _EVIDENCE_WINDOW)
    window = text[:stop]
    # the pattern is anchored at a line start: try it there only (a search over
    # the whole window costs a regex step per character), and only where the
    # line opens with the first letters of a label (one set operation tells)
    folded = _folded_heads(window)
    if not any(map(folded.__contains__, _STAMP_STEMS)):
        return None  # (a head that is a stem is in them all, joined)
    heads = list(map(_FIRST_THREE, folded.split("\n")))
    if _STAMP_STEMS.isdisjoint(heads):
        return None
    lines = window.split("\n")
    pos = 0
    for line, head in zip(lines, heads, strict=True):
        if head in _STAMP_STEMS:
            found = DATE_STAMP_LINE.match(text, pos, stop)
            if found is not None:
                dates = full_dates(text, found.start(), found.end())
                if dates:
                    return dates[0]
        pos += len(line) + 1
    return None


def evidence_date(
    text: str,
    options: Options = DEFAULT_OPTIONS,
    *,
    lead_start: int = 0,
    lead_end: int | None = None,
) -> datetime.date | None:
    """The news date evidenced in *text*, or ``None``.

    In order: the date on a time stamp line; a weekday with a month and day
    in the lead (the first 600 characters of ``text[lead_start:lead_end]``,
    e.g. ``on Wednesday (May 19)``), resolved with the reference date, else
    with a full date of the text on the same day, else with the year of the
    first full date moved to the nearest year where the day falls on that
    weekday.  Without such evidence, ``None``.

    >>> from newsstruct._dates import evidence_date
    >>> text = "Leaders met in Reykjavik on May 19, 2021.\\n\\nThey met on Wednesday (May 19)."
    >>> evidence_date(text, lead_start=text.index("They"))
    datetime.date(2021, 5, 19)
    >>> evidence_date("They met on Wednesday (May 19).") is None  # no year anywhere
    True
    """
    stamp = stamp_date(text)
    if stamp is not None:
        return stamp
    stop = len(text) if lead_end is None else lead_end
    lead = _weekday_date(text, lead_start, min(stop, lead_start + _LEAD))
    if lead is not None:
        parts = _split_date(lead.group("date"))
        weekday = _weekday_number(lead.group("weekday"))
        if parts is not None:
            _, month, day = parts
            if options.reference_date is not None:
                return _before_reference(month, day, options.reference_date)
            evidence = full_dates(text)
            for value in evidence:
                if (value.month, value.day) == (month, day):
                    return value
            if evidence:
                return _near_year(month, day, evidence[0].year, weekday)
            return None
    return None


def _ambiguous_month(date_text: str) -> bool:
    """True when *date_text* holds a month name of two languages (``4 listopada``)."""
    return any(word.casefold() in AMBIGUOUS_MONTHS for word in date_text.replace(".", " ").split())


def resolve_in_text(
    date_text: str,
    text: str,
    options: Options = DEFAULT_OPTIONS,
    *,
    lead_start: int = 0,
    lead_end: int | None = None,
) -> datetime.date | None:
    """Resolve *date_text* as :func:`resolve_date` does, taking a missing year from *text*.

    Without a reference date, a month and day take their year from the evidence
    in *text*: a full date with the same month and day (a caption's
    ``May 19, 2021``); else, when the lead gives the weekday
    (``Wednesday (May 19)``), the year nearest the time stamp or first full
    date in which the date falls on that weekday; else the year nearest the
    time stamp or the first full date above the lead (before *lead_start*: a
    page's or an export's header date).  A full date in the story without a
    weekday to check it against is no evidence (``LONDON, March 11 - ...
    matures May 1, 2017`` gives ``None``, not 2017).

    >>> from newsstruct._dates import resolve_in_text
    >>> text = "UPDATED Jan 2, 2025, 10:00 AM\\n\\nPARIS, Dec 31 (AFP) - Fireworks."
    >>> resolve_in_text("Dec 31", text)
    datetime.date(2024, 12, 31)
    >>> resolve_in_text("Dec 31", "PARIS, Dec 31 (AFP) - Fireworks.") is None
    True
    >>> resolve_in_text("March 11", "LONDON, March 11 - The bond matures May 1, 2017.") is None
    True
    """
    found = resolve_date(date_text, options)
    if found is None and options.languages is None and _ambiguous_month(date_text):
        # a month of two languages (listopada): read in the language the text is in
        language = detect_language(text[:_EVIDENCE_WINDOW])
        if language is not None:
            found = _resolve_with_dateparser(date_text, options, None, language)
    if found is not None or options.reference_date is not None:
        return found
    parts = _split_date(date_text)
    if parts is None or parts[0] is not None:
        return None
    _, month, day = parts
    evidence = full_dates(text)
    stamp = stamp_date(text)
    if stamp is not None:
        evidence.insert(0, stamp)
    for value in evidence:
        if (value.month, value.day) == (month, day):
            return value
    if not evidence:
        return None
    anchor = evidence[0]
    stop = len(text) if lead_end is None else lead_end
    lead = _weekday_date(text, lead_start, min(stop, lead_start + _LEAD))
    if lead is not None and _split_date(lead.group("date")) == (None, month, day):
        return _near_year(month, day, anchor.year, _weekday_number(lead.group("weekday")))
    if stamp is None:
        # a date in the story is no evidence of the year it was filed
        # (``matures May 1, 2017``, ``the year ended Dec 31, 1986``); one above
        # the lead is the page's or the export's (``November 4, 2025 Tuesday``)
        above = full_dates(text, 0, lead_start) if lead_start else []
        if not above:
            return None
        anchor = above[0]
    candidates = [_make_date(year, month, day) for year in range(anchor.year - 1, anchor.year + 2)]
    valid = [c for c in candidates if c is not None]
    return min(valid, key=lambda c: abs(c - anchor)) if valid else None


class _TextEvidence:
    """What the whole of a text tells of its numeric dates' order (see
    :func:`numeric_date`), read once for all the time stamps of the text."""

    __slots__ = ("_order", "_spelled", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._order: tuple[str | None] | None = None
        self._spelled: frozenset[datetime.date] | None = None

    def order(self) -> str | None:
        if self._order is None:
            self._order = (_numeric_order(self.text),)
        return self._order[0]

    def spelled(self) -> frozenset[datetime.date]:
        # (a set: each stamp looks its two readings up, not through the list)
        if self._spelled is None:
            self._spelled = frozenset(full_dates(self.text))
        return self._spelled


def numeric_date(
    text: str,
    start: int = 0,
    end: int | None = None,
    language: str | None = None,
    *,
    evidence: _TextEvidence | None = None,
) -> datetime.date | None:
    """The first numeric date in ``text[start:end]`` (``11/04/2025``), when its order is known.

    Day and month are told apart only by evidence: a part over 12 in this date,
    or in another numeric date of *text* (all in the same order); a weekday
    named beside it that is one reading's and not the other's; a full date
    written out in *text* that is one reading and not the other; a time zone
    after it (a US zone, ``EST``, ``ET``: month first; ``GMT+1``, ``IST``,
    ``CET``: day first); a date with full stops (``04.11.2025``: day first);
    a *language* whose numeric dates put the day first (not English).  Else
    ``None``: ``11/04/2025`` alone is 4 November on a US page, 11 April elsewhere.

    >>> from newsstruct._dates import numeric_date
    >>> numeric_date("Issued on: 25/11/2025 - 18:12")
    datetime.date(2025, 11, 25)
    >>> numeric_date("11/04/2025 06:00 PM EST")
    datetime.date(2025, 11, 4)
    >>> numeric_date("Published on 04/11/2025 - 18:12 GMT+1")
    datetime.date(2025, 11, 4)
    >>> numeric_date("11/04/2025\\nNovember 4, 2025")
    datetime.date(2025, 11, 4)
    >>> numeric_date("Publié le 04/11/2025", language="fr")
    datetime.date(2025, 11, 4)
    >>> numeric_date("Tue 04/11/2025 - 18:12")  # 11 April 2025 is a Friday
    datetime.date(2025, 11, 4)
    >>> numeric_date("Posted 04/11/2025 - 18:12", language="en") is None  # ambiguous
    True
    """
    stop = len(text) if end is None else end
    match = DATE_NUMERIC.search(text, start, stop)
    if match is None:
        return None
    first, second = int(match.group("first")), int(match.group("second"))
    year = int(match.group("year"))
    month_first = _make_date(year, first, second)
    day_first = _make_date(year, second, first)
    if month_first is None or day_first is None or month_first == day_first:
        return month_first or day_first
    if match.group("sep") == ".":
        return day_first
    weekday = _weekday_beside(text, match.start(), match.end(), stop)
    if weekday is not None and (month_first.weekday() == weekday) != (
        day_first.weekday() == weekday
    ):
        return month_first if month_first.weekday() == weekday else day_first
    if evidence is None or evidence.text is not text:
        evidence = _TextEvidence(text)  # (article_date reads it once for many stamps)
    order = evidence.order()
    if order is not None:
        return month_first if order == "month" else day_first
    spelled = evidence.spelled()
    if (month_first in spelled) != (day_first in spelled):
        return month_first if month_first in spelled else day_first
    line_end = text.find("\n", match.end(), stop)
    after = text[match.end() : stop if line_end < 0 else line_end]
    if DATE_US_ZONE.search(after) is not None:
        return month_first
    if DATE_DAY_FIRST_ZONE.search(after) is not None or language in DAY_FIRST_LANGUAGES:
        return day_first
    return None


#: A dateline's numeric date with a slash or a hyphen: ``04/11/2025``, ``4-11-2025``.
_DATELINE_NUMERIC = regex.compile(r"([0-9]{1,2})([/-])([0-9]{1,2})\2([0-9]{4})")


def dateline_numeric_date(
    date_text: str, text: str, options: Options, lead: int = 0
) -> datetime.date | None:
    """The date of a dateline's numeric date *date_text* (``04/11/2025``,
    ``4-11-2025``) in the story *text*, when its order is known.

    A part over 12 tells the order; else the numeric dates of *text* (see
    :func:`numeric_date`), a weekday or a full date there, a language whose
    numeric dates put the day first (``Brasília, 04/11/2025 - O governo``);
    else the one reading a few days before ``options.reference_date``.  Else
    ``None``.

    >>> from newsstruct._dates import dateline_numeric_date
    >>> from newsstruct import Options
    >>> text = "Brasília, 04/11/2025 - O governo anunciou hoje um plano de obras."
    >>> dateline_numeric_date("04/11/2025", text, Options())
    datetime.date(2025, 11, 4)
    >>> english = "LONDON, 04/11/2025 - The government said on Tuesday it would act."
    >>> dateline_numeric_date("04/11/2025", english, Options()) is None
    True
    >>> dateline_numeric_date(
    ...     "04/11/2025", english, Options(reference_date=datetime.date(2025, 4, 12))
    ... )
    datetime.date(2025, 4, 11)
    """
    found = _DATELINE_NUMERIC.fullmatch(date_text)
    if found is None:
        return None
    first, second, year = int(found.group(1)), int(found.group(3)), int(found.group(4))
    month_first = _make_date(year, first, second)
    day_first = _make_date(year, second, first)
    if month_first is None or day_first is None or month_first == day_first:
        return month_first or day_first
    # the evidence of the text, read on the date written with slashes
    as_slashes = f"{first:02d}/{second:02d}/{year}"
    language = _language(text, options)
    evidence = numeric_date(as_slashes + "\n" + text[lead:], 0, len(as_slashes), language)
    if evidence is not None:
        return evidence
    reference = options.reference_date
    if reference is None:
        return None
    recent = [
        reading
        for reading in (month_first, day_first)
        if -GRACE_DAYS <= (reference - reading).days <= _STAMP_AGE
    ]
    return recent[0] if len(recent) == 1 else None


#: How far before a numeric date a weekday is looked for (``Wednesday, ``).
_WEEKDAY_BEFORE = 16


def _weekday_beside(text: str, start: int, end: int, stop: int) -> int | None:
    """The number of the weekday named right before or after the date at
    ``text[start:end]`` on its line (``Tue 04/11/2025``, ``04/11/2025 (Tuesday)``).

    >>> from newsstruct._dates import _weekday_beside
    >>> _weekday_beside("Posted Tuesday, 04/11/2025", 16, 26, 26)
    1
    >>> _weekday_beside("04/11/2025 (Fri) 18:12", 0, 10, 22)
    4
    >>> _weekday_beside("Posted 04/11/2025", 7, 17, 17) is None
    True
    """
    line = text.rfind("\n", max(0, start - _WEEKDAY_BEFORE), start) + 1
    low = max(line, start - _WEEKDAY_BEFORE)
    before = DATE_WEEKDAY_BEFORE_NUMERIC.search(text, low, start)
    if before is not None:
        number = _weekday_number(before.group("weekday"))
        if number is not None:
            return number
    after = DATE_WEEKDAY_AFTER_NUMERIC.match(text, end, min(stop, end + _WEEKDAY_BEFORE))
    return None if after is None else _weekday_number(after.group("weekday"))


def _short_year_date(text: str, start: int, end: int) -> datetime.date | None:
    """The first numeric date with a two-digit year in ``text[start:end]``, day
    first, in this century (``04/11/25``: a stamp on a page whose language puts
    the day first).

    >>> from newsstruct._dates import _short_year_date
    >>> _short_year_date("Publié le 04/11/25 à 18h12", 0, 26)
    datetime.date(2025, 11, 4)
    >>> _short_year_date("Score 3/4 at 18:12", 0, 18) is None
    True
    """
    match = DATE_NUMERIC_SHORT_YEAR.search(text, start, end)
    if match is None:
        return None
    year = 2000 + int(match.group("year"))
    return _make_date(year, int(match.group("second")), int(match.group("first")))


def _numeric_readings(text: str, start: int, end: int) -> tuple[datetime.date, ...]:
    """Both readings of the first numeric date in ``text[start:end]`` (month or day first).

    >>> from newsstruct._dates import _numeric_readings
    >>> _numeric_readings("11/04/2025 06:15 PM", 0, 19)
    (datetime.date(2025, 11, 4), datetime.date(2025, 4, 11))
    >>> _numeric_readings("no date", 0, 7)
    ()
    """
    match = DATE_NUMERIC.search(text, start, end)
    if match is None:
        return ()
    first, second = int(match.group("first")), int(match.group("second"))
    year = int(match.group("year"))
    readings = (_make_date(year, first, second), _make_date(year, second, first))
    return tuple(reading for reading in readings if reading is not None)


def _numeric_order(text: str) -> str | None:
    """``"month"`` or ``"day"``: what comes first in the numeric dates of *text*
    with a slash, as told by a part over 12; ``None`` when none tells or they
    disagree.
    """
    orders: set[str] = set()
    for match in DATE_NUMERIC.finditer(text, 0, min(len(text), _EVIDENCE_WINDOW)):
        if match.group("sep") != "/":
            continue
        if int(match.group("first")) > 12:
            orders.add("day")
        elif int(match.group("second")) > 12:
            orders.add("month")
    return orders.pop() if len(orders) == 1 else None


def article_date(
    text: str,
    dateline: Dateline | None,
    captions: Sequence[Caption],
    options: Options,
    stamps: Sequence[Span] = (),
    *,
    lead_start: int | None = None,
) -> tuple[datetime.date | None, str | None]:
    """The article's news date and the language its dates were read in.

    The dateline's date when it has one, else the evidence in the text (see
    :func:`evidence_date`), else the first full date in a time stamp block
    (*stamps*: the spans of the blocks read as time stamps, such as
    ``TNN / Updated: May 28, 2025, 08:12 IST``), else the first full date in a
    caption.  The
    language is ``options.languages[0]`` when a single one is given, else the
    one detected from the text (among ``options.languages`` when given).

    >>> from newsstruct._dates import article_date
    >>> from newsstruct import Caption, Options, Span
    >>> article_date("Ein Text, der nichts datiert, und das ist gut so.", None, (), Options())
    (None, 'de')
    >>> text = "Leaders meet on May 19, 2021."
    >>> caption = Caption(text, Span(0, len(text)))
    >>> article_date(text, None, [caption], Options(languages=["en"]))
    (datetime.date(2021, 5, 19), 'en')
    """
    language = _language(text, options)
    if dateline is not None and dateline.date is not None:
        return dateline.date, language
    start = dateline.span.end if dateline is not None else (lead_start or 0)
    found = evidence_date(text, options, lead_start=start)
    if found is not None:
        return found, language
    for stamp in stamps:
        dates = full_dates(text, stamp.start, stamp.end)
        if dates:
            return dates[0], language
    evidence = _TextEvidence(text)
    for stamp in stamps:
        numeric = numeric_date(text, stamp.start, stamp.end, language, evidence=evidence)
        if numeric is not None:
            return numeric, language
    if language in DAY_FIRST_LANGUAGES:
        for stamp in stamps:
            short = _short_year_date(text, stamp.start, stamp.end)
            if short is not None:
                return short, language
    if dateline is not None and dateline.date_text is not None:
        # the dateline's day and month tell the order of a stamp's numeric date
        # (Focus Taiwan: 11/04/2025 06:15 PM over Taipei, Nov. 4 (CNA))
        for stamp in stamps:
            for reading in _numeric_readings(text, stamp.start, stamp.end):
                if parse_date(dateline.date_text, reference_date=reading) == reading:
                    return reading, language
    if options.reference_date is not None:
        # a stamp is a day or two old when its text is read: the reading close
        # before the reference date is the stamp's (given on 5 November,
        # 04/11/2025 is 4 November, not 11 April; the two readings are at least
        # 29 days apart, so at most one is that recent)
        reference = options.reference_date
        for stamp in stamps:
            recent = [
                reading
                for reading in _numeric_readings(text, stamp.start, stamp.end)
                if -GRACE_DAYS <= (reference - reading).days <= _STAMP_AGE
            ]
            if len(recent) == 1:
                return recent[0], language
    if options.reference_date is None:
        for caption in captions:
            dates = full_dates(text, caption.span.start, caption.span.end)
            if dates:
                return dates[0], language
    return None, language


def _language(text: str, options: Options) -> str | None:
    if options.languages is not None and len(options.languages) == 1:
        return options.languages[0]
    return detect_language(text, options.languages)


def parse_date(
    date_text: str,
    *,
    reference_date: datetime.date | datetime.datetime | None = None,
    languages: Sequence[str] | None = None,
) -> datetime.date | None:
    """Read a date as written in a dateline or a time stamp; ``None`` when it cannot.

    A date without a year needs *reference_date* (it resolves to the nearest
    such date not after it); the result never depends on today's date.
    A *date_text* that is no ``str`` raises
    :class:`~newsstruct.exceptions.InputTypeError`; a *reference_date* that is
    no ``date`` or ``datetime``, or *languages* that are no sequence of
    strings (one code alone may be a ``str``), raise
    :class:`~newsstruct.exceptions.OptionError`, and a code
    newsstruct cannot read dates in
    :class:`~newsstruct.exceptions.UnknownLanguageError`.

    >>> from newsstruct import parse_date
    >>> import datetime
    >>> parse_date("March 26", reference_date=datetime.date(1987, 3, 27))
    datetime.date(1987, 3, 26)
    >>> parse_date("Dec 30", reference_date=datetime.date(2021, 1, 5))
    datetime.date(2020, 12, 30)
    >>> parse_date("1 LUG", reference_date=datetime.date(2024, 7, 2))
    datetime.date(2024, 7, 1)
    >>> parse_date("12 мар", reference_date=datetime.date(2024, 3, 12))
    datetime.date(2024, 3, 12)
    >>> parse_date("21 Nov. 2024")
    datetime.date(2024, 11, 21)
    >>> parse_date("May 19") is None
    True
    >>> parse_date("no date here") is None
    True

    A numeric date with a year is read when its order is certain: ISO
    (``2026-11-18``, also with a time), year first (``2026/11/18``), a part over
    12 (``18/11/2026``, ``11/18/2026``) or full stops, which only day-first
    countries use (``04.11.2026``); ``04/11/2026`` alone is ``None``, never a
    guess (:func:`~newsstruct.parse_article` reads it from the evidence on the
    page, see :doc:`dates`).

    >>> parse_date("2026-11-18T10:00:00Z"), parse_date("18/11/2026"), parse_date("04.11.2026")
    (datetime.date(2026, 11, 18), datetime.date(2026, 11, 18), datetime.date(2026, 11, 4))
    >>> parse_date("04/11/2026") is None
    True
    """
    date_text = check_text(date_text, name="date_text")
    options = Options(reference_date=reference_date, languages=languages)
    numeric = _NUMERIC_DATE.fullmatch(date_text.strip())
    if numeric is not None:
        return _numeric_date(numeric)
    return guarded(None, resolve_date, date_text, options)


#: A numeric date with a four-digit year: ISO or year first (``2026-11-18``,
#: ``2026/11/18``, with a time after ``T`` or a space), or year last
#: (``18/11/2026``, ``04.11.2026``).
_NUMERIC_DATE = regex.compile(
    r"(?:(?P<year>\d{4})(?P<sep1>[-/.])(?P<month>\d{1,2})(?P=sep1)(?P<day>\d{1,2})"
    r"(?:[T ][0-9:.]{2,15}+(?:Z|[+-]\d{2}:?\d{2})?+)?+"
    r"|(?P<first>\d{1,2})(?P<sep2>[-/.])(?P<second>\d{1,2})(?P=sep2)(?P<last>\d{4}))"
)


def _numeric_date(match: regex.Match[str]) -> datetime.date | None:
    """The date of a :data:`_NUMERIC_DATE` match whose order is certain, else ``None``."""
    if match.group("year"):
        return _make_date(
            int(match.group("year")), int(match.group("month")), int(match.group("day"))
        )
    first, second, year = (
        int(match.group("first")),
        int(match.group("second")),
        int(match.group("last")),
    )
    if first > 12 or match.group("sep2") == ".":
        return _make_date(year, second, first)  # day first
    if second > 12:
        return _make_date(year, first, second)  # month first
    return None  # 04/11/2026: 4 November or 11 April
