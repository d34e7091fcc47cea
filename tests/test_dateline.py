"""Datelines: every wire form, negatives, spans, strictness and hostile input."""

from __future__ import annotations

import datetime
import itertools
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsstruct import Dateline, OptionError, Options, parse_article, parse_dateline
from newsstruct._dateline import match_dateline

from .corpora import corpora_dir

REF = datetime.date(2024, 12, 1)

# (text, dateline text, location, agency, date_text)
FORMS = [
    # press-release wires
    ("BOSTON--(BUSINESS WIRE)--Harbor Health today reported.", "BOSTON--(BUSINESS WIRE)--", "BOSTON", "BUSINESS WIRE", None),
    ("BOSTON, March 4, 2025--(BUSINESS WIRE)--Harbor rose.", "BOSTON, March 4, 2025--(BUSINESS WIRE)--", "BOSTON", "BUSINESS WIRE", "March 4, 2025"),
    ("COLUMBUS, Ohio, March 4, 2025 /PRNewswire/ -- Acme rose.", "COLUMBUS, Ohio, March 4, 2025 /PRNewswire/ --", "COLUMBUS, Ohio", "PRNewswire", "March 4, 2025"),
    ("TORONTO, March 4, 2025 /CNW/ - Acme rose.", "TORONTO, March 4, 2025 /CNW/ -", "TORONTO", "CNW", "March 4, 2025"),
    ("WILKES-BARRE, Pa. -- Acme rose.", "WILKES-BARRE, Pa. --", "WILKES-BARRE, Pa.", None, None),
    # Reuters
    ("REYKJAVIK (REUTERS) - Top diplomats met.", "REYKJAVIK (REUTERS) -", "REYKJAVIK", "REUTERS", None),
    ("NEW YORK, March 26 (Reuters) - Stocks rose.", "NEW YORK, March 26 (Reuters) -", "NEW YORK", "Reuters", "March 26"),
    ("NEW YORK/SAN FRANCISCO (Reuters) - Tech fell.", "NEW YORK/SAN FRANCISCO (Reuters) -", "NEW YORK/SAN FRANCISCO", "Reuters", None),
    ("SALVADOR, Feb 26 - Showers continued.", "SALVADOR, Feb 26 -", "SALVADOR", None, "Feb 26"),
    ("EDISON, N.J., April 13 - The company said.", "EDISON, N.J., April 13 -", "EDISON, N.J.", None, "April 13"),
    ("CHARLOTTETOWN, Prince Edward Island, March 26 - Potato growers met.", "CHARLOTTETOWN, Prince Edward Island, March 26 -", "CHARLOTTETOWN, Prince Edward Island", None, "March 26"),
    ("RICHMOND, Va. Feb 26 - Reynolds said.", "RICHMOND, Va. Feb 26 -", "RICHMOND, Va.", None, "Feb 26"),
    ("peoria, april 7 - caterpillar said.", "peoria, april 7 -", "peoria", None, "april 7"),
    ("La paz, march 4 - about 1,000 employees quit.", "La paz, march 4 -", "La paz", None, "march 4"),
    ("AMSTERDAM, 2 March - Dutch imports rose.", "AMSTERDAM, 2 March -", "AMSTERDAM", None, "2 March"),
    ("SOUTH BELOIT, Ill., Oct. 20 - The firm said.", "SOUTH BELOIT, Ill., Oct. 20 -", "SOUTH BELOIT, Ill.", None, "Oct. 20"),
    ("RPT --LUDWIGSHAFEN, March 3 - BASF said.", "RPT --LUDWIGSHAFEN, March 3 -", "LUDWIGSHAFEN", None, "March 3"),
    ("CHICAGO, March  2 - Bally said.", "CHICAGO, March  2 -", "CHICAGO", None, "March  2"),
    ("OAKLAND , N.J., March 2 - Sales rose.", "OAKLAND , N.J., March 2 -", "OAKLAND , N.J.", None, "March 2"),
    # AP
    ("WASHINGTON (AP) — The Senate voted.", "WASHINGTON (AP) —", "WASHINGTON", "AP", None),
    ("WASHINGTON (AP) _ The Senate voted.", "WASHINGTON (AP) _", "WASHINGTON", "AP", None),
    ("ISLAMABAD, Pakistan (AP) -- Troops moved.", "ISLAMABAD, Pakistan (AP) --", "ISLAMABAD, Pakistan", "AP", None),
    ("ST. JOSEPH, Mich. (AP) — A storm hit.", "ST. JOSEPH, Mich. (AP) —", "ST. JOSEPH, Mich.", "AP", None),
    ("UNITED NATIONS (AP) - The council met.", "UNITED NATIONS (AP) -", "UNITED NATIONS", "AP", None),
    ("AP - A company won a grant.", "AP -", None, "AP", None),
    # other agencies
    ("PARIS (AFP) - Le gouvernement a dit.", "PARIS (AFP) -", "PARIS", "AFP", None),
    ("STOCKHOLM, Aug 29, 2014 (AFP) - Sweden said.", "STOCKHOLM, Aug 29, 2014 (AFP) -", "STOCKHOLM", "AFP", "Aug 29, 2014"),
    ("Gaza City, Palestinian Territories, May 16, 2021 (AFP) - Strikes hit.", "Gaza City, Palestinian Territories, May 16, 2021 (AFP) -", "Gaza City, Palestinian Territories", "AFP", "May 16, 2021"),
    ("Naypyidaw, Myanmar (CNN)Twenty-one people died.", "Naypyidaw, Myanmar (CNN)", "Naypyidaw, Myanmar", "CNN", None),
    ("LONDON, England (CNN) -- A man was held.", "LONDON, England (CNN) --", "LONDON, England", "CNN", None),
    ("(CNN) -- A man was held.", "(CNN) --", None, "CNN", None),
    ("(Bloomberg) -- Stocks fell.", "(Bloomberg) --", None, "Bloomberg", None),
    ("Jan. 5 (Bloomberg) -- Stocks fell.", "Jan. 5 (Bloomberg) --", None, "Bloomberg", "Jan. 5"),
    ("BEIJING, March 31 (Xinhua) -- China said.", "BEIJING, March 31 (Xinhua) --", "BEIJING", "Xinhua", "March 31"),
    ("SEOUL, Aug. 20 (Yonhap) -- Seoul said.", "SEOUL, Aug. 20 (Yonhap) --", "SEOUL", "Yonhap", "Aug. 20"),
    ("New Delhi [India], Sept 20 (ANI): The minister said.", "New Delhi [India], Sept 20 (ANI):", "New Delhi [India]", "ANI", "Sept 20"),
    ("BHOPAL (PTI) - The minister quit.", "BHOPAL (PTI) -", "BHOPAL", "PTI", None),
    ("TEHRAN (IRNA) -- The minister said.", "TEHRAN (IRNA) --", "TEHRAN", "IRNA", None),
    ("MOSCOW, October 28 (Itar-Tass) - People voted.", "MOSCOW, October 28 (Itar-Tass) -", "MOSCOW", "Itar-Tass", "October 28"),
    ("VANCOUVER (CP) - The sister spoke.", "VANCOUVER (CP) -", "VANCOUVER", "CP", None),
    ("Canadian Press - VANCOUVER (CP) - The sister spoke.", "Canadian Press - VANCOUVER (CP) -", "VANCOUVER", "CP", None),
    ("HONG KONG (Dow Jones)--China Mobile said.", "HONG KONG (Dow Jones)--", "HONG KONG", "Dow Jones", None),
    ("NEW ORLEANS (Sports Network) - The guard sat out.", "NEW ORLEANS (Sports Network) -", "NEW ORLEANS", "Sports Network", None),
    ("MANILA - Rescuers smashed windows.", "MANILA -", "MANILA", None, None),
    ("PETALING JAYA – Police said.", "PETALING JAYA –", "PETALING JAYA", None, None),
    # bare locations: a listed city with a colon, title case, place words
    ("PETALING JAYA: Police said.", "PETALING JAYA:", "PETALING JAYA", None, None),
    ("Mumbai: Police said the man was held.", "Mumbai:", "Mumbai", None, None),
    ("ISLAMABAD: Prime Minister Imran Khan said on Monday.", "ISLAMABAD:", "ISLAMABAD", None, None),
    ("NEW YORK — The city braced for snow.", "NEW YORK —", "NEW YORK", None, None),
    ("JACKSON - The judge ruled on Friday.", "JACKSON -", "JACKSON", None, None),
    ("A CORUNA, Spain (Reuters) - The club said.", "A CORUNA, Spain (Reuters) -", "A CORUNA, Spain", "Reuters", None),
    ("Kuala Lumpur - The ministry said on Friday.", "Kuala Lumpur -", "Kuala Lumpur", None, None),
    ("Kuala Lumpur – The ministry said.", "Kuala Lumpur –", "Kuala Lumpur", None, None),
    ("MIDWAY ATOLL - Years ago, a battle was fought.", "MIDWAY ATOLL -", "MIDWAY ATOLL", None, None),
    ("FORT PIERCE, Fla. - Two days before, he left.", "FORT PIERCE, Fla. -", "FORT PIERCE, Fla.", None, None),
    ("BUENA PARK, Calif. - Rallying workers, she spoke.", "BUENA PARK, Calif. -", "BUENA PARK, Calif.", None, None),
    ("JACKSON, Miss. - U.S. District Judge Carlton W. Reeves ruled late.", "JACKSON, Miss. -", "JACKSON, Miss.", None, None),
    # numeric dates, Arabic comma
    ("BERLIN, 12.03.2024 (dpa) - Die Polizei sucht Zeugen.", "BERLIN, 12.03.2024 (dpa) -", "BERLIN", "dpa", "12.03.2024"),
    ("Wien, 1.2.2024 (APA) - Die Regierung hat beschlossen.", "Wien, 1.2.2024 (APA) -", "Wien", "APA", "1.2.2024"),
    ("القاهرة، مصر (رويترز) - قال مسؤولون", "القاهرة، مصر (رويترز) -", "القاهرة، مصر", "رويترز", None),
    # other languages
    ("Berlin (dpa) - Es regnet.", "Berlin (dpa) -", "Berlin", "dpa", None),
    ("Peine (dpa/lni) - Die Polizei sucht Zeugen.", "Peine (dpa/lni) -", "Peine", "dpa/lni", None),
    ("Tel Aviv/Beirut (dpa) - Die Armee meldete.", "Tel Aviv/Beirut (dpa) -", "Tel Aviv/Beirut", "dpa", None),
    ("Strasbourg, 10 juil 2024 (AFP) Le Parlement a voté.", "Strasbourg, 10 juil 2024 (AFP)", "Strasbourg", "AFP", "10 juil 2024"),
    ("Madrid, 25 may (EFE).- El Gobierno dijo.", "Madrid, 25 may (EFE).-", "Madrid", "EFE", "25 may"),
    ("MADRID, 21 Nov. 2024 (Europa Press) - El Gobierno.", "MADRID, 21 Nov. 2024 (Europa Press) -", "MADRID", "Europa Press", "21 Nov. 2024"),
    ("(ANSA) - ROMA, 1 LUG - Il governo ha detto.", "(ANSA) - ROMA, 1 LUG -", "ROMA", "ANSA", "1 LUG"),
    ("BEIJING, 10 août (Xinhua) -- La Chine a dit.", "BEIJING, 10 août (Xinhua) --", "BEIJING", "Xinhua", "10 août"),
    ("LISBOA, 18 jun (Xinhua) -- O governo disse.", "LISBOA, 18 jun (Xinhua) --", "LISBOA", "Xinhua", "18 jun"),
    ("МОСКВА, 12 мар - РИА Новости. Президент заявил.", "МОСКВА, 12 мар - РИА Новости.", "МОСКВА", "РИА Новости", "12 мар"),
    ("Ciudad de Mexico, 5 may (EFE) - El Gobierno.", "Ciudad de Mexico, 5 may (EFE) -", "Ciudad de Mexico", "EFE", "5 may"),
    ("MOSCOW, March 12. /TASS/. The president said.", "MOSCOW, March 12. /TASS/.", "MOSCOW", "TASS", "March 12"),
    ("МОСКВА, 12 марта. /ТАСС/. Президент заявил.", "МОСКВА, 12 марта. /ТАСС/.", "МОСКВА", "ТАСС", "12 марта."),
    ("MOSCOW. March 12 (Interfax) - The bank said.", "MOSCOW. March 12 (Interfax) -", "MOSCOW", "Interfax", "March 12"),
    ("TOKYO, Jan. 5 Kyodo - The yen rose.", "TOKYO, Jan. 5 Kyodo -", "TOKYO", "Kyodo", "Jan. 5"),
    ("MADRID, 21 (EUROPA PRESS) - El Gobierno.", "MADRID, 21 (EUROPA PRESS) -", "MADRID", "EUROPA PRESS", "21"),
    ("NEW DELHI, Jan 5 (PTI) The government said.", "NEW DELHI, Jan 5 (PTI)", "NEW DELHI", "PTI", "Jan 5"),
    ("Hong Kong (CNN Business)Shares fell.", "Hong Kong (CNN Business)", "Hong Kong", "CNN Business", None),
    ("BERLIN, 12. März (Reuters) - Die Preise stiegen.", "BERLIN, 12. März (Reuters) -", "BERLIN", "Reuters", "12. März"),
    ("****LONDON, March 5 - Gold rose.", "****LONDON, March 5 -", "LONDON", None, "March 5"),
    ("CHICAGO, March 4, - Sales rose.", "CHICAGO, March 4, -", "CHICAGO", None, "March 4"),
    ("WASHINGTON ― The House voted.", "WASHINGTON ―", "WASHINGTON", None, None),
    ("CHARLESTON, S.C.\u00a0— The race began.", "CHARLESTON, S.C.\u00a0—", "CHARLESTON, S.C.", None, None),
    ("LONDON\u00a0(Reuters)\u00a0- Prices fell.", "LONDON\u00a0(Reuters)\u00a0-", "LONDON", "Reuters", None),
    ("新华社北京3月31日电（记者 张三）中国", "新华社北京3月31日电", "北京", "新华社", "3月31日"),
    ("(서울=연합뉴스) 홍길동 기자 = 정부는", "(서울=연합뉴스)", "서울", "연합뉴스", None),
    ("القاهرة (رويترز) - قال مسؤولون", "القاهرة (رويترز) -", "القاهرة", "رويترز", None),
    # dashes and spacing
    ("LONDON (Reuters) — Prices fell.", "LONDON (Reuters) —", "LONDON", "Reuters", None),
    ("LONDON (Reuters) – Prices fell.", "LONDON (Reuters) –", "LONDON", "Reuters", None),
    ("LONDON  (Reuters)  -  Prices fell.", "LONDON  (Reuters)  -", "LONDON", "Reuters", None),
    ("london (reuters) - prices fell.", None, None, None, None),
    # tokenized text (its bracket tokens read as brackets, spaced off the agency)
    ("london ( reuters ) - prices fell .", "london ( reuters ) -", "london", "reuters", None),
    ("bangkok , may 4 ( afp ) - police said", "bangkok , may 4 ( afp ) -", "bangkok", "afp", "may 4"),
    ("the mayor ( left ) - spoke first .", None, None, None, None),
    ("london ( reuters ) prices fell .", None, None, None, None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "written", "location", "agency", "date_text"), FORMS)
def test_forms(
    text: str, written: str | None, location: str | None, agency: str | None, date_text: str | None
) -> None:
    dateline = parse_dateline(text, reference_date=REF)
    if written is None:
        assert dateline is None
        return
    assert dateline is not None
    assert dateline.text == written
    assert text[dateline.span.start : dateline.span.end] == written
    assert (dateline.location, dateline.agency, dateline.date_text) == (location, agency, date_text)


def test_cheap_gates_keep_the_shapes_they_pass_over() -> None:
    """Shapes the gates must not skip: lower-case words, brackets, no dash at all."""
    cases = {
        "la paz, 12 mar - Hubo protestas.": "la paz, 12 mar -",
        "New Delhi [in the north] - Police said the man fled.": None,
        "peoria, Jan. 5 (AP) - A man was hurt.": None,  # lower case with an agency
        "NEW DELHI [India] (Reuters) - Police said": "NEW DELHI [India] (Reuters) -",
        "ANKARA": "ANKARA",
        "Rio de Janeiro, 26 juil. - Il pleut.": "Rio de Janeiro, 26 juil. -",
    }
    for text, written in cases.items():
        dateline = parse_dateline(text, reference_date=REF)
        assert (dateline.text if dateline else None) == written, text


NOT_DATELINES = [
    "Paris is lovely - in the spring.",
    "WASHINGTON - the city braced for snow.",
    "The President said - nothing at all.",
    "UPDATE - The figures changed.",
    "EXCLUSIVE: The company plans cuts.",
    "ECONOMIC SPOTLIGHT - BANKAMERICA CORP",
    "U.S. TRADE DEFICIT WIDENS - OFFICIALS",
    "Mr Blinken (left) - and Mr Lavrov met.",
    "Shares rose 5 percent on Monday.",
    "",
    "   ",
    "(left) - the minister.",
    "He said (Reuters) that prices fell.",
    "Twenty-one people died.",
    "SELF-DRIVING cars arrive.",
    "TAPPER: Good morning, Senator.",
    "JAKE TAPPER: Good morning.",
    "FAREWELL— The shop closes.",
    "INDIANA’S VOTERS FAVOR CRUZ, BUT ECONOMY FAVORS TRUMP - Poll",
    "SHAH TAPPER: Police said.",
    "IBM (IBM.N) - Shares rose.",
    "OIL (UPDATE 1) - Prices rose.",
    "EU (European Union) - The bloc agreed.",
    "WASHINGTON (AP Photo) - A file image.",
    "PARIS, May 5 Police said - nothing.",
    "Jane Doe (AP) contributed to this report.",
    "القاهرة - قال مسؤولون",
    "(서울=서울시) 발표",
    "CONGRESS HAS INVESTIGATED HIM — The committee said.",
    # headline slugs: a colon after a word in capitals that is not a listed city
    "FIX IS IN: PBS Moderators Ignore Clinton Scandals.",
    "HUFFPOLLSTER: A new poll shows a shift among voters.",
    # several words in capitals that do not read as a place
    "QUESTIONABLE MEDICAL CLAIMS — For years, he has been criticised.",
    "U.S. FINANCIAL ANALYSTS - March 3",
    "BANK CREDIT STANDARDS - The survey showed a change.",
    "TOP SECRET - The files were released.",
    "NEW RULES - The agency said on Friday.",
    # a function word in capitals makes a clause, even before a date
    "ROTTERDAM PORT SUBSIDY TO END JULY 1 - MINISTER",
    "OIL PRICES IS WEAK, MARCH 3 - The market fell.",
    # a date with no comma before it, then words in capitals: a headline
    "OPEC OUTPUT CUT JULY 1 - MINISTER",
    # a bracketed acronym of the words before it, and a known agency followed
    # by more headline words in capitals
    "CANADIAN PACIFIC (CP) CONFIRMS EARNINGS",
    "COMPUTER PRODUCTS (CP) - The company said.",
    "LONDON (Reuters) SHARES FALL ON RATE FEARS",
    "(CNN) BREAKING NEWS FROM THE CAPITAL",
    # title case: only a listed city, before a sentence (not a title-case headline)
    "Mumbai: A Tale Of Two Cities",
    "Police Said: The man was held.",
    "Springfield Chronicles - the story goes on.",
    "Kuala Lumpur—The ministry said.",
    "Zenda - The ministry said on Friday.",
    # transcript speaker labels in capitals, also two words
    "BLITZER: Welcome back to the show.",
    "DANA BASH: The senator said no.",
    # a listed city that is also a personal name labels a speaker before a colon
    "JACKSON: Thank you, Senator.",
    "Austin: We will see about that.",
    # numeric dates must be real day.month.year
    "LONDON, 12.13.2024 - The bank said.",
]


@pytest.mark.parametrize("text", NOT_DATELINES)
def test_not_datelines(text: str) -> None:
    assert parse_dateline(text) is None


def test_dates_resolved_with_reference() -> None:
    dateline = parse_dateline(
        "SALVADOR, Feb 26 - Showers.", reference_date=datetime.date(1987, 2, 26)
    )
    assert dateline is not None
    assert dateline.date == datetime.date(1987, 2, 26)
    early = parse_dateline("TOKYO, March 2 - Yen rose.", reference_date=datetime.date(1987, 3, 1))
    assert early is not None
    assert early.date == datetime.date(1987, 3, 2)  # a day ahead of the desk: grace
    dec = parse_dateline("PARIS, Dec 30 (AFP) - Snow.", reference_date=datetime.date(2021, 1, 5))
    assert dec is not None
    assert dec.date == datetime.date(2020, 12, 30)


def test_date_without_year_or_reference_is_none() -> None:
    dateline = parse_dateline("KABUL, Dec 8 (AFP) - NATO troops stay.")
    assert dateline is not None
    assert dateline.date_text == "Dec 8"
    assert dateline.date is None


def test_date_from_evidence_when_dateline_has_none() -> None:
    text = (
        "Caption: leaders meet in Reykjavik on May 19, 2021. PHOTO: AFP\n\n"
        "REYKJAVIK (REUTERS) - Diplomats met on Wednesday (May 19) to talk."
    )
    start = text.index("REYKJAVIK")
    dateline = match_dateline(text, start, len(text), Options())
    assert dateline is not None
    assert dateline.date_text is None
    assert dateline.date == datetime.date(2021, 5, 19)


def test_options_and_keywords() -> None:
    text = "LONDON, March 26 (Reuters) - Prices fell."
    by_options = parse_dateline(text, options=Options(reference_date=datetime.date(2020, 4, 1)))
    by_keyword = parse_dateline(text, reference_date=datetime.date(2020, 4, 1))
    assert by_options == by_keyword
    assert by_options is not None
    assert by_options.date == datetime.date(2020, 3, 26)
    # both at once is a mistake, as in parse_article: which should win?
    with pytest.raises(OptionError, match="not both"):
        parse_dateline(
            text, options=Options(languages=["en"]), reference_date=datetime.date(2020, 4, 1)
        )
    with pytest.raises(OptionError, match="must be a newsstruct"):
        parse_dateline(text, options={"reference_date": "2020-04-01"})  # type: ignore[arg-type]


def test_glued_byline_is_skipped() -> None:
    text = "By MICHAEL LIEDTKE     SAN FRANCISCO (AP) -- Shares fell."
    dateline = parse_dateline(text)
    assert dateline is not None
    assert (dateline.text, dateline.span.start) == ("SAN FRANCISCO (AP) --", 23)
    assert parse_dateline("By MICHAEL LIEDTKE     SAN FRANCISCO - Shares fell.") is None


def test_numeric_date_is_resolved() -> None:
    dateline = parse_dateline("BERLIN, 12.03.2024 (dpa) - Die Polizei sucht Zeugen.")
    assert dateline is not None
    assert dateline.date == datetime.date(2024, 3, 12)
    impossible = parse_dateline("BERLIN, 31.02.2024 (dpa) - Die Polizei sucht Zeugen.")
    assert impossible is not None
    assert (impossible.date_text, impossible.date) == ("31.02.2024", None)


def test_bare_capitals_need_a_place() -> None:
    """One word, a listed city, a state after a comma or a place word: each suffices."""
    for text in (
        "RYE - The voters came out.",
        "DES MOINES - The voters came out.",
        "STATE COLLEGE, Pa. - The voters came out.",
        "ATLANTIC CITY - The voters came out.",
        "SAN ISIDRO - The voters came out.",
    ):
        assert parse_dateline(text) is not None, text
    assert parse_dateline("VOTERS CAME OUT - The polls closed.") is None


def test_day_only_date() -> None:
    dateline = parse_dateline(
        "MADRID, 21 (EFE) - El Gobierno.", reference_date=datetime.date(2024, 3, 5)
    )
    assert dateline is not None
    assert dateline.date == datetime.date(2024, 2, 21)


def test_window_bounds_the_search() -> None:
    long_location = "A" * 300 + " (Reuters) - Text."
    assert parse_dateline(long_location) is None


@pytest.mark.parametrize(
    "text",
    [
        "NEW YORK, " * 20_000,
        "(" * 10_000 + ")" * 10_000,
        "NEW YORK " * 100_000 + "(Reuters) - x",
        "A" * 1_000_000,
        "MOSCOW, 12 " * 50_000,
        "Wednesday (May 19) " * 50_000,
        "UPDATED " * 100_000,
    ],
)
def test_hostile_input_is_read(text: str) -> None:
    """Linear patterns: these return at once (a catastrophic pattern would hang here)."""
    parse_dateline(text)
    parse_article(text[:200_000])


@given(st.text(max_size=300))
def test_never_raises_and_spans_slice(text: str) -> None:
    dateline = parse_dateline(text)
    if dateline is not None:
        assert isinstance(dateline, Dateline)
        assert text[dateline.span.start : dateline.span.end] == dateline.text


@given(
    st.sampled_from(["LONDON", "NEW YORK", "Gaza City, Palestinian Territories", "ST. LOUIS, Mo."]),
    st.sampled_from(["", ", March 26", ", 2 March", ", Oct. 20, 2004"]),
    st.sampled_from(["(Reuters)", "(AP)", "(AFP)", "(dpa)"]),
    st.sampled_from([" -", " --", " —", " –", " _", ":"]),
)
def test_composed_forms(location: str, date: str, agency: str, dash: str) -> None:
    written = f"{location}{date} {agency}{dash}"
    dateline = parse_dateline(written + " The story goes on.", reference_date=REF)
    assert dateline is not None
    assert dateline.text == written
    assert dateline.location == location
    assert dateline.agency == agency[1:-1]
    assert dateline.date_text == (date[2:] or None)


def test_seed_reykjavik() -> None:
    root = corpora_dir()
    if root is None or not (root / "seed" / "reykjavik.txt").exists():
        pytest.skip("corpora not found: set NEWSSTRUCT_CORPORA or add ../shared/corpora")
    text = (root / "seed" / "reykjavik.txt").read_text(encoding="utf-8")
    start = text.index("REYKJAVIK (REUTERS)")
    end = text.index("\n", start)
    for reference in (None, datetime.date(2021, 5, 20)):
        dateline = match_dateline(text, start, end, Options(reference_date=reference))
        assert dateline is not None
        assert (dateline.location, dateline.agency) == ("REYKJAVIK", "REUTERS")
        assert dateline.date == datetime.date(2021, 5, 19)
        article = parse_article(text, reference_date=reference)
        assert article.date == datetime.date(2021, 5, 19)


def test_agnews_sample_reads() -> None:
    """A smoke test on the first AG News rows (the full score is eval/wire.py)."""
    root = corpora_dir()
    if root is None or not (root / "agnews" / "test-silver.jsonl").exists():
        pytest.skip("corpora not found: set NEWSSTRUCT_CORPORA or add ../shared/corpora")
    with (root / "agnews" / "test-silver.jsonl").open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in itertools.islice(handle, 200)]
    agree = 0
    for row in rows:
        dateline = parse_dateline(row["text"].strip())
        location = dateline.location if dateline else None
        agree += location == ((row["location"] or "").strip() or None)
    assert agree >= 0.95 * len(rows)


def test_mark_twin_finds_the_characters_of_the_regex_class() -> None:
    """DATELINE_MARK (standard engine, dashes spelled out) is ``[(/:_\\p{Pd}\\u2212]``."""
    import sys

    import regex

    from newsstruct._patterns import DATELINE_MARK

    every_character = "".join(map(chr, range(sys.maxunicode + 1)))
    reference = regex.compile(r"[(/:_\p{Pd}\u2212]")
    assert DATELINE_MARK.findall(every_character) == reference.findall(every_character)
    text = "NEW YORK, March 26 (Reuters) - Stocks rose."
    for pos in range(len(text)):
        mine, theirs = DATELINE_MARK.search(text, pos, 30), reference.search(text, pos, 30)
        assert (mine and mine.start()) == (theirs and theirs.start())


@pytest.mark.parametrize(
    "text",
    [
        "The Latest: Trump urges supporters to vote.",
        "Stealth Over Health: Clinton Was Headed to ER",
        "Partial transcript as follows: WALLACE said.",
        "Mumbai: Police said the man was held.",
        "PETALING JAYA: Police said.",
        "KUALA LUMPUR : Police said the man was held.",
        "TAPPER: Good morning, Senator.",
        "JACKSON: The city council met.",
        "New Delhi [India]: The minister said.",
        "New Delhi [India], Sept 20 (ANI): The minister said.",
        "LAGOS, Nigeria: Police said.",
        "Poll: Voters abandon the party.",
        "Paris: la police a dit.",
        "Kuala Lumpur: Police Said The Man",
        "BEIJING, 3 March: Officials said.",
        ":",
        "Ankara:",
    ],
)
def test_colon_gate_keeps_what_the_pattern_reads(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A colon after unlisted words is ruled out before the pattern, as the pattern would."""
    import newsstruct._dateline

    gated = match_dateline(text, 0, len(text), Options())
    monkeypatch.setattr(newsstruct._dateline, "_unknown_before_colon", lambda *args: False)
    assert match_dateline(text, 0, len(text), Options()) == gated


@pytest.mark.parametrize(
    "text",
    [
        "AP - A company won a grant.",
        "Canadian Press - VANCOUVER (CP) - Police said.",
        "Itar-Tass - MOSCOW, March 3 - Officials said.",
        "AFP: Officials said - nothing.",
        "Reuters (left) - Officials said.",
        "dpa/lni - Die Polizei sucht Zeugen.",
        "Agence_France - Presse said.",
        "The AP - A company won a grant.",
    ],
)
def test_source_gate_keeps_what_the_pattern_reads(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A first mark that no source name holds rules the source out, as the pattern would."""
    import newsstruct._dateline

    gated = match_dateline(text, 0, len(text), Options())
    monkeypatch.setattr(newsstruct._dateline, "_NOT_SOURCE_MARKS", frozenset())
    assert match_dateline(text, 0, len(text), Options()) == gated


@pytest.mark.parametrize(
    ("stamp", "location"),
    [
        ("Published - November 04, 2025 08:30 pm IST - THIRUVANANTHAPURAM", "THIRUVANANTHAPURAM"),
        ("Updated - 4 November 2025 - NEW DELHI", "NEW DELHI"),
        ("Published - November 04, 2025 08:30 pm IST | KOCHI", "KOCHI"),
        # no place: a zone, a label, a place in lower case, no date, too short
        ("Updated - November 04, 2025 10:12 pm IST", None),
        ("Nov 4, 2025 - 18:12 - GMT", None),
        ("Nov 4, 2025 - 18:12 - UPDATED", None),
        ("November 04, 2025 - Thiruvananthapuram", None),
        ("Posted today - KOCHI", None),
        ("Nov 4, 2025 - UK", None),
    ],
)
def test_place_after_stamp(stamp: str, location: str | None) -> None:
    from newsstruct._dateline import place_after_stamp

    found = place_after_stamp(stamp, 0, len(stamp))
    assert (found.location if found else None) == location
    if found is not None:
        assert stamp[found.span.start : found.span.end] == location


def test_place_after_stamp_in_an_article() -> None:
    from newsstruct import parse_article

    page = (
        "Rain shuts schools\n\nPublished - November 04, 2025 08:30 pm IST - KOCHI\n\n"
        "Heavy rain shut schools on Tuesday.\n\nMore rain is due.\n"
    )
    article = parse_article(page)
    assert article.dateline is not None
    assert article.dateline.location == "KOCHI"
    assert [b.text for b in article.boilerplate] == ["Published - November 04, 2025 08:30 pm IST"]
    # in the body, a line ending in capitals after a dash stays a paragraph
    body = "Rain shuts schools\n\nHeavy rain shut schools on Tuesday.\n\nThe storm hit on Nov 4, 2025 - KOCHI\n"
    assert parse_article(body).dateline is None


@pytest.mark.parametrize(
    ("line", "location", "agency"),
    [
        # the agency's brackets lost (AMP and text copies of CNN pages)
        ("Washington CNN — The Federal Reserve held rates.", "Washington", "CNN"),
        ("Washington CNN —", "Washington", "CNN"),
        ("HONG KONG AP — Stocks fell on Tuesday.", "HONG KONG", "AP"),
        ("London Reuters - Oil prices rose on Tuesday.", "London", "Reuters"),
        ("New York CNN Business — Stocks fell.", "New York", "CNN Business"),
        # no listed agency, or no place, or no sentence after it
        ("Washington Post — The paper said on Tuesday.", None, None),
        ("Fans Cheer Reuters — The crowd sang.", None, None),
        ("NEW YORK AP — STOCKS FALL", None, None),
        ("Paris AFP — the city braced.", None, None),
        ("Washington CNN—The Fed held rates.", None, None),
    ],
)
def test_dateline_with_the_agency_out_of_brackets(
    line: str, location: str | None, agency: str | None
) -> None:
    found = parse_dateline(line)
    assert (found.location if found else None) == location
    assert (found.agency if found else None) == agency
    if found is not None:
        assert line[found.span.start : found.span.end] == found.text


@pytest.mark.parametrize(
    ("line", "location", "agency"),
    [
        # a station's call letters after a place in capitals with its state
        ("SPRINGFIELD, Mo. (KXYZ) - Police said on Tuesday.", "SPRINGFIELD, Mo.", "KXYZ"),
        ("AUSTIN, Texas (KXAN) — The city council voted.", "AUSTIN, Texas", "KXAN"),
        # an unknown bracket after a place in title case needs a date
        ("Springfield, Mo. (KXYZ) - Police said on Tuesday.", None, None),
        ("Springfield, Mo., Nov. 4 (KXYZ) - Police said.", "Springfield, Mo.", "KXYZ"),
    ],
)
def test_dateline_with_a_station_and_a_state(
    line: str, location: str | None, agency: str | None
) -> None:
    found = parse_dateline(line)
    assert (found.location if found else None) == location
    assert (found.agency if found else None) == agency


@pytest.mark.parametrize(
    ("line", "text", "agency", "body"),
    [
        # ANSA's web copy: the agency in brackets after the dash
        (
            "ROMA, 4 NOV - (ANSA) La Protezione civile ha diramato un'allerta.",
            "ROMA, 4 NOV - (ANSA)",
            "ANSA",
            "La Protezione",
        ),
        (
            "MILANO, 4 NOV - (ANSA) - Il sindaco ha firmato.",
            "MILANO, 4 NOV - (ANSA) -",
            "ANSA",
            "Il",
        ),
        # a bracket that is not an agency stays in the body
        ("ROMA, 4 NOV - (Il governo) ha detto.", "ROMA, 4 NOV -", None, "(Il governo)"),
        ("ROMA, 4 NOV - (ANSA) la gente ha detto.", "ROMA, 4 NOV -", None, "(ANSA)"),
    ],
)
def test_agency_after_the_dash(line: str, text: str, agency: str | None, body: str) -> None:
    found = parse_dateline(line)
    assert found is not None
    assert (found.text, found.location, found.agency) == (text, text.split(",")[0], agency)
    assert line[found.span.end :].lstrip().startswith(body)


@pytest.mark.parametrize(
    ("line", "location", "date"),
    [
        ("Madrid - 04 nov 2025 - 18:12 CET", "Madrid", datetime.date(2025, 11, 4)),
        ("LONDON - Nov 4, 2025 - 18:12", "LONDON", datetime.date(2025, 11, 4)),
        ("Paris - 04 nov. 2025", "Paris", datetime.date(2025, 11, 4)),
    ],
)
def test_place_and_stamp_on_their_own_line(line: str, location: str, date: datetime.date) -> None:
    text = f"Budget passes\n\nBy Ana Smith\n\n{line}\n\nThe cabinet approved it.\n\nThe opposition objected."
    article = parse_article(text)
    assert article.dateline is not None
    assert (article.dateline.text, article.dateline.location) == (line, location)
    assert (article.dateline.date, article.date) == (date, date)
    assert article.paragraphs[0].text == "The cabinet approved it."


@pytest.mark.parametrize("place", ["Valencia", "Ottawa", "New York"])
def test_place_alone_under_the_byline_is_the_dateline(place: str) -> None:
    text = f"Fire guts warehouse\n\nBy Luis Pérez\n\n{place}\n\nPolice arrested a man.\n\nHe denies it."
    article = parse_article(text)
    assert article.dateline is not None
    assert article.dateline.location == place
    assert article.byline is not None
    assert article.byline.text == "By Luis Pérez"
    assert [p.text for p in article.paragraphs] == ["Police arrested a man.", "He denies it."]


@pytest.mark.parametrize(
    "text",
    [
        # in the body, a place alone is a paragraph
        "Fire guts warehouse\n\nBy Luis Pérez\n\nPolice arrested a man.\n\nValencia\n\nHe denies it.",
        # not a place
        "Fire guts warehouse\n\nBy Luis Pérez\n\nUpdated\n\nPolice arrested a man.",
        # no byline over it
        "Fire guts warehouse\n\nPolice arrested a man.\n\nValencia\n\nHe denies it.",
    ],
)
def test_one_word_paragraph_elsewhere_is_no_dateline(text: str) -> None:
    article = parse_article(text)
    assert article.dateline is None


def test_a_listed_city_and_colon_before_a_sentence_that_opens_with_a_long_name() -> None:
    from newsstruct._dateline import match_dateline
    from newsstruct._options import DEFAULT_OPTIONS

    text = "Dubai: Construction of the Dubai Metro Blue Line will begin next year, officials said."
    dateline = match_dateline(text, 0, len(text), DEFAULT_OPTIONS)
    assert dateline is not None
    assert dateline.location == "Dubai"
    # negative: a title-case headline after the colon is no sentence
    text = "Mumbai: A Tale of Two Cities Wins Best Film Award"
    assert match_dateline(text, 0, len(text), DEFAULT_OPTIONS) is None


def test_an_agency_between_dashes_after_the_place() -> None:
    from newsstruct import parse_article

    text = "TORONTO \u2014 The Canadian Press \u2014 Consumer prices rose in May, the agency said."
    article = parse_article(text)
    assert article.dateline is not None
    assert (article.dateline.location, article.dateline.agency) == ("TORONTO", "The Canadian Press")
    assert article.paragraphs[0].text.startswith("Consumer prices")


def test_round12_place_and_stamp_parted_by_a_dot() -> None:
    text = (
        "City weighs road rule\nJane Doe (The Jakarta Post)\nPREMIUM\n"
        "Jakarta \u25cf Mon, November 4, 2024\n\n"
        "The city is weighing a new road rule, officials said.\n\nMore follows."
    )
    article = parse_article(text)
    assert article.dateline is not None
    assert (article.dateline.location, article.dateline.date) == (
        "Jakarta",
        datetime.date(2024, 11, 4),
    )
    assert article.paragraphs[0].text.startswith("The city")


def test_round12_vietnamese_city_in_capitals() -> None:
    dateline = parse_dateline(
        "H\u00c0 N\u1ed8I \u2014 Exports rose 14.9 per cent, the office said."
    )
    assert dateline is not None
    assert dateline.location == "H\u00c0 N\u1ed8I"


@pytest.mark.parametrize("lead", ["", " ", "\n\n", "\ufeff", "\u00a0", "\t "])
def test_parse_dateline_reads_past_white_space_before_it(lead: str) -> None:
    text = f"{lead}OSLO (Reuters) - Talks ended."
    dateline = parse_dateline(text)
    assert dateline is not None
    assert (dateline.location, dateline.agency) == ("OSLO", "Reuters")
    assert text[dateline.span.start : dateline.span.end] == dateline.text
    assert parse_article(text).dateline == dateline
    # negative: white space does not make a sentence a dateline
    assert parse_dateline(f"{lead}Paris is lovely - in the spring.") is None


def test_round13_place_in_capitals_before_the_stamp() -> None:
    import datetime

    from newsstruct import parse_article
    from newsstruct._dateline import place_before_stamp

    line = "ISTANBUL Nov 04, 2025 - 2:45 pm GMT+3"
    dateline = place_before_stamp(line, 0, len(line))
    assert dateline is not None
    assert (dateline.location, dateline.date) == ("ISTANBUL", datetime.date(2025, 11, 4))
    assert place_before_stamp("Istanbul Nov 04, 2025", 0, 21) is None  # (no dash: capitals only)
    text = (
        "Central bank cuts rates\n\nby DAILY PLANET WITH AA\n" + line + "\n\n"
        "The central bank on Tuesday cut its key interest rate by 100 basis points.\n\nMore."
    )
    article = parse_article(text)
    assert article.dateline is not None
    assert article.dateline.text == line
    assert article.byline is None
    assert article.paragraphs[0].text.startswith("The central bank")


def test_round13_release_site_with_its_address() -> None:
    from newsstruct import parse_dateline

    dateline = parse_dateline(
        "COLUMBUS, OH, UNITED STATES, November 4, 2025 /EINPresswire.com/ -- Acme opened a plant."
    )
    assert dateline is not None
    assert (dateline.location, dateline.agency) == (
        "COLUMBUS, OH, UNITED STATES",
        "EINPresswire.com",
    )


def test_round13_place_closed_by_a_full_stop() -> None:
    from newsstruct import parse_dateline

    dateline = parse_dateline("Dar es Salaam. The Bank of Tanzania kept its rate at 5.75 percent.")
    assert dateline is not None
    assert (dateline.location, dateline.text) == ("Dar es Salaam", "Dar es Salaam.")
    assert parse_dateline("Fine. The bank kept its rate.") is None  # no place
    assert parse_dateline("Reuters. The bank kept its rate.") is None  # an agency
    assert parse_dateline("Nairobi.The bank kept its rate.") is None  # no space after the stop
    # a feature's opening refers back to the place: no dateline
    assert parse_dateline("Chicago. That is where the story begins.") is None
    assert parse_dateline("Paris. Few cities have changed so much.") is None


@pytest.mark.parametrize(
    ("line", "location", "agency", "date_text"),
    [
        # the day in brackets before a colon (The Edge Malaysia)
        ("KUALA LUMPUR (Nov 4): The ringgit opened higher.", "KUALA LUMPUR", None, "Nov 4"),
        ("PETALING JAYA (Nov 4): Sales rose.", "PETALING JAYA", None, "Nov 4"),
        # an ordinal day, a comma before the year (WAM)
        (
            "ABU DHABI, 4th November, 2025 (WAM) -- The two sides agreed.",
            "ABU DHABI",
            "WAM",
            "4th November, 2025",
        ),
        ("DUBAI, Nov. 4th (Reuters) - Prices rose.", "DUBAI", "Reuters", "Nov. 4th"),
        ("LONDON, 4 November, 2025 - The firm said.", "LONDON", None, "4 November, 2025"),
        ("KUWAIT, Nov 4 (KUNA) -- Kuwait and Oman met.", "KUWAIT", "KUNA", "Nov 4"),
        # the capitals as their papers dateline them alone (Kuwait Times, Addis Standard)
        ("KUWAIT: The ministry extended the deadline.", "KUWAIT", None, None),
        ("Addis Abeba \u2013 The ministry launched a campaign.", "Addis Abeba", None, None),
    ],
)
def test_datelines_of_asian_and_gulf_wires(
    line: str, location: str, agency: str | None, date_text: str | None
) -> None:
    dateline = parse_dateline(line)
    assert dateline is not None
    assert (dateline.location, dateline.agency, dateline.date_text) == (location, agency, date_text)


def test_bracketed_day_needs_its_colon_and_ordinals_their_day() -> None:
    # without the colon the bracket is no day of a dateline
    assert parse_dateline("Kuala Lumpur (Nov 4) - The ringgit rose.") is None
    assert parse_dateline("EU (European Union) - the bloc agreed.") is None
    # an ordinal in the story is not read into the dateline
    dateline = parse_dateline("LONDON, 4 Nov - The 4th man said.")
    assert dateline is not None
    assert dateline.date_text == "4 Nov"


def test_place_alone_under_a_desk_credit() -> None:
    # Prothom Alo, India Today: the desk, then the place alone (a comma may close it)
    article = parse_article(
        "Smog chokes the capital\n\nStaff Correspondent\nDhaka\n"
        "Published: 04 Nov 2025, 10: 30\n\n"
        "The city's air was the world's worst on Tuesday, a monitor said.\n\nSchools stayed open."
    )
    assert article.dateline is not None
    assert article.dateline.location == "Dhaka"
    assert article.paragraphs[0].text.startswith("The city's air")
    # and a byline may follow the place
    article = parse_article(
        "Rain lashes Chennai\n\nIndia Today News Desk\nChennai,\nBy Meera Iyer\n\n"
        "Heavy rain lashed Chennai on Tuesday, flooding roads.\n\nSchools were shut."
    )
    assert article.dateline is not None
    assert (article.dateline.text, article.dateline.location) == ("Chennai,", "Chennai")
    assert article.byline is not None
    assert article.byline.names == ("Meera Iyer",)
    # a paragraph under the desk that names the place is no dateline
    article = parse_article(
        "Smog chokes the capital\n\nStaff Correspondent\n\n"
        "Dhaka choked on smog on Tuesday, a monitor said.\n\nSchools stayed open."
    )
    assert article.dateline is None
    assert article.paragraphs[0].text.startswith("Dhaka choked")


def test_country_label_over_a_headline_is_no_dateline() -> None:
    # the country glued before the headline is its kicker; the story's own KUWAIT: is the dateline
    article = parse_article(
        "Kuwait: Emir dissolves parliament after row\n\n"
        "KUWAIT: The emir dissolved parliament on Tuesday after a row with the government, "
        "state media said.\n\nElections are due within two months."
    )
    assert article.kicker is not None
    assert article.kicker.text == "Kuwait"
    assert article.headline is not None
    assert article.headline.text == "Emir dissolves parliament after row"
    assert article.dateline is not None
    assert article.dateline.text == "KUWAIT:"
    # the name alone over a paragraph is a headline, not a dateline
    article = parse_article(
        "Kuwait\n\nThe small Gulf state has some of the largest oil reserves in the world."
    )
    assert article.dateline is None
    assert article.headline is not None
    assert article.headline.text == "Kuwait"


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("Ciudad de México.- El Senado aprobó este martes la reforma.", "Ciudad de México"),
        ("Düsseldorf. Volkswagen will weitere Stellen abbauen.", "Düsseldorf"),
        ("Bogotá.- El Gobierno radicó la reforma.", "Bogotá"),
    ],
)
def test_round16_place_closed_by_a_full_stop_in_its_own_language(text: str, location: str) -> None:
    """A listed place (accents as the page writes them) closed by ``.`` or ``.-``."""
    article = parse_article(f"Headline here\n\n{text}\n\nMore text follows here.")
    assert article.dateline is not None
    assert article.dateline.location == location
    assert article.paragraphs[0].text == text[len(location) :].lstrip(".- ")


@pytest.mark.parametrize(
    "text",
    [
        "Gifhorn. Volkswagen will weitere Stellen abbauen.",  # no listed place
        "Ciudad de México.-El Senado aprobó la reforma.",  # no space after the dash
        "Mexico.- That is where it begins.",
    ],
)
def test_round16_no_dateline_without_a_listed_place_and_its_mark(text: str) -> None:
    article = parse_article(f"Headline here\n\n{text}\n\nMore text follows here.")
    assert article.dateline is None
    assert article.paragraphs[0].text == text


def test_round16_listed_place_before_a_numeric_stamp() -> None:
    text = (
        "Barcelona limitará los pisos turísticos\n\nLuis Pérez\n\n"
        "Barcelona 04/11/2025 18:12 Actualizado a 04/11/2025 19:05\n\n"
        "El Ayuntamiento aprobará este mes una norma para limitar los pisos.\n\n"
        "La medida afectará a unos 2.000 apartamentos."
    )
    article = parse_article(text)
    assert article.dateline is not None
    assert (article.dateline.location, article.dateline.date) == (
        "Barcelona",
        datetime.date(2025, 11, 4),
    )
    # negative: a word that is no place before the same stamp is only a stamp
    article = parse_article(text.replace("Barcelona 04/11", "Noticias 04/11"))
    assert article.dateline is None
    assert [b.kind for b in article.boilerplate] == ["timestamp"]


@pytest.mark.parametrize(
    ("text", "location", "agency"),
    [
        ("Frankfurt a.M. (epd). Die Diakonie fordert mehr Geld.", "Frankfurt a.M.", "epd"),
        ("Berlin (epd). Die Diakonie fordert mehr Geld.", "Berlin", "epd"),
        ("Freiburg i.Br. (KNA) Die Erzdiözese lädt ein.", "Freiburg i.Br.", "KNA"),
        ("KOMPAS.com - Harga beras naik di sejumlah daerah.", None, "KOMPAS.com"),
    ],
)
def test_round16_agency_datelines_of_german_and_indonesian_copy(
    text: str, location: str | None, agency: str
) -> None:
    dateline = parse_dateline(text)
    assert dateline is not None
    assert (dateline.location, dateline.agency) == (location, agency)


@pytest.mark.parametrize(
    "text",
    [
        "Berlin (epd). the talks went on.",  # no sentence after the full stop
        "Berlin (Foto). Die Diakonie fordert mehr Geld.",  # no agency in the bracket
    ],
)
def test_round16_no_dateline_without_agency_and_sentence(text: str) -> None:
    assert parse_dateline(text) is None


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("Rennes. La tempête a privé d'électricité 20 000 foyers.", "Rennes"),
        ("Saarbrücken. Der Landtag hat den Haushalt beschlossen.", "Saarbrücken"),
        ("Liège. Le conseil communal a voté le budget.", "Liège"),
    ],
)
def test_round16_regional_capitals_closed_by_a_full_stop(text: str, location: str) -> None:
    dateline = parse_dateline(text)
    assert dateline is not None
    assert dateline.location == location


@pytest.mark.parametrize(
    ("text", "location", "agency"),
    [
        ("Brasília (Agência Brasil) - O governo anunciou o leilão.", "Brasília", "Agência Brasil"),
        ("Buenos Aires, 4 nov (Télam) - El Gobierno anunció el plan.", "Buenos Aires", "Télam"),
        ("Praha (ČTK) - Vláda schválila rozpočet.", "Praha", "ČTK"),
        ("Zagreb (Hina) - Vlada je usvojila proračun.", "Zagreb", "Hina"),
        ("Roma, 4 nov. (Adnkronos) - Il governo ha approvato la manovra.", "Roma", "Adnkronos"),
    ],
)
def test_round16_agencies_of_other_languages_in_datelines(
    text: str, location: str, agency: str
) -> None:
    dateline = parse_dateline(text)
    assert dateline is not None
    assert (dateline.location, dateline.agency) == (location, agency)


_D4 = datetime.date(2025, 11, 4)


@pytest.mark.parametrize(
    ("text", "location", "agency", "date"),
    [
        (
            "Governo lança plano\n\nBrasília, 04/11/2025 - O governo anunciou hoje um novo "
            "plano de obras para o Nordeste.\n\nA oposição criticou o plano e pediu mais debate.",
            "Brasília",
            None,
            _D4,
        ),
        (
            "Bolsa sobe\n\nSÃO PAULO, 4/11/2025 – A Bolsa subiu 2% nesta terça-feira com o "
            "balanço dos bancos.\n\nO dólar caiu para R$ 5,32 no fim do dia.",
            "SÃO PAULO",
            None,
            _D4,
        ),
        (
            "El Gobierno aprueba el plan\n\nMadrid, 04-11-2025 (EFE).- El Gobierno aprobó hoy el "
            "plan de vivienda.\n\nLa oposición votó en contra de la medida.",
            "Madrid",
            "EFE",
            _D4,
        ),
        (
            "Manovra approvata\n\nRoma, 04/11/2025 - Il governo ha approvato la manovra in "
            "serata.\n\nI sindacati hanno criticato il testo e annunciato uno sciopero.",
            "Roma",
            None,
            _D4,
        ),
        # a part over 12 tells the order in any language
        (
            "Housing plan\n\nLONDON, 11/24/2025 - The government said it would act on "
            "housing.\n\nThe opposition said the plan was too little.",
            "LONDON",
            None,
            datetime.date(2025, 11, 24),
        ),
    ],
)
def test_numeric_date_in_dateline(
    text: str, location: str, agency: str | None, date: datetime.date
) -> None:
    article = parse_article(text)
    assert article.dateline is not None
    assert (article.dateline.location, article.dateline.agency) == (location, agency)
    assert article.dateline.date == date


def _dateline_of(text: str, reference: datetime.date | None = None) -> Dateline:
    dateline = parse_article(text, reference_date=reference).dateline
    assert dateline is not None
    return dateline


def test_numeric_date_in_english_dateline_needs_evidence() -> None:
    text = "Headline\n\nLONDON, 11/04/2025 - The government said it would act on housing."
    # ambiguous on an English page: no date, or the reading a few days before the reference
    assert _dateline_of(text).date is None
    read = _dateline_of(text, datetime.date(2025, 4, 12))
    assert read.date == datetime.date(2025, 4, 11)
    assert _dateline_of(text, _D4).date == _D4


@pytest.mark.parametrize(
    "lead",
    [
        "Brasília, 04/11/2025 foi um dia de muitas votações no Congresso.",  # no dash
        "O placar de 2-1-2025 não existe, disse o técnico aos repórteres.",
    ],
)
def test_numeric_date_without_a_dateline(lead: str) -> None:
    text = f"Headline of the story\n\n{lead}\n\nA second paragraph follows here."
    assert parse_article(text).dateline is None


def test_agency_before_place_in_dateline() -> None:
    text = "Harga naik\n\nTEMPO.CO, Jakarta - Harga minyak goreng naik menjelang akhir tahun."
    dateline = _dateline_of(text)
    assert (dateline.location, dateline.agency) == ("Jakarta", "TEMPO.CO")
    # a place's country after the comma stays in the location
    text = "Harga naik\n\nJakarta, Indonesia - Harga minyak goreng naik menjelang akhir tahun."
    dateline = _dateline_of(text)
    assert (dateline.location, dateline.agency) == ("Jakarta, Indonesia", None)


def test_place_with_connector_and_slash_before_stamp() -> None:
    text = (
        "Sismo en Oaxaca\n\nCiudad de México / 04.11.2025 18:12:00\n\nUn sismo sacudió el estado."
    )
    dateline = _dateline_of(text)
    assert (dateline.location, dateline.date) == ("Ciudad de México", _D4)
    # a slash between words that are no stamp is no dateline
    text = "Sismo en Oaxaca\n\nCiudad de México / Oaxaca\n\nUn sismo sacudió el estado."
    assert parse_article(text).dateline is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place and the full date in brackets, a dash after (US government releases)
        (
            "WASHINGTON (Nov. 4, 2025) \u2013 The department said.",
            ("WASHINGTON", None, "Nov. 4, 2025"),
        ),
        # a legal news service: its name, the date and time in brackets
        (
            "Law360 (November 4, 2025, 6:12 PM EST) -- A federal judge ruled.",
            (None, "Law360", "November 4, 2025"),
        ),
        (
            "Law360, New York (November 4, 2025, 6:12 PM EST) -- A judge ruled.",
            ("New York", "Law360", "November 4, 2025"),
        ),
    ],
)
def test_round17b_a_full_date_in_brackets(
    text: str, expected: tuple[str | None, str | None, str]
) -> None:
    dateline = parse_dateline(text)
    assert dateline is not None
    assert (dateline.location, dateline.agency, dateline.date_text) == expected


def test_round17b_a_date_in_brackets_needs_its_year_and_a_listed_service() -> None:
    # no year: a day in brackets before a dash is no dateline (only before a colon)
    assert parse_dateline("Kuala Lumpur (Nov 4) - The ringgit rose.") is None
    # an unlisted name before the bracket reads as a place, never as an agency
    dateline = parse_dateline("Acmeville (November 4, 2025) -- It rained.")
    assert dateline is not None
    assert dateline.agency is None


def test_round18b_the_state_in_brackets_before_the_country() -> None:
    dateline = parse_dateline(
        "Mumbai (Maharashtra) [India], November 4 (ANI/NewsVoir): Acme Pharma said on Tuesday."
    )
    assert dateline is not None
    assert (dateline.location, dateline.agency) == ("Mumbai (Maharashtra) [India]", "ANI/NewsVoir")
    # without the country after it, the bracket is the agency's, as before
    dateline = parse_dateline("MUMBAI (Reuters) - Acme said on Tuesday.")
    assert dateline is not None
    assert (dateline.location, dateline.agency) == ("MUMBAI", "Reuters")


def test_round19a_a_corpus_dateline_field_alone() -> None:
    for dateline, expected in (
        ("HALIFAX, Nova Scotia (AP)", ("HALIFAX, Nova Scotia", "AP")),
        ("RIVERTON, Ohio", ("RIVERTON, Ohio", None)),
    ):
        text = (
            f"<DOC>\n<HEADLINE>\nFerry crossings halted\n</HEADLINE>\n<DATELINE>\n{dateline}\n"
            "</DATELINE>\n<TEXT>\n<P>\nA ferry company halted its night crossings.\n</P>\n"
            "<P>\nNo one was hurt.\n</P>\n</TEXT>\n</DOC>\n"
        )
        article = parse_article(text)
        assert article.dateline is not None
        assert (article.dateline.location, article.dateline.agency) == expected
        assert not article.captions
        assert len(article.paragraphs) == 2
    # a name and an agency is no dateline; nor a place and words that are no region
    for line in ("Jane Doe (AP)", "RIVERTON, the town"):
        text = f"Ferry crossings halted\n\n{line}\n\nA ferry company halted its night crossings."
        assert parse_article(text).dateline is None


@pytest.mark.parametrize(
    ("text", "location", "agency", "date"),
    [
        ("Praha 4. listopadu (ČTK) - Poslanci dnes schválili novelu.", "Praha", "ČTK", _D4),
        ("BUKUREŠŤ 4. novembra (TASR) - Vláda schválila balík.", "BUKUREŠŤ", "TASR", _D4),
        ("Ljubljana, 4. novembra (STA) - Vlada je sprejela proračun.", "Ljubljana", "STA", _D4),
        ("ZAGREB, 4. studenoga 2025. (Hina) - Vlada je donijela uredbu.", "ZAGREB", "Hina", _D4),
        ("БЕОГРАД, 4. новембра (Танјуг) - Влада је усвојила буџет.", "БЕОГРАД", "Танјуг", _D4),
        ("София, 4 ноември /БТА/. Правителството одобри бюджета.", "София", "БТА", _D4),
        ("Budapest, 2025. november 4. (MTI) - A kormány emeli a bért.", "Budapest", "MTI", _D4),
        (
            "Bucureşti, 4 noiembrie (Agerpres) - Guvernul a aprobat bugetul.",
            "Bucureşti",
            "Agerpres",
            _D4,
        ),
        ("Київ, 4 листопада (Укрінформ) - Уряд виділив кошти на школи.", "Київ", "Укрінформ", _D4),
        ("STOCKHOLM, 4 november (TT) - Regeringen vill skärpa straffen.", "STOCKHOLM", "TT", _D4),
        (
            "HELSINKI, 4. marraskuuta (STT) - Hallitus esittää veron alennusta.",
            "HELSINKI",
            "STT",
            _D4,
        ),
        ("Vilnius, lapkričio 4 (ELTA) - Seimas priėmė biudžetą.", "Vilnius", "ELTA", _D4),
        ("Vilnius, lapkričio 4 d. (ELTA). Seimas priėmė biudžetą.", "Vilnius", "ELTA", _D4),
        # the agency after the date, closed by a full stop (LETA, Ukrinform)
        ("RĪGA, 4. novembris, LETA. Valdība otrdien apstiprināja budžetu.", "RĪGA", "LETA", _D4),
        (
            "Київ, 4 листопада. Укрінформ. Кабінет міністрів виділив кошти.",
            "Київ",
            "Укрінформ",
            _D4,
        ),
    ],
)
def test_round19b_datelines_with_months_of_central_eastern_and_nordic_languages(
    text: str, location: str, agency: str, date: datetime.date
) -> None:
    dateline = parse_dateline(text, reference_date=datetime.date(2025, 11, 5))
    assert dateline is not None
    assert (dateline.location, dateline.agency, dateline.date) == (location, agency, date)


@pytest.mark.parametrize(
    ("text", "language", "date"),
    [
        # ``listopada`` is November in Polish, October in Croatian: the text's language reads it
        ("Warszawa, 4 listopada (PAP) - Sejm uchwalił we wtorek ustawę.", "pl", _D4),
        (
            "Zagreb, 4. listopada (Hina) - Vlada je u utorak donijela uredbu.",
            "hr",
            datetime.date(2025, 10, 4),
        ),
        ("Zagreb, 4. listopada (Hina) - Vlada je u utorak donijela uredbu.", None, None),
    ],
)
def test_round19b_a_month_name_of_two_languages_is_read_in_the_text_language(
    text: str, language: str | None, date: datetime.date | None
) -> None:
    languages = None if language is None else (language,)
    dateline = parse_dateline(text, reference_date=datetime.date(2025, 11, 5), languages=languages)
    assert dateline is not None
    assert dateline.date == date


@pytest.mark.parametrize(
    "text",
    [
        # a year's full stop is read only before a space; a year then a word is no date
        "Budapest 2025. A kormány emeli a minimálbért januártól.",
        # a month's name in a sentence without a dash or an agency
        "Praha 4. listopadu přivítala delegaci z Vídně.",
        # a word closed by a full stop after the date that is no agency
        "Rīga, 4. novembris, Valdība. Tā apstiprināja budžetu.",
        # a listed agency closed by a full stop, but no date before it
        "In Riga, LETA. The agency reported the budget on Tuesday.",
    ],
)
def test_round19b_no_dateline_without_agency_or_dash(text: str) -> None:
    assert parse_dateline(text, reference_date=datetime.date(2025, 11, 5)) is None


def test_round19b_a_month_of_two_languages_in_an_article_is_read_in_its_language() -> None:
    text = (
        "Sejm przyjął ustawę\n\n"
        "Warszawa, 4 listopada (PAP) - Sejm przyjął we wtorek ustawę o ochronie ludności. "
        "Za głosowało 300 posłów.\n\nUstawa trafi teraz do Senatu."
    )
    article = parse_article(text, reference_date=datetime.date(2025, 11, 5))
    assert article.dateline is not None
    assert article.dateline.date == _D4


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # no language given: the words and letters of the text tell it, and so the month
        (
            "Zagreb, 4. listopada (Hina) - Vlada je danas prihvatila prijedlog koji će "
            "prema ministru donijeti uštede.",
            datetime.date(2025, 10, 4),
        ),
        (
            "Praha 4. listopadu (ČTK) - Vláda dnes schválila návrh zákona, který podle "
            "ministra přinese úspory.",
            datetime.date(2025, 11, 4),
        ),
        (
            "Warszawa, 4 listopada (PAP) - Rząd przyjął we wtorek projekt ustawy, który "
            "według ministra przyniesie oszczędności.",
            datetime.date(2025, 11, 4),
        ),
    ],
)
def test_round20b_a_month_of_two_languages_in_a_detected_language(
    text: str, date: datetime.date
) -> None:
    dateline = parse_dateline(text, reference_date=datetime.date(2025, 11, 5))
    assert dateline is not None
    assert dateline.date == date


_RCV1_FIELDS = (
    "Rail freight volumes rise for third month.\n\n"
    "{line}\n\n"
    "Rail freight volumes rose for a third straight month in August, the industry "
    "association said on Tuesday.\n\n"
    "Grain and coal shipments led the gains."
)


@pytest.mark.parametrize(
    ("line", "location", "date"),
    [
        ("CHICAGO 1996-09-10", "CHICAGO", datetime.date(1996, 9, 10)),
        ("ST. PAUL, Minn. 1996-09-10", "ST. PAUL, Minn.", datetime.date(1996, 9, 10)),
        ("RIO DE JANEIRO 1997-01-02", "RIO DE JANEIRO", datetime.date(1997, 1, 2)),
    ],
)
def test_round24_a_place_and_an_iso_date_alone_are_a_corpus_dateline(
    line: str, location: str, date: datetime.date
) -> None:
    # Reuters RCV1's <dateline> field: the place in capitals and an ISO date
    article = parse_article(_RCV1_FIELDS.format(line=line))
    assert article.dateline is not None
    assert (article.dateline.text, article.dateline.location) == (line, location)
    assert (article.dateline.date_text, article.dateline.date) == (line.split()[-1], date)
    assert article.paragraphs[0].text.startswith("Rail freight volumes rose")


@pytest.mark.parametrize(
    "line",
    [
        "Updated 1996-09-10",  # a stamp's label, not a place in capitals
        "Jane Doe 1996-09-10",  # a name
        "CHICAGO 1996-13-10",  # no calendar date
        "THE GREATER CHICAGO AREA 1996-09-10",  # too many words for a place
    ],
)
def test_round24_other_lines_with_an_iso_date_are_no_dateline(line: str) -> None:
    article = parse_article(_RCV1_FIELDS.format(line=line))
    assert article.dateline is None or article.dateline.text != line


@pytest.mark.parametrize(
    "line",
    ["HOST (JANE PIKE): Welcome back to the show.", "ANCHOR (JOHN ROE): Good evening."],
)
def test_transcript_speaker_label_is_no_dateline(line: str) -> None:
    assert parse_dateline(line) is None


def test_listed_place_before_bracketed_name_and_colon_stays_dateline() -> None:
    found = parse_dateline("LONDON (REUTERS): The pound fell on Monday.")
    assert found is not None
    assert (found.location, found.agency) == ("LONDON", "REUTERS")
    found = parse_dateline("PARIS (ACME NEWS) - The pound fell on Monday.")
    assert found is not None
    assert found.agency == "ACME NEWS"


def test_user30t_a_releases_place_and_date_alone_over_its_lead() -> None:
    text = (
        "Commission proposes cheaper parcel delivery\n\n"
        "Brussels, 3 March 2026\n\n"
        "Today, the Commission has proposed new rules to make parcel delivery cheaper."
    )
    dateline = parse_article(text).dateline
    assert dateline is not None
    assert (dateline.location, dateline.date) == ("Brussels", datetime.date(2026, 3, 3))
    assert dateline.text == "Brussels, 3 March 2026"
    # negatives: under the first paragraph (a letter's signature), or no place
    text = (
        "Parcel rules\n\nBy Jo Lee\n\nThe new rules are welcome, say the small shops that "
        "send parcels abroad every day.\n\nThey want them soon.\n\n"
        "Geneva, March 4, 2026\n\nMore follows."
    )
    assert parse_article(text).dateline is None
    text = "Parcel rules\n\nMonday, 3 March 2026\n\nThe rules are welcome, say small shops."
    assert parse_article(text).dateline is None


@pytest.mark.parametrize(
    ("line", "place", "agency"),
    [
        (
            "Lausanne (Keystone-ATS) - Le Conseil fédéral a annoncé un plan.",
            "Lausanne",
            "Keystone-ATS",
        ),
        ("Berne (ATS) - Le Conseil fédéral a annoncé un plan.", "Berne", "ATS"),
    ],
)
def test_the_swiss_agency_s_french_service_in_a_title_case_dateline(
    line: str, place: str, agency: str
) -> None:
    dateline = parse_dateline(line)
    assert dateline is not None
    assert (dateline.location, dateline.agency) == (place, agency)
