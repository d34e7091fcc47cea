"""Paragraph splitting: every wire and web layout, with offsets into the input."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsstruct import parse_article
from newsstruct._blocks import _lf_lines, _split_lines, iter_lines, split_blocks


def texts(text: str) -> list[str]:
    return [block.text(text) for block in split_blocks(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # blank lines, any line ending
        ("One.\n\nTwo.", ["One.", "Two."]),
        ("One.\r\n\r\nTwo.\r\n", ["One.", "Two."]),
        ("One.\r\rTwo.\r", ["One.", "Two."]),
        ("One.\u2029Two.", ["One.", "Two."]),
        # single newlines: one paragraph a line
        ("Title\nFirst para.\nSecond para.", ["Title", "First para.", "Second para."]),
        # white space around blocks is trimmed, blank lines with spaces count as blank
        ("  One.  \n \t \n  Two.  ", ["One.", "Two."]),
        # nothing but white space
        ("", []),
        (" \n\n\t\r\n", []),
    ],
)
def test_simple_layouts(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


WIRE = (
    "BAHIA COCOA REVIEW\n"
    "    SALVADOR, Feb 26 - Showers continued throughout the week in\n"
    "the Bahia cocoa zone, alleviating the drought since early\n"
    "January.\n"
    "    The dry period means the temporao will be late this year.\n"
    "    Arrivals for the week ended February 22 were 155,221 bags\n"
    "of 60 kilos.\n"
    " Reuter\n"
)


def test_reuters_wire_layout() -> None:
    assert texts(WIRE) == [
        "BAHIA COCOA REVIEW",
        "SALVADOR, Feb 26 - Showers continued throughout the week in\n"
        "the Bahia cocoa zone, alleviating the drought since early\nJanuary.",
        "The dry period means the temporao will be late this year.",
        "Arrivals for the week ended February 22 were 155,221 bags\nof 60 kilos.",
        "Reuter",
    ]


def test_wire_layout_with_crlf() -> None:
    crlf = WIRE.replace("\n", "\r\n")
    assert texts(crlf) == [t.replace("\n", "\r\n") for t in texts(WIRE)]


def test_wire_header_lines_stay_apart() -> None:
    text = "HEADLINE\nBy Jane Doe, Reuters\n    PARIS - One two\nthree.\n Reuter\n"
    assert texts(text) == ["HEADLINE", "By Jane Doe, Reuters", "PARIS - One two\nthree.", "Reuter"]


def test_indented_table_lines_and_sign_off_stay_apart() -> None:
    # every line indented, none continued: a table; the sign-off is its own block
    rows = "".join(
        f"    Revs {i}.5 mln vs {i}.1 mln dlrs in the year before it\n" for i in range(6)
    )
    text = "RESULTS\n" + rows + " Reuter\n"
    assert texts(text)[-1] == "Reuter"
    assert len(texts(text)) == 8


def test_hard_wrapped_paragraphs_without_indent() -> None:
    line = "word " * 12
    text = f"{line}\n{line}\n{line}\nends here.\n{line}\n{line}\n{line}\nends too."
    blocks = texts(text)
    assert len(blocks) == 2
    assert blocks[0].endswith("ends here.")


def test_offsets_index_the_input() -> None:
    text = "\r\n  Title \r\n\r\n    Body one\r\ncontinues.\r\n"
    for block in split_blocks(text):
        assert text[block.start : block.end] == block.text(text)
        assert block.text(text) == block.text(text).strip()


def test_lines_cover_every_line() -> None:
    assert len(list(iter_lines("a\nb\r\nc\rd"))) == 4


def test_many_empty_paragraphs() -> None:
    assert split_blocks("\n\n" * 50_000) == ()
    assert len(split_blocks("Hi.\n\n" * 20_000)) == 20_000


@given(st.text(alphabet=" \t\n\r\u2029ab.R", max_size=200))
def test_blocks_are_trimmed_ordered_slices(text: str) -> None:
    previous = 0
    for block in split_blocks(text):
        assert previous <= block.start < block.end <= len(text)
        piece = text[block.start : block.end]
        assert piece.strip() == piece or not piece.strip(" \t\n\r\u2029")
        previous = block.end


@given(st.text(alphabet=" \t\n\u00a0\u3000\x1fab.", max_size=60))
def test_lf_lines_read_as_splitlines(text: str) -> None:
    # the fast path for texts with no line break but \n gives the same lines
    assert _lf_lines(text) == _split_lines(text)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(["a", "Ab c.", '"Start', "  x", "\tIndented", "y z", "", " ", "A1"]),
        max_size=12,
    ),
    st.sampled_from(["\n", "\r\n", "\r", "\n\n", "\n \n", "\r\n\r\n"]),
)
def test_lines_kept_apart_are_blocks_of_their_own(lines: list[str], newline: str) -> None:
    """Short lines with a blank line after each: the blocks are those the
    hard-wrap reading finds (no wrap width is measured for them)."""
    import newsstruct._blocks as blocks

    text = newline.join(lines)
    fast = blocks.split_blocks(text)
    separated = blocks._separated
    blocks._separated = lambda lines: False
    try:
        assert blocks.split_blocks(text) == fast
    finally:
        blocks._separated = separated


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["a", "Ab c.", '"Start', "  x", "\tIndented", "y z ", "", " ", "A1", "x" * 70]
        ),
        max_size=14,
    ),
    st.sampled_from(["\n", "\n\n", "\n \n", "\r\n"]),
)
def test_lf_content_reads_as_every_line(lines: list[str], newline: str) -> None:
    """split_blocks reads a \\n-only text by its lines with content alone
    (_lf_content) unless a line is indented or the text is hard-wrapped: the
    blocks are those read from every line."""
    import newsstruct._blocks as blocks

    text = newline.join(lines)
    fast = blocks.split_blocks(text)
    lf_content = blocks._lf_content
    blocks._lf_content = lambda text: None
    try:
        assert blocks.split_blocks(text) == fast
    finally:
        blocks._lf_content = lf_content
    found = lf_content(text)
    if found is not None and "\r" not in text:
        every = blocks._lf_lines(text)
        content, flags = found
        assert content == [line for line in every if line[0] != line[1]]
        assert bytes(flags) == blocks._line_flags(every)


def test_trim_blocks() -> None:
    from newsstruct._blocks import Block, trim_blocks

    text = "  # Title \n\n    \n\nBody."
    blocks = [Block(0, 10), Block(12, 16, True), Block(18, 23)]
    kept, inside, blank = trim_blocks(text, blocks)
    assert kept == [blocks[0], blocks[2]]
    assert inside == [Block(2, 9), Block(18, 23)]
    assert blank == [(12, 16)]


@pytest.mark.parametrize("mark", ["\ufeff", "\u200b", "\u200e", " \ufeff"])
def test_an_invisible_mark_at_the_start_hides_no_part(mark: str) -> None:
    from newsstruct import parse_article

    article = parse_article(f"{mark}BERLIN (dpa) - Die Polizei sucht Zeugen.\n\nDer Fahrer floh.")
    assert article.dateline is not None
    assert article.dateline.location == "BERLIN"
    headline = parse_article(f"{mark}Storm shuts ports\n\nLISBON - Ports closed.").headline
    assert headline is not None
    assert headline.text == "Storm shuts ports"


@pytest.mark.parametrize("lead", ["\ufeff ", "\ufeff    ", "\u200b\t"])
def test_an_invisible_mark_before_white_space_is_trimmed_with_it(lead: str) -> None:
    text = f"{lead}AMSTERDAM (Reuters) - Shops opened.\n\nMore later."
    assert next(b.text(text) for b in split_blocks(text)) == "AMSTERDAM (Reuters) - Shops opened."
    from newsstruct import parse_article

    dateline = parse_article(text).dateline
    assert dateline is not None
    assert dateline.location == "AMSTERDAM"


def test_layout_view_keeps_offsets() -> None:
    from newsstruct._blocks import layout_view

    assert layout_view("Plain text.\r\nMore.\n") is None
    text = "\ufeffOSLO\u00a0-\u202fTalks.\rMore.\r\nEnd\u2028line\u200b."
    view = layout_view(text)
    assert view == " OSLO - Talks.\nMore.\r\nEnd\nline ."
    assert len(view) == len(text)


@pytest.mark.parametrize("brk", ["\r", "\u2028", "\x0c"])
def test_parts_slice_the_text_as_written_through_the_layout_view(brk: str) -> None:
    from newsstruct import parse_article

    text = f"Talks end{brk}{brk}OSLO\u00a0- Talks ended.{brk}Ports shut.{brk}{brk}Reuter"
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "Talks end"
    assert article.dateline is not None
    assert article.dateline.location == "OSLO"
    assert article.dateline.text == "OSLO\u00a0-"
    assert [p.text for p in article.paragraphs] == ["Talks ended.", "Ports shut."]
    spans = [(p.span, p.text) for p in article.paragraphs]
    spans += [(b.span, b.text) for b in article.boilerplate]
    for span, written in [(article.dateline.span, article.dateline.text), *spans]:
        assert text[span.start : span.end] == written


def test_a_short_line_before_a_word_too_long_for_it_is_a_wrap() -> None:
    para = (
        "The council published the full report on its website on Monday and\n"
        "asked residents to send comments at\n"
        "https://www.example.org/consultations/bridge-report-2025/form so that\n"
        "the committee can read them before it meets again in the spring, a\n"
        "spokesman said.\n"
    )
    text = para + "\n" + para.replace("council", "mayor")
    blocks = [b.text(text) for b in split_blocks(text)]
    assert len(blocks) == 2
    assert blocks[0] == para.strip()


_COLUMNS = (
    "THE DAILY PLANET, TUESDAY, MARCH 4, 2025     A3\n\n"
    "County opens new\nrecycling center\n\n"
    "The county opened a\nnew recycling center on\nMonday, the first of\nthree, officials said.\n\n"
    "The center will take\nglass, metal and elec-\ntronics, and will be\nopen six days a week.\n\n"
    "Residents had asked\nfor years for a site\nnearer the town, the\ndirector said.\n"
)


def test_round14_columns_under_a_running_head_are_unwrapped() -> None:
    blocks = [b.text(_COLUMNS) for b in split_blocks(_COLUMNS)]
    assert (
        "The county opened a\nnew recycling center on\nMonday, the first of\nthree, officials said."
        in (blocks)
    )
    assert (
        blocks[-1]
        == "Residents had asked\nfor years for a site\nnearer the town, the\ndirector said."
    )


def test_round14_fields_under_two_wide_lines_stay_apart() -> None:
    text = (
        "Senate passes a stopgap bill on Tuesday\n\nThe Daily Planet\nNovember 4, 2025\n\n"
        "Copyright 2025 The Daily Planet Company\n\nSection: A; Pg. A1\nLength: 412 words\n"
        "Byline: Jane Doe\nDateline: WASHINGTON\n\nBody\n\nThe Senate on Tuesday passed a bill.\n\n"
        "Language: ENGLISH\n\nLoad-Date: November 5, 2025"
    )
    blocks = [b.text(text) for b in split_blocks(text)]
    assert "Section: A; Pg. A1" in blocks
    assert "Byline: Jane Doe" in blocks


def test_round15_words_hyphenated_over_a_column_break() -> None:
    from newsstruct import parse_article

    text = (
        "Water rates to rise\n\nBy Jane Doe\n\n"
        "The city's water rates will rise 8 percent under a plan ap-\n"
        "proved Tuesday by the utility board.\n\n"
        "The board also elected a new chair.\n"
        "Self-\n"
        "Storage firms oppose the plan."
    )
    paragraphs = [p.text for p in parse_article(text).paragraphs]
    assert paragraphs[0] == (
        "The city's water rates will rise 8 percent under a plan ap-\nproved Tuesday by the utility board."
    )
    # a capital under the hyphen: no word goes on
    assert "Self-" in paragraphs


def test_round17b_a_line_in_capitals_does_not_run_on_into_the_story() -> None:
    # a scanned page's head in capitals over hard-wrapped lines in mixed case
    text = (
        "THREE BUILDINGS DESTROYED AND LOSS IS HEAVY\n"
        "Fire broke out in the cotton mill on River street yester-\n"
        "day afternoon and before it could be checked had spread\n"
        "to two warehouses adjoining. The firemen worked until\n"
        "late in the evening.\n"
    )
    blocks = [block.text(text) for block in split_blocks(text)]
    assert blocks[0] == "THREE BUILDINGS DESTROYED AND LOSS IS HEAVY"
    assert blocks[1].startswith("Fire broke out")
    assert blocks[1].endswith("evening.")
    # a line that only opens in capitals (a lead-in) runs on as before
    text = text.replace("Fire broke out", "FIRE BROKE OUT").replace(
        "THREE BUILDINGS DESTROYED AND LOSS IS HEAVY\n", ""
    )
    assert len(split_blocks(text)) == 1


def test_round19a_lines_of_tags_alone_read_as_blank() -> None:
    from newsstruct._blocks import tag_lines_view

    text = "<TEXT>\n<P>\nRain fell\nall day.\n</P>\n<P>\nMore.\n</P>\n</TEXT>\n"
    view = tag_lines_view(text)
    assert view is not None
    assert len(view) == len(text)
    assert view.split() == ["Rain", "fell", "all", "day.", "More."]
    assert tag_lines_view('<?xml version="1.0" ?>\n[SN]TITLE[SN]\nRain') == (
        " " * 22 + "\n" + " " * 13 + "\nRain"
    )
    # tags inside a line of words stay (the Markdown view reads them), and a
    # tag of no HTML or corpus element is no markup
    assert tag_lines_view("Rain <b>fell</b>.\n</P> More.") is None
    assert tag_lines_view("<MORE>\nRain fell.") is None


@pytest.mark.parametrize(
    ("end", "brk"), [("\r\n", "\r\n"), ("  \n", "\n"), ("\u200b\n", "\n"), ("\r", "\r")]
)
def test_round21a_a_hyphenated_word_goes_on_however_the_line_ends(end: str, brk: str) -> None:
    text = (
        f"Rates rise under a plan ap-{end}proved Tuesday.{brk}{brk}"
        f"The board met.{brk}Self-{end}Storage firms object."
    )
    blocks = texts(text)
    assert blocks[0].startswith("Rates rise")
    assert blocks[0].endswith("Tuesday.")
    assert len(blocks) == 4
    # a capital under the hyphen, or a blank line: no word goes on
    assert blocks[2] == "Self-"
    assert texts("A plan ap-\r\n\r\nproved today.") == ["A plan ap-", "proved today."]


def test_round21a_a_byte_order_mark_indents_no_line() -> None:
    wire = "HEADLINE\n    PARIS - One two\nthree four.\n    Next para\ngoes on.\n"
    assert texts(wire) == ["HEADLINE", "PARIS - One two\nthree four.", "Next para\ngoes on."]
    assert texts("\ufeff" + wire) == texts(wire)
    # the offsets are the text's as written
    assert split_blocks("\ufeff" + wire)[0].start == 1


@pytest.mark.parametrize("space", ["\u00a0", "\t"])
def test_round21a_any_space_ends_the_word_a_short_line_would_not_hold(space: str) -> None:
    # a scanned column: a paragraph's last short line, then the next paragraph
    text = (
        "Fire broke out in the cotton mill on River street yester-\n"
        "day afternoon and before it could be checked had spread\n"
        "to two warehouses adjoining. The firemen worked until\n"
        "late in the evening.\n"
        "The loss is estimated at fifty thousand dollars, partly\n"
        "covered by insurance. No lives were lost.\n"
    )
    spaced = text.replace(" ", space)
    assert len(texts(text)) == len(texts(spaced)) == 2


def test_round21a_short_paragraphs_hard_wrapped_between_blank_lines() -> None:
    # a page of short paragraphs wrapped at 70 columns: more short lines of its
    # own (headline, byline, stamp, one-line paragraphs) than lines the wrap filled
    text = (
        "Council tax to rise by five per cent in most areas\n\n"
        "By Jane Doe\n\n"
        "Published: 04/11/2025\n\n"
        "Council tax bills will rise by five per cent in two thirds of areas in\n"
        "England next year, figures show.\n\n"
        "The rise will add about 100 pounds to the average bill.\n\n"
        "Councils said they had no choice because of rising costs in adult\n"
        "social care.\n\n"
        "Our Standards: The Editorial Charter\n"
    )
    blocks = texts(text)
    assert len(blocks) == 7
    assert blocks[3].startswith("Council tax bills")
    assert blocks[3].endswith("figures show.")
    assert blocks[5].endswith("social care.")


def test_round21a_lines_between_blank_lines_that_end_sentences_stay_apart() -> None:
    # lines set one under the other that each end a sentence, or short ones
    # (a headline over its byline): no wrap
    text = (
        "Council tax to rise by five per cent in most areas of the country\n"
        "By Jane Doe, Political Correspondent, in London and Manchester\n\n"
        "Council tax bills will rise by five per cent, figures show today.\n"
        "The rise will add about 100 pounds to the average band D bill.\n\n"
        "Councils said they had no choice.\n"
    )
    assert len(texts(text)) == 5


def test_round21a_a_stack_of_long_head_lines_is_no_wrap() -> None:
    # a kicker, a headline and a standfirst, each long, one under the other,
    # over short lines: each line under another opens in a capital (no
    # wrapped line goes on in lower case)
    text = (
        "Eurozone economy news and analysis from our team in Frankfurt\n"
        "ECB holds rates as wage growth cools across the eurozone economies\n"
        "Policymakers signal a cut in September as inflation falls back\n\n"
        "By Jane Doe\n\n"
        "Published: 04/11/2025\n\n"
        "The bank held rates.\n\n"
        "It meets again in June.\n"
    )
    assert len(texts(text)) == 7


def test_round21a_wrapped_paragraphs_among_filled_one_line_paragraphs() -> None:
    # half the filled lines end sentences (one-line paragraphs as wide as the wrap)
    text = (
        "Politics\n\n"
        "The Quiet Return of the Budget Hawk\n\n"
        "Why worries about the public debt are back in fashion, for now.\n\n"
        "By Jane Doe\n\n"
        "For most of the past ten years, few politicians wanted to talk about the\n"
        "deficit.\n\n"
        "That has changed. In the past month, leaders in both parties have\n"
        "promised to cut spending, and a group of senators has proposed a\n"
        "commission.\n\n"
        "Whether any of this survives next year's campaign is another matter.\n\n"
        "The Courier is published by the Courier Group, a family company.\n"
    )
    blocks = texts(text)
    assert len(blocks) == 8
    assert blocks[4].endswith("about the\ndeficit.")
    assert blocks[5].endswith("proposed a\ncommission.")


#: A column of copy wrapped at 68 and set off by blank lines (no line indented).
_WRAPPED_COLUMN = (
    "Harbour board votes to sell the old ferry terminal\n\n"
    "The harbour board voted on Tuesday to sell the old ferry terminal on\n"
    "the east quay, ending a dispute that has divided the town for most of\n"
    "a decade.\n\n"
    "The building has stood empty since the last crossing in 2016. Its\n"
    "roof leaks, and the board said repairs would cost more than the site\n"
    "is worth.\n\n"
    '"We have talked about this for long enough," the board\'s chair said\n'
    'after the vote. "Now somebody else can make something of it."\n\n'
    "A local trust had asked for another year to raise money for a museum.\n"
)


def test_round22b_a_line_indented_by_the_wrap_leaves_the_paragraphs_wrapped() -> None:
    # a wrapper that cut at the first of two spaces leaves the next line one
    # space in: no wire layout (its paragraphs open flush left after blank lines)
    text = _WRAPPED_COLUMN.replace("Its\nroof", "Its\n roof")
    blocks = texts(text)
    assert len(blocks) == 5
    assert blocks[1].endswith("most of\na decade.")
    assert blocks[3].startswith('"We have talked')
    assert blocks[3].endswith('of it."')
    # (the line set a column in goes on: the sentence does)
    assert blocks[2] == (
        "The building has stood empty since the last crossing in 2016. Its\n"
        " roof leaks, and the board said repairs would cost more than the site\n"
        "is worth."
    )


def test_round22b_a_paragraph_a_line_hard_wrapped_with_one_indented_line() -> None:
    # no blank lines: a paragraph ends where the wrapper left its line short, so
    # the paragraphs under the one indented line are no part of it
    text = _WRAPPED_COLUMN.replace("\n\n", "\n").replace("\nThe building", "\n  The building")
    blocks = texts(text)
    assert blocks[1] == (
        "The building has stood empty since the last crossing in 2016. Its\n"
        "roof leaks, and the board said repairs would cost more than the site\n"
        "is worth."
    )
    assert blocks[2].startswith('"We have talked')


def test_round22b_indented_paragraphs_stay_a_wire_layout() -> None:
    # negative: every paragraph indented, flush-left lines continue them (blank
    # lines between the paragraphs or not)
    wire = _WRAPPED_COLUMN.replace("\n\n", "\n    ")
    for text in (wire, wire.replace("\n    ", "\n\n    ")):
        blocks = texts(text)
        assert len(blocks) == 5
        assert blocks[1].endswith("most of\na decade.")
        assert blocks[2].endswith("the site\nis worth.")


@pytest.mark.parametrize("width", [85, 130])
def test_round22b_a_link_longer_than_the_wrap_on_a_line_of_its_own(width: int) -> None:
    # an e-mail newsletter wrapped at 68: the wrapper set a link too long for
    # the wrap on a line of its own (wider than the wrap, or than any wrap)
    link = "https://news.example.org/" + "a" * (width - 25)
    text = _WRAPPED_COLUMN.replace(
        "is worth.", f"is worth, according to\n{link}\nwhich the board published."
    )
    blocks = texts(text)
    assert len(blocks) == 5
    assert blocks[1].endswith("most of\na decade.")
    assert blocks[2].endswith("according to\n" + link + "\nwhich the board published.")


def test_round22b_a_long_line_of_words_is_no_wrap() -> None:
    # negative: a line of words wider than any wrap still tells a text that is
    # not hard-wrapped (each line a block of its own)
    long_line = "The board said it would publish the figures next week. " * 3
    text = _WRAPPED_COLUMN.replace("A local trust", long_line.strip() + "\nA local trust")
    assert "roof leaks, and the board said repairs would cost more than the site" in texts(text)


#: A page of one-line paragraphs set off by blank lines; the lead is filled in
#: by each test (one paragraph hard-wrapped over two lines, or a stack of lines).
_ONE_LINE_PAGE = (
    "Ferry fares to rise in the spring\n\n"
    "By Jane Doe\n\n"
    "{lead}\n\n"
    "The new fares take effect on April 1.\n\n"
    "Season tickets will cost the same as last year.\n"
)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the sentence goes on in lower case
        (
            "The island's ferry company will raise its fares by six per cent next",
            "spring, it said.",
        ),
        # ... or after a word that leaves it open (a preposition, an article)
        ("The island's ferry company will raise its fares by six per cent in", "April, it said."),
        (
            "The island's ferry company said on Tuesday it would raise fares for the",
            "Harbour Line.",
        ),
        # ... or a figure goes on
        ("The island's ferry company will raise its fares from April by about", "6 per cent."),
        # a wire's credits, with a bracket open
        (
            "(Reporting by Jane Doe in Oslo; additional reporting by John Roe; Editing by",
            "Mark Poe)",
        ),
    ],
)
def test_round22b_one_paragraph_wrapped_over_two_lines(first: str, second: str) -> None:
    blocks = texts(_ONE_LINE_PAGE.format(lead=f"{first}\n{second}"))
    assert len(blocks) == 5
    assert blocks[2] == f"{first}\n{second}"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a long headline over its byline, a standfirst, a place
        ("Island ferry company to raise fares for commuters and season holders", "By John Roe"),
        ("Island ferry company to raise fares for commuters and season holders", "Fares rise."),
        ("Island ferry company to raise fares for commuters and season holders", "OSLO"),
        # a line that ends its sentence: a paragraph of its own
        ("The island's ferry company will raise its fares by six per cent soon.", "It said so."),
        # a bracket closed on the line
        ("The company (a unit of the Harbour Group) said fares would rise sharply", "Six."),
    ],
)
def test_round22b_lines_stacked_between_blank_lines_stay_apart(first: str, second: str) -> None:
    # negative: the upper line is filled, but nothing says its sentence goes on
    blocks = texts(_ONE_LINE_PAGE.format(lead=f"{first}\n{second}"))
    assert len(blocks) == 6
    assert blocks[2:4] == [first, second]


def test_round22b_wrapped_paragraphs_among_more_short_lines() -> None:
    # a story hard-wrapped at 68 with no blank lines, over a list of short
    # lines pasted with it (more of them than lines the wrapper filled)
    story = _WRAPPED_COLUMN.replace("\n\n", "\n") * 2
    rows = "".join(f"Pier {n}: open\n" for n in range(30))
    blocks = texts(story + rows)
    assert (
        "The building has stood empty since the last crossing in 2016. Its\n"
        "roof leaks, and the board said repairs would cost more than the site\n"
        "is worth."
    ) in blocks
    # (the story's last line, filled, runs on: a paragraph a line leaves it open)
    assert blocks[-29:] == [f"Pier {n}: open" for n in range(1, 30)]


def test_round22b_a_few_long_lines_among_short_ones_stay_apart() -> None:
    # negative: too few filled lines among the short ones tell no wrap
    lines = _WRAPPED_COLUMN.replace("\n\n", "\n").splitlines()[:4]
    rows = "".join(f"Pier {n}: open\n" for n in range(30))
    text = "\n".join(lines) + "\n" + rows
    assert texts(text)[: len(lines)] == lines


#: Reuters-21578 as Hugging Face gives it: the title, a blank line, then the
#: body with its dateline cut away (its first paragraph flush left, the line
#: where the dateline stood left short, over paragraphs indented four spaces).
_HF_WIRE = (
    "PORT AUTHORITY RAISES DOCK FEES\n\n"
    "The Harbour Authority of Westport said\n"
    "it will raise fees for container berths by four pct from May 1,\n"
    "citing higher dredging and maintenance costs at the port.\n"
    "    The authority said the increase was its first in three years.\n"
    "    Shipping lines using the port handled about 410,000 containers\n"
    "last year, it said.\n"
    " Reuter\n"
)


def test_round23_a_flush_left_first_paragraph_over_indented_ones() -> None:
    assert texts(_HF_WIRE) == [
        "PORT AUTHORITY RAISES DOCK FEES",
        "The Harbour Authority of Westport said\n"
        "it will raise fees for container berths by four pct from May 1,\n"
        "citing higher dredging and maintenance costs at the port.",
        "The authority said the increase was its first in three years.",
        "Shipping lines using the port handled about 410,000 containers\nlast year, it said.",
        "Reuter",
    ]
    # the line left short goes on in capitals when the line under it was filled
    capital = _HF_WIRE.replace("said\nit will", "said it\nwill").replace(
        "Westport said it\n", "Westport\nsaid it "
    )
    assert texts(capital)[1].startswith("The Harbour Authority of Westport\nsaid it will")


def test_round23_wire_header_lines_over_the_first_indented_line_stay_apart() -> None:
    # negative: a title and a byline stack (after a blank line or not) are no
    # paragraph, nor is a title in capitals over its first line
    for text in (
        "PORT FEES RISE\n\nBy Jane Doe\nReuters\n    WESTPORT - Fees rose.\nIt said.\n",
        "PORT FEES RISE\nBy Jane Doe, Reuters\n    WESTPORT - Fees rose.\nIt said.\n",
        "PORT FEES RISE\nthe authority said\n    WESTPORT - Fees rose.\nIt said.\n",
    ):
        assert texts(text)[:2] == text.replace("\n\n", "\n").split("\n")[:2]
    # nor is a byline over a filled line of the story
    text = (
        "PORT FEES RISE\n\nBy Jane Doe\n"
        "The Harbour Authority of Westport said it will raise its fees by\n"
        "four pct.\n    It said.\n"
    )
    assert texts(text)[1] == "By Jane Doe"


def test_round23_lines_wider_than_any_wrap_above_the_first_indented_line() -> None:
    # negative: a page copied a paragraph a line is not hard-wrapped, whatever
    # its lines end with
    line = "Live updates from the debate in Houston and what the candidates said about it " * 2
    text = f"Debate night\n\n{line}\nRepublicans argued about the economy.\n    Indented.\nmore.\n"
    assert texts(text)[1:3] == [line.strip(), "Republicans argued about the economy."]


def test_round23_a_results_table_alone_keeps_its_sign_off_apart() -> None:
    # Reuters-21578's body without its title: no line flush left, so the
    # sign-off indented one space is the least indented line; it is no margin
    # the table's last row goes on at
    rows = (
        "    WESTPORT, March 4 -\n"
        "    Shr 14 cts vs nine cts\n"
        "    Net 1,180,000 vs 640,000\n"
        "    Revs 25.6 mln vs 20.1 mln\n"
        "    Six mths\n"
        "    Shr 26 cts vs 12 cts\n"
        "    Net 2,103,000 vs 853,000\n"
        "    Revs 44.8 mln vs 33.0 mln\n"
    )
    assert texts(rows + " Reuter\n")[-2:] == ["Revs 44.8 mln vs 33.0 mln", "Reuter"]
    assert texts("RESULTS\n" + rows + " Reuter\n")[-2:] == ["Revs 44.8 mln vs 33.0 mln", "Reuter"]


def test_round23_wrapped_lines_at_an_indented_margin_still_go_on() -> None:
    # negative: a hard-wrapped column set two spaces in, each paragraph's first
    # line four: its wrapped lines go on at the margin two lines share
    text = (
        "    The harbour board voted on Tuesday to sell the old ferry terminal on\n"
        "  the east quay, ending a dispute that has divided the town for most of\n"
        "  a decade.\n"
        "    The building has stood empty since the last crossing in 2016. Its\n"
        "  roof leaks, and the board said repairs would cost more than the site\n"
        "  is worth.\n"
    )
    blocks = texts(text)
    assert len(blocks) == 2
    assert blocks[0].endswith("most of\n  a decade.")


def test_round23_a_line_a_column_in_opens_a_block_when_its_sentence_ended() -> None:
    # negative: a line set a column in under a line that ends its sentence, or
    # whose sentence does not go on in it, opens a block of its own
    text = _WRAPPED_COLUMN.replace("in 2016. Its\nroof", "in the year 2016.\n Roof")
    blocks = texts(text)
    assert blocks[2] == "The building has stood empty since the last crossing in the year 2016."
    assert blocks[3].startswith("Roof leaks, and the board")
    text = _WRAPPED_COLUMN.replace("the site\nis worth.", "the site\n Reuter")
    assert "Reuter" in texts(text)


@pytest.mark.parametrize("mark", ["*", "-", "1.", "2)"])
def test_round24_an_indented_list_leaves_a_hard_wrapped_page_wrapped(mark: str) -> None:
    # html2text indents a list's items two spaces and a link reference's
    # definition three, in a page of flush-left hard-wrapped paragraphs: no
    # wire layout, so the wrapped lines still go on
    items = "".join(
        f"  {mark} {item}\n" for item in ("new signals", "wider kerbs", "a review", "more lamps")
    )
    text = _WRAPPED_COLUMN.replace("The building has", items + "\nThe building has")
    text += "\n   [1]: https://example.org/docs/plan.pdf\n"
    blocks = texts(text)
    assert blocks[1].endswith("most of\na decade.")
    assert blocks[2:4] == [f"{mark} new signals", f"{mark} wider kerbs"]
    assert blocks[6].endswith("the site\nis worth.")
    assert blocks[-1] == "[1]: https://example.org/docs/plan.pdf"


def test_round24_indented_paragraphs_that_open_with_words_stay_a_wire_layout() -> None:
    # negative: indented first lines that open with words (or a figure with no
    # list item's mark after it) still make a wire layout
    wire = _WRAPPED_COLUMN.replace("\n\n", "\n    ").replace("A local trust", "12 local trusts")
    blocks = texts(wire)
    assert len(blocks) == 5
    assert blocks[1].endswith("most of\na decade.")
    assert blocks[-1].startswith("12 local trusts")


def test_round29_a_drop_cap_alone_joins_the_paragraph_it_opens() -> None:
    text = (
        "The last ferryman\n\n"
        "A\n\n"
        "ngus Baird checks the sky before he checks anything else.\n\n"
        "He has made that decision more than 14,000 times."
    )
    assert [block.text(text) for block in split_blocks(text)] == [
        "The last ferryman",
        "A\n\nngus Baird checks the sky before he checks anything else.",
        "He has made that decision more than 14,000 times.",
    ]


@pytest.mark.parametrize(
    "lone",
    [
        "A\n\n42 votes were cast in the first round.",  # a figure under it
        "B\n\nBallots were counted by noon.",  # a capital under it
        "a\n\nballots were counted by noon.",  # no capital alone
    ],
)
def test_round29_a_letter_alone_over_other_text_stays_a_block(lone: str) -> None:
    text = "Answers\n\n" + lone
    assert len(split_blocks(text)) == 3


#: A hard-wrapped page (a PDF's text) with its running head and a pointer set
#: far right: neither measures the wrap.
_PDF_PAGE = (
    "                    THE VALLEY GAZETTE  |  Friday, 6 March 2026                 12\n"
    "\n"
    "Library hours cut as county\n"
    "looks for savings\n"
    "\n"
    "By Tomas Reyes\n"
    "\n"
    "The county will shut four of its branch libraries on Mondays\n"
    "from April, saving about £180,000 a year, under a budget\n"
    "agreed on Thursday.\n"
    "\n"
    "Two mobile libraries will also stop running on Saturdays. The\n"
    "county said no staff would lose their jobs, because the hours\n"
    "would be covered by leaving posts empty.\n"
    "\n"
    "Readers' groups said the cuts would fall hardest on older\n"
    "people and on families without a car. A petition against the\n"
    "plan has been signed by more than 3,000 people.\n"
    "\n"
    "                                                        Continued on page 14\n"
)


def test_round29_a_pages_running_head_and_pointer_set_out_do_not_measure_its_wrap() -> None:
    blocks = texts(_PDF_PAGE)
    assert blocks[0].startswith("THE VALLEY GAZETTE")
    assert blocks[4].endswith("under a budget\nagreed on Thursday.")
    assert blocks[6].startswith("Readers' groups said")
    assert blocks[6].endswith("3,000 people.")
    assert blocks[-1] == "Continued on page 14"
    assert len(blocks) == 8


def test_round29_a_page_without_lines_set_out_reads_its_paragraphs_the_same() -> None:
    # negative: the same page without its furniture splits its paragraphs alike
    bare = "\n".join(_PDF_PAGE.splitlines()[2:-2])
    assert texts(bare) == texts(_PDF_PAGE)[1:-1]
    # and a text whose every line holds a gap (a table) measures its wrap on
    # them all, as before: its rows, filled alike, stay one block
    table = "Team        Won   Lost\nRovers        9      3\nUnited        8      4\n"
    assert texts(table + "City          2     10\n") == [table + "City          2     10"]


def test_round30_a_headline_over_a_hard_wrapped_dateline_line_is_a_block() -> None:
    text = (
        "BULLETIN\n"
        "Fed leaves key rate unchanged, signals two cuts later this year\n"
        "WASHINGTON (AP) \u2014 The Federal Reserve left its benchmark interest\n"
        "rate unchanged Wednesday for a third straight meeting but signaled\n"
        "that it still expects to cut rates twice before the end of the year.\n"
        "The decision kept the Fed's key rate at about 3.9%. In a statement\n"
        "after its two-day meeting, the central bank said job growth slowed.\n"
    )
    blocks = [b.text(text) for b in split_blocks(text)]
    assert blocks[1] == "Fed leaves key rate unchanged, signals two cuts later this year"
    assert blocks[2].startswith("WASHINGTON (AP)")


def test_round30_a_line_under_a_headline_with_no_dateline_in_capitals_goes_on() -> None:
    # negative: the place in title case is no wire's dateline: the wrap joins the lines
    text = (
        "BULLETIN\n"
        "Fed leaves key rate unchanged, signals two cuts later this year\n"
        "Washington (AP) \u2014 The Federal Reserve left its benchmark interest\n"
        "rate unchanged Wednesday for a third straight meeting but signaled\n"
        "that it still expects to cut rates twice before the end of the year.\n"
        "The decision kept the Fed's key rate at about 3.9%. In a statement\n"
        "after its two-day meeting, the central bank said job growth slowed.\n"
    )
    blocks = [b.text(text) for b in split_blocks(text)]
    assert blocks[1].startswith("Fed leaves key rate unchanged, signals two cuts later this year\n")


def test_round30_an_acronym_in_brackets_after_a_wrapped_line_is_no_dateline() -> None:
    from newsstruct._blocks import _dateline_under

    text = "The bank said on Tuesday that the\nECB (European Central Bank) would act."
    assert not _dateline_under(text, 33, 34, len(text))
    text = "Fed holds rates\nWASHINGTON (AP) &mdash; The Fed held."
    assert _dateline_under(text, 15, 16, len(text))


def test_a_line_in_capitals_with_no_bracket_is_no_dateline_under_a_headline() -> None:
    from newsstruct._blocks import _dateline_under

    # (the agency in brackets within the line's first 80 characters, or no dateline)
    text = "Fed holds rates\nWASHINGTON \u2014 The Fed held."
    assert not _dateline_under(text, 15, 16, len(text))
    text = "Fed holds rates\nWASHINGTON " + "x" * 80 + " (AP) \u2014 The Fed held."
    assert not _dateline_under(text, 15, 16, len(text))
    text = "Fed holds rates\nWASHINGTON (AP) \u2014 The Fed held."
    assert _dateline_under(text, 15, 16, len(text))
    # negative: short lines in capitals under lines in lower case stay in their blocks
    text = "fed\nWA\n\nfed\nWA"
    assert [b.text(text) for b in split_blocks(text)] == ["fed\nWA", "fed\nWA"]


def test_a_bullet_flush_left_under_a_sentence_opens_a_list_item_in_an_indented_text() -> None:
    text = (
        "\tSenators made their case to reporters on Tuesday.\n"
        '\t\u2022 Sen. Dan Pruett (R-Iowa): "Beijing goes after our farmers first."\n'
        '\u2022 Sen. Maria Ochoa (D-Nev.): "Both parties agree on the threat."\n'
        "\tThe vote is expected next week, aides said, after the\n"
        "\u2022 recess.\n"
    )
    assert [b.text(text) for b in split_blocks(text)] == [
        "Senators made their case to reporters on Tuesday.",
        '\u2022 Sen. Dan Pruett (R-Iowa): "Beijing goes after our farmers first."',
        '\u2022 Sen. Maria Ochoa (D-Nev.): "Both parties agree on the threat."',
        # (a bullet cut to a line's start in the middle of a sentence goes on)
        "The vote is expected next week, aides said, after the\n\u2022 recess.",
    ]
    quotes = parse_article(text, headline=False).quotes
    assert [q.speaker and q.speaker.name for q in quotes] == ["Dan Pruett", "Maria Ochoa"]
