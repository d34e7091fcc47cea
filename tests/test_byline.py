"""Bylines in the forms of the agencies and publishers."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsstruct import InputTypeError, parse_article, parse_byline
from newsstruct._byline import match_byline_lead


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("By Cal Mankowski, Reuters", ("Cal Mankowski",)),
        ("By Sian Griffiths, Education Editor", ("Sian Griffiths",)),
        ("By Jo Kent, Health Correspondent", ("Jo Kent",)),
        ("By Jane Doe, The New York Times", ("Jane Doe",)),
        ("By JANE DOE, THE WALL STREET JOURNAL", ("JANE DOE",)),
        ("by Janie Gabbett, Reuters", ("Janie Gabbett",)),
        ("BY TED D'AFFLISIO, Reuters", ("TED D'AFFLISIO",)),
        ("By Patti Domm, Reuter", ("Patti Domm",)),
        ("By HILLEL ITALIE\nAssociated Press Writer", ("HILLEL ITALIE",)),
        ("By HILLEL ITALIE, AP Business Writer", ("HILLEL ITALIE",)),
        ("By Jane Doe and John Smith", ("Jane Doe", "John Smith")),
        ("By Jane Doe, John Smith and Ann Lee, Reuters", ("Jane Doe", "John Smith", "Ann Lee")),
        ("By Jane Doe & John Smith", ("Jane Doe", "John Smith")),
        ("By: Jane Doe", ("Jane Doe",)),
        ("By J. R. Smith", ("J. R. Smith",)),
        ("By Ludwig van Beethoven", ("Ludwig van Beethoven",)),
        ("By Jean-Luc O'Neil in Paris", ("Jean-Luc O'Neil",)),
        ("By Jane Doe, Staff Reporter", ("Jane Doe",)),
        ("By JANE DOE Associated Press", ("JANE DOE",)),
        ("By JOSH BOAK AP Economics Writer", ("JOSH BOAK",)),
        ("By Jane Doe | Reuters", ("Jane Doe",)),
        ("By Jane Doe - Reuters", ("Jane Doe",)),
        ("By Jane Doe of The New York Times", ("Jane Doe",)),
        ("By Jane Doe, Special to The Washington Post", ("Jane Doe",)),
        ("By Jane Doe, Reuters\nMay 20, 2021", ("Jane Doe",)),
        ("By Jane Doe\nUpdated 3:41 PM", ("Jane Doe",)),
        ("Von Marco Krefting und Sunrita Sen, dpa", ("Marco Krefting", "Sunrita Sen")),
        ("Von Marco Krefting, dpa", ("Marco Krefting",)),
        ("Por María López y José Pérez, EFE", ("María López", "José Pérez")),
        ("Par Jean Dupont et Marie Curie, AFP", ("Jean Dupont", "Marie Curie")),
        ("Reporting by Jane Doe; Editing by Tom Lee", ("Jane Doe",)),  # editors write nothing
        (
            "(Reporting by Jane Doe in Paris; Additional reporting by Ann Lee; "
            "Editing by Tom Lee and Bob Ray)",
            ("Jane Doe", "Ann Lee"),
        ),
        ("Reporting by Jane Doe, editing by Tom Lee", ("Jane Doe",)),
        ("Writing by Sam Cole; Fact-checking by Jo Kent", ("Sam Cole",)),
        (
            "(Additional reporting by Jo Kent in Miami, Florida, and Tom Lind in Paris, France)",
            ("Jo Kent", "Tom Lind"),
        ),
        # no lead word: a full name that opens with a common first name
        ("Jane Doe", ("Jane Doe",)),
        ("Jane Doe, Reuters", ("Jane Doe",)),
        ("Jane Doe, Environment Correspondent", ("Jane Doe",)),
        ("Jane Doe Environment correspondent", ("Jane Doe",)),
        ("Jane Doe\nPolitical editor", ("Jane Doe",)),
        ("Jane Doe in Brussels", ("Jane Doe",)),
        ("Jane Doe and John Smith, Reuters", ("Jane Doe", "John Smith")),
    ],
)
def test_names(text: str, names: tuple[str, ...]) -> None:
    byline = parse_byline(text)
    assert byline is not None
    assert byline.names == names
    assert byline.text == text.strip()
    assert text[byline.span.start : byline.span.end] == byline.text


@pytest.mark.parametrize(
    "text",
    [
        "By the end of the year, prices had doubled.",
        "By Monday, the talks had collapsed and both sides left.",
        "By 2030 the plant will close.",
        "By May 2021, prices had doubled.",
        "Bye for now",
        "Reuters",
        # no lead word: a headline, a place, a sentence, a single name
        "Jordan Plans Talks With Israel",
        "Storm Shuts Ports Along The Coast",
        "New York, Reuters",
        "Jane Doe said the talks failed.",
        "Jane, Reuters",
        "By " + "Jane Doe, " * 100,
        "",
        "   ",
    ],
)
def test_not_bylines(text: str) -> None:
    assert parse_byline(text) is None


def test_type_error() -> None:
    with pytest.raises(InputTypeError):
        parse_byline(None)  # type: ignore[arg-type]


# a byline lead inside the first paragraph: Korean wire copy (Yonhap, News1)


@pytest.mark.parametrize(
    ("text", "byline", "names", "body"),
    [
        ("홍길동 기자 = 정부는 30일 발표했다.", "홍길동 기자", ("홍길동",), "정부는"),
        ("홍길동 이순신 기자 = 정부는", "홍길동 이순신 기자", ("홍길동", "이순신"), "정부는"),
        (
            "홍길동 기자·이순신 특파원 = 정부는",
            "홍길동 기자·이순신 특파원",
            ("홍길동", "이순신"),
            "정부는",
        ),
        ("남궁민수 선임기자 =정부는", "남궁민수 선임기자", ("남궁민수",), "정부는"),
    ],
)
def test_korean_byline_lead(text: str, byline: str, names: tuple[str, ...], body: str) -> None:
    found = match_byline_lead(text, 0, len(text))
    assert found is not None
    lead, start = found
    assert (lead.text, lead.names) == (byline, names)
    assert text[lead.span.start : lead.span.end] == lead.text
    assert text[start:].startswith(body)


@pytest.mark.parametrize(
    "text",
    [
        "정부는 30일 기자회견을 열고 새 정책을 발표했다.",  # 기자 mid-sentence
        "홍길동 기자는 30일 현장을 찾았다.",  # a reporter named in the story, no =
        "홍길동 기자가 질문하자 장관은 a = b 라고 답했다.",  # an = far into a sentence
        "정치부 = 정부는",  # a desk, no name
        "홍길동 = 정부는",  # a name without a title
        "기자 = 정부는",  # a title without a name
        "Jane Doe 기자 = 정부는",  # not a Korean name
        "x = y + 1 in the model, officials said.",
    ],
)
def test_not_korean_byline_leads(text: str) -> None:
    assert match_byline_lead(text, 0, len(text)) is None


@pytest.mark.parametrize(
    "byline",
    [
        "Helen Marsh, Environment correspondent",
        "Helen Marsh Environment correspondent",
        "Helen Marsh in Brussels",
        "Helen Marsh | Reuters",
        "Helen Marsh Senior political correspondent",
    ],
)
def test_byline_without_a_lead_word_below_the_headline(byline: str) -> None:
    from newsstruct import parse_article

    text = (
        "Ministers urged to act on rivers\n\n"
        "Water companies face fines after sewage spills doubled last year\n\n"
        f"{byline}\n\n"
        "Ministers were urged to act after figures showed sewage spills doubled, the "
        "agency said on Tuesday."
    )
    article = parse_article(text)
    assert article.byline is not None
    assert article.byline.names == ("Helen Marsh",)
    assert article.standfirst is not None
    assert article.standfirst.text.startswith("Water companies")
    assert len(article.paragraphs) == 1


def test_a_headline_that_opens_with_a_first_name_is_no_byline() -> None:
    from newsstruct import parse_article

    article = parse_article("Bill Passes Senate\n\nThe bill passed on Monday, officials said.")
    assert article.headline is not None
    assert article.headline.text == "Bill Passes Senate"
    assert article.byline is None


@pytest.mark.parametrize(
    ("block", "names"),
    [
        # a first name we do not know, with a role after the name
        ("Rowena Price Social affairs correspondent", ("Rowena Price",)),
        ("Ravi Okonjo Whitehall editor", ("Ravi Okonjo",)),
        # without a role, only a first name we know makes a byline
        ("Rowena Price", None),
        ("Ravi Okonjo in Athens", None),
        # a first name given to men and women alike is a first name we know
        ("Jo Lind, Reporter", ("Jo Lind",)),
        ("Pat Leahy", ("Pat Leahy",)),
        ("Jordan Says Talks Will Resume", None),
        # a headline is no byline
        ("Storm Shuts Ports Along The Coast", None),
        ("Ports shut as storm hits coast", None),
    ],
)
def test_unled_byline_with_a_role(block: str, names: tuple[str, ...] | None) -> None:
    from newsstruct._byline import unled_names

    assert unled_names(block) == names


@pytest.mark.parametrize(
    ("text", "continued"),
    [
        ("By Helen Marsh\nBBC News, Norwich", True),
        ("By Jane Doe\nReporting from Kyiv, Ukraine", True),
        ("By Jane Doe\nReporting from Washington and New York", True),
        ("By Jane Doe\nReporting from the front line, where troops were dug in.", False),
        ("By Jane Doe\nReporting from Kyiv was hard, she said.", False),
        ("By Helen Marsh\nBBC News, West Midlands", True),
        ("By HILLEL ITALIE\nAssociated Press Writer", True),
        # a place alone, a person, a sentence: not the byline's
        ("By Helen Marsh\nNorwich", False),
        ("By Helen Marsh\nTom Kent, Norwich", False),
        ("By Helen Marsh\nBBC News said the storm passed.", False),
    ],
)
def test_byline_continued_by_desk_and_place(text: str, continued: bool) -> None:
    from newsstruct._byline import continue_byline, match_byline

    cut = text.index("\n")
    byline = match_byline(text, 0, cut)
    assert byline is not None
    longer = continue_byline(text, byline, cut + 1, len(text))
    assert (longer is not None) == continued
    if longer is not None:
        assert longer.text == text
        assert longer.names == byline.names


@pytest.mark.parametrize(
    ("block", "names"),
    [
        # an outlet's name glued to the writer's, as a page prints them
        ("By Jane Doe Fox News", ("Jane Doe",)),
        ("By Mary Ann Lee Fox News", ("Mary Ann Lee",)),
        ("By JANE DOE FOR MAILONLINE", ("JANE DOE",)),
        ("By Jane Doe For Dailymail.Com", ("Jane Doe",)),
        # a name of two words keeps both
        ("By Jane Doe News", ("Jane Doe",)),
        ("By JANE DOE Associated Press", ("JANE DOE",)),
        ("By Jane Doe, Sky News", ("Jane Doe",)),
        # a desk before the byline, a slash between them
        ("ABC Rural / By Jane Doe", ("Jane Doe",)),
        ("ABC Western Plains / By Jane Doe and John Smith", ("Jane Doe", "John Smith")),
        ("Politics / By the end of the year, prices rose.", None),
        ("Prices rose 3% / By Jane Doe", None),
    ],
)
def test_byline_with_the_outlet_glued_on(block: str, names: tuple[str, ...] | None) -> None:
    from newsstruct import parse_byline

    byline = parse_byline(block)
    assert (byline.names if byline else None) == names


@pytest.mark.parametrize(
    ("block", "names"),
    [
        ("Jane Doe \u00b7 CBC News \u00b7 Posted: Nov 04, 2025 6:00 AM EST", ("Jane Doe",)),
        ("Jane Doe \u2022 4 Nov 2025", ("Jane Doe",)),
        # no person before the dots
        ("Tickets \u00b7 \u00a320 \u00b7 2025 season", None),
        ("Ontario \u00b7 Transit \u00b7 Nov 04, 2025", None),
    ],
)
def test_byline_with_its_stamp_after_middle_dots(block: str, names: tuple[str, ...] | None) -> None:
    from newsstruct import parse_byline

    byline = parse_byline(block)
    assert (byline.names if byline else None) == names


@pytest.mark.parametrize(
    ("block", "names"),
    [
        ("Story by Jane Doe", ("Jane Doe",)),
        ("Written by Jane Doe and John Smith", ("Jane Doe", "John Smith")),
        # a sentence, no name after it
        ("Story by story, the town rebuilt.", None),
        ("Written by hand", None),
    ],
)
def test_byline_led_by_two_words(block: str, names: tuple[str, ...] | None) -> None:
    byline = parse_byline(block)
    assert (byline.names if byline else None) == names


@pytest.mark.parametrize(
    ("block", "names"),
    [
        # a desk line glued to the name when the page was copied
        ("By Jane DoeCity Hall Bureau", ("Jane Doe",)),
        ("By Jane DoeStaff Reporter", ("Jane Doe",)),
        ("By Jane DoeQueen's Park Bureau", ("Jane Doe",)),
        (
            "By Jane DoePolitics Reporter and John SmithBusiness Reporter",
            ("Jane Doe", "John Smith"),
        ),
        # names with a capital inside are never cut
        ("By Ronald McDonald", ("Ronald McDonald",)),
        ("By Ron DeSantis, Staff Writer", ("Ron DeSantis",)),
        ("By Ann MacKenzie", ("Ann MacKenzie",)),
        ("By Anna LeBlanc", ("Anna LeBlanc",)),
        ("By Jane DeSports", ("Jane DeSports",)),
        # a glued word that is no desk or section is not cut off
        ("By Jane DoeWorkshop Leader", ("Jane DoeWorkshop Leader",)),
    ],
)
def test_byline_with_a_desk_glued_to_the_name(block: str, names: tuple[str, ...] | None) -> None:
    byline = parse_byline(block)
    assert (byline.names if byline else None) == names


def test_unled_byline_with_a_desk_glued_to_the_name() -> None:
    from newsstruct._byline import unled_names

    assert unled_names("Jane DoeCity Hall Bureau") == ("Jane Doe",)
    assert unled_names("Jane McDonald") == ("Jane McDonald",)


@pytest.mark.parametrize(
    ("below", "joined"),
    [
        # the writer's paper or handle on the line under the name
        ("The Riverton Courier", True),
        ("Springfield News-Leader", True),
        ("The Globe and Mail", True),
        ("@JaneDoe", True),
        ("@jane_doe", True),
        # a word that names papers alone, a sentence, another person: not joined
        ("Courier", False),
        ("The courier was late on Tuesday.", False),
        ("John Smith", False),
        ("@ the council meeting", False),
    ],
)
def test_byline_continued_by_the_paper_or_a_handle(below: str, joined: bool) -> None:
    from newsstruct._byline import continue_byline, match_byline

    text = f"By Jane Doe\n{below}"
    byline = match_byline(text, 0, 11)
    assert byline is not None
    longer = continue_byline(text, byline, 12, len(text))
    assert (longer is not None) == joined
    if longer is not None:
        assert longer.text == text
        assert longer.names == ("Jane Doe",)


@pytest.mark.parametrize(
    ("block", "names"),
    [
        ("By Jane Doe, Ph.D.", ("Jane Doe",)),
        ("By Jane Doe, Special to The Globe and Mail", ("Jane Doe",)),
        ("By Jane Doe and Tom Roe, special to The Star", ("Jane Doe", "Tom Roe")),
    ],
)
def test_credentials_and_the_outlet_written_for_name_no_one(
    block: str, names: tuple[str, ...]
) -> None:
    from newsstruct import parse_byline

    byline = parse_byline(block)
    assert byline is not None
    assert byline.names == names


def test_a_byline_with_a_bar_under_the_headline_is_no_kicker() -> None:
    from newsstruct import parse_article

    text = "Talks end without a deal\n\nBy Jane Doe | Bloomberg\n\nThe talks ended on Monday."
    article = parse_article(text)
    assert article.kicker is None
    assert article.byline is not None
    assert article.byline.names == ("Jane Doe",)
    # negative: a section and its column still make a kicker
    kicker = parse_article("Why Europe fails\n\nEurope | Charlemagne\n\nThe union met.").kicker
    assert kicker is not None
    assert kicker.text == "Europe | Charlemagne"


@pytest.mark.parametrize("line", ["By AFP", "By Reuters Staff", "By The Associated Press"])
def test_an_agency_for_a_byline_is_a_source_line(line: str) -> None:
    from newsstruct import parse_article

    article = parse_article(f"Talks end without a deal\n\n{line}\n\nThe talks ended on Monday.")
    assert article.byline is None
    assert [(b.kind, b.text) for b in article.boilerplate] == [("credits", line)]
    assert [p.text for p in article.paragraphs] == ["The talks ended on Monday."]


def test_a_name_alone_over_a_reporters_title_is_the_byline() -> None:
    from newsstruct import parse_article

    text = (
        "Flat prices rise again\n\nPrices rose for a fifth quarter.\n\n"
        "Tan Wei Ling\nProperty Correspondent\n\nOct 1, 2024, 04:56 PM\n\n"
        "SINGAPORE - Prices of resale flats rose 1.1 per cent, the board said."
    )
    article = parse_article(text)
    assert article.byline is not None
    assert article.byline.names == ("Tan Wei Ling",)
    assert article.byline.text == "Tan Wei Ling\nProperty Correspondent"
    assert article.standfirst is not None
    assert article.standfirst.text == "Prices rose for a fifth quarter."
    assert article.dateline is not None
    assert article.dateline.location == "SINGAPORE"
    # negative: a title-case line over a sentence is no name
    article = parse_article("Flat prices rise\n\nRates Rise Again\nPrices rose, the bank said.")
    assert article.byline is None


def test_a_scholars_post_under_the_byline_goes_on_it() -> None:
    from newsstruct import parse_article

    text = (
        "Why cities grow hotter\n\nAuthor\n\nJane Doe\n"
        "Senior Lecturer in Urban Climatology, University of Reading\n\n"
        "Buildings absorb heat during the day and release it at night."
    )
    article = parse_article(text)
    assert article.byline is not None
    assert article.byline.names == ("Jane Doe",)
    assert article.byline.text.endswith("University of Reading")
    assert [p.text for p in article.paragraphs] == [
        "Buildings absorb heat during the day and release it at night."
    ]
    # negative: a post with no institution after it is no byline line
    text = "Why cities grow hotter\n\nJane Doe\nLecturer\n\nBuildings absorb heat."
    byline = parse_article(text).byline
    assert byline is not None
    assert byline.text == "Jane Doe"


def test_names_in_a_row_one_with_a_first_name_we_know() -> None:
    from newsstruct._byline import unled_names

    assert unled_names("Alayna Treene, Mike Allen") == ("Alayna Treene", "Mike Allen")
    # negative: words of three before the known name are no name
    assert unled_names("Storm Hits Coast, Mike Allen") is None


def test_a_dotted_byline_with_an_update_after_a_bar() -> None:
    from newsstruct import parse_article

    text = (
        "Province bans phones in class\n\nStudents must keep phones out of sight\n\n"
        "Jane Doe \u00b7 CBC News \u00b7 Posted: Apr 28, 2024 4:00 AM EDT | Last Updated: April 28\n\n"
        "The province is banning phones in classrooms this fall."
    )
    article = parse_article(text)
    assert article.byline is not None
    assert article.byline.names == ("Jane Doe",)
    assert article.standfirst is not None
    assert article.paragraphs[0].text == "The province is banning phones in classrooms this fall."


def test_a_name_alone_over_a_labelled_stamp_is_the_byline() -> None:
    from newsstruct import parse_article

    text = (
        "Central bank holds rates\n\nShahid Iqbal\nPublished March 18, 2024\n\n"
        "KARACHI: The central bank kept its policy rate unchanged on Monday."
    )
    article = parse_article(text)
    assert article.byline is not None
    assert article.byline.names == ("Shahid Iqbal",)
    assert article.standfirst is None
    assert article.dateline is not None
    assert article.dateline.location == "KARACHI"


@pytest.mark.parametrize(
    ("block", "names"),
    [
        ("KENJI SATO, Nikkei staff writer", ("KENJI SATO",)),
        ("Kenji Sato, Staff Writer", ("Kenji Sato",)),
    ],
)
def test_a_name_and_a_reporters_title_after_a_comma(block: str, names: tuple[str, ...]) -> None:
    from newsstruct._byline import unled_names

    assert unled_names(block) == names


def test_a_title_case_line_over_a_stamp_without_digits_is_no_byline() -> None:
    from newsstruct._byline import _name_over_title

    text = "Rates Rise Again\nPublished by the bank\n\nThe bank raised rates."
    assert _name_over_title(text, 0, 16) is None


@pytest.mark.parametrize(
    ("block", "names"),
    [
        ("WRITER: Aekarach Sattaburuth", ("Aekarach Sattaburuth",)),
        ("Reporter: Jane Doe; Editor: Tom Lee", ("Jane Doe",)),
        ("Editor: Tom Lee", None),
        ("Reporter: Antara", None),
    ],
)
def test_a_staff_label_naming_the_writer(block: str, names: tuple[str, ...] | None) -> None:
    from newsstruct._byline import byline_names

    assert byline_names(block) == names


def test_a_name_and_a_listed_outlet_after_a_bar() -> None:
    from newsstruct._byline import unled_names

    assert unled_names("Kira Taylor | Euractiv") == ("Kira Taylor",)
    assert unled_names("Kira Taylor | Monday") is None


@pytest.mark.parametrize(
    ("block", "names"),
    [
        # a paper's name after the writer's, listed or not: a newspaper's noun ends it
        ("Maria Lopez | Riverton Courier", ("Maria Lopez",)),
        ("Maria Lopez | The Riverton Courier", ("Maria Lopez",)),
        ("Maria Lopez and Tom Baker | Riverton Courier", ("Maria Lopez", "Tom Baker")),
        ("Kofi Mensah, The Accra Chronicle", ("Kofi Mensah",)),
        ("Ana Ruiz, Valley Gazette", ("Ana Ruiz",)),
        # two writers: the second is no paper
        ("Maria Lopez, Tom Baker", ("Maria Lopez", "Tom Baker")),
    ],
)
def test_a_name_and_a_paper_s_name(block: str, names: tuple[str, ...]) -> None:
    from newsstruct._byline import unled_names

    assert unled_names(block) == names


_MAIL_STAMPS = (
    "PUBLISHED: . 10:11 EST, 2 January 2014 . | . UPDATED: . 12:45 EST, 2 January 2014 . "
)


@pytest.mark.parametrize(
    ("lead", "names", "kinds"),
    [
        (f"By . Jane Doe . {_MAIL_STAMPS}", ("Jane Doe",), ["timestamp"]),
        (f"By . Jane Doe and . John Roe . {_MAIL_STAMPS}", ("Jane Doe", "John Roe"), ["timestamp"]),
        (f"By . Jane Doe, U.S. Editor . {_MAIL_STAMPS}", ("Jane Doe",), ["timestamp"]),
        (
            "By . Jane Doe . Last updated at 4:59 PM on 20th December 2011 . ",
            ("Jane Doe",),
            ["timestamp"],
        ),
        (f"By . Daily Mail Reporter . {_MAIL_STAMPS}", None, ["credits", "timestamp"]),
        ("By . Jane Doe . ", ("Jane Doe",), []),
        (_MAIL_STAMPS, None, ["timestamp"]),
    ],
)
def test_the_cnn_daily_mail_corpus_lead(
    lead: str, names: tuple[str, ...] | None, kinds: list[str]
) -> None:
    from newsstruct import parse_article

    story = "A hospital in Leeds has apologised after a patient waited nine hours in a corridor."
    article = parse_article(lead + story)
    assert (article.byline.names if article.byline else None) == names
    assert [b.kind for b in article.boilerplate] == kinds
    assert [p.text for p in article.paragraphs] == [story]
    if kinds[-1:] == ["timestamp"]:
        assert article.date is not None


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By Jane Doe\nand\nTom Baker", ("Jane Doe", "Tom Baker")),
        ("By Jane Doe, Sam Lee\nand\nTom Baker", ("Jane Doe", "Sam Lee", "Tom Baker")),
        ("By Jane Doe\nand\nKwabena Osei", ("Jane Doe", "Kwabena Osei")),
    ],
)
def test_writers_joined_by_and_alone_on_its_line(byline: str, names: tuple[str, ...]) -> None:
    from newsstruct import parse_article

    # (The Washington Post's page, copied)
    text = f"Senate passes stopgap bill\n\n{byline}\n\nThe Senate on Monday passed the bill, officials said."
    article = parse_article(text)
    assert article.byline is not None
    assert article.byline.names == names
    assert [p.text[:10] for p in article.paragraphs] == ["The Senate"]


@pytest.mark.parametrize("under", ["The vote was close.", "The Senate", "Monday"])
def test_and_alone_over_no_name_adds_no_writer(under: str) -> None:
    from newsstruct import parse_article

    text = f"Senate passes stopgap bill\n\nBy Jane Doe\nand\n{under}\n\nThe Senate passed the bill on Monday."
    article = parse_article(text)
    assert article.byline is not None
    assert article.byline.names == ("Jane Doe",)


@pytest.mark.parametrize(
    "text",
    [
        "By the end of the day, the hospital had apologised to the family.",
        "By . the end of the day . the hospital had apologised.",
        "PUBLISHED: the report came out on Monday, officials said.",
    ],
)
def test_a_story_that_opens_with_by_keeps_its_first_sentence(text: str) -> None:
    from newsstruct import parse_article

    article = parse_article(text)
    assert article.byline is None
    assert article.boilerplate == ()


def test_a_name_alone_over_a_reading_time_is_the_byline() -> None:
    from newsstruct import parse_article

    text = (
        "Central bank holds rates\n\nThe bank kept its stance on accommodation\n\n"
        "Gopika Gopakumar\n3 min read\nUpdated: 08 Aug 2024, 12:35 PM IST\n\n"
        "Mumbai: The central bank on Thursday kept its rate unchanged, the governor said."
    )
    article = parse_article(text)
    assert article.byline is not None
    assert article.byline.names == ("Gopika Gopakumar",)
    assert article.standfirst is not None
    assert article.standfirst.text == "The bank kept its stance on accommodation"


def test_a_politicians_party_tag_is_no_name() -> None:
    from newsstruct import parse_byline

    for text in ("By Rep. Tom Hill (D-Ohio)", "By Sen. Jo Lee, R-N.Y.", "By Tom Hill (R)"):
        byline = parse_byline(text)
        assert byline is not None
        assert len(byline.names) == 1
        assert "-" not in byline.names[0]
        assert byline.names[0] != "R"


def test_a_name_over_an_outlets_title_is_the_byline() -> None:
    from newsstruct import parse_article

    text = (
        "Budget deal agreed in Cardiff\n\nOwain Jenkins\nBBC Wales political reporter\n\n"
        "The Welsh government has agreed a budget deal with one opposition member."
    )
    article = parse_article(text)
    assert article.byline is not None
    assert article.byline.names == ("Owain Jenkins",)
    assert article.paragraphs[0].text.startswith("The Welsh government")


def test_a_byline_with_its_date_after_a_run_of_spaces() -> None:
    from newsstruct import parse_byline

    byline = parse_byline("BY JANE R. MORALES AND ETHAN HOLT   APRIL 17, 2025   UPDATED: 8 PM")
    assert byline is not None
    assert byline.names == ("JANE R. MORALES", "ETHAN HOLT")


def test_a_name_and_an_outlets_name_below_the_headline() -> None:
    from newsstruct._byline import unled_names

    assert unled_names("Warren de Guzman, ABS-CBN News") == ("Warren de Guzman",)
    assert unled_names("New York, Reuters") is None


def test_round_11_byline_shapes() -> None:
    from newsstruct import parse_byline
    from newsstruct._byline import unled_names

    byline = parse_byline("By Taylor Dolven Globe Staff, Updated June 12, 2024, 5:48 p.m.")
    assert byline is not None
    assert byline.names == ("Taylor Dolven",)
    byline = parse_byline("By Priya Natarajan, University Communications")
    assert byline is not None
    assert byline.names == ("Priya Natarajan",)
    assert unled_names("Jennifer Sor Jun 5, 2024, 4:29 PM EDT") == ("Jennifer Sor",)


def test_a_spaced_slash_and_an_outlet_in_brackets() -> None:
    from newsstruct import parse_byline
    from newsstruct._byline import unled_names

    byline = parse_byline("By Lee Wen-hsin / Staff reporter")
    assert byline is not None
    assert byline.names == ("Lee Wen-hsin",)
    assert unled_names("Deni Ghifari (The Jakarta Post)") == ("Deni Ghifari",)


def test_round_11_desks_and_dates_after_names() -> None:
    from newsstruct import parse_article, parse_byline

    byline = parse_byline("By Ben Spurr City Hall Bureau")
    assert byline is not None
    assert byline.names == ("Ben Spurr",)
    byline = parse_byline("By HILLEL ITALIE AP National Writer")
    assert byline is not None
    assert byline.names == ("HILLEL ITALIE",)
    text = (
        "Economy grows 3.6% in first quarter\n\nFareed Rahman\nJul 22, 2024\n\n"
        "The economy grew 3.6 per cent in the first three months, official data showed."
    )
    article = parse_article(text)
    assert article.byline is not None
    assert article.byline.names == ("Fareed Rahman",)
    text = text.replace("Fareed Rahman", "Market Report")
    assert parse_article(text).byline is None


def test_round12_site_address_after_the_name() -> None:
    from newsstruct._byline import match_unled_byline

    text = "Jane Santos - Philstar.com"
    byline = match_unled_byline(text, 0, len(text))
    assert byline is not None
    assert byline.names == ("Jane Santos",)


def test_round13_bylines() -> None:
    from newsstruct import parse_article
    from newsstruct._byline import byline_names, unled_names

    # the writers in brackets at the end (Focus Taiwan)
    assert byline_names("(By Lin Mei-hua and Chen Wei)") == ("Lin Mei-hua", "Chen Wei")
    # a labelled stamp after the name marks a byline, any first name (Dawn)
    assert unled_names("Xiomara Quell Published November 4, 2025 Updated 3 hours ago") == (
        "Xiomara Quell",
    )
    assert unled_names("Xiomara Quell") is None  # (an unknown first name alone: no byline)
    # the lead word alone, the names on the next line (Khaleej Times)
    text = (
        "Rules change for visas\n\nby\n\nXiomara Quell\n\n"
        "Freelancers can apply from January, the authority said on Tuesday.\n\nMore follows."
    )
    article = parse_article(text)
    assert article.byline is not None
    assert article.byline.names == ("Xiomara Quell",)
    assert article.byline.text == "by\n\nXiomara Quell"
    assert article.paragraphs[0].text.startswith("Freelancers")
    # "by" alone over a sentence is no byline
    text = "Rules change\n\nby\n\nThe rules change in January.\n\nMore follows."
    article = parse_article(text)
    assert article.byline is None
    assert [p.text for p in article.paragraphs][:2] == ["by", "The rules change in January."]
    # a picture's credit under the byline is no desk of it
    text = "Rules change\n\nBy Jane Doe\n\nKT file photo\n\nThe rules change in January.\n\nMore."
    article = parse_article(text)
    assert article.byline is not None
    assert article.byline.text == "By Jane Doe"
    assert [b.kind for b in article.boilerplate] == ["credits"]


def test_round13_glued_lead_word() -> None:
    from newsstruct import parse_byline

    # "By" glued to the linked name, as copied from a page (Reach sites)
    byline = parse_byline("ByLiam Porter")
    assert byline is not None
    assert byline.names == ("Liam Porter",)
    assert parse_byline("Byzantine Art Returns") is None
    assert parse_byline("ByteDance") is None


def test_round13_labels_over_the_name_and_handles() -> None:
    from newsstruct import parse_article

    # the author's label alone over the name (Postmedia papers)
    text = (
        "Ottawa to cap student permits again next year\n\n"
        "The cap cuts permits by 10 per cent, the minister said\n\n"
        "Author of the article:\nTom Roe\nPublished Nov 04, 2025\n\n"
        "OTTAWA \u2014 The government will cut study permits, the minister said Tuesday.\n\nMore."
    )
    article = parse_article(text)
    assert article.byline is not None
    assert article.byline.names == ("Tom Roe",)
    assert article.byline.text.startswith("Author of the article:")
    assert article.standfirst is not None
    # without its colon the label is a line of text, no byline's
    byline = parse_article(text.replace("article:", "article")).byline
    assert byline is not None
    assert byline.text == "Tom Roe"
    # a handle with its contact button goes on the byline
    text = (
        "Man charged\n\nJane Doe\nDigital Reporter\n@janedoe Contact\n\n"
        "A man has been charged after a police chase, police said.\n\nMore."
    )
    article = parse_article(text)
    assert article.byline is not None
    assert article.byline.text.endswith("@janedoe Contact")
    assert article.paragraphs[0].text.startswith("A man")


@pytest.mark.parametrize(
    ("block", "names"),
    [
        ("The Planet Post \u00b7 by Maria Roe \u00b7 3h", ("Maria Roe",)),  # a feed reader's line
        ("Daniel Roe | 4 min read", ("Daniel Roe",)),  # a share copy's line
        ("The Planet Post \u00b7 3h", None),  # the feed's name alone
    ],
)
def test_round13_bylines_with_ages_and_reading_times(
    block: str, names: tuple[str, ...] | None
) -> None:
    from newsstruct._byline import byline_names

    assert byline_names(block) == names


def test_round13_desks_and_papers_in_bylines() -> None:
    from newsstruct._byline import byline_names

    assert byline_names("WRITER: Online Reporters") is None  # a desk for the writer
    assert byline_names("WRITER: Jane Roe") == ("Jane Roe",)
    # the paper after the writer, between bars
    assert byline_names("By ZHANG YI | China Daily | Updated: 2025-11-04 07:12") == ("ZHANG YI",)


def test_round13_contact_button_and_blank_line_before_the_stamp() -> None:
    from newsstruct import parse_article

    text = (
        "Buses to go electric next year\n\nCiara Roe\nEmail\n\nToday at 06:12\n\n"
        "The bus company will add 200 electric buses next year, the authority said.\n\nMore."
    )
    article = parse_article(text)
    assert article.byline is not None
    assert article.byline.names == ("Ciara Roe",)
    assert article.standfirst is None


def test_round13_title_after_a_slash() -> None:
    from newsstruct._byline import unled_names

    assert unled_names("Jane Roe/Staff Reporter") == ("Jane Roe",)
    assert unled_names("Jane Roe/Planet") is None  # a photographer's credit, no title


def test_round15_station_before_the_byline_after_a_bar() -> None:
    from newsstruct._byline import byline_names

    # an NPR member station's page: the station, a bar, then the byline
    assert byline_names("KXYZ | By Jane Doe") == ("Jane Doe",)
    assert byline_names("Politics | Economy | World") is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # the writer's title glued on by a slash (The Asahi Shimbun)
        ("By HANAKO SUZUKI/ Staff Writer", ("HANAKO SUZUKI",)),
        ("By Hanako Suzuki/Staff Writer", ("Hanako Suzuki",)),
        # the outlet and a weekday's date after commas (Ahram Online)
        ("Mohamed Hassan , Ahram Online , Tuesday 4 Nov 2025", ("Mohamed Hassan",)),
        ("Jane Doe, Tuesday 4 Nov 2025", ("Jane Doe",)),
        # the stamp and the section before it between slashes (Vanguard)
        ("On 11:45 am / In News / By Emeka Obi", ("Emeka Obi",)),
        ("In News / By Jane Doe", ("Jane Doe",)),
        # India Today's label, with a capital B and a colon
        ("Written By: Meera Iyer", ("Meera Iyer",)),
        # a name whose first name is not listed, with a date on its line (Eurasianet)
        ("Ayan Nurlanov Nov 4, 2025", ("Ayan Nurlanov",)),
        # several writers and their plural title (Nikkei Asia)
        ("TARO YAMADA and HANAKO SUZUKI, Nikkei staff writers", ("TARO YAMADA", "HANAKO SUZUKI")),
        ("(Japanese original by Taro Yamada, Business News Department)", ("Taro Yamada",)),
    ],
)
def test_bylines_of_asian_and_african_pages(line: str, names: tuple[str, ...]) -> None:
    byline = parse_byline(line)
    assert byline is not None
    assert byline.names == names


def test_dangling_dash_after_an_unled_name() -> None:
    from newsstruct._byline import unled_names

    # the site's logo after the dash was an image (Free Malaysia Today)
    assert unled_names("Jane Ismail -") == ("Jane Ismail",)
    assert unled_names("Jane Ismail |") == ("Jane Ismail",)
    # a dash inside a line stays a separator; a sentence stays none
    assert unled_names("Jane Ismail - Reuters") == ("Jane Ismail",)
    assert unled_names("Jane said it -") is None


@pytest.mark.parametrize(
    "line",
    [
        "On the road / By Jane Doe",  # no stamp nor section before the slash
        "Market Report Nov 4, 2025",  # a column's name before the date
        "Ayan Nov 4, 2025",  # one word is no name
        "By Jane Doe/Reuters",  # no writer's title after the slash
        "Published By: Jane Doe",  # the page's producer, not its writer
    ],
)
def test_no_byline_on_asian_and_african_pages(line: str) -> None:
    byline = parse_byline(line)
    assert byline is None or byline.names == ()


def test_paper_initials_give_no_byline_in_an_article() -> None:
    # The Jordan Times: the paper's initials and stamps are a source line, no writer
    article = parse_article(
        "Jordan, Iraq sign pipeline deal\n\n"
        "By JT - Nov 04,2025 - Last updated at Nov 04,2025\n\n"
        "AMMAN \u2014 Jordan and Iraq signed an agreement on Tuesday, the ministry said.\n\n"
        "The study will take eight months."
    )
    assert article.byline is None
    assert [b.kind for b in article.boilerplate] == ["credits"]
    assert article.dateline is not None
    assert article.dateline.location == "AMMAN"


def test_name_over_the_paper_and_a_date() -> None:
    # Khmer Times: the writer, the paper, the date, each on its line
    article = parse_article(
        "Border checkpoints to reopen\n\nSok Chea\nKhmer Times\nNovember 4, 2025\n\n"
        "Cambodia and Thailand agreed to reopen two checkpoints, officials said.\n\n"
        "Traders welcomed the move."
    )
    assert article.byline is not None
    assert article.byline.names == ("Sok Chea",)
    assert [p.text[:8] for p in article.paragraphs] == ["Cambodia", "Traders "]
    # with no date under the paper's name the writer is read too (round 35:
    # Gannett's papers print the name over the paper alone), but a line that
    # is no name over it is no byline
    article = parse_article(
        "Border checkpoints to reopen\n\nSok Chea\nKhmer Times\n\n"
        "Cambodia and Thailand agreed to reopen two checkpoints, officials said."
    )
    assert article.byline is not None
    assert article.byline.names == ("Sok Chea",)
    article = parse_article(
        "Border checkpoints to reopen\n\nTraders wait\nKhmer Times\n\n"
        "Cambodia and Thailand agreed to reopen two checkpoints, officials said."
    )
    assert article.byline is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("--- Von Anna Muster, dpa-AFX ---", ("Anna Muster",)),
        ("(Bericht von Anna Muster, redigiert von Max Müller)", ("Anna Muster",)),
        ("(Reporte de Ana García; Editado por Luis Pérez)", ("Ana García",)),
        ("Texto João Silva", ("João Silva",)),
        ("Texto de Maria Souza e João Silva", ("Maria Souza", "João Silva")),
        ("Article rédigé par Claire Martin - France Télévisions", ("Claire Martin",)),
        ("Pewarta: Budi Santoso", ("Budi Santoso",)),
        ("Autor: Jan Kowalski", ("Jan Kowalski",)),
    ],
)
def test_round16_bylines_and_credit_lines_in_other_languages(
    line: str, names: tuple[str, ...]
) -> None:
    byline = parse_byline(line)
    assert byline is not None
    assert byline.names == names


@pytest.mark.parametrize(
    "line",
    [
        "(redigiert von Max Müller)",  # the desk's role alone: no writer
        "--- ---",
        "Texto aprovado pelo Senado segue para sanção.",
        "Texto Final da reforma",
    ],
)
def test_round16_no_writer_in_these_lines(line: str) -> None:
    assert parse_byline(line) is None


@pytest.mark.parametrize(
    ("stamp", "names"),
    [
        ("Julkaistu 4.11.2025 18:12", ("Matti Virtanen",)),
        ("04.11.2025, 18:12", ("Matti Virtanen",)),
        ("Hallitus esittää lisää rahaa kunnille.", None),  # no stamp under the blank line
    ],
)
def test_round16_name_over_a_blank_line_and_a_stamp(
    stamp: str, names: tuple[str, ...] | None
) -> None:
    from newsstruct import parse_article

    text = (
        "Hallitus esittää lisää rahaa\n\nMatti Virtanen\n\n"
        f"{stamp}\n\nHallitus esittää kunnille lisää rahaa ensi vuoden budjetissa.\n\n"
        "Kuntaliitto pitää summaa riittämättömänä."
    )
    article = parse_article(text)
    assert (article.byline.names if article.byline else None) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Oleh: Budi Santoso", ("Budi Santoso",)),
        ("Yazan: Ahmet Yılmaz", ("Ahmet Yılmaz",)),
        ("Tekst: Jan Kowalski", ("Jan Kowalski",)),
        ("Text: Max Mustermann", ("Max Mustermann",)),
        ("Por Maria Souza, da Folha", ("Maria Souza",)),
        ("Por Ana García, corresponsal en Bruselas", ("Ana García",)),
        ("Par Marie Dupont, envoyée spéciale à Kyiv", ("Marie Dupont",)),
        # negatives: the Dutch "en" still joins two writers; a first name is no label
        ("Door Anna de Vries en Jan Jansen", ("Anna de Vries", "Jan Jansen")),
        ("Oleh Sukhov", None),
        ("By Election Day, the polls had closed.", None),
        ("Di Marco Rossi, inviato a Kiev", ("Marco Rossi",)),
    ],
)
def test_round16_labels_and_desks_of_bylines_in_other_languages(
    line: str, names: tuple[str, ...] | None
) -> None:
    byline = parse_byline(line)
    assert (byline.names if byline else None) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Opinion by Jane Doe", ("Jane Doe",)),
        ("Analysis by Stephen Collinson, CNN", ("Stephen Collinson",)),
        ("Commentary by Jane Doe and John Roe", ("Jane Doe", "John Roe")),
        # a sentence that opens so names no one
        ("Analysis by economists at the bank showed prices rising.", None),
    ],
)
def test_an_opinion_or_analysis_lead(line: str, names: tuple[str, ...] | None) -> None:
    from newsstruct._byline import byline_names

    assert byline_names(line) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Van onze redacteur Pieter Janssens", ("Pieter Janssens",)),
        ("Van onze correspondent Pieter Janssens", ("Pieter Janssens",)),
        ("Budi Santoso - detikNews", ("Budi Santoso",)),
        ("Matti Virtanen | HS", ("Matti Virtanen",)),
        ("Budi Santoso - Kompas", ("Budi Santoso",)),
    ],
)
def test_bylines_of_other_pages(line: str, names: tuple[str, ...]) -> None:
    text = f"Governo aprova plano de obras\n\n{line}\n\nO Governo aprovou hoje o plano de obras."
    article = parse_article(text)
    assert article.byline is not None
    assert article.byline.names == names


@pytest.mark.parametrize(
    "line",
    [
        "Budi Santoso - the mayor's office",  # no outlet after the dash
        "di F. Q.",  # a desk's initials, no person
        "Van onze tuin naar de markt",
    ],
)
def test_bylines_of_other_pages_negatives(line: str) -> None:
    text = f"Governo aprova plano de obras\n\n{line}\n\nO Governo aprovou hoje o plano de obras."
    article = parse_article(text)
    assert article.byline is None or not article.byline.names


# --- round 17b ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # the writer's title before the name (ITV News, BBC regions)
        ("By ITV News Granada Reporter Jane Doe", ("Jane Doe",)),
        ("By Political Editor Jane Doe", ("Jane Doe",)),
        # the title after the name is no second writer
        ("By Jane Doe, ITV News Granada Reporter", ("Jane Doe",)),
        # negatives: a name in capitals before its title keeps its name
        ("By JOSH ROE AP Economics Writer", ("JOSH ROE",)),
        ("By Jane Doe and John Roe, Staff Writers", ("Jane Doe", "John Roe")),
        # an agency's bureau after the writer (AFP's fact-checkers) is no writer
        ("By Jane DOE / AFP Canada", ("Jane DOE",)),
        ("By Jane Doe / AFP", ("Jane Doe",)),
    ],
)
def test_round17b_titles_before_and_after_the_name(line: str, names: tuple[str, ...]) -> None:
    byline = parse_byline(line)
    assert byline is not None
    assert byline.names == names


def test_round17b_the_writer_s_university_after_the_name() -> None:
    # The Conversation's republished byline: the name and the university
    article = parse_article(
        "Why trees drop their leaves early\n\nMaria Kowalczyk, University of Example\n\n"
        "Trees that turn brown in August are not always dying.\n"
    )
    assert article.byline is not None
    assert article.byline.names == ("Maria Kowalczyk",)
    # an institution after a comma is no second person
    article = parse_article(
        "Why trees drop their leaves early\n\nJane Doe, Example State University\n\n"
        "Trees that turn brown in August are not always dying.\n"
    )
    assert article.byline is not None
    assert article.byline.names == ("Jane Doe",)


def test_round18b_a_date_before_the_name_and_an_appositive_bio() -> None:
    text = (
        "The quiet crisis in emerging-market debt\n\nNov 4, 2025 Jane Doe\n\n"
        "Rich-country interest rates have come down, but poorer countries still pay more.\n\n"
        "That relief has not arrived for most of them.\n\n"
        "Jane Doe, a former chief economist at the Example Bank, is Professor of "
        "Economics at Riverton University.\n"
    )
    article = parse_article(text)
    assert article.byline is not None
    assert article.byline.names == ("Jane Doe",)
    assert [b.kind for b in article.boilerplate] == ["credits"]
    # a date before words that are no name stays a paragraph
    article = parse_article(text.replace("Nov 4, 2025 Jane Doe", "Nov 4, 2025 Market Report"))
    assert article.byline is None
    # another person's appositive line stays a paragraph
    article = parse_article(text.replace("Jane Doe, a former", "John Roe, a former"))
    assert article.paragraphs[-1].text.startswith("John Roe, a former")


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Jane Doe AP", ("Jane Doe",)),
        ("By JANE DOE AFP", ("JANE DOE",)),
        ("By Jane Doe and Tom Kent UPI", ("Jane Doe", "Tom Kent")),
        # negatives: a credential is no agency, and a one-word name keeps its word
        ("By Jane Doe MP", ("Jane Doe MP",)),
        ("By Jane AFP", ("Jane AFP",)),
        ("By Jane Doe, AP", ("Jane Doe",)),
    ],
)
def test_an_agency_after_the_name_with_no_comma_is_no_name(
    line: str, names: tuple[str, ...]
) -> None:
    byline = parse_byline(line)
    assert byline is not None
    assert byline.names == names


@pytest.mark.parametrize(
    "layout",
    [
        lambda t: t.replace("\n", "\r\n"),
        lambda t: t.replace("\n\n", "\n\n\n"),
        lambda t: t.replace("\n", "  \n"),
        lambda t: t.replace("\n", "\u200b\n"),
    ],
)
def test_round21a_contact_button_and_blank_lines_however_laid_out(
    layout: Callable[[str], str],
) -> None:
    text = (
        "Buses to go electric next year\n\nCiara Roe\nEmail\n\nToday at 06:12\n\n"
        "The bus company will add 200 electric buses next year, the authority said.\n\nMore."
    )
    article = parse_article(layout(text))
    assert article.byline is not None
    assert article.byline.names == ("Ciara Roe",)
    assert article.standfirst is None
    # past blank lines only a stamp counts: a title there is the deck's
    deck = layout(text.replace("Email\n\nToday at 06:12", "\nStaff Reporter"))
    assert parse_article(deck).byline is None


@pytest.mark.parametrize("lead", ["\ufeff", "\n\n", "\u200b"])
def test_round21a_a_dotted_byline_after_the_text_s_start(lead: str) -> None:
    text = (
        "By . Jane Doe . PUBLISHED: . 08:14 EST, 3 March 2014 . | . UPDATED: . "
        "11:02 EST, 3 March 2014 . A retired postman has returned a letter to its owner."
    )
    article = parse_article(lead + text)
    assert article.byline is not None
    assert article.byline.names == ("Jane Doe",)
    assert [b.kind for b in article.boilerplate] == ["timestamp"]
    assert article.paragraphs[0].text.startswith("A retired postman")


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Helen Marsh HS", "Helen Marsh"),  # a listed outlet's initials
        ("Helen Marsh STT", "Helen Marsh"),  # a listed agency's
        ("Helen Marsh DOE", "Helen Marsh DOE"),  # negative: capitals that are no outlet
    ],
)
def test_round24_an_outlets_initials_after_a_name_alone_are_dropped(line: str, name: str) -> None:
    # Helsingin Sanomat prints the writer's name, a space, then the paper's
    # initials, under the standfirst
    text = (
        "Rates hold steady\n\n"
        "The central bank kept its main rate at 4.25% on Tuesday.\n\n"
        f"{line}\n\n"
        "Markets barely moved after the decision, traders said on Tuesday.\n\n"
        "The next meeting is in December."
    )
    article = parse_article(text)
    assert article.byline is not None
    assert article.byline.names == (name,)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "by . jane doe . published : . 10:11 est , 2 january 2014 . a hospital has",
            ("jane doe",),
        ),
        (
            "by . jane doe and . tom reed . updated : . 10:11 est , 2 january 2014 . a hospital has",
            ("jane doe", "tom reed"),
        ),
        (
            "By . Jane Doe . PUBLISHED : . 10:11 EST , 2 January 2014 . A hospital has",
            ("Jane Doe",),
        ),
        # no person: the byline is credits
        (
            "by . daily mail reporter . published : . 10:11 est , 2 january 2014 . a hospital has",
            None,
        ),
    ],
)
def test_round25_a_lower_cased_tokenized_dotted_lead(
    text: str, names: tuple[str, ...] | None
) -> None:
    from newsstruct._byline import match_dotted_lead

    found = match_dotted_lead(text, 0, len(text))
    assert found is not None
    byline, furniture, story = found
    assert (byline.names if byline else None) == names
    assert furniture[-1].kind == "timestamp"
    assert text[story:].lower().startswith("a hospital")


@pytest.mark.parametrize(
    "text",
    [
        "by . the way . it rained today . and more",  # no stamp: no lead
        "by the way , it rained today .",
        "published : the report came out today .",
    ],
)
def test_round25_no_dotted_lead_in_lower_case_prose(text: str) -> None:
    from newsstruct._byline import match_dotted_lead

    assert match_dotted_lead(text, 0, len(text)) is None


def test_interview_by_is_a_byline() -> None:
    text = (
        "'I plan nothing': a painter on her new show\n\n"
        "Interview by Jane Doe\n\n"
        "Q: Where do you start?\n\n"
        "A: With a colour I dislike, usually, and then I try to make it work.\n"
    )
    article = parse_article(text)
    assert article.byline is not None
    assert article.byline.names == ("Jane Doe",)
    assert article.paragraphs[0].text == "Q: Where do you start?"


def test_interview_in_a_sentence_is_no_byline() -> None:
    text = (
        "Painter opens new show\n\n"
        "Interview by interview, the painter explained her method to visitors.\n\n"
        "The show runs until May.\n"
    )
    article = parse_article(text)
    assert article.byline is None


_STORM_BODY = (
    "\n\nSchools across the county closed on Tuesday as a storm brought heavy snow and high"
    " winds to the region.\n\nOfficials said the roads would be cleared by Wednesday morning.\n"
)


@pytest.mark.parametrize(
    ("line", "byline", "names", "stamp"),
    [
        (
            "By Rachel Kim | Published 4:12 PM EST, Tue March 11, 2025",
            "By Rachel Kim",
            ("Rachel Kim",),
            "Published 4:12 PM EST, Tue March 11, 2025",
        ),
        (
            "By Rachel Kim \u00b7 Updated 4:12 PM EST, Tue March 11, 2025",
            "By Rachel Kim",
            ("Rachel Kim",),
            "Updated 4:12 PM EST, Tue March 11, 2025",
        ),
        (
            "By Rachel Kim \u2022 Published March 11, 2025",
            "By Rachel Kim",
            ("Rachel Kim",),
            "Published March 11, 2025",
        ),
        (
            "By Rachel Kim \u2014 Updated March 11, 2025 4:12 pm",
            "By Rachel Kim",
            ("Rachel Kim",),
            "Updated March 11, 2025 4:12 pm",
        ),
        ("By Rachel Kim - March 11, 2025", "By Rachel Kim", ("Rachel Kim",), "March 11, 2025"),
        (
            "By Rachel Kim, Reuters | Updated 4:12 PM EST, Tue March 11, 2025",
            "By Rachel Kim, Reuters",
            ("Rachel Kim",),
            "Updated 4:12 PM EST, Tue March 11, 2025",
        ),
        (
            "By Jo Lind and Tom Berg | Published March 11, 2025 at 4:12 pm",
            "By Jo Lind and Tom Berg",
            ("Jo Lind", "Tom Berg"),
            "Published March 11, 2025 at 4:12 pm",
        ),
    ],
)
def test_round28_stamp_after_a_mark_leaves_the_byline(
    line: str, byline: str, names: tuple[str, ...], stamp: str
) -> None:
    article = parse_article("Storm closes schools\n\n" + line + _STORM_BODY)
    assert article.byline is not None
    assert (article.byline.text, article.byline.names) == (byline, names)
    span = article.byline.span
    assert article.text[span.start : span.end] == byline
    stamps = [junk for junk in article.boilerplate if junk.kind == "timestamp"]
    assert [junk.text for junk in stamps] == [stamp]
    assert article.text[stamps[0].span.start : stamps[0].span.end] == stamp
    assert article.date is not None
    assert article.date.isoformat() == "2025-03-11"
    assert article.paragraphs[0].text.startswith("Schools across")


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Jo Lind | Staff writer", ("Jo Lind",)),
        ("By Jo Lind | Tom Berg", ("Jo Lind", "Tom Berg")),
        ("By Jo Lind - Staff writer", ("Jo Lind",)),
        # without a lead word, or a mark inside the stamp: the stamp stays in the byline
        ("Ahmet Yilmaz | May 3, 2024", ("Ahmet Yilmaz",)),
        ("By Ahmet Yilmaz  |05.06.2024 - Update : 05.06.2024", ("Ahmet Yilmaz",)),
        ("Jane Doe \u00b7 CBC News \u00b7 Posted: Nov 04, 2025 6:00 AM EST", ("Jane Doe",)),
    ],
)
def test_round28_bar_between_names_or_a_role_stays(line: str, names: tuple[str, ...]) -> None:
    article = parse_article("Storm closes schools\n\n" + line + _STORM_BODY)
    assert article.byline is not None
    assert (article.byline.text, article.byline.names) == (line, names)
    assert not [junk for junk in article.boilerplate if junk.kind == "timestamp"]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Compiled by staff writer Rachel Stone", ("Rachel Stone",)),
        ("Reporting by correspondent Jane Doe in Lagos; Editing by Tom Lee", ("Jane Doe",)),
    ],
)
def test_round29_a_writers_title_before_the_name_in_a_credit_line(
    line: str, names: tuple[str, ...]
) -> None:
    byline = parse_byline(line)
    assert byline is not None
    assert byline.names == names


@pytest.mark.parametrize("line", ["(Compiled by the Dakar newsroom)", "Compiled by staff"])
def test_round29_a_credit_line_with_no_person_gives_no_names(line: str) -> None:
    byline = parse_byline(line)
    assert byline is None or not byline.names


def test_round30_a_lead_word_then_the_names_and_a_stamp_after_spaces() -> None:
    # the Philippine News Agency: By Jane Doe  March 4, 2026, 5:42 pm
    byline = parse_byline("By Joyce Ann Rivera  March 4, 2026, 5:42 pm")
    assert byline is not None
    assert byline.names == ("Joyce Ann Rivera",)
    # negative: a sentence with a date after By stays no byline
    assert parse_byline("By the end of March 4, 2026 prices had doubled") is None


def test_round30_a_bulletins_newsreader_is_its_byline() -> None:
    byline = parse_byline("Read by Sarah Collins")
    assert byline is not None
    assert byline.names == ("Sarah Collins",)
    # negative: "read by" inside a sentence
    assert parse_byline("Read by the minister, the statement was brief.") is None
