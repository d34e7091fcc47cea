"""Headlines, kickers and standfirsts from the first blocks of an article."""

from __future__ import annotations

import pytest

from newsstruct import parse_article
from newsstruct._blocks import split_blocks
from newsstruct._headline import find_front_matter, related_titles
from newsstruct._options import DEFAULT_OPTIONS

BODY = "\n\nThe talks ended on Monday without a deal, officials said, and both sides left the city."


@pytest.mark.parametrize(
    ("first", "headline"),
    [
        # title case, sentence case, ALL CAPS wire slugs
        (
            "US and Russia stress dialogue despite 'serious differences'",
            "US and Russia stress dialogue despite 'serious differences'",
        ),
        ("Storm Shuts Ports Along The Coast", "Storm Shuts Ports Along The Coast"),
        ("BAHIA COCOA REVIEW", "BAHIA COCOA REVIEW"),
        (
            "CHINA CALLS FOR BETTER TRADE DEAL WITH U.S.",
            "CHINA CALLS FOR BETTER TRADE DEAL WITH U.S.",
        ),
        ("STANDARD OIL <SRD> TO FORM FINANCIAL UNIT", "STANDARD OIL <SRD> TO FORM FINANCIAL UNIT"),
        (
            "TALKING POINT/BANKAMERICA <BAC> EQUITY OFFER",
            "TALKING POINT/BANKAMERICA <BAC> EQUITY OFFER",
        ),
        ("Will the talks resume?", "Will the talks resume?"),
        # a title-case line with a full stop (as some archives store them)
        (
            "Poll: Wealthy Voters Abandon Republican Party.",
            "Poll: Wealthy Voters Abandon Republican Party.",
        ),
        # a one-sentence line with a full stop, shorter than the paragraph after it
        ("Laws don't apply equally to everyone.", "Laws don't apply equally to everyone."),
        # a quote in a headline, with no full stop
        (
            '"We Will Not Back Down," Says Blinken',
            '"We Will Not Back Down," Says Blinken',
        ),
        ('Blinken said: "We will not back down"', 'Blinken said: "We will not back down"'),
    ],
)
def test_headlines(first: str, headline: str) -> None:
    article = parse_article(first + BODY)
    assert article.headline is not None
    assert article.headline.text == headline
    assert len(article.paragraphs) == 1


@pytest.mark.parametrize(
    "text",
    [
        # the text starts with its body
        "REYKJAVIK (REUTERS) - Top diplomats met on Wednesday.\n\nThey talked.",
        "The talks ended on Monday. Both sides left.\n\nThey will meet again.",
        "The Post reports:\n\nThe talks ended on Monday without a deal, officials said.",
        "By Jane Doe, Reuters\n\nThe talks ended on Monday.",
        "Reuter",
        "",
        "One sentence that is the only block in the text.",
        # a quoted sentence with its attribution is body, however capitalised
        'US Secretary of State Antony Blinken said: "We Go."\n\n"Soon," he said.',
        '"Fine," said Tom Lind, an analyst at Acme Securities in Oslo.',
        # an opening sentence of more than 17 words is the story's first paragraph
        "Sitting in her kitchen outside the city, Olena Bond points to the crack that runs "
        "across her ceiling.\n\nBond, 71, has lived here all her life. Her son left for the "
        "front two years ago and she has not seen him since.",
        'Judge Jo Lind set a date. "We are done," the judge said.\n\n'
        'Jo Kent wept as the verdict was read. "I want my money back," she said.',
    ],
)
def test_no_headline(text: str) -> None:
    assert parse_article(text).headline is None


@pytest.mark.parametrize(
    ("text", "kicker", "headline"),
    [
        ("EXCLUSIVE\n\nChip maker plans plant" + BODY, "EXCLUSIVE", "Chip maker plans plant"),
        ("EXCLUSIVE-Chip maker plans plant" + BODY, "EXCLUSIVE", "Chip maker plans plant"),
        ("UPDATE 2-Chip maker plans plant" + BODY, "UPDATE 2", "Chip maker plans plant"),
        ("RPT-UPDATE 2-Chip maker plans plant" + BODY, "RPT-UPDATE 2", "Chip maker plans plant"),
        ("Analysis: Why markets fell" + BODY, "Analysis", "Why markets fell"),
        ("OPINION | Why markets fell" + BODY, "OPINION", "Why markets fell"),
        # a capitalised word followed by a hyphen is not a kicker
        ("Live-action film wins prize" + BODY, None, "Live-action film wins prize"),
    ],
)
def test_kickers(text: str, kicker: str | None, headline: str) -> None:
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == headline
    assert (article.kicker.text if article.kicker else None) == kicker
    if article.kicker is not None:
        span = article.kicker.span
        assert text[span.start : span.end] == article.kicker.text


def test_standfirst_before_byline() -> None:
    text = (
        "Why markets fell\n\nInvestors fled risk as rates rose across the board.\n\n"
        "By Jane Doe\n\nLONDON (Reuters) - Markets fell on Friday, traders said."
    )
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "Why markets fell"
    assert article.standfirst is not None
    assert article.standfirst.text == "Investors fled risk as rates rose across the board."
    assert article.byline is not None
    assert [p.text for p in article.paragraphs] == ["Markets fell on Friday, traders said."]


def test_no_standfirst_without_byline_or_dateline() -> None:
    text = "Why markets fell\n\nInvestors fled risk.\n\nMarkets fell on Friday, traders said."
    article = parse_article(text)
    assert article.standfirst is None
    assert len(article.paragraphs) == 2


def test_page_furniture_above_the_headline() -> None:
    text = "UPDATED May 20, 2021, 3:41 PM\n\nStorm shuts ports" + BODY
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "Storm shuts ports"
    assert [b.kind for b in article.boilerplate] == ["timestamp"]


def test_used_blocks() -> None:
    text = "ANALYSIS\n\nWhy markets fell" + BODY
    front = find_front_matter(text, split_blocks(text), DEFAULT_OPTIONS)
    assert front.used == frozenset({0, 1})
    assert find_front_matter("", (), DEFAULT_OPTIONS).headline is None


def test_long_first_block_is_not_a_headline() -> None:
    assert parse_article("Word " * 400 + BODY).headline is None


def test_standfirst_before_a_caption_with_its_credit_on_the_next_line() -> None:
    text = (
        "Polizei sucht Zeugen\n\n"
        "Nach einem Unfall bittet die Polizei um Hinweise.\n\n"
        "Ein Streifenwagen an der Unfallstelle.\nFoto: Kay Nietfeld/dpa\n\n"
        "Hannover (dpa) - Die Polizei sucht Zeugen eines Unfalls auf der Autobahn."
    )
    front = find_front_matter(text, split_blocks(text), DEFAULT_OPTIONS)
    assert front.standfirst is not None
    assert front.standfirst.text == "Nach einem Unfall bittet die Polizei um Hinweise."


def test_no_standfirst_before_a_plain_line() -> None:
    # the line under the summary has no credit under it: it is no caption
    text = (
        "Polizei sucht Zeugen\n\n"
        "Nach einem Unfall bittet die Polizei um Hinweise.\n\n"
        "Ein Streifenwagen an der Unfallstelle.\nDie Autobahn war gesperrt.\n\n"
        "Hannover (dpa) - Die Polizei sucht Zeugen eines Unfalls auf der Autobahn."
    )
    front = find_front_matter(text, split_blocks(text), DEFAULT_OPTIONS)
    assert front.standfirst is None


_DATELINE_PARAGRAPH = "(Bloomberg) -- Stocks fell on Monday as bets on rate cuts faded."


@pytest.mark.parametrize(
    ("blocks", "count"),
    [
        (["Chip Stocks Slide", "Musk Plans New Venture in Texas", _DATELINE_PARAGRAPH], 2),
        (["CHIP STOCKS SLIDE", _DATELINE_PARAGRAPH], 1),
        (["Is the Fed Done Raising Rates?", _DATELINE_PARAGRAPH], 1),
        # a byline between the list and the dateline
        (["Chip Stocks Slide", "By Jane Doe", _DATELINE_PARAGRAPH], 1),
        # no dateline right after: a short title-case paragraph of the story
        (["Chip Stocks Slide", "Stocks fell on Monday, traders said."], 0),
        (["Chip Stocks Slide"], 0),
        # sentences are not headlines in a list
        (["Chip stocks slid on Monday.", _DATELINE_PARAGRAPH], 0),
        (["Stocks fell on Monday and traders said so", _DATELINE_PARAGRAPH], 0),
        (["By Jane Doe", _DATELINE_PARAGRAPH], 0),
    ],
)
def test_related_titles(blocks: list[str], count: int) -> None:
    text = "\n\n".join(["Most Read from Bloomberg", *blocks])
    assert related_titles(text, split_blocks(text), 1, DEFAULT_OPTIONS, {}) == count


def test_plain_word_twin_agrees_with_the_regex_pattern() -> None:
    """HEADLINE_WORD_PLAIN reads plain text as HEADLINE_WORD does."""
    import random

    from newsstruct._headline import _words
    from newsstruct._patterns import HEADLINE_NOT_PLAIN, HEADLINE_WORD, HEADLINE_WORD_PLAIN

    plain = "".join(map(chr, range(128))) + "\u201c\u201d\u2018\u2019\u2014\u2013\u2026"
    assert HEADLINE_NOT_PLAIN.search(plain) is None
    for char in plain:  # each character alone, and in each place of a word
        for text in (char, f"a{char}b", f"{char}1", f"Z{char}"):
            assert HEADLINE_WORD_PLAIN.findall(text) == HEADLINE_WORD.findall(text)
    pieces = ["U.S.", "Clinton\u2019s", "10-point", "it's", " ", "\u2014", "--", ".", "'", "x"]
    rng = random.Random(7)
    for _ in range(2000):
        text = "".join(rng.choice(pieces + list(plain)) for _ in range(rng.randrange(1, 15)))
        assert HEADLINE_WORD_PLAIN.findall(text) == HEADLINE_WORD.findall(text)
        assert _words(text, 1, len(text) - 1) == HEADLINE_WORD.findall(text, 1, len(text) - 1)
    assert _words("Grüße aus Köln\u0301") == HEADLINE_WORD.findall("Grüße aus Köln\u0301")


@pytest.mark.parametrize(
    "layout", ["Jane Doe\nNov 4, 2025", "Jane Doe\nPublished: 6:00pm, 4 Nov 2025"]
)
def test_name_over_a_time_stamp_is_the_byline_not_the_standfirst(layout: str) -> None:
    article = parse_article(f"Fed holds rates steady\n\n{layout}\n\n{BODY}")
    assert article.standfirst is None
    assert article.byline is not None
    assert article.byline.names == ("Jane Doe",)


def test_summary_over_a_time_stamp_is_still_the_standfirst() -> None:
    text = f"Fed holds rates steady\n\nThe decision keeps borrowing costs high.\n\nNov 4, 2025\n\n{BODY}"
    article = parse_article(text)
    assert article.standfirst is not None
    assert article.standfirst.text == "The decision keeps borrowing costs high."


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("The Riverton Report", "page"),  # a show's name
        ("Riverside Council Chamber", "page"),  # a room's name
        ("Harbor Equity Research", "credits"),  # a research desk's
        ("Riverton Markets Desk", "credits"),
    ],
)
def test_round20_name_line_over_a_stamp_is_no_standfirst(line: str, kind: str) -> None:
    text = f"Fed holds rates steady\n\n{line}\n\nNov 4, 2025 9:40 AM EST\n\n{BODY}"
    article = parse_article(text)
    assert article.standfirst is None
    assert article.byline is None
    assert [(b.text, b.kind) for b in article.boilerplate][:1] == [(line, kind)]


@pytest.mark.parametrize(
    "line",
    [
        "Rates Stay High for Now.",  # a closing stop: a sentence
        "Why the Fed Waited",  # no stamp under it (see the text below)
        "What Comes Next?",  # a question
        "Rates Hold at 5.25 Percent",  # a figure
    ],
)
def test_round20_title_case_deck_stays_the_standfirst(line: str) -> None:
    under = "By Jane Doe" if line == "Why the Fed Waited" else "Nov 4, 2025 9:40 AM EST"
    text = f"Fed holds rates steady\n\n{line}\n\n{under}\n\n{BODY}"
    article = parse_article(text)
    assert article.standfirst is not None
    assert article.standfirst.text == line


def test_round20_writer_name_over_a_stamp_stays_the_byline() -> None:
    text = f"Fed holds rates steady\n\nJane Doe\n\nNov 4, 2025 9:40 AM EST\n\n{BODY}"
    article = parse_article(text)
    assert article.byline is not None
    assert article.byline.names == ("Jane Doe",)
    assert all(b.kind != "page" for b in article.boilerplate)


@pytest.mark.parametrize(
    ("text", "kicker", "headline"),
    [
        (
            "Europe | Charlemagne\n\nThe long goodbye to cheap gas" + BODY,
            "Europe | Charlemagne",
            "The long goodbye to cheap gas",
        ),
        (
            "Business | Free Exchange\n\nWhy rates stay high" + BODY,
            "Business | Free Exchange",
            "Why rates stay high",
        ),
        # a headline with a bar stays one
        ("Opinion | Why Markets Fell Today" + BODY, "Opinion", "Why Markets Fell Today"),
    ],
)
def test_section_and_column_line_is_the_kicker(text: str, kicker: str, headline: str) -> None:
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == headline
    assert article.kicker is not None
    assert article.kicker.text == kicker


def test_masthead_slogan_over_the_headline_is_skipped() -> None:
    text = "Democracy Dies in Darkness\n\nSenate passes stopgap bill\n\nBy Jane Doe" + BODY
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "Senate passes stopgap bill"
    assert article.byline is not None
    assert [b.kind for b in article.boilerplate] == ["page"]


def test_standfirst_over_a_press_release_provider_and_stamp() -> None:
    from newsstruct import parse_article

    text = (
        "Acme Raises $40 Million to Expand\n\n"
        "Series C round led by Northgate will fund a new factory in Ohio\n\n"
        "NEWS PROVIDED BY\n\nAcme Robotics\n\nMar 04, 2025, 08:00 ET\n\n"
        "COLUMBUS, Ohio, March 4, 2025 /PRNewswire/ -- Acme today announced a new round.\n"
    )
    article = parse_article(text)
    assert article.standfirst is not None
    assert article.standfirst.text.startswith("Series C round")
    assert article.dateline is not None
    assert article.dateline.agency == "PRNewswire"
    assert [p.text[:4] for p in article.paragraphs] == ["Acme"]


@pytest.mark.parametrize(
    ("first", "kicker", "headline"),
    [
        (
            "Germany: Coalition agrees on pension reform",
            "Germany",
            "Coalition agrees on pension reform",
        ),
        (
            "South Korea: Exports rise for third month",
            "South Korea",
            "Exports rise for third month",
        ),
        # a country speaking, a quote, a person, a place that is no country: no kicker
        ("Israel: We will not stop the offensive", None, "Israel: We will not stop the offensive"),
        ('Germany: "No deal" without guarantees', None, 'Germany: "No deal" without guarantees'),
        ("Trump: Tariffs are coming next week", None, "Trump: Tariffs are coming next week"),
        (
            "Berlin: Coalition agrees on pension reform",
            None,
            "Berlin: Coalition agrees on pension reform",
        ),
        ("Germany: the coalition agrees", None, "Germany: the coalition agrees"),
    ],
)
def test_country_label_before_headline(first: str, kicker: str | None, headline: str) -> None:
    article = parse_article(
        f"{first}\n\nThe talks went on for days, officials said on Tuesday.\n\nMore came."
    )
    assert (article.kicker.text if article.kicker else None) == kicker
    assert article.headline is not None
    assert article.headline.text == headline
    if article.kicker is not None:
        span = article.kicker.span
        assert article.text[span.start : span.end] == kicker


@pytest.mark.parametrize(
    ("first", "kicker", "headline"),
    [
        (
            "[Exclusive] Samsung to build new chip plant",
            "[Exclusive]",
            "Samsung to build new chip plant",
        ),
        ("[Interview] Minister on reform", "[Interview]", "Minister on reform"),
        # a bracket that is no label stays in the headline
        ("[Photo] Crowds gather in the square", None, "[Photo] Crowds gather in the square"),
        ("[Updated] Crowds gather in the square", None, "[Updated] Crowds gather in the square"),
    ],
)
def test_label_in_square_brackets_is_the_kicker(
    first: str, kicker: str | None, headline: str
) -> None:
    article = parse_article(
        f"{first}\n\nThe talks went on for days, officials said on Tuesday.\n\nMore came."
    )
    assert (article.kicker.text if article.kicker else None) == kicker
    assert article.headline is not None
    assert article.headline.text == headline


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("Live updates", "page"),
        ("LIVE BLOG", "page"),
        ("Developing story", "page"),
        ("Live", "page"),
        # a summary under the headline stays the standfirst
        ("Both sides want a deal before the holidays.", None),
    ],
)
def test_live_label_under_the_headline_is_page_furniture(label: str, kind: str | None) -> None:
    text = (
        "Ceasefire talks resume in Cairo\n\n"
        f"{label}\n\n"
        "By Jane Doe\n\n"
        "Negotiators returned to Cairo on Tuesday, officials said.\n\n"
        "The talks are expected to last two days."
    )
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "Ceasefire talks resume in Cairo"
    assert article.byline is not None
    assert article.byline.names == ("Jane Doe",)
    if kind is None:
        assert article.standfirst is not None
        assert article.standfirst.text == label
    else:
        assert article.standfirst is None
        assert [(b.text, b.kind) for b in article.boilerplate] == [(label, kind)]
    assert article.paragraphs[0].text.startswith("Negotiators")


@pytest.mark.parametrize(
    ("label", "kicker"),
    [
        ("LIVE BLOG", "LIVE BLOG"),
        ("Developing story", "Developing story"),
        ("Live updates", "Live updates"),
    ],
)
def test_live_label_over_the_headline_is_the_kicker(label: str, kicker: str) -> None:
    article = parse_article(f"{label}\n\nCeasefire talks resume in Cairo{BODY}")
    assert article.kicker is not None
    assert article.kicker.text == kicker
    assert article.headline is not None
    assert article.headline.text == "Ceasefire talks resume in Cairo"


@pytest.mark.parametrize(
    "outlet",
    ["The Independent", "Reuters", "Associated Press", "The Globe and Mail", "CBC News"],
)
def test_outlet_name_over_the_headline_is_page_furniture(outlet: str) -> None:
    text = f"{outlet}\n\nRail strike called off after late talks{BODY}"
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "Rail strike called off after late talks"
    assert [(b.text, b.kind) for b in article.boilerplate] == [(outlet, "page")]
    assert len(article.paragraphs) == 1


def test_outlet_name_over_stamps_then_the_headline() -> None:
    text = (
        "The Independent\n\nUpdated 4 November 2025 10:12 GMT\n\n"
        f"Rail strike called off after late talks{BODY}"
    )
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "Rail strike called off after late talks"
    assert [b.kind for b in article.boilerplate] == ["page", "timestamp"]


@pytest.mark.parametrize(
    "first",
    [
        # not a listed outlet: a one-word headline stays the headline
        "Independence",
        # an outlet's name with more words is a headline
        "The Independent at 40: a look back",
    ],
)
def test_lines_that_are_no_outlet_name_stay_the_headline(first: str) -> None:
    article = parse_article(f"{first}{BODY}")
    assert article.headline is not None
    assert article.headline.text == first
    assert article.boilerplate == ()


def test_outlet_name_over_the_story_itself_is_no_page_furniture() -> None:
    # no headline under it: the name is left to the other readers
    article = parse_article(
        "The Independent\n\nThe union called off the strike on Monday after late talks, "
        "officials said, and trains will run as normal this week."
    )
    assert all(b.kind != "page" for b in article.boilerplate)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # a source credit under the headline: no standfirst
        ("The Canadian Press", "credits"),
        ("Associated Press", "credits"),
        ("KXYZ Staff", "credits"),
        ("Staff reports", "credits"),
        ("CBC News Staff", "credits"),
        # a short summary stays the standfirst
        ("Staff shortages hit the city's hospitals", None),
        ("Hospital Staff", None),
    ],
)
def test_source_line_under_the_headline(line: str, kind: str | None) -> None:
    text = (
        "Ottawa unveils plan to speed up home building\n\n"
        f"{line}\n\n"
        "OTTAWA - The federal government unveiled a plan on Tuesday to speed up home building.\n\n"
        "The plan includes new funding."
    )
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "Ottawa unveils plan to speed up home building"
    if kind is None:
        assert article.standfirst is not None
        assert article.standfirst.text == line
    else:
        assert article.standfirst is None
        assert [(b.text, b.kind) for b in article.boilerplate] == [(line, kind)]
    assert article.paragraphs[0].text.startswith("The federal government")


@pytest.mark.parametrize(
    ("first", "kicker", "headline"),
    [
        ("OBITUARY", "OBITUARY", "Jane Doe, pioneering surgeon, dies at 91"),
        ("In Memoriam", "In Memoriam", "Jane Doe, pioneering surgeon, dies at 91"),
        # the word inside a headline is no label
        ("Obituary writers look back on a year of loss", None, None),
    ],
)
def test_obituary_label_over_the_headline(
    first: str, kicker: str | None, headline: str | None
) -> None:
    if headline is None:
        article = parse_article(f"{first}{BODY}")
        assert article.kicker is None
        assert article.headline is not None
        assert article.headline.text == first
        return
    article = parse_article(f"{first}\n\n{headline}{BODY}")
    assert article.kicker is not None
    assert article.kicker.text == kicker
    assert article.headline is not None
    assert article.headline.text == headline


@pytest.mark.parametrize(
    ("kicker", "headline"),
    [
        ("DIRECT", "Le gouvernement présente son budget"),
        ("EN DIRECTO", "El Gobierno aprueba los presupuestos"),
        ("IN DIRETTA", "Manovra, via libera del Consiglio dei ministri"),
        ("AO VIVO", "Governo aprova Orçamento do Estado"),
        ("Liveticker", "Bundestag beschließt Rentenpaket"),
        ("ESCLUSIVA", "Il governo prepara la riforma"),
    ],
)
def test_kickers_of_european_pages(kicker: str, headline: str) -> None:
    article = parse_article(f"{kicker}\n{headline}\n\nThe story starts here and goes on.")
    assert article.kicker is not None
    assert article.kicker.text == kicker
    assert article.headline is not None
    assert article.headline.text == headline


@pytest.mark.parametrize(
    "headline",
    [
        "Direct talks between Kyiv and Moscow resume",
        "Direct-to-consumer sales slump at Nike",
        "Directo al grano: el Gobierno recorta el gasto",
    ],
)
def test_a_kicker_word_opening_a_headline_stays_headline(headline: str) -> None:
    article = parse_article(f"{headline}\n\nThe talks resumed on Monday, officials said.")
    assert article.kicker is None
    assert article.headline is not None
    assert article.headline.text == headline


def test_deck_after_a_semicolon_is_the_standfirst() -> None:
    from newsstruct import parse_article

    text = (
        "Carson on defense as scrutiny heats up; \nCandidate's biography questioned.\n\n"
        "Ben Carson says he is under attack.\n\nHe spoke on Sunday."
    )
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text.endswith("heats up")  # the semicolon joins, no more
    assert article.standfirst is not None
    assert article.standfirst.text == "Candidate's biography questioned."
    assert article.paragraphs[0].text == "Ben Carson says he is under attack."
    # a blank line between: two blocks, not one heading
    apart = text.replace("; \n", ";\n\n", 1)
    assert parse_article(apart).standfirst is None
    # no semicolon: the second line is not taken for a deck
    plain = text.replace("up; \n", "up\n", 1)
    assert parse_article(plain).standfirst is None
    # the line alone with nothing after it is the story, not a deck
    short = "Carson on defense; \nCandidate's biography questioned."
    assert parse_article(short).standfirst is None


LONG_BODY = (
    "\n\nThe council met on Monday and voted to close the old bridge for a year of repairs, "
    "officials said after the meeting."
)


@pytest.mark.parametrize(
    "first",
    ["Game over. Will the mayor quit?", "Rates rise. Again.", "Bridge shut? Not for long."],
)
def test_two_short_sentences_over_a_long_paragraph_are_the_headline(first: str) -> None:
    article = parse_article(first + LONG_BODY)
    assert article.headline is not None
    assert article.headline.text == first
    assert len(article.paragraphs) == 1


@pytest.mark.parametrize(
    "text",
    [
        # the paragraph under them is not much longer: the story's first two sentences
        "The talks ended. Both sides left.\n\nThey will meet again on Friday, officials said.",
        # more than two sentences, or too many words
        "It rained. It poured. It flooded." + LONG_BODY,
        "The council met on Monday in the hall. It voted to close the old bridge." + LONG_BODY,
    ],
)
def test_short_opening_sentences_stay_body(text: str) -> None:
    assert parse_article(text).headline is None


@pytest.mark.parametrize(
    ("label", "headline"),
    [("LETTERS.", "Readers weigh in on the bridge"), ("Analysis", "Why the bridge shut")],
)
def test_section_label_under_the_headline_is_the_kicker(label: str, headline: str) -> None:
    text = f"{headline}\n\n{label}{LONG_BODY}"
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == headline
    assert article.kicker is not None
    assert article.kicker.text == label
    span = article.kicker.span
    assert text[span.start : span.end] == label
    assert [p.text for p in article.paragraphs] == [LONG_BODY.strip()]


def test_kicker_over_the_headline_leaves_a_label_under_it_alone() -> None:
    article = parse_article("EXCLUSIVE\n\nBridge to shut\n\nAnalysis" + LONG_BODY)
    assert article.kicker is not None
    assert article.kicker.text == "EXCLUSIVE"


@pytest.mark.parametrize(
    ("first", "kicker", "headline"),
    [
        ("BRIEF-Acme Robotics Q3 revenue rises 12%", "BRIEF", "Acme Robotics Q3 revenue rises 12%"),
        ("US STOCKS-Wall St ends higher", "US STOCKS", "Wall St ends higher"),
        (
            "GLOBAL MARKETS-Stocks slip as dollar firms",
            "GLOBAL MARKETS",
            "Stocks slip as dollar firms",
        ),
        ("FOREX-Dollar slips", "FOREX", "Dollar slips"),
        ("PRECIOUS-Gold hits record", "PRECIOUS", "Gold hits record"),
        ("UPDATE 1-GLOBAL MARKETS-Stocks slip", "UPDATE 1-GLOBAL MARKETS", "Stocks slip"),
        ("RPT-BRIEF-Acme names new CEO", "RPT-BRIEF", "Acme names new CEO"),
        # the market labels only in capitals, glued with a hyphen
        ("Precious: the film that won", None, "Precious: the film that won"),
        ("Forex traders brace for rate rise", None, "Forex traders brace for rate rise"),
    ],
)
def test_reuters_capital_labels_are_kickers(first: str, kicker: str | None, headline: str) -> None:
    article = parse_article(
        f"{first}\n\nLONDON, Nov 4 (Reuters) - Markets moved on Tuesday.\n\nMore came."
    )
    assert (article.kicker.text if article.kicker else None) == kicker
    assert article.headline is not None
    assert article.headline.text == headline


@pytest.mark.parametrize(
    ("text", "kicker", "headline"),
    [
        (
            "UPI NewsTrack -- Senate passes bill\n\nWASHINGTON (UPI) -- The Senate passed a bill.",
            "UPI NewsTrack",
            "Senate passes bill",
        ),
        (
            "dpa-AFX: Siemens raises forecast\n\nMUNICH (dpa-AFX) - Siemens raised its forecast.",
            "dpa-AFX",
            "Siemens raises forecast",
        ),
        (
            "ROUNDUP: Talks resume in Geneva\n\nGENEVA (dpa) - Talks resumed on Monday.",
            "ROUNDUP",
            "Talks resume in Geneva",
        ),
    ],
)
def test_a_feed_product_over_the_headline_is_a_kicker(
    text: str, kicker: str, headline: str
) -> None:
    article = parse_article(text)
    assert article.kicker is not None
    assert article.kicker.text == kicker
    assert article.headline is not None
    assert article.headline.text == headline


@pytest.mark.parametrize("above", ["afp/xx", "==Kyodo", "bur-dar/fz", "EFE-MADRID", "ZCZC0412"])
def test_a_feed_code_over_the_headline_is_skipped(above: str) -> None:
    text = (
        f"{above}\n\nSenate passes bill\n\nWASHINGTON (AFP) - The Senate passed a bill on Monday."
    )
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "Senate passes bill"
    assert [b.text for b in article.boilerplate] == [above]


@pytest.mark.parametrize("credit", ["Special Correspondent", "Staff Reporter", "Our Bureau"])
def test_a_desk_credit_under_the_headline_is_no_standfirst(credit: str) -> None:
    text = (
        f"Monsoon likely to reach Kerala by June 1\n\n{credit}\nNEW DELHI\n\n"
        "The monsoon is likely to set in over Kerala around June 1, officials said."
    )
    article = parse_article(text)
    assert article.standfirst is None
    assert [(b.kind, b.text) for b in article.boilerplate] == [("credits", credit)]
    assert article.dateline is not None
    assert article.dateline.location == "NEW DELHI"
    # negative: a real summary under the headline is still the standfirst
    text = (
        "Monsoon likely to reach Kerala by June 1\n\nRains could bring relief to farmers.\n\n"
        "By Jo Lind\n\nThe monsoon is likely to set in over Kerala around June 1."
    )
    standfirst = parse_article(text).standfirst
    assert standfirst is not None
    assert standfirst.text == "Rains could bring relief to farmers."


@pytest.mark.parametrize(
    "trail", ["Home > Business > Companies", "News › Politics", "Home / News / World"]
)
def test_a_breadcrumb_trail_over_the_headline_is_page_furniture(trail: str) -> None:
    article = parse_article(f"{trail}\n\nAcme to cut 5,000 jobs\n\nLONDON - Acme will cut jobs.")
    assert article.headline is not None
    assert article.headline.text == "Acme to cut 5,000 jobs"
    assert [(b.kind, b.text) for b in article.boilerplate] == [("page", trail)]


def test_a_ticker_or_a_slash_in_a_headline_is_no_breadcrumb() -> None:
    for headline in ("STANDARD OIL <SRD> TO FORM UNIT", "TALKING POINT/ PAPER STOCKS"):
        article = parse_article(f"{headline}\n\nNEW YORK, March 3 - The company said so.")
        assert article.headline is not None
        assert article.headline.text == headline


@pytest.mark.parametrize("suffix", [" | Reuters", " - BBC News"])
def test_a_page_title_loses_its_site_name(suffix: str) -> None:
    article = parse_article(f"Acme to cut 5,000 jobs{suffix}\n\nLONDON - Acme will cut jobs.")
    assert article.headline is not None
    assert article.headline.text == "Acme to cut 5,000 jobs"
    # negative: a dash inside a headline that names no outlet stays
    article = parse_article("Acme to cut jobs - and more\n\nLONDON - Acme will cut jobs.")
    assert article.headline is not None
    assert article.headline.text == "Acme to cut jobs - and more"


def test_a_section_label_in_capitals_over_the_headline_is_the_kicker() -> None:
    article = parse_article("WORLD NEWS\nAcme to cut 5,000 jobs\n\nLONDON - Acme will cut jobs.")
    assert article.kicker is not None
    assert article.kicker.text == "WORLD NEWS"
    assert article.headline is not None
    assert article.headline.text == "Acme to cut 5,000 jobs"
    # negative: a headline in capitals over the story stays the headline
    article = parse_article("MARKETS FALL\n\nTraders sold shares on Monday.")
    assert article.kicker is None


def test_a_press_agency_catchline_over_the_headline_is_the_kicker() -> None:
    text = (
        "POLITICS Budget\n\nChancellor vows to cut taxes\n\n"
        "By Jane Doe, PA Health Correspondent\n\nThe Chancellor promised to cut taxes."
    )
    article = parse_article(text)
    assert article.kicker is not None
    assert article.kicker.text == "POLITICS Budget"
    assert article.headline is not None
    assert article.headline.text == "Chancellor vows to cut taxes"
    # an agency and a title after the name are no second name
    assert article.byline is not None
    assert article.byline.names == ("Jane Doe",)


def test_a_place_and_colon_over_the_storys_own_dateline_stay_in_the_headline() -> None:
    text = (
        "Pune: Metro line to open by March, says operator\n\n"
        "TNN | Updated: Sep 18, 2024, 08.14 IST\n\n"
        "PUNE: The elevated Metro line is expected to open by March, officials said."
    )
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "Pune: Metro line to open by March, says operator"
    assert article.dateline is not None
    assert article.dateline.text == "PUNE:"
    # negative: with no dateline below, the place opens the story
    text = "PUNE: The elevated Metro line is expected to open by March, officials said."
    assert parse_article(text).headline is None


def test_a_stamp_between_the_section_label_and_the_headline() -> None:
    text = (
        "NEWS\n12 June 2024\n\nAncient DNA shows how farming spread\n\n"
        "Genomes from 60 people suggest herders migrated in waves.\n\nBy Jane Doe\n\n"
        "Ancient genomes have revealed that herding spread in several waves."
    )
    article = parse_article(text)
    assert article.kicker is not None
    assert article.kicker.text == "NEWS"
    assert article.headline is not None
    assert article.headline.text == "Ancient DNA shows how farming spread"
    assert article.standfirst is not None
    assert article.byline is not None
    assert article.byline.names == ("Jane Doe",)


def test_a_press_releases_bullet_highlights_are_the_standfirst() -> None:
    text = (
        "Acme Reports Record Sales\n\n- Sales up 20%\n- Outlook raised for the year\n\n"
        "BOSTON, Feb. 20, 2024 (GLOBE NEWSWIRE) -- Acme Inc. today reported record sales.\n\n"
        "About Acme\n\nAcme makes robots.\n\nMedia Contact:\n\npress@acme.example"
    )
    article = parse_article(text)
    assert article.standfirst is not None
    assert article.standfirst.text == "- Sales up 20%\n- Outlook raised for the year"
    assert article.dateline is not None
    assert article.dateline.agency == "GLOBE NEWSWIRE"
    assert [p.text for p in article.paragraphs] == ["Acme Inc. today reported record sales."]
    # negative: bullets with no dateline under them are the story's
    text = "Acme Reports Record Sales\n\n- Sales up 20%\n\nAcme reported record sales."
    article = parse_article(text)
    assert article.standfirst is None
    assert article.paragraphs[0].text == "- Sales up 20%"


def test_titles_and_dates_under_a_related_heading_to_the_end_are_boilerplate() -> None:
    text = (
        "Ferry firm fined\n\nA ferry operator was fined on Monday.\n\n"
        "Islanders have long complained about the fleet.\n\n"
        "Related topics\n\nFerry travel\n\nScotland\n\nMore on this story\n\n"
        "Operator to charter extra ferry\n\nPublished\n\n12 February"
    )
    article = parse_article(text)
    assert [p.text for p in article.paragraphs] == [
        "A ferry operator was fined on Monday.",
        "Islanders have long complained about the fleet.",
    ]
    assert {b.kind for b in article.boilerplate} == {"related"}
    # negative: a paragraph of the story under the heading keeps the list open
    text = (
        "Ferry firm fined\n\nA ferry operator was fined on Monday.\n\n"
        "Related topics\n\nFerry travel\n\nThe operator said it would appeal."
    )
    article = parse_article(text)
    assert article.paragraphs[-1].text == "The operator said it would appeal."
    assert "Ferry travel" in [p.text for p in article.paragraphs]


def test_two_deck_lines_over_the_byline_are_the_standfirst() -> None:
    text = (
        "Exports beat forecasts as shippers rush orders\n\n"
        "Shipments rose 10.7 per cent in November\n"
        "Analysts say the rush is likely to fade next year\n\n"
        "Jane Doe\nPublished: 3:45pm, 10 Dec 2024\n\n"
        "Exports grew faster than expected last month, data showed on Tuesday."
    )
    article = parse_article(text)
    assert article.standfirst is not None
    assert article.standfirst.text == (
        "Shipments rose 10.7 per cent in November\n"
        "Analysts say the rush is likely to fade next year"
    )
    assert article.byline is not None
    assert article.byline.names == ("Jane Doe",)
    # negative: two short paragraphs of the story (full stops) over a byline stay
    text = (
        "Exports beat forecasts\n\nShipments rose 10.7 per cent.\n\n"
        "Analysts expect the rush to fade.\n\nBy Jane Doe\n\nExports grew last month."
    )
    article = parse_article(text)
    assert article.standfirst is None
    assert article.paragraphs[0].text == "Shipments rose 10.7 per cent."


def test_the_deck_under_a_press_releases_issuer_and_stamp() -> None:
    text = (
        "Acme to Acquire Roe Foods\n\nNEWS PROVIDED BY\nAcme Inc.\nMar 04, 2024, 07:00 ET\n\n"
        "Deal expands Acme's presence in snacks\n\n"
        "CHICAGO, March 4, 2024 /PRNewswire/ -- Acme Inc. today agreed to buy Roe Foods.\n\n"
        "About Acme\nAcme makes snacks.\n\nSOURCE Acme Inc."
    )
    article = parse_article(text)
    assert article.standfirst is not None
    assert article.standfirst.text == "Deal expands Acme's presence in snacks"
    assert article.dateline is not None
    assert article.dateline.agency == "PRNewswire"
    assert [p.text for p in article.paragraphs] == ["Acme Inc. today agreed to buy Roe Foods."]


@pytest.mark.parametrize("label", ["Business", "US news", "World News", "Environment"])
def test_a_sites_section_over_the_headline_is_the_kicker(label: str) -> None:
    article = parse_article(
        f"{label}\n\nAcme to cut 500 jobs at Leeds plant\n\nBy Jane Doe\n\n"
        "Acme said on Monday it would cut 500 jobs at its Leeds plant, blaming weak demand."
    )
    assert article.kicker is not None
    assert article.kicker.text == label
    assert article.headline is not None
    assert article.headline.text == "Acme to cut 500 jobs at Leeds plant"
    # negative: a word that names no section is the headline itself
    other = parse_article(
        "Brexit\n\nAcme to cut 500 jobs at Leeds plant\n\n"
        "Acme said on Monday it would cut 500 jobs at its Leeds plant, blaming weak demand."
    )
    assert other.kicker is None


@pytest.mark.parametrize("label", ["WATCH", "VIDEO", "Listen"])
def test_a_media_label_over_the_story_opens_a_headline(label: str) -> None:
    article = parse_article(
        f"{label}: Acme boss explains job cuts\n\n"
        "Acme said on Monday it would cut 500 jobs at its Leeds plant, blaming weak demand."
    )
    assert article.kicker is not None
    assert article.kicker.text == label
    assert article.headline is not None
    assert article.headline.text == "Acme boss explains job cuts"
    # negative: inside the story the same line points to the page's player
    inside = parse_article(
        "Acme cuts jobs\n\nAcme said on Monday it would cut 500 jobs.\n\n"
        f"{label}: The boss explains the cuts\n\nThe union said it would fight the plan."
    )
    assert inside.kicker is None
    assert inside.headline is not None
    assert inside.headline.text == "Acme cuts jobs"


def test_reported_speech_without_quotes_is_no_headline() -> None:
    from newsstruct import parse_article

    text = (
        "Two men were arrested after a fight outside a pub, police said.\n\n"
        "The men, aged 24 and 31, were held overnight and released on bail on Saturday."
    )
    article = parse_article(text)
    assert article.headline is None
    assert article.paragraphs[0].text.startswith("Two men")
    text = "Police say two men held after fight\n\nThe men were released on bail on Saturday."
    assert parse_article(text).headline is not None


def test_a_topic_label_over_a_headline_and_its_standfirst_is_the_kicker() -> None:
    from newsstruct import parse_article

    text = (
        "Finance & economics | Free exchange\n\nWhy central banks are buying gold again\n\n"
        "Reserve managers buy bullion at the fastest pace in decades\n\nJul 11th 2024\n\n"
        "Gold was once the most unloved of assets, and central banks sold it."
    )
    article = parse_article(text)
    assert article.kicker is not None
    assert article.kicker.text.startswith("Finance")
    assert article.headline is not None
    assert article.headline.text.startswith("Why central")
    assert article.standfirst is not None
    assert article.standfirst.text.startswith("Reserve")
    # a short headline over a paragraph keeps its place
    text = "Rates rise\n\nThe bank raised rates on Monday, officials said in a statement."
    headline = parse_article(text).headline
    assert headline is not None
    assert headline.text == "Rates rise"


def test_a_summary_box_under_the_byline_is_the_standfirst() -> None:
    from newsstruct import parse_article

    text = (
        "Union calls off strike\n\nBy Jane Doe\nEducation Reporter\n\nSummary\n"
        "- A pay deal was reached on Monday.\n- Schools open as planned.\n\n"
        "The teachers' union called off its strike on Monday after a deal on pay."
    )
    article = parse_article(text)
    assert article.standfirst is not None
    assert article.standfirst.text.startswith("- A pay deal")
    assert [p.text[:9] for p in article.paragraphs] == ["The teach"]


def test_a_topic_label_with_a_year_and_a_row_of_topics_at_the_end() -> None:
    from newsstruct import parse_article

    text = (
        "Texas Legislature 2025\n\nHouse approves $1 billion school voucher program for Abbott\n\n"
        "The vote ends a long fight that divided the chamber.\n\n"
        "BY JANE DOE   APRIL 17, 2025\n\n"
        "The House voted 86-61 on Thursday to create the program, officials said.\n\n"
        "Read More About:\n\nBox Office, Dune: Part Two, Warner Bros."
    )
    article = parse_article(text)
    assert article.kicker is not None
    assert article.kicker.text == "Texas Legislature 2025"
    assert article.byline is not None
    assert article.byline.names == ("JANE DOE",)
    assert [p.text[:9] for p in article.paragraphs] == ["The House"]


def test_stacked_sections_and_an_outlet_with_its_section() -> None:
    from newsstruct import parse_article

    text = (
        "Business\nEconomy\n\nEconomy grows 3.6% in first quarter as non-oil sector expands\n\n"
        "Non-oil output rose on tourism and construction\n\nBy Jane Doe\n\n"
        "The economy grew 3.6 per cent in the first three months, official data showed."
    )
    article = parse_article(text)
    assert article.kicker is not None
    assert article.kicker.text == "Business\nEconomy"
    assert article.headline is not None
    assert article.headline.text.startswith("Economy grows")
    text = (
        "Israel News\n\nCabinet Approves 2025 State Budget After Marathon Session\n\n"
        "The budget includes tax increases and spending cuts\n\nHaaretz | Israel News\n"
        "Nov 1, 2024 2:15 am IST\n\nThe cabinet approved the budget early on Friday."
    )
    article = parse_article(text)
    assert article.kicker is not None
    assert article.kicker.text == "Israel News"
    assert article.standfirst is not None
    assert [p.text[:7] for p in article.paragraphs] == ["The cab"]


def _parts(text: str) -> tuple[str | None, ...]:
    """Kicker, headline, standfirst, first byline name, dateline place, first paragraph."""
    a = parse_article(text)
    return (
        a.kicker.text if a.kicker else None,
        a.headline.text if a.headline else None,
        a.standfirst.text if a.standfirst else None,
        a.byline.names[0] if a.byline and a.byline.names else None,
        a.dateline.location if a.dateline else None,
        a.paragraphs[0].text if a.paragraphs else None,
    )


def test_round12_section_and_country_kickers() -> None:
    text = (
        "Nation\nPolice hold 12 in raid on scam ring\nBy JANE DOE\nNation\n"
        "Sunday, 03 Nov 2024\n\nGEORGE TOWN: Police have arrested 12 people, officials said.\n\nMore."
    )
    assert _parts(text) == (
        "Nation",
        "Police hold 12 in raid on scam ring",
        None,
        "JANE DOE",
        "GEORGE TOWN",
        "Police have arrested 12 people, officials said.",
    )
    text = (
        "Saudi Arabia\nFund backs gaming startups\nARAB NEWS\nNovember 03, 2024 21:14\n\n"
        "RIYADH: The fund has launched a new vehicle, it said on Sunday.\n\nMore."
    )
    assert _parts(text)[:2] == ("Saudi Arabia", "Fund backs gaming startups")


def test_round12_name_over_a_date_opening_with_its_day() -> None:
    text = (
        "Exams kick off amid fears of leaks\n"
        "The department says it has tightened security at printing sites\n"
        "Thabo Molefe\n04 Nov 2024\n\nMore than 880,000 candidates sat their first paper.\n\nMore."
    )
    parts = _parts(text)
    assert parts[2] == "The department says it has tightened security at printing sites"
    assert parts[3] == "Thabo Molefe"


def test_round12_slash_trail_desk_report_and_contact_button() -> None:
    text = (
        "Home/Business/Economy\nRemittance inflow hits 4-month high\nStar Business Report\n"
        "Sun Nov 3, 2024 10:05 PM\n\nRemittances rose in October, the central bank said.\n\nMore."
    )
    assert _parts(text)[:4] == (None, "Remittance inflow hits 4-month high", None, None)
    text = (
        "Irish News\nMan dies in Dublin stabbing\nSiobh\u00e1n Walsh\nEmail\nToday at 06:12\n\n"
        "A man has died after being stabbed, gardai said.\n\nMore."
    )
    assert _parts(text)[:4] == (
        "Irish News",
        "Man dies in Dublin stabbing",
        None,
        "Siobh\u00e1n Walsh",
    )


def test_round12_stack_of_sections() -> None:
    text = (
        "National\nNSW\nHousing\nRents rise again as vacancy rate falls\nBy Jane Doe\n"
        "November 4, 2024 \u2014 5.00am\n\nRents rose again in October, data shows.\n\nMore."
    )
    assert _parts(text)[:4] == (
        "National\nNSW\nHousing",
        "Rents rise again as vacancy rate falls",
        None,
        "Jane Doe",
    )


def test_round12_scanned_page() -> None:
    text = (
        "THE DAILY PLANET, TUESDAY, MARCH 4, 1997           A7\n\n"
        "City Council\napproves new\nlandfill site\n\nBy JANE DOE\nPlanet Staff Writer\n\n"
        "   The council voted 5-2 last night to\napprove a new landfill site.\n"
        "   The site will replace the old one.\n"
    )
    parts = _parts(text)
    assert parts[:4] == (None, "City Council\napproves new\nlandfill site", None, "JANE DOE")


def test_round12_label_of_a_fact_check_and_a_list_under_a_colon() -> None:
    text = (
        "FACT FOCUS: Video does not show ballots burned\n\nBy JANE ROE\n\n"
        "A video circulating online is false, officials said.\n\nMore."
    )
    assert _parts(text)[:2] == ("FACT FOCUS", "Video does not show ballots burned")
    text = (
        "Storms knock out power\nJane Doe\nTue, November 5, 2024 at 6:12 AM EST\n\n"
        "In this article:\nAcme Electric\nBeta Energy\n\n"
        "More than 200,000 homes were without power, officials said.\n\nMore."
    )
    assert _parts(text)[5] == "More than 200,000 homes were without power, officials said."


def test_round12_key_points_without_their_marks() -> None:
    text = (
        "Economy\nA recession warning flashed again\nJane Doe\nNov 4, 2024, 6:12 AM ET\n\n"
        "Key points\nThe rule was triggered again.\nUnemployment rose to 4.3% in October.\n\n"
        "A closely watched recession indicator has been triggered again.\n\nMore."
    )
    a = parse_article(text)
    assert a.standfirst is not None
    assert (
        a.standfirst.text == "The rule was triggered again.\nUnemployment rose to 4.3% in October."
    )
    assert a.paragraphs[0].text.startswith("A closely watched")


def test_round12_promos_between_standfirst_and_byline() -> None:
    text = (
        "Australia news\nBank leaves rate on hold\n"
        "The governor says inflation is still too high for a cut\n"
        "Follow our Australia news live blog for latest updates\n"
        "Jane Doe Economics correspondent\nTue 5 Nov 2024 14.30 AEDT\n\n"
        "The bank left its rate unchanged, it said.\n\nMore."
    )
    parts = _parts(text)
    assert parts[2] == "The governor says inflation is still too high for a cut"
    assert parts[3] == "Jane Doe"


def test_a_phone_number_under_release_furniture_is_no_headline() -> None:
    text = (
        "FOR IMMEDIATE RELEASE\nMay 6, 2024\n\nContact: Press Office\n(202) 555-0142\n\n"
        "Bank holds rates as wage growth cools\n\n"
        "FRANKFURT - The central bank held its rates on Thursday, as expected.\n"
    )
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "Bank holds rates as wage growth cools"
    assert article.dateline is not None
    assert article.dateline.location == "FRANKFURT"
    assert "(202) 555-0142" not in [p.text for p in article.paragraphs]
    # negative: a line with letters under the same furniture is still read as a headline
    lettered = text.replace("(202) 555-0142\n\nBank holds", "Call us\n\nBank holds")
    assert parse_article(lettered).headline is not None


def test_round13_desks_and_outlets_under_the_standfirst() -> None:
    from newsstruct import parse_article

    # a desk for the byline under the standfirst (The Express Tribune)
    text = (
        "Fuel price cut\n\nMinistry cites falling oil prices\n\nNews Desk\nNovember 04, 2025\n\n"
        "KARACHI: The government cut the price of petrol on Tuesday.\n\nMore follows."
    )
    article = parse_article(text)
    assert article.standfirst is not None
    assert article.standfirst.text == "Ministry cites falling oil prices"
    assert article.byline is None
    assert [b.kind for b in article.boilerplate][:1] == ["credits"]
    # an outlet's name for the byline (Global Times)
    text = (
        "New rice variety\n\nBy Daily Planet Times\nPublished: Nov 04, 2025 09:12 PM\n\n"
        "Scientists have developed a new variety of rice.\n\nMore follows."
    )
    article = parse_article(text)
    assert article.byline is None
    assert [(b.kind, b.text) for b in article.boilerplate][:1] == [
        ("credits", "By Daily Planet Times")
    ]


def test_round13_bulletin_label_over_the_headline() -> None:
    from newsstruct import parse_article

    text = (
        "SEVERE WEATHER WARNING\n\nStorm Amy: red warning for wind along western coasts\n\n"
        "Gusts of up to 90mph are expected along western coasts, forecasters said.\n\nMore."
    )
    article = parse_article(text)
    assert article.kicker is not None
    assert article.kicker.text == "SEVERE WEATHER WARNING"
    assert article.headline is not None
    assert article.headline.text.startswith("Storm Amy")


def test_round13_section_under_the_headline() -> None:
    from newsstruct import parse_article

    text = (
        "Govt to table budget on Oct 10\n\nNation\n\nTuesday, 04 Nov 2025\n\n"
        "KUALA LUMPUR: The government will table the budget on Oct 10, the ministry said.\n\nMore."
    )
    article = parse_article(text)
    assert article.kicker is not None
    assert article.kicker.text == "Nation"
    assert article.standfirst is None
    # a word that names no section stays the standfirst's
    text = text.replace("\n\nNation\n\n", "\n\nA plan for lean times\n\n")
    article = parse_article(text)
    assert article.kicker is None
    assert article.standfirst is not None


@pytest.mark.parametrize(
    ("line", "credited"),
    [
        ("By Staff Reporter November 4, 2025", True),  # the staff with the date glued on
        ("Saudi Gazette report", True),  # the paper's report
        ("Star Business Report", True),
        ("By Jane Roe November 4, 2025", False),
        ("Annual report", False),
    ],
)
def test_round13_source_credits(line: str, credited: bool) -> None:
    from newsstruct._headline import source_credit

    assert source_credit(line) is credited


def test_round13_source_and_age_over_the_headline() -> None:
    from newsstruct import parse_article

    text = (
        "Springfield Courier \u00b7 2h\n\nLibrary to open on Sundays\n\n"
        "The main library will open on Sundays from January, the council said.\n\nMore."
    )
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "Library to open on Sundays"
    assert article.byline is None


def _headline(text: str) -> str | None:
    front = find_front_matter(text, split_blocks(text), DEFAULT_OPTIONS)
    return front.headline.text if front.headline else None


def test_round14_sections_between_bars_over_the_headline() -> None:
    text = (
        "Asia | Politics | Asia\n\nPort strike ends\n\nBy Jane Doe\n\nThe strike ended on Monday."
    )
    assert _headline(text) == "Port strike ends"


def test_round14_one_bar_is_a_headline() -> None:
    text = "Budget 2025 | What changes for you\n\nThe budget was read on Monday, the minister said."
    assert _headline(text) == "Budget 2025 | What changes for you"


def test_round14_audio_note_over_the_headline() -> None:
    text = (
        "This audio is auto-generated. Please let us know if you have feedback.\n\n"
        "Port strike ends\n\nBy Jane Doe\n\nThe strike ended on Monday, the union said."
    )
    assert _headline(text) == "Port strike ends"


def test_round14_audio_note_under_the_headline_is_no_headline() -> None:
    text = (
        "Port strike ends\n\nListen to this article\n\nThe strike ended on Monday, the union said."
    )
    assert _headline(text) == "Port strike ends"


def test_round14_paper_over_its_post_age() -> None:
    text = "Riverton Courier\n3h \u00b7\n\nPort strike ends\n\nThe strike ended on Monday."
    assert _headline(text) == "Port strike ends"


def test_round14_paper_name_without_stamp_stays() -> None:
    text = "Riverton Courier\n\nThe strike ended on Monday, the union said."
    assert _headline(text) != "The strike ended on Monday, the union said."


@pytest.mark.parametrize(
    ("line", "kicker", "headline"),
    [
        (
            "Australia news live: Senate passes climate bill",
            "Australia news live",
            "Senate passes climate bill",
        ),
        ("Ukraine war live: Talks resume in Geneva", "Ukraine war live", "Talks resume in Geneva"),
        ("How we live: A survey of city life", None, "How we live: A survey of city life"),
    ],
)
def test_round15_live_blog_topic_before_live(line: str, kicker: str | None, headline: str) -> None:
    from newsstruct import parse_article

    article = parse_article(
        line + "\n\nBy Jane Doe\n\nThe Senate passed the bill on Tuesday after a debate."
    )
    assert (article.kicker.text if article.kicker else None) == kicker
    assert article.headline is not None
    assert article.headline.text == headline


@pytest.mark.parametrize(
    "line",
    [
        "India Today News Desk",  # a listed outlet's desk
        "Scroll Staff",
        "QNA/Doha",  # the agency and the place it filed from (Gulf Times)
        "Myanmar Now | November 4, 2025",  # the outlet and the date after a bar
        "By JT - Nov 04,2025 - Last updated at Nov 04,2025",  # the paper's initials
        "Al-Masry Al-Youm",  # the source paper of a translated story
        "Sports Desk",  # a section's desk
        "India Today World Desk",  # an outlet's section desk
        "Staff writer, with CNA",  # the staff and the agency (Taipei Times)
        "ONA",  # an agency alone (Oman Observer)
        "Addis Standard Staff",  # a paper's staff (its name ends in a paper's noun)
        "DHNS",  # an Indian paper's news service by its initials (Deccan Herald)
    ],
)
def test_source_lines_of_asian_and_gulf_pages(line: str) -> None:
    article = parse_article(
        "Ottawa unveils plan to speed up home building\n\n"
        + line
        + "\n\nOTTAWA - The federal government unveiled a plan on Monday, officials said.\n\n"
        "The plan includes new funding."
    )
    assert article.standfirst is None
    assert article.byline is None
    assert [b.kind for b in article.boilerplate][:1] == ["credits"]
    assert article.paragraphs[0].text.startswith("The federal government")


@pytest.mark.parametrize(
    "line",
    [
        "Hospital Staff",
        "Doha/Qatar talks",
        "JT",
        "Jane Doe | November 4, 2025 was a Tuesday",
        "Help Desk",  # no section's desk
        "Jane Doe Sports Desk",  # a name before the desk, no outlet
    ],
)
def test_lines_that_are_no_source_of_asian_and_gulf_pages(line: str) -> None:
    from newsstruct._headline import source_credit

    assert not source_credit(line)


#: The writer, the section and the stamp over a magazine's headline (Wired).
_WRITER_OVER = (
    "Jane Doe\nSecurity\nMar 4, 2026 6:00 AM\n\n{headline}\n\n"
    "A short deck sums the story up in one line.\n\n"
    "Photograph: Jane Roe/Getty Images\n\n"
    "Hackers broke into the grid operator's network last week, the company said on Monday.\n\n"
    "The company said no customers lost power."
)


def test_writer_section_and_stamp_over_the_headline() -> None:
    article = parse_article(_WRITER_OVER.format(headline="The Hackers Who Hit the Grid"))
    assert article.headline is not None
    assert article.headline.text == "The Hackers Who Hit the Grid"
    assert article.kicker is not None
    assert article.kicker.text == "Security"
    assert article.byline is not None
    assert article.byline.names == ("Jane Doe",)
    assert article.standfirst is not None
    assert article.standfirst.text.startswith("A short deck")
    assert [b.kind for b in article.boilerplate] == ["timestamp", "credits"]
    assert article.paragraphs[0].text.startswith("Hackers broke")
    # a name whose first name is not listed
    article = parse_article(
        _WRITER_OVER.replace("Jane Doe", "Kwame Asante").format(headline="Grid Hackers Strike")
    )
    assert article.byline is not None
    assert article.byline.names == ("Kwame Asante",)
    assert article.headline is not None
    assert article.headline.text == "Grid Hackers Strike"


@pytest.mark.parametrize(
    "text",
    [
        # a real one- or two-word headline stays the headline
        "Gone\n\nThe company closed its last store on Monday, staff said.\n\nIt had 40 stores.",
        "Grid Down\n\nSecurity\n\nThe grid went down on Monday, the operator said.\n\nIt is back.",
        # an obituary's headline is a person's name, the body under it
        "Jane Doe\n\nJane Doe, who taught at the village school for forty years, died on "
        "Monday.\n\nShe was 90.",
        "Jane Doe\nObituaries\nMar 4, 2026\n\nJane Doe, who taught at the village school for "
        "forty years, died on Monday at the age of 90, her family said.\n\nShe was 90.",
    ],
)
def test_headlines_that_are_no_writer_over_a_stamp(text: str) -> None:
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == text.split("\n", 1)[0]
    assert article.byline is None


def test_writer_over_a_title_with_no_stamp_is_the_headline() -> None:
    # no stamp under the section: the name stays the headline (an obituary's)
    article = parse_article(
        _WRITER_OVER.replace("Mar 4, 2026 6:00 AM\n", "").format(
            headline="The Hackers Who Hit the Grid"
        )
    )
    assert article.headline is not None
    assert article.headline.text == "Jane Doe"


def test_region_section_over_the_headline() -> None:
    # RNZ Pacific: the region's section, the headline, the outlet's source line
    article = parse_article(
        "Pacific\n\nSamoa parliament dissolved ahead of early election\n\nRNZ Pacific\n"
        "4 November 2025, 5:12pm\n\nSamoa's head of state has dissolved parliament.\n\n"
        "The election will be held within 90 days."
    )
    assert article.kicker is not None
    assert article.kicker.text == "Pacific"
    assert article.headline is not None
    assert article.headline.text == "Samoa parliament dissolved ahead of early election"
    assert article.byline is None


def test_one_word_source_with_its_age_over_the_headline() -> None:
    # a feed reader: the outlet's one-word name and the story's age
    article = parse_article(
        "Punch \u00b7 2h\n\nSenate passes bill on state police\n\nJane Adeyemi\n\n"
        "The Senate on Tuesday passed a bill on state police.\n\nThe House votes next."
    )
    assert article.headline is not None
    assert article.headline.text == "Senate passes bill on state police"
    assert [b.kind for b in article.boilerplate] == ["page"]
    # a one-word line with a date that is no age stays the headline
    article = parse_article(
        "Punch \u00b7 Lagos 2025\n\nThe Senate on Tuesday passed a bill on state police, "
        "officials said.\n\nThe House votes next."
    )
    assert article.headline is not None
    assert article.headline.text == "Punch \u00b7 Lagos 2025"


def test_desk_credit_between_the_standfirst_and_the_stamp() -> None:
    # NDTV: the editor's credit and the stamp under the deck
    article = parse_article(
        "Storm makes landfall near Puri\n\nThe cyclone made landfall on Tuesday evening.\n\n"
        "Edited by Rohit Verma\n\nUpdated: November 04, 2025 8:12 pm IST\n\n"
        "Power supply has been cut in parts of the district, officials said."
    )
    assert article.standfirst is not None
    assert article.standfirst.text == "The cyclone made landfall on Tuesday evening."
    assert article.byline is None
    # with no stamp nor byline under the credit, the block is the story's
    article = parse_article(
        "Storm makes landfall near Puri\n\nThe cyclone made landfall on Tuesday evening.\n\n"
        "Edited by Rohit Verma\n\nPower supply has been cut in parts of the district, "
        "officials said."
    )
    assert article.standfirst is None
    assert article.paragraphs[0].text == "The cyclone made landfall on Tuesday evening."


def test_writers_over_the_section_and_the_stamp() -> None:
    # two writers on the line over the section (Wired)
    text = _WRITER_OVER.replace("Jane Doe", "Jane Doe and Kwame Asante")
    article = parse_article(text.format(headline="The Hackers Who Hit the Grid"))
    assert article.byline is not None
    assert article.byline.names == ("Jane Doe", "Kwame Asante")
    assert article.headline is not None
    assert article.headline.text == "The Hackers Who Hit the Grid"
    # a title-case line that is no list of names stays the headline
    text = _WRITER_OVER.replace("Jane Doe", "Jane Doe and the Lost Tapes")
    article = parse_article(text.format(headline="The Hackers Who Hit the Grid"))
    assert article.headline is not None
    assert article.headline.text == "Jane Doe and the Lost Tapes"


def test_one_word_desk_noun_under_the_deck_keeps_the_front_matter() -> None:
    # a desk's noun alone ("Team") names no desk: the headline and the rest stand
    article = parse_article(
        "Storm shuts ports\n\nA deck line here.\n\nTeam\n\nPorts closed on Monday, officials said."
    )
    assert article.headline is not None
    assert article.headline.text == "Storm shuts ports"
    assert article.boilerplate == ()


def test_an_audio_player_s_note_over_the_headline_is_no_headline() -> None:
    from newsstruct import parse_article

    text = (
        "NEWYou can now listen to Fox News articles!\n\n"
        "Senate Republicans unveil border funding plan\n\n"
        "By Jane Doe Fox News\n\n"
        "Senate Republicans on Monday unveiled a $20 billion border funding plan.\n"
    )
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "Senate Republicans unveil border funding plan"


@pytest.mark.parametrize(
    ("text", "kicker", "headline"),
    [
        (
            "Düsseldorf\nStadt sperrt die Promenade am Rhein\n\nAb Montag ist die Promenade für "
            "drei Monate gesperrt. Radfahrer müssen Umwege fahren.\n\nVon Anna Becker\n\n"
            "Die Stadt lässt die Promenade sanieren.",
            "Düsseldorf",
            "Stadt sperrt die Promenade am Rhein",
        ),
        (
            "Abstimmung in Zürich\nStadt will mehr günstige Wohnungen bauen\n\nDer Stadtrat legt "
            "ein Programm vor. Die Bürgerlichen sind dagegen.\n\nLisa Meier\n\n"
            "Der Stadtrat will 2000 Wohnungen bauen lassen.",
            "Abstimmung in Zürich",
            "Stadt will mehr günstige Wohnungen bauen",
        ),
        (
            "EN DIRECT - Grève SNCF : le trafic très perturbé\n\nLa SNCF prévoit un TGV sur deux.",
            "EN DIRECT",
            "Grève SNCF : le trafic très perturbé",
        ),
    ],
)
def test_label_over_or_before_headline(text: str, kicker: str, headline: str) -> None:
    article = parse_article(text)
    assert article.kicker is not None
    assert article.headline is not None
    assert (article.kicker.text, article.headline.text) == (kicker, headline)


def test_label_over_headline_negatives() -> None:
    # a place on a line of its own, a blank line over the headline: no label of it
    text = (
        "Düsseldorf\n\nStadt sperrt die Promenade am Rhein\n\nAb Montag ist die Promenade für "
        "drei Monate gesperrt. Radfahrer müssen Umwege fahren.\n\nVon Anna Becker\n\n"
        "Die Stadt lässt die Promenade sanieren."
    )
    assert parse_article(text).kicker is None
    # a 1980s wire's correction flag before a spaced hyphen is the headline as written
    text = "CORRECTED - ACME NEGOTIATING SALE OF UNITS\n\nNEW YORK, March 4 - Acme said ..."
    article = parse_article(text)
    assert article.headline is not None
    assert (article.kicker, article.headline.text) == (
        None,
        "CORRECTED - ACME NEGOTIATING SALE OF UNITS",
    )


@pytest.mark.parametrize(
    "line",
    [
        "Do UOL, em São Paulo",
        "Da Redação",
        "Door ANP",
        "Por g1 RS",
        "SANTIAGO / LA VOZ",
        "di F. Q. | 4 Novembre 2025",
    ],
)
def test_source_lines_under_headline(line: str) -> None:
    text = f"Governo aprova plano de obras\n\n{line}\n\nO Governo aprovou hoje o plano de obras."
    article = parse_article(text)
    assert [(b.kind, b.text) for b in article.boilerplate] == [("credits", line)]
    assert article.standfirst is None
    assert article.byline is None


@pytest.mark.parametrize(
    "line",
    ["Do you know what happened here", "Da Silva wins the race in Rio", "Por Juan Pérez"],
)
def test_source_lines_under_headline_negatives(line: str) -> None:
    text = f"Governo aprova plano de obras\n\n{line}\n\nO Governo aprovou hoje o plano de obras."
    article = parse_article(text)
    assert all(b.kind != "credits" for b in article.boilerplate)


# --- round 17b: texts without a headline, and new copy paths -----------------


@pytest.mark.parametrize(
    "lead",
    [
        "The city council voted on Tuesday to close two branch libraries.",
        "A former nurse has been jailed for stealing drugs from a hospital ward.",
        "Bitcoin fell below $60,000 yesterday as investors pulled money from funds.",
        "Shares in Acme fell 12% on Tuesday.",  # its names capitalised: no title case
    ],
)
def test_a_lead_sentence_opening_a_body_only_text_is_no_headline(lead: str) -> None:
    # a body-only text (news-please maintext): its first sentence, in the past
    # tense and dated or with a past auxiliary, stays the first paragraph
    text = f"{lead}\n\nThe decision follows months of debate over the budget, which has fallen by a third.\n"
    article = parse_article(text)
    assert article.headline is None
    assert article.paragraphs[0].text == lead


@pytest.mark.parametrize(
    "headline",
    [
        "Storm kills three in Texas.",  # present tense: a headline with a full stop
        "Council votes to close two libraries on Tuesday.",
        "Clinton says she won't rule out a female running mate.",
        "San Bernardino Suspect Named By Police On Tuesday.",  # title case: no lower-case past verb
    ],
)
def test_a_headline_with_a_full_stop_stays_the_headline(headline: str) -> None:
    text = f"{headline}\n\nA storm killed three people in Texas on Monday as heavy rain flooded roads.\n"
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == headline


def test_a_kicker_alone_loses_its_separator() -> None:
    text = (
        "ANALYSIS \u2014\n\nEngineers test a woven heat shield\n\nBy Jane Doe\n\nA team tested it."
    )
    article = parse_article(text)
    assert article.kicker is not None
    assert article.kicker.text == "ANALYSIS"
    # a kicker without a separator is as it was
    article = parse_article(text.replace(" \u2014", ""))
    assert article.kicker is not None
    assert article.kicker.text == "ANALYSIS"


def test_decks_in_capitals_under_a_head_in_capitals() -> None:
    text = (
        "GREAT FIRE IN THE MILL DISTRICT\n"
        "THREE BUILDINGS DESTROYED\n"
        "Fire broke out in the cotton mill on River street yesterday and spread to two warehouses.\n"
        "The firemen worked until late in the evening.\n"
    )
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "GREAT FIRE IN THE MILL DISTRICT"
    assert article.standfirst is not None
    assert article.standfirst.text == "THREE BUILDINGS DESTROYED"
    assert article.paragraphs[0].text.startswith("Fire broke out")
    # under a headline in mixed case, a line in capitals is no deck
    article = parse_article(text.replace("GREAT FIRE IN THE MILL DISTRICT", "Great fire in mills"))
    assert article.standfirst is None


def test_a_life_span_under_an_obituary_s_name_is_its_standfirst() -> None:
    text = "Margaret Ann Doe\n\n{}\n\nMargaret Ann Doe, 84, of Springfield, died on Oct. 30.\n"
    article = parse_article(text.format("June 3, 1941 - October 30, 2025"))
    assert article.standfirst is not None
    assert article.standfirst.text == "June 3, 1941 - October 30, 2025"
    # two years a year apart are a season's: no standfirst
    article = parse_article(text.format("2024-2025"))
    assert article.standfirst is None


def test_a_shared_link_s_paper_after_a_dash_is_no_part_of_the_headline() -> None:
    text = "City to plant 10,000 trees by 2030 - The Riverton Gazette\n\nThe city will plant trees, the mayor said on Tuesday.\n"
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "City to plant 10,000 trees by 2030"
    # after a dash, words that name no paper stay in the headline
    text = "Trees for the city - a plan for 2030\n\nThe city will plant trees, the mayor said on Tuesday.\n"
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "Trees for the city - a plan for 2030"


def test_a_local_edition_s_name_over_the_headline_is_page_furniture() -> None:
    text = "Axios Denver\n\nDenver's bus lanes cut commute times\n\nJane Doe\n\nNov 4, 2025\n\nBuses are faster."
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "Denver's bus lanes cut commute times"
    assert article.boilerplate[0].kind == "page"
    # a headline that opens with an outlet's name and a place is still one
    text = (
        "Axios Denver expands\n\nThe newsletter will add two reporters, its editor said on Tuesday."
    )
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "Axios Denver expands"


def test_a_paper_s_name_over_its_page_links_at_the_top() -> None:
    # a browser's dump: the paper's name, its links, then the headline
    text = (
        "Riverton Gazette\nHome | News | Sports | Opinion\n\nHarbor dredging to begin\n\n"
        "By Jane Doe\n\nWork to deepen the channel will begin next spring, the port said."
    )
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "Harbor dredging to begin"
    # a headline that ends with a paper's noun over a story stays the headline
    text = (
        "Storm hits the Gazette\n\nA storm hit the newspaper's offices, its editor said on Monday."
    )
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "Storm hits the Gazette"


def test_a_newsletter_s_name_over_its_greeting_is_no_headline() -> None:
    text = "Morning Brew\n\nGood morning. Markets were quiet yesterday, but earnings season is far from over.\n"
    article = parse_article(text)
    assert article.headline is None
    assert article.paragraphs[-1].text.startswith("Good morning.")
    # over a headline, the name is page furniture as before
    article = parse_article(text.replace("Good morning.", "Retail stocks rally\n\nGood morning."))
    assert article.headline is not None
    assert article.headline.text == "Retail stocks rally"


def test_a_paper_s_name_over_a_shared_story_s_headline() -> None:
    text = (
        "Riverton Courier\n\nCity to plant 10,000 trees by 2030\n\n"
        "The city will plant 10,000 trees over the next five years, the mayor said on Tuesday.\n"
    )
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "City to plant 10,000 trees by 2030"
    # a section's news over the headline stays its kicker
    article = parse_article(text.replace("Riverton Courier", "India News"))
    assert article.kicker is not None
    assert article.kicker.text == "India News"


def test_kicker_line_over_a_short_headline() -> None:
    # a German page's Dachzeile: a few words over the headline, no standfirst
    text = (
        "Ärger im Rathaus\nStadtrat stoppt den Neubau der Schwimmhalle\n\n"
        "Von Jana Becker\n\n"
        "Der Stadtrat hat den Neubau der Schwimmhalle am Dienstag vorerst gestoppt.\n\n"
        "Die Kosten waren zuletzt stark gestiegen."
    )
    article = parse_article(text)
    assert article.kicker is not None
    assert article.kicker.text == "Ärger im Rathaus"
    assert article.headline is not None
    assert article.headline.text == "Stadtrat stoppt den Neubau der Schwimmhalle"
    assert article.standfirst is None


@pytest.mark.parametrize(
    "under",
    [
        # a standfirst is a sentence: it ends with a full stop
        "Der Stadtrat stoppt den Neubau der Schwimmhalle.",
        # a line as short as the one over it
        "Neubau gestoppt",
        # a long deck is no headline
        "Der Stadtrat stoppt den Neubau der Schwimmhalle und prüft nun, ob das alte Bad "
        "noch einmal saniert werden kann",
    ],
)
def test_no_kicker_line_over_a_standfirst(under: str) -> None:
    text = (
        f"Ärger im Rathaus\n{under}\n\nVon Jana Becker\n\n"
        "Der Stadtrat hat den Neubau der Schwimmhalle am Dienstag vorerst gestoppt.\n\n"
        "Die Kosten waren zuletzt stark gestiegen."
    )
    article = parse_article(text)
    assert article.kicker is None
    assert article.headline is not None
    assert article.headline.text == "Ärger im Rathaus"


def test_messenger_bold_marks_round_the_headline() -> None:
    text = (
        "Reenviado\n\n*El Ayuntamiento cierra el parque por obras*\n\n"
        "El Ayuntamiento cerrará el parque central durante tres meses por obras.\n\n"
        "Las obras costarán dos millones de euros."
    )
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "El Ayuntamiento cierra el parque por obras"
    assert text[article.headline.span.start : article.headline.span.end] == article.headline.text


@pytest.mark.parametrize(
    "line",
    [
        "*El Ayuntamiento* cierra el *parque*",  # stars within: not round the whole line
        "* El Ayuntamiento cierra el parque *",  # spaced stars: no bold marks
    ],
)
def test_stars_within_a_headline_stay(line: str) -> None:
    text = f"{line}\n\nEl Ayuntamiento cerrará el parque central durante tres meses por obras."
    article = parse_article(text)
    assert article.headline is None or article.headline.text.startswith("*")


@pytest.mark.parametrize(
    "text",
    [
        "Biden pardons son\nPresident says he could not stand by as Hunter was singled out\n"
        "By Jane Doe\nWASHINGTON (AP) - President Biden pardoned his son on Sunday.\n",
        "Storm hits Cornwall\nThousands without power as winds reach 100mph\n\nJane Doe\n\n"
        "Winds of up to 100mph hit Cornwall overnight, forecasters said.\n",
    ],
)
def test_a_short_english_headline_over_its_deck_is_no_kicker_line(text: str) -> None:
    article = parse_article(text)
    assert article.kicker is None
    assert article.headline is not None
    assert article.headline.text == text.split("\n", 1)[0]


def test_round18b_a_newsletter_s_name_over_its_greeting_is_page_furniture() -> None:
    article = parse_article(
        "Morning Brew\n\nGood Tuesday morning. Markets were quiet.\n\nShares rose on Monday."
    )
    assert article.headline is None
    assert [(b.kind, b.text) for b in article.boilerplate] == [("page", "Morning Brew")]
    assert article.paragraphs[0].text.startswith("Good Tuesday morning.")
    # no greeting under it: the outlet's name stays where it was
    article = parse_article("Morning Brew\n\nMarkets were quiet on Monday, traders said.")
    assert not article.boilerplate


def test_round18b_a_review_s_venue_and_info_box_are_page_furniture() -> None:
    text = (
        "Review\n\nThe Harbour Master review \u2013 a big-hearted comedy\n\n\u2605\u2605\u2605\u2605\n\n"
        "Old Vic, London\n\nJane Doe\n\nTue 4 Nov 2025 13.00 GMT\n\n"
        "A retired harbour master refuses to leave his cottage.\n\nThe writing is quick.\n"
    )
    article = parse_article(text)
    assert article.standfirst is None
    assert ("page", "Old Vic, London") in [(b.kind, b.text) for b in article.boilerplate]
    # a sentence under the stars stays the standfirst
    article = parse_article(text.replace("Old Vic, London", "A comedy of village life, London"))
    assert article.standfirst is not None
    text = (
        "Album Review\n\nJane Doe: Northern Lights\n\nLabel: Example Records\n"
        "Release date: Nov. 7, 2025\nRating: 8/10\n\nBy John Roe\n\n"
        "Jane Doe's third album is her quietest yet.\n\nThe title track is the standout.\n"
    )
    article = parse_article(text)
    assert article.byline is not None
    assert article.byline.names == ("John Roe",)
    assert len(article.paragraphs) == 2
    # one labelled line alone is no info box
    article = parse_article(
        text.replace("Label: Example Records\nRelease date: Nov. 7, 2025\n", "")
    )
    assert not article.boilerplate


def test_round18b_a_chat_app_s_sender_line_and_note_over_a_pasted_story() -> None:
    text = (
        "Jane Doe  10:42 AM\nHere's the piece for the 11 o'clock update:\n\n"
        "Storm knocks out power to 20,000 homes\n\n"
        "RIVERTON \u2014 A line of strong storms knocked out power to about 20,000 homes "
        "on Tuesday morning, the utility said.\n\nCrews expected to restore most service.\n"
    )
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "Storm knocks out power to 20,000 homes"
    assert [b.kind for b in article.boilerplate] == ["page", "page"]
    # a sender's line with no note under it: the headline still follows
    article = parse_article(text.replace("Here's the piece for the 11 o'clock update:\n", ""))
    assert article.headline is not None
    assert article.headline.text == "Storm knocks out power to 20,000 homes"


def test_furniture_running_to_the_text_end_leaves_no_block_to_read() -> None:
    # a text whose furniture under its first line runs to its end: the venue
    # rule looked at the block past the last (an IndexError the guard hid)
    from newsstruct._blocks import split_blocks
    from newsstruct._headline import find_front_matter
    from newsstruct._options import DEFAULT_OPTIONS

    text = "Enlarge this image---\nKYODO NEWS - Nov 4, 2025 - 18:12 | Japan"
    front = find_front_matter(text, split_blocks(text), DEFAULT_OPTIONS)
    assert front.headline is None or text[front.headline.span.start : front.headline.span.end]


def test_round19a_a_whole_page_s_title_over_its_menus() -> None:
    text = (
        "Council approves bike lanes | Riverton Courier\n\nSkip to content\n\nHome\n\nNews\n\n"
        "Opinion\n\nCouncil approves bike lanes\n\nBy Jane Doe\n\n"
        "The city council approved 12 miles of protected bike lanes on Monday.\n\n"
        "Work will begin in the spring.\n"
    )
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.span.start == text.index("Council approves bike lanes\n\nBy")
    assert article.byline is not None
    assert article.byline.names == ("Jane Doe",)
    assert len(article.paragraphs) == 2
    # a title whose headline is not repeated under short lines keeps the title
    alone = text.replace("Council approves bike lanes\n\nBy", "By")
    article = parse_article(alone)
    assert article.headline is not None
    assert article.headline.span.start == 0


@pytest.mark.parametrize("label", ["Zusammenfassung", "Neufassung", "Korrektur"])
def test_round20b_dpa_version_label_under_the_headline_is_page_furniture(label: str) -> None:
    text = (
        f"Bahn streicht Nachtzüge nach Wien\n\n{label}\n\n"
        "Berlin (dpa) - Die Bahn stellt zwei Nachtzugverbindungen nach Wien ein. "
        "Die Nachfrage sei zu gering gewesen.\n\nFahrgastverbände kritisierten die Entscheidung.\n"
    )
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "Bahn streicht Nachtzüge nach Wien"
    assert article.standfirst is None
    assert [(b.kind, b.text) for b in article.boilerplate] == [("page", label)]
    assert article.dateline is not None
    assert (article.dateline.location, article.dateline.agency) == ("Berlin", "dpa")
    assert len(article.paragraphs) == 2


def test_round20b_version_label_over_bullets_or_a_sentence_is_left_alone() -> None:
    # over bullets: a summary box's label, not dpa's version label
    text = (
        "Bahn streicht Nachtzüge nach Wien\n\nZusammenfassung\n\n- Zwei Linien fallen weg\n\n"
        "- Verbände kritisieren die Bahn\n\nBerlin (dpa) - Die Bahn stellt zwei "
        "Nachtzugverbindungen nach Wien ein.\n\nFahrgastverbände kritisierten die Entscheidung.\n"
    )
    article = parse_article(text)
    assert "page" not in [b.kind for b in article.boilerplate]
    # a standfirst that only begins with the word stays the standfirst
    deck = "Korrektur der Prognose: Die Bahn rechnet mit weniger Fahrgästen als erwartet"
    text = (
        f"Bahn streicht Nachtzüge nach Wien\n\n{deck}\n\n"
        "Berlin (dpa) - Die Bahn stellt zwei Nachtzugverbindungen nach Wien ein.\n\n"
        "Fahrgastverbände kritisierten die Entscheidung.\n"
    )
    article = parse_article(text)
    assert article.standfirst is not None
    assert article.standfirst.text == deck


DECK = "Poor countries still pay more to borrow than they did a decade ago."
DATELINED = "CAMBRIDGE \u2013 When rates fell last year, many expected relief for poorer economies."


@pytest.mark.parametrize("byline", ["By Jane Doe", "Nov 4, 2025 Jane Doe"])
def test_round20_deck_under_the_byline_over_the_dateline_is_the_standfirst(byline: str) -> None:
    article = parse_article(f"Debt wave\n\n{byline}\n\n{DECK}\n\n{DATELINED}{BODY}")
    assert article.standfirst is not None
    assert article.standfirst.text == DECK
    assert article.dateline is not None
    assert article.dateline.location == "CAMBRIDGE"
    assert article.paragraphs[0].text.startswith("When rates fell")


@pytest.mark.parametrize(
    "text",
    [
        # no dateline under it: the story's first paragraph
        f"Debt wave\n\nBy Jane Doe\n\n{DECK}\n\nWhen rates fell, relief was expected.{BODY}",
        # no byline over it
        f"Debt wave\n\n{DECK}\n\nIt is a long story, and it is not over.\n\n{DATELINED}{BODY}",
    ],
)
def test_round20_first_paragraph_under_the_byline_stays_a_paragraph(text: str) -> None:
    article = parse_article(text)
    assert article.standfirst is None or article.standfirst.text != DECK
    assert DECK in [p.text for p in article.paragraphs]


@pytest.mark.parametrize(
    ("title", "source_at"),
    [
        ("Ky. Company Wins Grant to Study Peptides (AP)", 40),
        ("Sister of man who died in custody slams chief (Canadian Press)", 45),
        ("Bush Makes Fourth Trip of Year to N.M. (AP)", 38),
        ("Will High Oil Prices Lead to Recession? (Reuters)", 39),
        # the title looks like a place and a date before the agency: no dateline
        ("Sony Shows Smaller PlayStation 2 (AP)", 32),
    ],
)
def test_round21b_feed_title_with_its_source_in_brackets_is_the_headline(
    title: str, source_at: int
) -> None:
    # an RSS title as AG News keeps it, over the lead paragraph
    text = title + "\n\nAP - A company said on Tuesday it would build a new plant in the state."
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == title[:source_at]
    assert article.captions == ()
    assert article.dateline is not None
    assert article.dateline.agency == "AP"


def test_round21b_brackets_that_are_no_feed_source_are_left_alone() -> None:
    # a photo's credit: the caption it was
    article = parse_article("A man walks past a flooded shop in Tokyo (AP Photo/Jane Doe)" + BODY)
    assert article.headline is None
    assert [c.text for c in article.captions] == ["A man walks past a flooded shop in Tokyo"]
    # a sentence before the brackets, a name in them: nothing is cut off the line
    for first in ("A man walks past a flooded shop in Tokyo. (AP)", "Acme to cut jobs (Jane Doe)"):
        article = parse_article(first + BODY)
        assert article.headline is not None
        assert article.headline.text == first


@pytest.mark.parametrize(
    "first",
    [
        # a perfect passive (headlines drop the auxiliaries)
        "A heat health alert has been issued for much of England.",
        # the past tense with two articles
        "For most of the past decade, few politicians wanted to talk about the deficit.",
        # an auxiliary, the past tense and a possessive
        "Example Studios has dated its lighthouse thriller for Oct. 16, 2026.",
        # a question as long as a lead sentence
        "During the debate on Saturday night, the moderator asked the candidates a simple "
        "question: who do you think will win the cup final?",
        # a letter's greeting, a newsletter's greeting, a transcript's turn
        "Guten Morgen, liebe Leserin, lieber Leser,",
        "Good morning.",
        "[00:00:00] JANE DOE: From the Riverton Courier, this is the show. I'm Jane Doe.",
        # a personal pronoun opening a sentence with a full stop: no name, no headline
        "He's back.",
        "She is the campaign's answer to its critics.",
    ],
)
def test_round21b_first_paragraph_of_a_body_only_text_is_no_headline(first: str) -> None:
    article = parse_article(first + BODY)
    assert article.headline is None
    assert next(p.text for p in article.paragraphs) == first


@pytest.mark.parametrize(
    "first",
    [
        # headlines in sentence case with a full stop, as PolNeAR keeps them
        "Trump fires up G.O.P. base, by pricking party's orthodoxy.",
        "In criticizing Clinton, hints that email may have been hacked.",
        "Top Clinton adviser sent 'top secret' messages to her private account.",
        "For outgoing U.N. chief, climate deal was a top goal - and a top triumph.",
        "What will it take for the Senate to pass gun control?",
        "Acme shares slump 12% on chip demand.",
        "It's fine to 'feel the Bern,' but not on Tinder.",
        "Herd immunity is near.",
    ],
)
def test_round21b_sentence_case_headlines_stay_headlines(first: str) -> None:
    article = parse_article(first + BODY)
    assert article.headline is not None
    assert article.headline.text == first


def test_round21b_first_line_of_a_hard_wrapped_paragraph_is_no_headline() -> None:
    # a lone paragraph, hard-wrapped (a text-mode browser's dump, a corpus's body)
    for text in (
        "Work to deepen the harbor channel will begin next spring, the port\n"
        "authority said on Tuesday, after a federal agency approved the permits.",
        "Work to deepen the harbor channel will begin next spring, the port authority said on\n"
        "Tuesday, after a federal agency approved the permits.",
    ):
        assert parse_article(text).headline is None
    # a headline set over narrow lines, and a headline over a wrapped paragraph, stay
    narrow = "City Council\napproves new\nlandfill site" + BODY
    assert parse_article(narrow).headline is not None
    wrapped = (
        "Harbor channel work to begin next spring\n\nWork to deepen the harbor channel will\n"
        "begin next spring, the port authority said on Tuesday."
    )
    article = parse_article(wrapped)
    assert article.headline is not None
    assert article.headline.text == "Harbor channel work to begin next spring"


@pytest.mark.parametrize("place", ["ANKARA", "Belgrade", "Brasília"])
def test_round21b_town_alone_over_a_body_with_no_headline_is_the_dateline(place: str) -> None:
    # a page's body copied with the line of the town it was filed from
    article = parse_article(place + BODY)
    assert article.headline is None
    assert article.dateline is not None
    assert article.dateline.location == place
    assert [p.text for p in article.paragraphs] == [BODY.strip()]


def test_round21b_country_or_town_over_a_heading_is_left_alone() -> None:
    # a country's name alone over a paragraph is its headline (an encyclopedia's entry)
    article = parse_article("Kuwait" + BODY)
    assert article.headline is not None
    assert article.headline.text == "Kuwait"
    assert article.dateline is None
    # a town over a short line, not a paragraph of prose: no dateline read there
    article = parse_article("Belgrade\n\nTalks end" + BODY)
    assert article.dateline is None


def test_round24_a_labelled_title_over_the_same_headline_is_furniture() -> None:
    # Reuters RCV1: <title>COUNTRY: headline</title> over <headline>headline</headline>
    text = (
        "UK: Ferry operator cuts winter sailings.\n\n"
        "Ferry operator cuts winter sailings.\n\n"
        "A ferry operator said on Monday it would cut winter sailings on two routes."
    )
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "Ferry operator cuts winter sailings."
    assert article.kicker is None
    assert article.standfirst is None
    assert [(junk.kind, junk.text) for junk in article.boilerplate] == [
        ("page", "UK: Ferry operator cuts winter sailings.")
    ]


def test_round24_a_labelled_headline_over_other_words_stays_the_headline() -> None:
    # negative: the label's headline over a line that is no repeat of it
    text = (
        "Germany: Coalition agrees on pension reform\n\n"
        "The reform raises the retirement age by one year.\n\n"
        "The government's parties agreed on Monday to reform pensions."
    )
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text.endswith("Coalition agrees on pension reform")
    assert "page" not in [junk.kind for junk in article.boilerplate]


def test_comment_section_over_headline_is_kicker() -> None:
    # "Comment" is a share button's word too; alone over an op-ed's headline it is the section
    text = (
        "Comment\n\nOur high streets need fewer car parks, not more\n\nRuth Baines\n\n"
        "Every town has tried to save its high street by adding parking. It has not worked.\n"
    )
    article = parse_article(text)
    assert article.kicker is not None
    assert article.kicker.text == "Comment"
    assert article.headline is not None
    assert article.headline.text == "Our high streets need fewer car parks, not more"
    assert not any(junk.text == "Comment" for junk in article.boilerplate)


def test_comment_in_a_row_of_buttons_stays_share() -> None:
    # in a row of share buttons above the headline, "Comment" is a button
    text = (
        "Share\n\nComment\n\nOur high streets need fewer car parks, not more\n\nRuth Baines\n\n"
        "Every town has tried to save its high street by adding parking. It has not worked.\n"
    )
    article = parse_article(text)
    assert article.kicker is None
    assert article.headline is not None
    assert article.headline.text == "Our high streets need fewer car parks, not more"
    assert ("share", "Comment") in [(junk.kind, junk.text) for junk in article.boilerplate]


def test_correction_over_the_story_is_skipped_for_the_headline() -> None:
    text = (
        "Correction: An earlier version of this story gave the wrong date for the vote."
        " It is on May 4.\n\n"
        "Council to vote on new cycle lanes\n\n"
        "By Jane Doe\n\n"
        "The city council will vote on May 4 on a plan for twelve miles of new cycle lanes,"
        " officials said on Monday.\n\n"
        "The plan has split shop owners on the high street.\n"
    )
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "Council to vote on new cycle lanes"
    assert article.byline is not None
    assert article.byline.names == ("Jane Doe",)
    assert [b.kind for b in article.boilerplate] == ["correction"]
    assert len(article.paragraphs) == 2


def test_correction_alone_is_no_skipped_block() -> None:
    # a correction notice alone: nothing under it to be the headline
    text = "Correction: An earlier version of this story gave the wrong date for the vote."
    article = parse_article(text)
    assert [b.kind for b in article.boilerplate] == ["correction"]


def test_desk_after_by_under_a_standfirst() -> None:
    text = (
        "Weather\n\n"
        "Frost warning for the north as temperatures fall\n\n"
        "Roads could be icy on Tuesday morning, forecasters say\n\n"
        "By Weather Desk\n\n"
        "A yellow warning for ice covers much of the north from 20:00 on Monday until"
        " 10:00 on Tuesday.\n\n"
        "Temperatures could fall to -8C in rural areas overnight.\n"
    )
    article = parse_article(text)
    assert article.standfirst is not None
    assert article.standfirst.text.startswith("Roads could be icy")
    assert ("credits", "By Weather Desk") in [(b.kind, b.text) for b in article.boilerplate]
    assert article.paragraphs[0].text.startswith("A yellow warning")


def test_by_and_a_person_under_a_standfirst_is_still_a_byline() -> None:
    text = (
        "Frost warning for the north as temperatures fall\n\n"
        "Roads could be icy on Tuesday morning, forecasters say\n\n"
        "By Jane Doe\n\n"
        "A yellow warning for ice covers much of the north from 20:00 on Monday until"
        " 10:00 on Tuesday.\n\n"
        "Temperatures could fall to -8C in rural areas overnight.\n"
    )
    article = parse_article(text)
    assert article.byline is not None
    assert article.byline.names == ("Jane Doe",)
    assert article.standfirst is not None


#: An opinion page's top: two section labels, a headline of two sentences,
#: a standfirst with no full stop, the writer and the stamp.
OPINION_TOP = (
    "Opinion\nHousing\n\n"
    "{headline}\n\n"
    "Thousands of flats could be made on high streets if councils stopped treating"
    " upper floors as storage\n\n"
    "Jane Doe\nTue 10 Nov 2026 06.00 GMT\n\n"
    "Walk down almost any high street after six o'clock and look up at the dark windows"
    " above the shops.\n"
)


def test_round28_two_sentences_under_a_kicker_are_the_headline() -> None:
    text = OPINION_TOP.format(
        headline="Our towns are full of empty shops. Let people live above them"
    )
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "Our towns are full of empty shops. Let people live above them"
    assert article.standfirst is not None
    assert article.standfirst.text.startswith("Thousands of flats")
    assert article.byline is not None
    assert article.byline.names == ("Jane Doe",)


def test_round28_two_short_sentences_without_kicker_over_a_short_block_stay() -> None:
    # no kicker over them, and the block under them is not three times as long: no headline
    text = (
        "The vote was close. Nobody expected it.\n\n"
        "The council met again on Tuesday to count the ballots.\n\n"
        "Officials said a recount would take a week.\n"
    )
    assert parse_article(text).headline is None


def test_round28_writer_name_under_an_avatar_after_a_standfirst() -> None:
    text = (
        "# Why the bus depot vote matters\n\n"
        "### The council's decision on Thursday will shape the east side for a decade\n\n"
        "[![Avatar](https://cdn.example.com/a.png)](https://example.substack.com/@jdoe)\n\n"
        "[Jane Doe](https://example.substack.com/@jdoe)\n\n"
        "Nov 24, 2026\n\n"
        "On Thursday night the city council will vote on whether to sell the old bus depot.\n\n"
        "The depot sits on almost nine acres next to the river, the largest empty site left.\n"
    )
    article = parse_article(text)
    assert article.standfirst is not None
    assert article.standfirst.text.startswith("The council's decision")
    assert article.byline is not None
    assert article.byline.names == ("Jane Doe",)
    assert article.captions == ()


_MSN = (
    "{source}Story by Maya Collins\n"
    "\u2022 3h \u2022 3 min read\n\n"
    "Teachers in three districts vote to strike over class sizes\n\n"
    "Teachers in three school districts have voted to strike from next Tuesday unless "
    "their districts agree to cap class sizes, their union said on Wednesday.\n\n"
    "Talks are scheduled to resume on Friday."
)


@pytest.mark.parametrize("source", ["", "The Riverside Gazette\n"])
def test_round29_an_aggregators_byline_and_stamp_over_the_headline(source: str) -> None:
    article = parse_article(_MSN.format(source=source))
    assert article.headline is not None
    assert article.headline.text == "Teachers in three districts vote to strike over class sizes"
    assert article.byline is not None
    assert article.byline.names == ("Maya Collins",)
    assert article.paragraphs[0].text.startswith("Teachers in three school districts")


def test_round29_a_byline_over_a_story_with_no_stamp_keeps_no_headline_under_it() -> None:
    text = _MSN.format(source="").replace("\u2022 3h \u2022 3 min read\n", "")
    article = parse_article(text)
    assert article.byline is not None
    assert article.byline.names == ("Maya Collins",)


@pytest.mark.parametrize(
    ("line", "kicker", "headline"),
    [
        (
            "ADVISORY-Reuters to publish series on Sahel drought",
            "ADVISORY",
            "Reuters to publish series on Sahel drought",
        ),
        (
            "Full text: Prime Minister's address to the nation",
            "Full text",
            "Prime Minister's address to the nation",
        ),
    ],
)
def test_round29_advisory_and_full_text_labels_are_kickers(
    line: str, kicker: str, headline: str
) -> None:
    article = parse_article(line + "\n\nThe first story moves on Monday, the desk said in a note.")
    assert article.kicker is not None
    assert article.kicker.text == kicker
    assert article.headline is not None
    assert article.headline.text == headline


def test_round29_advisory_in_a_headline_stays() -> None:
    text = "Storm advisory lifted for coast\n\nThe advisory was lifted on Monday, forecasters said."
    article = parse_article(text)
    assert article.kicker is None
    assert article.headline is not None
    assert article.headline.text == "Storm advisory lifted for coast"


def test_round29_a_capital_headlines_second_line_opening_with_a_joining_word_goes_on() -> None:
    text = (
        "FIRE AT THE OLD MILL\n"
        "IN MARKET STREET\n\n"
        "THREE FAMILIES HOMELESS\n\n"
        "Fire broke out early on Sunday morning in the old corn mill, and by\n"
        "dawn the roof had fallen in.\n"
    )
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "FIRE AT THE OLD MILL\nIN MARKET STREET"
    assert article.standfirst is not None
    assert article.standfirst.text == "THREE FAMILIES HOMELESS"


def test_round29_a_capital_deck_under_a_blank_line_or_with_its_own_opening_stays_a_deck() -> None:
    # negative: a deck in capitals under a blank line, or opening with no joining word
    for text in (
        "FIRE AT THE OLD MILL\n\nIN MARKET STREET\n\nFire broke out early on Sunday "
        "morning in the old corn mill, and by dawn the roof had fallen in.\n",
        "FIRE AT THE OLD MILL\nTHREE FAMILIES HOMELESS\nFire broke out early on Sunday "
        "morning in the old corn mill, and by dawn the roof had fallen in.\n",
    ):
        article = parse_article(text)
        assert article.headline is not None
        assert article.headline.text == "FIRE AT THE OLD MILL"
        assert article.standfirst is not None


_DIGEST = (
    "IN BRIEF\n\n"
    "Pool reopens after repairs\n\n"
    "The town's outdoor pool will reopen on Saturday after six weeks of repairs "
    "to its filters, the leisure trust said.\n\n"
    "Parking fees frozen\n\n"
    "Parking fees in the town centre will not rise next year, the council agreed "
    "at its meeting on Thursday.\n\n"
    "Choir wins regional title\n\n"
    "The Millbrook Community Choir won the regional title at the festival in "
    "Harwood on Sunday, beating eleven other choirs.\n"
)


def test_round29_a_digests_first_items_head_is_no_headline() -> None:
    article = parse_article(_DIGEST)
    assert article.headline is None
    assert article.kicker is not None
    assert article.kicker.text == "IN BRIEF"
    assert [head.text for head in article.subheads] == [
        "Pool reopens after repairs",
        "Parking fees frozen",
        "Choir wins regional title",
    ]
    assert len(article.paragraphs) == 3
    assert article.paragraphs[0].text.startswith("The town's outdoor pool")


def test_round29_one_item_under_a_digest_label_or_a_section_label_keeps_its_headline() -> None:
    # negative: a single story under the digest's label; several items under a section's label
    one = _DIGEST.split("Parking fees frozen")[0].rstrip() + "\n"
    article = parse_article(one)
    assert article.headline is not None
    assert article.headline.text == "Pool reopens after repairs"
    article = parse_article(_DIGEST.replace("IN BRIEF", "LOCAL NEWS"))
    assert article.headline is not None
    assert article.headline.text == "Pool reopens after repairs"


_NEWSLETTER = (
    "View in browser\n\n"
    "THE EVENING LETTER\n\n"
    "Tuesday, 10 March 2026\n\n"
    "Good evening. Here is the one story worth your time tonight.\n\n"
    "Brought to you by Oakfield Energy.\n\n"
    "Ferry operator adds winter sailings\n\n"
    "By Tomas Reyes\n\n"
    "The island ferry will run two extra sailings a day through the winter, its "
    "operator said on Tuesday, after complaints about crowded boats.\n\n"
    "The new timetable starts on Monday.\n\n"
    "SPONSORED\n\n"
    "Oakfield Energy: switch to a fixed tariff today.\n\n"
    "Forwarded this email? Subscribe here.\n\n"
    "You are receiving this because you signed up to The Evening Letter.\n"
    "Unsubscribe | Manage preferences\n"
)


def test_round29_a_newsletters_masthead_date_and_greeting_stand_over_its_story() -> None:
    article = parse_article(_NEWSLETTER)
    assert article.headline is not None
    assert article.headline.text == "Ferry operator adds winter sailings"
    assert article.byline is not None
    assert article.byline.names == ("Tomas Reyes",)
    kinds = {junk.text: junk.kind for junk in article.boilerplate}
    assert kinds["THE EVENING LETTER"] == "page"
    assert kinds["Good evening. Here is the one story worth your time tonight."] == "page"
    assert kinds["Oakfield Energy: switch to a fixed tariff today."] == "promo"
    assert kinds["Unsubscribe | Manage preferences"] == "page"
    assert [p.text for p in article.paragraphs][-1] == "The new timetable starts on Monday."


def test_round29_a_headline_over_a_stamp_and_a_letter_is_no_masthead() -> None:
    # negative: no stamp between the title and the greeting (a letter under its headline)
    text = (
        "Thank you, Millbrook\n\n"
        "Good morning. After forty years behind the counter of the corner shop, I "
        "am retiring this week, and I want to thank every one of you.\n\n"
        "It has been a joy to serve this town.\n"
    )
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "Thank you, Millbrook"


def test_round29_a_forwarded_notes_sign_up_line_stands_over_the_headline() -> None:
    text = (
        "Forwarded this email? Subscribe here.\n\n"
        "Council approves budget\n\n"
        "The council approved the budget on Monday after a long debate about the roads.\n\n"
        "The vote was 5-2, and the mayor said she was pleased with the outcome.\n"
    )
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "Council approves budget"
    assert [junk.kind for junk in article.boilerplate] == ["promo"]


def test_round30_a_transcripts_hours_on_air_leave_its_title() -> None:
    text = (
        "CNN NEWSROOM\n\nFloods Force Thousands From Homes. Aired 10-11a ET\n\n"
        "Aired May 14, 2026 - 10:00   ET\n\n"
        "JANE DOE, CNN ANCHOR: Good morning. The river is rising fast this morning.\n\n"
        "JOHN ROE, CNN CORRESPONDENT: Jane, the water has risen two feet overnight."
    )
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "Floods Force Thousands From Homes"
    # negative: "Aired" in a headline with no hours after it stays
    text = "Show Aired Despite Protests\n\nThe broadcaster aired the show on Monday despite calls."
    headline = parse_article(text).headline
    assert headline is not None
    assert headline.text == "Show Aired Despite Protests"


def test_round30_a_papers_staff_after_by_is_a_source_line() -> None:
    from newsstruct._headline import source_credit

    assert source_credit("By Courier staff")
    assert source_credit("By Herald Staff")
    # negative: not a paper's noun, or no lead word
    assert not source_credit("By Hospital staff")
    assert not source_credit("Courier staff")


def test_round30_a_corrections_columns_title_is_its_headline() -> None:
    text = (
        "Corrections and clarifications\n\n"
        "Compiled by the readers' editor\n\n"
        "An article on Monday gave the wrong date for the parade. It is on Saturday."
    )
    headline = parse_article(text).headline
    assert headline is not None
    assert headline.text == "Corrections and clarifications"
    # negative: over another page link it is one of the page's links
    text = (
        "Corrections and clarifications\n\n"
        "Submit a news tip\n\n"
        "An article on Monday gave the wrong date for the parade. It is on Saturday."
    )
    article = parse_article(text)
    assert article.headline is None
    assert [junk.kind for junk in article.boilerplate] == ["page", "page"]


def test_a_transcript_s_hours_after_a_run_of_spaces_leave_the_headline() -> None:
    text = "Budget Talks." + " " * 150 + "Aired 10-11a ET\n\nThe senate met today for hours."
    headline = parse_article(text).headline
    assert headline is not None
    assert headline.text == "Budget Talks"
    # negative: "Aired" with no hours after it stays in the headline
    headline = parse_article("Budget Talks Aired\n\nThe senate met.").headline
    assert headline is not None
    assert headline.text == "Budget Talks Aired"


def test_struct31y_a_documents_stacked_heading_is_its_headline() -> None:
    text = (
        "Lakeview County\n"
        "Board of Commissioners\n"
        "Minutes of the Work Session, March 9, 2026\n\n"
        "Chair Dana Reyes called the work session to order at 9 a.m. in the annex.\n\n"
        "Commissioners reviewed the draft road plan and asked staff for new cost figures."
    )
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == (
        "Lakeview County\nBoard of Commissioners\nMinutes of the Work Session, March 9, 2026"
    )
    assert article.paragraphs[0].text.startswith("Chair Dana Reyes called")
    assert len(article.paragraphs) == 2
    # negative: with no document's date in its last line, the lines stay as they were
    undated = text.replace(", March 9, 2026", "")
    headline = parse_article(undated).headline
    assert headline is not None
    assert headline.text == "Lakeview County"
    # negative: a headline over a stamp alone (no title words besides the date)
    story = (
        "Council Approves Road Plan\n"
        "Monday, March 9, 2026\n\n"
        "The county board approved the road plan on Monday after a long debate."
    )
    headline = parse_article(story).headline
    assert headline is not None
    assert headline.text == "Council Approves Road Plan"
