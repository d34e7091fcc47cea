"""Parts of the wire-form pages, read alone: the body only, the title and the body.

Many users hold only part of a story: a scraper's body without its title
(newspaper3k's ``article.text``), a dataset's title and body fields joined by
a blank line, or a lead paragraph alone (AG News).  Each page of
``test_wire_forms`` and ``test_wire_forms_intl`` (those read right) is parsed,
then texts are made of slices of it:

* ``body``: its paragraphs joined by blank lines (the first with the dateline
  that opens its block): no headline, kicker, standfirst, caption nor
  boilerplate; the same paragraphs and dateline as in the whole page;
* ``titled``: its headline, a blank line and the body: the same headline too;
* ``lead``: its first paragraph alone: that paragraph, and the dateline.

The dateline is compared by place, agency and date as written (its calendar
date may need a year that only the page's furniture gave).
"""

from __future__ import annotations

import pytest

from newsstruct import Article, parse_article
from tests import test_wire_forms, test_wire_forms_intl

#: The pages, by name (``intl:`` for the other languages), with their reference date.
PAGES: dict[str, tuple[str, object]] = {
    **{
        name: (text, expected.reference_date)
        for name, (text, expected) in test_wire_forms.CASES.items()
        if name not in test_wire_forms.KNOWN_FAILURES
    },
    **{
        "intl:" + name: (text, expected.reference_date)
        for name, (text, expected, _) in test_wire_forms_intl.CASES.items()
        if name not in test_wire_forms_intl.KNOWN_FAILURES
    },
}

#: The pages with a headline (their title over the body is read in ``titled``).
TITLED: frozenset[str] = frozenset(
    [
        *(
            name
            for name, (_, expected) in test_wire_forms.CASES.items()
            if expected.headline is not None
        ),
        *(
            "intl:" + name
            for name, (_, expected, _) in test_wire_forms_intl.CASES.items()
            if expected.headline is not None
        ),
    ]
)

#: Pages whose first paragraph, read alone, rightly reads otherwise (they are
#: left out of ``body`` and ``lead``).
FIRST_PARAGRAPH_READS_OTHERWISE: dict[str, str] = {
    # a heading the page shows among its paragraphs: alone, it is a title
    "aljazeera_live_web": "a live blog's entry heading (Talks resume in Cairo)",
    "full_fact_web": "a fact check's section heading (What was claimed)",
    "sports_scoreline_web": "a match's score line (FULL-TIME: Rovers 2 United 1)",
    "film_review_web": "the film's title in the review's info box, over its fields",
    "restaurant_review_web": "the restaurant's name over its address",
    # a short sentence in the present or future tense reads as a headline in
    # sentence case with a full stop, as PolNeAR's are
    "substack_web": "The Federal Reserve faces its hardest choice in years.",
    "verge_web": "Framecraft is back with a second e-reader, ...",
    "politifact_web": "A post shared widely on social media says ...",
    "itv_news_web": "Patients and visitors will pay 50p more ...",
    "match_report": "Sam Harris scored twice as Rovers beat City 3-1 ... (no time nor auxiliary)",
    "zacks_web": "Acme Robotics (ACMR) is set to report third-quarter results ...",
    "newsapi_description": "The vote was pushed to next month ... (an API's description)",
    "intl:NEWSLETTER_SV": "a Swedish newsletter's greeting (God morgon!)",
    "user_court_listing": "a listing's one-line opening (The following cases were heard ...)",
    "user_radio_bulletin": "a bulletin's greeting (Good morning. The headlines at eight o'clock.)",
    # a paragraph hard-wrapped over lines with no blank line around it reads a
    # block a line: the lines are no headline, but stay apart
    "lynx_dump": "a text-mode browser's wrapped lines",
    "w3m_dump": "a text-mode browser's wrapped lines",
    "gigaword_sgml": "a corpus's wrapped lines",
    "gigaword_nyt_sgml": "a corpus's wrapped lines",
    "gigaword_nyt_trim_note": "a corpus's wrapped lines",
    "gigaword_xinhua_sgml": "a corpus's wrapped lines",
    "pandoc_plain": "pandoc's wrapped lines",
    "pdftotext_page": "a PDF's wrapped lines",
    "plaintext_email_edition": "a plain-text e-mail's wrapped lines",
    "reuters21578_hf": "a corpus's wrapped lines (three: too few to tell a wrap)",
    "html2text_markdown": "html2text's wrapped lines (three: too few to tell a wrap)",
    "html2text_report": "html2text's wrapped lines (three: too few to tell a wrap)",
    "user_pdf_report": "a PDF report's wrapped lines (three: too few to tell a wrap)",
    "user_email_newsletter": "a newsletter's wrapped lines (three: too few to tell a wrap)",
    # a highlight alone, closed by its link ([View Highlight](...)), reads as a title
    "readwise_export_tags": "a Readwise highlight with its link",
    # the slice from the dateline keeps the corpus's tags between it and the story
    "reuters21578_sgml": "a corpus's tags glued to the story (</DATELINE><BODY>)",
    # a short first paragraph of one sentence over longer ones: alone, it is a title
    "user_current_events": "a day's first entry, one sentence and its source",
    "user_hansard": "a parliament's question, one sentence, over the answers",
}

#: Pages whose headline, over the body alone, reads otherwise.
HEADLINE_READS_OTHERWISE: dict[str, str] = {
    "lynx_dump": "the body's lines lose the dump's indent, so its wrapped lines stay apart",
    "pdftotext_page": "a headline over narrow lines needs the page's layout under it",
    "reuters21578_sgml": "a corpus's tags glued to the story (</DATELINE><BODY>)",
}


def _body(page: Article) -> list[str]:
    """The page's paragraphs as slices of it, the first with the dateline opening its block."""
    paragraphs = [p.text for p in page.paragraphs]
    first = page.paragraphs[0]
    dateline = page.dateline
    if dateline is not None and dateline.span.start < first.span.start:
        between = page.text[dateline.span.end : first.span.start]
        if "\n" not in between:
            paragraphs[0] = page.text[dateline.span.start : first.span.end]
    return paragraphs


def _dateline(article: Article) -> tuple[str | None, str | None, str | None] | None:
    line = article.dateline
    return None if line is None else (line.location, line.agency, line.date_text)


def _check(page: Article, article: Article, count: int, *, headline: bool) -> None:
    assert (article.headline.text if article.headline else None) == (
        page.headline.text if headline and page.headline else None
    )
    assert article.kicker is None
    assert article.standfirst is None
    assert article.captions == ()
    assert article.boilerplate == ()
    assert [p.text for p in article.paragraphs] == [p.text for p in page.paragraphs][:count]
    # the byline only when the body holds it (Yonhap's: in the dateline's line)
    body_start = article.paragraphs[0].span.start if article.paragraphs else 0
    assert article.byline is None or article.byline.span.end <= body_start
    line = page.dateline
    if line is not None and line.span.start < page.paragraphs[0].span.start:
        between = page.text[line.span.end : page.paragraphs[0].span.start]
        if "\n" not in between:
            assert _dateline(article) == _dateline(page)
            return
    assert article.dateline is None


def _page(name: str) -> tuple[Article, object]:
    text, reference_date = PAGES[name]
    page = parse_article(text, reference_date=reference_date)  # type: ignore[arg-type]
    assert page.paragraphs, name
    return page, reference_date


def _names(excluded: dict[str, str]) -> list[str]:
    return [name for name in sorted(PAGES) if name not in excluded]


def test_fragments_cover_the_pages() -> None:
    assert len(PAGES) > 650
    assert set(FIRST_PARAGRAPH_READS_OTHERWISE) <= set(PAGES)
    assert set(HEADLINE_READS_OTHERWISE) <= set(PAGES)
    assert len(TITLED) > 600


@pytest.mark.parametrize("name", _names(FIRST_PARAGRAPH_READS_OTHERWISE))
def test_body_alone(name: str) -> None:
    page, reference_date = _page(name)
    article = parse_article("\n\n".join(_body(page)), reference_date=reference_date)  # type: ignore[arg-type]
    _check(page, article, len(page.paragraphs), headline=False)


@pytest.mark.parametrize(
    "name", [name for name in _names(HEADLINE_READS_OTHERWISE) if name in TITLED]
)
def test_title_and_body(name: str) -> None:
    page, reference_date = _page(name)
    assert page.headline is not None
    text = page.headline.text + "\n\n" + "\n\n".join(_body(page))
    article = parse_article(text, reference_date=reference_date)  # type: ignore[arg-type]
    _check(page, article, len(page.paragraphs), headline=True)


@pytest.mark.parametrize("name", _names(FIRST_PARAGRAPH_READS_OTHERWISE))
def test_lead_paragraph_alone(name: str) -> None:
    page, reference_date = _page(name)
    article = parse_article(_body(page)[0], reference_date=reference_date)  # type: ignore[arg-type]
    _check(page, article, 1, headline=False)
