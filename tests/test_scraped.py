"""Scraped text: the metadata header over an article gives what the story lacks."""

from __future__ import annotations

import datetime

import pytest

from newsstruct import parse_article
from newsstruct._scraped import read_header

from .test_properties import check

TRAFILATURA = """\
---
title: Storm cuts power to 200,000 homes
author: Jane Porter; Tom Hardy
url: https://example.com/2025/03/04/storm
hostname: example.com
description: A storm swept across Maine on Tuesday.
sitename: Example News
date: 2025-03-04
tags: ['storms']
---
A storm swept across Maine on Tuesday, cutting power to 200,000 homes, officials said.
"This is one of the worst storms we've seen," said Jon Breed, a utility spokesman.
Schools in 40 districts were closed on Wednesday.
"""

READER = """\
Title: Council approves bike lanes

URL Source: https://example.com/news/bike-lanes

Published Time: 2025-03-03T18:40:00Z

Markdown Content:
Council approves bike lanes
===========================

By [Maria Chen](https://example.com/authors/mc)

**SEATTLE** — The city council voted 7-2 on Monday to approve 40 miles of lanes.
"""


def test_front_matter_gives_headline_byline_and_date() -> None:
    article = parse_article(TRAFILATURA)
    assert article.headline is not None
    assert article.headline.text == "Storm cuts power to 200,000 homes"
    assert article.byline is not None
    assert article.byline.names == ("Jane Porter", "Tom Hardy")
    assert article.date == datetime.date(2025, 3, 4)
    # the story's first line is its first paragraph, not a headline
    assert article.paragraphs[0].text.startswith("A storm swept across Maine")
    assert [q.speaker.name for q in article.quotes if q.speaker] == ["Jon Breed"]


def test_front_matter_lines_are_boilerplate() -> None:
    article = parse_article(TRAFILATURA)
    kinds = [(junk.text, junk.kind) for junk in article.boilerplate]
    assert ("date: 2025-03-04", "timestamp") in kinds
    assert ("url: https://example.com/2025/03/04/storm", "export") in kinds
    assert kinds[0] == ("---", "export")
    assert not any(junk.text.startswith(("title:", "author:")) for junk in article.boilerplate)


def test_reader_header_over_markdown_story() -> None:
    article = parse_article(READER)
    assert article.headline is not None
    # the story opens with its own headline: that one is the article's
    assert article.headline.span.start > READER.index("Markdown Content:")
    assert article.byline is not None
    assert article.byline.names == ("Maria Chen",)
    assert article.dateline is not None
    assert article.dateline.location == "SEATTLE"
    assert article.date == datetime.date(2025, 3, 3)
    kinds = {junk.text: junk.kind for junk in article.boilerplate}
    assert kinds["Title: Council approves bike lanes"] == "export"
    assert kinds["Published Time: 2025-03-03T18:40:00Z"] == "timestamp"
    assert kinds["Markdown Content:"] == "export"


@pytest.mark.parametrize("text", [TRAFILATURA, READER])
def test_spans_hold(text: str) -> None:
    check(text)


def test_a_dateline_date_stays_the_article_date() -> None:
    text = "---\ntitle: Talks end\ndate: 2025-03-09\nurl: /a\n---\nLISBON, March 4 (Reuters) - Talks ended."
    article = parse_article(text)
    assert article.date == datetime.date(2025, 3, 4)


def test_quoted_values() -> None:
    text = "---\ntitle: \"Talks end\"\nauthor: 'Jane Doe'\nurl: /a\n---\nPorts shut on Monday."
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "Talks end"
    assert article.byline is not None
    assert article.byline.names == ("Jane Doe",)


@pytest.mark.parametrize(
    "text",
    [
        "---\nPorts shut.\n---\nTalks end.",  # rules around a paragraph
        "---\ntitle: Talks end\n---\nPorts shut.",  # one field only
        "---\ntitle: Talks end\nurl: /a\n---\n",  # no story under it
        "Title: Talks end\n\nPorts shut on Monday.",  # one labelled line
        "Title fight ends in a draw\n\nPorts shut.",
        "---\ntitle: Talks end\nurl: /a\nPorts shut.",  # never closed
    ],
)
def test_no_header(text: str) -> None:
    assert read_header(text) is None


def test_a_header_alone_is_no_story_but_parses() -> None:
    text = "---\ntitle: Talks end\nurl: /a\n---\n"
    article = parse_article(text)
    assert article.text == text


@pytest.mark.parametrize(
    "text",
    [
        "---\n" * 20000,
        "---\ntitle: a\n" * 20000,
        "Title: a\n" * 20000,
        "title: a\nurl: b\n" * 10000,
    ],
)
def test_hostile_headers_give_an_article(text: str) -> None:
    check(text)


@pytest.mark.parametrize(
    "header",
    [
        'authors: ["Jane Doe", "Tom Roe"]',
        "author:\n  - Jane Doe\n  - Tom Roe",
        'authors: ["Doe, Jane", "Roe, Tom"]',
    ],
    ids=["inline", "items", "surname-first"],
)
def test_author_lists(header: str) -> None:
    text = f"---\ntitle: Trees planted\n{header}\ndate: 2025-03-04T10:00:00+01:00\n---\n\nVolunteers planted trees."
    article = check(text)
    assert article.byline is not None
    assert article.byline.names == ("Jane Doe", "Tom Roe")
    assert not any("Jane" in junk.text for junk in article.boilerplate)
    assert article.date == datetime.date(2025, 3, 4)


def test_yaml_list_of_tags_stays_furniture() -> None:
    text = "---\ntitle: Trees planted\ntags:\n  - trees\n  - parks\nurl: /a\n---\nVolunteers planted trees."
    article = check(text)
    assert article.byline is None
    assert ("- trees", "export") in [(junk.text, junk.kind) for junk in article.boilerplate]


def test_story_heading_with_markup_is_the_title() -> None:
    text = "---\ntitle: 'Night market returns'\nlayout: post\n---\n\n# Night market returns\n\nStalls opened on Friday."
    article = check(text)
    assert article.headline is not None
    assert article.headline.text == "Night market returns"
    assert article.headline.span.start > text.index("# Night")
    assert [p.text for p in article.paragraphs] == ["Stalls opened on Friday."]


def test_title_repeated_under_an_image() -> None:
    text = (
        "Title: Robotics team heads to finals\n\nURL Source: https://example.com/r\n\n"
        "Markdown Content:\n"
        "[![Image 2: The team with its robot.](https://example.com/r.jpg)](https://example.com/g)\n\n"
        "Robotics team heads to finals\n=============================\n\n"
        "By [Ivy Stone](https://example.com/ivy) | March 4, 2025\n\n"
        "LAKEVIEW — Eight students will compete at the finals in May."
    )
    article = check(text)
    assert article.headline is not None
    assert article.headline.text == "Robotics team heads to finals"
    assert article.byline is not None
    assert article.byline.names == ("Ivy Stone",)
    assert [c.text for c in article.captions] == ["The team with its robot."]
    kinds = {junk.text: junk.kind for junk in article.boilerplate}
    assert kinds["Robotics team heads to finals"] == "page"
    assert [p.text for p in article.paragraphs] == [
        "Eight students will compete at the finals in May."
    ]


def test_story_heading_as_a_link_is_the_title() -> None:
    text = "---\ntitle: Night market returns\nurl: /a\n---\n\n# [Night market returns](https://example.com/n)\n\nStalls opened."
    article = check(text)
    assert article.headline is not None
    assert article.headline.span.start > text.index("# [Night")
    assert [p.text for p in article.paragraphs] == ["Stalls opened."]


HUGO = """\
+++
title = "Ferry service resumes after storm"
date = 2025-03-06T07:30:00Z
author = "Ana Ruiz"
description = "Crossings restart on the northern route."
draft = false
tags = ["ferries", "storms"]

[params]
  image = "ferry.jpg"
+++

Ferries resumed crossings on the northern route on Thursday, the operator said.
"""


def test_toml_front_matter_gives_headline_byline_and_date() -> None:
    article = parse_article(HUGO)
    assert article.headline is not None
    assert article.headline.text == "Ferry service resumes after storm"
    assert article.byline is not None
    assert (article.byline.text, article.byline.names) == ("Ana Ruiz", ("Ana Ruiz",))
    assert article.date == datetime.date(2025, 3, 6)
    assert [p.text for p in article.paragraphs] == [
        "Ferries resumed crossings on the northern route on Thursday, the operator said."
    ]


def test_toml_front_matter_lines_are_boilerplate() -> None:
    kinds = [(junk.text, junk.kind) for junk in parse_article(HUGO).boilerplate]
    assert kinds == [
        ("+++", "export"),
        ("date = 2025-03-06T07:30:00Z", "timestamp"),
        ('description = "Crossings restart on the northern route."', "export"),
        ("draft = false", "export"),
        ('tags = ["ferries", "storms"]', "export"),
        ("[params]", "export"),
        ('image = "ferry.jpg"', "export"),
        ("+++", "export"),
    ]


@pytest.mark.parametrize(
    ("field", "names"),
    [
        ('authors = ["Ana Ruiz", "Li Wei"]', ("Ana Ruiz", "Li Wei")),
        ("authors = ['Ana Ruiz']  # the desk's", ("Ana Ruiz",)),
        ('authors = [\n  "Ana Ruiz",\n  "Li Wei",\n]', ("Ana Ruiz", "Li Wei")),
    ],
)
def test_toml_author_lists(field: str, names: tuple[str, ...]) -> None:
    text = f'+++\ntitle = "Ferries resume"\n{field}\npublishDate = 2025-03-06\n+++\nCrossings restarted.'
    article = check(text)
    assert article.byline is not None
    assert article.byline.names == names
    assert article.date == datetime.date(2025, 3, 6)
    assert article.headline is not None
    assert article.headline.text == "Ferries resume"


def test_toml_story_with_its_own_heading() -> None:
    text = "+++\ntitle = 'Ferries resume'\nurl = '/ferries'\n+++\n# Ferries resume\n\nCrossings restarted."
    article = check(text)
    assert article.headline is not None
    assert article.headline.span.start == text.index("# Ferries") + 2  # the story's own


@pytest.mark.parametrize(
    "text",
    [
        "+++\nNot a header\n+++\nCrossings restarted.",
        '+++\ntitle = "Ferries resume"\n+++\nCrossings restarted.',  # one field only
        '+++\ntitle = "Ferries resume"\nurl = "/f"\n+++\n',  # no story under it
        "+++ Crossings restarted, the operator said.",
    ],
)
def test_not_toml_front_matter(text: str) -> None:
    assert read_header(text) is None
    check(text)


@pytest.mark.parametrize("text", [HUGO])
def test_toml_spans_hold(text: str) -> None:
    check(text)


def test_title_repeated_under_the_pages_own_links() -> None:
    text = (
        "Title: Ferry service resumes\n\n"
        "URL Source: https://example.com/ferries\n\n"
        "Markdown Content:\n"
        "[Skip to content](https://example.com/ferries#main)\n\n"
        "Ferry service resumes\n"
        "---------------------\n\n"
        "Ferries resumed crossings on the northern route on Thursday.\n"
    )
    article = check(text)
    assert article.headline is not None
    assert article.headline.span.start == text.index("Ferry")  # the header's title
    assert [p.text for p in article.paragraphs] == [
        "Ferries resumed crossings on the northern route on Thursday."
    ]
    kinds = {junk.text: junk.kind for junk in article.boilerplate}
    assert kinds["Skip to content"] == "page"
    assert kinds["Ferry service resumes"] == "page"  # the story's copy of it


@pytest.mark.parametrize("site", [" | Coastal Times", " - Coastal Times", ""])
def test_a_title_with_the_sites_name_gives_the_storys_heading(site: str) -> None:
    text = (
        f"Title: Ferry operator fined over lifejackets{site}\n\n"
        "URL Source: https://coastal.example/news/ferry\n\n"
        "Markdown Content:\n"
        "[Home](/) · [News](/news) · [Sport](/sport)\n\n"
        "Ferry operator fined over lifejackets\n"
        "=====================================\n\n"
        "A ferry operator has been fined after inspectors found faulty lifejackets.\n\n"
        "The company said it would appeal against the fine, which it called unfair.\n"
    )
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "Ferry operator fined over lifejackets"
    assert article.subheads == ()
    assert len(article.paragraphs) == 2


@pytest.mark.parametrize(
    "lead",
    [
        "Eurozone economy\n",  # a kicker on the line over the headline
        "BUSINESS\n\n",
        "FOR IMMEDIATE RELEASE\nMay 6, 2024\n\nContact: Press Office\n(202) 555-0142 | press@example.gov\n\n",
    ],
)
def test_a_title_the_story_gives_under_labels_leaves_its_front_matter_as_read(lead: str) -> None:
    story = (
        f"{lead}ECB holds rates as wage growth cools\n"
        "Policymakers signal a September cut is open as services inflation eases\n\n"
        "By Martin Arnold\n\n"
        "FRANKFURT - The European Central Bank left interest rates unchanged on Thursday.\n\n"
        "The decision had been widely expected by investors, analysts said.\n"
    )
    header = (
        "Title: ECB holds rates as wage growth cools\n"
        "URL Source: https://example.com/ecb\n\n"
        "Markdown Content:\n"
    )
    alone, headed = parse_article(story), parse_article(header + story)
    for article in (alone, headed):
        assert article.headline is not None
        assert article.headline.text == "ECB holds rates as wage growth cools"
        assert article.byline is not None
        assert article.byline.names == ("Martin Arnold",)
        assert article.dateline is not None
        assert article.dateline.location == "FRANKFURT"
    assert [p.text for p in headed.paragraphs] == [p.text for p in alone.paragraphs]
    for part in ("standfirst", "kicker"):
        texts = [getattr(getattr(a, part), "text", None) for a in (alone, headed)]
        assert texts[0] == texts[1]
    title = next(b for b in headed.boilerplate if b.text.startswith("Title:"))
    assert title.kind == "export"


_LYNX = (
    "   [1]Skip to content\n\n"
    "                  Harbor dredging to begin next spring\n\n"
    "   By [2]Jane Doe\n   November 4, 2025\n\n"
    "   Work to deepen the harbor channel will begin next spring, the port\n"
    "   authority said on Tuesday, after a federal agency approved the last of\n"
    "   the permits the project needed.\n\n"
    "   Fishing groups have raised concerns about the effect on shellfish beds\n"
    "   near the mouth of the channel, and the port said it would monitor the\n"
    "   water through the winter.\n\n"
    "References\n\n"
    "   1. https://example.com/#content\n"
    "   2. https://example.com/staff/jane-doe\n"
)


def test_round17b_a_text_mode_browser_s_dump() -> None:
    article = parse_article(_LYNX)
    assert article.headline is not None
    assert article.headline.text == "Harbor dredging to begin next spring"
    assert article.byline is not None
    assert article.byline.names == ("Jane Doe",)
    assert article.byline.text.startswith("By [2]Jane Doe")  # as written
    assert len(article.paragraphs) == 2
    links = article.boilerplate[-1]
    assert links.kind == "page"
    assert links.text.startswith("References")
    assert links.text.endswith("jane-doe")
    check(_LYNX)  # spans slice the text as written
    # a list of references that is no list of links stays the story's
    academic = "Rain fell.\n\nReferences\n\nSmith, J. (2020). Rain in the hills.\n"
    article = parse_article(academic)
    assert all(b.kind != "page" for b in article.boilerplate)


def test_round17b_an_obsidian_clip_s_author_as_a_wiki_link() -> None:
    text = (
        '---\ntitle: "City to plant trees"\nauthor:\n  - "[[Jane Doe]]"\n'
        "published: 2025-11-04\n---\n\nThe city will plant trees, the mayor said.\n"
    )
    article = parse_article(text)
    assert article.byline is not None
    assert article.byline.names == ("Jane Doe",)
    # a name in single brackets is no wiki link: left as written
    article = parse_article(text.replace("[[Jane Doe]]", "[Jane Doe]"))
    assert article.byline is None or article.byline.names != ("Jane Doe",)


def test_round19a_a_web_archive_record_s_header_is_furniture() -> None:
    text = (
        "WARC/1.0\nWARC-Type: conversion\n"
        "WARC-Target-URI: https://example.com/2025/06/12/floods\n"
        "WARC-Date: 2025-06-12T19:44:02Z\nContent-Length: 402\n\n"
        "Floods close the harbour road\n"
        "Water covered the harbour road on Thursday after a main burst, the city said.\n"
        "Crews expect to reopen it by Friday morning.\n"
    )
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "Floods close the harbour road"
    assert [b.kind for b in article.boilerplate] == ["export"] * 5
    assert len(article.paragraphs) == 2
    assert article.date is None  # the crawl's date is not the story's
    check(text)
    # a first line WARC/1.0 over no header of fields is no record
    assert read_header("WARC/1.0\nThe format was set in 2008.\n\nIt is open.") is None
    # nor a header with no story under it
    assert read_header("WARC/1.0\nWARC-Type: conversion\n\n") is None


def test_round19a_a_record_s_labelled_fields() -> None:
    text = (
        "Headline: Town keeps its last dairy farm\nByline: By Jane Doe\n"
        "Dateline: HARTWELL, Vt., May 3\nPublication Date: 2006-05-04\n"
        "Abstract: Voters agree to buy the farm's development rights.\n"
        "Full Text:\nVoters in this town agreed on Tuesday to buy the rights to its last farm.\n\n"
        "The vote was 412 to 118.\n"
    )
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text.startswith("Town keeps")
    assert article.byline is not None
    assert article.byline.names == ("Jane Doe",)
    assert article.dateline is not None
    assert article.dateline.location == "HARTWELL, Vt."
    assert article.dateline.date == datetime.date(2006, 5, 3)
    assert article.standfirst is not None
    assert article.standfirst.text.startswith("Voters agree to buy")
    assert len(article.paragraphs) == 2
    check(text)
    # a story that opens with a word Headline and a colon, no field under it, stays a story
    plain = "Headline: the word on every front page.\n\nPrinters were busy all night."
    assert read_header(plain) is None


def test_round19a_the_new_york_times_archive_s_lead_repeated() -> None:
    text = (
        "LEAD: Voters agreed on Tuesday to buy the farm.\n\n"
        "Voters agreed on Tuesday to buy the farm.\n\nThe vote was close.\n"
    )
    article = parse_article(text)
    assert [b.kind for b in article.boilerplate] == ["export"]
    assert next(p.text for p in article.paragraphs).startswith("Voters agreed")
    # a LEAD: paragraph that the story does not repeat stays
    once = "LEAD: Voters agreed on Tuesday to buy the farm.\n\nThe vote was close.\n"
    assert not parse_article(once).boilerplate


def test_round19a_cnn_dailymail_highlights() -> None:
    text = (
        "(CNN) -- Crews rescued 12 hikers from a canyon on Saturday, officials said.\n\n"
        "The group had spent the night on a ledge.\n\n"
        "@highlight\n\nTwelve hikers rescued from canyon\n\n"
        "@highlight\n\nGroup spent the night on a ledge\n"
    )
    article = parse_article(text)
    assert [b.kind for b in article.boilerplate] == ["export"] * 4
    assert len(article.paragraphs) == 2
    check(text)
    # a mark with two paragraphs under it is no list of highlights: the story stays
    loose = text.replace(
        "Twelve hikers rescued from canyon\n", "Twelve hikers.\n\nThey are well.\n"
    )
    assert len(parse_article(loose).paragraphs) >= 4


def test_round19a_a_multi_news_record() -> None:
    text = (
        "Ferry halted after fire NEWLINE_CHAR NEWLINE_CHAR A ferry company halted its "
        "night crossings on Tuesday after a fire. NEWLINE_CHAR NEWLINE_CHAR No one was hurt. "
        "||||| HALIFAX (Reuters) - A ferry company halted its services. |||||"
    )
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "Ferry halted after fire"
    assert [p.text for p in article.paragraphs] == [
        "A ferry company halted its night crossings on Tuesday after a fire.",
        "No one was hurt.",
    ]
    assert [b.kind for b in article.boilerplate] == ["export"]
    check(text)
    # five bars without the record's token are left alone
    bars = "Ports shut on Monday. ||||| Talks end."
    assert not parse_article(bars).boilerplate


def test_round19a_a_record_s_story_on_its_label_s_line() -> None:
    text = (
        "Title: Bridge to close for six weeks\nPublication: Riverton Courier\n"
        "Author: Jane Doe\nDate: 2017-03-04\n"
        "Content: The Elm Street bridge will close on Monday, the county said. Drivers will detour.\n"
    )
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "Bridge to close for six weeks"
    assert article.byline is not None
    assert article.byline.names == ("Jane Doe",)
    assert [p.text[:14] for p in article.paragraphs] == ["The Elm Street"]
    assert "Content:" in [b.text for b in article.boilerplate]
    check(text)
    # a story whose first line has a label and a colon, with no header over it, stays
    plain = "Content: what readers want.\n\nEditors met on Monday to talk about it."
    assert read_header(plain) is None


def test_round19b_a_web_archive_records_header_is_export() -> None:
    text = (
        "WARC/1.0\nWARC-Type: conversion\n"
        "WARC-Target-URI: https://news.example.org/2025/11/04/port-strike\n"
        "WARC-Date: 2025-11-06T02:14:55Z\nWARC-Record-ID: <urn:uuid:1234>\n"
        "Content-Type: text/plain\nContent-Length: 412\n\n"
        "Dockers end strike at northern port\n\n"
        "Dock workers at the northern port ended their strike on Tuesday after a pay deal.\n\n"
        "The port will reopen on Wednesday."
    )
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "Dockers end strike at northern port"
    assert [b.kind for b in article.boilerplate] == ["export"] * 7
    assert article.date is None  # the crawl's date is not the story's
    assert [p.text[:9] for p in article.paragraphs] == ["Dock work", "The port "]


@pytest.mark.parametrize(
    "text",
    [
        # the version line over prose: no header
        "WARC/1.0 is the format the archive uses.\n\nThe archive holds billions of pages.",
        "WARC/1.0\nThe archive holds billions of pages.\n\nIt grows every month.",
        # a single WARC field is no record's header
        "WARC/1.0\nContent-Type: text/plain\n\nThe archive holds billions of pages.",
    ],
)
def test_round19b_no_web_archive_header_without_its_fields(text: str) -> None:
    article = parse_article(text)
    assert all(b.kind != "export" for b in article.boilerplate)


@pytest.mark.parametrize("brk", ["\r\n", "\r", "\u2028", " \n"])
def test_round21a_a_text_mode_browser_s_dump_however_its_lines_end(brk: str) -> None:
    text = _LYNX.replace("\n", brk)
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "Harbor dredging to begin next spring"
    assert article.byline is not None
    assert article.byline.names == ("Jane Doe",)
    assert len(article.paragraphs) == 2
    links = article.boilerplate[-1]
    assert links.kind == "page"
    assert links.text.startswith("References")
    assert links.text == text[links.span.start : links.span.end]
    check(text)
    # a list of references that is no list of links stays the story's
    academic = "Rain fell.\n\nReferences\n\nSmith, J. (2020). Rain in the hills.\n"
    article = parse_article(academic.replace("\n", brk))
    assert all(b.kind != "page" for b in article.boilerplate)


# --- round 25: tokenized text, news API rows -----------------------------------


@pytest.mark.parametrize(
    ("text", "location", "agency"),
    [
        ("washington , may 4 -lrb- afp -rrb- - the senate voted on tuesday .", "washington", "afp"),
        ("-lrb- cnn -rrb- -- a hiker was found alive on sunday , police said .", None, "cnn"),
        (
            "new york -lrb- cnn -rrb- -- the library will stay open , officials said .",
            "new york",
            "cnn",
        ),
        (
            "PARIS , May 4 -LRB- Reuters -RRB- - Prices rose on Tuesday , traders said .",
            "PARIS",
            "Reuters",
        ),
    ],
)
def test_round25_tokenized_brackets_read_as_brackets(
    text: str, location: str | None, agency: str
) -> None:
    article = parse_article(f"{text}\n\nthe second paragraph says more .")
    assert article.dateline is not None
    assert (article.dateline.location, article.dateline.agency) == (location, agency)
    # the dateline's span holds the tokens whole
    assert article.dateline.text.endswith("-")
    assert "rb-" in article.dateline.text.lower()
    assert not article.paragraphs[0].text.lower().startswith(("-lrb-", "lrb-", "rrb-"))
    check(text)


def test_round25_bracket_tokens_only_as_words_of_their_own() -> None:
    # no token: a word holding the letters, and a bracket glued to a word
    text = "A Herb-RRB-like name and a -lrb-x stay as written.\n\nMore text."
    assert parse_article(text).paragraphs[0].text.startswith("A Herb-RRB-like")
    # a lower-case place before a lower-case agency needs the tokenizer's spaces
    text = "london (reuters) - prices fell on tuesday .\n\nmore text ."
    assert parse_article(text).dateline is None


def test_round25_news_api_truncation_note_is_furniture() -> None:
    text = (
        "Ports shut as storm nears\n\n"
        "Three ports on the Gulf Coast stopped taking ships on Tuesday, officials said. "
        "More than 40 vessels were waiting offshore\u2026 [+2871 chars]\n\n"
        "https://example.com/ports"
    )
    article = parse_article(text)
    notes = [(b.text, b.kind) for b in article.boilerplate if b.text.startswith("[+")]
    assert notes == [("[+2871 chars]", "export")]
    assert article.paragraphs[0].text.endswith("offshore\u2026")
    check(text)


@pytest.mark.parametrize(
    "text",
    [
        # the note inside a sentence, or no count: words of the story
        "The API adds a note such as [+2871 chars] to cut content, he said.",
        "Ports shut on Monday [+ many chars] and more.",
        "Ports shut on Monday. [2871 chars]",
    ],
)
def test_round25_no_truncation_note_inside_the_story(text: str) -> None:
    article = parse_article(f"Ports shut as storm nears\n\n{text}")
    assert not article.boilerplate
    assert [p.text for p in article.paragraphs] == [text]


def test_round25_a_title_alone_over_a_labelled_body() -> None:
    text = "title: Wind farm approved\nbody: Ministers approved a wind farm.\n\nWork starts soon."
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "Wind farm approved"
    assert [p.text for p in article.paragraphs] == [
        "Ministers approved a wind farm.",
        "Work starts soon.",
    ]
    text = "Title: Wind farm approved\nmaintext: Ministers approved a wind farm."
    assert [p.text for p in parse_article(text).paragraphs] == ["Ministers approved a wind farm."]
    # no label for the story: the title line is no header
    text = "Title: Wind farm approved\nMinisters approved a wind farm."
    assert all(b.kind != "export" for b in parse_article(text).boilerplate)


def test_round25_a_multi_news_record_with_its_line_breaks() -> None:
    text = "Ports shut\n\nThree ports shut on Monday.\n ||||| Ships waited offshore. |||||"
    article = parse_article(text)
    assert [p.text for p in article.paragraphs] == ["Three ports shut on Monday."]
    assert [(b.text, b.kind) for b in article.boilerplate] == [
        ("Ships waited offshore. |||||", "export")
    ]
    check(text)
    # pipes glued to words, or fewer than five, are the story's
    # a line of bars alone is a rule, no record's mark
    for text in (
        "Ports shut\n\nA||||| B said.",
        "Ports shut\n\nA |||| B said.",
        "Ports shut\n\nShips waited.\n\n|||||\n\nTalks end.",
    ):
        assert not parse_article(text).boilerplate


_CMS_HEADER = (
    "Title: Car park charges scrapped for night staff\n"
    "Author: Jane Rowe\n"
    "Section: Health\n"
    "{field}: published\n\n"
    "Night staff at the hospital will no longer pay to park, the trust said on Monday.\n\n"
    "The change applies to shifts that start after 7pm.\n"
)


def test_round29_a_cms_posts_status_is_export_furniture() -> None:
    article = parse_article(_CMS_HEADER.format(field="Status"))
    assert article.headline is not None
    assert article.headline.text == "Car park charges scrapped for night staff"
    assert [junk.kind for junk in article.boilerplate][-1] == "export"
    assert article.paragraphs[0].text.startswith("Night staff")


def test_round29_status_in_the_story_stays() -> None:
    text = "Talks stall again\n\nStatus: the talks have stalled, the union said on Monday.\n"
    article = parse_article(text)
    assert article.paragraphs[0].text.startswith("Status: the talks")


def test_user30t_a_newsroom_drafts_labelled_lines() -> None:
    text = (
        "SLUG: BRIDGE-VOTE\n"
        "HED: Council votes to rebuild the old bridge\n"
        "DEK: Work to start in spring and last two years\n"
        "BYLINE: By Jo Lee, Staff Writer\n"
        "WORDS: 380\n\n"
        "The council voted on Monday to rebuild the old bridge, ending years of debate.\n\n"
        "GRAF TO COME on reaction from residents"
    )
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "Council votes to rebuild the old bridge"
    assert article.standfirst is not None
    assert article.standfirst.text == "Work to start in spring and last two years"
    assert article.byline is not None
    assert article.byline.names == ("Jo Lee",)
    assert [junk.kind for junk in article.boilerplate] == ["export", "export", "flag"]
    assert [p.text[:12] for p in article.paragraphs] == ["The council "]
    # negative: a story that opens with a slug-like word and no labelled header
    text = "Slugs: gardeners' oldest foe\n\nGardeners have fought slugs for centuries."
    assert read_header(text) is None
