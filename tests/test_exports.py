"""Database exports (Nexis Uni / LexisNexis, LexisNexis Academic, Factiva) read by parse_article.

The whole documents are in :mod:`tests.test_wire_forms`; these are the edge cases.
"""

from __future__ import annotations

import datetime

import pytest

from newsstruct import parse_article
from newsstruct._blocks import split_blocks
from newsstruct._exports import read_export

NEXIS = (
    "Talks end without a deal\n\n"
    "The Riverton Courier\nNovember 4, 2025 Tuesday\n\n"
    "Copyright 2025 The Riverton Courier Company\n\n"
    "Section: A-SECTION; Pg. A01\nLength: 80 words\nByline: Jane Doe\n"
    "Dateline: GENEVA, Nov. 3\nHighlight: Negotiators left Geneva with no agreement.\n\n"
    "Body\n\n"
    "The talks ended on Monday without a deal, officials said.\n\n"
    '"We will meet again," said Ana Smith, the chief negotiator.\n\n'
    "Load-Date: November 5, 2025\n\nEnd of Document\n"
)


def test_nexis_labelled_lines() -> None:
    article = parse_article(NEXIS)
    assert article.headline is not None
    assert article.headline.text == "Talks end without a deal"
    assert article.byline is not None
    assert article.byline.names == ("Jane Doe",)
    assert article.standfirst is not None
    assert article.standfirst.text == "Negotiators left Geneva with no agreement."
    # no dateline in the story: the Dateline: line gives place and date
    assert article.dateline is not None
    assert (article.dateline.location, article.dateline.date_text) == ("GENEVA", "Nov. 3")
    assert article.dateline.date == datetime.date(2025, 11, 3)
    assert [p.text[:12] for p in article.paragraphs] == ["The talks en", '"We will mee']
    assert [q.speaker.name for q in article.quotes if q.speaker] == ["Ana Smith"]
    assert "export" in {b.kind for b in article.boilerplate}


def test_nexis_with_windows_line_ends() -> None:
    article = parse_article(NEXIS.replace("\n", "\r\n"))
    assert article.byline is not None
    assert article.byline.names == ("Jane Doe",)
    assert len(article.paragraphs) == 2
    for paragraph in article.paragraphs:
        assert article.text[paragraph.span.start : paragraph.span.end] == paragraph.text
    for junk in article.boilerplate:
        assert article.text[junk.span.start : junk.span.end] == junk.text


def test_story_dateline_wins_over_the_label() -> None:
    text = NEXIS.replace("The talks ended", "GENEVA (Reuters) - The talks ended")
    article = parse_article(text)
    assert article.dateline is not None
    assert (article.dateline.location, article.dateline.agency) == ("GENEVA", "Reuters")
    assert ("export", "Dateline: GENEVA, Nov. 3") in [(b.kind, b.text) for b in article.boilerplate]


def test_factiva_codes_on_the_text_lines() -> None:
    text = (
        "HD Central bank holds rates\n"
        "BY Anna Green\n"
        "WC 341 words\n"
        "PD 4 November 2025\n"
        "SN Dow Jones Newswires\n"
        "LA English\n"
        "CY Copyright 2025 Dow Jones & Company, Inc.\n"
        "LP FRANKFURT -- The bank held interest rates steady on Tuesday.\n"
        "TD Economists expect the first cut in March.\n"
        "AN Document DJDN000020251104el14000xy\n"
    )
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "Central bank holds rates"
    assert article.byline is not None
    assert article.byline.names == ("Anna Green",)
    assert article.dateline is not None
    assert article.dateline.location == "FRANKFURT"
    assert [p.text for p in article.paragraphs] == [
        "The bank held interest rates steady on Tuesday.",
        "Economists expect the first cut in March.",
    ]
    assert article.date == datetime.date(2025, 11, 4)


def test_academic_documents() -> None:
    document = (
        "1 of 2 DOCUMENTS\n\nThe Riverton Courier\n\nNovember 4, 2025 Tuesday\n\n"
        "Talks end without a deal\n\nBYLINE: By JANE DOE\n\nLENGTH: 80 words\n\n"
        "The talks ended on Monday without a deal.\n\nLOAD-DATE: November 5, 2025\n\n"
        "LANGUAGE: ENGLISH\n\nCopyright 2025 The Riverton Courier Company\n\n"
    )
    article = parse_article(document + document.replace("1 of 2", "2 of 2"))
    assert article.headline is not None
    assert article.headline.text == "Talks end without a deal"
    assert article.byline is not None
    assert article.byline.names == ("JANE DOE",)
    # the second document: its furniture is boilerplate, its headline and story paragraphs
    assert [p.text for p in article.paragraphs] == [
        "The talks ended on Monday without a deal.",
        "Talks end without a deal",
        "The talks ended on Monday without a deal.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Talks end\n\nThe talks ended.\n\nBody\n\nThey will resume.",  # Body, no label above
        "Talks end\n\n80 words\n\nThe talks ended on Monday.\n\nThey will resume.",  # no date
        "HD\n\nThe talks ended on Monday.\n\nThey will resume.",  # a code alone
        "1 of 2 DOCUMENTS\n\nThe talks ended on Monday.",
        "",
    ],
)
def test_not_an_export(text: str) -> None:
    assert read_export(text, split_blocks(text)) is None
    assert all(b.kind != "export" for b in parse_article(text).boilerplate)
