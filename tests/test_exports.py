"""Database exports (Nexis Uni / LexisNexis, LexisNexis Academic, Factiva) read by parse_article.

The whole documents are in :mod:`tests.test_wire_forms`; these are the edge cases.
"""

from __future__ import annotations

import datetime
import time

import pytest

from newsstruct import InputTypeError, Span, parse_article, split_documents
from newsstruct._blocks import split_blocks
from newsstruct._exports import (
    csv_record_view,
    export_byline,
    glued_title_view,
    page_furniture,
    read_export,
    sgml_date,
    sgml_view,
)

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
    # the second document, from its counter to the end, is export boilerplate
    assert [p.text for p in article.paragraphs] == ["The talks ended on Monday without a deal."]
    second = len(document)
    later = [b for b in article.boilerplate if b.span.start >= second]
    assert later
    assert {b.kind for b in later} == {"export"}
    assert later[0].text == "2 of 2 DOCUMENTS"


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


# --- ProQuest -----------------------------------------------------------------

PROQUEST = (
    "Document 1 of 2\n\n"
    "Ferry service to resume on the lake\n\n"
    "Author: Okafor, Maria\n\n"
    "Publication info: The Lakeside Herald ; Lakeside, Ont. 04 Nov 2025: A.3.\n\n"
    "ProQuest document link\n\n"
    "Abstract: The ferry will run twice a day, the operator said.\n\n"
    "Full text: LAKESIDE - The ferry across Lake Wren will resume after a month of repairs.\n\n"
    '"We are ready to sail," said Tom Berg, the manager.\n\n'
    "Subject: Ferries; Repairs\n\n"
    "Title: Ferry service to resume on the lake\n\n"
    "Publication date: Nov 4, 2025\n\n"
    "Copyright: (Copyright (c) 2025 Lakeside Media Inc.)\n\n"
    "Last updated: 2025-11-09\n\n"
    "Database: Canadian Newsstream\n\n"
    "____________________________________________________________\n\n"
    "Document 2 of 2\n\n"
    "Council approves budget\n\n"
    "Author: Lind, Peter\n\n"
    "Full text: The town council approved its budget.\n\n"
    "Publication date: Nov 5, 2025\n\n"
    "Database: Canadian Newsstream\n"
)


def test_proquest_fields() -> None:
    article = parse_article(PROQUEST)
    assert article.headline is not None
    assert article.headline.text == "Ferry service to resume on the lake"
    assert article.byline is not None
    assert article.byline.names == ("Maria Okafor",)  # Author: surname first
    assert article.standfirst is not None
    assert article.standfirst.text == "The ferry will run twice a day, the operator said."
    assert article.date == datetime.date(2025, 11, 4)  # Publication date:, not Last updated:
    assert article.dateline is not None
    assert article.dateline.location == "LAKESIDE"
    assert article.paragraphs[0].text.startswith("The ferry across Lake Wren")
    assert [q.speaker.name for q in article.quotes if q.speaker] == ["Tom Berg"]
    second = PROQUEST.index("Document 2 of 2")
    kinds = {b.text.split(":")[0]: b.kind for b in article.boilerplate if b.span.start < second}
    assert kinds["Copyright"] == "copyright"
    assert kinds["Publication date"] == "timestamp"
    assert kinds["Document 1 of 2"] == kinds["ProQuest document link"] == "export"
    # the second document, its story too, is export boilerplate: the article is the first
    later = [b for b in article.boilerplate if b.span.start >= second]
    assert "Author: Lind, Peter" in {b.text for b in later}
    assert "Full text: The town council approved its budget." in {b.text for b in later}
    assert {b.kind for b in later} == {"export"}
    assert all(p.span.end <= second for p in article.paragraphs)


def test_proquest_full_text_heading_alone() -> None:
    text = PROQUEST.replace("Full text: LAKESIDE", "Full Text:\n\nLAKESIDE", 1)
    article = parse_article(text)
    assert "Full Text:" in {b.text for b in article.boilerplate}
    assert article.paragraphs[0].text.startswith("The ferry across Lake Wren")


def test_proquest_without_abstract() -> None:
    text = PROQUEST.replace(
        "The ferry will run twice a day, the operator said.", "None available.", 1
    )
    article = parse_article(text)
    assert article.standfirst is None
    assert "Abstract: None available." in {b.text for b in article.boilerplate}


def test_proquest_needs_a_labelled_header() -> None:
    text = "Notes\n\nFull text: a line that only looks like a field.\n\nMore text here."
    article = parse_article(text)
    assert "export" not in {b.kind for b in article.boilerplate}


ABRIDGED = (
    "Clinic hours cut as budget tightens.\n\n"
    "ABSTRACT.\n\n"
    'The clinic will close on Sundays, its director said, calling it "a hard choice."\n\n'
    "FULL TEXT.\n\n"
    "The town clinic will close on Sundays from next month, its director said on Monday.\n\n"
    '"It was a hard choice," said Ana Ruiz, the director.\n'
)


def test_abridged_proquest_abstract_is_the_standfirst() -> None:
    article = parse_article(ABRIDGED)
    assert article.headline is not None
    assert article.headline.text == "Clinic hours cut as budget tightens."
    assert article.standfirst is not None
    assert article.standfirst.text.startswith("The clinic will close on Sundays")
    assert [b.text for b in article.boilerplate] == ["ABSTRACT.", "FULL TEXT."]
    assert {b.kind for b in article.boilerplate} == {"export"}
    assert article.paragraphs[0].text.startswith("The town clinic")
    assert len(article.paragraphs) == 2


def test_abridged_proquest_with_a_deck() -> None:
    text = ABRIDGED.replace(".\n\nABSTRACT.", ";\nSundays go as the town saves money.\n\nABSTRACT.")
    article = parse_article(text)
    assert article.standfirst is not None
    assert article.standfirst.text == "Sundays go as the town saves money."
    # the deck is the standfirst: the database's abstract is furniture
    assert [b.kind for b in article.boilerplate] == ["export"] * 3
    assert article.boilerplate[1].text.startswith("The clinic will close")
    assert article.paragraphs[0].text.startswith("The town clinic")


@pytest.mark.parametrize(
    "text",
    [
        # the words in a story, not the export's headings
        "Clinic hours cut\n\nThe ABSTRACT. and FULL TEXT. labels were dropped.\n\nMore text.",
        # the headings in the wrong order
        "Clinic hours cut\n\nFULL TEXT.\n\nThe clinic closes.\n\nABSTRACT.\n\nMore text.",
        # ABSTRACT. far down a story
        "Clinic\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n\nABSTRACT.\n\nSix.\n\nFULL TEXT.\n\nSeven.",
    ],
)
def test_abridged_proquest_needs_both_headings_at_the_top(text: str) -> None:
    article = parse_article(text)
    assert "export" not in {b.kind for b in article.boilerplate}


# --- the Nexis Uni cover page ----------------------------------------------------

COVER = (
    "User Name: Jane Doe\nDate and Time: Tuesday, November 4, 2025 10:12:00 AM EST\n"
    "Job Number: 258123456\n\n"
    "Documents (2)\n1. Talks end without a deal\n2. Storm closes ports\n\n"
    "Client/Matter: -None-\nSearch Terms: talks AND Geneva\nSearch Type: Terms and Connectors\n"
    "Narrowed by:\nContent Type Narrowed by\n"
    "News Sources: The Riverton Courier; Timeline: Nov 01, 2025 to Nov 04, 2025\n\n"
)
SECOND = (
    "Storm closes ports\n\nThe Riverton Courier\nNovember 4, 2025 Tuesday\n\n"
    "Length: 40 words\n\nBody\n\nA storm closed the ports.\n\n"
    "Load-Date: November 5, 2025\n\nEnd of Document\n"
)


def test_nexis_cover_page() -> None:
    article = parse_article(COVER + NEXIS)
    assert article.headline is not None
    assert article.headline.text == "Talks end without a deal"
    assert article.byline is not None
    assert article.byline.names == ("Jane Doe",)
    cover = [b for b in article.boilerplate if b.span.end <= len(COVER)]
    assert len(cover) == 12
    assert {b.kind for b in cover} == {"export"}
    assert article.paragraphs[0].text.startswith("The talks ended")


def test_cover_page_needs_its_first_line() -> None:
    text = "Search Terms: a story about searching\n\nThe search went on.\n\nMore."
    assert read_export(text, split_blocks(text)) is None


# --- split_documents ----------------------------------------------------------


def _documents(text: str) -> list[str]:
    return [text[span.start : span.end] for span in split_documents(text)]


def test_split_nexis_with_cover() -> None:
    text = COVER + NEXIS + "\n" + SECOND
    documents = _documents(text)
    assert [doc.splitlines()[0] for doc in documents] == [
        "Talks end without a deal",
        "Storm closes ports",
    ]
    assert all(doc.endswith("End of Document") for doc in documents)
    second = parse_article(documents[1])
    assert second.headline is not None
    assert second.headline.text == "Storm closes ports"


def test_split_proquest_leaves_out_the_report() -> None:
    rule = "_" * 60
    text = (
        f"{rule}\n\nReport Information from ProQuest\nNovember 05 2025 09:12\n{rule}\n\n"
        f"Table of contents\n1. Ferry service\n{rule}\n\n{PROQUEST}\n{rule}\n\n"
        "Bibliography\nCitation style: APA 6th\n"
    )
    documents = _documents(text)
    assert [doc.splitlines()[0] for doc in documents] == ["Document 1 of 2", "Document 2 of 2"]
    assert documents[0].endswith("Database: Canadian Newsstream")
    assert documents[1].endswith("Database: Canadian Newsstream")
    first = parse_article(documents[0])
    assert first.headline is not None
    assert first.headline.text == "Ferry service to resume on the lake"
    assert first.paragraphs[-1].text.startswith('"We are ready')


def test_split_factiva_and_academic() -> None:
    factiva = (
        "Oil rises\n\n312 words\n4 November 2025\nReuters News\nLBA\nEnglish\n"
        "(c) 2025 Reuters Limited\n\nOil rose on Tuesday.\n\n"
        "Document LBA0000020251104el1400abc\n\n"
    )
    assert len(_documents(factiva * 3)) == 3
    academic = "1 of 2 DOCUMENTS\n\nThe Courier\n\nTalks end\n\nBYLINE: Jane Doe\n\nText.\n\n"
    documents = _documents(academic + academic.replace("1 of 2", "2 of 2"))
    assert [doc.splitlines()[0] for doc in documents] == ["1 of 2 DOCUMENTS", "2 of 2 DOCUMENTS"]


def test_split_without_marks_is_the_whole_text() -> None:
    assert split_documents("") == (Span(0, 0),)
    text = "\n\nOne story.\n\n"
    assert split_documents(text) == (Span(0, len(text)),)
    # only marks and blank lines: no document but the whole text
    text = "End of Document\n\nEnd of Document\n"
    assert split_documents(text) == (Span(0, len(text)),)


def test_split_keeps_text_after_the_last_mark() -> None:
    text = "First story.\n\nEnd of Document\n\nA last story, unclosed.\n"
    assert _documents(text) == ["First story.\n\nEnd of Document", "A last story, unclosed."]


def test_split_spans_index_the_text() -> None:
    text = "\r\n".join((COVER + NEXIS + SECOND).split("\n"))
    spans = split_documents(text)
    assert len(spans) == 2
    for span in spans:
        assert text[span.start : span.end].strip() == text[span.start : span.end]


@pytest.mark.parametrize(
    "unit",
    [
        "End of Document\n",
        "Document 1 of 2\n",
        "x\n" + "_" * 30 + "\n",
        "User Name: x\n\n1. a\n\n",
        "Full text: a\n\nAuthor: b\n\n",
        "ABSTRACT.\n\nFULL TEXT.\n\n",
        "Ships waited\u2026 [+12 chars]\n",
        "x -lrb- y -rrb- ",
        "A.\n ||||| B.\n",
    ],
)
def test_split_and_parse_stay_linear(unit: str) -> None:
    def cost(count: int) -> float:
        text = unit * count
        best = float("inf")
        for _ in range(3):
            start = time.process_time()
            split_documents(text)
            parse_article(text)
            best = min(best, time.process_time() - start)
        return best

    small, large = cost(2000), cost(8000)
    assert large < 4 * small * 2.5 + 0.05


def test_split_needs_a_str() -> None:
    with pytest.raises(InputTypeError):
        split_documents(b"End of Document")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Byline: Mark Ellison, Staff Writer", ("Mark Ellison",)),
        ("Byline: Jo Kent, Reuters", ("Jo Kent",)),
        ("Byline: Jo Kent, Chicago", ("Jo Kent",)),
        ("Author: Kent, Jo Ann", ("Jo Ann Kent",)),
        ("Author: Van Buren, Martin", ("Martin Van Buren",)),
        ("Author: Doe, Jane; Smith, John A", ("Jane Doe", "John A Smith")),
    ],
)
def test_export_byline_name_and_role_is_not_surname_first(
    line: str, names: tuple[str, ...]
) -> None:
    value = line.index(":") + 2
    byline = export_byline(line, 0, value, len(line))
    assert byline is not None
    assert byline.names == names


NEXIS_PDF = (
    "Senate passes stopgap bill\n\n"
    "The Riverton Courier\nNovember 4, 2025 Tuesday\n\n"
    "Section: A-SECTION; Pg. A01\nLength: 412 words\nByline: Jane Doe\n\n"
    "Body\n\n"
    "The Senate on Tuesday passed a stopgap bill.\n\n"
    "Page 2 of 5\n\n"
    "Senate passes stopgap bill\n\n"
    "The House votes next week.\n\n"
    "\u00a9 2025 The Riverton Courier. All rights reserved.   Page 3 of 5\n\n"
    "Load-Date: November 5, 2025\n\n"
    "End of Document"
)


def test_pdf_page_furniture_in_an_export() -> None:
    article = parse_article(NEXIS_PDF)
    assert [p.text for p in article.paragraphs] == [
        "The Senate on Tuesday passed a stopgap bill.",
        "The House votes next week.",
    ]
    kinds = {b.text: b.kind for b in article.boilerplate}
    assert kinds["Page 2 of 5"] == "export"
    assert kinds["Senate passes stopgap bill"] == "export"  # the running title
    # a footer with the copyright: the page's furniture, not the story's copyright line
    assert kinds["\u00a9 2025 The Riverton Courier. All rights reserved.   Page 3 of 5"] == "export"
    for paragraph in article.paragraphs:
        assert NEXIS_PDF[paragraph.span.start : paragraph.span.end] == paragraph.text
    for junk in article.boilerplate:
        assert NEXIS_PDF[junk.span.start : junk.span.end] == junk.text


@pytest.mark.parametrize(
    ("block", "furniture"),
    [
        ("Page 5 of 17", True),
        ("Talks end\nPage 2 of 5", True),
        ("Talks end", True),
        ("\u00a9 2025 ProQuest LLC. All rights reserved.  Page 2 of 5", True),
        ("The talks ended on page 2 of the report.", False),
        ("Page 2 of the report was missing.", False),
        ("Talks end in dispute", False),
        ("", False),
    ],
)
def test_page_furniture(block: str, furniture: bool) -> None:
    assert page_furniture(block, 0, len(block), "Talks end") is furniture


def test_a_nexis_file_of_several_documents_is_its_first() -> None:
    text = (
        "Talks end\n\nThe Courier\nNovember 4, 2025 Tuesday\n\nLength: 80 words\n\n"
        "Body\n\nThe talks ended on Monday.\n\nEnd of Document\n\n"
        "Storm hits\n\nThe Courier\nNovember 5, 2025 Wednesday\n\nLength: 90 words\n"
        "Byline: Sam Roe\n\nBody\n\nA storm hit the coast.\n\nEnd of Document\n"
    )
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "Talks end"
    assert article.byline is None  # the second document's Byline: is not the article's
    assert article.date == datetime.date(2025, 11, 4)
    assert [p.text for p in article.paragraphs] == ["The talks ended on Monday."]
    second = split_documents(text)[1].start
    later = [b for b in article.boilerplate if b.span.start >= second]
    assert later[0].text == "Storm hits"
    assert {b.kind for b in later} == {"export"}
    assert later[-1].span.end == len(text.rstrip())


def test_a_rule_in_an_exported_story_does_not_end_it() -> None:
    # a row of underscores ends a document only in a file cut by the export's own
    # marks; in a Nexis story it is the story's rule, and the story goes on under it
    text = (
        "Talks end\n\nThe Courier\nNovember 4, 2025 Tuesday\n\nLength: 80 words\n\n"
        "Body\n\nThe talks ended on Monday.\n\n" + "_" * 20 + "\n\n"
        "Both sides will meet again in May.\n\nEnd of Document"
    )
    article = parse_article(text)
    assert [p.text for p in article.paragraphs] == [
        "The talks ended on Monday.",
        "Both sides will meet again in May.",
    ]


_FACTIVA_HEAD = (
    "Les maires réclament plus de moyens\n\n"
    "Claire Martin\n{count}\n4 novembre 2025\nLa Voix du Nord\nLAVOIX\n{language}\n"
    "Copyright 2025 La Voix du Nord.\n\n"
    "Les maires ont demandé mardi une hausse des dotations.\n\n"
    "Le gouvernement a promis une réponse avant la fin du mois.\n\n"
    "{document} LAVOIX0020251104el1400011\n"
)


@pytest.mark.parametrize(
    ("count", "language", "document"),
    [
        ("534 mots", "Français", "Document"),
        ("423 palabras", "Francés", "Documento"),
        ("1.204 Wörter", "Französisch", "Dokument"),
        ("380 parole", "Francese", "Documento"),
        ("401 palavras", "Francês", "Documento"),
    ],
)
def test_factiva_header_in_other_interfaces(count: str, language: str, document: str) -> None:
    text = _FACTIVA_HEAD.format(count=count, language=language, document=document)
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "Les maires réclament plus de moyens"
    assert article.byline is not None
    assert article.byline.names == ("Claire Martin",)
    assert article.date == datetime.date(2025, 11, 4)
    kinds = {b.text: b.kind for b in article.boilerplate}
    assert kinds[count] == "export"
    assert kinds[language] == "export"
    assert [p.text[:10] for p in article.paragraphs] == ["Les maires", "Le gouvern"]


def test_factiva_section_over_the_word_count_is_no_byline() -> None:
    # a section's words (Business Day) are no writer's name
    text = _FACTIVA_HEAD.format(count="534 mots", language="Français", document="Document")
    text = text.replace("Claire Martin", "Business Day")
    article = parse_article(text)
    assert article.byline is None
    assert any(b.text == "Business Day" and b.kind == "export" for b in article.boilerplate)


def test_word_count_in_a_story_is_no_export() -> None:
    # a count of words in a story's short line, with no Factiva header around it
    text = "Le discours du président\n\n534 mots\n\nIl a parlé pendant une heure devant les maires."
    blocks = split_blocks(text)
    assert read_export(text, blocks) is None


_EUROPRESSE = (
    "Le Figaro, no. 25123\n"
    "Le Figaro Économie, mardi 4 novembre 2025 712 mots, p. 23\n\n"
    "La SNCF commande de nouveaux trains\n\n"
    "Marie Dupont\n\n"
    "La SNCF a annoncé mardi une commande de trains.\n\n"
    "Les premières rames arriveront en 2029.\n\n"
    "{closing}"
)


def test_europresse_document() -> None:
    text = _EUROPRESSE.format(
        closing="Certificat émis le 5 novembre 2025 à UNIVERSITE à des fins de visualisation "
        "personnelle et temporaire.\n\nnews·20251104·LF·987654\n"
    )
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "La SNCF commande de nouveaux trains"
    assert article.byline is not None
    assert article.byline.names == ("Marie Dupont",)
    assert article.date == datetime.date(2025, 11, 4)
    assert [b.kind for b in article.boilerplate] == ["export"] * 4
    assert article.paragraphs[-1].text.startswith("Les premières")


def test_europresse_header_needs_a_closing_line() -> None:
    # the header alone (no certificate, no document id) is no Europresse export
    text = _EUROPRESSE.format(closing="Les syndicats saluent la décision.\n")
    blocks = split_blocks(text)
    assert read_export(text, blocks) is None


def test_genios_document() -> None:
    text = (
        "Handelsblatt vom 04.11.2025, S. 12 / Unternehmen\n\n"
        "Siemens verkauft eine Sparte\n\n"
        "Von Anna Schmidt\n\n"
        "Siemens trennt sich von einem Geschäftsbereich.\n\n"
        "Der Kaufpreis liegt bei drei Milliarden Euro.\n\n"
        "Quelle: Handelsblatt vom 04.11.2025, S. 12\n\n"
        "Dokumentnummer: HB 12345678\n"
    )
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "Siemens verkauft eine Sparte"
    assert article.byline is not None
    assert article.byline.names == ("Anna Schmidt",)
    assert article.date == datetime.date(2025, 11, 4)
    assert [b.kind for b in article.boilerplate] == ["export"] * 3
    assert len(article.paragraphs) == 2


@pytest.mark.parametrize("brk", ["\r\n", "\r", " \r\n"])
def test_round21a_factiva_header_however_its_lines_end(brk: str) -> None:
    text = _FACTIVA_HEAD.format(count="534 mots", language="Français", document="Document")
    article = parse_article(text.replace("\n", brk))
    assert article.headline is not None
    assert article.headline.text == "Les maires réclament plus de moyens"
    assert article.byline is not None
    assert article.byline.names == ("Claire Martin",)
    kinds = {b.text: b.kind for b in article.boilerplate}
    assert kinds["534 mots"] == "export"
    assert kinds["Document LAVOIX0020251104el1400011"] == "export"
    assert [p.text[:10] for p in article.paragraphs] == ["Les maires", "Le gouvern"]


def test_round21a_a_word_count_in_a_story_with_crlf_is_no_export() -> None:
    text = "Le discours du président\r\n\r\n534 mots\r\n\r\nIl a parlé pendant une heure devant les maires."
    assert read_export(text, split_blocks(text)) is None


def test_reuters21578_sgml_fields_read_as_the_wire_text() -> None:
    text = (
        '<REUTERS TOPICS="NO" NEWID="17">\n<DATE>12-MAR-1987 09:15:02.33</DATE>\n'
        "<TOPICS></TOPICS>\n<UNKNOWN> \n&#5;&#5;&#5;F\nf BC-FERRY   03-12 0061</UNKNOWN>\n"
        "<TEXT>&#2;\n<TITLE>FERRY LINE &lt;FRY> ORDERS TWO VESSELS</TITLE>\n"
        "<DATELINE>    OSLO, March 12 - </DATELINE><BODY>A ferry line said it ordered two\n"
        "vessels from a Norwegian yard for 60 mln crowns.\n"
        "    Delivery is due in 1989.\n Reuter\n&#3;</BODY></TEXT>\n</REUTERS>\n"
    )
    article = parse_article(text, quotes=False)
    assert article.headline is not None
    assert article.headline.text == "FERRY LINE &lt;FRY> ORDERS TWO VESSELS"
    assert article.dateline is not None
    # (no reference date given: the year is the <DATE> element's)
    assert (article.dateline.location, article.dateline.date) == (
        "OSLO",
        datetime.date(1987, 3, 12),
    )
    assert [p.text for p in article.paragraphs] == [
        "A ferry line said it ordered two\nvessels from a Norwegian yard for 60 mln crowns.",
        "Delivery is due in 1989.",
    ]
    assert [(b.kind, b.text) for b in article.boilerplate] == [("signoff", "Reuter")]
    # a reference date given wins over the <DATE> element
    later = parse_article(text, reference_date=datetime.date(1988, 1, 5), quotes=False)
    assert later.dateline is not None
    assert later.dateline.date == datetime.date(1987, 3, 12)


def test_reuters21578_brief_is_its_title() -> None:
    text = (
        '<REUTERS NEWID="30">\n<DATE>26-FEB-1987 15:21:16.13</DATE>\n'
        '<TEXT TYPE="BRIEF">&#2;\n******<TITLE>FUND ASSETS ROSE 720 MLN DLRS IN WEEK\n'
        "</TITLE>\n</TEXT>\n</REUTERS>\n"
    )
    article = parse_article(text, quotes=False)
    assert article.headline is not None
    assert article.headline.text == "FUND ASSETS ROSE 720 MLN DLRS IN WEEK"
    assert article.paragraphs == ()


def test_sgml_view_keeps_offsets_and_leaves_other_markup() -> None:
    text = "<TITLE>RAIN</TITLE>\n<DATELINE>    OSLO - </DATELINE><BODY>Wet &amp; cold.</BODY>"
    view = sgml_view(text)
    assert view is not None
    assert len(view) == len(text)
    assert view.split("\n")[1] == "RAIN        "
    assert "Wet &     cold." in view
    # HTML's lower-case tags, and Gigaword's tags on lines of their own, are no such fields
    assert sgml_view("Rain <b>fell</b>.\n</p>") is None
    assert sgml_view("<HEADLINE>\nRain\n</HEADLINE>\n<TEXT>\n<P>\nWet.\n</P>\n</TEXT>") is None


def test_sgml_date() -> None:
    assert sgml_date("<DATE> 3-APR-1987 10:00:00.00</DATE>") == datetime.date(1987, 4, 3)
    assert sgml_date("<DATE>3-XYZ-1987</DATE>") is None
    assert sgml_date("On 3-APR-1987 the fund said.") is None


def test_wire_control_characters_read_as_space() -> None:
    text = "\x02PORT REOPENS\n\n    LISBON, May 4 - The port reopened.\n Reuter\n\x03"
    article = parse_article(text, quotes=False)
    assert article.headline is not None
    assert article.headline.text == "PORT REOPENS"
    assert [p.text for p in article.paragraphs] == ["The port reopened."]
    assert [(b.kind, b.text) for b in article.boilerplate] == [("signoff", "Reuter")]


def test_agnews_csv_row() -> None:
    text = (
        '"2","Storm Delays Launch (AP)","AP - A storm delayed the launch of a weather satellite."\n'
    )
    article = parse_article(text, quotes=False)
    assert article.headline is not None
    assert article.headline.text == "Storm Delays Launch"
    assert article.dateline is not None
    assert article.dateline.agency == "AP"
    assert [p.text for p in article.paragraphs] == [
        "A storm delayed the launch of a weather satellite."
    ]
    # the label and the text alone: no headline
    alone = parse_article('"4","Reuters - Oil prices fell on Monday."', quotes=False)
    assert alone.headline is None
    assert [p.text for p in alone.paragraphs] == ["Oil prices fell on Monday."]


def test_csv_record_view_negatives() -> None:
    # a quotation that opens a story, fields over several lines, a label that is a word
    assert csv_record_view('"We won," she said, "and we are glad."') is None
    assert csv_record_view('"3","Storm Delays Launch",\n"AP - A storm."') is None
    assert csv_record_view('"World","Storm Delays Launch","AP - A storm."') is None
    story = parse_article('"We won," she said. "We are glad."', quotes=False)
    assert [p.text for p in story.paragraphs] == ['"We won," she said. "We are glad."']


def test_title_glued_to_its_source_prefixed_text() -> None:
    # AG News's title and description joined on one line, as classifiers read them
    text = "Council Backs New Tram Line (Reuters) Reuters - A city council approved a tram line."
    article = parse_article(text, quotes=False)
    assert article.headline is not None
    assert article.headline.text == "Council Backs New Tram Line"
    assert article.dateline is not None
    assert article.dateline.agency == "Reuters"
    assert [p.text for p in article.paragraphs] == ["A city council approved a tram line."]
    assert article.text == text


def test_glued_title_needs_the_same_source() -> None:
    assert glued_title_view("Council Backs Tram (AP) Reuters - A council approved it.") is None
    assert glued_title_view("The mayor (left) left - and the council stayed.") is None
    # a dateline's agency in parentheses is no title's source
    story = parse_article("LONDON (Reuters) - A council approved a tram line.", quotes=False)
    assert story.headline is None
    assert story.dateline is not None
    assert story.dateline.location == "LONDON"


def test_a_reuters_sgml_file_split_into_its_stories() -> None:
    """A ``.sgm`` file holds many stories under a document type declaration:
    :func:`split_documents` cuts it after each ``</REUTERS>``; each reads alone,
    the declaration as blank."""
    story = (
        '<REUTERS TOPICS="YES" NEWID="{n}">\n'
        "<DATE>26-FEB-1987 15:01:01.79</DATE>\n"
        "<TOPICS><D>ship</D></TOPICS>\n"
        "<TEXT>&#2;\n"
        "<TITLE>HARBOUR FEES RISE</TITLE>\n"
        "<DATELINE>    OSLO, Feb 26 - </DATELINE><BODY>The port authority raised its fees\n"
        "by five pct on Thursday, officials said.\n"
        '    "We had no choice," said Jo Lind, the harbour master.\n'
        " Reuter\n"
        "&#3;</BODY></TEXT>\n"
        "</REUTERS>\n"
    )
    sgm = '<!DOCTYPE lewis SYSTEM "lewis.dtd">\n' + story.format(n=1) + story.format(n=2)
    spans = split_documents(sgm)
    stories = [sgm[span.start : span.end] for span in spans]
    assert len(stories) == 2
    assert [text.endswith("</REUTERS>") for text in stories] == [True, True]
    assert stories[1].startswith('<REUTERS TOPICS="YES" NEWID="2">')
    for text in stories:
        article = parse_article(text)
        assert article.headline is not None
        assert article.headline.text == "HARBOUR FEES RISE"
        assert article.dateline is not None
        assert article.dateline.date == datetime.date(1987, 2, 26)
        assert [q.speaker.name for q in article.quotes if q.speaker] == ["Jo Lind"]
    # (the declaration alone, without the story's fields, is no SGML story)
    assert parse_article('<!DOCTYPE lewis SYSTEM "lewis.dtd">\n\nRain fell.').paragraphs
    # (a </REUTERS> inside a line ends no document)
    assert len(split_documents("Rain fell. </REUTERS> More rain.\n\nAnd more.")) == 1


def test_round25_split_a_multi_news_record() -> None:
    text = (
        "Ferry fire halts crossings NEWLINE_CHAR NEWLINE_CHAR A ferry caught fire. "
        "||||| Crews put out a fire on a ferry on Monday. ||||| "
    )
    assert _documents(text) == [
        "Ferry fire halts crossings NEWLINE_CHAR NEWLINE_CHAR A ferry caught fire.",
        "Crews put out a fire on a ferry on Monday.",
    ]
    # pipes that are no mark (fewer, or glued to words) leave the text whole
    for text in ("A || B ||| C", "Shell|||||Oil said", "A ||||||| B"):
        assert split_documents(text) == (Span(0, len(text)),)


_FACTIVA_SECTIONED = (
    "{section}\n{headline}\nBy Ana Ruiz\n{words}\n3 April 2025\nThe Valley Times\nVLYTMS\nEnglish\n"
    "(c) 2025 Valley Times\n\n"
    "The valley's biggest employer will add 150 jobs at its packing plant, it said on Thursday.\n\n"
    "Document VLYTMS0020250403el430000a\n"
)


def test_factiva_section_over_headline_is_kicker() -> None:
    text = _FACTIVA_SECTIONED.format(
        section="Business\n", headline="Packing plant to add 150 jobs", words="286 words"
    )
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "Packing plant to add 150 jobs"
    assert article.kicker is not None
    assert article.kicker.text == "Business"
    assert article.byline is not None
    assert article.byline.names == ("Ana Ruiz",)
    assert [p.text[:14] for p in article.paragraphs] == ["The valley's b"]


def test_factiva_without_section_keeps_headline() -> None:
    # no section line: the first line is the headline, as before
    text = _FACTIVA_SECTIONED.format(
        section="", headline="Packing plant to add 150 jobs", words="286 words"
    )
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "Packing plant to add 150 jobs"
    assert article.kicker is None
    assert article.byline is not None
    assert article.byline.names == ("Ana Ruiz",)


def test_factiva_headline_that_is_a_section_word() -> None:
    # a one-word headline that names a section, the byline under it: still the headline
    text = _FACTIVA_SECTIONED.format(section="", headline="Markets", words="286 words")
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "Markets"
    assert article.kicker is None
