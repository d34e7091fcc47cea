"""Articles given as Markdown: the markup is read around the words, spans hold."""

from __future__ import annotations

import pytest

from newsstruct import (
    Span,
    find_boilerplate,
    find_quoted_text,
    find_quotes,
    parse_article,
    parse_byline,
    parse_caption,
    parse_dateline,
)
from newsstruct._markdown import ReadBlocks, markdown_view, read_as_written

from .test_properties import check

STORM = """\
# Storm cuts power to 200,000 homes

**By Jane Porter, Associated Press**

PORTLAND, Maine (AP) — A storm swept across Maine on Tuesday, cutting power \
to 200,000 homes, [utility officials said](https://example.com/x).

![Crews fix a line in Portland.](https://example.com/img.jpg)
*Crews fix a line in Portland. (AP Photo/Robert Roe)*

"This is one of the worst storms we've seen," said Jon Breed, a utility spokesman.

> "We lost power at 3 a.m.," said resident Amy Lowe.

### More news

- [Bike share expands north](https://example.com/a)
- [Mayor unveils budget](https://example.com/b)

_Copyright 2025 The Associated Press. All rights reserved._
"""

COUNCIL = """\
Council approves bike lanes
===========================

By [Maria Chen](https://example.com/authors/mc) and [Tom Hardy](https://example.com/authors/th)

**SEATTLE** — The city council voted 7-2 on Monday to approve 40 miles of lanes.

"This is a historic day," said [Dan Ortiz](https://example.com/do). "We did it."
"""


@pytest.mark.parametrize("text", [STORM, COUNCIL])
def test_every_span_holds_in_the_text_as_written(text: str) -> None:
    assert check(text).text == text


def test_heading_bold_byline_and_block_quote() -> None:
    article = parse_article(STORM)
    assert article.headline is not None
    assert article.headline.text == "Storm cuts power to 200,000 homes"
    assert article.byline is not None
    assert article.byline.text == "By Jane Porter, Associated Press"
    assert article.byline.names == ("Jane Porter",)
    assert article.dateline is not None
    assert (article.dateline.location, article.dateline.agency) == ("PORTLAND, Maine", "AP")
    speakers = [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes]
    assert ("We lost power at 3 a.m.,", "Amy Lowe") in speakers
    assert article.paragraphs[-1].text.startswith('"We lost power')  # the > is left out


def test_image_and_its_caption_are_one_caption() -> None:
    article = parse_article(STORM)
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Crews fix a line in Portland.", "AP Photo/Robert Roe")
    ]
    kinds = {junk.text: junk.kind for junk in article.boilerplate}
    assert kinds["![Crews fix a line in Portland.](https://example.com/img.jpg)"] == "page"


def test_image_alone_gives_its_alt_text_as_caption() -> None:
    text = (
        "Port reopens\n\nLISBON (Reuters) - The port reopened.\n\n![Ships wait at the quay.](a.jpg)"
    )
    article = parse_article(text)
    assert [c.text for c in article.captions] == ["Ships wait at the quay."]


def test_image_with_no_alt_text_is_page_furniture() -> None:
    text = "Port reopens\n\nLISBON (Reuters) - The port reopened.\n\n![](a.jpg)"
    article = parse_article(text)
    assert [(b.text, b.kind) for b in article.boilerplate] == [("![](a.jpg)", "page")]
    assert [p.text for p in article.paragraphs] == ["The port reopened."]


def test_link_lists_and_their_heading_are_related_stories() -> None:
    article = parse_article(STORM)
    related = [junk.text for junk in article.boilerplate if junk.kind == "related"]
    assert related == [
        "More news",
        "- [Bike share expands north](https://example.com/a)",
        "- [Mayor unveils budget](https://example.com/b)",
    ]
    assert not any("Bike share" in p.text for p in article.paragraphs)


def test_emphasised_copyright_line() -> None:
    article = parse_article(STORM)
    kinds = {junk.text: junk.kind for junk in article.boilerplate}
    assert kinds["Copyright 2025 The Associated Press. All rights reserved."] == "copyright"


def test_linked_names_in_byline_are_read_and_the_links_kept_as_written() -> None:
    article = parse_article(COUNCIL)
    assert article.byline is not None
    assert article.byline.names == ("Maria Chen", "Tom Hardy")
    assert article.byline.text == (
        "By [Maria Chen](https://example.com/authors/mc) and "
        "[Tom Hardy](https://example.com/authors/th)"
    )


def test_bold_dateline_and_setext_heading() -> None:
    article = parse_article(COUNCIL)
    assert article.headline is not None
    assert article.headline.text == "Council approves bike lanes"
    assert article.dateline is not None
    assert article.dateline.location == "SEATTLE"
    assert article.dateline.text == "**SEATTLE** —"  # the bold marks it cuts in two, as written
    assert article.paragraphs[0].text.startswith("The city council voted")


def test_linked_speaker_name() -> None:
    article = parse_article(COUNCIL)
    quote = article.quotes[0]
    assert quote.speaker is not None
    assert quote.speaker.name == "Dan Ortiz"
    assert quote.speaker.mention == "Dan Ortiz"  # inside the link, which is left out
    assert [q.speaker.name for q in article.quotes if q.speaker] == ["Dan Ortiz", "Dan Ortiz"]


def test_emphasis_inside_a_quote_stays_as_written() -> None:
    text = 'Port strike ends\n\n**LISBON** - "We *will* be back," said Rui Costa.'
    article = parse_article(text)
    assert [q.text for q in article.quotes] == ["We *will* be back,"]


@pytest.mark.parametrize(
    "text",
    [
        "Ports shut on Monday. #Storm",
        "A 2*3 grid and snake_case_name, 5 * 4 * 3.",
        "Rates rose (see chart) [1].",
        "Talks end\n\n* * *\n\nPorts shut.",
    ],
)
def test_plain_text_is_no_markdown(text: str) -> None:
    assert markdown_view(text) is None


@pytest.mark.parametrize(
    ("text", "view"),
    [
        ("## Title ##", "   Title   "),
        ("# T\n\n> > Quoted", "  T\n\n    Quoted"),
        ("**Bold** and __bold__", "  Bold   and   bold  "),
        ("# T\n\n***x*** and *y*", "  T\n\n   x    and  y "),
        ("# T\n\nsee [a](http://a.example/) now", "  T\n\nsee " + " " * 21 + "a now"),
        ("# T\n\n![alt](a.jpg)", "  T\n\n![alt](a.jpg)"),
        ("# T\n\n*open\nclose*", "  T\n\n*open\nclose*"),  # no emphasis over a line break
    ],
)
def test_markdown_view(text: str, view: str) -> None:
    assert markdown_view(text) == view
    assert len(view) == len(text)


def test_emphasis_pairs_on_a_long_line_stop_at_a_line_break() -> None:
    # (each run's line break looked for from the run before it: the pairs of a
    # long line as before, and a break after a rule still parts a pair)
    text = "# T\n\n" + "a *b* and __c__ " * 3 + "*open ****** on\nclose* and *x*"
    view = "  T\n\n" + "a  b  and   c   " * 3 + "*open ****** on\nclose* and  x "
    assert markdown_view(text) == view
    assert markdown_view("# T\n\n*a **b** c\nd* e **f**") == "  T\n\n*a   b   c\nd* e   f  "


@pytest.mark.parametrize(
    "text",
    [
        "# Title\n\n" * 2000,
        "[a](b) " * 5000,
        "**a " * 5000,
        "[" * 20000,
        "**x** " + "[aaaa](" * 5000,
        "- [Talks end](/a)\n" * 2000,
        "#" * 20000 + " x",
    ],
)
def test_hostile_markdown_gives_an_article(text: str) -> None:
    check(text)


def test_appositive_after_a_linked_name_is_the_speakers_role() -> None:
    text = (
        "Fares frozen\n\n**RIVERTON** — The board froze fares.\n\n"
        '"Riders come first," said [Dan Ortiz](https://example.com/do), the board chair.'
    )
    speaker = parse_article(text).quotes[0].speaker
    assert speaker is not None
    assert (speaker.name, speaker.mention, speaker.role) == (
        "Dan Ortiz",
        "Dan Ortiz",
        "board chair",
    )
    assert text[speaker.span.start : speaker.span.end] == "Dan Ortiz"


REFERENCES = """\
# Regulator fines lender

By [Sam Ode][1]

**WASHINGTON** — Regulators fined a lender $30 million on Friday, the agency said.

"These fees were designed to be missed," said [Lara Finch][2], the agency's director.

[1]: https://example.com/staff/ode
[2]: https://example.com/finch "Lara Finch"
"""


def test_reference_links_and_their_definitions() -> None:
    article = check(REFERENCES)
    assert article.byline is not None
    assert (article.byline.text, article.byline.names) == ("By [Sam Ode][1]", ("Sam Ode",))
    speaker = article.quotes[0].speaker
    assert speaker is not None
    assert (speaker.name, speaker.role) == ("Lara Finch", "agency's director")
    kinds = {junk.text: junk.kind for junk in article.boilerplate}
    # (a reference link's definition is the page's furniture, no other story)
    assert kinds["[1]: https://example.com/staff/ode"] == "page"
    assert not any(p.text.startswith("[") for p in article.paragraphs)


@pytest.mark.parametrize(
    ("text", "view"),
    [
        ("# T\n\nSee <https://a.example/x>.", "  T\n\nSee  https://a.example/x ."),
        ("# T\n\nMail <ed@a.example>", "  T\n\nMail  ed@a.example "),
        ("# T\n\nA \\*star\\* and \\[1\\]", "  T\n\nA  *star * and  [1 ]"),
        ("# T\n\nA line\\\nbroken", "  T\n\nA line\n broken"),
        ("# T\n\nEnd.<br>", "  T\n\nEnd.    "),
        ("# T\n\nat <module>", "  T\n\nat <module>"),  # no HTML element
        ("# T\n\n[![Image 2: A crew.](a.jpg)](b)", "  T\n\n ![         A crew.](a.jpg)    "),
        ("# T\n\n| a | b |\n|---|:--:|\n| 1 | 2 |", "  T\n\n| a | b |\n----------\n| 1 | 2 |"),
    ],
)
def test_markup_of_scraped_markdown(text: str, view: str) -> None:
    assert markdown_view(text) == view


def test_html_tags_and_hard_breaks() -> None:
    text = (
        "# Bridge reopens\n\n"
        '<p class="byline">By Kenji Ward</p>\n\n'
        "**PORT ALDER** — The bridge reopened on Saturday.<br>\n\n"
        "*By Felix Aronow*\\\n*Staff writer*"
    )
    article = check(text)
    assert article.byline is not None
    assert (article.byline.text, article.byline.names) == ("By Kenji Ward", ("Kenji Ward",))
    assert article.paragraphs[0].text == "The bridge reopened on Saturday."
    pandoc = (
        "Court rules\n===========\n\n*By Felix Aronow*\\\n*Published March 9, 2025*\n\n"
        "**ST. CLAIRE** -- The court upheld the ban on Monday."
    )
    article = check(pandoc)
    assert article.byline is not None
    assert article.byline.names == ("Felix Aronow",)


def test_linked_image_of_a_reader_service() -> None:
    text = (
        "Frost hits orchards\n===================\n\nBy Hugo Brandt\n\n"
        "[![Image 1: Frost on apple blossoms.](https://example.com/f.jpg)](https://example.com/g)\n\n"
        "LINDEN — Growers lit fires overnight."
    )
    article = check(text)
    assert [c.text for c in article.captions] == ["Frost on apple blossoms."]
    assert article.dateline is not None
    assert article.dateline.location == "LINDEN"
    assert [p.text for p in article.paragraphs] == ["Growers lit fires overnight."]


def test_bold_heading_over_links_is_related() -> None:
    text = (
        "Mill closes\n\nDUNMORE (Reuters) - The mill will close in May.\n\n"
        "**More coverage**\n\n* [Paper prices fall](https://example.com/p)"
    )
    kinds = {junk.text: junk.kind for junk in check(text).boilerplate}
    assert kinds["More coverage"] == "related"  # (the bold marks wrap it: left out)


@pytest.mark.parametrize(
    "text",
    [
        "[a][b] " * 5000,
        "<br>" * 20000,
        "\\*" * 20000,
        "[![a](b)](c)\n\n" * 3000,
        "<https://a.example>" * 5000,
        "[1]: http://a\n" * 5000,
        "# T\n\n" + "said [a](b), " * 5000,
        "# T\n\n<p " + "x" * 50000,
        "**x** " + "[a][" * 20000,
        "# T\n\n" + "|---" * 20000,
        "# T\n\n" + "| --- |\n" * 5000,
    ],
)
def test_hostile_scraped_markdown_gives_an_article(text: str) -> None:
    check(text)


def test_a_pages_own_links_keep_their_kind() -> None:
    text = (
        "[Skip to content](#main)\n\n# Fire forces evacuation\n\n"
        "CEDAR RIDGE (Reuters) - About 2,000 residents were told to leave on Friday.\n\n"
        "- [Share on Facebook](https://example.com/s)\n- [Email](mailto:?subject=fire)\n\n"
        "- [Fire season grows longer](https://example.com/season)"
    )
    kinds = [(junk.text, junk.kind) for junk in check(text).boilerplate]
    assert kinds == [
        ("Skip to content", "page"),
        ("Share on Facebook", "share"),
        ("Email", "share"),
        ("- [Fire season grows longer](https://example.com/season)", "related"),
    ]


def test_navigation_row_is_page_furniture_and_the_front_matter_reads_past_it() -> None:
    text = (
        "# Heat sets records\n\n"
        "[Home](https://example.com/) | [Weather](https://example.com/weather)\n\n"
        "By Rafael Ito\n\n"
        "MOBILE, Ala. — Temperatures reached 108 degrees on Sunday."
    )
    article = check(text)
    assert article.byline is not None
    assert article.byline.names == ("Rafael Ito",)
    assert article.dateline is not None
    assert article.dateline.location == "MOBILE, Ala."
    kinds = {junk.text: junk.kind for junk in article.boilerplate}
    assert kinds["[Home](https://example.com/) | [Weather](https://example.com/weather)"] == "page"
    assert [p.text for p in article.paragraphs] == ["Temperatures reached 108 degrees on Sunday."]


def test_two_linked_names_side_by_side_are_no_navigation_row() -> None:
    text = (
        "# Heat sets records\n\n"
        "[Rafael Ito](https://example.com/ri) [Ana Vela](https://example.com/av)\n\n"
        "MOBILE, Ala. — Temperatures reached 108 degrees on Sunday."
    )
    article = check(text)
    assert not any(junk.kind == "page" for junk in article.boilerplate)


# --- the per-part functions read Markdown as parse_article does ---


def test_parse_byline_reads_links() -> None:
    text = "By [Jane Doe](https://example.com/jane)"
    byline = parse_byline(text)
    assert byline is not None
    assert byline.names == ("Jane Doe",)
    assert byline.text == text[byline.span.start : byline.span.end] == text
    assert byline == parse_article(text).byline


def test_parse_byline_leaves_wrapping_bold_outside() -> None:
    text = "**By [Jane Doe](/j) and [Tom Roe](/t)**"
    byline = parse_byline(text)
    assert byline is not None
    assert byline.names == ("Jane Doe", "Tom Roe")
    assert byline.text == "By [Jane Doe](/j) and [Tom Roe](/t)"
    assert text[byline.span.start : byline.span.end] == byline.text


def test_find_quotes_reads_block_quotes_and_linked_speakers() -> None:
    text = '> "We will act," said [Jo Lind](/people/jo), the chair.'
    quotes = find_quotes(text)
    assert [
        (q.text, q.speaker and q.speaker.name, q.speaker and q.speaker.role) for q in quotes
    ] == [("We will act,", "Jo Lind", "chair")]
    assert quotes == parse_article(text).quotes
    for quote in quotes:
        assert text[quote.span.start : quote.span.end] == quote.text
        assert quote.speaker is not None
        assert text[quote.speaker.span.start : quote.speaker.span.end] == quote.speaker.mention


def test_find_quotes_options_on_markdown() -> None:
    text = '# Talks\n\n"We will," said **Jo Lind**, the chair.'
    for quotes in (find_quotes(text, language="en"), find_quotes(text, transcripts=True)):
        assert [(q.text, q.speaker and q.speaker.mention) for q in quotes] == [
            ("We will,", "Jo Lind")
        ]


def test_find_quoted_text_reads_markdown() -> None:
    text = '# Talks\n\nIt is the **"deal"** of the year, [said](/s) Jo Lind.'
    start = text.index("deal")
    assert [(q.text, q.span) for q in find_quoted_text(text)] == [("deal", Span(start, start + 4))]


def test_parse_caption_reads_images_and_figcaptions() -> None:
    caption = parse_caption("![Crowds gather in Oslo. (AP Photo/Jo Lind)](a.jpg)")
    assert caption is not None
    assert (caption.text, caption.credit) == ("Crowds gather in Oslo.", "AP Photo/Jo Lind")
    text = "<figcaption>Crowds gather in Oslo. Photo: Jo Lind/Reuters</figcaption>"
    caption = parse_caption(text)
    assert caption is not None
    assert (caption.text, caption.credit) == ("Crowds gather in Oslo.", "Jo Lind/Reuters")
    assert caption.credit_span is not None
    assert text[caption.credit_span.start : caption.credit_span.end] == caption.credit


def test_parse_dateline_reads_bold_places() -> None:
    text = "**OSLO** - Talks ended."
    dateline = parse_dateline(text)
    assert dateline is not None
    assert (dateline.text, dateline.location) == ("**OSLO** -", "OSLO")
    assert dateline == parse_article(text).dateline
    dateline = parse_dateline("> **OSLO (Reuters)** - Talks ended.")
    assert dateline is not None
    assert (dateline.location, dateline.agency) == ("OSLO", "Reuters")


def test_find_boilerplate_reads_markdown_furniture() -> None:
    text = (
        "[Home](/) | [News](/n) | [Sport](/s)\n\n"
        "Ports shut.\n\n"
        "### More news\n\n"
        "- [Talks end](/a)\n"
        "- [Rates rise](/b)\n\n"
        "![](a.jpg)\n\n"
        "_Copyright 2025 The Associated Press. All rights reserved._"
    )
    found = [(junk.text, junk.kind) for junk in find_boilerplate(text)]
    assert found == [
        ("[Home](/) | [News](/n) | [Sport](/s)", "page"),
        ("More news", "related"),
        ("- [Talks end](/a)", "related"),
        ("- [Rates rise](/b)", "related"),
        ("![](a.jpg)", "page"),
        ("Copyright 2025 The Associated Press. All rights reserved.", "copyright"),
    ]
    for junk in find_boilerplate(text):
        assert text[junk.span.start : junk.span.end] == junk.text


@pytest.mark.parametrize(
    "text",
    [
        "By Jane Doe, Reuters",
        "A view of the port. REUTERS/Jane Doe",
        "OSLO (Reuters) - Talks ended.",
        '"We will," he said.\n\nPorts shut.\n Reuter\n',
        "Ports shut. #Storm 2*3 snake_case",
    ],
)
def test_plain_text_is_read_as_it_is(text: str) -> None:
    # no Markdown: the reader is given the text itself, and its parts are kept
    seen: list[tuple[str, object]] = []

    def read(source: str, blocks: ReadBlocks) -> tuple[str, ...]:
        seen.append((source, blocks))
        return ("part",)

    assert read_as_written(text, read) == ("part",)
    assert seen == [(text, None)]


# --- HTML figure captions ---

FIGURE = """\
# Bridge reopens

The Main Street bridge reopened on Saturday.

<figure><img src="bridge.jpg" alt="The bridge">
<figcaption>The bridge at dawn
on Saturday. Photo: Kenji Ward/Reuters</figcaption></figure>

The repairs cost $9.1 million.
"""


def test_figcaption_over_lines_is_one_caption() -> None:
    article = check(FIGURE)
    assert [(c.text, c.credit) for c in article.captions] == [
        ("The bridge at dawn\non Saturday.", "Kenji Ward/Reuters")
    ]
    assert [p.text for p in article.paragraphs] == [
        "The Main Street bridge reopened on Saturday.",
        "The repairs cost $9.1 million.",
    ]
    # (the figure's tags in the caption's block are markup around it, as an image's are)
    assert article.boilerplate == ()


@pytest.mark.parametrize(
    "text",
    [
        # in plain text, no other markup
        "Talks end\n\nPorts shut on Monday.\n\n<figcaption>Crowds in Oslo.</figcaption>\n\nMore.",
        # the figure's tags on lines of their own
        "Talks end\n\nPorts shut on Monday.\n\n<figure>\n<img src='a.jpg'>\n"
        "<figcaption>Crowds in Oslo.</figcaption>\n</figure>\n\nMore.",
    ],
)
def test_figcaption_is_a_caption(text: str) -> None:
    article = check(text)
    assert [(c.text, c.credit) for c in article.captions] == [("Crowds in Oslo.", None)]
    assert "Crowds" not in " ".join(p.text for p in article.paragraphs)


@pytest.mark.parametrize(
    "text",
    [
        "<figcaption>Crowds in Oslo.",  # never closed
        "</figcaption>Crowds in Oslo.<figcaption>",
        "<figcaption><figcaption>Crowds</figcaption></figcaption>",
        "<figcaption>[1/5] Crowds in Oslo.</figcaption>",
        "<FIGCAPTION>Crowds in Oslo.</FIGCAPTION>",
        "<figcaption>" + "Crowds. " * 400 + "</figcaption>",
    ],
)
def test_odd_figcaptions_hold(text: str) -> None:
    check(text)
    parse_caption(text)


# --- a page's JSON-LD metadata left in the text ---


@pytest.mark.parametrize(
    "json_ld",
    [
        '{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferries resume"}',
        '{\n  "@type": "NewsArticle",\n  "@context": "https://schema.org",\n'
        '  "author": {"@type": "Person", "name": "Ana Ruiz"}\n}',
        '<script type="application/ld+json">{"@context": "https://schema.org"}</script>',
    ],
)
def test_json_ld_is_page_furniture(json_ld: str) -> None:
    text = (
        f"Ferries resume\n\n{json_ld}\n\nFerries resumed crossings on Thursday, the operator said."
    )
    article = check(text)
    assert [p.text for p in article.paragraphs] == [
        "Ferries resumed crossings on Thursday, the operator said."
    ]
    assert {junk.kind for junk in article.boilerplate} == {"page"}
    furniture = "".join(junk.text for junk in article.boilerplate)
    assert "".join(furniture.split()) == "".join(json_ld.split())


@pytest.mark.parametrize(
    "text",
    [
        'He typed "@context" into the form, she said.',
        '{"@context": ' * 2000,
        '{"@context":' + "[" * 50_000,
        '{"a": 1, "@context": "x"} ' * 500,
    ],
)
def test_json_ld_lookalikes_hold(text: str) -> None:
    check(text)


# --- HTML left in otherwise plain text ---


def test_html_paragraphs_are_read_around_their_tags() -> None:
    text = (
        "Harbor cleanup finds 40 tons of plastic\n"
        '<p class="byline">By Ada Brennan</p>\n'
        "<p>Volunteers pulled 40 tons of plastic from the harbor, the city said.</p>\n"
        '<p>"We did not expect this much," said organizer <a href="/p/ives">Paul Ives</a>.</p>'
    )
    article = check(text)
    assert article.byline is not None
    assert article.byline.names == ("Ada Brennan",)
    assert article.byline.text == "By Ada Brennan"
    assert [(q.text, q.speaker and q.speaker.name) for q in article.quotes] == [
        ("We did not expect this much,", "Paul Ives")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a ticker in angle brackets is no HTML: the text stays plain
        "Sears, Roebuck and Co <S> said on Monday its sales rose.",
        "Unilever <U> and Agilent <A> reported.",
        "a < b and c > d, he said.",
    ],
)
def test_angle_brackets_alone_are_no_markup(text: str) -> None:
    assert markdown_view(text) is None


# --- a link over a line break (a converter that wraps lines) ---


def test_link_over_a_line_break_is_read() -> None:
    text = (
        "# Harbor cleanup\n\n"
        '"We did not expect this much," said organizer [Paul\n'
        "Ives](https://example.com/people/ives), the group's director.\n\n"
        "The city will hold another cleanup next month."
    )
    article = check(text)
    # the link's lines are one paragraph, its name read without the markup
    assert article.paragraphs[0].text.endswith("the group's director.")
    assert [(q.text, q.speaker and q.speaker.name) for q in article.quotes] == [
        ("We did not expect this much,", "Paul Ives")
    ]
    # (find_quotes counts the heading as a paragraph)
    assert [(q.span, q.speaker) for q in find_quotes(text)] == [
        (q.span, q.speaker) for q in article.quotes
    ]


@pytest.mark.parametrize(
    "text",
    [
        "[a\nb](c)",
        "# T\n\n[a\nb\nc](d)",  # three lines: no link
        "# T\n\n[a\r\nb](c) and [d\ne](f)\n[g\nh](i)",
        "# T\n\n" + "[a\nb](c)" * 300,
    ],
)
def test_links_over_lines_hold(text: str) -> None:
    check(text)
    find_quotes(text)
    find_boilerplate(text)


def test_an_end_mark_of_hashes_is_no_heading() -> None:
    from newsstruct import parse_article

    text = "Talks end\n\nOSLO - The talks ended on Monday.\n\nThe next round is in June.\n\n# # #"
    article = parse_article(text)
    assert [(b.kind, b.text) for b in article.boilerplate] == [("separator", "# # #")]
    assert article.paragraphs[-1].text == "The next round is in June."


def test_html_character_references_are_read_as_their_characters() -> None:
    from newsstruct import find_quotes, parse_article

    text = (
        "Storm shuts ports\n\n"
        "&quot;We will win,&quot; said Jo Lind, the mayor. It&rsquo;s late.\n\n"
        "&ldquo;We go,&rdquo; Tom Kent said.\n\nPorts closed on Monday, officials said."
    )
    article = parse_article(text)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes] == [
        ("We will win,", "Jo Lind"),
        ("We go,", "Tom Kent"),
    ]
    for quote in article.quotes:
        assert text[quote.span.start : quote.span.end] == quote.text
    for paragraph in article.paragraphs:
        assert text[paragraph.span.start : paragraph.span.end] == paragraph.text
    assert article.paragraphs[0].text.startswith("&quot;We will win,")
    assert [q.text for q in find_quotes(text)] == ["We will win,", "We go,"]
    # negative: a reference to nothing is left as it is, and no quote is made of it
    assert find_quotes("&notareference; said Jo Lind.") == ()


def test_mojibake_of_punctuation_is_read_as_its_characters() -> None:
    from newsstruct import find_quotes, parse_article

    # UTF-8 read back as Windows-1252: quote marks, dashes, a no-break space
    text = (
        "Talks end in Oslo\n\nBy Jane Doe\n\n"
        "OSLO\u00c2\u00a0(Reuters) \u00e2\u20ac\u201c Talks ended on Friday, officials said.\n\n"
        "\u00e2\u20ac\u0153We are done,\u00e2\u20ac\u009d said Ola Nordmann, the lead "
        "negotiator. \u00e2\u20ac\u0153It\u00e2\u20ac\u2122s over.\u00e2\u20ac\n\n"
        "\u00c2\u00a9 2025 Reuters. All rights reserved.\n"
    )
    article = parse_article(text)
    assert article.dateline is not None
    assert (article.dateline.location, article.dateline.agency) == ("OSLO", "Reuters")
    assert [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes] == [
        ("We are done,", "Ola Nordmann"),
        ("It\u00e2\u20ac\u2122s over.", "Ola Nordmann"),
    ]
    assert [b.kind for b in article.boilerplate] == ["copyright"]
    for quote in article.quotes:
        assert text[quote.span.start : quote.span.end] == quote.text
    for paragraph in article.paragraphs:
        assert text[paragraph.span.start : paragraph.span.end] == paragraph.text
    for junk in article.boilerplate:
        assert text[junk.span.start : junk.span.end] == junk.text
    dateline = article.dateline
    assert text[dateline.span.start : dateline.span.end] == dateline.text
    # the same bytes read as Latin-1 (C1 control characters)
    latin = "\u00e2\u0080\u009cWe go,\u00e2\u0080\u009d Tom Kent said."
    assert [q.text for q in find_quotes(latin)] == ["We go,"]
    # negative: a letter with a circumflex is no mojibake
    assert (
        parse_article("ROM\u00c2NIA wins\n\nBUCURE\u0218TI - ROM\u00c2NIA won.").headline
        is not None
    )
    assert find_quotes("\u00e2\u20acsaid Jo Lind.") == ()


def test_a_reference_or_soft_hyphen_inside_a_word_keeps_the_word_whole() -> None:
    from newsstruct import find_quotes, parse_article

    # an apostrophe written as a reference or as mojibake, and soft hyphens
    for written in ("O&rsquo;Brien", "O\u00e2\u20ac\u2122Brien", "O\u2019Bri\u00aden"):
        text = f"&ldquo;We go,&rdquo; said Mark {written}, the lead nego\u00adtiator."
        (quote,) = find_quotes(text)
        assert quote.speaker is not None
        assert (quote.speaker.name, quote.speaker.role) == ("Mark O\u2019Brien", "lead negotiator")
        assert quote.speaker.mention == f"Mark {written}"
        assert text[quote.speaker.span.start : quote.speaker.span.end] == quote.speaker.mention
    german = (
        "Merz will Reformen beschleunigen\n\n"
        "Berlin (dpa) - Die Bundes\u00adregierung will die Reformen beschleunigen. Das "
        "k\u00fcndigte der Kanzler am Dienstag in Berlin an.\n\n"
        "\u201eWir machen weiter\u201c, sagte Bundes\u00adkanzler Friedrich Merz.\n"
    )
    article = parse_article(german)
    assert [(q.speaker.name, q.speaker.role) for q in article.quotes if q.speaker] == [
        ("Friedrich Merz", "Bundeskanzler")
    ]
    assert article.paragraphs[0].text.startswith("Die Bundes\u00adregierung")
    # negative: a soft hyphen or a reference between a word and a space is read alone
    (quote,) = find_quotes("&ldquo;Go,&rdquo; said Jo Lind&rsquo; s\u00ad friend.")
    assert quote.speaker is not None
    assert quote.speaker.name != "Jo Lind\u2019s"


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By Mark O&rsquo;Brien, Reuters", ("Mark O\u2019Brien",)),
        ("By Mark O&rsquo;Brien and Jo Lind", ("Mark O\u2019Brien", "Jo Lind")),
        ("By Jos&eacute; Ruiz and Ana L&oacute;pez", ("Jos\u00e9 Ruiz", "Ana L\u00f3pez")),
        ("By Jos\u00c3\u00a9 Ruiz and Ana L\u00c3\u00b3pez", ("Jos\u00e9 Ruiz", "Ana L\u00f3pez")),
        ("By Jo Lind&nbsp;and Ana Ruiz", ("Jo Lind", "Ana Ruiz")),
        ("By Mark O\u00e2\u20ac\u2122Brien, Reuters", ("Mark O\u2019Brien",)),
        # negative: without references, the same names
        ("By Mark O\u2019Brien and Jo Lind", ("Mark O\u2019Brien", "Jo Lind")),
    ],
)
def test_a_reference_in_a_byline_splits_no_name(byline: str, names: tuple[str, ...]) -> None:
    from newsstruct import parse_article

    text = (
        f"Storm hits coast\r\n\r\n{byline}\r\n\r\nLONDON (Reuters) - A storm hit the "
        "coast on Monday, officials said.\r\n\r\n&ldquo;It&rsquo;s bad,&rdquo; said "
        "Tom Kent, the mayor.\r\n"
    )
    article = parse_article(text)
    assert article.byline is not None
    assert article.byline.names == names
    assert article.byline.text == byline
    assert article.standfirst is None
    (quote,) = article.quotes
    assert quote.speaker is not None
    assert (quote.text, quote.speaker.mention) == ("It&rsquo;s bad,", "Tom Kent")
    for part in (article.byline, article.dateline, quote, quote.speaker, *article.paragraphs):
        assert part is not None
        written = part.mention if part is quote.speaker else part.text  # type: ignore[union-attr]
        assert text[part.span.start : part.span.end] == written


def test_references_on_a_line_with_a_moved_link_are_read_too() -> None:
    from newsstruct import find_quotes, parse_article

    # the view moves the link's words to its end, then the line up after each reference
    text = (
        "&ldquo;We go,&rdquo; said [Tom O&rsquo;Kent](https://example.com/tk?a=1&amp;b=2), "
        "the mayor&rsquo;s aide.\n"
    )
    (quote,) = find_quotes(text)
    assert quote.speaker is not None
    assert (quote.text, quote.speaker.name) == ("We go,", "Tom O\u2019Kent")
    assert text[quote.span.start : quote.span.end] == quote.text
    mention = quote.speaker
    assert mention.mention == "Tom O&rsquo;Kent"
    assert text[mention.span.start : mention.span.end] == mention.mention
    byline = parse_article(
        "Talks end\n\nBy [Jane Doe](https://example.com/jd) and Jos&eacute; Ruiz\n\n"
        "OSLO - The talks ended on Monday.\n\nThe next round is in June."
    ).byline
    assert byline is not None
    assert byline.names == ("Jane Doe", "Jos\u00e9 Ruiz")


def test_a_line_read_shorter_maps_every_offset_back() -> None:
    from newsstruct._markdown import read_markdown

    text = "A&amp;B &ldquo;x&rdquo;\r\nJos&eacute; L\u00c3\u00b3pez\n\nno references"
    read = read_markdown(text)
    assert read is not None
    view, (_, _, shifts) = read
    assert len(view) == len(text)
    # each line reads shorter, its blanks past its break (a blank line takes them)
    assert view.splitlines() == [
        "A&B \u201cx\u201d",
        " " * 16 + "Jos\u00e9 L\u00f3pez",
        " " * 8,
        "no references",
    ]
    assert shifts is not None
    # each word's start and end in the view maps to the word's in the text
    for word, written in (("B", "B"), ("x", "x"), ("L\u00f3pez", "L\u00c3\u00b3pez"), ("no", "no")):
        start = view.index(word)
        text_start = shifts.written(start)
        text_end = shifts.written(start + len(word))
        assert text[text_start:text_end] == written
    # a line's end maps to the end of its content (before the \r), and so does
    # a blank left in the line's place
    assert shifts.written(view.index("\r")) == text.index("\r")
    assert shifts.written(view.index("\r") + 2) == text.index("\r")


def test_a_page_decoded_wrongly_keeps_its_stamps_symbols_and_name_lines() -> None:
    from newsstruct import find_quotes, parse_article

    story = (
        "Le tramway interrompu apr\u00e8s un accident\n\nKov\u00e1cs P\u00e9ter\n\n"
        "2025.11.04. 18:12\n\nBordeaux \u25cf Tue, November 4, 2025\n\n"
        "Mis \u00e0 jour le 04/11/2025 \u00e0 19h05.\n\n"
        "La ligne A du tramway a \u00e9t\u00e9 interrompue mardi apr\u00e8s une collision.\n\n"
        "Le trafic devrait reprendre normalement mercredi matin, \u00e0 l'heure.\n"
    )
    # UTF-8 read as Windows-1252, its no-break spaces then read as spaces
    garbled = story.encode().decode("cp1252", errors="replace").replace("\u00a0", " ")
    assert "Mis \u00c3  jour" in garbled
    assert "\u00e2\u2014\ufffd" in garbled
    clean, read = parse_article(story), parse_article(garbled)
    assert clean.byline is not None
    assert read.byline is not None
    assert read.byline.names == clean.byline.names == ("Kov\u00e1cs P\u00e9ter",)
    assert clean.dateline is not None
    assert read.dateline is not None
    assert read.dateline.location == clean.dateline.location == "Bordeaux"
    assert [b.kind for b in read.boilerplate] == [b.kind for b in clean.boilerplate]
    assert len(read.paragraphs) == len(clean.paragraphs) == 2
    spans = [(p.span, p.text) for p in (read.byline, read.dateline, *read.paragraphs)]
    spans += [(junk.span, junk.text) for junk in read.boilerplate]
    for span, written in spans:
        assert garbled[span.start : span.end] == written
    # decoded wrongly, then normalized (NFKC): the spacing diaeresis of è's
    # mojibake (Ã¨) taken apart into a space and a combining diaeresis
    normalized = (
        "\u201cWe will sign,\u201d said S\u00c3\u00a9gol\u00c3 \u0308ne Royal, the minister."
    )
    (quote,) = find_quotes(normalized)
    assert quote.speaker is not None
    assert quote.speaker.name == "S\u00e9gol\u00e8ne Royal"
    # negative: a capital A with a tilde, in a text that shows no sure mojibake,
    # stays as written
    dated = parse_article("Rain in Brazil\n\nS\u00c3O PAULO - Rain fell on Monday.\n\nMore rain.")
    assert dated.dateline is not None
    assert dated.dateline.location == "S\u00c3O PAULO"


@pytest.mark.parametrize(
    ("story", "place"),
    [
        (
            "Rumunsko m\u00e1 nov\u00fa vl\u00e1du\n\nBUKURE\u0160\u0164 (TASR) - "
            "Rumunsko m\u00e1 od utorka nov\u00fa vl\u00e1du.\n\nPremi\u00e9r zlo\u017eil "
            "pr\u00edsahu.\n",
            "BUKURE\u0160\u0164",
        ),
        (
            "\u0412\u043b\u0430\u0434\u0430 \u0443\u0441\u0432\u043e\u0458\u0438"
            "\u043b\u0430 \u0431\u0443\u045f\u0435\u0442\n\n\u0411\u0415\u041e\u0413"
            "\u0420\u0410\u0414 (\u0422\u0430\u043d\u0458\u0443\u0433) - \u0412\u043b"
            "\u0430\u0434\u0430 \u0458\u0435 \u0443\u0441\u0432\u043e\u0458\u0438"
            "\u043b\u0430 \u0431\u0443\u045f\u0435\u0442.\n\n\u0414\u043e\u0431\u0440"
            "\u043e \u0458\u0435.\n",
            "\u0411\u0415\u041e\u0413\u0420\u0410\u0414",
        ),
    ],
)
def test_a_letter_whose_second_byte_was_a_no_break_space(story: str, place: str) -> None:
    from newsstruct import parse_article

    # Š and Р end in the byte A0: read as Windows-1252 (undefined bytes as their
    # control characters), it is a no-break space, which the layout reads as a space
    table = [bytes([byte]).decode("cp1252", errors="ignore") or chr(byte) for byte in range(256)]
    garbled = "".join(table[byte] for byte in story.encode())
    assert "\u00a0" in garbled
    dateline = parse_article(garbled).dateline
    assert dateline is not None
    assert dateline.location == place
    assert garbled[dateline.span.start : dateline.span.end] == dateline.text


def test_a_text_decoded_wrongly_as_a_whole_reads_its_letters() -> None:
    from newsstruct import find_quotes, parse_article

    story = (
        "Le gouvernement pr\u00e9pare une r\u00e9forme\n\nPar Jeanne Martin\n\n"
        "PARIS (AFP) \u2013 Le gouvernement a pr\u00e9sent\u00e9 vendredi une r\u00e9forme "
        "des retraites, a-t-on appris de source officielle.\n\n"
        "\u00ab\u00a0Nous avons termin\u00e9\u00a0\u00bb, a d\u00e9clar\u00e9 Paul Durand, "
        "le ministre.\n\n\u00ab\u00a0C\u2019est fini\u00a0\u00bb, a-t-il ajout\u00e9.\n"
    )
    garbled = story.encode().decode("cp1252", errors="replace")
    assert "d\u00c3\u00a9clar\u00c3\u00a9" in garbled
    clean, read = parse_article(story), parse_article(garbled)
    assert read.language == clean.language == "fr"
    assert [(q.speaker.name, q.kind) for q in read.quotes if q.speaker] == [
        (q.speaker.name, q.kind) for q in clean.quotes if q.speaker
    ]
    assert len(read.quotes) == 2
    for quote in read.quotes:
        assert garbled[quote.span.start : quote.span.end] == quote.text
    assert read.dateline is not None
    assert read.dateline.location == "PARIS"
    # a name written with mojibake comes out whole
    (quote,) = find_quotes(
        "\u00e2\u20ac\u0153We go,\u00e2\u20ac\u009d said Jos\u00c3\u00a9 Garc\u00c3\u00ada."
    )
    assert quote.speaker is not None
    assert quote.speaker.name == "Jos\u00e9 Garc\u00eda"
    # negative: capitals of Portuguese and Swedish are no mojibake
    for place in ("S\u00c3O PAULO", "\u00c5RE", "\u00c4NGELHOLM"):
        article = parse_article(f"Rubrik\n\n{place}, 4 nov (Reuters) - Regeringen meddelade.")
        assert article.dateline is not None
        assert article.dateline.location == place


def test_a_ticker_after_a_name_is_no_html_tag() -> None:
    from newsstruct import parse_article

    text = (
        "# JEFFERIES MAKING MARKET IN USAIR <U>\n\n"
        "NEW YORK, March 3 - Jefferies said it is making a market in USAir <U> stock.\n\n"
        "Ports <B>shut</B> on Monday.<BR>\n"
    )
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "JEFFERIES MAKING MARKET IN USAIR <U>"
    assert article.paragraphs[0].text == "Jefferies said it is making a market in USAir <U> stock."
    plain = parse_article(text[2:]).headline  # the same text with no Markdown heading
    assert plain is not None
    assert plain.text == article.headline.text


def test_a_company_in_angle_brackets_is_no_html_tag() -> None:
    from newsstruct import parse_article

    story = (
        "<MARK RESOURCES INC> YEAR LOSS\n\n"
        "CALGARY, March 3 - <Mark Resources Inc> said it agreed to sell 50 mln dlrs of shares.\n\n"
        "<Video Shopping Mall Inc> said it signed a <b>new</b> carrier.\n"
    )
    for text in (story, "# " + story):
        article = parse_article(text)
        assert article.headline is not None
        assert article.headline.text == "<MARK RESOURCES INC> YEAR LOSS"
        assert [p.text for p in article.paragraphs] == [
            "<Mark Resources Inc> said it agreed to sell 50 mln dlrs of shares.",
            "<Video Shopping Mall Inc> said it signed a <b>new</b> carrier.",
        ]


def test_round23_an_escaped_tag_that_ends_its_line_stays_in_its_part() -> None:
    # AG News titles end in an escaped tag cut short (``&lt;b&gt;...&lt;/b&gt;``):
    # the line's last ``&gt;`` is part of the headline
    title = "Fund managers accused of improper &lt;b&gt;...&lt;/b&gt;"
    for end in ("\n\n", "  \r\n\r\n"):
        article = parse_article(title + end + "TORONTO - The commission warned four managers.")
        assert article.headline is not None
        assert article.headline.text == title
    # negative: escaped tags inside a line still make no tag, and a paragraph
    # that ends in one keeps it too
    body = "The board named &lt;b&gt;three&lt;/b&gt; new members &gt;"
    article = parse_article("Board grows\n\n" + body)
    assert [p.text for p in article.paragraphs] == [body]
    assert article.headline is not None
    assert article.headline.text == "Board grows"


_BARE_TABLE = (
    "Ferry fares to rise from April\n"
    "The operator will raise fares on all three routes, the board said on Monday.\n"
    "| Route | Adult return |\n"
    "| Harlow - Innisbrae | 18.40 |\n"
    "| Innisbrae - Carrick | 9.80 |\n"
    "Islanders keep their resident discount, the operator said.\n"
)


def test_round24_rows_of_cells_with_no_rule_are_a_table() -> None:
    # trafilatura's text writes a table's rows with no rule under the head
    article = check(_BARE_TABLE)
    assert [junk.kind for junk in article.boilerplate] == ["table"]
    assert article.boilerplate[0].text.startswith("| Route |")
    assert article.boilerplate[0].text.endswith("| 9.80 |")
    assert [p.text[:12] for p in article.paragraphs] == ["The operator", "Islanders ke"]


@pytest.mark.parametrize(
    "rows",
    [
        # one row alone
        "| Route | Adult return |\n",
        # rows of as many cells, but not one line after another
        "| Route | Adult return |\nThe board met.\n| Innisbrae | 9.80 |\n",
        # rows of different numbers of cells
        "| Route | Adult return |\n| Harlow | 18.40 | 17.90 |\n",
        # a navigation row: bars between words, no bar at the line's ends
        "Home | News | Sport\nWeather | Travel | Money\n",
    ],
)
def test_round24_bars_that_make_no_table_stay_paragraphs(rows: str) -> None:
    text = _BARE_TABLE.replace(
        "| Route | Adult return |\n| Harlow - Innisbrae | 18.40 |\n| Innisbrae - Carrick | 9.80 |\n",
        rows,
    )
    article = check(text)
    assert "table" not in [junk.kind for junk in article.boilerplate]


def test_round24_a_reference_links_definition_is_page_furniture() -> None:
    # html2text writes a [words][1] link's target under the story: the page's
    # furniture, no other story; a link alone on its line still is one
    text = (
        "# Bus routes delayed\n\n"
        "The district will delay its new routes, the [letter][1] said.\n\n"
        "- [Board approves budget](/news/budget)\n\n"
        "   [1]: https://example.org/district/letter.pdf\n"
    )
    article = check(text)
    kinds = {junk.text: junk.kind for junk in article.boilerplate}
    assert kinds["[1]: https://example.org/district/letter.pdf"] == "page"
    assert kinds["- [Board approves budget](/news/budget)"] == "related"


_METADATA_PAGE = (
    "# Ferry fares to rise\n\n"
    "## Metadata\n"
    "- Author: [[Moira Tulloch]]\n"
    "- Full Title: Ferry fares to rise by a fifth from April\n"
    "- URL: https://example.org/news/ferry\n\n"
    "## Highlights\n"
    "- The operator will raise fares on all three of its routes, the board said.\n"
    "- Islanders keep their resident discount.\n"
)


def test_round24_a_metadata_list_under_the_title_is_byline_and_furniture() -> None:
    # a read-it-later service's export (Readwise) lists the page's fields
    # under its title: the author's is the byline, the others furniture
    article = check(_METADATA_PAGE)
    assert article.byline is not None
    assert (article.byline.text, article.byline.names) == (
        "Author: [[Moira Tulloch]]",
        ("Moira Tulloch",),
    )
    kinds = {junk.text: junk.kind for junk in article.boilerplate}
    assert kinds["Full Title: Ferry fares to rise by a fifth from April"] == "export"
    assert kinds["URL: https://example.org/news/ferry"] == "export"
    assert [p.text[:14] for p in article.paragraphs] == ["- The operator", "- Islanders ke"]


@pytest.mark.parametrize(
    ("before", "after"),
    [
        # one field a header holds, the other no field of one
        ("- URL: https://example.org/news/ferry", "- Reason: fuel costs rose"),
        # the fields not one line after another
        ("April\n- URL", "April\n\n- URL"),
        # no list item's marks: lines of the story
        ("- Full Title: Ferry", "Full Title: Ferry"),
    ],
)
def test_round24_list_items_that_are_no_metadata_list_stay(before: str, after: str) -> None:
    text = _METADATA_PAGE.replace("- Author: [[Moira Tulloch]]\n", "").replace(before, after)
    article = check(text)
    assert "export" not in [junk.kind for junk in article.boilerplate]


def test_round24_a_field_list_deep_in_a_story_stays_its_paragraphs() -> None:
    # negative: a list of fields far under the title is the story's own
    body = "".join(
        f"The board met for the {n}th time on the fares question.\n\n" for n in range(60)
    )
    text = "# Ferry fares\n\n" + body + "- Source: the board\n- Category: fares\n"
    article = check(text)
    assert "export" not in [junk.kind for junk in article.boilerplate]
    assert article.paragraphs[-1].text == "- Category: fares"


@pytest.mark.parametrize("alt", ["Avatar", "Image", "logo", "Profile picture", "User avatar"])
def test_round28_image_whose_alt_text_only_names_it_is_page_furniture(alt: str) -> None:
    text = f"Port reopens\n\nLISBON (Reuters) - The port reopened.\n\n![{alt}](a.png)"
    article = parse_article(text)
    assert article.captions == ()
    assert [(b.text, b.kind) for b in article.boilerplate] == [(f"![{alt}](a.png)", "page")]


def test_round28_image_whose_alt_text_describes_it_stays_a_caption() -> None:
    text = "Port reopens\n\nLISBON (Reuters) - The port reopened.\n\n![Image of ships at the quay.](a.jpg)"
    assert [c.text for c in parse_article(text).captions] == ["Image of ships at the quay."]


#: A post's top as a scraper writes it: the writer's name linked to a page.
LINKED_WRITER = (
    "# Library hours cut as budget bites\n\n"
    "[{label}]({target})\n\n"
    "The county library will close on Mondays from January, trustees said on Tuesday.\n\n"
    "The change will save about $90,000 a year, the library's director said.\n"
)


@pytest.mark.parametrize(
    "target",
    [
        "https://example.com/author/jane-doe",
        "https://example.com/people/jdoe/",
        "https://example.substack.com/@jdoe",
    ],
)
def test_round28_name_linked_to_the_writers_page_is_the_byline(target: str) -> None:
    article = parse_article(LINKED_WRITER.format(label="Jane Doe", target=target))
    assert article.byline is not None
    assert article.byline.names == ("Jane Doe",)
    assert "related" not in [b.kind for b in article.boilerplate]


@pytest.mark.parametrize(
    ("label", "target"),
    [
        ("Mayor quits after vote", "https://example.com/author/jane-doe"),  # no name
        ("Jane Doe", "https://example.com/news/2026/jane-doe-wins-award"),  # no writer's page
    ],
)
def test_round28_other_linked_lines_stay_related(label: str, target: str) -> None:
    article = parse_article(LINKED_WRITER.format(label=label, target=target))
    assert article.byline is None
    assert [b.kind for b in article.boilerplate] == ["related"]


def test_bare_tables_beside_many_ruled_tables_are_read_by_bisection() -> None:
    # (hostile28s: each run of rows is checked against the ruled tables by one
    # bisection; the runs inside a ruled table stay out, the runs between kept)
    from newsstruct._markdown import _bare_tables, _tables

    ruled = "| Who | Said |\n|---|---|\n| Jo | Yes |\n\n"
    bare = "| Port | Ships |\n| Northhaven | 31 |\n\n"
    text = (ruled + bare) * 50
    tables = _tables(text)
    assert len(tables) == 100  # 50 ruled, 50 bare between them
    ruled_spans = [span for span in tables if text.find("---", *span) >= 0]
    assert len(ruled_spans) == 50
    bare_spans = _bare_tables(text, ruled_spans)
    assert [text[start:end] for start, end in bare_spans] == [bare.strip()] * 50
    # a run overlapping a ruled table (its header and rows) is none of them
    assert _bare_tables(ruled + ruled, [(0, len(ruled) - 2)]) == [(len(ruled), 2 * len(ruled) - 2)]
    assert _bare_tables(ruled, [(0, len(ruled) - 2)]) == []
