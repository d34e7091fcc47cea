"""Dates: resolution rules, evidence, language, and independence from the clock."""

from __future__ import annotations

import datetime
import os
import subprocess
import sys

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsstruct import Caption, Options, Span, parse_article, parse_date
from newsstruct._data.languages import LANGUAGES
from newsstruct._data.months import MONTHS, WEEKDAYS
from newsstruct._dates import (
    GRACE_DAYS,
    _full_date,
    _weekday_date,
    article_date,
    evidence_date,
    full_dates,
    resolve_date,
    resolve_in_text,
    stamp_date,
)
from newsstruct._language import detect_language
from newsstruct._patterns import DATE_WEEKDAY, DATE_WITH_YEAR


@pytest.mark.parametrize(
    ("written", "reference", "expected"),
    [
        ("May 19", datetime.date(2021, 5, 20), datetime.date(2021, 5, 19)),
        ("Dec 30", datetime.date(2021, 1, 3), datetime.date(2020, 12, 30)),
        ("Jan 2", datetime.date(2020, 12, 31), datetime.date(2021, 1, 2)),  # within the grace
        ("Jan 5", datetime.date(2020, 12, 31), datetime.date(2020, 1, 5)),  # past the grace
        ("Feb 29", datetime.date(2021, 3, 1), datetime.date(2020, 2, 29)),
        ("March 26", datetime.date(1987, 3, 27), datetime.date(1987, 3, 26)),
        ("Oct. 20", datetime.date(1987, 10, 20), datetime.date(1987, 10, 20)),
        ("Sept 20", datetime.date(2024, 9, 21), datetime.date(2024, 9, 20)),
        ("2 March", datetime.date(1987, 3, 2), datetime.date(1987, 3, 2)),
        ("10 août", datetime.date(2024, 8, 11), datetime.date(2024, 8, 10)),
        ("25 may", datetime.date(2024, 5, 25), datetime.date(2024, 5, 25)),
        ("25 de mayo", datetime.date(2024, 5, 25), datetime.date(2024, 5, 25)),
        ("1 LUG", datetime.date(2024, 7, 1), datetime.date(2024, 7, 1)),
        ("18 jun", datetime.date(2024, 6, 18), datetime.date(2024, 6, 18)),
        ("12 мар", datetime.date(2024, 3, 12), datetime.date(2024, 3, 12)),
        ("3. März", datetime.date(2024, 3, 12), datetime.date(2024, 3, 3)),
        ("Aug 29, 2014", datetime.date(2024, 1, 1), datetime.date(2014, 8, 29)),
        ("10 juil 2024", None, datetime.date(2024, 7, 10)),
        ("21 Nov. 2024", None, datetime.date(2024, 11, 21)),
        ("May 19", None, None),
        ("Feb 30", datetime.date(2021, 3, 1), None),
        ("no date", datetime.date(2021, 3, 1), None),
        ("", datetime.date(2021, 3, 1), None),
    ],
)
def test_resolve(
    written: str, reference: datetime.date | None, expected: datetime.date | None
) -> None:
    assert resolve_date(written, Options(reference_date=reference)) == expected
    assert parse_date(written, reference_date=reference) == expected


def test_dateparser_fallback_other_language() -> None:
    # Polish is not in the month table: dateparser reads it, with the reference's year
    options = Options(reference_date=datetime.date(2024, 3, 20), languages=["pl"])
    assert resolve_date("12 marca", options) == datetime.date(2024, 3, 12)
    assert resolve_date("12 marca 2019", Options(languages=["pl"])) == datetime.date(2019, 3, 12)


def test_year_hint_and_weekday() -> None:
    # May 19 was a Wednesday in 2021; a hint of 2022 moves back to 2021
    assert resolve_date("May 19", year_hint=2022, weekday=2) == datetime.date(2021, 5, 19)
    assert resolve_date("May 19", year_hint=2021) == datetime.date(2021, 5, 19)


def test_evidence() -> None:
    text = "A photo taken on May 19, 2021.\n\nMinisters met on Wednesday (May 19)."
    assert evidence_date(text, lead_start=text.index("Ministers")) == datetime.date(2021, 5, 19)
    # the weekday moves the year from the evidence to the nearest matching one
    other = "Seen in 2022: March 1, 2022.\n\nThey met on Wednesday (May 19)."
    assert evidence_date(other, lead_start=other.index("They")) == datetime.date(2021, 5, 19)
    with_reference = Options(reference_date=datetime.date(2021, 5, 20))
    assert evidence_date("They met on Wednesday (May 19).", with_reference) == datetime.date(
        2021, 5, 19
    )
    assert evidence_date("They met on Wednesday (May 19).") is None
    assert stamp_date("UPDATED Feb 22, 2025, 05:09 PM\nText") == datetime.date(2025, 2, 22)
    assert evidence_date("Title\nPublished 2024-06-01 10:00\n\nText.") == datetime.date(2024, 6, 1)
    assert full_dates("on 31 February 2021 and 2021-13-01") == []


def test_dateline_year_from_text() -> None:
    stamp = "Title\nUPDATED Jan 2, 2025, 10:00 AM\n\nPARIS, Dec 31 (AFP) - Fireworks lit the sky."
    assert resolve_in_text("Dec 31", stamp) == datetime.date(2024, 12, 31)
    caption = "Crowds on May 19, 2021.\n\nREYKJAVIK, May 19 (Reuters) - Talks began."
    assert resolve_in_text("May 19", caption) == datetime.date(2021, 5, 19)
    weekday = "Seen March 1, 2022.\n\nLONDON, May 19 (Reuters) - Talks began on Wednesday (May 19)."
    start = weekday.index("Talks")
    assert resolve_in_text("May 19", weekday, lead_start=start) == datetime.date(2021, 5, 19)
    # a reference date wins over the evidence
    with_reference = Options(reference_date=datetime.date(2023, 6, 1))
    assert resolve_in_text("May 19", caption, with_reference) == datetime.date(2023, 5, 19)
    assert resolve_in_text("May 19", "No years here.") is None
    # a full date in the story, not on the same day and with no weekday to
    # check it against, gives no year (it is as often last year's or a future one)
    later = "LONDON, March 11 - The bonds mature on May 1, 2017."
    assert resolve_in_text("March 11", later) is None
    earlier = "PARIS, March 2 - Profit rose in the year ended Dec 31, 1986."
    assert resolve_in_text("March 2", earlier) is None
    # ... but the nearest year to a time stamp still does
    stamped = "Updated Mar 12, 1987, 10:00 AM\n\n" + later
    assert resolve_in_text("March 11", stamped) == datetime.date(1987, 3, 11)
    # ... and so does a full date above the lead (a header's date)
    header = "Bank issues bond\nMarch 12, 1987 Thursday\n\n"
    start = len(header) + len("LONDON, March 11 -")
    assert resolve_in_text("March 11", header + later, lead_start=start) == datetime.date(
        1987, 3, 11
    )
    assert resolve_in_text("March 11", header + later) is None  # lead start unknown
    article = parse_article(stamp)
    assert article.dateline is not None
    assert article.dateline.date == article.date == datetime.date(2024, 12, 31)


def test_article_date() -> None:
    text = "Leaders meet in Reykjavik on May 19, 2021."
    caption = Caption(text, Span(0, len(text)))
    assert article_date(text, None, [caption], Options()) == (datetime.date(2021, 5, 19), "en")
    # with a reference date a caption's old date is not taken for the news date
    options = Options(reference_date=datetime.date(2022, 1, 1))
    assert article_date(text, None, [caption], options) == (None, "en")
    assert article_date("", None, (), Options()) == (None, None)
    assert article_date("x", None, (), Options(languages=["fr"])) == (None, "fr")


def test_article_uses_dateline_date() -> None:
    text = "Storm shuts ports\n\nLISBON, March 3 (Reuters) - Ports closed as the storm hit, officials said.\n"
    article = parse_article(text, reference_date=datetime.date(2024, 3, 4))
    assert article.date == datetime.date(2024, 3, 3)
    assert article.language == "en"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The minister said that the talks were over and that it was time.", "en"),
        ("Le ministre a dit que les discussions sont dans une impasse pour le moment.", "fr"),
        ("Der Minister sagte, dass die Gespräche nicht mit dem Ergebnis enden.", "de"),
        ("El ministro dijo que las conversaciones con los socios fueron buenas.", "es"),
        ("Il ministro ha detto che gli incontri della settimana sono stati utili.", "it"),
        ("O ministro disse que as conversas com os parceiros não foram boas.", "pt"),
        ("De minister zei dat het overleg met de partners niet goed was.", "nl"),
        ("Министр заявил, что переговоры не были успешными и что это так.", "ru"),
        ("1234 5678", None),
    ],
)
def test_detect_language(text: str, language: str | None) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # "sa at" is bokmål ("said that"), "sagde at" Danish; "at" alone tells neither
        ("Ordfører Kari Dahl sa at brua er stengt. Hun snakket med avisen i Bergen.", "nb"),
        ("Borgmester Kari Dahl sagde at broen er lukket. Hun talte med avisen i Aarhus.", "da"),
        ("Borgmester Kari Dahl siger at broen er lukket nu, og det er for sent.", "da"),
        ("Kari Dahl sa att bron är stängd. Hon talade med tidningen i Malmö.", "sv"),
    ],
)
def test_detect_language_tells_bokmal_from_danish_by_said(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_languages_are_dateparser_languages() -> None:
    from dateparser.languages.loader import default_loader

    supported = set(default_loader.get_locale_map())
    assert sorted(LANGUAGES - supported) == []


def test_month_table_agrees_with_itself() -> None:
    assert set(MONTHS.values()) == set(range(1, 13))
    assert all(name == name.lower() and not name.endswith(".") for name in MONTHS)


_CLOCK_SCRIPT = """
import datetime
from newsstruct import parse_article, parse_date
from newsstruct._dates import resolve_date
from newsstruct import Options
text = open({path!r}, encoding="utf-8").read()
print(parse_date("May 19"), parse_date("Dec 30", reference_date=datetime.date(2021, 1, 3)))
print(resolve_date("12 marca", Options(languages=["pl"])))
print(resolve_date("12 marca", Options(languages=["pl"], reference_date=datetime.date(2030, 5, 1))))
article = parse_article(text)
print(article.date, article.dateline and article.dateline.date)
"""


def test_results_do_not_depend_on_clock_or_time_zone(tmp_path: object) -> None:
    """Run the same reads under far-apart time zones: the output is identical."""
    import pathlib

    assert isinstance(tmp_path, pathlib.Path)
    article = tmp_path / "a.txt"
    article.write_text(
        "Title\n\nLeaders met on May 19, 2021. PHOTO: AFP\n\n"
        "REYKJAVIK (REUTERS) - They met on Wednesday (May 19).\n",
        encoding="utf-8",
    )
    script = _CLOCK_SCRIPT.format(path=str(article))
    outputs = set()
    for zone in ("UTC", "Pacific/Kiritimati", "Etc/GMT+12", "America/St_Johns"):
        env = {**os.environ, "TZ": zone}
        done = subprocess.run(
            [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=False
        )
        assert done.returncode == 0, done.stderr
        outputs.add(done.stdout)
    assert len(outputs) == 1
    lines = outputs.pop().splitlines()
    assert lines[0] == "None 2020-12-30"
    assert lines[1] == "None"  # no year and no reference: never today's year
    assert lines[2] == "2030-03-12"
    assert lines[3] == "2021-05-19 2021-05-19"


def test_dateparser_not_imported_by_import() -> None:
    done = subprocess.run(
        [sys.executable, "-c", "import sys, newsstruct; print('dateparser' in sys.modules)"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == "False"


@given(
    st.dates(min_value=datetime.date(1950, 1, 1), max_value=datetime.date(2090, 12, 31)),
    st.integers(min_value=-300, max_value=GRACE_DAYS),
)
def test_reference_rule(reference: datetime.date, offset: int) -> None:
    """A month and day within a year before the reference resolve to that very date."""
    day = reference + datetime.timedelta(days=offset)
    if (day.month, day.day) == (2, 29):
        return
    written = day.strftime("%B ") + str(day.day)
    assert resolve_date(written, Options(reference_date=reference)) == day


@settings(deadline=None)  # the first call may load dateparser's data
@given(st.text(max_size=200))
def test_never_raises(text: str) -> None:
    resolve_date(text, Options(reference_date=datetime.date(2020, 1, 1)))
    evidence_date(text)
    detect_language(text)


# The scans below run their patterns only where a match can start; each must
# find what the plain scan finds.
_DATE_PIECES = st.sampled_from(
    ["May", "mayo", "Sept.", "19", "19.", "31st", "de", " ", "  ", "\u00a0", "\t", ",", "(",
     "2021", "1987", "2021-05-19", "20210", "-", "x", "\n", "Monday", "MONDAY", "mon",
     "Wednesday", "(May 19)", "s\u00e1bado", "\u00df", "\u0130",
     # (a window with no letter and no hyphen is passed over: a stamp's figures)
     "04/11/2025", "/", ".", "##", "4.nov.", "19-May-", "\u212a"]
)  # fmt: skip


def _plain_full_dates(text: str, start: int) -> list[datetime.date]:
    found = []
    for match in DATE_WITH_YEAR.finditer(text, start, min(len(text), start + 20_000)):
        value = _full_date(match.group(0))
        if value is not None:
            found.append(value)
    return found


def _plain_weekday(text: str, start: int, stop: int) -> tuple[int, int] | None:
    for run in regex.finditer(r"\p{L}++", text[:stop], pos=start):
        if run.group().casefold() in {day.casefold() for day in WEEKDAYS}:
            found = DATE_WEEKDAY.match(text, run.start(), stop)
            if found is not None:
                return found.span()
    return None


@settings(max_examples=500)
@given(st.lists(_DATE_PIECES, max_size=14).map("".join), st.data())
def test_windowed_scans_find_what_plain_scans_find(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    stop = data.draw(st.integers(start, len(text)))
    assert full_dates(text, start) == _plain_full_dates(text, start)
    found = _weekday_date(text, start, stop)
    assert (found.span() if found else None) == _plain_weekday(text, start, stop)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("FIRST PUBLISHED May 3, 2021\nBody.", datetime.date(2021, 5, 3)),
        ("F\u0130RST PUBLISHED May 3, 2021\nBody.", datetime.date(2021, 5, 3)),  # dotted I
        ("Title\n  \tPO\u017fTED: 19 May 2021\n", datetime.date(2021, 5, 19)),  # long s
        ("Published\nMay 3, 2021", None),  # the date is on another line
    ],
)
def test_stamp_lines(text: str, date: datetime.date | None) -> None:
    assert stamp_date(text) == date


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["\n", " ", "\t", "\r", "Up", "dated", "x", "İ", "ß", "ab"])).map(
        "".join
    )
)
def test_stamp_heads_are_the_heads_of_the_lines(text: str) -> None:
    """One head per line: its first three characters after spaces and tabs, folded."""
    from newsstruct._dates import _stamp_heads

    raw = [line.lstrip(" \t")[:3] for line in text.split("\n")]
    expected = [head.replace("\u0130", "i").casefold()[:3] for head in raw]
    assert _stamp_heads(text) == expected


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a time glued to the year, as copied web pages have it
        ("November 3, 20256:15 AM GMT", [datetime.date(2025, 11, 3)]),
        ("3 November 202516:15", [datetime.date(2025, 11, 3)]),
        # a longer number is no year
        ("May 3, 20251", []),
        ("May 3, 20251.50", []),
    ],
)
def test_year_with_a_glued_time(text: str, dates: list[datetime.date]) -> None:
    assert full_dates(text) == dates


def test_article_date_from_a_time_stamp_block() -> None:
    text = "Monsoon nears\n\nTNN / Updated: May 28, 2025, 08:12 IST\n\nNEW DELHI: Rain came."
    stamp = text.index("TNN")
    stamps = [Span(stamp, text.index("\n\nNEW"))]
    options = Options(languages=["en"])
    assert article_date(text, None, (), options) == (None, "en")
    assert article_date(text, None, (), options, stamps) == (datetime.date(2025, 5, 28), "en")
    assert parse_article(text).date == datetime.date(2025, 5, 28)


@pytest.mark.parametrize(
    ("text", "language", "date"),
    [
        # a part over 12 decides
        ("Issued on: 25/11/2025 - 18:12", None, datetime.date(2025, 11, 25)),
        ("Posted 11/25/2025", None, datetime.date(2025, 11, 25)),
        # another numeric date of the page decides
        ("Posted 11/04/2025\n\nUpdated 11/24/2025", None, datetime.date(2025, 11, 4)),
        ("Posted 04/11/2025\n\nUpdated 24/11/2025", None, datetime.date(2025, 11, 4)),
        # a spelled-out date agreeing with one reading
        ("04/11/2025\n\nIt was 11 April 2025 then.", None, datetime.date(2025, 4, 11)),
        # the zone, the full stops, the language
        ("11/04/2025 06:00 PM ET", None, datetime.date(2025, 11, 4)),
        ("04/11/2025 - 18:12 IST", None, datetime.date(2025, 11, 4)),
        ("04.11.2025", None, datetime.date(2025, 11, 4)),
        ("Veröffentlicht am 04/11/2025", "de", datetime.date(2025, 11, 4)),
        # a weekday beside it that is one reading's (4 November 2025 is a Tuesday,
        # 11 April 2025 a Friday), before or after, in English or another language
        ("Published Tuesday, 04/11/2025 18:12", "en", datetime.date(2025, 11, 4)),
        ("Tue. 04/11/2025", None, datetime.date(2025, 11, 4)),
        ("Updated 04/11/2025 (Fri) 18:12", None, datetime.date(2025, 4, 11)),
        ("Mardi 04/11/2025", None, datetime.date(2025, 11, 4)),
        # a weekday that is neither reading's, or one on another line, decides nothing
        ("Mon 04/11/2025", "en", None),
        ("Tuesday\n04/11/2025", "en", None),
        ("Tuesday and then 04/11/2025", "en", None),
        # the same day either way
        ("05/05/2025", None, datetime.date(2025, 5, 5)),
        # no evidence: no date (a US page and a British one write it alike)
        ("Posted 04/11/2025 - 18:12", "en", None),
        ("Posted 04/11/2025 - 18:12", None, None),
        # evidence that disagrees decides nothing
        ("04/11/2025 then 11/25/2025 and 25/11/2025", None, None),
        # no numeric date: a score, a fraction, a longer number
        ("Won 3/4 of the seats", None, None),
        ("Case 104/11/2025", None, None),
        ("ref 04/11/20256", None, None),
    ],
)
def test_numeric_date(text: str, language: str | None, date: datetime.date | None) -> None:
    from newsstruct._dates import numeric_date

    assert numeric_date(text, language=language) == date


def test_numeric_date_in_a_time_stamp_block_dates_the_article() -> None:
    page = "Title\n\nBy Jane Doe\nPublished on 04/11/2025 - 18:12 GMT+1\n\nThe talks went on.\n\nMore came.\n"
    assert parse_article(page).date == datetime.date(2025, 11, 4)
    ambiguous = page.replace(" GMT+1", "")
    assert parse_article(ambiguous).date is None


@pytest.mark.parametrize(
    ("reference", "expected"),
    [
        # one reading in the week before the reference date (or two days after)
        (datetime.date(2025, 11, 5), datetime.date(2025, 11, 4)),
        (datetime.date(2025, 11, 3), datetime.date(2025, 11, 4)),
        (datetime.date(2025, 4, 12), datetime.date(2025, 4, 11)),
        # a stamp read long after it was printed: no evidence
        (datetime.date(2026, 1, 1), None),
        (datetime.date(2025, 11, 20), None),
    ],
)
def test_reference_date_tells_a_recent_stamps_numeric_order(
    reference: datetime.date, expected: datetime.date | None
) -> None:
    page = "Title\n\nBy Jane Doe\nPublished on 04/11/2025 - 18:12\n\nThe talks went on.\n"
    assert parse_article(page, reference_date=reference).date == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-18", datetime.date(2026, 11, 18)),
        ("2026-11-04T10:00:00Z", datetime.date(2026, 11, 4)),
        ("2026/11/04", datetime.date(2026, 11, 4)),
        ("18/11/2026", datetime.date(2026, 11, 18)),
        ("11/18/2026", datetime.date(2026, 11, 18)),
        ("04.11.2026", datetime.date(2026, 11, 4)),
        ("04/11/2026", None),  # 4 November or 11 April: no guess
        ("2026-13-01", None),
    ],
)
def test_parse_date_reads_numeric_dates_of_certain_order(
    text: str, expected: datetime.date | None
) -> None:
    assert parse_date(text) == expected
    assert parse_date(text, reference_date=datetime.date(2026, 11, 20)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3-Nov-2025", datetime.date(2025, 11, 3)),
        ("03-Nov-2025", datetime.date(2025, 11, 3)),
        ("12-Sept-2024", datetime.date(2024, 9, 12)),
        ("12-Foo-2024", None),
        ("31-Feb-2024", None),
    ],
)
def test_a_day_month_and_year_joined_by_hyphens(text: str, expected: datetime.date | None) -> None:
    assert parse_date(text) == expected
    from newsstruct._dates import full_dates

    assert full_dates(f"News Release {text}") == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("4th November 2024", datetime.date(2024, 11, 4)),
        ("Published: 4th Nov 2024 09:12", datetime.date(2024, 11, 4)),
        ("Monday 22nd of May 2023, 09:12", datetime.date(2023, 5, 22)),
        ("November 4th, 2024", datetime.date(2024, 11, 4)),
    ],
)
def test_a_stamp_with_an_ordinal_day_dates_the_story(stamp: str, expected: datetime.date) -> None:
    article = parse_article(
        f"Storm hits coast\n\nBy Jo Lind\n\n{stamp}\n\nThe storm hit the coast.\n"
    )
    assert article.date == expected
    assert [b.kind for b in article.boilerplate] == ["timestamp"]


def test_an_ordinal_without_a_month_and_year_is_no_date() -> None:
    article = parse_article(
        "Parade planned\n\nThe 4th of July parade in 2024 will be the town's 3rd of 12 planned.\n"
    )
    assert article.date is None


def test_round13_stamp_dates() -> None:
    import datetime

    from newsstruct import parse_article
    from newsstruct._dates import stamp_date

    # a print line is no time stamp of the story
    assert stamp_date("Published in The Planet, November 5th, 2025\n") is None
    assert stamp_date("Published on November 5, 2025\n") == datetime.date(2025, 11, 5)
    # the dateline's day tells the order of the stamp's numeric date, which gives the year
    text = (
        "Wage rises\n\n11/04/2025 06:15 PM\n\n"
        "Taipei, Nov. 4 (CNA) The minimum wage will rise, the ministry said Tuesday.\n\nMore."
    )
    article = parse_article(text)
    assert article.dateline is not None
    assert article.dateline.date == datetime.date(2025, 11, 4)
    text = text.replace("Nov. 4", "April 11")
    article = parse_article(text)
    assert article.dateline is not None
    assert article.dateline.date == datetime.date(2025, 4, 11)
    # no numeric stamp: the day stays without its year
    text = (
        "Wage rises\n\nTaipei, Nov. 4 (CNA) The minimum wage will rise, the ministry said.\n\nMore."
    )
    article = parse_article(text)
    assert article.dateline is not None
    assert article.dateline.date is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lyon : la ville plante des arbres\n\nPar Julie Durand\n\n"
            "Publié le 04/11/25 à 18h12 — Mis à jour le 04/11/25 à 19h05\n\n"
            "La mairie de Lyon a présenté mardi un plan pour la ville.\n\nLes travaux commencent.",
            datetime.date(2025, 11, 4),
        ),
        (
            "Câmara aprova isenção\n\nMaria Souza\n\n4.nov.2025 às 18h12\n\n"
            "A Câmara dos Deputados aprovou nesta terça-feira o projeto.\n\nO texto segue.",
            datetime.date(2025, 11, 4),
        ),
    ],
)
def test_round16_stamps_with_short_years_and_dotted_months(
    text: str, expected: datetime.date
) -> None:
    assert parse_article(text).date == expected


def test_round16_short_year_is_read_in_stamps_only() -> None:
    # a score in the body is no date; an English page's short date is ambiguous
    text = "Storm hits coast\n\nThe storm hit the coast, officials said.\n\nThe score was 04/11/25 today."
    assert parse_article(text).date is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Pemerintah menaikkan anggaran subsidi pupuk tahun depan, kata menteri pada Selasa. "
            "Kenaikan itu untuk menjaga produksi beras dan juga harga yang stabil.",
            "id",
        ),
        (
            "Piazza Affari ha chiuso la seduta di martedì in rialzo, sostenuta dalle banche. "
            "Sul mercato valutario l'euro si è rafforzato sul dollaro.",
            "it",
        ),
    ],
)
def test_round16_detect_indonesian_and_short_italian(text: str, language: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Hallitus esittää lisää rahaa, ja summa on suurempi kuin viime vuonna, mutta myös kunnat kiittävät.",
            "fi",
        ),
        (
            "Guvernul a aprobat bugetul, care va fi trimis Parlamentului şi dezbătut în comisii.",
            "ro",
        ),
        ("Forslaget skal forhandles med partierne i næste uge, og det er meget vigtigt.", "da"),
        ("Forslaget skal forhandles med partiene neste uke, og det er mye viktig.", "nb"),
    ],
)
def test_round16_detect_finnish_romanian_danish_norwegian(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_dateline_numeric_date_orders() -> None:
    from newsstruct._dates import dateline_numeric_date

    text = "Madrid, 04-11-2025 (EFE).- El Gobierno aprobó hoy el plan de vivienda de la ciudad."
    assert dateline_numeric_date("04-11-2025", text, Options()) == datetime.date(2025, 11, 4)
    english = "LONDON, 04/11/2025 - The government said on Tuesday that it would act."
    assert dateline_numeric_date("04/11/2025", english, Options()) is None
    # a part over 12 tells the order; an impossible date is none
    assert dateline_numeric_date("13/11/2025", english, Options()) == datetime.date(2025, 11, 13)
    assert dateline_numeric_date("31/02/2025", english, Options()) is None
    assert dateline_numeric_date("2025-11-04", english, Options()) is None


def test_romanian_told_from_french_and_spanish() -> None:
    text = (
        "Guvernul a adoptat marți hotărârea privind majorarea salariului minim de la 1 "
        "ianuarie. Decizia a fost anunțată de ministrul Muncii după ședința de guvern."
    )
    assert detect_language(text) == "ro"
    french = "Le gouvernement a adopté mardi le décret sur le salaire minimum de la fonction."
    assert detect_language(french) == "fr"
    english = "Star striker Ronaldo could miss Real Madrid's La Liga contest due to injury."
    assert detect_language(english) != "ro"


def test_many_stamps_read_the_text_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # a page of many ambiguous numeric stamps (no language tells the order): the
    # whole text's evidence is read once, not once a stamp (quadratic before)
    import newsstruct._dates as dates

    calls: list[int] = []
    real = dates._numeric_order

    def counted(text: str) -> str | None:
        calls.append(len(text))
        return real(text)

    monkeypatch.setattr(dates, "_numeric_order", counted)
    text = "Title\n\n" + "\n\n".join(f"Updated 04/11/2025 x{i}" for i in range(60))
    article = parse_article(text)
    assert len(article.boilerplate) == 60
    assert article.date is None  # ambiguous everywhere
    assert len(calls) <= 2


def test_a_stamps_readings_are_looked_up_among_many_spelled_dates() -> None:
    # the full dates written out in the text are a set: each of many stamps
    # looks its two readings up in it, not through a list of them all
    from newsstruct._dates import _TextEvidence, numeric_date

    filler = "The fund was set up on May 19, 2021. " * 400
    text = filler + "It closed on 4 November 2025.\n\nUpdated 04/11/2025"
    evidence = _TextEvidence(text)
    assert datetime.date(2021, 5, 19) in evidence.spelled()
    at = text.rindex("04/")
    assert numeric_date(text, at, language="en", evidence=evidence) == datetime.date(2025, 11, 4)
    # both readings written out: nothing told (as before)
    both = filler + "It opened on April 11, 2025 and closed on 4 November 2025.\n\n04/11/2025"
    assert numeric_date(both, both.rindex("04/"), language="en") is None
    # a reading written out only past the evidence window tells nothing
    far = "Updated 04/11/2025\n\n" + filler * 2 + "It closed on 4 November 2025."
    assert numeric_date(far, 0, language="en") is None


#: Short and long samples of each language with a word list (written for these
#: tests), near languages side by side: cs/sk, sl/hr/sr, uk/ru/bg, da/nb, es/pt.
_LANGUAGE_SAMPLES: tuple[tuple[str, str], ...] = (
    ("en", "The minister said the talks would resume on Monday, but the unions have not agreed."),
    (
        "en",
        "Jan Novák, the Czech finance minister, met Péter Szabó and Ivan Horvat in Brussels on Tuesday. They said the plan was a good start and that it would be put to a vote in the spring, but officials from Zagreb and Vilnius were not convinced.",
    ),
    ("cs", "Vláda dnes schválila návrh zákona, který podle ministra přinese úspory."),
    (
        "cs",
        "Ministr financí uvedl, že rozpočet bude schodkový. Opozice návrh kritizuje, protože podle ní nejsou peníze na platy učitelů. Sněmovna by o něm měla jednat ještě tento měsíc, ale koalice zatím nemá jasnou většinu.",
    ),
    ("sk", "Vláda v stredu schválila návrh zákona, ktorý podľa ministra prinesie úspory."),
    (
        "sk",
        "Minister financií povedal, že rozpočet bude deficitný. Opozícia návrh kritizuje, pretože podľa nej nie sú peniaze na platy učiteľov. Parlament by o ňom mal rokovať ešte tento mesiac, ale koalícia zatiaľ nemá jasnú väčšinu.",
    ),
    (
        "sl",
        "Vlada je v sredo sprejela predlog zakona, ki bo po besedah ministra prinesel prihranke.",
    ),
    (
        "sl",
        "Finančni minister je dejal, da bo proračun v primanjkljaju. Opozicija predlog kritizira, ker po njenem ni denarja za plače učiteljev. Državni zbor naj bi o njem razpravljal še ta mesec, vendar koalicija nima jasne večine.",
    ),
    (
        "hr",
        "Vlada je u srijedu prihvatila prijedlog zakona koji će prema ministru donijeti uštede.",
    ),
    (
        "hr",
        "Ministar financija rekao je da će proračun biti u deficitu. Oporba kritizira prijedlog jer prema njoj nema novca za plaće učitelja. Sabor bi o njemu trebao raspravljati još ovaj mjesec, ali koalicija zasad nema jasnu većinu tijekom glasanja.",
    ),
    (
        "sr",
        "Vlada je u sredu usvojila predlog zakona koji će, kako je saopštio ministar, doneti uštede.",
    ),
    (
        "sr",
        "Ministar finansija rekao je da će budžet biti u deficitu. Opozicija kritikuje predlog jer, kako kaže, nema novca za plate nastavnika. Skupština bi o njemu trebalo da raspravlja još ovog meseca, posle čega će se videti gde je većina. Vlada je takođe najavila nove mere.",
    ),
    (
        "sr",
        "Влада је у среду усвојила предлог закона који ће, како је саопштио министар, донети уштеде.",
    ),
    (
        "sr",
        "Министар финансија рекао је да ће буџет бити у дефициту. Опозиција критикује предлог јер, како каже, нема новца за плате наставника. Скупштина би о њему требало да расправља још овог месеца.",
    ),
    (
        "bg",
        "Правителството одобри в сряда законопроекта, който според министъра ще донесе икономии.",
    ),
    (
        "bg",
        "Финансовият министър каза, че бюджетът ще бъде с дефицит. Опозицията критикува проекта, защото според нея няма пари за заплати на учителите. Парламентът трябва да го обсъди още този месец, но коалицията все още няма ясно мнозинство.",
    ),
    ("uk", "Уряд у середу схвалив законопроєкт, який, за словами міністра, дасть економію."),
    (
        "uk",
        "Міністр фінансів заявив, що бюджет буде дефіцитним. Опозиція критикує проєкт, бо, на її думку, немає грошей на зарплати вчителям. Парламент має розглянути його ще цього місяця, але коаліція поки не має чіткої більшості.",
    ),
    (
        "ru",
        "Правительство в среду одобрило законопроект, который, по словам министра, даст экономию.",
    ),
    (
        "ru",
        "Министр финансов заявил, что бюджет будет дефицитным. Оппозиция критикует проект, так как, по её мнению, нет денег на зарплаты учителям. Парламент должен рассмотреть его ещё в этом месяце, но у коалиции пока нет явного большинства.",
    ),
    (
        "hu",
        "A kormány szerdán elfogadta a törvényjavaslatot, amely a miniszter szerint megtakarítást hoz.",
    ),
    (
        "hu",
        "A pénzügyminiszter azt mondta, hogy a költségvetés hiányos lesz. Az ellenzék bírálja a javaslatot, mert szerintük nincs pénz a tanárok fizetésére. A parlament még ebben a hónapban tárgyalja, de a koalíciónak egyelőre nincs biztos többsége.",
    ),
    (
        "lt",
        "Vyriausybė trečiadienį pritarė įstatymo projektui, kuris, anot ministro, leis sutaupyti ir bus naudingas.",
    ),
    (
        "lt",
        "Finansų ministras teigė, kad biudžetas bus deficitinis. Opozicija kritikuoja projektą, nes, jos nuomone, nėra pinigų mokytojų algoms. Seimas jį turėtų svarstyti dar šį mėnesį, tačiau koalicija kol kas neturi aiškios daugumos.",
    ),
    ("lv", "Valdība trešdien atbalstīja likumprojektu, kas pēc ministra teiktā ļaus ietaupīt."),
    (
        "lv",
        "Finanšu ministrs sacīja, ka budžets būs ar deficītu. Opozīcija kritizē projektu, jo, pēc tās domām, nav naudas skolotāju algām. Saeimai tas jāizskata vēl šomēnes, bet koalīcijai pagaidām nav skaidra vairākuma.",
    ),
    (
        "et",
        "Valitsus kiitis kolmapäeval heaks eelnõu, mis ministri sõnul toob kokkuhoidu ja on vajalik.",
    ),
    (
        "et",
        "Rahandusminister ütles, et eelarve on puudujäägiga. Opositsioon kritiseerib eelnõu, sest nende sõnul ei ole raha õpetajate palkadeks. Riigikogu peaks seda arutama veel sel kuul, kuid koalitsioonil ei ole praegu kindlat enamust.",
    ),
    ("pl", "Rząd w środę przyjął projekt ustawy, który według ministra przyniesie oszczędności."),
    (
        "pl",
        "Minister finansów powiedział, że budżet będzie deficytowy. Opozycja krytykuje projekt, bo jej zdaniem nie ma pieniędzy na pensje nauczycieli. Sejm ma się nim zająć jeszcze w tym miesiącu, ale koalicja na razie nie ma pewnej większości.",
    ),
    ("fi", "Hallitus hyväksyi keskiviikkona lakiesityksen, joka ministerin mukaan tuo säästöjä."),
    (
        "fi",
        "Valtiovarainministeri sanoi, että budjetti on alijäämäinen. Oppositio arvostelee esitystä, koska sen mukaan rahaa ei ole opettajien palkkoihin. Eduskunta käsittelee sitä vielä tässä kuussa, mutta hallituksella ei ole varmaa enemmistöä.",
    ),
    (
        "da",
        "Regeringen har onsdag vedtaget lovforslaget, som efter ministerens mening vil give besparelser.",
    ),
    (
        "da",
        "Finansministeren siger, at budgettet vil have et underskud. Oppositionen kritiserer forslaget, fordi der efter dens mening ikke er penge til lærernes lønninger. Folketinget skal behandle det i denne måned, men regeringen har endnu ikke et klart flertal.",
    ),
    (
        "nb",
        "Regjeringen har onsdag vedtatt lovforslaget, som etter ministerens mening vil gi besparelser.",
    ),
    (
        "nb",
        "Finansministeren sier at budsjettet vil få et underskudd. Opposisjonen kritiserer forslaget fordi det etter deres mening ikke er penger til lærernes lønninger. Stortinget skal behandle det i denne måneden, men regjeringen har ennå ikke et klart flertall.",
    ),
    (
        "es",
        "El Gobierno aprobó el miércoles el proyecto de ley, que según el ministro traerá ahorros.",
    ),
    (
        "es",
        "El ministro de Hacienda dijo que el presupuesto tendrá déficit. La oposición critica el proyecto porque, según ella, no hay dinero para los sueldos de los maestros. El Congreso debe debatirlo este mes, pero la coalición aún no tiene una mayoría clara.",
    ),
    (
        "pt",
        "O Governo aprovou na quarta-feira o projeto de lei, que segundo o ministro trará poupanças.",
    ),
    (
        "pt",
        "O ministro das Finanças disse que o orçamento terá défice. A oposição critica o projeto porque, segundo ela, não há dinheiro para os salários dos professores. O Parlamento deve debatê-lo ainda este mês, mas a coligação ainda não tem uma maioria clara.",
    ),
    (
        "fr",
        "Le gouvernement a adopté mercredi le projet de loi, qui selon le ministre permettra des économies.",
    ),
    (
        "fr",
        "Le ministre des Finances a dit que le budget sera en déficit. L'opposition critique le projet, car selon elle il n'y a pas d'argent pour les salaires des enseignants. Le Parlement doit l'examiner ce mois-ci, mais la coalition n'a pas encore de majorité claire.",
    ),
    (
        "it",
        "Il governo ha approvato mercoledì il disegno di legge, che secondo il ministro porterà risparmi.",
    ),
    (
        "it",
        "Il ministro delle Finanze ha detto che il bilancio sarà in deficit. L'opposizione critica il progetto perché, secondo lei, non ci sono soldi per gli stipendi degli insegnanti. Il Parlamento deve esaminarlo entro questo mese, ma la coalizione non ha ancora una maggioranza chiara.",
    ),
    (
        "de",
        "Die Regierung hat am Mittwoch den Gesetzentwurf gebilligt, der laut dem Minister Einsparungen bringt.",
    ),
    (
        "de",
        "Der Finanzminister sagte, der Haushalt werde ein Defizit haben. Die Opposition kritisiert den Entwurf, weil es ihrer Ansicht nach kein Geld für die Gehälter der Lehrer gibt. Das Parlament soll ihn noch in diesem Monat beraten, aber die Koalition hat noch keine klare Mehrheit.",
    ),
    (
        "ro",
        "Guvernul a aprobat miercuri proiectul de lege, care potrivit ministrului va aduce economii.",
    ),
    (
        "ro",
        "Ministrul Finanțelor a spus că bugetul va avea deficit. Opoziția critică proiectul pentru că, în opinia sa, nu sunt bani pentru salariile profesorilor. Parlamentul trebuie să îl dezbată în această lună, dar coaliția nu are încă o majoritate clară.",
    ),
    (
        "tr",
        "Maliye bakanı bütçenin açık vereceğini söyledi. Muhalefet, öğretmen maaşları için para olmadığını söyleyerek tasarıyı eleştiriyor. Meclis tasarıyı bu ay içinde görüşecek, ama koalisyonun henüz net bir çoğunluğu yok.",
    ),
    (
        "nl",
        "De regering heeft woensdag het wetsvoorstel goedgekeurd, dat volgens de minister besparingen oplevert.",
    ),
    (
        "nl",
        "De minister van Financiën zei dat de begroting een tekort zal hebben. De oppositie bekritiseert het voorstel omdat er volgens haar geen geld is voor de salarissen van leraren. Het parlement moet het nog deze maand behandelen, maar de coalitie heeft nog geen duidelijke meerderheid.",
    ),
    (
        "sv",
        "Regeringen har på onsdagen godkänt lagförslaget, som enligt ministern ger besparingar.",
    ),
    (
        "sv",
        "Finansministern sade att budgeten kommer att ha ett underskott. Oppositionen kritiserar förslaget eftersom det enligt den inte finns pengar till lärarnas löner. Riksdagen ska behandla det redan den här månaden, men koalitionen har ännu ingen tydlig majoritet.",
    ),
    (
        "id",
        "Pemerintah pada hari Rabu menyetujui rancangan undang-undang yang menurut menteri akan menghemat anggaran.",
    ),
    (
        "id",
        "Menteri Keuangan mengatakan bahwa anggaran akan defisit. Oposisi mengkritik rancangan itu karena menurut mereka tidak ada dana untuk gaji guru. Parlemen akan membahasnya bulan ini, tetapi koalisi belum memiliki mayoritas yang jelas.",
    ),
)


@pytest.mark.parametrize(("language", "text"), _LANGUAGE_SAMPLES)
def test_round20b_each_language_is_told_from_its_near_languages(language: str, text: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a few lines of wire copy: a letter of its alphabet decides a tie of words
        ("Vláda dnes schválila zvýšení platů učitelů o sedm procent od ledna.", "cs"),
        ("На програму планують витратити понад 40 мільярдів гривень.", "uk"),
        ("Vlada je danas usvojila predlog, deficit bi trebalo da iznosi tri odsto.", "sr"),
        ("Vlada je danas prihvatila prijedlog, deficit bi trebao iznositi tri posto.", "hr"),
        # English tables and headlines with U.S., Pa., Shaw's, pre-tax: not Slavic
        ("U.S. TAX WRITERS SEEK CURBS, RAISING 6.7 BLN DLRS THRU U.S. 1991", None),
        ("ACME CORP <ACM> DIVIDEND\n    HORSHAM, Pa., March 4 -\n    Qtly div 12 cts", None),
        ("Shaw's pre-tax profit rose; U.S. sales fell in the quarter.", "en"),
        # English with Czech, Polish and Croatian names stays English
        (
            "Jiří Dvořák and Łukasz Wójcik met Ivan Đurić in Brussels, and they said it went well.",
            "en",
        ),
    ],
)
def test_round20b_letters_and_abbreviations(text: str, language: str | None) -> None:
    assert detect_language(text) == language
