"""Subheads (crossheads) in the body, and Markdown tables: invented snippets."""

from __future__ import annotations

import pytest

from newsstruct import (
    Article,
    Boilerplate,
    Paragraph,
    Quote,
    Span,
    Subhead,
    _subheads,
    article_schema,
    find_boilerplate,
    find_quotes,
    parse_article,
    render_html,
    to_dict,
    to_ninjs,
)

LEAD = "The council voted on Monday to close the old bridge for good.\n\n"
NEXT = "\n\nWork on a new bridge starts in the spring, officials said."


def check(text: str) -> Article:
    """The article, with every part's span slicing the text as written."""
    article = parse_article(text)
    parts: list[Paragraph | Subhead | Quote | Boilerplate] = [
        *article.paragraphs,
        *article.subheads,
        *article.quotes,
        *article.boilerplate,
    ]
    for part in parts:
        assert text[part.span.start : part.span.end] == part.text
    starts = [p.span.start for p in article.paragraphs]
    for subhead in article.subheads:
        # the index of the first paragraph under it: the paragraphs before it
        assert subhead.paragraph == sum(start < subhead.span.start for start in starts)
    for quote in article.quotes:
        paragraph = article.paragraphs[quote.paragraph]
        assert paragraph.span.start <= quote.span.start < paragraph.span.end
    return article


def texts(article: Article) -> tuple[list[str], list[str]]:
    return [p.text for p in article.paragraphs], [s.text for s in article.subheads]


# --- Markdown headings ---


@pytest.mark.parametrize(
    "heading",
    [
        "## What happens next",
        "###### What happens next",
        "# What happens next",  # not the first: no headline
        "## What happens next ##",
        "   ## What happens next",
        "**What happens next**",
        "__What happens next__",
        "What happens next\n-----------------",
        "What happens next\n=====",
    ],
)
def test_markdown_heading_in_the_body_is_a_subhead(heading: str) -> None:
    text = f"# Bridge to close\n\n{LEAD}{heading}{NEXT}"
    article = check(text)
    paragraphs, subheads = texts(article)
    assert subheads == ["What happens next"]
    assert article.subheads[0].paragraph == 1
    assert paragraphs == [LEAD.strip(), NEXT.strip()]
    assert article.headline is not None
    assert article.headline.text == "Bridge to close"


def test_question_in_bold_is_a_subhead() -> None:
    text = f"# Bridge to close\n\n{LEAD}**What happens next?**{NEXT}"
    assert [s.text for s in check(text).subheads] == ["What happens next?"]


def test_subhead_span_leaves_the_marks_out() -> None:
    text = f"# Bridge to close\n\n{LEAD}## What happens next{NEXT}"
    (subhead,) = parse_article(text).subheads
    start = text.index("What happens")
    assert subhead == Subhead("What happens next", Span(start, start + 17), 1)


def test_subheads_keep_their_order_and_paragraphs() -> None:
    text = (
        f"# Bridge to close\n\n{LEAD}## Background\n\n### The old bridge{NEXT}\n\n"
        "## Costs\n\nThe bill is $5 million.\n\n## Notes"
    )
    article = check(text)
    assert [(s.text, s.paragraph) for s in article.subheads] == [
        ("Background", 1),
        ("The old bridge", 1),
        ("Costs", 2),
        ("Notes", 3),  # nothing under it: the number of paragraphs
    ]
    assert len(article.paragraphs) == 3


def test_heading_before_the_dateline_leaves_the_dateline_read() -> None:
    text = (
        "# Talks end\n\nBy Jane Doe\n\n## The background\n\n"
        "LONDON (Reuters) - Talks ended on Monday with no deal.\n\nMore talks are planned."
    )
    article = check(text)
    assert article.dateline is not None
    assert article.dateline.location == "LONDON"
    assert [(s.text, s.paragraph) for s in article.subheads] == [("The background", 0)]
    assert article.paragraphs[0].text == "Talks ended on Monday with no deal."


@pytest.mark.parametrize(
    "line",
    [
        "**The council voted to close it.**",  # a sentence in bold
        "**Bold** and **bold**",  # not all in bold
        "#hashtag",
        '**"We will rebuild the bridge"**',  # a pull quote
    ],
)
def test_markdown_lines_that_are_no_heading(line: str) -> None:
    text = f"# Bridge to close\n\n{LEAD}{line}{NEXT}"
    article = check(text)
    assert article.subheads == ()
    assert len(article.paragraphs) == 3


def test_heading_over_links_is_still_related() -> None:
    text = (
        f"# Bridge to close\n\n{LEAD.strip()}\n\n## More news\n\n- [Talks end](/a)\n- [Rates](/b)"
    )
    article = check(text)
    assert article.subheads == ()
    assert [b.kind for b in article.boilerplate] == ["related"] * 3


def test_quote_in_a_heading_is_not_searched() -> None:
    text = f'# Bridge to close\n\n{LEAD}## "We will rebuild," says mayor{NEXT}'
    article = check(text)
    assert [s.text for s in article.subheads] == ['"We will rebuild," says mayor']
    assert article.quotes == ()


def test_quotes_index_the_paragraphs_without_the_subheads() -> None:
    text = (
        f"# Bridge to close\n\n{LEAD}## What happens next\n\n"
        '"We will rebuild," said Mayor Jo Lind.\n\n## Costs\n\n"It is costly," Lind said.'
    )
    article = check(text)
    assert [(q.text, q.paragraph) for q in article.quotes] == [
        ("We will rebuild,", 1),
        ("It is costly,", 2),
    ]


# --- plain text crossheads ---


@pytest.mark.parametrize(
    "line",
    [
        "What happens next",
        "The road ahead",
        "A Long, Uneasy History With Race",
        "Voters' choice in the spring",
        "THE WEEKEND IN REVIEW",
        # title case of two or three words that a heading's noun ends: no name
        "Third Quarter Highlights",
        "Market Reaction",
        "Key Takeaways",
    ],
)
def test_plain_crosshead(line: str) -> None:
    text = f"Bridge to close\n\n{LEAD}{line}{NEXT}"
    article = check(text)
    assert texts(article) == ([LEAD.strip(), NEXT.strip()], [line])
    assert article.subheads[0].paragraph == 1


@pytest.mark.parametrize(
    "line",
    [
        "Not so.",  # a short paragraph
        "Why?",  # a lone question
        "What now?",
        '"We will rebuild"',  # a one-line quote
        "\u201cWe will rebuild\u201d",
        "___",
        "Q: What happens next",
        "- Lower taxes",
        "1. Lower taxes",
        "Jane Doe",  # a name alone (a writer's, a speaker's)
        "JANE DOE",
        "Contacts",  # one word
        "By Jane Doe",
        "Photo by Jane Doe",
        "Reporting by Jane Doe in London",
        "Jane Doe - Reuters",
        "Continue reading the main story",  # a page's buttons
        "Share full article",
        "Reporting from Washington",
        "and then the vote came",  # a sentence going on
        "Follow the vote at example.com/vote",
        "Yes, but not today",  # a fragment with a comma
        "A very long line of words that goes on far too long to be any heading",
    ],
)
def test_short_lines_that_are_no_crosshead(line: str) -> None:
    text = f"Bridge to close\n\n{LEAD}{line}{NEXT}"
    article = check(text)
    assert article.subheads == (), line


def test_crosshead_needs_prose_on_both_sides() -> None:
    # a list of short lines after a colon: items, not headings
    text = (
        "Bridge to close\n\nThe mayor listed the tasks ahead of the council:\n\n"
        "Close the old bridge\n\nBuild a new one\n\nFind the money\n\n"
        "The council meets again in June, officials said."
    )
    assert check(text).subheads == ()
    # the last block: nothing under it
    text = f"Bridge to close\n\n{LEAD}{NEXT.strip()}\n\nWhat happens next"
    assert check(text).subheads == ()


_LISTICLE = (
    "Five things to know before the vote\n\n"
    "The council meets on Tuesday to vote on a $2.1 billion budget.\n\n"
    "{one}\n\n"
    "Spending rises 4% over last year, driven mostly by pensions.\n\n"
    "{two}\n\n"
    "A plan to add 12 miles of protected lanes would cost $8 million.\n\n"
    "{three}\n\n"
    "The mayor has proposed a 2% increase, the first in six years.\n"
)


@pytest.mark.parametrize("mark", [".", ")"])
def test_numbered_headings_in_sequence_are_subheads(mark: str) -> None:
    heads = [
        f"1{mark} The budget grows",
        f"2{mark} Bike lanes are on the table",
        f"3{mark} Taxes may rise",
    ]
    article = check(_LISTICLE.format(one=heads[0], two=heads[1], three=heads[2]))
    assert [(s.text, s.paragraph) for s in article.subheads] == [
        (heads[0], 1),
        (heads[1], 2),
        (heads[2], 3),
    ]
    assert len(article.paragraphs) == 4


@pytest.mark.parametrize(
    ("one", "two", "three"),
    [
        # out of sequence: numbers of something else
        ("1. The budget grows", "3. Bike lanes", "7. Taxes may rise"),
        # one numbered line alone
        ("1. The budget grows", "It was a long night for the council members.", "And then more."),
        # not headings after their numbers
        ("1. Jane Doe", "2. John Roe", "3. Ana Ruiz"),
    ],
)
def test_numbered_lines_that_are_no_headings_stay_paragraphs(
    one: str, two: str, three: str
) -> None:
    article = check(_LISTICLE.format(one=one, two=two, three=three))
    assert article.subheads == ()


def test_a_numbered_list_is_no_run_of_headings() -> None:
    # the items stand next to each other, not each over a paragraph
    text = (
        "Five things to know\n\nThe council listed its aims for the year ahead:\n\n"
        "1. Close the old bridge\n\n2. Build a new one\n\n3. Find the money\n\n"
        "The council meets again in June, officials said."
    )
    assert check(text).subheads == ()


def test_indented_wire_line_is_no_crosshead() -> None:
    text = (
        "BRIDGE TO CLOSE\n"
        "    LONDON, March 3 - The council voted on Monday to close\n"
        "the old bridge for good after a long debate.\n"
        "    Terms were not disclosed\n"
        "    Work on a new bridge starts in the spring, the council\n"
        "said in a statement.\n"
    )
    assert check(text).subheads == ()


def test_crosshead_with_a_caption_next_to_it_is_no_crosshead() -> None:
    text = (
        f"Bridge to close\n\n{LEAD}What happens next\n\n"
        "The old bridge in 1950. (AP Photo/Jo Lind)\n\n"
        "Work on a new bridge starts in the spring, officials said."
    )
    assert check(text).subheads == ()


# --- tables ---

TABLE = "| Party | Seats |\n|---|---:|\n| Red | 12 |\n| Blue | 3 |"


@pytest.mark.parametrize("head", ["# Vote count\n\n", "Vote count\n\n"])
def test_table_is_one_block_of_table_boilerplate(head: str) -> None:
    text = f"{head}The count ended on Monday night.\n\n{TABLE}\n\nThe new council meets in June."
    article = check(text)
    assert [(b.text, b.kind) for b in article.boilerplate] == [(TABLE, "table")]
    assert [p.text for p in article.paragraphs] == [
        "The count ended on Monday night.",
        "The new council meets in June.",
    ]


def test_quotes_in_a_table_are_not_searched() -> None:
    text = (
        "# Vote\n\nThe count ended.\n\n| Who | Said |\n|---|---|\n"
        '| Jo | "We won," said Jo Lind. |\n\n"We lost," said Al Roe.'
    )
    article = check(text)
    assert [q.text for q in article.quotes] == ["We lost,"]
    assert [q.text for q in find_quotes(text)] == ["We lost,"]
    assert [b.kind for b in find_boilerplate(text)] == ["table"]


def test_rows_with_pipes_and_no_rule_stay_paragraphs() -> None:
    text = "Vote\n\nThe count ended.\n\n| Red | 12 |\n\n| Blue | 3 |"
    article = check(text)
    assert [p.text for p in article.paragraphs][1:] == ["| Red | 12 |", "| Blue | 3 |"]


@pytest.mark.parametrize(
    "text",
    [
        "# T\n\n" + "| a |\n|---|\n" * 3000,
        "# T\n\n| a |\n" + "|---|\n" * 6000,
        "# T\n\n" + "## h\n\n" * 3000,
        "# T\n\n" + "**h**\n\n" * 3000,
        "# T\n\n" + "h\n---\n" * 3000,
        "T\n\n" + "The vote was held on Monday in the city.\n\nWhat happens next\n\n" * 2000,
        "|\n--",
        "| a |\n|---|",
    ],
)
def test_hostile_headings_and_tables_hold(text: str) -> None:
    check(text)
    find_quotes(text)
    find_boilerplate(text)


# --- export ---


def test_subheads_in_json_schema_and_ninjs() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    text = f"# Bridge to close\n\n{LEAD}## What happens next{NEXT}"
    article = parse_article(text)
    data = to_dict(article)
    start = text.index("What happens")
    assert data["subheads"] == [
        {"text": "What happens next", "span": [start, start + 17], "paragraph": 1}
    ]
    jsonschema.validate(data, article_schema())
    body = to_ninjs(article)["bodies"][0]["value"]
    assert body == f"{LEAD.strip()}\n\nWhat happens next\n\n{NEXT.strip()}"
    assert article.body == f"{LEAD.strip()}\n\n{NEXT.strip()}"


def test_line_in_bold_that_ends_the_text_is_no_subhead() -> None:
    text = f"# Bridge to close\n\n{LEAD}{NEXT.strip()}\n\n**Additional reporting from Oslo**"
    article = check(text)
    assert article.subheads == ()


def test_subheads_in_the_html_page() -> None:
    text = f"# Bridge to close\n\n{LEAD}## What happens next{NEXT}"
    assert 'class="ns-subhead ns-end">What happens next</span>' in render_html(parse_article(text))


def test_headings_past_the_opening_are_subheads_without_reading_an_opening() -> None:
    from newsstruct import parse_article

    text = (
        "# Talks end\n\n## LONDON\n\n## Next steps\n\n## What comes after\n\n"
        "## The vote\n\nPorts shut on Monday."
    )
    article = parse_article(text)
    assert article.headline is not None
    assert article.dateline is not None  # a heading over the story is still its opening
    assert [s.text for s in article.subheads] == ["Next steps", "What comes after", "The vote"]
    assert [p.text for p in article.paragraphs] == ["Ports shut on Monday."]


def test_round12_headings_in_capitals_and_of_one_word() -> None:
    from newsstruct import parse_article

    text = (
        "Key facts about the climate talks\n\n"
        "Nearly 200 countries will gather in Baku for the talks, officials said.\n\n"
        "Here are some key facts about the talks:\n\n"
        "WHAT IS THE MAIN GOAL?\n\n"
        "Countries must agree on a new goal for climate finance this year.\n\n"
        "Weather\n\n"
        "Cloudy with a chance of showers, with a high of 14C.\n\n"
        "How is that possible?\n\n"
        "Nobody at the ministry would say how the plan had changed so late."
    )
    article = parse_article(text)
    # (one word, Weather, stays a paragraph)
    assert [s.text for s in article.subheads] == ["WHAT IS THE MAIN GOAL?"]


def test_round12_questions_over_their_answers() -> None:
    from newsstruct import parse_article

    answer = "Officials said the answer was not yet clear, and more tests were planned."
    text = (
        f"What to know about the outbreak\n\n{answer}\n\n"
        f"How did the virus spread so fast?\n\n{answer}\n\n"
        f"Is milk safe to drink?\n\n{answer}"
    )
    assert [s.text for s in parse_article(text).subheads] == [
        "How did the virus spread so fast?",
        "Is milk safe to drink?",
    ]
    # one question alone is the story's rhetorical question
    text = f"Talks end\n\n{answer}\n\nHow is that possible?\n\n{answer}"
    assert parse_article(text).subheads == ()


@pytest.mark.parametrize("mark", ["\u200b", "\ufeff", "\u2060"])
def test_round13_zero_width_space_before_a_crosshead(mark: str) -> None:
    from newsstruct import parse_article

    # the layout view reads the mark as a space: the line is still flush left as written
    text = (
        "Bridge to close\n\n"
        "The council voted on Monday to close the old bridge after a long debate.\n\n"
        f"{mark}What happens next\n\n"
        "Work on a new bridge starts in the spring, officials said on Monday.\n\nMore."
    )
    assert [s.text for s in parse_article(text).subheads] == ["What happens next"]
    # a line indented with spaces as written stays a paragraph
    indented = text.replace(f"{mark}What", "  What")
    assert parse_article(indented).subheads == ()


# --- round 15: live posts, a lone question among crossheads, figures in a heading ---

_LIVE = (
    "Live updates: Storm batters Gulf Coast\n\n"
    "By Jane Doe, CNN\n\n"
    "Updated 4:15 p.m. ET, Tue November 4, 2025\n\n"
    "Residents told to stay indoors\n\n"
    "3:42 p.m. ET\n\n"
    "From CNN's Jane Doe and John Roe\n\n"
    "Officials in Mobile County urged residents to stay indoors as winds picked up.\n\n"
    "Shelters are open at three high schools, the county said.\n\n"
    "Power outages top 200,000\n\n"
    "12 min ago\n\n"
    "From CNN's Mark Smith\n\n"
    "More than 200,000 customers were without power across the region on Tuesday.\n"
)


def test_round15_live_post_headings_are_subheads() -> None:
    from newsstruct import parse_article

    article = parse_article(_LIVE)
    assert [(s.text, s.paragraph) for s in article.subheads] == [
        ("Residents told to stay indoors", 0),
        ("Power outages top 200,000", 2),
    ]
    # the contributor lines are credits, never paragraphs
    credits = [b.text for b in article.boilerplate if b.kind == "credits"]
    assert credits == ["From CNN's Jane Doe and John Roe", "From CNN's Mark Smith"]
    assert [p.text[:9] for p in article.paragraphs] == ["Officials", "Shelters ", "More than"]


def test_round15_live_post_headings_under_their_times() -> None:
    from newsstruct import parse_article

    text = (
        "Australia news live: Senate passes climate bill\n\n"
        "Jane Doe\n\n"
        "14.05 AEDT\n\n"
        "Senate passes bill\n\n"
        "The Senate has passed the climate bill after a late-night debate.\n\n"
        "13.40 AEDT\n\n"
        "Opposition vows to repeal\n\n"
        "The opposition leader said a future government would repeal the law.\n"
    )
    article = parse_article(text)
    assert article.kicker is not None
    assert article.kicker.text == "Australia news live"
    assert [s.text for s in article.subheads] == ["Senate passes bill", "Opposition vows to repeal"]


def test_round15_one_line_by_a_time_stamp_stays_a_paragraph() -> None:
    from newsstruct import parse_article

    # one short line by a stamp, no contributor line: a caption or a fragment, not a post
    text = (
        "Court rules on voting map\n\n"
        "By Jane Doe\n\n"
        "9:42 p.m. ET\n\n"
        "Crowds gather outside the court\n\n"
        "The state's highest court ruled on Monday that the new voting map was lawful.\n\n"
        "Lawyers for the plaintiffs said they would appeal the ruling.\n"
    )
    article = parse_article(text)
    assert article.subheads == ()
    assert article.paragraphs[0].text == "Crowds gather outside the court"


def test_round15_a_lone_question_among_crossheads_is_a_subhead() -> None:
    from newsstruct import parse_article

    text = (
        "Council approves transit plan\n\n"
        "The city council approved a new transit plan on Tuesday for the east side.\n\n"
        "The plan passed 7-2 after a four-hour meeting in which residents spoke.\n\n"
        "What happens next?\n\n"
        "The transit agency will hold public hearings in January, officials said.\n\n"
        "Funding the routes\n\n"
        "The plan costs about $40 million over five years, most of it from the state.\n"
    )
    article = parse_article(text)
    assert [s.text for s in article.subheads] == ["What happens next?", "Funding the routes"]


@pytest.mark.parametrize(
    "over",
    [
        # a quotation over it: the question is the story's, rhetorical
        '"We have waited ten years for this," council member Tom Lee said after the vote.',
    ],
)
def test_round15_a_lone_question_after_a_quote_stays_a_paragraph(over: str) -> None:
    from newsstruct import parse_article

    text = (
        "Council approves transit plan\n\n"
        "The city council approved a new transit plan on Tuesday for the east side.\n\n"
        f"{over}\n\n"
        "Was it worth the wait?\n\n"
        "Many riders think so, judging by the crowd that applauded the vote on Tuesday.\n\n"
        "Funding the routes\n\n"
        "The plan costs about $40 million over five years, most of it from the state.\n"
    )
    article = parse_article(text)
    assert [s.text for s in article.subheads] == ["Funding the routes"]
    assert "Was it worth the wait?" in [p.text for p in article.paragraphs]


def test_round15_a_lone_question_with_no_crosshead_stays_a_paragraph() -> None:
    from newsstruct import parse_article

    text = (
        "Council approves transit plan\n\n"
        "The city council approved a new transit plan on Tuesday for the east side.\n\n"
        "What happens next?\n\n"
        "The transit agency will hold public hearings in January, officials said.\n"
    )
    assert parse_article(text).subheads == ()


def test_round15_a_figure_with_a_comma_in_a_crosshead() -> None:
    from newsstruct import parse_article

    text = (
        "Storm leaves thousands without power\n\n"
        "A storm swept across the region on Tuesday, bringing down trees and lines.\n\n"
        "More than 200,000 without power\n\n"
        "Utility crews said repairs could take until the weekend in rural areas.\n\n"
        "In May, prices rose\n\n"
        "The utility said the storm would not affect what customers pay this year.\n"
    )
    article = parse_article(text)
    # a thousands separator is no clause's comma; In May, prices rose stays
    assert [s.text for s in article.subheads] == ["More than 200,000 without power"]


def test_round17b_a_newsletter_s_standing_sections() -> None:
    # Semafor: THE NEWS over the first paragraph, a writer's view, THE VIEW FROM ...
    text = (
        "EU delays deforestation rules\n\nBy Jane Doe\n\nTHE NEWS\n\n"
        "European lawmakers voted on Tuesday to delay the rules by one year.\n\n"
        "JANE'S VIEW\n\nThe vote shows how far the mood in Brussels has shifted.\n\n"
        "THE VIEW FROM BRAZIL\n\nExporters had warned they could not prove where goods came from.\n"
    )
    article = parse_article(text)
    assert [s.text for s in article.subheads] == ["THE NEWS", "JANE'S VIEW", "THE VIEW FROM BRAZIL"]
    assert len(article.paragraphs) == 3
    # in mixed case at the top of the body, "The news" is a paragraph
    article = parse_article(text.replace("THE NEWS", "The news"))
    assert article.paragraphs[0].text == "The news"


def test_round17b_a_short_question_among_an_explainer_s_questions() -> None:
    text = (
        "What the water rules mean\n\nBy Jane Doe\n\n"
        "The state approved new rules on how much water companies can charge.\n\n"
        "What changed?\n\nCompanies must cap yearly rises at the rate of inflation.\n\n"
        "Will my bill go down?\n\nProbably not, because the cap limits how fast bills rise.\n\n"
        "When does this start?\n\nThe rules take effect on the first day of January.\n"
    )
    article = parse_article(text)
    assert [s.text for s in article.subheads] == [
        "What changed?",
        "Will my bill go down?",
        "When does this start?",
    ]
    # alone, a short question is the story's own: a paragraph
    alone = (
        "Water rules approved\n\nBy Jane Doe\n\n"
        "The state approved new rules on how much water companies can charge.\n\n"
        "What changed?\n\nCompanies must cap yearly rises at the rate of inflation.\n"
    )
    assert parse_article(alone).subheads == ()


# --- a heading in capitals over a list (round 20) ---

ROWS = "\n\nRiverton: Hosts Northfield on Friday.\n\nEastport: At Southport on Saturday."


@pytest.mark.parametrize("line", ["UP NEXT", "RESULTS", "KEY STATS", "THE LINEUPS"])
def test_round20_heading_in_capitals_over_a_list_is_a_subhead(line: str) -> None:
    text = f"Riverton wins late\n\n{LEAD}{line}{ROWS}"
    article = check(text)
    assert [s.text for s in article.subheads] == [line]
    assert [p.text for p in article.paragraphs][-2:] == [
        "Riverton: Hosts Northfield on Friday.",
        "Eastport: At Southport on Saturday.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Up next",  # not in capitals: the list's first item, maybe
        "JANE DOE",  # a name alone (a speaker's turn)
        "THE TEAMS PLAY AGAIN ON FRIDAY",  # too long for a list's heading
    ],
)
def test_round20_lines_over_a_list_that_are_no_heading(line: str) -> None:
    text = f"Riverton wins late\n\n{LEAD}{line}{ROWS}"
    assert check(text).subheads == ()


def test_round20_heading_in_capitals_over_prose_rows_is_no_list_head() -> None:
    # one row under it: no list
    text = f"Riverton wins late\n\n{LEAD}UP NEXT\n\nRiverton: Hosts Northfield on Friday."
    assert check(text).subheads == ()


def test_round20_next_heading_in_capitals_after_a_list_is_a_subhead() -> None:
    text = (
        f"Riverton wins late\n\n{LEAD}KEY STATS{ROWS}\n\nUP NEXT\n\n"
        "Riverton plays Southport for the title on Friday."
    )
    article = check(text)
    assert [s.text for s in article.subheads] == ["KEY STATS", "UP NEXT"]
    assert article.paragraphs[-1].text == "Riverton plays Southport for the title on Friday."


def test_round20_capitals_after_prose_under_a_list_head_stay() -> None:
    # a paragraph of prose between: the list is over, and the line has no prose after it
    text = (
        f"Riverton wins late\n\n{LEAD}KEY STATS{ROWS}\n\n"
        "The coach said the team had played its best game of the season.\n\n"
        "UP NEXT\n\nFriday: Southport"
    )
    article = check(text)
    assert [s.text for s in article.subheads] == ["KEY STATS"]
    assert "UP NEXT" in [p.text for p in article.paragraphs]


#: A round-up's two lists of figures, each under a heading in sentence case.
FIGURES = (
    "Results\n\nRovers 3-0 United\nCity 1-2 Town\n\n"
    "Top of the table\n\n1. Rovers 32 pts\n2. Town 31 pts\n\n"
    "Next weekend Rovers travel to Town for the game of the season."
)


def test_round28_heading_in_sentence_case_over_figures_is_a_subhead() -> None:
    article = check(f"Rovers go top\n\n{LEAD}{FIGURES}")
    assert [s.text for s in article.subheads] == ["Results", "Top of the table"]
    texts = [p.text for p in article.paragraphs]
    assert "Rovers 3-0 United" in texts
    assert "Results" not in texts


def test_round28_list_of_words_keeps_its_first_item() -> None:
    # rows with no figures under a line in sentence case: a list's first item, no heading
    text = f"Market stalls return\n\n{LEAD}Apples\n\nPears\nPlums\n\nThe market opens at 8 a.m."
    article = check(text)
    assert article.subheads == ()
    assert "Apples" in [p.text for p in article.paragraphs]


def test_round28_figures_over_figures_is_no_heading() -> None:
    # a line with a figure is a row itself (Rovers 3-0 United over the next rows)
    text = f"Rovers go top\n\n{LEAD}Round 12\n\nRovers 3-0 United\nCity 1-2 Town\n\nNext up."
    assert check(text).subheads == ()


#: A live blog's posts, each under its time stamp; two under a heading.
LIVE = (
    "Storm live: gales close schools\n\n"
    "Fri 20 Nov 2026 11.15 GMT\n\n{first}\n\n"
    "About 48,000 homes are without power across the region, the network operator said.\n\n"
    "Fri 20 Nov 2026 10.20 GMT\n\n{second}\n\n"
    "The county council has confirmed that 112 schools are closed for the day.\n"
)


def test_round28_live_post_heading_of_one_word_is_a_subhead() -> None:
    article = check(LIVE.format(first="Power cuts", second="Schools"))
    assert [s.text for s in article.subheads] == ["Power cuts", "Schools"]
    assert len(article.paragraphs) == 2


def test_round28_first_name_by_a_live_stamp_is_no_heading() -> None:
    # a one-word line that is a first name (a reader's comment under its name) stays
    article = check(LIVE.format(first="Power cuts", second="Sarah"))
    assert "Sarah" not in [s.text for s in article.subheads]


def test_round28_heading_in_capitals_under_a_rule_is_a_subhead() -> None:
    # AP: a rule, then the section's heading over its first paragraph
    text = f"Wildfire closes schools\n\n{LEAD}___\n\nEVACUEES WAIT FOR NEWS{NEXT}"
    article = check(text)
    assert [s.text for s in article.subheads] == ["EVACUEES WAIT FOR NEWS"]
    assert [b.kind for b in article.boilerplate] == ["separator"]


def test_round28_heading_under_other_boilerplate_stays() -> None:
    # a promo between the paragraph and the line: not alone, so no crosshead
    text = f"Wildfire closes schools\n\n{LEAD}Advertisement\n\nEVACUEES WAIT FOR NEWS{NEXT}"
    assert check(text).subheads == ()


_RACE = "The mare won by a length on Tuesday, and the crowd cheered loudly for her."
_NEXT = ["UP NEXT", "Riverton at Northfield", "KEY STATS", "Harbour Light 9-1", _RACE]
_TABLE = ["Standings", "Rovers 9", "City 7", "Town 4", _RACE]
_LATER = [
    *_TABLE[:-1],
    "Fixtures",
    "Rovers v City 3pm",
    "Town v Athletic 5pm",
    "Rangers v United 7pm",
    _RACE,
]


def _heads_of(blocks: list[str]) -> list[str]:
    from newsstruct._subheads import crossheads

    text = "\n\n".join(blocks)
    bounds, at = [], 0
    for block in blocks:
        at = text.index(block, at)
        bounds.append((at, at + len(block)))
    return [blocks[index] for index in crossheads(text, bounds)]


@pytest.mark.parametrize(
    ("blocks", "heads"),
    [
        # a run of lists: each heading in capitals over short rows
        (
            [_RACE, "RESULTS", "Harbour Light 8-1", "Quiet Storm 5-2", "Sea Mist 3-1", *_NEXT],
            ["RESULTS", "UP NEXT", "KEY STATS"],
        ),
        # a long line under the first heading: no heading after it
        (
            [
                _RACE,
                "RESULTS",
                "Harbour Light 8-1",
                "Quiet Storm 5-2",
                "harbour light " * 9,
                *_NEXT,
            ],
            ["RESULTS"],
        ),
        # in sentence case, over rows of figures
        (
            [
                _RACE,
                "Results",
                "Rovers 3-0 United",
                "City 1-1 Town",
                "Athletic 2-0 Rangers",
                *_TABLE,
            ],
            ["Results", "Standings"],
        ),
        # a row with no figure under the first: none after it, asked twice
        (
            [_RACE, "Results", "Rovers 3-0 United", "City 1-1 Town", "No games today", *_LATER],
            ["Results"],
        ),
    ],
)
def test_next_list_heads_read_each_row_once(blocks: list[str], heads: list[str]) -> None:
    # (hostile28s: how far the rows under the last heading go is remembered for
    # the blocks below it, not read again for each: the same headings found)
    assert _heads_of(blocks) == heads


def test_next_list_head_remembers_the_rows_read() -> None:
    from newsstruct._subheads import _rows_reach

    memo: dict[int, int] = {}
    read: list[int] = []

    def row(at: int) -> bool:
        read.append(at)
        return at != 6

    assert _rows_reach(memo, 1, 5, row)
    assert read == [2, 3, 4]
    assert not _rows_reach(memo, 1, 9, row)
    assert read == [2, 3, 4, 5, 6]
    assert not _rows_reach(memo, 1, 12, row)
    assert read == [2, 3, 4, 5, 6, 6]  # (the row that failed, read again alone)
    assert _rows_reach(memo, 7, 9, row)  # (another heading: its own rows)
    assert read[-1] == 8


def test_post_heads_read_the_marks_after_each_block_by_index() -> None:
    # (hostile28s: the marks after a block are read from the first at its end,
    # not copied for each block; the same headings found)
    from newsstruct._subheads import post_heads

    post = "Roads closed\n\n3:42 p.m. ET\n\nThe state closed two roads, officials said.\n\n"
    odd = "Bridge shut\n\n4:10 p.m. ET\n\nPictured above.\n\nThe bridge was shut for repairs, they said.\n\n"
    text = post * 3 + odd + post
    bodies, marks, at = [], [], 0
    for block in text.split("\n\n")[:-1]:
        at = text.index(block, at)
        span = (at, at + len(block))
        if block.endswith(" ET"):
            marks.append((*span, False))
        else:
            bodies.append(span)
    found = post_heads(text, bodies, marks)
    assert [text[slice(*bodies[index])] for index in found] == ["Roads closed"] * 4
    # (the odd post's heading has a line between it and its prose that is no mark)
    assert all(text[slice(*bodies[index])] != "Bridge shut" for index in found)


def test_post_heads_read_the_stamp_above_a_heading_back_to_the_nearest_word() -> None:
    # (hostile29c: the white space between a time stamp and the heading under it is
    # read back from the heading, not sliced from the stamp, which may stand far above)
    from newsstruct._subheads import _blank, post_heads

    text = (
        "3:42 p.m. ET\n\n"
        + " " * 200
        + "\n\nRoads closed\n\nThe state closed two roads, they said."
    )
    start = text.index("Roads")
    assert _blank(text, 12, start)  # (past the first window: the blank lines are long)
    assert not _blank(text, 0, start)
    assert not _blank(text, 11, start)
    assert _blank(text, start, start)  # (nothing between)
    assert _blank(text, start, 3)
    bodies = [(start, start + 12), (start + 14, len(text))]
    assert post_heads(text, bodies, [(0, 12, False)]) == []  # one alone
    two = text + "\n\n4:10 p.m. ET\n\nBridge shut\n\nThe bridge was shut for repairs, they said."
    second = two.index("Bridge")
    marks = [(0, 12, False), (second - 14, second - 2, False)]
    bodies += [(second, second + 11), (second + 13, len(two))]
    assert post_heads(two, bodies, marks) == [0, 2]
    # a line that is no mark between the stamp and the heading: no post heading
    other = two.replace(" " * 200, "Pictured above.")
    moved = len("Pictured above.") - 200
    shifted = [(a + moved, b + moved) for a, b in bodies]
    shifted_marks = [(0, 12, False), (marks[1][0] + moved, marks[1][1] + moved, False)]
    assert post_heads(other, shifted, shifted_marks) == []


#: An invented report's page: its running head, its first section's numbered heading.
_REPORT = (
    "Harbour Fees Review                                              March 2026\n\n"
    "2. Key findings\n\n"
    "The port raised its mooring fees by 14 per cent in two years, more than\n"
    "any other harbour on the coast, the review found.\n\n"
    "Most boat owners who left the harbour moved to marinas within ten miles.\n"
)


def test_round29_a_reports_numbered_section_heading_is_a_subhead_not_the_headline() -> None:
    article = parse_article(_REPORT)
    assert article.headline is None
    assert [(head.text, head.paragraph) for head in article.subheads] == [("2. Key findings", 0)]
    assert article.paragraphs[0].text.startswith("The port raised")
    assert len(article.paragraphs) == 2


@pytest.mark.parametrize(
    "head",
    [
        "1. FC Köln sign striker from Bremen",  # a club's name, no section
        "3. Bike lanes",  # a listicle's item: no heading's noun
        "10 Takeaways",  # no full stop after the number
        "1. summary",  # in lower case
    ],
)
def test_round29_a_numbered_line_that_is_no_section_heading_stays_the_headline(head: str) -> None:
    text = (
        head + "\n\nThe club signed the striker on Tuesday for a fee of about two "
        "million euros, it said.\n\nHe joins on a three-year deal."
    )
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == head
    assert article.subheads == ()


def test_round29_the_first_of_a_run_of_heads_over_their_paragraphs_is_a_head() -> None:
    text = (
        "Pool reopens after repairs\n\n"
        "The town's outdoor pool will reopen on Saturday after six weeks of repairs.\n\n"
        "Parking fees frozen\n\n"
        "Parking fees in the town centre will not rise next year, the council agreed.\n\n"
        "Choir wins regional title\n\n"
        "The Millbrook Community Choir won the regional title at the festival on Sunday."
    )
    bounds, at = [], 0
    for block in text.split("\n\n"):
        at = text.index(block, at)
        bounds.append((at, at + len(block)))
    assert _subheads.crossheads(text, bounds) == [0, 2, 4]


def test_round29_a_first_short_line_with_no_head_after_it_stays_a_paragraph() -> None:
    # negative: no second heading two blocks on; a first line ending with a full stop
    for text in (
        "Pool reopens after repairs\n\n"
        "The town's outdoor pool will reopen on Saturday after six weeks of repairs.\n\n"
        "Parking fees in the town centre will not rise next year, the council agreed.\n\n"
        "The Millbrook Community Choir won the regional title at the festival on Sunday.",
        "Pool reopens.\n\n"
        "The town's outdoor pool will reopen on Saturday after six weeks of repairs.\n\n"
        "Parking fees frozen\n\n"
        "Parking fees in the town centre will not rise next year, the council agreed.",
    ):
        bounds, at = [], 0
        for block in text.split("\n\n"):
            at = text.index(block, at)
            bounds.append((at, at + len(block)))
        assert 0 not in _subheads.crossheads(text, bounds)


def test_round30_a_days_heading_over_a_logs_entries_is_a_subhead() -> None:
    text = (
        "Police log\n\n"
        "The following items are taken from the police department's daily log.\n\n"
        "MONDAY, MARCH 2\n\n"
        "8:40 a.m. — A woman on Mill Street reported receiving calls from a man claiming "
        "to be from her bank.\n\n"
        "Tuesday 3 March\n\n"
        "1:30 p.m. — A man was arrested on Main Street on a warrant for failing to appear "
        "in court."
    )
    article = parse_article(text)
    assert [s.text for s in article.subheads] == ["MONDAY, MARCH 2", "Tuesday 3 March"]
    assert "MONDAY, MARCH 2" not in [p.text for p in article.paragraphs]


@pytest.mark.parametrize("line", ["Monday, March 2, 2026", "Route 9", "Monday 2", "MARCH 2"])
def test_round30_a_date_with_its_year_or_no_weekday_is_no_days_heading(line: str) -> None:
    text = (
        "Police log\n\n"
        "The following items are taken from the police department's daily log.\n\n"
        f"{line}\n\n"
        "8:40 a.m. — A woman on Mill Street reported receiving calls from a man claiming "
        "to be from her bank."
    )
    assert line not in [s.text for s in parse_article(text).subheads]


#: An invented earnings call in a terminal's layout: labels with the role after two hyphens.
_CALL = (
    "Harbor Lines Q2 2026 Earnings Call\n\n"
    "Corporate Participants:\n\n"
    "Dana Okafor -- President and Chief Executive Officer\n"
    "Miguel Santos -- Chief Financial Officer\n\n"
    "Conference Call Participants:\n\n"
    "Ruth Adler -- Pell & Crane\n\n"
    "Operator\n\n"
    "Good morning, everyone, and thank you for joining the second quarter call.\n\n"
    "Dana Okafor -- President and Chief Executive Officer\n\n"
    "Thank you. Volumes at our three terminals rose 6% in the quarter.\n\n"
    "Questions and Answers\n\n"
    "Ruth Adler -- Pell & Crane\n\n"
    "Can you say more about the cold storage yard and how quickly it will fill?\n\n"
    "Miguel Santos\n\n"
    "It is already about half full, Ruth, and should be close to capacity by the winter.\n\n"
    "Tom Reeve\n\n"
    "Thanks, that is helpful."
)


def test_round30_a_call_transcripts_speakers_alone_over_their_turns_are_subheads() -> None:
    article = check(_CALL)
    assert article.headline is not None
    assert article.headline.text == "Harbor Lines Q2 2026 Earnings Call"
    assert article.byline is None
    assert article.standfirst is None
    assert [junk.kind for junk in article.boilerplate] == ["credits"] * 5
    assert [head.text for head in article.subheads] == [
        "Operator",
        "Dana Okafor -- President and Chief Executive Officer",
        "Questions and Answers",
        "Ruth Adler -- Pell & Crane",
        "Miguel Santos",
    ]
    assert article.paragraphs[0].text.startswith("Good morning, everyone")
    # negative: a name the participants list does not give stays a paragraph
    assert [p.text for p in article.paragraphs][-2:] == ["Tom Reeve", "Thanks, that is helpful."]


def test_round30_speaker_labels_need_a_participants_list() -> None:
    # negative: without the list, a name alone and Operator stay paragraphs
    text = (
        "Town hall draws a crowd over school plans\n\n"
        "The meeting drew more than 300 parents and pupils to the school hall on Tuesday.\n\n"
        "Operator\n\n"
        "Anna Berg\n\n"
        "Several parents said they had not been told about the plans until last week."
    )
    article = check(text)
    assert article.subheads == ()
    assert [p.text for p in article.paragraphs][1:3] == ["Operator", "Anna Berg"]
    assert _subheads.speaker_heads(text, [(0, 8)], frozenset({"Anna Berg"})) == []


_RECORD = (
    "Ferries: Island Routes\n\n"
    "Volume 770: debated on Wednesday 4 March 2026\n\n"
    "Ann Price (Orkney Sound) (LD)\n\n"
    "What steps is the Minister taking to keep the island ferries running this winter?\n\n"
    "The Minister for Maritime (Joe Kerr)\n\n"
    "We have given the operator new money to charter a second ship for the winter months.\n\n"
    "Ann Price\n\n"
    "The second ship broke down twice last month, and islanders were stranded for days.\n\n"
    "Joe Kerr\n\n"
    "I will ask the operator for a full report on both breakdowns and write to her."
)


def test_user30t_a_parliaments_labels_over_turns_are_subheads() -> None:
    article = check(_RECORD)
    assert [head.text for head in article.subheads] == [
        "Ann Price (Orkney Sound) (LD)",
        "The Minister for Maritime (Joe Kerr)",
        "Ann Price",
        "Joe Kerr",
    ]
    assert len(article.paragraphs) == 4
    assert [junk.kind for junk in article.boilerplate] == ["timestamp"]


def test_user30t_names_alone_said_once_stay_paragraphs() -> None:
    # negative: names alone, none repeated, are no record's labels
    text = (
        "Choir wins national title\n\n"
        "The town's choir won the national title on Saturday after a year of practice.\n\n"
        "Mary Holt\n\n"
        "The choir's director said the singers had worked hard for every note.\n\n"
        "Sam Reid\n\n"
        "The youngest singer, who is nine, said the trip to the final was the best part.\n\n"
        "Ella Ward\n\n"
        "The choir will sing at the town's summer fair next month, organisers said."
    )
    article = check(text)
    assert article.subheads == ()
    assert {"Sam Reid", "Ella Ward"} <= {p.text for p in article.paragraphs}


def test_user30t_a_numbered_heading_with_a_clause_joins_its_run() -> None:
    text = (
        "Three ways to cut your energy bill\n\n"
        "Prices are rising again this winter, so we asked experts for their best advice.\n\n"
        "1. Turn it down, but not off\n\n"
        "Lowering the thermostat by one degree can cut a heating bill by up to a tenth.\n\n"
        "2. Seal the gaps\n\n"
        "Draught-proofing doors and windows is cheap and pays for itself within a year.\n\n"
        "3. Switch your tariff\n\n"
        "Comparing tariffs once a year can save a household a large sum on its bills."
    )
    article = check(text)
    assert [head.text[:2] for head in article.subheads] == ["1.", "2.", "3."]
    # negative: alone, with no run of numbered headings, it stays a paragraph
    alone = text.split("\n\n2. ")[0]
    assert check(alone).subheads == ()


def test_user30t_a_days_events_sections_with_their_sources() -> None:
    text = (
        "Portal:Current events/2026 March 4\n\n"
        "Armed conflicts and attacks\n\n"
        "Two soldiers are killed in a border clash between the two countries. (Example Post)\n\n"
        "Business and economy\n\n"
        "The central bank raises its main interest rate by half a point. (Example Times)\n\n"
        "Disasters and accidents\n\n"
        "A landslide blocks the main coastal highway after days of heavy rain. (Example News)\n\n"
        "Politics and elections\n\n"
        "Voters elect a new parliament in a snap election called last month. (Example Daily)"
    )
    article = check(text)
    assert [head.text for head in article.subheads][:3] == [
        "Armed conflicts and attacks",
        "Business and economy",
        "Disasters and accidents",
    ]
    assert all(p.text.endswith(")") for p in article.paragraphs)
    # negative: a short first line over prose, with no other headings, stays a paragraph
    lone = check(
        "Headline here\n\nRain is expected.\n\nA short line\n\nThe rain fell all day long."
    )
    assert lone.subheads == ()


def test_struct31y_a_listings_day_names_over_entries_are_subheads() -> None:
    text = (
        "Around town this week\n\n"
        "Thursday\n\n"
        "Quilt show, 10 a.m.-5 p.m., Grange Hall, 8 Mill St. Admission $5.\n\n"
        "Used book sale, 9 a.m.-1 p.m., Public Library, 40 Main St.\n\n"
        "Saturday\n\n"
        "Pancake breakfast, 7-11 a.m., American Legion Post 12. Proceeds to the food pantry.\n\n"
        "Monday\n\n"
        "Blood drive, 1-6 p.m., St. Luke's Church hall. Walk-ins welcome."
    )
    article = check(text)
    assert [head.text for head in article.subheads] == ["Thursday", "Saturday", "Monday"]
    assert [head.paragraph for head in article.subheads] == [0, 2, 3]
    assert article.paragraphs[0].text.startswith("Quilt show")
    # negative: a day's name alone once in a story stays as it was
    story = (
        "Storm cleanup continues\n\n"
        "Crews worked through the night to clear fallen trees from county roads.\n\n"
        "Friday\n\n"
        "The power company said most homes would have electricity back by the weekend."
    )
    assert check(story).subheads == ()
    # negative: days out of the week's order (a list of days, not a listing's groups)
    shuffled = text.replace("Saturday\n\n", "Tuesday\n\n", 1)
    assert check(shuffled).subheads == ()


def test_struct31y_a_lists_group_labels_in_capitals_are_subheads() -> None:
    text = (
        "Building permits issued\n\n"
        "The county building department issued the following permits last week.\n\n"
        "NORTH BRANCH\n"
        "- 77 Birch Lane, deck addition, $18,400\n"
        "- 1502 County Road 9, detached garage, $42,000\n\n"
        "STACY\n"
        "- 310 Elm Ave., roof replacement, $11,750\n"
        "- 12 Pine Ct., basement finish, $26,300"
    )
    article = check(text)
    assert [head.text for head in article.subheads] == ["NORTH BRANCH", "STACY"]
    under = article.subheads[1].paragraph
    assert article.paragraphs[under].text.startswith("- 310 Elm Ave.")
    assert all(p.text.startswith("- ") for p in article.paragraphs[1:])
    # negative: one label in capitals over one list is no run of groups
    one = text.split("\n\nSTACY")[0]
    assert check(one).subheads == ()
    # negative: a capitals line over prose stays as an ordinary story reads it
    story = (
        "Storm cleanup continues\n\n"
        "Crews worked through the night to clear fallen trees from county roads.\n\n"
        "WARNING\n\n"
        "The power company said most homes would have electricity back by the weekend.\n\n"
        "OUTAGES\n\n"
        "About 4,000 customers were still without power on Tuesday morning, it said."
    )
    assert check(story).subheads == ()
