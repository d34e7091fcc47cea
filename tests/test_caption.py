"""Photo captions and their credits."""

from __future__ import annotations

import pytest

from newsstruct import InputTypeError, parse_article, parse_caption
from newsstruct._caption import bare_credit, caption_above, match_caption


@pytest.mark.parametrize(
    ("text", "description", "credit"),
    [
        (
            "Mr Blinken (left) and Mr Lavrov in Reykjavik. PHOTO: AFP",
            "Mr Blinken (left) and Mr Lavrov in Reykjavik.",
            "AFP",
        ),
        ("Rescuers at work in Bedok. PHOTO: ST FILE", "Rescuers at work in Bedok.", "ST FILE"),
        # the label in any case, spaces before its colon (the gate reads them too)
        ("Rescuers at work. pHoTo   : AFP", "Rescuers at work.", "AFP"),
        ("Rescuers at work. (Photo: AFP)", "Rescuers at work.", "AFP"),
        ("Rescuers at work. ST PHOTO: JANE DOE", "Rescuers at work.", "JANE DOE"),
        ("Fans cheer in Oslo. Photo: NTB / Scanpix", "Fans cheer in Oslo.", "NTB / Scanpix"),
        ("Fans cheer in Oslo. (Photo: AFP)", "Fans cheer in Oslo.", "AFP"),
        ("Ein Polizist in Berlin. Foto: Jane Doe/dpa", "Ein Polizist in Berlin.", "Jane Doe/dpa"),
        (
            "A nurse at work. (Photo by Jane Doe/Getty Images)",
            "A nurse at work.",
            "Jane Doe/Getty Images",
        ),
        (
            "Biden speaks in Delaware. (AP Photo/Evan Vucci)",
            "Biden speaks in Delaware.",
            "AP Photo/Evan Vucci",
        ),
        ("Workers in Beijing. (Xinhua/Li Ming)", "Workers in Beijing.", "Xinhua/Li Ming"),
        ("A view of the port. REUTERS/Jane Doe", "A view of the port.", "REUTERS/Jane Doe"),
        # "Photo by" with no brackets, after the description's sentence
        (
            "A view of the port. Photo by Jane Doe/Anadolu via Getty Images",
            "A view of the port.",
            "Jane Doe/Anadolu via Getty Images",
        ),
        (
            "A view of the port. Photos by Jane Doe and Tom Roe",
            "A view of the port.",
            "Jane Doe and Tom Roe",
        ),
        # an agency's photo with no brackets, after a dash, with Copyright (Euronews)
        ("A view of the port. AP Photo/Jane Doe", "A view of the port.", "AP Photo/Jane Doe"),
        ("A view of the port. - AFP Photo/Jane Doe", "A view of the port.", "AFP Photo/Jane Doe"),
        (
            "A view of the port. - Copyright AP Photo/Jane Doe",
            "A view of the port.",
            "AP Photo/Jane Doe",
        ),
        (
            "A view of the port. REUTERS/Jane Doe/File Photo",
            "A view of the port.",
            "REUTERS/Jane Doe/File Photo",
        ),
        (
            "Police at the scene in Richmond. Steve Helber/AP/dpa",
            "Police at the scene in Richmond.",
            "Steve Helber/AP/dpa",
        ),
        (
            "FILE PHOTO: Workers walk past a factory in Berlin. REUTERS/Jane Doe",
            "Workers walk past a factory in Berlin.",
            "REUTERS/Jane Doe",
        ),
        (
            "FILE PHOTO: Workers walk past a factory in Berlin.",
            "Workers walk past a factory in Berlin.",
            None,
        ),
    ],
)
def test_captions(text: str, description: str, credit: str | None) -> None:
    caption = parse_caption(text)
    assert caption is not None
    assert caption.text == description
    assert caption.credit == credit
    assert text[caption.span.start : caption.span.end] == caption.text
    if credit is not None:
        assert caption.credit_span is not None
        assert text[caption.credit_span.start : caption.credit_span.end] == credit
    else:
        assert caption.credit_span is None


@pytest.mark.parametrize(
    "text",
    [
        "Talks resumed on Monday.",
        '"We will win," she said." AFP',
        "The 24/7 news cycle never stops.",
        "He read the story on the AP/Reuters wire, he said.",
        "Share prices rose. Photo opportunities abound",
        "Growth slowed. - Profit/loss figures fell",
        "He liked it. The photo by Jane Doe won a prize.",
        "It rained. Photo by the author.",
        "He met the AP. Photo editors/designers left",
        "x" * 5000 + ". PHOTO: AFP",
        "",
    ],
)
def test_not_captions(text: str) -> None:
    assert parse_caption(text) is None


def test_type_error() -> None:
    with pytest.raises(InputTypeError):
        parse_caption(3)  # type: ignore[arg-type]


_LONG = "the crowd gathered in the square before the talks began " * 6


@pytest.mark.parametrize(
    ("text", "is_caption"),
    [
        # a label opens a long caption without a credit
        ("FILE PHOTO: " + _LONG, True),
        ("[1/5] FILE PHOTO: " + _LONG, True),
        ("ITEM 2 OF 5 FILE PHOTO: " + _LONG, True),
        # paragraphs that merely open with the first letter of one
        ("It was " + _LONG, False),
        ("Photos show " + _LONG, False),
        ("Item by item, " + _LONG, False),
    ],
)
def test_long_caption_opened_by_a_label(text: str, is_caption: bool) -> None:
    assert (parse_caption(text) is not None) is is_caption


# a caption and its credit on two lines: "...\nFoto: X/dpa"


def _joined(text: str) -> tuple[str, str | None] | None:
    """The caption read from the two lines of *text* (description, credit), else ``None``."""
    above_end = len(text[: text.index("\n")].rstrip())
    below = above_end + len(text[above_end:]) - len(text[above_end:].lstrip())
    credit = match_caption(text, below, len(text))
    if credit is None:
        return None
    caption = caption_above(text, (0, above_end), credit, below)
    if caption is None:
        return None
    assert text[caption.span.start : caption.span.end] == caption.text
    assert caption.credit_span is not None
    assert text[caption.credit_span.start : caption.credit_span.end] == caption.credit
    return caption.text, caption.credit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ein Streifenwagen an der Unfallstelle.\nFoto: Julian Stratenschulte/dpa",
            ("Ein Streifenwagen an der Unfallstelle.", "Julian Stratenschulte/dpa"),
        ),
        ("Fans cheer in Oslo.\r\nPhoto: NTB / Scanpix", ("Fans cheer in Oslo.", "NTB / Scanpix")),
        (
            "A nurse at work.\n(Photo by Jane Doe/Getty Images)",
            ("A nurse at work.", "Jane Doe/Getty Images"),
        ),
        # a blank line parts a paragraph from a credit of its own
        ("The talks ended on Monday.\n\nFoto: Kay Nietfeld/dpa", None),
        # a line with no credit under it stays a paragraph
        ("The talks ended on Monday.\nThe ministers left.", None),
        # a credit under a line that has a description of its own
        ("A tram in Berlin.\nA bus in Bonn. Foto: Kay Nietfeld/dpa", None),
    ],
)
def test_caption_over_two_lines(text: str, expected: tuple[str, str | None] | None) -> None:
    assert _joined(text) == expected


def test_bare_credit() -> None:
    text = "Foto: Kay Nietfeld/dpa"
    assert bare_credit(match_caption(text, 0, len(text)))
    text = "A tram in Berlin. Foto: Kay Nietfeld/dpa"
    assert not bare_credit(match_caption(text, 0, len(text)))
    assert not bare_credit(None)


@pytest.mark.parametrize(
    ("block", "text", "credit"),
    [
        ("Image source, Getty Images", "", "Getty Images"),
        ("Image source, EPA", "", "EPA"),
        ("Image caption, Sandbags on the quay", "Sandbags on the quay", None),
        ("Media caption, The mayor speaks to reporters", "The mayor speaks to reporters", None),
    ],
)
def test_web_caption_labels(block: str, text: str, credit: str | None) -> None:
    caption = match_caption(block, 0, len(block))
    assert caption is not None
    assert (caption.text, caption.credit) == (text, credit)
    assert block[caption.span.start : caption.span.end] == caption.text


@pytest.mark.parametrize(
    "block",
    [
        "Image sources, the ministry said, were checked.",  # no label as written
        "image caption, lower case",
        "Image caption,",
        "Image source, " + "word " * 20,  # no credit is that long
    ],
)
def test_not_web_caption_labels(block: str) -> None:
    assert match_caption(block, 0, len(block)) is None


def test_web_credit_over_its_caption_in_an_article() -> None:
    from newsstruct import parse_article

    text = (
        "Storm shuts ports\n\nBy Helen Marsh\n\n"
        "Image source, Getty Images\nImage caption, Sandbags on the quay\n\n"
        "Ports were shut on Monday as the storm hit the coast, officials said.\n"
    )
    article = parse_article(text)
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Sandbags on the quay", "Getty Images")
    ]
    caption = article.captions[0]
    assert caption.credit_span is not None
    assert text[caption.credit_span.start : caption.credit_span.end] == "Getty Images"
    assert len(article.paragraphs) == 1


@pytest.mark.parametrize(
    ("block", "text", "credit"),
    [
        # NYT pages copied to text: the label glued on, with dots
        (
            "President Biden at the White House.Credit...Doug Mills/The New York Times",
            "President Biden at the White House.",
            "Doug Mills/The New York Times",
        ),
        (
            "A farm in Iowa.Credit\u2026Jane Doe for The New York Times",
            "A farm in Iowa.",
            "Jane Doe for The New York Times",
        ),
        (
            "Protesters in Paris on Saturday. \u00a9 Jane Doe",
            "Protesters in Paris on Saturday.",
            "Jane Doe",
        ),
        # a photographer and an outlet in brackets
        (
            "Protesters in Paris on Saturday. (Jane Doe/The Washington Post)",
            "Protesters in Paris on Saturday.",
            "Jane Doe/The Washington Post",
        ),
    ],
)
def test_web_credit_forms(block: str, text: str, credit: str) -> None:
    caption = match_caption(block, 0, len(block))
    assert caption is not None
    assert (caption.text, caption.credit) == (text, credit)
    assert caption.credit_span is not None
    assert block[caption.credit_span.start : caption.credit_span.end] == credit


@pytest.mark.parametrize(
    "block",
    [
        "Voters split along party lines (Republicans/Democrats)",
        "The deal was signed in 2020 (Acme Corp/Beta Inc)",
        "Credit is tight, bankers said.",
        "A credit line was agreed... by the banks",
    ],
)
def test_not_web_credit_forms(block: str) -> None:
    assert match_caption(block, 0, len(block)) is None


@pytest.mark.parametrize(
    ("block", "credit"),
    [
        ("Jane Doe/NPR", "Jane Doe/NPR"),
        ("Jane Doe for NPR", "Jane Doe for NPR"),
        ("Getty Images", "Getty Images"),
        ("John Smith/AP", "John Smith/AP"),
        # no credit: a sentence, a list, a paragraph
        ("Farmers are reopening wells.", None),
        ("Republicans/Democrats", None),
        ("Acme Corp/Beta Inc", None),
        ("The farm lies west of Garden City, Kansas", None),
    ],
)
def test_credit_next_to_caption_buttons(block: str, credit: str | None) -> None:
    from newsstruct._caption import widget_credit

    found = widget_credit(block, 0, len(block))
    assert (found.credit if found else None) == credit


@pytest.mark.parametrize(
    ("block", "text", "credit"),
    [
        # a credit glued to the description's full stop, as copied pages have it
        (
            "Governor Jo Kent at a news conference in Ottawa on Nov. 4.Jane Doe/The Canadian Press",
            "Governor Jo Kent at a news conference in Ottawa on Nov. 4.",
            "Jane Doe/The Canadian Press",
        ),
        (
            "Crowds in Sydney on Tuesday.Jane Doe/AAP Image",
            "Crowds in Sydney on Tuesday.",
            "Jane Doe/AAP Image",
        ),
        # no agency after the slash, or glued after a capital: no caption
        ("The vote was 4-3 in the end.Republicans/Democrats", None, None),
        ("Prices rose in the U.S.Acme/Beta", None, None),
    ],
)
def test_caption_credit_glued_to_the_full_stop(
    block: str, text: str | None, credit: str | None
) -> None:
    caption = parse_caption(block)
    assert (caption.text if caption else None) == text
    assert (caption.credit if caption else None) == credit


def test_no_caption_is_the_gate_of_match_caption() -> None:
    from newsstruct._caption import no_caption

    blocks = [
        "The bridge will close on Monday.",
        "A crew at work. (AP Photo/John Roe)",
        "[1/5] Workers at the plant. REUTERS/Jane Doe",
        "Item 1 of 3 A crew at work.",
        "Photo: Jane Doe",
        '"x"',
        "Title",
        "",
    ]
    for block in blocks:
        if no_caption(block, 0, len(block)):
            assert match_caption(block, 0, len(block)) is None, block
    assert not no_caption("A crew at work. (AP Photo/John Roe)", 0, 35)


def test_caption_gate_gives_the_gate_s_answers() -> None:
    from newsstruct._caption import caption_gate, no_caption

    blocks = [
        "a",
        "Title",
        '"x"',
        "[1 of 5]",
        "Item 1 of 3",
        "PHOTO - A crew",
        "Seen here (AP)",
        "x]",
    ]
    text = "\n\n".join(blocks)
    gate = caption_gate(text)
    assert gate is not no_caption  # (the text holds no colon, slash, credit or licensing)
    start = 0
    for block in blocks:
        end = start + len(block)
        assert gate(text, start, end) == no_caption(text, start, end), block
        start = end + 2
    assert caption_gate(text + "\n\nPhoto: AP") is no_caption


def test_the_caption_gate_of_a_text_reads_a_photo_by_credit() -> None:
    from newsstruct import parse_article

    # no colon, slash or other literal in the text: the gate still reads "Photo by"
    text = (
        "Talks end in Oslo\n\nThe show closed on Monday. Photo by Jane Doe\n\n"
        "OSLO - The talks ended on Monday.\n\nMore text here."
    )
    captions = parse_article(text).captions
    assert [(c.text, c.credit) for c in captions] == [("The show closed on Monday.", "Jane Doe")]


@pytest.mark.parametrize(
    ("block", "description", "credit"),
    [
        ("The ship at sea. (Courtesy of Jane Doe)", "The ship at sea.", "Jane Doe"),
        ("The ship at sea. Photo courtesy of Acme Archives.", "The ship at sea.", "Acme Archives"),
        ("Courtesy of the Acme Foundation", "", "the Acme Foundation"),
    ],
)
def test_courtesy_credits(block: str, description: str, credit: str) -> None:
    caption = match_caption(block, 0, len(block))
    assert caption is not None
    assert (caption.text, caption.credit) == (description, credit)


@pytest.mark.parametrize(
    "block",
    [
        "The ship was built courtesy of a grant from the state.",
        "He thanked them. Courtesy of the family, the event went ahead.",
    ],
)
def test_courtesy_in_a_sentence_is_no_credit(block: str) -> None:
    assert match_caption(block, 0, len(block)) is None


def test_a_courtesy_credit_under_its_description_is_one_caption() -> None:
    from newsstruct import parse_article

    text = (
        "Nodules make oxygen\n\nBy Jane Doe\n\nScientists found oxygen on the seafloor.\n\n"
        "Nodules on the floor of the Pacific.\nCourtesy of the Acme Ocean Census\n\n"
        "The finding was published on Monday."
    )
    article = parse_article(text)
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Nodules on the floor of the Pacific.", "the Acme Ocean Census")
    ]


def test_the_bbc_caption_label_alone_over_its_description() -> None:
    from newsstruct import parse_article

    text = (
        "Ferry firm fined over fire\n\nImage source, Getty Images\nImage caption,\n"
        "The ferry was out of service for three weeks\n\n"
        "A ferry operator has been fined after a fire."
    )
    article = parse_article(text)
    assert [(c.text, c.credit) for c in article.captions] == [
        ("The ferry was out of service for three weeks", "Getty Images")
    ]
    assert [p.text for p in article.paragraphs] == ["A ferry operator has been fined after a fire."]
    # without the credit line, the description is a caption with no credit
    article = parse_article(text.replace("Image source, Getty Images\n", ""))
    assert [(c.text, c.credit) for c in article.captions] == [
        ("The ferry was out of service for three weeks", None)
    ]


def test_a_photographer_and_a_listed_outlet_ending_in_a_company_word() -> None:
    caption = parse_caption("Crews stage in Malibu on Monday. (Jane Doe / Los Angeles Times)")
    assert caption is not None
    assert caption.credit == "Jane Doe / Los Angeles Times"
    # negative: two company names are no photo credit
    assert parse_caption("Talks in Paris. (Acme Corp/Beta Times)") is None


@pytest.mark.parametrize(
    ("block", "credit"),
    [
        ("Doctors walk out during a previous strike (PA Wire)", "PA Wire"),
        ("Doctors at a hospital in Leeds (Jane Doe via Getty Images)", "Jane Doe via Getty Images"),
    ],
)
def test_a_picture_library_alone_in_brackets(block: str, credit: str) -> None:
    caption = parse_caption(block)
    assert caption is not None
    assert caption.credit == credit


def test_a_wire_alone_in_brackets_is_no_caption_credit() -> None:
    assert parse_caption("The ministry said it would act. (AFP)") is None


def test_a_staff_photographers_credit_after_the_description() -> None:
    from newsstruct._caption import match_caption

    text = "A train at Alewife station in Cambridge. David L. Ryan/Globe Staff"
    caption = match_caption(text, 0, len(text))
    assert caption is not None
    assert caption.credit == "David L. Ryan/Globe Staff"


def test_a_photographer_and_a_listed_outlet_after_the_description() -> None:
    from newsstruct._caption import match_caption

    text = "The mayor speaks to reporters on Wednesday. Rene Johnston/Toronto Star"
    caption = match_caption(text, 0, len(text))
    assert caption is not None
    assert caption.credit == "Rene Johnston/Toronto Star"
    text = "Talks resumed on Monday. Republicans/Democrats"
    assert match_caption(text, 0, len(text)) is None


@pytest.mark.parametrize(
    ("text", "description", "credit"),
    [
        # round 12: a paper's initials and its photographer in brackets
        (
            "Motorists crawl along the main road. (JP/Jane Doe)",
            "Motorists crawl along the main road.",
            "JP/Jane Doe",
        ),
        # a picture from an agency or office in brackets
        (
            "Officials inspect sacks of rice. (Photo from the Port Authority)",
            "Officials inspect sacks of rice.",
            "the Port Authority",
        ),
        # a dash before a courtesy credit or a file picture (The Star)
        (
            "Police with the suspects in Penang. \u2014 Courtesy of the Police",
            "Police with the suspects in Penang.",
            "the Police",
        ),
        (
            "Police seized phones from the unit. \u2014 Filepic",
            "Police seized phones from the unit.",
            "Filepic",
        ),
        # a picture given to the paper
        ("A gamer competes in Jeddah. (Supplied)", "A gamer competes in Jeddah.", "Supplied"),
        # an agency alone after a description with no sentence end
        (
            "A man fills his car in Cairo on 18 October 2024 (AFP)",
            "A man fills his car in Cairo on 18 October 2024",
            "AFP",
        ),
        (
            "Buses line up at a station (Reuters/File photo)",
            "Buses line up at a station",
            "Reuters/File photo",
        ),
    ],
)
def test_round12_credits(text: str, description: str, credit: str) -> None:
    caption = parse_caption(text)
    assert caption is not None
    assert (caption.text, caption.credit) == (description, credit)


@pytest.mark.parametrize(
    "text",
    [
        "The alliance split the vote. (GOP/Tea)",
        "Talks between the two agencies continued (UN/WHO)",
        "The minister spoke to reporters. \u2014 AFP",  # an agency after a dash signs off
        '"We will win," she said. (AFP)',
        "Photo from the archive shows the pier.",
        "Prices rose in photo / video equipment",
        "Yes | No | Maybe, the poll asked",
    ],
)
def test_round12_not_credits(text: str) -> None:
    assert parse_caption(text) is None


def test_round12_credit_over_its_description() -> None:
    from newsstruct import parse_article

    text = (
        "Council sells airport shares\n\nThe council voted on Thursday to sell, officials said.\n\n"
        "Photo / Jane Doe\nThe terminal is being rebuilt.\n\nThe sale will raise $1.3 billion."
    )
    article = parse_article(text)
    assert [(c.text, c.credit) for c in article.captions] == [
        ("The terminal is being rebuilt.", "Jane Doe")
    ]
    assert [p.text for p in article.paragraphs] == [
        "The council voted on Thursday to sell, officials said.",
        "The sale will raise $1.3 billion.",
    ]
    # a blank line between them: the credit joins no caption, the block stays a paragraph
    spaced = text.replace("Jane Doe\nThe", "Jane Doe\n\nThe")
    assert parse_article(spaced).captions == ()


def test_round12_captions_over_the_story() -> None:
    from newsstruct import parse_article

    answer = "Exports rose for the 13th month in October, data showed on Friday."
    text = (
        "Exports rise for 13th month\nBy Jane Doe\n\n"
        "Containers are stacked at a port in Busan, Nov. 1. Yonhap\n\n"
        f"{answer}\n\nMore follows."
    )
    article = parse_article(text)
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Containers are stacked at a port in Busan, Nov. 1.", "Yonhap")
    ]
    assert article.paragraphs[0].text == answer
    # later in the story the agency after a sentence signs it off
    text = (
        f"Exports rise\n\n{answer}\n\nThe ministry expects more growth this year. Yonhap\n\nMore."
    )
    assert parse_article(text).captions == ()
    # a spaced slash credit alone on the line under its description
    text = (
        "Dengue cases rise\n\nCases rose 12% this year, the department said.\n\n"
        "Health workers fog a street in Quezon City.\nThe STAR / Jane Doe\n\nMore follows."
    )
    assert [(c.text, c.credit) for c in parse_article(text).captions] == [
        ("Health workers fog a street in Quezon City.", "The STAR / Jane Doe")
    ]


def test_round13_credits() -> None:
    from newsstruct import parse_article

    # a site's address as the credit after the last sentence (The Moscow Times)
    caption = parse_caption("Jane Doe at a meeting in 2023. kremlin.ru")
    assert caption is not None
    assert (caption.text, caption.credit) == ("Jane Doe at a meeting in 2023.", "kremlin.ru")
    assert parse_caption("Jane Doe at a meeting in 2023. mos.gov.ru").credit == "mos.gov.ru"  # type: ignore[union-attr]
    assert parse_caption("He said he would visit example.com") is None  # no sentence end before
    # a source and the picture's provenance after a dash (Dawn)
    caption = parse_caption("A grid station near the capital. \u2014 APP/File")
    assert caption is not None
    assert caption.credit == "APP/File"
    assert parse_caption("Prices rose. \u2014 up/down") is None
    # in an article, a paragraph that ends with an address is no caption
    text = (
        "Portal opens\n\nThe city opened a portal for permits on Monday, officials said.\n\n"
        "Residents can apply online at permits.example.org\n\nMore follows."
    )
    assert parse_article(text).captions == ()


def test_round13_square_bracket_credits() -> None:
    caption = parse_caption("A bus waits at a stop in central Seoul on Monday. [NEWS1]")
    assert caption is not None
    assert caption.credit == "NEWS1"
    caption = parse_caption("Officials inspect a site on Monday. [CITY GOVERNMENT]")
    assert caption is not None
    assert caption.credit == "CITY GOVERNMENT"
    assert parse_caption("The talks ended on Monday. [END]") is None  # an end mark
    assert parse_caption("The talks ended on Monday. [VIDEO]") is None  # a media tag
    assert parse_caption("The talks ended on Monday. [UPDATED]") is None  # an editor's note
    assert parse_caption("The talks ended on Monday [sic]") is None


def test_round13_photographer_and_outlet_under_the_caption() -> None:
    from newsstruct import parse_article

    # the credit alone on the line under its description (Stuff)
    text = (
        "Fares rise\n\nJane Doe\n05:00, Nov 05 2025\n\n"
        "Commuters board a ferry at the terminal.\nRicky Roe/Planet\n\n"
        "Ferry fares will rise by 10% from January, the agency said.\n\nMore follows."
    )
    article = parse_article(text)
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Commuters board a ferry at the terminal.", "Ricky Roe/Planet")
    ]
    assert article.paragraphs[0].text.startswith("Ferry fares")
    # two words with a slash in a sentence are no credit
    assert parse_caption("Buyers and/or sellers") is None
    assert parse_caption("Republicans/Democrats") is None


def test_round13_a_named_source_after_in_this_photo() -> None:
    caption = parse_caption("A police cruiser is seen in this file photo. (Planet News Toronto)")
    assert caption is not None
    assert (caption.text, caption.credit) == (
        "A police cruiser is seen in this file photo.",
        "Planet News Toronto",
    )
    caption = parse_caption("The minister speaks in this undated handout image. (City Hall)")
    assert caption is not None
    assert caption.credit == "City Hall"
    # a source in brackets after a sentence that does not speak of the picture
    assert parse_caption("The minister spoke on Monday. (Planet News Toronto)") is None


def test_round13_agency_photo_in_brackets() -> None:
    caption = parse_caption("The central bank building in Ankara, Jan. 10, 2025. (AA Photo)")
    assert caption is not None
    assert caption.credit == "AA Photo"


def test_round13_writer_title_after_a_slash_is_no_credit() -> None:
    from newsstruct import parse_article

    text = (
        "Schools to be repaired\n\nJane Roe/Staff Reporter\n\n"
        "The government will repair 120 schools, the minister said on Monday.\n\nMore."
    )
    article = parse_article(text)
    assert article.captions == ()
    assert article.byline is not None
    assert article.byline.names == ("Jane Roe",)


@pytest.mark.parametrize(
    ("text", "description", "credit"),
    [
        ("FILE - People wade through floodwater in a city, Sept. 10, 2024.", None, None),
        ("Passengers board a bus in Kathmandu. Post File Photo", None, "Post File Photo"),
        ("A crowd at the rally on Monday. FILE PHOTO", None, "FILE PHOTO"),
        (
            "Students leave a school. Jane Doe, ABS-CBN News/File",
            None,
            "Jane Doe, ABS-CBN News/File",
        ),
    ],
)
def test_round14_captions(text: str, description: str | None, credit: str | None) -> None:
    caption = match_caption(text, 0, len(text))
    assert caption is not None
    assert caption.credit == credit
    assert text[caption.span.start : caption.span.end] == caption.text
    if description is not None:
        assert caption.text == description


@pytest.mark.parametrize(
    "text",
    [
        "FILED under the new rules, the claims were rejected.",  # no label: FILED
        "The council kept the old file photo policy.",  # no sentence end before it
        "The court heard the case. Officials, Police said nothing.",  # no slash credit
    ],
)
def test_round14_not_captions(text: str) -> None:
    assert match_caption(text, 0, len(text)) is None


_CREDIT_OVER = (
    "Nurses to strike over pay\n\nJane Hill\nHealth correspondent\n\n{}\n\n"
    "Nurses in England will strike in January after rejecting the offer, the union said.\n\n"
    "The union said its members had been left with no choice."
)


def test_a_photo_credit_alone_over_its_description_is_one_caption() -> None:
    from newsstruct import parse_article

    text = _CREDIT_OVER.format("Getty Images\nNurses on a picket line in London last year")
    article = parse_article(text)
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Nurses on a picket line in London last year", "Getty Images")
    ]
    caption = article.captions[0]
    assert caption.credit_span is not None
    assert text[caption.credit_span.start : caption.credit_span.end] == "Getty Images"
    assert article.boilerplate == ()
    assert article.paragraphs[0].text.startswith("Nurses in England")


@pytest.mark.parametrize(
    "block",
    [
        "Getty Images\n\nNurses on a picket line in London last year",  # not the next line
        "Getty Images\nNurses walked out of hospitals across London last year.",  # a sentence
    ],
)
def test_a_credit_alone_over_no_description_stays_credits(block: str) -> None:
    from newsstruct import parse_article

    article = parse_article(_CREDIT_OVER.format(block))
    assert article.captions == ()
    assert [b.kind for b in article.boilerplate] == ["credits"]
    assert article.paragraphs[0].text.startswith("Nurses ")


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("Il premier a Palazzo Chigi. Foto Ansa", ("Il premier a Palazzo Chigi.", "Ansa")),
        ("De premier in Den Haag. Foto ANP", ("De premier in Den Haag.", "ANP")),
        (
            "Premier w Sejmie. Fot. PAP/Radek Pietruszka",
            ("Premier w Sejmie.", "PAP/Radek Pietruszka"),
        ),
        (
            "A miniszterelnök a parlamentben. Fotó: MTI/Kovács Anna",
            ("A miniszterelnök a parlamentben.", "MTI/Kovács Anna"),
        ),
        (
            "Premier w Sejmie. Zdjęcie: PAP/Radek Pietruszka",
            ("Premier w Sejmie.", "PAP/Radek Pietruszka"),
        ),
        # negatives: the word for a photo before no agency is the sentence's
        ("Il ministro ha mostrato la foto. Foto di gruppo", None),
        ("Sie zeigte ein Foto. Foto Studio Müller", None),
    ],
)
def test_round16_credits_after_the_word_for_photo(
    caption: str, expected: tuple[str, str] | None
) -> None:
    text = f"Headline of the story\n\n{caption}\n\nThe body paragraph starts here and runs on.\n\nAnother one."
    article = parse_article(text)
    assert [(c.text, c.credit) for c in article.captions] == ([expected] if expected else [])


def test_glued_label_and_photographer_in_brackets() -> None:
    # The Asahi Shimbun: its label (with its typo) and a space, the name in brackets
    for label in ("Photo/Illutration", "Photo/Illustration"):
        text = f"{label} Visitors look at autumn leaves in Kyoto on Nov. 3. (Jiro Tanaka)"
        caption = match_caption(text, 0, len(text))
        assert caption is not None
        assert (caption.text, caption.credit) == (
            "Visitors look at autumn leaves in Kyoto on Nov. 3.",
            "Jiro Tanaka",
        )
    # without the label, a name in brackets makes no caption
    text = "Visitors look at autumn leaves in Kyoto on Nov. 3. (Jiro Tanaka)"
    assert match_caption(text, 0, len(text)) is None
    # the label needs a capital after it; a bracket that is no name is no credit
    text = "Photo/Illustration of the week: leaves (left)"
    assert match_caption(text, 0, len(text)) is None
    text = "FILE PHOTO: Visitors look at the leaves (left)"
    caption = match_caption(text, 0, len(text))
    assert caption is not None
    assert caption.credit is None


def test_round19a_spaced_labels_and_bracketed_alt_text() -> None:
    # XSum: the BBC's label with its comma lost
    caption = match_caption("Media caption Swimmers said they were angry", 0, 43)
    assert caption is not None
    assert caption.text == "Swimmers said they were angry"
    assert match_caption("Image caption text is read aloud by screen readers", 0, 50) is None
    # pandoc's plain text: an image's alt text in brackets, with its credit
    text = "[Water pours from a manhole. (Riverton Courier/Ana Ruiz)]"
    caption = match_caption(text, 0, len(text))
    assert caption is not None
    assert (caption.text, caption.credit) == (
        "Water pours from a manhole.",
        "Riverton Courier/Ana Ruiz",
    )
    # brackets round words with no credit are no caption
    text = "[The mayor (a Democrat)]"
    assert match_caption(text, 0, len(text)) is None


def test_round19a_a_spaced_credit_over_its_caption() -> None:
    text = (
        "The company said it would cut 120 jobs at its plant.\n"
        "Image copyright Getty Images\nImage caption The plant has made boilers since 1962\n"
        "Staff were told on Tuesday.\n"
    )
    article = parse_article(text)
    assert [(c.text, c.credit) for c in article.captions] == [
        ("The plant has made boilers since 1962", "Getty Images")
    ]
    assert len(article.paragraphs) == 2
    # the words Image copyright inside a sentence are no credit
    assert match_caption("Image copyright law changed in 2019, lawyers said.", 0, 50) is None


@pytest.mark.parametrize(
    ("credit_line", "caption_line", "description", "credit"),
    [
        (
            "Fuente de la imagen, Getty Images",
            "Pie de foto, Un embalse casi vacío",
            "Un embalse casi vacío",
            "Getty Images",
        ),
        (
            "Автор фото, Reuters",
            "Подпись к фото, Здание банка в Москве",
            "Здание банка в Москве",
            "Reuters",
        ),
        (
            "Автор фото, EPA",
            "Підпис до фото, Будівля уряду в Києві",
            "Будівля уряду в Києві",
            "EPA",
        ),
        (
            "Fotoğraf kaynağı, AFP",
            "Fotoğraf altyazısı, Merkez Bankası binası",
            "Merkez Bankası binası",
            "AFP",
        ),
        (
            "Crédito, Reuters",
            "Legenda da foto, O ministro em Brasília",
            "O ministro em Brasília",
            "Reuters",
        ),
        ("Crédit photo, AFP", "Légende image, Le port de Dakar", "Le port de Dakar", "AFP"),
    ],
)
def test_round19b_bbc_language_services_caption_labels(
    credit_line: str, caption_line: str, description: str, credit: str
) -> None:
    text = (
        f"Titular de la noticia\n\n{credit_line}\n\n{caption_line}\n\n"
        "The first paragraph of the story is here.\n\nThe second paragraph follows it."
    )
    article = parse_article(text)
    assert [(c.text, c.credit) for c in article.captions] == [(description, credit)]
    assert len(article.paragraphs) == 2


def test_round19b_a_sentence_after_a_credit_label_is_no_credit() -> None:
    text = (
        "Juros sobem de novo\n\n"
        "Crédito, segundo os bancos, ficou mais caro para as famílias em outubro, "
        "o que reduziu as vendas do comércio.\n\nO Banco Central deve agir."
    )
    article = parse_article(text)
    assert article.captions == ()
    assert article.paragraphs[0].text.startswith("Crédito, segundo")


# a web page's label before a description, not only before a credit (round 29)


@pytest.mark.parametrize(
    ("caption", "text", "credit"),
    [
        ("Photo: A ferry leaves the harbour at dawn.", "A ferry leaves the harbour at dawn.", None),
        (
            "Photo: A ferry leaves the harbour at dawn. (AFP/Lars Berg)",
            "A ferry leaves the harbour at dawn.",
            "AFP/Lars Berg",
        ),
        (
            "Caption: Crowds wait for the last bus in the rain. (AP Photo/Jo Lind)",
            "Crowds wait for the last bus in the rain.",
            "AP Photo/Jo Lind",
        ),
        (
            "Pictured: The new ferry leaves the harbour on Monday.",
            "The new ferry leaves the harbour on Monday.",
            None,
        ),
        # (a credit alone after the label stays a credit)
        ("Photo: Lars Berg/NTB", "", "Lars Berg/NTB"),
        ("Photo: Getty Images", "", "Getty Images"),
        ("Photo: courtesy of the family", "", "courtesy of the family"),
        ("Photo: Jane Doe for The New York Times", "", "Jane Doe for The New York Times"),
    ],
)
def test_a_label_before_a_description_is_dropped_and_names_no_credit(
    caption: str, text: str, credit: str | None
) -> None:
    found = parse_caption(caption)
    assert found is not None
    assert (found.text, found.credit) == (text, credit)
    assert caption[found.span.start : found.span.end] == found.text


def test_a_caption_over_the_headline_leaves_the_headline_and_dateline() -> None:
    body = (
        "\n\nOSLO (NTB) - Ferry fares will rise by ten percent from January, the "
        "operator said on Monday.\n\nThe rise follows a year of high fuel costs."
    )
    for top in (
        "A ferry leaves the harbour at dawn. (AFP/Lars Berg)",
        "Photo: A ferry leaves the harbour at dawn.",
    ):
        article = parse_article(top + "\n\nFerry fares rise" + body)
        assert article.headline is not None
        assert article.headline.text == "Ferry fares rise"
        assert article.dateline is not None
        assert article.dateline.location == "OSLO"
        assert [c.text for c in article.captions] == ["A ferry leaves the harbour at dawn."]
    # (a first line that is no caption is still the headline)
    article = parse_article("A ferry leaves the harbour at dawn\n\nFerry fares rise" + body)
    assert article.headline is not None
    assert article.headline.text == "A ferry leaves the harbour at dawn"


#: An invented photo feature: the pictures credited apart, one caption with no credit.
_FEATURE = (
    "The net makers of Port Ellis\n\n"
    "By Ruth Kemp\n"
    "Photographs by Owen Tull\n\n"
    "Every winter the harbour's last net makers mend the fleet's gear in a shed by the pier.\n\n"
    "{line}\n\n"
    "The work is slow and cold, and the younger crews now buy most of their nets from abroad."
)


def test_round30_a_photo_description_between_a_features_paragraphs_is_a_caption() -> None:
    line = "Sarah Quinn mending a trawl net in the shed on the north pier."
    article = parse_article(_FEATURE.format(line=line))
    assert [(caption.text, caption.credit) for caption in article.captions] == [(line, None)]
    assert len(article.paragraphs) == 2
    text = article.text
    assert all(text[c.span.start : c.span.end] == c.text for c in article.captions)


@pytest.mark.parametrize(
    "line",
    [
        # negatives: a sentence with a verb, a line as long as the paragraphs, no name first
        "Sarah Quinn at 71 is the oldest of them by some years.",
        "The shed on the north pier in the rain.",
    ],
)
def test_round30_a_line_with_a_verb_or_no_name_stays_a_paragraph(line: str) -> None:
    article = parse_article(_FEATURE.format(line=line))
    assert article.captions == ()
    assert [p.text for p in article.paragraphs][1] == line


def test_round30_an_uncredited_caption_needs_the_pictures_credited_apart() -> None:
    # negative: with no picture credit in the story, the line stays a paragraph
    line = "Sarah Quinn mending a trawl net in the shed on the north pier."
    text = _FEATURE.format(line=line).replace("Photographs by Owen Tull\n", "")
    article = parse_article(text)
    assert article.captions == ()
    assert [p.text for p in article.paragraphs][1] == line


@pytest.mark.parametrize(
    "sentence",
    [
        "He was given credit: the bank agreed to lend more.",
        "She gave the team credit: Jane Doe was the best player.",
        "Nobody asked for a photo: the minister simply walked past.",
    ],
)
def test_a_label_in_lower_case_inside_a_sentence_is_no_credit(sentence: str) -> None:
    # (a body sentence with "credit:" or "photo:" in it stays a paragraph, whole)
    article = parse_article(
        f"Bank lends more\n\nLONDON - Rates fell.\n\n{sentence}\n\nMore later.\n"
    )
    assert article.captions == ()
    assert sentence in [p.text for p in article.paragraphs]


@pytest.mark.parametrize(
    "block",
    [
        "Fans wait outside the stadium in Leeds. Getty Images",
        "Fans wait outside the stadium in Leeds. GETTY IMAGES.",
        "Getty Images" + "." * 90,  # a run of stops longer than the end read
        "Fans wait outside the stadium. Alamy" + "." * 40,
        "Ein Foto vom Straßenfest in Köln. Getty Images",
        "Ein Foto vom Straßenfest in Köln. Die Straße war voll" + "ß" * 30,
        "The bridge will close for repairs on Monday.",
        "The bridge will close for repairs on Monday, said a spokesperson for Getty",
        "Epa",
        "...",
        "x",
    ],
)
def test_library_end_reads_only_the_block_s_end(block: str) -> None:
    from newsstruct._caption import _LIBRARY_ENDINGS, _ends_with_library

    # the end read alone answers as the whole block folded does
    whole = block.rstrip(".").casefold().endswith(_LIBRARY_ENDINGS)
    assert _ends_with_library(block) is whole
